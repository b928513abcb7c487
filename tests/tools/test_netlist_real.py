"""Real-world netlist shapes: library files, CDL, vendor models, Spectre testbenches, and the meaning checks.

Each example is a minimal copy of a construct seen in the real corpus (evals/data/netlists-real).
The silent-loss tests are built so that the translation used to pass the graph proof while
changing the circuit.
"""

from pathlib import Path

import pytest

from chipsmith.tools.netlist.meaning import evaluate, meaning_losses
from chipsmith.tools.netlist.model import Device, Directive, Include, Param, Subckt
from chipsmith.tools.netlist.support import UnsupportedConstruct
from chipsmith.tools.netlist.translate import parse_file, parse_text, translate

CORPUS = Path(__file__).resolve().parents[2] / "evals" / "data" / "netlists-real"


def _devices(net):
    return {it.name: it for _, it in net.walk() if isinstance(it, Device)}


# -- parsing -----------------------------------------------------------------------------------------------------
def test_cdl_empty_param_star_global_and_continuation(tmp_path):
    # Cadence CDL: an empty .PARAM, then *.GLOBAL with a '+' line that continues the star card
    f = tmp_path / "cell.cdl"
    f.write_text(".PARAM\n\n*.GLOBAL vdd!\n+        gnd!\n\n*.PIN vdd!\n\n.SUBCKT inv A Y\nMP Y A vdd! vdd! pch W=1u L=0.18u\n"
                 "MN Y A gnd! gnd! nch W=1u L=0.18u\n.ENDS\n")
    net = parse_file(f, "cdl")
    assert not net.is_deck
    glob = [it for _, it in net.walk() if isinstance(it, Directive) and it.name == "global"]
    assert [list(g.params.values()) for g in glob] == [["vdd!", "gnd!"]]
    assert set(_devices(net)) == {"MP", "MN"}


def test_library_without_title_line_keeps_its_first_subckt(tmp_path):
    f = tmp_path / "cells.sp"
    f.write_text(".SUBCKT buf A Y\nR1 A Y 1k\n.ENDS buf\n")
    net = parse_file(f, "hspice")
    assert [it.name for it in net.items if isinstance(it, Subckt)] == ["buf"]


def test_spectre_type_dc_source_reads_and_round_trips():
    text = "simulator lang=spectre\nV0 (vdd 0) vsource dc=1.8 type=dc\nR0 (vdd 0) resistor r=1k\n"
    net = parse_text(text, "spectre", file="tb.scs")
    for target in ("ngspice", "spectre"):
        assert translate(net, target).ok


def test_ltspice_lib_file_is_an_include_and_param_without_equals():
    net = parse_text("* deck\n.lib LM324.mod\n.param r 20\nR1 a 0 {r}\n.end\n", "ltspice", file="amp.net")
    assert [it.path for it in net.items if isinstance(it, Include)] == ["LM324.mod"]
    assert [(p.name, p.value) for p in net.items if isinstance(p, Param)] == [("r", "20")]


def test_dos_end_of_file_byte_ends_a_vendor_model(tmp_path):
    f = tmp_path / "tl031.mod"
    f.write_bytes(b"* TL031\n.model DX D(IS=800E-18)\n\x1a")
    net = parse_file(f, "ngspice")
    assert net.items[0].name == "DX"


def test_corner_library_that_lib_includes_its_own_sections(tmp_path):
    f = tmp_path / "models.lib"
    f.write_text("* corners\n.LIB typical\n.lib models.lib mos_typ\n.ENDL\n.LIB mos_typ\n.model n1 nmos level=1\n.ENDL\n")
    net = parse_file(f, "ngspice", allowed_dirs=[tmp_path])
    assert [s.name for s in net.items] == ["typical", "mos_typ"]


def test_micro_sign_is_micro():
    net = parse_text("t\nC1 a 0 10\u00b5\n.end\n", "ltspice", file="c.net")
    tr = translate(net, "spectre")
    assert "c=10u" in tr.text and "\u00b5" not in tr.text


# -- meaning (each of these passed the graph proof before) ----------------------------------------------------------
def test_bare_parameter_name_as_resistor_value_stays_a_parameter():
    net = parse_text("t\n.param R1VAL=10\nR1 1 0 R1VAL\nV1 1 0 1\n.end\n", "hspice", file="r.sp")
    tr = translate(net, "spectre")
    assert "r=r1val" in tr.text.replace(" ", "") and "resistor" in tr.text
    assert tr.ok and meaning_losses(net, tr.reparsed, "spectre") == []


def test_functions_inside_param_lines_are_kept():
    net = parse_text("t\n.PARAM a1=11 square(X)='X*X' a2=3\nR1 1 0 {square(a1)}\n.end\n", "hspice", file="f.sp")
    assert {p.name for p in net.items if isinstance(p, Param)} == {"a1", "a2"}
    tr = translate(net, "xyce")
    assert "square(X)" in tr.text and meaning_losses(net, tr.reparsed, "xyce") == []
    with pytest.raises(UnsupportedConstruct, match="func"):
        translate(net, "spectre")


def test_hspice_ground_alias_becomes_node_zero_for_ngspice_with_a_note():
    # a divider to gnd!: 0.333 V in HSPICE; written unchanged, ngspice would float gnd! and read 0.5 V
    net = parse_text("t\nV1 in 0 1\nR1 in out 2k\nR2 out gnd! 1k\n.op\n.end\n", "hspice", file="d.sp")
    tr = translate(net, "ngspice")
    assert "R2 out 0 1k" in tr.text
    assert any("gnd!" in w and "'0'" in w for w in tr.warnings)
    assert tr.ok and meaning_losses(net, tr.reparsed, "ngspice") == []


def test_ngspice_net_named_gnd_bang_is_not_turned_into_ground_for_hspice():
    net = parse_text("t\nV1 in 0 1\nR1 in gnd! 1k\nR2 gnd! 0 1k\n.op\n.end\n", "ngspice", file="n.cir")
    tr = translate(net, "hspice")
    assert "gnd!" not in tr.text.split(".op")[0].replace("* ", "") or "gnd_net" in tr.text
    assert tr.ok and meaning_losses(net, tr.reparsed, "hspice") == []


def test_proof_sees_a_ground_alias_that_changed_meaning():
    src = parse_text("t\nV1 in 0 1\nR1 in out 2k\nR2 out gnd! 1k\n.end\n", "hspice", file="d.sp")
    copied = parse_text("t\nV1 in 0 1\nR1 in out 2k\nR2 out gnd! 1k\n.end\n", "ngspice", file="d.cir")
    from chipsmith.tools.netlist.graph import prove

    assert not prove(src, copied).ok
    assert meaning_losses(src, copied, "ngspice")


def test_global_net_is_folded_like_the_nets_that_use_it_in_spectre():
    net = parse_text("t\n.global VDD\nV1 VDD 0 1\nR1 VDD 0 1k\n.end\n", "hspice", file="g.sp")
    tr = translate(net, "spectre")
    assert "global vdd" in tr.text and "(vdd 0)" in tr.text
    assert meaning_losses(net, tr.reparsed, "spectre") == []


def test_dropping_directives_around_if_branches_is_refused_not_merged():
    text = "t\n.param sel=1\n.if (sel == 1)\nM1 d g 0 0 n1\n.else\nM1 d g 0 0 n2\n.endif\n.model n1 nmos\n.model n2 nmos\n.end\n"
    net = parse_text(text, "hspice", file="if.sp")
    with pytest.raises(UnsupportedConstruct, match=r"if\.sp:3: \.if cannot be left out"):
        translate(net, "xyce", drop=frozenset({"directives"}))


def test_duplicate_device_names_are_both_kept_renamed_and_reported():
    # ngspice rejects a second R1 ("device already exists"); the proof used to merge the two into one
    net = parse_text("t\nV1 a 0 1\nR1 a 0 1k\nR1 a 0 2k\n.op\n.end\n", "ngspice", file="dup.cir")
    tr = translate(net, "hspice")
    assert "R1_2 a 0 2k" in tr.text and "R1 a 0 1k" in tr.text
    assert any(w.startswith("dup.cir:4: device 'R1' is defined twice") for w in tr.warnings)
    assert tr.ok and tr.proof is not None and tr.proof.devices == 3
    one = parse_text("t\nV1 a 0 1\nR1 a 0 1k\n.op\n.end\n", "ngspice", file="one.cir")
    from chipsmith.tools.netlist.graph import prove

    assert not prove(net, one).ok  # two resistors are not one


def test_xyce_option_packages_are_not_copied_into_other_dialects():
    net = parse_text("t\nR1 a 0 1k\n.options device temp=50\n.end\n", "xyce", file="o.cir")
    with pytest.raises(UnsupportedConstruct, match="options"):
        translate(net, "ngspice")
    tr = translate(net, "ngspice", drop=frozenset({"directives"}))
    assert any(".options left out" in w for w in tr.warnings)


def test_meaning_check_sees_a_changed_parameter_and_a_changed_default():
    a = parse_text("t\n.param w=2u l='2*w'\n.subckt amp in out gain=10\nR1 in out {gain}\n.ends\n.end\n", "hspice", file="a.sp")
    b = parse_text("t\n.param w=2u l='w+w+1n'\n.subckt amp in out gain=20\nR1 in out {gain}\n.ends\n.end\n", "hspice", file="b.sp")
    losses = meaning_losses(a, b, "hspice")
    assert any("parameter :l" in x or "parameter l" in x for x in losses)
    assert any("amp:gain" in x for x in losses)
    same = parse_text("t\n.param w=2u l='w*2'\n.subckt amp in out gain=10\nR1 in out {gain}\n.ends\n.end\n", "hspice", file="c.sp")
    assert meaning_losses(a, same, "hspice") == []


def test_expressions_compare_by_value_at_sample_points():
    assert evaluate("{2*a+1u}", {}) == pytest.approx(evaluate("{a*2+1e-6}", {}))
    assert evaluate("{a+1}", {}) != pytest.approx(evaluate("{a}", {}))
    assert evaluate("{sqrt(4)*1meg}", {}) == pytest.approx(2e6)
    assert evaluate("{" + "(" * 500 + "1" + ")" * 500 + "}", {}) is None  # too deep: not evaluated, no crash


@pytest.mark.skipif(not (CORPUS / "SOURCES.yaml").is_file(), reason="corpus not present")
def test_corpus_description_lists_every_file_with_provenance():
    import yaml

    entries = yaml.safe_load((CORPUS / "SOURCES.yaml").read_text())["files"]
    held = yaml.safe_load((CORPUS / "split.yaml").read_text())["held_out"]
    assert len(entries) >= 400 and len({e["source"] for e in entries}) >= 8
    assert all((CORPUS / e["file"]).is_file() and len(e["commit"]) == 40 and e["licence"] for e in entries)
    assert 0.2 < len(held) / len(entries) < 0.3


def test_a_library_named_by_several_lib_lines_is_read_once(tmp_path, monkeypatch):
    from chipsmith.tools.netlist import spice

    lib = tmp_path / "corners.lib"
    lib.write_text("* corners\n" + "".join(f".lib c{i}\n.model n{i} nmos level=1 vto=0.{i}\n.endl c{i}\n" for i in range(4)))
    deck = tmp_path / "deck.cir"
    deck.write_text("* deck\n" + "".join(f".lib corners.lib c{i}\n" for i in range(4)) + "R1 a 0 1k\n.end\n")
    reads: list[Path] = []
    original = spice.SpiceParser.parse_file

    def counting(self, path, **kw):  # type: ignore[no-untyped-def]
        reads.append(Path(path))
        return original(self, path, **kw)

    monkeypatch.setattr(spice.SpiceParser, "parse_file", counting)
    spice._CHECKED.clear()
    parse_file(deck, "ngspice")
    assert reads.count(lib.resolve()) == 1
    lib.write_text(lib.read_text() + ".model extra nmos\n")  # a changed file is read again
    parse_file(deck, "ngspice")
    assert reads.count(lib.resolve()) == 2


def test_hspice_double_backslash_continues_a_quoted_expression():
    net = parse_text("t\n.param a='1+\\\\\n2'\nR1 a 0 'a*1k'\n.end\n", "hspice", file="bs.sp")
    assert [p.value for p in net.items if isinstance(p, Param)] == ["{1+2}"]


def test_include_without_the_dot_as_pdk_libraries_write_it():
    net = parse_text('t\ninclude "sky130.pm3"\nR1 a 0 1\n.end\n', "hspice", file="inc.sp")
    assert [it.path for it in net.items if isinstance(it, Include)] == ["sky130.pm3"]


def test_ltspice_sine_and_single_argument_tran_have_spectre_equivalents():
    net = parse_text("t\nV1 a 0 SINE(0 1 50)\nR1 a 0 1k\n.tran 5m\n.end\n", "ltspice", file="s.net")
    tr = translate(net, "spectre")
    assert "type=sine" in tr.text and "freq=50" in tr.text and "tran stop=5m" in tr.text
    assert tr.ok


def test_yosys_attributes_on_wires_and_cells_are_not_assignments():
    text = ('(* top = 1 *)\nmodule top(a, y);\n  (* src = "x.v:3" *)\n  input a;\n  output y;\n  (* src = "x.v:5" *)\n'
            '  wire n1;\n  (* src = "x.v:7" *)\n  sky130_fd_sc_hd__inv_1 u1 (.A(a), .Y(n1));\n'
            '  sky130_fd_sc_hd__buf_1 u2 (.A(n1), .X(y));\nendmodule\n')
    net = parse_text(text, "verilog", file="top.v")
    assert {d.name for d in _devices(net).values()} == {"u1", "u2"}
    assert translate(net, "ngspice").ok


def test_spectre_testbench_statements_read_and_round_trip():
    text = ('simulator lang=spectre\nsimulatorOptions options reltol=1e-3 temp=27 tnom=27 gmin=1e-12\n'
            'include "models.scs" section=tt\nahdl_include "dev.va"\nparameters vdd=1.8 w=1u\n'
            'inline subckt nch (d g s b)\n  nch (d g s b) bsim4 w=w\nends nch\nV0 (vdd 0) vsource dc=vdd type=dc\n'
            'X1 (vdd vdd 0 0) nch\n')
    net = parse_text(text, "spectre", file="tb.scs")
    assert [(it.path, it.section) for it in net.items if isinstance(it, Include)] == [("models.scs", "tt"), ("dev.va", "")]
    for target in ("ngspice", "hspice", "spectre"):
        tr = translate(net, target)
        assert tr.ok and meaning_losses(net, tr.reparsed, target) == []


def test_hspice_if_else_blocks_and_alter_are_kept_or_named():
    net = parse_text("t\n.param sel=1\n.if (sel == 1)\nR1 a 0 1k\n.else\nR1 a 0 2k\n.endif\nV1 a 0 1\n.op\n.alter\n.param sel=0\n.end\n",
                     "hspice", file="if.sp")
    assert [d.name for _, d in net.walk() if isinstance(d, Directive)] == ["if", "else", "endif", "alter"]
    assert translate(net, "hspice").ok
    with pytest.raises(UnsupportedConstruct, match=r"if.sp:3: xyce has no .if card"):
        translate(net, "xyce")


def test_gate_level_verilog_to_spectre_is_read_back_as_cell_instances():
    # instance names such as r_reg or c1 used to come back from Spectre as resistors and capacitors
    text = ("module top(a, y);\n  input a;\n  output y;\n  wire n1;\n  INVX1 r_reg (.A(a), .Y(n1));\n"
            "  BUFX1 c1 (.A(n1), .Y(y));\nendmodule\n")
    net = parse_text(text, "verilog", file="top.v")
    tr = translate(net, "spectre")
    assert tr.ok and {d.kind for d in _devices(tr.reparsed).values()} == {"X"}
    back = translate(tr.reparsed, "verilog")
    assert back.ok


def test_spectre_parameters_without_defaults_and_spaced_expressions():
    text = ("simulator lang=spectre\nsubckt nmos4_hv B D G S\nparameters l w nf\n"
            "MM0 D G S B nhv l=l * 1.0e6 w=w * 1.0e6 m=nf mult=1\nends nmos4_hv\n")
    net = parse_text(text, "spectre", file="prim.scs")
    sub = net.items[0]
    assert sub.params == {"l": "", "w": "", "nf": ""}
    assert sub.items[0].params["l"] == "{l*1.0e6}" and sub.items[0].params["mult"] == "1"
    assert translate(net, "spectre").ok
    with pytest.raises(UnsupportedConstruct, match="without defaults"):
        translate(net, "ngspice")  # a SPICE subcircuit parameter needs a default; never invent one


def test_hspice_port_element_is_not_ngspices_coupled_line():
    net = parse_text("t\nP1 in 0 port=1 z0=50\nR1 in 0 50\n.end\n", "hspice", file="p.sp")
    p1 = _devices(net)["P1"]
    assert p1.kind == "P" and p1.nodes == ["in", "0"] and p1.params == {"port": "1", "z0": "50"}
    assert translate(net, "xyce").ok
    with pytest.raises(UnsupportedConstruct, match="port element P1"):
        translate(net, "ngspice")


def test_xyce_y_device_and_stray_ends():
    net = parse_text("t\nYROM ROM1 1 101 BASE_FILENAME=rc\nR1 1 0 1k\n.ends\n.end\n", "xyce", file="y.cir")
    assert _devices(net)["YROM"].behaviour.startswith("ROM1")
    assert any(".ends without an open .subckt was ignored" in w for w in net.warnings)
    with pytest.raises(UnsupportedConstruct):
        translate(net, "ngspice")


def test_real_corpus_scoring_reads_each_dialect_and_separates_held_out(tmp_path):
    from chipsmith.evals import netlist as ev

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "div.sp").write_text("* divider\nV1 in 0 1\nR1 in out 2k\nR2 out gnd! 1k\n.op\n.end\n")
    (tmp_path / "a" / "tb.scs").write_text("simulator lang=spectre\nV0 (vdd 0) vsource dc=1 type=dc\nR0 (vdd 0) resistor r=1k\n")
    (tmp_path / "a" / "bad.cir").write_text("* bad\nR1 a\n.end\n")
    (tmp_path / "a" / "rtl.v").write_text("module m(a, y); input a; output y; assign y = ~a; endmodule\n")
    rows = [("a/div.sp", "hspice"), ("a/tb.scs", "spectre"), ("a/bad.cir", "ngspice"), ("a/rtl.v", "verilog")]
    files = [{"file": f, "source": "s" + str(i % 2), "repository": "o/r", "commit": "0" * 40, "path": f, "dialect": d,
              "licence": "MIT"} for i, (f, d) in enumerate(rows)]
    files[3]["not_netlist"] = "RTL"
    import yaml

    (tmp_path / "SOURCES.yaml").write_text(yaml.safe_dump({"files": files}))
    (tmp_path / "split.yaml").write_text(yaml.safe_dump({"rule": "test", "held_out": ["a/bad.cir"]}))
    cases, meta = ev.real_cases(tmp_path)
    assert len(cases) == 3  # the RTL file is counted apart
    results = ev._batch("real", cases, str(tmp_path), False, str(tmp_path / "work"))
    summary = ev.summarise("real", results, [], tmp_path)
    assert summary["tuning"]["parsed"] == 2 and summary["held_out"] == {**summary["held_out"], "files": 1, "parsed": 0}
    div = next(r for r in results if r["file"].endswith("div.sp"))
    assert div["dialect"] == "hspice" and div["targets"]["ngspice"]["strict"] == "ok"
    assert summary["tuning"]["silent_losses"] == 0 and summary["not_netlists"] == {"tuning": 1, "held_out": 0}
    assert "held-out part: 0/1 parsed" in ev.report(summary)


def test_xyce_global_node_prefix_is_not_a_comment():
    net = parse_text("t\nVDD \t$G_VDDNODE\t0\t5V\nR1 $G_VDDNODE 0 1k\n.end\n", "xyce", file="g.cir")
    assert _devices(net)["VDD"].nodes == ["$G_VDDNODE", "0"]


def test_xyce_level_49_models_are_bsim3_everywhere():
    net = parse_text("t\nM1 d g 0 0 nmos w=1u l=1u\n.model nmos nmos level=49 vth0=0.5\n.end\n", "xyce", file="m.cir")
    for target in ("ngspice", "hspice", "spectre"):
        tr = translate(net, target)
        assert tr.ok, tr.proof.summary() if tr.proof else ""


def test_three_node_mosfet_undefined_model_and_parameter_are_warned(tmp_path):
    f = tmp_path / "w.cir"
    f.write_text("t\nM1 d g s nch w=wn l=1u\nQ1 c b e qmissing\nR1 d 0 {rload}\n.param wn=1u\n.end\n")
    warnings = parse_file(f, "ngspice").warnings
    assert any("w.cir:2: M1 has three nodes" in w for w in warnings)
    assert any("'qmissing' is not defined" in w for w in warnings)
    assert any("w.cir:4: parameter 'rload' is used but not defined" in w for w in warnings)
    assert not any("'wn'" in w for w in warnings)
    g = tmp_path / "inc.cir"
    g.write_text("t\n.include models.lib\nQ1 c b e qmissing\n.end\n")
    assert not any("not defined" in w for w in parse_file(g, "ngspice").warnings)  # the library may define it


@pytest.mark.skipif(__import__("shutil").which("ngspice") is None, reason="ngspice not installed")
def test_real_corpus_cosimulates_the_deck_through_every_target(tmp_path):
    import yaml

    from chipsmith.evals import netlist as ev

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "rc.cir").write_text("* rc\nV1 in 0 pulse(0 1 0 1n 1n 5u 10u)\nR1 in out 1k\nC1 out 0 1n\n.param k=2\n"
                                           "R2 out 0 {k*1k}\n.tran 10n 2u\n.end\n")
    (tmp_path / "SOURCES.yaml").write_text(yaml.safe_dump({"files": [
        {"file": "a/rc.cir", "source": "s", "repository": "o/r", "commit": "0" * 40, "path": "a/rc.cir", "dialect": "ngspice",
         "licence": "MIT"}]}))
    (tmp_path / "split.yaml").write_text(yaml.safe_dump({"rule": "t", "held_out": []}))
    cases, _ = ev.real_cases(tmp_path)
    r = ev._batch("real", cases, str(tmp_path), True, str(tmp_path / "work"))[0]
    assert r["cosim"]["verdict"] == "match" and r["cosim"]["compared"] >= 2 and r["cosim"]["worst_rel"] <= 1e-6
    assert r["cosim_through"] == {"hspice": "match", "xyce": "match", "spectre": "match"}


def test_spectre_top_level_parameter_without_value_is_warned():
    net = parse_text("simulator lang=spectre\nparameters vdd\nV0 (vdd 0) vsource dc=1\n", "spectre", file="tb.scs")
    assert any("tb.scs:2: parameters vdd declared without a value" in w for w in net.warnings)


def test_rkm_values_are_numbers_not_model_names():
    net = parse_text("t\nC1 1 0 4p7\nR1 1 0 4k7\nR2 1 0 4R7\nR3 1 0 R47\nR4 1 0 470R\nR5 1 0 4L7\nR6 1 0 47K\nV1 1 0 1\n.end\n",
                     "ngspice", file="rkm.cir")
    d = _devices(net)
    assert [d[n].args[0] for n in ("C1", "R1", "R2", "R3", "R4", "R5", "R6")] == ["4.7p", "4.7k", "4.7", "0.47", "470", "4.7m", "47k"]
    tr = translate(net, "spectre")
    assert tr.ok and "c=4.7p" in tr.text
