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
import math
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "evals" / "data" / "analog" / "sky130"
LIBRARY = ROOT / "tools" / "pdk" / "sky130" / "sky130_1v8.lib"
SIZED = json.loads((ROOT / "tests" / "designs" / "sky130_sized" / "sized.json").read_text())
SUFFIX = {"meg": 1e6, "g": 1e9, "k": 1e3, "m": 1e-3, "u": 1e-6, "n": 1e-9, "p": 1e-12, "f": 1e-15}

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("ngspice") is None, reason="ngspice is not installed")]


def _num(text: object) -> float:
    m = re.fullmatch(r"([-+0-9.e]+)(meg|[gkmunpf])?", str(text).strip().lower())
    assert m, text
    return float(m.group(1)) * SUFFIX.get(m.group(2) or "", 1.0)


def _corners(problem: dict) -> list[tuple[str, float, float]]:
    pvt = problem["pvt"]
    return [("tt", 27.0, 1.8)] + [(lib, float(t), float(v)) for lib, t, v in itertools.product(pvt["lib"], pvt["temp"], pvt["vdd"])]


def _deck(netlist: str, values: dict[str, float], lib: str, temp: float, vdd: float, control: list[str]) -> str:
    values = {**values, "vdd": vdd}
    lines = netlist.splitlines()
    out = [lines[0], f'.lib "{LIBRARY}" {lib}', f".temp {temp:g}"]
    for line in lines[1:]:
        if line.strip().lower().startswith((".param", "+")):
            for name, v in values.items():
                line = re.sub(rf"\b{name}=\S+", f"{name}={v:.6g}", line)
        if line.strip().lower() == ".end":
            out += [".control", "set wr_vecnames", "set wr_singlescale", *control, "quit 0", ".endc"]
        out.append(line)
    return "\n".join(out) + "\n"


def _bode(path: Path) -> tuple[float, float, float]:
    rows = path.read_text().splitlines()
    data = np.loadtxt(rows[1:], ndmin=2)
    f, h = data[:, 0], data[:, 1] + 1j * data[:, 2]
    db = 20 * np.log10(np.abs(h))
    lag = np.degrees(np.unwrap(np.angle(h)))
    lag = lag[0] - lag
    i = int(np.nonzero((db[:-1] > 0) & (db[1:] <= 0))[0][0])
    t = db[i] / (db[i] - db[i + 1])
    ugbw = 10 ** (math.log10(f[i]) + t * (math.log10(f[i + 1]) - math.log10(f[i])))
    return float(db[0]), float(ugbw), float(180 - (lag[i] + t * (lag[i + 1] - lag[i])))


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
    }


@pytest.mark.parametrize("circuit", sorted(SIZED))
def test_sized_design_meets_every_spec_at_every_corner_in_plain_ngspice(circuit: str, tmp_path: Path) -> None:
    problem = yaml.safe_load((SUITE / f"{circuit}.yaml").read_text())
    netlist = (SUITE / problem["netlist"]).read_text()
    specs = problem["specs"]
    failures = []
    for k, (lib, temp, vdd) in enumerate(_corners(problem)):
        work = tmp_path / f"c{k}"
        work.mkdir()
        (work / "deck.cir").write_text(_deck(netlist, SIZED[circuit]["values"], lib, temp, vdd, problem["testbench"]))
        proc = subprocess.run(["ngspice", "-b", "deck.cir"], cwd=work, capture_output=True, text=True, timeout=300)
        printed = {m.group(1).lower(): float(m.group(2))
                   for m in re.finditer(r"^(\w+)\s*=\s*([-+0-9.eE]+)\s*$", proc.stdout, re.MULTILINE)}
        gain, ugbw, pm = _bode(work / "bode")
        measured = {"dc_gain_db": gain, "ugbw": ugbw, "pm": pm, **_signoff(printed)}
        for name, bound in specs.items():
            v = measured[name]
            if ("min" in bound and v < _num(bound["min"])) or ("max" in bound and v > _num(bound["max"])):
                failures.append(f"{lib}/{temp:g} °C/{vdd:g} V: {name} = {v:.4g} (wanted {bound})")
    assert not failures, failures
