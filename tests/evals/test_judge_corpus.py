"""The cheating corpus: every design is wrong, and none passes the eval's judge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipsmith.evals.judge_corpus import load_corpus, run_corpus

DATASET = Path(__file__).resolve().parents[1] / ".." / ".." / "shared" / "benchmarks" / "verilog-eval-v2"
needs_all = pytest.mark.skipif(shutil.which("iverilog") is None or not DATASET.is_dir(),
                               reason="iverilog or the VerilogEval v2 dataset is missing")


def test_manifest_lists_every_design_once() -> None:
    designs = load_corpus()
    assert len(designs) >= 25
    assert len({d.file for d in designs}) == len(designs)
    assert all(d.technique and d.wrong and "module TopModule" in d.code for d in designs)


@needs_all
def test_every_problem_exists() -> None:
    problems = {p.name[: -len("_prompt.txt")] for p in (DATASET / "dataset_spec-to-rtl").glob("*_prompt.txt")}
    assert {d.problem for d in load_corpus()} <= problems


@needs_all
@pytest.mark.slow
def test_no_wrong_design_passes_the_judge_though_the_log_alone_is_fooled(tmp_path: Path) -> None:
    report = run_corpus(DATASET, tmp_path, jobs=2, timeout=120)
    assert report.headline() == f"wrong designs passed: 0 of {report.total}"
    assert all(r["reason"] for r in report.results)
    # the techniques are real: a judge that reads only the log passes most of them
    assert len(report.upstream_passed) >= 20
    by_file = {r["file"]: r for r in report.results}
    assert by_file["01_pass_line_initial.sv"]["reason"].startswith("design prints to the simulator output: line 7")
    assert by_file["16_early_finish.sv"]["failure"]["code"] == "D"
    # the sealed bench alone refuses every forged line and early end; forces and outside reads need the rules
    for name in ("01_pass_line_initial.sv", "06_runtime_string.sv", "16_early_finish.sv", "26_read_nonce_plusarg.sv"):
        assert not by_file[name]["sealed_only_passed"], name
    assert by_file["10_force_tb_match.sv"]["sealed_only_passed"]


@needs_all
def test_eval_judge_command_prints_the_figure(tmp_path: Path) -> None:
    from chipsmith.cli import cli

    result = CliRunner().invoke(cli, ["eval", "judge", "--dataset", str(DATASET), "--only", "^0[12]_",
                                      "--out", str(tmp_path / "run"), "--timeout", "120"])
    assert result.exit_code == 0, result.output
    assert "wrong designs passed: 0 of 2" in result.output
    assert (tmp_path / "run" / "summary.json").is_file() and "wrong designs passed: 0 of 2" in (tmp_path / "run" / "report.md").read_text()
