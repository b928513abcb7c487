"""What each dialect can express, and the check that refuses a translation instead of dropping a construct."""

from __future__ import annotations

from chipsmith.core.errors import InputError
from chipsmith.tools.netlist.model import Analysis, Control, Device, Directive, Include, Model, Netlist, Param, Subckt

# element letters each target writes with the same meaning as ngspice
DEVICES: dict[str, str] = {
    "ngspice": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "hspice": "CDEFGHIJKLMQRTVX",
    "ltspice": "BCDEFGHIJKLMOQRSTUVWXZ",
    "xyce": "BCDEFGHIJKLMOQRSTVWXZ",
    "spectre": "CDEFGHIJKLMQRTVX",
    "verilog": "X",
}
ANALYSES: dict[str, set[str]] = {
    "ngspice": {"op", "dc", "ac", "tran", "noise", "tf", "sens", "pz", "disto", "sp", "pss", "four"},
    "hspice": {"op", "dc", "ac", "tran", "noise", "tf", "four"},
    "ltspice": {"op", "dc", "ac", "tran", "noise", "tf", "four"},
    "xyce": {"op", "dc", "ac", "tran", "noise", "four"},
    "spectre": {"op", "dc", "ac", "tran"},
    "verilog": set(),
}
# behavioural specifications (B sources, E/G VALUE/TABLE/POLY) are copied verbatim: only dialects that read them
BEHAVIOUR: dict[str, set[str]] = {
    "B": {"ngspice", "ltspice", "xyce"},
    "E": {"ngspice", "hspice", "ltspice", "xyce"},
    "G": {"ngspice", "hspice", "ltspice", "xyce"},
    "F": {"ngspice", "hspice", "xyce"},
    "H": {"ngspice", "hspice", "xyce"},
    "U": {"ngspice"},
    "Y": {"xyce"},
}
SPECTRE_DIRECTIVES = {"options", "temp", "global", "ic", "nodeset", "title"}
SPECTRE_OPTIONS = {"reltol", "temp", "tnom", "gmin", "scale"}


def directive_ok(d: Directive, target: str) -> bool:
    """Whether ``target`` can express the control card ``d`` (the one rule emitters, checks and drops share)."""
    if target == "spectre":
        if "spectre" in d.dialects:
            return True
        if d.name == "options":
            return set(d.params) <= SPECTRE_OPTIONS
        return d.name in SPECTRE_DIRECTIVES
    return target in d.dialects


class UnsupportedConstruct(InputError):
    """The target dialect cannot express something in the source; nothing was written."""


def unsupported(net: Netlist, target: str, drop: frozenset[str] = frozenset()) -> list[str]:
    """Every construct of ``net`` that ``target`` cannot express, as ``file:line: what`` lines.

    ``drop`` names construct classes the caller explicitly agreed to leave out (``control``,
    ``directives``); they are reported in the translation's warnings, never silently.
    """
    out: list[str] = []
    devs = DEVICES[target]
    for _scope, it in net.walk():
        where = f"{it.pos}" if hasattr(it, "pos") else ""
        if isinstance(it, Device):
            if it.kind == "P" and not it.model:  # a port element, not ngspice's coupled line (also letter P)
                if target not in ("hspice", "xyce"):
                    out.append(f"{where}: port element {it.name} (S-parameter port) exists in HSPICE and Xyce only")
            elif it.kind not in devs:
                out.append(f"{where}: {target} has no element {it.kind!r} equivalent to {net.dialect}'s ({it.name})")
            elif it.behaviour and target not in BEHAVIOUR.get(it.kind, set()):
                out.append(f"{where}: {target} cannot read the behavioural spec of {it.name} ({it.behaviour[:40]!r})")
            elif it.behaviour and target != net.dialect and (net.dialect == "hspice") != (target == "hspice"):
                out.append(f"{where}: behavioural spec of {it.name} uses {net.dialect} expression syntax")
            elif it.kind == "A" and target != "ngspice":
                out.append(f"{where}: XSPICE instance {it.name} exists only in ngspice")
        elif isinstance(it, Subckt) and target in ("ngspice", "hspice", "ltspice", "xyce") and any(v == "" for v in it.params.values()):
            names = [k for k, v in it.params.items() if v == ""]
            out.append(f"{where}: subcircuit {it.name} declares parameters without defaults ({', '.join(names[:4])}); "
                       f"{target} needs a default value for each: add them, then convert")
        elif target == "verilog" and isinstance(it, (Model, Param, Include, Directive, Control)):
            out.append(f"{where}: structural Verilog cannot carry a {it.type} card")
        elif isinstance(it, Model) and it.raw and target != "ngspice":
            out.append(f"{where}: {it.mtype} (CIDER) model {it.name} exists only in ngspice")
        elif isinstance(it, Analysis):
            if it.kind not in ANALYSES[target]:
                out.append(f"{where}: {target} has no .{it.kind} analysis as written")
        elif isinstance(it, Control):
            if target != "ngspice" and "control" not in drop:
                out.append(f"{where}: .control script (ngspice only); convert it by hand or drop it explicitly")
        elif isinstance(it, Directive):
            if not directive_ok(it, target) and it.name in ("if", "elseif", "else") and "directives" in drop:
                out.append(f"{where}: .{it.name} cannot be left out: every branch's devices would be kept together; "
                           f"keep the branch you want by hand, then convert")
            elif not directive_ok(it, target) and "directives" not in drop:
                out.append(f"{where}: {target} has no .{it.name} card as written ({it.text[:40]!r})")
    return out


def check(net: Netlist, target: str, drop: frozenset[str] = frozenset()) -> None:
    """Raise :class:`UnsupportedConstruct` listing what ``target`` cannot express."""
    problems = unsupported(net, target, drop)
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        hint = []
        if any(".control script" in p for p in problems):
            hint.append("--drop control leaves the .control script out (and says so)")
        if any(" card as written" in p for p in problems):
            hint.append("--drop directives leaves simulator-specific cards out (and lists them)")
        raise UnsupportedConstruct(f"cannot write {target}: " + "; ".join(problems[:5]) + more +
                                   (f". {'; '.join(hint)}" if hint else ""))


def dropped(net: Netlist, target: str, drop: frozenset[str]) -> list[str]:
    """What an explicit ``drop`` leaves out of the target, for the translation's warnings."""
    out = []
    for _, it in net.walk():
        if isinstance(it, Control) and target != "ngspice" and "control" in drop:
            out.append(f"{it.pos}: .control script left out (asked to drop it)")
        if isinstance(it, Directive) and "directives" in drop:
            if not directive_ok(it, target):
                out.append(f"{it.pos}: .{it.name} left out (asked to drop directives)")
    return out
