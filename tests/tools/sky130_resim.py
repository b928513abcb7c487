"""What the two sky130 re-simulation tests share: the deck they hand to plain ngspice and the Bode
figures read back from its wrdata table. Nothing of chipsmith is used here."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "evals" / "data" / "analog" / "sky130"
LIBRARY = ROOT / "tools" / "pdk" / "sky130" / "sky130_1v8.lib"
SUFFIX = {"meg": 1e6, "g": 1e9, "k": 1e3, "m": 1e-3, "u": 1e-6, "n": 1e-9, "p": 1e-12, "f": 1e-15}


def num(text: object) -> float:
    """A SPICE number with its suffix ("1.8", "10u", "2meg")."""
    m = re.fullmatch(r"([-+0-9.e]+)(meg|[gkmunpf])?", str(text).strip().lower())
    assert m, text
    return float(m.group(1)) * SUFFIX.get(m.group(2) or "", 1.0)


def deck(netlist: str, values: dict[str, float], lib: str, temp: float, control: list[str]) -> str:
    """The problem's netlist with `values` written into its .param lines, the corner's .lib line,
    a .temp card and `control` as its .control block."""
    lines = netlist.splitlines()
    out = [lines[0], f'.lib "{LIBRARY}" {lib}', f".temp {temp:g}"]
    for line in lines[1:]:
        if line.strip().lower().startswith((".param", "+")):
            for name, v in values.items():
                line = re.sub(rf"\b{name}=\S+", f"{name}={v:.6g}", line)
        if line.strip().lower() == ".end":
            # one OpenMP thread: two spinning threads per ngspice slowed side-by-side runs 10-50x
            out += [".control", "set num_threads=1", "set wr_vecnames", "set wr_singlescale", *control, "quit 0", ".endc"]
        out.append(line)
    return "\n".join(out) + "\n"


def bode(path: Path) -> dict[str, float]:
    """DC gain (dB), unity-gain frequency (Hz, interpolated on a log axis) and phase margin (degrees)
    from a wrdata table of frequency, real and imaginary parts."""
    rows = path.read_text().splitlines()
    data = np.loadtxt(rows[1:], ndmin=2)
    f, h = data[:, 0], data[:, 1] + 1j * data[:, 2]
    db = 20 * np.log10(np.abs(h))
    lag = np.degrees(np.unwrap(np.angle(h)))
    lag = lag[0] - lag
    i = int(np.nonzero((db[:-1] > 0) & (db[1:] <= 0))[0][0])
    t = db[i] / (db[i] - db[i + 1])
    ugbw = 10 ** (math.log10(f[i]) + t * (math.log10(f[i + 1]) - math.log10(f[i])))
    return {"dc_gain_db": float(db[0]), "ugbw": float(ugbw), "pm": float(180 - (lag[i] + t * (lag[i + 1] - lag[i])))}
