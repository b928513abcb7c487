"""Property-based fuzzing of everything that reads untrusted text: only the project's typed
errors come out, never a crash, and in bounded time. Example counts are fixed so the
README's reliability table can quote how many cases ran."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chipsmith.core.errors import ChipsmithError

pytestmark = pytest.mark.fuzz

EXAMPLES = 300
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)

_SPICE_WORDS = st.sampled_from(["R1", "C1", "L1", "M1", "Q1", "D1", "V1", "I1", "X1", "E1", "G1", "B1", "K1", "T1",
                                ".subckt", ".ends", ".param", ".model", ".include", ".lib", ".endl", ".control",
                                ".endc", ".op", ".ac", ".tran", ".end", "+", "*", ";", "$", "{", "}", "'", "(", ")",
                                "=", "1k", "2meg", "nmos", "pmos", "level=1", "w=1u", "l=180n", "dec", "0", "in", "out"])
_SPECTRE_WORDS = st.sampled_from(["M0", "R0", "C0", "(", ")", "nmos4", "pmos4", "resistor", "capacitor", "subckt",
                                  "ends", "parameters", "model", "simulator", "lang=spice", "lang=spectre", "r=1k",
                                  "w=1u", "\\", "//", "*", "vdd", "gnd", "0", "{", "}", "include", '"x.scs"'])


def _lines(words: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    line = st.lists(st.one_of(words, st.text(max_size=6)), max_size=8).map(" ".join)
    return st.lists(line, max_size=12).map("\n".join)


def _bounded(fn, *args, seconds: float = 2.0, **kwargs):  # type: ignore[no-untyped-def]
    start = time.monotonic()
    try:
        return fn(*args, **kwargs)
    except ChipsmithError:
        return None
    finally:
        assert time.monotonic() - start < seconds, f"{fn.__name__} took too long"


@FUZZ
@given(_lines(_SPICE_WORDS))
def test_spice_parser_only_typed_errors(text):
    from chipsmith.tools.netlist.spice import parse_spice

    net = _bounded(parse_spice, text, "ngspice", file="fuzz.cir")
    assert net is None or hasattr(net, "items")


@FUZZ
@given(_lines(_SPECTRE_WORDS))
def test_spectre_parser_only_typed_errors(text):
    from chipsmith.tools.netlist.spectre import parse_spectre

    net = _bounded(parse_spectre, text, file="fuzz.scs")
    assert net is None or hasattr(net, "items")


@FUZZ
@given(_lines(_SPICE_WORDS))
def test_spice_guard_only_typed_errors(text):
    from chipsmith.tools.guard.spice import check_deck

    checked = _bounded(check_deck, text, name="fuzz.cir")
    assert checked is None or isinstance(checked.text, str)


@FUZZ
@given(st.text(max_size=400), st.sampled_from(["", "```verilog\n", "[BEGIN]\n", "module m; ", "endmodule", "```"]))
def test_code_extraction_never_crashes(text, marker):
    from chipsmith.agents.verilog import extract_code

    for candidate in (text, marker + text, text + marker, f"{marker}module x;{text}endmodule{marker}"):
        out = _bounded(extract_code, candidate)
        assert out is None or isinstance(out, str)


@FUZZ
@given(st.text(max_size=300))
def test_verilog_guard_only_typed_errors(text):
    from pathlib import Path

    from chipsmith.tools.guard.verilog import scan_text

    findings = _bounded(lambda t: list(scan_text(t, "fuzz.sv", Path("/nonexistent-work"))), text)
    assert findings is None or all(isinstance(f, str) for f in findings)


@FUZZ
@given(st.one_of(st.text(max_size=30), st.from_regex(r"[-+±]?\d{1,4}(\.\d{1,3})?\s?(meg|[TGMkmuµnpf])?\s?(V|A|Ω|ohm|F|H|Hz|W|s|°C|dB)?",
                                                     fullmatch=True)),
       st.sampled_from(["", "V", "mA", "µA", "pF", "nC", "mΩ", "MHz", "V/µs", "dB"]))
def test_value_parser_never_crashes(text, hint):
    from chipsmith.core.units import parse_quantity

    q = _bounded(parse_quantity, text, hint)
    assert q is None or isinstance(q.value, float)


@FUZZ
@given(st.text(max_size=200))
def test_rf_request_parser_never_crashes(text):
    from chipsmith.tools.rf_spec import parse_request

    parsed = _bounded(parse_request, text)
    assert parsed is None or isinstance(parsed[0], dict)


@FUZZ
@given(st.lists(st.text(max_size=40), max_size=6))
def test_script_file_parser_only_typed_errors(lines):
    import tempfile
    from pathlib import Path

    from chipsmith.agents.llm import ScriptBackend

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "s.jsonl"
        p.write_text("\n".join(lines))
        backend = _bounded(ScriptBackend, p)
        assert backend is None or backend.name == "script"
