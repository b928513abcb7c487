"""The analog sizing suite: every circuit in ``evals/data/analog`` sized by random search and by BO.

``chipsmith eval analog [--strategy random|bo|llm+bo ...] [--seeds N] [--budget B] [--circuits GLOB] [--json]``

For each circuit, strategy and seed the search stops at the first simulated point that
meets every spec; the result file records how many simulations that took (or that it
never happened within the budget), the wall time and the best point's measured
figures. ``bo`` starts from nothing (like random search); ``llm+bo`` starts from the
model's proposal when ``--llm`` names a model, else from the deterministic gm/Id seed,
and says which. The summary gives, per circuit, the median simulations to reach the
specs per strategy and random/BO's ratio (a search that never met counts as budget+1,
so the ratio is then a lower bound, marked ">=").

A problem with ``montecarlo: {samples: N, mismatch: true}`` (or ``--montecarlo N``) has its chosen
design checked with N mismatch samples at the nominal corner: the result and the report give
the input offset (mean, σ, worst) and each spec's yield, or say the PDK models no mismatch.

It runs on the one runner (:class:`AnalogSuite`): results go to
``OUT/results/<circuit>/<strategy>-sNN.json`` (written atomically; an interrupted run resumes),
the summary to ``OUT/summary.json``, ``OUT/report.md`` and a convergence plot per circuit.
"""

from __future__ import annotations

import fnmatch
import itertools
import statistics
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from chipsmith.core.errors import ConfigError
from chipsmith.evals.executors import JudgeJob
from chipsmith.evals.runner import Context, Problem, Suite, safe_name
from chipsmith.tools.ngspice import Ngspice
from chipsmith.tools.sizing.evaluate import Evaluator
from chipsmith.tools.sizing.montecarlo import run_montecarlo
from chipsmith.tools.sizing.problem import fmt_value, load_problem
from chipsmith.tools.sizing.report import infeasible_message, plot_convergence
from chipsmith.tools.sizing.search import Seed, SizingProposal, check_proposal, gmid_seed, optimise

STRATEGIES = ("random", "bo", "llm+bo", "bo-tr", "llm+bo-tr", "bo-guard", "llm+bo-guard")  # docs/sizing-search.md


def suite_dir(name: str = "") -> Path:
    """The packaged circuits (an editable install or a wheel both keep them as plain files).

    ``""`` or ``level1``: the level-1 smoke suite; ``sky130``: the suite on the SkyWater models;
    ``ptm45``: a common-source stage on the PTM 45 nm cards (a model file without corner sections)."""
    base = Path(str(resources.files("chipsmith.evals").joinpath("data", "analog")))
    return base if name in ("", "level1") else base / name


def circuits(directory: Path, pattern: str = "*") -> list[Path]:
    found = sorted(p for p in Path(directory).glob("*.yaml") if fnmatch.fnmatch(p.stem, pattern))
    if not found:
        raise ConfigError(f"no circuit matches {pattern!r} in {directory}")
    return found


def run_one(problem_path: Path, strategy: str, seed: int, budget: int, work_root: Path, *, llm: Any = None,
            ngspice: str = "ngspice", timeout: float = 30.0, start_point: tuple[Seed, str] | None = None,
            pdk: str | None = None, model_dirs: Sequence[str] = (), corners: bool = False,
            corner_jobs: int = 1, montecarlo: int | None = None, corner_stop: bool = False) -> dict[str, Any]:
    """Size one circuit with one strategy and seed; stop at the first point meeting every spec.

    ``start_point`` is llm+bo's seed when it was chosen already (the runner asks the model first).
    ``pdk`` replaces the problem's own; with ``corners`` a point meets only when it meets at every
    sign-off corner of the problem (screened at nominal first). ``montecarlo`` is the number of
    mismatch samples of the chosen design (None: the problem's own ``montecarlo:``; 0: none)."""
    problem = load_problem(problem_path, pdk=pdk)
    counter = itertools.count()
    work = work_root / f"{problem.name}-{strategy}-s{seed:02d}"

    def next_dir() -> Path:
        return work / f"{next(counter):05d}"

    sim = Ngspice(ngspice, timeout=timeout, model_dirs=[Path(d) for d in model_dirs])
    evaluator = Evaluator(problem, sim, next_dir, corners=corners, corner_jobs=corner_jobs, stop_at_failing_corner=corner_stop)
    start: Seed | None = None
    seed_note = ""
    if strategy.startswith("llm+"):
        start, seed_note = start_point or _start_point(problem, llm)
    t0 = time.monotonic()
    result = optimise(problem, evaluator, strategy=strategy, budget=budget, seed=seed, start=start, stop_when_met=True)
    best = result.best
    seconds = time.monotonic() - t0
    mc = _montecarlo(problem, best.values if best is not None and best.feasible else None, sim, work, montecarlo,
                     max(2, corner_jobs))
    return {
        "circuit": problem.name, "title": problem.title, "strategy": strategy, "seed": seed, "budget": budget,
        "met": result.first_met is not None, "sims_to_met": result.first_met, "simulations": len(result.history),
        "runs_to_met": result.sims_to_met, "ngspice_runs": result.simulations, "timeouts_rerun": evaluator.timeouts,
        "corners": [c.label for c in evaluator.corners], "pdk": str(problem.pdk.library) if problem.pdk else "",
        "sim_seconds": round(result.sim_seconds, 2), "optimiser_seconds": round(result.optimiser_seconds, 2),
        "seconds": round(seconds, 2), "seed_source": start.source if start else "",
        "seed_note": seed_note, "best": best.to_dict() if best else None,
        "specs": {s.name: s.describe() for s in problem.specs.values()},
        "violation_trace": [round(p.violation, 5) for p in result.history],
        "why_not_met": "" if result.first_met is not None or not result.history else infeasible_message(problem, result),
        **({"montecarlo": mc} if mc is not None else {}),
    }


def _montecarlo(problem: Any, values: dict[str, float] | None, sim: Ngspice, work: Path, samples: int | None,
                jobs: int) -> dict[str, Any] | None:
    """Mismatch samples of the design the search chose (only one that met every spec is checked)."""
    spec = problem.montecarlo
    n = samples if samples is not None else (spec.samples if spec else 0)
    if not n:
        return None
    if values is None:
        return {"status": "skipped", "note": "Monte Carlo not run: the search found no design meeting every spec",
                "samples": 0}
    mc = run_montecarlo(problem, values, sim, work / "montecarlo", samples=n, seed=spec.seed if spec else 0,
                        offset=spec.offset if spec else "offset", jobs=jobs)
    return mc.to_dict()


def _start_point(problem: Any, llm: Any) -> tuple[Seed, str]:
    if llm is None:
        return Seed(gmid_seed(problem), {}, "gm/Id"), "no model given (--llm): deterministic gm/Id seed"
    from chipsmith.agents.circuit_sizer import llm_seed
    from chipsmith.agents.state import ChipState

    class _Ctx:  # the only parts of AgentContext the seeding step uses
        def __init__(self, model: Any) -> None:
            self.llm = model

    state = ChipState(request=f"size {problem.title}", inputs={"netlist": str(problem.path)})
    seed, note = llm_seed(problem, state, _Ctx(llm))  # type: ignore[arg-type]
    if seed is None:
        return Seed(gmid_seed(problem), {}, "gm/Id", [note]), f"{note}; deterministic gm/Id seed used"
    return seed, note


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Per circuit and strategy: met fraction, median sims to reach the specs, median seconds; random/BO ratio."""
    out: dict[str, Any] = {}
    for circuit in sorted({r["circuit"] for r in results}):
        rows = [r for r in results if r["circuit"] == circuit]
        per: dict[str, Any] = {}
        for strategy in STRATEGIES:
            rs = [r for r in rows if r["strategy"] == strategy]
            if not rs:
                continue
            sims = [r["sims_to_met"] if r["met"] else r["budget"] + 1 for r in rs]
            best_met = [r for r in rs if r["met"]]
            runs = [r.get("runs_to_met") or r["sims_to_met"] if r["met"] else r.get("ngspice_runs", r["budget"]) + 1
                    for r in rs]
            per[strategy] = {"runs": len(rs), "met": sum(r["met"] for r in rs), "median_sims": statistics.median(sims),
                             "median_ngspice_runs": statistics.median(runs),
                             "censored": any(not r["met"] for r in rs), "median_seconds": statistics.median(r["seconds"] for r in rs),
                             "median_sim_seconds": statistics.median(r.get("sim_seconds", r["seconds"]) for r in rs),
                             "median_optimiser_seconds": statistics.median(r.get("optimiser_seconds", 0.0) for r in rs),
                             "max_seconds": max(r["seconds"] for r in rs),
                             "best": (best_met[0]["best"]["measured"] if best_met else rs[0]["best"]["measured"] if rs[0]["best"] else {})}
        entry: dict[str, Any] = {"title": rows[0]["title"], "specs": rows[0]["specs"], "strategies": per,
                                 "corners": rows[0].get("corners", [])}
        mc = [_mc_row(r) for r in rows if r.get("montecarlo")]
        if mc:
            entry["montecarlo"] = mc
        if "random" in per:
            # random search against every other strategy in the run; with corners a design point costs one
            # to 1 + corners simulations, so ngspice runs are compared too. A ratio is a lower bound when
            # random never met within its budget; a strategy that itself did not meet is not compared.
            rnd = per["random"]
            entry["random_over"] = {
                name: {"points": round(rnd["median_sims"] / s["median_sims"], 2),
                       "runs": round(rnd["median_ngspice_runs"] / s["median_ngspice_runs"], 2),
                       "lower_bound": rnd["censored"]}
                for name, s in per.items() if name != "random" and s["met"] * 2 > s["runs"]}
            if "bo" in entry["random_over"]:
                entry["random_over_bo"] = entry["random_over"]["bo"]["points"]
                entry["ratio_is_lower_bound"] = entry["random_over"]["bo"]["lower_bound"]
                entry["random_over_bo_runs"] = entry["random_over"]["bo"]["runs"]
        out[circuit] = entry
    return out


def _mc_row(r: dict[str, Any]) -> dict[str, Any]:
    """One search's Monte Carlo check in the summary: offset statistics and yields, without the samples."""
    mc = r["montecarlo"]
    row = {"strategy": r["strategy"], "seed": r["seed"], "status": mc["status"], "note": mc.get("note", ""),
           "samples": mc.get("samples", 0)}
    if mc["status"] == "ok":
        yields = {k: v["fraction"] for k, v in mc["yield"].items()}
        worst = min((k for k in yields if k != "all"), key=lambda k: yields[k], default="")
        row.update({"offset": mc["offset"], "yield_all": yields.get("all"), "yield_all_ci95": mc["yield"]["all"]["ci95"],
                    "lowest_spec": worst, "lowest_yield": yields.get(worst), "yields": yields, "failed": mc["failed"],
                    "seconds": mc["seconds"], "corner": mc["corner"]})
    return row


def _mc_lines(summary: dict[str, Any]) -> list[str]:
    rows = [(c, m) for c, e in summary.items() for m in e.get("montecarlo", [])]
    if not rows:
        return []
    out = ["", "## Monte Carlo mismatch of the chosen design (nominal corner)", "",
           "| circuit | search | samples | offset mean | offset σ | worst offset | yield, every spec (95 % interval) | "
           "lowest spec yield | s |", "|---|---|---|---|---|---|---|---|---|"]
    for circuit, m in rows:
        if m["status"] != "ok":
            out.append(f"| {circuit} | {m['strategy']} s{m['seed']} | — | {m['note']} | | | | | |")
            continue
        o = m["offset"]
        off = [fmt_value(o[k], "V") for k in ("mean", "sigma", "worst")] if o else ["not measured"] * 3
        lo, hi = m["yield_all_ci95"]
        out.append(f"| {circuit} | {m['strategy']} s{m['seed']} | {m['samples']} | {off[0]} | {off[1]} | {off[2]} | "
                   f"{100 * m['yield_all']:.1f} % ({100 * lo:.1f}–{100 * hi:.1f} %) | "
                   f"{m['lowest_spec']} {100 * (m['lowest_yield'] or 0):.1f} % | {m['seconds']:.0f} |")
    return out


def report_md(summary: dict[str, Any], header: dict[str, Any]) -> str:
    lines = ["# Analog sizing suite", "", f"budget {header['budget']}, seeds {header['seeds']}, "
             f"strategies {', '.join(header['strategies'])}; ngspice {header.get('ngspice', '')}", "",
             "| circuit | corners | strategy | met (all corners) | median points to specs | median ngspice runs | "
             "median s (simulation / optimiser) | max s |", "|---|---|---|---|---|---|---|---|"]
    for circuit, e in summary.items():
        for strategy, s in e["strategies"].items():
            gt = '>' if s['censored'] and s['met'] * 2 < s['runs'] else ''
            lines.append(f"| {circuit} | {len(e.get('corners') or [1])} | {strategy} | {s['met']}/{s['runs']} | "
                         f"{gt}{s['median_sims']:g} | {gt}{s.get('median_ngspice_runs', s['median_sims']):g} | "
                         f"{s['median_seconds']:.1f} ({s.get('median_sim_seconds', 0):.1f} / "
                         f"{s.get('median_optimiser_seconds', 0):.1f}) | {s['max_seconds']:.1f} |")
    lines += ["", "| circuit | strategy | random / strategy (median points) | random / strategy (median ngspice runs) |",
              "|---|---|---|---|"]
    for circuit, e in summary.items():
        for name, r in e.get("random_over", {}).items():
            bound = ">= " if r["lower_bound"] else ""
            lines.append(f"| {circuit} | {name} | {bound}{r['points']:g} | {bound}{r['runs']:g} |")
    lines += _mc_lines(summary)
    return "\n".join(lines) + "\n"


def _ngspice_version(binary: str) -> str:
    from chipsmith.tools.versions import tool_version

    line = tool_version(binary, "ngspice") or "unknown"
    return line.split(":")[0].strip() or "unknown"


def _trace_plot(traces: dict[str, dict[str, Any]], title: str) -> bytes:
    from chipsmith.tools.sizing.evaluate import Point

    hist: dict[str, Sequence[Point]] = {
        label: [Point(i + 1, {}, {}, {"v": v}, "ok", 0.0) for i, v in enumerate(r["violation_trace"])]
        for label, r in traces.items()}
    return plot_convergence(hist, title)


__all__ = ["AnalogSuite", "run_one", "summarise", "circuits", "suite_dir", "SizingProposal", "check_proposal"]


def _judge(job: JudgeJob) -> dict[str, Any]:
    p = job.params
    r = run_one(Path(p["path"]), p["strategy"], p["seed"], p["budget"], Path(job.workdir or "."), ngspice=p["ngspice"],
                timeout=p.get("sim_timeout", 30.0), start_point=p["start_point"], pdk=p.get("pdk") or None,
                model_dirs=p.get("model_dirs", ()), corners=bool(p.get("corners")), corner_jobs=p.get("corner_jobs", 1),
                montecarlo=p.get("montecarlo"), corner_stop=bool(p.get("corner_stop")))
    return {**r, "verdict": "pass" if r["met"] else "fail", "passed": bool(r["met"]),
            "failure": {"name": "met" if r["met"] else "not-met"}}


class AnalogSuite(Suite):
    """Every circuit x strategy x seed of the sizing suite; llm+bo asks the model for its seed first."""

    name: ClassVar[str] = "analog"

    def __init__(self, suite: Path, *, pattern: str = "*", strategies: list[str], seeds: int, budget: int,
                 ngspice: str = "ngspice", timeout: float = 30.0, pdk: str = "", model_dirs: Sequence[Path] = (),
                 corners: bool = False, corner_jobs: int = 1, montecarlo: int | None = None,
                 corner_stop: bool = False) -> None:
        self.paths = circuits(suite, pattern)
        self.corner_stop = corner_stop
        self.montecarlo = montecarlo
        self.corner_jobs = corner_jobs
        self.strategies, self.seeds, self.budget = strategies, seeds, budget
        self.ngspice, self.timeout = ngspice, timeout
        self.pdk, self.model_dirs, self.corners = pdk, [str(Path(d).resolve()) for d in model_dirs], corners
        for path in self.paths:  # a bad PDK or corner is one line now, not a crash per search
            load_problem(path, pdk=pdk or None)

    def config(self) -> dict[str, Any]:
        return {"budget": self.budget, "strategies": self.strategies, "pdk": self.pdk, "corners": self.corners,
                "model_dirs": self.model_dirs, **({"corner_stop": True} if self.corner_stop else {}),
                **({"montecarlo": self.montecarlo} if self.montecarlo is not None else {})}

    def describe(self) -> dict[str, Any]:
        return {"header": {"budget": self.budget, "seeds": self.seeds, "strategies": self.strategies,
                           "ngspice": _ngspice_version(self.ngspice), "circuits": [p.stem for p in self.paths],
                           "pdk": self.pdk, "corners": self.corners, "montecarlo": self.montecarlo,
                           "corner_stop": self.corner_stop}}

    def binaries(self) -> dict[str, str]:
        return {"ngspice": self.ngspice}

    def problems(self) -> list[Problem]:
        return [Problem(f"{path.stem}/{strategy}-s{s:02d}", path.stem,
                        data={"path": str(path), "strategy": strategy, "seed": s})
                for path in self.paths for strategy in self.strategies for s in range(self.seeds)]

    def produce(self, problem: Problem, sample: int, ctx: Context) -> tuple[Seed, str] | None:
        if not problem.data["strategy"].startswith("llm+"):
            return None
        return _start_point(load_problem(Path(problem.data["path"])), ctx.llm)

    def judge(self, problem: Problem, sample: int, produced: Any, workdir: Path | None, ctx: Context) -> JudgeJob:
        # the job's own limit is the whole search's; each simulation has the tool timeout
        return JudgeJob(_judge, problem.id, sample, {}, str(workdir) if workdir else None, self.timeout,
                        params={**problem.data, "budget": self.budget, "ngspice": self.ngspice, "start_point": produced,
                                "sim_timeout": self.timeout, "pdk": self.pdk, "model_dirs": self.model_dirs,
                                "corners": self.corners, "corner_jobs": self.corner_jobs, "montecarlo": self.montecarlo,
                                "corner_stop": self.corner_stop})

    @classmethod
    def result_name(cls, problem_id: str, sample: int) -> str:
        return "/".join(safe_name(part) for part in problem_id.split("/")) + ".json"

    @classmethod
    def workdir_name(cls, problem_id: str, sample: int) -> str | None:
        return "work/" + "/".join(safe_name(part) for part in problem_id.split("/"))

    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        ok = [r for r in results if r.get("verdict") != "error"]
        return {"header": record.get("header", {}), "circuits": summarise(ok),
                "errors": [{"problem": r["problem"], "error": r.get("error", "")} for r in results if r not in ok]}

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        text = report_md(summary["circuits"], summary["header"])
        if summary["errors"]:
            text += "\n## Crashed searches\n\n" + "\n".join(f"- {e['problem']}: {e['error']}" for e in summary["errors"]) + "\n"
        files: dict[str, str | bytes] = {"report.md": text}
        for circuit in summary["circuits"]:
            traces = {f"{r['strategy']} s{r['seed']}": r for r in results if r.get("circuit") == circuit}
            files[f"{circuit}_convergence.png"] = _trace_plot(traces, circuit)
        return files
