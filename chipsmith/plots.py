"""Plots for people: waveforms from VCD files, Bode plots, S-parameters.

Everything renders with matplotlib's Agg backend (no display needed, safe in
threads of a web server) into PNG files next to the data they show. A PNG a
specialist already wrote is reused instead of drawing a second one.
"""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from chipsmith.core.errors import InputError

if TYPE_CHECKING:
    from chipsmith.agents.state import Artefact

# pyplot keeps global state; one figure at a time keeps concurrent web sessions apart.
_PLOT_LOCK = threading.Lock()

PLOT_SUFFIXES = (".png", ".svg", ".jpg", ".jpeg")
TOUCHSTONE_SUFFIXES = (".s1p", ".s2p", ".s3p", ".s4p")
AC_TABLE_SUFFIXES = (".csv", ".dat", ".txt")


@dataclass
class Trace:
    """One signal of a VCD file: its full name, width and (time, value) changes."""

    name: str
    width: int
    changes: list[tuple[int, str]]

    def value_at(self, t: int) -> str:
        value = "x"
        for time, v in self.changes:
            if time > t:
                break
            value = v
        return value


def _pyplot():  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def keep_sigpipe_ignored() -> None:
    """Undo vcdvcd's import-time ``signal(SIGPIPE, SIG_DFL)``.

    With the default action, one write to a socket a browser has closed kills the whole
    process (the web chat, every conversation in it). Python ignores SIGPIPE and raises
    BrokenPipeError instead; this puts that back. Only the main thread may set handlers.
    """
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGPIPE) == signal.SIG_DFL:
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)


def read_vcd(path: Path, signals: Sequence[str] | None = None, max_signals: int = 16) -> tuple[list[Trace], int, str]:
    """The traces of a VCD file (optionally only ``signals``, matched by full or short name), its end time and time unit."""
    from vcdvcd import VCDVCD

    keep_sigpipe_ignored()

    path = Path(path)
    try:
        vcd = VCDVCD(str(path), store_tvs=True)
    except (OSError, ValueError, IndexError, KeyError) as exc:
        raise InputError(f"{path}: not a readable VCD file ({exc})") from None
    names = list(vcd.references_to_ids.keys())
    if not names:
        raise InputError(f"{path}: the VCD file declares no signals; dump some with $dumpvars")
    if signals:
        wanted: list[str] = []
        for s in signals:
            hits = [n for n in names if n == s or n.split(".")[-1].split("[")[0] == s]
            if not hits:
                raise InputError(f"{path}: no signal named {s!r}; it has {', '.join(_short(n) for n in names[:12])}")
            wanted.extend(h for h in hits if h not in wanted)
        names = wanted
    traces: list[Trace] = []
    seen_ids: set[str] = set()
    for name in names:
        ident = vcd.references_to_ids[name]
        if ident in seen_ids:  # the same net seen from several scopes: show it once
            continue
        seen_ids.add(ident)
        sig = vcd[name]
        trace = Trace(name=name, width=int(sig.size), changes=[(int(t), str(v)) for t, v in sig.tv])
        # a port shows up once per scope with its own id; the same name and changes are the same wire
        if any(_short(t.name) == _short(name) and t.changes == trace.changes for t in traces):
            continue
        traces.append(trace)
        if len(traces) >= max_signals:
            break
    end = max([int(vcd.endtime or 0)] + [c[-1][0] for c in (t.changes for t in traces) if c])
    return traces, end, _time_unit(getattr(vcd, "timescale", None))


def _time_unit(timescale: object) -> str:
    """The VCD's time unit as text ("1 ps"), or "VCD units" when the file does not say."""
    if isinstance(timescale, dict) and timescale.get("unit"):
        return f"{timescale.get('magnitude', 1)} {timescale['unit']}"
    return "VCD units"


def _short(name: str) -> str:
    return name.split(".")[-1]


def _bus_label(value: str, width: int) -> str:
    if any(c in value.lower() for c in "xz"):
        return value.lower()[0]
    try:
        n = int(value, 2)
    except ValueError:
        return value
    return f"{n:X}" if width > 4 else str(n)


def waveform_png(vcd: Path, out: Path, signals: Sequence[str] | None = None, max_signals: int = 16) -> Path:
    """Draw the signals of ``vcd`` as a digital waveform (buses with their values in hex) into ``out``."""
    traces, end, unit = read_vcd(vcd, signals, max_signals)
    end = max(end, 1)
    with _PLOT_LOCK:
        plt = _pyplot()
        fig, axes = plt.subplots(len(traces), 1, figsize=(10, 0.6 * len(traces) + 1.0), sharex=True, squeeze=False)
        for ax, tr in zip(axes[:, 0], traces):
            changes = tr.changes + [(end, tr.changes[-1][1] if tr.changes else "x")]
            if tr.width == 1:
                xs, ys, unknown = [], [], []
                for (t0, v), (t1, _) in zip(changes, changes[1:]):
                    level = 1.0 if v == "1" else 0.0 if v == "0" else 0.5
                    xs += [t0, t1]
                    ys += [level, level]
                    if v not in ("0", "1"):
                        unknown.append((t0, t1))
                ax.plot(xs, ys, color="tab:green", linewidth=1.2)
                for t0, t1 in unknown:
                    ax.axvspan(t0, t1, color="tab:red", alpha=0.25, linewidth=0)
            else:
                for (t0, v), (t1, _) in zip(changes, changes[1:]):
                    colour = "tab:red" if any(c in v.lower() for c in "xz") else "tab:blue"
                    ax.fill_between([t0, t1], 0.1, 0.9, color=colour, alpha=0.15, linewidth=0)
                    ax.plot([t0, t1], [0.1, 0.1], color=colour, linewidth=0.8)
                    ax.plot([t0, t1], [0.9, 0.9], color=colour, linewidth=0.8)
                    ax.axvline(t0, 0.1, 0.9, color=colour, linewidth=0.8)
                    if t1 > t0:
                        ax.text((t0 + t1) / 2, 0.5, _bus_label(v, tr.width), ha="center", va="center", fontsize=7,
                                clip_on=True)
            ax.set_ylim(-0.2, 1.2)
            ax.set_yticks([])
            label = _short(tr.name) + (f"[{tr.width - 1}:0]" if tr.width > 1 and "[" not in _short(tr.name) else "")
            ax.set_ylabel(label, rotation=0, ha="right", va="center", fontsize=8)
            for side in ("top", "right", "left"):
                ax.spines[side].set_visible(False)
        axes[-1, 0].set_xlim(0, end)
        axes[-1, 0].set_xlabel(f"time ({unit})")
        fig.suptitle(Path(vcd).name, fontsize=9)
        fig.tight_layout()
        out.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out, dpi=110)
        plt.close(fig)
    return out


def waveform_text(vcd: Path, width: int = 64, signals: Sequence[str] | None = None, max_signals: int = 16) -> list[str]:
    """A waveform for a terminal: one row per signal, ``▁``/``▔`` for bits, values for buses."""
    traces, end, unit = read_vcd(vcd, signals, max_signals)
    end = max(end, 1)
    label_w = min(24, max(len(_short(t.name)) for t in traces))
    rows = []
    for tr in traces:
        cells: list[str] = []
        prev: str | None = None
        pending = ""
        for i in range(width):
            v = tr.value_at(int(i * end / width))
            if tr.width == 1:
                cells.append("▔" if v == "1" else "▁" if v == "0" else "x")
            elif v != prev:
                cells.append("│")
                pending = _bus_label(v, tr.width)
            elif pending:
                cells.append(pending[0])
                pending = pending[1:]
            else:
                cells.append(" ")
            prev = v
        row = "".join(cells)[:width]
        rows.append(f"{_short(tr.name)[:label_w]:>{label_w}} {row}")
    rows.append(f"{'':>{label_w}} 0{'':{width - len(str(end)) - 1}}{end} ({unit})")
    return rows


def touchstone_png(path: Path, out: Path) -> Path:
    """|S| in dB against frequency for every port pair of a Touchstone file."""
    import skrf

    path = Path(path)
    try:
        net = skrf.Network(str(path))
    except Exception as exc:  # scikit-rf raises assorted exceptions on a malformed file
        raise InputError(f"{path}: not a readable Touchstone file ({type(exc).__name__}: {exc})") from None
    with _PLOT_LOCK:
        plt = _pyplot()
        fig, ax = plt.subplots(figsize=(8, 4.5))
        f = net.f
        scale, unit = _freq_scale(float(f.max()) if len(f) else 1.0)
        # a sweep over more than two decades reads better on a log axis
        log_axis = len(f) > 1 and f.min() > 0 and f.max() / f.min() > 100
        for i in range(net.nports):
            for j in range(net.nports):
                mag = 20 * _log10_safe(abs(net.s[:, i, j]))
                (ax.semilogx if log_axis else ax.plot)(f / scale, mag, label=f"S{i + 1}{j + 1}")
        ax.set_xlabel(f"frequency ({unit})")
        ax.set_ylabel("|S| (dB)")
        ax.grid(True, alpha=0.3)
        ax.legend()
        ax.set_title(path.name, fontsize=9)
        fig.tight_layout()
        out.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out, dpi=110)
        plt.close(fig)
    return out


def _log10_safe(values):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.log10(np.maximum(values, 1e-15))


def _freq_scale(fmax: float) -> tuple[float, str]:
    for scale, unit in ((1e9, "GHz"), (1e6, "MHz"), (1e3, "kHz")):
        if fmax >= scale:
            return scale, unit
    return 1.0, "Hz"


def read_ac_table(path: Path) -> tuple[list[float], list[float], list[float]]:
    """Frequency, magnitude (dB) and phase (degrees) from a table.

    Accepts ``freq mag_db phase_deg`` columns (comma or space separated, an optional
    header) and ngspice ``wrdata`` output of ``vdb(x) vp(x)`` (``freq mag freq phase``,
    phase in radians when no value exceeds pi).
    """
    path = Path(path)
    rows: list[list[float]] = []
    for lineno, raw in enumerate(path.read_text(errors="replace").splitlines(), 1):
        parts = raw.replace(",", " ").split()
        if not parts:
            continue
        try:
            rows.append([float(p) for p in parts])
        except ValueError:
            if rows:
                raise InputError(f"{path}:{lineno}: not a number in an AC table row: {raw.strip()[:60]!r}") from None
            continue  # a header line
    if not rows or len(rows[0]) < 2:
        raise InputError(f"{path}: expected columns frequency, magnitude (dB), phase (degrees)")
    ncol = len(rows[0])
    if ncol >= 4 and all(r[0] == r[2] for r in rows):  # wrdata repeats the scale before every vector
        freq, mag, phase = [r[0] for r in rows], [r[1] for r in rows], [r[3] for r in rows]
        if max(abs(p) for p in phase) <= math.pi + 1e-9:
            phase = [math.degrees(p) for p in phase]
    else:
        freq, mag = [r[0] for r in rows], [r[1] for r in rows]
        phase = [r[2] for r in rows] if ncol >= 3 else []
    return freq, mag, phase


def bode_png(freq: Sequence[float], mag_db: Sequence[float], phase_deg: Sequence[float], out: Path, title: str = "") -> Path:
    """A Bode plot: magnitude (dB) and, when given, phase (degrees) on a log frequency axis."""
    if not freq:
        raise InputError("nothing to plot: the frequency list is empty")
    with _PLOT_LOCK:
        plt = _pyplot()
        rows = 2 if phase_deg else 1
        fig, axes = plt.subplots(rows, 1, figsize=(8, 2.6 * rows + 0.6), sharex=True, squeeze=False)
        axes[0, 0].semilogx(freq, mag_db, color="tab:blue")
        axes[0, 0].set_ylabel("magnitude (dB)")
        if phase_deg:
            axes[1, 0].semilogx(freq, phase_deg, color="tab:orange")
            axes[1, 0].set_ylabel("phase (°)")
        for ax in axes[:, 0]:
            ax.grid(True, which="both", alpha=0.3)
        axes[-1, 0].set_xlabel("frequency (Hz)")
        if title:
            fig.suptitle(title, fontsize=9)
        fig.tight_layout()
        out.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out, dpi=110)
        plt.close(fig)
    return out


def plot_kind(path: Path, kind: str = "") -> str:
    """What kind of plot a file can become: "image", "waveform", "sparams", "bode" or ""."""
    suffix = Path(path).suffix.lower()
    if kind == "plot" or suffix in PLOT_SUFFIXES:
        return "image"
    if kind == "vcd" or suffix == ".vcd":
        return "waveform"
    numbered_sp = suffix.startswith(".s") and suffix.endswith("p") and suffix[2:-1].isdigit()  # .s2p, .s4p, ...
    if kind == "touchstone" or suffix in TOUCHSTONE_SUFFIXES or numbered_sp:
        return "sparams"
    stem = Path(path).stem.lower()
    if suffix in AC_TABLE_SUFFIXES and any(w in stem for w in ("bode", "ac", "freq", "response")):
        return "bode"
    return ""


def plot_file(path: Path, out_dir: Path, kind: str = "", signals: Sequence[str] | None = None) -> Path | None:
    """A PNG showing ``path`` (drawn into ``out_dir``, or ``path`` itself if it is an image); None if it is not plottable.

    A PNG newer than its source is reused rather than drawn again.
    """
    path = Path(path)
    what = plot_kind(path, kind)
    if what == "image":
        return path
    if not what:
        return None
    if not path.is_file():
        raise InputError(f"{path} does not exist (was the run directory moved?)")
    suffix = "" if not signals else "-" + "-".join(s.replace("/", "_") for s in signals)[:40]
    out = Path(out_dir) / f"{path.stem}.{what}{suffix}.png"
    if out.is_file() and out.stat().st_mtime >= path.stat().st_mtime:
        return out
    if what == "waveform":
        return waveform_png(path, out, signals)
    if what == "sparams":
        return touchstone_png(path, out)
    freq, mag, phase = read_ac_table(path)
    return bode_png(freq, mag, phase, out, title=path.name)


def display_plots(artefacts: Iterable[Artefact], out_dir: Path) -> list[tuple[Path, str]]:
    """Images to show for a set of artefacts: the specialists' own plots first, then drawn ones.

    A specialist that wrote its own plots has shown its data the way it meant to, so its
    VCD, Touchstone or AC files are not drawn again (``/plot`` still draws them on request).
    """
    arts = list(artefacts)
    shown: list[tuple[Path, str]] = []
    plotting_agents: set[str] = set()
    for a in arts:
        if plot_kind(Path(a.path or a.name), a.kind) == "image" and Path(a.path).is_file():
            shown.append((Path(a.path), f"{a.name} ({a.agent})"))
            plotting_agents.add(a.agent)
    for a in arts:
        p = Path(a.path or a.name)
        what = plot_kind(p, a.kind)
        if what in ("", "image") or a.agent in plotting_agents or not p.is_file():
            continue
        png = plot_file(p, out_dir, a.kind)
        if png is not None:
            shown.append((png, f"{a.name} ({what}, drawn from {a.agent}'s file)"))
    return shown
