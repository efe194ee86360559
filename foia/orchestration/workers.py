"""The worker pool: processes that each read, analyse and store whole files."""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.util
import os
import queue
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from foia.archive import Archive, open_archive
from foia.db import make_engine
from foia.extract.entities import Gazetteer
from foia.ingest import ReadOptions, reason_of
from foia.orchestration.files import FileOutcome
from foia.orchestration.lifetime import exit_with_parent
from foia.orchestration.options import ImportOptions, Progress
from foia.orchestration.process import pages_needing_ocr, process_file
from foia.orchestration.storing import store_file
from foia.processed import FileInfo, ProcessedDocument
from foia.store import imported_document


class PoolBatch(Protocol):
    """What the pool needs from the batch it runs (foia.orchestration.batch.Batch)."""

    engine: Engine
    options: ImportOptions
    progress: Progress

    @property
    def gazetteer(self) -> Gazetteer: ...

    def prepared(self, item: Path | FileOutcome) -> tuple[Path, FileInfo] | None: ...

    def stored(self, path: Path, processed: ProcessedDocument) -> None: ...

    def finish(self, outcome: FileOutcome, awaiting_ocr: int = 0) -> None: ...


_Job = tuple[Path, FileInfo]
WORKER_DIED = ("the reader crashed on this file: its worker process died twice reading it "
               "(a crash in a native library, or killed, e.g. for running out of memory)")


def run_in_workers(batch: PoolBatch, items: Iterable[Path | FileOutcome], workers: int) -> None:
    """Each worker process reads, analyses and stores whole files, each in its own transaction, as
    concurrent importers do; this process only decides which files need reading (duplicates, size)
    and records outcomes. Storing here instead made one process the bottleneck, and sending every
    page and fact across a pipe cost as much again. Pages read are reported through a queue.

    When a worker dies (a native library crashing, the kernel's out-of-memory killer), the pool fails
    every file it held; those are read again one at a time, so only the file that kills its reader
    again is recorded as a crash."""
    # fork starts a worker in milliseconds with the gazetteer already loaded; a fresh interpreter
    # (spawn, forkserver) costs seconds of imports first. Each worker opens its own connections.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    pages: multiprocessing.Queue[int] = context.Queue()
    pending: dict[Future[tuple[FileOutcome, int]], _Job] = {}
    url = batch.engine.url.render_as_string(hide_password=False)

    def new_pool(size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(size, mp_context=context, initializer=_start_worker,
                                   initargs=(url, batch.options, pages, batch.gazetteer, os.getpid()))

    pool = new_pool(workers)
    orphans: list[_Job] = []
    try:
        for item in items:
            if (job := batch.prepared(item)) is None:
                continue
            try:
                pending[pool.submit(_import_in_worker, *job)] = job
            except BrokenProcessPool:
                orphans.append(job)
            while len(pending) >= 2 * workers or (orphans and pending):
                orphans += _collect(batch, pending, pages)
            if orphans:  # the pool broke: read its files again one by one, then go on with a new pool
                pool.shutdown(wait=False)
                _isolate(batch, orphans, new_pool, pages)
                orphans = []
                pool = new_pool(workers)
        while pending:
            orphans += _collect(batch, pending, pages)
        _isolate(batch, orphans, new_pool, pages)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    _drain(batch, pages)


def _collect(batch: PoolBatch, pending: dict[Future[tuple[FileOutcome, int]], _Job],
             pages: multiprocessing.Queue[int]) -> list[_Job]:
    """Record the files finished so far; returns those a broken pool left unfinished."""
    done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
    _drain(batch, pages)
    orphans = []
    for future in done:
        job = pending.pop(future)
        if (result := _result(batch, future, job)) is None:
            orphans.append(job)
        else:
            batch.finish(*result)
    return orphans


def _result(batch: PoolBatch, future: Future[tuple[FileOutcome, int]], job: _Job) -> tuple[FileOutcome, int] | None:
    """A finished worker's outcome; None when its pool broke before it finished."""
    try:
        return future.result()
    except BrokenProcessPool:
        return None
    except Exception as exc:  # noqa: BLE001 - a bug in the worker fails this file only
        path, info = job
        failed = ProcessedDocument(info, None, failure=f"the import failed on this file ({reason_of(exc)})")
        return store_file(batch.engine, path, failed, batch.options), 0


def _isolate(batch: PoolBatch, jobs: list[_Job], new_pool: Callable[[int], ProcessPoolExecutor],
             pages: multiprocessing.Queue[int]) -> None:
    """Read each file alone in a one-worker pool: a file whose reader dies again is the one that kills
    it, and is recorded as failed; the others import as usual."""
    pool: ProcessPoolExecutor | None = None
    try:
        for path, info in jobs:
            pool = pool or new_pool(1)
            future = pool.submit(_import_in_worker, path, info)
            while not future.done():
                wait([future], timeout=0.2)
                _drain(batch, pages)
            result = _result(batch, future, (path, info))
            if result is None:
                pool.shutdown(wait=False)
                pool = None
                batch.stored(path, ProcessedDocument(info, None, failure=WORKER_DIED))
            else:
                batch.finish(_stored_before_the_break(batch.engine, result[0], info), result[1])
    finally:
        if pool is not None:
            pool.shutdown(wait=True)


def _drain(batch: PoolBatch, pages: multiprocessing.Queue[int]) -> None:
    while True:
        try:
            count = pages.get_nowait()
        except queue.Empty:
            return
        if batch.progress.on_pages:
            batch.progress.on_pages(count)


@dataclass
class _Worker:
    """One worker process's own resources, made once by the pool's initializer. A ProcessPoolExecutor
    task can reach per-process state (its database engine) only through its module, so this is the
    one module-level variable of the pool, set in the worker process and never in the importer."""

    engine: Engine
    options: ImportOptions
    read: ReadOptions
    gazetteer: Gazetteer
    archive: Archive | None


_worker: _Worker | None = None


def _stored_before_the_break(engine: Engine, outcome: FileOutcome, info: FileInfo) -> FileOutcome:
    """A file this batch found new, found stored when read again: a worker stored it before the pool
    broke and its result was lost. It was imported by this batch, not skipped as a duplicate."""
    if outcome.status != "duplicate":
        return outcome
    with Session(engine) as session:
        document = imported_document(session, info.sha256)
    return FileOutcome(outcome.path, "imported", pages=document.page_count or 0) if document is not None else outcome


def _start_worker(url: str, options: ImportOptions, pages: multiprocessing.Queue[int], gazetteer: Gazetteer,
                  parent_pid: int) -> None:
    global _worker
    exit_with_parent(parent_pid)
    gc.freeze()  # what the fork inherited lives as long as the worker: out of the collector's walks
    engine = make_engine(url)
    # Close the worker's connections when the pool shuts it down (a server would log each one as reset).
    multiprocessing.util.Finalize(engine, engine.dispose, exitpriority=1)
    archive = open_archive(options.archive) if options.archive else None
    # The page counts are progress only: a worker exits without waiting to flush them, since a parent that has
    # stopped reading them (shutting the pool down) would otherwise wait for the worker, and it for the parent.
    pages.cancel_join_thread()
    _worker = _Worker(engine, options, ReadOptions(ocr=options.ocr, on_pages=pages.put), gazetteer, archive)


def _import_in_worker(path: Path, info: FileInfo) -> tuple[FileOutcome, int]:
    """Read, analyse and store one file; returns its outcome and how many pages await OCR."""
    assert _worker is not None
    processed = process_file(path, info, _worker.gazetteer, _worker.read, _worker.options.timeout, _worker.archive)
    return store_file(_worker.engine, path, processed, _worker.options), pages_needing_ocr(processed)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
