"""The ingest registry and the pages stage: each handler scores a file's head and the best one reads
it; every document, whatever its format, then goes through the pages stage, so redactions in native
email are recorded as in PDFs."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.ingest import (
    EMBEDDED_MAGIC,
    MAGIC_AT_START,
    NOT_THIS_FORMAT,
    Handler,
    ingest_bytes,
    ingest_file,
    sniff_media_type,
)
from foia.ingest.pdf import PdfHandler
from foia.ingest.zip_archive import ZipHandler
from foia.models import Document, Page, Redaction
from foia.redactions import REDACTED
from tests.cli import csv_rows, run
from tests.pdfs import write_text_pdf

WITHHELD_BODY = """Dana,
The analyst who ran the searches was (b)(6).
Her direct line: [REDACTED]
The contract itself is public under the state records act.
"""


def _withholding_email() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Records Unit <records@co.example.gov>"
    message["To"] = "Dana Reyes <dreyes@news.example.org>"
    message["Subject"] = "Released: search log"
    message["Date"] = "Tue, 06 Mar 2018 09:14:00 -0800"
    message["Message-ID"] = "<release-7@co.example.gov>"
    message.set_content(WITHHELD_BODY)
    return message


def test_redactions_in_a_native_email_are_recorded_by_the_pages_stage() -> None:
    (page,) = ingest_bytes(bytes(_withholding_email()), "release.eml").pages
    assert page.redactions == {"(b)(6)": 1, REDACTED: 1}
    assert page.text.endswith("The contract itself is public under the state records act.")  # no cleanup of email


def test_an_imported_eml_records_its_redactions_and_lists_them(db_url: str, engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "release.eml"
    path.write_bytes(bytes(_withholding_email()))
    assert run(db_url, "import", str(path), "--workers", "1").exit_code == 0
    with Session(engine) as session:
        stored = session.execute(
            select(Document.file_name, Page.number, Redaction.code, Redaction.count)
            .join(Page, Redaction.page_id == Page.id).join(Document, Page.document_id == Document.id)
            .order_by(Redaction.code)
        ).all()
    assert [tuple(row) for row in stored] == [("release.eml", 1, "(b)(6)", 1), ("release.eml", 1, REDACTED, 1)]
    listed = run(db_url, "redactions", "--format", "csv")
    assert listed.exit_code == 0, listed.output
    assert [(r["document"], r["code"], r["count"]) for r in csv_rows(listed.stdout)] == [
        ("release.eml", "(b)(6)", "1"), ("release.eml", REDACTED, "1"),
    ]


def test_pdf_magic_at_byte_zero_outscores_magic_later_in_the_head(tmp_path: Path) -> None:
    pdf = write_text_pdf(tmp_path / "quote.pdf", ["Quote for the sheriff: $1,200 per month."]).read_bytes()
    handler = PdfHandler()
    assert handler.score(pdf[:4096], "quote.pdf") == MAGIC_AT_START
    assert handler.score(b"scanner junk\r\n" + pdf[:4096], "quote.pdf") == EMBEDDED_MAGIC
    stored_zip = b"PK\x03\x04" + b"\0" * 2000 + pdf[:100]  # a zip storing a PDF uncompressed
    assert handler.score(stored_zip, "quote.pdf") == EMBEDDED_MAGIC < ZipHandler().score(stored_zip, "quote.pdf")
    assert handler.score(b"plain text, no PDF here", "quote.pdf") == NOT_THIS_FORMAT
    # A PDF behind a few bytes of junk is still read as a PDF ...
    assert ingest_bytes(b"scanner junk\r\n" + pdf, "quote.pdf").media_type == "application/pdf"


def test_an_email_quoting_pdf_magic_in_its_first_kilobyte_is_read_as_email() -> None:
    # ... but an email whose body quotes "%PDF-" early is an email: its headers are stronger evidence.
    message = _withholding_email()
    message.set_content("The attachment begins %PDF-1.7 and was cut off by the mail gateway.\n")
    data = bytes(message)
    assert b"%PDF-" in data[:1024]
    assert sniff_media_type(data[:4096], "forwarded.txt") == "message/rfc822"
    assert ingest_bytes(data, "forwarded.txt").media_type == "message/rfc822"


def test_a_printed_pdf_still_loses_its_furniture_and_keeps_its_bates(tmp_path: Path) -> None:
    pages = [f"Page {n} of the sheriff's quote: $1,200 per month for the pilot, invoice {n}." for n in range(1, 5)]
    path = write_text_pdf(tmp_path / "quote.pdf", pages, footer="CEDAR {page:06d}")
    document = ingest_file(path)
    assert [page.bates for page in document.pages] == [f"CEDAR {n:06d}" for n in range(1, 5)]
    assert all("CEDAR" not in page.text for page in document.pages)


def test_every_registered_handler_declares_what_it_reads() -> None:
    from foia.ingest import handlers

    registered = handlers()
    assert all(isinstance(handler, Handler) for handler in registered)
    assert len({handler.media_type for handler in registered}) == len(registered)
    assert all(handler.description for handler in registered)
