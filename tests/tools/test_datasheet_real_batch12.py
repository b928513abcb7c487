"""Rules kept in the twelfth round of real datasheets, each from a tuning file: Analog Devices' older specification
tables (a ruled band per section, each grade's Min, Typ and Max in one cell under "AD706J/A" over "Min Typ Max", the
quantity named in the section heading, a "±13 ±14" swing for both ends, matching figures of a pair kept apart) and
National's tables in TI's print (names wrapped over two rows with the values on either, another part's test condition
in brackets, a unit printed on a row of conditions, a symbol column holding items in words; ratings lists printing a
value per part under a line naming the parts, and the Symbol font's "≤" decoded as "£")."""

from pathlib import Path

from chipsmith.evals.datasheet import extract_case
from chipsmith.tools.datasheet_bands import symbol_column
from chipsmith.tools.datasheet_cells import Param, split_footnote
from chipsmith.tools.datasheet_synonyms import canonicalise
from chipsmith.tools.datasheet_text import line_values
from chipsmith.tools.pdf_reader import Document, Page, TextLine, read_pdf

REAL = Path(__file__).resolve().parents[2] / "evals" / "data" / "datasheets-real"


def _row(name: str, unit: str, **raw: str) -> Param:
    return Param(name=name, symbol="", canonical=None, min=None, typ=1.0, max=None, unit=unit, conditions="", page=1,
                 section="", source=name, origin="table", raw=raw)


def test_a_grade_over_its_limits_in_one_cell_sets_each_number_under_its_limit():
    doc = read_pdf(REAL / "opamp_adi_ad706.pdf", pages="2")
    rows = doc.pages[0].tables[0].rows
    assert rows[0][2] == "AD706J/A\nMin Typ Max"
    by_name = {r[0]: r for r in rows if r[0]}
    assert by_name["Initial Offset"][2:5] == ["– 30 100", "– 10 50", "µ V"]  # Typ and Max: the Min left blank
    assert by_name["Common-Mode Voltage"][2] == "±13.5 ±14 –"  # a sign set apart joins its number
    assert [r[0] for r in rows[1:3]] == ["INPUT OFFSET VOLTAGE", "Initial Offset"]  # the band split a row per line


def test_the_older_analog_devices_tables_read_by_grade():
    best = extract_case(REAL / "opamp_adi_ad706.pdf")[0]
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (30e-6, 100e-6)  # "Initial Offset" under INPUT OFFSET VOLTAGE
    assert (best["cmrr"]["min"], best["cmrr"]["typ"]) == (110.0, 132.0)  # not the pair's matching 106 dB
    assert (best["v_oh"]["min"], best["v_oh"]["typ"]) == (13.0, 14.0)
    assert (best["v_ol"]["typ"], best["v_ol"]["max"]) == (-14.0, -13.0)  # the low end of "±13 ±14"
    assert best["gbw"]["typ"] == 0.8e6  # "Unity Gain Crossover Frequency"
    assert best["i_sc"]["typ"] == 15e-3  # "Current | Short Circuit"
    best = extract_case(REAL / "opamp_adi_ad745.pdf")[0]  # headed "Model", a footnote mark on the section heading
    assert (best["i_b"]["typ"], best["i_b"]["max"]) == (150e-12, 400e-12)
    assert best["psrr"]["min"] == 90.0  # "vs. Supply (PSRR)" names a row, it is no chart title
    assert best["e_n"]["typ"] == 5.5e-9  # "Input Voltage Noise" in nV/√Hz, not the 0.1 Hz to 10 Hz µV p-p
    assert best["gbw"]["typ"] == 20e6  # "Gain BW, Small Signal"


def test_national_rows_in_tis_print():
    best = extract_case(REAL / "opamp_ti_lm324.pdf")[0]
    assert best["a_ol"]["typ"] == 100.0  # "LargeSignal" over "VoltageGain", values on the first row
    assert best["psrr"]["min"] == 65.0  # "PowerSupply" over "RejectionRatio", values on the second; "(LM2902, …)" no bar
    assert (best["i_q"]["typ"], best["i_q"]["max"]) == (1.5e-3, 3e-3)  # "mA" on a row of conditions under the name
    assert (best["v_oh"]["min"], best["v_ol"]["max"]) == (26.0, 0.02)  # "V" over "OH" beside "Source" and "Sink"
    assert best["i_sc"]["max"] == 0.06  # "ShortCircuittoGround"


def test_names_over_two_rows_and_under_a_heading_are_joined_only_when_alone_they_name_nothing():
    rows = canonicalise([_row("LargeSignal", "dB", name_below="VoltageGain"),
                         _row("RejectionRatio", "dB", name_above="PowerSupply"),
                         _row("Initial Offset", "V", subhead="INPUT OFFSET VOLTAGE 1"),
                         _row("Offset Voltage", "V", subhead="MATCHING CHARACTERISTICS"),
                         _row("Short Circuit", "A", category="Current"),
                         _row("Input Offset Voltage", "V", name_below="Drift")], "opamp")
    assert [p.canonical for p in rows] == ["a_ol", "psrr", "v_os", None, "i_sc", "v_os"]


def test_a_symbol_column_may_hold_items_in_words():
    col = {"param": 0, "cond": 2, "min": 3, "typ": 4, "max": 5, "unit": 6}
    rows: list[list[str | None]] = [["Output Current", "Source", "V+ = 15V", "20", "40", "", "mA"],
                                    ["Output Voltage", "V\nOH", "RL = 2kΩ", "26", "", "", "V"],
                                    ["", "V\nOL", "RL = 10kΩ", "", "5", "20", "mV"], ["", "Sink", "", "10", "20", "", "mA"]]
    assert symbol_column(rows, col, [3, 4, 5]) == 1
    assert symbol_column([r for r in rows if r[1] in ("Source", "Sink")], col, [3, 4, 5]) is None  # words alone: no symbols


def _lines(texts: list[tuple[int, str]]) -> list[TextLine]:
    return [TextLine(page=2, text=t, x0=0, top=10.0 * i, x1=100, bottom=10.0 * i + 8, size=8, bold=False, column=c)
            for i, (c, t) in enumerate(texts)]


def test_a_ratings_list_with_a_column_per_part_is_read_in_the_parts_column():
    """National's LF444: "LF444A LF444" over ratings printing both parts' values, subscripts on lines of their own."""
    lines = _lines([(0, "Absolute Maximum Ratings"), (0, "LF444A LF444"), (0, "SupplyVoltage ± 22V ± 18V"),
                    (0, "PowerDissipation 900mW 670mW"), (0, "T max 150˚C 115˚C"), (0, "j"),
                    (0, "θ (Typical) 100˚C/W 85˚C/W"), (0, "jA"), (1, "StorageTemperature"),
                    (1, "Range −65˚C ≤ T ≤ 150˚C"), (1, "A")])
    page = Page(number=2, width=600, height=800, lines=lines)
    doc = Document(path="x.pdf", pages=[page], sections=[], page_count=1)
    got = {p.canonical: p for p in line_values(doc, "opamp", limits=frozenset({"v_supply_max", "p_d", "t_j_max"}), part="LF444")}
    assert (got["v_supply_max"].min, got["v_supply_max"].max) == (-18.0, 18.0)
    assert got["p_d"].max == 0.67 and got["t_j_max"].max == 115.0 and got["r_th_ja"].typ == 85.0
    assert (got["t_stg"].min, got["t_stg"].max) == (-65.0, 150.0)  # the name on the line above its range
    assert "p_d" not in {p.canonical for p in line_values(doc, "opamp", part="LM324")}  # no column of its own: not read


def test_the_symbol_fonts_less_or_equal_decoded_as_a_pound_sign_is_read_as_printed():
    best = extract_case(REAL / "opamp_national_lf347.pdf")[0]
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-65.0, 150.0)  # "Range −65˚C £ T £ 150˚C"
    assert best["t_j_max"]["max"] == 150.0  # "T max" over "j"


def test_part_headings_cut_after_a_slash_a_second_reading_in_brackets_and_hitachis_note_marks():
    lines = _lines([(0, "LM10/LM10B/ LM10BL/"), (0, "LM10C LM10CL"), (0, "TotalSupplyVoltage 45V 7V")])
    page = Page(number=2, width=600, height=800, lines=lines)
    got = line_values(Document(path="x.pdf", pages=[page], sections=[], page_count=1), "opamp",
                      limits=frozenset({"v_supply_max"}), part="LM10")
    assert [(p.canonical, p.max) for p in got] == [("v_supply_max", 45.0)]  # LM10's column, not the LM10BL's 7 V
    assert split_footnote("ID(pulse)* 1") == ("ID(pulse)", ["1"])  # Hitachi's "*1" note mark
    best = extract_case(REAL / "mosfet_hitachi_2sj175.pdf")[0]
    assert best["i_dm"]["max"] == -40.0 and (best["v_gs_th"]["min"], best["v_gs_th"]["max"]) == (-1.0, -2.0)  # VGS(off)
    best = extract_case(REAL / "opamp_njr_njm2904.pdf")[0]
    assert best["v_supply_max"]["max"] == 32.0  # "32 ( or ±16 )"
