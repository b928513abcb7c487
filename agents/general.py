"""The general specialist: answers a question in words, grounded in knowledge cards when there are any."""

from __future__ import annotations

from typing import Any

from chipsmith.agents.context import AgentContext, StepTimer
from chipsmith.agents.state import ChipState
from chipsmith.core.errors import ChipsmithError
from chipsmith.agents.layout import build_messages, shared_context

AGENT = "general"


def knowledge_hits(ctx: AgentContext, query: str, k: int = 3) -> tuple[list[str], list[str]]:
    """Prompt blocks and citations for the top knowledge hits (none when no store is available)."""
    try:
        store = ctx.knowledge
        hits = store.search(query, k=k) if store is not None else []
    except ChipsmithError as exc:  # knowledge grounds the answer; without it the answer is still useful
        ctx.console.warning(f"knowledge store unavailable, answering without it: {exc}")
        return [], []
    return [f"[{h.citation()}]\n{h.text}" for h in hits], [h.citation() for h in hits]


def run(state: ChipState, ctx: AgentContext) -> dict[str, Any]:
    timer = StepTimer(AGENT, ctx, "answering")
    blocks, cites = knowledge_hits(ctx, state.request) if state.inputs.get("knowledge", "on") != "off" else ([], [])
    messages = build_messages(AGENT, state.request, shared_context(state, blocks))
    stream = (lambda text: ctx.console.token(AGENT, text))
    reply = ctx.llm.chat(messages, agent=AGENT, stream=stream)
    answer = reply.content.strip()
    if cites:
        answer += "\n\nSources: " + "; ".join(cites)
    step = timer.done(f"answered in {reply.usage.completion_tokens} tokens", "answered", tools=["llm"],
                      model=reply.model, cached_tokens=reply.usage.cached_tokens)
    return {"answer": answer, "verdict": "answered", "steps": [step], "citations": cites}
