"""Split printed email threads (PDF text, often OCR'd) into one message each.

Headers are found by shape (foia.messages.headers, shapes, replies). A header starts a message when
it is not quoted, or when it introduces a reply ("On ... wrote:", at any quote depth): the quoted text
after it is that sender's words. Any other header inside a quote is part of the quoted text, never a
message of its own, and a memo's header is part of the message it is pasted in.
A message runs to the next message's header; its body loses what is not its sender's words:
separators, page furniture, deeper quotes and a quoted tail. A header that prints a message the
document already holds (foia.messages.copies) is a copy: it is linked to that message's own print
(the fullest, when there are several), so its facts are read once, and a reply runs on over the
quoted copies under it. A quote of a message the document prints nowhere else (a reply quoted two
levels deep, say) is kept: a message of kind "quoted", whose words are known from that quote only."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from foia.messages import SplitMessage
from foia.messages.copies import Occurrence, group_copies, original_of
from foia.messages.dates import parse_sent
from foia.messages.fingerprint import name_words
from foia.messages.headers import Header, labelled_headers
from foia.messages.labels import find_labels
from foia.messages.lines import LineIndex, is_separator, without_marks
from foia.messages.replies import reply_headers
from foia.messages.senders import is_redacted, named_addresses, split_sender
from foia.messages.shapes import shaped_headers, thread_subjects

__all__ = ["find_headers", "split_printed_thread", "split_sender"]


def _accept(accepted: list[Header], starts: list[int], header: Header) -> None:
    """Keep a header unless it overlaps one kept already (found first by a stronger reading)."""
    index = bisect.bisect_right(starts, header.start)
    if index > 0 and accepted[index - 1].end > header.start:
        return
    if index < len(accepted) and header.end > accepted[index].start:
        return
    accepted.insert(index, header)
    starts.insert(index, header.start)


def find_headers(text: str) -> tuple[LineIndex, list[Header]]:
    """Every header in the text, quoted or not, in order. Where two readings overlap, labelled fields
    win over a reply introduction, which wins over a header found by shape, then a portal line."""
    lines = LineIndex(text)
    labels = find_labels(text, lines)
    labelled = labelled_headers(text, lines, labels)
    ranked = [
        [header for header in labelled if header.layout != "portal"],
        reply_headers(text, lines),
        shaped_headers(text, lines, labels),
        [header for header in labelled if header.layout == "portal"],
    ]
    accepted: list[Header] = []
    starts: list[int] = []
    for headers in ranked:
        for header in headers:
            _accept(accepted, starts, header)
    _subjects_from_banners(text, lines, accepted)
    return lines, accepted


def _subjects_from_banners(text: str, lines: LineIndex, headers: list[Header]) -> None:
    """A Gmail print's thread subject (its "N messages" banner) is the subject of each message printed
    after it with no subject of its own."""
    banners = thread_subjects(text, lines)
    if not banners:
        return
    offsets = [offset for offset, _ in banners]
    for header in headers:
        banner = bisect.bisect_right(offsets, header.start) - 1
        if banner >= 0 and header.layout == "sender-date" and header.subject is None:
            header.subject = banners[banner][1]


def _starts_message(header: Header) -> bool:
    return header.depth == 0 or header.layout == "reply"


def _quoted_lines(lines: LineIndex, start: int, end: int, depth: int) -> list[str]:
    """A quoted reply's own lines: those at its depth, unquoted, up to a deeper quote (older text)
    or the end of the quote."""
    kept: list[str] = []
    for number in range(lines.index(start), lines.index(max(start, end - 1)) + 1):
        line = lines[number]
        content = lines.text[max(line.content, start) : min(line.end, end)]
        if not content.strip():
            kept.append("")
        elif line.depth == depth or line.start < start:
            kept.append(content)
        else:
            break
    return kept


def _skippable(lines: LineIndex, line: str) -> bool:
    return not without_marks(line).strip() or lines.furniture(line) or is_separator(line)


def _content_end(lines: LineIndex, start: int, end: int) -> int:
    """Where a message's own text ends: before the blank lines, page furniture and rules that close its
    segment (a page footer after its last line is not the message: its page span stops before it)."""
    first, number = lines.index(start), lines.index(max(start, end - 1))
    while number > first and _skippable(lines, lines.text[lines[number].start : min(lines[number].end, end)]):
        number -= 1
    return max(start, min(end, lines[number].end))


def _body(lines: LineIndex, header: Header, end: int) -> str:
    text = lines.text
    quoted = header.body_depth > 0
    kept = _quoted_lines(lines, header.end, end, header.body_depth) if quoted else text[header.end : end].split("\n")
    kept = [line for line in kept if not lines.furniture(line) and not re.fullmatch(r"\s*\[Quoted text hidden\]\s*", line)]
    while kept and (_skippable(lines, kept[-1]) or (header.body_depth == 0 and kept[-1].lstrip().startswith(">"))):
        kept.pop()  # trailing rules, blank lines, and a quoted tail repeating an earlier message
    first = next((number for number, line in enumerate(kept) if not _skippable(lines, line)), len(kept))
    return "\n".join(kept[first:]).strip()  # nor is a rule under the header (Lotus Notes prints one)


def _occurrence(lines: LineIndex, header: Header, end: int, body_end: int, zone: dt.timedelta | None) -> Occurrence:
    """One printed occurrence of a message. A reply introduction states no zone: its time is the
    replier's clock, so it is also read in the zone of the message quoting it (`zone`, when stated),
    which is what links "On May 9, at 1:02 PM" under a CDT reply to the original sent at 11:02 PDT."""
    name, address = split_sender(header.sender)
    utc, local = parse_sent(header.sent_text) if header.sent_text else (None, None)
    stated = utc is not None
    if utc is None and local is not None and zone is not None and header.layout == "reply":
        utc = (local - zone).replace(tzinfo=dt.UTC)
    return Occurrence(header.start, end, name, address, local, header.subject, header.to, header.attachments,
                      _body(lines, header, max(body_end, header.end)), header.layout == "reply", utc, stated)


def _span_end(occurrences: list[Occurrence], originals: dict[int, list[int]], index: int) -> int:
    """Where a message's print ends: past the quoted copies of earlier messages printed under it (a reply
    quoting its predecessor runs on to the last line of the quote)."""
    end = occurrences[index].end
    for following in range(index + 1, len(occurrences)):
        if following in originals or not occurrences[following].quoted:
            break
        end = occurrences[following].end
    return end


def _zone_of(header: Header) -> dt.timedelta | None:
    """The offset a message's header states (local minus UTC), or None."""
    utc, local = parse_sent(header.sent_text) if header.sent_text else (None, None)
    return None if utc is None or local is None else local - utc.replace(tzinfo=None)


def split_printed_thread(text: str) -> list[SplitMessage]:
    """The messages of a printed thread in document order, each with its copies' spans. A message
    known only from a quoted copy (a reply introduction quoting a message printed nowhere else) is kept,
    as kind "quoted"."""
    lines, headers = find_headers(text)
    starting = [header for header in headers if _starts_message(header)]
    inner = [header.start for header in headers if not _starts_message(header)]
    occurrences: list[Occurrence] = []
    zone: dt.timedelta | None = None  # of the message whose body the next reply introduction is in
    for index, header in enumerate(starting):
        end = _content_end(lines, header.end, starting[index + 1].start if index + 1 < len(starting) else len(text))
        cut = bisect.bisect_right(inner, header.start)
        body_end = min(end, inner[cut]) if cut < len(inner) else end
        if header.layout != "reply":
            zone = _zone_of(header)
        occurrences.append(_occurrence(lines, header, end, body_end, zone))
    groups = group_copies(occurrences)
    originals = {original_of(group, occurrences): group for group in groups}
    messages: list[SplitMessage] = []
    for original, group in originals.items():
        message = _message(starting[original], occurrences[original], _span_end(occurrences, originals, original),
                           [(occurrences[i].start, occurrences[i].end) for i in group if i != original])
        if all(occurrences[i].quoted for i in group):
            message.kind = "quoted"
        messages.append(message)
    messages.sort(key=lambda message: message.char_start)
    for position, message in enumerate(messages):
        message.position = position
    _addresses_from_the_thread(messages, starting)
    return messages


def _addresses_from_the_thread(messages: list[SplitMessage], headers: list[Header]) -> None:
    """A sender printed by name only ("From: Reyes, Dana") whose address the thread prints elsewhere
    ("To: Reyes, Dana <dreyes@...>"), one address for that name: the address, noted as found so. An
    address redacted in the header stays unknown."""
    book: dict[frozenset[str], set[str]] = {}
    for header in headers:
        for value in (header.sender, header.to, header.cc, header.bcc):
            for name, address in named_addresses(value or ""):
                if words := name_words(name):
                    book.setdefault(words, set()).add(address)
    by_start = {header.start: header for header in headers}
    for message in messages:
        header = by_start[message.char_start]
        found = book.get(name_words(message.sender_name))
        if message.sender_address is None and found and len(found) == 1 and not is_redacted(header.sender):
            message.sender_address = next(iter(found))
            message.notes = "sender address from another header of the thread"


def _message(header: Header, occurrence: Occurrence, end: int, copies: list[tuple[int, int]]) -> SplitMessage:
    sent_at, local = parse_sent(header.sent_text) if header.sent_text else (None, None)
    return SplitMessage(
        position=0,
        char_start=occurrence.start,
        char_end=end,
        sender_name=occurrence.name,
        sender_address=occurrence.address,
        recipients=header.to or None,
        cc=header.cc or None,
        bcc=header.bcc or None,
        sent_at=sent_at,
        sent_at_local=local,
        sent_at_text=header.sent_text,
        subject=header.subject or None,
        body=occurrence.body,
        kind="printed",
        copies=copies,
        body_start=header.end,
    )
