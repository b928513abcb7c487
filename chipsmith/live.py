"""A turn running in the background, for the chat interfaces.

The graph runs in a worker thread; the console's events (steps, tool calls,
tokens) come out of a queue the interface reads at its own pace. Cancelling sets a
flag that the next event raises on inside the worker, so the graph stops at the
next step, tool line or token, and the checkpoints keep the conversation up to the
last finished step. In the terminal chat, which runs one turn at a time, cancelling
also kills the tool processes this process started (the runner gives each its own
process group, so Ctrl-C from the terminal does not reach them).
"""

from __future__ import annotations

import os
import queue
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from chipsmith.core.console import Event
from chipsmith.core.errors import InputError

if TYPE_CHECKING:
    from chipsmith.api import RunResult, Session


# A request is read by every agent's prompt; past this size it would overflow any context window.
MAX_REQUEST_CHARS = 60_000


def check_request(text: str) -> str:
    """The request, or an InputError people can act on when it is empty or too long to send to a model."""
    if not text.strip():
        raise InputError("the message is empty; say what you want designed, checked or explained")
    if len(text) > MAX_REQUEST_CHARS:
        size = len(text.encode())
        shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
        raise InputError(f"the message is {shown}, more than the {MAX_REQUEST_CHARS // 1000} k characters a request may have; "
                         "attach long material as a file (netlist, datasheet, testbench) and describe what you want")
    return text


class TurnCancelled(Exception):
    """Raised inside the worker to stop a cancelled turn. Not a ChipsmithError, so no node turns it into an answer."""


class LiveTurn:
    """One ``Session.ask`` in a worker thread, with its events in a queue."""

    def __init__(self, session: Session, request: str, *, agent: str | None = None,
                 inputs: dict[str, str] | None = None) -> None:
        self.session = session
        self.request = request
        self.agent = agent
        self.inputs = dict(inputs or {})
        self.events: queue.Queue[Event] = queue.Queue()
        self.result: RunResult | None = None
        self.error: BaseException | None = None
        self.cancelled = threading.Event()
        self.started = 0.0
        self._thread = threading.Thread(target=self._work, name=f"turn-{session.thread_id}", daemon=True)

    def _listen(self, event: Event) -> None:
        # The session's console is this turn's alone (one turn per session at a time).
        if self.cancelled.is_set():
            raise TurnCancelled("cancelled")
        self.events.put(event)

    def _work(self) -> None:
        self.session.console.subscribe(self._listen)
        try:
            self.result = self.session.ask(self.request, agent=self.agent, inputs=self.inputs)
        except BaseException as exc:  # handed to the interface thread, which decides what the user sees
            self.error = exc
        finally:
            self.session.console.unsubscribe(self._listen)

    def start(self) -> LiveTurn:
        self.started = time.monotonic()
        self.session.llm.resume()  # a cancel belongs to the turn it was given in
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def poll(self, timeout: float = 0.1) -> Iterator[Event]:
        """Events that arrived within ``timeout`` seconds (returns early when the turn ends)."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            try:
                yield self.events.get(timeout=max(0.0, min(remaining, 0.05)) if self.running else 0.0)
            except queue.Empty:
                if not self.running and self.events.empty():
                    return
                if remaining <= 0:
                    return

    def cancel(self, *, kill_tools: bool = False) -> None:
        """Stop at the next event; with ``kill_tools``, also kill this process's tool process groups."""
        self.cancelled.set()
        self.session.llm.cancel()  # a model call in flight returns now, not at its next token
        if kill_tools:
            kill_child_groups()

    def wait(self, timeout: float | None = None) -> bool:
        """True when the worker finished within ``timeout``."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def was_cancelled(self) -> bool:
        from chipsmith.agents.llm import CallCancelled

        return isinstance(self.error, (TurnCancelled, CallCancelled))


def kill_child_groups() -> list[int]:
    """Kill the process groups led by this process's direct children (the sandboxed tools); their pids."""
    me = os.getpid()
    killed = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # fields after the parenthesised command: state ppid pgrp ...
        fields = stat.rsplit(")", 1)[-1].split()
        ppid, pgrp = int(fields[1]), int(fields[2])
        pid = int(entry.name)
        if ppid == me and pgrp == pid:
            try:
                os.killpg(pid, signal.SIGKILL)
                killed.append(pid)
            except (ProcessLookupError, PermissionError):
                pass
    return killed
