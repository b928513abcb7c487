"""The judge: a sealed bench's lines cannot be forged, an early end is told apart, the count is checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.tools.icarus import VERILOGEVAL_FLAGS, Icarus
from chipsmith.tools.judge import Judged, judge_with_bench, mismatch_verdict, passed_line_verdict, read_sealed, seal_bench, untagged_log

DESIGNS = Path(__file__).resolve().parents[1] / "designs" / "judge"
needs_icarus = pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")

CORRECT = "module TopModule(input a, input b, output out);\n  assign out = a & b;\nendmodule\n"
WRONG = "module TopModule(input a, input b, output out);\n  assign out = a | b;\nendmodule\n"


def _judge(tmp_path: Path, design: str, **kw: object) -> Judged:
    shutil.copy(DESIGNS / "and2_test.sv", tmp_path / "t.sv")
    shutil.copy(DESIGNS / "and2_ref.sv", tmp_path / "r.sv")
    (tmp_path / "d.sv").write_text(design)
    return judge_with_bench("d.sv", "t.sv", ["r.sv"], tmp_path, Icarus(timeout=120), **kw)  # type: ignore[arg-type]


def _run_unjudged(tmp_path: Path, design: str) -> tuple[str, str]:
    """Seal the bench and simulate *without* the static rules: what the stream alone would show."""
    sealed = seal_bench((DESIGNS / "and2_test.sv").read_text())
    (tmp_path / "t.sv").write_text(sealed.text)
    shutil.copy(DESIGNS / "and2_ref.sv", tmp_path / "r.sv")
    (tmp_path / "d.sv").write_text(design)
    icarus = Icarus(timeout=120)
    comp = icarus.compile(["d.sv", "t.sv", "r.sv"], "tb", tmp_path, flags=VERILOGEVAL_FLAGS, untrusted=[])
    assert comp.ok, comp.diagnostics
    sim = icarus.simulate(tmp_path, plusargs=sealed.plusargs)
    assert sim.outcome is not None
    return sim.outcome.output, sealed.nonce


def test_sealing_tags_every_print_and_marks_every_end() -> None:
    sealed = seal_bench((DESIGNS / "and2_test.sv").read_text(), nonce="0123456789abcdef")
    assert sealed.printing_calls == 5 and sealed.end_calls == 2
    assert sealed.plusargs == ["+chipsmith_nonce=0123456789abcdef"]
    assert "0123456789abcdef" not in sealed.text  # the nonce reaches the run only on its command line
    assert sealed.text.count('"@@%016h@@ ", chipsmith_seal_') == 5


@needs_icarus
def test_correct_design_passes_with_the_bench_finished(tmp_path: Path) -> None:
    judged = _judge(tmp_path, CORRECT, expected_samples=20)
    assert judged.verdict.verdict == "pass", judged.verdict.reason
    assert (judged.verdict.mismatches, judged.verdict.samples) == (0, 20)
    assert "Mismatches: 0 in 20 samples" in judged.log and "@@" not in judged.log


@needs_icarus
def test_wrong_design_fails_with_its_mismatch_count(tmp_path: Path) -> None:
    judged = _judge(tmp_path, WRONG)
    assert judged.verdict.verdict == "mismatch" and judged.verdict.mismatches and not judged.verdict.passed
    assert judged.sim_values["outputs"] == {"out": {"mismatches": judged.verdict.mismatches,
                                                    "first_time": judged.sim_values["outputs"]["out"]["first_time"]}}  # type: ignore[index]


@needs_icarus
def test_a_design_that_breaks_a_rule_is_not_simulated(tmp_path: Path) -> None:
    judged = _judge(tmp_path, WRONG.replace("endmodule", "  final $display(\"Mismatches: 0 in 20 samples\");\nendmodule"))
    assert judged.verdict.verdict == "design-rule" and not judged.compiled
    assert judged.verdict.reason.startswith("design prints to the simulator output: line 3 ($display)")


@needs_icarus
def test_the_expected_sample_count_is_checked(tmp_path: Path) -> None:
    judged = _judge(tmp_path, CORRECT, expected_samples=400)
    assert judged.verdict.verdict == "sample-count"
    assert "checked 20 samples, but it checks 400" in judged.verdict.reason


@needs_icarus
def test_a_forged_pass_line_is_not_the_benchs(tmp_path: Path) -> None:
    # even if the rules were bypassed, the printed pass line carries no tag
    output, nonce = _run_unjudged(tmp_path, WRONG.replace(
        "endmodule", "  final $display(\"Mismatches: 0 in 20 samples\");\nendmodule"))
    run = read_sealed(output, nonce)
    verdict = mismatch_verdict(run)
    assert verdict.verdict == "mismatch" and verdict.mismatches
    assert "Mismatches: 0 in 20 samples" in run.other
    plain = untagged_log(output, nonce)
    assert "Mismatches: 0 in 20 samples" not in plain.splitlines()
    assert "chipsmith: a line the bench did not print was ignored" in plain


@needs_icarus
def test_an_early_finish_by_the_design_is_told_apart(tmp_path: Path) -> None:
    output, nonce = _run_unjudged(tmp_path, WRONG.replace("endmodule", "  initial $finish;\nendmodule"))
    run = read_sealed(output, nonce)
    assert not run.bench_finished
    assert "Mismatches: 0 in 0 samples" in run.bench  # what the upstream rule would have scored as a pass
    verdict = mismatch_verdict(run)
    assert verdict.verdict == "ended-early" and "before the bench reached its own $finish" in verdict.reason


def test_a_bench_that_checks_nothing_fails() -> None:
    run = read_sealed("@@0123456789abcdef@@!finish 1\n@@0123456789abcdef@@ Mismatches: 0 in 0 samples\n",
                      "0123456789abcdef")
    assert mismatch_verdict(run).verdict == "no-samples"
    assert "ended before checking" in mismatch_verdict(run).reason


def test_passed_line_only_from_the_bench() -> None:
    nonce = "00000000deadbeef"
    forged = read_sealed("===========Your Design Passed===========\n", nonce)
    assert passed_line_verdict(forged).verdict == "forged"
    real = read_sealed(f"@@{nonce}@@ ===========Your Design Passed===========\n", nonce)
    assert passed_line_verdict(real).passed
