"""Engines, sessions and migrations. Every command reaches the database through `open_database`,
which brings the schema to the newest migration itself, so first use needs no separate step."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from foia.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

try:
    import fcntl
except ImportError:  # Windows: no flock; SQLite's own locking alone decides who writes
    fcntl = None  # type: ignore[assignment]

DEFAULT_URL = "sqlite:///foia.db"
SUPPORTED_URLS = "SQLite (sqlite:///foia.db) and PostgreSQL (postgresql://user@host/database)"
PROJECT_ROOT = Path(__file__).resolve().parents[1]
# The Alembic scripts: inside the package when installed from a wheel (setup.py ships them as
# foia/migrations), else migrations/ at the top of a checkout, where developers keep them.
_SHIPPED_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATIONS_DIR = _SHIPPED_MIGRATIONS if (_SHIPPED_MIGRATIONS / "env.py").is_file() else PROJECT_ROOT / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
# Any fixed 64-bit key: serialises concurrent `upgrade` runs on one PostgreSQL database.
PG_MIGRATION_LOCK = 0x466F6961
# The newest migration. Every command compares the database against it, so it is written here rather
# than read from the migration scripts: importing Alembic costs 0.3 s on each run, and is only needed
# when there is something to migrate. tests/test_migrations.py holds it equal to the scripts' head.
SCHEMA_HEAD = "0014"


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """Structures that live outside the models, which model/migration comparison leaves out: full-text
    search (FTS5 tables and their shadow tables on SQLite, expression indexes on PostgreSQL), and
    Procrastinate's job queue (its own tables, created from its schema by migration 0013)."""
    return not (name and ("_fts" in name or name.startswith("procrastinate_")))


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("FOIA_DATABASE_URL") or DEFAULT_URL


def _sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # foia emits BEGIN itself (see _sqlite_begin): the sqlite3 module's own implicit transactions
    # would break SAVEPOINTs and start write transactions too late to wait their turn.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Reads of a large database touch many pages; a bigger cache and memory-mapped reads halve query times.
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.close()


def _sqlite_begin(connection) -> None:  # type: ignore[no-untyped-def]
    """Writers begin IMMEDIATE: they queue for SQLite's single write lock (waiting up to the busy
    timeout) before reading anything, so a read-then-write transaction can never fail half-way with
    "database is locked" because another importer committed in between. Readers begin DEFERRED."""
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"{url}: not a database URL ({exc})") from None
    backend = parsed.get_backend_name()
    if backend == "postgres":  # Heroku's and libpq's spelling, which SQLAlchemy does not accept
        raise DatabaseError(f"{url}: unsupported database URL; did you mean postgresql://{url.split('://', 1)[-1]}?")
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(f"{url}: unsupported database ({backend}); foia works with {SUPPORTED_URLS}")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        if backend == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:  # e.g. postgresql+psycopg2 without psycopg2
        raise DatabaseError(f"{url}: unsupported database URL ({exc}); foia works with {SUPPORTED_URLS}") from None
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    """Alembic's settings, given here rather than read from alembic.ini (which an installed package does
    not have; the file is for developers who run `alembic` in a checkout)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    return SCHEMA_HEAD


def _revision(connection: Connection) -> str | None:
    """What Alembic's version table says (None for an empty database), read without Alembic."""
    if connection.dialect.name == "sqlite":
        exists = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first()
    else:
        exists = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
    if not exists:
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _revision(connection)


def _migrate(engine: Engine) -> None:
    """On SQLite the migrations begin IMMEDIATE: a migration reads the schema before it changes it, and
    a read transaction that another connection wrote past fails at once with "database is locked"
    (SQLite does not wait there, as waiting could deadlock)."""
    from alembic import command

    command.upgrade(alembic_config(engine.execution_options(sqlite_begin="IMMEDIATE")), "head")


def upgrade(engine: Engine) -> None:
    """Run pending migrations; concurrent callers on PostgreSQL wait for each other."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_MIGRATION_LOCK})
            try:
                if _revision(connection) != head_revision():
                    _migrate(engine)
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_MIGRATION_LOCK})
                connection.commit()
    else:
        with _sqlite_file_lock(engine):  # importers started at once on a new file take turns to create it
            if current_revision(engine) != head_revision():
                _migrate(engine)


def sqlite_file(engine: Engine) -> str | None:
    """The path of the engine's SQLite database file; None for PostgreSQL, in-memory or URI databases,
    which other processes cannot open by path."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return database


def _new_sqlite_file(engine: Engine) -> bool:
    """An SQLite database that no connection has opened yet (missing or empty). Importers started at once
    on it must take turns from their first connection on: the first one creates the file and sets WAL
    mode, which would otherwise race with the others' doing the same."""
    database = sqlite_file(engine)
    if database is None:
        return False
    try:
        return Path(database).stat().st_size == 0
    except OSError:  # no such file yet (or no such directory, which the first connection reports)
        return True


@contextmanager
def _sqlite_file_lock(engine: Engine, *, give_up_after: float | None = None) -> Iterator[None]:
    """An exclusive flock on a lock file beside the SQLite database (`foia.db-lock`), for processes on
    this machine to take turns. Never on the database file itself: closing any descriptor of that file
    drops every POSIX lock this process's SQLite connections hold on it (a WAL connection's shared lock
    tells others it is still open), so another process could checkpoint and remove the WAL under it.
    With `give_up_after`, waits at most that many seconds and then goes on without the lock (SQLite's
    own locking still applies). Without flock (Windows), or for a database with no file, no lock."""
    database = sqlite_file(engine)
    if fcntl is None or database is None:
        yield
        return
    try:
        handle = Path(database + "-lock").open("a+b")  # noqa: SIM115 (closed by the `with` below)
    except OSError:  # no such directory, or read-only: SQLite will report what matters
        yield
        return
    with handle:
        if give_up_after is None:
            fcntl.flock(handle, fcntl.LOCK_EX)
            locked = True
        else:
            locked = _flock_within(handle, give_up_after)
        try:
            yield
        finally:
            if locked:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _flock_within(handle: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.0005)


def open_database(url: str | None = None, *, migrate: bool = True) -> Engine:
    """Connect and (unless told not to) bring the schema to head; raises DatabaseError with a
    one-line reason when the database cannot be reached."""
    resolved = database_url(url)
    engine = make_engine(resolved)
    try:
        if migrate and _new_sqlite_file(engine):
            upgrade(engine)  # its file lock is taken before the first connection creates the file
        elif current_revision(engine) != head_revision() and migrate:
            upgrade(engine)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(f"{make_url(resolved).render_as_string(hide_password=True)}: {reason}") from None
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work that writes: commits on success, rolls everything back on any error. On
    SQLite it holds the write lock from the start (BEGIN IMMEDIATE), so writers take turns."""
    with _writer_turn(engine), session_factory(engine.execution_options(sqlite_begin="IMMEDIATE")).begin() as session:
        yield session


_turns = threading.local()


@contextmanager
def _writer_turn(engine: Engine) -> Iterator[None]:
    """SQLite writers on this machine queue for their turn on the lock file before BEGIN IMMEDIATE.
    SQLite's own busy handler sleeps in steps of up to 100 ms while another writer holds the lock, so
    importer workers storing small files mostly slept: 2 workers were no faster than 1. The flock hands
    the turn over within a millisecond. Re-entrant within a thread, and it never waits past the busy
    timeout: after that, SQLite's own waiting (and its error) applies as before."""
    held: set[str] = _turns.__dict__.setdefault("held", set())
    database = sqlite_file(engine)
    key = os.path.realpath(database) if database else ""
    if not key or key in held:
        yield
        return
    held.add(key)
    try:
        with _sqlite_file_lock(engine, give_up_after=SQLITE_BUSY_TIMEOUT_MS / 1000):
            yield
    finally:
        held.discard(key)
