"""Tables rebuilt from word boxes by column alignment: for price lists printed without ruling lines,
and for scanned pages, where Tesseract's word boxes are all there is.

Words are grouped into lines by vertical overlap and into cells by gaps wider than a space; a table
is a run of lines holding money amounts (under an optional header line of column names), and its
columns are the x-bands of its fullest rows. A description that wraps onto a line of its own stays
in its row. The result has the same shape as any other table foia reads: rows of cell strings."""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

Table = list[list[str]]

# Currency marks foia recognises in a cell; codes are upper case, as price lists print them.
CURRENCY_MARK = r"(?:US\$|CA\$|C\$|CAD|USD|EUR|GBP|\$|€|£)"
_AMOUNT = r"(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?:[.,]\d{1,4})?"
# A whole cell that is a money amount: a currency mark or cents, a sign or parentheses, "CR" for a credit.
MONEY_CELL = re.compile(
    rf"^\(?[-−–]?\s?(?:{CURRENCY_MARK}\s?)?[-−–]?\(?(?P<number>{_AMOUNT})\)?\s?(?:{CURRENCY_MARK})?\)?(?:\s?CR)?$"
)
_HAS_MARK_OR_CENTS = re.compile(rf"{CURRENCY_MARK}|[.,]\d{{2}}\)?(?:\s?{CURRENCY_MARK})?(?:\s?CR)?$")
# Words that name the columns of a price table ("Unit Price" counts as price, "Year 1" as year).
HEADER_WORDS = frozenset([
    "qty", "quantity", "price", "cost", "rate", "extended", "ext", "amount", "total", "subtotal", "sub-total",
    "description", "item", "product", "service", "sku", "annual", "monthly", "year", "yr", "fee", "part",
])
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")

# A price cell that says there is no price: the row is still part of the table.
NO_CHARGE = re.compile(r"^(?:included|incl\.?|no\s+charge|n/c|free|waived|tbd|-|—|–)$", re.IGNORECASE)

GAP_IN_HEIGHTS = 1.0  # a gap wider than this many word heights ends a cell (a space is about a third)
LINE_GAP_IN_HEIGHTS = 2.6  # a vertical gap larger than this ends a table
MIN_ROWS = 2


def is_money(cell: str) -> bool:
    """A whole cell that reads as money: an amount with a currency mark or cents."""
    text = cell.strip()
    return bool(MONEY_CELL.match(text)) and bool(_HAS_MARK_OR_CENTS.search(text))


def header_terms(text: str) -> int:
    """How many distinct column-name words the text holds (a word set, not a regex: it runs on every
    line of every page)."""
    return len(HEADER_WORDS.intersection(_WORDS.findall(text.lower())))


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class _Cell:
    text: str
    x0: float
    x1: float


@dataclass
class _Line:
    words: list[Word]
    top: float
    bottom: float
    cells: list[_Cell] = field(default_factory=list)
    kind: str = "other"  # row | header | continuation | other

    @property
    def height(self) -> float:
        return statistics.median(word.bottom - word.top for word in self.words)


def _lines(words: Sequence[Word]) -> list[_Line]:
    """Words on the same line: a word whose vertical middle lies within the line's extent joins it."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        middle = (word.top + word.bottom) / 2
        line = next((line for line in reversed(lines[-3:]) if line.top <= middle <= line.bottom), None)
        if line is None:
            lines.append(_Line([word], word.top, word.bottom))
        else:
            line.words.append(word)
            line.top, line.bottom = min(line.top, word.top), max(line.bottom, word.bottom)
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        line.cells = _cells(line.words, line.height)
        line.kind = _kind(line)
    return lines


def _cells(words: list[Word], height: float) -> list[_Cell]:
    cells: list[_Cell] = []
    for word in words:
        if cells and word.x0 - cells[-1].x1 <= GAP_IN_HEIGHTS * max(height, 1.0):
            cells[-1].text += " " + word.text
            cells[-1].x1 = max(cells[-1].x1, word.x1)
        else:
            cells.append(_Cell(word.text, word.x0, word.x1))
    return cells


def _kind(line: _Line) -> str:
    if any(is_money(cell.text) for cell in line.cells):
        return "row"
    if len(line.cells) >= 2 and NO_CHARGE.match(line.cells[-1].text):
        return "row"
    text = " ".join(cell.text for cell in line.cells)
    if len(line.cells) >= 2 and header_terms(text) >= 2:
        return "header"
    return "continuation" if len(line.cells) <= 2 else "other"


def _regions(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of header, row and continuation lines without a wide vertical gap."""
    regions: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        gap_ok = bool(current) and line.top - current[-1].bottom <= LINE_GAP_IN_HEIGHTS * max(current[-1].height, 1.0)
        if line.kind == "other" or (current and not gap_ok) or (line.kind == "header" and _has_rows(current)):
            regions.append(current)
            current = []
        if line.kind != "other" and (current or line.kind != "continuation"):
            current.append(line)
    regions.append(current)
    return [region for region in regions if _has_rows(region)]


def _has_rows(region: list[_Line]) -> bool:
    rows = sum(line.kind == "row" for line in region)
    return rows >= MIN_ROWS or (rows >= 1 and any(line.kind == "header" for line in region))


def _bands(region: list[_Line]) -> list[tuple[float, float]]:
    """Column x-bands: the merged extents of the cells of the rows with the most cells."""
    rows = [line for line in region if line.kind == "row"]
    most = max(len(line.cells) for line in rows)
    spans = sorted((cell.x0, cell.x1) for line in rows if len(line.cells) == most for cell in line.cells)
    bands: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if bands and x0 <= bands[-1][1]:
            bands[-1] = (bands[-1][0], max(bands[-1][1], x1))
        else:
            bands.append((x0, x1))
    return bands


def _band_of(cell: _Cell, bands: list[tuple[float, float]]) -> int:
    """The band the cell overlaps most; the nearest by centre when it overlaps none."""
    overlaps = [min(cell.x1, x1) - max(cell.x0, x0) for x0, x1 in bands]
    best = max(range(len(bands)), key=lambda index: overlaps[index])
    if overlaps[best] > 0:
        return best
    centre = (cell.x0 + cell.x1) / 2
    return min(range(len(bands)), key=lambda index: abs((bands[index][0] + bands[index][1]) / 2 - centre))


def _fits_one_band(line: _Line, bands: list[tuple[float, float]]) -> bool:
    """A wrapped description starts in its column and stops short of the next one; a paragraph after
    the table runs across the columns."""
    slack = line.height
    for cell in line.cells:
        starts = [index for index, (x0, x1) in enumerate(bands) if x0 - slack <= cell.x0 <= x1]
        if not starts:
            return False
        following = starts[0] + 1
        if following < len(bands) and cell.x1 > bands[following][0]:
            return False
    return True


def _spread(line: _Line, bands: list[tuple[float, float]]) -> list[str]:
    cells = [""] * len(bands)
    for cell in line.cells:
        index = _band_of(cell, bands)
        cells[index] = f"{cells[index]} {cell.text}".strip()
    return cells


def _table(region: list[_Line]) -> Table:
    bands = _bands(region)
    if len(bands) < 2:
        return []
    rows: Table = []
    pending: list[str] | None = None  # a wrapped line that belongs to the row below it
    for index, line in enumerate(region):
        cells = _spread(line, bands)
        if line.kind == "continuation":
            if not _fits_one_band(line, bands):
                break
            if rows and pending is None and _continues(rows[-1], cells) and _closer_above(region, index):
                rows[-1] = _joined(rows[-1], cells)
            else:
                pending = cells if pending is None else _joined(pending, cells)
            continue
        if pending is not None:
            cells = _joined(pending, cells)
            pending = None
        rows.append(cells)
    return rows


def _joined(upper: list[str], lower: list[str]) -> list[str]:
    """Cells of two lines of one row, a wrapped cell joined by a newline."""
    return [f"{old}\n{new}" if new and old else old or new for old, new in zip(upper, lower, strict=True)]


def _closer_above(region: list[_Line], index: int) -> bool:
    """A wrapped line belongs to the row it sits closer to (rows are spaced wider than wrapped lines)."""
    line = region[index]
    below = next((other for other in region[index + 1:] if other.kind != "continuation"), None)
    if below is None or below.kind != "row":
        return True
    return line.top - region[index - 1].bottom <= below.top - line.bottom


def _continues(previous: list[str], cells: list[str]) -> bool:
    """A text-only line continues the row above when it writes only into columns that row filled with text."""
    return all(not new or (old and not is_money(old)) for old, new in zip(previous, cells, strict=True))


def tables_from_words(words: Sequence[Word]) -> list[Table]:
    """Tables of rows of cell strings found by column alignment among a page's word boxes."""
    if not words:
        return []
    return [table for region in _regions(_lines(words)) if (table := _table(region))]
