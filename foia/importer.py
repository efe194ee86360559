"""The batch importer: walks the inputs, skips what is already stored, and imports each document
(with its attachments) in its own transaction, so a failure or a kill never leaves half a document
and the batch goes on.

Reading and analysing a file (`process_file`) is pure and touches no database; `store` writes."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from foia.analysis import Analysis, analyse
from foia.db import transaction
from foia.extract.entities import Gazetteer
from foia.ingest import SNIFF_BYTES, IngestedDocument, IngestError, ingest_bytes, ingest_file, sniff_media_type
from foia.store import FileInfo, imported_document, store_processed

# Operating-system droppings in released folders, never records.
IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
# Attachments inside attachments (a forwarded .eml holding a .msg holding a PDF) stop here.
MAX_ATTACHMENT_DEPTH = 3


@dataclass
class FileOutcome:
    path: Path
    status: str  # imported | duplicate | failed
    reason: str | None = None
    pages: int = 0


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "failed"]


@dataclass
class ProcessedDocument:
    """One file read and analysed, or the reason it could not be; attachments as children."""

    info: FileInfo
    media_type: str | None
    ingested: IngestedDocument | None = None
    analysis: Analysis | None = None
    failure: str | None = None
    # (position of the carrying message, attachment's display name, the attachment processed)
    children: list[tuple[int, str, ProcessedDocument]] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        own = len(self.ingested.pages) if self.ingested else 0
        return own + sum(child.page_count for _, _, child in self.children)


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path | FileOutcome]:
    """Files to import in a stable order; a path that does not exist comes back as a failed outcome."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower() not in IGNORED_NAMES:
                        yield Path(root) / name
        elif path.is_file():
            yield path
        else:
            yield FileOutcome(path, "failed", "no such file or directory")


def file_info(path: Path) -> FileInfo:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return FileInfo(name=path.name, source=str(path), sha256=digest.hexdigest(), size_bytes=path.stat().st_size)


def _analyse(info: FileInfo, read: Callable[[], IngestedDocument], media_type: str | None,
             gazetteer: Gazetteer, depth: int) -> ProcessedDocument:
    try:
        ingested = read()
    except IngestError as exc:
        return ProcessedDocument(info, media_type, failure=str(exc))
    processed = ProcessedDocument(
        info, ingested.media_type, ingested, analyse(ingested.pages, gazetteer, ingested.messages)
    )
    for attachment in ingested.attachments:
        child_info = FileInfo(
            name=attachment.file_name,
            source=f"{info.source}#{attachment.file_name}",
            sha256=hashlib.sha256(attachment.data).hexdigest(),
            size_bytes=len(attachment.data),
        )
        child_type = sniff_media_type(attachment.data[:SNIFF_BYTES], attachment.file_name)
        if depth >= MAX_ATTACHMENT_DEPTH:
            child = ProcessedDocument(child_info, child_type, failure=f"attachment nested deeper than {MAX_ATTACHMENT_DEPTH} levels")
        else:
            child = _analyse(child_info, lambda data=attachment.data, name=attachment.file_name: ingest_bytes(data, name),
                             child_type, gazetteer, depth + 1)
        processed.children.append((attachment.message_position, attachment.file_name, child))
    return processed


def process_file(path: Path, info: FileInfo, gazetteer: Gazetteer) -> ProcessedDocument:
    """Read and analyse one file and its attachments; never raises for bad input."""
    with path.open("rb") as handle:
        media_type = sniff_media_type(handle.read(SNIFF_BYTES), path.name)
    return _analyse(info, lambda: ingest_file(path), media_type, gazetteer, depth=0)


def import_file(
    engine: Engine,
    path: Path,
    gazetteer: Gazetteer,
    *,
    agency: str | None = None,
    request: str | None = None,
) -> FileOutcome:
    try:
        info = file_info(path)
        with transaction(engine) as session:
            if imported_document(session, info.sha256) is not None:
                return FileOutcome(path, "duplicate")
        processed = process_file(path, info, gazetteer)
    except OSError as exc:
        return FileOutcome(path, "failed", f"cannot read file ({exc.strerror})")
    with transaction(engine) as session:
        if imported_document(session, info.sha256) is not None:
            return FileOutcome(path, "duplicate")  # another importer finished it meanwhile
        store_processed(session, processed, agency_name=agency, request_reference=request)
    if processed.failure:
        return FileOutcome(path, "failed", processed.failure)
    return FileOutcome(path, "imported", pages=processed.page_count)


def import_paths(
    engine: Engine,
    paths: Iterable[Path],
    *,
    agency: str | None = None,
    request: str | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> ImportReport:
    gazetteer = Gazetteer.load()
    report = ImportReport()
    for item in iter_input_files(paths):
        if isinstance(item, FileOutcome):
            outcome = item
        else:
            outcome = import_file(engine, item, gazetteer, agency=agency, request=request)
        report.outcomes.append(outcome)
        if on_file:
            on_file(outcome)
    return report
