"""Spectre netlists: parser and emitter.

One unit: one dialect's reader and writer, which must agree on every construct they share.

``name (nodes) master key=value``, ``subckt``/``ends``, ``parameters``, ``model``,
``include``, analyses written as instances (``tran1 tran stop=1u``) and
``simulator lang=spice`` sections, which go to the SPICE parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from chipsmith.core.errors import InputError
from chipsmith.tools.netlist.model import (
    Analysis,
    Control,
    Device,
    Directive,
    Include,
    Item,
    Model,
    Netlist,
    Param,
    Rejected,
    Section,
    SourcePos,
    Subckt,
)
from chipsmith.tools.netlist.source import MAX_INCLUDE_DEPTH, check_nesting, read_netlist_text, resolve_include
from chipsmith.tools.netlist.sources import spectre_source_params, spice_source_args
from chipsmith.tools.netlist.spice import SpiceParser
from chipsmith.tools.netlist.spice_emit import mos_family, mos_level
from chipsmith.tools.netlist.support import SPECTRE_OPTIONS as _OPTIONS
from chipsmith.tools.netlist.support import UnsupportedConstruct
from chipsmith.tools.netlist.values import canonical_spectre_value, spectre_out, to_float

_PRIMITIVES = {"resistor": "R", "capacitor": "C", "inductor": "L", "vsource": "V", "isource": "I", "vcvs": "E",
               "vccs": "G", "cccs": "F", "ccvs": "H", "mutual_inductor": "K", "tline": "T", "diode": "D", "bjt": "Q",
               "jfet": "J"}
_MODEL_KIND = {"diode": "D", "bjt": "Q", "vbic": "Q", "hbt": "Q", "jfet": "J", "resistor": "R", "capacitor": "C"}
_MOS_TYPES = {"mos1": "mos1", "mos2": "mos2", "mos3": "mos3", "bsim3v3": "bsim3", "bsim4": "bsim4", "bsimsoi": "bsimsoi"}
_ANALYSES = {"dc", "ac", "tran", "noise", "xf", "sp", "pss", "pac", "pnoise", "stb", "sweep", "montecarlo"}
_PRIMARY = {"R": "r", "C": "c", "L": "l", "E": "gain", "G": "gm", "F": "gain", "H": "rm"}
_EVERYWHERE = ["hspice", "ltspice", "ngspice", "spectre", "xyce"]  # cards every simulator has (rebuilt per dialect)
_WORD_PARAMS = {"type", "probe", "ind1", "ind2", "dev", "param", "section", "file"}


def _is_mos_type(t: str) -> bool:
    return t in _MOS_TYPES or t.startswith(("bsim", "psp", "hisim", "ekv", "mos"))


_FAST_TOKENS = re.compile(r'"[^"]*"|\[[^\]]*\]|[()=]|[^\s()="\[]+')


def tokenize_spectre(text: str, where: str) -> list[str]:
    """Words, quoted strings, ``[ ]`` vectors whole, ``( ) =`` as tokens; ``(expr)`` values stay one token after ``=``."""
    eq = text.find("=")
    if "\\" not in text and (eq < 0 or "(" not in text[eq:]) and text.count('"') % 2 == 0 and \
            text.count("[") == text.count("]"):
        return _FAST_TOKENS.findall(text)  # the common case (instance lines), without the character loop
    toks: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == '"':
            j = text.find('"', i + 1)
            if j < 0:
                raise InputError(f"{where}: unterminated string in {text.strip()[:60]!r}")
            toks.append(text[i:j + 1])
            i = j + 1
        elif ch == "[":
            j = text.find("]", i)
            if j < 0:
                raise InputError(f"{where}: unbalanced '[' in {text.strip()[:60]!r}")
            toks.append(text[i:j + 1])
            i = j + 1
        elif ch == "(" and toks and toks[-1] == "=":
            depth, j = 0, i
            while j < n:
                depth += text[j] == "("
                depth -= text[j] == ")"
                j += 1
                if depth == 0:
                    break
            if depth:
                raise InputError(f"{where}: unbalanced '(' in {text.strip()[:60]!r}")
            toks.append(text[i:j])
            i = j
        elif ch in "()=":
            toks.append(ch)
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in '()="[':
                j += 2 if text[j] == "\\" else 1  # a backslash escapes the next character (o\[1\])
            # an expression value like a*(b+c) continues through its parentheses
            while j < n and text[j] == "(" and toks and toks[-1] == "=":
                depth = 0
                while j < n:
                    depth += text[j] == "("
                    depth -= text[j] == ")"
                    j += 1
                    if depth == 0:
                        break
                while j < n and not text[j].isspace() and text[j] not in '()="[':
                    j += 1
            word = text[i:j]
            toks.append(re.sub(r"\\(.)", r"\1", word) if "\\" in word else word)
            i = j
    return toks


_OPERATORS = {"*", "/", "+", "-", "**", "^"}


def _params(toks: list[str], where: str) -> tuple[list[str], dict[str, str]]:
    pos: list[str] = []
    params: dict[str, str] = {}
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and toks[i + 1] == "=":
            if i + 2 >= len(toks):
                raise InputError(f"{where}: parameter {toks[i]!r} has no value after '='")
            v = toks[i + 2]
            j = i + 3
            # 'l=l * 1.0e6': an unparenthesised expression with spaces runs on while operators join its words
            while j + 1 < len(toks) and toks[j] in _OPERATORS and toks[j + 1] not in "()=" and \
                    not (j + 2 < len(toks) and toks[j + 2] == "=" and toks[j] not in _OPERATORS):
                v = f"{v}{toks[j]}{toks[j + 1]}"
                j += 2
            while j < len(toks) and toks[j - 1][-1:] in _OPERATORS and j + 1 <= len(toks) and toks[j] not in "()=" and \
                    not (j + 1 < len(toks) and toks[j + 1] == "="):
                v += toks[j]  # 'a= b +' 'c': the operator ended the previous word
                j += 1
            # names (source types, probes, inductors, sweep devices) are words, not expressions
            params[toks[i]] = v if v.startswith("[") or toks[i] in _WORD_PARAMS else canonical_spectre_value(v)
            i = j
        elif params:
            raise InputError(f"{where}: unexpected {toks[i]!r} after parameters")
        else:
            pos.append(toks[i])
            i += 1
    return pos, params


class SpectreParser:
    def __init__(self, *, allowed_dirs: Sequence[Path] = (), strict: bool = True, follow_includes: bool = True) -> None:
        self.allowed_dirs = list(allowed_dirs)
        self.strict = strict
        self.follow_includes = follow_includes
        self.file = ""
        self.path: Path | None = None
        self.rejected: list[Rejected] = []
        self.warnings: list[str] = []
        self._stack: tuple[Path, ...] = ()

    def parse_file(self, path: Path) -> Netlist:
        path = Path(path)
        self.path = path.resolve()
        return self.parse_text(read_netlist_text(path), file=str(path))

    def parse_text(self, text: str, *, file: str = "") -> Netlist:
        self.file = file
        lines = text.splitlines()
        self._subckts = {m.group(1) for m in re.finditer(r"^\s*(?:inline\s+)?subckt\s+(\S+)", text, re.M)}
        self._models = {m.group(1): m.group(2) for m in re.finditer(r"^\s*model\s+(\S+)\s+(\S+)", text, re.M)}
        top: list[Item] = []
        stack: list[Subckt | Section] = []
        title = ""

        def add(item: Item) -> None:
            (stack[-1].items if stack else top).append(item)

        for lineno, stmt, spice_block in self._statements(lines):
            where = f"{file or '<text>'}:{lineno}"
            pos = SourcePos(file=file, line=lineno)
            if spice_block is not None:
                sp = SpiceParser("ngspice", allowed_dirs=self.allowed_dirs, strict=self.strict,
                                 follow_includes=self.follow_includes)
                sp.path = self.path
                sp.nesting_base = len(stack)
                sub = sp.parse_text("\n" * (lineno - 1) + spice_block, file=file, is_deck=False)
                for it in sub.items:
                    add(it)
                self.rejected += sub.rejected
                continue
            try:
                toks = tokenize_spectre(stmt, where)
                if not toks:  # a statement of nothing but continuation marks
                    continue
                head = toks[0]
                if len(toks) > 1 and toks[1] == "(" and head in ("ic", "nodeset", "global", "save", "model", "include"):
                    head = ""  # an instance that happens to be named like a statement: ic (0 c) isource
                if head in ("subckt", "inline") :
                    if head == "inline":
                        toks = toks[1:]
                    names = [t for t in toks[1:] if t not in "()"]
                    if not names:
                        raise InputError(f"{where}: subckt needs a name")
                    check_nesting(len(stack), where)
                    stack.append(Subckt(name=names[0], ports=names[1:], pos=pos))
                elif head == "ends":
                    if not stack or not isinstance(stack[-1], Subckt):
                        raise InputError(f"{where}: 'ends' without a matching 'subckt'")
                    add(stack.pop())
                elif head in ("section", "library"):
                    check_nesting(len(stack), where)
                    stack.append(Section(name=toks[1] if len(toks) > 1 else "", pos=pos))
                elif head in ("endsection", "endlibrary"):
                    if not stack or not isinstance(stack[-1], Section):
                        raise InputError(f"{where}: '{head}' without a matching section")
                    add(stack.pop())
                elif head == "parameters":
                    names, params = _params(toks[1:], where)
                    if names and stack and isinstance(stack[-1], Subckt) and not stack[-1].items:
                        # 'parameters l w nf': declared without defaults, each instance gives them
                        params = {**dict.fromkeys(names, ""), **params}
                    elif names:
                        self.warnings.append(f"{where}: parameters {', '.join(names[:5])} declared without a value; "
                                             "give each one (name=value) or the netlist cannot be simulated")
                    if stack and isinstance(stack[-1], Subckt) and not stack[-1].items:
                        stack[-1].params.update(params)
                    else:
                        for k, v in params.items():
                            add(Param(name=k, value=v, pos=pos))
                elif head == "model":
                    add(self._model(toks, where, pos))
                elif head in ("include", "ahdl_include"):
                    pos_, params = _params(toks[1:], where)
                    if not pos_:
                        raise InputError(f"{where}: include needs a file name")
                    self._check_include(pos_[0].strip('"'), where)
                    add(Include(path=pos_[0].strip('"'), section=params.get("section", "").strip("{}"), pos=pos))
                elif head in ("global", "save"):
                    add(Directive(name=head, text=stmt if head == "save" else "",
                                  params={str(i): t for i, t in enumerate(toks[1:])},
                                  dialects=["spectre"] if head == "save" else _EVERYWHERE, pos=pos))
                elif head in ("ic", "nodeset"):
                    _, params = _params(toks[1:], where)
                    add(Directive(name=head, text="", params=params, dialects=_EVERYWHERE, pos=pos))
                elif head == "simulator":
                    continue
                elif head.startswith("//"):
                    continue
                elif not head:
                    add(self._instance(toks, stmt, where, pos))
                else:
                    add(self._instance(toks, stmt, where, pos))
            except InputError as exc:
                if self.strict:
                    raise
                self.rejected.append(Rejected(text=stmt, reason=str(exc), scope="/".join(s.name for s in stack), pos=pos))
        if stack:
            raise InputError(f"{stack[-1].pos}: subckt {stack[-1].name} is never closed; add 'ends {stack[-1].name}'")
        return Netlist(dialect="spectre", title=title, is_deck=True, items=top, source=file, case_sensitive=True,
                       warnings=self.warnings, rejected=self.rejected)

    def _check_include(self, name: str, where: str) -> None:
        """Resolve an include inside the allowed directories and parse it (loops and depth refused)."""
        if not self.follow_includes or self.path is None or name.endswith((".va", ".vams")):
            return
        target = resolve_include(name, self.path, self.allowed_dirs, where)
        if target is None:
            self.warnings.append(f"{where}: included file {name!r} not found; it was not checked")
            return
        chain = self._stack + (self.path,)
        if target in chain:
            raise InputError(f"{where}: include loop ({' -> '.join(p.name for p in chain)} -> {target.name}); "
                             "remove the include that leads back")
        if len(chain) >= MAX_INCLUDE_DEPTH:
            raise InputError(f"{where}: includes nested deeper than {MAX_INCLUDE_DEPTH}; is an include recursive?")
        sub = SpectreParser(allowed_dirs=self.allowed_dirs, strict=self.strict)
        sub._stack = chain
        sub.parse_file(target)

    def _statements(self, lines: list[str]):  # type: ignore[no-untyped-def]
        """(line, statement, None) for Spectre statements; (line, "", text) for a ``simulator lang=spice`` block."""
        i, n = 0, len(lines)
        while i < n:
            raw = lines[i].strip()
            lineno = i + 1
            i += 1
            if not raw or raw.startswith(("//", "*")):
                continue
            if re.match(r"simulator\s+lang\s*=\s*spice", raw):
                block: list[str] = []
                start = i + 1
                while i < n and not re.match(r"\s*simulator\s+lang\s*=\s*spectre", lines[i]):
                    block.append(lines[i])
                    i += 1
                i += 1
                yield start, "", "\n".join(block)
                continue
            stmt = _strip_spectre_comment(raw)
            while stmt.endswith("\\") and i < n:
                stmt = stmt[:-1] + " " + _strip_spectre_comment(lines[i].strip())
                i += 1
            if stmt:
                yield lineno, stmt, None

    def _model(self, toks: list[str], where: str, pos: SourcePos) -> Model:
        if len(toks) < 3:
            raise InputError(f"{where}: model needs a name and a type (e.g. 'model n1 bsim3v3 type=n')")
        name, stype = toks[1], toks[2]
        _, params = _params(toks[3:], where)
        params = {k.lower(): v for k, v in params.items()}
        typ = params.pop("type", "").strip("{}").lower()
        if stype == "diode":
            return Model(name=name, mtype="d", params=params, pos=pos)
        if stype in ("bjt", "vbic"):
            return Model(name=name, mtype=typ or "npn", params=params, pos=pos)
        if stype == "jfet":
            return Model(name=name, mtype="pjf" if typ == "p" else "njf", params=params, pos=pos)
        if stype in _MOS_TYPES:
            level = mos_level("ngspice", _MOS_TYPES[stype])
            return Model(name=name, mtype="pmos" if typ == "p" else "nmos", params={"level": level or "1", **params}, pos=pos)
        if stype in ("resistor", "capacitor"):
            return Model(name=name, mtype=stype[0], params=params, pos=pos)
        return Model(name=name, mtype=stype, params=({"type": typ} if typ else {}) | params, pos=pos)

    def _instance(self, toks: list[str], stmt: str, where: str, pos: SourcePos) -> Item:
        name = toks[0]
        rest = toks[1:]
        nodes: list[str] = []
        if rest and rest[0] == "(":
            try:
                close = rest.index(")")
            except ValueError:
                raise InputError(f"{where}: node list of {name} is not closed with ')'") from None
            nodes = rest[1:close]
            rest = rest[close + 1:]
            positional, params = _params(rest, where)
            if len(positional) != 1:
                raise InputError(f"{where}: expected 'name (nodes) master key=value...', got {stmt[:60]!r}")
            master = positional[0]
        else:
            positional, params = _params(rest, where)
            if not positional:
                raise InputError(f"{where}: {name} has no master (device, model or subckt name)")
            nodes, master = positional[:-1], positional[-1]
        if not nodes and (master in _ANALYSES or master in ("options", "info", "set", "alter", "altergroup")):
            return self._analysis(name, master, params, stmt, pos, where)
        kind = self._kind(name, master, bool(params))
        d = Device(name=name, kind=kind, nodes=nodes, pos=pos)
        primary = _PRIMARY.get(kind)
        if kind in "VI":
            d.args, d.params = spice_source_args(params, where)
            return d
        if primary and primary in params:
            d.args = [params.pop(primary)]
        if kind in "FH":
            probe = params.pop("probe", "")
            if not probe:
                raise InputError(f"{where}: {name} ({master}) needs probe=<vsource>")
            d.refs = [probe]
        elif kind == "K":
            d.refs = [params.pop("ind1", ""), params.pop("ind2", "")]
            if not all(d.refs):
                raise InputError(f"{where}: {name} (mutual_inductor) needs ind1= and ind2=")
            d.args = [params.pop("coupling", "1")]
        if kind in "RCL" and master not in _PRIMITIVES:
            d.model = master
        elif kind not in "RCLVIEGFHKT":
            d.model = master
        d.params = params
        return d

    def _kind(self, name: str, master: str, has_params: bool = True) -> str:
        if master in _PRIMITIVES:
            return _PRIMITIVES[master]
        if _is_mos_type(master) and master not in self._subckts and master not in self._models:
            return "M"
        if master in self._subckts:
            return "X"
        if master in self._models:
            t = self._models[master]
            if t in _MODEL_KIND:
                return _MODEL_KIND[t]
            if _is_mos_type(t):
                return "M"
        letter = name[:1].upper()
        if letter in "MQDJ" or (letter in "RCL" and has_params):
            # an undefined master (from an included PDK) is a model when the name's letter says so; a resistor,
            # capacitor or inductor model always comes with a value, so a bare 'r1 (a y) cell' is a cell instance
            return letter
        return "X"

    def _analysis(self, name: str, master: str, params: dict[str, str], stmt: str, pos: SourcePos, where: str) -> Item:
        p = dict(params)
        if master == "options":
            if all(k in _OPTIONS for k in p):
                return Directive(name="options", text="", params=p, dialects=["ngspice", "hspice", "ltspice", "spectre"], pos=pos)
            return Directive(name="options", text=stmt, params=p, dialects=["spectre"], pos=pos)
        if master == "dc" and "dev" not in p:
            if p:
                return Directive(name="dc", text=stmt, dialects=["spectre"], pos=pos)
            return Analysis(kind="op", pos=pos)
        if master == "dc" and p.get("param", "dc") == "dc" and {"start", "stop", "step"} <= p.keys():
            return Analysis(kind="dc", args=[p["dev"], p["start"], p["stop"], p["step"]], pos=pos)
        if master == "ac" and {"start", "stop"} <= p.keys():
            for sweep in ("dec", "lin", "oct"):
                if sweep in p and set(p) <= {"start", "stop", sweep}:
                    return Analysis(kind="ac", args=[sweep, p[sweep], p["start"], p["stop"]], pos=pos)
        if master == "tran" and "stop" in p and set(p) <= {"stop", "step", "start", "maxstep"}:
            step = p.get("step") or _default_step(p["stop"])
            args = [step, p["stop"]]
            if "start" in p or "maxstep" in p:
                args.append(p.get("start", "0"))
            if "maxstep" in p:
                args.append(p["maxstep"])
            return Analysis(kind="tran", args=args, pos=pos)
        return Directive(name=master, text=stmt, dialects=["spectre"], pos=pos)


def _default_step(stop: str) -> str:
    f = to_float(stop)
    return repr(f / 1000) if f else "1n"


def _strip_spectre_comment(s: str) -> str:
    idx = s.find("//")
    return s[:idx].rstrip() if idx >= 0 else s


# -- emitter --------------------------------------------------------------------------------------------------------
_KIND_MASTER = {"R": "resistor", "C": "capacitor", "L": "inductor", "V": "vsource", "I": "isource", "E": "vcvs",
                "G": "vccs", "F": "cccs", "H": "ccvs", "K": "mutual_inductor", "T": "tline"}
_SPICE_TO_SPECTRE_MODEL = {"d": "diode", "npn": "bjt", "pnp": "bjt", "njf": "jfet", "pjf": "jfet", "r": "resistor", "c": "capacitor"}
_FAMILY_SPECTRE = {"mos1": "mos1", "mos2": "mos2", "mos3": "mos3", "bsim3": "bsim3v3", "bsim4": "bsim4", "bsimsoi": "bsimsoi"}


class SpectreEmitter:
    def __init__(self, source_dialect: str, case_sensitive: bool = True) -> None:
        self.source = source_dialect
        self._counts: dict[str, int] = {}
        # SPICE names are case-insensitive and Spectre's are not: IN2 and In2 are one SPICE net, so write one name.
        # Only identifiers fold: a number's suffix is part of the number (1M is mega, 1m milli).
        self._n = (lambda x: x) if case_sensitive else _fold_names

    def emit(self, net: Netlist) -> str:
        out = [f"// {net.title}" if net.title else "// netlist", "simulator lang=spectre"]
        for it in net.items:
            self._item(it, out, "")
        return "\n".join(line.rstrip() for line in out) + "\n"

    def _p(self, params: dict[str, str]) -> list[str]:
        for k, v in params.items():
            if " " in v and not v.startswith(("{", "[")):
                raise UnsupportedConstruct(f"parameter {k}={v[:40]!r} is a list of values; Spectre has no such parameter form")
        return [f"{self._n(k)}={self._n(spectre_out(v))}" if v != "" else self._n(k) for k, v in params.items()]

    def _item(self, it: Item, out: list[str], ind: str) -> None:
        if isinstance(it, Device):
            out.append(ind + self.device(it))
        elif isinstance(it, Subckt):
            out.append(ind + f"subckt {self._n(it.name)} " + " ".join(_esc(self._n(p)) for p in it.ports))
            if it.params:
                out.append(ind + "  parameters " + " ".join(self._p(it.params)))
            for sub in it.items:
                self._item(sub, out, ind + "  ")
            out.append(ind + f"ends {self._n(it.name)}")
        elif isinstance(it, Section):
            out.append(f"section {it.name}")
            for sub in it.items:
                self._item(sub, out, ind)
            out.append(f"endsection {it.name}")
        elif isinstance(it, Model):
            out.append(ind + self.model(it))
        elif isinstance(it, Param):
            out.append(ind + f"parameters {self._n(it.name)}={self._n(spectre_out(it.value))}")
        elif isinstance(it, Include):
            out.append(ind + f'include "{it.path}"' + (f" section={it.section}" if it.section else ""))
        elif isinstance(it, Analysis):
            out.append(ind + self.analysis(it))
        elif isinstance(it, Directive):
            line = self.directive(it)
            if line:
                out.append(ind + line)
        elif isinstance(it, Control):
            pass  # only reached when the caller asked to drop control scripts (support.check refuses otherwise)

    def _name(self, base: str) -> str:
        self._counts[base] = self._counts.get(base, 0) + 1
        return f"{base}{self._counts[base]}"

    def analysis(self, a: Analysis) -> str:
        args = a.args
        try:
            if a.kind == "op":
                return f"{self._name('op')} dc"
            if a.kind == "dc" and len(args) == 4:
                return (f"{self._name('dc')} dc dev={args[0]} param=dc start={spectre_out(args[1])} "
                        f"stop={spectre_out(args[2])} step={spectre_out(args[3])}")
            if a.kind == "ac" and len(args) == 4 and args[0].lower() in ("dec", "lin", "oct"):
                return (f"{self._name('ac')} ac start={spectre_out(args[2])} stop={spectre_out(args[3])} "
                        f"{args[0].lower()}={spectre_out(args[1])}")
            if a.kind == "tran" and len(args) == 1 and not a.params and to_float(args[0]) is not None:
                return f"{self._name('tran')} tran stop={spectre_out(args[0])}"  # LTspice '.tran 5m': the stop time
            if a.kind == "tran" and 2 <= len(args) <= 4 and not a.params and \
                    all(to_float(x) is not None or x.startswith("{") for x in args):  # "uic" has no Spectre twin
                line = f"{self._name('tran')} tran step={spectre_out(args[0])} stop={spectre_out(args[1])}"
                if len(args) > 2 and to_float(args[2]) != 0.0:
                    line += f" start={spectre_out(args[2])}"
                if len(args) > 3:
                    line += f" maxstep={spectre_out(args[3])}"
                return line
        except IndexError:
            pass
        raise UnsupportedConstruct(f"{a.pos}: .{a.kind} {' '.join(args)} has no Spectre equivalent here")

    def directive(self, d: Directive) -> str:
        if d.name == "options":
            bad = [k for k in d.params if k not in _OPTIONS]
            if bad and "spectre" not in d.dialects:
                raise UnsupportedConstruct(f"{d.pos}: options {bad[:4]} have no Spectre equivalent")
            return d.text if "spectre" in d.dialects and d.text else f"{self._name('opts')} options " + " ".join(self._p(d.params))
        if d.name == "temp":
            return f"{self._name('opts')} options temp={spectre_out(next(iter(d.params.values()), '27'))}"
        if d.name == "global":
            return "global " + " ".join(self._n(v) for v in d.params.values())  # folded like the nets that use them
        if d.name in ("ic", "nodeset"):
            return f"{d.name} " + " ".join(f"{k}={spectre_out(v)}" for k, v in d.params.items())
        if d.name == "title":
            return ""
        if "spectre" in d.dialects:
            return d.text
        raise UnsupportedConstruct(f"{d.pos}: .{d.name} has no Spectre equivalent")

    def model(self, m: Model) -> str:
        params = dict(m.params)
        if m.raw:
            raise UnsupportedConstruct(f"{m.pos}: {m.mtype} model {m.name} has no Spectre equivalent")
        if m.mtype in ("nmos", "pmos"):
            fam = mos_family(self.source if self.source != "spectre" else "ngspice", params.pop("level", "1"))
            if fam is None or fam not in _FAMILY_SPECTRE:
                raise UnsupportedConstruct(f"{m.pos}: MOS model {m.name} (level {m.params.get('level')}) has no Spectre model here")
            return f"model {self._n(m.name)} {_FAMILY_SPECTRE[fam]} type={m.mtype[0]} " + " ".join(self._p(params))
        stype = _SPICE_TO_SPECTRE_MODEL.get(m.mtype)
        if stype is None:
            if self.source == "spectre":
                return f"model {m.name} {m.mtype} " + " ".join(self._p(params))
            raise UnsupportedConstruct(f"{m.pos}: .model {m.name} {m.mtype} has no Spectre equivalent here")
        extra = {"type": m.mtype} if stype == "bjt" else ({"type": m.mtype[0]} if stype == "jfet" else {})
        return f"model {self._n(m.name)} {stype} " + " ".join(f"{k}={v}" for k, v in extra.items()) + " " + " ".join(self._p(params))

    def device(self, d: Device) -> str:
        k = d.kind
        params = dict(d.params)
        nodes = "(" + " ".join(_esc(self._n(n)) for n in d.nodes) + ")"
        where = str(d.pos)
        if d.behaviour:
            raise UnsupportedConstruct(f"{where}: behavioural {d.name} has no Spectre equivalent here")
        if k in "RCL":
            values = [a for a in d.args if to_float(a) is not None or a.startswith("{")]
            words = [a for a in d.args if a not in values]
            master = self._n(d.model or (words[0] if words else _KIND_MASTER[k]))
            if len(values) > 1 or len(words) > (0 if d.model else 1):
                raise UnsupportedConstruct(f"{where}: {d.name} arguments {d.args} have no Spectre equivalent")
            lead = {_PRIMARY[k]: values[0]} if values else {}
            return f"{d.name} {nodes} {master} " + " ".join(self._p(lead | params))
        if k in "VI":
            sp = spectre_source_params(d.args, where)
            return f"{d.name} {nodes} {_KIND_MASTER[k]} " + " ".join(self._p(sp | params))
        if k in "EG":
            if len(d.args) != 1:
                raise UnsupportedConstruct(f"{where}: {d.name} needs one gain to become a Spectre {_KIND_MASTER[k]}")
            return f"{d.name} {nodes} {_KIND_MASTER[k]} " + " ".join(self._p({_PRIMARY[k]: d.args[0]} | params))
        if k in "FH":
            if len(d.args) != 1 or len(d.refs) != 1:
                raise UnsupportedConstruct(f"{where}: {d.name} needs one gain and one controlling source")
            return f"{d.name} {nodes} {_KIND_MASTER[k]} {_PRIMARY[k]}={self._n(spectre_out(d.args[0]))} probe={d.refs[0]}" + \
                "".join(" " + p for p in self._p(params))
        if k == "K":
            if len(d.refs) != 2:
                raise UnsupportedConstruct(f"{where}: {d.name} couples {len(d.refs)} inductors; Spectre mutual_inductor couples two")
            return f"{d.name} mutual_inductor coupling={spectre_out(d.args[0])} ind1={d.refs[0]} ind2={d.refs[1]}"
        if k == "T":
            if d.args:
                raise UnsupportedConstruct(f"{where}: {d.name} positional arguments {d.args} have no Spectre equivalent")
            return f"{d.name} {nodes} tline " + " ".join(self._p(params))
        if k in "DQJ":
            if len(d.args) > 1 or (d.args and to_float(d.args[0]) is None and not d.args[0].startswith("{")):
                raise UnsupportedConstruct(f"{where}: {d.name} arguments {d.args} have no Spectre equivalent")
            if d.args:
                params = {"area": d.args[0]} | params
            return f"{d.name} {nodes} {self._n(d.model)} " + " ".join(self._p(params))
        if k in "MX":
            if d.args:
                raise UnsupportedConstruct(f"{where}: {d.name} positional arguments {d.args} have no Spectre equivalent")
            return f"{d.name} {nodes} {self._n(d.model)} " + " ".join(self._p(params))
        raise UnsupportedConstruct(f"{where}: element {k} ({d.name}) has no Spectre equivalent")


_IDENT = re.compile(r"(?<![\w.])[A-Za-z_][\w.!]*")


def _fold_names(text: str) -> str:
    return _IDENT.sub(lambda m: m.group(0).lower(), text)


def _esc(name: str) -> str:
    """Spectre needs a backslash before characters that would start another token."""
    return re.sub(r"([\[\]()=\"\\])", r"\\\1", name)


def emit_spectre(net: Netlist) -> str:
    return SpectreEmitter(net.dialect, net.case_sensitive).emit(net)


def parse_spectre(text: str, *, file: str = "", strict: bool = True) -> Netlist:
    return SpectreParser(strict=strict, follow_includes=False).parse_text(text, file=file)


def parse_spectre_file(path: Path, *, allowed_dirs: Sequence[Path] = (), strict: bool = True) -> Netlist:
    return SpectreParser(allowed_dirs=allowed_dirs, strict=strict).parse_file(Path(path))
