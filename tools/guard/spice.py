"""Static checks on a SPICE deck before ngspice runs it.

A deck is code: its ``.control`` block is a small shell (``shell``, backquotes,
``set unixcom`` turning unknown words into shell commands, ``source``, ``codemodel``
and ``osdi`` loading shared libraries, ``write``/``wrdata``/``>`` writing files) and
its netlist reads files (``.include``, ``.lib``, ``file=`` attributes of XSPICE
models). :func:`check_deck` walks the deck and every file it includes and raises
:class:`~chipsmith.core.errors.SandboxViolation` naming the file:line of the first
finding. Control commands are checked against an allowlist, so a command this
module does not know is refused rather than trusted.

What passes: reads of files inside the deck's own directory and the allowed model
directories; writes only to plain relative names inside the work directory.
:func:`check_deck` returns the deck with top-level include paths made absolute (the
deck runs from a fresh work directory) and the directories the sandbox must let
ngspice read.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from chipsmith.core.errors import InputError, SandboxViolation

# Control commands that only simulate, measure, compute or print: nothing here
# reads or writes a file named by the deck or starts a program.
_SAFE_COMMANDS = frozenset("""
ac alter altermod alterparam asciiplot compose cross dc define deftype delete destroy diff display disto dump echo
edisplay eprint esave fft fourier help history let linearize listing meas measure mc_source noise op option options
print psd pss pz quit exit reset reshape resume run rusage save sens setplot setscale setseed settype shift show showmod
sp spec state status step stop sysinfo tf trace tran transpose unalias undefine unlet unset version where remcirc
removecirc remzerovec strcmp cutout optran inventory devhelp if else end while repeat dowhile foreach break continue
label goto set setcs wrdata write wrs2p hardcopy snsave load source snload plot iplot newhelp oldhelp
""".split())

# Commands refused outright, with the reason a person reads.
_BLOCKED_COMMANDS = {
    "shell": "runs a host shell command",
    "aspice": "starts a background ngspice process",
    "rspice": "runs a simulation on a remote host",
    "jobs": "manages background processes",
    "rehash": "rebuilds the command table from the host PATH (used with unixcom)",
    "codemodel": "loads a shared library into ngspice",
    "osdi": "loads a compiled OSDI shared library into ngspice",
    "pre_osdi": "loads a compiled OSDI shared library into ngspice",
    "cd": "changes the working directory out of the sandboxed work directory",
    "edit": "starts an editor program",
    "gnuplot": "starts the gnuplot program and writes its files",
    "bug": "sends a bug report by mail",
    "alias": "aliases can hide a blocked command",
    "circbyline": "adds netlist lines at run time, bypassing these checks",
    "getcwd": "reveals host paths",
    "tutorial": "opens help files",
}

# Commands whose arguments are file names and whether they write (True) or read (False).
_FILE_COMMANDS = {"wrdata": True, "write": True, "wrs2p": True, "hardcopy": True, "snsave": True,
                  "source": False, "load": False, "snload": False}

# Variables that change how ngspice finds or runs things.
_BLOCKED_VARIABLES = {
    "unixcom": "makes unknown control words run as host shell commands",
    "sourcepath": "adds host directories to the file search path",
    "inputdir": "changes where relative file names are read from",
    "editor": "names a program to start",
    "rawfile": "names a file to write",
    "hcopydevtype": "selects a plot output program",
    "gnuplot_terminal": "selects a plot output program",
    "ngbehavior": "changes how the netlist is read after these checks",
}

_NETLIST_INCLUDE = re.compile(r"^\.(include|inc|lib)\b", re.IGNORECASE)
_NETLIST_BLOCKED = {".pre_osdi": "loads a compiled OSDI shared library", ".exec": "runs commands before the netlist is read"}
_FILE_ATTR = re.compile(r"\b(\w*file)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s)]+)", re.IGNORECASE)
_MAX_INCLUDE_DEPTH = 8


@dataclass
class CheckedDeck:
    """A deck that passed the checks, ready to run from its work directory."""

    text: str
    includes: list[Path] = field(default_factory=list)
    read_dirs: list[Path] = field(default_factory=list)


@dataclass
class _Line:
    text: str
    lineno: int  # first physical line of a logical (continued) line


def _logical_lines(text: str) -> list[_Line]:
    """Join ``+`` continuation lines; keep the first physical line number for messages."""
    out: list[_Line] = []
    for i, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if stripped.startswith("+") and out:
            out[-1].text += " " + stripped[1:]
        else:
            out.append(_Line(stripped, i))
    return out


def _strip_comment(line: str) -> str:
    if line.startswith("*"):
        return ""
    for mark in (" ;", "\t;", " $ ", "\t$ "):
        pos = line.find(mark)
        if pos >= 0:
            line = line[:pos]
    if line.startswith(";"):
        return ""
    return line.strip()


def _unquote(token: str) -> str:
    if len(token) >= 2 and token[0] == token[-1] and token[0] in "\"'":
        return token[1:-1]
    return token


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


class _Checker:
    def __init__(self, deck_dir: Path | None, model_dirs: Sequence[Path]) -> None:
        self.read_roots = [Path(d).resolve() for d in ([deck_dir] if deck_dir else []) + list(model_dirs)]
        self.includes: list[Path] = []

    def _fail(self, where: str, lineno: int, what: str) -> SandboxViolation:
        return SandboxViolation(f"{where}:{lineno}: {what}; the deck was not run")

    def _readable(self, raw: str, base: Path | None, where: str, lineno: int, what: str) -> Path:
        name = _unquote(raw.strip())
        if not name:
            raise InputError(f"{where}:{lineno}: {what} names no file")
        if any(c in name for c in "$`"):
            raise self._fail(where, lineno, f"{what} {name!r} uses a variable or backquote in a file name")
        p = Path(os.path.expanduser(name))
        if not p.is_absolute():
            if base is None:
                raise self._fail(where, lineno, f"{what} {name!r} is relative but the deck has no directory to resolve it in; "
                                 "give the deck's file or an absolute path inside an allowed model directory")
            p = base / p
        p = p.resolve()
        if not _inside(p, self.read_roots):
            allowed = ", ".join(str(r) for r in self.read_roots) or "none configured"
            raise self._fail(where, lineno, f"{what} {name!r} is outside the deck's directory and the allowed model "
                             f"directories ({allowed}); add its directory to model_dirs to allow it")
        return p

    def _writable(self, raw: str, where: str, lineno: int, what: str) -> None:
        name = _unquote(raw.strip())
        if any(c in name for c in "$`~"):
            raise self._fail(where, lineno, f"{what} {name!r}: file names may not use variables, backquotes or ~")
        if name.startswith("/") or ".." in Path(name).parts:
            raise self._fail(where, lineno, f"{what} {name!r} writes outside the work directory; use a plain relative name")

    def control_line(self, line: str, where: str, lineno: int) -> None:
        if "`" in line:
            raise self._fail(where, lineno, "backquote command substitution runs a host command")
        body = line
        # ngspice treats > >> < as I/O redirection in every control command.
        redir = re.search(r"(>>?|<)\s*(\S+)", body)
        if redir:
            self._writable(redir.group(2), where, lineno, "redirection to")
            body = body[:redir.start()]
        words = body.split()
        if not words:
            return
        cmd = words[0].lower()
        if cmd.startswith("."):
            return  # a netlist-style line inside .control is an ngspice error, not a risk
        if cmd in _BLOCKED_COMMANDS:
            raise self._fail(where, lineno, f"control command '{cmd}' {_BLOCKED_COMMANDS[cmd]}")
        if cmd not in _SAFE_COMMANDS:
            raise self._fail(where, lineno, f"control command '{cmd}' is not on the list of allowed ngspice commands")
        if cmd in ("set", "setcs"):
            self._check_set(" ".join(words[1:]), where, lineno)
        elif cmd in _FILE_COMMANDS:
            args = [w for w in words[1:] if not w.startswith("-")]
            if cmd == "altermod":
                return
            if not args:
                return
            if _FILE_COMMANDS[cmd]:
                self._writable(args[0], where, lineno, f"'{cmd}' to")
            elif args[0].startswith(("/", "~")) or ".." in Path(_unquote(args[0])).parts or "$" in args[0]:
                self._readable(args[0], None, where, lineno, f"'{cmd}' of")
            # a plain relative name reads a file the run itself wrote in its work directory
        elif cmd == "altermod" and "file" in [w.lower() for w in words]:
            idx = [w.lower() for w in words].index("file")
            if idx + 1 < len(words):
                self._readable(words[idx + 1], None, where, lineno, "'altermod ... file'")

    def _check_set(self, rest: str, where: str, lineno: int) -> None:
        for m in re.finditer(r"(\w+)\s*(?:=\s*(\"[^\"]*\"|\([^)]*\)|\S+))?", rest):
            var, value = m.group(1).lower(), m.group(2) or ""
            if var in _BLOCKED_VARIABLES:
                raise self._fail(where, lineno, f"'set {var}' {_BLOCKED_VARIABLES[var]}")
            v = _unquote(value)
            if v.startswith(("/", "~")) or "/../" in f"/{v}/":
                raise self._fail(where, lineno, f"'set {var}={v}' names a path outside the work directory")

    def deck(self, text: str, where: str, base: Path | None, depth: int, top: bool) -> list[str]:
        """Check one file; return its lines, top-level includes rewritten to absolute paths."""
        if depth > _MAX_INCLUDE_DEPTH:
            raise InputError(f"{where}: includes nest deeper than {_MAX_INCLUDE_DEPTH} levels (an include loop?)")
        out = text.splitlines()
        in_control = False
        for ln in _logical_lines(text):
            line = _strip_comment(ln.text)
            if not line:
                continue
            low = line.lower()
            if in_control:
                if low.startswith(".endc"):
                    in_control = False
                else:
                    self.control_line(line, where, ln.lineno)
                continue
            if low.startswith(".control"):
                in_control = True
                continue
            word = low.split()[0]
            if word in _NETLIST_BLOCKED:
                raise self._fail(where, ln.lineno, f"'{word}' {_NETLIST_BLOCKED[word]}")
            if _NETLIST_INCLUDE.match(line):
                parts = line.split(None, 2)
                if word == ".lib" and len(parts) == 2 and not top and not _looks_like_path(parts[1]):
                    continue  # `.lib SECTION` opens a section inside a library file
                if len(parts) < 2:
                    raise InputError(f"{where}:{ln.lineno}: '{word}' names no file")
                if word == ".lib" and len(parts) == 2 and not _looks_like_path(parts[1]):
                    continue  # `.lib SECTION` of the file being read
                target = self._readable(parts[1], base, where, ln.lineno, f"'{word}'")
                if not target.is_file():
                    raise InputError(f"{where}:{ln.lineno}: '{word}' file {target} does not exist")
                if target not in self.includes:
                    self.includes.append(target)
                    self.deck(target.read_text(errors="replace"), str(target), target.parent, depth + 1, False)
                if top:
                    rest = f" {parts[2]}" if len(parts) > 2 else ""
                    out[ln.lineno - 1] = f"{parts[0]} \"{target}\"{rest}"
                continue
            for m in _FILE_ATTR.finditer(line):
                self._readable(m.group(2), base, where, ln.lineno, f"'{m.group(1)}='")
        return out


def _looks_like_path(token: str) -> bool:
    t = _unquote(token)
    return "/" in t or "." in t or t.startswith("~")


def check_control(lines: Sequence[str], *, where: str = "control") -> None:
    """Check generated ``.control`` lines on their own (raises :class:`SandboxViolation`)."""
    checker = _Checker(None, ())
    for i, line in enumerate(lines, start=1):
        stripped = _strip_comment(line.strip())
        if stripped:
            checker.control_line(stripped, where, i)


def check_deck(text: str, *, name: str = "deck.cir", deck_dir: Path | None = None,
               model_dirs: Sequence[Path] = ()) -> CheckedDeck:
    """Check ``text`` and every file it includes; return it ready to run from another directory.

    ``deck_dir`` is the directory the deck came from (relative includes resolve there and
    it is readable); ``model_dirs`` are further directories the deck may read from.
    """
    checker = _Checker(deck_dir, model_dirs)
    lines = checker.deck(text, name, Path(deck_dir).resolve() if deck_dir else None, 0, True)
    dirs: list[Path] = []
    for inc in checker.includes:
        root = next((r for r in checker.read_roots if inc == r or r in inc.parents), inc.parent)
        if root not in dirs:
            dirs.append(root)
    return CheckedDeck(text="\n".join(lines) + "\n", includes=checker.includes, read_dirs=dirs)
