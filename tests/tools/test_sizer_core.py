"""The sizer's pieces without an optimiser: spec parsing, the problem format, Bode metrics, proposals."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.sizing.evaluate import Point, bode_metrics
from chipsmith.tools.sizing.problem import Spec, load_problem, parse_value, render_netlist
from chipsmith.tools.sizing.request import parse_request_specs
from chipsmith.tools.sizing.search import SizingProposal, check_proposal, conflicts, gmid_seed

SUITE = Path(__file__).parents[2] / "evals" / "data" / "analog"


def test_request_specs_are_parsed_with_units_and_directions() -> None:
    got = parse_request_specs("size this two-stage op-amp for 70 dB gain, 20 MHz UGBW, PM > 60 deg, < 1 mW")
    assert got["dc_gain_db"] == ("min", 70.0)
    assert got["ugbw"][0] == "min" and got["ugbw"][1] == pytest.approx(20e6)
    assert got["pm"] == ("min", 60.0)
    assert got["power"][0] == "max" and got["power"][1] == pytest.approx(1e-3)
    assert parse_request_specs("phase margin at least 45 degrees and power below 250 uW") == {
        "pm": ("min", 45.0), "power": ("max", pytest.approx(250e-6))}


def test_values_accept_spice_suffixes_and_units() -> None:
    assert parse_value("150meg", "Hz") == pytest.approx(150e6)
    assert parse_value("0.1u", "m") == pytest.approx(1e-7)
    assert parse_value("1 mW", "W") == pytest.approx(1e-3)
    with pytest.raises(InputError, match="cannot read"):
        parse_value("lots", "W", "x.yaml: specs.power")


def test_every_suite_problem_loads_and_its_netlist_takes_the_values() -> None:
    names = sorted(p.stem for p in SUITE.glob("*.yaml"))
    assert names == ["bmr", "cs_amp", "folded_cascode", "ldo", "miller", "ota5"]
    for name in names:
        prob = load_problem(SUITE / f"{name}.yaml")
        seed = gmid_seed(prob)
        assert set(seed) == set(prob.params)
        for n, v in seed.items():
            assert prob.params[n].lo <= v <= prob.params[n].hi
        text = render_netlist(prob, seed)
        for n, v in seed.items():
            assert f"{n}={v:.6g}" in text


def test_gmid_seed_follows_square_law() -> None:
    prob = load_problem(SUITE / "cs_amp.yaml")
    seed = gmid_seed(prob)
    # ibias = 2 pi UGBW CL / (gm/Id); W = 2 Id L / (KP Vov^2) with Vov = 2 / (gm/Id)
    ibias = 2 * math.pi * 150e6 * 1e-12 / 12
    assert seed["ibias"] == pytest.approx(ibias, rel=0.01)
    assert seed["w1"] == pytest.approx(2 * ibias * 0.5e-6 / (300e-6 * (2 / 12) ** 2), rel=0.02)


def test_a_devices_matching_area_sets_the_least_seed_width(tmp_path: Path) -> None:
    # Pelgrom: a pair needs W·L for its offset whatever gm/Id alone would give; the seed's W is >= area / L
    text = (SUITE / "cs_amp.yaml").read_text()
    plain = gmid_seed(load_problem(SUITE / "cs_amp.yaml"))
    (tmp_path / "cs_amp.cir").write_text((SUITE / "cs_amp.cir").read_text())
    (tmp_path / "cs_amp.yaml").write_text(text.replace("gm_id: 12}", "gm_id: 12, area: 5p}", 1))
    seeded = gmid_seed(load_problem(tmp_path / "cs_amp.yaml"))
    assert plain["w1"] < 5e-12 / 0.5e-6
    assert seeded["w1"] == pytest.approx(5e-12 / 0.5e-6, rel=0.01)
    assert {k: v for k, v in seeded.items() if k != "w1"} == {k: v for k, v in plain.items() if k != "w1"}


def test_problem_errors_say_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "a.cir").write_text("t\n.param w=1u\nR1 a 0 1k\n.end\n")
    (tmp_path / "p.yaml").write_text("netlist: a.cir\nparams: {w: {min: 1u, max: 2u}, q: {min: 1, max: 2}}\ntestbench: [op]\nspecs: {}\n")
    with pytest.raises(InputError, match="q have no .param line"):
        load_problem(tmp_path / "p.yaml")
    (tmp_path / "p.yaml").write_text("netlist: a.cir\nparams: {w: {min: 3u, max: 2u}}\ntestbench: [op]\nspecs: {}\n")
    with pytest.raises(InputError, match=r"params.w: min .* is not below max"):
        load_problem(tmp_path / "p.yaml")
    (tmp_path / "p.yaml").write_text("netlist: a.cir\nparams: [\n")
    with pytest.raises(InputError, match=r"p.yaml:\d+: not valid YAML"):
        load_problem(tmp_path / "p.yaml")
    with pytest.raises(InputError, match="a.yaml beside it"):
        load_problem(tmp_path / "a.cir")


def test_request_asking_for_an_unmeasured_spec_is_refused() -> None:
    prob = load_problem(SUITE / "bmr.yaml")
    with pytest.raises(InputError, match="measure only"):
        prob.with_specs({"ugbw": ("min", 1e6)})


def test_bode_metrics_of_a_two_pole_response() -> None:
    f = np.logspace(0, 10, 2001)
    a0, p1, p2 = 1000.0, 1e4, 2e7
    h = -a0 / ((1 + 1j * f / p1) * (1 + 1j * f / p2))  # inverting, like a common-source stage
    m = bode_metrics(f, h)
    # |H| = 1: solve numerically on a fine grid for the expected values
    fu = f[np.argmin(np.abs(np.abs(h) - 1))]
    assert m["dc_gain_db"] == pytest.approx(60.0, abs=0.01)
    assert m["ugbw"] == pytest.approx(fu, rel=0.01)
    assert m["pm"] == pytest.approx(180 - math.degrees(math.atan(fu / p1) + math.atan(fu / p2)), abs=0.3)
    assert m["f3db"] == pytest.approx(p1, rel=0.02)


def test_spec_margins_sign_and_scale() -> None:
    ugbw = Spec("ugbw", lo=20e6, unit="Hz")
    assert ugbw.margin(40e6) < 0 < ugbw.margin(10e6)
    assert ugbw.margin(10e6) == pytest.approx(math.log(2))
    gain = Spec("dc_gain_db", lo=60, unit="dB")
    assert gain.margin(57) == pytest.approx(3 / 60)
    assert Spec("power", hi=1e-3, unit="W").margin(None) == 5.0  # unmeasured: the capped penalty


def test_proposal_outside_bounds_is_not_trusted() -> None:
    prob = load_problem(SUITE / "cs_amp.yaml")
    good = check_proposal(prob, SizingProposal(reasoning="r", start={"w1": 5e-6, "w2": 2e-5, "ibias": 1e-4, "x": 1},
                                               ranges={"ibias": [5e-5, 2e-4], "w1": [1e-3, 2e-3]}))
    assert good is not None and good.start["ibias"] == pytest.approx(1e-4)
    assert "ibias" in good.ranges and "w1" not in good.ranges  # the w1 range lies outside the bounds
    assert any("unknown variable x" in n for n in good.notes)
    bad = check_proposal(prob, SizingProposal(reasoning="r", start={"w1": 1.0, "w2": -3.0, "ibias": 1e-4}))
    assert bad is None  # two of three values outside the bounds: use the gm/Id seed instead


def test_conflicts_name_specs_met_alone_but_never_together() -> None:
    prob = load_problem(Path(__file__).parents[1] / "data" / "sizer" / "cs_conflict.yaml")
    pts = [Point(1, {}, {}, {"ugbw": -0.1, "power": 0.5}, "ok", 0.0),
           Point(2, {}, {}, {"ugbw": 0.4, "power": -0.2}, "ok", 0.0)]
    c = conflicts(prob, pts)
    assert c["conflicting_pairs"] == [("power", "ugbw")] and c["never_met"] == []


def test_request_bounds_replace_only_their_side() -> None:
    prob = load_problem(SUITE / "bmr.yaml").with_specs({"iout": ("max", 21e-6)})
    assert prob.specs["iout"].hi == pytest.approx(21e-6) and prob.specs["iout"].lo == pytest.approx(19.4e-6)
