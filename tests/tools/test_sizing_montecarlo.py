"""Monte Carlo mismatch: the PDK's own Pelgrom figures per instance, seeded draws, offset and yield,
and a PDK without mismatch data saying so instead of a yield."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.ngspice import Ngspice
from chipsmith.tools.sizing.montecarlo import (
    NOT_MODELLED,
    draws,
    mismatch_instances,
    run_montecarlo,
    wilson,
    with_mismatch,
)
from chipsmith.tools.sizing.pdk import load_pdk, mismatch_library
from chipsmith.tools.sizing.problem import load_problem

ROOT = Path(__file__).resolve().parents[2]
SKY130 = ROOT / "evals" / "data" / "analog" / "sky130"
SIZED = json.loads((ROOT / "tests" / "designs" / "sky130_sized" / "sized.json").read_text())
needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")
NFET, PFET = "sky130_fd_pr__nfet_01v8", "sky130_fd_pr__pfet_01v8"


def test_the_sky130_library_gets_each_devices_mismatch_factors_as_instance_parameters(tmp_path: Path) -> None:
    mm = mismatch_library(load_pdk("sky130"), tmp_path)
    assert mm is not None
    assert set(mm.devices) == {NFET, PFET}
    assert {f"{NFET}__vth0_slope_spectre", f"{NFET}__toxe_slope_spectre"} <= set(mm.devices[NFET])
    assert f"{PFET}__nfactor_slope_spectre" in mm.devices[PFET]
    model = (mm.library.parent / "cells" / "nfet_01v8" / f"{NFET}__tt.pm3.spice").read_text()
    # no global factor is left (it would pin every instance to one value) and the area is in square microns
    assert not re.search(r"^\.param\s+\w+_slope_spectre", model, re.MULTILINE)
    assert "sqrt(l*w*mult)" not in model and "sqrt(l*w*mult*1e12)" in model
    assert re.search(rf"^\.param\s+l = 1 w = 1 .*{NFET}__vth0_slope_spectre = 0", model, re.MULTILINE)
    # the packaged files themselves are untouched
    assert "sqrt(l*w*mult)" in (ROOT / "tools" / "pdk" / "sky130" / "cells" / "nfet_01v8" / f"{NFET}__tt.pm3.spice").read_text()


def test_a_library_without_mismatch_factors_gives_none(tmp_path: Path) -> None:
    lib = tmp_path / "plain.lib"
    lib.write_text(".lib tt\n.model nch nmos level=1 vto=0.4 kp=300u\n.endl tt\n")
    assert mismatch_library(load_pdk(lib), tmp_path / "out") is None


@needs_ngspice
def test_one_sigma_of_vth0_is_the_pdks_slope_over_root_area(tmp_path: Path) -> None:
    """An nfet of 2 um x 0.5 um (1 um^2) with its vth0 factor at 2 sits 2 x 3.356 mV above its twin."""
    mm = mismatch_library(load_pdk("sky130"), tmp_path / "lib")
    assert mm is not None
    slope = float(re.search(rf"{NFET}__vth0_slope=([0-9.e-]+)",
                            (ROOT / "tools" / "pdk" / "sky130" / "cells" / "nfet_01v8" / f"{NFET}__mismatch.corner.spice")
                            .read_text()).group(1))  # type: ignore[union-attr]
    deck = f"""vth check
.lib "{mm.library}" tt
vdd d 0 1.8
vg g 0 0.9
xa d g 0 0 {NFET} w=2u l=0.5u
xb d g 0 0 {NFET} w=2u l=0.5u {NFET}__vth0_slope_spectre=2
.control
op
print @m.xa.m{NFET}[vth] @m.xb.m{NFET}[vth]
.endc
.end
"""
    (tmp_path / "deck.cir").write_text(deck)
    out = subprocess.run(["ngspice", "-b", "deck.cir"], cwd=tmp_path, capture_output=True, text=True, timeout=120).stdout
    va = float(re.search(r"xa\.m\w+\[vth\] = (\S+)", out).group(1))  # type: ignore[union-attr]
    vb = float(re.search(r"xb\.m\w+\[vth\] = (\S+)", out).group(1))  # type: ignore[union-attr]
    assert vb - va == pytest.approx(2 * slope / 1.0, rel=0.02)


def test_instances_are_the_top_level_devices_with_continuation_lines() -> None:
    deck = f"t\nxm1 a b c d {NFET} w=1u\n+ l=1u\nxm2 a b c d {PFET} w = 1u l = 1u\nxr a b myres\nr1 a b 1k\n.end\n"
    devices = {NFET.lower(): ("f1", "f2"), PFET.lower(): ("g1",)}
    found = mismatch_instances(deck, devices)
    assert [(i.name, i.device, i.last_line) for i in found] == [("xm1", NFET, 2), ("xm2", PFET, 3)]
    text = with_mismatch(deck, found, devices, np.array([0.5, -1.0, 2.0]))
    assert text.splitlines()[2] == "+ l=1u f1=0.5 f2=-1" and text.splitlines()[3].endswith(" g1=2")


def test_a_device_inside_the_netlists_own_subcircuit_is_refused_with_its_line() -> None:
    deck = f"t\n.subckt pair a b\nxm1 a b 0 0 {NFET} w=1u l=1u\n.ends\nx1 a b pair\n.end\n"
    with pytest.raises(InputError, match=r"line 3: xm1 .* inside \.subckt pair"):
        mismatch_instances(deck, {NFET: ("f",)})


def test_draws_depend_on_seed_and_sample_only() -> None:
    assert np.array_equal(draws(3, 7, 10), draws(3, 7, 10))
    assert not np.array_equal(draws(3, 7, 10), draws(3, 8, 10))
    assert not np.array_equal(draws(3, 7, 10), draws(4, 7, 10))
    big = draws(0, 0, 20000)
    assert abs(big.mean()) < 0.03 and abs(big.std() - 1) < 0.03


def test_wilson_interval_brackets_the_yield() -> None:
    lo, hi = wilson(95, 100)
    assert 0.88 < lo < 0.95 < hi < 0.99
    assert wilson(0, 10)[0] == 0.0 and wilson(10, 10)[1] == 1.0


def test_the_montecarlo_key_is_read_and_bad_values_are_one_line(tmp_path: Path) -> None:
    problem = load_problem(SKY130 / "ota5.yaml")
    assert problem.montecarlo is not None and problem.montecarlo.samples >= 1 and problem.montecarlo.offset == "offset"
    text = (SKY130 / "ota5.yaml").read_text()
    for bad, message in (("{samples: 0, mismatch: true}", "samples"), ("{samples: 10, mismatch: false}", "only mismatch"),
                         ("{samples: 10, sigma: 3}", "expected"), ("{samples: 10, estimates: [nonesuch]}", "spec names")):
        (tmp_path / "ota5.cir").write_text((SKY130 / "ota5.cir").read_text())
        (tmp_path / "ota5.yaml").write_text(re.sub(r"^montecarlo:.*$", f"montecarlo: {bad}", text, flags=re.MULTILINE))
        with pytest.raises(InputError, match=message) as err:
            load_problem(tmp_path / "ota5.yaml")
        assert "\n" not in str(err.value) and "ota5.yaml" in str(err.value)


@needs_ngspice
def test_a_pdk_without_mismatch_data_says_so_and_reports_no_yield(tmp_path: Path) -> None:
    problem = load_problem(SKY130 / "ota5.yaml")
    lib = tmp_path / "flat.lib"
    lib.write_text(".lib tt\n.model nch nmos level=1 vto=0.4 kp=300u\n.endl tt\n")
    problem.pdk = load_pdk(lib)
    result = run_montecarlo(problem, SIZED["ota5"]["values"], Ngspice(), tmp_path / "mc", samples=5)
    assert result.status == "not-modelled" and result.note.startswith(NOT_MODELLED)
    assert result.yields == {} and result.lines() == [result.note]


@pytest.mark.slow
@needs_ngspice
def test_the_sized_ota_has_an_offset_spread_and_the_same_seed_gives_the_same_samples(tmp_path: Path) -> None:
    problem = load_problem(SKY130 / "ota5.yaml")
    values = SIZED["ota5"]["values"]
    first = run_montecarlo(problem, values, Ngspice(timeout=120), tmp_path / "a", samples=6, seed=5, jobs=2)
    again = run_montecarlo(problem, values, Ngspice(timeout=120), tmp_path / "b", samples=6, seed=5, jobs=2)
    assert first.status == "ok" and first.failed == 0
    assert first.instances == ["xm6", "xm5", "xm1", "xm2", "xm3", "xm4"]
    assert [m["offset"] for m in first.measured] == [m["offset"] for m in again.measured]
    offsets = [m["offset"] for m in first.measured]
    assert len(set(offsets)) == 6  # every sample differs: the draws reach the simulation
    assert 0 < first.offset["sigma"] < 0.02 and first.offset["worst"] in offsets
    assert first.yields["all"][1] == 6 and set(first.yields) == {*problem.specs, "all"}
    assert any("input offset" in line for line in first.lines())


@needs_ngspice
def test_a_spec_that_estimates_the_spread_has_no_yield_of_its_own(tmp_path: Path) -> None:
    # the Miller op-amp constrains a Pelgrom 3-sigma offset in the search; a mismatch sample's own offset
    # added to that estimate would count the spread twice, so the samples are judged by every other spec
    problem = load_problem(SKY130 / "miller.yaml")
    assert problem.montecarlo is not None and problem.montecarlo.estimates == ("offset_3sigma",)
    result = run_montecarlo(problem, SIZED["miller"]["values"], Ngspice(timeout=120), tmp_path / "mc", samples=4, seed=1)
    assert result.status == "ok" and "offset_3sigma" not in result.yields
    assert set(result.yields) == {*problem.specs, "all"} - {"offset_3sigma"}
    assert all("offset_3sigma" in m for m in result.measured)  # still measured, only not judged
