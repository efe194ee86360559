"""The inputs of an import: the files under the paths given, each file's identity, and its outcome."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from foia.processed import FileInfo

# Operating-system droppings in released folders, never records.
IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}


@dataclass
class FileOutcome:
    path: Path
    status: str  # imported | duplicate | failed
    reason: str | None = None
    pages: int = 0
    children: int = 0  # attachments and archive members imported with it, at any depth
    # (where the attachment or member sits, why it failed) for each one that could not be read
    failed_children: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "failed"]

    @property
    def children(self) -> int:
        return sum(outcome.children for outcome in self.outcomes)

    @property
    def failed_children(self) -> int:
        return sum(len(outcome.failed_children) for outcome in self.outcomes)


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path | FileOutcome]:
    """Files to import in a stable order; a path that does not exist comes back as a failed outcome."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower() not in IGNORED_NAMES:
                        yield Path(root) / name
        elif path.is_file():
            yield path
        else:
            yield FileOutcome(path, "failed", "no such file or directory")


def file_info(path: Path) -> FileInfo:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    # The absolute path, so `foia ocr` can find the file again from any working directory.
    return FileInfo(name=path.name, source=str(path.absolute()), sha256=digest.hexdigest(), size_bytes=path.stat().st_size)
