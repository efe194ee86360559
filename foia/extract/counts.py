"""Counts: how many images, searches, users, cameras, and, kept apart, how many arrests or matches.

A number is read only where the noun phrase after it names what is counted, and the phrase's head (its
last noun: "36 million driver's license and identification photo images" counts images, "six user
accounts" counts accounts) decides the measure. Numbers may be digits with scales ("2.7 million",
"300K", "40+ billion"), number words ("two hundred", "Fifteen") or ranges ("10 to 20 searches per
day"); qualifiers ("nearly", "more than", "up to", "+") are kept. Whether a count is usage (gallery
size, searches, accounts) or an outcome (arrests, matches, leads) is stored with it, never mixed.

A bare "with 85" in a list ("Akron police led with 185 searches, followed by Stow police with 85")
takes the measure of the count just before it in the same paragraph, and so does a part of it ("97 of
them", unless its clause names an outcome: "... returned at least one candidate", "... led to
arrests"); "Of the 10,652 searches, 418 ..." counts searches too. One regex pass finds candidates;
words after each are checked with bounded look-ahead, so the work stays linear.

Reports and tables print the count after its label ("Total searches: 1,240", "Images in gallery
  1.1 million", "Monthly searches averaged 137"): a line whose label ends in a measure of face-recognition
use and whose value ends the line (or its sentence) is read as that count, the label's rate ("monthly",
"per year") kept.

A table of counts ("Quarter  Searches  Possible matches returned" over rows "Q1  402  133") is read by
its header: when every row under it is a label and as many whole numbers as the header names measures,
each number is a count of its column's measure, over its row's period ("Q1" a quarter, "March" a month)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Literal

from foia.extract import cost_terms
from foia.extract.cost_terms import dates_span_one_year, numeric_span_is_a_year
from foia.extract.money_columns import comma_separated_cells, lines_above
from foia.extract.numbers import Number, read_number
from foia.extract.topic import FACE_RECOGNITION

EXTRACTOR = "counts.grammar"

# Printed qualifiers in foia's vocabulary, the one costs use too: a cap ("up to", "no more than") is "at most".
QUALIFIERS = {
    "approximately": "approximately", "approx.": "approximately", "about": "approximately", "around": "approximately",
    "roughly": "approximately", "some": "approximately", "an estimated": "approximately", "estimated": "approximately",
    "nearly": "approximately", "almost": "approximately", "close to": "approximately",
    "more than": "at least", "over": "at least", "at least": "at least", "in excess of": "at least",
    "upwards of": "at least", "exceeding": "at least", "exceeds": "at least", "surpasses": "at least",
    "north of": "at least",
    "up to": "at most", "as many as": "at most", "a limit of": "at most", "limit of": "at most", "limited to": "at most",
    "capped at": "at most",
    "fewer than": "at most", "less than": "at most", "no more than": "at most", "at most": "at most",
    "under": "at most", "a maximum of": "at most", "maximum of": "at most",
}
# A line may break between a qualifier's words ("more\nthan 30 billion").
_QUALIFIER = "|".join(re.escape(q).replace("\\ ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True))
_QUALIFIER_BEFORE = re.compile(rf"\b(?P<qualifier>{_QUALIFIER})\s+$", re.IGNORECASE)
_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                 r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|a\s+dozen")
CANDIDATE = re.compile(rf"(?<![\w$€£.,/#§'’-])\d|\b(?:{_NUMBER_WORDS})\b(?!-to-)", re.IGNORECASE)  # not "one-to-many"

# Head nouns: what is counted, and whether it is usage or an outcome.
_USAGE_NOUNS = {
    "image": "images", "photo": "images", "photograph": "images", "picture": "images", "mugshot": "images",
    "mug shot": "images", "headshot": "images", "face": "faces", "template": "images",
    "search": "searches", "query": "searches", "queries": "searches", "scan": "searches", "request": "searches",
    "user": "users", "account": "users", "license": "users", "licence": "users", "seat": "users",
    "officer": "users", "deputy": "users", "deputies": "users", "detective": "users", "investigator": "users",
    "analyst": "users", "examiner": "users", "member": "users", "employee": "users", "agent": "users",
    "trooper": "users", "personnel": "users", "operator": "users",
    "agency": "agencies", "agencies": "agencies",
    "person": "people", "persons": "people", "people": "people", "individual": "people", "subject": "people",
    "record": "records",
    # the people enrolled in a watchlist or gallery are its size ("no more than 500 enrolled persons")
    "enrolled person": "images", "enrolled people": "images", "enrolled individual": "images", "enrolled subject": "images",
    "enrolled face": "faces",
}
# Head words that count something of face recognition only where the sentence says so: "60 requests per
# month" are search requests in a sentence about searching, not public-records requests.
_NEEDS_TOPIC_HEADS = frozenset({"request"})
# Describers that keep requests face searches: "148 face-search requests", "1,412 FR comparison requests".
_SEARCH_REQUEST_WORDS = frozenset({"face", "facial", "search", "searches", "face-search", "recognition", "comparison",
                                   "comparisons", "fr", "frt", "identification", "id", "photo", "image", "lookup",
                                   "new", "such", "additional", "total", "more", "separate", "outside", "external",
                                   "agency", "investigative", "analyst", "examiner", "probe", "mfi", "these", "those",
                                   "written", "formal", "emailed", "telephone"})
# Equipment a system runs on: counted, but neither usage nor an outcome.
_EQUIPMENT_NOUNS = {"camera": "cameras", "video stream": "cameras", "stream": "cameras", "feed": "cameras",
                    "device": "devices", "server": "servers", "terminal": "terminals", "kiosk": "kiosks"}
# A candidate (a candidate list returned) is a possible match: counted with the matches.
_OUTCOME_NOUNS = {
    "arrest": "arrests", "match": "matches", "matches": "matches", "hit": "matches", "lead": "leads", "candidate": "matches",
    "identification": "identifications", "conviction": "convictions", "case": "cases", "investigation": "cases",
    "suspect": "suspects", "false positive": "false positives", "misidentification": "misidentifications",
}
# A word in the phrase that makes it an outcome ("2 to 50 candidate photos", "possible matches").
_OUTCOME_WORDS = frozenset({"candidate", "candidates", "possible", "potential", "probable", "returned", "resulting",
                            "investigative", "successful", "positive", "false", "confirmed"})
# People counted as users only where the sentence gives them access or has them use the system: "68 sworn
# officers", "Six analysts will attend the training", "a five-member committee" count people, not users.
_PEOPLE_HEADS = frozenset({"officer", "deputy", "deputies", "detective", "investigator", "analyst", "examiner", "member",
                           "employee", "agent", "trooper", "personnel", "operator", "sergeant", "staff"})
_ACCESS_WORDS = re.compile(
    r"\b(?:accounts?|seats?|licen[cs]e[sd]?|access|log(?:ged)?[\s-]?ins?|logins?|users?|authori[sz]ed|holds?|held|"
    r"credentials?|ran|runs?|searche[sd]|covering|covers|logged|trained|certified|designat\w*|named|enrolled|assigned|"
    r"use\s+(?:the|it|this|that)|(?:will|to|can|may|could|would)\s+use|using)\b", re.IGNORECASE)
# "Two trained examiners must review every candidate": who carries out a procedure, not how many use it.
_REVIEWERS = re.compile(r"[ \t\n]+(?:(?:must|shall|will|should|to|would)[ \t\n]+(?:independently[ \t\n]+)?)?"
                        r"(?:review|reviews|reviewed|verify|confirm|judged|examine)\b", re.IGNORECASE)
# ("318 searches run by 4 users": who ran the searches are their users.)
_BY_BEFORE = re.compile(r"(?<!\brun\s)(?<!\bran\s)(?<!\bmade\s)(?<!\bperformed\s)(?<!\bconducted\s)\bby\s+$|"
                        r"\b(?:review\w*|judged|verified|confirmed|checked|examined)\s+by\s+"
                        r"(?:(?:one|either|both|each)\s+of\s+)?(?:the|its|our)\s+$", re.IGNORECASE)
# Measures that need the sentence itself to speak of face recognition or searching: a count of users
# or agencies in a face-recognition document is often about some wider system (a portal's 39,000 users).
_NEEDS_SENTENCE_TOPIC = frozenset({"agencies", "people", "records"})
# Describers that make a phrase about another product: "200 body cameras", "12 license plate readers".
_OTHER_PRODUCT_WORDS = frozenset({"body", "body-worn", "dash", "dashboard", "plate", "alpr", "lpr", "in-car", "traffic"})
_SENTENCE_TOPIC = re.compile(
    r"\bfac(?:e|ial)\b|\bsearch|\bbiometric|\bmatch|\bphoto|\bimages?\b|mug\s?shot|Rekognition|Clearview|NeoFace|FaceVACS|"
    r"FACE\s?Plus|FaceFirst|Lumen|\bFRT?\b|\bFRS\b|\bsoftware\b|\btool\b|\bsystem\b|\baccounts?\b|\blicen[cs]es?\b|"
    r"\bcomparisons?\b|\bcandidates?\b|\bprobes?\b|\bwatch\s?lists?\b|\bexaminers?\b",
    re.IGNORECASE,
)
_STOP_WORDS = frozenset(
    ["of", "to", "in", "on", "at", "for", "from", "by", "with", "into", "onto", "over", "under", "than", "as", "per",
     "each", "every", "who", "which", "that", "whose", "where", "when", "is", "are", "was", "were", "be", "been", "being",
     "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "does", "did",
     "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these", "those", "it", "they", "he", "she",
     "we", "you", "i", "not", "no"]
)
_NOT_AFTER_TIMES = frozenset({"more", "less", "as", "higher", "lower", "greater", "faster", "slower", "likelier", "likely",
                              "the"})
_TOKEN = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?P<word>[A-Za-z][A-Za-z'’-]*|\d+[A-Za-z]+)")
# Between a number and the first word of its phrase: one space, or a line break (a wrapped line), never the
# gap between table columns ("2   MFI additional investigator" is a row number and its description).
_FIRST_GAP = re.compile(r"(?: |\u00a0|[ \t]*\n[ \t\u00a0]*|-)(?=[A-Za-z0-9])")
# "twenty (20) concurrent user licenses": the figure again in brackets.
_BRACKETED_FIGURE = re.compile(r"\s*\(\s*\d[\d,]*\s*\)")
# A tier or a threshold, not anyone's usage: "25 users and above", "the first 1 million images".
_THRESHOLD_AFTER = re.compile(r"\s+(?:and|or)\s+(?:above|more|up(?!\s+to\b)|over|higher|greater)\b", re.IGNORECASE)
_TIER_BEFORE = re.compile(r"\b(?:first|next|additional\s+tier\s+of)\s+$", re.IGNORECASE)
# "The number of authorized users shall not exceed 9", "accounts are capped at 25".
_LIMITED_TO = re.compile(
    r"(?P<noun>[A-Za-z]+)\s+(?:shall|will|may|must|can|does|do)?\s*(?:not\s+)?(?:exceed|be\s+(?:limited|capped)\s+(?:to|at)|"
    r"(?:is|are)\s+(?:limited|capped)\s+(?:to|at)|capped\s+at|limited\s+to)\s+$", re.IGNORECASE)
# Nouns that, after a measure word, make it a describer of something else ("5 examiner courses").
# Two words that make a modifier, not what is counted: "1,146 face recognition searches", "19.6 million
# driver's license and ID card images".
_MODIFIER_PAIRS = frozenset({"face recognition", "facial recognition", "face comparison", "face matching", "face search",
                             "driver's license", "drivers license", "driver license", "driver's licence", "drivers licence",
                             "identification card", "id card", "identification cards", "id cards"})
_COMPOUND_HEADS = frozenset({"course", "courses", "class", "classes", "training", "program", "programs", "session", "sessions",
                             "meeting", "meetings", "fee", "fees", "cost", "costs", "price", "prices", "budget", "room", "rooms",
                             "report", "reports", "manual", "guide", "handbook", "policy", "agreement", "agreements",
                             "workstation", "workstations", "position", "positions", "computer", "computers", "laptop",
                             "laptops", "station", "stations", "desk", "desks", "vehicle", "vehicles"})
_RATES = {
    "day": re.compile(r"\s*(?:a|per|each|every)\s+day\b|\s*daily\b|\s*/\s*day\b", re.IGNORECASE),
    "week": re.compile(r"\s*(?:a|per|each|every)\s+week\b|\s*weekly\b", re.IGNORECASE),
    "month": re.compile(r"\s*(?:a|per|each|every)\s+month\b|\s*monthly\b|\s*/\s*mo(?:nth)?\b", re.IGNORECASE),
    # "ran 96 searches in 2025", "during calendar year 2025": a count for one stated year is that year's
    # "in FY 2023-24", "in fiscal year 2024-2025": one fiscal year, printed with the next year's digits
    "year": re.compile(r"\s*(?:a|per|each|every)\s+year\b|\s*(?:annually|yearly)\b|\s*/\s*yr\b|"
                       r"\s*(?:in|during)\s+(?:(?:the\s+)?(?:calendar|fiscal)\s+)?(?:year\s+)?(?:CY|FY)?\s?(?:19|20)\d\d\b(?![-–/]\d)|"
                       r"\s*(?:in|during)\s+(?:the\s+)?(?:FY|fiscal\s+year)\s?(?:19|20)\d\d[-–/](?:\d\d|(?:19|20)\d\d)\b|"
                       r"\s*(?:in|during)\s+(?:CY|FY)\s?'?\d{2}\b(?![-–/]\d)",  # "in FY24"
                       re.IGNORECASE),
}
_RANGE_JOIN = re.compile(r"[ \t]*(?:-|–|—|to|and)[ \t]*", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_OF_THE = re.compile(r"\bOf\s+(?:the|these|those|all)\s+$", re.IGNORECASE)
_MAX_PHRASE_WORDS = 7
_MAX_FIGURE = 24
_TIME_UNIT_AFTER_HYPHEN = re.compile(r"-(?:years?|months?|days?|weeks?|hours?|minutes?|yr|mo|time|off|to-one)\b", re.IGNORECASE)
_MONEY_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})*\.\d\d|\d+\.\d\d")
_NEXT_LINE_LABEL = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*[A-Z](?:[^\n:.]|\.(?!\.\.)){0,60}(?::|[ \t\u00a0]*\.{3,})")
# "Total searches: 1,240", "Images in gallery   1.1 million", "Monthly searches averaged 137.": a label
# (up to eight words, no figures but a year) and its value at the end of the line or sentence.
_LABELLED = re.compile(
    r"^[ \t\u00a0]*(?:[-•*·▪]|\(?[0-9a-z]{1,2}[.)])?[ \t\u00a0]*"
    r"(?P<label>[A-Za-z#][A-Za-z#/'’(), \t\u00a0-]{2,70}?(?:\(?(?:FY|CY)?[ \t]?(?:19|20)\d\d\)?[A-Za-z()/ \t-]{0,30}|"
    r"[ \t]\(?(?:in[ \t]+)?(?:the[ \t]+)?(?:last|past|prior|previous|preceding)[ \t]+(?:12|twelve)[ \t]+months\)?)?"
    r"(?:[ \t]*\([A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:,[ \t]*(?:19|20)\d\d)?\))?"
    r"(?:[ \t]+(?:at|as[ \t]+of|on)[ \t]+\d{1,2}/\d{1,2}/(?:19|20)?\d\d)?)"  # "Images in gallery at 06/30/2024"
    r"(?:[ \t\u00a0]*[:=][ \t\u00a0]*|[ \t\u00a0]+[-–—][ \t\u00a0]+|\t[ \t\u00a0]*|[ \t\u00a0]{2,}|[ \t\u00a0]*\.{3,}[ \t\u00a0]*"
    r"|[ \t\u00a0]+(?P<verb>averaged|totall?ed|numbered|reached|exceeded|came[ \t]+to|stood[ \t]+at)[ \t\u00a0]+)"
    r"(?P<qualifier>(?:approximately|approx\.|about|roughly|nearly|over|more[ \t]+than|fewer[ \t]+than|~)[ \t\u00a0]*)?"
    r"(?P<number>\d[\d,]*(?:\.\d+)?(?:[ \t\u00a0]*(?:million|billion|thousand|[KMB]\b))?)"
    r"[ \t\u00a0]*(?:\.(?![\d])|;)?(?:[ \t\u00a0]+\(\d{1,3}(?:\.\d+)?%\))?[ \t\u00a0]*$",  # "74  (7.1%)": its share beside it
    re.MULTILINE,
)
# Label heads that count face-recognition use: people counted by their job ("Officers: 245") are staff,
# not users of the system, in a table.
_LABEL_HEADS = frozenset({"image", "photo", "photograph", "mugshot", "mug shot", "face", "template", "probe", "search", "request",
                          "query", "queries", "user", "account", "license", "licence", "seat", "match", "matches", "hit",
                          "lead", "candidate", "identification", "arrest"})
# Words in a label that make its figure something other than a count: a price, a share, a ratio, an ID.
_LABEL_NOT_COUNT = re.compile(
    r"\b(?:fee|fees|cost|costs|price|prices|rate|percent|percentage|ratio|average\s+(?:time|age)|number\s+assigned|"
    r"id|no\.|case(?!\s+(?:agents?|detectives?|det\b|officers?|investigators?))|phone|fax|ext|page|pages|budget|amount|dollars|"
    r"per\s+(?!month|year|day|week|quarter|annum)\w+|"
    r"hours?|minutes?|days?|weeks?|months?|years?\s+(?!to\s+date)|declined|rejected|denied|refused|returned\s+unrun)\b",
    re.IGNORECASE,
)
_LABEL_RATE = {"month": re.compile(r"\bmonthly\b|\bper\s+month\b|\ba\s+month\b", re.IGNORECASE),
               "year": re.compile(r"\bannual(?:ly)?\b|\byearly\b|\bper\s+(?:year|annum)\b|\ba\s+year\b", re.IGNORECASE),
               "week": re.compile(r"\bweekly\b|\bper\s+week\b", re.IGNORECASE),
               "day": re.compile(r"\bdaily\b|\bper\s+day\b", re.IGNORECASE)}
_LABEL_QUALIFIERS = {**QUALIFIERS, "~": "approximately"}
# A label that names one year ("Searches in the audit log, 2024", "Requests (CY 2023)"), not a range or a date.
_LABEL_YEAR = re.compile(r"(?<![\d/.-])(?:(?:FY|CY)\s?'?)?(?:19|20)\d\d\b(?![-–/]\d)", re.IGNORECASE)
_LABEL_QUALIFIED = re.compile(r"\b(?:with|without|in|from|during|by|run\s+for)\b", re.IGNORECASE)
_TWELVE_MONTHS = re.compile(r"[ \t]\(?(?:in[ \t]+)?(?:the[ \t]+)?(?:last|past|prior|previous|preceding)[ \t]+(?:12|twelve)[ \t]+"
                            r"months\)?$", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r"\b(?:in\s+which|for\s+which|of\s+which|which|that|where|whose)\b", re.IGNORECASE)
MAX_COUNTS_PER_PAGE = 2000
_INHERIT_REACH = 300


@dataclass(frozen=True)
class CountFinding:
    char_start: int
    char_end: int
    quote: str
    count: int
    qualifier: str  # exact | approximately | at least | at most | up to | range
    measure: str
    per: str | None
    confidence: float
    count_max: int | None = None  # the upper end of a range ("10 to 20 searches")
    category: str = "usage"  # usage (gallery, searches, access) | outcome (arrests, matches, leads) | equipment (cameras)
    # In a table read by column: the headers of its value columns, and which of them the figure stands under
    # (a column may name the product it counts: "SNAP searches", "Clearview searches").
    columns: tuple[str, ...] = ()
    column: int | None = None


@dataclass(frozen=True)
class _Phrase:
    measure: str
    category: str
    start: int  # the phrase's first word
    end: int  # its head noun's end
    needs_topic: bool
    people: bool = False  # the head counts people ("six detectives"), not accounts or seats


# A spreadsheet printed with its row numbers ("2    2022 Q3    164    11.9%"): three or more lines in a row
# numbered one after another from 1 (the header's row), never years ("2021   1,412").
_NUMBERED_LINE = re.compile(r"^(?P<number>[ \t]*\d{1,3})(?=[ \t]{2,}\S|[ \t]*$)", re.MULTILINE)
_MIN_NUMBERED_LINES = 3


def _wrapped_header_row(text: str, numbered: re.Match[str]) -> bool:
    """Row 1 of a spreadsheet is its header, which may wrap onto lines without a row number: words only
    (an item 1 of a quote, whose description wraps, has figures)."""
    line_end = text.find("\n", numbered.end())
    return numbered["number"].strip() == "1" and not re.search(r"\d", text[numbered.end() : line_end if line_end != -1 else None])


def _without_row_numbers(text: str) -> str:
    """The text with a printed spreadsheet's row numbers blanked out (same length: offsets hold), so its
    rows read as a table's: label, then figures."""
    numbered = list(_NUMBERED_LINE.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for match in numbered:
        previous = runs[-1][-1] if runs else None
        apart = text.count("\n", previous.start(), match.start()) if previous is not None else 0
        if (previous is not None and int(match["number"]) == int(previous["number"]) + 1
                and (apart == 1 or (apart <= _HEADER_LINES and _wrapped_header_row(text, previous)))):
            runs[-1].append(match)
        else:
            runs.append([match])
    runs = [run for run in runs if len(run) >= _MIN_NUMBERED_LINES and int(run[0]["number"]) == 1]
    blanked = list(text)
    for run in runs:
        for match in run:
            blanked[match.start() : match.end()] = " " * (match.end() - match.start())
    return "".join(blanked) if runs else text


def find_counts(text: str) -> Iterator[CountFinding]:
    found, tables = aligned_tables(_without_row_numbers(text))
    csv_lines = list(_CSV_LINE.finditer(text))  # one scan for both readers of comma-separated lines
    for reader in (_comma_separated_counts, _item_value_counts):
        exported, export_lines = reader(text, csv_lines)
        found.extend(exported)
        tables.extend(export_lines)
    # A labelled line's figure first: numbers inside its label ("Accounts that ran at least one search   8")
    # are part of what it counts.
    for extra in (_labelled_counts(text), _prose_counts(text), _table_counts(text)):
        found.extend([finding for finding in extra
                      if not any(f.char_start < finding.char_end and finding.char_start < f.char_end for f in found)
                      and not any(start < finding.char_end and finding.char_start < end for start, end in tables)])
    yield from sorted((_gallery_people(text, finding) for finding in found), key=lambda finding: finding.char_start)


# "118,604 images of approximately 61,300 individuals", "booking photographs of about 97,000 people": the
# people a gallery's photos show are its size, as "enrolled persons" are (the labelling rules' `images`).
_PHOTOS_OF = re.compile(r"\b(?:images?|photos?|photographs?|mug\s?shots?|pictures?|templates?)[ \t\n]+(?:of|representing|"
                        r"depicting|belonging[ \t\n]+to)[ \t\n]+(?:some[ \t\n]+)?$", re.IGNORECASE)


# "Only 4 people ran a search in the last 12 months": people who search are the system's users.
_RAN_A_SEARCH = re.compile(r"[ \t\n]+(?:(?:have|had|each|also)[ \t\n]+)?(?:ran|run|used|conducted|performed|logged[ \t\n]+in)\b"
                           r"[^.;\n]{0,40}?\b(?:searche?s?|system|tool|app|software|Clearview|FaceSearch)\b", re.IGNORECASE)


def _gallery_people(text: str, finding: CountFinding) -> CountFinding:
    """People counted as what the text says of them: the people a gallery's photos show are its size
    (`_PHOTOS_OF`), and people who ran searches are users."""
    if finding.measure != "people":
        return finding
    if _PHOTOS_OF.search(text, max(0, finding.char_start - 40), finding.char_start) is not None:
        return replace(finding, measure="images")
    if _RAN_A_SEARCH.match(text, finding.char_end):
        return replace(finding, measure="users")
    return finding


_CSV_LINE = re.compile(r"^[^\n\r,]*,[^\n\r]*$", re.MULTILINE)


def _comma_separated_counts(text: str, lines: list[re.Match[str]]) -> tuple[list[CountFinding], list[tuple[int, int]]]:
    """A spreadsheet export printed as comma-separated lines ('"Quarter","Searches","Leads forwarded"' over
    '"Q1 2023","301","19"'): each row's cells under the header that names their measure, by the row's period;
    a total row over a year's quarters or months is that year's. Only a header of short cells without
    figures over two or more rows of figures is read. Returns the counts and the lines read."""
    found: list[CountFinding] = []
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        header = lines[index]
        names = comma_separated_cells(_after_gutter(header.group()))
        index += 1
        if len(names) < 2 or any(len(name) > _CSV_HEADER_CELL or re.search(r"\d", name) for name in names):
            continue
        measures = [column_measure(name) if name.strip() else None for name in names]
        if not any(measures[1:]):
            continue
        rows: list[tuple[re.Match[str], list[str]]] = []
        while index < len(lines) and lines[index].start() == (rows[-1][0] if rows else header).end() + 1:
            cells = comma_separated_cells(_after_gutter(lines[index].group()))
            if len(cells) != len(names) or not any(_COUNT_CELL.fullmatch(cell.strip()) for cell in cells[1:]):
                break
            rows.append((lines[index], cells))
            index += 1
        if len(rows) < _MIN_TABLE_ROWS:
            continue
        # A row's period is its first cell that names one: "Q1 2023", or "2024-01" after a row number.
        periods = [next((period for cell in cells if (period := row_period(cell))), None) for _, cells in rows]
        total_per = _total_period(periods)
        for (line, cells), period in zip(rows, periods, strict=True):
            total = any(_TOTAL_LABEL.match(cell.strip()) for cell, measured in zip(cells, measures, strict=True)
                        if measured is None)
            per = period or (total_per if total else None)
            spans.append((line.start(), line.end()))
            cursor = line.start() + len(line.group()) - len(_after_gutter(line.group()))  # past a row number
            for column, (cell, measured) in enumerate(zip(cells, measures, strict=True)):
                printed = cell.strip()
                position = text.find(printed, cursor, line.end()) if printed else -1
                if position < 0:
                    continue
                cursor = position + len(printed)  # each cell after the one before ("58","8": not the 8 of 58)
                if column == 0 or measured is None or not _COUNT_CELL.fullmatch(printed):
                    continue
                value, end = int(printed.replace(",", "")), cursor
                if value > 0:
                    found.append(CountFinding(char_start=line.start(), char_end=end, quote=text[line.start() : end],
                                              count=value, qualifier="exact", measure=measured[0],
                                              per=per if measured[0] in FLOWS else None, confidence=0.7,
                                              category=measured[1], columns=tuple(names[1:]), column=column - 1))
    return found, spans


_CSV_HEADER_CELL = 40
# A printed sheet's row-number gutter before each comma-separated line: '  2 | "2024-01","58","9",""'.
_ROW_GUTTER = re.compile(r"[ \t]*\d{1,4}[ \t]*\|[ \t]*")


def _after_gutter(line: str) -> str:
    gutter = _ROW_GUTTER.match(line)
    return line[gutter.end():] if gutter else line

# A sheet of labelled figures: '"Item","Detail","Value"' over '"Licensed seats at 6/30/2024","Clearview AI
# investigative seats","40"', or '"Item","Value","Source"' over '"Users who ran a search in 2024","3","audit log"'.
_ITEM_HEADER = re.compile(r"(?:item|measure|metric|statistic|description|category|line\s+item)", re.IGNORECASE)
_VALUE_HEADER = re.compile(r"(?:value|count|number|figure|total|amount)", re.IGNORECASE)
_ONE_YEAR_NAMED = re.compile(r"\b(?:in|during|for)\s+(?:calendar\s+|fiscal\s+)?(?:year\s+)?(?:19|20)\d\d\b(?![-–/]\d)|"
                             r"\b(?:FY|CY)\s?'?(?:19|20)?\d\d\b(?![-–/]\d)", re.IGNORECASE)
# "Unique persons in gallery": the people a gallery's photos show are its size.
_GALLERY_PEOPLE = re.compile(r"\b(?:persons|people|individuals|subjects)\b.*\b(?:gallery|database|repository)\b|"
                             r"\b(?:gallery|database|repository)\b.*\b(?:persons|people|individuals|subjects)\b", re.IGNORECASE)


def _item_value_counts(text: str, lines: list[re.Match[str]]) -> tuple[list[CountFinding], list[tuple[int, int]]]:
    """Counts of a sheet of labelled figures printed as comma-separated lines: under a header whose first
    cell (or the one after a row-number column) names items and another the value, each row whose value is
    a whole number counts what its label (or, failing that, its detail) names; a label naming one year ("in
    2024", "FY2024") makes a flow that year's. Returns the counts and the lines read."""
    found: list[CountFinding] = []
    spans: list[tuple[int, int]] = []
    for index, header in enumerate(lines):
        names = [name.strip() for name in comma_separated_cells(header.group())]
        item_at = next((i for i, name in enumerate(names[:2]) if _ITEM_HEADER.fullmatch(name)), None)  # after a "row" column
        value_at = next((i for i, name in enumerate(names) if item_at is not None and i > item_at
                         and _VALUE_HEADER.fullmatch(name)), None)
        if item_at is None or value_at is None or len(names) > 5:
            continue
        previous = header
        for line in lines[index + 1 :]:
            if line.start() != previous.end() + 1:
                break
            previous = line
            cells = comma_separated_cells(line.group())
            if len(cells) != len(names):
                break
            value = cells[value_at].strip()
            spans.append((line.start(), line.end()))
            if not _COUNT_CELL.fullmatch(value):
                continue
            labels = [cell.strip() for cell in cells[item_at:value_at] if cell.strip()]
            measured = next((m for label in labels if (m := _item_measure(label))), None)
            if measured is None:
                continue
            end = _cell_end(text, line, cells, value_at)
            yearly = (measured[0] in FLOWS or measured[0] == "users") and _ONE_YEAR_NAMED.search(" ".join(labels))
            per = "year" if yearly else None
            count = int(value.replace(",", ""))
            if count > 0 and end is not None:
                found.append(CountFinding(char_start=line.start(), char_end=end, quote=text[line.start() : end], count=count,
                                          qualifier="exact", measure=measured[0], per=per, confidence=0.7,
                                          category=measured[1]))
    return found, spans


def _item_measure(label: str) -> tuple[str, str] | None:
    """What a sheet's label counts: its head, before what qualifies it ("Searches with case number entered" are
    searches); a gallery's people are its size; an average or a share counts nothing."""
    if _NOT_A_TALLY.match(label):
        return None
    if _GALLERY_PEOPLE.search(label):
        return "images", "usage"
    head = _QUALIFIED_FROM.split(label, maxsplit=1)[0]
    return column_measure(head) or column_measure(label)


_QUALIFIED_FROM = re.compile(r"\s+(?:with|in|for|of|by|who|that|which|from|after|at)\s+", re.IGNORECASE)
_NOT_A_TALLY = re.compile(r"\s*(?:average|mean|median|percent|percentage|share|rate|ratio)\b", re.IGNORECASE)


def _cell_end(text: str, line: re.Match[str], cells: list[str], at: int) -> int | None:
    """Where the cell `at` of a comma-separated line ends in the text (after its closing quote, if any)."""
    position = line.start()
    for cell in cells[: at + 1]:
        printed = cell.strip()
        found = text.find(printed, position, line.end()) if printed else position
        if found < 0:
            return None
        position = found + len(printed)
    return position + 1 if text.startswith('"', position) else position


def _prose_counts(text: str) -> Iterator[CountFinding]:
    previous: CountFinding | None = None
    periods: dict[tuple[int, str], str] = {}  # the period of each count already read, by figure and measure
    skip_until = 0
    for index, match in enumerate(CANDIDATE.finditer(text)):
        if index >= MAX_COUNTS_PER_PAGE:
            return
        if match.start() < skip_until:
            continue
        finding = _finding(text, match.start(), previous)
        if finding is not None and finding.count == 1 and finding.qualifier == "at least":
            continue  # "accounts that ran at least one search", "at least one possible match": a condition, no count
        if finding is not None:
            if finding.per is None and finding.measure in FLOWS and (finding.count, finding.measure) in periods:
                # "In 2024 the unit ran 178 searches. Of the 178 searches, ...": the same count again, its period too
                finding = replace(finding, per=periods[finding.count, finding.measure])
            if finding.per is not None and finding.count_max is None:
                periods.setdefault((finding.count, finding.measure), finding.per)
            previous = finding
            skip_until = finding.char_end
            if finding.count_max is not None and _CHANGE_FROM.search(text, max(0, finding.char_start - 60), finding.char_start):
                yield replace(finding, count_max=None, qualifier="exact")  # what it was ...
                yield replace(finding, count=finding.count_max, count_max=None, qualifier="exact")  # ... and what it is
                continue
            yield finding
            if finding.per == "year" and finding.count_max is None and _IN_A_YEAR_END.search(finding.quote):
                for elided in _elided_counts(text, finding):
                    skip_until = elided.char_end
                    yield elided


# "11 requests in 2022, 9 in 2023 and 6 so far in 2024, or 26 in all": figures after one counted in a year
# that leave its measure unsaid, each in its own year (a year so far is no whole year), or in all.
_IN_A_YEAR_END = re.compile(r"\bin\s+(?:19|20)\d\d$")
_ELIDED = re.compile(r"(?:,[ \t\n]*(?:(?:and|or)[ \t\n]+)?|[ \t\n]+(?:and|or)[ \t\n]+)"
                     r"(?P<count>\d{1,3}(?:,\d{3})+|\d+)[ \t\n]+"
                     r"(?:(?P<so_far>so[ \t\n]+far[ \t\n]+)?in[ \t\n]+(?P<year>(?:19|20)\d\d)|in[ \t\n]+(?:all|total))"
                     r"\b(?![-–/]\d)")


def _elided_counts(text: str, first: CountFinding) -> Iterator[CountFinding]:
    position = first.char_end
    while (match := _ELIDED.match(text, position)) is not None:
        per = "year" if match["year"] and not match["so_far"] else None
        start = match.start("count")
        yield replace(first, char_start=start, char_end=match.end(), quote=text[start : match.end()],
                      count=int(match["count"].replace(",", "")), qualifier="exact", per=per)
        position = match.end()


# A change, not a range: "We are going from 10 to 12 licenses", "raises Clearview users from 15 to 18".
_CHANGE_FROM = re.compile(r"\b(?:go(?:ing|es)?|went|gone|increas\w*|rais\w*|ris(?:e|es|ing)|rose|grow\w*|grew|expand\w*|"
                          r"mov\w*|jump\w*|climb\w*|drop\w*|fell|fall\w*|reduc\w*|cut\w*|decreas\w*|bump\w*|up|down)"
                          r"\s+(?:[\w-]+\s+){0,3}?from\s+$", re.IGNORECASE)


_TABLE_ROW = re.compile(
    r"^[ \t\u00a0]*(?P<label>[A-Za-z][^\d\n]{0,60}?|(?:FY|CY)?[ \t]?(?:19|20)\d\d(?:[-–/]\d{2,4})?"
    r"|(?:(?:19|20)\d\d[ \t]+)?Q[1-4](?:[ \t]+(?:19|20)\d\d)?(?:[ \t]+\([A-Za-z]{3}[-–][A-Za-z]{3}\))?)"
    r"(?P<cells>(?:[ \t\u00a0]+\d{1,3}(?:,\d{3})*|[ \t\u00a0]+\d+|[ \t\u00a0]+(?:--?|—|–|n/a|N/A)(?=[ \t\u00a0]|$)){1,6})"
    r"[ \t\u00a0]*$",
    re.MULTILINE)
_TABLE_CELL = re.compile(r"\d[\d,]*|(?<!\S)(?:--?|—|–|n/a|N/A)(?!\S)")  # a dash or n/a holds a column's place
_RULE_LINE = re.compile(r"^[ \t\u00a0]*[-=_]{2,}(?:[ \t\u00a0]+[-=_]{2,})*[ \t\u00a0]*$")
_TABLE_YEAR = r"(?:(?:FY|CY)\s?'?\d{2}(?:\d{2})?|(?:19|20)\d\d)"
_ROW_PERIODS = (
    # "Q1", "2023 Q1", "2023-Q1", "2023Q1", "Q1 2023", "Q1-2023", "first quarter"
    ("quarter", re.compile(rf"^(?:{_TABLE_YEAR}[\s-]*)?(?:Q[1-4]|(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+quarter)"
                           rf"(?:[\s-]+{_TABLE_YEAR})?\b|"
                           # "1st (Jan-Mar)", "2nd qtr (Apr-Jun 2023)": an ordinal and its three months
                           r"^(?:1st|2nd|3rd|4th|first|second|third|fourth)(?:\s+(?:quarter|qtr\.?))?\s*\((?:jan|feb|mar|apr|may|jun|"
                           r"jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-–]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                           re.IGNORECASE)),
    ("month", re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
                         r"(?:[\s-]+'?(?:(?:19|20)\d\d|\d\d))?$", re.IGNORECASE)),
    ("year", re.compile(r"^(?:(?:FY|CY)\s?'?\d{2}|(?:FY|CY)?\s?(?:19|20)\d\d)(?:[-–/]\d{2,4})?$", re.IGNORECASE)),
)
_MIN_TABLE_ROWS = 2
# Short forms and other words for a measure in a table header: "Probe Imgs", "Srchs", "Accts", "Identity
# confirmed".
_ABBREVIATIONS = {"imgs": "images", "img": "image", "pics": "photos", "srchs": "searches", "srch": "search",
                  "accts": "accounts", "acct": "account", "reqs": "requests", "req": "request",
                  "identity": "identification", "identities": "identifications"}
_YEAR_WORD = re.compile(r"\b(?:FY|CY)?(?:19|20)\d\d\b")
# What a header's figures may be besides years: quarters ("Q1  Q2  Q3  Q4").
# Years, quarters and dates a header line may name ("FY 2021-22", "Q3", "Accounts at June 30, 2023").
_PERIOD_WORDS = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d\b|"
                           r"\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b|"
                           r"\b(?:(?:FY|CY)[ \t]?'?\d\d(?:\d\d)?|(?:19|20)\d\d)(?:[-–/](?:19|20)?\d\d)?\b|\bQ[1-4]\b")


def _table_counts(text: str) -> Iterator[CountFinding]:
    """Counts in a table whose header names the measure of each numeric column."""
    rows = list(_TABLE_ROW.finditer(text))
    index = 0
    while index < len(rows):
        run = [rows[index]]
        while index + len(run) < len(rows) and _follows(text, run[-1], rows[index + len(run)]):
            run.append(rows[index + len(run)])
        index += len(run)
        widths = {len(_TABLE_CELL.findall(row["cells"])) for row in run}
        header = _line_before(text, run[0].start())
        if len(run) < _MIN_TABLE_ROWS or len(widths) != 1 or header is None:
            continue
        measures = _header_measures(header)
        if len(measures) != widths.pop():
            continue  # a column the header does not name as a measure (a share, a cost): not read at all
        for row in run:
            per = row_period(row["label"])
            for (measure, category), cell in zip(measures, _TABLE_CELL.finditer(text, row.start("cells"), row.end()),
                                                 strict=True):
                if not cell.group()[0].isdigit():
                    continue  # "--": nothing counted in that column
                value = int(cell.group().replace(",", ""))
                if value <= 0:
                    continue
                start = row.start("label")
                yield CountFinding(char_start=start, char_end=cell.end(), quote=text[start : cell.end()], count=value,
                                   qualifier="exact", measure=measure, per=per, confidence=0.7, category=category)


# A statistics table printed in columns, as annual reports and audits print them: a label, then numbers
# right-aligned under a header of one to three lines (over a rule of dashes or not). Cells that are
# shares, money or decimals hold their column's place and count nothing.
# A row may end in a column of notes ("Sep 2023   196   55   17   3   System down 3 days (upgrade)"):
# words after a column gap, read by no one as figures.
_ALIGNED_ROW = re.compile(
    r"^[ \t\u00a0]*(?P<label>(?:[A-Za-z(]|(?:FY|CY)?[ \t]?(?:19|20)\d\d(?:\b|(?=Q[1-4]\b))|[1-4](?:st|nd|rd|th)\b)[^\n]*?)"
    r"(?P<cells>(?:[ \t\u00a0]{2,}(?:[$]?\d[\d,]*(?:\.\d+)?%?|--?|—|–|n/a|N/A)){1,8})"
    r"(?P<note>[ \t\u00a0]{2,}(?:[A-Za-z(]|\d+[ \t]+[A-Za-z])[^\n]*?)?[ \t\u00a0]*$",
    re.MULTILINE)
_ALIGNED_CELL = re.compile(r"(?<!\S)\S+(?!\S)")
_COUNT_CELL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_HEADER_LINES = 3
_TITLE_REACH = 3
# What happens in a period (a year's flow), as against a standing figure (a gallery's images, its users).
FLOWS = frozenset({"searches", "requests", "search requests", "queries", "matches", "leads", "arrests", "identifications",
                    "hits", "candidates"})
# Images counted as they pass, not as a gallery holds them: "Probe images submitted", "Photos searched".
_IMAGES_IN_FLOW = re.compile(r"\b(?:probes?|submitted|searched|run|processed|sent|received|requested|uploaded|added)\b",
                             re.IGNORECASE)


def _is_flow(measure: str, label: str) -> bool:
    """Whether a row's figure is counted over a period (searches, leads; images submitted), not held."""
    return measure in FLOWS or (measure == "images" and bool(_IMAGES_IN_FLOW.search(label)))


def aligned_tables(text: str) -> tuple[list[CountFinding], list[tuple[int, int]]]:
    """Counts in column-aligned tables: each numeric cell under a header that names a measure ("Requests",
    "Searches / conducted" on two lines), or, under year columns ("2021  2022  2023"), each cell of a row
    whose label names one ("Searches run (all requesters)"), per year for what happens in a year. A
    one-column table takes its measure from a title just above ("2024 searches completed by agency type").
    Returns the counts and the spans of the tables read, which no other reader reads again."""
    findings: list[CountFinding] = []
    spans: list[tuple[int, int]] = []
    for run, found in _aligned_runs(text):
        findings.extend(found)
        spans.append((run[0].start(), run[-1].end()))
    return findings, spans


# A header of years alone ("          2021     2022     2023") is no row of the table under it.
_YEARS_LINE = re.compile(r"[ \t]*(?:(?:FY|CY)?[ \t]?(?:19|20)\d\d[ \t]*)+", re.IGNORECASE)


def _aligned_runs(text: str) -> Iterator[tuple[list[re.Match[str]], list[CountFinding]]]:
    rows = [row for row in _ALIGNED_ROW.finditer(text) if not _RULE_LINE.match(row.group())
            and not _YEARS_LINE.fullmatch(text, row.start(), row.end("cells"))  # "2023   2024   Total" too
            and not _years_header(row)]
    index = 0
    while index < len(rows):
        run = [rows[index]]
        while index + len(run) < len(rows) and _follows(text, run[-1], rows[index + len(run)]):
            run.append(rows[index + len(run)])
        index += len(run)
        widths = [len(_ALIGNED_CELL.findall(row["cells"])) for row in run]
        width = max(widths)
        # A Total row may leave columns empty ("Total   392" under "Searches run   Active users"); other rows not.
        if len(run) < _MIN_TABLE_ROWS or any(cells != width and not _TOTAL_LABEL.match(row["label"].strip())
                                             for row, cells in zip(run, widths, strict=True)):
            continue
        found = _aligned_run(text, run, width)
        if found is not None:
            yield run, found


def _years_header(row: re.Match[str]) -> bool:
    """A header of years under a word for the rows ("Measure      2023      2024"): no row of counts."""
    return bool(_ITEM_HEADER.fullmatch(row["label"].strip())) and all(
        _YEAR_WORD.fullmatch(cell) for cell in row["cells"].split())


def _follows(text: str, above: re.Match[str], row: re.Match[str]) -> bool:
    """A row starts on the line after the row `above`, or is a Total row after a rule under it
    ("-----   --------   --------" over "Total   570   256") or after the blank line a scan leaves for it."""
    following = _next_line(text, above.end())
    if following == row.start():
        return True
    rule_end = text.find("\n", following)
    between = text[following:rule_end]
    if rule_end == -1 or rule_end + 1 != row.start() or not _TOTAL_LABEL.search(row["label"]):  # "Total", "Q3 total"
        return False
    if _RULE_LINE.match(between):
        return True
    # the blank line a scan leaves for a lost rule: a total of the same columns ("FY2023 total   121" under
    # five columns is a figure of its own)
    return not between.strip() and len(_ALIGNED_CELL.findall(row["cells"])) == len(_ALIGNED_CELL.findall(above["cells"]))


def _aligned_run(text: str, run: list[re.Match[str]], width: int) -> list[CountFinding] | None:
    """The counts of one table, or None when no header names its columns (then it is no table read here)."""
    printed = [[(cell.start() + row.start("cells") - _line_start(text, row.start()), cell)
                for cell in _ALIGNED_CELL.finditer(row["cells"])] for row in run]
    full = [row for row in printed if len(row) == width]
    if len(full) < _MIN_TABLE_ROWS:
        return None
    rights = [max(column + len(cell.group()) for column, cell in (row[i] for row in full)) for i in range(width)]
    cells = [row if len(row) == width else _under_columns(row, rights) for row in printed]
    label_end = max(row.end("label") - _line_start(text, row.start()) for row in run)
    headers = _column_headers(text, run[0].start(), label_end, rights, noted=any(row["note"] for row in run))
    if headers is None:
        return None
    found: list[CountFinding] = []
    # Columns of periods ("2021  2022  2023", "Q1  Q2  Q3  Q4"): each row's label names what it counts, and
    # a total column beside them ("Project total") counts the same over all of them.
    column_periods = [_column_period(header) for header in headers]
    totals = [bool(_TOTAL_LABEL.search(header) or _YEAR_TOTAL_HEADER.search(header)) and any(column_periods)
              for header in headers]
    across_periods = _total_period([period for period in column_periods if period])
    total_per = _total_period([row_period(row["label"]) for row in run])
    titled_year = _title_names_one_year(text, run[0].start())
    # Only over rows that name no measure themselves (requesting agencies or units, not indicators).
    titled_measure = (_titled_measure(text, run[0].start()) if any(column_periods) and not any(
        column_measure(re.sub(r"\([^)]*\)", "", row["label"])) for row in run) else None)
    above: tuple[str, str] | None = None  # the measure of the row above
    # A column headed by a face recognition product alone counts what the table's title counts.
    product_measure = (_titled_measure(text, run[0].start())
                       if any(_product_column(header) and column_measure(header) is None for header in headers) else None)
    for row, row_cells in zip(run, cells, strict=True):
        label = row["label"].strip()
        # "Analyst accounts (year end)": the words outside brackets first; "Gallery size (booking images)".
        row_measure = ((column_measure(re.sub(r"\([^)]*\)", "", label)) or column_measure(label))
                       if any(column_periods) else None)
        if row_measure is None and any(column_periods) and _PART_OF_ROW_ABOVE.match(label):
            row_measure = above  # "  of which for other agencies   57   88" under "Searches run   684   912"
        above = row_measure
        for column, (header, column_period, total, slot) in enumerate(zip(headers, column_periods, totals, row_cells,
                                                                          strict=True)):
            if slot is None or not _COUNT_CELL.fullmatch(slot[1].group()):
                continue  # an empty column of a short Total row, or no count
            cell = slot[1]
            by_row = column_period is not None or total
            measured = row_measure if by_row else column_measure(header)
            if measured is None and not by_row and _product_column(header):
                measured = product_measure  # "Vigilant FaceSearch" under "Table 1. Searches run and requests sent"
            if measured is None and by_row:
                # "Searches by quarter / Q2" over rows of requesting units, or a title above that names what
                # the period columns count ("Facial recognition requests received, by requesting agency")
                measured = column_measure(header) or titled_measure
            if measured is None:
                continue
            value = int(cell.group().replace(",", ""))
            if value <= 0:
                continue
            measure, category = measured
            flow = _is_flow(measure, label)
            per = ((column_period or across_periods) if flow else None) if by_row else row_period(label)
            if by_row and flow and column_period == "year" and row_period(label) in ("month", "quarter"):
                per = row_period(label)  # "Jan   14   19" under "2023   2024": a month of each year
            if per is None and _TOTAL_LABEL.match(label):
                per = total_per
            if per is None and flow and titled_year:
                per = "year"  # under "APPENDIX A - CALENDAR YEAR 2024 STATISTICS"
            start, end = row.start("label"), row.start("cells") + cell.end()
            found.append(CountFinding(char_start=start, char_end=end, quote=text[start:end], count=value, qualifier="exact",
                                      measure=measure, per=per, confidence=0.7, category=category,
                                      columns=tuple(headers), column=column))
    return found


def _product_column(header: str) -> bool:
    return FACE_RECOGNITION.search(header) is not None and not _LABEL_NOT_COUNT.search(header)


_TOTAL_LABEL = re.compile(r"(?:grand\s+)?totals?\b", re.IGNORECASE)
_Cell = tuple[int, re.Match[str]]  # (where it starts on its line, the cell)


def _under_columns(row: list[_Cell], rights: list[int]) -> list[_Cell | None]:
    """A short row's cells, each in the column whose right edge it ends at (right-aligned figures); the
    columns it leaves empty None. A cell that ends at no column's edge leaves the whole row unread."""
    slots: list[_Cell | None] = [None] * len(rights)
    for column, cell in row:
        end = column + len(cell.group())
        nearest = min(range(len(rights)), key=lambda index: abs(rights[index] - end))
        if abs(rights[nearest] - end) > 1 or slots[nearest] is not None:
            return [None] * len(rights)
        slots[nearest] = (column, cell)
    return slots
_PART_OF_ROW_ABOVE = re.compile(r"(?:of\s+(?:which|these|those|them)|incl(?:uding|udes|\.)|thereof)\b", re.IGNORECASE)
# A table's title naming the one year it covers: "APPENDIX A - CALENDAR YEAR 2024 STATISTICS", "FY2024
# requests by agency", "2023 activity".
_TITLE_YEAR = re.compile(r"\b(?:calendar|fiscal)\s+year\s+(?:19|20)\d\d\b|\b(?:CY|FY)\s?(?:19|20)?\d\d\b|"
                         r"\b(?:19|20)\d\d\s+(?:statistics|activity|totals|figures|results|summary|requests|searches)\b",
                         re.IGNORECASE)
_TITLE_LINES = 5


def _titled_measure(text: str, start: int) -> tuple[str, str] | None:
    """What a table's title names as counted ("TABLE 1. Facial recognition requests received, by requesting
    agency and quarter"), from a title of one or two lines over its header."""
    lines = [line.strip() for line, _ in lines_above(text, start, _TITLE_LINES, over_gap=True)]
    for index, line in enumerate(lines):
        if not line or _RULE_LINE.match(line) or re.search(r"\S[ \t]{2,}\S", line):
            continue  # the rule under a header, or the header itself
        title = " ".join(reversed(lines[index : index + 2])) if index + 1 < len(lines) and lines[index + 1] else line
        numbered = _TABLE_NUMBER.match(title)
        return column_measure(title[numbered.end() :] if numbered else title) if numbered or len(title) <= 120 else None
    return None


def _title_names_one_year(text: str, start: int) -> bool:
    """A line of the few above a table (its title, over its header; empty lines skipped) names exactly
    one year."""
    return any(_TITLE_YEAR.search(line) and len(set(_YEAR.findall(line))) == 1
               for line, _ in lines_above(text, start, _TITLE_LINES, over_gap=True))


def _total_period(periods: list[str | None]) -> str | None:
    """A total of a year's four quarters or twelve months is that year's."""
    quarters, months = periods.count("quarter"), periods.count("month")
    return "year" if quarters == 4 or months == 12 else None


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _column_headers(text: str, start: int, label_end: int, rights: list[int], noted: bool = False) -> list[str] | None:
    """Each numeric column's header, its words gathered from up to three lines above the table (over a
    rule of dashes or a blank line, or not) by where they start: right of the labels and of the column before. None
    when no line names a measure or a year. A one-column table under a short title takes the title."""
    lines: list[str] = []
    position = start
    skipped = False
    while len(lines) < _HEADER_LINES and position > 0:
        line_start = _line_start(text, position - 1)
        line = text[line_start : position - 1]
        position = line_start
        if not lines and not skipped and (_RULE_LINE.match(line) or not line.strip()):
            skipped = True  # the rule under a header, or the gap a scan's lost rule leaves
            continue
        if not line.strip() or re.search(r"\d", _PERIOD_WORDS.sub("", line)) or _COLUMN_LETTERS.fullmatch(line):
            break  # a figure, or a printed spreadsheet's column letters ("A   B   C   D") over its header
        if lines and not re.search(r"\S[ \t]{2,}\S", line):
            break  # a title over the header ("Face recognition requests, calendar year 2025"), not a header line
        lines.insert(0, line)
    headers = [""] * len(rights)
    # A one-line header whose cells (split at gaps of two spaces or more) are as many as the columns, after
    # the labels', names them in order: a header wider than its numbers ("Possible-match leads" over a
    # column of two-digit counts) reaches past them, and a table typed in a fixed-width font and printed
    # in a proportional one does not line up at all.
    cells = _one_line_header_cells(lines[0], len(rights), noted) if len(lines) == 1 else []
    two_lines = _two_line_headers(lines, len(rights), noted) if len(lines) == 2 else None
    if len(cells) in (len(rights), len(rights) + 1):
        headers = cells[-len(rights):]
    elif two_lines is not None:
        headers = two_lines
    else:
        for position, line in enumerate(lines):
            spanned = _spanning_titles(line, lines[-1], rights, label_end) if position < len(lines) - 1 else {}
            for index, group_title in spanned.items():
                headers[index] = f"{headers[index]} {group_title}".strip()
            for word in re.finditer(r"\S+", line):
                column = word.start()
                if word.end() <= label_end or column < max(1, label_end - 2):
                    continue  # the labels' header; a word that starts in their last columns is the first column's
                index = next((i for i, right in enumerate(rights) if column <= right), len(rights) - 1)
                if index not in spanned:
                    headers[index] = f"{headers[index]} {word.group()}".strip()
    if any(column_measure(header) or row_period(header) in ("year", "quarter") for header in headers):
        return headers
    if len(rights) == 1:
        title = _title_above(text, start)
        return [title] if title is not None and column_measure(title) else None
    return None


def _two_line_headers(lines: list[str], columns: int, noted: bool) -> list[str] | None:
    """A header of two lines over a scan's columns, which drift from their words: the top line's cells
    name the columns in order, and each cell of the line under it finishes the one top cell it makes a
    measure of ("Possible" over "matches"), or else goes with the top cell it starts nearest to. None
    where the top line's cells are not one for each column (after the labels' own), or where the lines
    line up, cell under cell."""
    top, under = _cells_at(lines[0]), _cells_at(lines[1])
    if noted and len(top) == columns + 2:
        top = top[:-1]  # the notes column's header
    if len(top) not in (columns, columns + 1) or len(under) > columns:
        return None
    top = top[-columns:]
    if all(any(abs(start - column) <= 2 for start, _ in top) for column, _ in under):
        return None  # the lines line up (a text layer's table): read by where each word starts
    headers = [cell for _, cell in top]
    for column, cell in under:
        completed = [index for index, header in enumerate(headers)
                     if column_measure(header) is None and column_measure(f"{header} {cell}") is not None]
        nearest = completed[0] if len(completed) == 1 else min(range(columns), key=lambda index: abs(top[index][0] - column))
        headers[nearest] = f"{headers[nearest]} {cell}"
    return headers


_COLUMN_LETTERS = re.compile(r"[ \t]*(?:[A-Z][ \t]+){2,}[A-Z][ \t]*")


def _cells_at(line: str) -> list[tuple[int, str]]:
    """A header line's cells, split at gaps of two spaces or more, each with the column it starts at."""
    return [(match.start(), match.group()) for match in re.finditer(r"\S+(?: \S+)*", line)]


# The column that sums a year's periods under a title over them: "Searches by quarter" over "Q1 ... Q4  Year".
_YEAR_TOTAL_HEADER = re.compile(r"\s(?:year|YTD|full\s+year)$", re.IGNORECASE)


def _column_period(header: str) -> str | None:
    """The year or quarter a column's header names: the whole header ("2024", "Q3"), or its last word
    under a title that names a measure ("Searches by quarter Q2")."""
    period = row_period(header)
    if period not in ("year", "quarter"):
        words = header.split()
        period = row_period(words[-1]) if len(words) > 1 and column_measure(header) is not None else None
    return period if period in ("year", "quarter") else None


def _spanning_titles(line: str, lower: str, rights: list[int], label_end: int) -> dict[int, str]:
    """A header line's titles over groups of columns ("Searches by quarter" over "Q1  Q2  Q3  Q4  Year",
    "Searches" over "2023  2024"): each column whose header word on the line below lies under a title that
    names a measure takes the title."""
    below: dict[int, tuple[int, int]] = {}  # each column's header word on the lower line
    for word in re.finditer(r"\S+", lower):
        if word.end() <= label_end or word.start() < max(1, label_end - 2):
            continue  # the labels' header ("Month", "Requesting unit")
        index = next((i for i, right in enumerate(rights) if word.start() <= right), len(rights) - 1)
        below.setdefault(index, word.span())
    spanned: dict[int, str] = {}
    for cell in re.finditer(r"\S+(?:[ \t]\S+)*", line):
        under = [index for index, (start, end) in below.items() if start <= cell.end() + 1 and end >= cell.start() - 1]
        if len(under) >= 2 and column_measure(cell.group()) is not None:
            spanned.update((index, cell.group()) for index in under)
    return spanned


def _title_above(text: str, start: int) -> str | None:
    """A short title line within a few lines above ("Table 6-2. 2024 searches completed by requesting
    agency type"), past blank lines: no sentence, no figure but a year or a table number."""
    position = start
    for _ in range(_TITLE_REACH):
        if position <= 0:
            return None
        line_start = _line_start(text, position - 1)
        line = text[line_start : position - 1].strip()
        position = line_start
        if not line:
            continue
        if len(line) > 100 or line.endswith((".", ";")):
            return None  # a sentence, not a title
        return line[numbered.end() :] if (numbered := _TABLE_NUMBER.match(line)) else line
    return None


_TABLE_NUMBER = re.compile(r"(?:Table|Figure|Exhibit)\s+[\w.-]+[.:]?\s*", re.IGNORECASE)  # "Table 6-2. ", "TABLE 1. "


def _next_line(text: str, end: int) -> int:
    return end + 1 if text.startswith("\n", end) else -1


def _line_before(text: str, start: int) -> str | None:
    """The header line above a table's first row, over a rule of dashes if one is printed under it."""
    if start == 0:
        return None
    line_start = text.rfind("\n", 0, start - 1) + 1
    line = text[line_start : start - 1]
    if _RULE_LINE.match(line) and line_start > 0:
        return _line_before(text, line_start)
    return line if line.strip() and not re.search(r"\d", _YEAR_WORD.sub("", line)) else None


def _header_measures(header: str) -> list[tuple[str, str]]:
    """The measures a table header names, in column order: "Searches", "Possible matches returned"."""
    cells = [cell for cell in re.split(r"\t|[ \u00a0]{2,}", header.strip()) if cell]
    return [measured for cell in (cells if len(cells) > 1 else header.split()) if (measured := column_measure(cell))]


def _one_line_header_cells(line: str, columns: int, noted: bool) -> list[str]:
    """A one-line header's cells, split at gaps of two spaces or more, without a notes column's header
    ("Notes", "Comments"); names that a scan's single space ran together ("Month    Searches Possible
    matches  Leads") are cut apart when that gives one per column after the labels' header."""
    cells = [cell for cell in re.split(r"[ \t]{2,}", line.strip()) if cell]
    if noted and len(cells) == columns + 2:
        cells = cells[:-1]
    measured = [piece for cell in cells for piece in _measure_pieces(cell)]
    if len(cells) == columns and len(measured) == columns + 1 and column_measure(measured[0]) is None:
        return measured
    return cells


def _measure_pieces(cell: str) -> list[str]:
    """A header cell cut after each word that names a measure but the last, where a narrow gap ran two
    column names together ("Searches Possible matches" -> "Searches", "Possible matches")."""
    words = cell.split()
    ends = [index + 1 for index, word in enumerate(words) if column_measure(word) is not None][:-1]
    starts = [0, *ends]
    return [" ".join(words[start:end]) for start, end in zip(starts, [*ends, len(words)], strict=True)]


def column_measure(cell: str) -> tuple[str, str] | None:
    """(measure, category) a column header names ("Searches", "Probe Imgs", "Possible matches"), or None."""
    spelled = re.sub(r"\bmug\s+shot", "mugshot", cell.lower())
    words = [_ABBREVIATIONS.get(word, word) for word in re.findall(r"[A-Za-z]+", spelled)]
    heads = [word for index, word in enumerate(words) if (word in _LABEL_HEADS or _singular(word) in _LABEL_HEADS)
             and f"{word} {words[index + 1] if index + 1 < len(words) else ''}" not in _MODIFIER_PAIRS]
    if not heads or _LABEL_NOT_COUNT.search(cell):
        return None
    first = _measure(heads[0])
    # "Arrests in which a lead was one factor" counts arrests ("Searches with a candidate list", searches
    # with one), "Users who ran a search in 2024" users; a compound's last noun is its head ("Possible-match
    # leads" are leads).
    qualified = re.search(r"\b(?:in|with|which|who|where|that|from|for|of|by|after)\b", spelled) is not None
    measured = (first if first is not None and (first[1] == "outcome" or first[0] == "users") and qualified
                else _measure(heads[-1]))
    if measured is None:
        return None
    measure, category = measured
    return measure, _described_category(measure, category, words)


def _described_category(measure: str, category: str, words: list[str]) -> str:
    """An outcome where the words say so ("2 to 50 candidate photos", "possible matches"); seats and
    accounts stay usage whatever describes them ("10 Clearview AI Investigative seats")."""
    if category == "usage" and measure != "users" and any(word in _OUTCOME_WORDS for word in words):
        return "outcome"
    return category


def row_period(label: str) -> str | None:
    """The period a table row's label names ("Q1", "Jul-2025", "2024-06", "06/2024", "FY2024"), or None."""
    stripped = label.strip()
    numeric = _NUMERIC_MONTH.match(stripped)
    if numeric is not None and not (numeric["month"] and int(numeric["month"]) == (int(numeric["year"]) + 1) % 100):
        return "month"  # "2024-06" is June; "2011-12" is a fiscal year, the next year's digits after the first
    return next((name for name, pattern in _ROW_PERIODS if pattern.match(stripped)), None)


_NUMERIC_MONTH = re.compile(r"^(?:(?P<year>(?:19|20)\d\d)[-/.](?P<month>0[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d)$")


def _labelled_counts(text: str) -> Iterator[CountFinding]:
    """Counts printed after their label, one per line: the label's last measure word is what is counted."""
    for index, match in enumerate(_LABELLED.finditer(text)):
        if index >= MAX_COUNTS_PER_PAGE:
            return
        label = _RELATIVE_CLAUSE.split(match["label"], maxsplit=1)[0]  # "Arrests in which an FR lead was one factor"
        label, twelve_months = _TWELVE_MONTHS.subn("", label)  # "Searches in the last 12 months: 311": a year's
        # What the label counts is its head; what qualifies it may name anything ("Searches with a valid case number").
        if _LABEL_NOT_COUNT.search(_LABEL_QUALIFIED.split(label, maxsplit=1)[0]):
            continue
        words = re.findall(r"[A-Za-z]+", label.lower())
        heads = [i for i, word in enumerate(words)
                 if word in _LABEL_HEADS or _singular(word) in _LABEL_HEADS
                 or (i and f"{words[i - 1]} {word}" in _LABEL_HEADS)]
        if not heads or any(word in _OTHER_PRODUCT_WORDS for word in words):
            continue
        # The head is named before what qualifies it: "Searches run by RPSO users" counts searches.
        head_words = len(re.findall(r"[A-Za-z]+", _LABEL_QUALIFIED.split(label, maxsplit=1)[0]))
        heads = [i for i in heads if i < head_words] or heads
        measured = _measure(words[heads[-1]])
        if re.fullmatch(r"\d[\d,]*\.\d\d", match["number"]):
            continue  # "Total for linked account   1,516.00": an amount to the cent, not a count
        number = read_number(text, match.start("number"))
        value = _integer(number)
        if measured is None or value is None or number is None or number.end < match.end("number") - 1:
            continue
        measure, category = measured
        category = _described_category(measure, category, words)
        per = "year" if twelve_months else next((name for name, pattern in _LABEL_RATE.items() if pattern.search(label)), None)
        if per is None and _is_flow(measure, label) and _LABEL_YEAR.search(label):
            per = "year"  # "Searches in the audit log, 2024   1,037": a year's searches
        qualifier = "exact"
        if match["qualifier"]:
            qualifier = _LABEL_QUALIFIERS.get(" ".join(match["qualifier"].split()).lower(), "exact")
        elif (match["verb"] or "").lower() == "exceeded":
            qualifier = "at least"
        start = match.start("label")
        yield CountFinding(char_start=start, char_end=number.end, quote=text[start : number.end], count=value,
                           qualifier=qualifier, measure=measure, per=per, confidence=0.75, category=category)


# The capitalised name of a numbered thing just before a figure: "Policy 426", "General Order 12", "Form 104".
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:Policy|Section|Sec\.|Rule|Order|Directive|Chapter|Article|Form|Item|No\.|Ordinance|Resolution|Bill|Act|"
    r"Statute|Title|Exhibit|Attachment|Appendix|Schedule|Docket|Invoice|Contract|Amendment|Page|Room|Suite|Box|Route|"
    r"Highway|Precinct|District|Ward|Version|Release|Model|Series|Phase|Step|Tier|Level|Procedure|SOP|Memo|Memorandum|"
    r"Line|Lines|Ln\.?|Table|Figure|Chart|Annex)"
    r"[ \t\u00a0]+(?:No\.[ \t]*|#[ \t]*)?$")
# A capitalised word just before, not after a sentence's end: the number word is part of a proper name.
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n]\s)(?<![.!?:;\n])\b[A-Z][a-z]+[ \t]+$")


# A figure that ends its line after a column gap is a cell of a table or a labelled line: what it counts
# is on its own line, to its left, never in the words of the line under it.
_CELL_AT_LINE_END = re.compile(r"[ \t\u00a0]*(?:\n|$)")
_COLUMN_GAP_BEFORE = re.compile(r"(?:[ \t\u00a0]{2}|\t|\|[ \t]*)$")


def _finding(text: str, start: int, previous: CountFinding | None) -> CountFinding | None:
    number = _number(text, start)
    if number is None:
        return None
    end, qualifier = number.end, "exact"
    if text.startswith("+", end):  # "40+ billion images"
        qualifier = "at least"
        plus_scaled = _scaled_after_plus(text, number)
        number, end = plus_scaled or number, (plus_scaled.end if plus_scaled else end + 1)
    high = _range_high(text, end)
    if high is not None:
        end = high.end
    if bracketed := _BRACKETED_FIGURE.match(text, end):
        end = bracketed.end()
    if _CELL_AT_LINE_END.match(text, end) and _COLUMN_GAP_BEFORE.search(text, max(0, start - 4), start):
        return None  # a table's cell ("Booking photos enrolled   58,214"): the next line is the next row
    partitive = _PARTITIVE.match(text, end) if text[start].isdigit() else None
    if partitive is not None or not _FIRST_GAP.match(text, end) or _TIER_BEFORE.search(text, max(0, start - 20), start):
        if partitive is not None:
            return _partitive(text, start, partitive, _integer(number), previous)
        return _elliptical(text, start, end, _integer(number) or 0, previous) if _integer(number) else None
    phrase = _counted_phrase(text, end)
    value = _integer(number)
    if value is None or phrase is False:
        return None
    if phrase is None:
        return _elliptical(text, start, end, value, previous)
    if phrase.needs_topic and not _sentence_on_topic(text, start, with_previous=phrase.measure == "searches"):
        return None
    if _THRESHOLD_AFTER.match(text, phrase.end):
        return None
    if _people_without_access(text, start, phrase, value) or _breakdown_of_users(text, start, phrase, previous):
        return None
    per, stop = _phrase_rate(text, start, phrase, previous)
    count_max = _integer(high) if high is not None else None
    if high is not None and (count_max is None or count_max <= value):
        return None  # "5-3 cameras" is not a range we can read
    if count_max is not None:
        qualifier = "range"
    start, qualifier = _qualifier(text, start, qualifier)
    return CountFinding(
        char_start=start, char_end=stop, quote=text[start:stop], count=value, qualifier=qualifier,
        measure=phrase.measure, per=per, confidence=0.85 if phrase.category == "usage" else 0.75,
        count_max=count_max, category=phrase.category,
    )


def _counted_phrase(text: str, end: int) -> _Phrase | None | Literal[False]:
    """The phrase after a number; False where a hyphen makes the number describe a noun ("a one-year
    license", "a 16-hour examiner course"), not count it."""
    if not text.startswith("-", end):
        return _phrase(text, end)
    if _TIME_UNIT_AFTER_HYPHEN.match(text, end):
        return False  # a length of time describing the noun
    phrase = _phrase(text, end + 1)
    if phrase is not None and phrase.start != end + 1:
        return False  # in a compound, what is counted is the word after the hyphen
    return phrase


def _number(text: str, start: int) -> Number | None:
    """The number at `start`, unless it is a year, a percentage, a time, part of an identifier or a
    describer of the number before it ("20 4K cameras")."""
    if text[start].isupper() and _NAME_BEFORE.search(text, max(0, start - 30), start):
        return None  # "Rank One Computing", "Channel Four": a number word inside a name
    if start > 0 and re.search(r"\d[ \t]$", text[max(0, start - 2) : start]):
        return None  # "20 4K cameras": 4K describes the cameras, 20 counts them
    if text[start].isdigit() and _IDENTIFIER_BEFORE.search(text, max(0, start - 20), start):
        return None  # "Policy 426 limits searches", "Form 104 requests": a document's number, not a count
    if text[start].isdigit():
        number = read_number(text, start)
        if number is None or (_YEAR.fullmatch(text[number.start : number.end]) and not number.scaled):
            return None
    else:
        number = read_number(text, start, allow_alone_words=True)
        if number is None:
            return None
    if not number.scaled and number.end - number.start <= _MAX_FIGURE and _MONEY_FIGURE.fullmatch(text, number.start, number.end):
        return None  # "6,450.00": an amount printed to the cent is money, whatever the next line says
    if _NEXT_LINE_LABEL.match(text, number.end):
        return None  # "... two\nNamed investigator accounts: 10": the next line is a label of its own
    if not number.scaled and not number.words and "." in text[number.start : number.end]:
        return None  # "5.0 RECORDS", "2.3 users per agency": a section number or an average, never a count
    if _row_number(text, number.start, number.end):
        return None  # "10 FACE Plus hosted service 12 MON 1,175.00 14,100.00": the row's number in a price table
    follow = text[number.end : number.end + 5]
    if re.match(r"\s?(?:%|percent|per\s?cent|p\.?m\.?\b|a\.?m\.?\b|:\d|/\d|\.\d|-\d{3,}|th\b|st\b|nd\b|rd\b)", follow,
                re.IGNORECASE):
        return None
    return number


# The quantity column and the amounts of a price row: "... 12 MON 1,175.00 14,100.00", "... 1 $38,000.00".
_PRICE_AT_LINE_END = re.compile(r"[ \t\u00a0]\d{1,6}[ \t\u00a0]+(?:[A-Za-z]{1,5}[ \t\u00a0]+)?[$]?[ \t]?\d[\d,]*\.\d\d"
                                r"(?:[ \t\u00a0]+[$]?[ \t]?\d[\d,]*\.\d\d)?[ \t\u00a0]*$")


# "35 FP-CL-ANN  FACE Plus client license renewal   290.00  10,150.00": the quantity column first, the rate
# and the amount last.
_TWO_AMOUNTS_AT_LINE_END = re.compile(r"[ \t][$]?[ \t]?\d[\d,]*\.\d{2,4}[ \t]+[$]?[ \t]?\d[\d,]*\.\d\d[ \t]*$")


def _row_number(text: str, start: int, end: int) -> bool:
    """A number that starts its line, on a line that ends in a quantity and amounts to the cent: the row
    number of a price table, not a count of what its description names."""
    if end - start > 3 or (start > 0 and text[start - 1] not in " \t\n"):
        return False
    line_start = text.rfind("\n", max(0, start - 20), start) + 1
    if (line_start == 0 and start > 20) or text[line_start:start].strip():
        return False
    line_end = text.find("\n", end, end + 300)
    line = text[start : line_end if line_end != -1 else min(len(text), end + 300)]
    return _PRICE_AT_LINE_END.search(line) is not None or _TWO_AMOUNTS_AT_LINE_END.search(line) is not None


def _scaled_after_plus(text: str, number: Number) -> Number | None:
    """"40+ billion": the scale written after the plus sign."""
    probe = text[number.start : number.end] + text[number.end + 1 : number.end + 20]
    again = read_number(probe, 0)
    if again is None or not again.scaled or again.end <= number.end - number.start:
        return None
    return Number(again.value, number.start, number.start + again.end + 1, scaled=True, words=again.words,
                  multiplier=again.multiplier)


def _range_high(text: str, end: int) -> Number | None:
    join = _RANGE_JOIN.match(text, end)
    if join is None or join.end() == end or join.end() >= len(text):
        return None
    word = text[end : join.end()].strip().lower()
    if word == "and" and not re.search(r"\bbetween\s+\S+\s*$", text[max(0, end - 40) : end], re.IGNORECASE):
        return None
    high = read_number(text, join.end(), allow_alone_words=True)
    return high


def _integer(number: Number | None) -> int | None:
    if number is None:
        return None
    value = number.value
    if value <= 0 or value != value.to_integral_value():
        return None
    return int(value)


# Words that stand between a people noun and the licence or seat it holds ("examiner client licenses",
# "analyst workstation seats"), or between a photo and the request it is sent in ("photo comparison requests").
_BETWEEN_HEADS = frozenset({"client", "workstation", "desktop", "mobile", "web", "console", "comparison", "comparisons",
                            "recognition", "identification", "lookup"})
# People on a committee or board are no users of the system ("three voting members").
_NOT_USERS_DESCRIBERS = frozenset({"voting", "committee", "board", "panel", "council", "evaluation", "selection", "commission"})


# A capitalised word followed by another: a product's name ("FACE Plus", "Face Search Pro"), not what is counted.
_IN_A_NAME = re.compile(r"(?:[A-Z]+|[A-Z][a-z]+)[ \t]+(?-i:[A-Z])[A-Za-z]+\b(?![ \t]*(?:\n|$))")
# A system's name in capitals before "requests" ("1,284 FACES requests"): the face searches it runs.
_ACRONYM = re.compile(r"\b[A-Z]{2,8}\b")
# A verb in the past tense right after "and": what follows is another clause of the sentence.
_CLAUSE_VERB = re.compile(r"[ \t\n]+(?:[a-z]{2,}ed|made|led|ran|got|found|sent|gave|took|came|brought|saw|met|won|"
                          r"produced|returned|yielded)\b")


def _phrase(text: str, end: int) -> _Phrase | None:
    """The noun phrase after a number, read up to its head noun: the last word that names a measure
    before a stop word or punctuation."""
    position = end
    head: tuple[str, str, int, str] | None = None
    words: list[str] = []
    first_start = None
    joined = False  # after "and"/"or": "license and ID photos" counts photos, if a measure follows
    for _ in range(_MAX_PHRASE_WORDS):
        token = _TOKEN.match(text, position)
        if token is None:
            break
        word = token["word"].lower().strip("'’-")
        if word in _STOP_WORDS or (word in ("and", "or") and _next_is_number(text, token.end())):
            break
        if word in ("and", "or", "&"):
            if head is not None and _CLAUSE_VERB.match(text, token.end()):
                break  # "74 searches and developed leads in two cases": a new clause, not a second noun
            position = token.end()
            joined = head is not None
            continue
        first_start = token.start("word") if first_start is None else first_start
        words.append(word)
        two = f"{words[-2]} {word}" if len(words) > 1 else ""
        measured = _measure(two) or _measure(word) or _times_searched(text, word, token.end())
        if two in _MODIFIER_PAIRS or (measured is not None and _IN_A_NAME.match(text, token.start("word"))):
            head = None  # "face recognition searches", "318 FACE Plus searches": it only describes the noun
        elif measured is not None:
            head = (*measured, token.end(), word)
            joined = False
        elif head is not None and not joined and word in _BETWEEN_HEADS:
            pass  # "four examiner client licenses": the head noun is still to come
        elif head is not None and not joined:
            if word in _COMPOUND_HEADS:
                return None  # "an examiner course", "a user fee": the measure word only describes another noun
            break  # a word after the head noun ("searches conducted") ends the phrase
        position = token.end()
    if head is None or first_start is None:
        return None
    measure, category, head_end, head_word = head
    describers = words[: len(words) - 1 - words[::-1].index(head_word)] if head_word in words else []
    acronyms = {word.lower() for word in _ACRONYM.findall(text, first_start, head_end)}
    if _singular(head_word) == "request" and any(word not in _SEARCH_REQUEST_WORDS and word not in acronyms
                                                 for word in describers):
        return None  # "1,386 video evidence requests", "14 public records requests": not face searches
    if measure == "users" and describers and describers[-1] in _NOT_USERS_DESCRIBERS:
        return None  # "three voting members" of a committee
    category = _described_category(measure, category, words)
    if any(word in _OTHER_PRODUCT_WORDS for word in words):
        return None
    return _Phrase(measure, category, first_start, head_end,
                   measure in _NEEDS_SENTENCE_TOPIC or _singular(head_word) in _NEEDS_TOPIC_HEADS,
                   people=_singular(head_word) in _PEOPLE_HEADS or head_word in _PEOPLE_HEADS)


def _times_searched(text: str, word: str, end: int) -> tuple[str, str] | None:
    """"ran searches ... a combined total of 3,823 times": times are searches where the sentence searches,
    never in "100 times more likely"."""
    if word != "times":
        return None
    following = re.match(r"[ \t]+(\w+)", text[end : end + 20])
    if following is not None and following.group(1).lower() in _NOT_AFTER_TIMES:
        return None
    left = max(0, text.rfind(". ", 0, end) + 1, end - 300)
    return ("searches", "usage") if re.search(r"\bsearch", text[left:end], re.IGNORECASE) else None


def measure_of(word: str) -> tuple[str, str] | None:
    """(measure, category) that a noun counts ("licenses" -> users, usage), or None."""
    return _measure(word)


def _measure(word: str) -> tuple[str, str] | None:
    if not word:
        return None
    for nouns, category in ((_OUTCOME_NOUNS, "outcome"), (_EQUIPMENT_NOUNS, "equipment"), (_USAGE_NOUNS, "usage")):
        for form in (word, _singular(word)):
            if form in nouns:
                return nouns[form], category
    return None


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _next_is_number(text: str, position: int) -> bool:
    return re.match(r"[ \t]*(?:\d|(?:" + _NUMBER_WORDS + r")\b)", text[position : position + 20], re.IGNORECASE) is not None


def _rate(text: str, end: int) -> tuple[str | None, int]:
    for name, pattern in _RATES.items():
        if rate := pattern.match(text, end):
            return name, rate.end()
    return None, end


def _qualifier(text: str, start: int, qualifier: str) -> tuple[int, str]:
    before = _QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and qualifier == "exact":
        return before.start(), QUALIFIERS[" ".join(before["qualifier"].lower().split())]
    between = re.search(r"\bbetween\s+$", text[max(0, start - 10) : start], re.IGNORECASE)
    if between is not None and qualifier == "range":
        return start - len(between.group()), qualifier
    return start, qualifier


# A sentence that opens on one stated year: "In 2023 deputies sent ...", "During calendar year 2024, ...",
# "In FY2024 the unit ...", "- 2024 usage: 173 searches ...", after a section number ("9.2 Calendar year
# 2024: 1,412 requests ...") or a bullet. A span of years ("From 2019 to 2023", "In 2023-24") or a second
# year in the sentence leaves its counts without a period.
_OPENING_YEAR = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+|[-•*][ \t]+)?"
    r"(?:(?:19|20)\d\d[ \t]+(?:usage|activity|statistics|figures|numbers|totals?|results)[ \t]*[:,–—-]|"
    r"(?:(?:In|During|For|Over|Throughout)\s+(?:the\s+)?(?:(?:calendar|fiscal)\s+)?(?:year\s+)?"
    r"(?:(?:CY|FY)\s?(?:19|20)?\d\d|(?:19|20)\d\d)\b(?![-–/]\d)"
    r"|(?:In\s+|During\s+)?(?:(?:the\s+)?(?:calendar|fiscal)\s+year\s?(?:19|20)\d\d|(?:CY|FY)\s?(?:19|20)?\d\d)"
    r"(?:[-–/](?:\d\d|(?:19|20)\d\d))?\b\s*[:,]?"
    # "In the 12 months ending June 30, 2024, ...", "Over the past year, ..."
    r"|(?:In|During|Over)\s+the\s+(?:(?:past|last|previous|preceding)\s+)?(?:12|twelve)\s+months\b"
    r"(?:\s+(?:ending|ended|through|to)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)?"
    r"|(?:In|During|Over)\s+the\s+(?:past|last|previous|preceding)\s+year\b"
    # a report's own year: "During the year the RTCC also ran 37 searches", "Last year the Sheriff's Office ran ..."
    r"|(?:During|Over|Throughout)\s+the\s+(?:reporting\s+|calendar\s+|fiscal\s+)?year\b|Last\s+year\b(?!['’]s)))",
    re.IGNORECASE)


# A list's heading naming a year: "First-year numbers from our FR log (Nov 15, 2023 - Oct 8, 2024):",
# "Calendar year 2024:", "FY24 totals:".
_LIST_HEADING_YEAR = re.compile(r"\b(?:first|second|third|last|prior)[\s-]year\b|\b(?:annual|yearly|12-month|twelve-month)\b|"
                                r"\b(?:calendar|fiscal)\s+year\s+(?:19|20)\d\d\b|\b(?:CY|FY)\s?(?:19|20)?\d\d\b|^\W*(?:19|20)\d\d\b",
                                re.IGNORECASE)
_BULLET_LINE = re.compile(r"^[ \t]*(?:[-•*]|\d{1,2}[.)])[ \t]+", re.MULTILINE)


# "... forwarded 61 investigative leads from Clearview searches in 2024": one year, named in the sentence.
# "The system logged 1,904 searches between July 1, 2023 and June 30, 2024": dates a year apart.
# "between January 1, 2024 and December 31, 2024", "for January 1 - December 31, 2024" (the first year the last's).
_DATE_SPAN = re.compile(r"\s+(?:between|from|for|covering|during)\s+(?P<first_month>[A-Z][a-z]{2,8})\.?\s+(?P<first_day>\d{1,2})"
                        r"(?:,\s+(?P<first_year>(?:19|20)\d\d))?\s*(?:and|to|through|thru|until|-|–|—)\s*"
                        r"(?P<last_month>[A-Z][a-z]{2,8})\.?\s+(?P<last_day>\d{1,2}),\s+(?P<last_year>(?:19|20)\d\d)")


# "For 2025 through May 31", "2025 year-to-date": part of a year, no rate per year.
_PART_OF_A_YEAR = re.compile(r"\b(?:19|20)\d\d\s+(?:through|thru|to|until)\s+(?:[A-Z][a-z]{2,8}\b|the\s+end\s+of\s+[A-Z])|"
                             r"\b(?:year[\s-]to[\s-]date|YTD)\b")


def _sentence_names_one_year(text: str, position: int) -> bool:
    """The count's sentence names one year, in an "in 2024" phrase, and no other."""
    left = _sentence_start(text, position)
    end = _SENTENCE_STOP.search(text, position)
    right = end.start() if end is not None else len(text)
    sentence = text[left:right]
    return (cost_terms.IN_ONE_YEAR.search(sentence) is not None and len(set(_YEAR.findall(sentence))) == 1
            and _PART_OF_A_YEAR.search(sentence) is None
            and not any(not dates_span_one_year(span) for span in _DATES_SPANNED.finditer(sentence)))


_DATES_SPANNED = re.compile(_DATE_SPAN.pattern.removeprefix(r"\s+"))
# "1,318 searches from 10/1/2024 to 9/30/2025": numeric dates a year apart.
_NUMERIC_DATE_SPAN = re.compile(r"\s+(?:between|from|for|covering|during)\s+" + cost_terms.NUMERIC_DATES)


# "1/1/2024 to 12/31/2024: 1,046 searches": the dates heading the count, a year apart.
_DATES_BEFORE = re.compile(cost_terms.NUMERIC_DATES + r"\s*:\s*$")


def _dated_a_year_before(text: str, start: int) -> bool:
    dates = _DATES_BEFORE.search(text, max(0, start - 40), start)
    return dates is not None and numeric_span_is_a_year(dates)


def _own_year_span(text: str, end: int) -> bool:
    span = _DATE_SPAN.match(text, end)
    if span is not None:
        return dates_span_one_year(span)
    numeric = _NUMERIC_DATE_SPAN.match(text, end)
    return numeric is not None and numeric_span_is_a_year(numeric)


def _under_a_years_heading(text: str, position: int) -> bool:
    """The count is in a bulleted list whose heading line (ending in a colon) names one year's figures."""
    line_start = text.rfind("\n", 0, position) + 1
    if not _BULLET_LINE.match(text, line_start):
        return False
    for line, _ in lines_above(text, line_start, limit=line_start):  # no more lines above than characters
        if not line.strip():
            return False
        if not _BULLET_LINE.match(line):
            return line.rstrip().endswith(":") and _LIST_HEADING_YEAR.search(line) is not None
    return False


def _phrase_rate(text: str, start: int, phrase: _Phrase, previous: CountFinding | None) -> tuple[str | None, int]:
    """The period after the phrase ("a month", "in 2025") and where it ends; for searches, matches and
    arrests (and users who ran them), the one year a sentence opens on ("In calendar year 2023 the unit
    completed 3,806 searches") or puts them in, or the period of the searches they are listed after
    ("1,412 searches in CY2024, 61 leads sent to case detectives and 9 arrests")."""
    per, stop = _rate(text, phrase.end)
    flow = phrase.measure in FLOWS or _active_users(text, phrase.measure, phrase.end)
    if per is None and flow and (month := _IN_ONE_MONTH.match(text, phrase.end)) is not None:
        per, stop = "month", month.end()  # "I ran 96 searches in February"
    if per is None and flow:
        per = _line_label_period(text, start)  # "  Oct 2024 - 41 searches", "Calendar 2024: 286 searches"
    if per is None and flow and (quarter := _IN_ONE_QUARTER.match(text, phrase.end)) is not None:
        per, stop = "quarter", quarter.end()  # "Searches rose from 58 in the second quarter"
    if per is None and flow and _QUARTER_NAMED.search(text, _sentence_start(text, start), start):
        per = "quarter"  # "during the third quarter of 2024, 5 of the 6 seat holders ran 212 searches"
    if per is None and flow and (last_year := _LAST_YEAR.match(text, phrase.end)) is not None:
        per, stop = "year", last_year.end()  # "347 searches last year": searches of a year, not staff trained in one
    if per is None and flow and (_in_one_year(text, start) or _under_a_years_heading(text, start)
                                 or _own_year_span(text, phrase.end) or _dated_a_year_before(text, start)):
        per = "year"
    if (per is None and flow and previous is not None and previous.per is not None
            and previous.measure in FLOWS and start - previous.char_end < _LIST_REACH and not _OWN_SPAN.match(text, phrase.end)
            and not _IN_ALL.match(text, phrase.end)
            and _LIST_BETWEEN.fullmatch(text, previous.char_end, start)):
        per = previous.per
    if (per is None and flow and previous is not None and previous.per is not None
            and _SAME_PERIOD.match(text, phrase.end)):
        per = previous.per  # "... ran 1,093 searches. Investigators also sent 58 requests ... in the same period."
    return per, stop


# Users counted by what they did: "Only 14 account holders ran a search in 2023", "5 of the 8 seats ran
# anything": as many as were active in a period, which is a count per that period, as searches are.
# Not where a number of searches follows ("61 authorized users ran 4,872 searches"): that counts the searches'
# period, and the users are the accounts held.
_ACTIVE = re.compile(r"(?:[ \t\n]+holders?)?[ \t\n]+(?:(?:have|had|each|also|actually)[ \t\n]+)?"
                     r"(?:ran|used|searched|logged[ \t\n]+in)\b(?![ \t\n]+(?:about|approximately|over|nearly|more[ \t\n]+than)?"
                     r"[ \t\n]*\d)", re.IGNORECASE)


_ACTIVE_WORD = re.compile(_ACTIVE.pattern.removeprefix(r"(?:[ \t\n]+holders?)?[ \t\n]+"), re.IGNORECASE)


def _active_users(text: str, measure: str, end: int) -> bool:
    return measure == "users" and _ACTIVE.match(text, end) is not None


# Words that put a sentence's counts in one year without the year's number after them: "during the year",
# "in all of 2023", "over the last 12 months", "Last year we sent ...", "The 2024 annual audit found ...".
_YEAR_SCOPE = re.compile(
    r"\b(?:during|for|over|in|throughout)\s+the\s+(?:whole\s+|entire\s+|full\s+)?(?:calendar\s+|fiscal\s+|reporting\s+)?"
    r"year\b(?!\s+(?:of|before|after|to|ending|ended|that|which|when)\b)|"
    r"\bin\s+all\s+of\s+(?:CY|FY)?\s?(?:19|20)\d\d\b|"
    r"\b(?:last|past|previous|preceding|prior)\s+(?:12|twelve)\s+months\b|"
    r"\b(?:last|past|previous|prior)\s+year\b(?!['’]s)|"
    r"\b(?:CY|FY)?\s?(?:19|20)\d\d\s+(?:annual\s+)?(?:report|audit|review)\b",
    re.IGNORECASE)


def _in_one_year(text: str, position: int) -> bool:
    """The count's sentence opens on one year, names one in an "in 2024" phrase, or puts its counts in one
    year in words (`_YEAR_SCOPE`), and names no other year nor a part of one."""
    if _opened_by_one_year(text, position) or _sentence_names_one_year(text, position):
        return True
    left = _sentence_start(text, position)
    end = _SENTENCE_STOP.search(text, position)
    sentence = text[left : end.start() if end is not None else len(text)]
    return (_YEAR_SCOPE.search(sentence) is not None and len(set(_YEAR.findall(sentence))) <= 1
            and _PART_OF_A_YEAR.search(sentence) is None and _QUARTER_NAMED.search(sentence) is None
            and _IN_ONE_MONTH.search(sentence) is None and _SHORTER_SPAN.search(sentence) is None)


# "about 430 searches in 6 months last year": a span shorter than the year the sentence names.
_SHORTER_SPAN = re.compile(r"\b(?:(?!12\b)\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[ \t\n-]+"
                           r"(?:months?|weeks?|days?)\b", re.IGNORECASE)


# One quarter of a year, named in words or as "Q3": what a count of searches in it is a count per.
_QUARTER = (r"(?:in|during|for|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|last|past|previous|prior)"
            r"\s+(?:calendar\s+|fiscal\s+)?quarters?|Q[1-4])\b"
            r"(?!\s*(?:[-–]|to|through|and)\s*(?:the\s+)?(?:Q[1-4]|(?:first|second|third|fourth|1st|2nd|3rd|4th)\b))")
_IN_ONE_QUARTER = re.compile(r"\s+" + _QUARTER, re.IGNORECASE)
_QUARTER_NAMED = re.compile(r"\b" + _QUARTER, re.IGNORECASE)
_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
               r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_IN_ONE_MONTH = re.compile(rf"\s+(?:in|during)\s+(?:the\s+month\s+of\s+)?(?-i:{_MONTH_NAME})\.?(?:\s+(?:19|20)\d\d)?\b"
                           r"(?!\s*(?:[-–]|to|through|and)\s)", re.IGNORECASE)
# A line that opens on its period, then the count: "  Oct 2024 - 41 searches", "Calendar 2024: 286 searches".
_LINE_MONTH = re.compile(rf"[ \t]*(?:[-•*][ \t]+)?(?-i:{_MONTH_NAME})\.?(?:[ \t]+'?(?:19|20)?\d\d)?[ \t]*"
                         r"(?:[-–—:=]|[ \t]{2})[ \t]*$", re.IGNORECASE)
_LINE_YEAR = re.compile(r"[ \t]*(?:[-•*][ \t]+)?(?:(?:calendar|fiscal)(?:[ \t]+year)?[ \t]+|CY[ \t]?|FY[ \t]?)?(?:19|20)\d\d"
                        r"[ \t]*(?:[-–—:=]|[ \t]{2})[ \t]*$", re.IGNORECASE)


def _line_label_period(text: str, start: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    if _LINE_MONTH.match(text, line_start, start):
        return "month"
    return "year" if _LINE_YEAR.match(text, line_start, start) else None


# "That's 335 searches total": the sum of the list above, not one more of its periods.
_IN_ALL = re.compile(r"\s+(?:in\s+)?(?:total|all|altogether|overall|combined)\b", re.IGNORECASE)
# "347 searches last year", "57 requests to DCJS last year", "1,400 such searches for local agencies last year".
_LAST_YEAR = re.compile(r"(?:\s+(?:to|for|from|with)(?:\s+[\w.'’&-]+){1,4}?)?"
                        r"\s*(?:last\s+year|(?:in|during|over)\s+the\s+(?:past|last|previous|preceding)\s+"
                        r"(?:year|12\s+months|twelve\s+months))\b", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"[^.;!?]{0,80}?\b(?:in|during|over|for)\s+the\s+same\s+"
                          r"(?:period|time|twelve\s+months|12\s+months|year)\b",
                          re.IGNORECASE)


# A count's own span of dates after it: "... and 148 searches from January 1 through September 30, 2024".
_OWN_SPAN = re.compile(r"\s+(?:from|between|since)\s+(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b", re.IGNORECASE)
# Between two counts of one list: words and commas, no sentence's end ("..., 61 leads sent to case
# detectives and 9 arrests").
_LIST_BETWEEN = re.compile(r"[^.;:!?\n]*(?:\n[^.;:!?\n]*)?")
_LIST_REACH = 120


_SENTENCE_STOP = re.compile(r"[.!?]\s+|\n[ \t]*\n\s*")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts, looking back at most 300 characters."""
    left = max(0, position - 300)
    for stop in _SENTENCE_STOP.finditer(text, left, position):
        left = stop.end()
    return left


# A clause after a colon or a dash within the sentence, or a line after a heading, opens the same way:
# "For the budget memo: in calendar 2024 our analysts ran 1,284 searches", "1. SUMMARY\nIn 2024 the ...".
_CLAUSE_OPENING = re.compile(r"(?::|;|\s[-–—])[ \t]+|\n[ \t]*")


def _opened_by_one_year(text: str, position: int) -> bool:
    """The sentence holding `position`, or a clause of it after a colon, opens on one stated year and
    names no other before `position`."""
    left = _sentence_start(text, position)
    starts = [left] + [clause.end() for clause in _CLAUSE_OPENING.finditer(text, left, position)]
    for start in starts:
        opening = _OPENING_YEAR.match(text, start)
        if opening is not None and opening.end() <= position:
            return len(_YEAR.findall(text, opening.end(), position)) == 0 and not _PART_OF_A_YEAR.search(
                text, opening.start(), position)
    return False


# Between a count of users and the people it breaks down: "8 seats: 6 CID detectives, ...", "eight accounts in
# all, for six detectives and two sergeants", "Five members (four detectives and one corporal)".
_BREAKDOWN_BETWEEN = re.compile(r"[^.;!?\n]{0,30}?(?::|\(|\bfor\b|\bincluding\b|\b(?:namely|i\.e\.)|—|–)[^.;!?]{0,30}$",
                                re.IGNORECASE)


def _breakdown_of_users(text: str, start: int, phrase: _Phrase, previous: CountFinding | None) -> bool:
    """People counted right after a count of users in the same sentence, as its parts: the users are
    counted once, by their total."""
    return (phrase.people and previous is not None and previous.measure == "users" and 0 <= start - previous.char_end <= 60
            and _BREAKDOWN_BETWEEN.fullmatch(text, previous.char_end, start) is not None)


def _people_without_access(text: str, start: int, phrase: _Phrase, value: int) -> bool:
    """People counted for what they do, not for their access: who carries out a procedure ("reviewed by
    two trained analysts", "Two trained examiners must review"), or staff, a committee, travellers to a
    course in a sentence that gives them no access to the system."""
    if value < 10 and _BY_BEFORE.search(text, max(0, start - 24), start):
        return True
    return phrase.people and (_REVIEWERS.match(text, phrase.end) is not None or not _with_access(text, start))


def _with_access(text: str, position: int) -> bool:
    """The sentence around `position` speaks of access to or use of the system: accounts, seats, licences,
    logins, searches run ("Seven investigators hold Clearview accounts", "four detectives ran 212 searches")."""
    left = max(text.rfind(". ", 0, position), text.rfind("\n\n", 0, position), position - 300)
    right_stops = [i for i in (text.find(". ", position), text.find("\n\n", position)) if i != -1]
    return _ACCESS_WORDS.search(text, max(0, left), min([*right_stops, position + 300])) is not None


def _sentence_on_topic(text: str, position: int, with_previous: bool = False) -> bool:
    """The sentence around `position` speaks of face recognition, searching, photos or the system (or,
    `with_previous`, the one before it in its paragraph: "Detectives send face comparison requests to
    MCAC. We submitted 214 requests in FY2024")."""
    left = max(text.rfind(". ", 0, position), text.rfind("\n\n", 0, position), position - 300)
    if with_previous and left > 0 and text[left] == ".":
        left = max(text.rfind(". ", 0, left), text.rfind("\n\n", 0, left), left - 300)
    right_stops = [i for i in (text.find(". ", position), text.find("\n\n", position)) if i != -1]
    right = min([*right_stops, position + 300])
    return _SENTENCE_TOPIC.search(text, max(0, left), right) is not None


# "97 of them returned at least one candidate", "At least 31 of those led to arrests", "612 of the 4,452
# searches": a part of what was just counted, or the outcome the clause after it names.
_PARTITIVE = re.compile(r"[ \t]+of[ \t\n]+(?:them|those|these|(?:the|our|its|their|your)[ \t\n]+[\d,]+[ \t\n]+"
                        r"(?P<noun>[A-Za-z]+(?:[ \t]+[A-Za-z]+)?))\b")
_OUTCOME_CLAUSE = re.compile(
    r"[^.;!?\d]{0,60}?\b(?:led|leading|resulted|resulting|ended|ending|closed|closing|contributed|contributing)\s+(?:in|to|with)\s+"
    r"(?:an?\s+)?(?P<arrest>arrests?)\b|"
    r"[^.;!?\d]{0,40}?\b(?:returned|produced|generated|yielded|gave|came\s+back\s+(?:as|with))\b[^.;!?\d]{0,40}?"
    r"\b(?P<outcome>candidates?|match(?:es)?|leads?|hits?|identifications?|IDs?)\b", re.IGNORECASE)
_PARTITIVE_REACH = 200


def _outcome_of(clause: re.Match[str]) -> tuple[str, str] | None:
    """The measure of the outcome an `_OUTCOME_CLAUSE` names."""
    word = (clause["arrest"] or clause["outcome"]).lower()
    return ("matches", "outcome") if word in ("id", "ids") else _measure(word)


# Where a sentence or clause opens: "40 searches in March. 6 came back with a possible match."
_CLAUSE_OPEN = re.compile(r"(?:^|[.!?;:][ \t]+|\n[ \t]*)$")


def _partitive(text: str, start: int, partitive: re.Match[str], value: int | None,
               previous: CountFinding | None) -> CountFinding | None:
    """A part of a count: its measure is the outcome its clause names, else the noun it is a part of, else
    the count just before it; None when none says."""
    if not value:
        return None
    clause = _OUTCOME_CLAUSE.match(text, partitive.end())
    measured: tuple[str, str] | None = None
    stop = partitive.end()
    if clause is not None:
        measured = _outcome_of(clause)
        stop = clause.end()
    elif partitive["noun"]:  # "9 of our 10 account holders": the noun's words, the last first
        words = partitive["noun"].lower().split()
        measured = next((found for word in reversed(words) if (found := _measure(word)) is not None), None)
    elif previous is not None and start - previous.char_end < _PARTITIVE_REACH and "\n\n" not in text[previous.char_end : start]:
        measured = (previous.measure, previous.category)
    if measured is None:
        return None
    quote_start, qualifier = _qualifier(text, start, "exact")
    per: str | None = None
    if (measured[0] in FLOWS and previous is not None and previous.measure == measured[0]
            and start - previous.char_end < _PARTITIVE_REACH):
        per = previous.per  # "274 searches in 2023; 41 of them ...": a part of a year's searches is a year's
    elif (measured[0] == "users" and _ACTIVE_WORD.search(text, partitive.start(), partitive.end() + 25)
          and _in_one_year(text, start)):
        per = "year"  # "Only 5 of the 8 accounts ran a search during 2024"
    return CountFinding(char_start=quote_start, char_end=stop, quote=text[quote_start:stop], count=value, qualifier=qualifier,
                        measure=measured[0], per=per, confidence=0.7, category=measured[1])


# The same count for another year, in brackets after it: "1,146 searches in calendar 2024 (802 in 2023)".
_BRACKETED_YEAR_AFTER = re.compile(r"[ \t]+in[ \t]+(?:calendar[ \t]+|fiscal[ \t]+)?(?:CY|FY)?[ \t]?(?:19|20)\d\d\)")


# "64 were run at the request of other agencies", "About 40 of the searches were run for other agencies",
# "402 came from agencies other than APD": searches run for someone, counted by the clause after the number.
_RUN_FOR = re.compile(
    r"(?:[ \t\n]+of[ \t\n]+(?:them|those|these|the[ \t\n]+(?P<noun>searches|requests)))?[ \t\n]+(?:(?:were|was)[ \t\n]+)?"
    r"(?:run|conducted|performed|made|submitted|done|received)[ \t\n]+(?:at[ \t\n]+the[ \t\n]+(?:written[ \t\n]+)?requests?"
    r"[ \t\n]+of|for|on[ \t\n]+behalf[ \t\n]+of|from)\b|[ \t\n]+came[ \t\n]+from\b", re.IGNORECASE)


def _run_for(text: str, start: int, end: int, value: int, previous: CountFinding | None) -> CountFinding | None:
    """Searches run for someone (`_RUN_FOR`): a part of the searches counted just before (their period
    too), or of the searches the clause names; None when neither says they are searches."""
    clause = _RUN_FOR.match(text, end)
    if clause is None:
        return None
    near = (previous is not None and previous.measure == "searches" and start - previous.char_end < _PARTITIVE_REACH
            and "\n\n" not in text[previous.char_end : start])
    if not near and not clause["noun"]:
        return None
    quote_start, qualifier = _qualifier(text, start, "exact")
    return CountFinding(char_start=quote_start, char_end=clause.end(), quote=text[quote_start : clause.end()], count=value,
                        qualifier=qualifier, measure="searches", per=previous.per if near and previous else None,
                        confidence=0.7, category="usage")


def _another_years(text: str, start: int, end: int, value: int, previous: CountFinding | None) -> CountFinding | None:
    """A bare number compared with the count just before it, for another year ("412 searches in 2024, up
    from 356 in 2023"): that count's measure, a year's."""
    if previous is None or previous.per != "year" or start - previous.char_end > 60 or "\n\n" in text[previous.char_end : start]:
        return None
    if cost_terms.COMPARED_WITH.search(text, max(previous.char_end, start - 25), start) is None:
        return None
    year_end = cost_terms.one_year_after(text, end)
    if year_end is None:
        return None
    return CountFinding(char_start=start, char_end=year_end, quote=text[start:year_end], count=value, qualifier="exact",
                        measure=previous.measure, per="year", confidence=0.7, category=previous.category)


def _elliptical(text: str, start: int, end: int, value: int, previous: CountFinding | None) -> CountFinding | None:
    """A number with no noun of its own that a construction ties to a measure: "searches with 4,180",
    a list's "... with 85" after "... with 185 searches", and "Of the 10,652 searches, 418 ...". Only
    where the number ends its clause, so "with 85 officers" is never read here."""
    if (run_for := _run_for(text, start, end, value, previous)) is not None:
        return run_for
    if (other_year := _another_years(text, start, end, value, previous)) is not None:
        return other_year
    if (previous is not None and previous.measure in FLOWS and start - previous.char_end < _PARTITIVE_REACH
            and "\n\n" not in text[previous.char_end : start] and _CLAUSE_OPEN.search(text, max(0, start - 3), start)
            and (clause := _OUTCOME_CLAUSE.match(text, end)) is not None and (measured := _outcome_of(clause)) is not None):
        # "We ran 40 searches in March. 6 came back with a possible match.": the outcome of the searches.
        return CountFinding(char_start=start, char_end=clause.end(), quote=text[start : clause.end()], count=value,
                            qualifier="exact", measure=measured[0], per=previous.per, confidence=0.7, category=measured[1])
    if (previous is not None and text[start - 1 : start] == "(" and start - previous.char_end < 20
            and (bracketed := _BRACKETED_YEAR_AFTER.match(text, end)) is not None):
        stop = bracketed.end() - 1
        return CountFinding(char_start=start, char_end=stop, quote=text[start:stop], count=value, qualifier="exact",
                            measure=previous.measure, per="year", confidence=0.7, category=previous.category)
    window = text[max(0, start - 60) : start]
    limited = _LIMITED_TO.search(window)
    if limited is not None and (measured := _measure(limited["noun"].lower())) is not None:
        quote_start = start - (len(window) - limited.start())
        finding = _elliptical_finding(text, quote_start, end, value, *measured)
        return CountFinding(**{**finding.__dict__, "qualifier": "at most"})
    if not re.match(r"\s*(?:[,.;)]|and\b|or\b|$|\n)", text[end : end + 6]):
        return None
    if _WITH_BEFORE.search(window):
        noun = re.search(r"(?P<noun>[A-Za-z]+)\s+with\s+$", window)
        measured = _measure(noun["noun"].lower()) if noun else None
        if measured is not None and noun is not None:
            quote_start = start - (len(window) - noun.start("noun"))
            return _elliptical_finding(text, quote_start, end, value, *measured)
        if previous is not None and start - previous.char_end < _INHERIT_REACH and "\n\n" not in text[previous.char_end : start]:
            quote_start = start - len(_WITH_BEFORE.search(window).group())  # type: ignore[union-attr]
            return _elliptical_finding(text, quote_start, end, value, previous.measure, previous.category)
        return None
    of_the = re.search(r"\bOf\s+(?:the|these|those|all)\s+(?P<n>[\d,]+)\s+(?P<noun>[A-Za-z]+)[^.;]{0,160},\s*$",
                       text[max(0, start - 240) : start])
    if of_the is not None and (measured := _measure(of_the["noun"].lower())) is not None and measured[1] == "usage":
        return _elliptical_finding(text, start, end, value, *measured)
    return None


def _elliptical_finding(text: str, start: int, end: int, value: int, measure: str, category: str) -> CountFinding:
    return CountFinding(char_start=start, char_end=end, quote=text[start:end], count=value, qualifier="exact",
                        measure=measure, per=None, confidence=0.7, category=category)
