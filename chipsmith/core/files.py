"""Writing files safely: atomic replace, and names from a model kept inside their directory."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any

from chipsmith.core.errors import ChipsmithError, SandboxViolation


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
        raise ChipsmithError(f"cannot write {path}: {exc.strerror or exc} (check the directory is writable and the disk not full)") from None
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
        raise ChipsmithError(f"cannot write {path}: {exc.strerror or exc} (check the directory is writable and the disk not full)") from None


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
