"""Price tables on PDF pages: which pages are worth reading as tables, and their rows as cell strings.

pdfplumber's table finder is the best open tool for ruled tables, but it parses the page again
(pdfminer) and costs tens of milliseconds a page where PDFium's text costs one. So it runs only on
pages where a table is likely, judged from what PDFium has already given: a line of column names
(Qty, Unit Price, Extended, Total...), several lines ending in money amounts, or ruling lines on a
page with money on it. Ruled tables come from pdfplumber's finder; tables printed without lines are
rebuilt from pdfplumber's word boxes by column alignment (`foia.ingest.columns`), as scanned pages are
from Tesseract's."""

from __future__ import annotations

import ctypes
import io
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pypdfium2.raw as pdfium_c

from foia.ingest.columns import CURRENCY_MARK, Table, Word, header_terms, is_money, tables_from_words

if TYPE_CHECKING:
    from pdfplumber.page import Page

log = logging.getLogger(__name__)

_MONEY_TOKEN = re.compile(rf"(?:{CURRENCY_MARK})\s?\d|\b\d{{1,3}}(?:,\d{{3}})*\.\d{{2}}\b")
_ENDS_IN_MONEY = re.compile(rf"(?:{CURRENCY_MARK}\s?[\d.,]{{0,15}}\d|\b\d[\d,]{{0,15}}\.\d{{2}})\)?"
                            rf"\s*(?:{CURRENCY_MARK}|CR)?\s*\Z")
_TAIL = 32  # characters at the end of a line that can hold its closing amount
MAX_HEADER_WORDS = 14  # a line of column names is short; prose that names "total cost" and "price" is not
MIN_MONEY_LINE_ENDS = 3  # lines ending in an amount that make a page look like a price list
MIN_RULINGS = 4  # thin lines or outlined boxes that make a page with money on it look ruled
MAX_RULE_THICKNESS = 3.0  # points: thicker filled shapes are boxes or redaction bars, not rules
# A page with more text than this is not read as tables: pdfplumber's time grows with the characters,
# and a price table fills far less (a dense invoice page holds about 5,000).
MAX_TABLE_PAGE_CHARS = 40_000
_LINES_STRATEGY = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def likely_table(text: str, rulings: Callable[[], int] | None = None) -> bool:
    """Whether a page probably holds a price table: cheap tests on its text first (only the tail of
    each line, and only short lines, go through a regex); the ruling count (walking the page's path
    objects) is asked for only when the page has money but no other sign."""
    if len(text) > MAX_TABLE_PAGE_CHARS or not _MONEY_TOKEN.search(text):
        return False
    ends = 0
    for line in text.split("\n"):
        ends += bool(_ENDS_IN_MONEY.search(line[-_TAIL:]))
        if ends >= MIN_MONEY_LINE_ENDS or (line.count(" ") < MAX_HEADER_WORDS and _is_header_line(line)):
            return True
    return rulings is not None and rulings() >= MIN_RULINGS


def _is_header_line(line: str) -> bool:
    """A short line naming two or more price-table columns and holding no amount."""
    return header_terms(line) >= 2 and not _MONEY_TOKEN.search(line)


def count_rulings(paths: Iterable[ctypes.c_void_p]) -> int:
    """Path objects shaped like table rules: thin horizontal or vertical lines, or outlined cells."""
    count = 0
    for obj in paths:
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in (left, bottom, right, top))):
            continue
        width, height = right.value - left.value, top.value - bottom.value
        thin = min(width, height) <= MAX_RULE_THICKNESS and max(width, height) > 4 * MAX_RULE_THICKNESS
        if thin or _outlined(obj):
            count += 1
    return count


def _outlined(obj: ctypes.c_void_p) -> bool:
    """A stroked, unfilled path: a cell border drawn as a rectangle."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke)):
        return False
    return bool(stroke.value) and not fill_mode.value


def read_pdf_tables(source: Path | bytes, indexes: Sequence[int]) -> dict[int, list[Table]]:
    """Tables on the given pages (0-based), by page index. pdfplumber is imported here, not at module
    load: most imports never need it. A page pdfminer cannot parse keeps no tables (its text came
    from PDFium and is not affected); the failure is logged."""
    if not indexes:
        return {}
    import pdfplumber

    wanted = sorted(set(indexes))
    found: dict[int, list[Table]] = {}
    try:
        with pdfplumber.open(io.BytesIO(source) if isinstance(source, bytes) else source,
                             pages=[index + 1 for index in wanted]) as pdf:
            for page in pdf.pages:
                try:
                    tables = page_tables(page)
                finally:
                    page.close()
                if tables:
                    found[page.page_number - 1] = tables
    # pdfminer's failures on malformed files are not one exception family (syntax errors, KeyError,
    # TypeError, struct errors...), and tables are an addition to text already read: none is fatal.
    except Exception as exc:  # noqa: BLE001
        log.warning("tables not read (%s: %s)", type(exc).__name__, exc)
    return found


def page_tables(page: Page) -> list[Table]:
    """Ruled tables holding money, from pdfplumber's finder; then tables aligned without rules among
    the words outside them."""
    tables: list[Table] = []
    boxes: list[tuple[float, float, float, float]] = []
    if len(page.edges) >= MIN_RULINGS:
        for table in page.find_tables(_LINES_STRATEGY):
            rows = [[_cell(cell) for cell in row] for row in table.extract()]
            if any(is_money(cell) for row in rows for cell in row):
                tables.append(rows)
                boxes.append(table.bbox)
    words = [Word(str(w["text"]), float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
             for w in page.extract_words() if not any(_inside(w, box) for box in boxes)]
    return tables + tables_from_words(words)


def _cell(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _inside(word: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    middle_x, middle_y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return bool(x0 <= middle_x <= x1 and top <= middle_y <= bottom)
