"""The analog suite's Monte Carlo table: offset statistics and yields per chosen design, and the
sentence for a PDK without mismatch data in place of a yield."""

from __future__ import annotations

from typing import Any

from chipsmith.evals.analog import report_md, summarise
from chipsmith.tools.sizing.montecarlo import NOT_MODELLED, MonteCarloResult


def _row(circuit: str, mc: MonteCarloResult) -> dict[str, Any]:
    return {"circuit": circuit, "title": circuit, "strategy": "bo", "seed": 0, "budget": 10, "met": True,
            "sims_to_met": 4, "runs_to_met": 20, "ngspice_runs": 20, "seconds": 9.0, "sim_seconds": 8.0,
            "optimiser_seconds": 1.0, "best": {"measured": {}}, "specs": {"ugbw": ">= 10 MHz"}, "corners": ["tt/27 °C"],
            "montecarlo": mc.to_dict()}


def test_the_report_gives_offset_sigma_yield_and_the_lowest_spec() -> None:
    ok = MonteCarloResult("ok", samples=50, seed=1, corner="tt/27 °C", instances=["xm1", "xm2"], offset_name="offset",
                          offset={"mean": -2e-3, "sigma": 1.5e-3, "worst": -6.1e-3, "samples": 50.0},
                          yields={"ugbw": (50, 50), "pm": (45, 50), "all": (44, 50)}, seconds=12.0)
    flat = MonteCarloResult("not-modelled", f"{NOT_MODELLED} (flat)")
    summary = summarise([_row("ota", ok), _row("flat", flat)])
    assert summary["ota"]["montecarlo"][0]["lowest_spec"] == "pm"
    assert summary["ota"]["montecarlo"][0]["yield_all"] == 0.88
    text = report_md(summary, {"budget": 10, "seeds": 1, "strategies": ["bo"]})
    row = next(line for line in text.splitlines() if line.startswith("| ota | bo s0 | 50 "))
    assert "1.5 mV" in row and "-6.1 mV" in row and "88.0 %" in row and "pm 90.0 %" in row
    flat_row = next(line for line in text.splitlines() if line.startswith("| flat | bo s0 |"))
    assert NOT_MODELLED in flat_row and "%" not in flat_row
