"""The retrieval benchmark: recall@1/@5 on the shipped questions, cold start, and warm latency at scale.

Everything runs in a temporary store seeded from the shipped corpus, so the
figures do not depend on what a user has added. The scale test pads the store
with synthetic chunks (fake parts, parameters and prose) that act as
distractors, then repeats the recall run and times every query.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chipsmith.core.errors import InputError
from chipsmith.core.yamlfile import load_yaml
from chipsmith.knowledge.ingest import Chunk
from chipsmith.knowledge.store import KnowledgeStore, embedding_function

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Question:
    q: str
    cards: tuple[str, ...]
    type: str


def load_questions(path: Path | None = None) -> list[Question]:
    """The shipped questions (``bench_questions.yaml``), or a file in the same format."""
    if path is None:
        text = importlib.resources.files("chipsmith.knowledge").joinpath("bench_questions.yaml").read_text(encoding="utf-8")
        where = "bench_questions.yaml"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
        where = str(path)
    data = load_yaml(text, where)
    if not isinstance(data, list):
        raise InputError(f"{where}: expected a YAML list of {{q, cards, type}} entries")
    out = []
    for i, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not item.get("q") or not item.get("cards"):
            raise InputError(f"{where}: entry {i} needs q and cards")
        out.append(Question(str(item["q"]), tuple(str(c) for c in item["cards"]), str(item.get("type", "other"))))
    return out


def load_off_topic() -> list[str]:
    """Questions no shipped card answers (``bench_off_topic.yaml``)."""
    text = importlib.resources.files("chipsmith.knowledge").joinpath("bench_off_topic.yaml").read_text(encoding="utf-8")
    data = load_yaml(text, "bench_off_topic.yaml")
    if not isinstance(data, list):
        raise InputError("bench_off_topic.yaml: expected a YAML list of questions")
    return [str(q) for q in data]


def relevance(store: KnowledgeStore, questions: list[Question], off_topic: list[str]) -> dict[str, Any]:
    """The cosine similarity of the right top hit (questions a card answers) against the best hit of
    questions none answers, and the threshold that separates them best (ties: the lower one).

    A part-number match is cited whatever its similarity, so those hits are counted as kept.
    """
    right: list[float] = []
    parts = 0
    for q in questions:
        hits = store.search(q.q, k=1)
        if hits and hits[0].card in q.cards:
            if hits[0].part_match:
                parts += 1
            else:
                right.append(hits[0].similarity)
    wrong = [h[0].similarity for h in (store.search(q, k=1) for q in off_topic) if h and not h[0].part_match]
    best = (-1, 0.0)
    for t in sorted({round(x, 2) for x in right + wrong}):
        score = sum(x >= t for x in right) + sum(x < t for x in wrong)
        if score > best[0]:
            best = (score, t)
    t = best[1]
    return {"threshold": t, "answered_top1": len(right) + parts, "kept_by_part_number": parts,
            "kept": sum(x >= t for x in right) + parts, "off_topic": len(wrong), "off_topic_cited": sum(x >= t for x in wrong),
            "right_similarity": {"min": round(min(right), 3), "median": round(statistics.median(right), 3)} if right else {},
            "off_topic_similarity": {"max": round(max(wrong), 3), "median": round(statistics.median(wrong), 3)} if wrong else {}}


def recall(store: KnowledgeStore, questions: list[Question], k: int = 5) -> dict[str, Any]:
    """recall@1 and recall@k over ``questions`` (a hit counts when its card id is one of the expected ones)."""
    by_type: dict[str, list[tuple[bool, bool]]] = {}
    misses: list[dict[str, Any]] = []
    for question in questions:
        hits = store.search(question.q, k=k)
        got = [h.card for h in hits]
        first = bool(got) and got[0] in question.cards
        anywhere = any(g in question.cards for g in got)
        by_type.setdefault(question.type, []).append((first, anywhere))
        if not first:
            misses.append({"q": question.q, "want": list(question.cards), "got": got, f"in_top_{k}": anywhere})
    rows = [r for rs in by_type.values() for r in rs]
    return {
        "questions": len(rows),
        "recall@1": _share(r[0] for r in rows),
        f"recall@{k}": _share(r[1] for r in rows),
        "by_type": {t: {"n": len(rs), "recall@1": _share(r[0] for r in rs), f"recall@{k}": _share(r[1] for r in rs)}
                    for t, rs in sorted(by_type.items())},
        "misses": misses,
    }


def _share(flags: Any) -> float:
    values = list(flags)
    return round(sum(values) / len(values), 4) if values else 0.0


def warm_latency(store: KnowledgeStore, queries: list[str], k: int = 5) -> dict[str, float]:
    """Per-query wall time after one warm-up pass (model loaded, index built).

    The query embedding is also timed on its own, just before each search, so the
    report can separate the model's share from the index's (the embedding is the
    part that suffers most when other processes compete for the CPU).
    """
    ef = embedding_function()
    for q in queries:
        store.search(q, k=k)
    total: list[float] = []
    embed: list[float] = []
    for q in queries:
        start = time.perf_counter()
        ef([q])
        middle = time.perf_counter()
        store.search(q, k=k)
        total.append((time.perf_counter() - middle) * 1000)
        embed.append((middle - start) * 1000)
    rest = sorted(t - e for t, e in zip(total, embed))
    total.sort()
    return {"queries": len(total), "median_ms": round(statistics.median(total), 2),
            "p95_ms": round(total[int(0.95 * (len(total) - 1))], 2), "max_ms": round(total[-1], 2),
            "embed_median_ms": round(statistics.median(embed), 2),
            "without_embedding_median_ms": round(statistics.median(rest), 2),
            "load_average_1min": round(os.getloadavg()[0], 2)}


_CHILD = """
import json, sys, time
from pathlib import Path
from chipsmith.knowledge.store import KnowledgeStore, embedding_function
hits = KnowledgeStore(Path(sys.argv[1]), auto_seed=False).search(sys.argv[2], k=5)
print(json.dumps({"answered": time.time(), "hits": len(hits)}))
"""


def cold_start(store_dir: Path, query: str) -> float:
    """Seconds from launching a fresh Python process to its first answer (imports and model load included)."""
    # Our own interpreter, not an external tool: the point is to time a real process start.
    start = time.time()
    done = subprocess.run([sys.executable, "-c", _CHILD, str(store_dir), query], capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"cold-start probe failed: {done.stderr.strip().splitlines()[-1:]}")
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    return round(answer["answered"] - start, 2)


_FAMILIES = ["op-amp", "comparator", "LDO", "buck converter", "MOSFET", "BJT", "diode", "logic gate", "sensor",
             "microcontroller", "transceiver", "reference", "driver", "ADC", "DAC", "oscillator", "filter", "connector"]
_PARAMS = [("supply voltage", "V"), ("quiescent current", "µA"), ("bandwidth", "MHz"), ("on-resistance", "mΩ"),
           ("output current", "mA"), ("offset voltage", "mV"), ("propagation delay", "ns"), ("noise density", "nV/√Hz"),
           ("capacitance", "pF"), ("power dissipation", "mW"), ("slew rate", "V/µs"), ("accuracy", "%")]
_PROSE = ["Used in industrial control boards.", "Check the layout guidelines in the vendor application note.",
          "Place a decoupling capacitor close to the supply pin.", "Available in several temperature grades.",
          "The evaluation board ships with a USB interface.", "Errata: the second silicon revision fixes the start-up issue.",
          "Pin-compatible with several second-source parts.", "Thermal pad must be soldered to ground."]


def synthetic_chunks(n: int, seed: int = 0) -> list[Chunk]:
    """``n`` plausible but fictitious datasheet chunks (made-up part numbers), deterministic for a seed."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        part = f"{rng.choice('QXZVW')}{rng.choice('KRTJ')}{rng.randint(100, 9999)}{rng.choice(['', 'A', 'B', 'T'])}"
        family = rng.choice(_FAMILIES)
        params = "; ".join(f"{name} {rng.uniform(0.1, 500):.3g} {unit}" for name, unit in rng.sample(_PARAMS, 4))
        text = f"{part} {family}, revision {rng.randint(1, 9)}. Key figures: {params}. {rng.choice(_PROSE)} {rng.choice(_PROSE)}"
        out.append(Chunk(text=text, source=f"synthetic-{i // 500:03d}.txt", page=1 + (i % 500) // 5, part=part, parts=[part]))
    return out


def run_bench(*, chunks: int = 10_000, questions_path: Path | None = None, work_dir: Path | None = None,
              progress: Progress = lambda _msg: None) -> dict[str, Any]:
    """The whole benchmark; returns every figure with the conditions it was measured under."""
    questions = load_questions(questions_path)
    with tempfile.TemporaryDirectory(prefix="chipsmith-kbench-", dir=work_dir) as tmp:
        root = Path(tmp) / "store"
        progress("seeding a fresh store from the shipped corpus")
        start = time.perf_counter()
        store = KnowledgeStore(root)
        seeded = store.count()
        seed_seconds = round(time.perf_counter() - start, 2)
        progress(f"recall on the corpus alone ({seeded} chunks, {len(questions)} questions)")
        small = recall(store, questions)
        small_latency = warm_latency(store, [q.q for q in questions])
        progress("relevance threshold: right answers against questions no card answers")
        rel = relevance(store, questions, load_off_topic())
        progress("cold start: a new process answers one query")
        cold_small = cold_start(root, questions[0].q)
        result: dict[str, Any] = {
            "questions": len(questions), "corpus_chunks": seeded, "seed_seconds": seed_seconds,
            "corpus": {**small, "latency": small_latency, "cold_start_s": cold_small}, "relevance": rel,
        }
        if chunks > seeded:
            extra = synthetic_chunks(chunks - seeded)
            step = 500
            start = time.perf_counter()
            for i in range(0, len(extra), step):
                part = extra[i:i + step]
                store.add_chunks(part[0].source, part)
                progress(f"indexing synthetic chunks: {min(i + step, len(extra))}/{len(extra)}")
            index_seconds = round(time.perf_counter() - start, 1)
            total = store.count()
            progress(f"recall and latency with {total} chunks")
            big = recall(store, questions)
            big_latency = warm_latency(store, [q.q for q in questions])
            cold_big = cold_start(root, questions[0].q)
            result["scaled"] = {**big, "chunks": total, "index_seconds": index_seconds, "latency": big_latency,
                                "cold_start_s": cold_big}
        return result
