"""Convert the hand-read truth lines (canon|symbol|name|min/typ/max UNIT|conditions|page) to SI records."""
import math, re, sys, json
PRE = {"": 1.0, "f": 1e-15, "p": 1e-12, "n": 1e-9, "u": 1e-6, "µ": 1e-6, "m": 1e-3, "k": 1e3, "M": 1e6, "G": 1e9}
BASE = {"V": "V", "A": "A", "ohm": "ohm", "F": "F", "C": "C", "s": "s", "Hz": "Hz", "W": "W", "S": "S"}
def unit(u):
    if u in ("1", ""): return 1.0, ""
    if u == "dB": return 1.0, "dB"
    if u == "deg": return 1.0, "deg"
    if u == "V/us": return 1e6, "V/s"
    if u == "V/ms": return 1e3, "V/s"
    if u == "V/mV": return "dB1000", "dB"
    if u == "nV/rtHz": return 1e-9, "V/rtHz"
    for b, si in BASE.items():
        if u.endswith(b) and u[: -len(b)] in PRE:
            return PRE[u[: -len(b)]], si
    raise ValueError(u)
def si(x, f):
    if x in ("-", ""): return None
    v = float(x)
    if f == "dB1000":
        return round(20 * math.log10(v * 1000), 6)
    y = v * f
    return float(f"{y:.12g}")
def load(path):
    recs = []
    for ln in open(path, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"): continue
        parts = ln.split("|")
        canon, sym, name, vals, cond, page = parts[:6]
        src = parts[6] if len(parts) > 6 else "table"
        nums, _, u = vals.partition(" ")
        f, su = unit(u.strip())
        mn, ty, mx = nums.split("/")
        recs.append({"canonical": canon, "symbol": sym, "name": name, "min": si(mn, f), "typ": si(ty, f),
                     "max": si(mx, f), "unit": su, "conditions": cond, "page": int(page), "source": src})
    return recs
if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p, len(load(p)))
