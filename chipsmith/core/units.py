"""Datasheet numbers and units to SI, with pint doing the unit arithmetic.

Datasheets write the same quantity many ways: ``4.7 µA``, ``4.7uA``, ``4.7 x 10^-6 A``,
``2.2 mΩ``, ``1meg`` (SPICE), ``±20``, ``–0.5`` (en dash as minus), ``V/µs``, ``nV/√Hz``.
:func:`parse_number` reads the number, :func:`clean_unit` rewrites the unit text into
something pint understands, and :func:`to_si` converts to one preferred SI unit per
dimension (V, A, ohm, F, C, s, Hz, W, V/s, K/W, ...). Ratios (dB, %, ppm) and
temperatures (°C) are kept as written, because their "SI" form would surprise a reader.

Nothing here guesses: text that is not a number gives ``None`` and the caller keeps
the text with a flag.
"""

from __future__ import annotations

import math
import re
import tokenize
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pint

# Units kept as they are (no SI conversion), keyed by their cleaned spelling.
_KEEP = {"dB": "dB", "db": "dB", "dBc": "dBc", "%": "%", "percent": "%", "ppm": "ppm", "degC": "degC",
         "ppm/degC": "ppm/degC", "%/V": "%/V", "%/A": "%/A", "%/mA": "%/mA", "mV/V": "mV/V", "mV/mA": "mV/mA",
         "uV/degC": "uV/degC", "mV/degC": "mV/degC", "dB/decade": "dB/decade", "deg": "deg", "degree": "deg",
         "degrees": "deg", "°": "deg"}

# Preferred SI spelling per unit class; the first whose dimensionality matches wins.
_PREFERRED = ("V", "A", "ohm", "F", "C", "s", "Hz", "W", "H", "J", "S", "V/s", "A/s", "K/W", "V/Hz**0.5",
              "A/Hz**0.5", "V/K", "A/K", "1/K", "K")
_PRETTY = {"V/Hz**0.5": "V/rtHz", "A/Hz**0.5": "A/rtHz"}

_SUFFIX = {"T": 1e12, "G": 1e9, "MEG": 1e6, "meg": 1e6, "Meg": 1e6, "k": 1e3, "K": 1e3, "m": 1e-3, "u": 1e-6,
           "µ": 1e-6, "μ": 1e-6, "n": 1e-9, "p": 1e-12, "f": 1e-15}

_DASHES = "\u2012\u2013\u2014\u2212\u2010\u2011"  # figure dash, en dash, em dash, minus, hyphens
_NUM = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_NUMBER_RE = re.compile(
    rf"^(?P<cmp>[<>≤≥~≈]|<=|>=)?\s*(?P<pm>±|\+/-|\+-)?\s*(?P<num>{_NUM})"
    rf"(?:\s*[x×\*]\s*10\s*(?:\^|\*\*)?\s*(?P<exp>[+-]?\d+))?"
    rf"(?P<rest>.*)$"
)
_EMPTY = {"", "-", "--", "---", "n/a", "na", "—", "–", "nil", "none", "·", "…", "⎯", "―"}  # Toshiba: a line extender


@dataclass(frozen=True)
class Number:
    """A number read from a cell: its value, whether it was written ``±x``, and any text after it."""

    value: float
    symmetric: bool
    rest: str


def _canon_dashes(text: str) -> str:
    for d in _DASHES:
        text = text.replace(d, "-")
    return text


def is_empty(text: str | None) -> bool:
    """True for the dashes and blanks datasheets put in cells that have no value."""
    if text is None:
        return True
    return _canon_dashes(text).strip().lower() in _EMPTY


def parse_number(text: str) -> Number | None:
    """The leading number of ``text`` (``1.2``, ``-0.5``, ``±20``, ``4.7e-9``, ``2 x 10^-3``, ``< 1``), or None.

    A bound written into the cell ("< 1" under Max, "~3" under Typ) reads as its number:
    the column already says which bound it is.

    A SPICE/engineering suffix glued to the number (``2.2k``, ``1meg``, ``10u``) is applied
    only when no unit text follows that could be read as a prefixed unit instead; that
    call is :func:`parse_quantity`'s, so here the suffix stays in ``rest``.
    """
    t = _canon_dashes(text).strip().replace(",", "") if text else ""
    t = t.replace("\u00b1", "±")
    m = _NUMBER_RE.match(t)
    if not m:
        return None
    try:
        value = float(m.group("num"))
    except ValueError:
        return None
    if m.group("exp"):
        value *= 10.0 ** int(m.group("exp"))
    if math.isnan(value) or math.isinf(value):
        return None
    return Number(value=value, symmetric=bool(m.group("pm")), rest=m.group("rest").strip())


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry[Any]:
    """One shared pint registry (building one takes ~0.3 s)."""
    ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    return ureg


def clean_unit(unit: str) -> str:
    """Datasheet unit text rewritten for pint: µ→u, Ω→ohm, °C→degC, √Hz→Hz**0.5, V/µs→V/us."""
    u = unit.strip()
    # a noise density whose "/√" the text layer lost to unmapped glyphs ("(cid:2) nV(cid:3) Hz") or put out of order ("Hz√nV/")
    noise = re.fullmatch(r"(?:\(cid:\d+\)\s*)*([munpfµμ]?[VA])\s*/?\s*(?:\(cid:\d+\)\s*)+/?\s*Hz|Hz\s*√\s*([munpfµμ]?[VA])\s*/", u)
    u = (noise.group(1) or noise.group(2)) + "/√Hz" if noise else u.strip("[]()").strip()
    u = u.replace("\u00b5", "u").replace("\u03bc", "u")  # micro sign, Greek mu
    u = u.replace("\u2126", "ohm").replace("\u03a9", "ohm").replace("Ohm", "ohm").replace("ohms", "ohm")
    u = re.sub(r"°\s*C|º\s*C|deg\s*C\b|\u2103", "degC", u)
    u = re.sub(r"°\s*/\s*W|°\s*C\s*/\s*W", "K/W", u)
    u = re.sub(r"degC\s*/\s*W", "K/W", u)  # a thermal resistance is a temperature difference per watt
    u = re.sub(r"√\s*Hz|sqrt\(\s*Hz\s*\)|rtHz|Hz\^?1/2|Hz\*\*0\.5|Hz\^0\.5", "Hz**0.5", u)
    u = u.replace("·", "*").replace(" ", "")
    u = re.sub(r"^([munpfkMG]?)mho$", r"\1S", u)
    if u in ("Vpp", "Vp-p", "VPP"):
        u = "V"
    return u


def _preferred(q: Any) -> str | None:
    ureg = registry()
    for cand in _PREFERRED:
        if q.dimensionality == ureg.Quantity(1, cand).dimensionality:
            return cand
    return None


@dataclass(frozen=True)
class SIValue:
    """A value in SI with its SI unit text; ``unit`` is "" for a pure number."""

    value: float
    unit: str
    symmetric: bool = False


def unit_factor(unit_text: str) -> tuple[float, str] | None:
    """(multiplier to SI, SI unit) for a unit text, or None when pint cannot read it."""
    u = clean_unit(unit_text)
    if u == "":
        return (1.0, "")
    if u in _KEEP:
        return (1.0, _KEEP[u])
    if not re.fullmatch(r"[A-Za-z0-9/*.^()\-]+", u):
        return None  # a character pint would misread (a clipped "nV/√H" must not become V/H = A/s)
    ureg = registry()
    try:
        q = ureg.Quantity(1.0, u)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError, TypeError,
            ValueError, AssertionError, SyntaxError, KeyError, tokenize.TokenError,
            ZeroDivisionError):  # "V/(mV": unbalanced; "V/0": a cell that ran into a zero
        return None
    if q.dimensionless:
        return (float(q.to("dimensionless").magnitude), "")
    target = _preferred(q)
    if target is None:
        return None
    try:
        mag = float(q.to(target).magnitude)
    except (pint.errors.DimensionalityError, pint.errors.OffsetUnitCalculusError):
        return None
    return (mag, _PRETTY.get(target, target))


def parse_quantity(text: str, unit_hint: str = "") -> SIValue | None:
    """A value cell (``"4.7"``, ``"4.7 µA"``, ``"2.2k"``, ``"±20 V"``) to SI; None when it is not a number.

    ``unit_hint`` is the unit from the Unit column or the header; a unit written in the
    cell itself wins over it.
    """
    num = parse_number(text)
    if num is None:
        return None
    rest = num.rest.strip()
    value = num.value
    unit_text = rest if rest else unit_hint
    if rest:
        fac = unit_factor(rest)
        if fac is None:
            # "2.2k" / "1meg" / "10u": an engineering suffix, then maybe the hint's unit
            m = re.match(r"^(MEG|meg|Meg|[TGkKmuµμnpf])\s*(.*)$", rest)
            if not m:
                return None
            value *= _SUFFIX[m.group(1)]
            unit_text = m.group(2) or unit_hint
            fac = unit_factor(unit_text)
            if fac is None:
                return None
    else:
        fac = unit_factor(unit_hint)
        if fac is None:
            return None
    mult, si_unit = fac
    return SIValue(value=_round_sig(value * mult), unit=si_unit, symmetric=num.symmetric)


def _round_sig(x: float, sig: int = 12) -> float:
    """Drop float noise from unit conversion (4.7 * 1e-6 = 4.7000000000000005e-06)."""
    if x == 0 or not math.isfinite(x):
        return x
    return round(x, sig - 1 - int(math.floor(math.log10(abs(x)))))


def same_value(a: float | None, b: float | None, rel: float = 1e-9) -> bool:
    """Equality of two SI values up to float noise; None equals only None."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-30)


def format_si(value: float, unit: str) -> str:
    """``4.7e-06, "A"`` → ``"4.7 µA"`` for reports."""
    if unit in ("", "dB", "dBc", "%", "ppm", "degC", "deg") or value == 0:
        return f"{value:g} {unit}".strip()
    prefixes = [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n"),
                (1e-12, "p"), (1e-15, "f")]
    if "/" in unit or unit in ("K", "1/K"):
        return f"{value:g} {unit}"
    for fac, p in prefixes:
        if abs(value) >= fac * 0.9999999:
            return f"{value / fac:.4g} {p}{'Ω' if unit == 'ohm' else unit}"
    return f"{value:g} {unit}"
