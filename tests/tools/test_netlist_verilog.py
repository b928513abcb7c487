"""Structural Verilog (Yosys style) through the circuit model: bits, aliases, port order, refusals."""

from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.netlist.graph import prove
from chipsmith.tools.netlist.model import Device, Subckt
from chipsmith.tools.netlist.support import UnsupportedConstruct
from chipsmith.tools.netlist.translate import emit, parse_file, parse_text, translate

DATA = Path(__file__).parents[1] / "data" / "netlist"


def _sub(net, name):
    return next(it for it in net.items if isinstance(it, Subckt) and it.name == name)


def test_yosys_netlist_bits_aliases_and_module_port_order():
    net = parse_file(DATA / "adder_yosys.v")
    top = _sub(net, "top")
    assert top.ports == ["x", "y", "z", "o[1]", "o[0]", "k"]
    h1, h2, tie = [it for it in top.items if isinstance(it, Device)]
    assert (h1.model, h1.nodes) == ("half", ["x", "y", "t", "o[0]"])  # \h1.c merged into the port o[0]
    assert h2.nodes == ["t", "z", "o[1]", "_nc_h2_c"]  # unconnected pin gets its own net
    assert (tie.model, tie.nodes, tie.pins) == ("TIEHI", ["k"], ["Y"])


@pytest.mark.parametrize("target", ["ngspice", "hspice", "xyce", "spectre", "verilog"])
def test_verilog_round_trips_through_every_dialect(target):
    net = parse_file(DATA / "adder_yosys.v")
    there = translate(net, target)
    assert there.ok, there.proof.summary()
    back = translate(there.reparsed, "verilog")
    assert prove(net, back.reparsed).ok


def test_spice_subcircuit_library_becomes_verilog_and_back():
    net = parse_text("lib\n.subckt inv a y vdd 0\nX1 a y vdd 0 INVX1\n.ends\n.subckt buf a y vdd\nX1 a m vdd 0 inv\n"
                     "X2 m y vdd 0 inv\n.ends\n.end\n", "ngspice")
    v = emit(net, "verilog")
    assert "module \\buf (a, y, vdd);" in v  # buf is a Verilog keyword and "inv X1 (.a(a), .y(m), .vdd(vdd), .\\0 (\\0 ));" in v
    assert translate(net, "verilog").ok


def test_logic_and_primitives_are_refused_not_dropped():
    with pytest.raises(InputError, match=r"g.v:3: assign with an expression"):
        parse_text("module m(a, b, y);\n  input a, b; output y;\n  assign y = a & b;\nendmodule\n", "verilog", file="g.v")
    with pytest.raises(InputError, match=r"s.v:1: .*expected"):
        parse_text("module m(a;\n", "verilog", file="s.v")
    rc = parse_file(DATA / "rc_filter.cir")
    with pytest.raises(UnsupportedConstruct, match="structural Verilog cannot carry"):
        emit(rc, "verilog")


def test_deeply_nested_brackets_are_an_input_error_not_a_parser_crash():
    from chipsmith.tools.netlist.verilog import parse_verilog

    n = 100_000
    text = "module m(a, y);\n input a; output y;\n assign y = " + "(" * n + "a" + ")" * n + ";\nendmodule\n"
    with pytest.raises(InputError, match=r"deep.v:3: brackets nested deeper than 256 levels"):
        parse_verilog(text, file="deep.v")
