"""The verilog_writer specialist with a scripted model (queued answers, not a real model)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from chipsmith.agents import verilog
from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import make_llm
from chipsmith.agents.state import ChipState
from chipsmith.core.config import Settings
from chipsmith.core.rundir import RunRecord

DESIGNS = Path(__file__).parents[1] / "designs" / "counter"
GOOD = (DESIGNS / "good.sv").read_text()
BUG = (DESIGNS / "bug_increment.sv").read_text()
SPEC = (DESIGNS / "spec.txt").read_text()


def _ctx(tmp_path: Path, script: Path, **settings: object) -> AgentContext:
    s = Settings(llm=f"script:{script}", **settings)  # type: ignore[arg-type]
    record = RunRecord(tmp_path / "out" / "run")
    return AgentContext(settings=s, llm=make_llm(s, record), record=record, out_dir=(tmp_path / "out").resolve())


def _writer(code: str, style: str = "begin") -> tuple[str, str]:
    if style == "fence":
        return ("verilog_writer", f"Sure, here is the module:\n```verilog\n{code}```\nIt counts.")
    return ("verilog_writer", f"[BEGIN]\n{code}[DONE]")


def _run(ctx: AgentContext, **inputs: str) -> dict:
    state = ChipState(request=SPEC, inputs={"knowledge": "off", **inputs})
    return verilog.run(state, ctx)


def test_bug_then_fix_passes_on_try_2_and_feedback_names_signal_and_line(tmp_path: Path, script_file: Callable) -> None:
    ctx = _ctx(tmp_path, script_file([_writer(BUG, "fence"), _writer(GOOD)]))
    out = _run(ctx, testbench=str(DESIGNS / "tb.sv"))
    assert out["verdict"] == "pass"
    assert "passed its test bench on try 2" in out["answer"]
    calls = [c for c in ctx.record.llm_calls() if c["agent"] == "verilog_writer"]
    assert len(calls) == 2
    second = calls[1]["messages"][-1]["content"]
    assert "first mismatch is on output `q` at time 30: expected 4'h1, got 4'h2" in second
    assert "design.sv:12" in second and "q <= q + 4'd2;" in second  # the RTL line driving q, with context
    assert "Mismatches:" not in second  # parsed feedback, never the raw log
    report = json.loads((ctx.out_dir / "report.json").read_text())
    assert report["verdict"] == "pass" and report["tries"] == 2
    assert [t["verdict"] for t in report["per_try"]] == ["fail", "pass"]
    assert report["per_try"][0]["evidence"][-1]["tool"] == "vvp"
    assert report["per_try"][0]["evidence"][-1]["verdict"] == "mismatch"
    assert report["tool_versions"]["iverilog"]
    assert (ctx.out_dir / "TopModule.sv").read_text() == GOOD
    names = {a.name for a in out["artefacts"]}
    assert {"TopModule.sv", "tb.sv", "report.json", "logs/try1_vvp.log"} <= names
    # the user's bench is shown as simulated by the tools that ran it, not as "not checked"
    bench = next(a for a in out["artefacts"] if a.name == "tb.sv")
    assert [(e.tool, e.verdict) for e in bench.evidence] == [("iverilog", "ok"), ("vvp", "pass")]


def test_model_that_never_fixes_fails_after_4_tries_with_evidence(tmp_path: Path, script_file: Callable) -> None:
    ctx = _ctx(tmp_path, script_file([_writer(BUG)] * 4))
    out = _run(ctx, testbench=str(DESIGNS / "tb.sv"))
    assert out["verdict"] == "fail"
    assert "failed after 4 tries" in out["answer"]
    assert "`q`" in out["answer"]  # what the last try got wrong
    report = json.loads((ctx.out_dir / "report.json").read_text())
    assert report["tries"] == 4 and len(report["per_try"]) == 4
    for t in report["per_try"]:
        assert t["verdict"] == "fail"
        assert [e["tool"] for e in t["evidence"]] == ["pyslang", "verilator", "iverilog", "vvp"]
        assert t["evidence"][-1]["log_path"] and Path(t["evidence"][-1]["log_path"]).exists()
    assert len([s for s in out["steps"] if s.summary.startswith("try ")]) == 4


def test_testbench_that_cannot_compile_is_blamed_not_the_design(tmp_path: Path, script_file: Callable) -> None:
    ctx = _ctx(tmp_path, script_file([_writer(GOOD)]))
    out = _run(ctx, testbench=str(DESIGNS / "tb_broken.sv"))
    assert out["verdict"] == "error"
    assert "test bench is at fault" in out["answer"]
    assert "tb_broken.sv:" in out["answer"]
    report = json.loads((ctx.out_dir / "report.json").read_text())
    assert report["fault"] == "testbench" and report["tries"] == 1
    assert len([c for c in ctx.record.llm_calls() if c["agent"] == "verilog_writer"]) == 1  # no retry of the design


def test_model_written_testbench_is_checked_and_used(tmp_path: Path, script_file: Callable) -> None:
    bench = (DESIGNS / "tb.sv").read_text()
    ctx = _ctx(tmp_path, script_file([_writer(GOOD), ("verifier", f"```systemverilog\n{bench}```")]))
    out = _run(ctx)
    assert out["verdict"] == "pass"
    assert "written by the model" in out["answer"]
    assert (ctx.out_dir / "tb.sv").read_text().strip() == bench.strip()


def test_model_testbench_missing_an_output_is_refused(tmp_path: Path, script_file: Callable) -> None:
    bench = (DESIGNS / "tb.sv").read_text().replace("wrap", "wr_ap")
    ctx = _ctx(tmp_path, script_file([_writer(GOOD), ("verifier", f"[BEGIN]\n{bench}\n[DONE]")]))
    out = _run(ctx)
    assert out["verdict"] == "error"
    assert "never looks at output(s) wrap" in out["answer"]


def test_samples_are_ranked_by_the_tools(tmp_path: Path, script_file: Callable) -> None:
    ctx = _ctx(tmp_path, script_file([_writer(BUG), _writer("module TopModule(input clk); wire x = ; endmodule\n"),
                                      _writer(GOOD)]))
    out = _run(ctx, testbench=str(DESIGNS / "tb.sv"), samples="3")
    assert out["verdict"] == "pass"
    report = json.loads((ctx.out_dir / "report.json").read_text())
    first = report["per_try"][0]
    # the candidates are asked for at once, so which sample receives which scripted answer varies between runs
    assert sorted(c["verdict"] for c in first["candidates"]) == ["lint-errors", "mismatch", "pass"]
    assert first["candidates"][first["best"]]["verdict"] == "pass" and report["tries"] == 1


def test_design_calling_system_is_refused_and_fed_back(tmp_path: Path, script_file: Callable) -> None:
    evil = GOOD.replace("endmodule", '  initial $system("id");\nendmodule')
    ctx = _ctx(tmp_path, script_file([_writer(evil), _writer(GOOD)]))
    out = _run(ctx, testbench=str(DESIGNS / "tb.sv"))
    assert out["verdict"] == "pass"
    second = [c for c in ctx.record.llm_calls() if c["agent"] == "verilog_writer"][1]["messages"][-1]["content"]
    assert "$system runs a host shell command" in second
    tools = [json.loads(line)["tool"] for line in ctx.record.tool_calls_path.read_text().splitlines()]
    assert tools[0] == "verilator"  # the first tool that ran belonged to try 2: nothing ran for the evil design


def test_reference_gives_equivalence_check(tmp_path: Path, script_file: Callable) -> None:
    ref = tmp_path / "ref.sv"
    ref.write_text(GOOD.replace("TopModule", "RefModule"))
    ctx = _ctx(tmp_path, script_file([_writer(GOOD)]))
    out = _run(ctx, testbench=str(DESIGNS / "tb.sv"), reference=str(ref))
    assert out["verdict"] == "pass"
    assert "Yosys equivalence with the reference: equivalent" in out["answer"]


def test_answer_without_code_is_fed_back(tmp_path: Path, script_file: Callable) -> None:
    ctx = _ctx(tmp_path, script_file([("verilog_writer", "I cannot write Verilog."), _writer(GOOD)]), max_tries=2)
    out = _run(ctx, testbench=str(DESIGNS / "tb.sv"))
    assert out["verdict"] == "pass"
    second = [c for c in ctx.record.llm_calls() if c["agent"] == "verilog_writer"][1]["messages"][-1]["content"]
    assert "contained no Verilog module" in second


@pytest.mark.parametrize("text", [
    "[BEGIN]\nmodule a; endmodule\n[DONE]",
    "blah\n```verilog\nmodule a; endmodule\n```\nmore",
    "```\nmodule a;\nendmodule\n```",
    "Here:\nmodule a; endmodule\nThat is all.",
    "[BEGIN]\n```systemverilog\nmodule a; endmodule\n```\n[DONE]",
])
def test_extract_code_forms(text: str) -> None:
    assert verilog.extract_code(text).split() == ["module", "a;", "endmodule"]


def test_extract_code_none() -> None:
    assert verilog.extract_code("I am a small model and I like trains.") == ""


def test_design_including_a_host_file_is_refused_unread(tmp_path: Path, script_file: Callable) -> None:
    evil = '`include "/etc/passwd"\n' + GOOD
    ctx = _ctx(tmp_path, script_file([_writer(evil), _writer(GOOD)]))
    out = _run(ctx, testbench=str(DESIGNS / "tb.sv"))
    assert out["verdict"] == "pass"
    second = [c for c in ctx.record.llm_calls() if c["agent"] == "verilog_writer"][1]["messages"][-1]["content"]
    assert '`include "/etc/passwd" is an absolute path' in second
    assert "root:" not in second  # the file's content never reached the model


def test_unrequested_latch_is_reported_even_when_the_bench_passes(tmp_path: Path, script_file: Callable) -> None:
    latchy = GOOD.replace("  assign wrap = en & (q == 4'd15);",
                          "  reg w;\n  always @(*) if (en) w = (q == 4'd15); else if (!reset) w = 1'b0;\n  assign wrap = w & en;")
    ctx = _ctx(tmp_path, script_file([_writer(latchy)]))
    out = _run(ctx, testbench=str(DESIGNS / "tb.sv"))
    assert out["verdict"] == "pass"
    assert "a latch was inferred where none was asked for" in out["answer"]
    report = json.loads((ctx.out_dir / "report.json").read_text())
    assert report["synthesis"]["latches"] >= 1 and report["synthesis"]["verdict"] == "latch"


def test_model_bench_that_does_not_compile_is_rewritten_not_the_design(tmp_path: Path, script_file: Callable) -> None:
    bench = (DESIGNS / "tb.sv").read_text()
    broken = bench.replace("reg [3:0] q_exp;", "reg [3:0] q_exp")  # a syntax error in the bench
    ctx = _ctx(tmp_path, script_file([_writer(GOOD), ("verifier", f"[BEGIN]\n{broken}[DONE]"),
                                      ("verifier", f"[BEGIN]\n{bench}[DONE]")]))
    out = _run(ctx)
    assert out["verdict"] == "pass"
    calls = ctx.record.llm_calls()
    assert [c["agent"] for c in calls] == ["verilog_writer", "verifier", "verifier"]  # the design was not rewritten
    assert "Your previous test bench was rejected: it does not compile: " in calls[2]["messages"][-1]["content"]
    report = json.loads((ctx.out_dir / "report.json").read_text())
    assert [t["fault"] for t in report["per_try"]] == ["testbench", ""]


def test_bench_without_per_output_hints_still_gives_usable_feedback(tmp_path: Path, script_file: Callable) -> None:
    bench = "\n".join(line for line in (DESIGNS / "tb.sv").read_text().splitlines() if "Hint:" not in line
                      and not line.strip().startswith("else $display")) + "\n"
    bench = bench.replace('$display("Mismatches:', '$display("q was %0d at the end", q);\n    $display("Mismatches:')
    tb = tmp_path / "tb_plain.sv"
    tb.write_text(bench)
    ctx = _ctx(tmp_path, script_file([_writer(BUG), _writer(GOOD)]))
    out = _run(ctx, testbench=str(tb))
    assert out["verdict"] == "pass"
    second = [c for c in ctx.record.llm_calls() if c["agent"] == "verilog_writer"][1]["messages"][-1]["content"]
    assert "The test bench counted" in second and "q was" in second


def test_model_bench_that_the_reference_also_fails_is_blamed(tmp_path: Path, script_file: Callable) -> None:
    wrong = (DESIGNS / "tb.sv").read_text().replace("else if (en) q_exp <= q_exp + 1;", "else if (en) q_exp <= q_exp + 2;")
    ref = tmp_path / "ref.sv"
    ref.write_text(GOOD.replace("TopModule", "RefModule"))
    ctx = _ctx(tmp_path, script_file([_writer(GOOD), ("verifier", f"[BEGIN]\n{wrong}[DONE]"),
                                      ("verifier", f"[BEGIN]\n{wrong}[DONE]")]))
    out = _run(ctx, reference=str(ref))
    assert out["verdict"] == "error"
    assert "the reference design fails the model-written test bench too" in out["answer"]
    assert [c["agent"] for c in ctx.record.llm_calls()] == ["verilog_writer", "verifier", "verifier"]


def test_model_bench_that_leaves_an_output_idle_is_rewritten(tmp_path: Path, script_file: Callable) -> None:
    bench = (DESIGNS / "tb.sv").read_text()
    lazy = bench.replace("reset = 0; en = 1;", "reset = 0; en = 0;").replace("en = (i % 7) != 3;", "en = 0;")
    ctx = _ctx(tmp_path, script_file([_writer(GOOD), ("verifier", f"[BEGIN]\n{lazy}[DONE]"),
                                      ("verifier", f"[BEGIN]\n{bench}[DONE]")]))
    out = _run(ctx)
    assert out["verdict"] == "pass"
    calls = ctx.record.llm_calls()
    assert [c["agent"] for c in calls] == ["verilog_writer", "verifier", "verifier"]
    assert "output(s) q, wrap never change value" in calls[2]["messages"][-1]["content"]
