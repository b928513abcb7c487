"""The evaluation: metric definitions, the resumable run directory, the CLI, and the corpus generator."""

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipsmith.cli_eval_suites import datasheet as cli_datasheet
from chipsmith.core.errors import InputError
from chipsmith.evals.datasheet import evaluate, load_dataset, score_param

CORPUS = Path(str(resources.files("chipsmith.evals").joinpath("data", "datasheets")))


def test_metrics_follow_their_definitions():
    truth = {"min": 1.0, "typ": 2.0, "max": None, "unit": "V"}
    assert score_param(truth, {"min": 1.0, "typ": 2.0, "max": None, "unit": "V"}) == {
        "em": 1.0, "f1": 1.0, "ec": 1.0, "precision": 1.0, "recall": 1.0, "found": 1.0}
    # an extra field: EC tolerates it, EM does not; F1 = 2·(3/4·1)/(3/4+1)
    s = score_param(truth, {"min": 1.0, "typ": 2.0, "max": 3.0, "unit": "V"})
    assert (s["em"], s["ec"]) == (0.0, 1.0) and s["f1"] == pytest.approx(6 / 7)
    # a wrong unit: 2 of 3 fields right both ways
    s = score_param(truth, {"min": 1.0, "typ": 2.0, "unit": "A"})
    assert (s["em"], s["ec"]) == (0.0, 0.0) and s["f1"] == pytest.approx(2 / 3)
    assert score_param(truth, None)["f1"] == 0.0
    assert score_param(truth, {"min": 1.0 + 1e-9, "typ": 2.0, "unit": "V"})["em"] == 1.0  # float noise is equal


def _subset(tmp_path: Path, names: list[str]) -> Path:
    d = tmp_path / "ds"
    d.mkdir()
    for n in names:
        for ext in (".pdf", ".json"):
            shutil.copy(CORPUS / f"{n}{ext}", d / f"{n}{ext}")
    return d


def test_evaluate_writes_one_result_per_datasheet_and_resumes(tmp_path):
    ds = _subset(tmp_path, ["diode_grid_0", "regulator_cells_units_0", "opamp_two_column_0"])
    run = tmp_path / "run"
    s = evaluate(ds, run)
    assert s["cases"] == 3 and not s["errors"]
    assert s["table_only"]["all"]["em"] == 1.0 and s["table_only"]["all"]["f1"] == 1.0
    assert s["source"]["text"]["n"] == 1  # the GBW stated only in a sentence is scored apart
    assert sorted(p.name for p in (run / "results").iterdir()) == [
        "diode_grid_0.json", "opamp_two_column_0.json", "regulator_cells_units_0.json"]
    res = json.loads((run / "results" / "diode_grid_0.json").read_text())
    assert res["params"]["v_f"]["cited"]["page"] == 1
    # a second run reads the stored results instead of scoring again
    (run / "results" / "diode_grid_0.json").write_text(json.dumps(dict(res, params={})))
    s2 = evaluate(ds, run)
    assert s2["all"]["all"]["n"] == s["all"]["all"]["n"] - len(res["params"])


def test_cli_prints_json_summary(tmp_path):
    ds = _subset(tmp_path, ["bjt_grid_0"])
    out = CliRunner().invoke(cli_datasheet, ["--dataset", str(ds), "--json"])
    assert out.exit_code == 0, out.output
    summary = json.loads(out.output)
    assert summary["cases"] == 1 and summary["class"]["bjt"]["em"] == 1.0


def test_bad_dataset_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no NAME.pdf"):
        load_dataset(tmp_path)
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "a.json").write_text("{\n  'x': 1}")
    with pytest.raises(InputError, match=r"a.json:2: not valid JSON"):
        load_dataset(tmp_path)


def test_generator_rebuilds_the_committed_corpus(tmp_path):
    from chipsmith.evals.datasheet_corpus import HELD_OUT_LAYOUTS, build

    written = build(tmp_path / "c")
    assert len(written) >= 30
    committed = sorted(p.name for p in CORPUS.glob("*.json"))
    assert sorted(p.name for p in written) == committed
    for p in written:
        assert json.loads(p.read_text()) == json.loads((CORPUS / p.name).read_text()), p.name
    assert (tmp_path / "c" / "diode_grid_0.pdf").read_bytes() == (CORPUS / "diode_grid_0.pdf").read_bytes()
    held = [json.loads(p.read_text()) for p in written if json.loads(p.read_text())["held_out"]]
    assert {h["layout"] for h in held} == set(HELD_OUT_LAYOUTS)
