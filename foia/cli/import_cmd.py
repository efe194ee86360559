"""`foia import PATH...`: the batch importer with a progress bar and a closing summary."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from foia.cli.common import console, database
from foia.importer import FileOutcome, import_paths, iter_input_files


def import_command(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="PDF files or directories (searched recursively)."),
    agency: str = typer.Option(None, "--agency", help="Agency that released this batch."),
    request: str = typer.Option(None, "--request", help="Reference number of the public-records request."),
) -> None:
    """Import released records; files already imported are skipped as duplicates."""
    with database(ctx) as engine:
        total = sum(1 for _ in iter_input_files(paths))
        with Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files, {task.fields[pages]} pages"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        ) as progress:
            task = progress.add_task("importing", total=total, pages=0)
            pages = 0

            def advance(outcome: FileOutcome) -> None:
                nonlocal pages
                pages += outcome.pages
                if outcome.status == "failed":
                    progress.console.print(f"[red]failed[/]: {escape(str(outcome.path))}: {escape(outcome.reason or '')}")
                progress.update(task, advance=1, pages=pages)

            report = import_paths(engine, paths, agency=agency, request=request, on_file=advance)
        console.print(
            f"imported {report.count('imported')}, duplicates skipped {report.count('duplicate')}, "
            f"failed {report.count('failed')} ({pages} pages)"
        )
        if report.failed:
            raise typer.Exit(1)
