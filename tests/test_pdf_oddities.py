"""PDFs that are odd but readable, or unreadable for a reason worth saying: junk before the header, a
lost header, a damaged cross-reference that qpdf repairs, Brotli streams, real encryption."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fpdf import FPDF

from foia.ingest import IngestError, ingest_bytes, sniff_media_type
from tests.pdfs import PdfPage, write_pdf, write_text_pdf
from tests.test_hostile_inputs import page_pdf

TEXT = "Invoice: the county pays Clearview AI $2,000 per month"


@pytest.fixture(scope="module")
def plain_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return write_text_pdf(tmp_path_factory.mktemp("pdf") / "plain.pdf", [TEXT]).read_bytes()


def test_junk_before_the_header_is_skipped_as_poppler_does(plain_pdf: bytes) -> None:
    """A mail gateway's banner of 2 KB before %PDF-: PDFium looks for the header in the first
    kilobyte only; the offsets count from the header, so the file reads from there."""
    data = b"X-Scanned-By: county mail gateway, no threats found\r\n" * 40 + plain_pdf
    assert data.index(b"%PDF-") > 1024
    assert sniff_media_type(data[:65536], "release.pdf") == "application/pdf"
    (page,) = ingest_bytes(data, "release.pdf").pages
    assert TEXT in page.text


def test_pdf_without_its_header_line_is_repaired_by_qpdf() -> None:
    data = page_pdf(text=TEXT.encode()).replace(b"%PDF-1.4\n", b"%\xe2\xe3\xcf\xd3\xe4\xe5\xe6\n", 1)  # same length
    assert b"%PDF-" not in data and sniff_media_type(data, "x") == "application/pdf"
    (page,) = ingest_bytes(data, "headless.pdf").pages
    assert TEXT in page.text


def test_cross_reference_table_pointing_nowhere_is_read() -> None:
    data = page_pdf(text=TEXT.encode())
    broken = re.sub(rb"\d{10} 00000 n", b"0000099999 00000 n", data)
    (page,) = ingest_bytes(broken, "broken-xref.pdf").pages
    assert TEXT in page.text


def test_brotli_compressed_pdf_is_reported_as_such_not_as_success() -> None:
    data = (b"%PDF-2.0\n1 0 obj\n<< /Type /XRef /Size 2 /W [1 2 1] /Filter /BrotliDecode /Length 12 >>\nstream\n"
            b"\x8b\x02\x80\x00\x01\x02\x03\x04\x05\x06\x07\x08\nendstream\nendobj\nstartxref\n9\n%%EOF\n")
    with pytest.raises(IngestError, match=r"Brotli \(/BrotliDecode"):
        ingest_bytes(data, "brotli.pdf")


def test_unparseable_pdf_gets_a_reason_a_reader_can_use() -> None:
    with pytest.raises(IngestError) as caught:
        ingest_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64, "garbage.pdf")
    assert str(caught.value) == "unreadable PDF (data format error; qpdf could not repair it either)"
    assert "success" not in str(caught.value)


def test_pdf_with_a_real_password_is_still_refused_as_encrypted(tmp_path: Path) -> None:
    data = write_pdf(tmp_path / "secret.pdf", [PdfPage("secret text")], user_password="hunter2").read_bytes()
    with pytest.raises(IngestError, match=r"encrypted PDF \(needs a password; an empty one was tried\)"):
        ingest_bytes(data, "secret.pdf")


def test_pdf_encrypted_with_an_empty_user_password_opens() -> None:
    """Permissions-only encryption (an owner password, an empty user password) is no lock for a reader."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(text=TEXT)
    pdf.set_encryption(owner_password="county-records-owner", user_password="")
    data = bytes(pdf.output())
    assert b"/Encrypt" in data
    (page,) = ingest_bytes(data, "owner-only.pdf").pages
    assert "Clearview AI" in page.text


def test_pdf_cut_short_fails_as_truncated_instead_of_importing_what_qpdf_rebuilds(plain_pdf: bytes) -> None:
    with pytest.raises(IngestError, match=r"truncated PDF \(no end-of-file marker"):
        ingest_bytes(plain_pdf[: len(plain_pdf) // 2], "partial.pdf")


def test_repaired_pdf_says_so_on_its_pages(plain_pdf: bytes) -> None:
    data = page_pdf(text=TEXT.encode()).replace(b"%PDF-1.4\n", b"%\xe2\xe3\xcf\xd3\xe4\xe5\xe6\n", 1)
    (page,) = ingest_bytes(data, "headless.pdf").pages
    assert page.problem == "read after qpdf repaired the file (PDFium: data format error)"
    (clean,) = ingest_bytes(plain_pdf, "plain.pdf").pages
    assert clean.problem is None
