"""Reading stored documents again from their originals in the archive: `foia ocr` (pages stored as
needing OCR) and `foia reextract --reread` (every page, after a reader upgrade, and failed files
tried again). Every document, attachments and archive members included, is read from its own
archived original, never from where it was imported or out of its parent.

Each document is redone in its own transaction with foia.store.refill_pages: its pages rewritten
(matched by number), its messages re-split when they came from page text, its unreviewed facts
replaced; reviewed facts stay, flagged for another look when their quote moved."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia import EXTRACTOR_VERSION
from foia.aliases import gazetteer_for
from foia.analysis import analyse
from foia.archive import Archive, OriginalCorrupt, OriginalMissing
from foia.db import transaction
from foia.extract.entities import Gazetteer
from foia.ingest import IngestedDocument, IngestError, PageText, ReadOptions, ingest_file
from foia.models import Agency, Document, Page, Request
from foia.orchestration.files import FileOutcome, ImportReport
from foia.orchestration.options import ImportOptions, Progress
from foia.orchestration.process import process_file
from foia.orchestration.storing import store_file
from foia.originals import original_file
from foia.processed import FileInfo
from foia.store import refill_pages


@dataclass(frozen=True)
class StoredDocument:
    """What reading a stored document again needs: its identity and the pages it has now."""

    id: int
    file_name: str
    sha256: str
    label: str  # how failures name it: the file name, or "attachment NAME"


def stored_document(document: Document) -> StoredDocument:
    label = document.file_name if document.parent_id is None else f"attachment {document.file_name}"
    return StoredDocument(document.id, document.file_name, document.sha256, label)


def read_again(archive: Archive, document: StoredDocument, read: ReadOptions) -> IngestedDocument | str:
    """The document read again from its archived original, or why it cannot be (not in the archive,
    damaged, no longer readable). An archive that cannot be reached at all raises ArchiveError."""
    try:
        with original_file(archive, document.id, document.file_name, document.sha256) as path:
            return ingest_file(path, read, document.file_name)
    except (OriginalMissing, OriginalCorrupt) as exc:
        return str(exc)
    except IngestError as exc:
        return f"cannot be read again ({exc})"


def refill(engine: Engine, document_id: int, fresh: list[PageText], ingested: IngestedDocument,
           gazetteer: Gazetteer, *, all_pages: bool) -> None:
    """Store pages read again, with the analysis of the document's pages as they now stand."""
    with transaction(engine) as session:
        document = session.get_one(Document, document_id)
        by_number = {page.number: page for page in fresh}
        merged = [by_number.get(page.number) or stored_page(page) for page in document.pages]
        refill_pages(session, document, fresh, analyse(merged, gazetteer, ingested.messages),
                     replace_messages=ingested.messages is None)
        if all_pages:
            document.extractor_version = EXTRACTOR_VERSION


def stored_page(page: Page) -> PageText:
    """A stored page as the pages stage hands it on (for analysing a document whose pages are only
    partly read again)."""
    return PageText(number=page.number, text=page.text, text_source=page.text_source, ocr_confidence=page.ocr_confidence,
                    needs_ocr=page.needs_ocr, bates=page.bates, problem=page.problem,
                    redactions={r.code: r.count for r in page.redactions},
                    tables=json.loads(page.tables) if page.tables else [])


def reread(engine: Engine, archive: Archive, *, read: ReadOptions, timeout: float | None = None,
           progress: Progress | None = None) -> ImportReport:
    """`foia reextract --reread`: every imported document read again from its original (pages, OCR
    where needed, tables, messages, facts), then every failed file imported again from its original,
    as `foia import` would (an upgrade may read what an older foia could not)."""
    progress = progress or Progress()
    report = ImportReport()
    with Session(engine) as session:
        imported = [stored_document(d) for d in session.scalars(
            select(Document).where(Document.status == "imported", Document.page_count.is_not(None)).order_by(Document.id))]
        failed = session.scalars(select(Document.id).where(Document.status == "failed", Document.parent_id.is_(None))
                                 .order_by(Document.id)).all()
        gazetteer = gazetteer_for(session)
    for document in imported:
        _tell(progress, report, _reread_document(engine, archive, document, gazetteer, read))
    for outcome in _retry_failed(engine, archive, failed, gazetteer, read, timeout):
        _tell(progress, report, outcome)
    return report


def _tell(progress: Progress, report: ImportReport, outcome: FileOutcome) -> None:
    report.outcomes.append(outcome)
    if progress.on_file:
        progress.on_file(outcome)


def _reread_document(engine: Engine, archive: Archive, document: StoredDocument, gazetteer: Gazetteer,
                     read: ReadOptions) -> FileOutcome:
    ingested = read_again(archive, document, read)
    if isinstance(ingested, str):
        return FileOutcome(Path(document.file_name), "failed", ingested)
    with Session(engine) as session:
        stored = session.scalar(select(Document.page_count).where(Document.id == document.id))
    if stored != len(ingested.pages):
        return FileOutcome(Path(document.file_name), "failed", f"read again, it has {len(ingested.pages)} pages where "
                           f"{stored} are stored; left as it was (import the file again as a new document)")
    refill(engine, document.id, ingested.pages, ingested, gazetteer, all_pages=True)
    return FileOutcome(Path(document.file_name), "imported", pages=len(ingested.pages))


def _retry_failed(engine: Engine, archive: Archive, document_ids: Iterable[int], gazetteer: Gazetteer,
                  read: ReadOptions, timeout: float | None) -> Iterable[FileOutcome]:
    """Failed files whose original is in the archive, imported again (with their request and agency)."""
    for document_id in document_ids:
        with Session(engine) as session:
            document = session.get_one(Document, document_id)
            info = FileInfo(document.file_name, document.source_path or document.file_name, document.sha256,
                            document.size_bytes)
            request = session.get(Request, document.request_id) if document.request_id else None
            agency = session.get(Agency, document.agency_id) if document.agency_id else None
            options = ImportOptions(agency=agency.name if agency else None, request=request.reference if request else None,
                                    ocr=read.ocr, timeout=timeout, archive=archive.location)
        if not archive.has(info.sha256):
            continue  # refused before reading (too large), or imported before the archive: nothing to read
        try:
            with original_file(archive, document_id, info.name, info.sha256) as path:
                processed = process_file(path, info, gazetteer, read, timeout, archive)
        except (OriginalMissing, OriginalCorrupt) as exc:
            yield FileOutcome(Path(info.name), "failed", str(exc))
            continue
        yield store_file(engine, Path(info.name), processed, options)

