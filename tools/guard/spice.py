"""Static checks on a SPICE deck before ngspice runs it.

One unit: the lexer, the comment and continuation rules and the command checks must read a
deck exactly as ngspice 39 does, in one pass; a split would let the halves disagree.

A deck is code. Its ``.control`` block is a small shell: ``shell``, backquotes, ``set unixcom``
(unknown words become shell commands), ``source`` (runs another deck), ``codemodel``/``osdi``
(load shared libraries), ``write``/``wrdata``/``>``/``>>`` (write files), ``<`` (reads one).
Its netlist reads files (``.inc*``, ``.lib*``, ``file=`` attributes of XSPICE models), and two
netlist forms are control commands in disguise: ``*#`` comment lines and a first line
``*ng_script``. :func:`check_deck` reads the deck the way ngspice 39 does and raises
:class:`~chipsmith.core.errors.SandboxViolation` naming the file:line of the first finding:

- comments are cut where ngspice cuts them (``;``, ``//``, ``$ `` in control lines, `` $`` in
  netlist lines), on each physical line before ``+`` continuations are joined;
- each control line is split into words as ngspice's lexer does (``<``, ``>``, ``&`` are words of
  their own, ``'...'`` loses its quotes, ``\\`` escapes); every ``<`` and ``>`` word is a
  redirection, wherever it stands and however many there are;
- ``$name`` is replaced before redirections are found, so a variable could become ``>`` or a
  path: a deck may only use variables it sets itself to plain words or numbers;
- the command must be on an allowlist (a name this module does not know is refused); the
  files a command reads or writes are checked; ``.inc``/``.lib`` lines inside ``.control`` pull
  the file in as control lines; ``source`` is followed into the file it names, which must
  exist outside the work directory (so the run cannot write it first), and is rewritten to
  the absolute path that was checked.

What passes: reads of files inside the deck's own directory and the allowed model
directories; writes only to plain file names (no directory, no leading dot) in the work
directory. Commands that write free text (``echo >``), re-read the deck from disk
(``mc_source``) or load circuits from files the run wrote (``snload``) are refused outright.
:func:`check_deck` returns the deck with top-level include and source paths made absolute
(the deck runs from a fresh work directory) and the directories the sandbox must let
ngspice read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chipsmith.core.errors import InputError, SandboxViolation

# Control commands that only simulate, measure, compute or print: none reads or writes a
# file named by its arguments or starts a program (redirections are checked separately).
_SAFE_COMMANDS = frozenset("""
ac alter alterparam asciiplot bltplot cdump compose cross cutout dc define deftype delete destroy devhelp diff display
disto dump echo edisplay eprint eprvcd esave exit fft fourier help history inventory iplot let linearize listing meas
measure newhelp noise oldhelp op option options optran plot print psd pss pz quit remcirc removecirc remzerovec reset
reshape resume run rusage save sens set setcirc setcs setplot setscale setseed settype shift show showmod sp spec state
status step stop strcmp sysinfo tf trace tran transpose unalias undefine unlet unset version where
""".split())

# Structure keywords: read by ngspice's control-flow parser, never by the command executor,
# so their words are not redirections.
_KEYWORDS = frozenset("if else end while repeat dowhile foreach break continue label goto".split())

# Commands ngspice runs without looking for redirections.
_NO_REDIRECT = frozenset({"stop", "define", "circbyline"})

# Commands refused outright, with the reason a person reads.
_BLOCKED_COMMANDS = {
    "shell": "runs a host shell command",
    "aspice": "starts a background ngspice process",
    "rspice": "runs a simulation on a remote host",
    "jobs": "manages background processes",
    "rehash": "rebuilds the command table from the host PATH (used with unixcom)",
    "codemodel": "loads a shared library into ngspice",
    "use": "loads device libraries into ngspice",
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
    "mc_source": "re-reads the deck from disk after these checks (the run may have rewritten it)",
    "snload": "loads a circuit from a file these checks cannot see",
    "check_ifparm": "is a developer command",
}

# Commands whose first argument (when given) names the file they write.
_WRITE_COMMANDS = frozenset({"wrdata", "write", "wrs2p", "hardcopy", "snsave", "mdump", "mrdump", "wrnodev"})

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
    "interactive": "makes ngspice read commands from standard input",
}

_NETLIST_BLOCKED = {".pre_osdi": "loads a compiled OSDI shared library", ".osdi": "loads a compiled OSDI shared library",
                    ".exec": "runs commands before the netlist is read"}
_FILE_ATTR = re.compile(r"\b(\w*file\w*)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s)]+)", re.IGNORECASE)
_OPTION_PAIR = re.compile(r"(\w+)\s*(?:=\s*(\"[^\"]*\"|'[^']*'|\S+))?")
_MAX_INCLUDE_DEPTH = 8
# A file name ngspice takes literally: no variable, glob, quote, space or home expansion.
_LITERAL_PATH = re.compile(r"^[A-Za-z0-9_./+\-:@%=]+$")  # no comma: the lexer splits words there
# A file the run may write: one plain name in the work directory, not hidden (``.spiceinit``).
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.+\-]*$")
# A variable value that cannot become a redirection, a separator or a path after substitution.
_PLAIN_VALUE = re.compile(r"^[A-Za-z0-9_+\-]+(?:\.[A-Za-z0-9_+\-]+)*$")


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


def strip_comment(line: str, control: bool) -> str:
    """``line`` without its end-of-line comment, as ngspice 39's ``inp_stripcomments_line`` cuts it.

    ``;`` anywhere after the first character, ``//`` anywhere, and ``$`` followed by a space
    (control lines) or preceded by a blank or comma (netlist lines) start a comment; a line that
    is only a comment (or starts with ``*`` or ``;``) is empty. ``*#`` lines are the caller's.
    """
    if not line or line[0] in "*;":
        return ""
    cut = len(line)
    for i in range(1, len(line)):
        c, prev = line[i], line[i - 1]
        if c == ";":
            cut = i
            break
        if prev == "/" and c == "/":
            cut = i - 1
            break
        if control and prev == "$" and c == " ":
            cut = i - 1
            break
        if not control and prev == "$" and i >= 2 and line[i - 2] in " ,\t":
            cut = i - 1
            break
    return line[:cut].strip()


def _physical_groups(text: str) -> list[tuple[int, list[str], list[int]]]:
    """Logical lines as (first line number, physical lines, their numbers): ``+`` lines join the last card before them."""
    groups: list[tuple[int, list[str], list[int]]] = []
    last_card = -1
    for i, raw in enumerate(text.splitlines(), start=1):
        s = raw.strip()
        if s.startswith("+") and last_card >= 0:
            groups[last_card][1].append(s)
            groups[last_card][2].append(i)
            continue
        groups.append((i, [s], [i]))
        if s and s[0] not in "*;":
            last_card = len(groups) - 1
    return groups


def _join(parts: list[str], control: bool) -> str:
    """One logical line: each physical line's comment cut first, as ngspice does before stitching."""
    pieces = [strip_comment(parts[0], control)]
    pieces += [strip_comment(x, control)[1:] for x in parts[1:]]  # the '+' goes after the comment is cut
    return " ".join(p.strip() for p in pieces if p.strip())


def lex_control(line: str) -> list[str]:
    """Words of one control line as ngspice's ``cp_lexer`` forms them.

    ``<``, ``>``, ``;`` and ``&`` stand alone (``<=``, ``>=``, ``$<``, ``$&`` do not); single quotes
    are removed; double-quoted strings stay one word with their quotes; a backslash is dropped
    and the next character read as usual; a comma outside parentheses separates words.
    """
    words: list[str] = []
    buf: list[str] = []
    paren = 0
    i = 0

    def flush() -> None:
        if buf:
            words.append("".join(buf))
            buf.clear()

    while i < len(line):
        c = line[i]
        i += 1
        if c == "\\" and i < len(line):
            c = line[i]
            i += 1
        if c in "([":
            paren += 1
        elif c in ")]":
            paren -= 1
        if c in " \t":
            flush()
        elif c == "'":
            end = line.find("'", i)
            end = len(line) if end < 0 else end
            buf.extend(line[i:end])
            i = end + 1
        elif c in "\"`":
            end = line.find(c, i)
            end = len(line) if end < 0 else end
            buf.append(c)
            buf.extend(line[i:end])
            buf.append(c)
            i = end + 1
        elif c == "," and paren < 1 and buf:
            flush()
        elif c == ";" and paren > 0:
            buf.append(c)
        elif c == "&" and buf and buf[-1] == "$":
            buf.append(c)
        elif c in "<>" and not buf and i < len(line) and line[i] == "=":
            buf.append(c)
        elif c in "<>;&":
            if c == "<" and buf and buf[-1] == "$":
                buf.append(c)
            else:
                flush()
                words.append(c)
        else:
            buf.append(c)
    flush()
    return words


_VAR_CHARS = frozenset("$-_<#?@.()[]&")


def _var_refs(word: str) -> list[str]:
    """The variable expressions after each ``$`` in ``word``, spanned as ngspice's ``span_var_expr`` does
    (a name may hold ``.``, ``-``, ``@``, brackets and parentheses)."""
    out: list[str] = []
    i = word.find("$")
    while i >= 0:
        t, paren, brackets = i + 1, 0, 0
        while t < len(word) and ((word[t].isascii() and word[t].isalnum()) or word[t] in _VAR_CHARS):
            c = word[t]
            t += 1
            if c == "[":
                brackets += 1
            elif c == "(":
                paren += 1
            elif c == "]":
                if brackets <= 0:
                    t -= 1
                    break
                brackets -= 1
                if brackets <= 0:
                    break
            elif c == ")":
                if paren <= 0:
                    t -= 1
                    break
                paren -= 1
                if paren <= 0:
                    break
        out.append(word[i + 1:t])
        i = word.find("$", max(t, i + 1))
    return out


def _unquote(token: str) -> str:
    if len(token) >= 2 and token[0] == token[-1] and token[0] in "\"'":
        return token[1:-1]
    return token


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def _plain_value(value: str) -> bool:
    v = _unquote(value.strip())
    if v.startswith("(") and v.endswith(")"):
        items = v[1:-1].split()
        return all(_PLAIN_VALUE.match(_unquote(x)) for x in items)
    return v == "" or bool(_PLAIN_VALUE.match(v))


class _Checker:
    def __init__(self, deck_dir: Path | None, model_dirs: Sequence[Path], work_dir: Path | None = None) -> None:
        self.read_roots = [Path(d).resolve() for d in ([deck_dir] if deck_dir else []) + list(model_dirs)]
        self.work_dir = Path(work_dir).resolve() if work_dir is not None else None
        self.includes: list[Path] = []
        self.sourced: list[Path] = []
        self.include_state: dict[tuple[Path, bool], bool] = {}  # the control state a file leaves behind
        # variables the deck sets: name -> [(value, plain)]; and every $name it uses
        self.defs: dict[str, list[tuple[str, bool]]] = {}
        self.refs: list[tuple[str, str, int]] = []

    def _fail(self, where: str, lineno: int, what: str) -> SandboxViolation:
        return SandboxViolation(f"{where}:{lineno}: {what}; the deck was not run")

    # -- files ----------------------------------------------------------------------------------------

    def _readable(self, raw: str, base: Path | None, where: str, lineno: int, what: str) -> Path:
        name = _unquote(raw.strip())
        if not name:
            raise InputError(f"{where}:{lineno}: {what} names no file")
        if any(c in name for c in "$`{}*?[]\"'") or any(ord(c) < 32 for c in name):
            raise self._fail(where, lineno, f"{what} {name!r} uses a variable, backquote, glob or quote in a file name")
        if name.startswith("~"):
            raise self._fail(where, lineno, f"{what} {name!r}: '~' is the home directory of whoever runs ngspice, "
                             "outside the deck's directory and the allowed model directories")
        p = Path(name)
        shown = repr(name)
        if not p.is_absolute():
            shown = f"{name!r} (relative to {base})"
            if base is None:
                raise self._fail(where, lineno, f"{what} {name!r} is relative but the deck has no directory to resolve it in; "
                                 "give the deck's file or an absolute path inside an allowed model directory")
            p = base / p
        p = p.resolve()
        if not _inside(p, self.read_roots):
            allowed = ", ".join(str(r) for r in self.read_roots) or "none configured"
            raise self._fail(where, lineno, f"{what} {shown} is outside the deck's directory and the allowed model "
                             f"directories ({allowed}); add its directory to model_dirs to allow it")
        if self.work_dir is not None and _inside(p, [self.work_dir]):
            raise self._fail(where, lineno, f"{what} {name!r} is inside the work directory, where the run itself "
                             "could have written it after these checks")
        return p

    def _writable(self, raw: str, where: str, lineno: int, what: str) -> None:
        name = _unquote(raw.strip())
        if any(c in name for c in "$`~{}"):
            raise self._fail(where, lineno, f"{what} {name!r}: file names may not use variables, backquotes, braces or ~")
        if name.startswith("/") or ".." in name.replace("\\", "/").split("/"):
            raise self._fail(where, lineno, f"{what} {name!r} writes outside the work directory; use a plain relative name")
        if not _PLAIN_NAME.match(name):
            raise self._fail(where, lineno, f"{what} {name!r} is not a plain file name in the work directory "
                             "(letters, digits, '_', '.', '-', no directory, not hidden)")

    def _checked_file(self, target: Path, where: str, lineno: int, what: str, depth: int, in_control: bool,
                      title: bool) -> bool:
        """Check an included or sourced file; return the control state it leaves behind."""
        if not target.is_file():
            raise InputError(f"{where}:{lineno}: {what} file {target} does not exist")
        if not _LITERAL_PATH.match(str(target)):
            raise self._fail(where, lineno, f"{what} {str(target)!r}: the path has characters ngspice would expand or split")
        text = target.read_text(errors="replace")
        _, state = self.deck(text, str(target), target.parent, depth + 1, False, in_control, title)
        return state

    # -- control lines ----------------------------------------------------------------------------------

    def _note_refs(self, words: Sequence[str], where: str, lineno: int) -> None:
        for w in words:
            for var in _var_refs(w):
                if var.startswith("<"):
                    raise self._fail(where, lineno, "'$<' reads a line from standard input")
                if var == "" or var[0] in "$?#&@":
                    continue  # '$', the process id, is-set / length tests, vector and device values: numbers
                self.refs.append((var.split("[", 1)[0], where, lineno))

    def _define(self, name: str, value: str) -> None:
        self.defs.setdefault(name, []).append((value, _plain_value(value)))

    def control_line(self, line: str, where: str, lineno: int, base: Path | None = None, depth: int = 0,
                     top: bool = False) -> tuple[str | None, bool]:
        """Check one control line; return (the line rewritten, or None) and whether control goes on."""
        if "`" in line:
            raise self._fail(where, lineno, "backquote command substitution runs a host command")
        low = line.lower()
        if low.startswith((".inc", ".lib")):
            # read when the deck is read: the file's lines become control lines
            return self._include(line, where, lineno, base, depth, top, in_control=True)
        if low.startswith("."):
            return None, True  # any other netlist card inside .control is an ngspice error, not a risk
        words = lex_control(line)
        if not words:
            return None, True
        cmd = words[0].lower()
        self._note_refs(words[1:], where, lineno)
        if words[0] in _KEYWORDS:  # `IF`: checked as a command too, so a '>' in it is a redirection either way
            if cmd == "foreach" and len(words) > 1:
                for value in words[2:]:
                    self._define(words[1], value)
            return None, True
        if cmd in _BLOCKED_COMMANDS:
            raise self._fail(where, lineno, f"control command '{cmd}' {_BLOCKED_COMMANDS[cmd]}")
        args = words[1:]
        if cmd not in _NO_REDIRECT:
            args = self._redirections(cmd, args, where, lineno)
        if (cmd not in _SAFE_COMMANDS and cmd not in _WRITE_COMMANDS and cmd not in _KEYWORDS
                and cmd not in ("source", "load", "altermod")):
            raise self._fail(where, lineno, f"control command '{cmd}' is not on the list of allowed ngspice commands")
        if cmd in ("set", "setcs", "option", "options"):
            self._check_set(" ".join(args), where, lineno)
        elif cmd == "strcmp" and args:
            self._define(args[0], "0")
        elif cmd in _WRITE_COMMANDS:
            files = [a for a in args if not a.startswith("-")]
            if files:
                self._writable(files[0], where, lineno, f"'{cmd}' to")
        elif cmd == "load":
            for a in args:
                name = _unquote(a)
                if _PLAIN_NAME.match(name):
                    continue  # a raw file this run wrote in its work directory: data, not commands
                self._readable(a, base, where, lineno, "'load' of")
        elif cmd == "altermod" and any(a.lower().startswith("file") for a in args):
            raise self._fail(where, lineno, "'altermod ... file' reads model cards from a file these checks do not follow")
        elif cmd == "source":
            return self._source(args, where, lineno, base, depth, top), True
        return None, True

    def _redirections(self, cmd: str, args: list[str], where: str, lineno: int) -> list[str]:
        """Check every ``<``/``>`` word (ngspice acts on them anywhere in the line); return the rest."""
        rest: list[str] = []
        i = 0
        while i < len(args):
            word = _unquote(args[i])
            if word == "<":
                raise self._fail(where, lineno, "input redirection '<' reads a file into ngspice")
            if word != ">":
                if "{" in word and any(c in word for c in "<>~/"):
                    raise self._fail(where, lineno, f"{args[i]!r}: brace expansion could form a redirection or a path")
                rest.append(args[i])
                i += 1
                continue
            i += 1
            if i < len(args) and _unquote(args[i]) == ">":
                i += 1
            if i < len(args) and args[i] == "&":
                i += 1
            if i >= len(args):
                raise self._fail(where, lineno, "redirection names no file")
            self._writable(args[i], where, lineno, "redirection to")
            if cmd == "echo":
                raise self._fail(where, lineno, "'echo' with '>' writes free text to a file (a deck the run could "
                                 "load later); print results with 'print' or 'wrdata'")
            i += 1
        return rest

    def _check_set(self, rest: str, where: str, lineno: int) -> None:
        for m in re.finditer(r"(\w+)\s*(?:=\s*(\"[^\"]*\"|\([^)]*\)|\S+))?", rest):
            var, value = m.group(1), m.group(2) or ""
            if var.lower() in _BLOCKED_VARIABLES:
                raise self._fail(where, lineno, f"'set {var.lower()}' {_BLOCKED_VARIABLES[var.lower()]}")
            v = _unquote(value)
            if v.startswith(("/", "~")) or "/../" in f"/{v}/":
                raise self._fail(where, lineno, f"'set {var}={v}' names a path outside the work directory")
            self._define(var, value)

    def _source(self, args: list[str], where: str, lineno: int, base: Path | None, depth: int, top: bool) -> str:
        if not args:
            raise InputError(f"{where}:{lineno}: 'source' names no file")
        resolved: list[Path] = []
        for a in args:
            name = _unquote(a)
            if not top and not Path(name).is_absolute():
                raise self._fail(where, lineno, f"'source' of {name!r}: a relative name is looked up in the work directory, "
                                 "where the run writes; name the file by an absolute path")
            target = self._readable(a, base, where, lineno, "'source' of")
            if not target.is_file():
                raise self._fail(where, lineno, f"'source' of {name!r}: no such file in the deck's directory to check; "
                                 "ngspice would look for it in the work directory, where the run itself writes")
            if target not in self.sourced:
                self.sourced.append(target)
                # a sourced file is a deck of its own: title line, netlist, control blocks
                self._checked_file(target, where, lineno, "'source'", depth, False, True)
            resolved.append(target)
        return "source " + " ".join(str(p) for p in resolved)

    # -- netlist lines --------------------------------------------------------------------------------

    def _include(self, line: str, where: str, lineno: int, base: Path | None, depth: int, top: bool,
                 in_control: bool) -> tuple[str | None, bool]:
        parts = line.split(None, 2)
        word = parts[0].lower()
        is_lib = word.startswith(".lib")
        if is_lib and len(parts) == 2 and not _looks_like_path(parts[1]):
            return None, in_control  # `.lib SECTION` opens or reads a section of the file being read
        if len(parts) < 2:
            raise InputError(f"{where}:{lineno}: '{word}' names no file")
        target = self._readable(parts[1], base, where, lineno, f"'{word}'")
        if target not in self.includes:
            self.includes.append(target)
        if (target, in_control) not in self.include_state:
            self.include_state[(target, in_control)] = in_control  # an include loop stops here
            self.include_state[(target, in_control)] = self._checked_file(target, where, lineno, f"'{word}'", depth,
                                                                           in_control, False)
        state = self.include_state[(target, in_control)]
        rewritten = None
        if top:
            rest = f" {parts[2]}" if len(parts) > 2 else ""
            rewritten = f"{parts[0]} \"{target}\"{rest}"
        return rewritten, state

    def deck(self, text: str, where: str, base: Path | None, depth: int, top: bool, in_control: bool = False,
             title: bool = False) -> tuple[list[str], bool]:
        """Check one file; return its lines (top-level paths rewritten) and the control state at its end."""
        if depth > _MAX_INCLUDE_DEPTH:
            raise InputError(f"{where}: includes nest deeper than {_MAX_INCLUDE_DEPTH} levels (an include loop?)")
        out = text.splitlines()
        first = next((ln.strip() for ln in out if ln.strip()), "")
        if (top or title) and first.lower().startswith("*ng_script"):
            raise self._fail(where, 1, "'*ng_script' makes ngspice run the whole file as control commands; "
                             "put the commands in a .control block")
        for lineno, parts, numbers in _physical_groups(text):
            head = parts[0].lower()
            if head.startswith("*#"):
                # ngspice runs `*#` lines as control commands, wherever they stand
                self.control_line(_join([parts[0][2:].strip()] + parts[1:], True), where, lineno, base, depth, False)
                continue
            if head.startswith(".control"):
                in_control = True
            line = _join(parts, in_control or head.startswith(".endc"))
            if not line:
                continue
            low = line.lower()
            if in_control:
                if low.startswith(".control"):
                    continue
                if low.startswith(".endc"):
                    in_control = False
                    continue
                new, in_control = self.control_line(line, where, lineno, base, depth, top)
                if new is not None and top:
                    out[lineno - 1] = new
                    for k in numbers[1:]:
                        out[k - 1] = "*"  # the continuation went into the rewritten line
                continue
            word = low.split()[0]
            if word in _NETLIST_BLOCKED:
                raise self._fail(where, lineno, f"'{word}' {_NETLIST_BLOCKED[word]}")
            if word.startswith((".inc", ".lib")):  # ngspice reads every card starting so as a file
                new, in_control = self._include(line, where, lineno, base, depth, top, in_control=False)
                if new is not None:
                    out[lineno - 1] = new
                    for k in numbers[1:]:
                        out[k - 1] = "*"
                continue
            if word.startswith(".opt"):
                for m in _OPTION_PAIR.finditer(line.split(None, 1)[1] if " " in line else ""):
                    if m.group(1).lower() in _BLOCKED_VARIABLES:
                        raise self._fail(where, lineno, f"'{word} {m.group(1).lower()}' "
                                         f"{_BLOCKED_VARIABLES[m.group(1).lower()]}")
                    self._define(m.group(1), m.group(2) or "")
            for m in _FILE_ATTR.finditer(line):
                self._readable(m.group(2), base, where, lineno, f"'{m.group(1)}='")
        return out, in_control

    def finish(self) -> None:
        """Every ``$name`` must be a variable the deck set, and only ever to plain values."""
        for name, where, lineno in self.refs:
            values = self.defs.get(name)
            if not values:
                raise self._fail(where, lineno, f"'${name}' is not set by the deck, so its value (which ngspice "
                                 "substitutes before it looks for redirections) cannot be checked")
            bad = next((v for v, plain in values if not plain), None)
            if bad is not None:
                raise self._fail(where, lineno, f"'${name}' may be {bad!r}, which could become a redirection, "
                                 "a command separator or a path; set it to a plain word or number")


def _looks_like_path(token: str) -> bool:
    t = _unquote(token)
    return "/" in t or "." in t or t.startswith("~")


def check_control(lines: Sequence[str], *, where: str = "control") -> None:
    """Check generated ``.control`` lines on their own (raises :class:`SandboxViolation`)."""
    checker = _Checker(None, ())
    for lineno, parts, _ in _physical_groups("\n".join(lines)):
        if parts[0].startswith("*#"):
            parts = [parts[0][2:].strip()] + parts[1:]
        line = _join(parts, True)
        if line and not line.lower().startswith((".endc", ".control")):
            checker.control_line(line, where, lineno)
    checker.finish()


def check_deck(text: str, *, name: str = "deck.cir", deck_dir: Path | None = None,
               model_dirs: Sequence[Path] = (), work_dir: Path | None = None) -> CheckedDeck:
    """Check ``text`` and every file it includes or sources; return it ready to run from another directory.

    ``deck_dir`` is the directory the deck came from (relative includes resolve there and
    it is readable); ``model_dirs`` are further directories the deck may read from;
    ``work_dir`` is where it will run (nothing there may be read as a deck).
    """
    checker = _Checker(deck_dir, model_dirs, work_dir)
    lines, _ = checker.deck(text, name, Path(deck_dir).resolve() if deck_dir else None, 0, True)
    checker.finish()
    dirs: list[Path] = []
    for inc in checker.includes + checker.sourced:
        root = next((r for r in checker.read_roots if inc == r or r in inc.parents), inc.parent)
        if root not in dirs:
            dirs.append(root)
    return CheckedDeck(text="\n".join(lines) + "\n", includes=checker.includes, read_dirs=dirs)
