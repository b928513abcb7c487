"""Injected faults: each is survived with a clear message and no result lost or half-written."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from chipsmith.api import Session
from chipsmith.core.config import load_settings
from chipsmith.core.errors import ChipsmithError
from chipsmith.core.files import write_atomic, write_json_atomic
from chipsmith.tools.icarus import Icarus
from chipsmith.tools.runner import Limits

pytestmark = pytest.mark.fault


def test_disk_full_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "result.json"
    write_json_atomic(target, {"verdict": "pass"})
    real_fdopen = os.fdopen

    class _Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r": _Full(real_fdopen(fd, mode)))
    with pytest.raises(ChipsmithError, match="No space left on device.*disk not full"):
        write_atomic(target, "x" * 1000)
    monkeypatch.undo()
    assert json.loads(target.read_text()) == {"verdict": "pass"}
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_read_only_run_directory_is_a_clear_error(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    with pytest.raises(ChipsmithError, match="cannot write"):
        write_atomic(ro / "x.json", "{}")


def test_read_only_file_system_is_a_clear_error(tmp_path):
    with pytest.raises(ChipsmithError, match="cannot write /proc/chipsmith"):
        write_atomic(Path("/proc/chipsmith/result.json"), "{}")


def test_damaged_checkpoint_database_is_named_and_others_survive(tmp_path, script_file):
    good = tmp_path / "good"
    script = script_file([("general", "kept")])
    with Session(load_settings(llm=f"script:{script}", data_dir=good), out_dir=tmp_path / "o1", thread_id="keep") as s:
        s.ask("remember me", agent="general", inputs={"knowledge": "off"})
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "checkpoints.sqlite").write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    with pytest.raises(ChipsmithError, match=r"bad/checkpoints.sqlite is damaged"):
        Session(load_settings(llm=f"script:{script}", data_dir=bad), out_dir=tmp_path / "o2")
    with Session(load_settings(llm=f"script:{script}", data_dir=good), out_dir=tmp_path / "o3", thread_id="keep") as s:
        state = s.state()
    assert state is not None and [m.content for m in state.messages] == ["remember me", "kept"]


def test_simulator_killed_by_a_signal_has_its_own_verdict(tmp_path):
    work = tmp_path / "w"
    work.mkdir()
    (work / "tb.sv").write_text("module tb; reg c = 0; always #1 c = ~c; endmodule\n")
    ic = Icarus(limits=Limits(cpu_seconds=1))
    assert ic.compile(["tb.sv"], "tb", work).ok
    res = ic.simulate(work, timeout=30)
    assert res.verdict == "crash" and not res.ok  # neither a pass nor a mismatch nor our timeout


def test_backend_going_away_mid_run_stops_with_one_clear_error(tmp_path):
    settings = load_settings(llm="http://127.0.0.1:9/v1", data_dir=tmp_path / "d", max_retries=1)
    with Session(settings, out_dir=tmp_path / "o", checkpoints=False) as s:
        with pytest.raises(ChipsmithError, match="cannot reach the LLM server at http://127.0.0.1:9/v1"):
            s.ask("What is a latch?", agent="general", inputs={"knowledge": "off"})
    # what the run wrote so far is intact and readable
    assert json.loads((tmp_path / "o/run/settings.json").read_text())["settings"]["llm"].startswith("http")
