"""How quoted copies are treated (tests/printed_threads.py, all invented): a quote of a message printed
elsewhere in the document is linked to it, even when its reply line states the time on the replier's
clock; a quote of a message printed nowhere else is kept as a message of kind "quoted"; the message
that quotes runs on over its quote. Also the layouts that print a message's date or subject away
from its header: a records portal's log stamps each entry above it, Gmail prints the subject once,
over "N messages"; and Lotus Notes' reply history printed as a narrow table."""

from __future__ import annotations

import datetime as dt

from foia.analysis import analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText
from foia.messages import SplitMessage
from foia.messages.evaluation import LabelledHeader, score_messages
from foia.messages.printed import find_headers, split_printed_thread
from tests import printed_threads as threads

GAZETTEER = Gazetteer.load()


def _split(thread: threads.PrintedThread) -> list[SplitMessage]:
    pages = [PageText(number, text, "layer") for number, text in enumerate(thread.page_texts(), start=1)]
    return analyse(pages, GAZETTEER).messages


def test_a_quote_stamped_on_the_repliers_clock_is_a_copy_of_its_original() -> None:
    colette, howard, older = _split(threads.APPLE_MAIL_ZONES)
    # "On Mar 3, 2020, at 11:40 AM" under Howard's EST reply is Colette's 9:40 AM MST message.
    assert colette.sent_at == dt.datetime(2020, 3, 3, 16, 40, 5, tzinfo=dt.UTC)
    (copy,) = colette.copies
    text = threads.APPLE_MAIL_ZONES.text
    assert text[copy[0] :].startswith("On Mar 3, 2020, at 11:40 AM, Colette Arnaud")
    # Howard's message runs on over the quote under it, to page 2; the older quote is its own message.
    assert howard.char_start < copy[0] < copy[1] <= howard.char_end <= older.char_start
    assert (howard.page_start, howard.page_end) == (1, 2)
    assert howard.body.endswith("Howard") and "$6,800" not in howard.body
    assert [colette.kind, howard.kind, older.kind] == ["printed", "printed", "quoted"]
    assert (older.sender_address, older.sent_at_local) == ("hlin@eastvale.example.gov", dt.datetime(2020, 2, 28, 16, 5))
    assert older.sent_at is None  # the reply line states no zone, and none is guessed for the message


def test_two_printed_zones_that_disagree_are_two_messages() -> None:
    first = ("From: Ana Ruiz <aruiz@county.example.gov>\nSubject: Camera list\nDate: May 4, 2021 at 10:15 AM PDT\n"
             "To: Lee Park <lpark@county.example.gov>\n\nThe list of cameras is attached.\n\n")
    again = first.replace("PDT", "EDT")
    messages = split_printed_thread(first + again)
    assert len(messages) == 2 and messages[0].copies == messages[1].copies == []
    assert len(split_printed_thread(first + first)[0].copies) == 1


def test_a_quote_of_a_message_printed_nowhere_else_is_kept_as_quoted() -> None:
    text = ("From: Lee Park <lpark@county.example.gov>\nSent: Tuesday, May 4, 2021 2:02 PM\n"
            "To: Ana Ruiz <aruiz@county.example.gov>\nSubject: RE: Camera list\n\nGot it, thanks.\n\n"
            "On Tue, May 4, 2021 at 10:15 AM Ana Ruiz <aruiz@county.example.gov> wrote:\n"
            "> The list of cameras is attached.\n")
    reply, quoted = split_printed_thread(text)
    assert (reply.kind, quoted.kind) == ("printed", "quoted")
    assert quoted.body == "The list of cameras is attached." and reply.body == "Got it, thanks."
    # The scorer does not count such a message as a phantom, and says it kept one.
    result = score_messages([([reply, quoted], [LabelledHeader("Lee Park", "Tuesday, May 4, 2021 2:02 PM")])])
    assert (result.recovered, result.phantoms, result.quoted) == (1, 0, ["Ana Ruiz / Tue, May 4, 2021 at 10:15 AM"])


def test_lotus_notes_history_printed_as_a_narrow_table() -> None:
    petra, walt, ines = _split(threads.NOTES_TABLE_HISTORY)
    text = threads.NOTES_TABLE_HISTORY.text
    (copy,) = petra.copies
    assert text[copy[0] :].startswith('"Holm, Petra"') and walt.char_end <= copy[0] < copy[1] <= ines.char_start
    history = next(header for header in find_headers(text)[1] if header.start == copy[0])
    # The sender wrapped over three lines, the time's PM over the next, the subject over two.
    assert history.sender == '"Holm, Petra" <petra.holm@vantagebio.example.com>'
    assert history.sent_text == "02/25/2019 04:48 PM"
    assert (history.to, history.cc) == ("Walt Brennan/CPD/CedarFalls@CedarFalls", "Ines Okoro/CPD/CedarFalls@CedarFalls")
    assert history.subject == "Gallery conversion quote"
    assert walt.body.startswith("Ines - for the budget hearing") and walt.body.endswith("Walt")
    assert ines.cc == "Budget Office/CedarFalls@CedarFalls, Chief's Office/CPD/CedarFalls@CedarFalls"
    # A text layer that drops blank lines runs the body on under the wrapped subject, at the margin.
    table = text[copy[0] : copy[1]].replace("\n\n", "\n").replace("Lieutenant Brennan,", "Walt,")
    (alone,) = split_printed_thread(table)
    assert (alone.subject, alone.body[:5]) == ("Gallery conversion quote", "Walt,")


def test_a_portal_log_stamps_each_entry_above_its_header() -> None:
    request, reply, follow_up, closing = _split(threads.PORTAL_LOG)
    assert (request.sender_name, request.sender_address) == ("Jonah Whitley", "jwhitley@ridgeline-news.example.org")
    assert request.sent_at_local == dt.datetime(2022, 11, 2, 15, 4, 51)
    assert request.body.endswith("Jonah Whitley")  # the next entry's stamp is not his words
    assert reply.sent_at_local == dt.datetime(2022, 11, 4, 10, 12, 7) and (reply.page_start, reply.page_end) == (1, 2)
    assert threads.PORTAL_LOG.text[follow_up.char_start :].startswith("11/9/2022 8:30:00 AM\nFrom: Jonah Whitley")
    assert closing.subject == "Request 22-1187 closed"


def test_a_gmail_print_gives_its_banner_subject_to_every_message() -> None:
    messages = _split(threads.GMAIL_SAME_MINUTE)
    assert {message.subject for message in messages} == {"Driver photo matching - state gallery access"}
    same_minute = [m for m in messages if m.sent_at_local == dt.datetime(2021, 8, 9, 10, 31)]
    assert [m.recipients for m in same_minute] == ["Dmitri Vance <dvance@statepatrol.example.gov>",
                                                   "Training Unit <training@lakeview.example.gov>"]
    # A subject line of its own is never replaced.
    address = "<training@lakeview.example.gov>"
    text = threads.GMAIL_SAME_MINUTE.text.replace(address, f"{address}\nSubject: Training")
    assert [m.subject for m in split_printed_thread(text)][2] == "Training"
