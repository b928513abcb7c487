"""What a sizing run says: the spec table, Bode and convergence plots, and why a spec cannot be met."""


from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from chipsmith.tools.sizing.evaluate import Point, bode_metrics
from chipsmith.tools.sizing.problem import Problem, fmt_value
from chipsmith.tools.sizing.search import SearchResult, conflicts

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# ----------------------------------------------------------------------------- reporting


def spec_table(problem: Problem, point: Point) -> str:
    """Target, measured and met per spec; with corners the worst corner's value and one column per corner."""
    if len(point.corners) < 2:
        rows = ["| spec | target | measured | met |", "|---|---|---|---|"]
        for s in problem.specs.values():
            v = point.measured.get(s.name)
            rows.append(f"| {s.name} | {s.describe()} | {fmt_value(v, s.unit)} | {'yes' if point.margins[s.name] <= 0 else 'NO'} |")
        return "\n".join(rows)
    labels = list(point.corners)
    worst = point.worst_measured(problem)
    rows = ["| spec | target | worst | met at all | " + " | ".join(labels) + " |", "|---" * (4 + len(labels)) + "|"]
    for s in problem.specs.values():
        cells = [fmt_value(c["measured"].get(s.name), s.unit) + ("" if c["margins"][s.name] <= 0 else " ✗")
                 for c in point.corners.values()]
        rows.append(f"| {s.name} | {s.describe()} | {fmt_value(worst.get(s.name), s.unit)} | "
                    f"{'yes' if point.margins[s.name] <= 0 else 'NO'} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def shortfall(problem: Problem, name: str, value: float | None) -> str:
    """How far a measured value is from its bound, in the spec's unit ("3 dB", "12 MHz")."""
    s = problem.specs[name]
    if value is None:
        return "not measured"
    gaps = [b - value for b in ([s.lo] if s.lo is not None else []) if value < b]
    gaps += [value - b for b in ([s.hi] if s.hi is not None else []) if value > b]
    return f"by {fmt_value(max(gaps), s.unit)}" if gaps else "met"


def corner_message(problem: Problem, point: Point) -> str:
    """"meets at tt/27 °C; fails at ss/125 °C: dc_gain_db by 3 dB" for a point simulated at several corners."""
    met = [k for k, c in point.corners.items() if c["verdict"] == "ok" and all(m <= 0 for m in c["margins"].values())]
    failed = []
    for k, c in point.corners.items():
        if k in met:
            continue
        if c["verdict"] != "ok":
            failed.append(f"{k} (simulation: {c['verdict']})")
            continue
        bad = [n for n, m in sorted(c["margins"].items(), key=lambda x: -x[1]) if m > 0]
        failed.append(f"{k}: " + ", ".join(f"{n} {shortfall(problem, n, c['measured'].get(n))}" for n in bad))
    text = f"meets at {', '.join(met)}" if met else "meets at no corner"
    return text + (f"; fails at {'; '.join(failed)}" if failed else "")


def bound_notes(problem: Problem, values: dict[str, float]) -> list[str]:
    """Design variables that ended at, or within one grid step of, a bound of their range.

    A solution pressed against a bound says the range (or the topology) limited the search:
    "w6 = 200 µm is at its upper bound: widen the range or change the topology"."""
    notes = []
    for name, prm in problem.params.items():
        v = values.get(name)
        if v is None:
            continue
        # no grid: a thousandth of the range (of its decades on a log scale) counts as "at" the bound
        span = math.log(prm.hi / prm.lo) if prm.log and prm.lo > 0 else prm.hi - prm.lo
        step = prm.grid if prm.grid > 0 else 1e-3 * span
        for bound, side in ((prm.hi, "upper"), (prm.lo, "lower")):
            gap = abs(math.log(bound / v)) if prm.grid <= 0 and prm.log and prm.lo > 0 and v > 0 else abs(bound - v)
            if gap <= step * (1 + 1e-9):
                where = "at" if gap <= 1e-9 * max(abs(bound), 1e-30) else "within a grid step of"
                notes.append(f"{name} = {_fmt_apart(v, bound, prm.unit)} is {where} its {side} bound "
                             f"({fmt_value(bound, prm.unit)}): widen the range or change the topology")
                break
    return notes


def _fmt_apart(v: float, ref: float, unit: str) -> str:
    """``v`` as :func:`fmt_value` writes it, with more digits when that would read the same as ``ref``."""
    text = fmt_value(v, unit)
    if v == ref or text != fmt_value(ref, unit):
        return text
    number, _, rest = text.partition(" ")
    scale = 10.0 ** round(math.log10(abs(float(number) / v))) if v and float(number) else 1.0  # fmt_value's SI prefix
    return f"{v * scale:.6g} {rest}".rstrip()


def bode_figure(freq: np.ndarray, h: np.ndarray, title: str) -> Figure:
    """Gain and phase against frequency, with the unity-gain frequency marked on both and the phase margin on the phase."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (a1, a2) = plt.subplots(2, 1, sharex=True, figsize=(6, 5))
    a1.semilogx(freq, 20 * np.log10(np.maximum(np.abs(h), 1e-30)))
    a1.axhline(0, color="grey", lw=0.5)
    a1.set_ylabel("gain (dB)")
    a1.set_title(title)
    phase = np.degrees(np.unwrap(np.angle(h)))
    a2.semilogx(freq, phase)
    a2.set_ylabel("phase (deg)")
    a2.set_xlabel("frequency (Hz)")
    m = bode_metrics(freq, h)  # the same figures the search judged the point by
    ugbw = m.get("ugbw", 0.0)
    if ugbw > 0:
        for a in (a1, a2):
            a.axvline(ugbw, color="tab:red", ls="--", lw=0.8, gid="ugbw")
        a1.annotate(f"UGBW {fmt_value(ugbw, 'Hz')}", (ugbw, 0), xytext=(4, 6), textcoords="offset points", color="tab:red")
        if "pm" in m:
            at = float(np.interp(np.log10(ugbw), np.log10(freq), phase))
            lag_limit = phase[0] - 180.0  # where the phase margin would be zero
            a2.axhline(lag_limit, color="grey", ls=":", lw=0.8)
            a2.plot([ugbw], [at], "o", color="tab:red", ms=4)
            a2.annotate(f"PM {m['pm']:.1f}°", (ugbw, at), xytext=(6, -14), textcoords="offset points", color="tab:red",
                        gid="pm")
    for a in (a1, a2):
        a.grid(True, which="both", lw=0.3)
    fig.tight_layout()
    return fig


def plot_bode(freq: np.ndarray, h: np.ndarray, title: str) -> bytes:
    """The Bode plot as PNG bytes (see :func:`bode_figure`)."""
    import io

    import matplotlib.pyplot as plt

    fig = bode_figure(freq, h, title)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


def plot_convergence(histories: dict[str, Sequence[Point]], title: str) -> bytes:
    """Best total violation so far per simulation (0 = all specs met), one line per strategy."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for label, hist in histories.items():
        best = np.minimum.accumulate([p.violation for p in hist]) if hist else np.array([])
        ax.plot(np.arange(1, len(best) + 1), best, label=label)
    ax.set_yscale("symlog", linthresh=1e-3)
    ax.set_xlabel("simulation")
    ax.set_ylabel("best total spec violation")
    ax.set_title(title)
    ax.grid(True, lw=0.3)
    ax.legend()
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


def infeasible_message(problem: Problem, result: SearchResult) -> str:
    """Which specs conflict and the best trade-off found, in words."""
    c = conflicts(problem, result.history)
    lines = [f"No simulated point met every spec within {len(result.history)} simulations."]
    if c["never_met"]:
        lines.append("Never met by any point, even alone: " + ", ".join(
            f"{s} ({problem.specs[s].describe()})" for s in c["never_met"]) + ".")
    if c["conflicting_pairs"]:
        lines.append("Met separately but never together (these conflict): " + "; ".join(
            f"{a} vs {b}" for a, b in c["conflicting_pairs"]) + ".")
    near = [p for p in result.history if p.corners and len(p.corners) > 1]
    if near:
        # the candidates that passed the nominal screen: say where the closest one fails
        best_corner = min(near, key=lambda p: p.violation)
        lines.append(f"Closest across corners (simulation {best_corner.index}): {corner_message(problem, best_corner)}.")
    if result.best is not None:
        worst = sorted(((m, s) for s, m in result.best.margins.items() if m > 0), reverse=True)
        lines.append(f"Best trade-off (simulation {result.best.index}): misses " + ", ".join(
            f"{s} (measured {fmt_value(result.best.measured.get(s), problem.specs[s].unit)}, wanted {problem.specs[s].describe()})"
            for _, s in worst) + ".")
    return " ".join(lines)
