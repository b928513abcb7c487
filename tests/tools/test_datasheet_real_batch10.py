"""Rules kept in the tenth round of real datasheets, each from a tuning file of the tenth batch: Diotec's two-column
power-MOSFET layout (subscripts set lower than their letters, a ratings table headed only by the part, a name cell
holding the conditions and the symbol), and National's op-amp tables in National's own and TI's print (parts over
their Typ or Limit headings in one cell, a limit on a line of its own under the typical value, two-column ratings)."""

from pathlib import Path

import pytest

from chipsmith.evals.datasheet import extract_case
from chipsmith.tools.datasheet_header import Header, find_header
from chipsmith.tools.datasheet_infer import infer_header
from chipsmith.tools.datasheet_namecells import symbols_in_names
from chipsmith.tools.pdf_reader import read_pdf

REAL = Path(__file__).resolve().parents[2] / "evals" / "data" / "datasheets-real"


def test_subscripts_set_lower_are_read_on_their_letters_line():
    """Diotec DIT095N08: "V" with a smaller "DSS" set 3.8 pt lower read as one symbol, not as two lines of the cell;
    the conditions' own subscripts ("TC", "VGS") too."""
    doc = read_pdf(REAL / "mosfet_diotec_dit095n08.pdf", pages="1,2")
    cells = [c for t in doc.tables() for r in t.rows for c in r if c]
    assert "VDSS" in cells and "IDM" in cells
    assert any(c.startswith("Drain-Source leakage current") and c.endswith("VDS = VDSS VGS = 0 V (short) IDSS") for c in cells)
    assert not any(c.split("\n")[-1] == "DSS" for c in cells)


def test_a_ratings_table_headed_only_by_the_part_is_read_by_its_cells():
    rows: list[list[str | None]] = [["", None, "DI048N08PQ/-Q"], ["Drain-Source voltage", "VDSS", "80 V"],
                                    ["Gate-Source-voltage", "VGSS", "± 20 V"], ["Drain current", "ID", "48 A 3)\n42.5 A"],
                                    ["Junction temperature", "Tj", "-55…+150°C"]]
    h = infer_header(rows)
    assert h is not None and h.rows == 1 and h.roles == {0: "param", 1: "symbol", 2: "value"}


def test_a_name_cell_with_conditions_and_symbol_is_split_into_columns():
    header = find_header([["Tj = 25°C", "Min.", "Typ.", "Max."]])
    assert header is not None and header.roles == {0: "param", 1: "min", 2: "typ", 3: "max"}
    rows: list[list[str | None]] = [
        ["Tj = 25°C", "Min.", "Typ.", "Max."],
        ["Gate-Source threshold voltage – Gate-Source Schwellspannung\nVGS = VDS ID = 250 µA VGS(th)", "2 V", "2.9 V", "4 V"],
        ["Input Capacitance – Eingangskapazität\nVDS = 25 V VGS = 0 V f = 1 MHz Ciss", "–", "6800 pF", "–"],
        ["Turn-On Delay & Rise Time\ntd(on)\nVDD = 30 V ID = 30 A RG = 2.5 Ω\ntr", "–", "18 ns\n12 ns", "–"],
    ]
    split = symbols_in_names(rows, header)
    assert split is not None
    body, moved = split
    assert moved.roles == {0: "param", 1: "symbol", 2: "cond", 3: "min", 4: "typ", 5: "max"}
    assert body[1][:3] == ["Gate-Source threshold voltage – Gate-Source Schwellspannung", "VGS(th)", "VGS = VDS ID = 250 µA"]
    assert body[2][1] == "Ciss" and body[2][2] == "VDS = 25 V VGS = 0 V f = 1 MHz"  # "MHz" ends the conditions, no symbol
    assert body[3][1] == "td(on)\ntr"
    # a table whose names are names alone is left as it is
    assert symbols_in_names([["Tj = 25°C", "Min.", "Max."], ["Drain current", "1", "2"], ["Gate charge", "3", "4"]],
                            Header(roles={0: "param", 1: "min", 2: "max"}, units={}, rows=1)) is None


def test_diotec_power_mosfet_reads_ratings_characteristics_and_a_bounded_thermal_line():
    best = extract_case(REAL / "mosfet_diotec_dit095n08.pdf")[0]
    assert best["v_ds_max"]["max"] == 80.0 and (best["v_gs_max"]["min"], best["v_gs_max"]["max"]) == (-20.0, 20.0)
    assert (best["t_j_max"]["min"], best["t_j_max"]["max"]) == (-55.0, 175.0)
    assert (best["v_gs_th"]["min"], best["v_gs_th"]["typ"], best["v_gs_th"]["max"]) == (2.0, 2.9, 4.0)
    assert (best["r_ds_on"]["typ"], best["r_ds_on"]["max"]) == (pytest.approx(6.6e-3), pytest.approx(8e-3))
    assert best["t_d_on"]["typ"] == pytest.approx(1.8e-8) and best["t_r"]["typ"] == pytest.approx(1.2e-8)
    assert best["r_g"]["typ"] == pytest.approx(0.8)  # "RGi", the intrinsic gate resistance
    assert best["r_th_jc"]["max"] == pytest.approx(0.88) and best["r_th_jc"].get("typ") is None  # "RthC < 0.88 K/W"
    di048 = extract_case(REAL / "mosfet_diotec_di048n08pq.pdf")[0]
    assert di048["i_d_max"]["max"] == 48.0  # "48 A 3)": a footnote mark after the unit


def test_parts_over_their_typ_heading_in_one_cell_head_min_typ_max_groups():
    """National LF347: "Min | LF147\\nTyp | Max | Min | LF347B\\nTyp | Max | Min | LF347\\nTyp | Max"."""
    header = find_header([["Symbol", "Parameter", "Conditions", "Min", "LF147\nTyp", "Max", "Min", "LF347B\nTyp", "Max",
                           "Min", "LF347\nTyp", "Max", "Units"]])
    assert header is not None and header.parts == {3: "LF147", 6: "LF347B", 9: "LF347"}
    assert [header.roles[j] for j in range(3, 12)] == ["min", "typ", "max"] * 3
    best = extract_case(REAL / "opamp_national_lf347.pdf")[0]
    assert (best["cmrr"]["min"], best["cmrr"]["typ"]) == (70.0, 100.0)
    assert (best["gbw"]["min"], best["gbw"]["typ"]) == (pytest.approx(2.2e6), pytest.approx(4e6))
    assert best["e_n"]["typ"] == pytest.approx(2e-8)  # "20" whose nV/√Hz the text layer lost


def test_ti_print_of_national_tables_parts_over_limit_and_bold_limit_lines():
    """TI's LM6132: "LM6134AI\\nLM6132AI\\nLimit\\n(2)" heads a Limit column; the output swing's low end on a line of its
    own under the high end; a two-column ratings table with no header ("SupplyVoltage(V+–V−) | 35V")."""
    best = extract_case(REAL / "opamp_ti_lm6132.pdf")[0]
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(2.5e-4), pytest.approx(2e-3))
    assert (best["v_oh"]["min"], best["v_oh"]["typ"]) == (pytest.approx(4.98), pytest.approx(4.992))
    assert (best["v_ol"]["typ"], best["v_ol"]["max"]) == (pytest.approx(0.007), pytest.approx(0.017))
    assert best["v_supply_max"]["max"] == 35.0
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-65.0, 150.0)


def test_run_together_labels_name_their_parts_and_high_over_low_names_split_by_limit():
    """TI's LMH6643: "ForLMH6642andLMH6644" and "ForLMH6643" rows of one parameter; "Output Swing High" over "Output
    Swing Low" in one cell for the rows of both ends."""
    best = extract_case(REAL / "opamp_ti_lmh6643.pdf")[0]
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(1e-3), pytest.approx(3.4e-3))
    assert (best["v_oh"]["min"], best["v_oh"]["typ"]) == (pytest.approx(2.9), pytest.approx(2.98))
    assert (best["v_ol"]["typ"], best["v_ol"]["max"]) == (pytest.approx(0.025), pytest.approx(0.075))


def test_a_two_column_ratings_block_is_read_column_by_column():
    """National LMC6484: the ratings and the operating ratings side by side share their lines of text."""
    best = extract_case(REAL / "opamp_national_lmc6484.pdf")[0]
    assert best["v_supply_max"]["max"] == 16.0
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-65.0, 150.0)
    assert (best["i_b"]["typ"], best["i_b"]["max"]) == (pytest.approx(2e-14), pytest.approx(4e-12))  # "pAmax"
