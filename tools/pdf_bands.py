"""Ruled bands that hold many rows: a lattice row split back into one row per value line.

Analog Devices and Linear Technology rule a specifications table only between its sections
("INPUT CHARACTERISTICS", "OUTPUT CHARACTERISTICS"); pdfplumber then returns each section as one
row whose cells hold a dozen lines each, and the lines of the name, symbol, conditions and value
cells no longer pair up (a name over its indented variants, a symbol with its subscript on a line
of its own, a condition on two lines). Here the band's words are read again by position: the
lines with a number in a value column start rows, the other lines join them by
:func:`~chipsmith.tools.pdf_text_tables.row_of_lines`, and each word goes to the column whose
cells it lies in.
"""

from __future__ import annotations

import re
import statistics
from typing import Any

from chipsmith.tools.pdf_text_tables import lines_text, row_of_lines, word_lines

_HEAD = re.compile(r"(?i)^(symbol|sym\.?|parameters?|characteristics?|min|typ|max|units?|values?|ratings?|conditions?|"
                   r"test\s+conditions?|limits?)\b")
_VALUE_HEAD = re.compile(r"(?i)^(min|typ|max|value|rating|limit)")
_NUMBER = re.compile(r"^[<>≤≥]?[±+\-–−]?\d")
_LIMIT = re.compile(r"(?i)(min|typ|max)\.?")
_LIMITS = re.compile(r"(?i)(?:(?:min|typ|max)\.?\s*){2,3}")


def split_bands(bands: list[tuple[float, float, float, float]], starts: list[float], rows: list[list[str | None]],
                words: list[dict[str, Any]]) -> list[list[str | None]]:
    """``rows`` with every body band that holds two or more value lines split into one row per value line.

    ``bands`` are the boxes of the rows, ``starts`` the left edge of each column.
    """
    if len(rows) != len(bands):
        return rows
    hi = next((i for i, r in enumerate(rows[:3]) if sum(1 for c in r if c and _HEAD.match(c.strip())) >= 2), None)
    if hi is None:
        return rows
    header = rows[hi]
    value_cols = {j for j, h in enumerate(header) if h and _VALUE_HEAD.match(h.strip())}
    below = rows[hi + 1] if hi + 1 < len(rows) and len(rows[hi + 1]) == len(header) else []
    if not value_cols and sum(1 for c in below if c and _VALUE_HEAD.match(c.strip())) >= 2:
        # Min, Typ and Max in a second header row, under the parts the columns are for (Burr-Brown: "OPA344NA, UA, PA")
        header = [b or h for h, b in zip(header, below)]
        value_cols = {j for j, h in enumerate(below) if h and _VALUE_HEAD.match(h.strip())}
        hi += 1
    if len(starts) != len(header):
        return rows

    def column(w: dict[str, Any]) -> int:
        cx = (w["x0"] + w["x1"]) / 2
        return max((j for j, x in enumerate(starts) if x - 1 <= cx), default=0)

    def inside(box: tuple[float, float, float, float]) -> list[dict[str, Any]]:
        x0, top, x1, bottom = box
        return [w for w in words if x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1 and top < (w["top"] + w["bottom"]) / 2 < bottom]

    slots = _grade_heads(inside(bands[hi]), header, column)
    value_cols |= set(slots)
    if not value_cols:
        return rows
    out = rows[:hi + 1]
    for i in range(hi + 1, len(rows)):
        band = inside(bands[i])
        split = _split(band, header, value_cols, column, slots) if band else None
        out += split if split else [rows[i]]
    return out


def _glue_subscripts(band: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Subscripts set smaller and lower right against their base letter joined to it ("V" + "OS" → "VOS", "θ" + "JA")."""
    size = statistics.median(float(w.get("size", 8) or 8) for w in band)
    out: list[dict[str, Any]] = []
    for w in sorted(band, key=lambda w: (w["x0"], w["top"])):
        base = next((b for b in reversed(out) if -2.0 <= w["x0"] - b["x1"] <= 1.0 and b["top"] < w["top"] < b["bottom"]
                     and float(w.get("size", size) or size) < 0.85 * float(b.get("size", size) or size)), None)
        if base is not None and float(w.get("size", size) or size) < 0.85 * size:
            out[out.index(base)] = {**base, "text": base["text"] + w["text"], "x1": w["x1"]}
        else:
            out.append(w)
    return out


def _grade_heads(head: list[dict[str, Any]], header: list[str | None], column: Any) -> dict[int, list[float]]:
    """Columns headed by a grade over its limits in one cell ("AD706J/A" over "Min Typ Max", Analog Devices): column ->
    the centres of its limit words, under which the numbers of its body lines stand."""
    out: dict[int, list[float]] = {}
    for j, cell in enumerate(header):
        lines = [ln for ln in (cell or "").split("\n") if ln.strip()]
        if len(lines) < 2 or not _LIMITS.fullmatch(lines[-1].strip()):
            continue
        last = sorted((w for w in head if column(w) == j and _LIMIT.fullmatch(w["text"])), key=lambda w: (-w["top"], w["x0"]))
        row = sorted((w for w in last if abs(w["top"] - last[0]["top"]) <= 2), key=lambda w: w["x0"]) if last else []
        if 2 <= len(row) <= 3:
            out[j] = [(w["x0"] + w["x1"]) / 2 for w in row]
    return out


def _slotted(ws: list[dict[str, Any]], centres: list[float]) -> str:
    """A grade's numbers, a line each, set under the limit they stand under, a dash where a limit is blank
    ("150 400" under Typ and Max: "– 150 400")."""
    out = []
    for line in word_lines(ws):
        ln: list[dict[str, Any]] = []
        for w in line:
            if ln and re.fullmatch(r"[±+\-–−]", ln[-1]["text"]) and w["x0"] - ln[-1]["x1"] < 6:
                ln[-1] = {**w, "text": ln[-1]["text"] + w["text"], "x0": ln[-1]["x0"]}  # a sign set apart ("±" "13.5")
            else:
                ln.append(w)
        cells = ["–"] * len(centres)
        for w in ln:
            k = min(range(len(centres)), key=lambda k: abs(centres[k] - (w["x0"] + w["x1"]) / 2))
            cells[k] = w["text"] if cells[k] == "–" else cells[k] + " " + w["text"]
        out.append(" ".join(cells))
    return "\n".join(out)


def _split(band: list[dict[str, Any]], header: list[str | None], value_cols: set[int],
           column: Any, slots: dict[int, list[float]]) -> list[list[str | None]] | None:
    band = _glue_subscripts(band)
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(band, key=lambda w: (w["top"], w["x0"])):
        # a word on the line's baseline belongs to it whatever its size: a subscript ("V" over "OS" a few points lower,
        # Burr-Brown) or a sign set in a larger font ("±" over "0.8")
        if lines and (abs(w["top"] - lines[-1][0]["top"]) <= 2 or abs(w["bottom"] - max(x["bottom"] for x in lines[-1])) <= 1.5):
            lines[-1].append(w)
        else:
            lines.append([w])
    # a line with a number in a value column starts a row; so does a named line with words there ("Over Temperature |
    # See Typical Curve", Burr-Brown)
    anchors = [n for n, ln in enumerate(lines) if any(column(w) in value_cols and _NUMBER.match(w["text"]) for w in ln)
               or (any(column(w) in value_cols for w in ln) and any(column(w) == 0 for w in ln))]
    if len(anchors) < 2:
        return None
    size = statistics.median(float(w.get("size", 8) or 8) for w in band)
    width = len(header)
    # a section heading alone on its line ("INPUT CHARACTERISTICS") is a row of its own, not part of a name
    heading = [n for n, ln in enumerate(lines) if n < anchors[0] and all(column(w) == 0 for w in ln)
               and re.fullmatch(r"[A-Z][A-Z0-9 ,/&()\-]{3,}", " ".join(w["text"] for w in ln))]
    if not heading and not slots:
        return None  # only a section of parameters under its heading; a band of one parameter's conditions (25 °C
        # over full range) is read line for line by the table reader already
    body = [ln for n, ln in enumerate(lines) if n not in heading]
    starts = [body.index(lines[a]) for a in anchors]
    groups: dict[int, list[dict[str, Any]]] = {s: [] for s in starts}
    for ln, s in zip(body, row_of_lines(body, starts, header, column, size)):
        groups[s].extend(ln)
    out: list[list[str | None]] = [[" ".join(w["text"] for w in lines[n]), *([""] * (width - 1))] for n in heading]
    for s in starts:
        cols: list[list[dict[str, Any]]] = [[] for _ in range(width)]
        for w in groups[s]:
            cols[min(column(w), width - 1)].append(w)
        out.append([_slotted(c, slots[j]) if j in slots and c else lines_text(c) for j, c in enumerate(cols)])
    return out
