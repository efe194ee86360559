"""Sentence spans in page text, so a fact can be judged and attributed by the words around it.

Printed email and PDF text wraps lines mid-sentence, so a single newline does not end a sentence; a blank
line, a header field line, a bullet, a short salutation line ("All,") or a full stop does. Everything is a
single left-to-right pass: linear time on any input."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

# Words whose trailing full stop does not end a sentence ("Lt. Reyes", "U.S. Department").
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "lt", "sgt", "det", "capt", "cpt", "col", "gen", "st", "no", "nos", "inc", "co", "corp", "ltd",
     "jr", "sr", "vs", "etc", "e.g", "i.e", "u.s", "approx", "est", "ext", "dept", "lic", "lics", "qty", "ea", "incl", "acct"]
)
# A full stop then a column gap and a figure ends a table cell, not a sentence: "Subscription, 6 lic.     $26,574.00".
_CELL_AFTER = re.compile(r"[ \t]{2,}[$\d]")
_STOP = re.compile(r"[.!?](?=[\s\"'”’)]|$)")
_HEADER_LINE = re.compile(r"^[ \t]*(?:From|Sent|Date|To|Cc|CC|Subject|Attachments|Importance)[ \t]*:", re.MULTILINE)
# "...three years; and" at a line end: the clause lists of resolutions and contracts.
_CLAUSE_END = re.compile(r";(?:\s*(?:and|or))?$")
_BULLET = re.compile(r"^[ \t]*(?:[•●▪◦*]|-(?=\s)|\d{1,2}[.)](?=\s))", re.MULTILINE)


def _after_bullet_item(line: str, next_line: str) -> bool:
    """"- Video ingest: $1,150 per camera ..." then "Cellebrite and BriefCam are outside this quote.": a
    line back at the bullet's margin, starting a capitalised word, is a new sentence, not the item's wrap."""
    bullet = _BULLET.match(line)  # a mark, not a paragraph number: "1. PURPOSE. This agreement ...\nAgency") may"
    if bullet is None or bullet.group().strip()[:1].isdigit():
        return False
    if line.rstrip().endswith((",", "-", "and", "or", "the", "of", "a")):
        return False
    indent = len(next_line) - len(next_line.lstrip())
    return indent <= len(line) - len(line.lstrip()) and next_line.lstrip()[:1].isupper()


def _line_breaks(text: str) -> Iterator[int]:
    """Offsets just after newlines that end a sentence whatever the punctuation says. A short line ends
    one only where it stands alone (a salutation, a signature), not as the tail of a wrapped line."""
    lines = text.split("\n")
    offset = 0
    previous = ""
    for line, next_line in itertools.pairwise(lines):
        offset += len(line) + 1
        stripped = line.strip()
        alone = not previous.strip() or len(previous.strip()) <= 30 or _HEADER_LINE.match(previous)
        if (
            not stripped
            or not next_line.strip()
            or (len(stripped) <= 30 and alone and not stripped.endswith(("-", "and", "or", "the", "of", "a")))
            or _CLAUSE_END.search(stripped)
            or _HEADER_LINE.match(stripped)
            or _HEADER_LINE.match(next_line)
            or _BULLET.match(next_line)
            or _after_bullet_item(line, next_line)
        ):
            yield offset
        previous = line


def _stops(text: str) -> Iterator[int]:
    for match in _STOP.finditer(text):
        if match.group() == "." and text[max(0, match.start() - 2) : match.start()] == "..":
            continue  # dot leaders ("6 licenses x $4,300 ........ $25,800") join a label to its amount
        if match.group() == ".":
            word = re.search(r"([\w.]+)$", text[max(0, match.start() - 12) : match.start()])
            token = word.group(1).lower() if word else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or _CELL_AFTER.match(text, match.end()):
                continue
        yield match.end()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace and bullet marks."""
    return list(_sentence_spans(text))


# A page's sentences are asked for by each of its readers (costs, policies, then each fact's sentence):
# the last few texts' spans are kept, so a page is cut into sentences once, not three times.
@functools.lru_cache(maxsize=8)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    cuts = sorted({0, len(text), *_line_breaks(text), *_stops(text)})
    spans = []
    for start, end in itertools.pairwise(cuts):
        while start < end and (text[start].isspace() or text[start] in "•●▪◦*"):
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return tuple(spans)


# Context never reaches further than this either side, so judging every fact stays linear on huge "sentences".
MAX_CONTEXT = 400


def span_around(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence span holding [start, end), clipped to MAX_CONTEXT characters either side; a fact
    crossing a cut gets the union of its sentences."""
    left, right = start, end
    index = bisect.bisect_right(spans, (start, float("inf"))) - 1
    if index >= 0 and spans[index][0] <= start < spans[index][1]:
        left = spans[index][0]
    index = bisect.bisect_left(spans, (end, -1)) - 1
    if index >= 0 and spans[index][0] < end <= spans[index][1]:
        right = spans[index][1]
    return max(min(left, start), start - MAX_CONTEXT), min(max(right, end), end + MAX_CONTEXT)
