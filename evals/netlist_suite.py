"""The netlist corpora on the one runner: a batch of files is one problem.

Reading, translating, proving and scoring are :mod:`chipsmith.evals.netlist`'s; this adapter
cuts a corpus into batches of ``BATCH`` files (``results/batch-NNNN.json``; one small judge job
per file would cost more than the file), runs each batch in a worker, and renders summary.json
and report.md from the result files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from chipsmith.evals import netlist as nl
from chipsmith.evals.executors import JudgeJob
from chipsmith.evals.runner import Context, OneSampleSuite, Problem


def _judge(job: JudgeJob) -> dict[str, Any]:
    p = job.params
    cases = nl._batch(p["kind"], p["paths"], p["root"], p["cosim"], job.workdir or ".", p["dialect"])
    bad = sum(1 for c in cases if c.get("status") == "crash")
    return {"cases": cases, "verdict": "done", "passed": bad == 0, "failure": {"name": f"{bad} crashed" if bad else "done"}}


def guess_kind(dataset: Path) -> str:
    """``real`` (SOURCES.yaml), ``analoggenie`` (Dataset/ or Port*.txt) or ``ngspice``."""
    return nl._guess_kind(dataset)


class NetlistSuite(OneSampleSuite):
    """A netlist corpus (analoggenie, ngspice examples, or a real-world corpus described by SOURCES.yaml)."""

    name: ClassVar[str] = "netlist"

    def __init__(self, dataset: Path, kind: str, *, cosim: bool = False, limit: int | None = None,
                 dialect: str | None = None, jobs: int = 2, batch: int = nl.BATCH) -> None:
        self.dataset, self.kind, self.cosim, self.dialect, self.jobs, self.batch = \
            Path(dataset).resolve(), kind, cosim, dialect, jobs, batch
        self.skipped: list[str] = []
        if kind == "analoggenie":
            cases = nl.analoggenie_cases(self.dataset)
        elif kind == "real":
            cases = nl.real_cases(self.dataset)[0]
        else:
            cases, self.skipped = nl.ngspice_cases(self.dataset)
        self.cases = cases[:limit] if limit else cases

    def config(self) -> dict[str, Any]:
        return {"dataset": str(self.dataset), "kind": self.kind, "cases": len(self.cases), "cosim": self.cosim,
                "batch": self.batch, **({"dialect": self.dialect} if self.dialect else {})}

    def describe(self) -> dict[str, Any]:
        return {"skipped": self.skipped, "jobs": self.jobs}

    def binaries(self) -> dict[str, str]:
        return {"ngspice": "ngspice"} if self.cosim else {}

    def problems(self) -> list[Problem]:
        return [Problem(f"batch-{i // self.batch:04d}", data={"paths": self.cases[i:i + self.batch]})
                for i in range(0, len(self.cases), self.batch)]

    def judge(self, problem: Problem, sample: int, produced: Any, workdir: Path | None, ctx: Context) -> JudgeJob:
        return JudgeJob(_judge, problem.id, sample, {}, str(workdir) if workdir else None, 0.0,
                        params={"kind": self.kind, "paths": problem.data["paths"], "root": str(self.dataset),
                                "cosim": self.cosim, "dialect": self.dialect})

    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        config = record.get("config") or {}
        cases = [c for r in results for c in r.get("cases", [])]
        summary = nl.summarise(str(config.get("kind")), cases, record.get("skipped", []), Path(str(config.get("dataset"))))
        summary["wall_seconds"] = round(sum(float(s.get("seconds") or 0.0) for s in record.get("sessions", [])), 2)
        summary["jobs"] = record.get("jobs")
        crashed = [r["problem"] for r in results if r.get("verdict") == "error"]
        if crashed:
            summary["crashed_batches"] = crashed
        return summary

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        return {"report.md": nl.report(summary)}
