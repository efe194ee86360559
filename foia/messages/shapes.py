"""Headers found by their shape, with no "From:" label: a sender and a date with a time, on one line
or on lines next to each other, then recipients and a subject, labelled with or without colons.

This is Gmail's print ("Name <addr>      Tue, Oct 2, 2018 at 10:20 AM" over "To:"), Outlook Web App's
(a sender line, a date line, "To:"), and Lotus Notes' memo print, whose "To", "cc", "bcc" and "Subject"
labels stand in a right-hand column beside the sender and date: a PDF's text layer joins the columns
("Terry Vance/IT/Lakeside To Quinn Hale/...", "03/12/2019 09:14 AM bcc", "Subject Re: export"), and OCR
may print the labels without their values. A line of prose never passes: the sender must read as a
name or an address, and at least one labelled field (two unlabelled ones) must follow."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from foia.messages.dates import DATE_TIME
from foia.messages.headers import Header, header_from_fields
from foia.messages.labels import Label, gap_is_blank, read_run
from foia.messages.lines import LineIndex
from foia.messages.senders import leading_sender, looks_like_sender

# A field label with no colon, as column layouts print them ("cc" as OCR reads it: "oc", "ce"; "bcc": "bec").
_BARE = re.compile(
    r"(?i:(?P<bcc>b ?[ce] ?[ce])|(?P<cc>[co0] ?[ce])|(?P<to>t ?[o0])|(?P<subject>s ?u ?b ?[jil1] ?e ?c ?[tl1]))"
    r"(?:[ \t]*[:;])?(?=[ \t]|$)"
)
_BARE_IN_LINE = re.compile(r"[ \t]+(?=" + _BARE.pattern + ")")
_PIECE_WIDTH = 200  # a right-hand column's piece of a line is short
_SHAPE_FIELDS = frozenset({"to", "cc", "bcc", "subject", "reply-to", "sent by", "attachments", "importance"})
_ABOVE_LINES = 4  # lines a sender may sit above its date (right-hand field lines between them)
_PAGE_BREAK_LINES = 6  # blank lines and page furniture that may stand between them too
_FOLLOWING_LINES = 12
# Text before a date is read back this far at most: a whitespace-collapsed print is one long line.
_BEFORE_WINDOW = 200
# A whitespace-collapsed (or wrapped) print runs the text before a header into its sender: the sender
# is the name (and address) after the last sentence end, "N messages" or number before the date.
_TRAILING_WIDTH = 120  # a name and an address
_TRAILING_SENDER = re.compile(
    r"(?:^|(?<=[.!?:;,)\"\d])\s+|(?<=\bmessages)\s+|(?<=\bmessage)\s+)"
    r"(?P<name>(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\.?(?:\s*<[^<>\s]+@[^<>\s]+>)?)\s*$"
)
_NOT_A_SENDER_BEFORE = re.compile(r"(?:[:;]|>>>|^(?i:on|at|sent|date))[ \t]*$")


@dataclass
class _Fields:
    values: dict[str, str] = field(default_factory=dict)
    end: int = 0
    bare: int = 0  # fields read with no colon


def _bare_field(match: re.Match[str]) -> str:
    return next(name for name in ("bcc", "cc", "to", "subject") if match[name])


def _read_piece(piece: str, fields: _Fields, continued: str = "") -> bool:
    """One right-hand column piece ("To Quinn Hale/...", "bcc", "Subject Re: x"), with the value's
    continuation from the lines below: False if it is none."""
    piece = piece.strip()
    if not piece:
        return True
    match = _BARE.match(piece)
    if match is None:
        return False
    name = _bare_field(match)
    fields.values[name] = f"{piece[match.end() :].strip()} {continued}".strip()
    fields.bare += 1
    return True


def _sender_on_line(text: str, lines: LineIndex, date: re.Match[str]) -> tuple[int, str] | None:
    """The sender printed before the date on its line ("Name <addr>   Tue, Oct 2, 2018 at 10:20 AM");
    in a whitespace-collapsed print, the name just before the date."""
    line = lines.line(date.start())
    window = max(line.content, date.start() - _BEFORE_WINDOW)
    before = text[window : date.start()]
    candidate = _trailing_sender(re.sub(r"\s+(?:on|at)?[ \t,]*$", "", before).strip(" \t*"))
    return None if candidate is None else (window + before.rfind(candidate), candidate)


def _trailing_sender(value: str) -> str | None:
    """The value if it reads as a sender, else the sender at its end (a collapsed or wrapped print)."""
    if looks_like_sender(value):
        return value
    if not value[-1:].isalpha() and not value.endswith((".", ">")):
        return None
    found = _TRAILING_SENDER.search(value, max(0, len(value) - _TRAILING_WIDTH))
    return found["name"] if found is not None and looks_like_sender(found["name"]) else None


def _split_column(value: str) -> tuple[str, str]:
    """A left-column sender and the right-hand field printed beside it on the same line."""
    match = _BARE_IN_LINE.search(value)
    return (value[: match.start()], value[match.end() :]) if match else (value, "")


def _continued(content: str) -> bool:
    """Whether a line ends a right-hand field whose value goes on to the next line ("To  A,")."""
    beside = content if _BARE.match(content) else _split_column(content)[1]
    return bool(beside) and beside.rstrip().endswith((",", ";"))


def _sender_above(text: str, lines: LineIndex, number: int, fields: _Fields) -> tuple[int, str] | None:
    """The sender on a line above the date, past right-hand field lines and "Sent by:"; the fields
    printed beside it are read into `fields`."""
    continued = ""
    read = 0
    for above in range(number - 1, max(number - 1 - _ABOVE_LINES - _PAGE_BREAK_LINES, -1), -1):
        content = lines.content(above)
        if not content or lines.furniture(content):
            continue  # a page break between the sender and the date
        read += 1
        if read > _ABOVE_LINES:
            return None
        if re.match(r"(?i:sent\s+by|please\s+respond\s+to)\b", content):
            continue
        if _BARE.match(content):
            _read_piece(content, fields, continued)
            continued = ""
            continue
        if above > 0 and _continued(lines.content(above - 1)):
            continued = f"{content} {continued}".strip()  # a recipient list wrapped in the right-hand column
            continue
        sender, beside = _split_column(content)
        if not _read_piece(beside, fields, continued):
            sender = ""
        start = lines[above].content
        if sender.strip().startswith("<") and above > 0 and lines.content(above - 1):
            name, beside = _split_column(lines.content(above - 1))  # the name above its address
            if _read_piece(beside, fields):
                sender, start = f"{name.strip()} {sender.strip()}", lines[above - 1].content
        # The column beside the sender may be unreadable ("TRosa ..."): the fields below may still tell.
        found = _trailing_sender(sender.strip()) or leading_sender(content)
        return None if found is None else (start + max(sender.rfind(found), 0), found)
    return None


def _bare_fields_below(text: str, lines: LineIndex, number: int, fields: _Fields) -> None:
    """Column fields on the lines after the date: "Subject Re: x", or a label alone with its value on
    the next line (Lotus Notes' stacked print)."""
    pending: str | None = None
    for following in range(number + 1, min(number + 1 + _FOLLOWING_LINES, len(lines))):
        content = lines.content(following)
        if not content or lines.furniture(content):
            pending = None
            continue
        match = _BARE.match(content)
        if match is not None and _bare_field(match) not in fields.values:
            name = _bare_field(match)
            value = content[match.end() :].strip()
            fields.values[name], fields.bare, fields.end = value, fields.bare + 1, lines[following].end
            pending = None if value else name
        elif pending is not None:
            fields.values[pending], fields.end, pending = content, lines[following].end, None
        else:
            return
        if fields.values.get("subject"):
            return


def _labelled_fields(text: str, lines: LineIndex, labels: list[Label], starts: list[int], after: int) -> _Fields | None:
    """Labelled fields right after the date ("To:", "Cc:"); None when a "From:" or date label is among
    them (a labelled header, read by foia.messages.headers)."""
    index = bisect.bisect_left(starts, after)
    if index == len(labels) or not gap_is_blank(lines, after, labels[index].start):
        return _Fields()
    run = read_run(text, lines, labels, index)
    if not run.fields.keys() <= _SHAPE_FIELDS:
        return None
    return _Fields(dict(run.fields), run.end)


def _shaped(text: str, lines: LineIndex, labels: list[Label], starts: list[int], date: re.Match[str]) -> Header | None:
    number = lines.index(date.start())
    line = lines[number]
    before = text[max(line.content, date.start() - _BEFORE_WINDOW) : date.start()]
    if _NOT_A_SENDER_BEFORE.search(before.strip()):
        return None
    fields = _Fields(end=date.end())
    if before.strip():
        found = _sender_on_line(text, lines, date)
    else:
        found = _sender_above(text, lines, number, fields)
    if found is None:
        return None
    labelled = _labelled_fields(text, lines, labels, starts, date.end())
    if labelled is None:
        return None
    if labelled.values:
        fields.values.update(labelled.values)
        fields.end = max(fields.end, labelled.end)
    elif line.end - date.end() <= _PIECE_WIDTH and _read_piece(text[date.end() : line.end], fields):
        fields.end = line.end
        _bare_fields_below(text, lines, number, fields)
    start, sender = found
    # Unlabelled fields need two of them, or one under a Lotus Notes name ("Name/OU/ORG") and its date.
    notes_name = "/" in sender and not before.strip()
    if not fields.values.keys() & {"to", "cc", "bcc", "subject"} or 0 < fields.bare < (1 if notes_name else 2):
        return None
    return header_from_fields(start, fields.end, "sender-date", sender, {**fields.values, "date": date[0]}, line.depth)


# A time of day: every header found by shape has one, and looking for it first is much faster than
# trying a whole date at every word of a long release.
_CLOCK = re.compile(r"[0-9Ol]?[0-9Ol] ?[:.)] ?[0-9Oo]{2}")
# How far before its time a date may begin ("Wednesday, September 12, 2018 at "), and run on after it.
_DATE_BEFORE_TIME = 50
_DATE_AFTER_TIME = 40


# A date's year (or "/yy", "-dd") just before the time: "2018 at 9:14", "3/5/18, 4:02", "2018-03-06T09:14".
_YEAR_BEFORE_TIME = re.compile(r"(?:[12][0-9O][0-9Ol]{2}|[/-][0-9]{2})(?:,?\s*(?:at\s+)?|T)$")


def dates_with_times(text: str) -> list[re.Match[str]]:
    """Every date printed with a time of day, in order."""
    dates: list[re.Match[str]] = []
    for clock in _CLOCK.finditer(text):
        if dates and clock.start() < dates[-1].end():
            continue
        if not _YEAR_BEFORE_TIME.search(text, max(0, clock.start() - 12), clock.start()):
            continue
        position, stop = max(0, clock.start() - _DATE_BEFORE_TIME), min(len(text), clock.end() + _DATE_AFTER_TIME)
        while (date := DATE_TIME.search(text, position, stop)) is not None and date.start() <= clock.start():
            if date["hour"] is not None and date.start("hour") == clock.start():
                dates.append(date)
                break
            position = date.end() if date.end() > position else position + 1
    return dates


def shaped_headers(text: str, lines: LineIndex, labels: list[Label]) -> list[Header]:
    starts = [label.start for label in labels]
    return [header for date in dates_with_times(text) if (header := _shaped(text, lines, labels, starts, date)) is not None]
