"""Time one RF filter design: every candidate topology, each with a 500-build Monte Carlo.

    .venv/bin/python scripts/bench_rf.py [--samples 500] [--repeat 5] [REQUEST]

Prints wall and CPU seconds per design (median and best of the repeats), the candidates it
tried and the verdict. The default request is a 10 % Chebyshev band-pass at 950 MHz, which
tries six candidates (ladder and coupled resonators at three orders; the two that meet the
spec at nominal get the Monte Carlo). CPU time is what the design costs whatever else the
machine runs; wall time depends on the load.
"""

from __future__ import annotations

import argparse
import statistics
import time

from chipsmith.tools.rf_spec import build_spec, parse_request
from chipsmith.tools.rf_synthesis import design

DEFAULT = "Chebyshev band-pass from 900 to 1000 MHz, 0.5 dB ripple, 30 dB at 800 MHz and 1.15 GHz, 50 ohm"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("request", nargs="?", default=DEFAULT)
    ap.add_argument("--samples", type=int, default=500, help="Monte Carlo builds per candidate")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    fields, missing = parse_request(args.request)
    if missing:
        raise SystemExit(f"the request does not say: {', '.join(missing)}")
    spec = build_spec(fields, "request")
    design(spec, mc_samples=10)  # imports and caches out of the timing
    walls, cpus = [], []
    for _ in range(args.repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        d = design(spec, mc_samples=args.samples)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    print(f"request: {args.request}")
    for c in d.candidates:
        y = "" if c.yield_fraction is None else f"{100 * c.yield_fraction:.1f} %"
        print(f"  candidate: {c.label():40s} met {'yes' if c.met else 'no ':3s} yield {y:8s} parts {c.parts}")
    print(f"verdict: {d.verdict_text()} ({d.topology}, order {d.order})")
    print(f"candidates {len(d.candidates)}, Monte Carlo {args.samples} builds each, {args.repeat} repeats")
    print(f"wall s: median {statistics.median(walls):.3f}, best {min(walls):.3f}")
    print(f"CPU s:  median {statistics.median(cpus):.3f}, best {min(cpus):.3f}")


if __name__ == "__main__":
    main()
