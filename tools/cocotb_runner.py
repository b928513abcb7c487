"""cocotb test benches in Python, on Icarus, through the sandboxed runner.

cocotb 2.x's own runner (``cocotb_tools.runner``) starts the simulator itself; here its
Icarus recipe is rebuilt as two commands the runner's sandbox runs: ``iverilog`` with a
timescale and the design's top level, then ``vvp -m <cocotb's VPI library> sim.vvp -none`` with
the environment cocotb reads (``COCOTB_TEST_MODULES``, ``COCOTB_TOPLEVEL``, ``GPI_USERS``,
``PYGPI_PYTHON_BIN``, ``COCOTB_RESULTS_FILE``). The only VPI module ever loaded is cocotb's.

The verdict comes from the JUnit results file cocotb writes: each failing test's message,
its simulation time, and the last frame of its traceback (a Python error in the test is a
failing check with its file and line, not a crash of chipsmith). A run without a results
file terminated abnormally, and says so with the end of its log.
"""

from __future__ import annotations

import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chipsmith.core.errors import InputError, ToolError
from chipsmith.tools.guard.names import file_argument, refuse_control_characters
from chipsmith.tools.runner import Limits, RunOutcome, Tool, ToolResult, UnsafeOutput, read_output_text, run_command

RESULTS = "results.xml"
_MODULE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FRAME = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>\S+)')


@dataclass
class CocotbTest:
    name: str
    passed: bool
    message: str = ""
    kind: str = ""  # the exception type of a failure
    sim_time_ns: float | None = None
    frame: str = ""  # the last frame of the traceback: file:line in function, and its source line


@dataclass
class CocotbResults:
    tests: list[CocotbTest] = field(default_factory=list)

    @property
    def failed(self) -> list[CocotbTest]:
        return [t for t in self.tests if not t.passed]


def parse_results(text: str, test_file: str = "") -> CocotbResults:
    """cocotb's JUnit XML: one :class:`CocotbTest` per ``testcase`` (frames in ``test_file`` preferred)."""
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ToolError("the cocotb results file declares a DOCTYPE or entities; it was not read")
    root = ET.fromstring(text)
    out = CocotbResults()
    for case in root.iter("testcase"):
        props = {p.get("name", ""): p.get("value", "") for p in case.iter("property")}
        stop = props.get("sim_time_stop")
        failure = case.find("failure")
        if failure is None:
            failure = case.find("error")
        test = CocotbTest(case.get("name", "?"), failure is None,
                          sim_time_ns=float(stop) if stop not in (None, "") else None)
        if failure is not None:
            test.message = (failure.get("message") or "").strip()
            test.kind = failure.get("type") or ""
            test.frame = last_frame(failure.text or "", test_file)
        out.tests.append(test)
    return out


def last_frame(traceback: str, prefer: str = "") -> str:
    """``file:line in function: source`` of the innermost frame of a Python traceback that lies in
    the file named ``prefer`` (the user's test), else of the innermost frame."""
    lines = traceback.splitlines()
    frames: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        m = _FRAME.match(line)
        if m:
            source = lines[i + 1].strip() if i + 1 < len(lines) and not _FRAME.match(lines[i + 1]) else ""
            name = Path(m.group("file")).name
            frames.append((name, f"{name}:{m.group('line')} in {m.group('func')}" + (f": {source}" if source else "")))
    own = [text for name, text in frames if prefer and name == Path(prefer).name]
    return own[-1] if own else (frames[-1][1] if frames else "")


class CocotbIcarus(Tool):
    """Build with ``iverilog`` and run a cocotb test module under ``vvp``."""

    name = "cocotb"

    def __init__(self, *, iverilog: str = "iverilog", vvp: str = "vvp", timeout: float = 120.0,
                 limits: Limits | None = None, record: object | None = None, timescale: str = "1ns/1ps",
                 seed: int = 1) -> None:
        super().__init__(timeout=timeout, limits=limits or Limits(), record=record)  # type: ignore[arg-type]
        self.iverilog = iverilog
        self.vvp = vvp
        self.timescale = timescale
        self.seed = seed

    def build_command(self, sources: Sequence[str], top: str) -> list[str]:
        return [self.iverilog, "-g2012", "-f", "cmds.f", "-o", "sim.vvp", "-s", top, *[file_argument(s) for s in sources]]

    def test_command(self) -> list[str]:
        from cocotb_tools import config

        return [self.vvp, "-m", config.lib_entry("vpi", "icarus"), "sim.vvp", "-none"]

    def environment(self, test_module: str, top: str, python_path: Sequence[str]) -> dict[str, str]:
        """What cocotb reads at start-up (as ``cocotb_tools.runner`` sets it for Icarus)."""
        import find_libpython
        from cocotb_tools import config

        libpython = find_libpython.find_libpython()
        if libpython is None:
            raise ToolError("cocotb needs the Python shared library (libpython), which was not found")
        return {"GPI_USERS": f"{libpython};{config.pygpi_entry_point()}",
                "PYTHONPATH": os.pathsep.join([*python_path, *[p for p in sys.path if p]]),
                "PYGPI_PYTHON_BIN": sys.executable, "COCOTB_TOPLEVEL": top, "COCOTB_TEST_MODULES": test_module,
                "TOPLEVEL_LANG": "verilog", "COCOTB_RESULTS_FILE": RESULTS, "COCOTB_RANDOM_SEED": str(self.seed),
                "PATH": os.pathsep.join(["/usr/local/bin", "/usr/bin", "/bin", str(config.libs_dir)])}

    def run(self, sources: Sequence[str], test_file: str, top: str, workdir: Path, *,
            untrusted: Sequence[str]) -> tuple[ToolResult, CocotbResults | None]:
        """Build ``sources`` (names in ``workdir``) with ``top`` as the top level and run the tests in ``test_file``."""
        work = Path(workdir).resolve()
        stem = Path(test_file).stem
        if not _MODULE.fullmatch(stem) or Path(test_file).suffix != ".py":
            raise InputError(f"cocotb test {test_file}: name it like a Python module (test_counter.py)")
        refuse_control_characters([*sources, test_file, top])
        from chipsmith.tools.guard.verilog import check_sources

        check_sources([work / u for u in untrusted], work, context=[work / s for s in sources])
        (work / "cmds.f").write_text(f"+timescale+{self.timescale}\n")
        (work / RESULTS).unlink(missing_ok=True)
        build = self.execute(self.build_command(sources, top), work, log_name="cocotb-build.log")
        if build.returncode != 0 or build.timed_out:
            first = next((ln for ln in build.output.splitlines() if ln.strip()), f"status {build.returncode}")
            return ToolResult(self.name, False, "compile-error" if not build.timed_out else "timeout", build,
                              values={"first_error": first}), None
        outcome = self._run_test(work, stem, top)
        try:
            text = read_output_text(work, RESULTS, cap=4 << 20)
        except FileNotFoundError:
            tail = "\n".join(outcome.output.splitlines()[-8:])
            verdict = "timeout" if outcome.timed_out else "no-results"
            return ToolResult(self.name, False, verdict, outcome, values={"log_tail": tail}), None
        except UnsafeOutput as exc:
            return ToolResult(self.name, False, "error", outcome, values={"log_tail": str(exc)}), None
        results = parse_results(text, test_file)
        ok = bool(results.tests) and not results.failed
        return ToolResult(self.name, ok, "pass" if ok else "fail", outcome,
                          values={"tests": len(results.tests), "failed": len(results.failed)}), results

    def _run_test(self, work: Path, module: str, top: str) -> RunOutcome:
        import cocotb

        # the interpreter, its standard library and cocotb must be readable inside the sandbox
        reads = sorted({Path(sys.prefix), Path(sys.base_prefix), Path(cocotb.__file__).resolve().parents[1]})
        outcome = run_command(self.test_command(), work, timeout=self.timeout, limits=self.limits, read_paths=reads,
                              env=self.environment(module, top, [str(work)]), log_name="cocotb-test.log")
        if self.record is not None:
            self.record.record_tool({"tool": self.name, "command": outcome.command, "cwd": outcome.cwd,
                                     "returncode": outcome.returncode, "timed_out": outcome.timed_out,
                                     "signal": outcome.signal, "seconds": round(outcome.seconds, 4),
                                     "log_path": outcome.log_path, "sandbox": outcome.sandbox})
        return outcome
