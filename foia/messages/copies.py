"""Whether two printed headers introduce the same message: a thread prints each message again in every
reply that quotes it, and a release prints the same thread twice.

Two occurrences are one message when everything both print agrees: the sender (an address, or the
name's words in any order), the minute (and the second, when both print one), the subject (OCR slips
forgiven, numbers never: "Invoice 7" is not "Invoice 8"), the recipients, the attachments, and the
words of the body as far as the shorter copy goes (a quoted copy is often cut short by a page or by
the next header). Two messages one person sent in the same minute differ in at least one of them."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from dataclasses import dataclass

from foia.messages.fingerprint import name_words, normalised_subject

ALIKE_RATIO = 0.85
# A collapsed (one-line) header's subject runs on into the body until it is cut at 160 characters;
# real subjects are seldom this long.
RUN_ON_SUBJECT = 100
# Body words compared: enough to tell apart two short notes sent the same minute, few enough to stay fast.
COMPARED_WORDS = 120
# Earlier messages of the same minute a header is compared with: a real thread has a handful, and a
# hostile one must not make the comparison quadratic.
MAX_SAME_MINUTE = 50


@dataclass
class Occurrence:
    """One printed occurrence of a message: the original, or a copy of it."""

    start: int
    end: int
    name: str | None
    address: str | None
    local: dt.datetime | None
    subject: str | None
    recipients: str | None
    attachments: str | None
    body: str
    quoted: bool = False  # a quoted copy, introduced by a reply line ("On ... wrote:")
    utc: dt.datetime | None = None  # when the zone is stated, or (a reply introduction) the quoting message's
    utc_stated: bool = False  # the zone is printed with this occurrence's own date

    @functools.cached_property
    def words(self) -> str:
        """The body's first words, without lines that only repeat the subject or a mail app's page banner
        (an Outlook Web page starts "Outlook" over the subject: a header at a page's foot has them for body)."""
        subject = " ".join(re.findall(r"[^\W_]+", normalised_subject(self.subject).casefold()))
        kept = [line for line in self.body.casefold().splitlines()
                if (words := " ".join(re.findall(r"[^\W_]+", line))) and words != subject and words not in _BANNERS]
        return " ".join(re.findall(r"[^\W_]+", "\n".join(kept))[:COMPARED_WORDS])


_BANNERS = frozenset({"outlook", "microsoft outlook", "outlook web app", "mail", "webmail", "gmail"})


@functools.lru_cache(maxsize=4096)
def _numbers(text: str) -> tuple[str, ...]:
    """The numbers standing alone ("Invoice 7", not the "0" OCR reads in "0kafor"). A thread compares
    each subject with every other sent the same minute: worth remembering."""
    return tuple(re.findall(r"(?<!\w)\d+(?:[.,]\d+)*(?!\w)", text))


def _long_numbers(text: str) -> tuple[str, ...]:
    return tuple(number for number in _numbers(text) if len(number) > 1)


def alike(first: str, second: str, specks: bool = False) -> bool:
    """The same words but for a few characters of OCR damage; numbers must match exactly (with
    `specks`, a body's lone digits need not: OCR reads a speck of dirt as "3" in one print only)."""
    numbers = _long_numbers if specks else _numbers
    if numbers(first) != numbers(second):
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
    return alike(first, second)


def _same_sender(a: Occurrence, b: Occurrence) -> bool:
    if a.address and b.address:
        return a.address == b.address
    first, second = name_words(a.name), name_words(b.name)
    if first and second:
        smaller, larger = sorted((first, second), key=len)
        return smaller == larger or (len(smaller) >= 2 and smaller <= larger)
    local_part = (a.address or b.address or "").split("@")[0]
    named = first or second
    if local_part and named:  # "spatel@amazon.com" and "Sam Patel"
        return any(len(word) >= 3 and word in local_part for word in named)
    return True  # a redacted sender: nothing printed to tell them apart


def _tokens(value: str | None) -> set[str]:
    return {word for word in re.findall(r"[\w.@'-]+", (value or "").casefold()) if len(word) > 1}


def _same_recipients(a: str | None, b: str | None) -> bool:
    first, second = _tokens(a), _tokens(b)
    return not first or not second or bool(first & second)


def _same_body(a: str, b: str) -> bool:
    if not a or not b:
        return True
    shorter = min(len(a), len(b))  # a copy cut short by the end of a page or the next header
    return alike(a[:shorter], b[:shorter], specks=True)


def _minute(value: dt.datetime) -> dt.datetime:
    return value.replace(second=0, microsecond=0)


def _same_time(a: Occurrence, b: Occurrence) -> bool:
    """The same minute (and second, when both print one): on the clock as printed, or as an instant
    when both zones are known; two zones both printed must agree as instants."""
    if a.local is None or b.local is None:
        return False
    if a.local.second and b.local.second and a.local.second != b.local.second:
        return False
    same_instant = a.utc is not None and b.utc is not None and _minute(a.utc) == _minute(b.utc)
    if a.utc_stated and b.utc_stated:
        return same_instant
    return same_instant or _minute(a.local) == _minute(b.local)


def same_message(a: Occurrence, b: Occurrence) -> bool:
    if not _same_time(a, b):
        return False
    return (
        _same_sender(a, b)
        and _same_subject(normalised_subject(a.subject), normalised_subject(b.subject))
        and _same_recipients(a.recipients, b.recipients)
        and (not a.attachments or not b.attachments or alike(a.attachments.casefold(), b.attachments.casefold()))
        and _same_body(a.words, b.words)
    )


def _keys(occurrence: Occurrence) -> list[tuple[str, dt.datetime]]:
    """The minutes an occurrence is filed under: its clock's, and its instant's when known."""
    assert occurrence.local is not None
    keys = [("clock", _minute(occurrence.local))]
    if occurrence.utc is not None:
        keys.append(("instant", _minute(occurrence.utc)))
    return keys


def group_copies(occurrences: list[Occurrence]) -> list[list[int]]:
    """Occurrences (in document order) grouped into messages: each group's indexes, in order."""
    groups: list[list[int]] = []
    by_minute: dict[tuple[str, dt.datetime], list[int]] = {}
    for index, occurrence in enumerate(occurrences):
        if occurrence.local is None:
            groups.append([index])
            continue
        keys = _keys(occurrence)
        candidates = dict.fromkeys(number for key in keys for number in by_minute.get(key, [])[:MAX_SAME_MINUTE])
        group = next((number for number in sorted(candidates) if same_message(occurrences[groups[number][0]], occurrence)),
                     None)
        if group is None:
            group = len(groups)
            groups.append([index])
        else:
            groups[group].append(index)
        for key in keys:
            if group not in by_minute.setdefault(key, [])[-1:]:
                by_minute[key].append(group)
    return groups


def original_of(group: list[int], occurrences: list[Occurrence]) -> int:
    """The occurrence facts are read from: a print with its own header rather than a quoted copy, and
    of those the fullest (a copy may be cut short by a page or the next header)."""
    return max(group, key=lambda index: (not occurrences[index].quoted, len(re.findall(r"\w+", occurrences[index].body)),
                                         -index))
