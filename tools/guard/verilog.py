"""Static guard for Verilog/SystemVerilog before Icarus or Verilator sees it.

What a simulator lets source code reach on the host (checked against Icarus 11's
``system.vpi``/``vhdl_textio.vpi`` and Verilator 5):

- shell commands: ``$system`` (Verilator), inline C ``$c``/``$cNN`` and ``` `systemc_*``` blocks
  (Verilator copies them into the generated C++), DPI-C ``import``/``export`` (links host C);
- files: ``$fopen[arw]``, ``$readmem[hb]``, ``$writemem[hb]``, ``$readmempath``, ``$dumpfile``,
  ``$sdf_annotate``, ``$table_model``, ``$dumpports*``, ``$input``/``$key``/``$log``/``$save``/
  ``$restart``/``$incsave`` (command and journal files), ``$ivlh_file_open`` (VHDL textio);
- ``` `include``` and ``` `uselib``` of files anywhere, and macros that expand to such names;
- VPI modules: only through ``-m`` on the command line, which chipsmith never passes; the
  debug-only ``$vpi_*`` tasks are refused anyway.

A file name is allowed only as a plain string literal naming a relative path without ``..``
(it then stays in the work directory); a name built at run time (a parameter, a
``$value$plusargs`` result, a concatenation, a macro) cannot be checked and is refused.

Two passes, so comments and strings cannot hide or fake a call and macros cannot build one:

1. every source and every file it includes (followed in the work directory, links out of it
   and non-regular files refused) is read with pyslang's lexer *without* the preprocessor:
   directives, include names, literal calls;
2. the sources are then preprocessed together, in compile order, as the compiler will see
   them (macros shared between files, includes expanded from the work directory only) and
   the expanded token stream is checked again: ```define CAT(a,b) a``b`` then
   ```CAT($fo,pen)`` is a ``$fopen`` here.

Source that nests deeper than :data:`MAX_NESTING` levels is an input error before any
parser recurses into it.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath

import pyslang
from pyslang import parsing, syntax

from chipsmith.core.errors import InputError, SandboxViolation

TK = parsing.TokenKind

# Tasks that must never run: host commands, C code, VPI debugging, Icarus command/journal files.
_FORBIDDEN = {
    "$system": "runs a host shell command",
    "$c": "embeds C++ code (Verilator)",
    "$cpure": "embeds C++ code (Verilator)",
    "$input": "reads simulator commands from a host file",
    "$key": "writes a key journal file on the host",
    "$log": "writes a log file on the host",
    "$save": "writes a checkpoint file on the host",
    "$restart": "reads a checkpoint file from the host",
    "$incsave": "writes a checkpoint file on the host",
    "$vpi_tree": "is a VPI debugging task",
    "$dumpports": "writes a port dump to a file name the guard cannot check",
    "$dumpportsall": "belongs to $dumpports, which is not allowed",
    "$dumpportsflush": "belongs to $dumpports, which is not allowed",
    "$dumpportslimit": "belongs to $dumpports, which is not allowed",
    "$dumpportsoff": "belongs to $dumpports, which is not allowed",
    "$dumpportson": "belongs to $dumpports, which is not allowed",
}
_FORBIDDEN_PATTERNS = (
    (re.compile(r"^\$c\d+$"), "embeds C++ code (Verilator)"),
    (re.compile(r"^\$ivl"), "is an Icarus-internal task (VHDL textio opens host files)"),
    (re.compile(r"^\$vpi"), "is a VPI task"),
)
# Tasks whose first argument is a file name.
_FILE_TASKS = {"$fopen", "$fopena", "$fopenr", "$fopenw", "$readmemh", "$readmemb", "$writememh", "$writememb",
               "$readmempath", "$dumpfile", "$sdf_annotate", "$table_model"}
_FORBIDDEN_DIRECTIVES = {
    "`uselib": "loads library files from host paths",
    "`systemc_header": "copies C++ into the Verilated model",
    "`systemc_interface": "copies C++ into the Verilated model",
    "`systemc_implementation": "copies C++ into the Verilated model",
    "`systemc_imp_header": "copies C++ into the Verilated model",
    "`systemc_ctor": "copies C++ into the Verilated model",
    "`systemc_dtor": "copies C++ into the Verilated model",
    "`verilator_config": "changes Verilator's configuration from the source",
}


MAX_NESTING = 256  # parentheses, brackets, braces, begin/fork blocks; pyslang's parser fails near 5,000
_MAX_INCLUDE_DEPTH = 16
_OPENERS = {TK.OpenParenthesis, TK.OpenBracket, TK.OpenBrace, TK.ApostropheOpenBrace, TK.BeginKeyword,
            TK.ForkKeyword}
_CLOSERS = {TK.CloseParenthesis, TK.CloseBracket, TK.CloseBrace, TK.EndKeyword, TK.JoinKeyword,
            TK.JoinAnyKeyword, TK.JoinNoneKeyword}

_Token = tuple[object, str, int, int]


def check_sources(paths: Sequence[Path], workdir: Path, *, context: Sequence[Path] | None = None) -> None:
    """Raise :class:`SandboxViolation` (file:line:col, finding, what to do) for the first unsafe construct.

    ``context`` is every source the tool will compile, in order (default: ``paths``): macros
    defined in one file expand in the next, so the expanded pass reads them all and reports what
    comes from ``paths`` (the untrusted ones) or from their macros.
    """
    workdir = Path(workdir)
    untrusted = [Path(p) for p in paths]
    texts: dict[Path, str] = {}
    for path in untrusted:
        texts[path] = _read(path)
        findings = list(scan_text(texts[path], str(path), workdir))
        if findings:
            raise SandboxViolation(findings[0])
    order = [Path(p) for p in context] if context is not None else untrusted
    seen: set[Path] = set()
    for path in order:
        if path not in texts:
            texts[path] = _read(path)
        _vet_includes(texts[path], str(path), workdir, path in untrusted, 0, seen)
    included = [(str(p), _read(p)) for p in sorted(seen)]
    first = next(_expanded_findings([(p, texts[p]) for p in order], set(untrusted), workdir, included), None)
    if first is not None:
        raise SandboxViolation(first)


def scan_text(text: str, name: str, workdir: Path) -> Iterator[str]:
    """Every finding in ``text`` (read without the preprocessor) as ``name:line:col: finding``, in source order.

    Raises :class:`InputError` when the source nests deeper than :data:`MAX_NESTING`.
    """
    tokens = _lex(text, name)
    for i, (kind, value, line, col) in enumerate(tokens):
        where = f"{name}:{line}:{col}"
        if kind == TK.Directive:
            if value in _FORBIDDEN_DIRECTIVES:
                yield f"{where}: {value} {_FORBIDDEN_DIRECTIVES[value]}; it was not run (remove it)"
            elif value == "`include":
                yield from _check_include(tokens, i, where, workdir)
        else:
            yield from _check_token(tokens, i, where)


def _check_token(tokens: list[_Token], i: int, where: str) -> Iterator[str]:
    kind, value = tokens[i][0], tokens[i][1]
    if kind == TK.SystemIdentifier:
        reason = _FORBIDDEN.get(value) or next((r for p, r in _FORBIDDEN_PATTERNS if p.match(value)), None)
        if reason:
            yield f"{where}: {value} {reason}; it was not run (remove the call)"
        elif value in _FILE_TASKS:
            yield from _check_file_arg(tokens, i, where)
    elif kind in (TK.ImportKeyword, TK.ExportKeyword):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt[0] == TK.StringLiteral and nxt[1].upper().startswith("DPI"):
            yield f"{where}: DPI {value} \"{nxt[1]}\" links host C functions; it was not run (use plain Verilog)"


def check_nesting(text: str, name: str) -> None:
    """Raise :class:`InputError` naming the limit when ``text`` nests deeper than :data:`MAX_NESTING`."""
    _lex(text, name)


def _read(path: Path) -> str:
    try:
        return Path(path).read_text(errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read Verilog source {path}: {exc.strerror or exc}") from None


def _vet_includes(text: str, name: str, workdir: Path, untrusted: bool, depth: int, seen: set[Path]) -> None:
    """Follow every ``` `include``` as the preprocessor will (from the work directory only): the target must be
    a regular file inside it, and an untrusted file's includes are scanned like the file itself."""
    if depth > _MAX_INCLUDE_DEPTH:
        raise InputError(f"{name}: includes nest deeper than {_MAX_INCLUDE_DEPTH} levels (an include loop?)")
    tokens = _lex(text, name)
    root = Path(os.path.realpath(workdir))
    for i, (kind, value, line, col) in enumerate(tokens):
        if kind != TK.Directive or value != "`include":
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or nxt[0] not in (TK.StringLiteral, TK.IncludeFileName) or _unsafe_path(nxt[1].strip("<>\"")):
            continue  # the file's own scan reports these; a trusted file's is not followed
        target = Path(os.path.realpath(Path(workdir) / nxt[1].strip("<>\"")))
        if not os.path.lexists(Path(workdir) / nxt[1].strip("<>\"")):
            continue  # the preprocessor reports a missing file; nothing is read
        where = f"{name}:{line}:{col}"
        if target != root and root not in target.parents:
            raise SandboxViolation(f"{where}: `include \"{nxt[1]}\" is a link to a file outside the work directory; "
                                   "it was not run")
        try:
            mode = os.stat(target).st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode):
            raise SandboxViolation(f"{where}: `include \"{nxt[1]}\" is not a regular file; it was not run")
        if target in seen:
            continue
        seen.add(target)
        inner = _read(target)
        if untrusted:
            findings = list(scan_text(inner, str(target), workdir))
            if findings:
                raise SandboxViolation(findings[0])
        _vet_includes(inner, str(target), workdir, untrusted, depth + 1, seen)


# Macros the tools define themselves: an `ifdef on one of them selects code only that tool compiles.
_TOOL_MACROS = (frozenset({"__ICARUS__"}), frozenset({"VERILATOR", "verilator", "verilator3"}),
                frozenset({"SYNTHESIS", "YOSYS"}))
_MAX_COMBINED = 5  # external `ifdef names tried in every combination (2**5 preprocessor runs at most)


def _external_conditionals(texts: Sequence[tuple[str, str]]) -> list[str]:
    """Names that `ifdef/`ifndef/`elsif test but no source defines: a tool or a -D flag may define them."""
    tested: set[str] = set()
    defined: set[str] = set()
    for name, text in texts:
        tokens = _lex(text, name)
        for i, (kind, value, _, _) in enumerate(tokens[:-1]):
            if kind == TK.Directive and value in ("`ifdef", "`ifndef", "`elsif", "`define"):
                nxt = tokens[i + 1]
                if nxt[0] == TK.Identifier:
                    (defined if value == "`define" else tested).add(nxt[1])
    return sorted(tested - defined)


def _expanded_findings(sources: list[tuple[Path, str]], untrusted: set[Path], workdir: Path,
                       included: Sequence[tuple[str, str]] = ()) -> Iterator[str]:
    """Findings in the preprocessed token stream of ``sources`` compiled together, for every set of
    externally defined macros that can change which code the compiler sees."""
    external = _external_conditionals([(str(p), t) for p, t in sources] + list(included))
    if len(external) <= _MAX_COMBINED:
        profiles = [frozenset(c) for r in range(len(external) + 1) for c in itertools.combinations(external, r)]
    else:
        profiles = [frozenset(), frozenset(external)] + [frozenset(external) & tool for tool in _TOOL_MACROS]
    seen: set[str] = set()
    for defines in dict.fromkeys(profiles):
        for finding in _expanded_once(sources, untrusted, workdir, defines):
            if finding not in seen:
                seen.add(finding)
                yield finding


def _expanded_once(sources: list[tuple[Path, str]], untrusted: set[Path], workdir: Path,
                   defines: frozenset[str]) -> Iterator[str]:
    sm = pyslang.SourceManager()
    sm.setDisableLocalIncludes(True)  # quoted includes resolve in the work directory only, as vetted
    sm.addUserDirectories(str(Path(workdir).resolve()))
    buffers = [sm.assignText(str(p), text) for p, text in sources]
    owners = {b.id: p for b, (p, _) in zip(buffers, sources)}
    names = ", ".join(str(p) for p, _ in sources)
    too_deep = InputError(f"{names}: after macro expansion the source nests deeper than the parser can follow "
                          f"(keep nesting under {MAX_NESTING} levels); nothing was run")
    options = parsing.PreprocessorOptions()
    options.predefines = [f"{name}=1" for name in sorted(defines)]
    try:
        tree = syntax.SyntaxTree.fromBuffers(buffers, sm, pyslang.Bag([options]))
    except RuntimeError:
        raise too_deep from None
    if any(str(d.code) == "DiagCode(ParseTreeTooDeep)" for d in tree.diagnostics):
        raise too_deep  # the tree was cut short: what lies past the cut was never checked

    def owner(loc: object) -> Path | None:
        buf = loc.buffer  # type: ignore[attr-defined]
        for _ in range(_MAX_INCLUDE_DEPTH + 2):
            if buf in owners:
                return owners[buf]
            parent = sm.getIncludedFrom(buf)
            if parent.buffer == buf or not sm.isFileLoc(parent):
                return None
            buf = parent.buffer
        return None

    tables: dict[object, _LineTable] = {}
    tokens: list[_Token] = []
    wheres: list[str] = []
    flagged: list[bool] = []
    for tok in _tree_tokens(tree.root):
        shown = sm.getFullyExpandedLoc(tok.location)
        origin = sm.getFullyOriginalLoc(tok.location)
        if shown.buffer not in tables:
            tables[shown.buffer] = _LineTable(sm.getSourceText(shown.buffer))
        line, col = tables[shown.buffer].at(shown.offset)
        tokens.append((tok.kind, tok.valueText, line, col))
        name = str(sm.getFullPath(shown.buffer)) or str(owner(shown) or "source")
        macro = " (after macro expansion)" if sm.isMacroLoc(tok.location) else ""
        wheres.append(f"{name}:{line}:{col}{macro}")
        flagged.append(owner(shown) in untrusted or owner(origin) in untrusted)
    for i in range(len(tokens)):
        if flagged[i]:
            yield from _check_token(tokens, i, wheres[i])


def _tree_tokens(root: object) -> Iterator[parsing.Token]:
    """Every token of a syntax tree in source order (an explicit stack: trees can be deep)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, parsing.Token):
            yield node
            continue
        try:
            n = len(node)  # type: ignore[arg-type]
        except TypeError:
            continue
        for i in range(n - 1, -1, -1):
            child = node[i]  # type: ignore[index]
            if child is not None:
                stack.append(child)


def has_include(text: str) -> bool:
    """True when ``text`` has an ``` `include``` directive (outside comments and strings)."""
    return any(kind == TK.Directive and value == "`include" for kind, value, _, _ in _lex(text, "source"))


def _lex(text: str, name: str) -> list[_Token]:
    """Raw tokens without preprocessing: (kind, value text, line, column); trivia (comments) dropped."""
    sm = pyslang.SourceManager()
    buf = sm.assignText(name, text)
    lexer = parsing.Lexer(buf, pyslang.BumpAllocator(), pyslang.Diagnostics(), sm)
    lines = _LineTable(text)
    out: list[_Token] = []
    depth = 0
    while True:
        tok = lexer.lex()
        kind = tok.kind
        if kind == TK.EndOfFile:
            return out
        line, col = lines.at(tok.location.offset)
        if kind in _OPENERS:
            depth += 1
            if depth > MAX_NESTING:  # stop here: the rest is never read, by us or by a parser
                raise InputError(f"{name}:{line}:{col}: the source nests more than {MAX_NESTING} levels deep "
                                 "(parentheses, brackets, braces, begin/fork blocks); nothing was run (flatten it)")
        elif kind in _CLOSERS and depth > 0:
            depth -= 1
        out.append((kind, tok.valueText if kind != TK.Directive else tok.rawText, line, col))


class _LineTable:
    """Line and column of a byte offset in linear total time (the source manager's column lookup
    scans back to the line start, which is quadratic on one very long line)."""

    def __init__(self, text: str) -> None:
        data = text.encode("utf-8", errors="surrogateescape")
        self.starts = [0] + [i + 1 for i, b in enumerate(data) if b == 10]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _unsafe_path(name: str) -> str | None:
    """Why ``name`` may leave the work directory, or None when it stays inside."""
    if not name:
        return "is empty"
    if "\x00" in name:
        return "contains a NUL byte"
    norm = name.replace("\\", "/")
    if norm.startswith(("/", "~")) or (len(norm) > 1 and norm[1] == ":"):
        return "is an absolute path"
    if any(part == ".." for part in PurePosixPath(norm).parts):
        return "climbs out of the work directory with '..'"
    return None


def _check_file_arg(tokens: list[_Token], i: int, where: str) -> Iterator[str]:
    task = tokens[i][1]
    # The first argument must be exactly one string literal: `( "name" ,` or `( "name" )`.
    if i + 1 >= len(tokens) or tokens[i + 1][0] != TK.OpenParenthesis:
        if task == "$dumpfile":
            return  # `$dumpfile;` uses the default dump.vcd in the work directory
        yield f"{where}: {task} without a file name argument; it was not run"
        return
    arg = tokens[i + 2] if i + 2 < len(tokens) else None
    after = tokens[i + 3] if i + 3 < len(tokens) else None
    if arg is None or arg[0] != TK.StringLiteral or after is None or after[0] not in (TK.Comma, TK.CloseParenthesis):
        yield (f"{where}: {task} takes its file name from an expression the guard cannot check; "
               f"it was not run (write the name as a plain string literal such as \"data.hex\")")
        return
    why = _unsafe_path(arg[1])
    if why:
        yield (f"{where}: {task}(\"{arg[1]}\") file name {why}; it was not run "
               f"(use a plain relative name inside the work directory)")


def _check_include(tokens: list[_Token], i: int, where: str, workdir: Path) -> Iterator[str]:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt[0] not in (TK.StringLiteral, TK.IncludeFileName):
        yield (f"{where}: `include of something other than a quoted file name (a macro, <...>) cannot be checked; "
               "it was not run (include a quoted file name)")
        return
    name = nxt[1].strip("<>\"")
    if nxt[0] == TK.IncludeFileName and nxt[1].startswith("<"):
        yield f"{where}: `include <{name}> searches system directories; it was not run (include a quoted file name)"
        return
    why = _unsafe_path(name)
    if why:
        yield f"{where}: `include \"{name}\" {why}; it was not run (copy the file into the work directory)"
        return
    target = Path(workdir) / name
    if target.exists() or target.is_symlink():
        real = Path(os.path.realpath(target))
        root = Path(os.path.realpath(workdir))
        if real != root and root not in real.parents:
            yield f"{where}: `include \"{name}\" is a link to a file outside the work directory; it was not run"
