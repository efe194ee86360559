"""`foia costs|usage|policies|messages|documents|redactions|vendors|agencies` and `foia search`: the
queries, shown as a table or written as CSV, JSON, NDJSON or a spreadsheet."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from typing import TYPE_CHECKING

import typer

from foia.catalogue import LISTINGS, Filters
from foia.cli.common import console, database, fail
from foia.cli.options import (
    AgencyFilter,
    Category,
    DocumentSince,
    DocumentStatusFilter,
    DocumentUntil,
    ExcludeRejected,
    Format,
    IncludeCopies,
    IncludeDuplicates,
    Limit,
    MinConfidenceFilter,
    OutputFormat,
    ProductFilter,
    RequestFilter,
    SinceFilter,
    Sort,
    StatusFilter,
    UntilFilter,
    UsageCategory,
    VendorFilter,
    date_option,
    filters,
)
from foia.wording import plural

if TYPE_CHECKING:
    from foia.search import SearchResult


def _query(ctx: typer.Context, kind: str, fmt: OutputFormat, limit: int | None, chosen: Filters) -> None:
    """Show one query kind as a table, or write every row to standard output."""
    # The queries (SQLAlchemy, the models) and the writers are imported when a listing runs, not when the
    # command line is built: `foia --help` lists these commands without them.
    from foia.cli.tables import show
    from foia.query import count_rows, rows

    if fmt is OutputFormat.xlsx and sys.stdout.isatty():
        fail(f"xlsx is a spreadsheet file: send it to a file (foia {kind} --format xlsx > {kind}.xlsx) "
             f"or use foia export {kind} --format xlsx --out {kind}.xlsx")
    with database(ctx) as engine:
        if fmt is OutputFormat.table:
            shown = limit if limit is not None else 50
            show(kind, list(rows(engine, kind, chosen, limit=shown)), count_rows(engine, kind, chosen), chosen, console)
        elif fmt is OutputFormat.xlsx:
            from foia.export import write_xlsx

            with tempfile.TemporaryFile() as workbook:  # a zip file is written with seeks; stdout may be a pipe
                write_xlsx(engine, kind, workbook, chosen, limit)
                workbook.seek(0)
                sys.stdout.flush()
                shutil.copyfileobj(workbook, sys.stdout.buffer)
                sys.stdout.buffer.flush()
        else:
            from foia.export import write_kind

            write_kind(engine, kind, sys.stdout, fmt.value, chosen, limit)
            sys.stdout.flush()


def _fact_query(kind: str) -> Callable[..., None]:
    def command(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None, sort: Sort = None,
                exclude_rejected: ExcludeRejected = False, include_copies: IncludeCopies = False,
                agency: AgencyFilter = None, vendor: VendorFilter = None, product: ProductFilter = None,
                since: SinceFilter = None, until: UntilFilter = None, status: StatusFilter = None,
                min_confidence: MinConfidenceFilter = None, request: RequestFilter = None) -> None:
        _query(ctx, kind, fmt, limit, filters(
            agency=agency, vendor=vendor, product=product, since=since, until=until, status=status,
            min_confidence=min_confidence, request=request, include_rejected=not exclude_rejected,
            include_copies=include_copies, sort=sort))

    return command


def usage_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None, sort: Sort = None,
                category: UsageCategory = Category.usage, exclude_rejected: ExcludeRejected = False,
                include_copies: IncludeCopies = False, agency: AgencyFilter = None, vendor: VendorFilter = None,
                product: ProductFilter = None, since: SinceFilter = None, until: UntilFilter = None,
                status: StatusFilter = None, min_confidence: MinConfidenceFilter = None,
                request: RequestFilter = None) -> None:
    _query(ctx, "usage", fmt, limit, filters(
        agency=agency, vendor=vendor, product=product, since=since, until=until, status=status,
        min_confidence=min_confidence, request=request, include_rejected=not exclude_rejected,
        include_copies=include_copies, category=category, sort=sort))


def messages_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None, sort: Sort = None,
                   agency: AgencyFilter = None, since: SinceFilter = None, until: UntilFilter = None,
                   request: RequestFilter = None, include_duplicates: IncludeDuplicates = False) -> None:
    _query(ctx, "messages", fmt, limit, filters(agency=agency, since=since, until=until, request=request,
                                                include_duplicates=include_duplicates, sort=sort))


def documents_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None, sort: Sort = None,
                    agency: AgencyFilter = None, status: DocumentStatusFilter = None, request: RequestFilter = None,
                    since: DocumentSince = None, until: DocumentUntil = None) -> None:
    _query(ctx, "documents", fmt, limit, filters(agency=agency, status=status, request=request, since=since,
                                                 until=until, sort=sort))


def redactions_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None, sort: Sort = None,
                     agency: AgencyFilter = None, request: RequestFilter = None) -> None:
    _query(ctx, "redactions", fmt, limit, filters(agency=agency, request=request, sort=sort))


def vendors_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None, sort: Sort = None,
                  vendor: VendorFilter = None) -> None:
    _query(ctx, "vendors", fmt, limit, filters(vendor=vendor, sort=sort))


def agencies_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None, sort: Sort = None,
                   agency: AgencyFilter = None) -> None:
    _query(ctx, "agencies", fmt, limit, filters(agency=agency, sort=sort))


Command = Callable[..., None]


def commands(fact: Callable[[str], Command], others: dict[str, Command]) -> dict[str, Command]:
    """The command of every query kind, in the catalogue's order."""
    return {kind: others[kind] if kind in others else fact(kind) for kind in LISTINGS}


def register_queries(app: typer.Typer) -> None:
    listed = commands(_fact_query, {"usage": usage_query, "messages": messages_query, "documents": documents_query,
                                    "redactions": redactions_query, "vendors": vendors_query,
                                    "agencies": agencies_query})
    for kind, command in listed.items():
        app.command(kind, help=LISTINGS[kind].description)(command)


SEARCH_COLUMNS = ("source", "document", "page", "bates", "date", "message_id", "subject", "snippet", "rank")


def search_command(
    ctx: typer.Context,
    query: str = typer.Argument(..., help='Words (all must match), "exact phrases", OR, NOT or -word.'),
    limit: int = typer.Option(20, "--limit", min=1, help="At most this many hits."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv, json or ndjson."),
    request: str = typer.Option(None, "--request", help="Only documents released under this request reference."),
    agency: str = typer.Option(None, "--agency", help="Only documents imported for this agency (name or alias)."),
    since: str = typer.Option(None, "--since", help="Only messages dated on or after YYYY-MM-DD, and their pages."),
    until: str = typer.Option(None, "--until", help="Only messages dated on or before YYYY-MM-DD, and their pages."),
) -> None:
    """Search page and message text, best matches first, each with a snippet and its citation."""
    from rich.table import Table
    from rich.text import Text

    from foia.cli.tables import table_console
    from foia.export import write_rows
    from foia.search import Scope, search

    if fmt is OutputFormat.xlsx:
        fail("search writes table, csv, json or ndjson")
    scope = Scope(request=request, agency=agency, since=date_option(since, "--since"), until=date_option(until, "--until"))
    with database(ctx) as engine:
        result = search(engine, query, limit=limit, scope=scope)
    hits = result.hits
    data = [
        (h.source, h.document, h.page, h.bates, h.date, h.message_id, h.subject, h.snippet, round(h.rank, 4))
        for h in hits
    ]
    if fmt is not OutputFormat.table:
        write_rows(SEARCH_COLUMNS, data, sys.stdout, fmt.value)
        _note_capped(result)
        return
    table = Table(header_style="bold")
    for name in ("document", "page", "bates", "date", "source", "snippet"):
        table.add_column(name, overflow="fold", no_wrap=name in ("page", "date"))
    for hit in hits:
        where = "page" if hit.source == "page" else f"message {hit.message_id}"
        snippet = Text(hit.snippet)
        snippet.highlight_regex(r"\[[^\]]*\]", "bold yellow")
        table.add_row(Text(hit.document), str(hit.page or ""), Text(hit.bates or ""), str(hit.date or ""), where, snippet)
    table_console().print(table)
    console.print(plural(len(hits), "hit"))
    _note_capped(result)


def _note_capped(result: SearchResult) -> None:
    if result.capped:
        sources = " and ".join(result.capped)
        console.print(f"note: more than {result.ranked:,} {sources} match, so these are the best of the "
                      f"{result.ranked:,} most recently imported; add words, a phrase, --request or --agency "
                      "to rank every match")
