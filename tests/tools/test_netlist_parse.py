"""SPICE-family and Spectre parsers: constructs, canonical values, and typed errors with file:line."""

import os
import time
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.netlist.model import Analysis, Control, Device, Model, Param, Subckt
from chipsmith.tools.netlist.spectre import parse_spectre
from chipsmith.tools.netlist.spice import parse_spice, parse_spice_file
from chipsmith.tools.netlist.translate import guess_dialect, parse_file
from chipsmith.tools.netlist.values import spectre_out, to_float

DATA = Path(__file__).parents[1] / "data" / "netlist"


def _devices(net):
    return {it.name: it for _, it in net.walk() if isinstance(it, Device)}


def test_spice_elements_continuations_comments_and_suffixes():
    net = parse_spice("""title line
* a comment
R1 a b 1MEG ; inline comment
C1 b 0 10pF $ hspice comment
L1 b c
+ 2m
Q1 c b e qmod 2.0
Q2 c b e sub qmod
M1 d g s b nch w={wl*2} l='0.18u'
X1 a c amp gain=10
E1 o 0 a b 100
F1 o 0 vsense 2
B1 o 0 V = V(a)*2
K1 L1 L2 0.9
.end
R9 never parsed
""")
    d = _devices(net)
    assert net.title == "title line"
    assert d["R1"].args == ["1meg"] and to_float("1meg") == 1e6
    assert d["C1"].args == ["10p"]
    assert d["L1"].args == ["2m"] and to_float(d["L1"].args[0]) == pytest.approx(2e-3)  # SPICE m is milli
    assert (d["Q1"].nodes, d["Q1"].model, d["Q1"].args) == (["c", "b", "e"], "qmod", ["2.0"])
    assert (d["Q2"].nodes, d["Q2"].model) == (["c", "b", "e", "sub"], "qmod")
    assert d["M1"].params == {"w": "{wl*2}", "l": "{0.18u}"}
    assert (d["X1"].nodes, d["X1"].model, d["X1"].params) == (["a", "c"], "amp", {"gain": "10"})
    assert d["F1"].refs == ["vsense"] and d["B1"].behaviour == "V = V(a)*2"
    assert d["K1"].refs == ["L1", "L2"]
    assert "R9" not in d


def test_spice_subckt_model_param_analyses_control():
    net = parse_spice_file(DATA / "rc_filter.cir")
    kinds = [type(it).__name__ for it in net.items]
    assert kinds.count("Analysis") == 2 and "Subckt" in kinds and "Model" in kinds
    sub = next(it for it in net.items if isinstance(it, Subckt))
    assert sub.ports == ["in", "out", "vdd"] and len(sub.items) == 2
    model = next(it for it in net.items if isinstance(it, Model))
    assert model.mtype == "nmos" and model.params["level"] == "1"
    params = {it.name: it.value for it in net.items if isinstance(it, Param)}
    assert params == {"rval": "1k", "cval": "{1n*2}"}
    tran = next(it for it in net.items if isinstance(it, Analysis) and it.kind == "tran")
    assert tran.args == ["1n", "200n"]
    ctl = parse_spice("t\nR1 a 0 1\n.control\nrun\nplot v(a) $ not a comment here\n.endc\n.end\n")
    assert any(isinstance(it, Control) and "plot v(a) $ not" in it.text for it in ctl.items)


def test_spectre_instances_models_analyses_and_mega_suffix():
    net = parse_spectre("""// t
simulator lang=spectre
parameters vdd=1.8
model nch bsim3v3 type=n vth0=0.4
subckt INV A Q VDD VSS
  M0 (Q A VDD VDD) pmos4 w=2u
  M1 (Q A VSS VSS) nch w=1u
ends INV
I0 (in out vdd 0) INV
R0 (out 0) resistor r=1M
V0 (in 0) vsource dc=0 mag=1 type=sine sinedc=0 ampl=1 freq=1k
F0 (a 0) cccs gain=2 probe=V0
simulator lang=spice
Rs out x 1meg
simulator lang=spectre
tran1 tran stop=1u
ac1 ac start=1 stop=1G dec=10
op dc
""")
    d = _devices(net)
    assert d["I0"].kind == "X" and d["I0"].model == "INV"
    assert d["M0"].kind == "M" and d["M1"].kind == "M"
    assert d["R0"].args == ["1meg"] and d["Rs"].args == ["1meg"]  # Spectre M and SPICE meg are both 1e6
    assert d["V0"].args[:4] == ["dc", "0", "ac", "1"] and "sin" in d["V0"].args
    assert d["F0"].refs == ["V0"]
    model = next(it for _, it in net.walk() if isinstance(it, Model))
    assert (model.mtype, model.params["level"]) == ("nmos", "8")  # bsim3v3 is ngspice level 8
    kinds = [it.kind for it in net.items if isinstance(it, Analysis)]
    assert kinds == ["tran", "ac", "op"]
    assert spectre_out("1meg") == "1M" and spectre_out("1m") == "1m"


def test_guess_dialect():
    assert guess_dialect((DATA / "inverter.scs").read_text(), ".cir") == "spectre"
    assert guess_dialect((DATA / "analoggenie/Dataset/7/7.cir").read_text(), ".cir") == "spectre"
    assert guess_dialect((DATA / "rc_filter.cir").read_text(), ".cir") == "ngspice"


@pytest.mark.parametrize("text, fragment", [
    ("t\n.subckt amp a b\nR1 a b 1k\n.end\n", ":2: .subckt amp is never closed"),
    ("t\n.lib s\nR1 a b 1k\n.ends\n.endl\n", ":4: .ends without a matching .subckt"),
    ("t\n%R1 a b 1k\n", ":2: unknown element '%R1'"),
    ("t\nM1 d g\n", ":2: M1 needs at least 3 nodes and a model name"),
    ("t\nR1 a b {1+\n", ":2: unbalanced '{'"),
    ("t\n+ 1k\n", ":2: continuation line"),
])
def test_spice_errors_name_file_and_line(text, fragment):
    with pytest.raises(InputError) as err:
        parse_spice(text, file="deck.cir")
    assert "deck.cir" in str(err.value) and fragment in str(err.value)


def test_spectre_errors_name_file_and_line():
    with pytest.raises(InputError, match=r"x.scs:2: subckt A is never closed"):
        parse_spectre("// t\nsubckt A a b\nR0 (a b) resistor r=1\n", file="x.scs")
    with pytest.raises(InputError, match=r"x.scs:1: node list of R0 is not closed"):
        parse_spectre("R0 (a b resistor r=1\n", file="x.scs")


def test_file_errors_unbalanced_garbage_loops_escape():
    with pytest.raises(InputError, match=r"unbalanced.cir:2: .subckt amp is never closed"):
        parse_file(DATA / "unbalanced.cir")
    with pytest.raises(InputError, match=r"garbage.cir:2: binary data"):
        parse_file(DATA / "garbage.cir")
    with pytest.raises(InputError, match=r"include loop \(a.cir -> b.inc -> a.cir\)"):
        parse_file(DATA / "includes" / "a.cir")
    with pytest.raises(InputError, match=r"self.cir:2: include loop"):
        parse_file(DATA / "includes" / "self.cir")
    with pytest.raises(InputError, match=r"escape.cir:2: include '../rc_filter.cir' resolves to .* outside"):
        parse_file(DATA / "includes" / "escape.cir")
    # the same include is fine when the parent directory is an allowed model directory
    assert parse_file(DATA / "includes" / "escape.cir", allowed_dirs=[DATA])


def test_huge_netlist_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.cir"
    with big.open("wb") as fh:
        fh.truncate(50 << 20)  # 50 MiB (sparse): refused from its size, not read
    start = time.monotonic()
    with pytest.raises(InputError, match=r"big.cir:1: netlist is 50.0 MiB, over the 16 MiB limit"):
        parse_file(big)
    assert time.monotonic() - start < 1.0


def test_large_real_netlist_parses_in_bounded_time(tmp_path):
    lines = ["big"] + [f"R{i} n{i} n{i + 1} {i + 1}k" for i in range(30_000)] + [".end"]
    deck = tmp_path / "long.cir"
    deck.write_text("\n".join(lines))
    start = time.monotonic()
    net = parse_file(deck)
    assert len(net.items) == 30_000
    assert time.monotonic() - start < 20
    assert os.path.getsize(deck) > 500_000


def test_spectre_includes_are_checked_like_spice_ones():
    with pytest.raises(InputError, match=r"include loop \(a.scs -> b.scs -> a.scs\)"):
        parse_file(DATA / "includes" / "a.scs")
    with pytest.raises(InputError, match=r"escape.scs:2: include '../inverter.scs' resolves to .* outside"):
        parse_file(DATA / "includes" / "escape.scs")
    assert parse_file(DATA / "includes" / "escape.scs", allowed_dirs=[DATA]).dialect == "spectre"


@pytest.mark.parametrize("suffix", [".cir", ".scs"])
def test_deeply_nested_definitions_are_an_input_error_naming_the_limit(tmp_path, suffix):
    # 3,000 subcircuits defined inside one another used to end in a RecursionError when walked
    n = 3000
    if suffix == ".cir":
        body = ["* deep"] + [f".subckt s{i} a b" for i in range(n)] + ["R1 a b 1"] + [".ends"] * n
    else:
        body = ["simulator lang=spectre"] + [f"subckt s{i} a b" for i in range(n)] + ["r1 (a b) resistor r=1"] + \
            [f"ends s{i}" for i in reversed(range(n))]
    path = tmp_path / f"deep{suffix}"
    path.write_text("\n".join(body) + "\n")
    with pytest.raises(InputError) as err:
        parse_file(path)
    assert f"deep{suffix}:66:" in str(err.value) and "64 levels" in str(err.value)


def test_spice_sections_nested_too_deeply_are_refused():
    text = "\n".join([f".lib s{i}" for i in range(80)] + [".endl"] * 80) + "\n"
    with pytest.raises(InputError, match=r"deep.lib:65: definitions nested deeper than 64"):
        parse_spice(text, file="deep.lib", is_deck=False)
