"""Datasheet cell text and units: the record of one parameter, and what a table cell prints.

Units as printed ("Vdc", "oC", a Symbol-font µ or Ω) in the form the core unit reader takes;
footnote markers glued to names ("RDS(on)(1)", "VF²"); symbols and conditions whose
subscripts the text layer put on a line of their own ("V\nCEO", "I = 10 mA\nC").
"""

from __future__ import annotations

import re
import tokenize
from dataclasses import asdict, dataclass, field
from typing import Any

from chipsmith.core.units import SIValue
from chipsmith.core.units import parse_quantity as _parse_quantity
from chipsmith.core.units import unit_factor as _unit_factor

_FOOT_TAIL = re.compile(r"(?:\((\d{1,2})\)|([¹²³⁴⁵⁶⁷⁸⁹])|(\*{1,3})|\(\s*notes?\s*(\d{1,2})\s*\)|\*\s?(\d))\s*$", re.I)
_SUPERSCRIPTS = {"¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"}


@dataclass
class Param:
    """One extracted parameter: printed name and symbol, SI values, and where it came from."""

    name: str
    symbol: str
    canonical: str | None
    min: float | None
    typ: float | None
    max: float | None
    unit: str
    conditions: str
    page: int
    section: str
    source: str  # the table row (cells joined with " | ") or the sentence
    origin: str  # "table" | "text" | "llm"
    table: str = ""
    raw: dict[str, str] = field(default_factory=dict)
    footnotes: dict[str, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    match: str = ""  # how the canonical name was found: symbol | name | fuzzy | embedding | llm

    @property
    def value(self) -> float | None:
        """The value a reader would quote: typ, else max, else min."""
        return self.typ if self.typ is not None else (self.max if self.max is not None else self.min)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["value"] = self.value
        return d



# ---------------------------------------------------------------- units as printed

# Glyphs the text layer of real datasheets gives for the degree sign: a private-use code point,
# an unmapped CID, a raised "o", an underscore (Vishay's old Symbol-font tables).
_DEGREE = re.compile(r"(?:\(cid:\d+\)|\uf0b0|\u02da|(?<![A-Za-z])o|_)\s*(?=C\b)")


def norm_unit(text: str) -> str:
    """A unit cell as printed ("Vdc", "mAdc", "oC", "(cid:176) C", "_C/W", "—") in the form pint reads.

    "dc" suffixes go (onsemi and Motorola write Vdc, mAdc, nAdc), degree glyphs become °,
    a dash alone means no unit (hFE), and an unmapped CID before a base unit is the µ of a
    Symbol font (onsemi's "(cid:3)Adc"); after a prefix alone it is an Ω ("k (cid:4)").
    """
    u = (text or "").strip()
    if not u:
        return ""
    u = _DEGREE.sub("°", u)
    # a footnote star with its number and a "(DC)"/"(Pulse)" qualifier are no part of the unit: "∗ W 2", "A(DC)"
    u = re.sub(r"[∗*]\s*\d?", "", re.sub(r"(?i)\s*\((?:dc|ac|pulse|pulsed)\)", "", u)).strip()
    u = re.sub(r"\s+\d$", "", u) if re.match(r"^[A-Za-zµΩ°]+\s+\d$", u) else u
    u = re.sub(r"(?<=[VA])dc\b", "", u)
    u = re.sub(r"^m\s+(?=(?:A|V|s|F|C)$)", "µ", u)  # a Symbol-font µ set apart from its unit: "m A"
    u = re.sub(r"^([µu])\s+(?=(?:A|V|s|F|W)$)", "µ", u)  # "µ\nA": a prefix and its unit on two lines
    u = re.sub(r"\(cid:\d+\)\s*(?=(?:A|V|F|s|mhos?)\b)", "µ", u)
    u = re.sub(r"^([kMmG]?)\s*\(cid:\d+\)$", r"\1Ω", u)
    u = re.sub(r"^([mµ]?V)/\s+s$", r"\1/µs", u)  # a slew rate whose Symbol-font µ the text layer dropped: "mV/ s"
    u = u.replace("\uf0d6", "√")  # the √ of a Symbol font, in the private-use area
    u = re.sub(r"\s*[‘’']\s*(?=√)", "/", u)  # a slash drawn as a quote glyph before the root: "nV ‘√ Hz" (ST)
    # a noise density whose √ the text layer dropped: "nV/Hz" (no datasheet rates a voltage per hertz)
    u = re.sub(r"^([nµupf]?[VA])\s*/\s*Hz$", r"\1/√Hz", u)
    # units spelt out (Rectron, MCC, older US vendors): "Volts", "Amps", "uAmps", "nSec", "Watts", "Ohms"; a degree
    # sign printed as a zero ("0C")
    m = re.fullmatch(r"([munpkMµμ]?)(volts?|amps?|amperes?|sec(?:onds?)?|watts?|ohms?)(/W)?", u, re.I)
    if m:
        sym = {"v": "V", "a": "A", "s": "s", "w": "W", "o": "Ω"}[m.group(2)[0].lower()]
        u = m.group(1).replace("u", "µ").replace("μ", "µ") + sym + (m.group(3) or "")
    u = re.sub(r"^[0O]\s*C(?=$|/W$)", "°C", u)  # (or as a capital O: "OC", a raised o set full size)
    if re.fullmatch(r"[\-\u2010-\u2015\u2212]+", u):
        return ""
    if re.fullmatch(r"(?i)deg(?:ree)?s?\.?", u):
        return "deg"  # a phase margin's "Degrees"
    return u.strip()


def unit_factor(unit_text: str) -> tuple[float, str] | None:
    """The core unit reader on a normalised unit cell; None (never an exception) for what it cannot read."""
    u = norm_unit(unit_text)
    if u.count("(") != u.count(")"):
        return None  # pint's tokenizer raises on a clipped "(V+) –" rather than refusing it
    try:
        return _unit_factor(u)
    except (tokenize.TokenError, IndexError, ValueError):
        return None


_VALUE_MARK = re.compile(r"(?:\(\s*(?:\*{1,3}|\d{1,2}|[a-h])\s*\)|(?<=[A-Za-zΩµ°]\s)\d\s?\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])\s*$")


def parse_quantity(text: str, unit_hint: str = "") -> SIValue | None:
    """The core value reader with the unit hint normalised; None for text it cannot read."""
    t = re.sub(r"^([±+\-–−]?\d+\.)\s+(?=\d)", r"\1", (text or "").strip())  # "1. 7V": a space after the decimal point
    t = re.sub(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,])", r"\1.\2", t)  # a decimal comma (Fuji: "2,5"); "1,000" is a thousand
    m = re.match(r"^([<>≤≥~]?\s*[±+\-–−]?\s*[\d.,]+(?:\s*[x×]\s*10\^?[+\-–−]?\d+)?)\s*(.*)$", t)
    if m and m.group(2):
        # a footnote mark after the value is no unit: "18(**)", "18 (1)", "3.5 (a)" (not 3.5 years)
        rest = _VALUE_MARK.sub("", m.group(2)).strip()
        if unit_hint and re.fullmatch(r"\(cid:\d+\)", rest):
            rest = ""  # an unmapped glyph after the number with a Units column beside it is a footnote mark (IR's "42 ‡")
        t = m.group(1) + (" " + norm_unit(rest) if rest else "")
    try:
        return _parse_quantity(t, norm_unit(unit_hint))
    except (tokenize.TokenError, IndexError, ValueError):
        return None


# ---------------------------------------------------------------- cell text

def join_lines(text: str | None, *, glue: str = " ") -> str:
    if not text:
        return ""
    parts = [p.strip() for p in text.split("\n") if p.strip()]
    out = ""
    for p in parts:
        if not out:
            out = p
        elif glue == "" or out.endswith(("-", "(", "/")) or p.startswith((")", ",")):
            out += p
        else:
            out += glue + p
    return out


def split_footnote(text: str) -> tuple[str, list[str]]:
    """``"RDS(on)(1)"`` → ``("RDS(on)", ["1"])``; superscripts and trailing stars too."""
    markers: list[str] = []
    t = text.strip()
    while True:
        m = _FOOT_TAIL.search(t)
        if not m or m.start() == 0:
            break
        mark = m.group(1) or _SUPERSCRIPTS.get(m.group(2) or "", "") or m.group(3) or m.group(4) or m.group(5)  # "*1": Hitachi
        markers.insert(0, mark)
        t = t[: m.start()].rstrip()
    return t, markers


def symbol_text(cell: str | None) -> str:
    """A symbol cell whose subscript the text layer put on a line of its own, rejoined.

    "V\nCEO" → "VCEO", "V (sat)\nCE" → "VCE (sat)", "T T\nJ, STG" → "TJ, TSTG", "h\nFE" → "hFE",
    "T\nJ\nT\nSTG" → "TJ, TSTG".
    """
    ls = [ln.strip() for ln in (cell or "").split("\n") if ln.strip()]
    m = re.fullmatch(r"([A-Za-z])\s*=\s*([A-Za-z])", ls[0]) if len(ls) == 2 else None
    if m and len(ls[1].split()) == 2:
        return ", ".join(h + x for h, x in zip(m.groups(), ls[1].split()))  # "T = T" over "j stg": one value, two symbols
    if len(ls) == 4 and re.fullmatch(r"[A-Za-z]\s*=", ls[0]) and re.fullmatch(r"[A-Za-z]", ls[2]):
        return f"{ls[0][0]}{ls[1]}, {ls[2]}{ls[3]}"  # "V =" over "R", "V" over "RRM": VR = VRRM
    if len(ls) >= 4 and len(ls) % 2 == 0 and all(re.fullmatch(r"[A-Za-z]", h) for h in ls[::2]) \
            and all(re.fullmatch(r"[A-Za-z0-9()]{1,6}", x) for x in ls[1::2]):
        return ", ".join(h + x for h, x in zip(ls[::2], ls[1::2]))  # "T\nJ\nT\nSTG": two symbols, each over two lines
    m = re.fullmatch(r"([A-Za-z])\s*[-−–]\s*([A-Za-z])", ls[0]) if len(ls) == 2 else None
    if m and len(ls[1].split()) == 2:
        return " - ".join(h + x for h, x in zip(m.groups(), ls[1].split()))  # "V -V" over "CC+ CC–": VCC+ - VCC–
    if len(ls) >= 2 and all(re.fullmatch(r"[A-Z][A-Za-z0-9()]{1,9}", x) for x in ls):
        return ", ".join(ls)  # one value for several symbols, a line each: "VRRM\nVRWM\nVR"
    if len(ls) != 2 or not re.fullmatch(r"[A-Za-z0-9, ()]{1,12}", ls[1]):
        return join_lines(cell, glue="")
    top, sub = ls
    heads = [h for h in re.split(r"[,:;\s]+", top) if h]
    subs = [x for x in re.split(r"[,:;\s]+", sub) if x]
    if len(heads) == len(subs) > 1 and all(len(h) == 1 for h in heads):
        return ", ".join(h + x for h, x in zip(heads, subs))
    m = re.match(r"^([A-Za-z])(\s*\(.*\)|\s.*)?$", top)
    if m and m.group(2):
        return m.group(1) + sub + m.group(2).strip()
    return top + sub


def conditions_text(cell: str | None) -> str:
    """A conditions cell whose subscripts the text layer put on a line of their own, rejoined.

    "I = 10 mA, I = 0\nC B" → "IC = 10 mA, IB = 0"; "V = 50 V, V = 0 V\nDS GS" → "VDS = 50 V, VGS = 0 V".
    Lines of subscripts follow the line they belong to; each subscript goes, in order, to the
    next variable letter standing before "=", "<" or ">".
    """
    return join_lines("\n".join(condition_lines(cell)))


def condition_lines(cell: str | None) -> list[str]:
    """A conditions cell's lines, each with its subscripts (printed on the line below) glued back:
    "I = 0.1mA, V = 10V\nC CE\nI = 1.0mA, V = 10V\nC CE" → ["IC = 0.1mA, VCE = 10V", "IC = 1.0mA, VCE = 10V"]."""
    # leader underscores between two conditions ("IC = 1A_ ___ VCE = 4V") are only spacing
    ls = [re.sub(r"\s*_[_\s]*", " ", ln).strip() for ln in (cell or "").split("\n") if ln.strip()]
    out: list[str] = []
    for ln in ls:
        subs = ln.split()
        var = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])(?=\s*[=<>≤≥])")
        if out and subs and all(re.fullmatch(r"[A-Za-z0-9()]{1,5}", x) for x in subs) and "=" not in ln:
            prev = out[-1]
            slots = list(var.finditer(prev))
            if 0 < len(subs) <= len(slots):
                out[-1] = attach_subscripts(prev, slots, subs)
                continue
        out.append(ln)
    return out


def attach_subscripts(line: str, slots: list[re.Match[str]], subs: list[str]) -> str:
    """``line`` with each subscript (printed on the line below) glued after its letter: "V  =" + "CE" -> "VCE =" ."""
    pieces, last = [], 0
    for m, sub in zip(slots, subs):
        pieces.append(line[last:m.end()] + sub)
        last = m.end()
    return "".join(pieces) + line[last:]


def norm_key(text: str) -> str:
    """Lower-case letters and digits only: "V(BR)DSS" → "vbrdss", "Drain-to-Source Voltage" → "drainsourcevoltage"."""
    t = text.lower().replace("µ", "u").replace("θ", "th").replace("ϑ", "th").replace("∆", "delta").replace("δ", "delta")
    t = re.sub(r"^r\s*(?:q|\(cid:\d+\))\s*(?=j)", "rth", t)  # RθJA with θ from a Symbol font: "RqJA", "R(cid:2)JA"
    t = re.sub(r"^[\ue000-\uf8ff]\s*(?=j[acs])", "th", t)  # θ from a Symbol font in the private-use area: "\uf071JA"
    t = re.sub(r"\bto\b|\bthe\b|\bof\b", " ", t)
    return re.sub(r"[^a-z0-9+]", "", t)


def cell_lines(text: str | None) -> list[str]:
    return [ln.strip() for ln in (text or "").split("\n") if ln.strip()]


def fold_labels(lines: list[str]) -> list[str]:
    """Conditions followed by the labels of the rows they hold for, one row per label.

    ["IC = 1A, VCE = 4V", "IC = 3A, VCE = 4V", "Group R", "Group O"] → ["IC = 1A, VCE = 4V",
    "IC = 3A, VCE = 4V, Group R", "IC = 3A, VCE = 4V, Group O"]: a line without "=" is a label of
    the conditions line above it.
    """
    out: list[str] = []
    head, used = "", True
    for ln in lines:
        if "=" in ln:
            if not used:
                out.append(head)
            head, used = ln, False
        elif head:
            out.append(f"{head}, {ln}")
            used = True
        else:
            out.append(ln)
    if not used:
        out.append(head)
    return out


_PLAIN = re.compile(r"\s*([+\-–−]?)\s*(\d+(?:\.\d+)?)\s*")


def limit_side(vals: dict[str, str | None], col: dict[str, int]) -> str | None:
    """The side of a Limit printed without one ("2.5 | 4.7 | nV/√Hz", National in TI's print): a limit above the row's
    typical value is its maximum, one below its minimum; None unless both are plain numbers of one sign."""
    if "typ" not in col or not vals.get("value") or not vals.get("typ") or any(vals.get(r) for r in ("min", "max")):
        return None
    a, b = _PLAIN.fullmatch(vals["typ"] or ""), _PLAIN.fullmatch(vals["value"] or "")
    if not a or not b or bool(a.group(1)) != bool(b.group(1)):
        return None
    sign = -1.0 if a.group(1) else 1.0
    typ, limit = sign * float(a.group(2)), sign * float(b.group(2))
    return "max" if limit > typ else "min" if limit < typ else None
