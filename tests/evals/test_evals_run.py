"""Run directories: oracle runs, reports, resume after an interrupt, refusal to mix settings,
crash isolation, and replay of a recorded single-shot run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from chipsmith.cli_eval import verilogeval as cli_verilogeval
from chipsmith.core.errors import ConfigError
from chipsmith.evals.harness import Candidate, EvalConfig, Problem, load_results, result_path, run_eval, summarize
from chipsmith.evals.verilogeval import VerilogEval

DATASET = Path(__file__).parents[1] / "data" / "evals" / "verilogeval"
pytestmark = pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")


def _config(mode: str = "oracle", **kw: Any) -> EvalConfig:
    return EvalConfig("verilogeval", str(DATASET / "dataset_spec-to-rtl"), "spec-to-rtl", mode, timeout=10, **kw)


def test_oracle_run_writes_results_summary_and_reports(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli_verilogeval, ["--dataset", str(DATASET), "--mode", "oracle", "--jobs", "2",
                                               "--out", str(tmp_path / "run"), "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert summary["problems"] == 2 and summary["passed_problems"] == 2 and summary["all"]["pass@1"] == 1.0
    assert summary["self_check"] == {"unexpected_failures": [], "known_but_passed": []}
    run = tmp_path / "run"
    for name in ("eval.json", "versions.json", "settings.json", "summary.json", "report.md", "report.html", "chart.png"):
        assert (run / name).exists(), name
    assert (run / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "data:image/png;base64," in (run / "report.html").read_text()
    assert json.loads((run / "versions.json").read_text())["iverilog"].startswith("Icarus Verilog version")
    result = json.loads(result_path(run, "Prob001_dff", 1).read_text())
    assert result["verdict"] == "pass" and result["failure"]["name"] == "pass" and result["tries"] == 1
    assert (run / result["workdir"] / "wave.vcd").exists()


def test_resume_after_an_interrupted_run(tmp_path: Path) -> None:
    bench = VerilogEval(DATASET)
    run = tmp_path / "run"

    def interrupt(_: object) -> None:
        raise KeyboardInterrupt  # what Ctrl-C does to the main thread, delivered after the first result

    first = run_eval(bench, _config(), run, on_progress=interrupt)
    assert first.interrupted and first.done == 1
    done = load_results(run)
    assert len(done) == 1
    kept = result_path(run, done[0]["problem"], 1)
    stamp = kept.stat().st_mtime_ns
    with pytest.raises(ConfigError, match="--resume"):
        run_eval(bench, _config(), run)
    second = run_eval(bench, _config(), run, resume=True)
    assert not second.interrupted and second.skipped == 1 and second.done == 2 and second.passed == 2
    assert kept.stat().st_mtime_ns == stamp  # the finished sample was not redone
    assert len(load_results(run)) == 2


def test_mixing_settings_in_one_run_directory_is_refused(tmp_path: Path) -> None:
    bench = VerilogEval(DATASET)
    run_eval(bench, _config(), tmp_path, problems=["Prob002*"])
    with pytest.raises(ConfigError, match="timeout"):
        run_eval(bench, EvalConfig("verilogeval", str(DATASET / "dataset_spec-to-rtl"), "spec-to-rtl", "oracle",
                                   timeout=5), tmp_path, resume=True)


class _Flaky(VerilogEval):
    """The fixture benchmark with one problem whose candidate cannot be produced."""

    def oracle(self, problem: Problem) -> Candidate:
        if problem.id == "Prob002_xor2":
            raise RuntimeError("adapter bug")
        return super().oracle(problem)


def test_a_crash_in_one_problem_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    out = run_eval(_Flaky(DATASET), _config(), tmp_path)
    assert out.done == 2 and out.crashed == 1 and out.passed == 1
    bad = json.loads(result_path(tmp_path, "Prob002_xor2", 1).read_text())
    assert bad["verdict"] == "error" and "adapter bug" in bad["error"] and "Traceback" in bad["traceback"]
    assert summarize(tmp_path)["self_check"]["unexpected_failures"] == ["Prob002_xor2"]  # the oracle flags it
    again = run_eval(VerilogEval(DATASET), _config(), tmp_path, resume=True)  # errors are redone on resume
    assert again.skipped == 1 and again.passed == 2


def test_replay_of_a_recorded_single_shot_run_gives_the_same_verdicts(tmp_path: Path) -> None:
    # A scripted model (not a real one): answers are consumed in order, slowest bench first (the dff).
    script = tmp_path / "answers.jsonl"
    answers = ["[BEGIN]\nmodule TopModule(input clk, input d, output reg q);\n  always @(posedge clk) q <= d;\nendmodule\n[DONE]",
               "```verilog\nmodule TopModule(input a, input b, output out);\n  assign out = a | b;\nendmodule\n```"]
    script.write_text("".join(json.dumps({"agent": "verilogeval", "content": a}) + "\n" for a in answers))
    runner = CliRunner()
    rec = runner.invoke(cli_verilogeval, ["--dataset", str(DATASET), "--mode", "single-shot", "--llm", f"script:{script}",
                                          "--out", str(tmp_path / "rec")])
    assert rec.exit_code == 0, rec.output
    calls = (tmp_path / "rec" / "llm_calls.jsonl").read_text().splitlines()
    assert len(calls) == 2
    rep = runner.invoke(cli_verilogeval, ["--dataset", str(DATASET), "--mode", "single-shot", "--jobs", "2",
                                          "--llm", f"replay:{tmp_path / 'rec'}", "--out", str(tmp_path / "rep")])
    assert rep.exit_code == 0, rep.output

    def verdicts(run: Path) -> dict[str, str]:
        return {r["problem"]: r["failure"]["name"] for r in load_results(run)}

    assert verdicts(tmp_path / "rec") == {"Prob001_dff": "pass", "Prob002_xor2": "runtime-mismatch"}
    assert verdicts(tmp_path / "rep") == verdicts(tmp_path / "rec")
    # a prompt the recording never saw is an error, not a guess
    other = runner.invoke(cli_verilogeval, ["--dataset", str(DATASET), "--mode", "single-shot", "--rules",
                                            "--llm", f"replay:{tmp_path / 'rec'}", "--out", str(tmp_path / "other")])
    # ... and, like a backend gone away, it stops the run instead of recording a verdict for it
    assert other.exit_code != 0 and "did not record" in str(other.exception)
    assert load_results(tmp_path / "other") == []


def test_report_command_rerenders_and_compares(tmp_path: Path) -> None:
    from chipsmith.cli_eval import report as cli_report

    run_eval(VerilogEval(DATASET), _config(), tmp_path / "a")
    run_eval(_Flaky(DATASET), _config(), tmp_path / "b")
    res = CliRunner().invoke(cli_report, [str(tmp_path / "a"), "--compare", str(tmp_path / "b")])
    assert res.exit_code == 0, res.output
    assert "| pass@1 (all) | 100.00% | 50.00% |" in res.output
    assert "Only B fails: Prob002_xor2" in res.output
