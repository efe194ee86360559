"""The one place `foia serve` gets a document's original bytes, by document id only.

Until the content-addressed archive of originals lands (issue 18), the bytes come from where the file
was imported (`documents.source_path`); an email attachment is read out of its parent file, as `foia
ocr` does. The bytes are returned only when their SHA-256 is still the one recorded at import: a file
changed or replaced since is never shown as the original."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from foia.ingest import IngestedDocument, IngestError, ReadOptions, ingest_bytes, ingest_file
from foia.ingest.ocr import OcrSettings
from foia.models import Document

# Reading a parent email again only to take an attachment out of it: never OCR anything on the way.
_NO_OCR = ReadOptions(ocr=OcrSettings(mode="never"))


def _chain(session: Session, document_id: int) -> list[Document] | None:
    """The document and the documents carrying it, outermost (the imported file) first."""
    chain: list[Document] = []
    current = session.get(Document, document_id)
    while current is not None:
        chain.insert(0, current)
        if current.parent_id is None or len(chain) > 16:
            break
        current = session.get(Document, current.parent_id)
    return chain if chain and chain[0].parent_id is None else None


def _read_root(root: Document) -> bytes | None:
    if not root.source_path:
        return None
    try:
        data = Path(root.source_path).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == root.sha256 else None


def original_bytes(engine: Engine, document_id: int) -> bytes | None:
    """The bytes of the document as released, or None when they cannot be had (never imported from a
    file, moved, changed since, or an attachment its parent no longer yields)."""
    with Session(engine) as session:
        chain = _chain(session, document_id)
        if chain is None:
            return None
        data = _read_root(chain[0])
        for depth, (parent, child) in enumerate(zip(chain, chain[1:], strict=False)):
            if data is None:
                return None
            try:
                # The imported file is read from disk (an mbox may be larger than an attachment may be).
                opened = (ingest_file(Path(str(parent.source_path)), _NO_OCR) if depth == 0
                          else ingest_bytes(data, parent.file_name, _NO_OCR))
            except (IngestError, OSError):
                return None
            data = _attachment(opened, child.sha256)
        return data


def _attachment(parent: IngestedDocument, sha256: str) -> bytes | None:
    return next((a.data for a in parent.attachments if hashlib.sha256(a.data).hexdigest() == sha256), None)
