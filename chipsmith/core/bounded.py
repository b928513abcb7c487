"""Parsing untrusted documents in a child process with memory, CPU and inflation limits.

A 1 MB PDF can hold a FlateDecode stream that inflates to gigabytes; parsed in the chipsmith
process it takes the host with it. :func:`run_bounded` runs one parsing function in a fresh
Python process with an address-space and a CPU rlimit (never above the limits this process
itself runs under), caps how far compressed PDF streams may inflate, and turns every way the
child can fail into one :class:`InputError` sentence. The host only unpickles chipsmith's own
result types from the child.

The child is started as ``python -m chipsmith.core.bounded``; the request (function and
arguments) goes in on stdin, the pickled outcome comes back on stdout.
"""

from __future__ import annotations

import importlib
import io
import os
import pickle
import resource
import signal
import subprocess
import sys
import tempfile
import zlib
from dataclasses import dataclass
from typing import Any, BinaryIO

from chipsmith.core.errors import InputError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What one child may use: address space, CPU seconds, wall seconds, and PDF inflation."""

    memory_bytes: int = 2048 * MB  # a 49-page vendor datasheet peaks at ~650 MB in pdfplumber
    cpu_seconds: int = 600
    wall_seconds: float = 1200.0
    stream_bytes: int = 64 * MB  # one decompressed PDF stream; page content is rarely above 1 MB
    total_bytes: int = 512 * MB  # all decompressed streams of one document together
    result_bytes: int = 256 * MB  # what the child sends back (and any file it writes)


PDF_LIMITS = Limits()


class InflationLimit(BaseException):
    """A compressed stream inflated past its cap (raised in the child only).

    A BaseException, so a parser's ``except Exception`` cannot swallow it and carry on."""


def run_bounded(target: str, *args: Any, limits: Limits = PDF_LIMITS, what: str = "input", **kwargs: Any) -> Any:
    """``module:function(*args, **kwargs)`` run in a child under ``limits``; its return value.

    An :class:`InputError` raised in the child is raised here with the same message; running out
    of memory, of CPU or of inflation budget, or the child dying, becomes an InputError about
    ``what`` that names the limit.
    """
    request = pickle.dumps({"path": list(sys.path), "target": target, "args": args, "kwargs": kwargs,
                            "limits": limits})
    # The result goes through a file, not a pipe: its size is checked before the host reads it.
    with tempfile.TemporaryFile() as result, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "chipsmith.core.bounded"], stdin=subprocess.PIPE,
                                stdout=result, stderr=err, close_fds=True)
        try:
            proc.communicate(request, timeout=limits.wall_seconds)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise InputError(f"{what}: reading it took more than {limits.wall_seconds:.0f} s; "
                             "split the document or give only the pages you need") from None
        err.seek(0, io.SEEK_END)
        err.seek(max(0, err.tell() - 2000))
        tail = err.read().decode("utf-8", "replace").strip().splitlines()
        too_much = f"{what}: what was read from it is more than the {limits.result_bytes // MB} MB limit"
        if proc.returncode < 0:
            sig = -proc.returncode
            if sig == signal.SIGXCPU:
                raise InputError(f"{what}: reading it used more than the {limits.cpu_seconds} s CPU limit; "
                                 "split the document or give only the pages you need")
            if sig == signal.SIGXFSZ:
                raise InputError(too_much)
            raise InputError(f"{what}: the parser was stopped by {signal.Signals(sig).name} (most often memory: "
                             f"the document needs more than the {limits.memory_bytes // MB} MB limit)")
        if os.fstat(result.fileno()).st_size > limits.result_bytes:
            raise InputError(too_much)
        result.seek(0)
        out = result.read()
    try:
        status, payload = _Unpickler(io.BytesIO(out)).load()
    except Exception:  # the child died before answering, or answered with something not ours
        last = tail[-1] if tail else f"exit status {proc.returncode}"
        raise InputError(f"{what}: the parser failed ({last})") from None
    if status == "ok":
        return payload
    if status == "input":
        raise InputError(payload)
    if status == "inflate":
        raise InputError(f"{what}: PDF too large when decompressed: {payload}")
    if status == "memory":
        raise InputError(f"{what}: PDF too large when decompressed: reading it needs more than the "
                         f"{limits.memory_bytes // MB} MB memory limit")
    raise InputError(f"{what}: the parser failed ({payload})")


class _Unpickler(pickle.Unpickler):
    """Only chipsmith's own types and plain builtins come back from a child."""

    _BUILTINS = {"set", "frozenset", "complex", "bytearray", "slice", "range"}

    def find_class(self, module: str, name: str) -> Any:
        if module.startswith("chipsmith.") or (module == "builtins" and name in self._BUILTINS):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a result type")


# -- the child ---------------------------------------------------------------------------------------------


def _set_limits(limits: Limits) -> None:
    for which, want in ((resource.RLIMIT_AS, limits.memory_bytes), (resource.RLIMIT_CPU, limits.cpu_seconds),
                        (resource.RLIMIT_FSIZE, limits.result_bytes + MB)):
        soft, hard = resource.getrlimit(which)
        cap = want if hard == resource.RLIM_INFINITY else min(want, hard)
        if soft != resource.RLIM_INFINITY:
            cap = min(cap, soft)
        resource.setrlimit(which, (cap, hard))


def _cap_inflation(limits: Limits) -> None:
    """Make pdfminer inflate FlateDecode streams through capped decompressors (PDFium, in C, is
    held by the address-space limit alone)."""
    try:
        from pdfminer import pdftypes
    except ImportError:
        return
    budget = [limits.total_bytes]

    def take(n: int) -> None:
        if n > limits.stream_bytes:
            raise InflationLimit(f"a stream inflates past the {limits.stream_bytes // MB} MB limit")
        if n > budget[0]:
            raise InflationLimit(f"its streams inflate past the {limits.total_bytes // MB} MB limit for one document")

    class _Inflater:
        """zlib's decompressor, stopping at the caps (pdfminer's fallback for damaged streams uses it)."""

        def __init__(self, *a: Any, **k: Any) -> None:
            self._d = zlib.decompressobj(*a, **k)
            self._n = 0

        def decompress(self, data: bytes, max_length: int = 0) -> bytes:
            out = self._d.decompress(data, limits.stream_bytes + 1 - self._n)
            self._n += len(out)
            take(self._n)
            budget[0] -= len(out)
            return out

        def __getattr__(self, name: str) -> Any:
            return getattr(self._d, name)

    class _CappedZlib:
        error = zlib.error
        decompressobj = _Inflater

        @staticmethod
        def decompress(data: bytes, *a: Any, **k: Any) -> bytes:
            d = zlib.decompressobj()
            out = d.decompress(data, limits.stream_bytes + 1)
            take(len(out))
            if not d.eof:  # truncated or damaged: pdfminer's own fallback takes over, as with zlib
                raise zlib.error("incomplete or truncated stream")
            budget[0] -= len(out)
            return out

    pdftypes.zlib = _CappedZlib  # type: ignore[attr-defined,assignment]


def _outcome(exc: BaseException) -> tuple[str, Any]:
    """What the host is told about an exception (its causes first: a parser often wraps them)."""
    chain: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and len(chain) < 20:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    for e in chain:
        if isinstance(e, InflationLimit):
            return ("inflate", str(e))
        if isinstance(e, MemoryError):
            return ("memory", "")
    if isinstance(exc, InputError):
        return ("input", str(exc))
    return ("error", f"{type(exc).__name__}: {exc}"[:500])


def _child(stdin: BinaryIO, stdout: BinaryIO) -> int:
    request = pickle.load(stdin)
    limits: Limits = request["limits"]
    _set_limits(limits)
    sys.path[:] = request["path"]
    outcome: tuple[str, Any]
    try:
        _cap_inflation(limits)
        module, func = request["target"].split(":")
        outcome = ("ok", getattr(importlib.import_module(module), func)(*request["args"], **request["kwargs"]))
    except BaseException as exc:  # reported to the host as one line, never as a traceback
        outcome = _outcome(exc)
    try:
        data = pickle.dumps(outcome)
    except MemoryError:
        data = pickle.dumps(("memory", ""))
    stdout.write(data)
    stdout.flush()
    return 0


def main() -> None:
    # The outcome goes to the real stdout; anything a library prints goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    sys.exit(_child(sys.stdin.buffer, out))


if __name__ == "__main__":
    main()
