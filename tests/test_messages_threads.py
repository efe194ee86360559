"""Whole printed threads, one per layout (tests/printed_threads.py), split page by page as the importer
does: every labelled message found with its sender, minute, subject and pages, no phantom, and what
each layout is known for read right (Lotus Notes' columns, a memo in a body, replies quoted two
levels deep, two messages in one minute, a header torn by a page break, OCR damage)."""

from __future__ import annotations

import datetime as dt

import pytest

from foia.analysis import analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText
from foia.messages import SplitMessage
from foia.messages.evaluation import score_messages
from foia.messages.printed import split_printed_thread
from tests import printed_threads as threads

GAZETTEER = Gazetteer.load()


def _split(thread: threads.PrintedThread) -> list[SplitMessage]:
    pages = [PageText(number, text, "layer") for number, text in enumerate(thread.page_texts(), start=1)]
    return analyse(pages, GAZETTEER).messages


@pytest.mark.parametrize("thread", threads.THREADS, ids=lambda thread: thread.name)
def test_every_message_found_with_its_sender_minute_subject_and_pages(thread: threads.PrintedThread) -> None:
    result = score_messages([(_split(thread), list(thread.messages))])
    assert result.misses == [] and result.extra == []
    assert result.wrong == []


def test_lotus_notes_columns_give_every_field_and_link_the_history_copy() -> None:
    messages = _split(threads.LOTUS_COLUMNAR)
    assert len(messages) == 7
    mark = next(m for m in messages if m.sender_name == "Mark Dunn")
    assert mark.recipients == "Rosa Cooper/OPD/Orlando@Orlando, Sergio Alvarez/OPD/Orlando@Orlando"
    assert (mark.cc, mark.bcc, mark.subject) == ("IT Security/Orlando@Orlando", None, "Network change for camera pilot")
    assert mark.body.startswith("The change request is approved")
    assert mark.body_start is not None and threads.LOTUS_COLUMNAR.text[mark.body_start :].lstrip().startswith("The change")
    emily = next(m for m in messages if m.sender_address == "esanchez@cloudvendor.example.com")
    assert (emily.sender_name, emily.sent_at_local) == ("Sanchez, Emily", dt.datetime(2018, 1, 8, 16, 52))
    assert "Forwarded by" not in messages[0].body  # Notes' forward banner is no one's words
    rosa = next(m for m in messages if m.sent_at_local == dt.datetime(2018, 1, 10, 9, 30))
    (copy,) = rosa.copies  # the history Notes printed under Emily's reply
    text = threads.LOTUS_COLUMNAR.text
    assert text[copy[0] :].startswith("Rosa Cooper/OPD/Orlando") and copy[0] > rosa.char_end


def test_signature_stays_at_the_end_of_the_body() -> None:
    first = _split(threads.OUTLOOK_REDACTED)[0]
    assert first.body.endswith("Lt. Dana Reyes\nCriminal Intelligence Unit\nPinecrest County Sheriff's Office\n(b)(6)")
    assert first.recipients == "'Hollis, Grant'; (b)(6)" and first.cc == "Records Unit"


def test_header_torn_by_a_page_break_is_read_whole() -> None:
    last = _split(threads.OUTLOOK_REDACTED)[-1]
    assert (last.sender_name, last.recipients, last.subject) == ("Reyes, Dana", "Hollis, Grant", "Rekognition pilot")
    assert (last.page_start, last.page_end) == (2, 3)
    assert last.body.startswith("Grant, can you price storage")


def test_redacted_sender_is_unknown_not_invented() -> None:
    redacted = _split(threads.OUTLOOK_REDACTED)[2]
    assert (redacted.sender_name, redacted.sender_address) == (None, None)
    assert redacted.subject == "Booking photo archive size"


def test_a_memo_pasted_in_a_message_is_part_of_its_body() -> None:
    first = _split(threads.EXCHANGE_MEMO)[0]
    assert "To: City Manager\nFrom: Chief of Police\nDate: October 4, 2019\nRe: Face recognition camera pilot" in first.body
    assert "$36,000" in first.body


def test_three_messages_sent_in_one_minute_stay_three() -> None:
    memo, budget, finance = _split(threads.EXCHANGE_MEMO)
    assert {memo.sent_at_local, budget.sent_at_local, finance.sent_at_local} == {dt.datetime(2019, 10, 7, 9, 14)}
    assert memo.copies == budget.copies == finance.copies == []
    assert finance.recipients == "Finance"


def test_a_true_copy_in_the_same_minute_is_linked() -> None:
    text = threads.EXCHANGE_MEMO.text
    last = text.index("From: Okafor, Daniel", text.index("To: Finance") - 100)
    reprint = text + "\n" + text[last:].replace("Dan Okafor", "Dan 0kafor")  # printed again, OCR-damaged
    messages = split_printed_thread(reprint)
    assert len(messages) == 3 and len(messages[2].copies) == 1


def test_replies_quoted_two_levels_deep_are_each_their_own_message() -> None:
    newest, owen, priya = _split(threads.APPLE_MAIL)
    assert owen.sender_address == "obrandt@dmv.example.gov"
    assert owen.body == ("Priya, the log shows 4,100 searches by outside agencies in 2018. I can export it by\n"
                         "agency if that helps.\n\nOwen")
    assert priya.body.startswith("Owen, for the audit we need") and priya.body.endswith("Assistant Attorney General")
    assert newest.char_end <= owen.char_start < owen.char_end <= priya.char_start
    assert newest.sent_at is not None and newest.sent_at.utcoffset() == dt.timedelta(0)
    assert newest.sent_at == dt.datetime(2019, 6, 4, 23, 47, 12, tzinfo=dt.UTC)  # PDT is -07:00


def test_a_quoted_copy_in_gmail_is_linked_to_the_message_it_repeats() -> None:
    messages = _split(threads.GMAIL_PRINT)
    assert [m.sender_name for m in messages] == ["Riley Chen", "Morgan Diaz", "Riley Chen", "Pat Kim", "Morgan Diaz"]
    morgan = messages[1]
    assert len(morgan.copies) == 1 and morgan.page_end == 1
    assert "Quoted text hidden" not in morgan.body
    assert messages[2].body.endswith("Riley")  # the quote below the reply is not Riley's words


def test_portal_correspondence_and_the_agency_email_inside_it() -> None:
    request, reply, email, follow_up = _split(threads.PORTAL_THREAD)
    assert (request.sender_name, request.sent_at_text, request.sent_at_local) == ("Avery Stone", "April 2, 2019", None)
    assert request.subject == "California Public Records Act Request: Face Recognition Contracts"
    assert reply.sender_name == "Bayview Police Department" and reply.body.startswith("Good afternoon")
    assert (email.sender_name, email.sent_at_local) == ("Nguyen, Thomas", dt.datetime(2019, 3, 7, 14, 31))
    assert follow_up.body == "Thank you. Could you also send the invoice itself?"


def test_groupwise_and_notes_reply_banners() -> None:
    quinn, terry = _split(threads.GROUPWISE)
    assert (quinn.sender_name, quinn.sender_address, quinn.cc) == ("Hale, Quinn", "qhale@lakesideco.example.gov",
                                                                   "<records@lakesideco.example.gov>")
    assert terry.sender_name == "Terry Vance" and terry.body.startswith("Quinn, the vendor asked")
    ellen, bruno = _split(threads.NOTES_INTERNET)
    assert (ellen.recipients, ellen.subject) == ("bcampos@vendor-idm.example.com", "Re: Driver photo matching upgrade")
    assert "wrote: -----" not in ellen.body
    assert (bruno.sender_address, bruno.recipients) == ("bcampos@vendor-idm.example.com", "Ellen Marsh/DPS/State@State")


OCR_DAMAGED = """Frorn: Kim, Pat
Sent. Wednesday, April 11, 2018 10:47 AM
T0: analyst@ co.example.or.us
oc: Records Unit
Subiect: Booking photo upload

Pat here. The upload of 12,000 photos finished overnight.
"""


def test_labels_as_ocr_damages_them() -> None:
    (message,) = split_printed_thread(OCR_DAMAGED)
    assert (message.sender_name, message.sent_at_local) == ("Kim, Pat", dt.datetime(2018, 4, 11, 10, 47))
    assert (message.recipients, message.cc, message.subject) == ("analyst@ co.example.or.us", "Records Unit",
                                                                 "Booking photo upload")
    colonless = OCR_DAMAGED.replace("Sent.", "Sent").replace("oc:", "Ge:")
    (message,) = split_printed_thread(colonless)
    assert message.sent_at_local == dt.datetime(2018, 4, 11, 10, 47) and message.cc == "Records Unit"


LABELS_THEN_VALUES = """From:
Sent:
To:
Subject:
Reyes, Dana
Tuesday, March 6, 2018 9:14 AM
Patel, Sam
RE: estimate

Fine by us.
"""


def test_a_header_whose_labels_ocr_printed_apart_from_their_values() -> None:
    (message,) = split_printed_thread(LABELS_THEN_VALUES)
    assert (message.sender_name, message.sent_at_local) == ("Reyes, Dana", dt.datetime(2018, 3, 6, 9, 14))
    assert (message.recipients, message.subject) == ("Patel, Sam", "RE: estimate")


LOTUS_LABELS_WITHOUT_VALUES = """Terry Vance/IT/Lakeside County To
cc

03/12/2019 09:14 AM bec
Subject

The export is JPEG at 640x480.
"""


def test_lotus_notes_scan_that_lost_its_value_column() -> None:
    (message,) = split_printed_thread(LOTUS_LABELS_WITHOUT_VALUES)
    assert (message.sender_name, message.sent_at_local) == ("Terry Vance", dt.datetime(2019, 3, 12, 9, 14))
    assert message.body == "The export is JPEG at 640x480."


def test_prose_that_names_a_date_and_a_person_is_no_header() -> None:
    prose = ("The vendor met Lt. Dana Reyes on Tuesday, March 6, 2018 at 9:14 AM\nto discuss pricing.\n"
             "Dana Reyes\nTuesday, March 6, 2018 9:14 AM\nThe meeting ran long.\n")
    assert split_printed_thread(prose) == []


def test_a_sender_printed_by_name_gets_the_address_the_thread_prints_for_that_name() -> None:
    anna, marcus = _split(threads.OUTLOOK_WEB)
    assert (marcus.sender_name, marcus.sender_address) == ("Greene, Marcus", "mgreene@metrosheriff.example.gov")
    assert marcus.notes == "sender address from another header of the thread"
    assert anna.sender_address == "akowalski@metrosheriff.example.gov" and anna.notes is None
    # A redacted address stays unknown, whatever else the thread prints.
    text = threads.OUTLOOK_WEB.text.replace("From: Greene, Marcus", "From: Greene, Marcus <(b)(6)>")
    assert split_printed_thread(text)[1].sender_address is None


GMAIL_ACROSS_PAGES = """Avery, the fee is waived.

Jamie Fox <jfox@county.example.gov>                                   Tue, Oct 2, 2018 at 10:20 AM
https://mail.google.com/mail/u/0?ik=4f2a9c1d7e&view=pt&search=all      1/2
5/22/18, 9:03 AM                          County Mail - Records request
To: Avery Stone <requests@news.example.org>

Your request is received.
"""
LOTUS_ACROSS_PAGES = """Rosa Cooper/OPD/Orlando                 To   Sergio Alvarez/OPD/Orlando@Orlando
                                        cc
                                                                    OPD-RK-000231

Page 1 of 4

01/09/2018 10:15 AM                    bcc
                                   Subject   Pilot schedule

Body of the message.
"""


def test_unlabelled_headers_torn_by_a_page_break() -> None:
    (gmail,) = split_printed_thread(GMAIL_ACROSS_PAGES)
    assert (gmail.sender_name, gmail.recipients, gmail.body) == ("Jamie Fox", "Avery Stone <requests@news.example.org>",
                                                                 "Your request is received.")
    (lotus,) = split_printed_thread(LOTUS_ACROSS_PAGES)
    assert (lotus.sender_name, lotus.sent_at_local, lotus.subject) == ("Rosa Cooper", dt.datetime(2018, 1, 9, 10, 15),
                                                                       "Pilot schedule")
