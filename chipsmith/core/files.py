"""Files safely: atomic replace, names from a model kept inside their directory, and paths named by
inputs kept inside the folders the user chose."""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from chipsmith.core.errors import ChipsmithError, InputError, SandboxViolation


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` so a reader never sees a half-written file.

    The bytes go to a temporary file in the same directory, are flushed to disk,
    then renamed over the target. On failure (disk full, read-only) the target is
    untouched and the temporary file removed.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ChipsmithError(f"cannot write {path}: {exc.strerror or exc} "
                             "(check the directory is writable and the disk not full)") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode() if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise ChipsmithError(f"cannot write {path}: {exc.strerror or exc} "
                             "(check the directory is writable and the disk not full)") from None


def write_json_atomic(path: Path, obj: Any) -> None:
    write_atomic(path, json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n")


def safe_relpath(name: str) -> PurePosixPath:
    """A file name proposed by a model or a user, checked to stay inside its directory.

    Rejects absolute paths, ``..`` components, empty names, NUL bytes and drive letters.
    """
    if not name or "\x00" in name:
        raise SandboxViolation(f"artefact name {name!r} is empty or contains a NUL byte")
    norm = name.replace("\\", "/")
    p = PurePosixPath(norm)
    if p.is_absolute() or (len(norm) > 1 and norm[1] == ":") or norm.startswith("~"):
        raise SandboxViolation(f"artefact name {name!r} is an absolute path; only names inside the output directory are allowed")
    if any(part == ".." for part in p.parts):
        raise SandboxViolation(f"artefact name {name!r} climbs out of the output directory with '..'")
    parts = [part for part in p.parts if part not in ("", ".")]
    if not parts:
        raise SandboxViolation(f"artefact name {name!r} names no file")
    return PurePosixPath(*parts)


def safe_join(base: Path, name: str) -> Path:
    """``base / name`` after :func:`safe_relpath`, also refusing symlinks that lead outside."""
    rel = safe_relpath(name)
    target = (Path(base) / rel).resolve()
    root = Path(base).resolve()
    if target != root and root not in target.parents:
        raise SandboxViolation(f"artefact name {name!r} resolves outside {root}")
    return target


# -- paths named by inputs ------------------------------------------------------------------------------
#
# One rule for every path that comes from an input file, a request or an upload: it is read
# relative to the folder of the file that names it, and after every symlink is resolved it must
# still lie inside that folder (or a directory the user named on the command line). A link that
# leads out is refused like a '..' that leads out: both would let a file someone else wrote make
# the host read what its author could not.

_CONTROL = {chr(c) for c in range(0x20)} | {"\x7f"} | {chr(c) for c in range(0x80, 0xA0)}
# Bidi overrides and isolates reorder what a reader sees (U+202E shows "evil.v" for "v.live"),
# and zero-width characters hide in a name; none belongs in a file name a person must check.
_INVISIBLE = {"\u061c", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2028", "\u2029", "\u202a", "\u202b",
              "\u202c", "\u202d", "\u202e", "\u2060", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff"}


def unsafe_name_chars(name: str) -> list[str]:
    """The control, bidi-override and invisible characters in ``name``, as ``U+XXXX`` codes."""
    return [f"U+{ord(ch):04X}" for ch in name if ch in _CONTROL or ch in _INVISIBLE]


def safe_file_name(name: str, fallback: str = "upload") -> str:
    """``name`` reduced to one harmless path component: no directory part, no control, bidi or
    invisible characters (each becomes ``_``), no leading dots. Used for names a person will see."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join("_" if (ch in _CONTROL or ch in _INVISIBLE) else ch for ch in base).strip().lstrip(".")
    return cleaned[:200] or fallback


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def confined_path(name: object, base: Path, *, key: str, where: str, roots: Sequence[Path] = (),
                  kind: Literal["file", "dir"] = "file") -> Path:
    """The resolved path of ``name`` (a value under ``key`` in the input ``where``), kept inside
    ``base`` (the input's own folder) or one of ``roots``.

    Relative names are read from ``base``. Every symlink is resolved first and the result checked
    afterwards, so neither ``..`` nor a link can lead out. The path must exist and be a regular
    file (``kind="file"``) or a directory; a FIFO or device would block or never end. Raises
    :class:`InputError` naming ``where``, ``key`` and what to do.
    """
    text = str(name) if name is not None else ""
    if not text.strip():
        raise InputError(f"{where}: {key}: no path given")
    bad = unsafe_name_chars(text)
    if bad:
        raise InputError(f"{where}: {key}: the path contains control or invisible characters ({', '.join(bad)}); "
                         "rename the file to plain characters")
    allowed = [Path(base).resolve()] + [Path(r).resolve() for r in roots]
    target = (Path(base) / Path(text).expanduser()).resolve()  # an absolute name replaces base, then is checked
    if not any(_inside(target, root) for root in allowed):
        folders = " or ".join(str(r) for r in allowed)
        raise InputError(f"{where}: {key}: {text} leads outside {folders} (through '..', an absolute path or a symlink); "
                         "copy the file into that folder and name it relative to it")
    try:
        st = target.stat()
    except OSError:
        raise InputError(f"{where}: {key}: {text} not found (looked for {target})") from None
    if kind == "file" and not stat.S_ISREG(st.st_mode):
        raise InputError(f"{where}: {key}: {text} is not a regular file")
    if kind == "dir" and not stat.S_ISDIR(st.st_mode):
        raise InputError(f"{where}: {key}: {text} is not a directory")
    return target


def read_regular(path: Path, *, max_bytes: int, what: str) -> bytes:
    """The bytes of ``path`` if it is a regular file no bigger than ``max_bytes``, opened without
    following a final symlink and without blocking on a FIFO; InputError otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{what}: {path} is a symbolic link; give the file itself") from None
        raise InputError(f"{what}: cannot read {path} ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{what}: {path} is not a regular file")
        if st.st_size > max_bytes:
            raise InputError(f"{what}: {path} is {st.st_size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.1f} MB limit")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{what}: {path} is more than the {max_bytes / 1e6:.1f} MB limit")
    return data
