"""Asking the person instead of failing: a specialist raises :class:`NeedsAnswer`, the node decides.

A specialist that finds a required field missing raises ``NeedsAnswer`` with one short
question (and, where one exists, a sensible default answer). The node wrapper
(:func:`chipsmith.agents.nodes.specialist`) then either

- pauses the turn with LangGraph's ``interrupt()`` when a person is there to answer (the
  terminal and web chats): the checkpointer keeps the turn, ``Command(resume=answer)``
  re-runs the specialist with the answers so far, read by the same deterministic reader;
- takes the default when the run says so (``chipsmith run --yes``), and says which;
- or lets the error through, so a scripted run fails fast with the question (exit 2).
"""

from __future__ import annotations

from typing import Any

from chipsmith.core.errors import InputError

MAX_QUESTIONS = 4  # a turn that needs more answers than this is better written again


class NeedsAnswer(InputError):
    """A required field is missing. ``str()`` is the error a scripted run shows; ``question`` is what a chat asks."""

    def __init__(self, message: str, *, question: str, field: str, default: str = "", default_note: str = "") -> None:
        super().__init__(message)
        self.question = question
        self.field = field
        self.default = default  # an answer the same reader understands ("5th order"); "" when none is sensible
        self.default_note = default_note  # why that default, in a few words

    def payload(self, agent: str) -> dict[str, Any]:
        """What the interrupt carries to the interface (plain data: the checkpointer stores it)."""
        return {"agent": agent, "question": self.question, "field": self.field, "default": self.default}


def takes_defaults(inputs: dict[str, str]) -> bool:
    """The run said to take defaults instead of asking (``--yes``, or ``defaults: yes`` in a tasks file)."""
    return inputs.get("defaults", "").strip().lower() in ("yes", "true", "1", "on")
