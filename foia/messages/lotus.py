"""Lotus Notes headers: "Name/OU/ORG@DOMAIN" (or "Name/ORG on 03/06/2018 09:14 AM"), an optional
"Sent by:" line, the date, then To/cc/Subject, whose labels Notes may print without colons on lines of
their own."""

from __future__ import annotations

import re

from foia.messages.headers import Header, is_quoted

_LOTUS_DATE = r"\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M(?:\s+[A-Z]{3})?"
_LOTUS_ON = re.compile(rf"^(?P<sender>[^\n]{{2,120}}?)\s+on\s+(?P<date>{_LOTUS_DATE})[ \t]*$", re.M)
_LOTUS_TWO_LINES = re.compile(
    rf"^(?P<sender>[^\n:]{{2,120}})\n(?:[ \t]*Sent by:[^\n]*\n)?[ \t]*(?P<date>{_LOTUS_DATE})[ \t]*$", re.M
)
_LOTUS_BARE_LABEL = re.compile(r"^[ \t]*(To|cc|bcc|Subject)[ \t]*$", re.I)


def lotus_headers(text: str) -> list[Header]:
    """Lotus Notes: "Name/OU/ORG@DOMAIN" (or "... on 03/06/2018 09:14 AM"), the date, then To/cc/Subject,
    whose labels Notes may print without colons on lines of their own."""
    headers = []
    for pattern in (_LOTUS_ON, _LOTUS_TWO_LINES):
        for match in pattern.finditer(text):
            fields, end = _lotus_fields(text, match.end())
            if "to" not in fields:
                continue
            headers.append(Header(match.start(), end, "lotus", match["sender"].strip(), match["date"], fields.get("to"),
                                  fields.get("cc"), fields.get("subject"), is_quoted(text, match.start())))
    return headers


def _lotus_fields(text: str, position: int) -> tuple[dict[str, str], int]:
    fields: dict[str, str] = {}
    lines = text[position:].split("\n")[1:12]
    cursor = position + 1
    pending: str | None = None
    for number, line in enumerate(lines):
        next_cursor = cursor + len(line) + 1
        bare = _LOTUS_BARE_LABEL.match(line)
        labelled = re.match(r"^[ \t]*(To|cc|bcc|Subject|Sent by|Please respond to)[ \t]*:[ \t]*(.*)$", line, re.I)
        if pending is not None and not bare:
            fields[pending] = line.strip()
            pending = None
        elif bare:
            if pending is not None:
                fields[pending] = ""
            pending = bare[1].lower()
        elif labelled:
            fields[labelled[1].lower()] = labelled[2].strip()
        elif number == 0 or not line.strip():
            if not line.strip() and fields:
                return fields, cursor
        else:
            return fields, cursor
        cursor = next_cursor
        if "subject" in fields:
            return fields, cursor
    return fields, cursor
