"""The VerilogEval / RTLLM report: report.md, a chart and a self-contained report.html.

Rendered from the summary (computed from the run's result files by the runner), so a report
can be re-rendered at any time, also for an interrupted run, and two runs put side by side.
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.2f}%"


def _title(s: dict[str, Any]) -> str:
    c = s.get("config", {})
    return f"{c.get('benchmark', '?')} {c.get('task', '')} — {c.get('mode', '?')}"


def markdown(s: dict[str, Any]) -> str:
    """A report people can read: headline numbers, failure classes, categories, tries, cost, versions."""
    c = s.get("config", {})
    lines = [f"# {_title(s)}", ""]
    lines += ["| setting | value |", "|---|---|"]
    shown = set(s.get("decisive_settings") or c)  # oracle runs involve no model: sampling settings are not shown
    for key in ("dataset", "mode", "samples", "temperature", "top_p", "max_tokens", "llm", "model", "timeout", "seed",
                "max_tries"):
        if key in c and key in shown:
            lines.append(f"| {key} | `{c[key]}` |")
    if s.get("model_id"):
        lines.append(f"| model id (server) | `{s['model_id']}` |")
    lines += ["", "## Pass rates", "", "| set | problems | " + " | ".join(k for k in s["all"] if k.startswith("pass@")) + " |",
              "|---|---|" + "---|" * len([k for k in s["all"] if k.startswith("pass@")])]
    for name in ("all", "gradable"):
        row = s[name]
        lines.append(f"| {name} | {row['problems']} | " + " | ".join(_pct(v) for k, v in row.items() if k.startswith("pass@")) + " |")
    lines += ["", f"{s['passed_problems']} of {s['problems']} problems have a passing sample; "
              f"{s['passed_samples']} of {s['samples']} samples pass; {s['errors']} harness errors.", ""]
    if s["known_failures"]:
        lines += ["## Known failures (reported apart)", "", "| problem | observed | expected | reason |", "|---|---|---|---|"]
        for pid, info in s["known_failures"].items():
            lines.append(f"| {pid} | {', '.join(info.get('observed', []))} | {info.get('class', '')} | {info.get('reason', '')} |")
        lines.append("")
    check = s.get("self_check")
    if check is not None:
        lines += ["## Harness self-check (oracle)", "",
                  f"References failing but not listed as known failures: {', '.join(check['unexpected_failures']) or 'none'}.",
                  "", f"Known failures that now pass: {', '.join(check['known_but_passed']) or 'none'}.", ""]
    lines += ["## Failure classes (samples)", "", "| class | samples |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in s["failure_classes"].items()]
    lines += ["", "## By category", "", "| category | problems | samples | passed | pass@1 |", "|---|---|---|---|---|"]
    lines += [f"| {k} | {v['problems']} | {v['samples']} | {v['passed']} | {_pct(v['pass@1'])} |" for k, v in s["categories"].items()]
    if s["tries"]:
        lines += ["", "## By try", "", "| try | passed at this try | cumulative pass rate |", "|---|---|---|"]
        lines += [f"| {t['try']} | {t['passed_at_try']} | {_pct(t['cumulative_pass_rate'])} |" for t in s["tries"]]
    tok, sec = s["tokens"], s["seconds"]
    lines += ["", "## Cost", "", "| measure | value |", "|---|---|",
              f"| prompt tokens | {tok['prompt']} |", f"| completion tokens | {tok['completion']} |",
              f"| cached prompt tokens | {tok['cached']} ({_pct(tok['cached_share'])}) |",
              f"| seconds per problem (mean) | {sec['per_problem_mean']:.3f} |",
              f"| seconds per problem (max) | {sec['per_problem_max']:.3f} |",
              f"| judge seconds (sum) | {sec['judge_sum']:.2f} |", f"| LLM seconds (sum) | {sec['llm_sum']:.2f} |",
              "", "## Versions", "", "| tool | version |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(s.get("versions", {}).items())]
    if s["failing"]:
        lines += ["", "## Problems without a passing sample", "", ", ".join(s["failing"])]
    return "\n".join(lines) + "\n"


def chart_png(s: dict[str, Any]) -> bytes:
    """Pass rate by category and, when there are several tries, cumulative pass rate by try."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = 2 if s["tries"] else 1
    fig, axes = plt.subplots(1, panels, figsize=(5.5 * panels, 3.4), squeeze=False)
    ax = axes[0][0]
    cats = list(s["categories"])
    vals = [100 * s["categories"][c]["pass@1"] for c in cats]
    bars = ax.bar(cats, vals, color="#4c72b0")
    ax.bar_label(bars, labels=[f"{v:.1f}" for v in vals], fontsize=8)
    ax.set_ylim(0, 105)
    ax.set_ylabel("pass@1 (%)")
    ax.set_title("Pass rate by category")
    ax.tick_params(axis="x", labelrotation=30, labelsize=8)
    if panels == 2:
        ax2 = axes[0][1]
        tries = [t["try"] for t in s["tries"]]
        ax2.plot(tries, [100 * t["cumulative_pass_rate"] for t in s["tries"]], marker="o", color="#dd8452")
        ax2.set_xticks(tries)
        ax2.set_ylim(0, 105)
        ax2.set_xlabel("try")
        ax2.set_ylabel("samples passed by this try (%)")
        ax2.set_title("Pass rate by try")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


def html_report(s: dict[str, Any], png: bytes) -> str:
    """A self-contained page: the markdown tables as HTML plus the embedded chart."""
    return html_page(markdown(s), _title(s), {"## Pass rates": ("pass rate chart", png)})


def html_page(text: str, title: str, images: dict[str, tuple[str, bytes]] | None = None) -> str:
    """A self-contained HTML page from a report's markdown (headings, tables, paragraphs);
    ``images`` embeds a PNG after the heading line that names it."""
    body = []
    in_table = False
    for line in text.splitlines():
        if line.startswith("|"):
            cells = [html.escape(c.strip()).replace("`", "") for c in line.strip("|").split("|")]
            if set("".join(cells)) <= set("-"):
                continue
            if not in_table:
                body.append("<table>")
                in_table = True
                body.append("<tr>" + "".join(f"<th>{c}</th>" for c in cells) + "</tr>")
            else:
                body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
            continue
        if in_table:
            body.append("</table>")
            in_table = False
        if line.startswith("## "):
            body.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line.startswith("# "):
            body.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
        if line in (images or {}):
            alt, png = (images or {})[line]
            body.append(f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{base64.b64encode(png).decode()}">')
    if in_table:
        body.append("</table>")
    style = ("body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
             "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
             "th{background:#f3f3f3}img{max-width:100%}")
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def compare(a: dict[str, Any], b: dict[str, Any]) -> str:
    """Two runs side by side (markdown), with the problems whose outcome differs."""
    lines = [f"# {_title(a)}  vs  {_title(b)}", "", "| measure | A | B |", "|---|---|---|",
             f"| run | {a['run_dir']} | {b['run_dir']} |", f"| problems | {a['problems']} | {b['problems']} |"]
    keys = sorted({k for k in list(a["all"]) + list(b["all"]) if k.startswith("pass@")})
    for k in keys:
        lines.append(f"| {k} (all) | {_pct(a['all'].get(k))} | {_pct(b['all'].get(k))} |")
        lines.append(f"| {k} (gradable) | {_pct(a['gradable'].get(k))} | {_pct(b['gradable'].get(k))} |")
    for k in ("prompt", "completion", "cached"):
        lines.append(f"| {k} tokens | {a['tokens'][k]} | {b['tokens'][k]} |")
    lines.append(f"| seconds per problem | {a['seconds']['per_problem_mean']:.3f} | {b['seconds']['per_problem_mean']:.3f} |")
    cls = sorted(set(a["failure_classes"]) | set(b["failure_classes"]))
    lines += ["", "| failure class | A | B |", "|---|---|---|"]
    lines += [f"| {k} | {a['failure_classes'].get(k, 0)} | {b['failure_classes'].get(k, 0)} |" for k in cls]
    common = set(a.get("per_problem", {})) & set(b.get("per_problem", {}))
    fa, fb = set(a["failing"]) & common, set(b["failing"]) & common
    lines += ["", f"Of the {len(common)} problems both runs judged:",
              "", f"Only A fails: {', '.join(sorted(fa - fb)) or 'none'}",
              "", f"Only B fails: {', '.join(sorted(fb - fa)) or 'none'}"]
    return "\n".join(lines) + "\n"
