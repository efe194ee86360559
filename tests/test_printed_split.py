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


ESTIMATE = """From: Sam Patel <spatel@amazon.com>
Sent: Monday, March 5, 2018 4:02 PM
To: Lt. Dana Reyes <dreyes@co.example.or.us>
Subject: Rekognition pricing
Dana, for 300,000 booking photos we estimate between $6 and $12 a month.
"""
FOLLOW_UP = """From: Sam Patel <spatel@amazon.com>
Sent: Monday, March 5, 2018 4:02 PM
To: Lt. Dana Reyes <dreyes@co.example.or.us>
Subject: Storage
Forgot to add: storage is $20 a month on top.
"""
REPLY = """From: Lt. Dana Reyes <dreyes@co.example.or.us>
Sent: Tuesday, March 6, 2018 9:14 AM
To: Sam Patel <spatel@amazon.com>
Subject: RE: Rekognition pricing
Thanks Sam.
-----Original Message-----
"""


def test_a_quoted_copy_of_an_earlier_message_is_kept_as_its_copy_not_a_message() -> None:
    text = ESTIMATE + REPLY + ESTIMATE.replace("Monday, March 5", "Monday, March 05")
    estimate, reply = split_printed_thread(text)
    assert (estimate.subject, reply.subject) == ("Rekognition pricing", "RE: Rekognition pricing")
    copy_start = text.rindex("From: Sam Patel")
    assert estimate.copies == [(copy_start, len(text.rstrip()))] and reply.copies == []
    assert text[reply.char_end : copy_start].strip() == "-----Original Message-----" and reply.body == "Thanks Sam."


def test_two_messages_from_one_sender_in_one_minute_stay_two_when_their_subjects_differ() -> None:
    estimate, follow_up = split_printed_thread(ESTIMATE + FOLLOW_UP)
    assert (estimate.subject, follow_up.subject) == ("Rekognition pricing", "Storage")
    assert follow_up.body == "Forgot to add: storage is $20 a month on top."
    assert estimate.copies == follow_up.copies == []
    # An OCR-damaged subject on a copy still marks it as the same message.
    ocr_copy = ESTIMATE.replace("Rekognition pricing", "Rekognltion prlcing")
    (only,) = split_printed_thread(ESTIMATE + ocr_copy)
    assert len(only.copies) == 1
    # The same subject in the same minute, but other words: a second message, not a copy.
    second_reply = ESTIMATE.replace("Dana, for 300,000 booking photos", "Dana, one more thing about the 300,000")
    assert len(split_printed_thread(ESTIMATE + second_reply)) == 2
    # Invoices numbered apart are apart, however alike the rest of the subject.
    assert len(split_printed_thread(ESTIMATE + ESTIMATE.replace("pricing", "pricing 2"))) == 2
