"""The rf_designer specialist: the parser, the LLM fallback (scripted model), a full run with its files."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import skrf

from chipsmith.agents import rf_designer
from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import make_llm
from chipsmith.agents.state import ChipState
from chipsmith.core.config import load_settings
from chipsmith.core.errors import InputError
from chipsmith.core.rundir import RunRecord

HEADLINE = "2.4 GHz band-pass, 100 MHz wide, 0.5 dB ripple, 40 dB rejection at 2.2 and 2.6 GHz, 50 ohm"


def _ctx(tmp_path: Path, llm: str = "") -> AgentContext:
    if not llm:  # an empty script: any model call would fail, so these runs prove the parser did the work
        (tmp_path / "empty.jsonl").write_text("")
        llm = f"script:{tmp_path / 'empty.jsonl'}"
    s = load_settings(llm=llm)
    record = RunRecord(tmp_path / "run")
    return AgentContext(settings=s, llm=make_llm(s, record), record=record, out_dir=(tmp_path / "out").resolve())


def test_parser_reads_the_issue_example() -> None:
    fields, missing = rf_designer.parse_request(HEADLINE)
    assert not missing
    assert fields["kind"] == "bandpass"
    assert fields["pass_edges_hz"] == [2.35e9, 2.45e9]
    assert fields["stop_edges_hz"] == [2.2e9, 2.6e9]
    assert (fields["ripple_db"], fields["atten_db"], fields["z_source"], fields["z_load"]) == (0.5, 40.0, 50.0, 50.0)


@pytest.mark.parametrize("text,want", [
    ("elliptic low-pass, 30 MHz cutoff, 0.5 dB ripple, 50 dB attenuation at 45 MHz, E96",
     {"kind": "lowpass", "response": "elliptic", "pass_edges_hz": [30e6], "stop_edges_hz": [45e6], "atten_db": 50.0, "eseries": "E96"}),
    ("Butterworth high-pass with 10 MHz pass-band edge, 1 dB ripple, 30 dB at 5 MHz, 50 ohm source and 75 ohm load",
     {"kind": "highpass", "response": "butterworth", "pass_edges_hz": [10e6], "stop_edges_hz": [5e6], "z_source": 50.0, "z_load": 75.0}),
    ("band-stop filter, pass band edges 400 MHz and 600 MHz, 35 dB stop band from 470 to 530 MHz, 0.5 dB ripple, Chebyshev",
     {"kind": "bandstop", "pass_edges_hz": [400e6, 600e6], "stop_edges_hz": [470e6, 530e6], "atten_db": 35.0, "ripple_db": 0.5}),
    ("Bessel lowpass 10 MHz 3 dB, 30 dB at 40 MHz, inductor Q of 50, ESR 0.1 ohm, 5% parts, series first",
     {"response": "bessel", "inductor_q": 50.0, "capacitor_esr_ohm": 0.1, "tolerance_pct": 5.0, "first_element": "series",
          "ripple_db": 3.0, "atten_db": 30.0}),
    ("high-pass elliptic filter, pass band above 1.5 GHz, 0.5 dB ripple, 40 dB rejection at 1.1 GHz, 50 to 100 ohm",
     {"pass_edges_hz": [1.5e9], "stop_edges_hz": [1.1e9], "z_source": 50.0, "z_load": 100.0}),
    ("low-pass 100 MHz, 0.5 dB ripple, 40 dB at 200 MHz, 50 Ω in, 100 Ω out", {"z_source": 50.0, "z_load": 100.0}),
    ("bandpass filter: centre frequency 1 GHz, bandwidth 100 MHz, 30 dB rejection at 800 MHz and 1.2 GHz",
     {"pass_edges_hz": [0.95e9, 1.05e9], "stop_edges_hz": [0.8e9, 1.2e9], "atten_db": 30.0}),
    ("notch filter at 100 MHz: 40 dB from 98 to 102 MHz, pass band below 80 MHz and above 125 MHz",
     {"kind": "bandstop", "pass_edges_hz": [80e6, 125e6], "stop_edges_hz": [98e6, 102e6]}),
    ("Elliptic LPF: passband to 1.8 GHz with 0.1 dB ripple, stopband from 2.2 GHz, 60 dB, 50 Ω",
     {"kind": "lowpass", "pass_edges_hz": [1.8e9], "stop_edges_hz": [2.2e9], "ripple_db": 0.1, "atten_db": 60.0}),
])
def test_parser_reads_common_phrasings(text: str, want: dict[str, object]) -> None:
    fields, missing = rf_designer.parse_request(text)
    assert not missing
    for k, v in want.items():
        assert fields[k] == v, k


@pytest.mark.skipif(shutil.which("ngspice") is None, reason="the pass verdict needs the ngspice cross-check")
def test_full_run_writes_verified_files(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    out = rf_designer.run(ChipState(request="Chebyshev low-pass 100 MHz, 0.5 dB ripple, 40 dB at 200 MHz, 50 ohm"), ctx)
    assert out["verdict"] == "pass"
    names = {a.name for a in out["artefacts"]}
    assert names == {"filter.s2p", "filter.cir", "bom.csv", "s21_s11.png", "group_delay.png", "monte_carlo.png", "report.md",
                     "design.json"}
    summary = json.loads((ctx.out_dir / "design.json").read_text())
    assert summary["met"] and summary["buildable"] and summary["yield"] >= 0.9
    assert summary["spice_max_diff_db"] < 0.01
    assert len(summary["candidates"]) >= 2 and summary["verdict"].startswith("met (buildable)")
    net = skrf.Network(str(ctx.out_dir / "filter.s2p"))
    i = abs(net.f - 200e6).argmin()
    assert net.s_db[i:, 1, 0].max() < -40 and net.s_db[net.f < 100e6, 1, 0].min() > -0.5
    rows = list(csv.DictReader(io.StringIO((ctx.out_dir / "bom.csv").read_text())))
    assert {"refs", "quantity", "value", "tolerance", "package", "voltage", "series"} <= set(rows[0])
    assert sum(int(r["quantity"]) for r in rows) == len(summary["elements"])
    assert all(r["voltage"] == "50 V" for r in rows if r["type"] == "capacitor")
    assert "ngspice" in {e.tool for a in out["artefacts"] for e in a.evidence}
    assert "monte-carlo" in {e.tool for a in out["artefacts"] for e in a.evidence}
    assert (ctx.out_dir / "monte_carlo.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.skipif(shutil.which("ngspice") is None, reason="the verdict needs the ngspice cross-check")
def test_headline_example_says_why_no_lumped_design_exists(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    out = rf_designer.run(ChipState(request=HEADLINE), ctx)
    assert out["verdict"] == "fail"
    summary = json.loads((ctx.out_dir / "design.json").read_text())
    assert not summary["buildable"] and summary["verdict"] == "not buildable with catalogue parts"
    answer = out["answer"]
    assert "not buildable with catalogue parts" in answer and "coupled resonators" in answer
    assert "below the smallest practical capacitor (0.5 pF)" in answer and "coupled-line microstrip" in answer
    # the clamped build's response (tens of dB of in-band loss) is not shown as an achieved figure
    report = (ctx.out_dir / "report.md").read_text()
    assert "| pass-band ripple | ≤ 0.5 dB | not realisable (see below) |" in report
    assert "is not a design figure" in report


def test_missing_fields_go_to_the_model_and_are_validated(tmp_path: Path,
                                                          script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    spec = {"kind": "lowpass", "response": "chebyshev", "pass_edges_hz": [100e6], "ripple_db": 0.5,
            "stop_edges_hz": [200e6], "atten_db": 40, "z_source": 50, "z_load": 50, "first_element": "shunt",
            "eseries": "E24", "tolerance_pct": 2, "inductor_q": None, "capacitor_esr_ohm": None}
    path = script_file([("rf_designer", json.dumps(spec))])
    ctx = _ctx(tmp_path, f"script:{path}")
    got, source = rf_designer.spec_from_state(ChipState(request="a chebyshev filter for my FM receiver front end"), ctx)
    assert source == "llm" and got.kind == "lowpass" and got.response == "chebyshev"


def test_a_model_answer_that_contradicts_itself_is_refused(tmp_path: Path,
                                                           script_file: Callable[[list[tuple[str, str]]], Path]) -> None:
    spec = {"kind": "lowpass", "response": "chebyshev", "pass_edges_hz": [100e6], "ripple_db": 0.5,
            "stop_edges_hz": [50e6], "atten_db": 40, "z_source": 50, "z_load": 50, "first_element": "shunt",
            "eseries": "E24", "tolerance_pct": 2, "inductor_q": None, "capacitor_esr_ohm": None}
    path = script_file([("rf_designer", json.dumps(spec))])
    with pytest.raises(InputError, match="inside the pass band"):
        rf_designer.spec_from_state(ChipState(request="some filter"), _ctx(tmp_path, f"script:{path}"))


def test_contradictory_request_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="inside the pass band"):
        rf_designer.run(ChipState(request="Chebyshev low-pass 100 MHz cutoff, 0.5 dB ripple, 40 dB at 60 MHz"), _ctx(tmp_path))


def test_spec_file_input(tmp_path: Path) -> None:
    f = tmp_path / "spec.yaml"
    f.write_text("kind: highpass\nresponse: butterworth\npass_edges_hz: [1.0e6]\nstop_edges_hz: [0.4e6]\n"
                 "ripple_db: 3\natten_db: 30\n")
    spec, source = rf_designer.spec_from_state(ChipState(request="design this", inputs={"input": str(f)}), _ctx(tmp_path))
    assert source == "file" and spec.kind == "highpass" and spec.stop_edges_hz == [0.4e6]
    f.write_text("- not a mapping\n")
    with pytest.raises(InputError, match="mapping"):
        rf_designer.spec_from_state(ChipState(request="design this", inputs={"input": str(f)}), _ctx(tmp_path))


@pytest.mark.skipif(shutil.which("ngspice") is None, reason="the cross-check needs ngspice")
def test_microstrip_band_pass_is_a_coupled_line_layout(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    out = rf_designer.run(ChipState(request=HEADLINE + ", microstrip on 1.6 mm FR4"), ctx)
    names = {a.name for a in out["artefacts"]}
    assert {"microstrip.s2p", "microstrip_layout.csv", "microstrip.cir", "microstrip.png"} <= names
    rows = list(csv.DictReader(io.StringIO((ctx.out_dir / "microstrip_layout.csv").read_text())))
    assert len(rows) >= 5 and all(float(r["gap_mm"]) > 0.1 and float(r["width_mm"]) > 0.5 for r in rows)
    assert "meets the spec on the coupled-line model" in out["answer"] and "ngspice (even/odd-mode lines) agrees" in out["answer"]
