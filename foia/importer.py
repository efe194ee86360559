"""The batch importer: walks the inputs, skips what is already stored, reads and analyses files in
worker processes and stores each document (with its attachments) in its own transaction in the main
process, so a failure or a kill never leaves half a document and the batch goes on.

Reading and analysing a file (`process_file`) is pure and touches no database; `store` writes."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import multiprocessing
import multiprocessing.util
import os
import queue
import random
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import Engine, and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from foia.aliases import gazetteer_for
from foia.analysis import Analysis, analyse
from foia.db import make_engine, transaction
from foia.extract.entities import Gazetteer
from foia.ingest import (
    SNIFF_BYTES,
    IngestedDocument,
    IngestError,
    PageText,
    ingest_bytes,
    ingest_file,
    sniff_media_type,
)
from foia.ingest.ocr import OcrSettings, tesseract_path
from foia.ingest.pdf import ReadOptions, reading
from foia.models import Document, ImportQueueItem, Page
from foia.store import FileInfo, imported_document, refill_pages, store_processed

# Operating-system droppings in released folders, never records.
IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}
# Attachments inside attachments (a forwarded .eml holding a .msg holding a PDF) stop here.
MAX_ATTACHMENT_DEPTH = 3
# Larger files are refused with a reason rather than risking the machine's memory on one release.
DEFAULT_MAX_FILE_BYTES = 2_000_000_000  # 2 GB: larger than any release PDF seen, small enough to refuse disk images
# Reading one file (with its attachments and OCR) is stopped after this long and recorded as failed.
DEFAULT_TIMEOUT_SECONDS = 1800.0
# A document's store transaction is retried this often after a deadlock, a lock timeout or a
# concurrent importer's conflicting insert, before the file is reported as failed.
STORE_ATTEMPTS = 6
# A queued file whose importer died this many times is recorded as failed instead of tried again.
MAX_QUEUE_ATTEMPTS = 3
NO_TESSERACT_WARNING = (
    "tesseract is not installed: pages without a text layer are stored as needing OCR; "
    "install it (Debian: apt-get install tesseract-ocr) and run `foia ocr` to fill them in"
)


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
    # The absolute path, so `foia ocr` can find the file again from any working directory.
    return FileInfo(name=path.name, source=str(path.absolute()), sha256=digest.hexdigest(), size_bytes=path.stat().st_size)


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


class _TimedOut(BaseException):
    """Raised by the alarm inside a file's reading; a BaseException so no reader's `except Exception`
    swallows it."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after `seconds` (main thread of a process with SIGALRM only; elsewhere no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signum: int, _frame: object) -> None:
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def process_file(path: Path, info: FileInfo, gazetteer: Gazetteer, options: ReadOptions | None = None,
                 timeout: float | None = None) -> ProcessedDocument:
    """Read and analyse one file and its attachments; never raises for bad input. Reading stops after
    `timeout` seconds and the file is returned as failed."""
    try:
        with _time_limit(timeout):
            with path.open("rb") as handle:
                media_type = sniff_media_type(handle.read(SNIFF_BYTES), path.name)
            with reading(options or ReadOptions()):
                return _analyse(info, lambda: ingest_file(path), media_type, gazetteer, depth=0)
    except _TimedOut:
        return ProcessedDocument(info, None, failure=f"gave up after {timeout:g} s (the per-document time limit, --timeout)")
    except OSError as exc:
        return ProcessedDocument(info, None, failure=f"cannot read file ({exc.strerror or exc})")
    except (MemoryError, RecursionError) as exc:
        return ProcessedDocument(info, None, failure=f"the reader gave up on this file ({type(exc).__name__})")


@dataclass(frozen=True)
class ImportOptions:
    agency: str | None = None
    request: str | None = None
    workers: int = 1  # worker processes reading files; 1 reads in this process
    ocr: OcrSettings = field(default_factory=OcrSettings)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    timeout: float | None = DEFAULT_TIMEOUT_SECONDS  # seconds to read one file; None: no limit


@dataclass
class Progress:
    """What a caller (the progress bar) is told as the batch goes."""

    on_file: Callable[[FileOutcome], None] | None = None
    on_pages: Callable[[int], None] | None = None
    on_warning: Callable[[str], None] | None = None


def _pages_needing_ocr(processed: ProcessedDocument) -> int:
    own = sum(1 for page in processed.ingested.pages if page.needs_ocr) if processed.ingested else 0
    return own + sum(_pages_needing_ocr(child) for _, _, child in processed.children)


def _retryable(exc: DBAPIError) -> bool:
    """A conflict with a concurrent writer that a fresh attempt of the same transaction can get past:
    a unique row another importer inserted first (an attachment both documents carry), a deadlock or
    serialization failure on PostgreSQL, a busy SQLite file."""
    if isinstance(exc, IntegrityError):
        return True
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code in {"40001", "40P01", "55P03"} or "database is locked" in str(exc.orig)


def _store(engine: Engine, path: Path, processed: ProcessedDocument, options: ImportOptions) -> FileOutcome:
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
    return FileOutcome(path, "imported", pages=processed.page_count)


def _prepare(engine: Engine, path: Path, options: ImportOptions, seen: set[str]) -> FileInfo | FileOutcome:
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
        return _store(engine, path, ProcessedDocument(info, None, failure=reason), options)
    return info


def import_file(
    engine: Engine,
    path: Path,
    gazetteer: Gazetteer,
    *,
    agency: str | None = None,
    request: str | None = None,
) -> FileOutcome:
    """Import one file in this process."""
    options = ImportOptions(agency=agency, request=request)
    prepared = _prepare(engine, path, options, set())
    if isinstance(prepared, FileOutcome):
        return prepared
    return _store(engine, path, process_file(path, prepared, gazetteer, timeout=options.timeout), options)


def import_paths(
    engine: Engine,
    paths: Iterable[Path],
    *,
    agency: str | None = None,
    request: str | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import files and directories; `options` (when given) overrides `agency` and `request`."""
    options = options or ImportOptions(agency=agency, request=request)
    progress = progress or Progress(on_file=on_file)
    items = list(iter_input_files(paths))
    files = sum(1 for item in items if isinstance(item, Path))
    workers = max(1, min(options.workers, files))
    # Idle cores go to OCR of the pages of the files being read (Tesseract runs as separate processes).
    ocr = replace(options.ocr, parallel_pages=max(1, options.workers // workers))
    batch = _Batch(engine, replace(options, ocr=ocr), progress)
    if workers == 1:
        batch.run_here(items)
    else:
        batch.run_in_workers(items, workers)
    return batch.report


class _Batch:
    def __init__(self, engine: Engine, options: ImportOptions, progress: Progress) -> None:
        self.engine, self.options, self.progress = engine, options, progress
        self.report = ImportReport()
        self.seen: set[str] = set()
        self.warned = False

    def finish(self, outcome: FileOutcome, awaiting_ocr: int = 0) -> None:
        """Record a file's outcome; `awaiting_ocr` is how many of its pages were stored as needing OCR."""
        if awaiting_ocr and not self.warned and self._lacks_tesseract():
            self.warned = True
            if self.progress.on_warning:
                self.progress.on_warning(NO_TESSERACT_WARNING)
        self.report.outcomes.append(outcome)
        if self.progress.on_file:
            self.progress.on_file(outcome)

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        """The shipped gazetteer plus the aliases users added to this database, read once a batch."""
        with transaction(self.engine) as session:
            return gazetteer_for(session)

    def _lacks_tesseract(self) -> bool:
        """Pages were left for OCR only because Tesseract is missing (said once per batch)."""
        return self.options.ocr.mode != "never" and tesseract_path() is None

    def prepared(self, item: Path | FileOutcome) -> tuple[Path, FileInfo] | None:
        if isinstance(item, FileOutcome):
            self.finish(item)
            return None
        prepared = _prepare(self.engine, item, self.options, self.seen)
        if isinstance(prepared, FileOutcome):
            self.finish(prepared)
            return None
        return item, prepared

    def stored(self, path: Path, processed: ProcessedDocument) -> None:
        self.finish(_store(self.engine, path, processed, self.options), _pages_needing_ocr(processed))

    def run_here(self, items: Iterable[Path | FileOutcome]) -> None:
        gazetteer = self.gazetteer
        read = ReadOptions(ocr=self.options.ocr, on_pages=self.progress.on_pages)
        for item in items:
            if (job := self.prepared(item)) is not None:
                self.stored(job[0], process_file(*job, gazetteer, read, self.options.timeout))

    def run_in_workers(self, items: Iterable[Path | FileOutcome], workers: int) -> None:
        """Each worker process reads, analyses and stores whole files, each in its own transaction, as
        concurrent importers do; this process only decides which files need reading (duplicates, size)
        and records outcomes. Storing here instead made one process the bottleneck, and sending every
        page and fact across a pipe cost as much again. Pages read are reported through a queue."""
        # fork starts a worker in milliseconds with the gazetteer already loaded; a fresh interpreter
        # (spawn, forkserver) costs seconds of imports first. Each worker opens its own connections.
        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        pages: multiprocessing.Queue[int] = context.Queue()
        pending: dict[Future[tuple[FileOutcome, int]], tuple[Path, FileInfo]] = {}
        url = self.engine.url.render_as_string(hide_password=False)

        def new_pool() -> ProcessPoolExecutor:
            return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                       initargs=(url, self.options, pages, self.gazetteer))

        pool = new_pool()
        try:
            for item in items:
                if (job := self.prepared(item)) is None:
                    continue
                try:
                    future = pool.submit(_import_in_worker, *job)
                except BrokenProcessPool:  # a worker died on an earlier file: its files are failed, go on
                    while pending:
                        self._collect(pending, pages)
                    pool.shutdown(wait=False)
                    pool = new_pool()
                    future = pool.submit(_import_in_worker, *job)
                pending[future] = job
                while len(pending) >= 2 * workers:
                    self._collect(pending, pages)
            while pending:
                self._collect(pending, pages)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        self._drain(pages)

    def _collect(self, pending: dict[Future[tuple[FileOutcome, int]], tuple[Path, FileInfo]],
                 pages: multiprocessing.Queue[int]) -> None:
        done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
        self._drain(pages)
        for future in done:
            path, info = pending.pop(future)
            try:
                outcome, awaiting_ocr = future.result()
            except BrokenProcessPool:
                self.stored(path, ProcessedDocument(info, None, failure="the reader crashed on this file (worker process died)"))
                continue
            self.finish(outcome, awaiting_ocr)

    def _drain(self, pages: multiprocessing.Queue[int]) -> None:
        while True:
            try:
                count = pages.get_nowait()
            except queue.Empty:
                return
            if self.progress.on_pages:
                self.progress.on_pages(count)


@dataclass
class _Worker:
    engine: Engine
    options: ImportOptions
    read: ReadOptions
    gazetteer: Gazetteer


_worker: _Worker | None = None


def _start_worker(url: str, options: ImportOptions, pages: multiprocessing.Queue[int], gazetteer: Gazetteer) -> None:
    global _worker
    engine = make_engine(url)
    # Close the worker's connections when the pool shuts it down (a server would log each one as reset).
    multiprocessing.util.Finalize(engine, engine.dispose, exitpriority=1)
    _worker = _Worker(engine, options, ReadOptions(ocr=options.ocr, on_pages=pages.put), gazetteer)


def _import_in_worker(path: Path, info: FileInfo) -> tuple[FileOutcome, int]:
    """Read, analyse and store one file; returns its outcome and how many pages await OCR."""
    assert _worker is not None
    processed = process_file(path, info, _worker.gazetteer, _worker.read, _worker.options.timeout)
    return _store(_worker.engine, path, processed, _worker.options), _pages_needing_ocr(processed)


def _queue_insert(engine: Engine):  # type: ignore[no-untyped-def]
    return pg_insert if engine.dialect.name == "postgresql" else sqlite_insert


def enqueue(engine: Engine, paths: Iterable[Path]) -> tuple[int, list[FileOutcome]]:
    """Add the files under `paths` to the import queue; a path whose import failed is queued again (the
    file may have been replaced, as a plain import retries it too), any other path already there is left
    alone. Returns how many were queued and the paths that do not exist."""
    missing: list[FileOutcome] = []
    files: list[str] = []
    for item in iter_input_files(paths):
        if isinstance(item, FileOutcome):
            missing.append(item)
        else:
            files.append(str(item.absolute()))
    added = 0
    insert = _queue_insert(engine)
    for start in range(0, len(files), 500):
        rows = [{"path": path, "status": "queued"} for path in files[start : start + 500]]
        statement = insert(ImportQueueItem).values(rows)
        statement = statement.on_conflict_do_update(
            index_elements=[ImportQueueItem.path],
            set_={"status": "queued", "attempts": 0, "claimed_by": None, "claimed_at": None, "finished_at": None,
                  "outcome": None, "reason": None, "queued_at": func.now()},
            where=and_(ImportQueueItem.status == "done", ImportQueueItem.outcome == "failed"),
        )
        with transaction(engine) as session:  # rows counted through RETURNING: psycopg reports no rowcount here
            added += len(session.execute(statement.returning(ImportQueueItem.id)).all())
    return added, missing


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _release_dead_claims(engine: Engine) -> None:
    """Files claimed by importers on this machine that are no longer running go back in the queue
    (claims from other machines are taken over once their lease runs out)."""
    host = socket.gethostname()
    with transaction(engine) as session:
        for item in session.scalars(select(ImportQueueItem).where(
                ImportQueueItem.status == "working", ImportQueueItem.claimed_by.like(f"{host}:%"))):
            pid = item.claimed_by.rsplit(":", 1)[1] if item.claimed_by else ""
            if not pid.isdigit() or not _alive(int(pid)):
                item.status, item.claimed_by = "queued", None


class _QueueBatch(_Batch):
    """A batch whose files come from the shared queue: each is claimed (FOR UPDATE SKIP LOCKED on
    PostgreSQL; under SQLite's write lock otherwise) just before it is read, and marked done with its
    outcome after its document is stored. A file whose importer died is claimed again: by a worker
    on the same machine at once, by any worker once the lease (time limit plus five minutes) is over."""

    def __init__(self, engine: Engine, options: ImportOptions, progress: Progress) -> None:
        super().__init__(engine, options, progress)
        self.worker = _worker_name()
        self.lease = dt.timedelta(seconds=(options.timeout or DEFAULT_TIMEOUT_SECONDS) + 300)
        self.claimed: dict[str, int] = {}

    def claim(self) -> tuple[int, str, int] | None:
        now = dt.datetime.now(dt.UTC)
        with transaction(self.engine) as session:
            item = session.scalars(
                select(ImportQueueItem)
                .where(or_(ImportQueueItem.status == "queued",
                           and_(ImportQueueItem.status == "working", ImportQueueItem.claimed_at < now - self.lease)))
                .order_by(ImportQueueItem.id).limit(1).with_for_update(skip_locked=True)
            ).first()
            if item is None:
                return None
            item.status, item.claimed_by, item.claimed_at = "working", self.worker, now
            item.attempts += 1
            return item.id, item.path, item.attempts

    def items(self) -> Iterator[Path | FileOutcome]:
        while (claimed := self.claim()) is not None:
            item_id, path, attempts = claimed
            self.claimed[path] = item_id
            if attempts > MAX_QUEUE_ATTEMPTS:
                reason = f"the importer stopped on this file {attempts - 1} times (a crash or a kill); left for a person"
                self.finish(FileOutcome(Path(path), "failed", reason))
                continue
            yield Path(path)

    def finish(self, outcome: FileOutcome, awaiting_ocr: int = 0) -> None:
        item_id = self.claimed.pop(str(outcome.path), None)
        if item_id is not None:
            with transaction(self.engine) as session:
                session.execute(
                    update(ImportQueueItem)
                    .where(ImportQueueItem.id == item_id, ImportQueueItem.claimed_by == self.worker)
                    .values(status="done", outcome=outcome.status, reason=outcome.reason,
                            finished_at=dt.datetime.now(dt.UTC))
                )
        super().finish(outcome, awaiting_ocr)


def import_queue(engine: Engine, paths: Iterable[Path] = (), *, options: ImportOptions | None = None,
                 progress: Progress | None = None) -> tuple[int, ImportReport]:
    """`foia import --queue`: add `paths` to the database's import queue, then import queued files
    until none is left. Any number of these, on any machines sharing the database, split the work.
    Returns how many files this call queued, and the report of the files this worker handled."""
    options = options or ImportOptions()
    progress = progress or Progress()
    added, missing = enqueue(engine, paths)
    _release_dead_claims(engine)
    ocr = replace(options.ocr, parallel_pages=1)
    batch = _QueueBatch(engine, replace(options, ocr=ocr), progress)
    for outcome in missing:
        batch.finish(outcome)
    if options.workers <= 1:
        batch.run_here(batch.items())
    else:
        batch.run_in_workers(batch.items(), options.workers)
    return added, batch.report


def queue_counts(engine: Engine) -> dict[str, int]:
    """Queued, working and done files in the import queue."""
    with engine.connect() as connection:
        rows = connection.execute(select(ImportQueueItem.status, func.count()).group_by(ImportQueueItem.status))
        return {status: count for status, count in rows}


class OcrUnavailable(Exception):
    """Tesseract is not installed, so there is nothing `foia ocr` can do."""


def fill_ocr(engine: Engine, *, parallel_pages: int = 1, progress: Progress | None = None) -> ImportReport:
    """OCR the pages stored as needing it, re-reading each document from the file it was imported
    from, and re-run splitting and extraction for those documents, one transaction per document."""
    if tesseract_path() is None:
        raise OcrUnavailable(NO_TESSERACT_WARNING.split(":")[0])
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
        outcome = _fill_document(engine, document_id, gazetteer, read)
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
                    needs_ocr=page.needs_ocr, bates=page.bates, redactions={r.code: r.count for r in page.redactions},
                    tables=json.loads(page.tables) if page.tables else [])


def _fill_document(engine: Engine, document_id: int, gazetteer: Gazetteer, read: ReadOptions) -> FileOutcome:
    with transaction(engine) as session:
        document = session.get_one(Document, document_id)
        root = document
        while root.parent_id is not None:
            root = session.get_one(Document, root.parent_id)
        sha256, root_sha256 = document.sha256, root.sha256
        label = "" if root is document else f"attachment {document.file_name}: "
        source = Path(root.source_path or root.file_name)
        stored = [_stored_page(page) for page in document.pages]
    if not source.is_file():
        return FileOutcome(source, "failed", f"{label}source file not found; import it again from where it is now")
    info = file_info(source)
    if info.sha256 != root_sha256:
        return FileOutcome(source, "failed", f"{label}source file changed since it was imported")
    node = _find(process_file(source, info, gazetteer, read), sha256)
    if node is None or node.ingested is None:
        return FileOutcome(source, "failed", f"{label}cannot be read again ({node.failure if node else 'not found'})")
    fresh = {page.number: page for page in node.ingested.pages}
    filled = [fresh[page.number] for page in stored if page.needs_ocr and page.number in fresh]
    merged = [fresh[page.number] if page.needs_ocr and page.number in fresh else page for page in stored]
    analysis = analyse(merged, gazetteer, node.ingested.messages)
    with transaction(engine) as session:
        refill_pages(session, session.get_one(Document, document_id), filled, analysis,
                     replace_messages=node.ingested.messages is None)
    still = sum(1 for page in filled if page.needs_ocr)
    reason = f"{still} page(s) could not be OCR'd" if still else None
    return FileOutcome(source, "failed" if still else "imported", reason, pages=len(filled) - still)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
