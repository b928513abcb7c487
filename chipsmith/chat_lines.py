"""One line per agent step in the terminal chat: mark, agent, tools, verdict, time, summary (rich markup)."""

from __future__ import annotations

from rich.markup import escape


def verdict_style(verdict: str) -> str:
    return {"pass": "green", "ok": "green", "answered": "green", "routed": "cyan", "fail": "red",
            "error": "red"}.get(verdict, "yellow")


def step_line(agent: str, tools: list[str], verdict: str, seconds: float, summary: str) -> str:
    """One line per agent step, as rich markup."""
    mark = "✓" if verdict in ("pass", "ok", "answered", "routed") else "✗" if verdict in ("fail", "error") else "·"
    style = verdict_style(verdict)
    tool_text = _tools_cell(tools)
    return (f"[{style}]{mark}[/] [bold]{escape(agent):<19}[/] {escape(tool_text):<14} [{style}]{escape(verdict):<9}[/]"
            f" {seconds:6.2f} s  [dim]{escape(summary[:100])}[/]")


def _tools_cell(tools: list[str], width: int = 14) -> str:
    """The tools a step ran, fitted to ``width`` so the verdict column stays a column:
    as many names as fit, then ``+N`` for the rest (``/files`` and ``/show`` have them all)."""
    names = list(dict.fromkeys(tools))
    if not names:
        return "-"
    text = ",".join(names)
    if len(text) <= width:
        return text
    shown: list[str] = []
    for i, name in enumerate(names):
        rest = f",+{len(names) - i - 1}" if i < len(names) - 1 else ""
        candidate = ",".join([*shown, name])
        if len(candidate) + len(rest) > width:
            break
        shown.append(name)
    more = len(names) - len(shown)
    head = ",".join(shown) if shown else names[0][: width - len(f"…+{more - 1}")] + "…"
    if not shown:
        more -= 1
    return f"{head},+{more}" if shown and more else head + (f"+{more}" if more else "")
