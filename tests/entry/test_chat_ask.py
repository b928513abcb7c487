"""The terminal chat asks for a missing spec field and resumes the same turn with the answer (fake stdin and a pty)."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from chipsmith.chat import ChatApp
from chipsmith.core.config import load_settings

from .test_chat_terminal import ANSI, Pty, lines_of, saved_state

NO_STOP_BAND = "Chebyshev low-pass filter, 0.5 dB ripple, pass to 100 MHz, 50 ohm"
UNDERSTOOD = "low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ 40 dB at 200 MHz, 50 Ω → 50 Ω"

pytestmark = pytest.mark.skipif(shutil.which("ngspice") is None, reason="the RF verdict needs the ngspice cross-check")


def _app(script: Path, *lines: str, thread_id: str | None = None) -> tuple[ChatApp, io.StringIO]:
    buf = io.StringIO()
    term = Console(file=buf, width=160, force_terminal=False, color_system=None)
    app = ChatApp(load_settings(llm=f"script:{script}"), console=term, read_line=lines_of(*lines), thread_id=thread_id,
                  agent="rf_designer", knowledge=False)
    return app, buf


def test_question_answer_and_the_same_turn_finishes(script_file: Callable[..., Path]) -> None:
    # an empty script: any model call would fail, so the question and the design came without a model
    app, buf = _app(script_file([]), NO_STOP_BAND, "40 dB at 200 MHz", "/files")
    app.run()
    out = buf.getvalue()
    assert "? rf_designer asks: How much stop-band attenuation, and from which frequency?" in out
    assert f"understood: {UNDERSTOOD}" in out  # shown as soon as the spec is read, before the design's result
    assert out.index(f"understood: {UNDERSTOOD}") < out.index("verdict pass")
    assert "filter.s2p" in out and "s21_s11.png" in out  # /files: the design of the same turn
    state = saved_state(app)
    assert [m.content for m in state.messages if m.role == "user"] == [NO_STOP_BAND]  # one turn, not two
    assert state.steps[-1].details["asked"][0]["answer"] == "40 dB at 200 MHz"
    again, buf = _app(script_file([]), thread_id=app.thread_id)
    again.recap()  # /resume shows the question and the answer inside their turn
    recap = buf.getvalue()
    assert re.search(r"you> Chebyshev low-pass.*\n\? rf_designer asked: How much stop-band attenuation.*\n"
                     r"answer> 40 dB at 200 MHz\n", recap)
    again.session.close()


def test_an_open_question_survives_a_restart_and_the_next_message_answers_it(script_file: Callable[..., Path]) -> None:
    script = script_file([])
    first, buf = _app(script, NO_STOP_BAND, "")  # Enter without an answer: the question stays open
    first.run()
    assert "the question stays open: your next message answers it" in buf.getvalue()
    second, buf = _app(script, "7th order", thread_id=first.thread_id)
    second.recap()
    second.run()
    out = buf.getvalue()
    assert re.search(r"\? rf_designer asks: How much stop-band attenuation.*your next message answers it", out)
    assert "understood: low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ " in out and "verdict pass" in out
    state = saved_state(second)
    assert [m.content for m in state.messages if m.role == "user"] == [NO_STOP_BAND]


@pytest.mark.timeout(600)
def test_in_a_real_terminal(tmp_path: Path, script_file: Callable[..., Path]) -> None:
    chat = Pty(["chat", "--llm", f"script:{script_file([])}", "--agent", "rf_designer", "--no-knowledge"])
    chat.expect(r"you> ", timeout=120)
    chat.send(NO_STOP_BAND + "\r")
    chat.expect(r"rf_designer asks: How much stop-band attenuation[\s\S]*answer> ", timeout=300)
    chat.send("40 dB at 200 MHz\r")
    screen = chat.expect(r"verdict pass[\s\S]*you> ", timeout=300)
    assert f"understood: {UNDERSTOOD}" in screen
    assert re.search(r"✓ rf_designer .*pass", screen)
    chat.send("/files\r")
    # only /files prints "checked by"; Ctrl-D must come at the prompt after it, or the line discipline may drop it
    chat.expect(r"checked by[\s\S]*turn-01/filter\.s2p[\s\S]*you> [^\n]*$", timeout=120)
    chat.send("\x04")
    assert chat.wait(timeout=60) == 0, ANSI.sub("", chat.text)[-2000:]
