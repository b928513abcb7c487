"""`chipsmith netlist convert` and `chipsmith eval netlist` on small fixtures."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipsmith.cli_eval_suites import netlist as cli_netlist
from chipsmith.commands.netlist import netlist
from chipsmith.evals.netlist import run_eval
from chipsmith.tools.netlist.cosim import cosimulate
from chipsmith.tools.netlist.translate import parse_file, parse_text, translate

DATA = Path(__file__).parents[1] / "data" / "netlist"
needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice not installed")


def test_convert_writes_the_file_and_prints_the_proof(tmp_path):
    out = tmp_path / "inv.sp"
    res = CliRunner().invoke(netlist, ["convert", str(DATA / "inverter.scs"), "--to", "hspice", "-o", str(out), "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert report["from"] == "spectre" and report["proof"].startswith("isomorphic")
    assert ".subckt INV A Q VDD VSS" in out.read_text()


def test_convert_refuses_what_the_target_cannot_express(tmp_path):
    deck = tmp_path / "b.cir"
    deck.write_text("t\nB1 a 0 V = V(b)*2\nR1 a b 1k\n.end\n")
    out = tmp_path / "b.sp"
    res = CliRunner().invoke(netlist, ["convert", str(deck), "--to", "hspice", "-o", str(out)])
    assert res.exit_code != 0 and "b.cir:2: hspice has no element 'B'" in str(res.exception)
    assert not out.exists()


def test_eval_analoggenie_fixture_round_trips(tmp_path):
    s = run_eval(DATA / "analoggenie", "analoggenie", tmp_path / "run", jobs=1)
    assert s["cases"] == 2 and s["roundtrip_ok"] == 2
    assert (tmp_path / "run" / "report.md").read_text().startswith("# Netlist evaluation: analoggenie")
    again = CliRunner().invoke(cli_netlist, ["--dataset", str(DATA / "analoggenie"), "--out", str(tmp_path / "run"),
                                             "--jobs", "1", "--json"])
    assert again.exit_code == 0 and json.loads(again.output)["roundtrip_rate"] == 1.0  # resumed from the results


def test_eval_ngspice_kind_reports_parse_and_targets(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "ex").mkdir(parents=True)
    shutil.copy(DATA / "rc_filter.cir", corpus / "ex" / "rc.cir")
    (corpus / "ex" / "broken.cir").write_text("t\n.subckt x a\nR1 a 0 1\n.end\n")
    (corpus / "ex" / "stim.stim").write_text("not a netlist\n")
    s = run_eval(corpus, "ngspice", tmp_path / "run", jobs=1)
    assert (s["cases"], s["parsed"], s["skipped_not_netlists"]) == (2, 1, 1)
    assert s["targets"]["spectre"]["strict"] == {"ok": 1}
    assert any(k.startswith("parse: InputError") for k in s["failure_classes"])


@needs_ngspice
def test_cosimulation_matches_and_catches_a_changed_value(tmp_path):
    src = parse_file(DATA / "rc_filter.cir")
    text = (DATA / "rc_filter.cir").read_text()
    back = translate(translate(src, "spectre").reparsed, "ngspice").reparsed
    ok = cosimulate(text, src, back, tmp_path / "a", deck_dir=DATA)
    assert ok.verdict == "match" and ok.compared >= 2 and ok.worst_rel <= 1e-6
    wrong = parse_text(text.replace("C1 mid 0 {cval}", "C1 mid 0 {cval*1.01}"), "ngspice")
    bad = cosimulate(text, src, wrong, tmp_path / "b", deck_dir=DATA)
    assert bad.verdict == "mismatch" and "relative difference" in bad.detail
