"""Evaluating a sizing point: one ngspice process runs every testbench line; every number comes from it."""


from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from chipsmith.tools.ngspice import Ngspice, SpiceResult
from chipsmith.tools.sizing.pdk import Corner
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
    # per corner label: {"measured", "margins", "verdict", "log_path"}; the nominal one first. ``margins``
    # above are the worst over these corners, so a point is feasible only when every corner meets.
    corners: dict[str, dict[str, Any]] = field(default_factory=dict)
    simulations: int = 1
    all_corners: bool = False  # every sign-off corner was simulated (not stopped at the nominal screen)

    @property
    def feasible(self) -> bool:
        return self.verdict == "ok" and all(m <= 0 for m in self.margins.values())

    def worst_measured(self, problem: Problem) -> dict[str, float]:
        """Per spec, the measured value at the corner where it is furthest from (or closest to failing) its bound."""
        if len(self.corners) < 2:
            return dict(self.measured)
        out = dict(self.measured)
        for s in problem.specs.values():
            worst = max(self.corners.values(), key=lambda c: c["margins"].get(s.name, 0.0))
            if s.name in worst["measured"]:
                out[s.name] = worst["measured"][s.name]
        return out

    @property
    def violation(self) -> float:
        return float(sum(max(0.0, m) for m in self.margins.values()))

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "phase": self.phase, "values": self.values, "measured": self.measured,
                # written as headroom, the way an engineer reads a margin: positive = met with room to spare,
                # negative = short by that much (the search's constraint values are the opposite sign)
                "headroom": {k: round(-v, 6) for k, v in self.margins.items()}, "feasible": self.feasible,
                "violation": round(self.violation, 6), "verdict": self.verdict, "seconds": round(self.seconds, 4),
                "log_path": self.log_path, "simulations": self.simulations,
                **({"corners": {k: {"measured": c["measured"], "headroom": {n: round(-m, 6) for n, m in c["margins"].items()},
                                    "verdict": c["verdict"]} for k, c in self.corners.items()},
                    "all_corners": self.all_corners} if self.corners else {})}


class Evaluator:
    """Simulates design points of one problem; each simulation in its own work directory.

    With ``corners`` a point is simulated at the nominal corner first and, only when it meets
    every spec there, at every other sign-off corner; its margins are then the worst over the
    corners, so the search's constraints are the worst case. ``sim_seconds`` adds up the time
    spent in ngspice (checks, run, parsing), which the search reports apart from its own."""

    def __init__(self, problem: Problem, sim: Ngspice, work_dir: Callable[[], Path], *, corners: bool = False,
                 corner_jobs: int = 1, stop_at_failing_corner: bool = False) -> None:
        self.problem = problem
        self.sim = sim
        self.work_dir = work_dir
        self.corners = problem.signoff_corners() if corners else [problem.nominal]
        self.corner_jobs = max(1, corner_jobs)  # ngspice processes at once for the corners after the nominal screen
        # simulate the other corners a batch of ``corner_jobs`` at a time, the ones that failed most often
        # so far first, and stop after a batch in which one fails: a candidate that fails somewhere costs
        # a few corner runs instead of all of them (the point's margins are then the worst of those run)
        self.stop_at_failing_corner = stop_at_failing_corner
        self.corner_failures: dict[str, int] = {}
        self._lock = threading.Lock()
        self.history: list[Point] = []
        self.last_result: SpiceResult | None = None
        self.sim_seconds = 0.0
        self.simulations = 0
        self.timeouts = 0  # simulations that timed out once and were run again with more time

    def simulate(self, values: dict[str, float], corner: Corner) -> tuple[SpiceResult, dict[str, float]]:
        """One ngspice run of ``values`` at ``corner``: its result and what it measured."""
        p = self.problem
        deck, libraries = render_netlist(p, values, corner), p.libraries(corner)
        res = self.sim.run(deck, self.work_dir(), control=p.testbench, deck_dir=p.directory, name=p.netlist_path.name,
                           libraries=libraries)
        if res.verdict == "timeout":
            # A timeout says how busy the machine was, not how good the design is: run it once more with
            # four times the time, so a search's history (and a seed's result) does not depend on the load.
            with self._lock:
                self.timeouts += 1
            res = self.sim.run(deck, self.work_dir(), control=p.testbench, deck_dir=p.directory, name=p.netlist_path.name,
                               libraries=libraries, timeout=4 * self.sim.timeout)
        measured = self.measure(res) if res.verdict in ("ok",) else {}
        with self._lock:
            self.simulations += 1
        return res, measured

    def evaluate(self, values: dict[str, float], phase: str = "search") -> Point:
        p = self.problem
        snapped = {n: p.params[n].snap(values[n]) for n in p.params}
        start = time.monotonic()
        per: dict[str, dict[str, Any]] = {}

        def at(corner: Corner) -> tuple[SpiceResult, dict[str, Any]]:
            res, measured = self.simulate(snapped, corner)
            margins = {s.name: s.margin(measured.get(s.name)) for s in p.specs.values()}
            return res, {"measured": measured, "margins": margins, "verdict": res.verdict, "log_path": res.log_path}

        nominal, first_entry = at(self.corners[0])
        self.last_result = nominal
        per[self.corners[0].label] = first_entry
        if nominal.verdict == "ok" and all(m <= 0 for m in first_entry["margins"].values()):
            rest = self.corners[1:]  # only a candidate meeting every spec at nominal costs corner simulations
            if self.stop_at_failing_corner:
                # most failures first; ties keep the problem's order, so the order (and the history) is deterministic
                order = sorted(range(len(rest)), key=lambda k: -self.corner_failures.get(rest[k].label, 0))
                rest = [rest[k] for k in order]
            batch = max(1, self.corner_jobs if self.stop_at_failing_corner else len(rest))
            ran: list[tuple[Corner, dict[str, Any]]] = []
            for k in range(0, len(rest), batch):
                chunk = rest[k:k + batch]
                if self.corner_jobs > 1 and len(chunk) > 1:
                    with ThreadPoolExecutor(max_workers=self.corner_jobs) as pool:
                        done = list(pool.map(at, chunk))
                else:
                    done = [at(c) for c in chunk]
                ran += [(c, entry) for c, (_, entry) in zip(chunk, done)]
                failed = [c.label for c, e in zip(chunk, (d[1] for d in done))
                          if e["verdict"] != "ok" or any(m > 0 for m in e["margins"].values())]
                with self._lock:
                    for label in failed:
                        self.corner_failures[label] = self.corner_failures.get(label, 0) + 1
                if failed and self.stop_at_failing_corner:
                    break
            for corner in self.corners[1:]:  # recorded in the problem's corner order, however they ran
                entry = next((e for c, e in ran if c.label == corner.label), None)
                if entry is not None:
                    per[corner.label] = entry
        first = next(iter(per.values()))
        worst = {s: max(c["margins"][s] for c in per.values()) for s in p.specs}
        verdict = next((c["verdict"] for c in per.values() if c["verdict"] != "ok"), "ok")
        pt = Point(len(self.history) + 1, snapped, first["measured"], worst, verdict, time.monotonic() - start, phase,
                   nominal.log_path, per if len(self.corners) > 1 else {}, len(per), len(per) == len(self.corners))
        self.history.append(pt)
        self.sim_seconds += pt.seconds  # wall time, so corners run side by side are not counted twice
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
