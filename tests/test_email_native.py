"""Native email files (.eml, .mbox, Outlook .msg) read into pages, messages and attachments; bad
input is repaired with a note or refused with a clear reason, never a crash."""

from __future__ import annotations

import datetime as dt
import mailbox
import random
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from foia.ingest import IngestError, ingest_bytes, ingest_file, sniff_media_type
from foia.ingest.email import safe_display_name
from foia.pages import DocumentText
from tests.msg_builder import build_msg

SENT = dt.datetime(2018, 3, 6, 9, 14, tzinfo=dt.timezone(dt.timedelta(hours=-8)))


def make_email(*, subject: str = "Rekognition estimate", body: str = "Dana,\nThe estimate is $1,200 per month.\n",
               sent: dt.datetime = SENT, message_id: str = "<est-1@amazon.com>") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Sam Patel <spatel@amazon.com>"
    message["To"] = "Dana Reyes <dreyes@co.washington.or.us>, records@co.washington.or.us"
    message["Cc"] = "Legal <legal@co.washington.or.us>"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = message_id
    message.set_content(body)
    return message


def test_eml_becomes_one_page_and_one_message_with_offsets(tmp_path: Path) -> None:
    message = make_email()
    message.add_alternative("<html><body><p>Dana,</p><p>The <b>estimate</b></p></body></html>", subtype="html")
    path = tmp_path / "estimate.eml"
    path.write_bytes(bytes(message))
    document = ingest_file(path)
    assert document.media_type == "message/rfc822"
    (native,) = document.messages or []
    assert (native.sender_name, native.sender_address) == ("Sam Patel", "spatel@amazon.com")
    assert native.recipients == "Dana Reyes <dreyes@co.washington.or.us>, records@co.washington.or.us"
    assert native.sent_at == dt.datetime(2018, 3, 6, 17, 14, tzinfo=dt.UTC)
    assert native.sent_at_local == dt.datetime(2018, 3, 6, 9, 14)
    assert native.header_message_id == "<est-1@amazon.com>"
    assert native.body == "Dana,\nThe estimate is $1,200 per month."  # the plain part, not the HTML
    text = DocumentText.from_pages(document.pages).text
    assert text[native.char_start : native.char_end].startswith("From: Sam Patel <spatel@amazon.com>")
    assert "$1,200 per month" in text[native.char_start : native.char_end]


def test_attachments_keep_data_and_get_safe_names(tmp_path: Path) -> None:
    message = make_email()
    message.add_attachment(b"%PDF-1.4 estimate", maintype="application", subtype="pdf", filename="../../etc/passwd\x07.pdf")
    message.add_attachment(make_email(subject="Older note", message_id="<old@amazon.com>"))
    document = ingest_bytes(bytes(message), "mail.eml")
    pdf, inner = document.attachments
    assert (pdf.message_position, pdf.file_name, pdf.data) == (0, "passwd.pdf", b"%PDF-1.4 estimate")
    assert inner.file_name == "Older note.eml"
    assert sniff_media_type(inner.data, inner.file_name) == "message/rfc822"
    assert (ingest_bytes(inner.data, inner.file_name).messages or [])[0].subject == "Older note"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("C:\\Users\\x\\quote.pdf", "quote.pdf"), ("..", "fallback"), ("a/../../b..pdf", "b_pdf"), ("\x00\x1b", "fallback"), (None,
                                                                                                                           "fallback")],
)
def test_display_names_are_never_paths(name: str | None, expected: str) -> None:
    assert safe_display_name(name, "fallback") == expected


def test_unknown_charset_and_broken_mime_decode_with_a_note() -> None:
    raw = (
        b"From: Records <records@co.washington.or.us>\r\nTo: a@b.org\r\nSubject: Release\r\n"
        b"Date: Tue, 06 Mar 2018 09:14:00 -0800\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
        b'--XYZ\r\nContent-Type: text/plain; charset="x-no-such-charset"\r\n\r\nCaf\xe9 budget $500\r\n'
        b"--XYZ\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64"
    )
    document = ingest_bytes(raw, "broken.eml")
    (message,) = document.messages or []
    assert "budget $500" in message.body and "\ufffd" in message.body
    assert message.notes is not None and "replacement characters" in message.notes
    assert "MIME defect" in message.notes  # the unterminated multipart


def test_mbox_gives_one_page_per_message(tmp_path: Path) -> None:
    path = tmp_path / "export.mbox"
    box = mailbox.mbox(path)
    box.add(make_email())
    box.add(make_email(subject="RE: Rekognition estimate", body="Thanks.\n", message_id="<re-1@co.washington.or.us>"))
    box.close()
    document = ingest_file(path)
    assert document.media_type == "application/mbox"
    assert [m.subject for m in document.messages or []] == ["Rekognition estimate", "RE: Rekognition estimate"]
    assert len(document.pages) == 2
    text = DocumentText.from_pages(document.pages).text
    second = (document.messages or [])[1]
    assert text[second.char_start : second.char_end].endswith("Thanks.")


def test_outlook_msg_with_attachment() -> None:
    data = build_msg(sender="Sam Patel", sender_address="spatel@amazon.com", to="Dana Reyes",
                     subject="Rekognition estimate", body="Dana,\r\nThe estimate is $1,200 per month.",
                     sent=dt.datetime(2018, 3, 6, 17, 14, tzinfo=dt.UTC), attachments=[("..\\quote.txt", b"quote text")])
    assert sniff_media_type(data[:4096], "mail.msg") == "application/vnd.ms-outlook"
    document = ingest_bytes(data, "mail.msg")
    (message,) = document.messages or []
    assert (message.sender_name, message.sender_address, message.recipients) == ("Sam Patel", "spatel@amazon.com", "Dana Reyes")
    assert message.sent_at == dt.datetime(2018, 3, 6, 17, 14, tzinfo=dt.UTC)
    assert message.body == "Dana,\nThe estimate is $1,200 per month."
    (attachment,) = document.attachments
    assert (attachment.file_name, attachment.data) == ("quote.txt", b"quote text")


def test_corrupt_msg_is_refused_with_a_reason() -> None:
    data = build_msg(sender="a", sender_address="a@b.org", to="c", subject="s", body="b", sent=SENT)
    with pytest.raises(IngestError, match="unreadable Outlook message"):
        ingest_bytes(data[:1536] + b"\xff" * 2048, "cut.msg")


@pytest.mark.parametrize(
    "head",
    [b"From here on, the pilot is paused.\nSubject to approval.\n", b"%PDF-1.7\n", b"Dear records officer,\nFrom: me\n"],
)
def test_text_that_only_looks_like_mail_is_not_sniffed_as_mail(head: bytes) -> None:
    assert sniff_media_type(head, "notes.txt") in (None, "application/pdf")


def _damaged(data: bytes, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        position = rng.randrange(len(damaged))
        choice = rng.random()
        if choice < 0.4:
            damaged[position] = rng.randrange(256)
        elif choice < 0.7:
            del damaged[position : position + rng.randint(1, 40)]
        else:
            damaged[position:position] = rng.choice([b"\r\n", b":", b"<", b"=?utf-8?q?", b"--", b'"', b"boundary=",
                                                     b"charset=zz"])
    return bytes(damaged)


def test_damaged_files_import_or_fail_with_a_reason() -> None:
    """Seeded random damage to a real .eml and .msg: every outcome is a document or an IngestError."""
    rich = make_email()
    rich.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename="q.pdf")
    rich.add_attachment(make_email(subject="inner"))
    outlook = build_msg(sender="Sam Patel", sender_address="s@amazon.com", to="Dana", subject="s", body="b" * 300,
                        sent=SENT, attachments=[("a.txt", b"x" * 100)])
    rng = random.Random(4)
    outcomes = {"read": 0, "refused": 0}
    for data, name in [(bytes(rich), "mail.eml"), (outlook, "mail.msg")] * 150:
        try:
            ingest_bytes(_damaged(data, rng), name)
            outcomes["read"] += 1
        except IngestError:
            outcomes["refused"] += 1
    assert outcomes["read"] > 0 and outcomes["refused"] > 0


def test_a_printed_thread_saved_as_text_is_not_taken_for_an_eml() -> None:
    printed = b"From: Dana Reyes <d@x.gov>\nSent: Tuesday, March 6, 2018 9:14 AM\nTo: Sam\nSubject: RE: x\n\nThanks.\n"
    assert sniff_media_type(printed, "thread.eml") is None
    assert sniff_media_type(bytes(make_email()), "no-extension") == "message/rfc822"


def test_html_only_email_is_read_as_text() -> None:
    message = make_email()
    message.set_content("<html><head><style>p {color: red}</style></head><body><p>Budget:</p><p>$500 a month</p></body></html>",
                        subtype="html")
    (native,) = ingest_bytes(bytes(message), "html.eml").messages or []
    assert native.body == "Budget:\n$500 a month"  # no markup, no style sheet

