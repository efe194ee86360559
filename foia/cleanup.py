"""Page furniture out of page text: repeated headers and footers, page numbers and Bates stamps.

Records offices stamp every page ("WCSO 000117", "AZ-014951", "Page 3 of 17") and repeat running
headers; left in the text they cut sentences and email headers in two at every page break. Only the
first and last few lines of a page are candidates, and a line is furniture when it is a page marker or
when (with its page counter and Bates number ignored) it repeats on many pages; a repeated header that
names a body (a letterhead or a directive's title) is kept once, on the first page it heads: it says whose
document it is. The Bates number is
kept on the page, found wherever it sits in such a line: alone, or beside "Page 1 of 5", a date or a
repeated legend ("Produced to ACLU  03/06/2018  WCSO 000117")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
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
_PAGE_COUNTER = re.compile(r"(?:page\s*)?\b\d{1,5}\s*(?:of|/)\s*\d{1,5}\b|page\s*\d{1,5}\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# A Bates stamp inside a longer line: the same shape, standing apart from its neighbours.
_BATES_IN_LINE = re.compile(
    r"(?<![\w.&/-])(?P<stamp>(?P<prefix>[A-Z][A-Z0-9&]{0,11}(?:[-_ .][A-Z0-9]{1,8})?)[-_ .]?(?P<number>\d{4,9}))(?![\w/-])"
)
_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[\s|•·,;:_-]+")
# Words that come before ordinary numbers in headings ("PURCHASE ORDER 4471"), never in a Bates prefix.
_NOT_PREFIXES = frozenset({"PAGE", "PG", "NO", "NUMBER", "TOTAL", "INVOICE", "CASE", "ORDER", "PURCHASE", "PO",
                           "CONTRACT", "ACCOUNT", "FILE", "REF", "TICKET", "CLAIM", "REPORT", "BADGE", "UNIT",
                           "SUITE", "ROOM", "BOX", "YEAR", "FY", "RFP", "RFQ", "BID", "QUOTE", "RESOLUTION", "ORDINANCE"})


@dataclass(frozen=True)
class CleanPage:
    text: str
    bates: str | None


def _key(line: str) -> str:
    """A line with its page counter and spacing ignored, so "Release 2019-04, page 3 of 17" repeats.
    Other numbers count: a templated "Total due: $1,200.00" on every page is content."""
    return _SPACES.sub(" ", _PAGE_COUNTER.sub("#", line.strip().lower()))


def _legend_key(line: str) -> str:
    """A line's key with Bates-shaped stamps ignored too: a legend printed beside the stamp repeats."""
    return _key(_BATES_IN_LINE.sub("#", line))


def _edge_indexes(lines: list[str]) -> list[int]:
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def bates_in(line: str) -> tuple[str, str] | None:
    """(prefix, whole stamp) when the line is nothing but a Bates stamp."""
    match = BATES.match(_SPACES.sub(" ", line.strip()))
    if match is None or not re.search(r"[A-Z]", match["prefix"]):
        return None
    return match["prefix"].rstrip("-_ ."), match.group(0)


def _ordinary_words(prefix: str) -> bool:
    return any(word in _NOT_PREFIXES for word in re.split(r"[-_ .]", prefix))


def _beside_furniture(line: str, start: int, end: int, legends: set[str]) -> bool:
    """Whether the rest of an edge line beside a stamp at line[start:end] is furniture: nothing but
    page counters and dates, or (with the stamp at the start or end of the line, standing apart) a
    legend repeated on many pages. A stamp-shaped code inside a sentence is content."""
    rest = line[:start] + " " + line[end:]
    if not _SEPARATORS.sub("", _PAGE_COUNTER.sub("", _DATE.sub("", rest))):
        return True
    at_edge = not line[:start].strip() or not _PAGE_COUNTER.sub("", _DATE.sub("", line[end:])).strip(" |•·,;:_-")
    return at_edge and _legend_key(line) in legends


def _stamps(line: str, legends: set[str]) -> list[tuple[str, str, str]]:
    """(prefix, stamp, number) of each Bates stamp on an edge line whose other text is furniture."""
    whole = bates_in(line)
    if whole:
        match = BATES.match(_SPACES.sub(" ", line.strip()))
        return [] if _ordinary_words(whole[0]) else [(whole[0], whole[1], match["number"] if match else whole[1])]
    found = []
    for match in _BATES_IN_LINE.finditer(line):
        prefix = match["prefix"].rstrip("-_ .")
        if _ordinary_words(prefix):
            continue
        if _beside_furniture(line, match.start(), match.end(), legends):
            found.append((prefix, match["stamp"], match["number"]))
    return found


def _repeated_keys(pages: Sequence[str], key: Callable[[str], str] = _key) -> set[str]:
    counts: Counter[str] = Counter()
    for text in pages:
        lines = text.split("\n")
        counts.update({key(lines[index]) for index in _edge_indexes(lines)})
    needed = max(MIN_REPEAT_PAGES, int(len(pages) * REPEAT_SHARE + 0.5))
    return {key for key, count in counts.items() if count >= needed and key.strip("# ") and not HEADER_FIELD.match(key)}


def _bates_prefixes(pages: Sequence[str], legends: set[str]) -> set[str]:
    """Prefixes stamped on at least half of the pages with numbers that change from page to page (a
    date or a form number repeats; a Bates number does not); any prefix when there is a single page."""
    counts: Counter[str] = Counter()
    numbers: dict[str, set[str]] = {}
    for text in pages:
        lines = text.split("\n")
        on_page = {found[0]: found[2] for index in _edge_indexes(lines) for found in _stamps(lines[index], legends)}
        counts.update(on_page.keys())
        for prefix, number in on_page.items():
            numbers.setdefault(prefix, set()).add(number)
    if len(pages) == 1:
        return set(counts)
    needed = max(2, int(len(pages) * REPEAT_SHARE + 0.5))
    return {prefix for prefix, count in counts.items() if count >= needed and len(numbers[prefix]) >= needed}


# Words of a body's name in a running header: the line says whose document it is.
_LETTERHEAD_WORDS = re.compile(r"\b(?:police|sheriff|department|county|city|state|office|bureau|division|agency|"
                               r"commission|patrol|public\s+safety|attorney|prosecutor)\b", re.IGNORECASE)


def clean_pages(pages: Sequence[str]) -> list[CleanPage]:
    """Each page without its furniture, and its Bates number when it has one."""
    repeated = _repeated_keys(pages)
    legends = _repeated_keys(pages, _legend_key)
    prefixes = _bates_prefixes(pages, legends)
    cleaned = []
    headed: set[str] = set()  # running headers kept once already, at the top of the first page they head
    for text in pages:
        lines = text.split("\n")
        bates = None
        drop = set()
        for index in _edge_indexes(lines):
            line = lines[index]
            stamped = [found for found in _stamps(line, legends) if found[0] in prefixes]
            if stamped:
                bates = bates or stamped[0][1]
                drop.add(index)
            elif PAGE_MARKER.match(line.strip()):
                drop.add(index)
            elif (key := _key(line)) in repeated:
                # A running header is the document's letterhead or title ("PRESQUE ISLE POLICE DEPARTMENT -
                # DIRECTIVE 2-44"): read once where it first heads a page, cut where it repeats.
                if index < EDGE_LINES and key not in headed and _LETTERHEAD_WORDS.search(line):
                    headed.add(key)
                else:
                    drop.add(index)
        kept = [line for index, line in enumerate(lines) if index not in drop]
        cleaned.append(CleanPage(text="\n".join(kept).strip("\n"), bates=bates))
    return cleaned
