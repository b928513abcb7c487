"""The sky130 suite's sized designs, re-simulated in plain ngspice at every corner of their problem.

Nothing of chipsmith runs here: the deck is the problem's netlist with the sized values written
into its .param lines, the PDK corner's .lib line and a .temp card; ngspice runs as a subprocess;
gain, unity-gain frequency and phase margin are read from its wrdata table with numpy, and the
other sign-off figures (offset, output swing, CMRR and PSRR at DC and 10 kHz, input noise at 1 kHz
and integrated, gain at the input common-mode edges, slew rate, 1 % settling) from its meas and
print lines by their own formulas here. Every spec of the problem must be measured. The values
come from the run named in tests/designs/sky130_sized/sized.json.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from .sky130_resim import ROOT, SUITE, bode, deck, num

SIZED = json.loads((ROOT / "tests" / "designs" / "sky130_sized" / "sized.json").read_text())

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")]


def _corners(problem: dict) -> list[tuple[str, float, float]]:
    pvt = problem["pvt"]
    return [("tt", 27.0, 1.8)] + [(lib, float(t), float(v)) for lib, t, v in itertools.product(pvt["lib"], pvt["temp"], pvt["vdd"])]


def _signoff(p: dict[str, float]) -> dict[str, float]:
    """The sign-off figures from what ngspice printed (its meas results and printed scalars), by their textbook formulas."""
    step = p["vhigh"] - p["vlow"]
    return {
        "power": p["power"], "sat_min": min(v for n, v in p.items() if n.startswith("sat_")), "offset": p["offset"],
        "swing": p["swing"],
        "cmrr_dc": p["adm_dc"] - p["acm_dc"], "cmrr_10k": p["adm_10k"] - p["acm_10k"],  # dB: differential over common-mode gain
        "psrr_dc": p["adm_dc"] - p["avdd_dc"], "psrr_10k": p["adm_10k"] - p["avdd_10k"],  # over the supply's gain
        "vnoise_1k": p["vnoise_1k"], "vnoise_int": p["vnoise_int"],
        "icmr_gain": min(p["gain_icm_lo"], p["gain_icm_hi"]),
        # 20 %-80 % of the follower's step, rising and falling; the slower edge counts
        "slew": min(0.6 * step / (p["t80r"] - p["t20r"]), 0.6 * step / (p["t20f"] - p["t80f"])),
        "settling": p["tsettle"] - 0.1e-6,  # the step starts at 0.1 us (vstep's pulse)
        # systematic offset plus three sigma of the Pelgrom vth0 estimate ngspice printed (the Miller op-amp's)
        **({"offset_3sigma": abs(p["offset"]) + 3 * p["sig_off"]} if "sig_off" in p else {}),
    }


@pytest.mark.parametrize("circuit", sorted(SIZED))
def test_sized_design_meets_every_spec_at_every_corner_in_plain_ngspice(circuit: str, tmp_path: Path) -> None:
    # an entry sized by another strategy names its problem ("ota5_tr" is the ota5 problem)
    problem = yaml.safe_load((SUITE / f"{SIZED[circuit].get('problem', circuit)}.yaml").read_text())
    netlist = (SUITE / problem["netlist"]).read_text()
    specs = problem["specs"]
    failures = []
    for k, (lib, temp, vdd) in enumerate(_corners(problem)):
        work = tmp_path / f"c{k}"
        work.mkdir()
        (work / "deck.cir").write_text(deck(netlist, {**SIZED[circuit]["values"], "vdd": vdd}, lib, temp, problem["testbench"]))
        proc = subprocess.run(["ngspice", "-b", "deck.cir"], cwd=work, capture_output=True, text=True, timeout=300)
        printed = {m.group(1).lower(): float(m.group(2))
                   for m in re.finditer(r"^(\w+)\s*=\s*([-+0-9.eE]+)\s*$", proc.stdout, re.MULTILINE)}
        measured = {**bode(work / "bode"), **_signoff(printed)}
        for name, bound in specs.items():
            v = measured[name]
            if ("min" in bound and v < num(bound["min"])) or ("max" in bound and v > num(bound["max"])):
                failures.append(f"{lib}/{temp:g} °C/{vdd:g} V: {name} = {v:.4g} (wanted {bound})")
    assert not failures, failures
