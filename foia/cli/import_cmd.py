"""`foia import PATH...`: the batch importer with a progress bar and a closing summary."""

from __future__ import annotations

import gc
from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape

from foia.cli.common import console, database, fail
from foia.orchestration.options import DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_SECONDS, ImportOptions
from foia.wording import plural


class OcrMode(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


def import_command(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(None, help="Files or directories (searched recursively): PDF, email (.eml, .mbox, "
                                       ".msg), zip archives, scans (TIFF, JPEG, PNG), Word .docx, Excel .xlsx and CSV, "
                                       "recognised by content."),
    agency: str = typer.Option(None, "--agency", help="Agency that released this batch."),
    request: str = typer.Option(None, "--request", help="Reference number of the public-records request."),
    workers: int = typer.Option(
        None, "--workers", help="Worker processes, each reading and storing whole files (default: all cores)."
    ),
    ocr: OcrMode = typer.Option(
        OcrMode.auto, "--ocr", help="OCR pages without a usable text layer (auto), every page (always), or none (never)."
    ),
    max_file_size: float = typer.Option(
        DEFAULT_MAX_FILE_BYTES / 1e6, "--max-file-size", help="Refuse files larger than this many megabytes."
    ),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT_SECONDS, "--timeout", help="Give up on a file (recorded as failed) after this many seconds; 0: no limit."
    ),
    use_queue: bool = typer.Option(
        False, "--queue", help="PostgreSQL: keep each file in the archive and queue one import job for it, "
        "for `foia worker` processes on any machine to run."
    ),
) -> None:
    """Import released records; files already imported are skipped as duplicates."""
    # The pipeline is imported here, not with the module: other commands need not pay for it at start-up.
    from foia.cli.progress import ImportBar
    from foia.ingest.ocr import OcrSettings
    from foia.orchestration.batch import import_paths
    from foia.orchestration.files import iter_input_files
    from foia.orchestration.queue import enqueue, require_postgres
    from foia.orchestration.workers import default_workers

    if workers is not None and workers < 1:
        fail("--workers must be at least 1")
    if timeout < 0:
        fail("--timeout must be 0 (no limit) or more seconds")
    if not paths:
        fail("name the files or directories to import")
    if use_queue and workers is not None:
        fail("--workers is for importing here; with --queue, start `foia worker --concurrency N` instead")
    options = ImportOptions(
        agency=agency, request=request, workers=workers or default_workers(),
        ocr=OcrSettings(mode=ocr.value), max_file_bytes=int(max_file_size * 1e6), timeout=timeout or None,
    )
    items = list(iter_input_files(paths))
    found = [item for item in items if isinstance(item, Path)]
    if not items:
        fail(f"nothing to import: no files under {', '.join(map(str, paths))} (hidden files and system files "
             "such as Thumbs.db are skipped)", code=1)
    with database(ctx) as engine:
        if use_queue:
            require_postgres(engine, "--queue")  # before the progress bar is drawn
        with ImportBar(console, found) as bar:
            if use_queue:
                queued = enqueue(engine, paths, options=options, progress=bar.callbacks())
                report = queued.report
            else:
                # What is loaded by now (modules, compiled patterns) lives as long as the process: the
                # collector need not walk it at each full collection of an import, nor at exit.
                gc.freeze()
                report = import_paths(engine, paths, options=options, progress=bar.callbacks())
        if use_queue:
            console.print(
                f"queued {plural(len(queued.queued), 'file')} for `foia worker` ({len(queued.waiting):,} more were "
                f"waiting already), duplicates skipped {report.count('duplicate'):,}, failed "
                f"{report.count('failed'):,}; originals in {escape(queued.archive)}"
            )
            if report.failed:
                raise typer.Exit(1)
            return
        console.print(
            f"imported {report.count('imported'):,}, duplicates skipped {report.count('duplicate'):,}, "
            f"failed {report.count('failed'):,} ({plural(bar.pages_stored, 'page')}); attachments and archive "
            f"members: imported {report.children:,}, failed {report.failed_children:,}"
        )
        if report.failed or report.failed_children:
            raise typer.Exit(1)
