"""pyslang, Verilator, VCD and Yosys wrappers: command building without binaries, behaviour with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from chipsmith.core.errors import InputError, SandboxViolation
from chipsmith.tools.icarus import Icarus
from chipsmith.tools.slang import Slang, index_text
from chipsmith.tools.vcd import Waveform, show, to_int
from chipsmith.tools.verilator import Verilator, parse_output
from chipsmith.tools.yosys import Yosys

COUNTER = Path(__file__).parents[1] / "designs" / "counter"
FSM = """module TopModule(input clk, input reset, input in, output out, output reg [1:0] st);
  localparam A = 2'd0, B = 2'd1;
  reg [1:0] next;
  always @(*) begin
    case (st)
      A: next = in ? B : A;
      B: next = in ? B : A;
      default: next = A;
    endcase
  end
  always @(posedge clk)
    if (reset) st <= A;
    else st <= next;
  assign out = (st == B);
endmodule
"""


def test_slang_lint_gives_file_line_col(tmp_path: Path) -> None:
    src = tmp_path / "bad.sv"
    src.write_text("module m(input a, output y);\n  assign y = a & b;\nendmodule\n")
    res = Slang().lint([src])
    assert not res.ok and res.verdict == "errors"
    d = res.first_error
    assert d is not None and (d.line, d.col) == (2, 18) and "undeclared identifier 'b'" in d.message
    assert str(d).startswith(f"{src}:2:18: error:")


def test_slang_modules_ports_and_parameters(tmp_path: Path) -> None:
    src = tmp_path / "p.sv"
    src.write_text("module p #(parameter W = 8) (input [W-1:0] a, output reg [W-1:0] y);\n"
                   "  always @(*) y = ~a;\nendmodule\n")
    (info,) = Slang().modules([src])
    assert info.name == "p" and info.parameters == {"W": "8"}
    assert [(p.name, p.direction, p.width) for p in info.ports] == [("a", "input", 8), ("y", "output", 8)]


def test_slang_index_drivers_with_line_ranges() -> None:
    ix = index_text(FSM)
    assert [u.line for u in ix.drivers("st")] == [12, 13]
    lines = [(u.line, u.kind) for u in ix.driver_lines("st")]
    assert lines == [(11, "event"), (12, "if"), (12, "nonblocking"), (13, "nonblocking")]
    assert [u.line for u in ix.drivers("next")] == [6, 7, 8]
    assert ix.drivers("out")[0].reads == {"st", "B"}
    assert ix.drivers("next")[0].controls and ix.units[ix.drivers("next")[0].controls[-1]].text == "A:"


def test_slang_refuses_host_include(tmp_path: Path) -> None:
    src = tmp_path / "inc.sv"
    src.write_text('`include "/etc/passwd"\nmodule m; endmodule\n')
    with pytest.raises(SandboxViolation):
        Slang().lint([src])


def test_verilator_command_and_parsing() -> None:
    cmd = Verilator().lint_command(["d.sv"], top="TopModule")
    assert cmd[:3] == ["verilator", "--lint-only", "-Wall"] and cmd[-3:] == ["--top-module", "TopModule", "d.sv"]
    diags = parse_output("%Warning-WIDTH: d.sv:3:16: Operator ASSIGN expects 4 bits\n    3 | x\n%Error: d.sv:5:1: syntax error\n")
    assert [(d.severity, d.code, d.line, d.col) for d in diags] == [("warning", "WIDTH", 3, 16), ("error", "", 5, 1)]


def test_verilator_lint_runs(tmp_path: Path) -> None:
    src = tmp_path / "d.sv"
    src.write_text("module TopModule(input [3:0] a, output [1:0] y);\n  assign y = a;\nendmodule\n")
    res = Verilator().lint([src], tmp_path, top="TopModule")
    assert res.ok and res.verdict == "warnings"
    assert any(d.code == "WIDTH" and d.line == 2 for d in res.diagnostics)
    src.write_text("module TopModule(input a, output y)\n  assign y = a;\nendmodule\n")
    res = Verilator().lint([src], tmp_path)
    assert not res.ok and res.first_error is not None and res.first_error.line >= 1


def test_vcd_values_over_time(tmp_path: Path) -> None:
    for name in ("tb.sv", "good.sv"):
        (tmp_path / name).write_text((COUNTER / name).read_text())
    ic = Icarus()
    assert ic.compile(["tb.sv", "good.sv"], "tb", tmp_path).ok
    sim = ic.simulate(tmp_path)
    assert sim.verdict == "pass"
    wave = Waveform(Path(str(sim.values["vcd"])))
    q = wave.trace("q")
    assert q.name == "tb.q" and q.width == 4
    assert to_int(q.at(35)) == 2 and to_int(q.before(35)) == 1  # the edge at 35 increments q
    assert show(q.at(35), 4) == "4'h2" and show("x", 1) == "1'bx"
    with pytest.raises(InputError, match="not in"):
        wave.trace("nope")


def test_yosys_latch_is_a_finding(tmp_path: Path) -> None:
    src = tmp_path / "l.sv"
    src.write_text("module TopModule(input en, input d, output reg q);\n  always @(*) if (en) q = d;\nendmodule\n")
    res = Yosys().stats([src], "TopModule", tmp_path)
    assert res.verdict == "latch" and res.values["latches"] == 1
    ok = Yosys().stats([COUNTER / "good.sv"], "TopModule", tmp_path / "c")
    assert ok.verdict == "ok" and ok.values["flip_flops"] >= 1 and ok.values["latches"] == 0


def test_yosys_equivalence(tmp_path: Path) -> None:
    ref = tmp_path / "ref.sv"
    ref.write_text((COUNTER / "good.sv").read_text().replace("TopModule", "RefModule"))
    y = Yosys()
    same = y.equivalent(ref, "RefModule", COUNTER / "good.sv", "TopModule", tmp_path / "a")
    assert same.verdict == "equivalent"
    diff = y.equivalent(ref, "RefModule", COUNTER / "bug_increment.sv", "TopModule", tmp_path / "b")
    assert diff.verdict == "not-proven" and not diff.ok


def test_yosys_equivalence_is_not_fooled_by_aliased_outputs_or_clock_edges(tmp_path: Path) -> None:
    ref = tmp_path / "ref.sv"
    ref.write_text("module RefModule(input a, input b, output o, output o_n);\n"
                   "  assign o = a & b;\n  assign o_n = ~o;\nendmodule\n")
    alias = tmp_path / "alias.sv"
    alias.write_text("module TopModule(input a, input b, output o, output o_n);\n"
                     "  assign o = a & b;\n  assign o_n = o;\nendmodule\n")
    y = Yosys()
    assert y.equivalent(ref, "RefModule", alias, "TopModule", tmp_path / "a").verdict == "not-proven"
    good = COUNTER / "good.sv"
    gold = tmp_path / "gold.sv"
    gold.write_text(good.read_text().replace("TopModule", "RefModule"))
    neg = tmp_path / "neg.sv"
    neg.write_text(good.read_text().replace("posedge clk", "negedge clk"))
    res = y.equivalent(gold, "RefModule", neg, "TopModule", tmp_path / "b")
    assert res.verdict == "not-equivalent"
    assert "reference rising-edge flip-flops, candidate falling-edge flip-flops" in str(res.first_error)
