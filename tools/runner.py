"""The one runner every external tool goes through.

A command runs in its private work directory with:

- resource limits (CPU seconds, address space, file size, processes) set with ``setrlimit``;
- a wall-clock timeout that kills the whole process group;
- a cap on captured output (the rest is counted and dropped, never buffered);
- a scrubbed environment (no user variables, HOME is the work directory);
- when bubblewrap is installed: no network, its own PID namespace, the root file
  system read-only and only ``/usr`` (plus the library and model directories the
  caller allows) visible, and the work directory the only writable place.

Without bubblewrap, the static guards in :mod:`chipsmith.tools.guard` and the limits
above still apply; :func:`isolation` says which mode is in force.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import stat
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, Sequence

from chipsmith.core.errors import ToolError

_SANDBOX_ENV = "CHIPSMITH_SANDBOX"  # "auto" (default) | "bwrap" | "none"


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int = 120
    memory_bytes: int = 4 << 30
    file_bytes: int = 256 << 20
    processes: int = 256
    output_bytes: int = 2 << 20


@dataclass
class RunOutcome:
    """What happened when a command ran. The verdict is the caller's job: read what the tool wrote."""

    command: list[str]
    cwd: str
    returncode: int | None
    timed_out: bool
    seconds: float
    output: str
    output_truncated: bool
    log_path: str
    sandbox: str
    signal: int | None = None
    dropped_bytes: int = 0

    @property
    def crashed(self) -> bool:
        """Killed by a signal we did not send (segfault, OOM kill, CPU limit)."""
        return self.signal is not None and not self.timed_out

    def describe(self) -> str:
        """How a person reproduces this run by hand."""
        return f"cd {self.cwd} && {' '.join(self.command)}"


# Started as root, tools run as this unprivileged user inside the sandbox: the process
# limit (RLIMIT_NPROC) does not bind root, and a fork bomb must not exhaust the host's PIDs.
SANDBOX_UID = 65534


@dataclass(frozen=True)
class _Isolation:
    mode: str  # "bwrap" | "rlimits"
    bwrap: str | None = None
    uid: int | None = None  # the user tools run as, when it is not ours

    def describe(self) -> str:
        if self.mode != "bwrap":
            return "limits only (no bubblewrap): no file-system or network isolation"
        who = f", as uid {self.uid}" if self.uid is not None else ""
        return f"bubblewrap: no network, own PID namespace, read-only /usr, private work dir{who}"


_ISOLATION: dict[str, _Isolation] = {}


def isolation() -> _Isolation:
    """The isolation in force: bubblewrap when present and working, else limits only."""
    wanted = os.environ.get(_SANDBOX_ENV, "auto")
    if wanted not in _ISOLATION:
        _ISOLATION[wanted] = _probe(wanted)
    return _ISOLATION[wanted]


def _probe(wanted: str) -> _Isolation:
    if wanted == "none":
        return _Isolation("rlimits")
    path = shutil.which("bwrap")
    if path:
        drop = SANDBOX_UID if os.geteuid() == 0 and shutil.which("setpriv") else None
        if _bwrap_works(path, drop):
            return _Isolation("bwrap", path, drop)
        if drop is not None and _bwrap_works(path, None):
            return _Isolation("bwrap", path, None)
    if wanted == "bwrap":
        raise ToolError("CHIPSMITH_SANDBOX=bwrap but bubblewrap is missing or cannot create namespaces here (apt-get install bubblewrap)")
    return _Isolation("rlimits")


def _bwrap_works(path: str, uid: int | None) -> bool:
    try:
        res = subprocess.run([path, "--ro-bind", "/", "/", "--unshare-net", "--unshare-pid", "--proc", "/proc",
                              "--die-with-parent", *_drop_prefix(uid), "true"], capture_output=True, timeout=10)
        return res.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _drop_prefix(uid: int | None) -> list[str]:
    """Inside the sandbox, become ``uid`` before the tool starts (bubblewrap itself stays root
    so it can mount paths below directories only root may enter)."""
    if uid is None:
        return []
    return ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--"]


def _processes_of(uid: int) -> int:
    """How many processes ``uid`` runs now (RLIMIT_NPROC counts them all, not just ours)."""
    n = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    n += 1
            except OSError:
                continue
    return n


def _bwrap_prefix(bwrap: str, cwd: Path, read_paths: Sequence[Path], uid: int | None) -> list[str]:
    args = [bwrap, "--die-with-parent", "--new-session", "--unshare-net", "--unshare-pid", "--unshare-ipc",
            "--unshare-uts", "--ro-bind", "/usr", "/usr"]
    for top in ("/bin", "/sbin", "/lib", "/lib64", "/lib32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    # Only what dynamic linking and the tools' own runtimes read (Verilator is a Perl script);
    # never /etc as a whole (shadow, keys, host configuration).
    args += ["--perms", "0755", "--dir", "/etc"]
    for etc in ("/etc/ld.so.cache", "/etc/alternatives", "/etc/localtime", "/etc/ld.so.conf", "/etc/ld.so.conf.d",
                "/etc/perl", "/etc/passwd", "/etc/group"):
        if os.path.exists(etc):
            args += ["--ro-bind", etc, etc]
    args += ["--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--tmpfs", "/tmp"]
    wd = str(cwd.resolve())
    binds = [str(Path(p).resolve()) for p in read_paths if os.path.exists(p)]
    # bubblewrap creates the parents of a mount point root-only; the tool runs unprivileged and
    # must be able to walk an absolute path (TMPDIR, include paths) down to its files.
    system = ("/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/etc", "/proc", "/dev")
    parents = {str(a) for b in [*binds, wd] for a in Path(b).parents if str(a) != "/"}
    for d in sorted(parents, key=lambda x: (x.count("/"), x)):
        if not any(d == s or d.startswith(s + "/") for s in system):
            args += ["--perms", "0755", "--dir", d]
    for rp in binds:
        args += ["--ro-bind", rp, rp]
    args += ["--bind", wd, wd, "--chdir", wd, "--", *_drop_prefix(uid)]
    return args


def _limiter(limits: Limits, uid: int | None):  # type: ignore[no-untyped-def]
    # RLIMIT_NPROC counts every process of the user, so leave room for the ones it already runs.
    nproc = limits.processes + _processes_of(uid if uid is not None else os.getuid())

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_bytes, limits.file_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
    return apply


def _check_readable(path: Path, uid: int) -> None:
    """A directory or file the tool must read has to be open to the unprivileged sandbox user."""
    try:
        st = path.stat()
    except OSError:
        return  # a missing path is not mounted; the tool reports it
    need = (stat.S_IROTH | stat.S_IXOTH) if stat.S_ISDIR(st.st_mode) else stat.S_IROTH
    if st.st_uid != uid and (st.st_mode & need) != need:
        raise ToolError(f"{path} is not readable by the sandbox user (uid {uid}), so the tool could not read it: "
                        f"`chmod o+rX {path}`, copy the files somewhere world-readable, or run chipsmith as a normal "
                        "user instead of root")


def _hand_over(cwd: Path, uid: int) -> None:
    """Give the work directory to the sandbox user so the tool can write there and nowhere else."""
    for root, dirs, files in os.walk(cwd):
        for name in [*dirs, *files]:
            try:
                os.lchown(os.path.join(root, name), uid, uid)
            except OSError:
                pass
    os.chown(cwd, uid, uid)


def _scrubbed_env(cwd: Path, extra: dict[str, str] | None) -> dict[str, str]:
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(cwd), "TMPDIR": str(cwd),
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.update(extra or {})
    return env


def run_command(
    command: Sequence[str],
    cwd: Path,
    *,
    timeout: float,
    limits: Limits = Limits(),
    read_paths: Sequence[Path] = (),
    env: dict[str, str] | None = None,
    stdin_text: str | None = None,
    log_name: str = "tool.log",
) -> RunOutcome:
    """Run ``command`` in ``cwd`` under the sandbox; the combined output goes to ``cwd/log_name``."""
    cwd = Path(cwd).resolve()  # TMPDIR, HOME and the sandbox mounts need an absolute path
    cwd.mkdir(parents=True, exist_ok=True)
    iso = isolation()
    cmd = [str(c) for c in command]
    exe = shutil.which(cmd[0]) if not os.path.isabs(cmd[0]) else cmd[0]
    if not exe or not os.path.exists(exe):
        raise ToolError(f"{cmd[0]} is not installed or not on PATH (run `chipsmith doctor` for the install line)")
    uid = iso.uid if iso.mode == "bwrap" else None
    if uid is not None:
        for p in read_paths:
            _check_readable(Path(p), uid)
    full = (_bwrap_prefix(iso.bwrap, cwd, read_paths, uid) if iso.mode == "bwrap" and iso.bwrap else []) + [exe] + cmd[1:]
    log_path = cwd / log_name
    if uid is not None:
        _hand_over(cwd, uid)
    start = time.monotonic()
    try:
        proc = subprocess.Popen(
            full, cwd=cwd, env=_scrubbed_env(cwd, env), stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_limiter(limits, uid),
        )
    except OSError as exc:
        raise ToolError(f"cannot start {cmd[0]}: {exc} (in {cwd})") from None

    kept = bytearray()
    dropped = 0

    def pump() -> None:
        nonlocal dropped
        assert proc.stdout is not None
        with log_path.open("wb") as log:
            while True:
                chunk = proc.stdout.read(65536)
                if not chunk:
                    break
                room = limits.output_bytes - len(kept)
                if room > 0:
                    kept.extend(chunk[:room])
                    log.write(chunk[:room])
                dropped += max(0, len(chunk) - max(room, 0))

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    if stdin_text is not None and proc.stdin is not None:
        try:
            proc.stdin.write(stdin_text.encode())
            proc.stdin.close()
        except OSError:
            pass
    timed_out = False
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_group(proc)
    reader.join(timeout=5)
    if reader.is_alive():  # a grandchild kept the pipe open: kill the group and stop reading
        _kill_group(proc)
        reader.join(timeout=2)
    seconds = time.monotonic() - start
    rc = proc.returncode
    sig = -rc if rc is not None and rc < 0 else None
    if sig is None and iso.mode == "bwrap" and rc is not None and rc > 128:
        sig = rc - 128  # bwrap reports a child killed by a signal as 128+N
    _kill_group(proc)  # nothing may outlive the run
    if proc.stdout is not None:
        proc.stdout.close()
    text = bytes(kept).decode("utf-8", errors="replace")
    if dropped:
        with log_path.open("ab") as log:
            log.write(f"\n[chipsmith: output capped at {limits.output_bytes} bytes, {dropped} more dropped]\n".encode())
    return RunOutcome(command=cmd, cwd=str(cwd), returncode=rc, timed_out=timed_out, seconds=seconds, output=text,
                      output_truncated=dropped > 0, log_path=str(log_path), sandbox=iso.mode, signal=sig, dropped_bytes=dropped)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


@dataclass
class Diagnostic:
    """One message from a tool, pointing at a source line where it can."""

    tool: str
    severity: str  # "error" | "warning" | "info"
    message: str
    file: str = ""
    line: int = 0
    col: int = 0
    code: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.col}: " if self.line and self.col else (f"{self.file}:{self.line}: " if self.line else "")
        return f"{where}{self.severity}: {self.message}" + (f" [{self.code}]" if self.code else "")

    def to_dict(self) -> dict[str, object]:
        return {"tool": self.tool, "severity": self.severity, "message": self.message, "file": self.file,
                "line": self.line, "col": self.col, "code": self.code}


@dataclass
class ToolResult:
    """A tool's verdict with its evidence: what ran, where, what it said."""

    tool: str
    ok: bool
    verdict: str
    outcome: RunOutcome | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)
    artefacts: list[str] = field(default_factory=list)

    @property
    def first_error(self) -> Diagnostic | None:
        return next((d for d in self.diagnostics if d.severity == "error"), None)

    def evidence(self) -> dict[str, object]:
        """The record that goes into state and reports."""
        o = self.outcome
        return {"tool": self.tool, "verdict": self.verdict, "ok": self.ok,
                "command": o.command if o else [], "cwd": o.cwd if o else "", "log_path": o.log_path if o else "",
                "returncode": o.returncode if o else None, "seconds": round(o.seconds, 4) if o else 0.0,
                "sandbox": o.sandbox if o else "", "diagnostics": [d.to_dict() for d in self.diagnostics[:20]],
                "values": self.values}


class Tool:
    """Base class: a subclass *builds* commands as ``list[str]``; this class runs and records them."""

    name = "tool"

    def __init__(self, *, timeout: float = 30.0, limits: Limits = Limits(), record: "RunRecordLike | None" = None) -> None:
        self.timeout = timeout
        self.limits = limits
        self.record = record

    def execute(self, command: Sequence[str], cwd: Path, *, timeout: float | None = None, read_paths: Sequence[Path] = (),
                stdin_text: str | None = None, log_name: str | None = None) -> RunOutcome:
        outcome = run_command(command, cwd, timeout=timeout or self.timeout, limits=self.limits, read_paths=read_paths,
                              stdin_text=stdin_text, log_name=log_name or f"{self.name}.log")
        if self.record is not None:
            self.record.record_tool({"tool": self.name, "command": outcome.command, "cwd": outcome.cwd,
                                     "returncode": outcome.returncode, "timed_out": outcome.timed_out,
                                     "signal": outcome.signal, "seconds": round(outcome.seconds, 4),
                                     "log_path": outcome.log_path, "sandbox": outcome.sandbox})
        return outcome


class RunRecordLike(Protocol):
    """What a tool needs of a run record (``chipsmith.core.rundir.RunRecord`` is one)."""

    def record_tool(self, call: dict[str, object]) -> None: ...
