"""``chipsmith knowledge``: add, search, list, remove, rebuild and benchmark the knowledge store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from chipsmith.core.console import Console
from chipsmith.knowledge.cards import KINDS
from chipsmith.knowledge.ingest import MAX_PAGES


def _store(ctx: click.Context) -> Any:
    from chipsmith.core.config import load_settings
    from chipsmith.knowledge.store import KnowledgeStore

    settings = load_settings(data_dir=ctx.obj.get("knowledge_data_dir"))
    return KnowledgeStore(settings.knowledge_dir)


@click.group("knowledge")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path),
              help="data directory holding the store (default: the data_dir setting; the store is DATA_DIR/knowledge)")
@click.pass_context
def knowledge(ctx: click.Context, data_dir: Path | None) -> None:
    """The component and design knowledge store the agents cite.

    The shipped corpus (component cards, Verilog idioms, analog/RF rules, SPICE
    dialect notes) is loaded the first time the store is used.
    """
    ctx.ensure_object(dict)
    ctx.obj["knowledge_data_dir"] = data_dir


@knowledge.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--skip-bad", is_flag=True, help="for a directory: add the good files and report the bad ones instead of adding nothing")
@click.option("--max-pages", type=click.IntRange(min=1), default=MAX_PAGES, show_default=True,
              help="refuse PDFs with more pages than this")
@click.option("--json", "as_json", is_flag=True, help="print the ingest report as JSON")
@click.pass_context
def add(ctx: click.Context, path: Path, skip_bad: bool, max_pages: int, as_json: bool) -> None:
    """Add a PDF, Markdown, text or YAML card file, or every such file in a directory.

    A file that cannot be used is reported and the store is left as it was.
    """
    store = _store(ctx)
    console = Console(json_mode=as_json)
    if path.is_dir():
        reports, problems = store.add_dir(path, skip_bad=skip_bad, max_pages=max_pages)
    else:
        reports, problems = [store.add_file(path, max_pages=max_pages)], []
    if as_json:
        console.print_json({"added": [r.__dict__ for r in reports], "skipped": problems})
        return
    for r in reports:
        detail = f"{r.chunks} chunks ({r.new_chunks} new)" if r.status in ("added", "replaced") else r.note or f"{r.chunks} chunks"
        console.out.print(f"{escape(r.source)}: {r.status}, {escape(detail)}")
    for p in problems:
        console.warning(f"skipped: {p}")


@knowledge.command()
@click.argument("query")
@click.option("--kind", type=click.Choice(KINDS), help="only this kind of chunk")
@click.option("--part", help="only chunks about this part number")
@click.option("-k", "k", type=click.IntRange(min=1, max=100), default=5, show_default=True, help="number of hits")
@click.option("--full", is_flag=True, help="print each hit's whole text, not the first lines")
@click.option("--json", "as_json", is_flag=True, help="print the hits as JSON")
@click.pass_context
def search(ctx: click.Context, query: str, kind: str | None, part: str | None, k: int, full: bool, as_json: bool) -> None:
    """Search the store (embeddings and BM25 fused); each hit shows its citation."""
    hits = _store(ctx).search(query, k=k, kind=kind, part=part)
    console = Console(json_mode=as_json)
    if as_json:
        console.print_json([h.as_dict() for h in hits])
        return
    if not hits:
        console.out.print("no hits")
        return
    for n, h in enumerate(hits, start=1):
        text = h.text if full else "\n".join(h.text.splitlines()[:4])
        console.out.print(f"[bold]{n}. {escape(h.citation())}[/]  [dim]({h.kind}, score {h.score:.4f})[/]")
        console.out.print(escape(text), highlight=False)
        console.out.print()


@knowledge.command("list")
@click.option("--json", "as_json", is_flag=True, help="print the sources as JSON")
@click.pass_context
def list_(ctx: click.Context, as_json: bool) -> None:
    """List the sources in the store with their chunk counts."""
    rows = _store(ctx).list()
    console = Console(json_mode=as_json)
    if as_json:
        console.print_json(rows)
        return
    table = Table("source", "kinds", "chunks", "pages", "origin")
    for r in rows:
        table.add_row(escape(r["source"]), ", ".join(r["kinds"]), str(r["chunks"]), str(r["pages"] or ""), r["origin"])
    console.out.print(table)


@knowledge.command()
@click.argument("source")
@click.pass_context
def remove(ctx: click.Context, source: str) -> None:
    """Remove every chunk of SOURCE (a name from `chipsmith knowledge list`)."""
    n = _store(ctx).remove(source)
    Console().out.print(f"removed {n} chunks of {escape(source)}")


@knowledge.command()
@click.pass_context
def rebuild(ctx: click.Context) -> None:
    """Re-embed every chunk into a fresh index and reload the shipped corpus (after an upgrade)."""
    console = Console()
    console.info("rebuilding: every chunk is embedded again; the old index stays until the new one is complete")
    n = _store(ctx).rebuild()
    console.out.print(f"rebuilt: {n} chunks")


@knowledge.command()
@click.option("--chunks", type=click.IntRange(min=0), default=10_000, show_default=True,
              help="pad a temporary store with synthetic chunks to this size for the scale test (0: skip it)")
@click.option("--questions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="a question file in the format of the shipped bench_questions.yaml")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="also write the full result (with misses) as JSON")
@click.option("--json", "as_json", is_flag=True, help="print the full result as JSON")
def bench(chunks: int, questions: Path | None, out: Path | None, as_json: bool) -> None:
    """Retrieval benchmark: recall@1/@5, cold start and warm latency (in a temporary store)."""
    from chipsmith.core.files import write_json_atomic
    from chipsmith.knowledge.bench import run_bench

    console = Console(json_mode=as_json)
    result = run_bench(chunks=chunks, questions_path=questions, progress=console.info)
    if out:
        write_json_atomic(out, result)
    if as_json:
        console.print_json(result)
        return
    table = Table("store", "chunks", "questions", "recall@1", "recall@5", "warm median ms", "warm p95 ms",
                  "of which embedding ms", "cold start s")
    sets = [("corpus", result["corpus"], result["corpus_chunks"])]
    if "scaled" in result:
        sets.append(("corpus + synthetic", result["scaled"], result["scaled"]["chunks"]))
    for name, r, n in sets:
        table.add_row(name, str(n), str(r["questions"]), f"{r['recall@1']:.3f}", f"{r['recall@5']:.3f}",
                      f"{r['latency']['median_ms']:.1f}", f"{r['latency']['p95_ms']:.1f}",
                      f"{r['latency']['embed_median_ms']:.1f}", f"{r['cold_start_s']:.1f}")
    console.out.print(table)
    by_type = Table("question type", "n", "recall@1", "recall@5")
    for t, r in result["corpus"]["by_type"].items():
        by_type.add_row(t, str(r["n"]), f"{r['recall@1']:.3f}", f"{r['recall@5']:.3f}")
    console.out.print(by_type)
    misses = [m for m in result["corpus"]["misses"] if not m["in_top_5"]]
    for m in misses:
        console.out.print(f"missed in top 5: {escape(m['q'])!s} -> want {m['want']}, got {m['got']}")
    if "scaled" in result:
        console.out.print(f"seeding took {result['seed_seconds']} s; indexing the synthetic chunks {result['scaled']['index_seconds']} s")
    load = result.get("scaled", result["corpus"])["latency"]["load_average_1min"]
    console.out.print(f"1-minute load average during the scaled latency run: {load}")
