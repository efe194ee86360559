"""`foia import PATH...`: the batch importer with a progress bar and a closing summary."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from foia.cli.common import console, database, fail
from foia.ingest.ocr import OcrSettings
from foia.orchestration.options import DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_SECONDS, ImportOptions
from foia.wording import plural


class OcrMode(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


def import_command(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(None, help="Files or directories (searched recursively)."),
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
        False, "--queue", help="Add PATHS to the database's import queue, then import queued files until none is left; "
        "run it on several machines sharing one PostgreSQL database to split a release."
    ),
) -> None:
    """Import released records; files already imported are skipped as duplicates."""
    # The pipeline is imported here, not with the module: other commands need not pay for it at start-up.
    from foia.cli.progress import ImportBar
    from foia.orchestration.batch import import_paths
    from foia.orchestration.files import iter_input_files
    from foia.orchestration.queue import import_queue, queue_counts
    from foia.orchestration.workers import default_workers

    if workers is not None and workers < 1:
        fail("--workers must be at least 1")
    if timeout < 0:
        fail("--timeout must be 0 (no limit) or more seconds")
    if not paths and not use_queue:
        fail("name the files or directories to import (or use --queue to work the import queue)")
    paths = paths or []
    options = ImportOptions(
        agency=agency, request=request, workers=workers or default_workers(),
        ocr=OcrSettings(mode=ocr.value), max_file_bytes=int(max_file_size * 1e6), timeout=timeout or None,
    )
    with database(ctx) as engine:
        found = None if use_queue else [item for item in iter_input_files(paths) if isinstance(item, Path)]
        with ImportBar(console, found) as bar:
            if use_queue:
                added, report = import_queue(engine, paths, options=options, progress=bar.callbacks())
            else:
                report = import_paths(engine, paths, options=options, progress=bar.callbacks())
        stored_pages = bar.pages_stored
        if use_queue:
            counts = queue_counts(engine)
            console.print(
                f"queued {plural(added, 'file')} (new, or failed before); queue: {counts.get('queued', 0)} waiting, "
                f"{counts.get('working', 0)} being imported elsewhere, {counts.get('done', 0)} done"
            )
        console.print(
            f"imported {report.count('imported'):,}, duplicates skipped {report.count('duplicate'):,}, "
            f"failed {report.count('failed'):,} ({plural(stored_pages, 'page')})"
        )
        if report.failed:
            raise typer.Exit(1)
