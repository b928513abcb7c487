"""The datasheet extraction suite on the one runner: one problem per ``NAME.pdf`` + ``NAME.json``.

The reading and scoring are :mod:`chipsmith.evals.datasheet`'s; this adapter only runs them
per datasheet (``results/<name>.json``, ``work/<name>/`` for the model-card simulations) and
renders summary.json and report.md from the result files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from chipsmith.core.errors import ChipsmithError
from chipsmith.evals import datasheet as ds
from chipsmith.evals.executors import JudgeJob
from chipsmith.evals.runner import Context, Problem, Suite, safe_name
from chipsmith.tools.model_cards import NEEDED


def _judge(job: JudgeJob) -> dict[str, Any]:
    p = job.params
    case = ds.Case(p["name"], Path(p["pdf"]), p["truth"])
    try:
        best, facts, ex = ds.extract_case(case.pdf)
        res = ds.score_case(case, best, facts)
        if p["models"]:
            res["model"] = ds.check_models(ex, facts["part"] or facts["title"], Path(job.workdir or "."), case.truth)
    except ChipsmithError as exc:
        return {"case": case.name, "error": str(exc), "verdict": "fail", "passed": False, "failure": {"name": "error"}}
    exact = all(x["em"] == 1.0 for x in res["params"].values())
    return {**res, "verdict": "scored", "passed": exact, "failure": {"name": "exact" if exact else "inexact"}}


class DatasheetSuite(Suite):
    """Every datasheet of a corpus: extraction scored with EM/F1/EC, optionally model cards simulated."""

    name: ClassVar[str] = "datasheet"

    def __init__(self, dataset: Path, *, models: bool = False) -> None:
        self.dataset, self.models = Path(dataset), models

    def config(self) -> dict[str, Any]:
        return {"dataset": str(self.dataset), "models": self.models}

    def binaries(self) -> dict[str, str]:
        return {"ngspice": "ngspice"} if self.models else {}

    def problems(self) -> list[Problem]:
        return [Problem(c.name, str(c.truth.get("class", "")), data={"pdf": str(c.pdf), "truth": c.truth})
                for c in ds.load_dataset(self.dataset)]

    def judge(self, problem: Problem, sample: int, produced: Any, workdir: Path | None, ctx: Context) -> JudgeJob:
        return JudgeJob(_judge, problem.id, sample, {}, str(workdir) if workdir else None, 0.0,
                        params={"name": problem.id, "models": self.models, **problem.data})

    def result(self, problem: Problem, sample: int, produced: Any, judged: dict[str, Any],
               timing: dict[str, float]) -> dict[str, Any]:
        return {**judged, "seconds": round(timing["judge_seconds"], 3)}

    def failed(self, problem: Problem, sample: int, produced: Any, error: str, seconds: float) -> dict[str, Any]:
        return {"case": problem.id, "seconds": round(seconds, 3)}

    @classmethod
    def result_name(cls, problem_id: str, sample: int) -> str:
        return f"{safe_name(problem_id)}.json"

    @classmethod
    def workdir_name(cls, problem_id: str, sample: int) -> str | None:
        return f"work/{safe_name(problem_id)}"

    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        summary = ds.summarise(results)
        if (record.get("config") or {}).get("models"):
            summary["models"] = ds.summarise_models(results)
        summary["seconds_total"] = round(sum(float(s.get("seconds") or 0.0) for s in record.get("sessions", [])), 2)
        summary["seconds_per_case"] = round(sum(r.get("seconds", 0.0) for r in results) / max(1, len(results)), 3)
        summary["dataset"] = (record.get("config") or {}).get("dataset", "")
        summary["llm"] = "none (deterministic tables + sentence patterns)"
        return summary

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        lines = ["# Datasheet extraction", "", ds._table(summary), "",
                 f"{summary['cases']} datasheets, {len(summary['errors'])} errors, {summary['spurious_parameters']} "
                 f"spurious parameters, device class right on {summary['device_class_correct']}/{summary['cases']}, "
                 f"{summary['seconds_per_case']} s per datasheet."]
        models = summary.get("models", {})
        if models:
            lines += ["", "Model cards. Needed figures (no card without them): "
                      + "; ".join(f"{c}: {NEEDED.get(c, '?')}" for c in models) + ". Other figures the model uses take a "
                      "documented default when the datasheet lacks them (listed per datasheet as not_in_datasheet).", "",
                      "| class | cards / datasheets | datasheets with the needed figures (truth) | cards / those | "
                      "cards with a default | figures within tolerance | held out: cards, figures |",
                      "|---|---:|---:|---:|---:|---:|---:|"]
        for c, m in models.items():
            h = m.get("held_out", {})
            lines.append(f"| {c} | {m['cards']}/{m['datasheets']} | {m.get('with_needed', '—')} | "
                         f"{m.get('cards_with_needed', '—')}/{m.get('with_needed', '—')} | {m.get('with_defaults', '—')} | "
                         f"{m['passed']}/{m['checks']} (max {100 * m['max_rel_residual']:.2f} %, {m['max_abs_residual']:.3g} dB/°) | "
                         f"{h.get('cards', '—')}/{h.get('datasheets', '—')}, {h.get('passed', '—')}/{h.get('checks', '—')} |")
        return {"report.md": "\n".join(lines) + "\n"}
