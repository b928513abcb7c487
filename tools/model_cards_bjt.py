"""The BJT card (Gummel-Poon DC core, NPN or PNP) and its check: h_FE at every printed I_C, V_BE(on), V_BE(sat), V_CE(sat).

The polarity comes from the printed signs (negative I_C, V_CE or V_BE test conditions or
values make a PNP card); the fit works on magnitudes with ngspice's own DC equations
(no RE; NF = NR = 1; the external V_BE adds I_B·RB):

    I_be = IS·(exp(V_BE/Vt) − 1),  q1 = 1/(1 − V_BC/VAF),  qb = q1·(1 + sqrt(1 + 4·I_be/IKF))/2
    I_C  = (I_be − I_bc)/qb − I_bc/BR,   I_B = I_be/BF + ISE·(exp(V_BE/(NE·Vt)) − 1) + I_bc/BR

- unknowns (least squares, relative residuals): BF always; IS when a V_BE figure exists
  (V_BE(on) at I_C, V_CE in the active region, or V_BE(sat) at I_C, I_B in saturation); ISE
  (NE = 2) when h_FE falls towards the lowest printed current; IKF when it falls towards the
  highest; RC and BR from V_CE(sat) (V_CE = V_BE − V_BC + I_C·RC); RB when V_BE is printed both in
  saturation and another way (the base drop I_B·RB is what separates them).
- h_FE figure: typ when every gain row prints one, else the guaranteed minimum of each row
  (a worst-case card: one kind of figure along the whole gain curve).
- VAF = 100 V (no Early-voltage figure); TF = 1/(2π·f_T); CJC = C_ob·(1 + V_CB/0.75)^0.33;
  CJE = C_ib·(1 + V_EB/0.75)^0.33.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq, fsolve, least_squares

from chipsmith.core.errors import InputError
from chipsmith.core.units import format_si
from chipsmith.tools.datasheet_tables import Param
from chipsmith.tools.model_card_base import VT, Card, Check, Fitted, cite, conditions, fmt, row_conditions

VAF = 100.0
NE = 2.0


@dataclass
class _Pt:
    kind: str  # "hfe" | "vbe_on" | "sat"
    ic: float
    vce: float
    ib: float
    target: float  # h_FE, V_BE, or V_BE(sat)
    row: Param
    vce_sat: float | None = None
    vce_row: Param | None = None


def _h_figure(p: Param, worst: bool = False) -> float | None:
    if p.typ is not None and not worst:
        return abs(p.typ)
    if p.min is not None:
        return abs(p.min)
    return abs(p.max) if p.max is not None else (abs(p.typ) if p.typ is not None else None)


def _v_figure(p: Param) -> float | None:
    v = p.typ if p.typ is not None else (p.max if p.max is not None else p.min)
    return abs(v) if v is not None else None


def points(records: list[Param]) -> list[_Pt]:
    """Every usable h_FE, V_BE(on) and V_BE(sat) row (25 °C), one per test point."""
    out: list[_Pt] = []
    # one kind of figure along the gain curve: typical values when every row prints one, else the guaranteed minimum
    worst = any(p.typ is None for p in records if p.canonical == "h_fe" and p.value is not None)
    sats = {}
    for p in records:
        if p.canonical == "v_ce_sat" and _v_figure(p):
            c = row_conditions(p)
            if c.get("IC") and c.get("IB"):
                sats[(round(abs(c["IC"]), 12), round(abs(c["IB"]), 12))] = p
    for p in records:
        c = row_conditions(p)
        ic = abs(c.get("IC") or 0.0)
        if not ic or any(k in c and abs(c[k] - 25.0) > 1e-9 for k in ("TA", "TJ", "T")):
            continue
        if p.canonical == "h_fe" and _h_figure(p, worst):
            pt = _Pt("hfe", ic, abs(c.get("VCE", 5.0)), 0.0, _h_figure(p, worst), p)  # type: ignore[arg-type]
        elif p.canonical == "v_be_on" and _v_figure(p) and c.get("VCE"):
            pt = _Pt("vbe_on", ic, abs(c["VCE"]), 0.0, _v_figure(p), p)  # type: ignore[arg-type]
        elif p.canonical == "v_be_sat" and _v_figure(p) and c.get("IB"):
            ib = abs(c["IB"])
            vs = sats.get((round(ic, 12), round(ib, 12)))
            pt = _Pt("sat", ic, 0.0, ib, _v_figure(p), p, _v_figure(vs) if vs else None, vs)  # type: ignore[arg-type]
        else:
            continue
        if not any(q.kind == pt.kind and abs(q.ic - pt.ic) < 1e-12 and abs(q.vce - pt.vce) < 1e-9 for q in out):
            out.append(pt)
    return out


def polarity(records: list[Param]) -> str:
    """"PNP" when most bias conditions and voltages of the gain and V_BE rows are printed negative."""
    vals = [v for p in records if p.canonical in ("h_fe", "v_be_on", "v_be_sat", "v_ce_sat")
            for k, v in row_conditions(p).items() if k in ("IC", "VCE", "IB") and v]
    vals += [p.value for p in records if p.canonical in ("v_be_on", "v_be_sat", "v_ce_sat") and p.value]
    return "PNP" if vals and sum(v < 0 for v in vals) > len(vals) / 2 else "NPN"


def _currents(vbe: float, vbc: float, x: dict[str, float]) -> tuple[float, float]:
    ibe = x["IS"] * math.expm1(min(vbe / VT, 200))
    ibc = x["IS"] * math.expm1(min(vbc / VT, 200))
    q1 = 1 / (1 - vbc / VAF)
    qb = q1 * (1 + math.sqrt(1 + 4 * ibe / x["IKF"])) / 2
    br = x.get("BR", 1.0)
    ic = (ibe - ibc) / qb - ibc / br
    ib = ibe / x["BF"] + x["ISE"] * math.expm1(min(vbe / (x.get("NE", NE) * VT), 200)) + ibc / br
    return ic, ib


def _active(pt: _Pt, x: dict[str, float]) -> tuple[float, float]:
    """(V_BE, I_B) at the point's I_C and V_CE."""
    # above V_CE + 0.3 V the collector junction conducts and I_C falls: the active-region root lies below
    vbe = brentq(lambda v: _currents(v, v - pt.vce, x)[0] - pt.ic, 0.0, pt.vce + 0.3, xtol=1e-9)
    ib = _currents(vbe, vbe - pt.vce, x)[1]
    return vbe + ib * x.get("RB", 0.0), ib


def _saturated(pt: _Pt, x: dict[str, float]) -> tuple[float, float]:
    """(V_BE, V_CE) with I_C and I_B forced."""
    def eq(v: np.ndarray) -> list[float]:
        ic, ib = _currents(float(v[0]), float(v[1]), x)
        return [(ic - pt.ic) / pt.ic, (ib - pt.ib) / pt.ib]

    vbe0 = VT * math.log(pt.ic / x["IS"] + 1)
    sol, _, ier, msg = fsolve(eq, [vbe0, vbe0 - 0.1], xtol=1e-10, full_output=True)
    if ier != 1 and max(abs(e) for e in eq(sol)) > 1e-4:
        raise ValueError(f"no saturated operating point: {msg}")
    vbe, vbc = float(sol[0]), float(sol[1])
    return vbe + pt.ib * x.get("RB", 0.0), vbe - vbc + pt.ic * x["RC"]


def fit_bjt(best: Mapping[str, Param], records: list[Param], name: str = "QFIT") -> Card:
    pts = points(records)
    hfe = [p for p in pts if p.kind == "hfe"]
    if not hfe:
        raise InputError("cannot fit a BJT model: no DC current gain h_FE with its test current I_C was found")
    vbes = [p for p in pts if p.kind != "hfe"]
    pol = polarity(records)
    hs = sorted(hfe, key=lambda p: p.ic)
    peak = max(p.target for p in hs)
    free = ["BF"] + (["IS"] if vbes else []) + (["ISE"] if len(hs) >= 2 and hs[0].target < 0.95 * peak else []) + \
        (["IKF"] if len(hs) >= 2 and hs[-1].target < 0.95 * peak else []) + \
        (["RC", "BR"] if any(p.kind == "sat" and p.vce_sat for p in vbes) else []) + \
        (["NE"] if len(hs) >= 4 and hs[0].target < 0.95 * peak else []) + \
        (["RB"] if any(p.kind == "sat" for p in vbes) and len(vbes) >= 2 else [])
    fixed = {"IS": 1e-14, "BF": peak, "ISE": 1e-30, "IKF": 1e6, "RC": 0.0, "NE": NE, "RB": 0.0, "BR": 1.0}
    x0 = {"IS": 1e-14, "BF": peak, "ISE": 1e-14, "IKF": 10 * hs[-1].ic, "RC": 0.1, "NE": NE, "RB": 1.0, "BR": 1.0}

    lin = {"RC": (0.0, 100.0), "NE": (1.0, 4.0), "RB": (0.0, 1000.0)}  # fitted as is; the rest on a log scale

    def unpack(v: np.ndarray) -> dict[str, float]:
        x = dict(fixed)
        for k, val in zip(free, v):
            x[k] = float(val) if k in lin else math.exp(float(val))
        return x

    def resid(v: np.ndarray) -> np.ndarray:
        x = unpack(v)
        r: list[float] = []
        for p in pts:
            try:
                if p.kind == "hfe":
                    r.append((p.ic / _active(p, x)[1] - p.target) / p.target)
                elif p.kind == "vbe_on":
                    r.append((_active(p, x)[0] - p.target) / p.target)
                else:
                    vbe, vce = _saturated(p, x)
                    r.append((vbe - p.target) / p.target)
                    if p.vce_sat:
                        r.append((vce - p.vce_sat) / p.vce_sat)
            except (ValueError, ZeroDivisionError, OverflowError):  # no operating point: a large residual steers the fit away
                r += [1e3] * (2 if p.kind == "sat" and p.vce_sat else 1)
        return np.array(r)

    logs = {"BF": (1.0, 1e5), "IS": (1e-22, 1e-6), "ISE": (1e-22, 1e-6), "IKF": (1e-4, 1e3), "BR": (0.1, 100.0)}
    v0 = np.array([x0[k] if k in lin else math.log(x0[k]) for k in free])
    lo = np.array([lin[k][0] if k in lin else math.log(logs[k][0]) for k in free])
    hi = np.array([lin[k][1] if k in lin else math.log(logs[k][1]) for k in free])
    sol = least_squares(resid, v0, bounds=(lo, hi))
    x = unpack(sol.x)
    cites = {k: [cite(p.row) for p in pts if (k == "BF" and p.kind == "hfe") or (k == "IS" and p.kind != "hfe")] for k in free}
    params: dict[str, Fitted] = {}
    shown = {"hfe": "h_FE", "vbe_on": "V_BE(on)", "sat": "V_BE(sat)/V_CE(sat)"}
    how = "least squares on ngspice's DC equations over " + ", ".join(sorted({shown[p.kind] for p in pts}))
    for k in ("IS", "BF", "ISE", "NE", "IKF", "BR", "RB", "RC"):
        if k in free and not (k in ("RB", "RC") and x[k] < 1e-3):  # ngspice mis-solves a collector resistance of ~1e-15 Ω
            params[k] = Fitted(x[k], how, cites.get(k) or [cite(p.row) for p in hfe])
    params["NF"] = Fitted(1.0, "default", [])
    if "ISE" in free and "NE" not in free:
        params["NE"] = Fitted(NE, "default", [])
    params["VAF"] = Fitted(VAF, "default (no Early-voltage figure)", [])
    assumptions = ["NF = 1, VAF = 100 V"]
    defaults = ["VAF = 100 V: no Early voltage in the datasheet (default)"]
    if "IS" not in free:
        params["IS"] = Fitted(1e-14, "default (no V_BE figure with its I_C)", [])
        defaults.append("IS = 1e-14 A: no V_BE(on) or V_BE(sat) with its test current in the datasheet (default)")
    if any(p.row.typ is None for p in hfe):
        assumptions.append("h_FE: no typical value at some currents, fitted to the guaranteed minimum of every row (a worst-case card)")
    ft, cob, cib = best.get("f_t"), best.get("c_ob"), best.get("c_ib")
    if ft is not None and ft.value:
        params["TF"] = Fitted(1 / (2 * math.pi * abs(ft.value)), "1 / (2π·f_T)", [cite(ft)])
    else:
        defaults.append("TF = 0: no transition frequency f_T in the datasheet (default)")
    if cob is not None and cob.value:
        vcb = abs(conditions(cob.conditions).get("VCB", 0.0))
        params["CJC"] = Fitted(cob.value * (1 + vcb / 0.75) ** 0.33, "C_ob·(1 + V_CB/0.75)^0.33", [cite(cob)])
    else:
        defaults.append("CJC = 0: no output capacitance C_ob in the datasheet (default)")
    if cib is not None and cib.value:
        veb = abs(conditions(cib.conditions).get("VEB", 0.0))
        params["CJE"] = Fitted(cib.value * (1 + veb / 0.75) ** 0.33, "C_ib·(1 + V_EB/0.75)^0.33", [cite(cib)])
    body = " ".join(f"{k}={fmt(v.value)}" for k, v in params.items())
    text = f"* fitted from datasheet figures by chipsmith\n.model {name} {pol} ({body})\n"
    return Card("bjt", name, text, params, assumptions + defaults, polarity=pol, defaults=defaults)


def _model_x(card: Card) -> dict[str, float]:
    g = {k: v.value for k, v in card.params.items()}
    return {"IS": g["IS"], "BF": g["BF"], "ISE": g.get("ISE", 1e-30), "IKF": g.get("IKF", 1e6), "RC": g.get("RC", 0.0),
            "NE": g.get("NE", NE), "RB": g.get("RB", 0.0), "BR": g.get("BR", 1.0)}


def bjt_checks(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    s = -1.0 if card.polarity == "PNP" else 1.0
    pts = points(records)
    x = _model_x(card)
    checks: list[Check] = []
    active = [p for p in pts if p.kind != "sat"]
    if active:
        try:
            vbes = [_active(p, x)[0] for p in active]
        except ValueError:
            vbes = [0.6]
        lo, hi = max(0.0, min(vbes) - 0.2), max(vbes) + 0.15
        elems = [f"VBA ba 0 DC {s * lo:g}"]
        for k, p in enumerate(active):
            elems += [f"VSB{k} ba bb{k} DC 0", f"QA{k} ca{k} bb{k} 0 {card.name}", f"VCA{k} ca{k} 0 DC {s * p.vce:g}"]
        circuit = "\n".join(elems)
        sweep = f"dc VBA {s * lo if s > 0 else s * hi:g} {s * hi if s > 0 else s * lo:g} 0.0005"
        for k, p in enumerate(active):
            control = [f"let icol{k} = {-s:g}*i(vca{k})", f"let ibas{k} = {s:g}*i(vsb{k})", f"let vbn{k} = {s:g}*v(ba)"]
            where = f"I_C = {format_si(s * p.ic, 'A')}, V_CE = {s * p.vce:g} V"
            if p.kind == "hfe":
                control.append(f"meas dc ib{k} find ibas{k} when icol{k}={p.ic:g}")
                checks.append(Check(f"h_FE at {where}", "h_fe", p.target, "", 0.10, card.text, circuit, sweep, control, f"ib{k}",
                                    p.row.conditions, cite(p.row), transform=lambda m, k=k, ic=p.ic: ic / m[f"ib{k}"]))  # type: ignore[misc]  # default-bound loop values
            else:
                control.append(f"meas dc vbe{k} find vbn{k} when icol{k}={p.ic:g}")
                checks.append(Check(f"V_BE(on) at {where}", "v_be_on", s * p.target, "V", 0.02, card.text, circuit, sweep,
                                    control, f"vbe{k}", p.row.conditions, cite(p.row),
                                    transform=lambda m, k=k, s=s: s * m[f"vbe{k}"]))  # type: ignore[misc]  # default-bound loop values
    for k, p in enumerate(q for q in pts if q.kind == "sat"):
        srcs = (f"IBS{k} 0 bs{k} DC {p.ib:g}\nICS{k} 0 cs{k} DC {p.ic:g}" if s > 0
                else f"IBS{k} bs{k} 0 DC {p.ib:g}\nICS{k} cs{k} 0 DC {p.ic:g}")
        circuit = f"QS{k} cs{k} bs{k} 0 {card.name}\n{srcs}"
        where = f"I_C = {format_si(s * p.ic, 'A')}, I_B = {format_si(s * p.ib, 'A')}"
        checks.append(Check(f"V_BE(sat) at {where}", "v_be_sat", s * p.target, "V", 0.03, card.text, circuit, "op",
                            [f"let vbes{k} = v(bs{k})", f"print vbes{k}"], f"vbes{k}", p.row.conditions, cite(p.row)))
        if p.vce_sat and p.vce_row is not None:
            checks.append(Check(f"V_CE(sat) at {where}", "v_ce_sat", s * p.vce_sat, "V", 0.05, card.text, circuit, "op",
                                [f"let vces{k} = v(cs{k})", f"print vces{k}"], f"vces{k}", p.vce_row.conditions, cite(p.vce_row)))
    return checks
