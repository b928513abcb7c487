"""``chipsmith eval netlist``: parse and round-trip real netlist corpora, proving each translation.

Two corpora (see docs/netlist.md):

- ``analoggenie``: one Spectre-style topology per directory; Spectre -> ngspice -> Spectre,
  both translations proven isomorphic to the source.
- ``real``: files nobody here wrote (``evals/data/netlists-real``, listed with their source,
  dialect and licence in ``SOURCES.yaml``). Each file is read in its own dialect, then
  written to every other SPICE dialect and Spectre and read back in its own, proven
  isomorphic and checked for meaning (``.param`` values, subcircuit defaults, globals and
  ground, duplicate names, dropped cards); results are given per source and separately for
  the held-out quarter of ``split.yaml``.
- ``ngspice``: every netlist-like file of ngspice's examples; parse, then for each of
  HSPICE, Xyce and Spectre: ngspice -> target -> ngspice proven isomorphic. ``strict``
  refuses any construct the target lacks; ``circuit`` drops ``.control`` scripts and
  simulator-specific cards explicitly (and says so). ``--cosim`` also simulates each deck
  and its Spectre round trip in ngspice and compares the vectors.

Runs on the one runner (:mod:`chipsmith.evals.netlist_suite`): a run directory holds
``results/batch-NNNN.json`` (written atomically; a rerun resumes), ``summary.json`` and ``report.md``.
"""

from __future__ import annotations

import re
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

from chipsmith.core.errors import ChipsmithError, ConfigError

NOT_NETLISTS = {".stim", ".txt", ".s2p", ".va", ".sh", ".tcl", ".md", ".py", ".png", ".jpg", ".pdf", ".osdi"}
TARGETS = ("hspice", "xyce", "spectre")
BATCH = 50


def analoggenie_cases(root: Path) -> list[str]:
    """One netlist per topology directory: ``<id>_full.cir`` (with its subcircuits) when present."""
    base = root / "Dataset" if (root / "Dataset").is_dir() else root
    cases = []
    for d in sorted(p for p in base.iterdir() if p.is_dir()):
        full = d / f"{d.name}_full.cir"
        plain = d / f"{d.name}.cir"
        pick = full if full.exists() else plain if plain.exists() else next(iter(sorted(d.glob("*.cir"))), None)
        if pick is not None:
            cases.append(str(pick))
    return cases


def ngspice_cases(root: Path) -> tuple[list[str], list[str]]:
    """(netlist files, skipped non-netlist files) of an ngspice examples tree."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    keep, skip = [], []
    for p in files:
        if p.name in ("COPYING", "SOURCE.txt", "README") or p.suffix.lower() in NOT_NETLISTS:
            skip.append(str(p))
        else:
            keep.append(str(p))
    return keep, skip


REAL_TARGETS = ("ngspice", "hspice", "xyce", "spectre")
# how a corpus dialect is read: the parser's dialect and whether the file has a title line
READ_AS = {"ngspice": ("ngspice", None), "hspice": ("hspice", None), "ltspice": ("ltspice", None), "xyce": ("xyce", None),
           "pspice": ("ngspice", None), "cdl": ("cdl", None), "spectre": ("spectre", None), "verilog": ("verilog", None)}


def real_cases(root: Path) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """(files, per-file metadata: source, dialect, held_out) of a corpus described by SOURCES.yaml and split.yaml."""
    from chipsmith.core.yamlfile import load_yaml_file  # no aliases: a corpus description may come from anyone

    src = root / "SOURCES.yaml"
    try:
        entries = load_yaml_file(src)["files"]
        held = set(load_yaml_file(root / "split.yaml").get("held_out", []))
    except (OSError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{src}: cannot read the corpus description ({exc}); it lists files: [{{file, dialect, ...}}]") from None
    meta = {}
    for e in entries:
        meta[str(root / e["file"])] = {"source": e["source"], "dialect": e["dialect"], "held_out": e["file"] in held,
                                       "not_netlist": e.get("not_netlist", "")}
    return sorted(k for k, v in meta.items() if not v["not_netlist"]), meta


def failure_class(exc: BaseException) -> str:
    """A message with its file, line, names and numbers removed: what failures have in common.

    Element letters (``'A'``) and card names (``.pss``) stay: they are the class.
    """
    msg = str(exc)
    msg = re.sub(r"\S+:\d+: ", "", msg)
    msg = re.sub(r"^cannot write \w+: ", "", msg).split("; ")[0]
    msg = re.sub(r"\bmodel \S+", "model …", msg).replace("'s ", "s ")
    msg = re.sub(r"'([^']{4,})'|\"[^\"]*\"|\[[^\]]*\]|\([^)]*\)", "…", msg)
    msg = re.sub(r"\b[\w]*\d[\w.]*\b", "N", msg)
    return f"{type(exc).__name__}: {msg[:90]}"


def _case_analoggenie(path: str) -> dict[str, Any]:
    from chipsmith.tools.netlist.graph import prove
    from chipsmith.tools.netlist.translate import parse_file, translate

    res: dict[str, Any] = {"file": path}
    try:
        net = parse_file(Path(path), "spectre")
        res["devices"] = sum(1 for _ in net.walk())
        fwd = translate(net, "ngspice")
        if not fwd.ok:
            res.update(status="not_isomorphic", stage="spectre->ngspice", detail=fwd.proof.summary() if fwd.proof else "")
            return res
        assert fwd.reparsed is not None
        back = translate(fwd.reparsed, "spectre", check=False)  # proven against the source below
        assert back.reparsed is not None
        proof = prove(net, back.reparsed)
        res.update(status="ok" if proof.ok else "not_isomorphic", stage="ngspice->spectre", detail=proof.summary(),
                   method=proof.method)
    except ChipsmithError as exc:
        res.update(status="error", cls=failure_class(exc), detail=str(exc)[:300])
    return res


def _case_ngspice(path: str, root: str, cosim: bool, work: str) -> dict[str, Any]:
    from chipsmith.tools.netlist.graph import prove
    from chipsmith.tools.netlist.support import UnsupportedConstruct
    from chipsmith.tools.netlist.translate import parse_file, translate

    res: dict[str, Any] = {"file": path, "targets": {}}
    try:
        net = parse_file(Path(path), "ngspice", allowed_dirs=[Path(root)])
    except ChipsmithError as exc:
        res.update(parsed=False, cls=failure_class(exc), detail=str(exc)[:300])
        return res
    res["parsed"] = True
    spectre_back = None
    for target in TARGETS:
        out: dict[str, Any] = {}
        for mode, drop in (("strict", frozenset()), ("circuit", frozenset({"control", "directives"}))):
            try:
                there = translate(net, target, drop=drop)
                assert there.reparsed is not None
                back = translate(there.reparsed, "ngspice", check=False)  # proven against the source below
                assert back.reparsed is not None
                proof = prove(translate_drop(net, drop, target), back.reparsed)
                out[mode] = "ok" if (there.ok and proof.ok) else "not_isomorphic"
                if not (there.ok and proof.ok):
                    out[mode + "_detail"] = (there.proof.summary() if there.proof and not there.ok else proof.summary())[:300]
                elif mode == "circuit" and target == "spectre" and not any("directives" in w for w in there.warnings):
                    spectre_back = back.reparsed  # co-simulate only when no card that could change the circuit was dropped
            except UnsupportedConstruct as exc:
                out[mode] = "unsupported"
                out[mode + "_cls"] = failure_class(exc)
                out[mode + "_detail"] = str(exc)[:300]
            except ChipsmithError as exc:
                out[mode] = "error"
                out[mode + "_cls"] = failure_class(exc)
                out[mode + "_detail"] = str(exc)[:300]
        res["targets"][target] = out
    if cosim and spectre_back is not None:
        from chipsmith.tools.netlist.cosim import cosimulate

        text = Path(path).read_text(errors="replace")
        t0 = time.monotonic()
        try:
            cs = cosimulate(text, net, spectre_back, Path(work) / re.sub(r"\W", "_", Path(path).relative_to(root).as_posix()),
                            deck_dir=Path(path).parent, model_dirs=[Path(root)])
            res["cosim"] = {"verdict": cs.verdict, "compared": cs.compared, "worst_rel": cs.worst_rel, "detail": cs.detail[:300],
                            "seconds": round(time.monotonic() - t0, 3)}
        except ChipsmithError as exc:
            res["cosim"] = {"verdict": "refused", "detail": str(exc)[:300]}
    return res


def _case_real(path: str, root: str, meta: dict[str, Any], cosim: bool, work: str, force: str | None = None) -> dict[str, Any]:
    """Read one file in its own dialect, translate it to every other dialect and back, prove and check meaning."""
    from chipsmith.tools.netlist.graph import prove
    from chipsmith.tools.netlist.meaning import meaning_losses
    from chipsmith.tools.netlist.support import UnsupportedConstruct
    from chipsmith.tools.netlist.translate import parse_file, translate

    dialect = force or meta["dialect"]
    read_as, is_deck = READ_AS.get(dialect, (dialect, None))
    res: dict[str, Any] = {"file": path, "source": meta["source"], "dialect": dialect, "held_out": meta["held_out"],
                           "targets": {}}
    try:
        net = parse_file(Path(path), read_as, allowed_dirs=[Path(root)], is_deck=is_deck)
    except ChipsmithError as exc:
        res.update(parsed=False, cls=failure_class(exc), detail=str(exc)[:300])
        return res
    res["parsed"] = True
    back_dialect = net.dialect
    through: dict[str, Any] = {}  # target -> the circuit-only round trip, read back in the source's dialect
    for target in REAL_TARGETS + (("verilog",) if back_dialect == "verilog" else ()):
        if target == back_dialect:
            continue
        out: dict[str, Any] = {}
        for mode, drop in (("strict", frozenset()), ("circuit", frozenset({"control", "directives"}))):
            try:
                there = translate(net, target, drop=drop)
                assert there.reparsed is not None
                back = translate(there.reparsed, back_dialect, check=False)  # proven against the source below
                assert back.reparsed is not None
                kept = translate_drop(net, drop, target)
                proof = prove(kept, back.reparsed)
                losses = meaning_losses(kept, there.reparsed, target) if there.ok and proof.ok else []
                out[mode] = "ok" if (there.ok and proof.ok and not losses) else "silent_loss" if losses else "not_isomorphic"
                if mode == "circuit" and out[mode] == "ok":
                    through[target] = (back.reparsed, there.warnings)
                if losses:
                    out[mode + "_detail"] = "; ".join(losses)[:300]
                elif out[mode] != "ok":
                    out[mode + "_detail"] = (there.proof.summary() if there.proof and not there.ok else proof.summary())[:300]
            except UnsupportedConstruct as exc:
                out[mode] = "unsupported"
                out[mode + "_cls"] = failure_class(exc)
                out[mode + "_detail"] = str(exc)[:300]
            except ChipsmithError as exc:
                out[mode] = "error"
                out[mode + "_cls"] = failure_class(exc)
                out[mode + "_detail"] = str(exc)[:300]
        res["targets"][target] = out
    if cosim and back_dialect in ("ngspice", "hspice", "ltspice", "xyce"):
        res["cosim"] = _cosim_real(path, net, work, root)
        if res["cosim"]["verdict"] in ("match", "mismatch", "mismatch_explained"):
            res["cosim_through"] = {t: _cosim_real(path, net, work, root, via=(t, b))["verdict"] for t, b in through.items()}
    if cosim and res["targets"].get("ngspice", {}).get("circuit") == "ok":
        from chipsmith.tools.netlist.cosim import ngspice_reparse

        text = translate(net, "ngspice", drop=frozenset({"control", "directives"})).text
        err = ngspice_reparse(text, Path(work) / (re.sub(r"\W", "_", Path(path).relative_to(root).as_posix()) + "_reparse"),
                              is_deck=net.is_deck, deck_dir=Path(path).parent, model_dirs=[Path(root)])
        res["ngspice_reparse"] = err or "ok"
        if err and not err.startswith("not checked") and net.dialect in ("ngspice", "hspice", "ltspice", "xyce"):
            # does ngspice read the source itself? then the error is the translation's; if not, the source's own
            src_err = ngspice_reparse(Path(path).read_text(errors="replace"),
                                      Path(work) / (re.sub(r"\W", "_", Path(path).relative_to(root).as_posix()) + "_source"),
                                      is_deck=net.is_deck, deck_dir=Path(path).parent, model_dirs=[Path(root)])
            res["ngspice_reparse_source"] = src_err or "ok"
    return res


def _cosim_real(path: str, net: Any, work: str, root: str, via: tuple[str, Any] | None = None) -> dict[str, Any]:
    """Simulate the deck and its ngspice translation in ngspice; with ``via``, the translation made through that
    target (source -> target -> source dialect -> ngspice)."""
    from chipsmith.tools.netlist.cosim import cosimulate
    from chipsmith.tools.netlist.translate import parse_text, translate

    t0 = time.monotonic()
    try:
        ng = translate(via[1][0] if via else net, "ngspice", drop=frozenset({"control", "directives"}))
        back = parse_text(ng.text, "ngspice", file="<ngspice output>", is_deck=net.is_deck)
        tag = re.sub(r"\W", "_", Path(path).relative_to(root).as_posix()) + (f"_via_{via[0]}" if via else "")
        cs = cosimulate(Path(path).read_text(errors="replace"), net, back, Path(work) / tag,
                        deck_dir=Path(path).parent, model_dirs=[Path(path).parent])
        out = {"verdict": cs.verdict, "compared": cs.compared, "worst_rel": cs.worst_rel, "detail": cs.detail[:300]}
        # ngspice runs the source as ngspice reads it: a card left out, or a ground alias the source dialect reads
        # as ground, explains a difference (and the named mapping is the translation being right)
        leg = list(via[1][1]) if via else []  # what the trip through the target left out or renamed
        explained = [w for w in leg + ng.warnings if "left out" in w or " is ground in " in w or "an ordinary node in" in w]
        if explained and cs.verdict == "mismatch":
            out["verdict"] = "mismatch_explained"
            out["explained_by"] = explained[:3]
    except ChipsmithError as exc:
        out = {"verdict": "refused", "detail": str(exc)[:300]}
    out["seconds"] = round(time.monotonic() - t0, 3)
    return out


def translate_drop(net: Any, drop: frozenset[str], target: str) -> Any:
    from chipsmith.tools.netlist.translate import _without

    return _without(net, drop, target)


def _batch(kind: str, paths: list[str], root: str, cosim: bool, work: str, dialect: str | None = None) -> list[dict[str, Any]]:
    out = []
    meta = real_cases(Path(root))[1] if kind == "real" else {}
    for p in paths:
        t0 = time.monotonic()
        try:
            if kind == "real":
                r = _case_real(p, root, meta[p], cosim, work, dialect)
            else:
                r = _case_analoggenie(p) if kind == "analoggenie" else _case_ngspice(p, root, cosim, work)
        except Exception:  # a crash is a result to report, and the run goes on
            r = {"file": p, "status": "crash", "parsed": False, "cls": "crash", "detail": traceback.format_exc()[-1500:]}
        r["seconds"] = round(time.monotonic() - t0, 4)
        r["file"] = str(Path(p).relative_to(root))
        out.append(r)
    return out


def run_eval(dataset: Path, kind: str, out: Path, *, jobs: int = 2, cosim: bool = False, limit: int | None = None,
             dialect: str | None = None) -> dict[str, Any]:
    """Evaluate every case of ``dataset`` into ``out`` on the runner (a rerun resumes); returns the summary."""
    from chipsmith.evals import runner
    from chipsmith.evals.netlist_suite import NetlistSuite

    suite = NetlistSuite(dataset, kind, cosim=cosim, limit=limit, dialect=dialect, jobs=jobs)
    runner.run(suite, out, jobs=max(1, min(jobs, 2)), resume=True)
    return runner.summarise_run(out)


def summarise(kind: str, results: list[dict[str, Any]], skipped: list[str], root: Path) -> dict[str, Any]:
    s: dict[str, Any] = {"kind": kind, "cases": len(results), "case_seconds": round(sum(r.get("seconds", 0) for r in results), 2)}
    classes: dict[str, dict[str, Any]] = {}

    def note(key: str, r: dict[str, Any], detail: str) -> None:
        detail = detail.replace(str(root) + "/", "")
        c = classes.setdefault(key, {"count": 0, "example": f"{r['file']}: {detail[:240]}"})
        c["count"] += 1

    if kind == "real":
        return summarise_real(results, s, classes, note, root)
    if kind == "analoggenie":
        st = Counter(r.get("status") for r in results)
        s["roundtrip_ok"] = st.get("ok", 0)
        s["roundtrip_rate"] = round(st.get("ok", 0) / max(1, len(results)), 4)
        for r in results:
            if r.get("status") != "ok":
                note(r.get("cls") or r.get("status", "?"), r, r.get("detail", ""))
    else:
        parsed = [r for r in results if r.get("parsed")]
        s["skipped_not_netlists"] = len(skipped)
        s["parsed"] = len(parsed)
        s["parse_rate"] = round(len(parsed) / max(1, len(results)), 4)
        for r in results:
            if not r.get("parsed"):
                note("parse: " + r.get("cls", "?"), r, r.get("detail", ""))
        per: dict[str, Any] = {}
        for t in TARGETS:
            row: dict[str, Any] = {}
            for mode in ("strict", "circuit"):
                c = Counter(r["targets"][t][mode] for r in parsed)
                row[mode] = dict(c)
                row[mode + "_rate"] = round(c.get("ok", 0) / max(1, len(results)), 4)
                attempted = c.get("ok", 0) + c.get("not_isomorphic", 0) + c.get("error", 0)
                row[mode + "_rate_of_expressible"] = round(c.get("ok", 0) / max(1, attempted), 4)
                for r in parsed:
                    v = r["targets"][t][mode]
                    if v != "ok":
                        note(f"{t}/{mode}: {v}: " + r["targets"][t].get(mode + "_cls", ""), r, r["targets"][t].get(mode + "_detail", ""))
            per[t] = row
        s["targets"] = per
        co = [r["cosim"] for r in parsed if "cosim" in r]
        if co:
            c = Counter(x["verdict"] for x in co)
            worst = max((x.get("worst_rel", 0) for x in co if x["verdict"] == "match"), default=0.0)
            s["cosim"] = {"verdicts": dict(c), "worst_rel_of_matches": worst,
                          "seconds": round(sum(x.get("seconds", 0) for x in co), 2)}
            for r in parsed:
                x = r.get("cosim")
                if x and x["verdict"] not in ("match",):
                    note(f"cosim: {x['verdict']}", r, x.get("detail", ""))
    s["failure_classes"] = dict(sorted(classes.items(), key=lambda kv: -kv[1]["count"]))
    return s


def summarise_real(results: list[dict[str, Any]], s: dict[str, Any], classes: dict[str, dict[str, Any]], note: Any,
                   root: Path | None = None) -> dict[str, Any]:
    """Parse rate per source, round trips per target, refusals by reason, silent losses, co-simulation: tuning and held-out apart."""
    for part, rows in (("tuning", [r for r in results if not r.get("held_out")]), ("held_out", [r for r in results if r.get("held_out")])):
        if root is not None and (Path(root) / "SOURCES.yaml").is_file():
            s.setdefault("not_netlists", {})[part] = sum(1 for m in real_cases(Path(root))[1].values()
                                                         if m["not_netlist"] and m["held_out"] == (part == "held_out"))
        parsed = [r for r in rows if r.get("parsed")]
        p: dict[str, Any] = {"files": len(rows), "parsed": len(parsed), "parse_rate": round(len(parsed) / max(1, len(rows)), 4)}
        per_source: dict[str, list[int]] = {}
        for r in rows:
            per_source.setdefault(r["source"], [0, 0])
            per_source[r["source"]][0] += bool(r.get("parsed"))
            per_source[r["source"]][1] += 1
        p["per_source"] = {k: {"parsed": v[0], "files": v[1]} for k, v in sorted(per_source.items())}
        targets: dict[str, Any] = {}
        refusals: Counter[str] = Counter()
        losses = 0
        for r in parsed:
            for t, out in r["targets"].items():
                for mode in ("strict", "circuit"):
                    v = out.get(mode)
                    row = targets.setdefault(t, {}).setdefault(mode, Counter())
                    row[v] += 1
                    if v == "unsupported":
                        refusals[f"{t}/{mode}: {out.get(mode + '_cls', '')}"] += 1
                    if v == "silent_loss":
                        losses += 1
                    if v != "ok":
                        note(f"{part} {t}/{mode}: {v}: " + out.get(mode + "_cls", ""), r, out.get(mode + "_detail", ""))
        for modes in targets.values():
            for mode, c in list(modes.items()):
                attempted = c.get("ok", 0) + c.get("not_isomorphic", 0) + c.get("error", 0) + c.get("silent_loss", 0)
                modes[mode] = {**dict(c), "proven_of_attempted": round(c.get("ok", 0) / max(1, attempted), 4)}
        p["targets"] = targets
        p["refusals"] = dict(refusals.most_common())
        p["silent_losses"] = losses
        rp = [r["ngspice_reparse"] for r in parsed if "ngspice_reparse" in r]
        if rp:
            unchecked = sum(x.startswith("not checked") for x in rp)
            shared = sum(1 for r in parsed if r.get("ngspice_reparse_source", "ok") != "ok")
            p["ngspice_reparse"] = {"read": sum(x == "ok" for x in rp), "checked": len(rp) - unchecked,
                                    "not_checked": unchecked, "source_not_read_either": shared}
            for r in parsed:
                x = r.get("ngspice_reparse", "ok")
                if x != "ok":
                    cls = "not checked" if x.startswith("not checked") else \
                        ("source not read either: " if r.get("ngspice_reparse_source", "ok") != "ok" else "") + \
                        re.sub(r"\d+", "N", x)[:50]
                    note(f"{part} ngspice re-read of the ngspice output: {cls}", r, x)
        thr = [r["cosim_through"] for r in parsed if "cosim_through" in r]
        if thr:
            p["cosim_through"] = {t: dict(Counter(x[t] for x in thr if t in x)) for t in REAL_TARGETS}
            for r in parsed:
                for t, v in r.get("cosim_through", {}).items():
                    if v not in ("match", "mismatch_explained"):
                        note(f"{part} cosim through {t}: {v}", r, "")
        co = [r["cosim"] for r in parsed if "cosim" in r]
        if co:
            p["cosim"] = dict(Counter(x["verdict"] for x in co))
            p["cosim_worst_rel_of_matches"] = max((x.get("worst_rel", 0) for x in co if x["verdict"] == "match"), default=0.0)
            for r in parsed:
                x = r.get("cosim")
                if x and x["verdict"] not in ("match", "not_runnable"):
                    note(f"{part} cosim: {x['verdict']}", r, x.get("detail", ""))
        for r in rows:
            if not r.get("parsed"):
                note(f"{part} parse ({r['dialect']}): " + r.get("cls", "?"), r, r.get("detail", ""))
        s[part] = p
    s["failure_classes"] = dict(sorted(classes.items(), key=lambda kv: -kv[1]["count"]))
    return s


def report_real(s: dict[str, Any]) -> list[str]:
    lines = []
    for part in ("tuning", "held_out"):
        p = s[part]
        skipped = s.get("not_netlists", {}).get(part, 0)
        lines += ["", f"## {part.replace('_', '-')} part: {p['parsed']}/{p['files']} parsed ({p['parse_rate']:.2%}), "
                  f"silent losses {p['silent_losses']}" + (f"; {skipped} file(s) marked not_netlist left out" if skipped else ""),
                  "", "| source | parsed |", "|---|---|"]
        lines += [f"| {k} | {v['parsed']}/{v['files']} |" for k, v in p["per_source"].items()]
        lines += ["", "| target | strict (ok / attempted) | circuit-only (ok / attempted) |", "|---|---|---|"]
        for t, modes in p["targets"].items():
            cells = []
            for mode in ("strict", "circuit"):
                c = modes.get(mode, {})
                cells.append(f"{c.get('ok', 0)} proven, {c.get('proven_of_attempted', 0):.2%} of attempted; "
                             f"{c.get('unsupported', 0)} refused, {c.get('silent_loss', 0)} silent losses")
            lines.append(f"| {t} | " + " | ".join(cells) + " |")
        if "ngspice_reparse" in p:
            rp = p["ngspice_reparse"]
            lines += ["", f"- ngspice itself reads {rp['read']} of {rp['checked']} ngspice translations without an error "
                      f"({rp.get('not_checked', 0)} not checked: an include outside the deck's directory; of the errors, "
                      f"{rp.get('source_not_read_either', 0)} are in decks ngspice cannot read as given either)"]
        if "cosim" in p:
            lines += ["", f"- co-simulation in ngspice (deck vs its translation): {p['cosim']}, worst relative difference "
                      f"among matches {p['cosim_worst_rel_of_matches']:.3g}"]
        if "cosim_through" in p:
            lines += ["", "- co-simulation of the round trip through each target (deck -> target -> back -> ngspice): " +
                      "; ".join(f"{t} {v}" for t, v in p["cosim_through"].items() if v)]
        if p["refusals"]:
            lines += ["", "| refusals | reason |", "|---|---|"]
            lines += [f"| {n} | {k.replace('|', '/')} |" for k, n in list(p["refusals"].items())[:15]]
    return lines


def report(s: dict[str, Any]) -> str:
    lines = [f"# Netlist evaluation: {s['kind']}", "", f"- cases: {s['cases']}", f"- wall time: {s.get('wall_seconds')} s "
             f"with {s.get('jobs')} worker(s); summed case time {s['case_seconds']} s"]
    if s["kind"] == "real":
        lines += report_real(s)
    elif s["kind"] == "analoggenie":
        lines.append(f"- Spectre -> ngspice -> Spectre isomorphic: {s['roundtrip_ok']} ({s['roundtrip_rate']:.2%})")
    else:
        lines.append(f"- parsed: {s['parsed']} ({s['parse_rate']:.2%}); non-netlist files skipped: {s['skipped_not_netlists']}")
        lines += ["", "| target | strict round trip | of expressible | circuit round trip | of expressible |", "|---|---|---|---|---|"]
        for t, row in s["targets"].items():
            lines.append(f"| {t} | {row['strict_rate']:.2%} | {row['strict_rate_of_expressible']:.2%} | {row['circuit_rate']:.2%} | "
                         f"{row['circuit_rate_of_expressible']:.2%} |")
        if "cosim" in s:
            lines += ["", f"- co-simulation (deck vs its Spectre round trip): {s['cosim']['verdicts']}, worst relative "
                      f"difference among matches {s['cosim']['worst_rel_of_matches']:.3g}"]
    lines += ["", "## Failure classes", "", "| count | class | example |", "|---|---|---|"]
    for k, v in s["failure_classes"].items():
        lines.append(f"| {v['count']} | {k.replace('|', '/')} | {v['example'].replace('|', '/')[:200]} |")
    return "\n".join(lines) + "\n"


def _guess_kind(dataset: Path) -> str:
    if (dataset / "SOURCES.yaml").is_file():
        return "real"
    if (dataset / "Dataset").is_dir() or any(dataset.glob("*/Port*.txt")):
        return "analoggenie"
    return "ngspice"
