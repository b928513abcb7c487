"""The cheating corpus: wrong designs that try to pass a VerilogEval bench without doing the work.

Every design in ``evals/data/judge/`` (listed with its problem and technique in
``manifest.yaml``) is judged exactly as an eval run judges a sample: the VerilogEval adapter
builds the job and its judge runs it. None may pass. For comparison each design also runs
through the upstream procedure alone (compile, simulate, read the log with sv-iv-analyze's
rules), which shows how many of the techniques would fool a judge that trusts the stream.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from chipsmith.core.errors import InputError, SandboxViolation
from chipsmith.core.yamlfile import load_yaml, load_yaml_file
from chipsmith.evals.harness import Candidate, EvalConfig
from chipsmith.evals.verilogeval import JUDGE_LIMITS, VerilogEval, classify_log
from chipsmith.tools.icarus import VERILOGEVAL_FLAGS, Icarus
from chipsmith.tools.judge import judge_with_bench

TASK = "spec-to-rtl"


@dataclass(frozen=True)
class CheatingDesign:
    file: str
    problem: str
    technique: str
    wrong: str
    code: str


@dataclass
class CorpusReport:
    """Per design: the judge's verdict and reason, and whether the upstream rule alone would pass it."""

    results: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def passed(self) -> list[dict[str, Any]]:
        return [r for r in self.results if r["passed"]]

    @property
    def upstream_passed(self) -> list[dict[str, Any]]:
        return [r for r in self.results if r.get("upstream_passed")]

    @property
    def sealed_only_passed(self) -> list[dict[str, Any]]:
        return [r for r in self.results if r.get("sealed_only_passed")]

    def headline(self) -> str:
        return f"wrong designs passed: {len(self.passed)} of {self.total}"

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "passed": len(self.passed),
                "upstream_passed": len(self.upstream_passed) if any("upstream_passed" in r for r in self.results) else None,
                "sealed_only_passed": (len(self.sealed_only_passed)
                                       if any("sealed_only_passed" in r for r in self.results) else None),
                "headline": self.headline(), "results": self.results}


def load_corpus(corpus: Path | None = None) -> list[CheatingDesign]:
    """The designs of ``corpus`` (default: the packaged one) with their manifest entries."""
    root: Traversable = resources.files("chipsmith.evals.data").joinpath("judge") if corpus is None else Path(corpus)
    if corpus is not None:
        load_yaml_file(Path(corpus) / "manifest.yaml")  # a user's folder: size and file checks first
    manifest = load_yaml(root.joinpath("manifest.yaml").read_text(), f"{corpus or 'judge'}/manifest.yaml")
    designs: list[CheatingDesign] = []
    for entry in (manifest or {}).get("designs", []):
        name = str(entry["file"])
        if "/" in name or name.startswith("."):
            raise InputError(f"judge corpus: {name!r} must be a file name in the corpus folder")
        designs.append(CheatingDesign(name, str(entry["problem"]), str(entry["technique"]), str(entry.get("wrong", "")),
                                      root.joinpath(name).read_text()))
    return designs


def run_corpus(dataset: Path, work: Path, *, corpus: Path | None = None, jobs: int = 1, timeout: float = 30.0,
               upstream: bool = True, only: str | None = None) -> CorpusReport:
    """Judge every design of the corpus against its VerilogEval problem (and, with ``upstream``, by the log alone)."""
    bench = VerilogEval(Path(dataset), task=TASK)
    problems = {p.id: p for p in bench.problems()}
    designs = [d for d in load_corpus(corpus) if only is None or re.search(only, d.file)]
    missing = sorted({d.problem for d in designs} - set(problems))
    if missing:
        raise InputError(f"judge corpus names problems the dataset does not have: {', '.join(missing)}")
    config = EvalConfig(benchmark="verilogeval", dataset=str(dataset), task=TASK, mode="oracle", timeout=timeout)

    def one(design: CheatingDesign) -> dict[str, Any]:
        problem = problems[design.problem]
        here = Path(work) / Path(design.file).stem
        (here / "judge").mkdir(parents=True, exist_ok=True)
        job = bench.job(problem, 1, Candidate(code=design.code), here / "judge", config)
        judged = job.judge(job)
        row: dict[str, Any] = {"file": design.file, "problem": design.problem, "technique": design.technique,
                               "passed": bool(judged.get("passed")), "verdict": judged.get("verdict"),
                               "failure": judged.get("failure", {}), "reason": _reason(judged)}
        if upstream:
            row["upstream_passed"] = _upstream_passes(design, problem.data, here / "upstream", timeout)
            row["sealed_only_passed"] = _sealed_only_passes(design, problem.data, here / "sealed", timeout)
        return row

    with ThreadPoolExecutor(max(1, jobs)) as pool:
        results = list(pool.map(one, designs))
    return CorpusReport(results)


def _reason(judged: dict[str, Any]) -> str:
    judge = judged.get("judge")
    if isinstance(judge, dict) and judge.get("reason"):
        return str(judge["reason"])
    failure = judged.get("failure") or {}
    return str(failure.get("name", judged.get("verdict", "")))


def _sealed_only_passes(design: CheatingDesign, data: dict[str, str], work: Path, timeout: float) -> bool:
    """The judge with its design rules switched off: what the sealed bench catches on its own."""
    work.mkdir(parents=True, exist_ok=True)
    (work / "sample.sv").write_text(design.code)
    (work / "test.sv").write_text(Path(data["test"]).read_text())
    (work / "ref.sv").write_text(Path(data["ref"]).read_text())
    try:
        judged = judge_with_bench("sample.sv", "test.sv", ["ref.sv"], work, Icarus(timeout=timeout, limits=JUDGE_LIMITS),
                                  rules=False, timeout=timeout)
    except SandboxViolation:
        return False
    return judged.verdict.passed


def _upstream_passes(design: CheatingDesign, data: dict[str, str], work: Path, timeout: float) -> bool:
    """What a judge that trusts the log would say: upstream's compile, run and line rules, nothing else."""
    work.mkdir(parents=True, exist_ok=True)
    (work / "sample.sv").write_text(design.code)
    (work / "test.sv").write_text(Path(data["test"]).read_text())
    (work / "ref.sv").write_text(Path(data["ref"]).read_text())
    icarus = Icarus(timeout=timeout, limits=JUDGE_LIMITS)
    try:
        comp = icarus.compile(["sample.sv", "test.sv", "ref.sv"], "tb", work, flags=VERILOGEVAL_FLAGS,
                              untrusted=["sample.sv"])
    except SandboxViolation:
        return False
    log = comp.outcome.output if comp.outcome else ""
    if comp.ok:
        sim = icarus.simulate(work, timeout=timeout)
        log += (sim.outcome.output if sim.outcome else "") + ("TIMEOUT\n" if sim.outcome and sim.outcome.timed_out else "")
    code, _ = classify_log(log, design.code)
    return code == "."
