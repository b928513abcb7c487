"""``chipsmith eval ...``: the click commands of every evaluation suite and ``eval report``.

Each command turns its options into a suite adapter (``chipsmith.evals``) and hands it to the
one runner with a progress bar; what it prints afterwards is read from the run's summary.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from chipsmith.core.console import Console
from chipsmith.core.errors import ConfigError
from chipsmith.evals import runner
from chipsmith.evals.harness import MODES, EvalConfig, VerilogSuite

F = Callable[..., Any]


def run_with_progress(suite: runner.Suite, out: Path, *, console: Console, label: str, problems: Sequence[str] = (),
                      jobs: int = 1, executor: str = "local", address: str | None = None, resume: bool = False,
                      settings: Any = None, llm: Any = None, record: Any = None, meta: dict[str, Any] | None = None,
                      redo: bool = False) -> tuple[runner.RunOutcome, dict[str, Any]]:
    """Run ``suite`` into ``out`` with a progress bar on the console; returns the outcome and summary.

    An interrupted run prints how to continue it and exits with status 130.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("pass [green]{task.fields[passed]}[/]"), TimeElapsedColumn(), console=console.err,
                   transient=False, disable=console.json_mode or console.quiet)
    task_id = bar.add_task(label, total=None, passed=0)

    def started(total: int, skipped: int) -> None:
        bar.update(task_id, total=total, completed=skipped)

    def progressed(ev: runner.Progress) -> None:
        bar.update(task_id, completed=ev.done, passed=ev.passed)

    with bar:
        outcome = runner.run(suite, out, problems=problems, jobs=jobs, executor=executor, address=address,
                             resume=resume, settings=settings, llm=llm, record=record, meta=meta, on_start=started,
                             on_progress=progressed, redo=redo)
    summary = runner.summarise_run(out)
    if outcome.interrupted:
        console.err.print(f"interrupted: {outcome.done} of {outcome.total} samples have results; "
                          "continue with the same command and --resume")
        raise click.exceptions.Abort()  # the CLI exits with status 130
    return outcome, summary


def default_out(name: str) -> Path:
    return Path("chipsmith-out") / f"eval-{name}-{time.strftime('%Y%m%d-%H%M%S')}"


# --------------------------------------------------------------------------- VerilogEval and RTLLM


def eval_options(fn: F) -> F:
    """The options ``chipsmith eval verilogeval`` and ``eval rtllm`` share."""
    options = [
        click.option("--mode", type=click.Choice(MODES), default="oracle", show_default=True,
                     help="oracle: judge the reference solutions (harness self-check); single-shot: one LLM answer "
                          "per sample in upstream's prompt format; agent: the Verilog specialist with its fix loop"),
        click.option("--samples", "-n", type=click.IntRange(1), default=1, show_default=True,
                     help="samples per problem (pass@k is reported for k <= n)"),
        click.option("--temperature", type=click.FloatRange(0, 2), default=None,
                     help="sampling temperature (default from settings; upstream: 0 for n=1, 0.85 for n=20)"),
        click.option("--top-p", type=click.FloatRange(0, 1, min_open=True), default=None,
                     help="nucleus sampling (default from settings; upstream uses 0.95 with n=20)"),
        click.option("--max-tokens", type=click.IntRange(1), default=1024, show_default=True,
                     help="answer length limit per LLM call (upstream's default)"),
        click.option("--seed", type=int, default=None, help="base sampling seed; sample i uses seed+i-1"),
        click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True,
                     help="simulation workers (a local process pool of J); 2*J samples are prepared at once"),
        click.option("--executor", type=click.Choice(["local", "ray"]), default="local", show_default=True,
                     help="where simulations run: a local process pool, or Ray tasks"),
        click.option("--address", default=None, help="Ray cluster address (ray://host:10001 or auto); "
                                                     "default: start a local Ray instance"),
        click.option("--problems", multiple=True,
                     help="only problems whose id matches this glob (repeatable, or comma-separated)"),
        click.option("--timeout", type=click.FloatRange(0, min_open=True), default=30.0, show_default=True,
                     help="seconds per compile and per simulation (upstream: 30)"),
        click.option("--max-tries", type=click.IntRange(1), default=None, help="agent mode: fix-loop tries"),
        click.option("--out", "out", required=True, type=click.Path(path_type=Path), help="run directory"),
        click.option("--resume", is_flag=True, help="continue a run in --out, skipping samples that have a result"),
        click.option("--llm", default=None, help="embedded | http://host:port/v1 | script:PATH | replay:RUN_DIR"),
        click.option("--model", default=None, help="model name sent to the server"),
        click.option("--json", "as_json", is_flag=True, help="print summary.json on stdout"),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


def _split_globs(values: Sequence[str]) -> list[str]:
    # commas only: RTLLM ids hold spaces ("Miscellaneous/Frequency divider/freq_div")
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def _run_verilog(bench: Any, task: str, opts: dict[str, Any]) -> None:
    """The body of ``eval verilogeval`` and ``eval rtllm``: settings, model, run, last lines."""
    from chipsmith.core.config import load_settings
    from chipsmith.core.rundir import RunRecord

    settings = load_settings(llm=opts["llm"], model=opts["model"], temperature=opts["temperature"],
                             top_p=opts["top_p"], max_tokens=opts["max_tokens"], seed=opts["seed"],
                             max_tries=opts["max_tries"], tool_timeout=opts["timeout"])
    mode = opts["mode"]
    out: Path = opts["out"]
    dataset = str(getattr(bench, "task_dir", getattr(bench, "root", "")))
    config = EvalConfig(benchmark=bench.name, dataset=dataset, task=task, mode=mode, samples=opts["samples"],
                        temperature=settings.temperature, top_p=settings.top_p, max_tokens=settings.max_tokens,
                        llm=settings.llm, model=settings.model, timeout=opts["timeout"], seed=settings.seed,
                        max_tries=settings.max_tries)
    llm = record = None
    meta: dict[str, Any] = {}
    if mode != "oracle":
        from chipsmith.agents.llm import make_llm

        out.mkdir(parents=True, exist_ok=True)
        record = RunRecord(out)
        llm = make_llm(settings, record)
        meta = {"model_id": llm.model_id(), "llm_url": llm.url}
    console = Console(json_mode=opts["as_json"])
    suite = VerilogSuite(bench, config, iverilog=settings.iverilog, vvp=settings.vvp)
    outcome, summary = run_with_progress(suite, out, console=console, label=f"{bench.name} {task} {mode}",
                                         problems=_split_globs(opts["problems"]), jobs=opts["jobs"],
                                         executor=opts["executor"], address=opts["address"], resume=opts["resume"],
                                         settings=settings, llm=llm, record=record, meta=meta)
    if opts["as_json"]:
        click.echo(json.dumps(summary, indent=2, sort_keys=True))
        return
    allr, grad = summary["all"], summary["gradable"]
    known = len(summary["known_failures"])
    check = summary.get("self_check")
    if check is not None:
        bad = check["unexpected_failures"]
        console.err.print("harness self-check: " + ("every failing reference is a known failure" if not bad else
                          f"[red]{len(bad)} reference(s) fail that the known-failures list does not name: {', '.join(bad)}[/]")
                          + (f"; known failures that now pass: {', '.join(check['known_but_passed'])}"
                             if check["known_but_passed"] else ""))
    console.err.print(f"{bench.name} {task} {mode}: {summary['passed_problems']} of {summary['problems']} problems pass "
                      f"(pass@1 {allr.get('pass@1', 0):.4f}"
                      + (f"; gradable {grad['passed_problems']} of {grad['problems']}, pass@1 {grad.get('pass@1', 0):.4f}; "
                         f"{known} known failures reported apart" if known else "")
                      + f") in {outcome.seconds:.1f} s wall; report: {out / 'report.md'}")


@click.command("verilogeval")
@click.option("--dataset", required=True, type=click.Path(path_type=Path),
              help="VerilogEval v2 checkout (or one of its dataset_* folders): git clone https://github.com/NVlabs/verilog-eval "
                   "(the README's 'Benchmark datasets' lists every suite's source)")
@click.option("--task", type=click.Choice(("spec-to-rtl", "code-complete-iccad2023")), default="spec-to-rtl",
              show_default=True, help="which task to evaluate")
@click.option("--examples", type=click.IntRange(0, 4), default=0, show_default=True,
              help="in-context examples (upstream's N-shot prefix files in the dataset's scripts/)")
@click.option("--rules", is_flag=True, help="append upstream's coding rules to spec-to-rtl prompts")
@eval_options
def verilogeval(dataset: Path, task: str, examples: int, rules: bool, **opts: Any) -> None:
    """Evaluate on VerilogEval v2, judged on Icarus exactly as upstream (oracle, single-shot or agent)."""
    from chipsmith.evals.verilogeval import VerilogEval

    _run_verilog(VerilogEval(dataset, task, examples, rules), task, opts)


@click.command("rtllm")
@click.option("--dataset", required=True, type=click.Path(path_type=Path),
              help="RTLLM v2 checkout (Category/Subcategory/design/ with testbench.v and design_description.txt): "
                   "git clone https://github.com/hkust-zhiyao/RTLLM")
@eval_options
def rtllm(dataset: Path, **opts: Any) -> None:
    """Evaluate on RTLLM v2 with Icarus (oracle, single-shot or agent); pass only on "Your Design Passed"."""
    from chipsmith.evals.rtllm import RTLLM

    _run_verilog(RTLLM(dataset), "rtllm-v2", opts)


# --------------------------------------------------------------------------- eval report


@click.command("report")
@click.argument("run_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--compare", "other", type=click.Path(path_type=Path, exists=True, file_okay=False), default=None,
              help="a second run directory of the same suite to put side by side (VerilogEval, RTLLM)")
@click.option("--json", "as_json", is_flag=True, help="print summary.json (or both summaries) on stdout")
def report(run_dir: Path, other: Path | None, as_json: bool) -> None:
    """Re-render a run's summary and report files from its own record, or compare two runs.

    Only the files the run's suite renders are written; every other file is left as it is.
    """
    record = runner.read_record(run_dir)
    cls = runner.suite_class(record["suite"])
    a, files = runner.rerender(run_dir)
    if other is None:
        text = files.get("report.md")
        if as_json or not isinstance(text, str):
            click.echo(json.dumps(a, indent=2, sort_keys=True, default=str))
        else:
            click.echo(text)
        return
    if cls is not VerilogSuite or runner.read_record(other)["suite"] != record["suite"]:
        raise ConfigError("--compare puts two VerilogEval or two RTLLM runs side by side; "
                          f"{run_dir} is a {record['suite']} run")
    from chipsmith.evals.report import compare

    b = runner.write_reports(other)
    click.echo(json.dumps({"a": a, "b": b}, indent=2, sort_keys=True) if as_json else compare(a, b))
