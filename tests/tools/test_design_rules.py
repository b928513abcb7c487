"""Each rule of the design under test, one test per rule, and no false alarm on real designs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chipsmith.tools.design_rules import RULES, check_design, sets_timescale_first

DATASET = Path(__file__).resolve().parents[2] / ".." / "shared" / "benchmarks" / "verilog-eval-v2"
BENCH_MODULES = ["tb", "stimulus_gen", "RefModule"]

_HEAD = "module TopModule(input clk, input [3:0] a, output reg [3:0] q);\n"

# rule -> (a design that breaks it, the line the verdict must name)
CASES: dict[str, tuple[str, int]] = {
    "prints": (_HEAD + "  always @(posedge clk) q <= a;\n  final $display(\"Mismatches: 0 in 400 samples\");\nendmodule\n", 3),
    "ends-simulation": (_HEAD + "  always @(posedge clk) q <= a;\n  initial #1 $finish;\nendmodule\n", 3),
    "reads-arguments": (_HEAD + "  reg [63:0] n;\n  initial if ($value$plusargs(\"chipsmith_nonce=%h\", n)) q = 0;\nendmodule\n", 3),
    "files": (_HEAD + "  integer fd;\n  initial fd = $fopen(\"wave.vcd\", \"r\");\nendmodule\n", 3),
    "waveform": (_HEAD + "  always @(posedge clk) q <= a;\n  initial $dumpoff;\nendmodule\n", 3),
    "random-stream": (_HEAD + "  always @(posedge clk) q <= a ^ $random;\nendmodule\n", 2),
    "system-task": (_HEAD + "  always @(posedge clk) q <= a;\n  initial $some_vendor_task(q);\nendmodule\n", 3),
    "force": (_HEAD + "  always @(posedge clk) q <= a;\n  initial force q = 4'd3;\nendmodule\n", 3),
    "hierarchical": (_HEAD + "  always @(posedge clk) q <= tb.good1.q;\nendmodule\n", 2),
    "timescale": ("`timescale 1ns/1ps\n" + _HEAD + "  always @(posedge clk) q <= a;\nendmodule\n", 1),
    "directive": ("`default_nettype none\n" + _HEAD + "  always @(posedge clk) q <= a;\nendmodule\n", 1),
    "define-leak": ("`define WIDTH 4\n" + _HEAD + "  always @(posedge clk) q <= a;\nendmodule\n", 1),
    "include": ("`include \"defs.vh\"\n" + _HEAD + "  always @(posedge clk) q <= a;\nendmodule\n", 1),
    "bind": (_HEAD + "  always @(posedge clk) q <= a;\nendmodule\nmodule spy(input x); endmodule\n"
             "bind tb spy s(.x(1'b1));\n", 5),
    "name-collision": (_HEAD + "  always @(posedge clk) q <= a;\nendmodule\nmodule stimulus_gen; endmodule\n", 4),
    "foreign-module": (_HEAD + "  RefModule r(.clk(clk), .a(a), .q());\n  always @(posedge clk) q <= a;\nendmodule\n", 2),
}


def test_every_rule_has_a_case() -> None:
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_names_the_construct_and_its_line(rule: str) -> None:
    design, line = CASES[rule]
    found = check_design(design, foreign_modules=BENCH_MODULES)
    hits = [v for v in found if v.rule == rule]
    assert hits, f"{rule} not found; got {[str(v) for v in found]}"
    assert hits[0].line == line
    assert hits[0].message.startswith(RULES[rule] + f": line {line} (")


def test_the_verdict_reads_as_a_sentence() -> None:
    found = check_design("module TopModule(output y);\n  assign y = 1;\n  initial\n    $write(\"PASS\");\nendmodule\n")
    assert [str(v) for v in found] == ["design prints to the simulator output: line 4 ($write)"]


def test_a_macro_cannot_hide_a_system_task() -> None:
    design = ("`define SAY(x) $dis``play(x)\nmodule TopModule(output y);\n  assign y = 1;\n"
              "  initial `SAY(\"Mismatches: 0 in 10 samples\");\n`undef SAY\nendmodule\n")
    rules = {(v.rule, v.line) for v in check_design(design)}
    assert ("prints", 4) in rules  # the expansion, where it is used


def test_an_ifdef_cannot_hide_a_task_from_the_rules() -> None:
    design = "module TopModule(output y);\n  assign y = 1;\n`ifdef OK\n  initial $finish;\n`endif\nendmodule\n"
    rules = {(v.rule, v.line) for v in check_design(design)}
    assert ("ends-simulation", 4) in rules and ("directive", 3) in rules


def test_upward_task_call_and_root_are_outside_reaches() -> None:
    design = ("module TopModule(input clk, output reg y);\n  always @(posedge clk) y <= $root.tb.tb_match;\n"
              "  initial wait_for_end_of_timestep;\nendmodule\n")
    found = [(v.rule, v.line) for v in check_design(design)]
    assert ("hierarchical", 2) in found and ("hierarchical", 3) in found


def test_names_inside_the_design_are_not_outside_reaches() -> None:
    design = ("module TopModule(input [3:0] a, output [3:0] y, output z);\n"
              "  typedef struct packed { logic [3:0] f; } s_t;\n  s_t s;\n  assign s.f = a;\n"
              "  sub u(.x(a));\n  assign y = s.f;\n  assign z = u.w;\n"
              "  function automatic f1(input v); f1 = ~v; endfunction\n  wire k = f1(a[0]);\nendmodule\n"
              "module sub(input [3:0] x); wire w = x[0]; endmodule\n")
    assert check_design(design, foreign_modules=BENCH_MODULES) == []


def test_timescale_is_refused_only_where_it_reaches_another_file() -> None:
    design = "`timescale 1ns/1ps\n" + _HEAD + "  always @(posedge clk) q <= a;\nendmodule\n"
    assert [v.rule for v in check_design(design)] == ["timescale"]  # a file without its own follows
    assert check_design(design, next_sets_timescale=True) == []  # the bench sets its own first
    assert check_design(design, followed=False) == []  # nothing is compiled after the design


def test_leaking_directives_matter_only_when_a_file_follows() -> None:
    design = "`define W 4\n`default_nettype none\n" + _HEAD + "  always @(posedge clk) q <= a;\nendmodule\n"
    assert {v.rule for v in check_design(design)} == {"define-leak", "directive"}
    assert check_design(design, followed=False) == []


def test_sets_timescale_first() -> None:
    assert sets_timescale_first("`timescale 1 ps/1 ps\n`define OK 12\nmodule tb; endmodule\n")
    assert not sets_timescale_first("module tb; endmodule\n`timescale 1ns/1ps\n")
    assert not sets_timescale_first("// `timescale 1ns/1ps\nmodule tb; endmodule\n")


def test_a_define_that_is_undone_and_a_nettype_set_back_are_allowed() -> None:
    design = ("`default_nettype none\n`define W 4\nmodule TopModule(input wire [`W-1:0] a, output wire [`W-1:0] y);\n"
              "  assign y = $clog2(a) + $bits(a);\nendmodule\n`undef W\n`default_nettype wire\n")
    assert check_design(design) == []


@pytest.mark.skipif(not DATASET.is_dir(), reason="VerilogEval v2 dataset not present")
def test_no_reference_solution_breaks_a_rule() -> None:
    flagged = []
    for ref in sorted(DATASET.glob("dataset_*/*_ref.sv")):
        design = re.sub(r"\bRefModule\b", "TopModule", ref.read_text())
        if check_design(design, foreign_modules=BENCH_MODULES):
            flagged.append(ref.name)
    assert flagged == []
