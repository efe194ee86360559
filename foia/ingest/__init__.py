"""Ingest: one handler per file format, each turning a file into plain typed data (pages, and for
native email, messages and attachments). Handlers never touch the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class IngestError(Exception):
    """The file cannot be read as what it claims to be; recorded on the document, the batch goes on."""


@dataclass
class PageText:
    number: int
    text: str
    text_source: str  # layer | ocr | none
    ocr_confidence: float | None = None
    needs_ocr: bool = False
    bates: str | None = None


@dataclass
class IngestedDocument:
    media_type: str
    pages: list[PageText] = field(default_factory=list)


def sniff_media_type(path: Path) -> str | None:
    """Decide the format by magic bytes, not by the extension a records office happened to use."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" in head:
        return "application/pdf"
    return None


def ingest_file(path: Path) -> IngestedDocument:
    from foia.ingest import pdf

    if path.stat().st_size == 0:
        raise IngestError("empty file (0 bytes)")
    media_type = sniff_media_type(path)
    if media_type == "application/pdf":
        return pdf.ingest(path)
    raise IngestError("not a supported format (expected a PDF)")
