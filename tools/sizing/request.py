"""Specs read from a request in words: "70 dB gain, 20 MHz UGBW, PM > 60 deg, < 1 mW"."""


from __future__ import annotations

import re

# ----------------------------------------------------------------------------- request parsing

_SPEC_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("pm", re.compile(r"\b(pm|phase margin)\b", re.I)),
    ("ugbw", re.compile(r"\b(ugbw|ugf|gbw|unity[- ]gain|bandwidth)\b", re.I)),
    ("dc_gain_db", re.compile(r"\bgain\b", re.I)),
    ("power", re.compile(r"\bpower\b", re.I)),
]
_UNIT_KIND = {"db": "dc_gain_db", "hz": "ugbw", "deg": "pm", "w": "power"}
_QTY = re.compile(r"(>=|<=|≥|≤|>|<|at least|at most|above|below|under|over|more than|less than|min(?:imum)?|max(?:imum)?)?\s*"
                  r"(\d+(?:\.\d+)?)\s*(k|M|G|m|u|µ|n)?\s*(dB|Hz|deg|°|degrees|W)\b", re.I)
_MULT = {"k": 1e3, "M": 1e6, "G": 1e9, "m": 1e-3, "u": 1e-6, "µ": 1e-6, "n": 1e-9}


def parse_request_specs(text: str) -> dict[str, tuple[str, float]]:
    """Specs from words: "70 dB gain, 20 MHz UGBW, PM > 60 deg, < 1 mW" → {name: (min|max, SI value)}."""
    out: dict[str, tuple[str, float]] = {}
    for chunk in re.split(r",|;|\band\b|\bwith\b", text):
        for m in _QTY.finditer(chunk):
            op, num, prefix, unit = m.group(1), float(m.group(2)), m.group(3) or "", m.group(4).lower()
            unit = "deg" if unit in ("°", "degrees") else unit
            value = num * (_MULT.get(prefix, _MULT.get(prefix.lower(), 1.0)) if prefix else 1.0)
            words = [k for k, rx in _SPEC_WORDS if rx.search(chunk)]
            kind = next((k for k in words if _UNIT_KIND.get(unit) == k), _UNIT_KIND.get(unit))
            if kind is None:
                continue
            o = (op or "").lower()
            if o in (">", ">=", "≥", "at least", "above", "over", "more than", "min", "minimum"):
                direction = "min"
            elif o in ("<", "<=", "≤", "at most", "below", "under", "less than", "max", "maximum"):
                direction = "max"
            else:
                direction = "max" if kind == "power" else "min"
            out[kind] = (direction, value)
    return out
