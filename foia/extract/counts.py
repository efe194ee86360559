"""Usage counts: how many images, searches, users, cameras, faces, matches, arrests, stated as numbers.

Read only where a number is followed (within two describing words) by a noun that names what is
counted, so years, phone, case and page numbers never become counts. One regex pass finds candidate
numbers; the words after each are checked in Python with bounded look-ahead, so the work stays linear."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

EXTRACTOR = "counts.regex"

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "dozen": 12,
}
_QUALIFIERS = {
    "approximately": "approximately", "approx.": "approximately", "about": "approximately", "around": "approximately",
    "roughly": "approximately", "nearly": "approximately", "almost": "approximately", "some": "approximately",
    "an estimated": "approximately", "estimated": "approximately",
    "more than": "at least", "over": "at least", "at least": "at least", "in excess of": "at least",
    "upwards of": "at least", "exceeding": "at least",
    "up to": "up to", "as many as": "up to",
    "fewer than": "at most", "less than": "at most", "no more than": "at most", "at most": "at most",
    "under": "at most", "a maximum of": "at most",
}
_QUALIFIER = "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<qualifier>{_QUALIFIER})\s+$", re.IGNORECASE)
CANDIDATE = re.compile(
    r"\b(?<![$€£.,/#-])(?P<number>\d{1,3}(?:,\d{3}){1,4}(?![\d,]\d)|\d{1,9}(?:\.\d{1,3})?(?![\d.,]\d)|"
    + "|".join(_NUMBER_WORDS)
    + r")(?:\s?(?P<scale>[kK]\b|million\b|billion\b|thousand\b))?(?![\w%$-])",
    re.IGNORECASE,
)
# What is counted: the noun as written (singular or plural) -> the measure stored.
_MEASURES = {
    "image": "images", "photo": "images", "photograph": "images", "picture": "images", "mugshot": "images",
    "mug shot": "images", "booking photo": "images", "booking image": "images", "face image": "images",
    "facial image": "images", "probe image": "images", "record": "records",
    "search": "searches", "query": "searches", "queries": "searches", "scan": "searches",
    "user": "users", "deputy": "users", "deputies": "users", "officer": "users", "investigator": "users",
    "analyst": "users", "detective": "users", "examiner": "users", "account": "users", "license": "users",
    "licence": "users", "seat": "users",
    "camera": "cameras", "video stream": "cameras", "stream": "cameras", "feed": "cameras",
    "face": "faces", "match": "matches", "matches": "matches", "hit": "matches", "lead": "matches",
    "candidate": "matches", "arrest": "arrests", "identification": "identifications",
    "people": "people", "person": "people", "persons": "people", "individual": "people", "suspect": "people",
    "subject": "people", "request": "requests", "case": "cases", "investigation": "cases",
}
_NOUN = re.compile(
    r"(?P<noun>" + "|".join(re.escape(noun) for noun in sorted(_MEASURES, key=len, reverse=True)) + r")(?:e?s)?\b",
    re.IGNORECASE,
)
# Words that may sit between a number and its noun ("20 designated video streams", "300K booking photos").
_DESCRIBER = re.compile(r"(?:[A-Za-z][a-z]+(?:-[a-z]+)?|[A-Z]{2,8})\s+")
_NOT_DESCRIBERS = frozenset(
    ["of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "the", "a", "an", "per", "each", "every", "who", "which", "that", "than", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "may", "can", "could", "years", "year", "months", "month", "days", "day", "hours", "hour", "minutes", "percent", "pages", "page", "messages", "cents", "dollars"]
)
_RATES = {
    "day": re.compile(r"\s*(?:a|per|each|every)\s+day\b|\s*daily\b", re.IGNORECASE),
    "week": re.compile(r"\s*(?:a|per|each|every)\s+week\b|\s*weekly\b", re.IGNORECASE),
    "month": re.compile(r"\s*(?:a|per|each|every)\s+month\b|\s*monthly\b", re.IGNORECASE),
    "year": re.compile(r"\s*(?:a|per|each|every)\s+year\b|\s*(?:annually|yearly)\b", re.IGNORECASE),
}
_SCALES = {"k": 1000, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
MAX_COUNTS_PER_PAGE = 2000


@dataclass(frozen=True)
class CountFinding:
    char_start: int
    char_end: int
    quote: str
    count: int
    qualifier: str  # exact | approximately | at least | at most | up to
    measure: str
    per: str | None
    confidence: float


def _value(number: str, scale: str | None) -> int | None:
    word = _NUMBER_WORDS.get(number.lower())
    if word is not None:
        value = float(word)
    else:
        value = float(number.replace(",", ""))
    value *= _SCALES.get((scale or "").lower(), 1)
    return int(value) if value == int(value) and value > 0 else None


def find_counts(text: str) -> Iterator[CountFinding]:
    for index, match in enumerate(CANDIDATE.finditer(text)):
        if index >= MAX_COUNTS_PER_PAGE:
            return
        finding = _finding(text, match)
        if finding is not None:
            yield finding


def _finding(text: str, match: re.Match[str]) -> CountFinding | None:
    number = match["number"]
    if re.fullmatch(r"(?:19|20)\d\d", number) and match["scale"] is None:
        return None  # a bare four-digit year
    value = _value(number, match["scale"])
    if value is None:
        return None
    position = match.end()
    if not text.startswith((" ", "\t", "\n"), position):
        return None
    position += 1
    for _ in range(3):
        noun = _NOUN.match(text, position)
        if noun is not None:
            break
        describer = _DESCRIBER.match(text, position)
        if describer is None or describer.group().strip().lower() in _NOT_DESCRIBERS:
            return None
        position = describer.end()
    else:
        return None
    measure = _MEASURES[noun["noun"].lower()]
    end = noun.end()
    per = None
    for name, pattern in _RATES.items():
        if rate := pattern.match(text, end):
            per, end = name, rate.end()
            break
    start, qualifier = match.start(), "exact"
    if before := _QUALIFIER_BEFORE.search(text, max(0, start - 16), start):
        start, qualifier = before.start(), _QUALIFIERS[before["qualifier"].lower()]
    return CountFinding(
        char_start=start,
        char_end=end,
        quote=text[start:end],
        count=value,
        qualifier=qualifier,
        measure=measure,
        per=per,
        confidence=0.85 if measure in ("images", "searches", "users", "cameras", "faces", "matches") else 0.7,
    )
