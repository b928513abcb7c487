"""The sizing history says headroom the way an engineer reads a margin: negative when a spec is missed."""

from __future__ import annotations

from chipsmith.tools.sizing.evaluate import Point
from chipsmith.tools.sizing.problem import Spec


def test_a_missed_spec_has_negative_headroom_and_a_met_one_positive() -> None:
    gain = Spec(name="dc_gain_db", lo=60.0, unit="dB")
    power = Spec(name="power", hi=1e-3, unit="W")
    measured = {"dc_gain_db": 55.0, "power": 0.5e-3}  # gain short by 5 dB, power half the budget
    pt = Point(index=1, values={}, measured=measured, margins={s.name: s.margin(measured[s.name]) for s in (gain, power)},
               verdict="ok", seconds=0.1)
    row = pt.to_dict()
    assert not row["feasible"] and "margins" not in row
    assert row["headroom"]["dc_gain_db"] < 0 < row["headroom"]["power"]
