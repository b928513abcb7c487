"""Specs read from a request in words: "70 dB gain, 20 MHz UGBW, PM > 60 deg, < 1 mW".

Each quantity (a number and a unit) is a spec of the kind its unit says (dB gain, Hz unity-gain
bandwidth, degrees phase margin, W power); a phase margin may come without its unit ("PM 60").
The bound's direction comes from the words around the number ("at least", "no more than",
"≤", "500 uW max", "a 0.5 mW power budget"); without any, power is a ceiling and the rest floors.
pint converts the unit with its prefix to SI.
"""

from __future__ import annotations

import re

from chipsmith.core.units import registry

_UNIT_KIND = {"db": "dc_gain_db", "hz": "ugbw", "deg": "pm", "w": "power"}
_OPS = (r"no more than|not more than|no less than|not less than|at least|at most|up to|more than|less than|greater than|"
        r"above|below|under|over|within|min(?:imum)?|max(?:imum)?|>=|<=|≥|≤|>|<")
_QTY = re.compile(rf"({_OPS})?\s*(?:of\s*)?(?:about\s*)?(\d+(?:\.\d+)?)\s*"
                  r"(k|M|G|m|u|µ|μ|n|kilo|mega|giga|milli|micro|nano)?\s*"
                  r"(dB|Hz|hertz|deg(?:rees?)?|°|W|watts?)(?![A-Za-z])", re.I)
_PM_BARE = re.compile(rf"\b(?:pm|phase margin)\s*(?:of\s*)?({_OPS})?\s*(?:of\s*)?(\d+(?:\.\d+)?)(?!\s*(?:[a-z°]|\.\d))", re.I)
_PREFIX = {"k": "kilo", "M": "mega", "G": "giga", "m": "milli", "u": "micro", "µ": "micro", "μ": "micro", "n": "nano"}
_MIN_WORDS = {"at least", "no less than", "not less than", "more than", "greater than", "above", "over", "min", "minimum",
              ">", ">=", "≥"}
_MAX_WORDS = {"at most", "no more than", "not more than", "less than", "below", "under", "up to", "within", "max",
              "maximum", "<", "<=", "≤"}


def _si(num: float, prefix: str, unit: str) -> float:
    if unit in ("db", "deg"):
        return num
    p = _PREFIX.get(prefix, _PREFIX.get(prefix.lower(), prefix.lower())) if prefix else ""
    base = "hertz" if unit == "hz" else "watt"
    return float(registry().Quantity(num, f"{p}{base}").to(base).magnitude)


def _direction(op: str, after: str, before: str, kind: str) -> str:
    o = op.lower()
    tail = re.match(r"\s*(max(?:imum)?|min(?:imum)?|budget|or (?:less|lower|below)|or (?:more|higher|above))\b", after, re.I)
    if tail:
        word = tail.group(1).lower()
        return "max" if word.startswith("max") or word == "budget" or word.endswith(("less", "lower", "below")) else "min"
    if o in _MIN_WORDS:
        return "min"
    if o in _MAX_WORDS:
        return "max"
    if re.search(r"(no more than|at most|burn\w*|draw\w*|consum\w*|budget|below|under|less than|within)\s*$", before, re.I):
        return "max"
    return "max" if kind == "power" else "min"


def parse_request_specs(text: str) -> dict[str, tuple[str, float]]:
    """Specs from words: "70 dB gain, 20 MHz UGBW, PM > 60 deg, < 1 mW" → {name: (min|max, SI value)}."""
    out: dict[str, tuple[str, float]] = {}
    for m in _QTY.finditer(text):
        op, num, prefix, unit = m.group(1) or "", float(m.group(2)), m.group(3) or "", m.group(4).lower()
        unit = "deg" if unit.startswith("deg") or unit == "°" else "hz" if unit.startswith(("hz", "hertz")) else \
            "w" if unit.startswith("w") else unit
        if unit == "db" and re.match(r"\s*(?:/|per)\s*(?:dec|oct)", text[m.end():], re.I):
            continue  # a roll-off, not a gain
        kind = _UNIT_KIND[unit]
        before = re.split(r"[,;]", text[:m.start()])[-1]
        out.setdefault(kind, (_direction(op, text[m.end():m.end() + 20], before, kind), _si(num, prefix, unit)))
    if "pm" not in out and (bare := _PM_BARE.search(text)):
        out["pm"] = (_direction(bare.group(1) or "", text[bare.end():bare.end() + 20], "", "pm"), float(bare.group(2)))
    return out
