"""Translations between dialects, each proven by re-parsing and graph isomorphism; refusals instead of drops."""

import json
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.netlist.graph import prove
from chipsmith.tools.netlist.model import Device
from chipsmith.tools.netlist.spice import parse_spice
from chipsmith.tools.netlist.support import UnsupportedConstruct
from chipsmith.tools.netlist.translate import emit, parse_file, parse_text, translate

DATA = Path(__file__).parents[1] / "data" / "netlist"
SPICE_TARGETS = ("ngspice", "hspice", "ltspice", "xyce", "spectre")


@pytest.mark.parametrize("target", SPICE_TARGETS)
def test_spice_deck_to_every_dialect_and_back_is_isomorphic(target):
    net = parse_file(DATA / "rc_filter.cir")
    there = translate(net, target)
    assert there.ok, there.proof.summary()
    back = translate(there.reparsed, "ngspice")
    assert back.ok and prove(net, back.reparsed).ok


def test_hspice_quotes_and_spectre_suffixes_in_the_text():
    net = parse_file(DATA / "rc_filter.cir")
    hs = emit(net, "hspice")
    assert "R1 in mid 'rval'" in hs and ".param cval='1n*2'" in hs
    sc = emit(net, "spectre")
    assert "ac1 ac start=1k stop=100M dec=10" in sc  # SPICE 100meg is Spectre 100M
    assert "model nm mos1 type=n" in sc and "type=pulse" in sc


@pytest.mark.parametrize("path", ["inverter.scs", "analoggenie/Dataset/7/7.cir", "analoggenie/Dataset/8/8_full.cir"])
def test_spectre_to_ngspice_to_spectre_is_isomorphic(path):
    net = parse_file(DATA / path, "spectre")
    fwd = translate(net, "ngspice")
    assert fwd.ok, fwd.proof.summary()
    back = translate(fwd.reparsed, "spectre")
    assert prove(net, back.reparsed).ok


def test_proof_catches_a_swapped_connection_and_a_changed_value():
    net = parse_file(DATA / "rc_filter.cir")
    text = emit(net, "ngspice")
    swapped = parse_text(text.replace("C1 mid 0", "C1 in 0"), "ngspice")
    p = prove(net, swapped)
    assert not p.ok and "different connections" in p.summary()
    changed = parse_text(text.replace("R1 out 0 10k", "R1 out 0 11k"), "ngspice")
    p = prove(net, changed)
    assert not p.ok and "device labels differ" in p.summary()
    renamed = parse_text(text.replace(" mid", " node7"), "ngspice")  # names differ, circuit equal: VF2++ finds it
    p = prove(net, renamed)
    assert p.ok and "VF2++" in p.method


def test_unsupported_constructs_are_refused_with_file_and_line():
    net = parse_spice("t\nB1 a 0 V = V(b)*2\nR1 a b 1k\n.control\nrun\n.endc\n.end\n", file="deck.cir")
    with pytest.raises(UnsupportedConstruct, match=r"deck.cir:2: hspice has no element 'B'"):
        emit(net, "hspice")
    with pytest.raises(UnsupportedConstruct, match=r"deck.cir:4: .control script"):
        emit(net, "xyce")
    xs = parse_spice("t\naosc ctl clk osc\n.model osc d_osc (cntl_array=[0 20])\n.end\n", file="x.cir")
    with pytest.raises(UnsupportedConstruct, match=r"x.cir:2: spectre has no element 'A'"):
        emit(xs, "spectre")


def test_drop_is_explicit_and_reported():
    net = parse_spice("t\nR1 a 0 1k\nV1 a 0 1\n.control\nop\nprint v(a)\n.endc\n.end\n", file="d.cir")
    tr = translate(net, "spectre", drop=frozenset({"control"}))
    assert tr.ok and any(".control script left out" in w for w in tr.warnings)
    assert "print v(a)" not in tr.text


def test_spectre_nets_differing_only_in_case_are_refused_for_spice():
    net = parse_text("R0 (VDD a) resistor r=1\nR1 (vdd a) resistor r=2\n", "spectre", file="c.scs")
    with pytest.raises(InputError, match="differ only in case"):
        emit(net, "ngspice")


def test_json_graph_has_devices_nets_and_terminal_edges():
    net = parse_file(DATA / "inverter.scs")
    graph = json.loads(emit(net, "json"))
    inv = graph["scopes"]["inv"]
    devices = [n for n in inv["nodes"] if n["type"] == "device"]
    assert len(devices) == 2 and {e["net"] for e in inv["edges"]} == {"n:Q", "n:A", "n:VDD", "n:VSS"}  # Spectre is case-sensitive
    m0 = [e for e in inv["edges"] if e["device"] == "d:m0"]
    assert sorted(t for e in m0 for t in e["terminals"]) == ["0", "1", "2", "3"]


def test_xyce_level_mapping_keeps_the_model_family():
    net = parse_spice("t\n.model n1 nmos (level=8 vth0=0.4)\nM1 d g 0 0 n1\n.end\n")
    xy = emit(net, "xyce")
    assert "level=9" in xy  # BSIM3 is level 9 in Xyce
    assert translate(net, "xyce").ok
    assert [d for d in parse_text(xy, "xyce").items if isinstance(d, Device)][0].model == "n1"


def test_spice_names_fold_to_one_spectre_name_but_suffixes_keep_their_case():
    net = parse_spice("t\nR1 IN2 0 1Meg\nR2 In2 0 {RVAL*2m}\n.param RVAL=1\n.end\n")
    sc = emit(net, "spectre")
    assert "R1 (in2 0) resistor r=1M" in sc and "R2 (in2 0) resistor r=(rval*2m)" in sc
    assert translate(net, "spectre").ok


def test_model_version_strings_stay_bare_in_every_dialect():
    net = parse_spice("t\n.model n1 nmos (level=8 version=3.3.0 tox=3.5n)\nM1 d g 0 0 n1\n.end\n")
    for target in ("ngspice", "spectre", "xyce"):
        text = emit(net, target)
        assert "version=3.3.0" in text and "{3.3.0}" not in text
        assert translate(net, target).ok


def test_spectre_sweeps_and_initial_conditions_come_back_to_spice():
    net = parse_spice("t\nV1 a 0 1\nR1 a +5v 1k\nR2 +5v 0 1k\n.ic v(a)=0.5\n.global vdd\n.dc V1 0 5 0.1\n.end\n")
    sc = translate(net, "spectre")
    assert sc.ok and "dc1 dc dev=V1 param=dc start=0 stop=5 step=0.1" in sc.text and "ic a=0.5" in sc.text
    back = translate(sc.reparsed, "ngspice")
    assert back.ok and ".dc V1 0 5 0.1" in back.text and ".ic v(a)=0.5" in back.text and ".global vdd" in back.text


def test_an_instance_named_like_a_spectre_statement_stays_an_instance():
    net = parse_spice("t\nic 0 c 0.01\nR1 c 0 1k\n.end\n")
    sc = translate(net, "spectre")
    assert sc.ok and "ic (0 c) isource dc=0.01" in sc.text


def test_tran_uic_is_refused_for_spectre():
    net = parse_spice("t\nR1 a 0 1k\nC1 a 0 1n\n.tran 1n 1u uic\n.end\n", file="u.cir")
    with pytest.raises(UnsupportedConstruct, match=r"u.cir:4: .tran 1n 1u uic has no Spectre equivalent"):
        emit(net, "spectre")
