"""``chipsmith eval rf|analog|netlist|datasheet|localize|knowledge|kv|requests``: the project's own suites.

Each command builds its suite adapter and runs it on the one runner (run directory, resume,
progress bar, reports); the tables it prints are read from the run's summary.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from chipsmith.cli_eval import default_out, run_with_progress
from chipsmith.core.console import Console
from chipsmith.evals import runner


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n")


@click.command("rf")
@click.option("--suite", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="suite YAML (default: the packaged suite)")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="run directory (default: chipsmith-out/eval-rf-<time>)")
@click.option("--only", multiple=True, help="run only entries whose id contains this text (repeatable)")
@click.option("--resume", is_flag=True, help="keep results already in the run directory")
@click.option("--no-spice", "no_spice", is_flag=True, help="skip the ngspice cross-check")
@click.option("--mc-samples", "mc_samples", type=int, default=500, show_default=True, help="Monte Carlo builds per design")
@click.option("--yield-target", "yield_target", type=click.FloatRange(0, 100, min_open=True), default=None,
              help="least yield in percent for 'met' (default: each spec's own, 90 unless it says)")
@click.option("--json", "as_json", is_flag=True, help="print results and summary as JSON on stdout")
def rf(suite: Path | None, out: Path | None, only: tuple[str, ...], resume: bool, no_spice: bool, mc_samples: int,
       yield_target: float | None, as_json: bool) -> None:
    """RF filter suite: met (buildable: catalogue parts, yield at target), yield, topology, worst part, seconds."""
    from rich.table import Table

    from chipsmith.core.config import load_settings
    from chipsmith.evals.rf import RFSuite

    run_dir = out or default_out("rf")
    console = Console(json_mode=as_json)
    adapter = RFSuite(suite, only=only, spice=not no_spice, mc_samples=mc_samples, ngspice=load_settings().ngspice,
                      yield_target_pct=yield_target)
    _, summary = run_with_progress(adapter, run_dir, console=console, label="RF suite", resume=resume)
    results = runner.load_results(run_dir, runner.read_record(run_dir))
    s = summary["summary"]
    if as_json:
        _print_json({"summary": s, "results": results})
        return
    table = Table(title=f"RF suite: {s['met']}/{s['specs']} met (buildable), {s['met_nominal']} met at nominal")
    for col in ("id", "met", "yield", "topology", "order (min)", "worst part", "s", "spice dB"):
        table.add_column(col)
    for r in results:
        if "error" in r:
            table.add_row(str(r["id"]), "error", "", "", "", "", "", r["error"][:40])
            continue
        sd = r.get("spice_max_diff_db")
        y = "" if r["yield"] is None else f"{100 * r['yield']:.1f} %"
        table.add_row(r["id"], "yes" if r["met"] else ("nominal only" if r.get("met_nominal") else "NO"), y, r["topology"],
                      f"{r['order']} ({r['min_order']})", r["worst_part"], f"{r['seconds']:.2f}", "" if sd is None else f"{sd:.1e}")
    console.out.print(table)
    console.info(f"report: {run_dir / 'report.md'}")


@click.command("datasheet")
@click.option("--dataset", type=click.Path(path_type=Path), default=None,
              help="directory of NAME.pdf + NAME.json pairs (default: the corpus shipped with chipsmith)")
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="run directory: one result file per datasheet and summary.json (resumes if present)")
@click.option("--fresh", is_flag=True, help="ignore results already in --out and score every datasheet again")
@click.option("--models", is_flag=True, help="also fit each model card and simulate it in ngspice against the datasheet")
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON on stdout")
def datasheet(dataset: Path | None, out: Path | None, fresh: bool, models: bool, as_json: bool) -> None:
    """Datasheet extraction: EM, F1 and EC per device class, quantity and layout (no LLM)."""
    from importlib import resources

    from chipsmith.evals.datasheet_suite import DatasheetSuite

    ds = dataset or Path(str(resources.files("chipsmith.evals").joinpath("data", "datasheets")))
    console = Console(json_mode=as_json)
    with tempfile.TemporaryDirectory(prefix="chipsmith-datasheet-") as tmp:
        run_dir = out or Path(tmp)  # without --out the scores are printed and nothing is kept
        _, summary = run_with_progress(DatasheetSuite(ds, models=models), run_dir, console=console,
                                       label="scoring datasheets", resume=True, redo=fresh)
    if as_json:
        _print_json(summary)
        return
    from chipsmith.evals.datasheet import _table

    click.echo(_table(summary))
    click.echo(f"\n{summary['cases']} datasheets, {len(summary['errors'])} errors, "
               f"{summary['spurious_parameters']} spurious parameters, device class right on "
               f"{summary['device_class_correct']}/{summary['cases']}, {summary['seconds_per_case']} s per datasheet")
    for cls, m in summary.get("models", {}).items():
        click.echo(f"model {cls}: {m['cards']}/{m['datasheets']} cards, {m['passed']}/{m['checks']} figures within tolerance, "
                   f"max |residual| {100 * m['max_rel_residual']:.2f} % (relative), {m['max_abs_residual']:.3g} (dB/°)")
    for e in summary["errors"]:
        click.echo(f"error: {e['case']}: {e['error'].splitlines()[-1] if e['error'] else ''}")


@click.command("analog")
@click.option("--strategy", "strategies", multiple=True,
              type=click.Choice(("random", "bo", "llm+bo", "bo-tr", "llm+bo-tr", "bo-guard", "llm+bo-guard")),
              help="search strategies to compare (repeatable; default: random and bo; bo-tr: in a trust region "
                   "around the best point; llm+: from a start point)")
@click.option("--seeds", default=3, show_default=True, type=click.IntRange(1, 50), help="seeds per circuit and strategy")
@click.option("--budget", default=200, show_default=True, type=click.IntRange(1, 5000), help="simulations per search")
@click.option("--circuits", "pattern", default="*", show_default=True, help="glob over circuit names (cs_amp, ota5, ...)")
@click.option("--suite", default=None,
              help="packaged suite (level1: fast level-1 smoke test, the default; sky130: the SkyWater models; ptm45: PTM 45 nm cards) "
                   "or a directory of problem YAML files")
@click.option("--pdk", default=None, help="a packaged PDK (sky130) or a model library file with one .lib section per "
              "corner; replaces each problem's own pdk")
@click.option("--corners", is_flag=True, help="a point meets only when it meets at every corner of its problem "
              "(screened at nominal first)")
@click.option("--corner-jobs", "corner_jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="ngspice processes at once for a candidate's corners")
@click.option("--corner-stop", "corner_stop", is_flag=True,
              help="with --corners: run a candidate's corners a batch of --corner-jobs at a time, the most often failing "
                   "first, and stop at a batch where one fails")
@click.option("--montecarlo", "montecarlo", default=None, type=click.IntRange(0, 100000),
              help="mismatch samples of each chosen design: offset and spec yield (default: the problem's montecarlo: key; 0: none)")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="run directory (default: ./runs/analog-<time>); an existing one resumes")
@click.option("--llm", "llm_spec", default=None, help="model for llm+bo seeds (embedded | URL | script:PATH); default: gm/Id seed")
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON on stdout")
def analog(strategies: tuple[str, ...], seeds: int, budget: int, pattern: str, suite: str | None, pdk: str | None,
           corners: bool, corner_jobs: int, corner_stop: bool, montecarlo: int | None, out: Path | None, llm_spec: str | None,
           as_json: bool) -> None:
    """Analog sizing suite: per circuit, met or not, simulations to reach the specs, wall time, best figures."""
    import time

    from rich.table import Table

    from chipsmith.core.config import load_settings
    from chipsmith.core.rundir import RunRecord
    from chipsmith.evals.analog import AnalogSuite, suite_dir

    chosen = list(strategies) or ["random", "bo"]
    settings = load_settings(llm=llm_spec, pdk=pdk)
    run_dir = out or Path("runs") / time.strftime("analog-%Y%m%d-%H%M%S")
    directory = suite_dir(suite or "") if (suite or "") in ("", "level1", "sky130") else Path(suite or "")
    adapter = AnalogSuite(directory, pattern=pattern, strategies=chosen, seeds=seeds, budget=budget,
                          ngspice=settings.ngspice, timeout=settings.tool_timeout, pdk=settings.pdk,
                          model_dirs=settings.model_dirs, corners=corners, corner_jobs=corner_jobs, montecarlo=montecarlo,
                          corner_stop=corner_stop)
    llm = record = None
    if llm_spec and any(s.startswith("llm+") for s in chosen):
        from chipsmith.agents.llm import make_llm

        record = RunRecord(run_dir)
        llm = make_llm(settings, record)
    console = Console(json_mode=as_json)
    _, summary = run_with_progress(adapter, run_dir, console=console, label="analog sizing suite", resume=True,
                                   settings=settings, llm=llm, record=record)
    if as_json:
        click.echo(json.dumps({"run_dir": str(run_dir), "header": summary["header"], "circuits": summary["circuits"]},
                              indent=2, sort_keys=True))
        return
    table = Table(title=f"analog sizing suite ({run_dir})")
    for col in ("circuit", "corners", "strategy", "met", "median points", "median ngspice runs", "median s (sim/opt)",
                "best figures"):
        table.add_column(col)
    for circuit, e in summary["circuits"].items():
        for strategy, s in e["strategies"].items():
            figs = ", ".join(f"{k}={v:.4g}" for k, v in sorted(s["best"].items()) if k in e["specs"])
            table.add_row(circuit, str(len(e.get("corners") or [1])), strategy, f"{s['met']}/{s['runs']}",
                          f"{s['median_sims']:g}", f"{s.get('median_ngspice_runs', s['median_sims']):g}",
                          f"{s['median_seconds']:.1f} ({s.get('median_sim_seconds', 0):.1f}/"
                          f"{s.get('median_optimiser_seconds', 0):.1f})", figs)
    console.err.print(table)
    for circuit, e in summary["circuits"].items():
        for name, r in e.get("random_over", {}).items():
            bound = ">= " if r["lower_bound"] else ""
            console.err.print(f"{circuit}: random/{name} = {bound}{r['points']:g} in points, {bound}{r['runs']:g} in ngspice runs")
        for m in e.get("montecarlo", []):
            console.err.print(f"{circuit} {m['strategy']} s{m['seed']}: " + (m["note"] if m["status"] != "ok" else
                              f"Monte Carlo {m['samples']} samples: offset σ {m['offset'].get('sigma', float('nan')) * 1e3:.3g} mV, "
                              f"yield {100 * m['yield_all']:.1f} % (lowest: {m['lowest_spec']} {100 * m['lowest_yield']:.1f} %)"))
    for e in summary["errors"]:
        console.error(f"{e['problem']}: {e['error']}")


@click.command("localize")
@click.option("--dataset", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="verilog-eval-v2 directory (or its dataset_spec-to-rtl folder)")
@click.option("--mutants-per-problem", "k", type=click.IntRange(1, 20), default=2, show_default=True,
              help="failing mutants to localise per problem")
@click.option("--seed", type=int, default=0, show_default=True, help="seed for drawing mutants")
@click.option("--problems", "pattern", default=None, help="glob on problem names, e.g. 'Prob0*'")
@click.option("--jobs", type=click.IntRange(1, 2), default=2, show_default=True, help="problems in parallel (at most 2)")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="run directory: a result per problem, results.json (every mutant), summary.json, report.md")
@click.option("--resume", is_flag=True, help="continue a run in --out, skipping problems that have a result")
@click.option("--equivalence", is_flag=True,
              help="also check the Yosys equivalence flow: each reference against itself and against its failing mutants")
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON on stdout")
def localize(dataset: Path, k: int, seed: int, pattern: str | None, jobs: int, out: Path | None, resume: bool,
             equivalence: bool, as_json: bool) -> None:
    """Localise single-line mutants of the VerilogEval reference solutions; report the top-3 hit share."""
    from chipsmith.evals.localize import LocalizeSuite, summary_line

    adapter = LocalizeSuite(dataset, k=k, seed=seed, pattern=pattern, equivalence=equivalence)
    adapter.problems()  # a dataset without references is refused before anything is written
    console = Console(json_mode=as_json)
    with tempfile.TemporaryDirectory(prefix="chipsmith-localize-run-") as tmp:
        _, summary = run_with_progress(adapter, out or Path(tmp), console=console, label="localising mutants",
                                       jobs=jobs, resume=resume)
    if as_json:
        click.echo(json.dumps(summary, indent=2, sort_keys=True))
        return
    click.echo(summary_line(summary))
    for op, d in sorted(summary["by_operator"].items()):
        click.echo(f"  {op:20s} {d['top3']:4d}/{d['mutants']:<4d}")
    if equivalence:
        eq = summary["equivalence"]
        click.echo(f"Yosys equivalence: references against themselves {eq['references']}; failing mutants {eq['mutants']}")


@click.command("requests")
@click.option("--suite", type=click.Path(exists=True, path_type=Path),
              help="a requests YAML file or a directory of them (default: the packaged suite)")
@click.option("--part", type=click.Choice(["all", "tuning", "held-out"]), default="all", show_default=True,
              help="which part of the suite to run (held out: never tuned on)")
@click.option("--only", multiple=True, help="run only requests whose id contains this text (repeatable)")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="run directory (default: chipsmith-out/eval-requests-<time>)")
@click.option("--resume", is_flag=True, help="keep results already in the run directory")
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON on stdout")
def requests(suite: Path | None, part: str, only: tuple[str, ...], out: Path | None, resume: bool, as_json: bool) -> None:
    """Requests in an engineer's own words: route and spec-field accuracy per agent, tuning and held out."""
    from chipsmith.core.config import load_settings
    from chipsmith.evals.requests import RequestsSuite

    run_dir = out or default_out("requests")
    console = Console(json_mode=as_json)
    settings = load_settings()
    _, summary = run_with_progress(RequestsSuite(suite, only=only, part=part), run_dir, console=console,
                                   label="requests", resume=resume, settings=settings,
                                   meta={"llm": settings.llm, "model_asked_for_specs": False})
    if as_json:
        _print_json(summary)
        return
    text = RequestsSuite.render(summary, runner.load_results(run_dir, runner.read_record(run_dir)), {})["report.md"]
    console.out.print(str(text).split("\n## Misread")[0], markup=False)
    console.info(f"report with every misread request: {run_dir / 'report.md'}")


@click.command("knowledge")
@click.option("--chunks", type=int, default=10_000, show_default=True,
              help="pad the store with synthetic chunks up to this many for the scale test (0: corpus only)")
@click.option("--questions", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="a question file in the format of the shipped bench_questions.yaml")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="run directory (default: chipsmith-out/eval-knowledge-<time>)")
@click.option("--resume", is_flag=True, help="keep a finished measurement already in --out")
@click.option("--json", "as_json", is_flag=True, help="print the full result as JSON")
def knowledge(chunks: int, questions: Path | None, out: Path | None, resume: bool, as_json: bool) -> None:
    """Retrieval benchmark: recall@1/@5, cold start and warm latency (in a temporary store)."""
    from chipsmith.evals.knowledge_suite import KnowledgeSuite

    run_dir = out or default_out("knowledge")
    console = Console(json_mode=as_json)
    _, summary = run_with_progress(KnowledgeSuite(chunks=chunks, questions=questions), run_dir, console=console,
                                   label="knowledge retrieval", resume=resume)
    if as_json:
        _print_json(summary)
        return
    text = KnowledgeSuite.render(summary, [], {})["report.md"]
    console.out.print(str(text), markup=False)


@click.command("netlist")
@click.option("--dataset", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="corpus directory (analoggenie-netlists, ngspice-examples, or a corpus with SOURCES.yaml)")
@click.option("--kind", type=click.Choice(["analoggenie", "ngspice", "real"]), default=None, help="corpus kind (guessed when omitted)")
@click.option("--dialect", default=None, help="read every file of a 'real' corpus in this dialect instead of the one SOURCES.yaml gives")
@click.option("--jobs", type=click.IntRange(1, 2), default=2, show_default=True, help="worker processes")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="run directory (default: ./netlist-eval-<kind>); an existing one resumes")
@click.option("--cosim/--no-cosim", default=False, show_default=True, help="also co-simulate runnable ngspice decks")
@click.option("--limit", type=int, default=None, help="only the first N cases")
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON on stdout")
def netlist(dataset: Path, kind: str | None, dialect: str | None, jobs: int, out: Path | None, cosim: bool,
            limit: int | None, as_json: bool) -> None:
    """Parse and round-trip a netlist corpus; every translation is proven by graph isomorphism."""
    from chipsmith.evals.netlist import report as netlist_report
    from chipsmith.evals.netlist_suite import NetlistSuite, guess_kind

    kind = kind or guess_kind(dataset)
    run_dir = out or Path(f"netlist-eval-{kind}")
    console = Console(json_mode=as_json)
    adapter = NetlistSuite(dataset, kind, cosim=cosim, limit=limit, dialect=dialect, jobs=jobs)
    _, summary = run_with_progress(adapter, run_dir, console=console, label=f"netlist {kind}", jobs=jobs, resume=True)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        click.echo(netlist_report(summary))
        click.echo(f"run directory: {run_dir}")


@click.command("kv")
@click.option("--agents", type=int, default=5, show_default=True, help="agents per round")
@click.option("--prefix-tokens", type=int, default=512, show_default=True, help="kvcomm: shared prefix tokens per request")
@click.option("--input-tokens", type=int, default=1024, show_default=True, help="kvcomm: input tokens per request")
@click.option("--output-tokens", type=int, default=512, show_default=True, help="tokens generated per request")
@click.option("--rounds", type=int, default=1, show_default=True, help="rounds of all agents (kvcomm)")
@click.option("--workflow-rounds", type=int, default=2, show_default=True, help="rounds of the append-only workflow")
@click.option("--workflow-output-tokens", type=int, default=96, show_default=True,
              help="tokens per agent result in the workflow")
@click.option("--scenario", type=click.Choice(["kvcomm", "workflow", "both"]), default="both", show_default=True)
@click.option("--llm", "llm_url", default=None,
              help="an OpenAI-compatible server to measure, its prefix cache reset before each layout where it allows it "
                   "(vLLM with VLLM_SERVER_DEV_MODE=1); default: a fresh embedded server per layout")
@click.option("--gguf", default=None, help="GGUF for the embedded server (default: the packaged SmolLM2-135M)")
@click.option("--threads", type=int, default=1, show_default=True, help="embedded server threads")
@click.option("--run-dir", "run_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="run directory (default: chipsmith-out/eval-kv-<time>)")
@click.option("--resume", is_flag=True, help="continue a run in --run-dir, skipping layouts already measured")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="also write the results as one JSON file here")
@click.option("--json", "as_json", is_flag=True, help="print the results as JSON")
def kv(agents: int, prefix_tokens: int, input_tokens: int, output_tokens: int, rounds: int, workflow_rounds: int,
       workflow_output_tokens: int, scenario: str, llm_url: str | None, gguf: str | None, threads: int,
       run_dir: Path | None, resume: bool, out: Path | None, as_json: bool) -> None:
    """KV-cache reuse across agents: shared-prefix vs agent-first layout, side by side."""
    from rich.table import Table

    from chipsmith.agents.llm import resolve_gguf
    from chipsmith.core.files import write_json_atomic
    from chipsmith.evals.kv_bench import KVSuite
    from chipsmith.options import settings_from

    path = None if llm_url else resolve_gguf(settings_from({"gguf": gguf, "threads": threads}))
    adapter = KVSuite(agents=agents, prefix_tokens=prefix_tokens, input_tokens=input_tokens, output_tokens=output_tokens,
                      rounds=rounds, workflow_rounds=workflow_rounds, workflow_output_tokens=workflow_output_tokens,
                      scenario=scenario, llm_url=llm_url, gguf=path, threads=threads)
    console = Console(json_mode=as_json)
    target = run_dir or default_out("kv")
    _, report = run_with_progress(adapter, target, console=console, label="KV-cache reuse", resume=resume)
    if out:
        write_json_atomic(out, report)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    table = Table(title="KV-cache reuse across agents")
    for col in ("scenario", "layout", "calls", "prompt tok", "cached tok", "reuse", "counters", "prefill tok", "TTFT p50 s",
                "TTFT p95 s", "total s"):
        table.add_column(col, no_wrap=True, overflow="fold")
    for r in report["results"]:
        counters = f"{r['server_cache']['share']:.1%}" if r["server_cache"] else "-"
        table.add_row(r["scenario"], r["layout"], str(r["calls"]), str(r["prompt_tokens"]), str(r["cached_tokens"]),
                      f"{r['reuse']:.1%}", counters, str(r["prefill_tokens"]), f"{r['ttft_p50']:.3f}",
                      f"{r['ttft_p95']:.3f}", f"{r['seconds']:.1f}")
    console.out.width = max(console.out.width, 140)
    console.out.print(table)
    for scen, ratio in report.get("ttft_speedup_p50", {}).items():
        console.out.print(f"{scen}: TTFT p50 agent-first / shared-prefix = {ratio}x")
    if not all(r["cache_reset"] for r in report["results"]):
        console.warning("the server refused POST /reset_prefix_cache, so later layouts started with a warm cache; "
                        "start vLLM with VLLM_SERVER_DEV_MODE=1, or restart it between runs with --scenario")
    console.info(f"run directory: {target}")
