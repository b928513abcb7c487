"""Reading a datasheet PDF with pdfplumber: text lines with positions, tables, sections.

One unit: lines, columns, tables and sections of a page are all found from the same word
positions in one pass over the page.

What comes out is a :class:`Document`: per page the text lines (grouped per column, so a
two-column page reads column by column), the tables pdfplumber finds from the ruling
lines, the footnotes at the bottom of the page, and the sections found from headings
("Absolute Maximum Ratings", "Electrical Characteristics", ...). Every line and table
knows its page and the section it sits in, so every extracted value can say where it
came from.

Bad input stops here with an :class:`~chipsmith.core.errors.InputError`: a missing file, a
file that is not a PDF or is damaged, an encrypted PDF, a scan with no text layer.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chipsmith.core.bounded import run_bounded
from chipsmith.core.errors import InputError
from chipsmith.tools.pdf_bands import split_bands
from chipsmith.tools.pdf_dissipation import dissipation_tables
from chipsmith.tools.pdf_glyphs import SYMBOL_FONT, lowered_subscripts, raised_marks, symbol_dashes, unclip, unnest
from chipsmith.tools.pdf_shared_heads import place_under_heads
from chipsmith.tools.pdf_text_tables import inside as _inside
from chipsmith.tools.pdf_text_tables import lines_text, text_tables

# Headings datasheets use; a line that is one of these (or bold/large and short) opens a section.
KNOWN_HEADINGS = (
    "absolute maximum ratings", "maximum ratings", "electrical characteristics", "thermal characteristics",
    "thermal resistance", "thermal information", "recommended operating conditions", "dynamic characteristics",
    "switching characteristics", "static characteristics", "source-drain diode characteristics",
    "body diode characteristics", "description", "features", "applications", "ordering information",
    "typical characteristics", "package information", "pin configuration", "general description",
    "off characteristics", "on characteristics", "small-signal characteristics", "notes", "typical performance",
    "product summary", "key parameters", "ac characteristics", "dc characteristics",
)

_FOOTNOTE_RE = re.compile(r"^\s*(?:\((?P<a>\d{1,2})\)|(?P<b>\d{1,2})[.)]|(?P<c>[¹²³⁴⁵⁶⁷⁸⁹])|Note\s+(?P<d>\d{1,2})[:.]|"
                          r"(?P<e>\*{1,3}))\s+(?P<text>\S.*)$")
_SUPERSCRIPTS = {"¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"}


@dataclass
class TextLine:
    """One line of running text in one column, with its position (PDF points, top-left origin)."""

    page: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    column: int = 0
    section: str = ""


@dataclass
class Table:
    """A table as pdfplumber found it: rows of cells, ``None`` where a merged cell covers the slot."""

    page: int
    index: int
    bbox: tuple[float, float, float, float]
    rows: list[list[str | None]]
    section: str = ""
    column: int = 0
    reading: str = ""  # "" for the ruled reading; "alignment" for the second, rule-blind reading of the page
    listed: bool = False  # a ratings list set with dotted leaders, read as a table (its values count as text)

    @property
    def ref(self) -> str:
        return f"page {self.page}, table {self.index + 1}" + (f" (read by word {self.reading})" if self.reading else "")


@dataclass
class Section:
    title: str
    page: int
    top: float


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    # the same page read again from word alignment alone, every ruling ignored: a second opinion for the
    # parameters the ruled reading does not find (a lattice whose rules do not match where its text sits)
    aligned: list[Table] = field(default_factory=list)
    every_line: list[str] = field(default_factory=list)  # every line of words on the page, tables included, top down
    footnotes: dict[str, str] = field(default_factory=dict)
    columns: int = 1
    # on a one-column page, the bottom of a two-column band above its first full-width table (0: none)
    band: float = 0.0
    chars: int = 0


@dataclass
class Document:
    path: str
    pages: list[Page]
    sections: list[Section]
    page_count: int
    title: str = ""
    truncated: bool = False  # only the first ``max_pages`` pages were read

    def text(self) -> str:
        """All running text in reading order (tables excluded), one line per line."""
        return "\n".join(ln.text for p in self.pages for ln in p.lines)

    def tables(self) -> list[Table]:
        return [t for p in self.pages for t in p.tables]

    def footnote(self, page: int, marker: str) -> str:
        """The footnote text for ``marker`` on ``page`` or, failing that, anywhere in the document."""
        for p in self.pages:
            if p.number == page and marker in p.footnotes:
                return p.footnotes[marker]
        for p in self.pages:
            if marker in p.footnotes:
                return p.footnotes[marker]
        return ""


def parse_pages(spec: str, count: int) -> list[int]:
    """``"1-3,5"`` → ``[1, 2, 3, 5]`` (1-based), checked against the page count."""
    pages: list[int] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        m = re.fullmatch(r"(\d+)\s*(?:-\s*(\d+))?", part)
        if not m:
            raise InputError(f"cannot read page selection {spec!r}: use numbers and ranges like 1-3,5")
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        if a < 1 or b < a or b > count:
            raise InputError(f"page selection {part!r} is outside 1-{count} (the PDF has {count} pages)")
        pages.extend(range(a, b + 1))
    return sorted(set(pages))


def _open(path: Path) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if not path.exists():
        raise InputError(f"{path}: no such file (give the datasheet PDF with --input)")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise InputError(f"{path}: not a PDF (no %PDF- header); export the datasheet as PDF and try again")
    try:
        pdf = pdfplumber.open(str(path))
        _ = pdf.pages  # forces the page tree to be read, where damage usually shows
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError(f"{path}: the PDF is encrypted ({type(exc).__name__}); save an unencrypted copy "
                         "(e.g. `qpdf --decrypt in.pdf out.pdf`) and try again") from None
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(f"{path}: the PDF is encrypted; save an unencrypted copy "
                             "(e.g. `qpdf --decrypt in.pdf out.pdf`) and try again") from None
        raise InputError(f"{path}: the PDF is damaged and cannot be read ({inner}); "
                         "re-download it or repair it with `qpdf in.pdf out.pdf`") from None
    except Exception as exc:  # pdfminer raises bare parser errors (PSEOF, struct.error, ...) on damaged files
        raise InputError(f"{path}: the PDF is damaged and cannot be read ({type(exc).__name__}: {exc}); "
                         "re-download it or repair it with `qpdf in.pdf out.pdf`") from None
    if getattr(pdf.doc, "encryption", None) and not pdf.pages:
        raise InputError(f"{path}: the PDF is encrypted; save an unencrypted copy and try again")
    return pdf


def read_pdf(path: str | Path, *, pages: str | None = None, sections: Iterable[str] = (), max_pages: int = 0) -> Document:
    """Read ``path``; ``pages`` ("1-3,5") and ``sections`` (heading substrings) narrow what is kept.

    ``max_pages`` (0: no limit) caps how many pages are read when ``pages`` is not given:
    a 1000-page reference manual would take minutes, and its parameters are rarely all wanted.
    The PDF is parsed in a child process with memory, CPU and decompression limits, so a
    Flate bomb or a pathological file is an InputError here, never a host out of memory.
    """
    doc: Document = run_bounded("chipsmith.tools.pdf_reader:_read_pdf", str(path), pages=pages,
                                sections=list(sections), max_pages=max_pages, what=str(path))
    return doc


def _read_pdf(path: str | Path, *, pages: str | None = None, sections: Iterable[str] = (), max_pages: int = 0) -> Document:
    """:func:`read_pdf` in this process (run in the bounded child)."""
    p = Path(path)
    pdf = _open(p)
    try:
        count = len(pdf.pages)
        if count == 0:
            raise InputError(f"{p}: the PDF has no pages")
        wanted = parse_pages(pages, count) if pages else list(range(1, count + 1))
        truncated = not pages and 0 < max_pages < len(wanted)
        if truncated:
            wanted = wanted[:max_pages]
        out: list[Page] = []
        for n in wanted:
            try:
                out.append(_read_page(pdf.pages[n - 1], n))
            except InputError:
                raise
            except Exception as exc:  # a damaged content stream on one page
                raise InputError(f"{p}: page {n} is damaged and cannot be read ({type(exc).__name__}: {exc})") from None
    finally:
        pdf.close()
    if sum(pg.chars for pg in out) == 0:
        raise InputError(f"{p}: no text layer on {'any page' if not pages else 'the selected pages'} "
                         "(a scanned datasheet?); run OCR first (e.g. `ocrmypdf in.pdf out.pdf`) and try again")
    doc = Document(path=str(p), pages=out, sections=[], page_count=count, truncated=truncated)
    _assign_sections(doc)
    doc.title = _title(doc)
    if sections:
        _keep_sections(doc, [s.lower() for s in sections])
    return doc


def _title(doc: Document) -> str:
    first = doc.pages[0].lines if doc.pages else []
    if not first:
        return ""
    top = first[:6]
    return max(top, key=lambda ln: (ln.size, -ln.top)).text


def _read_page(page: Any, number: int) -> Page:
    # bold headings drawn twice at a hair's offset read "DDrraaiinn" and "2200" otherwise
    page = symbol_dashes(page.dedupe_chars())
    lattice = page.find_tables()  # found from the page's rules alone; its cells are read from the glyphs later
    page = lowered_subscripts(page, [t.bbox for t in lattice])
    words = raised_marks(page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, use_text_flow=False))
    pg = Page(number=number, width=float(page.width), height=float(page.height), chars=len(page.chars))
    if not words:
        return pg
    tables = _find_tables(page, words, lattice)
    boxes = [t.bbox for t in tables]
    free = [w for w in words if not any(_inside(w, b) for b in boxes)]
    gutter = _gutter(words, float(page.width), boxes)
    pg.columns = 2 if gutter is not None else 1
    upper = None if gutter is not None else _upper_gutter(free, float(page.width), boxes)
    if upper is None:
        pg.lines = _group_lines(free, number, gutter)
    else:
        pg.band = upper[2]
        pg.lines = _group_lines([w for w in free if w["bottom"] <= upper[1]], number, upper[0]) \
            + _group_lines([w for w in free if w["bottom"] > upper[1]], number, None)

    def column(box: tuple[float, float, float, float]) -> int:
        if gutter is not None:
            return int(box[0] >= gutter - 2)
        return int(upper is not None and box[3] <= upper[1] + 1 and box[0] >= upper[0] - 2)

    # reading order: in a two-column band the left column's tables come before the right one's
    tables.sort(key=lambda t: (t.bbox[1] >= pg.band, column(t.bbox) if t.bbox[1] < pg.band else 0, t.bbox[1]))
    for i, t in enumerate(tables):
        rows = [[_clean_cell(c) for c in row] for row in t.extract()]
        col = column(t.bbox)
        pg.tables.append(Table(page=number, index=i, bbox=tuple(float(v) for v in t.bbox), rows=rows, column=col,  # type: ignore[arg-type]
                               listed=bool(getattr(t, "listed", False))))
    pg.every_line = [text for _, text in _word_lines(words)]
    for i, (box, rows) in enumerate(_aligned(words, gutter)):
        pg.aligned.append(Table(page=number, index=i, bbox=box, rows=[[_clean_cell(c) for c in row] for row in rows],
                                column=int(gutter is not None and box[0] >= gutter - 2), reading="alignment"))
    pg.footnotes = _footnotes(pg.lines, pg.height)
    return pg


def _aligned(words: list[dict[str, Any]], gutter: float | None) -> list[tuple[tuple[float, float, float, float], list[list[str | None]]]]:
    """Tables read by word alignment alone; on a two-column page each column is read on its own first
    (two tables side by side share their lines), then the page whole for tables spanning both columns."""
    found: list[tuple[tuple[float, float, float, float], list[list[str | None]]]] = []
    if gutter is not None:
        for side in ([w for w in words if w["x1"] <= gutter], [w for w in words if w["x0"] >= gutter]):
            found += text_tables(side, [], _lines_text, lenient=True)
    found += [t for t in text_tables(words, [], _lines_text, lenient=True) if not any(_overlaps(t[0], f[0]) for f in found)]
    return sorted(found, key=lambda t: (t[0][1], t[0][0]))


@dataclass
class _Found:
    """A table found on a page: its box and its rows of cell texts."""

    bbox: tuple[float, float, float, float]
    rows: list[list[str | None]]
    listed: bool = False  # a ratings list set with dotted leaders

    def extract(self) -> list[list[str | None]]:
        return self.rows


def _find_tables(page: Any, words: list[dict[str, Any]], found: list[Any]) -> list[_Found]:
    """Fully ruled tables (pdfplumber's lattice, ``found``), then tables ruled with horizontal lines only, then unruled ones."""
    # one-row tables matter: a header left alone at the foot of a page, or the last row carried over to the next
    ruled = [_banded(t, _widen(t, _cell_texts(t, words), words, page.horizontal_edges), words)
             for t in found if t.rows and max(len(r.cells) for r in t.rows) >= (2 if len(t.rows) >= 2 else 3)]
    # a frame around a whole unruled table reads as one row of tall cells: its words are read by alignment instead
    ruled += _rule_tables(page, words, [t.bbox for t in ruled])
    mashed = [t for t in ruled if _mashed(t)]
    # a header row ruled on its own inside such a frame belongs to the table read by alignment
    mashed += [t for t in ruled if len(t.rows) == 1 and t not in mashed and any(_overlaps(t.bbox, m.bbox) for m in mashed)]
    ruled = [t for t in ruled if t not in mashed]
    listed: list[tuple[float, float, float, float]] = []
    unruled = [_Found(box, rows, box in listed) for box, rows in text_tables(words, [t.bbox for t in ruled], _lines_text, listed=listed)]
    # TI's dissipation-rating tables: headings over two or three lines that no header line holds whole
    unruled += [_Found(box, rows) for box, rows in dissipation_tables(words)
                if not any(_overlaps(box, t.bbox) for t in ruled + unruled)]
    # a frame read as tall cells around a table already read (rules above and below a lattice, TI) adds nothing
    ruled += unruled + [t for t in mashed if not any(_overlaps(t.bbox, u.bbox) for u in unruled + ruled)]
    return sorted(_one_of_each(ruled), key=lambda t: (t.bbox[1], t.bbox[0]))


def _cell_texts(table: Any, words: list[dict[str, Any]]) -> list[list[str | None]]:
    """A lattice table's cells: spans split by column, number lines aligned, values placed under "MIN TYP MAX"."""
    return place_under_heads(table, _align_numbers(table, _split_spans(table, words), words), words)


def _banded(table: Any, found: _Found, words: list[dict[str, Any]]) -> _Found:
    """A lattice table whose ruled bands each hold several rows (Analog Devices), split a row per value line."""
    starts: dict[int, float] = {}
    for r in table.rows:
        for j, c in enumerate(r.cells):
            if c is not None:
                starts[j] = min(starts.get(j, c[0]), c[0])
    xs = [starts[j] for j in sorted(starts)]
    x0, x1 = float(table.bbox[0]), float(table.bbox[2])
    if found.bbox[0] < x0 - 0.5:
        xs.insert(0, found.bbox[0])  # a side column _widen added left of the frame
    if found.bbox[2] > x1 + 0.5:
        xs.append(x1)  # and one right of it
    bands = [(found.bbox[0], float(r.bbox[1]), found.bbox[2], float(r.bbox[3])) for r in table.rows]
    found.rows = split_bands(bands, xs, found.rows, words)
    return found


def _mashed(t: _Found) -> bool:
    """A frame around a whole unruled table read as tall cells: one or two rows, or a first row holding the text of
    every row below it (Philips: the frame's cell, then the rows that its few inner rules did cut), or a first row
    holding a table's header line in one of its cells."""
    def height(r: list[str | None]) -> int:
        return max((len((c or "").split("\n")) for c in r), default=0)

    if len(t.rows) <= 2:
        return max(height(r) for r in t.rows) >= 6
    if len(t.rows) <= 3 and height(t.rows[0]) >= 12 and any(
            sum(1 for w in ln.split() if _HEADER_HINT.match(w)) >= 3 for c in t.rows[0] for ln in (c or "").split("\n")):
        return True  # a page's frame holding a whole table, its header line inside one cell (Nexperia's continued tables)
    return height(t.rows[0]) >= max(12, 3 * max(height(r) for r in t.rows[1:]))


def _one_of_each(tables: list[_Found]) -> list[_Found]:
    """One table where the page draws the same grid twice, a hair apart (ROHM): of two tables covering the same
    box, the one whose cells hold more of the text (no digits clipped at a column edge) and, of equals, cut fewer
    words apart (fewer separate pieces of text) is kept."""
    def quality(t: _Found) -> tuple[int, int]:
        cells = [c or "" for r in t.rows for c in r]
        return sum(len(re.sub(r"\s", "", c)) for c in cells), -sum(len(c.split()) for c in cells)

    def same(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
        w = min(a[2], b[2]) - max(a[0], b[0])
        h = min(a[3], b[3]) - max(a[1], b[1])
        if w <= 0 or h <= 0:
            return False
        inter = w * h
        union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
        return inter / union > 0.85

    def shape(t: _Found) -> tuple[int, int]:
        return len(t.rows), max((len(r) for r in t.rows), default=0)

    out: list[_Found] = []
    for t in tables:
        # the same grid twice has the same rows and columns; a different reading of the same box is kept beside it
        twin = next((u for u in out if same(t.bbox, u.bbox) and shape(t) == shape(u)), None)
        if twin is None:
            out.append(t)
        elif quality(t) > quality(twin):
            out[out.index(twin)] = t
    return out


_UNIT_WORD = re.compile(r"^(?:[pnµumkMG]?(?:V|A|W|F|C|s|Hz|Ω|S|J|H)|°C|K/W|°C/W|dB|%|V/ns|V/µs|A/µs)$")


def _widen(table: Any, rows: list[list[str | None]], words: list[dict[str, Any]], edges: list[dict[str, Any]] = ()) -> _Found:  # type: ignore[assignment]
    """The table with the unruled columns just outside its frame added: a Symbol column on the left,
    a Units column on the right, printed in line with the rows but outside the drawn grid. Where the
    rows' horizontal rules run on beyond the frame (Infineon rules every row across the page and draws
    vertical lines only around the values), the column reaches as far as the rules do.

    A side column is taken when most rows have words there and nothing else does (a word
    beside the frame that belongs to no row means running text, not a column).
    """
    x0, top, x1, bottom = (float(v) for v in table.bbox)
    # a row's own height is its shortest cell: a cell merged down over the next rows makes the row box too tall
    bands = [(float(r.bbox[1]), min((float(c[3]) for c in r.cells if c is not None), default=float(r.bbox[3])))
             for r in table.rows]
    if len(bands) != len(rows):
        return _Found((x0, top, x1, bottom), rows)

    def side(lo: float, hi: float, ruled: bool = False) -> list[list[dict[str, Any]]] | None:
        near = [w for w in words if lo <= w["x0"] and w["x1"] <= hi and top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1
                and w.get("upright", True)]  # a page-edge title set sideways is no column
        if not near:
            return None
        per: list[list[dict[str, Any]]] = [[] for _ in bands]
        for w in near:
            cy = (w["top"] + w["bottom"]) / 2
            for i, (a, b) in enumerate(bands):
                if a - 0.5 <= cy <= b + 0.5:
                    per[i].append(w)
                    break
        filled = sum(1 for p in per if p)
        if len(bands) < 3:
            # a header band alone: only a "Symbol" or "Units" heading beside it is a column; a block of two or
            # fewer rows under a subheading (Fairchild's diode characteristics) only when every row has a unit
            # there, or a symbol of one or two short words
            if any(per) and all(all(_HEADER_HINT.match(w["text"]) for w in p) for p in per):
                return per
            if all(p and len(p) <= 2 for p in per) and (all(_UNIT_WORD.match(w["text"]) for p in per for w in p) or all(
                    re.fullmatch(r"[A-Za-zθ][A-Za-z0-9()]{0,5}", w["text"]) and len(w["text"]) <= 4 for p in per for w in p)
                    and all(p[0]["text"][:1].isupper() for p in per)):
                return per
            return None
        if ruled and filled >= 2 and (per[0] and all(_HEADER_HINT.match(w["text"]) for w in per[0])
                                      or all(_UNIT_WORD.match(w["text"]) for p in per for w in p)):
            # the rows' rules run on over it and it has a heading, or holds only units: a column, each unit printed
            # once for its group of rows ("pF" beside Ciss, Coss and Crss)
            return per
        return per if filled >= 0.6 * len(bands) else None

    # rules along the frame's top or bottom that run on beyond it, left and right
    along = [e for e in edges if min(abs(float(e["top"]) - top), abs(float(e["top"]) - bottom)) < 1.5]
    reach0 = min([float(e["x0"]) for e in along if float(e["x0"]) < x0 - 1 and float(e["x1"]) >= x0 - 2], default=x0 - 90)
    reach1 = max([float(e["x1"]) for e in along if float(e["x1"]) > x1 + 1 and float(e["x0"]) <= x1 + 2], default=x1 + 70)
    left = side(min(x0 - 90, reach0 - 1), x0 - 0.5, reach0 < x0 - 1)
    right = side(x1 + 0.5, max(x1 + 70, reach1 + 1), reach1 > x1 + 1)
    if left is None and right is None:
        return _Found((x0, top, x1, bottom), rows)
    out: list[list[str | None]] = []
    for i, r in enumerate(rows):
        new: list[str | None] = list(r)
        if left is not None:
            new.insert(0, _lines_text(left[i]))
        if right is not None:
            new.append(_lines_text(right[i]))
        out.append(new)
    xs0 = min((w["x0"] for p in (left or []) for w in p), default=x0)
    xs1 = max((w["x1"] for p in (right or []) for w in p), default=x1)
    return _Found((min(x0, xs0), top, max(x1, xs1), bottom), out)


def _split_spans(table: Any, words: list[dict[str, Any]]) -> list[list[str | None]]:
    """The table's rows, with a cell that spans several columns split when its words sit in different columns.

    Lattice tables often rule the Min, Typ and Max columns in the header only; the body row
    then has one cell across all three and "2 7" in it, losing which number is the Typ and
    which the Max. Each word goes to the column its centre lies in, columns being where the
    table's cells start.
    """
    rows: list[list[str | None]] = unnest(table, unclip(table, table.extract(), words))
    starts: dict[int, float] = {}
    for r in table.rows:
        for j, c in enumerate(r.cells):
            if c is not None:
                starts[j] = min(starts.get(j, c[0]), c[0])
    if not starts:
        return rows
    order = sorted(starts)
    # only columns the top row heads on its own count: a heading spanning two columns ("Value") keeps its words together
    headed = set(order)
    for i, r in enumerate(table.rows):
        texts = rows[i] if i < len(rows) else []
        if sum(1 for t in texts if t and _HEADER_HINT.match(t.strip().rstrip("."))) >= 2:
            headed = {j for j, c in enumerate(r.cells) if c is not None}  # this row heads the rows below it
            continue
        for j, c in enumerate(r.cells):
            if c is None or i >= len(rows):
                continue
            span = [k for k in order if k >= j and c[0] - 1 <= starts[k] < c[2] - 1 and (k == j or k in headed)]
            if len(span) < 2 or any(k != j and k < len(r.cells) and r.cells[k] is not None for k in span):
                continue
            inside = [w for w in words if _inside(w, c)]
            cols: dict[int, list[dict[str, Any]]] = {}
            for w in inside:
                cx = (w["x0"] + w["x1"]) / 2
                k = max((k for k in span if starts[k] <= cx), default=j)
                cols.setdefault(k, []).append(w)
            if set(cols) <= {j}:
                continue
            for k in span:
                if k < len(rows[i]):
                    rows[i][k] = _lines_text(cols.get(k, [])) if k in cols else ("" if k == j else None)
    return rows


_NUMBER_LINE = re.compile(r"[-+−–]?\s*\d[\d.,]*")


def _align_numbers(table: Any, rows: list[list[str | None]], words: list[dict[str, Any]]) -> list[list[str | None]]:
    """Number cells of one ruled row put line for line beside the row's longest column of numbers.

    One ruled band often holds several test conditions, a line each, with Min printed on every
    line and Max on only some ("35 50 75 35 100" beside a lone "300"); the text of a cell
    keeps no trace of which line a number stood on. Each number line of a shorter cell goes to
    the line of the longest one nearest in height, and the lines it leaves blank get a dash,
    as a datasheet prints for "no value".
    """
    for i, r in enumerate(table.rows):
        if i >= len(rows):
            break
        cells: dict[int, list[tuple[float, str]]] = {}
        for j, c in enumerate(r.cells):
            if c is None or j >= len(rows[i]) or not rows[i][j] or rows[i][j] != _lines_text([w for w in words if _inside(w, c)]):
                continue  # only cells whose text is their words as found (not split across columns)
            lines = _word_lines([w for w in words if _inside(w, c)])
            if lines and all(_NUMBER_LINE.fullmatch(t) for _, t in lines):
                cells[j] = lines
        if not cells:
            continue
        ref = max(cells.values(), key=len)
        if len(ref) < 2:
            continue
        for j, lines in cells.items():
            if len(lines) >= len(ref):
                continue
            slots = ["–"] * len(ref)
            for y, text in lines:
                k = min(range(len(ref)), key=lambda k: abs(ref[k][0] - y))
                if slots[k] != "–" or abs(ref[k][0] - y) > 4:
                    break  # two numbers for one line, or one between lines: leave the cell as it was
                slots[k] = text
            else:
                rows[i][j] = "\n".join(slots)
    return rows


def _word_lines(ws: list[dict[str, Any]]) -> list[tuple[float, str]]:
    """Words grouped into lines, top down: each line's middle height and its text."""
    out: list[tuple[float, list[dict[str, Any]]]] = []
    for w in sorted(ws, key=lambda w: (w["top"], w["x0"])):
        y = (w["top"] + w["bottom"]) / 2
        if out and abs(y - out[-1][0]) <= 2:
            out[-1][1].append(w)
        else:
            out.append((y, [w]))
    return [(y, " ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"]))) for y, line in out]


_HEADER_HINT = re.compile(r"^(symbol|sym\.?|parameter|parameters|characteristics?|min|typ|max|unit|units|value|rating|ratings|"
                          r"conditions?|test)$", re.I)


def _rule_tables(page: Any, words: list[dict[str, Any]], taken: list[tuple[float, float, float, float]]) -> list[_Found]:
    """Tables drawn with horizontal rules only (no vertical lines), the style many datasheets use.

    Rules of the same width that stack up form a table; the band under the first rule
    is the header, whose words anchor the columns (body text is left-aligned under its
    header); every band between two rules is a row. When only the header and the foot
    are ruled, each line that carries a number in a value column starts a row and the
    lines around it (a wrapped name) join the nearest such row.
    """
    edges = [e for e in page.horizontal_edges if e["x1"] - e["x0"] > 120]
    edges = [e for e in edges if not any(b[1] - 2 <= e["top"] <= b[3] + 2 and b[0] - 2 <= e["x0"] <= b[2] + 2 for b in taken)]
    groups: list[list[dict[str, Any]]] = []
    for e in sorted(edges, key=lambda e: (round(e["x0"]), round(e["x1"]), e["top"])):
        for g in groups:
            if abs(g[0]["x0"] - e["x0"]) < 3 and abs(g[0]["x1"] - e["x1"]) < 3:
                if abs(e["top"] - g[-1]["top"]) > 1.5:
                    g.append(e)
                break
        else:
            groups.append([e])
    out: list[_Found] = []
    for g in groups:
        if len(g) < 3:
            continue
        x0, x1 = g[0]["x0"], g[0]["x1"]
        tops = [e["top"] for e in g]
        bands = [[w for w in words if x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1 and a < (w["top"] + w["bottom"]) / 2 < b]
                 for a, b in zip(tops, tops[1:])]
        # tables stacked with the same width share one rule group: a new header band starts a new table
        starts = [i for i, ws in enumerate(bands) if sum(1 for w in ws if _HEADER_HINT.match(w["text"])) >= 3]
        for si, start in enumerate(starts):
            end = starts[si + 1] - 1 if si + 1 < len(starts) else len(bands)
            found = _rule_table(bands[start:end], tops[start], tops[min(end, len(tops) - 1)], x0, x1)
            if found is not None:
                out.append(found)
    return out


def _rule_table(band_words: list[list[dict[str, Any]]], top: float, bottom: float, x0: float, x1: float) -> _Found | None:
    head = sorted(band_words[0], key=lambda w: w["x0"]) if band_words else []
    if not head:
        return None
    anchors: list[float] = []
    last_x1 = -1e9
    for w in head:  # header words closer than ~1.5 spaces belong to one header cell
        if w["x0"] - last_x1 > max(4.0, float(w.get("size", 8)) * 0.6):
            anchors.append(w["x0"])
        last_x1 = w["x1"]

    def column(w: dict[str, Any]) -> int:
        i = 0
        for k, a in enumerate(anchors):
            if w["x0"] >= a - 3:
                i = k
        return i

    def cells(ws: list[dict[str, Any]]) -> list[str | None]:
        cols: list[list[dict[str, Any]]] = [[] for _ in anchors]
        for w in ws:
            cols[column(w)].append(w)
        return [_lines_text(c) for c in cols]

    rows = [cells(head)]
    body = band_words[1:]
    if len(body) == 1:
        rows += _split_rows(body[0], cells, rows[0])
    else:
        rows += [cells(ws) for ws in body if ws]
    return _Found((x0, top, x1, bottom), rows)


def _lines_text(ws: list[dict[str, Any]]) -> str:
    return lines_text(ws) if ws else ""


def _split_rows(ws: list[dict[str, Any]], cells: Any, header: list[str | None]) -> list[list[str | None]]:
    """Rows of a table ruled only above and below: value-carrying lines anchor rows, other lines join the nearest."""
    value_cols = {i for i, h in enumerate(header) if h and re.match(r"(?i)^(min|typ|max|value|rating)", h)}
    by_line: dict[int, list[dict[str, Any]]] = {}
    for w in ws:
        by_line.setdefault(round(w["top"] / 2.5), []).append(w)
    keys = sorted(by_line)
    probe = {k: cells(by_line[k]) for k in keys}
    anchors = [k for k in keys if any(probe[k][i] for i in value_cols)] or keys
    members: dict[int, list[dict[str, Any]]] = {a: [] for a in anchors}
    for k in keys:
        nearest = min(anchors, key=lambda a: (abs(a - k), a))
        members[nearest].extend(by_line[k])
    return [cells(members[a]) for a in anchors]


def _clean_cell(c: str | None) -> str | None:
    if c is None:
        return None
    c = re.sub(r"(?<=[−\-+±–])\s*\(cid:\d+\)\s*(?=\d)", "", c.translate(SYMBOL_FONT))  # "−(cid:2)60": an unmapped space
    return re.sub(r"[ \t]+", " ", c).strip()


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _gutter(words: list[dict[str, Any]], width: float, boxes: list[tuple[float, float, float, float]] = ()) -> float | None:  # type: ignore[assignment]
    """The x of a vertical gap between two text columns, or None for a one-column page.

    Words (and tables, as solid blocks) are grouped into page-wide rows; a column gap
    is a band at least 8 pt wide in the middle of the page that almost no row crosses
    (a spanning title may), while at least five rows have something on both sides.
    Spaces between words in a one-column paragraph never line up over 8 pt in every
    row, so a paragraph cannot fake a gutter.
    """
    if len(words) < 20:
        return None
    rows: dict[int, list[tuple[float, float]]] = {}
    for w in words:
        rows.setdefault(round(w["top"] / 3), []).append((w["x0"], w["x1"]))
    limit = max(1, len(rows) // 20)  # from text rows only: the table rows below would inflate it
    for x0, top, x1, bottom in boxes:  # a table is solid: its columns' white space is no page gutter
        for r in range(round(top / 3), round(bottom / 3) + 1):
            rows.setdefault(r, []).append((x0, x1))
    lo, hi = int(width * 0.3), int(width * 0.7)
    cross = [0] * (int(width) + 2)
    for spans in rows.values():
        hit: set[int] = set()
        for a, b in spans:
            hit.update(range(max(lo, int(a)), min(hi, int(b)) + 1))
        for x in hit:
            cross[x] += 1
    floor = min(cross[lo:hi + 1])
    if floor > limit:
        return None
    # the emptiest band wins (a gap between words in a few rows must not); when that band is a sliver
    # (the space between two words of a page footer drawn across the gutter, "Page 8 of 24"), a band the
    # few spanning rows allowed cross is taken instead
    for most in sorted({floor, limit}):
        best = _widest(cross, lo, hi, most)
        if best is not None and best[1] - best[0] >= 8:
            break
    if best is None or best[1] - best[0] < 8:
        return None
    a, b = best
    both = sum(1 for spans in rows.values() if any(x1 <= a for _, x1 in spans) and any(x0 >= b for x0, _ in spans))
    if both < 5:
        return None
    right = [w["text"] for w in words if w["x0"] >= b]
    if sum(1 for t in right if _VALUE_WORD.fullmatch(t)) > 0.6 * len(right):
        return None  # right of the gap stand a table's values, not a column of text (ST: names, then Min Typ Max | Unit)
    return (a + b) / 2


_VALUE_WORD = re.compile(r"(?i)[-+±–−]?[\d.,]+|min\.?|typ\.?|max\.?|unit|[µmnpk]?[AVWsΩ]|[µmk]?Hz|dB|%|°C|V/m?[sV]|[a-z]{1,2}/[a-z°]{1,2}")


def _widest(cross: list[int], lo: int, hi: int, most: int) -> tuple[int, int] | None:
    """The widest run of x in ``lo..hi`` crossed by at most ``most`` rows."""
    best: tuple[int, int] | None = None
    start = None
    for x in range(lo, hi + 1):
        if cross[x] <= most:
            start = x if start is None else start
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            start = None
    return best


def _upper_gutter(words: list[dict[str, Any]], width: float,
                  boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float] | None:
    """(gutter x, top of the table, bottom of the right column) when a page with no page-long gutter is still in two columns above its first
    full-width table (National, Micrel: "Absolute Maximum Ratings" beside "Operating Ratings" over the electrical
    table), or None."""
    wide = [b for b in boxes if b[0] < width * 0.4 and b[2] > width * 0.6]
    if not wide:
        return None
    top = min(b[1] for b in wide)
    above = [b for b in boxes if b[3] <= top]
    gutter = _gutter([w for w in words if w["bottom"] <= top], width, above)
    if gutter is None:
        return None
    # the band ends with the right column's last word or table: a heading under both columns is read after them
    # (a word with a left-column word beside it at its height is taken for a line across both, a heading's conditions)
    rows = {round(w["top"]) for w in words if w["bottom"] <= top and w["x1"] <= gutter}
    right = [w["bottom"] for w in words if w["bottom"] <= top and w["x0"] >= gutter
             and not {round(w["top"]) + d for d in (-2, -1, 0, 1, 2)} & rows] + [b[3] for b in above if b[0] >= gutter - 2]
    return gutter, top, max(right, default=top) + 1


def _group_lines(words: list[dict[str, Any]], page: int, gutter: float | None) -> list[TextLine]:
    def column(w: dict[str, Any]) -> int:
        if gutter is None:
            return 0
        if w["x1"] <= gutter:
            return 0
        if w["x0"] >= gutter:
            return 1
        return -1  # spans both columns (a title)

    buckets: dict[int, list[dict[str, Any]]] = {}
    for w in words:
        buckets.setdefault(column(w), []).append(w)
    lines: list[TextLine] = []
    for col, ws in buckets.items():
        ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
        current: list[dict[str, Any]] = []
        for w in ws:
            if current and abs(w["top"] - current[-1]["top"]) > 2.0:
                lines.append(_line(current, page, col))
                current = []
            current.append(w)
        if current:
            lines.append(_line(current, page, col))
    # reading order: spanning lines and column 0 by height, column 1 after column 0 within each band
    lines.sort(key=lambda ln: ln.top)
    ordered: list[TextLine] = []
    band: list[TextLine] = []
    for ln in lines:
        if ln.column == -1:
            ordered.extend(sorted(band, key=lambda x: (x.column, x.top)))
            band = []
            ln.column = 0
            ordered.append(ln)
        else:
            band.append(ln)
    ordered.extend(sorted(band, key=lambda x: (x.column, x.top)))
    return ordered


def _line(ws: list[dict[str, Any]], page: int, col: int) -> TextLine:
    ws = sorted(ws, key=lambda w: w["x0"])
    sizes = [float(w.get("size", 0.0)) for w in ws]
    bold = all("bold" in str(w.get("fontname", "")).lower() for w in ws)
    return TextLine(page=page, text=" ".join(w["text"] for w in ws), x0=min(w["x0"] for w in ws),
                    top=min(w["top"] for w in ws), x1=max(w["x1"] for w in ws), bottom=max(w["bottom"] for w in ws),
                    size=max(sizes) if sizes else 0.0, bold=bold, column=col)


def _footnotes(lines: list[TextLine], height: float) -> dict[str, str]:
    """Footnotes: numbered/starred lines in the bottom third of the page, continuation lines joined."""
    notes: dict[str, str] = {}
    last: str | None = None
    alone: TextLine | None = None
    for ln in sorted((x for x in lines if x.top > height * 0.55), key=lambda x: (x.column, x.top)):
        m = _FOOTNOTE_RE.match(ln.text)
        bare = re.fullmatch(r"\s*\((\d{1,2})\)\s*", ln.text)
        if bare:  # a raised mark on a line of its own, its note's text on the next line (ST: "(3)" over "Short-circuits …")
            alone, last = ln, None
            continue
        if alone is not None and not m and ln.column == alone.column and 0 <= ln.top - alone.top < 16 and ln.x0 >= alone.x0:
            last = _FOOTNOTE_RE.match(alone.text + " x").group("a")  # type: ignore[union-attr]
            notes[last] = ln.text.strip()
            alone = None
            continue
        alone = None
        if m:
            marker = m.group("a") or m.group("b") or m.group("d") or m.group("e") or _SUPERSCRIPTS.get(m.group("c") or "", "")
            notes[marker] = m.group("text").strip()
            last = marker
        elif last is not None and ln.size <= 8.5 and not ln.bold:
            notes[last] += " " + ln.text.strip()
        else:
            last = None
    return notes


def _is_heading(ln: TextLine, body: float) -> bool:
    t = ln.text.strip().rstrip(":").strip()
    low = re.sub(r"^\d+(\.\d+)*\s+", "", t.lower())
    if not t or len(t) > 70 or t.endswith("."):
        return False
    if any(low.startswith(h) for h in KNOWN_HEADINGS) and (ln.bold or ln.size >= body + 0.5 or t.isupper()):
        return True
    return (ln.bold or ln.size >= body + 1.5) and low in KNOWN_HEADINGS


def _assign_sections(doc: Document) -> None:
    sizes = [ln.size for p in doc.pages for ln in p.lines if ln.size]
    body = statistics.median(sizes) if sizes else 9.0
    current = ""
    for p in doc.pages:
        # walk lines and tables together in reading order: (column, top) within the page
        items: list[tuple[int, float, int, Any]] = [(ln.column, ln.top, 0, ln) for ln in p.lines]
        items += [(t.column, t.bbox[1], 1, t) for t in p.tables]
        spanning_first = p.columns == 1
        band = p.band
        items.sort(key=lambda it: (it[1] >= band, it[0] if it[1] < band else 0, it[1]) if spanning_first else (it[0], it[1]))
        for _, _, kind, obj in items:
            if kind == 0 and _is_heading(obj, body):
                current = re.sub(r"^\d+(\.\d+)*\s+", "", obj.text.strip().rstrip(":"))
                doc.sections.append(Section(title=current, page=p.number, top=obj.top))
            obj.section = current
    for p in doc.pages:
        for t in p.aligned:  # the section of the last heading above the table
            above = [s for s in doc.sections if s.page < p.number or (s.page == p.number and s.top <= t.bbox[1])]
            t.section = above[-1].title if above else ""


def _keep_sections(doc: Document, wanted: list[str]) -> None:
    def keep(section: str) -> bool:
        return any(w in section.lower() for w in wanted)

    if not any(keep(s.title) for s in doc.sections):
        names = ", ".join(sorted({s.title for s in doc.sections})) or "none found"
        raise InputError(f"{doc.path}: no section matches {wanted}; sections in this PDF: {names}")
    for p in doc.pages:
        p.lines = [ln for ln in p.lines if keep(ln.section)]
        p.tables = [t for t in p.tables if keep(t.section)]
        p.aligned = [t for t in p.aligned if keep(t.section)]
