"""Model cards fitted from datasheet figures, and their check in ngspice (an injected fault must be flagged)."""

import math
import shutil
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.datasheet_tables import Param, extract_document
from chipsmith.tools.model_cards import VT, build_card, checks_for, conditions, fit_diode, judge
from chipsmith.tools.pdf_reader import read_pdf

needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice not installed")


def _vf(i: float, v: float) -> Param:
    return Param(name="Forward Voltage", symbol="VF", canonical="v_f", min=None, typ=v, max=None, unit="V",
                 conditions=f"IF = {i:g} A", page=2, section="Electrical Characteristics", source=f"VF | IF = {i:g} A | {v}",
                 origin="table")


def test_conditions_are_read_in_si():
    assert conditions("VGS = 10 V, ID = 250 µA") == {"VGS": 10.0, "ID": pytest.approx(250e-6)}
    assert conditions("VCE = 5 V, IC = 1 mA, f = 100 MHz") == {"VCE": 5.0, "IC": 0.001, "F": 1e8}
    assert conditions("VGS = ±20 V") == {"VGS": 20.0}
    assert conditions("") == {}


def test_diode_fit_recovers_the_device_from_three_points():
    is_, n, rs = 2e-8, 1.6, 0.08
    pts = [(i, n * VT * math.log(i / is_ + 1) + i * rs) for i in (0.5, 1.0, 3.0)]
    card = fit_diode({}, [_vf(i, v) for i, v in pts])
    assert card.params["N"].value == pytest.approx(n, rel=1e-3)
    assert card.params["RS"].value == pytest.approx(rs, rel=1e-3)
    assert card.params["IS"].value == pytest.approx(is_, rel=1e-2)
    assert ".model DFIT D (" in card.text and all(cite.startswith("page 2") for cite in card.params["N"].inputs)


def test_a_series_resistance_at_its_zero_bound_is_written_as_none():
    # points that bend the wrong way for a series resistance (NXP 1N4148's limits) leave RS at its bound; a residue
    # like 4.7e-17 Ω makes ngspice read the diode as a 0.25 Ω resistor, so it is written as 0
    card = fit_diode({}, [_vf(0.005, 0.72), _vf(0.01, 1.0), _vf(0.1, 1.0)])
    assert card.params["RS"].value == 0.0 and "RS=0" in card.text.replace(" ", "")


def test_diode_two_points_hold_n_when_series_resistance_shows():
    card = fit_diode({}, [_vf(1.0, 0.95), _vf(3.0, 1.16)])  # RS = 0 would need N > 2
    assert card.params["N"].value == 2.0 and card.params["RS"].value > 0
    assert any("N = 2" in a for a in card.assumptions)


def test_missing_figures_say_what_is_needed():
    with pytest.raises(InputError, match="forward voltage"):
        fit_diode({}, [])
    with pytest.raises(InputError, match="no SPICE model builder"):
        build_card("regulator", {}, [])


def _corpus(name: str):
    pdf = Path(str(resources.files("chipsmith.evals").joinpath("data", "datasheets", f"{name}.pdf")))
    ex = extract_document(read_pdf(pdf))
    return ex, ex.best()


def _simulate(checks, tmp_path):
    from chipsmith.tools.ngspice import Ngspice

    sim = Ngspice()
    out = []
    for k, c in enumerate(checks):
        res = sim.run(c.deck, tmp_path / f"c{k}")
        out.append(judge(c, res.measures, "" if res.ok else res.verdict))
    return out


@needs_ngspice
@pytest.mark.parametrize("name", ["diode_grid_0", "mosfet_grid_0", "bjt_multipage_0", "opamp_grid_0"])
def test_fitted_cards_reproduce_the_datasheet_in_ngspice(name, tmp_path):
    ex, best = _corpus(name)
    card = build_card(ex.device, best, ex.params, "part")
    results = _simulate(checks_for(card, best, ex.params), tmp_path)
    assert len(results) >= 2
    for r in results:
        assert r.ok, (r.name, r.target, r.simulated, r.error)
        assert r.cite.startswith("page ")


@needs_ngspice
def test_a_wrong_card_is_flagged(tmp_path):
    ex, best = _corpus("mosfet_grid_0")
    card = build_card("mosfet", best, ex.params, "part")
    kp = card.params["KP"].value
    bad = replace(card, text=card.text.replace(f"KP={kp:.6g}", f"KP={kp * 3:.6g}"))
    assert bad.text != card.text
    results = _simulate(checks_for(bad, best, ex.params), tmp_path)
    flagged = [r for r in results if not r.ok]
    assert flagged and all(r.residual is not None for r in flagged)
    assert {r.parameter for r in flagged} == {"r_ds_on"}  # V_GS(th) hardly depends on KP at 250 µA


@needs_ngspice
def test_opamp_slew_rate_is_measured_not_copied(tmp_path):
    ex, best = _corpus("opamp_grid_0")
    card = build_card("opamp", best, ex.params, "part")
    i1 = card.params["I1"].value
    slow = replace(card, text=card.text.replace(f"I = {i1:.6g}*tanh", f"I = {i1 / 2:.6g}*tanh"))
    checks = [c for c in checks_for(slow, best, ex.params) if c.parameter == "sr"]
    (r,) = _simulate(checks, tmp_path)
    assert not r.ok and r.residual == pytest.approx(-0.5, abs=0.06)
