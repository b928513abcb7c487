"""The terminal chat keeps each turn's files in its own folder too; /show NAME opens the newest."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from chipsmith.chat import ChatApp
from chipsmith.core.config import load_settings


def test_two_turns_two_folders_and_show_takes_the_newest(tmp_path: Path, script_file: Callable[..., Path]) -> None:
    lines = iter(["1 GHz low-pass, 0.5 dB ripple, 40 dB rejection at 2 GHz, 50 ohm",
                  "2 GHz low-pass, 0.5 dB ripple, 40 dB rejection at 4 GHz, 50 ohm", "/files", "/show filter.cir"])

    def read(prompt: str) -> str:
        try:
            return next(lines)
        except StopIteration:
            raise EOFError from None

    buf = io.StringIO()
    app = ChatApp(load_settings(llm=f"script:{script_file([])}", data_dir=tmp_path / "data"),
                  console=Console(file=buf, width=200, color_system=None), read_line=read, agent="rf_designer", knowledge=False)
    app.run()
    out = buf.getvalue()
    conv = app.session.out_dir
    first, second = conv / "turn-01" / "filter.cir", conv / "turn-02" / "filter.cir"
    assert first.is_file() and second.is_file() and first.read_text() != second.read_text()
    assert "turn-01/filter.cir" in out and "turn-02/filter.cir" in out  # /files names both
    only_second = [ln for ln in second.read_text().splitlines() if ln.strip() and ln not in first.read_text()]
    only_first = [ln for ln in first.read_text().splitlines() if ln.strip() and ln not in second.read_text()]
    assert only_second and only_first
    assert only_second[0].strip() in out and only_first[0].strip() not in out  # /show printed the newest turn's file
