"""The retrieval benchmark (:mod:`chipsmith.knowledge.bench`) on the one runner.

The benchmark seeds one temporary store and measures recall, cold start and warm latency on
it, then again after padding it with synthetic chunks: the measurements share that store, so
the whole benchmark is one sample (``results/bench.json``). summary.json holds every figure
with the conditions it was measured under; report.md the tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from chipsmith.evals.executors import JudgeJob
from chipsmith.evals.runner import Context, Problem, Suite


def _judge(job: JudgeJob) -> dict[str, Any]:
    from chipsmith.knowledge.bench import run_bench

    questions = job.params["questions"]
    bench = run_bench(chunks=job.params["chunks"], questions_path=Path(questions) if questions else None)
    return {"bench": bench, "verdict": "measured", "passed": True, "failure": {"name": "measured"}}


class KnowledgeSuite(Suite):
    """Recall@1/@5, cold start and warm latency of the knowledge store, on the shipped questions."""

    name: ClassVar[str] = "knowledge"

    def __init__(self, *, chunks: int = 10_000, questions: Path | None = None) -> None:
        self.chunks, self.questions = chunks, questions

    def config(self) -> dict[str, Any]:
        return {"chunks": self.chunks, "questions": str(self.questions or "bench_questions.yaml")}

    def problems(self) -> list[Problem]:
        return [Problem("bench")]

    def judge(self, problem: Problem, sample: int, produced: Any, workdir: Path | None, ctx: Context) -> JudgeJob:
        return JudgeJob(_judge, problem.id, sample, {}, None, 0.0,
                        params={"chunks": self.chunks, "questions": str(self.questions) if self.questions else ""})

    @classmethod
    def workdir_name(cls, problem_id: str, sample: int) -> str | None:
        return None  # the store lives in a temporary directory: figures must not depend on what a user added

    @classmethod
    def result_name(cls, problem_id: str, sample: int) -> str:
        return f"{problem_id}.json"

    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        done = [r for r in results if "bench" in r]
        if not done:
            return {"error": results[0].get("error", "no result") if results else "no result"}
        bench: dict[str, Any] = done[0]["bench"]
        return bench

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        if "corpus" not in summary:
            return {"report.md": f"# Knowledge retrieval benchmark\n\nNo measurement: {summary.get('error', '')}\n"}
        lines = ["# Knowledge retrieval benchmark", "",
                 "| store | chunks | questions | recall@1 | recall@5 | warm median ms | warm p95 ms | embedding ms | cold start s |",
                 "|---|---|---|---|---|---|---|---|---|"]
        sets = [("corpus", summary["corpus"], summary["corpus_chunks"])]
        if "scaled" in summary:
            sets.append(("corpus + synthetic", summary["scaled"], summary["scaled"]["chunks"]))
        for name, r, n in sets:
            lat = r["latency"]
            lines.append(f"| {name} | {n} | {r['questions']} | {r['recall@1']:.3f} | {r['recall@5']:.3f} | "
                         f"{lat['median_ms']:.1f} | {lat['p95_ms']:.1f} | {lat['embed_median_ms']:.1f} | {r['cold_start_s']:.1f} |")
        lines += ["", "| question type | n | recall@1 | recall@5 |", "|---|---|---|---|"]
        lines += [f"| {t} | {r['n']} | {r['recall@1']:.3f} | {r['recall@5']:.3f} |" for t, r in summary["corpus"]["by_type"].items()]
        misses = [m for m in summary["corpus"]["misses"] if not m["in_top_5"]]
        if misses:
            lines += ["", "## Missed in the top 5", ""]
            lines += [f"- {m['q']} -> want {m['want']}, got {m['got']}" for m in misses]
        rel = summary.get("relevance")
        if rel:
            lines += ["", f"Relevance threshold (cosine similarity): {rel['threshold']:.2f} — keeps {rel['kept']} of "
                          f"{rel['answered_top1']} right top hits ({rel['kept_by_part_number']} by part number), cites "
                          f"{rel['off_topic_cited']} of {rel['off_topic']} questions no card answers."]
        load = summary.get("scaled", summary["corpus"])["latency"]["load_average_1min"]
        lines += ["", f"1-minute load average during the last latency run: {load}"]
        return {"report.md": "\n".join(lines) + "\n"}
