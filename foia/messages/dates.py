"""Dates as printed in released emails, parsed strictly: a date we cannot read exactly stays None."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

_FORMATS = (
    "%A, %B %d, %Y %I:%M %p",
    "%A, %B %d, %Y %I:%M:%S %p",
    "%A, %B %d, %Y at %I:%M %p",
    "%a, %b %d, %Y at %I:%M %p",
    "%a, %b %d, %Y %I:%M %p",
    "%B %d, %Y %I:%M %p",
    "%B %d, %Y at %I:%M %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%y %I:%M %p",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
)
_SPACES = re.compile(r"\s+")


def parse_sent(text: str) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Return (utc, local): utc only when the text states a zone, local always when readable."""
    cleaned = _SPACES.sub(" ", text.strip())
    if not cleaned:
        return None, None
    for fmt in _FORMATS:
        try:
            local = dt.datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
        return None, local
    if re.search(r"[+-]\d{4}\b|\b(?:GMT|UTC)\b", cleaned):
        try:
            parsed = parsedate_to_datetime(cleaned)
        except (TypeError, ValueError, IndexError):
            return None, None
        if parsed.tzinfo is not None:
            return parsed.astimezone(dt.UTC), parsed.replace(tzinfo=None)
    return None, None
