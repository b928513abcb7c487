"""The terminal chat, driven two ways: a fake stdin for the commands, a real pty for Ctrl-C and restarts."""

from __future__ import annotations

import importlib.util
import io
import os
import pty
import re
import select
import shutil
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from chipsmith.agents.state import Artefact, Evidence
from chipsmith.chat import ChatApp
from chipsmith.core.config import load_settings
from chipsmith.tools.runner import run_command

DATA = Path(__file__).parents[1] / "data" / "ui"
ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]|\x1b[()][A-Z0-9]|\r")

DFF_ANSWER = ("Scripted answer: a D flip-flop copies d to q on the rising clock edge.\n\n"
              "```verilog\nmodule dff(input clk, input d, output reg q);\n  always @(posedge clk) q <= d;\nendmodule\n```")


def fake_openai() -> Any:
    spec = importlib.util.spec_from_file_location("fake_openai", DATA / "fake_openai.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.FakeOpenAI()


def lines_of(*lines: str) -> Callable[[str], str]:
    it: Iterator[str] = iter(lines)

    def read(prompt: str) -> str:
        try:
            return next(it)
        except StopIteration:
            raise EOFError from None

    return read


def make_app(script: Path, *lines: str, llm: str | None = None, thread_id: str | None = None) -> tuple[ChatApp, io.StringIO]:
    buf = io.StringIO()
    term = Console(file=buf, width=140, force_terminal=False, color_system=None)
    app = ChatApp(load_settings(llm=llm or f"script:{script}"), console=term, read_line=lines_of(*lines),
                  thread_id=thread_id, agent="general", knowledge=False)
    return app, buf


def saved_state(app: ChatApp) -> Any:
    """The conversation as the checkpoint database holds it after the chat closed."""
    from chipsmith.api import open_checkpointer
    from chipsmith.conversations import load_state

    saver = open_checkpointer(app.settings.checkpoint_db)
    try:
        return load_state(saver, app.thread_id)[0]
    finally:
        saver.conn.close()


def simulate_counter(tmp_path: Path) -> Path:
    """Simulate the counter fixture with Icarus through the sandboxed runner; the VCD it dumps."""
    work = tmp_path / "sim"
    work.mkdir()
    for name in ("counter.v", "counter_tb.v"):
        shutil.copy(DATA / name, work)
    assert run_command(["iverilog", "-o", "sim.vvp", "counter.v", "counter_tb.v"], work, timeout=30).returncode == 0
    out = run_command(["vvp", "sim.vvp"], work, timeout=30)
    assert "count=12" in out.output
    return work / "counter.vcd"


def test_chat_streams_answer_with_code_and_one_line_per_step(script_file: Callable[..., Path]) -> None:
    script = script_file([("general", DFF_ANSWER)])
    app, buf = make_app(script, "what does a dff do?", "/quit")
    app.run()
    out = buf.getvalue()
    assert "scripted model" in out and "1 scripted model answer(s) used" in out  # scripted output is labelled
    assert "module dff(input clk, input d, output reg q);" in out  # the fenced code, rendered
    assert "```" not in out  # rendered as a code block, not echoed as raw Markdown
    steps = [ln for ln in out.splitlines() if ln.startswith(("✓", "✗"))]
    assert [s.split()[1] for s in steps] == ["router", "general"]
    assert "answered" in steps[1] and re.search(r"\d+\.\d\d s", steps[1])
    assert f"chipsmith chat --resume {app.thread_id}" in out


def test_help_is_the_command_docstrings(script_file: Callable[..., Path]) -> None:
    app, buf = make_app(script_file([]), "/help")
    app.run()
    out = buf.getvalue()
    for cmd in ("/agent NAME", "/files", "/show FILE", "/plot NAME", "/model", "/history", "/resume ID", "/reset", "/save DIR"):
        assert cmd in out
    assert ChatApp.cmd_save.__doc__ and ChatApp.cmd_save.__doc__.strip() in out


def test_bad_input_gets_a_message_and_the_chat_goes_on(script_file: Callable[..., Path]) -> None:
    script = script_file([("general", "Scripted answer after bad input.")])
    app, buf = make_app(script, "", "   ", "x" * 1_000_000, "/nosuch", "/agent nosuch", "/show nothing.v",
                        "/plot", "/resume zzzz", "still there?")
    app.run()
    out = buf.getvalue()
    assert "the message is 1.0 MB" in out
    assert "unknown command /nosuch" in out
    assert "unknown agent 'nosuch'" in out
    assert "no file 'nothing.v'" in out
    assert "no conversation 'zzzz'" in out
    assert "Scripted answer after bad input." in out
    state = saved_state(app)
    assert state is not None and [m.content for m in state.messages if m.role == "user"] == ["still there?"]


def test_files_show_plot_save_on_a_simulated_run(tmp_path: Path, script_file: Callable[..., Path]) -> None:
    vcd = simulate_counter(tmp_path)
    app, buf = make_app(script_file([]), "/files", "/show counter.v", "/plot counter.vcd", "/plot counter.vcd en",
                        f"/save {tmp_path / 'saved'}")
    # A fixture run: the files a Verilog specialist would leave, with the simulator's evidence.
    ev = Evidence(tool="icarus", verdict="pass", ok=True, command=["vvp", "sim.vvp"], cwd=str(vcd.parent),
                  log_path=str(vcd.parent / "tool.log"))
    arts = [Artefact(name="counter.v", kind="verilog", agent="verilog_writer", path=str(vcd.parent / "counter.v"), evidence=[ev]),
            Artefact(name="sim/counter.vcd", kind="vcd", agent="verilog_writer", path=str(vcd), evidence=[ev])]
    app.session.graph.update_state(app.session.config, {"artefacts": arts}, as_node="dispatch")
    app.run()
    out = buf.getvalue()
    assert "counter.v" in out and "icarus: pass" in out  # /files
    assert "always @(posedge clk)" in out and "vvp sim.vvp" in out  # /show with its evidence
    rows = [ln for ln in out.splitlines() if "▔" in ln or "▁" in ln]
    assert any(r.strip().startswith("clk") for r in rows) and any(r.strip().startswith("en") for r in rows)
    en_row = next(r for r in rows if r.strip().startswith("en"))
    assert "▁▔" in en_row and "▔▁" in en_row  # en rises, then falls, as the testbench drives it
    pngs = sorted((app.session.out_dir / "plots").glob("*.png"))
    assert [p.name for p in pngs] == ["counter.waveform-en.png", "counter.waveform.png"]
    assert pngs[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    saved = tmp_path / "saved"
    assert (saved / "counter.v").read_text() == (DATA / "counter.v").read_text()
    assert (saved / "sim" / "counter.vcd").is_file()
    assert "counter.v" in (saved / "transcript.md").read_text()


def test_resume_by_id_after_restart(script_file: Callable[..., Path]) -> None:
    script = script_file([("general", "First scripted answer."), ("general", "Second scripted answer."),
                          ("general", "Third scripted answer.")])
    first, _ = make_app(script, "first question")
    first.run()
    tid = first.thread_id
    # a restart: a new process would read the same script from its first line; skip the used one
    script.write_text("\n".join(script.read_text().splitlines()[1:]) + "\n")
    second, buf = make_app(script, f"/resume {tid[:6]}", "second question", "/history", "/reset", "third question")
    second.run()
    out = buf.getvalue()
    assert f"resumed conversation {tid} (1 turn)" in out
    assert "first question" in out and "First scripted answer." in out  # the recap of the resumed conversation
    assert re.search(rf"{tid} \*", out)  # /history marks the current conversation
    from chipsmith.conversations import list_threads

    threads = {t.thread_id: t for t in list_threads(second.settings.checkpoint_db)}
    assert threads[tid].turns == 2 and threads[tid].last_request == "second question"
    assert len(threads) == 2 and threads[second.thread_id].first_request == "third question"  # /reset kept the old one


def test_backend_dies_mid_answer_conversation_kept(script_file: Callable[..., Path]) -> None:
    script = script_file([("general", "Scripted answer after switching backend.")])
    with fake_openai() as server:
        app, buf = make_app(script, "please die now", f"/model script:{script}", "are you back?", llm=server.url)
        app.session.llm.max_retries = 0
        app.run()
    out = buf.getvalue()
    assert "tok0 tok1 tok2" in out  # what streamed before the backend went away stays on screen
    assert "general could not finish" in out or "error:" in out
    assert "Scripted answer after switching backend." in out
    state = saved_state(app)
    assert state is not None
    assert [m.content for m in state.messages if m.role == "user"] == ["please die now", "are you back?"]


# ---------------------------------------------------------------------------- a real terminal

class Pty:
    """``chipsmith chat`` in a pseudo-terminal, so Ctrl-C is a real SIGINT from the line discipline."""

    def __init__(self, args: list[str]) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become the chat
            os.environ["COLUMNS"] = "120"
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # as in a background job: the chat must install its own handler
            os.execv(sys.executable, [sys.executable, "-m", "chipsmith.cli", *args])
        self.text = ""

    def expect(self, pattern: str, timeout: float = 40.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            m = re.search(pattern, ANSI.sub("", self.text))
            if m:
                return ANSI.sub("", self.text)
            r, _, _ = select.select([self.fd], [], [], 0.2)
            if r:
                try:
                    self.text += os.read(self.fd, 65536).decode(errors="replace")
                except OSError:
                    break
        raise AssertionError(f"{pattern!r} did not appear; the terminal showed:\n{ANSI.sub('', self.text)[-3000:]}")

    def send(self, data: str) -> None:
        os.write(self.fd, data.encode())

    def wait(self, timeout: float = 20.0, kill: bool = True) -> int | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.text += os.read(self.fd, 65536).decode(errors="replace") if select.select([self.fd], [], [], 0.1)[0] else ""
            except OSError:
                pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        if not kill:
            return None
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        return None


@pytest.mark.timeout(120)
def test_ctrl_c_cancels_the_step_second_exits_and_resume_works_after_restart() -> None:
    with fake_openai() as server:
        args = ["chat", "--llm", server.url, "--agent", "general", "--no-knowledge"]
        chat = Pty(args)
        chat.expect(r"you> ")
        chat.send("tell me something slow\r")
        chat.expect(r"tok3 ")  # streaming: tokens show while the model is still writing
        chat.send("\x03")
        screen = chat.expect(r"cancelled.*Ctrl-C again exits")
        assert "tok299" not in screen
        tid = re.search(r"conversation ([0-9a-f]{12})", screen)
        assert tid
        chat.expect(r"you> [^\n]*$")
        chat.send("\x03")  # the second Ctrl-C exits
        code = chat.wait(timeout=15.0, kill=False)
        if code is None:
            # seen once on a machine loaded by two test runs: the chat sat at its prompt, the key lost as the prompt
            # was drawn; the user presses it again (a hang elsewhere would not exit with 0 on this one either)
            chat.send("\x03")
            code = chat.wait(timeout=60.0)
        assert code == 0
        assert f"chipsmith chat --resume {tid.group(1)}" in ANSI.sub("", chat.text)

        again = Pty(args + ["--resume", tid.group(1)])
        screen = again.expect(r"you> ")
        assert f"resumed conversation {tid.group(1)} (1 turn)" in screen
        assert "tell me something slow" in screen
        again.send("quick one\r")
        again.expect(r"quick answer to: quick one[\s\S]*you> ")
        again.send("\x04")  # Ctrl-D
        assert again.wait() == 0, ANSI.sub("", again.text)[-2000:]
    assert server.requests == ["tell me something slow", "quick one"], server.requests


@pytest.mark.timeout(300)
def test_ctrl_c_during_a_long_prefill_cancels_at_once() -> None:
    # The server sends no byte for five minutes (a long prompt on one CPU thread): the cancel must
    # not wait for the next token. 60 s is far more than a cancel takes and far less than the stall.
    with fake_openai() as server:
        chat = Pty(["chat", "--llm", server.url, "--agent", "general", "--no-knowledge"])
        chat.expect(r"you> ")
        chat.send("stall here\r")
        deadline = time.monotonic() + 60
        while "stall here" not in server.requests:
            assert time.monotonic() < deadline, "the request never reached the server"
            time.sleep(0.1)
        chat.send("\x03")
        screen = chat.expect(r"cancelled.*Ctrl-C again exits", timeout=60)
        assert "late" not in screen
        chat.expect(r"you> [^\n]*$")
        chat.send("quick one\r")  # the session is usable at once, not after the stalled call ends
        chat.expect(r"quick answer to: quick one[\s\S]*you> ", timeout=60)
        chat.send("\x04")
        assert chat.wait() == 0, ANSI.sub("", chat.text)[-2000:]


def test_run_renders_markdown_on_a_terminal_and_plain_text_when_piped(tmp_path: Path,
                                                                      script_file: Callable[..., Path]) -> None:
    import subprocess

    answer = "A latch is **level** sensitive.\n\n| kind | edge |\n|---|---|\n| latch | none |\n| flop | rising |\n"
    script = script_file([("general", answer), ("general", answer)])
    args = ["run", "what is a latch?", "--agent", "general", "--no-knowledge", "--llm", f"script:{script}"]
    term = Pty([*args, "--out", str(tmp_path / "a")])
    assert term.wait(timeout=120) == 0, ANSI.sub("", term.text)
    shown = ANSI.sub("", term.text)
    assert "level" in shown and "**" not in shown and "|---" not in shown  # rendered: bold, and a drawn table
    assert re.search(r"latch\s+none", shown) and "| latch" not in shown and "───" in shown
    piped = subprocess.run([sys.executable, "-m", "chipsmith.cli", *args, "--out", str(tmp_path / "b")],
                           capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0, piped.stderr
    assert "**level**" in piped.stdout and "| latch | none |" in piped.stdout  # the text as written, for other programs
