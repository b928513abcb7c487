"""A model's answer cannot hang the writer or lose its work (issue 15: extract_code, refused module names)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from chipsmith.agents import verilog
from chipsmith.agents.context import AgentContext
from chipsmith.agents.llm import make_llm
from chipsmith.agents.state import ChipState
from chipsmith.core.config import Settings
from chipsmith.core.rundir import RunRecord
from chipsmith.evals import verilogeval

DESIGNS = Path(__file__).parents[1] / "designs" / "counter"


@pytest.mark.attack
@pytest.mark.parametrize("answer", [
    "module " * 60_000,                      # every "module" used to rescan the rest of the answer
    "module\n" * 60_000 + "xendmodule",
    "[BEGIN]" + " " * 200_000 + "x",
    "```" * 60_000,
    "[BEGIN]module " * 30_000,
])
def test_pathological_answers_are_extracted_in_linear_time(answer: str) -> None:
    # The old extraction took ~4 s for 8,000 words and grew with the square; this bound is
    # ~50x what the linear scan needs on a busy machine, and far below what the old one needed.
    start = time.process_time()
    verilog.extract_code(answer)
    verilogeval.extract_code("spec-to-rtl", answer)
    verilogeval.extract_code("code-complete-iccad2023", answer)
    assert time.process_time() - start < 5.0


def test_oversized_answer_is_read_up_to_the_cap() -> None:
    code = "module a; endmodule\n"
    assert verilog.extract_code(code + "x" * (2 * verilog.MAX_ANSWER_CHARS)) == code
    tail_only = "x" * verilog.MAX_ANSWER_CHARS + code
    assert verilog.extract_code(tail_only) == ""  # past the cap: not read
    assert len(verilogeval.extract_code("spec-to-rtl", "y" * (3 * verilogeval.MAX_ANSWER_CHARS))) < 2 * verilogeval.MAX_ANSWER_CHARS


@pytest.mark.attack
def test_refused_module_name_keeps_the_passing_design(tmp_path: Path, script_file: Callable) -> None:
    good = (DESIGNS / "good.sv").read_text().replace("module TopModule", "module \\../x ")
    tb = tmp_path / "tb.sv"
    tb.write_text((DESIGNS / "tb.sv").read_text().replace("TopModule dut", "\\../x  dut"))
    s = Settings(llm=f"script:{script_file([('verilog_writer', f'[BEGIN]{chr(10)}{good}[DONE]')])}")
    record = RunRecord(tmp_path / "out" / "run")
    ctx = AgentContext(settings=s, llm=make_llm(s, record), record=record, out_dir=(tmp_path / "out").resolve())
    out = verilog.run(ChipState(request="a counter", inputs={"knowledge": "off", "testbench": str(tb)}), ctx)
    assert out["verdict"] == "pass", out["answer"]
    assert "The module name '../x' was refused as a file name" in out["answer"]
    assert (ctx.out_dir / "design.sv").read_text() == good
    design = next(a for a in out["artefacts"] if a.name == "design.sv")
    assert any(e.tool == "vvp" and e.ok for e in design.evidence)  # the evidence stays with it
    assert json.loads((ctx.out_dir / "report.json").read_text())["verdict"] == "pass"
    assert [p.name for p in tmp_path.glob("*.sv")] == ["tb.sv"]  # nothing written beside out/
