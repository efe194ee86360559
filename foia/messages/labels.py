"""Header field labels ("From:", "Sent:", "Subject:" ...) and their values, as printed and as OCR
damages them ("Frorn:", "Sen t:", "Subiect:", "oc:" for "cc:", "Sent." for "Sent:").

A label is a field name followed by a colon (or a semicolon, which OCR reads for one). A period stands
for the colon only at the start of a line, and the memo label "Re:" counts only there too, so a subject
"RE: pricing" is never read as a label. Column layouts print labels with no colon at all ("To", "cc",
"Subject" beside their values): those bare labels are read only inside a header found by its shape
(foia.messages.shapes), never in running text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from foia.messages.dates import DATE_TIME
from foia.messages.lines import OCR_MARKS, LineIndex, without_marks

_FIELD_PATTERNS = {
    "sent by": r"Sent\s+by",
    "reply-to": r"Reply[ -]?To",
    "from": r"F ?[ri] ?[o0c] ?(?:m|rn|n)",
    "sent": r"S ?[eoc] ?n ?[tli1]",
    "date": r"D ?a ?[tl1] ?e",
    "bcc": r"B ?[ce] ?[ce]",
    "cc": r"[cog0] ?[ce]",
    "to": r"T ?[o0]",
    "subject": r"S ?u ?b ?[jiJl1] ?e ?c ?[tl1]|Subj",
    "re": r"R ?e",
    "attachments": r"Attachments?",
    "importance": r"Importance|Priority|Sensitivity|Categories",
}
_GROUPS = {field: field.replace(" ", "_").replace("-", "_") for field in _FIELD_PATTERNS}
_FIELDS = {group: field for field, group in _GROUPS.items()}
# The field's group is the last one the pattern closes, so `lastgroup` names it.
_LABEL = re.compile(
    r"(?:(?<=[\s>*|'‘’`\"“”_])|^)\*?(?:"
    + "|".join(f"(?P<{_GROUPS[field]}>(?i:{pattern}))" for field, pattern in _FIELD_PATTERNS.items())
    + r")\*?[ \t]*[:;.]",
    re.M,
)
# OCR drops the colon after "Sent" and "Date" as often as any: at the start of a line and before a
# date with a time, the word is the label.
_COLONLESS_DATE_LABEL = re.compile(r"^[ \t>]*(?P<label>(?i:S ?[eoc] ?n ?[tli1]|D ?a ?[tl1] ?e))[ \t]+(?=\S)", re.M)
RECIPIENT_FIELDS = frozenset({"to", "cc", "bcc"})
# Fields that say when a message was sent: a header has one of them.
DATE_FIELDS = ("sent", "date")
# A collapsed (one-line) header runs its subject into the body; a subject longer than this is cut.
MAX_SUBJECT = 160
# A recipient list longer than this on one line is a collapsed print whose body follows on the line.
_COLLAPSED_LINE = 200
# OCR often reads a blank line between header lines; more blank lines than this end a header.
MAX_GAP_LINES = 3
_RECIPIENT = re.compile(
    r"\s*(?:(?P<item>\"[^\"\n]{0,120}\"(?:\s*<[^<>\s]+>)?|<?[^\s,;\"<>]+@[^\s,;\"<>]+>?)\s*(?P<sep>[,;])?"
    r"|[^,;\"\n]{1,60}?\s*(?P<name_sep>[,;]))"
)


@dataclass(frozen=True, slots=True)
class Label:
    start: int
    end: int  # where its value begins
    field: str


def find_labels(text: str, lines: LineIndex) -> list[Label]:
    labels = []
    for match in _LABEL.finditer(text):
        field = _FIELDS[match.lastgroup or ""]
        if (text[match.end() - 1] == "." or field == "re") and lines.line(match.start()).content != match.start():
            continue  # "Sent." and "Re:" are labels only at the start of a line
        labels.append(Label(match.start(), match.end(), field))
    for match in _COLONLESS_DATE_LABEL.finditer(text):
        date = DATE_TIME.match(text, match.end(), min(len(text), match.end() + 200))
        if date is not None and date["hour"] is not None:
            field = "sent" if match["label"][:1] in "Ss" else "date"
            labels.append(Label(match.start("label"), match.end(), field))
    return sorted(labels, key=lambda label: label.start) if labels else labels


def _wraps(field: str, value: str, line: str) -> bool:
    """Whether the next line continues a value: a recipient list, an address left open, or a date
    whose time went on to the next line."""
    if field in RECIPIENT_FIELDS:
        return line[:1].isspace() or "@" in line or value.rstrip().endswith((";", ","))
    if field in DATE_FIELDS:
        return bool(_TIME_FIRST.match(line)) and not _TIME_IN.search(value)
    return field == "from" and value.count("<") > value.count(">")


_TIME_FIRST = re.compile(r"[ \t>]*\d{1,2}\s?[:.]\s?\d{2}\b")
_TIME_IN = re.compile(r"\d\s?[:.)]\s?\d{2}\b")


def value_end(text: str, lines: LineIndex, field: str, value_start: int, next_label: int | None) -> int:
    """Where a field's value stops: the next label on its line, else the line end; a recipient list
    (or a sender whose address wrapped) also takes the lines that continue it."""
    end = lines.line(value_start).end
    if next_label is not None and next_label <= end:
        return next_label
    for _ in range(3):
        if end >= len(text):
            break
        following_end = lines.line(end + 1).end
        line = text[end + 1 : following_end]
        starts_label = next_label is not None and end + 1 <= next_label <= end + 1 + len(line) - len(line.lstrip(" \t>"))
        if not line.strip() or starts_label or not _wraps(field, text[value_start:end], line):
            break
        end = following_end if next_label is None or next_label > following_end else next_label
    return end


def recipient_prefix(value: str) -> int:
    """Length of the recipient list at the start of a collapsed line: quoted names and addresses, and
    bare names followed by a comma or semicolon; the body begins after the last of them."""
    position = 0
    while match := _RECIPIENT.match(value, position):
        position = match.end()
        if match["item"] and not match["sep"]:
            break
    return position


def gap_is_blank(lines: LineIndex, start: int, end: int) -> bool:
    """Whether only blank lines, quote markers and page furniture (a footer, a Bates stamp, the next
    page's header: a header split by a page break) separate two parts of one header."""
    gap = lines.text[start:end]
    if not gap.strip(" \t\n>") or _MARK_BEFORE_LABEL.fullmatch(gap):
        return gap.count("\n") <= MAX_GAP_LINES
    pieces = gap.split("\n")
    if len(pieces) > 2 * MAX_GAP_LINES + 4 or pieces[0].strip(" \t>") or pieces[-1].strip(" \t>"):
        return False
    middle = [piece for piece in pieces[1:-1] if piece.strip(" \t>")]
    blank = len(pieces) - 2 - len(middle)
    return blank <= MAX_GAP_LINES and all(lines.furniture(piece) or _RULE.fullmatch(piece.strip()) for piece in middle)


_RULE = re.compile(r"[_=-]{5,}")
# OCR's specks between two fields: after a value ("7:15 AM :"), before a label ("‘Date:", "A Subject:").
_MARK_BEFORE_LABEL = re.compile(rf"[ \t\n>]*(?:(?:{OCR_MARKS}){{1,3}}[ \t\n>]*){{1,2}}|[ \t>]*\n[ \t>]*\w{{1,2}}[ \t]+")
_PAGE_TOP_LINES = 4
_PAGE_TOP_WIDTH = 60
_NOISE_WIDTH = 30


def page_break_between(lines: LineIndex, start: int, end: int) -> bool:
    """Whether a page break (a footer or a rule among the lines) separates two parts of one header,
    with the next page's running title ("Reyes, Dana": the mailbox printed) among them."""
    pieces = [piece.strip(" \t>") for piece in lines.text[start:end].split("\n")]
    if len(pieces) < 3 or pieces[0] or pieces[-1]:
        return False
    middle = [piece for piece in pieces[1:-1] if piece]
    marks = [piece for piece in middle if lines.furniture(piece) or _RULE.fullmatch(piece)]
    titles = [piece for piece in middle if piece not in marks]
    if not marks:  # OCR may read the rule and the stamps as a short line of noise ("nn ann nn")
        return len(middle) <= 2 and all(len(piece) <= _NOISE_WIDTH and not _LABEL.search(piece) for piece in middle)
    return len(middle) <= _PAGE_TOP_LINES and all(len(piece) <= _PAGE_TOP_WIDTH for piece in titles)


@dataclass
class Run:
    """Labelled fields printed one after another: a header's, or a memo's, or prose's."""

    start: int
    end: int  # after the last value
    fields: dict[str, str]
    used: int  # labels read
    repeated: bool = False  # ended by a field seen twice (the next header, or a label from the text above)


def _subject_cut(text: str, label: Label, end: int) -> tuple[str, int]:
    """A collapsed print runs the subject on into the body: keep its first MAX_SUBJECT characters."""
    raw = text[label.end : end]
    lead = len(raw) - len(raw.lstrip())
    cut = raw[lead : lead + MAX_SUBJECT].rsplit(" ", 1)[0]
    return re.sub(r"\s+", " ", cut).strip(), label.end + lead + len(cut)


def _value(text: str, label: Label, end: int) -> str:
    return without_marks(re.sub(r"\s+", " ", re.sub(r"\n[ \t]*>[ \t>]*", "\n", text[label.end : end])).strip())


def read_run(text: str, lines: LineIndex, labels: list[Label], first: int) -> Run:
    """The fields printed one after another from labels[first], in any order."""
    fields: dict[str, str] = {}
    index, cursor = first, labels[first].start
    repeated = False
    while index < len(labels):
        label = labels[index]
        if index > first:
            incomplete = not fields.keys() & {"to", "cc", "bcc", "subject"}
            torn = incomplete and page_break_between(lines, cursor, label.start)
            if not gap_is_blank(lines, cursor, label.start) and not torn:
                break
            if label.field in fields:
                repeated = True
                break
        next_start = labels[index + 1].start if index + 1 < len(labels) else None
        end = value_end(text, lines, label.field, label.end, next_start)
        if label.field in RECIPIENT_FIELDS and lines.line(label.end).end - label.end > _COLLAPSED_LINE:
            end = label.end + recipient_prefix(text[label.end : end])
        fields[label.field] = _value(text, label, end)
        cursor, index = end, index + 1
        if label.field == "subject" and len(fields["subject"]) > MAX_SUBJECT:
            fields["subject"], cursor = _subject_cut(text, label, end)
            break
    return Run(labels[first].start, cursor, fields, index - first, repeated)
