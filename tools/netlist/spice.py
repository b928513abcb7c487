"""The SPICE family (ngspice, HSPICE, LTspice, Xyce): one parser, one emitter with dialect switches.

One unit: the SPICE-family reader and writer; the four dialects differ in a few switches,
so one parser with those switches is smaller than four.

The dialects share the element-letter syntax; they differ in expression quotes,
in which element letters and control cards they know, and in a few spellings.
The parser is tolerant of all four; the emitter refuses what its target cannot
express (see :mod:`chipsmith.tools.netlist.support`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
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
from chipsmith.tools.netlist.values import canonical_spice_expr, canonical_spice_value, spice_number

ANALYSES = {"op", "dc", "ac", "tran", "noise", "tf", "sens", "pz", "disto", "sp", "pss", "four"}
# minimum node count of elements whose model name follows the nodes (the count may grow: Q substrate, SOI bodies)
_MODEL_MIN_NODES = {"D": 2, "Q": 3, "M": 3, "J": 3, "Z": 3, "S": 4, "O": 4, "U": 3, "Y": 2, "N": 1, "P": 2}
_FLAGS = {"off", "on"}
_BEHAVIOUR_WORDS = {"value", "table", "poly", "laplace", "freq", "vol", "cur", "and", "or", "nand", "nor", "chebyshev"}
_MAX_LINE = 1 << 20
_RKM = re.compile(r"(\d*)(meg|[tgkmunpfarl])(\d*)", re.I)


def _rkm(tok: str) -> str | None:
    """An RKM value as ngspice reads it (4p7 = 4.7p, 47K3 = 47.3k, 4R7 = 4.7, R47 = 0.47, 470R = 470, 4L7 = 4.7m), or None."""
    m = _RKM.fullmatch(tok)
    if not m or not (m.group(1) or m.group(3)):
        return None
    unit = m.group(2).lower()
    if unit not in ("r", "l") and not (m.group(1) and m.group(3)):
        return None  # 47K is a plain number
    whole, frac = m.group(1) or "0", m.group(3)
    return f"{whole}{'.' + frac if frac else ''}{ {'r': '', 'l': 'm'}.get(unit, unit)}"
_XYCE_OPTION_PACKAGES = {"device", "timeint", "nonlin", "nonlin-tran", "nonlin-hb", "linsol", "output", "restart",
                         "hbint", "parser", "diagnostic", "measure", "sensitivity", "global_param", "circuit", "nonlin-two-level",
                         "linsol-hb", "load", "ac", "noise"}
_CDL_CARDS = {"global", "pin", "bipolar", "resi", "resval", "capval", "dioperi", "dioarea", "equation", "scale", "mega",
              "connect", "ldd", "capa", "diode", "param"}
_RAW_MODELS = {"numos", "numd", "nbjt", "numd2", "nbjt2"}


class _Line:
    __slots__ = ("text", "line")

    def __init__(self, text: str, line: int) -> None:
        self.text = text
        self.line = line


def tokenize(text: str, where: str) -> list[str]:
    """Split a logical line: ``{}``/``[]``/``''``/``""`` groups stay whole; ``( ) = ,`` are tokens of their own."""
    toks: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "'\"":
            j = text.find(ch, i + 1)
            if j < 0:
                raise InputError(f"{where}: unterminated {ch} quote in {text.strip()[:60]!r}")
            toks.append(text[i:j + 1])
            i = j + 1
        elif ch in "()=,":
            toks.append(ch)
            i += 1
        else:
            # a word, with any {expr} or [vector] glued to it (or{and}, [0 20]) kept inside
            j = i
            while j < n and not text[j].isspace() and text[j] not in "()=,'\"":
                if text[j] in "{[":
                    j = _close_group(text, j, where)
                else:
                    j += 1
            toks.append(text[i:j])
            i = j
    return toks


def _close_group(text: str, i: int, where: str) -> int:
    """The index after the bracket group opening at ``i``."""
    open_, close = text[i], "}" if text[i] == "{" else "]"
    depth, j, n = 0, i, len(text)
    while j < n:
        depth += text[j] == open_
        depth -= text[j] == close
        j += 1
        if depth == 0:
            return j
    raise InputError(f"{where}: unbalanced {open_!r} in {text.strip()[:60]!r}; close it with {close!r}")


def _group_end(toks: list[str], j: int) -> int:
    depth, k, n = 0, j, len(toks)
    while k < n:
        depth += toks[k] == "("
        depth -= toks[k] == ")"
        k += 1
        if depth == 0:
            break
    return k


def split_params(toks: list[str], where: str) -> tuple[list[str], dict[str, str]]:
    """Positional tokens, then ``key=value`` pairs (values canonical; ``params:`` is skipped).

    After the first pair, a bare word is a flag (``nocontrol``) and a bare number continues the
    previous value (matrix rows of CPL models).
    """
    pos: list[str] = []
    params: dict[str, str] = {}
    last = ""
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if i + 1 < n and toks[i + 1] == "=" and t not in "(),=":
            if i + 2 >= n:
                raise InputError(f"{where}: parameter {t!r} has no value after '='")
            j = i + 2
            if toks[j] == "(":
                k = _group_end(toks, j)
                val = "{" + canonical_spice_expr("".join(toks[j:k])) + "}"
                j = k
            elif j + 1 < n and toks[j + 1] == "(" and toks[j][0].isalpha():  # agauss(0, 1, 1)
                k = _group_end(toks, j + 1)
                val = "{" + canonical_spice_expr(toks[j] + "".join(toks[j + 1:k])) + "}"
                j = k
            else:
                val = canonical_spice_value(toks[j])
                j += 1
                while j + 1 < n and toks[j] == "," and not (j + 2 < n and toks[j + 2] == "="):
                    val += "," + canonical_spice_value(toks[j + 1])  # ic=1,2 vectors
                    j += 2
            last = t.lower()
            params[last] = val
            i = j
        elif t.lower() == "params:" or t == ",":
            i += 1
        elif params:
            if _is_name(t) or t in "()":
                if t not in "()":
                    params[t.lower()] = ""
            else:
                params[last] += " " + _value_token(t)
            i += 1
        else:
            pos.append(t)
            i += 1
    return pos, params


def _value_token(tok: str) -> str:
    """Canonical form for numbers and expressions; words (model names, keywords, parentheses) unchanged."""
    if tok[0] in "{'":
        return canonical_spice_value(tok)
    num = spice_number(tok)
    return num if num is not None else tok


def _is_name(tok: str) -> bool:
    return bool(tok) and tok[0] not in "{'\"()=," and spice_number(tok) is None and tok.lower() not in _FLAGS


# included files already checked, keyed by path, modification time, size and everything that changes the reading
_CHECKED: set[tuple[object, ...]] = set()


class SpiceParser:
    """Parses one SPICE-family file (and checks the files it includes)."""

    def __init__(self, dialect: str = "ngspice", *, allowed_dirs: Sequence[Path] = (), strict: bool = True,
                 follow_includes: bool = True, cdl: bool = False, _stack: tuple[Path, ...] = ()) -> None:
        self.dialect = dialect
        self.cdl = cdl  # Cadence CDL: '*.GLOBAL' and other star-dot cards
        self.allowed_dirs = list(allowed_dirs)
        self.strict = strict
        self.follow_includes = follow_includes
        self._stack = _stack
        self.file = ""
        self.path: Path | None = None
        self.rejected: list[Rejected] = []
        self.warnings: list[str] = []
        self._has_sections = True
        self.nesting_base = 0  # levels already open around this text (a SPICE block inside Spectre subckts)

    # -- entry points -------------------------------------------------------------------------------------------
    def parse_file(self, path: Path, *, is_deck: bool | None = None) -> Netlist:
        path = Path(path)
        self.path = path.resolve()
        text = read_netlist_text(path)
        if is_deck is None:
            is_deck = path.suffix.lower() not in (".lib", ".mod", ".inc", ".sub", ".subcir", ".nmos", ".pmos", ".model", ".spi", ".lb")
        return self.parse_text(text, file=str(path), is_deck=is_deck)

    def parse_text(self, text: str, *, file: str = "", is_deck: bool = True) -> Netlist:
        self.file = file
        # '.lib NAME' opens a section only in a file that closes sections; elsewhere (LTspice, PSpice,
        # vendor libraries) '.lib file' is an include
        self._has_sections = re.search(r"^\s*\.endl\b", text, re.I | re.M) is not None
        lines = text.splitlines()
        title = ""
        start = 0
        if is_deck and lines:
            title = lines[0].strip()
            start = 1
        items = self._parse_items(self._logical(lines, start))
        _param_values_as_expressions(items)
        return Netlist(dialect=self.dialect, title=title, is_deck=is_deck, items=items, source=file,
                       warnings=self.warnings, rejected=self.rejected)

    # -- lines --------------------------------------------------------------------------------------------------
    def _where(self, line: int) -> str:
        return f"{self.file or '<text>'}:{line}"

    def _logical(self, lines: list[str], start: int) -> Iterator[_Line | Control]:
        cur: _Line | None = None
        control: list[str] | None = None
        control_line = 0
        for idx in range(start, len(lines)):
            raw = lines[idx]
            lineno = idx + 1
            if len(raw) > _MAX_LINE:
                raise InputError(f"{self._where(lineno)}: line of {len(raw)} characters; a netlist line this long is not a netlist")
            s = raw.strip()
            if control is not None:
                low = s.lower()
                if low.startswith(".endc"):
                    yield Control(text="\n".join(control), pos=SourcePos(file=self.file, line=control_line))
                    control = None
                else:
                    control.append(raw.rstrip())
                continue
            word = s[2:].split(None, 1)[0].lower() if s[:2] == "*." and len(s) > 2 else ""
            if word in _CDL_CARDS:
                # CDL cards hide behind a comment star; their '+' lines continue them, not the card before.
                # Read as CDL, *.GLOBAL declares global nets; in SPICE proper the card is a comment.
                if cur is not None and cur.text[:1] != "*":
                    yield cur
                cur = _Line(s[1:], lineno) if word == "global" and self.cdl else _Line("*", lineno)
                continue
            if not s or s[0] in "*#$" or s.startswith("//"):
                continue
            if s.lower().startswith(".control"):
                if cur is not None and cur.text[:1] != "*":
                    yield cur
                    cur = None
                control, control_line = [], lineno
                continue
            if cur is not None and cur.text.endswith("\\\\"):
                # HSPICE: a line ending in a double backslash goes on, without a '+', inside a quoted expression
                cur.text = cur.text[:-2] + s
                continue
            s = _strip_comment(s)
            if not s:
                continue
            if re.match(r"include\s+[\"']", s, re.I):
                s = "." + s  # 'include "file.pm3"' without the dot: PDK libraries write it, ngspice reads it
            if s[0] == "+":
                if cur is None:
                    raise InputError(f"{self._where(lineno)}: continuation line '+' with nothing to continue")
                cur.text += " " + s[1:]
                if len(cur.text) > _MAX_LINE:
                    raise InputError(f"{self._where(cur.line)}: statement longer than {_MAX_LINE} characters")
                continue
            if cur is not None and cur.text[:1] != "*":
                yield cur
            cur = _Line(s, lineno)
        if cur is not None and cur.text[:1] != "*":
            yield cur
        if control is not None:  # ngspice runs an unclosed script to the end of the file
            self.warnings.append(f"{self._where(control_line)}: .control block is never closed (.endc added)")
            yield Control(text="\n".join(control), pos=SourcePos(file=self.file, line=control_line))

    # -- items --------------------------------------------------------------------------------------------------
    def _parse_items(self, lines: Iterator[_Line | Control]) -> list[Item]:
        top: list[Item] = []
        stack: list[Subckt | Section] = []

        def add(item: Item) -> None:
            (stack[-1].items if stack else top).append(item)

        for ln in lines:
            if isinstance(ln, Control):
                add(ln)
                continue
            where = self._where(ln.line)
            pos = SourcePos(file=self.file, line=ln.line)
            try:
                if ln.text[0] == ".":
                    word = ln.text.split(None, 1)[0].lower()
                    if word == ".end":
                        break
                    if word in (".subckt", ".macro"):
                        check_nesting(len(stack) + self.nesting_base, where)
                        stack.append(self._subckt(ln.text, where, pos))
                        continue
                    if word in (".ends", ".eom"):
                        if not stack:  # PSpice decks carry a stray .ENDS; ignoring it changes nothing
                            self.warnings.append(f"{where}: .ends without an open .subckt was ignored")
                            continue
                        if not isinstance(stack[-1], Subckt):
                            raise InputError(f"{where}: .ends without a matching .subckt")
                        sub = stack.pop()
                        add(sub)
                        continue
                    if word == ".endl":
                        if not stack or not isinstance(stack[-1], Section):
                            raise InputError(f"{where}: .endl without a matching .lib section")
                        add(stack.pop())
                        continue
                    if word == ".lib":
                        rest = tokenize(ln.text, where)[1:]
                        if len(rest) == 1 and self._has_sections:
                            check_nesting(len(stack) + self.nesting_base, where)
                            stack.append(Section(name=rest[0], pos=pos))
                            continue
                    for item in self._directive(ln.text, word, where, pos):
                        add(item)
                else:
                    add(self._device(ln.text, where, pos))
            except InputError as exc:
                if self.strict:
                    raise
                scope = "/".join(s.name for s in stack)
                self.rejected.append(Rejected(text=ln.text, reason=str(exc), scope=scope, pos=pos))
        if stack:
            open_ = stack[-1]
            what = ".subckt" if isinstance(open_, Subckt) else ".lib section"
            raise InputError(f"{open_.pos}: {what} {open_.name} is never closed; add "
                             f"{'.ends' if isinstance(open_, Subckt) else '.endl'} {open_.name}")
        return top

    def _subckt(self, text: str, where: str, pos: SourcePos) -> Subckt:
        toks = tokenize(text, where)[1:]
        if not toks:
            raise InputError(f"{where}: .subckt needs a name and its ports")
        positional, params = split_params(toks[1:], where)
        return Subckt(name=toks[0], ports=[p for p in positional if p not in "()"], params=params, pos=pos)

    def _directive(self, text: str, word: str, where: str, pos: SourcePos) -> list[Item]:
        name = word[1:]
        if name in ("include", "inc", "lib"):
            rest = tokenize(text, where)[1:]
            if not rest:
                raise InputError(f"{where}: {word} needs a file name")
            path = rest[0].strip("'\"")
            section = rest[1] if name == "lib" and len(rest) > 1 else ""
            self._check_include(path, where, section)
            return [Include(path=path, section=section, pos=pos)]
        if name == "model":
            return [self._model(text, where, pos)]
        if name == "param":
            toks = tokenize(text, where)[1:]
            if len(toks) > 1 and toks[1] == "(":  # a function definition: .param f(x) = ...
                return [Directive(name="func", text=text, dialects=["ngspice", "hspice", "ltspice", "xyce"], pos=pos)]
            toks, funcs = _split_functions(toks)
            out: list[Item] = [Directive(name="func", text=".param " + f, dialects=["ngspice", "hspice", "ltspice", "xyce"],
                                         pos=pos) for f in funcs]
            return out + [Param(name=k, value=v, pos=pos) for k, v in _param_pairs(toks, where).items()]
        if name in ANALYSES:
            toks = tokenize(text, where)[1:]
            positional, params = split_params(toks, where)
            return [Analysis(kind=name, args=[_value_token(t) for t in positional if t not in ","], params=params, pos=pos)]
        if name in ("option", "options", "opt", "opts"):
            toks = tokenize(text, where)[1:]
            positional, params = split_params(toks, where)
            for flag in positional:
                params[flag.lower()] = ""
            dialects = _dialects("options", self.dialect)
            if positional and positional[0].lower() in _XYCE_OPTION_PACKAGES:
                dialects = ["xyce"]  # '.options device temp=…' is Xyce's package syntax: no other simulator reads it
            return [Directive(name="options", text=text, params=params, dialects=dialects, pos=pos)]
        if name == "title":
            return [Directive(name="title", text=text, dialects=_dialects("title", self.dialect), pos=pos)]
        if name in ("temp", "global", "ic", "nodeset"):
            toks = [t for t in tokenize(text, where)[1:] if t != ","]
            d = Directive(name=name, text=text, dialects=_dialects(name, self.dialect), pos=pos)
            if name in ("ic", "nodeset"):
                d.params = _node_values(text[len(word):], where)
            else:
                d.params = {str(i): _value_token(t) for i, t in enumerate(toks)}
            return [d]
        canon = {"measure": "meas", "endif": "endif", "elseif": "elseif"}.get(name, name)
        return [Directive(name=canon, text=text, dialects=_dialects(canon, self.dialect), pos=pos)]

    def _model(self, text: str, where: str, pos: SourcePos) -> Model:
        toks = tokenize(text, where)[1:]
        if len(toks) < 2:
            raise InputError(f"{where}: .model needs a name and a type (e.g. '.model n1 nmos level=1')")
        name, mtype = toks[0], toks[1]
        if mtype.lower() in _RAW_MODELS:  # CIDER device descriptions repeat keys: keep the body verbatim
            body_text = text.split(None, 3)[3] if len(text.split(None, 3)) > 3 else ""
            return Model(name=name, mtype=mtype.lower(), raw=body_text, pos=pos)
        body = toks[2:]
        if body and body[0] == "(":  # the parentheses around the parameter list; function calls inside stay
            body = body[1:-1] if body[-1] == ")" else body[1:]
        positional, params = split_params(body, where)
        if positional:
            # HSPICE/Xyce allow bare flags; keep them so nothing is lost
            for p in positional:
                params[p.lower()] = ""
        return Model(name=name, mtype=mtype.lower(), params=params, pos=pos)

    def _check_include(self, name: str, where: str, section: str = "") -> None:
        if not self.follow_includes:
            return
        target = resolve_include(name, self.path, self.allowed_dirs, where)
        if target is None:
            self.warnings.append(f"{where}: included file {name!r} not found next to the deck or in the model "
                                 "directories; it was not checked")
            return
        chain = self._stack + ((self.path,) if self.path else ())
        if target == self.path and section:
            return  # '.lib thisfile corner': a section of the file being read, not a loop
        if target in chain:
            loop = " -> ".join(p.name for p in chain) + f" -> {target.name}"
            raise InputError(f"{where}: include loop ({loop}); remove the include that leads back")
        if len(chain) >= MAX_INCLUDE_DEPTH:
            raise InputError(f"{where}: includes nested deeper than {MAX_INCLUDE_DEPTH}; is an include recursive?")
        try:
            st = target.stat()
        except OSError as exc:
            raise InputError(f"{where}: cannot read included file {target}: {exc.strerror or exc}") from None
        key = (target, st.st_mtime_ns, st.st_size, self.dialect, self.cdl, self.strict, tuple(self.allowed_dirs), chain)
        if key in _CHECKED:  # a corner library named by several .lib lines is read once
            return
        sub = SpiceParser(self.dialect, allowed_dirs=self.allowed_dirs, strict=self.strict,
                          follow_includes=True, cdl=self.cdl, _stack=chain)
        sub.parse_file(target, is_deck=False)
        if len(_CHECKED) >= 256:
            _CHECKED.clear()
        _CHECKED.add(key)

    # -- devices ------------------------------------------------------------------------------------------------
    def _device(self, text: str, where: str, pos: SourcePos) -> Device:
        first = text.split(None, 1)[0]
        kind = first[0].upper()
        if not kind.isalpha():
            raise InputError(f"{where}: unknown element {first!r}: a SPICE element name starts with its device letter "
                             "(R, C, L, V, I, M, Q, D, X, ...)")
        toks = tokenize(text, where)
        name, rest = toks[0], toks[1:]
        if kind in "RCL":
            positional, params = split_params(rest, where)
            self._need(positional, 2, name, "two nodes", where)
            if len(positional) > 2 and (rkm := _rkm(positional[2])):
                positional[2] = rkm
            return Device(name=name, kind=kind, nodes=positional[:2], args=[_value_token(t) for t in positional[2:]],
                          params=params, pos=pos)
        if kind in "VI":
            self._need(rest, 2, name, "two nodes", where)
            body = rest[2:]
            params = {}
            # trailing key=value pairs (LTspice Rser=, m=) are parameters; the rest is the source specification
            k = len(body)
            while k >= 3 and body[k - 2] == "=" and body[k - 3] not in "()=,":
                params = {body[k - 3].lower(): canonical_spice_value(body[k - 1]), **params}
                k -= 3
            return Device(name=name, kind=kind, nodes=rest[:2], args=[_value_token(t) for t in body[:k] if t != ","],
                          params=params, pos=pos)
        if kind in "EG":
            if len(rest) >= 3 and (rest[2].lower() in _BEHAVIOUR_WORDS or rest[2].lower().startswith("poly")):
                return Device(name=name, kind=kind, nodes=rest[:2], behaviour=_after_tokens(text, 3), pos=pos)
            positional, params = split_params(rest, where)
            self._need(positional, 4, name, "four nodes (out+ out- in+ in-)", where)
            return Device(name=name, kind=kind, nodes=positional[:4], args=[_value_token(t) for t in positional[4:]],
                          params=params, pos=pos)
        if kind in "FH":
            self._need(rest, 3, name, "two nodes and a controlling source", where)
            if rest[2].lower().startswith("poly") or rest[2].lower() in _BEHAVIOUR_WORDS:
                return Device(name=name, kind=kind, nodes=rest[:2], behaviour=_after_tokens(text, 3), pos=pos)
            positional, params = split_params(rest, where)
            return Device(name=name, kind=kind, nodes=positional[:2], refs=[positional[2]],
                          args=[_value_token(t) for t in positional[3:]], params=params, pos=pos)
        if kind == "B":
            self._need(rest, 3, name, "two nodes and V= or I= expression", where)
            return Device(name=name, kind=kind, nodes=rest[:2], behaviour=_after_tokens(text, 3), pos=pos)
        if kind == "K":
            positional, params = split_params(rest, where)
            self._need(positional, 3, name, "two inductors and a coupling factor", where)
            return Device(name=name, kind=kind, refs=positional[:-1], args=[_value_token(positional[-1])],
                          params=params, pos=pos)
        if kind == "X":
            positional, params = split_params(rest, where)
            positional = [t for t in positional if t not in "()"]
            self._need(positional, 1, name, "nodes and a subcircuit name", where)
            return Device(name=name, kind=kind, nodes=positional[:-1], model=positional[-1], params=params, pos=pos)
        if kind == "T":
            positional, params = split_params(rest, where)
            self._need(positional, 4, name, "four nodes", where)
            return Device(name=name, kind=kind, nodes=positional[:4], args=[_value_token(t) for t in positional[4:]],
                          params=params, pos=pos)
        if kind == "W":
            positional, params = split_params(rest, where)
            self._need(positional, 4, name, "two nodes, a controlling source and a model", where)
            return Device(name=name, kind=kind, nodes=positional[:2], refs=[positional[2]], model=positional[3],
                          args=[_value_token(t) for t in positional[4:]], params=params, pos=pos)
        if kind == "A":
            return self._xspice(name, rest, text, where, pos)
        if kind == "P" and "=" in rest and not any(_is_name(t) for t in split_params(rest, where)[0][2:]):
            # HSPICE/Xyce port element (P1 in 0 port=1 z0=50): nodes and parameters, no model
            positional, params = split_params(rest, where)
            return Device(name=name, kind="P", nodes=[t for t in positional if t not in "()"], params=params, pos=pos)
        if kind == "Y" and self.dialect == "xyce" and rest and _is_name(rest[0]) and not rest[0][0].isdigit():
            # Xyce Y devices name their type first (YROM ROM1 1 101 BASE_FILENAME=...): kept verbatim for Xyce
            return Device(name=name, kind="Y", behaviour=_after_tokens(text, 1), pos=pos)
        if kind == "U" and re.search(r"\w:\s|=\s*\S+\s*=|\{\w+\}\w", text):
            # PSpice digital primitives (U ... IO_LEVEL=, SETUP_HOLD:): ngspice-only syntax, kept verbatim
            return Device(name=name, kind=kind, behaviour=_after_tokens(text, 1), pos=pos)
        if kind in _MODEL_MIN_NODES:
            positional, params = split_params(rest, where)
            positional = [t for t in positional if t not in "()"]
            lo = _MODEL_MIN_NODES[kind]
            idx = max((i for i in range(lo, len(positional)) if _is_name(positional[i])), default=-1)
            if idx < 0:
                raise InputError(f"{where}: {name} needs at least {lo} nodes and a model name; got {' '.join(rest)[:60]!r}")
            return Device(name=name, kind=kind, nodes=positional[:idx], model=positional[idx],
                          args=[_value_token(t) for t in positional[idx + 1:]], params=params, pos=pos)
        raise InputError(f"{where}: unknown device {name!r} (element letter {kind!r}); "
                         "known letters: A B C D E F G H I J K L M N O P Q R S T U V W X Y Z")

    def _xspice(self, name: str, rest: list[str], text: str, where: str, pos: SourcePos) -> Device:
        positional, params = split_params(rest, where)
        if len(positional) < 2:
            raise InputError(f"{where}: XSPICE instance {name} needs connections and a model name")
        body = _after_tokens(text, 1)
        model = positional[-1]
        # the connection part, with [vectors], %modifiers and ~inversions, stays verbatim for ngspice
        conn = body[: body.rfind(model)].strip() if model in body else " ".join(positional[:-1])
        nodes = [t.lstrip("~") for t in re.findall(r"[^\s\[\]]+", conn)
                 if not t.startswith("%") and t.lower() not in ("null",)]
        return Device(name=name, kind="A", nodes=nodes, model=model, params=params, raw=conn, pos=pos)

    @staticmethod
    def _need(toks: list[str], n: int, name: str, what: str, where: str) -> None:
        if len(toks) < n:
            raise InputError(f"{where}: {name} needs {what}; got {' '.join(toks)[:60]!r}")


def _param_pairs(toks: list[str], where: str) -> dict[str, str]:
    """``.param a = 1 b = 2*a c = {x}``: a value runs up to the next ``name =`` (unbraced expressions allowed)."""
    if not toks:  # an empty .PARAM (CDL writes one) defines nothing
        return {}
    if "=" not in toks and len(toks) % 2 == 0 and all(_is_name(t) for t in toks[::2]):
        # LTspice also reads '.param r 20' (a name and its value, no '=')
        return {toks[i].lower(): canonical_spice_value(toks[i + 1]) for i in range(0, len(toks), 2)}
    starts = [i for i in range(len(toks) - 1) if toks[i + 1] == "=" and toks[i] not in "(),="]
    if not starts or starts[0] != 0:
        raise InputError(f"{where}: .param expects name=value pairs, got {' '.join(toks)[:60]!r}")
    out: dict[str, str] = {}
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(toks)
        val = list(toks[i + 2:end])
        if not val:
            raise InputError(f"{where}: parameter {toks[i]!r} has no value after '='")
        if len(val) == 1:
            out[toks[i].lower()] = canonical_spice_value(val[0])
        else:
            expr = "".join(t[1:-1] if t[:1] in "{'" and t[-1:] in "}'" else t for t in val)
            out[toks[i].lower()] = "{" + canonical_spice_expr(expr) + "}"
    return out


def _param_values_as_expressions(items: list[Item]) -> None:
    """``R1 1 2 R1VAL`` with ``.param R1VAL=10``: the word is the parameter's value, not a model (SPICE reads it so)."""
    params: set[str] = set()
    models: set[str] = set()
    stack = [items]
    devices: list[Device] = []
    while stack:
        for it in stack.pop():
            if isinstance(it, Param):
                params.add(it.name.lower())
            elif isinstance(it, Model):
                models.add(it.name.lower())
            elif isinstance(it, Device) and it.kind in "RCL" and not it.model and it.args:
                devices.append(it)
            elif isinstance(it, (Subckt, Section)):
                params.update(k.lower() for k in getattr(it, "params", {}))
                stack.append(it.items)
    for d in devices:
        word = d.args[0]
        if _is_name(word) and word.lower() in params and word.lower() not in models:
            d.args[0] = "{" + word + "}"


def _split_functions(toks: list[str]) -> tuple[list[str], list[str]]:
    """``.PARAM a1=11 square(X)='X*X' a2=3``: the tokens without the function definitions, and those definitions."""
    out: list[str] = []
    funcs: list[str] = []
    i, n = 0, len(toks)
    while i < n:
        if i + 1 < n and toks[i + 1] == "(" and _is_name(toks[i]) and (i == 0 or toks[i - 1] != "="):
            k = _group_end(toks, i + 1)
            if k + 1 < n and toks[k] == "=":
                funcs.append(f"{toks[i]}({''.join(toks[i + 2:k - 1])}) = {toks[k + 1]}")
                i = k + 2
                continue
        out.append(toks[i])
        i += 1
    return out, funcs


def _node_values(text: str, where: str) -> dict[str, str]:
    """``V(a)=1 v(b)=2`` of ``.ic``/``.nodeset`` as {node: value}."""
    out: dict[str, str] = {}
    for m in re.finditer(r"v\s*\(\s*([^)\s]+)\s*\)\s*=\s*(\S+)", text, re.I):
        out[m.group(1)] = canonical_spice_value(m.group(2))
    if not out and text.strip():
        raise InputError(f"{where}: expected V(node)=value pairs")
    return out


def _after_tokens(text: str, n: int) -> str:
    """The raw text after the first ``n`` whitespace-separated words (behavioural specs stay verbatim)."""
    parts = text.split(None, n)
    return parts[n] if len(parts) > n else ""


def _strip_comment(s: str) -> str:
    """Inline comments: ``;`` (ngspice, LTspice, Xyce), `` $ `` (HSPICE, ngspice), `` //`` (ngspice)."""
    if ";" in s or "$" in s or "//" in s:
        quote = ""
        for i, ch in enumerate(s):
            if quote:
                if ch == quote:
                    quote = ""
                continue
            if ch in "'\"":
                quote = ch
            elif ch == ";":
                return s[:i].rstrip()
            elif ch == "$" and i > 0 and s[i - 1] in " \t" and s[i + 1:i + 3].upper() != "G_":  # Xyce global nodes: $G_VDD
                return s[:i].rstrip()
            elif ch == "/" and s.startswith("//", i) and i > 0 and s[i - 1] in " \t":
                return s[:i].rstrip()
    return s


# which dialects understand a control card as written (the rest must refuse it)
_DIRECTIVE_DIALECTS: dict[str, tuple[str, ...]] = {
    "options": ("ngspice", "hspice", "ltspice"),
    "title": ("ngspice", "hspice", "ltspice", "xyce"),
    "temp": ("ngspice", "hspice", "ltspice"),
    "global": ("ngspice", "hspice", "ltspice", "xyce"),
    "ic": ("ngspice", "hspice", "ltspice", "xyce"),
    "nodeset": ("ngspice", "hspice", "ltspice", "xyce"),
    "save": ("ngspice", "ltspice"),
    "print": ("ngspice", "hspice", "xyce"),
    "plot": ("ngspice", "hspice"),
    "probe": ("ngspice",),
    "meas": ("ngspice", "hspice", "ltspice", "xyce"),
    "func": ("ngspice", "ltspice", "xyce"),
    "csparam": ("ngspice",),
    "if": ("ngspice", "hspice"),
    "elseif": ("ngspice", "hspice"),
    "else": ("ngspice", "hspice"),
    "endif": ("ngspice", "hspice"),
    "step": ("ltspice", "xyce"),
    "data": ("hspice", "xyce"),
    "alter": ("hspice",),
    "global_param": ("xyce",),
}


def _dialects(name: str, source: str) -> list[str]:
    known = _DIRECTIVE_DIALECTS.get(name)
    if known is None:
        return [source]
    return sorted(set(known) | {source})


def parse_spice(text: str, dialect: str = "ngspice", *, file: str = "", is_deck: bool = True,
                strict: bool = True) -> Netlist:
    """Parse SPICE text without touching the file system (includes are recorded, not followed)."""
    return SpiceParser(dialect, strict=strict, follow_includes=False).parse_text(text, file=file, is_deck=is_deck)


def parse_spice_file(path: Path, dialect: str = "ngspice", *, allowed_dirs: Sequence[Path] = (), strict: bool = True,
                     is_deck: bool | None = None) -> Netlist:
    """Parse a SPICE file, following and checking its includes inside the allowed directories."""
    return SpiceParser(dialect, allowed_dirs=allowed_dirs, strict=strict).parse_file(Path(path), is_deck=is_deck)


__all__ = ["SpiceParser", "parse_spice", "parse_spice_file", "tokenize", "split_params", "canonical_spice_expr"]
