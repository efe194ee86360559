"""Ingest: one handler per file format, each turning a file into plain typed data (pages, and for
native email, messages and attachments). Handlers never touch the database.

As in Aleph's ingest-file, each format is a `Handler` that scores how surely the first bytes of a file
are its format (magic bytes, not the extension a records office happened to use); the best score
wins. Every document a handler returns then goes through the pages stage (foia.pages.finish_pages):
furniture out of printed pages, redactions recorded on every page. `source` is a path for files on
disk or bytes for attachments."""

from __future__ import annotations

import functools
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import ClassVar, Protocol, TypeVar

from foia.errors import InputError
from foia.ingest.ocr import OcrSettings
from foia.messages import SplitMessage
from foia.pages import PageText, finish_pages

__all__ = [
    "EMBEDDED_MAGIC", "EXTENSION_ONLY", "MAGIC_AT_START", "MAX_ATTACHMENT_BYTES", "NOT_THIS_FORMAT", "SNIFF_BYTES",
    "STRUCTURE_AT_START", "Handler", "IngestError", "IngestedAttachment", "IngestedDocument", "PageText",
    "ReadOptions", "handlers", "ingest_bytes", "ingest_file", "reason_of", "sniff_media_type",
]

# Enough to see past the 10 KB of Received:, ARC- and DKIM- headers a Gmail download puts before From:.
SNIFF_BYTES = 65536
# An attachment larger than this is recorded as failed, not read: a hostile email cannot exhaust memory
# in the readers below it.
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
# A member of a zip release may be a large scanned PDF; it is read into memory one member at a time.
MAX_MEMBER_BYTES = 1024 * 1024 * 1024

# Scores a handler gives a file's head (Handler.score), strongest evidence first.
MAGIC_AT_START = 100  # the format's magic bytes at byte 0 (%PDF-, an OLE file holding a message, "From " of an mbox)
STRUCTURE_AT_START = 80  # the format's structure from the first line (RFC 5322 headers a mail system writes)
EMBEDDED_MAGIC = 50  # the magic bytes later in the head (a PDF behind a few bytes of junk)
EXTENSION_ONLY = 10  # nothing but the file name's extension
NOT_THIS_FORMAT = 0


class IngestError(InputError):
    """The file cannot be read as what it claims to be; recorded on the document, the batch goes on."""


def reason_of(exc: BaseException) -> str:
    """An unexpected exception as a one-line reason to record: its kind and the first line of its words."""
    words = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {words[0][:300]}" if words else type(exc).__name__


_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


class Spread(Protocol):
    """A map over worker processes: `function` (picklable: a module's function, or a partial of one)
    applied to each item elsewhere, the results yielded in the items' order. All items are handed out
    at once, so the caller may do other work before it takes the results."""

    def __call__(self, function: Callable[[_Item], _Result], items: Sequence[_Item]) -> Iterator[_Result]: ...


@dataclass(frozen=True)
class ReadOptions:
    """What a handler is told besides the file: OCR settings, whom to tell about pages read, and the
    worker processes a large file's pages may be spread over (None: read them here)."""

    ocr: OcrSettings = field(default_factory=OcrSettings)
    on_pages: Callable[[int], None] | None = None  # told how many more pages were read
    spread: Spread | None = None


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


class Handler(ABC):
    """One file format (as Aleph's ingest-file ingestors)."""

    media_type: ClassVar[str]
    description: ClassVar[str]
    # Pages are printed or scanned sheets, whose running headers, page numbers and Bates stamps the
    # pages stage takes out; False for formats whose pages foia renders itself (email).
    printed: ClassVar[bool] = False

    @abstractmethod
    def score(self, head: bytes, name: str) -> int:
        """How surely `head` (the first SNIFF_BYTES bytes) is this format: 0 means not at all; the
        highest score wins, ties go to the earlier handler."""

    @abstractmethod
    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        """The file's pages (before the pages stage), messages and attachments; IngestError when it
        cannot be read."""


@functools.cache
def _registry() -> tuple[Handler, ...]:
    # Imported here, not at the top: each handler module imports this package for Handler.
    from foia.ingest.csv_file import CsvHandler
    from foia.ingest.docx_file import DocxHandler
    from foia.ingest.email import EmailHandler
    from foia.ingest.image import ImageHandler
    from foia.ingest.mbox import MboxHandler
    from foia.ingest.msg import MsgHandler
    from foia.ingest.pdf import PdfHandler
    from foia.ingest.xlsx_file import XlsxHandler
    from foia.ingest.zip_archive import ZipHandler

    # Ties go to the earlier: Word and Excel files are zips; a PDF is recognised anywhere in the head,
    # so an Outlook file, a stored zip or an email holding a raw PDF must score above it.
    return (MsgHandler(), MboxHandler(), DocxHandler(), XlsxHandler(), ZipHandler(), EmailHandler(), PdfHandler(),
            ImageHandler(), CsvHandler())


def handlers() -> list[Handler]:
    """Every format foia reads, in the order that breaks ties."""
    return list(_registry())


def _best_handler(head: bytes, name: str) -> Handler | None:
    best: Handler | None = None
    best_score = NOT_THIS_FORMAT
    for handler in _registry():
        score = handler.score(head, name)
        if score > best_score:
            best, best_score = handler, score
    return best


def _handler_for(head: bytes, name: str) -> Handler:
    handler = _best_handler(head, name)
    if handler is None:
        supported = ", ".join(sorted(h.description for h in _registry()))
        raise IngestError(f"not a supported format (expected {supported})")
    return handler


def sniff_media_type(head: bytes, name: str) -> str | None:
    handler = _best_handler(head, name)
    return handler.media_type if handler else None


def _read(handler: Handler, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
    """The handler's reading, then the pages stage."""
    document = handler.ingest(source, name, options)
    return replace(document, pages=finish_pages(document.pages, printed=handler.printed))


def ingest_file(path: Path, options: ReadOptions = ReadOptions(), name: str | None = None) -> IngestedDocument:
    """Read a file; `name` is its name as released when the path's own differs (an archived original
    is stored under its SHA-256), a hint for formats told apart by extension."""
    if path.stat().st_size == 0:
        raise IngestError("empty file (0 bytes)")
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    name = name or path.name
    return _read(_handler_for(head, name), path, name, options)


def ingest_bytes(data: bytes, name: str, options: ReadOptions = ReadOptions(), *,
                 archive_member: bool = False) -> IngestedDocument:
    """Read an attachment (or, with `archive_member`, a member of an archive, which may be larger)."""
    if not data:
        raise IngestError("empty file (0 bytes)")
    limit, kind = (MAX_MEMBER_BYTES, "archive member") if archive_member else (MAX_ATTACHMENT_BYTES, "attachment")
    if len(data) > limit:
        raise IngestError(f"{kind} too large ({len(data):,} bytes; the limit is {limit:,})")
    return _read(_handler_for(data[:SNIFF_BYTES], name), data, name, options)
