"""The datasheet extractor's request: the device class to read the datasheet as."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Device = Literal["mosfet", "opamp", "regulator", "bjt", "diode"]


class DatasheetRequest(BaseModel):
    device: Device | None = Field(None, description="the device class the datasheet describes")


def read(text: str) -> DatasheetRequest:
    low = text.lower()
    for cls, words in (("mosfet", ("mosfet", "fet")), ("opamp", ("op-amp", "opamp", "amplifier")),
                       ("regulator", ("regulator", "ldo")), ("bjt", ("bjt", "transistor", "npn", "pnp")),
                       ("diode", ("diode", "rectifier", "schottky"))):
        if any(w in low for w in words):
            return DatasheetRequest(device=cls)  # type: ignore[arg-type]
    return DatasheetRequest()
