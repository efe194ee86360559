"""`foia show fact` prints the page text around a quote: however the window falls, it never cuts a
word in two (a half word could be taken for what the page says)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from foia.show import context_after, context_before

WORDS = st.lists(st.text(alphabet="abcdefghij$,.0123", min_size=1, max_size=12), min_size=1, max_size=60)


@given(words=WORDS, separators=st.lists(st.sampled_from([" ", "\n", "  ", "\t"]), min_size=60, max_size=60),
       position=st.integers(min_value=0), chars=st.integers(min_value=1, max_value=80))
def test_context_holds_only_whole_words(words: list[str], separators: list[str], position: int, chars: int) -> None:
    text = "".join(word + separator for word, separator in zip(words, separators, strict=False))
    boundaries = [0] + [i for i in range(1, len(text)) if text[i - 1].isspace() != text[i].isspace()] + [len(text)]
    start = boundaries[position % len(boundaries)]
    end = next((b for b in boundaries if b > start), len(text))
    before, after = context_before(text, start, chars), context_after(text, end, chars)
    whole = set(text.split())
    assert set(before.removeprefix("…").split()) <= whole
    assert set(after.removesuffix("…").split()) <= whole
    assert text[:start].endswith(before.removeprefix("…"))
    assert text[end:].startswith(after.removesuffix("…"))
    assert before.startswith("…") == (start > chars) and after.endswith("…") == (len(text) - end > chars)
