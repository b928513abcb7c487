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

Results go to ``OUT/results/<circuit>/<strategy>-sNN.json`` (written atomically; an
interrupted run resumes), the summary to ``OUT/summary.json`` and ``OUT/report.md``.
"""

from __future__ import annotations

import fnmatch
import itertools
import json
import statistics
import time
from importlib import resources
from pathlib import Path
from typing import Any

import click

from chipsmith.agents.circuit_sizer import (Evaluator, Seed, check_proposal, gmid_seed, load_problem, optimise,
                                            plot_convergence, SizingProposal)
from chipsmith.core.errors import BackendError, ConfigError
from chipsmith.core.files import write_atomic, write_json_atomic
from chipsmith.tools.ngspice import Ngspice

STRATEGIES = ("random", "bo", "llm+bo")


def suite_dir() -> Path:
    """The packaged circuits (an editable install or a wheel both keep them as plain files)."""
    return Path(str(resources.files("chipsmith.evals").joinpath("data", "analog")))


def circuits(directory: Path, pattern: str = "*") -> list[Path]:
    found = sorted(p for p in Path(directory).glob("*.yaml") if fnmatch.fnmatch(p.stem, pattern))
    if not found:
        raise ConfigError(f"no circuit matches {pattern!r} in {directory}")
    return found


def run_one(problem_path: Path, strategy: str, seed: int, budget: int, work_root: Path, *, llm: Any = None,
            ngspice: str = "ngspice", timeout: float = 30.0) -> dict[str, Any]:
    """Size one circuit with one strategy and seed; stop at the first point meeting every spec."""
    problem = load_problem(problem_path)
    counter = itertools.count()
    work = work_root / f"{problem.name}-{strategy}-s{seed:02d}"

    def next_dir() -> Path:
        return work / f"{next(counter):05d}"

    evaluator = Evaluator(problem, Ngspice(ngspice, timeout=timeout), next_dir)
    start: Seed | None = None
    seed_note = ""
    if strategy == "llm+bo":
        start, seed_note = _start_point(problem, llm)
    t0 = time.monotonic()
    result = optimise(problem, evaluator, strategy=strategy, budget=budget, seed=seed, start=start, stop_when_met=True)
    best = result.best
    return {
        "circuit": problem.name, "title": problem.title, "strategy": strategy, "seed": seed, "budget": budget,
        "met": result.first_met is not None, "sims_to_met": result.first_met, "simulations": len(result.history),
        "seconds": round(time.monotonic() - t0, 2), "seed_source": start.source if start else "",
        "seed_note": seed_note, "best": best.to_dict() if best else None,
        "specs": {s.name: s.describe() for s in problem.specs.values()},
        "violation_trace": [round(p.violation, 5) for p in result.history],
    }


def _start_point(problem: Any, llm: Any) -> tuple[Seed, str]:
    if llm is None:
        return Seed(gmid_seed(problem), {}, "gm/Id"), "no model given (--llm): deterministic gm/Id seed"
    from chipsmith.agents.circuit_sizer import AGENT, _llm_seed
    from chipsmith.agents.state import ChipState

    class _Ctx:  # the only parts of AgentContext the seeding step uses
        def __init__(self, model: Any) -> None:
            self.llm = model

    state = ChipState(request=f"size {problem.title}", inputs={"netlist": str(problem.path)})
    seed, note = _llm_seed(problem, state, _Ctx(llm))  # type: ignore[arg-type]
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
            per[strategy] = {"runs": len(rs), "met": sum(r["met"] for r in rs), "median_sims": statistics.median(sims),
                             "censored": any(not r["met"] for r in rs), "median_seconds": statistics.median(r["seconds"] for r in rs),
                             "max_seconds": max(r["seconds"] for r in rs),
                             "best": (best_met[0]["best"]["measured"] if best_met else rs[0]["best"]["measured"] if rs[0]["best"] else {})}
        entry: dict[str, Any] = {"title": rows[0]["title"], "specs": rows[0]["specs"], "strategies": per}
        if "random" in per and "bo" in per:
            entry["random_over_bo"] = round(per["random"]["median_sims"] / per["bo"]["median_sims"], 2)
            entry["ratio_is_lower_bound"] = per["random"]["censored"] and not per["bo"]["censored"]
        out[circuit] = entry
    return out


def report_md(summary: dict[str, Any], header: dict[str, Any]) -> str:
    lines = [f"# Analog sizing suite", "", f"budget {header['budget']}, seeds {header['seeds']}, "
             f"strategies {', '.join(header['strategies'])}; ngspice {header.get('ngspice', '')}", "",
             "| circuit | strategy | met | median sims to specs | median s | max s |", "|---|---|---|---|---|---|"]
    for circuit, e in summary.items():
        for strategy, s in e["strategies"].items():
            med = f"{'>' if s['censored'] and s['met'] * 2 < s['runs'] else ''}{s['median_sims']:g}"
            lines.append(f"| {circuit} | {strategy} | {s['met']}/{s['runs']} | {med} | {s['median_seconds']:.1f} | {s['max_seconds']:.1f} |")
    lines += ["", "| circuit | random / BO (median sims) |", "|---|---|"]
    for circuit, e in summary.items():
        if "random_over_bo" in e:
            lines.append(f"| {circuit} | {'>= ' if e['ratio_is_lower_bound'] else ''}{e['random_over_bo']:g} |")
    return "\n".join(lines) + "\n"


def _ngspice_version(binary: str) -> str:
    from chipsmith.tools.versions import tool_version

    line = tool_version(binary, "ngspice") or "unknown"
    return line.split(":")[0].strip() or "unknown"


@click.command("analog")
@click.option("--strategy", "strategies", multiple=True, type=click.Choice(STRATEGIES),
              help="search strategies to compare (repeatable; default: random and bo)")
@click.option("--seeds", default=3, show_default=True, type=click.IntRange(1, 50), help="seeds per circuit and strategy")
@click.option("--budget", default=200, show_default=True, type=click.IntRange(1, 5000), help="simulations per search")
@click.option("--circuits", "pattern", default="*", show_default=True, help="glob over circuit names (cs_amp, ota5, ...)")
@click.option("--suite", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="directory of problem YAML files (default: the packaged suite)")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="run directory (default: ./runs/analog-<time>); an existing one resumes")
@click.option("--llm", "llm_spec", default=None, help="model for llm+bo seeds (embedded | URL | script:PATH); default: gm/Id seed")
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON on stdout")
def cli_analog(strategies: tuple[str, ...], seeds: int, budget: int, pattern: str, suite: Path | None, out: Path | None,
               llm_spec: str | None, as_json: bool) -> None:
    """Analog sizing suite: per circuit, met or not, simulations to reach the specs, wall time, best figures."""
    from rich.console import Console
    from rich.table import Table

    from chipsmith.core.config import load_settings

    chosen = list(strategies) or ["random", "bo"]
    settings = load_settings(llm=llm_spec)
    llm = None
    if llm_spec and "llm+bo" in chosen:
        from chipsmith.agents.llm import make_llm

        llm = make_llm(settings)
    paths = circuits(suite or suite_dir(), pattern)
    run_dir = out or Path("runs") / time.strftime("analog-%Y%m%d-%H%M%S")
    header = {"budget": budget, "seeds": seeds, "strategies": chosen, "ngspice": _ngspice_version(settings.ngspice),
              "circuits": [p.stem for p in paths]}
    eval_file = run_dir / "eval.json"
    if eval_file.exists():
        old = json.loads(eval_file.read_text())
        if {k: old.get(k) for k in ("budget", "strategies")} != {k: header[k] for k in ("budget", "strategies")}:
            raise ConfigError(f"{run_dir} holds a run with other settings ({old.get('budget')}, {old.get('strategies')}); "
                              "use another --out")
    write_json_atomic(eval_file, header)
    err = Console(stderr=True)
    results: list[dict[str, Any]] = []
    for path in paths:
        for strategy in chosen:
            for s in range(seeds):
                res_path = run_dir / "results" / path.stem / f"{strategy}-s{s:02d}.json"
                if res_path.exists():
                    results.append(json.loads(res_path.read_text()))
                    continue
                try:
                    r = run_one(path, strategy, s, budget, run_dir / "work", llm=llm, ngspice=settings.ngspice,
                                timeout=settings.tool_timeout)
                except BackendError as exc:
                    raise ConfigError(f"the model for llm+bo failed: {exc}") from None
                write_json_atomic(res_path, r)
                results.append(r)
                err.print(f"{path.stem:16s} {strategy:7s} seed {s}: "
                          f"{'met at ' + str(r['sims_to_met']) if r['met'] else 'not met in ' + str(budget)} sims, {r['seconds']:.1f} s")
    summary = summarise(results)
    write_json_atomic(run_dir / "summary.json", {"header": header, "circuits": summary})
    write_atomic(run_dir / "report.md", report_md(summary, header))
    for path in paths:
        traces = {f"{r['strategy']} s{r['seed']}": r for r in results if r["circuit"] == path.stem}
        if traces:
            write_atomic(run_dir / f"{path.stem}_convergence.png", _trace_plot(traces, path.stem))
    if as_json:
        click.echo(json.dumps({"run_dir": str(run_dir), "header": header, "circuits": summary}, indent=2, sort_keys=True))
        return
    table = Table(title=f"analog sizing suite ({run_dir})")
    for col in ("circuit", "strategy", "met", "median sims", "median s", "best figures"):
        table.add_column(col)
    for circuit, e in summary.items():
        for strategy, s in e["strategies"].items():
            figs = ", ".join(f"{k}={v:.4g}" for k, v in sorted(s["best"].items()) if k in e["specs"])
            table.add_row(circuit, strategy, f"{s['met']}/{s['runs']}", f"{s['median_sims']:g}", f"{s['median_seconds']:.1f}", figs)
    err.print(table)
    for circuit, e in summary.items():
        if "random_over_bo" in e:
            err.print(f"{circuit}: random/BO = {'>= ' if e['ratio_is_lower_bound'] else ''}{e['random_over_bo']:g}")


def _trace_plot(traces: dict[str, dict[str, Any]], title: str) -> bytes:
    from chipsmith.agents.circuit_sizer import Point

    hist = {label: [Point(i + 1, {}, {}, {"v": v}, "ok", 0.0) for i, v in enumerate(r["violation_trace"])]
            for label, r in traces.items()}
    return plot_convergence(hist, title)


__all__ = ["cli_analog", "run_one", "summarise", "circuits", "suite_dir", "SizingProposal", "check_proposal"]
