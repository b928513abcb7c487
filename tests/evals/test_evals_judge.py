"""VerilogEval judge: upstream's pass rule and failure classes on real iverilog logs, prompts, extraction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.evals.harness import Candidate, EvalConfig
from chipsmith.evals.verilogeval import VerilogEval, build_prompt, classify_log, extract_code, judge

LOGS = Path(__file__).parents[1] / "data" / "evals" / "logs"
DATASET = Path(__file__).parents[1] / "data" / "evals" / "verilogeval"
needs_iverilog = pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")

# Each log was written by iverilog 11 + vvp for the candidate next to it (tb_watchdog_timeout is
# the reference of VerilogEval's Prob082_lfsr32, whose bench prints TIMEOUT before it ends).
CASES = [
    ("pass", ".", 0),
    ("mismatch", "R", 37),
    ("reset_mismatch", "r", 37),
    ("syntax_error", "S", 0),
    ("error_with_zero_mismatches", "C", 0),  # "error" anywhere fails the sample, even with Mismatches: 0
    ("declared_as_wire", "w", 0),
    ("unknown_module", "m", 0),
    ("zero_delay_loop", "C", 0),
    ("hang_timeout", "T", 0),
    ("tb_watchdog_timeout", "T", 0),
]


@pytest.mark.parametrize(("name", "code", "mismatches"), CASES)
def test_upstream_pass_rule_on_real_logs(name: str, code: str, mismatches: int) -> None:
    log = (LOGS / f"{name}.log").read_text()
    src = LOGS / f"{name}.sv"
    verilog = src.read_text() if src.exists() else ""
    assert classify_log(log, verilog) == (code, mismatches)


def test_zero_mismatches_line_must_be_exact() -> None:
    assert classify_log("Mismatches: 0 in 39 samples\n", "") == (".", 0)
    assert classify_log("Mismatches: 0 in 39 samples (of 40)\n", "")[0] == "R"
    assert classify_log("Hint: Mismatches: 0 in 39 samples\n", "")[0] == "R"
    # the first rule that matches decides, in upstream's order
    assert classify_log("x.sv:3: syntax error\nTIMEOUT\n", "")[0] == "S"
    assert classify_log("Unable to bind wire/reg/memory `clk' in `tb'\n", "")[0] == "c"
    assert classify_log("Unable to bind wire/reg/memory `foo' in `tb'\nerror\n", "")[0] == "p"


def test_spec_to_rtl_prompt_is_upstreams_byte_for_byte() -> None:
    msgs = build_prompt("spec-to-rtl", "\nBuild an XOR.\n\n")
    assert msgs[0] == {"role": "system",
                       "content": "\nYou are a Verilog RTL designer that only writes code using correct Verilog syntax.\n"}
    assert msgs[1]["content"] == ("\nQuestion:\nBuild an XOR.\n\nEnclose your code with [BEGIN] and [DONE]. Only output "
                                  "the code snippet\nand do NOT output anything else.\n\nAnswer:\n")
    ruled = build_prompt("spec-to-rtl", "Build an XOR.", rules=True)[1]["content"]
    assert "Declare all ports and signals as logic" in ruled and ruled.endswith("\nAnswer:\n")


def test_code_complete_prompt_comments_the_description() -> None:
    msgs = build_prompt("code-complete-iccad2023", "Build a circuit.\n\nmodule TopModule (\n  output zero\n);\n")
    assert msgs[1]["content"] == ("\n// Implement the Verilog module based on the following description. Assume that "
                                  "signals are positive clock/clk triggered unless otherwise stated.\n// Build a circuit."
                                  "\n// \n\nmodule TopModule (\n  output zero\n);")
    assert "Do not include module, input and output definitions." in msgs[0]["content"]


def test_answer_extraction_follows_sv_generate() -> None:
    body = "module TopModule(output z);\n  assign z = 0;\nendmodule"
    assert extract_code("spec-to-rtl", f"[BEGIN]\n{body}\n[DONE]") == f"\n{body}\n\n"
    fenced = extract_code("spec-to-rtl", f"Here:\n```verilog\n{body}\n```\nDone.")
    assert fenced == f"\n{body}\n\n// VERILOG-EVAL: response did not use <CODE></CODE> correctly\n\n"
    assert extract_code("spec-to-rtl", f"[BEGIN]\n{body}\n") == "\n\n"  # no [DONE]: upstream writes no code
    completion = extract_code("code-complete-iccad2023", "  assign z = 0;\nendmodule", ifc="module TopModule (\n  output z\n);")
    assert completion == "\nmodule TopModule (\n  output z\n);\n\n  assign z = 0;\nendmodule\n\n\n"


@needs_iverilog
def test_judge_runs_each_sample_in_its_own_directory(tmp_path: Path) -> None:
    bench = VerilogEval(DATASET)
    dff = bench.problems()[0]
    cfg = EvalConfig("verilogeval", str(DATASET), "spec-to-rtl", "oracle", timeout=10)
    results = {}
    for name in ("pass", "mismatch"):
        work = tmp_path / name
        work.mkdir()
        results[name] = judge(bench.job(dff, 1, Candidate(code=(LOGS / f"{name}.sv").read_text()), work, cfg))
        assert (work / "wave.vcd").exists() and (work / "Prob001_dff_sample01-sv-iv-test.log").exists()
    assert results["pass"]["passed"] and results["pass"]["failure"]["code"] == "."
    assert not results["mismatch"]["passed"] and results["mismatch"]["mismatches"] == 37  # $urandom is seeded: same every run
    assert results["mismatch"]["sim"]["outputs"]["q"]["first_time"] > 0
    cmd = results["pass"]["evidence"][0]["command"]
    assert cmd[1:7] == ["-Wall", "-Winfloop", "-Wno-timescale", "-g2012", "-s", "tb"]
    assert cmd[-3:] == ["Prob001_dff_sample01.sv", "Prob001_dff_test.sv", "Prob001_dff_ref.sv"]


@needs_iverilog
def test_a_sample_the_guard_refuses_is_never_compiled(tmp_path: Path) -> None:
    pytest.importorskip("chipsmith.tools.guard.verilog")
    bench = VerilogEval(DATASET)
    xor = bench.problems()[1]
    code = "module TopModule(input a, input b, output out);\n  assign out = a ^ b;\n  initial $system(\"touch x\");\nendmodule\n"
    res = judge(bench.job(xor, 1, Candidate(code=code), tmp_path, EvalConfig("verilogeval", "", "spec-to-rtl", "oracle")))
    assert res["failure"] == {"code": "G", "name": "guard-rejected"} and not res["passed"]
    assert "$system" in res["log"] and ":3:" in res["log"]
    assert not (tmp_path / "Prob002_xor2_sample01").exists() and res["evidence"] == []
