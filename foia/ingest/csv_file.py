"""Comma-, semicolon-, tab- or pipe-separated text (.csv, .tsv exports of invoice lists and logs),
recognised by its content: several lines with the same number of fields. Decoded as UTF-8 (with or
without a byte-order mark), else as Windows-1252, the encoding Excel writes CSV in on Windows; pages
of rows, each row a line of cells and a row of `PageText.tables`."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import ClassVar

from foia.ingest import Handler, IngestedDocument, IngestError, ReadOptions
from foia.ingest.rows import clean_row, paged_rows

DELIMITERS = ",;\t|"
MIN_ROWS, SAMPLE_LINES = 2, 20
# A field bigger than this is not a table cell (csv's own limit is 128 KiB; a hostile file can hold one
# line of gigabytes).
csv.field_size_limit(1024 * 1024)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _dialect(sample: str) -> type[csv.Dialect] | None:
    """The delimiter that splits the sample's lines into the same number (two or more) of fields."""
    lines = [line for line in sample.splitlines()[:SAMPLE_LINES] if line.strip()]
    if len(lines) < MIN_ROWS:
        return None
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS)
    except csv.Error:
        return None
    try:
        widths = {len(row) for row in csv.reader(lines[:-1] if len(lines) > MIN_ROWS else lines, dialect)}
    except csv.Error:
        return None
    return dialect if len(widths) == 1 and widths.pop() >= 2 else None


def _looks_like_text(head: bytes) -> bool:
    return b"\x00" not in head and not head.startswith((b"%PDF", b"PK", b"\xd0\xcf\x11\xe0"))


class CsvHandler(Handler):
    media_type: ClassVar[str] = "text/csv"
    description: ClassVar[str] = "CSV table"

    def score(self, head: bytes, name: str) -> int:
        if not _looks_like_text(head):
            return 0
        return 20 if _dialect(_decode(head[:16384])) is not None else 0

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        text = _decode(source.read_bytes() if isinstance(source, Path) else source)
        dialect = _dialect(text[:16384])
        if dialect is None:
            raise IngestError("not a table (no delimiter splits its lines evenly)")
        try:
            rows = (clean_row(row) for row in csv.reader(io.StringIO(text, newline=""), dialect))
            pages = list(paged_rows(rows, None, 1))
        except csv.Error as exc:
            raise IngestError(f"unreadable CSV ({exc})") from None
        return IngestedDocument(media_type=self.media_type, pages=pages)


HANDLER = CsvHandler()
