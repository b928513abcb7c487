"""Icarus wrapper: command building without binaries, then real iverilog/vvp runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.icarus import Icarus, parse_compiler_output, parse_simulation_output

needs_iverilog = pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")

_DUT = """module TopModule(input logic clk, input logic a, output logic q);
  always @(posedge clk) q <= a;
endmodule
"""
_BAD_DUT = """module TopModule(input logic clk, input logic a, output logic q);
  always @(posedge clk) q <= ~a;
endmodule
"""
# A VerilogEval-style bench: compares against a reference and prints the standard summary lines.
_TB = """`timescale 1 ps/1 ps
module tb;
  logic clk = 0; logic a = 0; logic q_ref, q_dut; int errors = 0, clocks = 0, first = 0;
  always #5 clk = ~clk;
  RefModule r(.clk(clk), .a(a), .q(q_ref));
  TopModule d(.clk(clk), .a(a), .q(q_dut));
  initial begin $dumpfile("wave.vcd"); $dumpvars(1, tb); end
  always @(negedge clk) begin
    clocks++;
    if (q_ref !== q_dut) begin if (errors == 0) first = $time; errors++; end
    a <= $random;
  end
  initial begin
    #205;
    if (errors) $display("Hint: Output '%s' has %0d mismatches. First mismatch occurred at time %0d.", "q", errors, first);
    else $display("Hint: Output '%s' has no mismatches.", "q");
    $display("Mismatches: %1d in %1d samples", errors, clocks);
    $finish;
  end
endmodule
module RefModule(input logic clk, input logic a, output logic q);
  always @(posedge clk) q <= a;
endmodule
"""


def test_command_builders_use_verilogeval_flags_and_keep_source_order() -> None:
    ic = Icarus(iverilog="iverilog-11", vvp="vvp-11")
    cmd = ic.compile_command(["s.sv", "dir with space/t.sv"], "tb", output="bin", include_dirs=["inc"], defines={"N": "3"})
    assert cmd == ["iverilog-11", "-Wall", "-Winfloop", "-Wno-timescale", "-g2012", "-s", "tb", "-I", "inc",
                   "-DN=3", "-o", "bin", "s.sv", "dir with space/t.sv"]
    assert ic.simulate_command("bin", ["+seed=1"]) == ["vvp-11", "-n", "bin", "+seed=1"]


def test_compiler_output_parsing() -> None:
    text = ("s.sv:3: syntax error\ns.sv:2: error: syntax error in continuous assignment\n"
            "s.sv:9: warning: @* is sensitive to all 4 words\nref.sv:21: sorry: This cast operation is not yet supported.\n"
            "s.sv:4:      : q is declared here as wire.\n2 error(s) during elaboration.\n")
    diags = parse_compiler_output(text)
    assert [(d.file, d.line, d.severity) for d in diags[:5]] == [
        ("s.sv", 3, "error"), ("s.sv", 2, "error"), ("s.sv", 9, "warning"), ("ref.sv", 21, "error"), ("s.sv", 4, "info")]
    assert diags[0].message == "syntax error"
    assert diags[3].message.startswith("sorry: This cast")
    assert diags[-1].severity == "error" and "elaboration" in diags[-1].message


def test_simulation_output_parsing() -> None:
    log = ("VCD info: dumpfile wave.vcd opened for output.\nstate=3\n"
           "Hint: Output 'z' has 7 mismatches. First mismatch occurred at time 130.\n"
           "Hint: Output 'y' has no mismatches.\nSimulation finished at 1076 ps\nMismatches: 7 in 215 samples\n"
           "ERROR: t.sv:12: bad thing\n")
    values, diags = parse_simulation_output(log)
    assert values["mismatches"] == 7 and values["samples"] == 215 and values["finished_at"] == 1076
    assert values["outputs"] == {"z": {"mismatches": 7, "first_time": 130}, "y": {"mismatches": 0, "first_time": -1}}
    assert "state=3" in values["displays"]  # type: ignore[operator]
    assert diags[0].severity == "error" and diags[0].file == "t.sv" and diags[0].line == 12
    assert parse_simulation_output("TIMEOUT\n")[0]["timeout"] is True


@needs_iverilog
def test_compile_and_simulate_pass_then_mismatch(tmp_path: Path) -> None:
    tb = tmp_path / "bench" / "tb.sv"
    tb.parent.mkdir()
    tb.write_text(_TB)
    ic = Icarus()
    for dut, verdict in ((_DUT, "pass"), (_BAD_DUT, "mismatch")):
        work = tmp_path / verdict
        work.mkdir()
        (work / "s.sv").write_text(dut)
        comp = ic.compile(["s.sv", tb], "tb", work)
        assert comp.ok and comp.verdict == "ok", comp.diagnostics
        sim = ic.simulate(work)
        assert sim.verdict == verdict
        assert Path(str(sim.values["vcd"])).name == "wave.vcd" and Path(str(sim.values["vcd"])).exists()
    assert sim.values["outputs"]["q"]["mismatches"] > 0  # type: ignore[index]
    assert sim.values["outputs"]["q"]["first_time"] > 0  # type: ignore[index]


@needs_iverilog
def test_compile_errors_carry_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "s.sv").write_text("module TopModule(input a, output b);\n  assign b = a\n  foo u(.x(a));\nendmodule\n")
    res = Icarus().compile(["s.sv"], "TopModule", tmp_path)
    assert not res.ok and res.verdict == "syntax-error"
    assert res.first_error is not None and res.first_error.file == "s.sv" and res.first_error.line in (2, 3)
    (tmp_path / "s.sv").write_text("module TopModule(input a, output b);\n  foo u(.x(a));\nendmodule\n")
    res = Icarus().compile(["s.sv"], "TopModule", tmp_path)
    assert res.verdict == "compile-error" and "Unknown module type" in res.first_error.message  # type: ignore[union-attr]
    with pytest.raises(InputError):
        Icarus().compile(["missing.sv"], "TopModule", tmp_path)


@needs_iverilog
def test_simulation_timeout_kills_a_hanging_design(tmp_path: Path) -> None:
    (tmp_path / "hang.sv").write_text("module top; reg c = 0; always #1 c = ~c; endmodule\n")
    ic = Icarus()
    assert ic.compile(["hang.sv"], "top", tmp_path).ok
    sim = ic.simulate(tmp_path, timeout=1.0)
    assert sim.verdict == "timeout" and not sim.ok and sim.outcome is not None and sim.outcome.timed_out
