"""The batch importer: walks the inputs, skips what is already stored, and imports each document in
its own transaction, so a failure or a kill never leaves half a document and the batch goes on."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from foia.analysis import analyse
from foia.db import transaction
from foia.extract.entities import Gazetteer
from foia.ingest import IngestError, ingest_file, sniff_media_type
from foia.store import FileInfo, imported_document, store_document, store_failure

# Operating-system droppings in released folders, never records.
IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}


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
    return FileInfo(path=path, sha256=digest.hexdigest(), size_bytes=path.stat().st_size)


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
    except OSError as exc:
        return FileOutcome(path, "failed", f"cannot read file ({exc.strerror})")
    with transaction(engine) as session:
        if imported_document(session, info.sha256) is not None:
            return FileOutcome(path, "duplicate")
    try:
        ingested = ingest_file(path)
    except IngestError as exc:
        with transaction(engine) as session:
            store_failure(session, info, str(exc), media_type=sniff_media_type(path))
        return FileOutcome(path, "failed", str(exc))
    analysis = analyse(ingested.pages, gazetteer)
    with transaction(engine) as session:
        if imported_document(session, info.sha256) is not None:
            return FileOutcome(path, "duplicate")  # another importer finished it meanwhile
        store_document(session, info, ingested, analysis, agency_name=agency, request_reference=request)
    return FileOutcome(path, "imported", pages=len(ingested.pages))


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
