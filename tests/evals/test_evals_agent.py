"""Agent mode: the verilog_writer specialist (with a scripted model, not a real one) produces the
candidate from the spec alone; the harness then judges it with the benchmark's hidden bench."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipsmith.cli_eval import verilogeval as cli_verilogeval
from chipsmith.evals.harness import load_results

DATASET = Path(__file__).parents[1] / "data" / "evals" / "verilogeval"
pytestmark = pytest.mark.skipif(shutil.which("iverilog") is None or shutil.which("verilator") is None,
                                reason="iverilog and verilator needed")

DFF_BAD = "module TopModule(input clk, input d, output reg q);\n  always @(posedge clk) q <= ~d;\nendmodule\n"
DFF_GOOD = "module TopModule(input clk, input d, output reg q);\n  always @(posedge clk) q <= d;\nendmodule\n"
XOR = "module TopModule(input a, input b, output out);\n  assign out = a ^ b;\nendmodule\n"
DFF_TB = """module tb;
  reg clk = 0, d = 0; wire q; integer errors = 0, n = 0;
  TopModule dut(.clk(clk), .d(d), .q(q));
  always #5 clk = ~clk;
  initial begin
    repeat (20) begin
      d = n[0] ^ n[2]; @(posedge clk); #1; n = n + 1;
      if (q !== d) errors = errors + 1;
    end
    $display("Mismatches: %0d in %0d samples", errors, n);
    $finish;
  end
endmodule
"""
XOR_TB = """module tb;
  reg a = 0, b = 0; wire out; integer errors = 0, n = 0, i;
  TopModule dut(.a(a), .b(b), .out(out));
  initial begin
    for (i = 0; i < 4; i = i + 1) begin
      a = i[1]; b = i[0]; #1; n = n + 1;
      if (out !== (a ^ b)) errors = errors + 1;
    end
    $display("Mismatches: %0d in %0d samples", errors, n);
    $finish;
  end
endmodule
"""


def test_agent_mode_records_tries_and_judges_with_the_hidden_bench(tmp_path: Path) -> None:
    lines = [("verilog_writer", f"[BEGIN]\n{DFF_BAD}[DONE]"), ("verifier", f"```verilog\n{DFF_TB}```"),
             ("verilog_writer", f"[BEGIN]\n{DFF_GOOD}[DONE]"),
             ("verilog_writer", f"[BEGIN]\n{XOR}[DONE]"), ("verifier", f"```verilog\n{XOR_TB}```")]
    script = tmp_path / "script.jsonl"
    script.write_text("".join(json.dumps({"agent": a, "content": c}) + "\n" for a, c in lines))
    res = CliRunner().invoke(cli_verilogeval, ["--dataset", str(DATASET), "--mode", "agent", "--llm", f"script:{script}",
                                               "--out", str(tmp_path / "run"), "--json"])
    assert res.exit_code == 0, res.output
    results = {r["problem"]: r for r in load_results(tmp_path / "run")}
    assert results["Prob001_dff"]["passed"] and results["Prob001_dff"]["tries"] == 2
    assert results["Prob002_xor2"]["passed"] and results["Prob002_xor2"]["tries"] == 1
    assert results["Prob001_dff"]["notes"]["agent_verdict"] == "pass"
    summary = json.loads(res.stdout)
    assert summary["tries"] == [{"try": 1, "passed_at_try": 1, "cumulative_pass_rate": 0.5},
                                {"try": 2, "passed_at_try": 1, "cumulative_pass_rate": 1.0}]
    # the agent never saw the benchmark's bench: its own bench is what it verified against
    agent_dir = tmp_path / "run" / results["Prob001_dff"]["notes"]["agent_dir"]
    assert "RefModule" not in (agent_dir / "tb.sv").read_text()
