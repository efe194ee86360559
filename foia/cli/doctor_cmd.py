"""`foia doctor`: which optional tools are installed, so a missing OCR engine is no surprise, and
whether every document's original is in the archive, whole."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from foia.cli.common import database

report = Console(highlight=False, soft_wrap=True)

# Documents listed by name when originals are missing or damaged; the rest are counted.
SHOWN = 20


def doctor_command(
    ctx: typer.Context,
    quick: bool = typer.Option(False, "--quick", help="Only look for each original; do not read it to check its SHA-256."),
) -> None:
    """Report the optional tools foia uses (Tesseract for OCR, pdftotext), and check that every document's
    original is present and intact in the archive (exit status 1 when one is not)."""
    from sqlalchemy.engine import make_url

    from foia.db import database_url
    from foia.ingest.ocr import optional_tools  # here, not at start-up: it brings the ingest package

    for tool in optional_tools():
        state = f"[green]found[/] {escape(tool.version or '')} at {escape(tool.path)}" if tool.path else "[yellow]not found[/]"
        report.print(f"{tool.name}: {state}; {escape(tool.detail)}")
    url = make_url(database_url(ctx.obj.db_url if ctx.obj else None))
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        report.print(f"database: none at {escape(url.database)} yet; nothing to check")
        return
    if not _check_originals(ctx, quick):
        raise typer.Exit(1)


def _check_originals(ctx: typer.Context, quick: bool) -> bool:
    from foia.archive import archive_for
    from foia.originals import check_originals

    with database(ctx) as engine:
        archive = archive_for(engine)
        check = check_originals(engine, archive, quick=quick)
    how = "present" if quick else "present and intact"
    report.print(f"archive: {escape(archive.location)}: {check.intact} originals {how}, {len(check.missing)} missing, "
                 f"{len(check.damaged)} damaged")
    for word, items in (("damaged", check.damaged), ("missing", check.missing)):
        for document_id, name, status in items[:SHOWN]:
            report.print(f"  {word}: document {document_id} ({escape(name)}, {status})")
        if len(items) > SHOWN:
            report.print(f"  ... and {len(items) - SHOWN} more {word}")
    if check.missing:
        report.print("  missing originals (documents imported before the archive existed, or files refused as too "
                     "large, which are never archived): `foia archive backfill PATH...` adds them from the files on disk")
    if check.damaged:
        report.print("  a damaged original is never used; `foia archive backfill PATH` puts back a good copy")
    return not check.damaged and not check.missing_imported
