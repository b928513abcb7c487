"""The netlist translator's request: which dialect to write, and which one the source is in when it says."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Dialect = Literal["ngspice", "hspice", "ltspice", "xyce", "spectre", "json", "verilog"]


class NetlistRequest(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    to: Dialect | None = Field(None, description="the dialect to write")
    from_: Dialect | None = Field(None, alias="from", description="the dialect the source is written in")


_WORDS = {"ngspice": "ngspice", "hspice": "hspice", "ltspice": "ltspice", "xyce": "xyce", "spectre": "spectre",
          "json": "json", "spice": "ngspice"}


def read(text: str) -> NetlistRequest:
    low = text.lower()
    m = re.search(r"\b(?:to|into|as)\s+(?:an?\s+)?(ngspice|hspice|ltspice|xyce|spectre|json|spice)\b", low)
    return NetlistRequest(to=_WORDS[m.group(1)] if m else None)  # type: ignore[arg-type]
