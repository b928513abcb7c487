"""Printed parameter names and symbols to canonical ones, and the device class of a document.

The synonym table is ``knowledge/corpus/synonyms/parameters.yaml``; the device class comes
from the symbols the tables print (hFE is a BJT's, RDS(on) a MOSFET's) before the title.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml

from chipsmith.core.errors import ConfigError
from chipsmith.tools.datasheet_cells import Param, cell_lines, norm_key, split_footnote, symbol_text
from chipsmith.tools.pdf_reader import Document

# A remark in parentheses that does not change the quantity ("(Plastic Package)", "(Between V+ and V- Terminals)");
# one that names another quantity ("(Pulsed)", "(Body Diode)", "(max)") stays part of the name
_QUALIFIER = re.compile(r"(?i)^\s*(?:(?:unity|unity-gain|gain|open|open-loop|loop|closed-loop|small-signal|small|signal|large-signal|"
                        r"large|typical|maximum)\s+)+")
_REMARK = re.compile(r"\s*\((?![^()]*\b(?i:puls|peak|surge|repetit|single|diode|body|avalanche|continuous|rms|average|max|min|"
                     r"sink|source|high|low))[^()]*\)")


@dataclass(frozen=True)
class Canonical:
    name: str
    classes: tuple[str, ...]
    unit: str
    names: tuple[str, ...]
    symbols: tuple[str, ...]


class Synonyms:
    """The synonym table (``knowledge/corpus/synonyms/parameters.yaml``) as lookups per device class."""

    def __init__(self, entries: dict[str, Canonical]) -> None:
        self.entries = entries

    @classmethod
    def load(cls, text: str | None = None) -> Synonyms:
        if text is None:
            text = _synonyms_text()
        try:
            raw = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"synonym table is not valid YAML: {exc}") from None
        entries: dict[str, Canonical] = {}
        for key, v in raw.items():
            if not isinstance(v, dict) or "classes" not in v:
                raise ConfigError(f"synonym table entry {key!r} needs classes, unit, names, symbols")
            entries[key] = Canonical(key, tuple(v["classes"]), str(v.get("unit", "")), tuple(v.get("names", ())),
                                     tuple(str(s) for s in v.get("symbols", ())))
        return cls(entries)

    def _for(self, device: str) -> list[Canonical]:
        return [c for c in self.entries.values() if device in c.classes or "common" in c.classes]

    def lookup(self, name: str, symbol: str, device: str, unit: str = "") -> tuple[str | None, str]:
        """(canonical name, how it was matched) or (None, "") when nothing fits (see :meth:`_lookup`)."""
        canon, how = self._lookup(name, symbol, device, unit)
        if canon is None and re.search(r"[-−–]\s*$", symbol):
            # the low swing by the symbol of the high one with a minus ("VOM−" beside "VOM+", Intersil)
            up, how = self._lookup(name, re.sub(r"[-−–]\s*$", "+", symbol), device, unit)
            canon = "v_ol" if up == "v_oh" and "v_ol" in self.entries else None
        rail = re.match(r"(?i)^(.*?\S)\s+(?:to|into)\s+(?:the\s+)?(?:opposite|either|ground|gnd|common|v[+-−])\b.*$", name)
        if canon is None and rail:
            # a current named with where it flows ("Short Circuit Current to Opposite Supply")
            canon, how = self._lookup(rail.group(1), symbol, device, unit)
        if canon and canon.endswith("_max") and re.search(r"(?i)\bminimum\b", name):
            return None, ""  # "Minimum Supply Voltage" is no maximum rating
        if canon == "r_out" and re.search(r"(?i)closed", name):
            return None, ""  # the closed-loop output impedance is the feedback's work, not the amplifier's own
        if canon == "v_oh" and re.search(r"[-−–]\s*$", symbol) and "v_ol" in self.entries:
            return "v_ol", how  # an output swing whose symbol ends in a minus ("VO−", "VOM−") is the low one
        return canon, how

    def _lookup(self, name: str, symbol: str, device: str, unit: str) -> tuple[str | None, str]:
        """(canonical name, how it was matched) or (None, "") when nothing fits.

        The symbol decides first because it is the more specific ("VGS" vs "VGS(th)");
        when a symbol maps to several entries, the name and the unit break the tie.
        """
        # a figure printed with a unit is never a pure number (a voltage row carried under "hFE" is no gain)
        cands = [c for c in self._for(device) if c.unit or not unit]
        if re.search(r"(?i)\S\s+(?:versus|vs\.?)\s", name):
            return None, ""  # a chart's title ("Maximum Output Voltage versus Temperature") names no table row (a row
            # starting "vs. Supply (PSRR)" does, Analog Devices)
        # a figure whose unit is another quantity's is never this one ("tS" settling time in µs is no storage temperature)
        cands = [c for c in cands if unit_ok(c, unit)]
        name = re.sub(r"\(cid:\d+\)", "", name)  # an unmapped glyph ("k(cid:3)" for kΩ) names nothing and unbalances remarks
        symbol = re.sub(r"(?<=[A-Za-z])\(cid:\d+\)(?=[+\-−–]$)", "", symbol)  # nor between a symbol and its sign ("VO(cid:2)+")
        sk = norm_key(symbol)
        nk = norm_key(name)
        # a remark in parentheses or a leading "DC" does not change the quantity: "DC Supply Voltage (Between V+ and V-)"
        # (a remark that names another quantity, "(Pulsed)", "(Body Diode)", stays part of the name)
        bare = norm_key(re.sub(r"^\s*DC\s+", "", _REMARK.sub(" ", name)))
        by_sym = [c for c in cands if sk and sk in {norm_key(s) for s in c.symbols}]
        # leading words that qualify the test and not the quantity ("Unity Gain Phase Margin")
        plain = norm_key(_QUALIFIER.sub("", _REMARK.sub(" ", name)))
        by_name = [c for c in cands if nk and nk in {norm_key(n) for n in c.names}] \
            or [c for c in cands if bare and bare != nk and bare in {norm_key(n) for n in c.names}] \
            or [c for c in cands if plain and plain not in (nk, bare) and plain in {norm_key(n) for n in c.names}]
        both = [c for c in by_sym if c in by_name]
        if both:
            return both[0].name, "symbol"
        if len(by_sym) == 1 and by_name and nk in {norm_key(n) for n in by_name[0].names} \
                and _adds_words(name, by_sym[0].names):
            # the printed name is one of another quantity's own names and says more than any of the symbol's: a
            # symbol two vendors use for different things ("IOS" over "Short-circuit output current", "VR" over
            # "Reverse breakdown voltage") gives way; a plainer name ("Zener Impedance" over ZZK) does not
            return by_name[0].name, "name"
        if len(by_sym) == 1:
            return by_sym[0].name, "symbol"
        if by_name:
            return by_name[0].name, "name"
        if nk:
            best, score = None, 0.0
            for c in cands:
                for n in c.names:
                    s = difflib.SequenceMatcher(None, nk, norm_key(n)).ratio()
                    if s > score and unit_ok(c, unit):
                        best, score = c, s
            if best is not None and score >= 0.86:
                return best.name, "fuzzy"
        return None, ""

    def phrases(self, device: str) -> list[tuple[str, Canonical]]:
        """Every printed name for a device class, longest first (for reading sentences)."""
        out = [(n, c) for c in self._for(device) for n in c.names]
        return sorted(out, key=lambda x: -len(x[0]))


_QUANTITY_WORDS = {"current", "voltage", "resistance", "capacitance", "time", "temperature", "power", "maximum", "minimum",
                   "total", "continuous", "ratio", "the", "and", "to", "of"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _QUANTITY_WORDS}


def _adds_words(name: str, names: tuple[str, ...]) -> bool:
    """True when ``name`` has a word (other than the quantity's kind) that none of ``names`` has."""
    theirs = set().union(*(_words(n) for n in names))
    return bool(_words(name) - theirs)


def unit_ok(c: Canonical, unit: str) -> bool:
    if not unit or not c.unit:
        return True
    # Ω set in a Symbol font comes out of the text layer as "W" (the record's unit is put right once it is named)
    # and siemens is sometimes printed in lower case
    # and a temperature whose degree sign the text layer lost reads as coulombs ("150 C")
    return unit == c.unit or (c.unit in ("%/V", "%") and unit.startswith("%")) or \
        (c.unit, unit) in (("ohm", "W"), ("S", "s"), ("degC", "C"))


@lru_cache(maxsize=1)
def _synonyms_text() -> str:
    path = resources.files("chipsmith.knowledge").joinpath("corpus", "synonyms", "parameters.yaml")
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("the synonym table knowledge/corpus/synonyms/parameters.yaml is missing from this "
                          "installation; reinstall chipsmith") from None


@lru_cache(maxsize=1)
def synonyms() -> Synonyms:
    return Synonyms.load()


# ---------------------------------------------------------------- device class

_CLASS_WORDS = [
    # onsemi prints its hyphens as minus signs ("N−Channel")
    ("mosfet", r"\bmosfet\b|\b[np][-−–‐ ]channel\b|\bfield[-−–‐ ]effect\b"),
    ("opamp", r"operational amplifier|\bop[-−–‐ ]?amp\b|\bamplifier\b"),
    # ("voltage regulator diodes", "avalanche regulator diodes": Zeners, as Philips and NXP name them)
    ("regulator", r"\bregulator\b(?![-−–‐ ]*diodes?\b)|\bldo\b|low[-−–‐ ]dropout"),
    ("bjt", r"\bnpn\b|\bpnp\b|bipolar|\btransistor\b"),
    ("diode", r"\bdiodes?\b|\brectifier\b|\bschottky\b|\bzener\b"),
]


# Symbols that only one device class prints in its tables (normalised with norm_key).
_CLASS_SYMBOLS = {
    "diode": {"vf", "vfm", "vrrm", "vrwm", "ifsm", "ifav", "irm", "vz", "zzt", "zzk", "izt", "vbr", "vbrr", "ct", "cj", "cd"},
    "bjt": {"hfe", "vceo", "vcbo", "vebo", "vcesat", "vbesat", "vbeon", "ft", "cobo", "cibo", "cob", "cib", "icbo", "icex",
            "vbrceo", "vbrcbo", "vbrebo", "bvbrceo"},
    "mosfet": {"rdson", "vgsth", "vdss", "vbrdss", "bvdss", "ciss", "coss", "crss", "qg", "qgs", "qgd", "idss", "igss", "vsd",
               "gfs", "tdon", "tdoff"},
    "opamp": {"gbw", "gbp", "gbwp", "cmrr", "psrr", "ksvr", "sr", "aol", "avol", "avd", "vos", "vio", "iib", "iio", "ios", "en",
              "eni", "vicr", "vcmr"},
}


def _symbol_votes(doc: Document) -> dict[str, int]:
    seen: dict[str, set[str]] = {c: set() for c in _CLASS_SYMBOLS}
    for t in doc.tables():
        for row in t.rows:
            for cell in row[:4]:
                for ln in cell_lines(cell) + [symbol_text(cell)]:
                    k = norm_key(split_footnote(ln)[0])
                    for cls, keys in _CLASS_SYMBOLS.items():
                        if k in keys:
                            seen[cls].add(k)
    return {c: len(v) for c, v in seen.items()}


def device_class(doc: Document) -> str:
    """The device class: from the symbols the tables print when they say it clearly, else from the title and words.

    A title can mislead ("General Purpose Amplifier" is a BJT, "MM" is no title at all); the
    parameter symbols do not: hFE and VCE(sat) are a BJT's, RDS(on) and VGS(th) a MOSFET's,
    GBW and CMRR an op-amp's, VF, VRRM and trr a diode's.
    """
    votes = _symbol_votes(doc)
    ranked = sorted(votes, key=lambda c: -votes[c])
    if votes[ranked[0]] >= 3 and votes[ranked[0]] >= 2 * votes[ranked[1]]:
        return ranked[0]
    title = " ".join(ln.text for ln in doc.pages[0].lines[:4]).lower() if doc.pages else ""
    for cls, pat in _CLASS_WORDS:
        if re.search(pat, title):
            return cls
    text = doc.text().lower()
    counts = {cls: len(re.findall(pat, text)) for cls, pat in _CLASS_WORDS}
    best = max(counts, key=lambda k: counts[k])
    if counts[best]:
        return best
    return ranked[0] if votes[ranked[0]] else "unknown"


def requested_part(doc: Document, hint: str) -> str | None:
    """The part named in ``hint`` (a request or a file name) that the document prints, upper-cased; None if none is."""
    text = (doc.text() + " " + " ".join(c for t in doc.tables() for r in t.rows for c in r if c)).upper()
    words = [w for w in re.split(r"[^A-Za-z0-9\-]+", hint) if len(w) >= 3 and re.search(r"\d", w) and re.search(r"[A-Za-z]", w)]
    for w in sorted(words, key=len, reverse=True):
        # a three-character part ("S2M") only as a word of its own: inside a longer one it is no request
        if w.upper() in text and (len(w) >= 4 or re.search(rf"(?<![A-Z0-9]){re.escape(w.upper())}(?![A-Z0-9])", text)):
            return w.upper()
    return None


_UNITY_BW = re.compile(r"(?i)^(?:closed[-\s]*loop\s+|small[-\s]*signal\s+|[-−–]\s*3\s*dB\s+)*bandwidth\b")
_UNITY = re.compile(r"(?i)unity|\b(?:A\s*V?\s*(?:OL|CL)?|G|gain)\s*=\s*\+?1(?![\d.])")


_SUB_ITEM = r"(?i)(?:initial|either\s+input|initial\s+offset|offset|typical|nominal)(?:\s*\d)?"


def canonicalise(params: Iterable[Param], device: str, table: Synonyms | None = None) -> list[Param]:
    """Fill ``canonical`` and ``match`` from the synonym table; unmatched rows keep ``canonical=None``."""
    syn = table or synonyms()
    out = []
    for p in params:
        if p.canonical is None:
            p.canonical, p.match = syn.lookup(p.name, p.symbol, device, p.unit)
            for piece in (p.symbol.split(",") if p.canonical is None and "," in p.symbol else []):
                # "TJ, TSTG": one row for two quantities; the first that is known names it
                p.canonical, p.match = syn.lookup(p.name, piece.strip(), device, p.unit)
                if p.canonical:
                    break
            lead = re.match(r"^([A-Z][A-Za-z0-9()]{0,7})\s+(\S.*)$", p.name)
            if p.canonical is None and not p.symbol and lead:
                # the symbol printed as the first word of the name, words run together after it (TI: "SR Slewrateatunitygain")
                p.canonical, p.match = syn.lookup("", lead.group(1), device, p.unit)
            tail = re.search(r"\s([A-Za-zθΘ][A-Za-z0-9()]{1,7})$", p.name.strip())
            if p.canonical is None and not p.symbol and tail:
                # the symbol printed as the last word of the name (National: "Thermal Resistance (Typical) θjA")
                p.canonical, p.match = syn.lookup("", tail.group(1), device, p.unit)
            cut = re.sub(r"(?i)\s*(?:at|@)\s*T\s*[A-Za-z]?\s*=.*$", "", p.name, flags=re.S)
            if p.canonical is None and cut != p.name and cut.strip():
                # a test condition run on after the name ("Power Dissipation at TA = 25°C", words maybe run together)
                p.canonical, p.match = syn.lookup(cut, p.symbol, device, p.unit)
            words = " ".join(re.findall(r"(?<![\w=])[A-Za-z][a-z]+(?:-[a-z]+)?(?![\w(])", p.name))
            if p.canonical is None and re.search(r"\d", p.name) and len(words.split()) >= 2 and words != p.name:
                # test conditions read into the name column around the name's words ("Common-mode −20V ≤ VCM ≤ 19.15V
                # rejection VS = ±20V"): the words alone, matched loosely
                p.canonical, p.match = syn.lookup(words, "", device, p.unit)
            noted = re.sub(r"(?i)[,;]?\s*\(?notes?\s*\d{1,2}\)?\s*$", "", p.name).strip()
            if p.canonical is None and noted != p.name:
                p.canonical, p.match = syn.lookup(noted, p.symbol, device, p.unit)  # "…, Note 4" ends the name
            inner = re.findall(r"\(\s*([A-Za-zθΘ][A-Za-z0-9θ]{1,6})\s*\)", noted)
            if p.canonical is None and not p.symbol and len(inner) == 1:
                # the symbol in brackets inside the name: "Package Thermal Resistance (θJA)"
                p.canonical, p.match = syn.lookup("", inner[0], device, p.unit)
            thermal = re.findall(r"(?<![\w(])(R?[θΘ]\s?J[ACL]|RθJ[ACL])(?![\w)])", p.name)
            if p.canonical is None and not p.symbol and len(thermal) == 1 and re.match(r"(?i)\s*thermal\s+resistance", p.name):
                # a thermal symbol inside the name, the first package after it ("Thermal Resistance θJA SOT23-5 Surface
                # Mount", Burr-Brown)
                p.canonical, p.match = syn.lookup("", thermal[0].replace(" ", ""), device, p.unit)
            before, comma, after = p.name.partition(",")
            if p.canonical is None and comma and before.strip() and not re.search(r"[a-z]{3}", after):
                # the symbol or terminals after a comma ("Supply voltage, V+ to V–", words maybe run together)
                p.canonical, p.match = syn.lookup(before, p.symbol, device, p.unit)
            if p.canonical is None and re.search(r"[a-z]{3}", p.symbol) and len(norm_key(p.symbol)) >= 10:
                # words read into a symbol column: a name printed across the symbol and name columns (TI: "Input
                # Voltage Noise" over "Noise Density, f = 1 kHz"); the two together, then each alone
                for name in (f"{p.symbol} {p.name}", p.symbol, p.name):
                    p.canonical, p.match = syn.lookup(name, "", device, p.unit)
                    if p.canonical:
                        p.match = "name"
                        break
            if p.canonical is None and device == "opamp" and _UNITY_BW.search(p.name) and _UNITY.search(f"{p.name} {p.conditions}") \
                    and p.unit in ("Hz", ""):
                # the bandwidth of the unity-gain follower ("Closed-Loop Bandwidth BW AVOL = +1"): the gain-bandwidth product
                # of a part that gives no GBW row (a GBW row printing its own symbol wins, see first_by_canonical)
                p.canonical, p.match = "gbw", "fuzzy"
                p.flags.append("bandwidth at unity gain read as the gain-bandwidth product")
            if p.canonical == "r_out" and re.search(r"(?i)closed[-\s]*loop", p.conditions):
                p.canonical = None  # "Output impedance | Closed-Loop": the feedback's work, not the amplifier's own (TI)
            for name in (f"{p.raw.get('name_above', '')} {p.name}", f"{p.name} {p.raw.get('name_below', '')}"):
                if p.canonical is None and name != f" {p.name}" and name != f"{p.name} ":
                    # a name printed over two rows, the values on one of them ("Large Signal" over "Voltage Gain")
                    p.canonical, p.match = syn.lookup(name, p.symbol, device, p.unit)
            if p.canonical is None and p.raw.get("subhead") and re.fullmatch(_SUB_ITEM, p.name):
                # the quantity in the section heading, the row its first case (Analog Devices: "INPUT OFFSET VOLTAGE"
                # over "Initial Offset", "INPUT BIAS CURRENT" over "Either Input")
                p.canonical, p.match = syn.lookup(split_footnote(p.raw["subhead"])[0], "", device, p.unit)
            group = p.raw.get("category", "")
            if p.canonical is None and group and group.lower() not in p.name.lower():
                # an item named under its quantity ("Current | Short Circuit", Analog Devices): the two together
                p.canonical, p.match = syn.lookup(f"{p.name} {group}", p.symbol, device, p.unit)
            if p.canonical and re.search(r"(?i)\bmatching\b", p.raw.get("subhead", "")):
                p.canonical = None  # one amplifier of a pair against the other, not the amplifier's own figure
            if p.canonical is None:
                p.flags.append("no canonical name")
        out.append(p)
        if p.canonical and "," in p.symbol:
            # "VRRM, VRWM, VR" over one value: every quantity the row names gets the record
            for piece in p.symbol.split(","):
                canon, how = syn.lookup("", piece.strip(), device, p.unit)
                if canon and canon not in {q.canonical for q in out[-3:]}:
                    out.append(replace(p, canonical=canon, match=how, flags=[*p.flags, "shared row"]))
    return out
