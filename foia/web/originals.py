"""The one place `foia serve` gets a document's original bytes, by document id only: from the archive
of originals (foia.archive), checked against the SHA-256 recorded at import. Attachments and archive
members are archived in their own right, so no parent is ever opened to find one."""

from __future__ import annotations

from sqlalchemy import Engine

from foia.archive import Archive, OriginalMissing, archive_for
from foia.originals import NoSuchDocument, read_original


def original_bytes(engine: Engine, document_id: int, archive: Archive | None = None) -> bytes | None:
    """The bytes of the document as released, or None when there is no such document or its original
    is not in the archive (imported before the archive existed). A damaged original raises
    OriginalCorrupt naming the document: it is never shown as the original."""
    try:
        return read_original(engine, archive or archive_for(engine), document_id)
    except (NoSuchDocument, OriginalMissing):
        return None
