"""The chat's one line per step keeps its columns whatever tools a step ran."""

from __future__ import annotations

from rich.console import Console

from chipsmith.chat_lines import step_line


def _plain(markup: str) -> str:
    con = Console(width=300, color_system=None, record=True)
    con.print(markup)
    return con.export_text()


def test_verdict_column_does_not_move_with_many_tools() -> None:
    one = _plain(step_line("verilog_writer", ["pyslang"], "fail", 1.5, "x"))
    many = _plain(step_line("verilog_writer", ["pyslang", "verilator", "iverilog", "vvp", "yosys"], "fail", 1.5, "x"))
    long = _plain(step_line("verilog_writer", ["a-tool-with-a-very-long-name"], "fail", 1.5, "x"))
    assert one.index(" fail ") == many.index(" fail ") == long.index(" fail ")
    assert "pyslang,+4" in many  # how many more it ran is still said
