"""The netlist translator specialist: parse, emit, prove; the model only for lines the parser rejects.

Everything is deterministic except the fallback: lines the parser could not read go to
the model with dialect notes from the knowledge store, the model's rewrite must parse as
ngspice, and the output is marked "translated by the model: check". Every translation
is re-parsed and proven isomorphic to the source (networkx); when the deck has analyses
the source and the translation (brought back to ngspice) are simulated and compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from chipsmith.agents.context import AgentContext, StepTimer
from chipsmith.agents.layout import build_messages, shared_context
from chipsmith.agents.router import clause_for
from chipsmith.agents.state import ChipState, Evidence
from chipsmith.core.errors import ChipsmithError, InputError, UnusableAnswer
from chipsmith.tools.netlist.model import Analysis, Netlist, Subckt
from chipsmith.tools.netlist.source import read_netlist_text
from chipsmith.tools.netlist.spice import SpiceParser
from chipsmith.tools.netlist.translate import SUFFIX, dialect_name, guess_dialect, parse_text, translate
from chipsmith.tools.requests.netlist import read as read_netlist_request

AGENT = "netlist_translator"
MODEL_MARK = "translated by the model: check"
SOURCE_FAILED = "the source deck does not simulate"


class Rewrite(BaseModel):
    """The model's answer: plain ngspice lines replacing the rejected ones."""

    lines: list[str] = Field(default_factory=list, max_length=200)


def target_from(state: ChipState) -> str:
    """The target dialect: the ``to`` input, else the one the request (a plan step: its own clause) names as the target."""
    if state.inputs.get("to"):
        return dialect_name(state.inputs["to"])
    wanted = read_netlist_request(clause_for(state.request, state.plan, state.step_index)).to
    if wanted:
        return dialect_name(wanted)
    raise InputError("which dialect should the netlist become? pass --to (ngspice, hspice, ltspice, xyce, spectre, json)")


def _fallback(net: Netlist, state: ChipState, ctx: AgentContext) -> tuple[Netlist, list[str], list[str]]:
    """Send rejected lines to the model; splice its (parsed) rewrite in. Returns the netlist, model lines, citations."""
    rejected = net.rejected
    notes: list[str] = []
    citations: list[str] = []
    store = ctx.knowledge if state.inputs.get("knowledge", "on") != "off" else None  # --no-knowledge holds here too
    if store is not None:
        try:
            for hit in store.search(f"{net.dialect} netlist syntax " + " ".join(r.text.split()[0] for r in rejected[:5]), k=3):
                notes.append(hit.text[:800])
                citations.append(hit.citation())
        except ChipsmithError:
            notes = []
    listing = "\n".join(f"- {r.pos}: `{r.text}` (parser: {r.reason.split(': ', 1)[-1]})" for r in rejected[:40])
    task = (f"The source is written in {net.dialect}. Rewrite these rejected lines as plain ngspice lines:\n{listing}")
    messages = build_messages(AGENT, task, shared_context(state, notes))
    answer, _ = ctx.llm.structured(messages, Rewrite, agent=AGENT)
    if not answer.lines:
        raise UnusableAnswer(f"the model gave no rewrite for {len(rejected)} rejected line(s), first {rejected[0].pos}: "
                           f"{rejected[0].reason}")
    try:
        patch = SpiceParser("ngspice", follow_includes=False).parse_text("\n".join(answer.lines), file="<model answer>",
                                                                        is_deck=False)
    except InputError as exc:
        raise UnusableAnswer(f"the model's rewrite does not parse ({exc}); the netlist was not converted") from None
    # the rewrite goes where the rejected lines were: top level or the subcircuit they came from
    scope = rejected[0].scope
    items = list(net.items)
    if scope:
        def put(its: list[Any]) -> list[Any]:
            out = []
            for it in its:
                if isinstance(it, Subckt) and it.name == scope.split("/")[-1]:
                    it = it.model_copy(update={"items": list(it.items) + list(patch.items)})
                elif isinstance(it, Subckt):
                    it = it.model_copy(update={"items": put(it.items)})
                out.append(it)
            return out
        items = put(items)
    else:
        items += patch.items
    fixed = net.model_copy(update={"items": items, "rejected": [],
                                   "warnings": net.warnings + [f"{len(rejected)} line(s) {MODEL_MARK}"]})
    return fixed, list(answer.lines), citations


def _mark(text: str, target: str, lines: list[str]) -> str:
    """A comment in the output naming the lines the model wrote (after the title line for SPICE decks)."""
    if target == "json":
        return text
    lead = "//" if target == "spectre" else "*"
    note = [f"{lead} NOTE: {len(lines)} line(s) {MODEL_MARK}:"] + [f"{lead}   {ln}" for ln in lines]
    head, _, rest = text.partition("\n")
    return head + "\n" + "\n".join(note) + "\n" + rest


def run(state: ChipState, ctx: AgentContext) -> dict[str, Any]:
    """Translate ``inputs["input"]`` to ``inputs["to"]`` (or the dialect the request names) with a proof."""
    timer = StepTimer(AGENT, ctx, "translating the netlist")
    path_s = state.inputs.get("input") or state.inputs.get("netlist")
    if not path_s:
        raise InputError("no netlist given; pass --input FILE with the netlist to convert")
    path = Path(path_s)
    target = target_from(state)
    text = read_netlist_text(path)
    source = dialect_name(state.inputs["from"]) if state.inputs.get("from") else guess_dialect(text, path.suffix)
    net = parse_text(text, source, file=str(path), strict=False, allowed_dirs=list(ctx.settings.model_dirs), path=path)
    model_lines: list[str] = []
    citations: list[str] = []
    if net.rejected:
        ctx.console.step(AGENT, f"{len(net.rejected)} line(s) the parser rejected go to the model")
        net, model_lines, citations = _fallback(net, state, ctx)
    drop = frozenset(x.strip() for x in str(state.inputs.get("drop", "")).replace(",", " ").split() if x.strip())
    if drop - {"control", "directives"}:
        raise InputError(f"--drop takes control and/or directives, not {', '.join(sorted(drop - {'control', 'directives'}))}")
    tr = translate(net, target, drop=drop)
    assert tr.proof is not None
    ctx.console.tool(AGENT, f"re-parsed {target} output: {tr.proof.summary()}", verdict="pass" if tr.ok else "fail")
    evidence = [Evidence(tool="netlist-isomorphism", verdict="isomorphic" if tr.ok else "not isomorphic", ok=tr.ok,
                         summary=tr.proof.summary(), values={"devices": tr.proof.devices, "nets": tr.proof.nets,
                                                             "scopes": tr.proof.scopes, "method": tr.proof.method})]
    cosim_line = ""
    if tr.ok and target != "json" and any(isinstance(it, Analysis) for it in net.items) and source == "ngspice":
        from chipsmith.tools.netlist.spice_emit import emit_spice

        # with model-written lines the deck as given does not run: simulate the repaired source instead
        cosim_line = _cosimulate(emit_spice(net, "ngspice") if model_lines else text, net, tr, path, ctx, evidence)
    ok = all(e.ok for e in evidence)
    source_failed = cosim_line.startswith(SOURCE_FAILED)
    if source_failed and str(state.inputs.get("anyway", "")).strip().lower() not in ("yes", "true", "1", "on"):
        step = timer.done(f"{net.dialect} -> {target}: source deck does not simulate", "fail", ["ngspice"])
        return {"artefacts": [], "steps": [step], "citations": citations, "verdict": "fail",
                "answer": f"Not converted: {cosim_line}. Fix the deck, or ask again with the input anyway=yes to "
                          f"translate it regardless (the proof then covers connectivity only)."}
    out_text = _mark(tr.text, target, model_lines) if model_lines else tr.text
    art = ctx.write_artefact(path.stem + SUFFIX[target], out_text, "json" if target == "json" else "spice", AGENT, evidence)
    verdict = "pass" if ok else "fail"
    lines = [f"Converted `{path.name}` from {net.dialect} to {target}: `{art.name}`.",
             f"- proof: {tr.proof.summary()}"]
    if cosim_line:
        lines.append(f"- co-simulation: {cosim_line}")
    if model_lines:
        lines.append(f"- {len(model_lines)} line(s) {MODEL_MARK} (the parser rejected the originals); they are listed "
                     "at the top of the output file")
    lines += [f"- warning: {w}" for w in tr.warnings]
    lines.append(f"- verdict: {verdict}")
    step = timer.done(f"{net.dialect} -> {target}: {tr.proof.summary()}", verdict, ["netlist-isomorphism"] +
                      (["ngspice"] if cosim_line else []), model_lines=len(model_lines))
    return {"artefacts": [art], "steps": [step], "citations": citations, "answer": "\n".join(lines), "verdict": verdict}


def _cosimulate(text: str, net: Netlist, tr: Any, path: Path, ctx: AgentContext, evidence: list[Evidence]) -> str:
    """Simulate the source deck and the translation brought back to ngspice; add the evidence; one line for the answer."""
    from chipsmith.tools.netlist.cosim import cosimulate

    back = tr.reparsed if tr.target == "ngspice" else translate(tr.reparsed, "ngspice").reparsed
    if back is None:
        return "not compared (the translation did not read back)"
    cs = cosimulate(text, net, back, ctx.work_dir("ngspice-cosim"), deck_dir=path.parent,
                    model_dirs=list(ctx.settings.model_dirs), timeout=ctx.settings.tool_timeout, record=ctx.record)
    if cs.verdict == "source_failed":
        # a deck that does not run proves nothing by co-simulation, and must never end as a pass
        evidence.append(Evidence(tool="ngspice", verdict="source_failed", ok=False, summary=cs.detail[:300]))
        return f"{SOURCE_FAILED}: {cs.detail}"
    if cs.verdict == "not_runnable":
        return f"not compared ({cs.verdict}: {cs.detail})"
    ev = cs.evidence[-1] if cs.evidence else {}
    evidence.append(Evidence(tool="ngspice", verdict=cs.verdict, ok=cs.ok, command=[str(c) for c in ev.get("command", [])],  # type: ignore[attr-defined]
                             cwd=str(ev.get("cwd", "")), log_path=str(ev.get("log_path", "")),
                             summary=f"{cs.compared} vectors, worst relative difference {cs.worst_rel:.3g}",
                             values={"compared": cs.compared, "worst_rel": cs.worst_rel}))
    return f"{cs.verdict}: {cs.compared} vectors compared, worst relative difference {cs.worst_rel:.3g}" + \
        (f" ({cs.detail})" if cs.detail else "")
