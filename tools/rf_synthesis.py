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

This module is the one name the rest of chipsmith imports; the work lives in five modules, in
the order of the method: :mod:`~chipsmith.tools.rf_polynomials` (characteristic functions),
:mod:`~chipsmith.tools.rf_ladder` (extraction), :mod:`~chipsmith.tools.rf_filter` (the spec, its
order, the transformations and E-series snapping), :mod:`~chipsmith.tools.rf_design` (the design
loop with catalogue parts and yield) and :mod:`~chipsmith.tools.rf_microstrip` (stepped-impedance lines).
"""


from __future__ import annotations

from chipsmith.tools.rf_design import Attempt, Candidate, Design, design, format_value, stretched
from chipsmith.tools.rf_filter import (
    ESERIES,
    FINER,
    MAX_ORDER,
    ESeries,
    Kind,
    Response,
    RFSpec,
    minimum_order,
    neighbours,
    normalised_stop,
    reflection_limit,
    snap,
    snapped,
    transform,
    validate,
    with_values,
)
from chipsmith.tools.rf_ladder import Element, Ladder, Prototype, check_prototype, synthesize
from chipsmith.tools.rf_microstrip import (
    LineSection,
    MicrostripDesign,
    Substrate,
    _mline,
    microstrip_design,
    stepped_impedance_lowpass,
    width_for,
)
from chipsmith.tools.rf_polynomials import CharFunction, bessel_polys, char_function, stop_atten

__all__ = [
    "ESERIES", "FINER", "MAX_ORDER", "Attempt", "Candidate", "CharFunction", "Design", "ESeries", "Element", "Kind", "Ladder",
    "LineSection", "MicrostripDesign", "Prototype", "RFSpec", "Response", "Substrate", "_mline", "bessel_polys", "char_function",
    "check_prototype", "design", "format_value", "microstrip_design", "minimum_order", "neighbours", "normalised_stop",
    "reflection_limit", "snap", "snapped", "stepped_impedance_lowpass", "stop_atten", "stretched", "synthesize", "transform",
    "validate", "width_for", "with_values",
]
