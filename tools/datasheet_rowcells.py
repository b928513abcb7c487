"""One table row's cells put right before its values are read.

Ruled bands holding several lines split into one row per line, a range cut in two at a column
edge put back, a sign left in the column beside its number moved to it, a symbol cell that also
holds the name split, Min/Typ/Max printed in one cell given out to their roles, and rows read
across misplaced column edges recognised.
"""

from __future__ import annotations

import re

from chipsmith.core.units import is_empty
from chipsmith.tools.datasheet_cells import cell_lines, condition_lines, fold_labels, join_lines
from chipsmith.tools.datasheet_header import mentioned_parts


def cell_at(row: list[str | None], j: int | None) -> str | None:
    if j is None or j >= len(row):
        return None
    return row[j]


def symbol_and_name(cell: str) -> tuple[str, str | None]:
    """A symbol cell that also holds the name (no Parameter column, ST's old tables): "ICBO Collector\nCurrent (I"."""
    lines = cell_lines(cell)
    m = re.match(r"^([A-Za-z][A-Za-z0-9()]{0,11})\s*(?:\*|\(\s*[*•∗]\s*\))?\s+([A-Z](?:[a-z]|[A-Z]+\s+[A-Z][a-z]).*)$",
                 lines[0] if lines else "")
    if not m:
        return _symbol_line(lines) or (cell, None)
    symbol, rest = m.group(1), [m.group(2)]
    for i, ln in enumerate(lines[1:]):
        if len(symbol) == 1 and (re.fullmatch(r"[A-Z0-9][A-Z0-9()]{0,7}", ln)
                                 or (i == 0 and re.fullmatch(r"[a-z0-9][a-z0-9()]{0,7}(?: [a-z][a-z\-]{0,4})?", ln))):
            # its subscript on a line of its own ("V Drain-source Voltage" over "DS"; right under it in lower case,
            # "P Total Dissipation" over "tot", "t Turn-on" over "d(on)", "R Thermal resistance" over "th j-mb"); a
            # capitalised word ("Time") continues the name
            symbol += ln
        else:
            rest.append(ln)
    return symbol, "\n".join(rest)


def _symbol_line(lines: list[str]) -> tuple[str, str] | None:
    """A name wrapped over lines with its symbol set beside the middle one (TI: "Supplycurrent" / "ICC" /
    "(eachamplifier)", "Common-mode" / "VICR inputvoltage" / "range"): the symbol, and the name's lines without it."""
    if len(lines) < 2:
        return None
    for k, ln in enumerate(lines[1:], 1):
        m = re.fullmatch(r"([A-Za-z][A-Z][A-Za-z0-9()]{0,6})(?:\s+([a-z(].*))?", ln)
        if m and re.search(r"[a-z]{3}", lines[0]) and m.group(1).upper() not in ("DC", "AC", "RMS", "ON", "OFF", "PK", "NA", "TO"):
            return m.group(1), "\n".join(lines[:k] + ([m.group(2)] if m.group(2) else []) + lines[k + 1:])
    return None


_CONDITION = re.compile(r"^[A-Za-z]\w*\s*=\s*[-+−]?\d")


def condition_heads(rows: list[list[str | None]], col: dict[str, int]) -> list[list[str | None]]:
    """A row whose value cells hold test conditions ("TJ = 25°C" | "TJ = 100°C") over a nameless row of
    values, read as one row: the first value column's condition joins each condition line of the name
    (onsemi: "Maximum Instantaneous Forward Voltage" over "(iF = 0.1 Amps)", "(iF = 0.5 Amps)")."""
    vcols = [col[r] for r in ("min", "typ", "max", "value") if r in col]
    name_j = col.get("param")
    out: list[list[str | None]] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        heads = [join_lines(cell_at(row, j)) for j in vcols if join_lines(cell_at(row, j))]
        if nxt is None or name_j is None or not heads or not all(_CONDITION.match(h) for h in heads) \
                or join_lines(cell_at(nxt, name_j)) or not any(join_lines(cell_at(nxt, j)) for j in vcols):
            out.append(row)
            i += 1
            continue
        merged = list(row)
        for j in vcols:
            if j < len(merged):
                merged[j] = cell_at(nxt, j)
        lines = cell_lines(cell_at(row, name_j))
        at = heads[0]
        merged[name_j] = "\n".join([lines[0]] + [re.sub(r"\)?\s*$", f", {at})", ln, count=1) if ln.startswith("(") else f"{ln} ({at})"
                                                for ln in lines[1:]]) if len(lines) > 1 else f"{lines[0]} ({at})" if lines else None
        out.append(merged)
        i += 2
    return out


def _parts_label(line: str) -> bool:
    """A line naming only parts of the family: "UF4005-4007", "BC547/550"."""
    toks = line.split()
    return 1 <= len(toks) <= 2 and bool(mentioned_parts(toks[0])) and all(re.fullmatch(r"[A-Z0-9/\-,]{4,}", t) for t in toks)


def unstack(rows: list[list[str | None]], col: dict[str, int]) -> list[list[str | None]]:
    """Rows whose value cells hold several lines (one ruled band for several conditions) split into one row per line.

    The name cell then holds the name and one label per value line ("(IC = 10 mA) 2N3903",
    "2N3904"); each label becomes that row's conditions, a label without "=" keeps the
    conditions of the line above.
    """
    vcols = [col[r] for r in ("min", "typ", "max", "value") if r in col]
    out: list[list[str | None]] = []
    for row in rows:
        row, tags = _labelled_values(row, vcols)
        counts = [len(cell_lines(row[j])) for j in vcols if j < len(row)]
        k = max(counts, default=0)
        if k < 2 or any(c not in (0, 1, k) for c in counts) or sum(1 for c in counts if c == k) == 0:
            out.append(row)
            continue
        name_j, cond_j, sym_j = col.get("param"), col.get("cond"), col.get("symbol")
        name_lines = cell_lines(cell_at(row, name_j))
        labels: list[str] = []
        per_part = False
        name = cell_at(row, name_j) or ""
        syms = _paired(cell_lines(cell_at(row, sym_j)), k)
        # several parameters in one ruled band, a symbol a line (ST: "td(on)" over "tr", "Turn-on Time" over "Rise Time"):
        # each line of values is its own parameter, named by its own symbol and name
        # (a lone letter over its subscript, "V" over "CE(sat)", is one symbol, not two)
        own = len(syms) == k and all(len(x) >= 2 and _SYMBOL_LINE.fullmatch(x) for x in syms) and len(set(syms)) == k
        if own:
            pass
        elif len(name_lines) == k + 1:
            name, labels = name_lines[0], name_lines[1:]
        elif len(name_lines) == k and all(re.fullmatch(r"\([^()]*=[^()]*\)", ln.strip()) for ln in name_lines[1:]) \
                and (opening := re.match(r"^(.*\S)\s*(\([^()]*=[^()]*\))\s*$", name_lines[0])):
            # the first condition on the name's line, one a line under it: "Maximum Forward Voltage (iF = 0.1 A)" over
            # "(iF = 1.0 A)" and "(iF = 3.0 A)" (onsemi)
            name, labels = opening.group(1), [opening.group(2)] + name_lines[1:]
        elif len(name_lines) == k and all(re.match(r"^:\s*\S", ln) for ln in name_lines[1:]) and ":" in name_lines[0]:
            # one label a line after a colon: "Collector-Base Voltage : BC546" over ": BC547/550" and ": BC548/549"
            name, _, first = name_lines[0].partition(":")
            name, labels = name.strip(), [first.strip()] + [ln.lstrip(": ") for ln in name_lines[1:]]
        elif len(name_lines) > k + 1 and (cond_j is None or all(_parts_label(ln) for ln in name_lines[len(name_lines) - k:])):
            # a name over two lines, then the labels (a part or a range of parts a line, MCC: "Maximum Forward Voltage"
            # over "UF4001-4003", "UF4004", "UF4005-4007", beside a conditions column)
            name, labels = " ".join(name_lines[: len(name_lines) - k]), name_lines[len(name_lines) - k:]
            per_part = all(_parts_label(ln) for ln in labels)
        # sub-items of one name, a line each: "Drain Current – Continuous" over "– Pulsed"
        items = len(name_lines) == k and all(re.match(r"^[–\-—]\s*\w", ln) for ln in name_lines[1:])
        base = re.split(r"\s+[–\-—]\s+", name_lines[0])[0] if items else ""
        own = own and not items
        names = _names_per_row(name_lines, k) if own else None
        last_cond, part = "", ""
        per_part = per_part and bool(labels)
        units = _unit_lines(cell_lines(cell_at(row, col.get("unit"))), k)
        for i in range(k):
            new: list[str | None] = []
            for j, cell in enumerate(row):
                ls = units if j == col.get("unit") else cell_lines(cell)
                if j in vcols or j == col.get("unit"):
                    new.append(ls[i] if len(ls) == k else (cell if len(ls) == 1 and (j == col.get("unit") or i == 0) else None))
                elif j == name_j and items:
                    new.append(name_lines[0] if i == 0 else base + " " + name_lines[i].lstrip("–-— "))
                elif j == name_j and names is not None:
                    new.append(names[i])
                elif j == name_j:
                    new.append(name if i == 0 or per_part else None)  # each part's figure of the same quantity is named
                elif j == sym_j and own:
                    new.append(syms[i])
                elif j == sym_j and items and i > 0:
                    new.append(None)  # the symbol printed once names the first item; the name tells the others apart
                elif j == sym_j and len(ls) == k and all(re.fullmatch(r"[A-Z][A-Za-z0-9()θΘ]{1,9}(?:\(cid:\d+\))?[+\-−–]?", x) for x in ls):
                    new.append(ls[i])  # a symbol a line, as the values (onsemi's swings: "VO+" over "VO−", twice)
                elif j == sym_j:
                    new.append(cell)
                elif j == cond_j and len(ls) == k:
                    new.append(ls[i])
                elif j == cond_j and len(cond_lines := _per_value(cell, k)) == k:
                    new.append(cond_lines[i])  # a line of conditions per value
                elif j == cond_j:
                    new.append(cell if i == 0 or per_part else None)  # one part's line among others: the same test
                else:
                    new.append(cell if i == 0 else None)
            if tags and cond_j is not None and cond_j < len(new):
                new[cond_j] = ", ".join(x for x in (new[cond_j] or "", tags[i]) if x)
            if labels:
                lab = labels[i]
                grade = re.match(r"^\(([A-Z]{2,}[0-9][A-Z0-9/\-]{2,})\)\s*(.*)$", lab)
                if grade:  # "(MC33078) TA = +25°C": the part the line and the lines under it are for
                    part, lab = grade.group(1), grade.group(2)
                m = re.search(r"\(([^()]*=[^()]*)\)?", lab)
                cond = m.group(1).strip() if m and "=" in lab else ""
                last_cond = cond or last_cond
                tag = re.sub(r"\([^()]*\)?", "", lab).strip(" ,")
                text = ", ".join(x for x in (part, last_cond, tag) if x)
                if cond_j is not None and cond_j < len(new):
                    new[cond_j] = ", ".join(x for x in (new[cond_j] or "", text) if x)
                elif name_j is not None:
                    new[name_j] = (name + " (" + text + ")") if text else name
            out.append(new)
    return out


def _unit_lines(lines: list[str], k: int) -> list[str]:
    """A Units cell of ``k`` rows whose Symbol-font glyphs the text layer set on lines of their own: "Ω" over "m" is
    mΩ and "µ" over "A" is µA (Philips); joined only when that makes one unit a row."""
    if len(lines) <= k:
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        a, b = lines[i].strip(), (lines[i + 1].strip() if i + 1 < len(lines) else "")
        if a in ("Ω", "W") and b in ("m", "k", "M"):
            out.append(b + "Ω")
            i += 2
        elif a in ("µ", "μ") and b in ("A", "V", "s", "F", "H", "W", "S", "Ω"):
            out.append("µ" + b)
            i += 2
        else:
            out.append(a)
            i += 1
    return out if len(out) == k else lines


_SYMBOL_NAME = re.compile(r"^[A-Za-z] [A-Z][a-z]")  # a symbol's letter, then the name (Philips: "R Thermal resistance")


def carried_subscripts(rows: list[list[str | None]], col: dict[str, int]) -> list[list[str | None]]:
    """A symbol letter whose subscript the text layer set in the row below (Philips, read by word alignment): "R" |
    "Drain-source on-state" over "DS(ON)" | "resistance" is RDS(ON), "Drain-source on-state resistance", and the row
    below, with its own values, is the same parameter at other conditions; "fs" over "I" gives gfs its subscript and
    leaves "I" to its own row ("f" over "T", "e" over "n" are a whole symbol already). A Units cell "Ω" over "m" on
    one row is mΩ."""
    sj, nj, uj = col.get("symbol"), col.get("param"), col.get("unit")
    out = [list(r) for r in rows]
    for r in out:
        if uj is not None and uj < len(r) and len(lines := cell_lines(r[uj])) == 2 and len(joined := _unit_lines(lines, 1)) == 1:
            r[uj] = joined[0]
    for j in {sj, nj} - {None}:
        for a, b in zip(out, out[1:]):
            la, lb = cell_lines(cell_at(a, j)), cell_lines(cell_at(b, j))
            head = next((k for k, ln in enumerate(lb) if _SYMBOL_NAME.match(ln)), None)
            if la and _SYMBOL_NAME.match(la[0]) and head and all(ln[:1].islower() for ln in lb[:head]):
                # the last line of a name printed in the next row's band, above that row's own "R Thermal …"
                a[j], b[j] = "\n".join(la + lb[:head]), "\n".join(lb[head:])  # type: ignore[index]
    if sj is None or nj is None:
        return out
    for a, b in zip(out, out[1:]):
        sa, sb = cell_lines(cell_at(a, sj)), cell_lines(cell_at(b, sj))
        if not sa or not sb or not re.fullmatch(r"[A-Za-z]", sa[-1].strip()) or (len(sa) >= 2 and len(sa[-2].strip()) == 1) \
                or not re.fullmatch(r"[a-z(][A-Za-z0-9()\-]{0,9}(?: [a-z]{1,3})?|[A-Z0-9()]{2,9}", sb[0].strip()):
            continue
        name_b = (cell_at(b, nj) or "").strip()
        if not (len(sb) >= 2 and re.fullmatch(r"[A-Za-z]", sb[1].strip())) and name_b[:1].isupper():
            continue  # "trr" beside a name of its own is that row's symbol, not the subscript of the letter above
        a[sj] = "\n".join(sa[:-1] + [sa[-1].strip() + sb[0].strip()])
        b[sj] = "\n".join(sb[1:]) or None
        if b[sj] is None and name_b[:1].islower() and nj < len(a) and nj < len(b):
            a[nj], b[nj] = f"{cell_at(a, nj) or ''} {name_b}".strip(), None  # the name's last word under the values
    return out


_LABELLED = re.compile(r"^(?P<tag>[A-Za-z][\w\-]{1,12})\s*:\s*(?P<value>[-+±−–]?\d.*)$")


def _labelled_values(row: list[str | None], vcols: list[int]) -> tuple[list[str | None], list[str]]:
    """A value cell with a label on each line ("DIP8: 500" over "DMP8: 300", NJR): the values, and the labels."""
    for j in vcols:
        lines = cell_lines(cell_at(row, j))
        found = [_LABELLED.match(ln) for ln in lines]
        if len(lines) >= 2 and all(found):
            new = list(row)
            new[j] = "\n".join(m.group("value") for m in found if m)
            return new, [m.group("tag") for m in found if m]
    return row, []


_SYMBOL_LINE = re.compile(r"[A-Za-zθ][A-Za-z0-9()\-]{0,11}\s*(?:\((?:\s*[*•∗]\s*)\)|[*•∗])?")


def _paired(syms: list[str], k: int) -> list[str]:
    """A symbol cell of ``k`` symbols set letter over subscript ("C" over "iss", "t" over "d(on)", ST) joined a pair
    a symbol; any other cell as it is."""
    if len(syms) != 2 * k or not all(re.fullmatch(r"[A-Za-z]", syms[i].strip()) for i in range(0, 2 * k, 2)):
        return syms
    return [syms[i].strip() + syms[i + 1].strip() for i in range(0, 2 * k, 2)]


def _names_per_row(lines: list[str], k: int) -> list[str | None]:
    """A name cell of ``k`` stacked parameters cut into their names: a line each, or the same number of lines each
    ("Reverse Recovery" over "Time", twice), else by the lines that start with a capital after a complete name."""
    if len(lines) == k:
        return list(lines)
    if lines and len(lines) % k == 0:
        n = len(lines) // k
        return [" ".join(lines[i * n:(i + 1) * n]) for i in range(k)]
    groups: list[list[str]] = []
    for ln in lines:
        if not groups or (ln[:1].isupper() and not re.match(r"^\(", ln)):
            groups.append([ln])
        else:
            groups[-1].append(ln)
    return [" ".join(g) for g in groups] if len(groups) == k else [None] * k


def _per_value(cell: str | None, k: int) -> list[str]:
    """A conditions cell as one line per value line: subscripts glued back, then labels ("Group R") joined
    to the conditions above them when there are more lines than values."""
    lines = condition_lines(cell)
    if len(lines) <= k:
        return lines
    if sum("=" in ln for ln in lines) == k and "=" not in lines[0]:
        # each label above its conditions: "for BD677/678/679" over "IC = 1.5 A VCE = 3 V"
        out: list[str] = []
        label: list[str] = []
        for ln in lines:
            if "=" in ln:
                out.append(", ".join([*label, ln]))
                label = []
            else:
                label.append(ln)
        return out if not label else lines
    return fold_labels(lines)


def rejoin_range(row: list[str | None], vcols: list[int]) -> list[str | None]:
    """A range cut in two at a column edge ("–55" | "to +150", "-65 to" | "+150") put back in both cells,
    and a minus sign that landed in the column to the left ("- -" | "45": no Min, Max −45) moved back to its number."""
    row = _move_signs(row, vcols)
    cols = [j for j in vcols if j < len(row) and row[j] is not None]
    for a, b in zip(cols, cols[1:]):
        if (row[a] or "").strip() in ("-", "−", "–") and re.match(r"(?i)^\d[\d.]*\s*(?:to|~)", (row[b] or "").strip()):
            row = list(row)  # a range's minus cut off into the column before ("-" | "55 to +" | "150", Vishay)
            row[a], row[b] = "", "-" + (row[b] or "").strip()
    # a range broken over two lines of one cell ("- 55 to +" over "175"): one line again
    row = [re.sub(r"(?i)(\d\s*(?:to|~)\s*[-+−–]?)\s*\n\s*(?=[-+−–]?\s*\d)", r"\1", c) if j in vcols and c else c
           for j, c in enumerate(row)]
    left = vcols[0] - 1 if vcols else -1
    if 0 <= left < len(row) and vcols[0] < len(row) and re.fullmatch(r"[-+−–]?\s*\d[\d.]*", join_lines(row[left])) \
            and re.match(r"(?i)^(to|~)\s", join_lines(row[vcols[0]])):
        row = list(row)
        row[vcols[0]] = join_lines(row[left]) + " " + join_lines(row[vcols[0]])  # "-65" left in the name column
    elif 0 <= left < len(row) and vcols[0] < len(row) and re.search(r"\S\s+[-−–]$", join_lines(row[left]) or "") \
            and re.match(r"^\d[\d.]*\s*(?:~|to\b|\.\.\.)", join_lines(row[vcols[0]]) or ""):
        row = list(row)  # the minus of a range left behind at the end of the symbol ("Tstg −" | "55~ + 150")
        row[left] = join_lines(row[left])[:-1].rstrip()
        row[vcols[0]] = "-" + join_lines(row[vcols[0]])
    filled = [j for j in vcols if j < len(row) and not is_empty(row[j])]
    for a, b in zip(filled, filled[1:]):
        ta, tb = join_lines(row[a]), join_lines(row[b])
        if ta in ("±", "+/-", "+/–") and re.match(r"^\d", tb):
            row = list(row)
            row[a] = row[b] = ta + tb  # "±" | "20": the sign in a column of its own
            break
        if re.match(r"(?i)^(to|~|\.\.\.)\s", tb) or re.search(r"(?i)(?:\s|\d)(to|~)$", ta):  # ("–65to" | "150", ST)
            if re.search(r"\d", ta) and re.search(r"\d", tb):
                row = list(row)
                row[a] = row[b] = ta + " " + tb
                break
    return row


def _move_signs(row: list[str | None], vcols: list[int]) -> list[str | None]:
    out = list(row)
    pairs = []
    for i, a in enumerate(vcols):
        # the Max beside it, or past a Typ that holds only its placeholder dash ("- -" | "-" | "100")
        for b in vcols[i + 1:]:
            pairs.append((a, b))
            if b >= len(out) or not re.fullmatch(r"[-–−]", (out[b] or "").strip()):
                break
    for a, b in pairs:
        if b >= len(out) or not out[a] or not out[b] or b - a != vcols.index(b) - vcols.index(a):
            continue
        la, lb = (out[a] or "").split("\n"), (out[b] or "").split("\n")
        if len(la) != len(lb):
            continue
        moved = False
        for i, (x, y) in enumerate(zip(la, lb)):
            # "- -": the placeholder dash of an empty Min, then the sign of the Max beside it
            if re.fullmatch(r"[-–−]\s+[-–−]", x.strip()) and re.match(r"^\d", y.strip()):
                la[i], lb[i] = x.strip()[0], "-" + y.strip()
                moved = True
        if moved:
            out[a], out[b] = "\n".join(la), "\n".join(lb)
    return out


# guaranteed as a minimum when larger is better (gain, rejection, swing, bandwidth, slew rate); otherwise as a maximum
_MIN_GUARANTEED = re.compile(r"(?i)gain|amplification|rejection|ratio|swing|bandwidth|slew|output\s*voltage|cmrr|psrr|ksvr|avd|"
                             r"resistance|short|sink|source")


# smaller is better, whatever the name says: a low output level, a drop from the rail printed in mV
_MAX_GUARANTEED = re.compile(r"(?i)low[\s-]*level|\bVOL\b|swing\s*low|\blow\s*swing|saturation|leakage|offset|bias|noise|"
                             r"supply\s*current|quiescent|distortion|drift|\[\s*mV\s*\]|\[\s*[µμu]V/V\s*\]")


_SLOT = re.compile(r"[-−–—]+")


def split_shared(cell: str | None, roles: list[str], label: str, unit: str = "") -> dict[str, str | None]:
    """The values of one cell headed "MIN TYP MAX" (or "Min Typ"), given out to their roles.

    As many numbers as roles go in order; fewer are read the way datasheets print them: one is the
    typical, two are a range's ends, or the guaranteed limit and the typical (the minimum first for a quantity where
    larger is better, else the typical then the maximum; ``unit`` is the row's unit: an output
    swing in mV is a drop from the rail, and a rejection ratio in µV/V a leak through, where smaller is better).
    """
    toks = join_lines(cell).split()
    if len(toks) == len(roles) and all(re.match(r"^[-+±−–]?\d", t) or _SLOT.fullmatch(t) for t in toks):
        # a limit left blank holds a dash, as printed or as placed under its heading ("– ±40 ±60")
        return {r: (None if _SLOT.fullmatch(t) else t) for r, t in zip(roles, toks)}
    if not toks or any(not re.match(r"^[-+±−–]?\d", t) for t in toks):
        return {r: (cell if r == roles[0] and toks else None) for r in roles}
    if len(toks) == len(roles):
        got = dict(zip(roles, toks))
    elif len(toks) == 1:
        got = {"typ": toks[0]} if "typ" in roles else {roles[0]: toks[0]}
    elif len(toks) == 2 and len(roles) == 3 and re.search(r"(?i)\brange\b", label) and not any(t.startswith("±") for t in toks):
        got = dict(zip(("min", "max"), toks))  # a range's two ends ("Supply Voltage Range | 2.5 5.25")
    elif len(toks) == 2 and len(roles) == 3:
        larger_better = _MIN_GUARANTEED.search(label) and not _MAX_GUARANTEED.search(f"{label} [{unit}]")
        got = dict(zip(("min", "typ") if larger_better else ("typ", "max"), toks))
    else:
        return {r: (cell if r == roles[0] else None) for r in roles}
    return {r: got.get(r) for r in roles}


def shifted(row: list[str | None], col: dict[str, int]) -> bool:
    """A Min, Typ or Max cell holding two values on one line ("-- 0.088"): the column edges are misplaced."""
    cells = [cell_at(row, col.get(r)) for r in ("min", "typ", "max")]
    return any(re.fullmatch(r"(?:--+|[\d.]+)\s+(?:--+|[\d.]+)", ln) and not _THOUSANDS.fullmatch(ln) for c in cells for ln in cell_lines(c))


_THOUSANDS = re.compile(r"\d{1,3} 000")  # a round thousand after a thin space (Philips, NXP: "20 000"); "30 100" is typ and max


_PACKAGE = re.compile(r"(?:[A-Z]{1,6}[\-\s]?\d{1,4}[A-Z]{0,3}|[A-Z]?D\d?PAK|[A-Z]{2,6})(?:\s*\[\d+\])?")


_PACKAGE_NAME = re.compile(r"(?i)(?:SOT|SOD|TO|DO|SC|SOIC|SO|TSSOP|MSOP|SSOP|SMA|SMB|SMC|PDIP|DIP|QFN|DFN|D2?PAK|IPAK|LFPAK|SON|"
                           r"MELF|MINIMELF)[\-\s]?\d*[A-Z]{0,3}(?:\s*\[\d+\])?$")


def package_rows(rows: list[list[str | None]], col: dict[str, int]) -> list[list[str | None]]:
    """A parameter printed once with no values, then a row per package under it (NXP: "Ptot | total power
    dissipation | Tamb ≤ 25 °C" over "SOT23 … 250 mW", "SOT323 … 200 mW"): each package row gets the symbol,
    name and conditions of the row above, its package added to the conditions."""
    vcols = [col[r] for r in ("min", "typ", "max", "value") if r in col]
    name_j, sym_j, cond_j = col.get("param"), col.get("symbol"), col.get("cond")
    if name_j is None or sym_j is None:
        return rows
    out: list[list[str | None]] = []
    head: list[str | None] | None = None
    for row in rows:
        has_vals = any(not is_empty(cell_at(row, j)) for j in vcols)
        sym, name = (cell_at(row, sym_j) or "").strip(), join_lines(cell_at(row, name_j) or "").strip()
        if sym and name and not has_vals:
            head = row
        elif head is not None and has_vals and not sym and _PACKAGE.fullmatch(name) and cond_j is not None and cond_j < len(row) \
                and (_PACKAGE_NAME.match(name) or not mentioned_parts(name)):
            # (a part number under the name is a grade of a family table, read by the part filter, not a package)
            new = list(row)
            new[sym_j], new[name_j] = head[sym_j], head[name_j]
            new[cond_j] = ", ".join(x for x in (join_lines(cell_at(head, cond_j) or ""), join_lines(row[cond_j] or ""), name) if x)
            row = new
        elif sym or (name and not _PACKAGE.fullmatch(name)):
            head = None
        out.append(row)
    return out


_SIDE = re.compile(r"(?i)\(?(min|max)\.?\)?")


def limit_sides(rows: list[list[str | None]], col: dict[str, int]) -> list[list[str | None]]:
    """Units cells that say which limit a Limit column holds (National: "mV" over "max", the "max" often on the row
    below, the over-temperature row's): the side joined to the unit on each row it covers ("mV max")."""
    uj = col.get("unit")
    if uj is None:
        return rows
    out = [list(r) for r in rows]
    for k, row in enumerate(out):
        lines = cell_lines(cell_at(row, uj))
        sides = [ln for ln in lines if _SIDE.fullmatch(ln)]
        units = [ln for ln in lines if not _SIDE.fullmatch(ln)]
        if not sides or uj >= len(row):
            continue
        if len(units) == len(sides):
            row[uj] = "\n".join(f"{u} {s}" for u, s in zip(units, sides))  # "dB" over "min": "dB min"
        elif not units and len(sides) == 1 and k > 0 and (above := cell_lines(cell_at(out[k - 1], uj))) and len(above) == 1 \
                and not _SIDE.search(above[0].split()[-1]):
            # "max" alone on the row under "mV": both rows' limits are maxima in mV
            out[k - 1][uj] = row[uj] = f"{above[0]} {sides[0]}"
    return out
