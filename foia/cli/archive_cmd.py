"""`foia archive backfill PATH...`: fill the archive of originals for documents imported before it."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from foia.cli.common import console, database

app = typer.Typer(help="The archive of originals (FOIA_ARCHIVE; by default foia-archive/ beside a SQLite database).",
                  no_args_is_help=True)

# Documents listed by name when originals are still missing; the rest are counted.
SHOWN = 20


@app.command("backfill")
def backfill_command(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Files or directories to look through (searched recursively)."),
) -> None:
    """Archive the originals of documents imported before the archive existed, found among PATHS by SHA-256
    (attachments and archive members are then taken out of their archived parents); lists what is still missing."""
    from foia.archive import archive_for
    from foia.originals import backfill

    with database(ctx) as engine:
        archive = archive_for(engine)
        report = backfill(engine, archive, paths)
    console.print(f"archive {escape(archive.location)}: looked at {report.files_seen} files, added {report.added} "
                  f"originals ({report.present} were there already); {len(report.missing)} documents still have none")
    for document_id, name in report.missing[:SHOWN]:
        console.print(f"  missing: document {document_id} ({escape(name)})")
    if len(report.missing) > SHOWN:
        console.print(f"  ... and {len(report.missing) - SHOWN} more")
    if report.missing:
        raise typer.Exit(1)
