"""Split text into retrieval chunks that keep headings, tables and code blocks whole.

A chunk is what one search hit returns, so it must read on its own: every chunk
starts with the heading path it sits under, and a table or a code block is never
cut in the middle unless it alone is larger than the hard limit (then a table is
cut between rows with its header repeated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TARGET_CHARS = 1200  # about 250 MiniLM word pieces: the embedding model reads ~256
HARD_MAX_CHARS = 3000

_HEADING = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass
class Block:
    """One unit the chunker never splits unless it must: a paragraph, a table, a code block, a heading."""

    kind: str  # "heading" | "table" | "code" | "text"
    text: str
    level: int = 0


def split_blocks(text: str) -> list[Block]:
    """Markdown-ish text to blocks: ATX headings, fenced code, pipe/tab tables, paragraphs."""
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("text", "\n".join(para).strip()))
            para.clear()

    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            flush()
            fence = _FENCE.match(line).group(1)  # type: ignore[union-attr]
            body = [line]
            i += 1
            while i < len(lines):
                body.append(lines[i])
                if lines[i].strip().startswith(fence):
                    i += 1
                    break
                i += 1
            blocks.append(Block("code", "\n".join(body)))
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            blocks.append(Block("heading", heading.group(2), level=len(heading.group(1))))
            i += 1
            continue
        if _is_table_line(line):
            flush()
            rows = []
            while i < len(lines) and _is_table_line(lines[i]):
                rows.append(lines[i])
                i += 1
            blocks.append(Block("table", "\n".join(rows)))
            continue
        if not line.strip():
            flush()
        else:
            para.append(line)
        i += 1
    flush()
    return [b for b in blocks if b.text.strip()]


def _is_table_line(line: str) -> bool:
    s = line.strip()
    return (s.startswith("|") and s.count("|") >= 2) or s.count("\t") >= 2


def chunk_blocks(blocks: list[Block], title: str = "") -> list[tuple[str, str]]:
    """Pack blocks into chunks of about TARGET_CHARS; returns ``(heading_path, text)`` pairs.

    A heading closes the current chunk, so a chunk never mixes two sections, and
    the section's heading path is repeated at the top of each of its chunks.
    """
    out: list[tuple[str, str]] = []
    path: list[tuple[int, str]] = []
    current: list[str] = []
    size = 0

    def heading_path() -> str:
        names = ([title] if title else []) + [name for _, name in path]
        return " > ".join(names)

    def emit() -> None:
        nonlocal size
        if current:
            head = heading_path()
            body = "\n\n".join(current)
            out.append((head, f"{head}\n\n{body}" if head else body))
            current.clear()
            size = 0

    for block in blocks:
        if block.kind == "heading":
            emit()
            path[:] = [(lvl, name) for lvl, name in path if lvl < block.level] + [(block.level, block.text)]
            continue
        for piece in _split_oversized(block):
            if current and size + len(piece) > TARGET_CHARS:
                emit()
            current.append(piece)
            size += len(piece) + 2
    emit()
    return out


def _split_oversized(block: Block) -> list[str]:
    """A block above HARD_MAX_CHARS is cut: tables between rows (header repeated), text between lines or sentences."""
    if len(block.text) <= HARD_MAX_CHARS:
        return [block.text]
    lines = block.text.split("\n")
    header: list[str] = []
    if block.kind == "table":
        header = lines[:2] if len(lines) > 1 and set(lines[1].strip()) <= set("|-: ") else lines[:1]
        lines = lines[len(header):]
    elif len(lines) == 1:
        lines = re.split(r"(?<=[.;!?])\s+", block.text)
    pieces: list[str] = []
    cur: list[str] = list(header)
    for line in lines:
        while len(line) > HARD_MAX_CHARS:  # one enormous line with no sentence breaks
            if len(cur) > len(header):
                pieces.append("\n".join(cur))
                cur = list(header)
            pieces.append("\n".join(header + [line[:HARD_MAX_CHARS]]))
            line = line[HARD_MAX_CHARS:]
        if len("\n".join(cur + [line])) > TARGET_CHARS and len(cur) > len(header):
            pieces.append("\n".join(cur))
            cur = list(header)
        cur.append(line)
    if len(cur) > len(header):
        pieces.append("\n".join(cur))
    return pieces
