"""Rules kept in the ninth round of real datasheets: numbers placed under the limit heading they stand under when one
ruled cell heads Min, Typ and Max (TI), and which grade's columns a plain part number reads."""

from pathlib import Path

import pytest

from chipsmith.evals.datasheet import extract_case
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
