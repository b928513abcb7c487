"""Parallel-coupled-line microstrip band-pass filters (Pozar §8.8; Matthaei, Young & Jones ch. 10).

N + 1 quarter-wave coupled sections, each an admittance inverter, realise an all-pole prototype
g1..gN between the terminations:

    Z0 J1 = sqrt(pi D / (2 g1)),  Z0 Jk = pi D / (2 sqrt(g(k-1) gk)),  Z0 J(N+1) = sqrt(pi D / (2 gN g(N+1)))
    Z0e = Z0 (1 + Z0 J + (Z0 J)^2),  Z0o = Z0 (1 - Z0 J + (Z0 J)^2)

The width and gap of each section come from the even- and odd-mode impedances through the
Garg & Bahl coupled-microstrip capacitances (as given in Hong & Lancaster, "Microstrip
Filters for RF/Microwave Applications", §4.2), whose single-line parts (the fringing
capacitance) use scikit-rf's ``MLine`` (Hammerstad & Jensen). Each section is a quarter wave
at the centre at the mean of the two modes' phase velocities; the lengths are then tuned on
the model against the spec. The model has no open-end, bend or step parasitics: check the
layout in an EM solver.

Three analyses compute the same response: an ABCD cascade of each section's open-ended
two-port (from the even/odd-mode Z matrix), a scikit-rf ``Circuit`` of the sections' 4-port
networks with the unused ports open, and ngspice, where each section is two ideal
transmission lines (even and odd mode) behind controlled-source mode converters.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import skrf

    from chipsmith.tools.rf_synthesis import RFSpec, Substrate

C0 = 299_792_458.0
EPS0 = 8.8541878128e-12


@dataclass(frozen=True)
class CoupledSection:
    """One coupled-line section: the impedances it must have, the width/gap/length that give them."""

    name: str
    z0e: float
    z0o: float
    width_m: float
    gap_m: float
    length_m: float
    eps_e: float  # effective permittivity of the even mode
    eps_o: float  # of the odd mode


def _single(w: float, sub: Substrate, eps_r: float) -> tuple[float, float]:
    """(Z0, eps_eff) of one microstrip of width ``w`` (scikit-rf MLine, quasi-static at 1 MHz)."""
    from chipsmith.tools.rf_synthesis import Substrate as _S
    from chipsmith.tools.rf_synthesis import _mline

    with warnings.catch_warnings():  # scikit-rf's loss estimates (unused here) divide by eps_r - 1 in air
        warnings.simplefilter("ignore", RuntimeWarning)
        m = _mline(1e6, _S(eps_r, sub.h_m, sub.t_m, 0.0), w)
    z0 = float(np.real(m.z0[0]))
    beta = float(np.imag(m.gamma[0]))
    eps_eff = (beta * C0 / (2 * math.pi * 1e6)) ** 2
    return z0, eps_eff


def _mode_caps(w: float, s: float, sub: Substrate, eps_r: float) -> tuple[float, float]:
    """Even- and odd-mode capacitances per metre (Garg & Bahl) on a substrate of permittivity ``eps_r``."""
    h = sub.h_m
    z0, ee = _single(w, sub, eps_r)
    cp = EPS0 * eps_r * w / h
    cf = 0.5 * (math.sqrt(ee) / (C0 * z0) - cp)
    a = math.exp(-0.1 * math.exp(2.33 - 2.53 * w / h))
    cf2 = cf / (1 + a * (h / s) * math.tanh(8 * s / h)) * math.sqrt(eps_r / ee)
    k = (s / h) / (s / h + 2 * w / h)
    kp = math.sqrt(1 - k * k)
    from scipy import special  # here, not at the top: the lumped RF designs import this module and never need it

    cga = EPS0 * special.ellipk(kp * kp) / special.ellipk(k * k)
    cgd = EPS0 * eps_r / math.pi * math.log(1 / math.tanh(math.pi * s / (4 * h))) + \
        0.65 * cf * (0.02 * math.sqrt(eps_r) / (s / h) + 1 - eps_r ** -2)
    return cp + cf + cf2, cp + cf + cga + cgd


def coupled_impedances(w: float, s: float, sub: Substrate) -> tuple[float, float, float, float]:
    """(Z0e, Z0o, eps_eff_even, eps_eff_odd) of a symmetric coupled microstrip pair of width ``w`` and gap ``s``."""
    ce, co = _mode_caps(w, s, sub, sub.eps_r)
    cea, coa = _mode_caps(w, s, sub, 1.0)
    return 1 / (C0 * math.sqrt(ce * cea)), 1 / (C0 * math.sqrt(co * coa)), ce / cea, co / coa


def width_gap_for(z0e: float, z0o: float, sub: Substrate) -> tuple[float, float]:
    """The width and gap whose even/odd impedances are ``z0e``/``z0o`` (least squares on log w, log s)."""
    from scipy.optimize import least_squares

    from chipsmith.core.errors import InputError

    h = sub.h_m

    def err(x: np.ndarray) -> np.ndarray:
        ze, zo, _, _ = coupled_impedances(h * math.exp(x[0]), h * math.exp(x[1]), sub)
        return np.array([math.log(ze / z0e), math.log(zo / z0o)])

    best = None
    for x0 in ([0.0, -1.0], [0.5, -2.5], [-0.5, 0.0]):
        res = least_squares(err, np.array(x0), bounds=([math.log(0.05), math.log(0.02)], [math.log(10.0), math.log(5.0)]))
        if best is None or res.cost < best.cost:
            best = res
    assert best is not None
    if float(np.max(np.abs(best.fun))) > 1e-3:
        ze, zo, _, _ = coupled_impedances(h * math.exp(best.x[0]), h * math.exp(best.x[1]), sub)
        raise InputError(f"coupled lines of Z0e {z0e:.1f} / Z0o {z0o:.1f} ohm cannot be made on this substrate "
                         f"(eps_r {sub.eps_r:g}, h {h * 1e3:g} mm; closest {ze:.1f} / {zo:.1f} ohm): the coupling is too "
                         "tight for an etched gap; use a wider band, a thinner substrate or another filter type")
    return h * math.exp(best.x[0]), h * math.exp(best.x[1])


def inverter_impedances(g: list[float], fbw: float, z0: float) -> list[tuple[float, float]]:
    """(Z0e, Z0o) of each of the N + 1 sections for prototype ``g`` = g1..g(N+1) and fractional bandwidth ``fbw``."""
    n = len(g) - 1
    js = [math.sqrt(math.pi * fbw / (2 * g[0]))]
    js += [math.pi * fbw / (2 * math.sqrt(g[k - 1] * g[k])) for k in range(1, n)]
    js += [math.sqrt(math.pi * fbw / (2 * g[n - 1] * g[n]))]
    return [(z0 * (1 + j + j * j), z0 * (1 - j + j * j)) for j in js]


def sections_for(spec: RFSpec, sub: Substrate, n: int, ripple_db: float, stretch: float = 1.0) -> list[CoupledSection]:
    """The coupled sections of an order-``n`` design (all-pole prototype; elliptic specs use Chebyshev)."""
    from chipsmith.tools.rf_coupled import g_values
    from chipsmith.tools.rf_synthesis import stretched

    wide = stretched(spec, stretch)
    g = g_values(wide, n, ripple_db)
    if g is None:
        raise ArithmeticError(f"no order-{n} prototype")
    p = sorted(wide.pass_edges_hz)
    f0 = math.sqrt(p[0] * p[1])
    fbw = (p[1] - p[0]) / f0
    out = []
    for i, (ze, zo) in enumerate(inverter_impedances(g, fbw, spec.z_source)):
        w, s = width_gap_for(ze, zo, sub)
        _, _, ee, eo = coupled_impedances(w, s, sub)
        beta = 2 * math.pi * f0 / C0 * (math.sqrt(ee) + math.sqrt(eo)) / 2
        out.append(CoupledSection(f"CL{i + 1}", ze, zo, w, s, (math.pi / 2) / beta, ee, eo))
    return out


def _thetas(sec: CoupledSection, f: np.ndarray, length: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    ell = sec.length_m if length is None else length
    return 2 * np.pi * f / C0 * math.sqrt(sec.eps_e) * ell, 2 * np.pi * f / C0 * math.sqrt(sec.eps_o) * ell


def z4(sec: CoupledSection, f: np.ndarray, length: float | None = None) -> np.ndarray:
    """The 4-port Z matrix (frequency x 4 x 4) of a section; ports 1, 2 at z = 0 (lines 1, 2), 3, 4 at z = l (lines 2, 1)."""
    te, to = _thetas(sec, f, length)
    ze, zo = sec.z0e, sec.z0o
    a = -0.5j * (ze / np.tan(te) + zo / np.tan(to))  # Z11
    b = -0.5j * (ze / np.tan(te) - zo / np.tan(to))  # Z12
    c = -0.5j * (ze / np.sin(te) - zo / np.sin(to))  # Z13
    d = -0.5j * (ze / np.sin(te) + zo / np.sin(to))  # Z14
    m = np.empty((len(f), 4, 4), complex)
    rows = [[a, b, c, d], [b, a, d, c], [c, d, a, b], [d, c, b, a]]
    for i in range(4):
        for j in range(4):
            m[:, i, j] = rows[i][j]
    return m


def cascade_s21(sections: list[CoupledSection], f: np.ndarray, r_source: float, r_load: float,
                lengths: np.ndarray | None = None) -> np.ndarray:
    """S21 of the filter: each section's two-port between ports 1 and 3 (ports 2 and 4 open), cascaded by ABCD."""
    f = np.asarray(f, dtype=float)
    A = np.ones(len(f), complex)
    B = np.zeros(len(f), complex)
    C = np.zeros(len(f), complex)
    D = np.ones(len(f), complex)
    for k, sec in enumerate(sections):
        z = z4(sec, f, None if lengths is None else float(lengths[k]))
        z11, z13, z33 = z[:, 0, 0], z[:, 0, 2], z[:, 2, 2]
        a, b, c, d = z11 / z13, (z11 * z33 - z13 * z13) / z13, 1 / z13, z33 / z13
        A, B, C, D = A * a + B * c, A * b + B * d, C * a + D * c, C * b + D * d
    den = A * r_load + B + C * r_source * r_load + D * r_source
    return np.asarray(2 * math.sqrt(r_source / r_load) * r_load / den)


def network(sections: list[CoupledSection], f: np.ndarray, r_source: float, r_load: float, name: str = "coupled-line") -> skrf.Network:
    """The filter as a scikit-rf Circuit of the sections' 4-port networks, unused ports open."""
    import skrf
    from skrf.circuit import Circuit

    freq = skrf.Frequency.from_f(np.asarray(f), unit="Hz")
    p1 = Circuit.Port(freq, name="port1", z0=r_source)
    p2 = Circuit.Port(freq, name="port2", z0=r_load)
    nets = []
    for sec in sections:
        ntw = skrf.Network.from_z(z4(sec, np.asarray(f)), frequency=freq, z0=50, name=sec.name)
        nets.append(ntw)
    cnx: list[list[tuple[Any, int]]] = [[(p1, 0), (nets[0], 0)]]
    for k, ntw in enumerate(nets):
        cnx.append([(ntw, 1), (Circuit.Open(freq, name=f"open{k}a"), 0)])
        cnx.append([(ntw, 3), (Circuit.Open(freq, name=f"open{k}b"), 0)])
        nxt = (nets[k + 1], 0) if k + 1 < len(nets) else (p2, 0)
        cnx.append([(ntw, 2), nxt])
    net = Circuit(cnx).network
    net.name = name
    return net


def spice_deck(sections: list[CoupledSection], r_source: float, r_load: float, title: str) -> str:
    """An ngspice deck: each section as even- and odd-mode ideal lines behind controlled-source mode converters.

    At each end of a section, V(line 1) = Ve + Vo, V(line 2) = Ve - Vo and the modal lines carry
    Ie = I1 + I2, Io = I1 - I2, so the modal lines' impedances are Z0e/2 and Z0o/2.
    """
    lines = [f"* {title}", "* source: 2 V AC behind Rs, so S21 = V(out) * sqrt(Rs/RL)", "VS src 0 DC 0 AC 2",
             f"RS src n0 {r_source:.6g}", f"RL out 0 {r_load:.6g}"]
    for k, sec in enumerate(sections):
        p = f"s{k + 1}"
        near1 = f"n{k}"
        far2 = "out" if k == len(sections) - 1 else f"n{k + 1}"
        ends = [(near1, f"{p}_open2", "a"), (f"{p}_open1", far2, "b")]  # (line 1, line 2, end)
        for l1, l2, end in ends:
            e, o = f"{p}_e{end}", f"{p}_o{end}"
            lines += [f"V{p}{end}1 {l1} {p}_{end}1 0", f"E{p}{end}1 {p}_{end}1 {p}_{end}m1 {e} 0 1", f"E{p}{end}2 {p}_{end}m1 0 {o} 0 1",
                      f"V{p}{end}2 {l2} {p}_{end}2 0", f"E{p}{end}3 {p}_{end}2 {p}_{end}m2 {e} 0 1", f"E{p}{end}4 {p}_{end}m2 0 {o} 0 -1",
                      f"F{p}{end}1 0 {e} V{p}{end}1 1", f"F{p}{end}2 0 {e} V{p}{end}2 1",
                      f"F{p}{end}3 0 {o} V{p}{end}1 1", f"F{p}{end}4 0 {o} V{p}{end}2 -1"]
        td_e = sec.length_m * math.sqrt(sec.eps_e) / C0
        td_o = sec.length_m * math.sqrt(sec.eps_o) / C0
        lines += [f"T{p}e {p}_ea 0 {p}_eb 0 Z0={sec.z0e / 2:.9g} TD={td_e:.9g}",
                  f"T{p}o {p}_oa 0 {p}_ob 0 Z0={sec.z0o / 2:.9g} TD={td_o:.9g}",
                  f"R{p}x1 {p}_open1 0 1e12", f"R{p}x2 {p}_open2 0 1e12"]
    lines.append(".end")
    return "\n".join(lines) + "\n"


@dataclass
class CoupledLineDesign:
    """A coupled-line band-pass realisation and its check (stop band up to ``stop_span`` x the upper stop edge)."""

    substrate: Substrate
    order: int
    sections: list[CoupledSection]
    check: Any
    stop_top_hz: float  # the upper stop band is checked up to here (below the 2 f0 re-entrant pass band)
    tries: list[dict[str, Any]]

    @property
    def met(self) -> bool:
        return bool(self.check.met)


def check_grid(spec: RFSpec, stop_top_hz: float, points: int = 121) -> Any:
    """The spec's grid with the upper stop band cut below the lines' re-entrant pass band."""
    from chipsmith.tools import rf_verify as V

    g = V.spec_grid(spec, points)
    keep = ~(g.is_stop & (g.f > stop_top_hz))
    return V.Grid(g.pass_bands, g.stop_bands, g.f[keep], g.is_pass[keep], g.is_stop[keep])


def design_coupled_line(spec: RFSpec, sub: Substrate, *, max_extra_orders: int = 2) -> CoupledLineDesign:
    """The least-order coupled-line band-pass meeting the spec on the model, lengths tuned (Nelder-Mead)."""
    from scipy.optimize import minimize

    from chipsmith.core.errors import InputError
    from chipsmith.tools import rf_verify as V
    from chipsmith.tools.rf_synthesis import MAX_ORDER, minimum_order

    if spec.kind != "bandpass":
        raise InputError("a coupled-line realisation is for band-pass filters")
    p = sorted(spec.pass_edges_hz)
    f0 = math.sqrt(p[0] * p[1])
    stop_top = min(max(spec.stop_edges_hz) * 10, 1.6 * f0)
    n_min = minimum_order(spec.model_copy(update={"response": "chebyshev"}) if spec.response == "elliptic" else spec)
    grid = check_grid(spec, stop_top, points=61)
    full = check_grid(spec, stop_top)
    tries: list[dict[str, Any]] = []
    best: CoupledLineDesign | None = None
    for n in range(n_min, min(n_min + max_extra_orders, MAX_ORDER) + 1):
        try:
            secs = sections_for(spec, sub, n, spec.ripple_db * 0.5, 1.03)
        except (ArithmeticError, InputError) as exc:
            tries.append({"order": n, "met": False, "note": str(exc)})
            continue
        l0 = np.array([s.length_m for s in secs])

        def score(x: np.ndarray, secs: list[CoupledSection] = secs, l0: np.ndarray = l0) -> float:
            c = V.check_response(spec, grid, cascade_s21(secs, grid.f, spec.z_source, spec.z_load, l0 * np.exp(x)))
            return -min(c.pass_margin_db / spec.ripple_db, c.stop_margin_db / spec.atten_db)

        res = minimize(score, np.zeros(len(l0)), method="Nelder-Mead", options={"xatol": 1e-5, "fatol": 1e-6, "maxiter": 300 * len(l0)})
        x = res.x if res.fun < score(np.zeros(len(l0))) else np.zeros(len(l0))
        tuned = [replace(s, length_m=float(L)) for s, L in zip(secs, l0 * np.exp(x))]
        chk = V.check_response(spec, full, cascade_s21(tuned, full.f, spec.z_source, spec.z_load))
        tries.append({"order": n, "met": chk.met, "ripple_db": round(chk.ripple_db, 4), "stop_atten_db": round(chk.stop_atten_db, 2)})
        cand = CoupledLineDesign(sub, n, tuned, chk, stop_top, tries)
        if best is None or chk.met or (-score(x) > 0 and not best.met):
            best = cand
        if chk.met:
            break
    if best is None:
        raise InputError(f"no coupled-line realisation ({tries[-1]['note'] if tries else ''})")
    best.tries = tries
    return best


def spice_crosscheck(sections: list[CoupledSection], spec: RFSpec, work_dir: Any, *, binary: str = "ngspice", timeout: float = 30.0,
                     record: Any = None, points: int = 101) -> tuple[float, Any]:
    """Largest |S21| difference (dB) between ngspice's modal-line deck and the scikit-rf network over the pass band."""
    from chipsmith.tools import rf_verify as V
    from chipsmith.tools.ngspice import Ngspice

    lo, hi = sorted(spec.pass_edges_hz)
    deck = spice_deck(sections, spec.z_source, spec.z_load, "coupled-line cross-check")
    res = Ngspice(binary, timeout=timeout, record=record).run(deck, work_dir, control=[f"ac lin {points} {lo:.9g} {hi:.9g}",
                                                                                       "wrdata pass0 v(out)"])
    if res.outcome is None or res.outcome.timed_out or "pass0" not in res.tables:
        return float("inf"), res
    table = res.tables["pass0"]
    f = np.real(table["frequency"])
    v = table["v(out)"] * math.sqrt(spec.z_source / spec.z_load)
    net = network(sections, f, spec.z_source, spec.z_load)
    return float(np.max(np.abs(V.db(v) - V.db(net.s[:, 1, 0])))), res


ETCH_TOL_M = 20e-6  # assumed: ±20 µm on every width, gap and length (a common fine-line PCB etch tolerance)


def etch_yield(d: CoupledLineDesign, spec: RFSpec, *, samples: int = 200, seed: int = 0, tol_m: float = ETCH_TOL_M) -> float:
    """Fraction of boards meeting the spec when every width, gap and length is uniform within ±``tol_m``."""
    from chipsmith.tools import rf_verify as V

    grid = check_grid(spec, d.stop_top_hz, points=41)
    rng = np.random.default_rng(seed)
    ok = 0
    for _ in range(samples):
        secs = []
        for s in d.sections:
            dw, ds, dl = rng.uniform(-tol_m, tol_m, 3)
            w, g = s.width_m + dw, max(s.gap_m + ds, 1e-6)
            ze, zo, ee, eo = coupled_impedances(w, g, d.substrate)
            secs.append(CoupledSection(s.name, ze, zo, w, g, s.length_m + dl, ee, eo))
        ok += int(V.check_response(spec, grid, cascade_s21(secs, grid.f, spec.z_source, spec.z_load)).met)
    return ok / samples
