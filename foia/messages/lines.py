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
_TITLE_SEARCH = 20  # lines from the top in which a running title is looked for


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of its first character
    end: int  # offset of its end (the newline, or the end of the text)
    depth: int  # ">" quote markers before its content
    content: int  # offset of its content, after quote markers and indentation


_BLANK_TO_LINE_END = re.compile(r"[ \t\r]*(?:\n|\Z)")
_QUOTE_PREFIX = re.compile(r"[ \t]*((?:>[ \t]?)*)[ \t]*")
# GroupWise introduces a quoted reply with ">>> Name date >>>": markers, but no quote.
_GROUPWISE_INTRO = re.compile(r"[ \t]*>>>[^\n>]{4,200}>>>[ \t]*(?:[^\w\s<>]{1,3}[ \t]*)?$")
_NEWLINE = re.compile(r"\n")


class LineIndex:
    """The lines of one text, looked up by number or by offset (each line is read only when asked
    for: a release may hold a million of them), and its running title: the first line of the
    document when it comes back at the top of later pages, which is furniture like a footer."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]
        self._read: dict[int, Line] = {}
        self.running_title = self._running_title()

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, number: int) -> Line:
        line = self._read.get(number)
        if line is None:
            start = self._starts[number]
            end = self._starts[number + 1] - 1 if number + 1 < len(self._starts) else len(self.text)
            prefix = _QUOTE_PREFIX.match(self.text, start, end)
            assert prefix is not None  # the pattern matches the empty string
            depth = prefix[1].count(">")
            if depth >= 3 and _GROUPWISE_INTRO.match(self.text, start, end):
                depth = 0
            line = self._read[number] = Line(start, end, depth, prefix.end())
        return line

    def _running_title(self) -> str | None:
        number = next((n for n in range(min(len(self), _TITLE_SEARCH)) if self.content(n)), None)
        if number is None:
            return None
        first = " ".join(self.content(number).split())
        if len(first) > _TITLE_WIDTH or re.search(r"[:;@</\d]", first):
            return None  # a header's line, an address or a date: content, even when it comes back
        words = [re.escape(word) for word in first.split()]
        again = re.compile(r"^[ \t>]*" + r"[ \t]+".join(words) + r"[ \t]*$", re.M)
        return first if again.search(self.text, self[number].end) else None

    def furniture(self, line: str) -> bool:
        title = self.running_title
        return is_furniture(line) or (title is not None and " ".join(line.strip(" \t>").split()) == title)

    def index(self, offset: int) -> int:
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def line(self, offset: int) -> Line:
        return self[self.index(offset)]

    def content(self, number: int) -> str:
        line = self[number]
        return self.text[line.content : line.end].rstrip()

    def depth_at(self, offset: int) -> int:
        return self.line(offset).depth

    def blank_to_line_end(self, offset: int) -> bool:
        """Whether nothing but spaces follows `offset` on its line (without reading a long line)."""
        return _BLANK_TO_LINE_END.match(self.text, offset) is not None


_PAGE_MARK = re.compile(
    r"(?i:(?:[^\n]{0,80}\s)?page\s+\d{1,5}\s*(?:of|/)\s*\d{1,5}|page\s+\d{1,5}|\d{1,5}\s*(?:of|/)\s*\d{1,5}|-\s*\d{1,4}\s*-)"
)
_PRINT_TIME = r"\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}[:)]\d{2}\s*[AaPp][Mm]"
# A print's address line, with its page count; OCR breaks a long address with spaces ("ik= 7c0e5b").
_URL = re.compile(r"https?://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?|https?://\S[^\n]{0,400}?\s\d{1,4}\s*/\s*\d{1,4}")
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


# Specks OCR reads as punctuation at the edges of a line or a value ("‘To", ": cc", "_ Re: pricing",
# "9:41 AM :", "©"): a mark or two standing alone, never a word's own punctuation. Brackets, "@", "#",
# "$", "%" and "&" mean something in a header value and are never taken for specks.
OCR_MARKS = r"[^\w\s<>@()\[\]#$%&]|_"
_LEADING_MARKS = re.compile(rf"^[ \t]*(?:(?:{OCR_MARKS}){{1,3}}[ \t]+)+")


_ONLY_MARKS = re.compile(rf"[ \t]*(?:(?:{OCR_MARKS})[ \t]*)*")
_MARK_TOKEN = re.compile(rf"(?:{OCR_MARKS}){{1,3}}")


def without_marks(value: str) -> str:
    """A value without the stray marks OCR put before or after it ("" when it is nothing else). The
    marks at the end are taken off token by token from the right: a regular expression anchored at
    the end would be tried at every position of a long value."""
    if _ONLY_MARKS.fullmatch(value):
        return ""
    if leading := _LEADING_MARKS.match(value):
        value = value[leading.end() :]
    end = _before_spaces(value, len(value))
    stripped = end
    while (cut := _space_before(value, end)) >= 0 and _MARK_TOKEN.fullmatch(value, cut + 1, end):
        end = _before_spaces(value, cut)
    return value[:end] if end < stripped else value


def _before_spaces(value: str, end: int) -> int:
    while end and value[end - 1] in " \t":
        end -= 1
    return end


def _space_before(value: str, end: int) -> int:
    """The last space or tab before `end` (-1 if none), looked for no further back than a token."""
    cut = end - 1
    while cut >= 0 and value[cut] not in " \t" and end - cut <= _SHORT_LINE:
        cut -= 1
    return cut if cut >= 0 and value[cut] in " \t" else -1
