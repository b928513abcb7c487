"""Searching the design space: the gm/Id seed, checking a proposed start, and Bayesian optimisation (optuna)."""


from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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


@dataclass(frozen=True)
class Strategy:
    """How a search proposes points.

    ``sampler``: optuna's ``gp``, ``tpe`` or ``random``. ``goal``: ``spec`` minimises the problem's
    objective with one constraint per spec (a GP per spec); ``margin`` first minimises the worst spec
    margin (worst over the corners simulated) with a single GP, which drives points into the interior
    of the feasible region where the other corners tend to meet too, and switches to ``spec`` at the
    first feasible point when the search goes on. ``lean``: the GP's acquisition is optimised from
    fewer quasi-random candidates and local searches (512 and 4 instead of 2048 and 10)."""

    sampler: str
    goal: str = "spec"
    lean: bool = False


STRATEGIES: dict[str, Strategy] = {
    "random": Strategy("random"),
    "bo": Strategy("gp", "margin", lean=True),
    "gp": Strategy("gp"),  # optuna's GP as it comes: the problem's objective, a constraint GP per spec
    "gp-lean": Strategy("gp", lean=True),
    "gp-margin": Strategy("gp", "margin"),
    "tpe": Strategy("tpe"),
    "tpe-margin": Strategy("tpe", "margin"),
}


def strategy_of(name: str) -> Strategy:
    """``llm+X`` is strategy X from a start point (``llm+bo`` is ``bo``)."""
    base = name.removeprefix("llm+")
    if base not in STRATEGIES:
        raise InputError(f"unknown strategy {name!r}; choose one of {', '.join(STRATEGIES)} (or llm+ before one)")
    return STRATEGIES[base]


def _sampler(strategy: Strategy, seed: int, startup: int) -> Any:
    """Constraints reach the GP/TPE samplers through ``Trial.set_constraint`` (optuna >= 5)."""
    import optuna

    if strategy.sampler == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    if strategy.sampler == "tpe":
        return optuna.samplers.TPESampler(seed=seed, n_startup_trials=startup, multivariate=True)
    sampler = optuna.samplers.GPSampler(seed=seed, n_startup_trials=startup)
    if strategy.lean:
        # optuna has no public setting for these; without them (another optuna) the sampler runs as it comes
        for attr, value in (("_n_preliminary_samples", 512), ("_n_local_search", 4)):
            if hasattr(sampler, attr):
                setattr(sampler, attr, value)
    return sampler


def optimise(problem: Problem, evaluator: Evaluator, *, strategy: str = "bo", budget: int = 100, seed: int = 0,
             start: Seed | None = None, stop_when_met: bool = False, startup: int = 6,
             progress: Callable[[Point], None] | None = None) -> SearchResult:
    """Drive ngspice with optuna (see :class:`Strategy`; ``random`` is random search with the same budget).

    Deterministic for a given seed: the samplers are seeded (their state lives in the search, not
    the process), corners are recorded in their own order whichever finishes first, and a
    timed-out simulation is run again with more time (docs/sizing-search.md)."""
    import optuna

    optuna.logging.set_verbosity(logging.WARNING)
    plan = strategy_of(strategy)
    t0 = time.monotonic()
    if plan.sampler != "random":
        with _one_torch_thread():
            return _optimise(problem, evaluator, strategy, plan, budget, seed, start, stop_when_met, startup, progress, t0)
    return _optimise(problem, evaluator, strategy, plan, budget, seed, start, stop_when_met, startup, progress, t0)


_torch_lock = threading.Lock()
_torch_users = [0, 0]  # searches running now, torch's thread count before the first of them


@contextmanager
def _one_torch_thread() -> Iterator[None]:
    """Torch on one thread while any search runs in this process.

    The GP's linear algebra is tiny, so more threads only fight the simulator for the cores. The
    count is process-wide: two searches side by side (threads of a web session) must not restore
    it under each other mid-search, so the last one out restores it."""
    import torch

    with _torch_lock:
        if _torch_users[0] == 0:
            _torch_users[1] = torch.get_num_threads()
            torch.set_num_threads(1)
        _torch_users[0] += 1
    try:
        yield
    finally:
        with _torch_lock:
            _torch_users[0] -= 1
            if _torch_users[0] == 0:
                torch.set_num_threads(_torch_users[1])


def _optimise(problem: Problem, evaluator: Evaluator, strategy: str, plan: Strategy, budget: int, seed: int,
              start: Seed | None, stop_when_met: bool, startup: int, progress: Callable[[Point], None] | None,
              t0: float) -> SearchResult:
    import optuna

    specs = list(problem.specs.values())
    obj = problem.objective()
    seeded = start is not None and plan.sampler != "random"

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

    def value(pt: Point, goal: str) -> float:
        return max(pt.margins.values(), default=0.0) if goal == "margin" else objective_value(pt)

    def rebuilt(trials: list[tuple[dict[str, float], Point]], distributions: dict[str, Any], goal: str) -> Any:
        """A new study holding what was learnt so far, told in the terms of ``goal``."""
        study = optuna.create_study(direction="minimize", sampler=_sampler(plan, seed, startup))
        for params, pt in trials:
            if all(distributions[n].low <= v <= distributions[n].high for n, v in params.items()):
                study.add_trial(optuna.trial.create_trial(
                    params=params, distributions=distributions, value=value(pt, goal),
                    system_attrs={f"constraints:{k}": m for k, m in pt.margins.items()}))
        return study

    goal = plan.goal
    ranges = dict(start.ranges) if seeded and start else {}
    distributions = dists(ranges)
    study = rebuilt([], distributions, goal)
    told: list[tuple[dict[str, float], Point]] = []
    widened = not ranges
    first_met: int | None = None
    n_before = len(evaluator.history)
    sim_before, runs_before = evaluator.sim_seconds, evaluator.simulations
    if seeded and start is not None:
        study.enqueue_trial({n: min(max(v, distributions[n].low), distributions[n].high) for n, v in start.start.items()})
    for i in range(budget):
        if not widened and i >= budget // 2 and first_met is None:
            # the narrowed ranges did not contain a solution: search the full ranges, keeping what was learnt
            distributions = dists({})
            study = rebuilt(told, distributions, goal)
            widened = True
        trial = study.ask(distributions)
        pt = evaluator.evaluate(trial.params, phase="seed" if (i == 0 and seeded) else "search")
        for s in specs:
            trial.set_constraint(s.name, pt.margins[s.name])
        study.tell(trial, value(pt, goal))
        told.append((dict(trial.params), pt))
        if progress:
            progress(pt)
        if pt.feasible and first_met is None:
            first_met = i + 1
            if stop_when_met:
                break
            if goal == "margin" and obj is not None:
                # feasible: from here the problem's own objective, under one constraint per spec
                goal = "spec"
                study = rebuilt(told, distributions, goal)
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
