"""Splitting never crashes on arbitrary text and keeps message offsets inside the text and in order
(speed is measured by scripts/measure_email_split.py, not asserted here)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from foia.messages.printed import split_printed_thread

FRAGMENTS = st.sampled_from(
    ["From: ", "Sent: ", "To: ", "Cc: ", "Subject: ", "> ", "On ", " wrote:", "\n", "\n\n", "Dana Reyes ",
     "<d@x.gov>", "Tue, Mar 6, 2018 at 9:14 AM", "03/06/2018 09:14 AM", "(b)(6)", "-----Original Message-----"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=60).map("".join))
def test_offsets_are_ordered_and_inside_the_text(text: str) -> None:
    messages = split_printed_thread(text)
    ends = 0
    for position, message in enumerate(messages):
        assert message.position == position
        assert ends <= message.char_start < message.char_end <= len(text)
        ends = message.char_end

