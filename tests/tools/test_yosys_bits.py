"""Yosys statistics count flip-flop bits, not cells: a 4-bit counter has four."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.tools.yosys import Yosys

pytestmark = pytest.mark.skipif(shutil.which("yosys") is None, reason="yosys not installed")


def test_four_bit_counter_is_four_flip_flops(tmp_path: Path) -> None:
    src = tmp_path / "counter.v"
    src.write_text("module counter(input clk, input rst, output reg [3:0] q);\n"
                   "  always @(posedge clk) if (rst) q <= 0; else q <= q + 1;\nendmodule\n")
    res = Yosys().stats([src], "counter", tmp_path / "w")
    assert res.verdict == "ok", res.diagnostics
    assert res.values["flip_flops"] == 4 and res.values["flip_flop_cells"] == 1


def test_one_flip_flop_and_a_latch_counted_by_bits(tmp_path: Path) -> None:
    src = tmp_path / "mix.v"
    src.write_text("module mix(input clk, input en, input [2:0] d, output reg q, output reg [2:0] l);\n"
                   "  always @(posedge clk) q <= d[0];\n  always @* if (en) l = d;\nendmodule\n")
    res = Yosys().stats([src], "mix", tmp_path / "w")
    assert res.verdict == "latch" and res.values["flip_flops"] == 1
