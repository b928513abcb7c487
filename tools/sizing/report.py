"""What a sizing run says: the spec table, Bode and convergence plots, and why a spec cannot be met."""


from __future__ import annotations

from typing import Sequence

import numpy as np

from chipsmith.tools.sizing.evaluate import Point
from chipsmith.tools.sizing.problem import Problem, fmt_value
from chipsmith.tools.sizing.search import SearchResult, conflicts



# ----------------------------------------------------------------------------- reporting


def spec_table(problem: Problem, point: Point) -> str:
    rows = ["| spec | target | measured | met |", "|---|---|---|---|"]
    for s in problem.specs.values():
        v = point.measured.get(s.name)
        rows.append(f"| {s.name} | {s.describe()} | {fmt_value(v, s.unit)} | {'yes' if point.margins[s.name] <= 0 else 'NO'} |")
    return "\n".join(rows)


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
    if result.best is not None:
        worst = sorted(((m, s) for s, m in result.best.margins.items() if m > 0), reverse=True)
        lines.append(f"Best trade-off (simulation {result.best.index}): misses " + ", ".join(
            f"{s} (measured {fmt_value(result.best.measured.get(s), problem.specs[s].unit)}, wanted {problem.specs[s].describe()})"
            for _, s in worst) + ".")
    return " ".join(lines)
