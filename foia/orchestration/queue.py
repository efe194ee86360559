"""The distributed import queue, on Procrastinate (a maintained task queue that keeps its jobs in
PostgreSQL, so a team that runs PostgreSQL for the shared database operates no broker besides).

`foia import --queue PATH...` (enqueue) identifies each file, keeps it in the archive of originals and
defers one job per file; `foia worker` (foia.orchestration.queue_worker) runs jobs on any machine that
reaches the database and the archive, reading each file from the archive, so no machine needs the
others' paths. A job's queueing lock and lock are the file's SHA-256: the same content is never
waiting twice nor being imported twice at once, and the store's duplicate check makes a second
import of a stored file a no-op."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from foia.archive import ChangedWhileArchived, open_archive
from foia.errors import InputError
from foia.models import Document
from foia.orchestration.batch import with_archive
from foia.orchestration.files import FileOutcome, ImportReport, iter_input_files
from foia.orchestration.options import ImportOptions, Progress
from foia.orchestration.storing import prepare, store_file
from foia.processed import FileInfo, ProcessedDocument

if TYPE_CHECKING:
    import procrastinate

# Job queue and task names, as stored in procrastinate_jobs (migration 0013 uses them too).
QUEUE = "foia-import"
TASK = "foia.import_file"


class QueueNeedsPostgres(InputError):
    """The job queue lives in PostgreSQL; on SQLite there is none."""


def require_postgres(engine: Engine, what: str) -> None:
    if engine.dialect.name != "postgresql":
        raise QueueNeedsPostgres(f"{what} needs a PostgreSQL database (the job queue lives there); on SQLite, "
                                 "import on one machine with `foia import PATH... --workers N`")


def conninfo(engine: Engine) -> str:
    """The engine's database as a libpq URL (Procrastinate connects through psycopg itself)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def procrastinate_app(engine: Engine) -> procrastinate.App:
    """A Procrastinate app on this database (imported here: Procrastinate costs 0.4 s to import, and
    only queue commands need it)."""
    import procrastinate

    return procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=conninfo(engine)))


@contextmanager
def opened(engine: Engine) -> Iterator[procrastinate.App]:
    """A Procrastinate app, open for synchronous use."""
    app = procrastinate_app(engine)
    with app.open():
        yield app


def job_arguments(info: FileInfo, options: ImportOptions) -> dict[str, Any]:
    """What a worker needs to import one archived file: its identity, where it came from (for the
    record), the archive, and the options the import was started with."""
    return {
        "sha256": info.sha256, "name": info.name, "source": info.source, "size_bytes": info.size_bytes,
        "archive": options.archive, "agency": options.agency, "request": options.request,
        "ocr": options.ocr.mode, "timeout": options.timeout, "max_file_bytes": options.max_file_bytes,
    }


@dataclass
class EnqueueReport:
    """`foia import --queue`: what was deferred, what was already waiting, and every other outcome
    (duplicates already stored, missing paths, files refused before reading)."""

    archive: str  # where the files were archived, for the workers to read them
    queued: list[Path] = field(default_factory=list)
    waiting: list[Path] = field(default_factory=list)  # a job for the same content was waiting already
    report: ImportReport = field(default_factory=ImportReport)


def enqueue(engine: Engine, paths: Iterable[Path], *, options: ImportOptions | None = None,
            progress: Progress | None = None) -> EnqueueReport:
    """Archive each file under `paths` and defer one import job for it. A file already stored is a
    duplicate and a file too large is recorded as failed, as `foia import` does; neither is queued."""
    require_postgres(engine, "--queue")
    options = with_archive(engine, options or ImportOptions())
    progress = progress or Progress()
    archive = open_archive(str(options.archive))
    result = EnqueueReport(archive.location)
    seen: set[str] = set()

    def finish(outcome: FileOutcome) -> None:
        result.report.outcomes.append(outcome)
        if progress.on_file:
            progress.on_file(outcome)

    with opened(engine) as app:
        import procrastinate.exceptions

        for item in iter_input_files(paths):
            prepared = item if isinstance(item, FileOutcome) else prepare(engine, item, options, seen)
            if isinstance(prepared, FileOutcome):
                finish(prepared)
                continue
            assert isinstance(item, Path)
            try:
                archive.put_file(item, prepared.sha256)
            except ChangedWhileArchived as exc:
                finish(store_file(engine, item, ProcessedDocument(prepared, None, failure=str(exc)), options))
                continue
            try:
                app.configure_task(TASK, queue=QUEUE, lock=prepared.sha256, queueing_lock=prepared.sha256).defer(
                    **job_arguments(prepared, options))
                result.queued.append(item)
            except procrastinate.exceptions.AlreadyEnqueued:
                result.waiting.append(item)
            if progress.on_file:
                progress.on_file(FileOutcome(item, "queued"))
    return result


@dataclass(frozen=True)
class QueuedJob:
    id: int
    status: str  # todo | doing | succeeded | failed | cancelled | aborted
    name: str
    attempts: int
    reason: str | None  # why the file failed, from its document


@dataclass
class QueueStatus:
    counts: dict[str, int]
    running: list[QueuedJob]
    failed: list[QueuedJob]
    oldest_waiting: dt.datetime | None


# The words `foia queue` uses for Procrastinate's job states.
STATUS_WORDS = {"todo": "waiting", "doing": "running", "failed": "failed", "succeeded": "done",
                "cancelled": "cancelled", "aborted": "aborted"}


def queue_status(engine: Engine, *, failed_limit: int = 50) -> QueueStatus:
    """Jobs by state, the ones running now, and the failed ones with the reason their documents record."""
    require_postgres(engine, "foia queue")
    with engine.connect() as connection:
        counts = {status: count for status, count in connection.execute(text(
            "SELECT status::text, count(*) FROM procrastinate_jobs WHERE queue_name = :queue GROUP BY status"),
            {"queue": QUEUE})}
        oldest = connection.execute(text(
            "SELECT min(e.at) FROM procrastinate_jobs j JOIN procrastinate_events e ON e.job_id = j.id "
            "WHERE j.queue_name = :queue AND j.status = 'todo' AND e.type = 'deferred'"), {"queue": QUEUE}).scalar()

        def jobs(status: str, limit: int) -> list[QueuedJob]:
            rows = connection.execute(text(
                "SELECT id, status::text, args, attempts FROM procrastinate_jobs "
                "WHERE queue_name = :queue AND status = CAST(:status AS procrastinate_job_status) "
                "ORDER BY id DESC LIMIT :limit"), {"queue": QUEUE, "status": status, "limit": limit}).all()
            with Session(bind=connection) as session:
                errors = dict(session.execute(select(Document.sha256, Document.error).where(
                    Document.sha256.in_([row.args.get("sha256") for row in rows if row.args.get("sha256")]))).all())
            return [QueuedJob(row.id, row.status, row.args.get("name") or Path(row.args.get("path", "?")).name,
                              row.attempts, errors.get(row.args.get("sha256"))) for row in rows]

        return QueueStatus(counts, jobs("doing", 1000), jobs("failed", failed_limit), oldest)
