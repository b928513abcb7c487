"""RTLLM v2 on Icarus: DUT discovery, verified_* rename, data files, the pass line, timeouts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipsmith.cli_eval import rtllm as cli_rtllm
from chipsmith.evals.harness import EvalConfig, load_results, run_eval
from chipsmith.evals.rtllm import PASS_LINE, RTLLM, defined_modules, extract_verilog, instantiated_modules, rename_verified

DATASET = Path(__file__).parents[1] / "data" / "evals" / "rtllm"
needs_iverilog = pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")


def test_the_module_under_test_is_found_in_each_bench() -> None:
    found = {p.id: p.data["module"] for p in RTLLM(DATASET).problems()}
    assert found == {"Arithmetic/Adder/adder 4bit": "adder_4bit", "Control/Counter/counter_sub": "counter3",
                     "Memory/Look Up/lut_rom": "lut_rom"}
    assert instantiated_modules("module t; if (a) begin end else if (b) x = 1; foo #(.N(2), .M((3))) u [1:0] (.a(a)); "
                                "$display(\"bar baz(\"); endmodule") == ["foo"]


def test_verified_module_is_renamed_to_what_the_bench_instantiates() -> None:
    adder = (DATASET / "Arithmetic/Adder/adder 4bit/verified_adder_4bit.v").read_text()
    assert defined_modules(rename_verified(adder, "adder_4bit")) == ["adder_4bit"]
    rom = (DATASET / "Memory/Look Up/lut_rom/verified_lut_rom.v").read_text()
    assert rename_verified(rom, "lut_rom") == rom  # already named as the bench wants
    counter = rename_verified((DATASET / "Control/Counter/counter_sub/verified_counter3.v").read_text(), "counter3")
    assert defined_modules(counter) == ["verified_inc3", "counter3"]  # the submodule keeps its name
    assert "verified_inc3 u_inc" in counter


def test_pass_line_variants_and_lookalikes() -> None:
    for line in ("===========Your Design Passed===========", "=========== Your Design Passed ===========",
                 "Your Design Passed", "===========Your  Design  Passed==========="):
        assert PASS_LINE.search(line)
    for line in ("Passed 255 of 256, Test completed with 1 failures", "Pass", "Your Design Failed"):
        assert not PASS_LINE.search(line)


def test_extracting_code_from_free_form_answers() -> None:
    assert extract_verilog("Sure:\n```verilog\nmodule a; endmodule\n```\nbye") == "module a; endmodule\n"
    assert extract_verilog("text module b; endmodule trailing") == "module b; endmodule\n"


@needs_iverilog
def test_oracle_runs_in_copies_of_design_directories_with_spaces_and_data_files(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli_rtllm, ["--dataset", str(DATASET), "--out", str(tmp_path / "run"), "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert summary["problems"] == 3 and summary["passed_problems"] == 3
    rom = [r for r in load_results(tmp_path / "run") if r["problem"] == "Memory/Look Up/lut_rom"][0]
    work = tmp_path / "run" / rom["workdir"]
    assert (work / "expected.txt").exists() and (work / "lut_rom.v").exists()
    assert not list(work.glob("verified_*"))  # the reference is never compiled next to the candidate
    assert summary["categories"]["Memory"]["passed"] == 1


@needs_iverilog
def test_wrong_and_hanging_designs_fail_even_when_the_bench_says_passed(tmp_path: Path) -> None:
    answers = [  # a scripted model, one answer per design in id order
        "```verilog\nmodule adder_4bit(input [3:0] a, input [3:0] b, output [4:0] sum);\n"
        "  assign sum = (a == 4'hf && b == 4'hf) ? 5'd0 : a + b;\nendmodule\n```",
        "```verilog\nmodule counter3(input clk, input rst, output reg [2:0] q);\n"
        "  always @(posedge clk) begin q <= rst ? 3'd0 : q + 3'd1; while (q == 3'd4) q = 3'd4; end\nendmodule\n```",
        "module lut_rom #(parameter W = 4) (input clk, input [1:0] addr, output reg [W-1:0] dout);\n"
        "  always @(posedge clk) dout <= addr * addr;\nendmodule",
    ]
    script = tmp_path / "answers.jsonl"
    script.write_text("".join(json.dumps({"agent": "rtllm", "content": a}) + "\n" for a in answers))
    from chipsmith.agents.llm import LLM, ScriptBackend

    llm = LLM(ScriptBackend(script))
    bench = RTLLM(DATASET)
    bench.cost_hint = None  # type: ignore[attr-defined]
    out = run_eval(bench, EvalConfig("rtllm", str(DATASET), "rtllm-v2", "single-shot", timeout=2), tmp_path / "run",
                   llm=llm)
    assert out.done == 3
    got = {r["problem"]: r["failure"]["name"] for r in load_results(tmp_path / "run")}
    assert got == {"Arithmetic/Adder/adder 4bit": "runtime-fail", "Control/Counter/counter_sub": "timeout",
                   "Memory/Look Up/lut_rom": "pass"}
    adder = [r for r in load_results(tmp_path / "run") if r["problem"].startswith("Arithmetic")][0]
    assert "Passed 255 of 256" in adder["log"]
