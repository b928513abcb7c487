"""Stretch: stepped-impedance microstrip low-pass on scikit-rf's MLine model."""

from __future__ import annotations

import numpy as np
import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools import rf_synthesis as S
from chipsmith.tools import rf_verify as V
from chipsmith.tools.rf_spec import parse_substrate

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")  # scikit-rf's thin-copper loss note

SPEC = S.RFSpec(kind="lowpass", response="chebyshev", pass_edges_hz=[1e9], ripple_db=0.5, stop_edges_hz=[2e9], atten_db=30)


def test_width_for_impedance_on_fr4() -> None:
    sub = S.Substrate()
    w50 = S.width_for(50.0, 1e9, sub)
    assert 2.8e-3 < w50 < 3.3e-3  # the textbook ~3 mm for 50 ohm on 1.6 mm FR4
    assert float(np.real(S._mline(1e9, sub, w50).z0[0])) == pytest.approx(50.0, abs=1e-6)
    with pytest.raises(InputError, match="outside what a microstrip"):
        S.width_for(400.0, 1e9, sub)


def test_line_cascade_agrees_with_scikit_rf_and_the_design_meets_the_spec() -> None:
    ms = S.microstrip_design(SPEC, S.Substrate())
    assert ms.met and ms.rejection_up_to_hz > 1.5 * 2e9
    f = np.linspace(0.1e9, 3e9, 201)
    net = V.microstrip_network(ms.sections, ms.substrate, f, 50, 50)
    assert np.max(np.abs(net.s[:, 1, 0] - V.microstrip_s21(ms.sections, ms.substrate, f, 50, 50))) < 1e-9
    grid = V.spec_grid(SPEC, stop_span=ms.stop_span)
    assert V.check_response(SPEC, grid, V.microstrip_s21(ms.sections, ms.substrate, grid.f, 50, 50)).met
    zs = [s.z0 for s in ms.sections]
    assert zs[::2] == [20.0] * len(zs[::2]) and zs[1::2] == [120.0] * len(zs[1::2])  # shunt-first: low Z first


def test_elliptic_has_no_stepped_impedance_form() -> None:
    spec = SPEC.model_copy(update={"response": "elliptic"})
    proto = S.synthesize("elliptic", 5, 0.5, 2.0, 0.0, "shunt", 1.0)
    with pytest.raises(InputError, match="all-pole low-pass"):
        S.stepped_impedance_lowpass(proto, spec, S.Substrate())


def test_substrate_from_the_request() -> None:
    assert parse_substrate("Chebyshev low-pass 1 GHz, 30 dB at 2 GHz") is None
    assert parse_substrate("... as microstrip") == S.Substrate()
    sub = parse_substrate("low-pass in microstrip on a 0.508 mm thick substrate, er = 3.55")
    assert sub is not None and sub.eps_r == 3.55 and sub.h_m == pytest.approx(0.508e-3)
