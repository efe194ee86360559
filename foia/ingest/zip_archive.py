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

from foia.ingest import MAX_MEMBER_BYTES, IngestedAttachment, IngestedDocument, IngestError
from foia.ingest.email import safe_display_name
from foia.ingest.handler_protocol import Handler, ReadOptions

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 16 * 1024**3  # declared uncompressed size of all members together
# A member inflating to more than MAX_RATIO times its compressed size is a bomb, once it is larger than
# RATIO_FLOOR (small members of text compress that well honestly).
MAX_RATIO = 100
RATIO_FLOOR = 16 * 1024**2
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


def _refusal(info: zipfile.ZipInfo) -> str | None:
    """Why a member is not read, judged from its central-directory entry, or None."""
    if info.flag_bits & 0x1:
        return "encrypted zip member (needs a password)"
    if info.file_size > MAX_MEMBER_BYTES:
        return f"zip member too large ({info.file_size:,} bytes; the limit is {MAX_MEMBER_BYTES:,})"
    ratio = info.file_size / max(info.compress_size, 1)
    if ratio > MAX_RATIO and info.file_size > RATIO_FLOOR:
        return f"zip member inflates {ratio:,.0f} times (a decompression bomb; the limit is {MAX_RATIO} times)"
    return None


def _read_member(source: Path | bytes, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, reading no more than its header declares."""
    try:
        with zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source)) as archive:
            with archive.open(info) as member:
                data = member.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise IngestError(f"unreadable zip member ({type(exc).__name__}: {exc})") from None
    if len(data) > info.file_size:
        raise IngestError("zip member larger than its header says (a decompression bomb)")
    return data


def leading_member_names(head: bytes, limit: int = 50) -> list[str]:
    """Names in the local headers at the start of a zip, as far as `head` and known sizes go: the
    archive's own members, never those of a zip stored inside it."""
    names: list[str] = []
    offset = 0
    while len(names) < limit and head[offset : offset + 4] == b"PK\x03\x04" and offset + 30 <= len(head):
        flags = int.from_bytes(head[offset + 6 : offset + 8], "little")
        size = int.from_bytes(head[offset + 18 : offset + 22], "little")
        name_length = int.from_bytes(head[offset + 26 : offset + 28], "little")
        extra_length = int.from_bytes(head[offset + 28 : offset + 30], "little")
        names.append(head[offset + 30 : offset + 30 + name_length].decode("cp437", errors="replace"))
        if flags & 0x8:  # sizes follow the data: the next header cannot be found from here
            break
        offset += 30 + name_length + extra_length + size
    return names


def office_kind(names: list[str]) -> str | None:
    """'word' or 'xl' when these zip member names are an Office Open XML package's."""
    return next((kind for kind in ("word", "xl") if any(name.startswith(f"{kind}/") for name in names)), None)


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
            member.failure = _refusal(info)
            if member.failure is None:
                member.load = lambda info=info: _read_member(source, info)
            document.attachments.append(member)
        return document


HANDLER = ZipHandler()


# Word and Excel files are zips of XML parts: one whose parts inflate past this is refused before the
# XML parsers see it (a hostile .docx can hold a gigabyte of XML in a few kilobytes).
MAX_PACKAGE_BYTES = 512 * 1024**2


def check_package(source: Path | bytes, kind: str) -> None:
    """Refuse an Office file (a zip package) that is not a readable zip or would inflate like a bomb."""
    try:
        with zipfile.ZipFile(source if isinstance(source, Path) else io.BytesIO(source)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise IngestError(f"unreadable {kind} file (not a readable zip package: {exc})") from None
    total = sum(info.file_size for info in infos)
    if total > MAX_PACKAGE_BYTES:
        raise IngestError(f"{kind} file inflates to {total:,} bytes (the limit is {MAX_PACKAGE_BYTES:,})")
    for info in infos:
        if (reason := _refusal(info)) is not None:
            raise IngestError(f"{kind} file part {info.filename!r}: {reason}")
