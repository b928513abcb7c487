"""Fault localisation and the mutant benchmark's generator."""

from __future__ import annotations

from pathlib import Path

import pytest

from chipsmith.evals.localize import _off_by_one, mutations, pick, run_mutant
from chipsmith.tools.icarus import VERILOGEVAL_FLAGS, Icarus
from chipsmith.tools.localize import instrument, localize, probe_module
from chipsmith.tools.vcd import Waveform

COUNTER = Path(__file__).parents[1] / "designs" / "counter"
DATASET = Path(__file__).resolve().parents[2] / ".." / "shared" / "benchmarks" / "verilog-eval-v2"


def test_instrumentation_keeps_every_line_in_place() -> None:
    src = (COUNTER / "good.sv").read_text()
    out, ix = instrument(src, "TopModule")
    assert len(out.splitlines()) == len(src.splitlines())
    assert "__cs_u" in out.splitlines()[11] and "q <= q + 4'd1;" in out.splitlines()[11]
    assert [u.line for u in ix.drivers("q")] == [10, 12]


def _simulate(tmp_path: Path, design: str, dump_internals: bool) -> tuple[dict, Waveform | None, str]:
    (tmp_path / "tb.sv").write_text((COUNTER / "tb.sv").read_text())
    code = instrument(design, "TopModule")[0] if dump_internals else design
    (tmp_path / "dut.sv").write_text(code)
    srcs = ["tb.sv", "dut.sv"]
    flags = VERILOGEVAL_FLAGS
    if dump_internals:
        (tmp_path / "probe.sv").write_text(probe_module("tb.dut"))
        srcs.append("probe.sv")
        flags = (*VERILOGEVAL_FLAGS, "-s", "chipsmith_probe")
    ic = Icarus()
    assert ic.compile(srcs, "tb", tmp_path, flags=flags).ok
    sim = ic.simulate(tmp_path)
    return sim.values, Waveform(tmp_path / "wave.vcd"), "tb.dut" if dump_internals else ""


@pytest.mark.parametrize("dynamic", [True, False])
def test_localises_the_wrong_increment(tmp_path: Path, dynamic: bool) -> None:
    bug = (COUNTER / "bug_increment.sv").read_text()
    values, wave, scope = _simulate(tmp_path, bug, dynamic)
    (tmp_path / "orig.sv").write_text(bug)
    loc = localize(tmp_path / "orig.sv", "TopModule", values, wave=wave, scope=scope,
                   port_inputs=["clk", "reset", "en"])
    assert loc.method == ("dynamic" if dynamic else "static")
    first = loc.first
    assert first is not None and (first.output, first.time) == ("q", 30)
    assert (first.expected, first.got) == ("4'h1", "4'h2")
    # at time 30 itself the clock falls: said as it is, not the value just before
    assert loc.inputs == {"clk": "1'b0 (changed from 1'b1 at this time)", "en": "1'b1", "reset": "1'b0"}
    assert 12 in loc.top_lines(3)
    if dynamic:
        assert loc.top_lines(1) == [12]  # the reset branch never ran after reset, the increment did
    text = loc.feedback(bug, "design.sv")
    assert "design.sv:12" in text and ">  12 |       q <= q + 4'd2;" in text


def test_wrong_edge_is_among_the_top_three(tmp_path: Path) -> None:
    bug = (COUNTER / "good.sv").read_text().replace("posedge clk", "negedge clk")
    values, wave, scope = _simulate(tmp_path, bug, True)
    assert values["mismatches"]
    (tmp_path / "orig.sv").write_text(bug)
    loc = localize(tmp_path / "orig.sv", "TopModule", values, wave=wave, scope=scope, port_inputs=["clk", "reset", "en"])
    assert 8 in loc.top_lines(3)


def test_half_period_shift_puts_the_clock_edge_first(tmp_path: Path) -> None:
    root = DATASET / "dataset_spec-to-rtl"
    ref, test = root / "Prob080_timer_ref.sv", root / "Prob080_timer_test.sv"
    if not ref.exists():
        pytest.skip("VerilogEval not present next to the repository")
    text = ref.read_text().replace("module RefModule", "module TopModule", 1)
    m = next(m for m in mutations(text) if m.operator == "wrong-edge")
    res = run_mutant("Prob080_timer", ref, test, m.apply(text), m, tmp_path.resolve() / "m")
    assert res.status == "localised" and res.rank == 1


def test_off_by_one_keeps_base_and_width() -> None:
    assert _off_by_one("4'hf") == "4'he"
    assert _off_by_one("8'b0000_0001") == "8'b00000010"
    assert _off_by_one("3'd7") == "3'd6"
    assert _off_by_one("12") == "13"
    assert _off_by_one("4'bxx01") is None


def test_mutations_are_single_line_and_deterministic() -> None:
    text = (COUNTER / "good.sv").read_text()
    muts = mutations(text)
    ops = {m.operator for m in muts}
    assert {"operator-swap", "off-by-one", "inverted-condition", "wrong-edge", "wrong-reset-value"} <= ops
    for m in muts:
        mutated = m.apply(text)
        assert len(mutated.splitlines()) == len(text.splitlines())
        changed = [i + 1 for i, (a, b) in enumerate(zip(text.splitlines(), mutated.splitlines())) if a != b]
        assert changed == [m.line]
    assert pick(muts, "counter", 0) == pick(muts, "counter", 0)
    assert pick(muts, "counter", 0) != pick(muts, "counter", 1)


def test_run_mutant_on_a_verilogeval_problem(tmp_path: Path) -> None:
    root = DATASET / "dataset_spec-to-rtl"
    ref, test = root / "Prob109_fsm1_ref.sv", root / "Prob109_fsm1_test.sv"
    if not ref.exists():
        pytest.skip("VerilogEval not present next to the repository")
    text = ref.read_text().replace("module RefModule", "module TopModule", 1)
    m = next(m for m in mutations(text) if m.operator == "inverted-condition" and m.original == "in")
    res = run_mutant("Prob109_fsm1", ref, test, m.apply(text), m, tmp_path.resolve() / "m")
    assert res.status == "localised" and res.method == "dynamic"
    assert res.hit and res.line in res.top_lines


def test_eval_localize_cli_on_a_few_problems(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from chipsmith.cli_eval_suites import localize as cli_localize

    if not (DATASET / "dataset_spec-to-rtl").is_dir():
        pytest.skip("VerilogEval not present next to the repository")
    res = CliRunner().invoke(cli_localize, ["--dataset", str(DATASET), "--problems", "Prob00[1-4]*",
                                            "--mutants-per-problem", "1", "--json", "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["problems_scanned"] == 4 and summary["mutants"] >= 3
    assert summary["top3"] == summary["mutants"]  # one- and two-line designs: the line is always among three
    data = json.loads((tmp_path / "results.json").read_text())
    assert all(r["status"] in ("localised", "survived", "no-compile", "no-mismatch") for r in data["mutants"])


def test_eval_localize_refuses_a_directory_without_references(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from chipsmith.cli_eval_suites import localize as cli_localize
    from chipsmith.core.errors import InputError

    res = CliRunner().invoke(cli_localize, ["--dataset", str(tmp_path)])
    assert isinstance(res.exception, InputError) and "no *_ref.sv files" in str(res.exception)
