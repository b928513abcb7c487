"""SI normalisation of datasheet numbers and units."""

import pytest

from chipsmith.core.units import format_si, is_empty, parse_number, parse_quantity, unit_factor


@pytest.mark.parametrize("text,hint,value,unit", [
    ("4.7", "µA", 4.7e-6, "A"),
    ("4.7 uA", "", 4.7e-6, "A"),
    ("3.5", "mΩ", 3.5e-3, "ohm"),
    ("2.2k", "Ω", 2200.0, "ohm"),
    ("1meg", "Ω", 1e6, "ohm"),
    ("15", "nC", 1.5e-8, "C"),
    ("1920", "pF", 1.92e-9, "F"),
    ("10", "V/µs", 1e7, "V/s"),
    ("12", "nV/√Hz", 1.2e-8, "V/rtHz"),
    ("\u22120.5", "V", -0.5, "V"),  # a real minus sign
    ("\u20130.5", "V", -0.5, "V"),  # an en dash used as minus
    ("1.2 x 10^-3", "A", 1.2e-3, "A"),
    ("62", "°C/W", 62.0, "K/W"),
    ("150", "°C", 150.0, "degC"),
    ("80", "dB", 80.0, "dB"),
    ("5", "MHz", 5e6, "Hz"),
    ("128 mV", "V", 0.128, "V"),  # the unit in the cell wins over the column's
])
def test_parse_quantity_to_si(text, hint, value, unit):
    q = parse_quantity(text, hint)
    assert q is not None
    assert q.value == pytest.approx(value, rel=1e-12)
    assert q.unit == unit


def test_symmetric_values_and_dashes():
    q = parse_quantity("±20", "V")
    assert q is not None and q.symmetric and q.value == 20.0
    assert is_empty("–") and is_empty("—") and is_empty("") and is_empty(None) and not is_empty("0")


def test_unparseable_text_is_never_a_number():
    assert parse_quantity("see Fig. 3", "V") is None
    assert parse_quantity("typ", "") is None
    assert parse_number("abc") is None
    # a clipped unit must not be misread as another unit (V/H would be A/s)
    assert unit_factor("nV/√H") is None
    assert parse_quantity("15.5", "nV/√H") is None
    assert unit_factor("furlongs") is None


def test_format_si_for_reports():
    assert format_si(4.7e-6, "A") == "4.7 µA"
    assert format_si(0.0035, "ohm") == "3.5 mΩ"
    assert format_si(80.0, "dB") == "80 dB"


def test_bounds_written_in_the_cell():
    assert parse_quantity("< 1", "µA").value == 1e-6
    assert parse_quantity("≤ 0.5", "V").value == 0.5


def test_unbalanced_unit_text_is_not_a_unit():
    # a datasheet cell read as "V/(mV" made pint's tokenizer raise out of the extractor
    assert unit_factor("V/(mV") is None
    assert unit_factor("V/0") is None  # pint divides by the zero; a unit cell run into a number is no unit


def test_a_noise_density_whose_root_sign_the_text_layer_lost():
    assert unit_factor("(cid:2) nV(cid:3) Hz") == pytest.approx((1e-9, "V/rtHz"))  # onsemi: "/√" as unmapped glyphs
    assert unit_factor("Hz√pA/") == pytest.approx((1e-12, "A/rtHz"))  # the same glyphs put out of order
