"""The worker pool: processes that each read, analyse and store whole files."""

from __future__ import annotations

import multiprocessing
import multiprocessing.util
import os
import queue
import sys
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine

from foia.archive import Archive, open_archive
from foia.db import make_engine
from foia.extract.entities import Gazetteer
from foia.ingest import ReadOptions
from foia.orchestration.files import FileOutcome
from foia.orchestration.options import ImportOptions, Progress
from foia.orchestration.process import pages_needing_ocr, process_file
from foia.orchestration.storing import store_file
from foia.processed import FileInfo, ProcessedDocument


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


def run_in_workers(batch: PoolBatch, items: Iterable[Path | FileOutcome], workers: int) -> None:
    """Each worker process reads, analyses and stores whole files, each in its own transaction, as
    concurrent importers do; this process only decides which files need reading (duplicates, size)
    and records outcomes. Storing here instead made one process the bottleneck, and sending every
    page and fact across a pipe cost as much again. Pages read are reported through a queue."""
    # fork starts a worker in milliseconds with the gazetteer already loaded; a fresh interpreter
    # (spawn, forkserver) costs seconds of imports first. Each worker opens its own connections.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    pages: multiprocessing.Queue[int] = context.Queue()
    pending: dict[Future[tuple[FileOutcome, int]], tuple[Path, FileInfo]] = {}
    url = batch.engine.url.render_as_string(hide_password=False)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                   initargs=(url, batch.options, pages, batch.gazetteer))

    pool = new_pool()
    try:
        for item in items:
            if (job := batch.prepared(item)) is None:
                continue
            try:
                future = pool.submit(_import_in_worker, *job)
            except BrokenProcessPool:  # a worker died on an earlier file: its files are failed, go on
                while pending:
                    _collect(batch, pending, pages)
                pool.shutdown(wait=False)
                pool = new_pool()
                future = pool.submit(_import_in_worker, *job)
            pending[future] = job
            while len(pending) >= 2 * workers:
                _collect(batch, pending, pages)
        while pending:
            _collect(batch, pending, pages)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    _drain(batch, pages)


def _collect(batch: PoolBatch, pending: dict[Future[tuple[FileOutcome, int]], tuple[Path, FileInfo]],
             pages: multiprocessing.Queue[int]) -> None:
    done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
    _drain(batch, pages)
    for future in done:
        path, info = pending.pop(future)
        try:
            outcome, awaiting_ocr = future.result()
        except BrokenProcessPool:
            batch.stored(path, ProcessedDocument(info, None, failure="the reader crashed on this file (worker process died)"))
            continue
        batch.finish(outcome, awaiting_ocr)


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


def _start_worker(url: str, options: ImportOptions, pages: multiprocessing.Queue[int], gazetteer: Gazetteer) -> None:
    global _worker
    engine = make_engine(url)
    # Close the worker's connections when the pool shuts it down (a server would log each one as reset).
    multiprocessing.util.Finalize(engine, engine.dispose, exitpriority=1)
    archive = open_archive(options.archive) if options.archive else None
    _worker = _Worker(engine, options, ReadOptions(ocr=options.ocr, on_pages=pages.put), gazetteer, archive)


def _import_in_worker(path: Path, info: FileInfo) -> tuple[FileOutcome, int]:
    """Read, analyse and store one file; returns its outcome and how many pages await OCR."""
    assert _worker is not None
    processed = process_file(path, info, _worker.gazetteer, _worker.read, _worker.options.timeout, _worker.archive)
    return store_file(_worker.engine, path, processed, _worker.options), pages_needing_ocr(processed)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
