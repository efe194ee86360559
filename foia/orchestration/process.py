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
    IngestedDocument,
    IngestError,
    ReadOptions,
    ingest_bytes,
    ingest_file,
    sniff_media_type,
)
from foia.processed import FileInfo, ProcessedDocument

# Attachments inside attachments (a forwarded .eml holding a .msg holding a PDF) stop here.
MAX_ATTACHMENT_DEPTH = 3


def _analyse(info: FileInfo, read: Callable[[], IngestedDocument], media_type: str | None,
             gazetteer: Gazetteer, options: ReadOptions, depth: int, archive: Archive | None) -> ProcessedDocument:
    try:
        ingested = read()
    except IngestError as exc:
        return ProcessedDocument(info, media_type, failure=str(exc))
    processed = ProcessedDocument(
        info, ingested.media_type, ingested, analyse(ingested.pages, gazetteer, ingested.messages)
    )
    for attachment in ingested.attachments:
        child_info = FileInfo(
            name=attachment.file_name,
            source=f"{info.source}#{attachment.file_name}",
            sha256=hashlib.sha256(attachment.data).hexdigest(),
            size_bytes=len(attachment.data),
        )
        if archive is not None:  # kept in its own right: read again later without its parent
            archive.put_bytes(attachment.data, child_info.sha256)
        child_type = sniff_media_type(attachment.data[:SNIFF_BYTES], attachment.file_name)
        if depth >= MAX_ATTACHMENT_DEPTH:
            reason = f"attachment nested deeper than {MAX_ATTACHMENT_DEPTH} levels"
            child = ProcessedDocument(child_info, child_type, failure=reason)
        else:
            child = _analyse(child_info, functools.partial(ingest_bytes, attachment.data, attachment.file_name, options),
                             child_type, gazetteer, options, depth + 1, archive)
        processed.children.append((attachment.message_position, attachment.file_name, child))
    return processed


class _TimedOut(BaseException):
    """Raised by the alarm inside a file's reading; a BaseException so no reader's `except Exception`
    swallows it."""


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
            raise _TimedOut

    def unraisable(lost: sys.UnraisableHookArgs) -> None:  # silent: the next alarm follows _ALARM_REPEAT later
        if not isinstance(lost.exc_value, _TimedOut):
            previous_hook(lost)

    previous, previous_hook = signal.signal(signal.SIGALRM, expired), sys.unraisablehook
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
        sys.unraisablehook = previous_hook


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
