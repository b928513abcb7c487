"""The ``datasheet_extractor`` specialist: PDF datasheet → cited parameters → SPICE model → ngspice check.

1. **Read** the PDF with pdfplumber: the pages and sections the user names, else the pages
   whose text (a fast pdfium scan) has the words of a parameter table; the answer names the
   pages skipped.
2. **Extract** parameter tables deterministically, then values stated in sentences;
   every value keeps its page, section, the row or sentence it came from, and its
   conditions. The LLM reads only what the parser could not (sentences with numbers
   that no pattern read, tables without a recognisable header), and each value it
   returns must be quoted verbatim from that text and parse as a number with a unit,
   or it is dropped. Sentences that address an AI or give orders are never sent.
3. **Normalise** names with the synonym table (then embedding similarity through the
   knowledge store's model for rows the table does not know) and values to SI.
4. **Model** a card for diodes, MOSFETs (N and P), BJTs (NPN and PNP) and op-amps
   (:mod:`chipsmith.tools.model_cards`); each figure the model needs and the datasheet lacks
   is listed in parameters.json (``not_in_datasheet``) and in the answer, with the default used.
5. **Check** the card in ngspice at the datasheet's own test conditions, all figures in one
   ngspice run; each residual is reported and values outside tolerance are flagged.

The model never gets tools: its answer is parsed as data, so text in a datasheet cannot
make anything run.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from chipsmith.agents.context import AgentContext, StepTimer
from chipsmith.agents.layout import build_messages, shared_context
from chipsmith.agents.state import Artefact, ChipState, Evidence, Step
from chipsmith.core.errors import BackendError, ChipsmithError, InputError
from chipsmith.core.units import format_si, parse_quantity
from chipsmith.tools.datasheet_pages import page_spec, table_pages
from chipsmith.tools.datasheet_tables import (
    Extraction,
    Param,
    Synonyms,
    device_class,
    extract_document,
    first_by_canonical,
    mentioned_parts,
    requested_part,
    same_part,
    suspicious,
    synonyms,
    trusted_sentences,
)
from chipsmith.tools.model_cards import MODELLED, Card, CheckResult, build_card, checks_for, not_in_datasheet, simulate
from chipsmith.tools.pdf_reader import Document, read_pdf

AGENT = "datasheet_extractor"
_NUMBER_WITH_UNIT = re.compile(r"\d(?:[\d.]*)\s*(?:[munpfkMGµμ]?(?:V|A|Ω|F|C|s|Hz|W)\b|dB|°C|%|V/µs)")
_EMBED_MIN = 0.80  # cosine similarity below which an unknown row name is left unmatched
MAX_PAGES = 80  # pages read when the user names none (~0.2 s a page)


class LLMParameter(BaseModel):
    name: str
    symbol: str = ""
    min: float | None = None
    typ: float | None = None
    max: float | None = None
    unit: str = ""
    conditions: str = ""
    quote: str = Field(description="the exact sentence or row the values were read from")


class LLMParameters(BaseModel):
    parameters: list[LLMParameter] = Field(default_factory=list)


def _part(doc: Document, request: str, path: str) -> str | None:
    """The part the request (or the file name) names, when the datasheet prints it.

    A request naming a part the datasheet does not cover is an error that says which parts it
    does cover, rather than parameters of another device.
    """
    part = requested_part(doc, f"{request} {Path(path).stem}")
    asked = sorted(n for n in mentioned_parts(request.upper()) if len(re.findall(r"\d", n)) >= 2)  # not "SPICE3"
    if asked and not (part and any(same_part(a, part) for a in asked)):
        head = " ".join(ln.text for pg in doc.pages[:1] for ln in pg.lines[:12])
        covered = sorted(mentioned_parts(head.upper()))
        raise InputError(f"{path}: this datasheet does not cover {', '.join(asked)}; it covers "
                         f"{', '.join(covered) if covered else 'parts not named on its first page'}")
    return part


def run(state: ChipState, ctx: AgentContext) -> dict[str, Any]:
    path = state.inputs.get("input", "").strip()
    if not path:
        raise InputError("no datasheet given: pass the PDF with --input part.pdf")
    sections = [s.strip() for s in state.inputs.get("sections", "").split(",") if s.strip()]
    steps: list[Step] = []

    timer = StepTimer(AGENT, ctx, f"reading {Path(path).name}")
    pages, skipped = _table_pages(path, state.inputs.get("pages") or None)
    doc = read_pdf(path, pages=pages, sections=sections, max_pages=MAX_PAGES)
    steps.append(timer.done(f"read {len(doc.pages)} of {doc.page_count} pages, {len(doc.tables())} tables, "
                            f"{len(doc.sections)} sections", "ok", tools=["pdfplumber"]))

    timer = StepTimer(AGENT, ctx, "extracting parameters")
    device = device_class(doc)
    if device == "unknown":
        device = _class_from_request(state.request)
    part = _part(doc, state.request, path)
    ex = extract_document(doc, device, part=part)
    notes: list[str] = []
    if part:
        notes.append(f"read the {part}: rows and columns for other parts of shared tables are left out")
    if doc.truncated:
        notes.append(f"read the first {MAX_PAGES} of {doc.page_count} pages; name others with --pages")
    if skipped:
        notes.append(f"skipped page(s) {skipped}: no table words (Min, Typ, Max, Symbol, Parameter, Rating, "
                     "Conditions, Electrical Characteristics) in their text; name them with --pages to read them")
    _embed_unmatched(ex, ctx, notes)
    llm_params, llm_note = _llm_pass(state, ctx, doc, ex)
    if llm_note:
        notes.append(llm_note)
    ex.params.extend(llm_params)
    best = first_by_canonical(ex.params)
    if not best:
        raise InputError(f"{path}: found no parameter table or stated value on the pages read; name the pages "
                         "(--pages) or check that the PDF is a component datasheet")
    steps.append(timer.done(f"{len(best)} parameters ({sum(p.origin == 'table' for p in best.values())} from tables, "
                            f"{sum(p.origin == 'text' for p in best.values())} from sentences, "
                            f"{sum(p.origin == 'llm' for p in best.values())} from the model), device class {ex.device}",
                            "ok", tools=["pdfplumber", "pint"] + (["llm"] if llm_params else [])))

    artefacts: list[Artefact] = []
    missing = not_in_datasheet(ex.device, best, ex.params)
    params_doc = _parameters_json(doc, ex, best, missing)
    artefacts.append(ctx.write_artefact("parameters.json", json.dumps(params_doc, indent=2, ensure_ascii=False) + "\n",
                                        "json", AGENT))

    card: Card | None = None
    results: list[CheckResult] = []
    evidence: list[Evidence] = []
    model_note = ""
    if ex.device in MODELLED:
        timer = StepTimer(AGENT, ctx, f"fitting a {ex.device} model")
        try:
            card = build_card(ex.device, best, ex.params, part or doc.title)  # the part asked for names the model
        except InputError as exc:  # extraction stands on its own; say why there is no model
            model_note = str(exc)
            steps.append(timer.done(f"no model: {exc}", "skipped"))
        else:
            steps.append(timer.done(f"{card.filename}: {', '.join(card.params)}", "ok", tools=["scipy"]))
            timer = StepTimer(AGENT, ctx, "simulating the model at the datasheet's test conditions")
            results, evidence = _run_checks(ctx, card, best, ex.params)
            bad = [r for r in results if not r.ok]
            steps.append(timer.done(f"{len(results) - len(bad)}/{len(results)} figures reproduced within tolerance",
                                    "pass" if results and not bad else "fail", tools=["ngspice"]))
    else:
        model_note = f"no SPICE model builder for a {ex.device} (models exist for {', '.join(MODELLED)})"

    if card is not None:
        artefacts.append(ctx.write_artefact(card.filename, card.text, "model_card", AGENT, evidence))
        artefacts.append(ctx.write_artefact("model_fit.json", json.dumps(
            {"model": card.name, "kind": card.kind, "polarity": card.polarity, "assumptions": card.assumptions,
             "defaults": card.defaults,
             "parameters": {k: {"value": v.value, "formula": v.formula, "from": v.inputs} for k, v in card.params.items()}},
            indent=2, ensure_ascii=False) + "\n", "json", AGENT))
    if results:
        report = _check_report(card, results)  # type: ignore[arg-type]
        artefacts.append(ctx.write_artefact("check_report.md", report, "report", AGENT, evidence))
        artefacts.append(ctx.write_artefact("check_report.json", json.dumps([r.to_dict() for r in results], indent=2,
                                                                             ensure_ascii=False) + "\n", "json", AGENT))

    verdict = "answered" if not results else ("pass" if all(r.ok for r in results) else "fail")
    answer = _answer(doc, ex, best, card, results, model_note, notes, missing)
    name = Path(path).name
    cites = sorted({f"{name} p.{p.page}" + (f" ({p.section})" if p.section else "") for p in best.values()})
    return {"artefacts": artefacts, "steps": steps, "citations": cites, "answer": answer, "verdict": verdict}


def _table_pages(path: str, asked: str | None) -> tuple[str | None, str]:
    """The pages to read (the user's, else those the fast text scan finds table words on) and those skipped.

    The scan is an optimisation only: when it cannot read the file, every page goes to the full
    reader, which says what is wrong with it.
    """
    if asked:
        return asked, ""
    try:
        found = table_pages(path)
    except InputError:
        return None, ""
    if not found or len(found[0]) == found[1]:
        return None, ""
    keep, count = found
    keep = keep[:MAX_PAGES]
    return page_spec(keep), page_spec([n for n in range(1, count + 1) if n not in keep])


def _class_from_request(request: str) -> str:
    low = request.lower()
    for cls, words in (("mosfet", ("mosfet", "fet")), ("opamp", ("op-amp", "opamp", "amplifier")),
                       ("regulator", ("regulator", "ldo")), ("bjt", ("bjt", "transistor", "npn", "pnp")),
                       ("diode", ("diode", "rectifier", "schottky"))):
        if any(w in low for w in words):
            return cls
    return "unknown"


# ---------------------------------------------------------------- embedding similarity

def _embed_unmatched(ex: Extraction, ctx: AgentContext, notes: list[str]) -> None:
    """Rows the synonym table does not know, matched by MiniLM similarity to every known name."""
    todo = [p for p in ex.unmatched if p.name]
    if not todo or ctx.knowledge is None:
        return
    try:
        from chipsmith.knowledge.store import embedding_function

        ef = embedding_function()
    except (ImportError, ChipsmithError, OSError) as exc:
        notes.append(f"embedding match skipped ({exc}); {len(todo)} rows kept without a canonical name")
        return
    import numpy as np

    phrases = synonyms().phrases(ex.device)
    known = np.array(ef([n for n, _ in phrases]), dtype=float)
    asked = np.array(ef([p.name for p in todo]), dtype=float)
    known /= np.linalg.norm(known, axis=1, keepdims=True)
    asked /= np.linalg.norm(asked, axis=1, keepdims=True)
    sims = asked @ known.T
    for p, row in zip(todo, sims):
        j = int(row.argmax())
        canon = phrases[j][1]
        if row[j] >= _EMBED_MIN and (not p.unit or not canon.unit or p.unit == canon.unit):
            p.canonical, p.match = canon.name, "embedding"
            p.flags = [f for f in p.flags if f != "no canonical name"]
            p.flags.append(f"name matched by embedding similarity {row[j]:.2f} to {phrases[j][0]!r}")
    ex.unmatched = [p for p in ex.unmatched if p.canonical is None]


# ---------------------------------------------------------------- LLM fallback

def _unread_text(doc: Document, ex: Extraction) -> list[tuple[int, str]]:
    """Sentences with a number and a unit that no pattern read, and rows of tables without a header."""
    used = {p.source for p in ex.params}
    kept, _ = trusted_sentences(doc)
    out = [(page, s) for page, _, s in kept if s not in used and _NUMBER_WITH_UNIT.search(s)]
    from chipsmith.tools.datasheet_tables import find_header

    for t in doc.tables():
        if find_header(t.rows) is None and len(t.rows) > 1 and not _continued(t, doc):
            out.extend((t.page, " | ".join(c or "" for c in row)) for row in t.rows if any(row))
    return out


def _continued(table: Any, doc: Document) -> bool:
    """A headerless table right after a table with as many columns is a continuation the parser read."""
    tables = doc.tables()
    i = tables.index(table)
    return i > 0 and max(len(r) for r in tables[i - 1].rows) == max(len(r) for r in table.rows)


def _llm_pass(state: ChipState, ctx: AgentContext, doc: Document, ex: Extraction) -> tuple[list[Param], str]:
    todo = _unread_text(doc, ex)
    if not todo:
        return [], ""
    mode = state.inputs.get("llm_fallback", "auto")
    if mode == "off":
        return [], f"{len(todo)} text passages with numbers were not read (LLM fallback off)"
    if mode == "auto" and ctx.settings.llm == "embedded" and not ctx.settings.gguf:
        return [], (f"{len(todo)} text passages with numbers were not read: the embedded SmolLM2-135M cannot read "
                    "datasheets; use --llm http://host:port/v1 with a capable model to read them")
    excerpt = "\n".join(f"[page {page}] {text}" for page, text in todo[:40])
    task = f"Device class: {ex.device}. Datasheet excerpt:\n<<<\n{excerpt}\n>>>"
    messages = build_messages(AGENT, task, shared_context(state))
    try:
        answer, reply = ctx.llm.structured(messages, LLMParameters, agent=AGENT)
    except BackendError as exc:
        return [], f"the model's answer was not usable ({exc}); {len(todo)} passages left unread"
    kept, dropped = _validate_llm(answer, todo, ex.device)
    note = (f"the model read {len(todo)} passages: {len(kept)} values kept, {len(dropped)} dropped "
            f"({'; '.join(dropped[:5])})" if dropped else f"the model read {len(todo)} passages: {len(kept)} values kept")
    return kept, note


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _validate_llm(answer: LLMParameters, todo: list[tuple[int, str]], device: str,
                  table: Synonyms | None = None) -> tuple[list[Param], list[str]]:
    """Keep a model-reported value only if its quote is in the text sent and every number is in its quote."""
    syn = table or synonyms()
    have = [(page, _squash(text), text) for page, text in todo]
    kept: list[Param] = []
    dropped: list[str] = []
    for item in answer.parameters:
        quote = _squash(item.quote)
        src = next(((page, raw) for page, low, raw in have if quote and quote in low), None)
        if src is None:
            dropped.append(f"{item.name}: quote not found in the datasheet text")
            continue
        if suspicious(item.quote):
            dropped.append(f"{item.name}: quote is an instruction, not data")
            continue
        values: dict[str, float] = {}
        unit = ""
        ok = True
        for role in ("min", "typ", "max"):
            v = getattr(item, role)
            if v is None:
                continue
            if not _number_in(v, item.quote):
                ok = False
                dropped.append(f"{item.name}: {role} {v:g} is not written in its quote")
                break
            q = parse_quantity(f"{v!r}", item.unit)
            if q is None:
                ok = False
                dropped.append(f"{item.name}: unit {item.unit!r} not understood")
                break
            values[role], unit = q.value, q.unit
        if not ok or not values:
            if ok:
                dropped.append(f"{item.name}: no value")
            continue
        canon, how = syn.lookup(item.name, item.symbol, device, unit)
        p = Param(name=item.name, symbol=item.symbol, canonical=canon, min=values.get("min"), typ=values.get("typ"),
                  max=values.get("max"), unit=unit, conditions=item.conditions, page=src[0], section="", source=src[1],
                  origin="llm", raw={k: str(getattr(item, k)) for k in ("min", "typ", "max") if getattr(item, k) is not None},
                  match=f"llm+{how}" if how else "llm")
        if canon is None:
            p.flags.append("no canonical name")
        kept.append(p)
    return kept, dropped


def _number_in(v: float, quote: str) -> bool:
    nums = [float(m) for m in re.findall(r"\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", quote.replace(",", ""))]
    return any(abs(n - abs(v)) <= 1e-9 * max(1.0, abs(v)) for n in nums)


# ---------------------------------------------------------------- check

def _run_checks(ctx: AgentContext, card: Card, best: dict[str, Param], records: list[Param]) -> tuple[list[CheckResult], list[Evidence]]:
    """Every figure of the card in one ngspice run (each alone only if that run fails)."""
    from chipsmith.tools.ngspice import Ngspice

    sim = Ngspice(ctx.settings.ngspice, timeout=ctx.settings.tool_timeout, record=ctx.record)
    results: list[CheckResult] = []
    evidence: list[Evidence] = []
    for i, done in enumerate(simulate(checks_for(card, best, records), sim, lambda: ctx.work_dir("ngspice"))):
        r, res = done.result, done.run
        results.append(r)
        shown = f"{_show(r.simulated, r.unit)} vs {_show(r.target, r.unit)}" if r.simulated is not None else r.error
        ctx.console.tool(AGENT, f"{r.name}: {shown}", verdict="pass" if r.ok else "fail",
                         seconds=res.outcome.seconds if res.outcome else 0.0)
        e = res.evidence()
        evidence.append(Evidence(tool="ngspice", verdict="pass" if r.ok else "fail", ok=r.ok, command=list(e["command"]),
                                 cwd=str(e["cwd"]), log_path=str(e["log_path"]), try_index=i,
                                 summary=f"{r.name}: {shown}", values={"measures": dict(res.measures), "check": r.to_dict()}))
    return results, evidence


def _show(v: float | None, unit: str) -> str:
    if v is None:
        return "—"
    if unit in ("dB", "deg", ""):
        return f"{v:.4g} {'°' if unit == 'deg' else unit}".strip()
    return format_si(v, unit)


def _residual(r: CheckResult) -> str:
    if r.residual is None:
        return "—"
    if r.absolute:
        return f"{r.residual:+.3g} {'°' if r.unit == 'deg' else r.unit} (tol ±{r.tolerance:g})"
    return f"{100 * r.residual:+.2f} % (tol ±{100 * r.tolerance:g} %)"


def _check_report(card: Card, results: list[CheckResult]) -> str:
    lines = [f"# Check of {card.filename} against the datasheet", "",
             "| figure | conditions | datasheet | simulated | residual | verdict | source |", "|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r.name} | {r.conditions or '—'} | {_show(r.target, r.unit)} | {_show(r.simulated, r.unit)} | "
                     f"{_residual(r)} | {'ok' if r.ok else 'FLAG: ' + (r.error or 'outside tolerance')} | {r.cite.replace('|', '/')} |")
    if card.assumptions:
        lines += ["", "Assumptions: " + "; ".join(card.assumptions) + "."]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- outputs

def _parameters_json(doc: Document, ex: Extraction, best: dict[str, Param], missing: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "datasheet": Path(doc.path).name, "title": doc.title, "device_class": ex.device, "pages_read": [p.number for p in doc.pages],
        "parameters": {k: p.to_dict() for k, p in best.items()},
        "all_records": [p.to_dict() for p in ex.params],
        "unmatched_rows": [p.to_dict() for p in ex.unmatched],
        "refused_sentences": ex.refused,
        "flagged": [{"name": p.name, "symbol": p.symbol, "page": p.page, "flags": p.flags} for p in ex.params if p.flags],
        # each figure the device class's model needs or uses that this datasheet does not give, and the default taken
        "not_in_datasheet": missing,
    }


def _answer(doc: Document, ex: Extraction, best: dict[str, Param], card: Card | None, results: list[CheckResult],
            model_note: str, notes: list[str], missing: list[dict[str, str]] | None = None) -> str:
    out = [f"**{doc.title or Path(doc.path).name}** — {ex.device}, {len(best)} parameters extracted "
           f"from {len(doc.pages)} page(s); each value below cites its page and row.", "",
           "| parameter | min | typ | max | conditions | page | from |", "|---|---|---|---|---|---|---|"]
    for k, p in best.items():
        src = p.source if len(p.source) <= 60 else p.source[:57] + "…"
        out.append(f"| {k} | {_show(p.min, p.unit) if p.min is not None else ''} | {_show(p.typ, p.unit) if p.typ is not None else ''} | "
                   f"{_show(p.max, p.unit) if p.max is not None else ''} | {p.conditions} | {p.page} | {p.origin}: "
                   f"{src.replace('|', '/')} |")
    flagged = [p for p in ex.params if any(f.startswith("unparsed") for f in p.flags)]
    if flagged:
        out += ["", "Values kept as text (not numbers): " + "; ".join(f"{p.name or p.symbol} p.{p.page}: {p.raw}" for p in flagged[:8])]
    if ex.unmatched:
        out += ["", f"Rows with no canonical name (kept in parameters.json): {', '.join(p.name or p.symbol for p in ex.unmatched[:10])}"]
    if ex.refused:
        out += ["", f"Ignored {len(ex.refused)} sentence(s) that read as instructions to an AI (datasheet text is data): "
                + "; ".join(f"“{s[:80]}”" for s in ex.refused[:3])]
    out += [f"\nNote: {n}" for n in notes]
    if card is not None:
        out += ["", f"**Model:** `{card.filename}`{' (' + card.polarity + ')' if card.polarity else ''} "
                f"({', '.join(f'{k}={v.value:.4g}' for k, v in card.params.items())}); formulas and sources in model_fit.json."]
        if results:
            ok = sum(r.ok for r in results)
            out += ["", f"**Check in ngspice:** {ok}/{len(results)} datasheet figures reproduced within tolerance.", "",
                    "| figure | datasheet | simulated | residual | verdict |", "|---|---|---|---|---|"]
            out += [f"| {r.name} | {_show(r.target, r.unit)} | {_show(r.simulated, r.unit)} | {_residual(r)} | "
                    f"{'ok' if r.ok else 'FLAG'} |" for r in results]
    elif model_note:
        out += ["", f"**No model:** {model_note}."]
    if missing:
        out += ["", "**Not in this datasheet** (figures the model needs; the card uses the default named):", ""]
        out += [f"- {m['name']}: not in this datasheet; sets {m['needed_for']}; default used: {m['default_used']}" for m in missing]
    return "\n".join(out)
