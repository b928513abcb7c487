"""The MOSFET card (SPICE level 1, N- or P-channel) and its check: R_DS(on) at each V_GS, V_GS(th), C_iss, C_oss, C_rss.

Level 1 with W = L, so ``I_D = KP/2·(V_GS − VTO)²`` in saturation. The polarity comes from
the signs the datasheet prints (a negative V_GS(th), or V_GS/I_D test conditions below zero,
make a P-channel card: ``PMOS`` with VTO < 0); the fit itself works on magnitudes.

- unknowns VTO, KP, RD by least squares over: V_GS(th) at I_D(th) in saturation
  (V_GS(th) = VTO + sqrt(2·I_D(th)/KP)); each R_DS(on) point
  (R = V_int/I_D + RD with I_D = KP·((V_GS − VTO)·V_int − V_int²/2)); g_fs at I_D
  (g_fs = sqrt(2·KP·I_D)). With a single equation besides V_GS(th), RD = 0.
- CGDO = C_rss/W, CGSO = (C_iss − C_rss)/W (overlap capacitances per metre of W);
  CBD = (C_oss − C_rss)·(1 + V_DS/PB)^MJ with PB = 0.8 V, MJ = 0.5 (the drain-body junction,
  which is C_ds here), so C_oss is met at the datasheet's V_DS.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
from scipy.optimize import least_squares

from chipsmith.core.errors import InputError
from chipsmith.core.units import format_si
from chipsmith.tools.datasheet_tables import Param
from chipsmith.tools.model_card_base import Card, Check, Fitted, cite, conditions, figure, fmt, limit_note, row_conditions, rows

W = 100e-6  # instance width = length: KP is then the device's I_D = KP/2·Vov² coefficient
_PB, _MJ = 0.8, 0.5


def _ron_model(vgs: float, i: float, vto: float, kp: float, rd: float) -> float:
    vov = vgs - vto
    disc = vov * vov - 2 * i / kp
    if vov <= 0 or disc < 0:
        return 1e3  # out of the linear region: a large residual steers the fit away
    vint = vov - math.sqrt(disc)
    return vint / i + rd


def ron_points(records: list[Param]) -> list[tuple[float, float, float, Param]]:
    """(|V_GS|, |I_D|, R_DS(on), row) at 25 °C, one per (V_GS, I_D)."""
    out: list[tuple[float, float, float, Param]] = []
    for p in rows(records, "r_ds_on"):
        c = row_conditions(p)
        vgs, i = c.get("VGS"), c.get("ID")
        if vgs and i and not any(abs(abs(vgs) - a) < 1e-9 and abs(abs(i) - b) < 1e-12 for a, b, *_ in out):
            out.append((abs(vgs), abs(i), float(figure(p)), p))  # type: ignore[arg-type]  # rows() keeps rows with a figure
    return out


def threshold(best: Mapping[str, Param]) -> tuple[float, str] | None:
    """|V_GS(th)| the fit uses and how it was chosen (typ, else the middle of min … max, else the one limit)."""
    vth = best.get("v_gs_th")
    if vth is None or vth.value is None:
        return None
    if vth.typ is not None:
        return abs(vth.typ), "typ"
    if vth.min is not None and vth.max is not None:
        return (abs(vth.min) + abs(vth.max)) / 2, "middle of min … max"
    return abs(float(vth.value)), "the one printed limit"


def polarity(best: Mapping[str, Param], records: list[Param]) -> str:
    """"P" when the datasheet prints a negative threshold or negative V_GS/I_D test conditions, else "N"."""
    vth = best.get("v_gs_th")
    if vth is not None and vth.value is not None and vth.value < 0:
        return "P"
    signs = [v for p in records if p.canonical in ("r_ds_on", "v_gs_th", "g_fs", "c_iss")
             for k, v in conditions(p.conditions).items() if k in ("VGS", "ID", "VDS") and v]
    return "P" if signs and sum(v < 0 for v in signs) > len(signs) / 2 else "N"


def fit_mosfet(best: Mapping[str, Param], records: list[Param], name: str = "MFIT") -> Card:
    th = threshold(best)
    if th is None:
        raise InputError("cannot fit a MOSFET model: no gate threshold voltage V_GS(th) was found")
    vth = best["v_gs_th"]
    vth_v, vth_how = th
    ith = abs(conditions(vth.conditions).get("ID", 250e-6))
    pol = polarity(best, records)
    rons = ron_points(records)
    gfs = best.get("g_fs")
    gfs_pt = None
    if gfs is not None and gfs.typ is not None and conditions(gfs.conditions).get("ID"):
        gfs_pt = (abs(conditions(gfs.conditions)["ID"]), abs(gfs.typ))
    if not rons and not gfs_pt:
        raise InputError("cannot fit a MOSFET model: no R_DS(on) with its V_GS and I_D conditions, and no g_fs (typ) "
                         "with its I_D, was found")
    fit_rd = len(rons) + (1 if gfs_pt else 0) >= 2 and bool(rons)

    def resid(x: np.ndarray) -> np.ndarray:
        vto, kp, rd = x[0], math.exp(x[1]), (x[2] if fit_rd else 0.0)
        r = [(vto + math.sqrt(2 * ith / kp) - vth_v) / max(vth_v, 0.1)]
        r += [(_ron_model(vgs, i, vto, kp, rd) - ron) / ron for vgs, i, ron, _ in rons]
        if gfs_pt:
            r.append((math.sqrt(2 * kp * gfs_pt[0]) - gfs_pt[1]) / gfs_pt[1])
        return np.array(r)

    sols = [least_squares(resid, x0=[vth_v * 0.9, math.log(kp0), 0.0], bounds=([-5, math.log(1e-4), 0.0], [vth_v, math.log(1e4), 10.0]))
            for kp0 in (1.0, 10.0, 100.0)]
    sol = min(sols, key=lambda s: s.cost)
    vto, kp = float(sol.x[0]), math.exp(float(sol.x[1]))
    rd = float(sol.x[2]) if fit_rd else 0.0
    if rons and rd < 1e-6 * min(ron for _, _, ron, _ in rons):
        # a fit pressed against its bound leaves RD = 1e-19 Ω; ngspice's operating point never converges on such a node
        rd = 0.0
    cites = [cite(vth)] + [cite(p) for *_, p in rons] + ([cite(gfs)] if gfs_pt and gfs else [])
    how = "least squares over V_GS(th) (" + vth_how + ")" + (", R_DS(on) points" if rons else "") + (" and g_fs" if gfs_pt else "")
    sign = -1.0 if pol == "P" else 1.0
    p_note = "; negative for P-channel" if pol == "P" else ""
    params = {"LEVEL": Fitted(1, "SPICE level 1", []), "VTO": Fitted(sign * vto, how + p_note, cites),
              "KP": Fitted(kp, how, cites), "RD": Fitted(rd, how if fit_rd else "one equation besides V_GS(th): RD = 0", cites),
              "LAMBDA": Fitted(0.0, "default", [])}
    assumptions = ["LAMBDA = 0 (no output-conductance figure)"] + limit_note([p for *_, p in rons], "R_DS(on)")
    defaults = ["LAMBDA = 0: no output conductance in the datasheet (default)"]
    if not fit_rd:
        assumptions.append("RD = 0: one R_DS(on) point and no g_fs" if rons else "RD = 0: no R_DS(on) row, KP from g_fs")
    ciss, crss, coss = best.get("c_iss"), best.get("c_rss"), best.get("c_oss")
    if ciss is not None and crss is not None and ciss.value and crss.value:
        params["CGDO"] = Fitted(crss.value / W, "C_rss / W", [cite(crss)])
        params["CGSO"] = Fitted((ciss.value - crss.value) / W, "(C_iss − C_rss) / W", [cite(ciss), cite(crss)])
        assumptions.append("capacitances as constant overlap capacitances (level 1 has no voltage-dependent C_gd)")
        if coss is not None and coss.value and coss.value > crss.value:
            vds = abs(conditions(coss.conditions).get("VDS") or conditions(ciss.conditions).get("VDS") or 0.0)
            params["CBD"] = Fitted((coss.value - crss.value) * (1 + vds / _PB) ** _MJ, "(C_oss − C_rss)·(1 + V_DS/PB)^MJ",
                                   [cite(coss), cite(crss)])
            params["PB"], params["MJ"] = Fitted(_PB, "assumed", []), Fitted(_MJ, "assumed (abrupt junction)", [])
        else:
            defaults.append("CBD = 0: no output capacitance C_oss in the datasheet (default)")
    else:
        defaults.append("CGSO = CGDO = 0: C_iss and C_rss not both in the datasheet (default)")
    body = " ".join(f"{k}={fmt(v.value)}" for k, v in params.items())
    kind = "PMOS" if pol == "P" else "NMOS"
    text = f"* fitted from datasheet figures by chipsmith; {kind}, instance W = L = {W:g}\n.model {name} {kind} ({body})\n"
    return Card("mosfet", name, text, params, assumptions + defaults, polarity=pol, defaults=defaults)


def _inst(card: Card, tag: str, d: str, g: str) -> str:
    return f"M{tag} {d} {g} 0 0 {card.name} W={W:g} L={W:g}"


def mosfet_checks(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    s = -1.0 if card.polarity == "P" else 1.0
    checks: list[Check] = []
    for k, (vgs, i, ron, p) in enumerate(ron_points(records)):
        # a forced drain current at a fixed gate voltage; a P-channel part is the mirror image (every sign reversed)
        src = f"IR{k} 0 dr{k} DC {i:g}" if s > 0 else f"IR{k} dr{k} 0 DC {i:g}"
        circuit = f"{_inst(card, f'R{k}', f'dr{k}', f'gr{k}')}\nVGR{k} gr{k} 0 DC {s * vgs:g}\n{src}"
        checks.append(Check(f"R_DS(on) at V_GS = {s * vgs:g} V, I_D = {format_si(s * i, 'A')}", "r_ds_on", ron, "ohm", 0.05,
                            card.text, circuit, "op", [f"let ron{k} = abs(v(dr{k}))/{i:g}", f"print ron{k}"], f"ron{k}",
                            p.conditions, cite(p)))
    vth, th = best.get("v_gs_th"), threshold(best)
    if vth is not None and th is not None:
        ith = abs(conditions(vth.conditions).get("ID", 250e-6))
        # gate tied to drain (V_DS = V_GS), forced drain current: the gate voltage is V_GS(th)
        src = f"ITH 0 dth DC {ith:g}" if s > 0 else f"ITH dth 0 DC {ith:g}"
        circuit = f"{_inst(card, 'TH', 'dth', 'dth')}\n{src}"
        if vth.typ is not None or vth.min is None or vth.max is None:
            target, tol, what = abs(float(vth.typ if vth.typ is not None else vth.value)), 0.05, "V_GS(th)"  # type: ignore[arg-type]
        else:  # only limits: the check is that the simulated threshold lies between them
            lo, hi = sorted((abs(vth.min), abs(vth.max)))
            target, tol, what = (lo + hi) / 2, (hi - lo) / (hi + lo), "V_GS(th) within min … max"
        checks.append(Check(f"{what} at I_D = {format_si(ith, 'A')}", "v_gs_th", s * target, "V", tol, card.text, circuit, "op",
                            ["let vth = v(dth)", "print vth"], "vth", vth.conditions, cite(vth)))
    checks += _capacitance_checks(card, best, s)
    return checks


def _capacitance_checks(card: Card, best: Mapping[str, Param], s: float) -> list[Check]:
    ciss, crss, coss = best.get("c_iss"), best.get("c_rss"), best.get("c_oss")
    if "CGDO" not in card.params or ciss is None or crss is None:
        return []
    c = conditions(ciss.conditions)
    vds, f = abs(c.get("VDS", 0.0)), abs(c.get("F", 1e6))
    # C_iss: AC on the gate, drain held at V_DS; C_rss (gate current) and C_oss (drain current): AC on the drain, gate grounded
    circuit = (f"{_inst(card, 'CI', 'dci', 'gci')}\nVDCI dci 0 DC {s * vds:g}\nVGCI gci 0 DC 0 AC 1\n"
               f"{_inst(card, 'CO', 'dco', 'gco')}\nVDCO dco 0 DC {s * vds:g} AC 1\nVGCO gco 0 DC 0")
    ac = f"ac lin 3 {f * 0.9:g} {f * 1.1:g}"
    out = []
    for p, key, probe in ((ciss, "c_iss", "vgci"), (crss, "c_rss", "vgco"), (coss, "c_oss", "vdco")):
        if p is None or not p.value or (key == "c_oss" and "CBD" not in card.params):
            continue
        m = f"{key}_at"
        control = [f"let {key}v = abs(imag(i({probe})))/(2*pi*frequency)", f"meas ac {m} find {key}v at={f:g}"]
        out.append(Check(f"C_{key[2:]} at V_DS = {s * vds:g} V", key, float(p.value), "F", 0.05, card.text,
                         circuit, ac, control, m, p.conditions or ciss.conditions, cite(p)))
    return out
