"""The RF filter designer: a request in words (or a spec file) to a verified LC ladder with real parts.

What is deterministic is done without the model: a regex + pint parser reads the usual
ways engineers write a filter spec; the model (structured output into :class:`RFSpec`)
is asked only for what the parser could not read, and whatever it returns is validated
like user input. Synthesis, snapping, verification (nodal analysis, scikit-rf, ngspice)
and the files are all tool work; the verdict is "pass" only when the design, built from catalogue
parts, meets the spec in scikit-rf, ngspice agrees with scikit-rf in the pass band, and the
Monte Carlo yield with the parts' tolerances reaches the target (default 90 %).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import numpy as np

from chipsmith.agents.ask import NeedsAnswer, takes_defaults
from chipsmith.agents.context import AgentContext, StepTimer
from chipsmith.agents.layout import build_messages, shared_context
from chipsmith.agents.router import clause_for
from chipsmith.agents.state import Artefact, ChipState, Evidence
from chipsmith.core.errors import BackendError, InputError
from chipsmith.core.yamlfile import load_yaml_file
from chipsmith.tools import rf_coupled_line, rf_parts
from chipsmith.tools import rf_verify as V
from chipsmith.tools.rf_spec import build_spec, complete_from_order, describe, parse_request, parse_substrate
from chipsmith.tools.rf_synthesis import Design, MicrostripDesign, RFSpec, Substrate, design, format_value, microstrip_design

AGENT = "rf_designer"
SPICE_TOLERANCE_DB = 0.01
MC_SAMPLES = 500

def _spec_file(path: str) -> dict[str, Any]:
    data = load_yaml_file(Path(path))  # JSON is YAML too
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: the filter spec must be a mapping of fields (kind, response, pass_edges_hz, ...)")
    return data


_REQUIRED = ("kind", "pass_edges_hz", "stop_edges_hz", "atten_db")
_QUESTIONS = {"kind": "which kind of filter (low-pass, high-pass, band-pass, band-stop)",
              "pass_edges_hz": "where the pass band ends (a cutoff or edge frequency)",
              "stop_edges_hz": "where the stop band starts and how much attenuation it needs there",
              "atten_db": "how much stop-band attenuation is needed"}


def _octave(fields: dict[str, Any]) -> list[float]:
    """Stop edges an octave from a low- or high-pass edge (for examples and the --yes default)."""
    p = fields.get("pass_edges_hz") or []
    return {"lowpass": [2 * p[0]], "highpass": [p[0] / 2]}.get(str(fields.get("kind")), []) if len(p) == 1 else []


def _hz_text(fs: list[float]) -> str:
    return " and ".join(_fmt(f) for f in fs)


def _example(fields: dict[str, Any], field: str) -> str:
    """An answer to the question about ``field``, in the words the reader understands."""
    kind = str(fields.get("kind", ""))
    stop = fields.get("stop_edges_hz") or _octave(fields)
    if field == "stop_edges_hz" and "atten_db" in fields:
        return f"'{_hz_text(_octave(fields)) or '200 MHz'}'"
    return {"kind": "'low-pass'", "atten_db": "'40 dB'", "stop_edges_hz": f"'40 dB at {_hz_text(stop) or '200 MHz'}'",
            "pass_edges_hz": {"bandpass": "'2.4 to 2.5 GHz'", "bandstop": "'400 and 600 MHz'"}.get(kind, "'100 MHz'")}[field]


def _needs(fields: dict[str, Any], field: str, capable_model: bool) -> NeedsAnswer:
    """The one short question for a missing field, the error a scripted run shows, and a default where one is sensible."""
    kind = str(fields.get("kind", ""))
    example = _example(fields, field)
    default = note = ""
    if field == "kind":
        question = "Which kind of filter: low-pass, high-pass, band-pass or band-stop?"
    elif field == "pass_edges_hz":
        question = {"highpass": "Where does the pass band start?", "bandpass": "Which pass band (from and to)?",
                    "bandstop": "Where does the pass band end on each side of the stop band?"}.get(kind, "Where does the pass band end?")
        question += f" (e.g. {example})"
    elif "atten_db" not in fields and "stop_edges_hz" not in fields:
        question = f"How much stop-band attenuation, and from which frequency? (e.g. {example}, or an order: '7th order')"
        if kind != "bandstop" and fields.get("response") != "bessel":
            default, note = "5th order", "a common starting order; the stop band is set where order 5 is the least to meet it"
    elif field == "atten_db":
        question = f"How much attenuation at {_hz_text(fields['stop_edges_hz'])}? (e.g. '40 dB')"
        default, note = "40 dB", "a common stop-band attenuation"
    else:
        octave = _octave(fields)
        question = f"From which frequency must the {fields['atten_db']:g} dB hold? (e.g. {example})"
        if octave:
            default, note = _hz_text(octave), "an octave from the pass edge"
    message = f"the request does not say {_QUESTIONS[field]}: add e.g. {example}"
    if field in ("stop_edges_hz", "atten_db") and "atten_db" not in fields:
        message += " or an order ('7th order')"
    if default:
        message += f", or take the default ({default}) with --yes"
    if not capable_model:
        message += ("; the embedded SmolLM2-135M was not asked to fill it in (it cannot write specs); "
                    "use --llm http://host:port/v1 with a capable model for that")
    return NeedsAnswer(message, question=question, field=field, default=default, default_note=note)


def _merge_answers(fields: dict[str, Any], answers: list[str], ctx: AgentContext) -> list[str]:
    """Read each answer with the same reader as the request and fill what is still missing; what is missing after."""
    missing = [k for k in _REQUIRED if k not in fields]
    for answer in answers:
        if not missing:
            break
        got, _ = parse_request(answer)
        if missing[0] in ("stop_edges_hz", "atten_db") and "pass_edges_hz" in got and "stop_edges_hz" not in got:
            got["stop_edges_hz"] = got.pop("pass_edges_hz")  # "200 MHz" answers the stop-band question
        new = {k: v for k, v in got.items() if k not in fields}
        if not new:
            raise InputError(f"could not read {answer!r} as {_QUESTIONS[missing[0]]} (an answer like "
                             f"{_example(fields, missing[0])}); send the request again with it")
        fields.update(new)
        note = complete_from_order(fields)
        if note:
            ctx.console.step(AGENT, note)
        missing = [k for k in _REQUIRED if k not in fields]
    return missing


def spec_from_state(state: ChipState, ctx: AgentContext) -> tuple[RFSpec, str]:
    """The spec and where it came from ("parser", "file", "llm", "answer").

    A required field nobody wrote is asked for (:class:`NeedsAnswer`: the chats ask the person, a
    scripted run fails with the question) unless a capable model may fill it in for a scripted run."""
    fields, missing = parse_request(clause_for(state.request, state.plan, state.step_index))  # a plan step reads its own clause
    source = "parser"
    path = state.inputs.get("input", "")
    if path.endswith((".yaml", ".yml", ".json")):
        fields.update(_spec_file(path))
        source = "file"
    note = complete_from_order(fields)
    if note:
        ctx.console.step(AGENT, note)
    missing = [k for k in missing if k not in fields]
    if missing and state.answers:
        missing = _merge_answers(fields, state.answers, ctx)
        source = "request and the answers" if source == "parser" else f"{source} and the answers"
    if not missing:
        return build_spec(fields, path or "request"), source
    capable = not (ctx.settings.llm == "embedded" and not ctx.settings.gguf)
    if state.can_ask or not capable or takes_defaults(state.inputs):  # a person's answer (or a stated default) beats a guess
        raise _needs(fields, missing[0], capable)
    task = ("Fill in the filter specification for the design brief. Answer with JSON only. "
            f"The parser could not read: {', '.join(missing)}. "
            f"Values it did read (keep them): {json.dumps(fields, sort_keys=True)}")
    messages = build_messages(AGENT, task, shared_context(state))
    try:
        spec, _ = ctx.llm.structured(messages, RFSpec, agent=AGENT, max_tokens=300)  # the JSON is ~150 tokens
    except BackendError as exc:
        raise InputError(f"could not read {', '.join(missing)} from the request, and the model could not either ({exc}); "
                         "write e.g. '2.4 GHz band-pass, 100 MHz wide, 0.5 dB ripple, 40 dB at 2.2 and 2.6 GHz, 50 ohm' "
                         "or pass a spec file with --input spec.yaml") from None
    merged = {**spec.model_dump(), **fields}  # what the parser read wins over the model
    return build_spec(merged, "the model's spec"), "llm"


# --------------------------------------------------------------------------- verification and files

def bom_rows(d: Design) -> list[dict[str, Any]]:
    """The BOM as order lines: identical parts grouped, with tolerance, package, rating and catalogue series."""
    lines: dict[tuple[str, float, str, str], dict[str, Any]] = {}
    for e in d.ladder.elements:
        p = rf_parts.part(e.kind, e.value, d.spec)
        key = (e.kind, round(e.value, 18), p.package, p.tolerance)
        if key not in lines:
            srf = "" if p.srf_hz is None else f"{p.srf_hz / 1e9:.3g}" + (" (est.)" if p.srf_estimated else "")
            q = "/".join("" if v is None else f"{v:g}" for v in (p.q_900mhz, p.q_1700mhz)) if p.kind == "L" else ""
            lines[key] = {"refs": [], "type": "inductor" if e.kind == "L" else "capacitor", "value": format_value(e.kind, e.value),
                          "tolerance": p.tolerance, "package": p.package, "voltage": p.voltage, "series": p.series,
                          "q_typ_900mhz_1700mhz": q if q != "/" else "", "srf_ghz": srf}
        lines[key]["refs"].append(e.name)
    return [{"refs": " ".join(r["refs"]), "quantity": len(r["refs"]), **{k: v for k, v in r.items() if k != "refs"}}
            for r in lines.values()]


def bom_csv(d: Design) -> str:
    rows = bom_rows(d)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def _fmt(f: float) -> str:
    for unit, scale in (("GHz", 1e9), ("MHz", 1e6), ("kHz", 1e3)):
        if f >= scale:
            return f"{f / scale:.4g} {unit}"
    return f"{f:.4g} Hz"


def report_md(d: Design, skrf_check: Any, spice_db: float | None, spice_note: str) -> str:
    s = d.spec
    y = "" if d.yield_fraction is None else f"{100 * d.yield_fraction:.1f} %"
    order_note = f" ({d.first}-first, type {d.variant})" if d.topology == "ladder" else ""
    chosen = next((c for c in d.candidates if c.ladder is d.ladder), None)
    unoffered = sorted(set(chosen.notes)) if chosen is not None else []
    # values outside the catalogue were clamped to its ends: that build's response says nothing about the design
    na = "not realisable (see below)"
    ripple, loss, atten = ((na, na, na) if unoffered else (f"{skrf_check.ripple_db:.3f} dB", f"{skrf_check.insertion_loss_db:.3f} dB",
                                                            f"{skrf_check.stop_atten_db:.2f} dB"))
    lines = [f"# {s.response.capitalize()} {s.kind} filter", "",
             "| | spec | achieved (catalogue parts, scikit-rf) |", "|---|---|---|",
             f"| pass band | {', '.join(_fmt(f) for f in s.pass_edges_hz)} | |",
             f"| pass-band ripple | ≤ {s.ripple_db:g} dB | {ripple} |",
             f"| insertion loss (min in band) | | {loss} |",
             f"| stop band | {', '.join(_fmt(f) for f in s.stop_edges_hz)} | |",
             f"| stop-band attenuation | ≥ {s.atten_db:g} dB | {atten} |",
             f"| terminations | {s.z_source:g} Ω / {s.z_load:g} Ω | {d.ladder.r_source:g} Ω / {d.ladder.r_load:g} Ω |",
             f"| topology | | {d.topology} |",
             f"| order | minimum {d.min_order} | {d.order}{order_note} |",
             f"| capacitor series from 10 pF | {s.eseries} | {d.series} |",
             f"| yield ({d.mc_samples} builds, catalogue tolerances) | ≥ {s.yield_target_pct:g} % | {y} |",
             "", f"Verdict: **{d.verdict_text()}**."]
    if unoffered:
        lines.append(f"The chosen {d.topology} needs values no catalogue part has ({'; '.join(unoffered[:3])}"
                     f"{'; …' if len(unoffered) > 3 else ''}); its parts below are the nearest offered, and the response of that "
                     f"build (in-band loss {skrf_check.insertion_loss_db:.1f} dB) is not a design figure.")
    if spice_db is not None:
        lines.append(f"ngspice AC vs scikit-rf in the pass band: largest difference {spice_db:.2e} dB "
                     f"(tolerance {SPICE_TOLERANCE_DB} dB) — {spice_note}.")
    if s.inductor_q or s.capacitor_esr_ohm:
        lines.append(f"Part losses included: inductor Q = {s.inductor_q or '∞'} at {_fmt(V.losses_for(s).f_ref_hz)}, "
                     f"capacitor ESR = {s.capacitor_esr_ohm or 0:g} Ω.")
    lines += ["", "## Candidates", "", "| topology | order | met at nominal | yield | parts | worst part | buildable |",
              "|---|---|---|---|---|---|---|"]
    for c in d.candidates:
        row = c.as_dict(s, d.yield_target)
        cy = "" if c.yield_fraction is None else f"{100 * c.yield_fraction:.1f} %"
        mark = " (chosen)" if c.ladder is d.ladder else ""
        lines.append(f"| {c.topology}{mark} | {c.order} | {'yes' if c.met else 'no'} | {cy} | {c.parts} | {row['worst_part']} | "
                     f"{'yes' if row['buildable'] else 'no'} |")
    if d.advice:
        lines += ["", "## What would raise the yield", ""] + [f"- {a}" for a in d.advice]
    lines += ["", "## Parts", "", "| ref | value | tolerance | package | series | ideal value |", "|---|---|---|---|---|---|"]
    for e, ideal in zip(d.ladder.elements, d.ideal.elements):
        p = rf_parts.part(e.kind, e.value, s)
        lines.append(f"| {e.name} | {format_value(e.kind, e.value)} | {p.tolerance} | {p.package} | {p.series} | "
                     f"{format_value(e.kind, ideal.value)} |")
    lines += ["", "## Ladder tries", "", "| order | series | first element | met | note |", "|---|---|---|---|---|"]
    lines += [f"| {a.order} | {a.series} | {a.first} | {'yes' if a.met else 'no'} | {a.note} |" for a in d.attempts]
    notes = sorted({n for c in d.candidates for n in c.notes})
    if d.warnings or notes:
        lines += ["", "## Warnings", ""] + [f"- {w}" for w in d.warnings] + [f"- ideal value not offered: {n}" for n in notes]
    return "\n".join(lines) + "\n"


def _coupled_line(spec: RFSpec, sub: Substrate, ctx: AgentContext) -> tuple[list[Artefact], str]:
    """A band-pass in microstrip: parallel coupled lines, checked by the ABCD cascade, scikit-rf and ngspice."""
    try:
        cl = rf_coupled_line.design_coupled_line(spec, sub)
    except InputError as exc:
        return [], f"\n## Microstrip\n\nNot realised: {exc}\n"
    f = V.plot_band(spec)
    net = rf_coupled_line.network(cl.sections, f, spec.z_source, spec.z_load, name="microstrip")
    diff, res = rf_coupled_line.spice_crosscheck(cl.sections, spec, ctx.work_dir("ngspice-coupled-line"), binary=ctx.settings.ngspice,
                                                 timeout=ctx.settings.tool_timeout, record=ctx.record)
    spice_ok = diff <= SPICE_TOLERANCE_DB
    y = rf_coupled_line.etch_yield(cl, spec)
    ctx.console.tool(AGENT, f"coupled-line microstrip order {cl.order}: {'meets' if cl.met else 'misses'} the spec; ngspice {diff:.1e} dB; "
                            f"etch yield {100 * y:.1f} %", verdict="pass" if cl.met and spice_ok else "fail")
    ev = Evidence(tool="scikit-rf + ngspice (coupled lines)", verdict="pass" if cl.met and spice_ok else "fail", ok=cl.met and spice_ok,
                  command=list(res.outcome.command) if res.outcome else [], cwd=res.outcome.cwd if res.outcome else "",
                  log_path=res.log_path,
                  summary=f"ripple {cl.check.ripple_db:.3f} dB, stop {cl.check.stop_atten_db:.1f} dB; ngspice vs scikit-rf {diff:.1e} dB",
                  values={**cl.check.as_dict(), "spice_max_diff_db": diff})
    rows = ["section,z0e_ohm,z0o_ohm,width_mm,gap_mm,length_mm"]
    rows += [f"{c.name},{c.z0e:.2f},{c.z0o:.2f},{c.width_m * 1e3:.4f},{c.gap_m * 1e3:.4f},{c.length_m * 1e3:.4f}" for c in cl.sections]
    png, _ = V.plot_png(net, spec, f"coupled-line microstrip band-pass, order {cl.order}")
    deck = rf_coupled_line.spice_deck(cl.sections, spec.z_source, spec.z_load, f"coupled-line band-pass order {cl.order}")
    arts = [ctx.write_artefact("microstrip.s2p", V.touchstone_text(net), "touchstone", AGENT, [ev]),
            ctx.write_artefact("microstrip_layout.csv", "\n".join(rows) + "\n", "text", AGENT, [ev]),
            ctx.write_artefact("microstrip.cir", deck, "spice", AGENT, [ev]),
            ctx.write_artefact("microstrip.png", png, "plot", AGENT, [ev])]
    text = (f"\n## Microstrip (parallel coupled lines, eps_r {sub.eps_r:g}, h {sub.h_m * 1e3:g} mm)\n\n"
            f"Order {cl.order}: {'meets' if cl.met else 'does NOT meet'} the spec on the coupled-line model (ripple "
            f"{cl.check.ripple_db:.3f} dB, least stop-band loss {cl.check.stop_atten_db:.1f} dB up to {_fmt(cl.stop_top_hz)}, below the "
            f"lines' re-entrant pass band near twice the centre); ngspice (even/odd-mode lines) agrees with scikit-rf within "
            f"{diff:.1e} dB. Yield with ±{rf_coupled_line.ETCH_TOL_M * 1e6:.0f} µm on every width, gap and length (an assumed etch "
            f"tolerance; the substrate's eps_r spread is not included): {100 * y:.1f} %. Open ends, bends and steps are not "
            "modelled: check the layout in an EM solver.\n\n"
            "| section | Z0e (Ω) | Z0o (Ω) | width (mm) | gap (mm) | length (mm) |\n|---|---|---|---|---|---|\n" +
            "".join(f"| {c.name} | {c.z0e:.1f} | {c.z0o:.1f} | {c.width_m * 1e3:.3f} | {c.gap_m * 1e3:.3f} | {c.length_m * 1e3:.3f} |\n"
                    for c in cl.sections))
    return arts, text


def _microstrip(spec: RFSpec, sub: Substrate, ctx: AgentContext) -> tuple[MicrostripDesign | None, list[Artefact], str]:
    """The microstrip realisation: stepped-impedance low-pass or coupled-line band-pass, checked on line models."""
    if spec.kind == "bandpass":
        arts, text = _coupled_line(spec, sub, ctx)
        return None, arts, text
    try:
        ms = microstrip_design(spec, sub)
    except InputError as exc:
        return None, [], f"\n## Microstrip\n\nNot realised: {exc}\n"
    ctx.console.tool(AGENT, f"microstrip order {ms.order} on eps_r {sub.eps_r:g}, h {sub.h_m * 1e3:g} mm",
                     verdict="pass" if ms.met else "fail")
    f = V.plot_band(spec)
    net = V.microstrip_network(ms.sections, sub, f, spec.z_source, spec.z_load)
    ev = Evidence(tool="scikit-rf MLine", verdict="pass" if ms.met else "fail", ok=ms.met,
                  summary=f"ripple {ms.check.ripple_db:.3f} dB, stop {ms.check.stop_atten_db:.1f} dB up to {ms.stop_span:g}x the edge",
                  values=ms.check.as_dict())
    rows = ["section,impedance_ohm,width_mm,length_mm,degrees_at_pass_edge"]
    rows += [f"{s.name},{s.z0:g},{s.width_m * 1e3:.4f},{s.length_m * 1e3:.4f},{s.degrees_at_edge:.2f}" for s in ms.sections]
    png, _ = V.plot_png(net, spec, f"microstrip stepped-impedance, order {ms.order}")
    arts = [ctx.write_artefact("microstrip.s2p", V.touchstone_text(net), "touchstone", AGENT, [ev]),
            ctx.write_artefact("microstrip_layout.csv", "\n".join(rows) + "\n", "text", AGENT, [ev]),
            ctx.write_artefact("microstrip.png", png, "plot", AGENT, [ev])]
    text = (f"\n## Microstrip (stepped impedance, eps_r {sub.eps_r:g}, h {sub.h_m * 1e3:g} mm)\n\n"
            f"Order {ms.order}: {'meets' if ms.met else 'does NOT meet'} the spec on scikit-rf's MLine model "
            f"(ripple {ms.check.ripple_db:.3f} dB, least stop-band loss {ms.check.stop_atten_db:.1f} dB from the stop edge to "
            f"{ms.stop_span:g}x it); the rejection holds up to {_fmt(ms.rejection_up_to_hz)}, where the lines' "
            "re-entrant pass band begins. Step discontinuities are not modelled: check the layout in an EM solver.\n\n"
            "| section | Z0 (Ω) | width (mm) | length (mm) |\n|---|---|---|---|\n" +
            "".join(f"| {s.name} | {s.z0:g} | {s.width_m * 1e3:.3f} | {s.length_m * 1e3:.3f} |\n" for s in ms.sections))
    return ms, arts, text


def run(state: ChipState, ctx: AgentContext) -> dict[str, Any]:
    timer = StepTimer(AGENT, ctx, "reading the filter spec")
    spec, source = spec_from_state(state, ctx)
    understood = describe(spec)
    ctx.console.tool(AGENT, f"understood (from the {source}): {understood}", verdict="ok", understood=understood)
    d = design(spec, mc_samples=MC_SAMPLES)
    ctx.console.tool(AGENT, f"{len(d.candidates)} candidates; chose {d.topology} order {d.order} (minimum {d.min_order}): "
                            f"{d.verdict_text()}", verdict="pass" if d.buildable else "fail", seconds=d.seconds)
    losses = V.losses_for(spec)
    f = V.plot_band(spec)
    net = V.to_network(d.ladder, f, losses, name="filter")
    grid = V.spec_grid(spec)
    skrf_check = V.check_response(spec, grid, V.to_network(d.ladder, grid.f, losses).s[:, 1, 0])
    spice_db, res = V.spice_crosscheck(d.ladder, spec, ctx.work_dir("ngspice-rf"), binary=ctx.settings.ngspice,
                                       timeout=ctx.settings.tool_timeout, record=ctx.record)
    spice_ok = spice_db <= SPICE_TOLERANCE_DB
    spice_note = "agree" if spice_ok else ("ngspice did not run: " + res.verdict if spice_db == float("inf") else "DISAGREE")
    ctx.console.tool(AGENT, f"ngspice cross-check: {spice_db:.2e} dB", verdict="pass" if spice_ok else "fail")
    ok = bool(skrf_check.met and spice_ok and d.buildable)

    ev_skrf = Evidence(tool="scikit-rf", verdict="pass" if skrf_check.met else "fail", ok=bool(skrf_check.met),
                       summary=f"ripple {skrf_check.ripple_db:.3f} dB, stop {skrf_check.stop_atten_db:.1f} dB",
                       values=skrf_check.as_dict())
    ev_spice = Evidence(tool="ngspice", verdict="pass" if spice_ok else "fail", ok=spice_ok,
                        command=list(res.outcome.command) if res.outcome else [],
                        cwd=res.outcome.cwd if res.outcome else "", log_path=res.log_path,
                        summary=f"pass-band |S21| vs scikit-rf: {spice_db:.2e} dB", values={"max_diff_db": spice_db})
    png, gd = V.plot_png(net, spec, f"{spec.response} {spec.kind}, {d.topology}, order {d.order}")
    ripple, stop = V.monte_carlo_losses(d.ladder, spec, V.spec_grid(spec, points=41), samples=d.mc_samples or MC_SAMPLES, seed=0,
                                        losses=losses, tolerances=np.array(d.tolerances))
    mc_png = V.plot_monte_carlo_png(ripple, stop, spec, f"Monte Carlo, {len(ripple)} builds: {d.verdict_text()}")
    ev_mc = Evidence(tool="monte-carlo", verdict="pass" if d.buildable else "fail", ok=d.buildable,
                     summary=f"yield {d.yield_fraction} over {d.mc_samples} builds (target {spec.yield_target_pct:g} %)",
                     values={"yield": d.yield_fraction, "samples": d.mc_samples, "target_pct": spec.yield_target_pct})
    deck = V.spice_netlist(d.ladder, f"{spec.response} {spec.kind} order {d.order} ({d.series})", losses,
                           f_start=float(f[0]), f_stop=float(f[-1]), points=len(f))
    summary = {"spec": spec.model_dump(), "min_order": d.min_order, "order": d.order, "series": d.series, "first": d.first,
               "variant": d.variant, "met": bool(skrf_check.met), "check": skrf_check.as_dict(), "yield": d.yield_fraction,
               "topology": d.topology, "buildable": d.buildable, "verdict": d.verdict_text(),
               "yield_target_pct": spec.yield_target_pct, "mc_samples": d.mc_samples,
               "candidates": [c.as_dict(spec, d.yield_target) for c in d.candidates], "advice": d.advice,
               "bom": bom_rows(d), "tolerances": d.tolerances,
               "spice_max_diff_db": spice_db, "design_seconds": round(d.seconds, 3), "spec_source": source,
               "understood": understood,
               "elements": [{"name": e.name, "kind": e.kind, "a": e.a, "b": e.b, "value": e.value} for e in d.ladder.elements],
               "attempts": [a.as_dict() for a in d.attempts], "warnings": d.warnings}
    arts: list[Artefact] = [
        ctx.write_artefact("filter.s2p", V.touchstone_text(net), "touchstone", AGENT, [ev_skrf]),
        ctx.write_artefact("filter.cir", deck, "spice", AGENT, [ev_spice]),
        ctx.write_artefact("bom.csv", bom_csv(d), "text", AGENT),
        ctx.write_artefact("s21_s11.png", png, "plot", AGENT, [ev_skrf]),
        ctx.write_artefact("group_delay.png", gd, "plot", AGENT, [ev_skrf]),
        ctx.write_artefact("monte_carlo.png", mc_png, "plot", AGENT, [ev_mc]),
        ctx.write_artefact("report.md", report_md(d, skrf_check, spice_db, spice_note), "report", AGENT, [ev_skrf, ev_spice, ev_mc]),
        ctx.write_artefact("design.json", json.dumps(summary, indent=2, default=float) + "\n", "json", AGENT),
    ]
    sub = parse_substrate(state.request)
    ms_text = ""
    if sub is not None:
        ms, ms_arts, ms_text = _microstrip(spec, sub, ctx)
        arts += ms_arts
    verdict = "pass" if ok else "fail"
    answer = (f"**Understood** (from the {source}): {understood}\n\n" + report_md(d, skrf_check, spice_db, spice_note)
              + "\nFiles: " + ", ".join(a.name for a in arts) + "\n")
    answer += ms_text
    if source == "llm":
        answer += "\nThe spec was completed by the language model; check it against your intent (design.json, 'spec').\n"
    step = timer.done(f"{spec.response} {spec.kind}, {d.topology} order {d.order}: {d.verdict_text()}", verdict,
                      tools=["rf_synthesis", "scikit-rf", "ngspice"], order=d.order, min_order=d.min_order,
                      yield_fraction=d.yield_fraction, spice_max_diff_db=spice_db, topology=d.topology, buildable=d.buildable,
                      understood=understood, spec_source=source)
    return {"artefacts": arts, "steps": [step], "answer": answer, "verdict": verdict}
