"""ngspice in batch mode: run a deck, get measures and vectors back.

API (everything else is private)::

    sim = Ngspice(binary="ngspice", timeout=30, model_dirs=[...], record=None)
    res = sim.run(deck_text, work_dir,
                  control=["op", "ac dec 20 1 1e9",
                           "meas ac gain_db max vdb(out)",
                           "wrdata ac vdb(out) v(out)"],
                  deck_dir=Path("where/the/deck/came/from"))
    res.ok, res.verdict        # "ok" | "convergence" | "error" | "timeout" | "crash"
    res.measures["gain_db"]    # float; a measure that failed is absent (and has a warning diagnostic)
                               # (``let p = -i(vdd)*1.8`` + ``print p`` also lands in measures as "p")
    res.tables["ac"]           # {"frequency": ndarray, "vdb(out)": ndarray, "v(out)": complex ndarray}
    res.vector("v(out)")       # the one vector of that name across all tables
    res.diagnostics, res.log_path, res.evidence()

``control`` replaces the deck's own ``.control`` block (``quit 0`` is appended: without
it ngspice exits 1); ``control=None`` keeps the deck's block (adding ``quit 0`` if it
lacks one) or, with no block, runs the netlist's own ``.op``/``.ac``/``.tran`` cards.
Every ``wrdata FILE vec...`` line yields ``tables[stem of FILE]``; complex (AC) vectors
come back complex.

Before anything runs, :func:`chipsmith.tools.guard.spice.check_deck` refuses what a
deck could do to the host (shell commands, code loading, reads outside the deck's and
the model directories, writes outside the work directory). Each call runs in the
work directory it is given, so parallel runs never collide as long as each has its own
(``AgentContext.work_dir`` / ``RunRecord.work_dir`` give a fresh one per call).
"""

from __future__ import annotations

import hashlib
import io
import re
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import numpy as np

from chipsmith.core.errors import InputError
from chipsmith.core.files import write_atomic
from chipsmith.tools.guard.spice import check_control, check_deck
from chipsmith.tools.runner import (
    OUTPUT_CAP,
    Diagnostic,
    Limits,
    RunRecordLike,
    Tool,
    ToolResult,
    UnsafeOutput,
    output_exists,
    read_output_text,
)

DECK_NAME = "deck.cir"

# ngspice's own words for a failed operating point or time step.
_CONVERGENCE = re.compile(
    r"(simulation\(s\) aborted|timestep too small|dc solution failed|no convergence|singular matrix|"
    r"gmin stepping failed|source stepping failed|iteration limit reached|transient op failed)",
    re.IGNORECASE)
_ERROR = re.compile(
    r"(^error\b(?!: measure)|error on line|simulation interrupted due to error|could not find|unknown (?:subckt|model|device)|"
    r"fatal|^\s*no such (?:vector|command)|cannot open|can't open|is not a valid|too few parameters|unable to find definition)",
    re.IGNORECASE)
_ERROR_LINE = re.compile(r"error on line (\d+)", re.IGNORECASE)
_NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_MEAS_CMD = re.compile(r"^\s*\.?meas(?:ure)?\s+\w+\s+(\w+)", re.IGNORECASE)
_PRINT_CMD = re.compile(r"^\s*print\s+([A-Za-z_]\w*(?:\s+[A-Za-z_]\w*)*)\s*$", re.IGNORECASE)
_WRDATA_CMD = re.compile(r"^\s*wrdata\s+(\S+)\s+(.+)$", re.IGNORECASE)


@dataclass
class SpiceResult(ToolResult):
    """A finished ngspice run: verdict, measures, wrdata tables, diagnostics, log."""

    measures: dict[str, float] = field(default_factory=dict)
    tables: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)

    @property
    def log_path(self) -> str:
        return self.outcome.log_path if self.outcome else ""

    @property
    def vectors(self) -> dict[str, np.ndarray]:
        """All wrdata vectors as ``"table/name"`` (and plain ``name`` when unique across tables)."""
        flat: dict[str, np.ndarray] = {}
        counts: dict[str, int] = {}
        for stem, table in self.tables.items():
            for name, vec in table.items():
                flat[f"{stem}/{name}"] = vec
                counts[name] = counts.get(name, 0) + 1
        for table in self.tables.values():
            for name, vec in table.items():
                if counts[name] == 1:
                    flat[name] = vec
        return flat

    def vector(self, name: str, table: str | None = None) -> np.ndarray:
        """One vector by name (``table`` picks among several wrdata files)."""
        if table is not None:
            return self.tables[table][name]
        hits = [t[name] for t in self.tables.values() if name in t]
        if len(hits) != 1:
            raise KeyError(f"vector {name!r} is in {len(hits)} tables ({', '.join(self.tables)}); name the table")
        return hits[0]


@dataclass(frozen=True)
class ModelLibrary:
    """A model library a deck reads with ``.lib "FILE" SECTION`` (a PDK corner), checked once and cached.

    The run puts the ``.lib`` line after the deck's title line; the deck itself need not name
    the library, so its own text stays small and is checked on every run as usual."""

    path: Path
    section: str = ""

    def card(self) -> str:
        return f'.lib "{self.path}" {self.section}'.rstrip() if self.section else f'.include "{self.path}"'


# Verdicts of model libraries that passed the deck guard: (library, section, readable roots) ->
# (sha256 of every file it reads, the directories the sandbox must open). A PDK's model text
# runs to megabytes; checking it again on every simulation cost over a second per run. A file
# whose content changed (its hash differs) is checked again.
_LIBRARY_VERDICTS: dict[tuple[str, str, tuple[str, ...]], tuple[dict[str, str], list[Path]]] = {}
_FILE_HASHES: dict[str, tuple[tuple[int, int, int], str]] = {}
_CACHE_LOCK = threading.Lock()


def _file_hash(path: Path) -> str:
    """sha256 of a file, computed again only when its size, mtime or inode changed."""
    st = path.stat()
    key = (st.st_size, st.st_mtime_ns, st.st_ino)
    hit = _FILE_HASHES.get(str(path))
    if hit is not None and hit[0] == key:
        return hit[1]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    _FILE_HASHES[str(path)] = (key, digest)
    return digest


class Ngspice(Tool):
    """Builds ``ngspice -b`` commands; runs decks through the sandboxed runner."""

    name = "ngspice"
    # Decks without a control block keep ngspice's two OpenMP threads; passive waiting stops them
    # spinning for the CPU another process needs (see with_control).
    env: ClassVar[dict[str, str]] = {"OMP_WAIT_POLICY": "PASSIVE"}

    def __init__(self, binary: str = "ngspice", *, timeout: float = 30.0, limits: Limits = Limits(cpu_seconds=60),
                 model_dirs: Sequence[Path] = (), record: RunRecordLike | None = None) -> None:
        super().__init__(timeout=timeout, limits=limits, record=record)
        self.binary = binary
        self.model_dirs = [Path(d) for d in model_dirs]

    def command(self, deck_name: str = DECK_NAME) -> list[str]:
        """The command line for one batch run of ``deck_name`` in the work directory."""
        return [self.binary, "-b", deck_name]

    def prepare(self, deck: str, control: Sequence[str] | None = None, *, deck_dir: Path | None = None,
                name: str = DECK_NAME, work_dir: Path | None = None,
                libraries: Sequence[ModelLibrary] = ()) -> tuple[str, list[Path]]:
        """The deck text that will run (checked, control block in place) and the directories it reads."""
        text = with_control(deck, control)
        checked = check_deck(text, name=name, deck_dir=deck_dir, model_dirs=self.model_dirs, work_dir=work_dir)
        if not libraries:
            return checked.text, checked.read_dirs
        read_dirs = list(checked.read_dirs)
        for lib in libraries:
            read_dirs += [d for d in self.check_library(lib, work_dir) if d not in read_dirs]
        title, _, rest = checked.text.partition("\n")
        cards = "\n".join(lib.card() for lib in libraries)
        return f"{title}\n{cards}\n{rest}", read_dirs

    def check_library(self, lib: ModelLibrary, work_dir: Path | None = None) -> list[Path]:
        """Run the deck guard over a model library once; later calls reuse the verdict while its files' hashes hold.

        The library's own directory is readable (naming it is the permission); files it includes
        elsewhere must be inside ``model_dirs``. Returns the directories the sandbox must open."""
        path = Path(lib.path).resolve()
        roots = tuple(str(Path(d).resolve()) for d in [path.parent, *self.model_dirs])
        key = (str(path), lib.section, roots)
        with _CACHE_LOCK:
            hit = _LIBRARY_VERDICTS.get(key)
            if hit is not None and all(Path(f).is_file() and _file_hash(Path(f)) == h for f, h in hit[0].items()):
                if work_dir is None or not any(Path(work_dir).resolve() in (Path(f).parents) for f in hit[0]):
                    return hit[1]
        card = ModelLibrary(path, lib.section).card()
        checked = check_deck(f"* model library\n{card}\n", name=str(path), deck_dir=path.parent,
                             model_dirs=self.model_dirs, work_dir=work_dir)
        with _CACHE_LOCK:
            hashes = {str(f): _file_hash(f) for f in checked.includes}
            _LIBRARY_VERDICTS[key] = (hashes, checked.read_dirs)
        return checked.read_dirs

    def run(self, deck: str, work_dir: Path | None = None, *, control: Sequence[str] | None = None,
            deck_dir: Path | None = None, timeout: float | None = None, name: str = DECK_NAME,
            libraries: Sequence[ModelLibrary] = ()) -> SpiceResult:
        """Check and run ``deck``; parse what ngspice wrote. Raises SandboxViolation before running anything unsafe.

        ``libraries`` are model libraries (a PDK corner) read before the deck's own cards."""
        if control is not None:
            check_control(control, where=f"{name} (control block)")
        work = Path(work_dir) if work_dir is not None else Path(tempfile.mkdtemp(prefix="ngspice-")) / "work"
        text, read_dirs = self.prepare(deck, control, deck_dir=deck_dir, name=name, work_dir=work, libraries=libraries)
        work.mkdir(parents=True, exist_ok=True)
        write_atomic(work / DECK_NAME, text)
        outcome = self.execute(self.command(DECK_NAME), work, timeout=timeout, read_paths=read_dirs)
        return parse_run(text, outcome, work)


def with_control(deck: str, control: Sequence[str] | None) -> str:
    """``deck`` with ``control`` as its ``.control`` block (or its own block), ending in ``quit 0``."""
    lines = deck.splitlines()
    start = next((i for i, ln in enumerate(lines) if ln.strip().lower().startswith(".control")), None)
    end = next((i for i, ln in enumerate(lines) if ln.strip().lower().startswith(".endc")), None)
    if start is not None and (end is None or end < start):
        raise InputError(f"{DECK_NAME}:{start + 1}: .control without a matching .endc")
    # ngspice's OpenMP build runs its device loads on two threads unless told otherwise (the
    # OMP_NUM_THREADS variable is overridden by its own default), and those threads spin while they
    # wait: with a second ngspice or any other busy process on the machine, a 0.3 s deck took 3-20 s
    # of CPU. One thread: the same numbers, and runs side by side scale with the cores.
    header = ["set num_threads=1", "set wr_vecnames", "set wr_singlescale"]
    if control is not None:
        body = header + [c.strip() for c in control if c.strip()]
        if start is not None and end is not None:
            del lines[start:end + 1]
    elif start is not None and end is not None:
        body = header + [ln.strip() for ln in lines[start + 1:end]]
        del lines[start:end + 1]
    else:
        return deck if deck.endswith("\n") else deck + "\n"
    if not any(b.lower().split()[:1] in (["quit"], ["exit"]) for b in body):
        body.append("quit 0")
    block = [".control", *body, ".endc"]
    end_at = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip().lower() == ".end"), None)
    if end_at is None:
        lines += block + [".end"]
    else:
        lines[end_at:end_at] = block
    return "\n".join(lines) + "\n"


def parse_run(deck_text: str, outcome, work: Path) -> SpiceResult:  # type: ignore[no-untyped-def]
    """Verdict, measures, tables and diagnostics from what ngspice printed and wrote."""
    # A sweep's progress line ("Reference value : 1.0e+00") ends in a carriage return, not a newline,
    # so the next thing printed (a measure) would share its line and not be found at a line start.
    log = outcome.output.replace("\r", "\n")
    diags: list[Diagnostic] = []
    measure_names = _measure_names(deck_text)
    measures: dict[str, float] = {}
    for mname in measure_names:
        m = re.search(rf"^\s*{re.escape(mname)}\s*=\s*({_NUM})", log, re.IGNORECASE | re.MULTILINE)
        if m:
            measures[mname] = float(m.group(1))
        else:
            why = re.search(rf"error: measure\s+{re.escape(mname)}\s+(.*)", log, re.IGNORECASE)
            diags.append(Diagnostic("ngspice", "warning", f"measure {mname} failed" + (f": {why.group(1).strip()}" if why else ""),
                                    file=DECK_NAME, code="measure"))
    conv = [ln.strip() for ln in log.splitlines() if _CONVERGENCE.search(ln)]
    errs = [ln.strip() for ln in log.splitlines() if _ERROR.search(ln.strip())]
    for ln in errs[:10]:
        m = _ERROR_LINE.search(ln)
        diags.append(Diagnostic("ngspice", "error", ln, file=DECK_NAME, line=int(m.group(1)) if m else 0))
    for ln in conv[:5]:
        diags.append(Diagnostic("ngspice", "error", ln, file=DECK_NAME, code="convergence"))

    tables: dict[str, dict[str, np.ndarray]] = {}
    missing: list[str] = []
    for fname in _wrdata_files(deck_text):
        stem = Path(fname).stem
        try:
            # ngspice adds ".data" to a name without an extension on some builds
            name = fname if output_exists(work, fname) or not output_exists(work, f"{fname}.data") else f"{fname}.data"
            tables[stem] = _parse_wrdata(read_output_text(work, name, OUTPUT_CAP))
        except FileNotFoundError:
            missing.append(fname)
        except (UnsafeOutput, ValueError) as exc:
            diags.append(Diagnostic("ngspice", "error", f"cannot read {fname}: {exc}", file=fname))
            missing.append(fname)

    if outcome.timed_out:
        verdict = "timeout"
        diags.insert(0, Diagnostic("ngspice", "error", f"no result within {outcome.seconds:.0f} s; the run was killed", code="timeout"))
    elif outcome.crashed:
        verdict = "crash"
        diags.insert(0, Diagnostic("ngspice", "error", f"ngspice died with signal {outcome.signal}", code="crash"))
    elif conv:
        verdict = "convergence"
    elif errs or outcome.returncode != 0 or missing:
        verdict = "error"
        if missing and not errs:
            diags.append(Diagnostic("ngspice", "error", f"ngspice wrote no {', '.join(missing)} (see {outcome.log_path})"))
        if "ngspice" not in log.lower() and not errs:
            diags.append(Diagnostic("ngspice", "error", f"ngspice exited with {outcome.returncode} and printed nothing useful"))
    else:
        verdict = "ok"
    return SpiceResult(tool="ngspice", ok=verdict == "ok", verdict=verdict, outcome=outcome, diagnostics=diags,
                       values={"measures": dict(measures)}, artefacts=[str(work / DECK_NAME)],
                       measures=measures, tables=tables)


def _control_lines(deck_text: str) -> list[str]:
    out, inside = [], False
    for ln in deck_text.splitlines():
        low = ln.strip().lower()
        if low.startswith(".control"):
            inside = True
        elif low.startswith(".endc"):
            inside = False
        elif inside:
            out.append(ln)
    return out


def _measure_names(deck_text: str) -> list[str]:
    """Names of ``meas`` results, and of scalars printed by name (``let p = -i(vdd)*1.8`` + ``print p``)."""
    names: list[str] = []
    control = set(_control_lines(deck_text))
    for ln in deck_text.splitlines():
        m = _MEAS_CMD.match(ln)
        printed = _PRINT_CMD.match(ln) if ln in control else None
        found = [m.group(1)] if m else (printed.group(1).split() if printed else [])
        for name in found:
            if name.lower() not in names:
                names.append(name.lower())
    return names


def _wrdata_files(deck_text: str) -> list[str]:
    out = []
    for ln in _control_lines(deck_text):
        m = _WRDATA_CMD.match(ln)
        if m:
            out.append(m.group(1).strip("\"'"))
    return out


def read_wrdata(path: Path, cap: int = OUTPUT_CAP) -> dict[str, np.ndarray]:
    """A ``wrdata`` file written with ``wr_vecnames`` and ``wr_singlescale``.

    A complex vector takes two columns (real, imaginary) under the same name twice. The file is
    read like any tool output (:func:`chipsmith.tools.runner.read_output`): a link, a FIFO or a
    device raises :class:`~chipsmith.tools.runner.UnsafeOutput`, a file over ``cap`` bytes too.
    """
    path = Path(path)
    return _parse_wrdata(read_output_text(path.parent, path.name, cap))


def _parse_wrdata(text: str) -> dict[str, np.ndarray]:
    first, _, rest = text.partition("\n")
    header = first.split()
    data = np.loadtxt(io.StringIO(rest), ndmin=2) if rest.strip() else np.empty((0, 0))
    if data.size == 0:
        return {name: np.array([]) for name in dict.fromkeys(header)}
    if data.shape[1] != len(header):
        raise ValueError(f"{data.shape[1]} columns but {len(header)} names in the header")
    out: dict[str, np.ndarray] = {}
    col = 0
    while col < len(header):
        name = header[col]
        if col + 1 < len(header) and header[col + 1] == name:
            out[name] = data[:, col] + 1j * data[:, col + 1]
            col += 2
        else:
            out[name] = data[:, col]
            col += 1
    return out
