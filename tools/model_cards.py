"""SPICE model cards fitted from datasheet parameters, and the ngspice decks that check them.

One unit: each device class's fit and the deck that simulates it back share that device's
equations and parameter names; split per class, the fit and its check could drift apart.

One builder per device class. Each returns a :class:`Card`: the ``.model`` or
``.subckt`` text, every fitted parameter with the formula that produced it and the
datasheet values it came from, and the assumptions made where the datasheet says
nothing. :func:`checks_for` then writes one small ngspice deck per datasheet figure
that can be simulated back (diode V_F at I_F and C_J at V_R, MOSFET R_DS(on) at V_GS
and I_D and V_GS(th) at I_D, BJT V_BE and h_FE at I_C, op-amp open-loop gain, GBW,
phase margin and slew rate), each with a tolerance. The decks run through
:mod:`chipsmith.tools.ngspice`; this module only builds text.

Formulas (V_t = kT/q = 25.852 mV at 27 °C):

Diode (SPICE level-1 diode, ``I = IS·(exp(V/(N·V_t)) − 1)`` plus ``RS``)
  - 3+ forward points: IS, N, RS by least squares on V = N·V_t·ln(I/IS + 1) + I·RS.
  - 2 points: RS = 0, N = (V2 − V1) / (V_t·ln(I2/I1)), IS = I1 / (exp(V1/(N·V_t)) − 1).
  - 1 point: N = 1 (assumed), IS from the same relation.
  - CJO = C_J(V_R)·(1 + V_R/VJ)^M with VJ = 0.7 V, M = 0.5 (abrupt junction, assumed).
  - BV = V_(BR) (min, else typ) or V_RRM; IBV = the test current of the V_(BR) row, else 100 µA.
  - TT = t_rr / ln(1 + I_F/I_R) from the t_rr test conditions (charge-control estimate).

MOSFET (SPICE level 1 with W = L, so ``I_D = KP/2·(V_GS − VTO)²`` in saturation)
  - unknowns VTO, KP, RD by least squares over: V_GS(th) at I_D(th) in saturation
    (V_GS(th) = VTO + sqrt(2·I_D(th)/KP)); each R_DS(on) point
    (R = V_int/I_D + RD with I_D = KP·((V_GS − VTO)·V_int − V_int²/2)); g_fs at I_D
    (g_fs = sqrt(2·KP·I_D)). With a single equation besides V_GS(th), RD = 0.
  - CGDO = C_rss/W, CGSO = (C_iss − C_rss)/W (overlap capacitances per metre of W).

BJT (Gummel-Poon basics)
  - NF = 1; IS = I_C / exp(V_BE(on)/V_t) at the V_BE(on) test current.
  - VAF = 100 V (assumed unless given); BF = h_FE(typ) / (1 + V_CE/VAF) at its V_CE.
  - TF = 1/(2π·f_T); CJC = C_ob·(1 + V_CB/0.75)^0.33.

Op-amp (behavioural macromodel subcircuit, pins ``inp inn vcc vee out``)
  - a second pole at f2 = GBW / tan(90° − PM) sets the phase margin (single-pole: 90°).
  - input stage: a transconductance gm1 = 2π·GBW·sqrt(1 + (GBW/f2)²)·C1 (the root makes
    the gain cross 1 at GBW despite the second pole) whose output current is limited to
    I1 = SR·C1 (tanh), into R1 ∥ C1 with R1 = A_OL/gm1: DC gain A_OL, dominant pole at
    GBW/A_OL, slew rate SR. C1 = 1 nF.
  - output: a buffer clamped to the rails, then R_OUT; V_OS in series with the + input,
    I_B into each input, I_Q from vcc to vee.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import least_squares

from chipsmith.core.errors import InputError
from chipsmith.core.units import format_si, parse_quantity
from chipsmith.tools.datasheet_tables import Param

VT = 0.025852
MODELLED = ("diode", "mosfet", "bjt", "opamp")


@dataclass
class Fitted:
    value: float
    formula: str
    inputs: list[str] = field(default_factory=list)  # the datasheet figures used, with their page


@dataclass
class Card:
    """A model card with how every parameter was obtained."""

    kind: str  # diode | mosfet | bjt | opamp
    name: str
    text: str
    params: dict[str, Fitted]
    assumptions: list[str]

    @property
    def filename(self) -> str:
        return f"{self.name}.{'subckt' if self.kind == 'opamp' else 'model'}"


@dataclass
class Check:
    """One datasheet figure to reproduce by simulation."""

    name: str
    parameter: str  # canonical datasheet parameter
    target: float
    unit: str
    tolerance: float  # relative, or absolute when ``absolute`` is set
    deck: str
    measure: str
    conditions: str
    cite: str
    absolute: bool = False
    transform: Callable[[dict[str, float]], float] | None = None


@dataclass
class CheckResult:
    name: str
    parameter: str
    target: float
    simulated: float | None
    unit: str
    residual: float | None  # relative (or absolute for dB / degrees)
    tolerance: float
    ok: bool
    conditions: str
    cite: str
    absolute: bool = False
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


# ---------------------------------------------------------------- conditions

_COND = re.compile(r"\b([A-Za-z][A-Za-z()]{0,8})\s*=\s*([±+\-–−]?\s*\d[\d.]*(?:[eE][+-]?\d+)?\s*[a-zA-Zµμ°Ω]*)")


def conditions(text: str) -> dict[str, float]:
    """``"VGS = 10 V, ID = 8 A"`` → ``{"VGS": 10.0, "ID": 8.0}`` (SI); unreadable pairs are left out."""
    out: dict[str, float] = {}
    for key, val in _COND.findall(text or ""):
        q = parse_quantity(val.replace(" ", "").replace("±", ""))
        if q is not None:
            out[re.sub(r"[^A-Za-z]", "", key).upper()] = q.value
    return out


def _cite(p: Param) -> str:
    return f"page {p.page}: {p.source}"


def _fmt(x: float) -> str:
    return f"{x:.6g}"


# ---------------------------------------------------------------- diode
def _figure(p: Param) -> float | None:
    """The figure a card is fitted to and checked against: the typical value, else the guaranteed maximum.

    Many real datasheets print only limits (1N4148: V_F ≤ 1 V at 10 mA; 2N7000: R_DS(on) ≤ 5 Ω);
    a card fitted to the limit is a worst-case card, and the card says so (:func:`_limit_note`).
    """
    return p.typ if p.typ is not None else p.max


def _at_25c(p: Param) -> bool:
    """False for a row measured at another temperature (TJ = 100 °C): one temperature per fit."""
    return all(abs(v - 25.0) < 1e-9 for k, v in conditions(p.conditions).items() if k in ("TJ", "TA", "TC", "T"))


def _limit_note(rows: list[Param], what: str) -> list[str]:
    if any(r.typ is None for r in rows):
        return [f"{what}: no typical value printed, fitted to the guaranteed maximum (a worst-case card)"]
    return []



def fit_diode(best: Mapping[str, Param], records: list[Param], name: str = "DFIT") -> Card:
    vf_rows = [p for p in records if p.canonical == "v_f" and _figure(p) is not None and _at_25c(p)]
    points: list[tuple[float, float, Param]] = []
    seen: set[float] = set()
    for p in vf_rows:
        c = conditions(p.conditions)
        i = c.get("IF") or c.get("IFM") or c.get("I")
        fig = _figure(p)
        if i and fig and i not in seen:
            points.append((i, fig, p))
            seen.add(i)
    points.sort(key=lambda t: t[0])
    if not points:
        raise InputError("cannot fit a diode model: no forward voltage (V_F typ or max) with its test current I_F was found")
    params: dict[str, Fitted] = {}
    assumptions: list[str] = _limit_note([p for *_, p in points], "V_F")
    cites = [_cite(p) for _, _, p in points]
    if len(points) >= 3:
        i_pts = np.array([t[0] for t in points])
        v_pts = np.array([t[1] for t in points])

        def resid(x: np.ndarray) -> np.ndarray:
            is_, n, rs = math.exp(x[0]), x[1], x[2]
            return np.asarray(n * VT * np.log(i_pts / is_ + 1) + i_pts * rs - v_pts)

        sol = least_squares(resid, x0=[math.log(1e-8), 1.5, 0.05], bounds=([-60, 0.5, 0.0], [0, 4.0, 10.0]))
        is_, n, rs = math.exp(sol.x[0]), float(sol.x[1]), float(sol.x[2])
        how = "least squares on V = N·Vt·ln(I/IS+1) + I·RS"
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
        is_ = i1 / math.expm1((v1 - i1 * rs) / (n * VT))
        params["IS"] = Fitted(is_, "I1 / (exp((V1 − I1·RS)/(N·Vt)) − 1)", cites)
    else:
        i1, v1, _ = points[0]
        params["N"] = Fitted(1.0, "assumed (one V_F point)", [])
        params["IS"] = Fitted(i1 / math.expm1(v1 / VT), "I_F / (exp(V_F/Vt) − 1) with N = 1", cites)
        params["RS"] = Fitted(0.0, "assumed (one V_F point)", [])
        assumptions.append("N = 1 and RS = 0: only one V_F point")
    cj = best.get("c_j")
    if cj is not None and cj.value:
        vr = conditions(cj.conditions).get("VR", 0.0)
        params["CJO"] = Fitted(cj.value * (1 + abs(vr) / 0.7) ** 0.5, "C_J(V_R)·(1 + V_R/VJ)^M, VJ = 0.7 V, M = 0.5", [_cite(cj)])
        params["VJ"] = Fitted(0.7, "assumed", [])
        params["M"] = Fitted(0.5, "assumed (abrupt junction)", [])
        assumptions.append("VJ = 0.7 V and M = 0.5 (the datasheet gives one capacitance point)")
    vbr = best.get("v_br")
    vrrm = best.get("v_rrm")
    if vbr is not None and (vbr.min or vbr.typ):
        bv = vbr.min if vbr.min is not None else vbr.typ
        params["BV"] = Fitted(float(bv), "V_(BR) min (else typ)", [_cite(vbr)])  # type: ignore[arg-type]
        ibv = conditions(vbr.conditions).get("IR", 1e-4)
        params["IBV"] = Fitted(ibv, "test current of the V_(BR) row (default 100 µA)", [_cite(vbr)])
    elif vrrm is not None and vrrm.max:
        params["BV"] = Fitted(vrrm.max, "V_RRM (no breakdown row)", [_cite(vrrm)])
        params["IBV"] = Fitted(1e-4, "assumed 100 µA", [])
    trr = best.get("t_rr")
    if trr is not None and trr.value:
        c = conditions(trr.conditions)
        i_f, i_r = c.get("IF"), c.get("IR")
        if i_f and i_r:
            params["TT"] = Fitted(trr.value / math.log(1 + i_f / i_r), "t_rr / ln(1 + I_F/I_R)", [_cite(trr)])
        else:
            params["TT"] = Fitted(trr.value / math.log(2), "t_rr / ln 2 (I_F = I_R assumed)", [_cite(trr)])
    body = " ".join(f"{k}={_fmt(v.value)}" for k, v in params.items())
    text = f"* fitted from datasheet figures by chipsmith; see parameters.json for each source\n.model {name} D ({body})\n"
    return Card("diode", name, text, params, assumptions)


def diode_checks(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    checks: list[Check] = []
    done: set[float] = set()
    for _k, p in enumerate(r for r in records if r.canonical == "v_f" and _figure(r) is not None and _at_25c(r)):
        i = conditions(p.conditions).get("IF") or conditions(p.conditions).get("IFM")
        if not i or i in done:
            continue
        done.add(i)
        deck = (f"* V_F at I_F = {i:g} A\n{card.text}D1 a 0 {card.name}\nI1 0 a DC {i:g}\n.control\n"
                f"dc I1 {i * 0.5:g} {i * 1.5:g} {i / 100:g}\nmeas dc vf find v(a) at={i:g}\nquit 0\n.endc\n.end\n")
        checks.append(Check(f"V_F at I_F = {format_si(i, 'A')}", "v_f", float(_figure(p)), "V", 0.02, deck, "vf",  # type: ignore[arg-type]
                            p.conditions, _cite(p)))  # type: ignore[arg-type]
    cj = best.get("c_j")
    if cj is not None and cj.value and "CJO" in card.params:
        vr = abs(conditions(cj.conditions).get("VR", 0.0))
        f = conditions(cj.conditions).get("F", 1e6)
        deck = (f"* C_J at V_R = {vr:g} V\n{card.text}D1 0 k {card.name}\nV1 k 0 DC {vr:g} AC 1\n.control\n"
                f"ac lin 3 {f * 0.9:g} {f * 1.1:g}\nlet cj = imag(i(v1))/(2*pi*frequency)\n"
                f"meas ac cj_at find cj at={f:g}\nquit 0\n.endc\n.end\n")
        checks.append(Check(f"C_J at V_R = {vr:g} V", "c_j", float(cj.value), "F", 0.03, deck, "cj_at", cj.conditions,
                            _cite(cj), transform=lambda m: abs(m["cj_at"])))
    return checks


# ---------------------------------------------------------------- MOSFET

_W = 100e-6  # instance width = length: KP is then the device's I_D = KP/2·Vov² coefficient


def _ron_model(vgs: float, i: float, vto: float, kp: float, rd: float) -> float:
    vov = vgs - vto
    disc = vov * vov - 2 * i / kp
    if vov <= 0 or disc < 0:
        return 1e3  # out of the linear region: a large residual steers the fit away
    vint = vov - math.sqrt(disc)
    return vint / i + rd


def fit_mosfet(best: Mapping[str, Param], records: list[Param], name: str = "MFIT") -> Card:
    vth = best.get("v_gs_th")
    if vth is None or vth.value is None:
        raise InputError("cannot fit a MOSFET model: no gate threshold voltage V_GS(th) was found")
    ith = conditions(vth.conditions).get("ID", 250e-6)
    vth_v = float(vth.typ if vth.typ is not None else ((vth.min or 0) + (vth.max or 0)) / 2 if vth.min and vth.max else vth.value)
    if vth_v <= 0:
        raise InputError(f"cannot fit a MOSFET model: V_GS(th) = {vth_v:g} V is a P-channel (or depletion) figure; "
                         "the level-1 fit and its checks are written for N-channel parts")
    rons = []
    for p in records:
        if p.canonical == "r_ds_on" and _figure(p) is not None and _at_25c(p):
            c = conditions(p.conditions)
            if c.get("VGS") and c.get("ID"):
                rons.append((c["VGS"], c["ID"], float(_figure(p)), p))  # type: ignore[arg-type]
    gfs = best.get("g_fs")
    gfs_pt = None
    if gfs is not None and gfs.typ is not None and conditions(gfs.conditions).get("ID"):
        gfs_pt = (conditions(gfs.conditions)["ID"], gfs.typ)
    if not rons:
        raise InputError("cannot fit a MOSFET model: no R_DS(on) (typ) with its V_GS and I_D conditions was found")
    fit_rd = len(rons) + (1 if gfs_pt else 0) >= 2

    def resid(x: np.ndarray) -> np.ndarray:
        vto, kp, rd = x[0], math.exp(x[1]), (x[2] if fit_rd else 0.0)
        r = [(vto + math.sqrt(2 * ith / kp) - vth_v) / max(vth_v, 0.1)]
        r += [(_ron_model(vgs, i, vto, kp, rd) - ron) / ron for vgs, i, ron, _ in rons]
        if gfs_pt:
            r.append((math.sqrt(2 * kp * gfs_pt[0]) - gfs_pt[1]) / gfs_pt[1])
        return np.array(r)

    best_sol = None
    for kp0 in (1.0, 10.0, 100.0):
        sol = least_squares(resid, x0=[vth_v * 0.9, math.log(kp0), 0.0 if fit_rd else 0.0],
                            bounds=([-5, math.log(1e-4), 0.0], [vth_v, math.log(1e4), 10.0]))
        if best_sol is None or sol.cost < best_sol.cost:
            best_sol = sol
    assert best_sol is not None
    vto, kp = float(best_sol.x[0]), math.exp(float(best_sol.x[1]))
    rd = float(best_sol.x[2]) if fit_rd else 0.0
    cites = [_cite(vth)] + [_cite(p) for *_, p in rons] + ([_cite(gfs)] if gfs_pt and gfs else [])
    how = "least squares over V_GS(th), R_DS(on) points" + (" and g_fs" if gfs_pt else "")
    params = {"LEVEL": Fitted(1, "SPICE level 1", []), "VTO": Fitted(vto, how, cites), "KP": Fitted(kp, how, cites),
              "RD": Fitted(rd, how if fit_rd else "one R_DS(on) point: RD = 0", cites), "LAMBDA": Fitted(0.0, "assumed", [])}
    assumptions = ["LAMBDA = 0 (no output-conductance figure)"] + _limit_note([p for *_, p in rons], "R_DS(on)")
    if not fit_rd:
        assumptions.append("RD = 0: one R_DS(on) point and no g_fs")
    ciss, crss = best.get("c_iss"), best.get("c_rss")
    if ciss is not None and crss is not None and ciss.value and crss.value:
        params["CGDO"] = Fitted(crss.value / _W, "C_rss / W", [_cite(crss)])
        params["CGSO"] = Fitted((ciss.value - crss.value) / _W, "(C_iss − C_rss) / W", [_cite(ciss), _cite(crss)])
        assumptions.append("capacitances as constant overlap capacitances (level 1 has no voltage-dependent C_gd)")
    body = " ".join(f"{k}={_fmt(v.value)}" for k, v in params.items())
    text = (f"* fitted from datasheet figures by chipsmith; instance W = L = {_W:g}\n.model {name} NMOS ({body})\n")
    return Card("mosfet", name, text, params, assumptions)


def mosfet_checks(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    inst = f"M1 d g 0 0 {card.name} W={_W:g} L={_W:g}"
    checks: list[Check] = []
    for p in records:
        if p.canonical != "r_ds_on" or _figure(p) is None or not _at_25c(p):
            continue
        c = conditions(p.conditions)
        vgs, i = c.get("VGS"), c.get("ID")
        if not vgs or not i:
            continue
        deck = (f"* R_DS(on) at V_GS = {vgs:g} V, I_D = {i:g} A\n{card.text}{inst}\nVG g 0 DC {vgs:g}\nI1 0 d DC {i:g}\n"
                f".control\ndc I1 {i * 0.5:g} {i * 1.5:g} {i / 100:g}\nmeas dc vds find v(d) at={i:g}\nquit 0\n.endc\n.end\n")
        checks.append(Check(f"R_DS(on) at V_GS = {vgs:g} V, I_D = {i:g} A", "r_ds_on", float(_figure(p)), "ohm", 0.05, deck,  # type: ignore[arg-type]
                            "vds", p.conditions, _cite(p), transform=lambda m, i=i: m["vds"] / i))  # type: ignore[misc]  # default-bound loop value
    vth = best.get("v_gs_th")
    if vth is not None and vth.typ is not None:
        ith = conditions(vth.conditions).get("ID", 250e-6)
        # gate tied to drain (V_DS = V_GS), forced drain current: the gate voltage is V_GS(th)
        deck = (f"* V_GS(th) at I_D = {ith:g} A, V_DS = V_GS\n{card.text}M1 d d 0 0 {card.name} W={_W:g} L={_W:g}\n"
                f"I1 0 d DC {ith:g}\n.control\ndc I1 {ith * 0.5:g} {ith * 1.5:g} {ith / 100:g}\n"
                f"meas dc vth find v(d) at={ith:g}\nquit 0\n.endc\n.end\n")
        checks.append(Check(f"V_GS(th) at I_D = {format_si(ith, 'A')}", "v_gs_th", float(vth.typ), "V", 0.05, deck, "vth",
                            vth.conditions, _cite(vth)))
    return checks


# ---------------------------------------------------------------- BJT

def fit_bjt(best: Mapping[str, Param], records: list[Param], name: str = "QFIT") -> Card:
    vbe, hfe = best.get("v_be_on"), best.get("h_fe")
    if vbe is None or vbe.value is None or hfe is None or hfe.value is None:
        raise InputError("cannot fit a BJT model: need V_BE(on) and h_FE with their test conditions")
    c = conditions(vbe.conditions)
    ic = c.get("IC")
    if not ic:
        raise InputError(f"cannot fit a BJT model: no I_C in the V_BE(on) conditions ({_cite(vbe)})")
    vaf = 100.0
    vce = conditions(hfe.conditions).get("VCE", 5.0)
    h = float(hfe.typ if hfe.typ is not None else hfe.value)
    params = {"IS": Fitted(ic / math.exp(float(vbe.value) / VT), "I_C / exp(V_BE/Vt), NF = 1", [_cite(vbe)]),
              "NF": Fitted(1.0, "assumed", []),
              "BF": Fitted(h / (1 + vce / vaf), "h_FE / (1 + V_CE/VAF)", [_cite(hfe)]),
              "VAF": Fitted(vaf, "assumed 100 V (no Early-voltage figure)", [])}
    assumptions = ["NF = 1", "VAF = 100 V"]
    ft = best.get("f_t")
    if ft is not None and ft.value:
        params["TF"] = Fitted(1 / (2 * math.pi * ft.value), "1 / (2π·f_T)", [_cite(ft)])
    cob = best.get("c_ob")
    if cob is not None and cob.value:
        vcb = conditions(cob.conditions).get("VCB", 0.0)
        params["CJC"] = Fitted(cob.value * (1 + vcb / 0.75) ** 0.33, "C_ob·(1 + V_CB/0.75)^0.33", [_cite(cob)])
    body = " ".join(f"{k}={_fmt(v.value)}" for k, v in params.items())
    return Card("bjt", name, f"* fitted from datasheet figures by chipsmith\n.model {name} NPN ({body})\n", params, assumptions)


def bjt_checks(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    vbe, hfe = best.get("v_be_on"), best.get("h_fe")
    checks: list[Check] = []
    if vbe is None or hfe is None:
        return checks
    ic = conditions(vbe.conditions).get("IC")
    vce = conditions(vbe.conditions).get("VCE", 5.0)
    if not ic:
        return checks
    deck = (f"* V_BE and h_FE at V_CE = {vce:g} V, I_C = {ic:g} A\n{card.text}Q1 c b 0 {card.name}\nVC c 0 DC {vce:g}\n"
            f"VB b 0 DC 0.6\n.control\ndc VB 0.3 1.0 0.0005\nlet icol = -i(vc)\nlet ibase = -i(vb)\n"
            f"meas dc vbe find v(b) when icol={ic:g}\nmeas dc ib find ibase when icol={ic:g}\nquit 0\n.endc\n.end\n")
    checks.append(Check(f"V_BE at I_C = {format_si(ic, 'A')}", "v_be_on", float(vbe.value), "V", 0.02, deck, "vbe",  # type: ignore[arg-type]
                        vbe.conditions, _cite(vbe)))
    h = float(hfe.typ if hfe.typ is not None else hfe.value)  # type: ignore[arg-type]
    hic = conditions(hfe.conditions).get("IC")
    if hic and abs(hic - ic) / ic < 1e-9:
        checks.append(Check(f"h_FE at I_C = {format_si(ic, 'A')}", "h_fe", h, "", 0.05, deck, "ib", hfe.conditions,
                            _cite(hfe), transform=lambda m, ic=ic: ic / m["ib"]))  # type: ignore[misc]  # default-bound value
    return checks


# ---------------------------------------------------------------- op-amp

def _db(x: float) -> float:
    return 20 * math.log10(x)


def fit_opamp(best: Mapping[str, Param], records: list[Param], name: str = "OPFIT") -> Card:
    gbw, sr = best.get("gbw"), best.get("sr")
    if gbw is None or gbw.value is None:
        raise InputError("cannot build an op-amp macromodel: no gain-bandwidth product (GBW) was found")
    params: dict[str, Fitted] = {}
    assumptions: list[str] = []
    aol_p = best.get("a_ol")
    aol_db = float(aol_p.typ if aol_p is not None and aol_p.typ is not None else (aol_p.min if aol_p and aol_p.min else 100.0))
    if aol_p is None:
        assumptions.append("A_OL = 100 dB (not in the datasheet)")
    pm = best.get("phase_margin")
    pm_deg = float(pm.value) if pm is not None and pm.value else 0.0
    if 0 < pm_deg < 89:
        f2 = float(gbw.value) / math.tan(math.radians(90 - pm_deg))
        params["F2"] = Fitted(f2, "GBW / tan(90° − PM)", [_cite(pm)])  # type: ignore[arg-type]
    else:
        f2 = float(gbw.value) * 100
        params["F2"] = Fitted(f2, "100·GBW (no phase-margin figure)", [])
    c1 = 1e-9
    # the second pole lowers |A| at GBW by sqrt(1 + (GBW/f2)^2): raise gm1 by as much so the gain still crosses 1 at GBW
    gm1 = 2 * math.pi * float(gbw.value) * math.sqrt(1 + (float(gbw.value) / f2) ** 2) * c1
    params["GBW"] = Fitted(float(gbw.value), "datasheet", [_cite(gbw)])
    params["C1"] = Fitted(c1, "chosen (scales gm1, I1)", [])
    params["GM1"] = Fitted(gm1, "2π·GBW·sqrt(1 + (GBW/F2)²)·C1", [_cite(gbw)])
    params["R1"] = Fitted(10 ** (aol_db / 20) / gm1, "A_OL/gm1", [_cite(aol_p)] if aol_p else [])
    if sr is not None and sr.value:
        params["I1"] = Fitted(float(sr.value) * c1, "SR·C1", [_cite(sr)])
    else:
        params["I1"] = Fitted(gm1 * 1.0, "gm1·1 V (no slew-rate figure)", [])
        assumptions.append("slew limit at 1 V of input overdrive (no slew-rate figure)")
    rout = best.get("r_out")
    params["ROUT"] = Fitted(float(rout.value) if rout is not None and rout.value else 50.0,
                            "datasheet" if rout is not None and rout.value else "assumed 50 Ω", [_cite(rout)] if rout else [])
    vos = best.get("v_os")
    params["VOS"] = Fitted(float(vos.typ) if vos is not None and vos.typ is not None else 0.0, "V_OS typ", [_cite(vos)] if vos else [])
    ib = best.get("i_b")
    params["IB"] = Fitted(float(ib.typ) if ib is not None and ib.typ is not None else 0.0, "I_B typ", [_cite(ib)] if ib else [])
    iq = best.get("i_q")
    params["IQ"] = Fitted(float(iq.typ) if iq is not None and iq.typ is not None else 0.0, "I_Q typ", [_cite(iq)] if iq else [])
    params["VSAT"] = Fitted(0.1, "assumed 100 mV from each rail", [])
    assumptions.append("output swings to 100 mV from each rail")
    p = {k: _fmt(v.value) for k, v in params.items()}
    c2 = 1e-12
    r2 = 1 / (2 * math.pi * float(params["F2"].value) * c2)
    text = f"""* behavioural op-amp macromodel fitted by chipsmith: A_OL = {aol_db:g} dB, GBW = {format_si(float(gbw.value), 'Hz')}
* pins: non-inverting input, inverting input, positive supply, negative supply, output
.subckt {name} inp inn vcc vee out
Vos inp inx DC {p['VOS']}
Ibp inx 0 DC {p['IB']}
Ibn inn 0 DC {p['IB']}
Rin inx inn 1e12
Iq vcc vee DC {p['IQ']}
B1 0 n1 I = {p['I1']}*tanh({p['GM1']}*V(inx,inn)/{p['I1']})
R1 n1 0 {p['R1']}
C1 n1 0 {p['C1']}
E2 n2 0 n1 0 1
R2 n2 n3 {_fmt(r2)}
C2 n3 0 {_fmt(c2)}
B3 n4 0 V = max(min(V(n3), V(vcc)-{p['VSAT']}), V(vee)+{p['VSAT']})
Rout n4 out {p['ROUT']}
.ends {name}
"""
    return Card("opamp", name, text, params, assumptions)


def opamp_checks(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    gbw = best.get("gbw")
    checks: list[Check] = []
    supply = 5.0
    # open loop for AC, closed through 1 MΩ / 1 kF at DC so offset and bias currents cannot rail the output
    ac = (f"* open-loop gain, GBW and phase margin\n{card.text}XU1 inp inn vcc vee out {card.name}\nVP vcc 0 DC {supply:g}\n"
          f"VN vee 0 DC {-supply:g}\nVIN inp 0 DC 0 AC 1\nRF out inn 1e6\nCF inn 0 1e3\nRL out 0 10k\n.control\n"
          f"ac dec 20 0.001 {float(gbw.value) * 100 if gbw and gbw.value else 1e9:g}\n"
          f"let gdb = vdb(out)\nlet ph = 180/pi*vp(out)\nmeas ac a0 find gdb at=0.001\nmeas ac ugf when gdb=0\n"
          f"meas ac phu find ph when gdb=0\nquit 0\n.endc\n.end\n")
    aol = best.get("a_ol")
    if aol is not None and aol.value is not None:
        target = float(aol.typ if aol.typ is not None else aol.value)
        checks.append(Check("open-loop gain A_OL", "a_ol", target, "dB", 1.0, ac, "a0", aol.conditions, _cite(aol), absolute=True))
    if gbw is not None and gbw.value:
        checks.append(Check("gain-bandwidth product", "gbw", float(gbw.value), "Hz", 0.10, ac, "ugf", gbw.conditions, _cite(gbw)))
    pm = best.get("phase_margin")
    if pm is not None and pm.value:
        checks.append(Check("phase margin", "phase_margin", float(pm.value), "deg", 5.0, ac, "phu", pm.conditions, _cite(pm),
                            absolute=True, transform=lambda m: 180.0 + m["phu"] if m["phu"] < 0 else m["phu"]))
    sr = best.get("sr")
    if sr is not None and sr.value:
        t_edge = 2.0 / float(sr.value)
        tstop = t_edge * 6
        deck = (f"* slew rate, unity-gain follower, 2 V step\n{card.text}XU1 inp out vcc vee out {card.name}\n"
                f"VP vcc 0 DC {supply:g}\nVN vee 0 DC {-supply:g}\n"
                f"VIN inp 0 PULSE(-1 1 {t_edge:g} {t_edge / 1000:g} {t_edge / 1000:g} {tstop:g} {tstop * 2:g})\nRL out 0 10k\n"
                f".control\ntran {tstop / 2000:g} {tstop:g}\nmeas tran t1 when v(out)=-0.6 rise=1\n"
                f"meas tran t2 when v(out)=0.6 rise=1\nquit 0\n.endc\n.end\n")
        checks.append(Check("slew rate", "sr", float(sr.value), "V/s", 0.10, deck, "t2", sr.conditions, _cite(sr),
                            transform=lambda m: 1.2 / (m["t2"] - m["t1"])))
    return checks


# ---------------------------------------------------------------- dispatch

_FIT: dict[str, Callable[[Mapping[str, Param], list[Param], str], Card]] = {
    "diode": fit_diode, "mosfet": fit_mosfet, "bjt": fit_bjt, "opamp": fit_opamp}
_CHECKS: dict[str, Callable[[Card, Mapping[str, Param], list[Param]], list[Check]]] = {
    "diode": diode_checks, "mosfet": mosfet_checks, "bjt": bjt_checks, "opamp": opamp_checks}


_PART_NUMBER = re.compile(r"^(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]*$")


def spice_name(part: str, kind: str) -> str:
    """The model's name: the part number when ``part`` is a datasheet title ("UX4148 Small Signal
    Fast Switching Diode" names the model UX4148), else ``part`` made a SPICE identifier."""
    words = (part or "").replace(",", " ").split()
    numbers = [w for w in words if _PART_NUMBER.match(w)]
    chosen = numbers[0] if numbers else (part or kind)
    base = re.sub(r"[^A-Za-z0-9_]", "_", chosen).strip("_") or kind
    return base if base[0].isalpha() else f"X{base}"


def build_card(kind: str, best: Mapping[str, Param], records: list[Param], part: str = "") -> Card:
    """The model card for ``kind`` (diode, mosfet, bjt, opamp); InputError when the figures it needs are missing."""
    if kind not in _FIT:
        raise InputError(f"no SPICE model builder for device class {kind!r} (supported: {', '.join(MODELLED)})")
    return _FIT[kind](best, records, spice_name(part, kind))


def checks_for(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    return _CHECKS[card.kind](card, best, records)


def judge(check: Check, measures: Mapping[str, float] | None, error: str = "") -> CheckResult:
    """Compare one simulated figure with the datasheet's; missing measures fail with the reason."""
    if measures is None or check.measure not in measures:
        return CheckResult(check.name, check.parameter, check.target, None, check.unit, None, check.tolerance, False,
                           check.conditions, check.cite, check.absolute, error or f"ngspice wrote no value for {check.measure!r}")
    try:
        sim = check.transform(dict(measures)) if check.transform else float(measures[check.measure])
    except (KeyError, ZeroDivisionError) as exc:
        return CheckResult(check.name, check.parameter, check.target, None, check.unit, None, check.tolerance, False,
                           check.conditions, check.cite, check.absolute, f"cannot compute the figure: {exc}")
    if check.absolute:
        residual = sim - check.target
        ok = abs(residual) <= check.tolerance
    else:
        residual = (sim - check.target) / check.target if check.target else sim
        ok = abs(residual) <= check.tolerance
    return CheckResult(check.name, check.parameter, check.target, sim, check.unit, residual, check.tolerance, ok,
                       check.conditions, check.cite, check.absolute)
