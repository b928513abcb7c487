"""Shared fixtures: an isolated data dir and config per test, and a scripted-model helper."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests run derandomised (a fixed seed, the same examples every run) and without
# per-example deadlines, so a busy machine cannot turn them red; HYPOTHESIS_PROFILE=explore
# draws new examples.
settings.register_profile("ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                          print_blob=True)
settings.register_profile("explore", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_report_header() -> str:
    profile = os.environ.get("HYPOTHESIS_PROFILE", "ci")
    return f"hypothesis profile: {profile} ({'derandomised: a fixed seed' if profile == 'ci' else 'random seeds'})"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the user's config or writes the user's data directory."""
    for var in ("CHIPSMITH_LLM", "CHIPSMITH_MODEL", "CHIPSMITH_GGUF", "CHIPSMITH_CONFIG", "CHIPSMITH_DATA_DIR"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("CHIPSMITH_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("CHIPSMITH_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def script_file(tmp_path: Path) -> Callable[[list[tuple[str, str]]], Path]:
    """Write a scripted-model JSONL file from (agent, content) pairs."""

    def make(lines: list[tuple[str, str]]) -> Path:
        path = tmp_path / "script.jsonl"
        path.write_text("".join(json.dumps({"agent": a, "content": c}) + "\n" for a, c in lines))
        return path

    return make


class Spawned:
    """Each process started during a test: (argv, the first chipsmith source file on the stack)."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], str]] = []

    def starters(self) -> set[str]:
        return {who for _, who in self.calls}


@pytest.fixture
def spawned(monkeypatch: pytest.MonkeyPatch) -> Spawned:
    """Record every process this Python starts, and which chipsmith file started it (behaviour, not source text)."""
    import subprocess
    import traceback

    root = Path(__file__).resolve().parents[1]
    record = Spawned()
    real_init = subprocess.Popen.__init__

    def init(self: subprocess.Popen, args: object, *a: object, **kw: object) -> None:  # type: ignore[type-arg]
        argv = [str(x) for x in args] if isinstance(args, (list, tuple)) else [str(args)]
        who = "?"
        for frame in reversed(traceback.extract_stack()[:-1]):
            path = Path(frame.filename).resolve()
            if root in path.parents and path.relative_to(root).parts[0] != "tests":
                who = path.relative_to(root).as_posix()
                break
        record.calls.append((argv, who))
        real_init(self, args, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(subprocess.Popen, "__init__", init)
    return record
