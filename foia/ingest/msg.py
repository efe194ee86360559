"""Outlook .msg files through extract-msg (the maintained reader of the MS-OXMSG compound-file
format); rendered like an .eml, one page, with attachments and embedded messages as children.
extract-msg takes 0.4 s to import, so it is imported when a .msg file arrives, not on every command."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from foia.ingest import MAGIC_AT_START, NOT_THIS_FORMAT, Handler, IngestedDocument, IngestError, ReadOptions
from foia.ingest.email import NativeMessage, address_list, format_address, html_to_text, render
from foia.messages.senders import find_address, split_sender

if TYPE_CHECKING:
    import extract_msg

MEDIA_TYPE = "application/vnd.ms-outlook"
DESCRIPTION = "Outlook message (.msg)"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
logging.getLogger("extract_msg").setLevel(logging.ERROR)


def matches(head: bytes, name: str) -> bool:
    """An OLE compound file holding a message (its root names "__substg1.0_" property streams)."""
    return head.startswith(_OLE_MAGIC) and (name.lower().endswith(".msg") or "__substg1.0_".encode("utf-16-le") in head)


def _open(source: Path | bytes) -> extract_msg.msg_classes.MSGFile:
    import extract_msg

    try:
        return extract_msg.openMsg(str(source) if isinstance(source, Path) else source, delayAttachments=False)
    except Exception as exc:  # extract-msg raises many kinds on hostile input; all mean "unreadable"
        raise IngestError(f"unreadable Outlook message ({type(exc).__name__}: {exc})") from None


def _attachments(message: extract_msg.msg_classes.MSGFile) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
    """(name, data) of each attachment, and (name, reason) of each that cannot be read."""
    from extract_msg.enums import AttachmentType

    found, failed = [], []
    for attachment in getattr(message, "attachments", []):
        name = attachment.longFilename or attachment.shortFilename or attachment.displayName or ""
        try:
            if attachment.type == AttachmentType.MSG:
                found.append((name or "message.msg", attachment.data.exportBytes()))
            elif isinstance(attachment.data, bytes):
                found.append((name, attachment.data))
            else:
                failed.append((name, f"Outlook attachment of kind {attachment.type.name} cannot be imported"))
        except Exception as exc:  # one bad attachment must not lose the message
            failed.append((name, f"unreadable Outlook attachment ({type(exc).__name__}: {exc})"))
    return found, failed


_NAMED = re.compile(r"^\s*(.*?)\s*<([^<>]*)>\s*$")


def outlook_address_list(value: str | None) -> str | None:
    """Outlook joins recipients with semicolons and leaves commas in names unquoted (`Smith, Jane
    <j@x.gov>; Roe, Richard <r@y.com>`): rewritten so `getaddresses` reads each person back whole.
    Display names without an address (PR_DISPLAY_TO) are kept as they are."""
    if not value:
        return None
    if "<" not in value and "@" not in value:
        return value.strip() or None
    people = []
    for piece in filter(str.strip, value.split(";")):
        named = _NAMED.match(piece)
        people.append(format_address(named[1].strip('"'), named[2]) if named else address_list(piece) or piece.strip())
    return ", ".join(people) or None


def _stream(message: extract_msg.msg_classes.MSGFile, tag: str) -> str | None:
    """A top-level string property (PR_SENDER_SMTP_ADDRESS, PR_DISPLAY_TO, ...) when the recipient
    table or transport headers that extract-msg prefers are absent."""
    value = message.getStringStream(f"__substg1.0_{tag}")
    return value.strip() or None if isinstance(value, str) else None


def _native(message: extract_msg.msg_classes.MessageBase) -> NativeMessage:
    notes: list[str] = []
    name, address = split_sender(message.sender or "")
    if address is None:
        address = find_address(_stream(message, "5D01") or _stream(message, "0C1F") or "")
    date = message.date if isinstance(message.date, dt.datetime) else None
    attachments, failed = _attachments(message)
    return NativeMessage(
        sender_name=name,
        sender_address=address,
        recipients=outlook_address_list(message.to or _stream(message, "0E04")),
        cc=outlook_address_list(message.cc or _stream(message, "0E03")),
        sent_at=date.astimezone(dt.UTC) if date and date.tzinfo else None,
        sent_at_local=date.replace(tzinfo=None) if date else None,
        sent_at_text=date.isoformat() if date else None,
        subject=message.subject or None,
        body=_body(message),
        header_message_id=message.messageId or None,
        notes=notes,
        attachments=attachments,
        failed_attachments=failed,
    )


def _body(message: extract_msg.msg_classes.MessageBase) -> str:
    """The plain-text body, or the HTML one as text when there is no plain one."""
    body = message.body or ""
    if not body.strip() and message.htmlBody:
        body = html_to_text(message.htmlBody.decode("utf-8", errors="replace"))
    return body.replace("\r\n", "\n").strip()


def _read(message: extract_msg.msg_classes.MSGFile) -> NativeMessage:
    import extract_msg

    if not isinstance(message, extract_msg.msg_classes.MessageBase):
        raise IngestError(f"Outlook file is not an email ({type(message).__name__})")
    try:
        return _native(message)
    except Exception as exc:  # streams are read lazily: damage shows up only here
        raise IngestError(f"unreadable Outlook message ({type(exc).__name__}: {exc})") from None


def ingest(source: Path | bytes, name: str) -> IngestedDocument:
    message = _open(source)
    try:
        native = _read(message)
    finally:
        message.close()
    return render([native], MEDIA_TYPE)


class MsgHandler(Handler):
    media_type = MEDIA_TYPE
    description = DESCRIPTION

    def score(self, head: bytes, name: str) -> int:
        return MAGIC_AT_START if matches(head, name) else NOT_THIS_FORMAT

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        return ingest(source, name)
