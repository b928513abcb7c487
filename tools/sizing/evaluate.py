"""Evaluating a sizing point: one ngspice process runs every testbench line; every number comes from it."""


from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from chipsmith.tools.ngspice import Ngspice, SpiceResult
from chipsmith.tools.sizing.problem import Problem, eval_expr, render_netlist



# ----------------------------------------------------------------------------- evaluation


def bode_metrics(freq: np.ndarray, h: np.ndarray) -> dict[str, float]:
    """DC gain, unity-gain frequency, phase margin and -3 dB frequency of a complex response."""
    mag = np.abs(h)
    db = 20 * np.log10(np.maximum(mag, 1e-30))
    out: dict[str, float] = {"dc_gain_db": float(db[0])}
    phase = np.degrees(np.unwrap(np.angle(h)))
    lag = phase[0] - phase  # phase lost relative to DC; works for inverting and non-inverting stages
    lf = np.log10(freq)
    below3 = np.nonzero(db <= db[0] - 3)[0]
    if len(below3):
        i = below3[0]
        out["f3db"] = float(10 ** np.interp(db[0] - 3, [db[i], db[i - 1]], [lf[i], lf[i - 1]])) if i else float(freq[0])
    cross = np.nonzero((db[:-1] > 0) & (db[1:] <= 0))[0]
    if db[0] <= 0:
        out["ugbw"] = 0.0
    elif len(cross):
        i = cross[0]
        t = db[i] / (db[i] - db[i + 1])
        out["ugbw"] = float(10 ** (lf[i] + t * (lf[i + 1] - lf[i])))
        out["pm"] = float(180 - (lag[i] + t * (lag[i + 1] - lag[i])))
    return out


@dataclass
class Point:
    """One simulated point: the values set, what was measured, how far from the specs."""

    index: int
    values: dict[str, float]
    measured: dict[str, float]
    margins: dict[str, float]
    verdict: str
    seconds: float
    phase: str = "search"
    log_path: str = ""

    @property
    def feasible(self) -> bool:
        return self.verdict == "ok" and all(m <= 0 for m in self.margins.values())

    @property
    def violation(self) -> float:
        return float(sum(max(0.0, m) for m in self.margins.values()))

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "phase": self.phase, "values": self.values, "measured": self.measured,
                "margins": {k: round(v, 6) for k, v in self.margins.items()}, "feasible": self.feasible,
                "violation": round(self.violation, 6), "verdict": self.verdict, "seconds": round(self.seconds, 4),
                "log_path": self.log_path}


class Evaluator:
    """Simulates design points of one problem; each simulation in its own work directory."""

    def __init__(self, problem: Problem, sim: Ngspice, work_dir: Callable[[], Path]) -> None:
        self.problem = problem
        self.sim = sim
        self.work_dir = work_dir
        self.history: list[Point] = []
        self.last_result: SpiceResult | None = None

    def evaluate(self, values: dict[str, float], phase: str = "search") -> Point:
        p = self.problem
        snapped = {n: p.params[n].snap(values[n]) for n in p.params}
        start = time.monotonic()
        res = self.sim.run(render_netlist(p, snapped), self.work_dir(), control=p.testbench, deck_dir=p.directory,
                           name=p.netlist_path.name)
        self.last_result = res
        measured = self.measure(res) if res.verdict in ("ok",) else {}
        margins = {s.name: s.margin(measured.get(s.name)) for s in p.specs.values()}
        pt = Point(len(self.history) + 1, snapped, measured, margins, res.verdict, time.monotonic() - start, phase,
                   res.log_path)
        self.history.append(pt)
        return pt

    def measure(self, res: SpiceResult) -> dict[str, float]:
        vals: dict[str, float] = dict(res.measures)
        if self.problem.bode:
            try:
                vals.update(bode_metrics(res.vector("frequency", "bode").real, res.vector(self.problem.bode, "bode")))
            except KeyError:
                pass
        for name, expr in self.problem.derived.items():
            try:
                vals[name] = eval_expr(expr, {**self.problem.constants, **vals}, f"{self.problem.path}: derived.{name}")
            except (KeyError, ZeroDivisionError, ValueError, OverflowError):
                continue  # an input measure is missing: the spec counts as not met
        return vals
