"""Run the attack corpus, fault injection, fuzzing and load tests and print the README's table.

    .venv/bin/python scripts/reliability.py            # the table, then the escape corpus line
    .venv/bin/python scripts/reliability.py --escapes  # only the escape corpus

The escape corpus (tests/security/test_escape_corpus.py) delivers each attack through a public
entry point with canaries outside the work directory, with bubblewrap and in the limits-only
mode; its line reads "escapes: N of M; host crashes: N; hangs: N; host memory peak: X".
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROWS = [("attack", "attacks tried / blocked"), ("fault", "faults injected / survived"),
        ("fuzz", "fuzz cases run / passed"), ("load", "concurrent sessions held")]


def escapes() -> int:
    """Run the escape corpus and print its one-line summary."""
    with tempfile.TemporaryDirectory() as tmp:
        xml = Path(tmp) / "junit.xml"
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={xml}",
                               "-o", "junit_family=xunit2", "tests/security/test_escape_corpus.py", "-k", "does_not_escape"],
                              cwd=ROOT, capture_output=True, text=True)
        cases = list(ET.parse(xml).getroot().iter("testcase"))
    run = [c for c in cases if not any(child.tag == "skipped" for child in c)]
    failures = [" ".join((f.get("message") or "") + (f.text or "") for f in c if f.tag in ("failure", "error")) for c in run]
    escaped = sum("ESCAPE:" in f for f in failures)
    crashed = sum("CRASH:" in f for f in failures)
    hung = sum("Timeout" in f for f in failures)
    other = sum(1 for f in failures if f and not any(k in f for k in ("ESCAPE:", "CRASH:", "Timeout")))
    def peak(name: str) -> float:
        return max((int(p.get("value", "0")) for c in run for p in c.iter("property") if p.get("name") == name),
                   default=0) / 1024
    attacks = {c.get("name", "").split("[")[-1].rsplit("-", 1)[0] for c in run}
    print(f"escapes: {escaped} of {len(run)} ({len(attacks)} attacks, each mode counted); host crashes: {crashed}; "
          f"hangs: {hung}; host memory peak: {peak('host_growth_kb'):.0f} MB for one input (the test process peaked at "
          f"{peak('host_rss_peak_kb'):.0f} MB with the embedding model loaded; largest child process "
          f"{peak('child_rss_peak_kb'):.0f} MB)" + (f"; other failures: {other}" if other else ""))
    return proc.returncode


def main() -> int:
    if "--escapes" in sys.argv[1:]:
        return escapes()
    with tempfile.TemporaryDirectory() as tmp:
        xml = Path(tmp) / "junit.xml"
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m",
                               " or ".join(m for m, _ in ROWS), "--hypothesis-show-statistics",
                               f"--junitxml={xml}", "-o", "junit_family=xunit2", "tests/"],
                              cwd=ROOT, capture_output=True, text=True)
        cases = list(ET.parse(xml).getroot().iter("testcase"))
        held = [int(p.get("value", "0")) for c in cases for p in c.iter("property") if p.get("name") == "sessions_held"]
        per_file: dict[str, list[bool]] = {}
        for case in cases:
            ok = not any(child.tag in ("failure", "error") for child in case)
            skipped = any(child.tag == "skipped" for child in case)
            if skipped:
                continue
            per_file.setdefault(case.get("classname", ""), []).append(ok)
    # hypothesis' statistics: "- 300 passing, 0 failing, and 0 invalid test cases" per phase
    examples = sum(int(n) for n in re.findall(r"(\d+) passing(?: examples)?,", proc.stdout))
    failing_examples = sum(int(n) for n in re.findall(r"(\d+) failing(?: examples)?,", proc.stdout))
    print("| what | figure |\n|---|---|")
    for marker, label in ROWS:
        results = [ok for cls, oks in per_file.items() if cls.rsplit(".", 1)[-1].startswith(f"test_{marker}")
                   for ok in oks]
        if marker == "fuzz":
            print(f"| {label} | {examples + failing_examples} / {examples} (in {len(results)} properties, "
                  f"{sum(results)} hold) |")
        elif marker == "load":
            print(f"| {label} | {max(held, default=0)} of 8 (test {'passed' if all(results) and results else 'FAILED'}) |")
        else:
            print(f"| {label} | {len(results)} / {sum(results)} |")
    print()
    return proc.returncode | escapes()


if __name__ == "__main__":
    sys.exit(main())
