"""Eight conversations at once through the Python API on the scripted model: all complete, nothing mixed."""

from __future__ import annotations

import json
import threading

import pytest

from chipsmith.api import Session
from chipsmith.core.config import load_settings

pytestmark = pytest.mark.load

SESSIONS = 8


def test_eight_sessions_at_once_stay_isolated(tmp_path, record_property):
    data = tmp_path / "data"  # one checkpoint database shared by all, as in the web app
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(SESSIONS)

    def converse(i: int) -> None:
        try:
            script = tmp_path / f"s{i}.jsonl"
            script.write_text("".join(json.dumps({"agent": "general", "content": f"answer {i}.{t} (scripted)"}) + "\n"
                                      for t in range(3)))
            settings = load_settings(llm=f"script:{script}", data_dir=data)
            with Session(settings, out_dir=tmp_path / f"out{i}", thread_id=f"user{i}") as s:
                barrier.wait(timeout=60)
                for t in range(3):
                    s.ask(f"question {i}.{t}", agent="general", inputs={"knowledge": "off"})
                state = s.state()
            results[i] = [m.content for m in state.messages]
        except BaseException as exc:  # collected and reported below
            errors.append(exc)

    threads = [threading.Thread(target=converse, args=(i,)) for i in range(SESSIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    assert sorted(results) == list(range(SESSIONS))
    for i, messages in results.items():
        expected = []
        for t in range(3):
            expected += [f"question {i}.{t}", f"answer {i}.{t} (scripted)"]
        assert messages == expected, f"session {i} saw another session's turns"
    record_property("sessions_held", len(results))  # read by scripts/reliability.py
