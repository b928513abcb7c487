"""The terminal chat: ``chipsmith chat``.

Answers stream as they are written and are shown as Markdown with highlighted code;
each agent step gets one line (agent, tools, verdict, time). Slash commands are the
``cmd_*`` methods of :class:`ChatApp`; their docstrings are the ``/help`` text.
Ctrl-C cancels the running step, a second Ctrl-C exits. Conversations are
checkpointed, so ``/resume ID`` (or ``chipsmith chat --resume ID``) picks one up
after a restart. When an agent needs a field the request left out, it asks one question;
the answer, typed at ``answer>``, resumes the same turn (an empty answer leaves the
question open for the next message).
"""

from __future__ import annotations

import inspect
import shutil
import signal
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console as RichConsole
from rich.live import Live
from rich.markdown import Markdown
from rich.markup import escape
from rich.syntax import Syntax
from rich.table import Table

from chipsmith.agents.state import Artefact, ChipState
from chipsmith.chat_lines import step_line, verdict_style
from chipsmith.core.config import Settings
from chipsmith.core.console import Event, NullConsole
from chipsmith.core.errors import ChipsmithError, InputError
from chipsmith.core.files import safe_join, write_atomic
from chipsmith.options import llm_options, settings_from

PROMPT = "you> "
ANSWER_PROMPT = "answer> "
_LEXERS = {".v": "verilog", ".vh": "verilog", ".sv": "systemverilog", ".svh": "systemverilog", ".json": "json",
           ".yaml": "yaml", ".yml": "yaml", ".md": "markdown", ".py": "python", ".toml": "toml"}
_SHOW_LIMIT = 400_000  # characters /show prints before pointing at the file instead


def conversation_dir(settings: Settings, thread_id: str) -> Path:
    """Where a conversation's artefacts and run record live: one directory per thread, so resuming finds them."""
    return settings.data_dir / "conversations" / thread_id


class ChatApp:
    """The chat loop and its slash commands (``cmd_*`` methods; the docstring's first line is the help)."""

    def __init__(self, settings: Settings, *, console: RichConsole | None = None,
                 read_line: Callable[[str], str] | None = None, thread_id: str | None = None,
                 agent: str | None = None, knowledge: bool = True, debug: bool = False) -> None:
        self.settings = settings
        self.term = console or RichConsole(highlight=False)
        self.read_line = read_line or input
        self.agent = agent
        self.knowledge = knowledge
        self.debug = debug
        self._armed = False  # a Ctrl-C was just pressed: the next one exits
        self.session: Any = None
        self._open(thread_id)

    # ------------------------------------------------------------------ sessions

    def _open(self, thread_id: str | None) -> None:
        """Open (or reopen) the session for ``thread_id`` (a new conversation when None)."""
        from chipsmith.api import Session

        if self.session is not None:
            self.session.close()
        tid = thread_id or _new_thread_id()
        self.session = Session(self.settings, out_dir=conversation_dir(self.settings, tid), thread_id=tid,
                               console=NullConsole(), debug=self.debug, turn_dirs=True,  # no turn overwrites another's files
                               can_ask=True)  # a person is at the keyboard: a missing field is asked for

    @property
    def thread_id(self) -> str:
        return str(self.session.thread_id)

    def state(self) -> ChipState | None:
        return self.session.state()  # type: ignore[no-any-return]

    @property
    def scripted(self) -> bool:
        return self.session.llm.backend.name == "script"  # type: ignore[no-any-return]

    # ------------------------------------------------------------------ the loop

    def banner(self) -> None:
        llm = self.session.llm
        self.term.print(f"[bold]chipsmith chat[/] · conversation [cyan]{self.thread_id}[/] · backend {escape(llm.backend.name)} "
                        f"({escape(llm.url)})")
        if self.scripted:
            self.term.print("[yellow]scripted model: answers are queued lines from a file, not a model's work[/]")
        self.term.print("[dim]/help for commands · Ctrl-C cancels a running step, twice exits · Ctrl-D exits[/]")

    def run(self) -> None:
        """Read requests and slash commands until /quit, Ctrl-D or a second Ctrl-C."""
        from chipsmith.plots import keep_sigpipe_ignored

        keep_sigpipe_ignored()  # a closed pipe to a tool or server must be an error, not the end of the chat
        self.banner()
        try:
            while True:
                try:
                    line = self.read_line(PROMPT)
                except EOFError:
                    self.term.print()
                    break
                except KeyboardInterrupt:
                    if self._armed:
                        self.term.print()
                        break
                    self._armed = True
                    self.term.print("\n[dim](Ctrl-C again to exit, or /quit)[/]")
                    continue
                self._armed = False
                if not self.handle(line):
                    break
        except KeyboardInterrupt:  # a second Ctrl-C while a step was being cancelled
            self.term.print("\n[dim]exiting[/]")
        finally:
            self.term.print(f"[dim]conversation {self.thread_id} is saved; resume with `chipsmith chat --resume {self.thread_id}`[/]")
            self.session.close()

    def handle(self, line: str) -> bool:
        """Run one input line; False when the chat should end."""
        text = line.strip()
        if not text:
            return True
        try:
            if text.startswith("/"):
                return self.command(text)
            self.ask(line)
        except ChipsmithError as exc:
            self.term.print(f"[bold red]error:[/] {escape(str(exc))}")
        return True

    def command(self, text: str) -> bool:
        name, _, arg = text[1:].partition(" ")
        method = getattr(self, f"cmd_{name.lower()}", None)
        if method is None:
            raise InputError(f"unknown command /{name}; /help lists the commands")
        return method(arg.strip()) is not False

    # ------------------------------------------------------------------ a turn

    def ask(self, request: str) -> None:
        """Run one request; when an agent asks a question, read the answer and resume the same turn with it."""
        from chipsmith.live import check_request

        check_request(request)
        result = self._turn(request)
        while result is not None and result.question:
            answer = self._read_answer(result.question)
            if answer is None:
                return
            result = self._turn(answer)

    def _read_answer(self, question: dict[str, str]) -> str | None:
        """Show the question and read one answer line; None leaves the question open for the next message."""
        self.term.print(f"[bold cyan]? {escape(question.get('agent', 'chipsmith'))} asks:[/] [bold]{escape(question['question'])}[/]")
        try:
            answer = self.read_line(ANSWER_PROMPT).strip()
        except (EOFError, KeyboardInterrupt):
            answer = ""
            self.term.print()
        if not answer:
            self.term.print("[dim]the question stays open: your next message answers it[/]")
            return None
        from chipsmith.live import check_request

        check_request(answer)
        return answer

    def _turn(self, request: str) -> Any:
        """Run (or resume) one turn, streaming the answer and one line per agent step; Ctrl-C cancels it.
        The RunResult, or None when the turn was cancelled or failed (the message is already shown)."""
        from chipsmith.live import LiveTurn

        inputs = {} if self.knowledge else {"knowledge": "off"}
        calls_before = self.session.llm.stats.calls
        turn = LiveTurn(self.session, request, agent=self.agent, inputs=inputs).start()
        streamed: list[str] = []
        live = Live(Markdown(""), console=self.term, refresh_per_second=8, transient=False, auto_refresh=False)
        with live:
            try:
                while turn.running or not turn.events.empty():
                    for event in turn.poll(0.1):
                        self._show_event(event, live, streamed)
            except KeyboardInterrupt:
                turn.cancel(kill_tools=True)
                live.console.print("[yellow]cancelling the running step…[/] (Ctrl-C again exits)")
                while not turn.wait(0.2):
                    pass
            if turn.result is not None:
                shown = turn.result.answer or ("" if turn.result.question else "_(no answer)_")
                live.update(Markdown(shown, code_theme="monokai"), refresh=True)
            elif streamed:
                live.update(Markdown("".join(streamed), code_theme="monokai"), refresh=True)
        self.term.print()
        if turn.was_cancelled:
            self._armed = True
            self.term.print("[yellow]cancelled[/]; the conversation is kept up to the last finished step. "
                            "[dim]Ctrl-C again exits.[/]")
            return None
        if turn.error is not None:
            if isinstance(turn.error, ChipsmithError):
                self.term.print(f"[bold red]error:[/] {escape(str(turn.error))}")
                self.term.print("[dim]the conversation so far is kept; try again or change /model[/]")
                return None
            if self.debug:
                self.term.print("".join(traceback.format_exception(turn.error)), markup=False)
            self.term.print(f"[bold red]internal error:[/] {escape(type(turn.error).__name__)}: {escape(str(turn.error))} "
                            "(run with --debug for the traceback)")
            return None
        result = turn.result
        assert result is not None
        if result.question:
            return result  # the turn is paused, not finished: the question comes next
        for s in result.steps:
            self.term.print(step_line(s.agent, s.tools, s.verdict, s.seconds, s.summary))
        arts = f" · {len(result.artefacts)} new file(s), /files lists them" if result.artefacts else ""
        calls = self.session.llm.stats.calls - calls_before
        # only text that came from the script is labelled; a specialist's deterministic work is not
        scripted = f" · [yellow]{calls} scripted model answer(s) used[/]" if self.scripted and calls else ""
        self.term.print(f"[dim]verdict[/] [{verdict_style(result.verdict)}]{escape(result.verdict)}[/] "
                        f"[dim]· {result.seconds:.1f} s{arts}[/]{scripted}")
        return result

    def _show_event(self, event: Event, live: Live, streamed: list[str]) -> None:
        if event.kind == "token":
            streamed.append(event.message)
            live.update(Markdown("".join(streamed), code_theme="monokai"), refresh=True)
        elif event.kind == "step":
            live.console.print(f"[dim]▸ {escape(event.agent)}: {escape(event.message)}[/]")
        elif event.kind == "tool" and event.data.get("understood"):  # what the request was read as, before the work
            live.console.print(f"[bold]understood:[/] {escape(str(event.data['understood']))}")
        elif event.kind == "tool":
            verdict = str(event.data.get("verdict", ""))
            secs = event.data.get("seconds")
            timing = f" {secs:.2f} s" if isinstance(secs, (int, float)) else ""
            live.console.print(f"[dim]  · {escape(event.agent)} {escape(event.message)}[/] "
                               f"[{verdict_style(verdict)}]{escape(verdict)}[/][dim]{timing}[/]")
        elif event.kind == "warning":
            live.console.print(f"[yellow]warning:[/] {escape(event.message)}")
        elif event.kind == "info":
            live.console.print(f"[dim]{escape(event.message)}[/]")

    # ------------------------------------------------------------------ slash commands

    def cmd_help(self, arg: str = "") -> None:
        """/help — list the commands."""
        for name, method in inspect.getmembers(self, inspect.ismethod):
            if name.startswith("cmd_"):
                doc = (method.__doc__ or "").strip().splitlines()[0]
                self.term.print(escape(doc))

    def cmd_agent(self, arg: str) -> None:
        """/agent NAME — send requests straight to this specialist (/agent auto: let the router choose)."""
        from chipsmith.agents.registry import available, check_name

        if not arg:
            names = ", ".join(s.name for s in available())
            self.term.print(f"agent: [bold]{escape(self.agent or 'auto (router)')}[/] · available: {escape(names)}")
            return
        self.agent = None if arg == "auto" else check_name(arg)
        self.term.print(f"requests now go to [bold]{escape(self.agent or 'the router')}[/]")

    def cmd_files(self, arg: str = "") -> None:
        """/files — the files this conversation produced, with the tool verdict that checked each."""
        arts = self._artefacts()
        if not arts:
            self.term.print("[dim]no files yet[/]")
            return
        table = Table(show_edge=False, header_style="bold")
        for col in ("name", "kind", "agent", "checked by"):
            table.add_column(col)
        for a in arts:
            checks = ", ".join(f"{e.tool}: {e.verdict}" for e in a.evidence) or "-"
            table.add_row(escape(a.name), a.kind, a.agent, escape(checks))
        self.term.print(table)
        self.term.print(f"[dim]in {escape(str(self.session.out_dir))}[/]")

    def cmd_show(self, arg: str) -> None:
        """/show FILE — print a file with syntax highlighting, and the evidence that checked it."""
        art, path = self._find(arg)
        text = path.read_bytes()
        if b"\0" in text[:4096]:
            raise InputError(f"{path} is a binary file; open it with another program")
        if len(text) > _SHOW_LIMIT:
            raise InputError(f"{path} is {len(text) // 1024} KiB; open it in an editor")
        lexer = _LEXERS.get(path.suffix.lower(), "text")
        self.term.print(Syntax(text.decode("utf-8", errors="replace"), lexer, theme="monokai", line_numbers=True,
                               word_wrap=False))
        for e in art.evidence if art else []:
            self.term.print(f"[{verdict_style(e.verdict)}]{escape(e.tool)}: {escape(e.verdict)}[/] "
                            f"[dim]{escape(' '.join(e.command))}[/]")
            if e.log_path:
                self.term.print(f"[dim]  log: {escape(e.log_path)}[/]")

    def cmd_plot(self, arg: str) -> None:
        """/plot NAME [SIGNAL ...] — draw a waveform (VCD), S-parameters (Touchstone) or Bode plot (AC table) as a PNG."""
        from chipsmith import plots

        name, *signals = arg.split() or [""]
        if not name:
            raise InputError("give a file: /plot NAME (see /files)")
        art, path = self._find(name)
        kind = art.kind if art else ""
        if not plots.plot_kind(path, kind):
            raise InputError(f"{path.name} is not a waveform, Touchstone file, AC table or image")
        png = plots.plot_file(path, self.session.out_dir / "plots", kind, signals or None)
        if plots.plot_kind(path, kind) == "waveform":
            for row in plots.waveform_text(path, width=max(20, min(100, self.term.width - 26)), signals=signals or None):
                self.term.print(escape(row), highlight=False)
        self.term.print(f"plot: [cyan]{escape(str(png))}[/]")

    def cmd_model(self, arg: str) -> None:
        """/model [BACKEND] — show the model backend, or switch to another (embedded, http://host:port/v1, script:PATH)."""
        if arg:
            self.settings = self.settings.model_copy(update={"llm": arg})
            self._open(self.thread_id)
        llm = self.session.llm
        self.term.print(f"backend {escape(llm.backend.name)} · {escape(llm.url)} · model {escape(str(llm.model_id()))}")
        if self.scripted:
            self.term.print("[yellow]scripted model: answers are queued lines from a file, not a model's work[/]")

    def cmd_history(self, arg: str = "") -> None:
        """/history — past conversations (newest first); /resume ID picks one up."""
        from chipsmith.conversations import list_threads

        threads = list_threads(self.settings.checkpoint_db)
        if not threads:
            self.term.print("[dim]no conversations yet[/]")
            return
        table = Table(show_edge=False, header_style="bold")
        for col in ("id", "turns", "updated", "first request"):
            table.add_column(col)
        for t in threads:
            mark = " *" if t.thread_id == self.thread_id else ""
            table.add_row(t.thread_id + mark, str(t.turns), t.updated[:19].replace("T", " "),
                          escape(" ".join(t.first_request.split())[:60]))
        self.term.print(table)

    def cmd_resume(self, arg: str) -> None:
        """/resume ID — continue a past conversation (an id prefix from /history is enough)."""
        from chipsmith.conversations import find_thread

        tid = find_thread(self.settings.checkpoint_db, arg)
        if tid != self.thread_id:
            self._open(tid)
        self.recap()

    def recap(self, last: int = 3) -> None:
        """Show how many turns this conversation has and its last few requests and answers."""
        from chipsmith.conversations import turns_of

        tid = self.thread_id
        state = self.state()
        turns = turns_of(state) if state else []
        self.term.print(f"resumed conversation [cyan]{tid}[/] ({len(turns)} turn{'s' if len(turns) != 1 else ''})")
        for t in turns[-last:]:
            self.term.print(f"[bold]you>[/] {escape(t.request[:300])}")
            for s in t.steps:  # the questions asked in that turn and the answers given
                for a in s.details.get("asked", []):
                    how = "took the default (--yes)" if a.get("default") else ANSWER_PROMPT.strip()
                    self.term.print(f"[cyan]? {escape(s.agent)} asked:[/] {escape(a['question'])}")
                    self.term.print(f"[bold]{how}[/] {escape(a['answer'])}")
            self.term.print(Markdown(t.answer or "_(no answer)_", code_theme="monokai"))
        question = self.session.pending_question()
        if question:
            self.term.print(f"[bold cyan]? {escape(question.get('agent', 'chipsmith'))} asks:[/] [bold]{escape(question['question'])}[/]"
                            " [dim](your next message answers it)[/]")

    def cmd_reset(self, arg: str = "") -> None:
        """/reset — start a new conversation (the old one stays in /history)."""
        old = self.thread_id
        self._open(None)
        self.term.print(f"new conversation [cyan]{self.thread_id}[/] [dim](the previous one, {old}, is kept)[/]")

    def cmd_save(self, arg: str) -> None:
        """/save DIR — copy this conversation's files and a Markdown transcript into DIR."""
        from chipsmith.conversations import transcript_markdown

        if not arg:
            raise InputError("give a directory: /save DIR")
        dest = Path(arg).expanduser()
        dest.mkdir(parents=True, exist_ok=True)
        state = self.state()
        copied = 0
        for a in self._artefacts():
            src = Path(a.path)
            if src.is_file():
                target = safe_join(dest, a.name)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, target)
                copied += 1
        write_atomic(dest / "transcript.md", transcript_markdown(state or ChipState(), self.thread_id))
        self.term.print(f"saved {copied} file(s) and transcript.md to [cyan]{escape(str(dest))}[/]")

    def cmd_quit(self, arg: str = "") -> bool:
        """/quit — leave the chat (the conversation is kept)."""
        return False

    # ------------------------------------------------------------------ helpers

    def _artefacts(self) -> list[Artefact]:
        state = self.state()
        return list(state.artefacts) if state else []

    def _find(self, name: str) -> tuple[Artefact | None, Path]:
        """An artefact by name (or unique file name), else a file inside this conversation's directory."""
        if not name:
            raise InputError("give a file name (see /files)")
        arts = self._artefacts()
        for a in reversed(arts):
            if a.name == name:
                return a, Path(a.path)
        by_base = [a for a in arts if Path(a.name).name == name]
        if by_base:  # each turn has its own folder: the newest turn's file, turn-01/NAME names an older one
            return by_base[-1], Path(by_base[-1].path)
        path = safe_join(self.session.out_dir, name)
        if not path.is_file():
            raise InputError(f"no file {name!r} in this conversation; /files lists them")
        return None, path


def _new_thread_id() -> str:
    import uuid

    return uuid.uuid4().hex[:12]


@click.command("chat")
@click.option("--agent", help="send requests straight to this specialist instead of the router")
@click.option("--resume", "resume", metavar="ID", help="continue a past conversation (see /history)")
@click.option("--knowledge/--no-knowledge", default=True, show_default=True,
              help="let agents look things up in the knowledge store")
@click.option("--router", type=click.Choice(["hybrid", "llm", "keywords"]), help="how to choose specialists")
@llm_options
@click.pass_context
def chat(ctx: click.Context, agent: str | None, resume: str | None, knowledge: bool, router: str | None,
         **options: Any) -> None:
    """Chat with the agents in the terminal; /help lists the commands."""
    from chipsmith.agents.registry import check_name
    from chipsmith.conversations import find_thread

    settings = settings_from(options, router=router)
    if agent:
        check_name(agent)
    thread_id = find_thread(settings.checkpoint_db, resume) if resume else None
    try:
        import readline  # noqa: F401  (line editing and history for input())
    except ImportError:
        pass
    debug = bool((ctx.obj or {}).get("debug"))
    # Ctrl-C cancels the step. Started from a background job or nohup, SIGINT arrives ignored
    # and Python then leaves it so: install the handler ourselves.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    app = ChatApp(settings, thread_id=thread_id, agent=agent, knowledge=knowledge, debug=debug)
    if resume:
        app.recap()
    app.run()
