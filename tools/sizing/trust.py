"""A TuRBO-style trust region for the sizing search: a box around the best point that grows on success and shrinks on failure.

After Eriksson et al., "Scalable Global Optimization via Local Bayesian Optimization" (NeurIPS
2019): in a dozen dimensions a GP fitted over the whole range spends its proposals exploring
corners of the space far from anything good, while the region around the best point found so
far is where the next improvement usually is. The box lives in the unit cube of the design
variables (log-scaled ones on a log axis); its side starts at ``length``, doubles after
``success_tol`` improvements in a row, halves after ``fail_tol`` proposals in a row without
one, and starts over at its first length, around the best point, when it falls under
``min_length``. The GP is fitted only on the points inside the box (fewer points, cheaper fits)."""


from __future__ import annotations

import math
from dataclasses import dataclass

from chipsmith.tools.sizing.problem import Problem


@dataclass
class TrustRegion:
    problem: Problem
    length: float
    fail_tol: int
    success_tol: int = 3
    min_length: float = 0.5 ** 6
    max_length: float = 1.6
    successes: int = 0
    failures: int = 0
    restarts: int = 0

    @classmethod
    def for_problem(cls, problem: Problem, *, seeded: bool) -> TrustRegion:
        """A start from hand analysis begins in a small box (a side of 0.2: about ±30 % on a decade-wide
        log variable); a search from nothing in TuRBO's own 0.8. Patience grows with the dimension."""
        d = len(problem.params)
        return cls(problem, 0.2 if seeded else 0.8, fail_tol=max(3, math.ceil(d / 3)))

    def __post_init__(self) -> None:
        self.first_length = self.length

    def update(self, value: float, best: float) -> None:
        """Record a new point's value against the best before it (lower is better; the caller computes
        both in the same terms): a success when it beats the best by 0.1 % of it."""
        if value < best - 1e-3 * abs(best):
            self.successes, self.failures = self.successes + 1, 0
        else:
            self.successes, self.failures = 0, self.failures + 1
        if self.successes >= self.success_tol:
            self.length, self.successes = min(2 * self.length, self.max_length), 0
        elif self.failures >= self.fail_tol:
            self.length, self.failures = self.length / 2, 0
            if self.length < self.min_length:
                self.length, self.restarts = self.first_length, self.restarts + 1

    def box(self, center: dict[str, float]) -> dict[str, tuple[float, float]]:
        """Per variable, the range of the box of side ``length`` around ``center``, clipped to the variable's bounds."""
        out: dict[str, tuple[float, float]] = {}
        half = self.length / 2
        for name, prm in self.problem.params.items():
            to_u, from_u = ((lambda v, p=prm: math.log(v / p.lo) / math.log(p.hi / p.lo)),
                            (lambda u, p=prm: p.lo * math.exp(u * math.log(p.hi / p.lo)))) if prm.log else \
                ((lambda v, p=prm: (v - p.lo) / (p.hi - p.lo)), (lambda u, p=prm: p.lo + u * (p.hi - p.lo)))
            u = to_u(min(max(center[name], prm.lo), prm.hi))
            # at a bound, the bound itself (no round trip through the logarithm)
            lo = prm.lo if u - half <= 0 else max(prm.lo, from_u(u - half))
            hi = prm.hi if u + half >= 1 else min(prm.hi, from_u(u + half))
            out[name] = (lo, hi)
        return out
