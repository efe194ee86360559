"""Money amounts with their ranges, periods, units and kinds, read exactly as written.

A range stays a range (never averaged), amounts are Decimal (never float), and anything ambiguous is
left out: a wrong number in print is worse than a missing one. Money that is about something else
(parking, mileage, records-request fees) is not a cost of face recognition and is dropped by context.
Every pattern is anchored on a currency sign or code with bounded repetition, so matching stays linear."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from foia.extract.sentences import sentence_spans, span_around

EXTRACTOR = "costs.regex"

# Digits with thousands separators or plain; bounded repetition keeps the regex linear on long digit runs.
_NUMBER = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?(?!\d)|\d{1,12}(?:\.\d{1,6})?(?![\d,]\d)"
_CURRENCY = r"(?P<{0}>US\$|\$|€|£|(?:USD|EUR|GBP)\s?)"
_CURRENCY_CODES = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP"}


def _scale(name: str) -> str:
    return rf"(?:\s?(?P<{name}>million|billion|thousand|[mMkK]\b))?"


_PERIODS = {
    "month": r"(?:a|per|each|every|/)\s*(?:month|mo)\b|monthly",
    "year": r"(?:a|per|each|every|/)\s*(?:year|yr|annum)\b|annually|yearly|annual\b",
    "week": r"(?:a|per|each|every|/)\s*(?:week|wk)\b|weekly",
    "day": r"(?:a|per|each|every|/)\s*day\b|daily",
    "quarter": r"(?:a|per|each|every|/)\s*quarter\b|quarterly",
}
_PERIOD = "|".join(f"(?P<period_{name}>{pattern})" for name, pattern in _PERIODS.items())
_PERIOD_ONLY = re.compile(rf"\s*(?:{_PERIOD})", re.IGNORECASE)
_UNIT = re.compile(
    r"\s*(?:per|a|/|for\s+each|each|for)\s*(?:(?P<qty>\d{1,3}(?:,\d{3}){1,4}|\d{1,9})\s+)?(?:(?:user|named|concurrent|annual)\s+)?"
    r"(?P<unit>images?|searches|search|faces?|users?|licenses?|licences?|photos?|requests?|api calls?|seats?|cameras?)\b",
    re.IGNORECASE,
)

COST = re.compile(
    _CURRENCY.format("cur")
    + rf"\s?(?P<low>{_NUMBER}){_scale('low_scale')}"
    + r"(?:\s*(?P<sep>-|–|—|to|and)\s*"
    + r"(?:US\$|\$|€|£|(?:USD|EUR|GBP)\s?)?\s?"
    + rf"(?P<high>{_NUMBER}){_scale('high_scale')})?",
    re.IGNORECASE,
)
# "and" joins a range only after "between": "$6 and $12" alone is two amounts.
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# "$10,000.00 = 5 x $2,000.00" or a quote/invoice row: description, quantity, unit price, line total.
_LINE_ITEM = re.compile(
    r"^(?P<description>[^\n$]{3,120}?)[ \t]+(?P<qty>\d{1,6})[ \t]*(?:x[ \t]*)?"
    r"\$[ \t]?(?P<unit_price>\d{1,3}(?:,\d{3}){0,4}(?:\.\d{2})?)[ \t]+(?:=[ \t]*)?"
    r"\$[ \t]?(?P<total>\d{1,3}(?:,\d{3}){0,4}(?:\.\d{2})?)[ \t]*$",
    re.MULTILINE,
)
# A page with more amounts than this is not prose or a price list but noise (a garbled OCR run); reading
# stops there rather than spend minutes on it.
MAX_AMOUNTS_PER_PAGE = 2000
_SCALES = {"thousand": Decimal(1000), "k": Decimal(1000), "million": Decimal(10**6), "m": Decimal(10**6), "billion": Decimal(10**9)}
_DAYS_PER_MONTH = Decimal("30.436875")  # Gregorian average, so a per-day figure converts honestly.
_PER_MONTH = {"month": Decimal(1), "year": Decimal(1) / 12, "quarter": Decimal(1) / 3,
              "week": Decimal("4.348125"), "day": _DAYS_PER_MONTH}

# Kinds, judged from the words just before and after the amount within its sentence.
_KINDS = (
    ("cap", re.compile(r"\b(?:not\s+to\s+exceed|shall\s+not\s+exceed|(?:maximum|ceiling|cap)\s+(?:of|amount)|up\s+to)\s*$", re.IGNORECASE), "before"),
    ("setup", re.compile(r"\b(?:one[- ]time|set[- ]?up|installation|onboarding)\b", re.IGNORECASE), "both"),
    ("grant", re.compile(r"\b(?:grant|grantor|award(?:ed)?)\b", re.IGNORECASE), "both"),
    ("maintenance", re.compile(r"\b(?:maintenance|support\s+(?:fee|renewal))\b", re.IGNORECASE), "both"),
    ("license", re.compile(r"\blicen[cs]es?\b", re.IGNORECASE), "both"),
    ("subscription", re.compile(r"\bsubscriptions?\b", re.IGNORECASE), "both"),
)
# A negated kind word ("There is no setup fee") says nothing about the amount that follows.
_NEGATED = re.compile(r"\bno\s+(?:\w+\s+)?$", re.IGNORECASE)
# Money about something else: travel, parking, food, the records request's own fees, rewards, savings.
_NOT_ABOUT_FR = re.compile(
    r"\b(?:parking|mileage|lunch|dinner|breakfast|meals?|hotel|lodging|airfare|postage|shipping\s+and\s+handling|"
    r"cop(?:y|ies|ying)\s+(?:fee|charge|cost)s?|per\s+page|records?\s+request|public\s+records\s+(?:act|fee)|"
    r"processing\s+fee|(?:research|search|retrieval|redaction)\s+(?:fee|time)|hourly\s+rate\s+for\s+staff|"
    r"salary|salaries|overtime|bail|fine\s+of|restitution|ticket|(?:this|my|our|your|the)\s+request|"
    r"fees?\s+up\s+to|rewards?|savings)\b",
    re.IGNORECASE,
)
_NOT_ABOUT_FR_FIRST_WORDS = frozenset(
    ["parking", "mileage", "lunch", "dinner", "breakfast", "meal", "meals", "hotel", "lodging", "airfare", "postage", "shipping", "copy", "copies", "copying", "per", "records", "record", "public", "processing", "research", "search", "retrieval", "redaction", "hourly", "salary", "salaries", "overtime", "bail", "fine", "restitution", "ticket", "this", "my", "our", "your", "the", "fee", "fees", "reward", "rewards", "savings"]
)
_WORD = re.compile(r"[A-Za-z]+")


def _off_topic_positions(text: str) -> list[int]:
    """Where money-about-something-else words start: one pass over the words, then a bounded match."""
    return [
        word.start()
        for word in _WORD.finditer(text)
        if word.group().lower() in _NOT_ABOUT_FR_FIRST_WORDS and _NOT_ABOUT_FR.match(text, word.start())
    ]


# Other products an agency buys; their prices are not face-recognition costs unless the sentence also
# speaks of face recognition. Such findings are marked; analysis keeps them only when the sentence
# names the product (Vigilant's LEARN), attributing the cost to it.
_OTHER_PRODUCT = re.compile(
    r"\b(?:licen[cs]e[\s-]+plate(?:\s+(?:readers?|recognition|cameras?))?|A?LPRs?|badge\s+readers?|body[\s-]+(?:worn\s+)?cameras?|"
    r"tasers?|radios?|vehicles?|fleet|printers?|copiers?|phones?)\b",
    re.IGNORECASE,
)
_FACE_TERMS = re.compile(r"\bfac(?:e|ial)\b|\bbiometric|Rekognition|Clearview|NeoFace|FaceVACS|FaceFirst|FACE\s?Plus", re.IGNORECASE)


_OTHER_PRODUCT_WORDS = ("licen", "lpr", "badge", "body", "taser", "radio", "vehicle", "fleet", "printer", "copier", "phone")


def _about_other_product(sentence: str) -> bool:
    """A literal pre-check first: the regexes then run only on the few sentences that could match."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _OTHER_PRODUCT_WORDS):
        return False
    return _OTHER_PRODUCT.search(sentence) is not None and _FACE_TERMS.search(sentence) is None


@dataclass(frozen=True)
class CostFinding:
    char_start: int
    char_end: int
    quote: str
    amount_min: Decimal
    amount_max: Decimal
    currency: str
    period: str | None
    unit: str | None
    unit_quantity: Decimal | None
    kind: str | None
    confidence: float
    # The sentence prices another kind of product (license-plate readers, radios) and never speaks of
    # face recognition: kept only when the sentence names that product, and attributed to it.
    other_product: bool = False


def _amount(number: str, scale: str | None) -> Decimal:
    value = Decimal(number.replace(",", ""))
    if scale:
        value = (value * _SCALES[scale.lower()]).normalize()
    return value + 0  # +0 turns a "-0" or exponent form into a plain Decimal


def monthly_usd(amount: Decimal, currency: str, period: str | None, unit: str | None) -> Decimal | None:
    """A monthly figure only where the text gives a recurring period and a flat (not per-unit) price."""
    if currency != "USD" or unit is not None or period not in _PER_MONTH:
        return None
    return (amount * _PER_MONTH[period]).quantize(Decimal("0.000001"))


def find_costs(text: str) -> Iterator[CostFinding]:
    """Costs in page text, in order: invoice and quote rows first claim their amounts, then prose."""
    spans = sentence_spans(text)
    off_topic = _off_topic_positions(text)
    claimed: list[tuple[int, int]] = []
    findings = []
    for item in _line_items(text):
        claimed.append((item.char_start, item.char_end))
        findings.append(item)
    position = 0
    for _ in range(MAX_AMOUNTS_PER_PAGE):
        match = COST.search(text, position)
        if match is None:
            break
        position = match.end()
        start = match.start()
        if match["sep"] and match["sep"].lower() == "and":
            between = _BETWEEN.search(text, max(0, start - 12), start)
            if between is None:
                match = COST.match(text[: match.end("low_scale") if match["low_scale"] else match.end("low")], start)
                position = match.end() if match else start + 1
            else:
                start = between.start()
        if match is None or any(claimed_start <= start < claimed_end for claimed_start, claimed_end in claimed):
            continue
        finding = _from_match(text, match, start, spans, off_topic)
        if finding is not None:
            findings.append(finding)
    yield from sorted(findings, key=lambda finding: finding.char_start)


def _from_match(
    text: str, match: re.Match[str], start: int, spans: list[tuple[int, int]], off_topic: list[int]
) -> CostFinding | None:
    """One amount or range read from `match`; `start` includes a leading "between" when there is one."""
    try:
        low = _amount(match["low"], match["low_scale"])
        high = low
        if match["high"] is not None:
            high = _amount(match["high"], match["high_scale"] or match["low_scale"])
            if match["low_scale"] is None and match["high_scale"] is not None:
                low = _amount(match["low"], match["high_scale"])  # "$1-2 million" scales both ends
    except InvalidOperation:
        return None
    if high < low or high == 0:
        return None  # a descending "range" is more likely two numbers than a price; $0 is no price
    sentence_start, sentence_end = span_around(spans, start, match.end())
    nearest = bisect.bisect_left(off_topic, sentence_start)
    if nearest < len(off_topic) and off_topic[nearest] < sentence_end:
        return None
    other_product = _about_other_product(text[sentence_start:sentence_end])
    end = match.end()
    period = unit = quantity = None
    if period_match := _PERIOD_ONLY.match(text, end):
        period = next(name for name in _PERIODS if period_match.group(f"period_{name}"))
        end = period_match.end()
    elif unit_match := _UNIT.match(text, end):
        unit = _singular(unit_match["unit"].lower())
        quantity = Decimal(unit_match["qty"].replace(",", "")) if unit_match["qty"] else Decimal(1)
        end = unit_match.end()
        if period_match := _PERIOD_ONLY.match(text, end):  # "$10,000 for 5 user licenses per year"
            period = next(name for name in _PERIODS if period_match.group(f"period_{name}"))
            end = period_match.end()
    kind = _kind(text, start, end, sentence_start, sentence_end)
    if kind is None and unit in ("license", "seat", "user"):
        kind = "license"
    if kind == "setup" and period is None and unit is None:
        period = "one-time"
    if kind == "grant" and period is None and unit is None:
        period = "one-time"  # a grant award is paid once for its project period
    quote = text[start:end].rstrip()
    currency = _CURRENCY_CODES[match["cur"].strip().upper()]
    return CostFinding(
        char_start=start,
        char_end=start + len(quote),
        quote=quote,
        amount_min=low,
        amount_max=high,
        currency=currency,
        period=period,
        unit=unit,
        unit_quantity=quantity,
        kind=kind,
        confidence=0.9 if period or unit or match["high"] else 0.8,
        other_product=other_product,
    )


def _kind(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str | None:
    """The kind named next to the amount: up to 40 characters either side, never past another amount."""
    before_start = max(sentence_start, start - 40, text.rfind("$", sentence_start, start) + 1)
    before = text[before_start:start]
    next_amount = text.find("$", end, sentence_end)
    after = text[end : min(end + 30, next_amount if next_amount != -1 else sentence_end, sentence_end)]
    for kind, pattern, where in _KINDS:
        if where == "before":
            if pattern.search(before):
                return kind
            continue
        for window in (before, after):
            found = pattern.search(window)
            if found and not (window is before and _NEGATED.search(window, 0, found.start())):
                return kind
    return None


def _line_items(text: str) -> Iterator[CostFinding]:
    """Rows of a quote or invoice whose arithmetic checks (quantity x unit price = total): the total,
    quoted with its whole row. A row that does not add up is left to the prose reader."""
    for match in _LINE_ITEM.finditer(text):
        quantity = Decimal(match["qty"])
        unit_price = Decimal(match["unit_price"].replace(",", ""))
        total = Decimal(match["total"].replace(",", ""))
        if quantity == 0 or quantity * unit_price != total or _NOT_ABOUT_FR.search(match["description"]):
            continue
        start = match.start("description") + len(match["description"]) - len(match["description"].lstrip())
        description = match["description"]
        period = None
        if re.search(r"\b(?:annual|yearly|per\s+year|/\s*yr|12[- ]month)\b", description, re.IGNORECASE):
            period = "year"
        elif re.search(r"\b(?:monthly|per\s+month|/\s*mo)\b", description, re.IGNORECASE):
            period = "month"
        kind = _kind(description, len(description), len(description), 0, len(description))
        if kind == "setup" and period is None:
            period = "one-time"
        yield CostFinding(
            char_start=start,
            char_end=match.end("total"),
            quote=text[start : match.end("total")],
            amount_min=total,
            amount_max=total,
            currency="USD",
            period=period,
            unit=None,
            unit_quantity=None,
            kind=kind,
            confidence=0.95,
        )


def _singular(unit: str) -> str:
    unit = unit.replace("licence", "license")
    if unit.endswith("ches"):
        return unit[:-2]
    return unit.removesuffix("s")
