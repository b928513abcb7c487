"""The RF design loop: candidate ladders and coupled resonators with catalogue parts, snapped, polished and ranked by yield.

Candidates: the ladder at the minimum order and one above (escalating the capacitor E-series and
the first element within an order), and for band-pass filters the coupled-resonator form. Snapping
searches one-part moves among the values the catalogue offers; every candidate is verified by the
nodal analysis in :mod:`chipsmith.tools.rf_verify` and its Monte Carlo yield measured.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from chipsmith.core.errors import InputError
from chipsmith.tools.rf_filter import FINER, MAX_ORDER, RFSpec, minimum_order, normalised_stop, reflection_limit, transform, with_values
from chipsmith.tools.rf_ladder import Element, Ladder, Prototype, synthesize

# --------------------------------------------------------------------------- design loop

@dataclass
class Attempt:
    """One (order, series, first element) tried, and how its best snapped variant did."""

    order: int
    series: str
    first: str
    met: bool
    note: str = ""
    ripple_design_db: float = 0.0
    pass_margin_db: float = float("nan")
    stop_margin_db: float = float("nan")

    def as_dict(self) -> dict[str, Any]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass
class _Margins:
    """An attempt's margins in the shape :func:`_score` reads."""

    att: Attempt

    @property
    def pass_margin_db(self) -> float:
        return self.att.pass_margin_db

    @property
    def stop_margin_db(self) -> float:
        return self.att.stop_margin_db


@dataclass
class Candidate:
    """One topology tried for a spec: the snapped network, its nominal check, its yield and parts."""

    topology: str  # "ladder" or "coupled resonators"
    order: int
    series: str
    first: str
    variant: str
    ripple_design_db: float
    prototype: Prototype | None
    ideal: Ladder
    ladder: Ladder
    check: Any  # rf_verify.Check on the full grid, with part losses
    score: float
    yield_fraction: float | None = None
    notes: list[str] = field(default_factory=list)  # ideal values no catalogue offers, and why

    @property
    def met(self) -> bool:
        return bool(self.check.met)

    @property
    def parts(self) -> int:
        return len(self.ladder.elements)

    def worst_part(self, spec: RFSpec) -> tuple[str, float]:
        """The part whose value sits closest to the edge of its catalogue's range: (name, value)."""
        from chipsmith.tools import rf_parts

        def room(e: Element) -> float:
            vals = rf_parts.values(e.kind, spec, self.series)
            return min(math.log(e.value / vals[0]), math.log(vals[-1] / e.value)) if len(vals) else -math.inf
        e = min(self.ladder.elements, key=room)
        return e.name, e.value

    def label(self) -> str:
        return f"{self.topology}, order {self.order}" + (f", {self.first}-first" if self.topology == "ladder" else "")

    def as_dict(self, spec: RFSpec, target: float) -> dict[str, Any]:
        name, value = self.worst_part(spec)
        return {"topology": self.topology, "order": self.order, "first": self.first, "series": self.series,
                "met_nominal": self.met, "yield": self.yield_fraction, "parts": self.parts,
                "worst_part": f"{name} {format_value(name[0], value)}",
                "buildable": bool(self.met and self.yield_fraction is not None and self.yield_fraction >= target),
                "pass_margin_db": round(self.check.pass_margin_db, 4), "stop_margin_db": round(self.check.stop_margin_db, 3),
                "notes": self.notes}


def format_value(kind: str, value: float) -> str:
    """A part value the way a BOM writes it: nH for inductors, pF for capacitors below 1 nF, else nF."""
    if kind == "L":
        return f"{value * 1e9:.3g} nH" if value < 1e-6 else f"{value * 1e6:.3g} µH"
    return f"{value * 1e12:.3g} pF" if value < 1e-9 else f"{value * 1e9:.3g} nF"


@dataclass
class Design:
    """The outcome: the chosen network (ideal and snapped), its checks and yield, and every candidate tried."""

    spec: RFSpec
    min_order: int
    order: int
    series: str
    first: str
    variant: str
    ripple_design_db: float
    prototype: Prototype | None
    ideal: Ladder
    ladder: Ladder
    check: Any  # rf_verify.Check of the snapped design (with part losses when given)
    ideal_check: Any
    yield_fraction: float | None
    attempts: list[Attempt]
    seconds: float
    warnings: list[str] = field(default_factory=list)
    topology: str = "ladder"
    candidates: list[Candidate] = field(default_factory=list)
    tolerances: list[float] = field(default_factory=list)  # ± of each part as ordered (F/H)
    advice: list[str] = field(default_factory=list)  # what would raise the yield, measured
    mc_samples: int = 0

    @property
    def met(self) -> bool:
        return bool(self.check.met)

    @property
    def yield_target(self) -> float:
        return self.spec.yield_target_pct / 100

    @property
    def buildable(self) -> bool:
        """Met at nominal with catalogue parts and a Monte Carlo yield at or above the target."""
        return bool(self.met and self.yield_fraction is not None and self.yield_fraction >= self.yield_target)

    def verdict_text(self) -> str:
        y = "" if self.yield_fraction is None else f"{100 * self.yield_fraction:.1f} %"
        if self.buildable:
            return f"met (buildable): yield {y} ≥ {self.spec.yield_target_pct:g} %"
        if self.met:
            return f"met at nominal, yield {y or 'not measured'} (target {self.spec.yield_target_pct:g} %)"
        if self.candidates and all(x.notes for x in self.candidates):
            return "not buildable with catalogue parts"
        return "not met"


def _variants(spec: RFSpec) -> list[tuple[float, float]]:
    """(ripple fraction, pass-band stretch) to design with: margin for snapping and tolerances to eat.

    A smaller design ripple and a pass band designed slightly wider than asked both turn
    spare stop-band attenuation into pass-band margin, which is what part tolerances eat.
    """
    return [(0.5, 1.0), (0.5, 1.03), (0.25, 1.06), (1.0, 1.0), (0.25, 1.0), (0.75, 1.02), (0.5, 1.1), (1.0, 1.05)]


def stretched(spec: RFSpec, k: float) -> RFSpec:
    """The spec with its pass band designed ``k`` times wider (the stop edges kept)."""
    if k == 1.0:
        return spec
    p = sorted(spec.pass_edges_hz)
    if spec.kind == "lowpass":
        edges = [p[0] * k]
    elif spec.kind == "highpass":
        edges = [p[0] / k]
    else:
        f0sq, bw = p[0] * p[1], (p[1] - p[0]) * (k if spec.kind == "bandpass" else 1 / k)
        lo = (-bw + math.sqrt(bw * bw + 4 * f0sq)) / 2
        edges = [lo, lo + bw]
    return spec.model_copy(update={"pass_edges_hz": edges})


@dataclass
class _Ctx:
    spec: RFSpec
    grid: Any  # the search grid
    full: Any  # the full check grid
    losses: Any


def _ladder_at(c: _Ctx, n: int, series_list: Sequence[str], firsts: Sequence[str], attempts: list[Attempt]) -> Candidate | None:
    """The best snapped ladder of order ``n``: the first (series, first element) that meets the spec, else the closest."""
    from chipsmith.tools import rf_verify as V

    spec = c.spec
    gamma, ratio = reflection_limit(spec), spec.z_load / spec.z_source
    protos: dict[tuple[str, float, float], tuple[Prototype, Ladder] | None] = {}
    plain: dict[tuple[str, float, float], Prototype | ArithmeticError] = {}
    fallback: Candidate | None = None
    for series in series_list:
        for first in firsts:
            found: Candidate | None = None
            att = Attempt(n, series, first, False)
            for r, k in _variants(spec):
                key = (first, r, k)
                if key not in protos:
                    wide = stretched(spec, k)
                    ws_k = normalised_stop(wide)
                    # only the elliptic prototype depends on the stop edge; the others are shared
                    pkey = (first, r, ws_k if spec.response == "elliptic" else 0.0)
                    try:
                        if ws_k <= 1.0:
                            raise ArithmeticError("stretched pass band reaches the stop band")
                        if pkey not in plain:
                            try:
                                plain[pkey] = synthesize(spec.response, n, spec.ripple_db * r, ws_k, gamma, first, ratio)  # type: ignore[arg-type]
                            except ArithmeticError as exc:
                                plain[pkey] = exc
                        pr = plain[pkey]
                        if isinstance(pr, ArithmeticError):
                            raise pr
                        protos[key] = (pr, transform(pr.ladder, wide))
                    except ArithmeticError as exc:
                        protos[key] = None
                        att.note = str(exc)
                if protos[key] is None:
                    continue
                pr, ideal = protos[key]  # type: ignore[misc]
                lad, chk, score = _snap_search(ideal, series, spec, c.grid, c.losses)
                cand = Candidate("ladder", n, series, first, pr.variant, spec.ripple_db * r, pr, ideal, lad, chk, score)
                if fallback is None or score > fallback.score:
                    fallback = cand
                if not chk.met and (math.isnan(att.pass_margin_db) or score > _score(spec, _Margins(att))):
                    att.pass_margin_db, att.stop_margin_db = chk.pass_margin_db, chk.stop_margin_db
                if chk.met and (found is None or score > found.score):
                    full_chk = V.check_response(spec, c.full, V.ladder_s(lad, c.full.f, losses=c.losses)[0])
                    if full_chk.met:  # the search grid is coarse: confirm on the full one
                        found = cand
                if found is not None and found.score >= 0.2:
                    break  # margin enough for typical tolerances; more variants cost time
            if found is not None:
                att.met, att.note, att.ripple_design_db = True, "", found.ripple_design_db
                att.pass_margin_db, att.stop_margin_db = found.check.pass_margin_db, found.check.stop_margin_db
                attempts.append(att)
                return found
            if not math.isnan(att.pass_margin_db):
                att.note = (f"snapped values miss the spec (best margins: pass {att.pass_margin_db:+.3f} dB, "
                            f"stop {att.stop_margin_db:+.2f} dB)")
            attempts.append(att)
    return fallback


def _coupled_at(c: _Ctx, n: int, series: str) -> Candidate | None:
    """The capacitively coupled shunt-resonator band-pass of order ``n`` (equal inductors), snapped to the catalogue."""
    from chipsmith.tools import rf_coupled

    spec = c.spec
    best: Candidate | None = None
    for r, k in _variants(spec)[:4]:
        wide = stretched(spec, k)
        g = rf_coupled.g_values(wide, n, spec.ripple_db * r)
        if g is None:
            continue
        ideal = rf_coupled.best_inductor(wide, g)
        if ideal is None:
            continue
        lad, chk, score = _snap_search(ideal, series, spec, c.grid, c.losses, fixed_kinds=("L",))
        cand = Candidate("coupled resonators", n, series, "shunt", "a", spec.ripple_db * r, None, ideal, lad, chk, score)
        if best is None or score > best.score:
            best = cand
        if chk.met and score >= 0.2:
            break
    return best


def design(spec: RFSpec, *, mc_samples: int = 200, seed: int = 0, max_extra_orders: int = 2) -> Design:
    """Try the candidate topologies with catalogue parts, measure each one's yield, keep the best buildable one.

    Candidates: the ladder at the minimum order and one above (escalating the capacitor E-series and
    the first element within an order), and for band-pass filters the coupled-resonator form at
    the same orders. A candidate is buildable when its snapped parts meet the spec at nominal and
    its Monte Carlo yield (every part uniform within its catalogue tolerance) reaches the target.
    """
    import time

    from chipsmith.tools import rf_parts
    from chipsmith.tools import rf_verify as V

    t0 = time.monotonic()
    n_min = minimum_order(spec)
    c = _Ctx(spec, V.spec_grid(spec, points=41), V.spec_grid(spec), V.losses_for(spec))
    attempts: list[Attempt] = []
    series_list = [spec.eseries]
    while FINER[series_list[-1]]:
        series_list.append(FINER[series_list[-1]])  # type: ignore[arg-type]
    firsts = [spec.first_element, "series" if spec.first_element == "shunt" else "shunt"]
    top = min(n_min + max_extra_orders, MAX_ORDER)
    cands: list[Candidate] = []
    target = spec.yield_target_pct / 100
    # coupled resonators are all-pole: an elliptic spec gets them at the Chebyshev order it needs
    n_cpl = minimum_order(spec.model_copy(update={"response": "chebyshev"})) if (
        spec.kind == "bandpass" and spec.response == "elliptic") else n_min
    for n in range(n_min, top + 1):
        new: list[Candidate] = []
        cand = _ladder_at(c, n, series_list, firsts, attempts)
        if cand is not None:
            new.append(cand)
        if spec.kind == "bandpass" and n_cpl + n - n_min <= MAX_ORDER:
            cc = _coupled_at(c, n_cpl + n - n_min, spec.eseries)
            if cc is not None:
                new.append(cc)
        for cand in new:
            cand.check = V.check_response(spec, c.full, V.ladder_s(cand.ladder, c.full.f, losses=c.losses)[0])
            cand.notes = [w for w in (rf_parts.practical_note(e.kind, e.value, spec) for e in cand.ideal.elements) if w]
            if cand.met and mc_samples:
                cand.ladder = _yield_polish(cand, c, seed=seed + 1)
                cand.check = V.check_response(spec, c.full, V.ladder_s(cand.ladder, c.full.f, losses=c.losses)[0])
                cand.yield_fraction = V.monte_carlo(cand.ladder, spec, c.grid, samples=mc_samples, seed=seed, losses=c.losses,
                                                    tolerances=_tol(cand.ladder, spec))
        cands += new
        good = any(x.met and (x.yield_fraction is None or x.yield_fraction >= target) for x in cands)
        if n >= n_min + 1 and good:
            break  # two orders give the side-by-side comparison; higher ones only while nothing is buildable
    if not cands:
        raise InputError(f"no ladder realises a {spec.response} {spec.kind} with {spec.z_source:g}/{spec.z_load:g} ohm "
                         f"terminations at orders {n_min}..{top} ({attempts[-1].note if attempts else ''}); "
                         "try equal terminations or another response")

    def rank(x: Candidate) -> tuple[float, ...]:
        y = x.yield_fraction or 0.0
        ok = x.met and y >= target
        return (float(ok), float(x.met), -x.parts if ok else y, y, x.score)
    chosen = max(cands, key=rank)
    ideal_chk = V.check_response(spec, c.full, V.ladder_s(chosen.ideal, c.full.f, losses=c.losses)[0])
    warns = _practicality(chosen.ladder, spec)
    if chosen.topology == "ladder" and chosen.first != spec.first_element:
        why = next((a.note for a in attempts if a.first == spec.first_element and a.order == chosen.order), "")
        warns.append(f"the {spec.first_element}-first ladder did not work at order {chosen.order} ({why}); "
                     f"this one starts with a {chosen.first} element")
    d = Design(spec, n_min, chosen.order, chosen.series, chosen.first, chosen.variant, chosen.ripple_design_db,
               chosen.prototype, chosen.ideal, chosen.ladder, chosen.check, ideal_chk, chosen.yield_fraction,
               attempts, 0.0, warns, chosen.topology, cands, [float(t) for t in _tol(chosen.ladder, spec)], [], mc_samples)
    d.advice = _advice(d, c, seed) if (mc_samples and not d.buildable) else []
    d.seconds = time.monotonic() - t0
    return d


def _tol(lad: Ladder, spec: RFSpec) -> np.ndarray:
    from chipsmith.tools import rf_parts

    return np.asarray(rf_parts.tolerance_array([e.kind for e in lad.elements], np.array([e.value for e in lad.elements]), spec)[0])


def _advice(d: Design, c: _Ctx, seed: int) -> list[str]:
    """What would raise the yield, each figure measured: the tightest grades sold, the other candidates."""
    from chipsmith.tools import rf_verify as V

    out = []
    spec = d.spec
    if d.met and spec.tolerance_pct > 1.0:
        tight = spec.model_copy(update={"tolerance_pct": 0.0})
        y = V.monte_carlo(d.ladder, spec, c.grid, samples=max(100, d.mc_samples), seed=seed, losses=c.losses,
                          tolerances=_tol(d.ladder, tight))
        out.append(f"tighter parts (the tightest grades sold: ±0.05 pF below 10 pF, ±1 % from 10 pF, ±2 % inductors from 2 nH): "
                   f"yield {100 * y:.1f} %")
    for x in d.candidates:
        if x.ladder is d.ladder:
            continue
        if x.met:
            out.append(f"{x.label()}: yield {100 * (x.yield_fraction or 0):.1f} % with {x.parts} parts")
        else:
            if x.notes:
                out.append(f"{x.label()}: not realisable with catalogue parts ({'; '.join(x.notes[:2])})")
            else:
                out.append(f"{x.label()}: misses the spec with catalogue parts (pass {x.check.pass_margin_db:+.3f} dB, "
                           f"stop {x.check.stop_margin_db:+.2f} dB)")
    if spec.kind == "bandpass" and not any(x.met and (x.yield_fraction or 0) >= d.yield_target for x in d.candidates):
        out.append("a distributed realisation: a coupled-line microstrip band-pass (add e.g. 'microstrip on 1.6 mm FR4' to the "
                   "request), or a wider pass band")
    return out


def _score(spec: RFSpec, chk: Any) -> float:
    """The worse of the two relative margins: what snapping and tolerances have left to eat."""
    return float(min(chk.pass_margin_db / spec.ripple_db, chk.stop_margin_db / spec.atten_db))


def _snap_search(ideal: Ladder, series: str, spec: RFSpec, grid: Any, losses: Any,
                 fixed_kinds: tuple[str, ...] = ()) -> tuple[Ladder, Any, float]:
    """Snap to the nearest catalogue values, then move single parts to neighbouring values while the margin grows.

    Nearest-value rounding of every part independently can throw a sensitive (narrow-band)
    filter off its spec although a nearby combination meets it; a steepest-ascent search over
    one-part moves finds such combinations, each one verified. Only values the catalogue offers
    in this band are ever used (a part of kind in ``fixed_kinds`` keeps its value).
    """
    from chipsmith.tools import rf_parts
    from chipsmith.tools import rf_verify as V

    opts = [[e.value] if e.kind in fixed_kinds else rf_parts.neighbours(e.kind, e.value, spec, series) for e in ideal.elements]
    if any(not o for o in opts):
        lad = ideal
        chk = V.check_response(spec, grid, V.ladder_s(ideal, grid.f, losses=losses)[0])
        chk.met = False
        return lad, chk, -math.inf
    cur = np.array([min(o, key=lambda v, e=e: abs(math.log(v / e.value))) for o, e in zip(opts, ideal.elements)])  # type: ignore[misc]
    s21, _ = V.ladder_s(ideal, grid.f, values=cur[None, :], losses=losses)
    chk = V.check_batch(spec, grid, s21)[0]
    score = _score(spec, chk)
    for _ in range(2 * len(cur)):
        cands = []
        for i, alts in enumerate(opts):
            for v in alts:
                if v != cur[i]:
                    cn = cur.copy()
                    cn[i] = v
                    cands.append(cn)
        if not cands:
            break
        batch = np.array(cands)
        s21, _ = V.ladder_s(ideal, grid.f, values=batch, losses=losses)
        pm, sm = V.margins(spec, grid, s21)
        a, b = pm / spec.ripple_db, sm / spec.atten_db
        scores = np.where(b < a, b, a)  # _score of each row, as min() picks (the first unless the second is smaller)
        j = int(np.argmax(scores))
        if scores[j] <= score + 1e-9:
            break
        cur, chk, score = batch[j], V.check_batch(spec, grid, s21[j:j + 1])[0], float(scores[j])
    return with_values(ideal, cur), chk, score


def _yield_polish(cand: Candidate, c: _Ctx, *, seed: int, samples: int = 64, rounds: int = 3) -> Ladder:
    """Move single parts to a neighbouring catalogue value while the Monte Carlo yield grows.

    The margin-driven snap maximises the nominal margin; what a builder needs is the fraction of
    builds that pass. Every move is scored on the same random draws (common random numbers),
    so a difference between moves is the move's, not noise. The reported yield is then measured
    on fresh draws.
    """
    from chipsmith.tools import rf_parts
    from chipsmith.tools import rf_verify as V

    spec, lad = c.spec, cand.ladder
    kinds = [e.kind for e in lad.elements]
    fixed = cand.topology == "coupled resonators"
    opts = [[e.value] if (fixed and e.kind == "L") else rf_parts.neighbours(e.kind, e.value, spec, cand.series, k=1)
            for e in lad.elements]
    u = np.random.default_rng(seed).uniform(-1.0, 1.0, size=(samples, len(kinds)))

    def yields(batch: np.ndarray) -> np.ndarray:
        tol = rf_parts.tolerance_array(kinds, batch, spec)
        vals = (batch[:, None, :] + u[None, :, :] * tol[:, None, :]).reshape(-1, len(kinds))
        s21, _ = V.ladder_s(lad, c.grid.f, values=vals, losses=c.losses)
        nominal, _ = V.ladder_s(lad, c.grid.f, values=batch, losses=c.losses)
        ok = V.met_mask(spec, c.grid, s21).reshape(len(batch), samples).mean(axis=1)
        return np.asarray(np.where(V.met_mask(spec, c.grid, nominal), ok, -1.0))

    cur = np.array([e.value for e in lad.elements])
    best = float(yields(cur[None, :])[0])
    for _ in range(rounds):
        if best >= 1.0:
            break
        moves = []
        for i, alts in enumerate(opts):
            for v in alts:
                if abs(v / cur[i] - 1) > 1e-9:
                    m = cur.copy()
                    m[i] = v
                    moves.append(m)
        if not moves:
            break
        batch = np.array(moves)
        ys = yields(batch)
        j = int(np.argmax(ys))
        if ys[j] <= best + 1e-9:
            break
        cur, best = batch[j], float(ys[j])
        opts = [[e] if (fixed and k == "L") else rf_parts.neighbours(k, float(e), spec, cand.series, k=1) for k, e in zip(kinds, cur)]
    return with_values(lad, cur)


def _practicality(lad: Ladder, spec: RFSpec) -> list[str]:
    """What the catalogues cannot promise at these frequencies: said, not hidden."""
    out = []
    f_top = max(spec.pass_edges_hz + spec.stop_edges_hz)
    if f_top > 3e9:
        out.append("above ~3 GHz lumped parts' self-resonance and parasitics dominate; a distributed realisation is advisable")
    return out
