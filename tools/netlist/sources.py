"""Independent source specifications (``DC 1 AC 1 SIN(0 1 1k)``) in a dialect-free form."""

from __future__ import annotations

from typing import Any

from chipsmith.core.errors import InputError
from chipsmith.tools.netlist.support import UnsupportedConstruct
from chipsmith.tools.netlist.values import is_expr, label_value, to_float

FUNCTIONS = ("sin", "pulse", "pwl", "exp", "sffm", "am", "trnoise", "trrandom")
# Spectre vsource/isource type names and the positional SPICE arguments they take, in order
SPECTRE_WAVES: dict[str, tuple[str, tuple[str, ...]]] = {
    "sin": ("sine", ("sinedc", "ampl", "freq", "delay", "damp", "sinephase")),
    "pulse": ("pulse", ("val0", "val1", "delay", "rise", "fall", "width", "period")),
    "exp": ("exp", ("val0", "val1", "td1", "tau1", "td2", "tau2")),
}


def source_spec(args: list[str]) -> dict[str, Any]:
    """Read a SPICE source's positional tokens into {dc, acmag, acphase, fn, fargs, other}."""
    spec: dict[str, Any] = {}
    other: list[str] = []
    i, n = 0, len(args)
    while i < n:
        t = args[i]
        low = t.lower()
        if low == "sine":  # LTspice's spelling of SIN
            low = "sin"
        if low == "dc" and i + 1 < n:
            spec["dc"] = label_value(args[i + 1])
            i += 2
        elif low == "ac":
            vals: list[str] = []
            j = i + 1
            while j < n and len(vals) < 2 and (to_float(args[j]) is not None or is_expr(args[j])):
                vals.append(label_value(args[j]))
                j += 1
            spec["acmag"] = vals[0] if vals else "1"
            if len(vals) > 1:
                spec["acphase"] = vals[1]
            i = j
        elif low in FUNCTIONS:
            j = i + 1
            fargs: list[str] = []
            if j < n and args[j] == "(":
                j += 1
                while j < n and args[j] != ")":
                    fargs.append(label_value(args[j]))
                    j += 1
                j += 1
            else:
                while j < n and (to_float(args[j]) is not None or is_expr(args[j])):
                    fargs.append(label_value(args[j]))
                    j += 1
            spec["fn"] = low
            spec["fargs"] = fargs
            i = j
        elif i == 0 and (to_float(t) is not None or is_expr(t)):
            spec["dc"] = label_value(t)
            i += 1
        else:
            other.append(low)
            i += 1
    if other:
        spec["other"] = other
    return spec


def spectre_source_params(args: list[str], where: str) -> dict[str, str]:
    """SPICE source tokens as Spectre vsource/isource parameters (values stay canonical)."""
    params: dict[str, str] = {}
    i, n = 0, len(args)
    while i < n:
        t = args[i]
        low = t.lower()
        if low == "dc" and i + 1 < n:
            params["dc"] = args[i + 1]
            i += 2
        elif low == "ac":
            vals: list[str] = []
            j = i + 1
            while j < n and len(vals) < 2 and (to_float(args[j]) is not None or is_expr(args[j])):
                vals.append(args[j])
                j += 1
            params["mag"] = vals[0] if vals else "1"
            if len(vals) > 1:
                params["phase"] = vals[1]
            i = j
        elif low in ("sin", "sine", "pulse", "exp", "pwl"):
            low = "sin" if low == "sine" else low  # LTspice writes SINE(...)
            j = i + 1
            fargs: list[str] = []
            paren = j < n and args[j] == "("
            if paren:
                j += 1
            while j < n and args[j] != ")" and (paren or to_float(args[j]) is not None or is_expr(args[j])):
                fargs.append(args[j])
                j += 1
            j += 1 if paren else 0
            if low == "pwl":
                params["type"] = "pwl"
                params["wave"] = "[" + " ".join(fargs) + "]"
            else:
                stype, names = SPECTRE_WAVES[low]
                if len(fargs) > len(names):
                    raise UnsupportedConstruct(f"{where}: {low.upper()} with {len(fargs)} arguments has no Spectre equivalent")
                params["type"] = stype
                params.update(zip(names, fargs))
            i = j
        elif i == 0 and (to_float(t) is not None or is_expr(t)):
            params["dc"] = t
            i += 1
        else:
            raise UnsupportedConstruct(f"{where}: source keyword {t!r} has no Spectre equivalent")
    return params


def spice_source_args(params: dict[str, str], where: str) -> tuple[list[str], dict[str, str]]:
    """Spectre vsource/isource parameters as SPICE source tokens, plus parameters left over."""
    p = dict(params)
    args: list[str] = []
    if "dc" in p:
        args += ["dc", p.pop("dc")]
    if "mag" in p:
        args += ["ac", p.pop("mag")] + ([p.pop("phase")] if "phase" in p else [])
    stype = p.pop("type", "")
    if stype == "dc":  # type=dc says the dc value is the waveform: nothing more to write
        stype = ""
    if stype:
        if stype == "pwl":
            wave = p.pop("wave", "")
            args += ["pwl", "(", *wave.strip("[]").split(), ")"]
        else:
            fn = next((k for k, (s, _) in SPECTRE_WAVES.items() if s == stype), None)
            if fn is None:
                raise InputError(f"{where}: Spectre source type={stype} has no SPICE equivalent here")
            names = SPECTRE_WAVES[fn][1]
            present = [k for k in names if k in p]
            last = max((names.index(k) for k in present), default=-1)
            vals: list[str] = []
            for k in names[: last + 1]:
                vals.append(p.pop(k, "0"))
            args += [fn, "(", *vals, ")"]
    return args, p
