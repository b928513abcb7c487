"""File names from users and models, made safe to hand to a tool.

A name is never pasted into a script (Yosys gets fixed names, see :mod:`chipsmith.tools.yosys`);
on a command line it must not be read as an option, and it must not carry a control
character, which would split a script line or forge a diagnostic line in a log.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chipsmith.core.errors import InputError


def file_argument(name: Path | str) -> str:
    """A file name as a command-line argument that no tool can take for an option.

    A relative name that starts with anything but a letter, digit, ``_`` or ``.`` (``-tnull``,
    ``+incdir+/etc``) gets ``./`` in front; other names stay as they are, so the tools'
    diagnostics name files as the caller did.
    """
    text = str(name)
    if text and not text.startswith("/") and not (text[0].isalnum() or text[0] in "_."):
        return f"./{text}"
    return text


def refuse_control_characters(names: Sequence[Path | str]) -> None:
    """Raise :class:`InputError` for a name with a newline or another control character."""
    for name in names:
        if any(ord(c) < 32 or ord(c) == 127 for c in str(name)):
            raise InputError(f"file name {str(name)!r} has a control character (rename the file)")
