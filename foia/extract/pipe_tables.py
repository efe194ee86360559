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

from foia.extract.costs import CostFinding
from foia.extract.counts import CountFinding, column_measure, row_period

EXTRACTOR = "pipe_tables.columns"

_LINE = re.compile(r"^[^\n]*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]*[-=]{2,}[-=+|: ]*$")
_MONEY_HEADER = re.compile(r"\b(?:fee|fees|total|amount|cost|costs|charge|charges|price|paid|billed|invoice\s+total)\b",
                           re.IGNORECASE)
_NOT_MONEY_HEADER = re.compile(r"\b(?:no\.?|number|id|date|status|paid\s+on)\b", re.IGNORECASE)
_MONEY_CELL = re.compile(r"^(?P<negative>\(|-)?\$[ ]?(?P<amount>\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)\)?$")
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
    for block in _blocks(text):
        header, rows = block[0], [row for row in block[1:] if not _RULE.match(text[row[0].start : row[-1].end])]
        if len(rows) < _MIN_ROWS:
            continue
        found.claimed.append((header[0].start, block[-1][-1].end))
        columns = [cell.text for cell in header]
        for row in rows:
            _read_row(text, columns, row, found)
    return found


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
