"""A model that writes no Verilog: each try says why nothing ran, and the headline names the bench's module."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from chipsmith.api import Session
from chipsmith.core.config import load_settings

BENCH = Path(__file__).resolve().parents[1] / "data" / "ui" / "counter_tb.v"


def test_tries_without_code_have_evidence_and_the_headline_names_the_dut(tmp_path: Path,
                                                                         script_file: Callable[..., Path]) -> None:
    script = script_file([("verilog_writer", "I cannot write that.")] * 2)
    settings = load_settings(llm=f"script:{script}", data_dir=tmp_path / "data", max_tries=2)
    with Session(settings, out_dir=tmp_path / "out", checkpoints=False) as s:
        result = s.ask("write a 4-bit counter", agent="verilog_writer", inputs={"testbench": str(BENCH), "knowledge": "off"})
    assert result.verdict == "fail"
    assert result.answer.startswith("**`counter` did not pass")  # the module the bench instantiates, not `design`
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert [t["candidates"][0]["verdict"] for t in report["per_try"]] == ["no-code", "no-code"]
    for t in report["per_try"]:
        assert [(e["tool"], e["verdict"]) for e in t["evidence"]] == [("code extraction", "no-code")]
        assert "no Verilog module" in t["evidence"][0]["summary"]
    assert "blocked" not in result.answer


def test_a_bench_that_dumps_a_vcd_leaves_it_as_an_artefact(tmp_path: Path, script_file: Callable[..., Path]) -> None:
    design = (BENCH.parent / "counter.v").read_text()
    bench = tmp_path / "tb.sv"
    bench.write_text("module tb; reg clk = 0, rst = 1, en = 1; wire [3:0] count; integer errors = 0;\n"
                     "  counter dut(.clk(clk), .rst(rst), .en(en), .count(count));\n"
                     "  always #1 clk = ~clk;\n"
                     "  initial begin $dumpfile(\"wave.vcd\"); $dumpvars(0, tb);\n"
                     "    #4 rst = 0; #10 if (count !== 4'd5) errors = errors + 1;\n"
                     "    $display(\"Mismatches: %0d in 1 samples\", errors); $finish; end\nendmodule\n")
    script = script_file([("verilog_writer", f"```verilog\n{design}\n```")])
    settings = load_settings(llm=f"script:{script}", data_dir=tmp_path / "data", max_tries=1)
    with Session(settings, out_dir=tmp_path / "out", checkpoints=False) as s:
        result = s.ask("write a 4-bit counter", agent="verilog_writer", inputs={"testbench": str(bench), "knowledge": "off"})
    assert result.verdict == "pass", result.answer
    waves = [a for a in result.artefacts if a.kind == "vcd"]
    assert [a.name for a in waves] == ["wave.vcd"]
    assert Path(waves[0].path).read_text().startswith("$date") and waves[0].evidence
    assert all(Path(a.path).stat().st_size > 0 for a in result.artefacts if a.kind == "log")  # no empty logs
