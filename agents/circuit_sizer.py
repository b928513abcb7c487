"""The circuit sizer: ngspice in the loop, the LLM seeds the search, Bayesian optimisation sizes.

A *problem* is a YAML file next to a parameterised netlist::

    netlist: ota5.cir                 # .param lines hold the design variables' defaults
    params:  {w1: {min: 1u, max: 50u, grid: 0.1u, unit: m, scale: log}, ...}
    testbench: [op, "let power = -i(vdd)*1.8", print power, ac dec 10 10 10g, wrdata bode v(out)]
    bode: v(out)                      # derives dc_gain_db, ugbw, pm, f3db from the wrdata table "bode"
    specs:   {dc_gain_db: {min: 40}, ugbw: {min: 30meg}, power: {max: 0.2m, objective: minimize}}
    derived: {pm2: "180 + ph*180/pi"} # optional: new values from measured ones
    seed / devices / process / constants: the deterministic gm/Id starting point

One ngspice process evaluates every testbench line of a point (``meas``/``print``
results and wrdata vectors). Every number this module reports comes from such a
simulation; the LLM only proposes a start point and narrowed ranges, which are checked
against the bounds and then simulated like any other point.

Public API: :func:`load_problem`, :class:`Evaluator`, :func:`optimise`, :func:`gmid_seed`,
:func:`parse_request_specs`, :func:`conflicts`, and the specialist entry :func:`run`.
"""

from __future__ import annotations

import ast
import json
import logging
import math
import operator
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal, Sequence

import numpy as np
from pydantic import BaseModel, Field

from chipsmith.core.errors import BackendError, ChipsmithError, InputError, ToolError
from chipsmith.core.files import confined_path, read_regular
from chipsmith.core.yamlfile import load_yaml_file
from chipsmith.tools.ngspice import Ngspice, SpiceResult

if TYPE_CHECKING:
    from chipsmith.agents.context import AgentContext
    from chipsmith.agents.state import ChipState

AGENT = "circuit_sizer"
# Constraint value for a spec the simulation could not measure, and the cap on every
# margin (feasibility is margin <= 0 either way). A cap of 1.0 was tried on the
# folded-cascode OTA and did not help the GP; see docs/analog.md.
MISSING_PENALTY = 5.0
MAX_NETLIST_BYTES = 8 * 1024 * 1024

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
        import pint

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
            parts.append(f">= {_fmt(self.lo, self.unit)}")
        if self.hi is not None:
            parts.append(f"<= {_fmt(self.hi, self.unit)}")
        if self.objective:
            parts.append(self.objective)
        return ", ".join(parts)


@dataclass(frozen=True)
class Device:
    """A transistor whose width the gm/Id seed computes: W = 2 Id L / (KP Vov^2), Vov = 2 / (gm/Id)."""

    name: str
    w: str
    l: float
    type: Literal["n", "p"]
    id: str
    gm_id: float


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

    @property
    def directory(self) -> Path:
        """Where the netlist's relative includes resolve."""
        return self.netlist_path.parent

    def objective(self) -> Spec | None:
        return next((s for s in self.specs.values() if s.objective), None)

    def with_specs(self, overrides: dict[str, tuple[str, float]]) -> "Problem":
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


def load_problem(path: Path) -> Problem:
    """Read a problem YAML (or ``X.cir`` with ``X.yaml`` beside it); errors say file and key."""
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
                      float(d.get("gm_id", 12))) for n, d in (data.get("devices") or {}).items()]
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
    return problem


def _param_text(netlist: str) -> str:
    return "\n".join(ln for ln in netlist.splitlines() if ln.strip().lower().startswith(".param"))


def render_netlist(problem: Problem, values: dict[str, float]) -> str:
    """The netlist with each design variable's ``.param`` value replaced."""
    out = []
    for line in problem.netlist.splitlines():
        if line.strip().lower().startswith(".param"):
            for name, v in values.items():
                line = re.sub(rf"(\b{re.escape(name)}\s*=\s*)(\{{[^}}]*\}}|'[^']*'|[^\s]+)", lambda m: f"{m.group(1)}{v:.6g}",
                              line, flags=re.IGNORECASE)
        out.append(line)
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------- evaluation


def bode_metrics(freq: np.ndarray, h: np.ndarray) -> dict[str, float]:
    """DC gain, unity-gain frequency, phase margin and -3 dB frequency of a complex response."""
    mag = np.abs(h)
    db = 20 * np.log10(np.maximum(mag, 1e-30))
    out: dict[str, float] = {"dc_gain_db": float(db[0])}
    phase = np.degrees(np.unwrap(np.angle(h)))
    lag = phase[0] - phase  # phase lost relative to DC; works for inverting and non-inverting stages
    lf = np.log10(freq)
    below3 = np.nonzero(db <= db[0] - 3)[0]
    if len(below3):
        i = below3[0]
        out["f3db"] = float(10 ** np.interp(db[0] - 3, [db[i], db[i - 1]], [lf[i], lf[i - 1]])) if i else float(freq[0])
    cross = np.nonzero((db[:-1] > 0) & (db[1:] <= 0))[0]
    if db[0] <= 0:
        out["ugbw"] = 0.0
    elif len(cross):
        i = cross[0]
        t = db[i] / (db[i] - db[i + 1])
        out["ugbw"] = float(10 ** (lf[i] + t * (lf[i + 1] - lf[i])))
        out["pm"] = float(180 - (lag[i] + t * (lag[i + 1] - lag[i])))
    return out


@dataclass
class Point:
    """One simulated point: the values set, what was measured, how far from the specs."""

    index: int
    values: dict[str, float]
    measured: dict[str, float]
    margins: dict[str, float]
    verdict: str
    seconds: float
    phase: str = "search"
    log_path: str = ""

    @property
    def feasible(self) -> bool:
        return self.verdict == "ok" and all(m <= 0 for m in self.margins.values())

    @property
    def violation(self) -> float:
        return float(sum(max(0.0, m) for m in self.margins.values()))

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "phase": self.phase, "values": self.values, "measured": self.measured,
                "margins": {k: round(v, 6) for k, v in self.margins.items()}, "feasible": self.feasible,
                "violation": round(self.violation, 6), "verdict": self.verdict, "seconds": round(self.seconds, 4),
                "log_path": self.log_path}


class Evaluator:
    """Simulates design points of one problem; each simulation in its own work directory."""

    def __init__(self, problem: Problem, sim: Ngspice, work_dir: Callable[[], Path]) -> None:
        self.problem = problem
        self.sim = sim
        self.work_dir = work_dir
        self.history: list[Point] = []
        self.last_result: SpiceResult | None = None

    def evaluate(self, values: dict[str, float], phase: str = "search") -> Point:
        p = self.problem
        snapped = {n: p.params[n].snap(values[n]) for n in p.params}
        start = time.monotonic()
        res = self.sim.run(render_netlist(p, snapped), self.work_dir(), control=p.testbench, deck_dir=p.directory,
                           name=p.netlist_path.name)
        self.last_result = res
        measured = self.measure(res) if res.verdict in ("ok",) else {}
        margins = {s.name: s.margin(measured.get(s.name)) for s in p.specs.values()}
        pt = Point(len(self.history) + 1, snapped, measured, margins, res.verdict, time.monotonic() - start, phase,
                   res.log_path)
        self.history.append(pt)
        return pt

    def measure(self, res: SpiceResult) -> dict[str, float]:
        vals: dict[str, float] = dict(res.measures)
        if self.problem.bode:
            try:
                vals.update(bode_metrics(res.vector("frequency", "bode").real, res.vector(self.problem.bode, "bode")))
            except KeyError:
                pass
        for name, expr in self.problem.derived.items():
            try:
                vals[name] = eval_expr(expr, {**self.problem.constants, **vals}, f"{self.problem.path}: derived.{name}")
            except (KeyError, ZeroDivisionError, ValueError, OverflowError):
                continue  # an input measure is missing: the spec counts as not met
        return vals


# ----------------------------------------------------------------------------- seeds


def gmid_seed(problem: Problem) -> dict[str, float]:
    """A deterministic start point from hand analysis: seed expressions, then W from gm/Id per device."""
    p = problem
    names: dict[str, float] = {**p.process, **p.constants}
    for s in p.specs.values():
        bound = s.lo if s.lo is not None else s.hi
        if bound is not None:
            names[s.name] = bound
    values = {n: prm.mid() for n, prm in p.params.items()}
    for name, expr in p.seed.items():
        if name in p.params:
            values[name] = p.params[name].snap(eval_expr(expr, {**names, **values}, f"{p.path}: seed.{name}"))
    for d in p.devices:
        kp = p.process.get("kp_n" if d.type == "n" else "kp_p")
        if not kp:
            continue
        idd = eval_expr(d.id, {**names, **values}, f"{p.path}: devices.{d.name}.id")
        vov = 2.0 / d.gm_id
        values[d.w] = p.params[d.w].snap(2 * idd * d.l / (kp * vov * vov))
    return {n: p.params[n].snap(v) for n, v in values.items()}


class SizingProposal(BaseModel):
    """What the LLM may propose: a start point and narrowed ranges, with its reasoning."""

    reasoning: str = Field(description="gm/Id reasoning: which devices set gain, bandwidth and power, and why these values")
    start: dict[str, float] = Field(description="a value for each design variable, in SI units")
    ranges: dict[str, list[float]] = Field(default_factory=dict, description="narrowed [low, high] per design variable, SI units")


@dataclass
class Seed:
    start: dict[str, float]
    ranges: dict[str, tuple[float, float]]
    source: str  # "llm" | "gm/Id"
    notes: list[str] = field(default_factory=list)
    reasoning: str = ""


def check_proposal(problem: Problem, prop: SizingProposal) -> Seed | None:
    """Keep what respects the bounds; None when too little of it is usable."""
    notes: list[str] = []
    start: dict[str, float] = {}
    for name, v in prop.start.items():
        prm = problem.params.get(name)
        if prm is None:
            notes.append(f"ignored unknown variable {name}")
        elif not (prm.lo <= v <= prm.hi) or not math.isfinite(v):
            notes.append(f"{name}={v:g} is outside [{prm.lo:g}, {prm.hi:g}]")
        else:
            start[name] = prm.snap(v)
    ranges: dict[str, tuple[float, float]] = {}
    for name, r in prop.ranges.items():
        prm = problem.params.get(name)
        if prm is None or len(r) != 2:
            continue
        lo, hi = float(min(r)), float(max(r))
        if prm.lo <= lo < hi <= prm.hi and (name not in start or lo <= start[name] <= hi):
            ranges[name] = (lo, hi)
        else:
            notes.append(f"range for {name} {r} ignored (outside the bounds or excluding the start)")
    if len(start) * 2 < len(problem.params):
        return None
    fallback = gmid_seed(problem)
    for name in problem.params:
        if name not in start:
            start[name] = fallback[name]
            notes.append(f"{name} from the gm/Id seed")
    return Seed(start, ranges, "llm", notes, prop.reasoning)


# ----------------------------------------------------------------------------- search


@dataclass
class SearchResult:
    history: list[Point]
    strategy: str
    budget: int
    seconds: float
    first_met: int | None
    best: Point | None

    def summary(self) -> dict[str, Any]:
        return {"strategy": self.strategy, "budget": self.budget, "simulations": len(self.history),
                "seconds": round(self.seconds, 2), "met": self.first_met is not None, "first_met": self.first_met,
                "best": self.best.to_dict() if self.best else None}


def best_point(problem: Problem, history: Sequence[Point]) -> Point | None:
    """The best feasible point by the objective, else the least-violating one (the best trade-off)."""
    feas = [p for p in history if p.feasible]
    obj = problem.objective()
    if feas:
        if obj is None:
            return feas[0]
        sign = 1.0 if obj.objective == "minimize" else -1.0
        return min(feas, key=lambda p: sign * p.measured.get(obj.name, math.inf))
    return min(history, key=lambda p: p.violation) if history else None


def _sampler(strategy: str, seed: int, startup: int) -> Any:
    """Constraints reach the GP/TPE samplers through ``Trial.set_constraint`` (optuna >= 5)."""
    import optuna

    if strategy == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    if strategy in ("bo", "llm+bo", "gp"):
        return optuna.samplers.GPSampler(seed=seed, n_startup_trials=startup)
    if strategy == "tpe":
        return optuna.samplers.TPESampler(seed=seed, n_startup_trials=startup, multivariate=True)
    raise InputError(f"unknown strategy {strategy!r}; choose random, bo, llm+bo or tpe")


def optimise(problem: Problem, evaluator: Evaluator, *, strategy: str = "bo", budget: int = 100, seed: int = 0,
             start: Seed | None = None, stop_when_met: bool = False, startup: int = 6,
             progress: Callable[[Point], None] | None = None) -> SearchResult:
    """Drive ngspice with optuna (GP sampler with constraints; or random search with the same budget)."""
    import optuna

    optuna.logging.set_verbosity(logging.WARNING)
    t0 = time.monotonic()
    if strategy != "random":
        import torch

        # the GP's linear algebra is tiny; extra threads only fight the simulator for the cores
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            return _optimise(problem, evaluator, strategy, budget, seed, start, stop_when_met, startup, progress, t0)
        finally:
            torch.set_num_threads(threads)
    return _optimise(problem, evaluator, strategy, budget, seed, start, stop_when_met, startup, progress, t0)


def _optimise(problem: Problem, evaluator: Evaluator, strategy: str, budget: int, seed: int, start: Seed | None,
              stop_when_met: bool, startup: int, progress: Callable[[Point], None] | None, t0: float) -> SearchResult:
    import optuna

    specs = list(problem.specs.values())
    obj = problem.objective()

    def dists(ranges: dict[str, tuple[float, float]]) -> dict[str, Any]:
        out = {}
        for n, prm in problem.params.items():
            lo, hi = ranges.get(n, (prm.lo, prm.hi))
            out[n] = optuna.distributions.FloatDistribution(lo, hi, log=prm.log)
        return out

    def objective_value(pt: Point) -> float:
        if obj is None or obj.name not in pt.measured:
            return 0.0 if obj is None else 1e3
        v = pt.measured[obj.name]
        scale = abs((obj.hi if obj.hi is not None else obj.lo) or 1.0)
        return (v / scale) if obj.objective == "minimize" else -(v / scale)

    def new_study(ranges: dict[str, tuple[float, float]]) -> Any:
        return optuna.create_study(direction="minimize", sampler=_sampler(strategy, seed, startup))

    ranges = dict(start.ranges) if (start and strategy != "random") else {}
    study = new_study(ranges)
    distributions = dists(ranges)
    widened = not ranges
    first_met: int | None = None
    n_before = len(evaluator.history)
    if start is not None and strategy != "random":
        study.enqueue_trial({n: min(max(v, distributions[n].low), distributions[n].high) for n, v in start.start.items()})
    for i in range(budget):
        if not widened and i >= budget // 2 and first_met is None:
            # the narrowed ranges did not contain a solution: search the full ranges, keeping what was learnt
            old = study.trials
            study = new_study({})
            distributions = dists({})
            for t in old:
                if t.state == optuna.trial.TrialState.COMPLETE:
                    study.add_trial(optuna.trial.create_trial(params=t.params, distributions=distributions, value=t.value,
                                                              system_attrs=t.system_attrs))
            widened = True
        trial = study.ask(distributions)
        pt = evaluator.evaluate(trial.params, phase="seed" if (i == 0 and start is not None and strategy != "random") else "search")
        for s in specs:
            trial.set_constraint(s.name, pt.margins[s.name])
        study.tell(trial, objective_value(pt))
        if progress:
            progress(pt)
        if pt.feasible and first_met is None:
            first_met = i + 1
            if stop_when_met:
                break
    history = evaluator.history[n_before:]
    return SearchResult(history, strategy, budget, time.monotonic() - t0, first_met, best_point(problem, history))


def conflicts(problem: Problem, history: Sequence[Point]) -> dict[str, Any]:
    """Which specs no point met, and which pairs were each met but never together."""
    met = {s: {p.index for p in history if p.verdict == "ok" and p.margins.get(s, 1) <= 0} for s in problem.specs}
    never = sorted(s for s, idx in met.items() if not idx)
    names = sorted(s for s in problem.specs if met[s])
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:] if not (met[a] & met[b])]
    return {"never_met": never, "conflicting_pairs": pairs, "met_counts": {s: len(v) for s, v in met.items()}}


# ----------------------------------------------------------------------------- request parsing

_SPEC_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("pm", re.compile(r"\b(pm|phase margin)\b", re.I)),
    ("ugbw", re.compile(r"\b(ugbw|ugf|gbw|unity[- ]gain|bandwidth)\b", re.I)),
    ("dc_gain_db", re.compile(r"\bgain\b", re.I)),
    ("power", re.compile(r"\bpower\b", re.I)),
]
_UNIT_KIND = {"db": "dc_gain_db", "hz": "ugbw", "deg": "pm", "w": "power"}
_QTY = re.compile(r"(>=|<=|≥|≤|>|<|at least|at most|above|below|under|over|more than|less than|min(?:imum)?|max(?:imum)?)?\s*"
                  r"(\d+(?:\.\d+)?)\s*(k|M|G|m|u|µ|n)?\s*(dB|Hz|deg|°|degrees|W)\b", re.I)
_MULT = {"k": 1e3, "M": 1e6, "G": 1e9, "m": 1e-3, "u": 1e-6, "µ": 1e-6, "n": 1e-9}


def parse_request_specs(text: str) -> dict[str, tuple[str, float]]:
    """Specs from words: "70 dB gain, 20 MHz UGBW, PM > 60 deg, < 1 mW" → {name: (min|max, SI value)}."""
    out: dict[str, tuple[str, float]] = {}
    for chunk in re.split(r",|;|\band\b|\bwith\b", text):
        for m in _QTY.finditer(chunk):
            op, num, prefix, unit = m.group(1), float(m.group(2)), m.group(3) or "", m.group(4).lower()
            unit = "deg" if unit in ("°", "degrees") else unit
            value = num * (_MULT.get(prefix, _MULT.get(prefix.lower(), 1.0)) if prefix else 1.0)
            words = [k for k, rx in _SPEC_WORDS if rx.search(chunk)]
            kind = next((k for k in words if _UNIT_KIND.get(unit) == k), _UNIT_KIND.get(unit))
            if kind is None:
                continue
            o = (op or "").lower()
            if o in (">", ">=", "≥", "at least", "above", "over", "more than", "min", "minimum"):
                direction = "min"
            elif o in ("<", "<=", "≤", "at most", "below", "under", "less than", "max", "maximum"):
                direction = "max"
            else:
                direction = "max" if kind == "power" else "min"
            out[kind] = (direction, value)
    return out


# ----------------------------------------------------------------------------- reporting


def _fmt(v: float | None, unit: str = "") -> str:
    if v is None or not math.isfinite(v):
        return "—"
    if unit.lower() in ("db", "deg", "%", ""):
        return f"{v:.4g}{(' ' + unit) if unit else ''}"
    for mult, pre in ((1e9, "G"), (1e6, "M"), (1e3, "k"), (1, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n"), (1e-12, "p"), (1e-15, "f")):
        if abs(v) >= mult:
            return f"{v / mult:.4g} {pre}{unit}"
    return f"{v:.4g} {unit}"


def spec_table(problem: Problem, point: Point) -> str:
    rows = ["| spec | target | measured | met |", "|---|---|---|---|"]
    for s in problem.specs.values():
        v = point.measured.get(s.name)
        rows.append(f"| {s.name} | {s.describe()} | {_fmt(v, s.unit)} | {'yes' if point.margins[s.name] <= 0 else 'NO'} |")
    return "\n".join(rows)


def plot_bode(freq: np.ndarray, h: np.ndarray, title: str) -> bytes:
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (a1, a2) = plt.subplots(2, 1, sharex=True, figsize=(6, 5))
    a1.semilogx(freq, 20 * np.log10(np.maximum(np.abs(h), 1e-30)))
    a1.axhline(0, color="grey", lw=0.5)
    a1.set_ylabel("gain (dB)")
    a1.set_title(title)
    a2.semilogx(freq, np.degrees(np.unwrap(np.angle(h))))
    a2.set_ylabel("phase (deg)")
    a2.set_xlabel("frequency (Hz)")
    for a in (a1, a2):
        a.grid(True, which="both", lw=0.3)
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


def plot_convergence(histories: dict[str, Sequence[Point]], title: str) -> bytes:
    """Best total violation so far per simulation (0 = all specs met), one line per strategy."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for label, hist in histories.items():
        best = np.minimum.accumulate([p.violation for p in hist]) if hist else np.array([])
        ax.plot(np.arange(1, len(best) + 1), best, label=label)
    ax.set_yscale("symlog", linthresh=1e-3)
    ax.set_xlabel("simulation")
    ax.set_ylabel("best total spec violation")
    ax.set_title(title)
    ax.grid(True, lw=0.3)
    ax.legend()
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


def infeasible_message(problem: Problem, result: SearchResult) -> str:
    """Which specs conflict and the best trade-off found, in words."""
    c = conflicts(problem, result.history)
    lines = [f"No simulated point met every spec within {len(result.history)} simulations."]
    if c["never_met"]:
        lines.append("Never met by any point, even alone: " + ", ".join(
            f"{s} ({problem.specs[s].describe()})" for s in c["never_met"]) + ".")
    if c["conflicting_pairs"]:
        lines.append("Met separately but never together (these conflict): " + "; ".join(
            f"{a} vs {b}" for a, b in c["conflicting_pairs"]) + ".")
    if result.best is not None:
        worst = sorted(((m, s) for s, m in result.best.margins.items() if m > 0), reverse=True)
        lines.append(f"Best trade-off (simulation {result.best.index}): misses " + ", ".join(
            f"{s} (measured {_fmt(result.best.measured.get(s), problem.specs[s].unit)}, wanted {problem.specs[s].describe()})"
            for _, s in worst) + ".")
    return " ".join(lines)


# ----------------------------------------------------------------------------- the specialist


def _llm_seed(problem: Problem, state: "ChipState", ctx: "AgentContext") -> tuple[Seed | None, str]:
    from chipsmith.agents.layout import build_messages, shared_context

    variables = "\n".join(f"- {p.name}: {p.lo:g} .. {p.hi:g} {p.unit}{' (log scale)' if p.log else ''}"
                          for p in problem.params.values())
    specs = "\n".join(f"- {s.name}: {s.describe()} ({s.unit})" for s in problem.specs.values())
    process = ", ".join(f"{k}={v:g}" for k, v in problem.process.items())
    task = (f"Problem: {problem.title}\n\nNetlist:\n```spice\n{problem.netlist.strip()}\n```\n\nDesign variables:\n{variables}\n\n"
            f"Specs:\n{specs}\n\nProcess: {process}\n\nAnswer with JSON: reasoning, start (every variable), ranges.")
    messages = build_messages(AGENT, task, shared_context(state))
    try:
        prop, _reply = ctx.llm.structured(messages, SizingProposal, agent=AGENT)
    except BackendError as exc:
        return None, f"the model's proposal was unusable ({exc})"
    seed = check_proposal(problem, prop)
    if seed is None:
        return None, "the model's start point had too few values inside the bounds"
    if getattr(getattr(ctx.llm, "backend", None), "name", "") == "script":
        seed.source = "a scripted answer (script: backend, not a model)"
    return seed, "; ".join(seed.notes)


def run(state: "ChipState", ctx: "AgentContext") -> dict[str, Any]:
    """Size the problem in ``state.inputs["netlist"]`` against the specs in the request."""
    from chipsmith.agents.context import StepTimer
    from chipsmith.agents.state import Evidence

    timer = StepTimer(AGENT, ctx, "reading the sizing problem")
    src = state.inputs.get("netlist") or state.inputs.get("input")
    if not src:
        raise InputError("the circuit sizer needs a problem: pass --netlist PROBLEM.yaml (or X.cir with X.yaml beside it)")
    problem = load_problem(Path(src))
    asked = parse_request_specs(state.request)
    problem = problem.with_specs(asked)
    try:
        budget = int(str(state.inputs.get("budget", 60)))
    except ValueError:
        raise InputError(f"budget must be a whole number of simulations, not {state.inputs.get('budget')!r}") from None
    sim = Ngspice(ctx.settings.ngspice, timeout=ctx.settings.tool_timeout, model_dirs=ctx.settings.model_dirs,
                  record=ctx.record)
    evaluator = Evaluator(problem, sim, lambda: ctx.work_dir("ngspice"))

    seed, note = _llm_seed(problem, state, ctx)
    if seed is None:
        seed = Seed(gmid_seed(problem), {}, "gm/Id", [note])
    ctx.console.step(AGENT, f"start point from {seed.source}; optimising with up to {budget} simulations")
    result = optimise(problem, evaluator, strategy="llm+bo", budget=budget, seed=0, start=seed)
    best = result.best
    if best is None:
        raise ToolError(f"{problem.path}: no simulation finished; see the ngspice logs in the run directory")
    seed_pt = result.history[0]

    # re-simulate the best point once more for its Bode plot and the evidence of the final numbers
    final = evaluator.evaluate(best.values, phase="final")
    res = evaluator.last_result
    assert res is not None
    met = final.feasible
    evidence = Evidence(tool="ngspice", verdict=res.verdict, ok=res.ok, command=res.outcome.command if res.outcome else [],
                        cwd=res.outcome.cwd if res.outcome else "", log_path=res.log_path,
                        summary=f"{'all specs met' if met else 'specs not met'} at the final point", values=final.measured)
    arts = [ctx.write_artefact(f"{problem.name}_sized.cir", render_netlist(problem, final.values), "spice", AGENT, [evidence]),
            ctx.write_artefact(f"{problem.name}_specs.md", spec_table(problem, final) + "\n", "report", AGENT, [evidence]),
            ctx.write_artefact(f"{problem.name}_history.jsonl",
                               "".join(json.dumps(p.to_dict(), sort_keys=True) + "\n" for p in evaluator.history), "json", AGENT),
            ctx.write_artefact(f"{problem.name}_convergence.png",
                               plot_convergence({"llm+bo": result.history}, problem.title), "plot", AGENT)]
    if problem.bode and "bode" in res.tables:
        arts.append(ctx.write_artefact(f"{problem.name}_bode.png", plot_bode(res.vector("frequency", "bode").real,
                                                                              res.vector(problem.bode, "bode"), problem.title),
                                       "plot", AGENT, [evidence]))
    sized = ", ".join(f"{n}={_fmt(v, problem.params[n].unit)}" for n, v in final.values.items())
    head = (f"Sized **{problem.title}** with {len(result.history)} ngspice simulations "
            f"(start point from {seed.source}, {'met' if seed_pt.feasible else 'not met'} at the start; "
            f"{'specs first met at simulation ' + str(result.first_met) if result.first_met else 'specs never met'}).")
    body = [head, "", f"Sizes: {sized}", "", spec_table(problem, final)]
    if seed.notes:
        body += ["", "Seed notes: " + "; ".join(seed.notes)]
    if seed.source != "gm/Id" and seed.reasoning:
        body += ["", "Model's reasoning (checked by simulation, not trusted): " + seed.reasoning.strip()[:800]]
    if not met:
        body += ["", infeasible_message(problem, result)]
    verdict = "pass" if met else "fail"
    step = timer.done(f"{'met' if met else 'did not meet'} the specs after {len(result.history)} simulations", verdict,
                      ["ngspice", "optuna"], first_met=result.first_met, seed=seed.source, seconds_search=round(result.seconds, 2))
    return {"artefacts": arts, "steps": [step], "answer": "\n".join(body), "verdict": verdict}


__all__ = ["Problem", "Param", "Spec", "Point", "Evaluator", "SearchResult", "Seed", "SizingProposal", "load_problem",
           "render_netlist", "bode_metrics", "gmid_seed", "check_proposal", "optimise", "conflicts", "parse_request_specs",
           "infeasible_message", "run", "ChipsmithError"]
