"""The second, rule-blind reading of a page: tables read from the alignment of their words alone.

It gives the parameters the ruled reading does not find (a lattice whose rules do not match where
its text sits, a frame that merges stacked rows), never overrides a ruled record, and says so.
"""

from pathlib import Path

from chipsmith.evals.datasheet import extract_case
from chipsmith.tools.datasheet_tables import extract_document
from chipsmith.tools.pdf_reader import Document, Page, Table
from chipsmith.tools.pdf_text_tables import lines_text, text_tables

REAL = Path(__file__).resolve().parents[2] / "evals" / "data" / "datasheets-real"


def _w(text, x0, top, size=8.0):
    return {"text": text, "x0": x0, "x1": x0 + 0.5 * size * len(text), "top": top, "bottom": top + size, "size": size,
            "upright": True}


def _centred_table():
    """Headings centred over their columns, a symbol column with no heading, rows 26 pt apart (3x the type size)."""
    words = [_w("Parameter", 130, 100), _w("Min", 300, 100), _w("Typ", 340, 100), _w("Max", 380, 100),
             _w("Unit", 430, 100)]
    rows = [("VGS(th)", "Gate", "threshold", "voltage", "1.0", "2.0", "3.0", "V"),
            ("RDS(on)", "Drain-source", "on", "resistance", "-", "40", "55", "mΩ"),
            ("IGSS", "Gate", "leakage", "current", "-", "-", "100", "nA")]
    for n, (sym, *name_and_values) in enumerate(rows):
        top = 126 + 26 * n
        words.append(_w(sym, 60, top))
        x = 110
        for word in name_and_values[:-4]:
            words.append(_w(word, x, top))
            x += 0.5 * 8 * len(word) + 3
        for x0, v in zip((302, 342, 382, 432), name_and_values[-4:]):
            words.append(_w(v, x0, top))
    return words


def test_centred_headings_and_an_unheaded_symbol_column_read_by_rivers():
    (box, rows), = text_tables(_centred_table(), [], lines_text, lenient=True)
    assert rows[0] == ["Symbol", "Parameter", "Min", "Typ", "Max", "Unit"]
    assert rows[1] == ["VGS(th)", "Gate threshold voltage", "1.0", "2.0", "3.0", "V"]
    assert rows[2] == ["RDS(on)", "Drain-source on resistance", "-", "40", "55", "mΩ"]
    assert len(rows) == 4
    # the first reading, which anchors columns at where headings start, stops at the outdented symbols
    assert text_tables(_centred_table(), [], lines_text) == []


def test_running_text_ends_a_lenient_table():
    words = _centred_table()
    prose = "These values are typical at 25 degrees and are not tested in production for every device".split()
    x = 60
    for word in prose:
        words.append(_w(word, x, 210))
        x += 0.5 * 8 * len(word) + 2
    (box, rows), = text_tables(words, [], lines_text, lenient=True)
    assert len(rows) == 4 and box[3] < 210


def _doc(ruled, aligned):
    t = [Table(page=1, index=0, bbox=(0, 0, 1, 1), rows=ruled, section="Electrical Characteristics")] if ruled else []
    a = [Table(page=1, index=0, bbox=(0, 0, 1, 1), rows=aligned, section="Electrical Characteristics", reading="alignment")]
    return Document(path="x.pdf", pages=[Page(number=1, width=600, height=800, tables=t, aligned=a)], sections=[],
                    page_count=1)


def test_the_aligned_reading_fills_gaps_and_never_overrides_a_ruled_row():
    aligned = [["Symbol", "Parameter", "Min", "Typ", "Max", "Unit"],
               ["VGS(th)", "Gate threshold voltage", "1.0", "2.0", "3.0", "V"],
               ["RDS(on)", "Drain-source on resistance", "-", "40", "55", "mΩ"]]
    ruled = [["Symbol", "Parameter", "Min", "Typ", "Max", "Unit"],
             ["VGS(th)", "Gate threshold voltage", "1.5", "2.5", "3.5", "V"]]
    best = extract_document(_doc(ruled, aligned), device="mosfet").best()
    assert (best["v_gs_th"].min, best["v_gs_th"].typ) == (1.5, 2.5)  # the ruled reading wins
    assert "read by word alignment" not in " ".join(best["v_gs_th"].flags)
    assert abs(best["r_ds_on"].max - 0.055) < 1e-12 and best["r_ds_on"].typ == 0.04
    assert any("read by word alignment" in f for f in best["r_ds_on"].flags)
    assert "word alignment" in best["r_ds_on"].table


def test_a_lattice_that_misreads_stacked_rows_is_read_again_by_alignment():
    # Philips' IRF540: the ruled reading gets a few of the characteristics; read by alignment, the
    # charges and threshold come back with their Min/Typ/Max
    best, facts, ex = extract_case(REAL / "mosfet_philips_irf540.pdf")
    assert best["v_gs_th"]["min"] == 2.0 and best["v_gs_th"]["typ"] == 3.0 and best["v_gs_th"]["max"] == 4.0
    assert abs(best["c_iss"]["typ"] - 890e-12) < 1e-18 and abs(best["q_g"]["max"] - 65e-9) < 1e-15
    assert "(read by word alignment)" in best["v_gs_th"]["table"]
    # the ruled reading itself gets the capacitance now that a lower-case subscript under its letter joins it
    assert abs(best["c_iss"]["max"] - 1187e-12) < 1e-18


def test_a_line_ending_in_its_value_is_the_last_resort():
    lines = ["Rthj-case Thermal Resistance Junction-case Max 3.12 °C/W",
             "Rthj-amb Thermal Resistance Junction-ambient Max 100 °C/W",
             "Collector Cut-off Current VCB = 100 V 0.2 mA",  # a condition on the line: not read
             "Total Power Dissipation 40 V",  # a unit of another quantity: not read
             "Collector-Base Voltage 60 80 V",  # two parts' columns: whose is the line's? not read
             "Emitter-Base Voltage 5 5 V"]  # one figure printed for both
    ruled = [["Symbol", "Parameter", "Value", "Unit"], ["VCEO", "Collector-Emitter Voltage", "100", "V"],
             ["RthJA", "Thermal Resistance Junction-ambient", "70", "°C/W"]]
    page = Page(number=1, width=600, height=800, every_line=lines,
                tables=[Table(page=1, index=0, bbox=(0, 0, 1, 1), rows=ruled, section="Absolute Maximum Ratings")])
    doc = Document(path="x.pdf", pages=[page], sections=[], page_count=1)
    best = extract_document(doc, device="bjt").best()
    assert best["r_th_jc"].max == 3.12 and best["r_th_jc"].origin == "text"
    assert "line of words" in " ".join(best["r_th_jc"].flags)
    assert best["r_th_ja"].max == 70.0  # the table's figure wins over the line
    assert "i_cbo" not in best and "p_d" not in best and "v_cbo" not in best
    assert best["v_ebo"].max == 5.0


def test_a_number_in_prose_without_its_quantitys_unit_is_not_read():
    from chipsmith.tools.pdf_reader import TextLine

    page = Page(number=1, width=600, height=800)
    page.lines = [TextLine(page=1, text=t, x0=50, top=100 + 12 * n, x1=500, bottom=110 + 12 * n, size=9, bold=False)
                  for n, t in enumerate(["Typical performance: supply voltage 18067T on the axis of a figure.",
                                         "The maximum supply voltage is 12.6 V."])]
    doc = Document(path="x.pdf", pages=[page], sections=[], page_count=1)
    best = extract_document(doc, device="opamp").best()
    assert best["v_supply_max"].unit == "V" and best["v_supply_max"].max == 12.6
