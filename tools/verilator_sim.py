"""Verilator as a simulator: ``verilator --binary`` builds the bench and design, the binary runs them.

Icarus 11 cannot run concurrent assertions (SVA); Verilator 5 can (``--assert --timing``), so a
bench with ``assert property`` runs here. The class only builds commands; the runner's sandbox
runs them (the C++ build too). Verdicts are read by :mod:`chipsmith.tools.tb_verdict`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chipsmith.tools.guard.names import file_argument, refuse_control_characters
from chipsmith.tools.guard.verilog import check_sources
from chipsmith.tools.runner import Diagnostic, Limits, Tool, ToolResult, UnsafeOutput, output_exists
from chipsmith.tools.verilator import parse_output

EXECUTABLE = "Vsim"
OBJ_DIR = "obj_dir"
# A C++ build of a small design takes 10-30 s on a busy two-core machine; the run itself is fast.
BUILD_TIMEOUT = 600.0


class VerilatorSim(Tool):
    """``verilator --binary --assert --timing`` and the binary it builds."""

    name = "verilator-sim"

    def __init__(self, *, binary: str = "verilator", timeout: float = 60.0, build_timeout: float = BUILD_TIMEOUT,
                 limits: Limits | None = None, record: object | None = None) -> None:
        super().__init__(timeout=timeout, limits=limits or Limits(), record=record)  # type: ignore[arg-type]
        self.binary = binary
        self.build_timeout = build_timeout

    def build_command(self, sources: Sequence[str], top: str) -> list[str]:
        """The build: warnings never stop it (lint is a separate step), one make job (two cores are shared)."""
        return [self.binary, "--binary", "--assert", "--timing", "-Wno-fatal", "-Wno-lint", "-Wno-style",
                "-j", "1", "--top-module", top, "--Mdir", OBJ_DIR, "-o", EXECUTABLE,
                *[file_argument(s) for s in sources]]

    def run_command(self, workdir: Path, plusargs: Sequence[str] = ()) -> list[str]:
        return [str(Path(workdir).resolve() / OBJ_DIR / EXECUTABLE), *plusargs]

    def build(self, sources: Sequence[str], top: str, workdir: Path, *, untrusted: Sequence[str]) -> ToolResult:
        """Build ``sources`` (names in ``workdir``); ``untrusted`` go through the static guard first."""
        work = Path(workdir).resolve()
        refuse_control_characters([*sources, top])
        check_sources([work / u for u in untrusted], work, context=[work / s for s in sources])
        outcome = self.execute(self.build_command(sources, top), work, timeout=self.build_timeout,
                               log_name="verilator-build.log")
        diags = parse_output(outcome.output)
        try:
            built = output_exists(work, f"{OBJ_DIR}/{EXECUTABLE}")
        except UnsafeOutput as exc:
            built = False
            diags.append(Diagnostic("verilator", "error", str(exc)))
        errors = [d for d in diags if d.severity == "error"]
        verdict = "timeout" if outcome.timed_out else ("ok" if built and not errors else "compile-error")
        if verdict == "compile-error" and not errors:
            diags.append(Diagnostic("verilator", "error", f"verilator exited with status {outcome.returncode} and "
                                                          "built no simulation"))
        return ToolResult(self.name, verdict == "ok", verdict, outcome, diags,
                          {"errors": len([d for d in diags if d.severity == "error"])})

    def simulate(self, workdir: Path, *, plusargs: Sequence[str] = (), timeout: float | None = None) -> ToolResult:
        """Run the built simulation; the verdict here is only how it ended (``finished``, ``timeout``, ``crash``,
        ``exit-N``): what the bench said is read from the output."""
        work = Path(workdir).resolve()
        outcome = self.execute(self.run_command(work, plusargs), work, timeout=timeout, log_name="verilator-sim.log")
        if outcome.timed_out:
            verdict = "timeout"
        elif outcome.crashed and outcome.signal != 6:  # SIGABRT is how a Verilated model stops on $stop or an error
            verdict = "crash"
        else:
            verdict = "finished" if outcome.returncode == 0 else f"exit-{outcome.returncode}"
        return ToolResult(self.name, verdict == "finished", verdict, outcome, [], {"returncode": outcome.returncode})
