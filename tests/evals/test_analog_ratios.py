"""The analog suite's random-search comparison: random against every strategy in the run, in design
points and in ngspice runs, a lower bound when random never met, and no ratio for a strategy that
did not meet itself."""

from __future__ import annotations

from typing import Any

from chipsmith.evals.analog import report_md, summarise


def _row(strategy: str, met: bool, points: int, runs: int, budget: int = 100) -> dict[str, Any]:
    return {"circuit": "ota", "title": "ota", "strategy": strategy, "seed": 0, "budget": budget, "met": met,
            "sims_to_met": points if met else None, "runs_to_met": runs if met else None, "ngspice_runs": runs,
            "seconds": 9.0, "sim_seconds": 8.0, "optimiser_seconds": 1.0, "best": {"measured": {}},
            "specs": {"ugbw": ">= 10 MHz"}, "corners": ["tt/27 °C"]}


def test_random_is_compared_with_every_strategy_that_met() -> None:
    summary = summarise([_row("random", True, 160, 196, budget=250), _row("llm+bo-tr", True, 16, 40),
                         _row("bo", False, 100, 300)])
    ratios = summary["ota"]["random_over"]
    assert ratios == {"llm+bo-tr": {"points": 10.0, "runs": 4.9, "lower_bound": False}}
    assert "random_over_bo" not in summary["ota"]
    text = report_md(summary, {"budget": 100, "seeds": 1, "strategies": ["random", "bo", "llm+bo-tr"]})
    assert "| ota | llm+bo-tr | 10 | 4.9 |" in text.splitlines()


def test_a_random_search_that_never_met_gives_a_lower_bound() -> None:
    summary = summarise([_row("random", False, 1500, 1510, budget=1500), _row("bo", True, 15, 87)])
    assert summary["ota"]["random_over"]["bo"] == {"points": 100.07, "runs": 17.37, "lower_bound": True}
    assert summary["ota"]["random_over_bo"] == 100.07 and summary["ota"]["ratio_is_lower_bound"]
    text = report_md(summary, {"budget": 1500, "seeds": 1, "strategies": ["random", "bo"]})
    assert "| ota | bo | >= 100.07 | >= 17.37 |" in text.splitlines()
