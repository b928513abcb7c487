"""``chipsmith eval judge``: run the cheating corpus through the judge; none may pass."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from chipsmith.cli_eval import default_out
from chipsmith.core.console import Console


@click.command("judge")
@click.option("--dataset", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="VerilogEval v2 checkout (the corpus faces its spec-to-rtl benches)")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="folder of wrong designs with a manifest.yaml (default: the packaged corpus)")
@click.option("--only", default=None, help="judge only the designs whose file name matches this regular expression")
@click.option("--jobs", type=int, default=2, show_default=True, help="designs judged at once")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="seconds per compile and per simulation")
@click.option("--no-upstream", "no_upstream", is_flag=True,
              help="skip the comparisons: a judge that trusts the log (upstream's rules alone), and the sealed "
                   "bench without the design rules")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path),
              help="run directory (default: chipsmith-out/eval-judge-<time>)")
@click.option("--resume", is_flag=True, help="keep results already in the run directory")
@click.option("--json", "as_json", is_flag=True, help="print the results as JSON on stdout")
def judge(dataset: Path, corpus: Path | None, only: str | None, jobs: int, timeout: float, no_upstream: bool,
          out: Path | None, resume: bool, as_json: bool) -> None:
    """Wrong designs that try to fool the judge: prints "wrong designs passed: N of M" (exit 1 when N > 0)."""
    from rich.table import Table

    from chipsmith.cli_eval import run_with_progress
    from chipsmith.evals import runner
    from chipsmith.evals.judge_corpus import CorpusReport, JudgeCorpusSuite

    work = out or default_out("judge")
    console = Console(json_mode=as_json)
    suite = JudgeCorpusSuite(dataset, corpus=corpus, timeout=timeout, upstream=not no_upstream, only=only)
    run_with_progress(suite, work, console=console, label="cheating designs", jobs=jobs, resume=resume)
    report = CorpusReport(runner.load_results(work, runner.read_record(work)))
    data = report.to_dict()
    if as_json:
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        table = Table(title="cheating designs against the judge")
        for col in ("design", "problem", "technique", "judge", "why", *(() if no_upstream else ("log alone", "no rules"))):
            table.add_column(col)
        for r in data["results"]:
            row = [r.get("file", ""), r.get("problem", ""), r.get("technique", ""), "PASS" if r.get("passed") else "fail",
                   str(r.get("reason", ""))[:70]]
            if not no_upstream:
                row += ["pass" if r.get("upstream_passed") else "fail", "pass" if r.get("sealed_only_passed") else "fail"]
            table.add_row(*row)
        console.out.print(table)
        if not no_upstream:
            console.out.print(f"a judge that trusts the log would pass {data['upstream_passed']} of {data['total']}; "
                              f"the sealed bench without the design rules, {data['sealed_only_passed']} of {data['total']}")
        console.out.print(report.headline())
        console.info(f"report: {work / 'report.md'}")
    if report.passed:
        raise click.exceptions.Exit(1)
