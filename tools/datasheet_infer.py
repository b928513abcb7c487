"""One unit: the roles of a table printed with no header row, read from its cells (names, symbols, values)."""

from __future__ import annotations

import re

from chipsmith.tools.datasheet_cells import join_lines
from chipsmith.tools.datasheet_header import Header, part_heading

_SYMBOL_CELL = re.compile(r"[A-Za-zθΘ][A-Za-z0-9(),/ ]{0,11}")
_QUANTITY_CELL = re.compile(r"[<>≤≥]?\s*[±+\-–−]?\s*\d[\d.,]*(?:\s*°?[A-Za-z]{0,2}\s*(?:…|\.\.\.|to)\s*[+\-–−]?\d[\d.,]*)?"
                            r"\s*[a-zA-Zµμ°Ω%/ ]{1,8}")  # "35V", "± 20 V", "-55…+175°C", "−65°Cto+150°C"
_RATING_WORDS = re.compile(r"(?i)continuous|internally\s*limited|indefinite|unlimited")


def infer_header(rows: list[list[str | None]]) -> Header | None:
    """Roles for a table printed with no header row at all (MCC: "Average Forward Current | IF(AV) | 6.0A | TA = 60°C").

    Read from the cells themselves: names in the first column, a column of short symbols, a column
    whose every cell is a number with its unit (the value), and the rest the test conditions. None
    unless every row fits that pattern, so a chart's grid or a package drawing is never read as one.
    """
    body = [r for r in rows if any((c or "").strip() for c in r)]
    lead = 0
    while lead < len(body) and not (body[lead][0] or "").strip() and all(part_heading(c) or part_heading(c.split("/")[0])
                                                                         for c in body[lead] if c and c.strip()):
        lead += 1  # the part's name over its values column (Diotec: "| | DIT095N08"), not a row of the table
    body = body[lead:]
    if len(body) >= 3 and {len(r) for r in body} == {2}:
        return _names_and_values(body)
    if len(body) >= 3 and {len(r) for r in body} == {3} and _sparse_labels([r[1] for r in body]):
        # the same list with a narrow middle column that labels a few values ("Thermal Resistance | θJA (D) |
        # 145°C/W", the rows under it left without a name): names, their labels as conditions, and the values
        if (body[0][0] or "").strip() and _names_and_values(body, value=2) is not None:
            return Header(roles={0: "param", 1: "cond", 2: "value"}, units={}, rows=0)
    if len(body) < 2 or len({len(r) for r in body}) != 1 or len(body[0]) < 3:
        return None

    def column(j: int) -> list[str]:
        return [join_lines(r[j] or "").strip() for r in body]

    def all_match(pattern: re.Pattern[str], cells: list[str]) -> bool:
        return all(pattern.fullmatch(c.replace("\n", " ")) for c in cells)

    names = column(0)
    if not all(re.search(r"[A-Za-z]{3}", c) for c in names):
        return None
    width = len(body[0])
    values = [j for j in range(1, width) if all_match(_QUANTITY_CELL, [re.sub(r"\s+\d\s?\)$", "", (r[j] or "").split("\n")[0].strip())
                                                                       for r in body])]
    symbols = [j for j in range(1, width) if j not in values and all_match(_SYMBOL_CELL, [symbol_cell(r[j] or "") for r in body])]
    if len(values) != 1 or len(symbols) != 1 or symbols[0] > values[0]:
        return None
    roles = {0: "param", symbols[0]: "symbol", values[0]: "value"}
    rest = [j for j in range(1, width) if j not in roles]
    if len(rest) == 1:
        roles[rest[0]] = "cond"
    return Header(roles=roles, units={}, rows=rows.index(body[0]) if lead else 0)


def _names_and_values(body: list[list[str | None]], value: int = 1) -> Header | None:
    """A ratings list ruled as two columns, a name and its value ("Supply Voltage (V+ – V−) | 35V", National in TI's
    print): every name a name, and all but a few values (a limit written as an expression) a number with its unit.
    A row with no name of its own (under a name that heads several labelled values) is left to its label."""
    names = [join_lines(r[0] or "").strip() for r in body if value == 1 or (r[0] or "").strip()]
    values = [join_lines(r[value] or "").strip() for r in body]
    if not all(re.search(r"[A-Za-z]{3}", n) and not _QUANTITY_CELL.fullmatch(n) for n in names):
        return None
    strict = sum(bool(_QUANTITY_CELL.fullmatch(v)) for v in values)
    # the rest a rating in words or an expression with its unit ("Continuous", "(V−) − 0.7V to (V+) + 0.7V")
    loose = sum(bool(_QUANTITY_CELL.fullmatch(v) or _RATING_WORDS.fullmatch(v) or re.search(r"\d\s?[VAW°]", v))
                for v in values)
    if strict < max(3, 0.5 * len(values)) or loose < 0.75 * len(values):
        return None
    return Header(roles={0: "param", 1: "value"}, units={}, rows=0)


def symbol_cell(text: str) -> str:
    """A symbol cell on one line: its subscript lines joined on ("I\\nF(AV)" → "IF(AV)")."""
    return "".join(ln.strip() for ln in text.split("\n"))


def _sparse_labels(cells: list[str | None]) -> bool:
    """A column left empty in most rows, its few cells short labels (a package or a symbol), never a value."""
    filled = [join_lines(c).strip() for c in cells if (c or "").strip()]
    return 0 < len(filled) <= len(cells) / 2 and all(len(c) <= 16 and not re.match(r"[±+\-–−]?\d", c) for c in filled)
