"""A CSV download streamed as `foia export` writes it: foia.export.write_kind runs in a thread and
writes into a bounded queue that the response reads from, so the first rows leave at once, memory
stays flat, and a client that goes away stops the export."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

from sqlalchemy import Engine

from foia.export import write_kind
from foia.query import Filters

CHUNK_CHARS = 64 * 1024
_DONE = object()


class ClientGone(Exception):
    """The response was closed before the export finished."""


class _QueueWriter:
    """A text file whose writes go, in chunks of about CHUNK_CHARS, into a queue."""

    def __init__(self, chunks: queue.Queue[object], closed: threading.Event) -> None:
        self.chunks = chunks
        self.closed = closed
        self.pending: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        self.pending.append(text)
        self.size += len(text)
        if self.size >= CHUNK_CHARS:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if not self.pending:
            return
        data = "".join(self.pending).encode("utf-8")
        self.pending, self.size = [], 0
        while True:
            if self.closed.is_set():
                raise ClientGone
            try:
                self.chunks.put(data, timeout=0.5)
                return
            except queue.Full:
                continue


def stream_csv(engine: Engine, kind: str, filters: Filters) -> Iterator[bytes]:
    """The bytes `foia export KIND` writes for these filters (the caller has checked the filters)."""
    chunks: queue.Queue[object] = queue.Queue(maxsize=16)
    closed = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        writer = _QueueWriter(chunks, closed)
        try:
            write_kind(engine, kind, writer, "csv", filters)  # type: ignore[arg-type]
            writer.flush()
        except ClientGone:
            pass
        except BaseException as exc:  # reported to the reading side, which ends the response
            failure.append(exc)
        finally:
            while not closed.is_set():
                try:
                    chunks.put(_DONE, timeout=0.5)
                    break
                except queue.Full:
                    continue

    thread = threading.Thread(target=run, name=f"csv-{kind}", daemon=True)
    thread.start()
    try:
        while (item := chunks.get()) is not _DONE:
            yield item  # type: ignore[misc]
        if failure:
            raise failure[0]
    finally:
        closed.set()
        thread.join(timeout=5)
