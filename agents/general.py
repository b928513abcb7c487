"""The general specialist: answers a question in words, grounded in knowledge cards when there are any."""

from __future__ import annotations

from typing import Any

from chipsmith.agents.context import AgentContext, StepTimer
from chipsmith.agents.layout import build_messages, shared_context
from chipsmith.agents.state import ChipState
from chipsmith.core.errors import ChipsmithError

AGENT = "general"


NOTHING_RELEVANT = "No knowledge card is relevant to this question; the answer comes from the model alone."


def relevant_hits(ctx: AgentContext, query: str, k: int = 3) -> list[Any] | None:
    """The top ``k`` knowledge hits that are relevant (``Hit.relevant``); None when no store is available."""
    try:
        store = ctx.knowledge
        if store is None:
            return None
        hits = store.search(query, k=k)
    except ChipsmithError as exc:  # knowledge grounds the answer; without it the answer is still useful
        ctx.console.warning(f"knowledge store unavailable, answering without it: {exc}")
        return None
    return [h for h in hits if h.relevant()]


def knowledge_hits(ctx: AgentContext, query: str, k: int = 3) -> tuple[list[str], list[str]]:
    """Prompt blocks and citations for the relevant top knowledge hits (none when no store is available)."""
    hits = relevant_hits(ctx, query, k) or []
    return [f"[{h.citation()}]\n{h.text}" for h in hits], [h.citation() for h in hits]


def run(state: ChipState, ctx: AgentContext) -> dict[str, Any]:
    timer = StepTimer(AGENT, ctx, "answering")
    hits = relevant_hits(ctx, state.request) if state.inputs.get("knowledge", "on") != "off" else None
    blocks, cites = [f"[{h.citation()}]\n{h.text}" for h in hits or []], [h.citation() for h in hits or []]
    messages = build_messages(AGENT, state.request, shared_context(state, blocks))
    stream = (lambda text: ctx.console.token(AGENT, text))
    reply = ctx.llm.chat(messages, agent=AGENT, stream=stream)
    answer = reply.content.strip()
    if cites:
        answer += "\n\nSources: " + "; ".join(cites)
    elif hits is not None:  # searched, and nothing was close enough to cite
        answer += "\n\n" + NOTHING_RELEVANT
    step = timer.done(f"answered in {reply.usage.completion_tokens} tokens", "answered", tools=["llm"],
                      model=reply.model, cached_tokens=reply.usage.cached_tokens)
    return {"answer": answer, "verdict": "answered", "steps": [step], "citations": cites}
