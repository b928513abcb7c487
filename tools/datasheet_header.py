"""Datasheet table headers: which column holds the name, symbol, conditions, Min/Typ/Max, unit or value.

A header names its columns in any order, sometimes over two rows ("Value" spanning
Min/Typ/Max), sometimes with the unit in the header ("Max (V)"), and a multi-device table
heads its value columns with part numbers (1N4001 … 1N4007); :func:`part_columns` narrows
such a table to the requested part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chipsmith.core.units import is_empty
from chipsmith.tools.datasheet_cells import join_lines, split_footnote, unit_factor

ROLES = ("param", "symbol", "cond", "min", "typ", "max", "unit", "value")
_HEADER_WORDS: list[tuple[str, str]] = [
    # (regex on the normalised header cell, role); first match wins
    (r"conditions?\b", "cond"),  # anywhere: a clipped "Symbol" header can leave "olConditions"
    (r"^sym", "symbol"),
    (r"^(min|minimum)\b", "min"),
    (r"^(typ|typical|nom|nominal)\b", "typ"),
    (r"^(max|maximum)\b", "max"),
    (r"^units?\b", "unit"),
    (r"^(value|values|rating|ratings|limit|limits|max\.?\s*rating|spec)\b", "value"),
    (r"^(parameter|parameters|characteristics?|description|item|thermal\s*metric)", "param"),
    (r"^model$", "param"),  # Analog Devices' older tables: "Model | Conditions | AD745J Min Typ Max | …"
]
_TEMPERATURE_HEAD = re.compile(r"T\s?[A-Za-z]{0,3}\s*=\s*[-+]?\d+\s*°\s*C")
# "−65 to 150", "-55 ... 150", "−65~150", and the run-together "–65to150" (TI) and "-55...+150" (Infineon)
RANGE = re.compile(r"^\s*(?P<a>[^\s].*?)(?:\s+(?:to|\.\.\.|…)\s+|\s*[~～]\s*"
                   r"|(?:(?<=\d)|(?<=°C))(?:to|\.\.\.|…)(?=[-+−–]?\d))(?P<b>.+?)\s*$")


@dataclass
class Header:
    roles: dict[int, str]  # column index -> role
    units: dict[int, str]  # column index -> unit written in the header
    rows: int  # how many rows the header takes
    parts: dict[int, str] = field(default_factory=dict)  # column index -> part number heading it (1N4001 … 1N4007)
    shared: dict[int, list[str]] = field(default_factory=dict)  # column index -> the roles one cell heads ("MIN TYP MAX")

    @property
    def valued(self) -> bool:
        return any(r in ("min", "typ", "max", "value") for r in self.roles.values()) or len(self.parts) >= 2


def header_role(cell: str) -> tuple[str | None, str]:
    lines = [ln for ln in cell.split("\n") if ln.strip()]
    if len(lines) > 1:
        # two header rows read as one cell ("Limits" over "Typ"): the lower, more specific word decides
        for ln in reversed(lines):
            role, unit = header_role(ln)
            if role in ("min", "typ", "max"):
                return role, unit
    c = join_lines(cell).strip()
    unit = ""
    m = re.search(r"[\(\[]\s*([^()\[\]]{1,12})\s*[\)\]]\s*$", c)
    if m and unit_factor(m.group(1)) is not None:
        unit = m.group(1)
        c = c[: m.start()].strip()
    m = re.match(r"^(min|typ|max|value)\s*[,/]\s*(\S+)$", c, re.I)
    if m and unit_factor(m.group(2)) is not None:
        unit, c = m.group(2), m.group(1)
    low = c.lower().strip(" .:")
    low = re.sub(r"^(min|typ|max)[a-d]$", r"\1", low)  # a footnote letter on the heading: "Typa" (Vishay Siliconix)
    for pat, role in _HEADER_WORDS:
        if re.search(pat, low):
            return role, unit
    return None, unit


def _rejoined(row: list[str | None]) -> list[str | None]:
    """A header row with headings a column rule cut in two joined again ("PARAME" | "TER", "TESTC" | "ONDITIONS"; TI's
    later prints of National parts): the whole word heads the left column, the right one is left unheaded."""
    out = list(row)
    for j in range(len(out) - 1):
        a, b = (out[j] or "").strip(), (out[j + 1] or "").strip()
        if re.fullmatch(r"[A-Za-z]{2,}", a) and re.fullmatch(r"[A-Za-z]{2,}", b) and header_role(a)[0] is None \
                and header_role(b)[0] is None and header_role(a + b)[0] is not None:
            out[j], out[j + 1] = a + b, ""
    return out


def _fragment(cell: str | None, heading: str | None) -> bool:
    """A heading cell holding only a cut-off piece of its neighbour's heading word ("PAR" beside "PARAMETER")."""
    a, b = re.sub(r"[^a-z]", "", (cell or "").lower()), re.sub(r"[^a-z]", "", (heading or "").lower())
    return 2 <= len(a) < len(b) and (b.startswith(a) or b.endswith(a))


def find_header(rows: list[list[str | None]], scan: int = 8) -> Header | None:
    """The header in the first ``scan`` rows of a table, merging a second header row (Min/Typ/Max under "Value")."""
    for i, row in enumerate(rows[:scan]):
        row = _rejoined(row)
        if re.search(r"(?i)\bratings\s+and\b|\band\s+electrical\b", " ".join(c for c in row if c)):
            continue  # the table's title ruled in as its first row: "MAXIMUM RATINGS AND ELECTRICAL | CHARACTERISTICS"
        roles: dict[int, str] = {}
        units: dict[int, str] = {}
        # a heading is a few words: a cell of prose (a frame's text read as one cell) heads nothing
        found = [(j, *header_role(cell)) for j, cell in enumerate(row) if cell and _heading_sized(cell)]
        values = [j for j, role, _ in found if role in ("value", "min", "typ", "max")]
        parted = sum(1 for c in row if c and part_heading(c)) >= 2
        for j, role, unit in found:
            if role == "value" and (len(values) > 1 or parted) and re.match(r"(?i)^\s*ratings?\s*$", row[j] or ""):
                # "Rating | Symbol | Value | Unit", "Rating | Symbol | Max | Unit", "RATINGS | SYMBOL | FR101 … FR107 |
                # UNITS" (Rectron): Rating names the parameter
                role = "param"
            if role and role not in roles.values():
                roles[j] = role
            if unit:
                units[j] = unit
        if len(roles) >= 2 and not ({"param", "symbol"} & set(roles.values())) and 0 not in roles \
                and (not (row[0] or "").strip() or _TEMPERATURE_HEAD.fullmatch((row[0] or "").strip())) \
                and {"min", "max", "value"} & set(roles.values()):
            # TI's "| MIN | MAX | UNIT" header over a name column left blank, or over the temperature the table holds
            # at (Diotec: "Tj = 25°C | Min. | Typ. | Max.")
            roles[0] = "param"
            if len(row) > 1 and 1 not in roles and not (row[1] or "").strip() and _symbols_then_names(rows[i + 1:]):
                roles[0], roles[1] = "symbol", "param"  # both columns left blank, the symbols left of the names (TI TL071)
        heads = [j for j, c in enumerate(row) if c and part_heading(c)]
        if len(heads) >= 2 and not ({"param", "symbol"} & set(roles.values())) and heads[0] >= 1 \
                and not any((c or "").strip() for c in row[:heads[0]]):
            # part columns over blank symbol and name headings (TI's ratings: "| | | TL08_C | TL08_I | UNIT"), or over
            # names (with their symbols) and an item column ("Supply voltage, VCC | | LM2902", "θJA | D package | 86")
            roles.update({0: "param", 1: "cond"} if heads[0] >= 2 and _names_column(rows[i + 1:], 0)
                         else {0: "symbol", 1: "param"} if heads[0] >= 2 else {0: "param"})
        if (len(roles) < 2 and not (len(heads) >= 2 and roles.get(0) == "param")) or not ({"param", "symbol"} & set(roles.values())):
            continue  # a name column and two part columns are a header ("Parameter | LM101A/LM201A | LM301A")
        first = min(roles)
        if "symbol" not in roles.values() and roles.get(first) == "param" and first > 0 and not any(
                (c or "").strip() and not _fragment(c, row[first]) for c in row[:first]):
            # an unlabelled column left of the names holds the symbols (its heading maybe a piece of the names' own,
            # "PAR" | "PARAMETER", the word printed across both columns)
            roles[0] = "symbol"
        pj = next((j for j, r in roles.items() if r == "param"), None)
        if "symbol" not in roles.values() and pj is not None and pj + 1 < len(row) and row[pj + 1] is None \
                and pj + 1 not in roles and _names_column(rows[i + 1:], pj + 1) and not _names_column(rows[i + 1:], pj):
            # "Parameter" ruled over two columns, the symbols under its left half and the names under its right (National)
            roles[pj], roles[pj + 1] = "symbol", "param"
        used = 1
        lower = i + 1
        if i + 2 < len(rows) and sum(1 for c in rows[i + 1] if c and part_heading(c)) >= 2 \
                and sum(1 for c in rows[i + 2] if c and header_role(c)[0] in ("min", "typ", "max")) >= 2:
            lower = i + 2  # parts on the row under the headings, their Min and Max on the row under that (Vishay Siliconix)
        if i + 1 < len(rows):
            sub: dict[int, str] = {}
            more: dict[int, str] = {}
            for j, cell in enumerate(rows[lower]):
                if cell:
                    role, unit = header_role(cell)
                    if role in ("min", "typ", "max"):
                        sub[j] = role
                        if unit:
                            units[j] = unit
                    elif role == "value" and re.match(r"(?i)\s*(?:tested\s+)?limits?\b", cell):
                        sub[j] = role  # National's "Typical | Limit" under the part: the unit says which limit
                    elif role in ("unit", "cond") and role not in roles.values() and j not in roles:
                        more[j] = role  # "Condition" and "Units" in the lower row, under a row of part names (Micrel)
            # "MIN TYP MAX" in one cell under a part heading (TI's LinCMOS TLC274): a second header row all the same
            grouped = any(len(set(re.findall(r"(?i)\b(min|typ|max)\b", c or ""))) >= 2 for j, c in enumerate(rows[lower]) if j in sub)
            if len(sub) >= 2 or grouped:
                roles.update(more)
                for j, role in sub.items():
                    roles[j] = role
                roles = {j: r for j, r in roles.items() if not (r == "value" and j not in sub)}
                used = lower - i + 1
        parts: dict[int, str] = {}
        for k in range(i, min(i + 3, len(rows))):
            if k > i and (rows[k][0] or "").strip():
                break  # a body row (it names a parameter), not a row of part headings
            found_parts = {j: n for j, c in enumerate(rows[k]) if c and (n := part_heading(c))}
            run = [(c or "").strip() for c in rows[k][min(found_parts, default=0):max(found_parts, default=0) + 1]]
            if len(found_parts) >= 2 and any(c.startswith("/") or c.endswith("/") for c in run) and part_heading("".join(run)):
                break  # one heading for the whole family cut by the column rules ("TL071" | "/TL072/" | "TL074"), not a
                # column per part (TI's thermal table: its columns are packages)
            if len(found_parts) >= 2:
                parts = found_parts
                used = max(used, k - i + 1)
                break
        over = _parts_over_roles(row)
        if over and used == 1 and len(parts) == len(over):
            # each group's part printed over its Typ heading in one cell ("LF147\nTyp", National): every Min, Typ and
            # Max of the row is a column of its own, and a part's group starts at the Min left of its Typ
            roles.update({j: r for j, c in enumerate(row) if j not in roles or roles[j] in ("min", "typ", "max")
                          if (r := header_role((c or "").split("\n")[-1])[0]) in ("min", "typ", "max")})
            parts = {(j - 1 if r == "typ" and roles.get(j - 1) == "min" and j - 1 not in over else j): name
                     for j, (name, r) in over.items()}
        if used == 2 and (joined := _split_group_heads(row, rows[i + 1])) and (len(parts) < 2 or len(parts) > len(joined)):
            parts = joined  # more part headings than Min/Typ/Max groups: pieces of headings the rules cut
        shared: dict[int, list[str]] = {}
        for k in range(i, i + used):
            for j, cell in enumerate(rows[k]):
                words = re.findall(r"(?i)\b(min|typ|max)\b", (cell or "").split("\n")[-1])
                names = list(dict.fromkeys(w.lower() for w in words))
                if len(names) >= 2 and len(names) == len(words):
                    shared[j] = names  # Min, Typ and Max of a part in one cell ("30 200" under "MIN TYP MAX", TI)
        if not parts and "param" in roles.values() and "unit" in roles.values() \
                and not {"min", "typ", "max", "value"} & set(roles.values()):
            # TI's thermal table: "Thermal Metric | <part> | Unit" over one column per package; the first package is read
            left, right = max(j for j, r in roles.items() if r == "param"), min(j for j, r in roles.items() if r == "unit")
            if right - left >= 2:
                roles[left + 1] = "value"
        return Header(roles=roles, units=units, rows=i + used, parts=parts, shared=shared)
    return None


def _parts_over_roles(row: list[str | None]) -> dict[int, tuple[str, str]]:
    """Cells heading a part's group with the part on the lines above a Min/Typ/Max word ("LF347B\nTyp"): column ->
    (part, role); empty unless two or more cells do."""
    out: dict[int, tuple[str, str]] = {}
    for j, c in enumerate(row):
        lines = [ln for ln in (c or "").split("\n") if ln.strip()]
        if len(lines) >= 2 and (name := part_heading("\n".join(lines[:-1]))) \
                and (role := header_role(lines[-1])[0]) in ("min", "typ", "max"):
            out[j] = (name, role)
    return out if len(out) >= 2 else {}


_CAPTION = re.compile(r"(?i)^\s*table\s*\d+\s*[:.]")


def peel_caption(rows: list[list[str | None]]) -> list[list[str | None]] | None:
    """A first row holding a table's caption, its header and its first data row in one ruled band (Philips:
    "Table 3:\nIn accordance\nSymbol\nV\nDS" | "Limiting values\n…\nParameter Conditions\ndrain-source voltage" | "Min\n-"):
    the header words and the lines under them split apart. None when the first row is no such band."""
    if not rows or not any(_CAPTION.match(c or "") for c in rows[0]):
        return None
    head: list[str | None] = []
    first: list[str | None] = []
    for cell in rows[0]:
        lines = [ln for ln in (cell or "").split("\n") if ln.strip()]
        k = next((i for i, ln in enumerate(lines) if header_role(ln)[0] is not None), None)
        head.append(lines[k] if k is not None else None)
        first.append("\n".join(lines[k + 1:] if k is not None else lines) or None)
    if sum(h is not None for h in head) < 3:
        return None
    return [head, first, *rows[1:]]


def _heading_sized(cell: str) -> bool:
    return len([ln for ln in cell.split("\n") if ln.strip()]) <= 4 and len(join_lines(cell)) <= 48


def _names_column(rows: list[list[str | None]], j: int) -> bool:
    """A column of parameter names (several words each), not of symbols."""
    cells = [join_lines(r[j] or "") for r in rows if j < len(r) and (r[j] or "").strip()]
    # (words run together count one by one: "OutputSwing", TI's later prints of National parts)
    return len(cells) >= 2 and sum(len(re.findall(r"[A-Z]?[a-z]{2,}|[A-Z]{3,}", c)) >= 2 for c in cells) > len(cells) / 2


def _symbols_then_names(rows: list[list[str | None]]) -> bool:
    """Short symbols in the first column ("V\\nID", "T\\nstg") and names in the second ("Differentialinputvoltage")."""
    syms = [join_lines(r[0] or "").replace(" ", "") for r in rows if r and (r[0] or "").strip()]
    names = [join_lines(r[1] or "") for r in rows if len(r) > 1 and (r[1] or "").strip()]
    return len(syms) >= 2 and len(names) >= len(syms) and all(len(x) <= 10 for x in syms) \
        and sum(bool(re.search(r"[a-z]{6,}", n)) for n in names) > len(names) / 2


def _split_group_heads(row: list[str | None], sub_row: list[str | None]) -> dict[int, str]:
    """Part headings over Min/Typ/Max groups that the column rules cut into pieces (TI TL071: "TL07" | "1C,TL07" over
    "TL074C" | "2C," above "MIN TYP MAX"): each group's pieces joined line by line, keyed by the group's first column."""
    groups: list[list[int]] = []
    for j, cell in enumerate(sub_row):
        role = header_role(cell)[0] if cell else None
        if role not in ("min", "typ", "max"):
            continue
        if groups and j == groups[-1][-1] + 1 and role not in [header_role(sub_row[k] or "")[0] for k in groups[-1]]:
            groups[-1].append(j)
        else:
            groups.append([j])
    out: dict[int, str] = {}
    for g in groups:
        cells = [(row[j] or "").split("\n") if j < len(row) else [] for j in g]
        lines = ["".join(c[n].strip() if n < len(c) else "" for c in cells) for n in range(max(map(len, cells), default=0))]
        text = "".join(ln if ln.endswith((",", "/")) or k == len(lines) - 1 else ln + "," for k, ln in enumerate(lines) if ln)
        if len(g) >= 2 and (name := part_heading(text)):
            out[g[0]] = name
    return out if len(out) >= 2 else {}


def part_heading(cell: str) -> str:
    """The part number a column heading names ("1N4007", "BC\n547", "MMBT3904(3)", "4007", "LM358, LM358E"), or ""."""
    lines = [ln for ln in cell.split("\n") if ln.strip()]
    if len(lines) > 1 and all(part_heading(ln) for ln in lines):
        return "/".join(part_heading(ln) for ln in lines)  # a column heading for two parts, one a line ("BC327\nBC337")
    named = [ln for ln in lines if part_heading(ln)] if len(lines) > 1 else []
    if named and all(ln in named or re.fullmatch(r"(?i)\s*(?:limits?|\(\d\))\s*", ln) for ln in lines):
        return "/".join(part_heading(ln) for ln in named)  # the parts over their Limit column ("LM6134AI\nLM6132AI\nLimit\n(2)", TI)
    t = split_footnote(re.sub(r"^\(\d\)|\s+", "", cell))[0].upper()
    if t in _OTHERS:
        return OTHERS
    if m := re.fullmatch(r"([A-Z]{1,2})-?SUFFIX(?:ES)?", t):
        return GRADE + m.group(1)  # "C SUFFIX" | "I SUFFIX" | "M SUFFIX" (TI): the requested part with that grade letter
    if re.fullmatch(r"\d{4,5}[A-Z]?", t):
        return t  # the part's digits under a "Value" heading, the family prefix left out
    if re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]{1,2}", t):
        return t  # a short rectifier name ("S2A" … "S2M", Vishay; "US1M")
    if mentioned_parts(t.replace("_", "0")) and re.fullmatch(r"[A-Z0-9,/\-_]+", t):
        return t  # "_" stands for any one character of a family ("TL08_C": TL081C, TL082C, TL084C)
    return ""


OTHERS = "*"  # a column for every part the other headings do not name ("ALL OTHER DEVICES", TI)
GRADE = "~"  # a column for the requested part's grade the heading names by its suffix letter ("C SUFFIX", TI)
_OTHERS = {"ALLOTHERDEVICES", "ALLOTHERS", "OTHERDEVICES", "ALLOTHERTYPES", "OTHERS"}


def _fill(heading: str, part: str) -> str:
    """A family heading's "_" filled from the requested part: "TL08_C/TL08_AC" for TL082 → "TL082C/TL082AC"; so is
    an "x" where the part has a digit after the same prefix ("TL07xC, TL07xAC" for TL071, read upper-case)."""
    p = part.upper()

    def one(h: str) -> str:
        return "".join(p[i] if i < len(p) and (c == "_" or c == "X" and p[i].isdigit() and h[:i] == p[:i]) else c
                       for i, c in enumerate(h))
    return ",".join("/".join(one(h) for h in group.split("/")) for group in heading.split(","))


def _heads_part(heading: str, part: str) -> bool:
    if heading.isdigit() or re.fullmatch(r"\d{4,5}[A-Z]?", heading):
        return part.upper().endswith(heading) and len(part) > len(heading)
    return any(same_part(n, part) for n in mentioned_parts(heading) | {heading})


def part_columns(rows: list[list[str | None]], header: Header, col: dict[str, int],
                  part: str | None) -> tuple[dict[str, int], list[list[str | None]]]:
    """Roles and rows narrowed to the requested part's column (or Min/Typ/Max group) of a multi-device table.

    A value printed once across all the parts' columns (a merged cell) applies to every part.
    """
    if not header.parts or not part:
        return col, rows
    starts = sorted(header.parts)
    heads = {j: part.upper() + h[1:] if h.startswith(GRADE) else _fill(h, part) for j, h in header.parts.items()}
    # the column naming the part most closely: "TL082C" (the first grade) before "TL082AC" for a request for TL082;
    # between grades as close ("TL072I" | "TL072C"), the first in reading order, as the first row is read first, but a
    # military grade ("TL071M") last: it is a part of its own, not what a plain part number orders; a heading only
    # close to the part (STP3NK90Z for STP3NK90ZFP) after the one naming it
    fits = [(min((len(n) - len(part) + (0.5 if n[len(part):].startswith("M") else 0) for n in mentioned_parts(heads[j])
                  if n.startswith(part.upper())), default=0.25), j)
            for j in starts if heads[j] != OTHERS and (_heads_part(heads[j], part)
                                                     or any(n.startswith(part.upper()) for n in mentioned_parts(heads[j])))]
    jp = min(fits)[1] if fits else next((j for j in starts if heads[j] == OTHERS), None)
    if jp is None:
        # every value column is headed by another part (LM124 | LM324 when the LM2902 is asked for): nothing here is its
        return {r: j for r, j in col.items() if r not in ("min", "typ", "max", "value")}, rows
    end = next((j for j in starts if j > jp), 10 ** 6)
    group = {r: j for j, r in sorted(header.roles.items()) if jp <= j < end and r in ("min", "typ", "max")}
    col = dict(col)
    if group:
        for r in ("min", "typ", "max"):
            if r in group or col.get(r, -1) >= starts[0]:
                col.pop(r, None)  # a column left of every part's group ("Typ | LMC7101A Min Max | …", Micrel) is all of theirs
        col.update(group)
        return col, rows
    for r in ("min", "typ", "max", "value"):
        if not (r == "typ" and col.get(r, 10 ** 6) < starts[0]):
            col.pop(r, None)  # (a Typ column left of every part's Limit column is all of theirs: National)
    col["value"] = jp
    out = []
    for row in rows:
        row = list(row)
        filled = list(dict.fromkeys(row[j] for j in range(starts[0], min(len(row), (starts[-1] + 1))) if not is_empty(row[j])))
        split = len(filled) >= 2 and RANGE.match(" ".join(str(f) for f in filled))
        if jp < len(row) and row[jp] is None and not split:
            # covered by a merged cell: the value printed once across this part and the ones left of it
            left = next((j for j in range(jp - 1, starts[0] - 1, -1) if row[j] is not None), None)
            if left is not None and not is_empty(row[left]):
                row[jp] = row[left]
        if jp < len(row) and is_empty(row[jp]) and (len(filled) == 1 or split):
            # one merged cell, or a range split at the column rules ("−55" | "to" | "+150" over three parts' columns)
            row[jp] = " ".join(str(f) for f in filled)
        numbers = [f for f in filled if re.search(r"\d", str(f))]
        if jp < len(row) and row[jp] and not re.search(r"\d", row[jp] or "") and len(numbers) == 1 and len(filled) > 1:
            # one value and a remark run on across the parts' columns: "25" | "(for one" | "cycle)" (onsemi)
            row[jp] = numbers[0]
        out.append(row)
    return col, out


_PART_TOKEN = re.compile(r"\b((?:[A-Z]{1,6}\d{1,5}|\d[A-Z]\d{1,5})[A-Z0-9\-]*)((?:/[A-Z]?\d{1,5}[A-Z0-9]*)*)")


def mentioned_parts(text: str) -> set[str]:
    """Part numbers named in a label: "BC547/550" → {BC547, BC550}; "2N3903" → {2N3903}."""
    out: set[str] = set()
    for m in _PART_TOKEN.finditer((text or "").upper()):
        head = m.group(1)
        if not re.search(r"[A-Z]", head) or not re.search(r"\d", head) or len(head) < (3 if re.fullmatch(r"\d[A-Z]\d+", head) else 4):
            continue  # (a rectifier family's "6A1" … "6A10" is three characters long)
        if re.fullmatch(r"(?:V|I|T|R|C|Q|P|F|E|H|Z|G)[A-Z]{0,3}\d{0,2}", head):
            continue
        out.add(head)
        span = re.fullmatch(r"([A-Z0-9]*?[A-Z])(\d+)-(?:\1)?(\d+)", head)
        if span and len(span.group(2)) == len(span.group(3)) and 0 < int(span.group(3)) - int(span.group(2)) <= 100:
            # a range of the family: "UF4005-4007", "1N4001-1N4007"
            width = len(span.group(2))
            out.update(f"{span.group(1)}{n:0{width}d}" for n in range(int(span.group(2)), int(span.group(3)) + 1))
        prefix = re.match(r"^[A-Z0-9]*?[A-Z]+(?=\d)", head)
        digits = re.search(r"\d+$", head)
        for tail in m.group(2).split("/")[1:]:
            if digits and tail.isdigit() and len(tail) < len(digits.group(0)):
                out.add(head[: len(head) - len(tail)] + tail)  # the last digits replaced: "LF355/6/7" → LF356, LF357
            elif prefix and tail[:1].isdigit():
                out.add(prefix.group(0) + tail)
            else:
                out.add(tail)
    return out


def same_part(a: str, b: str) -> bool:
    """Two part numbers for one device: equal, or one is the other plus an ordering suffix of 2+ characters.

    "MM3Z5V1" matches "MM3Z5V1T1G"; "BC547" does not match "BC547B" (another gain group).
    """
    a, b = a.upper().replace("-", ""), b.upper().replace("-", "")
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(long_) - len(short) >= 2


def heading_group(row: list[str | None], header: Header, heading: str, part: str | None) -> Header:
    """Min/Max groups repeated per part, the parts named in a line above the table, not in it (Central Semiconductor).

    "ELECTRICAL CHARACTERISTICS: 2N2219 2N2219A" over "MIN MAX MIN MAX": the requested part's group is read.
    """
    if not part or header.parts:
        return header
    names = [n for n in re.findall(r"[A-Z0-9][A-Z0-9\-]{3,}", heading.upper()) if mentioned_parts(n)]
    groups: list[dict[str, int]] = [{}]
    for j, cell in enumerate(row):
        role = header_role(cell or "")[0] if cell else None
        if role in ("min", "typ", "max"):
            if role in groups[-1]:
                groups.append({})
            groups[-1][role] = j
    if len(groups) < 2 or len(names) != len(groups):
        return header
    pick = next((k for k, n in enumerate(names) if n == part.upper()), None)
    if pick is None:
        pick = next((k for k, n in enumerate(names) if same_part(n, part)), None)
    if pick is None:
        return header
    roles = {j: r for j, r in header.roles.items() if r not in ("min", "typ", "max")}
    roles.update({j: r for r, j in groups[pick].items()})
    return Header(roles=roles, units=header.units, rows=header.rows, parts=header.parts, shared=header.shared)


def spaced_words(text: str) -> str:
    """Words the text layer ran together set apart where the case changes: "ForLMH6642andLMH6644" (TI)."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[a-z])", " ", text)


def for_other_part(label: str, part: str | None) -> bool:
    """True when a row label names parts and none of them is the requested one."""
    if not part:
        return False
    label = spaced_words(label)
    # a package's drawing code is no part ("LMC0008C Package", "NAB0008A, J0014A Package")
    names = mentioned_parts(re.sub(r"(?i)[A-Z0-9,\s]+-?\s*(?=package)", " ", label))
    # only names of the same family count (a "TO-92" or an "SOT23" package is not a part)
    names = {n for n in names if n[:2] == part.upper()[:2]}
    return bool(names) and not any(same_part(n, part) for n in names)
