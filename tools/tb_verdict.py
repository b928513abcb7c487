"""Reading an engineer's own test bench: did the design pass it, fail it, or can nobody tell?

Benches say their verdict in many ways. This reader knows these, from the bench's own lines
(a sealed run, :mod:`chipsmith.tools.judge`, so nothing the design prints counts) and from the
simulator's messages and exit status:

- VerilogEval's ``Mismatches: N in M samples`` summary (:func:`chipsmith.tools.judge.mismatch_verdict`);
- self-checking prints: ``PASS``/``FAIL``, "test passed", "ERROR: ...", "expected ... got ...",
  counts such as "3 errors", "Errors: 0", "FAIL: 0", "no mismatches";
- severity tasks (``$error``, ``$fatal``, ``$warning``, ``$info``) and immediate assertions as
  Icarus reports them, concurrent assertions (SVA) as Verilator reports them;
- the simulator's exit status, and a bench that ends through ``$finish(1)`` on one path and
  ``$finish``/``$finish(0)`` on another (the argument is how its author said which path failed);
- a bench whose checks ($error, assertions) are in its source and never fired passes.

What none of these can read is **inconclusive**, with the reason, never a silent fail: the
user says how to read it with a pass and a fail regular expression.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyslang import syntax

from chipsmith.tools.cocotb_runner import CocotbIcarus
from chipsmith.tools.icarus import DEFAULT_FLAGS, Icarus, parse_simulation_output
from chipsmith.tools.judge import SealedRun, foreign_modules, mismatch_verdict, read_sealed, rules_verdict, seal_bench, untagged_log
from chipsmith.tools.runner import ToolResult
from chipsmith.tools.verilator_sim import VerilatorSim

SK = syntax.SyntaxKind

_SEVERITY = ("$error", "$fatal", "$warning", "$info")
_ASSERTIONS = {SK.ImmediateAssertStatement, SK.ImmediateAssumeStatement, SK.AssertPropertyStatement,
               SK.AssumePropertyStatement}
_CONCURRENT = {SK.AssertPropertyStatement, SK.AssumePropertyStatement}
_SUMMARY = re.compile(r"^Mismatches: \d+ in \d+ samples$")

# Icarus: "ERROR: tb.sv:25: message" then "       Time: 35 Scope: tb"; Verilator: "[35] %Error: tb.sv:25: ..."
_ICARUS_MSG = re.compile(r"^(?P<sev>ERROR|FATAL|WARNING|INFO): (?P<file>[^:\s]+):(?P<line>\d+): ?(?P<msg>.*)$")
_ICARUS_TIME = re.compile(r"^\s+Time: (?P<t>\d+)")
_VERILATOR_MSG = re.compile(r"^(?:\[(?P<t>\d+)\] )?%(?P<sev>Error|Fatal|Warning|Info)(?:-[A-Z]+)?: "
                            r"(?:(?P<file>[^:\s]+):(?P<line>\d+): )?(?P<msg>.*)$")

_COUNT = re.compile(r"(?i)\b(?P<word>errors?|fail(?:ures?|ed|s)?|mismatch(?:es)?|mismatched)\b\s*[:=]?\s*(?P<n>\d+)\b"
                    r"|\b(?P<n2>\d+)\s+(?P<word2>errors?|fail(?:ures?|ed|s)?|mismatch(?:es)?|mismatched)\b")
_NONE = re.compile(r"(?i)\bno\s+(?:errors?|failures?|mismatch(?:es)?)\b")
# A failure word counts when it is shouted (ERROR, FAIL), opens the line, or says a test failed;
# "checking error handling" in the middle of a sentence is not a verdict.
_FAIL_WORD = re.compile(r"\b(?:FAIL(?:ED|URE|URES|S)?|ERRORS?|MISMATCH(?:ES|ED)?)\b"
                        r"|(?i:^\W*(?:fail|error|mismatch))"
                        r"|(?i:\b(?:tests?|checks?|assertions?|simulation)\s+(?:has\s+|have\s+)?failed\b)"
                        r"|(?i:\bexpected\b.*\b(?:got|but|actual|received)\b)")
_PASS_WORD = re.compile(r"\bPASS(?:ED|ES)?\b|(?i:^\W*pass)"
                        r"|(?i:\b(?:tests?|checks?|simulation)\s+(?:has\s+|have\s+)?(?:passed|succeeded)\b)"
                        r"|(?i:\bsuccess(?:ful(?:ly)?)?\b)")


@dataclass(frozen=True)
class BenchStyle:
    """What a bench can say, read from its source before it runs."""

    summary: bool = False  # prints VerilogEval's mismatch summary
    severity: dict[str, int] = field(default_factory=dict)  # calls of $error/$fatal/$warning/$info
    assertions: int = 0  # immediate and concurrent assertions
    concurrent: int = 0  # concurrent assertions (SVA): Icarus 11 cannot run them, Verilator can
    finish_args: frozenset[str] = frozenset()  # how its $finish/$stop calls end the run

    @property
    def checks(self) -> int:
        """Checks that speak only when they fail: $error/$fatal calls and assertions."""
        return self.severity.get("$error", 0) + self.severity.get("$fatal", 0) + self.assertions


def bench_style(text: str, name: str = "tb.sv") -> BenchStyle:
    """Read the styles a bench uses from its syntax tree."""
    tree = syntax.SyntaxTree.fromText(text, name)
    severity: dict[str, int] = {}
    assertions = concurrent = 0
    ends: set[str] = set()
    summary = "Mismatches: %" in text and "samples" in text
    stack: list[Any] = [tree.root]
    while stack:
        node = stack.pop()
        if not isinstance(node, syntax.SyntaxNode):
            continue
        if node.kind == SK.SystemName:
            name_ = str(node).strip()
            if name_ in _SEVERITY:
                severity[name_] = severity.get(name_, 0) + 1
            elif name_ in ("$finish", "$stop"):
                parent: Any = node.parent
                ends.add("stop" if name_ == "$stop" else _finish_arg(parent))
        elif node.kind in _ASSERTIONS:
            assertions += 1
            concurrent += node.kind in _CONCURRENT
        stack.extend(node[i] for i in range(len(node)) if node[i] is not None)
    return BenchStyle(summary, severity, assertions, concurrent, frozenset(ends))


def _finish_arg(call: Any) -> str:
    if getattr(call, "kind", None) != SK.InvocationExpression or call.arguments is None:
        return "0"
    text = "".join(str(call.arguments).split()).strip("()") or "0"
    return text if text.isdigit() else "?"


@dataclass
class BenchVerdict:
    """The reader's verdict: ``pass``, ``fail``, ``inconclusive``, ``timeout`` or ``error`` (the run crashed)."""

    verdict: str
    reason: str
    # which way of reading decided: summary, prints, counts, severity, assertions, exit-status, finish-argument,
    # regex, checks-silent, none
    style: str
    failures: list[str] = field(default_factory=list)  # the failing checks as the bench or simulator said them, first first
    time: int | None = None  # simulation time of the first failure, when known
    counts: dict[str, int] = field(default_factory=dict)
    mismatches: int | None = None
    samples: int | None = None

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"

    def to_dict(self) -> dict[str, object]:
        return {"verdict": self.verdict, "reason": self.reason, "style": self.style, "failures": self.failures[:10],
                "time": self.time, "counts": self.counts, "mismatches": self.mismatches, "samples": self.samples}


@dataclass
class _Message:
    severity: str  # error | fatal | warning | info
    text: str
    time: int | None


def simulator_messages(lines: list[str]) -> list[_Message]:
    """Severity-task and assertion reports from Icarus or Verilator, with their times."""
    out: list[_Message] = []
    for line in lines:
        m = _ICARUS_MSG.match(line)
        if m:
            msg = m.group("msg").strip() or "assertion failed"
            out.append(_Message(m.group("sev").lower(), f"{m.group('file')}:{m.group('line')}: {msg}", None))
            continue
        t = _ICARUS_TIME.match(line)
        if t and out and out[-1].time is None:
            out[-1].time = int(t.group("t"))
            continue
        v = _VERILATOR_MSG.match(line)
        if v and "Verilog $stop" not in line and "Verilog $finish" not in line:
            where = f"{v.group('file')}:{v.group('line')}: " if v.group("file") else ""
            out.append(_Message(v.group("sev").lower(), where + v.group("msg").strip(),
                                int(v.group("t")) if v.group("t") else None))
    return out


def read_verdict(run: SealedRun, style: BenchStyle, *, returncode: int | None = 0, timed_out: bool = False,
                 crashed: bool = False, pass_regex: str | None = None, fail_regex: str | None = None,
                 expected_samples: int | None = None) -> BenchVerdict:
    """Decide pass, fail or inconclusive from a sealed run of a bench of ``style``."""
    if timed_out:
        return BenchVerdict("timeout", "the simulation did not finish in time (timeout)", "timeout")
    if crashed:
        return BenchVerdict("error", "the simulator was killed by a signal (a crash, or a resource limit)", "exit-status")
    if pass_regex or fail_regex:
        return _by_regex(run, pass_regex, fail_regex)
    messages = simulator_messages(run.other)
    counts = {sev: sum(1 for m in messages if m.severity == sev) for sev in ("error", "fatal", "warning", "info")}
    if style.summary or any(_SUMMARY.match(ln.strip()) for ln in run.bench):
        mv = mismatch_verdict(run, expected_samples=expected_samples)
        return BenchVerdict("pass" if mv.passed else "fail", mv.reason, "summary", [] if mv.passed else [mv.reason],
                            counts=counts, mismatches=mv.mismatches, samples=mv.samples)
    failures: list[str] = []
    first_time: int | None = None
    decided = ""
    for m in messages:
        if m.severity in ("error", "fatal"):
            failures.append(m.text + (f" (time {m.time})" if m.time is not None else ""))
            first_time = first_time if first_time is not None else m.time
            decided = decided or ("assertions" if "ssertion" in m.text else "severity")
    pass_lines: list[str] = []
    for line in run.bench:
        rest, zero_count = line, False
        for c in _COUNT.finditer(line):
            if int(c.group("n") or c.group("n2")):
                failures.append(line.strip())
                decided = decided or "counts"
            else:
                zero_count = True
            rest = rest.replace(c.group(0), " ")
        quiet = _NONE.search(rest) is not None
        rest = _NONE.sub(" ", rest)
        if _FAIL_WORD.search(rest):
            failures.append(line.strip())
            decided = decided or "prints"
        elif _PASS_WORD.search(rest) or quiet or zero_count:
            pass_lines.append(line.strip())
    failures = list(dict.fromkeys(failures))
    if failures:
        return BenchVerdict("fail", f"the bench reports a failure: {failures[0]}", decided, failures, first_time, counts)
    if returncode not in (0, None):
        return BenchVerdict("fail", f"the simulator exited with status {returncode}", "exit-status",
                            [f"exit status {returncode}"], counts=counts)
    if style.finish_args and not run.bench_finished:
        return BenchVerdict("fail", "the simulation ended before the bench reached its own $finish", "finish-argument",
                            ["ended early"], counts=counts)
    numbered = {a for a in style.finish_args if a.isdigit()}
    if run.end_args and len(numbered) > 1 and run.end_args[-1] not in ("0", min(numbered)):
        return BenchVerdict("fail", f"the bench ended through $finish({run.end_args[-1]}), while another of its paths "
                                    f"ends with $finish({min(numbered)})", "finish-argument",
                            [f"$finish({run.end_args[-1]}) at time {run.ends[-1]}"], run.ends[-1], counts)
    if pass_lines:
        return BenchVerdict("pass", f"the bench reports a pass: {pass_lines[-1]}", "prints", counts=counts)
    if style.checks:
        return BenchVerdict("pass", f"none of the bench's {style.checks} checks ($error/$fatal calls and assertions) "
                                    "fired, and it ran to the end", "checks-silent", counts=counts)
    return BenchVerdict("inconclusive", "the bench printed no verdict this reader understands (no PASS/FAIL or error "
                                        "count, no $error/$fatal or assertion, no mismatch summary) and the simulator "
                                        "exited normally; say how to read it with --pass-regex and --fail-regex",
                        "none", counts=counts)


def _by_regex(run: SealedRun, pass_regex: str | None, fail_regex: str | None) -> BenchVerdict:
    # the bench's tagged lines first, then the rest of the run: lines of its $strobe/$monitor/$fdisplay calls
    # (which are not tagged) and the simulator's; the design rules keep the design from printing any of them
    lines = run.bench + [m.text for m in simulator_messages(run.other)] + run.other
    if fail_regex:
        hit = next((ln for ln in lines if re.search(fail_regex, ln)), None)
        if hit is not None:
            return BenchVerdict("fail", f"--fail-regex matched: {hit.strip()}", "regex", [hit.strip()])
    if pass_regex:
        hit = next((ln for ln in lines if re.search(pass_regex, ln)), None)
        if hit is not None:
            return BenchVerdict("pass", f"--pass-regex matched: {hit.strip()}", "regex")
        return BenchVerdict("fail" if fail_regex is None else "inconclusive",
                            "--pass-regex matched no line the bench printed", "regex",
                            ["no pass line"] if fail_regex is None else [])
    return BenchVerdict("pass", "--fail-regex matched no line the bench printed", "regex")


# -- running a bench and reading it -------------------------------------------------------------------------


@dataclass
class BenchRun:
    """A design run against a bench: the verdict, the tools' evidence and the bench's log without tags."""

    verdict: BenchVerdict
    results: list[ToolResult] = field(default_factory=list)
    simulator: str = ""
    log: str = ""
    sim_values: dict[str, object] = field(default_factory=dict)


def run_bench(design: str, bench: str, workdir: Path, *, others: Sequence[str] = (), top: str | None = None,
              simulator: str = "auto", pass_regex: str | None = None, fail_regex: str | None = None,
              icarus: Icarus | None = None, verilator: VerilatorSim | None = None,
              expected_samples: int | None = None, timeout: float | None = None) -> BenchRun:
    """Judge ``design`` with an engineer's ``bench`` (file names in ``workdir``; the bench is sealed in place).

    ``simulator`` is ``icarus``, ``verilator`` or ``auto`` (Verilator when the bench has concurrent
    assertions, which Icarus 11 cannot run).
    """
    work = Path(workdir).resolve()
    bench_text = (work / bench).read_text(errors="replace")
    design_text = (work / design).read_text(errors="replace")
    # the design is compiled last, so no directive of its own can reach the bench
    broken = rules_verdict(design_text, name=design, followed_by=None,
                           foreign_modules=foreign_modules(bench_text, *[(work / o).read_text() for o in others]))
    if broken is not None:
        return BenchRun(BenchVerdict("fail", broken.reason, "design-rule", [v.message for v in broken.violations]))
    style = bench_style(bench_text, bench)
    sealed = seal_bench(bench_text, bench)
    (work / bench).write_text(sealed.text)
    order = [bench, *others, design]
    use = simulator if simulator != "auto" else ("verilator" if style.concurrent else "icarus")
    if use == "verilator":
        vl = verilator or VerilatorSim()
        top = top or _top_of(bench_text)
        built = vl.build(order, top, work, untrusted=[design])
        if not built.ok:
            first = built.first_error
            return BenchRun(BenchVerdict("fail", f"does not build: {first}" if first else f"build: {built.verdict}",
                                         "compile", [str(first)] if first else []), [built], use)
        sim = vl.simulate(work, plusargs=sealed.plusargs, timeout=timeout)
        out = sim.outcome
        assert out is not None
        verdict = read_verdict(read_sealed(out.output, sealed.nonce), style, returncode=out.returncode,
                               timed_out=out.timed_out, crashed=sim.verdict == "crash", pass_regex=pass_regex,
                               fail_regex=fail_regex, expected_samples=expected_samples)
        plain = untagged_log(out.output, sealed.nonce)
        return BenchRun(verdict, [built, sim], use, plain, {"returncode": out.returncode})
    iv = icarus or Icarus()
    comp = iv.compile(order, top, work, flags=DEFAULT_FLAGS, untrusted=[design])
    if not comp.ok:
        first = comp.first_error
        return BenchRun(BenchVerdict("fail", f"does not compile: {first}" if first else f"compile: {comp.verdict}",
                                     "compile", [str(first)] if first else []), [comp], use,
                        comp.outcome.output if comp.outcome else "")
    sim = iv.simulate(work, timeout=timeout, plusargs=sealed.plusargs)
    out = sim.outcome
    assert out is not None
    # vvp returns 1 after $fatal; Icarus has no other exit status of its own for a bench
    verdict = read_verdict(read_sealed(out.output, sealed.nonce), style, returncode=out.returncode,
                           timed_out=out.timed_out, crashed=out.crashed, pass_regex=pass_regex, fail_regex=fail_regex,
                           expected_samples=expected_samples)
    plain = untagged_log(out.output, sealed.nonce)
    values, _ = parse_simulation_output(plain, timed_out=out.timed_out)
    values["vcd"] = sim.values.get("vcd", "")
    return BenchRun(verdict, [comp, sim], use, plain, values)


def _top_of(bench_text: str) -> str:
    """The bench's top module: the one no other module of the bench instantiates."""
    from chipsmith.tools.design_rules import defined_modules

    names = defined_modules(bench_text)
    used = {n for n in names if re.search(rf"^\s*{re.escape(n)}\s+(?:#\s*\(.*\)\s*)?\w+\s*\(", bench_text, re.M)}
    tops = [n for n in names if n not in used]
    return tops[-1] if tops else (names[-1] if names else "tb")


def run_cocotb(design: str, test_file: str, top: str, workdir: Path, *, cocotb: CocotbIcarus | None = None) -> BenchRun:
    """Judge ``design`` (a file in ``workdir``, top level ``top``) with a cocotb test module copied next to it."""
    work = Path(workdir).resolve()
    broken = rules_verdict((work / design).read_text(errors="replace"), name=design, foreign_modules=[], followed_by=None)
    if broken is not None:
        return BenchRun(BenchVerdict("fail", broken.reason, "design-rule", [v.message for v in broken.violations]))
    runner = cocotb or CocotbIcarus()
    result, tests = runner.run([design], test_file, top, work, untrusted=[design])
    log = result.outcome.output if result.outcome else ""
    if tests is None:
        if result.verdict == "compile-error":
            first = str(result.values.get("first_error", ""))
            return BenchRun(BenchVerdict("fail", f"does not compile: {first}", "compile", [first]), [result], "cocotb", log)
        if result.verdict == "timeout":
            return BenchRun(BenchVerdict("timeout", "the cocotb run did not finish in time (timeout)", "cocotb"),
                            [result], "cocotb", log)
        tail = str(result.values.get("log_tail", ""))
        return BenchRun(BenchVerdict("error", "the simulation terminated abnormally: cocotb wrote no results file"
                                              + (f"; its log ends:\n{tail}" if tail else ""), "cocotb"),
                        [result], "cocotb", log)
    if not tests.tests:
        return BenchRun(BenchVerdict("inconclusive", f"{test_file} ran no cocotb test (no @cocotb.test functions?)",
                                     "cocotb"), [result], "cocotb", log)
    if not tests.failed:
        return BenchRun(BenchVerdict("pass", f"all {len(tests.tests)} cocotb tests passed", "cocotb"), [result],
                        "cocotb", log)
    failures = [f"{t.name}: {t.kind + ': ' if t.kind else ''}{t.message or 'failed'}"
                + (f" (at {t.sim_time_ns:g} ns" if t.sim_time_ns is not None else " (")
                + (f"; {t.frame})" if t.frame else ")") for t in tests.failed]
    first_failed = tests.failed[0]
    return BenchRun(BenchVerdict("fail", f"{len(tests.failed)} of {len(tests.tests)} cocotb tests failed: {failures[0]}",
                                 "cocotb", failures,
                                 int(first_failed.sim_time_ns) if first_failed.sim_time_ns is not None else None),
                    [result], "cocotb", log)
