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
    quoted: bool = False  # printed inside a quote

    @functools.cached_property
    def words(self) -> str:
        return " ".join(re.findall(r"\w+", self.body.casefold())[:COMPARED_WORDS])


@functools.lru_cache(maxsize=4096)
def _numbers(text: str) -> tuple[str, ...]:
    """The numbers standing alone ("Invoice 7", not the "0" OCR reads in "0kafor"). A thread compares
    each subject with every other sent the same minute: worth remembering."""
    return tuple(re.findall(r"(?<!\w)\d+(?:[.,]\d+)*(?!\w)", text))


def alike(first: str, second: str) -> bool:
    """The same words but for a few characters of OCR damage; numbers must match exactly."""
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
    return alike(a[:shorter], b[:shorter])


def same_message(a: Occurrence, b: Occurrence) -> bool:
    if a.local is None or b.local is None or a.local.replace(second=0) != b.local.replace(second=0):
        return False
    if a.local.second and b.local.second and a.local.second != b.local.second:
        return False
    return (
        _same_sender(a, b)
        and _same_subject(normalised_subject(a.subject), normalised_subject(b.subject))
        and _same_recipients(a.recipients, b.recipients)
        and (not a.attachments or not b.attachments or alike(a.attachments.casefold(), b.attachments.casefold()))
        and _same_body(a.words, b.words)
    )


def group_copies(occurrences: list[Occurrence]) -> list[list[int]]:
    """Occurrences (in document order) grouped into messages: each group's indexes, in order."""
    groups: list[list[int]] = []
    by_minute: dict[dt.datetime, list[int]] = {}
    for index, occurrence in enumerate(occurrences):
        if occurrence.local is None:
            groups.append([index])
            continue
        candidates = by_minute.setdefault(occurrence.local.replace(second=0, microsecond=0), [])
        group = next((number for number in candidates[:MAX_SAME_MINUTE]
                      if same_message(occurrences[groups[number][0]], occurrence)), None)
        if group is None:
            candidates.append(len(groups))
            groups.append([index])
        else:
            groups[group].append(index)
    return groups


def original_of(group: list[int], occurrences: list[Occurrence]) -> int:
    """The occurrence facts are read from: the fullest print (a quoted copy may be cut short)."""
    return max(group, key=lambda index: (len(re.findall(r"\w+", occurrences[index].body)), not occurrences[index].quoted, -index))
