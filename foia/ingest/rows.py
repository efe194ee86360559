"""Rows of cells (spreadsheets, CSV, Word tables) as page text and as table rows.

The prose extractors read page text, so each row becomes one line with its cells two spaces apart
("Face search licence  12  $9,500.00"); the cost extractor can read the same rows as cells from
`PageText.tables` instead of re-splitting the text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from foia.ingest import PageText

CELL_SEPARATOR = "  "
# Rows per page for sheets and CSV files, which have no pages of their own: a fact cites a page, and
# a page of 100 rows is one a reader can find the row on.
ROWS_PER_PAGE = 100
_SPACES = re.compile(r"\s+")


def clean_row(cells: Iterable[object]) -> list[str]:
    """Cells as single-line strings, trailing empty cells dropped."""
    row = [_SPACES.sub(" ", "" if cell is None else str(cell)).strip() for cell in cells]
    while row and not row[-1]:
        row.pop()
    return row


def row_text(row: list[str]) -> str:
    return CELL_SEPARATOR.join(row)


def table_text(rows: list[list[str]]) -> str:
    return "\n".join(row_text(row) for row in rows)


def paged_rows(rows: Iterable[list[str]], title: str | None, first_number: int) -> Iterator[PageText]:
    """Pages of ROWS_PER_PAGE non-empty rows each; `title` (a sheet's name) heads every page."""
    chunk: list[list[str]] = []
    number = first_number
    for row in rows:
        if not any(row):
            continue
        chunk.append(row)
        if len(chunk) == ROWS_PER_PAGE:
            yield _page(chunk, title, number)
            number, chunk = number + 1, []
    if chunk:
        yield _page(chunk, title, number)


def _page(rows: list[list[str]], title: str | None, number: int) -> PageText:
    text = table_text(rows)
    return PageText(number=number, text=f"{title}\n{text}" if title else text, text_source="layer", tables=[rows])
