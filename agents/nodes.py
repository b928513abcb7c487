"""The graph's nodes. Each returns a ``Command`` whose ``goto`` type is its routing table."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any, Literal

from langgraph.graph import END
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from chipsmith.agents import registry
from chipsmith.agents.ask import MAX_QUESTIONS, NeedsAnswer, takes_defaults
from chipsmith.agents.context import AgentContext
from chipsmith.agents.layout import build_messages, shared_context
from chipsmith.agents.router import LLMChooser, decide
from chipsmith.agents.state import ChipState, Message, Step
from chipsmith.core.errors import BackendUnavailable, ChipsmithError, InputError


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
            update: dict[str, Any] = _run_asking(name, state, ctx)
        except (BackendUnavailable, NeedsAnswer):
            raise  # the backend is down for every agent, or nobody is there to answer: stop the run and say so once
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


def _run_asking(name: str, state: ChipState, ctx: AgentContext) -> dict[str, Any]:
    """Run a specialist; when it needs an answer, ask the person (interrupt), take the default (--yes) or give up.

    On resume LangGraph runs this node again from the top and each ``interrupt()`` returns, in
    order, the answer already given, so the specialist reads the same answers the same way.
    """
    answers: list[str] = []
    asked: list[dict[str, str]] = []
    while True:
        try:
            update = dict(registry.load(name)(state.model_copy(update={"answers": answers}) if answers else state, ctx))
            break
        except NeedsAnswer as q:
            if len(asked) >= MAX_QUESTIONS:
                raise InputError(f"{q} (still missing after {len(asked)} answers; write the request again with it)") from None
            if takes_defaults(state.inputs) and q.default:
                ctx.console.tool(name, f"--yes: took the default {q.default!r} ({q.default_note})", verdict="ok")
                asked.append({"question": q.question, "answer": q.default, "default": "yes", "note": q.default_note})
                answers.append(q.default)
                continue
            if not state.can_ask:
                raise
            answer = str(interrupt(q.payload(name))).strip()
            asked.append({"question": q.question, "answer": answer})
            answers.append(answer)
    if asked:
        steps = list(update.get("steps") or [])
        if steps:  # the step says what was asked and answered (or which default was taken)
            steps[-1] = steps[-1].model_copy(update={"details": {**steps[-1].details, "asked": asked}})
            update["steps"] = steps
        taken = [a for a in asked if a.get("default")]
        if taken:
            lines = "".join(f"- {a['question']} → took **{a['answer']}** ({a['note']})\n" for a in taken)
            update["answer"] = f"Defaults taken (--yes):\n{lines}\n" + str(update.get("answer", ""))
    return update
