"""One unit: rows of a ruled table tidied before they are read — a row under a cell ruled over both, and a section's
heading or a footnote that the table reader set into a row's symbol and name cells, a column of symbols beside the
names."""

from __future__ import annotations

import re

from chipsmith.core.units import is_empty
from chipsmith.tools.datasheet_cells import cell_lines, symbol_text
from chipsmith.tools.datasheet_rowcells import cell_at


def merged_down(rows: list[list[str | None]], col: dict[str, int]) -> list[list[str | None]]:
    """A row whose value and unit cells are all covered by the row above's (one cell ruled over both: "-55 to 175 | °C"
    beside "Storage temperature" and "Max. operating junction temperature", ST) given that row's cells."""
    keep = [col[r] for r in ("min", "typ", "max", "value", "unit") if r in col]
    out = [list(r) for r in rows]
    for k in range(1, len(out)):
        row, above = out[k], out[k - 1]
        # (a symbol of its own: a section's heading, a name alone on a row of empty cells, is no such row)
        named = "symbol" in col and bool((cell_at(row, col["symbol"]) or "").strip())
        if keep and named and all(j < len(row) and row[j] is None for j in keep) \
                and any(j < len(above) and not is_empty(above[j]) for j in keep if j != col.get("unit")):
            for j in keep:
                row[j] = above[j] if j < len(above) else None
    return out


# a section's name: "Static characteristics", "Source-drain diode", "Thermal ratings"
_HEADING_LINE = re.compile(r"[A-Z][a-z]{4,}(?:[- ][a-z]{4,})* (?:characteristics|diode|ratings|values|data)")


def section_lines(rows: list[list[str | None]], col: dict[str, int]) -> list[list[str | None]]:
    """Lines that are no part of a row taken out of its symbol and name cells (Nexperia): a section's heading over the
    first row ("Static characteristics" over "V" and "(BR)DSS"), the next section's heading under the last row of
    one ("Source-drain" under "tf", its "diode" under "fall time"), a footnote run into the last row ("[1] Pulse test:")."""
    sj, nj = col.get("symbol"), col.get("param")
    if sj is None or nj is None or sj == nj:
        return rows
    out = [list(r) for r in rows]
    for row in out:
        if sj >= len(row) or nj >= len(row) or not row[sj]:
            continue
        lines = cell_lines(row[sj])
        names = cell_lines(row[nj])
        cut = next((i for i, ln in enumerate(lines) if i and re.match(r"\[\d{1,2}\]\s", ln)), None)
        if cut is not None:
            lines = lines[:cut]
        while len(lines) > 1 and _HEADING_LINE.fullmatch(lines[0]):
            lines = lines[1:]
        if len(lines) > 1 and _HEADING_LINE.fullmatch(lines[-1].split()[0] + (" " + names[-1] if names else "")) \
                and len(names) > 1 and re.fullmatch(r"[a-z]{4,}", names[-1]):
            lines, names = lines[:-1], names[:-1]
            row[nj] = "\n".join(names)
        row[sj] = "\n".join(lines)
    return out


SUBSYMBOL = r"[A-Z][A-Z][A-Za-z0-9()]{0,7}"  # a symbol in a column of its own ("VOH" beside "Output Swing")


def symbol_column(rows: list[list[str | None]], col: dict[str, int], vcols: list[int]) -> int | None:
    """An unheaded column between the names and the values whose cells are symbols refining the row's (TI: "VO | Output
    Swing" with "VOH" and "VOL" beside its rows), perhaps among items in words (National in TI's print: "V" over "OH"
    beside "Output Voltage Swing", "Source" and "Sink" beside "Output Current"); None when there is none."""
    if "param" not in col:
        return None
    for j in range(col["param"] + 1, min(vcols, default=0)):
        if j in col.values():
            continue
        cells = [symbol_text(r[j]) for r in rows
                 if j < len(r) and not is_empty(r[j]) and not re.fullmatch(r"\(\d{1,2}\)", (r[j] or "").strip())]
        syms = [c for c in cells if re.fullmatch(SUBSYMBOL, c) and c.upper() not in ("ALL", "ANY")]
        if syms and all(c in syms or re.fullmatch(r"[A-Z][a-z]{2,}", c) for c in cells):
            return j
    return None
