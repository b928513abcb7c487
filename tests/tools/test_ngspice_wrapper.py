"""The ngspice wrapper: command building without the binary, parsing with real runs on tiny decks."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from chipsmith.tools.ngspice import Ngspice, parse_run, read_wrdata, with_control
from chipsmith.tools.runner import RunOutcome

DATA = Path(__file__).parents[1] / "data" / "ngspice"
needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")

RC = """rc low-pass
V1 in 0 DC 1 AC 1
R1 in out {r}
C1 out 0 1n
.end
"""


def test_command_is_batch_mode_on_the_deck() -> None:
    assert Ngspice(binary="/opt/ng/bin/ngspice").command() == ["/opt/ng/bin/ngspice", "-b", "deck.cir"]


def test_control_block_replaces_the_decks_own_and_ends_in_quit() -> None:
    deck = "t\nR1 a 0 1\n.control\nshow all\n.endc\n.end\n"
    text = with_control(deck, ["op", "print v(a)"])
    assert "show all" not in text
    body = text.split(".control\n")[1].split(".endc")[0].splitlines()
    assert body[-3:] == ["op", "print v(a)", "quit 0"]
    assert text.index(".endc") < text.rindex(".end\n")


def test_decks_own_control_block_gets_quit_added() -> None:
    text = with_control("t\nR1 a 0 1\n.control\nop\n.endc\n.end\n", None)
    assert "op\nquit 0\n.endc" in text


def test_every_control_block_runs_ngspice_on_one_thread() -> None:
    # ngspice's OpenMP default (two spinning threads, whatever OMP_NUM_THREADS says) made two decks
    # side by side take 10-50x their time alone; the setting must precede the first analysis
    for text in (with_control(RC, ["ac dec 5 1 1meg", "print v(out)"]), with_control("t\nR1 a 0 1\n.control\nop\n.endc\n.end\n", None)):
        body = text.split(".control\n")[1].split(".endc")[0].splitlines()
        assert body[0] == "set num_threads=1"


@needs_ngspice
def test_ngspice_waits_passively_when_a_deck_has_no_control_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import chipsmith.tools.runner as runner
    seen: list[dict[str, str] | None] = []
    real = runner.run_command

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(kwargs.get("env"))
        return real(*args, **kwargs)

    monkeypatch.setattr(runner, "run_command", spy)
    res = Ngspice().run(RC.replace("{r}", "1k").replace(".end", ".op\n.end"), tmp_path / "w")
    assert res.verdict == "ok"
    assert seen and seen[0] is not None and seen[0]["OMP_WAIT_POLICY"] == "PASSIVE"


def test_read_wrdata_pairs_complex_columns(tmp_path: Path) -> None:
    f = tmp_path / "ac.data"
    f.write_text(" frequency v(out) v(out) vdb(out)\n 1e3 0.5 -0.5 -3.0\n 1e4 0.1 -0.2 -13.0\n")
    t = read_wrdata(f)
    assert list(t) == ["frequency", "v(out)", "vdb(out)"]
    assert t["v(out)"][0] == 0.5 - 0.5j and t["vdb(out)"][1] == -13.0


@needs_ngspice
def test_ac_measure_and_vectors_match_the_rc_pole(tmp_path: Path) -> None:
    res = Ngspice().run(RC.format(r="1k"), tmp_path, control=[
        "op", "ac dec 50 1k 10meg", "meas ac f3db when vdb(out)=-3", "wrdata ac vdb(out) v(out)",
        "tran 0.1u 10u", "wrdata tr v(out)"])
    assert res.ok and res.verdict == "ok"
    assert res.measures["f3db"] == pytest.approx(1 / (2 * np.pi * 1e3 * 1e-9), rel=0.01)
    v = res.vector("v(out)", table="ac")
    f = res.vector("frequency")
    assert np.iscomplexobj(v) and len(v) == len(f) > 100
    expected = 1 / (1 + 2j * np.pi * f * 1e-6)
    assert np.allclose(v, expected, rtol=1e-3)
    assert res.vectors["tr/time"][-1] == pytest.approx(10e-6)
    assert Path(res.log_path).exists()


@needs_ngspice
def test_failed_measure_is_absent_with_a_warning(tmp_path: Path) -> None:
    res = Ngspice().run(RC.format(r="1k"), tmp_path, control=["ac dec 10 1k 1meg", "meas ac never when vdb(out)=-300"])
    assert res.ok
    assert "never" not in res.measures
    assert any(d.code == "measure" and "never" in d.message for d in res.diagnostics)


@needs_ngspice
def test_convergence_failure_is_reported_as_such(tmp_path: Path) -> None:
    deck = ("no operating point\nV1 in 0 DC 1\nR1 in out 1k\nB1 out 0 I = 1e-3*sgn(v(out)-0.5)+1e-3\n"
            ".options noopiter gminsteps=0 srcsteps=0\n.end\n")
    res = Ngspice(timeout=20).run(deck, tmp_path, control=["op", "print v(out)"])
    assert not res.ok and res.verdict == "convergence"
    assert any(d.code == "convergence" for d in res.diagnostics)


@needs_ngspice
def test_netlist_error_names_the_line(tmp_path: Path) -> None:
    res = Ngspice().run("bad\nV1 in 0 DC 1\nQ1 a b c nomodel\n.end\n", tmp_path, control=["op"])
    assert res.verdict == "error" and not res.ok
    assert any(d.line == 3 for d in res.diagnostics if d.severity == "error")


@needs_ngspice
def test_timeout_kills_the_run(tmp_path: Path) -> None:
    # a very long transient with a tiny step: far more than one second of work
    res = Ngspice(timeout=1).run(RC.format(r="1k"), tmp_path, control=["tran 1p 10m 0 1p"])
    assert res.verdict == "timeout" and not res.ok


@needs_ngspice
def test_include_is_resolved_from_the_decks_directory(tmp_path: Path) -> None:
    deck = (DATA / "rc_include.cir").read_text()
    res = Ngspice().run(deck, tmp_path, deck_dir=DATA, control=["op", "wrdata op v(a)"])
    assert res.ok, [str(d) for d in res.diagnostics]
    assert 0.6 < float(res.vector("v(a)")[0]) < 0.8  # a silicon diode drop at ~4 mA


@needs_ngspice
def test_parallel_runs_do_not_collide(tmp_path: Path) -> None:
    sim = Ngspice()
    values = ["1k", "2k", "4k", "8k"]

    def one(i: int) -> float:
        res = sim.run(RC.format(r=values[i]), tmp_path / f"w{i}", control=["ac dec 50 1k 10meg", "meas ac f3db when vdb(out)=-3"])
        return res.measures["f3db"]

    with ThreadPoolExecutor(max_workers=2) as pool:
        got = list(pool.map(one, range(4)))
    for r, f in zip((1e3, 2e3, 4e3, 8e3), got):
        assert f == pytest.approx(1 / (2 * np.pi * r * 1e-9), rel=0.01)


def test_measure_printed_after_a_sweep_progress_line_is_read(tmp_path: Path) -> None:
    # ngspice ends its sweep progress line with a carriage return; the measure printed next shares the line
    deck = with_control(RC.format(r="1k"), ["dc v1 0 1 0.1", "meas dc vmid find v(out) at=0.5"])
    output = "Doing analysis at TEMP = 27.000000\n Reference value :  5.00000e-01\rvmid                =  5.000000e-01\n"
    outcome = RunOutcome(command=["ngspice"], cwd=str(tmp_path), returncode=0, timed_out=False, seconds=0.1, output=output,
                         output_truncated=False, log_path=str(tmp_path / "ngspice.log"), sandbox="none")
    res = parse_run(deck, outcome, tmp_path)
    assert res.measures == {"vmid": 0.5}
    assert res.verdict == "ok"
