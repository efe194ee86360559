"""foia.extract.first_characters: the lookahead changes how fast a pattern runs, never what it matches."""

from __future__ import annotations

import random
import re

import pytest

from foia.extract import first_characters
from foia.extract.agencies import _body
from foia.extract.places import _address, _state_word

PATTERNS = [
    (r"\bfoo|(?i:bar)|[0-9]x", 0),
    (r"(?P<a>\bCounty\s+Sheriff)|(?P<b>Police\s+Dep(?:ar)?t)", 0),
    (r"\b(?:shall|must)\s+not\b|ſtate", re.IGNORECASE),
    (r"(?<![\w@])K\w+", re.IGNORECASE),
    (r"x?y*(?:z|\d)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_same_matches_as_re(pattern: str, flags: int) -> None:
    plain, quick = re.compile(pattern, flags), first_characters.compile(pattern, flags)
    alphabet = "aBcfFoObArRxyz019 \n\u212aKkſsStTeEhHaAlLlmMuUnNoOtT"
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(60)) + " County Sheriff Police Dept shall not Kelvin state"
        assert [(m.span(), m.groupdict()) for m in plain.finditer(text)] == [(m.span(), m.groupdict())
                                                                            for m in quick.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), [(r"a?", 0), (r"\s+x", 0), (r"(?i)abc", 0), (r".x", 0),
                                                (r"[^a]b", 0), (r"abc # comment", re.VERBOSE)])
def test_no_lookahead_when_unsure(pattern: str, flags: int) -> None:
    assert first_characters.compile(pattern, flags).pattern == pattern


def test_long_patterns_get_one() -> None:
    for pattern in (_body(), _address(), _state_word()):
        assert pattern.pattern.startswith("(?-i:(?=[")


@pytest.mark.parametrize("flags", [re.IGNORECASE, re.IGNORECASE | re.MULTILINE])
def test_anchored_alternatives(flags: int) -> None:
    pattern = r"(?:^|\n)[^\S\n]*(?:\d\.\s+)?only\s+\w+|^\W*(?:any|all)\b|\bcopies\s+of\b"
    plain, quick = re.compile(pattern, flags), first_characters.compile(pattern, flags)
    assert quick.pattern != pattern
    for text in ["only users may", "  1. only users\n only more", "x\n  --any records", "\n all of it", "see copies of",
                 "zonly x", "x any"]:
        for position in range(len(text)):
            one, two = plain.search(text, position), quick.search(text, position)
            assert (one and one.span()) == (two and two.span())
