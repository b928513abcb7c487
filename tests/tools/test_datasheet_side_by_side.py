"""Two tables side by side on a two-column page, and thermal tables with one package per row.

Analog Devices prints its ratings ("Parameter | Rating") and its thermal resistance ("Package Type |
θJA | θJC | Unit") side by side, rules drawn as short filled boxes, a page footer across the gutter.
"""

from pathlib import Path

from chipsmith.evals.datasheet import extract_case
from chipsmith.tools.datasheet_partrows import symbol_column_table
from chipsmith.tools.pdf_reader import _aligned, _gutter
from chipsmith.tools.pdf_text_tables import lines_text, text_tables

REAL = Path(__file__).resolve().parents[2] / "evals" / "data" / "datasheets-real"


def _w(text, x0, top, size=8.0):
    return {"text": text, "x0": x0, "x1": x0 + 0.5 * size * len(text), "top": top, "bottom": top + size, "size": size,
            "upright": True}


def _line(text, x0, top):
    out, x = [], x0
    for word in text.split():
        out.append(_w(word, x, top))
        x += 0.5 * 8 * len(word) + 3
    return out


def _page():
    """Ratings on the left, thermal resistance per package on the right, prose under both, a footer across."""
    words = _line("Parameter", 36, 100) + _line("Rating", 185, 100)
    for n, (name, value) in enumerate([("Supply Voltage", "6 V"), ("Storage Temperature Range", "−65°C to +150°C"),
                                       ("Lead Temperature", "300°C")]):
        words += _line(name, 36, 113 + 12 * n) + _line(value, 185, 113 + 12 * n)
    words += _line("Package Type", 315, 100) + [_w("θ", 436, 100), _w("1", 442, 98, 5), _w("θ", 477, 100), _w("Unit", 517, 100)]
    words += [_w("JA", 441, 104, 6), _w("JC", 482, 104, 6)]
    for n, (pkg, ja, jc) in enumerate([("5-Ball WLCSP (CB)", "170", ""), ("SOT-23 (RJ)", "240", "92"),
                                       ("14-Lead TSSOP (RU)", "148", "23")]):
        words += _line(pkg, 315, 113 + 12 * n) + [_w(ja, 436, 113 + 12 * n), _w("°C/W", 517, 113 + 12 * n)]
        if jc:
            words.append(_w(jc, 477, 113 + 12 * n))
    for n in range(8):
        words += _line("stress above these ratings may cause permanent damage to the devices", 36, 200 + 12 * n)
        words += _line("handle with care against discharge", 315, 200 + 12 * n)
    # the footer crosses the gutter; only the space between "8" and "of" is free in every row
    words += [_w(t, x, 740) for t, x in (("Rev.", 266), ("N", 280), ("|", 287), ("Page", 290), ("8", 307), ("of", 313), ("24", 322))]
    return words


def test_a_footer_across_the_gutter_does_not_hide_the_two_columns():
    words = _page()
    left = max(w["x1"] for w in words if w["x0"] < 300 and 150 < w["top"] < 700)
    gutter = _gutter(words, 612.0)
    assert left > 290 and gutter is not None and left < gutter < 315


def test_two_tables_side_by_side_are_read_each_on_its_own():
    words = _page()
    tables = _aligned(words, _gutter(words, 612.0))
    thermal, ratings = (rows for _, rows in tables)  # in reading order: the raised note mark puts the right one higher
    assert ratings[0] == ["Parameter", "Rating"] and thermal[0] == ["Package Type", "θ 1\nJA", "θ\nJC", "Unit"]
    assert ratings[1] == ["Supply Voltage", "6 V"] and ratings[2] == ["Storage Temperature Range", "−65°C to +150°C"]
    assert [r[0] for r in thermal[1:]] == ["5-Ball WLCSP (CB)", "SOT-23 (RJ)", "14-Lead TSSOP (RU)"]
    # read as one page, the two headers share a line and neither table is found
    assert not any(rows[0][0] == "Package Type" for _, rows in text_tables(words, [], lines_text, lenient=True))


def test_a_package_per_row_under_thermal_symbols_gives_typical_values_per_package():
    rows = [["Package Type", "θ 1\nJA", "θJC", "Unit"], ["5-Ball WLCSP (CB)", "170", None, "°C/W"],
            ["5-Lead SOT-23 (RJ)", "240", "92", "°C/W"]]
    out = symbol_column_table(rows)
    assert out[0] == ["Symbol", "Parameter", "Conditions", "Min", "Typ", "Max", "Unit"]
    assert out[1:] == [["θJA", "Thermal resistance", "5-Ball WLCSP (CB)", None, "170", None, "°C/W"],
                       ["θJA", "Thermal resistance", "5-Lead SOT-23 (RJ)", None, "240", None, "°C/W"],
                       ["θJC", "Thermal resistance", "5-Lead SOT-23 (RJ)", None, "92", None, "°C/W"]]
    # a heading that says Max keeps its values as limits
    assert symbol_column_table([["Package", "RθJA Max", "Units"], ["SOT-23", "350", "°C/W"], ["SC-70", "400", "°C/W"]])[1][5] == "350"
    # headings that are no thermal symbols, or a symbol in the first column, are no such table
    assert symbol_column_table([["Package", "Weight", "Unit"], ["SOT-23", "8", "mg"], ["SC-70", "6", "mg"]]) is None
    assert symbol_column_table([["θJA", "θJC", "Unit"], ["170", "92", "°C/W"], ["240", "44", "°C/W"]]) is None


def test_real_side_by_side_ratings_and_thermal_tables():
    best, _, _ = extract_case(REAL / "opamp_adi_ad8605.pdf")
    assert best["v_supply_max"]["max"] == 6.0
    assert best["r_th_ja"]["typ"] == 170.0 and best["r_th_ja"]["unit"] == "K/W"
    assert best["r_th_jc"]["typ"] == 92.0  # the first package that gives it


def test_national_ratings_headed_by_part_numbers_alone():
    """"LM101A/LM201A  LM301A" over the values, names under no heading, footnotes right under the table."""
    best, _, _ = extract_case(REAL / "opamp_ti_lm301a.pdf")
    assert (best["v_supply_max"]["min"], best["v_supply_max"]["max"]) == (-18.0, 18.0)
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-65.0, 150.0)  # "−65°Cto+150°C", run together
    # a heading line over its package rows ("PowerDissipationatT =25°C" over "LMC0008C-Package(StillAir) 500mW 300mW")
    assert best["p_d"]["max"] == 0.3 and "Package" in best["p_d"]["conditions"]
    assert best["r_th_ja"]["typ"] == 165.0 and best["r_th_jc"]["typ"] == 25.0  # "ThermalResistance(Typical) θjA"


def test_a_symbol_ending_the_name_and_a_condition_run_on_after_it():
    from chipsmith.tools.datasheet_cells import Param
    from chipsmith.tools.datasheet_synonyms import canonicalise

    def one(name, unit):
        p = Param(name=name, symbol="", canonical=None, min=None, typ=None, max=1.0, unit=unit, conditions="", page=1,
                  section="", source="", origin="table")
        return canonicalise([p], "opamp")[0].canonical

    assert one("Thermal Resistance (Typical) θjA", "K/W") == "r_th_ja"
    assert one("PowerDissipationatT =25°C A", "W") == "p_d"
    assert one("Lead Temperature (Soldering, 10 sec.)", "degC") is None
    # conditions read into the name column around the name's words (National's two-line names)
    assert one("Common-mode −20V £ V £ CM rejection V = ± 20V S", "dB") == "cmrr"
    assert one("Supply-voltage −0.2V ‡ V − ‡ −39V rejection V + =1.0V (1.1V)", "dB") == "psrr"
    assert one("V = ±20V, I = 0 OUT", "V") is None


def test_package_lines_are_conditions_and_their_codes_are_no_parts():
    from chipsmith.tools.datasheet_header import RANGE, for_other_part
    from chipsmith.tools.datasheet_rows import _variant

    assert _variant("LMC0008C-Package(StillAir)") and _variant("NAB0008A,J0014APackage") and _variant("D package")
    assert _variant("(400LF/MinAirFlow)")
    assert not _variant("Package thermal impedance, θ JA (see Notes 4 and 5)") and not _variant("All Packages")
    assert not for_other_part("LMC0008CPackage(StillAir)", "LM301A") and for_other_part("LM101A", "LM301A")
    m = RANGE.match("−65°Cto+150°C")
    assert m and (m.group("a"), m.group("b")) == ("−65°C", "+150°C")


def test_an_operating_temperature_range_is_no_junction_temperature():
    from chipsmith.tools.datasheet_cells import Param
    from chipsmith.tools.datasheet_synonyms import synonyms
    from chipsmith.tools.datasheet_tables import _settle

    rows = [Param(name=n, symbol="", canonical="t_j_max", min=-40.0, typ=None, max=125.0, unit="degC", conditions="", page=1,
                  section="", source="", origin="table", match=how)
            for n, how in (("Operating Temperature Range", "fuzzy"), ("Operating Junction Temperature", "name"))]
    assert [p.canonical for p in _settle(rows, synonyms())] == [None, "t_j_max"]
