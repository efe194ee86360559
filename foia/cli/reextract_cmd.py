"""`foia reextract`: re-run fact extraction over stored pages (no re-reading, no OCR), or with
`--reread` read every document again from its original in the archive."""

from __future__ import annotations

import typer
from rich.markup import escape

from foia.cli.common import console, database


def reextract_command(
    ctx: typer.Context,
    all_documents: bool = typer.Option(
        False, "--all", help="Redo every imported document, not only those read by an older extractor version."
    ),
    reread: bool = typer.Option(
        False, "--reread", help="Read every document again from its original in the archive (pages, OCR where "
        "needed, messages, facts), and import failed files again: after upgrading foia's readers."
    ),
) -> None:
    """Re-extract costs, usage counts and policies from stored page text, keeping review decisions."""
    if reread:
        _reread(ctx)
        return
    from foia.orchestration.reextract import reextract  # the extractors: not at every command's start-up

    with database(ctx) as engine:
        report = reextract(engine, all_documents=all_documents)
    console.print(
        f"re-extracted {report.documents} documents: {report.facts_added} facts written, "
        f"{report.facts_replaced} unreviewed facts replaced, {report.reviewed_kept} reviewed facts kept "
        f"({report.flagged} flagged for re-review)"
    )


def _reread(ctx: typer.Context) -> None:
    from foia.archive import archive_for
    from foia.ingest import ReadOptions
    from foia.orchestration.files import FileOutcome
    from foia.orchestration.options import Progress
    from foia.orchestration.reread import reread

    def on_file(outcome: FileOutcome) -> None:
        if outcome.status == "failed":
            console.print(f"[red]failed[/]: {escape(str(outcome.path))}: {escape(outcome.reason or '')}")

    with database(ctx) as engine:
        report = reread(engine, archive_for(engine), read=ReadOptions(), progress=Progress(on_file=on_file))
    pages = sum(outcome.pages for outcome in report.outcomes)
    console.print(f"read again {report.count('imported')} documents ({pages} pages) from their originals, "
                  f"failed {report.count('failed')}")
    if report.failed:
        raise typer.Exit(1)
