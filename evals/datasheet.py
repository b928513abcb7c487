"""``chipsmith eval datasheet``: score parameter extraction against ground-truth JSON.

The dataset is a directory of ``NAME.pdf`` + ``NAME.json`` pairs (see
:mod:`chipsmith.evals.datasheet_corpus`). For every ground-truth parameter the first
extracted record with the same canonical name is compared field by field, where the
fields are the SI ``min``/``typ``/``max`` values that are present plus the SI ``unit``:

- **EM** (exact match): the predicted field set equals the true one (values equal up to
  relative 1e-6, nothing missing, nothing extra); 0 when the parameter was not found.
- **F1**: harmonic mean of field precision (matching fields / predicted fields) and
  field recall (matching fields / true fields); 0 when not found.
- **EC** (exact correctness): every true field is in the prediction (recall = 1); extra
  fields are tolerated.

These follow D2S-FLOW's three measures (strict answer match, token-overlap F1, and
"the answer contains the correct value") with the answer tokens being the fields above.
Scores are means over parameters, reported overall and per device class, per quantity,
per layout, for tuned vs held-out layouts, and for table parameters vs parameters
stated only in running text (the ones an LLM pass is for).
"""

from __future__ import annotations

import json
import math
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chipsmith.core.errors import InputError

FIELDS = ("min", "typ", "max")
REL_TOL = 1e-6
QUANTITY = {"V": "voltage", "A": "current", "ohm": "resistance", "F": "capacitance", "C": "charge", "s": "time",
            "Hz": "frequency", "W": "power", "degC": "temperature", "K/W": "thermal resistance", "dB": "ratio (dB)",
            "V/s": "slew rate", "V/rtHz": "noise density", "S": "conductance", "": "dimensionless", "%": "percent",
            "%/V": "percent", "deg": "angle"}


@dataclass(frozen=True)
class Case:
    name: str
    pdf: Path
    truth: dict[str, Any]


def load_dataset(directory: Path) -> list[Case]:
    """Every ``NAME.pdf`` with a ``NAME.json`` next to it; a clear error when there are none."""
    d = Path(directory)
    if not d.is_dir():
        raise InputError(f"{d}: not a directory (give --dataset DIR with NAME.pdf + NAME.json pairs)")
    cases = []
    for js in sorted(d.glob("*.json")):
        pdf = js.with_suffix(".pdf")
        if not pdf.exists():
            continue
        try:
            truth = json.loads(js.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{js}:{exc.lineno}: not valid JSON ({exc.msg})") from None
        if not isinstance(truth.get("parameters"), dict):
            raise InputError(f"{js}: ground truth needs a 'parameters' object")
        cases.append(Case(js.stem, pdf, truth))
    if not cases:
        raise InputError(f"{d}: no NAME.pdf + NAME.json pairs found; build a corpus with "
                         "`python -m chipsmith.evals.datasheet_corpus DIR`")
    return cases


def _fields(rec: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {k: rec[k] for k in FIELDS if rec.get(k) is not None}
    out["unit"] = rec.get("unit", "")
    return out


def _eq(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=1e-30)
    return a == b


def score_param(truth: dict[str, Any], pred: dict[str, Any] | None) -> dict[str, float]:
    """EM, F1, EC (and precision/recall) of one predicted record against one true record."""
    if pred is None:
        return {"em": 0.0, "f1": 0.0, "ec": 0.0, "precision": 0.0, "recall": 0.0, "found": 0.0}
    t, p = _fields(truth), _fields(pred)
    hits = sum(1 for k, v in p.items() if k in t and _eq(v, t[k]))
    precision = hits / len(p) if p else 0.0
    recall = hits / len(t) if t else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return {"em": float(hits == len(t) == len(p)), "f1": f1, "ec": float(hits == len(t)), "precision": precision,
            "recall": recall, "found": 1.0}


def extract_case(pdf: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any], Any]:
    """The deterministic pipeline on one PDF: canonical name → first record, run facts, the extraction."""
    from chipsmith.tools.datasheet_tables import extract_document, requested_part
    from chipsmith.tools.pdf_reader import read_pdf

    doc = read_pdf(pdf)
    part = requested_part(doc, Path(pdf).stem)  # the file name is the request: "bjt_onsemi_2n3904" asks for the 2N3904
    ex = extract_document(doc, part=part)
    best = {k: p.to_dict() for k, p in ex.best().items()}
    rows = [{"canonical": p.canonical, **_fields(p.to_dict())} for p in ex.params if p.canonical]
    facts = {"device": ex.device, "part": part, "records": len(ex.params), "unmatched": [p.name or p.symbol for p in ex.unmatched],
             "refused_sentences": ex.refused, "pages": doc.page_count, "title": doc.title, "rows": rows}
    return best, facts, ex


def truth_records(truth: dict[str, Any]) -> list[Any]:
    """The ground truth's records (scored and ``extra``) as extracted-parameter records, for :func:`has_needed_figures`."""
    from chipsmith.tools.datasheet_tables import Param

    recs = [dict(r, canonical=k) for k, r in truth.get("parameters", {}).items()] + list(truth.get("extra", []))
    return [Param(name=str(r.get("name", "")), symbol=str(r.get("symbol", "")), canonical=r.get("canonical"), min=r.get("min"),
                  typ=r.get("typ"), max=r.get("max"), unit=str(r.get("unit", "")), conditions=str(r.get("conditions", "")),
                  page=int(r.get("page") or 0), section="", source=str(r.get("conditions", "")), origin="truth") for r in recs]


def check_models(ex: Any, title: str, work: Path, truth: dict[str, Any] | None = None) -> dict[str, Any]:
    """Fit the model card and simulate it at the datasheet's test conditions (diode, MOSFET, BJT, op-amp).

    Also records whether the datasheet holds the figures a card needs (:data:`model_cards.NEEDED`), by the
    hand-read truth and by the extraction, and which figures the card took a default for.
    """
    from chipsmith.tools.model_cards import MODELLED, build_card, checks_for, has_needed_figures, not_in_datasheet, simulate
    from chipsmith.tools.ngspice import Ngspice

    if ex.device not in MODELLED:
        return {"modelled": False}
    kind = str((truth or {}).get("class") or ex.device)
    facts = {"needed_in_truth": has_needed_figures(kind, truth_records(truth)) if truth else None,
             "needed_extracted": has_needed_figures(ex.device, ex.params),
             "not_in_datasheet": not_in_datasheet(ex.device, ex.best(), ex.params)}
    try:
        card = build_card(ex.device, ex.best(), ex.params, title)
    except InputError as exc:
        return {"modelled": True, "card": False, "error": str(exc), **facts}
    runs = iter(range(10_000))
    done = simulate(checks_for(card, ex.best(), ex.params), Ngspice(), lambda: work / f"check{next(runs):02d}")
    checks = [{"figure": d.result.name, "parameter": d.result.parameter, "ok": d.result.ok, "residual": d.result.residual,
               "absolute": d.result.absolute, "tolerance": d.result.tolerance, "error": d.result.error} for d in done]
    return {"modelled": True, "card": True, "polarity": card.polarity, "defaults": card.defaults, "checks": checks,
            "ngspice_runs": len({id(d.run) for d in done}), **facts}


def score_case(case: Case, best: dict[str, dict[str, Any]], facts: dict[str, Any]) -> dict[str, Any]:
    t = case.truth
    per: dict[str, Any] = {}
    for canon, rec in t["parameters"].items():
        s = score_param(rec, best.get(canon))
        per[canon] = dict(s, source=rec.get("source", "table"), quantity=QUANTITY.get(rec.get("unit", ""), rec.get("unit", "")),
                          truth=_fields(rec), predicted=_fields(best[canon]) if canon in best else None,
                          cited=({"page": best[canon]["page"], "source": best[canon]["source"]} if canon in best else None))
    spurious = sorted(set(best) - set(t["parameters"]))
    rows = facts.pop("rows", [])
    return {"case": case.name, "class": t.get("class", ""), "layout": t.get("layout", ""), "held_out": bool(t.get("held_out")),
            "injection": bool(t.get("injection")), "device_detected": facts.get("device"), "params": per,
            "conditions": score_conditions(t, rows), "spurious": spurious, "facts": facts}


def score_conditions(truth: dict[str, Any], rows: list[dict[str, Any]]) -> list[dict[str, float]]:
    """Every true record, the scored one and the ``extra`` rows (other conditions), against its best extracted row.

    A record is matched to the extracted row of the same canonical name that agrees with it on
    the most fields, each extracted row used once: this measures whether multi-condition rows
    (VF at three currents, RDS(on) at two gate voltages) come out as separate records.
    """
    recs = [dict(r, canonical=k) for k, r in truth.get("parameters", {}).items()] + list(truth.get("extra", []))
    pairs = sorted(((score_param(rec, row), i, j) for i, rec in enumerate(recs) for j, row in enumerate(rows)
                    if row["canonical"] == rec["canonical"]), key=lambda x: (-x[0]["em"], -x[0]["f1"], x[1], x[2]))
    out: list[dict[str, float] | None] = [None] * len(recs)
    used: set[int] = set()
    for s, i, j in pairs:  # best agreements first, each extracted row used once
        if out[i] is None and j not in used:
            out[i] = s
            used.add(j)
    return [s if s is not None else score_param(rec, None) for s, rec in zip(out, recs)]


def _mean(xs: list[float]) -> float:
    return round(sum(xs) / len(xs), 4) if xs else float("nan")


def summarise(results: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Means of EM/F1/EC over parameters, grouped every way the report needs."""
    groups: dict[str, dict[str, list[dict[str, float]]]] = defaultdict(lambda: defaultdict(list))
    cases = 0
    errors = []
    spurious = 0
    device_ok = 0
    for r in results:
        if "error" in r:
            errors.append({"case": r["case"], "error": r["error"]})
            continue
        cases += 1
        spurious += len(r["spurious"])
        device_ok += int(r["device_detected"] == r["class"])
        for p in r["params"].values():
            keys = [("all", "all"), ("source", p["source"]), ("class", r["class"]), ("quantity", p["quantity"]),
                    ("layout", r["layout"]), ("split", "held_out" if r["held_out"] else "tuned")]
            if p["source"] == "table":
                keys.append(("table_only", "held_out" if r["held_out"] else "tuned"))
                keys.append(("table_only", "all"))
            if r["held_out"]:
                keys.append(("held_out_class", r["class"]))
            for g, k in keys:
                groups[g][k].append(p)
        for c in r.get("conditions", []):
            groups["all_rows"]["held_out" if r["held_out"] else "tuned"].append(c)
            groups["all_rows"]["all"].append(c)

    def agg(ps: list[dict[str, float]]) -> dict[str, float]:
        return {"n": len(ps), "em": _mean([p["em"] for p in ps]), "f1": _mean([p["f1"] for p in ps]),
                "ec": _mean([p["ec"] for p in ps]), "found": _mean([p["found"] for p in ps])}

    return {"cases": cases, "errors": errors, "spurious_parameters": spurious, "device_class_correct": device_ok,
            **{g: {k: agg(v) for k, v in sorted(d.items())} for g, d in groups.items()}}


def evaluate(dataset: Path, run_dir: Path | None = None, *, resume: bool = True, models: bool = False,
             progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Score every case on the runner; with ``run_dir``, one result file per case (resumable) and summary.json."""
    from chipsmith.evals import runner
    from chipsmith.evals.datasheet_suite import DatasheetSuite

    with tempfile.TemporaryDirectory(prefix="ds-eval-") as tmp:
        out = Path(run_dir) if run_dir is not None else Path(tmp)
        runner.run(DatasheetSuite(dataset, models=models), out, resume=True, redo=not resume,
                   on_progress=(lambda ev: progress(ev.problem)) if progress else None)
        return runner.summarise_run(out)


def summarise_models(results: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Cards built per device class: over all datasheets, over those holding the needed figures, the figures reproduced."""
    out: dict[str, Any] = {}
    for r in results:
        m = r.get("model")
        if not m or not m.get("modelled"):
            continue
        c = out.setdefault(r["class"], {"datasheets": 0, "cards": 0, "with_needed": 0, "cards_with_needed": 0,
                                        "needed_extracted": 0, "with_defaults": 0, "checks": 0, "passed": 0,
                                        "max_rel_residual": 0.0, "max_abs_residual": 0.0, "no_card": [],
                                        "held_out": {"datasheets": 0, "cards": 0, "checks": 0, "passed": 0}})
        h = c["held_out"] if r.get("held_out") else None
        c["datasheets"] += 1
        needed = m.get("needed_in_truth")
        needed = m.get("needed_extracted") if needed is None else needed
        c["with_needed"] += int(bool(needed))
        c["needed_extracted"] += int(bool(m.get("needed_extracted")))
        if h is not None:
            h["datasheets"] += 1
        if not m.get("card"):
            if not r.get("held_out"):
                c["no_card"].append(r["case"])
            continue
        c["cards"] += 1
        c["cards_with_needed"] += int(bool(needed))
        c["with_defaults"] += int(bool(m.get("defaults")))
        if h is not None:
            h["cards"] += 1
        for ch in m["checks"]:
            c["checks"] += 1
            c["passed"] += int(ch["ok"])
            if h is not None:
                h["checks"] += 1
                h["passed"] += int(ch["ok"])
            if ch["residual"] is not None:
                key = "max_abs_residual" if ch["absolute"] else "max_rel_residual"
                c[key] = round(max(c[key], abs(ch["residual"])), 5)
    return out


def _table(summary: dict[str, Any]) -> str:
    lines = ["| group | value | n | EM | F1 | EC | found |", "|---|---|---:|---:|---:|---:|---:|"]
    for g in ("all", "table_only", "source", "split", "class", "held_out_class", "all_rows", "layout", "quantity"):
        for k, a in summary.get(g, {}).items():
            lines.append(f"| {g} | {k} | {a['n']} | {a['em']:.3f} | {a['f1']:.3f} | {a['ec']:.3f} | {a['found']:.3f} |")
    return "\n".join(lines)
