"""The web chat's service, without Gradio: sessions, uploads and turns (``ChatService``).

:class:`ChatService` holds everything that is not Gradio (sessions, uploads, turns, what to
show), so tests can drive it directly as well as through a browser; ``chipsmith.webui`` builds
the page on it.
"""

from __future__ import annotations

import html
import os
import re
import threading
import traceback
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chipsmith.agents.state import Artefact
from chipsmith.core.config import Settings
from chipsmith.core.console import NullConsole
from chipsmith.core.errors import ChipsmithError, InputError
from chipsmith.core.files import read_regular, safe_file_name, safe_relpath, unsafe_name_chars, write_atomic
from chipsmith.web_panels import (
    CODE_KINDS,
    _count_lines,
    _digest,
    _files_by_turn,
    _lexer_for,
    _notice,
    calls_for_step,
    highlight,
    highlight_markdown,
    question_message,
    step_panel,
    understood_message,
)

if TYPE_CHECKING:
    from chipsmith.api import RunResult, Session

# What an upload may be, and which input flag it becomes (see `chipsmith run --help`).
DESIGN_SUFFIXES: dict[str, str] = {
    ".v": "verilog", ".vh": "verilog", ".sv": "verilog", ".svh": "verilog",
    ".sp": "spice", ".spi": "spice", ".spice": "spice", ".cir": "spice", ".net": "spice", ".ckt": "spice",
    ".scs": "spice", ".lib": "spice", ".mod": "spice", ".inc": "spice",
    ".vcd": "vcd", ".s1p": "touchstone", ".s2p": "touchstone", ".s3p": "touchstone", ".s4p": "touchstone",
    ".pdf": "pdf", ".csv": "table", ".yaml": "text", ".yml": "text", ".json": "text", ".txt": "text",
}
MAX_UPLOAD_BYTES = 20 << 20
_SESSIONS_KEPT = 64  # open conversations held in memory; the oldest idle one is closed beyond this


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
