"""Uploads: no symlink is followed, no FIFO read, no name with control or bidi characters kept (issue 15)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from chipsmith.core.config import load_settings
from chipsmith.core.errors import InputError
from chipsmith.web_service import ChatService

pytestmark = pytest.mark.attack

CANARY = "CANARY-upload-93b1"


@pytest.fixture
def service(tmp_path: Path) -> ChatService:
    return ChatService(load_settings(llm="script:none", data_dir=tmp_path / "data"), knowledge=False)


def _all_text(root: Path) -> str:
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file())


def test_a_symlinked_upload_is_refused_and_nothing_is_copied(service: ChatService, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(f"// {CANARY}\nmodule m; endmodule\n")
    os.chmod(secret, 0o600)
    link = tmp_path / "upload" / "design.v"
    link.parent.mkdir()
    link.symlink_to(secret)
    tid = service.new_thread_id()
    with pytest.raises(InputError, match="symbolic link"):
        service.accept_upload(tid, link)
    assert CANARY not in _all_text(service.conversation_dir(tid))


def test_a_fifo_upload_is_refused_without_blocking(service: ChatService, tmp_path: Path) -> None:
    fifo = tmp_path / "design.v"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        service.accept_upload(service.new_thread_id(), fifo)


@pytest.mark.parametrize("name, code", [("counter\u202ev.exe.v", "U+202E"), ("tb\nmodule_x.v", "U+000A"),
                                        ("a\x1b[2Jb.v", "U+001B"), ("z\u2066w.sv", "U+2066")])
def test_names_with_control_or_bidi_characters_are_refused_and_shown_safely(
        service: ChatService, tmp_path: Path, name: str, code: str) -> None:
    f = tmp_path / name
    f.write_text("module m; endmodule\n")
    tid = service.new_thread_id()
    with pytest.raises(InputError, match=code.replace("+", r"\+")) as err:
        service.accept_upload(tid, f)
    message = str(err.value)
    assert name not in message and not any(ch in message for ch in "\u202e\n\x1b\u2066")
    assert not (service.conversation_dir(tid) / "uploads").exists() or not list((service.conversation_dir(tid) / "uploads").iterdir())


def test_the_chat_shows_the_refusal_as_a_message(service: ChatService, tmp_path: Path) -> None:
    f = tmp_path / "evil\u202ev.v"
    f.write_text("module m; endmodule\n")
    views: list[Any] = list(service.turn(service.new_thread_id(), "check this", [str(f)], [], "general"))
    shown = str(views[-1].messages)
    assert "U+202E" in shown and "\u202e" not in shown
