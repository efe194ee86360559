"""Patterns that skip, in C, the positions where no match can start.

Python's regex engine tries every alternative of a pattern at every position of the text; a pattern
of many alternatives, each opening with `\\b` or a word, spends most of its time failing there. When
the characters a match can start with are known, a lookahead of them in front (`(?=[ABC...])`) fails
those positions in one step. `compile` works the set out from the parsed pattern and adds the
lookahead only when it is sure; what the pattern matches, and its groups, stay the same."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_NON_ASCII = (0x80, 0x10FFFF)  # case folding and Unicode classes reach here: always let it through
_CATEGORIES = {
    sre.CATEGORY_DIGIT: [(0x30, 0x39), _NON_ASCII],
    sre.CATEGORY_WORD: [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A), _NON_ASCII],
}


# Where an alternative anchored at a start can match whatever character follows: its anchor, as written
# back into the lookahead (under the same flags: "^" is a line's start under MULTILINE there too).
_ANCHORS = {sre.AT_BEGINNING: "^", sre.AT_BEGINNING_STRING: r"\A"}
_Found = tuple[list[tuple[int, int]], bool, set[Any]]  # ranges, can match the empty string, anchors


class _Unknown(Exception):
    """The pattern may start with any character (or with one this module does not reason about)."""


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's drop-in
    """`re.compile(pattern, flags)`, led by a lookahead of the characters a match can start with when
    they are known."""
    lookahead = _lookahead(pattern, flags)
    return re.compile(pattern if lookahead is None else f"{lookahead}(?:{pattern})", flags)


def _lookahead(pattern: str, flags: int) -> str | None:
    if flags & (re.VERBOSE | re.LOCALE):
        return None  # a trailing comment would swallow the closing parenthesis
    parsed = _parser.parse(pattern, flags)
    if (parsed.state.flags & ~re.UNICODE) != (flags & ~re.UNICODE):
        return None  # inline global flags ("(?i)...") must stay first
    try:
        ranges, nullable, anchors = _first(list(parsed), bool(flags & re.IGNORECASE))
    except _Unknown:
        return None
    if nullable or not ranges:
        return None
    ahead = _class_lookahead(_merged(ranges))
    if ahead is None:
        return None
    return "(?:" + "|".join([ahead, *sorted(_ANCHORS[anchor] for anchor in anchors)]) + ")" if anchors else ahead


def _class_lookahead(ranges: list[tuple[int, int]]) -> str | None:
    """The lookahead of a character class, case-sensitive (the ranges hold every case already). Where the
    class holds all of non-ASCII, as under IGNORECASE it always does, it is written as the ASCII characters
    it leaves out: `re` compiles `[^...]` at once, where it would case-fold each of a million code points of
    `[\x80-\U0010ffff]` (4 ms a pattern, a third of a second at every start of an import)."""
    if ranges and ranges[-1][0] <= _NON_ASCII[0] and ranges[-1][1] == _NON_ASCII[1]:
        left_out: list[tuple[int, int]] = []
        next_code = 0
        for lo, hi in ranges:
            if lo > next_code:
                left_out.append((next_code, min(lo, _NON_ASCII[0]) - 1))
            next_code = max(next_code, hi + 1)
        if not left_out:
            return None  # any character can start a match
        return "(?-i:(?=[^" + "".join(_class_item(lo, hi) for lo, hi in left_out) + "]))"
    return "(?-i:(?=[" + "".join(_class_item(lo, hi) for lo, hi in ranges) + "]))"


def _first(items: list[tuple[Any, Any]], folded: bool) -> _Found:
    """The ranges of characters a sequence can start with, whether it can match the empty string, and
    the start anchors ("^") where it matches whatever character comes next."""
    ranges: list[tuple[int, int]] = []
    anchors: set[Any] = set()
    for op, av in items:
        found, nullable, anchored = _first_of(op, av, folded)
        ranges.extend(found)
        anchors |= anchored
        if not nullable:
            return ranges, False, anchors
    return ranges, True, anchors


def _first_of(op: Any, av: Any, folded: bool) -> _Found:
    if op is sre.LITERAL:
        return _cased([(av, av)], folded), False, set()
    if op is sre.IN:
        return _cased(_in(av), folded), False, set()
    if op is sre.AT and av in _ANCHORS:
        return [], False, {av}  # matches only there, whatever follows
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [], True, set()  # zero width: the next item decides
    if op is sre.BRANCH:
        ranges: list[tuple[int, int]] = []
        nullable, anchors = False, set[Any]()
        for alternative in av[1]:
            found, empty, anchored = _first(list(alternative), folded)
            ranges.extend(found)
            nullable, anchors = nullable or empty, anchors | anchored
        return ranges, nullable, anchors
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~re.IGNORECASE:
            raise _Unknown
        return _first(list(sub), (folded or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = av
        found, empty, anchors = _first(list(sub), folded)
        return found, empty or low == 0, anchors
    if op is sre.ATOMIC_GROUP:
        return _first(list(av), folded)
    raise _Unknown


def _in(items: list[tuple[Any, Any]]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for op, av in items:
        if op is sre.LITERAL:
            ranges.append((av, av))
        elif op is sre.RANGE:
            ranges.append(av)
        elif op is sre.CATEGORY and av in _CATEGORIES:
            ranges.extend(_CATEGORIES[av])
        else:  # a negated set, \s, \W ...
            raise _Unknown
    return ranges


def _cased(ranges: list[tuple[int, int]], folded: bool) -> list[tuple[int, int]]:
    """Under IGNORECASE, the other case of every ASCII letter, and all of non-ASCII (the Kelvin sign
    folds to k); a non-ASCII character may fold to any ASCII letter."""
    if not folded:
        return ranges
    extra = [_NON_ASCII]
    if any(hi >= 0x80 for _, hi in ranges):  # the long s folds to s
        extra += [(0x41, 0x5A), (0x61, 0x7A)]
    for lo, hi in ranges:
        for low_bound, high_bound, shift in ((0x41, 0x5A, 0x20), (0x61, 0x7A, -0x20)):
            start, end = max(lo, low_bound), min(hi, high_bound)
            if start <= end:
                extra.append((start + shift, end + shift))
    return ranges + extra


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _class_item(lo: int, hi: int) -> str:
    return _escaped(lo) if lo == hi else f"{_escaped(lo)}-{_escaped(hi)}"


def _escaped(code: int) -> str:
    return f"\\U{code:08x}"
