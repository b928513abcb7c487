"""`--executor ray` against a local Ray instance: jobs carry their files, logs come back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.evals.harness import EvalConfig, load_results, run_eval
from chipsmith.evals.verilogeval import VerilogEval

DATASET = Path(__file__).parents[1] / "data" / "evals" / "verilogeval"
ray = pytest.importorskip("ray")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")
def test_simulations_run_as_ray_tasks(tmp_path: Path) -> None:
    cfg = EvalConfig("verilogeval", str(DATASET / "dataset_spec-to-rtl"), "spec-to-rtl", "oracle", timeout=10)
    out = run_eval(VerilogEval(DATASET), cfg, tmp_path, jobs=1, executor="ray")
    assert out.done == 2 and out.passed == 2
    assert not ray.is_initialized()  # the instance the harness started is shut down again
    for r in load_results(tmp_path):
        work = tmp_path / r["workdir"]
        # the worker ran in its own temporary directory; its logs were brought back into the run
        assert (work / f"{r['problem']}_sample01-sv-iv-test.log").read_text().startswith("VCD info")
        assert "chipsmith-judge-" in r["evidence"][0]["cwd"]
