"""Every way a SPICE deck could reach the host is refused before ngspice runs, with file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from chipsmith.core.errors import SandboxViolation
from chipsmith.tools.guard.spice import check_control, check_deck
from chipsmith.tools.ngspice import Ngspice

DATA = Path(__file__).parents[1] / "data" / "ngspice"
NET = "t\nV1 a 0 1\nR1 a 0 1k\n"


def _control(*lines: str) -> str:
    return NET + ".control\n" + "\n".join(lines) + "\n.endc\n.end\n"


@pytest.mark.parametrize("line, needle", [
    ("shell rm -rf /", "shell"),
    ("SHELL cat /etc/passwd", "shell"),
    ("echo `id`", "backquote"),
    ("set unixcom", "unixcom"),
    ("set sourcepath = ( /etc )", "sourcepath"),
    ("codemodel /tmp/evil.cm", "codemodel"),
    ("osdi /tmp/evil.osdi", "osdi"),
    ("cd /tmp", "cd"),
    ("aspice other.cir", "aspice"),
    ("rspice other.cir", "rspice"),
    ("edit", "edit"),
    ("gnuplot out v(a)", "gnuplot"),
    ("alias ls shell", "alias"),
    ("circbyline .include /etc/passwd", "circbyline"),
    ("rehash", "rehash"),
    ("frobnicate now", "not on the list"),
    ("source /etc/passwd", "outside"),
    ("load /home/someone/run.raw", "outside"),
    ("source ../other/deck.cir", "relative"),
    ("wrdata /tmp/out.txt v(a)", "outside the work directory"),
    ("write ../../escape.raw", "outside the work directory"),
    ("wrdata ~/out.txt v(a)", "~"),
    ("hardcopy /tmp/plot.ps v(a)", "outside the work directory"),
    ("print v(a) > /tmp/leak.txt", "outside the work directory"),
    ("echo hello >> ../x.txt", "outside the work directory"),
    ("set rawfile=/tmp/x.raw", "rawfile"),
    ("set myfile=/etc/shadow", "outside the work directory"),
    ("wrdata $f v(a)", "variable"),
])
def test_control_vectors_are_refused_with_the_line(line: str, needle: str) -> None:
    with pytest.raises(SandboxViolation) as err:
        check_deck(_control("op", line), name="evil.cir", deck_dir=DATA)
    assert "evil.cir:6:" in str(err.value)
    assert needle in str(err.value)


@pytest.mark.parametrize("card, needle", [
    (".include /etc/passwd", "outside"),
    (".inc '../../../etc/hosts'", "outside"),
    (".lib /usr/share/ngspice/scripts/spinit tt", "outside"),
    (".include ~/models.lib", "outside"),
    (".pre_osdi /tmp/evil.osdi", "OSDI"),
    (".model src filesource (file=\"/etc/passwd\" amploffset=[0])", "outside"),
])
def test_netlist_reads_outside_allowed_dirs_are_refused(card: str, needle: str) -> None:
    with pytest.raises(SandboxViolation) as err:
        check_deck(NET + card + "\n.end\n", name="evil.cir", deck_dir=DATA)
    assert "evil.cir:4:" in str(err.value) and needle in str(err.value)


def test_relative_include_without_a_deck_directory_is_refused() -> None:
    with pytest.raises(SandboxViolation, match="no directory"):
        check_deck(NET + ".include models/diode.lib\n.end\n")


def test_included_files_are_checked_too(tmp_path: Path) -> None:
    (tmp_path / "inner.lib").write_text("* looks harmless\n.control\nshell id\n.endc\n")
    with pytest.raises(SandboxViolation, match="inner.lib:3:.*shell"):
        check_deck(NET + ".include inner.lib\n.end\n", deck_dir=tmp_path)


def test_model_dirs_allow_reads_and_includes_become_absolute(tmp_path: Path) -> None:
    checked = check_deck(NET + ".include " + str(DATA / "models" / "diode.lib") + "\n.end\n", deck_dir=tmp_path,
                         model_dirs=[DATA / "models"])
    assert checked.includes == [(DATA / "models" / "diode.lib").resolve()]
    assert checked.read_dirs == [(DATA / "models").resolve()]
    rel = check_deck(NET + ".include models/diode.lib\n.end\n", deck_dir=DATA)
    assert f'.include "{(DATA / "models" / "diode.lib").resolve()}"' in rel.text


def test_ordinary_analysis_and_output_commands_pass() -> None:
    check_control(["op", "ac dec 20 1 1g", "meas ac gain max vdb(out)", "let x = v(a)*2", "wrdata ac.txt v(out)",
                   "write run.raw", "print v(a) > values.txt", "set wr_vecnames", "if x gt 1", "echo big", "end",
                   "* a comment", "quit 0"])


def test_continuation_lines_are_joined_before_checking() -> None:
    with pytest.raises(SandboxViolation, match="evil.cir:4:"):
        check_deck(NET + ".model src filesource (amploffset=[0]\n+ file=\"/etc/passwd\")\n.end\n", name="evil.cir", deck_dir=DATA)


def test_the_wrapper_refuses_before_running(tmp_path: Path) -> None:
    with pytest.raises(SandboxViolation):
        Ngspice().run(NET + ".end\n", tmp_path, control=["shell touch pwned"])
    assert not (tmp_path / "deck.cir").exists() and not (tmp_path / "pwned").exists()
