"""The one runner every external tool goes through.

One unit: the sandbox, the limits, the captured log and the only reader of what a tool left
behind belong together: the reader's rules are what make the sandbox's output safe to use.

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

The host never trusts what a tool left behind. The log is captured from the process's own
output streams only and written to a directory next to the work directory (``<work>.logs/``),
which the sandbox does not mount, through a descriptor opened before the tool starts; a
design that writes a file of the same name in its work directory changes nothing a user
reads. Every host read of a file a tool could have touched goes through :func:`read_output`
(or :func:`output_exists`): relative to a directory descriptor, no symbolic link on any
component, regular files only, a size cap.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import resource
import shutil
import signal
import stat
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Protocol

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


def _within_hard(resource_id: int, soft: int, hard: int) -> tuple[int, int]:
    """(soft, hard) lowered to the parent's hard limit: an unprivileged process cannot raise it,
    and a failed ``setrlimit`` in the child would stop every tool run."""
    _, current = resource.getrlimit(resource_id)
    if current != resource.RLIM_INFINITY:
        hard = current if hard == resource.RLIM_INFINITY else min(hard, current)
        soft = current if soft == resource.RLIM_INFINITY else min(soft, hard)
    return soft, hard


def _limiter(limits: Limits, uid: int | None):  # type: ignore[no-untyped-def]
    # RLIMIT_NPROC counts every process of the user, so leave room for the ones it already runs.
    nproc = limits.processes + _processes_of(uid if uid is not None else os.getuid())
    # computed before the fork: the child only calls setrlimit
    wanted = [(resource.RLIMIT_CPU, _within_hard(resource.RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 5)),
              (resource.RLIMIT_AS, _within_hard(resource.RLIMIT_AS, limits.memory_bytes, limits.memory_bytes)),
              (resource.RLIMIT_FSIZE, _within_hard(resource.RLIMIT_FSIZE, limits.file_bytes, limits.file_bytes)),
              (resource.RLIMIT_CORE, (0, 0)),
              (resource.RLIMIT_NPROC, _within_hard(resource.RLIMIT_NPROC, nproc, nproc))]

    def apply() -> None:
        for which, pair in wanted:
            resource.setrlimit(which, pair)
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


def log_dir(cwd: Path) -> Path:
    """Where the runner keeps the logs of runs in ``cwd``: next to it, out of the sandbox's reach."""
    cwd = Path(cwd)
    return cwd.with_name(cwd.name + ".logs")


def _open_log(cwd: Path, log_name: str) -> tuple[int, Path]:
    """A fresh log file in :func:`log_dir`, opened by the host before the tool starts (no link followed)."""
    if not log_name or "/" in log_name or log_name in (".", "..") or "\0" in log_name:
        raise ToolError(f"log name {log_name!r} must be a plain file name")
    logs = log_dir(cwd)
    try:
        logs.mkdir(exist_ok=True)
        dfd = os.open(logs, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise ToolError(f"cannot create the log directory {logs}: {exc.strerror}") from None
    try:
        try:
            os.unlink(log_name, dir_fd=dfd)  # a stale entry (a link, a FIFO) is replaced, never followed
        except FileNotFoundError:
            pass
        fd = os.open(log_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644, dir_fd=dfd)
    except OSError as exc:
        raise ToolError(f"cannot create the log {logs / log_name}: {exc.strerror}") from None
    finally:
        os.close(dfd)
    return fd, logs / log_name


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
    """Run ``command`` in ``cwd`` under the sandbox; the combined output goes to ``log_dir(cwd)/log_name``."""
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
    log_fd, log_path = _open_log(cwd, log_name)
    log = os.fdopen(log_fd, "wb")
    if uid is not None:
        _hand_over(cwd, uid)
    start = time.monotonic()
    try:
        proc = subprocess.Popen(
            full, cwd=cwd, env=_scrubbed_env(cwd, env), stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_limiter(limits, uid),
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.close()
        raise ToolError(f"cannot start {cmd[0]}: {exc} (in {cwd})") from None

    kept = bytearray()
    dropped = 0

    def pump() -> None:
        nonlocal dropped
        assert proc.stdout is not None
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
    if not reader.is_alive():  # the reader owns the file while it runs
        if dropped:
            log.write(f"\n[chipsmith: output capped at {limits.output_bytes} bytes, {dropped} more dropped]\n".encode())
        log.close()
    return RunOutcome(command=cmd, cwd=str(cwd), returncode=rc, timed_out=timed_out, seconds=seconds, output=text,
                      output_truncated=dropped > 0, log_path=str(log_path), sandbox=iso.mode, signal=sig, dropped_bytes=dropped)


# ----------------------------------------------------------------------------- reading what a tool left

OUTPUT_CAP = 64 << 20  # the most the host reads of any one file a tool wrote


class UnsafeOutput(ToolError):
    """A file a tool left behind that the host will not read: a link, a FIFO, a device, a directory, too large."""


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a regular file"


def _parts(relpath: str | Path) -> list[str]:
    parts = [p for p in Path(relpath).parts if p not in ("", ".")]
    if not parts or Path(relpath).is_absolute() or ".." in parts:
        raise UnsafeOutput(f"{relpath} is not a plain path inside the work directory; not read")
    return parts


def _open_output(work_dir: Path, relpath: str | Path) -> tuple[int, os.stat_result] | None:
    """A read-only descriptor for ``work_dir/relpath`` and its status; None when it does not exist.

    Every component is opened relative to its directory's descriptor with ``O_NOFOLLOW``, so a
    link the tool planted anywhere on the path is refused, not followed; ``O_NONBLOCK`` keeps a
    FIFO from blocking the open, and anything but a regular file with one link is refused.
    """
    parts = _parts(relpath)
    try:
        dfd = os.open(work_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UnsafeOutput(f"cannot open the work directory {work_dir}: {exc.strerror}") from None
    try:
        for i, part in enumerate(parts[:-1]):
            try:
                nfd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=dfd)
            except FileNotFoundError:
                return None
            except OSError as exc:
                where = "/".join(parts[:i + 1])
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise UnsafeOutput(f"{where} in {work_dir} is not a directory (a link or a file); "
                                       f"{relpath} was not read") from None
                raise UnsafeOutput(f"cannot open {where} in {work_dir}: {exc.strerror}") from None
            os.close(dfd)
            dfd = nfd
        name = parts[-1]
        try:
            before = os.stat(name, dir_fd=dfd, follow_symlinks=False)
        except FileNotFoundError:
            return None
        if not stat.S_ISREG(before.st_mode):
            raise UnsafeOutput(f"{relpath} in {work_dir} is {_kind(before.st_mode)}, not a file the tool wrote; not read")
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC, dir_fd=dfd)
        except OSError as exc:
            raise UnsafeOutput(f"cannot open {relpath} in {work_dir}: {exc.strerror}; not read") from None
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != (before.st_dev, before.st_ino):
            os.close(fd)
            raise UnsafeOutput(f"{relpath} in {work_dir} changed while it was opened; not read")
        if st.st_nlink > 1:  # a hard link to a file elsewhere is someone else's file
            os.close(fd)
            raise UnsafeOutput(f"{relpath} in {work_dir} has {st.st_nlink} hard links, so it may be another file; not read")
        return fd, st
    finally:
        os.close(dfd)


def output_exists(work_dir: Path, relpath: str | Path) -> bool:
    """True when the tool left a regular file at ``relpath``; False when nothing is there.

    Raises :class:`UnsafeOutput` when something else is there (a link, a FIFO, a device, a directory).
    """
    opened = _open_output(Path(work_dir), relpath)
    if opened is None:
        return False
    os.close(opened[0])
    return True


def read_output(work_dir: Path, relpath: str | Path, cap: int = OUTPUT_CAP, *, tail: bool = False) -> bytes:
    """The bytes of a file a tool wrote in ``work_dir``, never more than ``cap``.

    A file larger than ``cap`` raises :class:`UnsafeOutput`, or with ``tail=True`` gives its last
    ``cap`` bytes. A missing file raises :class:`FileNotFoundError`; a link, FIFO, device or
    directory raises :class:`UnsafeOutput`. Nothing is ever opened for writing.
    """
    opened = _open_output(Path(work_dir), relpath)
    if opened is None:
        raise FileNotFoundError(errno.ENOENT, "no such output", str(Path(work_dir) / relpath))
    fd, st = opened
    try:
        if tail and st.st_size > cap:
            os.lseek(fd, st.st_size - cap, os.SEEK_SET)
        chunks: list[bytes] = []
        got = 0
        while got <= cap:
            chunk = os.read(fd, min(1 << 20, cap + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > cap:
        if not tail:
            raise UnsafeOutput(f"{relpath} in {work_dir} is larger than {cap} bytes; not read")
        data = data[-cap:]
    return data


def read_output_text(work_dir: Path, relpath: str | Path, cap: int = OUTPUT_CAP, *, tail: bool = False) -> str:
    """:func:`read_output` decoded as UTF-8 (undecodable bytes replaced)."""
    return read_output(work_dir, relpath, cap, tail=tail).decode("utf-8", errors="replace")


def read_log(path: str | Path, cap: int = OUTPUT_CAP, *, tail: bool = False) -> str:
    """A log named by a run record (``log_path``) read with the same rules as :func:`read_output`:
    its own directory is trusted as given, the file itself must be a regular file."""
    p = Path(path)
    return read_output_text(p.parent, p.name, cap, tail=tail)


def output_files(work_dir: Path, pattern: str) -> tuple[list[str], list[str]]:
    """Names in ``work_dir`` matching ``pattern``, sorted: (regular files, refused entries with the reason)."""
    files: list[str] = []
    refused: list[str] = []
    try:
        entries = sorted(os.scandir(work_dir), key=lambda e: e.name)
    except OSError:
        return [], []
    for entry in entries:
        if not fnmatch.fnmatchcase(entry.name, pattern):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and st.st_nlink == 1:
            files.append(entry.name)
        else:
            what = _kind(st.st_mode) if not stat.S_ISREG(st.st_mode) else "a hard link"
            refused.append(f"{entry.name} is {what}, not a file the tool wrote; not read")
    return files, refused


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
    env: ClassVar[dict[str, str]] = {}  # variables the tool's process gets beside the scrubbed ones

    def __init__(self, *, timeout: float = 30.0, limits: Limits = Limits(), record: RunRecordLike | None = None) -> None:
        self.timeout = timeout
        self.limits = limits
        self.record = record

    def execute(self, command: Sequence[str], cwd: Path, *, timeout: float | None = None, read_paths: Sequence[Path] = (),
                stdin_text: str | None = None, log_name: str | None = None) -> RunOutcome:
        outcome = run_command(command, cwd, timeout=timeout or self.timeout, limits=self.limits, read_paths=read_paths,
                              env=dict(self.env) or None, stdin_text=stdin_text, log_name=log_name or f"{self.name}.log")
        if self.record is not None:
            self.record.record_tool({"tool": self.name, "command": outcome.command, "cwd": outcome.cwd,
                                     "returncode": outcome.returncode, "timed_out": outcome.timed_out,
                                     "signal": outcome.signal, "seconds": round(outcome.seconds, 4),
                                     "log_path": outcome.log_path, "sandbox": outcome.sandbox})
        return outcome


class RunRecordLike(Protocol):
    """What a tool needs of a run record (``chipsmith.core.rundir.RunRecord`` is one)."""

    def record_tool(self, call: dict[str, object]) -> None: ...
