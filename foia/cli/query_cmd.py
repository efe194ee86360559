"""`foia costs|usage|policies|messages|documents|redactions|vendors|agencies` and `foia export`:
the same queries, shown as a table or written as CSV/JSON/NDJSON."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from foia.cli.common import console, database, fail
from foia.csv_cells import csv_value
from foia.export import export_all, export_file, write_kind, write_rows
from foia.query import KINDS, Filters, count_rows, rows
from foia.search import Scope, SearchResult, search

# Columns a terminal table shows (all columns go to csv/json); the rest would not fit a screen.
TABLE_COLUMNS = {
    "costs": ("id", "document", "page", "agency", "vendor", "amount_min", "amount_max", "period", "unit", "quote", "status"),
    "usage": ("id", "document", "page", "agency", "vendor", "count", "qualifier", "measure", "per", "quote", "status"),
    "policies": ("id", "document", "page", "agency", "kind", "statement", "status"),
    "messages": ("id", "document", "page_start", "sender", "sent_at", "subject"),
    "documents": ("id", "document", "pages", "status", "error"),
    "agencies": ("agency", "vendors", "monthly_usd_min", "monthly_usd_max", "largest_image_count", "first_record",
                 "last_record", "documents"),
}
# Without a terminal to measure (output piped to a file or a pager), tables are laid out this wide
# rather than at Rich's 80 columns, where eight columns fold into a few letters per line.
UNMEASURED_WIDTH = 200


def _table_console() -> Console:
    return Console(width=None if sys.stdout.isatty() else UNMEASURED_WIDTH)


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    ndjson = "ndjson"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    ndjson = "ndjson"


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value!r}: expected a date as YYYY-MM-DD")
    return None


# The options of the query and export commands, each written once; a command lists those its kind takes.
Format = Annotated[OutputFormat, typer.Option("--format", help="table, csv, json or ndjson.")]
Limit = Annotated[int | None, typer.Option("--limit", min=0, help="At most this many rows (table: 50 by default).")]
ExcludeRejected = Annotated[bool, typer.Option("--exclude-rejected", help="Leave out facts a reviewer rejected.")]
Out = Annotated[str, typer.Option("--out", "-o", help="File to write, or - for standard output.")]
ExportFormatOption = Annotated[ExportFormat, typer.Option("--format", help="csv, json or ndjson.")]
Excel = Annotated[bool, typer.Option("--excel", help="Start with a UTF-8 byte-order mark for Excel.")]
IncludeRejected = Annotated[bool, typer.Option("--include-rejected",
                                               help="Keep facts a reviewer rejected (left out by default).")]
AgencyFilter = Annotated[str | None, typer.Option("--agency", help="Agency name or alias.")]
VendorFilter = Annotated[str | None, typer.Option("--vendor", help="Vendor name or alias.")]
ProductFilter = Annotated[str | None, typer.Option("--product", help="Product name (or part of it).")]
SinceFilter = Annotated[str | None, typer.Option("--since", help="Only records dated on or after YYYY-MM-DD.")]
UntilFilter = Annotated[str | None, typer.Option("--until", help="Only records dated on or before YYYY-MM-DD.")]
StatusFilter = Annotated[str | None, typer.Option("--status", help="Review status (facts) or import status (documents).")]
MinConfidenceFilter = Annotated[float | None, typer.Option("--min-confidence", help="Only facts at or above this confidence.")]
RequestFilter = Annotated[str | None, typer.Option("--request", help="Public-records request reference.")]
IncludeDuplicates = Annotated[bool, typer.Option("--include-duplicates",
                                                help="Also list later copies of a message (left out by default).")]


def _filters(*, agency: str | None = None, vendor: str | None = None, product: str | None = None,
             since: str | None = None, until: str | None = None, status: str | None = None,
             min_confidence: float | None = None, request: str | None = None, include_rejected: bool = True,
             include_duplicates: bool = False) -> Filters:
    return Filters(
        agency=agency, vendor=vendor, product=product, since=_date(since, "--since"), until=_date(until, "--until"),
        status=status, min_confidence=min_confidence, request=request, include_rejected=include_rejected,
        include_duplicates=include_duplicates,
    )


def _show_table(kind: str, data: Sequence[Sequence[Any]], total: int) -> None:
    names = [c.name for c in KINDS[kind].columns]
    shown = TABLE_COLUMNS.get(kind, tuple(names))
    indexes = [names.index(name) for name in shown]
    table = Table(show_lines=False, header_style="bold")
    for name in shown:
        table.add_column(name, overflow="fold", no_wrap=name in ("id", "page", "amount_min", "amount_max"))
    for row in data:
        table.add_row(*(Text(csv_value(row[i]).lstrip("'")) for i in indexes))
    _table_console().print(table)
    more = f" (showing {len(data)}; use --limit or --format csv for all)" if total > len(data) else ""
    console.print(f"{total} {kind}{more}")


def _query(ctx: typer.Context, kind: str, fmt: OutputFormat, limit: int | None, filters: Filters) -> None:
    """Show one query kind as a table, or write every row to standard output."""
    with database(ctx) as engine:
        if fmt is OutputFormat.table:
            shown = limit if limit is not None else 50
            _show_table(kind, list(rows(engine, kind, filters, limit=shown)), count_rows(engine, kind, filters))
        else:
            write_kind(engine, kind, sys.stdout, fmt.value, filters, limit)
            sys.stdout.flush()


def _fact_query(kind: str) -> Callable[..., None]:
    def command(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None,
                exclude_rejected: ExcludeRejected = False, agency: AgencyFilter = None, vendor: VendorFilter = None,
                product: ProductFilter = None, since: SinceFilter = None, until: UntilFilter = None,
                status: StatusFilter = None, min_confidence: MinConfidenceFilter = None,
                request: RequestFilter = None) -> None:
        _query(ctx, kind, fmt, limit, _filters(
            agency=agency, vendor=vendor, product=product, since=since, until=until, status=status,
            min_confidence=min_confidence, request=request, include_rejected=not exclude_rejected))

    return command


def messages_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None,
                   agency: AgencyFilter = None, since: SinceFilter = None, until: UntilFilter = None,
                   request: RequestFilter = None, include_duplicates: IncludeDuplicates = False) -> None:
    _query(ctx, "messages", fmt, limit, _filters(agency=agency, since=since, until=until, request=request,
                                                 include_duplicates=include_duplicates))


def documents_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None,
                    agency: AgencyFilter = None, status: StatusFilter = None, request: RequestFilter = None) -> None:
    _query(ctx, "documents", fmt, limit, _filters(agency=agency, status=status, request=request))


def redactions_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None,
                     agency: AgencyFilter = None, request: RequestFilter = None) -> None:
    _query(ctx, "redactions", fmt, limit, _filters(agency=agency, request=request))


def vendors_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None,
                  vendor: VendorFilter = None) -> None:
    _query(ctx, "vendors", fmt, limit, _filters(vendor=vendor))


def agencies_query(ctx: typer.Context, fmt: Format = OutputFormat.table, limit: Limit = None,
                   agency: AgencyFilter = None) -> None:
    _query(ctx, "agencies", fmt, limit, _filters(agency=agency))


Command = Callable[..., None]


def _commands(fact: Callable[[str], Command], others: dict[str, Command]) -> dict[str, Command]:
    """The command of every query kind, in the catalogue's order."""
    return {kind: others[kind] if kind in others else fact(kind) for kind in KINDS}


def register_queries(app: typer.Typer) -> None:
    commands = _commands(_fact_query, {"messages": messages_query, "documents": documents_query,
                                       "redactions": redactions_query, "vendors": vendors_query,
                                       "agencies": agencies_query})
    for kind, command in commands.items():
        app.command(kind, help=KINDS[kind].description)(command)


SEARCH_COLUMNS = ("source", "document", "page", "bates", "message_id", "subject", "snippet", "rank")


def search_command(
    ctx: typer.Context,
    query: str = typer.Argument(..., help='Words (all must match), "exact phrases", OR, NOT or -word.'),
    limit: int = typer.Option(20, "--limit", min=1, help="At most this many hits."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table, csv, json or ndjson."),
    request: str = typer.Option(None, "--request", help="Only documents released under this request reference."),
    agency: str = typer.Option(None, "--agency", help="Only documents imported for this agency (name or alias)."),
) -> None:
    """Search page and message text, best matches first, each with a snippet and its citation."""
    with database(ctx) as engine:
        result = search(engine, query, limit=limit, scope=Scope(request=request, agency=agency))
    hits = result.hits
    data = [
        (h.source, h.document, h.page, h.bates, h.message_id, h.subject, h.snippet, round(h.rank, 4)) for h in hits
    ]
    if fmt is not OutputFormat.table:
        write_rows(SEARCH_COLUMNS, data, sys.stdout, fmt.value)
        _note_capped(result)
        return
    table = Table(header_style="bold")
    for name in ("document", "page", "bates", "source", "snippet"):
        table.add_column(name, overflow="fold")
    for hit in hits:
        where = "page" if hit.source == "page" else f"message {hit.message_id}"
        snippet = Text(hit.snippet)
        snippet.highlight_regex(r"\[[^\]]*\]", "bold yellow")
        table.add_row(Text(hit.document), str(hit.page or ""), Text(hit.bates or ""), where, snippet)
    _table_console().print(table)
    console.print(f"{len(hits)} hits")
    _note_capped(result)


def _note_capped(result: SearchResult) -> None:
    if result.capped:
        sources = " and ".join(result.capped)
        console.print(f"note: more than {result.ranked:,} {sources} match, so these are the best of the "
                      f"{result.ranked:,} most recently imported; add words, a phrase, --request or --agency "
                      "to rank every match")


export_app = typer.Typer(help="Export query results as files, or everything as a data package.", no_args_is_help=True)


def _export(ctx: typer.Context, kind: str, out: str, fmt: ExportFormat, excel: bool, filters: Filters) -> None:
    """Write one query kind to a file (which appears only when complete) or to standard output."""
    with database(ctx) as engine:
        if out == "-":
            if excel:
                sys.stdout.write("\ufeff")
            write_kind(engine, kind, sys.stdout, fmt.value, filters)
            sys.stdout.flush()
            return
        try:
            count = export_file(engine, kind, Path(out), fmt=fmt.value, excel=excel, filters=filters)
        except OSError as exc:
            fail(f"{out}: cannot write ({exc.strerror})")
    console.print(f"wrote {count} {kind} rows to {out}")


def _fact_export(kind: str) -> Callable[..., None]:
    def command(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv, excel: Excel = False,
                include_rejected: IncludeRejected = False, agency: AgencyFilter = None, vendor: VendorFilter = None,
                product: ProductFilter = None, since: SinceFilter = None, until: UntilFilter = None,
                status: StatusFilter = None, min_confidence: MinConfidenceFilter = None,
                request: RequestFilter = None) -> None:
        _export(ctx, kind, out, fmt, excel, _filters(
            agency=agency, vendor=vendor, product=product, since=since, until=until, status=status,
            min_confidence=min_confidence, request=request, include_rejected=include_rejected))

    return command


def messages_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv, excel: Excel = False,
                    agency: AgencyFilter = None, since: SinceFilter = None, until: UntilFilter = None,
                    request: RequestFilter = None, include_duplicates: IncludeDuplicates = False) -> None:
    _export(ctx, "messages", out, fmt, excel, _filters(agency=agency, since=since, until=until, request=request,
                                                       include_duplicates=include_duplicates, include_rejected=False))


def documents_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv,
                     excel: Excel = False, agency: AgencyFilter = None, status: StatusFilter = None,
                     request: RequestFilter = None) -> None:
    _export(ctx, "documents", out, fmt, excel, _filters(agency=agency, status=status, request=request,
                                                        include_rejected=False))


def redactions_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv,
                      excel: Excel = False, agency: AgencyFilter = None, request: RequestFilter = None) -> None:
    _export(ctx, "redactions", out, fmt, excel, _filters(agency=agency, request=request, include_rejected=False))


def vendors_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv,
                   excel: Excel = False, vendor: VendorFilter = None) -> None:
    _export(ctx, "vendors", out, fmt, excel, _filters(vendor=vendor, include_rejected=False))


def agencies_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv,
                    excel: Excel = False, agency: AgencyFilter = None) -> None:
    _export(ctx, "agencies", out, fmt, excel, _filters(agency=agency, include_rejected=False))


def register_exports(app: typer.Typer) -> None:
    commands = _commands(_fact_export, {"messages": messages_export, "documents": documents_export,
                                        "redactions": redactions_export, "vendors": vendors_export,
                                        "agencies": agencies_export})
    for kind, command in commands.items():
        columns = ", ".join(c.name for c in KINDS[kind].columns)
        app.command(kind, help=f"{KINDS[kind].description} Columns: {columns}.")(command)

    @app.command("all")
    def export_everything(
        ctx: typer.Context,
        out: Path = typer.Option(..., "--out", "-o", help="Directory to write (created if missing)."),
        excel: bool = typer.Option(False, "--excel", help="Start each CSV with a UTF-8 byte-order mark."),
        with_originals: bool = typer.Option(
            False, "--with-originals", help="Also copy every document's original from the archive into originals/ "
            "(named ID-name, listed in datapackage.json)."),
    ) -> None:
        """Every kind as CSV, plus datapackage.json (Frictionless) and a README for the newsroom."""
        with database(ctx) as engine:
            archive = None
            if with_originals:
                from foia.archive import archive_for

                archive = archive_for(engine)
            try:
                counts = export_all(engine, out, excel=excel, filters=Filters(include_rejected=False), originals=archive)
            except OSError as exc:
                fail(f"{out}: cannot write ({exc.strerror})")
        console.print(f"wrote {', '.join(f'{n} {k}' for k, n in counts.items())} to {out}")
        if counts.get("originals missing"):
            console.print(f"[yellow]warning[/]: {counts['originals missing']} documents have no original in the archive "
                          "(`foia doctor` lists them; `foia archive backfill` adds them from the files)")


register_exports(export_app)
