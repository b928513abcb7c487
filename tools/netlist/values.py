"""Numbers and expressions: one canonical form inside the model, each dialect's spelling outside.

Inside the model a plain number keeps its mantissa and a lower-case SPICE suffix
(``meg`` for 1e6, ``m`` for 1e-3); any other value is an expression written
``{expr}``. SPICE and Spectre disagree on ``M`` (milli vs mega), which is why no
suffix leaves this module uncanonicalised.
"""

from __future__ import annotations

import math
import re

_SPICE_SCALE = {"t": 1e12, "g": 1e9, "meg": 1e6, "k": 1e3, "mil": 25.4e-6, "m": 1e-3, "u": 1e-6, "n": 1e-9,
                "p": 1e-12, "f": 1e-15, "a": 1e-18}
_MANT = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_SPICE_NUM = re.compile(rf"^({_MANT})(meg|mil|[tgkmunpfa])?([a-z]*)$", re.I)
_SPECTRE_NUM = re.compile(rf"^({_MANT})([TGMKkmunpfac%])?$")
# a number inside an expression: not glued to an identifier on its left
_SPICE_NUM_IN_EXPR = re.compile(r"(?<![\w.])((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(meg|mil|[tgkmunpfa])?([a-z]*)(?![\w.])", re.I)
_SPECTRE_NUM_IN_EXPR = re.compile(r"(?<![\w.])((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)([TGMKkmunpfac%])?(?![\w.])")
_VERSION = re.compile(r"^\d+(?:\.\d+){2,}$")  # version=3.3.0 is a string, not an expression
_SPECTRE_SUFFIX = {"T": "t", "G": "g", "M": "meg", "K": "k", "k": "k", "m": "m", "u": "u", "n": "n", "p": "p", "f": "f", "a": "a"}
_TO_SPECTRE = {"t": "T", "g": "G", "meg": "M", "k": "k", "m": "m", "u": "u", "n": "n", "p": "p", "f": "f", "a": "a"}


_MICRO = re.compile(r"(?<=[\d.])[\u00b5\u03bc]")  # 10µ (micro sign or Greek mu, as LTspice writes them) is 10u


def spice_number(tok: str) -> str | None:
    """The canonical form of a SPICE number (``1MEG`` -> ``1meg``, ``10pF`` -> ``10p``, ``10µ`` -> ``10u``), or None."""
    if "\u00b5" in tok or "\u03bc" in tok:
        tok = _MICRO.sub("u", tok)
    m = _SPICE_NUM.match(tok)
    if not m:
        return None
    suffix = (m.group(2) or "").lower()
    return m.group(1) + suffix


def spectre_number(tok: str) -> str | None:
    """The canonical form of a Spectre number (``1M`` -> ``1meg``, ``1m`` -> ``1m``), or None."""
    m = _SPECTRE_NUM.match(tok)
    if not m:
        return None
    s = m.group(2) or ""
    if s in ("c", "%"):
        return repr(float(m.group(1)) * 1e-2)
    return m.group(1) + _SPECTRE_SUFFIX.get(s, "")


def is_number(value: str) -> bool:
    return _SPICE_NUM.match(value) is not None and not value.startswith("{")


def to_float(value: str) -> float | None:
    """The value of a canonical number, or None for an expression."""
    m = _SPICE_NUM.match(value)
    if not m:
        return None
    try:
        return float(m.group(1)) * _SPICE_SCALE.get((m.group(2) or "").lower(), 1.0)
    except ValueError:
        return None


def canonical_spice_value(tok: str) -> str:
    """A SPICE value token (number, ``{expr}``, ``'expr'``, bare name) in canonical form."""
    if tok.startswith("{") and tok.endswith("}") and _balanced_braces(tok[1:-1]):
        return "{" + canonical_spice_expr(tok[1:-1]) + "}"
    if "{" in tok or "}" in tok or "[" in tok:
        return tok  # glued forms such as {cp}1 or [0 20] stay verbatim
    if len(tok) >= 2 and tok[0] == "'" and tok[-1] == "'":
        return "{" + canonical_spice_expr(tok[1:-1]) + "}"
    num = spice_number(tok)
    if num is not None:
        return num
    if tok.startswith('"') or _VERSION.match(tok):
        return tok
    return "{" + canonical_spice_expr(tok) + "}"


def canonical_spice_expr(expr: str) -> str:
    """Numbers inside a SPICE expression in canonical form; whitespace squeezed."""
    expr = _MICRO.sub("u", " ".join(expr.split()))
    return _SPICE_NUM_IN_EXPR.sub(lambda m: m.group(1) + (m.group(2) or "").lower(), expr)


def canonical_spectre_value(tok: str) -> str:
    """A Spectre value (number with Spectre suffix, or an expression) in canonical form."""
    num = spectre_number(tok)
    if num is not None:
        return num
    if tok.startswith('"') or _VERSION.match(tok):
        return tok
    inner = tok[1:-1] if tok.startswith("(") and tok.endswith(")") and _balanced(tok[1:-1]) else tok
    return "{" + canonical_spectre_expr(inner) + "}"


def canonical_spectre_expr(expr: str) -> str:
    expr = " ".join(expr.split())
    return _SPECTRE_NUM_IN_EXPR.sub(lambda m: m.group(1) + _SPECTRE_SUFFIX.get(m.group(2) or "", "")
                                    if m.group(2) not in ("c", "%") else repr(float(m.group(1)) * 1e-2), expr)


def _balanced_braces(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch == "{"
        depth -= ch == "}"
        if depth < 0:
            return False
    return depth == 0


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            return False
    return depth == 0


def is_expr(value: str) -> bool:
    return value.startswith("{") and value.endswith("}")


def spice_out(value: str, quote: str = "{}") -> str:
    """A canonical value written for a SPICE dialect: ``{}`` (ngspice, Xyce, LTspice) or ``''`` (HSPICE)."""
    if is_expr(value):
        inner = value[1:-1]
        return f"'{inner}'" if quote == "''" else "{" + inner + "}"
    return value


def spectre_out(value: str) -> str:
    """A canonical value written for Spectre: ``meg`` becomes ``M``; expressions lose their braces."""
    if is_expr(value):
        inner = _SPICE_NUM_IN_EXPR.sub(lambda m: _spectre_num(m.group(1), (m.group(2) or "").lower()), value[1:-1])
        inner = inner.replace(" ", "")
        return inner if re.fullmatch(r"[\w.]+", inner) else f"({inner})"
    m = _SPICE_NUM.match(value)
    if m:
        return _spectre_num(m.group(1), (m.group(2) or "").lower())
    return value


def _spectre_num(mant: str, suffix: str) -> str:
    if suffix == "mil":
        return repr(float(mant) * 25.4e-6)
    return mant + _TO_SPECTRE.get(suffix, "")


def label_value(value: str) -> str:
    """A dialect-free spelling for comparing two values (used by the graph proof)."""
    f = to_float(value)
    if f is not None and math.isfinite(f):
        return f"{f:.9g}"
    v = value[1:-1] if is_expr(value) else value
    v = _SPICE_NUM_IN_EXPR.sub(lambda m: _fmt(m.group(1), m.group(2)), v)
    return v.replace(" ", "").lower()


def _fmt(mant: str, suffix: str | None) -> str:
    try:
        return f"{float(mant) * _SPICE_SCALE.get((suffix or '').lower(), 1.0):.9g}"
    except ValueError:
        return mant
