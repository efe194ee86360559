"""What a batch is told (ImportOptions) and whom it tells as it goes (Progress)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for the types only: importing them would bring the readers and the extractors
    from foia.ingest.ocr import OcrSettings
    from foia.orchestration.files import FileOutcome

# Larger files are refused with a reason rather than risking the machine's memory on one release.
DEFAULT_MAX_FILE_BYTES = 2_000_000_000  # 2 GB: larger than any release PDF seen, small enough to refuse disk images


# Reading one file (with its attachments and OCR) is stopped after this long and recorded as failed.
DEFAULT_TIMEOUT_SECONDS = 1800.0


def _ocr_settings() -> OcrSettings:
    """OCR's defaults, imported when a batch is set up: `foia import --help` shows this module's defaults
    without loading the readers (foia.ingest brings PDFium and Pillow)."""
    from foia.ingest.ocr import OcrSettings

    return OcrSettings()


@dataclass(frozen=True)
class ImportOptions:
    agency: str | None = None
    request: str | None = None
    workers: int = 1  # worker processes reading files; 1 reads in this process
    ocr: OcrSettings = field(default_factory=_ocr_settings)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    timeout: float | None = DEFAULT_TIMEOUT_SECONDS  # seconds to read one file; None: no limit
    # Where originals are kept (foia.archive): a directory or s3://bucket/prefix; None: the database's default.
    archive: str | None = None


@dataclass
class Progress:
    """What a caller (the progress bar) is told as the batch goes."""

    on_file: Callable[[FileOutcome], None] | None = None
    on_pages: Callable[[int], None] | None = None
    on_warning: Callable[[str], None] | None = None
    on_start: Callable[[Path], None] | None = None  # a file is about to be read (here or by a worker)
