"""A model card is named after the part number, not the datasheet's whole title."""

from __future__ import annotations

import pytest

from chipsmith.tools.model_cards import spice_name


@pytest.mark.parametrize(("title", "name"), [
    ("UX4148 Small Signal Fast Switching Diode", "UX4148"),
    ("LM358, Dual Operational Amplifier", "LM358"),
    ("2N7002 N-Channel Enhancement Mode MOSFET", "X2N7002"),  # SPICE names start with a letter
    ("BSS138", "BSS138"),
    ("Small signal diode", "Small_signal_diode"),  # no part number: the title, made an identifier
    ("", "diode"),
])
def test_model_named_from_the_part_number(title: str, name: str) -> None:
    assert spice_name(title, "diode") == name
