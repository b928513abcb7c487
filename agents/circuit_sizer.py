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

The engine (problem model, evaluation, search, reports) lives in :mod:`chipsmith.tools.sizing`;
this module asks the model for a start point and tells the graph what the tools found.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chipsmith.agents.router import clause_for
from chipsmith.core.errors import BackendError, InputError, ToolError
from chipsmith.tools.ngspice import Ngspice
from chipsmith.tools.sizing.evaluate import Evaluator
from chipsmith.tools.sizing.montecarlo import check_chosen_design
from chipsmith.tools.sizing.problem import Problem, fmt_value, load_problem, render_netlist
from chipsmith.tools.sizing.report import bound_notes, infeasible_message, plot_bode, plot_convergence, spec_table
from chipsmith.tools.sizing.request import parse_request_specs
from chipsmith.tools.sizing.search import Seed, SizingProposal, check_proposal, gmid_seed, optimise

if TYPE_CHECKING:
    from chipsmith.agents.context import AgentContext
    from chipsmith.agents.state import ChipState

AGENT = "circuit_sizer"

# ----------------------------------------------------------------------------- the specialist


def llm_seed(problem: Problem, state: ChipState, ctx: AgentContext) -> tuple[Seed | None, str]:
    """The model's start point, checked against the bounds; (None, why) when it is unusable."""
    from chipsmith.agents.layout import build_messages, shared_context

    variables = "\n".join(f"- {p.name}: {p.lo:g} .. {p.hi:g} {p.unit}{' (log scale)' if p.log else ''}"
                          for p in problem.params.values())
    specs = "\n".join(f"- {s.name}: {s.describe()} ({s.unit})" for s in problem.specs.values())
    process = ", ".join(f"{k}={v:g}" for k, v in problem.process.items())
    task = (f"Problem: {problem.title}\n\nNetlist:\n```spice\n{problem.netlist.strip()}\n```\n\nDesign variables:\n{variables}\n\n"
            f"Specs:\n{specs}\n\nProcess: {process}\n\nAnswer with JSON: reasoning, start (every variable), ranges.")
    if ctx.settings.llm == "embedded" and not ctx.settings.gguf:  # minutes of waiting for a seed it cannot give
        return None, ("the embedded SmolLM2-135M was not asked for a start point (it cannot size circuits); "
                      "use --llm http://host:port/v1 with a capable model for a model's seed")
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


_SPECS_EXAMPLE = "'dc gain > 60 dB, UGBW > 10 MHz, power < 1 mW'"


def _with_answered_specs(problem: Problem, answers: list[str]) -> Problem:
    """The problem with the specs the person gave when asked (read like the request); :class:`NeedsAnswer`
    when nothing, neither the problem nor the request nor an answer, says what the circuit must meet."""
    from chipsmith.agents.ask import NeedsAnswer

    for answer in answers:
        more = parse_request_specs(answer)
        if not more:
            raise InputError(f"could not read {answer!r} as specs (an answer like {_SPECS_EXAMPLE}); "
                             "send the request again with them")
        problem = problem.with_specs(more)
    if any(s.lo is not None or s.hi is not None or s.objective for s in problem.specs.values()):
        return problem
    measured = ", ".join(sorted(problem.specs))
    raise NeedsAnswer(f"{problem.path}: neither the problem nor the request says what the circuit must meet (it measures "
                      f"{measured}): add bounds to the request, e.g. {_SPECS_EXAMPLE}, or min/max under specs: in the problem",
                      question=f"Which specs must it meet? It measures {measured} (e.g. {_SPECS_EXAMPLE})", field="specs")


def run(state: ChipState, ctx: AgentContext) -> dict[str, Any]:
    """Size the problem in ``state.inputs["netlist"]`` against the specs in the request."""
    from chipsmith.agents.context import StepTimer
    from chipsmith.agents.state import Evidence

    timer = StepTimer(AGENT, ctx, "reading the sizing problem")
    src = state.inputs.get("netlist") or state.inputs.get("input")
    if not src:
        raise InputError("the circuit sizer needs a problem: pass --netlist PROBLEM.yaml (or X.cir with X.yaml beside it)")
    problem = load_problem(Path(src), pdk=ctx.settings.pdk or None)
    asked = parse_request_specs(clause_for(state.request, state.plan, state.step_index))  # a plan step reads its own clause
    problem = _with_answered_specs(problem.with_specs(asked), state.answers)
    # With corners: the trust region around the start point (llm+bo-tr) met every spec at every corner of
    # all six sky130 problems within 100 points, llm+bo on four (docs/sizing-search.md); without corners
    # llm+bo stays. Corners run on up to four ngspice processes (the history does not depend on how many).
    strategy, default_budget = ("llm+bo-tr", 100) if problem.corners else ("llm+bo", 60)
    try:
        budget = int(str(state.inputs.get("budget", default_budget)))
    except ValueError:
        raise InputError(f"budget must be a whole number of simulations, not {state.inputs.get('budget')!r}") from None
    sim = Ngspice(ctx.settings.ngspice, timeout=ctx.settings.tool_timeout, model_dirs=ctx.settings.model_dirs,
                  record=ctx.record)
    # a problem with corners is sized for all of them: screened at nominal, signed off at every corner
    evaluator = Evaluator(problem, sim, lambda: ctx.work_dir("ngspice"), corners=bool(problem.corners),
                          corner_jobs=min(4, os.cpu_count() or 1))

    seed, note = llm_seed(problem, state, ctx)
    if seed is None:
        seed = Seed(gmid_seed(problem), {}, "gm/Id", [note])
    ctx.console.step(AGENT, f"start point from {seed.source}; optimising ({strategy}) with up to {budget} design points")
    result = optimise(problem, evaluator, strategy=strategy, budget=budget, seed=0, start=seed)
    search_runs = evaluator.simulations
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
                               plot_convergence({strategy: result.history}, problem.title), "plot", AGENT)]
    if problem.bode and "bode" in res.tables:
        arts.append(ctx.write_artefact(f"{problem.name}_bode.png", plot_bode(res.vector("frequency", "bode").real,
                                                                              res.vector(problem.bode, "bode"), problem.title),
                                       "plot", AGENT, [evidence]))
    sized = ", ".join(f"{n}={fmt_value(v, problem.params[n].unit)}" for n, v in final.values.items())
    runs = f" design points ({search_runs} ngspice runs over {len(evaluator.corners)} corners)" \
        if problem.corners else " ngspice simulations"
    first = f"specs first met at {'design point' if problem.corners else 'simulation'} {result.first_met}" \
        if result.first_met else "specs never met"
    head = (f"Sized **{problem.title}** with {len(result.history)}{runs} "
            f"({strategy}: start point from {seed.source}, {'met' if seed_pt.feasible else 'not met'} at the start; {first}).")
    body = [head, "", f"Sizes: {sized}", "", spec_table(problem, final)]
    at_bounds = bound_notes(problem, final.values)
    if at_bounds:  # the range, not the optimiser, may be what stopped a better design
        body += ["", "Design variables at a bound of their range:"] + [f"- {note}" for note in at_bounds]
    if seed.notes:
        body += ["", "Seed notes: " + "; ".join(seed.notes)]
    if seed.source != "gm/Id" and seed.reasoning:
        body += ["", "Model's reasoning (checked by simulation, not trusted): " + seed.reasoning.strip()[:800]]
    if not met:
        body += ["", infeasible_message(problem, result)]
    # the problem's montecarlo: check of a design that met every spec: offset and yield under mismatch
    mc = check_chosen_design(problem, final.values, sim, ctx.work_dir("montecarlo")) if met else None
    if mc is not None:
        body += ["", *mc.lines()]
        arts.append(ctx.write_artefact(f"{problem.name}_montecarlo.json", json.dumps(mc.to_dict(), sort_keys=True) + "\n",
                                       "json", AGENT))
    verdict = "pass" if met else "fail"
    step = timer.done(f"{'met' if met else 'did not meet'} the specs after {len(result.history)} simulations", verdict,
                      ["ngspice", "optuna"], first_met=result.first_met, seed=seed.source, seconds_search=round(result.seconds, 2))
    return {"artefacts": arts, "steps": [step], "answer": "\n".join(body), "verdict": verdict}


