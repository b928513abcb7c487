"""The optimiser's own cost, without a simulator: CPU seconds of optuna's GP proposals on a synthetic problem.

    python scripts/bench_sizing_gp.py [--trials 60] [--dims 12] [--constraints 5] [--strategy gp --strategy bo]

Each strategy proposes ``--trials`` points of a smooth synthetic objective with ``--constraints``
constraints in ``--dims`` log-scaled variables (the shape of the sky130 Miller problem) through the
sizing engine's own sampler settings (``chipsmith.tools.sizing.search``). The figure is process CPU
time, which a loaded machine changes far less than wall time.
"""

from __future__ import annotations

import argparse
import logging
import time

import numpy as np


def run(strategy: str, trials: int, dims: int, constraints: int, seed: int) -> tuple[float, float]:
    """(total CPU seconds of the proposals, mean CPU seconds of the last ten)."""
    import optuna
    import torch

    from chipsmith.tools.sizing.search import _sampler, strategy_of

    optuna.logging.set_verbosity(logging.WARNING)
    torch.set_num_threads(1)
    study = optuna.create_study(sampler=_sampler(strategy_of(strategy), seed, 6))
    dists = {f"x{i}": optuna.distributions.FloatDistribution(1e-6, 1e-4, log=True) for i in range(dims)}
    spent = []
    for _ in range(trials):
        t = time.process_time()
        trial = study.ask(dists)
        spent.append(time.process_time() - t)
        x = np.log10([trial.params[f"x{i}"] for i in range(dims)]) + 5
        for c in range(constraints):
            trial.set_constraint(f"c{c}", float(np.sin(3 * x[c % dims] + x[(c + 1) % dims]) - 0.3 + 0.1 * x[(c + 2) % dims]))
        study.tell(trial, float(np.sum((x - 0.3) ** 2)))
    return float(sum(spent)), float(np.mean(spent[-10:]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=60)
    ap.add_argument("--dims", type=int, default=12)
    ap.add_argument("--constraints", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--strategy", action="append", help="strategies of chipsmith.tools.sizing.search (default: gp, bo)")
    args = ap.parse_args()
    for name in args.strategy or ["gp", "bo"]:
        total, last = run(name, args.trials, args.dims, args.constraints, args.seed)
        print(f"{name}: {args.trials} proposals, {args.dims} variables, {args.constraints} constraints: "
              f"{total:.1f} CPU s in all, {last:.2f} CPU s each over the last ten")


if __name__ == "__main__":
    main()
