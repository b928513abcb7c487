"""Reading YAML a user supplies (tasks, sizing problems, filter specs, suites, cards).

Safe types only, and no aliases: ``*name`` lets a 1 kB file stand for gigabytes once
something walks it ("billion laughs"), and no input of ours needs one. Errors name the
file and line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from chipsmith.core.errors import InputError
from chipsmith.core.files import read_regular

MAX_YAML_BYTES = 4 * 1024 * 1024  # a tasks file or problem is a few kB; a card file a few hundred

_FAST: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def reject_aliases(text: str, where: str) -> None:
    """InputError at the first alias (``*name``) in ``text``; a pass over the events, nothing is built."""
    try:
        for event in yaml.parse(text, Loader=_FAST):
            if isinstance(event, yaml.AliasEvent):
                line = event.start_mark.line + 1 if event.start_mark else 1
                raise InputError(f"{where}:{line}: YAML aliases (*{event.anchor}) are not accepted; "
                                 "write the value out in full")
    except yaml.YAMLError as exc:
        raise _invalid(exc, where) from None


def load_yaml(text: str, where: str, *, loader: type | None = None) -> Any:
    """``text`` parsed with a safe loader (``loader``, a SafeLoader subclass, if given) after
    :func:`reject_aliases`; InputError ``where:line: ...`` for anything that is not valid YAML."""
    reject_aliases(text, where)
    try:
        return yaml.load(text, Loader=loader or _FAST)  # a SafeLoader or a subclass of one
    except yaml.YAMLError as exc:
        raise _invalid(exc, where) from None


def load_yaml_file(path: Path, *, max_bytes: int = MAX_YAML_BYTES, loader: type | None = None) -> Any:
    """The YAML in ``path`` (a regular file, at most ``max_bytes``), read as :func:`load_yaml` does."""
    raw = read_regular(Path(path), max_bytes=max_bytes, what=str(path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text; save the file as UTF-8") from None
    return load_yaml(text, str(path), loader=loader)


def _invalid(exc: yaml.YAMLError, where: str) -> InputError:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else 1
    problem = getattr(exc, "problem", None) or str(exc)
    return InputError(f"{where}:{line}: not valid YAML ({problem})")
