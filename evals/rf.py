"""``chipsmith eval rf``: the RF filter suite, no LLM involved.

Per spec: the candidate topologies (ladders at the minimum order and above, coupled
resonators for band-pass) are built from catalogue parts, each one's Monte Carlo yield is
measured with the parts' tolerances, and the chosen design is checked three ways: the nodal
analysis the search used, scikit-rf, and (unless ``--no-spice``) an ngspice AC run compared
with scikit-rf in the pass band. "met" means buildable: met at nominal, every part inside its
catalogue's range, yield at or above the target. Reported per spec: the verdict, yield,
topology, worst part value, order used vs minimum, seconds.

Runs on the one runner (:class:`RFSuite`): ``results/<id>.json`` written atomically
(``--resume`` skips those present), ``work/<id>/`` for ngspice, ``summary.json`` and ``report.md``.
"""

from __future__ import annotations

import statistics
import time
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from chipsmith.core.errors import ChipsmithError, InputError
from chipsmith.core.yamlfile import load_yaml
from chipsmith.evals.executors import JudgeJob
from chipsmith.evals.runner import Context, OneSampleSuite, Problem

SPICE_TOLERANCE_DB = 0.01


def load_suite(path: Path | None) -> list[dict[str, Any]]:
    """The suite's entries; InputError naming the file and entry when one is malformed."""
    if path is None:
        text = resources.files("chipsmith.evals.data").joinpath("rf_specs.yaml").read_text()
        where = "rf_specs.yaml"
    else:
        try:
            text = Path(path).read_text()
        except OSError as exc:
            raise InputError(f"{path}: cannot read the suite ({exc.strerror})") from None
        where = str(path)
    data = load_yaml(text, where)
    if not isinstance(data, list):
        raise InputError(f"{where}:1: the suite must be a list of entries with an id and a request or spec")
    ids = set()
    for i, entry in enumerate(data):
        if not isinstance(entry, dict) or "id" not in entry or not ({"request", "spec"} & entry.keys()):
            raise InputError(f"{where}: entry {i + 1} needs an id and a request or a spec")
        if entry["id"] in ids:
            raise InputError(f"{where}: duplicate id {entry['id']!r}")
        ids.add(entry["id"])
    return data


def entry_spec(entry: dict[str, Any]) -> Any:
    """The RFSpec of a suite entry: the parser's reading of ``request``, overridden by ``spec`` fields."""
    from chipsmith.tools.rf_spec import build_spec as _build
    from chipsmith.tools.rf_spec import parse_request

    fields: dict[str, Any] = {}
    if "request" in entry:
        fields, missing = parse_request(str(entry["request"]))
        missing = [m for m in missing if m not in (entry.get("spec") or {})]
        if missing:
            raise InputError(f"suite entry {entry['id']}: the parser could not read {', '.join(missing)} from its request")
    fields.update({k: (float(v) if isinstance(v, str) and k.endswith(("_db", "_ohm", "_pct")) else v)
                   for k, v in (entry.get("spec") or {}).items()})
    for key in ("pass_edges_hz", "stop_edges_hz"):
        if key in fields:
            fields[key] = [float(f) for f in fields[key]]
    return _build(fields, f"suite entry {entry['id']}")


def evaluate(entry: dict[str, Any], work: Path, *, spice: bool, mc_samples: int, ngspice: str = "ngspice",
             yield_target_pct: float | None = None) -> dict[str, Any]:
    """One suite entry: design from catalogue parts, yield, scikit-rf check, optional ngspice cross-check."""
    from chipsmith.tools import rf_parts
    from chipsmith.tools import rf_verify as V
    from chipsmith.tools.rf_spec import parse_substrate
    from chipsmith.tools.rf_synthesis import design, format_value

    spec = entry_spec(entry)
    if yield_target_pct is not None and "yield_target_pct" not in (entry.get("spec") or {}):
        spec = spec.model_copy(update={"yield_target_pct": yield_target_pct})
    sub = parse_substrate(str(entry.get("request", "")))
    if sub is not None and spec.kind == "bandpass":
        return _evaluate_coupled_line(entry, spec, sub, work, spice=spice, mc_samples=mc_samples, ngspice=ngspice)
    cpu0 = time.process_time()
    d = design(spec, mc_samples=mc_samples)
    cpu = time.process_time() - cpu0  # CPU time: what the design costs, whatever else runs on the machine
    losses = V.losses_for(spec)
    grid = V.spec_grid(spec)
    skrf_check = V.check_response(spec, grid, V.to_network(d.ladder, grid.f, losses).s[:, 1, 0])
    in_catalogue = all(rf_parts.in_range(e.kind, e.value, spec, d.series) for e in d.ladder.elements)
    chosen = next(c for c in d.candidates if c.ladder is d.ladder)
    worst, worst_value = chosen.worst_part(spec)
    out: dict[str, Any] = {
        "id": entry["id"], "kind": spec.kind, "response": spec.response, "terminations": [spec.z_source, spec.z_load],
        "met": bool(d.buildable and skrf_check.met and in_catalogue), "met_nominal": bool(d.met and skrf_check.met),
        "verdict_text": d.verdict_text(), "yield_target_pct": spec.yield_target_pct, "topology": d.topology,
        "worst_part": f"{worst} {format_value(worst[0], worst_value)}", "parts": len(d.ladder.elements),
        "parts_in_catalogue": in_catalogue, "min_order": d.min_order, "order": d.order,
        "at_min_order": d.order == d.min_order, "series_asked": spec.eseries, "series_used": d.series, "first": d.first,
        "yield": d.yield_fraction, "mc_samples": mc_samples, "seconds": round(d.seconds, 4), "cpu_seconds": round(cpu, 4),
        "ripple_db": round(skrf_check.ripple_db, 4), "stop_atten_db": round(skrf_check.stop_atten_db, 3),
        "insertion_loss_db": round(skrf_check.insertion_loss_db, 4), "tries": len(d.attempts), "warnings": d.warnings,
        "candidates": [c.as_dict(spec, d.yield_target) for c in d.candidates], "advice": d.advice,
        "elements": [{"name": e.name, "kind": e.kind, "a": e.a, "b": e.b, "value": e.value} for e in d.ladder.elements],
        "tolerances": d.tolerances, "spec": spec.model_dump(),
    }
    if spice:
        diff, res = V.spice_crosscheck(d.ladder, spec, work, binary=ngspice)
        out["spice_max_diff_db"] = diff if diff != float("inf") else None
        out["spice_agrees"] = diff <= SPICE_TOLERANCE_DB
        if diff == float("inf"):
            out["spice_error"] = res.verdict
    return out


def _evaluate_coupled_line(entry: dict[str, Any], spec: Any, sub: Any, work: Path, *, spice: bool, mc_samples: int,
                           ngspice: str) -> dict[str, Any]:
    """A band-pass entry asking for microstrip: the coupled-line realisation, its etch yield, scikit-rf vs ngspice."""
    from chipsmith.tools import rf_coupled_line as CL
    from chipsmith.tools import rf_verify as V

    cpu0, t0 = time.process_time(), time.monotonic()
    d = CL.design_coupled_line(spec, sub)
    y = CL.etch_yield(d, spec, samples=min(mc_samples, 200)) if mc_samples else None
    seconds, cpu = time.monotonic() - t0, time.process_time() - cpu0
    grid = CL.check_grid(spec, d.stop_top_hz)
    skrf_check = V.check_response(spec, grid, CL.network(d.sections, grid.f, spec.z_source, spec.z_load).s[:, 1, 0])
    target = spec.yield_target_pct / 100
    buildable = bool(d.met and skrf_check.met and y is not None and y >= target)
    narrow = min(d.sections, key=lambda c: c.gap_m)
    verdict = (f"met (buildable): yield {100 * (y or 0):.1f} % ≥ {spec.yield_target_pct:g} %" if buildable else
               f"met at nominal, yield {100 * (y or 0):.1f} % (target {spec.yield_target_pct:g} %)" if d.met else "not met")
    out: dict[str, Any] = {
        "id": entry["id"], "kind": spec.kind, "response": spec.response, "terminations": [spec.z_source, spec.z_load],
        "met": buildable, "met_nominal": bool(d.met and skrf_check.met), "verdict_text": verdict,
        "yield_target_pct": spec.yield_target_pct, "topology": "coupled-line microstrip",
        "worst_part": f"{narrow.name} gap {narrow.gap_m * 1e3:.3f} mm", "parts": len(d.sections), "parts_in_catalogue": True,
        "min_order": d.tries[0]["order"] if d.tries else d.order, "order": d.order,
        "at_min_order": bool(d.tries and d.order == d.tries[0]["order"]), "series_asked": spec.eseries, "series_used": "",
        "first": "", "yield": y, "yield_basis": f"±{CL.ETCH_TOL_M * 1e6:.0f} µm on widths, gaps and lengths (assumed)",
        "mc_samples": min(mc_samples, 200), "seconds": round(seconds, 4), "cpu_seconds": round(cpu, 4),
        "ripple_db": round(skrf_check.ripple_db, 4), "stop_atten_db": round(skrf_check.stop_atten_db, 3),
        "insertion_loss_db": round(skrf_check.insertion_loss_db, 4), "tries": len(d.tries), "warnings": [],
        "candidates": [], "advice": [] if buildable else ["the substrate's and etch tolerances limit it; a thinner or "
                                                          "lower-loss substrate, or trimming"],
        "sections": [{"name": c.name, "z0e": c.z0e, "z0o": c.z0o, "width_m": c.width_m, "gap_m": c.gap_m, "length_m": c.length_m}
                     for c in d.sections], "spec": spec.model_dump(),
    }
    if spice:
        diff, res = CL.spice_crosscheck(d.sections, spec, work, binary=ngspice)
        out["spice_max_diff_db"] = diff if diff != float("inf") else None
        out["spice_agrees"] = diff <= SPICE_TOLERANCE_DB
        if diff == float("inf"):
            out["spice_error"] = res.verdict
    return out


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    ok = [r for r in results if "error" not in r]
    secs = [r["seconds"] for r in ok]
    yields = [r["yield"] for r in ok if r.get("yield") is not None]
    spice = [r for r in ok if "spice_agrees" in r]
    return {
        "specs": len(results), "errors": len(results) - len(ok), "met": sum(r["met"] for r in ok),
        "met_nominal": sum(r.get("met_nominal", r["met"]) for r in ok),
        "coupled_chosen": sum(r.get("topology") == "coupled resonators" for r in ok),
        "at_min_order": sum(r["at_min_order"] for r in ok), "met_at_min_order": sum(r["met"] and r["at_min_order"] for r in ok),
        "seconds_mean": round(statistics.mean(secs), 3) if secs else None,
        "seconds_max": round(max(secs), 3) if secs else None,
        "under_half_second": sum(s < 0.5 for s in secs),
        "cpu_seconds_mean": round(statistics.mean(r["cpu_seconds"] for r in ok), 3) if ok else None,
        "cpu_seconds_max": round(max(r["cpu_seconds"] for r in ok), 3) if ok else None,
        "yield_mean": round(statistics.mean(yields), 3) if yields else None,
        "spice_checked": len(spice), "spice_agree": sum(r["spice_agrees"] for r in spice),
        "spice_max_diff_db": max((r["spice_max_diff_db"] or 0.0) for r in spice) if spice else None,
    }


def report_md(results: list[dict[str, Any]], summary: dict[str, Any]) -> str:
    lines = ["# RF filter suite", "",
             f"{summary['met']}/{summary['specs']} specs met with catalogue parts and yield at or above the target "
             f"(met at nominal: {summary['met_nominal']}); {summary['coupled_chosen']} use coupled resonators; "
             f"{summary['at_min_order']} at the theoretical minimum order; design time mean {summary['seconds_mean']} s, "
             f"max {summary['seconds_max']} s (CPU mean {summary['cpu_seconds_mean']} s, max {summary['cpu_seconds_max']} s); "
             f"mean yield {summary['yield_mean']}; ngspice agrees on {summary['spice_agree']}/{summary['spice_checked']}.", "",
             "| id | kind | response | verdict | yield | topology | order (min) | worst part | seconds | spice dB |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        if "error" in r:
            lines.append(f"| {r['id']} | | | error: {r['error']} | | | | | | |")
            continue
        sd = r.get("spice_max_diff_db")
        y = "" if r["yield"] is None else f"{100 * r['yield']:.1f} %"
        lines.append(f"| {r['id']} | {r['kind']} | {r['response']} | {r['verdict_text']} | {y} | {r['topology']} | "
                     f"{r['order']} ({r['min_order']}) | {r['worst_part']} | {r['seconds']:.3f} | {'' if sd is None else f'{sd:.1e}'} |")
    return "\n".join(lines) + "\n"


def _judge(job: JudgeJob) -> dict[str, Any]:
    """One suite entry in the sample's work directory; an entry the tools refuse is a result, not a crash."""
    entry = job.params["entry"]
    try:
        res = evaluate(entry, Path(job.workdir or "."), spice=job.params["spice"], mc_samples=job.params["mc_samples"],
                       ngspice=job.params["ngspice"], yield_target_pct=job.params.get("yield_target_pct"))
    except ChipsmithError as exc:
        return {"id": entry["id"], "error": str(exc), "verdict": "fail", "passed": False, "failure": {"name": "error"}}
    return {**res, "verdict": "pass" if res["met"] else "fail", "passed": bool(res["met"]),
            "failure": {"name": "met" if res["met"] else "not-met"}}


class RFSuite(OneSampleSuite):
    """The RF filter suite on the runner: one problem per suite entry, no model involved."""

    name: ClassVar[str] = "rf"

    def __init__(self, suite: Path | None = None, *, only: tuple[str, ...] = (), spice: bool = True, mc_samples: int = 500,
                 ngspice: str = "ngspice", yield_target_pct: float | None = None) -> None:
        self.suite, self.only, self.spice, self.mc_samples, self.ngspice = suite, only, spice, mc_samples, ngspice
        self.yield_target_pct = yield_target_pct

    def config(self) -> dict[str, Any]:
        return {"suite": str(self.suite or "rf_specs.yaml"), "mc_samples": self.mc_samples, "spice": self.spice,
                "yield_target_pct": self.yield_target_pct}

    def binaries(self) -> dict[str, str]:
        return {"ngspice": self.ngspice}

    def problems(self) -> list[Problem]:
        entries = [e for e in load_suite(self.suite) if not self.only or any(o in str(e["id"]) for o in self.only)]
        return [Problem(str(e["id"]), data={"entry": e}) for e in entries]

    def judge(self, problem: Problem, sample: int, produced: Any, workdir: Path | None, ctx: Context) -> JudgeJob:
        return JudgeJob(_judge, problem.id, sample, {}, str(workdir) if workdir else None, 0.0,
                        params={"entry": problem.data["entry"], "spice": self.spice, "mc_samples": self.mc_samples,
                                "ngspice": self.ngspice, "yield_target_pct": self.yield_target_pct})

    def failed(self, problem: Problem, sample: int, produced: Any, error: str, seconds: float) -> dict[str, Any]:
        return {"id": problem.data["entry"]["id"]}

    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        return {"summary": summarise(results), **record.get("config", {}), "versions": record.get("versions", {})}

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        return {"report.md": report_md(results, summary["summary"])}
