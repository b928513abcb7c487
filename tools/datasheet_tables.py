"""Deterministic parameter extraction from datasheet tables (and plain sentences), with citations.

A datasheet parameter table has a header naming its columns — Parameter, Symbol,
(Test) Conditions, Min, Typ, Max, Unit(s), or a single Value/Rating/Limit column — in
any order, sometimes over two header rows ("Value" spanning Min/Typ/Max), sometimes
with the unit in the header ("Max (V)") or in each cell ("1.2 V"). Body rows may have
merged cells (a parameter listed once for several condition rows), conditions over
several lines or continued in rows of their own, and footnote markers glued to names
and symbols ("RDS(on)(1)", "VF²"). A table that runs over a page break may repeat its
header or not.

:func:`extract_tables` turns such tables into :class:`Param` records that keep the page,
the table, the row text and the conditions; :class:`Synonyms` maps the printed names
and symbols to canonical ones; :func:`extract_sentences` reads values stated in running
text ("a typical gain-bandwidth product of 10 MHz") and ignores sentences that address
an AI or give orders, since a datasheet is data, never instructions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace

from chipsmith.core.units import is_empty
from chipsmith.tools.datasheet_cells import (
    Param,
    conditions_text,
    norm_key,
    norm_unit,
    parse_quantity,
    symbol_text,
    unit_factor,
)
from chipsmith.tools.datasheet_header import ROLES, Header, find_header, mentioned_parts, same_part
from chipsmith.tools.datasheet_rows import TYPICAL_NOTE, extract_tables
from chipsmith.tools.datasheet_synonyms import Canonical, Synonyms, canonicalise, device_class, requested_part, synonyms
from chipsmith.tools.datasheet_text import extract_sentences, line_values, sentences, stated_limits, suspicious, trusted_sentences
from chipsmith.tools.pdf_reader import Document

__all__ = [
    "ROLES", "Canonical", "Extraction", "Header", "Param", "Synonyms", "canonicalise", "conditions_text", "device_class",
    "extract_document", "extract_sentences", "extract_tables", "find_header", "first_by_canonical", "mentioned_parts",
    "norm_key", "norm_unit", "parse_quantity", "requested_part", "same_part", "sentences", "suspicious", "symbol_text",
    "synonyms", "trusted_sentences", "unit_factor",
]


def first_by_canonical(params: Iterable[Param]) -> dict[str, Param]:
    """The first record of each canonical parameter in reading order (tables before text)."""
    out: dict[str, Param] = {}
    # a row read from misplaced column edges gives way to a clean reading of the same parameter
    # and a row printing some other symbol, matched by its words (ICEO's "Collector Cutoff Current"), gives way to a
    # row printing the parameter's own symbol (ICBO)
    params = list(params)
    by_symbol = {p.canonical for p in params if p.match == "symbol"}
    # and a table row whose unit was lost (a cell of several rows' units and conditions run together) to one with its unit
    with_unit = {p.canonical for p in params if p.unit and p.origin == "table"}
    ordered = sorted(params, key=lambda p: (0 if p.origin == "table" else 1, any(f.startswith("misaligned") for f in p.flags),
                                            not p.unit and p.canonical in with_unit,
                                            p.match in ("name", "fuzzy") and bool(p.symbol.strip()) and p.canonical in by_symbol,
                                            "bandwidth at unity gain read as the gain-bandwidth product" in p.flags))
    for p in ordered:
        if p.canonical and p.canonical not in out:
            out[p.canonical] = p
    return out


@dataclass
class Extraction:
    """Everything the deterministic pass found in one document."""

    device: str
    params: list[Param]
    refused: list[str]  # sentences not read because they address an AI or give orders
    unmatched: list[Param]  # table rows with no canonical name (candidates for embedding/LLM matching)

    def best(self) -> dict[str, Param]:
        return first_by_canonical(self.params)


# Quantities a datasheet states as limits: a lone value (a "Value"/"Rating" column) is the maximum.
_LIMITS = {"v_rrm", "v_r_max", "i_f_avg", "i_fsm", "p_d", "t_j_max", "t_stg", "r_th_ja", "r_th_jc", "v_ds_max", "v_gs_max",
           "i_d_max", "i_dm", "i_s", "v_ceo", "v_cbo", "v_ebo", "i_c_max", "v_supply_max"}


def _ratio_to_db(p: Param) -> None:
    """A gain printed in V/mV, or a rejection printed in µV/V, in the dB the canonical name is kept in.

    A rejection below 1 (µV/V) is an attenuation: its dB is -20·log10, so the largest ratio
    is the smallest rejection and max and min trade places.
    """
    vals = [v for v in (p.min, p.typ, p.max) if v]
    if any(v < 0 for v in vals):
        return
    if all(v < 1 for v in vals):
        lo, typ, hi = p.min, p.typ, p.max
        p.min = -20 * math.log10(hi) if hi else None
        p.typ = -20 * math.log10(typ) if typ else None
        p.max = -20 * math.log10(lo) if lo else None
    else:
        p.min, p.typ, p.max = (20 * math.log10(v) if v else None for v in (p.min, p.typ, p.max))
    p.unit = "dB"
    p.flags.append("ratio converted to dB")


def _settle(rows: list[Param], syn: Synonyms) -> list[Param]:
    """Fix what the synonym match alone cannot: shared rows, lone limit values, lost Ω glyphs, spanned units."""
    out: list[Param] = []
    last_unit: dict[tuple[str, str], str] = {}  # (table, SI unit) -> the unit text last printed for it
    for p in rows:
        want = syn.entries[p.canonical].unit if p.canonical in syn.entries else ""
        if p.canonical and want and not p.unit and not p.raw.get("unit") and (p.table, want) in last_unit:
            # a Units cell merged over several rows ("pF" once for Ciss, Coss and Crss) applies to each of them
            fac = unit_factor(last_unit[(p.table, want)])
            if fac is not None:
                for k in ("min", "typ", "max"):
                    v = getattr(p, k)
                    if v is not None:
                        setattr(p, k, v * fac[0])
                p.unit = want
                p.flags.append(f"unit {last_unit[(p.table, want)]!r} from the row above")
        if p.raw.get("unit") and p.unit:
            last_unit[(p.table, p.unit)] = p.raw["unit"]
        if p.canonical == "v_oh" and p.min is None and p.max is not None and not re.search(r"(?i)high|low|max", p.name) \
                and any(o.canonical == "v_oh" and o.table == p.table and o.min is not None for o in out):
            # one "Output Swing" for both ends (National): under the high end's minimum, a row with only a maximum
            p.canonical = "v_ol"
        if p.canonical == "e_n" and not p.unit and not p.raw.get("unit", "").strip() and all(
                v is None or 0.5 <= v <= 1000 for v in (p.min, p.typ, p.max)) and p.value is not None:
            # a noise density whose "nV/√Hz" the text layer lost (a Symbol-font √, National): nanovolts, as printed
            for k in ("min", "typ", "max"):
                if getattr(p, k) is not None:
                    setattr(p, k, getattr(p, k) * 1e-9)
            p.unit = want
            p.flags.append("unit lost from the text layer, read as nV/√Hz")
        ends = re.fullmatch(r"(?i)\s*(.+?)\s*high\s+\1\s*low\s*", p.name)
        if p.canonical is None and ends and syn.lookup(ends.group(1), "", "opamp", p.unit)[0] in ("v_oh", "v_out") \
                and (p.min is not None) != (p.max is not None):
            # "Output Swing High" over "Output Swing Low" in one cell for both ends' rows (TI): a minimum is the high end's
            p.canonical, p.match = ("v_oh" if p.min is not None else "v_ol"), "name"
        if p.canonical and p.min is None and p.typ is None and p.max is None:
            p.canonical = None  # a row whose values could not be read ("5.0 mW/°C", a derating) names nothing
            p.flags.append("no value read")
        if p.canonical == "i_fsm" and (norm_key(p.symbol) == "ifrm" or (
                re.search(r"(?i)\brepetitive", p.name) and not re.search(r"(?i)non[-−–‐ ]?repetitive", p.name))):
            p.canonical = None  # IFRM, the repetitive peak current, is not the surge rating IFSM
        if p.canonical == "t_j_max" and (norm_key(p.symbol) in ("ta", "tamb", "top") or (
                p.match == "fuzzy" and not re.search(r"(?i)junction|channel", p.name))):
            p.canonical = None  # an ambient operating range, not the junction temperature
        if p.canonical == "h_fe" and p.symbol.strip().startswith("hfe"):
            p.canonical = None  # lower-case hfe is the small-signal gain, not the DC gain hFE
        if "value" in p.raw and p.typ is not None and p.min is None and p.max is None and not re.search(r"(?i)typ", p.name) \
                and not any(TYPICAL_NOTE.search(n or "") for n in p.footnotes.values()):
            if p.canonical in _LIMITS or re.search(r"(?i)\bmax", p.name):
                p.max, p.typ = p.typ, None
        glyph = next((k for k in ("min", "typ", "max", "value") if re.match(r"\s*\(cid:\d+\)\s?\d", p.raw.get(k) or "")), None)
        if glyph and p.canonical in ("v_gs_max", "i_gss") and sum(v is not None for v in (p.min, p.typ, p.max)) == 1:
            # an unmapped glyph before a gate rating or leakage is its "±" (Vishay Siliconix), not a minus: a gate is
            # rated and tested both ways
            v = abs(next(v for v in (p.min, p.typ, p.max) if v is not None))
            p.min, p.typ, p.max = (-v if p.canonical == "v_gs_max" else None), None, v
            p.flags.append("unmapped glyph before the value read as ±")
        if p.canonical not in _LIMITS and p.min is not None and p.max is not None and p.min == -p.max \
                and "±" in p.raw.get("max", "") and is_empty(p.raw.get("min")):
            p.min = None  # "±100 nA" under Max bounds the magnitude of a characteristic (IGSS), it is no range
        if p.canonical not in _LIMITS and p.min is not None and p.max is not None and p.min == -p.max \
                and "±" in p.raw.get("min", "") and is_empty(p.raw.get("max")):
            p.min, p.max = p.max, None  # "±12.5" under Min (or a Limit marked min) bounds the swing's magnitude
        if p.canonical in ("cmrr", "psrr") and p.unit == "dB" and all(v < 0 for v in (p.min, p.typ, p.max) if v is not None) \
                and any(v is not None for v in (p.min, p.typ, p.max)):
            # a rejection printed as the gain it leaves ("−85 −100 dB", ADI): its magnitude, the least one the minimum
            p.min, p.typ, p.max = (-v if v is not None else None for v in (p.min, p.typ, p.max))
            if p.min is None and p.max is not None:
                p.min, p.max = p.max, None
            p.flags.append("rejection printed negative read as its magnitude")
        if p.canonical in ("a_ol", "cmrr", "psrr") and p.unit == "" and any(v for v in (p.min, p.typ, p.max)):
            _ratio_to_db(p)
        if p.unit == "W" and p.canonical in ("r_ds_on", "r_g", "r_out", "z_zt", "z_zk"):
            p.unit = "ohm"  # an Ω in a Symbol font reads as "W"
        if p.unit == "s" and p.canonical == "g_fs":
            p.unit = "S"  # siemens printed in lower case ("|Yfs| … 14 s")
        if p.unit == "C" and p.canonical in ("t_j_max", "t_stg"):
            p.unit = "degC"  # a temperature whose degree sign was lost ("150 C")
        if p.canonical in ("r_th_ja", "r_th_jc") and p.unit == "K/W" and re.search(r"/\s*mW", p.raw.get("unit", "")) \
                and max(abs(v) for v in (p.min, p.typ, p.max) if v is not None) > 5000:
            # "200 °C/mW" is 200 °C/W misprinted: 200,000 K/W is no package's thermal resistance
            p.min, p.typ, p.max = (v / 1000 if v is not None else None for v in (p.min, p.typ, p.max))
            p.flags.append(f"unit {p.raw['unit']!r} read as per watt: per milliwatt gives no package's thermal resistance")
        prev = out[-1] if out else None
        if prev is not None and p.canonical == "v_supply_max" == prev.canonical and p.table == prev.table \
                and re.search(r"[-–−]$", p.symbol.strip()) and re.search(r"\+$", prev.symbol.strip()) \
                and prev.max is not None and prev.min is None and p.max is not None and p.max < 0 < prev.max:
            # "VCC+ 18" over "VCC– −18": one dual-supply rating, the negative rail its minimum
            prev.min, prev.symbol = p.max, f"{prev.symbol}, {p.symbol}"
            prev.source += " / " + p.source
            continue
        out.append(p)
        out.extend(_temperature_twin(p))
    return out


def _temperature_twin(p: Param) -> list[Param]:
    """The second quantity of a row that rates both temperatures ("TJ, Tstg  Operating and Storage Junction Temperature
    Range"; "Operating and storage temperature −55 °C to +150 °C", where "operating" is the junction's), or both ends
    of an output swing printed with a ±."""
    key = norm_key(p.symbol + " " + p.name)
    if p.canonical == "t_j_max" and "stg" in key:
        return [Param(**{**asdict(p), "canonical": "t_stg", "flags": p.flags + ["shared row"]})]
    if p.canonical == "t_stg" and (re.search(r"tj|junction", key) or (
            re.search(r"(?i)\boperating\s+(?:and|&)\s+storage", p.name) and not re.search(r"(?i)ambient|\bta\b", p.name + " " + p.symbol))):
        return [Param(**{**asdict(p), "canonical": "t_j_max", "flags": p.flags + ["shared row"]})]
    if p.canonical == "v_oh" and p.max is None and all((p.raw.get(k) or "±").lstrip().startswith("±") for k in ("min", "typ")) \
            and (p.min or 0) >= 0 and (p.typ or 0) >= 0 and (p.min is not None or p.typ is not None):
        # a swing printed "±13 ±14" (Analog Devices): the low end is the same magnitude below ground
        return [Param(**{**asdict(p), "canonical": "v_ol", "min": None, "typ": -p.typ if p.typ is not None else None,
                         "max": -p.min if p.min is not None else None, "flags": p.flags + ["low end of a ± swing"]})]
    return []


def second_reading(doc: Document, device: str, table: Synonyms | None, part: str | None, rows: list[Param]) -> list[Param]:
    """The parameters the ruled reading did not find, from the same pages read by word alignment alone.

    A lattice whose rules do not match where its text sits, or a frame that merges stacked rows,
    defeats the ruled reading; the same words read by their alignment under the header's column
    words (every rule ignored) often still give the row. Only parameters missing from the ruled
    reading are returned, so it never overrides a ruled table; each record is flagged. A ruled
    record that lost its unit (a Units column outside the frame) takes the unit of the aligned
    record of the same quantity printing the same numbers.
    """
    syn = table or synonyms()
    aligned = replace(doc, pages=[replace(pg, tables=pg.aligned) for pg in doc.pages])
    second = [p for p in _settle(canonicalise(extract_tables(aligned, part), device, table), syn) if p.canonical]
    for p in rows:
        want = syn.entries[p.canonical].unit if p.canonical in syn.entries else ""
        if not p.canonical or p.unit or not want:
            continue
        same = next((a for a in second if a.canonical == p.canonical and a.unit == want
                     and {k: _digits(v) for k, v in a.raw.items() if k in FIELDS and v}
                     == {k: _digits(v) for k, v in p.raw.items() if k in FIELDS and v}), None)
        if same is not None:
            p.min, p.typ, p.max, p.unit = same.min, same.typ, same.max, same.unit
            p.flags.append(f"unit from the word-aligned reading ({same.table})")
    have = {p.canonical for p in rows if p.canonical}
    out = [p for p in second if p.canonical not in have]
    for p in out:
        p.flags.append("read by word alignment, every rule ignored")
    return out


FIELDS = ("min", "typ", "max")


def _digits(text: str) -> str:
    """The number a value cell prints, without its unit, marks and spaces ("18(**)" and "18 A" are both "18")."""
    m = re.search(r"[-+−–]?\s*\d+(?:[.,]\d+)?", text)
    return re.sub(r"\s+", "", m.group(0)) if m else text


def extract_document(doc: Document, device: str | None = None, table: Synonyms | None = None,
                     part: str | None = None) -> Extraction:
    """Tables first, then values stated in sentences for parameters the tables do not have.

    ``part`` (e.g. "BC547") keeps only that device's rows and columns where a table lists several.
    """
    dev = device or device_class(doc)
    rows = _settle(canonicalise(extract_tables(doc, part), dev, table), table or synonyms())
    rows += second_reading(doc, dev, table, part, rows)
    have = {p.canonical for p in rows if p.canonical}
    text, refused = extract_sentences(doc, dev, table, skip=have)
    # limits stated as equations, in running text or in a note row of a table
    notes = [(t.page, t.section, " ".join(conditions_text(c) for c in row if c)) for pg in doc.pages for t in pg.tables for row in t.rows]
    kept = [(pg, sec, s) for pg, sec, s in trusted_sentences(doc)[0]] + [n for n in notes if not suspicious(n[2])]
    stated = stated_limits(kept, dev, table, skip=have)
    text = [p for p in text if p.canonical not in {q.canonical for q in stated}] + stated
    text += line_values(doc, dev, table, skip=have | {p.canonical for p in text if p.canonical}, limits=frozenset(_LIMITS), part=part)
    text += [t for p in text for t in _temperature_twin(p) if t.canonical not in have | {q.canonical for q in text}]
    return Extraction(device=dev, params=rows + text, refused=refused,
                      unmatched=[p for p in rows if p.canonical is None])
