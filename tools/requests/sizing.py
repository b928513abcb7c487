"""The circuit sizer's request: performance bounds (gain, unity-gain bandwidth, phase margin, power)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from chipsmith.tools.sizing.request import parse_request_specs

Bound = tuple[Literal["min", "max"], float]


class SizingRequest(BaseModel):
    dc_gain_db: Bound | None = Field(None, description="DC gain in dB")
    ugbw: Bound | None = Field(None, description="unity-gain bandwidth in Hz")
    pm: Bound | None = Field(None, description="phase margin in degrees")
    power: Bound | None = Field(None, description="power in W")


def read(text: str) -> SizingRequest:
    return SizingRequest(**parse_request_specs(text))  # type: ignore[arg-type]
