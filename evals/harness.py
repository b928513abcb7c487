"""VerilogEval and RTLLM on the one runner: their shared settings, pass@k, agent mode and adapter.

A benchmark (:class:`chipsmith.evals.verilogeval.VerilogEval`, :class:`chipsmith.evals.rtllm.RTLLM`)
lists problems and turns a candidate into a :class:`JudgeJob`; :class:`VerilogSuite` plugs it
into :mod:`chipsmith.evals.runner`, which owns the run directory, resume, executors and
reports. Candidates come from the reference (``oracle``), one LLM answer (``single-shot``) or
the Verilog specialist with its fix loop (``agent``).
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Protocol

from chipsmith.core.errors import ConfigError
from chipsmith.evals import runner
from chipsmith.evals.executors import JudgeJob
from chipsmith.evals.runner import Context, Problem, Progress, RunOutcome, Suite, safe_name

RESULT_SCHEMA = runner.RESULT_SCHEMA
MODES = ("oracle", "single-shot", "agent")
AGENT_SPECIALIST = "verilog_writer"  # agent mode runs this specialist from chipsmith.agents.registry

__all__ = ["AgentRuntime", "Benchmark", "Candidate", "EvalConfig", "JudgeJob", "MODES", "Problem", "Progress",
           "RunOutcome", "VerilogSuite", "ks_for", "load_results", "mean_pass_at_k", "pass_at_k", "result_path",
           "run_eval", "run_verilog_agent", "sample_dir", "summarize"]


# --------------------------------------------------------------------------- data


@dataclass
class Candidate:
    """What a mode produced for one sample: the code and what producing it cost."""

    code: str
    tries: int = 1
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    llm_seconds: float = 0.0
    response: str = ""
    notes: dict[str, Any] = field(default_factory=dict)


class Benchmark(Protocol):
    """What a Verilog benchmark (VerilogEval, RTLLM) provides to :class:`VerilogSuite`."""

    name: str

    def problems(self) -> list[Problem]: ...

    def describe(self) -> dict[str, Any]: ...

    def oracle(self, problem: Problem) -> Candidate: ...

    def single_shot(self, problem: Problem, sample: int, llm: Any, config: EvalConfig) -> Candidate: ...

    def agent(self, problem: Problem, sample: int, runtime: AgentRuntime) -> Candidate: ...

    def job(self, problem: Problem, sample: int, candidate: Candidate, workdir: Path | None,
            config: EvalConfig) -> JudgeJob: ...

    def known_failures(self) -> dict[str, dict[str, str]]: ...


@dataclass(frozen=True)
class EvalConfig:
    """The settings that decide a run's numbers; a resumed run must match them exactly."""

    benchmark: str
    dataset: str
    task: str
    mode: str
    samples: int = 1
    temperature: float = 0.0
    top_p: float = 1.0
    max_tokens: int = 1024
    llm: str = ""
    model: str = ""
    timeout: float = 30.0
    seed: int = 0
    max_tries: int = 1

    def fingerprint(self) -> dict[str, Any]:
        data = asdict(self)
        if self.mode == "oracle":  # no model is involved: sampling settings cannot change a verdict
            for key in ("temperature", "top_p", "max_tokens", "llm", "model", "seed", "max_tries"):
                data.pop(key)
        if self.mode != "agent":
            data.pop("max_tries", None)
        if self.llm.startswith(("replay:", "script:")):  # the answers, not their source, decide the numbers
            data["llm"] = self.llm.split(":", 1)[0]
        return data


@dataclass
class AgentRuntime:
    """What agent mode needs besides the problem: settings, the LLM and the run record."""

    settings: Any
    llm: Any
    record: Any
    run_dir: Path


# --------------------------------------------------------------------------- pass@k


def pass_at_k(n: int, c: int, k: int) -> float:
    """The unbiased estimator 1 - C(n-c, k) / C(n, k) (Chen et al. 2021) for one problem."""
    if k > n or n <= 0:
        raise ValueError(f"pass@{k} needs at least {k} samples, got {n}")
    if n - c < k:
        return 1.0
    return 1.0 - math.prod((n - c - i) / (n - i) for i in range(k))


def mean_pass_at_k(counts: Sequence[tuple[int, int]], k: int) -> float:
    """pass@k averaged over the problems given as (n, c): divided by their true number."""
    if not counts:
        return 0.0
    return sum(pass_at_k(n, c, k) for n, c in counts) / len(counts)


def ks_for(n: int) -> list[int]:
    """The k values worth reporting for n samples per problem."""
    return [k for k in (1, 5, 10, 20, 50, 100) if k <= n] or [1]


# --------------------------------------------------------------------------- the adapter


class VerilogSuite(Suite):
    """A Verilog benchmark on the runner: produce a candidate in the chosen mode, judge it on Icarus."""

    name: ClassVar[str] = "verilog"

    def __init__(self, bench: Benchmark, config: EvalConfig, *, iverilog: str = "iverilog", vvp: str = "vvp") -> None:
        self.bench = bench
        self.eval_config = config
        self.samples = config.samples
        self.name = bench.name  # type: ignore[misc]  # one adapter serves both benchmarks under their own names
        self._binaries = {"iverilog": iverilog, "vvp": vvp}

    def config(self) -> dict[str, Any]:
        return self.eval_config.fingerprint()

    def describe(self) -> dict[str, Any]:
        return {"benchmark": self.bench.describe(), "known_failures": self.bench.known_failures(),
                "full_config": asdict(self.eval_config)}

    def binaries(self) -> dict[str, str]:
        return dict(self._binaries)

    def decisive_tools(self) -> tuple[str, ...]:
        return ("iverilog",)

    def check(self, ctx: Context) -> None:
        cfg = self.eval_config
        if cfg.mode not in MODES:
            raise ConfigError(f"--mode {cfg.mode!r}: use one of {', '.join(MODES)}")
        if cfg.samples < 1:
            raise ConfigError("--samples must be at least 1")
        if cfg.mode == "oracle" and cfg.samples != 1:
            raise ConfigError("--mode oracle judges the reference once: use --samples 1")
        if cfg.mode == "single-shot" and ctx.llm is None:
            raise ConfigError("single-shot mode needs an LLM backend (--llm)")
        if cfg.mode == "agent":
            if ctx.llm is None:
                raise ConfigError("agent mode needs an LLM backend (--llm)")
            from chipsmith.agents import registry

            if not registry.is_available(AGENT_SPECIALIST):
                raise ConfigError(f"agent mode needs the {AGENT_SPECIALIST} specialist, which is not installed in this "
                                  "checkout; use --mode single-shot or oracle")

    def problems(self) -> list[Problem]:
        return self.bench.problems()

    def cost_hint(self, problem: Problem) -> float:
        hint: Callable[[Problem], float] | None = getattr(self.bench, "cost_hint", None)
        return float(hint(problem)) if hint is not None else 0.0

    def produce(self, problem: Problem, sample: int, ctx: Context) -> Candidate:
        mode = self.eval_config.mode
        if mode == "oracle":
            return self.bench.oracle(problem)
        if mode == "single-shot":
            return self.bench.single_shot(problem, sample, ctx.llm, self.eval_config)
        return self.bench.agent(problem, sample, AgentRuntime(ctx.settings, ctx.llm, ctx.record, ctx.run_dir))

    def judge(self, problem: Problem, sample: int, produced: Candidate, workdir: Path | None, ctx: Context) -> JudgeJob:
        job = self.bench.job(problem, sample, produced, workdir, self.eval_config)
        job.iverilog, job.vvp = self._binaries["iverilog"], self._binaries["vvp"]
        return job

    def result(self, problem: Problem, sample: int, produced: Candidate, judged: dict[str, Any],
               timing: dict[str, float]) -> dict[str, Any]:
        return {"benchmark": self.bench.name, "mode": self.eval_config.mode, **judged, "tries": produced.tries,
                **_usage(produced), "candidate": produced.code, "response": produced.response, "notes": produced.notes,
                "seconds": round(timing["produce_seconds"] + timing["judge_seconds"], 4),
                "wall_seconds": round(timing["wall_seconds"], 4), "judge_seconds": round(timing["judge_seconds"], 4)}

    def failed(self, problem: Problem, sample: int, produced: Any, error: str, seconds: float) -> dict[str, Any]:
        cand = produced if isinstance(produced, Candidate) else None
        return {"benchmark": self.bench.name, "mode": self.eval_config.mode,
                "failure": {"code": "X", "name": "harness-error"}, "tries": cand.tries if cand else 0,
                **_usage(cand), "seconds": seconds, "judge_seconds": 0.0}

    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        return _summarise(results, record)

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        from chipsmith.evals.report import chart_png, html_report, markdown

        png = chart_png(summary)
        return {"chart.png": png, "report.md": markdown(summary), "report.html": html_report(summary, png)}


def _usage(c: Candidate | None) -> dict[str, Any]:
    if c is None:
        return {"prompt_tokens": 0, "completion_tokens": 0, "cached_tokens": 0, "llm_seconds": 0.0}
    return {"prompt_tokens": c.prompt_tokens, "completion_tokens": c.completion_tokens,
            "cached_tokens": c.cached_tokens, "llm_seconds": round(c.llm_seconds, 4)}


def result_path(run_dir: Path, problem_id: str, sample: int) -> Path:
    return Path(run_dir) / "results" / VerilogSuite.result_name(problem_id, sample)


def sample_dir(run_dir: Path, problem_id: str, sample: int) -> Path:
    return Path(run_dir) / str(VerilogSuite.workdir_name(problem_id, sample))


def load_results(run_dir: Path) -> list[dict[str, Any]]:
    """Every result file of a run, sorted by problem and sample."""
    return sorted(runner.load_results(run_dir), key=lambda r: (r["problem"], r["sample"]))


def run_eval(bench: Benchmark, config: EvalConfig, run_dir: Path, *, problems: Sequence[str] = (), jobs: int = 1,
             executor: str = "local", address: str | None = None, resume: bool = False, llm: Any = None,
             agent_runtime: AgentRuntime | None = None, settings: Any = None,
             on_progress: Callable[[Progress], None] | None = None, on_start: Callable[[int, int], None] | None = None,
             stop: threading.Event | None = None, meta: dict[str, Any] | None = None) -> RunOutcome:
    """Evaluate ``bench`` into ``run_dir`` on the runner (reports included)."""
    suite = VerilogSuite(bench, config, iverilog=getattr(settings, "iverilog", "iverilog"),
                         vvp=getattr(settings, "vvp", "vvp"))
    return runner.run(suite, run_dir, problems=problems, jobs=jobs, executor=executor, address=address, resume=resume,
                      settings=settings, llm=llm if llm is not None else getattr(agent_runtime, "llm", None),
                      record=getattr(agent_runtime, "record", None), meta=meta, on_start=on_start,
                      on_progress=on_progress, stop=stop)


# --------------------------------------------------------------------------- summary


def summarize(run_dir: Path) -> dict[str, Any]:
    """pass@k, failure classes, tries, tokens and seconds over a run's result files."""
    record = runner.read_record(run_dir)
    return _summarise(runner.load_results(run_dir, record), {**record, "run_dir": str(run_dir)})


def _summarise(results: list[dict[str, Any]], meta: dict[str, Any]) -> dict[str, Any]:
    known: dict[str, dict[str, str]] = meta.get("known_failures", {})
    by_problem: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        by_problem.setdefault(r["problem"], []).append(r)
    n_min = min((len(v) for v in by_problem.values()), default=0)
    counts = {p: (len(v), sum(1 for r in v if r["passed"])) for p, v in by_problem.items()}
    gradable = {p: nc for p, nc in counts.items() if p not in known}
    ks = ks_for(n_min)

    def rates(sel: dict[str, tuple[int, int]]) -> dict[str, float]:
        return {f"pass@{k}": round(mean_pass_at_k(list(sel.values()), k), 6) for k in ks if all(n >= k for n, _ in sel.values())}

    failures: dict[str, int] = {}
    for r in results:
        name = r["failure"]["name"]
        failures[name] = failures.get(name, 0) + 1
    categories: dict[str, dict[str, Any]] = {}
    for p, v in by_problem.items():
        cat = categories.setdefault(v[0].get("category", ""), {"problems": 0, "samples": 0, "passed": 0, "_counts": []})
        cat["problems"] += 1
        cat["samples"] += len(v)
        cat["passed"] += counts[p][1]
        cat["_counts"].append(counts[p])
    for cat in categories.values():
        cat["pass@1"] = round(mean_pass_at_k(cat.pop("_counts"), 1), 6)
    max_try = max((int(r.get("tries") or 0) for r in results), default=0)
    per_try = []
    for t in range(1, max_try + 1):
        passed_at = sum(1 for r in results if r["passed"] and int(r.get("tries") or 0) == t)
        by_t = sum(1 for r in results if r["passed"] and 0 < int(r.get("tries") or 0) <= t)
        per_try.append({"try": t, "passed_at_try": passed_at,
                        "cumulative_pass_rate": round(by_t / len(results), 6) if results else 0.0})
    prompt = sum(int(r.get("prompt_tokens") or 0) for r in results)
    completion = sum(int(r.get("completion_tokens") or 0) for r in results)
    cached = sum(int(r.get("cached_tokens") or 0) for r in results)
    seconds = [float(r.get("seconds") or 0.0) for r in results]
    per_problem_seconds = {p: sum(float(r.get("seconds") or 0.0) for r in v) for p, v in by_problem.items()}
    known_report = {p: {**info, "observed": [r["failure"]["name"] for r in by_problem.get(p, [])]}
                    for p, info in known.items() if p in by_problem}
    return {
        "run_dir": str(meta.get("run_dir", "")),
        "config": meta.get("full_config", meta.get("config", {})),
        "decisive_settings": sorted(meta.get("config", {})),  # the ones a resume must match
        "versions": meta.get("versions", {}),
        "model_id": meta.get("model_id", ""),
        "problems": len(by_problem),
        "samples": len(results),
        "samples_per_problem": n_min,
        "passed_samples": sum(1 for r in results if r["passed"]),
        "passed_problems": sum(1 for n, c in counts.values() if c > 0),
        "errors": sum(1 for r in results if r["verdict"] == "error"),
        "all": {"problems": len(counts), **rates(counts)},
        "gradable": {"problems": len(gradable), "passed_problems": sum(1 for n, c in gradable.values() if c > 0),
                     **rates(gradable)},
        "known_failures": known_report,
        "failure_classes": dict(sorted(failures.items(), key=lambda kv: (-kv[1], kv[0]))),
        "categories": dict(sorted(categories.items())),
        "tries": per_try,
        "tokens": {"prompt": prompt, "completion": completion, "cached": cached,
                   "cached_share": round(cached / prompt, 6) if prompt else 0.0},
        "seconds": {"sum": round(sum(seconds), 3),
                    "per_problem_mean": round(sum(per_problem_seconds.values()) / len(per_problem_seconds), 4)
                    if per_problem_seconds else 0.0,
                    "per_problem_max": round(max(per_problem_seconds.values()), 4) if per_problem_seconds else 0.0,
                    "judge_sum": round(sum(float(r.get("judge_seconds") or 0.0) for r in results), 3),
                    "llm_sum": round(sum(float(r.get("llm_seconds") or 0.0) for r in results), 3)},
        "failing": sorted(p for p, (n, c) in counts.items() if c == 0),
        "per_problem": {p: {"samples": n, "passed": c} for p, (n, c) in sorted(counts.items())},
        # oracle runs check the harness: every failure must be a known one, every known one must still fail
        "self_check": {"unexpected_failures": sorted(p for p, (n, c) in counts.items() if c < n and p not in known),
                       "known_but_passed": sorted(p for p in known if p in counts and counts[p][1] > 0)}
        if (meta.get("config") or {}).get("mode") == "oracle" else None,
    }


# --------------------------------------------------------------------------- agent mode


class _SampleLLM:
    """Wraps the shared LLM to count one sample's tokens (the shared totals mix concurrent samples)."""

    def __init__(self, llm: Any) -> None:
        self._llm = llm
        self.prompt_tokens = self.completion_tokens = self.cached_tokens = 0
        self.seconds = 0.0
        self._lock = threading.Lock()

    def _count(self, reply: Any) -> None:
        with self._lock:
            self.prompt_tokens += reply.usage.prompt_tokens
            self.completion_tokens += reply.usage.completion_tokens
            self.cached_tokens += reply.usage.cached_tokens
            self.seconds += reply.seconds

    def chat(self, messages: list[dict[str, str]], **kwargs: Any) -> Any:
        reply = self._llm.chat(messages, **kwargs)
        self._count(reply)
        return reply

    def structured(self, messages: list[dict[str, str]], schema: Any, **kwargs: Any) -> Any:
        instance, reply = self._llm.structured(messages, schema, **kwargs)
        self._count(reply)
        return instance, reply

    def __getattr__(self, name: str) -> Any:
        return getattr(self._llm, name)


def run_verilog_agent(request: str, interface: str, problem_id: str, sample: int, runtime: AgentRuntime) -> Candidate:
    """Run the Verilog specialist on one problem; its Verilog artefact is the candidate.

    The specialist sees only what a single-shot model sees (the spec, and the interface for code
    completion), never the benchmark's hidden test bench; retrieval is off so a run depends on
    the model and the tools only.
    """
    from chipsmith.agents import registry
    from chipsmith.agents.context import AgentContext
    from chipsmith.agents.state import ChipState

    if not registry.is_available(AGENT_SPECIALIST):
        raise ConfigError(f"agent mode needs the {AGENT_SPECIALIST} specialist, which is not installed in this "
                          "checkout; use --mode single-shot or oracle")
    run_specialist = registry.load(AGENT_SPECIALIST)
    out = (runtime.run_dir / "agent" / safe_name(problem_id) / f"s{sample:02d}").resolve()
    out.mkdir(parents=True, exist_ok=True)
    llm = _SampleLLM(runtime.llm)
    ctx = AgentContext(settings=runtime.settings, llm=llm, record=runtime.record, out_dir=out)  # type: ignore[arg-type]
    inputs = {"knowledge": "off", **({"interface": interface} if interface else {})}
    update = run_specialist(ChipState(request=request, inputs=inputs), ctx)
    artefacts = update.get("artefacts", [])
    verilog = [a for a in artefacts if a.kind == "verilog"]
    code = Path(verilog[-1].path).read_text() if verilog else ""
    reports = [a for a in artefacts if a.kind == "report" and Path(a.path).name == "report.json"]
    tries = int(json.loads(Path(reports[-1].path).read_text()).get("tries", 1)) if reports else 1
    return Candidate(code=code, tries=max(tries, 1), prompt_tokens=llm.prompt_tokens,
                     completion_tokens=llm.completion_tokens, cached_tokens=llm.cached_tokens, llm_seconds=llm.seconds,
                     response=str(update.get("answer", "")),
                     notes={"agent_verdict": update.get("verdict", ""), "artefacts": [a.name for a in artefacts],
                            "agent_dir": str(out.relative_to(runtime.run_dir.resolve()))})
