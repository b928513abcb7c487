"""Reading real PDFs: corpus datasheets, page/section selection, and every kind of bad input."""

import json
from importlib import resources
from pathlib import Path

import pytest

from chipsmith.core.errors import InputError
from chipsmith.tools.datasheet_tables import extract_document
from chipsmith.tools.pdf_reader import parse_pages, read_pdf

DATA = Path(__file__).parents[1] / "data" / "datasheet"


def corpus(name: str) -> Path:
    return Path(str(resources.files("chipsmith.evals").joinpath("data", "datasheets", f"{name}.pdf")))


def _truth(name: str) -> dict:
    return json.loads(corpus(name).with_suffix(".json").read_text())


def test_two_column_page_reads_column_by_column_and_finds_sections():
    doc = read_pdf(corpus("mosfet_two_column_0"))
    assert doc.pages[0].columns == 2
    titles = [s.title for s in doc.sections]
    assert "Absolute Maximum Ratings" in titles and "Electrical Characteristics" in titles
    text = doc.text()
    # the description (left column) is read as whole sentences, not interleaved with the right column
    assert "Forward transconductance is typically" in text.replace("\n", " ")
    assert all(t.section for t in doc.tables())


@pytest.mark.parametrize("name", ["diode_merged_rows_0", "mosfet_multipage_0", "opamp_controws_0", "bjt_booktabs_0"])
def test_extraction_matches_ground_truth_with_citations(name):
    truth = _truth(name)
    doc = read_pdf(corpus(name))
    best = extract_document(doc).best()
    for canon, rec in truth["parameters"].items():
        p = best[canon]
        for k in ("min", "typ", "max"):
            assert (getattr(p, k) is None) == (rec[k] is None), (canon, k)
            if rec[k] is not None:
                assert getattr(p, k) == pytest.approx(rec[k], rel=1e-6), (canon, k)
        assert p.unit == rec["unit"]
        assert 1 <= p.page <= doc.page_count and p.source


def test_page_and_section_selection():
    doc = read_pdf(corpus("mosfet_multipage_0"), pages="2")
    assert [p.number for p in doc.pages] == [2] and doc.page_count >= 2
    doc = read_pdf(corpus("mosfet_grid_0"), sections=["thermal"])
    assert {t.section for t in doc.tables()} == {"Thermal Characteristics"}
    assert parse_pages("1-3,5", 6) == [1, 2, 3, 5]
    with pytest.raises(InputError, match="outside 1-2"):
        parse_pages("3", 2)
    with pytest.raises(InputError, match="no section matches"):
        read_pdf(corpus("mosfet_grid_0"), sections=["ordering"])


def test_scanned_pdf_without_text_layer_stops(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 400, 600, fill=1)  # a page with marks but no text, as a scanner makes
    c.showPage()
    c.save()
    with pytest.raises(InputError, match="no text layer.*OCR"):
        read_pdf(path)


def test_encrypted_pdf_gives_a_clear_error(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=0, strength=128)
    c = canvas.Canvas(str(path), encrypt=enc)
    c.drawString(100, 700, "Forward Voltage VF 0.5 V")
    c.save()
    with pytest.raises(InputError, match="encrypted"):
        read_pdf(path)


def test_corrupt_and_non_pdf_inputs(tmp_path):
    with pytest.raises(InputError, match="damaged"):
        read_pdf(DATA / "truncated.pdf")
    with pytest.raises(InputError, match="not a PDF"):
        read_pdf(DATA / "notes.txt")
    with pytest.raises(InputError, match="no such file"):
        read_pdf(tmp_path / "missing.pdf")


def test_long_documents_are_capped_unless_pages_are_named():
    doc = read_pdf(corpus("mosfet_multipage_0"), max_pages=1)
    assert doc.truncated and [p.number for p in doc.pages] == [1] and doc.page_count >= 2
    doc = read_pdf(corpus("mosfet_multipage_0"), pages="2", max_pages=1)
    assert not doc.truncated and [p.number for p in doc.pages] == [2]
