"""Native email (.eml) through the standard library's `email` package with `policy.default`.

Each message becomes one page a reader would see (headers, then the body text) and one SplitMessage
spanning that page; attachments (nested .eml and .msg included) become child documents through the
importer. Broken MIME and unknown charsets are decoded with replacement characters and noted on the
message, never a crash. `render` is shared with the .mbox and Outlook .msg handlers."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser
from pathlib import Path, PureWindowsPath

from foia.ingest import (
    NOT_THIS_FORMAT,
    STRUCTURE_AT_START,
    Handler,
    IngestedAttachment,
    IngestedDocument,
    PageText,
    ReadOptions,
)
from foia.messages import SplitMessage
from foia.messages.dates import parse_sent

MEDIA_TYPE = "message/rfc822"
DESCRIPTION = "email (.eml)"

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]?", re.M)
# Headers a mail system writes; a printed thread saved as text has From:/Sent:/To: but none of these.
_TRANSPORT_HEADERS = re.compile(rb"(?im)^(?:message-id|received|mime-version|return-path|delivered-to|content-type|date|x-[\w-]+):")
_NAME_MAX = 200


def matches(head: bytes, name: str) -> bool:
    """RFC 5322 headers at the top: a header line first, a From: and a header mail systems write."""
    start = head.lstrip()[:4096]
    if not _HEADER_LINE.match(start) or start.startswith(b"From "):
        return False
    return re.search(rb"(?im)^from:", start) is not None and _TRANSPORT_HEADERS.search(start) is not None


@dataclass
class NativeMessage:
    """One native message as plain values, whatever format it came from."""

    sender_name: str | None
    sender_address: str | None
    recipients: str | None
    cc: str | None
    sent_at: dt.datetime | None
    sent_at_local: dt.datetime | None
    sent_at_text: str | None
    subject: str | None
    body: str
    header_message_id: str | None = None
    notes: list[str] = field(default_factory=list)
    attachments: list[tuple[str, bytes]] = field(default_factory=list)


def safe_display_name(name: str | None, fallback: str) -> str:
    """An attachment's name for display only: no directories, '..', control characters or padding."""
    cleaned = "".join(ch for ch in (name or "") if unicodedata.category(ch)[0] != "C")
    cleaned = PureWindowsPath(cleaned.replace("/", "\\")).name.strip(" .").replace("..", "_")
    return cleaned[:_NAME_MAX] or fallback


def render(messages: list[NativeMessage], media_type: str) -> IngestedDocument:
    """One page per message (headers as a reader sees them, then the body); offsets follow
    foia.pages.DocumentText, which joins pages with one newline."""
    document = IngestedDocument(media_type=media_type)
    split: list[SplitMessage] = []
    offset = 0
    for position, native in enumerate(messages):
        sender = " ".join(filter(None, [native.sender_name, f"<{native.sender_address}>" if native.sender_address else None]))
        lines = [f"From: {sender}", f"Sent: {native.sent_at_text or ''}", f"To: {native.recipients or ''}"]
        if native.cc:
            lines.append(f"Cc: {native.cc}")
        lines += [f"Subject: {native.subject or ''}", "", native.body]
        text = "\n".join(lines)
        document.pages.append(PageText(number=position + 1, text=text, text_source="layer"))
        split.append(
            SplitMessage(
                position=position, char_start=offset, char_end=offset + len(text),
                sender_name=native.sender_name, sender_address=native.sender_address,
                recipients=native.recipients, cc=native.cc, sent_at=native.sent_at,
                sent_at_local=native.sent_at_local, sent_at_text=native.sent_at_text,
                subject=native.subject, body=native.body, kind="native",
                header_message_id=native.header_message_id, notes="; ".join(native.notes) or None,
            )
        )
        for number, (name, data) in enumerate(native.attachments, start=1):
            document.attachments.append(IngestedAttachment(position, safe_display_name(name, f"attachment-{number}"), data))
        offset += len(text) + 1
    document.messages = split
    return document


class _TextOfHtml(HTMLParser):
    _BREAKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "table", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(self._skip - 1, 0)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _part_text(part: Message, notes: list[str]) -> str:
    """A text part decoded by its declared charset, or with replacement characters and a note."""
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, ValueError, AssertionError) as exc:
        notes.append(f"body decoded with replacement characters ({type(exc).__name__}: {exc})")
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def _header(message: Message, name: str, notes: list[str]) -> str | None:
    """A header's decoded text; a header the parser chokes on is kept as its raw text, with a note."""
    try:
        value = message.get(name)
        text = None if value is None else str(value)
    except (ValueError, IndexError, TypeError, AttributeError, LookupError) as exc:
        notes.append(f"unreadable {name} header kept as raw text ({type(exc).__name__})")
        text = next((str(raw) for key, raw in message.raw_items() if key.lower() == name), None)
    if text is None:
        return None
    return re.sub(r"\s+", " ", text).strip() or None


def _body(message: EmailMessage, notes: list[str]) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except (KeyError, TypeError, AttributeError):
        part = None
    if part is None:
        return "" if message.is_multipart() else _part_text(message, notes).strip()
    text = _part_text(part, notes)
    return (html_to_text(text) if part.get_content_subtype() == "html" else text).replace("\r\n", "\n").strip()


def _attachments(message: EmailMessage, notes: list[str]) -> list[tuple[str, bytes]]:
    found = []
    try:
        parts = list(message.iter_attachments())
    except (KeyError, TypeError, AttributeError) as exc:
        notes.append(f"attachments unreadable ({exc})")
        return []
    for part in parts:
        name = part.get_filename()
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner_message = inner[0] if isinstance(inner, list) and inner else inner
            data = _message_bytes(inner_message, notes)
            if not name and isinstance(inner_message, Message):
                name = f"{_header(inner_message, 'subject', notes) or 'message'}.eml"
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        found.append((name or "", data))
    return found


def _message_bytes(message: object, notes: list[str]) -> bytes:
    if not isinstance(message, Message):
        return b""
    try:
        return message.as_bytes(policy=policy.default)
    except (LookupError, UnicodeError, ValueError) as exc:
        notes.append(f"attached message could not be re-encoded ({exc})")
        return b""


def native_message(message: EmailMessage) -> NativeMessage:
    notes = [f"MIME defect: {type(defect).__name__}" for defect in message.defects]
    name, address = parseaddr(_header(message, "from", notes) or "")
    date_text = _header(message, "date", notes)
    sent_at, local = parse_sent(date_text) if date_text else (None, None)
    to = _header(message, "to", notes)
    cc = _header(message, "cc", notes)
    return NativeMessage(
        sender_name=name or None,
        sender_address=address.lower() if "@" in address else None,
        recipients=", ".join(_format(pair) for pair in getaddresses([to])) if to else None,
        cc=", ".join(_format(pair) for pair in getaddresses([cc])) if cc else None,
        sent_at=sent_at,
        sent_at_local=local,
        sent_at_text=date_text,
        subject=_header(message, "subject", notes),
        body=_body(message, notes),
        header_message_id=_header(message, "message-id", notes),
        notes=notes,
        attachments=_attachments(message, notes),
    )


def _format(pair: tuple[str, str]) -> str:
    name, address = pair
    return f"{name} <{address}>" if name and address else (address or name)


def parse_bytes(data: bytes) -> EmailMessage:
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def ingest(source: Path | bytes, name: str) -> IngestedDocument:
    data = source.read_bytes() if isinstance(source, Path) else source
    return render([native_message(parse_bytes(data))], MEDIA_TYPE)


class EmailHandler(Handler):
    media_type = MEDIA_TYPE
    description = DESCRIPTION

    def score(self, head: bytes, name: str) -> int:
        return STRUCTURE_AT_START if matches(head, name) else NOT_THIS_FORMAT

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        return ingest(source, name)
