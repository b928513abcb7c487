"""The run directory: everything needed to understand and replay a run.

Layout::

    RUN_DIR/settings.json      settings (API key masked), chipsmith version
    RUN_DIR/versions.json      versions of iverilog, verilator, yosys, ngspice, Python packages
    RUN_DIR/llm_calls.jsonl    every LLM call in order: messages, parameters, response, usage, timing
    RUN_DIR/tool_calls.jsonl   every tool call: command, cwd, exit status, verdict, log path
    RUN_DIR/work/NNN-tool/     each tool's private work directory (the only place the tool can write)
    RUN_DIR/work/NNN-tool.logs/  each tool's raw log, from its own output streams, out of the tool's reach
    RUN_DIR/artefacts/         what the run produced
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from chipsmith.core.files import write_json_atomic


class RunRecord:
    """Appends LLM and tool calls to a run directory; thread-safe."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._tool_seq = 0
        self._llm_seq = self._count_lines(self.llm_calls_path)

    @property
    def llm_calls_path(self) -> Path:
        return self.root / "llm_calls.jsonl"

    @property
    def tool_calls_path(self) -> Path:
        return self.root / "tool_calls.jsonl"

    @property
    def artefact_dir(self) -> Path:
        return self.root / "artefacts"

    @staticmethod
    def _count_lines(path: Path) -> int:
        if not path.exists():
            return 0
        with path.open() as fh:
            return sum(1 for line in fh if line.strip())

    def write_settings(self, settings: dict[str, Any], extra: dict[str, Any] | None = None) -> None:
        from chipsmith import __version__

        data = {"chipsmith": __version__, "settings": settings, "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        data.update(extra or {})
        write_json_atomic(self.root / "settings.json", data)

    def write_versions(self, versions: dict[str, Any]) -> None:
        write_json_atomic(self.root / "versions.json", versions)

    def work_dir(self, tool: str) -> Path:
        """A fresh private work directory for one tool call."""
        with self._lock:
            self._tool_seq += 1
            seq = self._tool_seq
        path = self.root / "work" / f"{seq:04d}-{tool}"
        while path.exists():  # resumed runs keep earlier work directories
            with self._lock:
                self._tool_seq += 1
                seq = self._tool_seq
            path = self.root / "work" / f"{seq:04d}-{tool}"
        path.mkdir(parents=True)
        return path

    def _append(self, path: Path, obj: dict[str, Any]) -> None:
        line = json.dumps(obj, sort_keys=True, default=str) + "\n"
        with self._lock, path.open("a") as fh:
            fh.write(line)
            fh.flush()

    def record_llm(self, call: dict[str, Any]) -> int:
        with self._lock:
            self._llm_seq += 1
            seq = self._llm_seq
        call = {"seq": seq, **call}
        self._append(self.llm_calls_path, call)
        return seq

    def record_tool(self, call: dict[str, Any]) -> None:
        self._append(self.tool_calls_path, call)

    def llm_calls(self) -> list[dict[str, Any]]:
        return read_jsonl(self.llm_calls_path)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not Path(path).exists():
        return []
    out = []
    with Path(path).open() as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out
