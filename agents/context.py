"""What a specialist gets besides the state: the LLM, settings, the run record, the console, files."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chipsmith.agents.state import Artefact, ArtefactKind, Evidence, Step
from chipsmith.core.console import Console, NullConsole
from chipsmith.core.files import safe_join, write_atomic

if TYPE_CHECKING:
    from chipsmith.agents.llm import LLM
    from chipsmith.core.config import Settings
    from chipsmith.core.rundir import RunRecord


@dataclass
class AgentContext:
    """Passed to every specialist through the graph's ``config["configurable"]["ctx"]``."""

    settings: Settings
    llm: LLM
    record: RunRecord
    out_dir: Path
    console: Console = field(default_factory=NullConsole)
    debug: bool = False
    # Artefact names are relative to this folder (default: out_dir). A conversation writes each turn
    # into its own folder under the conversation's, and names its files "turn-02/tb.sv".
    names_from: Path | None = None
    _knowledge: Any = None

    def work_dir(self, tool: str) -> Path:
        """A fresh private work directory for one tool call, inside the run directory."""
        return self.record.work_dir(tool)

    def write_artefact(self, name: str, data: str | bytes, kind: ArtefactKind, agent: str,
                       evidence: list[Evidence] | None = None) -> Artefact:
        """Write an artefact atomically under the output directory; names from a model are checked."""
        path = safe_join(self.out_dir, name)
        write_atomic(path, data)
        rel = str(path.relative_to((self.names_from or self.out_dir).resolve()))
        return Artefact(name=rel, kind=kind, agent=agent, path=str(path), evidence=list(evidence or []))

    @property
    def knowledge(self) -> Any:
        """The knowledge store, opened on first use (None when it cannot be opened here)."""
        if self._knowledge is None:
            try:
                from chipsmith.knowledge.store import KnowledgeStore  # type: ignore[import-not-found]
            except ImportError:
                return None
            self._knowledge = KnowledgeStore(self.settings.knowledge_dir)
        return self._knowledge


class StepTimer:
    """Times one agent step and builds the Step record the user sees."""

    def __init__(self, agent: str, ctx: AgentContext, summary: str) -> None:
        self.agent = agent
        self.ctx = ctx
        self.start = time.monotonic()
        ctx.console.step(agent, summary)

    def done(self, summary: str, verdict: str, tools: list[str] | None = None, **details: Any) -> Step:
        return Step(agent=self.agent, summary=summary, verdict=verdict, seconds=round(time.monotonic() - self.start, 3),
                    tools=tools or [], details=details)
