"""The corner guard band: points stopped at the nominal screen are told the worst case the corners have shown."""

from __future__ import annotations

from chipsmith.tools.sizing.evaluate import Point
from chipsmith.tools.sizing.problem import MISSING_PENALTY
from chipsmith.tools.sizing.search import STRATEGIES, corner_spread, told_margins


def _all_corners(index: int, nominal: dict[str, float], worst: dict[str, float]) -> Point:
    corners = {"tt/27C/1.8V": {"margins": nominal, "measured": {}, "verdict": "ok", "log_path": ""},
               "ss/125C/1.62V": {"margins": worst, "measured": {}, "verdict": "ok", "log_path": ""}}
    return Point(index, {}, {}, {k: max(nominal[k], worst[k]) for k in nominal}, "ok", 0.0, corners=corners,
                 simulations=2, all_corners=True)


def _screened(index: int, nominal: dict[str, float]) -> Point:
    corners = {"tt/27C/1.8V": {"margins": nominal, "measured": {}, "verdict": "ok", "log_path": ""}}
    return Point(index, {}, {}, dict(nominal), "ok", 0.0, corners=corners, simulations=1, all_corners=False)


def test_the_spread_is_the_median_worst_minus_nominal_and_never_negative() -> None:
    pts = [_all_corners(1, {"ugbw": -0.10, "pm": -0.20}, {"ugbw": 0.05, "pm": -0.25}),
           _all_corners(2, {"ugbw": -0.20, "pm": -0.10}, {"ugbw": -0.02, "pm": -0.05}),
           _all_corners(3, {"ugbw": -0.05, "pm": -0.10}, {"ugbw": 0.25, "pm": -0.10}),
           _screened(4, {"ugbw": 0.30, "pm": 0.0})]  # a screened point teaches nothing about corners
    spread = corner_spread(pts)
    assert abs(spread["ugbw"] - 0.18) < 1e-9  # median of 0.15, 0.18, 0.30
    assert spread["pm"] == 0.0  # median of 0 (the worst corner was better: clipped), 0.05 and 0


def test_a_missing_measurement_teaches_no_spread() -> None:
    pts = [_all_corners(1, {"ugbw": -0.1}, {"ugbw": MISSING_PENALTY})]
    assert corner_spread(pts) == {}


def test_a_point_failing_nominal_by_a_little_is_no_longer_told_it_beats_one_passing_nominal() -> None:
    passed = _all_corners(1, {"ugbw": -0.05}, {"ugbw": 0.20})  # passes nominal, 0.20 short at the slow corner
    near_miss = _screened(2, {"ugbw": 0.01})  # just short at nominal, so never simulated at the corners
    spread = corner_spread([passed, near_miss])
    # told as they were, the near miss looked 20 times better than the point that passed nominal
    assert near_miss.margins["ugbw"] < passed.margins["ugbw"]
    told = told_margins(near_miss, spread)
    assert told["ugbw"] > passed.margins["ugbw"]  # now it is told its likely worst case: 0.01 + 0.25
    assert told_margins(passed, spread) == passed.margins  # a point simulated everywhere keeps its own
    assert near_miss.margins["ugbw"] == 0.01  # the record itself is untouched


def test_the_guard_is_a_strategy_of_its_own_and_the_trust_region_uses_it() -> None:
    assert not STRATEGIES["bo"].guard and STRATEGIES["bo-guard"].guard and STRATEGIES["bo-tr"].guard
    assert STRATEGIES["bo-guard"].goal == STRATEGIES["bo"].goal == "margin" and STRATEGIES["bo-tr"].trust
