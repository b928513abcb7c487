"""What a short run does not pay for: an embedded server nobody asks, tool versions already known, modules it does not use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


# What each command may not import: the measured costs of daily use (README "Speed of daily use").
_HEAVY = {"langgraph": "the graph", "openai": "the OpenAI client", "chromadb": "the knowledge store",
          "sentence_transformers": "the embedding model", "torch": "the embedding model", "matplotlib": "plotting",
          "scipy.signal": "Bessel synthesis", "scipy.special": "elliptic functions", "numpy": "numerics"}


def _imported_by(args: list[str], tmp_path: Path) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """The modules one whole ``chipsmith`` command imported (a new process, as a user runs it)."""
    code = ("import json, sys\nfrom chipsmith.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print('\\nMODULES ' + json.dumps(sorted(sys.modules)))")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHIPSMITH_")}
    env.update(CHIPSMITH_DATA_DIR=str(tmp_path / "data"), CHIPSMITH_CONFIG=str(tmp_path / "none.toml"),
               CHIPSMITH_CACHE_DIR=str(tmp_path / "cache"))
    res = subprocess.run([sys.executable, "-c", code, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    line = next(x for x in reversed(res.stdout.splitlines()) if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES "))), res


@pytest.mark.parametrize("args", [["run", ""], ["run", "write a counter", "--agent", "no_such_agent"], ["--help"], ["run", "--help"]])
def test_a_refused_request_and_help_import_nothing_heavy(args: list[str], tmp_path: Path) -> None:
    modules, res = _imported_by(args, tmp_path)
    assert res.returncode in (0, 2), res.stderr
    loaded = {m: why for m, why in _HEAVY.items() if m in modules}
    assert not loaded, f"`chipsmith {' '.join(args)}` imported {loaded}"
    assert not (tmp_path / "data").exists()  # refused before a data directory was made


def test_a_deterministic_rf_design_loads_neither_the_model_client_nor_the_knowledge_store(tmp_path: Path) -> None:
    request = "1 GHz low-pass, 0.5 dB ripple, 40 dB rejection at 2 GHz, 50 ohm"
    modules, res = _imported_by(["run", request, "--agent", "rf_designer", "--out", str(tmp_path / "out")], tmp_path)
    assert res.returncode in (0, 1), res.stderr
    unwanted = {m: _HEAVY[m] for m in ("openai", "chromadb", "sentence_transformers", "torch", "scipy.signal", "scipy.special") if m in modules}
    assert not unwanted, f"the RF designer imported {unwanted}"
    assert "pint" not in modules  # no unit registry to scale four frequency prefixes
    made = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"s21_s11.png", "group_delay.png", "monte_carlo.png", "filter.s2p", "filter.cir"} <= made  # no evidence dropped
    assert all((tmp_path / "out" / n).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for n in made if n.endswith(".png"))
