"""Prompt templates render fully, and every agent's request shares one byte-identical prefix."""

import re

import pytest

from chipsmith import prompts
from chipsmith.agents.layout import build_messages, preamble, shared_context
from chipsmith.agents.registry import SPECIALISTS
from chipsmith.agents.state import Artefact, ChipState, Evidence


def test_every_template_renders_without_unfilled_slots():
    assert prompts.names(), "no templates found"
    for name in prompts.names():
        text = prompts.render(name, **{slot: f"<{slot}>" for slot in prompts.slots(name)})
        assert not re.search(r"\{\{\w+\}\}", text), name


def test_render_refuses_missing_and_unknown_slots():
    with pytest.raises(prompts.TemplateError, match="missing slots"):
        prompts.render("preamble")
    with pytest.raises(prompts.TemplateError, match="unknown slots"):
        prompts.render("role_general", extra="x")


def _state() -> ChipState:
    return ChipState(request="Design a 16-deep FIFO", inputs={"to": "spectre", "input": "a.cir"},
                     artefacts=[Artefact(name="fifo.v", kind="verilog", agent="verilog_writer",
                                         evidence=[Evidence(tool="iverilog", verdict="pass")])])


def test_shared_part_is_identical_for_every_agent():
    state = _state()
    context = shared_context(state, ["[from: LM358 card]\nDual op-amp."])
    roles = [n for n in ["router", *SPECIALISTS] if f"role_{n}" in prompts.names()]
    assert "router" in roles and "general" in roles
    requests = [build_messages(agent, "do the task", context,
                               **dict.fromkeys(prompts.slots(f"role_{agent}"), "x")) for agent in roles]
    systems = {r[0]["content"] for r in requests}
    assert len(systems) == 1  # the system preamble is byte-identical
    users = [r[1]["content"] for r in requests]
    for u in users:
        assert u.startswith(context + "\n\n## Your role\n")


def test_shared_context_has_nothing_volatile():
    a = shared_context(_state())
    b = shared_context(_state())
    assert a == b and preamble() == preamble()
    # inputs are sorted, so a different insertion order gives the same bytes
    s = _state()
    s.inputs = {"input": "a.cir", "to": "spectre"}
    assert shared_context(s) == a
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}|[0-9a-f]{12,}", preamble() + a)
