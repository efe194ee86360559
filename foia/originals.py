"""Documents' originals in the archive (foia.archive): one read or written out by document id, every
one checked (`foia doctor`), copied into an export, or backfilled for a database imported before the
archive existed. A damaged object is an error naming the document, never a wrong file."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.archive import Archive, ArchiveError, OriginalCorrupt, OriginalMissing
from foia.errors import InputError
from foia.models import Document


class NoSuchDocument(InputError):
    """No document has that id."""


def _document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NoSuchDocument(f"no document {document_id}")
    return document


def named(error: ArchiveError, document_id: int, file_name: str, archive: Archive) -> ArchiveError:
    """The archive's error, told about the document rather than an object name."""
    label = f"document {document_id} ({file_name})"
    if isinstance(error, OriginalCorrupt):
        return OriginalCorrupt(f"{label}: its original in the archive {archive.location} is damaged "
                               "(the bytes no longer have the SHA-256 recorded at import)")
    if isinstance(error, OriginalMissing):
        return OriginalMissing(f"{label}: its original is not in the archive {archive.location} "
                               "(imported before the archive? `foia archive backfill PATH` adds it from the files)")
    return error


def read_original(engine: Engine, archive: Archive, document_id: int) -> bytes:
    """The document's original bytes, checked against its SHA-256."""
    with Session(engine) as session:
        document = _document(session, document_id)
        try:
            return archive.read(document.sha256)
        except ArchiveError as exc:
            raise named(exc, document.id, document.file_name, archive) from None


def save_original(engine: Engine, archive: Archive, document_id: int, destination: Path) -> Document:
    """Write the document's original to `destination` (appears only once whole and checked)."""
    with Session(engine) as session:
        document = _document(session, document_id)
        try:
            archive.save_as(document.sha256, destination)
        except ArchiveError as exc:
            raise named(exc, document.id, document.file_name, archive) from None
        except OSError as exc:
            raise InputError(f"{destination}: cannot write ({exc.strerror or exc})") from None
        return document


@contextmanager
def original_file(archive: Archive, document_id: int, file_name: str, sha256: str) -> Iterator[Path]:
    """A path on this machine holding the document's original, checked (see Archive.local_file); an
    original missing or damaged is an error naming the document."""
    with ExitStack() as stack:
        try:
            path = stack.enter_context(archive.local_file(sha256))
        except ArchiveError as exc:
            raise named(exc, document_id, file_name, archive) from None
        yield path


@dataclass
class OriginalsCheck:
    """`foia doctor`: every document's original, present and intact or not."""

    intact: int = 0
    missing: list[tuple[int, str, str]] = field(default_factory=list)  # (id, file name, status)
    damaged: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def missing_imported(self) -> list[tuple[int, str, str]]:
        return [item for item in self.missing if item[2] == "imported"]


def check_originals(engine: Engine, archive: Archive, *, quick: bool = False,
                    on_document: Callable[[], None] | None = None) -> OriginalsCheck:
    """Look for every document's original in the archive and (unless `quick`) read it whole to check
    its SHA-256."""
    with Session(engine) as session:
        rows = session.execute(select(Document.id, Document.file_name, Document.status, Document.sha256)
                               .order_by(Document.id)).all()
    check = OriginalsCheck()
    for document_id, name, status, sha256 in rows:
        problem = ("missing" if not archive.has(sha256) else None) if quick else archive.verify(sha256)
        if problem is None:
            check.intact += 1
        else:
            (check.missing if problem == "missing" else check.damaged).append((document_id, name, status))
        if on_document:
            on_document()
    return check


@dataclass
class BackfillReport:
    """`foia archive backfill`: originals added, found already there, and still missing."""

    added: int = 0
    present: int = 0
    files_seen: int = 0
    missing: list[tuple[int, str]] = field(default_factory=list)  # (document id, file name)


def backfill(engine: Engine, archive: Archive, paths: Iterable[Path],
             on_file: Callable[[Path], None] | None = None) -> BackfillReport:
    """Fill the archive for documents imported before it existed: every file under `paths` whose
    SHA-256 is a document's is archived; then attachments and archive members are taken out of their
    archived parents (matched by SHA-256 too). Reports the documents still without an original."""
    from foia.orchestration.files import FileOutcome, file_info, iter_input_files

    report = BackfillReport()
    with Session(engine) as session:
        wanted = {sha: (doc_id, name) for doc_id, name, sha in session.execute(
            select(Document.id, Document.file_name, Document.sha256))}
    for path in iter_input_files(paths):
        if isinstance(path, FileOutcome):
            continue
        report.files_seen += 1
        if on_file:
            on_file(path)
        try:
            info = file_info(path)
        except OSError:
            continue
        if info.sha256 in wanted:
            added = archive.put_file(path, info.sha256, repair=True)
            report.added += added
            report.present += not added
            wanted.pop(info.sha256)
    _backfill_attachments(engine, archive, wanted, report)
    for sha in list(wanted):
        if archive.has(sha):
            report.present += 1
            wanted.pop(sha)
    report.missing = sorted(wanted.values())
    return report


def _backfill_attachments(engine: Engine, archive: Archive, wanted: dict[str, tuple[int, str]],
                          report: BackfillReport) -> None:
    """Attachments and members still wanted, taken out of their parents' archived originals (nested
    ones on later rounds, as their own parents become available)."""
    from foia.ingest import IngestError, ReadOptions, ingest_file
    from foia.ingest.ocr import OcrSettings

    no_ocr = ReadOptions(ocr=OcrSettings(mode="never"))
    for _depth in range(4):
        with Session(engine) as session:
            parents = session.scalars(select(Document).where(Document.id.in_(
                select(Document.parent_id).where(Document.sha256.in_(list(wanted)), Document.parent_id.is_not(None))
            ))).all()
            parents_info = [(parent.sha256, parent.file_name) for parent in parents if archive.has(parent.sha256)]
        found = 0
        for sha256, name in parents_info:
            try:
                with archive.local_file(sha256) as path:
                    opened = ingest_file(path, no_ocr, name)
            except (IngestError, ArchiveError, OSError):
                continue
            for attachment in opened.attachments:
                data = _attachment_bytes(attachment)
                digest = archive.put_bytes(data) if data is not None and _wanted(data, wanted) else None
                if digest is not None:
                    wanted.pop(digest)
                    report.added += 1
                    found += 1
        if not found:
            return


def _attachment_bytes(attachment: Any) -> bytes | None:
    content = getattr(attachment, "content", None)  # archive members read on demand have content()
    data = content() if callable(content) else attachment.data
    return data if isinstance(data, bytes) and data else None


def _wanted(data: bytes, wanted: dict[str, tuple[int, str]]) -> bool:
    return hashlib.sha256(data).hexdigest() in wanted


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def export_name(document_id: int, file_name: str) -> str:
    """A name for an original in an export: the document id (unique), then the released name with
    anything but letters, digits, dot, dash and underscore replaced, so no name can climb out of the
    folder, hide as a dot file or break a shell command."""
    safe = _UNSAFE.sub("_", file_name).strip("._")[:120] or "original"
    return f"{document_id}-{safe}"


def export_originals(engine: Engine, archive: Archive, directory: Path) -> tuple[list[dict[str, Any]], list[int]]:
    """Copy every document's original into `directory` (checked on the way); returns the data
    package resources describing them and the ids of documents whose original is not in the archive."""
    directory.mkdir(parents=True, exist_ok=True)
    resources: list[dict[str, Any]] = []
    missing: list[int] = []
    with Session(engine) as session:
        documents = session.execute(select(Document.id, Document.file_name, Document.sha256, Document.media_type,
                                           Document.size_bytes).order_by(Document.id)).all()
    for document_id, file_name, sha256, media_type, size in documents:
        name = export_name(document_id, file_name)
        try:
            archive.save_as(sha256, directory / name)
        except OriginalMissing:
            missing.append(document_id)
            continue
        except OriginalCorrupt as exc:
            raise named(exc, document_id, file_name, archive) from None
        resources.append({
            "name": f"original-{document_id}", "path": f"{directory.name}/{name}", "title": file_name,
            "description": f"The original of document {document_id} as released.",
            "mediatype": media_type or "application/octet-stream", "bytes": size, "hash": f"sha256:{sha256}",
        })
    return resources, missing
