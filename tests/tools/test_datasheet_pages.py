"""The fast page scan: pages without table words are not parsed; a scan with no text layer goes whole to the reader,
which names OCR."""

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.datasheet_pages import page_spec, table_pages
from chipsmith.tools.pdf_reader import read_pdf


def _pdf(path, pages):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for lines in pages:
        y = 780
        for ln in lines:
            c.drawString(72, y, ln)
            y -= 16
        c.showPage()
    c.save()
    return path


def test_pages_without_table_words_are_left_out(tmp_path):
    pdf = _pdf(tmp_path / "part.pdf", [
        ["XYZ123 N-Channel MOSFET", "Features: low on-resistance"],
        ["Electrical Characteristics", "Parameter Symbol Conditions Min Typ Max Unit", "Gate threshold VGS(th) 1.0 2.1 3.0 V"],
        ["Figure 3. Drain current against gate voltage", "0 1 2 3 4 5"],
        ["Package outline SOT-23", "Dimensions in millimetres"],
        ["Switching Characteristics", "td(on) 5 ns typ"],
    ])
    assert table_pages(pdf) == ([1, 2, 5], 5)
    assert page_spec([1, 2, 3, 5, 7, 8]) == "1-3,5,7-8"


def test_image_only_pdf_is_read_whole_and_refused_with_the_ocr_command(tmp_path):
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(img).text((20, 20), "VGS(th) 2.1 V", fill="black")  # pixels, not text
    scan = tmp_path / "scan.pdf"
    img.save(scan, "PDF", resolution=72.0, save_all=True, append_images=[img.copy()])
    pages, count = table_pages(scan)
    assert (pages, count) == ([1, 2], 2)  # no text anywhere: every page goes on, so the reader speaks for the whole file
    with pytest.raises(InputError) as exc:
        read_pdf(scan)
    msg = str(exc.value)
    assert "\n" not in msg and "no text layer" in msg and "ocrmypdf in.pdf out.pdf" in msg


def test_a_file_pdfium_cannot_open_is_left_to_the_reader(tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("not a pdf at all")
    assert table_pages(bad) is None
    with pytest.raises(InputError, match="not a PDF"):
        read_pdf(bad)
