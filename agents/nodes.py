"""The graph's nodes. Each returns a ``Command`` whose ``goto`` type is its routing table."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any, Literal

from langgraph.graph import END
from langgraph.runtime import Runtime
from langgraph.types import Command

from chipsmith.agents import registry
from chipsmith.agents.context import AgentContext
from chipsmith.agents.layout import build_messages, shared_context
from chipsmith.agents.router import LLMChooser, decide
from chipsmith.agents.state import ChipState, Message, Step
from chipsmith.core.errors import BackendUnavailable, ChipsmithError


def router(state: ChipState, runtime: Runtime[AgentContext]) -> Command[Literal["dispatch"]]:
    ctx = runtime.context
    start = time.monotonic()
    ctx.console.step("router", "choosing a specialist")
    chooser = None
    if ctx.settings.router != "keywords" and not state.agent:
        chooser = LLMChooser(ctx.llm, build_messages("router", "Choose the specialist(s) for the design brief above.",
                                                    shared_context(state)))
    decision = decide(state.request, agent=state.agent, mode=ctx.settings.router, llm_choice=chooser)
    step = Step(agent="router", summary=f"plan: {' → '.join(decision.steps)} ({decision.reason})", verdict="routed",
                seconds=round(time.monotonic() - start, 3), details=decision.model_dump())
    ctx.console.tool("router", f"plan {' → '.join(decision.steps)} [{decision.source}]", verdict="ok", seconds=step.seconds)
    return Command(goto="dispatch", update={"plan": decision.steps, "plan_reason": decision.reason, "step_index": 0,
                                            "steps": [step]})


def dispatch(state: ChipState) -> Command[str]:
    """Send the next plan step to its specialist, or finish the turn."""
    if state.step_index < len(state.plan) and state.verdict != "error":
        return Command(goto=state.plan[state.step_index])
    return Command(goto=END, update={"messages": [Message(role="assistant", content=state.answer, agent="chipsmith")]})


def specialist(name: str) -> Callable[[ChipState, Runtime[AgentContext]], Command[Literal["dispatch"]]]:
    """Wrap a specialist function as a node; a ChipsmithError becomes an error verdict the user reads."""

    def node(state: ChipState, runtime: Runtime[AgentContext]) -> Command[Literal["dispatch"]]:
        ctx = runtime.context
        start = time.monotonic()
        try:
            update: dict[str, Any] = dict(registry.load(name)(state, ctx))
        except BackendUnavailable:
            raise  # the backend is down for every agent: stop the run and say so once
        except ChipsmithError as exc:
            ctx.console.tool(name, str(exc), verdict="error")
            update = {"answer": f"**{name} could not finish:** {exc}", "verdict": "error",
                      "steps": [Step(agent=name, summary=str(exc), verdict="error", seconds=round(time.monotonic() - start, 3))]}
            if ctx.debug:
                update["steps"][0].details["traceback"] = traceback.format_exc()
        answer = update.pop("answer", "")
        if state.step_index > 0 and state.answer:
            answer = f"{state.answer}\n\n{answer}" if answer else state.answer
        update["answer"] = answer
        update["step_index"] = state.step_index + 1
        return Command(goto="dispatch", update=update)

    node.__name__ = name
    return node
