"""The store step under a concurrent writer, made deterministic with a transaction held open in another
thread: storing the same content as an uncommitted concurrent transaction ends as "duplicate" once that
one commits (on PostgreSQL through the unique-violation path), and a different document naming the same
new agency, vendor and request waits and reuses the rows instead of failing or duplicating them."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from foia.db import transaction
from foia.extract.entities import Gazetteer
from foia.models import Agency, Document, Request, Vendor
from foia.orchestration.files import file_info
from foia.orchestration.options import ImportOptions
from foia.orchestration.process import process_file
from foia.orchestration.storing import store_file
from foia.store import store_processed
from tests.pdfs import write_text_pdf

TEXT = "Invoice {n}: the Pinal County Sheriff's Office pays Clearview AI ${n},000 per month for face search."


def _processed(path: Path, n: int):  # type: ignore[no-untyped-def]
    write_text_pdf(path, [TEXT.format(n=n)])
    return process_file(path, file_info(path), Gazetteer.load())


def _hold_open(engine: Engine, processed, stored: threading.Event, options: ImportOptions) -> threading.Thread:  # type: ignore[no-untyped-def]
    def run() -> None:
        with transaction(engine) as session:
            store_processed(session, processed, agency_name=options.agency, request_reference=options.request)
            stored.set()
            time.sleep(1.0)  # the other writer now waits on our rows (or, on SQLite, on the write lock)
    thread = threading.Thread(target=run)
    thread.start()
    assert stored.wait(30)
    return thread


def test_same_content_as_an_uncommitted_writer_ends_as_duplicate(engine: Engine, tmp_path: Path) -> None:
    options = ImportOptions(agency="Brand New Agency", request="R-NEW-1")
    first = _processed(tmp_path / "a.pdf", 1)
    thread = _hold_open(engine, first, threading.Event(), options)
    outcome = store_file(engine, tmp_path / "a-copy.pdf", first, options)
    thread.join()
    assert outcome.status == "duplicate", outcome.reason
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1


def test_a_different_document_naming_the_same_new_entities_waits_and_reuses_them(engine: Engine, tmp_path: Path) -> None:
    options = ImportOptions(agency="Brand New Agency", request="R-NEW-1")
    first, second = _processed(tmp_path / "a.pdf", 1), _processed(tmp_path / "b.pdf", 2)
    thread = _hold_open(engine, first, threading.Event(), options)
    outcome = store_file(engine, tmp_path / "b.pdf", second, options)
    thread.join()
    assert outcome.status == "imported", outcome.reason
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 2
        assert session.scalars(select(Agency.name).where(Agency.name == "Brand New Agency")).all() == ["Brand New Agency"]
        assert session.scalars(select(Request.reference)).all() == ["R-NEW-1"]
        vendors = session.scalars(select(Vendor.name)).all()
        assert len(vendors) == len(set(vendors))
        agency_ids = set(session.scalars(select(Document.agency_id)))
        assert len(agency_ids) == 1


def test_a_sqlite_writer_holds_its_turn_for_the_transaction_and_no_longer(tmp_path: Path) -> None:
    """Writers queue on an flock of a lock file beside the database (handed over at once, unlike
    SQLite's sleeping busy handler); it must be held exactly while a write transaction is open, and
    nest in one thread. Never on the database file: closing a descriptor of it would drop the POSIX
    locks this process's SQLite connections hold."""
    import fcntl

    from foia.db import open_database

    engine = open_database(f"sqlite:///{tmp_path / 'turns.db'}")

    def turn_is_free() -> bool:
        with (tmp_path / "turns.db-lock").open("rb") as other:  # another open file: flock conflicts as between processes
            try:
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            fcntl.flock(other, fcntl.LOCK_UN)
            return True

    assert turn_is_free()
    with transaction(engine) as session:
        session.add(Agency(name="Harbor County Sheriff's Office"))
        assert not turn_is_free()
    assert turn_is_free()
    started = time.monotonic()
    with transaction(engine), transaction(engine):  # nested in one thread: the turn is re-entered, not awaited
        pass
    assert time.monotonic() - started < 5 and turn_is_free()
    engine.dispose()
