"""Versions of the external tools and Python packages, for run records and `chipsmith doctor`."""

from __future__ import annotations

import importlib.metadata
import json
import re
import shutil
import tempfile
from functools import cache
from pathlib import Path

from chipsmith.core.errors import ChipsmithError, ToolError
from chipsmith.core.files import write_json_atomic
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


@cache
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


def _identity(binary: str) -> str | None:
    """What identifies an installed binary: its resolved path, size and modification time."""
    found = shutil.which(binary)
    if found is None:
        return None
    path = Path(found).resolve()
    st = path.stat()
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


def tool_versions(binaries: dict[str, str] | None = None, *, cache: Path | None = None) -> dict[str, str | None]:
    """Each tool's version line. With ``cache`` (a JSON file), a binary that has not changed since it
    was last asked (same path, size and time) is not run again: five sandboxed runs cost a
    noticeable part of a short ``chipsmith run``."""
    binaries = binaries or {k: k for k in TOOLS}
    known: dict[str, str | None] = {}
    if cache is not None:
        try:
            loaded = json.loads(cache.read_text())
            known = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            known = {}
    out: dict[str, str | None] = {}
    changed = False
    for key in TOOLS:
        binary = binaries.get(key, key)
        ident = _identity(binary)
        if ident is not None and f"{key}|{ident}" in known:
            out[key] = known[f"{key}|{ident}"]
            continue
        out[key] = tool_version(binary, key)
        if ident is not None and out[key] is not None:
            known[f"{key}|{ident}"] = out[key]
            changed = True
    if cache is not None and changed:
        try:
            write_json_atomic(cache, known)
        except ChipsmithError:
            pass  # a cache that cannot be written only costs the next run the same few runs
    return out


def package_versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = None
    return out


def all_versions(binaries: dict[str, str] | None = None, *, cache: Path | None = None) -> dict[str, dict[str, str | None]]:
    return {"tools": tool_versions(binaries, cache=cache), "python": package_versions()}
