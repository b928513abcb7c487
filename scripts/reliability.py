"""Run the attack corpus, fault injection, fuzzing and load tests and print the README's table.

    .venv/bin/python scripts/reliability.py
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


def main() -> int:
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
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
