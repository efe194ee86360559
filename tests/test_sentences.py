"""Sentence spans are kept for the last few texts (each page's readers ask for them in turn): what a
caller gets is its own list, and the same text always gives the same spans."""

from __future__ import annotations

from foia.extract.sentences import sentence_spans

TEXT = "We estimate $6 a month. Storage is billed separately.\n\nRegards,\nMorgan"


def test_sentence_spans_asked_again_are_the_same_and_a_callers_own() -> None:
    first = sentence_spans(TEXT)
    assert [TEXT[start:end] for start, end in first] == [
        "We estimate $6 a month.", "Storage is billed separately.", "Regards,", "Morgan"]
    first.append((0, 1))
    first[0] = (5, 6)
    assert sentence_spans(TEXT) == [(0, 23), (24, 53), (55, 63), (64, 70)]
    assert sentence_spans(TEXT) is not sentence_spans(TEXT)


def test_sentence_spans_of_equal_texts_built_apart_agree() -> None:
    built = "".join(["We estimate $6 a month.", " Storage is billed separately.", "\n\nRegards,\nMorgan"])
    assert built is not TEXT
    assert sentence_spans(built) == sentence_spans(TEXT)
