"""The op-amp card (a behavioural macromodel subcircuit) and its check: A_OL, GBW, phase margin, slew rate.

Pins ``inp inn vcc vee out``:

- a second pole at f2 = GBW / tan(90° − PM) sets the phase margin (single-pole: 90°).
- input stage: a transconductance gm1 = 2π·GBW·sqrt(1 + (GBW/f2)²)·C1 (the root makes
  the gain cross 1 at GBW despite the second pole) whose output current is limited to
  I1 = SR·C1 (tanh), into R1 ∥ C1 with R1 = A_OL/gm1: DC gain A_OL, dominant pole at
  GBW/A_OL, slew rate SR. C1 = 1 nF.
- output: a buffer clamped to the rails, then R_OUT; V_OS in series with the + input,
  I_B into each input, I_Q from vcc to vee.
- the load a figure was measured into (``RL = 100 kΩ`` in its conditions) divides the gain
  by RL/(RL + R_OUT): R1 is raised by (RL_AOL + R_OUT)/RL_AOL and gm1 by (RL_GBW + R_OUT)/RL_GBW,
  and each figure is simulated back into its own load (none when the datasheet states none).

Figures the datasheet does not print get a default, listed in the card's ``defaults``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from chipsmith.core.errors import InputError
from chipsmith.core.units import format_si, parse_quantity
from chipsmith.tools.datasheet_tables import Param
from chipsmith.tools.model_card_base import Card, Check, Fitted, cite, conditions, fmt


def _db(x: float) -> float:
    return 20 * math.log10(x)


_RL = re.compile(r"\bR\s?L(?:OAD)?\s*(?:=|≥|>=|>)\s*(\d[\d.]*\s*(?:MEG|[kKM])?\s*(?:Ω|ohms?)?)", re.IGNORECASE)


def load(p: Param | None) -> float | None:
    """The load resistance a figure was measured into, from its conditions (``RL = 10 MΩ``, ``RL ≥ 2 kΩ``), or None."""
    if p is None:
        return None
    rl = conditions(p.conditions).get("RL")
    if rl is None:
        m = _RL.search(p.conditions or "")
        q = parse_quantity(m.group(1).replace(" ", ""), "ohm") if m else None
        rl = q.value if q is not None else None
    return float(rl) if rl is not None and rl > 0 else None


def _divider(rl: float | None, rout: float) -> float:
    """How much a load RL behind R_OUT lowers the gain: (RL + R_OUT)/RL, 1 with no load."""
    return (rl + rout) / rl if rl else 1.0


def fit_opamp(best: Mapping[str, Param], records: list[Param], name: str = "OPFIT") -> Card:
    gbw, sr = best.get("gbw"), best.get("sr")
    if gbw is None or gbw.value is None:
        raise InputError("cannot build an op-amp macromodel: no gain-bandwidth product (GBW) was found")
    params: dict[str, Fitted] = {}
    assumptions: list[str] = []
    defaults: list[str] = []
    aol_p = best.get("a_ol")
    aol_db = float(aol_p.typ if aol_p is not None and aol_p.typ is not None else (aol_p.min if aol_p and aol_p.min else 100.0))
    if aol_p is None:
        defaults.append("A_OL = 100 dB: no open-loop gain in the datasheet (default)")
    pm = best.get("phase_margin")
    pm_deg = float(pm.value) if pm is not None and pm.value else 0.0
    if 0 < pm_deg < 89:
        f2 = float(gbw.value) / math.tan(math.radians(90 - pm_deg))
        params["F2"] = Fitted(f2, "GBW / tan(90° − PM)", [cite(pm)])  # type: ignore[arg-type]
    else:
        f2 = float(gbw.value) * 100
        params["F2"] = Fitted(f2, "100·GBW (no phase-margin figure)", [])
    c1 = 1e-9
    rout = best.get("r_out")
    rout_v = float(rout.value) if rout is not None and rout.value else 50.0
    rl_gbw, rl_aol = load(gbw), load(aol_p)
    # the second pole lowers |A| at GBW by sqrt(1 + (GBW/f2)^2): raise gm1 by as much so the gain still crosses 1 at GBW;
    # the load the figure was measured into lowers it by RL/(RL + R_OUT): raise gm1 by that too
    gm1 = 2 * math.pi * float(gbw.value) * math.sqrt(1 + (float(gbw.value) / f2) ** 2) * c1 * _divider(rl_gbw, rout_v)
    params["GBW"] = Fitted(float(gbw.value), "datasheet", [cite(gbw)])
    params["C1"] = Fitted(c1, "chosen (scales gm1, I1)", [])
    params["GM1"] = Fitted(gm1, "2π·GBW·sqrt(1 + (GBW/F2)²)·C1" + (f"·(RL + R_OUT)/RL, RL = {format_si(rl_gbw, 'Ω')}" if rl_gbw else ""),
                           [cite(gbw)])
    params["R1"] = Fitted(10 ** (aol_db / 20) / gm1 * _divider(rl_aol, rout_v),
                          "A_OL/gm1" + (f"·(RL + R_OUT)/RL, RL = {format_si(rl_aol, 'Ω')}" if rl_aol else ""),
                          [cite(aol_p)] if aol_p else [])
    for what, rl in (("A_OL", rl_aol), ("GBW", rl_gbw)):
        if rl:
            assumptions.append(f"{what} fitted into the {format_si(rl, 'Ω')} load it was measured at")
    if sr is not None and sr.value:
        rl_sr = load(sr)
        params["I1"] = Fitted(float(sr.value) * c1 * _divider(rl_sr, rout_v),
                              "SR·C1" + (f"·(RL + R_OUT)/RL, RL = {format_si(rl_sr, 'Ω')}" if rl_sr else ""), [cite(sr)])
    else:
        params["I1"] = Fitted(gm1 * 1.0, "gm1·1 V (no slew-rate figure)", [])
        defaults.append("slew limit at 1 V of input overdrive: no slew rate in the datasheet (default)")
    params["ROUT"] = Fitted(rout_v, "datasheet" if rout is not None and rout.value else "assumed 50 Ω", [cite(rout)] if rout else [])
    vos = best.get("v_os")
    params["VOS"] = Fitted(float(vos.typ) if vos is not None and vos.typ is not None else 0.0, "V_OS typ", [cite(vos)] if vos else [])
    ib = best.get("i_b")
    params["IB"] = Fitted(float(ib.typ) if ib is not None and ib.typ is not None else 0.0, "I_B typ", [cite(ib)] if ib else [])
    iq = best.get("i_q")
    params["IQ"] = Fitted(float(iq.typ) if iq is not None and iq.typ is not None else 0.0, "I_Q typ", [cite(iq)] if iq else [])
    params["VSAT"] = Fitted(0.1, "assumed 100 mV from each rail", [])
    assumptions.append("output swings to 100 mV from each rail")
    p = {k: fmt(v.value) for k, v in params.items()}
    c2 = 1e-12
    r2 = 1 / (2 * math.pi * float(params["F2"].value) * c2)
    text = f"""* behavioural op-amp macromodel fitted by chipsmith: A_OL = {aol_db:g} dB, GBW = {format_si(float(gbw.value), 'Hz')}
* pins: non-inverting input, inverting input, positive supply, negative supply, output
.subckt {name} inp inn vcc vee out
Vos inp inx DC {p['VOS']}
Ibp inx 0 DC {p['IB']}
Ibn inn 0 DC {p['IB']}
Rin inx inn 1e12
Iq vcc vee DC {p['IQ']}
B1 0 n1 I = {p['I1']}*tanh({p['GM1']}*V(inx,inn)/{p['I1']})
R1 n1 0 {p['R1']}
C1 n1 0 {p['C1']}
E2 n2 0 n1 0 1
R2 n2 n3 {fmt(r2)}
C2 n3 0 {fmt(c2)}
B3 n4 0 V = max(min(V(n3), V(vcc)-{p['VSAT']}), V(vee)+{p['VSAT']})
Rout n4 out {p['ROUT']}
.ends {name}
"""
    for key, what, default in (("phase_margin", "phase margin", "second pole at 100·GBW"), ("r_out", "output resistance", "50 Ω"),
                               ("v_os", "input offset voltage", "0 V"), ("i_b", "input bias current", "0 A"),
                               ("i_q", "quiescent current", "0 A")):
        if best.get(key) is None or best[key].value is None:
            defaults.append(f"{default}: no {what} in the datasheet (default)")
    return Card("opamp", name, text, params, assumptions + defaults, defaults=defaults)


def _ac_circuit(card: Card, rl: float | None, supply: float) -> tuple[str, str]:
    """An open-loop test circuit into load ``rl`` (none when None) and the suffix of its nodes and vectors.

    The loop is closed at DC through 1 MΩ / 1 kF so offset and bias currents cannot rail the output; the
    feedback senses the output through a controlled source, so it loads the output with nothing.
    """
    t = f"_{fmt(rl).replace('.', 'p').replace('+', '')}" if rl else "_open"
    circuit = (f"XU{t} inp{t} inn{t} vcc{t} vee{t} out{t} {card.name}\nVP{t} vcc{t} 0 DC {supply:g}\nVN{t} vee{t} 0 DC {-supply:g}\n"
               f"VIN{t} inp{t} 0 DC 0 AC 1\nEF{t} fb{t} 0 out{t} 0 1\nRF{t} fb{t} inn{t} 1e6\nCF{t} inn{t} 0 1e3"
               + (f"\nRL{t} out{t} 0 {fmt(rl)}" if rl else ""))
    return circuit, t


def opamp_checks(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    """A_OL, GBW and phase margin from an AC sweep, slew rate from a follower's step; each into the load its figure names."""
    gbw = best.get("gbw")
    checks: list[Check] = []
    supply = 5.0
    ac = f"ac dec 20 0.001 {float(gbw.value) * 100 if gbw and gbw.value else 1e9:g}"

    def ac_check(what: str, key: str, p: Param, target: float, unit: str, tol: float, measure: str, rl: float | None,
                 phase: bool = False) -> None:
        circuit, t = _ac_circuit(card, rl, supply)
        ctl = [f"let gdb{t} = vdb(out{t})", f"let ph{t} = 180/pi*vp(out{t})", measure.format(t=t)]
        name = f"{key}{t}"
        wrap = (lambda m: 180.0 + m[name] if m[name] < 0 else m[name]) if phase else None
        checks.append(Check(what, key, target, unit, tol, card.text, circuit, ac, ctl, name, p.conditions, cite(p),
                            absolute=unit != "Hz", transform=wrap))

    aol = best.get("a_ol")
    if aol is not None and aol.value is not None:
        target = float(aol.typ if aol.typ is not None else aol.value)
        ac_check("open-loop gain A_OL", "a_ol", aol, target, "dB", 1.0, "meas ac a_ol{t} find gdb{t} at=0.001", load(aol))
    if gbw is not None and gbw.value:
        ac_check("gain-bandwidth product", "gbw", gbw, float(gbw.value), "Hz", 0.10, "meas ac gbw{t} when gdb{t}=0", load(gbw))
    pm = best.get("phase_margin")
    if pm is not None and pm.value:
        # the phase at the gain crossing of the circuit the GBW was measured in, unless the margin names its own load
        ac_check("phase margin", "phase_margin", pm, float(pm.value), "deg", 5.0, "meas ac phase_margin{t} find ph{t} when gdb{t}=0",
                 load(pm) or load(gbw), phase=True)
    sr = best.get("sr")
    if sr is not None and sr.value:
        # an 8 V step measured from 20 % to 80 %: the window ends 1.6 V short of the final value, where the input stage
        # (overdrive SR/(2π·GBW), 0.7 V for 13 V/µs at 3 MHz) is still at its current limit, not in its linear tail
        step = 4.0
        t_edge = 2 * step / float(sr.value)
        tstop = t_edge * 6
        rl = load(sr)
        circuit = (f"XU2 inps outs vccs vees outs {card.name}\nVPS vccs 0 DC {supply:g}\nVNS vees 0 DC {-supply:g}\n"
                   f"VINS inps 0 PULSE({-step:g} {step:g} {t_edge:g} {t_edge / 1000:g} {t_edge / 1000:g} {tstop:g} {tstop * 2:g})"
                   + (f"\nRLS outs 0 {fmt(rl)}" if rl else ""))
        lo, hi = -0.6 * step, 0.6 * step
        control = [f"meas tran t1 when v(outs)={lo:g} rise=1", f"meas tran t2 when v(outs)={hi:g} rise=1"]
        checks.append(Check("slew rate (unity-gain follower, 8 V step, 20 % to 80 %)", "sr", float(sr.value), "V/s", 0.10, card.text,
                            circuit, f"tran {tstop / 2000:g} {tstop:g}", control, "t2", sr.conditions, cite(sr),
                            transform=lambda m: (hi - lo) / (m["t2"] - m["t1"])))
    return checks
