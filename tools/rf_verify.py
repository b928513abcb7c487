"""Checking a ladder: S-parameters (nodal analysis and scikit-rf), the spec mask, yield, files.

One unit: the analyses it compares (nodal, scikit-rf, ngspice) and the yield must see the
same ladder with the same losses and the same frequency grid.

Two independent analyses compute the same S-parameters: a small batched nodal analysis in
numpy (fast enough for snapping searches and Monte Carlo runs of hundreds of samples) and
scikit-rf's :class:`skrf.circuit.Circuit`, whose network is the one written to Touchstone.
The ngspice AC cross-check (through :mod:`chipsmith.tools.ngspice`) is the third.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import skrf

    from chipsmith.tools.rf_synthesis import Ladder, RFSpec


@dataclass(frozen=True)
class Losses:
    """Part losses: inductor series R = 2 pi f_ref L / Q (Q at f_ref), capacitor series ESR."""

    inductor_q: float | None = None
    f_ref_hz: float = 0.0
    capacitor_esr_ohm: float | None = None

    @property
    def lossless(self) -> bool:
        return not self.inductor_q and not self.capacitor_esr_ohm

    def inductor_r(self, L: Any) -> Any:
        return 2 * math.pi * self.f_ref_hz * L / self.inductor_q if self.inductor_q else 0.0 * L

    def capacitor_r(self, C: Any) -> Any:
        return (self.capacitor_esr_ohm or 0.0) + 0.0 * C


LOSSLESS = Losses()


def losses_for(spec: RFSpec) -> Losses:
    """The spec's part losses, with Q referred to the pass band's centre (or edge for LP/HP)."""
    p = sorted(spec.pass_edges_hz)
    f_ref = math.sqrt(p[0] * p[-1])
    return Losses(spec.inductor_q, f_ref, spec.capacitor_esr_ohm)


# --------------------------------------------------------------------------- nodal analysis

def _element_admittances(ladder: Ladder, w: np.ndarray, vals: np.ndarray, losses: Losses) -> list[np.ndarray]:
    jw = 1j * w[None, :]
    out = []
    with np.errstate(divide="ignore", invalid="ignore"):
        for k, e in enumerate(ladder.elements):
            v = vals[:, k][:, None]
            if e.kind == "L":
                out.append(1.0 / (jw * v + losses.inductor_r(v)))
            else:
                out.append(1.0 / (1.0 / (jw * v) + losses.capacitor_r(v)))
    return out


def _chain(ladder: Ladder, ys: list[np.ndarray]) -> tuple[list[np.ndarray], list[np.ndarray]] | None:
    """The ladder as shunt admittances at each main node and series admittances between them.

    Internal nodes joining exactly two parts are folded into one branch and parallel branches
    summed; None when what is left is not a simple chain (the nodal solve then takes over).
    """
    branches = [(e.a, e.b, y) for e, y in zip(ladder.elements, ys)]
    ports = {"in", ladder.out_node, "0"}
    while True:
        merged: dict[tuple[str, str], np.ndarray] = {}
        for a, b, y in branches:  # parallel branches add
            key = (a, b) if b == "0" or (a != "0" and a < b) else (b, a)
            merged[key] = merged[key] + y if key in merged else y
        branches = [(a, b, y) for (a, b), y in merged.items()]
        deg: dict[str, list[int]] = {}
        for i, (a, b, _) in enumerate(branches):
            deg.setdefault(a, []).append(i)
            deg.setdefault(b, []).append(i)
        node = next((n for n, ix in deg.items() if n not in ports and len(ix) == 2), None)
        if node is None:
            break
        i, j = deg[node]  # two branches in series through an internal node
        (a1, b1, y1), (a2, b2, y2) = branches[i], branches[j]
        ends = [x for x in (a1, b1) if x != node] + [x for x in (a2, b2) if x != node]
        with np.errstate(divide="ignore", invalid="ignore"):
            y = y1 * y2 / (y1 + y2)
        branches = [br for k, br in enumerate(branches) if k not in (i, j)] + [(ends[0], ends[1], y)]
    shunt: dict[str, np.ndarray] = {}
    series: dict[str, list[tuple[str, np.ndarray]]] = {}
    for (a, b), y in merged.items():
        if b == "0":
            shunt[a] = y
        else:
            series.setdefault(a, []).append((b, y))
            series.setdefault(b, []).append((a, y))
    order, prev = ["in"], None
    while order[-1] != ladder.out_node:
        nxt = [(n, y) for n, y in series.get(order[-1], []) if n != prev]
        if len(nxt) != 1:
            return None
        prev = order[-1]
        order.append(nxt[0][0])
    if len(order) != len({n for k in merged for n in k if n != "0"} | {"in"}):
        return None
    zero: Any = np.zeros_like(ys[0]) if ys else 0
    sh = [shunt.get(n, zero) for n in order]
    se = [next(y for m, y in series[order[i]] if m == order[i + 1]) for i in range(len(order) - 1)]
    return sh, se


def ladder_s(ladder: Ladder, f_hz: np.ndarray, values: np.ndarray | None = None,
             losses: Losses = LOSSLESS) -> tuple[np.ndarray, np.ndarray]:
    """S21 and S11 (reference impedances = the terminations) of the terminated ladder.

    ``values`` (samples x elements) replaces the element values for a batched run;
    the result then has shape (samples, frequencies). A chain of series and shunt branches
    is solved by a vectorised ABCD cascade; anything else by a batched nodal solve.
    """
    f = np.asarray(f_hz, dtype=float)
    w = 2 * np.pi * f
    vals = np.array([[e.value for e in ladder.elements]]) if values is None else np.atleast_2d(values)
    ys = _element_admittances(ladder, w, vals, losses)
    chain = _chain(ladder, ys)
    s21 = s11 = None
    if chain is not None:
        s21, s11 = _cascade(*chain, ladder.r_source, ladder.r_load, (vals.shape[0], len(f)))
        if not (np.all(np.isfinite(s21)) and np.all(np.isfinite(s11))):
            s21 = s11 = None  # an exact resonance on a grid point: the nodal solve has no 1/0
    if s21 is None or s11 is None:
        s21, s11 = _nodal(ladder, ys, (vals.shape[0], len(f)))
    if values is None:
        return s21[0], s11[0]
    return s21, s11


def _cascade(shunt: list[np.ndarray], series: list[np.ndarray], rs: float, rl: float,
             shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    A = np.ones(shape, complex)
    B = np.zeros(shape, complex)
    C = np.zeros(shape, complex)
    D = np.ones(shape, complex)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for i, y in enumerate(shunt):
            A, C = A + B * y, C + D * y  # M @ [[1, 0], [y, 1]]
            if i < len(series):
                z = 1.0 / series[i]
                B, D = A * z + B, C * z + D  # M @ [[1, z], [0, 1]]
        den = A * rl + B + C * rs * rl + D * rs
        s21 = 2 * math.sqrt(rs / rl) * rl / den
        zin = (A * rl + B) / (C * rl + D)
        s11 = (zin - rs) / (zin + rs)
    return s21, s11


def _nodal(ladder: Ladder, ys: list[np.ndarray], shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    idx = {n: i for i, n in enumerate(ladder.nodes)}
    nn = len(idx)
    Y = np.zeros(shape + (nn, nn), dtype=complex)
    for e, y in zip(ladder.elements, ys):
        a, b = idx.get(e.a), idx.get(e.b)
        if a is not None:
            Y[:, :, a, a] += y
        if b is not None:
            Y[:, :, b, b] += y
        if a is not None and b is not None:
            Y[:, :, a, b] -= y
            Y[:, :, b, a] -= y
    i_in, i_out = idx["in"], idx[ladder.out_node]
    Y[:, :, i_in, i_in] += 1 / ladder.r_source
    Y[:, :, i_out, i_out] += 1 / ladder.r_load
    rhs = np.zeros(shape + (nn, 1), dtype=complex)
    rhs[:, :, i_in, 0] = 1 / ladder.r_source  # a 1 V source behind r_source
    V = np.linalg.solve(Y, rhs)[..., 0]
    s21 = 2 * V[:, :, i_out] * math.sqrt(ladder.r_source / ladder.r_load)
    s11 = 2 * V[:, :, i_in] - 1
    return s21, s11


def db(x: np.ndarray) -> np.ndarray:
    return np.asarray(20 * np.log10(np.maximum(np.abs(x), 1e-15)))


# --------------------------------------------------------------------------- spec mask

@dataclass
class Grid:
    """Frequencies at which a spec is checked: pass-band and stop-band points."""

    pass_bands: list[tuple[float, float]]
    stop_bands: list[tuple[float, float]]
    f: np.ndarray = field(default_factory=lambda: np.zeros(0))
    is_pass: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    is_stop: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))


def spec_grid(spec: RFSpec, points: int = 121, stop_span: float = 10.0) -> Grid:
    """Pass and stop regions of the spec (low-pass stop bands followed ``stop_span`` times out), sampled densely."""
    p, s = sorted(spec.pass_edges_hz), sorted(spec.stop_edges_hz)
    if spec.kind == "lowpass":
        pb, sb = [(p[0] / 100, p[0])], [(s[0], s[0] * stop_span)]
    elif spec.kind == "highpass":
        pb, sb = [(p[0], p[0] * 10)], [(s[0] / 10, s[0])]
    elif spec.kind == "bandpass":
        pb = [(p[0], p[1])]
        sb = [(f / 10, f) if f < p[0] else (f, f * 10) for f in s]
    else:
        pb, sb = [(p[0] / 10, p[0]), (p[1], p[1] * 10)], [(s[0], s[1])]
    fs, ip, ist = [], [], []
    for lo, hi in pb:
        x = np.linspace(lo, hi, points) if hi / lo < 3 else np.concatenate([np.linspace(lo, hi, points), np.geomspace(lo, hi, points)])
        fs.append(x)
        ip.append(np.ones(len(x), bool))
        ist.append(np.zeros(len(x), bool))
    for lo, hi in sb:
        x = np.concatenate([np.geomspace(lo, hi, points), np.linspace(lo, lo + (hi - lo) * 0.02, 21)])
        fs.append(x)
        ip.append(np.zeros(len(x), bool))
        ist.append(np.ones(len(x), bool))
    f, ip_, is_ = np.concatenate(fs), np.concatenate(ip), np.concatenate(ist)
    f, idx = np.unique(f, return_index=True)  # ascending and distinct: scikit-rf wants a monotonic axis
    return Grid(pb, sb, f, ip_[idx], is_[idx])


@dataclass
class Check:
    """The achieved response against the spec."""

    met: bool
    ripple_db: float  # pass-band variation (largest minus smallest loss)
    insertion_loss_db: float  # smallest loss in the pass band
    max_pass_loss_db: float
    stop_atten_db: float  # least loss in the stop band
    pass_margin_db: float
    stop_margin_db: float

    def as_dict(self) -> dict[str, float | bool]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


def check_response(spec: RFSpec, grid: Grid, s21: np.ndarray) -> Check:
    """Compare one |S21| response on ``grid`` with the spec."""
    return check_batch(spec, grid, np.atleast_2d(s21))[0]


def margins(spec: RFSpec, grid: Grid, s21: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pass-band and stop-band margins (dB) of a batch of |S21| responses, one per row, without a Check each."""
    loss = -db(np.atleast_2d(s21))
    lp, ls = loss[:, grid.is_pass], loss[:, grid.is_stop]
    return spec.ripple_db - (lp.max(axis=1) - lp.min(axis=1)), ls.min(axis=1) - spec.atten_db


def check_batch(spec: RFSpec, grid: Grid, s21: np.ndarray) -> list[Check]:
    """Compare a batch of |S21| responses (one per row) with the spec: one Check each."""
    loss = -db(np.atleast_2d(s21))
    lp, ls = loss[:, grid.is_pass], loss[:, grid.is_stop]
    rip = lp.max(axis=1) - lp.min(axis=1)
    stop = ls.min(axis=1)
    pm, sm = spec.ripple_db - rip, stop - spec.atten_db
    out = [Check(bool(pm[i] >= -1e-6 and sm[i] >= -1e-6), float(rip[i]), float(lp[i].min()), float(lp[i].max()),
                 float(stop[i]), float(pm[i]), float(sm[i])) for i in range(loss.shape[0])]
    return out


def met_mask(spec: RFSpec, grid: Grid, s21: np.ndarray) -> np.ndarray:
    """Whether each row of a batch of |S21| responses meets the spec (the vectorised form of :func:`check_batch`)."""
    loss = -db(np.atleast_2d(s21))
    lp, ls = loss[:, grid.is_pass], loss[:, grid.is_stop]
    rip = lp.max(axis=1) - lp.min(axis=1)
    return np.asarray((spec.ripple_db - rip >= -1e-6) & (ls.min(axis=1) - spec.atten_db >= -1e-6))


def monte_carlo(ladder: Ladder, spec: RFSpec, grid: Grid, *, samples: int = 200, seed: int = 0,
                losses: Losses = LOSSLESS, tolerances: np.ndarray | None = None) -> float:
    """Fraction of builds meeting the spec when every part is uniform within its ± tolerance.

    ``tolerances`` is the ± of each part in farad/henry (the catalogue's, as ordered); without it
    every part is ±``spec.tolerance_pct`` %.
    """
    nominal = np.array([e.value for e in ladder.elements])
    tol = nominal * spec.tolerance_pct / 100 if tolerances is None else np.asarray(tolerances, dtype=float)
    rng = np.random.default_rng(seed)
    vals = nominal[None, :] + rng.uniform(-1.0, 1.0, size=(samples, len(nominal))) * tol[None, :]
    passed = 0
    for chunk in np.array_split(vals, max(1, samples // 250)):  # bounded memory for big ladders
        s21, _ = ladder_s(ladder, grid.f, values=chunk, losses=losses)
        passed += int(met_mask(spec, grid, s21).sum())
    return passed / samples


def monte_carlo_losses(ladder: Ladder, spec: RFSpec, grid: Grid, *, samples: int, seed: int, losses: Losses,
                       tolerances: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The builds of a Monte Carlo run: pass-band ripple and least stop-band loss of each (for the histogram plot)."""
    nominal = np.array([e.value for e in ladder.elements])
    rng = np.random.default_rng(seed)
    vals = nominal[None, :] + rng.uniform(-1.0, 1.0, size=(samples, len(nominal))) * np.asarray(tolerances)[None, :]
    s21, _ = ladder_s(ladder, grid.f, values=vals, losses=losses)
    loss = -db(s21)
    lp, ls = loss[:, grid.is_pass], loss[:, grid.is_stop]
    return lp.max(axis=1) - lp.min(axis=1), ls.min(axis=1)


def plot_monte_carlo_png(ripple: np.ndarray, stop: np.ndarray, spec: RFSpec, title: str) -> bytes:
    """PNG of the Monte Carlo builds: pass-band ripple and least stop-band loss, with the spec's limits."""
    fig = _figure(3.5)
    ax1, ax2 = fig.add_subplot(1, 2, 1), fig.add_subplot(1, 2, 2)
    ax1.hist(ripple, bins=30, color="tab:blue", alpha=0.8)
    ax1.axvline(spec.ripple_db, color="red", ls="--", label=f"limit {spec.ripple_db:g} dB")
    ax1.set_xlabel("pass-band ripple (dB)")
    ax1.set_ylabel("builds")
    ax1.legend(loc="upper right", fontsize=8)
    ax2.hist(stop, bins=30, color="tab:green", alpha=0.8)
    ax2.axvline(spec.atten_db, color="red", ls="--", label=f"limit {spec.atten_db:g} dB")
    ax2.set_xlabel("least stop-band loss (dB)")
    ax2.legend(loc="upper right", fontsize=8)
    fig.suptitle(title, fontsize=10)
    return _png(fig, top=0.88, wspace=0.2)


# --------------------------------------------------------------------------- scikit-rf

def to_network(ladder: Ladder, f_hz: np.ndarray, losses: Losses = LOSSLESS, name: str = "filter") -> skrf.Network:
    """The ladder as a scikit-rf Circuit, reduced to a 2-port referred to the terminations."""
    import skrf
    from skrf.circuit import Circuit
    from skrf.media import DefinedGammaZ0

    freq = skrf.Frequency.from_f(np.asarray(f_hz), unit="Hz")
    media = DefinedGammaZ0(freq, z0=50)
    nodes: dict[str, list[tuple[Any, int]]] = {}
    p1 = Circuit.Port(freq, name="port1", z0=ladder.r_source)
    p2 = Circuit.Port(freq, name="port2", z0=ladder.r_load)
    gnd = Circuit.Ground(freq, name="gnd")
    nodes.setdefault("in", []).append((p1, 0))
    nodes.setdefault(ladder.out_node, []).append((p2, 0))
    nodes.setdefault("0", []).append((gnd, 0))
    for e in ladder.elements:
        if e.kind == "L":
            ntw = media.inductor(e.value, name=e.name)
            r = losses.inductor_r(e.value)
        else:
            ntw = media.capacitor(e.value, name=e.name)
            r = losses.capacitor_r(e.value)
        if r:
            ntw = media.resistor(r) ** ntw
            ntw.name = e.name
        nodes.setdefault(e.a, []).append((ntw, 0))
        nodes.setdefault(e.b, []).append((ntw, 1))
    order = ["in"] + [n for n in nodes if n not in ("in", "0")] + ["0"]
    cnx = [nodes[n] for n in order if n in nodes]
    net = Circuit(cnx).network
    net.name = name
    return net


def touchstone_text(net: skrf.Network) -> str:
    """Touchstone text: v1 when both ports share one reference, else v2.0 with a [Reference] per port.

    v1 has a single reference impedance; renormalising an unequally terminated filter to it
    would hide the response the user asked for, so those get v2.0.
    """
    z0 = np.real(net.z0[0])
    if np.allclose(z0, z0[0]):
        return str(net.write_touchstone(return_string=True, form="db", r_ref=float(z0[0])))
    return str(net.write_touchstone(return_string=True, form="db", version="2.0"))


# --------------------------------------------------------------------------- SPICE

def spice_value(v: float) -> str:
    return f"{v:.6g}"


def spice_netlist(ladder: Ladder, title: str, losses: Losses = LOSSLESS, *, f_start: float = 0.0,
                  f_stop: float = 0.0, points: int = 0) -> str:
    """An ngspice deck of the ladder between its terminations: a 2 V AC source so V(out) is S21's scale.

    With ``points`` the deck carries its own AC analysis and writes v(in), v(out) with wrdata.
    """
    lines = [f"* {title}", "* source: 2 V AC behind Rs, so S21 = V(out) * sqrt(Rs/RL)",
             "VS src 0 DC 0 AC 2", f"RS src in {spice_value(ladder.r_source)}",
             f"RL {ladder.out_node} 0 {spice_value(ladder.r_load)}"]
    for e in ladder.elements:
        r = losses.inductor_r(e.value) if e.kind == "L" else losses.capacitor_r(e.value)
        if r:
            lines.append(f"R{e.name} {e.a} {e.name}_r {spice_value(r)}")
            lines.append(f"{e.name} {e.name}_r {e.b} {spice_value(e.value)}")
        else:
            lines.append(f"{e.name} {e.a} {e.b} {spice_value(e.value)}")
    if points:
        lines += [".control", f"ac lin {points} {spice_value(f_start)} {spice_value(f_stop)}",
                  f"wrdata ac.txt v(in) v({ladder.out_node})", "quit 0", ".endc"]
    lines.append(".end")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- plots

def plot_png(net: skrf.Network, spec: RFSpec, title: str) -> tuple[bytes, bytes]:
    """PNG bytes of (S21/S11 in dB with the spec mask, group delay of S21)."""
    f = net.frequency.f
    unit, scale = _unit(f.max())
    grid = spec_grid(spec, points=2)
    fig = _figure(4.5)
    ax = fig.add_subplot(1, 1, 1)
    ax.plot(f / scale, net.s_db[:, 1, 0], label="S21")
    ax.plot(f / scale, net.s_db[:, 0, 0], label="S11", alpha=0.7)
    base = -min(0.0, float(np.min(-net.s_db[:, 1, 0])))
    for lo, hi in grid.pass_bands:
        ax.fill_between([lo / scale, min(hi, f.max()) / scale], -spec.ripple_db - base, 5, color="green", alpha=0.12, lw=0)
        ax.hlines(-spec.ripple_db, lo / scale, min(hi, f.max()) / scale, colors="green", linestyles="--", lw=1)
    for lo, hi in grid.stop_bands:
        lo, hi = max(lo, f.min()), min(hi, f.max())
        ax.fill_between([lo / scale, hi / scale], -spec.atten_db, 5, color="red", alpha=0.12, lw=0)
        ax.hlines(-spec.atten_db, lo / scale, hi / scale, colors="red", linestyles="--", lw=1)
    ax.set_ylim(max(-3 * spec.atten_db, float(np.min(net.s_db[:, 1, 0])) - 5), 3)
    ax.set_xlabel(f"frequency ({unit})")
    ax.set_ylabel("dB")
    ax.set_title(title)
    ax.grid(True, alpha=0.3)
    ax.legend(loc="lower right")
    png = _png(fig, top=0.93)
    fig2 = _figure(3.5)
    ax2 = fig2.add_subplot(1, 1, 1)
    gd = -np.gradient(np.unwrap(np.angle(net.s[:, 1, 0])), 2 * np.pi * f)
    ax2.plot(f / scale, gd * 1e9)
    ax2.set_xlabel(f"frequency ({unit})")
    ax2.set_ylabel("group delay (ns)")
    ax2.set_title(f"{title}: group delay of S21")
    ax2.grid(True, alpha=0.3)
    return png, _png(fig2, top=0.91)


def _figure(height_in: float) -> Any:
    """A matplotlib figure 8 in wide, drawn by the Agg backend (no display), matplotlib imported only here."""
    from matplotlib.figure import Figure  # a Figure needs no pyplot and no backend switch: savefig draws with Agg

    return Figure(figsize=(8, height_in), dpi=110)


def _png(fig: Any, *, top: float, wspace: float = 0.2) -> bytes:
    """PNG bytes of ``fig`` with fixed margins: tight_layout would draw the whole figure once more to measure it."""
    fig.subplots_adjust(left=0.085, right=0.98, bottom=0.13 if fig.get_figheight() < 4 else 0.11, top=top, wspace=wspace)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _unit(f: float) -> tuple[str, float]:
    for unit, scale in (("GHz", 1e9), ("MHz", 1e6), ("kHz", 1e3)):
        if f >= scale:
            return unit, scale
    return "Hz", 1.0


def plot_band(spec: RFSpec, points: int = 801) -> np.ndarray:
    """Frequencies for the Touchstone file and the plots: the spec's edges with room either side."""
    edges = sorted(spec.pass_edges_hz + spec.stop_edges_hz)
    lo, hi = edges[0], edges[-1]
    if spec.kind == "lowpass":
        return np.linspace(hi / 200, hi * 2.5, points)
    if spec.kind == "highpass":
        return np.linspace(lo / 2.5, hi * 2.5, points)
    span = hi - lo
    return np.linspace(max(lo - span, lo / 2), hi + span, points)


def spice_crosscheck(ladder: Ladder, spec: RFSpec, work_dir: Path, *, binary: str = "ngspice", timeout: float = 30.0,
                     record: Any = None, points: int = 101) -> tuple[float, Any]:
    """Largest |S21| difference (dB) between an ngspice AC analysis and scikit-rf over the pass band(s).

    Returns ``inf`` (and the result, whose verdict says why) when ngspice did not produce the vectors.
    """
    from chipsmith.tools.ngspice import Ngspice

    losses = losses_for(spec)
    grid = spec_grid(spec, points=2)
    control = []
    for i, (lo, hi) in enumerate(grid.pass_bands):
        control += [f"ac lin {points} {lo:.9g} {hi:.9g}", f"wrdata pass{i} v({ladder.out_node})"]
    deck = spice_netlist(ladder, "cross-check", losses)
    res = Ngspice(binary, timeout=timeout, record=record).run(deck, work_dir, control=control)
    # An inductor loop (high-pass elliptic ladders have one) makes ngspice's DC operating point
    # singular; it recovers and the linear AC sweep is unaffected, so the vectors it wrote decide.
    if res.outcome is None or res.outcome.timed_out or any(f"pass{i}" not in res.tables for i in range(len(grid.pass_bands))):
        return float("inf"), res
    worst = 0.0
    scale = math.sqrt(ladder.r_source / ladder.r_load)
    for i in range(len(grid.pass_bands)):
        table = res.tables[f"pass{i}"]
        f = np.real(table["frequency"])
        v = table[f"v({ladder.out_node})"]
        net = to_network(ladder, f, losses)
        diff = db(v * scale) - db(net.s[:, 1, 0])
        worst = max(worst, float(np.max(np.abs(diff))))
    return worst, res


# --------------------------------------------------------------------------- microstrip

def microstrip_network(sections: list[Any], sub: Any, f_hz: np.ndarray, r_source: float, r_load: float,
                       name: str = "microstrip") -> skrf.Network:
    """The stepped-impedance line cascade as a scikit-rf network (MLine model, steps not modelled)."""

    from chipsmith.tools.rf_synthesis import _mline

    net = None
    for sec in sections:
        line = _mline(f_hz, sub, sec.width_m).line(sec.length_m, "m")
        net = line if net is None else net ** line
    assert net is not None
    net = net.renormalize([r_source, r_load]) or net
    net.name = name
    return net


def microstrip_s21(sections: list[Any], sub: Any, f_hz: np.ndarray, r_source: float, r_load: float,
                   lengths: np.ndarray | None = None) -> np.ndarray:
    """|S21| of the cascade by ABCD matrices of each line (fast; for tuning the lengths)."""

    f = np.asarray(f_hz, dtype=float)
    A = np.ones(len(f), complex)
    B = np.zeros(len(f), complex)
    C = np.zeros(len(f), complex)
    D = np.ones(len(f), complex)
    for k, sec in enumerate(sections):
        m = _cached_line(sec.width_m, sub, f)
        gl = m[1] * (sec.length_m if lengths is None else lengths[k])
        z0 = m[0]
        ch, sh = np.cosh(gl), np.sinh(gl)
        A, B, C, D = A * ch + B * sh / z0, A * z0 * sh + B * ch, C * ch + D * sh / z0, C * z0 * sh + D * ch
    den = A * r_load + B + C * r_source * r_load + D * r_source
    return 2 * math.sqrt(r_source / r_load) * r_load / den


_LINE_CACHE: dict[tuple[float, Any, int, float, float], tuple[np.ndarray, np.ndarray]] = {}


def _cached_line(w: float, sub: Any, f: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    from chipsmith.tools.rf_synthesis import _mline

    key = (w, sub, len(f), float(f[0]), float(f[-1]))
    if key not in _LINE_CACHE:
        m = _mline(f, sub, w)
        _LINE_CACHE[key] = (np.asarray(m.z0), np.asarray(m.gamma))
    return _LINE_CACHE[key]


def tune_microstrip(sections: list[Any], sub: Any, spec: RFSpec, stop_span: float = 2.0) -> tuple[list[Any], Check]:
    """Adjust the section lengths (Nelder-Mead on the worst relative margin) against the spec mask.

    The lumped-to-line mapping is only exact for very short lines; tuning the lengths on the
    line model recovers most of what the approximation loses. Widths stay as synthesised.
    Lines repeat their response, so the stop band is checked up to ``stop_span`` x its edge.
    """
    from dataclasses import replace

    from scipy.optimize import minimize

    grid = spec_grid(spec, points=61, stop_span=stop_span)
    l0 = np.array([s.length_m for s in sections])

    def score(x: np.ndarray) -> float:
        s21 = microstrip_s21(sections, sub, grid.f, spec.z_source, spec.z_load, l0 * np.exp(x))
        c = check_response(spec, grid, s21)
        return -min(c.pass_margin_db / spec.ripple_db, c.stop_margin_db / spec.atten_db)  # type: ignore[union-attr]

    res = minimize(score, np.zeros(len(l0)), method="Nelder-Mead", options={"xatol": 1e-4, "fatol": 1e-5, "maxiter": 400 * len(l0)})
    best = res.x if res.fun < score(np.zeros(len(l0))) else np.zeros(len(l0))
    tuned = [replace(s, length_m=float(L)) for s, L in zip(sections, l0 * np.exp(best))]
    full = spec_grid(spec, stop_span=stop_span)
    chk = check_response(spec, full, microstrip_s21(tuned, sub, full.f, spec.z_source, spec.z_load))
    return tuned, chk  # type: ignore[return-value]
