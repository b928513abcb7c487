"""Verification: nodal analysis vs scikit-rf, Touchstone, ngspice cross-check, yield, losses."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
import skrf

from chipsmith.tools import rf_synthesis as S
from chipsmith.tools import rf_verify as V


def _bp_ladder(ratio: float = 1.0, response: str = "elliptic") -> tuple[S.RFSpec, S.Ladder]:
    spec = S.RFSpec(kind="bandpass", response=response, pass_edges_hz=[100e6, 150e6], ripple_db=0.5,  # type: ignore[arg-type]
                    stop_edges_hz=[80e6, 190e6], atten_db=30, z_load=50 * ratio)
    p = S.synthesize(response, 5, 0.5, S.normalised_stop(spec), abs(ratio - 1) / (ratio + 1), "shunt", ratio)
    return spec, S.transform(p.ladder, spec)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_nodal_analysis_agrees_with_scikit_rf(ratio: float) -> None:
    _, lad = _bp_ladder(ratio, "elliptic" if ratio == 1.0 else "chebyshev")
    f = np.linspace(50e6, 250e6, 301)
    s21, s11 = V.ladder_s(lad, f)
    net = V.to_network(lad, f)
    assert np.max(np.abs(s21 - net.s[:, 1, 0])) < 1e-9
    assert np.max(np.abs(s11 - net.s[:, 0, 0])) < 1e-9
    assert np.allclose(np.abs(s11) ** 2 + np.abs(s21) ** 2, 1.0, atol=1e-9)  # lossless


def test_touchstone_reads_back_with_the_terminations(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, lad = _bp_ladder(2.0, "chebyshev")
    f = np.linspace(50e6, 250e6, 51)
    net = V.to_network(lad, f)
    path = tmp_path / "f.s2p"
    path.write_text(V.touchstone_text(net))
    back = skrf.Network(str(path))
    assert np.allclose(back.f, f)
    assert np.max(np.abs(back.s_db - net.s_db)) < 1e-6
    assert np.allclose(back.z0[0].real, [50.0, 100.0])


@pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice not installed")
def test_ngspice_agrees_with_scikit_rf_in_the_pass_band(tmp_path) -> None:  # type: ignore[no-untyped-def]
    spec, lad = _bp_ladder(1.0)
    diff, res = V.spice_crosscheck(lad, spec, tmp_path)
    assert diff < 0.01, res.verdict
    assert "pass0" in res.tables and len(res.tables["pass0"]["frequency"]) == 101
    # a wrong part value in the deck is caught: the cross-check is not a tautology
    bad = S.Ladder([S.Element(e.name, e.kind, e.a, e.b, e.value * (1.02 if i == 0 else 1)) for i, e in enumerate(lad.elements)],
                   lad.r_source, lad.r_load, list(lad.nodes), lad.out_node)
    deck = V.spice_netlist(bad, "bad", f_start=100e6, f_stop=150e6, points=11)
    assert "ac lin 11" in deck and "L1 in 0" in deck.replace("C1 in 0", "L1 in 0")
    from chipsmith.tools.ngspice import Ngspice

    out = Ngspice().run(deck, tmp_path / "bad")
    v = out.tables["ac"]["v(out)"]
    ref = V.to_network(lad, np.real(out.tables["ac"]["frequency"])).s[:, 1, 0]
    assert np.max(np.abs(V.db(v) - V.db(ref))) > 0.01


def test_spice_netlist_carries_losses() -> None:
    _, lad = _bp_ladder()
    deck = V.spice_netlist(lad, "lossy", V.Losses(inductor_q=50, f_ref_hz=120e6, capacitor_esr_ohm=0.1))
    assert deck.count("\nR") == 2 + len(lad.elements)  # RS, RL, and one loss resistor per part
    assert "VS src 0 DC 0 AC 2" in deck


def test_losses_raise_insertion_loss_and_checks_see_it() -> None:
    spec, lad = _bp_ladder()
    grid = V.spec_grid(spec)
    ideal = V.check_response(spec, grid, V.ladder_s(lad, grid.f)[0])
    lossy = V.check_response(spec, grid, V.ladder_s(lad, grid.f, losses=V.Losses(20, 122e6, 0.5))[0])
    assert ideal.insertion_loss_db < 1e-3 < 0.3 < lossy.insertion_loss_db


def test_monte_carlo_yield_follows_tolerance() -> None:
    spec = S.RFSpec(kind="lowpass", response="butterworth", pass_edges_hz=[10e6], ripple_db=3.0, stop_edges_hz=[30e6],
                    atten_db=20, tolerance_pct=0.0)
    d = S.design(spec, mc_samples=40)
    grid = V.spec_grid(spec)
    assert V.monte_carlo(d.ladder, spec, grid, samples=40) == 1.0
    loose = spec.model_copy(update={"tolerance_pct": 30.0})
    assert V.monte_carlo(d.ladder, loose, grid, samples=200) < 1.0


def test_plots_are_png() -> None:
    spec, lad = _bp_ladder()
    net = V.to_network(lad, V.plot_band(spec, 201))
    a, b = V.plot_png(net, spec, "t")
    assert a[:8] == b[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("kind,first", [("bandstop", "series"), ("bandpass", "series"), ("highpass", "shunt")])
def test_cascade_and_nodal_solve_agree(kind: str, first: str) -> None:
    edges = {"bandstop": ([100e6, 150e6], [110e6, 140e6]), "bandpass": ([100e6, 150e6], [80e6, 190e6]),
             "highpass": ([100e6], [60e6])}[kind]
    spec = S.RFSpec(kind=kind, response="elliptic", pass_edges_hz=edges[0], stop_edges_hz=edges[1])  # type: ignore[arg-type]
    lad = S.transform(S.synthesize("elliptic", 5, 0.5, S.normalised_stop(spec), 0.0, first, 1.0).ladder, spec)  # type: ignore[arg-type]
    f = np.linspace(20e6, 300e6, 501)
    ys = V._element_admittances(lad, 2 * np.pi * f, np.array([[e.value for e in lad.elements]]), V.Losses(30, 120e6, 0.2))
    chain = V._chain(lad, ys)
    assert chain is not None
    a = V._cascade(*chain, lad.r_source, lad.r_load, (1, len(f)))
    b = V._nodal(lad, ys, (1, len(f)))
    assert np.max(np.abs(a[0] - b[0])) < 1e-12 and np.max(np.abs(a[1] - b[1])) < 1e-12
