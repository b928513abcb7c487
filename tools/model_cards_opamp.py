"""The op-amp card (a behavioural macromodel subcircuit) and its check: A_OL, GBW, phase margin, slew rate.

Pins ``inp inn vcc vee out``:

- a second pole at f2 = GBW / tan(90° − PM) sets the phase margin (single-pole: 90°).
- input stage: a transconductance gm1 = 2π·GBW·sqrt(1 + (GBW/f2)²)·C1 (the root makes
  the gain cross 1 at GBW despite the second pole) whose output current is limited to
  I1 = SR·C1 (tanh), into R1 ∥ C1 with R1 = A_OL/gm1: DC gain A_OL, dominant pole at
  GBW/A_OL, slew rate SR. C1 = 1 nF.
- output: a buffer clamped to the rails, then R_OUT; V_OS in series with the + input,
  I_B into each input, I_Q from vcc to vee.

Figures the datasheet does not print get a default, listed in the card's ``defaults``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from chipsmith.core.errors import InputError
from chipsmith.core.units import format_si
from chipsmith.tools.datasheet_tables import Param
from chipsmith.tools.model_card_base import Card, Check, Fitted, cite, fmt


def _db(x: float) -> float:
    return 20 * math.log10(x)


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
    # the second pole lowers |A| at GBW by sqrt(1 + (GBW/f2)^2): raise gm1 by as much so the gain still crosses 1 at GBW
    gm1 = 2 * math.pi * float(gbw.value) * math.sqrt(1 + (float(gbw.value) / f2) ** 2) * c1
    params["GBW"] = Fitted(float(gbw.value), "datasheet", [cite(gbw)])
    params["C1"] = Fitted(c1, "chosen (scales gm1, I1)", [])
    params["GM1"] = Fitted(gm1, "2π·GBW·sqrt(1 + (GBW/F2)²)·C1", [cite(gbw)])
    params["R1"] = Fitted(10 ** (aol_db / 20) / gm1, "A_OL/gm1", [cite(aol_p)] if aol_p else [])
    if sr is not None and sr.value:
        params["I1"] = Fitted(float(sr.value) * c1, "SR·C1", [cite(sr)])
    else:
        params["I1"] = Fitted(gm1 * 1.0, "gm1·1 V (no slew-rate figure)", [])
        defaults.append("slew limit at 1 V of input overdrive: no slew rate in the datasheet (default)")
    rout = best.get("r_out")
    params["ROUT"] = Fitted(float(rout.value) if rout is not None and rout.value else 50.0,
                            "datasheet" if rout is not None and rout.value else "assumed 50 Ω", [cite(rout)] if rout else [])
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


def opamp_checks(card: Card, best: Mapping[str, Param], records: list[Param]) -> list[Check]:
    gbw = best.get("gbw")
    checks: list[Check] = []
    supply = 5.0
    # open loop for AC, closed through 1 MΩ / 1 kF at DC so offset and bias currents cannot rail the output
    ac_circuit = (f"XU1 inp inn vcc vee out {card.name}\nVP vcc 0 DC {supply:g}\nVN vee 0 DC {-supply:g}\n"
                  "VIN inp 0 DC 0 AC 1\nRF out inn 1e6\nCF inn 0 1e3\nRL out 0 10k")
    ac = f"ac dec 20 0.001 {float(gbw.value) * 100 if gbw and gbw.value else 1e9:g}"
    ac_ctl = ["let gdb = vdb(out)", "let ph = 180/pi*vp(out)"]
    aol = best.get("a_ol")
    if aol is not None and aol.value is not None:
        target = float(aol.typ if aol.typ is not None else aol.value)
        checks.append(Check("open-loop gain A_OL", "a_ol", target, "dB", 1.0, card.text, ac_circuit, ac,
                            ac_ctl + ["meas ac a0 find gdb at=0.001"], "a0", aol.conditions, cite(aol), absolute=True))
    if gbw is not None and gbw.value:
        checks.append(Check("gain-bandwidth product", "gbw", float(gbw.value), "Hz", 0.10, card.text, ac_circuit, ac,
                            ac_ctl + ["meas ac ugf when gdb=0"], "ugf", gbw.conditions, cite(gbw)))
    pm = best.get("phase_margin")
    if pm is not None and pm.value:
        checks.append(Check("phase margin", "phase_margin", float(pm.value), "deg", 5.0, card.text, ac_circuit, ac,
                            ac_ctl + ["meas ac phu find ph when gdb=0"], "phu", pm.conditions, cite(pm),
                            absolute=True, transform=lambda m: 180.0 + m["phu"] if m["phu"] < 0 else m["phu"]))
    sr = best.get("sr")
    if sr is not None and sr.value:
        t_edge = 2.0 / float(sr.value)
        tstop = t_edge * 6
        circuit = (f"XU2 inps outs vccs vees outs {card.name}\nVPS vccs 0 DC {supply:g}\nVNS vees 0 DC {-supply:g}\n"
                   f"VINS inps 0 PULSE(-1 1 {t_edge:g} {t_edge / 1000:g} {t_edge / 1000:g} {tstop:g} {tstop * 2:g})\nRLS outs 0 10k")
        control = ["meas tran t1 when v(outs)=-0.6 rise=1", "meas tran t2 when v(outs)=0.6 rise=1"]
        checks.append(Check("slew rate (unity-gain follower, 2 V step)", "sr", float(sr.value), "V/s", 0.10, card.text, circuit,
                            f"tran {tstop / 2000:g} {tstop:g}", control, "t2", sr.conditions, cite(sr),
                            transform=lambda m: 1.2 / (m["t2"] - m["t1"])))
    return checks
