"""The web chat in real Chromium: a bench's own waveform, each turn's files, plots after Resume, scrolling, tables."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from .browser import CHROMIUM, pages

DATA = Path(__file__).resolve().parents[1] / "data" / "ui"
RF = "1 GHz low-pass, 0.5 dB ripple, 40 dB rejection at 2 GHz, 50 ohm"

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600),
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt install chromium)")]


@pytest.fixture
def page_for() -> Iterator[Callable[[str], Any]]:
    with pages(height=900) as open_page:
        yield open_page


def _wait(page: Any, text: str, timeout: float = 180.0) -> None:
    """Poll the chat for ``text`` (generous: a busy machine is slow, not wrong)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in page.locator("#chat").inner_text():
            return
        time.sleep(0.3)
    raise AssertionError(f"{text!r} did not appear:\n{page.locator('#chat').inner_text()[-2000:]}")


def _send(page: Any, text: str, agent: str, files: list[Path] | None = None) -> None:
    page.locator("#agent input").click()
    page.locator("[role=option]", has_text=agent).first.click()
    if files:
        page.locator("#message input[type=file]").set_input_files([str(f) for f in files])
        page.wait_for_function("() => document.querySelectorAll('#message [class*=thumbnail], #message .file-name').length > 0",
                               timeout=30000)
    page.locator("#message textarea").fill(text)
    page.locator("#message textarea").press("Enter")


def test_waveform_turn_files_resume_plots_scroll_and_tables(tmp_path: Path, page_for: Callable[[str], Any],
                                                            script_file: Callable[..., Path]) -> None:
    design = (DATA / "counter.v").read_text()
    bench = tmp_path / "tb.sv"
    bench.write_text("module tb; reg clk = 0, rst = 1, en = 1; wire [3:0] count; integer errors = 0;\n"
                     "  counter dut(.clk(clk), .rst(rst), .en(en), .count(count));\n  always #1 clk = ~clk;\n"
                     "  initial begin $dumpfile(\"wave.vcd\"); $dumpvars(0, tb);\n"
                     "    #4 rst = 0; #10 if (count !== 4'd5) errors = errors + 1;\n"
                     "    $display(\"Mismatches: %0d in 1 samples\", errors); $finish; end\nendmodule\n")
    script = script_file([("verilog_writer", f"```verilog\n{design}\n```")])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = page_for(f"script:{script}")

        # 1. a bench that dumps wave.vcd: its waveform is drawn in the chat
        _send(page, "write a 4-bit counter with enable", "verilog_writer", [bench])
        _wait(page, "verdict pass")
        wave = page.locator("#chat img[src*='wave.waveform']")
        wave.first.wait_for(timeout=60000)
        assert wave.first.evaluate("img => img.decode().then(() => img.naturalWidth > 300)")

        # 2. a second turn: its own folder, the Files list grouped by turn with whole names
        _send(page, RF, "rf_designer")
        _wait(page, "verdict pass", timeout=240)
        page.wait_for_function("() => (document.querySelector('#files-by-turn')?.innerText || '').includes('turn 2')",
                               timeout=60000)
        listing = page.locator("#files-by-turn").inner_text()
        assert "turn 1" in listing and "wave.vcd" in listing and "counter.sv" in listing
        assert "turn 2" in listing and "filter.s2p" in listing and "report.md" in listing
        assert "…" not in listing  # whole names

        # 3. the view shows the start of the new exchange, not the bottom of its plots
        # (the new request is in view near the top; plots still loading below it may shift it a little)
        page.wait_for_function("""() => { const w = document.querySelector('#chat .bubble-wrap');
            const rows = w.querySelectorAll('.message-row.user-row'); const last = rows[rows.length - 1];
            const top = last.getBoundingClientRect().top, box = w.getBoundingClientRect();
            return top >= box.top - 40 && top < box.top + box.height / 2; }""", timeout=90000)
        assert page.evaluate("() => document.querySelector('#chat .bubble-wrap').scrollTop") > 0

        # 4. table cells are not cut: each header's text fits its cell
        cut = page.evaluate("""() => [...document.querySelectorAll('#chat table th, #chat table td')]
            .filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.innerText)""")
        assert page.locator("#chat table").count() > 0 and cut == []

        # 5. Resume after a reload: the plots are back in the chat, under their answers
        page.reload()
        page.wait_for_selector("#message textarea", timeout=60000)
        page.locator("#conversations input").click()
        page.locator("[role=option]", has_text="write a 4-bit counter").first.click()
        page.locator("#resume").click()
        _wait(page, RF)
        page.locator("#chat img[src*='wave.waveform']").first.wait_for(timeout=60000)
        assert page.locator("#chat img[src*='s21_s11']").count() >= 1  # the RF turn's own plots
    assert not [w for w in caught if "not in the list of choices" in str(w.message)]
