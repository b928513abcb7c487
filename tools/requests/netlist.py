"""The netlist translator's request: which dialect to write, and which one the source is in when it says.

Every dialect the request names is found; the one with a target cue ("to", "into", "as", "in",
"for", "→", "… version/equivalent/format/syntax") is the target, the first other one the source.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Dialect = Literal["ngspice", "hspice", "ltspice", "xyce", "spectre", "json", "verilog"]


class NetlistRequest(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    to: Dialect | None = Field(None, description="the dialect to write")
    from_: Dialect | None = Field(None, alias="from", description="the dialect the source is written in")


_NAMES: dict[str, Dialect] = {"ngspice": "ngspice", "hspice": "hspice", "ltspice": "ltspice", "xyce": "xyce",
                              "spectre": "spectre", "json": "json", "spice": "ngspice", "verilog": "verilog",
                              "gate-level": "verilog", "structural verilog": "verilog"}
_MENTION = re.compile(r"\b(structural verilog|gate-level|ngspice|hspice|ltspice|xyce|spectre|json|spice|verilog)\b", re.IGNORECASE)
_TO_BEFORE = re.compile(r"(?:\bits|\bto|\binto|\bas|\bin|\bfor(?:\s+use\s+in)?|→|->|=>)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"^\s*(?:version|equivalent|output|flavou?r)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:\bfrom|\bthis|\bmy|\bof|\battached)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def read(text: str) -> NetlistRequest:
    to: Dialect | None = None
    source: Dialect | None = None
    others: list[Dialect] = []
    for m in _MENTION.finditer(text):
        name = _NAMES[m.group(1).lower()]
        before, after = text[max(0, m.start() - 20):m.start()], text[m.end():m.end() + 15]
        if to is None and (_TO_BEFORE.search(before) or _TO_AFTER.match(after)) and not _FROM_BEFORE.search(before):
            to = name
        elif source is None and _FROM_BEFORE.search(before):
            source = name
        else:
            others.append(name)
    if to is None and others and (source is not None or len(others) == 1):
        to = others.pop()  # a translation names its target at least: the one dialect left is it
    if source is None:
        source = next((o for o in others if o != to), None)
    return NetlistRequest.model_validate({"to": to, "from": source if source != to else None})
