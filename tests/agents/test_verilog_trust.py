"""The verilog_writer loop with a scripted model (queued answers, not a model): cheating designs never
end in "pass", and benches in an engineer's own style are read."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from chipsmith.agents import verilog
from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import make_llm
from chipsmith.agents.state import ChipState
from chipsmith.core.config import Settings
from chipsmith.core.rundir import RunRecord
from chipsmith.evals.judge_corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]
STYLES = ROOT / "designs" / "tb_styles"
DATASET = ROOT / ".." / ".." / "shared" / "benchmarks" / "verilog-eval-v2" / "dataset_spec-to-rtl"
needs_icarus = pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")
SPEC = "A 4-bit counter with a synchronous active-high reset: q counts up by one on every rising clock edge."


def _ctx(tmp_path: Path, script: Path, **settings: object) -> AgentContext:
    s = Settings(llm=f"script:{script}", **settings)  # type: ignore[arg-type]
    record = RunRecord(tmp_path / "out" / "run")
    return AgentContext(settings=s, llm=make_llm(s, record), record=record, out_dir=(tmp_path / "out").resolve())


def _run(ctx: AgentContext, request: str = SPEC, **inputs: str) -> dict:  # type: ignore[type-arg]
    return verilog.run(ChipState(request=request, inputs={"knowledge": "off", **inputs}), ctx)


def _writer(code: str) -> tuple[str, str]:
    return ("verilog_writer", f"[BEGIN]\n{code}[DONE]")


def _feedback(ctx: AgentContext) -> str:
    calls = [c for c in ctx.record.llm_calls() if c["agent"] == "verilog_writer"]
    return str(calls[1]["messages"][-1]["content"]) if len(calls) > 1 else ""


@needs_icarus
@pytest.mark.slow
@pytest.mark.skipif(not DATASET.is_dir(), reason="VerilogEval v2 dataset not present")
def test_no_cheating_design_ends_in_pass(tmp_path: Path, script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    ended: dict[str, str] = {}
    for design in load_corpus():
        here = tmp_path / Path(design.file).stem
        here.mkdir()
        ctx = _ctx(here, script_file([_writer(design.code)]), max_tries=1)
        out = _run(ctx, request=(DATASET / f"{design.problem}_prompt.txt").read_text(),
                   testbench=str(DATASET / f"{design.problem}_test.sv"), reference=str(DATASET / f"{design.problem}_ref.sv"))
        ended[design.file] = out["verdict"]
    assert len(ended) >= 25
    assert [name for name, verdict in ended.items() if verdict == "pass"] == []


@needs_icarus
def test_pass_fail_bench_passes_a_correct_counter(tmp_path: Path, script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    ctx = _ctx(tmp_path, script_file([_writer((STYLES / "counter.sv").read_text())]))
    out = _run(ctx, testbench=str(STYLES / "tb_passfail.sv"))
    assert out["verdict"] == "pass", out["answer"]
    report = json.loads((ctx.out_dir / "report.json").read_text())
    assert report["tries"] == 1


@needs_icarus
def test_pass_fail_bench_feedback_names_the_failing_check(tmp_path: Path,
                                                          script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    ctx = _ctx(tmp_path, script_file([_writer((STYLES / "counter_wrong.sv").read_text()),
                                      _writer((STYLES / "counter.sv").read_text())]))
    out = _run(ctx, testbench=str(STYLES / "tb_passfail.sv"))
    assert out["verdict"] == "pass" and "try 2" in out["answer"]
    feedback = _feedback(ctx)
    assert "ERROR: q is 2, expected 1 at time 20000" in feedback
    assert "Fix the fault" not in feedback or "PASS" not in feedback.split("Fix the fault")[0][-200:]


@needs_icarus
def test_error_fatal_bench_in_the_loop(tmp_path: Path, script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    ctx = _ctx(tmp_path, script_file([_writer((STYLES / "counter_wrong.sv").read_text()),
                                      _writer((STYLES / "counter.sv").read_text())]))
    out = _run(ctx, testbench=str(STYLES / "tb_severity.sv"))
    assert out["verdict"] == "pass" and "try 2" in out["answer"]
    assert "tb_severity.sv:18: q is 2, expected 1 (time 20000)" in _feedback(ctx)


@needs_icarus
def test_unreadable_bench_is_inconclusive_not_a_fault_to_chase(tmp_path: Path,
                                                               script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    ctx = _ctx(tmp_path, script_file([_writer((STYLES / "counter.sv").read_text())] * 4))
    out = _run(ctx, testbench=str(STYLES / "tb_unreadable.sv"))
    assert out["verdict"] != "pass"
    assert "inconclusive" in out["answer"] and "--pass-regex" in out["answer"]
    assert len([c for c in ctx.record.llm_calls() if c["agent"] == "verilog_writer"]) == 1  # no model sent chasing
    ctx2 = _ctx(tmp_path / "told", script_file([_writer((STYLES / "counter.sv").read_text())]))
    told = _run(ctx2, testbench=str(STYLES / "tb_unreadable.sv"), pass_regex="^done$")
    assert told["verdict"] == "pass", told["answer"]


@pytest.mark.slow
@needs_icarus
def test_cocotb_testbench_in_the_loop(tmp_path: Path, script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    pytest.importorskip("cocotb_tools")
    ctx = _ctx(tmp_path, script_file([_writer((STYLES / "counter_wrong.sv").read_text()),
                                      _writer((STYLES / "counter.sv").read_text())]))
    out = _run(ctx, testbench=str(STYLES / "test_counter.py"))
    assert out["verdict"] == "pass", out["answer"]
    feedback = _feedback(ctx)
    assert "counts_up: AssertionError: q is 2, expected 1" in feedback and "at 15 ns" in feedback
    assert "test_counter.py:16 in counts_up" in feedback


@pytest.mark.slow
@needs_icarus
@pytest.mark.skipif(shutil.which("verilator") is None, reason="verilator not installed")
def test_sva_bench_runs_on_verilator_in_the_loop(tmp_path: Path, script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    ctx = _ctx(tmp_path, script_file([_writer((STYLES / "counter_wrong.sv").read_text()),
                                      _writer((STYLES / "counter.sv").read_text())]), tool_timeout=120)
    out = _run(ctx, testbench=str(STYLES / "tb_sva.sv"))
    assert out["verdict"] == "pass" and "try 2" in out["answer"], out["answer"]
    feedback = _feedback(ctx)
    assert "q did not count up by one" in feedback and "tb_sva.sv:9: Assertion failed in TOP.tb.count_up" in feedback
