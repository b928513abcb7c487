"""Reading VCD waveforms (vcdvcd): the values of chosen signals over time.

Names are matched without the bit range vcdvcd appends (``tb.out_dut[7:0]`` is ``tb.out_dut``),
by full hierarchical name or by a dotted suffix (``out_dut``, ``top_module1.state``).
"""

from __future__ import annotations

import bisect
import signal as _signal
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_SIGPIPE_BEFORE = _signal.getsignal(_signal.SIGPIPE)
from vcdvcd import VCDVCD  # noqa: E402  (it resets SIGPIPE at import)

# vcdvcd sets SIGPIPE to its default action at import, so one write to a closed socket or
# pipe would kill the whole process (a web server, an eval run); put Python's handling back.
if _signal.getsignal(_signal.SIGPIPE) != _SIGPIPE_BEFORE and _SIGPIPE_BEFORE is not None:
    try:
        _signal.signal(_signal.SIGPIPE, _SIGPIPE_BEFORE)
    except ValueError:  # not the main thread: vcdvcd could not have changed it either
        pass

from chipsmith.core.errors import InputError  # noqa: E402  (after vcdvcd: its import changes SIGPIPE, restored above)
from chipsmith.tools.runner import UnsafeOutput, read_output_text  # noqa: E402

VCD_CAP = 64 << 20  # vcdvcd keeps every change in memory: a larger dump is refused, not parsed


@dataclass
class Trace:
    """One signal: sorted change times and the value (a bit string, ``x``/``z`` kept) after each."""

    name: str
    width: int
    times: list[int]
    values: list[str]

    def at(self, time: int) -> str:
        """The value at ``time`` (after all changes at that time); ``x`` before the first change."""
        i = bisect.bisect_right(self.times, time) - 1
        return self.values[i] if i >= 0 else "x" * max(1, self.width)

    def before(self, time: int) -> str:
        """The value just before ``time`` (the changes at ``time`` not yet applied)."""
        i = bisect.bisect_left(self.times, time) - 1
        return self.values[i] if i >= 0 else "x" * max(1, self.width)

    def changes(self, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
        return [(t, v) for t, v in zip(self.times, self.values) if t >= start and (end is None or t <= end)]


class Waveform:
    """A VCD file opened once; ``trace(name)`` finds a signal by full name or dotted suffix."""

    def __init__(self, path: Path, signals: Iterable[str] | None = None) -> None:
        path = Path(path)
        try:
            # read like any tool output: no link, FIFO or device is followed, the size is capped
            text = read_output_text(path.parent, path.name, VCD_CAP)
        except FileNotFoundError:
            raise InputError(f"no waveform at {path}: the simulation did not write one "
                             "(does the bench call $dumpfile/$dumpvars?)") from None
        except UnsafeOutput as exc:
            raise InputError(f"waveform refused: {exc}") from None
        try:
            self._vcd = VCDVCD(vcd_string=text, store_tvs=True)
        except Exception as exc:  # vcdvcd raises bare exceptions on truncated files
            raise InputError(f"cannot read waveform {path}: {exc} (was the simulation cut short?)") from None
        self.path = path
        self._names = {self._strip(full): full for full in self._vcd.references_to_ids}
        self.end_time = int(self._vcd.endtime) if getattr(self._vcd, "endtime", None) is not None else 0

    @staticmethod
    def _strip(full: str) -> str:
        return full.split("[", 1)[0] if full.endswith("]") else full

    def names(self) -> list[str]:
        return sorted(self._names)

    def find(self, name: str) -> str | None:
        """The full name for ``name`` (exact, else the shortest name ending in ``.name``)."""
        if name in self._names:
            return name
        hits = sorted((n for n in self._names if n.endswith("." + name)), key=lambda n: (n.count("."), n))
        return hits[0] if hits else None

    def trace(self, name: str) -> Trace:
        full = self.find(name)
        if full is None:
            raise InputError(f"signal {name!r} is not in {self.path} (dumped: {', '.join(self.names()[:12])} ...)")
        sig = self._vcd[self._names[full]]
        tv = sig.tv
        width = int(sig.size) if str(sig.size).isdigit() else 1
        return Trace(full, width, [int(t) for t, _ in tv], [str(v) for _, v in tv])

    def scope(self, prefix: str) -> list[str]:
        """Names directly inside the scope ``prefix`` (e.g. ``tb.top_module1``)."""
        depth = prefix.count(".") + 1
        return sorted(n for n in self._names if n.startswith(prefix + ".") and n.count(".") == depth)


def to_int(value: str) -> int | None:
    """A VCD bit string as an integer, None when it holds x or z."""
    v = value.lower()
    if not v or any(c in "xz" for c in v):
        return None
    try:
        return int(v, 2)
    except ValueError:
        return None


def show(value: str, width: int) -> str:
    """A value for people: ``8'h2a`` or ``1'b1``, with x/z kept as bits."""
    n = to_int(value)
    if n is None:
        return f"{width}'b{value.rjust(width, value[0] if value and value[0] in 'xzXZ' else '0')}"
    return f"{width}'b{n}" if width == 1 else f"{width}'h{n:x}"
