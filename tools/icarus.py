"""Icarus Verilog: compile with ``iverilog``, simulate with ``vvp``.

The class only builds commands; :class:`chipsmith.tools.runner.Tool` runs them in a
private work directory under the sandbox with a timeout and a capped log. Verdicts
come from what the tools wrote: ``file:line: error`` diagnostics from the compiler,
and from the simulation log the ``Mismatches: N in M samples`` summary and the
per-output ``Output 'x' has K mismatches. First mismatch occurred at time T.`` hints
that VerilogEval-style test benches print, ``$error``/``$fatal`` lines and ``TIMEOUT``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from chipsmith.core.errors import InputError
from chipsmith.tools.guard.names import file_argument, refuse_control_characters
from chipsmith.tools.runner import Diagnostic, Limits, RunOutcome, Tool, ToolResult, UnsafeOutput, output_exists, output_files

# VerilogEval's Makefile: IVERILOG_COMPILE=iverilog -Wall -Winfloop -Wno-timescale -g2012 -s tb
VERILOGEVAL_FLAGS: tuple[str, ...] = ("-Wall", "-Winfloop", "-Wno-timescale", "-g2012")
DEFAULT_FLAGS: tuple[str, ...] = VERILOGEVAL_FLAGS

_COMPILER_LINE = re.compile(
    r"^(?P<file>[^:\n]+?):(?P<line>\d+):\s*(?:(?P<sev>error|warning|sorry|syntax error)\b:?\s*)?(?P<msg>.*)$"
)
_RUNTIME_LINE = re.compile(r"^(?P<sev>ERROR|FATAL|WARNING|Error|Warning):\s*(?:(?P<file>[^:\n]+?):(?P<line>\d+):\s*)?(?P<msg>.*)$")
_MISMATCHES = re.compile(r"^Mismatches: (?P<n>\d+) in (?P<m>\d+) samples$")
_OUTPUT_MISMATCH = re.compile(
    r"Output '(?P<name>[^']+)' has (?P<k>\d+) mismatches\. First mismatch occurred at time (?P<t>\d+)\."
)
_OUTPUT_CLEAN = re.compile(r"Output '(?P<name>[^']+)' has no mismatches\.")
_FINISHED = re.compile(r"Simulation finished at (?P<t>\d+)")
_VVP_NOISE = re.compile(r"^(VCD info:|FST info:|LXT2 info:|\s+Time: \d+)")


def parse_compiler_output(text: str, tool: str = "iverilog") -> list[Diagnostic]:
    """``file:line: [error|warning|sorry]: message`` lines as diagnostics (others are context, severity info)."""
    diags: list[Diagnostic] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        m = _COMPILER_LINE.match(line)
        if not m or not m.group("file").strip():
            if line.startswith("I give up") or "error(s) during elaboration" in line:
                diags.append(Diagnostic(tool, "error", line))
            continue
        sev = m.group("sev") or ""
        msg = m.group("msg").strip()
        if sev == "syntax error":
            severity, msg = "error", ("syntax error" + (f": {msg}" if msg else ""))
        elif sev in ("error", "sorry"):
            severity = "error"
            msg = f"sorry: {msg}" if sev == "sorry" else msg
        elif sev == "warning":
            severity = "warning"
        elif msg.startswith("syntax error"):
            severity = "error"
        else:
            severity = "info"  # continuation lines: "... is declared here as wire"
        diags.append(Diagnostic(tool, severity, msg, file=m.group("file").strip(), line=int(m.group("line"))))
    return diags


def parse_simulation_output(text: str, *, timed_out: bool = False) -> tuple[dict[str, object], list[Diagnostic]]:
    """Read a vvp log: mismatch counts, per-output first mismatch, ``$display`` lines, errors, TIMEOUT."""
    values: dict[str, object] = {"mismatches": None, "samples": None, "outputs": {}, "displays": [],
                                 "timeout": timed_out, "finished_at": None}
    outputs: dict[str, dict[str, int]] = {}
    displays: list[str] = []
    diags: list[Diagnostic] = []
    for raw in text.splitlines():
        line = raw.rstrip("\r\n")
        if (m := _MISMATCHES.match(line)) is not None:
            values["mismatches"], values["samples"] = int(m.group("n")), int(m.group("m"))
            continue
        if (m := _OUTPUT_MISMATCH.search(line)) is not None:
            outputs[m.group("name")] = {"mismatches": int(m.group("k")), "first_time": int(m.group("t"))}
            continue
        if (m := _OUTPUT_CLEAN.search(line)) is not None:
            outputs[m.group("name")] = {"mismatches": 0, "first_time": -1}
            continue
        if (m := _FINISHED.search(line)) is not None:
            values["finished_at"] = int(m.group("t"))
        if "TIMEOUT" in line:
            values["timeout"] = True
        if (m := _RUNTIME_LINE.match(line)) is not None:
            sev = "warning" if m.group("sev").lower() == "warning" else "error"
            diags.append(Diagnostic("vvp", sev, m.group("msg").strip(), file=m.group("file") or "",
                                    line=int(m.group("line") or 0), code=m.group("sev").upper()))
            continue
        if line.strip() and not _VVP_NOISE.match(line) and len(displays) < 200:
            displays.append(line)
    values["outputs"] = outputs
    values["displays"] = displays
    return values, diags


class Icarus(Tool):
    """``iverilog`` + ``vvp`` with VerilogEval's flags by default."""

    name = "iverilog"

    def __init__(self, *, iverilog: str = "iverilog", vvp: str = "vvp", timeout: float = 30.0,
                 limits: Limits = Limits(), record: object | None = None) -> None:
        super().__init__(timeout=timeout, limits=limits, record=record)  # type: ignore[arg-type]
        self.iverilog = iverilog
        self.vvp = vvp

    # -- command builders (testable without the binaries) ------------------------------------------

    def compile_command(self, sources: Sequence[Path | str], top: str | None, *, output: str = "sim.vvp",
                        flags: Sequence[str] = DEFAULT_FLAGS, include_dirs: Sequence[Path | str] = (),
                        defines: dict[str, str] | None = None) -> list[str]:
        """``iverilog FLAGS [-s top] [-I dir] [-D k=v] -o output sources...`` (sources in the given order)."""
        cmd = [self.iverilog, *flags]
        if top:
            cmd += ["-s", top]
        for inc in include_dirs:
            cmd += ["-I", str(inc)]
        for key, val in (defines or {}).items():
            cmd += [f"-D{key}={val}" if val != "" else f"-D{key}"]
        cmd += ["-o", output, *[file_argument(s) for s in sources]]
        return cmd

    def simulate_command(self, binary: str = "sim.vvp", plusargs: Sequence[str] = ()) -> list[str]:
        """``vvp -n binary [+args]``; ``-n`` makes ``$stop`` finish instead of waiting for a terminal."""
        return [self.vvp, "-n", file_argument(binary), *plusargs]

    # -- running --------------------------------------------------------------------------------------

    def compile(self, sources: Sequence[Path | str], top: str | None, workdir: Path, *,
                flags: Sequence[str] = DEFAULT_FLAGS, output: str = "sim.vvp",
                untrusted: Sequence[Path | str] | None = None, include_dirs: Sequence[Path | str] = (),
                defines: dict[str, str] | None = None, log_name: str = "compile.log") -> ToolResult:
        """Compile ``sources`` into ``workdir/output``.

        ``untrusted`` (default: all sources) go through the static Verilog guard first; sources
        outside ``workdir`` are mounted read-only. The verdict is ``ok``, ``syntax-error`` or
        ``compile-error`` from the diagnostics and whether the binary was written.
        """
        workdir = Path(workdir)
        workdir.mkdir(parents=True, exist_ok=True)
        refuse_control_characters([*sources, *(untrusted or ()), *include_dirs, output])
        paths = [Path(s) if Path(s).is_absolute() else workdir / s for s in sources]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise InputError(f"Verilog source not found: {missing[0]} (check the path)")
        guarded = self._guard(paths if untrusted is None else [Path(u) if Path(u).is_absolute() else workdir / u
                                                              for u in untrusted], workdir, paths)
        read_paths = sorted({p.resolve().parent for p in paths if workdir.resolve() not in p.resolve().parents}
                            | {Path(i).resolve() for i in include_dirs})
        binary = workdir / output
        binary.unlink(missing_ok=True)
        cmd = self.compile_command([self._rel(p, workdir) for p in paths], top, output=output, flags=flags,
                                   include_dirs=include_dirs, defines=defines)
        outcome = self.execute(cmd, workdir, read_paths=read_paths, log_name=log_name)
        diags = parse_compiler_output(outcome.output)
        try:
            wrote = output_exists(workdir, output)
        except UnsafeOutput as exc:
            wrote = False
            diags.append(Diagnostic("iverilog", "error", str(exc)))
        errors = [d for d in diags if d.severity == "error"]
        if outcome.timed_out:
            verdict = "timeout"
        elif any(d.message.startswith("syntax error") for d in errors):
            verdict = "syntax-error"
        elif errors or outcome.returncode != 0 or not wrote:
            verdict = "compile-error"
            if not errors:
                diags.append(Diagnostic("iverilog", "error", _first_line(outcome.output) or
                                        f"iverilog exited with status {outcome.returncode} and wrote no binary"))
        else:
            verdict = "ok"
        values: dict[str, object] = {"binary": str(binary) if verdict == "ok" else "", "guard": guarded,
                                     "errors": len([d for d in diags if d.severity == "error"]),
                                     "warnings": len([d for d in diags if d.severity == "warning"])}
        return ToolResult("iverilog", verdict == "ok", verdict, outcome, diags, values,
                          [str(binary)] if verdict == "ok" else [])

    def simulate(self, workdir: Path, binary: str = "sim.vvp", *, timeout: float | None = None,
                 plusargs: Sequence[str] = (), read_paths: Sequence[Path] = (), log_name: str = "sim.log") -> ToolResult:
        """Run ``vvp`` in ``workdir``; the verdict comes from the log.

        ``pass`` (``Mismatches: 0``), ``mismatch``, ``timeout`` (our kill or the bench's own TIMEOUT
        line), ``error`` (``$error``/``$fatal``/vvp errors), ``crash`` (killed by a signal),
        or ``finished`` for a bench that prints no mismatch summary.
        """
        workdir = Path(workdir)
        if not (workdir / binary).exists():
            raise InputError(f"no compiled simulation {workdir / binary}: compile first (Icarus.compile)")
        outcome = self.execute(self.simulate_command(binary, plusargs), workdir, timeout=timeout,
                               read_paths=read_paths, log_name=log_name)
        values, diags = parse_simulation_output(outcome.output, timed_out=outcome.timed_out)
        names, refused = output_files(workdir, "*.vcd")
        diags += [Diagnostic("vvp", "error", why, code="UNSAFE-OUTPUT") for why in refused]
        vcds = [workdir / n for n in names]
        values["vcd"] = str(vcds[0]) if vcds else ""
        values["returncode"] = outcome.returncode
        verdict = _simulation_verdict(outcome, values, diags)
        return ToolResult("vvp", verdict in ("pass", "finished"), verdict, outcome, diags, values,
                          [str(v) for v in vcds])

    # -- helpers ---------------------------------------------------------------------------------------

    @staticmethod
    def _rel(path: Path, workdir: Path) -> str:
        """Sources inside the work dir by relative name, so logs and diagnostics name them briefly."""
        try:
            return str(path.resolve().relative_to(workdir.resolve()))
        except ValueError:
            return str(path.resolve())

    @staticmethod
    def _guard(paths: Sequence[Path], workdir: Path, context: Sequence[Path]) -> str:
        """Static guard on untrusted sources, preprocessed with every source in compile order (``context``)."""
        if not paths:
            return "skipped"
        try:
            from chipsmith.tools.guard import verilog as guard  # type: ignore[attr-defined]
        except ImportError:
            return "absent"
        guard.check_sources(list(paths), workdir, context=list(context))
        return "checked"


def _first_line(text: str) -> str:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "")


def _simulation_verdict(outcome: RunOutcome, values: dict[str, object], diags: list[Diagnostic]) -> str:
    if values.get("timeout"):
        return "timeout"
    if outcome.crashed:
        return "crash"
    if any(d.severity == "error" for d in diags):
        return "error"
    mism = values.get("mismatches")
    if isinstance(mism, int):
        return "pass" if mism == 0 else "mismatch"
    if outcome.returncode not in (0, None):
        return "error"
    return "finished"
