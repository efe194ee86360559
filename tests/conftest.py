"""Database fixtures: every database test runs on SQLite, and on PostgreSQL when
FOIA_TEST_POSTGRES_URL names a server (each test gets its own schema, dropped afterwards)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from foia.db import open_database

POSTGRES_URL = os.environ.get("FOIA_TEST_POSTGRES_URL")
# CI sets this so that a missing or unreachable PostgreSQL fails the run instead of skipping quietly.
REQUIRE_POSTGRES = os.environ.get("FOIA_REQUIRE_POSTGRES") == "1"
_skipped_postgres: list[str] = []


def _postgres_schema_url(base: str) -> Iterator[str]:
    schema = f"foia_test_{uuid.uuid4().hex[:12]}"
    url = make_url(base).set(drivername="postgresql+psycopg")
    admin = create_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(autouse=True)
def archive_of_originals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test keeps its originals in its own archive (FOIA_ARCHIVE), where a SQLite database in
    tmp_path would keep them by default anyway; PostgreSQL tests would otherwise share the user's."""
    archive = tmp_path / "foia-archive"
    monkeypatch.setenv("FOIA_ARCHIVE", str(archive))
    return archive


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database of each engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'foia.db'}"
        return
    if not POSTGRES_URL:
        if REQUIRE_POSTGRES:
            pytest.fail("FOIA_REQUIRE_POSTGRES=1 but FOIA_TEST_POSTGRES_URL is not set")
        _skipped_postgres.append(request.node.nodeid)
        pytest.skip("PostgreSQL tests need FOIA_TEST_POSTGRES_URL")
    yield from _postgres_schema_url(POSTGRES_URL)


@pytest.fixture
def engine(db_url: str):  # type: ignore[no-untyped-def]
    engine = open_database(db_url)
    yield engine
    engine.dispose()


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if _skipped_postgres:
        terminalreporter.write_line(
            f"NOTE: {len(_skipped_postgres)} PostgreSQL tests were skipped: set FOIA_TEST_POSTGRES_URL "
            "(e.g. postgresql://postgres@127.0.0.1:5432/test) to run them.",
            yellow=True,
            bold=True,
        )
