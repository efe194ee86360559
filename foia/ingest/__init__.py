"""Ingest: one handler per file format, each turning a file into plain typed data (pages, and for
native email, messages and attachments). Handlers never touch the database.

A handler module declares `MEDIA_TYPE`, `matches(head, name)` (sniffing magic bytes, not trusting the
extension a records office happened to use) and `ingest(source, name)`, where `source` is a path for
files on disk or bytes for attachments. Newer handlers are classes following
`foia.ingest.handler_protocol.Handler`, seen through the same registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from foia.messages import SplitMessage

# Enough to see past the 10 KB of Received:, ARC- and DKIM- headers a Gmail download puts before From:.
SNIFF_BYTES = 65536
# An attachment larger than this is recorded as failed, not read: a hostile email cannot exhaust memory
# in the readers below it.
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
# A member of a zip release may be a large scanned PDF; it is read into memory one member at a time.
MAX_MEMBER_BYTES = 1024 * 1024 * 1024


class IngestError(Exception):
    """The file cannot be read as what it claims to be; recorded on the document, the batch goes on."""


def reason_of(exc: BaseException) -> str:
    """An unexpected exception as a one-line reason to record: its kind and the first line of its words."""
    words = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {words[0][:300]}" if words else type(exc).__name__


@dataclass
class PageText:
    number: int
    text: str
    text_source: str  # layer | ocr | none
    ocr_confidence: float | None = None
    needs_ocr: bool = False
    bates: str | None = None
    redactions: dict[str, int] = field(default_factory=dict)  # code -> count on this page
    problem: str | None = None  # why the text may be missing or incomplete (unrenderable page, OCR failure)
    # Tables on the page (spreadsheet rows, Word tables): each a list of rows of cell strings, for
    # extractors that read rows rather than prose. The same cells are in `text`, one row per line.
    tables: list[list[list[str]]] = field(default_factory=list)


@dataclass
class IngestedAttachment:
    """A file a document carries (an email attachment, an archive member), imported as a child document."""

    message_position: int | None  # the message carrying it; None for a member of an archive
    file_name: str  # a display name only, never used as a file-system path
    data: bytes = b""
    failure: str | None = None  # why it cannot be read at all (too large, a decompression bomb), or None
    # Reads the data on demand instead (an archive member), so a large archive is never held whole in memory.
    load: Callable[[], bytes] | None = field(default=None, repr=False)
    size_bytes: int | None = None  # as declared, when the data is not read (a refused archive member)

    def content(self) -> bytes:
        return self.load() if self.load is not None else self.data


@dataclass
class IngestedDocument:
    media_type: str
    pages: list[PageText] = field(default_factory=list)
    # Native email arrives already split; None means "split the page text as a printed thread".
    messages: list[SplitMessage] | None = None
    attachments: list[IngestedAttachment] = field(default_factory=list)


def handlers() -> list[Any]:
    from foia.ingest import email, mbox, msg, pdf
    from foia.ingest.handler_protocol import registered

    # Handlers anchored at byte 0 first: a PDF is recognised anywhere in its first kilobyte, and an
    # Outlook file or a stored zip can hold a raw PDF that early; Word and Excel files are zips.
    return [msg, mbox, *registered("docx_file", "xlsx_file", "zip_archive"), email, pdf, *registered("image", "csv_file")]


def _handler_for(head: bytes, name: str) -> Any:
    for handler in handlers():
        if handler.matches(head, name):
            return handler
    supported = ", ".join(sorted(h.DESCRIPTION for h in handlers()))
    raise IngestError(f"not a supported format (expected {supported})")


def sniff_media_type(head: bytes, name: str) -> str | None:
    for handler in handlers():
        if handler.matches(head, name):
            return str(handler.MEDIA_TYPE)
    return None


def ingest_file(path: Path) -> IngestedDocument:
    if path.stat().st_size == 0:
        raise IngestError("empty file (0 bytes)")
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    document: IngestedDocument = _handler_for(head, path.name).ingest(path, path.name)
    return document


def ingest_bytes(data: bytes, name: str, *, archive_member: bool = False) -> IngestedDocument:
    """Read an attachment (or, with `archive_member`, a member of an archive, which may be larger)."""
    if not data:
        raise IngestError("empty file (0 bytes)")
    limit, kind = (MAX_MEMBER_BYTES, "archive member") if archive_member else (MAX_ATTACHMENT_BYTES, "attachment")
    if len(data) > limit:
        raise IngestError(f"{kind} too large ({len(data):,} bytes; the limit is {limit:,})")
    document: IngestedDocument = _handler_for(data[:SNIFF_BYTES], name).ingest(data, name)
    return document
