import json

import pytest
from pydantic import BaseModel

from chipsmith.agents.llm import LLM, ReplayBackend, ScriptBackend
from chipsmith.core.errors import BackendError, InputError
from chipsmith.core.rundir import RunRecord


def test_script_answers_per_agent_in_order(script_file):
    path = script_file([("router", "r1"), ("general", "g1"), ("*", "any"), ("general", "g2")])
    llm = LLM(ScriptBackend(path))
    msgs = [{"role": "user", "content": "x"}]
    assert llm.chat(msgs, agent="general").content == "g1"
    assert llm.chat(msgs, agent="router").content == "r1"
    assert llm.chat(msgs, agent="general").content == "any"
    assert llm.chat(msgs, agent="general").content == "g2"
    with pytest.raises(BackendError, match="no answer left for agent 'general'"):
        llm.chat(msgs, agent="general")


def test_malformed_script_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"agent": "a", "content": "ok"}) + "\n\n{not json\n")
    with pytest.raises(InputError, match=r"bad.jsonl:3: not valid JSON"):
        ScriptBackend(path)
    path.write_text(json.dumps({"agent": "a"}) + "\n")
    with pytest.raises(InputError, match=r"bad.jsonl:1: .*\"content\""):
        ScriptBackend(path)


class Pick(BaseModel):
    choice: str


def test_structured_validates_and_replay_returns_the_same(script_file, tmp_path):
    path = script_file([("router", '```json\n{"choice": "rf"}\n```'), ("router", '{"wrong": 1}')])
    record = RunRecord(tmp_path / "run")
    llm = LLM(ScriptBackend(path), record=record)
    msgs = [{"role": "user", "content": "pick"}]
    obj, _ = llm.structured(msgs, Pick, agent="router")
    assert obj.choice == "rf"
    with pytest.raises(BackendError, match="does not match Pick"):
        llm.structured(msgs, Pick, agent="router")
    calls = record.llm_calls()
    assert [c["agent"] for c in calls] == ["router", "router"] and calls[0]["schema"]["title"] == "Pick"

    replay = LLM(ReplayBackend(tmp_path / "run"))
    obj2, reply = replay.structured(msgs, Pick, agent="router")
    assert obj2 == obj and reply.cached_source == "replay"
    with pytest.raises(BackendError, match="did not record"):
        replay.chat([{"role": "user", "content": "something else"}], agent="router")
