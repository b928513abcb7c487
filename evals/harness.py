"""The batch-evaluation harness shared by every benchmark adapter.

A run directory holds everything needed to rebuild its numbers::

    RUN_DIR/eval.json                 what was evaluated and how (refused if a resume differs)
    RUN_DIR/settings.json             chipsmith settings (API key masked)
    RUN_DIR/versions.json             iverilog / vvp / Python package versions
    RUN_DIR/llm_calls.jsonl           every LLM call (``--llm replay:RUN_DIR`` answers them again)
    RUN_DIR/samples/<problem>/sNN/    the sample's own work directory: candidate, bench, logs, wave.vcd
    RUN_DIR/results/<problem>/sNN.json   one result per sample, written atomically
    RUN_DIR/summary.json, report.md, report.html

Candidates are produced in the main process (an LLM call, the agent, or the reference
for ``oracle``) by ``jobs`` threads; each candidate becomes a picklable :class:`JudgeJob`
that an executor runs: inline, in a local process pool, or on a Ray cluster. A job
carries the contents of every file it needs, so a remote worker needs no shared disk.
"""

from __future__ import annotations

import concurrent.futures as cf
import fnmatch
import importlib.metadata
import json
import math
import re
import shutil
import signal
import tempfile
import threading
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Protocol, Sequence

from chipsmith.core.errors import BackendError, ConfigError, InputError
from chipsmith.core.files import safe_join, write_atomic, write_json_atomic

RESULT_SCHEMA = 1
MODES = ("oracle", "single-shot", "agent")
AGENT_SPECIALIST = "verilog_writer"  # agent mode runs this specialist from chipsmith.agents.registry


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Problem:
    """One benchmark problem as the adapter sees it."""

    id: str
    category: str
    prompt: str
    data: dict[str, Any] = field(default_factory=dict)


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


@dataclass
class JudgeJob:
    """Everything a judge needs, by value: it runs the same on a Ray worker with no shared disk."""

    judge: Callable[["JudgeJob"], dict[str, Any]]
    problem: str
    sample: int
    files: dict[str, bytes]
    workdir: str | None
    timeout: float
    iverilog: str = "iverilog"
    vvp: str = "vvp"
    params: dict[str, Any] = field(default_factory=dict)


class Benchmark(Protocol):
    """What an adapter (VerilogEval, RTLLM) provides to the harness."""

    name: str

    def problems(self) -> list[Problem]: ...

    def describe(self) -> dict[str, Any]: ...

    def oracle(self, problem: Problem) -> Candidate: ...

    def single_shot(self, problem: Problem, sample: int, llm: Any, config: "EvalConfig") -> Candidate: ...

    def agent(self, problem: Problem, sample: int, runtime: "AgentRuntime") -> Candidate: ...

    def job(self, problem: Problem, sample: int, candidate: Candidate, workdir: Path | None,
            config: "EvalConfig") -> JudgeJob: ...

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


@dataclass
class Progress:
    """One finished sample, for the CLI's progress bar."""

    done: int
    total: int
    passed: int
    problem: str
    sample: int
    verdict: str
    failure: str


@dataclass
class RunOutcome:
    run_dir: Path
    total: int
    done: int
    skipped: int
    passed: int
    crashed: int
    seconds: float
    interrupted: bool = False


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


# --------------------------------------------------------------------------- run directory


def safe_name(problem_id: str) -> str:
    """A directory name for a problem id (RTLLM ids hold slashes and spaces)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", problem_id).strip("_") or "problem"


def result_path(run_dir: Path, problem_id: str, sample: int) -> Path:
    return run_dir / "results" / safe_name(problem_id) / f"s{sample:02d}.json"


def sample_dir(run_dir: Path, problem_id: str, sample: int) -> Path:
    return run_dir / "samples" / safe_name(problem_id) / f"s{sample:02d}"


def load_results(run_dir: Path) -> list[dict[str, Any]]:
    """Every result file of a run, sorted by problem and sample."""
    out = []
    for path in sorted((Path(run_dir) / "results").glob("*/s*.json")):
        try:
            out.append(json.loads(path.read_text()))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: unreadable result file ({exc}); delete it and rerun with --resume") from None
    return out


def tool_versions(iverilog: str = "iverilog", vvp: str = "vvp") -> dict[str, str]:
    """The exact versions that decide a verdict: simulators and the Python packages of the harness."""
    from chipsmith.tools.versions import tool_version

    versions: dict[str, str] = {name: tool_version(binary, name) or "missing"
                                for name, binary in (("iverilog", iverilog), ("vvp", vvp))}
    for pkg in ("chipsmith", "openai", "langgraph", "ray", "matplotlib"):
        try:
            versions[pkg] = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            versions[pkg] = "missing"
    return versions


def prepare_run_dir(run_dir: Path, config: EvalConfig, *, resume: bool, settings: Any = None,
                    iverilog: str = "iverilog", vvp: str = "vvp", extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Create or reopen a run directory; refuse to mix settings or to overwrite results silently."""
    run_dir = Path(run_dir)
    meta_path = run_dir / "eval.json"
    wanted = config.fingerprint()
    if meta_path.exists():
        try:
            old = json.loads(meta_path.read_text())
        except json.JSONDecodeError:
            raise InputError(f"{meta_path} is corrupt; use a new --out directory") from None
        if old.get("config") != wanted:
            diff = sorted(k for k in set(old.get("config", {})) | set(wanted)
                          if old.get("config", {}).get(k) != wanted.get(k))
            details = ", ".join(f"{k}: {old.get('config', {}).get(k)!r} -> {wanted.get(k)!r}" for k in diff)
            raise ConfigError(f"{run_dir} holds a run with other settings ({details}); "
                              "use a new --out directory, or the same settings with --resume")
        if not resume and any((run_dir / "results").glob("*/s*.json")):
            raise ConfigError(f"{run_dir} already has results; pass --resume to continue it, or choose a new --out")
        meta = old
        meta.setdefault("sessions", []).append({"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})
    else:
        run_dir.mkdir(parents=True, exist_ok=True)
        meta = {"schema": RESULT_SCHEMA, "config": wanted, "full_config": asdict(config),
                "sessions": [{"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}]}
    versions = tool_versions(iverilog, vvp)
    old_versions = meta.get("versions")
    if old_versions and old_versions.get("iverilog") != versions.get("iverilog"):
        raise ConfigError(f"{run_dir} was judged with {old_versions.get('iverilog')}, this machine has "
                          f"{versions.get('iverilog')}; verdicts would mix simulators: use a new --out")
    meta["versions"] = versions
    meta.update(extra or {})
    write_json_atomic(meta_path, meta)
    write_json_atomic(run_dir / "versions.json", versions)
    if settings is not None:
        from chipsmith import __version__

        write_json_atomic(run_dir / "settings.json", {"chipsmith": __version__, "settings": settings.recordable(),
                                                      "eval": asdict(config)})
    return meta


# --------------------------------------------------------------------------- executors


def _ignore_sigint() -> None:
    # Ctrl-C is the main process's to handle: it stops submitting and leaves a resumable run.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up() -> None:
    # Import the judge's dependencies once per worker, before the first sample is timed.
    try:
        import chipsmith.tools.guard.verilog  # noqa: F401
    except ImportError:
        pass


def run_job(job: JudgeJob) -> dict[str, Any]:
    """Run one judge job (in this process, a pool worker or a Ray worker); times it where it runs."""
    start = time.monotonic()
    if job.workdir is None:
        with tempfile.TemporaryDirectory(prefix="chipsmith-judge-") as tmp:
            job.workdir = tmp
            result = job.judge(job)
    else:
        result = job.judge(job)
    result["judge_seconds"] = round(time.monotonic() - start, 4)  # without the wait for a free worker
    return result


class Executor(Protocol):
    def submit(self, job: JudgeJob) -> "cf.Future[dict[str, Any]]": ...

    def remote(self) -> bool: ...

    def shutdown(self, cancel: bool = False) -> None: ...


class InlineExecutor:
    """Judge in the calling thread (the generation threads give the parallelism)."""

    def submit(self, job: JudgeJob) -> "cf.Future[dict[str, Any]]":
        fut: cf.Future[dict[str, Any]] = cf.Future()
        try:
            fut.set_result(run_job(job))
        except BaseException as exc:  # handed to the caller through the future, as a pool would
            fut.set_exception(exc)
        return fut

    def remote(self) -> bool:
        return False

    def shutdown(self, cancel: bool = False) -> None:
        return None


class ProcessExecutor:
    """A local process pool; workers ignore Ctrl-C so the main process can stop cleanly."""

    def __init__(self, jobs: int) -> None:
        self._pool = cf.ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
        # Start the workers now, while this is the only thread: forking later, next to the
        # producer threads, could copy a lock some thread holds.
        for fut in [self._pool.submit(_warm_up) for _ in range(jobs)]:
            fut.result()

    def submit(self, job: JudgeJob) -> "cf.Future[dict[str, Any]]":
        return self._pool.submit(run_job, job)

    def remote(self) -> bool:
        return False

    def shutdown(self, cancel: bool = False) -> None:
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


class RayExecutor:
    """Judge jobs as Ray tasks: ``address`` of a cluster, or None for a local Ray instance."""

    def __init__(self, address: str | None, jobs: int) -> None:
        try:
            import ray
        except ImportError:
            raise ConfigError("--executor ray needs Ray: pip install 'chipsmith[ray]'") from None
        self._ray = ray
        self._owned = not ray.is_initialized()
        if self._owned:
            kwargs: dict[str, Any] = {"address": address, "ignore_reinit_error": True, "log_to_driver": False,
                                      "include_dashboard": False}
            if address is None:
                kwargs["num_cpus"] = jobs
            try:
                ray.init(**kwargs)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise ConfigError(f"cannot connect to the Ray cluster at {address or 'a new local instance'}: {exc}") from None
        self._task = ray.remote(num_cpus=1)(run_job)
        self._lock = threading.Lock()

    def submit(self, job: JudgeJob) -> "cf.Future[dict[str, Any]]":
        with self._lock:
            ref = self._task.remote(job)
        return ref.future()  # type: ignore[no-any-return]

    def remote(self) -> bool:
        return True

    def shutdown(self, cancel: bool = False) -> None:
        if self._owned:
            self._ray.shutdown()


def make_executor(kind: str, jobs: int, address: str | None = None) -> Executor:
    if kind == "local":
        return InlineExecutor() if jobs <= 1 else ProcessExecutor(jobs)
    if kind == "ray":
        return RayExecutor(address, jobs)
    raise ConfigError(f"--executor {kind!r}: use local or ray")


# --------------------------------------------------------------------------- the run loop


def select_problems(problems: list[Problem], patterns: Sequence[str]) -> list[Problem]:
    """Problems whose id matches any glob (all when none is given); an unmatched glob is an error."""
    if not patterns:
        return problems
    chosen = [p for p in problems if any(fnmatch.fnmatchcase(p.id, pat) for pat in patterns)]
    if not chosen:
        raise InputError(f"--problems {' '.join(patterns)} matches none of the {len(problems)} problems "
                         f"(ids look like {problems[0].id!r})" if problems else "the dataset has no problems")
    return chosen


def _pending(run_dir: Path, problems: list[Problem], samples: int) -> tuple[list[tuple[Problem, int]], int]:
    todo: list[tuple[Problem, int]] = []
    skipped = 0
    for prob in problems:
        for s in range(1, samples + 1):
            path = result_path(run_dir, prob.id, s)
            if path.exists():
                try:
                    if json.loads(path.read_text()).get("verdict") != "error":
                        skipped += 1
                        continue
                except (OSError, json.JSONDecodeError):
                    pass  # a damaged result is redone
            todo.append((prob, s))
    return todo, skipped


def run_eval(bench: Benchmark, config: EvalConfig, run_dir: Path, *, problems: Sequence[str] = (), jobs: int = 1,
             executor: str = "local", address: str | None = None, resume: bool = False, llm: Any = None,
             agent_runtime: AgentRuntime | None = None, settings: Any = None,
             on_progress: Callable[[Progress], None] | None = None, on_start: Callable[[int, int], None] | None = None,
             stop: threading.Event | None = None, meta: dict[str, Any] | None = None) -> RunOutcome:
    """Evaluate ``bench`` into ``run_dir``. Returns after every sample has a result or Ctrl-C."""
    if config.mode not in MODES:
        raise ConfigError(f"--mode {config.mode!r}: use one of {', '.join(MODES)}")
    if config.samples < 1:
        raise ConfigError("--samples must be at least 1")
    if config.mode == "oracle" and config.samples != 1:
        raise ConfigError("--mode oracle judges the reference once: use --samples 1")
    if config.mode == "single-shot" and llm is None:
        raise ConfigError("single-shot mode needs an LLM backend (--llm)")
    if config.mode == "agent":
        if agent_runtime is None:
            raise ConfigError("agent mode needs an agent runtime")
        from chipsmith.agents import registry

        if not registry.is_available(AGENT_SPECIALIST):
            raise ConfigError(f"agent mode needs the {AGENT_SPECIALIST} specialist, which is not installed in this "
                              "checkout; use --mode single-shot or oracle")
    run_dir = Path(run_dir)
    all_problems = bench.problems()
    chosen = select_problems(all_problems, problems)
    prepare_run_dir(run_dir, config, resume=resume, settings=settings,
                    iverilog=getattr(settings, "iverilog", "iverilog"), vvp=getattr(settings, "vvp", "vvp"),
                    extra={"benchmark": bench.describe(), "known_failures": bench.known_failures(), **(meta or {})})
    todo, skipped = _pending(run_dir, chosen, config.samples)
    hint = getattr(bench, "cost_hint", None)
    if hint is not None:  # longest first, so one slow simulation does not finish alone at the end
        costs = {p.id: float(hint(p)) for p in chosen}
        todo.sort(key=lambda item: -costs[item[0].id])
    total = len(chosen) * config.samples
    if on_start:
        on_start(total, skipped)
    ex = make_executor(executor, jobs, address)
    stop = stop or threading.Event()
    lock = threading.Lock()
    counters = {"done": skipped, "passed": _count_passed(run_dir, chosen, config.samples), "crashed": 0}
    start = time.monotonic()

    def one(item: tuple[Problem, int]) -> None:
        prob, s = item
        if stop.is_set():
            return
        result = _evaluate_sample(bench, config, run_dir, prob, s, ex, llm, agent_runtime, stop)
        if result is None:
            return
        write_json_atomic(result_path(run_dir, prob.id, s), result)
        with lock:
            counters["done"] += 1
            counters["passed"] += int(result["passed"])
            counters["crashed"] += int(result["verdict"] == "error")
            event = Progress(counters["done"], total, counters["passed"], prob.id, s, result["verdict"],
                             result["failure"]["name"])
        if on_progress:
            try:
                on_progress(event)
            except KeyboardInterrupt:
                stop.set()  # before this thread takes the next sample
                raise

    interrupted = False
    # More producer threads than simulation workers keep the pool busy while results are written;
    # inline judging (jobs=1) stays strictly sequential.
    threads = 1 if jobs <= 1 else 2 * jobs
    pool = cf.ThreadPoolExecutor(max_workers=threads, thread_name_prefix="eval")
    futures = [pool.submit(one, item) for item in todo]
    backend_error: BackendError | None = None
    try:
        for fut in cf.as_completed(futures):
            try:
                fut.result()
            except cf.CancelledError:
                continue
            except BackendError as exc:
                backend_error = backend_error or exc
                stop.set()
                for other in futures:
                    other.cancel()
    except KeyboardInterrupt:
        interrupted = True
        stop.set()
        for fut in futures:
            fut.cancel()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # samples in flight finish and are recorded
        ex.shutdown(cancel=interrupted or backend_error is not None)
    if backend_error is not None:
        raise BackendError(f"{backend_error}. The run stopped with {counters['done']} of {total} samples recorded; "
                           f"run the same command with --resume to finish it")
    return RunOutcome(run_dir, total, counters["done"], skipped, counters["passed"], counters["crashed"],
                      time.monotonic() - start, interrupted or stop.is_set())


def _count_passed(run_dir: Path, problems: list[Problem], samples: int) -> int:
    n = 0
    for prob in problems:
        for s in range(1, samples + 1):
            path = result_path(run_dir, prob.id, s)
            if path.exists():
                try:
                    n += int(bool(json.loads(path.read_text()).get("passed")))
                except (OSError, json.JSONDecodeError):
                    pass
    return n


def _evaluate_sample(bench: Benchmark, config: EvalConfig, run_dir: Path, prob: Problem, s: int, ex: Executor,
                     llm: Any, runtime: AgentRuntime | None, stop: threading.Event) -> dict[str, Any] | None:
    """Produce and judge one sample; any exception becomes an ``error`` result with its traceback."""
    t0 = time.monotonic()
    base: dict[str, Any] = {"schema": RESULT_SCHEMA, "benchmark": bench.name, "problem": prob.id,
                            "category": prob.category, "sample": s, "mode": config.mode}
    candidate: Candidate | None = None
    try:
        if config.mode == "oracle":
            candidate = bench.oracle(prob)
        elif config.mode == "single-shot":
            candidate = bench.single_shot(prob, s, llm, config)
        else:
            assert runtime is not None
            candidate = bench.agent(prob, s, runtime)
        produce_seconds = time.monotonic() - t0
        if stop.is_set():
            return None
        work = sample_dir(run_dir, prob.id, s)
        if work.exists():
            shutil.rmtree(work)  # a redone sample starts from a clean directory
        work.mkdir(parents=True)
        job = bench.job(prob, s, candidate, None if ex.remote() else work, config)
        judged = ex.submit(job).result()
        if ex.remote():  # the worker's directory is gone: keep its logs and files here
            for name, text in judged.get("files", {}).items():
                write_atomic(safe_join(work, name), text)
        judged.pop("files", None)
        judge_seconds = float(judged.pop("judge_seconds", 0.0))
    except (KeyboardInterrupt, cf.CancelledError):
        stop.set()
        return None
    except BackendError:
        stop.set()  # the model is gone for every sample: stop, and record nothing for this one
        raise
    except Exception as exc:  # a crash in one problem is recorded and the run goes on
        if stop.is_set():
            return None
        return {**base, "verdict": "error", "passed": False, "failure": {"code": "X", "name": "harness-error"},
                "error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(),
                "tries": candidate.tries if candidate else 0, **_usage(candidate),
                "seconds": round(time.monotonic() - t0, 4), "judge_seconds": 0.0}
    return {**base, **judged, "tries": candidate.tries, **_usage(candidate),
            "candidate": candidate.code, "response": candidate.response, "notes": candidate.notes,
            "workdir": str(work.relative_to(run_dir)), "seconds": round(produce_seconds + judge_seconds, 4),
            "wall_seconds": round(time.monotonic() - t0, 4), "judge_seconds": round(judge_seconds, 4)}


def _usage(c: Candidate | None) -> dict[str, Any]:
    if c is None:
        return {"prompt_tokens": 0, "completion_tokens": 0, "cached_tokens": 0, "llm_seconds": 0.0}
    return {"prompt_tokens": c.prompt_tokens, "completion_tokens": c.completion_tokens,
            "cached_tokens": c.cached_tokens, "llm_seconds": round(c.llm_seconds, 4)}


# --------------------------------------------------------------------------- summary


def summarize(run_dir: Path, known_failures: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    """pass@k, failure classes, tries, tokens and seconds over a run's result files."""
    run_dir = Path(run_dir)
    meta = json.loads((run_dir / "eval.json").read_text()) if (run_dir / "eval.json").exists() else {}
    results = load_results(run_dir)
    known = known_failures if known_failures is not None else meta.get("known_failures", {})
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
        "run_dir": str(run_dir),
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


# --------------------------------------------------------------------------- CLI


def eval_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options every ``chipsmith eval <benchmark>`` command shares."""
    import click

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


def run_cli(bench: Benchmark, task: str, opts: dict[str, Any]) -> None:
    """The body of every eval command: settings, run directory, LLM, progress bar, reports."""
    import click
    from rich.console import Console as RichConsole
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn

    from chipsmith.core.config import load_settings
    from chipsmith.evals.report import write_reports
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
    llm = runtime = None
    extra_meta: dict[str, Any] = {}
    if mode != "oracle":
        from chipsmith.agents.llm import make_llm

        out.mkdir(parents=True, exist_ok=True)
        record = RunRecord(out)
        llm = make_llm(settings, record)
        extra_meta = {"model_id": llm.model_id(), "llm_url": llm.url}
        if mode == "agent":
            runtime = AgentRuntime(settings=settings, llm=llm, record=record, run_dir=out)
    err = RichConsole(stderr=True, highlight=False)
    bar = RichProgress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("pass [green]{task.fields[passed]}[/]"), TimeElapsedColumn(), console=err,
                       transient=False, disable=opts["as_json"])
    task_id = bar.add_task(f"{bench.name} {task} {mode}", total=None, passed=0)

    def started(total: int, skipped: int) -> None:
        bar.update(task_id, total=total, completed=skipped)

    def progressed(ev: Progress) -> None:
        bar.update(task_id, completed=ev.done, passed=ev.passed)

    with bar:
        outcome = run_eval(bench, config, out, problems=_split_globs(opts["problems"]), jobs=opts["jobs"],
                           executor=opts["executor"], address=opts["address"], resume=opts["resume"], llm=llm,
                           agent_runtime=runtime, settings=settings, on_progress=progressed, on_start=started,
                           meta=extra_meta)
    summary = write_reports(out)
    if opts["as_json"]:
        click.echo(json.dumps(summary, indent=2, sort_keys=True))
    else:
        allr, grad = summary["all"], summary["gradable"]
        known = len(summary["known_failures"])
        check = summary.get("self_check")
        if check is not None:
            bad = check["unexpected_failures"]
            err.print("harness self-check: " + ("every failing reference is a known failure" if not bad else
                      f"[red]{len(bad)} reference(s) fail that the known-failures list does not name: {', '.join(bad)}[/]")
                      + (f"; known failures that now pass: {', '.join(check['known_but_passed'])}"
                         if check["known_but_passed"] else ""))
        err.print(f"{bench.name} {task} {mode}: {summary['passed_problems']} of {summary['problems']} problems pass "
                  f"(pass@1 {allr.get('pass@1', 0):.4f}"
                  + (f"; gradable {grad['passed_problems']} of {grad['problems']}, pass@1 {grad.get('pass@1', 0):.4f}; "
                     f"{known} known failures reported apart" if known else "")
                  + f") in {outcome.seconds:.1f} s wall; report: {out / 'report.md'}")
    if outcome.interrupted:
        err.print(f"interrupted: {outcome.done} of {outcome.total} samples have results; "
                  f"continue with the same command and --resume")
        raise click.exceptions.Abort()  # the CLI exits with status 130


def _split_globs(values: Sequence[str]) -> list[str]:
    # commas only: RTLLM ids hold spaces ("Miscellaneous/Frequency divider/freq_div")
    return [part.strip() for v in values for part in v.split(",") if part.strip()]
