"""The TuRBO-style trust region: its box, how it grows, shrinks and starts over, and a search inside it."""

from __future__ import annotations

import itertools
import json
import math
import shutil
from pathlib import Path

import pytest

from chipsmith.tools.ngspice import Ngspice
from chipsmith.tools.sizing.evaluate import Evaluator
from chipsmith.tools.sizing.problem import load_problem
from chipsmith.tools.sizing.search import Seed, gmid_seed, optimise
from chipsmith.tools.sizing.trust import TrustRegion

SUITE = Path(__file__).resolve().parents[2] / "evals" / "data" / "analog"


def _problem():  # type: ignore[no-untyped-def]
    return load_problem(SUITE / "folded_cascode.yaml")


def test_the_box_is_a_side_of_the_unit_cube_on_a_log_axis_and_stays_inside_the_bounds() -> None:
    problem = _problem()
    region = TrustRegion(problem, length=0.2, fail_tol=3)
    log_name = next(n for n, p in problem.params.items() if p.log)
    prm = problem.params[log_name]
    center = {n: p.mid() for n, p in problem.params.items()}
    lo, hi = region.box(center)[log_name]
    # at the geometric middle, a side of 0.2 spans a fifth of the decades, split evenly about the centre
    assert math.isclose(math.log(hi / lo), 0.2 * math.log(prm.hi / prm.lo), rel_tol=1e-9)
    assert math.isclose(math.sqrt(lo * hi), center[log_name], rel_tol=1e-9)
    at_edge = region.box({**center, log_name: prm.hi})[log_name]  # clipped, not shifted
    assert at_edge[1] == prm.hi and math.isclose(math.log(at_edge[1] / at_edge[0]), 0.1 * math.log(prm.hi / prm.lo))


def test_it_doubles_after_successes_halves_after_failures_and_starts_over_when_too_small() -> None:
    region = TrustRegion(_problem(), length=0.2, fail_tol=2, success_tol=2, min_length=0.06)
    region.update(0.9, best=1.0)
    region.update(0.8, best=0.9)
    assert region.length == 0.4
    region.update(0.8, best=0.8)  # no better than the best: a failure (an improvement under 0.1 % is one too)
    region.update(0.7995, best=0.8)
    assert region.length == 0.2
    for _ in range(4):
        region.update(1.0, best=0.8)
    assert region.length == 0.2 and region.restarts == 1  # 0.2 -> 0.1 -> 0.05 < 0.06: back to its first side


needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")


@needs_ngspice
def test_a_search_in_the_trust_region_stays_near_its_start_and_repeats_itself(tmp_path: Path) -> None:
    problem = _problem()
    start = gmid_seed(problem)

    def history(tag: str) -> list[list[object]]:
        runs = itertools.count()
        ev = Evaluator(problem, Ngspice(timeout=60), lambda: tmp_path / tag / f"{next(runs)}")
        result = optimise(problem, ev, strategy="llm+bo-tr", budget=10, seed=1, start=Seed(start, {}, "gm/Id"))
        return json.loads(json.dumps([[p.values, p.margins, p.verdict] for p in result.history], sort_keys=True))

    first, again = history("a"), history("b")
    assert first == again and len(first) == 10
    assert first[0][0] == {n: problem.params[n].snap(v) for n, v in start.items()}
    # proposal k (k >= 1) lies in a box around an earlier point whose side has doubled at most once per
    # three updates before it: on every axis within half that side of one of the points before it
    def unit(n: str, v: float) -> float:
        prm = problem.params[n]
        return math.log(v / prm.lo) / math.log(prm.hi / prm.lo) if prm.log else (v - prm.lo) / (prm.hi - prm.lo)

    for k in range(1, len(first)):
        half = 0.2 * 2 ** ((k - 1) // 3) / 2
        grid = max(problem.params[n].grid / max(first[k][0][n], 1e-30) for n in problem.params)  # snapping
        assert any(all(abs(unit(n, first[k][0][n]) - unit(n, first[j][0][n])) <= half + grid for n in problem.params)
                   for j in range(k)), k
