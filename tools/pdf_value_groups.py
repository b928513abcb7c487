"""Part headings over groups of Min/Typ/Max in an unruled table: the header a second header line makes of them.

ST's older op-amp datasheets print "Symbol  Parameter  <parts>  <parts>  Unit" with the parts' names
over two lines ("TL072I,M,AC,AI," over "AM,BC,BI,BM", "TL072C" beside it) and "Min. Typ. Max." once per
part group on the line under it. The first line's headings anchor no value column; the Min/Typ/Max words
do, each column reaching halfway to its neighbours since the numbers sit centred under them.
"""

from __future__ import annotations

import re
from typing import Any

Words = list[dict[str, Any]]


_MARK = re.compile(r"(?i)(min|typ|max)\.?")


def value_groups(lines: list[Words], i: int, header_lines: list[Words], anchors: list[float],
                  size: float) -> tuple[Words, list[tuple[dict[str, Any], Words]]] | None:
    """Part headings over groups of Min/Typ/Max on the header line below them (ST: "TL072I,M,AC,AI," over
    "AM,BC,BI,BM", "TL072C" beside it, "Min. Typ. Max. Min. Typ. Max." under both): the value columns are the
    Min/Typ/Max words', each reaching halfway to its neighbours (numbers sit centred under them), and ``anchors``
    is changed to match. Returns (the Min/Typ/Max words, [(first word of a group, its heading's words)]), or None.
    The names' column starts where the names do, left of a centred "Parameter" heading."""
    marks = sorted((w for ln in header_lines[1:] for w in ln if _MARK.fullmatch(w["text"])), key=lambda w: w["x0"])
    if len(marks) < 4 or any(_MARK.fullmatch(w["text"]) for w in lines[i]):
        return None
    kinds = [w["text"][:3].lower() for w in marks]
    firsts = [k for k in range(len(marks)) if k == 0 or ["min", "typ", "max"].index(kinds[k]) <= ["min", "typ", "max"].index(kinds[k - 1])]
    if len(firsts) < 2:
        return None  # one group: the ordinary header reading does
    centres = [(w["x0"] + w["x1"]) / 2 for w in marks]
    step = min(b - a for a, b in zip(centres, centres[1:]))
    edges = [centres[0] - step / 2] + [(a + b) / 2 for a, b in zip(centres, centres[1:])]
    span = (edges[0] - step, centres[-1] + step)
    above = [ln for ln in lines[max(0, i - 2):i] if 0 < lines[i][0]["top"] - ln[0]["top"] < 2.5 * size
             and all(span[0] <= w["x0"] and w["x1"] <= span[1] for w in ln)]
    heads: list[tuple[dict[str, Any], Words]] = [(marks[k], []) for k in firsts]
    bounds = [marks[k]["x0"] - step / 2 for k in firsts] + [span[1]]
    for w in [w for ln in above + [lines[i]] for w in ln if span[0] <= (w["x0"] + w["x1"]) / 2 <= span[1]]:
        g = max((n for n in range(len(firsts)) if (w["x0"] + w["x1"]) / 2 >= bounds[n]), default=0)
        heads[g][1].append(w)
    if not all(hs for _, hs in heads):
        return None
    name_at = next((k for k in range(1, len(anchors)) if anchors[k] < edges[0] - 2), None)
    starts_at = [ln[1]["x0"] for ln in lines[i + len(header_lines):i + len(header_lines) + 40]
                 if len(ln) > 1 and abs(ln[0]["x0"] - anchors[0]) < 15 and ln[1]["x0"] < (anchors[name_at] if name_at else 0) - 10]
    kept = [a for a in anchors if a < edges[0] - 2]
    if name_at is not None and len(starts_at) >= 3:
        kept[name_at] = min(starts_at) - 1  # a "Parameter" heading centred over names that start further left
    right = [a for a in anchors if a > centres[-1] + step / 2 - 3]
    if right:
        right[0] = min(right[0], centres[-1] + step / 2 + 3)  # a unit wider than its heading ("Degrees" under "Unit")
    anchors[:] = kept + edges + right
    return marks, heads
