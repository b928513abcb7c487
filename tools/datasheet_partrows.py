"""Tables with one part (or package) per row and one parameter per column (Zener and diode family tables,
thermal tables with a package per row).

A family datasheet lists every part of the series down its first column ("1N5221B",
"1N5222B" …, often several parts per ruled band, a line each) and heads each further column
with a symbol, a unit and sometimes a test condition ("V_Z (V) @ I_ZT", "Z_ZT (Ω)",
"I_R (µA) @ V_R"), a few of them spanning Min / Nom / Max sub-columns. The subscripts and
the Ω or µ of a Symbol font often sit on lines of their own or outside the parentheses.

:func:`part_row_table` turns the requested part's row of such a table into an ordinary
parameter table — a row per column group with symbol, name, conditions, min, typ, max and
unit — so the usual row reader parses its values. A lone value in a column that does not say
it is nominal or typical is a guaranteed limit (the maximum), as in a column per part.
"""

from __future__ import annotations

import re

from chipsmith.tools.datasheet_cells import attach_subscripts, cell_lines, condition_lines, split_footnote, unit_factor
from chipsmith.tools.datasheet_header import Header, header_role, mentioned_parts, same_part

_ROWS = ["Symbol", "Parameter", "Conditions", "Min", "Typ", "Max", "Unit"]
_HEADER = Header(roles={0: "symbol", 1: "param", 2: "cond", 3: "min", 4: "typ", 5: "max", 6: "unit"}, units={}, rows=1)
_WORDS = re.compile(r"(?i)^(min|max|typ|nom|minimum|maximum|typical|nominal|test|note|volts?|current|voltage|zener|"
                    r"impedance|dynamic|leakage|reverse|surge|regulator|forward|device|type|part|marking|at|and|peak|blocking|"
                    r"recurrent|repetitive|average|catalog|number|dc|ac|rms|ohms?|[uµμmn]a)\.?$")


def _parts_in(cell: str | None, codes: bool = False) -> list[str]:
    """The part numbers of a first-column cell, one a line ("1N4742A *" counts), or [] when a line is anything else.

    With ``codes``, numeric order codes ("5082-2800") listed beside the part numbers count too.
    """
    out = []
    for ln in cell_lines(cell):
        name = split_footnote(re.sub(r"\s*[*†‡:]+$", "", ln))[0].strip()
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9\-]{3,19}|\d[A-Z]\d", name) or not (
                mentioned_parts(name) or (codes and re.fullmatch(r"\d{3,}-\d{3,}", name))):
            return []
        out.append(name)
    return out


def _line_join(cells: list[str | None]) -> str:
    """Cells of one header row side by side, line by line (a symbol in one cell, its subscript in the next)."""
    split = [cell_lines(c) for c in cells]
    depth = max((len(s) for s in split), default=0)
    lines = [" ".join(s[i] for s in split if i < len(s)) for i in range(depth)]
    return _subscripts(lines)


def _subscripts(lines: list[str]) -> str:
    """Lines of subscripts attached, in order, to the lone capital letters of the line above ("Z @ I" + "ZT ZT")."""
    out: list[str] = []
    for ln in lines:
        subs = ln.split()
        if out and subs and all(re.fullmatch(r"[A-Za-z0-9()]{1,5}", x) and not _WORDS.match(x) for x in subs):
            slots = list(re.finditer(r"(?<![A-Za-z0-9(])([A-Z])(?![A-Za-z0-9])", out[-1]))
            if 0 < len(subs) <= len(slots):
                out[-1] = attach_subscripts(out[-1], slots, subs)
                continue
        out.append(ln)
    return " ".join(out)


def _unit(text: str) -> str:
    """The unit a column heading names: "(V)", "(mA)", a lone "Ω", or "µ … ( A)" with the prefix drawn outside."""
    strays: list[str] = re.findall(r"(?<!\S)([µμΩ\u2126])(?!\S)", text)
    for m in re.finditer(r"\(([^()]*)\)", text):
        inner = str(m.group(1)).strip()
        for cand in [s + inner for s in strays] + ([inner] if inner else []):
            if cand and unit_factor(cand) is not None and not re.fullmatch(r"(?i)note|\d+", cand):
                return cand
    for tok in text.split():
        if re.fullmatch(r"\(cid:\d+\)[A-Za-z]?", tok):
            return tok  # a Symbol-font Ω or µ with no mapping; the row reader resolves it by the quantity
        tok = tok.strip("()")
        if re.fullmatch(r"(?i)volts?", tok):
            return "V"
        if re.fullmatch(r"(?i)ohms?", tok):
            return "Ω"
        if tok == "uA":
            return "µA"
        if tok in ("Ω", "\u2126", "V", "mV", "mA", "µA", "μA", "nA", "A", "pF", "mW", "W", "%/°C", "mV/K", "ns", "µs"):
            return tok
    return ""


def _symbol(text: str) -> str:
    """The first symbol-like word of a column heading that is not a test condition ("V_F = 1 V" is one)."""
    # a letter and its subscript set apart on one line: "Z ZT @ I ZT" is Z_ZT at I_ZT
    text = re.sub(r"(?<![A-Za-z])([A-Z]) ([A-Z]{1,3})(?![A-Za-z])", r"\1\2", text)
    for m in re.finditer(r"[^\s@,]+", text):
        tok = m.group(0).strip("()")
        if re.fullmatch(r"[A-ZΔθ][A-Za-z0-9]{0,5}", tok) and not _WORDS.match(tok) and unit_factor(tok) is None \
                and not re.match(r"\s*=", text[m.end():]):
            return tok
    return ""


def _role(text: str) -> str:
    low = text.lower()
    if re.search(r"\b(nom|nominal|typ|typical)\b", low):
        return "typ"
    if re.search(r"\b(min|minimum)\b", low) and not re.search(r"\b(max|maximum)\b", low):
        return "min"
    return "max"


def part_row_table(rows: list[list[str | None]], part: str | None) -> list[list[str | None]] | None:
    """The requested part's row of a part-per-row table as rows of an ordinary parameter table, or None."""
    if not part or len(rows) < 3:
        return None
    body = [i for i, r in enumerate(rows) if r and _parts_in(r[0], codes=True)]
    # (one ruled band may hold the whole family, a part a line: Taiwan Semiconductor's BZX55)
    if not body or (len(body) < 2 and len(_parts_in(rows[body[0]][0])) < 3) or body[0] == 0 \
            or sum(len(_parts_in(rows[i][0], codes=True)) for i in body) < 3 or not any(_parts_in(rows[i][0]) for i in body):
        return None
    head = rows[:body[0]]
    hit = next(((i, k) for i in body for k, n in enumerate(_parts_in(rows[i][0], codes=True)) if same_part(n, part)), None)
    if hit is None:
        return None
    i, k = hit
    row, count = rows[i], len(_parts_in(rows[i][0], codes=True))
    width = max(len(r) for r in rows)

    # a row of test conditions under the parts ("Test Conditions" | "I_R = 10 µA" | "I_F = 1 mA"), a column each;
    # a line starred ("*I_R = 100 µA") holds for the starred parts only
    tail = next((r for r in rows[body[-1] + 1:] if r and re.fullmatch(r"(?i)test\s*conditions?", " ".join(cell_lines(r[0])))), None)

    def tested(j: int) -> str:
        lines = condition_lines(tail[j]) if tail is not None and j < len(tail) else []
        return ", ".join(ln for ln in lines if "=" in ln and not ln.startswith("*"))

    def value(j: int) -> str:
        lines = cell_lines(row[j] if j < len(row) else None)
        return lines[k] if len(lines) == count else ""

    # the last header row that names Min/Typ/Max groups its columns into one parameter
    sub: dict[int, str] = {}
    for j, cell in enumerate(head[-1]):
        role = header_role(cell or "")[0]
        if role in ("min", "typ", "max") and re.fullmatch(r"(?i)\s*(min|typ|max|nom)[a-z]*\.?\s*(?:\([^()]*\))?\s*", cell or ""):
            sub[j] = role
    groups: list[list[int]] = []
    for j in range(1, width):
        # Min/Typ/Max side by side in any order ("Nom (V) | Min (V) | Max (V)" under "VZ @ IZT")
        if j in sub and groups and groups[-1][-1] == j - 1 and groups[-1][-1] in sub \
                and sub[j] not in {sub[x] for x in groups[-1]}:
            groups[-1].append(j)
        else:
            groups.append([j])
    out: list[list[str | None]] = [list(_ROWS)]
    for g in groups:
        text = " ".join(_line_join([r[j] if j < len(r) else None for j in g]) for r in head if any(
            j < len(r) and r[j] for j in g))
        # the symbol is on the heading row nearest the values ("VZ @ IZT" under "Zener Voltage Range")
        symbol = next((sy for r in reversed(head) if (sy := _symbol(_line_join([r[j] if j < len(r) else None for j in g])))), "")
        vals = dict.fromkeys(("min", "typ", "max"), "")
        extra = ""
        for j in g:
            v = value(j)
            at = re.search(r"\bat\s+([A-Z][A-Za-z0-9]{0,5})", text)
            if at and len(v.split()) == 2:
                v, extra = v.split()[0], f"{at.group(1)} = {v.split()[1]}"  # "200 50" under "I_R (nA) at V_R (V)"
            if v and not re.fullmatch(r"[-–—]+", v):
                vals[sub[j] if len(g) > 1 and j in sub else _role(text)] = v
        if not _symbol(text.partition("@")[0]) and "@" in text and len(out) > 1 and any(vals.values()):
            # a test-condition column ("@ I_ZT (mA)") belongs to the parameter on its left
            out[-1][2] = ((out[-1][2] or "") + f", {symbol} = {' '.join(v for v in vals.values() if v)} {_unit(text)}").strip(", ")
            continue
        if not any(vals.values()) or not (symbol or re.search(r"(?i)voltage|current|temperature|power|capacitance|resistance|time", text)):
            continue  # a heading with neither a symbol nor a quantity's name ("Device Marking") is no parameter
        cond = ", ".join(x for x in (*(tested(j) for j in g), extra) if x)
        name = " ".join(w for w in re.findall(r"\b(?:[A-Za-z][a-z]{2,}|DC|AC|RMS)\b", text)
                        if not re.fullmatch(r"(?i)min|max|typ|nom|note|volts?", w))
        out.append([symbol, name, cond, vals["min"], vals["typ"], vals["max"], _unit(text)])
    return out if len(out) > 1 else None


PART_ROW_HEADER = _HEADER

# a thermal symbol heading a column, its subscript maybe on a line of its own and a note mark beside it
_THERMAL = re.compile(r"^(?:θ|Θ|ϑ|ψ|Ψ|R\s?[θΘϑ]|Rth|RTH)\s*[-_(]?\s*(?P<sub>J[-\s]?[A-Za-z]{1,3})\)?(?:\s*\(?top\)?)?$")


def _heading_symbol(cell: str | None) -> str:
    """The thermal symbol a column heading names ("θ 1" over "JA" is "θJA"), or ""."""
    toks = [t for t in " ".join(cell_lines(cell)).split()
            if not re.fullmatch(r"(?i)\d|\(\d\)|\(.*/.*\)|min\.?|typ\.?|max\.?|minimum|typical|maximum", t)]
    text = "".join(toks)
    return text if _THERMAL.match(text) else ""


def symbol_column_table(rows: list[list[str | None]]) -> list[list[str | None]] | None:
    """A table of one package per row under thermal-symbol headings ("Package Type | θJA | θJC | Unit", Analog
    Devices) as rows of an ordinary parameter table: a row per package and symbol, the package as its condition.

    The values are typical unless the heading says Max or Min (the resistance of a package on a test board
    is a property, not a guaranteed limit); the unit comes from the Unit column or the heading.
    """
    if len(rows) < 3 or not rows[0] or len(rows[0]) < 3:
        return None
    head = rows[0]
    syms = {j: sy for j, c in enumerate(head) if j and (sy := _heading_symbol(c))}
    units = [j for j, c in enumerate(head) if c and re.fullmatch(r"(?i)\s*units?\s*", c)]
    if not syms or head[0] is None or _heading_symbol(head[0]):
        return None
    out: list[list[str | None]] = [list(_ROWS)]
    for r in rows[1:]:
        label = " ".join(cell_lines(r[0] if r else None))
        if not label or re.fullmatch(r"[-+−–]?[\d.]+\s*\S{0,3}", label):  # a package names itself ("8-Lead MSOP"), a number does not
            continue
        unit = (r[units[0]] if units and units[0] < len(r) else None) or ""
        for j, sy in syms.items():
            v = " ".join(cell_lines(r[j] if j < len(r) else None))
            if not re.fullmatch(r"[<>≤≥]?\s*\d+(?:\.\d+)?", v):
                continue
            role = _role(head[j] or "") if re.search(r"(?i)\b(min|max|minimum|maximum)\b", head[j] or "") else "typ"
            vals = {"min": None, "typ": None, "max": None, role: v}
            out.append([sy, "Thermal resistance", label, vals["min"], vals["typ"], vals["max"], unit or _unit(head[j] or "")])
    return out if len(out) > 2 else None


_PACKAGE_HEAD = re.compile(r"(?i)^\s*packages?\s*$")


def package_row_table(rows: list[list[str | None]]) -> list[list[str | None]] | None:
    """A ratings table of one package per row under quantity headings ("Package | ID (Continuous) (mA) | ID (Pulsed)
    (A) | Power Dissipation at TA = 25°C (W)", Supertex and Microchip) as rows of an ordinary parameter table: a row per
    package and heading, the package as its condition, every value a maximum in the heading's unit."""
    if len(rows) < 2 or not rows[0] or len(rows[0]) < 3 or not _PACKAGE_HEAD.match(" ".join(cell_lines(rows[0][0]))):
        return None
    head = rows[0]
    heads = {j: _line_join([c]) for j, c in enumerate(head) if j and c}
    if not heads or not all(_unit(t) for t in heads.values()):
        return None
    out: list[list[str | None]] = [list(_ROWS)]
    for r in rows[1:]:
        label = " ".join(cell_lines(r[0] if r else None))
        if not label or not re.search(r"[A-Za-z]", label):
            continue
        for j, text in heads.items():
            v, _ = split_footnote(" ".join(cell_lines(r[j] if j < len(r) else None)))
            v = re.sub(r"\s*\((?:note\s*)?\d+\)\s*$", "", v, flags=re.I)
            if not re.fullmatch(r"[-+−–]?\d+(?:\.\d+)?", v):
                continue
            words = re.sub(r"\(" + re.escape(_unit(text)) + r"\)", " ", text, flags=re.I)
            words = re.sub(r"\((?:[^()]*note[^()]*|[^()]{1,3})\)", " ", words, flags=re.I)
            name = " ".join(w for w in re.findall(r"\b(?:[A-Za-z][a-z]{2,}|DC|AC|[A-Z]{1,2}\s?=\s?\S+)", words))
            # a pulsed rating is named by its remark ("ID (Pulsed)"), the symbol shared with the continuous one
            symbol = _symbol(words) + ("(Pulsed)" if re.search(r"(?i)\(pulsed\)", words) and _symbol(words) else "")
            out.append([symbol, name, label, None, None, v, _unit(text)])
    return out if len(out) > 1 else None
