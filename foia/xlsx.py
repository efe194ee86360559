"""Exports and listings as an Excel workbook (.xlsx), which is what newsrooms pass around.

Numbers are numeric cells (amounts keep their sign; a spreadsheet can add them up), dates are date
cells, and every text cell is stored as text: a quote that starts with "=" is shown as written and
never runs as a formula, and one that starts with = + - @ also carries Excel's quote-prefix mark, so
editing it keeps it text. Each sheet with citations opens with a `citation` column (document, page,
Bates number) for copying into a story. Written with openpyxl in write-only mode: rows stream to
disk, so memory stays flat however many rows."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from foia.csv_cells import FORMULA_TRIGGERS
from foia.errors import QueryError

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MAX_ROWS = 1_048_576  # Excel's limit, header row included
MAX_CELL_CHARS = 32_767
TRUNCATED = " [cut: longer than a spreadsheet cell holds]"
# Control characters the XML of a workbook cannot hold (openpyxl refuses them); they become spaces.
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
_WIDTHS = {"id": 8, "page": 6, "bates": 14, "citation": 40, "quote": 60, "statement": 60, "cost_note": 60,
           "document": 32, "agency": 32, "vendor": 22, "date": 11, "status": 11}


class TooManyRowsError(QueryError):
    """More rows than a spreadsheet holds: the message says to use CSV."""


@dataclass(frozen=True)
class Sheet:
    title: str
    names: Sequence[str]
    types: Sequence[str]  # Frictionless types, as foia.query.Column.type
    rows: Iterable[Sequence[Any]]
    citation: Callable[[dict[str, Any]], str] | None = None


def citation(row: dict[str, Any]) -> str:
    """'report.pdf, page 3, Bates CCSO 000003' (pages 1-2 for a message)."""
    parts = [str(row.get("document") or "")]
    if row.get("page") is not None:
        parts.append(f"page {row['page']}")
    elif row.get("page_start") is not None:
        end = row.get("page_end") or row["page_start"]
        parts.append(f"page {row['page_start']}" if end == row["page_start"] else f"pages {row['page_start']}-{end}")
    if row.get("bates"):
        parts.append(f"Bates {row['bates']}")
    return ", ".join(parts)


def write_workbook(target: str | IO[bytes], sheets: Iterable[Sheet]) -> dict[str, int]:
    """Write each sheet in turn; returns the rows written per sheet."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    counts = {}
    for sheet in sheets:
        counts[sheet.title] = _write_sheet(book.create_sheet(sheet.title[:31]), sheet)
    if not counts:
        book.create_sheet("empty")
    book.save(target)
    return counts


def _write_sheet(worksheet: WriteOnlyWorksheet, sheet: Sheet) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    names = (["citation"] if sheet.citation else []) + list(sheet.names)
    types = (["string"] if sheet.citation else []) + list(sheet.types)
    widths = worksheet.column_dimensions  # type: ignore[attr-defined]  # made by Worksheet._setup; the stubs miss it
    for index, name in enumerate(names, start=1):
        widths[get_column_letter(index)].width = _WIDTHS.get(name, 14)
    worksheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in names:
        cell = WriteOnlyCell(worksheet, value=name)
        cell.font = bold
        header.append(cell)
    worksheet.append(header)
    count = 0
    for row in sheet.rows:
        if count + 2 > MAX_ROWS:
            raise TooManyRowsError(f"{sheet.title}: more than {MAX_ROWS - 1:,} rows, which is more than a spreadsheet "
                                   "holds; export it as CSV, or narrow it with filters")
        values = list(row)
        if sheet.citation:
            values.insert(0, sheet.citation(dict(zip(sheet.names, row, strict=True))))
        worksheet.append([_cell(worksheet, WriteOnlyCell, value, kind) for value, kind in zip(values, types, strict=True)])
        count += 1
    return count


def _cell(worksheet: WriteOnlyWorksheet, make: Callable[..., Cell], value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind in ("number", "integer") and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    if isinstance(value, dt.datetime):
        cell = make(worksheet, value=value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value)
        cell.number_format = 'yyyy-mm-dd hh:mm:ss "UTC"' if value.tzinfo else "yyyy-mm-dd hh:mm:ss"
        return cell
    if isinstance(value, dt.date):
        cell = make(worksheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    return _text_cell(worksheet, make, str(value))


def _text_cell(worksheet: WriteOnlyWorksheet, make: Callable[..., Cell], text: str) -> Cell:
    """A cell that is text whatever it says: never a formula, an error code or a number."""
    text = _ILLEGAL.sub(" ", text)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(TRUNCATED)] + TRUNCATED
    cell = make(worksheet, value=text)
    cell.data_type = "s"
    if text.startswith(FORMULA_TRIGGERS):
        cell.quotePrefix = True
    return cell
