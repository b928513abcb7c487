"""VerilogEval v2 (NVlabs/verilog-eval), judged exactly as upstream on Icarus.

Upstream (``Makefile.in`` and ``scripts/sv-iv-analyze``) compiles
``iverilog -Wall -Winfloop -Wno-timescale -g2012 -s tb -o BIN sample.sv test.sv ref.sv``,
runs ``timeout 30 ./BIN`` and appends ``TIMEOUT`` when the limit hits, then reads the
combined log line by line: the first matching rule decides the failure class, and a
sample passes only on ``Mismatches: 0 in N samples`` with no error line. The prompt
layout and the answer extraction are ports of ``scripts/sv-generate``; the prompt text
lives in ``prompts/verilogeval_*.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from chipsmith.core.errors import ConfigError, InputError, SandboxViolation
from chipsmith.core.files import write_atomic
from chipsmith.core.yamlfile import load_yaml
from chipsmith.evals.harness import AgentRuntime, Candidate, EvalConfig, JudgeJob, Problem, run_verilog_agent
from chipsmith.prompts import render
from chipsmith.tools.icarus import Icarus
from chipsmith.tools.judge import judge_with_bench
from chipsmith.tools.runner import Limits, log_dir, output_files, read_output_text

TASKS = ("spec-to-rtl", "code-complete-iccad2023")
JUDGE_LIMITS = Limits(output_bytes=16 << 20)  # per compile/simulation log
AGENT = "verilogeval"

# sv-iv-analyze's one-letter classes, with names a reader understands.
FAILURE_CLASSES: dict[str, str] = {
    ".": "pass",
    "S": "syntax-error",
    "e": "explicit-cast-required",
    "0": "zero-width-constant",
    "n": "no-sensitivities",
    "w": "declared-as-wire",
    "m": "unknown-module",
    "p": "unable-to-bind",
    "c": "unable-to-bind-clk",
    "T": "timeout",
    "C": "compile-error",
    "r": "runtime-reset-sensitivity",
    "R": "runtime-mismatch",
    "G": "guard-rejected",  # chipsmith's static guard refused to run the sample (not upstream)
    "D": "design-rule",  # the design prints, ends the run, reaches into the bench, ... (chipsmith's judge, not upstream)
    "E": "unfinished-run",  # upstream's line reads as a pass, but the bench did not say so itself (chipsmith's judge)
    "X": "harness-error",
}
_MISMATCH = re.compile(r"^Mismatches: (\d+) in \d+ samples$")


def classify_log(log: str, verilog: str) -> tuple[str, int]:
    """sv-iv-analyze's ``analyze_result`` on a combined compile+simulation log: (class code, mismatches)."""
    code = "?"
    mismatches = 0
    error_c = error_p = no_mismatch = False
    for raw in log.splitlines(keepends=True):
        line = raw
        if "syntax error" in line:
            code = "S"
            break
        if "error" in line:
            error_c = True
        if "error: This assignment requires an explicit cast" in line:
            code = "e"
            break
        if "error: Sized numeric constant must have a size greater than zero" in line:
            code = "0"
            break
        if "warning: always_comb process has no sensitivities" in line:
            code = "n"
            break
        if "found no sensitivities so it will never trigger" in line:
            code = "n"
            break
        if "is declared here as wire" in line:
            code = "w"
            break
        if "Unknown module type" in line:
            code = "m"
            break
        if "Unable to bind wire/reg" in line:
            error_p = True
        if "Unable to bind wire/reg/memory `clk'" in line:
            code = "c"
            break
        if "TIMEOUT" in line:
            code = "T"
            break
        m = _MISMATCH.match(line.rstrip("\n"))
        if m:
            if int(m.group(1)) == 0:
                no_mismatch = True
            else:
                mismatches = int(m.group(1))
    if code == "?" and error_p:
        code = "p"
    if code == "?" and error_c:
        code = "C"
    if code == "?" and no_mismatch:
        code = "."
    if code == "?":
        code = "R"
        for line in verilog.splitlines():
            if "posedge reset" in line or "negedge reset" in line or "posedge r)" in line:
                code = "r"
                break
    return code, mismatches


# --------------------------------------------------------------------------- prompts and extraction


def build_prompt(task: str, prompt: str, *, examples: str = "", rules: bool = False) -> list[dict[str, str]]:
    """sv-generate's system message and full prompt for one problem (no explanation allowed)."""
    if task == "spec-to-rtl":
        body = examples + "\nQuestion:\n" + prompt.strip() + "\n"
        if rules:
            body += render("verilogeval_rules")
        system = render("verilogeval_system_spec_to_rtl")
        user = render("verilogeval_single_shot", body=body.rstrip())
    elif task == "code-complete-iccad2023":
        lines: list[str] = []
        in_prefix = True
        for line in prompt.splitlines():
            if "module TopModule" in line:
                lines.append("")
                in_prefix = False
            lines.append("// " + line if in_prefix else line)
        system = render("verilogeval_system_code_complete")
        user = render("verilogeval_code_complete", examples=examples, prompt="\n".join(lines))
    else:
        raise ConfigError(f"--task {task!r}: use one of {', '.join(TASKS)}")
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _backtick_extract(content: str, backticks: int, module_exists: bool) -> tuple[list[str], bool, bool]:
    """sv-generate's second pass: the lines to keep, and whether module/endmodule were seen."""
    out: list[str] = []
    first = second = found_module = found_end = False
    for line in content.splitlines():
        echo = True
        if line.strip().startswith("module TopModule"):
            found_module = True
        if backticks >= 2:
            if (not first) or second:
                echo = False
        else:
            if found_end:
                echo = False
            if module_exists and not found_module:
                echo = False
        if line.startswith("```"):
            if not first:
                first = True
            else:
                second = True
            echo = False
        elif line.strip().startswith("endmodule"):
            found_end = True
        if echo:
            out.append(line)
    return out, found_module, found_end


def _first_pass(content: str) -> tuple[int, bool]:
    backticks = 0
    end_before_start = module_exists = False
    for line in content.splitlines():
        if line.startswith("```"):
            backticks += 1
        elif line.startswith("endmodule"):
            if not module_exists:
                end_before_start = True
        elif line.startswith("module TopModule"):
            module_exists = True
    return backticks, module_exists and not end_before_start


# A response is a few thousand tokens; one far longer is read up to here (the passes below are
# linear line scans, so the cap bounds their time and the sample file's size).
MAX_ANSWER_CHARS = 400_000


def extract_code(task: str, content: str, ifc: str = "") -> str:
    """The sample file sv-generate writes for a response (same lines, same blank lines, same markers)."""
    content = content[:MAX_ANSWER_CHARS]
    out = [""]
    backticks, module_exists = _first_pass(content)
    if task == "code-complete-iccad2023":
        if not module_exists:
            out.append(ifc + "\n")
        kept, found_module, found_end = _backtick_extract(content, backticks, module_exists)
        out += kept
        out.append("")
        if backticks == 1 or backticks > 2:
            out += ["// VERILOG-EVAL: abnormal backticks count", ""]
        if found_module:
            out += ["// VERILOG-EVAL: errant inclusion of module definition", ""]
        if not found_end:
            out += ["// VERILOG-EVAL: endmodule not found", ""]
    else:
        code: list[str] = []
        start = end = False
        for line in content.splitlines():
            if not start:
                if line.strip() == "[BEGIN]":
                    start = True
                elif line.lstrip().startswith("[BEGIN]"):
                    code.append(line.lstrip().replace("[BEGIN]", ""))
                    start = True
            elif not end:
                if line.strip() == "[DONE]":
                    end = True
                elif line.rstrip().endswith("[DONE]"):
                    code.append(line.rstrip().replace("[DONE]", ""))
                    end = True
                else:
                    code.append(line)
        if start and end:
            out += code
        if not start and not end:
            kept, _, _ = _backtick_extract(content, backticks, module_exists)
            out += kept
            out.append("")
            out.append("// VERILOG-EVAL: response did not use <CODE></CODE> correctly")
    out.append("")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- the judge (runs in a worker)


def judge(job: JudgeJob) -> dict[str, Any]:
    """Compile and simulate one sample in ``job.workdir`` and classify the log as sv-iv-analyze does."""
    work = Path(job.workdir or ".")
    for name, data in job.files.items():
        (work / name).write_bytes(data)
    prob = job.problem
    sample_name = f"{prob}_sample{job.sample:02d}"
    sample, test, ref = f"{sample_name}.sv", f"{prob}_test.sv", f"{prob}_ref.sv"
    # Upstream keeps the whole log; a chatty design must not lose the summary line to the default cap.
    icarus = Icarus(iverilog=job.iverilog, vvp=job.vvp, timeout=job.timeout, limits=JUDGE_LIMITS)
    verilog = job.files[sample].decode(errors="replace")
    values: dict[str, Any] = {}
    try:
        # the judge: design rules first, then the bench sealed for this run (its own lines carry a nonce the
        # design cannot know, its $finish is marked, its sample count checked)
        judged = judge_with_bench(sample, test, [ref], work, icarus, top="tb", binary=sample_name, log_stem=sample_name,
                                  expected_samples=job.params.get("expected_samples"), timeout=job.timeout)
    except SandboxViolation as exc:
        text = f"chipsmith guard: {exc}\n"
        write_atomic(work / f"{sample_name}-sv-iv-test.log", text)
        return _verdict(job, "G", 0, text, [], values)
    log = judged.log
    if judged.compiled:
        values = {k: judged.sim_values.get(k) for k in ("mismatches", "samples", "outputs", "vcd", "finished_at")}
        if values.get("vcd"):
            values["vcd"] = Path(str(values["vcd"])).name
    write_atomic(work / f"{sample_name}-sv-iv-test.log", log)  # replaces what the design left there, follows no link
    if judged.verdict.verdict == "design-rule":
        code, mismatches = "D", 0
    else:
        code, mismatches = classify_log(log, verilog)
        if code == "." and not judged.verdict.passed:
            code = "E"  # the log alone would pass it; the bench itself did not
    result = _verdict(job, code, mismatches, log, judged.evidence, values)
    result["judge"] = judged.to_dict()
    return result


def _verdict(job: JudgeJob, code: str, mismatches: int, log: str, evidence: list[dict[str, Any]],
             values: dict[str, Any]) -> dict[str, Any]:
    work = Path(job.workdir or ".")
    result: dict[str, Any] = {
        "verdict": "pass" if code == "." else "fail", "passed": code == ".",
        "failure": {"code": code, "name": FAILURE_CLASSES[code]}, "mismatches": mismatches,
        "sim": values, "log": log[-65536:], "evidence": evidence,
    }
    if job.params.get("return_files"):
        # through the runner's reader: the design ran in this directory; the runner's own logs are next to it
        result["files"] = {name: read_output_text(d, name) for d in (work, log_dir(work)) for pattern in ("*.sv", "*.log")
                           for name in output_files(d, pattern)[0]}
    return result


# --------------------------------------------------------------------------- the adapter


@dataclass
class VerilogEval:
    """One task directory of the VerilogEval v2 dataset."""

    dataset: Path
    task: str = "spec-to-rtl"
    examples: int = 0
    rules: bool = False
    name: str = "verilogeval"

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise ConfigError(f"--task {self.task!r}: use one of {', '.join(TASKS)}")
        root = Path(self.dataset).expanduser()
        task_dir = root / f"dataset_{self.task}"
        if task_dir.is_dir():
            self.root, self.task_dir = root, task_dir
        elif root.is_dir() and any(root.glob("Prob*_prompt.txt")):
            self.root, self.task_dir = root.parent, root
        else:
            raise InputError(f"{root} is not a VerilogEval v2 checkout: expected {task_dir} with Prob*_prompt.txt files")
        self._problems: list[Problem] | None = None

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "task": self.task, "task_dir": str(self.task_dir), "examples": self.examples,
                "rules": self.rules}

    def problems(self) -> list[Problem]:
        if self._problems is None:
            listing = self.task_dir / "problems.txt"
            if listing.exists():
                ids = [ln.strip() for ln in listing.read_text().splitlines() if ln.strip()]
            else:
                ids = sorted(p.name[: -len("_prompt.txt")] for p in self.task_dir.glob("Prob*_prompt.txt"))
            probs = []
            for pid in ids:
                files = {kind: self.task_dir / f"{pid}_{kind}" for kind in ("prompt.txt", "ref.sv", "test.sv", "ifc.txt")}
                for kind in ("prompt.txt", "ref.sv", "test.sv"):
                    if not files[kind].exists():
                        raise InputError(f"{files[kind]} is missing (listed in {listing.name}); is the checkout complete?")
                ref = files["ref.sv"].read_text()
                probs.append(Problem(pid, _category(ref), files["prompt.txt"].read_text(),
                                     {"ref": str(files["ref.sv"]), "test": str(files["test.sv"]),
                                      "ifc": str(files["ifc.txt"]) if files["ifc.txt"].exists() else ""}))
            self._problems = probs
        return self._problems

    def known_failures(self) -> dict[str, dict[str, str]]:
        return load_known_failures(self.task)

    def _examples_text(self) -> str:
        if not self.examples:
            return ""
        path = self.root / "scripts" / f"verilog-example-prefix_{self.task}_{self.examples}-shot.txt"
        if not path.exists():
            raise InputError(f"{path} not found: --examples needs the dataset's scripts/ folder")
        return path.read_text()

    def messages(self, problem: Problem) -> list[dict[str, str]]:
        return build_prompt(self.task, problem.prompt, examples=self._examples_text(), rules=self.rules)

    def cost_hint(self, problem: Problem) -> float:
        """Scheduling only: stimulus cycles (``repeat`` counts) times output width, to start slow benches first."""
        test = Path(problem.data["test"]).read_text()
        cycles = sum(int(n) for n in re.findall(r"repeat\s*\(\s*(\d+)", test))
        widths = re.findall(r"output\s+(?:logic|reg|wire)?\s*\[(\d+):(\d+)\]", Path(problem.data["ref"]).read_text())
        return cycles * (1 + sum(abs(int(a) - int(b)) + 1 for a, b in widths) / 32)

    def oracle(self, problem: Problem) -> Candidate:
        ref = Path(problem.data["ref"]).read_text()
        return Candidate(code=re.sub(r"\bRefModule\b", "TopModule", ref), tries=1, notes={"source": "reference"})

    def single_shot(self, problem: Problem, sample: int, llm: Any, config: EvalConfig) -> Candidate:
        reply = llm.chat(self.messages(problem), agent=AGENT, temperature=config.temperature, top_p=config.top_p,
                         max_tokens=config.max_tokens, seed=config.seed + sample - 1)
        ifc = Path(problem.data["ifc"]).read_text() if problem.data.get("ifc") else ""
        return Candidate(code=extract_code(self.task, reply.content, ifc), tries=1,
                         prompt_tokens=reply.usage.prompt_tokens, completion_tokens=reply.usage.completion_tokens,
                         cached_tokens=reply.usage.cached_tokens, llm_seconds=reply.seconds, response=reply.content,
                         notes={"model": reply.model, "finish_reason": reply.finish_reason})

    def agent(self, problem: Problem, sample: int, runtime: AgentRuntime) -> Candidate:
        ifc = Path(problem.data["ifc"]).read_text() if self.task == "code-complete-iccad2023" and problem.data.get("ifc") else ""
        return run_verilog_agent(problem.prompt, ifc, problem.id, sample, runtime)

    def job(self, problem: Problem, sample: int, candidate: Candidate, workdir: Path | None,
            config: EvalConfig) -> JudgeJob:
        pid = problem.id
        files = {f"{pid}_sample{sample:02d}.sv": candidate.code.encode(),
                 f"{pid}_test.sv": Path(problem.data["test"]).read_bytes(),
                 f"{pid}_ref.sv": Path(problem.data["ref"]).read_bytes()}
        return JudgeJob(judge, pid, sample, files, str(workdir) if workdir else None, config.timeout,
                        params={"return_files": workdir is None,
                                "expected_samples": load_expected_samples(self.task).get(pid)})


def _category(ref: str) -> str:
    """A coarse category from the reference: FSMs, other sequential logic, combinational logic."""
    if re.search(r"\b(state|next_state|next)\b", ref) and re.search(r"\bclk\b", ref):
        return "fsm"
    if re.search(r"\b(posedge|negedge)\b", ref):
        return "sequential"
    return "combinational"


def load_known_failures(task: str) -> dict[str, dict[str, str]]:
    """Problems that fail even with the reference on this simulator, with the reason (package data)."""
    text = resources.files("chipsmith.evals.data").joinpath("verilogeval_known_failures.yaml").read_text()
    data = load_yaml(text, "verilogeval_known_failures.yaml") or {}
    return {pid: {k: str(v) for k, v in info.items()} for pid, info in (data.get(task) or {}).items()}


_EXPECTED: dict[str, dict[str, int]] = {}


def load_expected_samples(task: str) -> dict[str, int]:
    """Samples each bench checks when it runs to its own end, measured with the references (package data)."""
    if task not in _EXPECTED:
        text = resources.files("chipsmith.evals.data").joinpath("verilogeval_samples.yaml").read_text()
        data = load_yaml(text, "verilogeval_samples.yaml") or {}
        _EXPECTED[task] = {str(k): int(v) for k, v in (data.get(task) or {}).items()}
    return _EXPECTED[task]
