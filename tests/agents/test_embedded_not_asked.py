"""With the embedded 135M model configured, no specialist waits on it for a spec or a design seed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from chipsmith.agents import circuit_sizer, rf_designer
from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import make_llm
from chipsmith.agents.state import ChipState
from chipsmith.core.config import load_settings
from chipsmith.core.errors import InputError
from chipsmith.core.rundir import RunRecord
from chipsmith.tools.sizing.problem import load_problem

SIZER_PROBLEM = Path(__file__).resolve().parents[2] / "evals" / "data" / "analog"


def _ctx(tmp_path: Path) -> AgentContext:
    """Settings say 'embedded'; the model object is an empty script, so any call would be recorded and fail."""
    (tmp_path / "empty.jsonl").write_text("")
    record = RunRecord(tmp_path / "run")
    llm = make_llm(load_settings(llm=f"script:{tmp_path / 'empty.jsonl'}"), record)
    return AgentContext(settings=load_settings(llm="embedded"), llm=llm, record=record, out_dir=(tmp_path / "out").resolve())


def _model_calls(ctx: AgentContext) -> int:
    path = ctx.record.llm_calls_path
    return len(path.read_text().splitlines()) if path.exists() else 0


def test_rf_request_without_a_stop_band_asks_at_once_instead_of_asking_the_model(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    start = time.monotonic()
    with pytest.raises(InputError) as err:
        rf_designer.spec_from_state(ChipState(request="Chebyshev low pass, 0.5 dB ripple up to 100 MHz, 50 ohm"), ctx)
    assert time.monotonic() - start < 10
    assert "stop band" in str(err.value) and "not asked" in str(err.value)
    assert _model_calls(ctx) == 0


def test_rf_order_alone_is_enough_for_a_spec(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    spec, source = rf_designer.spec_from_state(ChipState(request="7th order Butterworth low pass at 50 MHz"), ctx)
    assert source == "parser" and spec.stop_edges_hz == [100e6]
    assert _model_calls(ctx) == 0


def test_sizer_takes_no_seed_from_the_embedded_model_and_says_why(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    seed, note = circuit_sizer.llm_seed(load_problem(SIZER_PROBLEM / "miller.yaml"), ChipState(request="size it"), ctx)
    assert seed is None and "embedded" in note and "not asked" in note
    assert _model_calls(ctx) == 0
