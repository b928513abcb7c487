"""Ladder extraction: from a characteristic function to a doubly terminated LC prototype.

The Feldtkeller equation ``E E* = F F* + P P*`` gives the Hurwitz polynomial ``E`` by spectral
factorisation, the input impedance is ``Z = (E + F)/(E - F)``, and the ladder comes out of ``Z``
by pole removal at infinity and, for elliptic responses, by zero shifting at each finite
transmission zero (partial removal, then a resonator that blocks that frequency). Every
prototype is re-analysed and compared with its target response before it is used: a ladder
that does not reproduce the function it was built from is refused, never returned.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import mpmath
import numpy as np

from chipsmith.tools.rf_polynomials import (
    _DPS,
    MP,
    _add,
    _at,
    _cancel_lead,
    _divmod,
    _floats,
    _mirror,
    _mp,
    _mul,
    _spectral_factor,
    _sub,
    _to_x,
    _val,
    _variant,
    bessel_polys,
    char_function,
)

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

    def remove_pole(self, mode: str, value: Any) -> None:
        """A pole at infinity taken out of the immittance: a shunt C on an admittance, a series L on an impedance."""
        if mode == "Y":
            self.add("C", self.node, "0", value)
        else:
            nxt = self.new_node()
            self.add("L", self.node, nxt, value)
            self.node = nxt


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
        b.remove_pole(mode, k)
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
            b.remove_pole(mode, k)
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
