"""The schema comes only from migrations; the models must describe exactly what they build."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from foia.db import (
    alembic_config,
    current_revision,
    head_revision,
    include_object,
    open_database,
)
from foia.models import Base


def test_upgrade_from_empty_reaches_head_and_matches_models(db_url: str) -> None:
    engine = open_database(db_url)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": include_object})
            assert compare_metadata(context, Base.metadata) == []
        tables = set(inspect(engine).get_table_names())
        assert {"documents", "pages", "messages", "costs", "usage_counts", "policies", "agencies"} <= tables
    finally:
        engine.dispose()


def test_schema_head_constant_is_the_newest_migration() -> None:
    """foia.db.SCHEMA_HEAD spares each command an Alembic import; a new migration must move it."""
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_revision_is_read_as_alembic_reads_it(db_url: str) -> None:
    engine = open_database(db_url)
    try:
        with engine.connect() as connection:
            assert current_revision(engine) == MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def test_opening_twice_is_harmless(db_url: str) -> None:
    open_database(db_url).dispose()
    engine = open_database(db_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = open_database(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        engine.dispose()
