"""Property tests on generated threads: messages by invented people, each printed in a layout drawn
at random (Outlook, Gmail, Lotus Notes columns and stacked labels, Apple Mail, Thunderbird, GroupWise,
Outlook Web), with page furniture between them. Whatever the mix: every message is found with its
sender and minute and nothing else is; message spans never overlap and lie inside the text; splitting
one message's own text again gives that message; and a header quoted in a body is never a message."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foia.messages import SplitMessage
from foia.messages.fingerprint import name_words
from foia.messages.printed import split_printed_thread

PEOPLE = [
    ("Dana", "Reyes", "pinecrest.example.gov"), ("Sam", "Patel", "vendor.example.com"),
    ("Riley", "Chen", "visionlink.example.com"), ("Morgan", "Diaz", "harborcity.example.gov"),
    ("Terry", "Vance", "lakeside.example.gov"), ("Quinn", "Hale", "lakeside.example.gov"),
    ("Emily", "Sanchez", "cloudvendor.example.com"), ("Jordan", "Ames", "lakesidepd.example.gov"),
]
SUBJECTS = ["Rekognition pricing", "Face search audit", "Booking photo export", "Pilot agreement",
            "Retention of probe images", "Quote 4471", "Camera network change"]
SENTENCES = [
    "The pilot covers eight cameras at the transit center.", "We hold about 310,000 booking photos.",
    "Licenses are $2,000 per user per year.", "Probe images are kept for 30 days.",
    "Legal has not signed off yet.", "Please send the revised quote.", "A match is an investigative lead only.",
    "To be clear, nothing has been purchased.", "From what I hear, the council will approve it.",
]
FURNITURE = ["Page 2 of 7", "PCSO 000214", "", "\n", "https://mail.google.com/mail/u/0?ik=4f2a&view=pt  2/7"]


@dataclass(frozen=True)
class Message:
    first: str
    last: str
    domain: str
    sent: dt.datetime
    subject: str
    body: str

    @property
    def address(self) -> str:
        return f"{self.first[0].lower()}{self.last.lower()}@{self.domain}"


def _twelve_hour(moment: dt.datetime) -> str:
    return f"{(moment.hour - 1) % 12 + 1}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def _outlook(m: Message) -> str:
    return (f"From: {m.last}, {m.first} <{m.address}>\nSent: {m.sent:%A, %B} {m.sent.day}, {m.sent.year} "
            f"{_twelve_hour(m.sent)}\nTo: Records Unit\nSubject: {m.subject}\n\n{m.body}")


def _gmail(m: Message) -> str:
    return (f"{m.first} {m.last} <{m.address}>{' ' * 20}{m.sent:%a, %b} {m.sent.day}, {m.sent.year} at "
            f"{_twelve_hour(m.sent)}\nTo: Records Unit <records@county.example.gov>\n\n{m.body}")


def _lotus_columns(m: Message) -> str:
    return (f"{m.first} {m.last}/IT/Lakeside   To   Records Unit/Lakeside@Lakeside\n"
            f"{' ' * 30}cc\n{m.sent:%m/%d/%Y} {m.sent:%I:%M %p}   bcc\n{' ' * 26}Subject   {m.subject}\n\n{m.body}")


def _lotus_stacked(m: Message) -> str:
    return (f"{m.first} {m.last}/IT/Lakeside@LAKESIDE\n{m.sent:%m/%d/%Y %I:%M %p}\nTo\nRecords Unit/Lakeside@LAKESIDE\n"
            f"cc\nSubject\n{m.subject}\n\n{m.body}")


def _apple(m: Message) -> str:
    return (f"From: {m.first} {m.last} <{m.address}>\nSubject: {m.subject}\nDate: {m.sent:%B} {m.sent.day}, "
            f"{m.sent.year} at {_twelve_hour(m.sent)} PDT\nTo: Records <records@county.example.gov>\n\n{m.body}")


def _thunderbird(m: Message) -> str:
    return (f"Subject: {m.subject}\nFrom: {m.first} {m.last} <{m.address}>\nDate: {m.sent.month}/{m.sent.day}/"
            f"{m.sent.year}, {_twelve_hour(m.sent)}\nTo: Records <records@county.example.gov>\n\n{m.body}")


def _groupwise(m: Message) -> str:
    return (f'From:     "{m.last}, {m.first}" <{m.address}>\nTo:       <records@county.example.gov>\nDate:     '
            f"{m.sent.month}/{m.sent.day}/{m.sent.year} {_twelve_hour(m.sent)}\nSubject:  {m.subject}\n\n{m.body}")


def _outlook_web(m: Message) -> str:
    return (f"{m.last}, {m.first} <{m.address}>\n{m.sent:%a} {m.sent.month}/{m.sent.day}/{m.sent.year} "
            f"{_twelve_hour(m.sent)}\nTo: Records Unit <records@county.example.gov>;\n\n{m.body}")


LAYOUTS = [_outlook, _gmail, _lotus_columns, _lotus_stacked, _apple, _thunderbird, _groupwise, _outlook_web]


@st.composite
def messages(draw: st.DrawFn) -> Message:
    first, last, domain = draw(st.sampled_from(PEOPLE))
    sent = draw(st.datetimes(dt.datetime(2012, 1, 1), dt.datetime(2022, 12, 31))).replace(second=0, microsecond=0)
    sentences = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4))
    return Message(first, last, domain, sent, draw(st.sampled_from(SUBJECTS)), " ".join(sentences) + f"\n\n{first}")


SEPARATORS = ["", "-----Original Message-----", "________________________________",
              "---------- Forwarded message ---------", "Begin forwarded message:"]


def _quoted_copy(m: Message) -> str:
    """A reply's quote of an earlier message: "On ... wrote:" over its lines, each marked ">"."""
    intro = f"On {m.sent:%a, %b} {m.sent.day}, {m.sent.year} at {_twelve_hour(m.sent)}, {m.first} {m.last} <{m.address}> wrote:"
    return intro + "\n" + "\n".join(f"> {line}" for line in m.body.split("\n"))


@st.composite
def threads(draw: st.DrawFn) -> tuple[str, list[Message], int]:
    """A thread's text, its messages in order, and how many quoted copies of earlier messages it prints."""
    drawn = draw(st.lists(messages(), min_size=1, max_size=5, unique_by=lambda m: m.sent))
    parts = []
    copies = 0
    for number, message in enumerate(drawn):
        parts.append(draw(st.sampled_from(SEPARATORS)))
        parts.append(draw(st.sampled_from(LAYOUTS))(message))
        if number and draw(st.booleans()):
            parts.append("\n" + _quoted_copy(drawn[draw(st.integers(0, number - 1))]))
            copies += 1
        parts.append(draw(st.sampled_from(FURNITURE)))
    return "\n".join(parts), drawn, copies


def _found(message: SplitMessage, wanted: Message) -> bool:
    return (message.sent_at_local == wanted.sent
            and name_words(message.sender_name) | {message.sender_address or ""} >= {wanted.first.lower(), wanted.last.lower()}
            | ({wanted.address} if message.sender_address else set()))


GENERATED = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@GENERATED
@given(threads())
def test_every_generated_message_is_found_and_nothing_else(thread: tuple[str, list[Message], int]) -> None:
    text, wanted, copies = thread
    found = split_printed_thread(text)
    assert len(found) == len(wanted), [(m.sender_name, m.sent_at_text) for m in found]
    assert sum(len(message.copies) for message in found) == copies
    for message, expected in zip(found, wanted, strict=True):
        assert _found(message, expected), (message.sender_name, message.sender_address, message.sent_at_local, expected)
        assert message.body.startswith(expected.body.split()[0])
        assert message.body.endswith(expected.first)  # the signature stays in the body


@GENERATED
@given(threads())
def test_spans_are_inside_the_text_in_order_and_never_overlap(thread: tuple[str, list[Message], int]) -> None:
    text, _, _ = thread
    found = split_printed_thread(text)
    spans = [(m.char_start, m.char_end) for m in found]
    end = 0
    for start, stop in spans:
        assert end <= start < stop <= len(text)
        end = stop
    # A quoted copy lies inside the message that quotes it, or between messages; it never straddles one.
    for start, stop in (copy for m in found for copy in m.copies):
        assert 0 <= start < stop <= len(text)
        assert all(stop <= first or last <= start or first <= start < stop <= last for first, last in spans)


@GENERATED
@given(threads())
def test_splitting_a_message_alone_gives_that_message(thread: tuple[str, list[Message], int]) -> None:
    text, _, _ = thread
    for message in split_printed_thread(text):
        # A quote of an earlier message printed under this one is, alone, a message known only from its quote.
        (again,) = [m for m in split_printed_thread(text[message.char_start : message.char_end]) if m.kind != "quoted"]
        assert (again.sender_name, again.sent_at_local, again.subject, again.body) == (
            message.sender_name, message.sent_at_local, message.subject, message.body)
        if message.notes is None:  # not an address another header of the thread printed
            assert again.sender_address == message.sender_address


@GENERATED
@given(threads(), st.sampled_from(LAYOUTS), messages())
def test_a_header_quoted_in_a_body_is_never_a_message(thread: tuple[str, list[Message], int], layout, quoted: Message) -> None:  # type: ignore[no-untyped-def]
    text, wanted, _ = thread
    quote = "\n".join(f"> {line}" for line in layout(quoted).split("\n"))
    body_end = text.index(wanted[0].body) + len(wanted[0].body)
    with_quote = f"{text[:body_end]}\n\n{quote}\n{text[body_end:]}"
    found = split_printed_thread(with_quote)
    assert len(found) == len(wanted)
    assert all(_found(message, expected) for message, expected in zip(found, wanted, strict=True))
