"""The circuit sizer's answer carries the problem's Monte Carlo check; a problem on models without
mismatch data gets the sentence saying so, not a yield."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from chipsmith.agents.circuit_sizer import run
from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import make_llm
from chipsmith.agents.state import ChipState
from chipsmith.core.config import load_settings
from chipsmith.core.rundir import RunRecord
from chipsmith.tools.sizing.montecarlo import NOT_MODELLED

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "evals" / "data" / "analog"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")
def test_the_answer_says_mismatch_is_not_modelled_for_a_problem_without_a_pdk(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)  # pytest makes it private; a design directory is normally readable
    for name in ("cs_amp.cir", "models"):
        src = SUITE / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / name)
    text = (SUITE / "cs_amp.yaml").read_text()
    (tmp_path / "cs_amp.yaml").write_text(text.replace("\nparams:\n", "\nmontecarlo: {samples: 5, mismatch: true}\nparams:\n", 1))
    settings = load_settings(llm=f"script:{ROOT / 'tests' / 'data' / 'sizer' / 'proposal.jsonl'}", data_dir=tmp_path / "data")
    record = RunRecord(tmp_path / "run")
    ctx = AgentContext(settings=settings, llm=make_llm(settings, record), record=record, out_dir=tmp_path / "out")
    state = ChipState(request="size this common-source stage for 150 MHz UGBW, PM > 60 deg, < 0.25 mW",
                      inputs={"netlist": str(tmp_path / "cs_amp.yaml"), "budget": "12"})
    out = run(state, ctx)
    assert out["verdict"] == "pass", out["answer"]
    assert NOT_MODELLED in out["answer"] and "yield" not in out["answer"]
    mc = json.loads((tmp_path / "out" / "cs_amp_montecarlo.json").read_text())
    assert mc["status"] == "not-modelled" and mc["yield"] == {}
