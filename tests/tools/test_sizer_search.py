"""Optimisation with ngspice in the loop: a known optimum on the common-source stage, and infeasible specs."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from scipy.optimize import brentq

from chipsmith.tools.ngspice import Ngspice
from chipsmith.tools.sizing.evaluate import Evaluator
from chipsmith.tools.sizing.problem import load_problem
from chipsmith.tools.sizing.report import infeasible_message
from chipsmith.tools.sizing.search import optimise

DATA = Path(__file__).parents[1] / "data" / "sizer"
pytestmark = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")


def _evaluator(problem_file: str, tmp_path: Path) -> Evaluator:
    prob = load_problem(DATA / problem_file)
    counter = itertools.count()
    return Evaluator(prob, Ngspice(), lambda: tmp_path / f"{next(counter):04d}")


@pytest.mark.slow
def test_bo_finds_the_known_minimum_power_of_the_common_source_stage(tmp_path: Path) -> None:
    ev = _evaluator("cs_opt.yaml", tmp_path / "ref")
    prob = ev.problem
    # The optimum, found independently: the widest input device (gm per ampere grows with W),
    # biased just at the bandwidth bound -- a 1-D root of UGBW(ibias) = 150 MHz by bisection.
    wmax = prob.params["w1"].hi

    def ugbw_gap(ibias: float) -> float:
        return ev.evaluate({"w1": wmax, "ibias": ibias}).measured["ugbw"] - 150e6

    i_star = brentq(ugbw_gap, 5e-6, 300e-6, xtol=1e-8)
    p_star = ev.evaluate({"w1": wmax, "ibias": i_star * 1.0001}).measured["power"]
    assert p_star == pytest.approx(2 * 1.8 * i_star, rel=0.04)  # two branches of about ibias (mirror error) from 1.8 V

    search = _evaluator("cs_opt.yaml", tmp_path / "bo")
    res = optimise(prob, search, strategy="bo", budget=30, seed=0)
    assert res.first_met is not None
    best = res.best
    assert best is not None and best.feasible
    assert best.measured["power"] == pytest.approx(p_star, rel=0.05)
    assert best.values["w1"] > 0.8 * wmax


def test_infeasible_specs_name_the_conflict_and_the_best_trade_off(tmp_path: Path) -> None:
    ev = _evaluator("cs_conflict.yaml", tmp_path)
    res = optimise(ev.problem, ev, strategy="random", budget=40, seed=0)
    assert res.first_met is None
    msg = infeasible_message(ev.problem, res)
    assert "No simulated point met every spec within 40 simulations" in msg
    assert "power vs ugbw" in msg  # each is met by some points, never both
    assert "Best trade-off (simulation" in msg and "measured" in msg
