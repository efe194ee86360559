"""Which PDF pages go to OCR: those with too little text that carry a raster image or render as a page
of ink. An overflow page with only a footer stamp ("XCSO 000001") is an almost-empty page, not a scan
(a 600-page text release once sent every such page through Tesseract)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

import foia.ingest.pdf
from foia.ingest import ReadOptions, ingest_file
from foia.ingest.ocr import OcrSettings
from foia.ingest.pdf import has_usable_text
from tests.pdfs import FIXED_DATE, PdfPage, write_pdf, write_text_pdf

NEVER = ReadOptions(ocr=OcrSettings(mode="never"))


def test_footer_only_pages_are_not_taken_for_scans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = write_text_pdf(tmp_path / "overflow.pdf", ["Subject: Face search quote\n\nThe quote is attached.", "", ""],
                             footer="XCSO {page:06d}")

    def no_ocr(*args: object) -> object:
        raise AssertionError("a footer-only page went to OCR")

    monkeypatch.setattr(foia.ingest.pdf, "ocr_image", no_ocr)
    pages = ingest_file(release, ReadOptions()).pages
    assert [(page.needs_ocr, page.text_source, page.bates) for page in pages] == [
        (False, "layer", "XCSO 000001"), (False, "none", "XCSO 000002"), (False, "none", "XCSO 000003")]


def test_a_blank_page_is_no_scan(tmp_path: Path) -> None:
    release = write_text_pdf(tmp_path / "blank.pdf", ["Subject: Face search quote\n\nThe quote is attached.", ""])
    assert [page.needs_ocr for page in ingest_file(release, NEVER).pages] == [False, False]


def test_an_image_page_still_needs_ocr(tmp_path: Path) -> None:
    release = write_pdf(tmp_path / "scan.pdf", [PdfPage("The quote for the face search module is attached."),
                                                PdfPage("Training costs $2,400.", scanned=True, stamp="XCSO 000002"),
                                                PdfPage("Training costs $2,400.", scanned=True, stamp="XCSO 000003",
                                                        text_stamp=True)])
    assert [page.needs_ocr for page in ingest_file(release, NEVER).pages] == [False, True, True]


def test_text_drawn_as_outlines_still_needs_ocr(tmp_path: Path) -> None:
    """No text layer and no image, but the page renders as lines of ink (text converted to outlines)."""
    pdf = FPDF(format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(0)
    for line in range(40):
        for word in range(12):
            pdf.rect(20 + 15 * word, 20 + 6 * line, 11, 2.5, style="F")
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(pdf.w - 50, pdf.h - 15)
    pdf.cell(text="XCSO 000001")
    pdf.output(str(tmp_path / "outlines.pdf"))
    assert [page.needs_ocr for page in ingest_file(tmp_path / "outlines.pdf", NEVER).pages] == [True]


def test_usable_text_counts_letters_and_digits_besides_stamps() -> None:
    assert not has_usable_text("WCSO 000001\nPage 3 of 17\n- 4 -")
    assert not has_usable_text("WCSO 000001\n" + "a" * 10 + "\nPage 2\n" + "b" * 9)
    assert has_usable_text("WCSO 000001\n" + "a" * 10 + "\nPage 2\n" + "b" * 10)
    assert has_usable_text("Quote for the face search module\nWCSO 000001")
