"""Costs read from price tables (quotes, invoices, purchase orders, price sheets) row by row.

Ingest hands each page's tables over as rows of cell strings (`PageText.tables`: pdfplumber's ruled
tables, tables aligned without rules, Tesseract word boxes, spreadsheet rows). Here the header row
gives each column a role (description, quantity, unit, unit price, line total, a per-term price such as
"Year 1"), each row becomes a cost with its arithmetic checked (quantity x unit price = line total,
to the cent), and subtotal, total, tax, discount and credit rows are told from line items so that a
total is never summed with what it totals. Every row is quoted from the page's stored text: a row
that cannot be found there exactly is left out, since a quote that is not at its offsets is a defect.

Discount and credit rows carry negative amounts whatever sign they are printed with: they reduce
what is owed."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from foia.extract.costs import checked_row_total
from foia.ingest import PageText
from foia.ingest.columns import MONEY_CELL, NO_CHARGE, Table, is_money

EXTRACTOR = "tables"
CENT = Decimal("0.01")

LINE_ITEM, SUBTOTAL, TOTAL, TAX, DISCOUNT, CREDIT = "line_item", "subtotal", "total", "tax", "discount", "credit"


@dataclass(frozen=True)
class TableCost:
    """One money amount of a table row. `quote` is the row's text and equals
    `page.text[char_start:char_end]`. A row priced per term ("Year 1", "Year 2") gives one TableCost
    per term, all quoting the row, told apart by `term`."""

    char_start: int
    char_end: int
    quote: str
    description: str | None
    quantity: Decimal | None
    unit: str | None  # what the quantity counts ("license", "user", "camera", "month"), when the row says
    unit_price: Decimal | None
    line_total: Decimal | None
    currency: str  # ISO 4217 code
    period: str | None  # one-time | month | quarter | year | "N years" | "N months", as the row or header says
    term: str | None  # the column header of a per-term price ("Year 1", "FY2020", "Annual")
    row_kind: str  # line_item | subtotal | total | tax | discount | credit
    arithmetic_ok: bool | None  # quantity x unit price == line total (a subtotal or total: the sum); None: not checkable
    confidence: float


# ---------------------------------------------------------------------------------------------------
# Column roles from the header row

DESCRIPTION, ITEM_NO, QUANTITY, UNIT, UNIT_PRICE, LINE_TOTAL, TERM_PRICE = (
    "description", "item_no", "quantity", "unit", "unit_price", "line_total", "term_price")

_HEADER_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((role, re.compile(pattern, re.IGNORECASE)) for role, pattern in (
    (UNIT_PRICE, r"\bunit\s*(?:list\s+)?(?:price|cost|rate|amount)|\bprice\s*(?:each|per\s+unit|/\s*unit)|^(?:each|rate|msrp|"
                 r"(?:list|sale|net|your|discounted|contract)?\s*price|price\s*\(.*\))$"),
    (LINE_TOTAL, r"\bextended|\bext\.?(?:\s|$)|\bline\s+total|^(?:total|amount|cost|fee|charge|sum|net\s+amount|"
                 r"(?:total|net)\s+(?:price|cost|amount|fee))\b|\btotal\s*$"),
    (QUANTITY, r"^(?:qty|quantity|quant\.?|count|no\.?\s+of\s+\w+|#\s+of\s+\w+|number\s+of\s+\w+|units|licen[cs]es|seats|users|"
               r"cameras|hours|hrs)\b"),
    (UNIT, r"^(?:unit|units?\s+of\s+measure|uom|u/m|per)$"),
    (ITEM_NO, r"^(?:item\s*(?:no\.?|#|number)|line|ln|#|no\.?|part\s*(?:no\.?|#|number)|sku|catalog\s*(?:no\.?|#)|model)$"),
    (DESCRIPTION, r"\b(?:description|desc\.?|item|product|service|deliverable|software|hardware|component|name|details?|"
                  r"particulars|part|line\s+item|module|solution)\b"),
))
_PERIOD_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((period, re.compile(pattern, re.IGNORECASE)) for period,
                                                               pattern in (
    ("one-time", r"\bone[- ]time\b|\bnon[- ]recurring\b|\bset[- ]?up\b|\binstallation\b|\bimplementation\b|\bonboarding\b|"
                 r"\bperpetual\b"),
    ("month", r"\bmonthly\b|\bper\s+month\b|/\s*mo(?:nth)?\b|\ba\s+month\b|\bmonth\s*\d"),
    ("quarter", r"\bquarterly\b|\bper\s+quarter\b|\bq[1-4]\b"),
    ("year", r"\bannual(?:ly)?\b|\byearly\b|\bper\s+(?:year|annum)\b|/\s*(?:yr|year)\b|\ba\s+year\b|\b(?:12|twelve)[- ]months?\b|"
             r"\b(?:one|1)[- ]year\b|\byear\s*\d|\byr\.?\s*\d|\bfy\s*'?\d{2,4}|\bfirst[- ]year\b|\b(?:option|base)\s+year\b"),
))
_MULTI_TERM = re.compile(r"\b(?P<count>\d{1,2}|two|three|four|five)[- ](?P<what>years?|yrs?|months?)\b", re.IGNORECASE)
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
_TERM_HEADER = re.compile(r"\b(?:year|yr\.?|fy|month|option\s+year|base\s+year|annual|monthly|one[- ]time|recurring)\b|"
                          r"^\d{4}(?:\s*[-/]\s*\d{2,4})?$", re.IGNORECASE)

_ROW_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in (
    (SUBTOTAL, r"^\W*sub[- ]?total\b"),
    (TOTAL, r"^\W*(?:grand\s+|invoice\s+|order\s+|quote\s+|quotation\s+|contract\s+|net\s+|estimated\s+|project\s+|"
            r"recurring\s+|one[- ]time\s+|annual\s+|monthly\s+)?total\b|"
            r"^\W*(?:amount|balance|total)\s+due\b|\btotal\s*(?:\(.*\))?\W*$|^\W*(?:year\s*\d|yr\s*\d)\s+total\b"),
    (TAX, r"^\W*(?:(?:state|local|county|city|sales|use|estimated)\s+)*(?:sales\s+)?tax(?:es)?\b|^\W*(?:vat|gst|hst|pst)\b"),
    (DISCOUNT, r"\bdiscount\b|^\W*less\b|\bpromo(?:tion(?:al)?)?\b|\brebate\b"),
    (CREDIT, r"\bcredit\b|^\W*refund\b"),
))

_UNIT_NOUNS = re.compile(
    r"\b(?P<noun>licen[cs]e|user|seat|camera|device|server|site|agency|agencies|officer|account|kiosk|terminal|workstation|"
    r"channel|stream|node|core|endpoint|search(?:es)?|image|photo|hour)s?\b",
    re.IGNORECASE,
)
_PER_UNIT = re.compile(rf"\bper\s+(?:named\s+|concurrent\s+)?{_UNIT_NOUNS.pattern}", re.IGNORECASE)
_TIME_UNITS = {"mo": "month", "mos": "month", "month": "month", "months": "month", "yr": "year", "yrs": "year",
               "year": "year", "years": "year", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour"}
_NOT_A_UNIT = frozenset(["ea", "each", "unit", "units", "x", "pc", "pcs", "qty"])
_QUANTITY = re.compile(r"^(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,9}(?:\.\d+)?)\s*(?P<unit>[A-Za-z][A-Za-z./ ]{0,20})?$")
_CURRENCY_MARKS = re.compile(r"US\$|CA\$|C\$|\bCAD\b|\bUSD\b|\bEUR\b|\bGBP\b|€|£|\$"
                             r"|\b(?:Canadian|US|U\.S\.)\s+dollars\b|\beuros?\b",
                             re.IGNORECASE)
_STATED_CURRENCY = re.compile(
    r"\b(?:all\s+)?(?:prices|amounts|figures|pricing|costs|totals)\s+(?:are\s+|is\s+|shown\s+|quoted\s+|listed\s+)*(?:in\s+)"
    r"(?P<currency>US\s+dollars|U\.S\.\s+dollars|Canadian\s+dollars|euros?|pounds\s+sterling|USD|CAD|EUR|GBP)",
    re.IGNORECASE,
)


def _currency_code(mark: str, dollar: str = "USD") -> str:
    mark = mark.strip().lower().replace(".", "")
    if mark in ("us$", "usd") or mark.startswith("us ") or mark.startswith("u.s"):
        return "USD"
    if mark in ("c$", "ca$", "cad") or mark.startswith("canadian"):
        return "CAD"
    if mark in ("€", "eur") or mark.startswith("euro"):
        return "EUR"
    if mark in ("£", "gbp") or mark.startswith("pounds"):
        return "GBP"
    return dollar  # a bare "$": the page's dollar


@dataclass(frozen=True)
class _PageCurrency:
    dollar: str  # what a bare "$" means on this page
    default: str | None  # the currency of a table that shows none; None: the page names several, or none
    evidence: bool  # the page names a currency at all


def _page_currency(text: str) -> _PageCurrency:
    stated = _STATED_CURRENCY.search(text)
    if stated:
        code = _currency_code(stated["currency"])
        return _PageCurrency(dollar="CAD" if code == "CAD" else "USD", default=code, evidence=True)
    codes = {_currency_code(match.group()) for match in _CURRENCY_MARKS.finditer(text)}
    dollar = "CAD" if codes == {"CAD"} else "USD"
    if len(codes) > 1:
        return _PageCurrency(dollar, None, True)
    return _PageCurrency(dollar, next(iter(codes), "USD"), bool(codes))


# ---------------------------------------------------------------------------------------------------
# Cells


def _clean(cell: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", cell).strip()


def _flat(cell: str) -> str:
    return re.sub(r"\s+", " ", cell).strip()


def _decimal_comma(table: Table) -> bool:
    """A table whose amounts end in a comma and two digits ("1.200,50") writes decimals with a comma."""
    return any(is_money(cell) and re.search(r",\d{2}\)?\s*(?:€|EUR|CR)?\)?$", cell.strip()) for row in table for cell in row)


def parse_money(cell: str, decimal_comma: bool = False) -> Decimal | None:
    """The signed amount of a money cell ("$1,200.00", "(250.00)", "-€1.200,50", "500.00 CR"), else None."""
    text = _flat(cell)
    match = MONEY_CELL.match(text)
    if match is None or not is_money(text):
        return None
    number = re.sub(r"[\u00a0\u202f ]", "", match["number"])
    if decimal_comma:
        number = number.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", number):
        number = number.replace(".", "")  # 1.200.000: dots as thousands
    else:
        number = number.replace(",", "")
    try:
        value = Decimal(number)
    except InvalidOperation:
        return None
    negative = text.startswith("(") and text.endswith(")") or bool(re.search(r"[-−–]\s?(?:\S{0,3}\s?)?\d", text[:6]))
    negative = negative or text.upper().endswith("CR")
    return -value if negative else value


def _cell_currency(cell: str, dollar: str) -> str | None:
    match = _CURRENCY_MARKS.search(cell)
    return _currency_code(match.group(), dollar) if match else None


def _quantity(cell: str) -> tuple[Decimal, str | None] | None:
    match = _QUANTITY.match(_flat(cell))
    if match is None:
        return None
    unit = (match["unit"] or "").strip().lower().rstrip(".")
    return Decimal(match["number"].replace(",", "")), _unit_word(unit)


def _unit_word(word: str) -> str | None:
    word = word.strip().lower().rstrip(".")
    if not word or word in _NOT_A_UNIT:
        return None
    if word in _TIME_UNITS:
        return _TIME_UNITS[word]
    noun = _UNIT_NOUNS.fullmatch(word)
    return _singular(noun["noun"]) if noun else word


def _singular(noun: str) -> str:
    noun = noun.lower().replace("licence", "license")
    if noun == "agencies":
        return "agency"
    return noun[:-2] if noun.endswith("ches") else noun.removesuffix("s")


def _is_number(cell: str) -> bool:
    return _QUANTITY.match(_flat(cell)) is not None


# ---------------------------------------------------------------------------------------------------
# Layout: header rows and column roles


@dataclass
class _Layout:
    roles: list[str | None]
    headers: list[str]
    first_row: int  # index of the first data row
    labelled: bool  # roles come from a header row, not guessed from the cells
    periods: list[str | None] = field(default_factory=list)


def _header_role(header: str) -> str | None:
    text = _flat(header)
    if not text:
        return None
    for role, pattern in _HEADER_ROLES:
        if pattern.search(text):
            return role
    return None


def _header_rows(table: Table) -> int:
    """How many rows at the top are column names: rows with a role word and no amount (at most 2)."""
    count = 0
    for row in table[:3]:
        filled = [cell for cell in row if cell.strip()]
        if not filled or any(is_money(cell) or _is_number(cell) for cell in filled):
            break
        if count == 0 and (len(filled) < 2 or not any(_header_role(cell) for cell in filled)):
            break
        count += 1
        if count == 2:
            break
    return count


def _column_cells(table: Table, first_row: int, column: int) -> list[str]:
    return [_flat(row[column]) for row in table[first_row:] if column < len(row) and row[column].strip()]


def _money_share(cells: Sequence[str]) -> float:
    return sum(is_money(cell) or bool(NO_CHARGE.match(cell)) for cell in cells) / len(cells) if cells else 0.0


def _layout(table: Table) -> _Layout | None:
    width = max((len(row) for row in table), default=0)
    table[:] = [row + [""] * (width - len(row)) for row in table]
    header_count = _header_rows(table)
    headers = [" ".join(_flat(row[column]) for row in table[:header_count]).strip() for column in range(width)]
    roles: list[str | None] = [_header_role(header) for header in headers]
    money = [_money_share(_column_cells(table, header_count, column)) >= 0.5 for column in range(width)]
    periods = [_period_of(header) for header in headers]
    for column in range(width):
        if money[column] and roles[column] not in (UNIT_PRICE,
                                                   LINE_TOTAL) and (periods[column] or _TERM_HEADER.search(headers[column])):
            roles[column] = TERM_PRICE
        elif roles[column] in (UNIT_PRICE, LINE_TOTAL, TERM_PRICE) and not money[column]:
            roles[column] = None  # a "Price" column of words is not prices
    labelled = header_count > 0 and any(role in (UNIT_PRICE, LINE_TOTAL, TERM_PRICE) for role in roles)
    _guess_roles(table, header_count, roles, money)
    if not any(role in (UNIT_PRICE, LINE_TOTAL, TERM_PRICE) for role in roles):
        return None
    return _Layout(roles, headers, header_count, labelled, periods)


def _guess_roles(table: Table, first_row: int, roles: list[str | None], money: list[bool]) -> None:
    """Fill roles the header did not give from the cells: the rightmost money column is the line total,
    a money column left of it the unit price, a number column left of that the quantity, the widest
    text column the description."""
    money_columns = [column for column, is_money_column in enumerate(money) if is_money_column and roles[column] is None]
    if money_columns and LINE_TOTAL not in roles and TERM_PRICE not in roles:
        roles[money_columns.pop()] = LINE_TOTAL
    if money_columns and UNIT_PRICE not in roles:
        roles[money_columns.pop()] = UNIT_PRICE
    for column, role in enumerate(roles):
        cells = _column_cells(table, first_row, column)
        numbers = cells and all(_is_number(cell) for cell in cells)
        if role == QUANTITY and cells and sum(map(_is_number, cells)) * 2 < len(cells):
            roles[column] = UNIT if all(len(cell) <= 12 for cell in cells) else None
        elif role == DESCRIPTION and numbers:
            roles[column] = ITEM_NO
    if QUANTITY not in roles and UNIT_PRICE in roles:
        before = roles.index(UNIT_PRICE) - 1
        if before >= 0 and roles[before] is None and (cells := _column_cells(table, first_row, before)) \
                and all(_is_number(cell) for cell in cells):
            roles[before] = QUANTITY
    if DESCRIPTION not in roles:
        text_columns = [c for c, role in enumerate(roles) if role is None and not money[c]]
        if text_columns:
            widest = max(text_columns, key=lambda c: sum(map(len, _column_cells(table, first_row, c))))
            roles[widest] = DESCRIPTION


# ---------------------------------------------------------------------------------------------------
# Periods, units, kinds


def _period_of(text: str) -> str | None:
    multi = _MULTI_TERM.search(text)
    if multi:
        count = _WORD_NUMBERS.get(multi["count"].lower()) or int(multi["count"])
        months = count * (12 if multi["what"].lower().startswith(("y", "yr")) else 1)
        if months == 1:
            return "month"
        if months == 12:
            return "year"
        return f"{months // 12} years" if months % 12 == 0 else f"{months} months"
    for period, pattern in _PERIOD_WORDS:
        if pattern.search(text):
            return period
    return None


def _unit_from_description(description: str) -> str | None:
    per = _PER_UNIT.search(description)
    if per:
        return _singular(per["noun"])
    nouns = list(_UNIT_NOUNS.finditer(description.split(",")[0]))
    return _singular(nouns[-1]["noun"]) if nouns else None


def _row_kind(labels: Sequence[str]) -> str:
    """What the row's words say it is; a row labelled as a total is one even with a quantity in it
    ("Total licenses 15 ... $1,500"): summing it with its items would count them twice."""
    for label in labels:
        for kind, pattern in _ROW_KINDS:
            if pattern.search(label):
                return kind
    return LINE_ITEM


# ---------------------------------------------------------------------------------------------------
# Rows


@dataclass
class _Row:
    description: str | None
    labels: list[str]
    quantity: Decimal | None
    unit: str | None
    unit_price: Decimal | None
    line_total: Decimal | None
    terms: list[tuple[str, str | None, Decimal]]  # (header, period, amount) of per-term prices
    currency: str | None
    kind: str = LINE_ITEM


def _read_row(row: list[str], layout: _Layout, decimal_comma: bool, dollar: str) -> _Row | None:
    cells = {role: _clean(cell) for role, cell in zip(layout.roles, row, strict=True) if role and role != TERM_PRICE}
    description = _flat(cells.get(DESCRIPTION, "")) or None
    labels = [_flat(cell) for role, cell in zip(layout.roles, row, strict=True)
              if cell.strip() and not is_money(cell) and not _is_number(cell) and role not in (UNIT, QUANTITY)]
    quantity = _quantity(cells.get(QUANTITY, ""))
    terms = [(layout.headers[c], layout.periods[c], amount) for c, role in enumerate(layout.roles)
             if role == TERM_PRICE and (amount := parse_money(row[c], decimal_comma)) is not None]
    parsed = _Row(
        description=description,
        labels=labels,
        quantity=quantity[0] if quantity else None,
        unit=(quantity[1] if quantity else None) or _unit_word(cells.get(UNIT, "")),
        unit_price=parse_money(cells.get(UNIT_PRICE, ""), decimal_comma),
        line_total=parse_money(cells.get(LINE_TOTAL, ""), decimal_comma),
        terms=terms,
        currency=next((code for cell in row if is_money(cell) and (code := _cell_currency(cell, dollar))), None),
    )
    if parsed.unit_price is None and parsed.line_total is None and not terms:
        return None
    parsed.kind = _row_kind(labels)
    if parsed.kind in (DISCOUNT, CREDIT):
        parsed.unit_price = -abs(parsed.unit_price) if parsed.unit_price is not None else None
        parsed.line_total = -abs(parsed.line_total) if parsed.line_total is not None else None
    return parsed


def _arithmetic(row: _Row) -> bool | None:
    if row.quantity is None or row.unit_price is None or row.line_total is None:
        return None
    return abs(row.quantity * row.unit_price - row.line_total) <= CENT


def _sums_up(row: _Row, above: Sequence[_Row]) -> bool:
    """Every amount of the row is the sum of the same column over the line items above (at least two)."""
    items = [r for r in above if r.kind == LINE_ITEM]
    if len(items) < 2:
        return False
    columns: list[tuple[Decimal, list[Decimal | None]]] = []
    if row.line_total is not None:
        columns.append((row.line_total, [r.line_total for r in items]))
    for index, (_, _, amount) in enumerate(row.terms):
        columns.append((amount, [r.terms[index][2] if index < len(r.terms) else None for r in items]))
    return bool(columns) and all(_adds_up(total, parts) for total, parts in columns)


def _adds_up(total: Decimal, parts: Sequence[Decimal | None]) -> bool:
    known = [part for part in parts if part is not None]
    return len(known) == len(parts) and abs(sum(known, Decimal(0)) - total) <= CENT


def _sum_check(row: _Row, running: Sequence[_Row]) -> bool | None:
    """A subtotal sums the line items above it (since the last subtotal or total); a total sums the items,
    taxes, discounts and credits since the last total (or the subtotals with what follows them)."""
    if row.line_total is None:
        return None
    if row.kind == SUBTOTAL:
        items = [r.line_total for r in running if r.kind == LINE_ITEM and r.line_total is not None]
        return abs(sum(items, Decimal(0)) - row.line_total) <= CENT if items else None
    parts = [r.line_total for r in running if r.kind not in (SUBTOTAL, TOTAL) and r.line_total is not None]
    return abs(sum(parts, Decimal(0)) - row.line_total) <= CENT if parts else None


# ---------------------------------------------------------------------------------------------------
# Locating a row in the page text

_SEPARATORS = " \t\n\r\f\v|;\u00a0"


def _fragment_pattern(fragment: str) -> re.Pattern[str]:
    """A cell's characters in order, spaces anywhere between them (PDFium and pdfplumber space words
    differently), starting and ending on a separator."""
    body = r"\s*".join(re.escape(char) for char in fragment if not char.isspace())
    return re.compile(rf"(?<![^\s|;\u00a0]){body}(?![^\s|;\u00a0])")


def _line_end(text: str, position: int, lines: int) -> int:
    for _ in range(lines):
        newline = text.find("\n", position)
        if newline == -1:
            return len(text)
        position = newline + 1
    return position


def _find_fragment(pattern: re.Pattern[str], text: str, start: int, end: int, used: list[tuple[int, int]]) -> tuple[int,
                                                                                                                    int] | None:
    for match in pattern.finditer(text, start, end):
        if not any(a < match.end() and match.start() < b for a, b in used):
            return match.span()
    return None


def _place(text: str, anchor: tuple[int, int], patterns: Sequence[re.Pattern[str]]) -> list[tuple[int, int]] | None:
    """Spans of the other fragments near the anchor: in order after it where they are, else anywhere
    from the anchor's line to a few lines below."""
    used = [anchor]
    window_start = text.rfind("\n", 0, anchor[0]) + 1
    window_end = _line_end(text, anchor[1], len(patterns) + 1)
    for pattern in patterns:
        span = _find_fragment(pattern, text, used[-1][1], window_end, used) or _find_fragment(pattern, text, window_start,
                                                                                              window_end, used)
        if span is None:
            return None
        used.append(span)
    return used


def locate_row(text: str, row: Sequence[str], start: int, claimed: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """(start, end) of the row's text: every non-empty line of every cell found, and nothing else
    between the first and the last but spaces and column separators."""
    fragments = [line for cell in row for line in cell.split("\n") if line.strip()]
    if not fragments:
        return None
    patterns = [_fragment_pattern(fragment) for fragment in fragments]
    for tries, anchor in enumerate(patterns[0].finditer(text, start)):
        if tries >= 50:
            break
        spans = _place(text, anchor.span(), patterns[1:])
        if spans is None:
            continue
        low, high = min(s for s, _ in spans), max(e for _, e in spans)
        covered = bytearray(high - low)
        for s, e in spans:
            covered[s - low : e - low] = b"\1" * (e - s)
        if any(not covered[i] and text[low + i] not in _SEPARATORS for i in range(high - low)):
            continue
        if any(a < high and low < b for a, b in claimed):
            continue
        return low, high
    return None


# ---------------------------------------------------------------------------------------------------
# Rows to costs


@dataclass
class _TableContext:
    layout: _Layout
    currency: _PageCurrency
    table_currency: str | None
    ocr: bool


def _confidence(context: _TableContext, row: _Row, arithmetic: bool | None) -> float:
    confidence = 0.9 if context.layout.labelled else 0.75
    if arithmetic is True:
        confidence += 0.05
    elif arithmetic is False:
        confidence = 0.5 if row.kind == LINE_ITEM else 0.7
    if context.ocr:
        confidence -= 0.05
    if row.currency is None and context.table_currency is None and not context.currency.evidence:
        confidence -= 0.1  # no currency anywhere on the page: dollars assumed
    return round(confidence, 2)


def _costs_of_row(row: _Row, span: tuple[int, int], text: str, context: _TableContext,
                  arithmetic: bool | None) -> Iterator[TableCost]:
    currency = row.currency or context.table_currency or context.currency.default
    if currency is None:
        return  # the page names several currencies and neither the row nor its header says which
    description = row.description or (" ".join(row.labels) or None)
    period = _row_period(row, context.layout)
    unit = row.unit or (_unit_from_description(description) if description and (row.quantity or row.unit_price) else None)
    quote = text[span[0]:span[1]]
    confidence = _confidence(context, row, arithmetic)

    def cost(unit_price: Decimal | None, line_total: Decimal | None, period: str | None, term: str | None,
             kind: str, ok: bool | None) -> TableCost:
        return TableCost(span[0], span[1], quote, description, row.quantity, unit, unit_price, line_total, currency,
                         period, term, kind, ok, confidence)

    if row.unit_price is not None or row.line_total is not None:
        across_terms = bool(row.terms) and row.line_total is not None
        yield cost(row.unit_price, row.line_total, _terms_span(row) if across_terms else period, None,
                   TOTAL if across_terms else row.kind, _terms_check(row) if row.terms else arithmetic)
    for header, term_period, amount in row.terms:
        yield cost(None, amount, term_period or period, header or None, row.kind, None)


def _terms_span(row: _Row) -> str | None:
    """The period a total across per-term prices covers: three yearly terms are "3 years"."""
    periods = {period for _, period, _ in row.terms}
    if len(periods) != 1 or None in periods:
        return None
    period = periods.pop()
    if len(row.terms) == 1:
        return period
    return f"{len(row.terms)} {period}s" if period in ("month", "year", "quarter") else None


def _terms_check(row: _Row) -> bool | None:
    """A row priced per term with a total column: the total is the sum of the terms."""
    if row.line_total is None:
        return None
    return abs(sum((amount for _, _, amount in row.terms), Decimal(0)) - row.line_total) <= CENT


def _row_period(row: _Row, layout: _Layout) -> str | None:
    total_column = LINE_TOTAL if row.line_total is not None else UNIT_PRICE
    for role, period in zip(layout.roles, layout.periods, strict=True):
        if role == total_column and period:
            return period
    if row.description and (period := _period_of(row.description)):
        return period
    if row.unit in ("month", "year") and row.quantity is not None:
        return _period_of(f"{row.quantity.normalize():f} {row.unit}s") if row.quantity != 1 else row.unit
    return None


def _table_currency(table: Table, layout: _Layout, dollar: str) -> str | None:
    codes = {code for header in layout.headers if (code := _cell_currency(header, dollar))}
    if not codes:
        codes = {code for row in table[layout.first_row:] for cell in row if is_money(cell) and (code := _cell_currency(cell,
                                                                                                                        dollar))}
    return codes.pop() if len(codes) == 1 else None


# Notes printed under a table that the table finder took into its last row ("Amount Due\nNotes:\n1. ..."):
# the table ends where they start.
_NOTES_START = re.compile(r"^\s*(?:Notes?|Terms(?:\s+and\s+Conditions)?|Remarks|Comments|Memo)\s*:|^\s*\d{1,2}[.)]\s+\S",
                          re.IGNORECASE)


def _cut_at_notes(rows: list[list[str]]) -> list[list[str]]:
    """The table's rows up to the notes under it: a cell's lines from the first that starts the notes are
    dropped, and so are the rows after it."""
    kept: list[list[str]] = []
    for row in rows:
        cut = [next((index for index, line in enumerate(cell.split("\n")) if index and _NOTES_START.match(line)), None)
               for cell in row]
        if any(index is not None for index in cut):
            kept.append(["\n".join(cell.split("\n")[:index]) if index is not None else cell
                         for cell, index in zip(row, cut, strict=True)])
            return kept
        kept.append(row)
    return kept


def _table_costs(page: PageText, table: Table, currency: _PageCurrency, claimed: list[tuple[int, int]]) -> list[TableCost]:
    rows = _cut_at_notes([list(map(str, row)) for row in table])
    layout = _layout(rows)
    if layout is None:
        return []
    decimal_comma = _decimal_comma(rows)
    context = _TableContext(layout, currency, _table_currency(rows, layout, currency.dollar), page.text_source == "ocr")
    read: list[tuple[_Row, tuple[int, int]]] = []
    cursor = 0
    for cells in rows[layout.first_row:]:
        row = _read_row(cells, layout, decimal_comma, currency.dollar)
        if row is None:
            continue
        span = locate_row(page.text, cells, cursor, claimed)
        if span is None:
            continue
        printed = checked_row_total(page.text, *span) if row.kind == LINE_ITEM else None
        if printed is not None and (printed != row.line_total or row.unit_price is None or row.quantity is None):
            continue  # cells cut wrongly or run together ("2 $14,500/ yr"); the printed line reads whole and adds up
        cursor = span[1]
        claimed.append(span)
        read.append((row, span))
    return list(_checked_costs(page.text, read, context))


def _checked_costs(text: str, read: list[tuple[_Row, tuple[int, int]]], context: _TableContext) -> Iterator[TableCost]:
    """Costs with their arithmetic: a line item that does not add up is kept (lower confidence) only
    under a header that names its columns and when most checkable rows of the table do add up."""
    checks = [_arithmetic(row) for row, _ in read]
    checkable = [ok for ok in checks if ok is not None]
    trusted = context.layout.labelled and (len(checkable) < 2 or sum(checkable) * 2 >= len(checkable))
    running: list[_Row] = []
    since_total: list[_Row] = []
    for (row, span), check in zip(read, checks, strict=True):
        if row.kind == LINE_ITEM and not row.labels:
            if not _sums_up(row, running):
                continue  # amounts without a word of description: nothing says what they are
            row.kind = TOTAL  # an unlabelled row that adds up the rows above it (its label lost or never printed)
        if row.kind in (SUBTOTAL, TOTAL):
            check = _sum_check(row, running if row.kind == SUBTOTAL else since_total)
        elif check is False and not trusted:
            continue
        yield from _costs_of_row(row, span, text, context, check)
        running = [] if row.kind in (SUBTOTAL, TOTAL) else running + [row]
        since_total = [] if row.kind == TOTAL else since_total + [row]


def find_table_costs(page: PageText) -> list[TableCost]:
    """Costs read row by row from the page's tables, in table order, each quoting its row exactly."""
    if not page.tables:
        return []
    currency = _page_currency(page.text)
    claimed: list[tuple[int, int]] = []
    found: list[TableCost] = []
    for table in page.tables:
        found.extend(_table_costs(page, table, currency, claimed))
    return found
