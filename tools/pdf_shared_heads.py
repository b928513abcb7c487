"""Values under one header cell that names several limits ("MIN TYP MAX" in a single ruled cell, TI).

Older TI tables rule a part's Min, Typ and Max as one column: the header cell reads
"MIN TYP MAX" and a body cell "±40 ±60", whose text no longer says that the two numbers stood
under Typ and Max. Each number goes to the heading word nearest its centre, and a limit
left blank gets a dash, the way a datasheet prints "no value": "– ±40 ±60".
"""

from __future__ import annotations

import re
from typing import Any

from chipsmith.tools.pdf_text_tables import inside, word_lines

_ROLE = re.compile(r"(?i)^(min|typ|max)\.?[^\w\s]?\d?$")  # "TYP§", "MAX.", "TYP1": a heading word and its mark
_VALUE = re.compile(r"^[-+±−–]?\d[\d.,]*$|^[-−–—]+$")
_DASH = "–"
_MARK = re.compile(r"[^\w\s]{1,2}|\d|\(\d\)")


def _lines(ws: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [_signed(line) for line in word_lines(ws)]


def _signed(line: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A sign set as a word of its own ("±" "40") joined to the number after it."""
    out: list[dict[str, Any]] = []
    for w in line:
        if out and re.fullmatch(r"[-+±−–]", out[-1]["text"]) and w["x0"] - out[-1]["x1"] < 3:
            out[-1] = {**w, "text": out[-1]["text"] + w["text"], "x0": out[-1]["x0"]}
        else:
            out.append(w)
    return out


def _heads(ws: list[dict[str, Any]]) -> list[float] | None:
    """The centres of the limit words of a header cell that holds two or three of them on one line and nothing else."""
    lines = _lines([w for w in ws if not _MARK.fullmatch(w["text"])])  # a note mark raised off its heading ("§")
    if len(lines) != 1 or not 2 <= len(lines[0]) <= 3 or not all(_ROLE.match(w["text"]) for w in lines[0]):
        return None
    roles = [_ROLE.match(w["text"]).group(1).lower() for w in lines[0]]  # type: ignore[union-attr]
    if len(set(roles)) != len(roles):
        return None
    return [(w["x0"] + w["x1"]) / 2 for w in lines[0]]


def place_under_heads(table: Any, rows: list[list[str | None]], words: list[dict[str, Any]]) -> list[list[str | None]]:
    """Rows with the numbers of each cell under a "MIN TYP MAX" heading cell put in their heading's slot."""
    heads: dict[int, list[float]] = {}
    for i, r in enumerate(table.rows):
        if i >= len(rows):
            break
        for j, c in enumerate(r.cells):
            if c is None or j >= len(rows[i]):
                continue
            cell = [w for w in words if inside(w, c)]
            found = _heads(cell) if cell else None
            if found is not None:
                heads[j] = found
                continue
            if j not in heads or not cell or re.sub(r"\s", "", rows[i][j] or "") != "".join(w["text"] for w in cell):
                continue  # only a cell whose text is its words as found (not split or aligned already)
            centres = heads[j]
            out: list[str] = []
            for line in _lines(cell):
                if not all(_VALUE.match(w["text"]) for w in line) or len(line) > len(centres):
                    out = []
                    break
                if len(line) == len(centres):
                    out.append(" ".join(w["text"] for w in line))
                    continue
                slots = [_DASH] * len(centres)
                for w in line:
                    k = min(range(len(centres)), key=lambda k: abs(centres[k] - (w["x0"] + w["x1"]) / 2))
                    if slots[k] != _DASH:
                        out = []
                        break
                    slots[k] = w["text"]
                else:
                    out.append(" ".join(slots))
                    continue
                break
            if out:
                rows[i][j] = "\n".join(out)
    return rows
