"""Graph tests on the scripted model: the route taken and the state written."""

import json

import pytest

from chipsmith.agents.layout import build_messages
from chipsmith.agents.registry import SPECIALISTS
from chipsmith.agents.router import LLMChooser, decide, keyword_plan
from chipsmith.api import Session
from chipsmith.core.config import load_settings
from chipsmith.core.errors import ConfigError


def _session(tmp_path, script, **kw):
    settings = load_settings(llm=f"script:{script}", data_dir=tmp_path / "data", **kw)
    return Session(settings, out_dir=tmp_path / "out")


def test_llm_route_to_general_and_state_written(tmp_path, script_file):
    script = script_file([
        ("router", json.dumps({"steps": ["general"], "reason": "a question"})),
        ("general", "A D flip-flop copies D to Q on the clock edge."),
    ])
    with _session(tmp_path, script, router="llm") as s:
        result = s.ask("What does a D flip-flop do?", inputs={"knowledge": "off"})
        state = s.state()
    assert result.plan == ["general"] and result.verdict == "answered"
    assert result.answer.startswith("A D flip-flop copies D")
    assert [st.agent for st in result.steps] == ["router", "general"]
    assert result.steps[0].details["source"] == "llm"
    assert state is not None and state.messages[-1].content == result.answer and state.messages[0].role == "user"
    calls = [json.loads(line) for line in (tmp_path / "out/run/llm_calls.jsonl").read_text().splitlines()]
    assert [c["agent"] for c in calls] == ["router", "general"]
    # the router saw the specialists as a JSON-schema enum
    assert "general" in json.dumps(calls[0]["schema"])


def test_hybrid_routes_clear_requests_by_keywords_and_asks_the_model_otherwise(tmp_path, script_file):
    script = script_file([("router", json.dumps({"steps": ["rf_designer"], "reason": "filters"}))])
    everyone = list(SPECIALISTS.values())
    kw_steps, _ = keyword_plan("write a Verilog FIFO module", everyone)
    assert kw_steps == ["verilog_writer"]
    with _session(tmp_path, script, router="hybrid") as s:
        chooser = LLMChooser(s.llm, build_messages("router", "t", "c"))
        clear = decide("write a Verilog FIFO module", agent=None, mode="hybrid", llm_choice=chooser, specialists=everyone)
        assert clear.steps == ["verilog_writer"] and clear.source == "keywords" and s.llm.stats.calls == 0
        vague = decide("I need something for my radio front end", agent=None, mode="hybrid", llm_choice=chooser,
                       specialists=everyone)
    assert vague.steps == ["rf_designer"] and vague.source == "llm" and vague.llm_steps == ["rf_designer"]


def test_agent_flag_bypasses_router_and_conversation_resumes(tmp_path, script_file):
    script = script_file([("general", "first")])
    settings = load_settings(llm=f"script:{script}", data_dir=tmp_path / "data")
    with Session(settings, out_dir=tmp_path / "out", thread_id="t1") as s:
        r1 = s.ask("q1", agent="general", inputs={"knowledge": "off"})
    assert r1.steps[0].details["source"] == "agent-flag"
    # a new process: same data dir and thread id
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"agent": "general", "content": "second"}) + "\n")
    settings = load_settings(llm=f"script:{second}", data_dir=tmp_path / "data")
    with Session(settings, out_dir=tmp_path / "out2", thread_id="t1") as s2:
        r2 = s2.ask("q2", agent="general", inputs={"knowledge": "off"})
        state = s2.state()
    assert r2.answer == "second"
    assert [m.content for m in state.messages] == ["q1", "first", "q2", "second"]


def test_unknown_agent_lists_valid_ones(tmp_path, script_file):
    script = script_file([])
    with _session(tmp_path, script) as s:
        with pytest.raises(ConfigError, match=r"unknown agent 'nope'; choose one of: .*general"):
            s.ask("hi", agent="nope")


def test_multi_step_plan_from_keywords():
    everyone = list(SPECIALISTS.values())
    steps, _ = keyword_plan("design a 2.4 GHz band-pass filter, then convert the netlist to Spectre", everyone)
    assert steps == ["rf_designer", "netlist_translator"]
    assert keyword_plan("What does a D flip-flop do?", everyone)[0] == ["general"]
    assert keyword_plan("size this two-stage op-amp for 70 dB gain", everyone)[0] == ["circuit_sizer"]
    # questions want explanations, whatever domain words they use
    assert keyword_plan("how does a FIFO work?", everyone)[0] == ["general"]
    assert keyword_plan("What is the difference between a Butterworth and a Chebyshev filter?", everyone)[0] == ["general"]
    assert keyword_plan("Explain how a Miller-compensated op-amp works", everyone)[0] == ["general"]
    assert keyword_plan("Can you design a 5th-order Chebyshev low-pass at 100 MHz?", everyone)[0] == ["rf_designer"]
