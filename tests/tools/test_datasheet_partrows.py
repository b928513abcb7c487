"""Part-per-row family tables (Zener series): the requested part's row read column by column."""

from chipsmith.tools.datasheet_partrows import part_row_table
from chipsmith.tools.datasheet_tables import extract_document
from chipsmith.tools.pdf_reader import Document, Page, Table


def _doc(rows):
    t = Table(page=1, index=0, bbox=(0, 0, 1, 1), rows=rows, section="Electrical Characteristics")
    return Document(path="x.pdf", pages=[Page(number=1, width=600, height=800, tables=[t])], sections=[], page_count=1)


# Fairchild-style: subscripts on their own line, Min/Typ/Max under V_Z, several parts per ruled band, µ outside "( A)"
FAIRCHILD = [
    ["Device", "V\nZ", "(V) @ I\nZ", "(2)", "Ω Z ( ) @\nZ", "I (mA)\nZ", "Ω Z ( ) @\nZK", "I (mA)\nZK", "μ I ( A)\nR",
     "@ V (V)\nR"],
    [None, "Min.", "Typ.", "Max.", None, None, None, None, None, None],
    ["1N5221B", "2.28", "2.4", "2.52", "30", "20", "1,200", "0.25", "100", "1.0"],
    ["1N5230B\n1N5231B\n1N5232B", "4.465\n4.845\n5.32", "4.7\n5.1\n5.6", "4.935\n5.355\n5.88", "19\n17\n11", "20\n20\n20",
     "1,900\n1,600\n1,600", "0.25\n0.25\n0.25", "5.0\n5.0\n5.0", "2.0\n2.0\n3.0"],
]
# Vishay-style: one part per row, symbols and units in header rows of their own, "Nominal" over V_Z
VISHAY = [
    ["Partnumber", "Nominal\nZener\nVoltage1)", "Test\nCurrent", "Maximum", "Dynamic", "Impedance", "Maximum\nLeakage"],
    ["", "V @ I\nZ ZT", "I\nZT", "Z @ I\nZT ZT", "Z @ I\nZK ZK", "I\nZK", "I\nR"],
    ["", "V", "mA", "\u2126", "\u2126", "mA", "µA"],
    ["1N4741A *", "11", "23", "8", "700", "0.25", "5"],
    ["1N4742A *", "12", "21", "9", "700", "0.25", "5"],
    ["1N4743A *", "13", "19", "10", "100", "0.25", "5"],
]


def test_fairchild_band_of_parts_reads_the_requested_line():
    best = extract_document(_doc(FAIRCHILD), device="diode", part="1N5231B").best()
    assert (best["v_br"].min, best["v_br"].typ, best["v_br"].max, best["v_br"].unit) == (4.845, 5.1, 5.355, "V")
    assert (best["z_zt"].max, best["z_zt"].unit) == (17.0, "ohm")
    assert best["z_zk"].max == 1600.0
    assert abs(best["i_r"].max - 5e-6) < 1e-15 and best["i_r"].unit == "A"
    assert "VR = 2.0" in best["i_r"].conditions  # the "@ V_R" column is the leakage's test condition


def test_vishay_nominal_is_typical_and_lone_values_are_limits():
    best = extract_document(_doc(VISHAY), device="diode", part="1N4742A").best()
    assert (best["v_br"].typ, best["v_br"].min, best["v_br"].max) == (12.0, None, None)
    assert (best["z_zt"].max, best["z_zt"].unit) == (9.0, "ohm")
    assert best["z_zk"].max == 700.0


def test_not_a_part_row_table_without_the_part_or_with_one_part_row():
    assert part_row_table(VISHAY, "1N5231B") is None
    assert part_row_table(VISHAY[:4], "1N4741A") is None  # one part row is a ratings row, not a family table
    assert part_row_table(VISHAY, None) is None


def test_one_cell_headings_order_codes_and_a_value_at_its_test_condition():
    # Agilent-style: each heading one cell ("Min.\nBreakdown\nVoltage\nV (V)\nBR"), order codes between the part numbers
    rows = [["Part\nNumber", "Min.\nBreakdown\nVoltage\nV (V)\nBR", "Max.\nForward\nVoltage\nV (mV)\nF",
             "V = 1 V Max.\nF\nat Forward\nCurrent\nI (mA)\nF", "Max.\nReverse Leakage\nCurrent\nI (nA) at V (V)\nR R"],
            ["5082-2800", "70", "410", "15", "200 50"],
            ["1N5711", "70", "410", "15", "200 50"],
            ["5082-2810", "20", "410", "35", "100 15"]]
    best = extract_document(_doc(rows), device="diode", part="1N5711").best()
    assert (best["v_br"].min, best["v_br"].max) == (70.0, None)
    assert (best["v_f"].max, best["v_f"].unit) == (0.41, "V")
    assert abs(best["i_r"].max - 2e-7) < 1e-18 and "VR = 50" in best["i_r"].conditions


def test_a_row_of_test_conditions_under_the_parts_gives_each_column_its_condition():
    # Agilent: the last row says each column's test condition; a starred line holds only for the starred parts
    rows = [["Part\nNumber", "Min.\nBreakdown\nVoltage\nV (V)\nBR", "Max.\nForward\nVoltage\nV (mV)\nF"],
            ["5082-2800", "70", "410"],
            ["1N5711", "70", "410"],
            ["5082-2835", "8*", "340"],
            ["Test\nConditions", "I = 10 µA\nR\n*I = 100 µA\nR", "I = 1 mA\nF"]]
    best = extract_document(_doc(rows), device="diode", part="1N5711").best()
    assert best["v_f"].max == 0.41 and best["v_f"].conditions == "IF = 1 mA"
    assert best["v_br"].conditions == "IR = 10 µA"
