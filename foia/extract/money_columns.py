"""Costs in price lists and budget printouts: rows that end in money columns with no arithmetic to check.

A state contract's price list ("MorphoFace Investigate investigator license   user/yr   2,350.00") and a
budget's line-item detail ("Clearview AI subscription (15 users)   22,500.00   22,500.00   26,250.00"
under "FY24 Actual  FY25 Adopted  FY26 Request") print amounts without a dollar sign, so the prose reader
never sees them, and without quantities, so the invoice reader (quantity x unit price = total) cannot
check them. Here a row counts only inside a table: two or more such rows under a header that names a
money column (Price, Cost, Amount, Actual, Budget, Request, a fiscal year). Each distinct amount of a row
is a cost, quoted from the row's description to that amount; a row is read only where it, or the section
heading above it, speaks of face recognition and names no other product; the table's other rows are
passed over, for no other reader to price them alone; totals are left out. A unit column ("user/yr",
"device/mo", "day") gives the price's unit and period, or else the description's words ("maintenance,
annual") or the header's ("Price per seat, per year"); budget columns give no period, as a budget line is
an allocation, not a term.

A spreadsheet export printed as comma-separated lines ("CHECK_NO,...,DESCRIPTION,AMOUNT" over
"114907,...,\"VERITONE IDENTIFY SUBSCRIPTION FY24, 8 USERS\",12960.00") is read the same way, row by row:
its description cell, and its amount cell.

Budgets printed in whole dollars ("24,000   26,400") are read only under a header that names money (a
year alone heads count tables too). A tier's row that is only a seat range ("11 - 25   $1,950.00") is a
price on a page about face recognition. A ledger line's own arithmetic ("CLEARVIEW LIC 12MO 15 @
1,995.00  ...  29,925.00") gives the unit price as well."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from foia.extract import cost_terms
from foia.extract.topic import FACE_RECOGNITION, OTHER_HARDWARE, about_face_recognition


@dataclass(frozen=True)
class ColumnCost:
    """One amount of a money-column row; `quote` is `text[char_start:char_end]`, from the description on."""

    char_start: int
    char_end: int
    quote: str
    amount: Decimal
    period: str | None
    unit: str | None
    kind: str | None
    description: str


# Two decimals make an amount of money, not a count, a percentage or an account number.
_AMOUNT = r"\(?-?\$?\d{1,3}(?:,\d{3})*\.\d{2}\)?"
# A cell that holds a column's place without an amount: "--", "n/a", "Included", "waived". A row of them
# alone prices nothing, but keeps its table together.
_PLACEHOLDER = r"(?:--?|—|–|n/a|N/A|[Ii]ncluded|INCLUDED|[Ww]aived|WAIVED|[Nn]o\s+charge)"
# A last column of words after the money ("Billing": "On go-live", "Annually,", "As incurred").
_NOTE_CELL = r"(?:[ \t]{2,}[A-Za-z][A-Za-z,;.-]*(?: [A-Za-z][A-Za-z,;.-]*){0,2})"
_ROW = re.compile(
    rf"^(?P<label>[ \t]*\S[^\n]*?)(?P<cells>(?:[ \t]{{2,}}(?:{_AMOUNT}|{_PLACEHOLDER})){{1,6}})"
    rf"(?:[ \t]{{2,}}-?\d{{1,3}}(?:\.\d)?%?|{_NOTE_CELL})?[ \t]*$",
    re.MULTILINE)
_CELL = re.compile(_AMOUNT)
# A budget printed "in whole dollars" ("3,412,000   3,498,300"): cells with thousands separators (or a 0),
# read only under a header that names money, not years alone, since count tables print years too.
_WHOLE = r"\$?\d{1,3}(?:,\d{3})+|0"
_WHOLE_ROW = re.compile(
    rf"^(?P<label>[ \t]*\S[^\n]*?)(?P<cells>(?:[ \t]{{2,}}(?:{_WHOLE}|{_PLACEHOLDER})){{1,6}})"
    rf"(?:[ \t]{{2,}}-?\d{{1,3}}(?:\.\d)?%?)?[ \t]*$",
    re.MULTILINE)
# A header of years alone ("2025   2026   2027   Total") prices money only under a title that says so
# ("FISCAL NOTE", "Fiscal impact", "Budget") a few lines above it.
_YEARS_HEADER = re.compile(r"[ \t]*(?:(?:ln|line|no\.?|#)[ \t]+)?"
                           r"(?:(?:item|description|line\s+item|category|expense|object|fiscal\s+year\b[^\n]{0,30}?)[ \t]{2,})?"
                           r"(?:(?:FY[ \t]?)?(?:19|20)\d\d(?:[-–/]\d\d)?(?:[ \t]+|$)){2,}(?:Total[ \t]*)?", re.IGNORECASE)
_MONEY_TITLE = re.compile(r"\b(?:fiscal\s+(?:note|impact|summary|effect)|financial\s+impact|budget|"
                          r"cost\s+(?:summary|detail|estimate|breakdown)|costs|expenses)\b",
                          re.IGNORECASE)
_MONEY_TITLE_REACH = 8
_WHOLE_CELL = re.compile(rf"(?<![\d,.$])(?:{_WHOLE})(?![\d,.])")
_MONEY_HEADER = re.compile(r"\b(?:actual|adopted|adp|approved|app|budget(?:ed)?|request(?:ed)?|proposed|appropriation|amount|"
                           r"cost|price|fees?|charges?|expenditures?|revised)\b", re.IGNORECASE)
# Columns of contract years ("Year 1   Year 2   Year 3"): each cell is that year's price.
_YEAR_COLUMNS = re.compile(r"\byear\s+1\b[^\n]*\byear\s+2\b", re.IGNORECASE)
_HEADER = re.compile(r"\b(?:unit\s+)?(?:price|cost|amount|fees?|charges?|extended|actual|adopted|budget(?:ed)?|request(?:ed)?|"
                     r"proposed|"
                     r"estimated?|approved|revised|projected|appropriation)\b|\bFY\s?'?\d{2}(?:\d{2})?\b|\b(?:19|20)\d\d\b|"
                     + _YEAR_COLUMNS.pattern,
                     re.IGNORECASE)
RULE_LINE = re.compile(r"^[ \t]*[-=_]{3,}[-=_ \t]*$")  # a table's rule of dashes
# A quantity column makes an invoice or quote: its rows are read by their arithmetic, elsewhere.
_QUANTITY_HEADER = re.compile(r"\b(?:qty|quantity|quant\.?)\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(?:sub-?total|total|grand\s+total|sum)\b", re.IGNORECASE)
# "BriefCam Review renewal (no face mod.)", "(NOT FACIAL RECOGNITION)": face recognition named to be denied.
_DENIED = re.compile(r"\b(?:no|not|non|without)[\s-]+(?:fac(?:e|ial)|FR)\b", re.IGNORECASE)
_OTHER = re.compile(
    r"\b(?:licen[cs]e[\s-]+plate|A?LPRs?|body[\s-]*(?:worn|cams?|cameras?)|Axon\s+body|tasers?|radios?|vehicles?|fleet|drones?|"
    r"live\s?scan|fingerprint\w*|AFIS|palm\s*print|records?\s+requests?|public\s+records|cellebrite|ufed|graykey|"
    rf"redact\w*|mug\s?shot\s+capture|photo\s?manager|salar(?:y|ies)|overtime|fringe|travel|conference|{OTHER_HARDWARE}|"
    # a records, dispatch or jail management system ("RMS maintenance - Tyler")
    r"(?-i:RMS|CAD|JMS)|records\s+management|computer[\s-]aided\s+dispatch|jail\s+management)\b",
    re.IGNORECASE)
# A row's unit column: "user/yr", "device/mo", "each", "lot", "day", "seat".
_UNIT = re.compile(r"^(?:(?:per\s+)?(?P<noun>each|ea|lot|day|hr|hour|seat|user|license|licence|server|device|site|camera|"
                   r"channel|stream|unit|month|mo|year|yr|student|session|agency)(?:\s*/\s*(?P<per>yr|year|mo|month|day|hr))?"
                   r"|per\s+(?P<named>[A-Za-z][A-Za-z-]+))$", re.IGNORECASE)  # or any "per <noun>": "per attendee"
_PERIODS = {"yr": "year", "year": "year", "mo": "month", "month": "month"}
# A ledger line's own arithmetic: "CLEARVIEW LIC 12MO 15 @ 1,995.00", "FACE COMPARISON COURSE 4 @ 725.00".
_QUANTITY_AT = re.compile(
    r"(?:\b(?P<noun>LIC|LICS|SEATS?|USERS?)\b[^@\n]*?)?\b(?P<qty>\d{1,5})\s*(?P<after>seats?|users?|licen[cs]es?|cameras?|"
    r"channels?|devices?|workstations?)?\)?\s*@\s*\$?(?P<price>\d{1,3}(?:,\d{3})*\.\d{2})\b",
    re.IGNORECASE)
_AT_UNITS = {"LIC": "license", "LICS": "license", "SEAT": "seat", "SEATS": "seat", "USER": "user", "USERS": "user"}


def _at_unit(each: re.Match[str], description: str = "") -> str | None:
    """The unit of "15 @ 1,995.00" after "LIC", or of "6 seats @ $300.00"; "Client licenses (3
    workstations) @ 1,100.00" prices a licence for each workstation."""
    if each["after"]:
        named = _UNIT_NOUN.search(description)
        if each["after"].lower().startswith("workstation") and named is not None:
            return cost_terms.singular_unit(named["noun"].lower().rstrip("."))
        return cost_terms.singular_unit(each["after"])
    return _AT_UNITS.get(each["noun"].upper()) if each["noun"] else None


_FISCAL_YEAR_OF_SERVICE = re.compile(
    r"\b(?:subscr\w*|licen[cs]e|maint\w*|support|hosting)\b[^\n]{0,20}\bFY\s?'?\d{2}(?:\d{2})?\b", re.IGNORECASE)
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9./-]*$")  # an item, part or account number
_WORD = re.compile(r"[A-Za-z]{2}")
# A tier's seat range in words: "6 to 15", and the last tier's open one: "51 and over", "51 or more", "over 50",
# "51+".
_OPEN_TIER = re.compile(r"\d{1,5}\s*(?:\+|and\s+(?:over|up|above)|or\s+more|(?:to|through|thru)\s+\d{1,5})|"
                        r"(?:over|more\s+than)\s+\d{1,5}", re.IGNORECASE)
# "Customer has selected Tier 2 with 12 named users": the other tiers of the schedule are prices not taken.
_CHOSEN_TIER = re.compile(r"\b(?:selected|chose|chosen|elected|ordered|purchased|buys|bought)\s+(?:pricing\s+)?Tier\s+"
                          r"(?P<tier>\d{1,2})\b|\bTier\s+(?P<tier_after>\d{1,2})\s+(?:was|is|has\s+been)\s+(?:selected|chosen)\b",
                          re.IGNORECASE)
_TIER_HEADER = re.compile(r"^[ \t]*Tier\b", re.IGNORECASE)
_HEADER_UNIT = re.compile(r"\bper\s+(?P<noun>seat|user|license|licence|camera|device|server|stream|channel|search|session|"
                          r"attendee)s?\b", re.IGNORECASE)
_HEADER_PERIOD = re.compile(r"\bper\s+(?:(?P<year>year|yr)|month|mo)\b|"
                            r"\b(?P<annual>annual|yearly)\s+(?:fee|price|cost|charge)s?\b|\bmonthly\s+(?:fee|price|cost|charge)s?\b",
                            re.IGNORECASE)
_HEADER_REACH = 4  # lines above a table's first row where its header may stand
_GAP_LINES = 2  # section headings between rows of one table


@dataclass
class ColumnTables:
    costs: list[ColumnCost]
    # Rows of these tables that price something else, or nothing known to be face recognition (a
    # fingerprint section's rows, "Project management  per hour  $185.00"): read, and no cost.
    passed_over: list[tuple[int, int]]
    # Lines read as part of a row ("(6 seats @ $300.00)" under its row): no other reader reads them.
    read: list[tuple[int, int]] = field(default_factory=list)


def read_column_tables(text: str, claimed: Sequence[tuple[int, int]] = ()) -> ColumnTables:
    """The costs of money-column tables in `text`, leaving rows that overlap `claimed` spans alone."""
    found = ColumnTables([], [])
    _comma_separated(text, claimed, found)
    for pattern, cell in ((_ROW, _CELL), (_WHOLE_ROW, _WHOLE_CELL)):
        rows = [row for row in pattern.finditer(text) if (cell is _CELL or "," in row["cells"])
                and not any(row.start() < end and start < row.end() for start, end in claimed)]
        headed: tuple[int, list[re.Match[str]]] | None = None  # the last table under a header: its header's end, rows
        for table in _tables(text, rows):
            header_end = _header_above(text, table[0].start())
            continued_from = None  # where the lines over the first row start, when not at its header
            if header_end is None and headed is not None and _continues(text, headed[1], table):
                # "B.3 OPTIONAL ITEMS" over rows in the columns of the table above: that table's header
                header_end, continued_from = headed[0], headed[1][-1].end()
            if header_end is None:
                continue
            header_start = text.rfind("\n", 0, header_end) + 1
            header = text[header_start:header_end]
            rows_from = header_end if continued_from is None else continued_from
            headed = (header_end, table)
            if cell is _CELL or _MONEY_HEADER.search(header) or all("$" in row["cells"] for row in table):
                in_context = not _QUANTITY_HEADER.search(header) and _context_about_face_recognition(text, header_start)
                _table_costs(text, table, header, rows_from, found, cell, on_topic=True if in_context else None)
            elif _years_of_money(text, header, header_start) and False not in [_topic(_row_description(row)) for row in table]:
                # An agenda item's fiscal note prices the item: its rows are on topic unless one names
                # another product (the document's own topic is checked where facts are kept).
                _table_costs(text, table, header, rows_from, found, cell, on_topic=True, every_row=True)
    _lone_amount_rows(text, claimed, found)
    return found


# Lines between a headed table's last row and rows that go on in its columns under a section heading of their own.
_SECTION_GAP_LINES = 6


def _continues(text: str, above: list[re.Match[str]], table: list[re.Match[str]]) -> bool:
    """Rows a few lines under a headed table whose money column ends where the table's does: the same table
    under a section heading of its own ("B.3 OPTIONAL ITEMS (payable only if ordered ...)")."""
    if text.count("\n", above[-1].end(), table[0].start()) > _SECTION_GAP_LINES:
        return False
    columns = {row.end("cells") - row.start() for row in above}
    return all(any(abs(row.end("cells") - row.start() - column) <= 1 for column in columns) for row in table)


_CONTEXT_REACH = 1200  # characters above a table's header: its title, its agreement's or exhibit's service line


def _context_about_face_recognition(text: str, header_start: int) -> bool:
    """The words just above a table (an exhibit's "Service: MorphoFace Investigate (MFI), hosted") say it
    prices face recognition, so its rows for the system's services (hosting, maintenance, training) do."""
    return about_face_recognition(text[max(0, header_start - _CONTEXT_REACH) : header_start])


def _years_of_money(text: str, header: str, header_start: int) -> bool:
    """A header of years alone under a title that names money ("FISCAL NOTE" over "2025  2026  Total")."""
    return bool(_YEARS_HEADER.fullmatch(header)) and any(
        _MONEY_TITLE.search(line) for line, _ in lines_above(text, header_start, _MONEY_TITLE_REACH, over_gap=True))


# A quote's or order's header with a quantity column: "Ln  Description   Qty   Unit Price   Extended".
_QUANTITY_TABLE_HEADER = re.compile(r"^[^\n]*\b(?:qty|quantity)\b[^\n]*\b(?:price|extended|amount|total|fee|annual)\b[^\n]*$",
                                    re.IGNORECASE | re.MULTILINE)
_QUANTITY_TABLE_REACH = 24  # lines under its header where a table's rows may stand
# A row that prints its quantity ("... ($1,900.00/user)   8   $15,200.00") is not one that prints only its
# extension: its unit price is in its words, for the prose reader.
_QUANTITY_CELL = re.compile(r"[ \t]{2,}\d{1,4}[ \t]*$")
# A lettered or numbered section of a price table, in capitals: "B. RECURRING CHARGES", "2. OPTIONS".
SECTION_LINE = re.compile(r"^[ \t]*(?:[A-Z]|\d{1,2})[.)][ \t]+[A-Z][A-Z /&,-]{3,}$")
# A section of charges without a letter: "RECURRING CHARGES", "ANNUAL FEES" (a quote's table goes on under it).
_CHARGES_SECTION = re.compile(r"^[ \t]*(?:[A-Z][A-Z-]+[ \t]+){1,3}(?:CHARGES|COSTS|FEES|PRICING)[ \t]*$")


def _lone_amount_rows(text: str, claimed: Sequence[tuple[int, int]], found: ColumnTables) -> None:
    """Rows of a quantity table that print only their extended amount ("2  BriefCam face search investigator
    1,800.00" over "seats, 12 months (6 seats @ $300.00)"; "B-4  Support and hosting, year 1  11,178.00"):
    the arithmetic readers, which read the table's other rows, leave them. Read here as the table's own
    rows, under its header, when the table prices face recognition."""
    for header in _QUANTITY_TABLE_HEADER.finditer(text):
        end = header.end()
        for _ in range(_QUANTITY_TABLE_REACH):
            following = text.find("\n", end + 1)
            blank = not text[end + 1 : following].strip() if following != -1 else True
            next_line_end = text.find("\n", following + 1) if following != -1 else -1
            section = text[following + 1 : next_line_end] if next_line_end != -1 else ""
            if blank and not (SECTION_LINE.match(section) or _CHARGES_SECTION.match(section)):
                break  # a blank line, or the page's end: the table is over (an account distribution under it is not)
            end = following
        block = text[header.end() : end]
        rows = [row for row in _ROW.finditer(text, header.end(), end)
                if len(_CELL.findall(row["cells"])) == 1 and not _QUANTITY_CELL.search(row["label"])
                and not any(row.start() < stop and start < row.end() for start, stop in claimed)]
        if rows:
            on_topic = FACE_RECOGNITION.search(block) is not None or _context_about_face_recognition(text, header.start())
            _table_costs(text, rows, header.group(), header.end(), found, _CELL, headings=False, on_topic=on_topic)


# A comma-separated header naming a description and an amount column: "...,DESCRIPTION,AMOUNT".
_CSV_LINE = re.compile(r"^[^\n\r]*,[^\n\r]*,[^\n\r]*$", re.MULTILINE)
_CSV_DESCRIPTION = re.compile(r"^(?:description|item|memo|detail|line\s+description|purpose|service|product|"
                              r"item\s+description)$", re.IGNORECASE)
_CSV_AMOUNT = re.compile(r"^(?:amount|total|cost|price|extended|net\s+amount|payment|amount\s+paid|charges?)$", re.IGNORECASE)
# "cost_usd", "Amount ($)", "Total (USD)": a column name's words, without its currency.
_CSV_CURRENCY = re.compile(r"[\s_]*(?:\(\s*(?:\$|usd|us\$)\s*\)|\$|usd)$", re.IGNORECASE)


def _csv_column(name: str) -> str:
    return _CSV_CURRENCY.sub("", name.strip().replace("_", " ")).strip()


_CSV_MONEY = re.compile(r"^-?\$?\d{1,3}(?:,?\d{3})*\.\d{2}$")


def comma_separated_cells(line: str) -> list[str]:
    """The cells of one comma-separated line; none where it is no such line (a stray quote or return)."""
    try:
        return next(csv.reader([line]), [])
    except csv.Error:
        return []


# A billing period column ("month", "billing_month") whose cells are months ("2024-01", "Jan 2024", "01/2024").
_CSV_PERIOD = re.compile(r"^(?:billing\s+|service\s+|usage\s+)?(?:month|period)$", re.IGNORECASE)
_A_MONTH = re.compile(r"^(?:(?:19|20)\d\d[-/](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d|"
                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ -](?:19|20)?\d\d)$", re.IGNORECASE)


def _comma_separated(text: str, claimed: Sequence[tuple[int, int]], found: ColumnTables) -> None:
    """The rows of comma-separated lines under a header naming a description and an amount column; a
    month column's months give each row's period, and a TOTAL row under rows read is their total."""
    lines = list(_CSV_LINE.finditer(text))
    page_products: set[str] | None = None  # the page's products, read at its first export header only
    for index, header in enumerate(lines):
        names = comma_separated_cells(header.group())
        description_at = next((i for i, name in enumerate(names) if _CSV_DESCRIPTION.match(_csv_column(name))), None)
        amount_at = next((i for i, name in enumerate(names) if _CSV_AMOUNT.match(_csv_column(name))), None)
        year_columns = [i for i, name in enumerate(names) if _CSV_FISCAL_YEAR.match(_csv_column(name))]
        if description_at is None or (amount_at is None and len(year_columns) < 2):
            continue
        if page_products is None:
            page_products = {match.group().lower() for match in FACE_RECOGNITION.finditer(text)}
        if amount_at is None:
            for row in _export_rows(lines[index + 1 :], header.end() + 1, claimed):
                if not _fiscal_year_row(text, row, len(names), description_at, year_columns, page_products, found):
                    break
            continue
        period_at = next((i for i, name in enumerate(names) if _CSV_PERIOD.match(_csv_column(name))), None)
        read_before, passed_before = len(found.costs), len(found.passed_over)
        for row in _export_rows(lines[index + 1 :], header.end() + 1, claimed):
            only_face_recognition = len(found.costs) > read_before and len(found.passed_over) == passed_before
            if only_face_recognition and _csv_total(text, row, len(names), amount_at, found):
                continue
            _csv_row(text, row, len(names), description_at, amount_at, period_at, page_products, found)


# A budget export's fiscal-year columns ("FY23 Act","FY24 Act","FY25 Adpt","FY26 Req"; "2024 Actual").
_CSV_FISCAL_YEAR = re.compile(r"^(?:(?:FY|CY)\s?'?\d{2}(?:\d{2})?|(?:19|20)\d\d)(?:[-/]\d{2,4})?(?:\s+[A-Za-z.]{1,12})?$",
                              re.IGNORECASE)
_CSV_WHOLE = re.compile(r"^\$?\d{1,3}(?:,?\d{3})*(?:\.\d{2})?$")


def _export_rows(lines: Sequence[re.Match[str]], position: int, claimed: Sequence[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """An export's rows: the comma-separated lines right under its header, one after another (it ends at
    the first line that is not one of them), less those read elsewhere already."""
    for row in lines:
        if row.start() != position:
            return
        position = row.end() + 1
        if not any(row.start() < end and start < row.end() for start, end in claimed):
            yield row


def _face_recognition_row(text: str, row: re.Match[str], cells: list[str], description_at: int, page_products: set[str],
                          found: ColumnTables) -> tuple[str, int] | None:
    """An export row's description and where it starts, when the row buys face recognition; a row for
    something else is passed over, and a total line ("TOTAL" in any cell) is left to the readers of totals."""
    description = cells[description_at].strip()
    if not description or any(_TOTAL.search(cell) for cell in cells):
        return None
    description_start = text.find(description, row.start(), row.end())
    if description_start < 0:
        return None  # a quote must be the row as printed
    topic = _topic(description)
    if topic is None and any(product in description.lower() for product in page_products):
        topic = True  # "VERITONE IDENTIFY SUBSCRIPTION FY24" on a page naming Veritone's IDentify
    if not topic:
        found.passed_over.append((row.start(), row.end()))
        return None
    return description, description_start


def _fiscal_year_row(text: str, row: re.Match[str], width: int, description_at: int, year_columns: list[int],
                     page_products: set[str], found: ColumnTables) -> bool:
    """A row of a budget export by fiscal year: each distinct amount of a face-recognition row is one year's
    cost (a fiscal-year column holds a year's spending), quoted from the row's description to the cell.
    False where the line is no row of the export (its cells do not fit the header)."""
    cells = comma_separated_cells(row.group())
    if len(cells) != width:
        return False
    described = _face_recognition_row(text, row, cells, description_at, page_products, found)
    if described is None:
        return True
    description, description_start = described
    seen: set[Decimal] = set()
    cursor = description_start + len(description)
    for at in year_columns:
        printed = cells[at].strip()
        cell_start = text.find(printed, cursor, row.end()) if _CSV_WHOLE.match(printed) else -1
        if cell_start < 0:
            continue
        cursor = cell_start + len(printed)
        value = Decimal(printed.replace("$", "").replace(",", ""))
        if value > 0 and value not in seen:
            seen.add(value)
            found.costs.append(ColumnCost(description_start, cursor, text[description_start:cursor], value, "year", None,
                                          cost_terms.row_kind(description), description))
    return True


def _csv_total(text: str, row: re.Match[str], width: int, amount_at: int, found: ColumnTables) -> bool:
    """A TOTAL row under an export's rows, all of face recognition: their total (a kind, no period)."""
    cells = comma_separated_cells(row.group())
    if len(cells) != width or not _CSV_MONEY.match(cells[amount_at].strip()):
        return False
    label = next((cell.strip() for cell in cells if _TOTAL.fullmatch(cell.strip())), None)
    if label is None:
        return False
    start = text.find(label, row.start(), row.end())
    amount = cells[amount_at].strip()
    end = text.rfind(amount, start, row.end()) + len(amount)
    value = Decimal(amount.replace("$", "").replace(",", ""))
    if start < 0 or end <= start or value <= 0:
        return False
    found.costs.append(ColumnCost(start, end, text[start:end], value, None, None, "total", label))
    return True


def _csv_row(text: str, row: re.Match[str], width: int, description_at: int, amount_at: int, period_at: int | None,
             page_products: set[str], found: ColumnTables) -> None:
    cells = comma_separated_cells(row.group())
    if len(cells) != width or not _CSV_MONEY.match(cells[amount_at].strip()):
        return
    described = _face_recognition_row(text, row, cells, description_at, page_products, found)
    if described is None:
        return
    description, description_start = described
    amount = cells[amount_at].strip()
    quote_start, quote_end = description_start, text.rfind(amount, description_start, row.end()) + len(amount)
    if amount_at > description_at and quote_end <= description_start:
        return  # a quote must be the row as printed
    if amount_at < description_at:  # "431.58,534.60,\"Rekognition face search - Aug\"": the amount, then the memo
        quote_start = text.find(amount, row.start(), description_start)
        quote_end = description_start + len(description)
        quote_end += text[quote_end : quote_end + 1] == '"'
        if quote_start < 0:
            return
    value = Decimal(amount.replace("$", "").replace(",", ""))
    if value <= 0:
        return
    period = _description_period(description)
    if period is None and _BILLED_MONTH.search(description):
        period = "month"  # a card charge for one month's use ("Rekognition face search - Aug")
    if period is None and period_at is not None and _A_MONTH.match(cells[period_at].strip()):
        period = "month"  # a row of a monthly bill
    kind = cost_terms.row_kind(description)
    if period is None and kind == "setup":
        period = "one-time"
    found.costs.append(ColumnCost(quote_start, quote_end, text[quote_start:quote_end], value, period, None, kind, description))


# A charge's month at the end of its description: "Rekognition face search - Aug", "AWS usage, March 2024".
_BILLED_MONTH = re.compile(r"(?:[-–,:]|\bfor)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                           r"(?:\s+(?:19|20)\d\d)?\s*$", re.IGNORECASE)


def _description_period(description: str) -> str | None:
    """The period a row's description states ("maintenance, annual (18%)"), or a year for a subscription
    of one fiscal year ("VIGILANT FACESEARCH SUBSCR FY24")."""
    period = cost_terms.row_period(description, description)
    if period is None and _FISCAL_YEAR_OF_SERVICE.search(description):
        return "year"
    return period


def _tables(text: str, rows: list[re.Match[str]]) -> Iterator[list[re.Match[str]]]:
    """Runs of two or more rows with at most a few (heading) lines between neighbours."""
    run: list[re.Match[str]] = []
    for row in rows:
        if run and text.count("\n", run[-1].end(), row.start()) > _GAP_LINES + 1:
            if len(run) >= 2:
                yield run
            run = []
        run.append(row)
    if len(run) >= 2:
        yield run


def lines_above(text: str, start: int, limit: int, over_gap: bool = False) -> Iterator[tuple[str, int]]:
    """Up to `limit` lines above the line starting at `start`, nearest first, each with where it ends;
    `over_gap`, the empty lines right above it are passed over first (a title over a blank line)."""
    position = start
    while over_gap and position > 1 and text[position - 2] == "\n":
        position -= 1
    for _ in range(limit):
        if position <= 0:
            return
        line_start = text.rfind("\n", 0, position - 1) + 1
        yield text[line_start : position - 1], position - 1
        position = line_start


def _line_over(text: str, line_start: int) -> str:
    """The line above the one starting at `line_start`: a header's first line ("Year 1   Year 2" over "FY25-26
    FY26-27")."""
    if line_start <= 0:
        return ""
    return text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]


def _header_above(text: str, start: int) -> int | None:
    """The end of the header line over a table's first row (a rule or a section heading may come between);
    None without one, or under a header with a quantity column."""
    for line, end in lines_above(text, start, _HEADER_REACH):
        gaps = len(re.findall(r"[ \t]{2,}", line.strip()))
        if not RULE_LINE.match(line) and (gaps >= 2 or (gaps == 1 and _TWO_COLUMN_HEADER.match(line))) and _HEADER.search(line):
            return None if _QUANTITY_HEADER.search(line) else end
    return None


# A two-column header: "Description        Amount", "Item    Price", "Item      Price (USD)".
_TWO_COLUMN_HEADER = re.compile(r"^[ \t]*(?:description|item|service|product|line\s+item)[ \t]{2,}"
                                r"(?:amount|price|cost|total|extended|annual\s+cost)(?:[ \t]*\((?:USD|US\$|\$)\))?[ \t]*$",
                                re.IGNORECASE)


def _table_costs(text: str, table: list[re.Match[str]], header: str, header_end: int, found: ColumnTables,
                 cell: re.Pattern[str], on_topic: bool | None = None, headings: bool = True, every_row: bool = False) -> None:
    """The costs of one table's rows. `on_topic`, when known, says whether the table prices face
    recognition (else its rows say), and `every_row` that each row naming nothing else is its cost (a fiscal
    note's); `headings`, whether lines between rows are section headings (not between the lone rows of a
    quantity table, whose other rows stand there)."""
    header_unit = _HEADER_UNIT.search(header)  # "Price per seat, per year": every row's unit and period
    header_period = _HEADER_PERIOD.search(header)
    terms = (header_unit["noun"].lower() if header_unit else None,
             ("year" if header_period["year"] or header_period["annual"] else "month") if header_period else
             "year" if _YEAR_COLUMNS.search(header) or _YEARS_HEADER.fullmatch(header)
             or _YEAR_COLUMNS.search(_line_over(text, header_end - len(header))) else None)
    page_on_topic: list[bool] = []  # worked out once, for the first row that needs it
    # A table that prices face recognition on one of its rows prices the services of that system on
    # others that name no product ("Implementation: load of booking photos", "Examiner training").
    table_on_topic = on_topic if on_topic is not None else any(
        _topic(_description_from_above(text, end, row))
        for end, row in zip([header_end] + [row.end() for row in table[:-1]], table, strict=True))
    section_on_topic: bool | None = None
    under_heading = False  # a section heading stands above the row ("CATEGORY 3 - PROFESSIONAL SERVICES")
    previous_end = header_end
    description_column = None  # where the previous row's description starts: lines indented so far go on with it
    chosen = _CHOSEN_TIER.search(text) if _TIER_HEADER.match(header) else None
    for row in table:
        first_line = _first_line_above(text, previous_end, row)
        between = text[previous_end : first_line if first_line is not None else row.start()]
        for heading in between.splitlines() if headings else ():
            indent = len(heading) - len(heading.lstrip())
            if heading.strip() and not RULE_LINE.match(heading) and (description_column is None or indent < description_column):
                section_on_topic, under_heading = _topic(heading), True
        previous_end = row.end()
        chunks = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", row["label"])]
        if chosen is not None and chunks and chunks[0][1].isdigit() and chunks[0][1] != (chosen["tier"] or chosen["tier_after"]):
            found.passed_over.append((row.start(), row.end()))  # a tier the buyer did not choose
            continue
        unit = _UNIT.match(chunks[-1][1]) if len(chunks) > 1 else None
        described = [(offset, chunk) for offset, chunk in (chunks[:-1] if unit else chunks) if not _CODE.match(chunk)]
        if not described:
            continue
        description_start = row.start() + described[0][0]
        description_column = described[0][0] if text[row.start() : description_start].strip() else None
        description = " ".join(chunk for _, chunk in described)
        if first_line is not None:  # the row's description began on the line above
            description = " ".join(text[first_line : row.start()].split()) + " " + description
            description_start = first_line
        continued, previous_end = _continuation(text, row.end(), description_start)  # not a heading over the next row
        if continued and _QUANTITY_AT.search(continued):
            found.read.append((row.end() + 1, previous_end))
        own_topic = _topic(description)
        if own_topic is None and continued and _topic(continued):
            own_topic = True  # "MOTOROLA SOLUTIONS INC ... 5,880.00" over "Vigilant FaceSearch annual"
        if _TOTAL.search(description):
            continue  # a total is left to the readers of totals
        if own_topic is None and every_row:
            own_topic = True
        if own_topic is None and (not _WORD.search(description) or _OPEN_TIER.fullmatch(description)) and _once(
                page_on_topic, lambda: about_face_recognition(text)):
            own_topic = True  # a tier's seat range ("11 - 25   $1,950.00", "51 and over") on a page about face recognition
        if own_topic is None and table_on_topic and not under_heading and not _NOT_A_SERVICE_PRICE.search(description) and (
                _SYSTEM_SERVICE.search(description) or (on_topic and _SYSTEM_SOFTWARE.search(description))):
            own_topic = True
        if own_topic is False or (own_topic is None and not section_on_topic):
            if own_topic is False or under_heading:
                found.passed_over.append((row.start(), row.end()))  # another product's row, or another section's
            continue
        description += continued
        found.costs.extend(_row_costs(text, row, description_start, description, unit, cell, terms,
                                      continuation=(row.end(), previous_end)))
        found.read.append((row.start("cells"), row.end()))  # a cell repeating one read ("$3,500  -  -  $3,500") too


# The work that comes with a system: its setup, its data loaded, its people trained, its upkeep, and the
# charges for taking part in it and running searches on it.
_SYSTEM_SERVICE = re.compile(r"\b(?:implementation|installation|install|configuration|onboarding|set-?up|"
                             r"(?:data\s+)?migration|conversion|interface|integration|training|examiner\s+course|"
                             r"(?:software\s+)?(?:maintenance|support)|hosting|project\s+management|load\s+of|"
                             # a fee schedule's own charges for the system: taking part, access, searches run
                             r"(?:participation|membership|access|subscription|account)\s+fees?|"
                             r"search(?:es)?|requests?\s+for\s+(?:a\s+)?search)\b",
                             re.IGNORECASE)
# Under words that say the table prices face recognition, the system's own software ("client licenses,
# perpetual", "server software", "Subscription (8 named users)") is its cost too.
_SYSTEM_SOFTWARE = re.compile(r"\b(?:licen[cs]es?|subscriptions?|(?:server|client)\s+software)\b", re.IGNORECASE)
_NOT_A_SERVICE_PRICE = re.compile(r"\b(?:tax|shipping|freight|handling|delivery|postage|discount|credit|travel|"
                                  r"lodging|per\s+diem)\b", re.IGNORECASE)


def _first_line_above(text: str, previous_end: int, row: re.Match[str]) -> int | None:
    """Where a row's description begins on the line right above it ("FaceVACS-DBScan LE server license,
    perpetual," over "  up to 100,000 enrolled images     18,500.00"): the row goes on in lower case from
    a line with no figure, at the same indent, that is no rule. None where the row begins on its own line."""
    label = row["label"]
    own_start = len(label) - len(label.lstrip())
    if not (label[own_start : own_start + 1].islower() or label[own_start : own_start + 1] == "(") or row.start() <= previous_end:
        return None  # "up to 100,000 enrolled images", "(20% of lines 1-3)": a row going on
    line_start = text.rfind("\n", 0, row.start() - 1) + 1
    line = text[line_start : row.start() - 1]
    if line_start < previous_end or not line.strip() or RULE_LINE.match(line) or re.search(r"\d[\d,]*\.\d\d", line):
        return None
    indent = len(line) - len(line.lstrip())
    if indent > own_start or (not line.rstrip().endswith((",", "-", "–")) and not line.strip()[:1].isupper()
                              and not line.strip()[:1].isdigit()):  # "8  Year 1 hosting, ..." opens with its line number
        return None
    return line_start + indent


def _description_from_above(text: str, previous_end: int, row: re.Match[str]) -> str:
    """A row's description with the line above it where the row begins there (`_first_line_above`)."""
    first_line = _first_line_above(text, previous_end, row)
    return (text[first_line : row.start()] if first_line is not None else "") + _row_description(row)


def _row_description(row: re.Match[str]) -> str:
    """A row's label without its item numbers and codes."""
    return " ".join(chunk for chunk in re.findall(r"\S+(?: \S+)*", row["label"]) if not _CODE.match(chunk))


def _continuation(text: str, row_end: int, description_start: int) -> tuple[str, int]:
    """The lines under a row that go on with its description ("    subscription, 12 months", "    (annual)"):
    indented past the description's start, read for the row's period (a line with an amount of its own, the
    row's arithmetic, is passed over), never quoted. Their words (with a space before each line's, or "")
    and where they end (the row's end without any)."""
    column = description_start - (text.rfind("\n", 0, description_start) + 1)
    row_start = text.rfind("\n", 0, row_end) + 1
    starts_its_row = not text[row_start:description_start].strip()
    words, end = "", row_end
    for _ in range(_CONTINUATION_LINES):
        line_end = text.find("\n", end + 1)
        line = text[end + 1 : line_end if line_end != -1 else len(text)]
        indent = len(line) - len(line.lstrip())
        # Under a row that opens with a line number or code, a line that starts in the description's own
        # column goes on with it; under a row that opens with its description, such a line is the next row.
        priced_each = _QUANTITY_AT.search(line)
        figures = line[: priced_each.start()] + line[priced_each.end() :] if priced_each else line
        if not line.strip() or RULE_LINE.match(line) or indent < column or (indent == column and starts_its_row) or re.search(
                r"[ \t]{2,}\(?-?\$?\d[\d,]*(?:\.\d\d)?\)?[ \t]*$", figures):
            break  # a line that ends in an amount after a column gap is the next row
        if not re.search(r"\d[\d,]*\.\d\d|\$\s?\d", figures):
            words += " " + line.strip()  # "(6 seats @ $300.00)": read with its row
        end += 1 + len(line)  # "(5 licenses x $2,850 per year;": the row's own arithmetic, no heading, not its terms
    return words, end


_CONTINUATION_LINES = 3


def _once(cache: list[bool], work: Callable[[], bool]) -> bool:
    if not cache:
        cache.append(work())
    return cache[0]


def _topic(words: str) -> bool | None:
    """True when the words speak of face recognition, False when they deny it or name another product."""
    if _DENIED.search(words) or (_OTHER.search(words) and not FACE_RECOGNITION.search(words)):
        return False
    return True if FACE_RECOGNITION.search(words) else None


def _row_costs(text: str, row: re.Match[str], description_start: int, description: str,
               unit: re.Match[str] | None, cells: re.Pattern[str],
               header_terms: tuple[str | None, str | None] = (None, None),
               continuation: tuple[int, int] | None = None) -> Iterator[ColumnCost]:
    kind = cost_terms.row_kind(description)
    noun = cost_terms.singular_unit((unit["noun"] or unit["named"]).lower()) if unit else None
    period = _PERIODS.get((unit["per"] or noun or "").lower()) if unit else None
    period = period or _description_period(description)
    per_unit = None if noun in (None, "each", "ea", "lot", "unit", "month", "mo", "year", "yr") else noun
    per_unit = per_unit or header_terms[0]
    if period is None and kind in ("setup", "grant"):
        period = "one-time"  # a setup fee in a year's column is paid once all the same
    period = period or header_terms[1]
    amounts = [Decimal(c.group().strip("()").replace("$", "").replace(",", "")) for c in cells.finditer(row["cells"])]
    each_of = _implied_unit_price(description, amounts)
    # "27,800   27,800   27,800   83,400": a last cell that sums the others is the row's total over them.
    row_total = amounts[-1] if len(amounts) >= 3 and amounts[-1] == sum(amounts[:-1]) else None
    seen: set[Decimal] = set()
    for cell in cells.finditer(row["cells"]):
        printed = cell.group()
        value = Decimal(printed.strip("()").replace("$", "").replace(",", ""))
        if printed.startswith("(") or value < 0:
            continue  # a credit or an offset in a budget column is no price
        if value == 0 or value in seen:
            continue
        seen.add(value)
        end = row.start("cells") + cell.end()
        row_unit = each_of[1] if each_of is not None and value == each_of[0] and per_unit is None else per_unit
        summed = value == row_total and cell.end() == len(row["cells"].rstrip())
        yield ColumnCost(description_start, end, text[description_start:end], value, None if summed else period,
                         None if summed else row_unit, kind, description)
        if (each := _QUANTITY_AT.search(description)) is not None:
            price = Decimal(each["price"].replace(",", ""))
            if Decimal(each["qty"]) * price == value:  # "CLEARVIEW LIC 12MO 15 @ 1,995.00  ...  29,925.00"
                # Printed on a line under the row ("(4 users @ 1,470.00)"): quoted where it is printed.
                below = _QUANTITY_AT.search(text, *continuation) if continuation else None
                start, stop = (below.start(), below.end()) if below is not None else (description_start, end)
                yield ColumnCost(start, stop, text[start:stop], price, period, _at_unit(each, description), kind, description)


# "(6 seats, 12-month term)", "12 user licenses", "for 4 cameras": how many of what a row prices.
_STATED_QUANTITY = re.compile(
    r"\b(?P<qty>\d{1,5})\s+(?:named\s+|concurrent\s+|investigator\s+|examiner\s+|user\s+|additional\s+)?"
    r"(?P<noun>seats?|users?|licen[cs]es?|lics?\.?|cameras?|devices?|servers?|streams?|channels?|accounts?|workstations?)\b",
    re.IGNORECASE)
_UNIT_NOUN = re.compile(r"\b(?P<noun>seats?|users?|licen[cs]es?|lics?\b\.?|cameras?|streams?|channels?|accounts?)", re.IGNORECASE)


def _implied_unit_price(description: str, amounts: list[Decimal]) -> tuple[Decimal, str] | None:
    """A row of a table with no quantity column that prints a unit price and its extension ("workstation
    lic. (6 seats)  1,150.00  6,900.00"): the smaller amount, and what it is the price of, when the row
    itself states how many and the larger amount is exactly that many of the smaller. Without the stated
    quantity two amounts are two columns (this year's and last year's), not a price and its extension."""
    values = sorted(set(amount for amount in amounts if amount > 0))
    if len(values) != 2:
        return None
    each, extended = values
    for stated in _STATED_QUANTITY.finditer(description):
        quantity = Decimal(stated["qty"])
        if quantity > 1 and each * quantity == extended:
            noun = stated["noun"].lower().rstrip(".")
            named = _UNIT_NOUN.search(description)
            if noun.startswith("workstation") and named is not None:
                noun = named["noun"].lower().rstrip(".")  # "6 workstations, user lic.": priced per licence
            if noun.startswith("lic") and not noun.startswith("licen"):
                noun = "license"
            return each, cost_terms.singular_unit(noun)
    return None