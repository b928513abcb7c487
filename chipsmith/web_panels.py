"""What the web chat shows of a turn, made without Gradio: highlighted code, step panels, questions, files by turn."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chipsmith.agents.state import Artefact, Step
from chipsmith.core.config import Settings
from chipsmith.core.errors import ToolError
from chipsmith.tools.runner import read_log

if TYPE_CHECKING:
    pass

CODE_KINDS = ("verilog", "testbench", "spice", "model_card")
_FENCE = re.compile(r"```([\w+-]*)[^\n]*\n(.*?)```", re.S)
_LEXER_ALIASES = {"sv": "systemverilog", "spice": "text", "spectre": "text", "netlist": "text", "": "text"}
_PANEL_TOOLS = 6  # tool runs shown in one step panel


# ---------------------------------------------------------------------------- highlighting

def highlight(code: str, language: str) -> str:
    """Code as HTML with inline colours (no stylesheet needed, survives the chat's HTML sanitiser)."""
    from pygments import highlight as _pyg
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(_LEXER_ALIASES.get(language.lower(), language.lower()))
    except ClassNotFound:
        lexer = get_lexer_by_name("text")
    formatter = HtmlFormatter(noclasses=True, nowrap=True, style="friendly")
    body = _pyg(code, lexer, formatter)
    return (f'<pre class="chipsmith-code" data-language="{html.escape(language or "text")}" '
            f'style="background:#f6f8fa;padding:8px;border-radius:6px;overflow-x:auto"><code>{body}</code></pre>')


def highlight_markdown(text: str) -> str:
    """Markdown with every fenced code block replaced by highlighted HTML (the browser's highlighter lacks Verilog)."""
    return _FENCE.sub(lambda m: "\n" + highlight(m.group(2), m.group(1)) + "\n", text)


def _lexer_for(path: Path, kind: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".sv", ".svh"):
        return "systemverilog"
    if kind in ("verilog", "testbench") or suffix in (".v", ".vh"):
        return "verilog"
    return "text"


# ---------------------------------------------------------------------------- the service


def _digest(path: Path) -> tuple[str, str]:
    import hashlib

    return path.name, hashlib.sha256(path.read_bytes()).hexdigest()


def _shown_dir(cwd: str, settings: Settings) -> str:
    """A working directory as the page shows it: relative to the data directory when inside it."""
    try:
        return "$CHIPSMITH_DATA_DIR/" + str(Path(cwd).resolve().relative_to(settings.data_dir.resolve()))
    except ValueError:
        return cwd


def _files_by_turn(arts: list[Artefact], uploads: list[Path]) -> str:
    """Markdown: each turn's files under its number (each turn writes its own folder), then the uploads."""
    groups: dict[str, list[str]] = {}
    for a in arts:
        if not a.path or not Path(a.path).is_file() or Path(a.path).stat().st_size == 0:
            continue
        head, _, rest = a.name.partition("/")
        turn = f"turn {int(head[5:])}" if head.startswith("turn-") and head[5:].isdigit() and rest else "files"
        groups.setdefault(turn, []).append(rest if turn != "files" else a.name)
    if uploads:
        groups["uploaded"] = [p.name for p in uploads]
    return "\n".join(f"**{turn}** · " + " · ".join(f"`{html.escape(n)}`" for n in dict.fromkeys(names))
                     for turn, names in groups.items())


def question_message(question: dict[str, str], open_: bool = True) -> dict[str, Any]:
    """An agent's question, shown in the chat as its own message; while ``open_``, the next message is the answer."""
    hint = "\n\n_Type the answer below: the same request goes on with it._" if open_ else ""
    return {"role": "assistant", "content": f"❓ **{html.escape(question.get('agent') or 'chipsmith')} asks:** "
            f"{html.escape(question['question'])}{hint}"}


def understood_message(summary: str) -> dict[str, Any]:
    """What a specialist read the request as, shown as soon as it is read (before the design work ends)."""
    return {"role": "assistant", "content": f"**Understood:** {html.escape(summary)}"}


def _notice(text: str, title: str = "⚠ chipsmith") -> dict[str, Any]:
    return {"role": "assistant", "content": text, "metadata": {"title": title}}


def _count_lines(path: Path) -> int:
    if not path.is_file():
        return 0
    with path.open() as fh:
        return sum(1 for line in fh if line.strip())


def calls_for_step(step: Step, steps: list[Step], calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The tool calls of a turn that belong to ``step``: those whose tool it names; unnamed ones go to the last specialist."""
    named = {t for s in steps for t in s.tools}
    mine = [c for c in calls if c.get("tool") in step.tools]
    specialists = [s for s in steps if s.agent != "router"]
    if specialists and step is specialists[-1]:
        mine += [c for c in calls if c.get("tool") not in named]
    return mine


def _log_tail(path: str, lines: int = 30, limit: int = 4000) -> str:
    if not path:
        return ""
    try:  # a log is read like any tool output: never through a link, never more than the tail
        text = read_log(path, limit, tail=True)
    except FileNotFoundError:
        return ""
    except ToolError as exc:
        return f"[log not shown: {exc}]"
    return "\n".join(text.splitlines()[-lines:])


def step_panel(step: Step, artefacts: list[Artefact], calls: list[dict[str, Any]], settings: Settings | None = None) -> dict[str, Any]:
    """A collapsible panel for one agent step: the summary, then each tool's command, verdict and end of log."""
    parts = [html.escape(step.summary)]
    seen: set[str] = set()
    evidence = [e.model_dump() for a in artefacts if a.agent == step.agent for e in a.evidence]
    try_n = re.match(r"try (\d+)\b", step.summary)
    if try_n:  # a fix loop's step shows its own try's tool runs, not every try's (which looked like duplicates)
        evidence = [e for e in evidence if e.get("try_index") in (0, int(try_n.group(1)))]
    items = []
    for item in evidence + calls:
        key = json.dumps([item.get("command", []), item.get("cwd", "")])
        if item.get("command") and key not in seen:
            seen.add(key)
            items.append(item)
    # a fix loop can run the same tools many times: show the last few, point at the record for the rest
    if len(items) > _PANEL_TOOLS:
        parts.append(f"_{len(items) - _PANEL_TOOLS} earlier tool runs are in the run record (tool_calls.jsonl)_")
        items = items[-_PANEL_TOOLS:]
    for item in items:
        verdict = item.get("verdict") or (f"exit {item.get('returncode')}" if "returncode" in item else "")
        parts.append(f"**{html.escape(str(item.get('tool', 'tool')))}** {html.escape(str(verdict))}")
        cwd = _shown_dir(str(item["cwd"]), settings) if item.get("cwd") and settings else str(item.get("cwd", ""))
        parts.append(highlight(" ".join(str(c) for c in item["command"]) + (f"\n# in {cwd}" if cwd else ""), "bash"))
        tail = _log_tail(str(item.get("log_path", "")))
        if tail:
            parts.append(f"log (end of {html.escape(Path(str(item['log_path'])).name)}):")
            parts.append(highlight(tail, "text"))
    tools = ", ".join(step.tools) or "no tools"
    return {"role": "assistant", "content": "\n\n".join(parts),
            "metadata": {"title": f"{step.agent} · " + (f"try {try_n.group(1)} · " if try_n else "") + f"{tools} · {step.verdict}",
                         "duration": round(step.seconds, 2),
                         "status": "done"}}


# ---------------------------------------------------------------------------- the page
