"""TI's dissipation-rating tables: a column per quantity headed over up to three lines, a row per package.

Older Texas Instruments datasheets (LinCMOS op-amps and their kin) print, under the absolute
maximum ratings, "DISSIPATION RATING TABLE" with no rules between its columns: "θJC (°C/W)",
"θJA (°C/W)", "TA ≤ 25°C POWER RATING", "DERATING FACTOR ABOVE TA = 25°C", "TA = 70°C POWER
RATING", each heading centred over its column on two or three lines, "PACKAGE" on the middle one,
then one line per package ("D (8)  38.3  176  710 mW  142 mW"). The alignment readers find no
header line in it (no heading word sits on one line with the others). Here the heading's words are
grouped into columns by where they stand, and the table is given back as an ordinary parameter
table, a row per package and quantity, the package and the ambient temperature as its conditions;
a derating factor is left out (it is the inverse of θJA).
"""

from __future__ import annotations

import re
from typing import Any

from chipsmith.tools.pdf_text_tables import word_lines

Words = list[dict[str, Any]]
Box = tuple[float, float, float, float]

_TITLE = re.compile(r"(?i)^dissipation\s+rating\s+table\b")
_PACKAGE = re.compile(r"^[A-Z]{1,4}$")
_NUMBER = re.compile(r"^[\d.]+$")
_THERMAL = re.compile(r"[θΘ]\s*J\s*([ACL])")
_AMBIENT = re.compile(r"T\s*A\s*([≤<=]\s*[\d.]+\s*°\s*C)")


def dissipation_tables(words: Words) -> list[tuple[Box, list[list[str | None]]]]:
    """(box, rows) for each dissipation-rating table on a page, rows headed Parameter | Symbol | Conditions | Max | Unit."""
    lines = word_lines([w for w in words if w.get("upright", True)], within=2.5)
    out: list[tuple[Box, list[list[str | None]]]] = []
    for i, ln in enumerate(lines):
        if not _TITLE.match(_text(ln)):
            continue
        head: list[Words] = []
        k = i + 1
        while k < len(lines) and len(head) < 4 and not _body(lines[k]):
            head.append(lines[k])
            k += 1
        body: list[Words] = []
        while k < len(lines) and _body(lines[k]) and (not body or lines[k][0]["top"] - body[-1][0]["bottom"] < 2 * _height(body[-1])):
            body.append(lines[k])
            k += 1
        if not head or not body:
            continue
        columns = _columns(head)
        rows = _rows(columns, body)
        if len(rows) > 1:
            ws = [w for ln in head + body for w in ln]
            out.append(((min(w["x0"] for w in ws), min(w["top"] for w in ws), max(w["x1"] for w in ws), max(w["bottom"] for w in ws)),
                        rows))
    return out


def _columns(head: list[Words]) -> list[tuple[float, float, str]]:
    """Each heading column: its left and right edge and its words, top line first."""
    segments: list[tuple[float, float, Words]] = []
    for ln in head:
        for w in sorted(ln, key=lambda w: w["x0"]):
            if segments and segments[-1][2][0] in ln and w["x0"] - segments[-1][1] <= max(4.0, float(w.get("size", 8)) * 0.6):
                x0, _, ws = segments[-1]
                segments[-1] = (x0, w["x1"], ws + [w])
            else:
                segments.append((w["x0"], w["x1"], [w]))
    merged: list[tuple[float, float, Words]] = []
    for x0, x1, ws in sorted(segments, key=lambda s: s[0]):
        if merged and x0 <= merged[-1][1] + 1:
            a0, a1, aws = merged[-1]
            merged[-1] = (a0, max(a1, x1), aws + ws)
        else:
            merged.append((x0, x1, ws))
    row = {id(w): n for n, ln in enumerate(head) for w in ln}
    return [(x0, x1, " ".join(w["text"] for w in sorted(ws, key=lambda w: (row[id(w)], w["x0"])))) for x0, x1, ws in merged]


def _rows(columns: list[tuple[float, float, str]], body: list[Words]) -> list[list[str | None]]:
    rows: list[list[str | None]] = [["Parameter", "Symbol", "Conditions", "Max", "Unit"]]
    for ln in body:
        cells: list[list[str]] = [[] for _ in columns]
        for w in sorted(ln, key=lambda w: w["x0"]):
            cx = (w["x0"] + w["x1"]) / 2
            j = min(range(len(columns)), key=lambda j: 0 if columns[j][0] - 3 <= cx <= columns[j][1] + 3
                    else min(abs(cx - columns[j][0]), abs(cx - columns[j][1])))
            cells[j].append(w["text"])
        package = " ".join(cells[0])
        for (_, _, heading), cell in zip(columns[1:], cells[1:]):
            value = " ".join(cell)
            if not value or not re.match(r"^[\d.]+", value) or re.search(r"(?i)derating", heading):
                continue
            thermal = _THERMAL.search(heading)
            ambient = _AMBIENT.search(heading)
            if thermal:
                to = {"A": "ambient", "C": "case", "L": "lead"}[thermal.group(1)]
                unit = "°C/W" if re.search(r"°\s*C\s*/\s*W", heading) else ""
                rows.append([f"Thermal resistance, junction to {to}", f"θJ{thermal.group(1)}", f"{package} package", value, unit])
            elif re.search(r"(?i)power\s+rating", heading) and ambient:
                at = re.sub(r"\s+", " ", ambient.group(1))
                rows.append(["Continuous total power dissipation", "PD", f"{package} package, TA {at}", value, ""])
    return rows


def _body(ln: Words) -> bool:
    """A package's line: a package code first ("D", "DBV", "N (14, 16)"), then numbers (a heading line "TA ≤ 25°C …
    TA = 70 °C TA = 85 °C" starts with a code-like "TA" and holds numbers, but no number follows its first word)."""
    return bool(_PACKAGE.match(ln[0]["text"])) and sum(1 for w in ln if _NUMBER.match(w["text"])) >= 2 \
        and len(ln) > 1 and bool(re.match(r"[\d.(]", ln[1]["text"]))


def _text(ln: Words) -> str:
    return " ".join(w["text"] for w in ln)


def _height(ln: Words) -> float:
    return float(max(w["bottom"] - w["top"] for w in ln))
