"""Verilator ``--lint-only -Wall``: a second opinion on lint, in the same Diagnostic type as pyslang.

Verilator prints ``%Warning-CODE: file:line:col: message`` and ``%Error[-CODE]: file:line:col: message``
followed by source excerpts; only those header lines are read. The verdict is ``ok``,
``warnings`` or ``errors`` from the diagnostics, never from the exit status alone (with
``-Wno-fatal`` warnings exit 0; a crash without an ``%Error`` line is ``error``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from chipsmith.core.errors import InputError
from chipsmith.tools.guard.names import file_argument, refuse_control_characters
from chipsmith.tools.guard.verilog import check_sources
from chipsmith.tools.runner import Diagnostic, Limits, Tool, ToolResult

_LINE = re.compile(r"^%(?P<sev>Warning|Error)(?:-(?P<code>[A-Z0-9_]+))?:\s*"
                   r"(?:(?P<file>[^:\s][^:]*):(?P<line>\d+):(?:(?P<col>\d+):)?\s*)?(?P<msg>.*)$")
# Style warnings that say nothing about behaviour in a single-file design.
DEFAULT_SUPPRESS: tuple[str, ...] = ("DECLFILENAME", "UNUSEDSIGNAL", "UNUSEDPARAM", "EOFNEWLINE")


def parse_output(text: str) -> list[Diagnostic]:
    diags: list[Diagnostic] = []
    for raw in text.splitlines():
        m = _LINE.match(raw.strip())
        if not m:
            continue
        msg = m.group("msg").strip()
        if m.group("sev") == "Error" and msg in ("Exiting due to too many errors encountered; --error-limit=50", "Cannot continue"):
            continue
        if msg.startswith("Exiting due to"):
            continue
        diags.append(Diagnostic("verilator", "error" if m.group("sev") == "Error" else "warning", msg,
                                file=m.group("file") or "", line=int(m.group("line") or 0),
                                col=int(m.group("col") or 0), code=m.group("code") or ""))
    return diags


class Verilator(Tool):
    name = "verilator"

    def __init__(self, *, binary: str = "verilator", timeout: float = 30.0, limits: Limits = Limits(),
                 record: object | None = None, suppress: Sequence[str] = DEFAULT_SUPPRESS) -> None:
        super().__init__(timeout=timeout, limits=limits, record=record)  # type: ignore[arg-type]
        self.binary = binary
        self.suppress = tuple(suppress)

    def lint_command(self, sources: Sequence[str], top: str | None = None) -> list[str]:
        cmd = [self.binary, "--lint-only", "-Wall", "-Wno-fatal", "--timing"]
        cmd += [f"-Wno-{code}" for code in self.suppress]
        if top:
            cmd += ["--top-module", top]
        return cmd + [file_argument(s) for s in sources]

    def lint(self, sources: Sequence[Path], workdir: Path, *, top: str | None = None) -> ToolResult:
        """Lint ``sources`` (copied or living in ``workdir``) after the static guard."""
        workdir = Path(workdir).resolve()
        refuse_control_characters(sources)
        paths = [Path(s).resolve() if Path(s).is_absolute() or Path(s).exists() else workdir / s for s in sources]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise InputError(f"Verilog source not found: {missing[0]} (check the path)")
        check_sources(paths, workdir)
        rel = [_rel(p, workdir) for p in paths]
        read_paths = sorted({p.resolve().parent for p in paths if workdir.resolve() not in p.resolve().parents})
        outcome = self.execute(self.lint_command(rel, top), workdir, read_paths=read_paths)
        diags = parse_output(outcome.output)
        errors = [d for d in diags if d.severity == "error"]
        if outcome.timed_out:
            verdict = "timeout"
        elif errors:
            verdict = "errors"
        elif outcome.returncode != 0:
            verdict = "error"
            diags.append(Diagnostic("verilator", "error", f"verilator exited with status {outcome.returncode}: "
                                    + next((ln for ln in outcome.output.splitlines() if ln.strip()), "no output")))
        else:
            verdict = "warnings" if diags else "ok"
        return ToolResult(self.name, verdict in ("ok", "warnings"), verdict, outcome, diags,
                          {"errors": len([d for d in diags if d.severity == "error"]),
                           "warnings": len([d for d in diags if d.severity == "warning"])})


def _rel(path: Path, workdir: Path) -> str:
    try:
        return str(path.resolve().relative_to(workdir.resolve()))
    except ValueError:
        return str(path.resolve())
