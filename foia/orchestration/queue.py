"""The import queue shared by importers on several machines (`foia import --queue`)."""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine, and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from foia.db import transaction
from foia.models import ImportQueueItem
from foia.orchestration.batch import Batch, with_archive
from foia.orchestration.files import FileOutcome, ImportReport, iter_input_files
from foia.orchestration.options import DEFAULT_TIMEOUT_SECONDS, ImportOptions, Progress

# A queued file whose importer died this many times is recorded as failed instead of tried again.
MAX_QUEUE_ATTEMPTS = 3


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


class QueueBatch(Batch):
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
    options = with_archive(engine, options or ImportOptions())
    progress = progress or Progress()
    added, missing = enqueue(engine, paths)
    _release_dead_claims(engine)
    ocr = replace(options.ocr, parallel_pages=1)
    batch = QueueBatch(engine, replace(options, ocr=ocr), progress)
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
