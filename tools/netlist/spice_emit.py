"""Write the circuit model as an ngspice, HSPICE, LTspice or Xyce netlist."""

from __future__ import annotations

import re

from chipsmith.tools.netlist.model import Analysis, Control, Device, Directive, Include, Item, Model, Netlist, Param, Section, Subckt
from chipsmith.tools.netlist.values import spice_out

# MOSFET model levels that name the same model family in each SPICE dialect
_MOS_FAMILY = {
    "ngspice": {"1": "mos1", "2": "mos2", "3": "mos3", "8": "bsim3", "49": "bsim3", "14": "bsim4", "54": "bsim4",
                "10": "bsimsoi", "58": "bsimsoi"},
    "hspice": {"1": "mos1", "2": "mos2", "3": "mos3", "49": "bsim3", "53": "bsim3", "54": "bsim4", "57": "bsimsoi"},
    "ltspice": {"1": "mos1", "2": "mos2", "3": "mos3", "8": "bsim3", "14": "bsim4"},
    # Xyce also reads the HSPICE numbers 49 (BSIM3), 54 (BSIM4) and 70 (BSIM-SOI)
    "xyce": {"1": "mos1", "2": "mos2", "3": "mos3", "9": "bsim3", "49": "bsim3", "14": "bsim4", "54": "bsim4", "10": "bsimsoi",
             "70": "bsimsoi"},
}
_FAMILY_LEVEL = {
    "ngspice": {"mos1": "1", "mos2": "2", "mos3": "3", "bsim3": "8", "bsim4": "14", "bsimsoi": "10"},
    "hspice": {"mos1": "1", "mos2": "2", "mos3": "3", "bsim3": "49", "bsim4": "54", "bsimsoi": "57"},
    "ltspice": {"mos1": "1", "mos2": "2", "mos3": "3", "bsim3": "8", "bsim4": "14"},
    "xyce": {"mos1": "1", "mos2": "2", "mos3": "3", "bsim3": "9", "bsim4": "14", "bsimsoi": "10"},
}


def mos_family(dialect: str, level: str) -> str | None:
    """The model family a MOS ``level`` means in ``dialect`` (``bsim3``...), None if unknown."""
    return _MOS_FAMILY.get(dialect, {}).get(level.split(".")[0])


def mos_level(dialect: str, family: str) -> str | None:
    return _FAMILY_LEVEL.get(dialect, {}).get(family)


class SpiceEmitter:
    """Writes one SPICE dialect; call :func:`support.check` first so nothing is silently dropped."""

    def __init__(self, dialect: str, source_dialect: str = "ngspice") -> None:
        self.dialect = dialect
        self.source = source_dialect
        self.quote = "''" if dialect == "hspice" else "{}"

    def emit(self, net: Netlist) -> str:
        out: list[str] = []
        if net.is_deck:
            out.append(net.title or "* netlist")
        for it in net.items:
            self._item(it, out, indent="")
        if net.is_deck:
            out.append(".end")
        return "\n".join(out) + "\n"

    def _v(self, value: str) -> str:
        return spice_out(value, self.quote)

    def _params(self, params: dict[str, str]) -> list[str]:
        return [f"{k}={self._v(v)}" if v != "" else k for k, v in params.items()]

    def _item(self, it: Item, out: list[str], indent: str) -> None:
        if isinstance(it, Device):
            out.append(indent + self.device(it))
        elif isinstance(it, Subckt):
            head = [".subckt", it.name, *it.ports]
            if it.params:
                head += (["params:"] if self.dialect in ("ngspice", "ltspice", "xyce") else []) + self._params(it.params)
            out.append(indent + " ".join(head))
            for sub in it.items:
                self._item(sub, out, indent + "  ")
            out.append(indent + f".ends {it.name}")
        elif isinstance(it, Section):
            out.append(f".lib {it.name}")
            for sub in it.items:
                self._item(sub, out, indent)
            out.append(f".endl {it.name}")
        elif isinstance(it, Model):
            out.append(indent + self.model(it))
        elif isinstance(it, Param):
            out.append(indent + f".param {it.name}={self._v(it.value)}")
        elif isinstance(it, Include):
            q = "'" if self.dialect == "hspice" else '"'
            path = f"{q}{it.path}{q}"
            out.append(indent + (f".lib {path} {it.section}" if it.section else f".include {path}"))
        elif isinstance(it, Analysis):
            out.append(indent + " ".join([f".{it.kind}", *(self._v(a) for a in it.args), *self._params(it.params)]))
        elif isinstance(it, Control):
            out += [".control", it.text, ".endc"]
        elif isinstance(it, Directive):
            out.append(indent + self.directive(it))

    def directive(self, d: Directive) -> str:
        if d.name in ("ic", "nodeset") and (d.params or not d.text):
            return f".{d.name} " + " ".join(f"v({n})={self._v(v)}" for n, v in d.params.items())
        if d.name == "options" and (self.source == "spectre" or not d.text):
            return ".options " + " ".join(self._params(d.params))
        if d.name in ("temp", "global") and (self.source == "spectre" or not d.text):
            return f".{d.name} " + " ".join(self._v(v) for v in d.params.values())
        if d.name == "title" and not d.text:
            return f".title {d.params.get('0', '')}"
        return d.text

    def model(self, m: Model) -> str:
        if m.raw:
            return f".model {m.name} {m.mtype} {m.raw}"
        params = dict(m.params)
        mtype = m.mtype
        if mtype in ("nmos", "pmos") and "level" in params:
            fam = mos_family("ngspice" if self.source == "spectre" else self.source, params["level"])
            if fam is not None and self.source != self.dialect:
                lvl = mos_level(self.dialect, fam)
                if lvl is not None:
                    params["level"] = lvl
        body = " ".join(self._params(params))
        return f".model {m.name} {mtype}" + (f" ({body})" if body else "")

    def device(self, d: Device) -> str:
        name = d.name if d.name[:1].upper() == d.kind else d.kind + d.name
        for word in [name, d.model, *(d.nodes if d.kind != "A" else [])]:
            if any(c in word for c in "$;{}'\"=(),"):
                from chipsmith.tools.netlist.support import UnsupportedConstruct

                raise UnsupportedConstruct(f"{d.pos}: name {word!r} of {d.name} cannot be written in SPICE "
                                           "(it would read as a comment, expression or separator); rename it first")
        k = d.kind
        args = [self._v(a) for a in d.args]
        params = self._params(d.params)
        if d.behaviour:
            lead = [name, *d.nodes] + (d.refs if k in "FH" and d.refs else [])
            return " ".join([*lead, d.behaviour])
        if k in "RCL":
            parts = [name, *d.nodes, *args] + ([d.model] if d.model else []) + params
        elif k in "VI":
            parts = [name, *d.nodes, _join_source(args)] + params
        elif k in "EG":
            parts = [name, *d.nodes, *args] + params
        elif k in "FH":
            parts = [name, *d.nodes, *d.refs, *args] + params
        elif k == "K":
            parts = [name, *d.refs, *args] + params
        elif k == "X":
            lead = [name, *d.nodes, d.model]
            if params and self.dialect == "xyce":
                lead.append("params:")
            parts = lead + params
        elif k == "W":
            parts = [name, *d.nodes, *d.refs, d.model, *args] + params
        elif k == "A":
            parts = [name, d.raw, d.model] + params
        elif k == "T":
            parts = [name, *d.nodes, *args] + params
        else:
            parts = [name, *d.nodes, d.model, *args] + params
        return " ".join(p for p in parts if p != "")


def _join_source(args: list[str]) -> str:
    text = " ".join(args)
    text = re.sub(r"\s*\(\s*", "(", text)
    text = re.sub(r"\s*\)", ")", text)
    return text


def emit_spice(net: Netlist, dialect: str) -> str:
    return SpiceEmitter(dialect, net.dialect).emit(net)
