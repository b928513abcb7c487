"""Co-simulation: run a deck and its round-tripped translation in ngspice and compare the vectors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from chipsmith.tools.netlist.model import Analysis, Control, Device, Netlist
from chipsmith.tools.netlist.spice_emit import emit_spice

MAX_VECTORS = 12
RTOL = 1e-6


@dataclass
class CoSim:
    """The outcome: ``verdict`` is ``match``, ``mismatch``, ``timeout``, ``source_failed`` or ``not_runnable``."""

    verdict: str
    compared: int = 0
    worst_rel: float = 0.0
    detail: str = ""
    evidence: list[dict[str, object]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.verdict == "match"


def control_for(net: Netlist) -> list[str] | None:
    """Control lines that run the deck's own analyses and write its top-level node voltages, or None."""
    analyses = [it for it in net.items if isinstance(it, Analysis) and it.kind in ("op", "dc", "ac", "tran")]
    if not analyses:  # decks that start their analyses from the .control script
        for it in net.items:
            if isinstance(it, Control):
                for line in it.text.splitlines():
                    m = re.match(r"^\s*(op|tran|ac|dc)\b(.*)$", line, re.I)
                    if m and not re.search(r"[$&{}]", m.group(2)):
                        analyses.append(Analysis(kind=m.group(1).lower(), args=m.group(2).split()))
    nets: list[str] = []
    for it in net.items:
        if isinstance(it, Device):
            for n in it.nodes:
                low = n.lower()
                if low not in ("0", "gnd") and low not in nets and n.replace("_", "").replace(".", "").isalnum():
                    nets.append(low)
    if not analyses or not nets:
        return None
    vecs = " ".join(f"v({n})" for n in nets[:MAX_VECTORS])
    lines: list[str] = []
    for i, a in enumerate(analyses[:3]):
        cmd = " ".join([a.kind, *a.args])
        lines.append(cmd)
        lines.append(f"wrdata {a.kind}{i} {vecs}")
    return lines


def compare(a: dict[str, np.ndarray], b: dict[str, np.ndarray], rtol: float = RTOL) -> tuple[int, float, str]:
    """(vectors compared, worst relative difference, first mismatch) over the vectors both runs wrote."""
    worst, first, count = 0.0, "", 0
    for name in sorted(a):
        if name not in b:
            return count, float("inf"), f"{name} missing from the translation's run"
        x, y = np.asarray(a[name]), np.asarray(b[name])
        if x.shape != y.shape:
            return count, float("inf"), f"{name}: {x.shape} points vs {y.shape}"
        scale = max(float(np.max(np.abs(x))) if x.size else 0.0, 1e-12)
        rel = float(np.max(np.abs(x - y)) / scale) if x.size else 0.0
        count += 1
        if rel > worst:
            worst = rel
            if rel > rtol and not first:
                first = f"{name}: relative difference {rel:.3g}"
    return count, worst, first


def cosimulate(source_text: str, source: Netlist, translated_back: Netlist, work: Path, *, deck_dir: Path | None = None,
               model_dirs: Sequence[Path] = (), timeout: float = 20.0, record: object = None) -> CoSim:
    """Simulate the original deck and the translation (brought back to ngspice) with the same analyses."""
    from chipsmith.core.errors import ChipsmithError
    from chipsmith.tools.ngspice import Ngspice

    control = control_for(source)
    if control is None:
        return CoSim("not_runnable", detail="no .op/.dc/.ac/.tran analysis or no top-level nodes")
    sim = Ngspice(timeout=timeout, model_dirs=list(model_dirs), record=record)  # type: ignore[arg-type]
    back_text = emit_spice(translated_back, "ngspice")
    runs = []
    for tag, text in (("source", source_text), ("translation", back_text)):
        try:
            res = sim.run(text, work / tag, control=control, deck_dir=deck_dir)
        except ChipsmithError as exc:
            return CoSim("source_failed" if tag == "source" else "mismatch", detail=f"{tag}: {exc}")
        runs.append(res)
        if not res.ok:
            # a timeout says nothing about equality: report it as such, never as a mismatch
            verdict = "timeout" if res.verdict == "timeout" else "source_failed" if tag == "source" else "mismatch"
            first = res.first_error
            return CoSim(verdict, detail=f"{tag} run: {res.verdict}" + (f" ({first})" if first else ""),
                         evidence=[r.evidence() for r in runs])
    # "table/name" keys only: the plain-name aliases would count each vector twice
    va = {k: v for k, v in runs[0].vectors.items() if "/" in k}
    vb = {k: v for k, v in runs[1].vectors.items() if "/" in k}
    va.update({f"op:{k}": np.array([v]) for k, v in runs[0].measures.items()})
    vb.update({f"op:{k}": np.array([v]) for k, v in runs[1].measures.items()})
    if not va:
        return CoSim("not_runnable", detail="the source run wrote no vectors", evidence=[r.evidence() for r in runs])
    n, worst, first_diff = compare(va, vb)
    return CoSim("match" if not first_diff else "mismatch", compared=n, worst_rel=worst, detail=first_diff,
                 evidence=[r.evidence() for r in runs])


def ngspice_reparse(text: str, work: Path, *, is_deck: bool = True, deck_dir: Path | None = None,
                    model_dirs: Sequence[Path] = (), timeout: float = 20.0) -> str | None:
    """Load ``text`` in ngspice itself (no analysis run) and return its first error, or None when it reads it.

    An independent check of the ngspice emitter: the graph proof re-reads output with this
    project's own parser, which could share a misreading with the emitter; ngspice cannot.
    Missing include files are not errors of the translation and are ignored.
    """
    from chipsmith.core.errors import ChipsmithError
    from chipsmith.tools.ngspice import Ngspice

    deck = text if is_deck else "* library loaded for a syntax check\n" + text
    sim = Ngspice(timeout=timeout, model_dirs=list(model_dirs))
    try:
        res = sim.run(deck, work, control=["quit 0"], deck_dir=deck_dir)
    except ChipsmithError as exc:
        return f"not checked: {exc}"
    # the diagnostics the runner parsed from what ngspice wrote (it owns every read of tool output); the
    # generic closing lines ("fatal error", "simulation interrupted") come after the one that says why
    generic = ("fatal error in ngspice", "simulation interrupted", "wrote no", "or its substitute")
    errors = [str(getattr(d, "message", d)).strip() for d in res.diagnostics if getattr(d, "severity", "error") == "error"]
    errors = [m for m in errors if not any(w in m.lower() for w in ("include", "could not find", "can't find",
                                                                     "no such file", "library"))]
    specific = [m for m in errors if not any(g in m.lower() for g in generic)]
    if specific or errors:
        return (specific or errors)[0][:200]
    return None
