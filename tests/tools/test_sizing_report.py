"""What the sizer's answer says about its result: variables pressed against a bound, and a Bode plot
that marks the unity-gain frequency and the phase margin."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import brentq

from chipsmith.tools.sizing.problem import load_problem
from chipsmith.tools.sizing.report import bode_figure, bound_notes, plot_bode

SUITE = Path(__file__).resolve().parents[2] / "evals" / "data" / "analog"


def test_a_variable_at_or_a_grid_step_from_a_bound_is_named_with_what_to_do() -> None:
    problem = load_problem(SUITE / "sky130" / "miller.yaml")  # w6: 2u .. 200u on a 0.05u grid
    mid = {n: p.mid() for n, p in problem.params.items()}
    assert bound_notes(problem, mid) == []
    notes = bound_notes(problem, {**mid, "w6": 200e-6})
    assert notes == ["w6 = 200 µm is at its upper bound (200 µm): widen the range or change the topology"]
    one_step = bound_notes(problem, {**mid, "w6": 199.95e-6, "ibias": 2e-6})
    assert len(one_step) == 2
    assert one_step[0].startswith("w6 = 199.95 µm is within a grid step of its upper bound")
    assert one_step[1].startswith("ibias = 2 µA is at its lower bound (2 µA)")
    # two grid steps away is inside the range
    assert bound_notes(problem, {**mid, "w6": 199.9e-6}) == []


def test_a_variable_without_a_grid_is_at_a_bound_within_a_thousandth_of_its_range() -> None:
    problem = load_problem(Path(__file__).resolve().parents[1] / "data" / "sizer" / "cs_opt.yaml")  # w1: 2u .. 20u, log, no grid
    assert bound_notes(problem, {"w1": 19.99e-6, "ibias": 50e-6}) == [
        "w1 = 19.99 µm is within a grid step of its upper bound (20 µm): widen the range or change the topology"]
    assert bound_notes(problem, {"w1": 19.5e-6, "ibias": 50e-6}) == []


def _two_pole(freq: np.ndarray) -> np.ndarray:
    s = 2j * math.pi * freq
    return -1000 / ((1 + s / (2 * math.pi * 1e4)) * (1 + s / (2 * math.pi * 3e6)))  # inverting, 60 dB


def test_the_bode_plot_marks_ugbw_on_both_axes_and_annotates_the_phase_margin() -> None:
    freq = np.logspace(1, 10, 301)
    h = _two_pole(freq)
    # independently of the plot's own reader: |H| = 1 by root finding, PM from the two poles' phase
    ugbw = brentq(lambda f: abs(_two_pole(np.array([f]))[0]) - 1, 1e5, 1e9)
    pm = 180 - math.degrees(math.atan(ugbw / 1e4) + math.atan(ugbw / 3e6))
    fig = bode_figure(freq, h, "two poles")
    gain_ax, phase_ax = fig.axes
    for ax in (gain_ax, phase_ax):
        marks = [ln for ln in ax.get_lines() if ln.get_gid() == "ugbw"]
        assert len(marks) == 1
        assert marks[0].get_xdata()[0] == pytest.approx(ugbw, rel=0.01)
    label = next(t for t in phase_ax.texts if t.get_gid() == "pm").get_text()
    assert label.startswith("PM ") and label.endswith("°")
    assert float(label[3:-1]) == pytest.approx(pm, abs=0.5)
    assert any(t.get_text().startswith("UGBW ") and "MHz" in t.get_text() for t in gain_ax.texts)
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_a_response_that_never_crosses_unity_has_no_marks_and_still_plots() -> None:
    freq = np.logspace(1, 8, 71)
    h = 0.5 / (1 + 1j * freq / 1e5)
    fig = bode_figure(freq, h, "below unity")
    assert not any(ln.get_gid() == "ugbw" for ax in fig.axes for ln in ax.get_lines())
    assert not any(t.get_gid() == "pm" for ax in fig.axes for t in ax.texts)
    import matplotlib.pyplot as plt

    plt.close(fig)
    assert plot_bode(freq, h, "below unity")[:4] == b"\x89PNG"
