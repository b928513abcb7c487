"""The web chat's server side without a browser: uploads, turns, panels, cancelling, many sessions at once."""

from __future__ import annotations

import importlib.util
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from chipsmith.agents.state import Artefact, Evidence, Step
from chipsmith.core.config import load_settings
from chipsmith.core.errors import InputError
from chipsmith.tools.runner import run_command
from chipsmith.web_panels import highlight, highlight_markdown, step_panel
from chipsmith.web_service import ChatService, TurnView
from chipsmith.web_sessions import hold_sessions_http

DATA = Path(__file__).parents[1] / "data" / "ui"
CODE_ANSWER = "Scripted answer.\n\n```verilog\nmodule dff(input clk, input d, output reg q);\nendmodule\n```"


def fake_openai() -> Any:
    spec = importlib.util.spec_from_file_location("fake_openai", DATA / "fake_openai.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.FakeOpenAI()


def run_turn(service: ChatService, tid: str, text: str, files: list[str] | None = None,
             history: list[dict[str, Any]] | None = None, agent: str | None = "general") -> list[TurnView]:
    return list(service.turn(tid, text, files or [], history or [], agent))


def test_uploads_are_checked_and_mapped_to_inputs(tmp_path: Path) -> None:
    service = ChatService(load_settings(llm="script:none"), knowledge=False)
    tid = service.new_thread_id()
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ\0\0")
    with pytest.raises(InputError, match="tool.exe is not a design file"):
        service.accept_upload(tid, exe)
    fake_pdf = tmp_path / "datasheet.pdf"
    fake_pdf.write_text("not really")
    with pytest.raises(InputError, match="not a PDF file"):
        service.accept_upload(tid, fake_pdf)
    binary_v = tmp_path / "blob.v"
    binary_v.write_bytes(b"module\0\0\0")
    with pytest.raises(InputError, match="binary file"):
        service.accept_upload(tid, binary_v)
    ups = [service.accept_upload(tid, DATA / "counter.v"), service.accept_upload(tid, DATA / "counter_tb.v")]
    deck = tmp_path / "amp.cir"
    deck.write_text("* amp\nR1 a b 1k\n.end\n")
    ups.append(service.accept_upload(tid, deck))
    inputs = service.inputs_for(ups)
    assert inputs["testbench"].endswith("uploads/counter_tb.v")
    assert inputs["input"].endswith("uploads/counter.v")
    assert inputs["netlist"].endswith("uploads/amp.cir")
    assert Path(inputs["testbench"]).read_text() == (DATA / "counter_tb.v").read_text()


def test_a_turn_streams_then_shows_step_panels_answer_and_transcript(script_file: Callable[..., Path]) -> None:
    service = ChatService(load_settings(llm=f"script:{script_file([('general', CODE_ANSWER)])}"), knowledge=False)
    views = run_turn(service, "", "what is a flip-flop?", [str(DATA / "lowpass.s2p")])
    assert not views[0].done and views[-1].done  # the page is updated while the agents work
    final = views[-1]
    titles = [m.get("metadata", {}).get("title", "") for m in final.messages]
    assert "router · no tools · routed" in titles and "general · llm · answered" in titles
    assert all(m["metadata"]["status"] == "done" for m in final.messages if "·" in m.get("metadata", {}).get("title", ""))
    answer = next(m["content"] for m in final.messages if isinstance(m["content"], str) and "Scripted answer." in m["content"])
    assert '<pre class="chipsmith-code" data-language="verilog"' in answer and "scripted answer: 1 model call(s)" in answer
    assert any(isinstance(m["content"], dict) and m["content"]["path"].endswith("lowpass.sparams.png") for m in final.messages)
    assert any(p.endswith("transcript.md") for p in final.files) and any(p.endswith("lowpass.s2p") for p in final.files)
    transcript = Path(next(p for p in final.files if p.endswith("transcript.md"))).read_text()
    assert "what is a flip-flop?" in transcript and "module dff" in transcript
    resumed = service.resume(final.thread_id)
    assert resumed.messages[0] == {"role": "user", "content": "what is a flip-flop?"}
    assert any("general · llm · answered" == m.get("metadata", {}).get("title") for m in resumed.messages)


def test_bad_messages_become_chat_notices_and_keep_the_conversation(script_file: Callable[..., Path]) -> None:
    service = ChatService(load_settings(llm=f"script:{script_file([('general', 'First scripted answer.')])}"), knowledge=False)
    first = run_turn(service, "", "hello")[-1]
    history = first.messages
    for text, files, expected in (("", [], "the message is empty"), ("x" * 1_000_000, [], "the message is 1.0 MB"),
                                  ("look", ["/etc/hostname"], "hostname is not a design file")):
        view = run_turn(service, first.thread_id, text, files, history)[-1]
        assert view.done and expected in view.messages[-1]["content"]
        assert view.messages[: len(history)] == history  # the conversation so far is kept
        assert len(view.messages[-1]["content"]) < 2000
    view = run_turn(service, first.thread_id, "hi", [], history, agent="nosuch")[-1]
    assert "unknown agent 'nosuch'" in view.messages[-1]["content"] and view.kept_text == "hi"


def test_backend_dying_mid_answer_is_a_notice_and_the_turn_ends() -> None:
    with fake_openai() as server:
        service = ChatService(load_settings(llm=server.url, max_retries=0), knowledge=False)
        first = run_turn(service, "", "a quick one")[-1]
        view = run_turn(service, first.thread_id, "please die now", [], first.messages)[-1]
    text = "\n".join(str(m["content"]) for m in view.messages)
    assert "tok0 tok1 tok2" in text  # what streamed before the backend went away is still shown
    assert "cannot reach the LLM server" in text and "a quick one" in text
    state = service.session(first.thread_id).state()
    assert state is not None and [m.content for m in state.messages if m.role == "user"] == ["a quick one", "please die now"]


def test_stop_cancels_the_running_turn_and_frees_the_conversation() -> None:
    with fake_openai() as server:
        service = ChatService(load_settings(llm=server.url, max_retries=0), knowledge=False)
        tid = service.new_thread_id()
        gen = service.turn(tid, "something slow please", [], [], "general")
        start = time.monotonic()
        for view in gen:
            if any("tok2" in str(m["content"]) for m in view.messages):
                break
        gen.close()  # what Gradio does when Stop is pressed
        session = service.session(tid)
        busy = run_turn(service, tid, "too soon", [], [])[-1]  # the cancelled turn may still be winding down
        assert "still running" in busy.messages[-1]["content"] or any("quick answer to: too soon" in str(m["content"]) for m in busy.messages)
        deadline = time.monotonic() + 10
        while tid in service._busy and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tid not in service._busy
        assert time.monotonic() - start < 20  # far sooner than the 60 s the slow answer takes
        after = run_turn(service, tid, "a quick one", [], [])[-1]
        assert any("quick answer to: a quick one" in str(m["content"]) for m in after.messages)
        assert session.state() is not None


def test_fixture_run_shows_code_plots_and_tool_command_with_log(tmp_path: Path, script_file: Callable[..., Path]) -> None:
    work = tmp_path / "sim"
    work.mkdir()
    for name in ("counter.v", "counter_tb.v"):
        shutil.copy(DATA / name, work)
    assert run_command(["iverilog", "-o", "sim.vvp", "counter.v", "counter_tb.v"], work, timeout=30).returncode == 0
    outcome = run_command(["vvp", "sim.vvp"], work, timeout=30)
    ev = Evidence(tool="icarus", verdict="pass", ok=True, command=outcome.command, cwd=outcome.cwd, log_path=outcome.log_path)
    arts = [Artefact(name="counter.v", kind="verilog", agent="verilog_writer", path=str(work / "counter.v"), evidence=[ev]),
            Artefact(name="counter.vcd", kind="vcd", agent="verilog_writer", path=str(work / "counter.vcd"), evidence=[ev])]
    step = Step(agent="verilog_writer", summary="simulated", verdict="pass", seconds=0.3, tools=["icarus"])
    panel = step_panel(step, arts, [])
    assert panel["metadata"] == {"title": "verilog_writer · icarus · pass", "duration": 0.3, "status": "done"}
    assert "vvp" in panel["content"] and "sim.vvp" in panel["content"] and "count=12" in panel["content"]
    many = [{"tool": "icarus", "command": ["vvp", f"try{i}.vvp"], "cwd": str(work), "verdict": "fail"} for i in range(9)]
    crowded = step_panel(step, [], many)["content"]
    assert "3 earlier tool runs are in the run record" in crowded and "try8.vvp" in crowded and "try2.vvp" not in crowded

    service = ChatService(load_settings(llm=f"script:{script_file([])}"), knowledge=False)
    tid = service.new_thread_id()
    session = service.session(tid)
    session.graph.update_state(session.config, {"artefacts": arts, "steps": [step]}, as_node="dispatch")
    panels = service._panels(tid)
    assert "counter.v" in panels["code_html"] and "color" in panels["code_html"]  # highlighted Verilog
    assert [Path(p).name for p, _ in panels["plots"]] == ["counter.waveform.png"]
    assert {Path(p).name for p in panels["files"]} == {"counter.v", "counter.vcd"}


def test_highlighting_escapes_and_colours() -> None:
    out = highlight("module m; // <script>alert(1)</script>\nendmodule", "verilog")
    assert "<script>" not in out and "&lt;script&gt;" in out and "style=" in out
    md = highlight_markdown("before\n```systemverilog\nlogic [3:0] q;\n```\nafter")
    assert md.startswith("before") and md.rstrip().endswith("after") and 'data-language="systemverilog"' in md


@pytest.mark.timeout(120)
def test_eight_browser_sessions_over_http_are_isolated(script_file: Callable[..., Path]) -> None:
    script = script_file([("general", "Scripted answer for a load check.")])
    report = hold_sessions_http(load_settings(llm=f"script:{script}"), 8)
    assert report["errors"] == []
    assert report["completed_and_isolated"] == 8 and report["held"] == 8


@pytest.mark.timeout(120)
def test_sessions_command_prints_sessions_held(script_file: Callable[..., Path]) -> None:
    """The command behind the load figure in docs/ui.md, through the Python API (the HTTP path is tested above)."""
    script = script_file([("general", "Scripted answer for a load check.")])
    from click.testing import CliRunner

    from chipsmith.web_sessions import sessions_check

    result = CliRunner().invoke(sessions_check, ["-n", "3", "--llm", f"script:{script}"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == "sessions held: 3"


def test_ui_listens_on_loopback_without_share_unless_asked(monkeypatch: pytest.MonkeyPatch,
                                                         script_file: Callable[..., Path]) -> None:
    from click.testing import CliRunner

    import chipsmith.webui as webui

    seen: list[dict[str, Any]] = []
    monkeypatch.setattr(webui, "launch", lambda service, **kw: seen.append(kw))
    script = script_file([])
    assert CliRunner().invoke(webui.ui, ["--llm", f"script:{script}"]).exit_code == 0
    assert CliRunner().invoke(webui.ui, ["--llm", f"script:{script}", "--port", "8123", "--share", "--host", "0.0.0.0"]).exit_code == 0
    assert seen == [{"host": "127.0.0.1", "port": 7860, "share": False}, {"host": "0.0.0.0", "port": 8123, "share": True}]
    bad = CliRunner().invoke(webui.ui, ["--llm", "script:/nonexistent.jsonl"])
    assert bad.exit_code != 0 and "not found" in str(bad.exception)  # a wrong backend fails before serving
