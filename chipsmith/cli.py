"""The `chipsmith` command: one entry point, subcommands loaded when used."""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import click

from chipsmith import __version__
from chipsmith.core.console import Console
from chipsmith.core.errors import ChipsmithError, ExitCode, InputError
from chipsmith.options import backend_options, llm_options, settings_from


class LazyGroup(click.Group):
    """A group whose subcommands live in other modules and are imported only when called."""

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            target, help_text = self.lazy[name]
            module, attr = target.split(":")
            try:
                return getattr(importlib.import_module(module), attr)  # type: ignore[no-any-return]
            except (ImportError, AttributeError):
                @click.command(name=name, help=f"{help_text} (not available in this build)")
                def missing() -> None:
                    raise ChipsmithError(f"`{name}` is not available in this build ({target} could not be loaded)")
                return missing
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, self.lazy[name][1]) for name in sorted(self.lazy)]
        # The first sentence whole: click's default cuts it at 45 characters, mid-phrase.
        rows += [(n, c.get_short_help_str(limit=300)) for n, c in sorted(self.commands.items())]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(sorted(rows))


@click.group(cls=LazyGroup, lazy={
    "chat": ("chipsmith.chat:chat", "terminal chat with the agents"),
    "ui": ("chipsmith.webui:ui", "web chat in the browser (127.0.0.1 by default)"),
    "eval": ("chipsmith.cli:eval_group", "batch evaluation against benchmarks and the project's suites"),
    "knowledge": ("chipsmith.commands.knowledge:knowledge", "the component knowledge store: add, search, list, remove, rebuild, bench"),
    "netlist": ("chipsmith.commands.netlist:netlist", "netlist conversion between SPICE dialects, Spectre and Verilog"),
    "bench": ("chipsmith.cli:bench_group", "speed benchmarks (kv: KV-cache reuse across agents)"),
})
@click.version_option(__version__, prog_name="chipsmith")
@click.option("--debug", is_flag=True, help="show tracebacks for errors")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """chipsmith: a multi-agent design assistant for hardware engineers.

    Every answer carries the simulator evidence that checked it.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


@click.group("eval", cls=LazyGroup, lazy={
    "verilogeval": ("chipsmith.cli_eval:verilogeval", "VerilogEval v2 (spec-to-rtl, code-complete) on Icarus"),
    "rtllm": ("chipsmith.cli_eval:rtllm", "RTLLM v2 on Icarus"),
    "report": ("chipsmith.cli_eval:report", "re-render a run's summary and report from its own record, or compare two runs"),
    "localize": ("chipsmith.cli_eval_suites:localize", "fault-localisation benchmark on injected mutants (no LLM)"),
    "analog": ("chipsmith.cli_eval_suites:analog", "analog sizing suite: random vs Bayesian optimisation"),
    "netlist": ("chipsmith.cli_eval_suites:netlist", "netlist corpora: parse, round-trip, isomorphism, co-simulation"),
    "datasheet": ("chipsmith.cli_eval_suites:datasheet", "datasheet extraction: EM, F1, EC per parameter class"),
    "kv": ("chipsmith.cli_eval_suites:kv", "KV-cache reuse across agents (the same as `chipsmith bench kv`)"),
    "knowledge": ("chipsmith.cli_eval_suites:knowledge", "knowledge retrieval: recall@1/@5, cold start, warm latency"),
    "rf": ("chipsmith.cli_eval_suites:rf", "RF filter suite: met after snapping, order, yield, time"),
    "requests": ("chipsmith.cli_eval_suites:requests", "requests in ordinary words: route and spec-field accuracy, held out apart"),
    "judge": ("chipsmith.commands.judge:judge", "cheating designs against the judge: wrong designs passed, N of M"),
})
def eval_group() -> None:
    """Batch evaluation: a run directory per run, a result file per problem, resumable."""


@click.group("bench", cls=LazyGroup, lazy={
    "kv": ("chipsmith.cli_eval_suites:kv", "KV-cache reuse: shared-prefix vs agent-first prompt layout"),
})
def bench_group() -> None:
    """Speed benchmarks; figures go into the README with the command that made them."""


_INPUT_FLAGS = ("testbench", "reference", "netlist", "input", "to", "from_", "samples", "pages", "sections", "llm_fallback",
                "pass_regex", "fail_regex", "drop")


@cli.command()
@click.argument("request")
@click.option("--agent", help="skip the router and use this specialist")
@click.option("--out", "out", type=click.Path(path_type=Path), help="directory for artefacts and the run record")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON on stdout")
@click.option("--testbench", type=click.Path(exists=True, dir_okay=False),
              help="test bench for the Verilog verifier (Verilog, or a cocotb test module *.py)")
@click.option("--reference", type=click.Path(exists=True, dir_okay=False), help="reference design for an equivalence check")
@click.option("--pass-regex", "pass_regex", help="a line of your test bench's output that means it passed (regular expression)")
@click.option("--fail-regex", "fail_regex", help="a line of your test bench's output that means it failed (regular expression)")
@click.option("--netlist", type=click.Path(exists=True, dir_okay=False), help="netlist or sizing problem for the circuit sizer")
@click.option("--pdk", default=None, help="circuit sizer: a packaged PDK (sky130) or a model library file with one .lib "
              "section per corner (FILE:SECTION names the nominal one)")
@click.option("--input", "input", type=click.Path(exists=True, dir_okay=False), help="input file (netlist to translate, datasheet PDF)")
@click.option("--to", help="target for the netlist translator: ngspice, hspice, ltspice, xyce, spectre, verilog")
@click.option("--from", "from_", help="source dialect for the netlist translator (default: guessed)")
@click.option("--drop", help="netlist translator: drop what the target cannot express and say so (control, directives)")
@click.option("--samples", type=click.IntRange(1), help="candidate designs to generate and rank (Verilog writer)")
@click.option("--pages", help="datasheet pages to read, e.g. 2-4")
@click.option("--sections", help="datasheet sections to read, e.g. 'Electrical Characteristics'")
@click.option("--llm-fallback", "llm_fallback", type=click.Choice(["auto", "on", "off"]),
              help="let the model read what the deterministic parsers cannot (auto: not on the embedded 135M model)")
@click.option("--knowledge/--no-knowledge", default=True, show_default=True,
              help="let agents look things up in the knowledge store")
@click.option("--router", "router", type=click.Choice(["hybrid", "llm", "keywords"]), help="how to choose specialists")
@click.option("--max-tries", "max_tries", type=int, help="fix-loop tries for the verifier (default 4)")
@click.option("--yes", "-y", "yes", is_flag=True, help="where the request leaves a required field out and a sensible default "
              "exists (e.g. a 5th-order filter), take it and say so instead of stopping with the question")
@llm_options
@click.pass_context
def run(ctx: click.Context, request: str, agent: str | None, out: Path | None, as_json: bool, knowledge: bool,
        router: str | None, max_tries: int | None, yes: bool, **options: Any) -> None:
    """Run one request (or a tasks.yaml file of requests) and write its artefacts.

    REQUEST is the request text, or a YAML file with a list of {request, agent, out, inputs}.
    Exit status: 0 ok, 1 a verdict failed, 2 bad input (nothing ran), 3 backend or tool
    unavailable, 4 internal error, 130 interrupted.
    """
    settings = settings_from(options, router=router, max_tries=max_tries, pdk=options.get("pdk"))
    inputs = {("from" if k == "from_" else k): str(options[k]) for k in _INPUT_FLAGS if options.get(k) is not None}
    if not knowledge:
        inputs["knowledge"] = "off"
    if yes:
        inputs["defaults"] = "yes"  # read by agents/ask.py
    console = Console(json_mode=as_json, debug=ctx.obj["debug"])
    # Everything that can be refused is refused here, before a run directory exists.
    tasks = _tasks(request, agent, out, inputs)
    from chipsmith.api import Session

    results = []
    for task in tasks:
        with Session(settings, out_dir=task["out"], console=console, checkpoints=False, debug=ctx.obj["debug"]) as session:
            result = session.ask(task["request"], agent=task.get("agent"), inputs=task.get("inputs"))
        results.append(result.to_dict())
        if not as_json:
            console.answer(result.answer)
            console.info(f"\nverdict: {result.verdict} · {result.seconds:.1f} s · artefacts and run record in {result.out_dir}")
    if as_json:
        console.print_json(results[0] if len(results) == 1 and not request.endswith((".yaml", ".yml")) else results)
    if any(r["verdict"] in FAILED_VERDICTS for r in results):
        sys.exit(ExitCode.FAILED)


# Verdicts of a finished run that make `run` exit with ExitCode.FAILED.
FAILED_VERDICTS = ("fail", "error")

# Input keys whose values name files; in a tasks file they are read relative to the file's folder
# and must stay inside it. ``interface`` names a file when it is one line without Verilog in it.
_PATH_KEYS = ("testbench", "reference", "netlist", "input")


def _tasks(request: str, agent: str | None, out: Path | None, inputs: dict[str, str]) -> list[dict[str, Any]]:
    """The runs ``request`` asks for, each checked (request text, agent, files) before any of them starts."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    base = out or Path("chipsmith-out") / stamp
    if request.endswith((".yaml", ".yml")) and Path(request).is_file():
        tasks = _task_file(Path(request), agent, base, inputs)
    else:
        tasks = [{"request": request, "agent": agent, "inputs": inputs, "out": base}]
    from chipsmith.agents.registry import check_name

    for i, task in enumerate(tasks, 1):
        where = f"{request}: task {i}: " if len(tasks) > 1 or request.endswith((".yaml", ".yml")) else ""
        if not task["request"].strip():
            raise InputError(f"{where}the request is empty; say what you want designed, checked or explained")
        if task.get("agent"):
            try:
                check_name(task["agent"])
            except ChipsmithError as exc:
                raise InputError(f"{where}{exc}") from None
    return tasks


def _task_file(path: Path, agent: str | None, base: Path, inputs: dict[str, str]) -> list[dict[str, Any]]:
    """The tasks in a YAML file; every value checked, every file it names kept inside its folder."""
    from chipsmith.core.files import confined_path, safe_relpath
    from chipsmith.core.yamlfile import load_yaml_file

    data = load_yaml_file(path)
    if not isinstance(data, list) or not all(isinstance(t, dict) and isinstance(t.get("request"), str) for t in data):
        raise InputError(f"{path}: expected a list of tasks, each with a 'request' string")
    tasks = []
    for i, t in enumerate(data, 1):
        where = f"{path}: task {i}"
        if t.get("agent") is not None and not isinstance(t["agent"], str):
            raise InputError(f"{where}: agent: give the name of one specialist")
        given = t.get("inputs") or {}
        if not isinstance(given, dict):
            raise InputError(f"{where}: inputs: give a mapping of input names to values (netlist: ota.yaml, budget: 20)")
        mine: dict[str, str] = {}
        for key, value in given.items():
            if isinstance(value, (dict, list)) or value is None:
                raise InputError(f"{where}: inputs.{key}: give one value (text or a number), not "
                                 f"{'nothing' if value is None else type(value).__name__}")
            text = str(value).lower() if isinstance(value, bool) else str(value)
            if key in _PATH_KEYS or (key == "interface" and "\n" not in text and "module" not in text):
                text = str(confined_path(text, path.parent, key=f"inputs.{key}", where=where))
            mine[str(key)] = text
        task_out = base / f"task-{i:03d}"
        if t.get("out") is not None:
            try:
                task_out = base / safe_relpath(str(t["out"]))
            except ChipsmithError as exc:
                raise InputError(f"{where}: out: {exc}; name a folder inside the output directory") from None
        tasks.append({"request": t["request"], "agent": t.get("agent", agent), "inputs": {**inputs, **mine},
                      "out": task_out})
    return tasks


@cli.command()
@click.option("--engine", type=click.Choice(["llamacpp", "vllm"]), default="llamacpp", show_default=True,
              help="llamacpp: the embedded server (packaged model or --gguf); vllm: a vLLM server (GPU hosts)")
@click.option("--model", help="vLLM: the model to serve (a Hugging Face id or a local directory)")
@click.option("--gguf", help="llamacpp: a GGUF file instead of the packaged SmolLM2-135M")
@click.option("--port", type=int, default=8000, show_default=True, help="port on 127.0.0.1")
@click.option("--threads", type=int, default=1, show_default=True, help="llamacpp: CPU threads")
@click.option("--ctx-size", type=int, default=8192, show_default=True, help="llamacpp: context window (shared by the slots)")
@click.option("--parallel", type=int, default=2, show_default=True, help="llamacpp: parallel slots")
def serve(engine: str, model: str | None, gguf: str | None, port: int, threads: int, ctx_size: int, parallel: int) -> None:
    """Start an OpenAI-compatible server with prefix caching and print its URL."""
    from chipsmith.agents.serve import serve_llamacpp, serve_vllm

    if engine == "vllm":
        serve_vllm(model, port)
    else:
        serve_llamacpp(gguf, port=port, threads=threads, ctx_size=ctx_size, parallel=parallel)


@cli.command()
@backend_options
@click.option("--json", "as_json", is_flag=True, help="print the report as JSON")
def doctor(as_json: bool, **options: Any) -> None:
    """Check the simulators, the model file, the backend and the sandbox; say how to fix what is missing."""
    from chipsmith.doctor import run_checks

    settings = settings_from(options)
    checks = run_checks(settings)
    if as_json:
        click.echo(json.dumps([c.__dict__ for c in checks], indent=2))
    else:
        from rich.markup import escape

        console = Console()
        width = max(len(c.name) for c in checks)
        for c in checks:
            mark = "[green]     ok[/]" if c.ok else "[red]missing[/]"
            console.err.print(f"{mark}  {escape(c.name):<{width}}  {escape(c.detail)}")
            if not c.ok and c.fix:
                console.err.print(f"{'':7}  {'':<{width}}  fix: {escape(c.fix)}")
    if not all(c.ok for c in checks if c.required):
        sys.exit(ExitCode.FAILED)


def main(argv: list[str] | None = None) -> None:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="chipsmith", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        Console().error("interrupted")
        sys.exit(ExitCode.INTERRUPTED)
    except click.ClickException as exc:  # usage errors: a missing argument, a bad option value
        exc.show()
        sys.exit(ExitCode.BAD_INPUT)
    except ChipsmithError as exc:
        if debug:
            raise
        Console().error(str(exc))
        sys.exit(exc.exit_code)
    except Exception as exc:  # the last line of defence: one line, the traceback only with --debug
        if debug:
            raise
        Console().error(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(ExitCode.INTERNAL)


if __name__ == "__main__":
    main()
