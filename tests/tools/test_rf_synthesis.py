"""Ladder synthesis: prototype values against published tables, orders against closed forms, zeros, transforms."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import signal

from chipsmith.core.errors import InputError
from chipsmith.tools import rf_parts
from chipsmith.tools import rf_synthesis as S
from chipsmith.tools import rf_verify as V


def _values(proto: S.Prototype) -> list[float]:
    return [round(e.value, 4) for e in proto.ladder.elements]


def test_chebyshev_prototypes_match_the_tables() -> None:
    # Matthaei/Young/Jones, 0.5 dB ripple
    assert _values(S.synthesize("chebyshev", 3, 0.5, 2.0, 0.0, "shunt", 1.0)) == [1.5963, 1.0967, 1.5963]
    assert _values(S.synthesize("chebyshev", 5, 0.5, 2.0, 0.0, "series", 1.0)) == [1.7058, 1.2296, 2.5408, 1.2296, 1.7058]


def test_butterworth_prototype_is_2_sin() -> None:
    p = S.synthesize("butterworth", 5, 10 * math.log10(2), 2.0, 0.0, "shunt", 1.0)  # 3.01 dB edge
    want = [2 * math.sin((2 * k - 1) * math.pi / 10) for k in range(1, 6)]
    assert np.allclose([e.value for e in p.ladder.elements], want, rtol=1e-6)


def test_bessel_prototype_matches_the_table() -> None:
    # Zverev, Bessel n=3 normalised to 3.01 dB at the edge: 0.3374, 0.9705, 2.2034 (load end first)
    p = S.synthesize("bessel", 3, 10 * math.log10(2), 2.0, 0.0, "shunt", 1.0)
    assert np.allclose(sorted(e.value for e in p.ladder.elements), [0.3374, 0.9705, 2.2034], atol=2e-3)


@pytest.mark.parametrize("n", [3, 4, 5, 7, 9])
def test_elliptic_ladder_realises_its_transmission_zeros(n: int) -> None:
    p = S.synthesize("elliptic", n, 0.5, 1.5, 0.0, "shunt", 1.0)
    assert p.zeros and len(p.zeros) == (n - 1) // 2
    s21, _ = V.ladder_s(p.ladder, np.array(p.zeros) / (2 * np.pi))
    assert np.all(V.db(s21) < -100)  # true nulls, not just low loss
    # each series-arm tank resonates at one of the zeros
    tanks = {}
    for e in p.ladder.elements:
        if e.a != "0" and e.b != "0":
            tanks.setdefault((e.a, e.b), {})[e.kind] = e.value
    res = sorted(1 / math.sqrt(t["L"] * t["C"]) for t in tanks.values() if len(t) == 2)
    assert np.allclose(res, p.zeros, rtol=1e-9)
    w = np.linspace(0.01, 1.0, 400)
    s21, _ = V.ladder_s(p.ladder, w / (2 * np.pi))
    assert -V.db(s21).min() <= 0.5 + 1e-6
    assert p.ladder.r_load == pytest.approx(1.0)


def test_even_chebyshev_with_equal_terminations_uses_type_b() -> None:
    p = S.synthesize("chebyshev", 4, 0.5, 2.0, 0.0, "shunt", 1.0)
    assert p.variant == "b" and p.ladder.r_load == pytest.approx(1.0)
    s21, _ = V.ladder_s(p.ladder, np.array([1e-6]))
    assert abs(V.db(s21)[0]) < 1e-6  # full transmission at DC, which classical even order cannot give


def test_unequal_terminations_have_mismatch_loss_at_dc() -> None:
    p = S.synthesize("butterworth", 5, 1.0, 2.0, 1 / 3, "shunt", 2.0)
    assert p.ladder.r_load == pytest.approx(2.0, rel=1e-9)
    s21, _ = V.ladder_s(p.ladder, np.array([1e-6]))
    assert abs(s21[0]) ** 2 == pytest.approx(1 - (1 / 3) ** 2, rel=1e-6)


def test_even_order_shunt_first_cannot_step_up_impedance() -> None:
    with pytest.raises(ArithmeticError):
        S.synthesize("butterworth", 4, 1.0, 2.0, 0.2, "shunt", 1.5)
    assert S.synthesize("butterworth", 4, 1.0, 2.0, 0.2, "series", 1.5).ladder.r_load == pytest.approx(1.5)


def _spec(**kw: object) -> S.RFSpec:
    base: dict[str, object] = {"kind": "lowpass", "response": "chebyshev", "pass_edges_hz": [100e6], "ripple_db": 0.5,
                                   "stop_edges_hz": [200e6], "atten_db": 40}
    base.update(kw)
    return S.RFSpec(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("ws,amax,amin", [(2.0, 0.5, 40), (1.3, 0.1, 30), (3.0, 1.0, 60), (1.5, 0.5, 45)])
def test_minimum_order_matches_closed_forms(ws: float, amax: float, amin: float) -> None:
    cheb = math.ceil(math.acosh(math.sqrt((10 ** (amin / 10) - 1) / (10 ** (amax / 10) - 1))) / math.acosh(ws))
    butter = math.ceil(math.log10((10 ** (amin / 10) - 1) / (10 ** (amax / 10) - 1)) / (2 * math.log10(ws)))
    got = S.minimum_order(_spec(stop_edges_hz=[ws * 100e6], ripple_db=amax, atten_db=amin))
    # an even classical Chebyshev needs unequal terminations; between equal ones the even
    # order is the (slightly less selective) type b, so the closed form can be one short
    assert got == cheb if cheb % 2 else got in (cheb, cheb + 1)
    if butter <= 15:
        assert S.minimum_order(_spec(response="butterworth", stop_edges_hz=[ws * 100e6], ripple_db=amax, atten_db=amin)) == butter


def test_elliptic_minimum_order_matches_ellipord_for_odd_orders() -> None:
    for ws, amax, amin in [(1.3, 0.1, 60), (1.5, 0.5, 50), (1.2, 0.2, 40)]:
        n, _ = signal.ellipord(1.0, ws, amax, amin, analog=True)
        if n % 2:
            assert S.minimum_order(_spec(response="elliptic", stop_edges_hz=[ws * 100e6], ripple_db=amax, atten_db=amin)) == n


def test_bandpass_resonators_tune_to_the_centre() -> None:
    spec = _spec(kind="bandpass", pass_edges_hz=[900e6, 1000e6], stop_edges_hz=[800e6, 1150e6])
    p = S.synthesize("chebyshev", 3, 0.5, S.normalised_stop(spec), 0.0, "shunt", 1.0)
    lad = S.transform(p.ladder, spec)
    f0 = math.sqrt(900e6 * 1000e6)
    pairs: dict[frozenset[str], dict[str, float]] = {}
    for e in lad.elements:
        pairs.setdefault(frozenset((e.a, e.b)), {})[e.kind] = e.value
    # shunt tanks share their nodes; series resonators share an internal node: pair them by element index
    Ls = [e.value for e in lad.elements if e.kind == "L"]
    Cs = [e.value for e in lad.elements if e.kind == "C"]
    for L, C in zip(Ls, Cs):
        assert 1 / (2 * math.pi * math.sqrt(L * C)) == pytest.approx(f0, rel=1e-9)


def test_e_series_snapping() -> None:
    assert S.snap(4.75, "E24") == 4.7
    assert S.snap(1.04e-9, "E12") == pytest.approx(1.0e-9)
    assert S.snap(9.6, "E24") == 10.0
    assert S.snap(9.6, "E96") == 9.53
    assert len(S.ESERIES["E96"]) == 96 and S.ESERIES["E96"][:3] == [1.0, 1.02, 1.05]
    assert S.neighbours(4.75, "E24", 1) == [4.7, 5.1]


@pytest.mark.parametrize("kw,words", [
    ({"stop_edges_hz": [80e6]}, "inside the pass band"),
    ({"ripple_db": 0.0}, "must be > 0"),
    ({"ripple_db": -1.0}, "must be > 0"),
    ({"kind": "highpass", "stop_edges_hz": [150e6]}, "inside the pass band"),
    ({"kind": "bandpass", "pass_edges_hz": [90e6, 110e6], "stop_edges_hz": [100e6, 130e6]}, "inside the pass band"),
    ({"kind": "bandstop", "pass_edges_hz": [90e6, 110e6], "stop_edges_hz": [80e6, 120e6]}, "must nest"),
    ({"atten_db": 0.3}, "must exceed the pass-band ripple"),
])
def test_contradictory_specs_name_the_conflict(kw: dict[str, object], words: str) -> None:
    with pytest.raises(InputError, match=words):
        S.minimum_order(_spec(**kw))


def test_order_above_15_names_the_closest_feasible_spec() -> None:
    with pytest.raises(InputError) as err:
        S.minimum_order(_spec(response="butterworth", stop_edges_hz=[110e6], atten_db=80))
    msg = str(err.value)
    assert "above 15" in msg and "closest feasible at order 15" in msg and "elliptic" in msg
    # the suggested stop edge really is feasible at order 15
    edge = float(msg.split("stop edge of ")[1].split(" MHz")[0]) * 1e6
    assert S.minimum_order(_spec(response="butterworth", stop_edges_hz=[edge * 1.001], atten_db=80)) == 15


def test_design_meets_spec_with_catalogue_parts() -> None:
    spec = _spec(response="elliptic", ripple_db=0.2, stop_edges_hz=[140e6], atten_db=50)
    d = S.design(spec, mc_samples=50)
    assert d.met and d.order <= d.min_order + 2
    # inductors come in the 0402CS values only; when the minimum order misses with them, the report says by how much
    at_min = [c for c in d.candidates if c.order == d.min_order]
    assert at_min and (at_min[0].met or at_min[0].check.stop_margin_db < 0 or at_min[0].check.pass_margin_db < 0)
    assert all(rf_parts.in_range(e.kind, e.value, spec, d.series) for e in d.ladder.elements)
    assert 0.0 <= (d.yield_fraction or 0.0) <= 1.0


def test_a_ladder_that_does_not_realise_its_function_is_refused() -> None:
    p = S.synthesize("elliptic", 5, 0.5, 1.5, 0.0, "shunt", 1.0)
    S.check_prototype(p)
    p.ladder.elements[2].value *= 1.001  # one resonator detuned by 0.1 %
    with pytest.raises(ArithmeticError, match="does not reproduce"):
        S.check_prototype(p)


@settings(max_examples=8, deadline=None, derandomize=True)
@given(kind=st.sampled_from(["lowpass", "highpass", "bandpass", "bandstop"]),
       response=st.sampled_from(["butterworth", "chebyshev", "bessel", "elliptic"]),
       ratio=st.floats(1.3, 4.0), atten=st.floats(20, 50), load=st.sampled_from([50.0, 75.0]))
def test_random_specs_are_met_or_refused_clearly(kind: str, response: str, ratio: float, atten: float, load: float) -> None:
    ripple = 3.0 if response in ("butterworth", "bessel") else 0.5
    f = 100e6
    if kind == "lowpass":
        pe, se = [f], [f * ratio]
    elif kind == "highpass":
        pe, se = [f], [f / ratio]
    elif kind == "bandpass":
        pe, se = [f, 1.5 * f], [f / ratio, 1.5 * f * ratio]
    else:
        pe, se = [f, 1.5 * f], [f * (1 + 0.25 / ratio), 1.5 * f / (1 + 0.25 / ratio)]
    spec = S.RFSpec(kind=kind, response=response, pass_edges_hz=pe, stop_edges_hz=se, ripple_db=ripple,  # type: ignore[arg-type]
                    atten_db=atten, z_load=load)
    try:
        d = S.design(spec, mc_samples=0)
    except InputError as exc:
        assert "order above 15" in str(exc) or "no ladder realises" in str(exc)
        return
    net = V.to_network(d.ladder, V.spec_grid(spec).f, V.losses_for(spec))
    chk = V.check_response(spec, V.spec_grid(spec), net.s[:, 1, 0])
    assert chk.met == d.met  # scikit-rf agrees with the search's own analysis
    assert d.met or {c.order for c in d.candidates if c.topology == "ladder"} == {d.min_order + i for i in range(3)}  # a miss only after every escalation
