"""Speed people feel: whole ``chipsmith`` commands timed from the outside, the median of several runs.

    .venv/bin/python scripts/bench_daily.py [--runs 5] [--json OUT]

Cases:
- ``bad request``: ``chipsmith run ""`` (refused before anything runs; target < 2 s);
- ``rf design``: a deterministic RF low-pass end to end, no model call (target < 5 s);
- ``first vs second``: ``chipsmith run "What does a D flip-flop do?" --agent general`` with the
  scripted backend, on a new data directory and then again on the same one (the knowledge store is
  seeded on the first knowledge query; target: first ≤ second + 5 s).

Each timing is one whole process (imports, run record, tools, exit), as a user waits for it. The
load average before and after is printed: on a busy machine the times are upper bounds.
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
RF_REQUEST = "1 GHz low-pass, 0.5 dB ripple, 40 dB rejection at 2 GHz, 50 ohm"
QUESTION = "What does a D flip-flop do?"


CPU: dict[str, list[float]] = {}


def _timed(args: list[str], env: dict[str, str], cwd: Path, expect: int, case: str = "") -> float:
    """Wall seconds of one whole command; its CPU seconds (user + system, what a busy machine does not
    inflate much) are kept under ``case``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    res = subprocess.run([*CHIPSMITH, *args], cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if case:
        CPU.setdefault(case, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if res.returncode != expect:
        raise SystemExit(f"chipsmith {' '.join(args)} exited {res.returncode}, expected {expect}:\n{res.stderr[-2000:]}")
    return seconds


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHIPSMITH_")}
    env["CHIPSMITH_DATA_DIR"] = str(data_dir)
    env["CHIPSMITH_CONFIG"] = str(data_dir / "no-config.toml")
    return env


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per case (the median is reported)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    load_before = os.getloadavg()
    figures: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="chipsmith-bench-") as tmp_name:
        tmp = Path(tmp_name)
        script = tmp / "script.jsonl"
        script.write_text("".join(json.dumps({"agent": "general", "content": "A D flip-flop copies d to q on the clock "
                                              "edge. (scripted answer)"}) + "\n" for _ in range(4 * args.runs)))
        warm = tmp / "warm"
        env = _env(warm)
        _timed(["run", RF_REQUEST, "--agent", "rf_designer", "--out", str(tmp / "warmup")], env, tmp, 0)  # caches, pages

        bad = [_timed(["run", ""], env, tmp, 2, "bad request") for _ in range(args.runs)]
        figures["bad request"] = {"command": 'chipsmith run ""', "median_s": statistics.median(bad), "runs": bad,
                                  "target_s": 2.0}
        rf = [_timed(["run", RF_REQUEST, "--agent", "rf_designer", "--out", str(tmp / f"rf{i}")], env, tmp, 0, "rf design")
              for i in range(args.runs)]
        figures["rf design"] = {"command": f'chipsmith run "{RF_REQUEST}" --agent rf_designer',
                                "median_s": statistics.median(rf), "runs": rf, "target_s": 5.0}
        first: list[float] = []
        second: list[float] = []
        for i in range(args.runs):
            env_new = _env(tmp / f"new{i}")
            ask = ["run", QUESTION, "--agent", "general", "--llm", f"script:{script}"]
            first.append(_timed([*ask, "--out", str(tmp / f"q{i}a")], env_new, tmp, 0, "first"))
            second.append(_timed([*ask, "--out", str(tmp / f"q{i}b")], env_new, tmp, 0, "second"))
        figures["first vs second"] = {
            "command": f'chipsmith run "{QUESTION}" --agent general --llm script:FILE, new data directory then again',
            "first_median_s": statistics.median(first), "second_median_s": statistics.median(second),
            "slower_s": statistics.median(first) - statistics.median(second), "first": first, "second": second,
            "target_slower_s": 5.0}
    load_after = os.getloadavg()
    cpu_medians = {case: round(statistics.median(v), 2) for case, v in CPU.items()}
    report = {"date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(), "runs": args.runs,
              "load_before": [round(x, 2) for x in load_before], "load_after": [round(x, 2) for x in load_after],
              "figures": figures, "cpu_median_s": cpu_medians}
    print(f"{report['date']} · {report['cpus']} CPUs · load average before {load_before[0]:.2f}, after {load_after[0]:.2f}"
          f" · median of {args.runs} runs")
    for name, f in figures.items():
        if "median_s" in f:
            print(f"{name:<16} {f['median_s']:6.2f} s  (target < {f['target_s']} s)  {f['command']}")
        else:
            print(f"{name:<16} first {f['first_median_s']:.2f} s, second {f['second_median_s']:.2f} s, "
                  f"{f['slower_s']:+.2f} s (target ≤ +{f['target_slower_s']} s)  {f['command']}")
    print("CPU seconds (user + system), median: " + ", ".join(f"{k} {v:.2f} s" for k, v in cpu_medians.items()))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
