"""`foia costs|usage|policies|messages|documents|redactions|vendors|agencies` and `foia export`:
the same queries, shown as a table or written as CSV/JSON/NDJSON."""

from __future__ import annotations

import datetime as dt
import inspect
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from foia.cli.common import console, database, fail
from foia.csv_cells import csv_value
from foia.errors import QueryError
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


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    ndjson = "ndjson"


class ExportFormat(str, Enum):
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


FILTER_OPTIONS: dict[str, inspect.Parameter] = {
    name: inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
    for name, annotation, default in (
        ("agency", str | None, typer.Option(None, "--agency", help="Agency name or alias.")),
        ("vendor", str | None, typer.Option(None, "--vendor", help="Vendor name or alias.")),
        ("product", str | None, typer.Option(None, "--product", help="Product name (or part of it).")),
        ("since", str | None, typer.Option(None, "--since", help="Only records dated on or after YYYY-MM-DD.")),
        ("until", str | None, typer.Option(None, "--until", help="Only records dated on or before YYYY-MM-DD.")),
        ("status", str | None, typer.Option(None, "--status", help="Review status (facts) or import status (documents).")),
        ("min_confidence", float | None, typer.Option(None, "--min-confidence", help="Only facts at or above this confidence.")),
        ("request", str | None, typer.Option(None, "--request", help="Public-records request reference.")),
        ("include_duplicates", bool, typer.Option(False, "--include-duplicates",
                                                  help="Also list later copies of a message (left out by default).")),
    )
}


def _filters(kind: str, options: dict[str, Any], *, include_rejected: bool) -> Filters:
    return Filters(
        agency=options.get("agency"),
        vendor=options.get("vendor"),
        product=options.get("product"),
        since=_date(options.get("since"), "--since"),
        until=_date(options.get("until"), "--until"),
        status=options.get("status"),
        min_confidence=options.get("min_confidence"),
        request=options.get("request"),
        include_rejected=include_rejected,
        include_duplicates=bool(options.get("include_duplicates")),
    )


def _with_signature(function: Any, kind: str, extra: list[inspect.Parameter]) -> Any:
    ctx = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)
    wanted = [FILTER_OPTIONS[name] for name in FILTER_OPTIONS if name in KINDS[kind].filters]
    function.__signature__ = inspect.Signature([ctx, *extra, *wanted])
    return function


def _show_table(kind: str, data: list[tuple[Any, ...]], total: int) -> None:
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


def register_queries(app: typer.Typer) -> None:
    for kind, spec in KINDS.items():

        def command(ctx: typer.Context, *, _kind: str = kind, **options: Any) -> None:
            fmt: OutputFormat = options.pop("fmt")
            limit: int | None = options.pop("limit")
            include_rejected = not options.pop("exclude_rejected", False)
            with database(ctx) as engine:
                try:
                    filters = _filters(_kind, options, include_rejected=include_rejected)
                    if fmt is OutputFormat.table:
                        shown = limit if limit is not None else 50
                        _show_table(_kind, list(rows(engine, _kind, filters, limit=shown)), count_rows(engine, _kind, filters))
                    else:
                        write_kind(engine, _kind, sys.stdout, fmt.value, filters, limit)
                        sys.stdout.flush()
                except QueryError as exc:
                    fail(str(exc))

        extra = [
            inspect.Parameter("fmt", inspect.Parameter.KEYWORD_ONLY, annotation=OutputFormat,
                              default=typer.Option(OutputFormat.table, "--format", help="table, csv, json or ndjson.")),
            inspect.Parameter("limit", inspect.Parameter.KEYWORD_ONLY, annotation=int | None,
                              default=typer.Option(None, "--limit", min=0, help="At most this many rows (table: 50 by default).")),
        ]
        if "status" in spec.filters and kind not in ("documents",):
            extra.append(inspect.Parameter("exclude_rejected", inspect.Parameter.KEYWORD_ONLY, annotation=bool,
                                           default=typer.Option(False, "--exclude-rejected", help="Leave out facts a reviewer rejected.")))
        command.__doc__ = spec.description
        app.command(kind)(_with_signature(command, kind, extra))


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
        try:
            result = search(engine, query, limit=limit, scope=Scope(request=request, agency=agency))
        except QueryError as exc:
            fail(str(exc))
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


def register_exports(app: typer.Typer) -> None:
    for kind, spec in KINDS.items():

        def command(ctx: typer.Context, *, _kind: str = kind, **options: Any) -> None:
            out: str = options.pop("out")
            fmt: ExportFormat = options.pop("fmt")
            excel: bool = options.pop("excel")
            include_rejected: bool = options.pop("include_rejected", False)
            with database(ctx) as engine:
                try:
                    filters = _filters(_kind, options, include_rejected=include_rejected)
                    if out == "-":
                        if excel:
                            sys.stdout.write("\ufeff")
                        write_kind(engine, _kind, sys.stdout, fmt.value, filters)
                        sys.stdout.flush()
                        return
                    count = export_file(engine, _kind, Path(out), fmt=fmt.value, excel=excel, filters=filters)
                except QueryError as exc:
                    fail(str(exc))
                except BrokenPipeError:
                    raise  # the reader of stdout left: handled quietly in foia.cli.main
                except OSError as exc:
                    fail(f"{out}: cannot write ({exc.strerror})")
                console.print(f"wrote {count} {_kind} rows to {out}")

        extra = [
            inspect.Parameter("out", inspect.Parameter.KEYWORD_ONLY, annotation=str,
                              default=typer.Option("-", "--out", "-o", help="File to write, or - for standard output.")),
            inspect.Parameter("fmt", inspect.Parameter.KEYWORD_ONLY, annotation=ExportFormat,
                              default=typer.Option(ExportFormat.csv, "--format", help="csv, json or ndjson.")),
            inspect.Parameter("excel", inspect.Parameter.KEYWORD_ONLY, annotation=bool,
                              default=typer.Option(False, "--excel", help="Start with a UTF-8 byte-order mark for Excel.")),
        ]
        if "status" in spec.filters and kind != "documents":
            extra.append(inspect.Parameter("include_rejected", inspect.Parameter.KEYWORD_ONLY, annotation=bool,
                                           default=typer.Option(False, "--include-rejected", help="Keep facts a reviewer rejected (left out by default).")))
        columns = ", ".join(c.name for c in spec.columns)
        command.__doc__ = f"{spec.description} Columns: {columns}."
        app.command(kind)(_with_signature(command, kind, extra))

    @app.command("all")
    def export_everything(
        ctx: typer.Context,
        out: Path = typer.Option(..., "--out", "-o", help="Directory to write (created if missing)."),
        excel: bool = typer.Option(False, "--excel", help="Start each CSV with a UTF-8 byte-order mark."),
    ) -> None:
        """Every kind as CSV, plus datapackage.json (Frictionless) and a README for the newsroom."""
        with database(ctx) as engine:
            try:
                counts = export_all(engine, out, excel=excel, filters=Filters(include_rejected=False))
            except OSError as exc:
                fail(f"{out}: cannot write ({exc.strerror})")
        console.print(f"wrote {', '.join(f'{n} {k}' for k, n in counts.items())} to {out}")


register_exports(export_app)
