"""Zip members judged before they are read, and Office Open XML packages (Word, Excel) told apart from
archives of records: shared by the zip, Word and Excel handlers."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from foia.ingest import MAX_MEMBER_BYTES, IngestError

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 16 * 1024**3  # declared uncompressed size of all members together
# A member inflating to more than MAX_RATIO times its compressed size is a bomb, once it is larger than
# RATIO_FLOOR (small members of text compress that well honestly).
MAX_RATIO = 100
RATIO_FLOOR = 16 * 1024**2

def refusal(info: zipfile.ZipInfo) -> str | None:
    """Why a member is not read, judged from its central-directory entry, or None."""
    if info.flag_bits & 0x1:
        return "encrypted zip member (needs a password)"
    if info.file_size > MAX_MEMBER_BYTES:
        return f"zip member too large ({info.file_size:,} bytes; the limit is {MAX_MEMBER_BYTES:,})"
    ratio = info.file_size / max(info.compress_size, 1)
    if ratio > MAX_RATIO and info.file_size > RATIO_FLOOR:
        return f"zip member inflates {ratio:,.0f} times (a decompression bomb; the limit is {MAX_RATIO} times)"
    return None



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
        if (reason := refusal(info)) is not None:
            raise IngestError(f"{kind} file part {info.filename!r}: {reason}")
