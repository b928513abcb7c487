"""Plots for the chat interfaces: waveforms from a real Icarus VCD, Touchstone S-parameters, Bode tables."""

from __future__ import annotations

import math
import shutil
import signal
from pathlib import Path

import pytest

from chipsmith import plots
from chipsmith.agents.state import Artefact
from chipsmith.core.errors import InputError
from chipsmith.tools.runner import run_command

DATA = Path(__file__).parents[1] / "data" / "ui"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def counter_vcd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("sim")
    for name in ("counter.v", "counter_tb.v"):
        shutil.copy(DATA / name, work)
    assert run_command(["iverilog", "-o", "sim.vvp", "counter.v", "counter_tb.v"], work, timeout=30).returncode == 0
    assert "count=12" in run_command(["vvp", "sim.vvp"], work, timeout=30).output
    return work / "counter.vcd"


def test_read_vcd_gives_each_wire_once_with_its_changes(counter_vcd: Path) -> None:
    traces, end, unit = plots.read_vcd(counter_vcd)
    names = [t.name.split(".")[-1] for t in traces]
    assert sorted(names) == ["clk", "count[3:0]", "en", "rst"]  # the dut's ports are the tb's wires: once each
    count = next(t for t in traces if t.name.endswith("count[3:0]"))
    assert count.width == 4
    values = [int(v, 2) for _, v in count.changes if "x" not in v]
    assert values == list(range(13))  # the counter counts 0..12 while enabled, as the testbench printed
    assert unit == "1 ps" and end == 162_000


def test_waveform_text_shows_the_enable_window(counter_vcd: Path) -> None:
    rows = plots.waveform_text(counter_vcd, width=81, signals=["en", "count"])
    en = next(r for r in rows if r.strip().startswith("en"))
    bits = en.split()[-1]
    rise, fall = bits.index("▔"), bits.rindex("▔") + 1
    # en rises at 22 ns and falls at 142 ns of 162 ns: columns ~11 and ~71 of 81
    assert abs(rise - 22 / 162 * 81) <= 1.5 and abs(fall - 142 / 162 * 81) <= 1.5
    count = next(r for r in rows if "count" in r)
    assert "│0" in count and "│12" in count
    assert rows[-1].rstrip().endswith("162000 (1 ps)")


def test_waveform_png_and_reuse(counter_vcd: Path, tmp_path: Path) -> None:
    png = plots.plot_file(counter_vcd, tmp_path, "vcd")
    assert png is not None and png.read_bytes()[:8] == PNG
    stamp = png.stat().st_mtime_ns
    assert plots.plot_file(counter_vcd, tmp_path, "vcd") == png and png.stat().st_mtime_ns == stamp  # not redrawn
    with pytest.raises(InputError, match="no signal named 'nosuch'"):
        plots.plot_file(counter_vcd, tmp_path, "vcd", ["nosuch"])


def test_specialist_png_is_reused_instead_of_drawing(counter_vcd: Path, tmp_path: Path) -> None:
    own = tmp_path / "counter.png"
    own.write_bytes(PNG + b"specialist")
    arts = [Artefact(name="counter.vcd", kind="vcd", agent="verilog_writer", path=str(counter_vcd)),
            Artefact(name="counter.png", kind="plot", agent="verilog_writer", path=str(own))]
    shown = plots.display_plots(arts, tmp_path / "drawn")
    assert [p for p, _ in shown] == [own] and not (tmp_path / "drawn").exists()
    shown = plots.display_plots(arts[:1], tmp_path / "drawn")
    assert [p.name for p, _ in shown] == ["counter.waveform.png"]
    other = [arts[0], Artefact(name="fft.png", kind="plot", agent="someone_else", path=str(own))]
    assert [p.name for p, _ in plots.display_plots(other, tmp_path / "drawn")] == ["counter.png", "counter.waveform.png"]


def test_touchstone_plot_and_bad_file(tmp_path: Path) -> None:
    png = plots.plot_file(DATA / "lowpass.s2p", tmp_path)
    assert png is not None and png.name == "lowpass.sparams.png" and png.read_bytes()[:8] == PNG
    bad = tmp_path / "broken.s2p"
    bad.write_text("# GHZ S MA R 50\n1 x 3 4 5 6 7 8 9\n")
    with pytest.raises(InputError, match="broken.s2p: not a readable Touchstone file"):
        plots.plot_file(bad, tmp_path)


def test_ac_tables_plain_and_ngspice_wrdata(tmp_path: Path) -> None:
    plain = tmp_path / "bode.csv"
    plain.write_text("freq,mag_db,phase_deg\n10,20,-5\n100,19,-45\n1000,0,-90\n")
    assert plots.read_ac_table(plain) == ([10.0, 100.0, 1000.0], [20.0, 19.0, 0.0], [-5.0, -45.0, -90.0])
    wr = tmp_path / "ac_out.dat"  # ngspice: wrdata ac_out.dat vdb(out) vp(out)
    wr.write_text(" 1.0e1 2.0e1 1.0e1 -7.85398e-01\n 1.0e2 1.7e1 1.0e2 -1.5708e+00\n")
    freq, mag, phase = plots.read_ac_table(wr)
    assert freq == [10.0, 100.0] and mag == [20.0, 17.0]
    assert phase == pytest.approx([-45.0, -90.0], abs=1e-3) and math.isfinite(phase[0])
    png = plots.plot_file(wr, tmp_path)
    assert png is not None and png.name == "ac_out.bode.png" and png.read_bytes()[:8] == PNG
    broken = tmp_path / "bode2.csv"
    broken.write_text("10 20 -5\n100 oops -45\n")
    with pytest.raises(InputError, match=r"bode2.csv:2: not a number"):
        plots.read_ac_table(broken)


def test_what_can_be_plotted() -> None:
    assert plots.plot_kind(Path("a.vcd")) == "waveform"
    assert plots.plot_kind(Path("f.s2p")) == "sparams" and plots.plot_kind(Path("f.s12p")) == "sparams"
    assert plots.plot_kind(Path("x.png")) == "image"
    assert plots.plot_kind(Path("amp_ac.csv")) == "bode"
    assert plots.plot_kind(Path("design.v")) == "" and plots.plot_kind(Path("notes.csv")) == ""


def test_reading_a_vcd_leaves_sigpipe_ignored(counter_vcd: Path) -> None:
    """vcdvcd sets SIGPIPE to its default action on import; a web server would then die on the first closed socket."""
    import vcdvcd  # noqa: F401  (imported first, as another module may have done)

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # what vcdvcd's import did
    try:
        plots.read_vcd(counter_vcd)
        assert signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
