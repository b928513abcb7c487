"""The router: picks one specialist or a short plan of several.

The model answers with JSON-schema structured output (the schema's enum is the set of
specialists this build has, so the server cannot return an unknown name). In the
default ``hybrid`` mode, a keyword score over the request decides when it is clear-cut
(and the model is not asked), and the model decides otherwise: a small embedded model
routes poorly, and a request that says "Verilog" should not be sent to the RF designer
because a 135M model said so. ``--router llm`` trusts the model alone (for a strong model); ``keywords`` never
asks it.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, create_model

from chipsmith.agents.registry import SpecialistInfo, available
from chipsmith.core.errors import UnusableAnswer


class RouteDecision(BaseModel):
    steps: list[str]
    reason: str
    source: Literal["agent-flag", "keywords", "llm", "default"]
    llm_steps: list[str] = Field(default_factory=list)
    scores: dict[str, float] = Field(default_factory=dict)


def route_schema(names: list[str]) -> type[BaseModel]:
    """The structured-output schema: 1-3 steps, each one of ``names``; a short reason."""
    step_type = Literal[tuple(names)]  # type: ignore[valid-type]
    return create_model(  # type: ignore[call-overload, no-any-return]
        "Route",
        steps=(list[step_type], Field(min_length=1, max_length=3)),  # type: ignore[valid-type]  # a Literal built at run time
        reason=(str, Field(max_length=160)),
    )


def keyword_scores(request: str, specialists: list[SpecialistInfo]) -> dict[str, float]:
    text = request.lower()
    scores: dict[str, float] = {}
    for s in specialists:
        score = 0.0
        for kw in s.keywords:
            if kw == "?":
                score += 0.5 if text.rstrip().endswith("?") else 0.0
            elif re.search(r"(?<![a-z0-9])" + re.escape(kw) + r"(?![a-z0-9])", text):
                score += 1.0
        for kw in s.weak:
            if re.search(r"(?<![a-z0-9])" + re.escape(kw) + r"(?![a-z0-9])", text):
                score += 0.5
        scores[s.name] = score
    return scores


_QUESTION = re.compile(r"^\s*(what|why|how|when|which|who|where|explain|describe|compare|is|are|does|do|can|should)\b"
                       r"|\?\s*$|\bdifference between\b", re.I)
_DESIGN_VERB = re.compile(r"\b(design|write|generate|create|implement|build|make|size|resize|optimi[sz]e|convert(?!er)\w*|"
                          r"translat\w*|extract|synthesi[sz]e|verify|simulate|fix|port|turn|rewrite|export|give me)\b", re.I)
# a number with a unit: two of them in one request are a spec, whatever the sentence's form
_TARGET = re.compile(r"\d\s*(?:[kmgu]|µ)?(?:hz|db|w|deg|°|ohms?|Ω)(?![a-z])", re.I)
# when two specialists score alike, the one whose input is the more specific thing wins:
# a datasheet, then a netlist, then an analog circuit, a filter, RTL
_PRIORITY = ("datasheet_extractor", "netlist_translator", "circuit_sizer", "rf_designer", "verilog_writer")


def is_question(request: str) -> bool:
    """A request for an explanation rather than a design: asked as a question, with no design verb and no spec."""
    return bool(_QUESTION.search(request)) and not _DESIGN_VERB.search(request) and len(_TARGET.findall(request)) < 2


def keyword_plan(request: str, specialists: list[SpecialistInfo]) -> tuple[list[str], dict[str, float]]:
    """A plan from keywords: the best-scoring specialist, or several for "X, then Y" requests.

    A question with no design verb goes to ``general`` however many domain words it has:
    "how does a FIFO work?" wants an explanation, not RTL.
    """
    scores = keyword_scores(request, specialists)
    if is_question(request) and any(s.name == "general" for s in specialists):
        return ["general"], scores
    design = {k: v for k, v in scores.items() if k != "general"}
    best = max(design.values(), default=0.0)
    if best < 1.0:
        return (["general"] if scores.get("general", 0) > 0 else []), scores
    clauses = _CLAUSE_BREAK.split(request)
    if len(clauses) > 1:
        plan: list[str] = []
        for clause in clauses:
            sub = keyword_scores(clause, [s for s in specialists if s.name != "general"])
            top = max(sub.items(), key=lambda kv: kv[1], default=("", 0.0))
            if top[1] >= 1.0 and (not plan or plan[-1] != top[0]):
                plan.append(top[0])
        if len(plan) > 1:
            return plan[:3], scores
    leaders = [k for k, v in design.items() if v == best]
    if len(leaders) > 1:
        leaders.sort(key=lambda k: _PRIORITY.index(k) if k in _PRIORITY else len(_PRIORITY))
    return leaders[:1], scores


def decide(request: str, *, agent: str | None, mode: str, llm_choice: LLMChooser | None,
           specialists: list[SpecialistInfo] | None = None) -> RouteDecision:
    """Pick the plan for ``request``; ``llm_choice`` asks the model (None: never ask)."""
    specialists = specialists if specialists is not None else available()
    if agent:
        return RouteDecision(steps=[agent], reason=f"--agent {agent}", source="agent-flag")
    kw_steps, scores = keyword_plan(request, specialists)
    if mode == "keywords" or llm_choice is None:
        steps = kw_steps or ["general"]
        return RouteDecision(steps=steps, reason="keyword match" if kw_steps else "no specialist keyword: answer in words",
                             source="keywords" if kw_steps else "default", scores=scores)
    if mode == "hybrid" and kw_steps:  # clear-cut: no need to spend a model call on it
        return RouteDecision(steps=kw_steps, reason="keyword match", source="keywords", scores=scores)
    llm_steps, llm_reason = llm_choice([s.name for s in specialists])
    return RouteDecision(steps=llm_steps, reason=llm_reason, source="llm", llm_steps=llm_steps, scores=scores)


class LLMChooser:
    """Asks the model for a route with JSON-schema output; remembers the raw reply for the run record."""

    def __init__(self, llm: LLM, messages: list[dict[str, str]]) -> None:
        self.llm = llm
        self.messages = messages

    def __call__(self, names: list[str]) -> tuple[list[str], str]:
        schema = route_schema(names)
        try:
            obj, _ = self.llm.structured(self.messages, schema, agent="router", max_tokens=200, temperature=0.0)
        except UnusableAnswer as exc:  # a model that cannot follow the schema: fall back, say so
            return ["general"], f"the model's route did not validate ({exc})"
        steps: list[str] = []
        for s in obj.steps:  # type: ignore[attr-defined]
            if not steps or steps[-1] != s:
                steps.append(s)
        return steps, obj.reason  # type: ignore[attr-defined]


from chipsmith.agents.llm import LLM  # noqa: E402  (type used above only in annotations)

_CLAUSE_BREAK = re.compile(r"\b(?:and then|then|after that|afterwards)\b|;", re.I)


def step_clauses(request: str, steps: list[str], specialists: list[SpecialistInfo] | None = None) -> list[str]:
    """The part of ``request`` each plan step should read: "design this filter, then give me its Spectre
    netlist" gives the filter's words to the RF designer and "give me its Spectre netlist" to the translator.

    Clauses go to the steps in order; a clause whose words point at the next step starts it, any other
    clause stays with the step before. A one-step plan reads the whole request.
    """
    if len(steps) < 2:
        return [request] * len(steps)
    specialists = specialists if specialists is not None else available()
    parts = [c.strip(" ,.") for c in _CLAUSE_BREAK.split(request) if c and c.strip(" ,.")]
    out = [""] * len(steps)
    i = 0
    for part in parts:
        scores = keyword_scores(part, specialists)
        if i + 1 < len(steps) and out[i] and scores.get(steps[i + 1], 0) >= 1.0 and \
                scores.get(steps[i + 1], 0) >= scores.get(steps[i], 0):
            i += 1
        out[i] = f"{out[i]}; {part}" if out[i] else part
    return [o or request for o in out]


def clause_for(request: str, plan: list[str], index: int) -> str:
    """The clause of ``request`` that step ``index`` of ``plan`` reads (the whole request outside a plan)."""
    if len(plan) < 2 or not 0 <= index < len(plan):
        return request
    return step_clauses(request, plan)[index]
