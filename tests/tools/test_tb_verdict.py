"""Benches in an engineer's own style: a correct counter passes each, a wrong one fails naming the check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.tools.icarus import Icarus
from chipsmith.tools.judge import read_sealed
from chipsmith.tools.tb_verdict import BenchRun, BenchStyle, bench_style, read_verdict, run_bench, run_cocotb
from chipsmith.tools.verilator_sim import VerilatorSim

DESIGNS = Path(__file__).resolve().parents[1] / "designs" / "tb_styles"
needs_icarus = pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")
needs_verilator = pytest.mark.skipif(shutil.which("verilator") is None, reason="verilator not installed")


def _cocotb_available() -> bool:
    try:
        import cocotb_tools  # noqa: F401
    except ImportError:
        return False
    return shutil.which("iverilog") is not None


needs_cocotb = pytest.mark.skipif(not _cocotb_available(), reason="cocotb or iverilog not installed")


def _run(tmp_path: Path, design: str, bench: str, **kw: object) -> BenchRun:
    tmp_path.mkdir(parents=True, exist_ok=True)
    shutil.copy(DESIGNS / design, tmp_path / "design.sv")
    shutil.copy(DESIGNS / bench, tmp_path / bench)
    return run_bench("design.sv", bench, tmp_path, top="tb", icarus=Icarus(timeout=120), **kw)  # type: ignore[arg-type]


@needs_icarus
def test_pass_fail_prints(tmp_path: Path) -> None:
    good = _run(tmp_path / "good", "counter.sv", "tb_passfail.sv")
    assert good.verdict.verdict == "pass" and good.verdict.style == "prints", good.verdict.reason
    bad = _run(tmp_path / "bad", "counter_wrong.sv", "tb_passfail.sv")
    assert bad.verdict.verdict == "fail"
    assert bad.verdict.failures[0] == "ERROR: q is 2, expected 1 at time 20000"
    assert "FAIL: 19 errors" in bad.verdict.failures


@needs_icarus
def test_error_and_fatal(tmp_path: Path) -> None:
    good = _run(tmp_path / "good", "counter.sv", "tb_severity.sv")
    assert good.verdict.verdict == "pass" and good.verdict.style == "checks-silent", good.verdict.reason
    bad = _run(tmp_path / "bad", "counter_wrong.sv", "tb_severity.sv")
    assert bad.verdict.verdict == "fail" and bad.verdict.style == "severity"
    assert bad.verdict.failures[0].startswith("tb_severity.sv:18: q is 2, expected 1 (time 20000)")
    assert bad.verdict.counts["error"] == 4 and bad.verdict.counts["fatal"] == 1
    assert bad.verdict.time == 20000


@needs_verilator
@pytest.mark.slow
def test_concurrent_assertion_on_verilator(tmp_path: Path) -> None:
    assert bench_style((DESIGNS / "tb_sva.sv").read_text()).concurrent == 1
    good = _run(tmp_path / "good", "counter.sv", "tb_sva.sv", verilator=VerilatorSim(timeout=120))
    assert good.simulator == "verilator"
    assert good.verdict.verdict == "pass", (good.verdict.reason, good.log[-500:])
    bad = _run(tmp_path / "bad", "counter_wrong.sv", "tb_sva.sv", verilator=VerilatorSim(timeout=120))
    assert bad.verdict.verdict == "fail", bad.verdict.reason
    assert "q did not count up by one" in bad.verdict.failures[0] and "tb_sva.sv:" in bad.verdict.failures[0]


@needs_icarus
def test_a_bench_nobody_can_read_is_inconclusive_until_told_how(tmp_path: Path) -> None:
    run = _run(tmp_path / "plain", "counter.sv", "tb_unreadable.sv")
    assert run.verdict.verdict == "inconclusive"
    assert "--pass-regex" in run.verdict.reason
    told = _run(tmp_path / "told", "counter.sv", "tb_unreadable.sv", pass_regex=r"^done$", fail_regex=r"q = (?!\d)")
    assert told.verdict.verdict == "pass" and told.verdict.style == "regex"
    wrong = _run(tmp_path / "wrong", "counter_wrong.sv", "tb_unreadable.sv", pass_regex=r"^never$", fail_regex=r"q = 3$")
    assert wrong.verdict.verdict == "inconclusive"  # neither matched: said, not guessed
    caught = _run(tmp_path / "caught", "counter_wrong.sv", "tb_unreadable.sv", fail_regex=r"q = [02468]$")
    assert caught.verdict.verdict == "fail" and caught.verdict.failures == ["q = 2"]


@needs_icarus
def test_the_design_cannot_print_the_benchs_pass(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    cheat = (DESIGNS / "counter_wrong.sv").read_text().replace("endmodule", "  final $display(\"PASS\");\nendmodule")
    (tmp_path / "x" / "cheat.sv").write_text(cheat)
    shutil.copy(DESIGNS / "tb_unreadable.sv", tmp_path / "x" / "tb.sv")
    run = run_bench("cheat.sv", "tb.sv", tmp_path / "x", top="tb")
    assert run.verdict.verdict == "fail" and run.verdict.style == "design-rule"
    assert run.verdict.reason.startswith("design prints to the simulator output: line 9 ($display)")


def test_finish_argument_tells_the_failing_path() -> None:
    style = BenchStyle(finish_args=frozenset({"0", "1"}))
    nonce = "0123456789abcdef"
    failed = read_verdict(read_sealed(f"@@{nonce}@@ checking\n@@{nonce}@@!finish 90 1\n", nonce), style)
    assert failed.verdict == "fail" and failed.style == "finish-argument" and failed.time == 90
    fine = read_verdict(read_sealed(f"@@{nonce}@@ checking\n@@{nonce}@@!finish 90 0\n", nonce), style)
    assert fine.verdict == "inconclusive"


def test_exit_status_is_read() -> None:
    run = read_sealed("", "0123456789abcdef")
    assert read_verdict(run, BenchStyle(), returncode=3).verdict == "fail"
    assert read_verdict(run, BenchStyle(), timed_out=True).verdict == "timeout"


@needs_cocotb
@pytest.mark.slow
def test_cocotb_test_on_icarus(tmp_path: Path) -> None:
    for name, design in (("good", "counter.sv"), ("bad", "counter_wrong.sv")):
        (tmp_path / name).mkdir()
        shutil.copy(DESIGNS / design, tmp_path / name / "counter.sv")
        shutil.copy(DESIGNS / "test_counter.py", tmp_path / name / "test_counter.py")
    good = run_cocotb("counter.sv", "test_counter.py", "counter", tmp_path / "good")
    assert good.verdict.verdict == "pass", (good.verdict.reason, good.log[-800:])
    bad = run_cocotb("counter.sv", "test_counter.py", "counter", tmp_path / "bad")
    assert bad.verdict.verdict == "fail"
    first = bad.verdict.failures[0]
    assert first.startswith("counts_up: AssertionError: q is 2, expected 1")
    assert "(at 15 ns; test_counter.py:16 in counts_up" in first
    assert bad.verdict.time == 15


@needs_cocotb
@pytest.mark.slow
def test_a_python_error_in_the_test_is_its_last_frame_not_a_crash(tmp_path: Path) -> None:
    shutil.copy(DESIGNS / "counter.sv", tmp_path / "counter.sv")
    shutil.copy(DESIGNS / "test_broken.py", tmp_path / "test_broken.py")
    run = run_cocotb("counter.sv", "test_broken.py", "counter", tmp_path)
    assert run.verdict.verdict == "fail"
    assert "AttributeError" in run.verdict.failures[0]
    assert "test_broken.py:9 in read_count: return int(dut.count.value)" in run.verdict.failures[0]


@needs_icarus
def test_a_hanging_bench_is_a_timeout(tmp_path: Path) -> None:
    (tmp_path / "tb.sv").write_text("module tb; reg clk = 0; wire [3:0] q; reg reset = 1;\n"
                                    "  counter dut(.clk(clk), .reset(reset), .q(q));\n"
                                    "  always #5 clk = ~clk;\nendmodule\n")  # never ends
    shutil.copy(DESIGNS / "counter.sv", tmp_path / "design.sv")
    run = run_bench("design.sv", "tb.sv", tmp_path, top="tb", icarus=Icarus(timeout=3))
    assert run.verdict.verdict == "timeout" and "timeout" in run.verdict.reason


@needs_icarus
def test_a_design_that_does_not_compile_is_named_with_its_line(tmp_path: Path) -> None:
    shutil.copy(DESIGNS / "tb_passfail.sv", tmp_path / "tb_passfail.sv")
    (tmp_path / "design.sv").write_text("module counter(input clk, input reset, output reg [3:0] q);\n"
                                        "  always @(posedge clk) q <= q + ;\nendmodule\n")
    run = run_bench("design.sv", "tb_passfail.sv", tmp_path, top="tb", icarus=Icarus(timeout=60))
    assert run.verdict.verdict == "fail" and run.verdict.style == "compile"
    assert "design.sv:2" in run.verdict.reason
