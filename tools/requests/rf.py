"""The RF designer's request: a filter spec as far as the words give one (see :mod:`chipsmith.tools.rf_spec`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from chipsmith.tools.rf_spec import parse_request


class RFRequest(BaseModel):
    kind: Literal["lowpass", "highpass", "bandpass", "bandstop"] | None = None
    response: Literal["butterworth", "chebyshev", "bessel", "elliptic"] | None = None
    order: int | None = Field(None, description="the order asked for (poles, sections or a roll-off)")
    pass_edges_hz: list[float] | None = None
    stop_edges_hz: list[float] | None = None
    ripple_db: float | None = None
    atten_db: float | None = None
    z_source: float | None = None
    z_load: float | None = None


def read(text: str) -> RFRequest:
    fields, _missing = parse_request(text)
    return RFRequest(**{k: v for k, v in fields.items() if k in RFRequest.model_fields})
