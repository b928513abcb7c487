"""Structural Verilog netlists (as Yosys writes them): pyslang parser and emitter.

Each module becomes a subcircuit whose ports and nets are single bits (``o[1]``);
each cell or module instance becomes an X device. ``assign a = b;`` between nets
merges them (Yosys writes these aliases); any other expression is not structural and
is rejected (the agent may hand it to the model). Instances of modules defined in the
file connect in the module's port order; cells defined elsewhere (``\\$_AND_``,
standard cells) connect in the alphabetical order of their pin names, which is the
order a SPICE ``.subckt`` of a standard-cell library normally uses.
"""

from __future__ import annotations

import re
from typing import Any

import pyslang
from pyslang import syntax

from chipsmith.core.errors import InputError
from chipsmith.tools.netlist.model import Device, Item, Netlist, Rejected, SourcePos, Subckt
from chipsmith.tools.netlist.support import UnsupportedConstruct

_SIMPLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*$")
_RANGE = re.compile(r"\[\s*(\d+)\s*:\s*(\d+)\s*\]")
_CONST = re.compile(r"^(\d*)'([bBhHdD])([0-9a-fA-FxXzZ_]+)$")
_SEL = re.compile(r"^(\\\S+|[A-Za-z_][\w$]*)\s*\[\s*(\d+)\s*(?::\s*(\d+)\s*)?\]$")


def _name(tok: str) -> str:
    tok = tok.strip()
    return tok[1:] if tok.startswith("\\") else tok


class _Module:
    def __init__(self, name: str, pos: SourcePos) -> None:
        self.name = name
        self.pos = pos
        self.port_names: list[str] = []
        self.widths: dict[str, tuple[int, int]] = {}
        self.instances: list[tuple[str, str, list[tuple[str, list[str]]], bool, SourcePos]] = []
        self.aliases: list[tuple[str, str]] = []

    def bits(self, name: str) -> list[str]:
        if name in self.widths:
            msb, lsb = self.widths[name]
            step = -1 if msb >= lsb else 1
            return [f"{name}[{i}]" for i in range(msb, lsb + step, step)]
        return [name]


MAX_BRACKET_DEPTH = 256  # a structural netlist needs a handful; the parser recurses once per level


def _check_bracket_depth(text: str, file: str) -> None:
    """Refuse parentheses/braces nested deeper than MAX_BRACKET_DEPTH, with the line where the limit is passed."""
    depth = 0
    for m in re.finditer(r"[({\[]|[)}\]]", text):
        if m.group() in "({[":
            depth += 1
            if depth > MAX_BRACKET_DEPTH:
                line = text.count("\n", 0, m.start()) + 1
                raise InputError(f"{file or '<text>'}:{line}: brackets nested deeper than {MAX_BRACKET_DEPTH} levels; "
                                 "a structural Verilog netlist is expected")
        else:
            depth = max(0, depth - 1)


class VerilogParser:
    def __init__(self, *, strict: bool = True) -> None:
        self.strict = strict
        self.rejected: list[Rejected] = []
        self.file = ""

    def parse_text(self, text: str, *, file: str = "") -> Netlist:
        self.file = file
        _check_bracket_depth(text, file)
        try:
            tree = syntax.SyntaxTree.fromText(text, file or "netlist.v")
        except RuntimeError as exc:  # slang's own depth guard, raised without a location
            raise InputError(f"{file or '<text>'}:1: the Verilog parser gave up ({exc or 'nesting too deep'}); "
                             "a structural netlist nests no expressions") from None
        self.sm = tree.sourceManager
        errors = [d for d in tree.diagnostics if d.isError()]
        if errors:
            engine = pyslang.DiagnosticEngine(self.sm)
            d = errors[0]
            raise InputError(f"{file or '<text>'}:{self.sm.getLineNumber(d.location)}: {engine.formatMessage(d)} "
                             "(a structural Verilog netlist is expected)")
        modules: list[_Module] = []
        root = tree.root
        # a file with a single module parses to that module itself, not a compilation unit
        members = [root] if root.kind == syntax.SyntaxKind.ModuleDeclaration else list(root.members)  # type: ignore[attr-defined]  # a CompilationUnit; the stubs type root as SyntaxNode
        for member in members:
            if member.kind != syntax.SyntaxKind.ModuleDeclaration:
                self._reject(member, "only module declarations are expected at the top of a netlist")
                continue
            modules.append(self._module(member))
        if not modules:
            raise InputError(f"{file or '<text>'}:1: no module in the file; a structural Verilog netlist is expected")
        defined = {m.name: m for m in modules}
        items: list[Item] = [self._subckt(m, defined) for m in modules]
        return Netlist(dialect="verilog", title="", is_deck=False, items=items, source=file, case_sensitive=True,
                       rejected=self.rejected)

    def _pos(self, node: Any) -> SourcePos:
        return SourcePos(file=self.file, line=self.sm.getLineNumber(node.sourceRange.start))

    def _reject(self, node: Any, reason: str) -> None:
        pos = self._pos(node)
        msg = f"{pos}: {reason}"
        if self.strict:
            raise InputError(msg)
        self.rejected.append(Rejected(text=str(node).strip(), reason=msg, pos=pos))

    def _module(self, node: Any) -> _Module:
        m = _Module(node.header.name.valueText, self._pos(node))
        ports = node.header.ports
        if ports is not None and hasattr(ports, "ports"):
            for p in ports.ports:
                if isinstance(p, pyslang.parsing.Token):
                    continue
                if p.kind == syntax.SyntaxKind.ImplicitAnsiPort:
                    name = _name(p.declarator.name.valueText)
                    m.port_names.append(name)
                    self._widths(m, str(p.header), [name])
                else:
                    m.port_names.append(_name(str(p).strip()))
        for it in node.members:
            k = it.kind
            if k in (syntax.SyntaxKind.PortDeclaration, syntax.SyntaxKind.NetDeclaration):
                text = re.sub(r"\(\*.*?\*\)", "", str(it), flags=re.S)  # Yosys (* src = "..." *) attributes say nothing about wiring
                names = [_name(d.name.valueText) for d in it.declarators if hasattr(d, "name")]
                self._widths(m, text, names)
                if "=" in text:
                    self._reject(it, "net declaration with an assignment is not structural")
            elif k == syntax.SyntaxKind.HierarchyInstantiation:
                cell = _name(it.type.valueText)
                if it.parameters is not None:
                    self._reject(it, f"parameter overrides on {cell} instances are not supported")
                    continue
                for inst in it.instances:
                    if not hasattr(inst, "connections"):
                        continue  # the commas between instances
                    conns: list[tuple[str, list[str]]] = []
                    named = True
                    for c in inst.connections:
                        if c.kind == syntax.SyntaxKind.NamedPortConnection:
                            conns.append((_name(c.name.valueText), [str(c.expr).strip()] if c.expr is not None else []))
                        elif c.kind == syntax.SyntaxKind.OrderedPortConnection:
                            named = False
                            conns.append(("", [str(c.expr).strip()]))
                        elif c.kind == syntax.SyntaxKind.EmptyPortConnection:
                            named = False
                            conns.append(("", []))
                    m.instances.append((_name(inst.decl.name.valueText) if inst.decl else f"u{len(m.instances)}", cell,
                                        conns, named, self._pos(inst)))
            elif k == syntax.SyntaxKind.ContinuousAssign:
                for a in it.assignments:
                    if not hasattr(a, "left"):
                        continue
                    m.aliases.append((str(a.left).strip(), str(a.right).strip()))
                    if not self._is_net_expr(str(a.right).strip()) or not self._is_net_expr(str(a.left).strip()):
                        m.aliases.pop()
                        self._reject(it, f"assign with an expression ({str(a).strip()[:50]}) is logic, not a netlist connection")
            elif k in (syntax.SyntaxKind.EmptyMember,):
                continue
            else:
                self._reject(it, f"{str(k).split('.')[-1]} is not part of a structural netlist")
        return m

    @staticmethod
    def _is_net_expr(expr: str) -> bool:
        expr = expr.strip()
        if expr.startswith("{") and expr.endswith("}"):
            return all(VerilogParser._is_net_expr(p) for p in _split_concat(expr[1:-1]))
        return bool(_CONST.match(expr) or _SEL.match(expr) or _SIMPLE.match(expr) or expr.startswith("\\"))

    @staticmethod
    def _widths(m: _Module, text: str, names: list[str]) -> None:
        r = _RANGE.search(text)
        if r:
            for n in names:
                m.widths[n] = (int(r.group(1)), int(r.group(2)))

    def _expr_bits(self, m: _Module, expr: str, where: SourcePos) -> list[str]:
        expr = expr.strip()
        if not expr:
            return []
        if expr.startswith("{") and expr.endswith("}"):
            out: list[str] = []
            for part in _split_concat(expr[1:-1]):
                out += self._expr_bits(m, part, where)
            return out
        c = _CONST.match(expr)
        if c:
            width = int(c.group(1) or 32)
            base = {"b": 2, "h": 16, "d": 10}[c.group(2).lower()]
            digits = c.group(3).replace("_", "")
            if re.search(r"[xXzZ]", digits):
                raise InputError(f"{where}: constant {expr} with x/z bits has no netlist meaning")
            value = int(digits, base)
            return [f"tie{(value >> i) & 1}" for i in range(width - 1, -1, -1)]
        s = _SEL.match(expr)
        if s:
            base_name = _name(s.group(1))
            hi = int(s.group(2))
            lo = int(s.group(3)) if s.group(3) is not None else hi
            step = -1 if hi >= lo else 1
            return [f"{base_name}[{i}]" for i in range(hi, lo + step, step)]
        if _SIMPLE.match(expr) or expr.startswith("\\"):
            return m.bits(_name(expr))
        raise InputError(f"{where}: connection {expr!r} is an expression, not a net")

    def _subckt(self, m: _Module, defined: dict[str, _Module]) -> Subckt:
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        ports = [b for p in m.port_names for b in m.bits(p)]
        rank = {b: i for i, b in enumerate(ports)}

        def better(a: str, b: str) -> str:  # the name a merged net keeps: a port, then a plain name, then the smallest
            ka = (rank.get(a, 1 << 30), a.startswith(("_", "tie")), a)
            kb = (rank.get(b, 1 << 30), b.startswith(("_", "tie")), b)
            return a if ka <= kb else b

        for lhs, rhs in m.aliases:
            lb, rb = self._expr_bits(m, lhs, m.pos), self._expr_bits(m, rhs, m.pos)
            if len(lb) != len(rb):
                raise InputError(f"{m.pos}: assign {lhs} = {rhs} joins {len(lb)} bits to {len(rb)}")
            for a, b in zip(lb, rb):
                ra, rb_ = find(a), find(b)
                if ra != rb_:
                    keep = better(ra, rb_)
                    parent[ra if keep == rb_ else rb_] = keep
        sub = Subckt(name=m.name, ports=ports, pos=m.pos)
        for inst_name, cell, conns, named, pos in m.instances:
            try:
                pins, nodes = self._connect(m, inst_name, cell, conns, named, defined, pos)
            except InputError as exc:
                if self.strict:
                    raise
                self.rejected.append(Rejected(text=f"{cell} {inst_name}", reason=str(exc), scope=m.name, pos=pos))
                continue
            sub.items.append(Device(name=inst_name, kind="X", nodes=[find(n) for n in nodes], model=cell, pins=pins, pos=pos))
        if any(find(p) != p for p in ports):
            merged = [p for p in ports if find(p) != p]
            raise InputError(f"{m.pos}: ports {merged[:3]} of {m.name} are assigned to each other; a netlist cannot keep both")
        return sub

    def _connect(self, m: _Module, inst: str, cell: str, conns: list[tuple[str, list[str]]], named: bool,
                 defined: dict[str, _Module], pos: SourcePos) -> tuple[list[str], list[str]]:
        bits: list[tuple[str, str]] = []  # (pin bit, net)
        target = defined.get(cell)
        for i, (pin, exprs) in enumerate(conns):
            nets = self._expr_bits(m, exprs[0], pos) if exprs else []
            if named:
                pin_bits = target.bits(pin) if target else (
                    [pin] if len(nets) <= 1 else [f"{pin}[{j}]" for j in range(len(nets) - 1, -1, -1)])
            else:
                if target is None:
                    pin_bits = [f"{i}"] if len(nets) <= 1 else [f"{i}[{j}]" for j in range(len(nets) - 1, -1, -1)]
                else:
                    if i >= len(target.port_names):
                        raise InputError(f"{pos}: {inst} has more connections than {cell} has ports")
                    pin_bits = target.bits(target.port_names[i])
            if nets and len(nets) != len(pin_bits):
                raise InputError(f"{pos}: {inst}.{pin or i} connects {len(nets)} bits to a {len(pin_bits)}-bit pin")
            for j, pb in enumerate(pin_bits):
                bits.append((pb, nets[j] if nets else f"_nc_{inst}_{pb}"))
        if target is not None:
            order = [b for p in target.port_names for b in target.bits(p)]
            have = dict(bits)
            unknown = [p for p in have if p not in order]
            if unknown:
                raise InputError(f"{pos}: {inst} connects pins {unknown[:3]} that module {cell} does not have")
            return order, [have.get(p, f"_nc_{inst}_{p}") for p in order]
        if named:
            bits.sort(key=lambda pb: _pin_key(pb[0]))
            return [p for p, _ in bits], [n for _, n in bits]
        return [], [n for _, n in bits]


def _pin_key(pin: str) -> tuple[str, int]:
    m = re.match(r"^(.*)\[(\d+)\]$", pin)
    return (m.group(1), -int(m.group(2))) if m else (pin, 0)


def _split_concat(body: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        depth += ch in "{[("
        depth -= ch in "}])"
        cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def parse_verilog(text: str, *, file: str = "", strict: bool = True) -> Netlist:
    return VerilogParser(strict=strict).parse_text(text, file=file)


# -- emitter ----------------------------------------------------------------------------------------------------
_KEYWORDS = set("""always and assign automatic begin buf bufif0 bufif1 case casex casez cell cmos config deassign default
defparam design disable edge else end endcase endconfig endfunction endgenerate endmodule endprimitive endspecify endtable
endtask event for force forever fork function generate genvar highz0 highz1 if ifnone incdir include initial inout input
instance integer join large liblist library localparam macromodule medium module nand negedge nmos nor noshowcancelled not
notif0 notif1 or output parameter pmos posedge primitive pull0 pull1 pulldown pullup pulsestyle_onevent pulsestyle_ondetect
rcmos real realtime reg release repeat rnmos rpmos rtran rtranif0 rtranif1 scalared showcancelled signed small specify
specparam strong0 strong1 supply0 supply1 table task time tran tranif0 tranif1 tri tri0 tri1 triand trior trireg unsigned
use uwire vectored wait wand weak0 weak1 while wire wor xnor xor logic bit byte int shortint longint""".split())


def _ident(name: str) -> str:
    """A Verilog identifier for any net or instance name: plain when legal, else escaped (``\\o[1] ``)."""
    return name if _SIMPLE.match(name) and name not in _KEYWORDS else "\\" + name + " "


def emit_verilog(net: Netlist) -> str:
    """Each subcircuit as a module of scalar ports; top-level instances as a module named after the title."""
    from chipsmith.tools.netlist.model import Section

    out = [f"// {net.title}" if net.title else "// structural netlist written by chipsmith"]
    subs = [it for it in net.items if isinstance(it, Subckt)]
    top = [it for it in net.items if isinstance(it, Device)]
    for it in net.items:
        if isinstance(it, Section):
            raise UnsupportedConstruct(f"{it.pos}: library section {it.name} has no Verilog equivalent")
    for s in subs:
        out += _module(s.name, s.ports, s.items, {x.name: x for x in subs}, s.params)
    if top:
        name = re.sub(r"\W", "_", net.title.strip().split()[0]) if net.title.strip() else "top"
        if not re.match(r"[A-Za-z_]", name):
            name = "top_" + name
        out += _module(name, [], top, {x.name: x for x in subs}, {})
    return "\n".join(out) + "\n"


def _module(name: str, ports: list[str], items: list[Any], subs: dict[str, Subckt], params: dict[str, str]) -> list[str]:
    if params:
        raise UnsupportedConstruct(f"subcircuit {name} has parameters {list(params)[:3]}; a structural netlist has none")
    lines = [f"module {_ident(name)}(" + ", ".join(_ident(p) for p in ports) + ");"]
    lines += [f"  inout {_ident(p)};" for p in ports]
    nets: list[str] = []
    for it in items:
        if isinstance(it, Subckt):
            raise UnsupportedConstruct(f"{it.pos}: nested subcircuit {it.name} has no Verilog equivalent")
        if not isinstance(it, Device):
            continue
        for n in it.nodes:
            if n not in ports and n not in nets:
                nets.append(n)
    lines += [f"  wire {_ident(n)};" for n in nets]
    for it in items:
        if not isinstance(it, Device):
            continue
        if it.kind != "X" or it.args or it.params:
            raise UnsupportedConstruct(f"{it.pos}: {it.name} ({it.kind}) is not a plain cell instance; structural Verilog "
                                       "carries only subcircuit/cell instances without parameters")
        target = subs.get(it.model)
        if target is not None:
            if len(target.ports) != len(it.nodes):
                raise UnsupportedConstruct(f"{it.pos}: {it.name} has {len(it.nodes)} nodes, {it.model} has {len(target.ports)} ports")
            conns = ", ".join(f".{_ident(p)}({_ident(n)})" for p, n in zip(target.ports, it.nodes))
        elif it.pins and len(it.pins) == len(it.nodes):
            conns = ", ".join(f".{_ident(p)}({_ident(n)})" for p, n in zip(it.pins, it.nodes))
        else:
            conns = ", ".join(_ident(n) for n in it.nodes)
        lines.append(f"  {_ident(it.model)} {_ident(it.name)} ({conns});")
    lines.append("endmodule")
    return lines
