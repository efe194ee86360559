"""Each printed layout splits into the right messages with the right fields, and quoted text gives
no phantom messages (fixtures in tests/email_cases.py, all invented)."""

from __future__ import annotations

import datetime as dt

from foia.messages.printed import split_printed_thread
from foia.messages.senders import split_sender
from tests import email_cases as cases


def test_outlook_chain_bodies_stop_at_the_original_message() -> None:
    newest, older = split_printed_thread(cases.OUTLOOK_CHAIN)
    assert (newest.sender_name, newest.sender_address) == ("Lt. Dana Reyes", "dreyes@co.example.or.us")
    assert newest.cc == "Records Unit <records@co.example.or.us>"
    assert newest.body == "Sam, thanks. We will budget $1,200 per month for the pilot.\n\nDana"
    assert (older.sender_name, older.sender_address) == ("Sam Patel", "spatel@amazon.com")
    assert older.sent_at_local == dt.datetime(2018, 3, 5, 16, 2)
    assert older.subject == "Rekognition pricing"
    assert cases.OUTLOOK_CHAIN[older.char_start :].startswith("From: Sam Patel")
    # The newest message's span stops at its own last line: the rule before the next header is no one's.
    assert cases.OUTLOOK_CHAIN[newest.char_end : older.char_start].strip() == "-----Original Message-----"


def test_ocr_garbled_labels_and_spaced_addresses() -> None:
    first, second = split_printed_thread(cases.OCR_GARBLED)
    assert first.sender_name == "Kim, Pat" and first.subject == "Booking photo upload"
    assert first.sent_at_local == dt.datetime(2018, 4, 11, 10, 47)
    assert "CEDAR-000417" not in first.body  # a Bates footer is not the message's words
    assert second.sender_address == "analyst@co.example.or.us"


def test_redacted_addresses_are_unknown_not_invented() -> None:
    forward, original = split_printed_thread(cases.REDACTED)
    assert (forward.sender_name, forward.sender_address) == (None, None)
    assert (original.sender_name, original.sender_address) == ("Jordan Ames", None)


def test_body_runs_across_a_page_break_without_the_footer() -> None:
    (message,) = split_printed_thread(cases.PAGE_BREAK)
    assert "Page 1 of 2" not in message.body and "CITY 004512" not in message.body
    assert "three licence tiers and\na support option" in message.body


def test_reply_drops_the_quoted_tail_and_the_quoted_message_is_one_message() -> None:
    reply, quoted = split_printed_thread(cases.WROTE_REPLY)
    assert reply.body == "Thanks Riley, that works for us."
    assert (quoted.sender_name, quoted.sent_at_local) == ("Riley Chen", dt.datetime(2018, 8, 14, 9, 41))
    assert quoted.body == "Morgan, pricing for the pilot is below."  # the deeper "> From:" is no message


def test_a_quoted_copy_of_an_earlier_message_is_not_a_second_message() -> None:
    text = cases.FORWARDED_GMAIL + "\n" + cases.WROTE_REPLY
    senders = [m.sender_name for m in split_printed_thread(text)]
    assert senders == ["Riley Chen", "Morgan Diaz"]


def test_gmail_print_layout_without_from_labels() -> None:
    messages = split_printed_thread(cases.GMAIL_PRINT)
    assert [(m.sender_name, m.sent_at_local) for m in messages] == [
        ("Jamie Fox", dt.datetime(2018, 10, 2, 10, 20)),
        ("Avery Stone", dt.datetime(2018, 10, 2, 11, 3)),
        ("Jamie Fox", dt.datetime(2018, 10, 3, 8, 30)),
    ]
    assert messages[0].cc == "Legal <legal@county.example.gov>"
    assert messages[1].body == "Thank you. Please send records electronically."


def test_gmail_print_with_collapsed_whitespace() -> None:
    first, second = split_printed_thread(cases.GMAIL_COLLAPSED)
    assert first.sender_name == "Jamie Fox" and first.recipients == '"requests@news.example.org"'
    assert first.cc == 'Legal , "Records (records@county.example.gov)"'
    assert first.body.startswith("Dear Ms. Stone:") and "Avery Stone Tue" not in first.body
    assert second.sent_at_local == dt.datetime(2018, 10, 9, 9, 5)


def test_lotus_notes_layouts() -> None:
    first, second = split_printed_thread(cases.LOTUS_NOTES)
    assert (first.sender_name, first.subject) == ("Terry Vance", "Re: camera export format")
    assert first.recipients == "Quinn Hale/Sheriff/Lakeside County@LAKESIDE"
    assert first.body == "The export is JPEG at 640x480."
    assert (second.sender_name, second.sent_at_local) == ("Quinn Hale", dt.datetime(2019, 3, 11, 16, 40, 12))


def test_request_portal_correspondence() -> None:
    request, reply = split_printed_thread(cases.PORTAL)
    assert request.sender_name == "Avery Stone" and request.sent_at_local is None
    assert request.body.startswith("To Whom It May Concern:")
    assert reply.sender_name == "Ortiz, Lee - Records Unit"


def test_prose_with_labels_is_no_message() -> None:
    assert split_printed_thread(cases.PROSE_ONLY) == []


def test_one_line_header_and_stated_zone() -> None:
    (line,) = split_printed_thread(cases.ONE_LINE_OUTLOOK)
    assert (line.sender_address, line.subject) == ("dpark@pd.example.gov",
                                                   "Weekly face search count Forty-one searches this week, 3 leads.")
    (zoned,) = split_printed_thread(cases.ZONED)
    assert zoned.sent_at == dt.datetime(2018, 11, 17, 1, 5, 9, tzinfo=dt.UTC)
    assert zoned.sent_at_text == "Fri, 16 Nov 2018 17:05:09 -0800"


def test_sender_forms() -> None:
    assert split_sender("Dana Reyes <(b)(6)>") == ("Dana Reyes", None)
    assert split_sender("(b)(6)") == (None, None)
    assert split_sender("Terry Vance/IT/Lakeside County@LAKESIDE") == ("Terry Vance", None)
    assert split_sender("Analyst <analyst@ co.example .or.us>") == ("Analyst", "analyst@co.example.or.us")
    # An office in brackets is part of the printed name; an address or an exemption code in brackets is not.
    assert split_sender("Pruett, Colleen (DA) <Colleen.Pruett@sedgwick.example.org>") == (
        "Pruett, Colleen (DA)", "colleen.pruett@sedgwick.example.org")
    assert split_sender("Ann Lee (ann@x.example.gov)") == ("Ann Lee", "ann@x.example.gov")
    assert split_sender("Lee, Ann (b)(6)") == ("Lee, Ann", None)


def test_blank_lines_ocr_puts_between_header_lines() -> None:
    spaced = cases.DAY_FIRST.replace("\nTo:", "\n\nTo:").replace("\nSubject:", "\n\nSubject:")
    (message,) = split_printed_thread(spaced)
    assert (message.recipients, message.subject) == ("Procurement", "camera count")
    assert message.sent_at_local == dt.datetime(2018, 3, 6, 9, 14)
    assert message.body == "We have 14 cameras in scope."


def test_a_quoted_line_starting_with_on_is_kept() -> None:
    text = cases.WROTE_ONLY.replace("> Can we meet Friday about the retention schedule?",
                                    "> Can we meet about the retention schedule?\n> On Friday the board votes.")
    message, deeper = split_printed_thread(text)
    assert message.body == "Can we meet about the retention schedule?\nOn Friday the board votes."
    assert (deeper.sender_name, deeper.body) == ("Jamie Fox", "Retention is 90 days for non-matches.")


def test_outlook_web_print_with_the_subject_as_heading_and_offices_in_names() -> None:
    text = """RE: Face search log for case 23-018842

Pruett, Colleen (DA) <cpruett@da.example.org>
Thu 2/15/2024 3:42 PM
To: Delgado, Ruben (WPD) <rdelgado@wpd.example.gov>
Cc: DA Discovery Unit <discovery@da.example.org>

Det. Delgado, thank you, this is what we needed.

From: Delgado, Ruben (WPD) <rdelgado@wpd.example.gov>
Sent: Wednesday, February 14, 2024 11:07 AM
To: Pruett, Colleen (DA) <cpruett@da.example.org>
Subject: RE: Face search log for case 23-018842

Ms. Pruett, attached is the search log.
"""
    first, second = split_printed_thread(text)
    assert (first.sender_name, first.subject) == ("Pruett, Colleen (DA)", "RE: Face search log for case 23-018842")
    assert first.sent_at_local == dt.datetime(2024, 2, 15, 15, 42)
    assert (second.sender_name, second.sender_address) == ("Delgado, Ruben (WPD)", "rdelgado@wpd.example.gov")


def test_outlook_web_pages_with_banners_and_a_quoted_header_at_a_pages_foot_are_one_message_each() -> None:
    text = """Outlook

RE: MFI maintenance renewal

Brandt, Kelsey <kbrandt@mt.example.gov>
Wed 4/17/2024 8:52 AM
To: Oyelaran, Femi <foyelaran@vendor.example.com>

Femi, confirming the renewal at the quoted price.

Kelsey Brandt

From: Oyelaran, Femi <foyelaran@vendor.example.com>
Sent: Tuesday, April 16, 2024 2:10 PM
To: Brandt, Kelsey <kbrandt@mt.example.gov>
Subject: MFI maintenance renewal
Outlook

MFI maintenance renewal

Oyelaran, Femi <foyelaran@vendor.example.com>
Tue 4/16/2024 2:10 PM
To: Brandt, Kelsey <kbrandt@mt.example.gov>

Hello Kelsey, attached is the renewal quote.
"""
    messages = split_printed_thread(text)
    assert [(m.sender_name, m.subject) for m in messages] == [
        ("Brandt, Kelsey", "RE: MFI maintenance renewal"), ("Oyelaran, Femi", "MFI maintenance renewal")]
    assert messages[1].body.startswith("Hello Kelsey")
