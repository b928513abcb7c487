"""``chipsmith eval requests``: requests in an engineer's own words — route and spec fields.

The suite (``evals/data/requests/*.yaml``) holds requests paraphrased from how engineers ask
(forum questions, application notes, textbook exercises), each with the route it should take
(one specialist or a plan of several) and the spec fields the request states. Per request:

- the route: the plan the router makes without asking a model (the keyword router of the
  default ``hybrid`` mode; a request it leaves unclear is scored as routed to ``general``);
- the fields: each expected step's clause (:func:`chipsmith.agents.router.step_clauses`) read
  by that specialist's deterministic reader (:mod:`chipsmith.tools.requests`), compared field
  by field with the expected ones (numbers to 0.1 %). No model is asked for a spec.

The held-out part is fixed by a hash of the id (:func:`held_out`: the first byte of its SHA-256
is divisible by 4), chosen before any reader was tuned; report figures for it apart.
"""

from __future__ import annotations

import hashlib
import math
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from chipsmith.core.errors import InputError
from chipsmith.core.yamlfile import load_yaml
from chipsmith.evals.executors import JudgeJob
from chipsmith.evals.runner import Context, Problem, Suite, safe_name

REL_TOL = 1e-3


def held_out(entry_id: str) -> bool:
    """The held-out quarter: ids whose SHA-256 starts with a byte divisible by 4 (never tuned on)."""
    return hashlib.sha256(entry_id.encode()).digest()[0] % 4 == 0


def load_suite(path: Path | None = None) -> list[dict[str, Any]]:
    """Every entry of the YAML files in ``path`` (a directory or one file; default: the packaged suite)."""
    if path is None:
        root = resources.files("chipsmith.evals.data").joinpath("requests")
        files = sorted((f.name, f.read_text()) for f in root.iterdir() if f.name.endswith(".yaml"))
    else:
        paths = sorted(Path(path).glob("*.yaml")) if Path(path).is_dir() else [Path(path)]
        files = [(str(p), p.read_text()) for p in paths]
    entries: list[dict[str, Any]] = []
    ids: set[str] = set()
    for where, text in files:
        data = load_yaml(text, where)
        if not isinstance(data, list):
            raise InputError(f"{where}: a requests file is a list of entries with id, request and route")
        for i, e in enumerate(data):
            if not isinstance(e, dict) or not {"id", "request", "route"} <= e.keys():
                raise InputError(f"{where}: entry {i + 1} needs an id, a request and a route")
            if e["id"] in ids:
                raise InputError(f"{where}: duplicate id {e['id']!r}")
            ids.add(e["id"])
            entries.append({**e, "file": Path(where).name})
    return entries


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, (list, tuple)):
        if not isinstance(got, (list, tuple)) or len(want) != len(got):
            return False
        if all(isinstance(w, str) and not _number(w) for w in want):  # a bound: [min|max, value]
            return all(_same(w, g) for w, g in zip(want, got))
        pairs = zip(sorted(want, key=_key), sorted(got, key=_key)) if all(_number(w) for w in want) else zip(want, got)
        return all(_same(w, g) for w, g in pairs)
    if _number(want) and not isinstance(want, bool):
        try:
            return math.isclose(float(want), float(got), rel_tol=REL_TOL)
        except (TypeError, ValueError):
            return False
    return str(want).lower() == str(got).lower()


def _number(x: Any) -> bool:
    try:
        float(x)
    except (TypeError, ValueError):
        return False
    return True


def _key(x: Any) -> float:
    try:
        return float(x)
    except (TypeError, ValueError):
        return math.inf


def understand(request: str, steps: list[str]) -> dict[str, dict[str, Any]]:
    """What each of ``steps`` reads from its own clause of ``request`` (only agents that read a spec)."""
    from chipsmith.agents.router import step_clauses
    from chipsmith.tools.requests import fields, read

    out: dict[str, dict[str, Any]] = {}
    for step, clause in zip(steps, step_clauses(request, steps)):
        spec = read(step, clause)
        if spec is not None:
            out[step] = {"clause": clause, "fields": fields(spec)}
    return out


def evaluate(entry: dict[str, Any]) -> dict[str, Any]:
    """One request: the route the router takes and each expected field, right or wrong."""
    from chipsmith.agents.router import decide

    request, want_route = str(entry["request"]), [str(s) for s in entry["route"]]
    decision = decide(request, agent=None, mode="keywords", llm_choice=None)
    read = understand(request, want_route)
    checks: list[dict[str, Any]] = []
    for agent, want in (entry.get("fields") or {}).items():
        got = read.get(agent, {}).get("fields", {})
        for name, value in want.items():
            checks.append({"agent": agent, "field": name, "want": value, "got": got.get(name),
                           "ok": name in got and _same(value, got[name])})
    route_ok = decision.steps == want_route
    return {"id": entry["id"], "file": entry["file"], "request": request, "held_out": held_out(str(entry["id"])),
            "agent": "plan" if len(want_route) > 1 else want_route[0], "route_want": want_route,
            "route_got": decision.steps, "route_ok": route_ok, "route_source": decision.source,
            "fields": checks, "fields_ok": sum(c["ok"] for c in checks), "fields_n": len(checks),
            "clauses": {a: r["clause"] for a, r in read.items()}}


def _rates(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    fn = sum(r["fields_n"] for r in rows)
    fok = sum(r["fields_ok"] for r in rows)
    return {"requests": n, "route_ok": sum(r["route_ok"] for r in rows),
            "route_accuracy": round(sum(r["route_ok"] for r in rows) / n, 4) if n else None,
            "fields": fn, "fields_ok": fok, "field_accuracy": round(fok / fn, 4) if fn else None,
            "requests_all_fields_ok": sum(r["fields_ok"] == r["fields_n"] for r in rows if r["fields_n"])}


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    ok = [r for r in results if "route_ok" in r]
    parts = {"all": ok, "tuning": [r for r in ok if not r["held_out"]], "held_out": [r for r in ok if r["held_out"]]}
    agents = sorted({r["agent"] for r in ok})
    return {"errors": len(results) - len(ok), **{k: _rates(v) for k, v in parts.items()},
            "by_agent": {a: {k: _rates([r for r in v if r["agent"] == a]) for k, v in parts.items()} for a in agents}}


def _pct(x: float | None) -> str:
    return "" if x is None else f"{100 * x:.1f} %"


def report_md(results: list[dict[str, Any]], s: dict[str, Any]) -> str:
    lines = ["# Requests in an engineer's own words", "",
             "Route: the plan the router makes without a model. Fields: each step's clause read by its specialist's "
             "deterministic reader; no model is asked for a spec. Held out: ids whose SHA-256 starts with a byte "
             "divisible by 4, never tuned on.", "",
             "| part | requests | route | fields |", "|---|---|---|---|"]
    for part in ("tuning", "held_out", "all"):
        r = s[part]
        lines.append(f"| {part} | {r['requests']} | {r['route_ok']}/{r['requests']} ({_pct(r['route_accuracy'])}) | "
                     f"{r['fields_ok']}/{r['fields']} ({_pct(r['field_accuracy'])}) |")
    lines += ["", "| agent | requests | route (tuning) | route (held out) | fields (tuning) | fields (held out) |",
              "|---|---|---|---|---|---|"]
    for a, p in s["by_agent"].items():
        lines.append(f"| {a} | {p['all']['requests']} | {_pct(p['tuning']['route_accuracy'])} | {_pct(p['held_out']['route_accuracy'])} | "
                     f"{_pct(p['tuning']['field_accuracy'])} | {_pct(p['held_out']['field_accuracy'])} |")
    wrong = [r for r in results if "route_ok" in r and (not r["route_ok"] or r["fields_ok"] < r["fields_n"])]
    if wrong:
        lines += ["", "## Misread", ""]
        for r in wrong:
            tag = " (held out)" if r["held_out"] else ""
            what = [] if r["route_ok"] else [f"route {' → '.join(r['route_got']) or '(none)'}, want {' → '.join(r['route_want'])}"]
            what += [f"{c['agent']}.{c['field']} = {c['got']!r}, want {c['want']!r}" for c in r["fields"] if not c["ok"]]
            lines.append(f"- {r['id']}{tag}: \"{r['request']}\" — " + "; ".join(what))
    return "\n".join(lines) + "\n"


def _judge(job: JudgeJob) -> dict[str, Any]:
    res = evaluate(job.params["entry"])
    passed = res["route_ok"] and res["fields_ok"] == res["fields_n"]
    return {**res, "verdict": "pass" if passed else "fail", "passed": passed,
            "failure": {"name": "understood" if passed else ("route" if not res["route_ok"] else "fields")}}


class RequestsSuite(Suite):
    """The phrasing benchmark on the runner: one problem per request, no model asked for a spec."""

    name: ClassVar[str] = "requests"

    def __init__(self, suite: Path | None = None, *, only: tuple[str, ...] = (), part: str = "all") -> None:
        self.suite, self.only, self.part = suite, only, part

    def config(self) -> dict[str, Any]:
        return {"suite": str(self.suite or "requests/"), "part": self.part, "held_out_rule": "sha256(id)[0] % 4 == 0"}

    def problems(self) -> list[Problem]:
        entries = [e for e in load_suite(self.suite) if not self.only or any(o in str(e["id"]) for o in self.only)]
        if self.part != "all":
            entries = [e for e in entries if held_out(str(e["id"])) == (self.part == "held-out")]
        return [Problem(str(e["id"]), category=str(e["file"]), data={"entry": e}) for e in entries]

    def judge(self, problem: Problem, sample: int, produced: Any, workdir: Path | None, ctx: Context) -> JudgeJob:
        return JudgeJob(_judge, problem.id, sample, {}, None, 0.0, params={"entry": problem.data["entry"]})

    def failed(self, problem: Problem, sample: int, produced: Any, error: str, seconds: float) -> dict[str, Any]:
        return {"id": problem.id}

    @classmethod
    def result_name(cls, problem_id: str, sample: int) -> str:
        return f"{safe_name(problem_id)}.json"

    @classmethod
    def workdir_name(cls, problem_id: str, sample: int) -> str | None:
        return None

    @classmethod
    def summarise(cls, results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, Any]:
        return {"summary": summarise(results), **record.get("config", {})}

    @classmethod
    def render(cls, summary: dict[str, Any], results: list[dict[str, Any]], record: dict[str, Any]) -> dict[str, str | bytes]:
        return {"report.md": report_md(sorted(results, key=lambda r: str(r.get("id"))), summary["summary"])}
