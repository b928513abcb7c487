"""Yosys: synthesis statistics (cells, flip-flops, latches) and candidate-vs-reference equivalence.

Both run as a Yosys script in the private work directory. Statistics come from the JSON
``stat -json`` wrote to a file; a latch is any ``$dlatch``/``$adlatch``/``$dlatchsr`` cell and,
unless the request asked for one, a finding. Equivalence uses ``equiv_make`` →
``equiv_simple`` → ``equiv_induct`` and reads the verdict from ``equiv_status``'s lines
(``Equivalence successfully proven!`` or ``N are unproven``); induction can miss a true
equivalence, so the negative verdict is ``not-proven``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from chipsmith.core.errors import InputError
from chipsmith.tools.guard.names import refuse_control_characters
from chipsmith.tools.guard.verilog import check_sources
from chipsmith.tools.runner import Diagnostic, Limits, Tool, ToolResult, UnsafeOutput, output_exists, read_output_text

_ERROR = re.compile(r"^(?:ERROR|Error):\s*(?P<msg>.*)$")
_FILELINE = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):\s*(?P<msg>.*)$")
_UNPROVEN = re.compile(r"Found (?P<n>\d+) unproven \$equiv cells")
_LATCH = ("$dlatch", "$adlatch", "$dlatchsr", "$_DLATCH_")
_FF = ("$dff", "$adff", "$sdff", "$dffe", "$adffe", "$sdffe", "$sdffce", "$dffsr", "$dffsre", "$aldff", "$aldffe", "$_DFF", "$_SDFF",
       "$_DFFE", "$_ALDFF")


# What may stand in a Yosys script: the fixed file names this module chooses, and module names.
# A script line ends at a newline and a line starting with '!' runs a shell command, so nothing
# a user or a model wrote ever goes into a script unchecked.
_SCRIPT_FILE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*$")


def _script_file(name: str) -> str:
    if not _SCRIPT_FILE.match(name):
        raise InputError(f"file name {name!r} cannot go into a Yosys script (plain names in the work directory only)")
    return name


def _script_module(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise InputError(f"module name {name!r} is not a plain Verilog identifier; Yosys was not run")
    return name


def work_names(count: int, roles: Sequence[str] | None = None) -> list[str]:
    """The fixed names inputs are copied to: ``design.sv`` for one source, else ``src0.sv`` ... or the roles given."""
    if roles is not None:
        return [f"{r}.sv" for r in roles]
    return ["design.sv"] if count == 1 else [f"src{i}.sv" for i in range(count)]


class Yosys(Tool):
    name = "yosys"

    def __init__(self, *, binary: str = "yosys", timeout: float = 60.0, limits: Limits = Limits(),
                 record: object | None = None) -> None:
        super().__init__(timeout=timeout, limits=limits, record=record)  # type: ignore[arg-type]
        self.binary = binary

    # -- command builders --------------------------------------------------------------------------------

    def stat_script(self, sources: Sequence[str], top: str, stat_file: str = "stat.json") -> str:
        reads = "\n".join(f"read_verilog -sv {_script_file(s)}" for s in sources)
        # then the same design mapped to one-bit cells: a 4-bit counter is 1 $sdff cell but 4 flip-flop bits
        return (f"{reads}\nhierarchy -check -top {_script_module(top)}\nproc\nopt_clean\n"
                f"tee -q -o {_script_file(stat_file)} stat -json\nsimplemap\ntee -q -o stat_bits.json stat -json\n")

    def equiv_script(self, gold: str, gold_top: str, gate: str, gate_top: str, seq: int = 8) -> str:
        def prepare(src: str, top: str, role: str) -> str:
            # insbuf: an output that merely aliases another wire gets its own driver, else equiv_make
            # pairs the wrong wires (and "proves" `out_n = out` equal to `out_n = ~out`).
            # The fine-grained flip-flop types (clock edge, async reset) go to a file: the cycle-based
            # proof below cannot see a register clocked on the other edge.
            src, top = _script_file(src), _script_module(top)
            return (f"read_verilog -sv {src}\nhierarchy -top {top}\nproc\nmemory\nopt_clean\ninsbuf\n"
                    f"design -save {role}_coarse\nsimplemap\ntee -q -o {role}_ff.json stat -json\n"
                    f"design -load {role}_coarse\nrename {top} {role}\ndesign -stash {role}\n")

        return (prepare(gold, gold_top, "gold") + prepare(gate, gate_top, "gate") +
                "design -copy-from gold -as gold gold\ndesign -copy-from gate -as gate gate\n"
                "equiv_make gold gate equiv\nhierarchy -top equiv\nasync2sync\n"
                # merging identical logic first (sound) makes identical cones trivial: 0.2 s instead of 40 s
                # for a 255-bit population count
                f"opt -fast\nequiv_struct\nequiv_simple -seq {seq}\n"
                f"equiv_induct -seq {seq}\nequiv_status\n")

    def command(self, script: str) -> list[str]:
        return [self.binary, "-q", "-l", "yosys-full.log", "-s", script]

    # -- running ---------------------------------------------------------------------------------------------

    def _prepare(self, paths: Sequence[Path], workdir: Path, names: Sequence[str]) -> dict[str, str]:
        """Guard the sources, then copy them to the fixed ``names`` in ``workdir``: no name a user or a model
        chose reaches the script. Returns fixed name -> the source's own path, for diagnostics."""
        workdir = Path(workdir).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        refuse_control_characters(paths)
        missing = [str(p) for p in paths if not Path(p).exists()]
        if missing:
            raise InputError(f"Verilog source not found: {missing[0]} (check the path)")
        check_sources([Path(p) for p in paths], workdir)
        texts = [Path(p).read_text(errors="replace") for p in paths]  # all read before any copy overwrites one
        for name, text in zip(names, texts):
            (workdir / _script_file(name)).write_text(text)
        return {name: str(p) for name, p in zip(names, paths)}

    def stats(self, sources: Sequence[Path], top: str, workdir: Path, *, latches_expected: bool = False) -> ToolResult:
        """Cells, flip-flops and latches after ``proc``; an unrequested latch makes the verdict ``latch``."""
        workdir = Path(workdir).resolve()
        names = work_names(len(sources))
        try:
            script = self.stat_script(names, top)  # checks the module name before anything is copied
        except InputError as exc:  # a name Yosys cannot be given safely: a finding, not the end of the run
            return ToolResult(self.name, False, "error", None, [Diagnostic("yosys", "error", str(exc))])
        origin = self._prepare(sources, workdir, names)
        (workdir / "stat.ys").write_text(script)
        (workdir / "stat.json").unlink(missing_ok=True)
        (workdir / "stat_bits.json").unlink(missing_ok=True)
        outcome = self.execute(self.command("stat.ys"), workdir)
        diags = _named(_diagnostics(outcome.output), origin)
        if outcome.timed_out:
            return ToolResult(self.name, False, "timeout", outcome, diags)
        try:
            data = _read_json(workdir, "stat.json")
        except UnsafeOutput as exc:
            diags.append(Diagnostic("yosys", "error", str(exc)))
            return ToolResult(self.name, False, "error", outcome, diags)
        if data is None:
            if not any(d.severity == "error" for d in diags):
                diags.append(Diagnostic("yosys", "error", f"yosys wrote no statistics (exit status {outcome.returncode})"))
            return ToolResult(self.name, False, "error", outcome, diags)
        design = data.get("design") or {}
        cells: dict[str, int] = {k: int(v) for k, v in (design.get("num_cells_by_type") or {}).items()}
        latches = sum(n for k, n in cells.items() if k.startswith(_LATCH))
        ffs = sum(n for k, n in cells.items() if k.startswith(_FF))
        try:
            bits_data = _read_json(workdir, "stat_bits.json") or {}
        except UnsafeOutput:
            bits_data = {}
        bit_cells = {k: int(v) for k, v in ((bits_data.get("design") or {}).get("num_cells_by_type") or {}).items()}
        values: dict[str, object] = {"cells": int(design.get("num_cells", sum(cells.values()))),
                                     "flip_flops": sum(n for k, n in bit_cells.items() if k.startswith(_FF)) if bit_cells else ffs,
                                     "flip_flop_cells": ffs, "latches": latches, "by_type": cells,
                                     "wires": int(design.get("num_wires", 0))}
        verdict = "ok"
        if latches and not latches_expected:
            verdict = "latch"
            diags.append(Diagnostic("yosys", "warning", f"{latches} latch(es) inferred where none was asked for: "
                                    "assign every output of a combinational block on every path (or give a default)",
                                    code="LATCH"))
        return ToolResult(self.name, verdict == "ok", verdict, outcome, diags, values)

    def equivalent(self, reference: Path, ref_top: str, candidate: Path, cand_top: str, workdir: Path,
                   *, seq: int = 8) -> ToolResult:
        """``equivalent`` / ``not-proven`` / ``not-equivalent`` (clocking differs) / ``error``."""
        workdir = Path(workdir).resolve()
        names = work_names(2, ("ref", "design"))
        try:
            script = self.equiv_script(names[0], ref_top, names[1], cand_top, seq)  # checks the module names first
        except InputError as exc:
            return ToolResult(self.name, False, "error", None, [Diagnostic("yosys", "error", str(exc))])
        origin = self._prepare([reference, candidate], workdir, names)
        (workdir / "equiv.ys").write_text(script)
        outcome = self.execute(self.command("equiv.ys"), workdir)
        unsafe: list[Diagnostic] = []
        try:
            log = (read_output_text(workdir, "yosys-full.log", tail=True) if output_exists(workdir, "yosys-full.log")
                   else outcome.output)
            clocking = {role: _clocking(workdir, f"{role}_ff.json") for role in ("gold", "gate")}
        except UnsafeOutput as exc:
            log, clocking = outcome.output, {"gold": None, "gate": None}
            unsafe.append(Diagnostic("yosys", "error", str(exc)))
        diags = unsafe + _named(_diagnostics(log), origin)
        status = log[log.rfind("Executing EQUIV_STATUS"):] if "Executing EQUIV_STATUS" in log and not unsafe else ""
        unproven = _UNPROVEN.search(status) or re.search(r"(?P<n>\d+) are unproven", status)
        if outcome.timed_out:
            verdict = "timeout"
        elif clocking["gold"] is not None and clocking["gate"] is not None and clocking["gold"] != clocking["gate"]:
            verdict = "not-equivalent"
            diags.append(Diagnostic("yosys", "error", "the registers are clocked or reset differently from the reference: "
                                    f"reference {_describe(clocking['gold'])}, candidate {_describe(clocking['gate'])}"))
        elif "Equivalence successfully proven!" in status:
            verdict = "equivalent"
        elif unproven and int(unproven.group("n")) > 0:
            # induction may fail to prove a true equivalence, so this is "not proven", not "different"
            verdict = "not-proven"
            diags.append(Diagnostic("yosys", "error", f"{unproven.group('n')} signal bit(s) could not be proven equal "
                                    "to the reference (equiv_simple + equiv_induct)"))
        else:
            verdict = "error"
            if not any(d.severity == "error" for d in diags):
                diags.append(Diagnostic("yosys", "error", f"equivalence check did not finish (exit status {outcome.returncode})"))
        return ToolResult(self.name, verdict == "equivalent", verdict, outcome, diags,
                          {"unproven": int(unproven.group("n")) if unproven else 0})


_FF_TYPE = re.compile(r"^\$_(?:S?DFFE?|DFFSRE?|ALDFFE?|DFFSR)_([PN])([PN]?)")


def _read_json(workdir: Path, name: str) -> dict | None:  # type: ignore[type-arg]
    """A JSON file Yosys wrote (through the runner's safe reader); None when it wrote none."""
    if not output_exists(workdir, name):
        return None
    try:
        data = json.loads(_json_part(read_output_text(workdir, name)))
    except json.JSONDecodeError as exc:
        raise UnsafeOutput(f"{name} in {workdir} is not the JSON yosys writes: {exc}") from None
    return data if isinstance(data, dict) else None


def _clocking(workdir: Path, stat_name: str) -> frozenset[tuple[str, str]] | None:
    """(clock edge, async reset polarity or '') of every fine-grained flip-flop type; None when unknown."""
    data = _read_json(workdir, stat_name)
    if data is None:
        return None
    types = (data.get("design") or {}).get("num_cells_by_type") or {}
    out = set()
    for name in types:
        m = _FF_TYPE.match(name)
        if m:
            async_reset = m.group(2) if name.startswith(("$_DFF_", "$_DFFE_")) and len(m.group(0)) > len("$_DFF_P") else ""
            out.add((m.group(1), async_reset))
    return frozenset(out)


def _describe(kinds: frozenset[tuple[str, str]] | None) -> str:
    if not kinds:
        return "no flip-flops"
    parts = [("rising" if clk == "P" else "falling") + "-edge flip-flops"
             + (f" with an active-{'high' if rst == 'P' else 'low'} asynchronous reset" if rst else "")
             for clk, rst in sorted(kinds)]
    return " and ".join(parts)


def _named(diags: list[Diagnostic], origin: dict[str, str]) -> list[Diagnostic]:
    """Diagnostics that name a work copy (``design.sv``) name the user's file instead."""
    for d in diags:
        if d.file in origin:
            d.file = origin[d.file]
    return diags


def _json_part(text: str) -> str:
    """``tee -o`` may put Yosys' banner before the JSON object."""
    start = text.find("{")
    return text[start:] if start >= 0 else "{}"


def _diagnostics(text: str) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for raw in text.splitlines():
        m = _ERROR.match(raw.strip())
        if not m:
            continue
        msg = m.group("msg")
        fl = _FILELINE.match(msg)
        if fl:
            out.append(Diagnostic("yosys", "error", fl.group("msg"), file=fl.group("file"), line=int(fl.group("line"))))
        else:
            out.append(Diagnostic("yosys", "error", msg))
    return out
