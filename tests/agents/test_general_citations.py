"""The general agent cites a knowledge card only when it is relevant, and says so when none is."""

from __future__ import annotations

import json
from pathlib import Path

from chipsmith.agents import general
from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import make_llm
from chipsmith.agents.state import ChipState
from chipsmith.core.config import load_settings
from chipsmith.core.rundir import RunRecord
from chipsmith.knowledge.store import RELEVANCE_MIN, Hit


class _Store:
    """A store whose search returns fixed hits (the ranking itself is tested with the real store elsewhere)."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits

    def search(self, query: str, k: int = 5) -> list[Hit]:
        return self.hits[:k]


def _hit(card: str, similarity: float, part_match: bool = False) -> Hit:
    return Hit(id=card, text=f"{card} text", score=0.03, source="cards.yaml", kind="rule", label=card, origin="card",
               card=card, similarity=similarity, part_match=part_match)


def _answer(tmp_path: Path, hits: list[Hit]) -> str:
    script = tmp_path / "a.jsonl"
    script.write_text(json.dumps({"agent": "general", "content": "It stores one bit."}) + "\n")
    s = load_settings(llm=f"script:{script}")
    record = RunRecord(tmp_path / "run")
    ctx = AgentContext(settings=s, llm=make_llm(s, record), record=record, out_dir=(tmp_path / "out").resolve())
    ctx._knowledge = _Store(hits)
    return str(general.run(ChipState(request="What does a D flip-flop do?"), ctx)["answer"])


def test_only_relevant_hits_are_cited(tmp_path: Path) -> None:
    answer = _answer(tmp_path, [_hit("d-flip-flop", 0.59), _hit("LM358", 0.05, part_match=True), _hit("cdc-single-bit", RELEVANCE_MIN - 0.01)])
    assert "from: d-flip-flop card" in answer and "from: LM358 card" in answer
    assert "cdc-single-bit" not in answer
    assert general.NOTHING_RELEVANT not in answer


def test_nothing_relevant_is_said_instead_of_citing_the_nearest_cards(tmp_path: Path) -> None:
    answer = _answer(tmp_path, [_hit("rc-filters", 0.17), _hit("decoupling", 0.11)])
    assert "Sources" not in answer and general.NOTHING_RELEVANT in answer
