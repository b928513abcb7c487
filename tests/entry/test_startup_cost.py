"""What a short run does not pay for: an embedded server nobody asks, tool versions already known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chipsmith.agents.llm import EmbeddedServer, make_llm, packaged_gguf
from chipsmith.core.config import load_settings
from chipsmith.tools.versions import TOOLS, tool_version, tool_versions


@pytest.mark.skipif(packaged_gguf() is None, reason="the packaged model is not installed")
def test_embedded_server_starts_on_the_first_model_call_only(tmp_path: Path) -> None:
    before = dict(EmbeddedServer._servers)
    llm = make_llm(load_settings(llm="embedded", data_dir=tmp_path / "data"))
    assert EmbeddedServer._servers == before  # making the backend loaded no model
    assert "not started" in llm.url and llm.metrics() == {}


def test_tool_versions_are_asked_once_per_installed_binary(tmp_path: Path, spawned: object) -> None:
    cache = tmp_path / "cache" / "tool-versions.json"
    tool_version.cache_clear()
    first = tool_versions(cache=cache)
    ran = len(spawned.calls)  # type: ignore[attr-defined]
    assert ran >= sum(1 for v in first.values() if v)  # each installed tool was asked
    tool_version.cache_clear()  # a new process: only the file remembers
    assert tool_versions(cache=cache) == first
    assert len(spawned.calls) == ran  # type: ignore[attr-defined]  # nothing ran the second time
    known = json.loads(cache.read_text())
    assert {k.split("|")[0] for k in known} == {k for k, v in first.items() if v} and set(first) == set(TOOLS)


def test_a_changed_binary_is_asked_again(tmp_path: Path) -> None:
    cache = tmp_path / "tool-versions.json"
    tool_version.cache_clear()
    first = tool_versions(cache=cache)
    stale = dict.fromkeys(json.loads(cache.read_text()), "stale answer")
    # the same keys would be trusted; a different size or time makes a different key, so write keys that match nothing
    cache.write_text(json.dumps({k.rsplit(":", 1)[0] + ":0": v for k, v in stale.items()}))
    tool_version.cache_clear()
    assert tool_versions(cache=cache) == first
