"""Numbers as a reporter reads them, shared by the money and count readers.

Digits with any thousands separator a record uses (`1,200`, `10 000`, `10 000`, `1'200`, and `1.500,00`
where the decimal comma is unmistakable or the currency says so), scales written as words
(`million`, `-million`, `mil`, `thousand`, `hundred`) or as a letter that touches its digits (`500K`,
`$5M`, `2.7m`, `$1B`: never `$5 K-12` or `$1,200 M-F`, where the letter stands apart), and number words
(`two hundred`, `three hundred thousand`, `twenty-five`, `half a million`, `3 hundred thousand`).

Everything returns exact `Decimal` values with the span of text read, so callers can quote exactly.
Patterns use bounded repetition and are applied at known positions, so reading stays linear."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALE_WORDS = {
    "hundred": Decimal(100), "thousand": Decimal(1000), "million": Decimal(10**6), "billion": Decimal(10**9),
    "trillion": Decimal(10**12), "mil": Decimal(10**6), "mill": Decimal(10**6), "mln": Decimal(10**6),
    "bn": Decimal(10**9), "bil": Decimal(10**9),
}
# Letters that scale the digits they touch: "$500K", "2.7M", "$5m", "$2mm", "$1B", "$3bn".
_LETTER_SCALES = {"k": Decimal(1000), "m": Decimal(10**6), "mm": Decimal(10**6), "b": Decimal(10**9), "bn": Decimal(10**9)}

# A numeral: digits grouped in threes by one separator used consistently, or plain digits; an optional
# decimal part. The separator is checked for consistency in Python (no back-references in a hot loop).
_NUMERAL = re.compile(
    r"\d{1,3}(?:[,.\u00a0\u202f\u2009' ]\d{3}){1,6}(?:[.,]\d{1,6})?(?![\d])"
    r"|\d{1,15}(?:[.,]\d{1,6})?(?![\d])"
)
_GROUP_SEPARATORS = ",.\u00a0\u202f\u2009' "
_LETTER_SCALE = re.compile(r"(?:mm|bn|[kKmMbB])(?![A-Za-z])(?!-[A-Za-z])(?![.,]?\d)")
# A scale word after a space or hyphen ("$1.18-million", "3 hundred thousand", "$5 mil").
_SCALE_WORD = re.compile(r"[ \t\u00a0\n-]{0,2}(hundred|thousand|million|billion|trillion|mil|mill|mln|bn|bil)\b\.?",
                         re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_MORE_WORDS = re.compile(
    r"[ \t-]+(?:and[ \t]+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b",
    re.IGNORECASE,
)
_WORD_GAP = re.compile(r"(?:[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]*\n?[ \t\u00a0]*(?:and[ \t\u00a0]+)?)(?=\S)")
# Number words that stand alone too easily ("one of the officers", "a search"): read only before a scale.
_ONLY_BEFORE_SCALE = frozenset({"one", "a", "an", "zero"})


@dataclass(frozen=True)
class Number:
    value: Decimal
    start: int
    end: int
    scaled: bool = False  # a scale word or letter multiplied the digits
    words: bool = False  # spelt out, wholly or in part ("two hundred", "3 hundred")
    multiplier: Decimal = Decimal(1)  # what the scale multiplied the digits by


def read_numeral(text: str, start: int, *, decimal_comma: bool = False) -> Number | None:
    """The numeral (digits, then an optional scale) starting exactly at `start`, or None."""
    match = _NUMERAL.match(text, start)
    if match is None:
        return None
    value = _numeral_value(match.group(), decimal_comma)
    if value is None:
        return None
    end = match.end()
    number = Number(value, start, end)
    return _with_scale(text, number)


def _with_scale(text: str, number: Number) -> Number | None:
    """Apply scale letters touching the digits, then scale words after them ("3 hundred thousand")."""
    value, end, scaled, multiplier = number.value, number.end, False, Decimal(1)
    letter = _LETTER_SCALE.match(text, end)
    if letter is not None:
        multiplier = _LETTER_SCALES[letter.group().lower()]
        value, end, scaled = value * multiplier, letter.end(), True
    else:
        words = 0
        position = end
        while words < 3:
            word = _SCALE_WORD.match(text, position)
            if word is None:
                break
            scale = SCALE_WORDS[word.group(1).lower()]
            if scale == 100 and multiplier != 1:
                break  # "thousand hundred" is not a number
            multiplier *= scale
            position = end = word.end()
            words += 1
        if words:
            value, scaled = value * multiplier, True
            if _MORE_WORDS.match(text, end):
                return None  # "3 hundred and fifty": digits and words mixed past a scale; refuse, don't guess
    return Number(_plain(value), number.start, end, scaled=scaled, words=number.words, multiplier=multiplier)


def _numeral_value(token: str, decimal_comma: bool) -> Decimal | None:
    """Interpret separators: the last of two different separators is the decimal point; a lone
    separator followed by exactly three digits groups thousands, unless the currency writes decimal commas."""
    token = token.strip()
    separators = [char for char in token if char in _GROUP_SEPARATORS]
    kinds = set(separators)
    try:
        if not separators:
            return Decimal(token)
        if len(kinds) == 2:
            decimal = separators[-1]
            group = separators[0]
            if decimal not in ",." or separators.count(decimal) != 1 or token.rfind(decimal) < token.rfind(group):
                return None
            return Decimal(token.replace(group, "").replace(decimal, "."))
        if len(kinds) > 2:
            return None
        separator = separators[0]
        groups = token.split(separator)
        grouped = all(len(part) == 3 for part in groups[1:]) and 1 <= len(groups[0]) <= 3
        if separator in " \u00a0\u202f\u2009'":
            return Decimal("".join(groups)) if grouped else None
        if separator == ",":
            if decimal_comma and len(groups) == 2 and len(groups[1]) in (1, 2):
                return Decimal(f"{groups[0]}.{groups[1]}")
            if grouped:
                return Decimal("".join(groups))
            return None
        # Dots: decimals, except thousands groups where the currency writes decimal commas ("€2.000").
        if decimal_comma and grouped:
            return Decimal("".join(groups))
        if len(groups) > 2:
            return None
        return Decimal(token)
    except InvalidOperation:
        return None


def read_number_words(text: str, start: int, *, allow_alone: bool = False) -> Number | None:
    """Spelt-out numbers starting at `start`: "two hundred", "twenty-five", "three hundred thousand",
    "a million", "half a million", "a dozen". A bare "one"/"a" is read only before a scale word."""
    position, total, current, read_any, first_word = start, Decimal(0), Decimal(0), False, None
    end = start
    for _ in range(12):
        word_match = _WORD.match(text, position)
        if word_match is None:
            break
        word = word_match.group().lower()
        if first_word is None:
            first_word = word
        step = _word_step(word, current, total, read_any)
        if step is None:
            break
        current, total, consumed = step
        if consumed:
            read_any = True
            end = word_match.end()
        gap = _WORD_GAP.match(text, word_match.end())
        if gap is None:
            break
        position = gap.end()
    if not read_any:
        return None
    value = total + current
    if value <= 0:
        return None
    words_read = text[start:end].lower().split()
    if not allow_alone and first_word in _ONLY_BEFORE_SCALE and not any(w.strip("-") in (*SCALE_WORDS,
                                                                                         "dozen") for w in words_read):
        return None
    return Number(_plain(value), start, end, scaled=any(w in SCALE_WORDS for w in words_read), words=True)


def _word_step(word: str, current: Decimal, total: Decimal, read_any: bool) -> tuple[Decimal, Decimal, bool] | None:
    """One word of a spelt-out number: (current, total, consumed), or None where the number ends."""
    if word in ("a", "an"):
        return (current if read_any else Decimal(1)), total, False  # "a million", "half a million"
    if word == "half" and not read_any:
        return Decimal("0.5"), total, True
    if word == "dozen":
        return (current or Decimal(1)) * 12, total, True
    if word in _UNITS:
        return current + _UNITS[word], total, True
    if word in _TENS:
        return current + _TENS[word], total, True
    if word == "hundred":
        return (current or Decimal(1)) * 100, total, True
    if word in ("thousand", "million", "billion", "trillion"):
        return Decimal(0), total + (current or Decimal(1)) * SCALE_WORDS[word], True
    if word == "and" and read_any:
        return current, total, False
    return None


def read_number(text: str, start: int, *, decimal_comma: bool = False, allow_alone_words: bool = False) -> Number | None:
    """A numeral with its scale ("2.7 million", "300K"), a numeral followed by number words
    ("3 hundred thousand"), or number words alone, starting at `start`."""
    if start < len(text) and text[start].isdigit():
        return read_numeral(text, start, decimal_comma=decimal_comma)
    return read_number_words(text, start, allow_alone=allow_alone_words)


def _plain(value: Decimal) -> Decimal:
    """No exponent and no trailing zeros beyond what the value needs ("300000", not "3E+5")."""
    normalized = value.normalize()
    sign, digits, exponent = normalized.as_tuple()
    if isinstance(exponent, int) and exponent > 0:
        return normalized.quantize(Decimal(1))
    return normalized + 0


NUMBER_WORD_PATTERN = "|".join(sorted([*_UNITS, *_TENS, "hundred", "dozen", "half", "a", "an"], key=len, reverse=True))
