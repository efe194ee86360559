"""Email as mail programs really write it: long transport headers, MIME fragments without From:,
attachments at any depth of multipart/alternative, mixed, related and digest, inline text after an
attachment, names with commas, and the same failed attachment on two emails."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.ingest import ingest_bytes, sniff_media_type
from foia.ingest.msg import outlook_address_list
from foia.models import Attachment, Document, Message
from foia.orchestration.batch import import_paths
from foia.orchestration.options import ImportOptions
from tests.cli import run
from tests.pdfs import write_text_pdf
from tests.test_email_native import make_email

PDF_PAGE = "Purchase order 4471: Clearview AI, face search licence, $9,500 per year."


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return write_text_pdf(tmp_path_factory.mktemp("pdf") / "po.pdf", [PDF_PAGE]).read_bytes()


def _part(content_type: str, body: bytes | str, *, filename: str | None = None) -> EmailMessage:
    part = EmailMessage()
    maintype, subtype = content_type.split("/")
    if isinstance(body, str):
        part.set_content(body, subtype=subtype)
    else:
        part.set_content(body, maintype=maintype, subtype=subtype, filename=filename)
    return part


def _multipart(subtype: str, *parts: EmailMessage, headers: bool = False) -> EmailMessage:
    container = make_email() if headers else EmailMessage()
    if headers:
        container.clear_content()
    container.set_type(f"multipart/{subtype}")
    for part in parts:
        container.attach(part)
    return container


def test_gmail_download_with_10kb_of_transport_headers_before_from_is_an_email() -> None:
    message = make_email()
    del message["From"]
    received = b"".join(b"Received: from mx%d.google.com (mx%d.google.com [10.0.0.%d])\r\n"
                        b"        by smtp.gmail.com with ESMTPS id x%d; Tue, 6 Mar 2018 09:14:00 -0800\r\n" % (n, n, n, n)
                        for n in range(60))
    arc = (b"ARC-Seal: i=1; a=rsa-sha256; t=1520356440; cv=none; d=google.com; s=arc-20160816;\r\n"
           + b"        b=" + b"A" * 300 + b"\r\n")
    data = received + arc * 10 + b"From: Sam Patel <spatel@amazon.com>\r\n" + bytes(message)
    assert data.index(b"From:") > 10_000
    assert sniff_media_type(data[:65536], "message.eml") == "message/rfc822"
    (native,) = ingest_bytes(data, "message.eml").messages or []
    assert native.sender_address == "spatel@amazon.com" and "$1,200 per month" in native.body


def test_mime_fragment_without_from_is_read_with_its_attachment(pdf_bytes: bytes) -> None:
    fragment = _multipart("mixed", _part("text/plain", "See the purchase order.\n"),
                          _part("application/pdf", pdf_bytes, filename="po.pdf"))
    data = bytes(fragment)
    assert not data.startswith(b"From") and sniff_media_type(data, "part") == "message/rfc822"
    document = ingest_bytes(data, "part")
    (native,) = document.messages or []
    assert native.sender_name is None and native.body == "See the purchase order."
    assert [(a.file_name, a.data) for a in document.attachments] == [("po.pdf", pdf_bytes)]


def test_bare_rfc822_wrapper_is_unwrapped_to_the_message_inside() -> None:
    data = b"Content-Type: message/rfc822\r\n\r\n" + bytes(make_email(subject="Wrapped estimate"))
    assert sniff_media_type(data, "wrapped") == "message/rfc822"
    document = ingest_bytes(data, "wrapped")
    (native,) = document.messages or []
    assert (native.subject, native.sender_address, document.attachments) == ("Wrapped estimate", "spatel@amazon.com", [])


def test_pdf_inside_alternative_inside_mixed_apple_mail_layout_is_attached(pdf_bytes: bytes) -> None:
    """Apple Mail: mixed[alternative[plain, mixed[html, pdf, html]]]: the body is the plain text, and
    the PDF that sits only in the HTML alternative is still an attachment."""
    html_branch = _multipart("mixed", _part("text/html", "<p>See the order.</p>"),
                             _part("application/pdf", pdf_bytes, filename="po.pdf"), _part("text/html", "<p>Thanks</p>"))
    message = _multipart("mixed", _multipart("alternative", _part("text/plain", "See the order.\n\nThanks\n"), html_branch),
                         headers=True)
    document = ingest_bytes(bytes(message), "apple.eml")
    (native,) = document.messages or []
    assert native.body == "See the order.\n\nThanks"
    assert [(a.file_name, a.data) for a in document.attachments] == [("po.pdf", pdf_bytes)]


def test_pdf_inside_nested_mixed_is_attached_with_its_content(pdf_bytes: bytes) -> None:
    inner = _multipart("mixed", _part("text/plain", "Forwarding the order.\n"), _part("application/pdf", pdf_bytes,
                                                                                      filename="po.pdf"))
    message = _multipart("mixed", _multipart("related", inner), headers=True)
    document = ingest_bytes(bytes(message), "nested.eml")
    assert [(a.file_name, len(a.data)) for a in document.attachments] == [("po.pdf", len(pdf_bytes))]


def test_digest_of_five_messages_gives_five_attached_emails() -> None:
    digest = _multipart("digest", *[_digest_part(number) for number in range(5)])
    message = _multipart("mixed", _part("text/plain", "This week's list digest.\n"), digest, headers=True)
    document = ingest_bytes(bytes(message), "digest.eml")
    names = [a.file_name for a in document.attachments]
    assert names == [f"Budget question {number}.eml" for number in range(5)]
    assert [a.failure for a in document.attachments] == [None] * 5
    assert (ingest_bytes(document.attachments[3].data, names[3]).messages or [])[0].subject == "Budget question 3"


def _digest_part(number: int) -> EmailMessage:
    part = EmailMessage()
    part.set_content(make_email(subject=f"Budget question {number}", message_id=f"<q{number}@x.gov>"))
    return part


def test_inline_text_parts_after_the_first_stay_in_the_body(pdf_bytes: bytes) -> None:
    message = _multipart("mixed", _part("text/plain", "Here is the order.\n"), _part("application/pdf", pdf_bytes,
                                                                                     filename="po.pdf"),
                         _part("text/plain", "And the signed copy follows.\n"), headers=True)
    document = ingest_bytes(bytes(message), "inline.eml")
    (native,) = document.messages or []
    assert native.body == "Here is the order.\n\nAnd the signed copy follows."
    assert [a.file_name for a in document.attachments] == ["po.pdf"]


def test_recipients_with_commas_in_names_read_back_exactly() -> None:
    message = make_email()
    message.replace_header("To", '"Smith, Jane" <j@x.gov>, "Roe, Richard" <r@y.com>')
    del message["Cc"]
    message["Cc"] = 'records@x.gov, "O\'Neil \\"Doc\\" Ray" <d@x.gov>'
    (native,) = ingest_bytes(bytes(message), "m.eml").messages or []
    assert getaddresses([native.recipients or ""]) == [("Smith, Jane", "j@x.gov"), ("Roe, Richard", "r@y.com")]
    assert getaddresses([native.cc or ""]) == [("", "records@x.gov"), ('O\'Neil "Doc" Ray', "d@x.gov")]


def test_outlook_recipients_joined_by_semicolons_read_back_exactly() -> None:
    listed = outlook_address_list("Smith, Jane <j@x.gov>; Roe, Richard <r@y.com>; plain@z.org")
    assert getaddresses([listed or ""]) == [("Smith, Jane", "j@x.gov"), ("Roe, Richard", "r@y.com"), ("", "plain@z.org")]
    assert outlook_address_list("Jane Smith; Richard Roe") == "Jane Smith; Richard Roe"  # names only: left alone


def test_sender_without_an_address_keeps_the_name() -> None:
    message = make_email()
    message.replace_header("From", "records")
    (native,) = ingest_bytes(bytes(message), "m.eml").messages or []
    assert (native.sender_name, native.sender_address) == ("records", None)


def _email_with(attachment: bytes, name: str, subject: str) -> bytes:
    message = make_email(subject=subject, message_id=f"<{subject.replace(' ', '-')}@x.gov>")
    message.add_attachment(attachment, maintype="application", subtype="octet-stream", filename=name)
    return bytes(message)


def test_same_failed_attachment_on_two_emails_keeps_both_links(engine: Engine, tmp_path: Path) -> None:
    """The second email's copy of an unreadable attachment must not delete the first email's link to it."""
    release = tmp_path / "release"
    release.mkdir()
    blob = b"\x00\x01 proprietary scanner format \x02" * 40
    (release / "one.eml").write_bytes(_email_with(blob, "scan.dat", "First notice"))
    (release / "two.eml").write_bytes(_email_with(blob, "scan-copy.dat", "Second notice"))
    report = import_paths(engine, [release], options=ImportOptions(workers=1))
    assert [o.status for o in report.outcomes] == ["imported", "imported"]
    assert report.failed_children == 2  # each email reports its failed attachment
    with Session(engine) as session:
        (failed,) = session.scalars(select(Document).where(Document.status == "failed")).all()
        assert "not a supported format" in (failed.error or "")
        links = session.execute(select(Message.subject, Attachment.file_name).join(Attachment,
                                                                                   Attachment.message_id == Message.id)
                                .where(Attachment.document_id == failed.id).order_by(Message.subject)).all()
        assert [tuple(link) for link in links] == [("First notice", "scan.dat"), ("Second notice", "scan-copy.dat")]


def test_failed_attachments_are_printed_and_counted(db_url: str, tmp_path: Path, pdf_bytes: bytes) -> None:
    message = make_email()
    message.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename="po.pdf")
    message.add_attachment(b"\x00 not a document", maintype="application", subtype="octet-stream", filename="blob.bin")
    (tmp_path / "mail.eml").write_bytes(bytes(message))
    result = run(db_url, "import", str(tmp_path / "mail.eml"), "--workers", "1")
    assert result.exit_code == 1, result.output
    assert "failed attachment" in result.output and "mail.eml#blob.bin: not a supported format" in result.output
    assert "attachments and archive members: imported 1, failed 1" in result.output


def test_damaged_nested_mime_never_raises_anything_but_a_reason() -> None:
    """Every cut of a nested message reads, or is refused with IngestError: never another exception."""
    message = _multipart("mixed", _multipart("alternative", _part("text/plain", "a\n"), _part("text/html", "<b>a</b>")),
                         _multipart("digest", _digest_part(1), _digest_part(2)), headers=True)
    data = bytes(message)
    for cut in range(0, len(data), max(1, len(data) // 200)):
        try:
            ingest_bytes(data[:cut] or b" ", "cut.eml")
        except Exception as exc:  # noqa: BLE001
            assert type(exc).__name__ == "IngestError", (cut, exc)


def test_single_message_saved_with_an_mbox_from_line_is_an_email() -> None:
    data = b"From records@x.gov\r\n" + bytes(make_email(subject="Saved from Thunderbird"))
    assert sniff_media_type(data, "saved.eml") == "message/rfc822"
    assert (ingest_bytes(data, "saved.eml").messages or [])[0].subject == "Saved from Thunderbird"


def test_apple_mail_emlx_is_read_without_its_byte_count_and_property_list() -> None:
    message = bytes(make_email(subject="From Apple Mail"))
    data = b"%d        \n" % len(message) + message + b'<?xml version="1.0"?>\n<plist version="1.0"><dict/></plist>\n'
    assert sniff_media_type(data, "12.emlx") == "message/rfc822"
    (native,) = ingest_bytes(data, "12.emlx").messages or []
    assert native.subject == "From Apple Mail" and "plist" not in native.body


def test_one_broken_header_line_among_many_does_not_hide_an_email() -> None:
    data = bytes(make_email()).replace(b"Subject:", b"X-Broken header line without a colon\r\nSubject:", 1)
    assert sniff_media_type(data, "m.eml") == "message/rfc822"


def test_minimal_email_with_from_address_to_and_subject_is_an_email() -> None:
    minimal = 'From: "Jöhn Doe" <jdoe@example.gov>\r\nTo: records@example.gov\r\nSubject: Hi\r\n\r\nBody\r\n'.encode()
    assert sniff_media_type(minimal, "m.eml") == "message/rfc822"
