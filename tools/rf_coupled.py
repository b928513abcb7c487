"""Coupled-resonator band-pass filters: shunt resonators coupled by series ("top") capacitors.

A narrow band-pass ladder needs series resonators whose capacitors shrink with the
fractional bandwidth (0.04 pF at 2.4 GHz and 4 %), which nobody sells. The capacitively
coupled form (Cohn; Matthaei, Young & Jones ch. 8; Zverev) keeps every resonator a shunt
L || C with *one* inductor value for all of them, couples neighbours with small series
capacitors and matches each termination with a series capacitor:

    k(i,i+1) = w / sqrt(g_i g_(i+1))       C(i,i+1) = k(i,i+1) * C0,   C0 = 1 / (w0^2 L)
    Qe = g0 g1 / w (input), g_n g_(n+1) / w (output)
    end match: R_p = Qe w0 L, Qx = sqrt(R_p / R - 1), C_e = 1 / (w0 R Qx)
    shunt C_i = C0 - (what the couplings and end matches add in parallel)

The equations are narrow-band approximations; the snapped design is verified exactly like a
ladder (nodal analysis, scikit-rf, ngspice), so the approximation only costs margin.
The inductor is chosen from the catalogue so that the smallest capacitor is as large as possible.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from chipsmith.tools import rf_parts

if TYPE_CHECKING:
    from chipsmith.tools.rf_synthesis import Ladder, RFSpec


def g_values(spec: RFSpec, n: int, ripple_db: float) -> list[float] | None:
    """g1..g(n+1) of the all-pole prototype between equal terminations (elliptic specs use Chebyshev)."""
    from chipsmith.tools.rf_synthesis import normalised_stop, synthesize

    response = "chebyshev" if spec.response == "elliptic" else spec.response
    try:
        proto = synthesize(response, n, ripple_db, max(normalised_stop(spec), 1.01), 0.0, "shunt", 1.0)
    except ArithmeticError:
        return None
    return [e.value for e in proto.ladder.elements] + [proto.ladder.r_load]


def top_c_ladder(spec: RFSpec, g: list[float], L: float) -> Ladder | None:
    """The coupled-resonator network for prototype ``g`` and resonator inductance ``L``; None when not realisable."""
    from chipsmith.tools.rf_synthesis import Element, Ladder

    p = sorted(spec.pass_edges_hz)
    w0 = 2 * math.pi * math.sqrt(p[0] * p[1])
    w = (p[1] - p[0]) / math.sqrt(p[0] * p[1])
    n = len(g) - 1
    c0 = 1 / (w0 * w0 * L)
    cc = [w / math.sqrt(g[i] * g[i + 1]) * c0 for i in range(n - 1)]

    def end(r: float, qe: float) -> tuple[float, float] | None:
        rp = qe * w0 * L
        if rp <= r * 1.0001:
            return None
        qx = math.sqrt(rp / r - 1)
        ce = 1 / (w0 * r * qx)
        return ce, ce * qx * qx / (1 + qx * qx)

    a = end(spec.z_source, g[0] / w)
    b = end(spec.z_load, g[n - 1] * g[n] / w)
    if a is None or b is None:
        return None
    shunt = []
    for i in range(n):
        c = c0 - (cc[i - 1] if i > 0 else a[1]) - (cc[i] if i < n - 1 else b[1])
        if n == 1:
            c = c0 - a[1] - b[1]
        if c <= 0:
            return None
        shunt.append(c)
    els: list[Element] = [Element("C1", "C", "in", "r1", a[0])]
    nc, nl = 1, 0
    for i in range(n):
        nl += 1
        els.append(Element(f"L{nl}", "L", f"r{i + 1}", "0", L))
        nc += 1
        els.append(Element(f"C{nc}", "C", f"r{i + 1}", "0", shunt[i]))
        if i < n - 1:
            nc += 1
            els.append(Element(f"C{nc}", "C", f"r{i + 1}", f"r{i + 2}", cc[i]))
    nc += 1
    els.append(Element(f"C{nc}", "C", f"r{n}", "out", b[0]))
    return Ladder(els, spec.z_source, spec.z_load, out_node="out")


def best_inductor(spec: RFSpec, g: list[float]) -> Ladder | None:
    """The coupled-resonator network to build, over the catalogue's inductors.

    Every capacitor must be one the catalogue offers (inside its range); among those inductors
    the one whose resonators detune least under the parts' tolerances (the sum of the inductor's
    and the largest shunt capacitor's relative tolerance) wins, then the one deepest inside the range.
    Without any inside the range, the one closest to it (its capacitors are then snapped to the edge
    of the range and the verification says whether that still works).
    """
    caps = rf_parts.values("C", spec)
    lo, hi = float(caps[0]), float(caps[-1])
    best: tuple[tuple[float, float, float], Ladder] | None = None
    for L in rf_parts.values("L", spec):
        lad = top_c_ladder(spec, g, float(L))
        if lad is None:
            continue
        room = min(min(math.log(e.value / lo), math.log(hi / e.value)) for e in lad.elements if e.kind == "C")
        kinds = [e.kind for e in lad.elements]
        vals = np.array([e.value for e in lad.elements])
        rel = rf_parts.tolerance_array(kinds, vals, spec)[0] / vals
        shunt = [i for i, e in enumerate(lad.elements) if e.b == "0"]
        detune = max(rel[i] for i in shunt if kinds[i] == "L") + max(rel[i] for i in shunt if kinds[i] == "C")
        key = (float(room >= 0), -detune if room >= 0 else room, room)
        if best is None or key > best[0]:
            best = (key, lad)
    return best[1] if best else None
