"""Characteristic functions of the classical responses, as polynomials: the first step of LC ladder synthesis.

A response is described by its characteristic function ``K(s) = F(s)/P(s)`` (``|S21|^2 = c / (1 + |K|^2)``):
Butterworth, Chebyshev type I, Bessel (maximally flat delay) and elliptic (Cauer); odd orders as the
classical functions, even orders of Chebyshev and elliptic also as the "type b" modification that
moves the lowest reflection zero to DC (and, for elliptic, the highest transmission zero to infinity).
The Feldtkeller factorisation and the ladder extraction need more digits than floats hold, so the
polynomial arithmetic here also comes in 50-digit mpmath form (ascending coefficient lists).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import mpmath
import numpy as np
import numpy.polynomial.polynomial as npp

# --------------------------------------------------------------------------- characteristic functions

def _poly_from_u(u_roots: Iterable[float], m0: int) -> np.ndarray:
    """Ascending coefficients of ``s**m0 * prod(s**2 + u)``."""
    p: np.ndarray = np.zeros(m0 + 1)
    p[m0] = 1.0
    for u in u_roots:
        p = npp.polymul(p, [u, 0.0, 1.0])
    return np.asarray(p, dtype=float)


def _at(p: np.ndarray, omega: np.ndarray | float) -> np.ndarray:
    return np.asarray(npp.polyval(1j * np.asarray(omega, dtype=float), p))


# Ladder extraction loses about a decimal digit per element, so the Feldtkeller factorisation
# and the extraction run in 50-digit arithmetic (mpmath); polynomials are ascending lists.
_DPS = 50
MP = list[Any]  # a polynomial: ascending list of mpmath numbers


def _mp(p: Iterable[float]) -> MP:
    return [mpmath.mpf(float(c)) for c in p]


def _add(a: MP, b: MP) -> MP:
    n = max(len(a), len(b))
    return [(a[i] if i < len(a) else 0) + (b[i] if i < len(b) else 0) for i in range(n)]


def _sub(a: MP, b: MP) -> MP:
    return _add(a, [-c for c in b])


def _mul(a: MP, b: MP) -> MP:
    out = [mpmath.mpf(0)] * (len(a) + len(b) - 1)
    for i, x in enumerate(a):
        if x:
            for j, y in enumerate(b):
                out[i + j] += x * y
    return out


def _val(p: MP, s: Any) -> Any:
    acc = mpmath.mpf(0)
    for c in reversed(p):
        acc = acc * s + c
    return acc


def _mirror(p: MP) -> MP:
    """Coefficients of p(-s)."""
    return [c if i % 2 == 0 else -c for i, c in enumerate(p)]


def _to_x(p_pp: MP) -> MP:
    """An even polynomial in s as a polynomial in x = s**2."""
    return list(p_pp[::2])


def _floats(p: MP) -> np.ndarray:
    return np.array([float(v) for v in p])


def _cancel_lead(p: MP, rel: float | None = None) -> MP:
    """Drop leading coefficients that are residue of terms cancelling (a zero at infinity)."""
    rel = 10.0 ** (-_DPS + 20) if rel is None else rel
    scale = max((abs(c) for c in p), default=0)
    n = len(p)
    while n > 1 and abs(p[n - 1]) <= rel * scale:
        n -= 1
    return list(p[:n])


def _divmod(num: MP, den: MP) -> tuple[MP, MP]:
    num, den = list(num), _cancel_lead(den)
    if len(num) < len(den):
        return [mpmath.mpf(0)], num
    q = [mpmath.mpf(0)] * (len(num) - len(den) + 1)
    for i in range(len(q) - 1, -1, -1):
        q[i] = num[i + len(den) - 1] / den[-1]
        for j, d in enumerate(den):
            num[i + j] -= q[i] * d
    return q, num[: len(den) - 1] or [mpmath.mpf(0)]


def _roots(p: MP) -> list[Any]:
    """Roots of ``p``: numpy's double-precision roots polished by Newton steps in extended precision.

    Falls back to mpmath's own (slower) root finder when a root does not converge or two
    starting points converge to the same root.
    """
    dp = [i * c for i, c in enumerate(p)][1:]
    tol = mpmath.mpf(10) ** (-_DPS + 8)
    out = []
    for r0 in npp.polyroots([float(c) for c in p]):
        r = mpmath.mpc(complex(r0))
        for _ in range(12):
            step = _val(p, r) / _val(dp, r)
            r -= step
            if abs(step) <= tol * max(abs(r), 1):
                break
        else:
            break
        out.append(r)
    sep = min((abs(a - b) for i, a in enumerate(out) for b in out[i + 1:]), default=1)
    if len(out) == len(p) - 1 and sep > mpmath.mpf(10) ** -12:
        return out
    xr = mpmath.polyroots(list(reversed(p)), maxsteps=400, extraprec=2 * _DPS)
    return list(xr) if isinstance(xr, (list, tuple)) else [xr]


def _spectral_factor(pp_x: MP, half: Literal["left", "right"]) -> MP:
    """The polynomial q(s) with q(s) q(-s) = pp(x = s**2), roots taken from one half plane."""
    pp_x = _cancel_lead(pp_x)
    m0 = 0
    scale = max(abs(c) for c in pp_x)
    while len(pp_x) > 1 and abs(pp_x[0]) <= mpmath.mpf(10) ** (-_DPS + 10) * scale:  # roots at s = 0
        pp_x = pp_x[1:]
        m0 += 1
    deg = len(pp_x) - 1
    xr = _roots(pp_x) if deg > 0 else []
    q: MP = [mpmath.mpc(1)]
    for x in xr:
        r = mpmath.sqrt(mpmath.mpc(x))
        r = r if r.real > 0 else -r
        q = _mul(q, [r if half == "left" else -r, mpmath.mpf(1)])  # (s + r) has its root at -r
    q = [mpmath.mpf(0)] * m0 + q
    lead = pp_x[-1] * (-1) ** (deg + m0)  # leading coefficient of q(s) q(-s) is (-1)**n * lead(q)**2
    if lead <= 0:
        raise ArithmeticError("spectral factorisation: the polynomial is not positive on the jw axis")
    return [c.real * mpmath.sqrt(lead) for c in q]


@dataclass
class CharFunction:
    """``|S21|^2 = c |P0|^2 / (|P0|^2 + |F0|^2)``, normalised so that |F0/P0| = eps at the pass edge."""

    response: str
    order: int
    variant: str  # "a" (classical) or "b" (lowest reflection zero moved to DC)
    F0: np.ndarray
    P0: np.ndarray
    zeros: list[float]  # finite transmission zeros (rad/s, prototype)
    u_r: list[float] = field(default_factory=list)  # Omega**2 of the reflection zeros off DC
    u_z: list[float] = field(default_factory=list)  # Omega**2 of the finite transmission zeros
    m0: int = 0  # reflection zeros at DC
    scale: float = 1.0  # F0 = scale * s**m0 * prod(s**2 + u_r)

    def mp_polys(self) -> tuple[MP, MP, list[Any]]:
        """F0, P0 and the zeros in extended precision, built from the roots (not the rounded coefficients)."""
        F = [mpmath.mpf(0)] * self.m0 + [mpmath.mpf(self.scale)]
        for u in self.u_r:
            F = _mul(F, [mpmath.mpf(u), 0, 1])
        P: MP = [mpmath.mpf(1)]
        for u in self.u_z:
            P = _mul(P, [mpmath.mpf(u), 0, 1])
        return F, P, sorted(mpmath.sqrt(mpmath.mpf(u)) for u in self.u_z)

    def k_squared(self, omega: np.ndarray) -> np.ndarray:
        return np.asarray(np.abs(_at(self.F0, omega)) ** 2 / np.abs(_at(self.P0, omega)) ** 2)

    def atten_db(self, omega: np.ndarray) -> np.ndarray:
        return np.asarray(10 * np.log10(1 + self.k_squared(omega)))

    @property
    def k0_squared(self) -> float:
        return float(self.F0[0] ** 2 / self.P0[0] ** 2)


def _normalise(F0: np.ndarray, P0: np.ndarray, eps: float) -> np.ndarray:
    return np.asarray(F0 * eps / abs(_at(F0, 1.0) / _at(P0, 1.0)))


def _typeb(u_r: list[float], u_z: list[float]) -> tuple[list[float], list[float]]:
    """Map u = Omega**2 so the lowest reflection zero goes to DC and the highest finite zero to infinity."""
    R = min(u_r)
    if not u_z:  # all-pole: a linear map keeps the function a polynomial
        return [(u - R) / (1 - R) for u in u_r], []
    Z = max(u_z)
    k = (Z - 1) / (1 - R)
    zs = sorted(u_z)[:-1]
    return [k * (u - R) / (Z - u) for u in u_r], [k * (u - R) / (Z - u) for u in zs]  # the map's inverse


def _elliptic_roots(n: int, xi: float) -> tuple[list[float], list[float]]:
    """u = Omega**2 of the reflection and transmission zeros of the elliptic rational function R_n(xi, .)."""
    from scipy import special  # here, not at the top: only elliptic designs need it

    m = 1.0 / xi ** 2
    K = special.ellipk(m)
    xs = []
    for i in range(1, n // 2 + 1):
        sn, cn, dn, _ = special.ellipj((2 * i - 1) * K / n, m)
        xs.append(cn / dn)
    return [x * x for x in xs], [(xi / x) ** 2 for x in xs]


def char_function(response: str, n: int, ripple_db: float, omega_s: float, variant: str = "a") -> CharFunction:
    """The characteristic function of one response at order ``n`` (Bessel is handled by :func:`bessel_polys`)."""
    eps = math.sqrt(10 ** (ripple_db / 10) - 1)
    u_z: list[float] = []
    if response == "butterworth":
        F0, P0 = _poly_from_u([], n), np.array([1.0])
        F0n = _normalise(F0, P0, eps)
        return CharFunction(response, n, "a", F0n, P0, [], [], [], n, float(F0n[-1]))
    if response == "chebyshev":
        u_r = [math.cos((2 * k - 1) * math.pi / (2 * n)) ** 2 for k in range(1, n // 2 + 1)]
    elif response == "elliptic":
        if n == 1:
            return char_function("butterworth", 1, ripple_db, omega_s)
        u_r, u_z = _elliptic_roots(n, omega_s if variant == "a" else _typeb_xi(n, omega_s))
    else:
        raise ValueError(response)
    m0 = n % 2
    if variant == "b" and n % 2 == 0:
        u_r, u_z = _typeb(u_r, u_z)
        u_r = [u for u in u_r if u > 1e-15]
        m0 = 2
    F0 = _poly_from_u(u_r, m0)
    P0 = _poly_from_u(u_z, 0)
    zeros = sorted(math.sqrt(u) for u in u_z)
    F0n = _normalise(F0, P0, eps)
    return CharFunction(response, n, variant if n % 2 == 0 else "a", F0n, P0, zeros, list(u_r), list(u_z), m0, float(F0n[-1]))


def _typeb_xi(n: int, omega_s: float) -> float:
    """The selectivity of the type-a function whose type-b map puts the stop edge exactly at ``omega_s``."""
    def mapped_edge(xi: float) -> float:
        u_r, u_z = _elliptic_roots(n, xi)
        R, Z = min(u_r), max(u_z)
        k = (Z - 1) / (1 - R)
        return math.sqrt(k * (xi * xi - R) / (Z - xi * xi))
    lo, hi = 1.0 + 1e-9, omega_s
    for _ in range(80):
        mid = math.sqrt(lo * hi)
        if mapped_edge(mid) > omega_s:
            hi = mid
        else:
            lo = mid
    return lo


def bessel_polys(n: int, ripple_db: float) -> tuple[np.ndarray, np.ndarray]:
    """Bessel E(s) and P (= E(0)), frequency-scaled so the attenuation at Omega = 1 is ``ripple_db``."""
    from scipy import signal  # here, not at the top: importing scipy.signal costs ~1 s of CPU, and only Bessel needs it

    _, a = signal.bessel(n, 1.0, analog=True, norm="delay")
    E = np.asarray(a[::-1], dtype=float)

    def att(w: float) -> float:
        return float(20 * np.log10(abs(_at(E, w)) / E[0]))

    lo, hi = 1e-6, 1.0
    while att(hi) < ripple_db:
        hi *= 2
    for _ in range(100):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if att(mid) < ripple_db else (lo, mid)
    w = 0.5 * (lo + hi)
    E = E * w ** np.arange(len(E))  # E(s * w): the edge attenuation moves to Omega = 1
    E = E / E[0]
    return E, np.array([1.0])


def stop_atten(response: str, n: int, ripple_db: float, omega_s: float, variant: str = "a") -> float:
    """The least prototype attenuation (dB, without mismatch loss) over the stop band [omega_s, inf)."""
    grid = omega_s * np.geomspace(1.0, 100.0, 400)
    if response == "bessel":
        E, P = bessel_polys(n, ripple_db)
        return float(np.min(20 * np.log10(np.abs(_at(E, grid)) / abs(P[0]))))
    return float(np.min(char_function(response, n, ripple_db, omega_s, variant).atten_db(grid)))

def _variant(response: str, n: int, gamma: float, ripple_db: float) -> str:
    """Classical even-order Chebyshev needs a mismatch at DC; type b when the terminations do not give it."""
    if n % 2 or response not in ("chebyshev", "elliptic"):
        return "a"
    if response == "elliptic":
        return "b"  # type a even elliptic has finite loss at infinity: not a plain ladder
    eps2 = 10 ** (ripple_db / 10) - 1
    return "a" if (1 - gamma ** 2) * (1 + eps2) <= 1 else "b"
