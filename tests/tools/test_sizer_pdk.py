"""PDKs and corners in the sizer: bad input in one line, the model library's guard verdict cached by
file hash, corner screening at nominal, per-corner messages, and seeds that reproduce."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools import ngspice as ngspice_module
from chipsmith.tools.ngspice import ModelLibrary, Ngspice
from chipsmith.tools.pdk import packaged_library
from chipsmith.tools.sizing.evaluate import Evaluator, Point
from chipsmith.tools.sizing.pdk import Corner, load_pdk, parse_corners
from chipsmith.tools.sizing.problem import load_problem, render_netlist
from chipsmith.tools.sizing.report import corner_message
from chipsmith.tools.sizing.search import optimise

SUITE = Path(__file__).resolve().parents[2] / "evals" / "data" / "analog"
needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")

LIB = """* two corners
.lib fast
.model nch nmos level=1 vto=0.4 kp=300u
.endl fast
.lib slow
.model nch nmos level=1 vto=0.6 kp=200u
.endl slow
"""


def test_a_pdk_path_that_does_not_exist_is_one_line_naming_it(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_pdk(tmp_path / "nowhere.lib")
    assert "nowhere.lib" in str(err.value) and "\n" not in str(err.value)


def test_a_missing_section_is_named_with_the_sections_the_library_has(tmp_path: Path) -> None:
    (tmp_path / "m.lib").write_text(LIB)
    with pytest.raises(InputError) as err:
        load_pdk(f"{tmp_path / 'm.lib'}:typical")
    assert "'typical'" in str(err.value) and "fast, slow" in str(err.value)
    assert load_pdk(f"{tmp_path / 'm.lib'}:slow").nominal == "slow"
    assert load_pdk(tmp_path / "m.lib").sections == ("fast", "slow")


def test_the_packaged_sky130_library_has_its_corners_licence_and_source_note() -> None:
    found = packaged_library("sky130")
    assert found is not None
    pdk = load_pdk("sky130")
    assert pdk.sections == ("tt", "ss", "ff") and pdk.nominal == "tt"
    folder = pdk.library.parent
    assert "Apache License" in (folder / "LICENSE").read_text()
    assert "f62031a1be9aefe902d6d54cddd6f59b57627436" in (folder / "README.md").read_text()


def test_a_problem_corner_naming_a_section_the_pdk_lacks_is_refused(tmp_path: Path) -> None:
    for name in ("ota5.cir",):
        shutil.copy(SUITE / "sky130" / name, tmp_path / name)
    text = (SUITE / "sky130" / "ota5.yaml").read_text().replace("lib: [tt, ss, ff]", "lib: [tt, sf]")
    (tmp_path / "ota5.yaml").write_text(text)
    with pytest.raises(InputError) as err:
        load_problem(tmp_path / "ota5.yaml")
    assert "'sf'" in str(err.value) and "tt, ss, ff" in str(err.value)


def test_pvt_is_the_product_of_its_lists_and_corners_come_first() -> None:
    got = parse_corners({"corners": [{"lib": "ss", "temp": 125, "vdd": 1.62}],
                         "pvt": {"lib": ["tt", "ss"], "temp": [-40, 125], "vdd": [1.62]}}, "p.yaml", "tt")
    assert got[0] == Corner("ss", 125.0, 1.62)
    assert [c.label for c in got[1:]] == ["tt/-40 °C/1.62 V", "tt/125 °C/1.62 V", "ss/-40 °C/1.62 V"]


def test_the_library_verdict_is_cached_by_file_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    models = tmp_path / "pdk"
    models.mkdir()
    (models / "inner.lib").write_text(".model nch nmos level=1 vto=0.4\n")
    (models / "m.lib").write_text(".lib fast\n.include \"inner.lib\"\n.endl fast\n")
    calls: list[str] = []
    real = ngspice_module.check_deck

    def counting(text: str, **kw: object) -> object:
        calls.append(text)
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ngspice_module, "check_deck", counting)
    sim = Ngspice()
    lib = ModelLibrary(models / "m.lib", "fast")
    first = sim.check_library(lib)
    assert sim.check_library(lib) == first and len(calls) == 1
    # an included file's content changes: the library is checked again, and a forbidden card is found
    (models / "inner.lib").write_text(".model nch nmos level=1 vto=0.4\n.include \"/etc/passwd\"\n")
    with pytest.raises(Exception) as err:
        sim.check_library(lib)
    assert "/etc/passwd" in str(err.value) and len(calls) == 2


def test_corner_message_names_where_a_point_meets_and_by_how_much_it_fails() -> None:
    problem = load_problem(SUITE / "sky130" / "ota5.yaml")
    ok = dict.fromkeys(problem.specs, -0.1)
    pt = Point(1, {}, {}, {}, "ok", 0.0, corners={
        "tt/27 °C": {"measured": {"dc_gain_db": 43.0}, "margins": ok, "verdict": "ok"},
        "ss/125 °C/1.62 V": {"measured": {"dc_gain_db": 37.0}, "margins": {**ok, "dc_gain_db": 0.075}, "verdict": "ok"}})
    assert corner_message(problem, pt) == "meets at tt/27 °C; fails at ss/125 °C/1.62 V: dc_gain_db by 3 dB"


def _cs_problem(tmp_path: Path, power_max: str, vdd: str = "[1.62]") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    shutil.copy(SUITE / "cs_amp.cir", tmp_path / "cs_amp.cir")
    shutil.copytree(SUITE / "models", tmp_path / "models")
    (tmp_path / "cs.yaml").write_text(f"""netlist: cs_amp.cir
supply: vdd
pvt: {{temp: [-40, 125], vdd: {vdd}}}
params:
  w1: {{min: 1u, max: 50u, unit: m, scale: log}}
  ibias: {{min: 5u, max: 200u, unit: A, scale: log}}
testbench: [op, "let power = -i(vdd)*v(vdd)", print power]
specs:
  power: {{max: {power_max}, unit: W}}
""")
    return tmp_path / "cs.yaml"


@needs_ngspice
def test_corners_are_simulated_only_for_a_point_that_meets_at_nominal(tmp_path: Path) -> None:
    point = {"w1": 10e-6, "ibias": 50e-6}
    runs = itertools.count()
    met = load_problem(_cs_problem(tmp_path / "a", "1"))
    ev = Evaluator(met, Ngspice(timeout=60), lambda: tmp_path / "runs" / f"{next(runs)}", corners=True)
    pt = ev.evaluate(point)
    assert pt.simulations == 3 and pt.all_corners and list(pt.corners)[0] == "27 °C"
    powers = {k: c["measured"]["power"] for k, c in pt.corners.items()}
    # the supply corner really set the supply: power scales with it (the bias current is fixed)
    assert powers["-40 °C/1.62 V"] == pytest.approx(powers["27 °C"] * 1.62 / 1.8, rel=0.03)
    assert pt.margins["power"] == max(c["margins"]["power"] for c in pt.corners.values())
    missed = load_problem(_cs_problem(tmp_path / "b", "1n"))
    ev = Evaluator(missed, Ngspice(timeout=60), lambda: tmp_path / "runs" / f"{next(runs)}", corners=True)
    pt = ev.evaluate(point)
    assert pt.simulations == 1 and not pt.all_corners and not pt.feasible


def test_a_corner_sets_temperature_and_supply_in_the_deck(tmp_path: Path) -> None:
    problem = load_problem(_cs_problem(tmp_path, "1"))
    deck = render_netlist(problem, {"w1": 1e-5, "ibias": 5e-5}, Corner("", 125.0, 1.62))
    assert deck.splitlines()[1] == ".temp 125"
    assert "vdd=1.62" in deck and "vdd=1.8" not in deck


@needs_ngspice
def test_the_same_seed_gives_the_same_search_in_two_runs(tmp_path: Path) -> None:
    problem = load_problem(SUITE / "cs_amp.yaml")

    def search(tag: str) -> list[tuple[dict[str, float], dict[str, float]]]:
        runs = itertools.count()
        ev = Evaluator(problem, Ngspice(timeout=60), lambda: tmp_path / tag / f"{next(runs)}")
        result = optimise(problem, ev, strategy="bo", budget=9, seed=1)
        return [(p.values, p.margins) for p in result.history]

    first, second = search("a"), search("b")
    assert len(first) == 9 and first == second


def test_a_supply_on_a_param_continuation_line_is_set_by_the_corner() -> None:
    problem = load_problem(SUITE / "sky130" / "miller.yaml")
    assert problem.supply_value() == 1.8
    deck = render_netlist(problem, {n: p.mid() for n, p in problem.params.items()}, Corner("ss", 125.0, 1.62))
    cont = next(ln for ln in deck.splitlines() if ln.startswith("+"))
    assert "vdd=1.62" in cont and deck.splitlines()[1] == ".temp 125"


def test_model_dirs_and_pdk_come_from_the_environment_as_plain_paths(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from chipsmith.core.config import load_settings

    monkeypatch.setenv("CHIPSMITH_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("CHIPSMITH_MODEL_DIRS", f"{tmp_path / 'a'}:{tmp_path / 'b'}")
    monkeypatch.setenv("CHIPSMITH_PDK", "sky130:ss")
    settings = load_settings()
    assert settings.model_dirs == [tmp_path / "a", tmp_path / "b"] and settings.pdk == "sky130:ss"
    assert load_pdk(settings.pdk).nominal == "ss"


@needs_ngspice
def test_corners_run_side_by_side_give_the_same_point(tmp_path: Path) -> None:
    problem = load_problem(_cs_problem(tmp_path / "p", "1"))
    runs = itertools.count()
    points = [Evaluator(problem, Ngspice(timeout=60), lambda: tmp_path / "runs" / f"{next(runs)}", corners=True,
                        corner_jobs=jobs).evaluate({"w1": 10e-6, "ibias": 50e-6}) for jobs in (1, 2)]
    assert list(points[0].corners) == list(points[1].corners) and len(points[0].corners) == 3
    assert points[0].margins == points[1].margins
    assert [c["measured"] for c in points[0].corners.values()] == [c["measured"] for c in points[1].corners.values()]


@needs_ngspice
def test_corner_stop_runs_the_most_often_failing_corners_first_and_stops_at_a_failure(tmp_path: Path) -> None:
    point = {"w1": 10e-6, "ibias": 50e-6}
    runs = itertools.count()
    everywhere = load_problem(_cs_problem(tmp_path / "a", "1", "[1.62, 1.98]"))
    full = Evaluator(everywhere, Ngspice(timeout=60), lambda: tmp_path / "runs" / f"{next(runs)}", corners=True).evaluate(point)
    nominal_power = full.corners["27 °C"]["measured"]["power"]
    # a power bound met at 1.8 V and at 1.62 V but not at 1.98 V (the bias current is fixed, so P follows the supply)
    tight = load_problem(_cs_problem(tmp_path / "b", f"{nominal_power * 1.05:.6g}", "[1.62, 1.98]"))
    ev = Evaluator(tight, Ngspice(timeout=60), lambda: tmp_path / "runs" / f"{next(runs)}", corners=True,
                   stop_at_failing_corner=True)
    first = ev.evaluate(point)
    # in the problem's order: -40 °C/1.62 V meets, -40 °C/1.98 V fails, and the two 125 °C corners are not run
    assert list(first.corners) == ["27 °C", "-40 °C/1.62 V", "-40 °C/1.98 V"]
    assert first.simulations == 3 and not first.all_corners and not first.feasible
    assert first.margins["power"] == first.corners["-40 °C/1.98 V"]["margins"]["power"] > 0
    again = ev.evaluate(point)  # the corner that failed goes first now: one corner run
    assert list(again.corners) == ["27 °C", "-40 °C/1.98 V"] and again.simulations == 2
    # a point meeting everywhere still runs every corner, in batches of --corner-jobs
    ok = Evaluator(everywhere, Ngspice(timeout=60), lambda: tmp_path / "runs" / f"{next(runs)}", corners=True,
                   corner_jobs=2, stop_at_failing_corner=True).evaluate(point)
    assert ok.all_corners and ok.feasible and ok.simulations == 5 and list(ok.corners) == list(full.corners)
