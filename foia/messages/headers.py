"""Message headers found in printed email text, one detector per layout seen in releases.

Each detector returns `Header`s: where the header starts, where its body begins, and the raw values.
Detectors read the original text (offsets must map back to pages), so they tolerate what OCR and
PDF text extraction do to it: garbled labels ("Frorn:"), labels run together on one line when the
whitespace was collapsed, and recipient lists wrapped over lines. Lotus Notes: foia.messages.lotus."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from foia.messages.dates import DATE_TIME

_LABEL_PATTERNS = {
    "sent by": r"Sent\s+by",
    "reply-to": r"Reply-To",
    "from": r"F\s?r\s?[o0c]\s?(?:m|rn|n)",
    "sent": r"S\s?[eo]\s?n\s?[tl1]",
    "date": r"D\s?a\s?[tl1]\s?e",
    "bcc": r"B\s?cc",
    "cc": r"[Cc]\s?[Cc]",
    "to": r"T\s?[o0]",
    "subject": r"S\s?u\s?b\s?[jiJl]\s?e\s?c\s?[tl1]",
    "attachments": r"Attachments?",
    "importance": r"Importance",
}
_LABEL = re.compile(
    r"(?:(?<=\s)|^)\*?(?P<label>"
    + "|".join(f"(?P<{key.replace(' ', '_').replace('-', '_')}>(?i:{pattern}))" for key, pattern in _LABEL_PATTERNS.items())
    + r")\*?[ \t]*[:;]\*?",
    re.M,
)
_RECIPIENT_FIELDS = {"to", "cc", "bcc"}
# A collapsed (one-line) header runs its subject into the body; a subject longer than this is cut.
_MAX_SUBJECT = 160
_MAX_SENDER = 160
_QUOTED_LINE = re.compile(r"^[ \t]*>")
# OCR often reads a blank line between header lines; more than this many line breaks ends the header.
_MAX_HEADER_GAP_LINES = 3
# A recipient list longer than this on one line is a collapsed print whose body follows on the line.
_COLLAPSED_LINE = 200
_RECIPIENT = re.compile(
    r"\s*(?:(?P<item>\"[^\"\n]{0,120}\"(?:\s*<[^<>\s]+>)?|<?[^\s,;\"<>]+@[^\s,;\"<>]+>?)\s*(?P<sep>[,;])?"
    r"|[^,;\"\n]{1,60}?\s*(?P<name_sep>[,;]))"
)


@dataclass
class Header:
    start: int  # offset of the header's first character
    end: int  # offset where the body begins
    layout: str  # outlook | gmail | wrote | lotus | portal
    sender: str
    sent_text: str | None = None
    to: str | None = None
    cc: str | None = None
    subject: str | None = None
    quoted: bool = False  # sits in a ">" quoted reply: never a message of its own


def _label_name(match: re.Match[str]) -> str:
    return next(key for key in _LABEL_PATTERNS if match[key.replace(" ", "_").replace("-", "_")])


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def is_quoted(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    return bool(_QUOTED_LINE.match(text, line_start))


def _value_end(text: str, field: str, value_start: int, next_label: int | None) -> int:
    """Where a field's value stops: the next label on its line, else the line end; a recipient
    list also takes the wrapped lines that follow it."""
    end = _line_end(text, value_start)
    if next_label is not None and next_label <= end:
        return next_label
    if field in _RECIPIENT_FIELDS:
        for _ in range(3):
            following_end = _line_end(text, end + 1)
            line = text[end + 1 : following_end]
            starts_label = next_label is not None and end + 1 <= next_label <= end + 1 + len(line) - len(line.lstrip())
            if end >= len(text) or not line.strip() or starts_label:
                break
            if not (line[:1].isspace() or "@" in line or line.rstrip().endswith((";", ","))):
                break
            end = following_end if next_label is None or next_label > following_end else next_label
    return end


def read_fields(text: str, labels: list[re.Match[str]], first: int) -> tuple[dict[str, str], int, int]:
    """Read consecutive labelled fields from labels[first]: (fields, offset after them, labels used)."""
    fields: dict[str, str] = {}
    index, cursor = first, labels[first].start()
    while index < len(labels):
        label = labels[index]
        name = _label_name(label)
        gap = text[cursor : label.start()]
        if index > first and (name == "from" or name in fields or gap.strip() or gap.count("\n") > _MAX_HEADER_GAP_LINES):
            break
        next_start = labels[index + 1].start() if index + 1 < len(labels) else None
        end = _value_end(text, name, label.end(), next_start)
        if name in _RECIPIENT_FIELDS and _line_end(text, label.end()) - label.end() > _COLLAPSED_LINE:
            end = label.end() + _recipient_prefix(text[label.end() : end])
        fields[name] = (fields.get(name, "") + " " + re.sub(r"\s+", " ", text[label.end() : end])).strip()
        cursor, index = end, index + 1
        if name == "subject" and len(fields[name]) > _MAX_SUBJECT:
            raw = text[label.end() : end]
            lead = len(raw) - len(raw.lstrip())
            cut = raw[lead : lead + _MAX_SUBJECT].rsplit(" ", 1)[0]
            fields[name] = re.sub(r"\s+", " ", cut).strip()
            cursor = label.end() + lead + len(cut)
            break
    return fields, cursor, index - first


def _recipient_prefix(value: str) -> int:
    """Length of the recipient list at the start of a collapsed line: quoted names and addresses, and
    bare names followed by a comma or semicolon; the body begins after the last of them."""
    position = 0
    while match := _RECIPIENT.match(value, position):
        position = match.end()
        if match["item"] and not match["sep"]:
            break
    return position


_PORTAL_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:[ ,]+[\w'’.-]+){0,6}(?: - [\w .-]+)?$")


def labelled_headers(text: str) -> list[Header]:
    """Outlook, forwarded and Lotus "From:/Sent:/To:/Subject:" blocks, and request-portal "From: Name"."""
    labels = list(_LABEL.finditer(text))
    headers = []
    index = 0
    while index < len(labels):
        label = labels[index]
        if _label_name(label) != "from":
            index += 1
            continue
        fields, end, used = read_fields(text, labels, index)
        dated = "sent" in fields or "date" in fields
        if dated and ({"to", "subject", "cc"} & fields.keys()) and len(fields["from"]) <= _MAX_SENDER:
            headers.append(
                Header(label.start(), end, "outlook", fields["from"], fields.get("sent") or fields.get("date"),
                       fields.get("to"), fields.get("cc"), fields.get("subject"), is_quoted(text, label.start()))
            )
            index += used
            continue
        if used == 1 and _portal_sender(text, label):
            line_end = _line_end(text, label.end())
            headers.append(Header(label.start(), line_end, "portal", fields["from"], quoted=is_quoted(text, label.start())))
        index += 1
    return headers


def _portal_sender(text: str, label: re.Match[str]) -> bool:
    """A request portal's "From: Name" stands alone on its line: a name, then a blank line."""
    line_start = text.rfind("\n", 0, label.start()) + 1
    line_end = _line_end(text, label.end())
    value = text[label.end() : line_end].strip()
    following = text[line_end + 1 : _line_end(text, line_end + 1)] if line_end < len(text) else "x"
    every_word_capitalised = all(word[:1].isupper() or not word[:1].isalpha() for word in value.split())
    return (
        not text[line_start : label.start()].strip()
        and bool(_PORTAL_NAME.match(value))
        and not value.endswith(".")
        and (not following.strip() or every_word_capitalised)  # PDF text often loses the blank line
    )


_GMAIL_DATE = re.compile(
    r"(?P<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2},\s*"
    r"\d{4}\s+at\s+[0-9Ol]{1,2}\s?[:.)]\s?[0-9Oo]{2}\s*[AP]M)(?:\s*\([^)\n]{1,30}\))?\s*(?:Reply-To:[^\n]*\s+)?(?=To\s*:)"
)
# Whitespace-collapsed prints run the page title into the sender: keep only the trailing name.
_MAX_GMAIL_SENDER = 80
_TRAILING_ADDRESSED = re.compile(r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\.?\s*<[^<>\s]+@[^<>\s]+>)\s*$")
_TRAILING_NAME = re.compile(r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\.?)\s*$")


def gmail_headers(text: str) -> list[Header]:
    """Gmail's print layout: sender name and address, then the date, then "To:" (no From: label)."""
    labels = list(_LABEL.finditer(text))
    label_starts = [label.start() for label in labels]
    headers = []
    for match in _GMAIL_DATE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        sender_start, sender = line_start, text[line_start : match.start()].strip()
        if not sender and line_start > 0:
            sender_start = text.rfind("\n", 0, line_start - 1) + 1
            sender = text[sender_start : line_start - 1].strip()
        if len(sender) > _MAX_GMAIL_SENDER or ("@" not in sender and re.search(r"\s{2,}|\bmessages?$", sender)):
            name = _TRAILING_ADDRESSED.search(sender) or _TRAILING_NAME.search(sender)
            if name is None:
                continue
            sender_start += text[sender_start : match.start()].rfind(name[1])
            sender = name[1]
        to_index = bisect.bisect_left(label_starts, match.end())
        if not sender or to_index == len(labels):
            continue
        fields, end, _ = read_fields(text, labels, to_index)
        headers.append(Header(sender_start, end, "gmail", sender, match["date"], fields.get("to"), fields.get("cc"),
                              fields.get("subject"), is_quoted(text, match.start())))
    return headers


_WROTE = re.compile(r"(?:(?<=\n)|^)(?P<prefix>[ \t>]*)On\s+(?P<inner>(?:(?!\n[ \t>]*\n)[^\n]|\n){10,250}?)\s+wrote\s*:", re.M)


def wrote_headers(text: str) -> list[Header]:
    """Reply introductions: "On Tue, Mar 6, 2018 at 9:14 AM, Name <addr> wrote:"."""
    headers = []
    for match in _WROTE.finditer(text):
        inner = re.sub(r"\n[ \t>]*", " ", match["inner"])
        date = DATE_TIME.match(inner)
        if date is None or date["hour"] is None:
            continue
        sender = inner[date.end() :].strip(" ,")
        if not sender:
            continue
        headers.append(Header(match.start() + len(match["prefix"]), match.end(), "wrote", sender, date[0],
                              quoted=">" in match["prefix"]))
    return headers
