"""Reading and analysing one file and its attachments under a time limit: pure, touches no database."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from foia.analysis import analyse
from foia.archive import Archive, ChangedWhileArchived
from foia.extract.entities import Gazetteer
from foia.ingest import (
    SNIFF_BYTES,
    IngestedAttachment,
    IngestedDocument,
    IngestError,
    ReadOptions,
    ingest_bytes,
    ingest_file,
    reason_of,
    sniff_media_type,
)
from foia.orchestration.page_pool import SPREAD_PAGES, analyse_in_pool
from foia.processed import FileInfo, ProcessedDocument

# Attachments inside attachments (a forwarded .eml holding a .msg holding a PDF) stop here.
MAX_ATTACHMENT_DEPTH = 3


def _analyse(info: FileInfo, read: Callable[[], IngestedDocument], media_type: str | None,
             gazetteer: Gazetteer, options: ReadOptions, depth: int, archive: Archive | None) -> ProcessedDocument:
    """Read and analyse one file and its attachments. Any exception while reading or analysing it
    becomes this file's recorded failure (an attachment's, its own alone): the batch goes on."""
    try:
        ingested = read()
    except IngestError as exc:
        return ProcessedDocument(info, media_type, failure=str(exc))
    except Exception as exc:  # noqa: BLE001 - a reader's bug or a library's surprise on this one file
        if _EXPIRED.is_set():
            raise _TimedOut from exc  # the alarm landed inside a library that wrapped it (ctypes: ArgumentError)
        return ProcessedDocument(info, media_type, failure=f"the reader failed on this file ({reason_of(exc)})")
    try:
        if options.spread is not None and len(ingested.pages) >= SPREAD_PAGES:
            analysis = analyse_in_pool(options.spread, ingested.pages, gazetteer, ingested.messages)
        else:
            analysis = analyse(ingested.pages, gazetteer, ingested.messages)
    except Exception as exc:  # noqa: BLE001
        if _EXPIRED.is_set():
            raise _TimedOut from exc
        return ProcessedDocument(info, ingested.media_type, failure=f"extraction failed on this file ({reason_of(exc)})")
    finally:
        gazetteer.forget_text()  # not kept alive while the document is stored
    processed = ProcessedDocument(info, ingested.media_type, ingested, analysis)
    for attachment in ingested.attachments:
        child = _child(info, attachment, gazetteer, options, depth, archive)
        processed.children.append((attachment.message_position, attachment.file_name, child))
    return processed


def _child(parent: FileInfo, attachment: IngestedAttachment, gazetteer: Gazetteer, options: ReadOptions,
           depth: int, archive: Archive | None) -> ProcessedDocument:
    """An attachment or archive member read as a document of its own (or its recorded failure)."""
    source = f"{parent.source}#{attachment.file_name}"
    try:
        data = b"" if attachment.failure else attachment.content()
    except IngestError as exc:
        attachment.failure = str(exc)
        data = b""
    if attachment.failure and not data:  # never read: identified by where it sits, not by its content
        identity = hashlib.sha256(f"unread {parent.sha256} {attachment.file_name}".encode()).hexdigest()
        info = FileInfo(attachment.file_name, source, identity, attachment.size_bytes or 0)
        return ProcessedDocument(info, None, failure=attachment.failure)
    info = FileInfo(attachment.file_name, source, hashlib.sha256(data).hexdigest(), len(data))
    if archive is not None:  # kept in its own right: read again later without its parent
        archive.put_bytes(data, info.sha256)
    media_type = sniff_media_type(data[:SNIFF_BYTES], attachment.file_name)
    if attachment.failure:
        return ProcessedDocument(info, media_type, failure=attachment.failure)
    if depth >= MAX_ATTACHMENT_DEPTH:
        return ProcessedDocument(info, media_type, failure=f"attachment nested deeper than {MAX_ATTACHMENT_DEPTH} levels")
    member = attachment.message_position is None
    read = functools.partial(ingest_bytes, data, attachment.file_name, options, archive_member=member)
    return _analyse(info, read, media_type, gazetteer, options, depth + 1, archive)


class _TimedOut(BaseException):
    """Raised by the alarm inside a file's reading; a BaseException so no reader's `except Exception`
    swallows it."""


# Set when the current file's time limit has passed: an alarm a library caught and wrapped (ctypes turns it
# into ArgumentError) still ends the file as timed out, not as a reader failure.
_EXPIRED = threading.Event()

# After the time limit, the alarm repeats this often until the reading stops: an alarm that lands where
# Python cannot raise (a weakref callback or __del__ run by the garbage collector) is lost otherwise.
_ALARM_REPEAT = 0.1


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after `seconds` (main thread of a process with SIGALRM only; elsewhere no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    armed = True

    def expired(_signum: int, _frame: object) -> None:
        if armed:
            _EXPIRED.set()
            raise _TimedOut

    # The cut-short read's PDFium pages are collected later, after their document: their finalizers stay
    # quiet, during the block and after it.
    quiet = sys.unraisablehook if getattr(sys.unraisablehook, "quiets_pdfium", False) else _quiet_pdfium(sys.unraisablehook)

    def unraisable(lost: sys.UnraisableHookArgs) -> None:  # silent: the next alarm follows _ALARM_REPEAT later
        if not isinstance(lost.exc_value, _TimedOut):
            quiet(lost)

    _EXPIRED.clear()
    previous = signal.signal(signal.SIGALRM, expired)
    sys.unraisablehook = unraisable
    signal.setitimer(signal.ITIMER_REAL, seconds, _ALARM_REPEAT)
    try:
        yield
    finally:
        while armed:  # an alarm raising just here would skip the assignment: try again until it holds
            with contextlib.suppress(_TimedOut):
                armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        sys.unraisablehook = quiet
        _EXPIRED.clear()


def _pdfium_closed_out_of_order(lost: sys.UnraisableHookArgs) -> bool:
    """pypdfium2's finalizer asserting that a page's document is still open: harmless after a read the time
    limit cut short (its pages are collected after their document), and no traceback for the user to see."""
    frame = lost.exc_traceback
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    return (lost.exc_type is AssertionError and frame is not None
            and "pypdfium2" in frame.tb_frame.f_code.co_filename)


def _quiet_pdfium(previous: Callable[[sys.UnraisableHookArgs], object]) -> Callable[[sys.UnraisableHookArgs], None]:
    """`previous`, passing over `_pdfium_closed_out_of_order` errors."""
    def hook(lost: sys.UnraisableHookArgs) -> None:
        if not _pdfium_closed_out_of_order(lost):
            previous(lost)
    hook.quiets_pdfium = True  # type: ignore[attr-defined]
    return hook


def process_file(path: Path, info: FileInfo, gazetteer: Gazetteer, options: ReadOptions | None = None,
                 timeout: float | None = None, archive: Archive | None = None) -> ProcessedDocument:
    """Read and analyse one file and its attachments; never raises for bad input. Reading stops after
    `timeout` seconds and the file is returned as failed. With an archive, the file and every
    attachment are kept in it first (failed ones too, to be read again after an upgrade); an archive
    that cannot be written raises ArchiveError, since nothing more can be imported safely."""
    try:
        with _time_limit(timeout):
            if archive is not None:
                archive.put_file(path, info.sha256)
            with path.open("rb") as handle:
                media_type = sniff_media_type(handle.read(SNIFF_BYTES), info.name)
            options = options or ReadOptions()
            read = functools.partial(ingest_file, path, options, info.name)
            return _analyse(info, read, media_type, gazetteer, options, 0, archive)
    except ChangedWhileArchived as exc:
        return ProcessedDocument(info, None, failure=str(exc))
    except _TimedOut:
        return ProcessedDocument(info, None, failure=f"gave up after {timeout:g} s (the per-document time limit, --timeout)")
    except OSError as exc:
        return ProcessedDocument(info, None, failure=f"cannot read file ({exc.strerror or exc})")
    except (MemoryError, RecursionError) as exc:
        return ProcessedDocument(info, None, failure=f"the reader gave up on this file ({type(exc).__name__})")


def pages_needing_ocr(processed: ProcessedDocument) -> int:
    own = sum(1 for page in processed.ingested.pages if page.needs_ocr) if processed.ingested else 0
    return own + sum(pages_needing_ocr(child) for _, _, child in processed.children)
