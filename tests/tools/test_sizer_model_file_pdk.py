"""A PDK that is one model file without .lib sections (the shipped PTM 45 nm cards, a vendor's
.model list): one process corner read with .include, corners over temperature and supply, and a
one-line error for a process corner or section it cannot have."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.ngspice import ModelLibrary, Ngspice
from chipsmith.tools.pdk import packaged_library
from chipsmith.tools.sizing.evaluate import Evaluator
from chipsmith.tools.sizing.pdk import load_pdk
from chipsmith.tools.sizing.problem import load_problem, render_netlist
from chipsmith.tools.sizing.search import gmid_seed

PTM = Path(__file__).resolve().parents[2] / "evals" / "data" / "analog" / "ptm45"


def test_the_packaged_ptm_cards_are_one_corner_read_whole() -> None:
    path, nominal = packaged_library("ptm45") or (None, None)
    assert path is not None and path.is_file() and nominal == ""
    assert "ksettaluri6/AutoCkt" in (path.parent / "README.md").read_text()  # where they came from
    pdk = load_pdk("ptm45")
    assert pdk.sections == () and pdk.nominal == "" and pdk.model("") == ModelLibrary(path, "")
    problem = load_problem(PTM / "cs_amp.yaml")
    assert [c.label for c in problem.signoff_corners()] == ["27 °C", "-40 °C/0.9 V", "-40 °C/1.1 V", "125 °C/0.9 V", "125 °C/1.1 V"]
    for corner in problem.signoff_corners():
        assert problem.libraries(corner) == [ModelLibrary(path, "")]
    deck = render_netlist(problem, gmid_seed(problem), problem.signoff_corners()[4])
    assert ".temp 125" in deck and "vdd=1.1" in deck


def test_a_process_corner_on_a_file_without_sections_is_one_line(tmp_path: Path) -> None:
    text = (PTM / "cs_amp.yaml").read_text().replace("pvt: {temp:", "pvt: {lib: [tt, ss], temp:")
    (tmp_path / "cs_amp.yaml").write_text(text)
    shutil.copy(PTM / "cs_amp.cir", tmp_path / "cs_amp.cir")
    with pytest.raises(InputError) as err:
        load_problem(tmp_path / "cs_amp.yaml")
    msg = str(err.value)
    assert "45nm_bulk.txt" in msg and "'tt'" in msg and "temp and vdd" in msg and "\n" not in msg


def test_a_section_asked_of_a_file_without_sections_or_a_file_without_models_is_refused(tmp_path: Path) -> None:
    cards = tmp_path / "cards.sp"
    cards.write_text("* two cards\n.model nch nmos level=1 vto=0.4 kp=300u\n.model pch pmos level=1 vto=-0.4 kp=100u\n")
    assert load_pdk(cards).sections == ()
    with pytest.raises(InputError, match="no section 'tt'"):
        load_pdk(f"{cards}:tt")
    notes = tmp_path / "notes.txt"
    notes.write_text("just some text\nno cards here\n")
    with pytest.raises(InputError, match="neither '.lib SECTION' blocks nor .model/.subckt cards"):
        load_pdk(notes)


@pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")
def test_the_ptm_cards_simulate_at_every_corner_through_the_guard(tmp_path: Path) -> None:
    problem = load_problem(PTM / "cs_amp.yaml")
    count = itertools.count()
    ev = Evaluator(problem, Ngspice(), lambda: tmp_path / f"w{next(count)}", corners=True)
    values = {"w1": 2e-6, "l1": 0.3e-6, "w2": 4e-6, "l2": 0.3e-6, "ibias": 50e-6}
    results = [ev.simulate(values, c) for c in problem.signoff_corners()]
    for res, measured in results:
        assert res.verdict == "ok" and {"power", "swing", "dc_gain_db", "ugbw"} <= set(measured)
    # the corner temperature reaches the level-54 cards: the same sizes give another gain hot than cold
    gains = {c.label: m["dc_gain_db"] for c, (_, m) in zip(problem.signoff_corners(), results)}
    assert gains["125 °C/1.1 V"] != gains["-40 °C/1.1 V"]
    assert all(0 < m["power"] < 1e-3 for _, m in results)
