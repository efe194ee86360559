"""The batch importer: walks the inputs, skips what is already stored, reads and analyses files (here or
in worker processes) and stores each document (with its attachments) in its own transaction, so a
failure or a kill never leaves half a document and the batch goes on."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine

from foia.aliases import gazetteer_for
from foia.archive import Archive, configured_location, default_location, open_archive
from foia.db import transaction
from foia.extract.entities import Gazetteer
from foia.ingest import ReadOptions
from foia.ingest.ocr import tesseract_path
from foia.orchestration.files import FileOutcome, ImportReport, iter_input_files
from foia.orchestration.options import ImportOptions, Progress
from foia.orchestration.page_pool import PagePool
from foia.orchestration.process import pages_needing_ocr, process_file
from foia.orchestration.storing import prepare, store_file
from foia.orchestration.workers import run_in_workers
from foia.processed import FileInfo, ProcessedDocument

NO_TESSERACT_WARNING = (
    "tesseract is not installed: pages without a text layer are stored as needing OCR; "
    "install it (Debian: apt-get install tesseract-ocr) and run `foia ocr` to fill them in"
)


def import_paths(
    engine: Engine,
    paths: Iterable[Path],
    *,
    agency: str | None = None,
    request: str | None = None,
    on_file: Callable[[FileOutcome], None] | None = None,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import files and directories; `options` (when given) overrides `agency` and `request`."""
    options = with_archive(engine, options or ImportOptions(agency=agency, request=request))
    progress = progress or Progress(on_file=on_file)
    items = list(iter_input_files(paths))
    files = sum(1 for item in items if isinstance(item, Path))
    workers = max(1, min(options.workers, files))
    # Idle cores go to OCR of the pages of the files being read (Tesseract runs as separate processes).
    ocr = replace(options.ocr, parallel_pages=max(1, options.workers // workers))
    batch = Batch(engine, replace(options, ocr=ocr), progress)
    if workers == 1:
        batch.run_here(items)
    else:
        batch.run_in_workers(items, workers)
    return batch.report


def with_archive(engine: Engine, options: ImportOptions) -> ImportOptions:
    """The options with the archive named: as given, else FOIA_ARCHIVE, else the database's default."""
    return replace(options, archive=options.archive or configured_location() or default_location(engine))


class Batch:
    """One run over a list of inputs: decides which files need reading (not duplicates, not too
    large), has them read and stored here or in worker processes, and records every outcome."""

    def __init__(self, engine: Engine, options: ImportOptions, progress: Progress) -> None:
        self.engine, self.options, self.progress = engine, options, progress
        self.report = ImportReport()
        self.seen: set[str] = set()
        self.warned = False

    def finish(self, outcome: FileOutcome, awaiting_ocr: int = 0) -> None:
        """Record a file's outcome; `awaiting_ocr` is how many of its pages were stored as needing OCR."""
        if awaiting_ocr and not self.warned and self._lacks_tesseract():
            self.warned = True
            if self.progress.on_warning:
                self.progress.on_warning(NO_TESSERACT_WARNING)
        self.report.outcomes.append(outcome)
        if self.progress.on_file:
            self.progress.on_file(outcome)

    @property
    def archive(self) -> Archive:
        assert self.options.archive is not None, "import_paths names the archive"
        return open_archive(self.options.archive)

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        """The shipped gazetteer plus the aliases users added to this database, read once a batch."""
        with transaction(self.engine) as session:
            return gazetteer_for(session)

    def _lacks_tesseract(self) -> bool:
        """Pages were left for OCR only because Tesseract is missing (said once per batch)."""
        return self.options.ocr.mode != "never" and tesseract_path() is None

    def prepared(self, item: Path | FileOutcome) -> tuple[Path, FileInfo] | None:
        if isinstance(item, FileOutcome):
            self.finish(item)
            return None
        prepared = prepare(self.engine, item, self.options, self.seen)
        if isinstance(prepared, FileOutcome):
            self.finish(prepared)
            return None
        if self.progress.on_start:
            self.progress.on_start(item)
        return item, prepared

    def stored(self, path: Path, processed: ProcessedDocument) -> None:
        self.finish(store_file(self.engine, path, processed, self.options), pages_needing_ocr(processed))

    def run_here(self, items: Iterable[Path | FileOutcome]) -> None:
        """Files one after another here; with more workers than files, the pages of a large file are
        shared with a page pool of that many worker processes (forked before any file is read)."""
        pool = PagePool(self.options.workers) if self.options.workers > 1 else None
        try:
            if pool is not None:
                pool.start()
            gazetteer = self.gazetteer
            read = ReadOptions(ocr=self.options.ocr, on_pages=self.progress.on_pages, spread=pool)
            for item in items:
                if (job := self.prepared(item)) is not None:
                    self.stored(job[0], process_file(*job, gazetteer, read, self.options.timeout, self.archive))
        finally:
            if pool is not None:
                pool.close()

    def run_in_workers(self, items: Iterable[Path | FileOutcome], workers: int) -> None:
        run_in_workers(self, items, workers)
