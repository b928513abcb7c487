"""The datasheet extractor's request: the device class to read the datasheet as.

From the words ("N-channel MOSFET", "op amp", "LDO") or, failing those, a part number whose
prefix names the class (1N4148 a diode, 2N3904 a transistor, 2N7002 and BSS138 MOSFETs).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

Device = Literal["mosfet", "opamp", "regulator", "bjt", "diode"]


class DatasheetRequest(BaseModel):
    device: Device | None = Field(None, description="the device class the datasheet describes")


_WORDS: tuple[tuple[Device, str], ...] = (
    ("mosfet", r"mosfet|\bfet\b|n-channel|p-channel|rds\s*\(?on"),
    ("opamp", r"op[\s-]?amps?\b|operational amplifier|amplifier"),
    ("regulator", r"regulator|\bldo\b|dropout"),
    ("bjt", r"\bbjt\b|transistor|\bnpn\b|\bpnp\b|\bhfe\b"),
    ("diode", r"diode|rectifier|schottky|zener"),
)
# part-number prefixes; the MOSFETs among the 2N parts are named first
_PARTS: tuple[tuple[Device, str], ...] = (
    ("mosfet", r"\b(?:2N700[02]|BSS\d+|IRF\w+|IRL\w+|Si\d{4}\w*|AO\d{4}|FD[NPS]\d+|DMG\d+|NTR\d+)\b"),
    ("diode", r"\b(?:1N\d{3,4}\w*|BAT\d+\w*|BAV\d+\w*|BAS\d+\w*|SS\d{2}\b|MBR\w+|BZX\w+)\b"),
    ("bjt", r"\b(?:2N\d{4}\w*|BC\d{3}\w*|MMBT\w+|PN\d{4}|2SC\d+|2SA\d+)\b"),
    ("regulator", r"\b(?:LM317|LM78\d\d|78\d\d|AMS1117|LP\d{4}|TPS7\w+|MIC5\w+)\b"),
    ("opamp", r"\b(?:LM358|LM324|TL07\d|NE5532|OPA\d+|AD8\d+|LMV\d+|MCP60\d+)\b"),
)


def read(text: str) -> DatasheetRequest:
    for device, pat in _WORDS:
        if re.search(pat, text, re.IGNORECASE):
            return DatasheetRequest(device=device)
    for device, pat in _PARTS:
        if re.search(pat, text, re.IGNORECASE):
            return DatasheetRequest(device=device)
    return DatasheetRequest(device=None)
