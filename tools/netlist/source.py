"""Reading netlist files safely: size and binary checks, include resolution inside allowed directories."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from chipsmith.core.errors import InputError

MAX_BYTES = 16 << 20  # a larger netlist is refused before it is read
MAX_INCLUDE_DEPTH = 16
# subcircuits/sections defined inside one another; real libraries nest two or three deep, and every
# walk over the model (proof, emitters, checks) recurses once per level
MAX_NESTING = 64


def check_nesting(depth: int, where: str) -> None:
    """Refuse a definition opened ``depth`` levels deep once that reaches MAX_NESTING."""
    if depth >= MAX_NESTING:
        raise InputError(f"{where}: definitions nested deeper than {MAX_NESTING} levels (subcircuits or library "
                         "sections inside one another); close the open ones before starting the next")


def read_netlist_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The text of a netlist file, or an InputError for a missing, huge or binary file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc}); check the path") from None
    if not path.is_file():
        raise InputError(f"{path}: not a regular file; give the netlist file itself")
    if size > max_bytes:
        raise InputError(f"{path}:1: netlist is {size / 2**20:.1f} MiB, over the {max_bytes / 2**20:.0f} MiB limit; "
                         "split it into included files or raise the limit")
    data = path.read_bytes()
    return decode_netlist(data, str(path))


def decode_netlist(data: bytes, name: str) -> str:
    """Decode netlist bytes; binary data (NUL bytes, mostly control characters) is an InputError."""
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise InputError(f"{name}:{line}: binary data (NUL byte) in a netlist; give a text SPICE/Spectre/Verilog file")
    eof = data.find(b"\x1a")
    if eof >= 0:  # the DOS end-of-file byte: vendor model files still end with it, and nothing after it counts
        data = data[:eof]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if text:
        sample = text[:65536]
        bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
        if bad > max(8, len(sample) // 100):
            raise InputError(f"{name}:1: binary data ({bad} control characters in the first {len(sample)} bytes); "
                             "give a text netlist")
    return text


def resolve_include(name: str, including: Path | None, allowed_dirs: Sequence[Path], where: str) -> Path | None:
    """The file an include names, which must lie inside the deck's directory or an allowed model directory.

    None when the file exists nowhere (the caller warns: the deck can still be translated);
    an InputError when it exists only outside the allowed directories.
    """
    raw = name.strip().strip("'\"")
    if not raw:
        raise InputError(f"{where}: include with an empty file name")
    roots = [Path(d).resolve() for d in allowed_dirs]
    base = including.parent.resolve() if including is not None else None
    if base is not None:
        roots.insert(0, base)
    cand = Path(raw).expanduser()
    candidates = [cand] if cand.is_absolute() else [r / cand for r in ([base] if base else []) + roots]
    for c in candidates:
        rc = c.resolve()
        if not any(rc == r or r in rc.parents for r in roots):
            continue
        if rc.is_file():
            return rc
    for c in candidates:
        rc = c.resolve()
        if rc.exists() and not any(rc == r or r in rc.parents for r in roots):
            raise InputError(f"{where}: include {raw!r} resolves to {rc}, outside the deck's directory and the "
                             "allowed model directories; copy the file next to the deck or add its directory to model_dirs")
    return None
