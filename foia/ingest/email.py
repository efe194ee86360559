"""Native email (.eml) through the standard library's `email` package with `policy.default`.

Each message becomes one page a reader would see (headers, then the body text) and one SplitMessage
spanning that page. The MIME tree is walked to any depth: the body is the preferred alternative of
each multipart/alternative plus every other inline text part in order; every other part (a file, an
attached or digest message, an alternative's attachment) becomes a child document through the
importer, or a recorded failure, never nothing. Broken MIME and unknown charsets are decoded with
replacement characters and noted on the message, never a crash. `render` is shared with the .mbox
and Outlook .msg handlers."""

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

import foia.ingest
from foia.ingest import (
    NOT_THIS_FORMAT,
    STRUCTURE_AT_START,
    Handler,
    IngestedAttachment,
    IngestedDocument,
    IngestError,
    PageText,
    ReadOptions,
)
from foia.messages import SplitMessage
from foia.messages.dates import parse_sent

MEDIA_TYPE = "message/rfc822"
DESCRIPTION = "email (.eml)"

# An RFC 5322 header field: a name of printable characters, then a colon.
_FIELD = re.compile(rb"([!-9;-~][!-9;-~ ]{0,76}?)[ \t]*:")
# The first line of an Apple Mail .emlx file: the byte count of the message that follows.
_EMLX_COUNT = re.compile(rb"(\d{1,10})[ \t]*\r?\n")
# Headers a mail system writes; a printed thread saved as text has From:/Sent:/To: but none of these.
_TRANSPORT = frozenset({b"references", b"in-reply-to", b"x-mailer", b"user-agent", b"thread-index", b"message-id", b"received",
                        b"mime-version", b"return-path", b"delivered-to", b"content-type",
                        b"date", b"dkim-signature", b"arc-seal", b"arc-message-signature", b"arc-authentication-results",
                        b"authentication-results", b"content-transfer-encoding", b"x-received"})
# Without a From: (a MIME fragment, a digest part, a bare message/rfc822 wrapper) one of these must be there.
_WITHOUT_FROM = frozenset({b"content-type", b"mime-version", b"received", b"message-id", b"return-path", b"dkim-signature"})
_NAME_MAX = 200
# MIME nested deeper than this is not walked further (the rest is recorded as one failed part).
MAX_MIME_DEPTH = 40


def _header_names(head: bytes) -> list[bytes] | None:
    """Names of the header fields at the top of `head`, or None when it does not open with a header
    block. A block longer than the sniffed bytes (Gmail downloads carry 10 KB of Received:, ARC- and
    DKIM- headers before From:) counts for as far as it goes. Real mail carries the odd broken line
    (a fold without its indent, a mangled name): one in five is tolerated once three fields are seen."""
    lines = head.split(b"\n")
    if not head.endswith(b"\n"):
        lines = lines[:-1]  # cut off by the sniff window
    names: list[bytes] = []
    broken = 0
    for line in lines:
        line = line.rstrip(b"\r")
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            if not names:
                return None
            continue
        match = _FIELD.match(line)
        if match is None:
            if not names:
                return None
            broken += 1
            continue
        names.append(match[1].strip().lower())
    if not names or (broken and (len(names) < 3 or broken * 5 > len(names) + broken)):
        return None
    return names


def _headers_start(head: bytes) -> bytes:
    """Where the header block begins: past an mbox-style "From sender" line heading a single saved
    message, and past the byte count that opens an Apple Mail .emlx file."""
    start = head.lstrip()
    if start.startswith(b"From ") or _EMLX_COUNT.match(start):
        return start.split(b"\n", 1)[-1]
    return start


def matches(head: bytes, name: str) -> bool:
    """RFC 5322 headers at the top: a From: and a header mail systems write (or, without Sent:, a To:
    and a Subject: beside an address in From:), or without From: a MIME or transport header (a MIME
    fragment, a digest part, a bare message/rfc822 wrapper). A printed thread saved as text has
    From:/Sent:/To: and none of these."""
    names = _header_names(_headers_start(head))
    if names is None:
        return False
    present = set(names)
    if b"from" not in present:
        return bool(present & _WITHOUT_FROM)
    if present & _TRANSPORT:
        return True
    return b"sent" not in present and b"subject" in present and bool(present & {b"to", b"cc"}) and _from_has_address(head)


def _from_has_address(head: bytes) -> bool:
    found = re.search(rb"(?im)^from[ \t]*:([^\r\n]*)", head)
    return found is not None and re.search(rb"[^\s<>@\"(),;]+@[^\s<>@\"(),;]+\.[^\s<>@\"(),;]+", found[1]) is not None


def _message_bytes_of(data: bytes) -> bytes:
    """The message in a file: an .emlx holds it after a byte count line, followed by a property list."""
    count = _EMLX_COUNT.match(data)
    if count is None:
        return data
    body = data[count.end():]
    return body[: int(count[1])]


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
    attachments: list[tuple[str, bytes]] = field(default_factory=list)  # (name as sent, data)
    failed_attachments: list[tuple[str, str]] = field(default_factory=list)  # (name as sent, why it cannot be read)


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
        sender = format_address(native.sender_name or "", native.sender_address or "")
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
        document.attachments += _attachments_of(position, native)
        offset += len(text) + 1
    document.messages = split
    return document


def _attachments_of(position: int, native: NativeMessage) -> list[IngestedAttachment]:
    """A message's attachments for the importer, each with a safe display name; one over the size
    limit is a recorded failure (a hostile email cannot exhaust memory in the readers below)."""
    found = []
    limit = foia.ingest.MAX_ATTACHMENT_BYTES
    for number, (name, data) in enumerate(native.attachments, start=1):
        display = safe_display_name(name, f"attachment-{number}")
        failure = f"attachment too large ({len(data):,} bytes; the limit is {limit:,})" if len(data) > limit else None
        found.append(IngestedAttachment(position, display, data, failure=failure))
    for number, (name, reason) in enumerate(native.failed_attachments, start=len(native.attachments) + 1):
        found.append(IngestedAttachment(position, safe_display_name(name, f"attachment-{number}"), failure=reason))
    return found


_SPECIALS = re.compile(r'[()<>@,;:\\".\[\]]')


def format_address(name: str, address: str) -> str:
    """One mailbox as RFC 5322 writes it: a display name with a comma or other special character is
    quoted, so `email.utils.getaddresses` reads "Smith, Jane" <j@x.gov> back as one person."""
    name, address = name.strip(), address.strip()
    if name and address and _SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>" if name and address else (address or name)


def address_list(value: str | None) -> str | None:
    """A To: or Cc: header as a list `getaddresses` reads back exactly, or None when empty."""
    if not value:
        return None
    return ", ".join(format_address(*pair) for pair in getaddresses([value]) if any(pair)) or None


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


_INLINE_TEXT = frozenset({"text/plain", "text/html", "text/enriched", "text/rfc822-headers", "message/delivery-status"})


@dataclass
class _Parts:
    """What walking a MIME tree found: body texts in order, and every other part."""

    texts: list[str] = field(default_factory=list)
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def _is_inline_text(part: Message) -> bool:
    return (part.get_content_type() in _INLINE_TEXT and part.get_content_disposition() != "attachment"
            and not part.get_filename())


def _text_of(part: Message, notes: list[str]) -> str:
    text = _part_text(part, notes)
    return (html_to_text(text) if part.get_content_subtype() == "html" else text).replace("\r\n", "\n").strip()


def _preference(part: Message) -> int:
    """How much a multipart/alternative's child is wanted as the body: plain text over HTML."""
    if part.get_content_type() == "text/plain":
        return 3
    if part.is_multipart() and any(sub.get_content_type() == "text/plain" for sub in part.walk()):
        return 2
    return 1 if "html" in part.get_content_type() or part.is_multipart() else 0


def _walk(part: Message, found: _Parts, notes: list[str], *, body: bool, depth: int = 0) -> None:
    """Collect body texts (when `body`: the other alternatives of a body are not collected twice) and
    every part that is not body text, at any depth."""
    if depth > MAX_MIME_DEPTH:
        found.failed.append(("nested-parts", f"MIME parts nested deeper than {MAX_MIME_DEPTH} levels"))
        return
    if part.get_content_maintype() == "message" and part.get_content_type() != "message/delivery-status":
        _attach_message(part, found, notes)  # before multiparts: an attached message's payload is a list too
    elif part.is_multipart():
        children = [child for child in part.get_payload() if isinstance(child, Message)]
        if part.get_content_type() != "multipart/alternative":
            for child in children:
                _walk(child, found, notes, body=body, depth=depth + 1)
            return
        chosen = _chosen_alternative(children, found, notes, body=body, depth=depth) if body else None
        for child in children:
            if child is not chosen:
                _walk(child, found, notes, body=False, depth=depth + 1)
    elif _is_inline_text(part) or part.get_content_maintype() == "multipart":  # a multipart without parts: broken MIME
        if body and (text := _text_of(part, notes)):
            found.texts.append(text)
    else:
        _attach(part, found)


def _chosen_alternative(children: list[Message], found: _Parts, notes: list[str], *, body: bool, depth: int) -> Message | None:
    """Walk the most wanted alternative that has any text into `found`; returns it."""
    ranked = sorted(children, key=_preference, reverse=True)
    for child in ranked:
        trial = _Parts()
        _walk(child, trial, notes, body=body, depth=depth + 1)
        if trial.texts or child is ranked[-1]:
            found.texts += trial.texts
            found.attachments += trial.attachments
            found.failed += trial.failed
            return child
    return None


def _attach(part: Message, found: _Parts) -> None:
    name = _filename(part)
    try:
        payload = part.get_payload(decode=True)
    except (LookupError, ValueError, TypeError, AssertionError) as exc:
        found.failed.append((name, f"attachment cannot be decoded ({type(exc).__name__}: {exc})"))
        return
    found.attachments.append((name, payload if isinstance(payload, bytes) else b""))


def _filename(part: Message) -> str:
    try:
        return part.get_filename() or ""
    except (LookupError, ValueError, TypeError, IndexError):
        return ""


def _attach_message(part: Message, found: _Parts, notes: list[str]) -> None:
    """An attached message (message/rfc822, a digest's parts) as an .eml of its own."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else payload
    name = _filename(part)
    if isinstance(inner, Message):
        data = _message_bytes(inner, notes)
        name = name or f"{_header(inner, 'subject', notes) or 'message'}.eml"
    else:  # a message/* part the parser left as text (message/partial, a base64-encoded message/rfc822)
        decoded = part.get_payload(decode=True)
        data = decoded if isinstance(decoded, bytes) else b""
        name = name or "message.eml"
    if data:
        found.attachments.append((name, data))
    else:
        found.failed.append((name, "attached message cannot be read back (empty or not re-encodable)"))


def _message_bytes(message: object, notes: list[str]) -> bytes:
    if not isinstance(message, Message):
        return b""
    try:
        return message.as_bytes(policy=policy.default)
    except (LookupError, UnicodeError, ValueError) as exc:
        notes.append(f"attached message could not be re-encoded ({exc})")
        return b""


def _sender(value: str) -> tuple[str | None, str | None]:
    """(name, address) of a From: header; `From: foo` (no address at all) keeps "foo" as the name."""
    name, address = parseaddr(value)
    if "@" not in address:
        return (name or address or value.strip() or None), None
    return name or None, address.lower()


def native_message(message: Message) -> NativeMessage:
    notes = [f"MIME defect: {type(defect).__name__}" for defect in message.defects]
    sender_name, sender_address = _sender(_header(message, "from", notes) or "")
    date_text = _header(message, "date", notes)
    sent_at, local = parse_sent(date_text) if date_text else (None, None)
    parts = _Parts()
    _walk(message, parts, notes, body=True)
    return NativeMessage(
        sender_name=sender_name,
        sender_address=sender_address,
        recipients=address_list(_header(message, "to", notes)),
        cc=address_list(_header(message, "cc", notes)),
        sent_at=sent_at,
        sent_at_local=local,
        sent_at_text=date_text,
        subject=_header(message, "subject", notes),
        body="\n\n".join(parts.texts),
        header_message_id=_header(message, "message-id", notes),
        notes=notes,
        attachments=parts.attachments,
        failed_attachments=parts.failed,
    )


def parse_bytes(data: bytes) -> EmailMessage:
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def unwrapped(message: Message) -> Message:
    """The message inside a bare message/rfc822 wrapper (a file with no headers of its own but the
    wrapper's Content-Type), at any depth."""
    for _ in range(MAX_MIME_DEPTH):
        payload = message.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if message.get_content_type() != "message/rfc822" or message.get("from") or not isinstance(inner, Message):
            break
        message = inner
    return message


def ingest(source: Path | bytes, name: str) -> IngestedDocument:
    data = _message_bytes_of(source.read_bytes() if isinstance(source, Path) else source)
    try:
        message = unwrapped(parse_bytes(data))
        return render([native_message(message)], MEDIA_TYPE)
    except RecursionError:
        raise IngestError("email nested too deeply to read") from None


class EmailHandler(Handler):
    media_type = MEDIA_TYPE
    description = DESCRIPTION

    def score(self, head: bytes, name: str) -> int:
        return STRUCTURE_AT_START if matches(head, name) else NOT_THIS_FORMAT

    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        return ingest(source, name)
