"""The database as other tools meet it: Datasette (driven by its own test client) finds foia's full-text
search and shows the cited views with foia's metadata; on SQLite and PostgreSQL alike the cited views
hold exactly what `foia export` writes."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from foia.datasette import CITED_VIEWS, HIDDEN
from foia.query import KINDS
from tests.cli import run
from tests.pdfs import write_text_pdf

THREAD = [
    """From: Sam Okafor <sokafor@amazon.com>
Sent: Tuesday, May 7, 2019 10:15 AM
To: Lt. Carla Mendes <cmendes@madisoncountyal.gov>
Subject: Rekognition pricing for the sheriff

Lieutenant Mendes,
Image analysis with Amazon Rekognition is $1 per 1,000 images.
Face storage is between $6 and $12 a month.
Your office searched approximately 305,000 booking photos last year, and the matches led to 496 arrests.
Only booking photos lawfully obtained by this office will be searched.
Sam Okafor, Amazon Web Services""",
    """From: Lt. Carla Mendes <cmendes@madisoncountyal.gov>
Sent: Wednesday, May 8, 2019 8:02 AM
To: Sam Okafor <sokafor@amazon.com>
Subject: RE: Rekognition pricing for the sheriff

Thanks, Sam. I will take the estimate to the quartermaster.""",
]


@pytest.fixture
def loaded(db_url: str, tmp_path: Path) -> str:
    write_text_pdf(tmp_path / "release" / "madison-pricing.pdf", THREAD, footer="MCSO {page:06d}")
    assert run(db_url, "import", str(tmp_path / "release")).exit_code == 0
    return db_url


def _normal(value: Any) -> Any:
    """One spelling for a value read from a view or from a JSON export (numbers, dates, datetimes)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value)).normalize()
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@pytest.mark.parametrize("view", sorted(CITED_VIEWS))
def test_cited_views_hold_what_the_exports_write(loaded: str, engine: Engine, view: str) -> None:
    kind = CITED_VIEWS[view]
    export = ["export", kind, "--format", "json"] + (["--category", "all"] if kind == "usage" else [])
    exported = json.loads(run(loaded, *export).stdout)
    with engine.connect() as connection:
        result = connection.execute(text(f"SELECT * FROM {view}"))
        columns = list(result.keys())
        rows = [dict(zip(columns, row, strict=True)) for row in result]
    assert columns == [column.name for column in KINDS[kind].columns]
    assert exported, kind
    key = "id"
    in_view = {str(row[key]): {name: _normal(value) for name, value in row.items()} for row in rows}
    in_export = {str(row[key]): {name: _normal(value) for name, value in row.items()} for row in exported}
    if kind == "messages":  # ISO datetimes: the export keeps microseconds only when there are some
        for each in (*in_view.values(), *in_export.values()):
            each["sent_at"] = (each["sent_at"] or "")[:19]
    assert in_view == in_export


def _datasette_get(database: Path, metadata: dict[str, Any], *paths: str) -> list[Any]:
    from datasette.app import Datasette

    async def fetch() -> list[Any]:
        datasette = Datasette([str(database)], metadata=metadata)
        await datasette.invoke_startup()
        answers = []
        for path in paths:
            response = await datasette.client.get(path)
            assert response.status_code == 200, (path, response.text[:300])
            answers.append(response.json())
        return answers

    return asyncio.run(fetch())


def test_datasette_searches_and_browses_the_views(tmp_path: Path) -> None:
    pytest.importorskip("datasette")
    database = tmp_path / "foia.db"
    url = f"sqlite:///{database}"
    write_text_pdf(tmp_path / "release" / "madison-pricing.pdf", THREAD, footer="MCSO {page:06d}")
    assert run(url, "import", str(tmp_path / "release")).exit_code == 0
    metadata_file = tmp_path / "metadata.json"
    written = run(url, "datasette-metadata", "--out", str(metadata_file))
    assert written.exit_code == 0, written.stderr
    metadata = json.loads(metadata_file.read_text())
    assert metadata == json.loads(run(url, "datasette-metadata").stdout)

    pages, none, messages, costs, listing, labelled = _datasette_get(
        database, metadata,
        "/foia/pages.json?_search=quartermaster&_shape=array",
        "/foia/pages.json?_search=zeppelin&_shape=array",
        "/foia/messages.json?_search=quartermaster&_shape=array",
        "/foia/costs_cited.json?_shape=array",
        "/foia.json",
        "/foia/costs.json?_labels=on&_shape=array",
    )
    assert [page["number"] for page in pages] == [2]
    assert none == []
    assert [message["subject"] for message in messages] == ["RE: Rekognition pricing for the sheriff"]
    quotes = {" ".join(row["quote"].split()): row for row in costs}
    assert quotes["$1 per 1,000 images"]["bates"] == "MCSO 000001"
    assert quotes["$1 per 1,000 images"]["document"] == "madison-pricing.pdf"
    tables = {table["name"]: table for table in listing["tables"]}
    assert all(tables[name]["hidden"] for name in HIDDEN if name in tables)
    assert not tables["costs"]["hidden"] and set(CITED_VIEWS) <= {view["name"] for view in listing["views"]}
    assert labelled and all(row["page_id"]["label"] == "MCSO 000001" for row in labelled)


def test_datasette_metadata_needs_a_file_or_a_name(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        assert json.loads(run(db_url, "datasette-metadata").stdout)["databases"].keys() == {"foia"}
        return
    refused = run(db_url, "datasette-metadata")
    assert refused.exit_code == 2 and "SQLite" in refused.stderr
    named = json.loads(run(db_url, "datasette-metadata", "--name", "copy").stdout)
    assert "costs_cited" in named["databases"]["copy"]["tables"]
