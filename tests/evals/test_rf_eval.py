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
    args = ["--out", str(out), "--only", "bs_butter", "--only", "hp_bessel", "--mc-samples", "100", "--json"]
    res = CliRunner().invoke(cli_eval_suites.rf, args)
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["summary"]["specs"] == 2 and data["summary"]["met"] >= 1
    for r in data["results"]:
        assert r["order"] >= r["min_order"] and 0 <= r["yield"] <= 1 and r["seconds"] > 0
        # "met" is the buildable verdict: met at nominal, catalogue parts, yield at the target
        assert r["met"] == (r["met_nominal"] and r["parts_in_catalogue"] and r["yield"] >= r["yield_target_pct"] / 100)
        assert r["topology"] == "ladder" and r["worst_part"] and r["candidates"]
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


def test_every_met_design_is_buildable_from_its_bom(tmp_path: Path) -> None:
    """Each "met" design's BOM values are catalogue values, and its yield holds when the Monte Carlo is run again."""
    import numpy as np

    from chipsmith.tools import rf_parts
    from chipsmith.tools import rf_verify as V
    from chipsmith.tools.rf_synthesis import Element, Ladder, RFSpec

    ids = ("lp_cheb_text", "hp_cheb", "bp_butter_octave", "bs_butter", "bp_headline", "lp_cheb_1G")
    entries = [e for e in rf.load_suite(None) if e["id"] in ids]
    results = [rf.evaluate(e, tmp_path / e["id"], spice=False, mc_samples=300) for e in entries]
    met = [r for r in results if r["met"]]
    assert len(met) >= 3 and not next(r for r in results if r["id"] == "bp_headline")["met"]
    for r in met:
        spec = RFSpec(**r["spec"])
        els = [Element(e["name"], e["kind"], e["a"], e["b"], e["value"]) for e in r["elements"]]
        assert all(rf_parts.in_range(e.kind, e.value, spec, r["series_used"]) for e in els), r["id"]
        lad = Ladder(els, spec.z_source, spec.z_load, out_node="out" if any("out" in (e.a, e.b) for e in els) else "in")
        tol = rf_parts.tolerance_array([e.kind for e in els], np.array([e.value for e in els]), spec)[0]
        assert np.allclose(tol, r["tolerances"], rtol=1e-9, atol=0)
        again = V.monte_carlo(lad, spec, V.spec_grid(spec, points=41), samples=400, seed=99, losses=V.losses_for(spec),
                              tolerances=tol)
        assert again >= spec.yield_target_pct / 100 - 0.05, (r["id"], again, r["yield"])
    for r in results:
        if not r["met"]:
            assert r["verdict_text"].startswith(("met at nominal", "not")) and r["advice"], r["id"]
