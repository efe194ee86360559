"""The spans attribution's alias passes have taken answer as a list of every span would (a property test):
they replaced a scan of every mention, quadratic in a long release's length."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from foia.attribution import _Spans

SPAN = st.tuples(st.integers(0, 200), st.integers(1, 30)).map(lambda pair: (pair[0], pair[0] + pair[1]))


@given(st.lists(SPAN, max_size=40), st.lists(SPAN, max_size=40), st.lists(st.integers(0, 240), max_size=20))
def test_spans_answer_as_the_list_of_every_span_does(taken: list[tuple[int, int]], queries: list[tuple[int, int]],
                                                     points: list[int]) -> None:
    half = len(taken) // 2
    spans = _Spans(taken[:half])
    for start, end in taken[half:]:
        spans.add(start, end)
    for start, end in queries:
        assert spans.overlaps(start, end) == any(s < end and start < e for s, e in taken), (start, end)
    for point in points:
        assert spans.covers(point) == any(s <= point < e for s, e in taken), point
