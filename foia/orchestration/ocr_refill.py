"""`foia ocr`: OCR the pages stored as needing it, re-reading each document from its file."""

from __future__ import annotations

import json

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from foia.aliases import gazetteer_for
from foia.analysis import analyse
from foia.db import transaction
from foia.errors import MissingToolError
from foia.extract.entities import Gazetteer
from foia.ingest import reason_of, PageText, ReadOptions
from foia.ingest.ocr import OcrSettings, tesseract_path
from foia.models import Document, Page
from foia.orchestration.files import FileOutcome, ImportReport, file_info
from foia.orchestration.options import Progress
from foia.orchestration.process import process_file
from foia.processed import ProcessedDocument
from foia.store import refill_pages


class OcrUnavailable(MissingToolError):
    """Tesseract is not installed, so there is nothing `foia ocr` can do."""


def require_tesseract() -> None:
    """Raise OcrUnavailable unless Tesseract is installed: without it `foia ocr` can do nothing."""
    if tesseract_path() is None:
        raise OcrUnavailable("tesseract is not installed: install it (Debian: apt-get install tesseract-ocr) "
                             "and run `foia ocr` again")


def fill_ocr(engine: Engine, *, parallel_pages: int = 1, progress: Progress | None = None) -> ImportReport:
    """OCR the pages stored as needing it, re-reading each document from the file it was imported
    from, and re-run splitting and extraction for those documents, one transaction per document."""
    require_tesseract()
    progress = progress or Progress()
    with transaction(engine) as session:
        waiting = select(Page.document_id).where(Page.needs_ocr.is_(True))
        document_ids = session.scalars(
            select(Document.id).where(Document.status == "imported", Document.id.in_(waiting)).order_by(Document.id)
        ).all()
        gazetteer = gazetteer_for(session)
    read = ReadOptions(ocr=OcrSettings(mode="auto", parallel_pages=parallel_pages), on_pages=progress.on_pages)
    report = ImportReport()
    for document_id in document_ids:
        try:
            outcome = _fill_document(engine, document_id, gazetteer, read)
        except Exception as exc:  # noqa: BLE001 - one document that cannot be re-read must not stop the rest
            outcome = FileOutcome(Path(f"document {document_id}"), "failed", f"OCR fill failed ({reason_of(exc)})")
        report.outcomes.append(outcome)
        if progress.on_file:
            progress.on_file(outcome)
    return report


def _find(processed: ProcessedDocument, sha256: str) -> ProcessedDocument | None:
    if processed.info.sha256 == sha256:
        return processed
    return next((found for _, _, child in processed.children if (found := _find(child, sha256))), None)


def _stored_page(page: Page) -> PageText:
    return PageText(number=page.number, text=page.text, text_source=page.text_source, ocr_confidence=page.ocr_confidence,
                    needs_ocr=page.needs_ocr, bates=page.bates, problem=page.problem,
                    redactions={r.code: r.count for r in page.redactions},
                    tables=json.loads(page.tables) if page.tables else [])


@dataclass(frozen=True)
class _Stored:
    """What `foia ocr` needs of a stored document: where its file is and the pages it has now."""

    sha256: str
    root_sha256: str  # the file imported (the document itself, or the email that carried it)
    source: Path
    label: str  # "" for a file, "attachment NAME: " for an attachment, to start a failure reason
    pages: list[PageText]


def _stored(engine: Engine, document_id: int) -> _Stored:
    with transaction(engine) as session:
        document = session.get_one(Document, document_id)
        root = document
        while root.parent_id is not None:
            root = session.get_one(Document, root.parent_id)
        return _Stored(
            sha256=document.sha256, root_sha256=root.sha256, source=Path(root.source_path or root.file_name),
            label="" if root is document else f"attachment {document.file_name}: ",
            pages=[_stored_page(page) for page in document.pages],
        )


def _read_again(stored: _Stored, gazetteer: Gazetteer, read: ReadOptions) -> ProcessedDocument | str:
    """The document read again from its file, or why it cannot be."""
    if not stored.source.is_file():
        return "source file not found; import it again from where it is now"
    info = file_info(stored.source)
    if info.sha256 != stored.root_sha256:
        return "source file changed since it was imported"
    node = _find(process_file(stored.source, info, gazetteer, read), stored.sha256)
    if node is None or node.ingested is None:
        return f"cannot be read again ({node.failure if node else 'not found'})"
    return node


def _fill_document(engine: Engine, document_id: int, gazetteer: Gazetteer, read: ReadOptions) -> FileOutcome:
    stored = _stored(engine, document_id)
    node = _read_again(stored, gazetteer, read)
    if isinstance(node, str):
        return FileOutcome(stored.source, "failed", stored.label + node)
    assert node.ingested is not None
    fresh = {page.number: page for page in node.ingested.pages}
    filled = [fresh[page.number] for page in stored.pages if page.needs_ocr and page.number in fresh]
    merged = [fresh[page.number] if page.needs_ocr and page.number in fresh else page for page in stored.pages]
    analysis = analyse(merged, gazetteer, node.ingested.messages)
    with transaction(engine) as session:
        refill_pages(session, session.get_one(Document, document_id), filled, analysis,
                     replace_messages=node.ingested.messages is None)
    still = sum(1 for page in filled if page.needs_ocr)
    reason = f"{still} page(s) could not be OCR'd" if still else None
    return FileOutcome(stored.source, "failed" if still else "imported", reason, pages=len(filled) - still)
