"""Build small valid Outlook .msg files for tests (no .msg writer exists on PyPI): the MS-OXMSG
property streams written into an OLE compound file with extract-msg's own OleWriter."""

from __future__ import annotations

import datetime as dt
import io
import struct

from extract_msg.ole_writer import OleWriter

_UNICODE = 0x001F
_BINARY = 0x0102
_LONG = 0x0003
_TIME = 0x0040


def _string_stream(tag: int, value: str) -> tuple[str, bytes]:
    return f"__substg1.0_{tag:04X}{_UNICODE:04X}", value.encode("utf-16-le")


def _filetime(moment: dt.datetime) -> int:
    return int((moment - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)


def _property(tag: int, kind: int, value: int = 0, size: int = 0) -> bytes:
    """One 16-byte entry of a __properties_version1.0 stream (fixed values inline, others by size)."""
    flags = 0x6  # readable and writable
    if kind == _LONG:
        return struct.pack("<IIII", (tag << 16) | kind, flags, value, 0)
    if kind == _TIME:
        return struct.pack("<IIQ", (tag << 16) | kind, flags, value)
    return struct.pack("<IIII", (tag << 16) | kind, flags, size, 0)


def build_msg(
    *,
    sender: str,
    sender_address: str,
    to: str,
    subject: str,
    body: str,
    sent: dt.datetime,
    attachments: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
) -> bytes:
    writer = OleWriter()
    writer.addEntry("__nameid_version1.0", storage=True)  # named properties: required, may be empty
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    strings = {
        0x001A: "IPM.Note",
        0x0037: subject,
        0x0C1A: sender,
        0x0C1F: sender_address,
        0x0065: sender_address,
        0x0E04: to,
        0x1000: body,
    }
    properties = [_property(0x0039, _TIME, _filetime(sent)), _property(0x0E06, _TIME, _filetime(sent))]
    for tag, value in strings.items():
        name, data = _string_stream(tag, value)
        writer.addEntry(name, data)
        properties.append(_property(tag, _UNICODE, size=len(data) + 2))
    header = struct.pack("<8sIIII8s", b"\0" * 8, 0, len(attachments), 0, len(attachments), b"\0" * 8)
    writer.addEntry("__properties_version1.0", header + b"".join(properties))
    for number, (file_name, data) in enumerate(attachments):
        storage = f"__attach_version1.0_#{number:08X}"
        writer.addEntry(storage, storage=True)
        name_stream, name_data = _string_stream(0x3707, file_name)
        writer.addEntry(f"{storage}/{name_stream}", name_data)
        writer.addEntry(f"{storage}/__substg1.0_{0x3701:04X}{_BINARY:04X}", data)
        attach_props = [
            _property(0x3705, _LONG, 1),  # PR_ATTACH_METHOD: by value
            _property(0x3707, _UNICODE, size=len(name_data) + 2),
            _property(0x3701, _BINARY, size=len(data)),
        ]
        writer.addEntry(f"{storage}/__properties_version1.0", b"\0" * 8 + b"".join(attach_props))
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
