"""The words that say what a price is: its period, the unit it is per, how it is billed, the term it
covers and its kind, read in any order around the amount and across line breaks.

"$6 and $12 a month per user, billed annually" is a monthly per-user price billed once a year;
"annual maintenance costs of $180,643" and "$6,495 due each year" are yearly; "a one-year contract
... $18,000" is a year; "$10,000 for two years of use" covers a two-year term and has no period;
"the first year is $10,000" is a first-year price. Modifiers after the amount must follow it closely
(a few filler words apart); before it, they must modify a cost noun ("annual subscription of")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

_FLAGS = re.IGNORECASE
_SEP = r"[ \t\u00a0\n]+"
_OPT_SEP = r"[ \t\u00a0\n]*"

BILLING = re.compile(
    rf"(?:billed|invoiced|paid|payable|charged|collected|renewed|renewable){_SEP}"
    rf"(?P<billing>annually|yearly|monthly|quarterly|weekly|in{_SEP}advance|up[\s-]?front|once|each{_SEP}year|each{_SEP}month|"
    rf"per{_SEP}year|per{_SEP}month|every{_SEP}year|every{_SEP}month|once{_SEP}a{_SEP}year|once{_SEP}a{_SEP}month)\b",
    _FLAGS,
)
_BILLING_NAMES = {"annually": "annually", "yearly": "annually", "each year": "annually", "per year": "annually",
                  "every year": "annually", "once a year": "annually", "monthly": "monthly", "each month": "monthly",
                  "per month": "monthly", "every month": "monthly", "once a month": "monthly", "quarterly": "quarterly",
                  "weekly": "weekly", "in advance": "in advance", "upfront": "upfront", "up front": "upfront",
                  "up-front": "upfront", "once": "once"}

_PERIOD_WORDS = {
    "month": r"month|mo\.?|mth",
    "year": r"(?:(?:state\s+|county\s+|city\s+|federal\s+)?fiscal\s+|calendar\s+|(?:contract|licen[cs]e|subscription|service|"
            r"program|grant|budget|billing)\s+)?year|yr\.?|annum",
    "week": r"week|wk\.?",
    "day": r"day",
    "quarter": r"quarter",
}
PERIOD = re.compile(
    "|".join(
        rf"(?P<{name}>(?:an?|per|each|every|any|/|a{_SEP}single)?{_OPT_SEP}(?:{words})\b(?!-)|"
        + {"month": r"monthly|month-to-month|mo-to-mo",
           "year": r"annually|yearly|annual(?![\s-]+report)|per\s+annum|p\.a\.",
           "week": r"weekly", "day": r"daily|per\s+diem", "quarter": r"quarterly"}[name]
        + ")"
        for name, words in _PERIOD_WORDS.items()
    ),
    _FLAGS,
)
# "$9,000 for FY27", "$118,400 for fiscal year 2027": the amount of one (fiscal) year; not "$42,000 in the FY26
# capital request", a budget's allocation, which is no term.
_FISCAL_YEAR = r"(?:FY\s?'?\d{2}(?:\d{2})?(?:[-–/]\d{2}(?!\d))?|fiscal\s+(?:year\s+)?\d{4}(?:[-–/]\d{2}(?!\d))?)(?![-–/]?\d)"
FOR_FISCAL_YEAR = re.compile(rf"(?:for|in)\s+(?:the\s+)?(?:(?:state|city|county|federal)\s+)?{_FISCAL_YEAR}"
                             r"(?!\s+(?:(?:capital|operating|general\s+fund)\s+)?(?:budget|appropriation|request|plan)s?\b)",
                             _FLAGS)
# "in 2023", "during calendar 2024", "for FY2025": one year named (not "2023-24": a span of two).
IN_ONE_YEAR = re.compile(r"\b(?:in|during|for|throughout)\s+(?:calendar\s+|fiscal\s+)?(?:year\s+)?(?:CY|FY)?\s?(?:19|20)\d\d\b"
                         r"(?![-–/]\d)", re.IGNORECASE)
# "up from", "vs", "compared with" just before a figure: it is compared like for like with the one before it.
COMPARED_WITH = re.compile(r"(?:\b(?:up|down|increas\w*|decreas\w*|ris\w*|rose|drop\w*|fell|fall\w*)[ \t\n]+from|\bvs\.?|"
                           r"\bversus|\bcompared[ \t\n]+(?:with|to))[ \t\n]*$", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\n]+")


def one_year_after(text: str, position: int) -> int | None:
    """Where "in 2023" (`IN_ONE_YEAR`) ends when it follows `position` after a space, else None."""
    space = _SPACE.match(text, position)
    named = IN_ONE_YEAR.match(text, space.end()) if space is not None else None
    return named.end() if named is not None else None


# "$8,900 for 2021", "$4,200 for next year", "for calendar 2024": what one year costs (not "in 2021": when paid).
FOR_ONE_YEAR = re.compile(r"for\s+(?:(?:calendar\s+(?:year\s+)?)?(?:19|20)\d\d(?![-–/]?\d)(?!\s+and\s+(?:19|20)\d\d)|"
                          r"(?:the\s+)?(?:next|coming|following|current)\s+year|this\s+year)\b", _FLAGS)
# "$24,000 for 2024-25", "$27,600 for the 2025-26 term": a year written as the span of two calendar years.
FOR_YEAR_SPAN = re.compile(r"(?:for|in)\s+(?:the\s+)?(?P<first>(?:19|20)\d\d)[-–/](?P<last>\d\d|(?:19|20)\d\d)(?![-–/]?\d)"
                           r"(?:\s+(?:term|contract\s+year|fiscal\s+year|school\s+year|season))?", _FLAGS)
# "$164,500 for July 1, 2025 through June 30, 2026": a term of one year, by its dates.
_DATE = r"(?P<{0}_month>[A-Z][a-z]{{2,8}})\.?\s+(?P<{0}_day>\d{{1,2}}),\s+(?P<{0}_year>(?:19|20)\d\d)"
# Two dates in words, "July 1, 2025 through June 30, 2026" (`dates_span_one_year` reads them).
DATES_IN_WORDS = _DATE.format("first") + r"\s*(?:through|thru|to|until|[-–])\s*" + _DATE.format("last")
DATED_TERM = re.compile(r"(?:for|covering|from)\s+(?:the\s+(?:period|term)\s+)?" + DATES_IN_WORDS, _FLAGS)
# "the maintenance renewal for FY27 is $118,400", "FY2024 (pilot): $4,500", "FY2024 renewal of $52,211.54": the
# fiscal year named just before the amount, or leading its line.
_FISCAL_YEAR_BEFORE = re.compile(
    rf"(?:\bfor\s+(?:the\s+)?(?:(?:state|city|county|federal)\s+)?{_FISCAL_YEAR}\s*(?:is|was|will\s+be|comes\s+to|totals?|at)?"
    rf"|(?:^|\n)[ \t•*-]*{_FISCAL_YEAR}(?:\s*\([^)\n]{{1,20}}\))?\s*:"
    rf"|\b{_FISCAL_YEAR}\s+(?:[\w-]+\s+){{0,2}}?(?:renewal|payment|invoice|cost|total|fee|subscription|maintenance)s?"
    r"\s+(?:of|was|is|were|came\s+to)|(?:^|,\s+|\.\s+|:\s+)"
    rf"{_FISCAL_YEAR}\s+(?:was|is|cost|came\s+to|ran))\s*$", _FLAGS)
# "Last year we paid $26,515", "Last year's contract was $24,000", "one year: $18,000": a year's amount.
_A_YEARS_AMOUNT_BEFORE = re.compile(
    r"(?:\b(?:last|this|next)\s+year(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:paid|spent|contract|renewal|subscription|invoice|bill|"
    r"cost|price|fee|PO|purchase\s+order|order)\b[^$€£.;]{0,20}?|\b(?:one|1)\s+year\s*:\s*)$", _FLAGS)
# "FaceSearch price per user: $580.00 per year": a label that names the unit its amount prices.
_PER_UNIT_LABEL = re.compile(r"\bper\s+(?P<unit>user|seat|licen[cs]e|account|camera|device|server|search|image)\s*:\s*$", _FLAGS)
ONE_TIME = re.compile(
    r"one[\s-]?time|lump[\s-]sum|single[\s-]payment|non[\s-]?recurring|up[\s-]?front(?:\s+(?:fee|cost|payment))?"
    r"|perpetual", _FLAGS
)
# "the initial load would run roughly $1,100": a first, one-off cost.
_INITIAL_BEFORE = re.compile(
    r"\binitial\s+(?:load|setup|set-up|purchase|installation|deployment|migration|onboarding|enrollment|ingest(?:ion)?)\b"
    r"[^$€£.;]{0,30}$", _FLAGS)
# A period written just before the amount in a list or a row ("Concurrent user licenses, each year   $23,000.00").
_PERIOD_RIGHT_BEFORE = re.compile(
    r"\b(?P<period>(?:each|per|every|a)\s+(?:year|month)|annually|monthly|yearly|annual)\b[\s.:,$-]*$", _FLAGS)
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty-four|thirty-six|sixty|\d{1,3})"
# A term the price covers: "for one year", "12-month", "a year-long contract", "for two years" (a bare
# "a year" is a rate, read as a period).
TERM = re.compile(
    rf"(?:for|over|covering){_SEP}(?:a{_SEP}|the{_SEP}|an{_SEP}initial{_SEP}|an?{_SEP}additional{_SEP}|a{_SEP}period{_SEP}of{_SEP}|"
    rf"an?{_SEP}(?:initial{_SEP})?term{_SEP}of{_SEP}|another{_SEP}|the{_SEP}next{_SEP}|the{_SEP}same{_SEP})?"
    rf"(?P<n>{_NUMBER_WORD}|a|an|one|single|another|one{_SEP}more|a{_SEP}further|the{_SEP}next)"
    rf"{_OPT_SEP}-?{_OPT_SEP}(?P<unit>years?|yrs?|months?|mos?)\b"
    rf"|(?P<n2>{_NUMBER_WORD}){_OPT_SEP}-?{_OPT_SEP}(?P<unit2>years?|yrs?|months?|mos?)\b(?:[-\s]long\b)?"
    rf"|(?P<yearlong>year[-\s]long|yearlong)",
    _FLAGS,
)
# A year of a multi-year deal other than the first: "for the option year", "year two onward", "Years two
# and after", "the year-two cost": a yearly price.
# Not a span of years ("Subscription, Contract Years 1 - 3   $45,816.82": the three years' total).
LATER_YEAR = re.compile(
    r"(?:(?:for\s+(?:the|each|an?)\s+)?(?:option|base|contract|renewal|subsequent|following|second|third|out)[\s-]+years?\b|"
    r"years?[\s-]+(?:two|three|four|five|2|3|4|5)\b(?:[\s-]+(?:and\s+(?:after|beyond|later|thereafter)|onwards?|on))?)"
    r"(?!\s*\d{0,2}\s*(?:-|–|to|through|thru)\s*\d)",
    _FLAGS,
)
FIRST_YEAR = re.compile(r"first[\s-]+(?:(?:contract|service|subscription|license|licence)[\s-]+)?year|year[\s-]+(?:one|1)\b|"
                        r"initial[\s-]+year|1st[\s-]+year", _FLAGS)
_UNIT_NOUNS = (
    r"named[\s-]+users?|concurrent[\s-]+users?|users?|officers?|sworn[\s-]+officers?|seats?|licen[cs]es?|cameras?|devices?|"
    r"searche?s?|quer(?:y|ies)|images?|photos?|faces?|agenc(?:y|ies)|terminals?|servers?|sites?|locations?|api[\s-]+calls?|"
    r"transactions?|tokens?|accounts?|streams?|feeds?|channels?|doors?|units?|investigators?|analysts?|detectives?|deputies|deputy|"
    r"hours?|projects?|vectors?|templates?|records?|workstations?|deployments?|subscriptions?|examiners?|attendees?|"
    r"participants?|trainees?|students?"
)
_QTY = (r"\d{1,3}(?:,\d{3}){1,3}|\d{1,7}|one|a|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty"
        r"|hundred|thousand")
# "per user", "per 1,000 images", "/seat", "per analyst seat", "per Authorized User". ("$10,000 for 5
# licenses" prices five together: a flat price, not a unit price.)
UNIT = re.compile(
    rf"(?:(?:per|(?<!for )(?:a|an)|for{_SEP}(?:a|an)(?={_SEP}(?:thousand|hundred|million|dozen)\b)|each|for{_SEP}each)"
    rf"{_OPT_SEP}(?:(?P<qty>{_QTY}){_SEP})?(?:(?-i:[A-Za-z][a-z-]*){_SEP}){{0,2}}|/{_OPT_SEP}|per-)"
    rf"(?P<unit>{_UNIT_NOUNS})\b",
    _FLAGS,
)
_UNIT_BEFORE = re.compile(
    rf"\bper[\s-](?P<unit>{_UNIT_NOUNS})[\s-]+(?:\w+[\s-]+)?(?:price|cost|fee|rate|charge|pricing|license|licence|subscription)s?\b",
    _FLAGS,
)
# Words that may sit between an amount and its modifiers: "$6,495 due each year", "$225,000 contract for
# one year", "$7,500 annual subscription", "$9,000 for its first year".
FILLER = re.compile(
    r"(?:due|payable|paid|is|are|was|were|will\s+be|in|for|of|the|a|an|its|their|our|total|fee|fees|cost|costs|charge|charges|"
    r"price|pricing|rate|contract|agreement|deal|subscription|subscriptions|license|licenses|licence|licences|"
    r"software|service|services|access|plan|tier|each|approximately|usd|dollars?|plus\s+tax|excluding\s+tax|net|"
    r"stored|processed|indexed|enrolled|searched|used|hosted|retained|we|they|covers|covered|covering|funds|funded|"
    # a product's name before the cost noun: "$14,250 is the FaceSearch subscription for July 1, 2025 through ..."
    r"(?-i:[A-Z][\w+-]*[a-z][\w+-]*)\s+(?:subscription|licen[cs]e|renewal|maintenance|support)s?|"
    r"(?:19|20)\d\d(?![-–/]?\d)|estimated)\b|(?:est|approx)\.",  # "12 x $500 est. monthly usage"
    _FLAGS,
)
_COST_NOUN = (r"(?:fee|cost|price|pricing|subscription|licen[cs]e|maintenance|support|contract|agreement|payment|"
              r"charge|rate|renewal|amount|total|value|budget|deal|plan|term|expense|spend|spending|purchase|installment|"
              r"instalment|invoice|billing|minimum|commitment)s?")
_PERIOD_BEFORE = re.compile(
    rf"\b(?P<word>annual|yearly|monthly|quarterly|weekly|one[\s-]?time|recurring|lump[\s-]sum|perpetual)[\s-]+"
    rf"(?:(?:[\w-]+|and),?[\s-]+){{0,5}}?{_COST_NOUN}\b",
    _FLAGS,
)
_TERM_BEFORE = re.compile(
    rf"\b(?:(?P<n>{_NUMBER_WORD}|a|one)[\s-]*(?P<unit>years?|months?)[\s-]*(?:long[\s-]+)?|(?P<yearlong>year[\s-]long)[\s-]+)"
    rf"(?:[\w-]+[\s-]+){{0,2}}{_COST_NOUN}\b"
    rf"|\bfor[\s-]+(?:another[\s-]+|the[\s-]+next[\s-]+)?(?P<n2>{_NUMBER_WORD}|a|one|another|one[\s-]+more|the[\s-]+next)"
    rf"[\s-]+(?P<unit2>years?|months?)\b",
    _FLAGS,
)
# A term written as the amount's first adjective, the noun after it: "signed a one-year, $24,500 agreement".
_TERM_ADJECTIVE_BEFORE = re.compile(rf"\b(?P<n>{_NUMBER_WORD}|one)[\s-]+(?P<unit>year|month)(?:[\s-]+long)?,[ \t]*$", _FLAGS)
# "for another year", "for one more year", "for the next 12 months": one more term of that length.
_TERM_NUMBERS = {"a": 1, "an": 1, "one": 1, "single": 1, "another": 1, "one more": 1, "a further": 1, "the next": 1,
                 "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "eighteen": 18, "twenty-four": 24, "thirty-six": 36, "sixty": 60}

# Kinds: the words next to an amount that say what it pays for. Nearest wins.
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("setup", re.compile(r"\b(?:one[\s-]?time|set[\s-]?up|installation|install|onboarding|implementation|configuration)\b",
                         _FLAGS)),
    ("grant", re.compile(r"\b(?:grants?|grantor|grant[\s-]funded|award\s+amount|amount\s+awarded|award\s+of|sub-?awards?|"
                         r"sub-?grants?|(?:JAG|Byrne|SHSP|UASI|Homeland\s+Security)\s+(?:[\w-]+\s+)?(?:awards?|funds|funding)|"
                         r"federal\s+(?:awards?|share(?:\s+requested)?|funds|funding)|awarded(?!\s+(?:the\s+|a\s+)?"
                         r"(?:contract|bid|purchase|order|RFQ|RFP|ITB|quote|to)\b))\b", _FLAGS)),
    ("maintenance", re.compile(r"\b(?:maintenance|support\s+(?:fee|renewal|agreement|contract|services?)|annual\s+support)\b",
                               _FLAGS)),
    ("subscription", re.compile(r"\bsubscriptions?\b", _FLAGS)),
    ("license", re.compile(r"\blicen[cs](?:e|es|ing)\b", _FLAGS)),
    ("total", re.compile(r"\b(?:total(?:ing|ling|ed|s)?|grand\s+total|in\s+all|altogether|combined|sum\s+of)\b", _FLAGS)),
)
# "for 5 user licenses", "for the first 10 users": how many the price covers, read past like a filler
# (not "for the 2024 annual subscription": a year).
_QUANTITY_PHRASE = re.compile(
    rf"for{_SEP}(?:the{_SEP}(?:first{_SEP})?|up{_SEP}to{_SEP})?(?!(?:19|20)\d\d\b)(?:{_QTY}){_SEP}(?:[A-Za-z-]+{_SEP}){{0,3}}(?:{_UNIT_NOUNS})\b",
    _FLAGS,
)
_NEGATED = re.compile(r"\b(?:no|without|waived?|free\s+of)\s+(?:\w+\s+)?$", _FLAGS)
_MAX_AFTER_STEPS = 8
_MAX_FILLERS = 3
_BEFORE_REACH = 90
_KIND_BEFORE, _KIND_AFTER = 45, 35


@dataclass
class Terms:
    """What the words around one amount say about it."""

    end: int  # where the last modifier read after the amount ends (the quote runs to here)
    period: str | None = None  # one-time | day | week | month | quarter | year
    unit: str | None = None
    unit_quantity: Decimal | None = None
    billing: str | None = None
    term: str | None = None  # "2 years", "12 months", "first year"
    kind: str | None = None
    found: list[str] = field(default_factory=list)


_GAP = re.compile(r"[ \t\u00a0\n,]*")
_CELL_REACH = 60  # an amount cell and the gap before it: never a scan back over a long line
# An amount printed as a table's last cell: after a wide gap (or dot leaders) and at the end of its line.
_COLUMN_CELL = re.compile(r"(?:[ \t\u00a0]{2,}|\.{3,}[ \t]*)\S+[ \t\u00a0]*$")


def read_after(text: str, start: int, limit: int) -> Terms:
    """Modifiers that follow the amount closely, in any order: period, unit, billing, term."""
    terms = Terms(end=start)
    position, fillers = start, 0
    line_start = text.rfind("\n", max(0, start - _CELL_REACH), start) + 1
    in_column = _COLUMN_CELL.search(text, max(line_start, start - _CELL_REACH), start) is not None
    if (each := _EACH.match(text, position, limit)) is not None:
        counted = _last(_COUNTED, text, max(text.rfind("\n", 0, start) + 1, start - _EACH_REACH), start)
        if counted is not None:  # "4 workstation licenses: $23,600 ($5,900 each)": the price of one licence
            terms.unit, terms.unit_quantity = singular_unit(counted["unit"]), Decimal(1)
            position = terms.end = each.end()
    for _ in range(_MAX_AFTER_STEPS):
        gap = _GAP.match(text, position, limit)
        if gap and in_column and "\n" in gap.group():
            break  # an amount ending a table's row: the next row's words are not its terms ("Total, year 1")
        position = gap.end() if gap else position
        if position >= limit:
            break
        matched = _read_one(text, position, limit, terms) or _bracketed_one(text, position, limit, terms)
        if matched is not None:
            position = terms.end = matched
            fillers = 0
            continue
        quantity = _QUANTITY_PHRASE.match(text, position, limit)
        if quantity is not None:
            position = quantity.end()
            continue
        filler = FILLER.match(text, position, limit)
        if filler is None or fillers >= _MAX_FILLERS:
            break
        position, fillers = filler.end(), fillers + 1
    if terms.period is None and terms.term is None and terms.unit is None and terms.billing in _BILLED_PERIODS:
        terms.period = _BILLED_PERIODS[terms.billing]  # "License fees of $8,900 are billed annually": a year's fee
    if terms.period is None and terms.term is None and terms.unit is None:
        clause_end = _CLAUSE_END.search(text, start, limit)
        if _CLAUSE_YEAR.search(text, start, clause_end.start() if clause_end else limit):
            terms.period = "year"  # "an invoice for $4,800 covering six investigator accounts for one year"
    return terms


# A clause that ends by saying the amount buys one year: "$52,000 ... to renew it for one year", "$7,500.00 was
# the FaceSearch subscription for the year"; read to the clause's end, past words the step reader cannot.
_CLAUSE_END = re.compile(r"[;:]|[.!?](?=\s|$)|,\s+(?:and|but|which|while|plus)\b|\n[ \t]*\n")
_CLAUSE_YEAR = re.compile(r"\bfor\s+(?:(?:one|a|the|a\s+full|one\s+full)\s+year|(?:12|twelve)\s+months)\s*$", _FLAGS)


_BILLED_PERIODS = {"annually": "year", "monthly": "month", "quarterly": "quarter", "once": "one-time"}
# "each" alone after an amount, and the count of things on its line that it prices one of.
_EACH_REACH = 80  # characters back on the line where the things counted may be named
_EACH = re.compile(r"[ \t]*each\b(?![ \t\n]+[A-Za-z])", _FLAGS)
_COUNTED = re.compile(rf"\b(?:{_QTY}){_SEP}(?:(?-i:[a-z][a-z-]*){_SEP}){{0,2}}(?P<unit>{_UNIT_NOUNS})\b", _FLAGS)


def _bracketed_one(text: str, position: int, limit: int, terms: Terms) -> int | None:
    """A modifier alone in brackets ("$9,995.00 (one-time)", "$450 (per month)"): recorded only when the
    bracket holds nothing else, so "(plus $500 annually)" never lends its period."""
    opening = re.compile(r"\([ \t]*").match(text, position, limit)
    if opening is None:
        return None
    trial = Terms(end=opening.end())
    inner = _read_one(text, opening.end(), limit, trial)
    closing = re.compile(r"[ \t]*\)").match(text, inner, limit) if inner is not None else None
    if closing is None:
        return None
    _read_one(text, opening.end(), limit, terms)
    return closing.end()


def _read_one(text: str, position: int, limit: int, terms: Terms) -> int | None:
    """One modifier at `position`: its end, after recording it on `terms`; None if none starts here."""
    if (billing := BILLING.match(text, position, limit)) is not None and not _BILLED_AMOUNT.match(text, billing.end()):
        terms.billing = terms.billing or _BILLING_NAMES.get(re.sub(r"\s+", " ", billing["billing"].lower()), billing["billing"])
        return billing.end()
    if (first := FIRST_YEAR.match(text, position, limit)) is not None:
        terms.term, terms.period = terms.term or "first year", terms.period or "year"
        return first.end()
    if (later := LATER_YEAR.match(text, position, limit)) is not None:
        terms.term, terms.period = terms.term or _year_term(later.group()), terms.period or "year"
        return later.end()
    if (term := TERM.match(text, position, limit)) is not None:
        _record_term(terms, term["n"] or term["n2"], term["unit"] or term["unit2"], bool(term["yearlong"]))
        return term.end()
    if (once := ONE_TIME.match(text, position, limit)) is not None:
        terms.period = terms.period or "one-time"
        return once.end()
    if (span := FOR_YEAR_SPAN.match(text, position, limit)) is not None and _consecutive(span["first"], span["last"]):
        terms.period = terms.period or "year"
        return span.end()
    if (fiscal := FOR_FISCAL_YEAR.match(text, position, limit)) is not None:
        terms.period = terms.period or "year"
        return fiscal.end()
    if (one_year := FOR_ONE_YEAR.match(text, position, limit)) is not None:
        terms.period = terms.period or "year"
        return one_year.end()
    if (dated := DATED_TERM.match(text, position, limit)) is not None and dates_span_one_year(dated):
        terms.period = terms.period or "year"
        return dated.end()
    if (months := _MONTH_SPAN_TERM.match(text, position, limit)) is not None and _months_apart(months) in (11, 12):
        terms.period = terms.period or "year"
        return months.end()
    if (numeric := NUMERIC_DATED_TERM.match(text, position, limit)) is not None and numeric_span_is_a_year(numeric):
        terms.period = terms.period or "year"  # "$2,050 per seat for 6/1/2025 to 5/31/2026"
        return numeric.end()
    if (period := PERIOD.match(text, position, limit)) is not None and period.end() > position:
        terms.period = terms.period or next(name for name in _PERIOD_WORDS if period.group(name))
        return period.end()
    if (unit := UNIT.match(text, position, limit)) is not None and terms.unit is None:
        terms.unit = singular_unit(unit["unit"])
        terms.unit_quantity = quantity_of(unit["qty"])
        return unit.end()
    return None


# One year named by its number: "2024", "calendar year 2023", "FY2024-25", "CY2024", "the 2024-2025 subscription year".
_ONE_YEAR = (r"(?:(?:calendar|(?:state\s+|county\s+|city\s+|federal\s+)?fiscal)\s+(?:year\s+)?|CY\s?|FY\s?'?)?"
             r"(?P<first>(?:19|20)?\d\d)(?:[-–/](?P<last>(?:19|20)?\d\d))?(?![-–/]?\d)")
_RECURRING = (r"(?:subscriptions?|maintenance|renewals?|term|invoices?|charges|bills?|share|support|expenditures?|"
              r"licen[cs]e\s+fees?|hosting)")
# "The 2024 subscription cost $7,950", "The FY2024-25 renewal was approved at $19,152", "the 2023 charges came to".
_YEAR_OF_RECURRING = re.compile(rf"\b{_ONE_YEAR}\s+(?:[\w-]+\s+){{0,2}}?{_RECURRING}\b", _FLAGS)
# "the FaceSearch subscription for calendar year 2023 cost $6,850", "The renewal invoice for 2024 came to".
_RECURRING_OF_YEAR = re.compile(rf"\b{_RECURRING}\s+(?:[\w-]+\s+){{0,3}}?(?:for|in|during)\s+(?:the\s+)?{_ONE_YEAR}"
                                r"(?:\s+(?:subscription|contract|fiscal|service)\s+year)?\b", _FLAGS)
# "For 2023 the Department paid $9,150": a sentence that opens on its year.
_OPENS_ON_A_YEAR = re.compile(rf"[ \t\n>]*For\s+(?:the\s+)?{_ONE_YEAR}\b", _FLAGS)
# "quoted $26,100 to renew FaceSearch for FY 2023-24".
_RENEWED_FOR_A_YEAR = re.compile(rf"[^.;$]{{0,40}}?\b(?:to\s+renew|renewal|subscription|maintenance)\b[^.;$]{{0,30}}?"
                                 rf"\bfor\s+(?:the\s+)?{_ONE_YEAR}\b", _FLAGS)
# Words that make an amount cover more, or other, than one year.
NOT_ONE_YEAR = re.compile(r"\b(?:(?:two|three|four|five|multi|\d{1,2})[\s-]+years?|years|through|since|to\s+date|"
                           r"total(?:s|ed|led|ing)?|combined|cumulative|over\s+the|per\s+(?:user|seat|licen[cs]e|search))\b",
                           _FLAGS)


def _names_one_year(found: re.Match[str] | None) -> bool:
    if found is None:
        return False
    first, last = found["first"], found["last"]
    if last is None:
        return len(first) == 4 or found.group(0).lstrip()[:2].upper() in ("FY", "CY")
    return _consecutive(first[-4:] if len(first) == 4 else "20" + first, last)


_MAINTENANCE = re.compile(r"\b(?:software\s+)?maintenance\b", _FLAGS)
# Another period, or other things bought with it ("maintenance, client licenses and mugshot conversion").
_NOT_MAINTENANCE_ONLY = re.compile(r"\b(?:months?|quarter(?:ly)?|monthly|licen[cs]es|conversion|migration|training|"
                                   r"installation|implementation|set-?up|onboarding|hardware|servers?|workstations?)\b",
                                   _FLAGS)


def maintenance_of_a_year(described: str) -> bool:
    """Software maintenance is sold by the year: a maintenance price that names no period, term or
    number of years is a year's."""
    return _MAINTENANCE.search(described) is not None and NOT_ONE_YEAR.search(described) is None and (
        _NOT_MAINTENANCE_ONLY.search(described) is None)


def year_named(text: str, clause_start: int, start: int, end: int, clause_end: int) -> bool:
    """The amount is what one named year of a subscription, maintenance or renewal cost ("The 2024
    subscription cost $7,950"), unless its clause speaks of more than one year or of a unit price."""
    if NOT_ONE_YEAR.search(text, clause_start, clause_end):
        return False
    before = text[clause_start:start]
    if any(_names_one_year(found) for pattern in (_YEAR_OF_RECURRING, _RECURRING_OF_YEAR)
           for found in pattern.finditer(before)):
        return True
    if _names_one_year(_OPENS_ON_A_YEAR.match(text, clause_start, start)):
        return True
    return _names_one_year(_RENEWED_FOR_A_YEAR.match(text, end, clause_end))


def _consecutive(first: str, last: str) -> bool:
    """"2024-25", "2024-2025": the second year follows the first."""
    return int(last[-2:]) == (int(first) + 1) % 100


def dates_span_one_year(dated: re.Match[str]) -> bool:
    """A match's two printed dates (groups first_month, first_day, first_year and last_*) span one year; a
    first date printed without its year ("January 1 - December 31, 2024") is in the last one's."""
    try:
        first = datetime.strptime(f"{dated['first_month'][:3]} {dated['first_day']} {dated['first_year'] or dated['last_year']}",
                                  "%b %d %Y")
        last = datetime.strptime(f"{dated['last_month'][:3]} {dated['last_day']} {dated['last_year']}", "%b %d %Y")
    except ValueError:
        return False
    return spans_one_year(first.date(), last.date())


def spans_one_year(first: date, last: date) -> bool:
    """The dates span one year: the last day is the day before the first one's anniversary, give or take."""
    return 360 <= (last - first).days <= 366


def _record_term(terms: Terms, number: str | None, unit: str | None, yearlong: bool) -> None:
    if yearlong:
        terms.period = terms.period or "year"
        terms.term = terms.term or "1 year"
        return
    key = " ".join((number or "").lower().split())
    count = int(key) if key.isdigit() else _TERM_NUMBERS.get(key, 0)
    months = count * (12 if (unit or "").lower().startswith("y") else 1)
    if months == 12:
        terms.period = terms.period or "year"
        terms.term = terms.term or ("12 months" if (unit or "").lower().startswith("m") else "1 year")
    elif months == 1:
        terms.period = terms.period or "month"
    elif months:
        terms.term = terms.term or (f"{months // 12} years" if months % 12 == 0 else f"{months} months")


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "July 2022 through June 2023", "Oct. 2023 - Sept. 2024", "July 1, 2024 - June 30, 2025": a span of named
# months of given years (their days, where printed, aside).
# Or by their numbers, "09/2023-09/2024".
_MONTH_SPAN = re.compile(
    r"\b(?:(?P<m1>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},\s+)?(?P<y1>(?:19|20)\d\d)\s*"
    r"(?:-|–|—|to|through|thru)\s*(?P<m2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},\s+)?"
    r"(?P<y2>(?:19|20)\d\d)|(?P<n1>0?[1-9]|1[0-2])/(?P<ny1>(?:19|20)\d\d)\s*(?:-|–|—|to|through|thru)\s*"
    r"(?P<n2>0?[1-9]|1[0-2])/(?P<ny2>(?:19|20)\d\d))\b(?![/-]\d)")
# "$18,000 for July 2024 - June 2025", "covering 10/2024-09/2025": a year's price, by the months it covers.
_MONTH_SPAN_TERM = re.compile(r"(?:for|covering|from)\s+(?:the\s+(?:period|term)\s+(?:of\s+)?)?" + _MONTH_SPAN.pattern,
                              re.IGNORECASE)


def _months_apart(span: re.Match[str]) -> int:
    """Months from the first month to the last: 11 for "July 2022 through June 2023" (twelve of them)."""
    if span["n1"] is not None:
        return int(span["ny2"]) * 12 + int(span["n2"]) - int(span["ny1"]) * 12 - int(span["n1"])
    first = int(span["y1"]) * 12 + _MONTHS.index(span["m1"][:3].lower())
    return int(span["y2"]) * 12 + _MONTHS.index(span["m2"][:3].lower()) - first


def _a_year_of_dates(text: str, start: int, end: int) -> bool:
    """The words name a span of one year: "The first, for July 2022 through June 2023, cost $9,800", "The
    prior term (08/01/2023 - 07/31/2024) was billed at $9,180.00"."""
    return (any(_months_apart(span) in (11, 12) for span in _MONTH_SPAN.finditer(text, start, end))
            or any(numeric_span_is_a_year(span) for span in _NUMERIC_TERM.finditer(text, start, end)))


def read_before(text: str, window_start: int, start: int, terms: Terms) -> None:
    """Modifiers before the amount that modify a cost noun ("annual subscription of", "a one-year
    contract with Clearview for", "per-user price of"): filled only where the words after left a gap."""
    window_start = max(window_start, start - _BEFORE_REACH)
    if terms.period is None and terms.term is None:
        _term_before(text, window_start, start, terms)
    if terms.period is None:
        last = _last(_PERIOD_BEFORE, text, window_start, start)
        if last is not None:
            word = last["word"].lower().replace("-", " ")
            terms.period = {"annual": "year", "yearly": "year", "monthly": "month", "quarterly": "quarter", "weekly": "week",
                            "one time": "one-time", "onetime": "one-time", "lump sum": "one-time",
                            "perpetual": "one-time"}.get(word)
    # "... in years two through five, for a five-year total of $137,460": a term read just before the amount
    # is the amount's own; a year named further back is not.
    if terms.period is None and terms.term is None and _last(FIRST_YEAR, text, window_start, start) is not None:
        terms.term, terms.period = "first year", "year"
    if terms.period is None and terms.term is None and (later := _last(LATER_YEAR, text, window_start, start)) is not None:
        terms.term, terms.period = terms.term or _year_term(later.group()), "year"
    if terms.period is None and _INITIAL_BEFORE.search(text, window_start, start):
        terms.period = "one-time"
    # From the line break before the amount when it is near, so that a list item's year ("   - FY2024: $13,200")
    # is read at the start of its line.
    line_break = text.rfind("\n", 0, start)
    fiscal_from = max(window_start, start - 40)
    if line_break >= start - 40:
        fiscal_from = min(fiscal_from, max(line_break, 0))
    if terms.period is None and _FISCAL_YEAR_BEFORE.search(text, fiscal_from, start):
        terms.period = "year"
    if terms.period is None and (_a_year_of_dates(text, window_start, start)
                                 or _A_YEARS_AMOUNT_BEFORE.search(text, max(window_start, start - 60), start)):
        terms.period = "year"
    if terms.unit is None and (labelled := _PER_UNIT_LABEL.search(text, max(window_start, start - 30), start)) is not None:
        terms.unit, terms.unit_quantity = singular_unit(labelled["unit"].lower()), Decimal(1)
    if terms.period is None and (right := _PERIOD_RIGHT_BEFORE.search(text, max(window_start, start - 40), start)):
        word = right["period"].lower()
        terms.period = "month" if "month" in word else "year"
    if (billed := _BILLED_BEFORE.search(text, window_start, start)) is not None:
        cadence = re.sub(r"\s+", " ", billed["billing"].lower())
        terms.billing = terms.billing or _BILLING_NAMES.get(cadence, cadence)
        terms.period = terms.period or _BILLED_PERIODS.get(_BILLING_NAMES.get(cadence, cadence))
    if terms.unit is None and (unit := _last(_UNIT_BEFORE, text, window_start, start)) is not None:
        terms.unit, terms.unit_quantity = singular_unit(unit["unit"]), Decimal(1)
    if terms.unit is None and (counted := _COUNTED_AT_BEFORE.search(text, max(window_start, start - 50), start)) is not None:
        terms.unit, terms.unit_quantity = singular_unit(counted["unit"]), Decimal(1)


# "3 seats at $1,650", "4 named users x $1,650.00", "6 licenses @ $900": a count of units, then the price
# of each (not "for 15 users at $19,200 per year": the price of all fifteen; nor "up to 10 concurrent users at
# $21,500 per year", a licence's capacity and its price).
_COUNTED_AT_BEFORE = re.compile(
    rf"(?<![\d,.$])(?<!\bfor\s)(?<!\bto\s)\b(?!(?:19|20)\d\d\b)(?:{_QTY}){_SEP}(?:(?-i:[a-z][a-z-]*){_SEP}){{0,2}}(?P<unit>{_UNIT_NOUNS})"
    rf"{_SEP}(?:[x×@]|at){_OPT_SEP}(?:US)?$", _FLAGS)


_BILLED_AMOUNT = re.compile(r"\s+(?:at|of)\s+[$€£]")
# "billed annually at $9,000": the amount billed each year.
_BILLED_BEFORE = re.compile(
    r"\b(?:billed|invoiced|charged|payable)\s+(?P<billing>annually|yearly|monthly|quarterly)\s+(?:at|of|for)?\s*$", _FLAGS)


def _year_term(words: str) -> str:
    return re.sub(r"\s+", " ", words.strip().lower().removeprefix("for ").removeprefix("the ")).replace("-", " ")


def _term_before(text: str, window_start: int, start: int, terms: Terms) -> None:
    found = _last(_TERM_BEFORE, text, window_start, start)
    if found is None:
        adjective = _TERM_ADJECTIVE_BEFORE.search(text, max(window_start, start - 30), start)
        if adjective is not None:
            _record_term(terms, adjective["n"], adjective["unit"], False)  # "a one-year, $24,500 agreement"
        return
    number = found["n"] or found["n2"]
    unit = found["unit"] or found["unit2"]
    _record_term(terms, number, unit, bool(found["yearlong"]))


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 - the loop keeps the last match
        pass
    return found


# A credit or discount is the amount only when the word is next to it ("a credit of $250", "a $5,000
# promotional credit"), never "$69,200 after the credit".
# "Contractor shall credit County $1,725.00": a credit to a named party.
_CREDIT_BEFORE = re.compile(r"\b(?:credits?|credited|discounts?|refunds?|rebates?|less)\b(?:\s+of)?[\s:]*$|"
                            r"\b(?:shall|will|to)\s+(?:credit|refund)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}$", _FLAGS)
_CREDIT_AFTER = re.compile(r"^[ \t]*(?:[a-z]+[ \t]+)?(?:credits?|discounts?|refunds?|rebates?)\b", _FLAGS)


# "Net ... after credit: $11,450.00", "total net of discounts $9,000": what is left once credited.
_NET_OF_CREDIT = re.compile(r"\b(?:after|net\s+of|less|minus|including|incl\.?|with)\s+(?:the\s+|all\s+|any\s+|a\s+)?"
                            r"(?:[a-z-]+\s+)?(?:credits?|discounts?|refunds?|rebates?)\b[\s:]*$", _FLAGS)


def is_credit(text: str, start: int, end: int) -> bool:
    before = _CREDIT_BEFORE.search(text, max(0, start - 25), start)
    if before is not None and _NET_OF_CREDIT.search(text, max(0, start - 45), start) is None:
        return True
    return _CREDIT_AFTER.match(text[end : end + 30]) is not None


_AFTER_CUT = re.compile(r"[,;(]|\s+plus\s+|\s+and\s+(?:a|an|the)\s+", _FLAGS)


# An amount right before a grant's proper name: "$47,500 Edward Byrne Memorial Justice Assistance Grant".
_NAMED_GRANT_AFTER = re.compile(r"[ \t\n]+[A-Z][\w.'’&-]*[ \t\n]+(?:(?:[A-Z][\w.'’&-]*|of|for|and)[ \t\n]+){0,6}"
                                r"(?:[Gg]rant|JAG\s+award)\b")


def read_kind(text: str, start: int, end: int, clause_start: int, clause_end: int) -> str | None:
    """The kind named nearest the amount within its clause; a negated kind word ("no setup fee") says
    nothing about this amount. After the amount, the kind must come before a comma or "plus" (so "$14,500,
    plus a one-time setup fee" is not itself a setup fee)."""
    if is_credit(text, start, end):
        return "credit"
    if _NAMED_GRANT_AFTER.match(text, end):
        return "grant"  # "a $47,500 Edward Byrne Memorial Justice Assistance Grant"
    line_end = text.find("\n", end, clause_end)
    if line_end != -1 and not text[end:line_end].strip():
        clause_end = line_end  # the amount ends its line (a list item, a row): the next line is another item
    cut = _AFTER_CUT.search(text, end, clause_end)
    clause_end = cut.start() if cut else clause_end
    before_start = max(clause_start, start - _KIND_BEFORE, text.rfind(";", clause_start, start) + 1,
                       text.rfind(",", clause_start, start) + 1)
    after_end = min(clause_end, end + _KIND_AFTER)
    best: tuple[int, str] | None = None
    for kind, pattern in KINDS:
        for found in pattern.finditer(text, before_start, start):
            if _NEGATED.search(text, max(clause_start, found.start() - 20), found.start()):
                continue
            distance = start - found.end()
            if best is None or distance < best[0]:
                best = (distance, kind)
        found_after = pattern.search(text, end, after_end)
        if found_after is not None:
            distance = found_after.start() - end
            if best is None or distance < best[0]:
                best = (distance, kind)
    return best[1] if best else None


# Two dates in figures, "07/01/24-06/30/25" or "1/1/2024 to 12/31/2024" (`numeric_span_is_a_year` reads them).
NUMERIC_DATES = (r"(?P<m1>\d{1,2})/(?P<d1>\d{1,2})/(?P<y1>\d{2}(?:\d{2})?)\s*(?:-|–|to|through|thru)\s*"
                 r"(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/(?P<y2>\d{2}(?:\d{2})?)\b")
NUMERIC_DATED_TERM = re.compile(r"(?:for|covering|from)\s+(?:the\s+(?:period|term)\s+)?" + NUMERIC_DATES, _FLAGS)
_NUMERIC_TERM = re.compile(NUMERIC_DATES)


def numeric_span_is_a_year(span: re.Match[str]) -> bool:
    """"07/01/24-06/30/25": the dates span one year (two-digit years are this century's)."""
    def year(printed: str) -> int:
        return int(printed) + 2000 if len(printed) == 2 else int(printed)
    try:
        first = date(year(span["y1"]), int(span["m1"]), int(span["d1"]))
        last = date(year(span["y2"]), int(span["m2"]), int(span["d2"]))
    except ValueError:
        return False
    return spans_one_year(first, last)


def row_kind(description: str) -> str | None:
    """The kind a price row's description names, nearest its end: its commas separate words of one
    description ("Install, migration, 2-day training"), not clauses."""
    return read_kind(description.replace(",", " "), len(description), len(description), 0, len(description))


def singular_unit(unit: str) -> str:
    unit = re.sub(r"[\s-]+", " ", unit.lower()).replace("licence", "license")
    irregular = {"queries": "query", "agencies": "agency", "deputies": "deputy", "searches": "search"}
    if unit in irregular:
        return irregular[unit]
    return unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit


def quantity_of(text: str | None) -> Decimal:
    """A quantity in figures or words ("six"); none written is one."""
    if not text:
        return Decimal(1)
    words = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50, "hundred": 100, "thousand": 1000}
    lowered = text.lower()
    return Decimal(words[lowered]) if lowered in words else Decimal(lowered.replace(",", ""))


_A_YEAR_OF_IT = re.compile(
    r"\b(?:annual|yearly|per\s+year|/\s*yr|12[- ]month|(?:1|one)[\s-]year)\b|\b1\s+YRS?\b|\b12\s*(?:MOS?|MON|MONTHS?|MTHS?)\b",
    re.IGNORECASE)


def row_period(row: str, described: str, description: str | None = None) -> str | None:
    """The period a price row or labelled line states: in its description's words, a year of months in
    its quantity column, or a period word anywhere in its text (and the line below it)."""
    description = described if description is None else description
    terms = Terms(end=0)
    read_before(description, 0, len(description), terms)
    if terms.period is not None:
        return terms.period
    if _A_YEAR_OF_IT.search(row) or _A_YEAR_OF_IT.search(described):  # one year, or twelve months, of it
        return "year"
    if re.search(r"\b(?:monthly|per\s+month|/\s*mo)\b", description, re.IGNORECASE):
        return "month"
    if (span := _NUMERIC_TERM.search(described)) is not None and numeric_span_is_a_year(span):
        return "year"  # "term 07/01/24-06/30/25" on the row's second line
    if maintenance_of_a_year(described):
        return "year"
    if re.search(r"\bperp(?:etual|\.)", described, re.IGNORECASE):
        return "one-time"  # a perpetual licence is bought once
    if re.search(r"\b(?:one[\s-]?time|non-?recurring)\b", described, re.IGNORECASE):
        return "one-time"
    return None
