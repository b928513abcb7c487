"""One test per way generated Verilog could reach the host: each is refused before anything runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chipsmith.core.errors import SandboxViolation
from chipsmith.core.rundir import RunRecord
from chipsmith.tools.guard.verilog import check_sources
from chipsmith.tools.icarus import Icarus

# (id, body placed inside `module dut; ... endmodule` or a whole file when it starts with "FILE:", expected finding)
VECTORS = [
    ("system", 'initial $system("touch /tmp/pwned");', "$system runs a host shell command"),
    ("verilator_c", 'initial $c("system(\\"id\\");");', "$c embeds C++ code"),
    ("verilator_c32", "initial $display(\"%d\", $c32(\"getpid()\"));", "$c32 embeds C++ code"),
    ("dpi_import", 'import "DPI-C" function int system(input string cmd);', 'DPI import "DPI-C"'),
    ("dpi_export", 'export "DPI-C" function f;\nfunction int f(); return 0; endfunction', 'DPI export "DPI-C"'),
    ("fopen_absolute", 'integer fd; initial fd = $fopen("/etc/passwd", "r");', '$fopen("/etc/passwd") file name is an absolute path'),
    ("fopen_dotdot", 'integer fd; initial fd = $fopen("../../x.txt", "w");', "climbs out of the work directory"),
    ("fopenw_absolute", 'integer fd; initial fd = $fopenw("/tmp/x");', "$fopenw(\"/tmp/x\") file name is an absolute path"),
    ("fopen_parameter", 'localparam F = "/etc/shadow"; integer fd; initial fd = $fopen(F);', "$fopen takes its file name from an expression"),
    ("fopen_plusarg", 'reg [8*64:1] fn; integer fd; initial begin if ($value$plusargs("f=%s", fn)) fd = $fopen(fn); end',
     "$fopen takes its file name from an expression"),
    ("fopen_concat", 'integer fd; initial fd = $fopen({"/et", "c/passwd"});', "$fopen takes its file name from an expression"),
    ("fopen_macro", '`define F "/etc/passwd"\ninteger fd; initial fd = $fopen(`F);', "$fopen takes its file name from an expression"),
    ("readmemh_absolute", 'reg [7:0] m [0:3]; initial $readmemh("/etc/hostname", m);', '$readmemh("/etc/hostname")'),
    ("readmemb_dotdot", 'reg [7:0] m [0:3]; initial $readmemb("../secret.bin", m);', '$readmemb("../secret.bin")'),
    ("writememh_absolute", 'reg [7:0] m [0:3]; initial $writememh("/tmp/out.hex", m);', '$writememh("/tmp/out.hex")'),
    ("writememb_dotdot", 'reg [7:0] m [0:3]; initial $writememb("a/../../out.bin", m);', '$writememb("a/../../out.bin")'),
    ("readmempath", 'initial $readmempath("/usr/share");', '$readmempath("/usr/share")'),
    ("dumpfile_absolute", 'initial begin $dumpfile("/tmp/w.vcd"); $dumpvars; end', '$dumpfile("/tmp/w.vcd")'),
    ("dumpfile_home", 'initial $dumpfile("~/w.vcd");', '$dumpfile("~/w.vcd") file name is an absolute path'),
    ("sdf_annotate", 'initial $sdf_annotate("/etc/x.sdf");', '$sdf_annotate("/etc/x.sdf")'),
    ("table_model", 'real r; initial r = $table_model(1.0, "/etc/t.tbl");', "$table_model takes its file name from an expression"),
    ("input_commands", 'initial $input("/tmp/cmds");', "$input reads simulator commands from a host file"),
    ("log_journal", 'initial $log("/tmp/journal");', "$log writes a log file on the host"),
    ("dumpports", 'initial $dumpports(dut, "/tmp/p.evcd");', "$dumpports writes a port dump"),
    ("vhdl_textio", 'integer fd; initial $ivlh_file_open(fd, "/etc/passwd", 0);', "$ivlh_file_open is an Icarus-internal task"),
    ("vpi_tree", "initial $vpi_tree;", "$vpi_tree is a VPI debugging task"),
    ("include_absolute", 'FILE:`include "/etc/passwd"\nmodule dut; endmodule', '`include "/etc/passwd" is an absolute path'),
    ("include_dotdot", 'FILE:`include "../../secret.vh"\nmodule dut; endmodule', "climbs out of the work directory"),
    ("include_macro", 'FILE:`define P "/etc/passwd"\n`include `P\nmodule dut; endmodule', "`include of something other than a quoted file name"),
    ("include_angle", "FILE:`include <stdio.h>\nmodule dut; endmodule", "`include of something other than a quoted file name"),
    ("uselib", "FILE:`uselib dir=/usr/lib libext=.v\nmodule dut; endmodule", "`uselib loads library files"),
    ("systemc_header", "FILE:module dut;\n`systemc_header\n#include <cstdlib>\n`verilog\nendmodule", "`systemc_header copies C++"),
    ("verilator_config", "FILE:`verilator_config\nlint_off -rule WIDTH\n`verilog\nmodule dut; endmodule", "`verilator_config"),
]


def _write(tmp_path: Path, body: str) -> Path:
    src = tmp_path / "dut.v"
    text = body[5:] if body.startswith("FILE:") else f"module dut;\n{body}\nendmodule\n"
    src.write_text(text)
    return src


@pytest.mark.parametrize("body,finding", [(b, f) for _, b, f in VECTORS], ids=[i for i, _, _ in VECTORS])
def test_guard_blocks_vector_before_anything_runs(tmp_path: Path, body: str, finding: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    src = _write(work, body)
    record = RunRecord(tmp_path / "run")
    with pytest.raises(SandboxViolation) as exc:
        Icarus(record=record).compile([src], "dut", work)
    message = str(exc.value)
    assert finding in message
    assert message.startswith(f"{src}:")  # file:line:col first, so the user can jump to it
    assert not record.tool_calls_path.exists()  # nothing ran
    assert not (work / "sim.vvp").exists()


def test_guard_include_symlink_out_of_workdir(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    os.symlink("/etc/hostname", work / "inc.vh")
    src = _write(work, 'FILE:`include "inc.vh"\nmodule dut; endmodule')
    with pytest.raises(SandboxViolation, match=r"dut.v:1:1: `include \"inc.vh\" is a link to a file outside"):
        check_sources([src], work)


def test_guard_not_fooled_by_comments_and_strings(tmp_path: Path) -> None:
    body = ('// $system("rm -rf /")\n/* $fopen("/etc/passwd") `include "/etc/passwd" */\n'
            'initial $display("$system(\\"id\\") and $fopen(\\"/etc/passwd\\")");')
    check_sources([_write(tmp_path, body)], tmp_path)


def test_guard_allows_relative_files_and_they_work(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "init.hex").write_text("2a\n15\n")
    (work / "defs.vh").write_text("`define WIDTH 8\n")
    src = work / "tb.v"
    src.write_text('`include "defs.vh"\nmodule tb;\nreg [`WIDTH-1:0] m [0:1]; integer fd;\n'
                   'initial begin $readmemh("init.hex", m); fd = $fopen("out.txt", "w"); $fdisplay(fd, "%h", m[0]);\n'
                   '$fclose(fd); $dumpfile("wave.vcd"); $dumpvars; $display("Mismatches: 0 in 1 samples"); $finish; end\nendmodule\n')
    ic = Icarus()
    assert ic.compile([src], "tb", work).ok
    res = ic.simulate(work)
    assert res.verdict == "pass"
    assert (work / "out.txt").read_text().strip() == "2a"


def test_guard_accepts_every_verilogeval_file() -> None:
    root = Path(__file__).resolve().parents[2] / ".." / "shared" / "benchmarks" / "verilog-eval-v2" / "dataset_spec-to-rtl"
    files = sorted(root.glob("*.sv"))
    if not files:
        pytest.skip("VerilogEval not present next to the repository")
    check_sources(files, root)


def test_icarus_commands_never_load_vpi_modules() -> None:
    ic = Icarus()
    assert "-m" not in ic.compile_command(["a.v"], "tb") and "-m" not in ic.simulate_command()
