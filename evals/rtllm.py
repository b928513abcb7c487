"""RTLLM v2 (hkust-zhiyao/RTLLM) on Icarus instead of VCS.

Layout: ``Category/Subcategory/design/`` with ``design_description.txt``, ``testbench.v``,
``verified_<name>.v`` and sometimes data files the bench reads by relative path
(``$readmemh("rempty.txt", ...)``). Directory names contain spaces.

Each sample runs in its own copy of the design directory, so data files resolve. The
candidate is written as ``<module>.v`` where ``<module>`` is what the test bench
instantiates (for oracle runs the ``verified_<name>`` module is renamed to it). Every
compile and simulation has a timeout (some wrong designs hang forever), and a sample
passes only on the bench's ``Your Design Passed`` line in any of its spacing variants:
a bare ``Pass`` substring would pass benches that print "Passed 3 of 10".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from chipsmith.core.errors import InputError, SandboxViolation
from chipsmith.core.files import write_atomic
from chipsmith.core.yamlfile import load_yaml
from chipsmith.evals.harness import AgentRuntime, Candidate, EvalConfig, JudgeJob, Problem, run_verilog_agent
from chipsmith.prompts import render
from chipsmith.tools.icarus import Icarus
from chipsmith.tools.judge import judge_with_bench
from chipsmith.tools.runner import Limits, log_dir, output_files, read_output_text

JUDGE_LIMITS = Limits(output_bytes=16 << 20)  # per compile/simulation log
AGENT = "rtllm"
PASS_LINE = re.compile(r"Your\s*Design\s*Passed", re.IGNORECASE)
# Upstream compiles with VCS `-sverilog +v2k`; the closest Icarus language setting.
RTLLM_FLAGS: tuple[str, ...] = ("-g2012",)
_MAX_DATA_BYTES = 8 << 20  # a design directory is copied per sample: refuse anything absurd

_KEYWORDS = frozenset("""
module endmodule input output inout wire reg logic integer real time genvar parameter localparam assign always
always_ff always_comb always_latch initial begin end if else for while repeat forever case casez casex endcase
default function endfunction task endtask fork join wait disable posedge negedge or and not xor nand nor xnor
buf bufif0 bufif1 generate endgenerate return int bit byte shortint longint string signed unsigned event
""".split())
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_STRINGS = re.compile(r'"(?:\\.|[^"\\])*"')
_MODULE_DEF = re.compile(r"\bmodule\s+([A-Za-z_]\w*)")
_INSTANCE = re.compile(r"(?<![\w$.`])([A-Za-z_]\w*)(?:\s*#\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\s*|\s+)"
                       r"([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)?\(")


def _code_only(text: str) -> str:
    return _STRINGS.sub('""', _COMMENTS.sub(" ", text))


def defined_modules(text: str) -> list[str]:
    return _MODULE_DEF.findall(_code_only(text))


def _instances(code: str) -> list[str]:
    seen: list[str] = []
    for mod, inst in _INSTANCE.findall(code):
        if mod not in _KEYWORDS and inst not in _KEYWORDS and mod not in seen:
            seen.append(mod)
    return seen


def instantiated_modules(text: str) -> list[str]:
    """Module names the Verilog text instantiates (``name [#(...)] inst (``), minus those it defines."""
    code = _code_only(text)
    own = set(defined_modules(code))
    return [m for m in _instances(code) if m not in own]


def rename_verified(verified: str, wanted: str) -> str:
    """The reference with its ``verified_*`` top module renamed to the module the bench instantiates."""
    mods = defined_modules(verified)
    if wanted in mods:
        return verified
    candidates = [m for m in mods if m.startswith("verified_")]
    if not candidates:
        raise InputError(f"the reference defines {', '.join(mods) or 'no module'}, neither {wanted} nor a verified_* module")
    exact = [m for m in candidates if m == f"verified_{wanted}"]
    if exact:
        old = exact[0]
    else:  # the top is the verified_* module no other module in the file instantiates
        used = set(_instances(_code_only(verified)))
        tops = [m for m in candidates if m not in used]
        old = (tops or candidates)[0]
    return re.sub(rf"\b{re.escape(old)}\b", wanted, verified)


def extract_verilog(content: str) -> str:
    """The code of a free-form answer: the fenced block holding a module, else module..endmodule."""
    blocks = re.findall(r"```[\w-]*[^\n]*\n(.*?)```", content, re.DOTALL)
    with_module = [b for b in blocks if re.search(r"\bmodule\b", b)]
    if with_module:
        return max(with_module, key=len).strip() + "\n"
    start = re.search(r"\bmodule\b", content)
    ends = [m.end() for m in re.finditer(r"\bendmodule\b", content)]
    if start and ends and ends[-1] > start.start():
        return content[start.start(): ends[-1]].strip() + "\n"
    return content.strip() + "\n"


# --------------------------------------------------------------------------- the judge (runs in a worker)


def judge(job: JudgeJob) -> dict[str, Any]:
    """Compile candidate + bench in the sample's copy of the design directory, simulate, read the pass line."""
    work = Path(job.workdir or ".")
    for name, data in job.files.items():
        target = work / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    cand = job.params["candidate"]
    # Upstream keeps the whole log; a chatty design must not lose the summary line to the default cap.
    icarus = Icarus(iverilog=job.iverilog, vvp=job.vvp, timeout=job.timeout, limits=JUDGE_LIMITS)
    try:
        # the judge: design rules first, then the bench sealed for this run, so only the bench's own
        # "Your Design Passed" counts (a design that prints it is refused, and could not forge the tag)
        judged = judge_with_bench(cand, "testbench.v", [], work, icarus, top=None, reader="passed-line",
                                  flags=RTLLM_FLAGS, binary="simv", order=[cand, "testbench.v"], timeout=job.timeout,
                                  compile_log="compile.log", sim_log="run.log")
    except SandboxViolation as exc:
        return _result(job, "guard-rejected", f"chipsmith guard: {exc}\n", [])
    v = judged.verdict
    if v.verdict == "design-rule":
        failure = "design-rule"
    elif judged.stage == "compile":
        failure = {"syntax-error": "syntax-error", "timeout": "timeout"}.get(judged.tool_verdict, "compile-error")
    elif v.verdict in ("pass", "timeout", "crash"):
        failure = v.verdict
    else:
        failure = "runtime-fail"
    out = _result(job, failure, judged.log, judged.evidence)
    out["judge"] = judged.to_dict()
    return out


def _result(job: JudgeJob, failure: str, log: str, evidence: list[dict[str, Any]]) -> dict[str, Any]:
    work = Path(job.workdir or ".")
    write_atomic(work / "judge.log", log)  # replaces whatever the design left under that name, follows no link
    codes = {"pass": ".", "syntax-error": "S", "compile-error": "C", "timeout": "T", "runtime-fail": "R",
             "crash": "K", "guard-rejected": "G", "design-rule": "D"}
    out: dict[str, Any] = {"verdict": "pass" if failure == "pass" else "fail", "passed": failure == "pass",
                           "failure": {"code": codes[failure], "name": failure}, "log": log[-65536:],
                           "evidence": evidence}
    if job.params.get("return_files"):
        # through the runner's reader: the design ran in this directory; the runner's own logs are next to it
        out["files"] = {name: read_output_text(d, name) for d in (work, log_dir(work)) for pattern in ("*.v", "*.sv", "*.log")
                        for name in output_files(d, pattern)[0]}
    return out


# --------------------------------------------------------------------------- the adapter


@dataclass
class RTLLM:
    """An RTLLM v2 checkout (or any tree in its layout)."""

    dataset: Path
    name: str = "rtllm"

    def __post_init__(self) -> None:
        self.root = Path(self.dataset).expanduser()
        if not self.root.is_dir():
            raise InputError(f"{self.root} is not a directory: point --dataset at an RTLLM v2 checkout")
        self._problems: list[Problem] | None = None

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "root": str(self.root)}

    def known_failures(self) -> dict[str, dict[str, str]]:
        """Problems whose verified reference fails on Icarus 11, with the reason (package data)."""
        text = resources.files("chipsmith.evals.data").joinpath("rtllm_known_failures.yaml").read_text()
        data = load_yaml(text, "rtllm_known_failures.yaml") or {}
        return {str(pid): {k: str(v) for k, v in info.items()} for pid, info in data.items()}

    def problems(self) -> list[Problem]:
        if self._problems is None:
            probs = []
            for tb in sorted(self.root.rglob("testbench.v")):
                design = tb.parent
                desc = design / "design_description.txt"
                if not desc.exists():
                    continue
                rel = design.relative_to(self.root).as_posix()
                dut = instantiated_modules(tb.read_text(errors="replace"))
                if not dut:
                    raise InputError(f"{tb}: cannot find the module the test bench instantiates")
                verified = sorted(design.glob("verified_*.v"))
                probs.append(Problem(rel, rel.split("/")[0], desc.read_text(errors="replace"),
                                     {"dir": str(design), "module": dut[0],
                                      "verified": str(verified[0]) if verified else ""}))
            if not probs:
                raise InputError(f"{self.root} holds no design directory (testbench.v + design_description.txt)")
            self._problems = probs
        return self._problems

    def oracle(self, problem: Problem) -> Candidate:
        if not problem.data["verified"]:
            raise InputError(f"{problem.data['dir']} has no verified_*.v reference for --mode oracle")
        ref = Path(problem.data["verified"]).read_text(errors="replace")
        return Candidate(code=rename_verified(ref, problem.data["module"]), tries=1,
                         notes={"source": Path(problem.data["verified"]).name})

    def single_shot(self, problem: Problem, sample: int, llm: Any, config: EvalConfig) -> Candidate:
        messages = [{"role": "system", "content": render("rtllm_system")},
                    {"role": "user", "content": render("rtllm_single_shot", description=problem.prompt.strip(),
                                                       module=problem.data["module"])}]
        reply = llm.chat(messages, agent=AGENT, temperature=config.temperature, top_p=config.top_p,
                         max_tokens=config.max_tokens, seed=config.seed + sample - 1)
        return Candidate(code=extract_verilog(reply.content), tries=1, prompt_tokens=reply.usage.prompt_tokens,
                         completion_tokens=reply.usage.completion_tokens, cached_tokens=reply.usage.cached_tokens,
                         llm_seconds=reply.seconds, response=reply.content,
                         notes={"model": reply.model, "finish_reason": reply.finish_reason})

    def agent(self, problem: Problem, sample: int, runtime: AgentRuntime) -> Candidate:
        return run_verilog_agent(problem.prompt, "", problem.id, sample, runtime)

    def job(self, problem: Problem, sample: int, candidate: Candidate, workdir: Path | None,
            config: EvalConfig) -> JudgeJob:
        design = Path(problem.data["dir"])
        files: dict[str, bytes] = {}
        total = 0
        for path in sorted(design.rglob("*")):
            if not path.is_file() or path.name.startswith("verified_") or path.name.lower() == "makefile":
                continue  # the reference must not be compiled next to the candidate
            total += path.stat().st_size
            if total > _MAX_DATA_BYTES:
                raise InputError(f"{design} holds more than {_MAX_DATA_BYTES >> 20} MiB; is it a design directory?")
            files[path.relative_to(design).as_posix()] = path.read_bytes()
        cand = f"{problem.data['module']}.v"
        files[cand] = candidate.code.encode()
        return JudgeJob(judge, problem.id, sample, files, str(workdir) if workdir else None, config.timeout,
                        params={"candidate": cand, "return_files": workdir is None})
