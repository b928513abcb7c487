"""pyslang: parse and elaborate Verilog/SystemVerilog in-process (well under a millisecond per module).

Gives diagnostics as ``file:line:col``, each module's ports and parameters, and a
*statement index*: every assignment, condition, case label and event control with its
line range, the signals it writes and reads, and the conditions that control it. The
index answers "which lines drive this signal" for feedback and fault localisation.

Sources go through the static guard first: pyslang's preprocessor would otherwise open
any file an ``` `include``` names.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyslang
from pyslang import ast, parsing, syntax

from chipsmith.core.errors import InputError
from chipsmith.tools.guard.verilog import MAX_NESTING, check_nesting, check_sources
from chipsmith.tools.runner import Diagnostic, ToolResult

SK = syntax.SyntaxKind
TK = parsing.TokenKind

_SEVERITY = {pyslang.DiagnosticSeverity.Error: "error", pyslang.DiagnosticSeverity.Fatal: "error",
             pyslang.DiagnosticSeverity.Warning: "warning"}


@dataclass
class Port:
    name: str
    direction: str  # "input" | "output" | "inout"
    type: str  # as slang prints it, e.g. "logic[7:0]"
    width: int


@dataclass
class ModuleInfo:
    name: str
    file: str
    line: int
    ports: list[Port] = field(default_factory=list)
    parameters: dict[str, str] = field(default_factory=dict)

    def outputs(self) -> list[Port]:
        return [p for p in self.ports if p.direction == "output"]

    def inputs(self) -> list[Port]:
        return [p for p in self.ports if p.direction == "input"]


@dataclass
class Unit:
    """One statement-like piece of RTL: what it writes, what it reads, what controls it."""

    index: int
    kind: str  # assign | decl | blocking | nonblocking | if | case | label | event | loop | instance
    file: str
    line: int
    end_line: int
    text: str
    writes: frozenset[str]
    reads: frozenset[str]
    controls: tuple[int, ...] = ()  # indices of the enclosing if/case/label/event units, outermost first
    block: int = -1  # index of the procedural block's event/header unit, -1 for module items
    process: str = ""  # "assign" | "always" | "always_ff" | "always_comb" | "always_latch" | "initial" | "final"
    offset: int = -1  # character offsets of the statement in the source, for instrumentation
    end_offset: int = -1


@dataclass
class ModuleIndex:
    """The statement index of one module."""

    module: str
    file: str
    units: list[Unit]
    body_offset: int = -1  # just after the module header's ';': where declarations may be inserted

    def drivers(self, signal: str) -> list[Unit]:
        """Units that assign ``signal`` (continuous assigns, declarations, procedural assignments)."""
        return [u for u in self.units if signal in u.writes]

    def driver_lines(self, signal: str) -> list[Unit]:
        """The drivers of ``signal`` plus the conditions that control them, in source order."""
        seen: dict[int, Unit] = {}
        for unit in self.drivers(signal):
            seen[unit.index] = unit
            for c in unit.controls:
                seen[c] = self.units[c]
        return sorted(seen.values(), key=lambda u: (u.line, u.index))

    def signals(self) -> set[str]:
        return {s for u in self.units for s in u.writes}


class Slang:
    """The pyslang front end as a tool: ``lint``, ``modules`` and ``index``."""

    name = "pyslang"

    def __init__(self, *, guard_workdir: Path | None = None) -> None:
        self.guard_workdir = guard_workdir

    def _trees(self, paths: Sequence[Path]) -> list[syntax.SyntaxTree]:
        paths = [Path(p) for p in paths]
        check_sources(paths, self.guard_workdir or paths[0].resolve().parent)
        return [parse_file(p) for p in paths]

    def lint(self, paths: Sequence[Path], *, top: str | None = None) -> ToolResult:
        """Parse and elaborate; verdict ``ok`` / ``warnings`` / ``errors``."""
        start = time.monotonic()
        trees = self._trees(paths)
        comp = compile_trees(trees, top)
        diags = diagnostics(comp)
        errors = [d for d in diags if d.severity == "error"]
        warnings = [d for d in diags if d.severity == "warning"]
        verdict = "errors" if errors else ("warnings" if warnings else "ok")
        return ToolResult(self.name, not errors, verdict, None, diags,
                          {"errors": len(errors), "warnings": len(warnings), "seconds": round(time.monotonic() - start, 4)})

    def modules(self, paths: Sequence[Path]) -> list[ModuleInfo]:
        """Every module definition with its ports and parameters (defaults applied)."""
        comp = compile_trees(self._trees(paths), None)
        return module_infos(comp)

    def index(self, path: Path, module: str | None = None) -> ModuleIndex:
        """The statement index of ``module`` (default: the last module) in ``path``."""
        tree = self._trees([path])[0]
        return index_tree(tree, str(path), module)


def parse_text(text: str, name: str = "design.sv") -> syntax.SyntaxTree:
    """The syntax tree of ``text``: an :class:`InputError` naming the limit, never a crash, for source
    nested too deeply for the parser (pyslang raises a bare RuntimeError somewhere past 1,000 levels)."""
    check_nesting(text, name)
    try:
        return syntax.SyntaxTree.fromText(text, name)
    except RuntimeError:
        raise _too_deep(name) from None


def parse_file(path: Path) -> syntax.SyntaxTree:
    """:func:`parse_text` for a file (its includes resolve next to it)."""
    try:
        text = Path(path).read_text(errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read Verilog source {path}: {exc.strerror or exc}") from None
    check_nesting(text, str(path))
    try:
        return syntax.SyntaxTree.fromFile(str(path))
    except RuntimeError:
        raise _too_deep(str(path)) from None


def _too_deep(name: str) -> InputError:
    return InputError(f"{name}: the source nests deeper than the parser can follow (after macro expansion); "
                      f"keep nesting under {MAX_NESTING} levels")


def compile_trees(trees: Sequence[syntax.SyntaxTree], top: str | None) -> ast.Compilation:
    if top:
        opts = ast.CompilationOptions()
        opts.topModules = {top}
        bag = pyslang.Bag([opts])
        comp = ast.Compilation(bag)
    else:
        comp = ast.Compilation()
    for tree in trees:
        comp.addSyntaxTree(tree)
    return comp


def diagnostics(comp: ast.Compilation) -> list[Diagnostic]:
    """All parse and elaboration diagnostics as chipsmith Diagnostics (notes dropped)."""
    sm = comp.sourceManager
    engine = pyslang.DiagnosticEngine(sm)
    out: list[Diagnostic] = []
    for d in comp.getAllDiagnostics():
        sev = _SEVERITY.get(engine.getSeverity(d.code, d.location))
        if sev is None:
            continue
        loc = d.location
        name = str(sm.getFileName(loc))
        if not os.path.isabs(name) and os.path.exists(name):  # slang names files relative to the cwd
            name = os.path.abspath(name)
        out.append(Diagnostic("pyslang", sev, engine.formatMessage(d), file=name,
                              line=sm.getLineNumber(loc), col=sm.getColumnNumber(loc),
                              code=str(d.code).removeprefix("DiagCode(").removesuffix(")")))
    return out


def module_infos(comp: ast.Compilation) -> list[ModuleInfo]:
    """Ports and parameters of every module reachable from the top instances (each name once)."""
    sm = comp.sourceManager
    infos: dict[str, ModuleInfo] = {}
    stack = list(comp.getRoot().topInstances)
    while stack:
        inst = stack.pop(0)
        body = inst.body
        defn = body.definition
        if defn.name in infos:
            continue
        info = ModuleInfo(defn.name, str(sm.getFileName(defn.location)), sm.getLineNumber(defn.location))
        for port in body.portList:
            if port.kind != ast.SymbolKind.Port:
                continue
            direction = {"In": "input", "Out": "output", "InOut": "inout"}.get(str(port.direction).split(".")[-1], "ref")
            info.ports.append(Port(port.name, direction, str(port.type), int(port.type.bitWidth)))
        for member in body:
            if member.kind == ast.SymbolKind.Parameter:
                info.parameters[member.name] = str(member.value)
            elif member.kind == ast.SymbolKind.Instance:
                stack.append(member)
        infos[defn.name] = info
    return list(infos.values())


# -- the statement index ----------------------------------------------------------------------------


def syntax_children(node: object) -> Iterator[object]:
    try:
        n = len(node)  # type: ignore[arg-type]
    except TypeError:
        return
    for i in range(n):
        child = node[i]  # type: ignore[index]
        if child is not None:
            yield child


def identifiers(node: object) -> set[str]:
    """Names of the signals an expression refers to (not system names, not member names)."""
    out: set[str] = set()
    if node is None:
        return out
    if isinstance(node, parsing.Token):
        return out
    if isinstance(node, list):
        for item in node:
            out |= identifiers(item)
        return out
    kind = getattr(node, "kind", None)
    if kind in (SK.IdentifierName, SK.IdentifierSelectName):
        out.add(node.identifier.valueText)  # type: ignore[attr-defined]
        if kind == SK.IdentifierSelectName:
            for sel in syntax_children(node.selectors):  # type: ignore[attr-defined]
                out |= identifiers(sel)
        return out
    if kind == SK.ScopedName:  # pkg::name or a.b: the leftmost name is the signal
        out |= identifiers(node.left)  # type: ignore[attr-defined]
        return out
    if kind in (SK.SystemName,):
        return out
    for child in syntax_children(node):
        out |= identifiers(child)
    return out


def _lhs_split(node: object) -> tuple[set[str], set[str]]:
    """(written base names, names read in index expressions) of an assignment's left side."""
    kind = getattr(node, "kind", None)
    if kind == SK.IdentifierName:
        return {node.identifier.valueText}, set()  # type: ignore[attr-defined]
    if kind == SK.IdentifierSelectName:
        reads: set[str] = set()
        for sel in syntax_children(node.selectors):  # type: ignore[attr-defined]
            reads |= identifiers(sel)
        return {node.identifier.valueText}, reads  # type: ignore[attr-defined]
    if kind == SK.ElementSelectExpression:
        w, r = _lhs_split(node.left)  # type: ignore[attr-defined]
        return w, r | identifiers(node.select)  # type: ignore[attr-defined]
    if kind in (SK.ConcatenationExpression, SK.ParenthesizedExpression):
        writes: set[str] = set()
        reads = set()
        for child in syntax_children(node):
            if not isinstance(child, parsing.Token):
                w, r = _lhs_split(child)
                writes |= w
                reads |= r
        return writes, reads
    return identifiers(node), set()


_ASSIGN_KINDS = {SK.AssignmentExpression, SK.NonblockingAssignmentExpression, SK.AddAssignmentExpression,
                 SK.SubtractAssignmentExpression, SK.MultiplyAssignmentExpression, SK.DivideAssignmentExpression,
                 SK.ModAssignmentExpression, SK.AndAssignmentExpression, SK.OrAssignmentExpression,
                 SK.XorAssignmentExpression, SK.LogicalLeftShiftAssignmentExpression,
                 SK.LogicalRightShiftAssignmentExpression, SK.ArithmeticLeftShiftAssignmentExpression,
                 SK.ArithmeticRightShiftAssignmentExpression}
_INC_DEC = {SK.UnaryPreincrementExpression, SK.UnaryPredecrementExpression, SK.PostincrementExpression,
            SK.PostdecrementExpression}


class _Indexer:
    def __init__(self, tree: syntax.SyntaxTree, file: str, source: str) -> None:
        self.sm = tree.sourceManager
        self.file = file
        self.source = source  # the exact buffer text: syntax offsets index into it
        self.units: list[Unit] = []

    def _lines(self, node: object) -> tuple[int, int]:
        if isinstance(node, list):  # case labels come as a Python list of expressions
            items = [n for n in node if not isinstance(n, parsing.Token)] or node
            return self._lines(items[0])[0], self._lines(items[-1])[1]
        if isinstance(node, parsing.Token):
            line = self.sm.getLineNumber(node.location)
            return line, line
        rng = node.sourceRange  # type: ignore[attr-defined]
        first = node.getFirstToken()  # type: ignore[attr-defined]
        start = self.sm.getLineNumber(first.location) if first is not None else self.sm.getLineNumber(rng.start)
        end = self.sm.getLineNumber(rng.end)
        return start, max(start, end)

    def add(self, kind: str, node: object, writes: set[str], reads: set[str], controls: tuple[int, ...],
            block: int, process: str, text: str | None = None) -> int:
        line, end = self._lines(node)
        idx = len(self.units)
        start_off, end_off = -1, -1
        if not isinstance(node, (list, parsing.Token)):
            first = node.getFirstToken()  # type: ignore[attr-defined]
            start_off = first.location.offset if first is not None else node.sourceRange.start.offset  # type: ignore[attr-defined]
            end_off = node.sourceRange.end.offset  # type: ignore[attr-defined]
        if text is None:
            text = self.source[start_off:end_off] if 0 <= start_off < end_off <= len(self.source) else str(node)
        elif text.lstrip().startswith(("//", "/*")) and start_off >= 0:  # leading comments are trivia, not code
            text = self.source[start_off:].split("\n", 1)[0]
        self.units.append(Unit(idx, kind, self.file, line, end, text.strip(),
                               frozenset(writes), frozenset(reads), controls, block, process, start_off, end_off))
        return idx

    # module items
    def members(self, members: object) -> None:
        for m in syntax_children(members):
            self.member(m)

    def member(self, m: object) -> None:
        kind = getattr(m, "kind", None)
        if kind == SK.ContinuousAssign:
            for a in syntax_children(m.assignments):  # type: ignore[attr-defined]
                if getattr(a, "kind", None) in _ASSIGN_KINDS:
                    w, r = _lhs_split(a.left)  # type: ignore[attr-defined]
                    self.add("assign", a, w, r | identifiers(a.right), (), -1, "assign",  # type: ignore[attr-defined]
                             text=str(m))
        elif kind in (SK.NetDeclaration, SK.DataDeclaration):
            for d in syntax_children(m.declarators):  # type: ignore[attr-defined]
                if getattr(d, "kind", None) == SK.Declarator and d.initializer is not None:  # type: ignore[attr-defined]
                    self.add("decl", m, {d.name.valueText}, identifiers(d.initializer.expr), (), -1, "assign")  # type: ignore[attr-defined]
        elif kind in (SK.AlwaysBlock, SK.AlwaysCombBlock, SK.AlwaysFFBlock, SK.AlwaysLatchBlock, SK.InitialBlock,
                      SK.FinalBlock):
            process = {SK.AlwaysBlock: "always", SK.AlwaysCombBlock: "always_comb", SK.AlwaysFFBlock: "always_ff",
                       SK.AlwaysLatchBlock: "always_latch", SK.InitialBlock: "initial", SK.FinalBlock: "final"}[kind]
            head = self.add("event", m, set(), set(), (), -1, process,
                            text=str(m).strip().splitlines()[0] if str(m).strip() else process)
            self.units[head].block = head
            self.units[head].end_line = self.units[head].line  # the header line, not the whole block
            self.statement(m.statement, (head,), head, process)  # type: ignore[attr-defined]
        elif kind == SK.HierarchyInstantiation:
            names: set[str] = set()
            for inst in syntax_children(m.instances):  # type: ignore[attr-defined]
                if getattr(inst, "kind", None) == SK.HierarchicalInstance:
                    for conn in syntax_children(inst.connections):  # type: ignore[attr-defined]
                        if getattr(conn, "kind", None) == SK.NamedPortConnection:
                            names |= identifiers(conn.expr)  # type: ignore[attr-defined]
                            if conn.expr is None and conn.openParen is None:  # type: ignore[attr-defined]
                                names.add(conn.name.valueText)  # type: ignore[attr-defined]
                        elif getattr(conn, "kind", None) is not None:
                            names |= identifiers(conn)
            # Port directions of another module are not known here: the instance may drive any of them.
            self.add("instance", m, names, names, (), -1, "instance")
        elif kind in (SK.GenerateRegion, SK.GenerateBlock):
            self.members(m.members)  # type: ignore[attr-defined]
        elif kind == SK.LoopGenerate:
            self.member(m.block)  # type: ignore[attr-defined]
        elif kind == SK.IfGenerate:
            self.member(m.block)  # type: ignore[attr-defined]
            if m.elseClause is not None:  # type: ignore[attr-defined]
                self.member(m.elseClause.clause)  # type: ignore[attr-defined]
        elif kind == SK.CaseGenerate:
            for item in syntax_children(m.items):  # type: ignore[attr-defined]
                clause = getattr(item, "clause", None)
                if clause is not None:
                    self.member(clause)

    # procedural statements
    def statement(self, s: object, controls: tuple[int, ...], block: int, process: str) -> None:
        kind = getattr(s, "kind", None)
        if s is None or kind is None:
            return
        if kind == SK.TimingControlStatement:
            ev = self.add("event", s.timingControl, set(), identifiers(s.timingControl), controls, block, process)  # type: ignore[attr-defined]
            if block >= 0 and self.units[block].line == self.units[ev].line:
                # `always @(posedge clk)` on one line: the header unit carries the event's reads
                self.units.pop()
                u = self.units[block]
                self.units[block] = Unit(u.index, u.kind, u.file, u.line, u.end_line, u.text, u.writes,
                                         frozenset(identifiers(s.timingControl)), u.controls, u.block, u.process)  # type: ignore[attr-defined]
                ev = block
            self.statement(s.statement, controls if ev in controls else controls + (ev,), block, process)  # type: ignore[attr-defined]
        elif kind in (SK.SequentialBlockStatement, SK.ParallelBlockStatement):
            for item in syntax_children(s.items):  # type: ignore[attr-defined]
                if getattr(item, "kind", None) in (SK.DataDeclaration,):
                    continue
                self.statement(item, controls, block, process)
        elif kind == SK.ConditionalStatement:
            cond = self.add("if", s.predicate, set(), identifiers(s.predicate), controls, block, process,  # type: ignore[attr-defined]
                            text=f"if ({str(s.predicate).strip()})")  # type: ignore[attr-defined]
            self.statement(s.statement, controls + (cond,), block, process)  # type: ignore[attr-defined]
            if s.elseClause is not None:  # type: ignore[attr-defined]
                self.statement(s.elseClause.clause, controls + (cond,), block, process)  # type: ignore[attr-defined]
        elif kind == SK.CaseStatement:
            sel = self.add("case", s.expr, set(), identifiers(s.expr), controls, block, process,  # type: ignore[attr-defined]
                           text=f"{s.caseKeyword.rawText} ({str(s.expr).strip()})")  # type: ignore[attr-defined]
            for item in syntax_children(s.items):  # type: ignore[attr-defined]
                ik = getattr(item, "kind", None)
                if ik == SK.StandardCaseItem:
                    lab = self.add("label", item.expressions, set(), identifiers(item.expressions),  # type: ignore[attr-defined]
                                   controls + (sel,), block, process, text=", ".join(str(e).strip() for e in item.expressions) + ":")  # type: ignore[attr-defined]
                    self.statement(item.clause, controls + (sel, lab), block, process)  # type: ignore[attr-defined]
                elif ik == SK.DefaultCaseItem:
                    self.statement(item.clause, controls + (sel,), block, process)  # type: ignore[attr-defined]
        elif kind in (SK.ForLoopStatement, SK.ForeachLoopStatement, SK.LoopStatement, SK.DoWhileStatement,
                      SK.ForeverStatement):
            header_reads: set[str] = set()
            for child in syntax_children(s):
                ck = getattr(child, "kind", None)
                if ck is not None and not isinstance(child, parsing.Token) and child is not getattr(s, "statement", None):
                    header_reads |= identifiers(child)
            loop = self.add("loop", s, set(), header_reads, controls, block, process,
                            text=str(s).strip().splitlines()[0])
            self.statement(s.statement, controls + (loop,), block, process)  # type: ignore[attr-defined]
        elif kind == SK.ExpressionStatement:
            e = s.expr  # type: ignore[attr-defined]
            ek = getattr(e, "kind", None)
            if ek in _ASSIGN_KINDS:
                w, r = _lhs_split(e.left)
                r |= identifiers(e.right)
                if ek != SK.AssignmentExpression and ek != SK.NonblockingAssignmentExpression:
                    r |= w  # x += y reads x
                self.add("nonblocking" if ek == SK.NonblockingAssignmentExpression else "blocking", s, w, r,
                         controls, block, process)
            elif ek in _INC_DEC:
                names = identifiers(e)
                self.add("blocking", s, names, names, controls, block, process)
            else:
                self.add("call", s, set(), identifiers(e), controls, block, process)
        elif kind == SK.ProceduralAssignStatement:
            w, r = _lhs_split(s.expr.left) if getattr(s.expr, "kind", None) in _ASSIGN_KINDS else (set(), set())  # type: ignore[attr-defined, operator]
            self.add("blocking", s, w, r | identifiers(getattr(s.expr, "right", None)), controls, block, process)  # type: ignore[attr-defined]


def index_tree(tree: syntax.SyntaxTree, file: str, module: str | None = None, source: str | None = None) -> ModuleIndex:
    """Index the module named ``module`` (default: the last module in the file)."""
    root = tree.root
    tops = [root] if root.kind == SK.ModuleDeclaration else list(syntax_children(root.members))  # type: ignore[attr-defined]
    mods = [m for m in tops if getattr(m, "kind", None) == SK.ModuleDeclaration]
    if not mods:
        return ModuleIndex(module or "", file, [])
    chosen = next((m for m in mods if m.header.name.valueText == module), None) if module else mods[-1]  # type: ignore[attr-defined]
    if chosen is None:
        return ModuleIndex(module or "", file, [])
    ix = _Indexer(tree, file, source if source is not None else Path(file).read_text())
    # Non-ANSI and ANSI port declarations with initialisers are plain members; both are covered by members().
    ix.members(chosen.members)  # type: ignore[attr-defined]
    semi = chosen.header.semi  # type: ignore[attr-defined]
    return ModuleIndex(chosen.header.name.valueText, file, ix.units,  # type: ignore[attr-defined]
                       semi.location.offset + 1 if semi is not None and not semi.isMissing else -1)


def index_text(text: str, name: str = "design.sv", module: str | None = None) -> ModuleIndex:
    """Index Verilog given as text (already guarded by the caller)."""
    return index_tree(parse_text(text, name), name, module, text)
