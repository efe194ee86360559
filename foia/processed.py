"""A file read and analysed, as plain data: what the orchestration hands to the store (kept apart
from both, so foia.store does not import the orchestration that imports it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from foia.analysis import Analysis
from foia.ingest import IngestedDocument


@dataclass(frozen=True)
class FileInfo:
    name: str  # base name as released (or the attachment's display name)
    source: str  # where it was read from: a path, or "parent path#attachment name"
    sha256: str
    size_bytes: int


@dataclass
class ProcessedDocument:
    """One file read and analysed, or the reason it could not be; attachments as children."""

    info: FileInfo
    media_type: str | None
    ingested: IngestedDocument | None = None
    analysis: Analysis | None = None
    failure: str | None = None
    # (position of the carrying message, or None for an archive member; display name; the child processed)
    children: list[tuple[int | None, str, ProcessedDocument]] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        own = len(self.ingested.pages) if self.ingested else 0
        return own + sum(child.page_count for _, _, child in self.children)

    def descendants(self) -> Iterator[ProcessedDocument]:
        for _, _, child in self.children:
            yield child
            yield from child.descendants()
