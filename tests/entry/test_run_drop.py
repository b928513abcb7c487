"""`chipsmith run --drop` reaches the netlist translator (its refusals name the flag)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from chipsmith.cli import cli

DECK = "* divider\nV1 1 0 DC 1\nR1 1 0 1k\n.control\nop\nprint v(1)\n.endc\n.end\n"


def _run(tmp_path: Path, *extra: str) -> str:
    deck = tmp_path / "d.cir"
    deck.write_text(DECK)
    script = tmp_path / "empty.jsonl"
    script.write_text("")
    res = CliRunner().invoke(cli, ["run", "convert it", "--agent", "netlist_translator", "--input", str(deck), "--to", "spectre",
                                   "--llm", f"script:{script}", "--no-knowledge", "--out", str(tmp_path / "out"),
                                   "--data-dir", str(tmp_path / "data"), *extra])
    return res.output


def test_drop_control_is_a_run_option(tmp_path: Path) -> None:
    out = _run(tmp_path, "--drop", "control")
    assert ".control script left out (asked to drop it)" in out
    assert (tmp_path / "out" / "d.scs").is_file()


def test_without_drop_the_refusal_names_the_flag(tmp_path: Path) -> None:
    out = _run(tmp_path)
    assert "--drop control" in out
    assert not (tmp_path / "out" / "d.scs").exists()
