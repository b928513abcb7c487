"""Part catalogues for RF filters: the values capacitors and inductors are sold in, their tolerances and limits.

A filter is only buildable from values someone makes. Each catalogue below follows the shape
of a published product line; where a figure is not in the source it is not made up here:

* **Capacitors, C0G/NP0 MLCC, 0402 and 0603** (the shape of Murata's GRM15/GJM15 and GRM18 lines,
  e.g. GRM1555C1H2R3WA01D = 2.3 pF ±0.05 pF 50 V, GRM0332P0GR50WA01D = 0.5 pF ±0.05 pF,
  GRM1555C1H151FA01 = 150 pF ±1 %): below 10 pF in 0.1 pF steps with an absolute tolerance
  (tightest grade W = ±0.05 pF), from 10 pF in the E-series with a percentage tolerance (tightest
  F = ±1 %); 50 V rating. 0402 up to 1000 pF, 0603 up to 10 nF.
  The practical minimum, 0.5 pF, is this project's rule: at 0.5 pF the ±0.05 pF grade is already
  ±10 %, and an 0402 footprint adds pad capacitance of the order of 0.05-0.1 pF; smaller values
  are not offered.
* **Inductors, 0402 wire-wound** (Coilcraft 0402CS, document 198-2): the series' 1.0-120 nH values,
  with typical Q at 900 MHz and 1.7 GHz and the minimum self-resonant frequency from the
  datasheet table for 1.0-22 nH; tightest tolerance 5 % below 2 nH, 2 % from 2 nH. For 23-120 nH
  the table's Q/SRF columns were not available to this catalogue: their SRF is *estimated* from
  the 22 nH part (2.8 GHz -> 0.15 pF of winding capacitance) and marked "est.".
* **Inductors, 1008 wire-wound, E12 0.1-8.2 µH** for filters below ~300 MHz: the E12 steps such
  lines are sold in, 5 % grade; Q and SRF not recorded, SRF estimated as above (optimistic for a
  bigger body, so these values are only offered below 100 MHz).

An inductor is offered only where its (recorded or estimated) SRF is at least twice the top of
the pass band: above self-resonance a coil is a capacitor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

import numpy as np

if TYPE_CHECKING:
    from chipsmith.tools.rf_synthesis import RFSpec

CAP_MIN_F = 0.5e-12
CAP_FINE_BELOW_F = 10e-12  # below this MLCCs come in 0.1 pF steps with an absolute tolerance
CAP_TIGHT_ABS_F = 0.05e-12  # grade W
CAP_TIGHT_PCT = 1.0  # grade F
CAP_PACKAGES = (("0402", 1000e-12), ("0603", 10e-9))
CAP_SERIES = "C0G MLCC (GRM15/GJM15, GRM18 class)"
CAP_VOLTAGE = "50 V"
SRF_FACTOR = 2.0  # an inductor's SRF must be at least this many times the top of the pass band

# Coilcraft 0402CS (doc 198-2): nH, Q typ at 900 MHz, Q typ at 1.7 GHz, SRF min (GHz)
_0402CS = [
    (1.0, 77, 69, 12.7), (1.2, 28, 38, 12.9), (1.8, 54, 75, 12.0), (1.9, 68, 82, 11.3), (2.0, 54, 75, 11.1),
    (2.2, 59, 100, 10.8), (2.4, 51, 68, 10.5), (2.7, 42, 61, 10.4), (3.3, 65, 87, 7.0), (3.6, 45, 71, 6.8),
    (3.9, 50, 75, 6.0), (4.3, 47, 71, 6.0), (4.7, 48, 68, 4.77), (5.1, 56, 82, 4.8), (5.6, 54, 81, 4.8),
    (6.2, 52, 76, 4.8), (6.8, 63, 78, 4.8), (7.5, 60, 88, 4.8), (8.2, 57, 84, 4.4), (8.7, 54, 73, 4.1),
    (9.0, 62, 78, 4.16), (9.5, 54, 69, 4.0), (10.0, 50, 67, 3.9), (11.0, 52, 78, 3.68), (12.0, 53, 71, 3.6),
    (13.0, 51, 57, 3.45), (15.0, 55, 77, 3.28), (16.0, 46, 47, 3.1), (18.0, 57, 62, 3.1), (19.0, 50, 67, 3.04),
    (20.0, 52, 53, 3.0), (22.0, 53, 53, 2.8),
]
_0402CS_MORE_NH = [23.0, 24.0, 27.0, 30.0, 33.0, 36.0, 39.0, 40.0, 43.0, 47.0, 51.0, 56.0, 68.0, 82.0, 100.0, 120.0]
_E12 = [1.0, 1.2, 1.5, 1.8, 2.2, 2.7, 3.3, 3.9, 4.7, 5.6, 6.8, 8.2]
_WINDING_C = 1 / ((2 * math.pi * 2.8e9) ** 2 * 22e-9)  # from the 22 nH 0402CS part


@dataclass(frozen=True)
class Part:
    """One orderable value: what goes on a BOM line."""

    kind: Literal["L", "C"]
    value: float
    series: str
    package: str
    tolerance: str  # as ordered, e.g. "±0.05 pF" or "±2 %"
    tol_abs: float  # the ± in farad / henry that the Monte Carlo uses
    voltage: str = ""
    q_900mhz: float | None = None
    q_1700mhz: float | None = None
    srf_hz: float | None = None
    srf_estimated: bool = False


def _srf_est(L: float) -> float:
    return 1 / (2 * math.pi * math.sqrt(L * _WINDING_C))


@cache
def _inductors() -> tuple[Part, ...]:
    out = [Part("L", nh * 1e-9, "Coilcraft 0402CS", "0402", "", 0.0, "", q9, q17, srf * 1e9) for nh, q9, q17, srf in _0402CS]
    out += [Part("L", nh * 1e-9, "Coilcraft 0402CS", "0402", "", 0.0, "", None, None, _srf_est(nh * 1e-9), True)
            for nh in _0402CS_MORE_NH]
    out += [Part("L", m * 10 ** d * 1e-9, "1008 wire-wound, E12", "1008", "", 0.0, "", None, None, _srf_est(m * 10 ** d * 1e-9), True)
            for d in (2, 3) for m in _E12 if 150e-9 <= m * 10 ** d * 1e-9 <= 8.2e-6]
    return tuple(out)


def _series_values(series: str) -> list[float]:
    from chipsmith.tools.rf_synthesis import ESERIES

    return ESERIES[series]


@cache
def _capacitor_values(series: str) -> tuple[float, ...]:
    fine = [round(0.1 * i, 1) * 1e-12 for i in range(5, 100)]
    coarse = sorted({float(f"{m * 10 ** d:.6g}") * 1e-12 for d in (1, 2, 3, 4) for m in _series_values(series)})
    return tuple(fine + [c for c in coarse if c <= CAP_PACKAGES[-1][1] * (1 + 1e-9)])


def f_top(spec: RFSpec) -> float:
    """The top of the pass band (for high-pass: its edge), the frequency an inductor's SRF is held against."""
    return max(spec.pass_edges_hz)


def _l_ok(p: Part, spec: RFSpec) -> bool:
    srf = p.srf_hz or 0.0
    if p.package == "1008" and f_top(spec) > 100e6:
        return False
    return srf >= SRF_FACTOR * f_top(spec)


def values(kind: str, spec: RFSpec, series: str | None = None) -> np.ndarray:
    """The values offered for ``kind`` ("L"/"C") in this spec's band, ascending."""
    if kind == "C":
        return np.array(_capacitor_values(series or spec.eseries))
    return np.array([p.value for p in _inductors() if _l_ok(p, spec)])


def neighbours(kind: str, value: float, spec: RFSpec, series: str | None = None, k: int = 2) -> list[float]:
    """The ``k`` offered values below ``value`` and the ``k`` above (fewer at the ends of the range)."""
    vals = values(kind, spec, series)
    if len(vals) == 0:
        return []
    i = int(np.searchsorted(vals, value * (1 + 1e-9), side="right"))
    return [float(v) for v in vals[max(0, i - k):i + k]]


def nearest(kind: str, value: float, spec: RFSpec, series: str | None = None) -> float | None:
    vals = values(kind, spec, series)
    if len(vals) == 0:
        return None
    return float(vals[int(np.argmin(np.abs(np.log(vals / value))))])


def in_range(kind: str, value: float, spec: RFSpec, series: str | None = None) -> bool:
    """Whether ``value`` is one the catalogue offers in this band (within rounding)."""
    vals = values(kind, spec, series)
    return bool(len(vals) and np.min(np.abs(vals / value - 1)) < 1e-6)


def part(kind: str, value: float, spec: RFSpec) -> Part:
    """The BOM line for an offered value, with the tolerance the spec asks for (or the tightest sold)."""
    if kind == "C":
        pkg = next((name for name, top in CAP_PACKAGES if value <= top * (1 + 1e-9)), CAP_PACKAGES[-1][0])
        tol = float(tolerance_array(["C"], np.array([value]), spec)[0, 0])
        text = f"±{tol * 1e12:.2g} pF" if value < CAP_FINE_BELOW_F - 1e-18 else f"±{100 * tol / value:.3g} %"
        return Part("C", value, CAP_SERIES, pkg, text, tol, CAP_VOLTAGE)
    match = min(_inductors(), key=lambda q: abs(math.log(q.value / value)))
    tol = float(tolerance_array(["L"], np.array([value]), spec)[0, 0])
    return Part("L", value, match.series, match.package, f"±{100 * tol / value:.3g} %", tol, "",
                match.q_900mhz, match.q_1700mhz, match.srf_hz, match.srf_estimated)


CAP_ABS_GRADES = (0.05e-12, 0.1e-12, 0.25e-12, 0.5e-12)  # W, B, C, D below 10 pF
CAP_PCT_GRADES = (1.0, 2.0, 5.0, 10.0)  # F, G, J, K
IND_PCT_GRADES = (2.0, 5.0, 10.0)  # G, J, K


def _grade(asked: np.ndarray, grades: Sequence[float]) -> np.ndarray:
    """The loosest grade no looser than what was asked (the tightest grade when even that is looser)."""
    out = np.full_like(asked, grades[0])
    for g in grades[1:]:
        out = np.where(asked >= g * (1 - 1e-9), g, out)
    return out


def tolerance_array(kinds: Sequence[str], vals: np.ndarray, spec: RFSpec) -> np.ndarray:
    """The ± (farad/henry) of each part as ordered, for a batch of values (rows; columns follow ``kinds``).

    Parts are ordered in the grades the lines sell: the loosest grade that is still as tight as
    the spec's tolerance, or the tightest grade when the spec asks for less than is sold
    (±0.05 pF below 10 pF, ±1 % from 10 pF, ±2 % for 0402CS from 2 nH, ±5 % below 2 nH and for 1008 parts).
    """
    v = np.atleast_2d(np.asarray(vals, dtype=float))
    pct = np.full_like(v, spec.tolerance_pct)
    is_c = np.array([k == "C" for k in kinds])[None, :]
    cap = np.where(v < CAP_FINE_BELOW_F - 1e-18, _grade(pct / 100 * v, CAP_ABS_GRADES), _grade(pct, CAP_PCT_GRADES) / 100 * v)
    tight = np.where((v < 2e-9 * (1 - 1e-6)) | (v > 120.5e-9), 5.0, 2.0)
    ind = np.maximum(_grade(pct, IND_PCT_GRADES), tight) / 100 * v
    return np.asarray(np.where(is_c, cap, ind))


def practical_note(kind: str, value: float, spec: RFSpec) -> str:
    """Why an ideal value cannot be bought in this band ("" when it can)."""
    vals = values(kind, spec)
    if len(vals) == 0:
        return f"no inductor in the catalogues has its SRF above {SRF_FACTOR:g}x {f_top(spec) / 1e9:.3g} GHz"
    unit, s = ("pF", 1e12) if kind == "C" else ("nH", 1e9)
    name = "capacitor" if kind == "C" else "inductor"
    if value < vals[0] * 0.9:
        return f"{value * s:.3g} {unit} is below the smallest practical {name} ({vals[0] * s:.3g} {unit})"
    if value > vals[-1] * 1.1:
        why = "" if kind == "C" else f" with SRF ≥ {SRF_FACTOR:g}x the pass band"
        return f"{value * s:.4g} {unit} is above the largest {name}{why} ({vals[-1] * s:.4g} {unit})"
    return ""
