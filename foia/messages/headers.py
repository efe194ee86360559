"""Message headers printed with labels: Outlook, Exchange, Apple Mail, Thunderbird, GroupWise,
forwarded blocks and one-line (whitespace-collapsed) prints, in whatever order the client prints
its fields, and request-portal correspondence ("From: Agency" over the body).

A run of labelled fields is a header when it names a sender and says when the message was sent (a
"Sent:" field, or a date with a time) and prints recipients or a subject. An undated run is a memo's
header (part of the message it is pasted in, never a message of its own) unless it prints addresses
or reads as a portal message (see _classify). A records portal's message log stamps each entry with
its date on the line above the entry's "From:" ("6/16/2021 9:02:14 AM"): that is the header's date.
Other layouts, found by shape rather than labels: foia.messages.shapes (sender and date without a
"From:" label) and foia.messages.replies ("On ... wrote:")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from foia.messages.dates import DATE_TIME, parse_sent
from foia.messages.labels import DATE_FIELDS, Label, Run, read_run
from foia.messages.lines import OCR_MARKS, LineIndex, without_marks
from foia.messages.senders import MAX_SENDER, find_address, looks_like_sender


@dataclass
class Header:
    start: int  # offset of the header's first character
    end: int  # offset where the body begins
    layout: str  # labelled | sender-date | reply | portal
    sender: str
    sent_text: str | None = None
    to: str | None = None
    cc: str | None = None
    bcc: str | None = None
    subject: str | None = None
    attachments: str | None = None
    depth: int = 0  # ">" quote depth of the header's first line
    body_depth: int = 0  # quote depth of its body (a reply introduction's is usually one deeper)


def header_from_fields(start: int, end: int, layout: str, sender: str, fields: dict[str, str], depth: int) -> Header:
    date = next((fields[field] for field in DATE_FIELDS if fields.get(field)), None)
    return Header(start, end, layout, sender, date, fields.get("to"), fields.get("cc"), fields.get("bcc"),
                  fields.get("subject"), fields.get("attachments"), depth, depth)


def _timed(fields: dict[str, str]) -> bool:
    return any(parse_sent(fields[field])[1] is not None for field in DATE_FIELDS if fields.get(field))


def _classify(fields: dict[str, str], lines: LineIndex, start: int) -> str | None:
    """"email", "portal" (an undated letter or portal message) or None (a memo's header, or prose).
    Without a time or a "Sent:" field, a header with addresses is still an email's; one without is a
    memo's when it has a "Re:" field, starts with "To:" or "Date:" rather than "From:", or sits under a
    "MEMORANDUM" title; else it is a portal's or a letter's."""
    if "from" not in fields or "re" in fields or len(fields["from"]) > MAX_SENDER:
        return None
    if ({"to", "cc", "bcc", "subject"} & fields.keys()) and ("sent" in fields or _timed(fields)):
        return "email"
    if not fields["from"] or not looks_like_sender(fields["from"]):
        return None
    if "to" in fields and any(find_address(fields.get(field, "")) for field in ("from", "to", "cc")):
        return "email"
    if next(iter(fields)) != "from" or _under_memo_title(lines, start):
        return None
    return "portal" if len(fields) > 1 and fields.keys() <= {"from", "to", "cc", "subject", "date"} else None


_MEMO_TITLE = re.compile(r"(?i:(?:inter-?office\s+|office\s+)?memo(?:randum)?)\b")
_MEMO_TITLE_LINES = 3


def _under_memo_title(lines: LineIndex, start: int) -> bool:
    number = lines.index(start)
    above = [lines.content(n) for n in range(max(0, number - _MEMO_TITLE_LINES), number)]
    return any(_MEMO_TITLE.match(line) for line in above if line)


_STACK_LIMIT = 8


def _unstack(text: str, lines: LineIndex, run: Run) -> dict[str, str]:
    """OCR of a two-column header can print every label on a line of its own, then every value: pair
    them again (the sender first, the date the first value that reads as one, the rest in order)."""
    number = lines.index(run.end)
    if not lines.blank_to_line_end(run.end):
        return run.fields
    values: list[str] = []
    for following in range(number + 1, min(number + 1 + _STACK_LIMIT, len(lines))):
        value = lines.content(following)
        if not value:
            break
        values.append(value)
    fields = list(run.fields)
    if len(values) < 2:
        return run.fields
    if len(values) == len(fields):
        return dict(zip(fields, values, strict=True))
    paired = {field: "" for field in fields}
    paired["from"] = values[0]
    date = next((value for value in values[1:] if parse_sent(value)[1] is not None), None)
    for field in DATE_FIELDS:
        if field in paired and date is not None:
            paired[field] = date
            break
    return paired


def _sender_above(text: str, lines: LineIndex, start: int) -> tuple[int, str] | None:
    """The unlabelled sender line just above a run that prints a date but no "From:" (Outlook Web
    App's layout, or a "From:" label OCR lost)."""
    number = lines.index(start)
    if text[lines[number].content : start].strip():
        return None
    for above in range(number - 1, max(number - 3, -1), -1):
        value = lines.content(above)
        if not value:
            continue
        return (lines[above].content, value) if looks_like_sender(value) else None
    return None


# A date alone on its line (OCR may add a speck of punctuation after it).
_DATE_LINE = re.compile(
    rf"[ \t]*(?:(?:{OCR_MARKS}){{1,3}}[ \t]+)?(?:(?i:date|sent)[ \t]*[:;.]?[ \t]*)?(?P<date>{DATE_TIME.pattern})[ \t]*"
    rf"(?:(?:{OCR_MARKS}){{1,3}}[ \t]*)?$"
)
_DATE_LINE_WIDTH = 120
_SPECKS_WIDTH = 6  # what OCR may put before a header's first label ("; From:")


def _date_on_line(text: str, lines: LineIndex, number: int) -> str | None:
    line = lines[number]
    if line.end - line.content >= _DATE_LINE_WIDTH:
        return None
    match = _DATE_LINE.match(text, line.content, line.end)
    return match["date"] if match else None


def _date_line(text: str, lines: LineIndex, end: int) -> tuple[str, int] | None:
    """A date on a line of its own right after a portal message's "From:" (and "Subject:") lines."""
    number = lines.index(end)
    if not lines.blank_to_line_end(end) or number + 1 >= len(lines):
        return None
    date = _date_on_line(text, lines, number + 1)
    return (date, lines[number + 1].end) if date else None


def _date_above(text: str, lines: LineIndex, start: int) -> tuple[str, int] | None:
    """A date with a time on the line right above an undated header: a records portal's message
    history stamps each entry so ("6/16/2021 9:02:14 AM" over "From: ..."). The header starts there."""
    number = lines.index(start)
    if number == 0 or start - lines[number].content > _SPECKS_WIDTH or without_marks(text[lines[number].content : start]):
        return None
    date = _date_on_line(text, lines, number - 1)
    if date is None or parse_sent(date)[1] is None:
        return None
    return date, lines[number - 1].content


def _dated(text: str, lines: LineIndex, header: Header) -> Header:
    if header.sent_text is None and (above := _date_above(text, lines, header.start)):
        header.sent_text, header.start = above
    return header


def _portal(text: str, lines: LineIndex, start: int, end: int, fields: dict[str, str]) -> Header:
    fields = dict(fields)
    if not fields.get("date") and (dated := _date_line(text, lines, end)):
        fields["date"], end = dated
    return _dated(text, lines, header_from_fields(start, end, "portal", fields["from"], fields, lines.depth_at(start)))


def _run_header(text: str, lines: LineIndex, run: Run) -> Header | None:
    fields = run.fields
    depth = lines.depth_at(run.start)
    if "from" in fields and not any(fields.values()) and len(fields) >= 3:
        fields = _unstack(text, lines, run)
    kind = _classify(fields, lines, run.start)
    if kind == "portal":
        return _portal(text, lines, run.start, run.end, fields)
    if kind == "email":
        return _dated(text, lines, header_from_fields(run.start, run.end, "labelled", fields["from"], fields, depth))
    if "from" not in fields and _timed(fields) and {"to", "subject"} & fields.keys():
        above = _sender_above(text, lines, run.start)
        if above is not None:
            return header_from_fields(above[0], run.end, "labelled", above[1], fields, depth)
    return None


_PORTAL_LINE = 200
_PORTAL_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:[ ,]+[\w'’.&-]+){0,6}(?: - [\w .&-]+)?$")


def _portal_sender(text: str, lines: LineIndex, label: Label) -> bool:
    """A request portal's "From: Name" stands alone on its line, a name with nothing after it."""
    number = lines.index(label.start)
    line = lines[number]
    if line.end - label.end > _PORTAL_LINE:
        return False
    value = text[label.end : line.end].strip()
    return line.content == label.start and bool(_PORTAL_NAME.match(value)) and looks_like_sender(value)


def labelled_headers(text: str, lines: LineIndex, labels: list[Label]) -> list[Header]:
    """Headers whose fields are labelled, and portal "From: Name" lines."""
    headers = []
    index = 0
    while index < len(labels):
        run = read_run(text, lines, labels, index)
        if run.repeated and labels[index + run.used].field not in ("from", labels[index + 1].field):
            # A field printed twice around one sender: the first label belongs to the text above the header.
            later = read_run(text, lines, labels, index + 1)
            if later.end >= run.end and _run_header(text, lines, later) is not None:
                index += 1
                continue
        header = _run_header(text, lines, run)
        if header is None and run.used == 1 and labels[index].field == "from" and _portal_sender(text, lines, labels[index]):
            header = _portal(text, lines, labels[index].start, lines.line(labels[index].start).end, run.fields)
        if header is not None:
            headers.append(header)
        index += run.used
    return headers
