"""Tables drawn with no rule at all, found from the alignment of their words.

Some vendors (CDIL, older Motorola and Philips scans with a text layer) print parameter
tables as plain text: a header line ("DESCRIPTION  SYMBOL  TEST CONDITION  BC327  UNITS",
"Parameter  Symbol  Min  Typ  Max  Unit"), then one line per row, subscripts on a line of
their own a few points lower. pdfplumber's lattice finds nothing there. Here a header line
is a line with three or more column words; its words anchor the columns (a word belongs to
the last column whose heading starts left of it, as text is left-aligned under its heading),
a second header line right under it (part numbers under part numbers) joins the header, and
the table runs down while lines keep coming at text spacing. A line with a number in a value
column starts a row; the lines between (subscripts, a wrapped name, a second condition) join
the nearest row, the one above on a tie.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from chipsmith.tools.pdf_value_groups import value_groups

Words = list[dict[str, Any]]
Box = tuple[float, float, float, float]

_COLUMN_WORD = re.compile(r"^(symbol|sym\.?|parameters?|characteristics?|description|min\.?|minimum|typ\.?|typical|max\.?|maximum|"
                          r"units?|values?|ratings?|conditions?|test|limits?)$", re.I)
_VALUE_HEAD = re.compile(r"(?i)^(min|typ|max|value|rating|limit)")
_PART_HEAD = re.compile(r"^(?=.*[A-Z])(?=.*\d)[A-Z0-9]{4,}[A-Z0-9\-/]*$")
_NUMBER = re.compile(r"[<>≤≥]?\s*[±+\-–−]?\d")
# a column headed by a thermal symbol ("θJA", "θ" over "JA", "ΨJT", "RθJC"): a table of one package per row
_SYMBOL_HEAD = re.compile(r"^(?:θ|Θ|ψ|Ψ|R\s?[θΘ]|Rth)(?:[A-Za-z\-]{0,4})?$")


def text_tables(words: Words, taken: list[Box], cells_text: Callable[[Words], str],
                lenient: bool = False, listed: list[Box] | None = None) -> list[tuple[Box, list[list[str | None]]]]:
    """(box, rows) for each unruled table on a page; ``taken`` are the boxes of tables already found.

    ``lenient`` reads a table on past text left of its first heading (a symbol column with no heading of
    its own) and past text wider than its header: the second, rule-blind reading of a page uses it.
    """
    lines = word_lines([w for w in words if w.get("upright", True) and not any(inside(w, b) for b in taken)])
    out: list[tuple[Box, list[list[str | None]]]] = []
    i = 0
    while i < len(lines):
        if not _is_header(lines[i], lenient):
            i += 1
            continue
        found = _table_at(lines, i, cells_text, lenient)
        if found is None:
            i += 1
            continue
        box, rows, used = found
        out.append((box, rows))
        i += used
    if lenient:
        return out
    leaders = _leader_lists(lines, [b for b, _ in out])
    if listed is not None:
        listed.extend(b for b, _ in leaders)  # the caller may tell a list set with leaders from a table
    return out + leaders


_LEADER = re.compile(r"^(?P<name>\S.*?)\s*(?:[.\uf02e…·]\s*){4,}(?P<value>[^.\uf02e…·\s].*)$")


def _leader_lists(lines: list[Words], taken: list[Box]) -> list[tuple[Box, list[list[str | None]]]]:
    """Ratings set as a list with dotted leaders ("Storage Temperature ......... -65°C to +150°C"), two or more in a run.

    Each becomes a row of a two-column table headed Parameter | Rating; the lines of subscripts
    between them are left out of the name (they belong to symbols the name only quotes). A page
    set in two columns of such lists (Intersil's "Absolute Maximum Ratings" beside its "Thermal
    Information") is read column by column.
    """
    starts = sorted(sg[0]["x0"] for ln in lines for sg in _segments(ln) if _LEADER.match(_text(sg)))
    columns: list[float] = []
    for x in starts:  # indented items of one list stay in its column; a second page column starts far right
        if not columns or x - columns[-1] > 60:
            columns.append(x)
    bounds = [-math.inf] + [x - 10 for x in columns[1:]] + [math.inf]
    out: list[tuple[Box, list[list[str | None]]]] = []
    for lo, hi in zip(bounds, bounds[1:]):
        band = [[w for w in ln if lo <= w["x0"] < hi] for ln in lines]
        out += _leader_column([ln for ln in band if ln], taken)
    return out


# Column headings of a list with several values per item: "Thermal Resistance (Typical)  θJA (°C/W)  θJC (°C/W)"
_HEADS = r"(\S+)\s*\(([^()]+)\)"
_MULTI = re.compile(r"^(?:[±+\-–−]?\d+(?:\.\d+)?|N/?A|-|–)$", re.I)


def _leader_column(lines: list[Words], taken: list[Box]) -> list[tuple[Box, list[list[str | None]]]]:
    out: list[tuple[Box, list[list[str | None]]]] = []
    run: list[tuple[Words, str, str]] = []
    heads: list[tuple[str, str]] = []
    lead = ""
    grid: list[tuple[Words, list[str | None]]] = []

    def close() -> None:
        if len(run) >= 2 or (run and grid):
            ws = [w for ln, _, _ in run for w in ln]
            box = (min(w["x0"] for w in ws), min(w["top"] for w in ws), max(w["x1"] for w in ws), max(w["bottom"] for w in ws))
            table: list[list[str | None]] = [["Parameter", "Rating"]]
            out.append((box, table + [[name, value] for _, name, value in run]))
        if grid:
            ws = [w for ln, _ in grid for w in ln]
            box = (min(w["x0"] for w in ws), min(w["top"] for w in ws), max(w["x1"] for w in ws), max(w["bottom"] for w in ws))
            kind = "Typ" if re.search(r"(?i)\btypical\b", lead) else "Rating"
            top: list[list[str | None]] = [["Parameter", "Symbol", kind]]
            out.append((box, top + [row for _, row in grid]))
        run.clear()
        grid.clear()

    previous: Words = []
    for ln in lines:
        if any(inside(w, b) for w in ln for b in taken):
            close()
            previous = []
            continue
        ln = _leader_segment(ln)
        m = _LEADER.match(_text(ln))
        if m:
            if (run or grid) and ln[0]["top"] - (run or grid)[-1][0][-1]["bottom"] > 3 * float(ln[0].get("size", 8)):
                close()
            name, value = m.group("name").strip(), m.group("value").strip()
            values = value.split()
            if len(values) >= 2 and all(_MULTI.match(v) for v in values):
                # one value per column heading on the line above the list: a row for each heading
                if not grid and previous:
                    h = re.match(r"^(?P<lead>.*?)\s+" + r"\s+".join([_HEADS] * len(values)) + "$", _text(previous))
                    heads = [(h.group(2 * i + 2), h.group(2 * i + 3)) for i in range(len(values))] if h else []
                    lead = h.group("lead") if h else ""
                if len(heads) == len(values):
                    for (sym, unit), v in zip(heads, values):
                        if _NUMBER.match(v):
                            grid.append((ln, [f"{lead}, {name.rstrip('*')}", sym, f"{v} {unit}"]))
                    previous = ln
                    continue
            run.append((ln, name, value))
        elif run:
            # anything but a line of subscripts ends the list; text beside it (a second page column) does not
            right = max(w["x1"] for r, _, _ in run for w in r)
            mine = [w for w in ln if w["x0"] < right]
            if not (len(mine) <= 4 and all(len(w["text"]) <= 4 for w in mine)):
                close()
            elif mine:
                last_ln, name, value = run[-1]
                run[-1] = (last_ln + mine, _subscripts(name, [w["text"] for w in mine]), value)
        previous = ln
    close()
    return out


def _segments(ln: Words) -> list[Words]:
    """A line cut where a gap of three character widths leaves text far to the right (a second page column), or a
    gap of more than one where a dotted-leader item starts."""
    segments: list[Words] = [[]]
    for k, w in enumerate(ln):
        gap = w["x0"] - segments[-1][-1]["x1"] if segments[-1] else 0.0
        # a narrower gap also cuts when a dotted-leader item starts right after it (two page columns of ratings lists)
        if segments[-1] and (gap > 3 * float(w.get("size", 8)) or (
                gap > 1.2 * float(w.get("size", 8)) and w["text"][:1].isupper() and _LEADER.match(_text(ln[k:])))):
            segments.append([])
        segments[-1].append(w)
    return segments


def _leader_segment(ln: Words) -> Words:
    """The segment of a line holding a dotted-leader rating, with the value columns that follow it ("115   N/A")."""
    segments = _segments(ln)
    for i, sg in enumerate(segments):
        if _LEADER.match(_text(sg)):
            for more in segments[i + 1:]:
                if not all(_MULTI.match(w["text"]) for w in more):
                    break
                sg = sg + more
            return sg
    return ln


def lines_text(ws: Words) -> str:
    """Words as cell text, a line each: words with tops within 2 pt are one line (a raised Symbol-font "Ω" after "m", a
    lowered subscript), read left to right."""
    lines: list[Words] = []
    for w in sorted(ws, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return "\n".join(" ".join(w["text"] for w in sorted(ln, key=lambda w: w["x0"])) for ln in lines)


def _text(ws: Words) -> str:
    return " ".join(w["text"] for w in ws)


def _subscripts(name: str, subs: list[str]) -> str:
    """A name quoting symbols whose subscripts sat on the line below: "V –V" + "DD SS" → "VDD –VSS"."""
    slots = list(re.finditer(r"(?<![A-Za-z])[A-Z](?=\s|$|[–\-,)+])", name))
    if len(slots) != len(subs):
        return name
    out, last = "", 0
    for m, sub in zip(slots, subs):
        out += name[last:m.end()] + sub
        last = m.end()
    return out + name[last:]


def word_lines(words: Words, within: float = 2.0) -> list[Words]:
    """Words grouped into lines (tops ``within`` points), top to bottom, each line left to right."""
    out: list[Words] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if out and abs(w["top"] - out[-1][0]["top"]) <= within:
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in out]


def _is_header(line: Words, lenient: bool = False) -> bool:
    """A line of column words naming what a row is and what it holds.

    ``lenient`` also takes a two-column header that is nothing else ("Parameter  Rating"), and a header of
    thermal symbols over one package per row ("Package Type  θJA  θJC  Unit").
    """
    # part numbers heading their value columns count as column words ("SYMBOL  2N2219  2N2219A  UNITS")
    heads = [w for w in line if _COLUMN_WORD.match(w["text"]) or _PART_HEAD.match(w["text"])]
    if lenient and any(w["text"].lower() in ("unit", "units") for w in heads) \
            and sum(1 for w in line if _SYMBOL_HEAD.match(w["text"])) >= 1 and not any(re.fullmatch(r"\d{2,}.*", w["text"]) for w in line):
        return True
    if lenient and len(line) >= 2 and all(_PART_HEAD.match(w["text"]) for w in line):
        return True  # part numbers alone over their value columns, the names under no heading (National's ratings)
    if [w["text"].lower() for w in line] in (["symbol", "units"], ["symbol", "unit"]):
        return True  # Central's ratings: the names left of "SYMBOL", the values under no heading left of "UNITS"
    if len(heads) < (2 if lenient and len(heads) == len(line) else 3) or len(heads) < 0.5 * len(line):
        return False
    texts = {w["text"].lower().rstrip(".") for w in heads}
    # a header names what a row is and what it holds: a name or symbol column and a value column (or part columns)
    names = texts & {"symbol", "sym", "parameter", "parameters", "characteristic", "characteristics", "description"}
    values = any(_VALUE_HEAD.match(t) or t in ("unit", "units") for t in texts) or any(_PART_HEAD.match(w["text"]) for w in line)
    return bool(names) and values


def _cells(line: Words) -> list[tuple[float, float, str]]:
    """Header words merged into cells: words closer than ~1.5 spaces are one heading ("TEST CONDITION")."""
    out: list[tuple[float, float, str]] = []
    for w in line:
        if out and w["x0"] - out[-1][1] <= max(4.0, float(w.get("size", 8)) * 0.6):
            x0, _, t = out[-1]
            out[-1] = (x0, w["x1"], t + " " + w["text"])
        else:
            out.append((w["x0"], w["x1"], w["text"]))
    return out


def _table_at(lines: list[Words], i: int, cells_text: Callable[[Words], str],
              lenient: bool = False) -> tuple[Box, list[list[str | None]], int] | None:
    head = _cells(lines[i])
    anchors = [c[0] for c in head]
    size = max(float(w.get("size", 8)) for w in lines[i])
    header_lines = [lines[i]]
    k = i + 1
    # a second header line: close under the first, starting right of the name column, no numbers ("BC337 BC337A BC338")
    while k < len(lines) and lines[k][0]["top"] - header_lines[-1][0]["bottom"] < size and lines[k][0]["x0"] > anchors[0] + 20 \
            and not any(_NUMBER.match(w["text"]) for w in lines[k]) and len(header_lines) < 3:
        header_lines.append(lines[k])
        k += 1
    named = ""
    if k < len(lines) and lines[k][0]["x0"] < anchors[0] - 20 and re.match(r"(?i)^sym", head[0][2]) \
            and lines[k][0]["top"] - header_lines[-1][0]["bottom"] < 2.2 * size:
        # the names stand left of the first heading, under no heading of their own (Central: "SYMBOL 2N2219 … UNITS")
        anchors.insert(0, lines[k][0]["x0"])
        named = "Parameter"
    groups = value_groups(lines, i, header_lines, anchors, size)
    left = anchors[0] - 6
    right = max(w["x1"] for w in lines[i]) + 40

    def column(w: dict[str, Any]) -> int:
        j = 0
        for n, a in enumerate(anchors):
            if w["x0"] >= a - 3:
                j = n
        return j

    def row(ws: Words) -> list[str | None]:
        cols: list[Words] = [[] for _ in anchors]
        for w in ws:
            cols[column(w)].append(w)
        return [cells_text(c) or None for c in cols]

    header = row([w for ln in header_lines for w in ln])
    sub: list[str | None] = []
    if groups is not None:
        # part headings over repeated Min/Typ/Max: the parts on the first header row, each over its group's first
        # column, and Min/Typ/Max on a second
        marks, heads = groups
        header = row([w for ln in header_lines for w in ln if id(w) not in {id(x) for x in marks + [h for _, hs in heads for h in hs]}])
        sub = row(marks)
        for first, hs in heads:
            header[column(first)] = " ".join(w["text"] for w in sorted(hs, key=lambda w: (round(w["top"]), w["x0"])))
    if named:
        header[0] = named
    value_cols = {j for j, h in enumerate(sub or header) if h and _valued(h, lenient)}
    if not value_cols and named and len(anchors) == 3:
        # no heading over the values: their column starts at the leftmost number between the symbols and the units
        near = [w["x0"] for ln in lines[k:k + 12] for w in ln if anchors[1] + 15 < w["x0"] and w["x1"] < anchors[2] - 2
                and _NUMBER.match(w["text"])]
        if near:
            anchors.insert(2, min(near) - 2)
            header.insert(2, "Value")
            value_cols = {2}
    if not value_cols:
        return None
    body: list[Words] = []
    last_bottom = header_lines[-1][0]["bottom"]
    while k < len(lines):
        ln = lines[k]
        # (running text is measured against the table's whole width, its unheaded name column included)
        if ln[0]["top"] - last_bottom > (3.2 if lenient else 2.2) * size or _is_header(ln) \
                or (lenient and _prose(ln, right - min(left, ln[0]["x0"]))) \
                or re.match(r"(?i)^(\*|notes?\b)", ln[0]["text"]) or re.match(r"^[A-Z][A-Z /&-]{5,}:", " ".join(w["text"] for w in ln)) \
                or (lenient and _footnote(ln)):
            break  # a gap wider than two text lines, the next table, the notes under this one, or a heading ("ELECTRICAL CHARACTERISTICS:")
        if not lenient and (ln[0]["x0"] < left or ln[-1]["x1"] > right + 60):
            break  # text wider than the table: running text again
        body.append(ln)
        last_bottom = max(w["bottom"] for w in ln)
        k += 1
    if not body:
        return None
    if lenient:
        # headings centred over their columns do not anchor them: the columns are the body's own, found
        # from the white rivers between them, and a heading names the column its centre falls in
        anchors[:] = _river_anchors(body, [w for ln in header_lines for w in ln])
        header = row([w for ln in header_lines for w in ln])
        if not header[0]:
            header[0] = "Parameter" if any(h and re.match(r"(?i)^sym", h) for h in header) \
                or all(_PART_HEAD.match(w["text"]) for w in lines[i]) else "Symbol"
        value_cols = {j for j, h in enumerate(header) if h and _valued(h, lenient)}
    starts = [n for n, ln in enumerate(body) if any(column(w) in value_cols and _NUMBER.match(w["text"]) for w in ln)]
    if len(starts) < 2:
        return None  # one value line under a run of column words is not a table
    by_start: dict[int, Words] = {s: [] for s in starts}
    for ln, s in zip(body, row_of_lines(body, starts, header, column, size)):
        by_start[s].extend(ln)
    rows = [header] + ([sub] if sub else []) + [row(by_start[s]) for s in starts]
    every = [w for ln in header_lines + body for w in ln]
    box = (min(w["x0"] for w in every), min(w["top"] for w in every), max(w["x1"] for w in every), max(w["bottom"] for w in every))
    return box, rows, k - i


def _valued(heading: str, lenient: bool) -> bool:
    """A heading over values: Min/Typ/Max/Value, a part number, or (lenient) a thermal symbol."""
    first = heading.split("\n")[0]
    return bool(_VALUE_HEAD.match(heading) or _PART_HEAD.match(first)
                or (lenient and _SYMBOL_HEAD.match(re.sub(r"\s+\d+$", "", first.strip()))))


_ITEM = re.compile(r"(?i)package|^\(")  # a row naming a package or a remark, not a parameter
_NAME_HEAD = re.compile(r"(?i)^(sym|param|charact|descr)")


def _footnote(ln: Words) -> bool:
    """A numbered note under a table: "(1) Absolute Maximum Ratings indicate limits …" (its words maybe run together)."""
    return bool(re.fullmatch(r"\(\d{1,2}\)", ln[0]["text"])) and sum(len(w["text"]) for w in ln[1:]) > 40


def _prose(ln: Words, width: float) -> bool:
    """A line of running text: wider than half the table, its words never more than a wide space apart."""
    gaps = [b["x0"] - a["x1"] for a, b in zip(ln, ln[1:])]
    return ln[-1]["x1"] - ln[0]["x0"] > 0.5 * width and len(ln) >= 6 and max(gaps, default=0) < 8


def _river_anchors(body: list[Words], heads: Words) -> list[float]:
    """Column starts from the vertical white rivers of a table body, each unheaded column joined to its neighbour.

    A river is a run of 3 pt or more that no body line covers (one line in twelve may: a wide sub-heading);
    a column under no heading joins the column left of it (a name or a condition in two pieces), or the one
    right of it when the left one holds values.
    """
    ws = [w for ln in body for w in ln]
    lo = math.floor(min(w["x0"] for w in ws))
    cover = [0] * (math.ceil(max(w["x1"] for w in ws)) - lo + 2)
    for ln in body:
        for x in {x for w in ln for x in range(math.floor(w["x0"]) - lo, math.ceil(w["x1"]) - lo)}:
            cover[x] += 1
    allowed = len(body) // 12
    cuts: list[float] = []
    run: list[int] = []
    for x, c in enumerate(cover):
        if c <= allowed:
            run.append(x)
            continue
        if len(run) >= 3 and run[0] > 0:
            cuts.append(lo + (run[0] + run[-1]) / 2)
        run = []

    def named() -> list[str]:
        labels = [""] * (len(cuts) + 1)
        for w in heads:
            labels[sum(1 for c in cuts if c < (w["x0"] + w["x1"]) / 2)] += w["text"]
        return labels

    j = 1
    while j <= len(cuts):
        labels = named()
        if labels[j]:
            j += 1
        elif _VALUE_HEAD.match(labels[j - 1]) and j < len(cuts) and not _VALUE_HEAD.match(labels[j + 1]):
            del cuts[j]  # joins the column right of it
        else:
            del cuts[j - 1]  # joins the column left of it
    # two value headings over one column ("Min Typ" where no river parts them): cut halfway between them
    vals = sorted((w for w in heads if _VALUE_HEAD.match(w["text"])), key=lambda w: w["x0"])
    for a, b in zip(vals, vals[1:]):
        if sum(1 for c in cuts if c < a["x1"]) == sum(1 for c in cuts if c < b["x0"]):
            cuts.append((a["x1"] + b["x0"]) / 2)
    return [float(lo) - 3] + [c + 3 for c in sorted(cuts)]


def row_of_lines(body: list[Words], starts: list[int], header: list[str | None], column: Callable[[dict[str, Any]], int],
                  size: float) -> list[int]:
    """The row (index of its starting line) each body line belongs to.

    A line of subscripts alone (set smaller, a few points under its symbol) goes with the line above; a line
    naming a parameter with no values goes with the value line under it when that one names nothing
    (Philips: "VGS(th)  gate-source threshold voltage  ID = 1 mA" over "Tj = 25 °C  0.5  -  1.5  V"); any
    other line joins the nearest row, the one above on a tie.
    """
    names = {j for j, h in enumerate(header) if h and _NAME_HEAD.match(h)} or {0}

    def named(ln: Words) -> bool:
        return any(column(w) in names for w in ln)

    def heads_items(n: int, below: int) -> bool:
        # the value line under it is an indented item of this name ("Input Bias Current" over "  AD8605/AD8606")
        mine = [w["x0"] for w in body[n] if column(w) == min(names)]
        theirs = [w["x0"] for w in body[below] if column(w) == min(names)]
        if any(not small(k) for k in range(n + 1, below)) or not mine or not theirs:
            return False
        # or a package under it, not indented (National: "Power Dissipation" over "LMC0008C-Package (Still Air)  500mW")
        item = " ".join(w["text"] for w in body[below] if column(w) == min(names))
        return min(theirs) > min(mine) + 3 or bool(_ITEM.search(item))

    def small(n: int) -> bool:
        return n not in starts and all(float(w.get("size", size)) < 0.85 * size for w in body[n])

    out: list[int | None] = []
    for n, ln in enumerate(body):
        below = next((s for s in starts if s >= n), None)
        if n in starts:
            out.append(n)
        elif small(n):
            out.append(None)  # decided below, from the line it sits next to
        elif named(ln) and below is not None and (not named(body[below]) or heads_items(n, below)):
            out.append(below)
        else:
            out.append(min(starts, key=lambda s: (abs(body[s][0]["top"] - ln[0]["top"]), s)))
    rows: list[int] = []
    for n, ln in enumerate(body):
        mine = out[n]
        if mine is None:
            # a line of subscripts (under its symbol) or of raised marks (a degree sign's "o" over its "C"): the row of
            # the nearest full-size line
            near = [(k, s) for k, s in enumerate(out) if s is not None]
            rows.append(min(near, key=lambda ks: (abs(body[ks[0]][0]["top"] - ln[0]["top"]), ks[0]))[1] if near else starts[0])
        else:
            rows.append(mine)
    return rows


def inside(w: dict[str, Any], box: Box) -> bool:
    """Whether a word's centre lies in ``box`` (a point of slack each side)."""
    cx = (w["x0"] + w["x1"]) / 2
    cy = (w["top"] + w["bottom"]) / 2
    return bool(box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1)
