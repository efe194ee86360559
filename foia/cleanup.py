"""Page furniture out of page text: repeated headers and footers, page numbers and Bates stamps.

Records offices stamp every page ("WCSO 000117", "AZ-014951", "Page 3 of 17") and repeat running
headers; left in the text they cut sentences and email headers in two at every page break. Only the
first and last few lines of a page are candidates, and a line is furniture when it is a page marker or
when (with its digits ignored) it repeats on many pages. The Bates number is kept on the page."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

EDGE_LINES = 3  # lines at the top and at the bottom of a page that may be furniture
MIN_REPEAT_PAGES = 3
REPEAT_SHARE = 0.5

# A Bates stamp: a short upper-case prefix (maybe two parts) and a zero-padded serial number.
BATES = re.compile(r"^(?P<prefix>[A-Z][A-Z0-9&]{0,11}(?:[-_ .][A-Z0-9]{1,8})?)[-_ .]?(?P<number>\d{4,9})$")
PAGE_MARKER = re.compile(
    r"^(?:-\s*\d{1,4}\s*-|\d{1,3}|page\s+\d{1,5}(?:\s*(?:of|/)\s*\d{1,5})?|\d{1,5}\s*(?:of|/)\s*\d{1,5})$",
    re.IGNORECASE,
)
# Email header fields repeat at page tops in printed threads but are content, never furniture.
HEADER_FIELD = re.compile(r"^\s*(?:from|to|cc|bcc|sent|date|subject|attachments?)\s*:", re.IGNORECASE)
_PAGE_COUNTER = re.compile(r"(?:page\s*)?\b\d{1,5}\s*(?:of|/)\s*\d{1,5}\b|page\s*\d{1,5}\b")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class CleanPage:
    text: str
    bates: str | None


def _key(line: str) -> str:
    """A line with its page counter and spacing ignored, so "Release 2019-04, page 3 of 17" repeats.
    Other numbers count: a templated "Total due: $1,200.00" on every page is content."""
    return _SPACES.sub(" ", _PAGE_COUNTER.sub("#", line.strip().lower()))


def _edge_indexes(lines: list[str]) -> list[int]:
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def bates_in(line: str) -> tuple[str, str] | None:
    """(prefix, whole stamp) when the line is nothing but a Bates stamp."""
    match = BATES.match(_SPACES.sub(" ", line.strip()))
    if match is None or not re.search(r"[A-Z]", match["prefix"]):
        return None
    return match["prefix"].rstrip("-_ ."), match.group(0)


def _repeated_keys(pages: Sequence[str]) -> set[str]:
    counts: Counter[str] = Counter()
    for text in pages:
        lines = text.split("\n")
        counts.update({_key(lines[index]) for index in _edge_indexes(lines)})
    needed = max(MIN_REPEAT_PAGES, int(len(pages) * REPEAT_SHARE + 0.5))
    return {key for key, count in counts.items() if count >= needed and key.strip("# ") and not HEADER_FIELD.match(key)}


def _bates_prefixes(pages: Sequence[str]) -> set[str]:
    """Prefixes stamped on at least half of the pages (any prefix, when there is a single page)."""
    counts: Counter[str] = Counter()
    for text in pages:
        lines = text.split("\n")
        counts.update({found[0] for index in _edge_indexes(lines) if (found := bates_in(lines[index]))})
    needed = 1 if len(pages) == 1 else max(2, int(len(pages) * REPEAT_SHARE + 0.5))
    return {prefix for prefix, count in counts.items() if count >= needed}


def clean_pages(pages: Sequence[str]) -> list[CleanPage]:
    """Each page without its furniture, and its Bates number when it has one."""
    repeated = _repeated_keys(pages)
    prefixes = _bates_prefixes(pages)
    cleaned = []
    for text in pages:
        lines = text.split("\n")
        bates = None
        drop = set()
        for index in _edge_indexes(lines):
            line = lines[index]
            found = bates_in(line)
            if found and found[0] in prefixes:
                bates = bates or found[1]
                drop.add(index)
            elif PAGE_MARKER.match(line.strip()) or _key(line) in repeated:
                drop.add(index)
        kept = [line for index, line in enumerate(lines) if index not in drop]
        cleaned.append(CleanPage(text="\n".join(kept).strip("\n"), bates=bates))
    return cleaned
