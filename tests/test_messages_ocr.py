"""Headers as OCR reads a photocopy (invented fixtures, damage of the kinds tesseract makes on grey,
specked pages): stray marks glued to labels or standing in a column ("‘To", ": cc", "Subject.",
"bcc :"), a speck read as a letter or a digit before a sender, noise between a Gmail sender and its
date, a leading zero read as Q, a zone glued to PM, an accent on an address, a print footer's
address broken by spaces, a speck read as a digit in one copy of a body. And the other side: prose
with the same specks stays prose."""

from __future__ import annotations

import datetime as dt

from foia.messages.lines import is_furniture
from foia.messages.printed import split_printed_thread

NOTES_SPECKED = """3 Vera Lindqvist/DPS/Harlow ‘To Omar Haddad/DPS/Harlow@Harlow
: ame cc. Records Desk/DPS/Harlow@Harlow
bcc
-Q3/14/2019 04:52 PM Subject. Re: Mugshot gallery size

Omar, the gallery holds 412,000 booking photos after the purge.

Vera

*Omar Haddad/DPS/Harlow . To Vera Lindqvist/DPS/Harlow@Harlow
cc

03/15/2019 08:20 AM de ~ bec aches
Seed * Subject Re: Re: Mugshot gallery size

Thanks. I will tell the vendor.
"""


def test_a_lotus_notes_column_through_specks() -> None:
    vera, omar = split_printed_thread(NOTES_SPECKED)
    assert (vera.sender_name, vera.sent_at_local) == ("Vera Lindqvist", dt.datetime(2019, 3, 14, 16, 52))
    assert (vera.recipients, vera.cc, vera.subject) == ("Omar Haddad/DPS/Harlow@Harlow", "Records Desk/DPS/Harlow@Harlow",
                                                        "Re: Mugshot gallery size")
    assert vera.body == "Omar, the gallery holds 412,000 booking photos after the purge.\n\nVera"
    assert (omar.sender_name, omar.sent_at_local, omar.subject) == ("Omar Haddad", dt.datetime(2019, 3, 15, 8, 20),
                                                                   "Re: Re: Mugshot gallery size")
    assert omar.body == "Thanks. I will tell the vendor."


GMAIL_SPECKED = """Gallery access for detectives
3 messages f
June Okafor <jokafor@troopers.example.gov> ee Tue, Oct 5, 2021 at 9:12 AM
To: Sam Reyes <sreyes@county.example.gov>

Sam, the access form is attached.
June Okafor <jokafor@troopers.example.gov> : Tue, Oct 5, 2021 at 9:12 AM
To: Ray Moss <rmoss@county.example.gov>

Ray, Sam will send you the form.
Sam Reyes <sreyes@county.example.gov> * : ; Wed, Oct 6, 2021 at 2:40 PM :
To: June Okafor <jokafor@troopers.example.gov>

Signed form attached.
"""


def test_gmail_senders_through_specks_and_the_banner_subject() -> None:
    first, second, third = split_printed_thread(GMAIL_SPECKED)
    assert [(m.sender_address, m.sent_at_local) for m in (first, second, third)] == [
        ("jokafor@troopers.example.gov", dt.datetime(2021, 10, 5, 9, 12)),
        ("jokafor@troopers.example.gov", dt.datetime(2021, 10, 5, 9, 12)),  # the same minute, another recipient
        ("sreyes@county.example.gov", dt.datetime(2021, 10, 6, 14, 40)),
    ]
    assert {m.subject for m in (first, second, third)} == {"Gallery access for detectives"}
    assert third.recipients == "June Okafor <jokafor@troopers.example.gov>"


LABELLED_SPECKED = """From: "Penner, Kurt" <kpenner@vendor.example.com>
To: Dale Ito <dito@transport.example.gov>
‘Date: 4/24/19 8:05 AM
Subject: _ Re: Enrollment change order 4

Dale, the change order is attached.

From: . Dale Ito <dito@transport.example.gov>
Sent: Tuesday, April 23, 2019 4:55 PM :
To: "Penner, Kurt" <kpenner@vendor.example.com>
A Subject: Enrollment change order 4

Kurt, please send the change order.
"""


def test_labelled_headers_through_specks() -> None:
    kurt, dale = split_printed_thread(LABELLED_SPECKED)
    assert (kurt.sender_name, kurt.sent_at_local, kurt.subject) == ("Penner, Kurt", dt.datetime(2019, 4, 24, 8, 5),
                                                                   "Re: Enrollment change order 4")
    assert (dale.sender_name, dale.sender_address) == ("Dale Ito", "dito@transport.example.gov")
    assert (dale.sent_at_local, dale.subject) == (dt.datetime(2019, 4, 23, 16, 55), "Enrollment change order 4")


def test_dates_and_addresses_as_ocr_damages_them() -> None:
    text = ("From: Greta Ström <grég.strom@county.example.gov>\nDate: May 11, 2018 at 3:26:41 PMCDT\n"
            "To: Lab <lab@county.example.gov>\nSubject: Pilot\n\nBody.\n")
    (message,) = split_printed_thread(text)
    assert message.sender_address == "greg.strom@county.example.gov"  # agencies' addresses are ASCII
    assert message.sent_at == dt.datetime(2018, 5, 11, 20, 26, 41, tzinfo=dt.UTC)


def test_a_portal_stamp_and_its_header_behind_specks() -> None:
    text = ("Correspondence\n: 11/9/2022 8:30:00 AM\n; From: Ada Brandt (abrandt@news.example.org)\n"
            "To: City Records\nSubject: Follow-up\n\nAny usage reports?\n")
    (message,) = split_printed_thread(text)
    assert (message.sender_address, message.sent_at_local) == ("abrandt@news.example.org", dt.datetime(2022, 11, 9, 8, 30))


def test_reply_lines_through_specks() -> None:
    text = ("Thanks, booked.\n\nQn 9/17/2019 2:55 PM, Regional Fusion Desk wrote:\n> Two candidates were returned.\n\n"
            '‘On 12/3/18, 6:45 PM, "Chen, Riley" érchen@vendor.example.com> wrote:\n    The renewal is $19,500.\n\n'
            ">>> Terry Vance 3/11/2019 4:40 PM >>> .\nQuinn, the vendor asked for every photo.\n")
    fusion, riley, terry = split_printed_thread(text)
    assert (fusion.sender_name, fusion.sent_at_local) == ("Regional Fusion Desk", dt.datetime(2019, 9, 17, 14, 55))
    assert (riley.sender_name, riley.sent_at_local) == ("Chen, Riley", dt.datetime(2018, 12, 3, 18, 45))
    assert (terry.sender_name, terry.body) == ("Terry Vance", "Quinn, the vendor asked for every photo.")


def test_a_copy_whose_body_ocr_specked_with_a_digit_is_still_a_copy() -> None:
    original = ("From: Kessel, Mara\nSent: Tuesday, August 13, 2019 3:42 PM\nTo: Whit, Dan\nSubject: RE: Seats\n\n"
                "Dan, we use about 140 seats. Can you price a 150-seat tier?\n\nMara\n\n")
    copy = original.replace("tier?", "tier? 3").replace("Mara\n\n", "")
    messages = split_printed_thread(original + copy)
    assert len(messages) == 1 and len(messages[0].copies) == 1
    # A number of two digits or more still tells two messages apart.
    other = original.replace("150-seat", "250-seat")
    assert len(split_printed_thread(original + other)) == 2


def test_a_print_footer_whose_address_ocr_broke_is_furniture() -> None:
    assert is_furniture("https://mail.google.com/mail/u/0?ik= 7c0e5b19d2&view=pt&search=all&permthid=thread-f%3A16 2211 1/3")
    assert not is_furniture("https://county.example.gov/policy explains the rules for face searches")


def test_prose_with_specks_is_still_prose() -> None:
    prose = ("3 Vera Lindqvist/DPS/Harlow said the cc list was wrong.\n: ame cc. the desk\n"
             "03/14/2019 04:52 PM the vendor called back about the purge.\nSeed * Subject to approval, we go ahead.\n"
             "Note from June Okafor <jokafor@troopers.example.gov> ee at the meeting.\n")
    assert split_printed_thread(prose) == []


def test_a_date_whose_am_pm_a_text_layer_wrapped_on_to_the_next_line() -> None:
    text = ("Kim Ode <kode@county.example.gov> Tue, Oct 2, 2018 at 4:20\nPM\nTo: Ray Moss <rmoss@county.example.gov>\n\n"
            "Received.\n")
    (message,) = split_printed_thread(text)
    assert (message.sender_name, message.sent_at_local, message.recipients) == (
        "Kim Ode", dt.datetime(2018, 10, 2, 16, 20), "Ray Moss <rmoss@county.example.gov>")
    assert message.body == "Received."
