"""Reading an RF filter spec from words: the usual ways engineers write one, without a model.

A regex + pint reader for the filter kind, response, pass and stop edges, ripple,
attenuation and impedances; :func:`build_spec` validates the fields like user input.
"""

from __future__ import annotations

import math
import re
from typing import Any

from pydantic import ValidationError

from chipsmith.core.errors import InputError
from chipsmith.tools.rf_synthesis import MAX_ORDER, RFSpec, Substrate, minimum_order, validate

_NUM = r"\d+(?:\.\d+)?"
_3DB = 10 * math.log10(2)
_FREQ = re.compile(rf"((?:{_NUM}\s*(?:,|and|to|-|–|/|or)\s*)*)({_NUM})\s*([kKmMgG]?)hz\b", re.IGNORECASE)
_DB = re.compile(rf"({_NUM})\s*db\b", re.IGNORECASE)
_OHM = re.compile(rf"({_NUM})\s*(k)?\s*-?\s*(?:ohms?|Ω)", re.IGNORECASE)
_KINDS = (("bandpass", r"band[\s-]?pass|\bbpf\b"), ("bandstop", r"band[\s-]?(?:stop|reject)|notch|\bbsf\b"),
          ("lowpass", r"low[\s-]?pass|\blpf\b"), ("highpass", r"high[\s-]?pass|\bhpf\b"),
          ("bandstop", r"(?<!image )\breject(?:ion)? filter|\btrap\b"))
_RESPONSES = (("butterworth", r"butterworth|maximally[\s-]flat"), ("elliptic", r"elliptic|cauer"),
              ("chebyshev", r"chebyshev|tchebyshev|equi-?ripple"),
              ("bessel", r"bessel|thomson|linear[\s-]phase|flat (?:group )?delay"))
_STOP_WORDS = re.compile(r"reject|attenuat|stop|suppress|at least|down|≥|>=", re.IGNORECASE)
_PASS_WORDS = re.compile(r"pass|cut-?off|corner|edge|-3\s*db|ripple|break|flat|\bfc\b|f3db", re.IGNORECASE)


def _show_hz(f: float) -> str:
    for unit, scale in (("GHz", 1e9), ("MHz", 1e6), ("kHz", 1e3)):
        if f >= scale:
            return f"{f / scale:.4g} {unit}"
    return f"{f:.4g} Hz"


_PREFIX_SCALE = {"k": 1e3, "m": 1e6, "g": 1e9, "": 1.0}  # the prefixes _FREQ reads (m is mega here: nobody filters at mHz)


def _hz(value: str, prefix: str) -> float:
    # A table, not pint: building pint's registry costs ~0.3 s of CPU, more than the rest of reading a spec.
    return float(value) * _PREFIX_SCALE[prefix.lower()]


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10}
_ORDER = re.compile(r"\b(\d+|" + "|".join(_ORDINALS) + r")(?:st|nd|rd|th)?[\s-]*(?:order|poles?|sections?|resonators?|elements?)\b"
                    r"|\border\s*(?:of\s*|=\s*|:\s*|n\s*=\s*)?(\d+)\b", re.IGNORECASE)
_ROLLOFF = re.compile(rf"({_NUM})\s*db\s*(?:/|per)\s*(decade|dec|octave|oct)\b", re.IGNORECASE)
# "3 dB cutoff", "-3dB at", "3 dB corner", "f3dB =", "3 dB points", "3dB bandwidth": a pass-band edge, not an attenuation
_CORNER_3DB = re.compile(r"(?:\bf\s*_?)?[-−–]?\s*\b3\s*-?\s*db\b(?!\s*(?:of\s*)?(?:pass[\s-]?band\s*)?ripple)"
                         r"(?=\s*(?:cut-?off|corner|point|freq|bandwidth|bw|edge|at|of|=|:|\d))", re.IGNORECASE)
_HARMONIC = re.compile(r"\b(2nd|3rd|second|third|[2-5]th)\s+harmonics?\b", re.IGNORECASE)
_HARMONIC_N = {"2nd": 2, "second": 2, "3rd": 3, "third": 3, "4th": 4, "5th": 5, "2th": 2, "3th": 3}
_PLUS_MINUS = re.compile(rf"({_NUM})\s*([kKmMgG]?)hz\s*(?:\+-|±|\+/-)\s*({_NUM})\s*([kKmMgG]?)hz\b", re.IGNORECASE)
_LOWPASS_HINTS = re.compile(r"anti-?alias|harmonic filter|\bdc\s+to\b|\b0\s*(?:hz\s*)?to\b|roofing lpf", re.IGNORECASE)
_BANDPASS_HINTS = re.compile(r"preselector|image[\s-]?reject|channel filter|\bif filter\b|\bpasses\b.*\bto\b|saw", re.IGNORECASE)


def _blank(t: str, m: re.Match[str], keep: str = "") -> str:
    """``t`` with the match replaced by ``keep`` padded with spaces (positions stay where they were)."""
    return t[:m.start()] + keep.ljust(m.end() - m.start()) + t[m.end():]


def _read_order(t: str) -> tuple[int | None, str]:
    """The order asked for (the last one named: "a 1st order won't do; I need 4th order") and the text without it."""
    order = None
    for m in _ORDER.finditer(t):
        word = (m.group(1) or m.group(2)).lower()
        order = _ORDINALS.get(word) or int(word)
    for m in _ROLLOFF.finditer(t):  # 20 dB/decade or 6 dB/octave per order
        per = 20.0 if m.group(2).lower().startswith("dec") else 6.0
        order = max(1, round(float(m.group(1)) / per))
        t = _blank(t, m, "rolloff")
    return order, t


def _impedances(t: str, out: dict[str, Any]) -> None:
    """"50 ohm", "50 Ω in and out", "1 kohm source and 1 kohm load", "Rs = 50 Ω, RL = 50 Ω", "50 ohm to 75 ohm"."""
    unit = r"\s*(k)?\s*-?\s*(?:ohms?|Ω)"
    if m := re.search(rf"({_NUM})(?:{unit})?\s*(?:to|->|→|/|into)\s*(?:an?\s*)?({_NUM}){unit}", t, re.IGNORECASE):
        out["z_source"] = float(m.group(1)) * (1e3 if m.group(2) else 1.0)
        out["z_load"] = float(m.group(3)) * (1e3 if m.group(4) else 1.0)
        return
    roles = re.compile(r"\b(rs|rl|r_s|r_l|zs|zl|source|load|input|output|in|out|generator|antenna)\b", re.IGNORECASE)
    for m in _OHM.finditer(t):
        val = float(m.group(1)) * (1e3 if m.group(2) else 1.0)
        after = re.split(r"[,;(]|\bwith\b", t[m.end():])[0]
        before = re.split(r"[,;)]|\bwith\b", t[:m.start()])[-1]
        if re.match(r"\s*(?:source\s+and\s+load|in\s+and\s+out|input\s+and\s+output|terminations?|system|both\s+ends|"
                    r"on\s+both\s+sides|each\s+side)", after, re.IGNORECASE) or re.search(r"\bz0\s*=?\s*$", before, re.IGNORECASE):
            out.setdefault("z_source", val)
            out.setdefault("z_load", val)
            continue
        near_after = roles.match(after.strip()) if after.strip() else None
        near_before = list(roles.finditer(before))
        role = near_after.group(1) if near_after and re.match(r"\s", after) else (near_before[-1].group(1) if near_before else "")
        role = role.lower()
        if role in ("rs", "r_s", "zs", "source", "input", "in", "generator"):
            out.setdefault("z_source", val)
        elif role in ("rl", "r_l", "zl", "load", "output", "out", "antenna"):
            out.setdefault("z_load", val)
        elif "z_source" not in out and "z_load" not in out:
            out["z_source"] = out["z_load"] = val
    if "z_source" in out or "z_load" in out:
        out.setdefault("z_source", 50.0)
        out.setdefault("z_load", out["z_source"])


def parse_request(text: str) -> tuple[dict[str, Any], list[str]]:
    """Spec fields read from free text, and the names of the required ones it could not read.

    Besides the RFSpec fields, ``order`` when the request names one (poles, sections, or a roll-off
    in dB/decade or dB/octave).
    """
    t = text.replace("\u00b1", "+-").replace("\u2212", "-")
    out: dict[str, Any] = {}
    low = t.lower()
    for kind, pat in _KINDS:
        if re.search(pat, low):
            out["kind"] = kind
            break
    for resp, pat in _RESPONSES:
        if re.search(pat, low):
            out["response"] = resp
            break
    if m := re.search(r"\b(E12|E24|E96)\b", t, re.IGNORECASE):
        out["eseries"] = m.group(1).upper()
    if m := re.search(rf"(?:\+-|±)?\s*({_NUM})\s*%\s*(?:parts|tolerance|tol)", t, re.IGNORECASE) or \
            re.search(rf"tolerance\s*(?:of\s*)?(?:\+-)?\s*({_NUM})\s*%", t, re.IGNORECASE):
        out["tolerance_pct"] = float(m.group(1))
    if m := re.search(rf"({_NUM})\s*%\s*(?:build\s*)?yield", t, re.IGNORECASE) or \
            re.search(rf"yield\s*(?:target\s*)?(?:(?:of|=|:|>=|≥|at least|above)\s*)*({_NUM})\s*%", t, re.IGNORECASE):
        out["yield_target_pct"] = float(m.group(1))
    if m := re.search(rf"\bq\s*(?:of|=|:)?\s*({_NUM})", t, re.IGNORECASE):
        out["inductor_q"] = float(m.group(1))
    esr = re.search(rf"esr\s*(?:of|=|:)?\s*({_NUM})\s*(m)?\s*(?:ohms?|Ω)", t, re.IGNORECASE)
    if esr:
        out["capacitor_esr_ohm"] = float(esr.group(1)) * (1e-3 if esr.group(2) else 1.0)
        t = _blank(t, esr)
    if re.search(r"series[\s-]first|first element (?:is )?(?:a )?series|start(?:s|ing)? with a series", low):
        out["first_element"] = "series"
    elif re.search(r"shunt[\s-]first|first element (?:is )?(?:a )?shunt|start(?:s|ing)? with a shunt", low):
        out["first_element"] = "shunt"
    order, t = _read_order(t)
    if order is not None:
        out["order"] = order
    for m in _ORDER.finditer(t):  # "5th order" is not 5 of anything else
        t = _blank(t, m, "order")
    corner_3db = False
    for m in _CORNER_3DB.finditer(t):
        t = _blank(t, m, "cutoff")
        corner_3db = True
    _impedances(t, out)
    t = re.sub(rf"({_NUM})\s*(k)?\s*-?\s*(?:ohms?|Ω)", lambda m: " " * len(m.group(0)), t, flags=re.IGNORECASE)
    if "kind" not in out and _LOWPASS_HINTS.search(t):
        out["kind"] = "lowpass"
    harmonic = _HARMONIC.search(t)

    # decibels: ripple vs attenuation by the words around them
    levels: set[int] = set()
    for m in _DB.finditer(t):
        before = re.split(r"[,;(]", t[:m.start()])[-1].lower()
        after = re.split(r"[,;)]", t[m.end():])[0].lower()
        val = float(m.group(1))
        if re.match(r"\s*(?:max\w*\s*|min\w*\s*)?(?:of\s*)?(?:pass[\s-]?band\s*)?ripple", after) or \
                re.search(r"ripple\s*(?:of|=|:|<|≤|is)?\s*(?:max\w*\s*)?$", before) or \
                re.search(r"(?:chebyshev|tchebyshev|equi-?ripple)\s*(?:type\s*i\s*)?$", before):
            out.setdefault("ripple_db", val)
        elif re.search(r"reject|attenuat|stop|suppress|down|isolation|deep|\bat\b|\bby\b|harmonic|min|least|\bas\b", after + " " + before) \
                or "ripple_db" in out or val >= 10:
            out.setdefault("atten_db", val)
            levels.add(m.start())
        else:
            out.setdefault("ripple_db", val)
    # an attenuation figure marks the frequency after it as a stop edge; a ripple figure marks nothing
    t = _DB.sub(lambda m: ("level" if m.start() in levels else "").ljust(len(m.group(0))), t)

    # frequencies, tagged by the words before (and just after) them
    centre = width = None
    pass_f: list[float] = []
    stop_f: list[float] = []
    for m in _PLUS_MINUS.finditer(t):  # "2.5 GHz ± 50 MHz": centre and half-width
        c, h = _hz(m.group(1), m.group(2)), _hz(m.group(3), m.group(4))
        pass_f += [c - h, c + h]
        t = _blank(t, m, "band")
    prev = prev_end = 0
    last_tag = ""
    for m in _FREQ.finditer(t):
        n_pass, n_stop = len(pass_f), len(stop_f)
        values = [_hz(v, m.group(3)) for v in re.findall(_NUM, m.group(1))] + [_hz(m.group(2), m.group(3))]
        if len(values) > 1 and values[0] == 0:  # "0 to 30 MHz": a low-pass band from DC
            values = values[1:]
        before = t[prev:m.start()].lower()
        before = re.split(r"[,;.:]\s|\bwith\b|\(", before)[-1]
        before = re.sub(r"(?:band|low|high)[\s-]?pass|\b[lhb]pf\b", " ", before)  # the kind is no pass-band word
        after = t[m.end():m.end() + 20].lower()
        prev = m.end()
        if last_tag and re.fullmatch(r"\s*(?:,|and|or|to|-|–|/)\s*(?:above|below|from|over|under)?\s*", t[prev_end:m.start()]):
            tag = last_tag  # "80 MHz and 120 MHz": the second value shares the first one's role
        else:
            tag = ""
        prev_end = m.end()
        if tag == "stop":
            stop_f += values
        elif tag == "pass":
            pass_f += values
        elif re.match(r"\s*(?:wide|bandwidth|bw|band\s*width|pass[\s-]?band\b(?!\s*(?:edge|from|to|start)))", after) or \
                re.search(r"bandwidth|\bbw\b|wide", before[-20:]):
            width = values[-1]
        elif re.search(r"cent(?:er|re)|centred|centered|\bf0\b", before) or re.match(r"\s*(?:cent(?:er|re))", after):
            centre = values[-1]
        elif re.search(r"harmonic", before):
            stop_f += values
        elif _STOP_WORDS.search(before) or re.search(r"\blevel\b|\bby\b\s*$|rejects?\b", before):
            stop_f += values
        elif _PASS_WORDS.search(before) or re.search(r"\b(?:to|fc|f3db|break|flat|up to|above|from)\b", before) or \
                re.match(r"\s*(?:cut-?off|corner|pass)", after):
            pass_f += values
        elif not pass_f and centre is None:
            if len(values) == 2:
                pass_f += values
            else:
                centre = values[0]
        else:
            stop_f += values
        last_tag = "pass" if len(pass_f) > n_pass else "stop" if len(stop_f) > n_stop else ""
    kind = str(out.get("kind", ""))
    if not kind and centre is not None and width is not None:
        kind = out["kind"] = "bandpass"
    if not kind and (len(pass_f) == 2 or _BANDPASS_HINTS.search(t)):
        kind = out["kind"] = "bandpass"
    if kind in ("bandpass", "bandstop") and centre is not None and width is not None and not pass_f:
        if kind == "bandpass":
            pass_f = [centre - width / 2, centre + width / 2]
        else:  # a notch's width is its stop band; the pass band needs its own edges
            stop_f = stop_f or [centre - width / 2, centre + width / 2]
    elif centre is not None and not pass_f:
        pass_f = [centre]
    elif width is not None and not pass_f and kind in ("lowpass", "highpass"):  # "3 dB bandwidth 12 MHz" of a low-pass
        pass_f = [width]
    if harmonic and len(pass_f) == 1 and not stop_f:  # "2nd harmonic 40 dB down": the stop edge is n times the pass edge
        stop_f = [_HARMONIC_N.get(harmonic.group(1).lower(), 2) * pass_f[0]]
    if pass_f:
        out["pass_edges_hz"] = sorted(pass_f)
    if stop_f:
        out["stop_edges_hz"] = sorted(stop_f)
    if corner_3db and out.get("response") in ("butterworth", "bessel") and "ripple_db" not in out:
        out["ripple_db"] = _3DB  # the pass edge of a monotonic response is where it is 3 dB down
    missing = [k for k in ("kind", "pass_edges_hz", "stop_edges_hz", "atten_db") if k not in out]
    return out, missing


def complete_from_order(fields: dict[str, Any]) -> str:
    """Fill a missing stop edge and attenuation from the order asked for; the sentence that says so ("" if none).

    "7th order Butterworth low pass at 50 MHz" names no stop band: the stop edge is put an octave
    from the pass band (twice the bandwidth for a band-pass) and the attenuation halfway between
    what orders n-1 and n reach there, so that n is the least order that meets it.
    """
    n = fields.get("order")
    kind, pass_f = fields.get("kind"), fields.get("pass_edges_hz") or []
    if not isinstance(n, int) or n < 1 or n > MAX_ORDER or kind == "bandstop" or "atten_db" in fields or \
            fields.get("response") == "bessel":  # a Bessel's order is set by its delay, not by an attenuation
        return ""
    if "stop_edges_hz" not in fields:
        if kind == "lowpass" and len(pass_f) == 1:
            fields["stop_edges_hz"] = [2 * pass_f[0]]
        elif kind == "highpass" and len(pass_f) == 1:
            fields["stop_edges_hz"] = [pass_f[0] / 2]
        elif kind == "bandpass" and len(pass_f) == 2:
            f0, bw = math.sqrt(pass_f[0] * pass_f[1]), pass_f[1] - pass_f[0]
            upper = bw + math.sqrt(bw * bw + f0 * f0)  # where the band-pass transform reaches twice the bandwidth
            fields["stop_edges_hz"] = [f0 * f0 / upper, upper]
        else:
            return ""
    def least_order(atten: float) -> int:
        try:
            return minimum_order(RFSpec(**{**fields, "atten_db": atten}))
        except InputError:  # past the highest order
            return MAX_ORDER + 1

    def first_reaching(order: int) -> float:
        """The least attenuation (to 0.01 dB) whose least order is ``order`` or more."""
        lo, hi = float(fields.get("ripple_db", 0.5)) + 0.01, 300.0
        while hi - lo > 0.01:
            mid = (lo + hi) / 2
            lo, hi = (lo, mid) if least_order(mid) >= order else (mid, hi)
        return hi

    a_n, a_next = first_reaching(n), first_reaching(n + 1)
    if least_order(a_n) != n or a_next - a_n < 0.1:  # no attenuation there makes n the least order
        del fields["stop_edges_hz"]
        return ""
    fields["atten_db"] = round((a_n + a_next) / 2, 1)
    edges = ", ".join(_show_hz(f) for f in fields["stop_edges_hz"])
    return (f"order {n} asked for and no stop band given: {fields['atten_db']:g} dB at {edges}, "
            f"which order {n} is the least to meet")


def describe(spec: RFSpec) -> str:
    """One line saying what was understood: "low-pass, Chebyshev 0.5 dB, pass to 100 MHz, ≥ 40 dB at 200 MHz, 50 Ω → 50 Ω"."""
    kind = {"lowpass": "low-pass", "highpass": "high-pass", "bandpass": "band-pass", "bandstop": "band-stop"}[spec.kind]
    resp = spec.response.capitalize() + (f" {spec.ripple_db:g} dB" if spec.response in ("chebyshev", "elliptic") else "")
    p = [_show_hz(f) for f in spec.pass_edges_hz]
    where = {"lowpass": f"pass to {p[0]}", "highpass": f"pass from {p[0]}"}.get(spec.kind, f"pass {' to '.join(p)}")
    if spec.kind == "bandstop":
        where = f"pass below {p[0]} and above {p[-1]}" if len(p) == 2 else f"pass {p[0]}"
    stop = " and ".join(_show_hz(f) for f in spec.stop_edges_hz)
    return f"{kind}, {resp}, {where}, ≥ {spec.atten_db:g} dB at {stop}, {spec.z_source:g} Ω → {spec.z_load:g} Ω"


def parse_substrate(text: str) -> Substrate | None:
    """A microstrip substrate when the request asks for a microstrip realisation (FR4 1.6 mm unless it says)."""
    if not re.search(r"micro-?strip", text, re.IGNORECASE):
        return None
    eps, h = 4.4, 1.6e-3
    if m := re.search(rf"(?:eps_?r|εr|ε_r|\ber\b|dielectric constant|permittivity|dk)\s*(?:=|of|:)?\s*({_NUM})", text, re.IGNORECASE):
        eps = float(m.group(1))
    if m := re.search(rf"({_NUM})\s*mm\b(?=[^,;]*(?:thick|substrate|board|fr-?4|height|laminate|dielectric))", text, re.IGNORECASE) or \
            re.search(rf"\bh\s*(?:=|of|:)?\s*({_NUM})\s*mm", text, re.IGNORECASE):
        h = float(m.group(1)) * 1e-3
    return Substrate(eps_r=eps, h_m=h)


def build_spec(fields: dict[str, Any], where: str) -> RFSpec:
    """An RFSpec from fields read anywhere (``where`` names the source in errors), validated."""
    try:
        spec = RFSpec(**fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(f"{where}: {'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from None
    validate(spec)
    return spec
