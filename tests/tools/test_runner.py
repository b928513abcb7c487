"""The one tool runner: limits, timeouts, output caps, a scrubbed environment, isolation."""

import os
import time
from pathlib import Path

import pytest

from chipsmith.core.errors import ToolError
from chipsmith.tools.runner import Limits, isolation, run_command


def test_timeout_kills_the_whole_process_group(tmp_path):
    marker = tmp_path / "late"
    start = time.monotonic()
    out = run_command(["sh", "-c", f"(sleep 3; touch {marker}) & sleep 30"], tmp_path, timeout=1)
    assert out.timed_out and time.monotonic() - start < 10
    time.sleep(3.5)
    assert not marker.exists()  # the background child died with the group


def test_output_is_capped_not_buffered(tmp_path):
    out = run_command(["sh", "-c", "yes 0123456789 | head -c 5000000"], tmp_path, timeout=20,
                      limits=Limits(output_bytes=10_000))
    assert out.output_truncated and len(out.output) == 10_000 and out.dropped_bytes > 4_000_000
    assert Path(out.log_path).stat().st_size < 20_000


def test_environment_is_scrubbed(tmp_path, monkeypatch):
    monkeypatch.setenv("SECRET_TOKEN", "hunter2")
    out = run_command(["env"], tmp_path, timeout=10)
    assert "hunter2" not in out.output and f"HOME={tmp_path}" in out.output


def test_file_size_limit(tmp_path):
    out = run_command(["sh", "-c", "head -c 3000000 /dev/zero > big"], tmp_path, timeout=10,
                      limits=Limits(file_bytes=1_000_000))
    assert (tmp_path / "big").stat().st_size <= 1_000_000 and out.returncode != 0


def test_missing_binary_is_a_tool_error(tmp_path):
    with pytest.raises(ToolError, match="not installed"):
        run_command(["no-such-simulator-xyz"], tmp_path, timeout=5)


@pytest.mark.skipif(isolation().mode != "bwrap", reason="bubblewrap not available: limits-only mode")
def test_bwrap_hides_host_files_and_network(tmp_path):
    # A real secret in the real home directory: readable by this user, so only the sandbox keeps it out.
    secret = Path.home() / f".chipsmith-test-secret-{os.getpid()}"
    secret.write_text("hunter2-in-the-home-directory\n")
    try:
        assert "hunter2" in Path(secret).read_text()  # the host itself can read it
        out = run_command(["sh", "-c", f"cat {secret}; ls /root /home; cat /etc/shadow; echo > /usr/evil; "
                           "cat < /dev/tcp/127.0.0.1/22; ip link 2>&1 || cat /proc/net/dev"], tmp_path, timeout=10)
    finally:
        secret.unlink()
    assert "hunter2" not in out.output
    assert f"{secret}: No such file" in out.output
    assert "evil" not in os.listdir("/usr")
    # only the loopback device exists in the private network namespace
    assert "eth0" not in out.output and "ens" not in out.output


@pytest.mark.skipif(isolation().mode != "bwrap" or isolation().uid is None, reason="needs bubblewrap started as root")
def test_fork_bomb_is_contained(tmp_path):
    start = time.monotonic()
    marker = f"chipsmith-bomb-{os.getpid()}"
    out = run_command(["sh", "-c", "bomb() { bomb | bomb & }; bomb; sleep 5", marker], tmp_path, timeout=4,
                      limits=Limits(processes=64))
    assert time.monotonic() - start < 15
    assert "fork" in out.output.lower() or "resource" in out.output.lower() or out.timed_out
    # the host still forks, and no sandbox process survived the run
    import subprocess

    left = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True).stdout.split()
    assert left == []


def test_no_tool_runs_outside_the_runner(tmp_path, spawned):
    """Every process the tool wrappers start is started by tools/runner.py (which applies the sandbox
    and the limits): compile, simulate, synthesise, a SPICE run and the version queries of a run record."""
    from chipsmith.tools.icarus import Icarus
    from chipsmith.tools.ngspice import Ngspice
    from chipsmith.tools.versions import tool_version, tool_versions
    from chipsmith.tools.yosys import Yosys

    counter = Path(__file__).parents[1] / "data" / "ui"
    tool_version.cache_clear()
    work = tmp_path / "sim"
    work.mkdir()
    for name in ("counter.v", "counter_tb.v"):
        (work / name).write_text((counter / name).read_text())
    ic = Icarus()
    assert ic.compile(["counter.v", "counter_tb.v"], "counter_tb", work).ok
    ic.simulate(work)
    Yosys().stats([work / "counter.v"], "counter", tmp_path / "syn")
    Ngspice().run("rc\nV1 in 0 DC 1\nR1 in out 1k\nC1 out 0 1n\n.end\n", tmp_path / "sp", control=["op", "print v(out)"])
    tool_versions()
    programs = {Path(argv[0]).name for argv, _ in spawned.calls}
    assert len(spawned.calls) >= 9, spawned.calls  # compile, run, synthesise, simulate, five version queries
    assert spawned.starters() == {"tools/runner.py"}, spawned.calls
    assert programs <= {"bwrap", "iverilog", "vvp", "yosys", "ngspice", "verilator", "setpriv", "prlimit"}, programs


def test_relative_work_directory_and_read_only_parent(tmp_path, monkeypatch):
    """A work dir given relative, inside a directory also mounted read-only, is still writable."""
    monkeypatch.chdir(tmp_path)
    tmp_path.chmod(0o755)  # pytest makes it private; a design directory is normally readable
    (tmp_path / "bench.txt").write_text("x")
    out = run_command(["sh", "-c", "cat $TMPDIR/../bench.txt >/dev/null 2>&1; echo ok > made.txt; mktemp -p \"$TMPDIR\""],
                      Path("w"), timeout=10, read_paths=[tmp_path])
    assert out.returncode == 0, out.output
    assert (tmp_path / "w" / "made.txt").read_text() == "ok\n"


@pytest.mark.skipif(isolation().uid is None, reason="the sandbox runs tools as the caller")
def test_private_input_directory_is_a_clear_error(tmp_path):
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    with pytest.raises(ToolError, match="not readable by the sandbox user.*chmod o\\+rX"):
        run_command(["true"], tmp_path / "w", timeout=5, read_paths=[private])
