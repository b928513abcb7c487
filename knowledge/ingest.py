"""Read a file into chunks (text plus metadata), checking everything before the store is touched.

Supported: PDF (pdfplumber, one page at a time, tables kept as tables), Markdown,
plain text, and YAML card files. Every way a file can be unusable (unreadable,
encrypted, empty, scanned without a text layer, too many pages, not UTF-8) raises
:class:`InputError` here, so the store only ever receives a complete set of chunks.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from chipsmith.core.bounded import run_bounded
from chipsmith.core.errors import InputError
from chipsmith.knowledge.cards import Card, load_card_file, parse_cards
from chipsmith.knowledge.chunking import Block, chunk_blocks, split_blocks

MAX_PAGES = 500  # a datasheet is < 200 pages; a 2,000-page reference manual needs splitting or --max-pages
MAX_TEXT_BYTES = 8 * 1024 * 1024
MAX_CARD_CHARS = 2500  # a card longer than this is split by its body's headings

TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text", ".rst")
CARD_SUFFIXES = (".yaml", ".yml")
SUPPORTED = (".pdf",) + TEXT_SUFFIXES + CARD_SUFFIXES


@dataclass
class Chunk:
    """One retrievable piece of text and where it came from."""

    text: str
    source: str
    kind: str = "document"
    page: int = 0  # 0: not from a paged document
    heading: str = ""
    part: str = ""  # the primary part number, if the chunk is about one part
    parts: list[str] = field(default_factory=list)
    label: str = ""  # what a citation calls a card ("LM358", "Clock-domain crossing")
    category: str = ""
    card: str = ""  # the card id, for cards

    @property
    def sha(self) -> str:
        """Content hash: identical text is stored and returned once per source."""
        return hashlib.sha256(_normalise(self.text).encode()).hexdigest()

    def metadata(self, source_sha: str, origin: str) -> dict[str, str | int]:
        return {
            "source": self.source, "kind": self.kind, "page": self.page, "heading": self.heading[:300],
            "part": self.part, "parts": " ".join(p.lower() for p in self.parts), "label": self.label,
            "category": self.category, "card": self.card, "sha": self.sha, "file_sha": source_sha, "origin": origin,
        }


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_chunks(path: Path, source: str | None = None, *, max_pages: int = MAX_PAGES) -> list[Chunk]:
    """All chunks of one file, or an :class:`InputError` saying why the file cannot be used."""
    path = Path(path)
    source = source or path.name
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'}; add PDF, Markdown, text or YAML card "
                         f"files ({', '.join(SUPPORTED)})")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: the file is empty; nothing to add")
    if suffix == ".pdf":  # in a child with memory, CPU and decompression limits: a PDF can be a Flate bomb
        chunks = run_bounded("chipsmith.knowledge.ingest:_pdf_chunks", path, source, max_pages, what=str(path))
    elif suffix in CARD_SUFFIXES:
        chunks = cards_to_chunks(load_card_file(path), source)
    else:
        chunks = _text_chunks(path, source)
    if not chunks:
        raise InputError(f"{path}: contains no text to index")
    return chunks


def files_in(root: Path) -> tuple[list[Path], list[str]]:
    """The supported files under ``root`` (hidden ones skipped), and a note for each symlink that
    leads outside ``root``: those are never read, so a link in a shared folder cannot make the
    store index (and ``knowledge search`` print) a file its author could not read."""
    top = Path(root).resolve()
    files: list[Path] = []
    notes: list[str] = []
    for folder, dirs, names in os.walk(top, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(folder)
        for d in dirs:
            if (here / d).is_symlink():
                target = (here / d).resolve()
                if target != top and top not in target.parents:
                    notes.append(f"{here / d}: a symbolic link to a folder outside {top}; not followed")
        for name in sorted(names):
            p = here / name
            if name.startswith(".") or p.suffix.lower() not in SUPPORTED:
                continue
            if p.is_symlink():
                target = p.resolve()
                if top not in target.parents:
                    notes.append(f"{p}: a symbolic link to a file outside {top}; not read")
                    continue
                p = target
            if p.is_file():
                files.append(p)
    return sorted(set(files)), notes


def cards_to_chunks(cards: list[Card], source: str) -> list[Chunk]:
    """One chunk per card; a long design card is split by its body's headings, each piece titled."""
    out: list[Chunk] = []
    for card in cards:
        common = {"source": source, "kind": card.kind, "part": card.parts[0] if card.parts else "",
                      "parts": card.parts, "label": card.label, "category": card.category, "card": card.id}
        text = card.to_text()
        if len(text) <= MAX_CARD_CHARS:
            out.append(Chunk(text=text, heading=card.title, **common))  # type: ignore[arg-type]
            continue
        head = card.model_copy(update={"body": ""}).to_text()
        out.append(Chunk(text=head, heading=card.title, **common))  # type: ignore[arg-type]
        for heading, piece in chunk_blocks(split_blocks(card.body), title=card.title):
            out.append(Chunk(text=piece, heading=heading, **common))  # type: ignore[arg-type]
    return out


def cards_from_text(text: str, source: str) -> list[Chunk]:
    return cards_to_chunks(parse_cards(text, source), source)


def _text_chunks(path: Path, source: str) -> list[Chunk]:
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise InputError(f"{path}: {path.stat().st_size / 1e6:.1f} MB of text is more than the "
                         f"{MAX_TEXT_BYTES / 1e6:.0f} MB limit; split it into smaller files")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text; add PDF, Markdown, text or YAML card files")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text (byte {exc.start}); convert it to UTF-8 and add it again") from None
    if not text.strip():
        raise InputError(f"{path}: contains only whitespace; nothing to add")
    title = path.stem if path.suffix.lower() not in (".md", ".markdown") else ""
    return [Chunk(text=t, source=source, heading=h) for h, t in chunk_blocks(split_blocks(text), title=title)]


def _pdf_page_count(path: Path) -> int:
    """Page count and password check with PDFium: milliseconds, where pdfminer walks every page object."""
    import pypdfium2

    try:
        doc = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(f"{path}: the PDF is encrypted (password protected); save an unprotected copy (e.g. `qpdf "
                             "--decrypt`) and add that") from None
        raise InputError(f"{path}: not a readable PDF ({exc}); check the file is complete") from None
    try:
        return len(doc)
    finally:
        doc.close()


def _pdf_chunks(path: Path, source: str, max_pages: int) -> list[Chunk]:
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    pages_total = _pdf_page_count(path)
    if pages_total > max_pages:
        raise InputError(f"{path}: {pages_total} pages is more than the {max_pages}-page limit; split the document or "
                         "raise the limit with --max-pages")
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        name = type(inner).__name__
        if "Password" in name or "Encrypt" in name:
            raise InputError(f"{path}: the PDF is encrypted (password protected); save an unprotected copy (e.g. `qpdf "
                             "--decrypt`) and add that") from None
        raise InputError(f"{path}: not a readable PDF ({inner or name}); check the file is complete") from None
    except Exception as exc:  # pdfminer raises a zoo of parser errors on damaged files
        raise InputError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc}); check the file is complete") from None
    chunks: list[Chunk] = []
    with pdf:
        try:
            pages = pdf.pages
        except Exception as exc:
            raise InputError(f"{path}: cannot read the PDF's page tree ({type(exc).__name__}); check the file is complete") from None
        if len(pages) > max_pages:
            raise InputError(f"{path}: {len(pages)} pages is more than the {max_pages}-page limit; split the document "
                             "or raise the limit with --max-pages")
        images = 0
        for number, page in enumerate(pages, start=1):
            try:
                blocks = _page_blocks(page)
                images += len(page.images)
            except Exception as exc:
                raise InputError(f"{path} p.{number}: cannot extract text ({type(exc).__name__}: {exc})") from None
            finally:
                page.close()  # pdfplumber caches every page's objects; 500 pages would hold them all
            for heading, text in chunk_blocks(blocks):
                chunks.append(Chunk(text=f"[{source} p.{number}]\n{text}", source=source, page=number, heading=heading))
        if not chunks:
            if images:
                raise InputError(f"{path}: no text layer ({len(pages)} page(s) of images: a scan?); run OCR first (e.g. "
                                 "`ocrmypdf in.pdf out.pdf`) and add the result")
            raise InputError(f"{path}: the PDF contains no text")
    return chunks


def _page_blocks(page: object) -> list[Block]:
    """A page's running text with its tables cut out and appended as pipe tables, so a table stays one block."""
    tables = page.find_tables()  # type: ignore[attr-defined]
    body = page
    if tables:
        boxes = [t.bbox for t in tables]

        def outside(obj: dict) -> bool:
            x0, top, x1, bottom = obj.get("x0", 0), obj.get("top", 0), obj.get("x1", 0), obj.get("bottom", 0)
            return not any(x0 >= b[0] - 1 and x1 <= b[2] + 1 and top >= b[1] - 1 and bottom <= b[3] + 1 for b in boxes)

        body = page.filter(outside)  # type: ignore[attr-defined]
    text = body.extract_text() or ""  # type: ignore[attr-defined]
    blocks = split_blocks(text)
    for table in tables:
        rows = [[(cell or "").replace("\n", " ").strip() for cell in row] for row in table.extract()]
        rows = [r for r in rows if any(r)]
        if rows:
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            blocks.append(Block("table", "\n".join(lines)))
    return blocks
