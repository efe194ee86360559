"""Zip archives (stored or deflated, as records offices send whole releases): each member becomes a
child document through the importer, read one at a time and never written to disk.

Limits against hostile archives, checked on the central directory before anything is inflated and
again while reading (a header can lie): the number of members, each member's size and compression
ratio, and the total size. A member over a limit is a recorded failure, the rest import. Nesting
depth is the importer's (MAX_ATTACHMENT_DEPTH). Member names are for display only, never paths."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import ClassVar

from foia.ingest import Handler, IngestedAttachment, IngestedDocument, IngestError, ReadOptions
from foia.ingest.email import safe_display_name
from foia.ingest.office import MAX_MEMBERS, MAX_TOTAL_BYTES, office_kind, refusal

# Operating-system droppings inside archives (macOS resource forks, Windows thumbnails), never records.
_DROPPINGS = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def display_path(name: str, fallback: str) -> str:
    """A member's path inside the archive for display: no drive, root, '..' or '.' components, no
    control characters; folders kept ("2019/invoices/po-4471.pdf")."""
    parts = [safe_display_name(part, "") for part in PurePosixPath(name.replace("\\", "/")).parts]
    kept = [part for part in parts if part and part not in (".", "..") and not part.endswith(":")]
    return "/".join(kept)[:500] or fallback


def _is_dropping(info: zipfile.ZipInfo) -> bool:
    path = PurePosixPath(info.filename.replace("\\", "/"))
    return path.parts[:1] == ("__MACOSX",) or path.name.startswith("._") or path.name.lower() in _DROPPINGS


def _read_member(source: Path | bytes, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, reading no more than its header declares."""
    try:
        with (zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source)) as archive,
              archive.open(info) as member):
            data = member.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise IngestError(f"unreadable zip member ({type(exc).__name__}: {exc})") from None
    if len(data) > info.file_size:
        raise IngestError("zip member larger than its header says (a decompression bomb)")
    return data


def _refuse_document_package(source: Path | bytes, names: list[str]) -> None:
    """A zip that is one document's package (OpenDocument, EPUB, PowerPoint), not an archive of records:
    its XML parts are no documents of their own, so it is refused whole, with what it is."""
    if "mimetype" in names:
        try:
            with zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source)) as archive:
                kind = archive.read("mimetype")[:100].decode("ascii", errors="replace").strip()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError, zlib.error):
            kind = "unknown"
        raise IngestError(f"not a supported format (a document package of type {kind}, not an archive of files)")
    if "[Content_Types].xml" in names:
        raise IngestError("not a supported format (an Office Open XML package other than Word or Excel, such as PowerPoint)")


class ZipHandler(Handler):
    media_type: ClassVar[str] = "application/zip"
    description: ClassVar[str] = "zip archive"

    def score(self, head: bytes, name: str) -> int:
        return 60 if head.startswith(_ZIP_MAGIC) else 0

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        try:
            with zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source)) as archive:
                infos = [info for info in archive.infolist() if not info.is_dir() and not _is_dropping(info)]
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise IngestError(f"unreadable zip archive ({exc})") from None
        names = [info.filename for info in infos]
        if "[Content_Types].xml" in names and (kind := office_kind(names)):  # an Office file sniffing missed
            from foia.ingest import docx_file, xlsx_file

            return (docx_file.HANDLER if kind == "word" else xlsx_file.HANDLER).ingest(source, name, options)
        _refuse_document_package(source, names)
        if not infos:
            raise IngestError("zip archive holds no files")
        if len(infos) > MAX_MEMBERS:
            raise IngestError(f"zip archive holds {len(infos):,} files (the limit is {MAX_MEMBERS:,})")
        total = sum(info.file_size for info in infos)
        if total > MAX_TOTAL_BYTES:
            raise IngestError(f"zip archive inflates to {total:,} bytes (the limit is {MAX_TOTAL_BYTES:,})")
        document = IngestedDocument(media_type=self.media_type)
        for number, info in enumerate(infos, start=1):
            member = IngestedAttachment(None, display_path(info.filename, f"member-{number}"), size_bytes=info.file_size)
            member.failure = refusal(info)
            if member.failure is None:
                member.load = lambda info=info: _read_member(source, info)
            document.attachments.append(member)
        return document


HANDLER = ZipHandler()
