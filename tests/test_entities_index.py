"""The gazetteer's faster paths find what the single alias pattern finds: aliases tried by their first
character at each word start, and a document's mentions remembered for its second search."""

from __future__ import annotations

import random

from foia.extract.entities import Gazetteer

WORDS = ["the", "Sheriff's", "Office", "WCSO", "wcso", "K", "\u212a", "\u017f", "Amazon", "amazon", "Rekognition",
         "@x.com", "x.Clearview", "Clearview AI", "3M", "caf\u00e9", "\u2019", "Tecnol\u00f3gicas"]


def _texts(gazetteer: Gazetteer, count: int) -> list[str]:
    """Aliases as printed, in capitals, in lower case and wrapped, among other words and punctuation."""
    aliases = [alias for alias, _, _ in gazetteer.entries]
    rng = random.Random(16)
    texts = []
    for _ in range(count):
        words = []
        for _ in range(rng.randrange(1, 30)):
            draw, alias = rng.random(), rng.choice(aliases)
            words.append(alias if draw < 0.3 else alias.upper() if draw < 0.4 else
                         alias.lower().replace(" ", "\n  ") if draw < 0.5 else rng.choice(WORDS))
        texts.append("".join(rng.choice([" ", "", " ", ".", "@", "\n", "-", "+"]) + word for word in words))
    return texts


def test_aliases_by_first_character_match_the_single_pattern() -> None:
    gazetteer = Gazetteer.load()
    assert gazetteer._by_first_character is not None
    for text in _texts(gazetteer, 2000):
        expected = [(m.start(), m.end()) for m in gazetteer._pattern.finditer(text)]
        assert [(m.start(), m.end()) for m in gazetteer._alias_matches(text)] == expected, text


def test_an_alias_starting_otherwise_falls_back_to_the_single_pattern() -> None:
    gazetteer = Gazetteer.load(extra_aliases=[("vendor", "#1 Face Search", "Clearview AI")])
    assert gazetteer._by_first_character is None
    assert [m.group(0) for m in gazetteer._alias_matches("we use #1 Face Search and Clearview AI")] == [
        "#1 Face Search", "Clearview AI"]


def test_a_long_text_s_mentions_are_remembered_and_stay_whole() -> None:
    gazetteer = Gazetteer.load()
    text = "The Washington County Sheriff's Office bought Clearview AI. " * 400
    first = gazetteer.mentions(text)
    first.clear()
    again = gazetteer.mentions(text)
    assert again == Gazetteer.load().mentions(text) and len(again) == 800
    assert gazetteer.mentions(text[:-1]) == again
