"""Tables printed with pipes between their cells, as spreadsheets and system exports print them:

    Month    | Searches | Base fee  | Overage fee | Invoice total | Invoice no.
    ---------+----------+-----------+-------------+---------------+-------------
    Aug-2025 |      268 | $1,450.00 |      $58.50 |     $1,508.50 | VTI-25-08841
    TOTAL    |    1,591 | $8,700.00 |     $377.00 |     $9,077.00 |

The pipes say where each column is, so every cell is read under its header: a column whose header names
a measure gives counts, a column of amounts whose header names money (fee, total, amount, cost, charge)
gives costs, each for the period the row's label names ("Aug-2025" is a month; a total row has none).
Other columns (invoice numbers, dates, statuses) are never read as figures. The table's lines are
claimed, so the prose readers do not read them again. Written by hand: no library reads printed text
tables, and the pdfplumber table finder needs a PDF's ruling lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from foia.extract.costs import CostFinding, other_product_row, priced_row
from foia.extract.counts import CountFinding, column_measure, row_period

EXTRACTOR = "pipe_tables.columns"

_LINE = re.compile(r"^[^\n]*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]*[+|]?[-=]{2,}[-=+|: ]*$")  # "-----", "|---|---|", "+------+-----+"
_MONEY_HEADER = re.compile(r"\b(?:fee|fees|total|amount|cost|costs|charge|charges|price|paid|billed|invoice\s+total)\b",
                           re.IGNORECASE)
_NOT_MONEY_HEADER = re.compile(r"\b(?:no\.?|number|id|date|status|paid\s+on)\b", re.IGNORECASE)
_MONEY_CELL = re.compile(r"^(?P<negative>\(|-)?\$[ ]?(?P<amount>\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)\)?$")
_UNSIGNED_MONEY_CELL = re.compile(r"^(?P<amount>\d{1,3}(?:,\d{3})*\.\d{2}|\d+\.\d{2})$")
# The columns of a price table: quantity, description, unit price, line total.
_QUANTITY_HEADER = re.compile(r"^(?:qty|quantity|units?|#)\.?$", re.IGNORECASE)
_DESCRIPTION_HEADER = re.compile(r"\b(?:description|item|product|service|software)\b", re.IGNORECASE)
_UNIT_PRICE_HEADER = re.compile(r"^(?:unit(?:\s+(?:price|cost|rate))?|rate|each|price\s+each|unit\s+\$)$", re.IGNORECASE)
_TOTAL_HEADER = re.compile(r"\b(?:extended|ext\.?|amount|line\s+total|total|net\s+value)\b", re.IGNORECASE)
_COUNT_CELL = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")
_TOTAL_LABEL = re.compile(r"^(?:grand\s+)?(?:total|totals|sum|ytd|year\s+to\s+date)\b", re.IGNORECASE)
_MIN_ROWS = 2


@dataclass
class PipeTables:
    costs: list[CostFinding] = field(default_factory=list)
    counts: list[CountFinding] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int


def read_pipe_tables(text: str) -> PipeTables:
    """The figures of every pipe table in the text, each under its column's header."""
    found = PipeTables()
    for printed in _blocks(text):
        block = _spreadsheet_frame_removed(text, printed)
        if len(block) <= _MIN_ROWS:
            continue
        lines = [row for row in block if not _RULE.match(text[row[0].start : row[-1].end])]
        if len(lines) <= _MIN_ROWS:
            continue
        header, rows = _wrapped_header(lines), lines[1:]
        if len(rows) < _MIN_ROWS:
            continue
        claimed, costs, counts = len(found.claimed), len(found.costs), len(found.counts)
        found.claimed.append((header[0].start, block[-1][-1].end))
        columns = [cell.text for cell in header]
        if (price_columns := _price_columns(columns)) is not None:
            other_product = _read_price_rows(text, price_columns, rows, found)
            _read_totals(text, block[-1][-1].end, other_product, found, found.costs[costs:])
        else:
            for row in rows:
                _read_row(text, columns, row, found)
        if len(found.costs) == costs and len(found.counts) == counts:
            del found.claimed[claimed:]  # nothing read (a scan's rules lost here and there): the row readers' turn
    return found


def _price_columns(columns: list[str]) -> tuple[int, int, int, int] | None:
    """(quantity, description, unit price, total) column positions of a price table's header, or None."""
    def find(pattern: re.Pattern[str]) -> int | None:
        return next((index for index, column in enumerate(columns) if pattern.search(column.strip())), None)
    positions = (find(_QUANTITY_HEADER), find(_DESCRIPTION_HEADER), find(_UNIT_PRICE_HEADER), find(_TOTAL_HEADER))
    if any(position is None for position in positions) or len(set(positions)) != 4:
        return None
    quantity, description, unit_price, total = positions
    assert quantity is not None and description is not None and unit_price is not None and total is not None
    return quantity, description, unit_price, total


def _read_price_rows(text: str, columns: tuple[int, int, int, int], rows: list[list[_Cell]], found: PipeTables) -> bool:
    """Each priced row with the description lines under it (rows with no quantity), checked and priced;
    True when a row buys another product."""
    other_product = False
    quantity_at, description_at, unit_price_at, total_at = columns
    width = max(columns) + 1
    for index, row in enumerate(rows):
        if len(row) < width or not _COUNT_CELL.match(row[quantity_at].text):
            continue
        description = row[description_at].text
        for below in rows[index + 1 :]:
            if len(below) < width or below[quantity_at].text:
                break
            description += " " + below[description_at].text
        unit_price, total = (_money(row[unit_price_at].text), _money(row[total_at].text))
        if unit_price is None or total is None:
            continue
        other_product = other_product or other_product_row(description)
        first = next((cell for cell in row if cell.text), row[quantity_at])  # "| 1 | CVA-INV-12 | ...": the row's first cell
        span = (first.start, max(row[unit_price_at].end, row[total_at].end))
        others = " ".join(cell.text for index, cell in enumerate(row)
                          if index not in columns and re.search(r"[A-Za-z]", cell.text))
        found.costs.extend(priced_row(text, description, span, Decimal(row[quantity_at].text.replace(",", "")),
                                      unit_price, total, others))
    return other_product


_FACE_TOTAL = re.compile(r"\bfac(?:e|ial)[\s-]+recognition\b|\bFR\b", re.IGNORECASE)  # "Subtotal - Face Recognition"
_TOTAL_LINE = re.compile(r"^[ \t]*(?P<label>(?:Sub-?total|Total|Amount\s+due|Balance\s+due)\b[^\n]*?)[ \t]+"
                         r"(?:USD[ \t]*)?\$?(?P<amount>\d{1,3}(?:,\d{3})*\.\d{2})[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _read_totals(text: str, table_end: int, other_product: bool, found: PipeTables, rows: list[CostFinding]) -> None:
    """The total lines under a price table, up to a blank line: claimed, and read as totals when the rows
    are all face recognition or the line says it totals face recognition ("Subtotal - Face Recognition")."""
    gap = text.find("\n\n", table_end)
    end = gap if gap != -1 else len(text)
    found.claimed.append((table_end, end))
    periods = {row.period for row in rows if row.line_item}
    for line in _TOTAL_LINE.finditer(text, table_end, end):
        if other_product and not _FACE_TOTAL.search(line["label"]):
            continue
        amount = Decimal(line["amount"].replace(",", ""))
        if amount:
            start = line.start("label")
            found.costs.append(CostFinding(char_start=start, char_end=line.end("amount"), quote=text[start : line.end("amount")],
                                           amount_min=amount, amount_max=amount, currency="USD",
                                           period=periods.pop() if len(periods) == 1 else None, unit=None,
                                           unit_quantity=None, kind="total", confidence=0.8))


def _money(cell: str) -> Decimal | None:
    match = _MONEY_CELL.match(cell) or _UNSIGNED_MONEY_CELL.match(cell)
    if match is None:
        return None
    return Decimal(match["amount"].replace(",", "")) * (-1 if match.groupdict().get("negative") else 1)


_COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _spreadsheet_frame_removed(text: str, block: list[list[_Cell]]) -> list[list[_Cell]]:
    """The table without what framed it: the empty cells outside a line's first and last pipe
    ("| Quarter | Searches |"), and a spreadsheet's print frame ("A | B | C" over its columns and the row
    numbers 1, 2, 3 down its left edge), so that the first cell is the row's label and the first line
    its header. Rules stay where they are."""
    ruled = [bool(_RULE.match(text[row[0].start : row[-1].end])) for row in block]
    lines = [row for row, rule in zip(block, ruled, strict=True) if not rule]

    def each_line(cut: slice) -> list[list[_Cell]]:
        return [row if rule else row[cut] for row, rule in zip(block, ruled, strict=True)]

    if lines and all(len(row) > 1 and not row[0].text for row in lines):
        block, lines = each_line(slice(1, None)), [row[1:] for row in lines]
    if lines and all(len(row) > 1 and not row[-1].text for row in lines):
        block, lines = each_line(slice(None, -1)), [row[:-1] for row in lines]
    letters = [cell.text for cell in lines[0]] if lines else []
    if letters[:1] == [""] and len(letters) > 2:  # "    |  A  |  B": over a gutter of row numbers
        letters = letters[1:]
    if len(lines) > 1 and len(letters) > 1 and letters == list(_COLUMN_LETTERS[: len(letters)]):
        index = next(i for i, row in enumerate(block) if row is lines[0])
        block, ruled, lines = block[:index] + block[index + 1 :], ruled[:index] + ruled[index + 1 :], lines[1:]
    numbers = [row[0].text for row in lines]
    if numbers and _ROW_NUMBER_HEADER.fullmatch(numbers[0]):
        numbers = numbers[1:]  # "Row|Month|Searches" over "1  |Mar 2024|19": the export's own row numbers
        if numbers and not numbers[-1]:
            numbers = numbers[:-1]  # "   |Total   |227": a total row, unnumbered
        if (len(numbers) > _MIN_ROWS - 1 and all(len(row) > 2 for row in lines) and numbers[0].isdigit()
                and numbers == [str(int(numbers[0]) + i) for i in range(len(numbers))]):
            block = each_line(slice(1, None))
        return block
    # A spreadsheet's printed row numbers down the left edge: 1, 2, 3 ..., a line without one where a cell
    # wraps ("   |          |   run    | matches  |"), and a text box's rows at the end with one cell.
    numbered = [number for number in numbers if number]
    if (len(numbered) > _MIN_ROWS and numbers[0].isdigit()
            and numbered == [str(int(numbers[0]) + i) for i in range(len(numbered))]
            and sum(1 for row in lines if len(row) > 2) > _MIN_ROWS):
        block = each_line(slice(1, None))
    return block


def _wrapped_header(block: list[list[_Cell]]) -> list[_Cell]:
    """The header's cells (the first of the table's lines without its rules), with the words of the lines
    under it that go on with it ("Searches" over "run", "Possible" over "matches"): lines of words with no
    label of their own, before the first row."""
    header = block[0]
    for line in block[1:]:
        if line[0].text or len(line) != len(header) or any(re.search(r"\d", cell.text) for cell in line):
            break
        header = [_Cell(f"{above.text} {below.text}".strip(), above.start, above.end) if below.text else above
                  for above, below in zip(header, line, strict=True)]
    return header


_ROW_NUMBER_HEADER = re.compile(r"(?:row|line|ln|no\.?|#)", re.IGNORECASE)


def _blocks(text: str) -> list[list[list[_Cell]]]:
    """Runs of consecutive lines with two or more pipes (rules of dashes and "+" among them), each line
    split into its cells."""
    blocks: list[list[list[_Cell]]] = []
    current: list[list[_Cell]] = []
    for line in _LINE.finditer(text):
        value = line.group()
        if value.count("|") >= 2 or (current and _RULE.match(value)):
            current.append(_cells(text, line.start(), line.end()))
            continue
        if len(current) > _MIN_ROWS:
            blocks.append(current)
        current = []
    if len(current) > _MIN_ROWS:
        blocks.append(current)
    return blocks


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    cells = []
    position = start
    for piece in text[start:end].split("|"):
        stripped = piece.strip()
        offset = position + (len(piece) - len(piece.lstrip()))
        cells.append(_Cell(stripped, offset, offset + len(stripped)))
        position += len(piece) + 1
    return cells


def _read_row(text: str, columns: list[str], row: list[_Cell], found: PipeTables) -> None:
    label = row[0]
    total = bool(_TOTAL_LABEL.match(label.text))
    period = None if total else row_period(label.text)
    for column, cell in zip(columns[1:], row[1:], strict=False):
        if not cell.text:
            continue
        if (money := _MONEY_CELL.match(cell.text)) and _MONEY_HEADER.search(column) and not _NOT_MONEY_HEADER.search(column):
            amount = Decimal(money["amount"].replace(",", "")) * (-1 if money["negative"] else 1)
            if amount:
                found.costs.append(CostFinding(char_start=cell.start, char_end=cell.end, quote=text[cell.start : cell.end],
                                               amount_min=amount, amount_max=amount, currency="USD", period=period,
                                               unit=None, unit_quantity=None, kind="total" if total else None,
                                               confidence=0.8))
        elif _COUNT_CELL.match(cell.text) and (measured := column_measure(column)) is not None:
            count = int(cell.text.replace(",", ""))
            if count > 0:
                measure, category = measured
                found.counts.append(CountFinding(char_start=label.start, char_end=cell.end,
                                                 quote=text[label.start : cell.end], count=count, qualifier="exact",
                                                 measure=measure, per=period, confidence=0.75, category=category))
