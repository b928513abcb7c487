"""LC ladder filter synthesis: from a spec to a doubly terminated ladder with real part values.

The synthesis is the classical insertion-loss method. A response is described by its
characteristic function ``K(s) = F(s)/P(s)`` (``|S21|^2 = c / (1 + |K|^2)``); the
Feldtkeller equation ``E E* = F F* + P P*`` gives the Hurwitz polynomial ``E`` by spectral
factorisation, the input impedance is ``Z = (E + F)/(E - F)``, and the ladder comes out of
``Z`` by pole removal at infinity and, for elliptic responses, by zero shifting at each
finite transmission zero (partial removal, then a resonator that blocks that frequency).
Every prototype is re-analysed and compared with its target response before it is used:
a ladder that does not reproduce the function it was built from is refused, never returned.

Supported: Butterworth, Chebyshev type I, Bessel (maximally flat delay) and elliptic
(Cauer) responses; odd orders as the classical functions, even orders of Chebyshev and
elliptic as the "type b" modification that moves the lowest reflection zero to DC (and,
for elliptic, the highest transmission zero to infinity) so equal terminations stay
possible. Low-pass prototypes are transformed to LP/HP/BP/BS and scaled to the source
impedance; every value is then snapped to an E-series.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import mpmath
import numpy as np
import numpy.polynomial.polynomial as npp
from pydantic import BaseModel, Field

from chipsmith.core.errors import InputError

Kind = Literal["lowpass", "highpass", "bandpass", "bandstop"]
Response = Literal["butterworth", "chebyshev", "bessel", "elliptic"]
ESeries = Literal["E12", "E24", "E96"]
MAX_ORDER = 15


class RFSpec(BaseModel):
    """What the user asks for; also the schema the LLM fills when the parser cannot."""

    kind: Kind = Field(description="lowpass, highpass, bandpass or bandstop")
    response: Response = Field("chebyshev", description="butterworth, chebyshev, bessel or elliptic")
    pass_edges_hz: list[float] = Field(description="pass-band edge(s) in Hz: one for LP/HP, two for BP/BS")
    ripple_db: float = Field(0.5, description="pass-band ripple (largest attenuation in the pass band) in dB")
    stop_edges_hz: list[float] = Field(description="stop-band edge(s) in Hz: one for LP/HP, one or two for BP, two for BS")
    atten_db: float = Field(40.0, description="least attenuation in the stop band in dB")
    z_source: float = Field(50.0, description="source impedance in ohm")
    z_load: float = Field(50.0, description="load impedance in ohm")
    first_element: Literal["shunt", "series"] = Field("shunt", description="first element of the ladder")
    eseries: ESeries = Field("E24", description="E-series for the part values")
    tolerance_pct: float = Field(2.0, description="part tolerance for the Monte Carlo yield, in percent")
    inductor_q: float | None = Field(None, description="unloaded inductor Q (None: lossless)")
    capacitor_esr_ohm: float | None = Field(None, description="capacitor ESR in ohm (None: lossless)")
    yield_target_pct: float = Field(90.0, description="least Monte Carlo yield, in percent, for the design to count as buildable")


# --------------------------------------------------------------------------- spec checks

def _fmt_hz(f: float) -> str:
    for unit, scale in (("GHz", 1e9), ("MHz", 1e6), ("kHz", 1e3)):
        if abs(f) >= scale:
            return f"{f / scale:.4g} {unit}"
    return f"{f:.4g} Hz"


def validate(spec: RFSpec) -> None:
    """Raise InputError naming the conflict (and what would be feasible) for a spec that cannot be met."""
    p, s = sorted(spec.pass_edges_hz), sorted(spec.stop_edges_hz)
    if spec.ripple_db <= 0:
        raise InputError(f"pass-band ripple {spec.ripple_db} dB must be > 0 (a lossless ladder needs some ripple); try 0.1 dB or more")
    if spec.response in ("chebyshev", "elliptic") and spec.ripple_db > 10:
        raise InputError(f"pass-band ripple {spec.ripple_db} dB is too large to be a pass band; use at most 3 dB")
    if spec.atten_db <= spec.ripple_db:
        raise InputError(f"stop-band attenuation {spec.atten_db} dB must exceed the pass-band ripple {spec.ripple_db} dB; "
                         f"try {max(20.0, 10 * spec.ripple_db):g} dB")
    if spec.z_source <= 0 or spec.z_load <= 0:
        raise InputError(f"terminations must be positive resistances (got {spec.z_source} and {spec.z_load} ohm)")
    if any(f <= 0 for f in p + s):
        raise InputError("every band edge must be a positive frequency")
    if spec.tolerance_pct < 0 or spec.tolerance_pct >= 50:
        raise InputError(f"part tolerance {spec.tolerance_pct} % must be between 0 and 50")
    if not 0 < spec.yield_target_pct <= 100:
        raise InputError(f"yield target {spec.yield_target_pct} % must be above 0 and at most 100")
    want = {"lowpass": (1, (1,)), "highpass": (1, (1,)), "bandpass": (2, (1, 2)), "bandstop": (2, (2,))}[spec.kind]
    if len(p) != want[0]:
        raise InputError(f"a {spec.kind} filter needs {want[0]} pass-band edge(s), got {len(p)}: {[_fmt_hz(f) for f in p]}")
    if len(s) not in want[1]:
        raise InputError(f"a {spec.kind} filter needs {' or '.join(map(str, want[1]))} stop-band edge(s), got {len(s)}")
    if spec.kind == "lowpass" and not s[0] > p[0]:
        raise InputError(f"low-pass stop-band edge {_fmt_hz(s[0])} lies inside the pass band (<= {_fmt_hz(p[0])}); "
                         f"closest feasible: a stop edge above the pass edge, e.g. {_fmt_hz(2 * p[0])}")
    if spec.kind == "highpass" and not s[0] < p[0]:
        raise InputError(f"high-pass stop-band edge {_fmt_hz(s[0])} lies inside the pass band (>= {_fmt_hz(p[0])}); "
                         f"closest feasible: a stop edge below the pass edge, e.g. {_fmt_hz(p[0] / 2)}")
    if spec.kind == "bandpass":
        if p[0] == p[1]:
            raise InputError("band-pass edges are equal: give a bandwidth")
        for f in s:
            if p[0] <= f <= p[1]:
                raise InputError(f"stop-band edge {_fmt_hz(f)} lies inside the pass band {_fmt_hz(p[0])}..{_fmt_hz(p[1])}; "
                                 f"closest feasible: move it below {_fmt_hz(p[0])} or above {_fmt_hz(p[1])}")
        if len(s) == 2 and not (s[0] < p[0] and s[1] > p[1]):
            raise InputError(f"band-pass stop edges {_fmt_hz(s[0])} and {_fmt_hz(s[1])} must lie on both sides of the pass band "
                             f"{_fmt_hz(p[0])}..{_fmt_hz(p[1])}")
    if spec.kind == "bandstop":
        if not (p[0] < s[0] < s[1] < p[1]):
            raise InputError(f"band-stop edges must nest as pass < stop < stop < pass; got pass {_fmt_hz(p[0])}, {_fmt_hz(p[1])} "
                             f"and stop {_fmt_hz(s[0])}, {_fmt_hz(s[1])} (the stop band must lie inside the pass-band edges)")


def normalised_stop(spec: RFSpec) -> float:
    """The prototype stop-band edge Omega_s (the pass edge is 1) for the requested transformation."""
    p, s = sorted(spec.pass_edges_hz), sorted(spec.stop_edges_hz)
    if spec.kind == "lowpass":
        return s[0] / p[0]
    if spec.kind == "highpass":
        return p[0] / s[0]
    w0sq, bw = p[0] * p[1], p[1] - p[0]
    if spec.kind == "bandpass":
        return min(abs((f * f - w0sq) / (bw * f)) for f in s)
    return min(abs(bw * f / (w0sq - f * f)) for f in s)


def reflection_limit(spec: RFSpec) -> float:
    """|Gamma| of the terminations: the mismatch the ladder sees at the prototype's DC."""
    return abs(spec.z_load - spec.z_source) / (spec.z_load + spec.z_source)


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


def minimum_order(spec: RFSpec) -> int:
    """The least order whose ideal (unsnapped) response meets the spec; InputError above MAX_ORDER."""
    validate(spec)
    ws = normalised_stop(spec)
    g = reflection_limit(spec)
    for n in range(1, MAX_ORDER + 1):
        if stop_atten(spec.response, n, spec.ripple_db, ws, _variant(spec.response, n, g, spec.ripple_db)) >= spec.atten_db:
            return n
    best = stop_atten(spec.response, MAX_ORDER, spec.ripple_db, ws, _variant(spec.response, MAX_ORDER, g, spec.ripple_db))
    edge = _edge_for(spec, spec.atten_db)
    hint = f"{spec.atten_db:g} dB at a stop edge of {_fmt_hz(edge)}" if edge else "a wider transition band"
    raise InputError(
        f"a {spec.response} {spec.kind} meeting {spec.atten_db:g} dB at {', '.join(_fmt_hz(f) for f in spec.stop_edges_hz)} "
        f"with {spec.ripple_db:g} dB ripple needs an order above {MAX_ORDER}; closest feasible at order {MAX_ORDER}: "
        f"{best:.1f} dB at the given edge(s), or {hint}" +
        ("; or choose an elliptic response" if spec.response != "elliptic" else ""))


def _edge_for(spec: RFSpec, atten: float) -> float | None:
    """The stop edge (Hz, nearest the pass band) at which order MAX_ORDER reaches ``atten``."""
    var = _variant(spec.response, MAX_ORDER, reflection_limit(spec), spec.ripple_db)
    lo, hi = 1.0 + 1e-6, 1e4
    if stop_atten(spec.response, MAX_ORDER, spec.ripple_db, hi, var) < atten:
        return None
    for _ in range(60):
        mid = math.sqrt(lo * hi)
        lo, hi = (mid, hi) if stop_atten(spec.response, MAX_ORDER, spec.ripple_db, mid, var) < atten else (lo, mid)
    ws = hi
    p = sorted(spec.pass_edges_hz)
    if spec.kind == "lowpass":
        return p[0] * ws
    if spec.kind == "highpass":
        return p[0] / ws
    f0sq, bw = p[0] * p[1], p[1] - p[0]
    if spec.kind == "bandpass":  # the upper edge with |Omega| = ws
        return (ws * bw + math.sqrt((ws * bw) ** 2 + 4 * f0sq)) / 2
    return (-bw / ws + math.sqrt((bw / ws) ** 2 + 4 * f0sq)) / 2


# --------------------------------------------------------------------------- ladder extraction

@dataclass
class Element:
    """One two-terminal part between nodes ``a`` and ``b`` ("0" is ground)."""

    name: str
    kind: Literal["L", "C"]
    a: str
    b: str
    value: float


@dataclass
class Ladder:
    """A terminated ladder: source resistance into node "in", load resistance at node "out"."""

    elements: list[Element]
    r_source: float
    r_load: float
    nodes: list[str] = field(default_factory=list)
    out_node: str = "out"

    def __post_init__(self) -> None:
        if not self.nodes:
            seen: list[str] = []
            for e in self.elements:
                for n in (e.a, e.b):
                    if n != "0" and n not in seen:
                        seen.append(n)
            self.nodes = seen


@dataclass
class Prototype:
    """A normalised low-pass ladder (Rs = 1, pass edge 1 rad/s) and the polynomials it realises."""

    response: str
    order: int
    variant: str
    ladder: Ladder
    E: np.ndarray
    F: np.ndarray
    P: np.ndarray
    zeros: list[float]


def _divexact(num: MP, den: MP, what: str) -> MP:
    q, r = _divmod(num, den)
    if max(abs(c) for c in r) > mpmath.mpf(10) ** (-_DPS // 2) * max(abs(c) for c in num):
        raise ArithmeticError(f"{what}: remainder {float(max(abs(c) for c in r)):.3g}")
    return _cancel_lead(q)


class _Builder:
    def __init__(self) -> None:
        self.elements: list[Element] = []
        self.node = "n1"
        self._count = 1
        self._names: dict[str, int] = {"L": 0, "C": 0}

    def new_node(self) -> str:
        self._count += 1
        return f"n{self._count}"

    def add(self, kind: Literal["L", "C"], a: str, b: str, value: Any) -> None:
        value = float(value)
        if not (value > 0 and math.isfinite(value)):
            raise ArithmeticError(f"non-positive {kind} = {value}")
        self._names[kind] += 1
        self.elements.append(Element(f"{kind}{self._names[kind]}", kind, a, b, value))


def _extract(Z_num: MP, Z_den: MP, first: str, zeros: Sequence[Any], n_inf: int) -> Ladder:
    """Cauer extraction with zero shifting. ``first`` "shunt" works on Y, "series" on Z."""
    mode = "Y" if first == "shunt" else "Z"
    num, den = (Z_den, Z_num) if mode == "Y" else (Z_num, Z_den)
    num, den = _cancel_lead(num), _cancel_lead(den)
    b = _Builder()

    def remove_inf(num: MP, den: MP, mode: str) -> tuple[MP, MP, str]:
        den = _cancel_lead(den)  # a zero at infinity leaves rounding residue in the top term
        if len(num) != len(den) + 1:
            raise ArithmeticError("no pole at infinity where one is needed")
        k = num[-1] / den[-1]
        rest = _cancel_lead(_sub(num, _mul([0, k], den))[:-1])
        if mode == "Y":
            b.add("C", b.node, "0", k)
        else:
            nxt = b.new_node()
            b.add("L", b.node, nxt, k)
            b.node = nxt
        return den, rest, ("Z" if mode == "Y" else "Y")

    for wz in zeros:
        jw = mpmath.mpc(0, wz)
        val = _val(num, jw) / _val(den, jw)
        if abs(val.real) > 1e-6 * max(abs(val), 1.0):
            raise ArithmeticError("immittance not reactive at a transmission zero")
        k = val.imag / wz  # partial removal so the rest vanishes at j*wz
        if k < -1e-9:
            raise ArithmeticError("negative partial element")
        if k > 1e-12:
            if mode == "Y":
                b.add("C", b.node, "0", k)
            else:
                nxt = b.new_node()
                b.add("L", b.node, nxt, k)
                b.node = nxt
        rest = _cancel_lead(_sub(num, _mul([0, k], den)))
        quad = [wz ** 2, mpmath.mpf(0), mpmath.mpf(1)]
        Q = _divexact(rest, quad, "zero shift")
        # the inverse immittance den / (quad * Q) has poles at +-j wz: remove them whole
        a = _val(den, jw) / _val(Q, jw) / jw
        if abs(a.imag) > 1e-6 * abs(a) or a.real <= 0:
            raise ArithmeticError("resonator residue not positive")
        a = a.real
        M = _divexact(_cancel_lead(_sub(den, _mul([0, a], Q))), quad, "pole removal")
        if mode == "Y":  # a parallel LC in the series arm: Z = (s/C)/(s^2 + wz^2)
            nxt = b.new_node()
            b.add("L", b.node, nxt, a / wz ** 2)
            b.add("C", b.node, nxt, 1 / a)
            b.node = nxt
        else:  # a series LC in a shunt arm: Y = (s/L)/(s^2 + wz^2)
            mid = b.new_node()
            b.add("L", b.node, mid, 1 / a)
            b.add("C", mid, "0", a / wz ** 2)
        num, den = Q, M  # back to the same kind of immittance after the resonator
    for _ in range(n_inf):
        num, den, mode = remove_inf(num, den, mode)
    num, den = _cancel_lead(num), _cancel_lead(den)
    if len(num) != 1 or len(den) != 1:
        raise ArithmeticError("remainder is not a resistor")
    r = num[0] / den[0]
    r_load = 1 / r if mode == "Y" else r
    if not r_load > 0:
        raise ArithmeticError("negative load")
    # rename so netlists read "in" ... "out" (a single shunt part has both ports on one node)
    out = "in" if b.node == "n1" else "out"
    names = {"n1": "in", b.node: out}
    for e in b.elements:
        e.a, e.b = names.get(e.a, e.a), names.get(e.b, e.b)
    return Ladder(b.elements, 1.0, float(r_load), out_node=out)


def synthesize(response: str, n: int, ripple_db: float, omega_s: float, gamma: float,
               first: Literal["shunt", "series"], r_ratio: float) -> Prototype:
    """The normalised prototype of order ``n`` with load/source ratio ``r_ratio`` (|Gamma| = ``gamma``).

    Raises ArithmeticError when no ladder with this first element and ratio realises the
    response (callers try the next option); the result is checked against its target.
    """
    variant = _variant(response, n, gamma, ripple_db)
    with mpmath.workdps(_DPS):
        return _synthesize(response, n, ripple_db, omega_s, gamma, first, r_ratio, variant)


def _synthesize(response: str, n: int, ripple_db: float, omega_s: float, gamma: float,
                first: Literal["shunt", "series"], r_ratio: float, variant: str) -> Prototype:
    F0: MP | None
    if response == "bessel":
        Ef, P0f = bessel_polys(n, ripple_db)
        zeros: list[Any] = []
        E, P0, k0sq, F0 = _mp(Ef), _mp(P0f), 0.0, None
    else:
        cf = char_function(response, n, ripple_db, omega_s, variant)
        F0, P0, zeros = cf.mp_polys()
        k0sq = cf.k0_squared
        E = _spectral_factor(_to_x(_add(_mul(F0, _mirror(F0)), _mul(P0, _mirror(P0)))), "left")
    c = (1 - gamma ** 2) * (1 + k0sq)
    if c > 1 + 1e-9:
        raise ArithmeticError("terminations too close for this even-order response")
    P = [x * mpmath.sqrt(min(c, 1.0)) for x in P0]
    n_inf = n - 2 * len(zeros)
    if F0 is not None and abs(c - 1) < 1e-12:
        candidates = [F0]
    else:
        x = _to_x(_sub(_mul(E, _mirror(E)), _mul(P, _mirror(P))))
        candidates = [_spectral_factor(x, "left"), _spectral_factor(x, "right")]
    errors = []
    orders = _zero_orders(zeros)
    for F in candidates:
        for sign in (1, -1):
            Fs = [sign * c_ for c_ in F]
            zn, zd = _cancel_lead(_add(E, Fs)), _cancel_lead(_sub(E, Fs))
            for order in orders:
                try:
                    lad = _extract(zn, zd, first, order, n_inf)
                except (ArithmeticError, ZeroDivisionError) as exc:
                    errors.append(str(exc))
                    continue
                if abs(lad.r_load - r_ratio) > 1e-6 * r_ratio:
                    errors.append(f"load {lad.r_load:.4g}")
                    break  # another zero order gives the same load
                proto = Prototype(response, n, variant, lad, _floats(E), _floats(Fs), _floats(P), [float(z) for z in zeros])
                check_prototype(proto)
                return proto
    raise ArithmeticError(f"no {first}-first ladder for {response} order {n} with load ratio {r_ratio:.4g}: {errors[-1] if errors else ''}")


def _zero_orders(zeros: list[Any]) -> list[list[Any]]:
    """Orders in which to extract finite zeros: the usual good ones first, then all others."""
    if not zeros:
        return [[]]
    z = sorted(zeros)
    first = [z[::-1], z, z[1:] + z[:1], z[:1][::-1] + z[1:][::-1]]
    seen, out = set(), []
    for cand in itertools.chain(first, itertools.islice(itertools.permutations(z), 48)):
        key = tuple(cand)
        if key not in seen:
            seen.add(key)
            out.append(list(cand))
    return out


def check_prototype(proto: Prototype, tol_db: float = 1e-4) -> None:
    """Refuse a ladder whose analysed |S21| differs from the function it was built from."""
    from chipsmith.tools.rf_verify import ladder_s

    w = np.concatenate([np.linspace(0.01, 1.0, 60), np.geomspace(1.0, 20.0, 60)])
    if proto.zeros:
        w = np.concatenate([w, np.array(proto.zeros) * 0.999, np.array(proto.zeros) * 1.001])
    target = 20 * np.log10(np.maximum(np.abs(_at(proto.P, w)) / np.abs(_at(proto.E, w)), 1e-30))
    s21, _ = ladder_s(proto.ladder, w / (2 * np.pi))
    got = 20 * np.log10(np.maximum(np.abs(s21), 1e-30))
    mask = target > -120  # deep nulls are limited by numerics, not by the ladder
    err = float(np.max(np.abs(got[mask] - target[mask])))
    if err > tol_db:
        raise ArithmeticError(f"ladder does not reproduce its transfer function (error {err:.3g} dB)")


# --------------------------------------------------------------------------- transformations

def transform(proto: Ladder, spec: RFSpec) -> Ladder:
    """Scale a normalised LP prototype to the spec's impedance and frequency, LP/HP/BP/BS."""
    r0 = spec.z_source
    p = sorted(spec.pass_edges_hz)
    w1 = 2 * math.pi * p[0]
    if spec.kind in ("bandpass", "bandstop"):
        w2 = 2 * math.pi * p[1]
        w0, bw = math.sqrt(w1 * w2), w2 - w1
    out: list[Element] = []
    count = {"L": 0, "C": 0}
    extra = [0]

    def add(kind: Literal["L", "C"], a: str, b: str, v: float) -> None:
        count[kind] += 1
        out.append(Element(f"{kind}{count[kind]}", kind, a, b, v))

    def node() -> str:
        extra[0] += 1
        return f"m{extra[0]}"

    for e in proto.elements:
        g = e.value
        if spec.kind == "lowpass":
            add(e.kind, e.a, e.b, g * r0 / w1 if e.kind == "L" else g / (r0 * w1))
        elif spec.kind == "highpass":
            if e.kind == "L":
                add("C", e.a, e.b, 1 / (w1 * g * r0))
            else:
                add("L", e.a, e.b, r0 / (w1 * g))
        elif spec.kind == "bandpass":
            if e.kind == "L":  # series resonator
                m = node()
                add("L", e.a, m, g * r0 / bw)
                add("C", m, e.b, bw / (w0 ** 2 * g * r0))
            else:  # parallel resonator
                add("L", e.a, e.b, r0 * bw / (w0 ** 2 * g))
                add("C", e.a, e.b, g / (r0 * bw))
        else:
            if e.kind == "L":  # parallel resonator
                add("L", e.a, e.b, r0 * g * bw / w0 ** 2)
                add("C", e.a, e.b, 1 / (r0 * g * bw))
            else:  # series resonator
                m = node()
                add("L", e.a, m, r0 / (g * bw))
                add("C", m, e.b, g * bw / (r0 * w0 ** 2))
    # the prototype's load ratio was checked to 1e-6 against the spec's; write the spec's value
    r_load = spec.z_load if abs(proto.r_load * r0 - spec.z_load) < 1e-5 * spec.z_load else proto.r_load * r0
    return Ladder(out, r0, r_load, out_node=proto.out_node)


# --------------------------------------------------------------------------- E-series

_E12 = [1.0, 1.2, 1.5, 1.8, 2.2, 2.7, 3.3, 3.9, 4.7, 5.6, 6.8, 8.2]
_E24 = [1.0, 1.1, 1.2, 1.3, 1.5, 1.6, 1.8, 2.0, 2.2, 2.4, 2.7, 3.0, 3.3, 3.6, 3.9, 4.3, 4.7, 5.1, 5.6, 6.2, 6.8, 7.5, 8.2, 9.1]
_E96 = [round(10 ** (i / 96), 2) for i in range(96)]
ESERIES: dict[str, list[float]] = {"E12": _E12, "E24": _E24, "E96": _E96}
FINER = {"E12": "E24", "E24": "E96", "E96": None}


def snap(value: float, series: str) -> float:
    """The E-series value nearest to ``value`` on a log scale."""
    if value <= 0:
        raise ValueError(value)
    dec = math.floor(math.log10(value))
    cands = [(m, dec) for m in ESERIES[series]] + [(1.0, dec + 1), (ESERIES[series][-1], dec - 1)]
    m, d = min(cands, key=lambda md: abs(math.log(md[0] * 10 ** md[1] / value)))
    return float(f"{m * 10 ** d:.6g}")


def neighbours(value: float, series: str, k: int = 2) -> list[float]:
    """The ``k`` E-series values below ``value`` and the ``k`` above, ascending."""
    dec = math.floor(math.log10(value))
    table = sorted({float(f"{m * 10 ** d:.6g}") for d in (dec - 1, dec, dec + 1) for m in ESERIES[series]})
    below = [v for v in table if v <= value][-k:]
    above = [v for v in table if v > value][:k]
    return below + above


def with_values(ladder: Ladder, values: Sequence[float] | np.ndarray) -> Ladder:
    return Ladder([Element(e.name, e.kind, e.a, e.b, float(v)) for e, v in zip(ladder.elements, values)],
                  ladder.r_source, ladder.r_load, list(ladder.nodes), ladder.out_node)


def snapped(ladder: Ladder, series: str) -> Ladder:
    return Ladder([Element(e.name, e.kind, e.a, e.b, snap(e.value, series)) for e in ladder.elements],
                  ladder.r_source, ladder.r_load, list(ladder.nodes), ladder.out_node)


# --------------------------------------------------------------------------- design loop

@dataclass
class Attempt:
    """One (order, series, first element) tried, and how its best snapped variant did."""

    order: int
    series: str
    first: str
    met: bool
    note: str = ""
    ripple_design_db: float = 0.0
    pass_margin_db: float = float("nan")
    stop_margin_db: float = float("nan")

    def as_dict(self) -> dict[str, Any]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass
class _Margins:
    """An attempt's margins in the shape :func:`_score` reads."""

    att: Attempt

    @property
    def pass_margin_db(self) -> float:
        return self.att.pass_margin_db

    @property
    def stop_margin_db(self) -> float:
        return self.att.stop_margin_db


@dataclass
class Candidate:
    """One topology tried for a spec: the snapped network, its nominal check, its yield and parts."""

    topology: str  # "ladder" or "coupled resonators"
    order: int
    series: str
    first: str
    variant: str
    ripple_design_db: float
    prototype: Prototype | None
    ideal: Ladder
    ladder: Ladder
    check: Any  # rf_verify.Check on the full grid, with part losses
    score: float
    yield_fraction: float | None = None
    notes: list[str] = field(default_factory=list)  # ideal values no catalogue offers, and why

    @property
    def met(self) -> bool:
        return bool(self.check.met)

    @property
    def parts(self) -> int:
        return len(self.ladder.elements)

    def worst_part(self, spec: RFSpec) -> tuple[str, float]:
        """The part whose value sits closest to the edge of its catalogue's range: (name, value)."""
        from chipsmith.tools import rf_parts

        def room(e: Element) -> float:
            vals = rf_parts.values(e.kind, spec, self.series)
            return min(math.log(e.value / vals[0]), math.log(vals[-1] / e.value)) if len(vals) else -math.inf
        e = min(self.ladder.elements, key=room)
        return e.name, e.value

    def label(self) -> str:
        return f"{self.topology}, order {self.order}" + (f", {self.first}-first" if self.topology == "ladder" else "")

    def as_dict(self, spec: RFSpec, target: float) -> dict[str, Any]:
        name, value = self.worst_part(spec)
        return {"topology": self.topology, "order": self.order, "first": self.first, "series": self.series,
                "met_nominal": self.met, "yield": self.yield_fraction, "parts": self.parts,
                "worst_part": f"{name} {format_value(name[0], value)}",
                "buildable": bool(self.met and self.yield_fraction is not None and self.yield_fraction >= target),
                "pass_margin_db": round(self.check.pass_margin_db, 4), "stop_margin_db": round(self.check.stop_margin_db, 3),
                "notes": self.notes}


def format_value(kind: str, value: float) -> str:
    """A part value the way a BOM writes it: nH for inductors, pF for capacitors below 1 nF, else nF."""
    if kind == "L":
        return f"{value * 1e9:.3g} nH" if value < 1e-6 else f"{value * 1e6:.3g} µH"
    return f"{value * 1e12:.3g} pF" if value < 1e-9 else f"{value * 1e9:.3g} nF"


@dataclass
class Design:
    """The outcome: the chosen network (ideal and snapped), its checks and yield, and every candidate tried."""

    spec: RFSpec
    min_order: int
    order: int
    series: str
    first: str
    variant: str
    ripple_design_db: float
    prototype: Prototype | None
    ideal: Ladder
    ladder: Ladder
    check: Any  # rf_verify.Check of the snapped design (with part losses when given)
    ideal_check: Any
    yield_fraction: float | None
    attempts: list[Attempt]
    seconds: float
    warnings: list[str] = field(default_factory=list)
    topology: str = "ladder"
    candidates: list[Candidate] = field(default_factory=list)
    tolerances: list[float] = field(default_factory=list)  # ± of each part as ordered (F/H)
    advice: list[str] = field(default_factory=list)  # what would raise the yield, measured
    mc_samples: int = 0

    @property
    def met(self) -> bool:
        return bool(self.check.met)

    @property
    def yield_target(self) -> float:
        return self.spec.yield_target_pct / 100

    @property
    def buildable(self) -> bool:
        """Met at nominal with catalogue parts and a Monte Carlo yield at or above the target."""
        return bool(self.met and self.yield_fraction is not None and self.yield_fraction >= self.yield_target)

    def verdict_text(self) -> str:
        y = "" if self.yield_fraction is None else f"{100 * self.yield_fraction:.1f} %"
        if self.buildable:
            return f"met (buildable): yield {y} ≥ {self.spec.yield_target_pct:g} %"
        if self.met:
            return f"met at nominal, yield {y or 'not measured'} (target {self.spec.yield_target_pct:g} %)"
        if self.candidates and all(x.notes for x in self.candidates):
            return "not buildable with catalogue parts"
        return "not met"


def _variants(spec: RFSpec) -> list[tuple[float, float]]:
    """(ripple fraction, pass-band stretch) to design with: margin for snapping and tolerances to eat.

    A smaller design ripple and a pass band designed slightly wider than asked both turn
    spare stop-band attenuation into pass-band margin, which is what part tolerances eat.
    """
    return [(0.5, 1.0), (0.5, 1.03), (0.25, 1.06), (1.0, 1.0), (0.25, 1.0), (0.75, 1.02), (0.5, 1.1), (1.0, 1.05)]


def stretched(spec: RFSpec, k: float) -> RFSpec:
    """The spec with its pass band designed ``k`` times wider (the stop edges kept)."""
    if k == 1.0:
        return spec
    p = sorted(spec.pass_edges_hz)
    if spec.kind == "lowpass":
        edges = [p[0] * k]
    elif spec.kind == "highpass":
        edges = [p[0] / k]
    else:
        f0sq, bw = p[0] * p[1], (p[1] - p[0]) * (k if spec.kind == "bandpass" else 1 / k)
        lo = (-bw + math.sqrt(bw * bw + 4 * f0sq)) / 2
        edges = [lo, lo + bw]
    return spec.model_copy(update={"pass_edges_hz": edges})


@dataclass
class _Ctx:
    spec: RFSpec
    grid: Any  # the search grid
    full: Any  # the full check grid
    losses: Any


def _ladder_at(c: _Ctx, n: int, series_list: Sequence[str], firsts: Sequence[str], attempts: list[Attempt]) -> Candidate | None:
    """The best snapped ladder of order ``n``: the first (series, first element) that meets the spec, else the closest."""
    from chipsmith.tools import rf_verify as V

    spec = c.spec
    gamma, ratio = reflection_limit(spec), spec.z_load / spec.z_source
    protos: dict[tuple[str, float, float], tuple[Prototype, Ladder] | None] = {}
    plain: dict[tuple[str, float, float], Prototype | ArithmeticError] = {}
    fallback: Candidate | None = None
    for series in series_list:
        for first in firsts:
            found: Candidate | None = None
            att = Attempt(n, series, first, False)
            for r, k in _variants(spec):
                key = (first, r, k)
                if key not in protos:
                    wide = stretched(spec, k)
                    ws_k = normalised_stop(wide)
                    # only the elliptic prototype depends on the stop edge; the others are shared
                    pkey = (first, r, ws_k if spec.response == "elliptic" else 0.0)
                    try:
                        if ws_k <= 1.0:
                            raise ArithmeticError("stretched pass band reaches the stop band")
                        if pkey not in plain:
                            try:
                                plain[pkey] = synthesize(spec.response, n, spec.ripple_db * r, ws_k, gamma, first, ratio)  # type: ignore[arg-type]
                            except ArithmeticError as exc:
                                plain[pkey] = exc
                        pr = plain[pkey]
                        if isinstance(pr, ArithmeticError):
                            raise pr
                        protos[key] = (pr, transform(pr.ladder, wide))
                    except ArithmeticError as exc:
                        protos[key] = None
                        att.note = str(exc)
                if protos[key] is None:
                    continue
                pr, ideal = protos[key]  # type: ignore[misc]
                lad, chk, score = _snap_search(ideal, series, spec, c.grid, c.losses)
                cand = Candidate("ladder", n, series, first, pr.variant, spec.ripple_db * r, pr, ideal, lad, chk, score)
                if fallback is None or score > fallback.score:
                    fallback = cand
                if not chk.met and (math.isnan(att.pass_margin_db) or score > _score(spec, _Margins(att))):
                    att.pass_margin_db, att.stop_margin_db = chk.pass_margin_db, chk.stop_margin_db
                if chk.met and (found is None or score > found.score):
                    full_chk = V.check_response(spec, c.full, V.ladder_s(lad, c.full.f, losses=c.losses)[0])
                    if full_chk.met:  # the search grid is coarse: confirm on the full one
                        found = cand
                if found is not None and found.score >= 0.2:
                    break  # margin enough for typical tolerances; more variants cost time
            if found is not None:
                att.met, att.note, att.ripple_design_db = True, "", found.ripple_design_db
                att.pass_margin_db, att.stop_margin_db = found.check.pass_margin_db, found.check.stop_margin_db
                attempts.append(att)
                return found
            if not math.isnan(att.pass_margin_db):
                att.note = (f"snapped values miss the spec (best margins: pass {att.pass_margin_db:+.3f} dB, "
                            f"stop {att.stop_margin_db:+.2f} dB)")
            attempts.append(att)
    return fallback


def _coupled_at(c: _Ctx, n: int, series: str) -> Candidate | None:
    """The capacitively coupled shunt-resonator band-pass of order ``n`` (equal inductors), snapped to the catalogue."""
    from chipsmith.tools import rf_coupled

    spec = c.spec
    best: Candidate | None = None
    for r, k in _variants(spec)[:4]:
        wide = stretched(spec, k)
        g = rf_coupled.g_values(wide, n, spec.ripple_db * r)
        if g is None:
            continue
        ideal = rf_coupled.best_inductor(wide, g)
        if ideal is None:
            continue
        lad, chk, score = _snap_search(ideal, series, spec, c.grid, c.losses, fixed_kinds=("L",))
        cand = Candidate("coupled resonators", n, series, "shunt", "a", spec.ripple_db * r, None, ideal, lad, chk, score)
        if best is None or score > best.score:
            best = cand
        if chk.met and score >= 0.2:
            break
    return best


def design(spec: RFSpec, *, mc_samples: int = 200, seed: int = 0, max_extra_orders: int = 2) -> Design:
    """Try the candidate topologies with catalogue parts, measure each one's yield, keep the best buildable one.

    Candidates: the ladder at the minimum order and one above (escalating the capacitor E-series and
    the first element within an order), and for band-pass filters the coupled-resonator form at
    the same orders. A candidate is buildable when its snapped parts meet the spec at nominal and
    its Monte Carlo yield (every part uniform within its catalogue tolerance) reaches the target.
    """
    import time

    from chipsmith.tools import rf_parts
    from chipsmith.tools import rf_verify as V

    t0 = time.monotonic()
    n_min = minimum_order(spec)
    c = _Ctx(spec, V.spec_grid(spec, points=41), V.spec_grid(spec), V.losses_for(spec))
    attempts: list[Attempt] = []
    series_list = [spec.eseries]
    while FINER[series_list[-1]]:
        series_list.append(FINER[series_list[-1]])  # type: ignore[arg-type]
    firsts = [spec.first_element, "series" if spec.first_element == "shunt" else "shunt"]
    top = min(n_min + max_extra_orders, MAX_ORDER)
    cands: list[Candidate] = []
    target = spec.yield_target_pct / 100
    # coupled resonators are all-pole: an elliptic spec gets them at the Chebyshev order it needs
    n_cpl = minimum_order(spec.model_copy(update={"response": "chebyshev"})) if (
        spec.kind == "bandpass" and spec.response == "elliptic") else n_min
    for n in range(n_min, top + 1):
        new: list[Candidate] = []
        cand = _ladder_at(c, n, series_list, firsts, attempts)
        if cand is not None:
            new.append(cand)
        if spec.kind == "bandpass" and n_cpl + n - n_min <= MAX_ORDER:
            cc = _coupled_at(c, n_cpl + n - n_min, spec.eseries)
            if cc is not None:
                new.append(cc)
        for cand in new:
            cand.check = V.check_response(spec, c.full, V.ladder_s(cand.ladder, c.full.f, losses=c.losses)[0])
            cand.notes = [w for w in (rf_parts.practical_note(e.kind, e.value, spec) for e in cand.ideal.elements) if w]
            if cand.met and mc_samples:
                cand.ladder = _yield_polish(cand, c, seed=seed + 1)
                cand.check = V.check_response(spec, c.full, V.ladder_s(cand.ladder, c.full.f, losses=c.losses)[0])
                cand.yield_fraction = V.monte_carlo(cand.ladder, spec, c.grid, samples=mc_samples, seed=seed, losses=c.losses,
                                                    tolerances=_tol(cand.ladder, spec))
        cands += new
        good = any(x.met and (x.yield_fraction is None or x.yield_fraction >= target) for x in cands)
        if n >= n_min + 1 and good:
            break  # two orders give the side-by-side comparison; higher ones only while nothing is buildable
    if not cands:
        raise InputError(f"no ladder realises a {spec.response} {spec.kind} with {spec.z_source:g}/{spec.z_load:g} ohm "
                         f"terminations at orders {n_min}..{top} ({attempts[-1].note if attempts else ''}); "
                         "try equal terminations or another response")

    def rank(x: Candidate) -> tuple[float, ...]:
        y = x.yield_fraction or 0.0
        ok = x.met and y >= target
        return (float(ok), float(x.met), -x.parts if ok else y, y, x.score)
    chosen = max(cands, key=rank)
    ideal_chk = V.check_response(spec, c.full, V.ladder_s(chosen.ideal, c.full.f, losses=c.losses)[0])
    warns = _practicality(chosen.ladder, spec)
    if chosen.topology == "ladder" and chosen.first != spec.first_element:
        why = next((a.note for a in attempts if a.first == spec.first_element and a.order == chosen.order), "")
        warns.append(f"the {spec.first_element}-first ladder did not work at order {chosen.order} ({why}); "
                     f"this one starts with a {chosen.first} element")
    d = Design(spec, n_min, chosen.order, chosen.series, chosen.first, chosen.variant, chosen.ripple_design_db,
               chosen.prototype, chosen.ideal, chosen.ladder, chosen.check, ideal_chk, chosen.yield_fraction,
               attempts, 0.0, warns, chosen.topology, cands, [float(t) for t in _tol(chosen.ladder, spec)], [], mc_samples)
    d.advice = _advice(d, c, seed) if (mc_samples and not d.buildable) else []
    d.seconds = time.monotonic() - t0
    return d


def _tol(lad: Ladder, spec: RFSpec) -> np.ndarray:
    from chipsmith.tools import rf_parts

    return np.asarray(rf_parts.tolerance_array([e.kind for e in lad.elements], np.array([e.value for e in lad.elements]), spec)[0])


def _advice(d: Design, c: _Ctx, seed: int) -> list[str]:
    """What would raise the yield, each figure measured: the tightest grades sold, the other candidates."""
    from chipsmith.tools import rf_verify as V

    out = []
    spec = d.spec
    if d.met and spec.tolerance_pct > 1.0:
        tight = spec.model_copy(update={"tolerance_pct": 0.0})
        y = V.monte_carlo(d.ladder, spec, c.grid, samples=max(100, d.mc_samples), seed=seed, losses=c.losses,
                          tolerances=_tol(d.ladder, tight))
        out.append(f"tighter parts (the tightest grades sold: ±0.05 pF below 10 pF, ±1 % from 10 pF, ±2 % inductors from 2 nH): "
                   f"yield {100 * y:.1f} %")
    for x in d.candidates:
        if x.ladder is d.ladder:
            continue
        if x.met:
            out.append(f"{x.label()}: yield {100 * (x.yield_fraction or 0):.1f} % with {x.parts} parts")
        else:
            if x.notes:
                out.append(f"{x.label()}: not realisable with catalogue parts ({'; '.join(x.notes[:2])})")
            else:
                out.append(f"{x.label()}: misses the spec with catalogue parts (pass {x.check.pass_margin_db:+.3f} dB, "
                           f"stop {x.check.stop_margin_db:+.2f} dB)")
    if spec.kind == "bandpass" and not any(x.met and (x.yield_fraction or 0) >= d.yield_target for x in d.candidates):
        out.append("a distributed realisation: a coupled-line microstrip band-pass (add e.g. 'microstrip on 1.6 mm FR4' to the "
                   "request), or a wider pass band")
    return out


def _score(spec: RFSpec, chk: Any) -> float:
    """The worse of the two relative margins: what snapping and tolerances have left to eat."""
    return float(min(chk.pass_margin_db / spec.ripple_db, chk.stop_margin_db / spec.atten_db))


def _snap_search(ideal: Ladder, series: str, spec: RFSpec, grid: Any, losses: Any,
                 fixed_kinds: tuple[str, ...] = ()) -> tuple[Ladder, Any, float]:
    """Snap to the nearest catalogue values, then move single parts to neighbouring values while the margin grows.

    Nearest-value rounding of every part independently can throw a sensitive (narrow-band)
    filter off its spec although a nearby combination meets it; a steepest-ascent search over
    one-part moves finds such combinations, each one verified. Only values the catalogue offers
    in this band are ever used (a part of kind in ``fixed_kinds`` keeps its value).
    """
    from chipsmith.tools import rf_parts
    from chipsmith.tools import rf_verify as V

    opts = [[e.value] if e.kind in fixed_kinds else rf_parts.neighbours(e.kind, e.value, spec, series) for e in ideal.elements]
    if any(not o for o in opts):
        lad = ideal
        chk = V.check_response(spec, grid, V.ladder_s(ideal, grid.f, losses=losses)[0])
        chk.met = False
        return lad, chk, -math.inf
    cur = np.array([min(o, key=lambda v, e=e: abs(math.log(v / e.value))) for o, e in zip(opts, ideal.elements)])  # type: ignore[misc]
    s21, _ = V.ladder_s(ideal, grid.f, values=cur[None, :], losses=losses)
    chk = V.check_batch(spec, grid, s21)[0]
    score = _score(spec, chk)
    for _ in range(2 * len(cur)):
        cands = []
        for i, alts in enumerate(opts):
            for v in alts:
                if v != cur[i]:
                    cn = cur.copy()
                    cn[i] = v
                    cands.append(cn)
        if not cands:
            break
        batch = np.array(cands)
        s21, _ = V.ladder_s(ideal, grid.f, values=batch, losses=losses)
        checks = V.check_batch(spec, grid, s21)
        scores = [_score(spec, ch) for ch in checks]
        j = int(np.argmax(scores))
        if scores[j] <= score + 1e-9:
            break
        cur, chk, score = batch[j], checks[j], scores[j]
    return with_values(ideal, cur), chk, score


def _yield_polish(cand: Candidate, c: _Ctx, *, seed: int, samples: int = 64, rounds: int = 3) -> Ladder:
    """Move single parts to a neighbouring catalogue value while the Monte Carlo yield grows.

    The margin-driven snap maximises the nominal margin; what a builder needs is the fraction of
    builds that pass. Every move is scored on the same random draws (common random numbers),
    so a difference between moves is the move's, not noise. The reported yield is then measured
    on fresh draws.
    """
    from chipsmith.tools import rf_parts
    from chipsmith.tools import rf_verify as V

    spec, lad = c.spec, cand.ladder
    kinds = [e.kind for e in lad.elements]
    fixed = cand.topology == "coupled resonators"
    opts = [[e.value] if (fixed and e.kind == "L") else rf_parts.neighbours(e.kind, e.value, spec, cand.series, k=1)
            for e in lad.elements]
    u = np.random.default_rng(seed).uniform(-1.0, 1.0, size=(samples, len(kinds)))

    def yields(batch: np.ndarray) -> np.ndarray:
        tol = rf_parts.tolerance_array(kinds, batch, spec)
        vals = (batch[:, None, :] + u[None, :, :] * tol[:, None, :]).reshape(-1, len(kinds))
        s21, _ = V.ladder_s(lad, c.grid.f, values=vals, losses=c.losses)
        nominal, _ = V.ladder_s(lad, c.grid.f, values=batch, losses=c.losses)
        ok = V.met_mask(spec, c.grid, s21).reshape(len(batch), samples).mean(axis=1)
        return np.asarray(np.where(V.met_mask(spec, c.grid, nominal), ok, -1.0))

    cur = np.array([e.value for e in lad.elements])
    best = float(yields(cur[None, :])[0])
    for _ in range(rounds):
        if best >= 1.0:
            break
        moves = []
        for i, alts in enumerate(opts):
            for v in alts:
                if abs(v / cur[i] - 1) > 1e-9:
                    m = cur.copy()
                    m[i] = v
                    moves.append(m)
        if not moves:
            break
        batch = np.array(moves)
        ys = yields(batch)
        j = int(np.argmax(ys))
        if ys[j] <= best + 1e-9:
            break
        cur, best = batch[j], float(ys[j])
        opts = [[e] if (fixed and k == "L") else rf_parts.neighbours(k, float(e), spec, cand.series, k=1) for k, e in zip(kinds, cur)]
    return with_values(lad, cur)


def _practicality(lad: Ladder, spec: RFSpec) -> list[str]:
    """What the catalogues cannot promise at these frequencies: said, not hidden."""
    out = []
    f_top = max(spec.pass_edges_hz + spec.stop_edges_hz)
    if f_top > 3e9:
        out.append("above ~3 GHz lumped parts' self-resonance and parasitics dominate; a distributed realisation is advisable")
    return out


# --------------------------------------------------------------------------- microstrip (stepped impedance)

@dataclass(frozen=True)
class Substrate:
    """A microstrip substrate: relative permittivity, height, copper thickness, loss tangent."""

    eps_r: float = 4.4
    h_m: float = 1.6e-3
    t_m: float = 35e-6
    tan_d: float = 0.0
    z_high: float = 120.0  # the narrowest line you are willing to etch, as an impedance
    z_low: float = 20.0  # the widest


@dataclass
class LineSection:
    """One microstrip section of a stepped-impedance filter."""

    name: str
    z0: float
    width_m: float
    length_m: float
    degrees_at_edge: float


def _mline(spec_f: float | np.ndarray, sub: Substrate, w: float) -> Any:
    import skrf
    from skrf.media import MLine

    f = np.atleast_1d(np.asarray(spec_f, dtype=float))
    freq = skrf.Frequency.from_f(f, unit="Hz")
    return MLine(freq, w=w, h=sub.h_m, t=sub.t_m, ep_r=sub.eps_r, tand=sub.tan_d, z0_port=50)


def width_for(z0: float, f: float, sub: Substrate) -> float:
    """The strip width (m) whose characteristic impedance at ``f`` is ``z0`` (scikit-rf's MLine model)."""
    from scipy.optimize import brentq

    def err(logw: float) -> float:
        return float(np.real(_mline(f, sub, math.exp(logw)).z0[0])) - z0

    lo, hi = math.log(sub.h_m / 200), math.log(sub.h_m * 30)
    if err(lo) < 0 or err(hi) > 0:
        raise InputError(f"{z0:g} ohm is outside what a microstrip on this substrate can make (eps_r {sub.eps_r:g}, "
                         f"h {sub.h_m * 1e3:g} mm); choose z_high/z_low between "
                         f"{np.real(_mline(f, sub, math.exp(hi)).z0[0]):.0f} and {np.real(_mline(f, sub, math.exp(lo)).z0[0]):.0f} ohm")
    return math.exp(brentq(err, lo, hi, xtol=1e-9))


def stepped_impedance_lowpass(proto: Prototype, spec: RFSpec, sub: Substrate) -> list[LineSection]:
    """Pozar's stepped-impedance low-pass: series L -> short high-Z line, shunt C -> short low-Z line.

    Only all-pole ladders between equal terminations map this way (an elliptic ladder's
    resonators have no stepped-line equivalent); InputError otherwise.
    """
    if spec.kind != "lowpass" or proto.zeros or abs(spec.z_load - spec.z_source) > 1e-9:
        raise InputError("a stepped-impedance microstrip realisation exists for all-pole low-pass filters between equal "
                         "terminations only; choose a Butterworth, Chebyshev or Bessel low-pass with equal terminations")
    fc = spec.pass_edges_hz[0]
    r0 = spec.z_source
    out: list[LineSection] = []
    for e in proto.ladder.elements:
        if e.kind == "L":
            z, bl = sub.z_high, e.value * r0 / sub.z_high
        else:
            z, bl = sub.z_low, e.value * sub.z_low / r0
        w = width_for(z, fc, sub)
        beta = float(np.imag(_mline(fc, sub, w).gamma[0]))
        out.append(LineSection(f"TL{len(out) + 1}", z, w, bl / beta, math.degrees(bl)))
    return out


@dataclass
class MicrostripDesign:
    """A stepped-impedance realisation, its check over the stop band up to ``stop_span`` x the edge."""

    substrate: Substrate
    order: int
    sections: list[LineSection]
    check: Any
    stop_span: float
    rejection_up_to_hz: float  # the first frequency above the stop edge where the loss falls below atten_db
    tries: list[dict[str, Any]]

    @property
    def met(self) -> bool:
        return bool(self.check.met)


def microstrip_design(spec: RFSpec, sub: Substrate, *, stop_span: float = 1.5, max_extra_orders: int = 2) -> MicrostripDesign:
    """Stepped-impedance low-pass from the lumped prototype, lengths tuned on scikit-rf's MLine model."""
    from chipsmith.tools import rf_verify as V

    n_min = minimum_order(spec)
    best: MicrostripDesign | None = None
    tries = []
    for n in range(n_min, min(n_min + max_extra_orders, MAX_ORDER) + 1):
        try:
            proto = synthesize(spec.response, n, spec.ripple_db * 0.5, normalised_stop(spec), 0.0, spec.first_element, 1.0)
        except ArithmeticError as exc:
            tries.append({"order": n, "met": False, "note": str(exc)})
            continue
        secs, chk = V.tune_microstrip(stepped_impedance_lowpass(proto, spec, sub), sub, spec, stop_span=stop_span)
        fs = spec.stop_edges_hz[0]
        f = np.geomspace(fs, 10 * fs, 400)
        loss = -V.db(V.microstrip_s21(secs, sub, f, spec.z_source, spec.z_load))
        below = np.nonzero(loss < spec.atten_db)[0]
        reach = float(f[below[0]]) if len(below) else float(f[-1])
        tries.append({"order": n, "met": chk.met, "ripple_db": round(chk.ripple_db, 4), "stop_atten_db": round(chk.stop_atten_db, 2)})
        cand = MicrostripDesign(sub, n, secs, chk, stop_span, reach, tries)
        if best is None or _score(spec, chk) > _score(spec, best.check):
            best = cand
        if chk.met:
            best = cand
            break
    if best is None:
        raise InputError(f"no stepped-impedance realisation for this spec ({tries[-1]['note'] if tries else ''})")
    best.tries = tries
    return best
