"""The web chat's service asks for a missing spec field; the next message answers it and the same turn finishes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from chipsmith.core.config import load_settings
from chipsmith.web_service import ChatService

NO_STOP_BAND = "Chebyshev low-pass filter, 0.5 dB ripple, pass to 100 MHz, 50 ohm"
UNDERSTOOD = "low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ 40 dB at 200 MHz, 50 Ω → 50 Ω"

pytestmark = pytest.mark.skipif(shutil.which("ngspice") is None, reason="the RF verdict needs the ngspice cross-check")


def _texts(messages: list) -> list[str]:  # type: ignore[type-arg]
    return [m["content"] for m in messages if isinstance(m["content"], str)]


def test_question_then_answer_finishes_the_same_turn_and_resume_shows_an_open_question(
        tmp_path: Path, script_file: Callable[..., Path]) -> None:
    settings = load_settings(llm=f"script:{script_file([])}", data_dir=tmp_path / "data")
    service = ChatService(settings, knowledge=False)
    tid = service.new_thread_id()
    asked = list(service.turn(tid, NO_STOP_BAND, [], [], "rf_designer"))[-1]
    assert asked.done and not asked.plots and not [f for f in asked.files if f.endswith(".s2p")]  # no design yet
    question = asked.messages[-1]["content"]
    assert question.startswith("❓ **rf_designer asks:** How much stop-band attenuation, and from which frequency?")

    # another server (a restart) rebuilds the page with the question still open
    service.close()
    service = ChatService(settings, knowledge=False)
    view = service.resume(tid)
    assert view.messages[-1]["content"] == question

    views = list(service.turn(tid, "40 dB at 200 MHz", [], view.messages, "rf_designer"))
    live = [t for v in views[:-1] for t in _texts(v.messages)]
    assert f"**Understood:** {UNDERSTOOD}" in live  # shown while the design was still being verified
    done = views[-1]
    answer = next(t for t in _texts(done.messages) if t.startswith("**Understood** (from the request and the answers)"))
    assert UNDERSTOOD in answer and "verdict **pass**" in answer
    assert any(f.endswith("turn-01/filter.s2p") for f in done.files)  # the files of the first (and only) turn
    assert any("s21_s11" in p for p, _ in done.plots)
    state = service.session(tid).state()
    assert state is not None and [m.content for m in state.messages if m.role == "user"] == [NO_STOP_BAND]
    # Resume rebuilds the exchange: the request, the question, the answer, then the design
    texts = _texts(service.resume(tid).messages)
    asked_at = next(i for i, t in enumerate(texts) if "rf_designer asks:** How much stop-band attenuation" in t)
    assert texts[0] == NO_STOP_BAND and texts[asked_at + 1] == "40 dB at 200 MHz"
    assert texts[-1].startswith("**Understood** (from the request and the answers)")
    service.close()
