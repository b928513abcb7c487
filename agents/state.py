"""The state that flows through the graph: the request, the plan, artefacts and their evidence."""

from __future__ import annotations

import operator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

ArtefactKind = Literal["verilog", "testbench", "spice", "touchstone", "vcd", "model_card", "report", "plot", "json", "text", "log"]


class Evidence(BaseModel):
    """What checked an artefact: the tool, the exact command, the verdict and where the raw log is."""

    tool: str
    verdict: str
    ok: bool = False
    command: list[str] = Field(default_factory=list)
    cwd: str = ""
    log_path: str = ""
    summary: str = ""
    try_index: int = 0
    values: dict[str, Any] = Field(default_factory=dict)


class Artefact(BaseModel):
    """A file the run produced, relative to the output directory."""

    name: str
    kind: ArtefactKind
    agent: str
    path: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class Message(BaseModel):
    role: Literal["user", "assistant", "system"]
    content: str
    agent: str = ""


class Step(BaseModel):
    """One agent step as the user sees it: which agent, what it did, the verdict, the time."""

    agent: str
    summary: str
    verdict: str = ""
    seconds: float = 0.0
    tools: list[str] = Field(default_factory=list)
    details: dict[str, Any] = Field(default_factory=dict)


class ChipState(BaseModel):
    """The graph's state. Lists with ``operator.add`` accumulate across steps and turns."""

    request: str = ""
    inputs: dict[str, str] = Field(default_factory=dict)
    agent: str | None = None
    plan: list[str] = Field(default_factory=list)
    plan_reason: str = ""
    step_index: int = 0
    messages: Annotated[list[Message], operator.add] = Field(default_factory=list)
    artefacts: Annotated[list[Artefact], operator.add] = Field(default_factory=list)
    steps: Annotated[list[Step], operator.add] = Field(default_factory=list)
    citations: Annotated[list[str], operator.add] = Field(default_factory=list)
    answer: str = ""
    verdict: str = ""
    # Per turn: a person is there to answer a question (the chats), so a specialist that misses a
    # required field pauses the turn and asks instead of failing. Scripted runs leave it False.
    can_ask: bool = False
    # The answers given so far in this turn, in order; set only on the copy a specialist is handed.
    answers: list[str] = Field(default_factory=list)
