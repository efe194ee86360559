"""Reply introductions: one sentence that names a quoted message's sender and date.

"On Tue, Mar 6, 2018 at 9:14 AM, Name <addr> wrote:" (Gmail, Apple Mail, Outlook for Mac, Thunderbird,
over several lines or run into the text before it), "Name <addr> wrote on 03/06/2018 09:14 AM:" (Lotus
Notes) and GroupWise's ">>> Name <addr> 3/6/2018 9:14 AM >>>". The quoted text follows, usually one
quote level deeper; a reply quoted inside a quote is introduced the same way one level further in."""

from __future__ import annotations

import re

from foia.messages.dates import DATE_TIME
from foia.messages.headers import Header
from foia.messages.lines import OCR_MARKS, LineIndex
from foia.messages.senders import leading_sender, looks_like_sender

_WROTE = re.compile(r"\bwrote\s*[:;]", re.I)
# "On" as OCR reads it too ("Qn", "0n", or behind a speck: "‘On").
_ON = re.compile(r"(?:(?<=[\s>‘’'\"“”`*_.,:;|-])|^)[OQ0]n\s", re.M)
_WROTE_ON = re.compile(r"\bwrote\s+on\s+", re.I)
_GROUPWISE = re.compile(rf"^[ \t]*>>>[ \t]*(?P<inner>[^\n>]{{4,200}}?)[ \t]*>>>[ \t]*(?:(?:{OCR_MARKS}){{1,3}}[ \t]*)?$", re.M)
# How far before "wrote:" an introduction may begin: a date, a name and an address, over a few lines.
_INTRO_WINDOW = 400
_QUOTE_BREAK = re.compile(r"\s*\n[ \t>]*")


def _body_depth(lines: LineIndex, end: int, depth: int) -> int:
    """A reply's text is quoted one level deeper than its introduction, unless it is not quoted at all."""
    number = lines.index(end)
    if not lines.blank_to_line_end(end):
        return depth
    for following in range(number + 1, min(number + 4, len(lines))):
        line = lines[following]
        if lines.text[line.content : line.end].strip() or line.depth > depth:
            return max(line.depth, depth)
    return depth


def _on_wrote(text: str, lines: LineIndex, on_start: int, inner: str, wrote_end: int) -> Header | None:
    flat = _QUOTE_BREAK.sub(" ", inner)
    date = DATE_TIME.match(flat)
    if date is None or date["hour"] is None:
        return None
    sender = flat[date.end() :].strip(" ,")
    if not looks_like_sender(sender):
        sender = leading_sender(sender) or ""  # a quoted name whose address OCR garbled
    if not sender:
        return None
    depth = lines.depth_at(on_start)
    return Header(on_start, wrote_end, "reply", sender, date[0], depth=depth,
                  body_depth=_body_depth(lines, wrote_end, depth))


def _before_wrote(text: str, lines: LineIndex, wrote: re.Match[str], floor: int) -> Header | None:
    """ "On <date>, <sender> wrote:" ending at this "wrote:": the last "On " before it that starts one."""
    window_start = max(floor, wrote.start() - _INTRO_WINDOW)
    starts = [match.start() for match in _ON.finditer(text, window_start, wrote.start())]
    for on_start in reversed(starts):
        header = _on_wrote(text, lines, on_start, text[on_start + 3 : wrote.start()], wrote.end())
        if header is not None:
            return header
    return None


def _wrote_on(text: str, lines: LineIndex, match: re.Match[str]) -> Header | None:
    """ "<sender> wrote on <date>:" (Lotus Notes): the sender is the line up to "wrote"."""
    line = lines.line(match.start())
    date = DATE_TIME.match(text, match.end(), min(line.end, match.end() + 200))
    if date is None or date["hour"] is None or not text.startswith(":", date.end()):
        return None
    sender = text[line.content : match.start()].strip()
    if not looks_like_sender(sender):
        return None
    return Header(line.content, date.end() + 1, "reply", sender, date[0], depth=line.depth,
                  body_depth=_body_depth(lines, date.end() + 1, line.depth))


def _groupwise(lines: LineIndex, match: re.Match[str]) -> Header | None:
    inner = match["inner"]
    date = DATE_TIME.search(inner)
    if date is None or date["hour"] is None or inner[date.end() :].strip():
        return None
    sender = inner[: date.start()].strip()
    if not looks_like_sender(sender):
        return None
    start = match.start() + len(match[0]) - len(match[0].lstrip())
    return Header(start, match.end(), "reply", sender, date[0], body_depth=_body_depth(lines, match.end(), 0))


def reply_headers(text: str, lines: LineIndex) -> list[Header]:
    headers = []
    floor = 0
    for wrote in _WROTE.finditer(text):
        if (header := _before_wrote(text, lines, wrote, floor)) is not None:
            headers.append(header)
        floor = wrote.end()
    headers.extend(header for match in _WROTE_ON.finditer(text) if (header := _wrote_on(text, lines, match)))
    headers.extend(header for match in _GROUPWISE.finditer(text) if (header := _groupwise(lines, match)))
    return headers
