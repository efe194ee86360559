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


def _last_amounts_line_up(region: list[_Line]) -> bool:
    """Whether most rows' last amounts share a column edge (right-aligned or left-aligned), as a printed
    table's do. Text laid out with spaces and printed in a proportional font does not: its columns drift
    with the width of each row's words, and only their order tells them apart."""
    amounts = [next(cell for cell in reversed(line.cells) if _is_value(cell.text))
               for line in region if line.kind == "row" and any(_is_value(cell.text) for cell in line.cells)]
    if len(amounts) < 3:
        return True
    slack = 1.5 * statistics.median(line.height for line in region)
    for edges in ([cell.x0 for cell in amounts], [cell.x1 for cell in amounts]):
        edges.sort()
        widest = max(sum(1 for other in edges[index:] if other - edge <= slack) for index, edge in enumerate(edges))
        if widest * 2 > len(amounts):
            return True
    return False


def _is_value(text: str) -> bool:
    """A cell of a table's value columns: an amount, a quantity or a no-charge mark."""
    return is_money(text) or bool(_QUANTITY_CELL.fullmatch(text)) or bool(NO_CHARGE.match(text))


_LINE_NUMBER = re.compile(r"\d{1,3}\.?")
_QUANTITY_CELL = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?")
_LAST_WORD = re.compile(r"\s(\S+)$")


def _values_at_end(line: _Line) -> tuple[list[_Cell], list[str], float]:
    """A row's cells before its value cells, the value cells (cells wholly a value, and an amount that
    ends a text cell because a narrow gap joined it there), and where the first of them starts. A value
    after "x" or "@" is part of the description's arithmetic ("4 Requesters x $175")."""
    cells = [_Cell(cell.text, cell.x0, cell.x1) for cell in line.cells]
    values: list[str] = []
    start = line.words[-1].x1
    while len(cells) > 1 and _is_value(cells[-1].text) and not _TIMES_AT_END.search(cells[-2].text):
        cell = cells.pop()
        values.insert(0, cell.text)
        start = cell.x0
    while (last := _LAST_WORD.search(cells[-1].text)) and is_money(last.group(1)) \
            and not _TIMES_AT_END.search(cells[-1].text[: last.start()]):
        values.insert(0, last.group(1))
        start = next((word.x0 for word in reversed(line.words) if word.text == last.group(1)), start)
        cells[-1] = _Cell(cells[-1].text[: last.start()], cells[-1].x0, start)
    return cells, values, start


_TIMES_AT_END = re.compile(r"(?:^|\s)(?:x|×|@|at|=)$", re.IGNORECASE)


# Header words that name a value column only with the word after them ("Unit Price", "Ext. Amount"), and
# words that name the description's columns, which no value column is headed by.
_NAME_MODIFIERS = frozenset(["unit", "extended", "ext", "ext.", "line", "list", "net", "total", "annual", "monthly"])
_TEXT_HEADS = frozenset(["description", "item", "items", "product", "service", "services", "sku", "part", "ln",
                         "line", "no", "no.", "#", "code"])


def _column_names(words: list[str], width: int) -> list[str]:
    """The names of a header's last `width` value columns (or fewer, up to the description's), read from
    the right: a number ("Year 2") belongs to the word before it, a modifier ("Unit") to the word after it."""
    names: list[str] = []
    end = len(words)
    while end > 0 and len(names) < width:
        start = end - 1
        if re.fullmatch(r"\d+|\(?[$€£]\)?|\(?(?:USD|EUR|GBP)\)?", words[start]) and start > 0:
            start -= 1
        while start > 0 and words[start - 1].lower() in _NAME_MODIFIERS:
            start -= 1
        if words[start].lower() in _TEXT_HEADS:
            break
        names.insert(0, " ".join(words[start:end]))
        end = start
    return names


@dataclass(frozen=True)
class TypesetLine:
    """A line of a table whose columns do not line up, set again in lined-up columns, and the vertical
    extent of the printed line it replaces."""

    top: float
    bottom: float
    text: str
    table: int  # which table of the page


def typeset_misaligned_tables(words: Sequence[Word]) -> list[TypesetLine]:
    """The lines of each table among the words whose columns do not line up (see `_last_amounts_line_up`),
    set as a typed table is: each row's values right-aligned in the table's last columns in order (a lone
    amount is the row's amount), the header's names over them, a wrapped description under its row's."""
    misaligned = [region for region in _regions(_lines(words)) if not _last_amounts_line_up(region)]
    return [TypesetLine(top, bottom, text, table) for table, region in enumerate(misaligned)
            for top, bottom, text in _typeset(region)]


# A header's name of a value column: a column-name word, a year or a term ("FY2025", "Year 2", "Q3"), also
# run together with the word before it as OCR reads a narrow gap ("Unitprice").
_VALUE_COLUMN_NAME = re.compile(r"(?:qty|quantity|price|cost|rate|amount|total|ext|fee|year|yr|month|annual|each)\b"
                                r"|\b(?:fy\s?\d+|\d{4}|q[1-4])\b", re.IGNORECASE)


def _typeset(region: list[_Line]) -> list[tuple[float, float, str]]:
    """The region's lines (top, bottom, text) set in lined-up columns; none when it is not a headed table
    of value columns."""
    read = [(line, *_values_at_end(line)) for line in region]
    width = max((len(values) for line, _, values, _ in read if line.kind == "row"), default=0)
    if width == 0 or read[0][0].kind != "header":
        return []  # without a header naming its columns, a row's values might be any of them
    laid: list[tuple[_Line, list[str], list[str]]] = []  # each line's lead cells (by lead column) and value cells
    values_from: float | None = None  # where the values of the row above start
    columns_at: list[float] = []  # where the lead cells of the row above start
    for index, (line, lead, values, start) in enumerate(read):
        texts = [cell.text for cell in lead]
        if line.kind == "header":
            words = [word.text for word in line.words]
            values = _column_names(words, width)
            if not values or not all(_VALUE_COLUMN_NAME.search(name) for name in values):
                return []  # columns named by bidders or vendors: a tabulation set out otherwise
            named = sum(len(name.split()) for name in values)
            texts = [cell.text for cell in _cells(line.words[: len(words) - named], line.height)]
        elif line.kind == "row" and values:
            values_from = start
            first = lead[0]
            number = _LINE_NUMBER.match(first.text)
            if number and first.text[number.end():number.end() + 1] == " ":
                texts[:1] = [number.group(), first.text[number.end():].strip()]  # a line number's column
                description = next((word.x0 for word in line.words if word.x0 > first.x0), first.x1)
                columns_at = [first.x0, description, *[cell.x0 for cell in lead[1:]]]
            else:
                columns_at = [cell.x0 for cell in lead]
        elif line.kind == "continuation":
            below = next((start for other, _, values, start in read[index + 1:] if other.kind == "row" and values), None)
            if line.words[-1].x1 > (values_from if values_from is not None else below or 0.0):
                break  # a paragraph across the columns, not a wrapped description
            x = line.words[0].x0
            column = min(range(len(columns_at)), key=lambda at: abs(columns_at[at] - x)) if columns_at else 0
            texts, values = [""] * column + [" ".join(cell.text for cell in line.cells)], []
        else:
            return []  # a row with amounts amid its words: not a table of value columns
        laid.append((line, texts, [*[""] * (width - len(values)), *values[-width:]]))
    lead_count = max(len(texts) for _, texts, _ in laid)
    lead_widths = [max((len(texts[column]) for _, texts, _ in laid if column < len(texts) - 1), default=0)
                   for column in range(lead_count)]
    widths = [max(len(cells[column]) for _, _, cells in laid) for column in range(width)]
    leads = ["".join(text.ljust(size + 2) if column < len(texts) - 1 else text
                     for column, (text, size) in enumerate(zip(texts, lead_widths, strict=False))) for _, texts, _ in laid]
    lead_width = max(map(len, leads)) + 4
    return [(line.top, line.bottom, (lead.ljust(lead_width) + "    ".join(
                cell.rjust(size) for cell, size in zip(cells, widths, strict=True))).rstrip() if any(cells) else lead)
            for (line, _, cells), lead in zip(laid, leads, strict=True)]


def _table(region: list[_Line]) -> Table:
    if not _last_amounts_line_up(region) and _typeset(region):
        return []  # its columns are known only by their order: the page's text is set in lined-up columns instead
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
