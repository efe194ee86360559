"""How values are said to a person: money as a reporter writes it ("$1 per 1,000 images", "$6-$12 a
month"), counts with their qualifier, and plurals ("1 agency", "2 agencies"). Exports keep the raw
columns; tables, notes and messages use these."""

from __future__ import annotations

from decimal import Decimal

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "C$", "AUD": "A$", "JPY": "¥"}
PERIODS = {"one-time": "one-time", "day": "a day", "week": "a week", "month": "a month", "quarter": "a quarter",
           "year": "a year"}
QUALIFIERS = {"approximately": "about ", "at least": "at least ", "at most": "up to ", "up to": "up to "}


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 agency', '2 agencies', '1,204 documents'."""
    return f"{count:,} {singular if count == 1 else plural_form or plural_noun(singular)}"


def plural_noun(noun: str) -> str:
    """The English plural of the nouns foia counts and prices ("search" -> "searches", "agency" ->
    "agencies", "booking photo" -> "booking photos"); a noun already plural is left as it is."""
    if noun.endswith(("ies", "ses", "xes", "ches", "shes")) or (noun.endswith("s") and not noun.endswith(("ss", "us"))):
        return noun
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def number(value: Decimal | int | float) -> str:
    """1,000 / 0.001 / 2,000.5: exact, thousands separated, no trailing zeros."""
    amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if amount == amount.to_integral_value():
        return f"{amount:,.0f}"
    return f"{amount:,f}".rstrip("0")


def money(currency: str, amount: Decimal | int | float) -> str:
    """$1,200 / $0.001 / -$250 / €2,000.50 / 1,500 CHF: exact, cents written as two digits."""
    value = Decimal(str(amount)) if isinstance(amount, float) else Decimal(amount)
    digits = number(abs(value))
    if "." in digits and len(digits.rsplit(".", 1)[1]) == 1:
        digits += "0"
    sign = "-" if value < 0 else ""
    symbol = SYMBOLS.get(currency)
    return f"{sign}{symbol}{digits}" if symbol else f"{sign}{digits} {currency}"


def usd_range(low: Decimal, high: Decimal) -> str:
    """"$5,000" or "$72-$144"."""
    return money("USD", low) if low == high else f"{money('USD', low)}-{money('USD', high)}"


def price(amount_min: Decimal | None, amount_max: Decimal, currency: str, *, qualifier: str = "exact",
          period: str | None = None, unit: str | None = None, unit_quantity: Decimal | None = None,
          billing: str | None = None, term: str | None = None) -> str:
    """A cost as a reporter writes it: "$6-$12 a month", "$1 per 1,000 images", "up to $50,000",
    "about $10,000 a year, billed annually; term 2 years"."""
    high = money(currency, amount_max)
    if amount_min is None:
        text = f"up to {high}"
    elif amount_min != amount_max:
        text = f"{money(currency, amount_min)}-{high}"
    else:
        text = QUALIFIERS.get(qualifier, "") + high
    if unit:
        many = unit_quantity is not None and unit_quantity != 1
        text += f" per {number(unit_quantity)} {plural_noun(unit)}" if many and unit_quantity else f" per {unit}"
    if period:
        text += f" {PERIODS.get(period, period)}"
    if billing:
        text += f", billed {billing}"
    if term:
        text += f"; term {term}"
    return text


def count(value: int, count_max: int | None = None, qualifier: str = "exact", per: str | None = None) -> str:
    """"about 305,000", "10-20", "at least 40,000,000,000 a day"."""
    if count_max is not None and count_max != value:
        text = f"{value:,}-{count_max:,}"
    else:
        text = QUALIFIERS.get(qualifier, "") + f"{value:,}"
    return f"{text} {PERIODS.get(per, f'per {per}')}" if per else text
