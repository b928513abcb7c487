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
The source is read with pyslang's lexer, *without* the preprocessor (which would open the
included files), so comments and strings cannot hide or fake a call.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from typing import Iterator, Sequence

import pyslang
from pyslang import parsing

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


def check_sources(paths: Sequence[Path], workdir: Path) -> None:
    """Raise :class:`SandboxViolation` (file:line:col, finding, what to do) for the first unsafe construct."""
    for path in paths:
        path = Path(path)
        try:
            text = path.read_text(errors="replace")
        except OSError as exc:
            raise InputError(f"cannot read Verilog source {path}: {exc.strerror or exc}") from None
        findings = list(scan_text(text, str(path), Path(workdir)))
        if findings:
            raise SandboxViolation(findings[0])


def scan_text(text: str, name: str, workdir: Path) -> Iterator[str]:
    """Every finding in ``text`` as ``name:line:col: finding``, in source order."""
    tokens = _lex(text, name)
    for i, (kind, value, line, col) in enumerate(tokens):
        where = f"{name}:{line}:{col}"
        if kind == TK.Directive:
            if value in _FORBIDDEN_DIRECTIVES:
                yield f"{where}: {value} {_FORBIDDEN_DIRECTIVES[value]}; it was not run (remove it)"
            elif value == "`include":
                yield from _check_include(tokens, i, where, workdir)
        elif kind == TK.SystemIdentifier:
            reason = _FORBIDDEN.get(value) or next((r for p, r in _FORBIDDEN_PATTERNS if p.match(value)), None)
            if reason:
                yield f"{where}: {value} {reason}; it was not run (remove the call)"
            elif value in _FILE_TASKS:
                yield from _check_file_arg(tokens, i, where)
        elif kind in (TK.ImportKeyword, TK.ExportKeyword):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt[0] == TK.StringLiteral and nxt[1].upper().startswith("DPI"):
                yield f"{where}: DPI {value} \"{nxt[1]}\" links host C functions; it was not run (use plain Verilog)"


def has_include(text: str) -> bool:
    """True when ``text`` has an ``` `include``` directive (outside comments and strings)."""
    return any(kind == TK.Directive and value == "`include" for kind, value, _, _ in _lex(text, "source"))


def _lex(text: str, name: str) -> list[tuple[object, str, int, int]]:
    """Raw tokens without preprocessing: (kind, value text, line, column); trivia (comments) dropped."""
    sm = pyslang.SourceManager()
    buf = sm.assignText(name, text)
    lexer = parsing.Lexer(buf, pyslang.BumpAllocator(), pyslang.Diagnostics(), sm)
    out: list[tuple[object, str, int, int]] = []
    while True:
        tok = lexer.lex()
        if tok.kind == TK.EndOfFile:
            return out
        out.append((tok.kind, tok.valueText if tok.kind != TK.Directive else tok.rawText,
                    sm.getLineNumber(tok.location), sm.getColumnNumber(tok.location)))


def _unsafe_path(name: str) -> str | None:
    """Why ``name`` may leave the work directory, or None when it stays inside."""
    if not name:
        return "is empty"
    if "\x00" in name:
        return "contains a NUL byte"
    norm = name.replace("\\", "/")
    if norm.startswith("/") or norm.startswith("~") or (len(norm) > 1 and norm[1] == ":"):
        return "is an absolute path"
    if any(part == ".." for part in PurePosixPath(norm).parts):
        return "climbs out of the work directory with '..'"
    return None


def _check_file_arg(tokens: list[tuple[object, str, int, int]], i: int, where: str) -> Iterator[str]:
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


def _check_include(tokens: list[tuple[object, str, int, int]], i: int, where: str, workdir: Path) -> Iterator[str]:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt[0] not in (TK.StringLiteral, TK.IncludeFileName):
        yield f"{where}: `include of something other than a quoted file name (a macro, <...>) cannot be checked; it was not run (include a quoted file name)"
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
