"""What every model-card builder shares: the card and check records, test conditions in SI, and the deck a check runs in.

A :class:`Check` is one datasheet figure to reproduce: a few netlist lines of its own (node
names unique to the check), the analysis it needs and the ``let``/``meas``/``print`` lines
that read the figure. :func:`batch_deck` puts every check of a card into one ngspice deck
(one ``op``, one ``dc``, one ``ac``, one ``tran`` at most), so a card is simulated back in
one ngspice start; ``Check.deck`` is the same check alone, run when the batch fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from chipsmith.core.units import parse_quantity
from chipsmith.tools.datasheet_tables import Param

VT = 0.025852  # kT/q at 27 °C, as ngspice uses at its default temperature


@dataclass
class Fitted:
    value: float
    formula: str
    inputs: list[str] = field(default_factory=list)  # the datasheet figures used, with their page


@dataclass
class Card:
    """A model card with how every parameter was obtained."""

    kind: str  # diode | mosfet | bjt | opamp
    name: str
    text: str
    params: dict[str, Fitted]
    assumptions: list[str]
    polarity: str = ""  # "N"/"P" for MOSFETs, "NPN"/"PNP" for BJTs
    defaults: list[str] = field(default_factory=list)  # model parameters set by a documented default (not in the datasheet)

    @property
    def filename(self) -> str:
        return f"{self.name}.{'subckt' if self.kind == 'opamp' else 'model'}"


@dataclass
class Check:
    """One datasheet figure to reproduce by simulation.

    ``circuit`` holds the check's own elements; ``analysis`` the analysis line (``op``,
    ``dc …``, ``ac …``, ``tran …``); ``control`` the lines that compute ``measure`` after it.
    """

    name: str
    parameter: str  # canonical datasheet parameter
    target: float
    unit: str
    tolerance: float  # relative, or absolute when ``absolute`` is set
    model: str  # the card text the circuit instantiates
    circuit: str
    analysis: str
    control: list[str]
    measure: str
    conditions: str
    cite: str
    absolute: bool = False
    transform: Callable[[dict[str, float]], float] | None = None

    @property
    def deck(self) -> str:
        """This check alone, as a complete ngspice deck."""
        return batch_deck([self], title=self.name)


@dataclass
class CheckResult:
    name: str
    parameter: str
    target: float
    simulated: float | None
    unit: str
    residual: float | None  # relative (or absolute for dB / degrees)
    tolerance: float
    ok: bool
    conditions: str
    cite: str
    absolute: bool = False
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


_ORDER = ("op", "dc", "ac", "tran")


def batch_deck(checks: list[Check], title: str = "") -> str:
    """One deck for ``checks``: every circuit once, each analysis once, then the lines that read each figure."""
    if not checks:
        raise ValueError("batch_deck needs at least one check")
    models = _unique(c.model for c in checks)
    circuits = _unique(c.circuit for c in checks)
    control: list[str] = []
    analyses = _unique(c.analysis for c in checks)
    for a in sorted(analyses, key=lambda a: _ORDER.index(a.split()[0]) if a.split()[0] in _ORDER else len(_ORDER)):
        control.append(a)
        control += _unique(ln for c in checks if c.analysis == a for ln in c.control)
    head = f"* {title or 'datasheet figures simulated back'}"
    return "\n".join([head, *models, *circuits, ".control", *control, "quit 0", ".endc", ".end", ""])


# ---------------------------------------------------------------- conditions

_COND = re.compile(r"\b([A-Za-z][A-Za-z()]{0,8})\s*=\s*([±+\-–−]?\s*\d[\d.]*(?:[eE][+-]?\d+)?\s*(?:\(cid:\d+\))?[a-zA-Zµμ°Ω]*)")
_DC_SUFFIX = re.compile(r"(?<=[VA])dc$|(?<=A)mps?$", re.IGNORECASE)


def conditions(text: str) -> dict[str, float]:
    """``"VGS = 10 V, ID = 8 A"`` → ``{"VGS": 10.0, "ID": 8.0}`` (SI, printed sign kept).

    Units as vendors print them ("10 mAdc", "0.5 Amps") are read; a key given two different
    values in one cell ("IF = 10 mA IF = 5 mA", a row whose conditions were merged) is left
    out rather than guessed; unreadable pairs are left out.
    """
    out: dict[str, float] = {}
    clash: set[str] = set()
    for key, val in _COND.findall(text or ""):
        # an unmapped glyph between a number and its unit is its prefix, in practice a Symbol-font µ ("-250 (cid:2)A")
        raw = re.sub(r"\(cid:\d+\)(?=[AVFsWH](?![a-z]))", "µ", _DC_SUFFIX.sub("", val.replace(" ", "").replace("±", "")))
        q = parse_quantity(raw)
        if q is None:
            continue
        k = re.sub(r"[^A-Za-z]", "", key).upper()
        if k in out and abs(out[k] - q.value) > 1e-12 * max(1.0, abs(q.value)):
            clash.add(k)
        out[k] = q.value
    return {k: v for k, v in out.items() if k not in clash}


def cite(p: Param) -> str:
    return f"page {p.page}: {p.source}"


def fmt(x: float) -> str:
    return f"{x:.6g}"


def figure(p: Param) -> float | None:
    """The figure a card is fitted to and checked against: the typical value, else the guaranteed maximum.

    Many real datasheets print only limits (1N4148: V_F ≤ 1 V at 10 mA; 2N7000: R_DS(on) ≤ 5 Ω);
    a card fitted to the limit is a worst-case card, and the card says so (:func:`limit_note`).
    """
    return p.typ if p.typ is not None else p.max


def at_25c(p: Param) -> bool:
    """False for a row measured at another temperature (TJ = 100 °C): one temperature per fit."""
    temps = {k: v for k, v in conditions(p.conditions).items() if k in ("TJ", "TA", "TC", "T")}
    return all(abs(v - 25.0) < 1e-9 for v in temps.values())


def limit_note(rows: list[Param], what: str) -> list[str]:
    if any(r.typ is None for r in rows):
        return [f"{what}: no typical value printed, fitted to the guaranteed maximum (a worst-case card)"]
    return []


def rows(records: list[Param], canonical: str) -> list[Param]:
    """Records of one canonical name measured at 25 °C that carry a figure."""
    return [p for p in records if p.canonical == canonical and figure(p) is not None and at_25c(p)]


def row_conditions(p: Param) -> dict[str, float]:
    """The row's conditions; when the conditions cell lost them, those written in the row itself."""
    c = conditions(p.conditions)
    return c if c else conditions(p.source)


def first(best: Mapping[str, Param], *names: str) -> Param | None:
    for n in names:
        p = best.get(n)
        if p is not None and p.value is not None:
            return p
    return None
