"""Microstrip realisation of a low-pass prototype: stepped-impedance lines on scikit-rf's MLine model, lengths tuned."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from chipsmith.core.errors import InputError
from chipsmith.tools.rf_design import _score
from chipsmith.tools.rf_filter import MAX_ORDER, RFSpec, minimum_order, normalised_stop
from chipsmith.tools.rf_ladder import Prototype, synthesize

# --------------------------------------------------------------------------- microstrip (stepped impedance)

@dataclass(frozen=True)
class Substrate:
    """A microstrip substrate: relative permittivity, height, copper thickness, loss tangent."""

    eps_r: float = 4.4
    h_m: float = 1.6e-3
    t_m: float = 35e-6
    tan_d: float = 0.0
    z_high: float = 120.0  # the narrowest line you are willing to etch, as an impedance
    z_low: float = 20.0  # the widest


@dataclass
class LineSection:
    """One microstrip section of a stepped-impedance filter."""

    name: str
    z0: float
    width_m: float
    length_m: float
    degrees_at_edge: float


def _mline(spec_f: float | np.ndarray, sub: Substrate, w: float) -> Any:
    import skrf
    from skrf.media import MLine

    f = np.atleast_1d(np.asarray(spec_f, dtype=float))
    freq = skrf.Frequency.from_f(f, unit="Hz")
    return MLine(freq, w=w, h=sub.h_m, t=sub.t_m, ep_r=sub.eps_r, tand=sub.tan_d, z0_port=50)


def width_for(z0: float, f: float, sub: Substrate) -> float:
    """The strip width (m) whose characteristic impedance at ``f`` is ``z0`` (scikit-rf's MLine model)."""
    from scipy.optimize import brentq

    def err(logw: float) -> float:
        return float(np.real(_mline(f, sub, math.exp(logw)).z0[0])) - z0

    lo, hi = math.log(sub.h_m / 200), math.log(sub.h_m * 30)
    if err(lo) < 0 or err(hi) > 0:
        raise InputError(f"{z0:g} ohm is outside what a microstrip on this substrate can make (eps_r {sub.eps_r:g}, "
                         f"h {sub.h_m * 1e3:g} mm); choose z_high/z_low between "
                         f"{np.real(_mline(f, sub, math.exp(hi)).z0[0]):.0f} and {np.real(_mline(f, sub, math.exp(lo)).z0[0]):.0f} ohm")
    return math.exp(brentq(err, lo, hi, xtol=1e-9))


def stepped_impedance_lowpass(proto: Prototype, spec: RFSpec, sub: Substrate) -> list[LineSection]:
    """Pozar's stepped-impedance low-pass: series L -> short high-Z line, shunt C -> short low-Z line.

    Only all-pole ladders between equal terminations map this way (an elliptic ladder's
    resonators have no stepped-line equivalent); InputError otherwise.
    """
    if spec.kind != "lowpass" or proto.zeros or abs(spec.z_load - spec.z_source) > 1e-9:
        raise InputError("a stepped-impedance microstrip realisation exists for all-pole low-pass filters between equal "
                         "terminations only; choose a Butterworth, Chebyshev or Bessel low-pass with equal terminations")
    fc = spec.pass_edges_hz[0]
    r0 = spec.z_source
    out: list[LineSection] = []
    for e in proto.ladder.elements:
        if e.kind == "L":
            z, bl = sub.z_high, e.value * r0 / sub.z_high
        else:
            z, bl = sub.z_low, e.value * sub.z_low / r0
        w = width_for(z, fc, sub)
        beta = float(np.imag(_mline(fc, sub, w).gamma[0]))
        out.append(LineSection(f"TL{len(out) + 1}", z, w, bl / beta, math.degrees(bl)))
    return out


@dataclass
class MicrostripDesign:
    """A stepped-impedance realisation, its check over the stop band up to ``stop_span`` x the edge."""

    substrate: Substrate
    order: int
    sections: list[LineSection]
    check: Any
    stop_span: float
    rejection_up_to_hz: float  # the first frequency above the stop edge where the loss falls below atten_db
    tries: list[dict[str, Any]]

    @property
    def met(self) -> bool:
        return bool(self.check.met)


def microstrip_design(spec: RFSpec, sub: Substrate, *, stop_span: float = 1.5, max_extra_orders: int = 2) -> MicrostripDesign:
    """Stepped-impedance low-pass from the lumped prototype, lengths tuned on scikit-rf's MLine model."""
    from chipsmith.tools import rf_verify as V

    n_min = minimum_order(spec)
    best: MicrostripDesign | None = None
    tries = []
    for n in range(n_min, min(n_min + max_extra_orders, MAX_ORDER) + 1):
        try:
            proto = synthesize(spec.response, n, spec.ripple_db * 0.5, normalised_stop(spec), 0.0, spec.first_element, 1.0)
        except ArithmeticError as exc:
            tries.append({"order": n, "met": False, "note": str(exc)})
            continue
        secs, chk = V.tune_microstrip(stepped_impedance_lowpass(proto, spec, sub), sub, spec, stop_span=stop_span)
        fs = spec.stop_edges_hz[0]
        f = np.geomspace(fs, 10 * fs, 400)
        loss = -V.db(V.microstrip_s21(secs, sub, f, spec.z_source, spec.z_load))
        below = np.nonzero(loss < spec.atten_db)[0]
        reach = float(f[below[0]]) if len(below) else float(f[-1])
        tries.append({"order": n, "met": chk.met, "ripple_db": round(chk.ripple_db, 4), "stop_atten_db": round(chk.stop_atten_db, 2)})
        cand = MicrostripDesign(sub, n, secs, chk, stop_span, reach, tries)
        if best is None or _score(spec, chk) > _score(spec, best.check):
            best = cand
        if chk.met:
            best = cand
            break
    if best is None:
        raise InputError(f"no stepped-impedance realisation for this spec ({tries[-1]['note'] if tries else ''})")
    best.tries = tries
    return best
