"""Layouts from the eighth batch's tuning files: decimal commas and numbers clipped at a rule (Fuji), TI's LinCMOS
tables with grade suffix columns and "MIN TYP MAX" in one cell, ST's unruled tables with grade column groups."""

from pathlib import Path

import pytest

from chipsmith.evals.datasheet import extract_case
from chipsmith.tools.datasheet_cells import parse_quantity

REAL = Path(__file__).resolve().parents[2] / "evals" / "data" / "datasheets-real"


def test_a_decimal_comma_is_a_decimal_point_and_three_digits_after_a_comma_are_thousands():
    assert parse_quantity("2,5", "V").value == 2.5 and parse_quantity("62,5", "°C/W").value == 62.5
    assert parse_quantity("71,9 mJ").value == pytest.approx(0.0719)
    assert parse_quantity("1,000", "V").value == 1000.0 and parse_quantity("20,000", "pF").value == pytest.approx(2e-8)


def test_numbers_a_column_rule_cut_short_are_read_whole():
    """Fuji 2SK2645: the table's frame ends left of where the Max column's numbers do ("1400" clipped to "140",
    "4,5" to "4"); every figure of the characteristics table reads as printed."""
    best = extract_case(REAL / "mosfet_fuji_2sk2645-01mr.pdf")[0]
    assert (best["v_gs_th"]["min"], best["v_gs_th"]["typ"], best["v_gs_th"]["max"]) == (3.5, 4.0, 4.5)
    assert best["c_iss"]["max"] == pytest.approx(1.4e-9) and best["t_d_off"]["max"] == pytest.approx(9e-8)
    assert best["r_ds_on"]["max"] == pytest.approx(1.2) and best["r_th_ja"]["max"] == 62.5


def test_grade_suffix_columns_min_typ_max_in_one_cell_and_a_dissipation_table_under_heading_lines():
    """TI TLC274: "C SUFFIX | I SUFFIX | M SUFFIX" over "MIN MAX" cells; the characteristics' "MIN TYP MAX" in one
    cell under the part heading; a frame's rules above and below the lattice read as no table of their own; the
    dissipation table's heading line "TA ≤ 25°C … TA = 70 °C" is no package row."""
    best = extract_case(REAL / "opamp_ti_tlc274.pdf")[0]
    assert (best["v_supply_max"]["min"], best["v_supply_max"]["max"]) == (3.0, 16.0)  # the C suffix's range
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(1.1e-3), pytest.approx(1e-2))
    assert best["p_d"]["max"] == pytest.approx(0.95) and best["cmrr"]["min"] == 65.0


def test_ratings_under_symbol_and_units_headings_with_the_values_unheaded():
    """Central 2SC1815: "SYMBOL … UNITS" heads the ratings, the names stand left of it and the values under no heading."""
    best = extract_case(REAL / "bjt_central_2sc1815.pdf")[0]
    assert best["v_cbo"]["max"] == 60.0 and best["v_ebo"]["max"] == 5.0 and best["r_th_ja"]["max"] == 250.0
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-55.0, 125.0)


def test_headings_a_column_rule_cut_in_two():
    """TI's LM741: "PARAME" | "TER" and "TESTC" | "ONDITIONS" head the names and the conditions."""
    best = extract_case(REAL / "opamp_ti_lm741.pdf")[0]
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(1e-3), pytest.approx(5e-3))
    assert best["i_b"]["max"] == pytest.approx(5e-7) and best["cmrr"]["min"] == 80.0


def test_a_group_heading_in_the_name_cell_a_supply_current_and_magnitudes_under_min_and_max():
    """Burr-Brown OPA2604: "OPEN-LOOP GAIN" over "Open-Loop Voltage Gain" in one cell; "Current, Total Both Amplifiers"
    under "POWER SUPPLY"; "Thermal Resistance (2) , θ" over "JA"; "Operating Voltage Range | ±4.5 | ±24"."""
    best = extract_case(REAL / "opamp_burrbrown_opa2604.pdf")[0]
    assert (best["a_ol"]["min"], best["a_ol"]["typ"]) == (80.0, 100.0)
    assert (best["i_q"]["typ"], best["i_q"]["max"]) == (pytest.approx(0.0105), pytest.approx(0.012))
    assert best["r_th_ja"]["typ"] == 90.0 and best["r_out"]["typ"] == 25.0
    assert (best["v_supply_max"]["min"], best["v_supply_max"]["max"]) == (4.5, 24.0)


def test_a_page_frame_holding_a_continued_table_is_read_by_alignment():
    """Nexperia BSS138P: page 3's frame reads as three tall cells, the continued limiting-values table's header line
    inside the first; its rows are read from the words' alignment instead."""
    best = extract_case(REAL / "mosfet_nexperia_bss138p.pdf")[0]
    assert best["p_d"]["max"] == pytest.approx(0.35) and best["i_s"]["max"] == pytest.approx(0.36)
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-65.0, 150.0)


def test_unruled_grade_groups_under_part_headings_and_a_centred_parameter_heading():
    """ST TL072: "TL072I,M,AC,AI," over "AM,BC,BI,BM" and "TL072C" head two groups of "Min. Typ. Max."; numbers sit
    centred under those words, names start left of the centred "Parameter" heading, "Degrees" is wider than "Unit",
    and the noise density's slash is drawn as a quote glyph ("nV ‘√ Hz"). A plain TL072 reads the first group, as
    its first row is read first."""
    best = extract_case(REAL / "opamp_st_tl072.pdf")[0]
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(3e-3), pytest.approx(1e-2))
    assert (best["i_b"]["typ"], best["i_b"]["max"]) == (pytest.approx(2e-11), pytest.approx(2e-10))
    assert best["a_ol"]["min"] == pytest.approx(20 * 4.69897, abs=0.01)  # the first group (TL072I, …): 50 V/mV
    assert best["phase_margin"]["typ"] == 45.0 and best["e_n"]["typ"] == pytest.approx(1.5e-8)


def test_a_title_ruled_in_as_the_first_row_is_no_header():
    """Taiwan Semiconductor BZV55: "MAXIMUM RATINGS AND ELECTRICAL | CHARACTERISTICS" is the frame's first row, the
    header ("PARAMETER | SYMBO | VALUE | UNIT") the second."""
    best = extract_case(REAL / "diode_tsc_bzv55c12.pdf")[0]
    assert (best["t_j_max"]["min"], best["t_j_max"]["max"]) == (-65.0, 175.0) and best["r_th_ja"]["max"] == 300.0


def test_headings_parts_and_limits_on_three_header_rows():
    """Vishay Siliconix BS250: "Parameter | Symbol | Test Conditions | Typa | Limits", the parts under "Limits", their
    Min and Max on the row under the parts; "Typa" is Typ with a note letter. The BS250's own columns are read."""
    best = extract_case(REAL / "mosfet_vishay_bs250.pdf")[0]
    assert (best["v_gs_th"]["min"], best["v_gs_th"]["typ"], best["v_gs_th"]["max"]) == (-1.0, -1.9, -3.5)
