"""The filter spec (:class:`RFSpec`), its checks and least order, the LP/HP/BP/BS transformations and E-series snapping.

Low-pass prototypes (:mod:`chipsmith.tools.rf_ladder`) are transformed to the requested kind and
scaled to the source impedance; every value can then be snapped to an E-series.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

import numpy as np
from pydantic import BaseModel, Field

from chipsmith.core.errors import InputError
from chipsmith.tools.rf_ladder import Element, Ladder
from chipsmith.tools.rf_polynomials import _variant, stop_atten

Kind = Literal["lowpass", "highpass", "bandpass", "bandstop"]
Response = Literal["butterworth", "chebyshev", "bessel", "elliptic"]
ESeries = Literal["E12", "E24", "E96"]
MAX_ORDER = 15


class RFSpec(BaseModel):
    """What the user asks for; also the schema the LLM fills when the parser cannot."""

    kind: Kind = Field(description="lowpass, highpass, bandpass or bandstop")
    response: Response = Field("chebyshev", description="butterworth, chebyshev, bessel or elliptic")
    pass_edges_hz: list[float] = Field(description="pass-band edge(s) in Hz: one for LP/HP, two for BP/BS")
    ripple_db: float = Field(0.5, description="pass-band ripple (largest attenuation in the pass band) in dB")
    stop_edges_hz: list[float] = Field(description="stop-band edge(s) in Hz: one for LP/HP, one or two for BP, two for BS")
    atten_db: float = Field(40.0, description="least attenuation in the stop band in dB")
    z_source: float = Field(50.0, description="source impedance in ohm")
    z_load: float = Field(50.0, description="load impedance in ohm")
    first_element: Literal["shunt", "series"] = Field("shunt", description="first element of the ladder")
    eseries: ESeries = Field("E24", description="E-series for the part values")
    tolerance_pct: float = Field(2.0, description="part tolerance for the Monte Carlo yield, in percent")
    inductor_q: float | None = Field(None, description="unloaded inductor Q (None: lossless)")
    capacitor_esr_ohm: float | None = Field(None, description="capacitor ESR in ohm (None: lossless)")
    yield_target_pct: float = Field(90.0, description="least Monte Carlo yield, in percent, for the design to count as buildable")


# --------------------------------------------------------------------------- spec checks

def _fmt_hz(f: float) -> str:
    for unit, scale in (("GHz", 1e9), ("MHz", 1e6), ("kHz", 1e3)):
        if abs(f) >= scale:
            return f"{f / scale:.4g} {unit}"
    return f"{f:.4g} Hz"


def validate(spec: RFSpec) -> None:
    """Raise InputError naming the conflict (and what would be feasible) for a spec that cannot be met."""
    p, s = sorted(spec.pass_edges_hz), sorted(spec.stop_edges_hz)
    if spec.ripple_db <= 0:
        raise InputError(f"pass-band ripple {spec.ripple_db} dB must be > 0 (a lossless ladder needs some ripple); try 0.1 dB or more")
    if spec.response in ("chebyshev", "elliptic") and spec.ripple_db > 10:
        raise InputError(f"pass-band ripple {spec.ripple_db} dB is too large to be a pass band; use at most 3 dB")
    if spec.atten_db <= spec.ripple_db:
        raise InputError(f"stop-band attenuation {spec.atten_db} dB must exceed the pass-band ripple {spec.ripple_db} dB; "
                         f"try {max(20.0, 10 * spec.ripple_db):g} dB")
    if spec.z_source <= 0 or spec.z_load <= 0:
        raise InputError(f"terminations must be positive resistances (got {spec.z_source} and {spec.z_load} ohm)")
    if any(f <= 0 for f in p + s):
        raise InputError("every band edge must be a positive frequency")
    if spec.tolerance_pct < 0 or spec.tolerance_pct >= 50:
        raise InputError(f"part tolerance {spec.tolerance_pct} % must be between 0 and 50")
    if not 0 < spec.yield_target_pct <= 100:
        raise InputError(f"yield target {spec.yield_target_pct} % must be above 0 and at most 100")
    want = {"lowpass": (1, (1,)), "highpass": (1, (1,)), "bandpass": (2, (1, 2)), "bandstop": (2, (2,))}[spec.kind]
    if len(p) != want[0]:
        raise InputError(f"a {spec.kind} filter needs {want[0]} pass-band edge(s), got {len(p)}: {[_fmt_hz(f) for f in p]}")
    if len(s) not in want[1]:
        raise InputError(f"a {spec.kind} filter needs {' or '.join(map(str, want[1]))} stop-band edge(s), got {len(s)}")
    if spec.kind == "lowpass" and not s[0] > p[0]:
        raise InputError(f"low-pass stop-band edge {_fmt_hz(s[0])} lies inside the pass band (<= {_fmt_hz(p[0])}); "
                         f"closest feasible: a stop edge above the pass edge, e.g. {_fmt_hz(2 * p[0])}")
    if spec.kind == "highpass" and not s[0] < p[0]:
        raise InputError(f"high-pass stop-band edge {_fmt_hz(s[0])} lies inside the pass band (>= {_fmt_hz(p[0])}); "
                         f"closest feasible: a stop edge below the pass edge, e.g. {_fmt_hz(p[0] / 2)}")
    if spec.kind == "bandpass":
        if p[0] == p[1]:
            raise InputError("band-pass edges are equal: give a bandwidth")
        for f in s:
            if p[0] <= f <= p[1]:
                raise InputError(f"stop-band edge {_fmt_hz(f)} lies inside the pass band {_fmt_hz(p[0])}..{_fmt_hz(p[1])}; "
                                 f"closest feasible: move it below {_fmt_hz(p[0])} or above {_fmt_hz(p[1])}")
        if len(s) == 2 and not (s[0] < p[0] and s[1] > p[1]):
            raise InputError(f"band-pass stop edges {_fmt_hz(s[0])} and {_fmt_hz(s[1])} must lie on both sides of the pass band "
                             f"{_fmt_hz(p[0])}..{_fmt_hz(p[1])}")
    if spec.kind == "bandstop":
        if not (p[0] < s[0] < s[1] < p[1]):
            raise InputError(f"band-stop edges must nest as pass < stop < stop < pass; got pass {_fmt_hz(p[0])}, {_fmt_hz(p[1])} "
                             f"and stop {_fmt_hz(s[0])}, {_fmt_hz(s[1])} (the stop band must lie inside the pass-band edges)")


def normalised_stop(spec: RFSpec) -> float:
    """The prototype stop-band edge Omega_s (the pass edge is 1) for the requested transformation."""
    p, s = sorted(spec.pass_edges_hz), sorted(spec.stop_edges_hz)
    if spec.kind == "lowpass":
        return s[0] / p[0]
    if spec.kind == "highpass":
        return p[0] / s[0]
    w0sq, bw = p[0] * p[1], p[1] - p[0]
    if spec.kind == "bandpass":
        return min(abs((f * f - w0sq) / (bw * f)) for f in s)
    return min(abs(bw * f / (w0sq - f * f)) for f in s)


def reflection_limit(spec: RFSpec) -> float:
    """|Gamma| of the terminations: the mismatch the ladder sees at the prototype's DC."""
    return abs(spec.z_load - spec.z_source) / (spec.z_load + spec.z_source)



def minimum_order(spec: RFSpec) -> int:
    """The least order whose ideal (unsnapped) response meets the spec; InputError above MAX_ORDER."""
    validate(spec)
    ws = normalised_stop(spec)
    g = reflection_limit(spec)
    for n in range(1, MAX_ORDER + 1):
        if stop_atten(spec.response, n, spec.ripple_db, ws, _variant(spec.response, n, g, spec.ripple_db)) >= spec.atten_db:
            return n
    best = stop_atten(spec.response, MAX_ORDER, spec.ripple_db, ws, _variant(spec.response, MAX_ORDER, g, spec.ripple_db))
    edge = _edge_for(spec, spec.atten_db)
    hint = f"{spec.atten_db:g} dB at a stop edge of {_fmt_hz(edge)}" if edge else "a wider transition band"
    raise InputError(
        f"a {spec.response} {spec.kind} meeting {spec.atten_db:g} dB at {', '.join(_fmt_hz(f) for f in spec.stop_edges_hz)} "
        f"with {spec.ripple_db:g} dB ripple needs an order above {MAX_ORDER}; closest feasible at order {MAX_ORDER}: "
        f"{best:.1f} dB at the given edge(s), or {hint}" +
        ("; or choose an elliptic response" if spec.response != "elliptic" else ""))


def _edge_for(spec: RFSpec, atten: float) -> float | None:
    """The stop edge (Hz, nearest the pass band) at which order MAX_ORDER reaches ``atten``."""
    var = _variant(spec.response, MAX_ORDER, reflection_limit(spec), spec.ripple_db)
    lo, hi = 1.0 + 1e-6, 1e4
    if stop_atten(spec.response, MAX_ORDER, spec.ripple_db, hi, var) < atten:
        return None
    for _ in range(60):
        mid = math.sqrt(lo * hi)
        lo, hi = (mid, hi) if stop_atten(spec.response, MAX_ORDER, spec.ripple_db, mid, var) < atten else (lo, mid)
    ws = hi
    p = sorted(spec.pass_edges_hz)
    if spec.kind == "lowpass":
        return p[0] * ws
    if spec.kind == "highpass":
        return p[0] / ws
    f0sq, bw = p[0] * p[1], p[1] - p[0]
    if spec.kind == "bandpass":  # the upper edge with |Omega| = ws
        return (ws * bw + math.sqrt((ws * bw) ** 2 + 4 * f0sq)) / 2
    return (-bw / ws + math.sqrt((bw / ws) ** 2 + 4 * f0sq)) / 2


# --------------------------------------------------------------------------- transformations

def transform(proto: Ladder, spec: RFSpec) -> Ladder:
    """Scale a normalised LP prototype to the spec's impedance and frequency, LP/HP/BP/BS."""
    r0 = spec.z_source
    p = sorted(spec.pass_edges_hz)
    w1 = 2 * math.pi * p[0]
    if spec.kind in ("bandpass", "bandstop"):
        w2 = 2 * math.pi * p[1]
        w0, bw = math.sqrt(w1 * w2), w2 - w1
    out: list[Element] = []
    count = {"L": 0, "C": 0}
    extra = [0]

    def add(kind: Literal["L", "C"], a: str, b: str, v: float) -> None:
        count[kind] += 1
        out.append(Element(f"{kind}{count[kind]}", kind, a, b, v))

    def node() -> str:
        extra[0] += 1
        return f"m{extra[0]}"

    for e in proto.elements:
        g = e.value
        if spec.kind == "lowpass":
            add(e.kind, e.a, e.b, g * r0 / w1 if e.kind == "L" else g / (r0 * w1))
        elif spec.kind == "highpass":
            if e.kind == "L":
                add("C", e.a, e.b, 1 / (w1 * g * r0))
            else:
                add("L", e.a, e.b, r0 / (w1 * g))
        elif spec.kind == "bandpass":
            if e.kind == "L":  # series resonator
                m = node()
                add("L", e.a, m, g * r0 / bw)
                add("C", m, e.b, bw / (w0 ** 2 * g * r0))
            else:  # parallel resonator
                add("L", e.a, e.b, r0 * bw / (w0 ** 2 * g))
                add("C", e.a, e.b, g / (r0 * bw))
        else:
            if e.kind == "L":  # parallel resonator
                add("L", e.a, e.b, r0 * g * bw / w0 ** 2)
                add("C", e.a, e.b, 1 / (r0 * g * bw))
            else:  # series resonator
                m = node()
                add("L", e.a, m, r0 / (g * bw))
                add("C", m, e.b, g * bw / (r0 * w0 ** 2))
    # the prototype's load ratio was checked to 1e-6 against the spec's; write the spec's value
    r_load = spec.z_load if abs(proto.r_load * r0 - spec.z_load) < 1e-5 * spec.z_load else proto.r_load * r0
    return Ladder(out, r0, r_load, out_node=proto.out_node)


# --------------------------------------------------------------------------- E-series

_E12 = [1.0, 1.2, 1.5, 1.8, 2.2, 2.7, 3.3, 3.9, 4.7, 5.6, 6.8, 8.2]
_E24 = [1.0, 1.1, 1.2, 1.3, 1.5, 1.6, 1.8, 2.0, 2.2, 2.4, 2.7, 3.0, 3.3, 3.6, 3.9, 4.3, 4.7, 5.1, 5.6, 6.2, 6.8, 7.5, 8.2, 9.1]
_E96 = [round(10 ** (i / 96), 2) for i in range(96)]
ESERIES: dict[str, list[float]] = {"E12": _E12, "E24": _E24, "E96": _E96}
FINER = {"E12": "E24", "E24": "E96", "E96": None}


def snap(value: float, series: str) -> float:
    """The E-series value nearest to ``value`` on a log scale."""
    if value <= 0:
        raise ValueError(value)
    dec = math.floor(math.log10(value))
    cands = [(m, dec) for m in ESERIES[series]] + [(1.0, dec + 1), (ESERIES[series][-1], dec - 1)]
    m, d = min(cands, key=lambda md: abs(math.log(md[0] * 10 ** md[1] / value)))
    return float(f"{m * 10 ** d:.6g}")


def neighbours(value: float, series: str, k: int = 2) -> list[float]:
    """The ``k`` E-series values below ``value`` and the ``k`` above, ascending."""
    dec = math.floor(math.log10(value))
    table = sorted({float(f"{m * 10 ** d:.6g}") for d in (dec - 1, dec, dec + 1) for m in ESERIES[series]})
    below = [v for v in table if v <= value][-k:]
    above = [v for v in table if v > value][:k]
    return below + above


def with_values(ladder: Ladder, values: Sequence[float] | np.ndarray) -> Ladder:
    return Ladder([Element(e.name, e.kind, e.a, e.b, float(v)) for e, v in zip(ladder.elements, values)],
                  ladder.r_source, ladder.r_load, list(ladder.nodes), ladder.out_node)


def snapped(ladder: Ladder, series: str) -> Ladder:
    return Ladder([Element(e.name, e.kind, e.a, e.b, snap(e.value, series)) for e in ladder.elements],
                  ladder.r_source, ladder.r_load, list(ladder.nodes), ladder.out_node)
