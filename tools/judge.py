"""A judge the design under test cannot fool.

The bench and the design share one simulator and one output stream, so a line in the log
proves nothing by itself: a design could print the bench's pass line, end the run before any
sample is checked, or write into the bench's counters. The judge therefore

1. refuses, before simulation, a design that breaks a rule of :mod:`chipsmith.tools.design_rules`
   (it prints, ends the run, reads the command line, reaches outside its modules, ...);
2. *seals* a copy of the bench for each run (:func:`seal_bench`): every line the bench prints
   (``$display``/``$write`` and their radix variants) starts with a tag holding a nonce drawn
   for this run, and every ``$finish``/``$stop`` of the bench first prints a tagged marker.
   The nonce reaches the simulation only as a plusarg (``+chipsmith_nonce=...``), which the
   design may not read (``$value$plusargs`` is refused by the rules), so the design cannot
   print a line the judge would take for the bench's;
3. reads the run (:func:`read_sealed`): the bench's own lines, everything else apart, whether
   the bench reached its own ``$finish`` (an early end by anyone else is told apart), and
   for benches that count samples (VerilogEval's ``Mismatches: N in M samples``) whether the
   count is the one the bench checks when it runs to the end (:func:`mismatch_verdict`);
   RTLLM's ``Your Design Passed`` is read the same way (:func:`passed_line_verdict`).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyslang import syntax

from chipsmith.tools.design_rules import Violation, check_design, defined_modules, sets_timescale_first
from chipsmith.tools.guard.verilog import check_sources
from chipsmith.tools.icarus import VERILOGEVAL_FLAGS, Icarus, parse_simulation_output

SK = syntax.SyntaxKind

PLUSARG = "chipsmith_nonce"
_PRINT_TASKS = {"$display", "$displayb", "$displayh", "$displayo", "$write", "$writeb", "$writeh", "$writeo"}
_END_TASKS = {"$finish", "$stop"}
_SCOPES = (SK.ModuleDeclaration, SK.ProgramDeclaration, SK.InterfaceDeclaration)
_FINISH = "!finish"


@dataclass(frozen=True)
class SealedBench:
    """A bench rewritten for one run: its text, and what the run must be given and will print."""

    text: str
    nonce: str  # 16 hex digits
    printing_calls: int  # calls that now print the tag
    end_calls: int  # $finish/$stop calls that now print a marker first

    @property
    def plusargs(self) -> list[str]:
        """What the simulator's command line must carry for the bench to print its tag."""
        return [f"+{PLUSARG}={self.nonce}"]

    @property
    def tag(self) -> str:
        return f"@@{self.nonce}@@"


def new_nonce() -> str:
    return secrets.token_hex(8)


def seal_bench(text: str, name: str = "tb.sv", nonce: str | None = None) -> SealedBench:
    """``text`` with every print of the bench tagged and every end of the bench marked (see the module doc).

    Calls that come from a macro expansion or sit outside a module are left as they are: their
    lines are then simply not the bench's, which can only make a run fail, never pass.
    """
    nonce = nonce or new_nonce()
    if not re.fullmatch(r"[0-9a-f]{16}", nonce):
        raise ValueError("the nonce must be 16 lowercase hex digits")
    tree = syntax.SyntaxTree.fromText(text, name)
    func = f"chipsmith_seal_{secrets.token_hex(4)}"
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in the original text
    prints = ends = 0
    main_buffer = tree.root.sourceRange.start.buffer

    def in_text(node: Any, expected: str) -> tuple[int, int] | None:
        rng = node.sourceRange
        start, end = rng.start.offset, rng.end.offset
        if rng.start.buffer != main_buffer or not text[start:end].lstrip().startswith(expected):
            return None  # from a macro or an include
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        return start + lead, end

    for scope in _walk(tree.root):
        if scope.kind not in _SCOPES:
            continue
        used = False
        for node in _walk(scope):
            if node.kind != SK.ExpressionStatement:
                continue
            call, sysname = _system_call(node.expr)
            if sysname in _PRINT_TASKS and call is not None:
                span = in_text(call, sysname)
                if span is None:
                    continue
                args = getattr(call, "arguments", None)
                inner = ""
                if args is not None:
                    inner = text[args.openParen.location.offset + 1:args.closeParen.location.offset].strip()
                tagged = f'{sysname}("@@%016h@@ ", {func}()' + (f", {inner})" if inner else ")")
                edits.append((span[0], span[1], tagged))
                prints += 1
                used = True
            elif sysname in _END_TASKS:
                span = in_text(node, sysname)
                if span is None:
                    continue
                original = text[span[0]:span[1]]
                edits.append((span[0], span[1], f'begin $display("@@%016h@@{_FINISH} %0t {_end_argument(node.expr, sysname)}", '
                                                f"{func}(), $time); {original} end"))
                ends += 1
                used = True
        if used:
            header_end = scope.header.sourceRange.end.offset
            edits.append((header_end, header_end, _helper(func)))
    out = text
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + new + out[end:]
    return SealedBench(out, nonce, prints, ends)


def _end_argument(expr: Any, sysname: str) -> str:
    """How a ``$finish``/``$stop`` call ends the run, as the marker reports it: ``stop``, or the
    ``$finish`` argument (``0`` when absent; ``?`` when it is not a plain number)."""
    if sysname == "$stop":
        return "stop"
    args = getattr(expr, "arguments", None)
    inner = str(args.parameters).strip() if args is not None and len(args.parameters) else ""
    if not inner:
        return "0"
    text = "".join(ch for ch in str(args).strip("() \n\t") if not ch.isspace())
    return text if text.isdigit() else "?"


def _helper(func: str) -> str:
    # one line, appended to the header's: every line of the bench keeps its number in diagnostics
    return (f" function automatic [63:0] {func}(); reg [63:0] n; begin n = 0; "
            f'if ($value$plusargs("{PLUSARG}=%h", n)) ; {func} = n; end endfunction')


def _system_call(expr: Any) -> tuple[Any, str]:
    """(the invocation, its system name) of ``$task(...)`` or ``$task``; (None, '') for anything else."""
    kind = getattr(expr, "kind", None)
    if kind == SK.InvocationExpression and expr.left.kind == SK.SystemName:
        return expr, str(expr.left).strip()
    if kind == SK.SystemName:
        return expr, str(expr).strip()
    return None, ""


def _walk(node: object) -> list[Any]:
    """Every syntax node under ``node`` in source order (typed Any: a node's fields depend on its kind)."""
    out: list[Any] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, syntax.SyntaxNode):
            out.append(n)
            stack.extend(reversed([n[i] for i in range(len(n)) if n[i] is not None]))
    return out


# -- reading a sealed run ----------------------------------------------------------------------------------


@dataclass
class SealedRun:
    """A run's output split by who printed it."""

    bench: list[str] = field(default_factory=list)  # the bench's lines, tags removed, in order
    other: list[str] = field(default_factory=list)  # everything else: the simulator's messages, anything untagged
    ends: list[int] = field(default_factory=list)  # times at which the bench called $finish/$stop
    end_args: list[str] = field(default_factory=list)  # how each ended: "0", "1", "2", "stop", "?"

    @property
    def bench_finished(self) -> bool:
        return bool(self.ends)


def read_sealed(output: str, nonce: str) -> SealedRun:
    """Split a sealed run's combined output into the bench's lines and the rest."""
    tag = f"@@{nonce}@@"
    run = SealedRun()
    for line in output.splitlines():
        if not line.startswith(tag):
            run.other.append(line)
            continue
        body = line[len(tag):]
        if body.startswith(_FINISH):
            m = re.match(r"\s*(\d+)(?:\s+(\S+))?", body[len(_FINISH):])
            run.ends.append(int(m.group(1)) if m else -1)
            run.end_args.append((m.group(2) or "0") if m else "?")
            continue
        run.bench.append(body[1:] if body.startswith(" ") else body)
        run.bench[-1] = run.bench[-1].replace(tag + " ", "").replace(tag, "")
    return run


def untagged_log(output: str, nonce: str) -> str:
    """The run's output as the bench alone would have printed it, for readers written for plain logs:
    the bench's lines without their tag, simulator messages as they were, and any other line that
    claims a verdict (``Mismatches:``, ``Your Design Passed``) replaced by a note that it was not the bench's."""
    tag = f"@@{nonce}@@"
    out: list[str] = []
    for line in output.splitlines():
        if line.startswith(tag):
            body = line[len(tag):]
            if body.startswith(_FINISH):
                continue
            out.append((body[1:] if body.startswith(" ") else body).replace(tag + " ", "").replace(tag, ""))
        elif _CLAIMS.search(line):
            out.append("chipsmith: a line the bench did not print was ignored")
        else:
            out.append(line)
    return "\n".join(out) + ("\n" if out else "")


_CLAIMS = re.compile(r"Mismatches:|Your\s*Design\s*Passed|\bPASS|\bpassed\b", re.IGNORECASE)
_MISMATCHES = re.compile(r"^Mismatches: (\d+) in (\d+) samples$")


@dataclass(frozen=True)
class Verdict:
    """What the judge decided, and why, in a sentence a person can check."""

    passed: bool
    verdict: str  # pass | design-rule | no-verdict | ended-early | no-samples | sample-count | mismatch | timeout | forged
    reason: str
    mismatches: int | None = None
    samples: int | None = None
    violations: tuple[Violation, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"passed": self.passed, "verdict": self.verdict, "reason": self.reason, "mismatches": self.mismatches,
                "samples": self.samples, "violations": [v.to_dict() for v in self.violations]}


def rules_verdict(design: str, *, foreign_modules: list[str], name: str = "design.sv",
                  followed_by: str | None = "") -> Verdict | None:
    """A failing verdict naming the first broken rule, or None when the design may be simulated.

    ``followed_by`` is the text of the file compiled right after the design (None when the design
    is compiled last): a directive can leak only into what follows.
    """
    found = check_design(design, name=name, foreign_modules=foreign_modules, followed=followed_by is not None,
                         next_sets_timescale=bool(followed_by) and sets_timescale_first(followed_by or ""))
    if not found:
        return None
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    return Verdict(False, "design-rule", found[0].message + more, violations=tuple(found))


def foreign_modules(*texts: str) -> list[str]:
    """The module names the bench and reference files define (the design may not define or use them)."""
    names: list[str] = []
    for t in texts:
        names += [n for n in defined_modules(t) if n not in names]
    return names


def _forged(run: SealedRun, pattern: re.Pattern[str]) -> str | None:
    return next((ln for ln in run.other if pattern.search(ln)), None)


def mismatch_verdict(run: SealedRun, *, expected_samples: int | None = None, timed_out: bool = False) -> Verdict:
    """VerilogEval's rule, read from the bench's own lines only.

    Pass needs exactly one ``Mismatches: 0 in M samples`` line from the bench, the bench's own
    ``$finish`` reached, no ``TIMEOUT`` from its watchdog, ``M > 0`` and, when known, ``M`` equal
    to the samples the bench checks when it runs to the end.
    """
    counts = [(int(m.group(1)), int(m.group(2))) for ln in run.bench if (m := _MISMATCHES.match(ln.rstrip()))]
    forged = _forged(run, re.compile(r"Mismatches:"))
    if timed_out or any(ln.strip() == "TIMEOUT" for ln in run.bench):
        return Verdict(False, "timeout", "the simulation did not finish in time (timeout)")
    if not counts:
        why = "the bench printed no mismatch summary"
        if forged:
            return Verdict(False, "forged", f"{why}; a line that the bench did not print claimed one: {forged.strip()[:80]}")
        return Verdict(False, "no-verdict", why + (" (the simulation ended before the bench finished)"
                                                   if not run.bench_finished else ""))
    if len(counts) > 1:
        return Verdict(False, "no-verdict", f"the bench printed {len(counts)} mismatch summaries; one was expected")
    mism, samples = counts[0]
    if not run.bench_finished:
        return Verdict(False, "ended-early", "the simulation ended before the bench reached its own $finish "
                                             f"({samples} samples checked)", mism, samples)
    if samples == 0:
        return Verdict(False, "no-samples", "the simulation ended before checking: 0 samples", mism, samples)
    if expected_samples is not None and samples != expected_samples:
        return Verdict(False, "sample-count", f"the bench checked {samples} samples, but it checks "
                                              f"{expected_samples} when it runs to the end", mism, samples)
    if mism:
        return Verdict(False, "mismatch", f"{mism} of {samples} samples mismatch", mism, samples)
    return Verdict(True, "pass", f"0 mismatches in {samples} samples, bench finished on its own", mism, samples)


_PASSED = re.compile(r"Your\s*Design\s*Passed", re.IGNORECASE)


def passed_line_verdict(run: SealedRun, *, timed_out: bool = False) -> Verdict:
    """RTLLM's rule (``Your Design Passed`` in any spacing), read from the bench's own lines only."""
    if timed_out:
        return Verdict(False, "timeout", "the simulation did not finish in time (timeout)")
    if any(_PASSED.search(ln) for ln in run.bench):
        return Verdict(True, "pass", "the bench printed its pass line")
    forged = _forged(run, _PASSED)
    if forged:
        return Verdict(False, "forged", f"a line that the bench did not print claimed a pass: {forged.strip()[:80]}")
    return Verdict(False, "no-verdict", "the bench did not print its pass line")


# -- one judged run ----------------------------------------------------------------------------------------


@dataclass
class Judged:
    """A judged simulation: the verdict, the log as the bench alone printed it, and the evidence."""

    verdict: Verdict
    log: str  # compile output + the untagged run output (see :func:`untagged_log`)
    evidence: list[dict[str, object]] = field(default_factory=list)
    sim_values: dict[str, object] = field(default_factory=dict)
    nonce: str = ""
    compiled: bool = False
    stage: str = "rules"  # how far the run got: rules | compile | simulate
    tool_verdict: str = ""  # the compiler's verdict (syntax-error, compile-error, timeout) or the run's (crash)

    def to_dict(self) -> dict[str, object]:
        return {**self.verdict.to_dict(), "nonce": self.nonce}


def judge_with_bench(design: str, bench: str, others: Sequence[str], workdir: Path, icarus: Icarus, *,
                     top: str | None = "tb", reader: str = "mismatches", expected_samples: int | None = None,
                     flags: Sequence[str] = VERILOGEVAL_FLAGS, binary: str = "sim.vvp", log_stem: str = "",
                     order: Sequence[str] | None = None, timeout: float | None = None,
                     compile_log: str = "", sim_log: str = "", rules: bool = True) -> Judged:
    """Rules on ``design``, then ``bench`` sealed in place, compiled with ``others`` and run.

    All names are files in ``workdir``; ``order`` is the compile order (default: design, bench,
    others, VerilogEval's). ``reader`` is ``mismatches`` (VerilogEval) or ``passed-line`` (RTLLM).
    ``rules=False`` leaves the design rules out (only to measure what the sealed bench alone catches).
    """
    work = Path(workdir)
    design_text = (work / design).read_text(errors="replace")
    bench_text = (work / bench).read_text(errors="replace")
    other_texts = [(work / o).read_text(errors="replace") for o in others]
    stem = log_stem or Path(binary).stem
    sources = list(order) if order is not None else [design, bench, *others]
    # the sandbox guard first (a SandboxViolation is the caller's to report), then the judge's rules
    check_sources([work / design], work, context=[work / s for s in sources])
    after = sources.index(design) + 1 if design in sources else len(sources)
    followed_by = (work / sources[after]).read_text(errors="replace") if after < len(sources) else None
    broken = rules_verdict(design_text, foreign_modules=foreign_modules(bench_text, *other_texts), name=design,
                           followed_by=followed_by) if rules else None
    if broken is not None:
        return Judged(broken, f"chipsmith judge: {broken.reason}\n")
    sealed = seal_bench(bench_text, bench)
    (work / bench).write_text(sealed.text)
    comp = icarus.compile(sources, top, work, flags=flags, output=binary, untrusted=[design],
                          log_name=compile_log or f"{stem}-compile.log")
    evidence: list[dict[str, object]] = [comp.evidence()]
    log = comp.outcome.output if comp.outcome else ""
    if not comp.ok:
        timed = bool(comp.outcome and comp.outcome.timed_out)
        first = comp.first_error
        verdict = Verdict(False, "timeout" if timed else "compile-error",
                          "the compile did not finish in time" if timed else
                          f"does not compile: {first}" if first else f"does not compile ({comp.verdict})")
        return Judged(verdict, log + ("TIMEOUT\n" if timed else ""), evidence, nonce=sealed.nonce, stage="compile",
                      tool_verdict=comp.verdict)
    sim = icarus.simulate(work, binary, timeout=timeout, plusargs=sealed.plusargs, log_name=sim_log or f"{stem}-sim.log")
    evidence.append(sim.evidence())
    output = sim.outcome.output if sim.outcome else ""
    timed_out = bool(sim.outcome and sim.outcome.timed_out)
    run = read_sealed(output, sealed.nonce)
    plain = untagged_log(output, sealed.nonce)
    values, _ = parse_simulation_output(plain, timed_out=timed_out)
    values["vcd"] = sim.values.get("vcd", "")
    crashed = bool(sim.outcome and sim.outcome.crashed)
    if crashed:
        verdict = Verdict(False, "crash", f"the simulator was killed by signal {sim.outcome.signal if sim.outcome else '?'}")
    elif reader == "passed-line":
        verdict = passed_line_verdict(run, timed_out=timed_out)
    else:
        verdict = mismatch_verdict(run, expected_samples=expected_samples, timed_out=timed_out)
    return Judged(verdict, log + plain + ("TIMEOUT\n" if timed_out else ""), evidence, values, sealed.nonce, True,
                  "simulate", "crash" if crashed else sim.verdict)
