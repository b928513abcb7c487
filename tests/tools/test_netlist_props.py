"""Property tests: whatever text the SPICE and Spectre parsers get, they answer with a netlist or a typed error, fast."""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chipsmith.core.errors import InputError
from chipsmith.tools.netlist.spectre import parse_spectre
from chipsmith.tools.netlist.spice import parse_spice
from chipsmith.tools.netlist.translate import emit

_SPICE_BITS = st.sampled_from(["R1", "C2", "M3", "Q4", "X5", "V6", "E7", "K8", "B9", "a", "b", "0", "1k", "2meg", "{x*2}",
                               "'y'", "(", ")", "=", ",", ".subckt", ".ends", ".model", ".param", ".include", ".lib",
                               ".control", ".endc", ".tran", ".end", "+", "*", ";", "$", "nmos", "level=1", "params:",
                               "sin(0 1 1k)", "[a b]", "%v", "\t", "\n", "\n+", "é", "\\"])
_SPECTRE_BITS = st.sampled_from(["R0", "M1", "I2", "(", ")", "a", "b", "0", "resistor", "r=1k", "nmos4", "subckt", "ends",
                                 "parameters", "x=2", "model", "bsim3v3", "type=n", "tran", "stop=1u", "simulator",
                                 "lang=spice", "lang=spectre", "//", "\\", "\n", "include", '"f.scs"', "[1 2]", "=", "1M"])


def _text(bits):
    return st.lists(bits, max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_text(_SPICE_BITS), st.text(max_size=300)))
def test_spice_parser_only_raises_typed_errors(text):
    start = time.monotonic()
    try:
        net = parse_spice(text, file="fuzz.cir")
    except InputError as exc:
        assert "fuzz.cir" in str(exc) or "line" in str(exc)
    else:
        for target in ("ngspice", "spectre"):
            try:
                emit(net, target)
            except InputError:
                pass
    assert time.monotonic() - start < 2.0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_text(_SPECTRE_BITS), st.text(max_size=300)))
def test_spectre_parser_only_raises_typed_errors(text):
    start = time.monotonic()
    try:
        net = parse_spectre(text, file="fuzz.scs")
    except InputError:
        pass
    else:
        try:
            emit(net, "ngspice")
        except InputError:
            pass
    assert time.monotonic() - start < 2.0
