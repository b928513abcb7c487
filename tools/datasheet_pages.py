"""Which pages of a datasheet can hold a parameter table, found from the text layer alone (pdfium).

Reading a page with pdfplumber (layout, characters, table finding) costs ~0.2–1 s; most pages
of a datasheet are curves, package drawings and ordering notes. pdfium's plain text of every
page takes a few milliseconds each, and a page whose text has none of the words a parameter
table's header or rows carry (Min, Typ, Max, Symbol, Parameter, Rating, Conditions, "Electrical
Characteristics") holds no table the extractor reads. Page 1 (title, often the ratings) is
always kept.

The scan runs in the bounded child (:func:`chipsmith.core.bounded.run_bounded`) like the
full read, so a hostile PDF costs the host nothing here either.
"""

from __future__ import annotations

import re
from pathlib import Path

from chipsmith.core.bounded import run_bounded

# Min/Typ/Max as table headers print them ("Typical Characteristics" and "Maximum Safe Operating Area" head pages of
# curves, so the long forms are not used); checked on the tuning split: every page a true value sits on is kept.
TABLE_WORDS = re.compile(r"\b(?:min|typ|max|symbol|parameters?|ratings?|conditions?|electrical\s+characteristics)\b",
                         re.IGNORECASE)


def table_pages(path: str | Path) -> tuple[list[int], int] | None:
    """(pages that may hold a parameter table, page count), or None when pdfium cannot read the file.

    None leaves the decision to the full reader, which says what is wrong with the file.
    """
    found: tuple[list[int], int] | None = run_bounded("chipsmith.tools.datasheet_pages:_scan", str(path), what=str(path))
    return found


def _scan(path: str) -> tuple[list[int], int] | None:
    """:func:`table_pages` in this process (run in the bounded child)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError, ValueError):
        return None
    try:
        count = len(pdf)
        keep, chars = [], 0
        for i in range(count):
            text = pdf[i].get_textpage().get_text_range()
            chars += len(text.strip())
            if i == 0 or TABLE_WORDS.search(text):
                keep.append(i + 1)
        # no text layer at all: every page goes to the full reader, which says so for the whole file
        return (keep if chars else list(range(1, count + 1))), count
    finally:
        pdf.close()


def page_spec(pages: list[int]) -> str:
    """``[1, 2, 3, 7]`` → ``"1-3,7"`` (the form :func:`chipsmith.tools.pdf_reader.read_pdf` takes)."""
    runs: list[list[int]] = []
    for n in sorted(set(pages)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ",".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
