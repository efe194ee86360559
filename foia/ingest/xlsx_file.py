"""Excel workbooks (.xlsx, .xlsm) through openpyxl in read-only mode (rows streamed from the sheet
XML, so a large workbook is not built in memory; with defusedxml installed it refuses XML entity
tricks): the values Excel last calculated, as the cell shows them ("$9,500.00" for a currency cell),
each sheet in pages of rows, each row a line of cells and a row of `PageText.tables`."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from foia.ingest import Handler, IngestedDocument, IngestError, ReadOptions, reason_of
from foia.ingest.office import check_package, leading_member_names, office_kind
from foia.ingest.rows import clean_row, paged_rows

_CURRENCY = re.compile(r"[$€£¥]")
_DECIMALS = re.compile(r"0\.(0+)")


def cell_text(value: Any, number_format: str | None = None) -> str:
    """A cell's value as Excel would show it, as far as a reader needs: currency symbol, thousands
    separators and decimals of currency and accounting formats, percentages, dates without midnight."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | float):
        return _number_text(value, number_format or "General")
    return str(value)


def _number_text(value: float, number_format: str) -> str:
    decimals_match = _DECIMALS.search(number_format)
    decimals = len(decimals_match[1]) if decimals_match else 0
    if "%" in number_format:
        return f"{value * 100:,.{decimals}f}%"
    symbol = _CURRENCY.search(number_format)
    if symbol or "#,##0" in number_format:
        text = f"{abs(value):,.{decimals}f}"
        sign = "-" if value < 0 else ""
        return f"{sign}{symbol[0] if symbol else ''}{text}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return format(value, ".15g") if isinstance(value, float) else str(value)


def _sheet_rows(sheet: Any) -> Iterator[list[str]]:
    # The stored dimensions are often wrong (A1:XFD1048576): forget them, so rows are not padded out.
    sheet.reset_dimensions()
    for row in sheet.iter_rows():
        yield clean_row(cell_text(cell.value, getattr(cell, "number_format", None)) for cell in row)


class XlsxHandler(Handler):
    media_type: ClassVar[str] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    description: ClassVar[str] = "Excel workbook (.xlsx)"

    def score(self, head: bytes, name: str) -> int:
        return 80 if office_kind(leading_member_names(head)) == "xl" else 0

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        import openpyxl

        check_package(source, "Excel")
        try:
            workbook = openpyxl.load_workbook(source if isinstance(source, Path) else io.BytesIO(source),
                                              read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds on damaged packages
            raise IngestError(f"unreadable Excel workbook ({reason_of(exc)})") from None
        document = IngestedDocument(media_type=self.media_type)
        try:
            for sheet in workbook.worksheets:
                pages = paged_rows(_sheet_rows(sheet), f"Sheet: {sheet.title}", len(document.pages) + 1)
                document.pages.extend(pages)
        except Exception as exc:  # noqa: BLE001 - a damaged sheet shows up only when its rows are read
            raise IngestError(f"unreadable Excel workbook ({reason_of(exc)})") from None
        finally:
            workbook.close()
        return document


HANDLER = XlsxHandler()
