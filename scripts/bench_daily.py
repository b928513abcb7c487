"""Speed people feel: whole ``chipsmith`` commands timed from the outside, the median of several runs.

    .venv/bin/python scripts/bench_daily.py [--runs 5] [--cases bad,rf,first,sizer] [--json OUT]

Cases (each a new process, as a user waits for it; none may ask the embedded model):
- ``bad request``: ``chipsmith run ""`` and ``chipsmith run "..." --agent no_such_agent``, refused
  before anything runs (target < 2 s);
- ``rf design``: the README's RF example end to end, deterministic, with the embedded model the
  default but never asked (target < 5 s);
- ``first vs second``: ``chipsmith run "What does a D flip-flop do?" --agent general`` with the
  scripted backend, on a new data directory and then again on the same one (the first seeds the
  knowledge store; target: first ≤ second + 5 s). The user cache of seed embeddings is a new,
  empty folder too, so the first run is what a fresh install sees;
- ``sizer``: the README's sizer example (``--netlist evals/data/analog/miller.yaml``) with the
  embedded default, and with ``--llm script:`` of an empty answer (issue #21: no step waits on the
  embedded model, so the first may take at most 2x the second). Heavy: ``--sizer-runs`` each.

Each case records its wall seconds and CPU seconds (user + system of the command and its
children, e.g. ngspice), which a busy machine inflates far less than wall time, and the load
average before it ran: on a busy machine the wall times are upper bounds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHIPSMITH = [sys.executable, "-m", "chipsmith.cli"]
RF_REQUEST = "2.4 GHz band-pass, 100 MHz wide, 0.5 dB ripple, 40 dB rejection at 2.2 and 2.6 GHz, 50 ohm"  # README "Using it"
SIZER_REQUEST = "size this two-stage op-amp for 70 dB gain, 20 MHz UGBW, PM > 60 deg, < 1 mW"  # README "Using it"
SIZER_NETLIST = ROOT / "evals" / "data" / "analog" / "miller.yaml"  # the problem docs/analog.md runs that request on
QUESTION = "What does a D flip-flop do?"
CASES = ("bad", "rf", "first", "sizer")


class Timer:
    """Runs whole commands and keeps each one's wall and CPU seconds under a case name."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}
        self.load: dict[str, float] = {}

    def run(self, case: str, args: list[str], env: dict[str, str], cwd: Path, expect: tuple[int, ...]) -> subprocess.CompletedProcess[str]:
        self.load.setdefault(case, round(os.getloadavg()[0], 2))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        res = subprocess.run([*CHIPSMITH, *args], cwd=cwd, env=env, capture_output=True, text=True)
        self.wall.setdefault(case, []).append(round(time.perf_counter() - start, 3))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        self.cpu.setdefault(case, []).append(round(cpu, 3))
        if res.returncode not in expect:
            raise SystemExit(f"chipsmith {' '.join(args)} exited {res.returncode}, expected {expect}:\n{res.stderr[-2000:]}")
        return res

    def figure(self, case: str, command: str, **extra: object) -> dict[str, object]:
        return {"command": command, "load_before": self.load[case], "wall_median_s": round(statistics.median(self.wall[case]), 2),
                "cpu_median_s": round(statistics.median(self.cpu[case]), 2), "wall_s": self.wall[case], "cpu_s": self.cpu[case],
                **extra}


def _env(data_dir: Path, cache_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHIPSMITH_")}
    env["CHIPSMITH_DATA_DIR"] = str(data_dir)
    env["CHIPSMITH_CACHE_DIR"] = str(cache_dir)
    env["CHIPSMITH_CONFIG"] = str(data_dir / "no-config.toml")
    return env


def _llm_calls(out: Path) -> int:
    calls = out / "run" / "llm_calls.jsonl"
    return sum(1 for line in calls.read_text().splitlines() if line.strip()) if calls.is_file() else 0


def _verdict(out: Path) -> str:
    result = out / "run" / "result.json"
    return str(json.loads(result.read_text()).get("verdict", "")) if result.is_file() else ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per light case (the median is reported)")
    ap.add_argument("--sizer-runs", type=int, default=2, help="timed runs of each sizer command (each is a search)")
    ap.add_argument("--cases", default=",".join(CASES), help=f"comma-separated subset of {', '.join(CASES)}")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    if unknown := [c for c in cases if c not in CASES]:
        ap.error(f"unknown case(s) {', '.join(unknown)}; choose from {', '.join(CASES)}")
    load_start = os.getloadavg()
    t = Timer()
    figures: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="chipsmith-bench-") as tmp_name:
        tmp = Path(tmp_name)
        env = _env(tmp / "warm", tmp / "warm-cache")
        t.run("warm-up", ["run", RF_REQUEST, "--agent", "rf_designer", "--out", str(tmp / "warmup")], env, tmp, (0, 1))  # page cache
        if "bad" in cases:
            for _ in range(args.runs):
                t.run("bad request", ["run", ""], env, tmp, (2,))
                t.run("unknown agent", ["run", "write a counter", "--agent", "no_such_agent"], env, tmp, (2,))
            figures["bad request"] = t.figure("bad request", 'chipsmith run ""', target_s=2.0)
            figures["unknown agent"] = t.figure("unknown agent", 'chipsmith run "write a counter" --agent no_such_agent', target_s=2.0)
        if "rf" in cases:
            outs = [tmp / f"rf{i}" for i in range(args.runs)]
            for out in outs:
                t.run("rf design", ["run", RF_REQUEST, "--agent", "rf_designer", "--out", str(out)], env, tmp, (0, 1))
            figures["rf design"] = t.figure("rf design", f'chipsmith run "{RF_REQUEST}" --agent rf_designer --out DIR', target_s=5.0,
                                            verdict=_verdict(outs[0]), llm_calls=sum(_llm_calls(o) for o in outs),
                                            files=sorted(p.name for p in outs[0].iterdir() if p.is_file()))
        if "first" in cases:
            script = tmp / "script.jsonl"
            script.write_text("".join(json.dumps({"agent": "general", "content": "A D flip-flop copies d to q on the clock "
                                                  "edge. (scripted answer)"}) + "\n" for _ in range(4)))
            for i in range(args.runs):
                env_new = _env(tmp / f"new{i}", tmp / f"new-cache{i}")
                ask = ["run", QUESTION, "--agent", "general", "--llm", f"script:{script}"]
                t.run("first", [*ask, "--out", str(tmp / f"q{i}a")], env_new, tmp, (0,))
                t.run("second", [*ask, "--out", str(tmp / f"q{i}b")], env_new, tmp, (0,))
            first, second = t.figure("first", ""), t.figure("second", "")
            figures["first vs second"] = {
                "command": f'chipsmith run "{QUESTION}" --agent general --llm script:FILE, new data directory then again',
                "load_before": first["load_before"], "first": first, "second": second, "target_slower_s": 5.0,
                "slower_wall_s": round(float(first["wall_median_s"]) - float(second["wall_median_s"]), 2),  # type: ignore[arg-type]
                "slower_cpu_s": round(float(first["cpu_median_s"]) - float(second["cpu_median_s"]), 2)}  # type: ignore[arg-type]
        if "sizer" in cases:
            empty = tmp / "empty.jsonl"
            empty.write_text(json.dumps({"agent": "circuit_sizer", "content": ""}) + "\n")
            base = ["run", SIZER_REQUEST, "--agent", "circuit_sizer", "--netlist", str(SIZER_NETLIST)]
            runs: dict[str, list[Path]] = {"sizer embedded": [], "sizer script": []}
            for i in range(args.sizer_runs):  # interleaved, so a change in load hits both alike
                for case, extra in (("sizer embedded", []), ("sizer script", ["--llm", f"script:{empty}"])):
                    out = tmp / f"{case.replace(' ', '-')}{i}"
                    runs[case].append(out)
                    t.run(case, [*base, *extra, "--out", str(out)], env, tmp, (0, 1))
            emb, scr = t.figure("sizer embedded", ""), t.figure("sizer script", "")
            figures["sizer"] = {
                "command": f'chipsmith run "{SIZER_REQUEST}" --agent circuit_sizer --netlist {SIZER_NETLIST.relative_to(ROOT)} '
                           "(embedded default) vs the same with --llm script:FILE of an empty answer",
                "load_before": emb["load_before"], "embedded": emb, "script": scr, "target_ratio": 2.0,
                "ratio_wall": round(float(emb["wall_median_s"]) / float(scr["wall_median_s"]), 2),  # type: ignore[arg-type]
                "ratio_cpu": round(float(emb["cpu_median_s"]) / float(scr["cpu_median_s"]), 2),  # type: ignore[arg-type]
                "llm_calls_embedded": sum(_llm_calls(o) for o in runs["sizer embedded"]),
                "llm_calls_script": sum(_llm_calls(o) for o in runs["sizer script"]),
                "verdicts": sorted({_verdict(o) for o in runs["sizer embedded"] + runs["sizer script"]})}
    load_end = os.getloadavg()
    report = {"date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(), "runs": args.runs, "sizer_runs": args.sizer_runs,
              "load_start": [round(x, 2) for x in load_start], "load_end": [round(x, 2) for x in load_end], "figures": figures}
    print(f"{report['date']} · {report['cpus']} CPUs · load average at start {load_start[0]:.2f}, at end {load_end[0]:.2f}"
          f" · median of {args.runs} runs ({args.sizer_runs} for the sizer)")
    for name, f in figures.items():
        if "target_s" in f:
            print(f"{name:<16} wall {f['wall_median_s']:6.2f} s, CPU {f['cpu_median_s']:5.2f} s (target < {f['target_s']} s, "
                  f"load {f['load_before']})  {f['command']}")
        elif name == "first vs second":
            a, b = f["first"], f["second"]
            print(f"{name:<16} first wall {a['wall_median_s']} s / CPU {a['cpu_median_s']} s, second {b['wall_median_s']} s / "  # type: ignore[index]
                  f"{b['cpu_median_s']} s: {f['slower_wall_s']:+} s wall, {f['slower_cpu_s']:+} s CPU (target ≤ +5 s, "  # type: ignore[index]
                  f"load {f['load_before']})")
        else:
            a, b = f["embedded"], f["script"]
            print(f"{name:<16} embedded wall {a['wall_median_s']} s / CPU {a['cpu_median_s']} s, empty script "  # type: ignore[index]
                  f"{b['wall_median_s']} s / {b['cpu_median_s']} s: {f['ratio_wall']}x wall, {f['ratio_cpu']}x CPU "  # type: ignore[index]
                  f"(target < 2x; model calls {f['llm_calls_embedded']} vs {f['llm_calls_script']}, load {f['load_before']})")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
