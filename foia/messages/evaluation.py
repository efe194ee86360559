"""Scoring printed-thread splitting against labelled headers: a header counts as recovered when a
split message has the labelled sender and the labelled date to the minute (to the day when the label
prints no time; no date when the label has none). A split message matching no label is a phantom,
unless it is known only from a quoted copy (kind "quoted": a reply introduction quoting a message the
document prints nowhere else). Label sets differ there: the shared corpus labels such a message, a
held-out set may not; those are counted apart (`quoted`), so both conventions can be read off one
score. Where labels give them, the recovered message's subject (OCR slips forgiven) and page span
are scored too."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from foia.messages import SplitMessage
from foia.messages.dates import parse_date_only, parse_sent
from foia.messages.printed import split_printed_thread
from foia.messages.senders import is_redacted

SUBJECT_RATIO = 0.9


@dataclass(frozen=True)
class LabelledHeader:
    sender: str  # a name or an address, as labelled; "" when redacted
    date: str | None  # as printed, or None when the text prints no date
    subject: str | None = None  # as printed; None: not scored
    pages: tuple[int, int] | None = None  # first and last page of the message; None: not scored


@dataclass
class Score:
    labelled: int = 0
    recovered: int = 0
    phantoms: int = 0
    misses: list[str] | None = None
    subjects: int = 0  # labelled subjects of recovered messages
    subjects_right: int = 0
    spans: int = 0  # labelled page spans of recovered messages
    spans_right: int = 0
    wrong: list[str] = field(default_factory=list)  # recovered, but with a wrong subject or page span
    extra: list[str] = field(default_factory=list)  # the phantoms: sender and date of each
    quoted: list[str] = field(default_factory=list)  # unlabelled messages known only from a quoted copy

    @property
    def recall(self) -> float:
        return self.recovered / self.labelled if self.labelled else 1.0

    @property
    def subject_accuracy(self) -> float:
        return self.subjects_right / self.subjects if self.subjects else 1.0

    @property
    def span_accuracy(self) -> float:
        return self.spans_right / self.spans if self.spans else 1.0


_REDACTION_WORDS = re.compile(r"\(?\s*b\s*\)\s*\(\s*\d\s*\)(?:\s*\(\s*[A-Fa-f]\s*\))?|redacted|withheld", re.IGNORECASE)


def _words(value: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (value or "").lower()))


def _sender_matches(label: str, message: SplitMessage) -> bool:
    if not label or is_redacted(label) and not _words(_REDACTION_WORDS.sub("", label)):
        # labelled as redacted ("", "(b)(6)", "[REDACTED]"): neither name nor address is known
        return message.sender_name is None and message.sender_address is None
    if "@" in label:
        return (message.sender_address or "") == label.lower()
    wanted = _words(label.split("/")[0])  # a Lotus Notes name, "Karen Lindqvist/Purchasing/SRSU", is its person
    return bool(wanted) and wanted <= _words(message.sender_name) | _words(message.sender_address)


def _date_matches(label: str | None, message: SplitMessage) -> bool:
    if label is None:
        return message.sent_at_local is None
    _, local = parse_sent(label)
    if local is not None:
        return message.sent_at_local is not None and message.sent_at_local.replace(second=0) == local.replace(second=0)
    day = parse_date_only(label)
    shown = message.sent_at_local.date() if message.sent_at_local else parse_date_only(message.sent_at_text or "")
    return day is not None and shown == day


def _subject_matches(label: str, message: SplitMessage) -> bool:
    wanted, found = (" ".join(value.casefold().split()) for value in (label, message.subject or ""))
    return wanted == found or difflib.SequenceMatcher(None, wanted, found).ratio() >= SUBJECT_RATIO


def score(cases: Iterable[tuple[str, list[LabelledHeader]]]) -> Score:
    """Split each text and score it."""
    return score_messages((split_printed_thread(text), labels) for text, labels in cases)


def _score_details(total: Score, label: LabelledHeader, hit: SplitMessage) -> None:
    if label.subject is not None:
        total.subjects += 1
        if _subject_matches(label.subject, hit):
            total.subjects_right += 1
        else:
            total.wrong.append(f"{label.sender} / {label.date}: subject {hit.subject!r}")
    if label.pages is not None:
        total.spans += 1
        if (hit.page_start, hit.page_end) == label.pages:
            total.spans_right += 1
        else:
            total.wrong.append(f"{label.sender} / {label.date}: pages {hit.page_start}-{hit.page_end}")


def score_messages(cases: Iterable[tuple[list[SplitMessage], list[LabelledHeader]]]) -> Score:
    """Score messages already split (e.g. by the whole import path from a PDF)."""
    total = Score(misses=[])
    for messages, labels in cases:
        unmatched = list(messages)
        for label in labels:
            total.labelled += 1
            hit = next((m for m in unmatched if _sender_matches(label.sender, m) and _date_matches(label.date, m)), None)
            if hit is None:
                assert total.misses is not None
                total.misses.append(f"{label.sender} / {label.date}")
                continue
            total.recovered += 1
            unmatched.remove(hit)
            _score_details(total, label, hit)
        for message in unmatched:
            described = f"{message.sender_name or message.sender_address} / {message.sent_at_text}"
            if message.kind == "quoted":
                total.quoted.append(described)
            else:
                total.phantoms += 1
                total.extra.append(described)
    return total
