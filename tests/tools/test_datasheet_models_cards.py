"""P-channel and PNP cards from the printed signs, fits over several points, one ngspice run per card, and what a
datasheet lacks said per figure (with the default the card took)."""

import shutil
from dataclasses import replace

import pytest

from chipsmith.tools.datasheet_tables import Param
from chipsmith.tools.model_cards import (
    NEEDED,
    build_card,
    checks_for,
    conditions,
    has_needed_figures,
    not_in_datasheet,
    simulate,
)
from chipsmith.tools.model_cards_bjt import _active, _Pt

needs_ngspice = pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice not installed")


def _p(canonical: str, cond: str, typ: float | None = None, lo: float | None = None, hi: float | None = None,
       unit: str = "V") -> Param:
    return Param(name=canonical, symbol=canonical, canonical=canonical, min=lo, typ=typ, max=hi, unit=unit, conditions=cond,
                 page=2, section="Electrical Characteristics", source=f"{canonical} | {cond}", origin="table")


def _best(records: list[Param]) -> dict[str, Param]:
    out: dict[str, Param] = {}
    for r in records:
        out.setdefault(r.canonical, r)
    return out


def _run(card, records, tmp_path):
    from chipsmith.tools.ngspice import Ngspice

    n = iter(range(100))
    return simulate(checks_for(card, _best(records), records), Ngspice(), lambda: tmp_path / f"r{next(n)}")


def test_vendor_units_and_merged_conditions():
    assert conditions("IC = 10 mAdc, VCE = 1.0 Vdc") == {"IC": pytest.approx(0.01), "VCE": 1.0}
    # a Symbol-font µ the text layer left unmapped (Vishay Siliconix): 250 µA, not 250 A
    assert conditions("VDS = VGS, ID = -250 (cid:2)A") == {"ID": pytest.approx(-250e-6)}
    assert conditions("iF = 0.5 Amps") == {"IF": 0.5}
    assert conditions("VGS = −5 V, ID = −0.10 A") == {"VGS": -5.0, "ID": pytest.approx(-0.1)}
    # two different currents for one key in one cell: which belongs to the value is unknown, so neither is used
    assert "IF" not in conditions("see Fig.3 IF = 10 mA IF = 5 mA")


PMOS = [_p("v_gs_th", "VDS = VGS, ID = −1 mA", typ=-1.7, lo=-0.8, hi=-2.0),
        _p("r_ds_on", "VGS = −10 V, ID = −0.2 A", typ=0.9, unit="ohm"),
        _p("r_ds_on", "VGS = −5 V, ID = −0.1 A", typ=1.2, unit="ohm"),
        _p("c_iss", "VDS = −25 V, VGS = 0 V, f = 1.0 MHz", typ=73e-12, unit="F"),
        _p("c_oss", "VDS = −25 V, VGS = 0 V, f = 1.0 MHz", typ=10e-12, unit="F"),
        _p("c_rss", "VDS = −25 V, VGS = 0 V, f = 1.0 MHz", typ=5e-12, unit="F")]


@needs_ngspice
def test_p_channel_card_from_the_printed_signs_reproduces_every_figure_in_one_run(tmp_path):
    card = build_card("mosfet", _best(PMOS), PMOS, "BSS84 P-Channel")
    assert card.polarity == "P" and " PMOS (" in card.text and card.params["VTO"].value < 0
    assert len(card.params["KP"].inputs) == 3  # V_GS(th) and both R_DS(on) points
    done = _run(card, PMOS, tmp_path)
    assert {d.result.parameter for d in done} == {"v_gs_th", "r_ds_on", "c_iss", "c_oss", "c_rss"}
    assert len({id(d.run) for d in done}) == 1, "all figures of one card in one ngspice run"
    for d in done:
        assert d.result.ok, (d.result.name, d.result.target, d.result.simulated)
    vth = next(d.result for d in done if d.result.parameter == "v_gs_th")
    assert vth.target == -1.7 and vth.simulated == pytest.approx(-1.7, rel=0.05)  # the printed sign kept


def _pnp_records() -> list[Param]:
    """Figures printed as a PNP datasheet prints them, made from known parameters with the fit's own equations."""
    true = {"IS": 2e-14, "BF": 150.0, "ISE": 1e-30, "IKF": 1e6, "RC": 0.0}
    recs = []
    for ic in (1e-3, 10e-3):
        vbe, ib = _active(_Pt("hfe", ic, 5.0, 0.0, 0.0, None), true)  # type: ignore[arg-type]
        recs.append(_p("h_fe", f"IC = −{ic * 1e3:g} mA, VCE = −5 V", typ=round(ic / ib, 2), unit=""))
    vbe, _ = _active(_Pt("vbe_on", 10e-3, 5.0, 0.0, 0.0, None), true)  # type: ignore[arg-type]
    recs.append(_p("v_be_on", "IC = −10 mA, VCE = −5 V", typ=-round(vbe, 4)))
    return recs


@needs_ngspice
def test_pnp_card_recovers_the_gain_and_reproduces_it_in_ngspice(tmp_path):
    recs = _pnp_records()
    card = build_card("bjt", _best(recs), recs, "2N3906")
    assert card.polarity == "PNP" and " PNP (" in card.text
    assert card.params["BF"].value == pytest.approx(150.0, rel=0.02)
    assert card.params["IS"].value == pytest.approx(2e-14, rel=0.05)
    done = _run(card, recs, tmp_path)
    assert [d.result.parameter for d in done].count("h_fe") == 2
    for d in done:
        assert d.result.ok, (d.result.name, d.result.target, d.result.simulated)
    vbe = next(d.result for d in done if d.result.parameter == "v_be_on")
    assert vbe.target < 0 and vbe.simulated is not None and vbe.simulated < 0


@needs_ngspice
def test_a_batch_that_fails_is_run_figure_by_figure(tmp_path):
    from chipsmith.tools.ngspice import Ngspice

    recs = [_p("v_f", "IF = 10 mA", hi=1.0), _p("v_f", "IF = 100 mA", hi=1.2)]
    card = build_card("diode", _best(recs), recs, "1N4148")
    checks = checks_for(card, _best(recs), recs)
    checks[1].circuit += "\nXBAD 1 2 no_such_subckt"  # ngspice refuses the shared deck
    n = iter(range(100))
    done = simulate(checks, Ngspice(), lambda: tmp_path / f"r{next(n)}")
    assert done[0].result.ok and done[0].run is not done[1].run  # the good figure still checked, alone
    assert not done[1].result.ok and "ngspice" in done[1].result.error


def test_missing_figures_are_named_with_the_default_taken():
    only_vf = [_p("v_f", "IF = 10 mA", hi=1.0)]
    card = build_card("diode", _best(only_vf), only_vf, "1N4148")
    assert any("CJO = 0" in d and "(default)" in d for d in card.defaults)
    assert all(d in card.assumptions for d in card.defaults)
    missing = not_in_datasheet("diode", _best(only_vf), only_vf)
    names = {m["name"] for m in missing}
    assert {"c_j", "v_br or v_rrm", "t_rr"} <= names and "v_f" not in names
    assert all(m["default_used"] and m["needed_for"] for m in missing)
    # without the needed figure there is no card, and that is said too
    none = not_in_datasheet("diode", {}, [])
    assert none[0] == {"name": NEEDED["diode"], "needed_for": "the diode card", "default_used": "none: no card"}
    assert not has_needed_figures("diode", [_p("v_f", "", hi=1.0)])  # a V_F without its current cannot be fitted
    assert not_in_datasheet("regulator", {}, []) == []


def test_bjt_needs_only_a_gain_with_its_current_and_says_which_defaults_it_took():
    recs = [_p("h_fe", "IC = 2 mA, VCE = 5 V", lo=110, hi=800, unit="")]
    assert has_needed_figures("bjt", recs)
    card = build_card("bjt", _best(recs), recs, "BC547")
    assert any(d.startswith("IS = 1e-14 A") for d in card.defaults)
    assert card.params["IS"].formula.startswith("default")
    assert any("guaranteed minimum" in a for a in card.assumptions)  # min and max printed, no typ: worst-case card


def test_a_rectifier_row_giving_its_current_after_an_at_sign_is_a_forward_point():
    row = Param(name="Forward Voltage @ 1.0 A", symbol="VF", canonical="v_f", min=None, typ=None, max=1.1, unit="V",
                conditions="", page=1, section="", source="V F | Forward Voltage @ 1.0 A | 1.1 | V", origin="table")
    assert has_needed_figures("diode", [row])
    card = build_card("diode", {"v_f": row}, [row], "1N4007")
    assert card.params["IS"].inputs == ["page 1: V F | Forward Voltage @ 1.0 A | 1.1 | V"]
    two = replace(row, name="Forward Voltage @ 1.0 A, @ 3.0 A")  # two bare currents: which one is unknown
    assert not has_needed_figures("diode", [two])
    # Vishay: "Maximum instantaneous forward voltage at 3.0A" and "Typical junction capacitance at 4.0V, 1MHz"
    at = replace(row, name="Maximum instantaneous forward voltage at 3.0A", max=1.7, source="VF | 1.7 | V")
    cj = Param(name="Typical junction capacitance at 4.0V, 1MHz", symbol="CJ", canonical="c_j", min=None, typ=36e-12, max=None,
               unit="F", conditions="", page=1, section="", source="CJ | 36 | pF", origin="table")
    card = build_card("diode", {"v_f": at, "c_j": cj}, [at, cj], "UF5408")
    assert card.params["IS"].inputs and card.params["CJO"].value == pytest.approx(36e-12 * (1 + 4.0 / 0.7) ** 0.5)


@needs_ngspice
def test_a_drain_resistance_fitted_to_nothing_is_written_as_zero_and_the_card_simulates(tmp_path):
    """Fairchild FDV301N's figures (R_DS(on) 3.1 Ω at 4.5 V / 0.4 A, g_fs 0.2 S at 0.4 A): the fit presses RD
    against its bound (1e-19 Ω), and on such a node ngspice's operating point never converged (the check timed out)."""
    recs = [_p("v_gs_th", "VDS = VGS, ID = 250 µA", typ=0.85, lo=0.7, hi=1.06),
            _p("r_ds_on", "VGS = 4.5 V, ID = 0.4 A", typ=3.1, hi=4.0, unit="ohm"),
            _p("g_fs", "VDS = 5 V, ID = 0.4 A", typ=0.2, unit="S")]
    card = build_card("mosfet", _best(recs), recs, "FDV301N")
    assert card.params["RD"].value == 0.0 and " RD=0 " in card.text
    done = _run(card, recs, tmp_path)
    assert {d.result.parameter for d in done} == {"v_gs_th", "r_ds_on"}
    assert all(not d.result.error for d in done), [d.result.error for d in done]


def test_the_load_a_figure_was_measured_into_is_read_from_its_conditions():
    from chipsmith.tools.model_cards_opamp import load

    assert load(_p("a_ol", "RL = 100 kΩ, VS = 5 V")) == pytest.approx(100e3)
    assert load(_p("gbw", "CL = 20 pF, RL = 10 MΩ, VS = 5V")) == pytest.approx(10e6)
    assert load(_p("a_ol", "VO = ±10 V, RL ≥ 2 kΩ")) == pytest.approx(2e3)
    assert load(_p("a_ol", "R L = 600 Ω")) == pytest.approx(600)
    assert load(_p("gbw", "VS = ±15 V")) is None and load(None) is None


@needs_ngspice
def test_an_opamp_with_a_high_output_impedance_is_fitted_into_the_load_of_each_figure(tmp_path):
    """TI LPV811's figures: 90 kΩ output impedance, A_OL 120 dB into 100 kΩ, GBW 8 kHz into 10 MΩ; and a slew rate
    far above what the gain-bandwidth's linear settling gives on a small step (TL082: 13 V/µs at 3 MHz)."""
    recs = [_p("a_ol", "RL = 100 kΩ", typ=120.0, unit="dB"), _p("gbw", "CL = 20 pF, RL = 10 MΩ", typ=8e3, unit="Hz"),
            _p("r_out", "f = 1 kHz", typ=90e3, unit="ohm"), _p("sr", "G = 1, CL = 20 pF", typ=2.1e3, unit="V/s")]
    card = build_card("opamp", _best(recs), recs, "LPV811")
    assert card.params["R1"].value == pytest.approx(1.9 * 10 ** 6 / card.params["GM1"].value)  # A_OL/gm1 · (100k + 90k)/100k
    assert any("100 kΩ load" in a for a in card.assumptions)
    done = _run(card, recs, tmp_path)
    assert {d.result.parameter for d in done} == {"a_ol", "gbw", "sr"}
    for d in done:
        assert d.result.ok, (d.result.name, d.result.target, d.result.simulated, d.result.error)
    fast = [_p("a_ol", "RL = 2 kΩ", typ=106.0, unit="dB"), _p("gbw", "", typ=3e6, unit="Hz"),
            _p("sr", "RL = 2 kΩ, CL = 100 pF", typ=13e6, unit="V/s")]
    done = _run(build_card("opamp", _best(fast), fast, "TL082"), fast, tmp_path / "fast")
    for d in done:
        assert d.result.ok, (d.result.name, d.result.target, d.result.simulated, d.result.error)
