"""The one console object all user-facing output goes through.

Nodes never print: they emit events, and the console (terminal, web UI, or a
silent collector in tests) decides how to show them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console as _RichConsole
from rich.markup import escape


@dataclass
class Event:
    """One thing that happened during a run: an agent step, a tool call, a token."""

    kind: str  # "step" | "tool" | "token" | "info" | "warning"
    agent: str = ""
    message: str = ""
    data: dict[str, Any] = field(default_factory=dict)


Listener = Callable[[Event], None]


class Console:
    """Writes to the terminal (stderr for progress, stdout for answers) and fans events out."""

    def __init__(self, *, quiet: bool = False, json_mode: bool = False, debug: bool = False) -> None:
        self.quiet = quiet
        self.json_mode = json_mode
        self.debug = debug
        self.err = _RichConsole(stderr=True, highlight=False)
        self.out = _RichConsole(highlight=False)
        for con in (self.err, self.out):
            # Piped or redirected, a line stays whole: rich would otherwise wrap it at 80 columns,
            # mid-phrase, in a log or a file another program reads.
            con.soft_wrap = not con.is_terminal
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)
        if self.quiet or self.json_mode:
            return
        if event.kind == "step":
            self.err.print(f"[bold cyan]{escape(event.agent)}[/] {escape(event.message)}")
        elif event.kind == "tool":
            verdict = event.data.get("verdict", "")
            colour = "green" if verdict in ("pass", "ok") else "yellow"
            secs = event.data.get("seconds")
            timing = f" ({secs:.2f} s)" if isinstance(secs, (int, float)) else ""
            self.err.print(f"  [dim]{escape(event.agent)}[/] {escape(event.message)} [{colour}]{escape(str(verdict))}[/]{timing}")
        elif event.kind == "warning":
            self.err.print(f"[yellow]warning:[/] {escape(event.message)}")
        elif event.kind == "info":
            self.err.print(escape(event.message))

    def step(self, agent: str, message: str, **data: Any) -> None:
        self.emit(Event("step", agent, message, data))

    def tool(self, agent: str, message: str, **data: Any) -> None:
        self.emit(Event("tool", agent, message, data))

    def info(self, message: str) -> None:
        self.emit(Event("info", "", message))

    def warning(self, message: str) -> None:
        self.emit(Event("warning", "", message))

    def token(self, agent: str, text: str) -> None:
        self.emit(Event("token", agent, text))

    def answer(self, text: str) -> None:
        """The final answer, on stdout: Markdown rendered on a terminal, the text as written when piped."""
        if self.json_mode:
            return
        if self.out.is_terminal:
            from rich.markdown import Markdown

            self.out.print(Markdown(text, code_theme="monokai"))
        else:
            self.out.print(text, markup=False)

    def print_json(self, obj: Any) -> None:
        sys.stdout.write(json.dumps(obj, indent=2, default=str) + "\n")

    def error(self, message: str) -> None:
        self.err.print(f"[bold red]error:[/] {escape(message)}")


class NullConsole(Console):
    """A console that shows nothing (library use and tests); listeners still get events."""

    def __init__(self) -> None:
        super().__init__(quiet=True)
