"""Money amounts with their ranges, periods and units, read exactly as written.

A range stays a range (never averaged), amounts are Decimal (never float), and anything ambiguous is
left out: a wrong number in print is worse than a missing one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

EXTRACTOR = "costs.regex"

# Digits with thousands separators or plain; bounded repetition keeps the regex linear on long digit runs.
_NUMBER = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?|\d{1,12}(?:\.\d{1,6})?"


def _scale(name: str) -> str:
    return rf"(?:\s?(?P<{name}>million|billion|thousand|[mMkK]\b))?"


_PERIODS = {
    "month": r"(?:a|per|each|every|/)\s*(?:month|mo)\b|monthly",
    "year": r"(?:a|per|each|every|/)\s*(?:year|yr|annum)\b|annually|yearly",
    "week": r"(?:a|per|each|every|/)\s*(?:week|wk)\b|weekly",
    "day": r"(?:a|per|each|every|/)\s*day\b|daily",
    "quarter": r"(?:a|per|each|every|/)\s*quarter\b|quarterly",
}
_PERIOD = "|".join(f"(?P<period_{name}>{pattern})" for name, pattern in _PERIODS.items())
_ONE_TIME = re.compile(r"\b(?:one[- ]time|setup|set-up|installation)\b", re.I)
_UNIT = re.compile(
    r"\s*(?:per|a|/|for\s+each|each)\s*(?:(?P<qty>\d{1,3}(?:,\d{3})*|\d+)\s+)?"
    r"(?P<unit>images?|searches|search|faces?|users?|licenses?|photos?|requests?|api calls?)\b",
    re.I,
)

COST = re.compile(
    r"(?:(?P<between>between)\s+)?"
    rf"\$\s?(?P<low>{_NUMBER}){_scale('low_scale')}"
    # "and" joins a range only after "between": "$6 and $12" alone is two amounts.
    rf"(?:\s*(?:-|–|—|to|(?(between)and|(?!)))\s*\$?\s?(?P<high>{_NUMBER}){_scale('high_scale')})?"
    rf"(?:\s*(?:{_PERIOD}))?",
    re.I,
)
_SCALES = {"thousand": Decimal(1000), "k": Decimal(1000), "million": Decimal(10**6), "m": Decimal(10**6), "billion": Decimal(10**9)}
_DAYS_PER_MONTH = Decimal("30.436875")  # Gregorian average, so a per-day figure converts honestly.
_PER_MONTH = {"month": Decimal(1), "year": Decimal(1) / 12, "quarter": Decimal(1) / 3,
              "week": Decimal("4.348125"), "day": _DAYS_PER_MONTH}


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
    for match in COST.finditer(text):
        low = _amount(match["low"], match["low_scale"])
        high = low
        if match["high"] is not None:
            high = _amount(match["high"], match["high_scale"] or match["low_scale"])
            if match["low_scale"] is None and match["high_scale"] is not None:
                low = _amount(match["low"], match["high_scale"])  # "$1-2 million" scales both ends
            if high < low:
                continue  # a descending "range" is more likely two numbers than a price
        period = next((name for name in _PERIODS if match.group(f"period_{name}")), None)
        yield _finding(text, match.start(), match.end(), low, high, period, has_range=match["high"] is not None)


def _finding(
    text: str, start: int, end: int, low: Decimal, high: Decimal, period: str | None, *, has_range: bool
) -> CostFinding:
    unit = quantity = None
    if period is None and (unit_match := _UNIT.match(text, end)):
        unit = _singular(unit_match["unit"].lower())
        quantity = Decimal(unit_match["qty"].replace(",", "")) if unit_match["qty"] else Decimal(1)
        end = unit_match.end()
    kind = None
    if period is None and unit is None and _ONE_TIME.search(text[max(0, start - 40) : end + 30]):
        kind, period = "setup", "one-time"
    quote = text[start:end].rstrip()
    return CostFinding(
        char_start=start,
        char_end=start + len(quote),
        quote=quote,
        amount_min=low,
        amount_max=high,
        currency="USD",
        period=period,
        unit=unit,
        unit_quantity=quantity,
        kind=kind,
        confidence=0.9 if period or unit or has_range else 0.8,
    )


def _singular(unit: str) -> str:
    if unit.endswith("ches"):
        return unit[:-2]
    return unit[:-1] if unit.endswith("s") else unit
