"""The netlist_translator specialist with a scripted model: proof, co-simulation, fallback, refusals."""

import json
import shutil
from pathlib import Path

import pytest

from chipsmith.agents.netlist_translator import MODEL_MARK, target_from
from chipsmith.agents.state import ChipState
from chipsmith.api import Session
from chipsmith.core.config import load_settings
from chipsmith.core.errors import InputError

AGENT = "netlist_translator"
DATA = Path(__file__).parents[1] / "data" / "netlist"
needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice not installed")

BAD_DECK = """deck with a line the parser rejects
V1 in 0 DC 1
R1 in out 1k
%%% weird line out 0 2k
C1 out 0 1n
.op
.end
"""


def _session(tmp_path: Path, script: Path, data_dir: Path | None = None) -> Session:
    return Session(load_settings(llm=f"script:{script}", data_dir=data_dir or tmp_path / "data"), out_dir=tmp_path / "out")


@pytest.fixture(scope="module")
def shared_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data directory for the fallback tests: the knowledge store is seeded once, not per test."""
    return tmp_path_factory.mktemp("netlist-data")


@needs_ngspice
def test_deck_to_spectre_is_proven_and_cosimulated(tmp_path, script_file):
    with _session(tmp_path, script_file([])) as s:
        r = s.ask("convert this to spectre", agent=AGENT, inputs={"input": str(DATA / "rc_filter.cir")})
    assert r.verdict == "pass"
    art = r.artefacts[0]
    assert art.name == "rc_filter.scs" and "simulator lang=spectre" in Path(art.path).read_text()
    tools = {e.tool: e for e in art.evidence}
    assert tools["netlist-isomorphism"].ok and tools["ngspice"].verdict == "match"
    assert tools["ngspice"].values["compared"] >= 2
    assert MODEL_MARK not in r.answer


@needs_ngspice
def test_rejected_line_goes_to_the_model_and_is_marked(tmp_path, script_file, shared_data):
    deck = tmp_path / "bad.cir"
    deck.write_text(BAD_DECK)
    script = script_file([(AGENT, json.dumps({"lines": ["R2 out 0 2k"]}))])
    with _session(tmp_path, script, shared_data) as s:
        r = s.ask("translate to hspice", agent=AGENT, inputs={"input": str(deck)})
    assert r.verdict == "pass" and MODEL_MARK in r.answer
    assert r.citations  # dialect notes came from the knowledge store
    calls = s.record.llm_calls_path.read_text().splitlines()
    assert len(calls) == 1 and "%%% weird line" in calls[0]  # the model saw only the rejected line's problem
    text = Path(r.artefacts[0].path).read_text()
    assert "R2 out 0 2k" in text and f"* NOTE: 1 line(s) {MODEL_MARK}" in text.splitlines()[1]


def test_a_model_answer_that_does_not_parse_fails_the_step(tmp_path, script_file, shared_data):
    deck = tmp_path / "bad.cir"
    deck.write_text(BAD_DECK)
    script = script_file([(AGENT, json.dumps({"lines": ["R2 out"]}))])
    with _session(tmp_path, script, shared_data) as s:  # an unusable answer fails the step, not the whole run
        result = s.ask("translate to hspice", agent=AGENT, inputs={"input": str(deck)})
    assert result.verdict == "error" and "rewrite does not parse" in result.answer
    assert not list((tmp_path / "out").glob("*.sp"))


def test_target_from_flag_or_request():
    assert target_from(ChipState(request="x", inputs={"to": "Spectre"})) == "spectre"
    assert target_from(ChipState(request="please convert this netlist into LTspice")) == "ltspice"
    with pytest.raises(InputError, match="pass --to"):
        target_from(ChipState(request="convert this netlist"))


@needs_ngspice
def test_a_deck_that_does_not_simulate_is_never_a_pass(tmp_path, script_file):
    deck = tmp_path / "broken.cir"
    deck.write_text("broken deck\nV1 in 0 1\nR1 in out 1k\nM1 out in 0 0 nomodel w=1u l=1u\n.op\n.end\n")
    with _session(tmp_path, script_file([])) as s:
        r = s.ask("convert this to spectre", agent=AGENT, inputs={"input": str(deck)})
        assert r.verdict == "fail" and "the source deck does not simulate" in r.answer and not r.artefacts
        anyway = s.ask("convert this to spectre", agent=AGENT, inputs={"input": str(deck), "anyway": "yes"})
    assert anyway.verdict == "fail" and anyway.artefacts  # translated because asked, still not a pass


def test_drop_control_is_named_in_the_refusal_and_accepted_as_an_input(tmp_path, script_file):
    deck = tmp_path / "ctl.cir"
    deck.write_text("deck with a script\nV1 in 0 1\nR1 in 0 1k\n.control\nop\nprint all\n.endc\n.end\n")
    with _session(tmp_path, script_file([])) as s:
        refused = s.ask("convert this to xyce", agent=AGENT, inputs={"input": str(deck)})
        assert refused.verdict != "pass" and "--drop control" in refused.answer
        r = s.ask("convert this to xyce", agent=AGENT, inputs={"input": str(deck), "drop": "control"})
    assert r.verdict == "pass" and ".control script left out" in r.answer
