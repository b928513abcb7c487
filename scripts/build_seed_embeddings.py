"""Embed the shipped knowledge corpus once and write the result into the package, so no data directory has to.

    .venv/bin/python scripts/build_seed_embeddings.py

Writes ``knowledge/corpus/seed_embeddings.npz`` (one vector per distinct chunk text, keyed by the
text's hash, naming the embedding model). Run it after changing a card file in
``knowledge/corpus/``; ``tests/knowledge/test_seed_cache.py`` fails until it has been run.
"""

from __future__ import annotations

import time

from chipsmith.knowledge import seed_cache
from chipsmith.knowledge.store import _embed


def main() -> int:
    start = time.process_time()
    texts = seed_cache.seed_texts()
    vectors = dict(zip((seed_cache.text_key(t) for t in texts), _embed(texts)))
    path = seed_cache.packaged_path()
    seed_cache.write(path, vectors)
    path.chmod(0o644)  # package data, readable by everyone who installs it
    print(f"{len(vectors)} chunk embeddings ({seed_cache.model_id()}) -> {path} "
          f"({path.stat().st_size // 1024} KiB, {time.process_time() - start:.1f} s of CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
