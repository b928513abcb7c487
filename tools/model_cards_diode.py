"""The diode card (SPICE level-1 diode) and its check: V_F at every printed I_F, C_J at its V_R.

``I = IS·(exp(V/(N·V_t)) − 1)`` plus ``RS``:

- 3+ forward points: IS, N, RS by least squares on V = N·V_t·ln(I/IS + 1) + I·RS.
- 2 points: RS = 0, N = (V2 − V1) / (V_t·ln(I2/I1)), IS = I1 / (exp(V1/(N·V_t)) − 1)
  (N held at 2 and the rest of the slope given to RS when that N exceeds 2).
- 1 point: N = 1 (assumed), IS from the same relation.
- CJO = C_J(V_R)·(1 + V_R/VJ)^M with VJ = 0.7 V, M = 0.5 (abrupt junction, assumed).
- BV = V_(BR) (min, else typ) or V_RRM; IBV = the test current of the V_(BR) row, else 100 µA.
- TT = t_rr / ln(1 + I_F/I_R) from the t_rr test conditions (charge-control estimate).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import numpy as np
from scipy.optimize import least_squares

from chipsmith.core.errors import InputError
from chipsmith.core.units import format_si, parse_quantity
from chipsmith.tools.datasheet_tables import Param
from chipsmith.tools.model_card_base import (
    VT,
    Card,
    Check,
    Fitted,
    cite,
    conditions,
    figure,
    fmt,
    limit_note,
    row_conditions,
    rows,
)

_AT_CURRENT = re.compile(r"(?:@|\bat)\s*(\d[\d.]*\s*[mµuμ]?A)(?:dc)?\b")


def _bare_current(p: Param) -> float | None:
    """A test current written without its symbol ("Forward Voltage @ 1.0 A", "… at 3.0A"), as vendors print rectifier rows."""
    found = {q.value for m in _AT_CURRENT.findall(f"{p.name} {p.conditions} {p.source}")
             if (q := parse_quantity(m.replace(" ", ""))) is not None}
    return found.pop() if len(found) == 1 else None


_AT_VOLTAGE = re.compile(r"(?:@|\bat)\s*(\d[\d.]*\s*[mµuμ]?V)(?:dc)?\b")


def _cj_bias(cj: Param) -> float:
    """The reverse bias of the junction-capacitance row: "VR = 4 V", or bare ("Typical junction capacitance at 4.0V")."""
    c = conditions(cj.conditions)
    if "VR" in c:
        return abs(c["VR"])
    bare = {q.value for m in _AT_VOLTAGE.findall(f"{cj.name} {cj.conditions}") if (q := parse_quantity(m.replace(" ", ""))) is not None}
    return abs(bare.pop()) if len(bare) == 1 else 0.0


def forward_points(records: list[Param]) -> list[tuple[float, float, Param]]:
    """(I_F, V_F, row) for every V_F figure at 25 °C with its test current, one per current, by current."""
    points: list[tuple[float, float, Param]] = []
    seen: set[float] = set()
    for p in rows(records, "v_f"):
        c = row_conditions(p)
        i = c.get("IF") or c.get("IFM") or c.get("I") or _bare_current(p)
        fig = figure(p)
        if i and fig and abs(i) not in seen:
            points.append((abs(i), abs(fig), p))
            seen.add(abs(i))
    return sorted(points, key=lambda t: t[0])


def fit_diode(best: Mapping[str, Param], records: list[Param], name: str = "DFIT") -> Card:
    points = forward_points(records)
    if not points:
        raise InputError("cannot fit a diode model: no forward voltage (V_F typ or max) with its test current I_F was found")
    params: dict[str, Fitted] = {}
    assumptions: list[str] = limit_note([p for *_, p in points], "V_F")
    defaults: list[str] = []
    cites = [cite(p) for _, _, p in points]
    if len(points) >= 3:
        i_pts = np.array([t[0] for t in points])
        v_pts = np.array([t[1] for t in points])

        def resid(x: np.ndarray) -> np.ndarray:
            is_, n, rs = math.exp(x[0]), x[1], x[2]
            return np.asarray(n * VT * np.log(i_pts / is_ + 1) + i_pts * rs - v_pts)

        sol = least_squares(resid, x0=[math.log(1e-8), 1.5, 0.05], bounds=([-60, 0.5, 0.0], [0, 4.0, 10.0]))
        is_, n, rs = math.exp(sol.x[0]), float(sol.x[1]), float(sol.x[2])
        how = f"least squares on V = N·Vt·ln(I/IS+1) + I·RS over {len(points)} V_F points"
        if rs < 1e-3:
            # a fit at its zero bound leaves a residue (4.7e-17 Ω) that ngspice turns into a 2e16 S node, and the
            # diode then reads 0.25 Ω flat: below a milliohm the series resistance is written as none at all
            rs = 0.0
            how += " (RS at its zero bound, written as 0)"
        params["IS"], params["N"], params["RS"] = Fitted(is_, how, cites), Fitted(n, how, cites), Fitted(rs, how, cites)
    elif len(points) == 2:
        (i1, v1, _), (i2, v2, _) = points
        n = (v2 - v1) / (VT * math.log(i2 / i1))
        if n <= 0:
            raise InputError(f"cannot fit a diode model: V_F does not rise with I_F ({cites[0]}; {cites[1]})")
        if n <= 2.0:
            params["N"] = Fitted(n, "(V2 − V1) / (Vt·ln(I2/I1)) with RS = 0", cites)
            params["RS"] = Fitted(0.0, "two points determine IS and N only; RS = 0", cites)
            assumptions.append("RS = 0: two V_F points fix IS and N; a third point would fit RS")
        else:
            # an N above 2 is series resistance showing: hold N = 2 and give the rest of the slope to RS
            n = 2.0
            rs = (v2 - v1 - n * VT * math.log(i2 / i1)) / (i2 - i1)
            params["N"] = Fitted(n, "held at 2 (the RS = 0 fit gave N > 2)", cites)
            params["RS"] = Fitted(rs, "(V2 − V1 − N·Vt·ln(I2/I1)) / (I2 − I1)", cites)
            assumptions.append("N = 2: two V_F points cannot separate N and RS")
        rs = params["RS"].value
        params["IS"] = Fitted(i1 / math.expm1((v1 - i1 * rs) / (n * VT)), "I1 / (exp((V1 − I1·RS)/(N·Vt)) − 1)", cites)
    else:
        i1, v1, _ = points[0]
        params["N"] = Fitted(1.0, "default (one V_F point)", [])
        params["IS"] = Fitted(i1 / math.expm1(v1 / VT), "I_F / (exp(V_F/Vt) − 1) with N = 1", cites)
        params["RS"] = Fitted(0.0, "default (one V_F point)", [])
        assumptions.append("N = 1 and RS = 0: only one V_F point")
    cj = best.get("c_j")
    if cj is not None and cj.value:
        vr = _cj_bias(cj)
        params["CJO"] = Fitted(cj.value * (1 + vr / 0.7) ** 0.5, "C_J(V_R)·(1 + V_R/VJ)^M, VJ = 0.7 V, M = 0.5", [cite(cj)])
        params["VJ"] = Fitted(0.7, "assumed", [])
        params["M"] = Fitted(0.5, "assumed (abrupt junction)", [])
        assumptions.append("VJ = 0.7 V and M = 0.5 (the datasheet gives one capacitance point)")
    else:
        defaults.append("CJO = 0: no junction capacitance C_J in the datasheet (default)")
    vbr, vrrm = best.get("v_br"), best.get("v_rrm")
    if vbr is not None and (vbr.min or vbr.typ):
        bv = abs(float(vbr.min if vbr.min is not None else vbr.typ))  # type: ignore[arg-type]  # one of the two is set
        params["BV"] = Fitted(bv, "V_(BR) min (else typ)", [cite(vbr)])
        params["IBV"] = Fitted(abs(conditions(vbr.conditions).get("IR", 1e-4)), "test current of the V_(BR) row (default 100 µA)",
                               [cite(vbr)])
    elif vrrm is not None and vrrm.max:
        params["BV"] = Fitted(abs(vrrm.max), "V_RRM (no breakdown row)", [cite(vrrm)])
        params["IBV"] = Fitted(1e-4, "default 100 µA", [])
    else:
        defaults.append("BV unset (no reverse breakdown modelled): neither V_(BR) nor V_RRM in the datasheet (default)")
    trr = best.get("t_rr")
    if trr is not None and trr.value:
        c = conditions(trr.conditions)
        i_f, i_r = c.get("IF"), c.get("IR")
        if i_f and i_r:
            params["TT"] = Fitted(trr.value / math.log(1 + abs(i_f / i_r)), "t_rr / ln(1 + I_F/I_R)", [cite(trr)])
        else:
            params["TT"] = Fitted(trr.value / math.log(2), "t_rr / ln 2 (I_F = I_R assumed)", [cite(trr)])
    else:
        defaults.append("TT = 0: no reverse-recovery time t_rr in the datasheet (default)")
    body = " ".join(f"{k}={fmt(v.value)}" for k, v in params.items())
    text = f"* fitted from datasheet figures by chipsmith; see parameters.json for each source\n.model {name} D ({body})\n"
    return Card("diode", name, text, params, assumptions + defaults, defaults=defaults)


def diode_checks(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    checks: list[Check] = []
    for k, (i, vf, p) in enumerate(forward_points(records)):
        circuit = f"DF{k} af{k} 0 {card.name}\nIF{k} 0 af{k} DC {i:g}"
        checks.append(Check(f"V_F at I_F = {format_si(i, 'A')}", "v_f", vf, "V", 0.02, card.text, circuit, "op",
                            [f"let vf{k} = v(af{k})", f"print vf{k}"], f"vf{k}", p.conditions, cite(p)))
    cj = best.get("c_j")
    if cj is not None and cj.value and "CJO" in card.params:
        vr, f = _cj_bias(cj), abs(conditions(cj.conditions).get("F", 1e6))
        circuit = f"DCJ 0 kcj {card.name}\nVCJ kcj 0 DC {vr:g} AC 1"
        control = ["let cjv = imag(i(vcj))/(2*pi*frequency)", f"meas ac cj_at find cjv at={f:g}"]
        checks.append(Check(f"C_J at V_R = {vr:g} V", "c_j", float(cj.value), "F", 0.03, card.text, circuit,
                            f"ac lin 3 {f * 0.9:g} {f * 1.1:g}", control, "cj_at", cj.conditions, cite(cj),
                            transform=lambda m: abs(m["cj_at"])))
    return checks
