"""`chipsmith bench kv`: KV-cache reuse across agents, two prompt layouts side by side.

Two scenarios, each run with both layouts in one command, every layout on an empty cache (a fresh
embedded server, or a server given with ``--llm`` whose cache is reset through vLLM's
``POST /reset_prefix_cache``; the report says when a server refused):

- ``kvcomm`` — KVCOMM's setting: N agents (default 5), each receiving about
  ``--input-tokens`` (1024) of which ``--prefix-tokens`` (512) are a context shared by all
  agents, and generating ``--output-tokens`` (512).
- ``workflow`` — chipsmith's own multi-agent flow: the shared context is append-only and
  grows with each agent's result, each agent's role and task come last; N agents take
  turns for ``--rounds`` rounds.

Layouts: ``shared-prefix`` (chipsmith's: [preamble + shared context][role + own input])
and ``agent-first`` ([role + own input][shared context]). For each: the share of prompt
tokens the server served from its cache (as it reports them), time to first token
p50/p95 (streaming), tokens prefilled, end-to-end seconds.
"""

from __future__ import annotations

import json
import statistics
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from chipsmith.agents.kvcache import ServerTokenizer, metrics_reuse
from chipsmith.agents.layout import preamble
from chipsmith.agents.llm import (
    LLM,
    EmbeddedServer,
    OpenAIBackend,
    resolve_gguf,
    server_metrics,
)

from chipsmith.core.console import Console
from chipsmith.core.files import write_json_atomic
from chipsmith.options import settings_from

# Deterministic filler text with a hardware flavour; each agent gets its own slice.
_SENTENCES = [
    "The FIFO stores eight-bit words in a sixteen-entry circular buffer with separate read and write pointers.",
    "Full and empty flags are derived from the pointer difference, with one extra wrap bit on each pointer.",
    "The write clock and the read clock are asynchronous, so pointers cross domains in Gray code.",
    "A two-flop synchroniser on each crossing keeps the metastability window acceptably small.",
    "The op-amp uses a Miller capacitor between the first and second stage to split the poles.",
    "Phase margin above sixty degrees keeps the step response free of ringing in unity-gain buffering.",
    "The band-pass filter is a coupled-resonator ladder with shunt parallel and series resonators.",
    "Every reported number comes from a simulation, and every simulation keeps its raw log.",
    "Reset is synchronous and active high, and every register has a defined reset value.",
    "The testbench drives random stimulus and compares against a reference model cycle by cycle.",
]


def _text(tokenizer: ServerTokenizer, n_tokens: int, seed: int) -> str:
    """Text of about ``n_tokens`` tokens (measured by the server's tokenizer)."""
    parts: list[str] = []
    i = seed
    while True:
        parts.append(f"[{seed}.{i}] " + _SENTENCES[i % len(_SENTENCES)])
        i += 1
        text = " ".join(parts)
        if len(tokenizer.text_tokens(text)) >= n_tokens:
            return text


@dataclass
class CallStat:
    agent: int
    prompt_tokens: int
    cached_tokens: int
    ttft: float
    seconds: float


@dataclass
class LayoutResult:
    scenario: str
    layout: str
    calls: list[CallStat] = field(default_factory=list)
    seconds: float = 0.0
    cache_reset: bool = True  # False: a server we could not reset started this layout with a warm cache
    server_cache: dict[str, Any] = field(default_factory=dict)  # the server's own counters over this layout

    def summary(self) -> dict[str, Any]:
        prompt = sum(c.prompt_tokens for c in self.calls)
        cached = sum(c.cached_tokens for c in self.calls)
        ttfts = sorted(c.ttft for c in self.calls)
        p95 = ttfts[min(len(ttfts) - 1, round(0.95 * (len(ttfts) - 1)))] if ttfts else 0.0
        return {"scenario": self.scenario, "layout": self.layout, "calls": len(self.calls), "prompt_tokens": prompt,
                "cached_tokens": cached, "reuse": round(cached / prompt, 4) if prompt else 0.0,
                "prefill_tokens": prompt - cached, "ttft_p50": round(statistics.median(ttfts), 4) if ttfts else 0.0,
                "ttft_p95": round(p95, 4), "seconds": round(self.seconds, 2), "cache_reset": self.cache_reset,
                "server_cache": self.server_cache}


def _messages(layout: str, shared: str, own: str, transcript: list[tuple[str, str]] | None = None) -> list[dict[str, str]]:
    """One agent's request. ``transcript`` (workflow): earlier agents' tasks and results, append-only."""
    turns: list[dict[str, str]] = []
    for task, result in transcript or []:
        turns += [{"role": "user", "content": task}, {"role": "assistant", "content": result}]
    if layout == "shared-prefix":
        if transcript is not None:  # the brief, then every earlier turn, then this agent's task: all but the tail is cached
            return [{"role": "system", "content": preamble()}, {"role": "user", "content": shared}, *turns,
                    {"role": "user", "content": own}]
        return [{"role": "system", "content": preamble()}, {"role": "user", "content": f"{shared}\n\n## Your role and task\n{own}"}]
    return [{"role": "system", "content": f"## Your role and task\n{own}"},
            {"role": "user", "content": f"{preamble()}\n\n{shared}"}, *turns]


def _call(llm: LLM, agent: int, messages: list[dict[str, str]], max_tokens: int) -> tuple[CallStat, str]:
    start = time.monotonic()
    reply = llm.chat(messages, agent=f"agent{agent}", max_tokens=max_tokens, temperature=0.0, stream=lambda _t: None)
    return CallStat(agent, reply.usage.prompt_tokens, reply.usage.cached_tokens, reply.ttft or reply.seconds,
                    time.monotonic() - start), reply.content


def run_layout(server_factory: Any, scenario: str, layout: str, *, agents: int, prefix_tokens: int, input_tokens: int,
               output_tokens: int, rounds: int) -> LayoutResult:
    server = server_factory()
    try:
        # No model name: a server that checks it (vLLM answers 404 to a name it does not serve)
        # is asked which model it serves.
        backend = OpenAIBackend(server.url)
        llm = LLM(backend, max_tokens=output_tokens)
        tok = ServerTokenizer(server.url, backend.model_id())
        result = LayoutResult(scenario, layout, cache_reset=server.reset())
        counters_before = server_metrics(server.url)
        shared = "## Design brief\n" + _text(tok, max(prefix_tokens - len(tok.text_tokens(preamble())), 16), 0)
        owns = [f"You are agent {a}. " + _text(tok, input_tokens - prefix_tokens, 100 * (a + 1)) for a in range(agents)]
        transcript: list[tuple[str, str]] | None = None
        if scenario == "workflow":
            owns = [f"## Agent {a}\nYou are agent {a}. Review the newest result above and add your own in three sentences."
                    for a in range(agents)]
            transcript = []
        start = time.monotonic()
        for _ in range(rounds):
            for a in range(agents):
                stat, content = _call(llm, a, _messages(layout, shared, owns[a], transcript), output_tokens)
                result.calls.append(stat)
                if transcript is not None:  # append-only: each task and result joins the shared transcript
                    transcript.append((owns[a], content.strip()))
        result.seconds = time.monotonic() - start
        result.server_cache = metrics_reuse(counters_before, server_metrics(server.url))
        return result
    finally:
        server.stop()


class _FreshServer:
    """An embedded server started for one layout: its cache starts empty."""

    def __init__(self, server: EmbeddedServer) -> None:
        self._server = server
        self.url = server.url

    def reset(self) -> bool:
        return True

    def stop(self) -> None:
        self._server.stop()


class _RemoteServer:
    """A server the benchmark does not own: it is asked to drop its prefix cache before each layout."""

    def __init__(self, url: str) -> None:
        self.url = url

    def reset(self) -> bool:
        """vLLM's ``POST /reset_prefix_cache`` (served when ``VLLM_SERVER_DEV_MODE=1``); False when refused."""
        base = self.url[:-3] if self.url.rstrip("/").endswith("/v1") else self.url.rstrip("/")
        try:
            with urllib.request.urlopen(urllib.request.Request(base + "/reset_prefix_cache", data=b"", method="POST"),
                                        timeout=30) as resp:
                return bool(resp.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    def stop(self) -> None:
        pass


def _server_identity(url: str) -> dict[str, str]:
    """The served model and, for vLLM, its version (``GET /version``), for the report."""
    out = {"model": OpenAIBackend(url).model_id()}
    base = url[:-3] if url.rstrip("/").endswith("/v1") else url.rstrip("/")
    try:
        with urllib.request.urlopen(base + "/version", timeout=5) as resp:
            out["server_version"] = str(json.loads(resp.read()).get("version", ""))
    except (urllib.error.URLError, OSError, ValueError):
        pass
    return out


@click.command("kv")
@click.option("--agents", type=int, default=5, show_default=True, help="agents per round")
@click.option("--prefix-tokens", type=int, default=512, show_default=True, help="kvcomm: shared prefix tokens per request")
@click.option("--input-tokens", type=int, default=1024, show_default=True, help="kvcomm: input tokens per request")
@click.option("--output-tokens", type=int, default=512, show_default=True, help="tokens generated per request")
@click.option("--rounds", type=int, default=1, show_default=True, help="rounds of all agents (kvcomm)")
@click.option("--workflow-rounds", type=int, default=2, show_default=True, help="rounds of the append-only workflow")
@click.option("--workflow-output-tokens", type=int, default=96, show_default=True, help="tokens per agent result in the workflow")
@click.option("--scenario", type=click.Choice(["kvcomm", "workflow", "both"]), default="both", show_default=True)
@click.option("--llm", "llm_url", default=None,
              help="an OpenAI-compatible server to measure, its prefix cache reset before each layout where it allows it "
                   "(vLLM with VLLM_SERVER_DEV_MODE=1); default: a fresh embedded server per layout")
@click.option("--gguf", default=None, help="GGUF for the embedded server (default: the packaged SmolLM2-135M)")
@click.option("--threads", type=int, default=1, show_default=True, help="embedded server threads")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="write the results as JSON here")
@click.option("--json", "as_json", is_flag=True, help="print the results as JSON")
def cli_kv(agents: int, prefix_tokens: int, input_tokens: int, output_tokens: int, rounds: int, workflow_rounds: int,
           workflow_output_tokens: int, scenario: str, llm_url: str | None, gguf: str | None, threads: int,
           out: Path | None, as_json: bool) -> None:
    """KV-cache reuse across agents: shared-prefix vs agent-first layout, side by side."""
    settings = settings_from({"gguf": gguf, "threads": threads})
    if llm_url:
        factory: Any = lambda: _RemoteServer(llm_url)
    else:
        path = resolve_gguf(settings)
        ctx = 2 * max(input_tokens + output_tokens, 4096) + 2048
        factory = lambda: _FreshServer(EmbeddedServer(path, threads=threads, ctx_size=ctx, parallel=1))
    results: list[dict[str, Any]] = []
    console = Console(json_mode=as_json)
    plan = [("kvcomm", rounds, output_tokens)] if scenario in ("kvcomm", "both") else []
    plan += [("workflow", workflow_rounds, workflow_output_tokens)] if scenario in ("workflow", "both") else []
    for scen, n_rounds, n_out in plan:
        for layout in ("shared-prefix", "agent-first"):
            console.info(f"{scen}: {layout} layout, {agents} agents x {n_rounds} round(s)")
            measured = run_layout(factory, scen, layout, agents=agents, prefix_tokens=prefix_tokens,
                                  input_tokens=input_tokens, output_tokens=n_out, rounds=n_rounds)
            results.append(measured.summary())
    report: dict[str, Any] = {"results": results, "settings": {"agents": agents, "prefix_tokens": prefix_tokens, "input_tokens": input_tokens,
                                               "output_tokens": output_tokens, "rounds": rounds,
                                               "workflow_rounds": workflow_rounds,
                                               "workflow_output_tokens": workflow_output_tokens,
                                               "server": llm_url or f"embedded llama.cpp, {threads} thread(s)",
                                               **(_server_identity(llm_url) if llm_url else {})}}
    for scen in {r["scenario"] for r in results}:
        pair = {r["layout"]: r for r in results if r["scenario"] == scen}
        if len(pair) == 2 and pair["shared-prefix"]["ttft_p50"]:
            report.setdefault("ttft_speedup_p50", {})[scen] = round(pair["agent-first"]["ttft_p50"] / pair["shared-prefix"]["ttft_p50"], 2)
    if out:
        write_json_atomic(out, report)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    from rich.table import Table

    table = Table(title="KV-cache reuse across agents")
    for col in ("scenario", "layout", "calls", "prompt tok", "cached tok", "reuse", "counters", "prefill tok", "TTFT p50 s",
                "TTFT p95 s", "total s"):
        table.add_column(col, no_wrap=True, overflow="fold")
    for r in results:
        counters = f"{r['server_cache']['share']:.1%}" if r["server_cache"] else "-"
        table.add_row(r["scenario"], r["layout"], str(r["calls"]), str(r["prompt_tokens"]), str(r["cached_tokens"]),
                      f"{r['reuse']:.1%}", counters, str(r["prefill_tokens"]), f"{r['ttft_p50']:.3f}",
                      f"{r['ttft_p95']:.3f}", f"{r['seconds']:.1f}")
    console.out.width = max(console.out.width, 140)
    console.out.print(table)
    for scen, ratio in report.get("ttft_speedup_p50", {}).items():
        console.out.print(f"{scen}: TTFT p50 agent-first / shared-prefix = {ratio}x")
    if not all(r["cache_reset"] for r in results):
        console.warning("the server refused POST /reset_prefix_cache, so later layouts started with a warm cache; "
                        "start vLLM with VLLM_SERVER_DEV_MODE=1, or restart it between runs with --scenario")
