"""Seeding a new data directory reuses the shipped corpus's embeddings instead of embedding it again."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from chipsmith.knowledge import seed_cache
from chipsmith.knowledge import store as store_mod
from chipsmith.knowledge.store import KnowledgeStore


@pytest.fixture
def user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CHIPSMITH_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / seed_cache.USER_NAME


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the embedding model is asked for."""
    asked: list[str] = []
    real = store_mod._embed

    def counting(docs: list[str]) -> list[object]:
        asked.extend(docs)
        return real(docs)

    monkeypatch.setattr(store_mod, "_embed", counting)
    return asked


def test_the_packaged_file_holds_every_chunk_of_the_shipped_corpus() -> None:
    texts = seed_cache.seed_texts()
    packaged = seed_cache.read(seed_cache.packaged_path())
    missing = [t[:60] for t in texts if seed_cache.text_key(t) not in packaged]
    assert not missing, f"run scripts/build_seed_embeddings.py: {len(missing)} chunks are not in the packaged file, e.g. {missing[:3]}"
    assert len(texts) > 100


def test_cached_vectors_are_the_models_own(user_cache: Path) -> None:
    texts = seed_cache.seed_texts()[::40]
    fresh = np.asarray(store_mod._embed(texts), dtype=np.float32)
    cached = seed_cache.known(texts)
    assert np.allclose(np.asarray([cached[seed_cache.text_key(t)] for t in texts]), fresh, atol=1e-5)


def test_a_new_data_directory_is_seeded_without_embedding(tmp_path: Path, user_cache: Path, embedded: list[str]) -> None:
    store = KnowledgeStore(tmp_path / "data" / "knowledge")
    assert store.count() == len(seed_cache.seed_texts())  # every chunk of the corpus is in, each text once
    assert embedded == []
    hits = store.search("LM358 supply voltage range", k=3)
    assert hits and hits[0].part_match and "lm358" in hits[0].text.lower()
    assert not user_cache.exists()  # nothing new was made, so nothing was written


def test_an_edited_card_is_embedded_once_for_every_data_directory(tmp_path: Path, user_cache: Path, embedded: list[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    name, text = next(f for f in store_mod.seed_files() if f[0] == "amplifiers.yaml")
    edited = text.replace("title: LM358 dual", "title: LM358 (edited for this test) dual", 1)
    assert edited != text
    monkeypatch.setattr(store_mod, "seed_files", lambda: [(name, edited)])
    first = KnowledgeStore(tmp_path / "one")
    assert first.count() == 10
    assert len(embedded) == 1 and "edited for this test" in embedded[0]  # the other nine came from the packaged file
    assert seed_cache.text_key(embedded[0]) in seed_cache.read(user_cache)
    second = KnowledgeStore(tmp_path / "two")
    assert second.count() == 10 and len(embedded) == 1  # the user cache had it


def test_a_cache_for_another_model_or_a_damaged_one_is_not_used(tmp_path: Path) -> None:
    other = tmp_path / "other.npz"
    seed_cache.write(other, {"k": np.ones(384, np.float32)}, model="some-other-model==1")
    assert seed_cache.read(other, model="some-other-model==1")["k"].shape == (384,)
    assert seed_cache.read(other) == {}
    damaged = tmp_path / "damaged.npz"
    damaged.write_bytes(other.read_bytes()[:100])
    assert seed_cache.read(damaged) == {}


def test_doctor_says_whether_the_corpus_is_embedded_in_advance(user_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chipsmith.doctor import seed_embeddings_check

    ok = seed_embeddings_check()
    assert ok.ok and ok.detail.startswith(f"{len(seed_cache.seed_texts())} of {len(seed_cache.seed_texts())} ")
    monkeypatch.setattr(seed_cache, "PACKAGED_NAME", "missing.npz")
    missing = seed_embeddings_check()
    assert not missing.ok and not missing.required and missing.detail.startswith("0 of ") and "build_seed_embeddings" in missing.fix
