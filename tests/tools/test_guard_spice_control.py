"""The ngspice guard reads a deck as ngspice 39 does: every shape below got past the old guard.

Each attack aims at a canary outside the work directory (a secret to read, or a file to create);
through the wrapper it must be refused before ngspice starts, under bubblewrap and in the
limits-only mode, and the canary must be untouched afterwards.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.core.errors import SandboxViolation
from chipsmith.tools.guard.spice import check_control, check_deck, lex_control, strip_comment
from chipsmith.tools.ngspice import Ngspice

NET = "t\nV1 a 0 1\nR1 a 0 1k\n"
SECRET = "canary-secret-7c1f"
needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice not installed")


def _control(*lines: str) -> str:
    return NET + ".control\n" + "\n".join(lines) + "\nquit 0\n.endc\n.end\n"


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    """A secret file outside every work directory (and a sibling the attacks try to create)."""
    d = tmp_path / "outside"
    d.mkdir()
    secret = d / "secret.txt"
    secret.write_text(f"echo {SECRET}\nshell touch {d / 'pwned'}\n")
    secret.chmod(0o600)
    return secret


def _attacks(canary: Path) -> dict[str, str]:
    out = canary.parent
    return {
        # second stage: a deck the guard never saw, written at run time and then sourced
        "echo_then_source": _control(f'echo "shell touch {out}/pwned" >> s2.cir', "source s2.cir"),
        "write_then_source": _control("op", "write s2.cir", "source s2.cir"),
        # abbreviations ngspice accepts for .include/.lib (it matches the prefix)
        "incl_abs": NET + f".incl {canary}\n.end\n",
        "inczz_abs": NET + f".inczz {canary}\n.end\n",
        "library_abs": NET + f".library {canary} tt\n.end\n",
        # an include inside .control: the file's lines become control commands
        "incl_in_control": _control(f".incl {canary}"),
        # only the first redirection was checked
        "second_redirection": _control(f"print v(a) > ok.txt > {out}/pwned"),
        "redirect_in_let": _control(f"let x = 1 > {out}/pwned"),
        # quoting and escapes still make a '>' word
        "quoted_redirect": _control(f"print v(a) '>' {out}/pwned"),
        "escaped_redirect": _control(f"print v(a) \\> {out}/pwned"),
        "glued_redirect": _control(f"print v(a)>{out}/pwned"),
        # a variable that becomes '>' after substitution
        "variable_redirect": _control('set r = ">"', f"print v(a) $r {out}/pwned"),
        "predefined_variable": _control("print v(a) $curplottitle pwned"),
        # brace expansion forms words after the lexer ran
        "brace_redirect": _control(f"print v(a) '{{>,{out}/pwned}}'"),
        # netlist forms that are control commands
        "star_hash": NET + f"*# shell touch {out}/pwned\n.end\n",
        "ng_script": f"*ng_script\nshell touch {out}/pwned\n",
        # a comment on the first line hid the continuation from the old guard
        "comment_before_continuation": NET + ".model src filesource (amploffset=[0]) ; note\n"
                                       + f"+ file=\"{canary}\"\n.end\n",
        # source of a file nobody checked
        "source_unchecked": _control(f"source {canary}"),
        "source_relative_unchecked": _control("source other.cir"),
        "mc_source": _control("mc_source"),
        "input_redirection": _control(f"set x < {canary}"),
        "stdin_variable": _control("set x = $<"),
        "spiceinit": _control("print v(a) > .spiceinit"),
        # ngspice's parser compares keywords case-sensitively: `IF` is checked as a command line too
        "uppercase_keyword": _control(f"IF 1 > {out}/pwned"),
    }


ATTACK_NAMES = sorted(_attacks(Path("/x/secret.txt")))


@pytest.mark.parametrize("name", ATTACK_NAMES)
def test_attack_is_refused_by_the_guard(name: str, canary: Path, tmp_path: Path) -> None:
    deck = _attacks(canary)[name]
    deck_dir = tmp_path / "decks"
    deck_dir.mkdir()
    with pytest.raises(SandboxViolation) as err:
        check_deck(deck, name="evil.cir", deck_dir=deck_dir, work_dir=tmp_path / "work")
    assert str(err.value).startswith("evil.cir:")
    assert SECRET not in str(err.value)


@needs_ngspice
@pytest.mark.parametrize("mode", ["bwrap", "none"])
@pytest.mark.parametrize("name", ["echo_then_source", "incl_abs", "incl_in_control", "second_redirection",
                                  "variable_redirect", "source_unchecked", "star_hash", "ng_script"])
def test_attack_never_reaches_the_host(name: str, mode: str, canary: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIPSMITH_SANDBOX", mode)
    work = tmp_path / "work"
    decks = tmp_path / "decks"
    decks.mkdir()
    before = canary.read_bytes()
    with pytest.raises(SandboxViolation) as err:
        Ngspice(timeout=20).run(_attacks(canary)[name], work, deck_dir=decks)
    assert SECRET not in str(err.value)
    assert not (work / "deck.cir").exists()  # refused before anything was written or run
    assert canary.read_bytes() == before
    assert sorted(p.name for p in canary.parent.iterdir()) == ["secret.txt"]


def test_old_guard_shapes_are_still_refused_in_control_lines() -> None:
    for line in ("shell id", "echo hi > x.cir", "snload a b", "use lib.so", "altermod m file=/etc/x"):
        with pytest.raises(SandboxViolation):
            check_control(["op", line])


def test_lexer_matches_ngspice_words() -> None:
    assert lex_control("print v(a)>out.txt") == ["print", "v(a)", ">", "out.txt"]
    assert lex_control("echo '>' \"a > b\" \\> x") == ["echo", ">", '"a > b"', ">", "x"]
    assert lex_control("if a >= b") == ["if", "a", ">=", "b"]
    assert lex_control("let x = $&v[0]") == ["let", "x", "=", "$&v[0]"]
    assert lex_control("print a,b v(c,d)") == ["print", "a", "b", "v(c,d)"]


def test_comments_are_cut_where_ngspice_cuts_them() -> None:
    assert strip_comment("echo A;echo B", control=True) == "echo A"
    assert strip_comment("echo B//echo C", control=True) == "echo B"
    assert strip_comment("echo C$ echo D", control=True) == "echo C"
    assert strip_comment("echo $x y", control=True) == "echo $x y"  # a variable, not a comment
    assert strip_comment("R1 a b 1k $ note", control=False) == "R1 a b 1k"
    assert strip_comment(";shell id", control=True) == ""


def test_plain_variables_set_by_the_deck_pass() -> None:
    check_control(["set n = 5", "foreach f 1k 10k", "let y = $f", "end", "let z = $n * 2", "let w = $&z + 1"])
    with pytest.raises(SandboxViolation, match=r"\$home' is not set by the deck"):
        check_control(["let y = $home"])


def test_chipsmith_control_lines_pass(tmp_path: Path) -> None:
    """What the sizer, the RF verifier, the co-simulation and the datasheet checks emit."""
    check_control(["set wr_vecnames", "set wr_singlescale", "op", "let power = -i(vdd)*1.8", "print power",
                   "ac dec 10 10 10g", "meas ac gain_db max vdb(out)", "wrdata bode v(out)", "wrdata ac0 v(a) v(b)",
                   "tran 1n 1u", "noise v(out) vin dec 10 1 1g", "dc vin 0 1 0.1", "alter r1 = 2k", "run", "reset",
                   "print v(a) > values.txt", "write run.raw", "if power gt 1", "echo big", "end", "quit 0"])


@needs_ngspice
@pytest.mark.parametrize("mode", ["bwrap", "none"])
def test_a_checked_source_runs_and_is_pinned_to_its_checked_path(mode: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIPSMITH_SANDBOX", mode)
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "inner.cir").write_text("inner title\nV1 a 0 2\nR1 a 0 1k\n.control\nop\nprint v(a)\n.endc\n.end\n")
    checked = check_deck(_control("source inner.cir"), deck_dir=decks, work_dir=tmp_path / "work")
    assert f"source {(decks / 'inner.cir').resolve()}" in checked.text
    res = Ngspice(timeout=20).run(_control("source inner.cir"), tmp_path / "work", deck_dir=decks)
    assert res.verdict == "ok" and "v(a) = 2.000000e+00" in res.outcome.output


def test_a_source_inside_the_work_directory_is_refused(tmp_path: Path) -> None:
    """Even a file that exists and looks harmless: the run could rewrite it before sourcing it."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "stage2.cir").write_text("t\n.end\n")
    with pytest.raises(SandboxViolation, match="inside the work directory"):
        check_deck(_control(f"source {work / 'stage2.cir'}"), deck_dir=tmp_path, work_dir=work)


def test_sourced_and_included_files_are_checked_with_the_control_state_they_leave(tmp_path: Path) -> None:
    (tmp_path / "opens.inc").write_text("R2 a 0 1k\n.control\n")
    with pytest.raises(SandboxViolation, match="shell"):
        check_deck(NET + ".include opens.inc\nshell id\n.endc\n.end\n", name="evil.cir", deck_dir=tmp_path)
    (tmp_path / "stage.cir").write_text("title\n.control\nshell id\n.endc\n")
    with pytest.raises(SandboxViolation, match="stage.cir:3:.*shell"):
        check_deck(_control("source stage.cir"), deck_dir=tmp_path)


@needs_ngspice
def test_a_sizing_problems_testbench_lines_go_through_the_guard(canary: Path, tmp_path: Path) -> None:
    import yaml

    from chipsmith.tools.sizing.evaluate import Evaluator
    from chipsmith.tools.sizing.problem import load_problem

    data_dir = Path(__file__).resolve().parents[1] / "data" / "sizer"
    prob_dir = tmp_path / "problem"
    prob_dir.mkdir()
    shutil.copy(data_dir / "cs_amp.cir", prob_dir / "cs_amp.cir")
    shutil.copytree(data_dir / "models", prob_dir / "models")
    data = yaml.safe_load((data_dir / "cs_opt.yaml").read_text())
    data["testbench"] = ["op", f'echo "shell touch {canary.parent}/pwned" >> s2.cir', "source s2.cir"]
    (prob_dir / "p.yaml").write_text(yaml.safe_dump(data))
    problem = load_problem(prob_dir / "p.yaml")
    runs = iter(range(10))
    ev = Evaluator(problem, Ngspice(timeout=20), lambda: tmp_path / f"run{next(runs)}")
    with pytest.raises(SandboxViolation, match="echo"):
        ev.evaluate({name: p.lo for name, p in problem.params.items()})
    assert sorted(p.name for p in canary.parent.iterdir()) == ["secret.txt"]


@needs_ngspice
def test_a_user_deck_in_co_simulation_goes_through_the_guard(canary: Path, tmp_path: Path) -> None:
    from chipsmith.tools.netlist.cosim import cosimulate
    from chipsmith.tools.netlist.spice import parse_spice

    text = NET + f".incl {canary}\n.op\n.end\n"
    net = parse_spice(NET + ".op\n.end\n", "ngspice", file="user.cir")
    cs = cosimulate(text, net, net, tmp_path / "cosim", deck_dir=tmp_path / "decks")
    assert cs.verdict == "source_failed" and "outside the deck's directory" in cs.detail
    assert SECRET not in cs.detail


def test_variable_names_are_spanned_as_ngspice_spans_them() -> None:
    """`$a.b` is the variable 'a.b', not 'a' followed by '.b': setting 'a' does not vouch for it."""
    with pytest.raises(SandboxViolation, match=r"'\$a.b' is not set"):
        check_control(["set a = 1", "print v(a) $a.b pwned"])
    check_control(["set n = 3", "let k = $n + $&n + $#n + $?n + $@r1[resistance]"])


def test_an_include_that_opens_control_does_so_every_time_it_is_included(tmp_path: Path) -> None:
    (tmp_path / "opens.inc").write_text(".control\n")
    (tmp_path / "closes.inc").write_text(".endc\n")
    deck = NET + ".include opens.inc\n.include closes.inc\n.include opens.inc\nshell id\n.endc\n.end\n"
    with pytest.raises(SandboxViolation, match=r"evil.cir:7:.*shell"):
        check_deck(deck, name="evil.cir", deck_dir=tmp_path)


def test_file_attributes_and_options_in_the_netlist(canary: Path, tmp_path: Path) -> None:
    with pytest.raises(SandboxViolation, match="outside"):
        check_deck(NET + f'.model t table2d (filename="{canary}")\n.end\n', deck_dir=tmp_path / "d")
    with pytest.raises(SandboxViolation, match="interactive"):
        check_deck(NET + ".options interactive\n.end\n", deck_dir=tmp_path)
