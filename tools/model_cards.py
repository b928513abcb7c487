"""SPICE model cards fitted from datasheet parameters, and their check against the datasheet's own figures in ngspice.

One builder per device class, each in its own module with the deck that checks it:
:mod:`~chipsmith.tools.model_cards_diode`, :mod:`~chipsmith.tools.model_cards_mosfet` (N- and
P-channel), :mod:`~chipsmith.tools.model_cards_bjt` (NPN and PNP) and
:mod:`~chipsmith.tools.model_cards_opamp`. Each returns a :class:`Card`: the ``.model`` or
``.subckt`` text, every fitted parameter with the formula that produced it and the
datasheet values it came from, the assumptions, and the ``defaults`` used where the
datasheet lacks a figure the model needs. :func:`checks_for` lists the datasheet figures
to simulate back, each with its tolerance; :func:`simulate` runs them all in one ngspice
deck per card (each alone only when that deck fails).

This module also says, per class, which figures a card needs (:data:`NEEDED`: without them
there is no card) and which further figures the model uses (:data:`USES`: without them the
card takes a documented default); :func:`not_in_datasheet` lists those a datasheet lacks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chipsmith.core.errors import InputError
from chipsmith.tools.datasheet_tables import Param
from chipsmith.tools.model_card_base import VT, Card, Check, CheckResult, Fitted, batch_deck, conditions
from chipsmith.tools.model_cards_bjt import bjt_checks, fit_bjt
from chipsmith.tools.model_cards_bjt import points as bjt_points
from chipsmith.tools.model_cards_diode import diode_checks, fit_diode, forward_points
from chipsmith.tools.model_cards_mosfet import fit_mosfet, mosfet_checks, ron_points
from chipsmith.tools.model_cards_opamp import fit_opamp, opamp_checks

__all__ = ["MODELLED", "NEEDED", "USES", "VT", "Card", "Check", "CheckResult", "Fitted", "batch_deck", "build_card", "checks_for",
           "conditions", "fit_bjt", "fit_diode", "fit_mosfet", "fit_opamp", "has_needed_figures", "judge", "not_in_datasheet",
           "simulate", "spice_name"]

MODELLED = ("diode", "mosfet", "bjt", "opamp")

# The figures without which a class gets no card (each alternative a tuple of canonical names that must all be there,
# with the test conditions named in brackets); in words for the docs and the report.
NEEDED: dict[str, str] = {
    "diode": "V_F with its test current I_F",
    "mosfet": "V_GS(th), and R_DS(on) with its V_GS and I_D or g_fs with its I_D",
    "bjt": "h_FE with its test current I_C",
    "opamp": "the gain-bandwidth product GBW",
}

# Further figures the model uses: canonical name(s) → (what it sets, the default when the datasheet lacks it).
USES: dict[str, list[tuple[tuple[str, ...], str, str]]] = {
    "diode": [(("v_f",), "IS, N, RS (a third V_F point fits RS)", "N = 1, RS = 0 with one point"),
              (("c_j",), "CJO", "CJO = 0 (no junction capacitance)"),
              (("v_br", "v_rrm"), "BV, IBV", "no reverse breakdown modelled"),
              (("t_rr",), "TT", "TT = 0 (no stored charge)")],
    "mosfet": [(("c_iss",), "CGSO", "CGSO = 0"), (("c_rss",), "CGDO", "CGDO = 0"), (("c_oss",), "CBD", "CBD = 0"),
               (("g_fs",), "KP (with R_DS(on)), RD", "RD = 0 with one R_DS(on) point"),
               (("lambda", "g_os"), "LAMBDA", "LAMBDA = 0")],
    "bjt": [(("v_be_on", "v_be_sat"), "IS", "IS = 1e-14 A"), (("v_ce_sat",), "RC", "RC = 0"),
            (("f_t",), "TF", "TF = 0"), (("c_ob",), "CJC", "CJC = 0"), (("c_ib",), "CJE", "CJE = 0"),
            (("v_af",), "VAF", "VAF = 100 V")],
    "opamp": [(("a_ol",), "R1 (DC gain)", "A_OL = 100 dB"), (("sr",), "I1 (slew limit)", "slew limit at 1 V overdrive"),
              (("phase_margin",), "F2 (second pole)", "second pole at 100·GBW"), (("r_out",), "ROUT", "ROUT = 50 Ω"),
              (("v_os",), "VOS", "VOS = 0"), (("i_b",), "IB", "IB = 0"), (("i_q",), "IQ", "IQ = 0")],
}


def has_needed_figures(kind: str, records: list[Param]) -> bool:
    """True when ``records`` hold every figure :data:`NEEDED` names for ``kind`` (with its test conditions)."""
    records = sound(records)
    best = {p.canonical: p for p in reversed(records) if p.canonical and p.value is not None}
    if kind == "diode":
        return bool(forward_points(records))
    if kind == "mosfet":
        gfs = best.get("g_fs")
        return "v_gs_th" in best and (bool(ron_points(records)) or (gfs is not None and gfs.typ is not None
                                                                    and bool(conditions(gfs.conditions).get("ID"))))
    if kind == "bjt":
        return any(p.kind == "hfe" for p in bjt_points(records))
    if kind == "opamp":
        return "gbw" in best
    return False


def not_in_datasheet(kind: str, best: Mapping[str, Param], records: list[Param]) -> list[dict[str, str]]:
    """Each figure the ``kind`` model needs or uses that the datasheet lacks: ``{name, needed_for, default_used}``.

    A needed figure (no card without it) has ``default_used`` "none: no card".
    """
    if kind not in MODELLED:
        return []
    out: list[dict[str, str]] = []
    if not has_needed_figures(kind, records):
        out.append({"name": NEEDED[kind], "needed_for": f"the {kind} card", "default_used": "none: no card"})
    for names, sets, default in USES[kind]:
        if not any(best.get(n) is not None and best[n].value is not None for n in names):
            out.append({"name": " or ".join(names), "needed_for": sets, "default_used": default})
    return out


_PART_NUMBER = re.compile(r"^(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]*$")


def spice_name(part: str, kind: str) -> str:
    """The model's name: the part number when ``part`` is a datasheet title ("UX4148 Small Signal
    Fast Switching Diode" names the model UX4148), else ``part`` made a SPICE identifier."""
    words = (part or "").replace(",", " ").split()
    numbers = [w for w in words if _PART_NUMBER.match(w)]
    chosen = numbers[0] if numbers else (part or kind)
    base = re.sub(r"[^A-Za-z0-9_]", "_", chosen).strip("_") or kind
    return base if base[0].isalpha() else f"X{base}"


_FIT: dict[str, Callable[[Mapping[str, Param], list[Param], str], Card]] = {
    "diode": fit_diode, "mosfet": fit_mosfet, "bjt": fit_bjt, "opamp": fit_opamp}
_CHECKS: dict[str, Callable[[Card, Mapping[str, Param], list[Param]], list[Check]]] = {
    "diode": diode_checks, "mosfet": mosfet_checks, "bjt": bjt_checks, "opamp": opamp_checks}


def build_card(kind: str, best: Mapping[str, Param], records: list[Param], part: str = "") -> Card:
    """The model card for ``kind`` (diode, mosfet, bjt, opamp); InputError when the figures it needs are missing."""
    if kind not in _FIT:
        raise InputError(f"no SPICE model builder for device class {kind!r} (supported: {', '.join(MODELLED)})")
    return _FIT[kind](best, sound(records), spice_name(part, kind))


def sound(records: list[Param]) -> list[Param]:
    """The records a card may be fitted to or judged by: a row read across misplaced column edges ("660 7" in one
    cell) is left out, since which value belongs to which column is a guess."""
    return [p for p in records if not any(f.startswith("misaligned") for f in p.flags)]


def checks_for(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    return _CHECKS[card.kind](card, best, sound(records))


@dataclass
class Simulated:
    """One check's verdict and the ngspice run it came from (shared by every check of a batch)."""

    check: Check
    result: CheckResult
    run: Any  # chipsmith.tools.ngspice.SpiceResult


def simulate(checks: list[Check], sim: Any, work_dir: Callable[[], Path]) -> list[Simulated]:
    """Every check of one card in one ngspice run; when that run fails, each check alone so one bad figure spoils no other.

    ``sim`` is a :class:`chipsmith.tools.ngspice.Ngspice`; ``work_dir()`` gives a fresh directory per run.
    """
    if not checks:
        return []
    batch = sim.run(batch_deck(checks), work_dir())
    runs = [batch] * len(checks) if batch.ok else [sim.run(c.deck, work_dir()) for c in checks]
    return [Simulated(c, judge(c, r.measures, "" if r.ok else f"ngspice {r.verdict}: {r.first_error or ''}".rstrip(": ")), r)
            for c, r in zip(checks, runs, strict=True)]


def judge(check: Check, measures: Mapping[str, float] | None, error: str = "") -> CheckResult:
    """Compare one simulated figure with the datasheet's; missing measures fail with the reason."""
    if measures is None or check.measure not in measures:
        return CheckResult(check.name, check.parameter, check.target, None, check.unit, None, check.tolerance, False,
                           check.conditions, check.cite, check.absolute, error or f"ngspice wrote no value for {check.measure!r}")
    try:
        sim = check.transform(dict(measures)) if check.transform else float(measures[check.measure])
    except (KeyError, ZeroDivisionError) as exc:
        return CheckResult(check.name, check.parameter, check.target, None, check.unit, None, check.tolerance, False,
                           check.conditions, check.cite, check.absolute, f"cannot compute the figure: {exc}")
    if check.absolute:
        residual = sim - check.target
        ok = abs(residual) <= check.tolerance
    else:
        residual = (sim - check.target) / check.target if check.target else sim
        ok = abs(residual) <= check.tolerance
    return CheckResult(check.name, check.parameter, check.target, sim, check.unit, residual, check.tolerance, ok,
                       check.conditions, check.cite, check.absolute)
