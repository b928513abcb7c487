"""The shipped corpus and benchmark questions: complete, well-formed, consistent (no embeddings needed)."""

from __future__ import annotations

import functools
import re
from collections import Counter

import pytest

from chipsmith.core.errors import InputError
from chipsmith.knowledge.bench import load_questions
from chipsmith.knowledge.cards import parse_cards
from chipsmith.knowledge.ingest import cards_from_text
from chipsmith.knowledge.store import seed_files, tokenize


@functools.cache
def _all_cards() -> list:
    return [card for name, text in seed_files() for card in parse_cards(text, name)]


def test_corpus_has_at_least_50_components_with_required_fields() -> None:
    components = [c for c in _all_cards() if c.kind == "component"]
    assert len(components) >= 50
    for c in components:
        assert c.parts and c.pinout and c.use and c.spice, c.id
        assert len(c.parameters) >= 3, c.id
        # every parameter value carries a number (with its unit): "3 to 32 V", "1 MHz"
        assert all(re.search(r"\d", p.value) for p in c.parameters), c.id


def test_corpus_covers_the_required_component_families() -> None:
    categories = " ".join(c.category.lower() for c in _all_cards() if c.kind == "component")
    for family in ("op-amp", "comparator", "timer", "linear regulator", "switching regulator", "voltage reference",
                   "mosfet", "bjt", "diode", "zener", "logic", "shift register", "level shifter", "interface",
                   "microcontroller", "sensor", "passive series"):
        assert family in categories, family


def test_corpus_has_design_knowledge_cards_for_each_topic() -> None:
    topics = Counter((c.kind, c.category) for c in _all_cards() if c.kind != "component")
    assert topics[("idiom", "verilog")] >= 8
    assert topics[("rule", "analog")] >= 6
    assert topics[("rule", "rf")] >= 4
    assert topics[("rule", "spice")] >= 5
    texts = " ".join(c.title for c in _all_cards()).lower()
    for dialect in ("ngspice", "hspice", "spectre", "ltspice", "xyce"):
        assert dialect in texts, dialect


def test_card_ids_are_unique_across_files() -> None:
    ids = Counter(c.id for c in _all_cards())
    assert [i for i, n in ids.items() if n > 1] == []


def test_butterworth_table_matches_the_closed_form() -> None:
    """g_k = 2 sin((2k-1)π/2n): the table in the RF card must agree to 4 decimals."""
    import math

    card = next(c for c in _all_cards() if c.id == "butterworth-prototype")
    rows = [line for line in card.body.splitlines() if re.match(r"\|\s*\d\s*\|", line)]
    assert len(rows) == 7
    for row in rows:
        cells = [x.strip() for x in row.strip("|").split("|")]
        n = int(cells[0])
        values = [float(x) for x in cells[1:] if x]
        assert values == [round(2 * math.sin((2 * k - 1) * math.pi / (2 * n)), 4) for k in range(1, n + 1)]


def test_e96_card_lists_the_96_values_of_the_series() -> None:
    card = next(c for c in _all_cards() if c.id == "E96")
    values = [int(v) for v in re.findall(r"\b\d{3}\b", card.summary)]
    assert len(values) == 96 and values[0] == 100 and values[-1] == 976
    # each value is 10^(i/96) rounded to three significant figures
    assert all(abs(v - 100 * 10 ** (i / 96)) <= 1.0 for i, v in enumerate(values))


def test_bench_has_80_questions_that_name_existing_cards() -> None:
    questions = load_questions()
    ids = {c.id for c in _all_cards()}
    assert len(questions) >= 80
    assert {q.type for q in questions} >= {"part", "parameter", "idiom", "rule", "paraphrase"}
    for q in questions:
        assert set(q.cards) <= ids, q


def test_bad_card_file_reports_file_and_line() -> None:
    text = "- id: A1\n  kind: component\n  title: half a card\n  category: op-amp\n  summary: missing everything else here\n"
    with pytest.raises(InputError, match=r"mine\.yaml:1: card 'A1'.*lacks parts, pinout, use, spice"):
        parse_cards(text, "mine.yaml")
    with pytest.raises(InputError, match=r"mine\.yaml:2: not valid YAML"):
        parse_cards("- id: x\n  title: a: b: c\n", "mine.yaml")
    with pytest.raises(InputError, match="unknown|Extra inputs|extra"):
        parse_cards("- {id: x, kind: rule, title: abc, category: rf, summary: long enough text, body: b, colour: red}\n", "m.yaml")


def test_long_card_is_split_with_its_title_on_every_chunk() -> None:
    import yaml

    body = "\n\n".join(f"## Part {i}\n" + ("word " * 150) for i in range(4))
    card = {"id": "long", "kind": "rule", "title": "A long rule card", "category": "analog",
            "summary": "a summary long enough", "body": body}
    chunks = cards_from_text(yaml.safe_dump([card]), "long.yaml")
    assert len(chunks) > 2
    assert all(c.text.startswith("A long rule card") for c in chunks)
    assert all(c.card == "long" and c.label == "A long rule card" for c in chunks)


def test_tokenize_keeps_part_numbers_and_splits_number_units() -> None:
    toks = tokenize("LM317T and ESP32-C3 at 60V, 1.25 V")
    assert "lm317t" in toks and "esp32-c3" in toks and "esp32c3" in toks
    assert "60v" in toks and "60" in toks and "v" in toks
    assert "1.25" in toks and "and" not in toks
