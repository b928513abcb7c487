"""What a sizing run says: the spec table, Bode and convergence plots, and why a spec cannot be met."""


from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from chipsmith.tools.sizing.evaluate import Point
from chipsmith.tools.sizing.problem import Problem, fmt_value
from chipsmith.tools.sizing.search import SearchResult, conflicts

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


def plot_bode(freq: np.ndarray, h: np.ndarray, title: str) -> bytes:
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (a1, a2) = plt.subplots(2, 1, sharex=True, figsize=(6, 5))
    a1.semilogx(freq, 20 * np.log10(np.maximum(np.abs(h), 1e-30)))
    a1.axhline(0, color="grey", lw=0.5)
    a1.set_ylabel("gain (dB)")
    a1.set_title(title)
    a2.semilogx(freq, np.degrees(np.unwrap(np.angle(h))))
    a2.set_ylabel("phase (deg)")
    a2.set_xlabel("frequency (Hz)")
    for a in (a1, a2):
        a.grid(True, which="both", lw=0.3)
    buf = io.BytesIO()
    fig.tight_layout()
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
