"""Past conversations: listing, finding and exporting threads from the checkpoint database.

The graph checkpoints every step into ``settings.checkpoint_db`` (SQLite). A thread
id is a conversation; its latest checkpoint holds the whole state, so listing and
resuming need nothing besides that database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chipsmith.agents.state import ChipState, Step
from chipsmith.core.errors import InputError


@dataclass
class ThreadInfo:
    """One conversation as the history list shows it."""

    thread_id: str
    turns: int
    first_request: str
    last_request: str
    updated: str  # ISO time of the latest checkpoint
    artefacts: int

    def label(self, width: int = 48) -> str:
        text = " ".join(self.first_request.split())
        text = text if len(text) <= width else text[: width - 1] + "…"
        return f"{text} · {self.turns} turn{'s' if self.turns != 1 else ''} · {self.updated[:16].replace('T', ' ')}"


def _thread_ids(db: Path) -> list[str]:
    if not Path(db).is_file():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        rows = conn.execute("SELECT thread_id, MAX(checkpoint_id) AS last FROM checkpoints WHERE checkpoint_ns = '' "
                            "GROUP BY thread_id ORDER BY last DESC").fetchall()
    except sqlite3.OperationalError:  # a database without the checkpoint tables holds no conversations
        return []
    finally:
        conn.close()
    return [r[0] for r in rows]


def load_state(saver: Any, thread_id: str) -> tuple[ChipState | None, str]:
    """The latest state of a thread and the time it was written (None when the thread does not exist)."""
    tup = saver.get_tuple({"configurable": {"thread_id": thread_id}})
    if tup is None:
        return None, ""
    values = tup.checkpoint.get("channel_values", {})
    state = ChipState.model_validate({k: v for k, v in values.items() if k in ChipState.model_fields})
    return state, str(tup.checkpoint.get("ts", ""))


def list_threads(db: Path, *, only: Iterable[str] | None = None, limit: int = 50) -> list[ThreadInfo]:
    """Conversations in ``db``, newest first (only the ids in ``only`` when given)."""
    from chipsmith.api import open_checkpointer

    ids = _thread_ids(db)
    if only is not None:
        keep = set(only)
        ids = [t for t in ids if t in keep]
    if not ids:
        return []
    saver = open_checkpointer(Path(db))
    try:
        out = []
        for tid in ids[:limit]:
            state, ts = load_state(saver, tid)
            if state is None:
                continue
            requests = [m.content for m in state.messages if m.role == "user"]
            out.append(ThreadInfo(thread_id=tid, turns=len(requests), first_request=requests[0] if requests else "",
                                  last_request=requests[-1] if requests else "", updated=ts, artefacts=len(state.artefacts)))
        return out
    finally:
        saver.conn.close()


def find_thread(db: Path, prefix: str) -> str:
    """The one thread id starting with ``prefix``; InputError when none or several match."""
    prefix = prefix.strip()
    if not prefix:
        raise InputError("give a conversation id (see /history)")
    ids = _thread_ids(db)
    hits = [t for t in ids if t.startswith(prefix)]
    if not hits:
        raise InputError(f"no conversation {prefix!r} in {db}; /history lists the ones there are")
    if len(hits) > 1 and prefix not in hits:
        raise InputError(f"{prefix!r} matches {len(hits)} conversations ({', '.join(hits[:5])}); give more of the id")
    return prefix if prefix in hits else hits[0]


@dataclass
class Turn:
    """One turn of a conversation rebuilt from the state: the request, its steps and the answer."""

    request: str
    steps: list[Step]
    answer: str


def turns_of(state: ChipState) -> list[Turn]:
    """Split a conversation into turns. Every turn starts at the router, so its step opens a new turn."""
    step_groups: list[list[Step]] = []
    for step in state.steps:
        if step.agent == "router" or not step_groups:
            step_groups.append([])
        step_groups[-1].append(step)
    turns: list[Turn] = []
    for msg in state.messages:
        if msg.role == "user":
            turns.append(Turn(request=msg.content, steps=[], answer=""))
        elif msg.role == "assistant" and turns:
            turns[-1].answer = msg.content
    # A cancelled turn may have ended before its router step was written: align from the end.
    offset = len(turns) - len(step_groups)
    for i, group in enumerate(step_groups):
        if 0 <= i + offset < len(turns):
            turns[i + offset].steps = group
    return turns


def transcript_markdown(state: ChipState, thread_id: str) -> str:
    """The conversation as Markdown: each request, the steps with their verdicts, the answer, the artefacts."""
    lines = [f"# chipsmith conversation {thread_id}", ""]
    for n, turn in enumerate(turns_of(state), 1):
        lines += [f"## Turn {n}", "", "**Request:**", "", turn.request, ""]
        if turn.steps:
            lines += ["| agent | tools | verdict | seconds | summary |", "|---|---|---|---|---|"]
            for s in turn.steps:
                summary = s.summary.replace("|", "\\|").replace("\n", " ")
                lines.append(f"| {s.agent} | {', '.join(s.tools)} | {s.verdict} | {s.seconds:.2f} | {summary} |")
            lines.append("")
        for a in (a for s in turn.steps for a in s.details.get("asked", [])):
            taken = " (default, --yes)" if a.get("default") else ""
            lines += [f"**Asked:** {a['question']}", "", f"**Answered{taken}:** {a['answer']}", ""]
        lines += ["**Answer:**", "", turn.answer or "_(no answer: the turn was cancelled or failed)_", ""]
    if state.artefacts:
        lines += ["## Artefacts", ""]
        for a in state.artefacts:
            checks = "; ".join(f"{e.tool}: {e.verdict}" for e in a.evidence) or "not checked by a tool"
            lines.append(f"- `{a.name}` ({a.kind}, {a.agent}) — {checks}")
        lines.append("")
    return "\n".join(lines)
