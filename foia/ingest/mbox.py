"""Mailboxes (.mbox, mboxrd/mboxo): every message read like an .eml, one page each."""

from __future__ import annotations

import mailbox
import re
import tempfile
from pathlib import Path

from foia.ingest import MAGIC_AT_START, NOT_THIS_FORMAT, Handler, IngestedDocument, IngestError, ReadOptions
from foia.ingest.email import native_message, parse_bytes, render

MEDIA_TYPE = "application/mbox"
DESCRIPTION = "mailbox (.mbox)"


_SEPARATOR = re.compile(rb"From \S+ [^\n]*\d{1,2}:\d{2}(?::\d{2})?[^\n]*\d{4}\r?\n")


def matches(head: bytes, name: str) -> bool:
    """An mbox starts with a "From " separator line: sender, then a ctime-style date."""
    return bool(_SEPARATOR.match(head))


def _read(path: Path) -> IngestedDocument:
    box = mailbox.mbox(path, create=False)
    try:
        natives = [native_message(parse_bytes(box.get_bytes(key))) for key in box.iterkeys()]
    finally:
        box.close()
    if not natives:
        raise IngestError("mailbox holds no messages")
    return render(natives, MEDIA_TYPE)


def ingest(source: Path | bytes, name: str) -> IngestedDocument:
    if isinstance(source, Path):
        return _read(source)
    with tempfile.TemporaryDirectory() as folder:  # the mailbox module reads only from files
        path = Path(folder) / "attachment.mbox"
        path.write_bytes(source)
        return _read(path)


class MboxHandler(Handler):
    media_type = MEDIA_TYPE
    description = DESCRIPTION

    def score(self, head: bytes, name: str) -> int:
        return MAGIC_AT_START if matches(head, name) else NOT_THIS_FORMAT

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        return ingest(source, name)
