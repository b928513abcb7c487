"""Fault localisation: from a failing simulation to the RTL lines most likely at fault.

One unit: instrumentation, the dynamic slice and the static fallback share one model of the
design's assignments and their line numbers; split apart, each half would re-derive it.

1. The first mismatching output and its time come from the simulation log
   (``Output 'x' has K mismatches. First mismatch occurred at time T``).
2. The design is *instrumented* on the same lines (no line moves): every procedural
   assignment also stamps ``$time`` into a marker variable, and the test bench is run
   with the design's internals dumped. The waveform then says when each assignment ran.
3. A dynamic backward slice starts at (output, T): the assignment that last produced the
   output's value, the conditions that selected it, then the same for every signal it read,
   at the time it ran, breadth first. Lines are ranked by slice depth; within a depth, lines
   that ran rarely while the outputs still matched come first (spectrum-based tie-break).
4. Without a waveform the same walk runs on the static dependency graph.

The result renders as feedback for the writer: the output, the time, the inputs then,
expected vs got, and the ranked RTL lines with a few lines of context.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chipsmith.tools.runner import Diagnostic
from chipsmith.tools.slang import ModuleIndex, Unit, index_text
from chipsmith.tools.vcd import Trace, Waveform, show, to_int

MARKER = "__cs_u"
_PROCEDURAL = ("blocking", "nonblocking")


@dataclass
class Mismatch:
    output: str
    time: int
    count: int
    expected: str = ""
    got: str = ""
    diff_bits: frozenset[int] | None = None  # bit positions that differ at the first mismatch, when known
    expected_value: int | None = None
    got_value: int | None = None
    diverged_at: int | None = None  # when expected and got parted in the waveform, if before the bench's sample


@dataclass
class Suspect:
    line: int
    end_line: int
    text: str
    depth: int
    signal: str
    why: str


@dataclass
class Localization:
    mismatches: list[Mismatch]
    suspects: list[Suspect]
    inputs: dict[str, str] = field(default_factory=dict)
    method: str = "static"  # "dynamic" when the instrumented waveform was used
    notes: list[str] = field(default_factory=list)

    @property
    def first(self) -> Mismatch | None:
        return self.mismatches[0] if self.mismatches else None

    def top_lines(self, k: int = 3) -> list[int]:
        return [s.line for s in self.suspects[:k]]

    def rank_of(self, line: int) -> int:
        """1-based rank of the first suspect whose lines contain ``line``; 0 when none does."""
        return next((i + 1 for i, s in enumerate(self.suspects) if s.line <= line <= s.end_line), 0)

    def to_dict(self) -> dict[str, object]:
        return {"method": self.method, "inputs": self.inputs,
                "mismatches": [m.__dict__ for m in self.mismatches],
                "suspects": [s.__dict__ for s in self.suspects[:10]], "notes": self.notes}

    def feedback(self, source: str, file_name: str, *, k: int = 3, context: int = 2) -> str:
        """What the writer needs to fix the design: never a raw log."""
        if not self.mismatches:
            return "The simulation failed but reported no mismatching output; see the diagnostics above."
        m = self.mismatches[0]
        parts = [f"The first mismatch is on output `{m.output}` at time {m.time}"
                 + (f": expected {m.expected}, got {m.got}." if m.expected or m.got else ".")]
        if m.diverged_at is not None:
            parts.append(f"In the waveform `{m.output}` already differs from the expected value from time "
                         f"{m.diverged_at}; the bench sampled it at {m.time}.")
        if self.inputs:
            parts.append("Inputs at that time: " + ", ".join(f"{k_} = {v}" for k_, v in sorted(self.inputs.items())) + ".")
        others = [f"`{o.output}` ({o.count} mismatches, first at {o.time})" for o in self.mismatches[1:]]
        if others:
            parts.append("Other mismatching outputs: " + ", ".join(others) + ".")
        parts += [f"Note: {n}." for n in self.notes]
        if self.suspects:
            lines = source.splitlines()
            parts.append(f"The lines that drive `{m.output}` there, most suspicious first:")
            for s in self.suspects[:k]:
                lo, hi = max(1, s.line - context), min(len(lines), s.end_line + context)
                excerpt = "\n".join(f"{'>' if s.line <= n <= s.end_line else ' '}{n:4d} | {lines[n - 1]}" for n in range(lo, hi + 1))
                parts.append(f"{file_name}:{s.line} ({s.why}):\n```\n{excerpt}\n```")
        return "\n\n".join(parts)


# -- instrumentation ----------------------------------------------------------------------------------


def instrument(source: str, module: str | None = None) -> tuple[str, ModuleIndex]:
    """The design with a ``$time`` marker next to every procedural assignment, on the same lines."""
    ix = index_text(source, "design.sv", module)
    edits: list[tuple[int, int, str]] = []
    marked = [u for u in ix.units if u.kind in _PROCEDURAL and u.offset >= 0 and u.process not in ("initial", "final")]
    if not marked or ix.body_offset < 0:
        return source, ix
    edits.append((ix.body_offset, ix.body_offset, " integer " + ", ".join(f"{MARKER}{u.index}" for u in marked) + ";"))
    for u in marked:
        edits.append((u.offset, u.offset, f"begin {MARKER}{u.index} = $time; "))
        edits.append((u.end_offset, u.end_offset, " end"))
    out = source
    for start, end, text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        out = out[:start] + text + out[end:]
    return out, ix


def probe_module(instance_path: str, name: str = "chipsmith_probe") -> str:
    """A second top that dumps the design's internals into the bench's waveform."""
    return f"module {name};\n  initial begin #0; $dumpvars(0, {instance_path}); end\nendmodule\n"


# -- the walk -----------------------------------------------------------------------------------------


class _Dynamic:
    """Execution times of each marked assignment and values of internal signals, from the waveform."""

    def __init__(self, wave: Waveform, scope: str, ix: ModuleIndex) -> None:
        self.wave = wave
        self.scope = scope
        self.exec: dict[int, list[int]] = {}
        for u in ix.units:
            if u.kind in _PROCEDURAL:
                full = f"{scope}.{MARKER}{u.index}"
                if wave.find(full) == full:
                    tr = wave.trace(full)
                    self.exec[u.index] = [t for t, v in zip(tr.times, tr.values) if "x" not in v.lower()]

    def last_exec(self, unit: int, before: int, strict: bool) -> int | None:
        times = self.exec.get(unit)
        if not times:
            return None
        i = (bisect.bisect_left(times, before) if strict else bisect.bisect_right(times, before)) - 1
        return times[i] if i >= 0 else None


def _walk(ix: ModuleIndex, start: list[str], time: int, dyn: _Dynamic | None, inputs: set[str],
          max_nodes: int = 400, max_depth: int = 8) -> list[tuple[Unit, int, str]]:
    """Breadth-first backward slice: (unit, depth, signal it was reached through), in visiting order."""
    writers: dict[str, list[Unit]] = {}
    for u in ix.units:
        for s in u.writes:
            writers.setdefault(s, []).append(u)
    order: list[tuple[Unit, int, str]] = []
    seen_units: set[int] = set()
    seen_q: set[tuple[str, int, bool]] = set()
    queue: deque[tuple[str, int, bool, int]] = deque((s, time, True, 0) for s in start)
    while queue and len(seen_q) < max_nodes:
        sig, t, strict, depth = queue.popleft()
        if (sig, t, strict) in seen_q or sig in inputs or depth > max_depth:
            continue
        seen_q.add((sig, t, strict))
        cands = writers.get(sig, [])
        chosen: list[tuple[Unit, int]] = []
        stale_controls: list[Unit] = []
        nothing_ran = False
        if dyn is not None:
            runs = [(dyn.last_exec(u.index, t, strict), u) for u in cands if u.kind in _PROCEDURAL]
            timed = [(e, u) for e, u in runs if e is not None]
            if timed:
                chosen = _producers(timed)
                # Writers that did not run since the producer could have overwritten the value: a condition
                # that kept one of them from running is a suspect too (only when there are few of them).
                since = min(e for _, e in chosen)
                stale = [u for u in cands if u.kind in _PROCEDURAL and u.controls
                         and (dyn.last_exec(u.index, t, strict) or -1) < since and u not in [c for c, _ in chosen]]
                if 0 < len(stale) <= 2:
                    stale_controls = [ix.units[u.controls[-1]] for u in stale]
                elif stale:  # many (a case's arms): the condition they all sit under
                    common = _common_prefix([u.controls for u in stale])
                    if common and ix.units[common[-1]].kind != "event":
                        stale_controls = [ix.units[common[-1]]]
            static = [u for u in cands if u.kind not in _PROCEDURAL]
            chosen += [(u, t) for u in static]
            if not chosen:
                # no assignment ran before the mismatch: the conditions that kept them from running come first
                chosen, nothing_ran = [(u, t) for u in cands], True
        else:  # statically every writer is a candidate: assignments before the conditions around them
            chosen, nothing_ran = [(u, t) for u in cands], False
        groups = []
        for unit, when in chosen:
            controls = [ix.units[c] for c in reversed(unit.controls)]
            groups.append((unit, when, controls + [unit] if nothing_ran else [unit] + controls))
        if nothing_ran:  # innermost condition of every writer first, then the rest
            members = [g[2][0] for g in groups if g[2]] + [m for g in groups for m in g[2][1:]]
        elif dyn is None:
            members = [g[0] for g in groups] + [m for g in groups for m in g[2][1:]]
        else:
            members = [m for g in groups for m in g[2]]
        members += stale_controls
        for member in members:
            if member.index not in seen_units:
                seen_units.add(member.index)
                order.append((member, depth, sig))
        for unit, when, _ in groups:
            seq = unit.kind == "nonblocking" or unit.process == "always_ff"
            reads = set(unit.reads)
            for c in unit.controls:
                reads |= ix.units[c].reads
            for r in sorted(reads):
                queue.append((r, when, seq, depth + 1))
    return order


_LHS = re.compile(r"^\s*(?:assign\s+)?([A-Za-z_]\w*)\s*(\[[^\]]*\])?\s*(?:<=|=|[-+*/&|^]=)")


def _target(unit: Unit) -> tuple[str, str]:
    """(signal, select text) an assignment writes; select is '' for a whole-signal write."""
    m = _LHS.match(unit.text)
    return (m.group(1), (m.group(2) or "").replace(" ", "")) if m else ("", "")


def _common_prefix(chains: list[tuple[int, ...]]) -> tuple[int, ...]:
    first = chains[0]
    n = 0
    while n < len(first) and all(len(c) > n and c[n] == first[n] for c in chains):
        n += 1
    return first[:n]


def _would_produce_expected(ix: ModuleIndex, m: Mismatch, wave: Waveform, scope: str) -> set[int]:
    """Assignments to the output whose right side (a constant or a signal) equals the expected value at the
    first mismatch, with their innermost condition; empty unless there are one or two (else it says little)."""
    if m.expected_value is None or m.got_value is None or m.expected_value == m.got_value:
        return set()  # an x output was never assigned: the conditions that kept it so are the suspects
    hits: list[Unit] = []
    for u in ix.drivers(m.output):
        if u.kind not in _PROCEDURAL or _target(u)[1]:
            continue
        rhs = re.split(r"<=|=", u.text, maxsplit=1)[-1].strip().rstrip(";").strip()
        values = _label_values(rhs + ":")
        if len(values) == 1 and re.fullmatch(r"[\w']+", rhs):
            value: int | None = next(iter(values))
        elif re.fullmatch(r"[A-Za-z_]\w*", rhs) and scope and wave.find(f"{scope}.{rhs}") is not None:
            value = to_int(wave.trace(f"{scope}.{rhs}").before(m.time))
        else:
            continue
        if value == m.expected_value:
            hits.append(u)
    if not 1 <= len(hits) <= 2:
        return set()
    return {u.index for u in hits} | {u.controls[-1] for u in hits if u.controls}


def _misses_bits(unit: Unit, wrong: dict[str, frozenset[int]]) -> bool:
    """True when ``unit`` writes a constant slice of a failing output that holds none of the wrong bits."""
    sig, sel = _target(unit)
    bits = wrong.get(sig)
    m = re.fullmatch(r"\[(\d+)(?::(\d+))?\]", sel)
    if not bits or m is None:
        return False
    hi = int(m.group(1))
    lo = int(m.group(2)) if m.group(2) is not None else hi
    lo, hi = min(lo, hi), max(lo, hi)
    return not any(lo <= b <= hi for b in bits)


def _producers(timed: list[tuple[int, Unit]]) -> list[tuple[Unit, int]]:
    """Which executed assignments produced the current value: the latest per written slice, and none
    older than the latest whole-signal write (the last one in source order wins within a time step)."""
    latest: dict[str, tuple[int, Unit]] = {}
    for e, u in timed:
        sel = _target(u)[1]
        cur = latest.get(sel)
        if cur is None or (e, u.index) > (cur[0], cur[1].index):
            latest[sel] = (e, u)
    whole = latest.get("")
    keep = [(u, e) for sel, (e, u) in latest.items()
            if whole is None or sel == "" or (e, u.index) > (whole[0], whole[1].index)]
    return sorted(keep, key=lambda p: (-p[1], -p[0].index))


# Linter findings that name a behavioural bug on the line they point at.
LINT_BUG_CODES = ("CASEOVERLAP", "MULTIDRIVEN", "CaseDup", "CaseOverlap")


def localize(design: Path, module: str | None, sim_values: dict[str, Any], *, wave: Waveform | None = None,
             scope: str = "", ix: ModuleIndex | None = None, port_inputs: list[str] | None = None,
             lint: list[Diagnostic] | None = None) -> Localization:
    """Rank the design's lines for the first mismatch in ``sim_values`` (Icarus.simulate's values)."""
    source = Path(design).read_text()
    ix = ix or index_text(source, str(design), module)
    outs: dict[str, dict[str, Any]] = sim_values.get("outputs") or {}
    mism = sorted((Mismatch(name, int(v["first_time"]), int(v["mismatches"]))
                   for name, v in outs.items() if int(v.get("mismatches", 0)) > 0),
                  key=lambda m: (m.time, m.output))
    loc = Localization(mism, [])
    if not mism:
        return loc
    first = mism[0]
    inputs = set(port_inputs or [])
    dyn = None
    if wave is not None:
        _fill_values(loc, wave, scope, inputs)
        dyn = _Dynamic(wave, scope, ix) if scope else None
        if dyn is not None and dyn.exec:
            loc.method = "dynamic"
        else:
            dyn = None
    starts = [m.output for m in mism if m.time == first.time]
    order = _walk(ix, starts, first.time, dyn, inputs)
    # A line in the cone of several outputs that fail together explains more of the failure.
    cover: dict[int, int] = {}
    if len(starts) > 1:
        for out in starts:
            for u, _, _ in _walk(ix, [out], first.time, dyn, inputs):
                cover[u.index] = cover.get(u.index, 0) + 1
    # An assignment to bits of the output that all match is not the one at fault.
    wrong_bits = {m.output: m.diff_bits for m in mism if m.time == first.time and m.diff_bits}
    disjoint = {u.index for u, depth, _ in order if depth == 0 and _misses_bits(u, wrong_bits)}
    if disjoint:  # the condition that only guards such an assignment goes down with it
        kept_inner = {u.controls[-1] for u, _, _ in order if u.controls and u.index not in disjoint
                      and u.kind in _PROCEDURAL}
        disjoint |= {ix.units[i].controls[-1] for i in list(disjoint)
                     if ix.units[i].controls and ix.units[i].controls[-1] not in kept_inner
                     and ix.units[ix.units[i].controls[-1]].kind != "event"}
    if not order:  # the output may be driven through a name the index does not know (e.g. a port alias)
        order = [(u, 0, "") for u in ix.units if u.kind in ("assign", "decl") + _PROCEDURAL]
    # An assignment that would have produced the expected value did not run: it and its condition are suspects.
    wanted = _would_produce_expected(ix, first, wave, scope) if wave is not None else set()
    in_order = {u.index for u, _, _ in order}
    order += [(ix.units[i], 0, first.output) for i in sorted(wanted) if i not in in_order]
    # A combinational block's header cannot hold the fault; its statements can.
    order = [o for o in order if not (o[0].kind == "event" and _is_comb(o[0]))]
    # Labels of a case in the slice that did not match: a wrong label shows only by not matching.
    # They rank last unless the linter flags them (overlapping labels).
    in_order = {u.index for u, _, _ in order}
    unmatched = [(u, 1 << 20, sig) for case, _, sig in order if case.kind == "case"
                 for u in ix.units if u.kind == "label" and u.controls and u.controls[-1] == case.index
                 and u.index not in in_order]
    order += unmatched
    late = {u.index for u, _, _ in unmatched}
    passing = _passing_counts(ix, starts, first.time, dyn, inputs, wave, scope)
    bug_lines = _lint_lines(ix, lint or [])
    shifted = _shifted_in_time(wave, scope, first) or _edge_phase_differs(wave, scope, first)

    def key(p: tuple[int, tuple[Unit, int, str]]) -> tuple[int, int, int, float, int, int]:
        unit, depth, _ = p[1]
        flagged = unit.line in bug_lines or (shifted and unit.kind == "event")
        return (0 if flagged else (1 if unit.index in wanted else 2), 1 if unit.index in late or unit.index in disjoint else 0,
                -cover.get(unit.index, 0), -_score(unit, passing), depth, p[0])

    ranked = sorted(enumerate(order), key=key)
    if shifted:
        loc.notes.append(f"`{first.output}` changes on the other clock edge than expected (or half a period off): "
                         "check the clock edge")
    if bug_lines & {u.line for u, _, _ in order}:
        loc.notes.append("the linter flags a line in the cone of the output: " + ", ".join(
            f"{d.line}: {d.message}" for d in (lint or []) if d.code in LINT_BUG_CODES)[:300])
    seen_lines: set[int] = set()
    for _, (unit, depth, sig) in ranked:
        if unit.line in seen_lines:
            continue
        seen_lines.add(unit.line)
        loc.suspects.append(Suspect(unit.line, unit.end_line, unit.text.splitlines()[0][:160], depth, sig,
                                    _why(unit, depth, sig)))
    return loc


def _clock(wave: Waveform | None, scope: str) -> Trace | None:
    if wave is None:
        return None
    for name in ([f"{scope}.clk"] if scope else []) + ["clk"]:
        if wave.find(name) is not None:
            return wave.trace(name)
    return None


def _sample_times(wave: Waveform | None, scope: str, before: int, limit: int = 200) -> list[int]:
    """The bench's checking times before the first mismatch: edges of the clock (both), most recent last."""
    clk = _clock(wave, scope)
    if clk is None:
        return []
    times = [t for t in clk.times if 0 < t < before]
    return times[-limit:]


def _clock_ref_dut(wave, scope, output):  # type: ignore[no-untyped-def]
    """The clock and the reference and design traces of ``output``, or None when any is missing."""
    clk = _clock(wave, scope)
    if clk is None or wave is None:
        return None
    ref = _find(wave, [f"{output}_ref"])
    dut = _find(wave, [f"{output}_dut"])
    if ref is None or dut is None:
        return None
    return clk, ref, dut


def _shifted_in_time(wave: Waveform | None, scope: str, m: Mismatch, window: int = 40) -> bool:
    """True when the design's output follows the expected one shifted by one clock edge (half a period).

    That is the signature of a register clocked on the wrong edge: right values, wrong time. Every
    mismatching sample in the window must be explained by the shift, and the shifted sequences
    must agree on at least 90% of it.
    """
    traces = _clock_ref_dut(wave, scope, m.output)
    if traces is None:
        return False
    clk, ref, dut = traces
    edges = [t for t in clk.times if t > 0]
    i = bisect.bisect_left(edges, m.time)
    n = min(window, len(edges) - i - 1)
    if i < 1 or n < 8:
        return False
    got = [dut.before(edges[j]) for j in range(i, i + n)]
    exp = [ref.before(edges[j]) for j in range(i - 1, i + n + 1)]
    if len(set(exp)) < 2:
        return False

    def agree(a: list[str], b: list[str]) -> float:
        return sum(x == y for x, y in zip(a, b)) / len(a)

    wrong = [k for k in range(n) if got[k] != exp[k + 1]]
    for shifted in (exp[:-2], exp[2:]):
        explained = sum(1 for k in wrong if got[k] == shifted[k])
        # every mismatch in the window is explained by the shift, and there are enough of them
        if len(wrong) >= 2 and explained == len(wrong) and agree(got, shifted) >= 0.9:
            return True
    return False


def _lint_lines(ix: ModuleIndex, lint: list[Diagnostic]) -> set[int]:
    """Lines a behavioural lint finding points at; for overlapping case labels, every label with that value."""
    lines = {d.line for d in lint if d.code in LINT_BUG_CODES}
    # Two labels of one case with the same constant: the second can never match (Verilator's CASEOVERLAP,
    # checked here too so the finding does not depend on Verilator running).
    seen: dict[tuple[int, int], int] = {}
    for u in ix.units:
        if u.kind == "label" and u.controls:
            for v in _label_values(u.text):
                key = (u.controls[-1], v)
                if key in seen:
                    lines |= {seen[key], u.line}
                else:
                    seen[key] = u.line
    for d in lint:
        m = re.search(r"pattern 0x([0-9a-fA-F]+)", d.message) if d.code == "CASEOVERLAP" else None
        if m is None:
            continue
        value = int(m.group(1), 16)
        flagged = [u for u in ix.units if u.kind == "label" and u.line == d.line]
        cases = {u.controls[-1] for u in flagged if u.controls}
        for u in ix.units:
            if u.kind == "label" and u.controls and u.controls[-1] in cases and value in _label_values(u.text):
                lines.add(u.line)
    return lines


def _label_values(text: str) -> set[int]:
    """Constant values of a case label's literals (``4'ha, 4'hb:`` -> {10, 11}); names are skipped."""
    out: set[int] = set()
    for lit in text.rstrip(":").split(","):
        v = lit.strip().replace("_", "")
        m = re.fullmatch(r"(?:\d+)?'[sS]?([bBoOdDhH])([0-9a-fA-F]+)", v)
        if m:
            out.add(int(m.group(2), {"b": 2, "o": 8, "d": 10, "h": 16}[m.group(1).lower()]))
        elif v.isdigit():
            out.add(int(v))
    return out


def _edge_phase_differs(wave: Waveform | None, scope: str, m: Mismatch, edges_after: int = 40) -> bool:
    """True when the expected output changes on one clock edge (80% or more) and the design's mostly on the other.

    A register on the wrong edge shows this even when the inputs change on both edges, which
    hides the plain half-period shift.
    """
    traces = _clock_ref_dut(wave, scope, m.output)
    if traces is None:
        return False
    clk, ref, dut = traces
    edge_times = set(clk.times)
    i = bisect.bisect_left(clk.times, m.time)
    end = clk.times[min(len(clk.times) - 1, i + edges_after)]

    def phases(tr: Trace) -> list[str]:
        out = []
        for t, v in zip(tr.times, tr.values):
            if 0 < t <= end and t in edge_times and "x" not in v.lower():
                out.append(clk.at(t))
        return out

    ref_ph, dut_ph = phases(ref), phases(dut)
    if len(ref_ph) < 3:
        return False
    main = max(set(ref_ph), key=ref_ph.count)
    if ref_ph.count(main) < 0.8 * len(ref_ph):  # an asynchronous reset may land on the other edge now and then
        return False
    other = [p for p in dut_ph if p != main]
    return len(other) >= 2 and len(other) > 0.5 * len(dut_ph)


def _is_comb(unit: Unit) -> bool:
    head = unit.text.replace(" ", "")
    return unit.process in ("always_comb", "always_latch") or head.startswith(("always@(*)", "always@*"))


def _passing_counts(ix: ModuleIndex, starts: list[str], fail_time: int, dyn: _Dynamic | None, inputs: set[str],
                    wave: Waveform | None, scope: str) -> dict[int, int]:
    """For each unit, in how many passing samples' backward slices it appears (spectrum-based evidence)."""
    if dyn is None:
        return {}
    counts: dict[int, int] = {}
    for t in _sample_times(wave, scope, fail_time):
        for unit, _, _ in _walk(ix, starts, t, dyn, inputs, max_nodes=120, max_depth=6):
            counts[unit.index] = counts.get(unit.index, 0) + 1
    return counts


def _score(unit: Unit, passing: dict[int, int]) -> float:
    """Ochiai with one failing sample: 1/sqrt(1 + passing samples whose slice holds the unit)."""
    return 1.0 / math.sqrt(1 + passing.get(unit.index, 0)) if passing else 1.0


def _why(unit: Unit, depth: int, sig: str) -> str:
    what = {"assign": "drives", "decl": "drives", "blocking": "assigns", "nonblocking": "assigns",
            "if": "decides the assignment to", "case": "selects the assignment to", "label": "selects the assignment to",
            "event": "clocks", "loop": "loops over the assignment to", "instance": "connects"}.get(unit.kind, "affects")
    hop = "the output" if depth == 0 else f"{depth} step{'s' if depth > 1 else ''} back from the output"
    return f"{what} `{sig}`, {hop}"


def _fill_values(loc: Localization, wave: Waveform, scope: str, inputs: set[str]) -> None:
    """Expected/got for each mismatch and the input values at the first one, from the waveform."""
    for m in loc.mismatches:
        ref = _find(wave, [f"{m.output}_ref", f"{m.output}_exp", f"{m.output}_expected"])
        dut = _find(wave, [f"{m.output}_dut", f"{scope}.{m.output}" if scope else m.output])
        if ref is not None:
            m.expected = show(ref.before(m.time), ref.width)
        if dut is not None:
            m.got = show(dut.before(m.time), dut.width)
        if ref is not None and dut is not None:
            m.expected_value, m.got_value = to_int(ref.before(m.time)), to_int(dut.before(m.time))
            e, g = ref.before(m.time).lower(), dut.before(m.time).lower()
            w = max(len(e), len(g))
            e, g = e.rjust(w, "0" if e[:1] in "01" else e[:1]), g.rjust(w, "0" if g[:1] in "01" else g[:1])
            m.diff_bits = frozenset(i for i, (a, b) in enumerate(zip(reversed(e), reversed(g))) if a != "x" and a != b)
            start = _divergence_start(ref, dut, m.time)
            m.diverged_at = start if start is not None and start < m.time else None
    t = loc.mismatches[0].time
    for name in sorted(inputs):
        tr = _find(wave, [f"{scope}.{name}" if scope else name, name])
        if tr is not None and len(loc.inputs) < 12:
            # the value at the mismatch time itself; an input that changes at that very time says so
            now, then = show(tr.at(t), tr.width), show(tr.before(t), tr.width)
            loc.inputs[name] = now if now == then else f"{now} (changed from {then} at this time)"


def _differ(expected: str, got: str) -> bool:
    """The bench's rule: an x in the expected value matches anything, an x in the design's only an x."""
    e, g = expected.lower(), got.lower()
    w = max(len(e), len(g))
    e, g = e.rjust(w, "0" if e[:1] in "01" else e[:1]), g.rjust(w, "0" if g[:1] in "01" else g[:1])
    return any(a != "x" and a != b for a, b in zip(e, g))


def _divergence_start(ref: Trace, dut: Trace, sampled: int) -> int | None:
    """The time from which expected and got differ without a break up to the bench's sample at ``sampled``."""
    if not _differ(ref.before(sampled), dut.before(sampled)):
        return None
    times = sorted({t for t in (*ref.times, *dut.times) if t < sampled}, reverse=True)
    start = sampled
    for t in times:
        if not _differ(ref.at(t), dut.at(t)):
            break
        start = t
    return start


def _find(wave: Waveform, names: list[str]) -> Trace | None:
    for n in names:
        if n and wave.find(n) is not None:
            return wave.trace(n)
    return None
