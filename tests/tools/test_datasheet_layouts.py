"""Real-datasheet layout classes, each on a minimal PDF drawn with reportlab or on rows fed to the table code."""

import pytest

from chipsmith.tools.datasheet_tables import extract_document, extract_tables
from chipsmith.tools.pdf_reader import Document, Page, Table, read_pdf


def _doc(rows, section="Electrical Characteristics"):
    t = Table(page=1, index=0, bbox=(0, 0, 1, 1), rows=rows, section=section)
    return Document(path="x.pdf", pages=[Page(number=1, width=600, height=800, tables=[t])], sections=[], page_count=1)


def _draw(path, lines, frame=None):
    """Text at (x, y) in 8 pt Helvetica, no rules at all (or only one frame around the table)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for x, y, text, *size in lines:
        c.setFont("Helvetica", size[0] if size else 8)
        c.drawString(x, y, text)
    if frame:
        c.rect(*frame)
    c.showPage()
    c.save()
    return path


def _unruled(tmp_path, frame=None):
    # CDIL-style: no grid; symbols with their subscripts a line lower; values that say their bound (">45", "<100")
    lines = [(40, 760, "SILICON PLANAR TRANSISTORS BC337", 12),
             (40, 700, "ELECTRICAL CHARACTERISTICS (Ta=25C unless specified otherwise)", 9),
             (40, 680, "DESCRIPTION"), (190, 680, "SYMBOL"), (240, 680, "TEST CONDITION"), (340, 680, "BC327"),
             (390, 680, "BC327A"), (450, 680, "UNITS"),
             (340, 671, "BC337"), (390, 671, "BC337A"),
             (40, 655, "Collector Emitter Voltage"), (190, 655, "V"), (240, 655, "I =10mA, I =0"), (340, 655, ">45"),
             (390, 655, ">60"), (450, 655, "V"),
             (194, 651, "CEO", 6), (244, 651, "C", 6), (278, 651, "B", 6),
             (40, 635, "Collector Cut off Current"), (190, 635, "I"), (240, 635, "V =20V, I =0"), (370, 635, "<100"),
             (450, 635, "nA"),
             (194, 631, "CBO", 6), (244, 631, "CB", 6), (280, 631, "E", 6),
             (40, 615, "DC Current Gain"), (190, 615, "h"), (240, 615, "I =100mA, V =1V"), (340, 615, "100-600"),
             (390, 615, "100-400"),
             (194, 611, "FE", 6), (244, 611, "C", 6), (292, 611, "CE", 6),
             (40, 595, "Transition Frequency"), (190, 595, "f"), (240, 595, "I =10mA, V =5V"), (340, 595, "Typ 200"),
             (390, 595, "Typ 200"), (450, 595, "MHz"),
             (194, 591, "T", 6), (244, 591, "C", 6), (286, 591, "CE", 6),
             (40, 560, "*Pulse Test: Pulse Width = 300us, Duty Cycle = 2%.")]
    return _draw(tmp_path / "unruled.pdf", lines, frame)


@pytest.mark.parametrize("frame", [None, (35, 585, 440, 105)])
def test_an_unruled_table_is_read_from_word_alignment(tmp_path, frame):
    # with no rule at all, and with one frame around the whole table (which reads as a single tall cell)
    doc = read_pdf(_unruled(tmp_path, frame))
    ex = extract_document(doc, part="BC337")
    got = {p.canonical: p for p in ex.params if p.canonical}
    assert got["v_ceo"].min == 45.0 and got["v_ceo"].max is None and got["v_ceo"].unit == "V"
    assert got["v_ceo"].conditions == "IC =10mA, IB =0"
    assert got["i_cbo"].max == pytest.approx(100e-9)  # printed once across both parts' columns
    assert (got["h_fe"].min, got["h_fe"].max) == (100.0, 600.0)
    assert got["f_t"].typ == pytest.approx(200e6)
    assert not any("Pulse" in p.name for p in ex.params)


def test_running_text_with_column_words_is_no_table(tmp_path):
    lines = [(40, 700, "The symbol, the parameter and the typical value are given in the tables below."),
             (40, 688, "Each value has a unit; min and max are limits.")]
    doc = read_pdf(_draw(tmp_path / "prose.pdf", lines))
    assert doc.tables() == []


def test_value_cells_that_name_their_bound():
    rows = [["Parameter", "Symbol", "Value", "Unit"],
            ["Breakdown Voltage", "V(BR)CEO", ">45", "V"],
            ["Cut-off Current", "ICBO", "< 100", "nA"],
            ["DC Current Gain", "hFE", "100-600", ""],
            ["Transition Frequency", "fT", "Typ 200", "MHz"]]
    ps = {p.symbol: p for p in extract_tables(_doc(rows))}
    assert (ps["V(BR)CEO"].min, ps["V(BR)CEO"].max) == (45.0, None)
    assert ps["ICBO"].max == pytest.approx(1e-7) and ps["ICBO"].min is None
    assert (ps["hFE"].min, ps["hFE"].max) == (100.0, 600.0)
    assert ps["fT"].typ == pytest.approx(2e8)


def test_temperature_ranges_as_vendors_print_them():
    # a sign set apart, an unmapped minus glyph, "~" with no spaces, two symbols over four lines,
    # and a range cut in two at a column edge
    rows = [["Symbol", "Parameter", "Min", "Max", "Unit"],
            ["T\nJ\nT\nSTG", "Operating Junction and\nStorage Temperature Range", "- 55", "+ 175", "°C"]]
    ps = extract_tables(_doc(rows, "Absolute Maximum Ratings"))
    assert ps[0].symbol == "TJ, TSTG" and (ps[0].min, ps[0].max) == (-55.0, 175.0)
    rows = [["Parameter", "Symbol", "Value", "Unit"],
            ["Storage Temperature", "Tstg", "(cid:2)65 to +175", "(cid:4)C"],
            ["Storage temperature range", "Tstg", "-55~150", "°C"],
            ["Operating and Storage Temperature Range", "T:T\nj stg", "-65 to", "+150", "°C"]]
    rows[-1] = rows[-1][:2] + ["-65 to +150", "°C"]
    ps = extract_tables(_doc(rows, "Absolute Maximum Ratings"))
    assert [(p.min, p.max, p.unit) for p in ps] == [(-65.0, 175.0, "degC"), (-55.0, 150.0, "degC"), (-65.0, 150.0, "degC")]
    assert ps[2].symbol == "Tj, Tstg"


def test_a_range_cut_at_a_column_edge_is_put_back():
    rows = [["Rating", "Symbol", "BC546", "BC547", "BC548", "Unit"],
            ["Operating and Storage Junction\nTemperature Range", "TJ, Tstg", "–55", "to +150", None, "°C"],
            ["Collector-Emitter Voltage", "VCEO", "65", "45", "30", "Vdc"]]
    ps = extract_tables(_doc(rows, "Maximum Ratings"), part="BC547")
    got = {p.symbol: p for p in ps}
    assert (got["TJ, Tstg"].min, got["TJ, Tstg"].max) == (-55.0, 150.0)
    assert got["VCEO"].max == 45.0


def test_ratings_with_dotted_leaders(tmp_path):
    # Microchip's list of absolute maximum ratings: name, dotted leader, value; subscripts on the line below
    lines = [(40, 720, "Absolute Maximum Ratings", 10),
             (40, 700, "V  –V  ......................................................... 7.0V"),
             (42, 696, "DD    SS", 6),
             (40, 684, "Current at Output and Supply Pins ....................... ±30mA"),
             (40, 668, "Storage Temperature ..................................... -65°C to +150°C"),
             (40, 652, "Maximum Junction Temperature (T ) ...................... +150°C"),
             (160, 648, "J", 6),
             (320, 700, "† Notice: Stresses above those listed may cause permanent damage"),
             (320, 684, "to the device. This is a stress rating only.")]
    doc = read_pdf(_draw(tmp_path / "leaders.pdf", lines))
    ex = extract_document(doc, device="opamp")
    got = {p.canonical: p for p in ex.params if p.canonical}
    assert got["v_supply_max"].max == 7.0
    assert (got["t_stg"].min, got["t_stg"].max) == (-65.0, 150.0)
    assert got["t_j_max"].max == 150.0 and got["t_j_max"].symbol == "TJ"
    assert not any("Notice" in p.name for p in ex.params)


def test_one_value_for_stacked_symbols_gives_each_quantity():
    rows = [["Rating", "Symbol", "Value", "Unit"],
            ["Peak Repetitive Reverse Voltage\nWorking Peak Reverse Voltage\nDC Blocking Voltage", "VRRM\nVRWM\nVR", "20", "V"]]
    ex = extract_document(_doc(rows, "Maximum Ratings"), device="diode")
    best = ex.best()
    assert best["v_rrm"].max == 20.0 and best["v_r_max"].max == 20.0


def test_sub_items_of_one_name_are_told_apart_by_name():
    # Fairchild: the items under the name, the values in rows below; onsemi: the items in a column of their own
    rows = [["Symbol", "Parameter", "Ratings", "Units"],
            ["I\nD", "Drain Current – Continuous (Note 1)\n– Pulsed", "0.22", "A"],
            [None, None, "0.88", None]]
    best = extract_document(_doc(rows, "Absolute Maximum Ratings"), device="mosfet").best()
    assert best["i_d_max"].max == 0.22 and best["i_dm"].max == 0.88
    rows = [["Symbol", "Parameter", None, "BS170", "MMBF170", "Unit"],
            ["VGSS", "Gate−Source Voltage", None, "±", "20", "V"],
            ["ID", "Drain Current", "− Continuous", "500", "500", "mA"],
            [None, None, "− Pulsed", "1200", "800", None]]
    best = extract_document(_doc(rows, "Absolute Maximum Ratings"), device="mosfet", part="BS170").best()
    assert best["i_d_max"].max == 0.5 and best["i_dm"].max == 1.2
    assert (best["v_gs_max"].min, best["v_gs_max"].max) == (-20.0, 20.0)
    assert best["i_d_max"].conditions == ""


def test_a_minus_sign_left_in_the_column_beside_its_number():
    # Philips PNP tables: the Max column's minus sign sits in the Min cell, next to that cell's own dash
    rows = [["SYMBOL", "PARAMETER", "CONDITIONS", "MIN.", "MAX.", "UNIT"],
            ["V\nCBO", "collector-base voltage", "open emitter", "- -", "100", "V"],
            ["I\nC", "collector current (DC)", "", "-", "1.5", "A"]]
    ps = {p.symbol: p for p in extract_tables(_doc(rows, "Limiting values"))}
    assert (ps["VCBO"].min, ps["VCBO"].max) == (None, -100.0)
    assert ps["IC"].max == 1.5  # a lone dash is only an empty Min


def test_a_footnote_mark_glued_to_the_number():
    rows = [["Parameter", "Symbol", "Value", "Unit"],
            ["Power dissipation", "P\ntot", "4001)", "mW"],
            ["Continuous drain current", "I\nD", "4.5a", "A"]]
    best = extract_document(_doc(rows, "Absolute Maximum Ratings"), device="mosfet").best()
    assert (best["p_d"].max, best["p_d"].unit) == (0.4, "W")
    assert (best["i_d_max"].max, best["i_d_max"].unit) == (4.5, "A")


def test_ti_thermal_table_reads_the_first_package_column():
    rows = [["", "THERMALMETRIC(1)", "", "TLV172", "", "UNIT"],
            [None, None, "D(SOIC)", "DBV(SOT-23)", "DCK(SC70)", None],
            [None, None, "8PINS", "5PINS", "5PINS", None],
            ["R\nθ JA", "Junction-to-ambientthermalresistance", "126.5", "227.9", "285.2", "°C/W"],
            ["R\nθ JC(top)", "Junction-to-case(top)thermalresistance", "80.6", "115.7", "60.5", "°C/W"]]
    best = extract_document(_doc(rows, "Thermal Information"), device="opamp").best()
    assert (best["r_th_ja"].max, best["r_th_ja"].unit) == (126.5, "K/W")


def test_symbol_and_name_in_one_cell_without_a_parameter_column():
    # ST's old tables: the Symbol column also holds the name, clipped where the next column starts
    rows = [["Symbol Par", "ameter Test Conditions", "Min.", "Typ.", "Max.", "Unit"],
            ["VCE(sat) * Collector-\nSaturatio", "Emitter IC = 1.5 A IB = 30 mA", "", "", "2.5", "V"],
            ["hFE * DC Curre", "nt Gain IC = 1.5 A VCE = 3 V", "750", "", "", ""]]
    best = extract_document(_doc(rows), device="bjt").best()
    assert (best["v_ce_sat"].symbol, best["v_ce_sat"].max) == ("VCE(sat)", 2.5)
    assert best["h_fe"].min == 750.0


def test_a_value_merged_over_two_rows_and_a_full_width_tilde():
    rows = [["Symbol", "Parameter", "Value", "Unit"],
            ["T\nJ", "Operating junction temperature", "-55 to 175", "°C"],
            ["T\nstg", "Storage temperature", None, "°C"],
            ["T ,T\nJ STG", "Junction and Storage Temperature Range", "-55～+150", "℃"]]
    ps = extract_tables(_doc(rows, "Absolute Maximum Ratings"))
    assert [(p.min, p.max, p.unit) for p in ps] == [(-55.0, 175.0, "degC")] * 2 + [(-55.0, 150.0, "degC")]


def test_min_max_groups_named_by_the_parts_in_the_line_above():
    from chipsmith.tools.pdf_reader import TextLine

    rows = [["SYMBOL", "TEST CONDITIONS", "MIN", "MAX", "MIN", "MAX", "UNITS"],
            ["BVCEO", "IC=10mA", "30", "-", "40", "-", "V"],
            ["VCE(SAT)", "IC=150mA, IB=15mA", "-", "0.4", "-", "0.3", "V"]]
    doc = _doc(rows)
    doc.pages[0].tables[0].bbox = (100, 360, 510, 620)
    doc.pages[0].lines = [TextLine(page=1, text="ELECTRICAL CHARACTERISTICS: (TA=25°C) 2N2219 2N2219A", x0=101, top=350,
                                   x1=418, bottom=358, size=8, bold=True, column=0, section="")]
    got = {p.symbol: p for p in extract_tables(doc, part="2N2219A")}
    assert (got["BVCEO"].min, got["VCE(SAT)"].max) == (40.0, 0.3)
    got = {p.symbol: p for p in extract_tables(doc, part="2N2219")}
    assert (got["BVCEO"].min, got["VCE(SAT)"].max) == (30.0, 0.4)


def test_part_labels_after_colons_and_a_name_begun_in_the_symbol_cell():
    rows = [["Symbol", "Parameter", "Value", "Units"],
            ["V Collector-Base Voltage\nCBO", ": BC546\n: BC547/550\n: BC548/549", "80\n50\n30", "V\nV\nV"],
            ["V\nCEO", "Collector-Emitter Voltage : BC546\n: BC547/550\n: BC548/549", "65\n45\n30", "V\nV\nV"]]
    best = extract_document(_doc(rows, "Absolute Maximum Ratings"), device="bjt", part="BC547").best()
    assert (best["v_cbo"].symbol, best["v_cbo"].max) == ("VCBO", 50.0)
    assert best["v_ceo"].max == 45.0


def test_a_row_read_across_misplaced_column_edges_gives_way_to_a_clean_one():
    shifted = [["Symbol", "Parameter", "Test Conditions", "Min", "Typ", "Max", "Units"],
               ["R Static Drain-Source\nDS(on)\nOn-Resistance", "V = 10\nGS", "V, I = 6.8 A\nD", "-- 0.088", "0.110", "0.11", "Ω"]]
    clean = [["Symbol", "Parameter", "Test Conditions", "Min", "Typ", "Max", "Units"],
             ["R\nDS(on)", "Static Drain-Source On-Resistance", "V = 10 V, I = 6.8 A\nGS D", "--", "0.088", "0.11", "Ω"]]
    tables = [Table(page=1, index=i, bbox=(0, 0, 1, 1), rows=r, section="Electrical") for i, r in enumerate((shifted, clean))]
    doc = Document(path="x.pdf", pages=[Page(number=1, width=600, height=800, tables=tables)], sections=[], page_count=1)
    best = extract_document(doc, device="mosfet").best()
    assert (best["r_ds_on"].typ, best["r_ds_on"].max) == (0.088, 0.11)


def test_a_minus_sign_past_a_typ_placeholder_and_a_range_begun_in_the_name_column():
    rows = [["SYMBOL", "PARAMETER", "CONDITIONS", "MIN.", "TYP.", "MAX.", "UNIT"],
            ["V\nBE", "base-emitter voltage", "I =- 500mA; V =- 2V", "- -", "-", "1", "V"]]
    ps = extract_tables(_doc(rows, "Characteristics"))
    assert (ps[0].min, ps[0].typ, ps[0].max) == (None, None, -1.0)
    rows = [["Symbol", "Parameter", "Value", "Units"], ["T Storage Temperature\nSTG", "-65", "~ 150", "° C"]]
    ps = extract_tables(_doc(rows, "Absolute Maximum Ratings"))
    assert (ps[0].min, ps[0].max) == (-65.0, 150.0)


def test_min_typ_max_of_a_part_in_one_cell_and_the_symbol_inside_the_name():
    # TI: a column per grade headed "MIN TYP MAX"; the symbol is a line of the name cell; TL082 reads the TL082C grade
    rows = [["PARAMETER", "TEST\nCONDITIONS", "TA", "TL081C\nTL082C", "TL081AC\nTL082AC", "UNIT"],
            [None, None, None, "MIN TYP MAX", "MIN TYP MAX", None],
            ["Inputoffset\nVIO\nvoltage", "VO=0", "25°C", "3 15", "3 6", "mV"],
            ["Large-signal\ndifferential\nAVD\nvoltage\namplification", "RL≥2kΩ", "25°C", "25 200", "50 200", "V/mV"],
            ["Unity-gain\nB1\nbandwidth", "", "25°C", "3", "3", "MHz"]]
    best = extract_document(_doc(rows), device="opamp", part="TL082").best()
    assert (best["v_os"].typ, best["v_os"].max) == (0.003, 0.015)
    assert best["a_ol"].symbol == "AVD" and round(best["a_ol"].min, 2) == 87.96 and round(best["a_ol"].typ, 2) == 106.02
    assert (best["gbw"].typ, best["gbw"].min) == (3e6, None)


def test_a_pointer_to_a_figure_inside_the_name():
    rows = [["PARAMETER", "SYMBOL", "TEST CONDITIONS", "TYP", "UNITS"],
            ["Gain-Bandwidth Product, (See Figures 6, 30)", "fT", "", "4.5", "MHz"]]
    best = extract_document(_doc(rows), device="opamp").best()
    assert (best["gbw"].name, best["gbw"].typ) == ("Gain-Bandwidth Product", 4.5e6)


def test_ratings_with_part_columns_and_the_names_left_of_the_symbol_heading(tmp_path):
    # Central: "SYMBOL 2N2219 2N2219A UNITS" with the names under no heading, left of SYMBOL; the next
    # table's heading line ends the ratings
    lines = [(40, 700, "MAXIMUM RATINGS: (TA=25C unless otherwise noted)", 9),
             (230, 685, "SYMBOL"), (300, 685, "2N2219"), (370, 685, "2N2219A"), (450, 685, "UNITS"),
             (40, 672, "Collector-Base Voltage"), (230, 672, "VCBO"), (300, 672, "60"), (370, 672, "75"), (450, 672, "V"),
             (40, 660, "Collector-Emitter Voltage"), (230, 660, "VCEO"), (300, 660, "30"), (370, 660, "40"), (450, 660, "V"),
             (40, 648, "Continuous Collector Current"), (230, 648, "IC"), (335, 648, "800"), (450, 648, "mA"),
             (40, 636, "ELECTRICAL CHARACTERISTICS: (TA=25C)"), (300, 636, "2N2219"), (370, 636, "2N2219A")]
    doc = read_pdf(_draw(tmp_path / "central.pdf", lines))
    got = extract_document(doc, device="bjt", part="2N2219A").best()
    assert got["v_cbo"].max == 75.0 and got["v_ceo"].max == 40.0
    assert got["i_c_max"].max == pytest.approx(0.8)  # printed once across both parts' columns, a rating: a maximum


def test_ti_ratings_headed_by_part_families_only_with_words_run_together():
    rows = [["", None, None, "TL08_C\nTL08_AC", "TL08_I", "TL084Q", "UNIT"],
            ["VCC+", "Supplyvoltage(2)", None, "18", "18", "18", "V"],
            ["VCC–", None, None, "–18", "–18", "–18", None],
            ["T\nstg", "Storagetemperaturerange", None, "–65to150", "–65to150", "–65to150", "°C"],
            ["", "SR Slewrateatunitygain", None, "13", "13", "13", "V/μs"]]
    best = extract_document(_doc(rows, section="Absolute Maximum Ratings"), device="opamp", part="TL082").best()
    assert (best["v_supply_max"].min, best["v_supply_max"].max) == (-18.0, 18.0)  # VCC+ over VCC–: one dual rating
    assert (best["t_stg"].min, best["t_stg"].max) == (-65.0, 150.0)
    assert best["sr"].value == pytest.approx(13e6)  # the symbol as the name's first word
