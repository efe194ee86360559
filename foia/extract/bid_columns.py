"""Bid tabulations printed with one column per offeror, and the award that says which offer was taken.

A purchasing office's tabulation prices every bid side by side:

                                 DataWorks     NEC Corp.      Cognitec
    Item  Description                Plus, LLC    of America       Systems
    1     Investigative             $23,600.00    $31,200.00    $19,880.00

Only one of those columns is money the agency pays: the awarded offeror's. The others are offers, and a
reporter summing an agency's costs must never see them. This module finds the money cells of such a
table and the offeror heading each cell's column; whether the offer was taken is decided with the whole
document (the award is often on another page, "Award RFB 24-017 to DataWorks Plus, LLC"), in
`foia.analysis`. A table whose columns are periods or money ("FY24  FY25", "Unit price  Extended") is no
tabulation of offers, and a page that never says it tabulates bids or quotes has none."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from foia.extract import first_characters

# A page that says it compares offers ("BID TABULATION", "Quotes received", "Price comparison").
TABULATION_HEADING = re.compile(r"\b(?:(?:quotes|quotations|bids|proposals|responses|offers)\s+(?:were\s+)?"
                                r"(?:received|evaluated|compared|opened)|bid\s+tabulation|tabulation\s+of\s+(?:bids|quotes|"
                                r"quotations|proposals|offers)|price\s+comparison|comparison\s+of\s+(?:bids|quotes|"
                                r"quotations|proposals))\b", re.IGNORECASE)
# The sentence that takes an offer: "Award RFB 24-017 to DataWorks Plus", "recommends award of items 1
# through 4 to Tidewater", "We selected Rank One"; `name` is the offeror's first word.
AWARD = first_characters.compile(r"\b(?:award(?:ed|s)?(?:\s+(?:the\s+)?"
                                 r"(?:contract|purchase|order|RFQ|RFP|RFB|IFB|ITB|bid|quote|solicitation)"
                                 r"(?:\s+(?:No\.\s*)?[\w-]*\d[\w-]*)?)?\s+to\s+|"
                                 r"recommend(?:s|ed|ing)?\s+(?:an\s+|the\s+)?award\s+(?:of\s+[^.]{1,40}?\s+)?to\s+|"
                                 r"(?:selected|select|chose|choose|recommends?)\s+)(?:the\s+)?"
                                 r"(?P<name>(?-i:[A-Z][\w&'’-]+))", re.IGNORECASE)
_NOT_A_NAME = frozenset({"the", "a", "an", "this", "one", "items", "item", "option", "alternative"})

# A money cell: a dollar sign or cents, so that item numbers, quantities and years are no offer.
_MONEY_CELL = re.compile(r"(?<![\w.,$])(?:\$[ \t]?\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d{1,3}(?:,\d{3})*\.\d{2})(?![\w.,%])")
_RULE = re.compile(r"^[ \t]*[-=_+| ]{3,}[ \t]*$")
# A column headed by money, time or a score is a price, a period or a rating, not an offeror ("Unit price",
# "FY 2025", "Later yrs", "Score").
_NOT_AN_OFFEROR = re.compile(r"\b(?:price|cost|costs|amount|total|extended|unit|qty|quantity|each|fee|fees|budget|actual|"
                             r"adopted|request(?:ed)?|proposed|annual|monthly|one-time|years?|yrs?|months?|mos?|FY|"
                             r"(?:19|20)\d\d|subtotal|balance|variance|difference|estimate|discount|score|points|rating|"
                             r"ranking|result|weight|percent|renewal|option|base|term|recurring|ongoing)\b", re.IGNORECASE)
_HEADER_LINES = 6
_ALIGNMENT = 2  # characters a cell's right edge may stray from its column's
_PROSE = re.compile(r"^[ \t]*\S+(?: \S+){6,}[ \t]*$")  # a line of seven or more words and no column gap


@dataclass(frozen=True)
class OfferCell:
    """A money cell of a tabulation of offers, at [char_start, char_end) of the page, under `offeror`;
    `row_start` is where its row's line starts and `description` is the row's words (its wrapped lines too)."""

    char_start: int
    char_end: int
    offeror: str
    row_start: int = 0
    description: str = ""


def awarded_names(text: str) -> frozenset[str]:
    """The first words, lower case, of the offerors the text says were chosen."""
    return frozenset(match["name"].lower() for match in AWARD.finditer(text)) - _NOT_A_NAME


@functools.lru_cache(maxsize=4)
def offer_cells(text: str) -> tuple[OfferCell, ...]:
    """The money cells of the page's tabulations printed with one column per offeror; kept for the page's
    text, as the price readers and analysis each ask for them."""
    if not TABULATION_HEADING.search(text):
        return ()
    lines = _lines(text)
    found: list[OfferCell] = []
    index = 0
    while index < len(lines):
        start, line = lines[index]
        cells = [(m.start(), m.end()) for m in _MONEY_CELL.finditer(line)]
        if len(cells) < 2 or not _apart(line, cells):
            index += 1
            continue
        rights = [end for _, end in cells]
        lefts = [cells[0][0] - 3, *(right + 1 for right in rights[:-1])]
        offerors = _column_headers(lines, index, lefts, rights)
        end = _table_end(lines, index)
        if sum(1 for name in offerors if name) >= 2:
            for row_index in range(index, end):
                row_start, row = lines[row_index]
                description = _row_description(lines, row_index, end, cells[0][0])
                for cell in _MONEY_CELL.finditer(row):
                    column = next((k for k, right in enumerate(rights) if abs(cell.end() - right) <= _ALIGNMENT), None)
                    if column is not None and offerors[column]:
                        found.append(OfferCell(row_start + cell.start(), row_start + cell.end(), offerors[column],
                                               row_start, description))
        index = end
    return tuple(found)


def _lines(text: str) -> list[tuple[int, str]]:
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    return lines


def _apart(line: str, cells: list[tuple[int, int]]) -> bool:
    """Cells set apart by runs of spaces, as a table prints them, not amounts in a sentence."""
    return all(line[previous_end:start].strip() == "" and start - previous_end >= 2
               for (_, previous_end), (start, _) in zip(cells, cells[1:], strict=False))


def _column_headers(lines: list[tuple[int, str]], first_row: int, lefts: list[int], rights: list[int]) -> list[str]:
    """Each column's header, read from the lines above the table's first money row (a rule aside): the
    words whose middle falls in the column; empty where the header names money, a period or nothing."""
    words: list[list[str]] = [[] for _ in rights]
    header: list[str] = []
    for _, line in reversed(lines[max(0, first_row - _HEADER_LINES) : first_row]):
        if _RULE.match(line):
            continue
        if not line.strip() or _MONEY_CELL.search(line):
            break
        header.insert(0, line)
    for line in header:
        for chunk in re.finditer(r"\S+", line):  # word by word: right-aligned headers may stand one space apart
            middle = (chunk.start() + chunk.end()) / 2
            column = next((k for k, (left, right) in enumerate(zip(lefts, rights, strict=True))
                           if left < middle <= right + _ALIGNMENT), None)
            if column is not None:
                words[column].append(chunk.group())
    names = [" ".join(column) for column in words]
    return [name if re.search(r"[A-Za-z]{2}", name) and not _NOT_AN_OFFEROR.search(name) else "" for name in names]


def _row_description(lines: list[tuple[int, str]], row: int, end: int, label_end: int) -> str:
    """A row's words left of its amounts, with the lines under it that carry words but no amount ("Licence,
    10 concurrent" over "users, year 1"), its item number left out."""
    words = [lines[row][1][:label_end]]
    for _, line in lines[row + 1 : min(end, row + 4)]:
        if _MONEY_CELL.search(line) or not line[:label_end].strip() or re.match(r"[ \t]*\d{1,3}[.)]?[ \t]", line):
            break
        words.append(line[:label_end])
    return re.sub(r"^\s*\d{1,3}[.)]?\s+", "", " ".join(" ".join(words).split()))


def _table_end(lines: list[tuple[int, str]], first_row: int) -> int:
    """The line after the table: at a line of prose, or after two blank lines in a row."""
    blanks = 0
    for index in range(first_row + 1, len(lines)):
        line = lines[index][1]
        if not line.strip():
            blanks += 1
            if blanks >= 2:
                return index
            continue
        blanks = 0
        if _PROSE.match(line) and not _MONEY_CELL.search(line):
            return index
    return len(lines)
