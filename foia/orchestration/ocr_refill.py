"""`foia ocr`: OCR the pages stored as needing it, reading each document again from its original in
the archive of originals (foia.orchestration.reread)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.aliases import gazetteer_for
from foia.archive import Archive, ArchiveError, archive_for
from foia.errors import MissingToolError
from foia.extract.entities import Gazetteer
from foia.ingest import ReadOptions, reason_of
from foia.ingest.ocr import OcrSettings, tesseract_path
from foia.models import Document, Page
from foia.orchestration.files import FileOutcome, ImportReport
from foia.orchestration.options import Progress
from foia.orchestration.reread import StoredDocument, read_again, refill, stored_document


class OcrUnavailable(MissingToolError):
    """Tesseract is not installed, so there is nothing `foia ocr` can do."""


def require_tesseract() -> None:
    """Raise OcrUnavailable unless Tesseract is installed: without it `foia ocr` can do nothing."""
    if tesseract_path() is None:
        raise OcrUnavailable("tesseract is not installed: install it (Debian: apt-get install tesseract-ocr) "
                             "and run `foia ocr` again")


def fill_ocr(engine: Engine, *, parallel_pages: int = 1, progress: Progress | None = None,
             archive: Archive | None = None) -> ImportReport:
    """OCR the pages stored as needing it, reading each document again from its original in the
    archive, and re-run splitting and extraction for those documents, one transaction per document."""
    require_tesseract()
    archive = archive or archive_for(engine)
    progress = progress or Progress()
    with Session(engine) as session:
        waiting = select(Page.document_id).where(Page.needs_ocr.is_(True))
        documents = [stored_document(document) for document in session.scalars(
            select(Document).where(Document.status == "imported", Document.id.in_(waiting)).order_by(Document.id))]
        gazetteer = gazetteer_for(session)
    read = ReadOptions(ocr=OcrSettings(mode="auto", parallel_pages=parallel_pages), on_pages=progress.on_pages)
    report = ImportReport()
    for document in documents:
        try:
            outcome = _fill_document(engine, archive, document, gazetteer, read)
        except ArchiveError:
            raise  # the archive cannot be reached: no document can be read, say so once
        except Exception as exc:  # noqa: BLE001 - one document that cannot be read again must not stop the rest
            outcome = FileOutcome(Path(document.label), "failed", f"OCR fill failed ({reason_of(exc)})")
        report.outcomes.append(outcome)
        if progress.on_file:
            progress.on_file(outcome)
    return report


def _fill_document(engine: Engine, archive: Archive, document: StoredDocument, gazetteer: Gazetteer,
                   read: ReadOptions) -> FileOutcome:
    ingested = read_again(archive, document, read)
    if isinstance(ingested, str):
        return FileOutcome(Path(document.label), "failed", ingested)
    with Session(engine) as session:
        waiting = set(session.scalars(select(Page.number).where(Page.document_id == document.id, Page.needs_ocr.is_(True))))
    filled = [page for page in ingested.pages if page.number in waiting]
    refill(engine, document.id, filled, ingested, gazetteer, all_pages=False)
    still = sum(1 for page in filled if page.needs_ocr)
    reason = f"{still} page(s) could not be OCR'd" if still else None
    return FileOutcome(Path(document.label), "failed" if still else "imported", reason, pages=len(filled) - still)
