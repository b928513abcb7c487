"""Fault-localisation benchmark: single-line mutants of VerilogEval reference solutions.

For every problem ``ProbNNN_name`` in ``DATASET/dataset_spec-to-rtl`` the reference
(``*_ref.sv``, module ``RefModule``) is renamed ``TopModule`` and mutated on one line by
one of: operator swap, off-by-one constant, inverted condition, wrong clock edge, wrong
reset value, swapped operands, dropped negation. Mutants are drawn deterministically from
``--seed`` and the problem name. A mutant that does not compile or that still passes the
problem's test bench is dropped; every other mutant is localised
(:mod:`chipsmith.tools.localize`) and counts as a hit when the mutated line is among the
top three lines reported. No LLM is involved. Each problem is one sample of :class:`LocalizeSuite`
on the one runner; a problem that crashes is recorded with its traceback and the run goes on.
"""

from __future__ import annotations

import bisect
import fnmatch
import importlib.metadata
import os
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from pyslang import parsing, syntax

from chipsmith.core.errors import InputError
from chipsmith.evals.executors import JudgeJob
from chipsmith.evals.runner import Context, Problem, Suite
from chipsmith.tools.icarus import VERILOGEVAL_FLAGS, Icarus
from chipsmith.tools.localize import instrument, localize, probe_module
from chipsmith.tools.slang import syntax_children
from chipsmith.tools.vcd import Waveform
from chipsmith.tools.verilator import Verilator
from chipsmith.tools.yosys import Yosys

SK = syntax.SyntaxKind
TK = parsing.TokenKind

_SWAP = {"&": "|", "|": "&", "^": "&", "~^": "^", "^~": "^", "+": "-", "-": "+", "*": "+", "==": "!=", "!=": "==",
         "===": "!==", "!==": "===", "<": ">=", "<=": ">", ">": "<=", ">=": "<", "&&": "||", "||": "&&",
         "<<": ">>", ">>": "<<", "<<<": ">>>", ">>>": "<<<"}
_BINARY = {SK.AddExpression, SK.SubtractExpression, SK.MultiplyExpression, SK.BinaryAndExpression, SK.BinaryOrExpression,
           SK.BinaryXorExpression, SK.BinaryXnorExpression, SK.EqualityExpression, SK.InequalityExpression,
           SK.CaseEqualityExpression, SK.CaseInequalityExpression, SK.LessThanExpression, SK.LessThanEqualExpression,
           SK.GreaterThanExpression, SK.GreaterThanEqualExpression, SK.LogicalAndExpression, SK.LogicalOrExpression,
           SK.LogicalShiftLeftExpression, SK.LogicalShiftRightExpression, SK.ArithmeticShiftLeftExpression,
           SK.ArithmeticShiftRightExpression}
_NON_COMMUTATIVE = {SK.SubtractExpression, SK.LessThanExpression, SK.LessThanEqualExpression, SK.GreaterThanExpression,
                    SK.GreaterThanEqualExpression, SK.LogicalShiftLeftExpression, SK.LogicalShiftRightExpression,
                    SK.ArithmeticShiftLeftExpression, SK.ArithmeticShiftRightExpression}
_REDUCTION = {SK.UnaryBitwiseAndExpression, SK.UnaryBitwiseOrExpression, SK.UnaryBitwiseXorExpression,
              SK.UnaryBitwiseNandExpression, SK.UnaryBitwiseNorExpression, SK.UnaryBitwiseXnorExpression}
_REDUCTION_SWAP = {"&": "|", "|": "&", "^": "&", "~&": "&", "~|": "|", "~^": "^", "^~": "^"}
OPERATORS = ("operator-swap", "off-by-one", "inverted-condition", "wrong-edge", "wrong-reset-value",
             "swapped-operands", "dropped-negation")


@dataclass(frozen=True)
class Mutation:
    operator: str
    line: int
    start: int
    end: int
    replacement: str
    original: str

    def apply(self, text: str) -> str:
        return text[:self.start] + self.replacement + text[self.end:]


@dataclass
class MutantResult:
    problem: str
    operator: str
    line: int
    change: str
    status: str  # "localised" | "survived" | "no-compile" | "no-mismatch"
    top_lines: list[int] = field(default_factory=list)
    hit: bool = False
    rank: int = 0
    method: str = ""
    seconds: float = 0.0
    equivalence: str = ""  # with --equivalence: Yosys' verdict for this mutant against the reference
    reference_equivalence: str = ""  # with --equivalence: the reference against itself (first mutant of a problem)



def _range(node: object) -> tuple[int, int]:
    first = node.getFirstToken()  # type: ignore[attr-defined]
    return first.location.offset, node.sourceRange.end.offset  # type: ignore[attr-defined]


def mutations(text: str) -> list[Mutation]:
    """Every single-line mutation this benchmark knows for ``text``, in source order."""
    tree = syntax.SyntaxTree.fromText(text, "ref.sv")
    out: list[Mutation] = []
    line_of = _line_index(text)

    def add(op: str, start: int, end: int, repl: str) -> None:
        orig = text[start:end]
        if start < 0 or end <= start or "\n" in orig or repl == orig:
            return
        out.append(Mutation(op, line_of(start), start, end, repl, orig))

    def visit(node: object, in_code: bool, reset_ctx: bool) -> None:
        if isinstance(node, parsing.Token):
            if in_code and node.kind in (TK.PosEdgeKeyword, TK.NegEdgeKeyword):
                off = node.location.offset
                add("wrong-edge", off, off + len(node.rawText), "negedge" if node.kind == TK.PosEdgeKeyword else "posedge")
            return
        kind = getattr(node, "kind", None)
        if kind in (SK.ContinuousAssign, SK.AlwaysBlock, SK.AlwaysCombBlock, SK.AlwaysFFBlock, SK.AlwaysLatchBlock):
            in_code = True
        if kind in (SK.ParameterDeclaration, SK.ParameterDeclarationStatement, SK.TypedefDeclaration):
            return  # constants and types: a change there is not a single-statement fault
        if in_code:
            if kind in _BINARY:
                op = node.operatorToken  # type: ignore[attr-defined]
                if op.rawText in _SWAP:
                    add("operator-swap", op.location.offset, op.location.offset + len(op.rawText), _SWAP[op.rawText])
                if kind in _NON_COMMUTATIVE:
                    ls, le = _range(node.left)  # type: ignore[attr-defined]
                    rs, re_ = _range(node.right)  # type: ignore[attr-defined]
                    if line_of(ls) == line_of(re_):
                        add("swapped-operands", ls, re_, text[rs:re_] + text[le:rs] + text[ls:le])
            elif kind in (SK.IntegerLiteralExpression, SK.IntegerVectorExpression):
                s, e = _range(node)
                repl = _off_by_one(text[s:e])
                if repl:
                    add("off-by-one", s, e, repl)
            elif kind == SK.ConditionalStatement:
                pred = node.predicate  # type: ignore[attr-defined]
                s, e = _range(pred)
                add("inverted-condition", s, e, f"!({text[s:e]})")
                if any(w in text[s:e].lower() for w in ("reset", "rst", "clear", "clr")):
                    visit(node.statement, in_code, True)  # type: ignore[attr-defined]
                    if node.elseClause is not None:  # type: ignore[attr-defined]
                        visit(node.elseClause, in_code, False)  # type: ignore[attr-defined]
                    return
            elif kind == SK.ConditionalExpression:
                pred = node.predicate  # type: ignore[attr-defined]
                s, e = _range(pred)
                add("inverted-condition", s, e, f"!({text[s:e]})")
                ls, le = _range(node.left)  # type: ignore[attr-defined]
                rs, re_ = _range(node.right)  # type: ignore[attr-defined]
                if line_of(ls) == line_of(re_):
                    add("swapped-operands", ls, re_, text[rs:re_] + text[le:rs] + text[ls:le])
            elif kind in _REDUCTION:
                op = node.operatorToken  # type: ignore[attr-defined]
                if op.rawText in _REDUCTION_SWAP:
                    add("operator-swap", op.location.offset, op.location.offset + len(op.rawText),
                        _REDUCTION_SWAP[op.rawText])
            elif kind == SK.ConcatenationExpression:
                parts = [c for c in syntax_children(node) if not isinstance(c, parsing.Token)]
                if len(parts) >= 2:
                    (s0, e0), (s1, e1) = _range(parts[0]), _range(parts[1])
                    if line_of(s0) == line_of(e1) and text[s0:e0] != text[s1:e1]:
                        add("swapped-operands", s0, e1, text[s1:e1] + text[e0:s1] + text[s0:e0])
            elif kind in (SK.UnaryBitwiseNotExpression, SK.UnaryLogicalNotExpression):
                s, e = _range(node)
                op = node.operatorToken  # type: ignore[attr-defined]
                inner_s = op.location.offset + len(op.rawText)
                add("dropped-negation", s, e, text[inner_s:e].lstrip())
            elif kind == SK.ExpressionStatement and reset_ctx:
                expr = node.expr  # type: ignore[attr-defined]
                if getattr(expr, "kind", None) in (SK.NonblockingAssignmentExpression, SK.AssignmentExpression):
                    s, e = _range(expr.right)
                    add("wrong-reset-value", s, e, f"~({text[s:e]})")
        for child in syntax_children(node):
            visit(child, in_code, reset_ctx)

    visit(tree.root, False, False)
    return out


def _line_index(text: str) -> Callable[[int], int]:
    """offset -> 1-based line number."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset)
    return line_of


def _off_by_one(lit: str) -> str | None:
    """``lit`` plus one (minus one at the top of its range), in the literal's own base."""
    compact = lit.replace("_", "").replace(" ", "")
    if compact.isdigit():
        return str(int(compact) + 1)
    if "'" not in compact:
        return None
    size, rest = compact.split("'", 1)
    signed = rest[:1] in ("s", "S")
    rest = rest[1:] if signed else rest
    base, digits = rest[:1].lower(), rest[1:]
    radix = {"b": 2, "o": 8, "d": 10, "h": 16}.get(base)
    if radix is None or not digits or any(c in "xXzZ?" for c in digits):
        return None
    value = int(digits, radix)
    width = int(size) if size.isdigit() else 32
    new = value + 1 if value + 1 < (1 << width) else value - 1
    fmt = {2: "b", 8: "o", 10: "d", 16: "x"}[radix]
    body = format(new, fmt).rjust(len(digits), "0") if radix != 10 else str(new)
    return f"{size}'{'s' if signed else ''}{rest[:1]}{body}"


def pick(muts: list[Mutation], problem: str, seed: int) -> list[Mutation]:
    """A deterministic order: shuffled with (seed, problem), operators interleaved so each gets a turn."""
    rng = random.Random(f"{seed}:{problem}")
    by_op: dict[str, list[Mutation]] = {}
    for m in muts:
        by_op.setdefault(m.operator, []).append(m)
    for group in by_op.values():
        rng.shuffle(group)
    ops = sorted(by_op)
    rng.shuffle(ops)
    order: list[Mutation] = []
    while any(by_op.values()):
        for op in ops:
            if by_op[op]:
                order.append(by_op[op].pop())
    return order


def _problems(dataset: Path, pattern: str | None) -> list[tuple[str, Path, Path]]:
    root = dataset / "dataset_spec-to-rtl" if (dataset / "dataset_spec-to-rtl").is_dir() else dataset
    refs = sorted(root.glob("*_ref.sv"))
    if not refs:
        raise InputError(f"no *_ref.sv files under {root} (point --dataset at verilog-eval-v2 or its dataset_spec-to-rtl)")
    out = []
    for ref in refs:
        name = ref.name[: -len("_ref.sv")]
        test = ref.with_name(f"{name}_test.sv")
        if test.exists() and (pattern is None or fnmatch.fnmatch(name, pattern)):
            out.append((name, ref, test))
    return out


def run_mutant(name: str, ref: Path, test: Path, mutant_text: str, mutation: Mutation, work: Path,
               timeout: float = 20.0) -> MutantResult:
    """Simulate one mutant against the problem's bench and localise it."""
    start = time.monotonic()
    ic = Icarus(timeout=timeout)
    work.mkdir(parents=True, exist_ok=True)
    (work / "tb.sv").write_text(test.read_text())
    (work / "ref.sv").write_text(ref.read_text())
    res = MutantResult(name, mutation.operator, mutation.line, f"{mutation.original!r} -> {mutation.replacement!r}", "")
    inst_text, ix = instrument(mutant_text, "TopModule")
    (work / "dut.sv").write_text(inst_text)
    (work / "probe.sv").write_text(probe_module("tb.top_module1"))
    comp = ic.compile(["tb.sv", "ref.sv", "dut.sv", "probe.sv"], "tb", work,
                      flags=(*VERILOGEVAL_FLAGS, "-s", "chipsmith_probe"))
    dynamic = comp.ok
    if not comp.ok:  # the instrumented copy is refused: fall back to the plain mutant and a static walk
        (work / "dut.sv").write_text(mutant_text)
        comp = ic.compile(["tb.sv", "ref.sv", "dut.sv"], "tb", work)
        if not comp.ok:
            res.status, res.seconds = "no-compile", round(time.monotonic() - start, 3)
            return res
    sim = ic.simulate(work, timeout=timeout)
    if sim.verdict == "pass":
        res.status, res.seconds = "survived", round(time.monotonic() - start, 3)
        return res
    (work / "mutant.sv").write_text(mutant_text)
    wave = None
    vcd = work / "wave.vcd"
    if vcd.exists():
        try:
            wave = Waveform(vcd)
        except InputError:
            wave = None
    inputs = _port_inputs(mutant_text)
    lint = Verilator(timeout=timeout).lint([work / "mutant.sv"], work, top="TopModule")
    loc = localize(work / "mutant.sv", "TopModule", sim.values, wave=wave,
                   scope="tb.top_module1" if dynamic else "", ix=ix, port_inputs=inputs, lint=lint.diagnostics)
    if loc.first is None:
        res.status = "no-mismatch"
    else:
        res.status = "localised"
        res.top_lines = loc.top_lines(3)
        res.rank = loc.rank_of(mutation.line)
        res.hit = 0 < res.rank <= 3
        res.method = loc.method
    res.seconds = round(time.monotonic() - start, 3)
    return res


def _port_inputs(text: str) -> list[str]:
    from chipsmith.tools.slang import compile_trees, module_infos

    tree = syntax.SyntaxTree.fromText(text, "dut.sv")
    for info in module_infos(compile_trees([tree], None)):
        if info.name == "TopModule":
            return [p.name for p in info.inputs()]
    return []


def run_problem(name: str, ref: Path, test: Path, k: int, seed: int, work: Path,
                equivalence: bool = False) -> list[MutantResult]:
    text = ref.read_text().replace("module RefModule", "module TopModule", 1)
    kept: list[MutantResult] = []
    dropped: list[MutantResult] = []
    candidates = pick(mutations(text), name, seed)
    texts: list[str] = []
    for i, m in enumerate(candidates[: 4 * k + 4]):
        r = run_mutant(name, ref, test, m.apply(text), m, work / f"m{i}")
        if r.status in ("localised", "no-mismatch"):
            kept.append(r)
            texts.append(m.apply(text))
        else:
            dropped.append(r)
        if len(kept) >= k:
            break
    if equivalence and kept:
        # Soundness check of the equivalence flow: every kept mutant fails simulation, so none may be "equivalent".
        yosys = Yosys(timeout=120.0)
        (work / "self.sv").write_text(text)
        kept[0].reference_equivalence = yosys.equivalent(ref, "RefModule", work / "self.sv", "TopModule",
                                                         work / "eq-self").verdict
        for i, (r, mutant) in enumerate(zip(kept, texts)):
            (work / f"eq{i}.sv").write_text(mutant)
            r.equivalence = yosys.equivalent(ref, "RefModule", work / f"eq{i}.sv", "TopModule", work / f"eq-{i}").verdict
    return kept + dropped


def summarise(results: list[MutantResult]) -> dict[str, object]:
    kept = [r for r in results if r.status in ("localised", "no-mismatch")]
    hits = [r for r in kept if r.hit]
    by_op: dict[str, dict[str, int]] = {}
    for r in kept:
        d = by_op.setdefault(r.operator, {"mutants": 0, "top3": 0})
        d["mutants"] += 1
        d["top3"] += int(r.hit)
    return {"problems": len({r.problem for r in results}), "mutants": len(kept), "top3": len(hits),
            "top3_share": round(len(hits) / len(kept), 4) if kept else 0.0,
            "top1": sum(1 for r in kept if r.rank == 1),
            "survived": sum(1 for r in results if r.status == "survived"),
            "no_compile": sum(1 for r in results if r.status == "no-compile"),
            "crashed": sorted(r.problem for r in results if r.status == "crashed"),
            "equivalence": {"references": dict(Counter(r.reference_equivalence for r in results if r.reference_equivalence)),
                            "mutants": dict(Counter(r.equivalence for r in kept if r.equivalence))},
            "by_operator": by_op, "dynamic": sum(1 for r in kept if r.method == "dynamic"),
            "seconds": round(sum(r.seconds for r in results), 1)}


def _judge(job: JudgeJob) -> dict[str, Any]:
    p = job.params
    # the sandbox may run tools as an unprivileged user, who must be able to reach the work dirs;
    # mutants' waveforms are not kept: the result holds everything the report needs
    with tempfile.TemporaryDirectory(prefix="chipsmith-localize-") as tmp:
        os.chmod(tmp, 0o755)
        found = run_problem(p["name"], Path(p["ref"]), Path(p["test"]), p["k"], p["seed"], Path(tmp) / p["name"],
                            p["equivalence"])
    kept = [r for r in found if r.status in ("localised", "no-mismatch")]
    hits = sum(r.hit for r in kept)
    return {"mutants": [asdict(r) for r in found], "verdict": "pass" if hits == len(kept) else "fail",
            "passed": hits == len(kept), "failure": {"name": f"{hits}/{len(kept)} in top 3"}}


def _mutants(results: list[dict[str, Any]]) -> list[MutantResult]:
    out: list[MutantResult] = []
    for r in results:
        if r.get("verdict") == "error":
            out.append(MutantResult(r["problem"], "", 0, r.get("traceback") or r.get("error", ""), "crashed"))
        else:
            out += [MutantResult(**m) for m in r.get("mutants", [])]
    return out


class LocalizeSuite(Suite):
    """One problem per VerilogEval reference: draw failing mutants, localise each, score the top 3."""

    name: ClassVar[str] = "localize"

    def __init__(self, dataset: Path, *, k: int = 2, seed: int = 0, pattern: str | None = None,
                 equivalence: bool = False) -> None:
        self.dataset, self.k, self.seed, self.pattern, self.equivalence = Path(dataset), k, seed, pattern, equivalence

    def config(self) -> dict[str, Any]:
        return {"dataset": str(self.dataset), "mutants_per_problem": self.k, "seed": self.seed,
                "equivalence": self.equivalence}

    def binaries(self) -> dict[str, str]:
        return {"iverilog": "iverilog", "verilator": "verilator", **({"yosys": "yosys"} if self.equivalence else {})}

    def problems(self) -> list[Problem]:
        return [Problem(name, data={"ref": str(ref), "test": str(test)})
                for name, ref, test in _problems(self.dataset, self.pattern)]

    def judge(self, problem: Problem, sample: int, produced: Any, workdir: Path | None, ctx: Context) -> JudgeJob:
        return JudgeJob(_judge, problem.id, sample, {}, None, 20.0,
                        params={"name": problem.id, **problem.data, "k": self.k, "seed": self.seed,
                                "equivalence": self.equivalence})

    @classmethod
    def workdir_name(cls, problem_id: str, sample: int) -> str | None:
        return None

    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        summary: dict[str, Any] = summarise(_mutants(results))
        config = record.get("config") or {}
        summary.update({"seed": config.get("seed"), "mutants_per_problem": config.get("mutants_per_problem"),
                        "pyslang": importlib.metadata.version("pyslang"), "problems_scanned": len(results),
                        "without_mutation": len(results) - int(summary["problems"])})
        return summary

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        import json

        lines = ["# Fault localisation on injected mutants", "", summary_line(summary), "",
                 "| operator | top 3 | mutants |", "|---|---|---|"]
        lines += [f"| {op} | {d['top3']} | {d['mutants']} |" for op, d in sorted(summary["by_operator"].items())]
        data = {"summary": summary, "mutants": [asdict(m) for m in _mutants(results)]}
        return {"report.md": "\n".join(lines) + "\n", "results.json": json.dumps(data, indent=2, sort_keys=True) + "\n"}


def summary_line(summary: dict[str, Any]) -> str:
    return (f"{summary['top3']}/{summary['mutants']} mutants localised with the mutated line in the top 3 "
            f"({100 * float(summary['top3_share']):.1f}%), top 1: {summary['top1']}; "
            f"{summary['problems_scanned']} problems ({summary['without_mutation']} offer no mutation), "
            f"{summary['survived']} surviving and {summary['no_compile']} non-compiling mutants dropped")
