"""Bad input: every unusable file gets a clear message and the store is left exactly as it was."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chipsmith.core.errors import ChipsmithError, InputError
from chipsmith.knowledge import store as store_mod
from chipsmith.knowledge.chunking import chunk_blocks, split_blocks
from chipsmith.knowledge.store import KnowledgeStore

DATA = Path(__file__).parents[1] / "data" / "knowledge"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    s = KnowledgeStore(tmp_path_factory.mktemp("kbad") / "knowledge", auto_seed=False)
    s.add_file(DATA / "cards.yaml")
    s.add_file(DATA / "notes.md")
    yield s


def _snapshot(store: KnowledgeStore) -> list[tuple[Any, ...]]:
    got = store.collection.get(include=["documents", "metadatas"])
    return sorted((i, d, tuple(sorted(m.items()))) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"]))


def _pdf(path: Path, pages: int, text: bool = True, encrypt: str | None = None) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=encrypt)
    for n in range(pages):
        if text:
            c.drawString(72, 720, f"page {n + 1} of a test document about the ZZ100 part")
        c.showPage()
    c.save()
    return path


def _scanned_pdf(path: Path) -> Path:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(Image.new("RGB", (300, 120), "white")), 72, 500, 300, 120)
    c.showPage()
    c.save()
    return path


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, a regex the message must match)."""
    (tmp / "empty.md").write_bytes(b"")
    (tmp / "blank.txt").write_text("  \n\n\t\n")
    (tmp / "latin1.txt").write_bytes("line one\nR\u00e9sistance 10 k\u03a9\n".encode("latin-1", errors="replace"))
    (tmp / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    (tmp / "cards-bad.yaml").write_text("- id: X1\n  kind: component\n  title: [unclosed\n")
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return {
        "encrypted": (_pdf(tmp / "locked.pdf", 1, encrypt="secret"), r"locked\.pdf: the PDF is encrypted"),
        "broken": (tmp / "broken.pdf", r"broken\.pdf: not a readable PDF"),
        "scanned": (_scanned_pdf(tmp / "scan.pdf"), r"scan\.pdf: no text layer .*run OCR first"),
        "huge": (_pdf(tmp / "manual.pdf", 2000), r"manual\.pdf: 2000 pages is more than the 500-page limit.*--max-pages"),
        "empty": (tmp / "empty.md", r"empty\.md: the file is empty"),
        "blank": (tmp / "blank.txt", r"blank\.txt: contains only whitespace"),
        "not-utf8": (tmp / "latin1.txt", r"latin1\.txt:2: not UTF-8"),
        "bad-yaml": (tmp / "cards-bad.yaml", r"cards-bad\.yaml:4: not valid YAML"),
        "unsupported": (tmp / "image.png", r"image\.png: unsupported file type \.png"),
        "missing": (tmp / "nowhere.pdf", r"nowhere\.pdf: no such file"),
    }


def test_each_bad_file_is_refused_and_the_store_is_unchanged(store: KnowledgeStore, tmp_path: Path) -> None:
    before = _snapshot(store)
    for name, (path, message) in _bad_files(tmp_path).items():
        with pytest.raises(InputError, match=message):
            store.add_file(path)
        assert _snapshot(store) == before, name


def test_page_limit_can_be_raised(store: KnowledgeStore, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "short.pdf", 3)
    with pytest.raises(InputError, match="3 pages is more than the 2-page limit"):
        store.add_file(pdf, max_pages=2)
    report = store.add_file(pdf, max_pages=3)
    try:
        assert report.status == "added" and report.chunks == 3
    finally:
        store.remove("short.pdf")


def test_a_bad_file_in_a_directory_adds_nothing_unless_skipped(store: KnowledgeStore, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.md").write_text("# Good\n\nThe YY300 is a fine part with 3 pins.\n")
    (folder / "empty.txt").write_bytes(b"")
    before = _snapshot(store)
    with pytest.raises(InputError, match=r"empty\.txt: the file is empty.*nothing from .* was added.*--skip-bad"):
        store.add_dir(folder)
    assert _snapshot(store) == before
    reports, problems = store.add_dir(folder, skip_bad=True)
    try:
        assert [r.source for r in reports] == ["good.md"] and len(problems) == 1 and "empty.txt" in problems[0]
    finally:
        store.remove("good.md")
    assert _snapshot(store) == before


def test_a_write_that_fails_halfway_is_rolled_back(store: KnowledgeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "notes.md"  # same name as a stored source: this is a replacement
    shutil.copy(DATA / "notes.md", doc)
    with doc.open("a") as fh:
        for n in range(6):
            fh.write(f"\n## Extra {n}\n\nExtra section {n} about the XR7721 revision {n}.\n")
    before = _snapshot(store)
    calls = {"n": 0}
    real_add = store.collection.add

    def failing_add(**kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        real_add(**kwargs)

    monkeypatch.setattr(store_mod, "ADD_BATCH", 2)
    monkeypatch.setattr(store.collection, "add", failing_add)
    with pytest.raises(ChipsmithError, match="failed .*disk full.*the store is unchanged"):
        store.add_file(doc)
    assert calls["n"] == 2  # the first batch really was written, then removed again
    assert _snapshot(store) == before


def test_chunker_never_splits_a_table_or_code_block() -> None:
    table = "\n".join(["| pin | name |", "|---|---|"] + [f"| {i} | SIGNAL_{i} |" for i in range(40)])
    code = "```verilog\n" + "\n".join(f"assign w{i} = a{i} & b{i};" for i in range(30)) + "\n```"
    text = "# Device\n\n" + ("Intro words. " * 60) + "\n\n" + table + "\n\n## Code\n\n" + code + "\n"
    chunks = chunk_blocks(split_blocks(text))
    with_table = [t for _, t in chunks if "| pin | name |" in t]
    assert len(with_table) == 1 and "| 39 | SIGNAL_39 |" in with_table[0]
    with_code = [t for h, t in chunks if "```verilog" in t]
    assert len(with_code) == 1 and with_code[0].rstrip().endswith("```") and with_code[0].startswith("Device > Code")


def test_oversized_table_is_cut_between_rows_with_the_header_repeated() -> None:
    table = "\n".join(["| pin | name |", "|---|---|"] + [f"| {i} | {'X' * 60} |" for i in range(120)])
    chunks = [t for _, t in chunk_blocks(split_blocks(table))]
    assert len(chunks) > 2
    assert all(t.startswith("| pin | name |\n|---|---|") for t in chunks)
    rows = [line for t in chunks for line in t.splitlines()[2:]]
    assert len(rows) == 120


def test_sparse_bm25_equals_rank_bm25_scores() -> None:
    import numpy as np

    from chipsmith.knowledge.bench import synthetic_chunks
    from chipsmith.knowledge.store import SparseBM25, tokenize

    bm25 = SparseBM25([tokenize(c.text) for c in synthetic_chunks(300)])
    for query in ("MOSFET on-resistance 42 mΩ", "LDO LDO quiescent current", "no such words", "QK1234 sensor"):
        tokens = tokenize(query)
        assert np.allclose(bm25.scores(tokens), bm25.okapi.get_scores(tokens))


def test_rebuild_reembeds_every_chunk_and_keeps_them(store: KnowledgeStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "seed_files", list)
    before = _snapshot(store)
    assert store.rebuild() == len(before)
    assert _snapshot(store) == before
    assert store.search("TST100", k=1)[0].card == "TST100"
    assert [c.name for c in store._client.list_collections()] == [store_mod.COLLECTION]
