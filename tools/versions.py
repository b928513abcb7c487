"""Versions of the external tools and Python packages, for run records and `chipsmith doctor`."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from chipsmith.core.errors import ToolError
from chipsmith.tools.runner import run_command

# tool -> (version flag, Debian package that provides it)
TOOLS: dict[str, tuple[list[str], str]] = {
    "iverilog": (["-V"], "iverilog"),
    "vvp": (["-V"], "iverilog"),
    "verilator": (["--version"], "verilator"),
    "yosys": (["-V"], "yosys"),
    "ngspice": (["-v"], "ngspice"),
}

PACKAGES = ("chipsmith", "langgraph", "openai", "pydantic", "chromadb", "sentence-transformers", "pyslang", "pyverilog",
            "scikit-rf", "xllamacpp", "optuna", "pdfplumber", "numpy", "scipy")


@lru_cache(maxsize=None)
def tool_version(binary: str, key: str) -> str | None:
    """The first line of ``binary``'s version output with a version number, or None if it is missing."""
    if shutil.which(binary) is None:
        return None
    flags = TOOLS[key][0]
    with tempfile.TemporaryDirectory(prefix="chipsmith-version-") as tmp:
        try:
            out = run_command([binary, *flags], Path(tmp) / "work", timeout=20).output  # its log dir stays in tmp
        except ToolError:
            return None
    for line in out.splitlines():
        if re.search(r"\d+\.\d+|ngspice-\d+", line):
            return line.strip().strip("*").strip()
    return out.strip().splitlines()[0] if out.strip() else "unknown"


def tool_versions(binaries: dict[str, str] | None = None) -> dict[str, str | None]:
    binaries = binaries or {k: k for k in TOOLS}
    return {key: tool_version(binaries.get(key, key), key) for key in TOOLS}


def package_versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = None
    return out


def all_versions(binaries: dict[str, str] | None = None) -> dict[str, dict[str, str | None]]:
    return {"tools": tool_versions(binaries), "python": package_versions()}
