"""A database URL foia cannot use gets one line naming what it supports, never a traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from foia.cli import app


@pytest.mark.parametrize(("url", "expected"), [
    ("mysql://reporter@localhost/foia", "mysql://reporter@localhost/foia: unsupported database (mysql); foia works with SQLite"),
    ("postgres://reporter@localhost/foia", "did you mean postgresql://reporter@localhost/foia?"),
    ("postgresql+psycopg2://reporter@localhost/foia", "No module named 'psycopg2'"),
])
def test_unsupported_database_url_is_one_line_naming_what_works(url: str, expected: str) -> None:
    result = CliRunner().invoke(app, ["--db", url, "import", "records/"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert expected in result.output and ("postgresql://" in result.output)
