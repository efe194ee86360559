"""Headers found by their shape, with no "From:" label: a sender and a date with a time, on one line
or on lines next to each other, then recipients and a subject, labelled with or without colons.

This is Gmail's print ("Name <addr>      Tue, Oct 2, 2018 at 10:20 AM" over "To:"), Outlook Web App's
(a sender line, a date line, "To:"), and Lotus Notes' memo print, whose "To", "cc", "bcc" and "Subject"
labels stand in a right-hand column beside the sender and date: a PDF's text layer joins the columns
("Terry Vance/IT/Lakeside To Quinn Hale/...", "03/12/2019 09:14 AM bcc", "Subject Re: export"), and OCR
may print the labels without their values. Notes prints a reply's history as a narrower table, which
wraps the sender over lines ("Name" / "<name@" / "domain>"), the time's AM/PM and the subject on to
the next line, and prints each value under its label. A photocopy adds specks that OCR reads as marks
or short "words" around the column labels (": cc", "‘To", "bcc :", "de ~ bcc"): they are skipped where
only a label may stand. A line of prose never passes: the sender must read as a name or an address,
the date's line must end in a label (or nothing), and at least one labelled field (two unlabelled
ones) must follow. Gmail's print also gives every message the thread's subject, printed once over
"N messages" (thread_subjects)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from foia.messages.dates import DATE_TIME
from foia.messages.headers import Header, header_from_fields
from foia.messages.labels import Label, gap_is_blank, read_run
from foia.messages.lines import OCR_MARKS, Line, LineIndex, without_marks
from foia.messages.senders import leading_sender, looks_like_sender, without_speck

# A field label with no colon, as column layouts print them ("cc" as OCR reads it: "oc", "ce"; "bcc": "bec").
_BARE = re.compile(
    r"(?i:(?P<bcc>b ?[ce] ?[ce])|(?P<cc>[co0] ?[ce])|(?P<to>t ?[o0])|(?P<subject>s ?u ?b ?[jil1] ?e ?c ?[tl1]))"
    r"(?:[ \t]*[:;.])?(?=[ \t]|$)"
)
# A label beside the left column's text, perhaps behind an OCR speck ("Brian Whitacre ‘To Dale ...").
_BARE_IN_LINE = re.compile(rf"[ \t]+(?:(?:{OCR_MARKS}){{1,3}}[ \t]+){{0,2}}(?:(?:{OCR_MARKS}){{1,2}})?(?=" + _BARE.pattern + ")")
# After a date, nothing but a right-hand label stands on its line: specks before it, whatever OCR made
# of them ("01/10/2018 01:18 PM  de ~ bcc"), are skipped.
_SPECKS_BEFORE_LABEL = re.compile(rf"[ \t]*(?:\S{{1,3}}[ \t]+){{1,2}}(?:(?:{OCR_MARKS}){{1,2}})?(?=" + _BARE.pattern + ")")
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
# OCR reads the gap between a Gmail sender and its date as a speck or two ("<addr> ee Thu, ...").
_NOISE_AFTER_ADDRESS = re.compile(rf"(?<=>)(?:[ \t]+(?:(?:{OCR_MARKS}){{1,3}}|[a-z]{{1,2}}|\d)){{1,4}}[ \t]*$")
_ONLY_MARKS = re.compile(rf"[ \t]*(?:(?:{OCR_MARKS}){{1,3}}[ \t]*)?")
# A time's AM or PM that a narrow column wrapped on to the next line ("03/12/2018 10:41" over "AM").
_MERIDIEM_FIRST = re.compile(r"[AaPp]\.?[ \t]?[Mm]\.?(?=[ \t]|$)")
_NOISE_WORD = 6  # OCR's reading of a speck or two as a "word"
_SPECK_WIDTH = 3  # a speck before a sender ("*", "3 ") belongs to the sender's line, not to the message above
# "Subject" behind a word or two of OCR noise on its line ("Seed * Subject Pilot briefing").
_SUBJECT_BEHIND_SPECKS = re.compile(r"(?:\S{1,5}[ \t]+){1,2}(?=(?i:s ?u ?b ?[jil1] ?e ?c ?[tl1])(?:[ \t]*[:;.])?(?:[ \t]|$))")
_WRAPPED_SENDER_LINES = 2  # lines above its last that a narrow column wraps a sender over
_WRAPPED_SUBJECT_LINES = 2  # and lines below its first that it wraps a subject over


@dataclass
class _Fields:
    values: dict[str, str] = field(default_factory=dict)
    end: int = 0
    bare: int = 0  # fields read with no colon
    meridiem_below: bool = False  # the date's AM/PM begins the line below it


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
    value = without_marks(f"{piece[match.end() :].strip()} {continued}".strip())
    if value or not fields.values.get(name):  # a value read from the line below stays
        fields.values[name] = value
    fields.bare += 1
    return True


def _sender_on_line(text: str, lines: LineIndex, date: re.Match[str]) -> tuple[int, str] | None:
    """The sender printed before the date on its line ("Name <addr>   Tue, Oct 2, 2018 at 10:20 AM");
    in a whitespace-collapsed print, the name just before the date."""
    line = lines.line(date.start())
    window = max(line.content, date.start() - _BEFORE_WINDOW)
    before = _NOISE_AFTER_ADDRESS.sub("", text[window : date.start()])
    candidate = _trailing_sender(re.sub(r"\s+(?:on|at)?[ \t,]*$", "", before).strip(" \t*"))
    return None if candidate is None else (window + before.rfind(candidate), candidate)


def _trailing_sender(value: str) -> str | None:
    """The value if it reads as a sender, else the sender at its end (a collapsed or wrapped print)."""
    if looks_like_sender(value):
        return value
    if looks_like_sender(unspecked := without_speck(value)):
        return unspecked
    if not value[-1:].isalpha() and not value.endswith((".", ">")):
        return None
    found = _TRAILING_SENDER.search(value, max(0, len(value) - _TRAILING_WIDTH))
    return found["name"] if found is not None and looks_like_sender(found["name"]) else None


def _split_column(value: str) -> tuple[str, str]:
    """A left-column sender and the right-hand field printed beside it on the same line."""
    match = _BARE_IN_LINE.search(value)
    return (value[: match.start()], value[match.end() :]) if match else (value, "")


def _after_specks(piece: str) -> str:
    """What follows a date on its line, from the label on, past OCR's specks before it."""
    specks = _SPECKS_BEFORE_LABEL.match(piece)
    return piece[specks.end() :] if specks else without_marks(piece)


_SPECKS = re.compile(r"[ \t]*(?:\S{1,3}[ \t]*){0,3}")


def _end_of_date(text: str, line: Line, date: re.Match[str]) -> int:
    """Where a date's line ends, when OCR's specks are all that follow the date on it ("3:05 PM’ . ety")."""
    rest = text[date.end() : min(line.end, date.end() + _PIECE_WIDTH)]
    return line.end if _SPECKS.fullmatch(rest) and not _BARE.match(without_marks(rest)) else date.end()


def _right_hand_row(left: str, beside: str) -> bool:
    """Whether a "cc" or "bcc" row's left column holds only what OCR made of its blank space ("aan  cc"):
    the sender is printed on the "To" row, and a piece of it on another row holds "@", "<" or "/"."""
    label = _BARE.match(beside.strip())
    if label is None or _bare_field(label) not in ("cc", "bcc"):
        return False
    words = left.split()
    return len(words) <= 1 and len(left.strip()) <= _NOISE_WORD and not re.search(r"[@</]", left)


def _label_alone(content: str) -> bool:
    """Whether a line ends with a right-hand label whose value is printed on the next line (a narrow
    Lotus Notes table: "necam.com>      To" over "Dale Fontenot/JCSO/JEFFCO@JEFFCO")."""
    piece = content if _BARE.match(content) else _split_column(content)[1]
    return bool(piece) and _BARE.fullmatch(piece.strip()) is not None


def _joined(first: str, second: str) -> str:
    """Two pieces of a sender a column wrapped: an address is broken without a space."""
    glued = first.endswith(("@", ".", "-", "_")) or second.startswith(("@", ".")) or first.count("<") > first.count(">")
    return f"{first}{second}" if glued else f"{first} {second}".strip()


def _wrapped_sender(lines: LineIndex, above: int, sender: str, fields: _Fields) -> tuple[int, str]:
    """The sender ending on line `above`, with the pieces of it the column wrapped on the lines above
    (the name over its address, or "Brian Whitacre" / "<brian.whitacre@" / "necam.com>")."""
    start = lines[above].content
    for previous in range(above - 1, max(above - 1 - _WRAPPED_SENDER_LINES, -1), -1):
        if looks_like_sender(sender) and not sender.startswith("<"):
            break
        content = without_marks(lines.content(previous))
        name, beside = _split_column(content)
        if not content or lines.furniture(content) or not _read_piece(beside, fields):
            break
        sender, start = _joined(name.strip(), sender), lines[previous].content
    return start, sender


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
        content = without_marks(lines.content(above))
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
        if above > 0 and (_continued(lines.content(above - 1)) or _label_alone(without_marks(lines.content(above - 1)))):
            continued = f"{content} {continued}".strip()  # a right-hand value wrapped, or printed under its label
            continue
        sender, beside = _split_column(content)
        if _right_hand_row(sender, beside):
            _read_piece(beside, fields, continued)
            continued = ""
            continue
        if not _read_piece(beside, fields, continued):
            sender = ""
        start, sender = _wrapped_sender(lines, above, sender.strip(), fields)
        # The column beside the sender may be unreadable ("TRosa ..."): the fields below may still tell.
        found = _trailing_sender(sender) or leading_sender(content)
        if found is None:
            return None
        offset = max(sender.rfind(found), 0)
        return start + (offset if len(sender[:offset].strip()) > _SPECK_WIDTH else 0), found
    return None


def _bare_fields_below(text: str, lines: LineIndex, number: int, fields: _Fields) -> None:
    """Column fields on the lines after the date: "Subject Re: x", or a label alone with its value on
    the next line (Lotus Notes' stacked print)."""
    pending = next((name for name, value in fields.values.items() if not value), None)
    for following in range(number + 1, min(number + 1 + _FOLLOWING_LINES, len(lines))):
        content = without_marks(lines.content(following))
        if following == number + 1 and fields.meridiem_below:
            content = _MERIDIEM_FIRST.sub("", content, count=1).strip()
        if not content or lines.furniture(content):
            pending = None
            continue
        if specks := _SUBJECT_BEHIND_SPECKS.match(content):
            content = content[specks.end() :]
        match = _BARE.match(content)
        if match is not None and _bare_field(match) not in fields.values:
            name = _bare_field(match)
            value = without_marks(content[match.end() :].strip())
            fields.values[name], fields.bare, fields.end = value, fields.bare + 1, lines[following].end
            pending = None if value else name
        elif pending is not None:
            fields.values[pending], fields.end = content, lines[following].end
            if pending == "subject":
                _wrapped_subject(lines, following, fields)
            pending = None
        else:
            return
        if fields.values.get("subject"):
            return


def _wrapped_subject(lines: LineIndex, first: int, fields: _Fields) -> None:
    """A subject printed under its label goes on over the next lines when a narrow column wrapped it:
    lines no wider than its first and indented as far (a text layer that drops blank lines runs the body
    on at the margin), up to a blank line."""
    width = len(fields.values["subject"])
    indent = lines[first].content - lines[first].start
    for following in range(first + 1, min(first + 1 + _WRAPPED_SUBJECT_LINES, len(lines))):
        content = without_marks(lines.content(following))
        if not content or len(content) > width or lines.furniture(content) or _BARE.match(content):
            return
        if lines[following].content - lines[following].start < indent:
            return
        fields.values["subject"] = f"{fields.values['subject']} {content}"
        fields.end = lines[following].end


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


def _fields_after_date(text: str, lines: LineIndex, labels: list[Label], starts: list[int], date: re.Match[str],
                       fields: _Fields) -> bool:
    """The fields printed after the date, labelled ("To:") or in a right-hand column ("bcc", then
    "Subject ..." below); False when the date's line runs on into prose, or a "From:" follows. A date
    wrapped over two lines ("10:20" over "AM") is read from the line it ends on."""
    number = lines.index(max(date.start(), date.end() - 1))
    line = lines[number]
    labelled = _labelled_fields(text, lines, labels, starts, _end_of_date(text, line, date))
    if labelled is None:
        return False
    rest = text[date.end() : min(line.end, date.end() + _PIECE_WIDTH + 1)]  # a long rest is prose: never read whole
    if labelled.values:
        fields.values.update(labelled.values)
        fields.end = max(fields.end, labelled.end)
        if lines.index(labelled.end) == number:  # a column label OCR gave a colon ("bcc :"): the column goes on below
            _bare_fields_below(text, lines, number, fields)
    elif line.end - date.end() <= _PIECE_WIDTH and (_read_piece(_after_specks(rest), fields) or _SPECKS.fullmatch(rest)):
        fields.end = line.end  # a right-hand label, or specks where OCR could not read it ("DGC")
        _bare_fields_below(text, lines, number, fields)
    elif rest.strip():
        return False  # "03/14/2019 04:52 PM the vendor called back": a date in prose
    return True


def _shaped(text: str, lines: LineIndex, labels: list[Label], starts: list[int], date: re.Match[str]) -> Header | None:
    number = lines.index(date.start())
    line = lines[number]
    before = _NOISE_AFTER_ADDRESS.sub("", text[max(line.content, date.start() - _BEFORE_WINDOW) : date.start()])
    if _ONLY_MARKS.fullmatch(before):
        before = ""
    if _NOT_A_SENDER_BEFORE.search(before.strip()):
        return None
    fields = _Fields(end=date.end())
    sent = date[0]
    if date["hour"] is not None and date["ampm"] is None and number + 1 < len(lines):
        meridiem = _MERIDIEM_FIRST.match(without_marks(lines.content(number + 1)))
        if meridiem is not None:
            sent, fields.meridiem_below = f"{sent} {meridiem[0]}", True
    found = _sender_on_line(text, lines, date) if before.strip() else _sender_above(text, lines, number, fields)
    if found is None:
        return None
    if not _fields_after_date(text, lines, labels, starts, date, fields):
        return None
    start, sender = found
    # Unlabelled fields need two of them, or one under a Lotus Notes name ("Name/OU/ORG") and its date.
    notes_name = "/" in sender and not before.strip()
    if not fields.values.keys() & {"to", "cc", "bcc", "subject"} or 0 < fields.bare < (1 if notes_name else 2):
        return None
    if "subject" not in fields.values and (heading := _heading_subject(text, lines, start)) is not None:
        fields.values["subject"] = heading
    return header_from_fields(start, fields.end, "sender-date", sender, {**fields.values, "date": sent}, line.depth)


_HEADING_WIDTH = 160


def _heading_subject(text: str, lines: LineIndex, sender_start: int) -> str | None:
    """Outlook Web prints the subject as the heading over a message's sender line, at most one blank line
    above it: at the top of the document, or under the app's banner ("Outlook") that starts each page."""
    number = lines.index(sender_start)
    above = number - 1
    if above >= 0 and not lines.content(above).strip():
        above -= 1
    if above < 0:
        return None
    banner = above - 1
    while banner >= 0 and not lines.content(banner).strip():
        banner -= 1
    if banner >= 0 and _APP_BANNER.fullmatch(lines.content(banner).strip().lstrip("\f")):
        pass  # "Outlook" over the heading: a page of an Outlook Web print
    elif any(lines.content(earlier).strip() for earlier in range(above)):
        return None
    heading = " ".join(lines.content(above).split())
    if not heading or len(heading) > _HEADING_WIDTH or _NOT_A_HEADING.search(heading) or lines.furniture(heading):
        return None
    return heading


_APP_BANNER = re.compile(r"(?:Microsoft\s+)?Outlook(?:\s+Web\s+App)?|Mail|Webmail")
_NOT_A_HEADING = re.compile(r"@|^(?i:from|to|sent|date|cc|subject)[ \t]*[:;]|\d{1,2}:\d{2}|^[-_=*~>\s]{2,}|[-_=*]{3,}\s*$"
                            r"|(?i:original\s+message|forwarded\s+message|begin\s+forwarded)")


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


# Gmail prints a thread's subject once, over "7 messages", and no subject in the messages' own headers.
_MESSAGE_COUNT = re.compile(r"^[ \t]*\d{1,4}[ \t]+messages?\b[ \t]*(?:\S{1,2}[ \t]*)?$", re.M)
_BANNER_WIDTH = 250
_NOT_A_SUBJECT = re.compile(r"@|^(?i:from|to|sent|date|cc|subject)[ \t]*[:;]")


def thread_subjects(text: str, lines: LineIndex) -> list[tuple[int, str]]:
    """(offset, subject) of each "subject over N messages" banner: the subject of every message printed
    after it by sender and date alone."""
    banners = []
    for count in _MESSAGE_COUNT.finditer(text):
        number = lines.index(count.start())
        above = next((n for n in range(number - 1, max(number - 3, -1), -1) if lines.content(n)), None)
        if above is None:
            continue
        subject = " ".join(lines.content(above).split())
        if len(subject) <= _BANNER_WIDTH and not lines.furniture(subject) and not _NOT_A_SUBJECT.search(subject):
            banners.append((count.end(), subject))
    return banners
