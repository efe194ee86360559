"""Listings as terminal tables: the columns a reporter needs to judge a row (date, document, page,
Bates number, who, the amount as written with its currency, unit and period, the quote), in words
("$1 per 1,000 images"), not raw columns. Every column is in the csv/json/xlsx output."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from foia import wording
from foia.csv_cells import csv_value
from foia.query import KINDS, Filters

# Without a terminal to measure (output piped to a file or a pager), tables are laid out this wide
# rather than at Rich's 80 columns, where eight columns fold into a few letters per line.
UNMEASURED_WIDTH = 240
Row = dict[str, Any]
Shown = tuple[str, Callable[[Row], str]]
# Column names with plural nouns for the closing count ("1 cost", "3 usage counts").
NOUNS = {"costs": ("cost", "costs"), "usage": ("usage count", "usage counts"), "policies": ("policy", "policies"),
         "messages": ("message", "messages"), "documents": ("document", "documents"),
         "redactions": ("page with redactions", "pages with redactions"), "vendors": ("vendor", "vendors"),
         "agencies": ("agency", "agencies")}


def table_console() -> Console:
    return Console(width=None if sys.stdout.isatty() else UNMEASURED_WIDTH)


def _plain(name: str) -> Callable[[Row], str]:
    return lambda row: csv_value(row[name]).lstrip("'") if row[name] is not None else ""


def _cost(row: Row) -> str:
    if row["amount_max"] is None:
        return ""
    low = None if row["amount_min"] is None else Decimal(str(row["amount_min"]))
    quantity = None if row["unit_quantity"] is None else Decimal(str(row["unit_quantity"]))
    return wording.price(low, Decimal(str(row["amount_max"])), row["currency"], qualifier=row["qualifier"],
                         period=row["period"], unit=row["unit"], unit_quantity=quantity, billing=row["billing"],
                         term=row["term"])


def _count(row: Row) -> str:
    return wording.count(int(row["count"]), row["count_max"], row["qualifier"], row["per"])


def _usd(low: str, high: str) -> Callable[[Row], str]:
    def shown(row: Row) -> str:
        if row[high] is None:
            return ""
        return wording.usd_range(Decimal(str(row[low])), Decimal(str(row[high])))

    return shown


def _agency(row: Row) -> str:
    return row["agency"] or ""


def _records(row: Row) -> str:
    first, last = row["first_record"], row["last_record"]
    if first is None:
        return ""
    return str(first) if first == last else f"{first} to {last}"


def _number(name: str) -> Callable[[Row], str]:
    return lambda row: "" if row[name] is None else f"{row[name]:,}"


CITATION: tuple[Shown, ...] = (("id", _plain("id")), ("date", _plain("date")), ("document", _plain("document")),
                               ("page", _plain("page")), ("bates", _plain("bates")))
LAYOUTS: dict[str, tuple[Shown, ...]] = {
    "costs": (*CITATION, ("agency", _agency), ("vendor", _plain("vendor")), ("amount", _cost), ("kind", _plain("kind")),
              ("quote", _plain("quote")), ("status", _plain("status"))),
    "usage": (*CITATION, ("agency", _agency), ("vendor", _plain("vendor")), ("count", _count),
              ("measure", _plain("measure")), ("category", _plain("category")), ("quote", _plain("quote")),
              ("status", _plain("status"))),
    "policies": (*CITATION, ("agency", _agency), ("kind", _plain("kind")), ("statement", _plain("statement")),
                 ("status", _plain("status"))),
    "messages": (("id", _plain("id")), ("sent_at", _plain("sent_at")), ("document", _plain("document")),
                 ("page", _plain("page_start")), ("sender", _plain("sender")), ("subject", _plain("subject"))),
    "documents": (("id", _plain("id")), ("document", _plain("document")), ("pages", _plain("pages")),
                  ("first date", _plain("first_date")), ("status", _plain("status")), ("error", _plain("error"))),
    "agencies": (("agency", _agency), ("state", _plain("state")), ("ori", _plain("ori")),
                 ("vendors", _plain("vendors")), ("products", _plain("products")), ("costs", _number("costs")),
                 ("contract value", _usd("contract_usd_min", "contract_usd_max")),
                 ("annual value", _usd("annual_usd_min", "annual_usd_max")),
                 ("monthly", _usd("monthly_usd_min", "monthly_usd_max")),
                 ("most images", _number("largest_image_count")), ("records", _records),
                 ("documents", _number("documents")), ("messages", _number("messages"))),
}
NO_WRAP = {"id", "page", "date", "sent_at", "first date", "state", "ori", "costs", "documents", "messages"}


def layout(kind: str, filters: Filters) -> tuple[Shown, ...]:
    """The columns shown for a kind; copies, when asked for, show which fact each repeats."""
    names = [column.name for column in KINDS[kind].columns]
    shown = LAYOUTS.get(kind, tuple((name, _plain(name)) for name in names))
    if kind == "usage" and filters.category:
        shown = tuple(column for column in shown if column[0] != "category")
    if filters.include_copies and "duplicate_of" in names:
        shown = (*shown, ("copy of", _plain("duplicate_of")))
    return shown


def show(kind: str, data: Sequence[Sequence[Any]], total: int, filters: Filters, console: Console) -> None:
    names = [column.name for column in KINDS[kind].columns]
    shown = layout(kind, filters)
    table = Table(show_lines=False, header_style="bold")
    for header, _ in shown:
        table.add_column(header, overflow="fold", no_wrap=header in NO_WRAP)
    for values in data:
        row = dict(zip(names, values, strict=True))
        table.add_row(*(Text(render(row)) for _, render in shown))
    table_console().print(table)
    more = f" (showing {len(data):,}; use --limit or --format csv for all)" if total > len(data) else ""
    console.print(f"{wording.plural(total, *NOUNS[kind])}{more}")
    if kind == "agencies" and filters.agency:
        for values in data:
            row = dict(zip(names, values, strict=True))
            if row["cost_note"]:
                console.print(Text(f"{row['agency']}: {row['cost_note']}"))
