"""Parse any supported dialect, emit any other, and prove the translation by re-parsing it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chipsmith.core.errors import InputError
from chipsmith.tools.netlist.graph import Proof, prove, to_json_graph
from chipsmith.tools.netlist.meaning import map_ground, undefined_warnings
from chipsmith.tools.netlist.model import DIALECTS, SPICE_FAMILY, Netlist
from chipsmith.tools.netlist.source import read_netlist_text
from chipsmith.tools.netlist.spectre import SpectreParser, emit_spectre
from chipsmith.tools.netlist.spice import SpiceParser
from chipsmith.tools.netlist.spice_emit import emit_spice
from chipsmith.tools.netlist.support import check, dropped

TARGETS: tuple[str, ...] = DIALECTS + ("json",)
SUFFIX = {"ngspice": ".cir", "hspice": ".sp", "ltspice": ".net", "xyce": ".cir", "spectre": ".scs", "verilog": ".v", "json": ".json"}
_ALIASES = {"spice": "ngspice", "spice3": "ngspice", "pspice": "ngspice", "scs": "spectre", "v": "verilog"}
_SPECTRE_LINE = re.compile(r"^\s*[\w.\\!<>\[\]-]+\s*\([^)]*\)\s*[\w.!]+", re.M)


def dialect_name(name: str) -> str:
    """A dialect name the user typed, normalised; an InputError lists the valid ones."""
    d = _ALIASES.get(name.strip().lower(), name.strip().lower())
    if d not in TARGETS:
        raise InputError(f"unknown netlist dialect {name!r}; choose one of: {', '.join(TARGETS)}")
    return d


def guess_dialect(text: str, suffix: str = "") -> str:
    """The dialect a file is written in, from its extension and, for SPICE-like extensions, its content."""
    suffix = suffix.lower()
    if suffix in (".v", ".sv", ".vg"):
        return "verilog"
    if suffix in (".scs", ".spectre"):
        return "spectre"
    head = text[:200_000]
    if re.search(r"^\s*module\s+\S+", head, re.M) and re.search(r"^\s*endmodule", head, re.M):
        return "verilog"
    if re.search(r"^\s*simulator\s+lang\s*=\s*spectre", head, re.M) or re.search(r"^\s*(inline\s+)?subckt\s+\S", head, re.M):
        return "spectre"
    lines = [ln for ln in head.splitlines() if ln.strip() and not ln.lstrip().startswith(("*", "//", "."))]
    if lines and sum(1 for ln in lines if _SPECTRE_LINE.match(ln)) >= max(1, len(lines) // 2):
        return "spectre"
    if suffix in (".asc",):
        raise InputError("LTspice schematics (.asc) are not netlists; export the netlist (.net) from LTspice")
    return "ngspice"


def parse_text(text: str, dialect: str, *, file: str = "", is_deck: bool = True, strict: bool = True,
               allowed_dirs: Sequence[Path] = (), path: Path | None = None, cdl: bool = False) -> Netlist:
    """Parse ``text`` written in ``dialect``."""
    if dialect == "verilog":
        from chipsmith.tools.netlist.verilog import parse_verilog

        return parse_verilog(text, file=file, strict=strict)
    if dialect == "spectre":
        sp = SpectreParser(allowed_dirs=allowed_dirs, strict=strict, follow_includes=path is not None)
        sp.path = path.resolve() if path else None
        net = sp.parse_text(text, file=file)
    elif dialect in SPICE_FAMILY:
        p = SpiceParser(dialect, allowed_dirs=allowed_dirs, strict=strict, follow_includes=path is not None, cdl=cdl)
        p.path = path.resolve() if path else None
        net = p.parse_text(text, file=file, is_deck=is_deck)
    else:
        raise InputError(f"cannot parse dialect {dialect!r}; choose one of: {', '.join(DIALECTS)}")
    if path is not None:  # a file the user gave (re-parsed translations are checked by the proof instead)
        net.warnings.extend(undefined_warnings(net))
    return net


def parse_file(path: Path, dialect: str | None = None, *, allowed_dirs: Sequence[Path] = (), strict: bool = True,
               is_deck: bool | None = None) -> Netlist:
    """Parse a netlist file (dialect guessed when not given); includes are checked inside ``allowed_dirs``.

    ``is_deck`` says whether the first line is a title; by default a library extension or a first
    line that is itself a card (``.subckt``, ``.model``, ...) means a library without a title.
    """
    path = Path(path)
    text = read_netlist_text(path)
    cdl = (dialect or "").strip().lower() == "cdl" or (not dialect and path.suffix.lower() == ".cdl")
    d = "hspice" if cdl else dialect_name(dialect) if dialect else guess_dialect(text, path.suffix)
    if is_deck is None:
        is_deck = path.suffix.lower() not in LIBRARY_SUFFIXES and not _starts_with_card(text)
    if d == "spectre":
        is_deck = True
    if d == "verilog":
        is_deck = False
    return parse_text(text, d, file=str(path), is_deck=is_deck, strict=strict, allowed_dirs=allowed_dirs, path=path, cdl=cdl)


LIBRARY_SUFFIXES = (".lib", ".mod", ".inc", ".sub", ".subcir", ".nmos", ".pmos", ".model", ".lb", ".cdl", ".spi", ".pm",
                    ".pm3", ".l", ".sp3")
_CARD_FIRST = re.compile(r"\s*\.(subckt|model|lib|param|parameters|include|inc|global|option|options|macro)\b", re.I)


def _starts_with_card(text: str) -> bool:
    """Whether the first non-blank line is a card: a library, not a deck whose first line is its title."""
    for line in text.splitlines():
        if line.strip():
            return bool(_CARD_FIRST.match(line))
    return False


def emit(net: Netlist, target: str, *, drop: frozenset[str] = frozenset()) -> str:
    """Write ``net`` in ``target``; a construct the target cannot express raises UnsupportedConstruct."""
    target = dialect_name(target)
    if target == "json":
        import json

        return json.dumps(to_json_graph(net), indent=1, sort_keys=True) + "\n"
    check(net, target, drop)
    net = rename_duplicates(net)[0]
    if net.rejected:
        first = net.rejected[0]
        raise InputError(f"{first.pos}: {len(net.rejected)} line(s) could not be parsed, first: {first.reason}")
    if net.case_sensitive and target in SPICE_FAMILY:
        _check_case_collisions(net)
    net = map_ground(net, target)[0]
    if target == "spectre":
        return emit_spectre(_without(net, drop, target))
    if target == "verilog":
        from chipsmith.tools.netlist.verilog import emit_verilog

        return emit_verilog(_without(net, drop, target))
    return emit_spice(_without(net, drop, target), target)


def _without(net: Netlist, drop: frozenset[str], target: str = "") -> Netlist:
    """``net`` without the construct classes the caller asked to drop, where ``target`` cannot express them."""
    if not drop:
        return net
    from chipsmith.tools.netlist.model import Control, Directive, Section, Subckt
    from chipsmith.tools.netlist.support import directive_ok

    def keep(items: list) -> list:  # type: ignore[type-arg]
        out = []
        for it in items:
            if isinstance(it, Control) and "control" in drop and target != "ngspice":
                continue
            if isinstance(it, Directive) and "directives" in drop and not directive_ok(it, target):
                continue
            if isinstance(it, (Subckt, Section)):
                it = it.model_copy(update={"items": keep(it.items)})
            out.append(it)
        return out

    return net.model_copy(update={"items": keep(net.items)})


def rename_duplicates(net: Netlist) -> tuple[Netlist, list[str]]:
    """``net`` with a device name used twice in one scope made unique (``MM2`` -> ``MM2_2``), and a note for each.

    SPICE and Spectre reject a deck that names two devices alike (ngspice: "device already exists,
    existing one being used"), so both are kept under distinct names and the user is told. Branches
    of ``.if``/``.else`` may reuse a name and are left alone.
    """
    from chipsmith.tools.netlist.model import Device, Directive, Section, Subckt

    notes: list[str] = []

    def fix(items: list, scope: str) -> list:  # type: ignore[type-arg]
        if any(isinstance(x, Directive) and x.name == "if" for x in items):
            return [x.model_copy(update={"items": fix(x.items, x.name)}) if isinstance(x, (Subckt, Section)) else x
                    for x in items]
        used = {x.name.lower() for x in items if isinstance(x, Device)}
        seen: set[str] = set()
        out = []
        for x in items:
            if isinstance(x, Device):
                key = x.name.lower()
                if key in seen:
                    k = 2
                    while f"{key}_{k}" in used:
                        k += 1
                    new = f"{x.name}_{k}"
                    used.add(new.lower())
                    notes.append(f"{x.pos}: device {x.name!r} is defined twice in {scope or 'the top level'} (a simulator "
                                 f"rejects or merges that); the second is written as {new!r}")
                    x = x.model_copy(update={"name": new})
                seen.add(key)
            elif isinstance(x, (Subckt, Section)):
                x = x.model_copy(update={"items": fix(x.items, x.name)})
            out.append(x)
        return out

    items = fix(net.items, "")
    return (net.model_copy(update={"items": items}), notes) if notes else (net, [])


def _check_case_collisions(net: Netlist) -> None:
    from chipsmith.tools.netlist.model import Device

    seen: dict[tuple[str, str], str] = {}
    for scope, it in net.walk():
        if isinstance(it, Device):
            for n in it.nodes:
                key = (scope, n.lower())
                if seen.setdefault(key, n) != n:
                    raise InputError(f"{it.pos}: nets {seen[key]!r} and {n!r} differ only in case; SPICE would merge them. "
                                     "Rename one before converting")


@dataclass
class Translation:
    """A translation with its proof: the output text, the re-parsed output, and the isomorphism check."""

    source: Netlist
    target: str
    text: str
    reparsed: Netlist | None = None
    proof: Proof | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.proof is not None and self.proof.ok


def translate(net: Netlist, target: str, *, drop: frozenset[str] = frozenset(), check: bool = True) -> Translation:
    """Emit ``net`` as ``target``, re-parse the output and prove the circuit graph is unchanged.

    ``check=False`` re-parses without the proof, for a caller that proves a longer chain itself.
    """
    target = dialect_name(target)
    text = emit(net, target, drop=drop)
    warnings = list(net.warnings) + dropped(net, target, drop) + map_ground(net, target)[1] + rename_duplicates(net)[1]
    if target == "json":
        return Translation(net, target, text, proof=Proof(ok=True, method="json graph (no re-parse)"), warnings=warnings)
    back = parse_text(text, target, file=f"<{target} output>", is_deck=net.is_deck)
    proof = prove(_without(net, drop, target), back) if check else None
    return Translation(net, target, text, reparsed=back, proof=proof, warnings=warnings)
