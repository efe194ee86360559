"""Dates as printed in released emails, parsed strictly: a date we cannot read exactly stays None.

One pattern covers the layouts seen in releases (Outlook "Tuesday, March 6, 2018 9:14 AM", Gmail
"Tue, Mar 6, 2018 at 9:14 AM", RFC 2822 "Tue, 6 Mar 2018 09:14:00 -0800", Lotus "03/06/2018 09:14 AM",
ISO "2018-03-06T09:14:00Z") and tolerates the usual OCR slips in the time ("4)18 PM", "9.14 AM",
"O9:14"). A zone is applied only when the text states one: an abbreviation ("PST"), a name ("Pacific
Standard Time"; "Eastern Time" takes the offset US law gives that date) or an offset ("-0800",
"(UTC-08:00)", "Z"); otherwise only the wall-clock time is known. A two-digit year is the latest year
ending in those digits that is not in the future ("3/5/99" is 1999, "3/5/18" is 2018)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

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
# Offsets in hours of the zone abbreviations and names US agencies print.
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "HDT": -9, "AST": -4, "ADT": -3,
    "COORDINATEDUNIVERSALTIME": 0, "GREENWICHMEANTIME": 0,
}
_REGIONS = {"EASTERN": "E", "CENTRAL": "C", "MOUNTAIN": "M", "PACIFIC": "P", "ALASKA": "AK", "ALASKAN": "AK",
            "HAWAII": "H", "HAWAIIAN": "H", "HAWAII-ALEUTIAN": "H", "ATLANTIC": "A"}
# A zone named without saying standard or daylight time ("Eastern Time", "PT"): the offset the law gave
# that date, from the time zone database.
_GENERIC = {"E": "America/New_York", "C": "America/Chicago", "M": "America/Denver", "P": "America/Los_Angeles",
            "AK": "America/Anchorage", "H": "Pacific/Honolulu", "A": "America/Halifax"}
_MONTH_NAME = (
    r"(?P<month_name>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?"
)
_WEEKDAY = r"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:[a-z]*)\.?,?\s+)?"
_DIGIT = r"[0-9Oo]"  # OCR reads 0 as O
_YEAR = r"[12][0-9O][0-9Ol]{2}"  # and 1 as l
_TIME = (
    rf"(?P<hour>[0-9Ol]?[0-9Ol])\s?[:.)]\s?(?P<minute>{_DIGIT}{{2}})(?:[:.](?P<second>\d{{2}})(?:\.\d{{1,6}})?)?"
    r"(?:\s*(?P<ampm>(?i:[ap])\.?\s?(?i:m)\.?)(?:(?![^\W_])|(?=(?:AK|[ECMPHA])[SD]?T\b|UTC|GMT)))?"
)
_ZONE_NAME = (
    r"(?:Eastern|Central|Mountain|Pacific|Alaskan?|Hawaii(?:an|-Aleutian)?|Atlantic)\s+(?:(?:Standard|Daylight|Summer)\s+)?Time"
    r"|Coordinated\s+Universal\s+Time|Greenwich\s+Mean\s+Time"
)
_ZONE = (
    r"(?:\s*,?\s*\(?(?P<zone>[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?"
    rf"|AK[SD]?T|[HA][SD]T|[ECMP][SD]?T|Z|{_ZONE_NAME})\)?(?![A-Za-z]))?"
)
_DAY_FIRST = rf"(?P<day2>\d{{1,2}})\s+{_MONTH_NAME.replace('month_name', 'month_name2')}\s+(?P<year2>{_YEAR})"
_MONTH_FIRST = rf"{_MONTH_NAME}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>{_YEAR})"
# OCR reads a leading zero as O or Q ("Q3/20/2018").
_NUMERIC = rf"(?P<num_month>[0-9OQ]?\d)/(?P<num_day>[0-9OQ]?\d)/(?P<num_year>{_YEAR}|\d{{2}})(?![\d/])"
_ISO = r"(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})"
DATE_TIME = re.compile(
    rf"(?<![A-Za-z0-9]){_WEEKDAY}(?:{_MONTH_FIRST}|{_DAY_FIRST}|{_NUMERIC}|{_ISO})(?:\s*,?\s*(?:(?i:at)\s+|T)?{_TIME}{_ZONE})?"
)


def _named_zone(zone: str) -> dt.tzinfo | None:
    """"Pacific Standard Time" is -08:00; "Pacific Time" and "PT" are whatever the law made that date."""
    words = zone.upper().split()
    if words[-1] != "TIME" and len(words) == 1 and re.fullmatch(r"(?:AK|[ECMPHA])T", words[0]):
        region, kind = words[0][:-1], ""
    elif words[-1] == "TIME" and words[0] in _REGIONS:
        region, kind = _REGIONS[words[0]], words[1] if len(words) == 3 else ""
    else:
        return None
    if kind:
        abbreviation = region + ("D" if kind in ("DAYLIGHT", "SUMMER") else "S") + "T"
        return dt.timezone(dt.timedelta(hours=_ZONES[abbreviation])) if abbreviation in _ZONES else None
    try:
        return zoneinfo.ZoneInfo(_GENERIC[region])
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):  # no time zone database here: the zone stays unknown
        return None


def _zone_offset(zone: str) -> dt.tzinfo | None:
    compact = re.sub(r"\s+", "", zone.upper())
    if compact in _ZONES:
        return dt.timezone(dt.timedelta(hours=_ZONES[compact]))
    match = re.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?", compact)
    if not match:
        return _named_zone(zone)
    hours, minutes = int(match[2]), int(match[3] or 0)
    if hours > 14 or minutes > 59:  # no such zone: the time stays wall-clock only
        return None
    return dt.timezone((-1 if match[1] == "-" else 1) * dt.timedelta(hours=hours, minutes=minutes))


def _ocr_digits(value: str) -> int:
    return int(value.replace("O", "0").replace("o", "0").replace("Q", "0").replace("l", "1"))


def _full_year(two_digits: int) -> int:
    """The latest year ending in these digits that is not in the future: a release holds no email from
    2099, and "3/5/99" is 1999."""
    year = 2000 + two_digits
    return year if year <= dt.date.today().year else year - 100


def _date_parts(match: re.Match[str]) -> tuple[int, int, int]:
    if match["month_name"]:
        return _ocr_digits(match["year"]), _MONTHS[match["month_name"].lower()], int(match["day"])
    if match["month_name2"]:
        return _ocr_digits(match["year2"]), _MONTHS[match["month_name2"].lower()], int(match["day2"])
    if match["num_month"]:
        year = _ocr_digits(match["num_year"])
        return (_full_year(year) if year < 100 else year), _ocr_digits(match["num_month"]), _ocr_digits(match["num_day"])
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
