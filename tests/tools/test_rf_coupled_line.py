"""Parallel-coupled-line microstrip band-pass: the coupled-line model, the design, three analyses that agree."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from chipsmith.evals import rf
from chipsmith.tools import rf_coupled_line as CL
from chipsmith.tools import rf_synthesis as S

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")  # scikit-rf's thin-copper loss note

SUB = S.Substrate()
SPEC = S.RFSpec(kind="bandpass", response="chebyshev", pass_edges_hz=[2.35e9, 2.45e9], ripple_db=0.5,
                stop_edges_hz=[2.2e9, 2.6e9], atten_db=40)


def test_coupled_microstrip_model_behaves_like_coupled_lines() -> None:
    w = S.width_for(50.0, 1e6, SUB)
    ze_far, zo_far, ee, eo = CL.coupled_impedances(w, 10 * SUB.h_m, SUB)
    assert ze_far == pytest.approx(50.0, rel=0.03) and zo_far == pytest.approx(50.0, rel=0.03)  # far apart: two lines
    ze, zo, ee, eo = CL.coupled_impedances(w, 0.2e-3, SUB)
    assert ze > 55 > 50 > 40 > zo and ee > eo  # tight coupling splits the modes; the odd mode has more field in air
    wg = CL.width_gap_for(ze, zo, SUB)
    assert wg == pytest.approx((w, 0.2e-3), rel=1e-3)
    with pytest.raises(Exception, match="cannot be made"):
        CL.width_gap_for(120.0, 20.0, SUB)


def test_inverter_impedances_follow_pozar() -> None:
    # Pozar example 8.8: 3rd-order 0.5 dB Chebyshev, 10 % bandwidth: Z0e/Z0o = 70.61/39.24, 56.64/44.77
    g = [1.5963, 1.0967, 1.5963, 1.0]
    zz = CL.inverter_impedances(g, 0.1, 50.0)
    assert zz[0] == pytest.approx((70.61, 39.24), abs=0.02) and zz[1] == pytest.approx((56.64, 44.77), abs=0.02)
    assert zz[3] == pytest.approx(zz[0]) and zz[2] == pytest.approx(zz[1])


def test_design_meets_the_2g4_spec_and_three_analyses_agree(tmp_path: Path) -> None:
    d = CL.design_coupled_line(SPEC, SUB)
    assert d.met and len(d.sections) == d.order + 1
    f = np.linspace(2.0e9, 2.8e9, 161)
    a = CL.cascade_s21(d.sections, f, 50, 50)
    net = CL.network(d.sections, f, 50, 50)
    assert np.max(np.abs(a - net.s[:, 1, 0])) < 1e-9
    f0 = math.sqrt(2.35e9 * 2.45e9)
    quarter = [2 * math.pi * f0 / CL.C0 * (math.sqrt(c.eps_e) + math.sqrt(c.eps_o)) / 2 * c.length_m for c in d.sections]
    assert np.allclose(quarter, math.pi / 2, rtol=0.05)  # tuned, but still quarter-wave sections
    if shutil.which("ngspice") is None:
        pytest.skip("ngspice not installed")
    diff, res = CL.spice_crosscheck(d.sections, SPEC, tmp_path / "ok")
    assert diff < 0.01, res.verdict
    # one section's even-mode impedance wrong in the deck only: the cross-check sees it
    bad = [d.sections[0].__class__(**{**d.sections[0].__dict__, "z0e": d.sections[0].z0e * 1.02})] + d.sections[1:]
    deck_bad = CL.spice_deck(bad, 50, 50, "bad")
    from chipsmith.tools.ngspice import Ngspice

    out = Ngspice().run(deck_bad, tmp_path / "bad", control=["ac lin 21 2.35e9 2.45e9", "wrdata pass0 v(out)"])
    v = out.tables["pass0"]["v(out)"]
    ref = CL.network(d.sections, np.real(out.tables["pass0"]["frequency"]), 50, 50).s[:, 1, 0]
    assert np.max(np.abs(20 * np.log10(np.abs(v)) - 20 * np.log10(np.abs(ref)))) > 0.01


@pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice not installed")
def test_the_suite_entry_reports_the_coupled_line_design(tmp_path: Path) -> None:
    entry = next(e for e in rf.load_suite(None) if e["id"] == "bp_coupled_line_2g4")
    r = rf.evaluate(entry, tmp_path, spice=True, mc_samples=60)
    assert r["topology"] == "coupled-line microstrip" and r["met_nominal"] and r["spice_agrees"]
    assert r["met"] == (r["yield"] >= 0.9) and "gap" in r["worst_part"]
