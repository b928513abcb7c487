"""The web chat: ``chipsmith ui``, built with Gradio.

Each agent step is a collapsible panel with the tool's command and the end of its
log; code is highlighted (Pygments, which knows Verilog and SystemVerilog); VCD
waveforms, Touchstone S-parameters and AC tables are drawn as plots; every file a
conversation produced can be downloaded; past conversations of this browser are
listed and resumed. Every browser session has its own conversation, held in its own
Gradio session state, so several people can use one server at once. It listens on
127.0.0.1 unless told otherwise and never opens a public share link unless asked.

:class:`ChatService` holds everything that is not Gradio (sessions, uploads, turns,
what to show), so tests can drive it directly as well as through a browser.
"""

from __future__ import annotations

import html
import json
import os
import re
import secrets
import threading
import time
import traceback
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from chipsmith.agents.state import Artefact, Step
from chipsmith.core.config import Settings
from chipsmith.core.console import NullConsole
from chipsmith.core.errors import ChipsmithError, InputError, ToolError
from chipsmith.core.files import read_regular, safe_file_name, safe_relpath, unsafe_name_chars, write_atomic
from chipsmith.options import llm_options, settings_from
from chipsmith.tools.runner import read_log

if TYPE_CHECKING:
    from chipsmith.api import RunResult, Session

# Gradio phones home for analytics unless told not to; this tool runs offline.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

# What an upload may be, and which input flag it becomes (see `chipsmith run --help`).
DESIGN_SUFFIXES: dict[str, str] = {
    ".v": "verilog", ".vh": "verilog", ".sv": "verilog", ".svh": "verilog",
    ".sp": "spice", ".spi": "spice", ".spice": "spice", ".cir": "spice", ".net": "spice", ".ckt": "spice",
    ".scs": "spice", ".lib": "spice", ".mod": "spice", ".inc": "spice",
    ".vcd": "vcd", ".s1p": "touchstone", ".s2p": "touchstone", ".s3p": "touchstone", ".s4p": "touchstone",
    ".pdf": "pdf", ".csv": "table", ".yaml": "text", ".yml": "text", ".json": "text", ".txt": "text",
}
MAX_UPLOAD_BYTES = 20 << 20
CODE_KINDS = ("verilog", "testbench", "spice", "model_card")
_FENCE = re.compile(r"```([\w+-]*)[^\n]*\n(.*?)```", re.S)
_LEXER_ALIASES = {"sv": "systemverilog", "spice": "text", "spectre": "text", "netlist": "text", "": "text"}
_PANEL_TOOLS = 6  # tool runs shown in one step panel
_SESSIONS_KEPT = 64  # open conversations held in memory; the oldest idle one is closed beyond this


# ---------------------------------------------------------------------------- highlighting

def highlight(code: str, language: str) -> str:
    """Code as HTML with inline colours (no stylesheet needed, survives the chat's HTML sanitiser)."""
    from pygments import highlight as _pyg
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(_LEXER_ALIASES.get(language.lower(), language.lower()))
    except ClassNotFound:
        lexer = get_lexer_by_name("text")
    formatter = HtmlFormatter(noclasses=True, nowrap=True, style="friendly")
    body = _pyg(code, lexer, formatter)
    return (f'<pre class="chipsmith-code" data-language="{html.escape(language or "text")}" '
            f'style="background:#f6f8fa;padding:8px;border-radius:6px;overflow-x:auto"><code>{body}</code></pre>')


def highlight_markdown(text: str) -> str:
    """Markdown with every fenced code block replaced by highlighted HTML (the browser's highlighter lacks Verilog)."""
    return _FENCE.sub(lambda m: "\n" + highlight(m.group(2), m.group(1)) + "\n", text)


def _lexer_for(path: Path, kind: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".sv", ".svh"):
        return "systemverilog"
    if kind in ("verilog", "testbench") or suffix in (".v", ".vh"):
        return "verilog"
    return "text"


# ---------------------------------------------------------------------------- the service

@dataclass
class Upload:
    name: str
    path: Path
    kind: str


@dataclass
class TurnView:
    """What the page shows after (or during) a turn."""

    messages: list[dict[str, Any]]
    thread_id: str
    files: list[str] = field(default_factory=list)
    plots: list[tuple[str, str]] = field(default_factory=list)
    code_html: str = ""
    files_md: str = ""  # the same files listed turn by turn, with their full names
    done: bool = False
    kept_text: str | None = None  # text to leave in the input box (a rejected message)


class ChatService:
    """The web chat's server side: one Session per conversation, uploads, turns and what to show."""

    def __init__(self, settings: Settings, *, knowledge: bool = True, debug: bool = False) -> None:
        self.settings = settings
        self.knowledge = knowledge
        self.debug = debug
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._busy: set[str] = set()
        self._lock = threading.Lock()

    # -------------------------------------------------------------- sessions

    @staticmethod
    def new_thread_id() -> str:
        return uuid.uuid4().hex[:12]

    def conversation_dir(self, thread_id: str) -> Path:
        from chipsmith.chat import conversation_dir

        return conversation_dir(self.settings, thread_id)

    def session(self, thread_id: str) -> Session:
        """The open session of a conversation (opened on first use, checkpoints shared with the terminal chat)."""
        from chipsmith.api import Session

        if not re.fullmatch(r"[0-9a-f]{6,32}", thread_id):
            raise InputError(f"{thread_id!r} is not a conversation id")
        with self._lock:
            if thread_id in self._sessions:
                self._sessions.move_to_end(thread_id)
                return self._sessions[thread_id]
        session = Session(self.settings, out_dir=self.conversation_dir(thread_id), thread_id=thread_id,
                          console=NullConsole(), debug=self.debug, turn_dirs=True,
                          can_ask=True)  # a person reads the page: a missing field is asked for, the next message answers
        with self._lock:
            if thread_id in self._sessions:  # opened by a concurrent request meanwhile
                session.close()
                return self._sessions[thread_id]
            self._sessions[thread_id] = session
            for old in list(self._sessions):
                if len(self._sessions) <= _SESSIONS_KEPT:
                    break
                if old not in self._busy:
                    self._sessions.pop(old).close()
            return session

    def held(self) -> int:
        """How many conversations are open in this server."""
        with self._lock:
            return len(self._sessions)

    def close(self) -> None:
        with self._lock:
            for s in self._sessions.values():
                s.close()
            self._sessions.clear()

    @property
    def scripted(self) -> bool:
        return self.settings.llm.startswith("script:")

    # -------------------------------------------------------------- uploads

    def accept_upload(self, thread_id: str, src: Path) -> Upload:
        """Copy an uploaded file into the conversation; InputError when it is not a design file.

        The file itself is read: never through a symlink, never a FIFO or device. A name with
        control, bidi-override or invisible characters is refused (U+202E shows a person another
        name than the file has; a newline adds lines wherever the name is written).
        """
        src = Path(src)
        name = src.name
        bad = unsafe_name_chars(name)
        if bad:
            raise InputError(f"the file name {safe_file_name(name)!r} (shown with _ for them) contains control or "
                             f"invisible characters ({', '.join(bad)}); rename the file and upload it again")
        kind = DESIGN_SUFFIXES.get(src.suffix.lower())
        accepted = " ".join(sorted(DESIGN_SUFFIXES))
        if kind is None:
            raise InputError(f"{name} is not a design file chipsmith reads (accepted: {accepted}); nothing was sent")
        try:
            size = os.lstat(src).st_size
        except OSError as exc:
            raise InputError(f"{name}: cannot read the upload ({exc.strerror or exc})") from None
        if size > MAX_UPLOAD_BYTES:
            raise InputError(f"{name} is {size / 1e6:.1f} MB, more than the {MAX_UPLOAD_BYTES >> 20} MB an upload may have")
        data = read_regular(src, max_bytes=MAX_UPLOAD_BYTES, what=name)
        head = data[:8192]
        if kind == "pdf":
            if not head.startswith(b"%PDF"):
                raise InputError(f"{name} is named .pdf but is not a PDF file")
        elif b"\0" in head:
            raise InputError(f"{name} is a binary file, not a {kind} text file")
        dest = self.conversation_dir(thread_id) / "uploads" / safe_relpath(name).name
        write_atomic(dest, data)  # replaces whatever is at dest, never writes through a link there
        return Upload(name=name, path=dest, kind=kind)

    @staticmethod
    def inputs_for(uploads: list[Upload]) -> dict[str, str]:
        """The input flags the uploads stand for, as `chipsmith run` would get them."""
        inputs: dict[str, str] = {}
        for up in uploads:
            stem = up.path.stem.lower()
            if up.kind == "verilog" and ("tb" in re.split(r"[_\-.]", stem) or stem.startswith("tb") or stem.endswith("tb")):
                inputs["testbench"] = str(up.path)
            elif up.kind == "spice":
                inputs.setdefault("netlist", str(up.path))
                inputs.setdefault("input", str(up.path))
            else:
                inputs.setdefault("input", str(up.path))
        return inputs

    def uploads_of(self, thread_id: str) -> list[Path]:
        d = self.conversation_dir(thread_id) / "uploads"
        return sorted(p for p in d.iterdir() if p.is_file()) if d.is_dir() else []

    # -------------------------------------------------------------- turns

    def turn(self, thread_id: str, text: str, files: list[str] | None, history: list[dict[str, Any]],
             agent: str | None = None) -> Iterator[TurnView]:
        """Run one message; yields views as the agents work. Bad input and failures become chat messages."""
        from chipsmith.live import check_request

        history = list(history or [])
        thread_id = thread_id or self.new_thread_id()
        try:
            check_request(text)
            uploads = [self.accept_upload(thread_id, Path(f)) for f in files or []]
            if agent:
                from chipsmith.agents.registry import check_name

                check_name(agent)
        except ChipsmithError as exc:
            shown = text if len(text) <= 2000 else text[:2000] + f"… ({len(text)} characters)"
            if shown.strip():
                history.append({"role": "user", "content": shown})
            history.append(_notice(str(exc)))
            yield TurnView(history, thread_id, done=True, kept_text=text if len(text) <= 60_000 else "",
                           **self._panels(thread_id, with_session=thread_id in self._sessions))
            return
        with self._lock:
            if thread_id in self._busy:
                history.append(_notice("a request is still running in this conversation; wait for it or press Stop"))
                yield TurnView(history, thread_id, done=True, kept_text=text)
                return
            self._busy.add(thread_id)
        live: list[Any] = []
        try:
            yield from self._run(thread_id, text, uploads, history, agent, live)
        finally:
            if live and live[0].running:
                # Stopped from the page: the conversation stays busy until the agents have really stopped,
                # so the next message never runs beside the cancelled one.
                threading.Thread(target=self._release_after, args=(thread_id, live[0]), daemon=True).start()
            else:
                with self._lock:
                    self._busy.discard(thread_id)

    def _release_after(self, thread_id: str, turn: Any) -> None:
        turn.wait()
        with self._lock:
            self._busy.discard(thread_id)

    def _run(self, thread_id: str, text: str, uploads: list[Upload], history: list[dict[str, Any]],
             agent: str | None, live: list[Any]) -> Iterator[TurnView]:
        from chipsmith.live import LiveTurn

        history.append({"role": "user", "content": text})
        for up in uploads:
            history.append({"role": "user", "content": f"📎 {up.name} ({up.kind})"})
        for up in uploads:
            png = self._plot_upload(thread_id, up)
            if png:
                history.append({"role": "assistant", "content": {"path": str(png), "alt_text": f"plot of {up.name}"}})
        session = self.session(thread_id)
        tool_calls_before = _count_lines(session.record.tool_calls_path)
        llm_calls_before = session.llm.stats.calls
        inputs = self.inputs_for(uploads)
        if not self.knowledge:
            inputs["knowledge"] = "off"
        turn = LiveTurn(session, text, agent=agent, inputs=inputs).start()
        live.append(turn)
        live_steps: list[dict[str, Any]] = []
        streamed: list[str] = []
        base = len(history)
        try:
            while turn.running or not turn.events.empty():
                changed = False
                for ev in turn.poll(0.15):
                    changed = True
                    if ev.kind == "tool" and ev.data.get("understood"):  # what the request was read as, before the work
                        live_steps.append(understood_message(str(ev.data["understood"])))
                    elif ev.kind == "step":
                        live_steps.append({"role": "assistant", "content": "",
                                           "metadata": {"title": f"{ev.agent}: {ev.message}", "status": "pending"}})
                    elif ev.kind == "tool":
                        panel = next((p for p in reversed(live_steps)
                                      if p.get("metadata", {}).get("title", "").startswith(ev.agent + ":")), None)
                        secs = ev.data.get("seconds")
                        timing = f" ({secs:.2f} s)" if isinstance(secs, (int, float)) else ""
                        line = f"- {ev.message} → **{ev.data.get('verdict', '')}**" + timing
                        if panel is None:
                            panel = {"role": "assistant", "content": "", "metadata": {"title": f"{ev.agent}:", "status": "pending"}}
                            live_steps.append(panel)
                        panel["content"] = (panel["content"] + "\n" + line).strip()
                    elif ev.kind == "token":
                        streamed.append(ev.message)
                    elif ev.kind in ("warning", "info"):
                        live_steps.append(_notice(ev.message, title="note"))
                if changed:
                    current = history[:base] + live_steps + ([{"role": "assistant", "content": "".join(streamed)}] if streamed else [])
                    yield TurnView(current, thread_id)
        except GeneratorExit:  # the page pressed Stop or went away: stop the agents too
            turn.cancel()
            raise
        history = history[:base]
        if turn.was_cancelled:
            history += live_steps + [_notice("cancelled; the conversation is kept up to the last finished step")]
        elif turn.error is not None:
            err = turn.error
            history += live_steps
            if streamed:
                history.append({"role": "assistant", "content": "".join(streamed)})
            if isinstance(err, ChipsmithError):
                history.append(_notice(f"{err}. The conversation so far is kept; send the message again or change the backend."))
            else:
                detail = "".join(traceback.format_exception(err)) if self.debug else ""
                history.append(_notice(f"internal error: {type(err).__name__}: {err}" + (f"\n\n```\n{detail}\n```" if detail else "")))
        elif turn.result is not None and turn.result.question:  # paused: the question, then the next message answers it
            history += [step_panel(s, [], [], self.settings) for s in turn.result.steps] + [question_message(turn.result.question)]
        else:
            assert turn.result is not None
            history += self._result_messages(turn.result, session, tool_calls_before,
                                             session.llm.stats.calls - llm_calls_before)
        self._write_transcript(thread_id)
        yield TurnView(history, thread_id, done=True, **self._panels(thread_id))

    def _plot_upload(self, thread_id: str, up: Upload) -> Path | None:
        from chipsmith import plots

        if up.kind not in ("vcd", "touchstone", "table"):
            return None
        try:
            return plots.plot_file(up.path, self.conversation_dir(thread_id) / "plots")
        except ChipsmithError:
            return None  # a table that is not an AC response is just an input file

    def _result_messages(self, result: RunResult, session: Session, tool_calls_before: int,
                         llm_calls: int) -> list[dict[str, Any]]:
        from chipsmith import plots
        from chipsmith.core.rundir import read_jsonl

        calls = read_jsonl(session.record.tool_calls_path)[tool_calls_before:]
        out = [step_panel(s, result.artefacts, calls_for_step(s, result.steps, calls), self.settings) for s in result.steps]
        footer = f"\n\n<sub>verdict **{result.verdict}** · {result.seconds:.1f} s"
        if self.scripted and llm_calls:  # a specialist's deterministic work is not labelled as scripted
            footer += f" · scripted answer: {llm_calls} model call(s) answered by queued text from a file, not a model"
        footer += "</sub>"
        out.append({"role": "assistant", "content": highlight_markdown(result.answer or "_(no answer)_") + footer})
        for png, caption in plots.display_plots(result.artefacts, session.out_dir / "plots"):
            out.append({"role": "assistant", "content": {"path": str(png), "alt_text": caption}})
        return out

    # -------------------------------------------------------------- what the side panels show

    def _panels(self, thread_id: str, with_session: bool = True) -> dict[str, Any]:
        from chipsmith import plots

        state = self.session(thread_id).state() if with_session else None
        arts = list(state.artefacts) if state else []
        files = [a.path for a in arts if a.path and Path(a.path).is_file() and Path(a.path).stat().st_size > 0]
        produced = {_digest(Path(f)) for f in files}
        # an upload identical to a file the agents produced is shown once
        uploads = [p for p in self.uploads_of(thread_id) if _digest(p) not in produced]
        files += [str(p) for p in uploads]
        transcript = self.conversation_dir(thread_id) / "transcript.md"
        if transcript.is_file():
            files.append(str(transcript))
        shown = plots.display_plots(arts, self.conversation_dir(thread_id) / "plots") if arts else []
        for up in uploads:
            if plots.plot_kind(up) in ("waveform", "sparams", "bode"):
                try:
                    png = plots.plot_file(up, self.conversation_dir(thread_id) / "plots")
                except ChipsmithError:
                    continue
                if png:
                    shown.append((png, f"{up.name} (uploaded)"))
        code = [a for a in arts if a.kind in CODE_KINDS and Path(a.path).is_file()][-3:]
        code_html = "".join(
            f"<h4>{html.escape(a.name)} <small>({html.escape(a.agent)}; "
            f"{html.escape(', '.join(f'{e.tool}: {e.verdict}' for e in a.evidence) or 'not checked')})</small></h4>"
            + highlight(Path(a.path).read_text(errors="replace")[:200_000], _lexer_for(Path(a.path), a.kind))
            for a in code)
        return {"files": list(dict.fromkeys(files)), "plots": [(str(p), c) for p, c in shown], "code_html": code_html,
                "files_md": _files_by_turn(arts, uploads)}

    def _write_transcript(self, thread_id: str) -> None:
        from chipsmith.conversations import transcript_markdown

        state = self.session(thread_id).state()
        if state is not None:
            write_atomic(self.conversation_dir(thread_id) / "transcript.md", transcript_markdown(state, thread_id))

    def resume(self, thread_id: str) -> TurnView:
        """A past conversation rebuilt for the page: requests, step panels, answers, files and plots."""
        from chipsmith.conversations import turns_of

        state = self.session(thread_id).state()
        if state is None:
            raise InputError(f"conversation {thread_id} has no saved turns")
        from chipsmith import plots

        # Each turn's files are in its own folder (turn-NN/): its plots go back under its answer, as they
        # were shown when it ran. Files of conversations from before turn folders go under the last answer.
        by_turn: dict[int, list[Artefact]] = {}
        loose: list[Artefact] = []
        for a in state.artefacts:
            head = a.name.split("/", 1)[0]
            if head.startswith("turn-") and head[5:].isdigit():
                by_turn.setdefault(int(head[5:]), []).append(a)
            else:
                loose.append(a)
        plots_dir = self.conversation_dir(thread_id) / "plots"
        messages: list[dict[str, Any]] = []
        turns = turns_of(state)
        question = self.session(thread_id).pending_question()
        for n, t in enumerate(turns, 1):
            messages.append({"role": "user", "content": t.request})
            for agent, a in ((s.agent, a) for s in t.steps for a in s.details.get("asked", []) if not a.get("default")):
                messages += [question_message({"agent": agent, "question": a["question"]}, open_=False),
                             {"role": "user", "content": a["answer"]}]
            messages += [step_panel(s, state.artefacts, [], self.settings) for s in t.steps]
            if question and n == len(turns) and not t.answer:
                messages.append(question_message(question))
                continue
            messages.append({"role": "assistant", "content": highlight_markdown(t.answer) if t.answer
                             else "_(no answer: the turn was cancelled or failed)_"})
            arts = by_turn.get(n, []) + (loose if n == len(turns) else [])
            for png, caption in plots.display_plots(arts, plots_dir) if arts else []:
                messages.append({"role": "assistant", "content": {"path": str(png), "alt_text": caption}})
        return TurnView(messages, thread_id, done=True, **self._panels(thread_id))

    def conversations(self, owned: list[str]) -> list[tuple[str, str]]:
        """(label, id) of this browser's past conversations, newest first."""
        from chipsmith.conversations import list_threads

        return [(t.label(), t.thread_id) for t in list_threads(self.settings.checkpoint_db, only=owned or [])]


def _digest(path: Path) -> tuple[str, str]:
    import hashlib

    return path.name, hashlib.sha256(path.read_bytes()).hexdigest()


def _shown_dir(cwd: str, settings: Settings) -> str:
    """A working directory as the page shows it: relative to the data directory when inside it."""
    try:
        return "$CHIPSMITH_DATA_DIR/" + str(Path(cwd).resolve().relative_to(settings.data_dir.resolve()))
    except ValueError:
        return cwd


def _files_by_turn(arts: list[Artefact], uploads: list[Path]) -> str:
    """Markdown: each turn's files under its number (each turn writes its own folder), then the uploads."""
    groups: dict[str, list[str]] = {}
    for a in arts:
        if not a.path or not Path(a.path).is_file() or Path(a.path).stat().st_size == 0:
            continue
        head, _, rest = a.name.partition("/")
        turn = f"turn {int(head[5:])}" if head.startswith("turn-") and head[5:].isdigit() and rest else "files"
        groups.setdefault(turn, []).append(rest if turn != "files" else a.name)
    if uploads:
        groups["uploaded"] = [p.name for p in uploads]
    return "\n".join(f"**{turn}** · " + " · ".join(f"`{html.escape(n)}`" for n in dict.fromkeys(names))
                     for turn, names in groups.items())


def question_message(question: dict[str, str], open_: bool = True) -> dict[str, Any]:
    """An agent's question, shown in the chat as its own message; while ``open_``, the next message is the answer."""
    hint = "\n\n_Type the answer below: the same request goes on with it._" if open_ else ""
    return {"role": "assistant", "content": f"❓ **{html.escape(question.get('agent') or 'chipsmith')} asks:** "
            f"{html.escape(question['question'])}{hint}"}


def understood_message(summary: str) -> dict[str, Any]:
    """What a specialist read the request as, shown as soon as it is read (before the design work ends)."""
    return {"role": "assistant", "content": f"**Understood:** {html.escape(summary)}"}


def _notice(text: str, title: str = "⚠ chipsmith") -> dict[str, Any]:
    return {"role": "assistant", "content": text, "metadata": {"title": title}}


def _count_lines(path: Path) -> int:
    if not path.is_file():
        return 0
    with path.open() as fh:
        return sum(1 for line in fh if line.strip())


def calls_for_step(step: Step, steps: list[Step], calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tool calls of a turn that belong to ``step``: those whose tool it names; unnamed ones go to the last specialist."""
    named = {t for s in steps for t in s.tools}
    mine = [c for c in calls if c.get("tool") in step.tools]
    specialists = [s for s in steps if s.agent != "router"]
    if specialists and step is specialists[-1]:
        mine += [c for c in calls if c.get("tool") not in named]
    return mine


def _log_tail(path: str, lines: int = 30, limit: int = 4000) -> str:
    if not path:
        return ""
    try:  # a log is read like any tool output: never through a link, never more than the tail
        text = read_log(path, limit, tail=True)
    except FileNotFoundError:
        return ""
    except ToolError as exc:
        return f"[log not shown: {exc}]"
    return "\n".join(text.splitlines()[-lines:])


def step_panel(step: Step, artefacts: list[Artefact], calls: list[dict[str, Any]], settings: Settings | None = None) -> dict[str, Any]:
    """A collapsible panel for one agent step: the summary, then each tool's command, verdict and end of log."""
    parts = [html.escape(step.summary)]
    seen: set[str] = set()
    evidence = [e.model_dump() for a in artefacts if a.agent == step.agent for e in a.evidence]
    try_n = re.match(r"try (\d+)\b", step.summary)
    if try_n:  # a fix loop's step shows its own try's tool runs, not every try's (which looked like duplicates)
        evidence = [e for e in evidence if e.get("try_index") in (0, int(try_n.group(1)))]
    items = []
    for item in evidence + calls:
        key = json.dumps([item.get("command", []), item.get("cwd", "")])
        if item.get("command") and key not in seen:
            seen.add(key)
            items.append(item)
    # a fix loop can run the same tools many times: show the last few, point at the record for the rest
    if len(items) > _PANEL_TOOLS:
        parts.append(f"_{len(items) - _PANEL_TOOLS} earlier tool runs are in the run record (tool_calls.jsonl)_")
        items = items[-_PANEL_TOOLS:]
    for item in items:
        verdict = item.get("verdict") or (f"exit {item.get('returncode')}" if "returncode" in item else "")
        parts.append(f"**{html.escape(str(item.get('tool', 'tool')))}** {html.escape(str(verdict))}")
        cwd = _shown_dir(str(item["cwd"]), settings) if item.get("cwd") and settings else str(item.get("cwd", ""))
        parts.append(highlight(" ".join(str(c) for c in item["command"]) + (f"\n# in {cwd}" if cwd else ""), "bash"))
        tail = _log_tail(str(item.get("log_path", "")))
        if tail:
            parts.append(f"log (end of {html.escape(Path(str(item['log_path'])).name)}):")
            parts.append(highlight(tail, "text"))
    tools = ", ".join(step.tools) or "no tools"
    return {"role": "assistant", "content": "\n\n".join(parts),
            "metadata": {"title": f"{step.agent} · " + (f"try {try_n.group(1)} · " if try_n else "") + f"{tools} · {step.verdict}",
                         "duration": round(step.seconds, 2),
                         "status": "done"}}


# ---------------------------------------------------------------------------- the page

_CSS = """
#chipsmith-title h1 { margin-bottom: 0; }
.chipsmith-code { font-size: 0.85em; }
/* tables in answers keep whole words in every column and scroll sideways when wide */
#chat table { table-layout: auto !important; width: max-content !important; max-width: none !important; }
#chat th, #chat td { white-space: nowrap !important; overflow: visible !important; text-overflow: clip !important;
                     min-width: max-content; }
#chat .message-content:has(table), #chat .prose:has(table) { overflow-x: auto; }
#files-by-turn code { white-space: nowrap; }
"""

# After a turn ends, the chat shows the start of the new exchange (the request, then the answer) rather
# than its bottom: a turn that ends in plots would otherwise leave the answer above the view.
_SCROLL_TO_ANSWER = """
() => {
  const wrap = document.querySelector('#chat .bubble-wrap');
  if (!wrap) return;
  const rows = wrap.querySelectorAll('.message-row.user-row');
  const last = rows[rows.length - 1];
  if (last) wrap.scrollTop += last.getBoundingClientRect().top - wrap.getBoundingClientRect().top;
}
"""


def browser_secret(settings: Settings) -> str:
    """The key that encrypts each browser's conversation list; kept in the data dir so lists survive a restart."""
    path = settings.data_dir / "webui.secret"
    if path.is_file():
        return path.read_text().strip()
    secret = secrets.token_urlsafe(24)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(path, secret)
    path.chmod(0o600)
    return secret


def build_app(service: ChatService) -> Any:
    """The Gradio Blocks app for ``service``."""
    import gradio as gr

    from chipsmith.agents.registry import available

    backend = service.settings.llm
    badge = ("**scripted model**: answers are queued lines from a file, not a model's work" if service.scripted
             else f"backend `{backend}`")
    agents = [("auto (router chooses)", "")] + [(s.name, s.name) for s in available()]

    with gr.Blocks(title="chipsmith") as demo:
        thread = gr.State("")
        owned = gr.BrowserState([], storage_key="chipsmith-conversations", secret=browser_secret(service.settings))
        gr.Markdown(f"# chipsmith\nA design assistant whose answers carry the simulator evidence that checked them · {badge}",
                    elem_id="chipsmith-title")
        with gr.Row():
            with gr.Column(scale=1, min_width=240):
                # the choices come per browser (demo.load): a value from before they arrive is checked by resume(),
                # so Gradio need not warn that it is "not in the list of choices"
                convs = gr.Dropdown(label="Past conversations", choices=[], value=None, interactive=True, allow_custom_value=True,
                                    elem_id="conversations")
                by_id = gr.Textbox(label="…or a conversation id", placeholder="from `chipsmith chat` /history",
                                   elem_id="by-id", max_lines=1)
                with gr.Row():
                    resume_btn = gr.Button("Resume", elem_id="resume", size="sm")
                    new_btn = gr.Button("New conversation", elem_id="new", size="sm")
                agent = gr.Dropdown(label="Agent", choices=agents, value="", interactive=True, elem_id="agent")
                files = gr.File(label="Files (download)", file_count="multiple", interactive=False, elem_id="files")
                files_md = gr.Markdown(elem_id="files-by-turn")
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="chat", height=640, elem_id="chat", group_consecutive_messages=False,
                                     buttons=["copy"])
                box = gr.MultimodalTextbox(placeholder="Ask for a design, a check or an explanation; attach netlists, "
                                           "Verilog, datasheets, VCD or Touchstone files", file_count="multiple",
                                           sources=["upload"], elem_id="message", show_label=False)
                with gr.Row():
                    gr.Markdown("Enter sends · attach files with the clip · Stop cancels the running step")
                    stop_btn = gr.Button("Stop", elem_id="stop", size="sm", variant="stop", scale=0, min_width=80)
                with gr.Tab("Plots"):
                    gallery = gr.Gallery(label="plots", columns=3, height=360, elem_id="plots", object_fit="contain",
                                         allow_preview=False)
                with gr.Tab("Code"):
                    code = gr.HTML(elem_id="code")

        def send(message: dict[str, Any], history: list[dict[str, Any]], tid: str, agent_name: str,
                 mine: list[str]) -> Iterator[tuple[Any, ...]]:
            text = (message or {}).get("text", "") or ""
            paths = [f if isinstance(f, str) else f.get("path") for f in (message or {}).get("files", []) or []]
            history = [_plain(m) for m in history or []]
            view = None
            cleared = False  # the box is emptied once, at the first update; what is typed after that is the user's next message
            for view in service.turn(tid, text, paths, history, agent_name or None):
                if not view.done:
                    box_value = gr.MultimodalTextbox() if cleared else gr.MultimodalTextbox(value={"text": "", "files": []})
                    cleared = True
                    yield (view.messages, box_value, gr.File(), gr.Markdown(), gr.Gallery(), gr.HTML(), gr.Dropdown(),
                           view.thread_id, mine)
            if view is None:
                return
            mine = list(mine or [])
            if view.thread_id not in mine and service.session(view.thread_id).state() is not None:
                mine.append(view.thread_id)
            choices = service.conversations(mine)
            kept = view.kept_text or ""  # a refused message comes back to be edited; otherwise leave the box alone
            last_box = gr.MultimodalTextbox(value={"text": kept, "files": []}) if kept or not cleared else gr.MultimodalTextbox()
            yield (view.messages, last_box,
                   view.files or None, view.files_md, view.plots or None, view.code_html,
                   gr.Dropdown(choices=choices, value=view.thread_id),
                   view.thread_id, mine)

        def resume(tid: str | None, typed: str, mine: list[str]) -> tuple[Any, ...]:
            from chipsmith.conversations import find_thread

            mine = list(mine or [])
            try:
                if typed.strip():
                    # knowing the id is the key: a conversation from the terminal, another browser or a colleague
                    tid = find_thread(service.settings.checkpoint_db, typed.strip())
                    if len(typed.strip()) < 12 and tid not in mine:
                        raise InputError("give the whole 12-character id to open a conversation this browser did not start")
                    if tid not in mine:
                        mine.append(tid)
                if not tid:
                    raise InputError("choose a conversation, or type its id")
                if tid not in mine:  # the list only offers this browser's own conversations
                    raise InputError("that conversation is not one of this browser's; type its id to open it")
                view = service.resume(tid)
            except ChipsmithError as exc:
                raise gr.Error(str(exc)) from None
            return (view.messages, view.files or None, view.files_md, view.plots or None, view.code_html, tid, mine,
                    gr.Dropdown(choices=service.conversations(mine), value=tid), "")

        def new() -> tuple[Any, ...]:
            return [], None, "", None, "", "", gr.Dropdown(value=None)

        def load(mine: list[str]) -> Any:
            return gr.Dropdown(choices=service.conversations(mine or []), value=None)

        outputs = [chatbot, box, files, files_md, gallery, code, convs, thread, owned]
        event = box.submit(send, [box, chatbot, thread, agent, owned], outputs, concurrency_limit=None)
        event.then(None, None, None, js=_SCROLL_TO_ANSWER)
        def stopped(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
            history = [_plain(m) for m in history or []]
            for m in history:
                if m.get("metadata", {}).get("status") == "pending":
                    m["metadata"] = {**m["metadata"], "status": "done"}
            if history:
                history.append(_notice("stopped; the conversation is kept up to the last finished step"))
            return history

        # cancel first, then tidy the page: a late update of the cancelled turn cannot overwrite the note
        stop_btn.click(None, None, None, cancels=[event]).then(stopped, [chatbot], [chatbot])
        resume_btn.click(resume, [convs, by_id, owned], [chatbot, files, files_md, gallery, code, thread, owned, convs, by_id])
        new_btn.click(new, None, [chatbot, files, files_md, gallery, code, thread, convs])
        demo.load(load, [owned], [convs])
    return demo


def _plain(message: Any) -> dict[str, Any]:
    """A chat message from the page as a plain dict (Gradio hands back dicts or ChatMessage objects)."""
    if isinstance(message, dict):
        m = dict(message)
    else:
        m = {"role": getattr(message, "role", "assistant"), "content": getattr(message, "content", ""),
             "metadata": getattr(message, "metadata", {}) or {}}
    content = m.get("content")
    if isinstance(content, list) and len(content) == 1:
        content = content[0]
    if isinstance(content, dict) and content.get("type") == "text":
        content = content.get("text", "")
    elif isinstance(content, dict) and content.get("file"):
        f = content["file"]
        content = {"path": f.get("path"), "alt_text": content.get("alt_text") or f.get("orig_name") or ""}
    m["content"] = content
    if not m.get("metadata"):
        m.pop("metadata", None)
    return {k: v for k, v in m.items() if k in ("role", "content", "metadata")}


def launch(service: ChatService, *, host: str = "127.0.0.1", port: int | None = None, share: bool = False,
           block: bool = True) -> Any:
    """Start the web chat; returns the Gradio app (already serving when ``block`` is False)."""
    from chipsmith.plots import keep_sigpipe_ignored

    keep_sigpipe_ignored()  # a library may have set SIGPIPE's default action, which would let one closed socket kill the server
    demo = build_app(service)
    demo.queue(default_concurrency_limit=16)
    from chipsmith.web_serve import start

    return start(demo, server_name=host, server_port=port, share=share, prevent_thread_lock=not block, quiet=True,
                 allowed_paths=[str(service.settings.data_dir / "conversations")], css=_CSS, show_error=True, inbrowser=False)


@click.command("ui")
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on (0.0.0.0 exposes it to the network)")
@click.option("--port", type=int, default=7860, show_default=True, help="port to listen on")
@click.option("--share", is_flag=True, default=False, help="also open a public Gradio share link (off unless asked)")
@click.option("--knowledge/--no-knowledge", default=True, show_default=True, help="let agents look things up in the knowledge store")
@click.option("--router", type=click.Choice(["hybrid", "llm", "keywords"]), help="how to choose specialists")
@llm_options
@click.pass_context
def ui(ctx: click.Context, host: str, port: int, share: bool, knowledge: bool, router: str | None, **options: Any) -> None:
    """Web chat in the browser: agent steps, code, logs, waveforms, plots and downloads."""
    from chipsmith.agents.llm import make_backend

    settings = settings_from(options, router=router)
    make_backend(settings)  # a wrong --llm fails here, not at the first message
    service = ChatService(settings, knowledge=knowledge, debug=bool((ctx.obj or {}).get("debug")))
    click.echo(f"chipsmith web chat on http://{host}:{port} (Ctrl-C stops it)"
               + (" and a public share link (--share)" if share else ""), err=True)
    try:
        launch(service, host=host, port=port, share=share)
    finally:
        service.close()


def hold_sessions(settings: Settings, n: int, *, knowledge: bool = False) -> dict[str, Any]:
    """Run ``n`` conversations at once through the service; check every one finished and saw only its own turn."""
    service = ChatService(settings, knowledge=knowledge)
    ids = [service.new_thread_id() for _ in range(n)]
    views: dict[str, TurnView] = {}
    errors: list[str] = []
    start = time.monotonic()

    def one(i: int, tid: str) -> None:
        try:
            for view in service.turn(tid, f"session {i} marker-{tid}: what does a latch do?", [], [], "general"):
                views[tid] = view
        except BaseException as exc:  # collected and reported: a load check must not hide a crash
            errors.append(f"{tid}: {type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=one, args=(i, t)) for i, t in enumerate(ids)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    isolated = 0
    for tid in ids:
        state = service.session(tid).state()
        if state is None:
            continue
        users = [m.content for m in state.messages if m.role == "user"]
        if len(users) == 1 and f"marker-{tid}" in users[0] and views.get(tid) and views[tid].done \
                and not any(f"marker-{o}" in json.dumps(views[tid].messages, default=str) for o in ids if o != tid):
            isolated += 1
    held = service.held()
    service.close()
    return {"sessions": n, "held": held, "completed_and_isolated": isolated, "errors": errors,
            "seconds": round(time.monotonic() - start, 2)}


def hold_sessions_http(settings: Settings, n: int, *, knowledge: bool = False) -> dict[str, Any]:
    """Like :func:`hold_sessions`, but through the running web app over HTTP: one Gradio client (browser session) each."""
    import socket

    from gradio_client import Client

    service = ChatService(settings, knowledge=knowledge)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    demo = launch(service, port=port, block=False)
    url = f"http://127.0.0.1:{port}/"
    replies: dict[int, Any] = {}
    errors: list[str] = []
    start = time.monotonic()

    def one(i: int) -> None:
        try:
            client = Client(url, verbose=False)
            replies[i] = client.predict({"text": f"session {i} marker-{i}-end: what does a latch do?", "files": []},
                                        [], "general", [], api_name="/send")
        except Exception as exc:  # collected and reported: a load check must not hide a failure
            errors.append(f"session {i}: {type(exc).__name__}: {exc}")

    try:
        threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        isolated = 0
        threads_seen: set[str] = set()
        for i, reply in replies.items():
            text = json.dumps(reply[0], default=str)
            owned = reply[-1]  # the last output is the browser-state list of this session's conversations
            tid = owned[0] if isinstance(owned, list) and len(owned) == 1 else ""
            others = [j for j in range(n) if j != i and f"marker-{j}-end" in text]
            state = service.session(tid).state() if tid else None
            users = [m.content for m in state.messages if m.role == "user"] if state else []
            if f"marker-{i}-end" in text and not others and len(users) == 1 and f"marker-{i}-end" in users[0] \
                    and tid not in threads_seen:
                isolated += 1
            threads_seen.add(tid)
        held = service.held()
    finally:
        demo.close()
        service.close()
    return {"sessions": n, "held": held, "completed_and_isolated": isolated, "errors": errors, "via": "http",
            "seconds": round(time.monotonic() - start, 2)}


@click.command("sessions")
@click.option("-n", "--sessions", "n", type=int, default=8, show_default=True, help="conversations to run at once")
@click.option("--http", "via_http", is_flag=True, help="go through the web app over HTTP, one Gradio client per session")
@llm_options
def sessions_check(n: int, via_http: bool, **options: Any) -> None:
    """Run N chat sessions at once (use --llm script:FILE) and print "sessions held: N"."""
    settings = settings_from(options)
    report = hold_sessions_http(settings, n) if via_http else hold_sessions(settings, n)
    click.echo(json.dumps(report, indent=2), err=True)
    click.echo(f"sessions held: {report['completed_and_isolated']}")
    if report["completed_and_isolated"] != n:
        raise click.ClickException(f"only {report['completed_and_isolated']} of {n} sessions completed with their own state")


if __name__ == "__main__":
    sessions_check()
