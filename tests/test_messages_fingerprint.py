"""The same message printed twice, in different layouts, has one fingerprint; different ones do not."""

from __future__ import annotations

from foia.messages.fingerprint import fingerprint
from foia.messages.printed import split_printed_thread

OUTLOOK_COPY = """From: Reyes, Dana <dreyes@co.example.or.us>
Sent: Tuesday, March 6, 2018 9:14 AM
To: Sam Patel
Subject: RE: Rekognition pricing
Sam, thanks. We will budget for the pilot.
"""
GMAIL_FORWARD_COPY = """---------- Forwarded message ---------
From: Lt. Dana Reyes <(b)(6)>
Date: Tue, Mar 6, 2018 at 9:14 AM
Subject: Rekognition pricing
To: Sam Patel <spatel@amazon.com>

Sam,  thanks.
We will budget for the pilot.
"""


def test_same_message_in_two_layouts_has_one_fingerprint() -> None:
    (outlook,) = split_printed_thread(OUTLOOK_COPY)
    (forward,) = split_printed_thread(GMAIL_FORWARD_COPY)
    assert fingerprint(outlook) is not None
    assert fingerprint(outlook) == fingerprint(forward)


def test_another_minute_or_body_is_another_message() -> None:
    (base,) = split_printed_thread(OUTLOOK_COPY)
    (later,) = split_printed_thread(OUTLOOK_COPY.replace("9:14 AM", "9:15 AM"))
    (other,) = split_printed_thread(OUTLOOK_COPY.replace("Sam, thanks.", "Sam, no thanks."))
    assert len({fingerprint(base), fingerprint(later), fingerprint(other)}) == 3
