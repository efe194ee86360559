"""`foia ocr`: OCR the pages an earlier import stored as needing it, then re-extract those documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from foia.cli.common import console, database, fail
from foia.wording import plural

if TYPE_CHECKING:
    from foia.orchestration.files import FileOutcome


def ocr_command(
    ctx: typer.Context,
    workers: int = typer.Option(None, "--workers", help="Tesseract processes run side by side (default: all cores)."),
) -> None:
    """OCR pages stored as needing OCR (imported without Tesseract, or with --ocr never)."""
    # The pipeline is imported here, not with the module: other commands need not pay for it at start-up.
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from foia.orchestration.ocr_refill import fill_ocr, require_tesseract
    from foia.orchestration.options import Progress as ImportProgress
    from foia.orchestration.workers import default_workers

    if workers is not None and workers < 1:
        fail("--workers must be at least 1")
    require_tesseract()  # before the progress bar is drawn
    with database(ctx) as engine:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} pages"),
                      TimeElapsedColumn(), console=console, transient=True) as progress:
            pages = progress.add_task("OCR", total=None)

            def on_file(outcome: FileOutcome) -> None:
                if outcome.status == "failed":
                    progress.console.print(f"[red]failed[/]: {escape(str(outcome.path))}: {escape(outcome.reason or '')}")

            report = fill_ocr(
                engine, parallel_pages=workers or default_workers(),
                progress=ImportProgress(on_file=on_file, on_pages=lambda n: progress.update(pages, advance=n)),
            )
        filled = sum(outcome.pages for outcome in report.outcomes)
        console.print(f"OCR'd {plural(filled, 'page')} in {plural(report.count('imported'), 'document')}, "
                      f"failed {report.count('failed'):,}")
        if report.failed:
            raise typer.Exit(1)
