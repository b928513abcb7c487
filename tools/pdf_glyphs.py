"""Glyphs put right before a datasheet's words and cells are read.

The text layer of a real datasheet often differs from what is printed: Symbol-font glyphs mapped
into the private-use area (Ω, µ, °, θ), a degree sign printed as a raised small "o", a Greek
symbol's subscript set on its own baseline, and the first letters of a cell cut off by a column
rule. Each repair here only joins or maps glyphs that belong together by position or font.
"""

from __future__ import annotations

import re
from typing import Any

# Glyphs of the Symbol font that some PDFs map into the private-use area (U+F000 + the font's own code)
SYMBOL_FONT = str.maketrans({"\uf057": "Ω", "\uf06d": "µ", "\uf0b0": "°", "\uf0b1": "±", "\uf0a3": "≤", "\uf0b3": "≥",
                              "\uf071": "θ", "\uf044": "∆", "\uf0d6": "√", "\uf0b4": "×", "\uf02d": "−",
                              # the Symbol font's rule extenders: a dash (no unit) and a vertical bar (|Yfs|)
                              "\uf8e7": "—", "\uf8e6": "|", "\uf8f4": "|"})


# The Symbol font's own encoding, for PDFs that give its glyphs no Unicode mapping: its Latin letter codes are Greek
_SYMBOL_LATIN = str.maketrans("ABCDEFGHIKLMNOPQRSTUWXYZabcdefghijklmnopqrstuwxyz",
                              "ΑΒΧ∆ΕΦΓΗΙΚΛΜΝΟΠΘΡΣΤΥΩΞΨΖαβχδεφγηιϕκλµνοπθρστυωξψζ")


# and its codes above 127 that come out as "(cid:N)"
_SYMBOL_CODES = {161: "ϒ", 162: "′", 163: "≤", 176: "°", 177: "±", 178: "″", 179: "≥", 180: "×", 181: "∝", 183: "•",
                 185: "≠", 186: "≡", 187: "≈", 214: "√", 215: "⋅", 216: "¬", 217: "∧", 218: "∨"}


def _symbol_font(word: dict[str, Any]) -> bool:
    return "symbol" in str(word.get("fontname", "")).lower()


def _symbol_text(text: str) -> str:
    """A Symbol-font word's text as printed: Latin codes read as Greek, "(cid:176)" as "°"."""
    parts = re.split(r"(\(cid:\d+\))", text)
    return "".join(_SYMBOL_CODES.get(int(p[5:-1]), p) if p.startswith("(cid:") else p.translate(_SYMBOL_LATIN) for p in parts)


# Symbol-font codes decoded through a Latin text encoding: 177 (±) as an en dash, 163 (≤) as "£", 179 (≥) as "³"
_LATIN_DECODED = {"–": "±", "£": "≤", "³": "≥"}


def symbol_dashes(page: Any) -> Any:
    """The page with its Symbol-font en dashes read as "±", in place (words and table cells both read these chars).

    The Symbol font has a minus but no en dash; a PDF whose Symbol glyphs are decoded through a text
    encoding gives its plus-minus (code 177) out as "–", so "VGS ± 20 V" reads "– 20" otherwise; its "≤" and "≥"
    come out as "£" and "³" (National: "−65˚C £ T £ 150˚C").
    """
    for c in page.chars:
        if c.get("text") in _LATIN_DECODED and "symbol" in str(c.get("fontname", "")).lower():
            c["text"] = _LATIN_DECODED[c["text"]]
    return page


def lowered_subscripts(page: Any, boxes: list[tuple[float, float, float, float]]) -> Any:
    """The page with subscripts set smaller and lower against their base letter lifted onto its line, in place.

    A symbol printed "V" with a lowered "DSS" in a smaller font is one symbol, and so is a condition's "TC"; the
    table reader groups a cell's text into lines by height, so a subscript a few points lower reads as a line of its
    own ("V\nDSS", Diotec) and its base letter runs into the conditions. Only a glyph smaller than the glyph it
    touches on its left, sitting lower with its foot level with that glyph's, is lifted, with the glyphs that run on
    from it; and only beside ``boxes`` (the page's ruled tables, whose rows may run on left of the ruled value columns, as
    Diotec's do): lines of running text and tables read by alignment are grouped by their words' heights already.
    """
    chars = [c for c in page.chars if any(b[1] - 1 <= float(c["top"]) and float(c["bottom"]) <= b[3] + 1 for b in boxes)]
    ends: dict[int, list[dict[str, Any]]] = {}
    for c in chars:
        ends.setdefault(round(float(c["x1"])), []).append(c)
    lifted: dict[int, dict[str, Any]] = {}  # id of a lifted glyph -> the glyph whose line it was lifted onto
    for c in sorted(chars, key=lambda c: float(c["x0"])):
        size = float(c.get("size", 0) or 0)
        if not size or not c.get("upright", True) or not str(c.get("text", "")).strip() or float(c["x1"]) - float(c["x0"]) < 0.5:
            # (a glyph drawn with no width, the Symbol font's θ in some PDFs, has no place to be read from)
            continue
        x0 = float(c["x0"])
        near = [b for k in (round(x0) - 1, round(x0), round(x0) + 1) for b in ends.get(k, ()) if b is not c
                and -0.3 <= x0 - float(b["x1"]) <= 0.8]
        base = None
        for b in near:
            run = lifted.get(id(b))  # the glyph before is itself a lifted subscript: this one runs on from it
            if run is not None and abs(b["_size"] - size) < 0.3 and abs(float(b["top"]) - float(run["top"])) < 0.01 \
                    and abs(b["_low"] - float(c["top"])) < 0.6:
                base = run
                break
            if size < 0.75 * float(b.get("size", 0) or 0) and float(b["top"]) + 1 < float(c["top"]) < float(b["bottom"]) \
                    and abs(float(c["bottom"]) - float(b["bottom"])) <= 0.5:
                base = b
                break
        if base is None:
            continue
        c["_low"], c["_size"] = float(c["top"]), size
        c["size"] = base.get("size", size)  # read as one word with its base letter
        shift = float(base["top"]) - float(c["top"])
        for key in ("top", "bottom", "doctop"):
            c[key] = float(c[key]) + shift
        for key in ("y0", "y1"):
            c[key] = float(c[key]) - shift
        lifted[id(c)] = base
    return page


def raised_marks(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Glyphs set apart by their baseline joined back to the word they belong to, Symbol-font glyphs read as such.

    A degree sign printed as a raised small "o" ("150", "o", "C" in Intersil's tables) or a raised
    "°" becomes "150°C"; a Greek symbol with its lowered subscript ("θ", "JA") becomes "θJA". Only glyphs
    that touch their neighbours are joined, so separate words never run together.
    """
    words = [dict(w, text=_symbol_text(w["text"].translate(SYMBOL_FONT)) if _symbol_font(w)
                  else w["text"].translate(SYMBOL_FONT)) for w in words]
    out: list[dict[str, Any]] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and w["text"] in ("o", "°", "º") and w["top"] < nxt["top"] - 1 and abs(nxt["x0"] - w["x1"]) < 0.6 \
                and nxt["text"][:1] in "CF":
            merged = dict(nxt, x0=w["x0"], text="°" + nxt["text"])
            prev = out[-1] if out else None
            if prev is not None and abs(w["x0"] - prev["x1"]) < 0.6 and abs(prev["top"] - nxt["top"]) < 1 and prev["text"][-1:].isdigit():
                out[-1] = dict(prev, x1=nxt["x1"], text=prev["text"] + merged["text"])
            else:
                out.append(merged)
            i += 2
            continue
        if nxt is not None and w["text"] in ("θ", "Θ") and abs(nxt["x0"] - w["x1"]) < 0.6 and 0.5 < nxt["top"] - w["top"] < 4 \
                and float(nxt.get("size", 0)) < float(w.get("size", 0)):
            out.append(dict(w, x1=nxt["x1"], text=w["text"] + nxt["text"]))
            i += 2
            continue
        out.append(w)
        i += 1
    return out


def unclip(table: Any, rows: list[list[str | None]], words: list[dict[str, Any]]) -> list[list[str | None]]:
    """Cells given back the first letters a column rule cut off ("arameter", "ommon Mode Rejection"; Linear
    Technology): a word that starts left of the cell's edge but lies mostly inside it belongs to the cell whole; so
    does a number that starts inside the cell and runs past its right edge (the cell keeping its first digits)."""
    for i, r in enumerate(table.rows):
        for j, c in enumerate(r.cells):
            if c is None or i >= len(rows) or j >= len(rows[i]) or not rows[i][j]:
                continue
            lines = str(rows[i][j]).split("\n")
            for w in words:
                cy = (w["top"] + w["bottom"]) / 2
                if c[0] < w["x0"] < c[2] - 0.3 < c[2] + 0.3 < w["x1"] and c[1] <= cy <= c[3] \
                        and re.fullmatch(r"[-+±−–]?\d[\d.,]*", w["text"]):
                    _untrim(lines, w["text"], (cy - c[1]) / max(c[3] - c[1], 1.0))
                    continue
                if not (w["x0"] < c[0] - 0.3 < c[0] + 0.3 < (w["x0"] + w["x1"]) / 2 < c[2]
                        and c[1] <= cy <= c[3]):
                    continue
                for n in (1, 2, 3):
                    rest = w["text"][n:]
                    k = next((k for k, ln in enumerate(lines) if len(rest) >= 2 and ln.startswith(rest)), None)
                    if k is not None:
                        lines[k] = w["text"][:n] + lines[k]
                        break
            rows[i][j] = "\n".join(lines)
    return rows


def _untrim(lines: list[str], word: str, at: float) -> None:
    """A number whose last characters a column rule cut off ("1400" read "140", "4,5" read "4"; Fuji) given back
    whole: the line ending in its first characters, the one nearest the word's height (``at``, 0 top … 1 bottom)
    when several do."""
    for n in (1, 2):
        head = word[:-n]
        if not head:
            return
        found = [k for k, ln in enumerate(lines) if ln == head or ln.endswith(" " + head)]
        if found:
            k = min(found, key=lambda k: abs((k + 0.5) / len(lines) - at))
            lines[k] = lines[k][: len(lines[k]) - len(head)] + word
            return


def unnest(table: Any, rows: list[list[str | None]]) -> list[list[str | None]]:
    """Cells rid of the text of a smaller cell ruled inside them (TI: a test-conditions cell merged down over four
    rows holds the "TLV246xA" its third row prints in a part column of its own; read twice, the label made the
    first row look like another grade's)."""
    boxes = [(i, j, c) for i, r in enumerate(table.rows) for j, c in enumerate(r.cells) if c is not None and i < len(rows)
             and j < len(rows[i])]
    for i, j, c in boxes:
        for k, m, d in boxes:
            inner = rows[k][m]
            if (k, m) == (i, j) or not inner or not rows[i][j] or (d[2] - d[0]) * (d[3] - d[1]) >= (c[2] - c[0]) * (c[3] - c[1]) \
                    or not (c[0] - 0.5 <= d[0] and d[2] <= c[2] + 0.5 and c[1] - 0.5 <= d[1] and d[3] <= c[3] + 0.5):
                continue
            text = str(rows[i][j])
            at = text.rfind(inner)
            if at >= 0:
                rows[i][j] = re.sub(r"[ \t]+\n|\n{2,}", "\n", (text[:at].rstrip(" ") + text[at + len(inner):])).strip()
    return rows
