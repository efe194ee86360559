"""The batch importer: walks the inputs, skips what is already stored, reads and analyses files in
worker processes and stores each document (with its attachments) in its own transaction in the main
process, so a failure or a kill never leaves half a document and the batch goes on.

Reading and analysing a file (`process_file`) is pure and touches no database; `store` writes."""

from __future__ import annotations

import ctypes
import datetime as dt
import functools
import hashlib
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
    IngestedAttachment,
    IngestedDocument,
    IngestError,
    PageText,
    ingest_bytes,
    ingest_file,
    reason_of,
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
WORKER_DIED = ("the reader crashed on this file: its worker process died twice reading it "
               "(a crash in a native library, or killed, e.g. for running out of memory)")
PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
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
    children: int = 0  # attachments and archive members imported with it, at any depth
    # (where the attachment or member sits, why it failed) for each one that could not be read
    failed_children: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "failed"]

    @property
    def children(self) -> int:
        return sum(outcome.children for outcome in self.outcomes)

    @property
    def failed_children(self) -> int:
        return sum(len(outcome.failed_children) for outcome in self.outcomes)


@dataclass
class ProcessedDocument:
    """One file read and analysed, or the reason it could not be; attachments as children."""

    info: FileInfo
    media_type: str | None
    ingested: IngestedDocument | None = None
    analysis: Analysis | None = None
    failure: str | None = None
    # (position of the carrying message, or None for an archive member; display name; the child processed)
    children: list[tuple[int | None, str, ProcessedDocument]] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        own = len(self.ingested.pages) if self.ingested else 0
        return own + sum(child.page_count for _, _, child in self.children)

    def descendants(self) -> Iterator[ProcessedDocument]:
        for _, _, child in self.children:
            yield child
            yield from child.descendants()

    def imported_outcome(self, path: Path) -> FileOutcome:
        """The outcome of this file stored as read: its pages, and its children counted and failures listed."""
        children = list(self.descendants())
        failed = [(child.info.source, child.failure) for child in children if child.failure]
        return FileOutcome(path, "imported", pages=self.page_count, children=len(children) - len(failed),
                           failed_children=failed)


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
    """Read and analyse one file and its attachments. Any exception while reading or analysing it
    becomes this file's recorded failure (an attachment's, its own alone): the batch goes on."""
    try:
        ingested = read()
    except IngestError as exc:
        return ProcessedDocument(info, media_type, failure=str(exc))
    except Exception as exc:  # noqa: BLE001 - a reader's bug or a library's surprise on this one file
        return ProcessedDocument(info, media_type, failure=f"the reader failed on this file ({reason_of(exc)})")
    try:
        analysis = analyse(ingested.pages, gazetteer, ingested.messages)
    except Exception as exc:  # noqa: BLE001
        return ProcessedDocument(info, ingested.media_type, failure=f"extraction failed on this file ({reason_of(exc)})")
    processed = ProcessedDocument(info, ingested.media_type, ingested, analysis)
    for attachment in ingested.attachments:
        child = _child(info, attachment, gazetteer, depth)
        processed.children.append((attachment.message_position, attachment.file_name, child))
    return processed


def _child(parent: FileInfo, attachment: IngestedAttachment, gazetteer: Gazetteer, depth: int) -> ProcessedDocument:
    """An attachment or archive member read as a document of its own (or its recorded failure)."""
    source = f"{parent.source}#{attachment.file_name}"
    try:
        data = b"" if attachment.failure else attachment.content()
    except IngestError as exc:
        attachment.failure = str(exc)
        data = b""
    if attachment.failure and not data:  # never read: identified by where it sits, not by its content
        identity = hashlib.sha256(f"unread {parent.sha256} {attachment.file_name}".encode()).hexdigest()
        info = FileInfo(attachment.file_name, source, identity, attachment.size_bytes or 0)
        return ProcessedDocument(info, None, failure=attachment.failure)
    info = FileInfo(attachment.file_name, source, hashlib.sha256(data).hexdigest(), len(data))
    media_type = sniff_media_type(data[:SNIFF_BYTES], attachment.file_name)
    if attachment.failure:
        return ProcessedDocument(info, media_type, failure=attachment.failure)
    if depth >= MAX_ATTACHMENT_DEPTH:
        return ProcessedDocument(info, media_type, failure=f"attachment nested deeper than {MAX_ATTACHMENT_DEPTH} levels")
    member = attachment.message_position is None
    return _analyse(info, lambda: ingest_bytes(data, attachment.file_name, archive_member=member), media_type, gazetteer, depth + 1)


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
    return processed.imported_outcome(path)


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


_Job = tuple[Path, FileInfo]


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
        page and fact across a pipe cost as much again. Pages read are reported through a queue.

        When a worker dies (a native library crashing, the kernel's out-of-memory killer), the pool
        fails every file it held; those are read again one at a time, so only the file that kills its
        reader again is recorded as a crash."""
        # fork starts a worker in milliseconds with the gazetteer already loaded; a fresh interpreter
        # (spawn, forkserver) costs seconds of imports first. Each worker opens its own connections.
        context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        pages: multiprocessing.Queue[int] = context.Queue()
        pending: dict[Future[tuple[FileOutcome, int]], _Job] = {}
        url = self.engine.url.render_as_string(hide_password=False)

        def new_pool(size: int) -> ProcessPoolExecutor:
            return ProcessPoolExecutor(size, mp_context=context, initializer=_start_worker,
                                       initargs=(url, self.options, pages, self.gazetteer, os.getpid()))

        pool = new_pool(workers)
        orphans: list[_Job] = []
        try:
            for item in items:
                if (job := self.prepared(item)) is None:
                    continue
                try:
                    pending[pool.submit(_import_in_worker, *job)] = job
                except BrokenProcessPool:
                    orphans.append(job)
                while len(pending) >= 2 * workers or (orphans and pending):
                    orphans += self._collect(pending, pages)
                if orphans:  # the pool broke: read its files again one by one, then go on with a new pool
                    pool.shutdown(wait=False)
                    self._isolate(orphans, new_pool, pages)
                    orphans = []
                    pool = new_pool(workers)
            while pending:
                orphans += self._collect(pending, pages)
            self._isolate(orphans, new_pool, pages)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        self._drain(pages)

    def _collect(self, pending: dict[Future[tuple[FileOutcome, int]], _Job], pages: multiprocessing.Queue[int]) -> list[_Job]:
        """Record the files finished so far; returns those a broken pool left unfinished."""
        done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
        self._drain(pages)
        orphans = []
        for future in done:
            job = pending.pop(future)
            if (result := self._result(future, job)) is None:
                orphans.append(job)
            else:
                self.finish(*result)
        return orphans

    def _result(self, future: Future[tuple[FileOutcome, int]], job: _Job) -> tuple[FileOutcome, int] | None:
        """A finished worker's outcome; None when its pool broke before it finished."""
        try:
            return future.result()
        except BrokenProcessPool:
            return None
        except Exception as exc:  # noqa: BLE001 - a bug in the worker fails this file only
            path, info = job
            return _store(self.engine, path, ProcessedDocument(info, None, failure=f"the import failed on this file ({reason_of(exc)})"),
                          self.options), 0

    def _isolate(self, jobs: list[_Job], new_pool: Callable[[int], ProcessPoolExecutor], pages: multiprocessing.Queue[int]) -> None:
        """Read each file alone in a one-worker pool: a file whose reader dies again is the one that
        kills it, and is recorded as failed; the others import as usual."""
        pool: ProcessPoolExecutor | None = None
        try:
            for path, info in jobs:
                pool = pool or new_pool(1)
                future = pool.submit(_import_in_worker, path, info)
                while not future.done():
                    wait([future], timeout=0.2)
                    self._drain(pages)
                result = self._result(future, (path, info))
                if result is None:
                    pool.shutdown(wait=False)
                    pool = None
                    self.stored(path, ProcessedDocument(info, None, failure=WORKER_DIED))
                else:
                    self.finish(*result)
        finally:
            if pool is not None:
                pool.shutdown(wait=True)

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


def _exit_with_parent(parent_pid: int) -> None:
    """A worker must not outlive the importer that started it (a `kill -9` of `foia import` left its
    workers idle for minutes). On Linux the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG);
    everywhere, a thread checks once a second that the parent is still ours."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _start_worker(url: str, options: ImportOptions, pages: multiprocessing.Queue[int], gazetteer: Gazetteer,
                  parent_pid: int) -> None:
    global _worker
    _exit_with_parent(parent_pid)
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
                    needs_ocr=page.needs_ocr, bates=page.bates, problem=page.problem, redactions={r.code: r.count for r in page.redactions})


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
