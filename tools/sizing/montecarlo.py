"""Monte Carlo mismatch of a sized design: input offset and the yield of every spec.

The PDK's own mismatch figures drive it (see :func:`chipsmith.tools.sizing.pdk.mismatch_library`):
each transistor instance of the netlist gets its own standard-normal draw per mismatch factor
of its device (sky130: vth0, toxe, voff and, for the PMOS, nfactor), and the model turns the
draw into ``slope/sqrt(W L mult)`` of that parameter. Draws come from ``numpy``'s generator
seeded with ``(seed, sample)``, so a sample is the same whichever core ran it and in whatever
order. A PDK without mismatch data gets no yield figure, only the sentence saying so.
"""

from __future__ import annotations

import math
import re
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from chipsmith.core.errors import InputError
from chipsmith.tools.ngspice import Ngspice, SpiceResult
from chipsmith.tools.sizing.evaluate import Evaluator
from chipsmith.tools.sizing.pdk import MismatchLibrary, mismatch_library
from chipsmith.tools.sizing.problem import Problem, fmt_value, render_netlist

NOT_MODELLED = "mismatch: not modelled by this PDK"


@dataclass(frozen=True)
class Instance:
    """A transistor instance the draws apply to: its name, device subcircuit and the deck line it ends on."""

    name: str
    device: str
    last_line: int


def mismatch_instances(deck: str, devices: dict[str, tuple[str, ...]]) -> list[Instance]:
    """The top-level ``X`` instances of ``deck`` whose subcircuit is a device with mismatch factors.

    An instance of such a device inside the netlist's own ``.subckt`` would share one draw among
    every instance of that subcircuit, which is not mismatch: that is an :class:`InputError`."""
    found: list[Instance] = []
    lines = deck.splitlines()
    depth, sub_name = 0, ""
    i = 0
    while i < len(lines):
        start, text = i, lines[i].strip()
        while i + 1 < len(lines) and lines[i + 1].lstrip().startswith("+"):
            i += 1
            text += " " + lines[i].lstrip()[1:]
        i += 1
        low = text.lower()
        if low.startswith(".subckt"):
            depth, sub_name = depth + 1, (text.split() + ["?"])[1]
            continue
        if low.startswith(".ends"):
            depth = max(0, depth - 1)
            continue
        if not low.startswith("x"):
            continue
        tokens = [t for t in re.split(r"\s+", text.replace(" = ", "=")) if t]
        plain = [t for t in tokens[1:] if "=" not in t and t.lower() != "params:"]
        device = plain[-1].lower() if plain else ""
        if device not in devices:
            continue
        if depth:
            raise InputError(f"netlist line {start + 1}: {tokens[0]} ({device}) sits inside .subckt {sub_name}; Monte Carlo "
                             "mismatch needs each transistor at the top level, where it gets its own draw")
        found.append(Instance(tokens[0], device, i - 1))
    return found


def draws(seed: int, sample: int, count: int) -> np.ndarray:
    """``count`` standard-normal draws for one sample: the same for the same (seed, sample), on any core."""
    return np.random.default_rng([seed, sample]).standard_normal(count)


def with_mismatch(deck: str, instances: list[Instance], devices: dict[str, tuple[str, ...]], z: np.ndarray) -> str:
    """``deck`` with each instance's mismatch factors set to its draws (in instance, then factor order)."""
    lines = deck.splitlines()
    k = 0
    for inst in instances:
        names = devices[inst.device]
        lines[inst.last_line] += "".join(f" {n}={z[k + j]:.6g}" for j, n in enumerate(names))
        k += len(names)
    return "\n".join(lines) + "\n"


def wilson(met: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a yield of ``met`` out of ``total``."""
    if total == 0:
        return (0.0, 1.0)
    p = met / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass
class MonteCarloResult:
    """What N mismatch samples of one design measured: offset statistics and per-spec yield."""

    status: str  # "ok" or "not-modelled"
    note: str = ""
    samples: int = 0
    seed: int = 0
    corner: str = ""
    instances: list[str] = field(default_factory=list)
    offset_name: str = ""
    offset: dict[str, float] = field(default_factory=dict)  # mean, sigma, worst (largest |offset|)
    yields: dict[str, tuple[int, int]] = field(default_factory=dict)  # spec -> (met, samples); "all": every spec
    failed: int = 0  # samples whose simulation did not finish (counted as not met)
    seconds: float = 0.0
    measured: list[dict[str, float]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "note": self.note, "samples": self.samples, "seed": self.seed, "corner": self.corner,
                "instances": self.instances, "offset_name": self.offset_name, "offset": self.offset,
                "yield": {k: {"met": m, "samples": n, "fraction": round(m / n, 4) if n else None,
                              "ci95": [round(x, 4) for x in wilson(m, n)]} for k, (m, n) in self.yields.items()},
                "failed": self.failed, "seconds": round(self.seconds, 2), "measured": self.measured}

    def lines(self) -> list[str]:
        """The result in sentences a designer reads (the offset, then each spec's yield)."""
        if self.status != "ok":
            return [self.note]
        out = [f"Monte Carlo mismatch, {self.samples} samples (seed {self.seed}) at {self.corner}, "
               f"{len(self.instances)} transistors varied with the PDK's mismatch figures:"]
        if self.offset:
            out.append(f"  input offset ({self.offset_name}): mean {fmt_value(self.offset['mean'], 'V')}, "
                       f"σ {fmt_value(self.offset['sigma'], 'V')}, worst {fmt_value(self.offset['worst'], 'V')}")
        elif self.offset_name:
            out.append(f"  input offset: the testbench measures no {self.offset_name!r}")
        for name, (met, n) in self.yields.items():
            lo, hi = wilson(met, n)
            label = "every spec" if name == "all" else name
            out.append(f"  yield {label}: {met}/{n} = {100 * met / n:.1f} % (95 % interval {100 * lo:.1f}–{100 * hi:.1f} %)")
        if self.failed:
            out.append(f"  {self.failed} samples did not simulate (counted as not met)")
        return out


def run_montecarlo(problem: Problem, values: dict[str, float], sim: Ngspice, work_root: Path, *, samples: int,
                   seed: int = 0, jobs: int = 2, offset: str = "offset",
                   progress: Callable[[int], None] | None = None) -> MonteCarloResult:
    """Simulate ``samples`` mismatch draws of the design ``values`` at the problem's nominal corner.

    Samples run ``jobs`` at a time (one ngspice process each). Every spec's yield counts the
    samples meeting it; a sample that did not simulate meets nothing."""
    corner = problem.nominal
    if problem.pdk is None:
        return MonteCarloResult("not-modelled", f"{NOT_MODELLED} (the problem names no PDK)", corner=corner.label)
    if samples < 1:
        raise InputError(f"{problem.path}: montecarlo.samples must be at least 1")
    start = time.monotonic()
    work_root.mkdir(parents=True, exist_ok=True)
    mm: MismatchLibrary | None = mismatch_library(problem.pdk, work_root / "mismatch-models")
    if mm is None:
        return MonteCarloResult("not-modelled", f"{NOT_MODELLED} ({problem.pdk.name})", corner=corner.label)
    deck = render_netlist(problem, values, corner)
    instances = mismatch_instances(deck, mm.devices)
    if not instances:
        return MonteCarloResult("not-modelled", f"{NOT_MODELLED}: no instance of {', '.join(sorted(mm.devices))} in the "
                                "netlist", corner=corner.label)
    count = sum(len(mm.devices[i.device]) for i in instances)
    libraries = [mm.model(corner.lib)]
    measurer = Evaluator(problem, sim, lambda: work_root)

    def one(k: int) -> tuple[SpiceResult, dict[str, float]]:
        text = with_mismatch(deck, instances, mm.devices, draws(seed, k, count))

        def go(where: str, timeout: float | None = None) -> SpiceResult:
            return sim.run(text, work_root / where, control=problem.testbench, deck_dir=problem.directory,
                           name=problem.netlist_path.name, libraries=libraries, timeout=timeout)

        res = go(f"mc{k:05d}")
        if res.verdict == "timeout":  # a busy machine, not a bad sample: once more with more time
            res = go(f"mc{k:05d}r", 4 * sim.timeout)
        if progress is not None:
            progress(k)
        return res, measurer.measure(res) if res.verdict == "ok" else {}

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        done = list(pool.map(one, range(samples)))
    measured = [m for _, m in done]
    failed = sum(res.verdict != "ok" for res, _ in done)
    yields: dict[str, tuple[int, int]] = {}
    all_met = [ok.verdict == "ok" for ok, _ in done]
    estimates = set(problem.montecarlo.estimates) if problem.montecarlo else set()
    for spec in problem.specs.values():
        if spec.name in estimates:  # it predicts the spread these samples measure: not a per-sample spec
            continue
        met = [res.verdict == "ok" and spec.margin(m.get(spec.name)) <= 0 for res, m in done]
        all_met = [a and b for a, b in zip(all_met, met)]
        yields[spec.name] = (sum(met), samples)
    yields["all"] = (sum(all_met), samples)
    offsets = [m[offset] for m in measured if offset in m and math.isfinite(m[offset])]
    stats = {"mean": statistics.fmean(offsets), "sigma": statistics.stdev(offsets) if len(offsets) > 1 else 0.0,
             "worst": max(offsets, key=abs), "samples": float(len(offsets))} if offsets else {}
    return MonteCarloResult("ok", "", samples, seed, corner.label, [i.name for i in instances], offset, stats, yields,
                            failed, time.monotonic() - start, measured)


def check_chosen_design(problem: Problem, values: dict[str, float], sim: Ngspice, work_root: Path, *,
                        jobs: int = 2) -> MonteCarloResult | None:
    """The problem's own ``montecarlo:`` check of a design; None when the problem asks for none."""
    spec = problem.montecarlo
    if spec is None:
        return None
    return run_montecarlo(problem, values, sim, work_root, samples=spec.samples, seed=spec.seed, jobs=jobs,
                          offset=spec.offset)
