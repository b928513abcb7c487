"""Rules kept in the eleventh round of real datasheets, each from a tuning file: ST's power-MOSFET tables (a column
per part or package, several parameters stacked in one ruled band with each symbol set letter over subscript, a
temperature range ruled over two rows), Microchip's ratings table of one package per row, and National's op-amp
ratings (a list with a narrow labels column, "±20V" supply ratings, ranges whose sign or "≤" the text layer set
apart, a Limit column whose unit does not say which limit)."""

from pathlib import Path

from chipsmith.evals.datasheet import extract_case
from chipsmith.tools.datasheet_bands import merged_down, section_lines
from chipsmith.tools.datasheet_cells import limit_side, symbol_text
from chipsmith.tools.datasheet_header import find_header, part_columns
from chipsmith.tools.datasheet_infer import infer_header
from chipsmith.tools.datasheet_partrows import package_row_table
from chipsmith.tools.datasheet_rowcells import unstack

REAL = Path(__file__).resolve().parents[2] / "evals" / "data" / "datasheets-real"


def test_the_column_naming_the_part_wins_over_one_only_close_to_it():
    rows: list[list[str | None]] = [["Symbol", "Parameter", "Value", None, None, "Unit"],
                                    [None, None, "STP3NK90Z", "STP3NK90ZFP", "STD3NK90Z", ""],
                                    ["PTOT", "Total Dissipation at TC = 25°C", "90", "25", "90", "W"]]
    header = find_header(rows)
    assert header is not None and header.parts == {2: "STP3NK90Z", 3: "STP3NK90ZFP", 4: "STD3NK90Z"}
    col = {r: j for j, r in header.roles.items()}
    assert part_columns(rows[2:], header, col, "STP3NK90ZFP")[0]["value"] == 3
    assert part_columns(rows[2:], header, col, "STP3NK90Z")[0]["value"] == 2


def test_a_ratings_list_with_a_narrow_labels_column_is_names_labels_and_values():
    rows: list[list[str | None]] = [
        ["Power Supply Voltage (VS = V+ - V-)", None, "36V"], ["Storage Temperature", None, "−65°C to 150°C"],
        ["Input Voltage", None, "(V-) - 0.7V to (V+) + 0.7V"], ["Output Short Circuit", None, "Continuous"],
        ["Power Dissipation", None, "Internally Limited"], ["ESD Susceptibility", None, "2000V"],
        ["Junction Temperature", None, "150°C"], ["Thermal Resistance", "θJA (D)", "145°C/W"], [None, "θJA (P)", "102°C/W"],
    ]
    h = infer_header(rows)
    assert h is not None and h.roles == {0: "param", 1: "cond", 2: "value"}
    # a table whose middle column is filled on most rows is not such a list
    assert infer_header([[r[0], "x", r[2]] for r in rows]) != h


def test_a_limit_without_its_side_takes_the_side_of_the_typical_value():
    col = {"typ": 3, "value": 4}
    assert limit_side({"typ": "2.5", "value": "4.7"}, col) == "max"
    assert limit_side({"typ": "55", "value": "45"}, col) == "min"
    assert limit_side({"typ": "−14.1", "value": "−13.5"}, col) == "max"
    assert limit_side({"typ": "±13.6", "value": "±12.5"}, col) is None  # both ends at once: not one side
    assert limit_side({"typ": "", "value": "4.7"}, col) is None


def test_stacked_parameters_with_symbols_set_letter_over_subscript_are_a_row_each():
    col = {"symbol": 0, "param": 1, "cond": 2, "min": 3, "typ": 4, "max": 5, "unit": 6}
    row: list[str | None] = ["C\niss\nC\noss\nC\nrss", "Input capacitance\nOutput capacitance\nReverse transfer\ncapacitance",
                             "V = 25V, f = 1MHz,\nDS\nV = 0\nGS", "", "315\n70\n30", "", "pF\npF\npF"]
    out = unstack([row], col)
    assert [r[0] for r in out] == ["Ciss", "Coss", "Crss"]
    assert [r[4] for r in out] == ["315", "70", "30"]
    assert out[2][1] == "Reverse transfer capacitance"


def test_a_row_under_a_cell_ruled_over_both_takes_its_values():
    col = {"symbol": 0, "param": 1, "value": 2, "unit": 3}
    rows: list[list[str | None]] = [["Tstg", "Storage temperature", "-55 to 175", "°C"],
                                    ["Tj", "Max. operating junction temperature", None, None],
                                    ["Tl", "Lead temperature", "", "°C"]]
    out = merged_down(rows, col)
    assert out[1][2:] == ["-55 to 175", "°C"]
    assert out[2][2] == ""  # an empty cell is empty, not covered


def test_a_ratings_table_of_one_package_per_row_is_read_per_package():
    rows: list[list[str | None]] = [
        ["Package", "I (Note1)\nD\n(Continuous)\n(mA)", "I\nD\n(Pulsed)\n(A)", "Power Dissipation\nat T = 25°C\nA\n(W)"],
        ["3-lead TO-92", "450", "2.4", "1"], ["3-lead SOT-89", "630", "2.9", "1.6 (Note1)"]]
    out = package_row_table(rows)
    assert out is not None
    first = [r for r in out[1:] if r[2] == "3-lead TO-92"]
    assert [(r[5], r[6]) for r in first] == [("450", "mA"), ("2.4", "A"), ("1", "W")]
    assert [r[0] for r in first[:2]] == ["ID", "ID(Pulsed)"]  # the pulsed rating named by its remark
    assert [r[5] for r in out[1:] if r[2] == "3-lead SOT-89"] == ["630", "2.9", "1.6"]
    assert package_row_table([["Part", "A (mA)"], ["X1", "1"]]) is None


def test_st_power_mosfet_stacked_bands_package_columns_and_merged_temperature():
    best = extract_case(REAL / "mosfet_st_stp16nf06.pdf")[0]
    assert (best["c_oss"]["typ"], best["c_rss"]["typ"]) == (70e-12, 30e-12)
    assert abs(best["t_d_off"]["typ"] - 17e-9) < 1e-15 and abs(best["q_gd"]["typ"] - 3.5e-9) < 1e-15
    assert best["p_d"]["max"] == 45.0  # the TO-220 column, not the TO-220FP one
    assert (best["t_j_max"]["min"], best["t_j_max"]["max"]) == (-55.0, 175.0)


def test_microchip_package_ratings_and_national_text_ratings():
    best = extract_case(REAL / "mosfet_microchip_tn0104.pdf")[0]
    assert abs(best["i_d_max"]["max"] - 0.45) < 1e-12 and abs(best["i_dm"]["max"] - 2.4) < 1e-12
    best = extract_case(REAL / "opamp_national_lm318.pdf")[0]
    assert (best["v_supply_max"]["min"], best["v_supply_max"]["max"]) == (-20.0, 20.0)
    best = extract_case(REAL / "opamp_ti_lf353.pdf")[0]
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-65.0, 150.0)  # "− 65°Cto+150°C"
    best = extract_case(REAL / "opamp_national_lf444.pdf")[0]
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-65.0, 150.0)  # "−65˚C ≤ TA ≤ 150˚C"
    best = extract_case(REAL / "opamp_ti_lme49710.pdf")[0]
    assert best["v_supply_max"]["max"] == 36.0 and (best["e_n"]["typ"], best["e_n"]["max"]) == (2.5e-9, 4.7e-9)


def test_section_headings_and_a_footnote_set_into_symbol_cells_are_taken_out():
    col = {"symbol": 0, "param": 1, "cond": 2, "min": 3, "typ": 4, "max": 5, "unit": 6}
    rows: list[list[str | None]] = [
        ["Static characteristics\nV\n(BR)DSS", "drain-source breakdown\nvoltage", "I =10 μ A", "60", "-", "-", "V"],
        ["t\nf\nSource-drain", "fall time\ndiode", None, "-", "4", "-", "ns"],
        ["V\nSD\n[1] Pulse test:", "source-drain voltage", "I =115mA", "0.47", "0.75", "1.1", "V"],
        ["R\nthj-case", "thermal resistance", None, "-", "-", "3", "K/W"]]
    out = section_lines(rows, col)
    assert [r[0] for r in out] == ["V\n(BR)DSS", "t\nf", "V\nSD", "R\nthj-case"]
    assert out[1][1] == "fall time" and out[0][1] == "drain-source breakdown\nvoltage"


def test_ti_ratings_with_blank_headings_over_symbols_and_run_together_names():
    rows: list[list[str | None]] = [["", "", "MIN", "MAX", "UNIT"], ["V -V\nCC+ CC–", "Supplyvoltage (2)", "–18", "18", "V"],
                                    ["V\nID", "Differentialinputvoltage (3)", "–30", "30", "V"],
                                    ["T\nstg", "Storagetemperature", "–65", "150", "°C"]]
    header = find_header(rows)
    assert header is not None and header.roles[0] == "symbol" and header.roles[1] == "param"
    assert symbol_text("V -V\nCC+ CC–") == "VCC+ - VCC–"
    best = extract_case(REAL / "opamp_ti_tl071.pdf")[0]
    assert (best["v_supply_max"]["min"], best["v_supply_max"]["max"]) == (-18.0, 18.0)


def test_an_operating_temperature_range_in_text_is_no_junction_temperature():
    best = extract_case(REAL / "opamp_ti_lm324.pdf")[0]
    assert "t_j_max" not in best or best["t_j_max"]["max"] != 85.0
