"""The knowledge store with real chromadb and real MiniLM embeddings: round trip, hybrid ranking, citations, dedupe.

One store is shared by the module (embedding is the slow part); tests that change
it restore what they changed.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipsmith.core.errors import InputError
from chipsmith.knowledge import store as store_mod
from chipsmith.knowledge.store import KnowledgeStore

DATA = Path(__file__).parents[1] / "data" / "knowledge"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    root = tmp_path_factory.mktemp("kstore") / "knowledge"
    # Seed with one real corpus file (ten op-amp and comparator cards) to keep the module fast.
    amplifiers = [f for f in store_mod.seed_files() if f[0] == "amplifiers.yaml"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(store_mod, "seed_files", lambda: amplifiers)
        s = KnowledgeStore(root)
        assert s.count() == 10  # auto-seeded on first use
        s.add_file(DATA / "cards.yaml")
        s.add_file(DATA / "notes.md")
        yield s


def _pdf(path: Path, pages: list[str]) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for text in pages:
        y = 760
        for line in text.splitlines():
            c.drawString(72, y, line)
            y -= 16
        c.showPage()
    c.save()
    return path


def test_round_trip_lists_sources_and_finds_cards(store: KnowledgeStore) -> None:
    sources = {r["source"]: r for r in store.list()}
    assert sources["seed:amplifiers.yaml"]["chunks"] == 10
    assert sources["cards.yaml"]["kinds"] == ["component", "idiom"]
    assert sources["notes.md"]["origin"] == "file"
    hits = store.search("valid ready handshake between producer and consumer", k=3)
    assert hits[0].card == "tst-idiom"
    assert hits[0].citation() == "from: Test-fixture idiom about handshakes between producer and consumer card"


def test_store_persists_across_instances(store: KnowledgeStore) -> None:
    again = KnowledgeStore(store.path)
    assert again.count() == store.count()
    assert again.search("TST100", k=1)[0].card == "TST100"


def test_part_number_ranks_first_through_bm25_and_the_part_table(store: KnowledgeStore) -> None:
    for query, card in (("LM393", "LM393"), ("LM339", "LM339"), ("LM358N pinout", "LM358"), ("TST100A", "TST100"),
                        ("OPA2134", "OPA2134"), ("TL072", "TL072")):
        assert store.search(query, k=5)[0].card == card, query
    # A part number that only a user's notes mention: an embedding alone has no idea what XR7721 is.
    top = store.search("XR7721", k=3)
    assert top[0].source == "notes.md"
    assert "XR7721" in top[0].text


def test_dense_retrieval_answers_a_paraphrase_without_shared_keywords(store: KnowledgeStore) -> None:
    hits = store.search("amplifier for hi-fi sound with very little hiss", k=3)
    assert {h.card for h in hits} & {"NE5532", "OPA2134"}


def test_citation_formats_for_cards_pages_and_sections(store: KnowledgeStore, tmp_path: Path) -> None:
    assert store.search("LM358", k=1)[0].citation() == "from: LM358 card"
    section = next(h for h in store.search("XR7721 errata low-ESR output capacitors oscillate", k=5) if h.source == "notes.md")
    assert section.citation() == "notes.md § Bench supply notes > Errata"
    pdf = _pdf(tmp_path / "datasheet.pdf", ["QZ9000 overview\nA fictitious part for the test.",
                                             "QZ9000 absolute maximum ratings\nSupply voltage 42 V\nStorage -65 to 150 C"])
    store.add_file(pdf)
    try:
        hit = store.search("QZ9000 absolute maximum supply voltage", k=1)[0]
        assert hit.citation() == "datasheet.pdf p.2"
        assert hit.page == 2 and "42 V" in hit.text
    finally:
        store.remove("datasheet.pdf")


def test_markdown_table_stays_in_one_chunk_with_its_heading(store: KnowledgeStore) -> None:
    chunk = next(h for h in store.search("XR7721 output stage setting limit table", k=5) if "| setting |" in h.text)
    assert chunk.text.startswith("Bench supply notes > Output stage")
    assert "| high | 0-30 V | 3 A |" in chunk.text and "| low | 0-15 V | 1 A |" in chunk.text


def test_kind_and_part_filters(store: KnowledgeStore) -> None:
    assert {h.kind for h in store.search("handshake", k=5, kind="idiom")} == {"idiom"}
    hits = store.search("pinout", k=5, part="TL072")
    assert [h.card for h in hits] == ["TL072"]
    assert store.search("anything", part="NO-SUCH-PART") == []


def test_dedupe_same_file_same_content_and_repeated_chunks(store: KnowledgeStore, tmp_path: Path) -> None:
    before = store.count()
    assert store.add_file(DATA / "notes.md").status == "unchanged"
    twin = tmp_path / "notes-copy.md"
    shutil.copy(DATA / "notes.md", twin)
    report = store.add_file(twin)
    assert report.status == "duplicate" and "notes.md" in report.note
    assert store.count() == before
    boiler = "Confidential - do not distribute. " * 40
    doc = tmp_path / "repeats.md"
    doc.write_text(f"# One\n\n{boiler}\n\n# Two\n\nunique text about the QQ42 part\n\n# One\n\n{boiler}\n")
    report = store.add_file(doc)
    try:
        assert report.chunks == 2 and report.duplicates == 1
        texts = [h.text for h in store.search("Confidential do not distribute", k=10)]
        assert len(texts) == len(set(texts))
    finally:
        store.remove("repeats.md")
    assert store.count() == before


def test_changed_file_replaces_its_old_chunks(store: KnowledgeStore, tmp_path: Path) -> None:
    doc = tmp_path / "changing.md"
    doc.write_text("# Rev A\n\nThe WX5000 runs at 12 MHz.\n\n# Pins\n\nPin 1 is VCC.\n")
    assert store.add_file(doc).status == "added"
    doc.write_text("# Rev B\n\nThe WX5000 runs at 16 MHz.\n\n# Pins\n\nPin 1 is VCC.\n")
    report = store.add_file(doc)
    try:
        assert report.status == "replaced" and report.chunks == 2 and report.new_chunks == 1
        texts = " ".join(h.text for h in store.search("WX5000 clock frequency", k=10) if h.source == "changing.md")
        assert "16 MHz" in texts and "12 MHz" not in texts
    finally:
        store.remove("changing.md")


def test_remove_unknown_source_is_an_input_error(store: KnowledgeStore) -> None:
    with pytest.raises(InputError, match="no source named 'nope.pdf'.*knowledge list"):
        store.remove("nope.pdf")


def test_empty_query_is_an_input_error(store: KnowledgeStore) -> None:
    with pytest.raises(InputError, match="empty search query"):
        store.search("   ")


def test_cli_search_json_and_list(store: KnowledgeStore) -> None:
    runner = CliRunner()
    from chipsmith.commands.knowledge import knowledge

    data_dir = str(store.path.parent)
    result = runner.invoke(knowledge, ["--data-dir", data_dir, "search", "LM311 strobe comparator", "-k", "2", "--json"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert hits[0]["citation"] == "from: LM311 card" and len(hits) == 2
    listed = runner.invoke(knowledge, ["--data-dir", data_dir, "list", "--json"])
    assert {r["source"] for r in json.loads(listed.output)} >= {"seed:amplifiers.yaml", "cards.yaml", "notes.md"}


def test_cli_add_then_remove_a_file(store: KnowledgeStore, tmp_path: Path) -> None:
    from chipsmith.commands.knowledge import knowledge

    doc = tmp_path / "bringup.md"
    doc.write_text("# Board bring-up\n\nThe VV77 regulator needs 4.7 uF on its output.\n")
    runner = CliRunner()
    data_dir = str(store.path.parent)
    added = runner.invoke(knowledge, ["--data-dir", data_dir, "add", str(doc), "--json"])
    assert added.exit_code == 0, added.output
    assert json.loads(added.output)["added"][0]["status"] == "added"
    hit = KnowledgeStore(store.path).search("VV77 output capacitor", k=1)[0]
    assert hit.citation() == "bringup.md § Board bring-up"
    removed = runner.invoke(knowledge, ["--data-dir", data_dir, "remove", "bringup.md"])
    assert removed.exit_code == 0 and "removed 1 chunks" in removed.output
    gone = runner.invoke(knowledge, ["--data-dir", data_dir, "remove", "bringup.md"])
    assert isinstance(gone.exception, InputError)
