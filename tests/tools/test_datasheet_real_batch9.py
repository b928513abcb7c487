"""Rules kept in the ninth round of real datasheets: numbers placed under the limit heading they stand under when one
ruled cell heads Min, Typ and Max (TI), which grade's columns a plain part number reads, and the layouts of the ninth
batch's tuning files (National's Typical and Limit columns, short rectifier names, negative rejection ratios)."""

from pathlib import Path

import pytest

from chipsmith.evals.datasheet import extract_case
from chipsmith.tools.datasheet_header import mentioned_parts
from chipsmith.tools.datasheet_rowcells import split_shared
from chipsmith.tools.pdf_reader import read_pdf

REAL = Path(__file__).resolve().parents[2] / "evals" / "data" / "datasheets-real"


def test_numbers_under_one_min_typ_max_cell_go_to_the_heading_they_stand_under():
    """TI LM2902: one ruled cell heads "MIN TYP§ MAX"; "±40 ±60" stands under Typ and Max, a full-range "10" under Max
    alone, a full-range "22" under Min alone. Each number goes to its heading, a blank limit reads as a dash."""
    doc = read_pdf(REAL / "opamp_ti_lm2902.pdf", pages="7")
    cells = [r[4] for t in doc.tables() for r in t.rows if len(r) > 4 and r[3] in ("25°C", "Full range")]
    assert "– ±40 ±60" in cells and "– – 10" in cells and "22 – –" in cells
    best = extract_case(REAL / "opamp_ti_lm2902.pdf")[0]
    assert (best["i_sc"].get("min"), best["i_sc"]["typ"], best["i_sc"]["max"]) == (None, 0.04, 0.06)
    assert best["v_oh"]["min"] == 22.0


def test_a_dash_holds_the_place_of_a_blank_limit_in_a_shared_cell():
    roles = ["min", "typ", "max"]
    assert split_shared("– ±40 ±60", roles, "Short-circuit output current") == {"min": None, "typ": "±40", "max": "±60"}
    assert split_shared("22 – –", roles, "High-level output voltage") == {"min": "22", "typ": None, "max": None}
    assert split_shared("40 60", roles, "Supply current") == {"min": None, "typ": "40", "max": "60"}  # unplaced: as before


def test_grades_as_close_read_the_first_in_reading_order_and_a_military_grade_last():
    """ST TL072: "TL072I, AC, AI, AM, BC, BI, BM" before "TL072C": the first group is read (as the first row is).
    TI TL071: "TL07xM" before "TL07xC, TL07xAC, …, TL07xI": the military grade is a part of its own, the second is read."""
    st = extract_case(REAL / "opamp_st_tl072.pdf")[0]
    assert (st["cmrr"]["min"], st["cmrr"]["typ"]) == (80.0, 86.0)
    assert st["a_ol"]["min"] == pytest.approx(93.9794, abs=1e-3)
    ti = extract_case(REAL / "opamp_ti_tl071.pdf")[0]
    assert (ti["sr"]["min"], ti["sr"]["typ"]) == (pytest.approx(8e6), pytest.approx(1.3e7))


def test_national_typical_and_limit_columns_take_their_side_from_the_unit():
    """TI's print of National's LME49710: "LME49710" over "Typical | Limit", the Units column "mV (max)", "dB (min)";
    names run together ("InputBiasCurrent"). The limit is a maximum or a minimum as its unit says."""
    best = extract_case(REAL / "opamp_ti_lme49710.pdf")[0]
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(5e-5), pytest.approx(7e-4))
    assert (best["psrr"]["min"], best["psrr"]["typ"]) == (110.0, 125.0)
    assert (best["i_b"]["typ"], best["i_b"]["max"]) == (pytest.approx(7e-9), pytest.approx(7.2e-8))
    assert (best["gbw"]["min"], best["gbw"]["typ"]) == (pytest.approx(4.5e7), pytest.approx(5.5e7))


def test_limit_columns_per_grade_with_the_side_on_the_row_below_and_one_swing_for_both_ends():
    """LMC6482: "Typ | LMC6482AI Limit | LMC6482I Limit | LMC6482M Limit | Units", "mV" over "max" (the "max" on the
    over-temperature row below); "Parameter" ruled over the symbols and the run-together names; "Output Swing" gives
    the high end (a minimum) and the low end (a maximum). A plain LMC6482 reads the I grade's limits."""
    best = extract_case(REAL / "opamp_ti_lmc6482.pdf")[0]
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(1.1e-4), pytest.approx(3e-3))
    assert (best["cmrr"]["min"], best["cmrr"]["typ"]) == (65.0, 82.0)
    assert (best["sr"]["min"], best["sr"]["typ"]) == (pytest.approx(9e5), pytest.approx(1.3e6))
    assert (best["v_oh"]["min"], best["v_oh"]["typ"]) == (4.8, 4.9)
    assert (best["v_ol"]["typ"], best["v_ol"]["max"]) == (0.1, 0.18)


def test_a_family_heading_with_one_digit_tails_names_each_part():
    assert mentioned_parts("LF355/6/7") == {"LF355", "LF356", "LF357"}
    assert mentioned_parts("BC547/550") == {"BC547", "BC550"}
    best = extract_case(REAL / "opamp_national_lf356.pdf")[0]  # "LF155/6 | LF256/7, LF356B | LF355/6/7": the last
    assert (best["v_os"]["typ"], best["v_os"]["max"]) == (pytest.approx(3e-3), pytest.approx(1e-2))
    assert best["cmrr"]["min"] == 80.0


def test_a_rejection_printed_negative_is_read_as_its_magnitude():
    """AD8065: "Common-Mode Rejection Ratio | −85 −100 | dB" under Min and Typ."""
    best = extract_case(REAL / "opamp_adi_ad8065.pdf")[0]
    assert (best["cmrr"]["min"], best["cmrr"]["typ"]) == (85.0, 100.0)
    assert (best["psrr"]["min"], best["psrr"]["typ"]) == (85.0, 100.0)


def test_three_character_rectifier_names_head_part_columns_and_a_range_minus_cut_off_rejoins():
    """Vishay General Semiconductor S2A … S2M: part columns named in three characters, the file asking for S2M; the
    shared range "- 55 to + 150" cut by the column rules into "-" | "55 to +" | "150"."""
    best = extract_case(REAL / "diode_vishay_s2m.pdf")[0]
    assert best["v_rrm"]["max"] == 1000.0 and best["i_f_avg"]["max"] == 1.5 and best["v_f"]["max"] == 1.15
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-55.0, 150.0)


def test_a_degree_sign_set_as_a_capital_o_and_a_zener_family_in_one_ruled_band():
    """Taiwan Semiconductor BZX55: "-65 to + 200 OC"; the whole family's rows in one ruled band, a part a line, under
    headings whose subscripts sit beside their letters ("Z ZT @ I ZT" over "Ohms" over "Max")."""
    best = extract_case(REAL / "diode_tsc_bzx55c5v1.pdf")[0]
    assert (best["t_stg"]["min"], best["t_stg"]["max"]) == (-65.0, 200.0) and best["t_j_max"]["max"] == 200.0
    assert (best["v_br"]["min"], best["v_br"]["max"]) == (4.8, 5.4)
    assert best["z_zt"]["max"] == 35.0 and best["z_zk"]["max"] == 550.0 and best["i_r"]["max"] == pytest.approx(1e-7)
