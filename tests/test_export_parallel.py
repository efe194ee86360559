"""A large SQLite export is split between processes by ranges of document names; the file must be
byte for byte the one a single process writes, whatever the ranges and even when a helper fails."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

import foia.export
from foia.db import open_database
from foia.export import _write_in_parallel, write_kind
from foia.models import Cost, Page
from foia.query import Filters, name_ranges
from tests.cli import run
from tests.pdfs import write_text_pdf

PAGE = (
    "From: Dana Ortiz <dortiz@pinal.example.gov>\n"
    "Sent: Monday, May {day}, 2018 10:02 AM\n"
    "To: Lee Park <lpark@clearview.ai>\n"
    "Subject: Invoice {number}\n\n"
    "Lee, the Pinal County Sheriff's Office will pay Clearview AI ${amount:,} per month, \"as quoted\",\n"
    "for invoice {number}, covering {amount:,} booking photos."
)


@pytest.fixture
def release_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'release.db'}"
    for number in range(9):  # names sort apart from import order, and two documents share a name
        name = f"box-{(number * 7) % 9:02d}.pdf" if number != 8 else "box-03.pdf"
        folder = tmp_path / "release" / f"f{number}"
        write_text_pdf(folder / name, [PAGE.format(day=number + 1, number=f"{number}-{page}", amount=1000 + number * 10 + page)
                                       for page in range(3)])
    assert run(url, "import", str(tmp_path / "release"), "--workers", "1").exit_code == 0
    engine = open_database(url)
    with Session(engine) as session, session.begin():  # hostile cells, as in the other export tests
        page_id = session.scalar(select(Page.id).order_by(Page.id.desc()).limit(1))
        session.execute(insert(Cost), [dict(page_id=page_id, char_start=0, char_end=1, quote=quote, extractor="test",
                                            extractor_version="0", confidence=1.0, review_status="unreviewed",
                                            amount_min=Decimal("-2.5"), amount_max=Decimal("-2.5"), currency="USD")
                                       for quote in ('=HYPERLINK("x")', "line\nbreak, comma")])
    engine.dispose()
    return url


def one_process(url: str, kind: str, filters: Filters | None = None) -> str:
    engine = open_database(url)
    out = io.StringIO()
    write_kind(engine, kind, out, filters=filters)  # a few rows: below the threshold, one process
    engine.dispose()
    return out.getvalue()


@pytest.mark.parametrize("parts", [2, 3, 5])
@pytest.mark.parametrize("kind", ["costs", "usage"])
def test_parallel_export_is_the_one_process_export(release_db: str, parts: int, kind: str) -> None:
    engine = open_database(release_db)
    assert len(name_ranges(engine, parts)) == parts
    out = io.StringIO()
    header, _, body = one_process(release_db, kind).partition("\r\n")
    out.write(header + "\r\n")
    count = _write_in_parallel(engine, kind, None, parts, out)
    engine.dispose()
    assert out.getvalue() == header + "\r\n" + body
    assert count == len(list(csv.reader(io.StringIO(body, newline="")))) and count >= 27


def test_filters_apply_in_every_range(release_db: str) -> None:
    filters = Filters(since=dt.date(2018, 5, 4))
    engine = open_database(release_db)
    out = io.StringIO()
    _write_in_parallel(engine, "costs", filters, 3, out)
    engine.dispose()
    expected = one_process(release_db, "costs", filters).partition("\r\n")[2]
    assert out.getvalue() == expected and 0 < len(expected) < len(one_process(release_db, "costs"))


def test_a_failed_helper_range_is_written_by_the_main_process(release_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("helper died")

    monkeypatch.setattr(foia.export, "_export_range", broken)  # the forked helpers inherit it
    engine = open_database(release_db)
    out = io.StringIO()
    _write_in_parallel(engine, "costs", None, 3, out)
    engine.dispose()
    assert out.getvalue() == one_process(release_db, "costs").partition("\r\n")[2]


def test_the_cli_splits_a_large_export(release_db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    expected = one_process(release_db, "costs")
    monkeypatch.setattr(foia.export, "PARALLEL_EXPORT_ROWS", 1)
    monkeypatch.setattr(foia.export, "_cores", lambda: 3)
    splits: list[int] = []
    real = foia.export._write_in_parallel
    monkeypatch.setattr(foia.export, "_write_in_parallel", lambda *args: splits.append(args[3]) or real(*args))
    target = tmp_path / "costs.csv"
    assert run(release_db, "export", "costs", "--out", str(target)).exit_code == 0
    assert splits == [3]
    assert target.read_bytes().decode() == expected
