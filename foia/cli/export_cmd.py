"""`foia export KIND|all`: the listings as files (CSV, JSON, NDJSON or a spreadsheet), or everything
as a data package. A file given with --out appears only when complete."""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import typer

from foia.catalogue import LISTINGS, Filters
from foia.cli.common import console, database, fail
from foia.cli.options import (
    AgencyFilter,
    Category,
    DocumentSince,
    DocumentStatusFilter,
    DocumentUntil,
    Excel,
    ExportFormat,
    ExportFormatOption,
    IncludeCopies,
    IncludeDuplicates,
    IncludeRejected,
    MinConfidenceFilter,
    Out,
    ProductFilter,
    RequestFilter,
    SinceFilter,
    Sort,
    StatusFilter,
    UntilFilter,
    UsageCategory,
    VendorFilter,
    filters,
)
from foia.cli.query_cmd import commands
from foia.wording import plural

export_app = typer.Typer(help="Export query results as files, or everything as a data package.", no_args_is_help=True)


def _export(ctx: typer.Context, kind: str, out: str, fmt: ExportFormat, excel: bool, chosen: Filters) -> None:
    """Write one query kind to a file (which appears only when complete) or to standard output."""
    from foia.export import export_file, write_kind, write_xlsx  # the writers and the queries: not at start-up

    if out == "-" and fmt is ExportFormat.xlsx and sys.stdout.isatty():
        fail(f"xlsx is a spreadsheet file: give it a name with --out {kind}.xlsx")
    with database(ctx) as engine:
        if out == "-":
            if fmt is ExportFormat.xlsx:
                with tempfile.TemporaryFile() as workbook:  # written with seeks; stdout may be a pipe
                    write_xlsx(engine, kind, workbook, chosen)
                    workbook.seek(0)
                    shutil.copyfileobj(workbook, sys.stdout.buffer)
                    sys.stdout.buffer.flush()
                return
            if excel:
                sys.stdout.write("\ufeff")
            write_kind(engine, kind, sys.stdout, fmt.value, chosen)
            sys.stdout.flush()
            return
        try:
            count = export_file(engine, kind, Path(out), fmt=fmt.value, excel=excel, filters=chosen)
        except OSError as exc:
            fail(f"{out}: cannot write ({exc.strerror})")
    console.print(f"wrote {plural(count, 'row')} of {kind} to {out}")


def _fact_export(kind: str) -> Callable[..., None]:
    def command(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv, excel: Excel = False,
                sort: Sort = None, include_rejected: IncludeRejected = False, include_copies: IncludeCopies = False,
                agency: AgencyFilter = None, vendor: VendorFilter = None, product: ProductFilter = None,
                since: SinceFilter = None, until: UntilFilter = None, status: StatusFilter = None,
                min_confidence: MinConfidenceFilter = None, request: RequestFilter = None) -> None:
        _export(ctx, kind, out, fmt, excel, filters(
            agency=agency, vendor=vendor, product=product, since=since, until=until, status=status,
            min_confidence=min_confidence, request=request, include_rejected=include_rejected,
            include_copies=include_copies, sort=sort))

    return command


def usage_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv, excel: Excel = False,
                 sort: Sort = None, category: UsageCategory = Category.usage, include_rejected: IncludeRejected = False,
                 include_copies: IncludeCopies = False, agency: AgencyFilter = None, vendor: VendorFilter = None,
                 product: ProductFilter = None, since: SinceFilter = None, until: UntilFilter = None,
                 status: StatusFilter = None, min_confidence: MinConfidenceFilter = None,
                 request: RequestFilter = None) -> None:
    _export(ctx, "usage", out, fmt, excel, filters(
        agency=agency, vendor=vendor, product=product, since=since, until=until, status=status,
        min_confidence=min_confidence, request=request, include_rejected=include_rejected,
        include_copies=include_copies, category=category, sort=sort))


def messages_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv, excel: Excel = False,
                    sort: Sort = None, agency: AgencyFilter = None, since: SinceFilter = None,
                    until: UntilFilter = None, request: RequestFilter = None,
                    include_duplicates: IncludeDuplicates = False) -> None:
    _export(ctx, "messages", out, fmt, excel, filters(agency=agency, since=since, until=until, request=request,
                                                      include_duplicates=include_duplicates, include_rejected=False,
                                                      sort=sort))


def documents_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv,
                     excel: Excel = False, sort: Sort = None, agency: AgencyFilter = None,
                     status: DocumentStatusFilter = None, request: RequestFilter = None, since: DocumentSince = None,
                     until: DocumentUntil = None) -> None:
    _export(ctx, "documents", out, fmt, excel, filters(agency=agency, status=status, request=request, since=since,
                                                       until=until, include_rejected=False, sort=sort))


def redactions_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv,
                      excel: Excel = False, sort: Sort = None, agency: AgencyFilter = None,
                      request: RequestFilter = None) -> None:
    _export(ctx, "redactions", out, fmt, excel, filters(agency=agency, request=request, include_rejected=False,
                                                        sort=sort))


def vendors_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv,
                   excel: Excel = False, sort: Sort = None, vendor: VendorFilter = None) -> None:
    _export(ctx, "vendors", out, fmt, excel, filters(vendor=vendor, include_rejected=False, sort=sort))


def agencies_export(ctx: typer.Context, out: Out = "-", fmt: ExportFormatOption = ExportFormat.csv,
                    excel: Excel = False, sort: Sort = None, agency: AgencyFilter = None) -> None:
    _export(ctx, "agencies", out, fmt, excel, filters(agency=agency, include_rejected=False, sort=sort))


def export_everything(
    ctx: typer.Context,
    out: Path = typer.Option(..., "--out", "-o", help="Directory to write (created if missing)."),
    excel: bool = typer.Option(False, "--excel", help="Start each CSV with a UTF-8 byte-order mark."),
    with_originals: bool = typer.Option(
        False, "--with-originals", help="Also copy every document's original from the archive into originals/ "
        "(named ID-name, listed in datapackage.json)."),
) -> None:
    """Every kind as CSV, plus datapackage.json (Frictionless) and a README for the newsroom."""
    from foia.export import export_all

    with database(ctx) as engine:
        archive = None
        if with_originals:
            from foia.archive import archive_for

            archive = archive_for(engine)
        try:
            counts = export_all(engine, out, excel=excel, filters=Filters(include_rejected=False), originals=archive)
        except OSError as exc:
            fail(f"{out}: cannot write ({exc.strerror})")
    console.print(f"wrote {', '.join(f'{n:,} {k}' for k, n in counts.items())} to {out}")
    if counts.get("originals missing"):
        console.print(f"[yellow]warning[/]: {plural(counts['originals missing'], 'document')} have no original in the "
                      "archive (`foia doctor` lists them; `foia archive backfill` adds them from the files)")


def register_exports(app: typer.Typer) -> None:
    exported = commands(_fact_export, {"usage": usage_export, "messages": messages_export,
                                       "documents": documents_export, "redactions": redactions_export,
                                       "vendors": vendors_export, "agencies": agencies_export})
    for kind, command in exported.items():
        columns = ", ".join(c.name for c in LISTINGS[kind].columns)
        app.command(kind, help=f"{LISTINGS[kind].description} Columns: {columns}.")(command)
    app.command("all")(export_everything)


register_exports(export_app)
