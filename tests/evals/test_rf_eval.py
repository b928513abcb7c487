"""`chipsmith eval rf`: the packaged suite's coverage, and a short run through the click command."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from chipsmith import cli_eval_suites
from chipsmith.evals import rf


def test_packaged_suite_covers_every_kind_and_response() -> None:
    entries = rf.load_suite(None)
    assert len(entries) >= 30
    specs = [rf.entry_spec(e) for e in entries]
    assert {s.kind for s in specs} == {"lowpass", "highpass", "bandpass", "bandstop"}
    assert {s.response for s in specs} == {"butterworth", "chebyshev", "bessel", "elliptic"}
    assert sum(s.z_source != s.z_load for s in specs) >= 5
    assert sum("request" in e for e in entries) >= 5  # the parser is exercised, not just structured specs


def test_eval_runs_writes_results_and_resumes(tmp_path: Path) -> None:
    out = tmp_path / "run"
    args = ["--out", str(out), "--only", "bs_butter", "--only", "hp_bessel", "--mc-samples", "20", "--json"]
    res = CliRunner().invoke(cli_eval_suites.rf, args)
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["summary"]["specs"] == 2 and data["summary"]["met"] == 2
    for r in data["results"]:
        assert r["order"] == r["min_order"] and 0 <= r["yield"] <= 1 and r["seconds"] > 0
    assert (out / "results" / "bs_butter.json").exists() and (out / "report.md").exists()
    again = CliRunner().invoke(cli_eval_suites.rf, args + ["--resume"])
    assert json.loads(again.stdout)["results"] == data["results"]
    mixed = CliRunner().invoke(cli_eval_suites.rf, args + ["--resume", "--no-spice"])
    assert mixed.exit_code != 0 and "resume with the same options" in str(mixed.exception)


def test_bad_suite_names_the_entry(tmp_path: Path) -> None:
    bad = tmp_path / "suite.yaml"
    bad.write_text("- id: x\n  request: 'low-pass 100 MHz, 0.5 dB ripple, 40 dB at 50 MHz'\n- {id: y}\n")
    res = CliRunner().invoke(cli_eval_suites.rf, ["--suite", str(bad), "--out", str(tmp_path / "o")])
    assert res.exit_code != 0 and "entry 2 needs an id and a request or a spec" in str(res.exception)
    bad.write_text("- id: x\n  request: 'low-pass 100 MHz, 0.5 dB ripple, 40 dB at 50 MHz'\n")
    res = CliRunner().invoke(cli_eval_suites.rf, ["--suite", str(bad), "--out", str(tmp_path / "o"), "--json", "--no-spice"])
    r = json.loads(res.stdout)["results"][0]
    assert "inside the pass band" in r["error"]
