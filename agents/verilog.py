"""The ``verilog_writer`` specialist: spec → RTL, checked by the verifier loop.

The loop is a LangGraph subgraph (write → bench → verify → write …) with the try count in its
state. Each try the model writes ``--samples`` candidates; each candidate goes through the
static guard, pyslang and Verilator lint, Icarus compile and simulation against the test
bench (the user's, or one the model wrote and the tools checked), and the best one is judged.
A failing try is localised (:mod:`chipsmith.tools.localize`) and the writer gets the first
mismatching output, the time, the inputs, expected vs got and the RTL lines driving it —
never a raw log. A test bench that does not compile, or that a reference design also fails,
is blamed instead of the design. Yosys checks equivalence when a reference is given.
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Command

from chipsmith.agents.context import AgentContext, StepTimer
from chipsmith.agents.layout import build_messages, shared_context
from chipsmith.agents.state import Artefact, ChipState, Evidence, Step
from chipsmith.core.errors import InputError, SandboxViolation, ToolError
from chipsmith.prompts import render
from chipsmith.tools.guard.verilog import check_sources, has_include
from chipsmith.tools.icarus import DEFAULT_FLAGS, Icarus
from chipsmith.tools.localize import Localization, instrument, localize, probe_module
from chipsmith.tools.runner import Diagnostic, ToolResult, read_log
from chipsmith.tools.slang import ModuleInfo, Slang, compile_trees, module_infos, parse_file, parse_text
from chipsmith.tools.tb_verdict import BenchVerdict, run_bench, run_cocotb
from chipsmith.tools.vcd import Waveform
from chipsmith.tools.verilator import Verilator
from chipsmith.tools.verilator_sim import VerilatorSim
from chipsmith.tools.yosys import Yosys

AGENT = "verilog_writer"
VERIFIER = "verifier"
PROBE = "chipsmith_probe"

# -- extracting code from a model's answer --------------------------------------------------------------

# A model answer is a few thousand tokens; one far longer is cut here, so a runaway answer costs
# linear time on a bounded input. Every scan below is a single pass with str.find or a regex that
# cannot backtrack (the old lazy ``module.*?endmodule`` rescanned the text from every "module":
# 60,000 of them took minutes).
MAX_ANSWER_CHARS = 400_000
_MODULE_WORD = re.compile(r"\bmodule\b")
_TOKEN = re.compile(r"\b(?:end)?module\b")


def extract_code(text: str) -> str:
    """The Verilog in a model's answer: ``[BEGIN]…[DONE]``, else fenced blocks with a module, else bare modules.

    Directives before the first module (```timescale``, ```define``) are kept. Linear in the
    length of the answer, of which the first :data:`MAX_ANSWER_CHARS` characters are read.
    """
    text = text[:MAX_ANSWER_CHARS]
    for body in _begin_done(text):
        fenced = _fences(body)
        inner = fenced[0] if fenced else None
        body = inner if inner is not None and "module" in inner else body
        if _MODULE_WORD.search(body):
            return body.strip() + "\n"
    blocks = [b for b in _fences(text) if _MODULE_WORD.search(b)]
    if blocks:
        return "\n\n".join(b.strip() for b in blocks) + "\n"
    return _bare(text)


def _begin_done(text: str) -> Iterator[str]:
    """Each ``[BEGIN]`` body, up to its ``[DONE]`` (or the end)."""
    pos = 0
    while (start := text.find("[BEGIN]", pos)) >= 0:
        start += len("[BEGIN]")
        end = text.find("[DONE]", start)
        yield text[start:end if end >= 0 else len(text)]
        if end < 0:
            return
        pos = end + len("[DONE]")


def _fences(text: str) -> list[str]:
    """The bodies of Markdown code fences: after a line opening with ```, up to the next ``` (or the end)."""
    out: list[str] = []
    pos = 0
    while (start := text.find("```", pos)) >= 0:
        newline = text.find("\n", start + 3)
        if newline < 0:  # an opening fence needs its line to end; none after this one does either
            break
        end = text.find("```", newline + 1)
        out.append(text[newline + 1:end if end >= 0 else len(text)])
        if end < 0:
            break
        pos = end + 3
    return out


def _modules(text: str) -> Iterator[tuple[int, int]]:
    """Spans from a ``module`` keyword to the next ``endmodule`` after it, left to right, in one pass."""
    start = -1
    for m in _TOKEN.finditer(text):
        if m.group().startswith("end"):
            if start >= 0:
                yield start, m.end()
                start = -1
        elif start < 0:
            start = m.start()


_START = re.compile(r"(?m)^[ \t]*(?:`\w+|module\b)")


def _bare(text: str) -> str:
    """From the first directive or ``module`` at the start of a line to the last ``endmodule``."""
    start = _START.search(text)
    end = text.rfind("endmodule")
    if start is None or end < start.start() or next(_modules(text[start.start():end + 9]), None) is None:
        found = [text[a:b] for a, b in _modules(text)]
        return ("\n\n".join(f.strip() for f in found) + "\n") if found else ""
    return text[start.start():end + len("endmodule")].strip() + "\n"


# -- the loop's state ------------------------------------------------------------------------------------


class LoopState(TypedDict, total=False):
    context: str  # the shared prompt context (brief, inputs, knowledge), built once
    interface: str
    module: str
    testbench: str  # path of the bench in use (Verilog, or a cocotb test module: *.py)
    pass_regex: str  # how to read a bench whose verdict the reader does not understand
    fail_regex: str
    tb_origin: str  # "user" | "model"
    tb_tries: int
    reference: str
    samples: int
    max_tries: int
    try_index: int
    candidates: list[str]
    feedback: str
    tb_feedback: str  # why the previous model-written bench was rejected
    design: str
    tries: Annotated[list[dict[str, Any]], operator.add]
    verdict: str  # "pass" | "fail" | "error"
    fault: str  # "design" | "testbench" | ""
    reason: str
    equivalence: dict[str, Any]
    synthesis: dict[str, Any]


@dataclass
class Candidate:
    index: int
    code: str
    work: Path | None = None
    stage: str = "none"  # how far it got: none | guard | lint | compile | simulate
    results: list[ToolResult] = field(default_factory=list)
    sim: ToolResult | None = None
    compile: ToolResult | None = None
    lint_errors: list[Diagnostic] = field(default_factory=list)
    lint_warnings: list[Diagnostic] = field(default_factory=list)
    blocked: str = ""
    tb_fault: list[Diagnostic] = field(default_factory=list)
    info: ModuleInfo | None = None
    bench: BenchVerdict | None = None  # how the bench's own verdict was read

    @property
    def passed(self) -> bool:
        return self.sim is not None and self.sim.verdict == "pass"

    def score(self) -> tuple[int, float, int, int, int]:
        """Higher is better: passes, share of matching samples, compiles, fewer lint errors and warnings."""
        share = 0.0
        if self.sim is not None:
            mism, samples = self.sim.values.get("mismatches"), self.sim.values.get("samples")
            if isinstance(mism, int) and isinstance(samples, int) and samples:
                share = 1.0 - mism / samples
        compiled = int(self.compile is not None and self.compile.ok)
        return (int(self.passed), share, compiled, -len(self.lint_errors), -len(self.lint_warnings))


# -- helpers ------------------------------------------------------------------------------------------------


def _read_input(value: str, what: str) -> Path:
    path = Path(value)
    if not path.is_file():
        raise InputError(f"{what} {value} not found (give the path of a Verilog file)")
    return path


def _design_info(code: str, wanted: str | None) -> ModuleInfo | None:
    """The module ``wanted`` (default: the last) in ``code``; None for code that includes files,
    since pyslang's preprocessor would open them relative to this process (the guard reports it)."""
    if has_include(code):
        return None
    infos = module_infos(compile_trees([parse_text(code, "design.sv")], None))
    if wanted:
        return next((i for i in infos if i.name == wanted), None)
    return infos[-1] if infos else None


def _tops_and_path(sources: list[Path], module: str) -> tuple[list[str], str | None]:
    """Top modules of the compiled sources and the hierarchical path of the first instance of ``module``."""
    from pyslang import ast

    comp = compile_trees([parse_file(p) for p in sources], None)
    tops = [t.name for t in comp.getRoot().topInstances]
    stack = [(t, t.name) for t in comp.getRoot().topInstances]
    while stack:
        inst, path = stack.pop(0)
        if inst.body.definition.name == module and path.count(".") > 0:
            return tops, path
        for member in inst.body:
            if member.kind == ast.SymbolKind.Instance:
                stack.append((member, f"{path}.{member.name}"))
    return tops, None


def _copy_into(src: Path, work: Path, role: str) -> Path:
    """``src`` copied into ``work`` under its own name (prefixed with ``role`` if that name is taken)."""
    target = work / src.name
    if target.exists() and target.resolve() != src.resolve():
        target = work / f"{role}_{src.name}"
    if target.resolve() != src.resolve():
        target.write_text(src.read_text())
    return target


def _evidence(res: ToolResult, try_index: int, summary: str = "") -> Evidence:
    ev = res.evidence()
    first = res.first_error
    return Evidence(tool=res.tool, verdict=res.verdict, ok=res.ok, command=[str(c) for c in ev["command"]],  # type: ignore[attr-defined]  # a list in every ToolResult
                    cwd=str(ev["cwd"]), log_path=str(ev["log_path"]),
                    summary=summary or (str(first) if first else res.verdict), try_index=try_index,
                    values={k: v for k, v in res.values.items() if k in ("mismatches", "samples", "outputs", "errors",
                                                                          "warnings", "cells", "flip_flops", "latches",
                                                                          "unproven", "timeout", "vcd", "bench")})


def _excerpt(code: str, diags: list[Diagnostic], limit: int = 5, context: int = 2) -> str:
    lines = code.splitlines()
    parts = []
    for d in diags[:limit]:
        where = f"line {d.line}" if not d.file or Path(d.file).name == "design.sv" else f"{Path(d.file).name}:{d.line}"
        head = f"{where}: {d.severity}: {d.message} ({d.tool})" if d.line else f"{d.severity}: {d.message} ({d.tool})"
        if d.line and 1 <= d.line <= len(lines) and (not d.file or Path(d.file).name == "design.sv"):
            lo, hi = max(1, d.line - context), min(len(lines), d.line + context)
            body = "\n".join(f"{'>' if n == d.line else ' '}{n:4d} | {lines[n - 1]}" for n in range(lo, hi + 1))
            parts.append(f"{head}\n```\n{body}\n```")
        else:
            parts.append(head)
    return "\n\n".join(parts)


def _numbered(code: str) -> str:
    return "\n".join(f"{n:4d} | {line}" for n, line in enumerate(code.splitlines(), 1))


def _adopt_verdict(sim: ToolResult, bench: BenchVerdict, values: dict[str, object]) -> None:
    """The simulation's verdict is the bench's own, as read: pass, mismatch (a mismatch summary), fail,
    inconclusive, timeout or error; its values are read from the bench's lines only."""
    sim.values.update(values)
    sim.values["bench"] = bench.to_dict()
    if bench.style == "summary":
        sim.values["mismatches"], sim.values["samples"] = bench.mismatches, bench.samples
    sim.verdict = ("mismatch" if bench.verdict == "fail" and bench.style == "summary" and bench.mismatches
                   else bench.verdict)
    sim.ok = bench.passed


# -- the verifier's work on one candidate ------------------------------------------------------------------


class _Checker:
    def __init__(self, ctx: AgentContext, state: LoopState) -> None:
        self.ctx = ctx
        s = ctx.settings
        self.icarus = Icarus(iverilog=s.iverilog, vvp=s.vvp, timeout=s.tool_timeout, record=ctx.record)
        self.verilator = Verilator(binary=s.verilator, timeout=s.tool_timeout, record=ctx.record)
        self.state = state

    def sources(self, design: Path, info: ModuleInfo | None) -> list[Path]:
        """Bench, the reference when the bench instantiates it under another name, and the design.

        The bench and reference are copied next to the design, so the work directory alone
        reproduces the run (and the sandbox needs no other directory).
        """
        work = design.parent
        tb = Path(self.state["testbench"])
        srcs = [_copy_into(tb, work, "tb")]
        ref = self.state.get("reference")
        if ref:
            ref_info = _design_info(Path(ref).read_text(), None)
            if ref_info is not None and (info is None or ref_info.name != info.name) and \
                    re.search(rf"\b{re.escape(ref_info.name)}\b", tb.read_text()):
                srcs.append(_copy_into(Path(ref), work, "ref"))
        return srcs + [design]

    def check(self, cand: Candidate, try_index: int) -> Candidate:
        work = self.ctx.work_dir(f"try{try_index}-c{cand.index}").resolve()
        cand.work = work
        design = work / "design.sv"
        design.write_text(cand.code)
        if not cand.code.strip():
            cand.blocked = "the answer contained no Verilog module"
            return cand
        try:
            check_sources([design], work)
        except SandboxViolation as exc:
            cand.stage, cand.blocked = "guard", str(exc).replace(str(design), "design.sv")  # the model needs no host path
            return cand
        cand.info = _design_info(cand.code, self.state.get("module") or None)
        slang = Slang(guard_workdir=work).lint([design])
        cand.results.append(slang)
        cand.lint_errors = [d for d in slang.diagnostics if d.severity == "error"]
        cand.lint_warnings = [d for d in slang.diagnostics if d.severity == "warning"]
        cand.stage = "lint"
        if cand.lint_errors:
            return cand
        vl = self.verilator.lint([design], work, top=cand.info.name if cand.info else None)
        cand.results.append(vl)
        if vl.verdict in ("ok", "warnings", "errors"):  # "error"/"timeout": Verilator itself failed, not the design
            cand.lint_errors += [d for d in vl.diagnostics if d.severity == "error"]
            cand.lint_warnings += [d for d in vl.diagnostics if d.severity == "warning"]
        else:
            self.ctx.console.warning(f"verilator could not lint (its verdict: {vl.verdict}); continuing with pyslang's lint")
        if not self.state.get("testbench"):
            return cand
        if Path(self.state["testbench"]).suffix == ".py":
            return self._check_cocotb(cand, work, design)
        srcs = self.sources(design, cand.info)
        tops, _ = _tops_and_path(srcs, cand.info.name if cand.info else "")
        top = "tb" if "tb" in tops else next((t for t in tops if not cand.info or t != cand.info.name), None)
        # the judge: design rules, the bench sealed so only its own lines count, its verdict read in its own style
        run = run_bench(design.name, srcs[0].name, work, others=[p.name for p in srcs[1:-1]], top=top,
                        icarus=self.icarus, verilator=VerilatorSim(binary=self.ctx.settings.verilator, record=self.ctx.record),
                        pass_regex=self.state.get("pass_regex") or None,
                        fail_regex=self.state.get("fail_regex") or None, timeout=self.ctx.settings.tool_timeout)
        cand.bench = run.verdict
        if run.verdict.style == "design-rule":
            cand.stage, cand.blocked = "rules", run.verdict.reason
            return cand
        comp = run.results[0]
        cand.results.append(comp)
        cand.compile = comp
        cand.stage = "compile"
        if not comp.ok:
            tb_name = srcs[0].name
            cand.tb_fault = [d for d in comp.diagnostics if d.severity == "error" and Path(d.file).name == tb_name]
            return cand
        sim = run.results[1]
        _adopt_verdict(sim, run.verdict, run.sim_values)
        cand.results.append(sim)
        cand.sim = sim
        cand.stage = "simulate"
        return cand

    def _check_cocotb(self, cand: Candidate, work: Path, design: Path) -> Candidate:
        """A cocotb test module as the bench: run on Icarus in the sandbox, verdict from cocotb's results file."""
        from chipsmith.tools.cocotb_runner import CocotbIcarus

        if cand.info is None:
            cand.blocked = "no module found to put under the cocotb test"
            return cand
        test = _copy_into(Path(self.state["testbench"]), work, "tb")
        s = self.ctx.settings
        cocotb = CocotbIcarus(iverilog=s.iverilog, vvp=s.vvp, timeout=max(120.0, s.tool_timeout), record=self.ctx.record)
        run = run_cocotb(design.name, test.name, cand.info.name, work, cocotb=cocotb)
        cand.bench = run.verdict
        if run.verdict.style == "design-rule":
            cand.stage, cand.blocked = "rules", run.verdict.reason
            return cand
        result = run.results[0] if run.results else ToolResult("cocotb", False, run.verdict.verdict)
        cand.results.append(result)
        cand.stage = "compile"
        if run.verdict.style == "compile":
            cand.compile = ToolResult("iverilog", False, "compile-error", result.outcome,
                                      [Diagnostic("iverilog", "error", run.verdict.failures[0] if run.verdict.failures
                                                  else run.verdict.reason)])
            return cand
        cand.compile = ToolResult("iverilog", True, "ok", result.outcome)
        _adopt_verdict(result, run.verdict, {})
        cand.sim = result
        cand.stage = "simulate"
        return cand

    def idle_outputs(self, cand: Candidate) -> list[str] | None:
        """Outputs of the design that never change value under the bench (None when it cannot be told)."""
        assert cand.info is not None
        work = self.ctx.work_dir("activity").resolve()
        (work / "design.sv").write_text(cand.code)
        srcs = self.sources(work / "design.sv", cand.info)
        tops, path = _tops_and_path(srcs, cand.info.name)
        top = "tb" if "tb" in tops else next((t for t in tops if t != cand.info.name), None)
        if path is None or top is None:
            return None
        (work / "probe.sv").write_text(probe_module(path, PROBE))
        if not self.icarus.compile([*srcs, work / "probe.sv"], top, work, flags=(*DEFAULT_FLAGS, "-s", PROBE)).ok:
            return None
        vcd = self.icarus.simulate(work, timeout=self.ctx.settings.tool_timeout).values.get("vcd")
        if not vcd:
            return None
        wave = Waveform(Path(str(vcd)))
        idle = []
        for port in cand.info.outputs():
            full = f"{path}.{port.name}"
            if wave.find(full) != full:
                return None
            values = {v for v in wave.trace(full).values if "x" not in v.lower() and "z" not in v.lower()}
            if len(values) < 2:
                idle.append(port.name)
        return idle

    def localise(self, cand: Candidate) -> Localization | None:
        """Re-run the failing candidate instrumented, with its internals dumped, and rank its lines."""
        assert cand.work is not None and cand.sim is not None and cand.info is not None
        work = self.ctx.work_dir("localize").resolve()
        inst_code, ix = instrument(cand.code, cand.info.name)
        (work / "design.sv").write_text(inst_code)
        (work / "original.sv").write_text(cand.code)
        srcs = self.sources(work / "design.sv", cand.info)
        tops, path = _tops_and_path([*srcs[:-1], work / "original.sv"], cand.info.name)
        top = "tb" if "tb" in tops else next((t for t in tops if t != cand.info.name), None)
        wave, scope, values = None, "", cand.sim.values
        if path is not None and top is not None:
            (work / "probe.sv").write_text(probe_module(path, PROBE))
            comp = self.icarus.compile([*srcs, work / "probe.sv"], top, work, flags=(*DEFAULT_FLAGS, "-s", PROBE))
            if comp.ok:
                sim = self.icarus.simulate(work, timeout=self.ctx.settings.tool_timeout)
                vcd = sim.values.get("vcd")
                if vcd:
                    try:
                        wave, scope = Waveform(Path(str(vcd))), path
                    except InputError:
                        wave = None
        lint = [d for r in cand.results if r.tool == "verilator" for d in r.diagnostics]
        return localize(work / "original.sv", cand.info.name, values, wave=wave, scope=scope if wave else "", ix=ix,
                        port_inputs=[p.name for p in cand.info.inputs()], lint=lint)


# -- nodes ---------------------------------------------------------------------------------------------------


def write(state: LoopState, runtime: Runtime[AgentContext]) -> Command[Literal["bench"]]:
    """Ask the writer for ``samples`` candidates."""
    ctx = runtime.context
    n = state.get("try_index", 0) + 1
    feedback = state.get("feedback", "")
    task = render("verilog_write_task", interface=(f"Use exactly this interface:\n```\n{state['interface']}\n```"
                                                   if state.get("interface") else ""),
                  try_index=n, max_tries=state["max_tries"], feedback=feedback)
    messages = build_messages(AGENT, task, state["context"])
    samples = max(1, state.get("samples", 1))
    temp = ctx.settings.temperature if samples == 1 else max(ctx.settings.temperature, 0.8)
    def sample(i: int) -> str:
        reply = ctx.llm.chat(messages, agent=AGENT, temperature=temp, seed=ctx.settings.seed + i + 1000 * (n - 1))
        return extract_code(reply.content)

    # Candidates share the whole prompt: sent at once, the server batches them over one cached prefix.
    with ThreadPoolExecutor(max_workers=min(samples, ctx.settings.parallel)) as pool:
        codes = list(pool.map(sample, range(samples)))
    ctx.console.tool(AGENT, f"try {n}: {sum(1 for c in codes if c)} of {samples} answers hold a module",
                     verdict="ok" if any(codes) else "no code")
    return Command(goto="bench", update={"candidates": codes, "try_index": n})


def bench(state: LoopState, runtime: Runtime[AgentContext]) -> Command[Literal["verify", "__end__"]]:
    """Make sure a test bench exists: the user's, or one the verifier model writes and the tools accept."""
    ctx = runtime.context
    if state.get("testbench"):
        return Command(goto="verify")
    code = next((c for c in state.get("candidates", []) if c), "")
    info = _design_info(code, state.get("module") or None) if code else None
    if info is None:
        return Command(goto="verify")  # nothing to bench yet; verify reports the design's problem
    ports = "\n".join(f"{p.direction} {p.type} {p.name}" for p in info.ports)
    previous = state.get("tb_feedback", "")
    task = render("verilog_testbench_task", module=info.name, interface=state.get("interface") or ports,
                  feedback=f"Your previous test bench was rejected: {previous}. Write a corrected one." if previous else "")
    reply = ctx.llm.chat(build_messages(VERIFIER, task, state["context"]), agent=VERIFIER)
    tb_code = extract_code(reply.content)
    work = ctx.work_dir("testbench").resolve()
    path = work / "tb.sv"
    path.write_text(tb_code)
    problem = ""
    if not tb_code:
        problem = "the verifier's answer contained no test bench module"
    else:
        try:
            check_sources([path], work)
        except SandboxViolation as exc:
            problem = str(exc)
    if not problem and tb_code:
        missing = [p.name for p in info.outputs() if not re.search(rf"\b{re.escape(p.name)}\b", tb_code)]
        if f"{info.name}" not in tb_code:
            problem = f"the test bench does not instantiate `{info.name}`"
        elif missing:
            problem = f"the test bench never looks at output(s) {', '.join(missing)}"
        elif "Mismatches:" not in tb_code:
            problem = "the test bench does not print a `Mismatches: N in M samples` summary"
    tb_tries = state.get("tb_tries", 0) + 1
    ctx.console.tool(VERIFIER, f"test bench written by the model (attempt {tb_tries})", verdict="ok" if not problem else problem)
    if problem:
        return Command(goto=END, update={"verdict": "error", "fault": "testbench", "tb_tries": tb_tries,  # type: ignore[arg-type]  # END is typed str
                                         "reason": f"the model-written test bench cannot be used: {problem}"})
    return Command(goto="verify", update={"testbench": str(path), "tb_origin": "model", "tb_tries": tb_tries,
                                          "module": state.get("module") or info.name})


def _refusal_word(cand: Candidate) -> str:
    """Why a candidate never ran, in one word: the sandbox guard or the judge's design rules refused it,
    or there was no module to run."""
    return {"guard": "guard-refused", "rules": "rule-refused"}.get(cand.stage, "no-code")


def verify(state: LoopState, runtime: Runtime[AgentContext]) -> Command[Literal["write", "bench", "__end__"]]:
    """Lint, simulate and judge every candidate; route to the next try, a new bench, or the end."""
    ctx = runtime.context
    n = state["try_index"]
    checker = _Checker(ctx, state)
    cands = [checker.check(Candidate(i, code), n) for i, code in enumerate(state.get("candidates", []))]
    best = max(cands, key=lambda c: c.score())
    evidence = [_evidence(r, n) for r in best.results]
    if not evidence and best.blocked:  # nothing ran: the try's evidence says what stopped it, not a blank
        evidence = [Evidence(tool={"guard": "sandbox guard", "rules": "design rules"}.get(best.stage, "code extraction"),
                             verdict=_refusal_word(best), summary=best.blocked, try_index=n)]
    record: dict[str, Any] = {"try": n, "best": best.index, "stage": best.stage,
                              "candidates": [{"index": c.index, "stage": c.stage, "score": list(c.score()),
                                              "verdict": (c.sim.verdict if c.sim else (c.compile.verdict if c.compile else
                                                          (_refusal_word(c) if c.blocked else
                                                           ("lint-errors" if c.lint_errors else "unchecked"))))}
                                             for c in cands]}
    update: dict[str, Any] = {"design": best.code, "module": state.get("module") or (best.info.name if best.info else "")}
    ctx.console.tool(AGENT, f"try {n}: {record['candidates'][best.index]['verdict']}", verdict="pass" if best.passed else "fail")

    def finish(verdict: str, fault: str, reason: str, feedback: str = "", extra: dict[str, Any] | None = None) -> Command:  # type: ignore[type-arg]
        record.update({"verdict": verdict, "fault": fault, "reason": reason, "feedback": feedback,
                       "evidence": [e.model_dump() for e in evidence]})
        return Command(goto=END, update={**update, **(extra or {}), "tries": [record], "verdict": verdict,
                                         "fault": fault, "reason": reason})

    def retry(stage: str, details: str) -> Command:  # type: ignore[type-arg]
        feedback = render("verilog_feedback", try_index=n, stage=stage, details=details, numbered=_numbered(best.code))
        if n >= state["max_tries"]:
            return finish("fail", "design", f"failed after {n} {'try' if n == 1 else 'tries'} ({stage})", feedback)
        record.update({"verdict": "fail", "fault": "design", "reason": stage, "feedback": feedback,
                       "evidence": [e.model_dump() for e in evidence]})
        return Command(goto="write", update={**update, "tries": [record], "feedback": feedback})

    if best.passed and state.get("tb_origin") == "model" and best.info is not None:
        # a model-written bench must exercise every output, or its pass means little
        idle = checker.idle_outputs(best)
        if idle:
            why = f"output(s) {', '.join(idle)} never change value under the model-written bench"
            if state.get("tb_tries", 0) < 2:
                record.update({"verdict": "fail", "fault": "testbench", "reason": why,
                               "evidence": [e.model_dump() for e in evidence]})
                return Command(goto="bench", update={**update, "tries": [record], "testbench": "",
                                                     "tb_feedback": why + "; drive the inputs so that every output changes"})
            return finish("error", "testbench", f"the design passes, but {why}, so the pass proves little")
    if best.passed:
        extra: dict[str, Any] = {}
        ys = Yosys(binary=ctx.settings.yosys, timeout=max(60.0, ctx.settings.tool_timeout), record=ctx.record)
        if best.info is not None and best.work is not None:
            # a latch nobody asked for is a finding even when the bench passes
            wants_latch = "latch" in state["context"].lower()
            stats = ys.stats([best.work / "design.sv"], best.info.name, ctx.work_dir("yosys-stat").resolve(),
                             latches_expected=wants_latch)
            evidence.append(_evidence(stats, n))
            extra["synthesis"] = {k: stats.values.get(k) for k in ("cells", "flip_flops", "latches")}
            extra["synthesis"]["verdict"] = stats.verdict
        if state.get("reference") and best.info is not None and best.work is not None:
            ref = Path(state["reference"])
            ref_info = _design_info(ref.read_text(), None)
            if ref_info is not None:
                eq = ys.equivalent(ref, ref_info.name, best.work / "design.sv", best.info.name, ctx.work_dir("yosys").resolve())
                evidence.append(_evidence(eq, n))
                extra["equivalence"] = {"verdict": eq.verdict, "unproven": eq.values.get("unproven", 0)}
        return finish("pass", "", f"passed on try {n}", extra=extra)

    if best.tb_fault and all(c.tb_fault for c in cands if c.compile is not None):
        diag = best.tb_fault[0]
        if state.get("tb_origin") == "model" and state.get("tb_tries", 0) < 2:
            record.update({"verdict": "fail", "fault": "testbench", "reason": f"test bench does not compile: {diag}",
                           "evidence": [e.model_dump() for e in evidence]})
            return Command(goto="bench", update={**update, "tries": [record], "testbench": "",
                                                 "tb_feedback": f"it does not compile: {diag}"})
        return finish("error", "testbench", f"the test bench does not compile (not the design's fault): {diag}")

    if best.blocked:
        return retry({"guard": "the sandbox guard", "rules": "the judge's design rules"}.get(best.stage, "code extraction"),
                     best.blocked)
    if best.lint_errors:
        return retry("lint", _excerpt(best.code, best.lint_errors))
    if best.compile is not None and not best.compile.ok:
        errs = [d for d in best.compile.diagnostics if d.severity == "error"]
        return retry("compilation", _excerpt(best.code, errs) or f"iverilog: {best.compile.verdict}")
    if best.sim is None:
        return retry("verification", "no test bench could be run")

    # The design failed the bench. A model-written bench might be the one that is wrong.
    if state.get("tb_origin") == "model":
        blame = _blame_bench(checker, cands, state)
        if blame:
            if state.get("tb_tries", 0) < 2:
                record.update({"verdict": "fail", "fault": "testbench", "reason": blame,
                               "evidence": [e.model_dump() for e in evidence]})
                return Command(goto="bench", update={**update, "tries": [record], "testbench": "", "tb_feedback": blame})
            return finish("error", "testbench", blame)
    if best.sim.verdict in ("timeout", "crash", "error") and not best.sim.values.get("outputs"):
        diags = [d for d in best.sim.diagnostics if d.severity == "error"]
        return retry(f"simulation ({best.sim.verdict})", _excerpt(best.code, diags) or
                     f"the simulation ended with verdict {best.sim.verdict}; look for combinational loops or missing resets")
    if best.bench is not None and best.bench.verdict == "inconclusive":
        return finish("error", "testbench-unreadable", f"the test bench's verdict is inconclusive: {best.bench.reason}")
    if best.bench is not None and best.bench.style not in ("summary", "") and best.bench.failures:
        checks = "\n".join(f"- {f}" for f in best.bench.failures[:8])
        return retry("simulation", f"The test bench reports these failing checks ({best.bench.style}):\n{checks}")
    loc = checker.localise(best)
    record["localization"] = loc.to_dict() if loc is not None else {}
    if loc is not None and loc.first is not None:
        return retry("simulation", loc.feedback(best.code, "design.sv"))
    # the bench gave no per-output mismatch report: pass on what it printed itself (its own lines, capped)
    said = [str(d) for d in best.sim.values.get("displays", [])][:10]  # type: ignore[union-attr, attr-defined]
    mism = best.sim.values.get("mismatches")
    return retry("simulation", (f"The test bench counted {mism} mismatching samples" if mism is not None else
                                f"The simulation ended with verdict {best.sim.verdict}")
                 + (". It printed:\n```\n" + "\n".join(said) + "\n```" if said else "."))


def _blame_bench(checker: _Checker, cands: list[Candidate], state: LoopState) -> str:
    """A reason to blame the model-written bench instead of the design, or ''."""
    ref = state.get("reference")
    if ref:
        code = Path(ref).read_text()
        ref_info, module = _design_info(code, None), state.get("module")
        if ref_info is not None and module and ref_info.name != module:  # the bench instantiates the design's name
            code = re.sub(rf"\bmodule\s+{re.escape(ref_info.name)}\b", f"module {module}", code, count=1)
        probe = checker.check(Candidate(-1, code), state["try_index"])
        if probe.sim is not None and probe.sim.verdict != "pass":
            return "the reference design fails the model-written test bench too, so the bench is wrong"
    sims = [c for c in cands if c.sim is not None and c.sim.values.get("outputs")]
    if len(sims) >= 2 and len({c.code for c in sims}) >= 2:
        firsts = {json.dumps(c.sim.values.get("outputs"), sort_keys=True) for c in sims}  # type: ignore[union-attr]
        if len(firsts) == 1:
            return "independent candidates fail the model-written bench in exactly the same way, so the bench is suspect"
    return ""


_LOOP: Any = None


def loop_graph() -> Any:
    """write → bench → verify → (write | bench | end); compiled once."""
    global _LOOP
    if _LOOP is None:
        g = StateGraph(LoopState, context_schema=AgentContext)
        g.add_node("write", write)
        g.add_node("bench", bench)
        g.add_node("verify", verify)
        g.add_edge(START, "write")
        _LOOP = g.compile()
    return _LOOP


# -- the specialist ---------------------------------------------------------------------------------------


def run(state: ChipState, ctx: AgentContext) -> dict[str, Any]:
    """Spec → verified module: the answer, artefacts (design, bench, logs, report.json) and a step per try."""
    timer = StepTimer(AGENT, ctx, "writing RTL")
    inputs = state.inputs
    testbench = str(_read_input(inputs["testbench"], "test bench").resolve()) if inputs.get("testbench") else ""
    reference = str(_read_input(inputs["reference"], "reference design").resolve()) if inputs.get("reference") else ""
    interface = inputs.get("interface", "")
    if interface and Path(interface).is_file():
        interface = Path(interface).read_text()
    try:
        samples = int(inputs.get("samples", "1") or 1)
    except ValueError:
        raise InputError(f"--samples must be a whole number, not {inputs.get('samples')!r}") from None
    if not 1 <= samples <= 16:
        raise InputError(f"--samples must be between 1 and 16, not {samples}")
    if testbench and Path(testbench).suffix != ".py":  # a cocotb test is Python, run as the user's own bench
        check_sources([Path(testbench)], Path(testbench).parent)
    for key in ("pass_regex", "fail_regex"):
        if inputs.get(key):
            try:
                re.compile(inputs[key])
            except re.error as exc:
                raise InputError(f"--{key.replace('_', '-')} {inputs[key]!r} is not a regular expression: {exc}") from None
    from chipsmith.agents.general import knowledge_hits

    blocks, cites = knowledge_hits(ctx, state.request) if inputs.get("knowledge", "on") != "off" else ([], [])
    module = ""
    if interface:  # a header without a body still names the module and its ports
        info = _design_info(interface if "endmodule" in interface else interface + "\nendmodule\n", None)
        module = info.name if info else ""
    init: LoopState = {"context": shared_context(state, blocks), "interface": interface, "module": module,
                       "testbench": testbench, "tb_origin": "user" if testbench else "", "tb_tries": 0,
                       "pass_regex": inputs.get("pass_regex", ""), "fail_regex": inputs.get("fail_regex", ""),
                       "reference": reference, "samples": samples, "max_tries": ctx.settings.max_tries,
                       "try_index": 0, "tries": [], "tb_feedback": ""}
    out: LoopState = loop_graph().invoke(init, context=ctx, config={"recursion_limit": 8 * ctx.settings.max_tries + 10})
    return _result(state, ctx, timer, out, cites)


_BENCH_TOOLS = ("iverilog", "vvp", "verilator-sim", "cocotb")  # the tools that compile or run a bench
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_$]{0,127}")
_INSTANCE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_$]*)\s*(?:#\s*\([^;]*?\)\s*)?([A-Za-z_][A-Za-z0-9_$]*)\s*\(", re.M)
_NOT_A_MODULE = {"module", "always", "initial", "assign", "wire", "reg", "logic", "bit", "integer", "input", "output",
                 "inout", "if", "else", "for", "while", "case", "begin", "end", "task", "function", "localparam",
                 "parameter", "genvar", "generate", "assert", "property", "return", "repeat", "forever", "int"}


def _bench_dut(path: str) -> str:
    """The module a test bench instantiates (the design under test), or "" when it names none or several."""
    try:
        text = Path(path).read_text(errors="replace") if path else ""
    except OSError:
        return ""
    text = re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)
    own = set(re.findall(r"\bmodule\s+([A-Za-z_][A-Za-z0-9_$]*)", text))
    found = {m.group(1) for m in _INSTANCE.finditer(text)} - _NOT_A_MODULE - own
    return found.pop() if len(found) == 1 else ""


def _result(state: ChipState, ctx: AgentContext, timer: StepTimer, out: LoopState, cites: list[str]) -> dict[str, Any]:
    from chipsmith.tools.versions import tool_versions

    s = ctx.settings
    tries = out.get("tries", [])
    verdict = out.get("verdict") or "error"
    module = out.get("module") or _bench_dut(out.get("testbench") or "") or "design"
    # The module name names the design's file. An escaped identifier (\../x) can be any text,
    # so a name that is not a plain identifier is refused as a file name, and the design is
    # kept under design.sv: the passing work and its evidence are never lost to a name.
    stem = module if _PLAIN_NAME.fullmatch(module) else "design"
    artefacts: list[Artefact] = []
    last_ev = [Evidence(**e) for e in (tries[-1].get("evidence", []) if tries else [])]
    if out.get("design"):
        artefacts.append(ctx.write_artefact(f"{stem}.sv", out["design"], "verilog", AGENT, last_ev))
    if out.get("testbench"):
        tb_name = Path(out["testbench"]).name if out["testbench"].endswith(".py") else "tb.sv"
        # The bench carries the evidence of the tools that compiled and ran it, so a bench the
        # user uploaded is shown as simulated, not as "not checked".
        tb_ev = [e for e in last_ev if e.tool in _BENCH_TOOLS]
        artefacts.append(ctx.write_artefact(tb_name, Path(out["testbench"]).read_text(), "testbench",
                                            VERIFIER if out.get("tb_origin") == "model" else AGENT, tb_ev))
    for t in tries:
        for e in t.get("evidence", []):
            if not e.get("log_path"):
                continue
            try:  # through the runner's reader: a log that is a link or a FIFO is named, not followed
                text = read_log(e["log_path"])
            except FileNotFoundError:
                continue
            except ToolError as exc:
                text = f"[log not copied: {exc}]\n"
            if not text.strip():
                continue  # a tool that printed nothing leaves no empty file to open
            artefacts.append(ctx.write_artefact(f"logs/try{t['try']}_{e['tool']}.log", text, "log", AGENT))
    artefacts += _waveforms(ctx, last_ev)
    report = {"verdict": verdict, "tries": len(tries), "max_tries": s.max_tries, "module": module,
              "fault": out.get("fault", ""), "reason": out.get("reason", ""),
              "testbench": out.get("tb_origin", ""), "samples": out.get("samples", 1),
              "equivalence": out.get("equivalence", {}), "synthesis": out.get("synthesis", {}), "per_try": tries,
              "tool_versions": tool_versions({"iverilog": s.iverilog, "vvp": s.vvp, "verilator": s.verilator,
                                               "yosys": s.yosys, "ngspice": s.ngspice}),
              "model": ctx.llm.backend.model_id() if hasattr(ctx.llm, "backend") else ""}
    artefacts.append(ctx.write_artefact("report.json", json.dumps(report, indent=2, default=str) + "\n", "report", AGENT))
    steps = [Step(agent=AGENT, summary=f"try {t['try']}: {t.get('verdict', '')}" + (f" ({t.get('reason')})" if t.get("reason") else ""),
                  verdict=t.get("verdict", ""), tools=[e["tool"] for e in t.get("evidence", [])],
                  details={"fault": t.get("fault", ""), "candidates": t.get("candidates", [])}) for t in tries]
    steps.append(timer.done(out.get("reason", verdict), verdict, tools=["pyslang", "verilator", "iverilog", "vvp"]))
    answer = _answer(out, verdict, module if stem == module else ascii(module), tries, cites)
    if stem != module:
        answer += (f"\n\nThe module name {ascii(module)} was refused as a file name (it is not a plain Verilog "
                   f"identifier); the design is saved as {stem}.sv.")
    return {"answer": answer, "verdict": verdict, "artefacts": artefacts,
            "steps": steps, "citations": cites}


_MAX_VCD_BYTES = 20_000_000


def _waveforms(ctx: AgentContext, evidence: list[Evidence]) -> list[Artefact]:
    """The VCD the bench dumped in the last simulation (``$dumpfile("wave.vcd")``), kept as an artefact
    so the chat can draw it; the simulation that wrote it is its evidence."""
    out: list[Artefact] = []
    for e in evidence:
        vcd = str(e.values.get("vcd") or "")
        path = Path(vcd)
        if not vcd or path.is_symlink() or not path.is_file() or path.stat().st_size > _MAX_VCD_BYTES:
            continue
        out.append(ctx.write_artefact(path.name, path.read_bytes(), "vcd", VERIFIER, [e]))
    return out


def _answer(out: LoopState, verdict: str, module: str, tries: list[dict[str, Any]], cites: list[str]) -> str:
    n = len(tries)
    if verdict == "pass":
        head = f"**`{module}` passed its test bench on try {n}.**"
    elif out.get("fault") == "testbench":
        head = f"**The test bench is at fault, not the design:** {out.get('reason', '')}"
    elif verdict == "fail":
        head = f"**`{module}` did not pass its test bench:** {out.get('reason', '')}."
    else:
        head = f"**No verified design:** {out.get('reason', '')}"
    lines = [head, "", f"Test bench: {'written by the model and checked by the tools' if out.get('tb_origin') == 'model' else 'yours'}."]
    if out.get("equivalence"):
        eq = out["equivalence"]
        lines.append(f"Yosys equivalence with the reference: {eq.get('verdict')}" +
                     (f" ({eq.get('unproven')} bits unproven)" if eq.get("unproven") else "") + ".")
    syn = out.get("synthesis") or {}
    if syn:
        lines.append(f"Yosys: {syn.get('cells')} cells, {syn.get('flip_flops')} flip-flops, {syn.get('latches')} latches"
                     + (" — **a latch was inferred where none was asked for**: give every combinational output a value"
                        " on every path" if syn.get("verdict") == "latch" else "") + ".")
    lines += ["", "| try | verdict | evidence |", "|---|---|---|"]
    for t in tries:
        ev = "; ".join(f"{e['tool']}: {e['verdict']}" for e in t.get("evidence", []))
        lines.append(f"| {t['try']} | {t.get('verdict', '')} | {ev} |")
    if verdict == "fail" and tries and tries[-1].get("feedback"):
        lines += ["", "What the last try got wrong:", "", tries[-1]["feedback"].split("The previous design, with line numbers:")[0].strip()]
    if cites:
        lines += ["", "Sources: " + "; ".join(cites)]
    return "\n".join(lines)
