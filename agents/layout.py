"""Lay out every agent's request so the shared part is a byte-identical prefix."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from chipsmith.prompts import render

if TYPE_CHECKING:
    from chipsmith.agents.state import ChipState


def tool_catalogue() -> str:
    from chipsmith.agents.registry import SPECIALISTS

    lines = [f"- {s.name}: {s.description}" for s in SPECIALISTS.values()]
    return "\n".join(lines)


def preamble() -> str:
    """The system message: identical for every agent, every turn, every run."""
    return render("preamble", catalogue=tool_catalogue())


def shared_context(state: ChipState, knowledge: Iterable[str] = ()) -> str:
    """The brief and what the run has produced so far, in the order it was produced.

    Only append-only facts go here: no timestamps, ids or dict orderings that could
    change between two agents' calls.
    """
    parts = [f"## Design brief\n{state.request.strip()}"]
    if state.inputs:
        parts.append("## Inputs\n" + "\n".join(f"- {k}: {state.inputs[k]}" for k in sorted(state.inputs)))
    hits = list(knowledge)
    if hits:
        parts.append("## Knowledge\n" + "\n\n".join(hits))
    if state.artefacts:
        lines = []
        for a in state.artefacts:
            verdicts = ", ".join(f"{e.tool}: {e.verdict}" for e in a.evidence)
            lines.append(f"- {a.name} ({a.kind}, by {a.agent})" + (f" — {verdicts}" if verdicts else ""))
        parts.append("## Artefacts so far\n" + "\n".join(lines))
    return "\n\n".join(parts)


def build_messages(agent: str, task: str, context: str, **role_slots: object) -> list[dict[str, str]]:
    """[preamble] + [shared context] + [this agent's role and task], the role last.

    ``role_slots`` fill the ``{{slot}}`` placeholders of ``prompts/role_<agent>.md``.
    """
    role = render(f"role_{agent}", **role_slots)
    return [
        {"role": "system", "content": preamble()},
        {"role": "user", "content": f"{context}\n\n## Your role\n{role}\n\n## Task\n{task}"},
    ]
