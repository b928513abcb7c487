"""One real datasheet end to end — pages found, PDF read, parameters extracted, model card fitted, simulated back — timed.

    .venv/bin/python scripts/bench_datasheet.py [--pdf evals/data/datasheets-real/mosfet_onsemi_bs170.pdf]
                                                [--runs 5] [--all-pages] [--profile OUT.prof] [--json OUT]
    .venv/bin/python scripts/bench_datasheet.py --page-scan-check evals/data/datasheets-real

The stages are the ones the ``datasheet_extractor`` agent runs, without a model: the page scan
(:mod:`chipsmith.tools.datasheet_pages`, skipped with ``--all-pages``), the bounded pdfplumber read,
table and sentence extraction, ``not_in_datasheet``, the card fit and every check in one ngspice
run. Each run reports wall seconds and CPU seconds (user + system of this process and of its
children: the PDF reader's child process and ngspice), the median over ``--runs``, and the load
average before the first run: on a shared machine wall time is an upper bound and CPU time the
steadier figure. The default datasheet (onsemi BS170, 10 pages) is in the tuning split.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PDF = ROOT / "evals" / "data" / "datasheets-real" / "mosfet_onsemi_bs170.pdf"
TARGET_S = 5.0


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def pipeline(pdf: Path, work: Path, all_pages: bool, stages: dict[str, float]) -> dict[str, Any]:
    """The agent's deterministic path on ``pdf``; ``stages`` gets each stage's wall seconds."""
    from chipsmith.tools.datasheet_pages import page_spec, table_pages
    from chipsmith.tools.datasheet_tables import extract_document, first_by_canonical, requested_part
    from chipsmith.tools.model_cards import MODELLED, build_card, checks_for, not_in_datasheet, simulate
    from chipsmith.tools.ngspice import Ngspice
    from chipsmith.tools.pdf_reader import read_pdf

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t = time.perf_counter()
        out = fn()
        stages[name] = stages.get(name, 0.0) + time.perf_counter() - t
        return out

    pages = None
    if not all_pages:
        found = timed("page scan", lambda: table_pages(pdf))
        if found and len(found[0]) < found[1]:
            pages = page_spec(found[0])
    doc = timed("read PDF", lambda: read_pdf(pdf, pages=pages))
    part = requested_part(doc, pdf.stem)
    ex = timed("extract", lambda: extract_document(doc, part=part))
    best = first_by_canonical(ex.params)
    missing = not_in_datasheet(ex.device, best, ex.params)
    out: dict[str, Any] = {"pages_read": [p.number for p in doc.pages], "page_count": doc.page_count, "device": ex.device,
                           "parameters": len(best), "not_in_datasheet": len(missing)}
    if ex.device in MODELLED:
        card = timed("card", lambda: build_card(ex.device, best, ex.params, part or doc.title))
        runs = iter(range(1000))
        done = timed("simulate back", lambda: simulate(checks_for(card, best, ex.params), Ngspice(),
                                                         lambda: work / f"sim{next(runs)}"))
        out.update(card=card.filename, figures=len(done), within=sum(d.result.ok for d in done),
                   ngspice_runs=len({id(d.run) for d in done}))
    return out


def page_scan_check(dataset: Path) -> dict[str, Any]:
    """Pages the scan keeps over the tuning datasheets of ``dataset``, and the true values it would lose.

    Only truth files without ``"held_out": true`` are opened (the held-out split stays unseen).
    """
    from chipsmith.tools.datasheet_pages import table_pages

    kept = total = 0
    lost: list[str] = []
    for js in sorted(dataset.glob("*.json")):
        pdf = js.with_suffix(".pdf")
        truth = json.loads(js.read_text(encoding="utf-8"))
        if truth.get("held_out") or not pdf.exists() or not isinstance(truth.get("parameters"), dict):
            continue
        found = table_pages(pdf)
        if found is None:
            continue
        keep, count = found
        kept, total = kept + len(keep), total + count
        pages = {r.get("page") for r in [*truth["parameters"].values(), *truth.get("extra", [])]}
        lost += [f"{js.stem} p.{p}" for p in sorted(x for x in pages if isinstance(x, int) and x not in keep)]
    return {"pages_kept": kept, "pages": total, "true_value_pages_lost": lost}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", type=Path, default=DEFAULT_PDF, help="datasheet to run (default: the 10-page onsemi BS170)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs; the median is reported (default 5)")
    ap.add_argument("--all-pages", action="store_true", help="read every page instead of the pages the scan keeps")
    ap.add_argument("--profile", type=Path, help="write a cProfile of one extra run to this file")
    ap.add_argument("--json", type=Path, help="write the figures as JSON to this file")
    ap.add_argument("--page-scan-check", type=Path, metavar="DIR",
                    help="instead: how many pages the scan keeps over DIR's tuning datasheets and whether it drops a true value")
    args = ap.parse_args(argv)
    if args.page_scan_check:
        found = page_scan_check(args.page_scan_check)
        sys.stdout.write(f"{found['pages_kept']} of {found['pages']} pages kept; pages holding a true value dropped: "
                         f"{', '.join(found['true_value_pages_lost']) or 'none'}\n")
        return 0

    load = os.getloadavg()
    walls, cpus, stage_runs, facts = [], [], [], {}
    with tempfile.TemporaryDirectory(prefix="bench-ds-") as tmp:
        pipeline(args.pdf, Path(tmp) / "warm", args.all_pages, {})  # imports and caches warm, not timed
        for k in range(args.runs):
            stages: dict[str, float] = {}
            c0, t0 = _cpu(), time.perf_counter()
            facts = pipeline(args.pdf, Path(tmp) / f"run{k}", args.all_pages, stages)
            walls.append(time.perf_counter() - t0)
            cpus.append(_cpu() - c0)
            stage_runs.append(stages)
        if args.profile:
            cProfile.runctx("pipeline(pdf, work, all_pages, {})", globals(),
                            {"pdf": args.pdf, "work": Path(tmp) / "prof", "all_pages": args.all_pages}, str(args.profile))
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    stage_median = {s: round(statistics.median(r.get(s, 0.0) for r in stage_runs), 3) for s in stage_runs[0]}
    result = {"pdf": str(args.pdf.relative_to(ROOT) if args.pdf.is_relative_to(ROOT) else args.pdf), "runs": args.runs,
              "wall_median_s": round(wall, 3), "cpu_median_s": round(cpu, 3), "walls": [round(w, 3) for w in walls],
              "cpus": [round(c, 3) for c in cpus], "stages_wall_median_s": stage_median,
              "load_average": [round(x, 2) for x in load], "cores": os.cpu_count(), "target_s": TARGET_S, **facts}
    lines = [f"{result['pdf']}: {facts.get('page_count')} pages, read {facts.get('pages_read')}, {facts.get('device')}, "
             f"{facts.get('parameters')} parameters, card {facts.get('card', 'none')}, "
             f"{facts.get('within', 0)}/{facts.get('figures', 0)} figures within tolerance "
             f"in {facts.get('ngspice_runs', 0)} ngspice run(s)",
             f"median of {args.runs}: wall {wall:.2f} s, CPU {cpu:.2f} s (target < {TARGET_S:g} s); "
             f"stages (wall): {', '.join(f'{k} {v:.2f} s' for k, v in stage_median.items())}",
             f"load average before the runs: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores"]
    sys.stdout.write("\n".join(lines) + "\n")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
