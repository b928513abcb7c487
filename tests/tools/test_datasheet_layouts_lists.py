"""More real-datasheet layouts, each on a minimal PDF drawn with reportlab or on rows fed to the table code:
two columns of dotted-leader lists, raised degree signs, tables with no header row, several
parameters stacked in one ruled band, and units that rule out a quantity."""

from chipsmith.tools.datasheet_synonyms import synonyms
from chipsmith.tools.datasheet_tables import extract_document
from chipsmith.tools.pdf_reader import Document, Page, Table, read_pdf


def _doc(rows, section="Electrical Characteristics"):
    t = Table(page=1, index=0, bbox=(0, 0, 1, 1), rows=rows, section=section)
    return Document(path="x.pdf", pages=[Page(number=1, width=600, height=800, tables=[t])], sections=[], page_count=1)


def _draw(path, items):
    """Text at (x, y) in Helvetica, ``size`` points (8 unless given), no rules."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for x, y, text, *size in items:
        c.setFont("Helvetica", size[0] if size else 8)
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    return path


def _degrees(x, y, *pieces):
    """Text pieces set one after another from x, a raised 6 pt "o" for each degree sign (Intersil's °C)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out = []
    for piece in pieces:
        raised = piece == "o"
        out.append((x, y + 2.6 if raised else y, piece, 6 if raised else 8))
        x += stringWidth(piece, "Helvetica", 6 if raised else 8)
    return out


def _leader(name, width=60):
    return name + " " + ". " * max(4, (width - len(name)) // 2)


def test_two_columns_of_dotted_lists_and_a_thermal_block_with_column_headings(tmp_path):
    # Intersil: "Absolute Maximum Ratings" on the left, "Thermal Information" on the right, each a dotted list;
    # the thermal block heads two value columns (θJA, θJC) on the line above its package rows; degree signs
    # are raised small "o"s set apart from the "C" they belong to
    items = [(40, 760, "Absolute Maximum Ratings", 9), (320, 760, "Thermal Information", 9),
             (40, 744, _leader("DC Supply Voltage (Between V+ and V- Terminals)", 50)), (240, 744, "36V"),
             (320, 744, "Thermal Resistance (Typical, Note 1)"), (470, 744, "RthJA (°C/W)"), (530, 744, "RthJC (°C/W)"),
             (40, 734, _leader("Differential Mode Input Voltage", 50)), (240, 734, "8V"),
             (320, 734, _leader("PDIP Package", 30)), (480, 734, "115"), (540, 734, "N/A"),
             (40, 724, _leader("Input Terminal Current", 50)), (240, 724, "1mA"),
             (320, 724, _leader("SOIC Package", 30)), (480, 724, "165"), (540, 724, "N/A"),
             (320, 714, _leader("Maximum Junction Temperature (Plastic Package)", 40)), *_degrees(520, 714, "150", "o", "C"),
             (320, 704, _leader("Maximum Storage Temperature Range", 40)),
             *_degrees(500, 704, "-65", "o", "C"), *_degrees(530, 704, "to"), *_degrees(540, 704, "150", "o", "C")]
    doc = read_pdf(_draw(tmp_path / "intersil.pdf", items))
    best = extract_document(doc, device="opamp").best()
    assert best["v_supply_max"].max == 36.0
    assert best["r_th_ja"].typ == 115.0 and best["r_th_ja"].unit == "K/W"  # "(Typical)" in the heading: a typical value
    assert best["t_j_max"].max == 150.0
    assert (best["t_stg"].min, best["t_stg"].max) == (-65.0, 150.0)
    assert "r_th_jc" not in best  # N/A is no value


def test_two_page_columns_of_dotted_lists_close_together(tmp_path):
    # Linear: the left list's value ends 1.5 type sizes before the right list's next item starts
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def dotted(name, value, width=250):  # every left item dotted out to the same width, as a typeset list is
        dots = "."
        while stringWidth(f"{name} {dots}.{value}", "Helvetica", 12) <= width:
            dots += "."
        return f"{name} {dots}{value}"

    right = 45 + 250 + 18
    items = [(45, 760, dotted("Total Supply Voltage (V+ to V-)", "12.6V"), 12),
             (right, 760, "Specified Temperature Range (Note 5) ....-40°C to 85°C", 12),
             (45, 745, dotted("Input Current (Note 2)", "±10mA"), 12),
             (right, 745, "Storage Temperature Range ..........-65°C to 150°C", 12)]
    best = extract_document(read_pdf(_draw(tmp_path / "linear.pdf", items)), device="opamp").best()
    assert best["v_supply_max"].max == 12.6
    assert (best["t_stg"].min, best["t_stg"].max) == (-65.0, 150.0)


def test_a_table_with_no_header_row_is_read_from_its_cells():
    # MCC: name | symbol | value with its unit | conditions, and no header at all
    rows = [["Average Forward\nCurrent", "I\nF(AV)", "6.0A", "T = 60°C\nA"],
            ["Peak Forward Surge\nCurrent", "I\nFSM", "400A", "8.3ms, half sine"],
            ["Maximum\nInstantaneous\nForward Voltage", "V\nF", "0.95V", "I = 6.0A;\nFM\nT = 25°C*\nJ"],
            ["Typical Junction\nCapacitance", "C\nJ", "150pF", "Measured at\n1.0MHz, V =4.0V\nR"]]
    best = extract_document(_doc(rows, ""), device="diode").best()
    assert best["i_f_avg"].max == 6.0 and best["i_fsm"].max == 400.0 and best["v_f"].max == 0.95
    assert abs(best["c_j"].typ - 150e-12) < 1e-15  # "Typical" in the name


def test_a_chart_grid_or_a_dimension_table_is_no_headerless_table():
    grid = [["100", "", ""], ["90\n80", "", ""], ["70", "", ""]]
    dims = [["A", ".340", ".360"], ["B", ".048", ".052"]]
    for rows in (grid, dims):
        assert not [p for p in extract_document(_doc(rows, ""), device="diode").params if p.canonical]


def test_several_parameters_stacked_in_one_ruled_band_a_symbol_a_line():
    # ST: one band holds td(on) and tr (or trr, Qrr, IRRM), names wrapped over the same number of lines each;
    # the µ of a Symbol font comes out as "m" set apart from its unit
    rows = [["Symbol", "Parameter", "Test Conditions", "Min.", "Typ.", "Max.", "Unit"],
            ["td(on)\ntr", "Turn-on Time\nRise Time", "VDD = 250 V ID = 4.3 A\nRG = 4.7 W VGS = 10 V\n(see figure 3)",
             "", "19\n11", "", "ns\nns"],
            ["trr\nQrr\nIRRM", "Reverse Recovery\nTime\nReverse Recovery\nCharge\nReverse Recovery\nCurrent",
             "ISD = 8.0 A di/dt = 100 A/m s", "", "420\n3.5\n16.5", "", "ns\nm C\nA"],
            ["ISD\nISDM(•)", "Source-drain Current\nSource-drain Current\n(pulsed)", "", "", "", "8.0\n32", "A\nA"]]
    best = extract_document(_doc(rows), device="mosfet").best()
    assert best["t_d_on"].typ == 19e-9 and best["t_r"].typ == 11e-9
    assert best["t_rr"].typ == 420e-9 and abs(best["q_rr"].typ - 3.5e-6) < 1e-12
    assert best["i_s"].max == 8.0 and best["i_s"].symbol == "ISD"


def test_a_unit_of_another_quantity_rules_a_symbol_out():
    syn = synonyms()
    # "tS" settling time in seconds shares its symbol with storage temperature; a wideband noise in µV is no density
    assert syn.lookup("Settling Time", "tS", "opamp", "s") == (None, "")
    assert syn.lookup("Storage Temperature", "TS", "opamp", "degC")[0] == "t_stg"
    assert syn.lookup("Equivalent Wideband Input Noise Voltage", "eN", "opamp", "V")[0] is None
    # Ω set in a Symbol font reads "W": still a resistance
    assert syn.lookup("Static Drain-Source On-Resistance", "RDS(ON)", "mosfet", "W")[0] == "r_ds_on"
    # a remark in parentheses or a leading "DC" does not change the quantity
    assert syn.lookup("DC Supply Voltage (Between V+ and V- Terminals)", "", "opamp", "V")[0] == "v_supply_max"
    assert syn.lookup("Maximum Junction Temperature (Plastic Package)", "", "opamp", "degC")[0] == "t_j_max"


def test_a_range_stated_in_a_list_of_ratings(tmp_path):
    # MCC: "• Storage Temperature: -55°C to +150°C" in a bulleted list on the first page
    items = [(40, 760, "Maximum Ratings", 10), (40, 744, "• Storage Temperature: -55°C to +150°C", 10)]
    best = extract_document(read_pdf(_draw(tmp_path / "mcc.pdf", items)), device="diode").best()
    assert (best["t_stg"].min, best["t_stg"].max) == (-55.0, 150.0)


def test_symbol_font_glyphs_and_unmapped_spaces_in_cells():
    from chipsmith.tools.pdf_reader import _clean_cell

    assert _clean_cell("(\uf057)") == "(Ω)" and _clean_cell("\uf06dA") == "µA" and _clean_cell("\uf0b1 20") == "± 20"
    assert _clean_cell("−(cid:2)60 to +150") == "−60 to +150"  # onsemi: an unmapped glyph between a sign and its digits


def test_a_zener_family_table_with_nominal_before_min_and_max():
    # Diodes Inc: "VZ @ IZT" over "Nom (V) | Min (V) | Max (V)", the impedance unit an Ω of a Symbol font
    rows = [["Type\nNumber", "Marking\nCode", "Zener Voltage Range", None, None, "Test\nCurrent", "Maximum Zener Impedance", None],
            [None, None, "VZ @ IZT", None, None, "IZT", "ZZT @ IZT", "ZZK @ IZK"],
            [None, None, "Nom (V)", "Min (V)", "Max (V)", "(mA)", "(Ω)", "(Ω)"],
            ["BZX84C4V7", "Z1", "4.7", "4.4", "5.0", "5.0", "80", "500"],
            ["BZX84C5V1", "Z2", "5.1", "4.8", "5.4", "5.0", "60", "480"],
            ["BZX84C5V6", "Z3", "5.6", "5.2", "6.0", "5.0", "40", "400"]]
    best = extract_document(_doc(rows), device="diode", part="BZX84C5V1").best()
    assert (best["v_br"].min, best["v_br"].typ, best["v_br"].max) == (4.8, 5.1, 5.4)
    assert best["z_zt"].max == 60.0 and best["z_zt"].unit == "ohm"


def test_lines_of_one_band_labelled_with_the_part_they_are_for():
    # onsemi MC33078/MC33079: "(MC33078) TA = +25°C" lines under one name; only the requested part's lines count
    rows = [["Characteristics", "Symbol", "Min", "Typ", "Max", "Unit"],
            ["Power Supply Current (VO = 0 V, All Amplifiers)\n(MC33078) TA = +25°C\n(MC33078) TA = −40° to +85°C\n"
             "(MC33079) TA = +25°C\n(MC33079) TA = −40° to +85°C", "ID", "−\n−\n−\n−", "4.1\n−\n8.4\n−", "5.0\n5.5\n10\n11", "mA"]]
    ps = [p for p in extract_document(_doc(rows), device="opamp", part="MC33079").params if p.canonical == "i_q"]
    assert [(p.typ, p.max) for p in ps] == [(0.0084, 0.01), (None, 0.011)]
    assert "MC33079" in ps[0].conditions


def test_a_parameter_printed_once_over_a_row_per_package():
    # NXP: "Ptot | total power dissipation | Tamb ≤ 25 °C" with no values, then "SOT23 … 250 mW", "SOT323 … 200 mW"
    rows = [["Symbol", "Parameter", "Conditions", "Min", "Max", "Unit"],
            ["Ptot", "total power dissipation", "Tamb ≤ 25 °C", "", "", ""],
            ["", "SOT23", "", "-", "250", "mW"],
            ["", "SOT323", "", "-", "200", "mW"],
            ["Tj", "junction temperature", "", "-", "150", "°C"]]
    ps = [p for p in extract_document(_doc(rows, "Limiting values"), device="bjt").params if p.canonical == "p_d"]
    assert [(p.max, p.conditions) for p in ps] == [(0.25, "Tamb ≤ 25 °C, SOT23"), (0.2, "Tamb ≤ 25 °C, SOT323")]


def test_values_labelled_by_package_in_their_cell_and_output_swings():
    # NJR: "DIP8: 500" over "DMP8: 300" in one value cell; "Maximum Output Voltage VOM ±12"; onsemi "VO+" / "VO−"
    rows = [["Parameter", "Symbol", "Conditions", "Ratings", "Unit"],
            ["Power Dissipation", "PD", "Ta = 25°C", "DIP8: 500\nDMP8: 300", "mW"]]
    ps = [p for p in extract_document(_doc(rows, "Absolute Maximum Ratings"), device="opamp").params if p.canonical == "p_d"]
    assert [(p.max, p.conditions) for p in ps] == [(0.5, "Ta = 25°C, DIP8"), (0.3, "DMP8")]
    syn = synonyms()
    assert syn.lookup("Maximum Output Voltage", "VOM", "opamp", "V")[0] == "v_oh"
    assert syn.lookup("Output Voltage Swing", "VO+", "opamp", "V")[0] == "v_oh"
    assert syn.lookup("Output Voltage Swing", "VO−", "opamp", "V")[0] == "v_ol"
