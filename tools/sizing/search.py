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
from chipsmith.tools.sizing.problem import MISSING_PENALTY, Problem, eval_expr
from chipsmith.tools.sizing.trust import TrustRegion

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
        values[d.w] = p.params[d.w].snap(max(2 * idd * d.l / (kp * vov * vov), d.area / d.l))
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
    fewer quasi-random candidates and local searches (512 and 4 instead of 2048 and 10). ``guard``:
    a point stopped at the nominal screen is told to the optimiser with each spec's margin moved by
    the corner spread seen so far (see :func:`corner_spread`), so that it is compared with the
    points simulated at every corner on the same worst-case footing. ``trust``: proposals come from
    a TuRBO-style trust region around the best point (:mod:`chipsmith.tools.sizing.trust`)."""

    sampler: str
    goal: str = "spec"
    lean: bool = False
    guard: bool = False
    trust: bool = False


STRATEGIES: dict[str, Strategy] = {
    "random": Strategy("random"),
    "bo": Strategy("gp", "margin", lean=True),
    "bo-guard": Strategy("gp", "margin", lean=True, guard=True),
    "bo-tr": Strategy("gp", "margin", lean=True, guard=True, trust=True),
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


def corner_spread(points: Sequence[Point]) -> dict[str, float]:
    """Per spec, how much worse its worst corner is than nominal: the median over the points
    simulated at every corner of (worst margin - nominal margin), never below 0.

    Without it the search sees a cliff: a candidate failing nominal by a little is told its small
    nominal shortfall, while one passing nominal is told its (often much larger) worst-corner
    shortfall, so the optimiser learns to stay just outside the nominal feasible region instead of
    moving into the interior where the corners meet too. Margins that hit the missing-measurement
    penalty are left out."""
    samples: dict[str, list[float]] = {}
    for pt in points:
        if len(pt.corners) < 2:  # a point stopped at a failing corner counts with the corners it ran
            continue
        nominal = next(iter(pt.corners.values()))["margins"]
        for name, worst in pt.margins.items():
            nom = nominal.get(name)
            if nom is None or max(worst, nom) >= MISSING_PENALTY:
                continue
            samples.setdefault(name, []).append(max(0.0, worst - nom))
    return {name: float(sorted(v)[len(v) // 2]) for name, v in samples.items()}


def told_margins(pt: Point, spread: dict[str, float]) -> dict[str, float]:
    """The margins the optimiser is told: a point stopped at the nominal screen gets the corner spread added."""
    if len(pt.corners) != 1 or not spread:
        return dict(pt.margins)
    return {name: m + spread.get(name, 0.0) for name, m in pt.margins.items()}


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

    spread: dict[str, float] = {}

    def margins(pt: Point) -> dict[str, float]:
        return told_margins(pt, spread) if plan.guard else pt.margins

    def value(pt: Point, goal: str) -> float:
        return max(margins(pt).values(), default=0.0) if goal == "margin" else objective_value(pt)

    def rebuilt(trials: list[tuple[dict[str, float], Point]], distributions: dict[str, Any], goal: str,
                salt: int = 0) -> Any:
        """A new study holding what was learnt so far (inside ``distributions``), told in the terms of ``goal``.
        ``salt`` varies the sampler's seed per rebuild, so a box rebuilt unchanged does not propose the same point."""
        study = optuna.create_study(direction="minimize", sampler=_sampler(plan, seed + 7919 * salt, startup))
        for params, pt in trials:
            if all(distributions[n].low <= v <= distributions[n].high for n, v in params.items()):
                study.add_trial(optuna.trial.create_trial(
                    params=params, distributions=distributions, value=value(pt, goal),
                    system_attrs={f"constraints:{k}": m for k, m in margins(pt).items()}))
        return study

    goal = plan.goal
    ranges = dict(start.ranges) if seeded and start else {}
    distributions = dists(ranges)
    study = rebuilt([], distributions, goal)
    told: list[tuple[dict[str, float], Point]] = []
    widened = not ranges
    region = TrustRegion.for_problem(problem, seeded=seeded) if plan.trust else None
    first_met: int | None = None
    n_before = len(evaluator.history)
    sim_before, runs_before = evaluator.sim_seconds, evaluator.simulations
    if seeded and start is not None:
        study.enqueue_trial({n: min(max(v, distributions[n].low), distributions[n].high) for n, v in start.start.items()})
    for i in range(budget):
        if region is not None and i >= (1 if seeded else startup):
            # the trust region: a box around the best point so far, the GP fitted on the points inside it
            center = min(told, key=lambda t: value(t[1], goal))[0]
            distributions = dists(region.box(center))
            study = rebuilt(told, distributions, goal, salt=i)
        elif not widened and i >= budget // 2 and first_met is None:
            # the narrowed ranges did not contain a solution: search the full ranges, keeping what was learnt
            distributions = dists({})
            study = rebuilt(told, distributions, goal)
            widened = True
        trial = study.ask(distributions)
        pt = evaluator.evaluate(trial.params, phase="seed" if (i == 0 and seeded) else "search")
        if region is not None and told:
            before = min(value(p, goal) for _, p in told)
        told.append((dict(trial.params), pt))
        if plan.guard and len(pt.corners) > 1 and not pt.feasible:
            # a new worst-case sample: re-tell every point screened out at nominal with the new spread
            spread = corner_spread([p for _, p in told])
            study = rebuilt(told, distributions, goal)
        else:
            told_now = margins(pt)
            for s in specs:
                trial.set_constraint(s.name, told_now[s.name])
            study.tell(trial, value(pt, goal))
        if region is not None and len(told) > 1:
            region.update(value(pt, goal), before)
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
