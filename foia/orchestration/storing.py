"""Storing one processed file in its own transaction, retried on conflicts with concurrent importers."""

from __future__ import annotations

import random
import time
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from foia.db import transaction
from foia.ingest import reason_of
from foia.models import Document
from foia.orchestration.files import FileOutcome, file_info
from foia.orchestration.options import ImportOptions
from foia.processed import FileInfo, ProcessedDocument
from foia.store import imported_document, store_processed

# A document's store transaction is retried this often after a deadlock, a lock timeout or a
# concurrent importer's conflicting insert, before the file is reported as failed.
STORE_ATTEMPTS = 6


def _retryable(exc: DBAPIError) -> bool:
    """A conflict with a concurrent writer that a fresh attempt of the same transaction can get past:
    a unique row another importer inserted first (an attachment both documents carry), a deadlock or
    serialization failure on PostgreSQL, a busy SQLite file."""
    if isinstance(exc, IntegrityError):
        return True
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code in {"40001", "40P01", "55P03"} or "database is locked" in str(exc.orig)


def store_file(engine: Engine, path: Path, processed: ProcessedDocument, options: ImportOptions) -> FileOutcome:
    """Write the document in one transaction; any error storing it (other than a conflict that a retry
    gets past) fails this file alone, recorded with the reason when the database lets us."""
    try:
        return _store_with_retries(engine, path, processed, options)
    except Exception as exc:  # noqa: BLE001 - one file that cannot be stored must not stop the batch
        reason = f"could not be stored ({reason_of(exc)})"
        if processed.ingested is None:  # already a bare failure: recording it is what failed
            return FileOutcome(path, "failed", reason)
    try:
        _store_with_retries(engine, path, ProcessedDocument(processed.info, processed.media_type, failure=reason), options)
    except Exception as exc:  # noqa: BLE001
        reason += f"; recording the failure failed too ({reason_of(exc)})"
    return FileOutcome(path, "failed", reason)


def _store_with_retries(engine: Engine, path: Path, processed: ProcessedDocument, options: ImportOptions) -> FileOutcome:
    """Write the document in one transaction; when a concurrent importer stored the same content first,
    the file is a duplicate. Conflicts with other writers are retried."""
    for attempt in range(STORE_ATTEMPTS):
        try:
            with transaction(engine) as session:
                if imported_document(session, processed.info.sha256) is not None:
                    return FileOutcome(path, "duplicate")  # another importer finished it meanwhile
                store_processed(session, processed, agency_name=options.agency, request_reference=options.request)
            break
        except DBAPIError as exc:
            if not _retryable(exc):
                raise
            with transaction(engine) as session:
                other = session.scalar(select(Document).where(Document.sha256 == processed.info.sha256))
                if other is not None and other.status == "imported":
                    return FileOutcome(path, "duplicate")
                if other is not None and processed.failure:  # the same failure, recorded by the other importer
                    return FileOutcome(path, "failed", processed.failure)
            if attempt == STORE_ATTEMPTS - 1:
                reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
                return FileOutcome(path, "failed", f"could not be stored after {STORE_ATTEMPTS} attempts ({reason})")
            time.sleep(random.uniform(0.05, 0.2) * (attempt + 1))
    if processed.failure:
        return FileOutcome(path, "failed", processed.failure)
    return imported_outcome(path, processed)


def imported_outcome(path: Path, processed: ProcessedDocument) -> FileOutcome:
    """The outcome of a file stored as read: its pages, and its children counted and failures listed."""
    children = list(processed.descendants())
    failed = [(child.info.source, child.failure) for child in children if child.failure]
    return FileOutcome(path, "imported", pages=processed.page_count, children=len(children) - len(failed),
                       failed_children=failed)


def prepare(engine: Engine, path: Path, options: ImportOptions, seen: set[str]) -> FileInfo | FileOutcome:
    """The file's identity, or its outcome when it needs no reading (duplicate, too large, unreadable)."""
    try:
        info = file_info(path)
    except OSError as exc:
        return FileOutcome(path, "failed", f"cannot read file ({exc.strerror or exc})")
    if info.sha256 in seen:
        return FileOutcome(path, "duplicate")
    with engine.connect() as connection, Session(connection) as session:  # a read: no write lock needed
        if imported_document(session, info.sha256) is not None:
            return FileOutcome(path, "duplicate")
    seen.add(info.sha256)
    if info.size_bytes > options.max_file_bytes:
        reason = f"file too large ({info.size_bytes / 1e6:,.1f} MB; the limit is {options.max_file_bytes / 1e6:,.1f} MB)"
        return store_file(engine, path, ProcessedDocument(info, None, failure=reason), options)
    return info
