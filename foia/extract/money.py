"""Amounts of money as written: currency, sign, the number with its scale, ranges and qualifiers.

Currencies are kept as written (`$`, `US$`, `C$`/`CAD`, `£`, `€`, `USD 1.500,00`, `500 dollars`), never
converted. A range stays a range; "up to", "not to exceed", "nearly" give only an upper bound; "about",
"more than" keep the figure with their qualifier. Credits and accounting parentheses keep their sign.
Patterns are anchored on currency signs, codes or words and use bounded repetition (linear time)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from foia.extract.numbers import Number, read_number, read_number_words

# Written before the number: "$", "US$", "C$", "€", "USD ", "EUR" ...
_PREFIX = re.compile(
    r"(?P<sign>(?<![\w)])[-−])?(?P<open>\(\s?)?"
    # A code joined by hyphens is part of an identifier ("OPS-AUD-2025-02"), not a currency and a sign.
    r"(?P<cur>U\.?S\.?\s?\$|US\$|C\$|CA\$|CAN\$|A\$|AU\$|NZ\$|\$|€|£|(?<![A-Za-z-])(?:USD|EUR|GBP|CAD|AUD)(?![A-Za-z-]))"
    r"[ \t\u00a0]?(?P<sign2>[-−])?(?P<open2>\(\s?)?(?=\d)"
)
# Written after the number: "1,500 USD", "2.000,50 €", "500 dollars", "half a million dollars".
_SUFFIX_START = re.compile(
    r"€|£|\b(?:USD|EUR|GBP|CAD|AUD)\b|\b(?:(?:US|U\.S\.|American|Canadian|Australian)\s+)?dollars?\b|\beuros?\b|\bpounds\s+sterling\b",
    re.IGNORECASE,
)
_CODES = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "US $": "USD", "U.S. $": "USD", "USD": "USD", "DOLLAR": "USD",
    "DOLLARS": "USD", "US DOLLARS": "USD", "U.S. DOLLARS": "USD", "AMERICAN DOLLARS": "USD",
    "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "CAD": "CAD", "CANADIAN DOLLARS": "CAD", "CANADIAN DOLLAR": "CAD",
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "AUSTRALIAN DOLLARS": "AUD", "AUSTRALIAN DOLLAR": "AUD", "NZ$": "NZD",
    "€": "EUR", "EUR": "EUR", "EURO": "EUR", "EUROS": "EUR", "£": "GBP", "GBP": "GBP", "POUNDS STERLING": "GBP",
}
# Currencies whose writers use a decimal comma ("€2.000,50"); elsewhere a decimal comma is read only
# where it is unmistakable ("USD 1.500,00": both separators, the comma last).
_DECIMAL_COMMA = frozenset({"EUR"})

# Between the two ends of a range. "and" joins a range only after "between"; "to"/"up to"/"through" may
# follow "from".
_RANGE_JOIN = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?(?:-|–|—|to|through|thru|and|up\s+to)"
                         r"(?:[ \t\u00a0]*\r?\n)?[ \t\u00a0]*", re.IGNORECASE)  # a line may wrap at the join
# A change of price: "rises from $X to $Y", "from the current $X to $Y", "amends the contract from $X to $Y",
# "is increased by $52,500.00, from $X to $Y", "went from $X to $Y" (the verb may stand a line before).
_CHANGE_FROM = re.compile(r"\b(?:(?:increas|decreas|rais|ris|rose|fell|fall|drop|reduc|grow|grew|jump|climb|"
                          r"go(?:es)?\s+up|went\s+up|chang|adjust|"
                          r"amend|mov|bump|lower|cut)\w*\b(?:[^.;$\n]|\n(?![ \t]*\n)|\bby\s+\$[\d,]+(?:\.\d\d)?){0,90}?"
                          r"|\b(?:went|goes|go|gone|going)\s+(?:up\s+|down\s+)?)"
                          r"\bfrom\s+(?:the\s+|its\s+|a\s+)?(?:current|existing|prior|"
                          r"previous|original|old)?\s*(?:[a-z]+\s+){0,3}$|\bfrom\s+(?:the\s+|its\s+)?(?:current|existing|prior|"
                          r"previous|original)\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:approximately\s+|about\s+)?$", re.IGNORECASE)

# Words just before an amount that bound it, on its line or at the end of the line above ("approximately\n
# $412,000"), not across a table's column gap ("51 and over          $815.00" prices the tier of 51 seats
# and over). Longest alternatives first within each group.
_QUALIFIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("at most", re.compile(
        r"(?:not[\s-]+to[\s-]+exceed(?:\s+(?:price|amount|value|total|cost|sum|ceiling))?(?:\s+of)?|"
        r"(?:shall|will|may|must|does|do|to)\s+not\s+exceed|NTE|up\s+to(?:\s+a\s+(?:maximum|total)\s+of)?|"
        r"no\s+more\s+than|not\s+more\s+than|(?:a|the)\s+maximum\s+(?:amount\s+|value\s+|price\s+|cost\s+)?of|"
        r"(?:a|the)\s+(?:total\s+)?(?:contract\s+)?(?:ceiling|cap)\s+of|capped\s+at|maximum(?:\s+of)?|max\.?|nearly|almost|"
        r"just\s+under|less\s+than|under)[ \t\u00a0:]*(?:\n[ \t\u00a0]*)?$", re.IGNORECASE)),
    ("approximately", re.compile(
        r"(?:approximately|approx\.?|about|around|roughly|some|(?:an\s+)?estimated|est\.|circa|~)"
        r"[ \u00a0]{0,2}(?:\n[ \t\u00a0]*)?$",
        re.IGNORECASE)),
    ("at least", re.compile(
        r"(?:more\s+than|over|at\s+least|in\s+excess\s+of|upwards\s+of|exceeding|greater\s+than|north\s+of"
        r"|\bexcess\s+of)[ \u00a0]{0,2}(?:\n[ \t\u00a0]*)?$",
        re.IGNORECASE)),
)
_QUALIFIER_REACH = 40
# "Not-to-exceed amount for the full agreement: $96,000.00", "Contract ceiling: $250,000": a cap as a field label.
_CAP_LABEL = re.compile(r"(?:^|\n)[^\S\n]*(?:(?:Contract|Agreement|Order|PO|Total|Annual|Program|Grant|Purchase)[^\S\n]+){0,2}?"
                        r"(?P<label>(?:not[\s-]+to[\s-]+exceed|NTE|maximum|ceiling|cap)\b"
                        r"[^\n$:;.]{0,50}):[^\S\n]*$", re.IGNORECASE)
_CAP_LABEL_REACH = 90


@dataclass(frozen=True)
class Amount:
    """One figure: its value (negative for a minus sign or accounting parentheses) and span."""

    value: Decimal
    currency: str
    start: int
    end: int
    number: Number


@dataclass(frozen=True)
class MoneyExpression:
    """An amount or a range, with the words that bound it."""

    start: int  # includes a leading "between"/"from" and the qualifier
    end: int
    amount_min: Decimal | None  # None when only an upper bound is stated ("up to $5,000")
    amount_max: Decimal
    currency: str
    qualifier: str  # exact | approximately | at least | at most | range
    figures: tuple[Amount, ...]


def _currency(token: str) -> str:
    key = re.sub(r"\s+", " ", token.strip()).upper()
    return _CODES.get(key, _CODES.get(key.replace(" ", ""), "USD"))


# What may stand before an accounting figure in parentheses: nothing on its line but a label and column
# space ("Discount   ($1,250.00)"), or a word that makes it a deduction.
_COLUMN_BEFORE = re.compile(r"(?:^|\n)[^\n]{0,80}?(?:[ \t]{2,}|\t|:[ \t]*)$|(?:^|\n)[ \t]*$")
_DEDUCTION_BEFORE = re.compile(
    r"\b(?:credit|discount|refund|rebate|adjustment|less|deduct(?:ion)?|minus|reversal|write[\s-]off)s?\b[^\n]{0,20}$",
    re.IGNORECASE,
)
# A cell ends where its line does, or at the gap before the next column.
_CELL_END = re.compile(r"[ \t]*(?:\n|$)|[ \t]{2,}|\t")


def _accounting(text: str, open_at: int, close_at: int) -> bool:
    """Parentheses mean minus in a table or ledger column (the figure a cell of its own), or after a word
    saying so; in prose they restate a figure ("Ninety-Four Thousand Dollars ($94,000.00)", "(about
    $1,640 per user)", a wrapped line's "($19,200). The ...")."""
    if _DEDUCTION_BEFORE.search(text, max(0, open_at - 100), open_at) is not None:
        return True
    return (_COLUMN_BEFORE.search(text, max(0, open_at - 100), open_at) is not None
            and _CELL_END.match(text, close_at) is not None)


def _prefixed_amount(text: str, match: re.Match[str]) -> Amount | None:
    """An amount whose currency is written before the number."""
    currency = _currency(match["cur"])
    number = read_number(text, match.end(), decimal_comma=currency in _DECIMAL_COMMA)
    if number is None:
        return None
    end = number.end
    negative = bool(match["sign"] or match["sign2"])
    start = match.start() if match["sign"] else match.start("cur")
    for opened, where in ((match["open"], match.start("open")), (match["open2"], None)):
        if not opened:
            continue
        close = re.match(r"\s?\)", text[end : end + 2])
        if close is None:
            if where is None:
                return None  # "$(1,200" with no closing parenthesis: not a figure to read
            continue
        if where is not None and not _accounting(text, where, end + close.end()):
            continue  # "Dollars ($94,000.00)", "(see budget, $1.18-million)": a figure in brackets, not a minus
        end += close.end()
        negative = True  # accounting parentheses: ($250) is minus 250
        start = min(start, where) if where is not None else start
    value = -number.value if negative else number.value
    return Amount(value, currency, start, end, number)


def _suffixed_amounts(text: str) -> Iterator[Amount]:
    """Amounts whose currency follows the number ("1,500 USD", "half a million dollars")."""
    for word in _SUFFIX_START.finditer(text):
        currency = _currency(word.group())
        number = _number_ending_at(text, word.start(), decimal_comma=currency in _DECIMAL_COMMA)
        if number is not None:
            yield Amount(number.value, currency, number.start, word.end(), number)


_NUMBER_START = re.compile(r"(?<![\w.,$€£-])(?:\d|[A-Za-z]+)")


def _number_ending_at(text: str, position: int, *, decimal_comma: bool) -> Number | None:
    """The longest number (digits or words) that ends just before `position` (a space allowed)."""
    end = position
    while end > 0 and text[end - 1] in " \t\u00a0\n":
        end -= 1
    if end == position and end > 0 and text[end - 1].isalnum() and not text[end - 1].isdigit():
        return None
    for start_match in _NUMBER_START.finditer(text, max(0, end - 60), end):
        start = start_match.start()
        if text[start].isdigit():
            number = read_number(text, start, decimal_comma=decimal_comma)
        else:
            number = read_number_words(text, start, allow_alone=True)
        if number is not None and number.end == end:
            return number
    return None


def find_amounts(text: str, limit: int) -> list[Amount]:
    """Every amount on the page, in order, at most `limit` of them."""
    amounts: list[Amount] = []
    for attempt, match in enumerate(_PREFIX.finditer(text)):
        if len(amounts) >= limit or attempt >= 4 * limit:
            break
        amount = _prefixed_amount(text, match)
        if amount is not None:
            amounts.append(amount)
    taken = [(a.start, a.end) for a in amounts]
    for attempt, amount in enumerate(_suffixed_amounts(text)):
        if len(amounts) >= 2 * limit or attempt >= 4 * limit:
            break
        if not any(start < amount.end and amount.start < end for start, end in taken):
            amounts.append(amount)
    return sorted(amounts, key=lambda amount: amount.start)


def _range_end(text: str, low: Amount, following: Amount | None) -> Amount | None:
    """The upper end of a range starting at `low`: the next amount after a joining word, or a bare
    number after it that takes low's currency ("$6-12", "$1-2 million")."""
    join = _RANGE_JOIN.match(text, low.end)
    if join is None or join.end() == low.end:
        return None
    if following is not None and following.start == join.end():
        return following
    if following is not None and following.start < join.end():
        return None
    if "\n" in join.group():
        return None  # "$0.00\n    up to 2 sessions": a bare number on the next line is no price
    number = read_number(text, join.end(), decimal_comma=low.currency in _DECIMAL_COMMA)
    if number is None or not text[join.end()].isdigit():
        return None
    return Amount(number.value, low.currency, join.end(), number.end, number)


_RESTATED = re.compile(r"\s*\(\s*")


def _merge_restatements(text: str, amounts: list[Amount]) -> list[Amount]:
    """"Ninety-Four Thousand Dollars ($94,000.00)": a figure written out and then in digits is one
    amount, quoted whole."""
    merged: list[Amount] = []
    for amount in amounts:
        previous = merged[-1] if merged else None
        gap = _RESTATED.fullmatch(text, previous.end, amount.start) if previous is not None else None
        if previous is not None and gap is not None and previous.value == abs(amount.value) and previous.number.words:
            close = re.match(r"\s*\)", text[amount.end : amount.end + 3])
            end = amount.end + (close.end() if close else 0)
            merged[-1] = Amount(previous.value, previous.currency, previous.start, end, previous.number)
            continue
        merged.append(amount)
    return merged


def expressions(text: str, amounts: list[Amount]) -> list[MoneyExpression]:
    """Amounts joined into ranges where the words say so, each with the qualifier before it."""
    amounts = _merge_restatements(text, amounts)
    found: list[MoneyExpression] = []
    index = 0
    while index < len(amounts):
        low = amounts[index]
        following = amounts[index + 1] if index + 1 < len(amounts) else None
        high = _range_end(text, low, following)
        join_word = text[low.end : high.start].strip().lower() if high else ""
        start = low.start
        if high is not None and join_word == "and":
            between = _BETWEEN.search(text, max(0, low.start - 30), low.start)
            high = high if between else None
            start = between.start() if between else start
        elif high is not None and join_word in ("to", "up to", "through", "thru"):
            from_word = re.search(r"\bfrom\s+$", text[max(0, low.start - 10) : low.start], re.IGNORECASE)
            start = low.start - (len(from_word.group()) if from_word else 0)
            change = _CHANGE_FROM.search(text, max(0, low.start - 140), low.start)
            if change is not None:
                # "increases from the current $268,500 to $312,000": an old and a new price, not a range;
                # of a ceiling ("raises the not-to-exceed amount from $18,400 to $27,650") both are ceilings.
                clause_start = max(text.rfind(". ", 0, change.start()), text.rfind("\n\n", 0, change.start()),
                                   change.start() - 80)
                if high is not None and _CEILING.search(text, clause_start, low.start):
                    found.append(_ceiling(low, low.start))
                    joined = re.search(r"\b(?:to|through|thru)\b", text[low.end : high.start], re.IGNORECASE)
                    found.append(_ceiling(high, low.end + joined.start() if joined else high.start))
                    index += 2 if following is high else 1
                    continue
                high = None
        if high is not None:
            expression = _range(low, high, start)
            if expression is not None:
                found.append(expression)
                index += 2 if following is high else 1
                continue
        found.append(_single(text, low))
        index += 1
    return found


_CEILING = re.compile(r"\b(?:not[\s-]+to[\s-]+exceed|NTE|ceiling|maximum|cap)\b", re.IGNORECASE)


def _ceiling(amount: Amount, start: int) -> MoneyExpression:
    """One figure of a ceiling's change (the new one quoted from its "to")."""
    return MoneyExpression(start, amount.end, None, amount.value, amount.currency, "at most", (amount,))


def _range(low: Amount, high: Amount, start: int) -> MoneyExpression | None:
    low_value = low.value
    if not low.number.scaled and high.number.scaled and high.number.start > low.end:
        low_value = low.value * high.number.multiplier  # "$1-2 million": the scale written once applies to both
    if low_value >= high.value or low_value < 0 or low.currency != high.currency:
        return None  # a descending, signed or mixed-currency "range" is more likely two figures than a price
    return MoneyExpression(start, high.end, low_value, high.value, low.currency, "range", (low, high))


def _single(text: str, amount: Amount) -> MoneyExpression:
    before = text[max(0, amount.start - _QUALIFIER_REACH) : amount.start]
    for qualifier, pattern in _QUALIFIERS:
        found = pattern.search(before)
        if found is not None and _word_start(before, found.start()):
            start = amount.start - (len(before) - found.start())
            low = None if qualifier == "at most" else amount.value
            return MoneyExpression(start, amount.end, low, amount.value, amount.currency, qualifier, (amount,))
    # one character more than the reach, for the line break before a label that starts the window
    if labelled := _CAP_LABEL.search(text, max(0, amount.start - _CAP_LABEL_REACH - 1), amount.start):
        return MoneyExpression(labelled.start("label"), amount.end, None, amount.value, amount.currency, "at most", (amount,))
    return MoneyExpression(amount.start, amount.end, amount.value, amount.value, amount.currency, "exact", (amount,))


def _word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()
