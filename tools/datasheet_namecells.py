"""Name cells that also hold a row's test conditions and its symbol, split into columns of their own.

Diotec prints a characteristics row as one wide cell: the name on its first line ("Drain-Source
leakage current – Drain-Source Leckstrom"), then the conditions with the symbol at the end of the
line ("VDS = VDSS   VGS = 0 V (short)   IDSS"), or a symbol on a line of its own for each of two
quantities sharing the row ("td(on)" over the conditions, "tr" under them). Read as a name, the
row matches nothing; split into name, symbol and conditions it reads like any other table.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chipsmith.tools.datasheet_cells import unit_factor
from chipsmith.tools.datasheet_header import Header

# a symbol as printed: a capital or a lower-case letter, then subscript letters, digits and brackets ("IDSS", "VGS(th)",
# "gFS", "Ciss", "td(on)", "V(BR)DSS", "RthA"); a unit of measure ("MHz", "mΩ") is no symbol
_SYMBOL = re.compile(r"[A-Za-zθΘ](?:\([A-Za-z]{1,4}\))?[A-Za-z0-9]{0,8}(?:\([A-Za-z0-9]{1,5}\))?")
_CONDITION = re.compile(r"=|≤|≥|<|>")


def _is_symbol(token: str) -> bool:
    return bool(_SYMBOL.fullmatch(token)) and len(token) >= 2 and not unit_factor(token) and token.lower() not in (
        "open", "short", "and", "fig", "see", "note", "max", "min", "typ")


def _split(cell: str) -> tuple[str, str, str] | None:
    """(name, symbol, conditions) of one name cell, or None when it holds no symbol after a name."""
    lines = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    if len(lines) < 2 or _CONDITION.search(lines[0]):
        return None
    rest = lines[1:]
    alone = [ln for ln in rest if _is_symbol(ln)]
    if alone:
        # a symbol on a line of its own for each quantity the row gives (two values in each value cell)
        return lines[0], "\n".join(alone), " ".join(ln for ln in rest if ln not in alone)
    *before, last = rest[-1].split()
    if not before or not _is_symbol(last) or before[-1] in ("=", "<", ">", "≤", "≥") or re.fullmatch(r"[-+±]?\d[\d.,]*", before[-1]):
        return None
    return lines[0], last, " ".join(rest[:-1] + [" ".join(before)])


def symbols_in_names(rows: list[list[str | None]], header: Header) -> tuple[list[list[str | None]], Header] | None:
    """The table with each name cell split into name, symbol and conditions columns, and its header to match;
    None unless the name column has no symbol column beside it and most of its rows hold a symbol."""
    roles = header.roles
    if roles.get(0) != "param" or "symbol" in roles.values() or "cond" in roles.values():
        return None
    body = rows[header.rows:]
    named = [r for r in body if r and (r[0] or "").strip()]
    split = [_split(r[0] or "") for r in named]
    if len(named) < 2 or sum(s is not None for s in split) * 3 < len(named) * 2:
        return None
    out = [[r[0] if r else None, None, None] + list(r[1:]) for r in rows[:header.rows]]
    for r in body:
        s = _split(r[0] or "") if r else None
        head: list[str | None] = list(s) if s else [r[0] if r else None, None, None]
        out.append(head + list(r[1:]))

    def shift(cols: dict[int, str]) -> dict[int, str]:
        return {(j + 2 if j else 0): v for j, v in cols.items()}

    moved = replace(header, roles={**shift(roles), 1: "symbol", 2: "cond"}, units=shift(header.units), parts=shift(header.parts),
                    shared={(j + 2 if j else 0): v for j, v in header.shared.items()})
    return out, moved
