"""Ask instead of failing: a missing required field pauses the turn (LangGraph interrupt, SQLite checkpoint),
the answer resumes the same turn; a scripted run fails fast with the question; --yes takes the default."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chipsmith.agents.ask import NeedsAnswer
from chipsmith.api import Session
from chipsmith.conversations import transcript_markdown, turns_of
from chipsmith.core.config import load_settings
from chipsmith.core.errors import ExitCode, InputError

NO_STOP_BAND = "Chebyshev low-pass filter, 0.5 dB ripple, pass to 100 MHz, 50 ohm"
needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="the RF verdict needs the ngspice cross-check")


def _session(tmp_path: Path, **kw: object) -> Session:
    # the embedded backend is never started: the RF designer's reader and engines need no model
    return Session(load_settings(llm="embedded"), out_dir=tmp_path / "conv", thread_id="a5c0ffee0001", turn_dirs=True, **kw)


@needs_ngspice
def test_missing_attenuation_pauses_the_turn_and_the_answer_resumes_it_after_a_restart(tmp_path: Path) -> None:
    with _session(tmp_path, can_ask=True) as s:
        first = s.ask(NO_STOP_BAND, agent="rf_designer", inputs={"knowledge": "off"})
        assert first.verdict == "asked" and first.answer == "" and not first.artefacts
        assert first.question is not None and first.question["agent"] == "rf_designer"
        assert "attenuation" in first.question["question"] and "40 dB at 200 MHz" in first.question["question"]
        assert s.pending_question() == first.question
    # a new process: the paused turn is in the SQLite checkpoint, not in memory
    with _session(tmp_path, can_ask=True) as s:
        assert s.pending_question() == first.question
        done = s.ask("40 dB at 200 MHz")
        state = s.state()
        assert s.pending_question() is None
    assert done.verdict == "pass" and done.question is None
    assert done.understood == ["low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ 40 dB at 200 MHz, 50 Ω → 50 Ω"]
    assert done.asked == [{"question": first.question["question"], "answer": "40 dB at 200 MHz"}]
    assert done.answer.startswith("**Understood** (from the request and the answers): low-pass, Chebyshev 0.5 dB")
    # the same turn: one request in the conversation, its files in that turn's folder
    assert state is not None and [m.content for m in state.messages if m.role == "user"] == [NO_STOP_BAND]
    assert len(turns_of(state)) == 1 and {a.name.split("/")[0] for a in done.artefacts} == {"turn-01"}
    design = json.loads((tmp_path / "conv" / "turn-01" / "design.json").read_text())
    assert design["spec"]["atten_db"] == 40.0 and design["spec"]["stop_edges_hz"] == [200e6]
    assert design["understood"] == done.understood[0]
    record = json.loads((tmp_path / "conv" / "run" / "result.json").read_text())
    assert record["understood"] == done.understood and record["asked"] == done.asked and record["verdict"] == "pass"
    transcript = transcript_markdown(state, "a5c0ffee0001")
    assert f"**Asked:** {first.question['question']}\n\n**Answered:** 40 dB at 200 MHz" in transcript


@needs_ngspice
def test_a_partial_answer_gets_one_more_question_then_both_answers_are_read(tmp_path: Path) -> None:
    with _session(tmp_path, can_ask=True) as s:
        s.ask(NO_STOP_BAND, agent="rf_designer", inputs={"knowledge": "off"})
        second = s.ask("60 dB")
        assert second.verdict == "asked" and second.question is not None
        assert second.question["question"].startswith("From which frequency must the 60 dB hold?")
        done = s.ask("250 MHz")
    assert done.verdict == "pass"
    assert done.understood == ["low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ 60 dB at 250 MHz, 50 Ω → 50 Ω"]
    assert [a["answer"] for a in done.asked] == ["60 dB", "250 MHz"]


def test_an_answer_the_reader_cannot_use_ends_the_turn_with_one_clear_line(tmp_path: Path) -> None:
    with _session(tmp_path, can_ask=True) as s:
        s.ask(NO_STOP_BAND, agent="rf_designer", inputs={"knowledge": "off"})
        out = s.ask("design me a FIFO instead")
        assert s.pending_question() is None  # the question is dropped: the next message is a new request
    assert out.verdict == "error" and out.question is None
    assert "could not read 'design me a FIFO instead' as where the stop band starts" in out.answer
    assert "'40 dB at 200 MHz'" in out.answer


def test_a_scripted_run_fails_fast_with_the_question(tmp_path: Path) -> None:
    with _session(tmp_path) as s, pytest.raises(InputError) as err:
        s.ask(NO_STOP_BAND, agent="rf_designer", inputs={"knowledge": "off"})
    assert isinstance(err.value, NeedsAnswer) and err.value.exit_code == ExitCode.BAD_INPUT
    assert "does not say where the stop band starts" in str(err.value) and "--yes" in str(err.value)
    record = json.loads((tmp_path / "conv" / "run" / "result.json").read_text())
    assert record["exit_code"] == 2 and "does not say where the stop band starts" in record["error"]


def test_chipsmith_run_exits_2_with_the_question(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "chipsmith.cli", "run", NO_STOP_BAND, "--agent", "rf_designer",
                           "--no-knowledge", "--out", str(tmp_path / "o")], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 2, proc.stderr
    assert "error: the request does not say where the stop band starts" in proc.stderr
    assert not (tmp_path / "o" / "filter.s2p").exists()


@needs_ngspice
def test_yes_takes_the_default_and_says_which(tmp_path: Path) -> None:
    with _session(tmp_path) as s:
        out = s.ask(NO_STOP_BAND, agent="rf_designer", inputs={"knowledge": "off", "defaults": "yes"})
    assert out.verdict == "pass" and out.question is None
    assert out.asked[0]["answer"] == "5th order" and out.asked[0]["default"] == "yes"
    assert out.answer.startswith("Defaults taken (--yes):\n- How much stop-band attenuation")
    assert "took **5th order**" in out.answer
    design = json.loads((tmp_path / "conv" / "turn-01" / "design.json").read_text())
    assert design["order"] == 5 and design["min_order"] == 5  # the default made order 5 the least to meet the spec


@needs_ngspice
def test_missing_kind_and_edge_are_asked_one_at_a_time_and_both_answers_read(tmp_path: Path) -> None:
    with _session(tmp_path, can_ask=True) as s:
        kind = s.ask("Chebyshev filter, 0.5 dB ripple, 40 dB at 200 MHz", agent="rf_designer", inputs={"knowledge": "off"})
        assert kind.question is not None and kind.question["question"].startswith("Which kind of filter")
        assert kind.question["default"] == ""  # no sensible default for what kind of filter someone wants
        edge = s.ask("low-pass")
        assert edge.question is not None and edge.question["question"] == "Where does the pass band end? (e.g. '100 MHz')"
        done = s.ask("100 MHz")
    assert done.verdict == "pass"
    assert done.understood == ["low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ 40 dB at 200 MHz, 50 Ω → 50 Ω"]


def test_questions_for_other_missing_fields_and_their_defaults(tmp_path: Path) -> None:
    with Session(load_settings(llm="embedded"), out_dir=tmp_path / "c2", can_ask=True) as s:
        atten = s.ask("low-pass to 100 MHz, stop band from 200 MHz", agent="rf_designer", inputs={"knowledge": "off"})
    assert atten.question is not None and atten.question["question"] == "How much attenuation at 200 MHz? (e.g. '40 dB')"
    assert atten.question["default"] == "40 dB"


@needs_ngspice
def test_sizer_without_any_spec_asks_which_and_the_answer_sets_the_bound(tmp_path: Path) -> None:
    data = Path(__file__).parents[1] / "data" / "sizer"
    problem = tmp_path / "p" / "cs.yaml"
    problem.parent.mkdir()
    shutil.copy(data / "cs_amp.cir", problem.parent)
    shutil.copytree(data / "models", problem.parent / "models")
    text = (data / "cs_opt.yaml").read_text()
    text = text.replace("ugbw: {min: 150meg, unit: Hz}", "ugbw: {unit: Hz}").replace("power: {max: 1m, unit: W, objective: minimize}",
                                                                                      "power: {unit: W}")
    assert "min:" not in text.split("specs:")[1]  # measured, but nothing to meet
    problem.write_text(text)
    inputs = {"knowledge": "off", "netlist": str(problem), "budget": "3"}
    with _session(tmp_path, can_ask=True) as s:
        asked = s.ask("size this stage", agent="circuit_sizer", inputs=inputs)
        assert asked.question is not None and asked.question["agent"] == "circuit_sizer"
        assert asked.question["question"].startswith("Which specs must it meet? It measures power, ugbw")
        done = s.ask("UGBW > 150 MHz")
    assert done.question is None and done.verdict in ("pass", "fail")  # the verdict is ngspice's, three simulations in
    table = (tmp_path / "conv" / "turn-01" / f"{problem.stem}_specs.md").read_text()
    assert "| ugbw | >= 150 MHz |" in table and done.asked == [{"question": asked.question["question"], "answer": "UGBW > 150 MHz"}]
    with _session(tmp_path / "scripted") as s, pytest.raises(NeedsAnswer, match="neither the problem nor the request says"):
        s.ask("size this stage", agent="circuit_sizer", inputs=inputs)


@needs_ngspice
def test_chipsmith_run_yes_takes_the_default_and_records_it(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "chipsmith.cli", "run", NO_STOP_BAND, "--agent", "rf_designer", "--yes",
                           "--no-knowledge", "--json", "--out", str(tmp_path / "o")], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["asked"][0]["answer"] == "5th order" and result["asked"][0]["default"] == "yes"
    assert result["understood"][0].startswith("low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ ")
    assert result["answer"].startswith("Defaults taken (--yes):") and "took **5th order**" in result["answer"]
    assert (tmp_path / "o" / "filter.s2p").is_file()


@needs_ngspice
def test_a_cancelled_answer_drops_the_question_and_the_next_message_is_a_new_request(tmp_path: Path) -> None:
    from chipsmith.core.console import Console, Event
    from chipsmith.live import TurnCancelled

    console = Console(quiet=True)
    with _session(tmp_path, can_ask=True, console=console) as s:
        s.ask(NO_STOP_BAND, agent="rf_designer", inputs={"knowledge": "off"})

        def cancel_once(event: Event) -> None:  # as Ctrl-C or Stop does: raised at the next event of the turn
            if event.data.get("understood"):
                console.unsubscribe(cancel_once)
                raise TurnCancelled("cancelled")

        console.subscribe(cancel_once)
        with pytest.raises(TurnCancelled):
            s.ask("40 dB at 200 MHz")
        assert s.pending_question() is None
        again = s.ask("Chebyshev low-pass filter, 0.5 dB ripple, pass to 100 MHz, 60 dB at 300 MHz, 50 ohm",
                      agent="rf_designer", inputs={"knowledge": "off"})
        state = s.state()
    assert again.verdict == "pass" and again.understood[0].endswith("≥ 60 dB at 300 MHz, 50 Ω → 50 Ω")  # not the old answer
    assert state is not None and len([m for m in state.messages if m.role == "user"]) == 2
