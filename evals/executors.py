"""Where judge jobs run: inline, in a local process pool, or as Ray tasks.

A :class:`JudgeJob` carries a module-level judge function and the contents of every file
it needs, so it runs the same in this process, in a pool worker, or on a Ray worker with
no shared disk.
"""

from __future__ import annotations

import concurrent.futures as cf
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from chipsmith.core.errors import ConfigError


@dataclass
class JudgeJob:
    """Everything a judge needs, by value: it runs the same on a Ray worker with no shared disk."""

    judge: Callable[[JudgeJob], dict[str, Any]]
    problem: str
    sample: int
    files: dict[str, bytes]
    workdir: str | None
    timeout: float
    iverilog: str = "iverilog"
    vvp: str = "vvp"
    params: dict[str, Any] = field(default_factory=dict)


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
            work = Path(tmp) / "work"  # the runner keeps logs next to the work directory: inside tmp too
            work.mkdir()
            job.workdir = str(work)
            result = job.judge(job)
    else:
        result = job.judge(job)
    result["judge_seconds"] = round(time.monotonic() - start, 4)  # without the wait for a free worker
    return result


class Executor(Protocol):
    def submit(self, job: JudgeJob) -> cf.Future[dict[str, Any]]: ...

    def remote(self) -> bool: ...

    def shutdown(self, cancel: bool = False) -> None: ...


class InlineExecutor:
    """Judge in the calling thread (the producer threads give the parallelism)."""

    def submit(self, job: JudgeJob) -> cf.Future[dict[str, Any]]:
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

    def submit(self, job: JudgeJob) -> cf.Future[dict[str, Any]]:
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

    def submit(self, job: JudgeJob) -> cf.Future[dict[str, Any]]:
        with self._lock:
            ref = self._task.remote(job)
        return ref.future()  # type: ignore[no-any-return]  # Ray's ObjectRef.future() is untyped

    def remote(self) -> bool:
        return True

    def shutdown(self, cancel: bool = False) -> None:
        if self._owned:
            self._ray.shutdown()


def make_executor(kind: str, jobs: int, address: str | None = None) -> Executor:
    """``local`` (inline for one job, else a process pool of ``jobs``) or ``ray``."""
    if kind == "local":
        return InlineExecutor() if jobs <= 1 else ProcessExecutor(jobs)
    if kind == "ray":
        return RayExecutor(address, jobs)
    raise ConfigError(f"--executor {kind!r}: use local or ray")
