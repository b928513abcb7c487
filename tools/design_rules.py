"""What a design under test may not do, checked on its source before any simulation.

A design is judged by a bench that shares its simulator, its output stream and its
compilation. Every way a design can reach the bench instead of answering it is refused
here, with a named verdict and the line (``design prints to the simulator output: line 7
($display)``), never a pass and never a crash. :data:`RULES` is the one list of rules.

Two readings of the source, so neither macros nor ``` `ifdef``` can hide a construct:

- the raw tokens (pyslang's lexer, no preprocessing): every system name anywhere, also in
  macro bodies and in branches a macro would switch off, and every compiler directive;
- the syntax tree (preprocessed, so ```define P $display`` then ``P(...)`` is a ``$display``)
  and the design elaborated alone: force/release, hierarchical names and subroutine calls that
  resolve nowhere inside the design (``tb.good1.q``, ``$root.tb``, a bench task called by its
  simple name), ``bind``, ``config``, module names shared with the bench or the reference,
  instances of the bench's or the reference's modules.

System tasks and functions are allowed from a list (:data:`ALLOWED_SYSTEM`) of those that
compute a value; anything else is refused, so a task this module has never heard of cannot
slip through.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

import pyslang
from pyslang import ast, parsing, syntax

from chipsmith.tools.guard.verilog import check_nesting

SK = syntax.SyntaxKind
TK = parsing.TokenKind

# rule -> the sentence a verdict starts with. One place; docs and tests read it from here.
RULES: dict[str, str] = {
    "prints": "design prints to the simulator output",
    "ends-simulation": "design ends or pauses the simulation",
    "reads-arguments": "design reads the simulator's command line",
    "files": "design opens or reads files",
    "waveform": "design changes the bench's waveform dump or time format",
    "random-stream": "design draws from the simulation's shared random-number stream",
    "system-task": "design calls a system task that a design under test may not use",
    "force": "design forces, releases or deposits a value",
    "hierarchical": "design reaches outside its own modules",
    "timescale": "design sets `timescale, which changes the time unit of files compiled after it",
    "directive": "design carries a compiler directive that leaks into the bench",
    "define-leak": "design defines a macro that stays defined into the bench",
    "include": "design includes another file",
    "bind": "design binds into or reconfigures other modules",
    "name-collision": "design defines a module that the bench or the reference also defines",
    "foreign-module": "design instantiates a module of the bench or the reference",
}

_PRINTS = {"$display", "$displayb", "$displayh", "$displayo", "$write", "$writeb", "$writeh", "$writeo",
           "$strobe", "$strobeb", "$strobeh", "$strobeo", "$monitor", "$monitorb", "$monitorh", "$monitoro",
           "$monitoron", "$monitoroff", "$fdisplay", "$fdisplayb", "$fdisplayh", "$fdisplayo", "$fwrite",
           "$fwriteb", "$fwriteh", "$fwriteo", "$fstrobe", "$fstrobeb", "$fstrobeh", "$fstrobeo", "$fmonitor",
           "$fmonitorb", "$fmonitorh", "$fmonitoro", "$info", "$warning", "$error", "$print", "$printtimescale",
           "$showvars", "$showscopes", "$list", "$fputc", "$ungetc", "$system"}
_ENDS = {"$finish", "$stop", "$exit", "$fatal", "$finish_and_return"}
_ARGUMENTS = {"$value$plusargs", "$test$plusargs"}
_FILES = {"$fopen", "$fclose", "$fgets", "$fgetc", "$fscanf", "$fread", "$feof", "$ferror", "$fseek", "$ftell",
          "$rewind", "$fflush", "$readmempath", "$writememh", "$writememb", "$sdf_annotate"}
_WAVEFORM = {"$dumpfile", "$dumpvars", "$dumpon", "$dumpoff", "$dumpall", "$dumplimit", "$dumpflush",
             "$timeformat"}
_RANDOM = {"$random", "$urandom", "$urandom_range", "$srandom", "$dist_uniform", "$dist_normal",
           "$dist_exponential", "$dist_poisson", "$dist_chi_square", "$dist_t", "$dist_erlang"}
_FORCE = {"$deposit", "$force", "$release"}

# System functions that only compute a value from their arguments (or read the time).
ALLOWED_SYSTEM = frozenset({
    "$bits", "$clog2", "$signed", "$unsigned", "$size", "$high", "$low", "$left", "$right", "$increment",
    "$dimensions", "$unpacked_dimensions", "$countones", "$countbits", "$onehot", "$onehot0", "$isunknown",
    "$rtoi", "$itor", "$realtobits", "$bitstoreal", "$shortrealtobits", "$bitstoshortreal", "$cast",
    "$typename", "$isunbounded", "$ln", "$log10", "$exp", "$sqrt", "$pow", "$floor", "$ceil", "$sin", "$cos",
    "$tan", "$asin", "$acos", "$atan", "$atan2", "$hypot", "$sinh", "$cosh", "$tanh", "$asinh", "$acosh",
    "$atanh", "$time", "$stime", "$realtime", "$sformat", "$sformatf", "$swrite", "$swriteb", "$swriteh",
    "$swriteo", "$sscanf", "$readmemh", "$readmemb", "$past", "$rose", "$fell", "$stable", "$changed",
    "$sampled", "$future_gclk", "$past_gclk", "$rose_gclk", "$fell_gclk", "$stable_gclk", "$changed_gclk",
    "$global_clock", "$inferred_clock", "$inferred_disable", "$root", "$unit",
})
_CATEGORY: list[tuple[set[str], str]] = [(_PRINTS, "prints"), (_ENDS, "ends-simulation"),
                                         (_ARGUMENTS, "reads-arguments"), (_FILES, "files"),
                                         (_WAVEFORM, "waveform"), (_RANDOM, "random-stream"), (_FORCE, "force")]

_CONDITIONALS = {"`ifdef", "`ifndef", "`elsif"}
# Directives that change how the files compiled after the design are read.
_LEAKING = {"`default_nettype", "`resetall", "`celldefine", "`endcelldefine", "`unconnected_drive",
            "`nounconnected_drive", "`line", "`pragma", "`begin_keywords", "`end_keywords", "`undefineall",
            "`default_decay_time", "`default_trireg_strength", "`delay_mode_distributed", "`delay_mode_path",
            "`delay_mode_unit", "`delay_mode_zero", "`protect", "`endprotect", "`protected", "`endprotected",
            "`uselib", "`verilator_config", "`systemc_header", "`systemc_interface", "`systemc_implementation",
            "`systemc_imp_header", "`systemc_ctor", "`systemc_dtor"}
_REACH_DIAGS = {"UndeclaredIdentifier", "CouldNotResolveHierarchicalPath", "UnknownSystemName"}


@dataclass(frozen=True)
class Violation:
    """One broken rule: which, where, and what was found."""

    rule: str
    line: int
    detail: str

    @property
    def message(self) -> str:
        return f"{RULES[self.rule]}: line {self.line} ({self.detail})"

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "line": self.line, "detail": self.detail, "message": self.message}


def system_category(name: str) -> str | None:
    """The rule a system task or function breaks in a design under test, or None when it is allowed."""
    if name in ALLOWED_SYSTEM:
        return None
    for names, rule in _CATEGORY:
        if name in names:
            return rule
    return "system-task"


def check_design(text: str, *, name: str = "design.sv", foreign_modules: Collection[str] = (),
                 followed: bool = True, next_sets_timescale: bool = False) -> list[Violation]:
    """Every rule the design ``text`` breaks, in line order (an empty list when it may be judged).

    ``foreign_modules`` are the module names the bench and the reference define: the design may
    neither define nor instantiate them. A directive can only leak into files compiled *after*
    the design: ``followed`` says whether any are, ``next_sets_timescale`` whether the next one
    sets its own `` `timescale `` before its first module (then the design's own cannot reach it).
    """
    check_nesting(text, name)
    found = list(_token_rules(text, name, followed, next_sets_timescale))
    found += list(_tree_rules(text, name, set(foreign_modules)))
    unique: dict[tuple[str, int, str], Violation] = {}
    for v in found:
        unique.setdefault((v.rule, v.line, v.detail), v)
    return sorted(unique.values(), key=lambda v: (v.line, v.rule, v.detail))


def defined_modules(text: str, name: str = "source.sv") -> list[str]:
    """Names of the modules, interfaces, programs, packages and primitives ``text`` defines."""
    tree = syntax.SyntaxTree.fromText(text, name)
    return [n for _, n, _ in _definitions(tree)]


# -- raw tokens --------------------------------------------------------------------------------------------


def _lex(text: str, name: str) -> Iterator[tuple[object, str, int]]:
    sm = pyslang.SourceManager()
    buf = sm.assignText(name, text)
    lexer = parsing.Lexer(buf, pyslang.BumpAllocator(), pyslang.Diagnostics(), sm)
    while True:
        tok = lexer.lex()
        if tok.kind == TK.EndOfFile:
            return
        yield tok.kind, (tok.rawText if tok.kind in (TK.Directive, TK.MacroUsage) else tok.valueText), \
            sm.getLineNumber(tok.location)


def sets_timescale_first(text: str, name: str = "source.sv") -> bool:
    """True when ``text`` sets `` `timescale `` before its first module (so one set before it does not reach it)."""
    for kind, value, _ in _lex(text, name):
        if kind == TK.Directive and value == "`timescale":
            return True
        if kind in (TK.ModuleKeyword, TK.MacromoduleKeyword, TK.InterfaceKeyword, TK.ProgramKeyword,
                    TK.PackageKeyword, TK.PrimitiveKeyword):
            return False
    return False


def _token_rules(text: str, name: str, followed: bool = True, next_sets_timescale: bool = False) -> Iterator[Violation]:
    tokens = list(_lex(text, name))
    defined: dict[str, int] = {}  # macro -> line of its last `define, while defined
    nettype: tuple[str, int] | None = None
    for i, (kind, value, line) in enumerate(tokens):
        nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        if kind == TK.SystemIdentifier:
            rule = system_category(value)
            if rule is not None:
                yield Violation(rule, line, value)
            continue
        if kind != TK.Directive:
            continue
        if value == "`timescale":
            if followed and not next_sets_timescale:
                yield Violation("timescale", line, "`timescale")
        elif value == "`include":
            yield Violation("include", line, f"`include {nxt}")
        elif value == "`define":
            defined[nxt] = line
        elif value == "`undef":
            defined.pop(nxt, None)
        elif value in _CONDITIONALS:
            if nxt not in defined:
                yield Violation("directive", line, f"{value} {nxt} tests a macro the design does not define, "
                                                   "so the design would compile differently next to the bench")
        elif value == "`default_nettype":
            nettype = (nxt, line)
        elif value in _LEAKING:
            if followed or value == "`line":  # `line also rewrites the design's own diagnostics
                yield Violation("directive", line, value)
        # anything else is `else/`endif or a macro's use, whose expansion the syntax tree checks
    if not followed:
        return
    for macro, line in defined.items():
        yield Violation("define-leak", line, f"`define {macro} without a matching `undef")
    if nettype is not None and nettype[0] != "wire":
        yield Violation("directive", nettype[1], f"`default_nettype {nettype[0]} is not set back to wire")


# -- the syntax tree and the design elaborated alone -------------------------------------------------------


def _children(node: object) -> Iterator[object]:
    if not isinstance(node, syntax.SyntaxNode):
        return
    for i in range(len(node)):
        child = node[i]
        if child is not None:
            yield child


def _walk(node: object) -> Iterator[Any]:
    """Every syntax node under ``node``, in source order (typed Any: a node's fields depend on its kind)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, syntax.SyntaxNode):
            yield n
            stack.extend(reversed(list(_children(n))))


_DEFINITIONS = {SK.ModuleDeclaration: "module", SK.InterfaceDeclaration: "interface",
                SK.ProgramDeclaration: "program", SK.PackageDeclaration: "package",
                SK.UdpDeclaration: "primitive"}


def _definitions(tree: syntax.SyntaxTree) -> Iterator[tuple[Any, str, str]]:
    for node in _walk(tree.root):
        what = _DEFINITIONS.get(node.kind)
        if what is None:
            continue
        ident = node.name if node.kind == SK.UdpDeclaration else node.header.name
        yield node, str(ident.valueText), what


def _first_identifier(node: Any) -> Any:
    """The leftmost name of a dotted name (``tb`` in ``tb.good1.q``)."""
    while node.kind == SK.ScopedName:
        node = node.left
    return node


def _tree_rules(text: str, name: str, foreign: set[str]) -> Iterator[Violation]:
    tree = syntax.SyntaxTree.fromText(text, name)
    sm = tree.sourceManager

    def line_of(node: syntax.SyntaxNode) -> int:
        return int(sm.getLineNumber(node.sourceRange.start))

    own: set[str] = set()
    for node, ident, what in _definitions(tree):
        own.add(ident)
        if ident in foreign:
            yield Violation("name-collision", line_of(node), f"{what} {ident}")
    reach_heads: dict[int, str] = {}  # source offset of a name that must resolve inside the design -> its text
    for node in _walk(tree.root):
        k = node.kind
        if k == SK.SystemName:
            sysname = str(node).strip()
            rule = system_category(sysname)
            if rule is not None:
                yield Violation(rule, line_of(node), sysname)
        elif k in (SK.ProceduralForceStatement, SK.ProceduralReleaseStatement):
            yield Violation("force", line_of(node), " ".join(str(node).split())[:60])
        elif k == SK.BindDirective:
            yield Violation("bind", line_of(node), " ".join(str(node).split())[:60])
        elif k == SK.ConfigDeclaration:
            yield Violation("bind", line_of(node), "config")
        elif k == SK.RootScope or (k == SK.UnitScope and isinstance(node.parent, syntax.SyntaxNode)):
            yield Violation("hierarchical", line_of(node), " ".join(str(node.parent).split())[:60])
        elif k == SK.ScopedName and node.parent is not None and node.parent.kind != SK.ScopedName \
                and str(node.separator.valueText) == ".":
            head = _first_identifier(node)
            if head is not None:
                reach_heads[head.sourceRange.start.offset] = " ".join(str(node).split())
        elif k == SK.HierarchyInstantiation:
            mod = str(node.type.valueText)
            if mod in foreign and mod not in own:
                yield Violation("foreign-module", line_of(node), f"instance of {mod}")
        elif k == SK.ExpressionStatement and node.expr.kind == SK.IdentifierName:
            reach_heads[node.expr.sourceRange.start.offset] = f"task {str(node.expr).strip()}"
        elif k == SK.InvocationExpression and node.left.kind == SK.IdentifierName:
            reach_heads[node.left.sourceRange.start.offset] = f"call of {str(node.left).strip()}"
    if reach_heads:
        comp = ast.Compilation()
        comp.addSyntaxTree(tree)
        csm = comp.sourceManager
        for diag in comp.getAllDiagnostics():
            code = str(diag.code).removeprefix("DiagCode(").removesuffix(")")
            if code in _REACH_DIAGS and diag.location.offset in reach_heads:
                yield Violation("hierarchical", int(csm.getLineNumber(diag.location)),
                                f"{reach_heads[diag.location.offset]} names nothing inside the design")


