"""Feedback times: inputs exactly at the mismatch time, and when the output really parted from the expected."""

from __future__ import annotations

from chipsmith.tools.localize import Localization, Mismatch, _divergence_start
from chipsmith.tools.vcd import Trace


def test_divergence_is_found_before_the_benchs_sample() -> None:
    ref = Trace("q_ref", 4, [0, 10, 20, 30], ["0000", "0001", "0010", "0011"])
    dut = Trace("q_dut", 4, [0, 10, 15, 30], ["0000", "0001", "0011", "0100"])  # wrong from 15 on
    assert _divergence_start(ref, dut, 25) == 15
    assert _divergence_start(ref, dut, 12) is None  # they agree at that sample


def test_an_x_in_the_expected_value_matches_anything() -> None:
    ref = Trace("q_ref", 1, [0, 20], ["x", "1"])
    dut = Trace("q_dut", 1, [0, 22], ["0", "0"])
    assert _divergence_start(ref, dut, 30) == 20


def test_feedback_names_the_divergence_and_the_inputs_then() -> None:
    m = Mismatch("q", 25, 3, expected="4'h2", got="4'h3", diverged_at=15)
    loc = Localization([m], [], inputs={"clk": "1'b0 (changed from 1'b1 at this time)", "reset": "1'b0"})
    text = loc.feedback("module m; endmodule\n", "design.sv")
    assert "at time 25: expected 4'h2, got 4'h3." in text
    assert "already differs from the expected value from time 15; the bench sampled it at 25" in text
    assert "clk = 1'b0 (changed from 1'b1 at this time)" in text
