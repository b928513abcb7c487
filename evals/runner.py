"""The one evaluation runner: every suite plugs into it as a :class:`Suite` adapter.

A run directory is a run record (:mod:`chipsmith.core.rundir`) plus the evaluation's own files::

    RUN_DIR/eval.json                 the suite, the settings that decide its numbers (a resume must
                                      match them), tool versions, sessions, the report files it made
    RUN_DIR/settings.json             chipsmith settings (API key masked)
    RUN_DIR/versions.json             simulator and Python package versions
    RUN_DIR/llm_calls.jsonl           every LLM call (``--llm replay:RUN_DIR`` answers them again)
    RUN_DIR/<workdir>/                each sample's own work directory (the suite names it)
    RUN_DIR/results/<name>.json       one result per sample, written atomically (the suite names it)
    RUN_DIR/summary.json, report.md, report.html, ...   rendered from the result files alone

Per sample the runner calls ``produce`` in one of the producer threads (an LLM call, an agent,
or nothing) and submits the picklable job ``judge`` returns to an executor (inline, a process
pool, Ray). A crash records its traceback and the run goes on; a backend that is gone stops
the run with one message; Ctrl-C lets the samples in flight finish and leaves a resumable run.
"""

from __future__ import annotations

import concurrent.futures as cf
import fnmatch
import importlib
import json
import re
import shutil
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from chipsmith.core.errors import BackendUnavailable, ConfigError, InputError
from chipsmith.core.files import safe_join, write_atomic, write_json_atomic
from chipsmith.core.rundir import RunRecord
from chipsmith.evals.executors import Executor, JudgeJob, make_executor

RESULT_SCHEMA = 1
RECORD_FILE = "eval.json"

# suite name -> the adapter class that summarises and renders its runs (imported when used)
SUITES: dict[str, str] = {
    "verilogeval": "chipsmith.evals.harness:VerilogSuite",
    "rtllm": "chipsmith.evals.harness:VerilogSuite",
    "localize": "chipsmith.evals.localize:LocalizeSuite",
    "analog": "chipsmith.evals.analog:AnalogSuite",
    "rf": "chipsmith.evals.rf:RFSuite",
    "requests": "chipsmith.evals.requests:RequestsSuite",
    "netlist": "chipsmith.evals.netlist_suite:NetlistSuite",
    "datasheet": "chipsmith.evals.datasheet_suite:DatasheetSuite",
    "knowledge": "chipsmith.evals.knowledge_suite:KnowledgeSuite",
    "kv": "chipsmith.evals.kv_bench:KVSuite",
    "judge": "chipsmith.evals.judge_corpus:JudgeCorpusSuite",
}


@dataclass(frozen=True)
class Problem:
    """One problem of a suite as the runner sees it; ``data`` is the adapter's own."""

    id: str
    category: str = ""
    prompt: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Context:
    """What ``produce`` may use besides the problem: settings, the model and the run record."""

    run_dir: Path
    record: RunRecord
    settings: Any = None
    llm: Any = None
    stop: threading.Event = field(default_factory=threading.Event)


@dataclass
class Progress:
    """One finished sample, for a progress bar."""

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


def safe_name(problem_id: str) -> str:
    """A file or directory name for a problem id (RTLLM ids hold slashes and spaces)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", problem_id).strip("_") or "problem"


class Suite:
    """The adapter interface. A suite lists its problems, produces and judges each sample, and
    turns the result files into a summary and report files. Report-time methods are class
    methods: ``eval report`` rebuilds a report from the run directory alone."""

    name: ClassVar[str] = ""
    samples: int = 1

    # --- the run
    def config(self) -> dict[str, Any]:
        """The settings that decide the numbers; a resumed run must match them exactly."""
        return {}

    def describe(self) -> dict[str, Any]:
        """More for the record (not compared on resume): dataset facts, known failures, ..."""
        return {}

    def binaries(self) -> dict[str, str]:
        """Tool binaries whose versions go into versions.json (key -> path)."""
        return {}

    def decisive_tools(self) -> tuple[str, ...]:
        """Tools whose version must not change within one run (verdicts would mix)."""
        return ()

    def check(self, ctx: Context) -> None:
        """Refuse a run that cannot work (e.g. a mode that needs a model without one)."""

    def problems(self) -> list[Problem]:
        raise NotImplementedError

    def cost_hint(self, problem: Problem) -> float:
        """Scheduling only: the most expensive problems are started first."""
        return 0.0

    def produce(self, problem: Problem, sample: int, ctx: Context) -> Any:
        """In the main process: whatever the judge needs that takes a model (a candidate, a seed)."""
        return None

    def judge(self, problem: Problem, sample: int, produced: Any, workdir: Path | None, ctx: Context) -> JudgeJob:
        raise NotImplementedError

    def result(self, problem: Problem, sample: int, produced: Any, judged: dict[str, Any],
               timing: dict[str, float]) -> dict[str, Any]:
        """The result file's content from what the judge returned (base fields are added)."""
        return judged

    def failed(self, problem: Problem, sample: int, produced: Any, error: str, seconds: float) -> dict[str, Any]:
        """Extra fields of a crash result (the runner adds verdict, error and traceback)."""
        return {}

    @classmethod
    def result_name(cls, problem_id: str, sample: int) -> str:
        return f"{safe_name(problem_id)}/s{sample:02d}.json"

    @classmethod
    def workdir_name(cls, problem_id: str, sample: int) -> str | None:
        """The sample's work directory inside the run (cleared when the sample is redone)."""
        return f"samples/{safe_name(problem_id)}/s{sample:02d}"

    # --- the report
    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        """Report files by name; summary.json is written by the runner."""
        return {}


class OneSampleSuite(Suite):
    """A suite whose problems are judged once: ``results/<problem>.json`` and ``work/<problem>/``."""

    @classmethod
    def result_name(cls, problem_id: str, sample: int) -> str:
        return f"{safe_name(problem_id)}.json"

    @classmethod
    def workdir_name(cls, problem_id: str, sample: int) -> str | None:
        return f"work/{safe_name(problem_id)}"


def suite_class(name: str) -> type[Suite]:
    if name not in SUITES:
        raise InputError(f"unknown evaluation suite {name!r} (known: {', '.join(sorted(SUITES))})")
    module, attr = SUITES[name].split(":")
    cls: type[Suite] = getattr(importlib.import_module(module), attr)
    return cls


# --------------------------------------------------------------------------- the run record


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _versions(binaries: dict[str, str]) -> dict[str, str]:
    from chipsmith.tools.versions import package_versions, tool_version

    out = {key: tool_version(path, key) or "missing" for key, path in binaries.items()}
    out.update({k: v or "missing" for k, v in package_versions().items()})
    return out


def read_record(run_dir: Path) -> dict[str, Any]:
    """The run's eval.json; one clear InputError when ``run_dir`` is not an evaluation run."""
    path = Path(run_dir) / RECORD_FILE
    try:
        record = json.loads(path.read_text())
    except FileNotFoundError:
        raise InputError(f"{run_dir} is not an evaluation run directory (no {RECORD_FILE})") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is unreadable ({exc}); use a new --out directory") from None
    if not isinstance(record, dict):
        raise InputError(f"{path} is not an evaluation record")
    if "suite" not in record and isinstance(record.get("config"), dict) and record["config"].get("benchmark") in SUITES:
        record["suite"] = record["config"]["benchmark"]  # runs recorded before suites were named
        record.setdefault("reports", ["summary.json", "report.md", "report.html", "chart.png"])  # what that harness wrote
    if record.get("suite") not in SUITES:
        raise InputError(f"{run_dir} is not an evaluation run directory ({RECORD_FILE} names no known suite)")
    return record


def open_run(suite: Suite, run_dir: Path, *, resume: bool, settings: Any = None,
             meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """Create or reopen a run directory; refuse to mix suites, settings or simulators."""
    run_dir = Path(run_dir)
    wanted = suite.config()
    versions = _versions(suite.binaries())
    if (run_dir / RECORD_FILE).exists():
        old = read_record(run_dir)
        if old["suite"] != suite.name:
            raise ConfigError(f"{run_dir} holds a {old['suite']} run, not {suite.name}; use a new --out directory")
        if old.get("config") != wanted:
            before = old.get("config") or {}
            diff = sorted(k for k in set(before) | set(wanted) if before.get(k) != wanted.get(k))
            details = ", ".join(f"{k}: {before.get(k)!r} -> {wanted.get(k)!r}" for k in diff)
            raise ConfigError(f"{run_dir} holds a run with other settings ({details}); "
                              "resume with the same options, or use a new --out directory")
        if not resume and any((run_dir / "results").rglob("*.json")):
            raise ConfigError(f"{run_dir} already has results; pass --resume to continue it, or choose a new --out")
        for tool in suite.decisive_tools():
            was = (old.get("versions") or {}).get(tool)
            if was and was != versions.get(tool):
                raise ConfigError(f"{run_dir} was judged with {was}, this machine has {versions.get(tool)}; "
                                  "verdicts would mix simulators: use a new --out")
        record = old
    else:
        record = {"schema": RESULT_SCHEMA, "suite": suite.name, "config": wanted, "problems": [], "reports": [],
                  "sessions": []}
    record.update(suite.describe())
    record.update(meta or {})
    record["versions"] = versions
    record["sessions"].append({"started": _now()})
    run = RunRecord(run_dir)
    write_json_atomic(run_dir / RECORD_FILE, record)
    run.write_versions(versions)
    run.write_settings(settings.recordable() if settings is not None else {}, {"eval": {"suite": suite.name, **wanted}})
    return record


def load_results(run_dir: Path, record: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every result file of a run, in the order of the suite's problems, then by sample."""
    out = []
    for path in sorted((Path(run_dir) / "results").rglob("*.json")):
        try:
            out.append(json.loads(path.read_text()))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: unreadable result file ({exc}); delete it and rerun with --resume") from None
    order = {pid: i for i, pid in enumerate((record or {}).get("problems", []))}
    out.sort(key=lambda r: (order.get(str(r.get("problem")), len(order)), str(r.get("problem")), int(r.get("sample") or 0)))
    return out


def write_reports(run_dir: Path) -> dict[str, Any]:
    """Summarise a run from its own record and result files and write the suite's report files.

    Only summary.json and the files the suite renders are written, and of those only the ones
    the run itself made or that do not exist yet: every other file is left byte for byte.
    """
    return rerender(run_dir)[0]


def summarise_run(run_dir: Path) -> dict[str, Any]:
    """A run's summary computed from its record and result files, writing nothing."""
    record = {**read_record(run_dir), "run_dir": str(run_dir)}
    return suite_class(record["suite"]).summarise(load_results(run_dir, record), record)


def rerender(run_dir: Path) -> tuple[dict[str, Any], dict[str, str | bytes]]:
    """:func:`write_reports`, returning the summary and every rendered file (also those not written)."""
    run_dir = Path(run_dir)
    summary, _, files = _write_reports(run_dir, read_record(run_dir))
    return summary, files


def _write_reports(run_dir: Path, record: dict[str, Any]) -> tuple[dict[str, Any], list[str], dict[str, str | bytes]]:
    cls = suite_class(record["suite"])
    record = {**record, "run_dir": str(run_dir)}
    results = load_results(run_dir, record)
    summary = cls.summarise(results, record)
    files: dict[str, str | bytes] = {"summary.json": json.dumps(summary, indent=2, sort_keys=True, default=str) + "\n",
                                     **cls.render(summary, results, record)}
    text = files.get("report.md")
    if isinstance(text, str) and "report.html" not in files:  # every suite's report also as one page to share
        from chipsmith.evals.report import html_page

        files["report.html"] = html_page(text, f"{record['suite']} evaluation")
    owned = set(record.get("reports") or [])
    written = []
    for name, data in files.items():
        path = safe_join(run_dir, name)
        if path.exists() and name not in owned:
            continue  # not ours: never overwrite what someone else put here
        write_atomic(path, data)
        written.append(name)
    return summary, written, files


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


def _read_result(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        return None  # a damaged result is redone
    return data if isinstance(data, dict) else None


def run(suite: Suite, run_dir: Path, *, problems: Sequence[str] = (), jobs: int = 1, executor: str = "local",
        address: str | None = None, resume: bool = False, settings: Any = None, llm: Any = None,
        record: RunRecord | None = None, meta: dict[str, Any] | None = None,
        on_start: Callable[[int, int], None] | None = None, on_progress: Callable[[Progress], None] | None = None,
        stop: threading.Event | None = None, reports: bool = True, redo: bool = False) -> RunOutcome:
    """Evaluate ``suite`` into ``run_dir``; returns when every sample has a result, on Ctrl-C, or
    raises BackendUnavailable (after recording what is done) when the model goes away.

    ``resume`` keeps the results already in ``run_dir``; ``redo`` judges every sample again."""
    run_dir = Path(run_dir)
    ctx = Context(run_dir=run_dir, record=record or RunRecord(run_dir), settings=settings, llm=llm,
                  stop=stop or threading.Event())
    suite.check(ctx)
    chosen = select_problems(suite.problems(), problems)
    rec = open_run(suite, run_dir, resume=resume or redo, settings=settings, meta=meta)
    known = list(rec.get("problems") or [])
    seen = set(known)
    rec["problems"] = known + [p.id for p in chosen if p.id not in seen]
    write_json_atomic(run_dir / RECORD_FILE, rec)

    todo: list[tuple[Problem, int]] = []
    skipped = passed0 = 0
    for prob in chosen:
        for s in range(1, suite.samples + 1):
            old = _read_result(run_dir / "results" / suite.result_name(prob.id, s))
            if old is not None and old.get("verdict") != "error" and not redo:
                skipped += 1
                passed0 += int(bool(old.get("passed")))
            else:
                todo.append((prob, s))
    costs = {p.id: suite.cost_hint(p) for p in chosen}
    todo.sort(key=lambda item: -costs[item[0].id])  # longest first: one slow sample must not finish alone
    total = len(chosen) * suite.samples
    if on_start:
        on_start(total, skipped)
    ex = make_executor(executor, jobs, address)
    lock = threading.Lock()
    counters = {"done": skipped, "passed": passed0, "crashed": 0}
    start = time.monotonic()

    def one(item: tuple[Problem, int]) -> None:
        prob, s = item
        if ctx.stop.is_set():
            return
        result = _sample(suite, ctx, prob, s, ex)
        if result is None:
            return
        write_json_atomic(run_dir / "results" / suite.result_name(prob.id, s), result)
        with lock:
            counters["done"] += 1
            counters["passed"] += int(bool(result.get("passed")))
            counters["crashed"] += int(result.get("verdict") == "error")
            failure = result.get("failure")
            event = Progress(counters["done"], total, counters["passed"], prob.id, s, str(result.get("verdict", "")),
                             str(failure.get("name", "")) if isinstance(failure, dict) else "")
        if on_progress:
            try:
                on_progress(event)
            except KeyboardInterrupt:
                ctx.stop.set()  # before this thread takes the next sample
                raise

    interrupted = False
    # More producer threads than workers keep the pool busy while results are written;
    # inline judging (jobs=1) stays strictly sequential.
    pool = cf.ThreadPoolExecutor(max_workers=1 if jobs <= 1 else 2 * jobs, thread_name_prefix="eval")
    futures = [pool.submit(one, item) for item in todo]
    gone: BackendUnavailable | None = None
    try:
        for fut in cf.as_completed(futures):
            try:
                fut.result()
            except cf.CancelledError:
                continue
            except BackendUnavailable as exc:
                gone = gone or exc
                ctx.stop.set()
                for other in futures:
                    other.cancel()
    except KeyboardInterrupt:
        interrupted = True
        ctx.stop.set()
        for fut in futures:
            fut.cancel()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # samples in flight finish and are recorded
        ex.shutdown(cancel=interrupted or gone is not None)
        seconds = time.monotonic() - start
        rec["sessions"][-1].update({"ended": _now(), "seconds": round(seconds, 3), "done": counters["done"] - skipped})
        if reports:
            _, written, _ = _write_reports(run_dir, rec)
            rec["reports"] = sorted(set(rec.get("reports") or []) | set(written))
        write_json_atomic(run_dir / RECORD_FILE, rec)
    if gone is not None:
        raise BackendUnavailable(f"{gone}. The run stopped with {counters['done']} of {total} samples recorded; "
                                 f"run the same command with --resume to finish it")
    return RunOutcome(run_dir, total, counters["done"], skipped, counters["passed"], counters["crashed"], seconds,
                      interrupted or ctx.stop.is_set())


def _sample(suite: Suite, ctx: Context, prob: Problem, s: int, ex: Executor) -> dict[str, Any] | None:
    """Produce and judge one sample; any exception but a lost backend becomes an ``error`` result."""
    t0 = time.monotonic()
    base: dict[str, Any] = {"schema": RESULT_SCHEMA, "suite": suite.name, "problem": prob.id,
                            "category": prob.category, "sample": s}
    produced: Any = None
    rel = suite.workdir_name(prob.id, s)
    try:
        produced = suite.produce(prob, s, ctx)
        produce_seconds = time.monotonic() - t0
        if ctx.stop.is_set():
            return None
        work = safe_join(ctx.run_dir, rel) if rel else None
        if work is not None:
            if work.exists():
                shutil.rmtree(work)  # a redone sample starts from a clean directory
            work.mkdir(parents=True)
        judged = ex.submit(suite.judge(prob, s, produced, None if ex.remote() else work, ctx)).result()
        if ex.remote() and work is not None:  # the worker's directory is gone: keep its logs and files here
            for name, text in judged.get("files", {}).items():
                write_atomic(safe_join(work, name), text)
        judged.pop("files", None)
        judge_seconds = float(judged.pop("judge_seconds", 0.0))
    except (KeyboardInterrupt, cf.CancelledError):
        ctx.stop.set()
        return None
    except BackendUnavailable:
        ctx.stop.set()  # the model is gone for every sample: stop, and record nothing for this one
        raise
    except Exception as exc:  # a crash in one problem is recorded and the run goes on
        if ctx.stop.is_set():
            return None
        seconds = round(time.monotonic() - t0, 4)
        return {**base, **suite.failed(prob, s, produced, f"{type(exc).__name__}: {exc}", seconds),
                "verdict": "error", "passed": False, "error": f"{type(exc).__name__}: {exc}",
                "traceback": traceback.format_exc()}
    timing = {"produce_seconds": produce_seconds, "judge_seconds": judge_seconds,
              "wall_seconds": time.monotonic() - t0}
    out = {**base, **suite.result(prob, s, produced, judged, timing)}
    if rel:
        out.setdefault("workdir", rel)
    return out
