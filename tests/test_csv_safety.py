"""Exports neutralise spreadsheet formulas in text cells without touching numbers."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, String, cast, literal, select

from foia.csv_cells import FORMULA_TRIGGERS, csv_cell_sql, csv_value, inert
from foia.export import _write_copied


def test_hostile_text_cells_are_inert_and_round_trip() -> None:
    hostile = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "plain"]
    buffer = io.StringIO()
    csv.writer(buffer).writerow([csv_value(value) for value in hostile])
    (row,) = csv.reader(io.StringIO(buffer.getvalue()))
    assert row[:-1] == ["'" + value for value in hostile[:-1]]
    assert row[-1] == "plain"


def test_numbers_are_never_prefixed() -> None:
    assert csv_value(Decimal("-12.500000")) == "-12.5"
    assert csv_value(Decimal("6.000000")) == "6"
    assert csv_value(Decimal("2.5E+6")) == "2500000"
    assert csv_value(-3) == "-3"
    assert csv_value(None) == ""


def test_copied_csv_gets_crlf_row_ends_wherever_the_chunks_break() -> None:
    """PostgreSQL's COPY output arrives in arbitrary chunks: a break inside a quoted cell, between the
    two marks of an escaped quote, or inside a multi-byte character must not change the result."""
    body = 'C1,"a ""b"",\nc",-5\nC2,Núñez €,\nC3,"x\r\ny",\n'.encode()
    expected = 'C1,"a ""b"",\nc",-5\r\nC2,Núñez €,\r\nC3,"x\r\ny",\r\n'
    for cut in range(len(body) + 1):
        for second in (cut, min(cut + 1, len(body)), min(cut + 3, len(body))):
            out = io.StringIO()
            assert _write_copied([body[:cut], body[cut:second], body[second:]], out) == 3
            assert out.getvalue() == expected


# Text as exports meet it: anything a records office typed, and often a formula trigger first.
# PostgreSQL text cannot hold NUL, and neither database holds lone surrogates.
_CELL_TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)
_CELLS = st.lists(st.one_of(_CELL_TEXT, st.builds(str.__add__, st.sampled_from(FORMULA_TRIGGERS), _CELL_TEXT)),
                  min_size=1, max_size=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=_CELLS)
def test_the_database_and_python_render_text_cells_alike(engine: Engine, cells: list[str]) -> None:
    """The rule is written twice, in SQL for exports the database renders (every fact CSV) and in
    Python for the others: both must give the same cell for any text, on SQLite and PostgreSQL."""
    dialect = engine.dialect.name
    with engine.connect() as connection:
        by_database = connection.execute(
            select(*(csv_cell_sql(cast(literal(cell, String), String), "string", dialect) for cell in cells))
        ).one()
    # PostgreSQL's COPY writes an empty string and NULL alike (nothing), as the csv module writes "".
    assert ["" if value is None else value for value in by_database] == [csv_value(cell) for cell in cells]
    assert [csv_value(cell) for cell in cells] == [inert(cell) for cell in cells]
