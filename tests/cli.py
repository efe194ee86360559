"""Driving the real CLI from tests: one command against one database, and its CSV output read back."""

from __future__ import annotations

import csv
import io

from typer.testing import CliRunner, Result

from foia.cli import app


def run(db_url: str, *args: str, input: str | None = None) -> Result:
    """`foia --db DB_URL ARGS...`; an unexpected exception fails the test instead of becoming an exit code."""
    return CliRunner().invoke(app, ["--db", db_url, *args], input=input, catch_exceptions=False)


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))
