"""Real layouts found on the tuning side of the real corpus: bands of many rows, Philips' frames, TI family columns."""

from pathlib import Path

import pytest

from chipsmith.evals.datasheet import extract_case
from chipsmith.tools.datasheet_header import mentioned_parts
from chipsmith.tools.datasheet_rowcells import rejoin_range, shifted, split_shared
from chipsmith.tools.datasheet_synonyms import synonyms
from chipsmith.tools.datasheet_tables import extract_document
from chipsmith.tools.pdf_glyphs import raised_marks, symbol_dashes
from chipsmith.tools.pdf_reader import Document, Page, Table, read_pdf

REAL = Path(__file__).resolve().parents[2] / "evals" / "data" / "datasheets-real"


def _doc(rows, section="Absolute Maximum Ratings"):
    t = Table(page=1, index=0, bbox=(0, 0, 1, 1), rows=rows, section=section)
    return Document(path="x.pdf", pages=[Page(number=1, width=600, height=800, tables=[t])], sections=[], page_count=1)


def test_a_column_for_all_other_devices_and_a_table_of_other_parts_only():
    ratings = [["", None, "LM2902", "ALL OTHER\nDEVICES", "UNIT"],
               ["Supply voltage, VCC (see Note 1)", None, "±13 or 26", "±16 or 32", "V"],
               ["Package thermal impedance, θJA (see Notes 4 and 5)", "D package", "86", "86", "°C/W"],
               ["Storage temperature range, Tstg", None, "−65 to 150", "−65 to 150", "°C"]]
    best = extract_document(_doc(ratings), device="opamp", part="LM2902").best()
    assert best["v_supply_max"].max == 26.0  # the single-supply figure of "±13 or 26"
    assert best["r_th_ja"].max == 86.0 and (best["t_stg"].min, best["t_stg"].max) == (-65.0, 150.0)
    other = extract_document(_doc(ratings), device="opamp", part="LM324").best()
    assert other["v_supply_max"].max == 32.0  # the LM324 is one of "all other devices"
    # characteristics of the LM124 and LM324 only: nothing in them is the LM2902's
    rows = [["PARAMETER", "TEST CONDITIONS", "TA", "LM124\nLM224", "LM324\nLM324K", "UNIT"],
            [None, None, None, "MIN TYP MAX", "MIN TYP MAX", None],
            ["Common-mode\nCMRR\nrejection ratio", "VIC = VICRmin", "25°C", "70 80", "65 80", "dB"]]
    assert "cmrr" not in extract_document(_doc(rows, "Electrical Characteristics"), device="opamp", part="LM2902").best()
    assert extract_document(_doc(rows, "Electrical Characteristics"), device="opamp", part="LM324").best()["cmrr"].min == 65.0


def test_two_values_under_min_typ_max_read_by_what_the_quantity_is():
    roles = ["min", "typ", "max"]
    assert split_shared("70 80", roles, "Common-mode rejection ratio") == {"min": "70", "typ": "80", "max": None}
    assert split_shared("5 20", roles, "Low-level VOL output voltage") == {"min": None, "typ": "5", "max": "20"}
    # an output swing printed in mV is the drop from the rail: smaller is better
    assert split_shared("15 65", roles, "Output Voltage Swing High", "mV") == {"min": None, "typ": "15", "max": "65"}
    assert split_shared("27 28", roles, "High-level output voltage", "V") == {"min": "27", "typ": "28", "max": None}


def test_a_name_that_contradicts_an_overloaded_symbol():
    syn = synonyms()
    assert syn.lookup("Short-circuit output current", "IOS", "opamp", "A")[0] == "i_sc"
    assert syn.lookup("Input offset current", "IOS", "opamp", "A")[0] == "i_os"
    assert syn.lookup("Reverse breakdown voltage", "VR", "diode", "V")[0] == "v_br"
    # a plainer name than the symbol's own does not override it
    assert syn.lookup("Zener Impedance", "ZZK", "diode", "ohm")[0] == "z_zk"
    assert syn.lookup("Maximum Output Voltage Swing", "VOL", "opamp", "V")[0] == "v_ol"


def test_test_qualifiers_and_unmapped_glyphs_do_not_hide_a_name():
    syn = synonyms()
    assert syn.lookup("Unity Gain Phase Margin (Open Loop)", "(cid:5)m", "opamp", "deg")[0] == "phase_margin"
    assert syn.lookup("Phase Margin (RL = 2.0 k(cid:3))", "", "opamp", "deg")[0] == "phase_margin"
    # the qualifiers are only stripped from a name that matches nothing as printed, and the unit still rules
    assert syn.lookup("Gain Margin (RL = 2.0 k(cid:3))", "Am", "opamp", "dB")[0] is None
    assert syn.lookup("Open Loop Phase Margin", "", "opamp", "V")[0] is None


def test_symbol_font_letters_are_greek():
    words = [{"text": "m", "fontname": "ABCDEF+Symbol", "x0": 0, "x1": 4, "top": 0, "bottom": 8, "size": 9},
             {"text": "W", "fontname": "Symbol", "x0": 10, "x1": 14, "top": 0, "bottom": 8, "size": 9},
             {"text": "(cid:176)", "fontname": "Symbol", "x0": 20, "x1": 24, "top": 0, "bottom": 8, "size": 9},
             {"text": "W", "fontname": "Helvetica", "x0": 30, "x1": 34, "top": 0, "bottom": 8, "size": 9}]
    assert [w["text"] for w in raised_marks(words)] == ["µ", "Ω", "°", "W"]


def test_a_symbol_font_dash_is_a_plus_minus():
    class _Page:
        chars = [{"text": "–", "fontname": "Symbol"}, {"text": "–", "fontname": "Helvetica"}, {"text": "-", "fontname": "Symbol"}]

    assert [c["text"] for c in symbol_dashes(_Page()).chars] == ["±", "–", "-"]


@pytest.mark.parametrize("case, sign", [("mosfet_st_irf840", "ruled"), ("mosfet_zetex_zvn3306a", "unruled")])
def test_gate_source_ratings_printed_with_a_symbol_font_plus_minus(case, sign):
    best, _, _ = extract_case(REAL / f"{case}.pdf")
    assert (best["v_gs_max"]["min"], best["v_gs_max"]["max"]) == (-20.0, 20.0), sign


def test_toshiba_channel_temperature_and_line_extenders_for_no_value():
    best, _, _ = extract_case(REAL / "mosfet_toshiba_2sk3565.pdf")
    assert best["t_j_max"]["max"] == 150.0 and best["t_j_max"]["symbol"] == "Tch"
    # "⎯ | ⎯ | ±10 μA" under Min | Typ | Max: a leakage bounded in magnitude, no range
    best, _, _ = extract_case(REAL / "mosfet_toshiba_2sk3569.pdf")
    assert (best["i_gss"]["min"], best["i_gss"]["max"]) == (None, 1e-05)


def test_the_minus_of_a_range_left_at_the_end_of_the_symbol():
    assert rejoin_range(["Storage temperature", "Tstg −", "55~ + 150", "° C"], [2]) == \
        ["Storage temperature", "Tstg", "-55~ + 150", "° C"]
    assert rejoin_range(["Collector current", "IC", "5", "A"], [2]) == ["Collector current", "IC", "5", "A"]


def test_variants_under_a_parameter_are_conditions_of_its_rows():
    rows = [["Parameter", "Symbol", "Conditions", "Min", "Typ", "Max", "Unit"],
            ["Offset Voltage\nAD8605/AD8606 (Except WLCSP)", "VOS", "VS = 3.5 V", "", "20", "65", "µV"],
            ["AD8608", "", "VS = 3.5 V", "", "20", "75", "µV"],
            ["AD8605/AD8606/AD8608", "", "VS = 5 V", "", "80", "300", "µV"]]
    vos = [p for p in extract_document(_doc(rows, "Electrical Characteristics"), device="opamp", part="AD8605").params
           if p.canonical == "v_os"]
    assert [(p.typ, p.max) for p in vos] == [(pytest.approx(20e-6), pytest.approx(65e-6)), (pytest.approx(80e-6), pytest.approx(300e-6))]
    assert vos[0].name == "Offset Voltage" and vos[0].conditions.startswith("AD8605/AD8606 (Except WLCSP)")


def test_analog_devices_sections_of_many_rows_in_one_ruled_band():
    # one ruled band per section ("INPUT CHARACTERISTICS"), a dozen lines in every cell
    best, _, ex = extract_case(REAL / "opamp_adi_ad8605.pdf")
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(20e-6), pytest.approx(65e-6))
    assert (best["i_b"]["typ"], best["i_b"]["max"]) == (pytest.approx(0.2e-12), pytest.approx(1e-12))
    assert (best["cmrr"]["min"], best["cmrr"]["typ"]) == (85.0, 100.0)
    assert (best["v_ol"]["typ"], best["v_ol"]["max"]) == (pytest.approx(0.02), pytest.approx(0.04))
    assert best["phase_margin"]["typ"] == 65.0 and best["phase_margin"]["unit"] == "deg"
    assert best["gbw"]["typ"] == pytest.approx(10e6) and best["sr"]["typ"] == pytest.approx(5e6)


def test_philips_frame_with_a_header_ruled_alone_and_names_over_condition_lines():
    best, _, ex = extract_case(REAL / "mosfet_philips_pmv31xn.pdf")
    assert (best["v_gs_th"]["min"], best["v_gs_th"]["max"]) == (0.5, 1.5)
    assert (best["r_ds_on"]["typ"], best["r_ds_on"]["max"]) == (pytest.approx(0.031), pytest.approx(0.037))  # "m" then a Symbol "Ω"
    assert best["i_dss"]["max"] == pytest.approx(1e-6)  # a Symbol-font "m" is µ
    assert best["c_iss"]["typ"] == pytest.approx(410e-12) and best["v_sd"]["max"] == 1.2
    vth = [(p.min, p.max) for p in ex.params if p.canonical == "v_gs_th"]
    assert vth[:3] == [(0.5, 1.5), (0.35, None), (None, 1.8)]  # 25 °C, 150 °C and −55 °C, a row each


def test_one_value_for_two_symbols_a_range_over_two_lines_and_a_frame_of_prose():
    from chipsmith.tools.datasheet_cells import symbol_text

    assert symbol_text("V =\nR\nV\nRRM") == "VR, VRRM" and symbol_text("T = T\nj stg") == "Tj, Tstg"
    rows = [["Parameter", "Test condition", "Sub type", "Symbol", "Value", "Unit"],
            ["Reverse voltage = Repetitive peak reverse\nvoltage", "", "1N5059", "V =\nR\nV\nRRM", "200", "V"],
            ["", "", "1N5060", "V =\nR\nV\nRRM", "400", "V"],
            ["Junction and storage temperature range", "", "", "T = T\nj stg", "- 55 to +\n175", "°C"]]
    ex = extract_document(_doc(rows), device="diode", part="1N5059")
    best = ex.best()
    assert best["v_rrm"].max == 200.0 and best["v_r_max"].max == 200.0
    assert [p.max for p in ex.params if p.canonical == "v_rrm"] == [200.0]  # the 1N5060's sub-type row is left out
    assert (best["t_j_max"].min, best["t_j_max"].max) == (-55.0, 175.0) and best["t_stg"].max == 175.0
    # the frame around a Fairchild ratings table read as cells of prose above its real header
    rows = [[None, "Absolute\nStresses exceeding", "Maximum Ratings\nthe absolute maximum ratings may damage the device.\n"
             "conditions may affect device reliability", None],
            ["Symbol", "Parameter", "Value", "Unit"],
            ["P\nD", "Power Dissipation", "500", "mW"]]
    assert extract_document(_doc(rows), device="diode").best()["p_d"].max == pytest.approx(0.5)


def test_infineon_units_outside_the_frame_printed_once_per_group():
    # the rows' rules run on past the frame over a Unit column that prints "pF" once for Ciss, Coss and Crss;
    # the gate-charge rows continue the table in a frame of their own; "-55...+150" is a range
    best, _, _ = extract_case(REAL / "mosfet_infineon_spp17n80c3.pdf")
    assert best["c_oss"]["typ"] == pytest.approx(1250e-12) and best["c_oss"]["unit"] == "F"
    assert (best["q_g"]["typ"], best["q_g"]["max"]) == (pytest.approx(91e-9), pytest.approx(177e-9))
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-55.0, 150.0) and best["i_dm"]["max"] == 51.0


def test_ti_ratings_grouped_under_a_category_and_a_minimum_is_no_maximum():
    rows = [["", "", "", "MIN", "MAX", "UNIT"],
            ["Voltage", "Supplyvoltage,[(V+)–(V−)]", None, "", "40", "V"],
            ["Temperature", "Operating,T\nA", None, "–55", "150", "°C"],
            [None, "Junction,T\nJ", None, "", "150", None],
            [None, "Storage,T\nstg", None, "–65", "150", None]]
    best = extract_document(_doc(rows), device="opamp").best()
    assert best["v_supply_max"].max == 40.0 and best["t_j_max"].max == 150.0
    assert (best["t_stg"].min, best["t_stg"].max) == (-65.0, 150.0)
    assert synonyms().lookup("Minimum Supply Voltage", "", "opamp", "V")[0] is None


def test_a_column_of_sub_symbols_beside_one_name():
    # TI: "VO | Output Swing" with "VOH" and "VOL" in an unheaded column beside its rows
    rows = [["", "PARAMETER", "", "TEST CONDITIONS", "MIN", "TYP", "MAX", "UNIT"],
            ["V\nO", "Output Swing", "V\nOH", "V+ = 30 V, RL = 2 kΩ", "26", None, None, "V"],
            [None, None, None, "V+ = 30 V, RL = 10 kΩ", "27", "28", None, None],
            [None, None, "V\nOL", "V+ = 5 V, RL = 10 kΩ", "", "5", "20", "mV"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="opamp").best()
    assert best["v_oh"].min == 26.0 and (best["v_ol"].typ, best["v_ol"].max) == (pytest.approx(0.005), pytest.approx(0.02))


def test_a_range_split_over_the_part_columns_is_every_parts():
    """Vishay's UF5400 … UF5408 ratings: "-55 | to | +150" under three of nine part columns."""
    rows = [["Parameter", "Symbols", "UF\n5400", "UF\n5404", "UF\n5405", "UF\n5406", "UF\n5408", "Units"],
            ["Maximum repetitive peak reverse voltage", "VRRM", "50", "400", "500", "600", "1000", "V"],
            ["Operating junction and storage temperature range", "TJ, TSTG", "", "-55", "to", "+150", None, "°C"]]
    best = extract_document(_doc(rows), device="diode", part="UF5408").best()
    assert best["v_rrm"].max == 1000.0
    assert (best["t_j_max"].min, best["t_j_max"].max) == (-55.0, 150.0) == (best["t_stg"].min, best["t_stg"].max)


def test_rejection_in_microvolts_per_volt_under_min_typ_max_and_the_unity_gain_bandwidth():
    """ADI OP07: "5 20" µV/V under MIN TYP MAX is typical then maximum (a leak, smaller is better); "Closed-Loop
    Bandwidth BW AVOL = +1" is the gain-bandwidth product when no GBW row is printed."""
    assert split_shared("5 20", ["min", "typ", "max"], "Power Supply Rejection Ratio", "μV/V") == {"min": None, "typ": "5", "max": "20"}
    rows = [["Parameter", "Symbol", "Conditions", "Min", "Typ", "Max", "Unit"],
            ["Closed-Loop Bandwidth", "BW", "AVOL = +1", "0.4", "0.6", None, "MHz"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="opamp").best()
    assert (best["gbw"].min, best["gbw"].typ) == (400e3, 600e3)
    rows.append(["Gain-Bandwidth Product", "GBW", "", None, "0.9", None, "MHz"])
    assert extract_document(_doc(rows, "Electrical Characteristics"), device="opamp").best()["gbw"].typ == 900e3
    rows = [["Parameter", "Symbol", "Conditions", "Min", "Typ", "Max", "Unit"],
            ["Closed-Loop Bandwidth", "BW", "AV = +10", None, "0.06", None, "MHz"]]
    assert "gbw" not in extract_document(_doc(rows, "Electrical Characteristics"), device="opamp").best()


def test_ti_tables_whose_names_spill_into_the_symbol_column():
    """TI (OPA2134): "PARAMETER" printed over two columns ("PAR" | "PARAMETER"), names run together in the left one;
    ratings under "| | MIN | MAX | UNIT" with the symbol in the names column and the name beside it."""
    rows = [["PAR", "PARAMETER", "TESTCONDITI", "ONS", "MIN", "TYP", "MAX", "UNIT"],
            ["InputOffsetVoltage", None, "", None, "", "±0.5", "±2", "mV"],
            ["(PSRR)", "InputOffsetVoltagevsPowerSupply", "V =±2.5Vto±18V\nS", None, "90", "106", None, "dB"],
            ["InputVoltage\nNoise", "NoiseVoltage,\nf=20Hzto20kHz", "", None, "", "1.2", None, "µVrms"],
            [None, "NoiseDensity,\nf=1kHz", "", None, "", "8", None, "nV/√Hz"],
            ["OutputImpedance,Closed-Loop", "(5)", "f=10kHz", None, "", "0.01", None, "Ω"],
            ["OutputImpedance,Open-Loop", None, "f=10kHz", None, "", "10", None, "Ω"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="opamp").best()
    assert (best["v_os"].typ, best["v_os"].max) == (0.5e-3, 2e-3)
    assert (best["psrr"].min, best["psrr"].typ) == (90.0, 106.0)
    assert best["e_n"].typ == pytest.approx(8e-9)
    assert best["r_out"].typ == 10.0  # the closed-loop impedance is not the amplifier's output resistance
    ratings = [["", "", "MIN", "MAX", "UNIT"],
               ["", "Supplyvoltage,V+toV–", "", "36", "V"],
               ["", "Junctiontemperature", "", "150", "°C"],
               ["T\nstg", "Storagetemperature", "–55", "125", "°C"]]
    best = extract_document(_doc(ratings), device="opamp").best()
    assert best["v_supply_max"].max == 36.0 and best["t_j_max"].max == 150.0
    assert (best["t_stg"].min, best["t_stg"].max) == (-55.0, 125.0)


def test_text_ratings_with_a_lost_degree_sign_and_one_line_for_both_temperatures():
    """Supertex: "Operating and storage temperature -55 C to +150 C"; TI: "Storage temperature range, Tstg . . . −65°C to 150 C"."""
    for text, canon in (("Operating and storage temperature -55 C to +150 C", ("t_stg", "t_j_max")),
                        ("Storage temperature range, T . . . . . . . . . . −65°C to 150 C", ("t_stg",))):
        doc = Document(path="x.pdf", pages=[Page(number=1, width=600, height=800, every_line=[text])], sections=[], page_count=1)
        best = extract_document(doc, device="mosfet").best()
        for c in canon:
            assert (best[c].min, best[c].unit) == (-55.0 if "Operating" in text else -65.0, "degC") and best[c].max == 150.0


def test_a_part_per_row_ratings_table_with_names_for_headings_and_part_ranges_a_line():
    """MCC: "MCC Catalog Number | Device Marking | Maximum Recurrent Peak Reverse Voltage | …" with no symbols; then
    "Maximum Instantaneous Forward Voltage" over "UF4001-4003", "UF4004", "UF4005-4007" beside a value a line."""
    rows = [["MCC\nCatalog\nNumber", "Device\nMarking", "Maximum\nRecurrent\nPeak Reverse\nVoltage", "Maximum\nRMS\nVoltage",
             "Maximum\nDC\nBlocking\nVoltage"],
            ["UF4001", "---", "50V", "35V", "50V"], ["UF4004", "---", "400V", "280V", "400V"], ["UF4007", "---", "1000V", "700V", "1000V"]]
    best = extract_document(_doc(rows, "Maximum Ratings"), device="diode", part="UF4007").best()
    assert best["v_rrm"].max == 1000.0 and best["v_r_max"].max == 1000.0
    chars = [["Maximum\nInstantaneous\nForward Voltage\nUF4001-4003\nUF4004\nUF4005-4007", "V\nF", "1.0V\n1.3V\n1. 7V",
              "I = 1.0A;\nFM\nT = 25°C\nA"],
             ["Maximum Reverse\nRecovery Time\nUF4001-4004\nUF4005-4007", "T\nrr", "50ns\n75ns", "I =0.5A, I =1.0A,\nF R\nI =0.25A\nrr"]]
    best = extract_document(_doc(chars, "Electrical Characteristics"), device="diode", part="UF4007").best()
    assert best["v_f"].max == 1.7 and best["t_rr"].max == 75e-9
    assert extract_document(_doc(chars, "Electrical Characteristics"), device="diode", part="UF4002").best()["v_f"].max == 1.0
    assert {"UF4005", "UF4006", "UF4007"} <= mentioned_parts("UF4005-4007") and mentioned_parts("BAT15-03W") == {"BAT15-03W"}


def test_a_shared_typical_column_beside_each_grades_limits_and_ratings_in_two_columns_over_the_table():
    """Micrel LMC7101: "Typ | LMC7101A Min Max | LMC7101B Min Max | Units" with Condition and Units in the lower
    header row; the rating tables in two columns above the full-width table are read left column first."""
    best = extract_case(REAL / "opamp_micrel_lmc7101.pdf")[0]
    assert (best["i_b"]["typ"], best["i_b"]["max"]) == (pytest.approx(1e-12), pytest.approx(64e-12))
    assert (best["cmrr"]["min"], best["cmrr"]["typ"]) == (50.0, 70.0)
    assert best["t_j_max"]["max"] == 150.0 and best["t_j_max"]["min"] is None  # the rating, not the operating range


def test_intersil_names_a_low_swing_by_its_minus_and_a_current_by_where_it_flows():
    syn = synonyms()
    assert syn.lookup("", "VOM-", "opamp", "V")[0] == "v_ol"  # beside "VOM+" (v_oh)
    assert syn.lookup("Short Circuit Current to Opposite Supply", "IOM+", "opamp", "A")[0] == "i_sc"
    assert syn.lookup("Input Current", "II", "opamp", "A")[0] == "i_b"
    assert syn.lookup("Maximum DC Blocking Voltage", "", "diode", "V")[0] == "v_r_max"


def test_a_rectifier_family_of_three_character_parts_and_a_remark_run_across_the_part_columns():
    """MCC 6A05 … 6A10 a row each; onsemi's "25" | "(for one" | "cycle)" under 1N5817 | 1N5818 | 1N5819."""
    rows = [["MCC\nCatalog\nNumber", "Device\nMarking", "Maximum\nRecurrent\nPeak\nReverse\nVoltage", "Maximum\nDC\nBlocking\nVoltage"],
            ["6A05", "---", "50V", "50V"], ["6A1", "---", "100V", "100V"], ["6A8", "---", "800V", "800V"], ["6A10", "---", "1000V", "1000V"]]
    best = extract_document(_doc(rows, "Maximum Ratings"), device="diode", part="6A1").best()
    assert best["v_rrm"].max == 100.0 and best["v_r_max"].max == 100.0
    rows = [["Rating", "Symbol", "1N5817", "1N5818", "1N5819", "Unit"],
            ["Non−Repetitive Peak Surge Current, (Surge applied at rated load conditions)", "IFSM", "25", "(for one", "cycle)", "A"]]
    assert extract_document(_doc(rows), device="diode", part="1N5819").best()["i_fsm"].max == 25.0


def test_the_first_condition_on_the_names_line_and_one_a_line_under_it():
    """onsemi 1N5817: "Maximum Instantaneous Forward Voltage (Note 2) (iF = 0.1 A)" over "(iF = 1.0 A)", "(iF = 3.0 A)"."""
    rows = [["Characteristic", "Symbol", "1N5817", "1N5818", "1N5819", "Unit"],
            ["Maximum Instantaneous Forward Voltage (Note 2) (iF = 0.1 A)\n(iF = 1.0 A)\n(iF = 3.0 A)", "vF",
             "0.32\n0.45\n0.75", "0.33\n0.55\n0.875", "0.34\n0.6\n0.9", "V"]]
    got = [(p.conditions, p.max) for p in extract_document(_doc(rows, "Electrical Characteristics"), device="diode", part="1N5819").params
           if p.canonical == "v_f"]
    assert got == [("iF = 0.1 A", 0.34), ("iF = 1.0 A", 0.6), ("iF = 3.0 A", 0.9)]


def test_a_typical_word_among_the_part_columns_makes_the_value_typical():
    """CDIL BC337: "Transition Frequency | fT | IC = 10 mA | NPN | Typ | 200 | MHz" across three part columns."""
    rows = [["DESCRIPTION", "SYMBOL", "TEST CONDITION", "BC327\nBC337", "BC327A\nBC337A", "BC328\nBC338", "UNITS"],
            ["Collector Emitter Voltage", "V\nCEO", "I =10mA,I =0\nC B", ">45", ">60", ">25", "V"],
            ["Transition Frequency", "f\nT", "I =10mA, V =5V\nC CE", "NPN", "Typ", "200", "MHz"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="bjt", part="BC337").best()
    assert best["f_t"].typ == 200e6 and best["f_t"].max is None


def test_a_unit_broken_over_two_rows_thermal_symbols_a_line_and_a_gate_rating_behind_a_lost_glyph():
    """Vishay UF5400 … UF5408: "µ" over "A" in the Units column, "RΘJA" over "RΘJL" beside "20" over "8.5" printed once
    for every part; Vishay Siliconix: "(cid:1)8" for a ±8 V gate rating."""
    rows = [["Parameter", "Symbols", "UF\n5400", "UF\n5404", "UF\n5408", "Units"],
            ["Typical thermal resistance (1)", "RΘJA\nRΘJL", "", "20\n8.5", None, "°C/W"],
            ["Maximum DC reverse current T A = 25°C", "IR", "", "10", None, "µ"],
            ["at rated DC blocking voltage T A =100°C", None, "", "75", "200", "A"]]
    best = extract_document(_doc(rows), device="diode", part="UF5408").best()
    assert best["r_th_ja"].typ == 20.0 or best["r_th_ja"].max == 20.0
    assert best["i_r"].max == pytest.approx(10e-6)
    rows = [["Parameter", "Symbol", "Limit", "Unit"], ["Gate-Source Voltage", "VGS", "(cid:1)8", "V"]]
    best = extract_document(_doc(rows), device="mosfet").best()
    assert (best["v_gs_max"].min, best["v_gs_max"].max) == (-8.0, 8.0)


def test_a_ratings_list_set_with_dotted_leaders_counts_as_text_and_a_range_cell_gives_both_ends():
    """Microchip MCP6002: "VDD – VSS ........ 7.0V" is a list, not a table: the table row "Supply Voltage | 1.8 | — | 6.0"
    is the record; a "2.5 5.25" cell under Min/Typ/Max beside "Supply Voltage Range" is its two ends (LT)."""
    best, facts, _ = extract_case(REAL / "opamp_microchip_mcp6002.pdf")
    assert (best["v_supply_max"]["min"], best["v_supply_max"]["max"]) == (1.8, 6.0)
    assert any(r["canonical"] == "v_supply_max" and r["max"] == 7.0 for r in facts["rows"])  # kept, not scored first
    assert split_shared("2.5 5.25", ["min", "typ", "max"], "Supply Voltage Range") == {"min": "2.5", "typ": None, "max": "5.25"}
    assert split_shared("±1 ±15", ["min", "typ", "max"], "Input Offset Current Range")["typ"] == "±1"  # Maxim's name for I_OS


def test_output_swings_a_symbol_a_line_with_an_unmapped_glyph_before_the_sign():
    """onsemi MC33079: "VO(cid:2)+" over "VO(cid:2)−" beside a value a line."""
    rows = [["Characteristics", "Symbol", "Min", "Typ", "Max", "Unit"],
            ["Output Voltage Swing (VID = (cid:2)1.0V) (RL = 2.0 k)", "VO(cid:2)+\nVO(cid:2)−", "+13.2\n−", "+13.8\n−13.7", "−\n−13.2", "V"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="opamp").best()
    assert (best["v_oh"].min, best["v_oh"].typ) == (13.2, 13.8)
    assert (best["v_ol"].typ, best["v_ol"].max) == (-13.7, -13.2)


def test_a_part_label_ruled_in_its_own_cell_inside_a_merged_conditions_cell_is_read_once():
    """TI TLV2462: the test-conditions cell merged down over four rows also holds the "TLV246xA" of the part cell
    ruled inside it; read twice, the label made the first (plain grade's) row look like the A grade's."""
    best, _, _ = extract_case(REAL / "opamp_ti_tlv2462.pdf")
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(500e-6), pytest.approx(2000e-6))
    assert (best["i_os"]["typ"], best["i_os"]["max"]) == (pytest.approx(2.8e-9), pytest.approx(7e-9))


def test_part_headings_cut_by_column_rules_and_names_with_their_symbol_on_a_middle_line():
    """TI TL071: "TL07" | "1C,TL07" over "TL074C" | "2C," above "MIN TYP MAX" is one group for TL071C, TL072C and
    TL074C; "TL07xM" stands for TL071M; a plain TL071 reads the commercial (C) grade; "Supplycurrent" / "ICC" /
    "(eachamplifier)" is a name with its symbol set beside its middle line."""
    rows = [["PA", "PARAMETER", "TA", "TL07xM", "", "", "TL07\nTL0", "xC,TL07x\n7xBC,TL0", "AC,\n7xI", "UNIT"],
            [None, None, None, "MIN", "TYP", "MAX", "MIN", "TYP", "MAX", None],
            ["Slewrateatunity\nSR\ngain", None, "", "5", "13", None, "8", "13", None, "V/μs"],
            ["Supplycurrent\nICC\n(eachamplifier)", None, "25°C", "", "1.4", "2.5", "", "1.5", "2.8", "mA"],
            ["Common-mode\nCMRR\nrejectionratio", None, "25°C", "80", "86", None, "70", "100", None, "dB"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="opamp", part="TL071").best()
    assert (best["sr"].min, best["sr"].typ) == (8e6, 13e6)
    assert (best["i_q"].typ, best["i_q"].max) == (pytest.approx(1.5e-3), pytest.approx(2.8e-3))
    assert (best["cmrr"].min, best["cmrr"].typ) == (70.0, 100.0)


def test_units_spelt_out_a_ratings_heading_over_part_columns_and_regulator_diodes():
    """Rectron FR101 … FR107: "RATINGS | SYMBOL | FR101 … FR107 | UNITS", units "Volts", "Amps", "uAmps", "nSec", "0C";
    NXP's "avalanche regulator diodes" are Zeners, not voltage regulators."""
    rows = [["RATINGS", "SYMBOL", "FR101", "FR106", "FR107", "UNITS"],
            ["Maximum Recurrent Peak Reverse Voltage", "VRRM", "50", "800", "1000", "Volts"],
            ["Maximum DC Reverse Current at Rated DC Blocking Voltage", "IR", "", "5.0", None, "uAmps"],
            ["Maximum Reverse Recovery Time", "trr", "150", "500", None, "nSec"],
            ["Operating and Storage Temperature Range", "TJ, TSTG", "", "-65 to + 150", None, "0C"]]
    best = extract_document(_doc(rows), device="diode", part="FR107").best()
    assert best["v_rrm"].max == 1000.0 and best["i_r"].max == pytest.approx(5e-6)
    assert (best["t_stg"].min, best["t_stg"].max, best["t_stg"].unit) == (-65.0, 150.0, "degC")
    from chipsmith.tools.datasheet_cells import norm_unit
    assert [norm_unit(u) for u in ("Volts", "Amps", "uAmps", "nSec", "0C", "mAmps")] == ["V", "A", "µA", "ns", "°C", "mA"]
    t = Table(page=1, index=0, bbox=(0, 0, 1, 1), rows=[["Symbol", "Parameter", "Max", "Unit"], ["VF", "forward voltage", "0.9", "V"]])
    doc = Document(path="x.pdf", pages=[Page(number=1, width=600, height=800, tables=[t])], sections=[], page_count=1)
    from chipsmith.tools.datasheet_synonyms import device_class
    from chipsmith.tools.pdf_reader import TextLine
    doc.pages[0].lines = [TextLine(page=1, text="Low-voltage avalanche regulator diodes", x0=0, top=0, x1=100, bottom=10, size=12, bold=True)]
    assert device_class(doc) == "diode"


def test_thin_space_thousands_a_temperature_unit_glyph_and_a_closed_loop_impedance():
    """NXP PLVA6xxA: "20 000" over "5 000" nA, a part a line; Toshiba: °C drawn as the private-use glyph U+E00C, "VRM"
    for the peak reverse voltage; TI LME49720: "Output impedance | Closed-Loop / Open-Loop" is the open-loop 13 Ω."""
    rows = [["SYMBOL", "PARAMETER", "CONDITIONS", "MIN.", "TYP.", "MAX.", "UNIT"],
            ["IR", "reverse current\nPLVA650A\nPLVA653A", "VR = 80% VZ nominal", "−\n−", "−\n−", "20 000\n5 000", "nA\nnA"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="diode", part="PLVA653A").best()
    assert best["i_r"].max == pytest.approx(5e-6) and not best["i_r"].flags
    rows = [["Characteristics", "Symbol", "Note", "Rating", "Unit"], ["Peak reverse voltage", "VRM", "", "100", "V"],
            ["Junction temperature", "Tj", "", "150", "\ue00c"], ["Storage temperature", "Tstg", "", "-55 to 150", None]]
    best = extract_document(_doc(rows), device="diode").best()
    assert best["v_rrm"].max == 100.0 and (best["t_j_max"].max, best["t_j_max"].unit) == (150.0, "degC")
    assert best["t_stg"].unit == "degC"
    rows = [["", "PARAMETER", "TESTCONDITIONS", "MIN", "TYP", "MAX", "UNIT"],
            ["R\nOUT", "Outputimpedance", "f =10kHz\nIN\nClosed-Loop\nOpen-Loop", "", "0.01\n13", None, "Ω"],
            ["I\nOUT-CC", "Instantaneousshortcircuit\ncurrent", "", "", "+53\n–42", None, "mA"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="opamp").best()
    assert best["r_out"].typ == 13.0 and best["i_sc"].typ == pytest.approx(0.053)


def test_burr_brown_sections_ruled_as_one_band_with_min_typ_max_under_the_part_names():
    """TI OPA344 (Burr-Brown): each section ("OFFSET VOLTAGE", "INPUT BIAS CURRENT") one ruled band, "MIN TYP MAX" in a
    second header row under the part names, subscripts set lower ("V" + "OS") and "±" in a larger font than its number,
    an "Over Temperature | See Typical Curve" line between two parameters."""
    best, _, _ = extract_case(REAL / "opamp_ti_opa344.pdf")
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(0.2e-3), pytest.approx(1e-3))
    assert (best["i_b"]["typ"], best["i_b"]["max"]) == (pytest.approx(0.2e-12), pytest.approx(10e-12))
    assert (best["i_os"]["typ"], best["i_os"]["max"]) == (pytest.approx(0.2e-12), pytest.approx(10e-12))
    assert (best["i_q"]["typ"], best["i_q"]["max"]) == (pytest.approx(150e-6), pytest.approx(250e-6))
    assert (best["v_supply_max"]["min"], best["v_supply_max"]["max"]) == (2.7, 5.5)


def test_ranges_under_a_temperature_heading_and_a_thermal_symbol_inside_the_name():
    """Burr-Brown: "TEMPERATURE RANGE" over "Storage Range | –65 | 150"; "Thermal Resistance θJA SOT23-5 Surface Mount"."""
    rows = [["PARAMETER", "CONDITION", "MIN", "TYP", "MAX", "UNITS"],
            ["TEMPERATURE RANGE", "", "", "", "", ""],
            ["Specified Range", "", "–40", "", "85", "°C"],
            ["Storage Range", "", "–65", "", "150", "°C"],
            ["Thermal Resistance θJA SOT23-5 Surface Mount", "", "", "200", "", "°C/W"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="opamp").best()
    assert (best["t_stg"].min, best["t_stg"].max) == (-65.0, 150.0)
    assert best["r_th_ja"].typ == 200.0


def test_one_family_heading_cut_by_the_rules_over_package_columns():
    """TI TL071's thermal table: "TL071" | "/TL072/" | "TL074" is one heading over columns of packages, not a column per
    part; the first package's figure is read."""
    rows = [["TH", "THERMALMETRIC(1)", "", "", "", "TL071", "/TL072/", "TL074", "UNIT"],
            [None, None, "D(S", "OIC)", "FK\n(LCCC)", "J(C", "DIP)", "N(P", None],
            [None, None, "8\nPINS", "14\nPINS", "20\nPINS", "8\nPINS", "14\nPINS", "8\nPINS", None],
            ["R\nθ JA", "Junction-to-ambient\nthermalresistance", "97", "86", "—", "—", "—", "85", "°C/W"]]
    best = extract_document(_doc(rows, "Thermal Information"), device="opamp", part="TL071").best()
    assert best["r_th_ja"].max == 97.0


def test_a_dissipation_rating_table_headed_over_three_lines_a_row_per_package():
    """TI TLV2462: "DISSIPATION RATING TABLE" with "θJC (°C/W) | θJA (°C/W) | TA ≤ 25°C POWER RATING | TA < 125°C POWER
    RATING" centred over their columns, "PACKAGE" on the middle line, a package a row ("D (8)  38.3  176  710 mW  142 mW")."""
    best, facts, _ = extract_case(REAL / "opamp_ti_tlv2462.pdf")
    assert best["p_d"]["max"] == pytest.approx(0.71) and "D (8) package" in best["p_d"]["conditions"]
    assert (best["r_th_ja"]["max"], best["r_th_jc"]["max"]) == (176.0, 38.3)
    assert any(r["canonical"] == "p_d" and r["max"] == pytest.approx(1.375) for r in facts["rows"])  # the Q/M table's FK


def test_two_values_a_space_apart_are_typ_and_max_unless_a_round_thousand():
    """ADI OP27: "30 100" under Typ is the typical and the maximum run together; NXP's "20 000" is one number."""
    col = {"min": 0, "typ": 1, "max": 2}
    assert shifted(["", "30 100", ""], col) and not shifted(["", "", "20 000\n5 000"], col)


def test_a_note_that_calls_a_rows_values_typical():
    """ST LMV321: "(3)" printed beside the thermal resistances lands in the conditions column; note 3, its mark raised
    on a line of its own, ends "All values are typical": the lone values are typical, not limits."""
    doc = read_pdf(REAL / "opamp_st_lmv321.pdf")
    assert doc.footnote(3, "3").endswith("All values are typical.")
    page = Page(number=1, width=600, height=800, footnotes={"3": "Short-circuits can cause excessive heating. All values are typical."})
    page.tables = [Table(page=1, index=0, bbox=(0, 0, 1, 1), section="Absolute maximum ratings",
                         rows=[["Symbol", "Parameter", "", "Value", "Unit"],
                               ["Rthja", "Thermal resistance junction-to-ambient", "(3), SOT23-5", "250", "°C/W"],
                               ["Tj", "Maximum junction temperature", "", "150", "°C"]])]
    best = extract_document(Document(path="x.pdf", pages=[page], sections=[], page_count=1), device="opamp").best()
    assert (best["r_th_ja"].typ, best["r_th_ja"].max, best["r_th_ja"].conditions) == (250.0, None, "SOT23-5")
    assert best["t_j_max"].max == 150.0  # a rating with no such note stays a limit


def test_a_symbol_letter_whose_subscript_and_last_word_sit_in_the_row_below():
    """Philips IRF540 read by word alignment: "R | Drain-source on-state" over "DS(ON) | resistance", "Ω" over "m" in
    the Units cell; "g" over "fs" and "I" in one cell. The ruled reading: "to mounting base" opens the next row's cell."""
    head = ["SYMBOL", "PARAMETER", "CONDITIONS", "MIN.", "TYP.", "MAX.", "UNIT"]
    rows = [head, ["R", "Drain-source on-state", "V = 10 V; I = 17 A", "-", "49", "77", "Ω\nm"],
            ["DS(ON)", "resistance", "T = 175˚C", "-", "132", "193", "Ω\nm"],
            ["g", "Forward transconductance", "V = 25 V; I = 17 A", "8.7", "15.5", "-", "S"],
            ["fs\nI", "Gate source leakage current", "V = 20 V; V = 0 V", "-", "10", "100", "nA"],
            ["GSS\nI", "Zero gate voltage drain", "V = 100 V; V = 0 V", "-", "0.05", "10", "µ\nA"],
            ["DSS", "current", "V = 80 V; V = 0 V; T = 175˚C", "-", "-", "250", "µ\nA"],
            ["t", "Reverse recovery time", "I = 17 A", "-", "80", "-", "ns"], ["rr", "Recovered charge", "", "-", "0.4", "-", "µC"]]
    best = extract_document(_doc(rows, "Electrical Characteristics"), device="mosfet").best()
    assert (best["r_ds_on"].typ, best["r_ds_on"].max) == (pytest.approx(0.049), pytest.approx(0.077))
    assert best["g_fs"].min == 8.7 and best["i_gss"].max == pytest.approx(1e-7) and best["i_dss"].max == pytest.approx(1e-5)
    rows = [["SYMBOL PARAMETER", "CONDITIONS", "MIN.", "TYP.", "MAX.", "UNIT"],
            ["R Thermal resistance junction\nth j-mb", "", "-", "-", "1.5", "K/W"],
            ["to mounting base\nR Thermal resistance junction\nth j-a", "SOT78 package, in free air", "-", "60", "-", "K/W"]]
    best = extract_document(_doc(rows, "Thermal resistances"), device="mosfet").best()
    assert best["r_th_jc"].max == 1.5 and best["r_th_ja"].typ == 60.0
    # "f" over "T" is a whole symbol: the "t" of the row below is that row's own, lower-case names or not (Philips 2N2222A)
    rows = [["SYMBOL", "PARAMETER", "CONDITIONS", "MIN.", "MAX.", "UNIT"], ["f\nT", "transition frequency", "I = 20 mA", "300", "-", "MHz"],
            ["t\noff", "turn-off time", "I = 150 mA", "-", "250", "ns"]]
    best = extract_document(_doc(rows, "Characteristics"), device="bjt").best()
    assert best["f_t"].min == pytest.approx(3e8) and best["f_t"].symbol == "fT"
