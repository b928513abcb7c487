"""Reading an RF filter spec from words: the usual ways engineers write one, without a model.

A regex + pint reader for the filter kind, response, pass and stop edges, ripple,
attenuation and impedances; :func:`build_spec` validates the fields like user input.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from chipsmith.core.errors import InputError
from chipsmith.core.units import registry
from chipsmith.tools.rf_synthesis import RFSpec, Substrate, validate

_NUM = r"\d+(?:\.\d+)?"
_FREQ = re.compile(rf"((?:{_NUM}\s*(?:,|and|to|-|–|/|or)\s*)*)({_NUM})\s*([kKmMgG]?)hz\b", re.IGNORECASE)
_DB = re.compile(rf"({_NUM})\s*db\b", re.IGNORECASE)
_OHM = re.compile(rf"({_NUM})\s*(k)?\s*-?\s*(?:ohms?|Ω)", re.IGNORECASE)
_KINDS = (("bandpass", r"band[\s-]?pass|\bbpf\b"), ("bandstop", r"band[\s-]?(?:stop|reject)|notch|\bbsf\b"),
          ("lowpass", r"low[\s-]?pass|\blpf\b"), ("highpass", r"high[\s-]?pass|\bhpf\b"))
_RESPONSES = (("butterworth", r"butterworth|maximally[\s-]flat"), ("chebyshev", r"chebyshev|tchebyshev|equi-?ripple pass"),
              ("bessel", r"bessel|thomson|linear[\s-]phase|flat (?:group )?delay"), ("elliptic", r"elliptic|cauer"))
_STOP_WORDS = re.compile(r"reject|attenuat|stop|suppress|at least|down|≥|>=", re.IGNORECASE)
_PASS_WORDS = re.compile(r"pass|cut-?off|corner|edge|-3\s*db|ripple", re.IGNORECASE)


def _hz(value: str, prefix: str) -> float:
    unit = {"k": "kHz", "m": "MHz", "g": "GHz", "": "Hz"}[prefix.lower()]
    return float(registry().Quantity(float(value), unit).to("Hz").magnitude)


def parse_request(text: str) -> tuple[dict[str, Any], list[str]]:
    """Spec fields read from free text, and the names of the required ones it could not read."""
    t = text.replace("\u00b1", "+-")
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
        t = t[:esr.start()] + " " * (esr.end() - esr.start()) + t[esr.end():]
    if re.search(r"series[\s-]first|first element (?:is )?(?:a )?series|start(?:s|ing)? with a series", low):
        out["first_element"] = "series"
    elif re.search(r"shunt[\s-]first|first element (?:is )?(?:a )?shunt|start(?:s|ing)? with a shunt", low):
        out["first_element"] = "shunt"

    # decibels: ripple vs attenuation by the words around them
    for m in _DB.finditer(t):
        before = re.split(r"[,;(]", t[:m.start()])[-1].lower()
        after = re.split(r"[,;)]", t[m.end():])[0].lower()
        val = float(m.group(1))
        if re.match(r"\s*(?:of\s*)?(?:pass[\s-]?band\s*)?ripple", after) or \
                re.search(r"ripple\s*(?:of|=|:|<|≤|is)?\s*(?:max\w*\s*)?$", before):
            out.setdefault("ripple_db", val)
        elif re.search(r"reject|attenuat|stop|suppress|down|isolation|\bat\b", after + " " + before):
            out.setdefault("atten_db", val)
        elif "ripple_db" in out or val >= 10:
            out.setdefault("atten_db", val)
        else:
            out.setdefault("ripple_db", val)

    # impedances: "50 ohm", "50 ohm source and 75 ohm load", "from 50 to 75 ohm"
    ohms = [(float(m.group(1)) * (1e3 if m.group(2) else 1.0), m) for m in _OHM.finditer(t)]
    if m := re.search(rf"({_NUM})\s*(?:to|->|/)\s*({_NUM})\s*(?:ohms?|Ω)", t, re.IGNORECASE):
        out["z_source"], out["z_load"] = float(m.group(1)), float(m.group(2))
    elif ohms:
        for val, m in ohms:
            after = t[m.end():m.end() + 10].lower()
            before = t[max(0, m.start() - 12):m.start()].lower()
            for text in (after, before):
                if "source" in text or "input" in text or re.match(r"\s*in\b", text):
                    out.setdefault("z_source", val)
                    break
                if "load" in text or "output" in text or re.match(r"\s*out\b", text):
                    out.setdefault("z_load", val)
                    break
        if "z_source" not in out and "z_load" not in out:
            out["z_source"] = out["z_load"] = ohms[0][0]
        out.setdefault("z_source", 50.0)
        out.setdefault("z_load", out["z_source"])

    # frequencies, tagged by the words before (and just after) them
    centre = width = None
    pass_f: list[float] = []
    stop_f: list[float] = []
    prev = prev_end = 0
    last_tag = ""
    for m in _FREQ.finditer(t):
        n_pass, n_stop = len(pass_f), len(stop_f)
        values = [_hz(v, m.group(3)) for v in re.findall(_NUM, m.group(1))] + [_hz(m.group(2), m.group(3))]
        before = t[prev:m.start()].lower()
        before = re.split(r"[,;.]\s|\bwith\b", before)[-1]
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
        elif re.match(r"\s*(?:wide|bandwidth|bw|band\s*width)", after) or re.search(r"bandwidth|\bbw\b|wide", before[-20:]):
            width = values[-1]
        elif _STOP_WORDS.search(before) or "db" in before:
            stop_f += values
        elif re.search(r"cent(?:er|re)|centred|centered|\bf0\b", before) or re.match(r"\s*(?:cent(?:er|re))", after):
            centre = values[-1]
        elif _PASS_WORDS.search(before) or re.match(r"\s*(?:cut-?off|corner|pass)", after):
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
    if kind in ("bandpass", "bandstop") and centre is not None and width is not None and not pass_f:
        if kind == "bandpass":
            pass_f = [centre - width / 2, centre + width / 2]
        else:  # a notch's width is its stop band; the pass band needs its own edges
            stop_f = stop_f or [centre - width / 2, centre + width / 2]
    elif centre is not None and not pass_f:
        pass_f = [centre]
    if pass_f:
        out["pass_edges_hz"] = sorted(pass_f)
    if stop_f:
        out["stop_edges_hz"] = sorted(stop_f)
    missing = [k for k in ("kind", "pass_edges_hz", "stop_edges_hz", "atten_db") if k not in out]
    return out, missing


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
