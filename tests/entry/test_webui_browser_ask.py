"""The web chat in real Chromium: an RF request without a stop band gets a question; the answer typed into the
page finishes the same turn with a design (the spec understood, files and plots)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from .browser import CHROMIUM, pages

NO_STOP_BAND = "Chebyshev low-pass filter, 0.5 dB ripple, pass to 100 MHz, 50 ohm"
UNDERSTOOD = "low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ 40 dB at 200 MHz, 50 Ω → 50 Ω"

pytestmark = [pytest.mark.browser, pytest.mark.timeout(900),
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt install chromium)"),
              pytest.mark.skipif(shutil.which("ngspice") is None, reason="the RF verdict needs the ngspice cross-check")]


@pytest.fixture
def page_for() -> Iterator[Callable[[str], Any]]:
    with pages(height=1000) as open_page:
        yield open_page


def _chat(page: Any) -> str:
    return str(page.locator("#chat").inner_text())


def _wait(page: Any, text: str, timeout: float = 300.0) -> str:
    """Poll the chat for ``text`` (generous: a busy machine is slow, not wrong); the chat's text."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = _chat(page)
        if text in shown:
            return shown
        time.sleep(0.5)
    raise AssertionError(f"{text!r} did not appear:\n{_chat(page)[-3000:]}")


def _type(page: Any, text: str) -> None:
    page.locator("#message textarea").fill(text)
    page.locator("#message textarea").press("Enter")


def test_question_typed_answer_and_the_same_turn_ends_with_a_design(page_for: Callable[[str], Any],
                                                                    script_file: Callable[..., Path]) -> None:
    page = page_for(f"script:{script_file([])}")  # no queued answers: the question and the design need no model
    page.locator("#agent input").click()
    page.locator("[role=option]", has_text="rf_designer").first.click()
    _type(page, NO_STOP_BAND)
    shown = _wait(page, "rf_designer asks:")
    assert "How much stop-band attenuation, and from which frequency?" in shown
    assert "verdict" not in shown and page.locator("#chat img[src*='s21_s11']").count() == 0  # paused, no design yet

    _type(page, "40 dB at 200 MHz")
    shown = _wait(page, "verdict pass")
    # the spec understood is a visible line of the answer, above the design's report
    assert f"Understood (from the request and the answers): {UNDERSTOOD}" in shown
    assert shown.index(UNDERSTOOD) < shown.index("Chebyshev lowpass filter") < shown.index("verdict pass")
    assert shown.index("rf_designer asks:") < shown.index("40 dB at 200 MHz") < shown.index(UNDERSTOOD)
    plot = page.locator("#chat img[src*='s21_s11']").first
    plot.wait_for(timeout=120000)
    assert plot.evaluate("img => img.decode().then(() => img.naturalWidth > 300)")
    page.wait_for_function("() => (document.querySelector('#files-by-turn')?.innerText || '').includes('filter.s2p')",
                           timeout=120000)
    listing = page.locator("#files-by-turn").inner_text()
    assert "turn 1" in listing and "turn 2" not in listing  # the answer continued the first turn
    assert "report.md" in listing and "design.json" in listing
