"""Searching the design space: the gm/Id seed, checking a proposed start, and Bayesian optimisation (optuna)."""


from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

from chipsmith.core.errors import InputError
from chipsmith.tools.sizing.evaluate import Evaluator, Point
from chipsmith.tools.sizing.problem import Problem, eval_expr

# ----------------------------------------------------------------------------- seeds


def gmid_seed(problem: Problem) -> dict[str, float]:
    """A deterministic start point from hand analysis: seed expressions, then W from gm/Id per device."""
    p = problem
    names: dict[str, float] = {**p.process, **p.constants}
    for s in p.specs.values():
        bound = s.lo if s.lo is not None else s.hi
        if bound is not None:
            names[s.name] = bound
    values = {n: prm.mid() for n, prm in p.params.items()}
    for name, expr in p.seed.items():
        if name in p.params:
            values[name] = p.params[name].snap(eval_expr(expr, {**names, **values}, f"{p.path}: seed.{name}"))
    for d in p.devices:
        kp = p.process.get("kp_n" if d.type == "n" else "kp_p")
        if not kp:
            continue
        idd = eval_expr(d.id, {**names, **values}, f"{p.path}: devices.{d.name}.id")
        vov = 2.0 / d.gm_id
        values[d.w] = p.params[d.w].snap(2 * idd * d.l / (kp * vov * vov))
    return {n: p.params[n].snap(v) for n, v in values.items()}


class SizingProposal(BaseModel):
    """What the LLM may propose: a start point and narrowed ranges, with its reasoning."""

    reasoning: str = Field(description="gm/Id reasoning: which devices set gain, bandwidth and power, and why these values")
    start: dict[str, float] = Field(description="a value for each design variable, in SI units")
    ranges: dict[str, list[float]] = Field(default_factory=dict, description="narrowed [low, high] per design variable, SI units")


@dataclass
class Seed:
    start: dict[str, float]
    ranges: dict[str, tuple[float, float]]
    source: str  # "llm" | "gm/Id"
    notes: list[str] = field(default_factory=list)
    reasoning: str = ""


def check_proposal(problem: Problem, prop: SizingProposal) -> Seed | None:
    """Keep what respects the bounds; None when too little of it is usable."""
    notes: list[str] = []
    start: dict[str, float] = {}
    for name, v in prop.start.items():
        prm = problem.params.get(name)
        if prm is None:
            notes.append(f"ignored unknown variable {name}")
        elif not (prm.lo <= v <= prm.hi) or not math.isfinite(v):
            notes.append(f"{name}={v:g} is outside [{prm.lo:g}, {prm.hi:g}]")
        else:
            start[name] = prm.snap(v)
    ranges: dict[str, tuple[float, float]] = {}
    for name, r in prop.ranges.items():
        prm = problem.params.get(name)
        if prm is None or len(r) != 2:
            continue
        lo, hi = float(min(r)), float(max(r))
        if prm.lo <= lo < hi <= prm.hi and (name not in start or lo <= start[name] <= hi):
            ranges[name] = (lo, hi)
        else:
            notes.append(f"range for {name} {r} ignored (outside the bounds or excluding the start)")
    if len(start) * 2 < len(problem.params):
        return None
    fallback = gmid_seed(problem)
    for name in problem.params:
        if name not in start:
            start[name] = fallback[name]
            notes.append(f"{name} from the gm/Id seed")
    return Seed(start, ranges, "llm", notes, prop.reasoning)


# ----------------------------------------------------------------------------- search


@dataclass
class SearchResult:
    history: list[Point]
    strategy: str
    budget: int
    seconds: float
    first_met: int | None
    best: Point | None
    sim_seconds: float = 0.0  # in ngspice (deck checks, runs, parsing); the rest of ``seconds`` is the optimiser's
    simulations: int = 0  # ngspice runs, corners included (``len(history)`` counts design points)
    sims_to_met: int | None = None  # ngspice runs up to and including the first point meeting every spec

    @property
    def optimiser_seconds(self) -> float:
        return max(0.0, self.seconds - self.sim_seconds)

    def summary(self) -> dict[str, Any]:
        return {"strategy": self.strategy, "budget": self.budget, "points": len(self.history),
                "simulations": self.simulations, "seconds": round(self.seconds, 2),
                "sim_seconds": round(self.sim_seconds, 2), "optimiser_seconds": round(self.optimiser_seconds, 2),
                "met": self.first_met is not None, "first_met": self.first_met, "sims_to_met": self.sims_to_met,
                "best": self.best.to_dict() if self.best else None}


def best_point(problem: Problem, history: Sequence[Point]) -> Point | None:
    """The best feasible point by the objective, else the least-violating one (the best trade-off)."""
    feas = [p for p in history if p.feasible]
    obj = problem.objective()
    if feas:
        if obj is None:
            return feas[0]
        sign = 1.0 if obj.objective == "minimize" else -1.0
        return min(feas, key=lambda p: sign * p.measured.get(obj.name, math.inf))
    return min(history, key=lambda p: p.violation) if history else None


def _sampler(strategy: str, seed: int, startup: int) -> Any:
    """Constraints reach the GP/TPE samplers through ``Trial.set_constraint`` (optuna >= 5)."""
    import optuna

    if strategy == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    if strategy in ("bo", "llm+bo", "gp"):
        return optuna.samplers.GPSampler(seed=seed, n_startup_trials=startup)
    if strategy == "tpe":
        return optuna.samplers.TPESampler(seed=seed, n_startup_trials=startup, multivariate=True)
    raise InputError(f"unknown strategy {strategy!r}; choose random, bo, llm+bo or tpe")


def optimise(problem: Problem, evaluator: Evaluator, *, strategy: str = "bo", budget: int = 100, seed: int = 0,
             start: Seed | None = None, stop_when_met: bool = False, startup: int = 6,
             progress: Callable[[Point], None] | None = None) -> SearchResult:
    """Drive ngspice with optuna (GP sampler with constraints; or random search with the same budget)."""
    import optuna

    optuna.logging.set_verbosity(logging.WARNING)
    t0 = time.monotonic()
    if strategy != "random":
        import torch

        # the GP's linear algebra is tiny; extra threads only fight the simulator for the cores
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            return _optimise(problem, evaluator, strategy, budget, seed, start, stop_when_met, startup, progress, t0)
        finally:
            torch.set_num_threads(threads)
    return _optimise(problem, evaluator, strategy, budget, seed, start, stop_when_met, startup, progress, t0)


def _optimise(problem: Problem, evaluator: Evaluator, strategy: str, budget: int, seed: int, start: Seed | None,
              stop_when_met: bool, startup: int, progress: Callable[[Point], None] | None, t0: float) -> SearchResult:
    import optuna

    specs = list(problem.specs.values())
    obj = problem.objective()

    def dists(ranges: dict[str, tuple[float, float]]) -> dict[str, Any]:
        out = {}
        for n, prm in problem.params.items():
            lo, hi = ranges.get(n, (prm.lo, prm.hi))
            out[n] = optuna.distributions.FloatDistribution(lo, hi, log=prm.log)
        return out

    def objective_value(pt: Point) -> float:
        if obj is None or obj.name not in pt.measured:
            return 0.0 if obj is None else 1e3
        v = pt.measured[obj.name]
        scale = abs((obj.hi if obj.hi is not None else obj.lo) or 1.0)
        return (v / scale) if obj.objective == "minimize" else -(v / scale)

    def new_study(ranges: dict[str, tuple[float, float]]) -> Any:
        return optuna.create_study(direction="minimize", sampler=_sampler(strategy, seed, startup))

    ranges = dict(start.ranges) if (start and strategy != "random") else {}
    study = new_study(ranges)
    distributions = dists(ranges)
    widened = not ranges
    first_met: int | None = None
    n_before = len(evaluator.history)
    sim_before, runs_before = evaluator.sim_seconds, evaluator.simulations
    if start is not None and strategy != "random":
        study.enqueue_trial({n: min(max(v, distributions[n].low), distributions[n].high) for n, v in start.start.items()})
    for i in range(budget):
        if not widened and i >= budget // 2 and first_met is None:
            # the narrowed ranges did not contain a solution: search the full ranges, keeping what was learnt
            old = study.trials
            study = new_study({})
            distributions = dists({})
            for t in old:
                if t.state == optuna.trial.TrialState.COMPLETE:
                    study.add_trial(optuna.trial.create_trial(params=t.params, distributions=distributions, value=t.value,
                                                              system_attrs=t.system_attrs))
            widened = True
        trial = study.ask(distributions)
        pt = evaluator.evaluate(trial.params, phase="seed" if (i == 0 and start is not None and strategy != "random") else "search")
        for s in specs:
            trial.set_constraint(s.name, pt.margins[s.name])
        study.tell(trial, objective_value(pt))
        if progress:
            progress(pt)
        if pt.feasible and first_met is None:
            first_met = i + 1
            if stop_when_met:
                break
    history = evaluator.history[n_before:]
    sims_to_met = sum(p.simulations for p in history[:first_met]) if first_met is not None else None
    return SearchResult(history, strategy, budget, time.monotonic() - t0, first_met, best_point(problem, history),
                        evaluator.sim_seconds - sim_before, evaluator.simulations - runs_before, sims_to_met)


def conflicts(problem: Problem, history: Sequence[Point]) -> dict[str, Any]:
    """Which specs no point met, and which pairs were each met but never together."""
    met = {s: {p.index for p in history if p.verdict == "ok" and p.margins.get(s, 1) <= 0} for s in problem.specs}
    never = sorted(s for s, idx in met.items() if not idx)
    names = sorted(s for s in problem.specs if met[s])
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:] if not (met[a] & met[b])]
    return {"never_met": never, "conflicting_pairs": pairs, "met_counts": {s: len(v) for s, v in met.items()}}
