"""``eval requests``: the packaged phrasing suite, its held-out rule, and its figures on the one runner."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from chipsmith.agents.registry import SPECIALISTS
from chipsmith.evals import runner
from chipsmith.evals.requests import RequestsSuite, held_out, load_suite


def test_packaged_suite_has_200_requests_over_every_specialist_with_a_held_out_quarter() -> None:
    entries = load_suite()
    assert len(entries) >= 200
    routes = Counter(e["route"][0] if len(e["route"]) == 1 else "plan" for e in entries)
    assert set(routes) == set(SPECIALISTS) | {"plan"}
    assert all(step in SPECIALISTS for e in entries for step in e["route"])
    assert all(set(e.get("fields", {})) <= set(e["route"]) for e in entries)
    share = sum(held_out(e["id"]) for e in entries) / len(entries)
    assert 0.2 < share < 0.35
    assert held_out("rf-01") == held_out("rf-01")  # a hash, not a draw


def test_figures_count_routes_and_fields_right_and_wrong(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text(
        "- {id: a, request: 'Chebyshev low pass to 100 MHz, 40 dB at 200 MHz', route: [rf_designer],\n"
        "   fields: {rf_designer: {kind: lowpass, pass_edges_hz: [100e6], atten_db: 41}}}\n"   # atten 41 is wrong on purpose
        "- {id: b, request: 'What does a D flip-flop do?', route: [verilog_writer]}\n"        # a wrong expected route
        "- {id: c, request: 'design a low pass at 10 MHz, then give me its Spectre netlist', route: [rf_designer, netlist_translator],\n"
        "   fields: {netlist_translator: {to: spectre}}}\n")
    out = tmp_path / "run"
    runner.run(RequestsSuite(tmp_path / "s.yaml"), out)
    s = json.loads((out / "summary.json").read_text())["summary"]["all"]
    assert (s["requests"], s["route_ok"], s["fields"], s["fields_ok"]) == (3, 2, 4, 3)
    report = (out / "report.md").read_text()
    assert "rf_designer.atten_db = 40.0, want 41" in report and "route general, want verilog_writer" in report
