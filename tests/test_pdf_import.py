"""`foia import` of generated releases: text-layer, scanned (real Tesseract), mixed and broken PDFs,
asserting on the pages, redactions and documents stored on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from fpdf import FPDF
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.archive import archive_for
from foia.ingest import ingest_file
from foia.models import Cost, Document, Message, Page, Redaction
from tests.cli import run
from tests.pdfs import PdfPage, write_pdf, write_text_pdf

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract binary")

QUOTE_PAGE = (
    "From: Dana Ortiz <dortiz@pinal.example.gov>\n"
    "Sent: Monday, May 7, 2018 10:02 AM\n"
    "To: Lee Park <lpark@vendor.example>\n"
    "Subject: Face search renewal\n\n"
    "Lee, the county accepts the renewal at $18,500 a year for the face search module."
)
SCANNED_REPLY = (
    "From: Lee Park <lpark@vendor.example>\n"
    "Sent: Tuesday, May 8, 2018 9:30 AM\n"
    "To: Dana Ortiz <dortiz@pinal.example.gov>\n"
    "Subject: RE: Face search renewal\n\n"
    "Thank you. Training for four detectives costs $2,400."
)
REDACTED_PAGE = (
    "Requester: (b)(6)\n"
    "Case number: (b)(7)(C)\n"
    "Records were withheld pursuant to 5 U.S.C. 552(b)(1) where classified.\n"
    "Photo array prepared by [REDACTED] on the date of arrest."
)



def stored_pages(engine: Engine, file_name: str) -> list[Page]:
    with Session(engine) as session:
        document = session.scalars(select(Document).where(Document.file_name == file_name)).one()
        pages = list(document.pages)
        for page in pages:
            page.redactions  # noqa: B018 - load before the session closes
        return pages


@needs_tesseract
def test_mixed_release_reads_layer_pages_ocrs_scans_and_counts_redactions(db_url: str, engine: Engine, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "pinal-release.pdf", [
        PdfPage(QUOTE_PAGE, stamp="PCSO 000101"),
        PdfPage(SCANNED_REPLY, scanned=True, stamp="PCSO 000102", boxes=((120, 150, 50, 7),)),
        PdfPage(REDACTED_PAGE, stamp="PCSO 000103", boxes=((30, 40, 45, 6), (30, 70, 60, 6))),
    ])
    result = run(db_url, "import", str(pdf), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert "imported 1" in result.stderr

    first, scanned, redacted = stored_pages(engine, "pinal-release.pdf")
    assert (first.text_source, first.needs_ocr, first.bates, first.ocr_confidence) == ("layer", False, "PCSO 000101", None)
    assert "PCSO" not in first.text
    assert (scanned.text_source, scanned.needs_ocr, scanned.bates) == ("ocr", False, "PCSO 000102")
    assert scanned.ocr_confidence is not None and scanned.ocr_confidence > 80
    assert "Training for four detectives costs $2,400." in scanned.text
    assert {(r.code, r.count) for r in scanned.redactions} == {("black box", 1)}
    assert {(r.code, r.count) for r in redacted.redactions} == {
        ("(b)(6)", 1), ("(b)(7)(C)", 1), ("[REDACTED]", 1), ("black box", 2),
    }

    with Session(engine) as session:
        amounts = {(cost.quote, session.get(Page, cost.page_id).number) for cost in session.scalars(select(Cost))}
        senders = [m.sender_address for m in session.scalars(select(Message).order_by(Message.position))]
    assert ("$2,400", 2) in amounts
    assert senders == ["dortiz@pinal.example.gov", "lpark@vendor.example"]


@needs_tesseract
def test_ocr_never_stores_scans_as_needing_ocr_and_foia_ocr_fills_them(db_url: str, engine: Engine, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "scan.pdf", [PdfPage(QUOTE_PAGE, stamp="PCSO 000101"),
                                            PdfPage(SCANNED_REPLY, scanned=True, stamp="PCSO 000102", text_stamp=True)])
    assert run(db_url, "import", str(pdf), "--ocr", "never").exit_code == 0
    _, waiting = stored_pages(engine, "scan.pdf")
    assert (waiting.text_source, waiting.needs_ocr, waiting.text, waiting.bates) == ("none", True, "", "PCSO 000102")

    result = run(db_url, "ocr")
    assert result.exit_code == 0, result.output
    assert "OCR'd 1 page in 1 document, failed 0" in result.stderr
    _, filled = stored_pages(engine, "scan.pdf")
    assert (filled.text_source, filled.needs_ocr, filled.bates) == ("ocr", False, "PCSO 000102")
    with Session(engine) as session:
        quotes = {cost.quote for cost in session.scalars(select(Cost))}
        messages = session.scalars(select(Message)).all()
    assert {"$18,500 a year", "$2,400"} <= quotes
    assert len(messages) == 2


def test_without_tesseract_one_warning_and_pages_wait_for_ocr(db_url: str, engine: Engine, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    release = tmp_path / "release"
    for name in ("a.pdf", "b.pdf"):
        write_pdf(release / name, [PdfPage(f"{name} cover letter for the released records, see attached scans."),
                                   PdfPage(SCANNED_REPLY + f"\n{name}", scanned=True)])
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools-here"))
    result = run(db_url, "import", str(release), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("tesseract is not installed") == 1
    for name in ("a.pdf", "b.pdf"):
        cover, scan = stored_pages(engine, name)
        assert (cover.text_source, cover.needs_ocr) == ("layer", False)
        assert (scan.text_source, scan.needs_ocr) == ("none", True)
    ocr = run(db_url, "ocr")
    assert ocr.exit_code == 2
    assert ocr.stderr.startswith("error: tesseract is not installed")


def test_encrypted_oversized_and_misnamed_files_get_one_line_each(db_url: str, engine: Engine, tmp_path: Path) -> None:
    release = tmp_path / "release"
    write_pdf(release / "locked.pdf", [PdfPage("Sealed contract pages for the face recognition pilot.")], user_password="s3cret")
    big = write_text_pdf(release / "big-scan-bundle.pdf", [f"Quote page {n}. " * 400 for n in range(30)])
    write_text_pdf(release / "quote-as-text.txt", ["The annual license for the face search module is $9,800."])
    (release / "notes.pdf").write_text("Meeting notes typed into a text file and saved with a .pdf name.\n")
    (release / "zero.pdf").write_bytes(b"")

    limit = big.stat().st_size - 1
    assert all(path.stat().st_size < limit for path in release.iterdir() if path != big)
    result = run(db_url, "import", str(release), "--max-file-size", str(limit / 1e6), "--workers", "2")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    failures = sorted(line for line in result.stderr.splitlines() if line.startswith("failed"))
    assert len(failures) == 4, result.stderr
    assert "big-scan-bundle.pdf: file too large" in failures[0]
    assert "locked.pdf: encrypted PDF (needs a password; an empty one was tried)" in failures[1]
    assert "notes.pdf: not a supported format" in failures[2]
    assert "zero.pdf: empty file (0 bytes)" in failures[3]
    assert "imported 1, duplicates skipped 0, failed 4" in result.stderr
    with Session(engine) as session:
        documents = {d.file_name: (d.status, d.error) for d in session.scalars(select(Document))}
    assert documents["quote-as-text.txt"] == ("imported", None)
    assert {name for name, (status, _) in documents.items() if status == "failed"} == {
        "big-scan-bundle.pdf", "locked.pdf", "notes.pdf", "zero.pdf"}


def test_worker_processes_import_every_file_once_and_skip_duplicates(db_url: str, engine: Engine, tmp_path: Path) -> None:
    release = tmp_path / "release"
    for number in range(6):
        write_text_pdf(release / f"part-{number}.pdf", [QUOTE_PAGE.replace("$18,500", f"${18_500 + number}")] * 3,
                       footer="PCSO {page:06d}")
    (release / "second-copy-of-part-0.pdf").write_bytes((release / "part-0.pdf").read_bytes())
    result = run(db_url, "import", str(release), "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "imported 6, duplicates skipped 1, failed 0 (18 pages)" in result.stderr
    with Session(engine) as session:
        documents = session.scalars(select(Document)).all()
        assert sorted(d.file_name for d in documents) == [f"part-{n}.pdf" for n in range(6)]
        assert all(d.page_count == 3 and len(d.pages) == 3 for d in documents)
        assert session.scalars(select(Page.bates).order_by(Page.bates).limit(1)).one() == "PCSO 000001"
        assert len(session.scalars(select(Redaction)).all()) == 0


def test_a_black_box_drawn_over_live_text_is_flagged(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "leaky.pdf", [PdfPage(
        "Detective Sam Ruiz ran 40 searches in March.\nThe vendor contact is listed in the contract.",
        boxes=((10, 19, 70, 6), (120, 150, 40, 8)),
    )])
    (page,) = ingest_file(pdf).pages
    assert page.redactions == {"black box": 2, "black box over text": 1}
    assert page.text.startswith("Detective Sam Ruiz ran 40 searches in March.")


@needs_tesseract
def test_foia_ocr_reads_originals_from_the_archive_after_the_files_are_gone(
        db_url: str, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = tmp_path / "release"
    write_pdf(release / "kept.pdf", [PdfPage(SCANNED_REPLY, scanned=True)])
    write_pdf(release / "lost.pdf", [PdfPage(SCANNED_REPLY + "\nSecond copy, filed again.", scanned=True)])
    monkeypatch.chdir(tmp_path)
    assert run(db_url, "import", "release", "--ocr", "never", "--workers", "1").exit_code == 0
    shutil.rmtree(release)  # the download folder was cleaned up
    with Session(engine) as session:
        lost_sha = session.scalars(select(Document.sha256).where(Document.file_name == "lost.pdf")).one()
    archive_for(engine).path(lost_sha).unlink()  # type: ignore[attr-defined]  # and one original is not archived

    result = run(db_url, "ocr")
    assert result.exit_code == 1
    assert "lost.pdf: document 2 (lost.pdf): its original is not in the archive" in result.stderr
    assert "foia archive backfill" in result.stderr
    assert "OCR'd 1 page in 1 document, failed 1" in result.stderr
    (kept,) = stored_pages(engine, "kept.pdf")
    (lost,) = stored_pages(engine, "lost.pdf")
    assert (kept.text_source, kept.needs_ocr) == ("ocr", False)
    assert (lost.text_source, lost.needs_ocr) == ("none", True)


def _no_tesseract_child_within(seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        children = subprocess.run(["pgrep", "-P", str(os.getpid()), "tesseract"], capture_output=True, text=True)
        if children.stdout == "":
            return True
        time.sleep(0.2)
    return False


@needs_tesseract
def test_the_time_limit_stops_ocr_already_under_way(tmp_path: Path) -> None:
    """One dense poster-sized page keeps Tesseract busy past its 120 s page limit; a file's --timeout
    must stop it rather than wait for it (it used to: a 3 s limit took 122 s)."""
    pdf = FPDF(unit="mm", format=(600, 600))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=7)
    for row in range(240):
        pdf.set_xy(5, 5 + row * 2.45)
        pdf.cell(text=f"Invoice {4400 + row} for the face search module, quantity 12 at $1,250.00, total $15,000.00; " * 3)
    pdf.output(str(tmp_path / "dense.pdf"))
    started = time.monotonic()
    result = run(f"sqlite:///{tmp_path / 'dense.db'}", "import", str(tmp_path / "dense.pdf"), "--ocr", "always",
                 "--workers", "1", "--timeout", "2")
    assert result.exit_code == 1 and "gave up after 2 s" in result.stderr
    assert time.monotonic() - started < 60
    assert _no_tesseract_child_within(10)  # killed, not left running (a killed child takes a moment to go)

