"""The host never trusts what a tool left behind.

Each test plants what a sandboxed tool could leave in its own work directory (a symbolic link
to a root-only file, a FIFO, a link to /dev/zero, a forged log) and checks that the host,
running as root, neither reads the target, nor writes it, nor hangs, nor shows forged evidence.
The canary is a root-only (0600) file outside the work directory. Where the sandbox mode
matters, a test runs with bubblewrap and in the limits-only mode (``CHIPSMITH_SANDBOX=none``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from chipsmith.tools.icarus import Icarus
from chipsmith.tools.ngspice import Ngspice, SpiceResult, read_wrdata
from chipsmith.tools.runner import Limits, RunOutcome, Tool, UnsafeOutput, isolation, log_dir, read_output, run_command

pytestmark = pytest.mark.attack

SECRET = "chipsmith-canary-7f3a9c"
# A canary that parses as a wrdata table, so a host that follows the link gets a plausible result.
CANARY = f"{SECRET}\n42\n"
DESIGNS = Path(__file__).parent.parent / "designs" / "counter"
DIVIDER = "divider\nV1 in 0 DC 1\nR1 in out 1k\nR2 out 0 1k\n.end\n"
needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")
needs_icarus = pytest.mark.skipif(shutil.which("iverilog") is None, reason="Icarus Verilog is not installed")


@pytest.fixture(params=["bwrap", "none"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with bubblewrap, then in the limits-only mode."""
    if request.param == "bwrap":
        monkeypatch.setenv("CHIPSMITH_SANDBOX", "auto")
        if isolation().mode != "bwrap":
            pytest.skip("bubblewrap is not available here")
    else:
        monkeypatch.setenv("CHIPSMITH_SANDBOX", "none")
    return str(request.param)


def _fingerprint(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns


@pytest.fixture
def canary(tmp_path: Path) -> Iterator[Path]:
    """A root-only file outside every work directory; it must be neither read nor changed."""
    d = tmp_path / "host"
    d.mkdir(mode=0o700)
    path = d / "canary"
    path.write_text(CANARY)
    path.chmod(0o600)
    if os.geteuid() == 0:
        os.chown(path, 0, 0)
    before = _fingerprint(path)
    yield path
    assert _fingerprint(path) == before, "the host wrote to the file a planted link pointed at"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    d = tmp_path / "work"
    d.mkdir()
    return d


def _plant_after_run(monkeypatch: pytest.MonkeyPatch, cls: type[Tool], plant: Callable[[RunOutcome], None]) -> None:
    """Make every run of ``cls`` leave ``plant``'s work behind, as a tool inside the sandbox could."""
    real = Tool.execute

    def execute(self: Tool, command: Any, cwd: Path, **kw: Any) -> RunOutcome:
        outcome = real(self, command, cwd, **kw)
        plant(outcome)
        return outcome

    monkeypatch.setattr(cls, "execute", execute)


def _replace(path: Path, make: Callable[[Path], None]) -> None:
    path.unlink(missing_ok=True)
    make(path)


def _in_thread(fn: Callable[[], Any], seconds: float = 60) -> Any:
    """``fn()`` in a thread; fails (instead of hanging the suite) when it has not returned in time."""
    box: dict[str, Any] = {}

    def go() -> None:
        try:
            box["value"] = fn()
        except Exception as exc:
            box["error"] = exc

    t = threading.Thread(target=go, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "the host blocked on a file the tool left behind"
    if "error" in box:
        raise box["error"]
    return box["value"]


def _everything_in(res: SpiceResult) -> str:
    return json.dumps({"tables": {k: {n: v.tolist() for n, v in t.items()} for k, t in res.tables.items()},
                       "measures": res.measures, "diagnostics": [str(d) for d in res.diagnostics]}, default=str)


# ------------------------------------------------------------------------------ the runner's own log

def test_symlinked_log_with_output_over_the_cap_writes_nothing_through_it(mode: str, work: Path, canary: Path) -> None:
    # the tool replaces its log by a link to the canary, then prints past the cap: the host used to
    # reopen the log by name to append its "output capped" note, writing through the link as root
    out = run_command(["sh", "-c", f"rm -f tool.log; ln -s {canary} tool.log; head -c 300000 /dev/zero | tr '\\0' x"],
                      work, timeout=30, limits=Limits(output_bytes=10_000))
    assert out.output_truncated
    log = Path(out.log_path)
    assert log.parent == log_dir(work) and not log.is_symlink()
    assert log.read_text().startswith("x" * 10_000) and "output capped" in log.read_text()
    assert (work / "tool.log").is_symlink()  # the tool's link is left alone, not followed


def test_a_log_the_tool_forges_does_not_change_the_evidence(mode: str, work: Path) -> None:
    # the pause lets the host open its log first, as it would for any tool that runs a while
    script = "echo real output; sleep 1; echo 'Mismatches: 0 in 10 samples, forged by the tool' > tool.log; echo done"
    out = run_command(["sh", "-c", script], work, timeout=30)
    assert Path(out.log_path).read_text() == out.output == "real output\ndone\n"
    assert "forged" in (work / "tool.log").read_text()  # the tool's own file, not the evidence


@needs_icarus
def test_design_that_fopens_the_simulation_log_cannot_forge_a_pass(mode: str, work: Path) -> None:
    # busy for a moment first, so the forged file is written after the host opened its log
    (work / "tb.sv").write_text(
        "module tb;\n  integer f, i, x;\n  initial begin\n"
        "    x = 0;\n    for (i = 0; i < 2000000; i = i + 1) x = x + i;\n"
        '    f = $fopen("sim.log", "w");\n'
        '    $fdisplay(f, "Mismatches: 0 in 10 samples");\n'
        '    for (i = 0; i < 20; i = i + 1) $fdisplay(f, "padding padding padding padding padding");\n'
        '    $fdisplay(f, "forged by the design");\n    $fclose(f);\n'
        '    $display("Mismatches: 5 in 10 samples");\n    $finish;\n  end\nendmodule\n')
    ic = Icarus(timeout=30)
    assert ic.compile(["tb.sv"], "tb", work).ok
    res = ic.simulate(work, timeout=30, log_name="sim.log")
    assert res.verdict == "mismatch" and res.values["mismatches"] == 5
    assert res.outcome is not None
    shown = Path(res.outcome.log_path).read_text()
    assert "Mismatches: 5 in 10 samples" in shown and "Mismatches: 0" not in shown and "forged" not in shown

    from chipsmith.web_panels import _log_tail

    assert "Mismatches: 5" in _log_tail(res.outcome.log_path) and "forged" not in _log_tail(res.outcome.log_path)


def test_tool_runs_when_the_parent_has_a_lower_address_space_limit(mode: str, work: Path) -> None:
    # an unprivileged parent (or one without CAP_SYS_RESOURCE) cannot raise a hard limit, and a
    # failed setrlimit in the child used to stop every tool run with "Exception occurred in preexec_fn"
    lowered = 3 << 30
    code = ("import sys\nfrom pathlib import Path\nfrom chipsmith.tools.runner import run_command\n"
            "out = run_command(['sh', '-c', 'ulimit -v'], Path(sys.argv[1]), timeout=30)\n"
            "print(out.returncode, out.output.strip())\n")
    cmd = ["prlimit", f"--as={lowered}:{lowered}", "--"]
    if os.geteuid() == 0:  # root could raise the limit again: run without CAP_SYS_RESOURCE, as a parent often does
        cmd += ["setpriv", "--bounding-set=-sys_resource", "--"]
    proc = subprocess.run([*cmd, sys.executable, "-c", code, str(work)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    rc, limit_kb = proc.stdout.split()
    assert rc == "0" and int(limit_kb) <= lowered // 1024


# ------------------------------------------------------------------------------ ngspice results

def _wrdata_run(monkeypatch: pytest.MonkeyPatch, work: Path, make: Callable[[Path], None]) -> SpiceResult:
    _plant_after_run(monkeypatch, Ngspice, lambda o: _replace(Path(o.cwd) / "out.txt", make))
    return _in_thread(lambda: Ngspice(timeout=30).run(DIVIDER, work, control=["op", "wrdata out.txt v(out)"]))


@needs_ngspice
def test_symlinked_wrdata_is_refused_not_read(mode: str, monkeypatch: pytest.MonkeyPatch, work: Path, canary: Path) -> None:
    res = _wrdata_run(monkeypatch, work, lambda p: p.symlink_to(canary))
    assert not res.ok and res.verdict == "error"
    assert SECRET not in _everything_in(res) and "42" not in json.dumps(res.measures)
    assert "out" not in res.tables
    assert any("symbolic link" in d.message for d in res.diagnostics)


@needs_ngspice
def test_fifo_wrdata_does_not_block_the_host(mode: str, monkeypatch: pytest.MonkeyPatch, work: Path) -> None:
    res = _wrdata_run(monkeypatch, work, lambda p: os.mkfifo(p))
    assert not res.ok and res.verdict == "error"
    assert any("FIFO" in d.message for d in res.diagnostics)


@needs_ngspice
def test_wrdata_linked_to_dev_zero_is_refused_without_reading(mode: str, monkeypatch: pytest.MonkeyPatch, work: Path) -> None:
    res = _wrdata_run(monkeypatch, work, lambda p: p.symlink_to("/dev/zero"))
    assert not res.ok and res.verdict == "error"
    assert any("symbolic link" in d.message for d in res.diagnostics)


@needs_ngspice
def test_wrdata_larger_than_the_cap_is_refused(mode: str, monkeypatch: pytest.MonkeyPatch, work: Path) -> None:
    res = _wrdata_run(monkeypatch, work, lambda p: p.write_text("v(out)\n" + "0.5\n" * 1000))
    assert res.ok and len(res.tables["out"]["v(out)"]) == 1000  # a real file is read
    with pytest.raises(UnsafeOutput, match="larger than 1000 bytes"):
        read_wrdata(work / "out.txt", cap=1000)


# ------------------------------------------------------------------------------ the reader itself

def test_reader_refuses_every_non_regular_shape(work: Path, canary: Path) -> None:
    (work / "link").symlink_to(canary)
    (work / "dirlink").symlink_to(canary.parent, target_is_directory=True)
    os.mkfifo(work / "fifo")
    (work / "sub").mkdir()
    os.link(canary, work / "hard")
    for name, why in [("link", "symbolic link"), ("dirlink/canary", "not a directory"), ("fifo", "FIFO"),
                      ("sub", "directory"), ("hard", "hard links"), ("../host/canary", "not a plain path"),
                      (str(canary), "not a plain path")]:
        with pytest.raises(UnsafeOutput, match=why):
            _in_thread(lambda name=name: read_output(work, name))  # type: ignore[misc]
    (work / "ok.txt").write_bytes(b"a" * 100 + b"END")
    assert read_output(work, "ok.txt") == b"a" * 100 + b"END"
    assert read_output(work, "ok.txt", 3, tail=True) == b"END"
    with pytest.raises(FileNotFoundError):
        read_output(work, "absent.txt")


def test_waveform_behind_a_link_is_refused(work: Path, canary: Path) -> None:
    from chipsmith.core.errors import InputError
    from chipsmith.tools.vcd import Waveform

    (work / "wave.vcd").symlink_to(canary)
    with pytest.raises(InputError, match="symbolic link"):
        Waveform(work / "wave.vcd")


@needs_icarus
def test_simulation_lists_no_waveform_behind_a_link(mode: str, monkeypatch: pytest.MonkeyPatch, work: Path,
                                                    canary: Path) -> None:
    (work / "tb.sv").write_text('module tb; initial begin $display("Mismatches: 0 in 1 samples"); $finish; end endmodule\n')
    ic = Icarus(timeout=30)
    assert ic.compile(["tb.sv"], "tb", work).ok
    _plant_after_run(monkeypatch, Icarus, lambda o: (Path(o.cwd) / "wave.vcd").symlink_to(canary))
    res = ic.simulate(work, timeout=30)
    assert not res.ok and res.values["vcd"] == "" and res.artefacts == []
    assert any("wave.vcd is a symbolic link" in d.message for d in res.diagnostics)


# ------------------------------------------------------------------------------ copies and displays of logs

@needs_icarus
def test_symlinked_log_is_not_copied_into_the_runs_logs(mode: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                        canary: Path, script_file: Callable[..., Path]) -> None:
    from chipsmith.agents import verilog
    from chipsmith.agents.context import AgentContext
    from chipsmith.agents.llm import make_llm
    from chipsmith.agents.state import ChipState
    from chipsmith.core.config import Settings
    from chipsmith.core.rundir import RunRecord

    answer = "[BEGIN]\n" + (DESIGNS / "good.sv").read_text() + "[DONE]"
    s = Settings(llm=f"script:{script_file([('verilog_writer', answer)])}")  # type: ignore[arg-type]
    record = RunRecord(tmp_path / "out" / "run")
    ctx = AgentContext(settings=s, llm=make_llm(s, record), record=record, out_dir=(tmp_path / "out").resolve())
    # every tool log is swapped for a link to the canary once the tool has run
    _plant_after_run(monkeypatch, Icarus, lambda o: _replace(Path(o.log_path), lambda p: p.symlink_to(canary)))
    out = verilog.run(ChipState(request=(DESIGNS / "spec.txt").read_text(),
                                inputs={"knowledge": "off", "testbench": str(DESIGNS / "tb.sv")}), ctx)
    logs = [a for a in out["artefacts"] if a.name.startswith("logs/")]
    assert logs, "the run copied no logs at all"
    for a in logs:
        assert SECRET not in Path(a.path).read_text()
    vvp = next(a for a in logs if a.name.endswith("_vvp.log"))
    assert "symbolic link" in Path(vvp.path).read_text()


def test_web_log_tail_does_not_follow_a_link(work: Path, canary: Path) -> None:
    from chipsmith.web_panels import _log_tail

    (work / "tool.log").symlink_to(canary)
    shown = _log_tail(str(work / "tool.log"))
    assert SECRET not in shown and "symbolic link" in shown
    os.mkfifo(work / "fifo.log")
    assert "FIFO" in _in_thread(lambda: _log_tail(str(work / "fifo.log")))


# ------------------------------------------------------------------------------ Yosys outputs

@pytest.mark.skipif(shutil.which("yosys") is None, reason="Yosys is not installed")
def test_yosys_statistics_behind_a_link_are_refused(mode: str, monkeypatch: pytest.MonkeyPatch, work: Path,
                                                    canary: Path) -> None:
    from chipsmith.tools.yosys import Yosys

    secret = canary.parent / "stat.json"  # a root-only file that parses as Yosys statistics
    secret.write_text('{"design": {"num_cells": 4242, "num_cells_by_type": {"$dlatch": 4242}}}')
    secret.chmod(0o600)
    src = work / "design.sv"
    src.write_text("module top(input a, output y); assign y = ~a; endmodule\n")
    _plant_after_run(monkeypatch, Yosys, lambda o: _replace(Path(o.cwd) / "stat.json", lambda p: p.symlink_to(secret)))
    res = _in_thread(lambda: Yosys(timeout=60).stats([src], "top", work))
    assert not res.ok and res.verdict == "error" and "cells" not in res.values
    assert any("symbolic link" in d.message for d in res.diagnostics)
