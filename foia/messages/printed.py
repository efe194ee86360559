"""Split printed email threads (PDF text, often OCR'd) into one message each.

Every layout's headers are found (foia.messages.headers); a header inside a ">" quote, or one that
repeats a message already found earlier in the document (same sender, same minute, and the same
subject and first words where both print them: a quoted copy), never becomes a message of its own,
so quoted chains give no phantom messages; the copy's place is kept on the message it repeats. A body
runs to the next header and loses what is not the message's own words: separators, Bates footers,
page furniture and the quoted tail that repeats an earlier message."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re

from foia.messages import SplitMessage
from foia.messages.dates import parse_sent
from foia.messages.fingerprint import name_words, normalised_subject
from foia.messages.headers import Header, gmail_headers, labelled_headers, wrote_headers
from foia.messages.lotus import lotus_headers
from foia.messages.senders import split_sender

__all__ = ["split_printed_thread", "split_sender"]

ALIKE_RATIO = 0.85
# A one-line (collapsed) header's subject runs on into the body until the splitter cuts it at 160
# characters; real subjects are seldom this long.
RUN_ON_SUBJECT = 100
OPENING_WORDS = 25

_SEPARATOR = re.compile(r"^[ \t>]*(?:-{2,}|_{5,})\s*(?:(?:Original Message|Forwarded message|Forwarded by[^\n]*)\s*-*)?[ \t]*$", re.I)
_PAGE_FURNITURE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z0-9]{1,11}[ _-]?\d{4,10}|Page \d+ of \d+|\d+\s*/\s*\d+|https?://mail\.google\.com\S*(?:\s+\d+/\d+)?"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:)]\d{2}\s*[AP]M)[ \t]*$"
)


def _detect(text: str) -> list[Header]:
    found = labelled_headers(text) + gmail_headers(text) + lotus_headers(text) + wrote_headers(text)
    found.sort(key=lambda header: (header.start, -header.end))
    headers: list[Header] = []
    for header in found:
        if headers and header.start < headers[-1].end:
            continue  # the same header seen by a second detector
        headers.append(header)
    return headers


def _same_sender(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    if a[1] and b[1]:
        return a[1] == b[1]
    return bool(name_words(a[0])) and name_words(a[0]) == name_words(b[0])


def _minute(local: dt.datetime | None) -> dt.datetime | None:
    return local.replace(second=0, microsecond=0) if local else None


@functools.lru_cache(maxsize=4096)
def _numbers(text: str) -> tuple[str, ...]:
    """A thread compares each subject with every other sent the same minute: worth remembering."""
    return tuple(re.findall(r"\d+", text))


def _alike(first: str, second: str) -> bool:
    """The same words but for a few characters of OCR damage; numbers must match exactly ("Invoice 7"
    and "Invoice 8" are two messages)."""
    if _numbers(first) != _numbers(second):
        return False
    return first == second or difflib.SequenceMatcher(None, first, second, autojunk=False).ratio() >= ALIKE_RATIO


def _same_subject(first: str, second: str) -> bool:
    """Subjects (normalised: no reply prefixes, one case) that may belong to one message: either
    missing, or alike."""
    if not first or not second or first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    if len(longer) >= RUN_ON_SUBJECT and longer.startswith(shorter):  # a collapsed header ran on into its body
        return True
    if len(shorter) * (2 - ALIKE_RATIO) < ALIKE_RATIO * len(longer):
        return False  # lengths too far apart for difflib's ratio (2 x matches / total length) to reach it
    return _alike(first, second)


def _opening(text: str) -> str:
    """A body's first words, for telling a quoted copy from another message sent the same minute."""
    return " ".join(re.findall(r"\w+", text[: OPENING_WORDS * 40].casefold())[:OPENING_WORDS])


def _same_opening(a: str, b: str) -> bool:
    if not a or not b:
        return True
    shorter = min(len(a), len(b))  # a copy cut short by the end of a page or the next header
    return _alike(a[:shorter], b[:shorter])


def _clean_body(raw: str, dequote: bool) -> str:
    lines = raw.split("\n")
    if dequote:
        lines = [re.sub(r"^[ \t]*> ?", "", line) for line in lines]
        inner = _detect("\n".join(lines))
        if inner:  # an older message quoted inside the quote: not this message's words
            lines = "\n".join(lines)[: inner[0].start].split("\n")
        deeper = next((i for i, line in enumerate(lines) if line.lstrip().startswith(">")), len(lines))
        lines = lines[:deeper]
        if lines and lines[-1].rstrip().endswith("wrote:"):  # the "On ... wrote:" before the deeper quote
            intro_end = lines.pop()
            if not intro_end.lstrip().startswith("On ") and lines and lines[-1].lstrip().startswith("On "):
                lines.pop()  # its first line, when the intro wrapped
    kept = [line for line in lines if not _PAGE_FURNITURE.match(line)]
    while kept and (not kept[-1].strip() or _SEPARATOR.match(kept[-1])):
        kept.pop()
    if not dequote:
        while kept and kept[-1].lstrip().startswith(">"):
            kept.pop()  # a quoted tail repeating an earlier message
        while kept and (not kept[-1].strip() or _SEPARATOR.match(kept[-1])):
            kept.pop()
    return "\n".join(kept).strip()


def split_printed_thread(text: str) -> list[SplitMessage]:
    headers = [header for header in _detect(text) if not header.quoted]
    parsed = []
    # Messages found so far, by the minute they were sent: (sender, subject, opening words, header index).
    seen: dict[dt.datetime, list[tuple[tuple[str | None, str | None], str, str, int]]] = {}
    for index, header in enumerate(headers):
        sender = split_sender(header.sender)
        sent_at, local = parse_sent(header.sent_text) if header.sent_text else (None, None)
        minute = _minute(local)
        repeat_of = None
        if minute is not None:
            subject = normalised_subject(header.subject)
            opening = _opening(text[header.end : headers[index + 1].start if index + 1 < len(headers) else len(text)])
            same_minute = seen.setdefault(minute, [])
            repeat_of = next((first for earlier, earlier_subject, earlier_opening, first in same_minute
                              if _same_sender(earlier, sender) and _same_subject(earlier_subject, subject)
                              and _same_opening(earlier_opening, opening)), None)
            if repeat_of is None:
                same_minute.append((sender, subject, opening, index))
        parsed.append((header, sender, sent_at, local, repeat_of))
    messages: list[SplitMessage] = []
    by_header: dict[int, SplitMessage] = {}
    for index, (header, (name, address), sent_at, local, repeat_of) in enumerate(parsed):
        end = parsed[index + 1][0].start if index + 1 < len(parsed) else len(text)
        if repeat_of is not None:
            by_header[repeat_of].copies.append((header.start, end))
            continue
        by_header[index] = SplitMessage(
            position=len(messages),
            char_start=header.start,
            char_end=end,
            sender_name=name,
            sender_address=address,
            recipients=header.to or None,
            cc=header.cc or None,
            sent_at=sent_at,
            sent_at_local=local,
            sent_at_text=header.sent_text,
            subject=header.subject or None,
            body=_clean_body(text[header.end : end], dequote=header.layout == "wrote"),
            kind="printed",
        )
        messages.append(by_header[index])
    return messages
