"""Outlook-style printed threads become one message each; a 'From:' in prose does not."""

from __future__ import annotations

import datetime as dt

from foia.messages.printed import split_printed_thread, split_sender

THREAD = """From: Lt. Dana Reyes <dreyes@co.example.or.us>
Sent: Tuesday, March 6, 2018 9:14 AM
To: Sam Patel <spatel@amazon.com>; Records <records@co.example.or.us>
   Chief Deputy <chief@co.example.or.us>
Cc: Legal <legal@co.example.or.us>
Subject: RE: Rekognition pricing
Thanks Sam. We will budget for it.
From: the desk of the sheriff, a note about coffee.
-----Original Message-----
From: Sam Patel [mailto:spatel@amazon.com]
Sent: Monday, March 5, 2018 4:02 PM
To: Reyes, Dana
Subject: Rekognition pricing
Hi Dana,
The estimate is attached.
"""


def test_splits_each_header_block_into_a_message() -> None:
    first, second = split_printed_thread(THREAD)
    assert (first.sender_name, first.sender_address) == ("Lt. Dana Reyes", "dreyes@co.example.or.us")
    assert first.sent_at_local == dt.datetime(2018, 3, 6, 9, 14)
    assert first.sent_at is None  # no zone printed: no guessed UTC
    assert first.sent_at_text == "Tuesday, March 6, 2018 9:14 AM"
    assert first.recipients is not None and "chief@co.example.or.us" in first.recipients
    assert first.cc == "Legal <legal@co.example.or.us>"
    assert first.subject == "RE: Rekognition pricing"
    assert first.body.startswith("Thanks Sam.")
    assert "Original Message" not in first.body
    assert "From: the desk of the sheriff" in first.body
    assert (second.sender_name, second.sender_address) == ("Sam Patel", "spatel@amazon.com")
    assert second.sent_at_local == dt.datetime(2018, 3, 5, 16, 2)
    assert second.recipients == "Reyes, Dana"
    assert second.body == "Hi Dana,\nThe estimate is attached."
    assert THREAD[first.char_start :].startswith("From: Lt. Dana Reyes")
    assert THREAD[second.char_start :].startswith("From: Sam Patel")


def test_prose_with_from_is_not_a_message() -> None:
    assert split_printed_thread("From: our perspective, the pilot went well.\nSubject to approval.\n") == []


def test_stated_zone_gives_utc() -> None:
    text = "From: a@b.gov\nDate: Tue, 6 Mar 2018 09:14:00 -0800\nTo: c@d.com\nSubject: x\nbody"
    (message,) = split_printed_thread(text)
    assert message.sent_at == dt.datetime(2018, 3, 6, 17, 14, tzinfo=dt.UTC)
    assert message.sent_at_local == dt.datetime(2018, 3, 6, 9, 14)


def test_sender_forms() -> None:
    assert split_sender('"Kim, Pat" <PKim@Example.gov>') == ("Kim, Pat", "pkim@example.gov")
    assert split_sender("pkim@example.gov") == (None, "pkim@example.gov")
    assert split_sender("Kim, Pat") == ("Kim, Pat", None)
