"""The router: plans from ordinary words, one clause per plan step, questions that carry a spec."""

from __future__ import annotations

from chipsmith.agents.registry import available
from chipsmith.agents.router import clause_for, decide, is_question, keyword_plan, step_clauses


def _plan(text: str) -> list[str]:
    return decide(text, agent=None, mode="keywords", llm_choice=None).steps


def test_a_two_step_request_gives_each_step_its_own_clause() -> None:
    text = "design a 5th order Butterworth low pass at 100 MHz, then give me its Spectre netlist"
    steps = _plan(text)
    assert steps == ["rf_designer", "netlist_translator"]
    rf, net = step_clauses(text, steps)
    assert "Spectre" not in rf and "100 MHz" in rf
    assert "Spectre" in net and "100 MHz" not in net
    assert clause_for(text, steps, 1) == net
    assert clause_for(text, ["rf_designer"], 0) == text  # one step reads everything


def test_a_clause_that_does_not_name_the_next_step_stays_with_the_one_before() -> None:
    text = "low pass at 10 MHz; 40 dB at 30 MHz; then convert it to HSPICE"
    rf, net = step_clauses(text, ["rf_designer", "netlist_translator"])
    assert "40 dB at 30 MHz" in rf and "HSPICE" in net


def test_phrasings_that_went_to_the_wrong_specialist() -> None:
    assert _plan("Low pass, fc = 2 kHz, 24 dB/octave") == ["rf_designer"]
    assert _plan("Resize the folded cascode for 300 MHz GBW") == ["circuit_sizer"]
    assert _plan("code a debouncer for a push button, 50 MHz clock, 10 ms") == ["verilog_writer"]
    assert _plan("read the LDO datasheet and give me dropout and quiescent current") == ["datasheet_extractor"]
    assert _plan("Can you turn this CDL netlist into Spectre format?") == ["netlist_translator"]


def test_a_question_with_a_spec_is_a_request_and_one_without_is_a_question() -> None:
    assert not is_question("What W/L should I use to get 60 dB gain and 10 MHz UGBW in my OTA?")
    assert is_question("what's the typical Q of a 0402 inductor at 1 GHz?")
    assert is_question("how does an LDO differ from a buck converter")  # 'converter' is not the verb 'convert'
    assert keyword_plan("What does a D flip-flop do?", available())[0] == ["general"]
