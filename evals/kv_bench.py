"""`chipsmith bench kv`: KV-cache reuse across agents, two prompt layouts side by side.

Runs on the one runner (:class:`KVSuite`): each scenario x layout is one problem, measured in the
producer step (the model calls), so an interrupted benchmark resumes at the next layout.

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
from typing import Any, ClassVar

from chipsmith.agents.kvcache import ServerTokenizer, metrics_reuse
from chipsmith.agents.layout import preamble
from chipsmith.agents.llm import (
    LLM,
    EmbeddedServer,
    OpenAIBackend,
    server_metrics,
)
from chipsmith.core.errors import ConfigError
from chipsmith.evals.executors import JudgeJob
from chipsmith.evals.runner import Context, Problem, Suite, safe_name

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


_BASE_KEYS = ("schema", "suite", "problem", "category", "sample", "verdict", "passed", "failure")


def _measured(job: JudgeJob) -> dict[str, Any]:
    # The layout was measured in the producer step (model calls happen in the main process).
    return {**job.params["measured"], "verdict": "measured", "passed": True, "failure": {"name": "measured"}}


class KVSuite(Suite):
    """Each scenario x layout is one problem, measured on a server whose cache starts empty."""

    name: ClassVar[str] = "kv"

    def __init__(self, *, agents: int = 5, prefix_tokens: int = 512, input_tokens: int = 1024, output_tokens: int = 512,
                 rounds: int = 1, workflow_rounds: int = 2, workflow_output_tokens: int = 96, scenario: str = "both",
                 llm_url: str | None = None, gguf: Path | None = None, threads: int = 1) -> None:
        self.settings: dict[str, Any] = {"agents": agents, "prefix_tokens": prefix_tokens, "input_tokens": input_tokens,
                         "output_tokens": output_tokens, "rounds": rounds, "workflow_rounds": workflow_rounds,
                         "workflow_output_tokens": workflow_output_tokens,
                         "server": llm_url or f"embedded llama.cpp, {threads} thread(s)"}
        self.scenario, self.llm_url, self.gguf, self.threads = scenario, llm_url, gguf, threads

    def config(self) -> dict[str, Any]:
        return {**self.settings, "scenario": self.scenario}

    def describe(self) -> dict[str, Any]:
        return {"server_identity": _server_identity(self.llm_url) if self.llm_url else {}}

    def problems(self) -> list[Problem]:
        s = self.settings
        plan = [("kvcomm", s["rounds"], s["output_tokens"])] if self.scenario in ("kvcomm", "both") else []
        plan += ([("workflow", s["workflow_rounds"], s["workflow_output_tokens"])]
                 if self.scenario in ("workflow", "both") else [])
        return [Problem(f"{scen}/{layout}", scen, data={"scenario": scen, "layout": layout, "rounds": n, "output": out})
                for scen, n, out in plan for layout in ("shared-prefix", "agent-first")]

    def _server(self) -> Any:
        if self.llm_url:
            return _RemoteServer(self.llm_url)
        if self.gguf is None:
            raise ConfigError("the KV benchmark needs a GGUF file for its embedded server, or --llm URL")
        s = self.settings
        ctx = 2 * max(s["input_tokens"] + s["output_tokens"], 4096) + 2048
        return _FreshServer(EmbeddedServer(self.gguf, threads=self.threads, ctx_size=ctx, parallel=1))

    def produce(self, problem: Problem, sample: int, ctx: Context) -> dict[str, Any]:
        d, s = problem.data, self.settings
        measured = run_layout(self._server, d["scenario"], d["layout"], agents=s["agents"],
                              prefix_tokens=s["prefix_tokens"], input_tokens=s["input_tokens"], output_tokens=d["output"],
                              rounds=d["rounds"])
        return measured.summary()

    def judge(self, problem: Problem, sample: int, produced: Any, workdir: Path | None, ctx: Context) -> JudgeJob:
        return JudgeJob(_measured, problem.id, sample, {}, None, 0.0, params={"measured": produced})

    @classmethod
    def result_name(cls, problem_id: str, sample: int) -> str:
        return "/".join(safe_name(part) for part in problem_id.split("/")) + ".json"

    @classmethod
    def workdir_name(cls, problem_id: str, sample: int) -> str | None:
        return None

    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        measured = [{k: v for k, v in r.items() if k not in _BASE_KEYS} for r in results if r.get("verdict") != "error"]
        config = {k: v for k, v in (record.get("config") or {}).items() if k != "scenario"}
        report: dict[str, Any] = {"results": measured, "settings": {**config, **(record.get("server_identity") or {})}}
        for scen in sorted({r["scenario"] for r in measured}):
            pair = {r["layout"]: r for r in measured if r["scenario"] == scen}
            if len(pair) == 2 and pair["shared-prefix"]["ttft_p50"]:
                report.setdefault("ttft_speedup_p50", {})[scen] = round(
                    pair["agent-first"]["ttft_p50"] / pair["shared-prefix"]["ttft_p50"], 2)
        errors = [{"problem": r["problem"], "error": r.get("error", "")} for r in results if r.get("verdict") == "error"]
        if errors:
            report["errors"] = errors
        return report

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        lines = ["# KV-cache reuse across agents", "", f"server: {summary['settings'].get('server', '')}", "",
                 "| scenario | layout | calls | prompt tok | cached tok | reuse | counters | prefill tok | TTFT p50 s "
                 "| TTFT p95 s | total s |", "|---|---|---|---|---|---|---|---|---|---|---|"]
        for r in summary["results"]:
            counters = f"{r['server_cache']['share']:.1%}" if r.get("server_cache") else "-"
            lines.append(f"| {r['scenario']} | {r['layout']} | {r['calls']} | {r['prompt_tokens']} | {r['cached_tokens']} "
                         f"| {r['reuse']:.1%} | {counters} | {r['prefill_tokens']} | {r['ttft_p50']:.3f} "
                         f"| {r['ttft_p95']:.3f} | {r['seconds']:.1f} |")
        lines.append("")
        lines += [f"{scen}: TTFT p50 agent-first / shared-prefix = {ratio}x"
                  for scen, ratio in summary.get("ttft_speedup_p50", {}).items()]
        if not all(r.get("cache_reset", True) for r in summary["results"]):
            lines.append("The server refused POST /reset_prefix_cache, so later layouts started with a warm cache.")
        return {"report.md": "\n".join(lines) + "\n"}
