"""The sky130 common-source stage, folded cascode, beta-multiplier reference and LDO, as sized by the suite,
re-simulated in plain ngspice at every corner of their problem.

Nothing of chipsmith runs here: the deck is the problem's netlist with the sized values written
into its .param lines (and the corner's supply into the supply's), the PDK corner's .lib line and
a .temp card, with the problem's testbench lines as its .control block; ngspice runs as a
subprocess; the measures and printed values are read from its output, gain, unity-gain frequency
and phase margin from its wrdata table with numpy, and the problem's derived values computed
here. The values come from the runs named in tests/designs/sky130_sized_more/sized.json.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from .sky130_resim import ROOT, SUITE, bode, deck, num

SIZED = json.loads((ROOT / "tests" / "designs" / "sky130_sized_more" / "sized.json").read_text())
MATH = {"min": min, "max": max, "abs": abs, "sqrt": math.sqrt, "log10": math.log10, "pi": math.pi}

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")]


def _corners(problem: dict, netlist: str) -> list[tuple[str, float, float]]:
    supply = problem["supply"]
    nominal = num(re.search(rf"\b{supply}=(\S+)", netlist).group(1))
    pvt = problem["pvt"]
    return [("tt", 27.0, nominal)] + [(lib, float(t), float(v)) for lib, t, v in itertools.product(pvt["lib"], pvt["temp"], pvt["vdd"])]


def _printed(stdout: str) -> dict[str, float]:
    # a sweep's progress line ends in a carriage return, so a value printed next shares its line
    text = stdout.replace("\r", "\n")
    return {m.group(1).lower(): float(m.group(2)) for m in re.finditer(r"^\s*(\w+)\s*=\s*([-+0-9.eE]+)", text, re.MULTILINE)}


@pytest.mark.parametrize("circuit", sorted(SIZED))
def test_sized_design_meets_every_spec_at_every_corner_in_plain_ngspice(circuit: str, tmp_path: Path) -> None:
    # an entry sized by another strategy names its problem ("ota5_tr" is the ota5 problem)
    problem = yaml.safe_load((SUITE / f"{SIZED[circuit].get('problem', circuit)}.yaml").read_text())
    netlist = (SUITE / problem["netlist"]).read_text()
    specs = problem["specs"]
    failures = []
    for k, (lib, temp, supply) in enumerate(_corners(problem, netlist)):
        work = tmp_path / f"c{k}"
        work.mkdir()
        values = {**SIZED[circuit]["values"], problem["supply"]: supply}
        (work / "deck.cir").write_text(deck(netlist, values, lib, temp, problem["testbench"]))
        proc = subprocess.run(["ngspice", "-b", "deck.cir"], cwd=work, capture_output=True, text=True, timeout=600)
        measured = _printed(proc.stdout + proc.stderr)
        if problem.get("bode"):
            measured.update(bode(work / "bode"))
        for name, expr in (problem.get("derived") or {}).items():
            try:  # the suite's own arithmetic over measured names, with no builtins
                measured[name] = float(eval(expr, {"__builtins__": {}}, {**MATH, **measured}))
            except (NameError, ZeroDivisionError):
                pass
        for name, bound in specs.items():
            v = measured.get(name)
            where = f"{lib}/{temp:g} °C/{supply:g} V: {name}"
            if v is None:
                failures.append(f"{where} not measured")
            elif ("min" in bound and v < num(bound["min"])) or ("max" in bound and v > num(bound["max"])):
                failures.append(f"{where} = {v:.4g} (wanted {bound})")
    assert not failures, failures
