"""The model-card summary of a datasheet eval: cards over datasheets, over those holding the needed figures, held out apart."""

from chipsmith.evals.datasheet import summarise_models, truth_records
from chipsmith.tools.model_cards import has_needed_figures


def _r(case, held_out, card, needed, checks=()):
    m = {"modelled": True, "card": card, "needed_in_truth": needed, "needed_extracted": card,
         "defaults": ["TT = 0: …"] if card else [], "checks": [
             {"ok": ok, "residual": res, "absolute": False} for ok, res in checks]}
    return {"case": case, "class": "diode", "held_out": held_out, "model": m}


def test_cards_are_counted_against_the_datasheets_holding_the_needed_figures():
    out = summarise_models([
        _r("diode_a", False, True, True, [(True, 0.01), (False, 0.2)]),
        _r("diode_b", False, False, True),
        _r("diode_c", False, False, False),
        _r("diode_h", True, True, True, [(True, -0.03)]),
        {"case": "reg", "class": "regulator", "held_out": False, "model": {"modelled": False}},
    ])
    d = out["diode"]
    assert (d["cards"], d["datasheets"], d["with_needed"], d["cards_with_needed"]) == (2, 4, 3, 2)
    assert (d["passed"], d["checks"], d["with_defaults"]) == (2, 3, 2)
    assert d["max_rel_residual"] == 0.2
    assert d["held_out"] == {"datasheets": 1, "cards": 1, "checks": 1, "passed": 1}
    assert d["no_card"] == ["diode_b", "diode_c"]  # held-out names are never listed
    assert "regulator" not in out


def test_truth_records_carry_the_conditions_the_needed_figures_are_judged_with():
    truth = {"class": "diode", "parameters": {"v_f": {"max": 1.0, "unit": "V", "conditions": "IF = 10 mA", "page": 2}},
             "extra": [{"canonical": "v_f", "max": 1.25, "unit": "V", "conditions": "IF = 100 mA", "page": 2}]}
    recs = truth_records(truth)
    assert [(r.canonical, r.max, r.conditions) for r in recs] == [("v_f", 1.0, "IF = 10 mA"), ("v_f", 1.25, "IF = 100 mA")]
    assert has_needed_figures("diode", recs)
    truth["parameters"]["v_f"]["conditions"] = ""
    truth["extra"] = []
    assert not has_needed_figures("diode", truth_records(truth))
