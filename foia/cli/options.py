"""The options of the listing and export commands, each written once; a command lists those its kind
takes, and `filters` turns them into foia.query's Filters."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer

from foia.catalogue import Filters
from foia.cli.common import fail


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    ndjson = "ndjson"
    xlsx = "xlsx"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    ndjson = "ndjson"
    xlsx = "xlsx"


class Category(StrEnum):
    usage = "usage"
    outcome = "outcome"
    equipment = "equipment"
    all = "all"


Format = Annotated[OutputFormat, typer.Option(
    "--format", help="table, or every row as csv, json, ndjson or xlsx (a spreadsheet: redirect it to a file).")]
Limit = Annotated[int | None, typer.Option("--limit", min=0, help="At most this many rows (table: 50 by default).")]
Sort = Annotated[str | None, typer.Option(
    "--sort", help="Order by this column (any column of the export); -COLUMN or --sort=-COLUMN for descending.")]
ExcludeRejected = Annotated[bool, typer.Option("--exclude-rejected", help="Leave out facts a reviewer rejected.")]
IncludeCopies = Annotated[bool, typer.Option(
    "--include-copies", help="Also list copies of a fact (a re-saved or scanned copy of a record, the same figure "
    "said again), left out by default; the duplicate_of column names the fact each repeats.")]
UsageCategory = Annotated[Category, typer.Option(
    "--category", help="usage (images, searches, accounts: the default), outcome (arrests, matches, leads), "
    "equipment (cameras) or all.")]
Out = Annotated[str, typer.Option("--out", "-o", help="File to write, or - for standard output.")]
ExportFormatOption = Annotated[ExportFormat, typer.Option("--format", help="csv, json, ndjson or xlsx.")]
Excel = Annotated[bool, typer.Option("--excel", help="Start a CSV with a UTF-8 byte-order mark, for Excel.")]
IncludeRejected = Annotated[bool, typer.Option("--include-rejected",
                                               help="Keep facts a reviewer rejected (left out by default).")]
AgencyFilter = Annotated[str | None, typer.Option("--agency", help="Agency name or alias.")]
VendorFilter = Annotated[str | None, typer.Option("--vendor", help="Vendor name or alias.")]
ProductFilter = Annotated[str | None, typer.Option("--product", help="Product name (or part of it).")]
SinceFilter = Annotated[str | None, typer.Option("--since", help="Only records dated on or after YYYY-MM-DD.")]
UntilFilter = Annotated[str | None, typer.Option("--until", help="Only records dated on or before YYYY-MM-DD.")]
StatusFilter = Annotated[str | None, typer.Option("--status", help="Review status: unreviewed, verified, rejected or corrected.")]
DocumentStatusFilter = Annotated[str | None, typer.Option("--status", help="Import status: imported or failed.")]
MinConfidenceFilter = Annotated[float | None, typer.Option(
    "--min-confidence", help="Only facts at or above this confidence (0 to 1).")]
RequestFilter = Annotated[str | None, typer.Option("--request", help="Public-records request reference.")]
IncludeDuplicates = Annotated[bool, typer.Option("--include-duplicates",
                                                help="Also list later copies of a message (left out by default).")]
DocumentSince = Annotated[str | None, typer.Option(
    "--since", help="Only documents holding a message dated on or after YYYY-MM-DD (or attached to one).")]
DocumentUntil = Annotated[str | None, typer.Option(
    "--until", help="Only documents holding a message dated on or before YYYY-MM-DD (or attached to one).")]


def date_option(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r}: expected a date as YYYY-MM-DD")
    return None


def filters(*, agency: str | None = None, vendor: str | None = None, product: str | None = None,
            since: str | None = None, until: str | None = None, status: str | None = None,
            min_confidence: float | None = None, request: str | None = None, include_rejected: bool = True,
            include_duplicates: bool = False, include_copies: bool = False, category: Category = Category.usage,
            sort: str | None = None) -> Filters:
    return Filters(
        agency=agency, vendor=vendor, product=product, since=date_option(since, "--since"),
        until=date_option(until, "--until"), status=status, min_confidence=min_confidence, request=request,
        include_rejected=include_rejected, include_duplicates=include_duplicates, include_copies=include_copies,
        category=None if category is Category.all else category.value, sort=sort,
    )
