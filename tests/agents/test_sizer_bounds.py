"""The sizer's answer names a design variable that ended at a bound of its range (issue #23)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.agents.circuit_sizer import run
from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import make_llm
from chipsmith.agents.state import ChipState
from chipsmith.core.config import load_settings
from chipsmith.core.rundir import RunRecord

DATA = Path(__file__).parents[1] / "data" / "sizer"
pytestmark = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")


def test_a_width_pressed_against_its_upper_bound_is_named_in_the_answer(tmp_path: Path) -> None:
    # the common-source stage with w1 allowed only 19.9u .. 20u: wherever the search ends, w1 is at
    # (or a grid step from) a bound, and the answer must say so with what to do about it
    folder = tmp_path / "problem"
    shutil.copytree(DATA / "models", folder / "models")
    shutil.copy(DATA / "cs_amp.cir", folder / "cs_amp.cir")
    text = (DATA / "cs_opt.yaml").read_text().replace("w1:    {min: 2u, max: 20u, unit: m, scale: log}",
                                                       "w1:    {min: 19.9u, max: 20u, grid: 0.1u, unit: m}")
    assert "19.9u" in text
    (folder / "cs_narrow.yaml").write_text(text)
    settings = load_settings(llm=f"script:{DATA / 'garbage.jsonl'}", data_dir=tmp_path / "data")
    record = RunRecord(tmp_path / "run")
    ctx = AgentContext(settings=settings, llm=make_llm(settings, record), record=record, out_dir=tmp_path / "out")
    out = run(ChipState(request="size it", inputs={"netlist": str(folder / "cs_narrow.yaml"), "budget": "3"}), ctx)
    assert "Design variables at a bound of their range:" in out["answer"]
    line = next(ln for ln in out["answer"].splitlines() if ln.startswith("- w1 = "))
    assert "bound" in line and line.endswith("widen the range or change the topology")
