"""The lines of a printed thread with their offsets and quote depth, and the lines that sit between
messages but are no one's words: page furniture (Bates stamps, "Page 2 of 9", a browser's print title
and URL) and separators ("-----Original Message-----", "Begin forwarded message:")."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from foia.cleanup import bates_in

# A line longer than this is never furniture or a separator: checking it would cost time for nothing.
_SHORT_LINE = 300
_TITLE_WIDTH = 80


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of its first character
    end: int  # offset of its end (the newline, or the end of the text)
    depth: int  # ">" quote markers before its content
    content: int  # offset of its content, after quote markers and indentation


_QUOTE_PREFIX = re.compile(r"[ \t]*((?:>[ \t]?)*)[ \t]*")
# GroupWise introduces a quoted reply with ">>> Name date >>>": markers, but no quote.
_GROUPWISE_INTRO = re.compile(r"[ \t]*>>>[^\n>]{4,200}>>>[ \t]*$")


def split_lines(text: str) -> list[Line]:
    lines = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        prefix = _QUOTE_PREFIX.match(text, start, end)
        assert prefix is not None  # the pattern matches the empty string
        depth = prefix[1].count(">")
        if depth >= 3 and _GROUPWISE_INTRO.match(text, start, end):
            depth = 0
        lines.append(Line(start, end, depth, prefix.end()))
        start = end + 1
    return lines


class LineIndex:
    """Lines of one text with a fast offset-to-line lookup, and its running title: the first line of
    the document when it comes back (at the top of later pages), which is furniture like a footer."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = split_lines(text)
        self._starts = [line.start for line in self.lines]
        self.running_title = self._running_title()

    def _running_title(self) -> str | None:
        contents = (self.content(number) for number in range(len(self.lines)))
        first = next((content for content in contents if content), None)
        if first is None or len(first) > _TITLE_WIDTH or re.search(r"[:;@</\d]", first):
            return None  # a header's line, an address or a date: content, even when it comes back
        return first if any(content == first for content in contents) else None

    def furniture(self, line: str) -> bool:
        return is_furniture(line) or (self.running_title is not None and line.strip(" \t>") == self.running_title)

    def index(self, offset: int) -> int:
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def line(self, offset: int) -> Line:
        return self.lines[self.index(offset)]

    def content(self, number: int) -> str:
        line = self.lines[number]
        return self.text[line.content : line.end].rstrip()

    def depth_at(self, offset: int) -> int:
        return self.line(offset).depth


_PAGE_MARK = re.compile(
    r"(?i:(?:[^\n]{0,80}\s)?page\s+\d{1,5}\s*(?:of|/)\s*\d{1,5}|page\s+\d{1,5}|\d{1,5}\s*(?:of|/)\s*\d{1,5}|-\s*\d{1,4}\s*-)"
)
_PRINT_TIME = r"\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}[:)]\d{2}\s*[AaPp][Mm]"
_URL = re.compile(r"https?://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?")
# A browser's print title, with the time it was printed at one end: "10/9/18, 3:12 PM   Gmail - Records
# request" (a date with a comma: an email client's own date line has none).
_PRINT_TITLE = re.compile(rf"{_PRINT_TIME}(?:\s[^\n]{{0,250}})?|[^\n]{{0,250}}\s{_PRINT_TIME}")
_PRINTED_BY = re.compile(r"(?i:printed\s+(?:by|on|at|for)\b)[^\n]{0,200}")


def is_furniture(line: str) -> bool:
    """A page's furniture: Bates stamp, page number, print title or URL, never a message's words."""
    line = line.strip().lstrip(">").strip()
    if not line or len(line) > _SHORT_LINE:
        return False
    return bool(
        _PAGE_MARK.fullmatch(line) or _URL.fullmatch(line) or _PRINT_TITLE.fullmatch(line)
        or _PRINTED_BY.fullmatch(line) or bates_in(line)
    )


_SEPARATOR = re.compile(
    r"[ \t>]*(?:(?:-{2,}|_{5,}|={5,})\s*(?:(?:Original\s+Message|Forwarded\s+message|Forwarded\s+by\b[^\n]*"
    r"|Message\s+from\b[^\n]*|[^\n]{0,160}\bwrote\s*:)\s*-*)?|Begin\s+forwarded\s+message\s*:"
    r"|\[Quoted\s+text\s+hidden\]|-{2,}\s*Reply\s+message\s*-{2,})[ \t]*",
    re.I,
)


def is_separator(line: str) -> bool:
    """A rule or banner between messages ("-----Original Message-----", "Begin forwarded message:",
    Lotus Notes' "----- Forwarded by ... -----"), or Gmail's "[Quoted text hidden]"."""
    return len(line) <= _SHORT_LINE and bool(_SEPARATOR.fullmatch(line.rstrip()))
