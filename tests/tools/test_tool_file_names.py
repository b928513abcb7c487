"""A file or module name a user or a model chose never becomes a script line or an option."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.guard.names import file_argument
from chipsmith.tools.icarus import Icarus
from chipsmith.tools.verilator import Verilator
from chipsmith.tools.yosys import Yosys

DESIGN = "module TopModule(input a, output y);\n  assign y = ~a;\nendmodule\n"
TB = ('module tb;\nreg a; wire y;\nTopModule dut(.a(a), .y(y));\n'
      'initial begin a = 0; #1 if (y !== 1) $display("Mismatches: 1 in 1 samples"); '
      'else $display("Mismatches: 0 in 1 samples"); $finish; end\nendmodule\n')
needs = {tool: pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} not installed")
         for tool in ("yosys", "iverilog", "verilator")}
MODES = pytest.mark.parametrize("mode", ["bwrap", "none"])


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    """Where a shell command smuggled into a script would leave its mark (outside every work directory)."""
    d = tmp_path / "outside"
    d.mkdir()
    return d / "pwned"


def test_script_builders_never_take_a_name_that_adds_lines(canary: Path) -> None:
    y = Yosys()
    for bad in (f"d.sv\n!touch {canary}", "a b.sv", "x;y.sv", '"q".sv'):
        with pytest.raises(InputError):
            y.stat_script([bad], "TopModule")
        with pytest.raises(InputError):
            y.equiv_script(bad, "RefModule", "design.sv", "TopModule")
    with pytest.raises(InputError, match="not a plain Verilog identifier"):
        y.stat_script(["design.sv"], f"TopModule\n!touch {canary}")
    script = y.equiv_script("ref.sv", "RefModule", "design.sv", "TopModule")
    assert not any(line.startswith("!") for line in script.splitlines())


@needs["yosys"]
@MODES
def test_yosys_source_named_with_a_shell_line_is_refused(mode: str, canary: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the old script builder this name added a `!` line that ran in the limits-only mode."""
    monkeypatch.setenv("CHIPSMITH_SANDBOX", mode)
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.sv").write_text("// read twice, harmlessly, around the injected line\n")
    src = inputs / "a.sv\n!cd\t..;cd\toutside;touch\tpwned\n#"  # a legal file name on Linux; the work dir is a sibling
    try:
        src.write_text(DESIGN)
    except OSError:
        pytest.skip("this file system refuses the name")
    assert canary == tmp_path / "outside" / "pwned"
    with pytest.raises(InputError, match="control character"):
        Yosys().stats([inputs / "a.sv", src], "TopModule", tmp_path / "work")
    assert not canary.exists()


@needs["yosys"]
@MODES
def test_yosys_module_name_with_a_shell_line_is_a_finding_not_a_command(mode: str, canary: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIPSMITH_SANDBOX", mode)
    src = tmp_path / "d.sv"
    src.write_text(DESIGN)
    res = Yosys().stats([src], f"TopModule\n!touch {canary}", tmp_path / "work")
    assert res.verdict == "error" and "not a plain Verilog identifier" in str(res.first_error)
    eq = Yosys().equivalent(src, "TopModule", src, f"TopModule\n!touch {canary}", tmp_path / "work2")
    assert eq.verdict == "error"
    assert not canary.exists()


@needs["yosys"]
@MODES
def test_yosys_runs_sources_with_odd_names_under_fixed_ones(mode: str, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIPSMITH_SANDBOX", mode)
    odd = tmp_path / "in" / "!my design; v2.sv"
    odd.parent.mkdir()
    odd.write_text(DESIGN)
    work = tmp_path / "work"
    res = Yosys().stats([odd], "TopModule", work)
    assert res.ok, res.diagnostics
    script = (work / "stat.ys").read_text()
    assert "read_verilog -sv design.sv" in script and "my design" not in script
    ref = tmp_path / "in" / "design.sv"  # the same name as the fixed copy of the candidate
    ref.write_text(DESIGN.replace("TopModule", "RefModule"))
    eq = Yosys().equivalent(ref, "RefModule", odd, "TopModule", tmp_path / "eq")
    assert eq.verdict == "equivalent"


def test_file_arguments_cannot_be_options() -> None:
    assert file_argument("-tnull") == "./-tnull"
    assert file_argument("+incdir+/etc") == "./+incdir+/etc"
    assert file_argument("tb.sv") == "tb.sv" and file_argument("/abs/-x.sv") == "/abs/-x.sv"
    ic = Icarus()
    cmd = ic.compile_command(["-tnull", "design.sv"], "tb")
    assert cmd[-2:] == ["./-tnull", "design.sv"]
    assert ic.simulate_command("-o.vvp")[2] == "./-o.vvp"
    assert Verilator().lint_command(["-Wno-fatal.sv"])[-1] == "./-Wno-fatal.sv"


@needs["iverilog"]
@MODES
def test_testbench_named_like_an_option_is_compiled_as_a_file(mode: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIPSMITH_SANDBOX", mode)
    work = tmp_path / "work"
    work.mkdir()
    (work / "-tnull").write_text(TB)  # as an option, -tnull selects the null target: no simulation at all
    (work / "design.sv").write_text(DESIGN)
    ic = Icarus()
    comp = ic.compile(["-tnull", "design.sv"], "tb", work)
    assert comp.ok, comp.diagnostics
    sim = ic.simulate(work)
    assert sim.verdict == "pass" and sim.values["mismatches"] == 0


@needs["verilator"]
def test_verilator_lints_a_file_named_like_an_option(tmp_path: Path) -> None:
    (tmp_path / "-Wno-fatal").write_text(DESIGN)
    res = Verilator().lint([tmp_path / "-Wno-fatal"], tmp_path, top="TopModule")
    assert res.outcome is not None and "Invalid option" not in res.outcome.output
    assert res.verdict in ("ok", "warnings"), res.diagnostics


def test_control_characters_in_names_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="control character"):
        Icarus().compile(["tb.sv\nx"], "tb", tmp_path)
    with pytest.raises(InputError, match="control character"):
        Verilator().lint([Path("d.sv\r")], tmp_path)
