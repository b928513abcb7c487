"""The Python API: the same runs the CLI does.

    from chipsmith.api import Session
    with Session(out_dir="out") as s:
        result = s.ask("What does a D flip-flop do?")
        print(result.answer)

With ``Session(can_ask=True)`` (what the chats use) a specialist that misses a required field
pauses the turn: ``result.question`` holds its question and the next ``s.ask(answer)`` resumes
the same turn. Without it, the question is raised as an ``InputError``.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import LLM, make_llm
from chipsmith.agents.state import Artefact, ChipState, Message, Step
from chipsmith.core.config import Settings, load_settings
from chipsmith.core.console import Console, NullConsole
from chipsmith.core.errors import ChipsmithError, ExitCode, InputError
from chipsmith.core.files import write_json_atomic
from chipsmith.core.rundir import RunRecord


@dataclass
class RunResult:
    """One turn's outcome: the answer, the verdict, the plan, every step, every artefact with its evidence."""

    answer: str
    verdict: str
    plan: list[str]
    steps: list[Step]
    artefacts: list[Artefact]
    citations: list[str]
    thread_id: str
    out_dir: Path
    run_dir: Path
    seconds: float
    usage: dict[str, Any] = field(default_factory=dict)
    # The turn is paused on this question (agent, question, field, default) until the next ask() answers it.
    question: dict[str, str] | None = None

    @property
    def understood(self) -> list[str]:
        """What each specialist understood the request to ask for, one line each (e.g. the RF spec summary)."""
        return [str(s.details["understood"]) for s in self.steps if s.details.get("understood")]

    @property
    def asked(self) -> list[dict[str, str]]:
        """The questions asked in this turn and the answers (or defaults) given."""
        return [a for s in self.steps for a in s.details.get("asked", [])]

    def to_dict(self) -> dict[str, Any]:
        return {"answer": self.answer, "verdict": self.verdict, "plan": self.plan, "understood": self.understood,
                "asked": self.asked, "question": self.question,
                "steps": [s.model_dump() for s in self.steps], "artefacts": [a.model_dump() for a in self.artefacts],
                "citations": self.citations, "thread_id": self.thread_id, "out_dir": str(self.out_dir),
                "run_dir": str(self.run_dir), "seconds": round(self.seconds, 3), "usage": self.usage}


def open_checkpointer(path: Path) -> Any:
    """SQLite checkpoints; a damaged database is named in the error, and no other file is touched."""
    from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
    from langgraph.checkpoint.sqlite import SqliteSaver

    from chipsmith.agents.state import Evidence

    path.parent.mkdir(parents=True, exist_ok=True)
    # Only the state's own types are revived from the database: a tampered checkpoint
    # cannot make the deserializer build arbitrary objects.
    serde = JsonPlusSerializer(allowed_msgpack_modules=[ChipState, Message, Step, Artefact, Evidence])
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA quick_check").fetchall()
        saver = SqliteSaver(conn, serde=serde)
        saver.setup()
    except sqlite3.DatabaseError as exc:
        raise ChipsmithError(f"the conversation database {path} is damaged ({exc}); move it aside to start afresh "
                             "(conversations in other data directories are unaffected)") from None
    return saver


class Session:
    """A conversation: one LLM backend, one run directory, one checkpointed thread."""

    _memory: Any = None

    def __init__(self, settings: Settings | None = None, *, out_dir: Path | str | None = None, thread_id: str | None = None,
                 console: Console | None = None, llm: LLM | None = None, checkpoints: bool = True, debug: bool = False,
                 turn_dirs: bool = False, can_ask: bool = False) -> None:
        self.settings = settings or load_settings()
        self.out_dir = Path(out_dir) if out_dir else Path("chipsmith-out") / time.strftime("%Y%m%d-%H%M%S")
        self.console = console or NullConsole()
        self.turn_dirs = turn_dirs  # each turn writes into its own folder, turn-NN/, so no turn overwrites another's files
        # A person is there to answer: a missing required field pauses the turn with a question (see
        # agents/ask.py) instead of failing it, and the next ask() is the answer.
        self.can_ask = can_ask
        self.thread_id = thread_id or uuid.uuid4().hex[:12]
        # The backend first: a backend that cannot be made (a bad --llm, a malformed script)
        # refuses the run before anything is written.
        self.llm = llm or make_llm(self.settings)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.record = RunRecord(self.out_dir / "run")
        if self.llm.record is None:
            self.llm.record = self.record
        self.ctx = AgentContext(settings=self.settings, llm=self.llm, record=self.record, out_dir=self.out_dir,
                                console=self.console, debug=debug)
        self._saver = open_checkpointer(self.settings.checkpoint_db) if checkpoints else None
        if self._saver is None and can_ask:  # a paused turn must be kept somewhere: in memory, for this session only
            from langgraph.checkpoint.memory import InMemorySaver

            self._memory = InMemorySaver()
        from chipsmith.agents.graph import build_graph

        self.graph = build_graph(self._saver or self._memory)
        self._write_record()

    def _write_record(self) -> None:
        from chipsmith.tools.versions import all_versions

        s = self.settings
        self.record.write_settings(s.recordable(), {"backend": self.llm.backend.name, "url": self.llm.url,
                                                   "thread_id": self.thread_id})
        self.record.write_versions(all_versions({"iverilog": s.iverilog, "vvp": s.vvp, "verilator": s.verilator,
                                                 "yosys": s.yosys, "ngspice": s.ngspice},
                                                cache=s.data_dir / "cache" / "tool-versions.json"))

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._saver is not None:
            self._saver.conn.close()
            self._saver = None

    @property
    def config(self) -> dict[str, Any]:
        return {"configurable": {"thread_id": self.thread_id}, "recursion_limit": 50}

    def state(self) -> ChipState | None:
        if self._saver is None and self._memory is None:
            return None
        snap = self.graph.get_state(self.config)
        return ChipState.model_validate(snap.values) if snap.values else None

    def pending_question(self) -> dict[str, str] | None:
        """The question a paused turn waits on (agent, question, field, default), or None."""
        if self._saver is None and self._memory is None:
            return None
        for task in self.graph.get_state(self.config).tasks:
            # a task with an error was answered and then cancelled (Ctrl-C, Stop): its question is dropped,
            # and the next message is a new request, not an answer LangGraph would mix up with the old one
            if task.error is None:
                for intr in task.interrupts:
                    if isinstance(intr.value, dict) and intr.value.get("question"):
                        return {str(k): str(v) for k, v in intr.value.items()}
        return None

    def ask(self, request: str, *, agent: str | None = None, inputs: dict[str, str] | None = None) -> RunResult:
        """Run one turn through the graph and return its result.

        When the last turn is paused on a question (``result.question``), ``request`` is the answer:
        the same turn resumes with it (``agent`` and ``inputs`` then belong to that turn already)."""
        from chipsmith.agents.registry import check_name

        if not request.strip():
            raise InputError("the request is empty; say what you want designed, checked or explained")
        if agent:
            check_name(agent)
        start = time.monotonic()
        try:
            return self._ask(request, agent=agent, inputs=inputs, start=start)
        except BaseException as exc:
            # A run that started always leaves result.json: what it was asked, how it ended, why.
            self._record_failure(request, agent, exc, time.monotonic() - start)
            raise

    def _record_failure(self, request: str, agent: str | None, exc: BaseException, seconds: float) -> None:
        interrupted = isinstance(exc, KeyboardInterrupt)
        code = (ExitCode.INTERRUPTED if interrupted else
                exc.exit_code if isinstance(exc, ChipsmithError) else ExitCode.INTERNAL)
        error = "interrupted" if interrupted else (str(exc) if isinstance(exc, ChipsmithError)
                                                   else f"internal error: {type(exc).__name__}: {exc}")
        try:
            write_json_atomic(self.record.root / "result.json", {
                "request": request, "agent": agent, "answer": "", "verdict": "interrupted" if interrupted else "error",
                "error": error, "exit_code": int(code), "thread_id": self.thread_id, "out_dir": str(self.out_dir),
                "run_dir": str(self.record.root), "seconds": round(seconds, 3)})
        except ChipsmithError:
            pass  # the disk refused: the error being raised already says what went wrong

    def _ask(self, request: str, *, agent: str | None, inputs: dict[str, str] | None, start: float) -> RunResult:
        from langgraph.types import Command

        before = self.state()
        resuming = self.pending_question() is not None
        n_steps = len(before.steps) if before else 0
        n_arts = len(before.artefacts) if before else 0
        n_cites = len(before.citations) if before else 0
        if self.turn_dirs:
            n_turn = sum(1 for m in before.messages if m.role == "user") if before else 0
            if not resuming:  # an answer continues its turn, in that turn's folder
                n_turn += 1
                while (self.out_dir / f"turn-{n_turn:02d}").exists():  # a cancelled turn's files stay its own
                    n_turn += 1
            self.ctx.out_dir = self.out_dir / f"turn-{n_turn:02d}"
            self.ctx.names_from = self.out_dir
        metrics_before = self.llm.metrics()
        usage_before = self.llm.stats.usage
        if resuming:
            out = self.graph.invoke(Command(resume=request), self.config, context=self.ctx)
        else:
            turn = {"request": request, "inputs": _text_inputs(inputs), "agent": agent, "plan": [], "plan_reason": "",
                    "step_index": 0, "answer": "", "verdict": "", "can_ask": self.can_ask,
                    "messages": [Message(role="user", content=request)]}
            out = self.graph.invoke(turn, self.config, context=self.ctx)
        question = _question_of(out)
        state = ChipState.model_validate({k: v for k, v in out.items() if k in ChipState.model_fields})
        from chipsmith.agents.kvcache import metrics_reuse

        usage = self.llm.stats.usage.model_dump()
        delta: dict[str, Any] = {k: usage[k] - getattr(usage_before, k) for k in usage}
        delta["cached_share"] = round(delta["cached_tokens"] / delta["prompt_tokens"], 4) if delta["prompt_tokens"] else 0.0
        result = RunResult(answer="" if question else state.answer,
                           verdict="asked" if question else state.verdict or "answered", plan=state.plan,
                           steps=state.steps[n_steps:], artefacts=state.artefacts[n_arts:], citations=state.citations[n_cites:],
                           thread_id=self.thread_id, out_dir=self.out_dir, run_dir=self.record.root,
                           seconds=time.monotonic() - start,
                           usage={**delta, "server_cache": metrics_reuse(metrics_before, self.llm.metrics())},
                           question=question)
        write_json_atomic(self.record.root / "result.json", result.to_dict())
        return result


def _question_of(out: dict[str, Any]) -> dict[str, str] | None:
    """The question a turn paused on: ``invoke`` hands back the interrupt under ``__interrupt__``."""
    for intr in out.get("__interrupt__", ()):
        if isinstance(intr.value, dict) and intr.value.get("question"):
            return {str(k): str(v) for k, v in intr.value.items()}
    return None


def _text_inputs(inputs: dict[str, Any] | None) -> dict[str, str]:
    """Inputs as the agents read them: text. A number or flag is written out (budget=2 is "2");
    a list or mapping is an InputError naming its key."""
    out: dict[str, str] = {}
    for key, value in (inputs or {}).items():
        if value is None or isinstance(value, (dict, list, tuple, set)):
            raise InputError(f"inputs.{key}: give one value (text, a number or a path), not "
                             f"{'nothing' if value is None else type(value).__name__}")
        out[str(key)] = str(value).lower() if isinstance(value, bool) else str(value)
    return out


def run(request: str, **kwargs: Any) -> RunResult:
    """One request, one fresh session (no checkpoints unless asked)."""
    agent = kwargs.pop("agent", None)
    inputs = kwargs.pop("inputs", None)
    kwargs.setdefault("checkpoints", False)
    with Session(**kwargs) as s:
        return s.ask(request, agent=agent, inputs=inputs)
