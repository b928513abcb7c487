"""Datasheet table rows to parameter records: values, ranges, merged and continued cells, stacked lines.

:func:`extract_tables` reads every table of a document whose header names a value
column, carries a header over a page break when a continued table does not repeat it,
splits a ruled frame that holds two tables, and keeps only the requested part's rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from chipsmith.core.units import SIValue, is_empty
from chipsmith.tools.datasheet_bands import SUBSYMBOL, merged_down, section_lines, symbol_column
from chipsmith.tools.datasheet_cells import (
    Param,
    cell_lines,
    conditions_text,
    join_lines,
    limit_side,
    norm_key,
    parse_quantity,
    split_footnote,
    symbol_text,
    unit_factor,
)
from chipsmith.tools.datasheet_header import (
    RANGE,
    Header,
    find_header,
    for_other_part,
    header_role,
    heading_group,
    mentioned_parts,
    part_columns,
    peel_caption,
    same_part,
    spaced_words,
)
from chipsmith.tools.datasheet_infer import infer_header
from chipsmith.tools.datasheet_namecells import symbols_in_names
from chipsmith.tools.datasheet_partrows import PART_ROW_HEADER, package_row_table, part_row_table, symbol_column_table
from chipsmith.tools.datasheet_rowcells import (
    carried_subscripts,
    cell_at,
    condition_heads,
    limit_sides,
    package_rows,
    rejoin_range,
    shifted,
    split_shared,
    symbol_and_name,
    unstack,
)
from chipsmith.tools.pdf_reader import Document, Table

# "100-600" (an hFE range): two unsigned numbers joined by a dash, never a negative number
_DASH_RANGE = re.compile(r"^\s*(?P<a>\d[\d.]*)\s*[-–]\s*(?P<b>\d[\d.]*\s*\S*)\s*$")
# a value cell that says which bound it is: ">45", "≤ 0.7", "Typ 200", "max. 5" (unruled CDIL-style tables)
_BOUND = re.compile(r"^\s*(?:(?P<min>[>≥]|min\.?(?=[\s\d]))|(?P<max>[<≤]|max\.?(?=[\s\d]))|(?P<typ>typ\.?(?=[\s\d])))\s*", re.I)


TYPICAL_NOTE = re.compile(r"(?i)\b(?:all\s+)?(?:these\s+)?values\s+are\s+typical\b|\btypical\s+values?\s+only\b")
# a pointer to a figure inside a name (a note marker stays: it is resolved as a footnote): "Gain-Bandwidth Product, (See Figures 6, 30)"
_SEE = re.compile(r"\s*,?\s*\((?:see\s+(?:notes?|figures?|figs?\.?)|figures?|figs?\.?)\s*[^()]*\)", re.I)


def _bound(text: str) -> tuple[str | None, str]:
    """("min" | "max" | "typ" | None, the text after the mark)."""
    m = _BOUND.match(text or "")
    if not m:
        return None, text
    return next(k for k in ("min", "max", "typ") if m.group(k)), text[m.end():]


def _parse_value(text: str, unit: str) -> tuple[SIValue | None, SIValue | None, str]:
    """A value cell: one quantity, or a range "−65 to 150". Returns (low/only, high, flag)."""
    t = join_lines(text)
    t = re.sub(r"^\(\d{1,2}\)\s*(?=[-+±−–<>≤≥~\d.])", "", t)  # a footnote mark before the number: "(1) 2"
    t, _marks = split_footnote(t)
    # a footnote mark glued to the number: "400¹)" printed as "4001)", "4.5a" beside a Unit column that gives "A"
    t = re.sub(r"(?<=\d)\d\)$", "", t) if "(" not in t else t
    t = re.sub(r"(?<=\d)[a-e]$", "", t) if unit else t
    t = re.sub(r"(?:^|(?<=\s))\(cid:\d+\)\s?(?=\d)", "-", t)  # an unmapped minus glyph: "(cid:2)65 to +175"
    t = re.sub(r"(?:^|(?<=\s))([-+–−±])\s+(?=\d)", r"\1", t)  # a sign set apart from its number: "- 55 to + 175", "± 20"
    t = re.sub(r"^([-+–−±]?\d{1,3}) (000)$", r"\1\2", t)  # a round thousand after a thin space (Philips, NXP: "20 000")
    m = RANGE.match(t) or _DASH_RANGE.match(t)
    if m:
        a, b = parse_quantity(m.group("a"), unit), parse_quantity(m.group("b"), unit)
        if a is not None and b is not None:
            if not a.unit and b.unit:
                a = parse_quantity(m.group("a"), b.unit if unit == "" else unit) or a
            return a, b, ""
    q = parse_quantity(t, unit)
    if q is None:
        return None, None, "unparsed"
    return q, None, ""


@dataclass
class _Pending:
    header: Header
    section: str
    columns: int


def extract_tables(doc: Document, part: str | None = None) -> list[Param]:
    """Every parameter row of every table in ``doc``, in reading order; with ``part``, rows for other parts are left out."""
    out: list[Param] = []
    last: _Pending | None = None
    for table in doc.tables():
        header = find_header(table.rows)
        if header is None and (peeled := peel_caption(table.rows)) is not None and (inner := find_header(peeled)) is not None:
            table, header = replace(table, rows=peeled), inner  # a caption drawn inside the frame, over the header
        by_part = part_row_table(table.rows, part) if header is None or "symbol" not in header.roles.values() else None
        if by_part is None and (header is None or not header.valued):
            # one package per row under thermal symbols or under quantities, every row counts
            by_part = symbol_column_table(table.rows) or package_row_table(table.rows)
        if by_part is not None:
            # one part per row, one parameter per column (a Zener family table): the requested part's row
            out.extend(_table_params(doc, replace(table, rows=by_part), PART_ROW_HEADER, 1, table.section, part))
            continue
        start = header.rows if header else 0
        section = table.section
        if header is None:
            # a table continued from the previous page without repeating its header
            width = max((len(r) for r in table.rows), default=0)
            if last is not None and last.columns == width:
                header, section = last.header, last.section or table.section
            elif last is not None and width == last.columns - 1 and last.header.roles.get(width) == "unit":
                # the same columns but the unit column outside the frame, not taken this time (printed once, "nC")
                header = replace(last.header, roles={j: r for j, r in last.header.roles.items() if j < width})
                section = last.section or table.section
            elif last is not None and last.columns < width <= last.columns + 2 and last.header.roles.get(0) == "param":
                # the same columns with a conditions column split off the name (onsemi's switching rows):
                # the symbol and value columns keep their places counted from the right
                shift = width - last.columns
                roles = {(j + shift if j else 0): r for j, r in last.header.roles.items()}
                roles.update({j: "cond" for j in range(1, shift + 1) if "cond" not in roles.values()})
                header = Header(roles=roles, units={j + shift: u for j, u in last.header.units.items()}, rows=0)
                section = last.section or table.section
            elif (inferred := infer_header(table.rows)) is not None:
                header = inferred  # no header row at all: the roles read from the cells
            else:
                continue
        if not header.valued:
            continue
        if (named := symbols_in_names(table.rows, header)) is not None:
            table, header = replace(table, rows=named[0]), named[1]  # name, conditions and symbol in one cell (Diotec)
        if 0 < start <= len(table.rows):
            header = heading_group(table.rows[start - 1], header, _line_above(doc, table), part)
        if header.rows:
            last = _Pending(header=header, section=section, columns=max(len(r) for r in table.rows))
        # one ruled frame can hold two tables (ratings, then thermal data with its own header)
        cut = next((k for k in range(start + 1, len(table.rows)) if _is_header_row(table.rows, k)), len(table.rows))
        out.extend(_table_params(doc, replace(table, rows=table.rows[:cut]), header, start, section, part))
        if cut < len(table.rows):
            inner = find_header(table.rows[cut:], scan=1)
            if inner is not None and inner.valued:
                out.extend(_table_params(doc, replace(table, rows=table.rows[cut:]), inner, inner.rows, section, part))
    return out


def _line_above(doc: Document, table: Table) -> str:
    """The text line just above a table (a heading that may name the parts of its column groups)."""
    page = next((p for p in doc.pages if p.number == table.page), None)
    if page is None:
        return ""
    above = [ln for ln in page.lines if table.bbox[1] - 30 <= ln.bottom <= table.bbox[1] + 2
             and ln.x1 > table.bbox[0] and ln.x0 < table.bbox[2]]
    return max(above, key=lambda ln: ln.bottom).text if above else ""


def _is_header_row(rows: list[list[str | None]], k: int) -> bool:
    h = find_header(rows[k:], scan=1)
    return h is not None and h.valued and sum(1 for c in rows[k] if c and header_role(c)[0]) >= 3


_CATEGORY = re.compile(r"(?i)(?:voltages?|currents?|temperatures?|power|thermal|charge|energy|isolation)")


# a package by its code: "LMC0008C Package", "NAB0008A, J0014A Package", "D package" (not "All Packages")
_PACKAGE_LINE = re.compile(r"(?:[A-Z0-9][A-Z0-9,\-/ ]*\d[A-Z0-9,\-/ ]*|[A-Z]{1,4})\s*-?\s*[Pp]ackages?")


def _label(cell: str) -> str:
    """A label cell without the conditions after its part names: "MAX4465/MAX4467/MAX4469, AV = +1" → the names."""
    return re.sub(r",\s*[^,=]*=.*$", "", join_lines(cell))


def _variant(line: str) -> bool:
    """A label naming only parts, maybe with a package or a remark: "AD8605/AD8606 (Except WLCSP)", "AD8608"; or only
    a package or a remark."""
    if _PACKAGE_LINE.fullmatch(re.sub(r"\([^()]*\)", "", line).strip()) or re.fullmatch(r"\s*\([^()]+\)\s*", line):
        return True  # a package ("LMC0008C Package (Still Air)") or a remark alone ("(400 LF/Min Air Flow)")
    toks = re.sub(r"\([^()]*\)", " ", line).split()
    return bool(toks) and len(toks) <= 3 and bool(mentioned_parts(toks[0])) and bool(re.fullmatch(r"[A-Z0-9/\-,]+", toks[0])) \
        and all(re.fullmatch(r"[A-Z0-9\-]{2,8}", t) for t in toks[1:])


def _table_params(doc: Document, table: Table, header: Header, start: int, section: str,
                  part: str | None = None) -> list[Param]:
    col = {role: j for j, role in header.roles.items()}
    if "cond" not in col and "param" in col and col["param"] + 1 not in header.roles and col["param"] + 1 not in header.parts \
            and any(col["param"] + 1 < len(r) and r[col["param"] + 1] for r in table.rows[start:]):
        col["cond"] = col["param"] + 1  # an unlabelled column beside the names holds their conditions or items
    absmax = "maximum" in section.lower() or "ratings" in section.lower()
    # TI's "| | MIN | MAX | UNIT": no heading over the names, an item beside a blank name is the parameter itself
    blank_head = "param" in col and not any(cell_at(r, col["param"]) for r in table.rows[max(0, start - header.rows):start])
    params: list[Param] = []
    prev: Param | None = None
    prev_other = False  # the row ``prev`` was read from is for another part
    vcols = sorted({j for j, r in header.roles.items() if r in ("min", "typ", "max", "value")} | set(header.parts))
    col, body = part_columns([rejoin_range(r, vcols) for r in table.rows[start:]], header, col, part)
    body = limit_sides(carried_subscripts(package_rows(condition_heads(merged_down(section_lines(body, col), col), col), col), col), col)
    uj = col.get("unit", -1)
    for a, b in zip(body, body[1:]):
        # a unit broken over two rows, its prefix on the first ("µ" over "A", Vishay): both rows are in µA
        ua, ub = cell_at(a, uj) if uj >= 0 else None, cell_at(b, uj) if uj >= 0 else None
        if ua and ub and re.fullmatch(r"\s*[µμunpmk]\s*", ua) and re.fullmatch(r"\s*[AVFsWΩ]\s*", ub) and uj < len(a) and uj < len(b):
            a[uj] = b[uj] = ua.strip() + ub.strip()
    # a value printed per part (1N4001 … 1N4007 columns) is a guaranteed limit unless it says it is typical
    per_part = bool(header.parts) and col.get("value") in header.parts
    sub_items: list[str] = []
    subhead = ""  # the last sub-heading row spanning the table ("TEMPERATURE RANGE")
    category = ""  # TI's ratings: "Voltage | Supply voltage", "Temperature | Junction, TJ": the group, then the item
    name_base = ""
    labelled: tuple[str | None, str | None] | None = None  # the name and symbol of a row that printed no values
    kept_last = False  # the row before gave ``prev``
    held_unit = ""  # a unit printed on a row of conditions under a name that printed no values
    plain = {r: j for r, j in col.items() if j not in header.shared}
    subsym = symbol_column(body, col, vcols)
    for row, misaligned in ((r, shifted(orig, plain)) for orig in body for r in unstack([orig], col)):
        if all(is_empty(c) for c in row):
            continue
        # a row for another part is read but not kept: a row under it that continues the parameter
        # ("MAX4466/MAX4468 | 600" under "Gain Bandwidth Product | GBWP | MAX4465/MAX4467 | 200 | kHz") takes its name
        # in a table with a column per part, another part's test condition in brackets ("V+ = 30V (LM2902, V+ = 26V)")
        # does not make the row that part's
        other = for_other_part(re.sub(r"\(\s*[A-Z]{1,4}\d{2,5}[A-Z0-9]*[^()]*=[^()]*\)" if header.parts else "^$", " ", " ".join(
            c for c in (cell_at(row, col.get("param")), cell_at(row, col.get("cond"))) if c)), part) \
            or bool(part and any(c and j not in vcols and _variant(_label(c)) and for_other_part(_label(c), part)
                                 for j, c in enumerate(row)))  # a "Sub type" column naming another part of the family
        if not other and prev_other and not (cell_at(row, col.get("param")) or cell_at(row, col.get("symbol")) or "").strip() \
                and not any(c and j not in vcols and any(same_part(n, part or "") for n in mentioned_parts(spaced_words(c)))
                            for j, c in enumerate(row)):
            other = True  # more conditions of the other part's row ("2N2222 | IC = 150 mA | 400 mV" over "| IC = 500 mA | 1.6 V")
        # a sub-heading row spanning the table ("Off Characteristics")
        filled = [c for c in row if c and not is_empty(c)]
        if len(filled) == 1 and cell_at(row, col.get("param")) == filled[0] and not any(
                cell_at(row, col.get(r)) for r in ("min", "typ", "max", "value")):
            subhead, kept_last = filled[0], False
            continue
        name_raw = cell_at(row, col.get("param"))
        sym_raw = cell_at(row, col.get("symbol"))
        if subsym is not None and re.fullmatch(SUBSYMBOL, symbol_text(cell_at(row, subsym))):
            sym_raw = cell_at(row, subsym)
        if sym_raw:
            sym_raw, words = symbol_and_name(sym_raw)
            if words and "param" in col:
                name_raw = words + " " + (name_raw or "")  # the name starts in the symbol cell (a column edge misplaced)
            elif words:
                name_raw = words
        cond_raw = cell_at(row, col.get("cond"))
        if "symbol" not in col and name_raw and cond_raw and col.get("cond") == col.get("param", -9) + 1 \
                and re.fullmatch(r"[A-Z][A-Za-z]?(?:\n[A-Za-z0-9()]{1,6}|[A-Z0-9()]{0,5})", name_raw.strip()) \
                and re.search(r"[a-z]{4}", cond_raw) and not re.search(r"[=<>≤≥]", cond_raw):
            # the names column holds the symbol and the unlabelled column beside it the name (TI's ratings under a
            # header of "| | MIN | MAX | UNIT": "T" over "stg" | "Storage temperature")
            sym_raw, name_raw, cond_raw = name_raw, cond_raw, None
        if cond_raw and not is_empty(cond_raw) and col.get("cond") == col.get("param", -9) + 1:
            label = join_lines(name_raw).strip() if name_raw else ""
            if _CATEGORY.fullmatch(label) or (not label and (category or (blank_head and re.search(r"[a-z]{4}", cond_raw)
                                                                          and not re.search(r"[=<>≤≥]", cond_raw)))):
                category = label or category
                # the item is the parameter; its symbol may sit after a comma with a subscript a line below
                name_raw = re.sub(r",\s*([A-Z])\n(\w{1,4})$", r", \1\2", cond_raw.strip())
                cond_raw = None
            elif label:
                category = ""
        if name_raw and part:
            # variants named under the parameter ("Offset Voltage" over "AD8605/AD8606 (Except WLCSP)", "AD8608"):
            # the variant is a condition of the row, the name is the parameter's (or the one above when none is left)
            kept = [ln for ln in cell_lines(name_raw) if not _variant(ln)]
            moved = [ln for ln in cell_lines(name_raw) if _variant(ln)]
            if moved and (kept or not (sym_raw and sym_raw.strip())):
                name_raw = "\n".join(kept) or None
                cond_raw = ", ".join([*moved, *([join_lines(cond_raw)] if cond_raw and not is_empty(cond_raw) else [])])
        vals = {r: cell_at(row, col.get(r)) for r in ("min", "typ", "max", "value")}
        shared = next((col[r] for r in ("min", "typ", "max") if col.get(r) in header.shared), None)
        if shared is not None:
            label = join_lines(name_raw) or (prev.name if prev is not None else "")
            unit_cell = join_lines(cell_at(row, col.get("unit"))) or (prev.raw.get("unit", "") if prev is not None else "")
            vals.update(split_shared(cell_at(row, shared), header.shared[shared], label, unit_cell))
        has_vals = any(v and not is_empty(v) for v in vals.values())
        unit_held = ""
        has_id = bool((name_raw and name_raw.strip()) or (sym_raw and sym_raw.strip()))
        if has_vals and not has_id and labelled is not None:
            # the first values under a name whose own row printed none (TI: "High-level output voltage | RL = 2 kΩ |
            # 25°C" blank, "VCC − 1.5" text, then "Full range | 22"): that name's, not the row above it
            name_raw, sym_raw = labelled
            unit_held = held_unit
            has_id = True
        above = join_lines(labelled[0]) if labelled and labelled[0] and has_id and has_vals else ""
        labelled = None if has_id or has_vals else labelled
        held_unit = held_unit if labelled else ""
        if not has_vals and not has_id and labelled is not None and cell_at(row, col.get("unit")):
            held_unit = join_lines(cell_at(row, col.get("unit")))  # the unit of the name waiting for its values
        if not has_vals and not has_id and cond_raw and prev is not None:
            # conditions continued in a row of their own
            prev.conditions = (prev.conditions.rstrip(",") + ", " + join_lines(cond_raw).rstrip(",")).strip(", ")
            prev.conditions = re.sub(r",\s*,", ",", prev.conditions)
            prev.source += " / " + join_lines(cond_raw)
            continue
        if not has_vals and has_id and prev is not None and prev.table == table.ref and all(
                col.get(r) is None or cell_at(row, col[r]) is None for r in vals) and cell_at(row, col.get("unit")) \
                and join_lines(cell_at(row, col.get("unit"))) == prev.raw.get("unit"):
            # one value cell merged over two rows ("−55 to 175" for TJ and Tstg): the value applies to both
            vals = {r: prev.raw.get(r) for r in vals}
            has_vals = any(vals.values())
        if not has_vals and has_id:
            # a name with no values: either a group label, or the first line of a name that continues below
            labelled, held_unit = (name_raw, sym_raw), join_lines(cell_at(row, col.get("unit")))
            if name_raw and prev is not None and prev.table == table.ref and kept_last:
                prev.raw.setdefault("name_below", join_lines(name_raw))  # a name wrapped onto a row of its own (National)
            kept_last = False
            continue
        footnotes: dict[str, str] = {}
        if has_id:
            # a θ at a line's end over its subscript ("Thermal Resistance, θ" over "JA", Burr-Brown) is one symbol
            name_raw = re.sub(r"([θΘ])[ \t]*\n[ \t]*([A-Z]{1,3})[ \t]*(?=\n|$)", r"\1\2", name_raw or "") or name_raw
            lines = cell_lines(name_raw)
            items = [ln for ln in lines[1:] if re.match(r"^[–\-—−]\s*\w", ln)]
            if items and len(items) == len(lines) - 1:
                # sub-items over rows of their own: "Drain Current – Continuous" over "– Pulsed", the values below
                base = re.split(r"\s+[–\-—−]\s+", lines[0])[0]
                sub_items = [base + " " + ln.lstrip("–-—− ") for ln in items]
                name_raw = lines[0]
            else:
                sub_items = []
            if len(lines) >= 2 and not sub_items and " " in lines[0] and re.fullmatch(r"[A-Z][A-Z \-/&]{3,}(?: \d)?", lines[0]) \
                    and len(re.findall(r"[A-Z]{3,}", lines[0])) >= 2 and re.search(r"[a-z]", lines[1]):
                # a group heading printed in the first row's name cell (Burr-Brown: "OPEN-LOOP GAIN" over "Open-Loop
                # Voltage Gain"): the heading of the rows under it, not a part of the name
                subhead, lines = lines[0], lines[1:]
                name_raw = "\n".join(lines)
            # the test conditions on lines of their own under the name, no conditions column (Infineon):
            # "Forward voltage" over "I = 2 mA" over "F"
            at = next((k for k, ln in enumerate(lines) if k > 0 and re.match(r"[A-Za-z]\w*\s*=\s*[-+−]?\d", ln)), None)
            if at is not None and not sub_items and is_empty(join_lines(cond_raw)):
                name_raw, cond_raw = "\n".join(lines[:at]), "\n".join(lines[at:])
            name, m1 = split_footnote(re.sub(_SEE, "", join_lines(name_raw)).strip(" ,"))
            lead = re.match(r"\((\d{1,2})\)\s+(?=[A-Za-z])", name)  # a mark before the name when the text layer moved it there
            if lead:
                name, m1 = name[lead.end():], [lead.group(1), *m1]
            kind = re.fullmatch(r"(?i)(storage|operating|specified|junction)\s+range", name)
            if kind and re.search(r"(?i)temperature", subhead):
                name = f"{kind.group(1)} Temperature Range"  # "Storage Range" under "TEMPERATURE RANGE" (Burr-Brown)
            inner = re.search(r"\s*\((\d{1,2})\)\s*(?=,)", name)  # a mark before a symbol after a comma: "Resistance (2) , θJA"
            if inner:
                name, m1 = name[:inner.start()] + name[inner.end():], [*m1, inner.group(1)]
            supply = re.match(r"(?i)current\b\s*,?\s*(.*)$", name)
            if supply and re.search(r"(?i)\bsupply\b", subhead):
                # "Current, Total Both Amplifiers" under "POWER SUPPLY" (Burr-Brown): the supply current, for both
                name = "Supply Current"
                cond_raw = ", ".join(x for x in (supply.group(1), join_lines(cond_raw)) if x and not is_empty(x))
            name_base = name
            symbol, m2 = split_footnote(symbol_text(sym_raw))
            for mk in m1 + m2:
                footnotes[mk] = doc.footnote(table.page, mk)
        elif prev is not None and sub_items:
            name, symbol, footnotes = sub_items.pop(0), "", dict(prev.footnotes)
        elif prev is not None and re.match(r"^[–\-—−]\s*[A-Za-z]", join_lines(cond_raw)) and not re.search(r"[=<>]", cond_raw or ""):
            # the item in a column of its own: "Drain Current | − Continuous", then "| − Pulsed" under it
            item = re.sub(r"\s*\((?:note\s*)?\d+\)\s*$", "", join_lines(cond_raw).lstrip("–-—− "), flags=re.I)
            name, symbol, footnotes = name_base + " " + item, "", dict(prev.footnotes)
            cond_raw = None
        elif prev is not None:
            # a merged cell (None) or a blank: the parameter of the row above, other conditions
            name, symbol, footnotes = prev.name, prev.symbol, dict(prev.footnotes)
        else:
            continue
        if not name and symbol and prev is not None and prev.table == table.ref and norm_key(prev.symbol) == norm_key(symbol):
            name = prev.name  # a limit's own line under the row's first (over-temperature limits in bold, National in TI's print)
        unit_raw = join_lines(cell_at(row, col.get("unit"))) or unit_held
        if not unit_raw and not has_id and prev is not None:
            unit_raw = prev.raw.get("unit", "")
        unit_raw, _ = split_footnote(unit_raw)
        side = re.match(r"(?i)^(.*?\S)\s*\(?(min|max)\b\.?\)?$", unit_raw)
        if side:
            # National's "Typical | Limit" columns: the unit says which limit ("mV (max)", "dB (min)", "V/mV min")
            unit_raw = side.group(1)
            if "typ" in col and vals.get("value") and not any(vals.get(r) for r in ("min", "max")):
                vals[side.group(2).lower()], vals["value"] = vals["value"], None
        elif (limit := limit_side(vals, col)) is not None:
            vals[limit], vals["value"] = vals["value"], None  # a Limit whose unit does not say: the side of the typical
        if re.fullmatch(r"[\ue000-\uf8ff]|\(cid:\d+\)", unit_raw.strip()) and re.search(r"(?i)temperature", name or ""):
            unit_raw = "°C"  # a temperature's unit drawn as one unmapped glyph (Toshiba: U+E00C)
        p = Param(name=name, symbol=symbol, canonical=None, min=None, typ=None, max=None, unit="",
                  conditions=conditions_text(cond_raw).rstrip(","), page=table.page, section=section,
                  source=" | ".join(join_lines(c) for c in row if c), origin="text" if table.listed else "table", table=table.ref,
                  raw={"unit": unit_raw}, footnotes=footnotes)
        cond_mark = re.match(r"\((\d{1,2})\)(?:,\s*|\s+|$)", p.conditions)
        if cond_mark:  # a note mark printed beside the name that the layout put in the conditions column: "(3), SOT23-5"
            p.conditions = p.conditions[cond_mark.end():]
            p.footnotes[cond_mark.group(1)] = doc.footnote(table.page, cond_mark.group(1))
        if not p.symbol and has_id and "symbol" not in col and name_raw:
            # TI's tables without a Symbol column print the symbol as a line of the name cell ("Large-signal\nAVD\nvoltage")
            for ln in cell_lines(name_raw)[1:]:
                tok = ln.split()[0]
                if re.fullmatch(r"[a-z]?[A-Z]{2,5}[a-z0-9]{0,3}", tok) and tok not in ("DC", "AC", "ON", "OFF"):
                    p.symbol = tok
                    p.name = join_lines(name_raw.replace(tok, "", 1)).strip()
                    break
        if not p.symbol and has_id:
            # a symbol quoted after the name when the table has no symbol column: "Maximum Junction Temperature (TJ)",
            # or after a comma (TI: "Supply voltage, VCC", "Package thermal impedance, θ JA")
            m = re.match(r"^(?P<n>.+?)\s*\(\s*(?P<s>[A-Z][A-Za-z0-9()]{0,8})\s*\)$", p.name) \
                or re.match(r"^(?P<n>[A-Za-z][^,]*?),\s*(?P<s>(?:[A-Z]|[θΘ]\s?)[A-Za-z0-9()]{0,8}|\[[^\[\]]{2,16}\])$", p.name)
            if m:
                p.name, p.symbol = m.group("n"), m.group("s")
        item_of = re.fullmatch(r"[–\-—−]\s*([A-Za-z][A-Za-z ]*?)\s*(?:\((?:note\s*)?\d+\))?", p.conditions, re.I)
        if item_of:
            p.name, p.conditions = p.name + " " + item_of.group(1), ""  # "− Continuous": an item of the name, no condition
        elif not p.conditions and not has_id and prev is not None and not sub_items:
            p.conditions = prev.conditions
        if not p.conditions and has_id:
            # conditions written into the name: "Drain Current, TC = 25 °C" or "Rise Time (VDD = 15 V, RG = 3 Ω)"
            m = re.match(r"^(?P<n>.+?)\s*\((?P<c>[^()]*=[^()]*)\)\s*$", name)
            at_sign = re.match(r"^(?P<n>[^@]+?)\s*@\s*(?P<c>[^@]*=.*)$", join_lines(name))
            if m:
                p.name, p.conditions = m.group("n").strip(), m.group("c").strip()
            elif at_sign:  # "Forward Voltage Drop @ IF = 10A, TC = 25°C"
                p.name, p.conditions = at_sign.group("n").strip(), re.sub(r"\s*@\s*", ", ", at_sign.group("c")).strip()
            elif "," in name:
                head, _, tail = name.partition(",")
                if "=" in tail:
                    p.name, p.conditions = head.strip(), tail.strip()
        units_seen: set[str] = set()
        for role in ("min", "typ", "max", "value"):
            text = vals[role]
            if text is None or is_empty(text):
                continue
            p.raw[role] = join_lines(text)
            at = col.get(role, shared)  # a value split out of a shared column has no column of its own
            hint = unit_raw or (header.units.get(at, "") if at is not None else "")
            bound, text = _bound(join_lines(text)) if role == "value" else (None, text)
            # a split or a single supply, one rating ("±13 or 26" V): the single-supply figure is the span
            text = re.sub(r"^±\s*\d[\d.]*\s+or\s+(\d[\d.]*)$", r"\1", text.strip())
            text = re.sub(r"\s*\(\s*or\s+[±+\-–−]?\s*\d[^()]*\)$", "", text)  # "32 ( or ±16 )" (JRC): the single supply
            lo, hi, flag = _parse_value(text, hint)
            if flag:
                p.flags.append(f"unparsed {role}: {p.raw[role]!r}")
                continue
            assert lo is not None
            units_seen.add(lo.unit)
            if bound and hi is None:
                setattr(p, bound, lo.value)
            elif role == "value":
                if hi is not None:
                    p.min, p.max = lo.value, hi.value
                elif lo.symmetric:
                    p.min, p.max = -lo.value, lo.value
                elif per_part and (re.search(r"(?i)\btyp", p.name) or re.search(r"(?i)\|\s*typ(?:ical)?\.?\s*\|", p.source)):
                    # "Typical …", or a cell saying so among the parts' columns ("NPN | Typ | 200", CDIL)
                    p.typ = lo.value
                elif any(TYPICAL_NOTE.search(n or "") for n in p.footnotes.values()):
                    p.typ = lo.value  # a note on the row calls its values typical (ST: "All values are typical")
                elif absmax or per_part or "max" in section.lower():
                    p.max = lo.value
                else:
                    p.typ = lo.value
            elif hi is not None:
                p.min, p.max = lo.value, hi.value
            elif lo.symmetric and role == "max" and p.min is None:
                p.min, p.max = -lo.value, lo.value  # "±20" under Max alone is a range; beside a Min ("±4.5 | ±24") a magnitude
            else:
                setattr(p, role, lo.value)
        if len(units_seen) > 1:
            p.flags.append(f"mixed units in one row: {sorted(units_seen)}")
        p.unit = next(iter(units_seen), "")
        if not units_seen and unit_raw:
            fac = unit_factor(unit_raw)
            p.unit = fac[1] if fac else unit_raw
        if unit_raw and unit_factor(unit_raw) is None:
            p.flags.append(f"unit not understood: {unit_raw!r}")
        if misaligned:
            p.flags.append("misaligned: a value cell holds two columns' values")
        elif any(re.fullmatch(r"[-+−–]?\d+\.", (p.raw.get(r) or "").strip()) for r in ("min", "typ", "max", "value")):
            p.flags.append("misaligned: a value cut at its decimal point")  # "-0." with its "5" in the next column
        if not other:
            params.append(p)
        if above:
            p.raw["name_above"] = above  # a name's first line on the row above, which printed no values
        # the section heading over it ("INPUT OFFSET VOLTAGE" over "Initial"), the group its item is of ("Current")
        p.raw.update({k: join_lines(v) for k, v in (("subhead", subhead), ("category", category)) if v})
        prev, prev_other, kept_last = p, other, True
    return params
