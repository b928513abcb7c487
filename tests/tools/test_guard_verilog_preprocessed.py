"""The Verilog guard checks the source as the compiler will see it: after every macro and include.

The old guard only lexed the text, so ```define CAT(a,b) a``b`` then ```CAT($fo,pen)`` reached
Icarus as ``$fopen`` (and wrote a host file in the limits-only mode). Each attack aims at a canary
outside the work directory.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError, SandboxViolation
from chipsmith.tools.guard.verilog import MAX_NESTING, check_sources
from chipsmith.tools.icarus import Icarus
from chipsmith.tools.slang import Slang, index_text, parse_text

needs_iverilog = pytest.mark.skipif(shutil.which("iverilog") is None, reason="iverilog not installed")
CAT = "`define CAT(a,b) a``b\n"


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    d = tmp_path / "outside"
    d.mkdir()
    return d / "pwned"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    w = tmp_path / "work"
    w.mkdir()
    return w


def _attacks(canary: Path) -> dict[str, str]:
    return {
        "pasted_fopen": CAT + f'module dut; integer fd; initial begin fd = `CAT($fo,pen)("{canary}", "w"); '
                              '$fdisplay(fd, "x"); end endmodule\n',
        "pasted_system": CAT + f'module dut; initial `CAT($sys,tem)("touch {canary}"); endmodule\n',
        "pasted_fopen_relative_name_by_macro": CAT + '`define NAME "../outside/pwned"\n'
                                               'module dut; integer fd; initial fd = `CAT($fo,pen)(`NAME, "w"); endmodule\n',
        "pasted_readmem": CAT + f'module dut; reg [7:0] m [0:1]; initial `CAT($readm,emh)("{canary}", m); endmodule\n',
        "dpi_by_macro": '`define D "DPI-C"\nmodule dut; import `D function int system(input string c); endmodule\n',
        "nested_macros": CAT + "`define SYS `CAT($sy,stem)\n" + f'module dut; initial `SYS("touch {canary}"); endmodule\n',
    }


@pytest.mark.parametrize("name", sorted(_attacks(Path("/x/pwned"))))
def test_macro_built_calls_are_refused(name: str, canary: Path, work: Path) -> None:
    src = work / "dut.v"
    src.write_text(_attacks(canary)[name])
    with pytest.raises(SandboxViolation) as err:
        check_sources([src], work)
    assert str(err.value).startswith(f"{src}:")
    assert "after macro expansion" in str(err.value) or "DPI" in str(err.value)


@needs_iverilog
@pytest.mark.parametrize("mode", ["bwrap", "none"])
@pytest.mark.parametrize("name", ["pasted_fopen", "pasted_system"])
def test_macro_built_calls_never_reach_the_host(name: str, mode: str, canary: Path, work: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIPSMITH_SANDBOX", mode)
    src = work / "dut.v"
    src.write_text(_attacks(canary)[name])
    ic = Icarus()
    with pytest.raises(SandboxViolation):
        ic.compile([src], "dut", work)
    assert not (work / "sim.vvp").exists() and not canary.exists()


def test_a_macro_defined_in_one_file_and_pasted_in_the_next_is_seen(canary: Path, work: Path) -> None:
    (work / "defs.v").write_text(CAT)
    (work / "dut.v").write_text(f'module dut; initial `CAT($sys,tem)("touch {canary}"); endmodule\n')
    with pytest.raises(SandboxViolation, match=r"dut.v:1:.*\$system"):
        check_sources([work / "defs.v", work / "dut.v"], work)


@needs_iverilog
def test_a_design_macro_expanded_in_the_trusted_testbench_is_seen(canary: Path, work: Path) -> None:
    """The bench is trusted, but the body of the macro it expands came from the design."""
    (work / "design.v").write_text(f'`define CHECK(x) $system("touch {canary}")\nmodule dut; endmodule\n')
    (work / "tb.v").write_text("module tb; dut d(); initial `CHECK(1); endmodule\n")
    with pytest.raises(SandboxViolation, match=r"\$system"):
        Icarus().compile(["design.v", "tb.v"], "tb", work, untrusted=["design.v"])
    assert not canary.exists()


def test_an_included_file_is_scanned_too(canary: Path, work: Path) -> None:
    (work / "evil.vh").write_text(f'initial $system("touch {canary}");\n')
    src = work / "dut.v"
    src.write_text('module dut;\n`include "evil.vh"\nendmodule\n')
    with pytest.raises(SandboxViolation, match=r"evil.vh:1:.*\$system"):
        check_sources([src], work)


def test_an_include_that_is_not_a_regular_file_is_refused(work: Path) -> None:
    import os

    os.mkfifo(work / "pipe.vh")  # reading it would block the host
    src = work / "dut.v"
    src.write_text('module dut;\n`include "pipe.vh"\nendmodule\n')
    with pytest.raises(SandboxViolation, match="not a regular file"):
        check_sources([src], work)


@needs_iverilog
def test_ordinary_macros_still_compile_and_run(work: Path) -> None:
    src = work / "tb.v"
    src.write_text('`define W 8\n`define MAX(a,b) ((a) > (b) ? (a) : (b))\n`define SHOW(x) $display("v=%0d", x)\n'
                   "module tb; reg [`W-1:0] a = 3, b = 5;\n"
                   'initial begin `SHOW(`MAX(a, b)); $display("Mismatches: 0 in 1 samples"); $finish; end\n'
                   "endmodule\n")
    ic = Icarus()
    assert ic.compile([src], "tb", work).ok
    res = ic.simulate(work)
    assert res.verdict == "pass" and "v=5" in res.values["displays"]


def _deep(n: int) -> str:
    return "module m(output wire y);\nassign y = " + "(" * n + "1'b1" + ")" * n + ";\nendmodule\n"


def test_deep_nesting_is_an_input_error_naming_the_limit(work: Path) -> None:
    src = work / "deep.sv"
    src.write_text(_deep(100_000))
    with pytest.raises(InputError, match=f"more than {MAX_NESTING} levels deep"):
        check_sources([src], work)
    with pytest.raises(InputError, match=f"more than {MAX_NESTING} levels"):
        Slang(guard_workdir=work).modules([src])
    with pytest.raises(InputError, match=f"more than {MAX_NESTING} levels"):
        parse_text(_deep(100_000), "design.sv")
    with pytest.raises(InputError, match=f"more than {MAX_NESTING} levels"):
        index_text(_deep(100_000))
    index_text(_deep(50))  # ordinary nesting still parses


def test_nesting_built_by_macros_is_an_input_error_too(work: Path) -> None:
    """A few short lines can expand to thousands of levels: the parser's failure becomes an input error."""
    body = "`define O ((((((((((\n`define C ))))))))))\nmodule m(output wire y);\nassign y = " \
           + "`O " * 700 + "1'b1" + " `C" * 700 + ";\nendmodule\n"
    src = work / "deep.sv"
    src.write_text(body)
    with pytest.raises(InputError, match=f"nests deeper than the parser can follow.*{MAX_NESTING}"):
        check_sources([src], work)
    with pytest.raises(InputError, match="nests deeper than the parser can follow"):
        parse_text(body, "design.sv")


@pytest.mark.parametrize("flag", ["__ICARUS__", "VERILATOR", "SYNTHESIS", "MY_OWN_FLAG"])
def test_code_only_a_tools_own_macro_enables_is_checked(flag: str, canary: Path, work: Path) -> None:
    """iverilog defines __ICARUS__, Verilator VERILATOR, Yosys SYNTHESIS; callers may pass -D flags."""
    src = work / "dut.v"
    src.write_text(CAT + f"`ifdef {flag}\n`define TASK `CAT($sys,tem)\n`else\n`define TASK $display\n`endif\n"
                   f'module dut; initial `TASK("touch {canary}"); endmodule\n')
    with pytest.raises(SandboxViolation, match=r"\$system"):
        check_sources([src], work)


@needs_iverilog
def test_icarus_sees_what_the_guard_checked_under_its_own_macro(canary: Path, work: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIPSMITH_SANDBOX", "none")
    src = work / "dut.v"
    src.write_text(CAT + "`ifndef __ICARUS__\n`define T $display\n`else\n`define T `CAT($sys,tem)\n`endif\n"
                   f'module dut; initial `T("touch {canary}"); endmodule\n')
    with pytest.raises(SandboxViolation):
        Icarus().compile([src], "dut", work)
    assert not canary.exists()
