"""What a translation must keep beyond connectivity: parameters, functions, globals, ground, names.

The graph proof compares devices and nets. A translation can keep every edge and still change
the circuit: a ``.param`` dropped or changed, a user function left out, a global net whose case
no longer matches its uses, a ground alias (``gnd!``) that the target reads as an ordinary node,
two devices with one name, a ``µ`` copied where the target reads no such suffix. This module
maps ground aliases per dialect before emitting, and compares the meaning of a source and the
re-parsed translation after.

Expressions are compared by value: each is evaluated with the parameters in scope, and any name
left free takes the same sample value on both sides (a hash of the name), so ``2*a`` and
``a*2`` agree and ``a+1`` and ``a`` do not, whatever ``a`` is.
"""

from __future__ import annotations

import ast
import hashlib
import math
import operator
import re
from collections.abc import Callable
from typing import Any

from chipsmith.tools.netlist.model import Device, Directive, Netlist, Param, Section, Subckt
from chipsmith.tools.netlist.values import _SPICE_SCALE, to_float

# the nets each dialect reads as the reference node (names compared in lower case)
GROUND: dict[str, frozenset[str]] = {
    "ngspice": frozenset({"0", "gnd"}),
    "ltspice": frozenset({"0", "gnd"}),
    "hspice": frozenset({"0", "gnd", "gnd!", "ground"}),
    "xyce": frozenset({"0", "gnd", "gnd!", "ground"}),
    "spectre": frozenset({"0"}),
    "verilog": frozenset(),
}


def is_ground(node: str, dialect: str) -> bool:
    return node.lower() in GROUND.get(dialect, frozenset({"0"}))


def map_ground(net: Netlist, target: str) -> tuple[Netlist, list[str]]:
    """``net`` with its nodes renamed so that ``target`` reads ground where the source did, and nowhere else.

    A source ground alias the target does not know becomes ``0``; a source net that the target
    would take for ground (``gnd!`` is an ordinary node in ngspice, ground in HSPICE) gets a suffix.
    Every rename is reported.
    """
    src = net.dialect
    if src == target or target in ("json",):
        return net, []
    renamed: dict[str, str] = {}

    def new(node: str, ports: frozenset[str] = frozenset()) -> str:
        if node.lower() in ports:  # a subcircuit port spelled like ground stays the port
            return node
        if is_ground(node, src) and not is_ground(node, target):
            renamed.setdefault(node, "0")
            return "0"
        if not is_ground(node, src) and is_ground(node, target):
            alt = node.replace("!", "") + "_net"
            renamed.setdefault(node, alt)
            return alt
        return node

    def fix(items: list[Any], ports: frozenset[str] = frozenset()) -> list[Any]:
        out = []
        for it in items:
            if isinstance(it, Device) and any(new(n, ports) != n for n in it.nodes):
                it = it.model_copy(update={"nodes": [new(n, ports) for n in it.nodes]})
            elif isinstance(it, Subckt):
                it = it.model_copy(update={"items": fix(it.items, frozenset(p.lower() for p in it.ports))})
            elif isinstance(it, Section):
                it = it.model_copy(update={"items": fix(it.items, ports)})
            out.append(it)
        return out

    items = fix(net.items)
    if not renamed:
        return net, []
    notes = [f"node {old!r} is {'ground' if new_ == '0' else 'an ordinary node'} in {src} and is written as {new_!r} "
             f"for {target}" for old, new_ in sorted(renamed.items())]
    return net.model_copy(update={"items": items}), notes


# -- expressions -------------------------------------------------------------------------------------------------
_FUNCS: dict[str, Callable[..., float]] = {
    "sqrt": math.sqrt, "exp": math.exp, "log": math.log, "ln": math.log, "log10": math.log10, "abs": abs,
    "min": min, "max": max, "pow": math.pow, "pwr": math.pow, "sin": math.sin, "cos": math.cos, "tan": math.tan,
    "atan": math.atan, "asin": math.asin, "acos": math.acos, "sinh": math.sinh, "cosh": math.cosh, "tanh": math.tanh,
    "int": lambda x: float(int(x)), "floor": math.floor, "ceil": math.ceil, "sgn": lambda x: float((x > 0) - (x < 0)),
    "sign": lambda x, y=1.0: math.copysign(abs(x), y), "db": lambda x: 20 * math.log10(abs(x)),
}
_BIN: dict[type, Callable[[Any, Any], Any]] = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
                                               ast.Div: operator.truediv, ast.Pow: operator.pow, ast.Mod: operator.mod}
_CMP: dict[type, Callable[[Any, Any], Any]] = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt,
                                               ast.GtE: operator.ge, ast.Eq: operator.eq, ast.NotEq: operator.ne}
_NUM = re.compile(r"(?<![\w.])((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(meg|mil|[tgkmunpfa])?[a-z]*(?![\w.])", re.I)
_MAX_EXPR = 4000


class _Unknown(Exception):
    """The expression uses something this evaluator does not model (a user function, a string)."""


def sample_value(name: str) -> float:
    """The value a free name takes on both sides of a comparison: fixed, distinct per name, in [1, 2)."""
    return 1.0 + int(hashlib.sha256(name.lower().encode()).hexdigest()[:8], 16) / 2**32


def evaluate(value: str, env: dict[str, float]) -> float | None:
    """The number a canonical value (``1meg``, ``{2*w+1u}``) stands for, or None when it cannot be evaluated."""
    num = to_float(value)
    if num is not None:
        return num
    text = value[1:-1] if value.startswith("{") and value.endswith("}") else value
    text = text.strip().strip("'\"")
    if not text or len(text) > _MAX_EXPR:
        return None
    py = _NUM.sub(lambda m: f"({m.group(1)}*{_SPICE_SCALE.get((m.group(2) or '').lower(), 1.0)!r})", text)
    py = py.replace("^", "**").replace("&&", " and ").replace("||", " or ")
    try:
        tree = ast.parse(py, mode="eval")
        return float(_eval(tree.body, env))
    except (SyntaxError, ValueError, TypeError, ZeroDivisionError, OverflowError, RecursionError, MemoryError, _Unknown):
        return None


def _eval(node: ast.AST, env: dict[str, float]) -> Any:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name):
        key = node.id.lower()
        if key in ("pi",):
            return math.pi
        return env[key] if key in env else sample_value(key)
    if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
        return _BIN[type(node.op)](_eval(node.left, env), _eval(node.right, env))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = _eval(node.operand, env)
        return -v if isinstance(node.op, ast.USub) else v
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _CMP:
        return float(_CMP[type(node.ops[0])](_eval(node.left, env), _eval(node.comparators[0], env)))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.lower() in _FUNCS and not node.keywords:
        return _FUNCS[node.func.id.lower()](*[_eval(a, env) for a in node.args])
    raise _Unknown(type(node).__name__)


# -- the comparison ----------------------------------------------------------------------------------------------
def _scopes(net: Netlist) -> dict[str, tuple[dict[str, str], list[Any]]]:
    """Per scope (lower-case path): the default parameters and the items."""
    out: dict[str, tuple[dict[str, str], list[Any]]] = {"": ({}, net.items)}
    for scope, it in net.walk():
        if isinstance(it, Subckt):
            out[(f"{scope}/{it.name}" if scope else it.name).lower()] = ({k.lower(): v for k, v in it.params.items()}, it.items)
    return out


def _param_values(net: Netlist) -> dict[str, tuple[str, float | None]]:
    """Every parameter and subcircuit default as ``scope:name`` -> (canonical text, evaluated value)."""
    out: dict[str, tuple[str, float | None]] = {}
    top: dict[str, float] = {}
    for scope, (defaults, items) in _scopes(net).items():
        env = dict(top) if scope else top
        for k, v in defaults.items():
            val = evaluate(v, env) if v else None
            out[f"{scope}:{k}"] = (v, val)
            if val is not None:
                env[k] = val
        for it in items:
            if isinstance(it, Param):
                val = evaluate(it.value, env)
                out[f"{scope}:{it.name.lower()}"] = (it.value, val)
                if val is not None:
                    env[it.name.lower()] = val
    return out


def _functions(net: Netlist) -> set[str]:
    names = set()
    for _, it in net.walk():
        if isinstance(it, Directive) and it.name == "func":
            m = re.match(r"\s*\.?(?:func|param)?\s*(\w+)\s*\(", it.text, re.I)
            if m:
                names.add(m.group(1).lower())
    return names


def _globals(net: Netlist) -> list[str]:
    return [v for _, it in net.walk() if isinstance(it, Directive) and it.name == "global" for v in it.params.values()]


def _ground_terminals(net: Netlist, dialect: str) -> dict[str, int]:
    ports = {(f"{scope}/{it.name}" if scope else it.name).lower(): {p.lower() for p in it.ports}
             for scope, it in net.walk() if isinstance(it, Subckt)}
    return {scope: sum(1 for it in items if isinstance(it, Device) for n in it.nodes
                       if is_ground(n, dialect) and n.lower() not in ports.get(scope, set()))
            for scope, (_, items) in _scopes(net).items()}


def duplicate_devices(net: Netlist) -> dict[str, list[str]]:
    """Device names used twice in one scope (case folded), per scope."""
    out: dict[str, list[str]] = {}
    for scope, (_, items) in _scopes(net).items():
        seen: set[str] = set()
        for it in items:
            if isinstance(it, Device):
                k = it.name.lower()
                if k in seen:
                    out.setdefault(scope, []).append(it.name)
                seen.add(k)
    return out


def meaning_losses(source: Netlist, result: Netlist, target: str, *, rtol: float = 1e-9) -> list[str]:
    """What ``result`` (the translation to ``target``, re-parsed) lost or changed of ``source``'s meaning."""
    losses: list[str] = []
    pa, pb = _param_values(source), _param_values(result)
    for key, (text, val) in pa.items():
        if key not in pb:
            losses.append(f"parameter {key.lstrip(':')} = {text} is missing from the {target} output")
            continue
        text_b, val_b = pb[key]
        if val is not None and val_b is not None:
            if not math.isclose(val, val_b, rel_tol=rtol, abs_tol=1e-30):
                losses.append(f"parameter {key.lstrip(':')} is {val:g} in the source and {val_b:g} in the {target} output")
        elif (val is None) != (val_b is None) or "".join(text.lower().split()) != "".join(text_b.lower().split()):
            losses.append(f"parameter {key.lstrip(':')} = {text} became {text_b} in the {target} output")
    fa, fb = _functions(source), _functions(result)
    if fa - fb:
        losses.append(f"functions {sorted(fa - fb)} are missing from the {target} output")
    ga, gb = _globals(source), _globals(result)
    if sorted(g.lower() for g in ga) != sorted(g.lower() for g in gb):
        losses.append(f"global nets {ga} became {gb} in the {target} output")
    elif result.case_sensitive:
        used = {n for _, it in result.walk() if isinstance(it, Device) for n in it.nodes}
        folded = {n.lower(): n for n in used}
        for g in gb:
            if g not in used and g.lower() in folded:
                losses.append(f"global net {g!r} no longer matches its uses ({folded[g.lower()]!r}) in the case-sensitive "
                              f"{target} output")
    ground_a, ground_b = _ground_terminals(source, source.dialect), _ground_terminals(result, target)
    for scope in sorted(set(ground_a) & set(ground_b)):
        if ground_a[scope] != ground_b[scope]:
            losses.append(f"{ground_a[scope]} terminal(s) on ground in {source.dialect} but {ground_b[scope]} in the "
                          f"{target} output (scope {scope or 'top'}): a ground alias changed meaning")
    da, db = duplicate_devices(source), duplicate_devices(result)
    for scope, names in db.items():
        if len(names) > len(da.get(scope, [])):
            losses.append(f"device names used twice in scope {scope or 'top'} of the {target} output: {names[:3]}")
    for _, it in result.walk():
        vals = list(getattr(it, "params", {}).values()) + list(getattr(it, "args", []))
        bad = [v for v in vals if isinstance(v, str) and any(ord(ch) > 127 for ch in v)]
        if bad:
            losses.append(f"{it.pos}: value {bad[0]!r} has a character {target} does not read as a number")
            break
    return losses


__all__ = ["GROUND", "is_ground", "map_ground", "evaluate", "meaning_losses", "duplicate_devices", "sample_value"]


_IDENT = re.compile(r"(?<![\w.$])([A-Za-z_]\w*)(?!\s*\()")
_BUILTIN_NAMES = {"pi", "e", "temp", "temper", "time", "hertz", "tnom", "true", "false", "vt", "kt", "q", "k", "gmin",
                  "dc", "ac", "x", "if", "else", "and", "or", "not", "m", "scale", "s", "f", "j", "inf"}


def undefined_warnings(net: Netlist) -> list[str]:
    """Models, subcircuits and parameters a netlist uses but does not define, and MOSFETs with three nodes.

    Only for files that include nothing (an included library may define them); each is a warning
    with its file:line, never silence.
    """
    from chipsmith.tools.netlist.model import Include, Model

    out: list[str] = []
    for _, it in net.walk():
        if isinstance(it, Device) and it.kind == "M" and len(it.nodes) == 3 and net.dialect != "spectre":
            out.append(f"{it.pos}: {it.name} has three nodes; a MOSFET has four (drain gate source bulk): check that "
                       f"{it.model!r} is the model and not the bulk")
    if any(isinstance(it, Include) for _, it in net.walk()):
        return out
    models = {it.name.lower() for _, it in net.walk() if isinstance(it, (Model, Subckt))}
    params = {it.name.lower() for _, it in net.walk() if isinstance(it, Param)}
    for _, it in net.walk():
        if isinstance(it, Subckt):
            params |= {k.lower() for k in it.params}
        if isinstance(it, Directive) and it.name == "func":
            m = re.search(r"\(([^)]*)\)", it.text)
            params |= {a.strip().lower() for a in (m.group(1).split(",") if m else [])}
    missing_models: dict[str, str] = {}
    missing_params: dict[str, str] = {}
    for _, it in net.walk():
        if isinstance(it, Device):
            if it.kind in "MQDJX" and it.model and it.model.lower() not in models and not it.behaviour and \
                    not (net.dialect == "verilog"):
                missing_models.setdefault(it.model, str(it.pos))
            values = list(it.params.values()) + [a for a in it.args if a.startswith("{")]
        elif isinstance(it, Param):
            values = [it.value]
        else:
            continue
        for v in values:
            if not v.startswith("{"):
                continue
            expr = re.sub(r"\b[vi]\s*\([^)]*\)", "0", v[1:-1], flags=re.I)  # node voltages and branch currents
            for name in _IDENT.findall(_NUM.sub("0", expr)):
                if name.lower() not in params and name.lower() not in _BUILTIN_NAMES:
                    missing_params.setdefault(name, str(it.pos))
    for name, where in list(missing_models.items())[:5]:
        out.append(f"{where}: model or subcircuit {name!r} is not defined in this file and nothing is included")
    for name, where in list(missing_params.items())[:5]:
        out.append(f"{where}: parameter {name!r} is used but not defined in this file and nothing is included")
    return out
