"""The web chat in a real browser: Debian's Chromium driven by Playwright, with the scripted model."""

from __future__ import annotations

import importlib.util
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from chipsmith.agents.state import Artefact, Evidence, Step
from chipsmith.core.config import load_settings
from chipsmith.tools.runner import run_command

from .browser import ARGS, CHROMIUM, free_port

DATA = Path(__file__).parents[1] / "data" / "ui"
DFF_ANSWER = ("Scripted answer: a D flip-flop copies d to q on the rising clock edge.\n\n"
              "```verilog\nmodule dff(input clk, input d, output reg q);\n  always @(posedge clk) q <= d;\nendmodule\n```")

pytestmark = [pytest.mark.browser, pytest.mark.timeout(240),
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed (apt install chromium)")]


def shots_dir(tmp_path: Path) -> Path:
    """Where screenshots go: CHIPSMITH_SCREENSHOTS=docs/img refreshes the README's, otherwise a temporary dir."""
    d = Path(os.environ.get("CHIPSMITH_SCREENSHOTS") or tmp_path / "shots")
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.fixture
def serve() -> Iterator[Callable[..., str]]:
    """Start the web chat for a service on a free loopback port; its URL."""
    from chipsmith.web_service import ChatService
    from chipsmith.webui import launch

    started: list[tuple[Any, ChatService]] = []

    def start(llm: str, **settings: Any) -> str:
        service = ChatService(load_settings(llm=llm, **settings), knowledge=False)
        port = free_port()
        demo = launch(service, port=port, block=False)
        started.append((demo, service))
        return f"http://127.0.0.1:{port}/"

    yield start
    for demo, service in started:
        demo.close()
        service.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def simulate_counter(tmp_path: Path) -> tuple[Path, Any]:
    work = load_settings().data_dir / "sim"  # where a specialist's work directory would be
    work.mkdir(parents=True)
    for name in ("counter.v", "counter_tb.v"):
        shutil.copy(DATA / name, work)
    assert run_command(["iverilog", "-o", "sim.vvp", "counter.v", "counter_tb.v"], work, timeout=30).returncode == 0
    outcome = run_command(["vvp", "sim.vvp"], work, timeout=30)
    assert "count=12" in outcome.output
    return work / "counter.vcd", outcome


def send(page: Any, text: str, files: list[Path] | None = None) -> None:
    if files:
        page.locator("#message input[type=file]").set_input_files([str(f) for f in files])
        page.wait_for_function("() => document.querySelectorAll('#message .thumbnail-item, #message .thumbnail-image, #message img, #message .file-name, #message [class*=thumbnail]').length > 0",
                               timeout=15000)
    page.locator("#message textarea").fill(text)
    page.locator("#message textarea").press("Enter")


def choose_agent(page: Any, name: str) -> None:
    page.locator("#agent input").click()
    page.locator("[role=option]", has_text=name).first.click()


def bot_text(page: Any) -> str:
    return str(page.locator("#chat").inner_text())


def wait_text(page: Any, text: str, timeout: float = 120.0) -> None:
    """Poll the chat for ``text`` (generous: a busy machine is slow, not wrong; it returns as soon as the text shows)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in bot_text(page):
            return
        time.sleep(0.25)
    raise AssertionError(f"{text!r} did not appear in the chat:\n{bot_text(page)[-2000:]}")


def test_send_see_steps_code_plot_download_reload_resume(tmp_path: Path, serve: Callable[..., str], browser: Any,
                                                          script_file: Callable[..., Path]) -> None:
    vcd, outcome = simulate_counter(tmp_path)
    script = script_file([("general", DFF_ANSWER), ("general", "Scripted follow-up answer after resuming.")])
    url = serve(f"script:{script}")
    page = browser.new_page(viewport={"width": 1400, "height": 1250}, accept_downloads=True)
    page.goto(url)
    page.wait_for_selector("#message textarea", timeout=30000)
    assert "scripted model" in page.locator("#chipsmith-title").inner_text()
    choose_agent(page, "general")

    send(page, "What does a D flip-flop do? Here is my counter's waveform.", [vcd])
    wait_text(page, "verdict answered")
    assert "scripted answer: 1 model call(s)" in bot_text(page)
    text = bot_text(page)
    assert "router · no tools · routed" in text and "general · llm · answered" in text  # the agent steps
    code = page.locator("#chat pre.chipsmith-code").first
    assert "module dff(input clk, input d, output reg q);" in code.inner_text()
    colours = code.evaluate("e => [...e.querySelectorAll('span[style]')].map(s => getComputedStyle(s).color)")
    assert len(set(colours)) >= 2  # highlighted: keywords and names in different colours
    plot = page.locator("#chat img[src*='counter.waveform']")
    plot.first.wait_for(timeout=20000)
    assert plot.first.evaluate("img => img.complete && img.naturalWidth > 500")  # the waveform drawn from the VCD
    page.locator("#plots img").first.wait_for(timeout=20000)
    page.locator("#plots img").first.evaluate("img => img.decode()")
    plot.first.evaluate("e => e.scrollIntoView({block: 'start'})")
    time.sleep(0.3)
    page.screenshot(path=str(shots_dir(tmp_path) / "webui-answer.png"))

    with page.expect_download(timeout=20000) as dl:
        page.locator("#files a[download='transcript.md']").click()
    saved = tmp_path / "transcript.md"
    dl.value.save_as(saved)
    transcript = saved.read_text()
    assert "What does a D flip-flop do?" in transcript and "module dff" in transcript

    # A fixture run: what a Verilog specialist leaves behind, with the simulator's evidence, added to this conversation.
    from chipsmith.conversations import list_threads

    (thread,) = list_threads(load_settings().checkpoint_db)
    from chipsmith.api import Session

    with Session(load_settings(llm=f"script:{script}"), out_dir=tmp_path / "fixture", thread_id=thread.thread_id) as s:
        ev = Evidence(tool="icarus", verdict="pass", ok=True, command=outcome.command, cwd=outcome.cwd,
                      log_path=outcome.log_path, summary="count=12")
        s.graph.update_state(s.config, {
            "steps": [Step(agent="verilog_writer", summary="simulated the counter", verdict="pass", seconds=0.4, tools=["icarus"])],
            "artefacts": [Artefact(name="counter.v", kind="verilog", agent="verilog_writer", path=str(vcd.parent / "counter.v"), evidence=[ev]),
                          Artefact(name="counter.vcd", kind="vcd", agent="verilog_writer", path=str(vcd), evidence=[ev])]},
            as_node="dispatch")

    page.reload()
    page.wait_for_selector("#message textarea", timeout=30000)
    assert "verdict answered" not in bot_text(page)  # a fresh page ...
    page.locator("#conversations input").click()
    page.locator("[role=option]", has_text="What does a D flip-flop do?").first.click()
    page.locator("#resume").click()
    wait_text(page, "What does a D flip-flop do?")  # ... resumes the conversation from the checkpoints
    wait_text(page, "verilog_writer · icarus · pass")
    page.locator("#chat").get_by_text("verilog_writer · icarus · pass").first.click()  # open the step panel
    wait_text(page, "vvp sim.vvp")  # the tool's command ...
    wait_text(page, "count=12")  # ... and its log
    time.sleep(1.0)  # let the panel finish opening
    assert "$CHIPSMITH_DATA_DIR/sim" in bot_text(page)  # where to reproduce it, without this machine's paths
    page.get_by_role("tab", name="Code").click()
    assert "always @(posedge clk)" in page.locator("#code").inner_text()
    page.get_by_role("tab", name="Plots").click()
    page.locator("#plots img").first.wait_for(timeout=20000)
    assert page.locator("#files a[download='counter.v']").count() == 1
    assert page.locator("#files a[download='counter.vcd']").count() == 1  # the upload and the run's VCD are the same file
    page.locator("#plots img").first.evaluate("img => img.decode()")
    page.screenshot(path=str(shots_dir(tmp_path) / "webui-resume.png"))

    choose_agent(page, "general")
    send(page, "Thanks, and what about a latch?")
    wait_text(page, "Scripted follow-up answer after resuming.")
    (thread,) = list_threads(load_settings().checkpoint_db)
    assert thread.turns == 2 and thread.last_request == "Thanks, and what about a latch?"

    # Another browser (its own local storage) does not see this conversation in its list ...
    other = browser.new_context().new_page()
    other.goto(url)
    other.wait_for_selector("#message textarea", timeout=30000)
    other.locator("#conversations input").click()
    time.sleep(0.5)
    assert other.locator("[role=option]", has_text="What does a D flip-flop do?").count() == 0
    other.keyboard.press("Escape")
    other.locator("#by-id input, #by-id textarea").first.fill(thread.thread_id[:6])  # ... nor opens it by a prefix ...
    other.locator("#resume").click()
    other.wait_for_selector("text=give the whole 12-character id", timeout=20000)
    other.locator("#by-id input, #by-id textarea").first.fill(thread.thread_id)  # ... but the whole id opens it
    other.locator("#resume").click()
    wait_text(other, "Scripted follow-up answer after resuming.")


def test_bad_input_leaves_a_message_and_a_usable_page(tmp_path: Path, serve: Callable[..., str], browser: Any) -> None:
    spec = importlib.util.spec_from_file_location("fake_openai", DATA / "fake_openai.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with mod.FakeOpenAI() as server:
        url = serve(server.url, max_retries=0)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        page.wait_for_selector("#message textarea", timeout=30000)
        send(page, "first, a quick one")  # the router and the answer both come from the fake server
        wait_text(page, "quick answer to:")
        send(page, "something slow please")
        wait_text(page, "tok3")
        page.locator("#stop").click()  # Stop cancels the running answer ...
        wait_text(page, "stopped; the conversation is kept")
        assert "tok299" not in bot_text(page)
        send(page, "x" * 1_000_000)
        wait_text(page, "the message is 1.0 MB")
        bogus = tmp_path / "notes.exe"
        bogus.write_bytes(b"MZ\x90\x00binary")
        send(page, "read this", [bogus])
        wait_text(page, "notes.exe is not a design file")
        send(page, "please die now")
        wait_text(page, "cannot reach the LLM server")
        assert "tok0" in bot_text(page) and "first, a quick one" in bot_text(page)  # the conversation so far is kept
        assert page.locator("#message textarea").is_enabled()
        page.locator("#message textarea").fill("")
        page.locator("#message textarea").press("Enter")  # an empty message: nothing breaks
        time.sleep(1.0)
        send(page, "are you still there?")
        deadline = time.monotonic() + 40
        while bot_text(page).count("cannot reach the LLM server") < 2 and time.monotonic() < deadline:
            time.sleep(0.25)
        assert bot_text(page).count("cannot reach the LLM server") >= 2  # the page still answers
        assert "first, a quick one" in bot_text(page)


def test_a_real_specialist_run_shows_its_evidence_plots_and_files(tmp_path: Path, serve: Callable[..., str], browser: Any,
                                                                   script_file: Callable[..., Path]) -> None:
    """rf_designer works without a model (parser, synthesis, scikit-rf, ngspice): its real evidence in the page."""
    import skrf

    url = serve(f"script:{script_file([])}")  # an empty script: any model call would fail the turn
    page = browser.new_page(viewport={"width": 1400, "height": 1250}, accept_downloads=True)
    page.goto(url)
    page.wait_for_selector("#message textarea", timeout=30000)
    choose_agent(page, "rf_designer")
    send(page, "Chebyshev low-pass 100 MHz, 0.5 dB ripple, 40 dB at 200 MHz, 50 ohm")  # buildable from catalogue parts
    wait_text(page, "verdict pass", timeout=90)
    assert "scripted answer" not in bot_text(page)  # no model was called, so nothing is labelled scripted
    title = next(line for line in bot_text(page).splitlines() if line.startswith("rf_designer · "))
    assert "ngspice" in title and title.endswith("pass")
    page.locator("#chat").get_by_text(title).first.click()
    wait_text(page, "ngspice -b")  # the simulator command the specialist ran ...
    wait_text(page, "log (end of")  # ... and the end of its log
    time.sleep(1.0)
    page.locator("#plots img").first.evaluate("img => img.decode()")
    assert page.locator("#plots img").count() >= 2  # the specialist's own S21/S11 and group-delay plots
    page.locator("#chat").get_by_text(title).first.evaluate("e => e.scrollIntoView({block: 'start'})")
    time.sleep(0.5)
    page.screenshot(path=str(shots_dir(tmp_path) / "webui-rf.png"))
    with page.expect_download(timeout=20000) as dl:
        page.locator("#files a[download='filter.s2p']").click()
    saved = tmp_path / "filter.s2p"
    dl.value.save_as(saved)
    assert skrf.Network(str(saved)).nports == 2
    page.get_by_role("tab", name="Code").click()
    assert "filter.cir" in page.locator("#code").inner_text()


def test_text_typed_while_an_answer_streams_survives_its_end(serve: Callable[..., str], browser: Any) -> None:
    """The box is emptied when a message is sent, not when its answer ends: the next message typed meanwhile is kept."""
    spec = importlib.util.spec_from_file_location("fake_openai", DATA / "fake_openai.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with mod.FakeOpenAI() as server:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(serve(server.url, max_retries=0))
        page.wait_for_selector("#message textarea", timeout=120000)
        send(page, "an answer that ends-soon please")
        wait_text(page, "brief1", timeout=300)
        page.locator("#message textarea").fill("my next question")  # typed while the answer still streams
        wait_text(page, "brief14", timeout=300)
        deadline = time.monotonic() + 300
        while "verdict" not in bot_text(page).split("brief14", 1)[-1] and time.monotonic() < deadline:
            time.sleep(0.25)
        time.sleep(1.0)  # the turn's last update has reached the page
        assert page.locator("#message textarea").input_value() == "my next question"

