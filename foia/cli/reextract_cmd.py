"""`foia reextract`: re-run fact extraction over stored pages (no re-reading, no OCR)."""

from __future__ import annotations

import typer

from foia.cli.common import console, database


def reextract_command(
    ctx: typer.Context,
    all_documents: bool = typer.Option(
        False, "--all", help="Redo every imported document, not only those read by an older extractor version."
    ),
) -> None:
    """Re-extract costs, usage counts and policies from stored page text, keeping review decisions."""
    from foia.orchestration.reextract import reextract  # the extractors: not at every command's start-up

    with database(ctx) as engine:
        report = reextract(engine, all_documents=all_documents)
    console.print(
        f"re-extracted {report.documents} documents: {report.facts_added} facts written, "
        f"{report.facts_replaced} unreviewed facts replaced, {report.reviewed_kept} reviewed facts kept "
        f"({report.flagged} flagged for re-review)"
    )
