"""A sizing problem: a parameterised netlist, design variables, testbench lines and specs.

A *problem* is a YAML file next to a parameterised netlist (see docs/analog.md); values
are read as SPICE numbers or pint quantities, derived values as safe arithmetic.
"""


from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from chipsmith.core.errors import InputError
from chipsmith.core.files import confined_path, read_regular
from chipsmith.core.yamlfile import load_yaml_file
from chipsmith.tools.ngspice import ModelLibrary
from chipsmith.tools.sizing.pdk import NOMINAL_TEMP, Corner, Pdk, load_pdk, parse_corners

# Constraint value for a spec the simulation could not measure, and the cap on every
# margin (feasibility is margin <= 0 either way). A cap of 1.0 was tried on the
# folded-cascode OTA and did not help the GP; see docs/analog.md.
MISSING_PENALTY = 5.0
MAX_NETLIST_BYTES = 8 * 1024 * 1024

def fmt_value(v: float | None, unit: str = "") -> str:
    """A value with an SI prefix for people (dB, degrees and plain numbers as they are)."""
    if v is None or not math.isfinite(v):
        return "—"
    if unit.lower() in ("db", "deg", "%", ""):
        return f"{v:.4g}{(' ' + unit) if unit else ''}"
    for mult, pre in ((1e9, "G"), (1e6, "M"), (1e3, "k"), (1, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n"), (1e-12, "p"), (1e-15, "f")):
        if abs(v) >= mult:
            return f"{v / mult:.4g} {pre}{unit}"
    return f"{v:.4g} {unit}"


# ----------------------------------------------------------------------------- values

_SUFFIX = {"t": 1e12, "g": 1e9, "meg": 1e6, "k": 1e3, "m": 1e-3, "mil": 25.4e-6, "u": 1e-6, "µ": 1e-6, "n": 1e-9,
           "p": 1e-12, "f": 1e-15}
_SPICE_NUM = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(meg|mil|[tgkmuµnpf])?([a-zA-Z]*)\s*$", re.IGNORECASE)


def parse_value(value: object, unit: str = "", where: str = "") -> float:
    """A number from YAML or a request: ``1e-6``, ``"1u"``, ``"150meg"``, ``"1 mW"`` (pint) → float in SI units."""
    if isinstance(value, bool):
        raise InputError(f"{where}: {value!r} is not a number")
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    m = _SPICE_NUM.match(text)
    if m and (not m.group(3) or m.group(3).lower() in (unit.lower(), "", "hz", "v", "a", "w", "s", "f", "m", "ohm")):
        mult = _SUFFIX.get((m.group(2) or "").lower(), 1.0)
        return float(m.group(1)) * mult
    try:

        q = _ureg().Quantity(text)
        return float(q.to(unit).magnitude if unit and not q.dimensionless else q.magnitude)
    except Exception as exc:  # pint raises many unrelated types for bad text
        raise InputError(f"{where}: cannot read {text!r} as a value in {unit or 'SI units'} ({exc.__class__.__name__})") from None


_UREG: Any = None


def _ureg() -> Any:
    global _UREG
    if _UREG is None:
        import pint

        _UREG = pint.UnitRegistry()
        _UREG.define("dB = [] = decibel")
    return _UREG


_ALLOWED_FUNCS: dict[str, Callable[..., float]] = {
    "sqrt": math.sqrt, "log": math.log, "log10": math.log10, "exp": math.exp, "abs": abs, "min": min, "max": max,
    "db": lambda x: 20 * math.log10(abs(x)),
}
_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.Pow: operator.pow}


def eval_expr(expr: str, names: dict[str, float], where: str = "") -> float:
    """Arithmetic over ``names`` (and pi, sqrt, log, ...); nothing else is evaluated."""
    env = {"pi": math.pi, "e": math.e, **names}

    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.Name):
            if node.id not in env:
                raise KeyError(node.id)
            return float(env[node.id])
        if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
            return float(_BINOPS[type(node.op)](ev(node.left), ev(node.right)))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            v = ev(node.operand)
            return -v if isinstance(node.op, ast.USub) else v
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _ALLOWED_FUNCS:
            return float(_ALLOWED_FUNCS[node.func.id](*[ev(a) for a in node.args]))
        raise InputError(f"{where}: {expr!r}: only arithmetic, names and {', '.join(_ALLOWED_FUNCS)} are allowed")

    try:
        return ev(ast.parse(expr, mode="eval"))
    except SyntaxError:
        raise InputError(f"{where}: {expr!r} is not an arithmetic expression") from None


# ----------------------------------------------------------------------------- problem


@dataclass(frozen=True)
class Param:
    """A design variable: a ``.param`` of the netlist with its range, unit and grid."""

    name: str
    lo: float
    hi: float
    unit: str = ""
    grid: float = 0.0
    log: bool = False

    def snap(self, value: float) -> float:
        v = min(max(value, self.lo), self.hi)
        if self.grid > 0:
            v = round(v / self.grid) * self.grid
            v = min(max(v, math.ceil(self.lo / self.grid - 1e-9) * self.grid), math.floor(self.hi / self.grid + 1e-9) * self.grid)
        return float(f"{v:.6g}")

    def mid(self) -> float:
        return math.sqrt(self.lo * self.hi) if self.log else (self.lo + self.hi) / 2


@dataclass(frozen=True)
class Spec:
    """A bound (``lo``/``hi``) on a measured value, optionally also an objective."""

    name: str
    lo: float | None = None
    hi: float | None = None
    unit: str = ""
    objective: Literal["minimize", "maximize"] | None = None

    @property
    def log_scale(self) -> bool:
        # ratios for quantities spanning decades (Hz, W, A, s, ohm), differences for dB, degrees, volts
        return self.unit.lower() not in ("db", "deg", "v", "%", "")

    def margin(self, value: float | None) -> float:
        """Constraint value: <= 0 when met, positive and growing with the violation."""
        if value is None or not math.isfinite(value):
            return MISSING_PENALTY
        worst = -math.inf
        for bound, sign in ((self.lo, 1.0), (self.hi, -1.0)):
            if bound is None:
                continue
            if self.log_scale and bound > 0:
                m = sign * math.log(bound / value) if value > 0 else MISSING_PENALTY
            else:
                m = sign * (bound - value) / max(abs(bound), 1.0)
            worst = max(worst, m)
        return min(worst, MISSING_PENALTY) if worst != -math.inf else 0.0

    def describe(self) -> str:
        parts = []
        if self.lo is not None:
            parts.append(f">= {fmt_value(self.lo, self.unit)}")
        if self.hi is not None:
            parts.append(f"<= {fmt_value(self.hi, self.unit)}")
        if self.objective:
            parts.append(self.objective)
        return ", ".join(parts)


@dataclass(frozen=True)
class Device:
    """A transistor whose width the gm/Id seed computes: W = 2 Id L / (KP Vov^2), Vov = 2 / (gm/Id).

    ``area``: the least gate area W·L its matching needs (Pelgrom: sigma(Vt) = A / sqrt(W·L)); the
    seed's W is then at least area / L."""

    name: str
    w: str
    l: float  # noqa: E741 -- the problem files' key, as in a SPICE instance line
    type: Literal["n", "p"]
    id: str
    gm_id: float
    area: float = 0.0


@dataclass(frozen=True)
class MonteCarlo:
    """``montecarlo: {samples: N, mismatch: true, offset: NAME, seed: S, estimates: [SPEC]}``: the check of the chosen design.

    ``estimates`` are specs that predict the mismatch spread themselves (a Pelgrom 3-sigma offset the
    search constrains); a mismatch sample is not judged by them, so they have no yield."""

    samples: int
    mismatch: bool = True
    offset: str = "offset"  # the measured value that is the input-referred offset
    seed: int = 0
    estimates: tuple[str, ...] = ()


@dataclass
class Problem:
    name: str
    title: str
    path: Path
    netlist: str
    netlist_path: Path
    params: dict[str, Param]
    specs: dict[str, Spec]
    testbench: list[str]
    bode: str | None = None
    derived: dict[str, str] = field(default_factory=dict)
    seed: dict[str, str] = field(default_factory=dict)
    devices: list[Device] = field(default_factory=list)
    process: dict[str, float] = field(default_factory=dict)
    constants: dict[str, float] = field(default_factory=dict)
    pdk: Pdk | None = None
    supply: str | None = None  # the .param holding the supply voltage (a corner's vdd sets it)
    corners: list[Corner] = field(default_factory=list)  # sign-off corners; empty: the nominal point only
    montecarlo: MonteCarlo | None = None  # mismatch samples of the chosen design

    @property
    def directory(self) -> Path:
        """Where the netlist's relative includes resolve."""
        return self.netlist_path.parent

    @property
    def nominal(self) -> Corner:
        """The point every candidate is screened at first: the PDK's nominal section, 27 °C, the netlist's supply."""
        return Corner(self.pdk.nominal if self.pdk else "", NOMINAL_TEMP, None)

    def signoff_corners(self) -> list[Corner]:
        """The nominal point, then every other corner of ``corners`` (the nominal one is not simulated twice)."""
        nominal = self.nominal
        default_vdd = self.supply_value()
        out = [nominal]
        for c in self.corners:
            same = c.lib == nominal.lib and c.temp == nominal.temp and c.vdd in (None, default_vdd)
            if not same and c not in out:
                out.append(c)
        return out

    def supply_value(self) -> float | None:
        """The supply voltage the netlist's .param line gives (None without a ``supply``)."""
        if not self.supply:
            return None
        m = re.search(rf"\b{re.escape(self.supply)}\s*=\s*([^\s{{}}']+)", _param_text(self.netlist), re.IGNORECASE)
        if not m:
            return None
        try:
            return parse_value(m.group(1), "V")
        except InputError:
            return None

    def libraries(self, corner: Corner) -> list[ModelLibrary]:
        """The model library a corner reads: a section of the PDK, or a model file beside the problem."""
        if not corner.lib:
            return [self.pdk.model("")] if self.pdk is not None and not self.pdk.sections else []
        if self.pdk is not None and corner.lib.lower() in (s.lower() for s in self.pdk.sections):
            return [self.pdk.model(next(s for s in self.pdk.sections if s.lower() == corner.lib.lower()))]
        candidate = Path(corner.lib) if Path(corner.lib).is_absolute() else self.path.parent / corner.lib
        if candidate.is_file():
            return [ModelLibrary(candidate.resolve(), "")]
        if self.pdk is None:
            raise InputError(f"{self.path}: corner lib {corner.lib!r} is no file and no PDK is given (pdk: or --pdk)")
        if not self.pdk.sections:
            raise InputError(f"{self.pdk.library}: one model file without '.lib' sections, so no process corner "
                             f"{corner.lib!r}; its corners vary temp and vdd only (or name a model file per corner)")
        raise InputError(f"{self.pdk.library}: no section {corner.lib!r} (it has {', '.join(self.pdk.sections)})")

    def objective(self) -> Spec | None:
        return next((s for s in self.specs.values() if s.objective), None)

    def with_specs(self, overrides: dict[str, tuple[str, float]]) -> Problem:
        """A copy with bounds from the request (``{"ugbw": ("min", 20e6)}``)."""
        specs = dict(self.specs)
        for name, (kind, value) in overrides.items():
            if name not in specs:
                measured = ", ".join(sorted(self.specs))
                raise InputError(f"{self.path}: the request asks for {name} but this problem's testbenches measure only "
                                 f"{measured}; add a testbench line that measures it")
            old = specs[name]
            specs[name] = Spec(name, value if kind == "min" else old.lo, value if kind == "max" else old.hi, old.unit,
                               old.objective)
        return Problem(**{**self.__dict__, "specs": specs})


def load_problem(path: Path, pdk: str | Path | None = None) -> Problem:
    """Read a problem YAML (or ``X.cir`` with ``X.yaml`` beside it); errors say file and key.

    ``pdk`` (the ``--pdk`` flag or the ``pdk`` setting) replaces the problem's own ``pdk:``."""
    path = Path(path)
    if path.suffix.lower() in (".cir", ".sp", ".spice", ".net"):
        side = path.with_suffix(".yaml")
        if not side.exists():
            raise InputError(f"{path}: a netlist alone has no design variables or specs; write {side.name} beside it "
                             "with params/testbench/specs (see docs/analog.md)")
        path = side
    if not path.exists():
        raise InputError(f"{path}: no such problem file")
    data = load_yaml_file(path)
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a mapping with netlist, params, testbench and specs")
    for key in ("netlist", "params", "testbench", "specs"):
        if key not in data:
            raise InputError(f"{path}: missing '{key}'")
    # The netlist is read, simulated and shown to the model: it must be the problem's own file,
    # in the problem's folder, not whatever a '..' or a symlink in someone else's problem names.
    net_path = confined_path(data["netlist"], path.parent, key="netlist", where=str(path))
    netlist_text = read_regular(net_path, max_bytes=MAX_NETLIST_BYTES, what=f"{path}: netlist").decode("utf-8", "replace")
    params: dict[str, Param] = {}
    for name, p in (data["params"] or {}).items():
        where = f"{path}: params.{name}"
        if not isinstance(p, dict) or "min" not in p or "max" not in p:
            raise InputError(f"{where}: give min and max")
        unit = str(p.get("unit", ""))
        lo, hi = parse_value(p["min"], unit, where), parse_value(p["max"], unit, where)
        if not lo < hi:
            raise InputError(f"{where}: min {lo:g} is not below max {hi:g}")
        log = str(p.get("scale", "lin")) == "log"
        if log and lo <= 0:
            raise InputError(f"{where}: a log-scale range must be positive")
        params[name] = Param(name, lo, hi, unit, parse_value(p.get("grid", 0), unit, where), log)
    specs: dict[str, Spec] = {}
    for name, s in (data["specs"] or {}).items():
        where = f"{path}: specs.{name}"
        unit = str(s.get("unit", ""))
        obj = s.get("objective")
        if obj not in (None, "minimize", "maximize"):
            raise InputError(f"{where}: objective must be minimize or maximize")
        specs[name] = Spec(name, parse_value(s["min"], unit, where) if "min" in s else None,
                           parse_value(s["max"], unit, where) if "max" in s else None, unit, obj)
    devices = [Device(n, str(d["w"]), parse_value(d["l"], "m", f"{path}: devices.{n}"), d.get("type", "n"), str(d["id"]),
                      float(d.get("gm_id", 12)), parse_value(d.get("area", 0), "m2", f"{path}: devices.{n}.area"))
               for n, d in (data.get("devices") or {}).items()]
    for d in devices:
        if d.w not in params:
            raise InputError(f"{path}: devices.{d.name}.w names {d.w}, which is not a design variable")
    tb = [str(x) for x in data["testbench"]]
    problem = Problem(name=path.stem, title=str(data.get("title", path.stem)), path=path, netlist=netlist_text, netlist_path=net_path,
                      params=params, specs=specs, testbench=tb, bode=data.get("bode"),
                      derived={k: str(v) for k, v in (data.get("derived") or {}).items()},
                      seed={k: str(v) for k, v in (data.get("seed") or {}).items()}, devices=devices,
                      process={k: parse_value(v, "", f"{path}: process.{k}") for k, v in (data.get("process") or {}).items()},
                      constants={k: parse_value(v, "", f"{path}: constants.{k}") for k, v in (data.get("constants") or {}).items()})
    missing = [n for n in params if not re.search(rf"\b{re.escape(n)}\s*=", _param_text(problem.netlist), re.IGNORECASE)]
    if missing:
        raise InputError(f"{net_path}: design variables {', '.join(missing)} have no .param line in the netlist")
    _read_process(problem, data, pdk)
    problem.montecarlo = _read_montecarlo(data.get("montecarlo"), str(path), problem.specs)
    return problem


def _read_montecarlo(mc: Any, where: str, specs: dict[str, Spec]) -> MonteCarlo | None:
    """The ``montecarlo:`` key; only mismatch sampling is offered (process spread is what the corners cover)."""
    if mc is None:
        return None
    if not isinstance(mc, dict) or not set(mc) <= {"samples", "mismatch", "offset", "seed", "estimates"} or "samples" not in mc:
        raise InputError(f"{where}: montecarlo: expected {{samples: N, mismatch: true}} (optional offset: NAME, seed: S, "
                         "estimates: [SPEC])")
    estimates = mc.get("estimates") or []
    if not isinstance(estimates, list) or not all(isinstance(e, str) and e in specs for e in estimates):
        raise InputError(f"{where}: montecarlo.estimates: {estimates!r} must be a list of spec names")
    samples, seed = mc["samples"], mc.get("seed", 0)
    if isinstance(samples, bool) or not isinstance(samples, int) or samples < 1:
        raise InputError(f"{where}: montecarlo.samples: {samples!r} is not a whole number of samples >= 1")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise InputError(f"{where}: montecarlo.seed: {seed!r} is not a whole number >= 0")
    if mc.get("mismatch", True) is not True:
        raise InputError(f"{where}: montecarlo.mismatch: only mismatch sampling is offered (give true); process "
                         "spread is covered by corners:/pvt:")
    return MonteCarlo(samples, True, str(mc.get("offset", "offset")), seed, tuple(estimates))


def _read_process(problem: Problem, data: dict[str, Any], pdk: str | Path | None) -> None:
    """``pdk:``, ``supply:``, ``corners:`` and ``pvt:``; every corner's library is resolved now, so a bad one fails early."""
    where = str(problem.path)
    spec = pdk if pdk not in (None, "") else data.get("pdk")
    if isinstance(spec, dict):
        if "library" not in spec:
            raise InputError(f"{where}: pdk: give library (a packaged name or a model library file) and optionally nominal")
        problem.pdk = load_pdk(str(spec["library"]), problem.path.parent, spec.get("nominal"))
    elif spec not in (None, ""):
        problem.pdk = load_pdk(str(spec), problem.path.parent if pdk in (None, "") else None)
    supply = data.get("supply")
    if supply is not None:
        supply = str(supply)
        if not re.search(rf"\b{re.escape(supply)}\s*=", _param_text(problem.netlist), re.IGNORECASE):
            raise InputError(f"{problem.netlist_path}: supply {supply!r} has no .param line in the netlist")
    problem.supply = supply
    problem.corners = parse_corners(data, where, problem.pdk.nominal if problem.pdk else "") \
        if ("corners" in data or "pvt" in data) else []
    for c in problem.signoff_corners():
        problem.libraries(c)
        if c.vdd is not None and not problem.supply:
            raise InputError(f"{where}: corner {c.label} sets vdd but the problem names no supply .param (supply: vdd)")


def _param_lines(netlist: str) -> list[bool]:
    """Per line: is it a ``.param`` card or one of its ``+`` continuation lines."""
    flags: list[bool] = []
    inside = False
    for ln in netlist.splitlines():
        s = ln.strip().lower()
        inside = s.startswith(".param") or (inside and s.startswith("+"))
        flags.append(inside)
    return flags


def _param_text(netlist: str) -> str:
    return "\n".join(ln for ln, is_param in zip(netlist.splitlines(), _param_lines(netlist)) if is_param)


def render_netlist(problem: Problem, values: dict[str, float], corner: Corner | None = None) -> str:
    """The netlist with each design variable's ``.param`` value replaced; at a corner also its supply and temperature.

    The corner's model library is not written here: :meth:`Problem.libraries` gives it to the
    simulator, which checks it once (see :class:`chipsmith.tools.ngspice.ModelLibrary`)."""
    values = dict(values)
    if corner is not None and corner.vdd is not None and problem.supply:
        values[problem.supply] = corner.vdd
    out = []
    param_lines = _param_lines(problem.netlist)
    for i, line in enumerate(problem.netlist.splitlines()):
        if i == 1 and corner is not None and (corner.temp != NOMINAL_TEMP or problem.pdk is not None):
            out.append(f".temp {corner.temp:g}")
        if param_lines[i]:
            for name, v in values.items():
                line = re.sub(rf"(\b{re.escape(name)}\s*=\s*)(\{{[^}}]*\}}|'[^']*'|[^\s]+)", rf"\g<1>{v:.6g}",
                              line, flags=re.IGNORECASE)
        out.append(line)
    return "\n".join(out) + "\n"
