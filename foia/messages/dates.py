"""Dates as printed in released emails, parsed strictly: a date we cannot read exactly stays None.

One pattern covers the layouts seen in releases (Outlook "Tuesday, March 6, 2018 9:14 AM", Gmail
"Tue, Mar 6, 2018 at 9:14 AM", RFC 2822 "Tue, 6 Mar 2018 09:14:00 -0800", Lotus "03/06/2018 09:14 AM",
ISO) and tolerates the usual OCR slips in the time ("4)18 PM", "9.14 AM", "O9:14"). A zone is applied
only when the text states one; otherwise only the wall-clock time is known."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for name in names
}
# Offsets in hours of the zone abbreviations US agencies print.
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
}
_MONTH_NAME = r"(?P<month_name>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?"
_WEEKDAY = r"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:[a-z]*)\.?,?\s+)?"
_DIGIT = r"[0-9Oo]"  # OCR reads 0 as O
_TIME = (
    rf"(?P<hour>[0-9Ol]?[0-9Ol])\s?[:.)]\s?(?P<minute>{_DIGIT}{{2}})(?:[:.](?P<second>\d{{2}}))?"
    r"(?:\s*(?P<ampm>(?i:[ap])\.?\s?(?i:m)\.?)(?!\w))?"
)
_ZONE = (
    r"(?:\s*,?\s*\(?(?P<zone>[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?"
    r"|AK[SD]T|[ECMPH][SD]T)\)?(?![A-Za-z]))?"
)
_DAY_FIRST = rf"(?P<day2>\d{{1,2}})\s+{_MONTH_NAME.replace('month_name', 'month_name2')}\s+(?P<year2>\d{{4}})"
_MONTH_FIRST = rf"{_MONTH_NAME}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>\d{{4}})"
_NUMERIC = r"(?P<num_month>\d{1,2})/(?P<num_day>\d{1,2})/(?P<num_year>\d{4}|\d{2})"
_ISO = r"(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})"
DATE_TIME = re.compile(
    rf"{_WEEKDAY}(?:{_MONTH_FIRST}|{_DAY_FIRST}|{_NUMERIC}|{_ISO})(?:\s*,?\s*(?:(?i:at)\s+|T)?{_TIME}{_ZONE})?"
)


def _zone_offset(zone: str) -> dt.timezone | None:
    zone = zone.upper().replace(" ", "")
    if zone in _ZONES:
        return dt.timezone(dt.timedelta(hours=_ZONES[zone]))
    match = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", zone)
    if not match:
        return None
    hours, minutes = int(match[2]), int(match[3] or 0)
    if hours > 14 or minutes > 59:  # no such zone: the time stays wall-clock only
        return None
    return dt.timezone((-1 if match[1] == "-" else 1) * dt.timedelta(hours=hours, minutes=minutes))


def _ocr_digits(value: str) -> int:
    return int(value.replace("O", "0").replace("o", "0").replace("l", "1"))


def _date_parts(match: re.Match[str]) -> tuple[int, int, int]:
    if match["month_name"]:
        return int(match["year"]), _MONTHS[match["month_name"].lower()], int(match["day"])
    if match["month_name2"]:
        return int(match["year2"]), _MONTHS[match["month_name2"].lower()], int(match["day2"])
    if match["num_month"]:
        year = int(match["num_year"])
        return (year + 2000 if year < 100 else year), int(match["num_month"]), int(match["num_day"])
    return int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])


def from_match(match: re.Match[str]) -> tuple[dt.datetime | None, dt.datetime | None]:
    """(utc, local) for a DATE_TIME match; (None, None) without a time or with an impossible one."""
    if match["hour"] is None:
        return None, None
    hour, minute = _ocr_digits(match["hour"]), _ocr_digits(match["minute"])
    if ampm := match["ampm"]:
        if not 1 <= hour <= 12:
            return None, None
        hour = hour % 12 + (12 if ampm[0].lower() == "p" else 0)
    try:
        local = dt.datetime(*_date_parts(match), hour, minute, int(match["second"] or 0))
    except ValueError:
        return None, None
    zone = _zone_offset(match["zone"]) if match["zone"] else None
    if zone is None:
        return None, local
    return local.replace(tzinfo=zone).astimezone(dt.UTC), local


# A date is read from the start of a header value: a hostile megabyte-long value costs no more than this.
MAX_DATE_TEXT = 1000


def parse_date_only(text: str) -> dt.date | None:
    """The calendar date a string names, time or not (for labels that print no time)."""
    match = DATE_TIME.search(text[:MAX_DATE_TEXT])
    if match is None:
        return None
    try:
        return dt.date(*_date_parts(match))
    except ValueError:
        return None


def parse_sent(text: str) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Return (utc, local): utc only when the text states a zone, local always when readable."""
    match = DATE_TIME.search(re.sub(r"\s+", " ", text[:MAX_DATE_TEXT]))
    return from_match(match) if match else (None, None)
