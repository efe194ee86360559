"""`foia worker`: runs the import jobs `foia import --queue` deferred, on any machine that reaches the
database and the archive of originals.

One process holds the Procrastinate worker (fetching jobs, heartbeats, retries) and `concurrency`
reader processes, one per job at a time: reading and analysing a file is CPU-bound Python, so jobs
run side by side in processes, not threads, and a reader that crashes (a hostile PDF taking PDFium
down) costs only its own job another try. Each reader reads the file from the archive (checked
against its SHA-256), reads and stores it exactly as `foia import` does, with the same time limit.

When a worker dies (kill -9, power cut, out of memory), its readers die with it, their transactions
roll back, and its heartbeat stops: after `stalled_after` seconds any other worker hands its jobs
back to the queue. A job is run at most RUNS times (retried after 5 s, then 25 s, when an error
such as a lost connection or an unreachable archive stops it); after the last, its file is recorded
as a failed document with the reason."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import hashlib
import logging
import multiprocessing
import os
import signal
import socket
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from foia.aliases import gazetteer_for
from foia.archive import configured_location, default_location, open_archive
from foia.db import make_engine, transaction
from foia.errors import DatabaseError
from foia.extract.entities import Gazetteer
from foia.ingest import ReadOptions
from foia.ingest.ocr import OcrSettings
from foia.orchestration.files import FileOutcome, file_info
from foia.orchestration.options import DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_SECONDS, ImportOptions
from foia.orchestration.process import process_file
from foia.orchestration.queue import QUEUE, TASK, procrastinate_app, require_postgres
from foia.orchestration.storing import store_file
from foia.processed import FileInfo, ProcessedDocument
from foia.store import imported_document

# A job is run at most this many times; then its file is recorded as failed with the last reason.
RUNS = 3
# Seconds before a retry: RETRY_WAIT ** (attempt number), so 5 s, then 25 s.
RETRY_WAIT = 5
# A worker whose heartbeat is older than this is dead, and its jobs are handed back to the queue.
DEFAULT_STALLED_AFTER = 60.0


class ReaderDied(Exception):
    """The reader process running a job died (a crash in a native library, or killed)."""


@dataclass(frozen=True)
class JobOutcome:
    """What `foia worker` reports about one job as it ends."""

    name: str
    status: str  # imported | duplicate | failed | retry (the job will run again)
    reason: str | None = None
    pages: int = 0


# --- the reader processes -------------------------------------------------------------------------


@dataclass
class _Reader:
    """A reader process's own resources, made once when it starts (the one module-level variable of
    a reader, as in foia.orchestration.workers: a pool task reaches per-process state only so)."""

    engine: Engine
    gazetteer: Gazetteer


_reader: _Reader | None = None


def _die_with_parent() -> None:
    """Linux: the kernel kills this reader when the worker that started it dies (kill -9 included),
    so no reader is left storing a file whose job has been handed to another worker."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the worker died before the line above ran
            os._exit(1)


def _start_reader(url: str, gazetteer: Gazetteer) -> None:
    global _reader
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the worker, which lets running jobs finish
    _reader = _Reader(make_engine(url), gazetteer)


def _options(args: dict[str, Any], engine: Engine) -> ImportOptions:
    """The import's options as the job carries them; the archive is FOIA_ARCHIVE when this machine sets
    it (its mount point may differ), else the one the file was queued to."""
    archive = configured_location() or args.get("archive") or default_location(engine)
    return ImportOptions(
        agency=args.get("agency"), request=args.get("request"), workers=1,
        ocr=OcrSettings(mode=args.get("ocr") or "auto"), archive=archive,
        max_file_bytes=args.get("max_file_bytes") or DEFAULT_MAX_FILE_BYTES,
        timeout=args.get("timeout", DEFAULT_TIMEOUT_SECONDS),
    )


def _import_job(args: dict[str, Any]) -> JobOutcome:
    """In a reader: import one queued file from the archive (or, for a job carried over from the old
    queue, from its path), exactly as `foia import` would."""
    assert _reader is not None
    options = _options(args, _reader.engine)
    archive = open_archive(str(options.archive))
    read = ReadOptions(ocr=options.ocr)
    if "sha256" not in args:  # a job carried over from the old import queue: the file by its path
        path = Path(args["path"])
        try:
            info = file_info(path)
        except OSError as exc:
            processed = ProcessedDocument(FileInfo(path.name, str(path), _unread_identity(str(path)), 0), None,
                                          failure=f"cannot read file ({exc.strerror or exc})")
            return _outcome(path.name, store_file(_reader.engine, path, processed, options))
        return _read_and_store(path, path, info, options, read)
    info = FileInfo(args["name"], args["source"], args["sha256"], args["size_bytes"])
    with Session(_reader.engine) as session:  # a read: no write lock needed
        if imported_document(session, info.sha256) is not None:
            return JobOutcome(info.name, "duplicate")
    with archive.local_file(info.sha256) as original:
        return _read_and_store(original, Path(info.source), info, options, read)


def _read_and_store(readable: Path, source: Path, info: FileInfo, options: ImportOptions, read: ReadOptions) -> JobOutcome:
    assert _reader is not None and options.archive is not None
    processed = process_file(readable, info, _reader.gazetteer, read, options.timeout, open_archive(options.archive))
    return _outcome(info.name, store_file(_reader.engine, source, processed, options), processed.page_count)


def _outcome(name: str, outcome: FileOutcome, pages: int = 0) -> JobOutcome:
    return JobOutcome(name, outcome.status, outcome.reason, pages if outcome.status == "imported" else 0)


def _unread_identity(path: str) -> str:
    """A file that could not even be read has no content hash: it is recorded under one of its path."""
    return hashlib.sha256(f"unreadable {path}".encode()).hexdigest()


# --- the worker -----------------------------------------------------------------------------------


class _Readers:
    """`concurrency` reader processes, one per running job. A reader that dies breaks only its own
    pool of one, which is replaced; the other jobs run on."""

    def __init__(self, engine: Engine, gazetteer: Gazetteer, concurrency: int) -> None:
        # fork starts a reader in milliseconds with the gazetteer loaded (spawn costs seconds of imports).
        self.context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.url = engine.url.render_as_string(hide_password=False)
        self.gazetteer = gazetteer
        self.idle: asyncio.Queue[ProcessPoolExecutor] = asyncio.Queue()
        self.all: list[ProcessPoolExecutor] = []
        for _ in range(concurrency):
            self.idle.put_nowait(self._new())

    def _new(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(1, mp_context=self.context, initializer=_start_reader, initargs=(self.url, self.gazetteer))
        self.all.append(pool)
        return pool

    async def run(self, args: dict[str, Any]) -> JobOutcome:
        pool = await self.idle.get()
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, _import_job, args)
        except BrokenProcessPool:
            pool.shutdown(wait=False)
            self.all.remove(pool)
            pool = self._new()
            raise ReaderDied("the reader process died on this file (a crash, or it was killed)") from None
        finally:
            self.idle.put_nowait(pool)

    def close(self) -> None:
        for pool in self.all:
            pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class _WorkerState:
    engine: Engine
    readers: _Readers
    on_job: Callable[[JobOutcome], None]


def _job_name(args: dict[str, Any]) -> str:
    return str(args.get("name") or Path(str(args.get("path", "?"))).name)


def _record_failure(engine: Engine, args: dict[str, Any], reason: str) -> JobOutcome:
    """The job will not run again: its file becomes a failed document with the reason (unless it is
    stored already, when the failure changes nothing)."""
    if "sha256" in args:
        info = FileInfo(args["name"], args["source"], args["sha256"], args["size_bytes"])
    else:
        try:
            info = file_info(Path(args["path"]))
        except OSError:
            info = FileInfo(Path(args["path"]).name, str(args["path"]), _unread_identity(str(args["path"])), 0)
    options = _options(args, engine)
    outcome = store_file(engine, Path(info.source), ProcessedDocument(info, None, failure=reason), options)
    return _outcome(info.name, outcome)


async def _import_file(context: Any, **args: Any) -> dict[str, Any]:
    """The Procrastinate task: one file, in a reader process."""
    state: _WorkerState = context.additional_context["foia"]
    try:
        outcome = await state.readers.run(args)
    except Exception as exc:
        reason = str(exc) or type(exc).__name__
        if context.job.attempts + 1 >= RUNS:
            final = await asyncio.to_thread(_record_failure, state.engine, args,
                                            f"the import stopped {RUNS} times; last: {reason}")
            state.on_job(final)
        else:
            state.on_job(JobOutcome(_job_name(args), "retry", reason))
        raise
    state.on_job(outcome)
    return {"status": outcome.status, "pages": outcome.pages}


def _register(app: Any) -> None:
    from procrastinate import RetryStrategy

    app.task(name=TASK, queue=QUEUE, pass_context=True,
             retry=RetryStrategy(max_attempts=RUNS - 1, exponential_wait=RETRY_WAIT))(_import_file)


async def _take_over_stalled(app: Any, state: _WorkerState, stalled_after: float) -> None:
    """Hand the jobs of dead workers back to the queue, or record their files as failed when workers
    died on them RUNS times (a file that kills whoever reads it)."""
    from procrastinate import exceptions, jobs

    for job in await app.job_manager.get_stalled_jobs(queue=QUEUE, seconds_since_heartbeat=stalled_after):
        try:
            if job.attempts + 1 >= RUNS:
                reason = f"the worker importing it died {RUNS} times (killed, or out of memory); left for a person"
                state.on_job(await asyncio.to_thread(_record_failure, state.engine, job.task_kwargs, reason))
                await app.job_manager.finish_job(job, status=jobs.Status.FAILED, delete_job=False)
            else:
                await app.job_manager.retry_job(job)
                state.on_job(JobOutcome(_job_name(job.task_kwargs), "retry", "its worker stopped; taken over"))
        except exceptions.ConnectorException:
            pass  # another worker took it over first, or the file was queued again meanwhile


async def _keep_taking_over(app: Any, state: _WorkerState, stalled_after: float) -> None:
    while True:
        await asyncio.sleep(max(1.0, stalled_after / 3))
        await _take_over_stalled(app, state, stalled_after)


class _OneLine(logging.Formatter):
    """Procrastinate's own messages (a lost connection, a worker stopping) as one line each; the jobs'
    outcomes are reported by foia, not as Procrastinate's tracebacks."""

    def format(self, record: logging.LogRecord) -> str:
        return f"procrastinate: {record.getMessage()}"


def _quiet_procrastinate() -> None:
    logger = logging.getLogger("procrastinate")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(_OneLine())
        handler.addFilter(lambda record: not str(getattr(record, "action", "")).startswith(("job_", "task_not")))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)
        logger.propagate = False


def run_worker(engine: Engine, *, concurrency: int = 1, stalled_after: float = DEFAULT_STALLED_AFTER,
               until_empty: bool = False, on_job: Callable[[JobOutcome], None] | None = None) -> None:
    """Run queued import jobs until stopped (SIGINT/SIGTERM let the running jobs finish first), or,
    with `until_empty`, until no job is waiting."""
    require_postgres(engine, "foia worker")
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    _quiet_procrastinate()
    with transaction(engine) as session:
        gazetteer = gazetteer_for(session)
    from procrastinate.exceptions import ConnectorException

    try:
        asyncio.run(_serve(engine, gazetteer, concurrency, stalled_after, until_empty, on_job or (lambda _outcome: None)))
    except ConnectorException as exc:
        # Running jobs are taken over by other workers once this one's heartbeat is stale.
        cause = str(exc.__cause__ or exc).strip().splitlines()[0]
        raise DatabaseError(f"the worker lost the database ({cause}); its running jobs go back to the queue") from None


async def _serve(engine: Engine, gazetteer: Gazetteer, concurrency: int, stalled_after: float, until_empty: bool,
                 on_job: Callable[[JobOutcome], None]) -> None:
    app = procrastinate_app(engine)
    _register(app)
    readers = _Readers(engine, gazetteer, concurrency)
    state = _WorkerState(engine, readers, on_job)
    try:
        async with app.open_async():
            await _take_over_stalled(app, state, stalled_after)  # before the first fetch
            take_over = asyncio.create_task(_keep_taking_over(app, state, stalled_after))
            try:
                await app.run_worker_async(
                    queues=[QUEUE], concurrency=concurrency, wait=not until_empty, name=f"{socket.gethostname()}:{os.getpid()}",
                    additional_context={"foia": state}, update_heartbeat_interval=max(0.5, stalled_after / 4),
                    stalled_worker_timeout=stalled_after, delete_jobs="never", fetch_job_polling_interval=2.0,
                )
            finally:
                take_over.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await take_over
    finally:
        readers.close()
