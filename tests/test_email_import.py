"""Native email through the whole import on SQLite and PostgreSQL: attachments become linked child
documents that go through the same pipeline; hostile attachments fail alone with a reason; the same
message in several releases is linked, not counted twice; senders get their organisation."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import foia.ingest
from foia.models import Agency, Attachment, Cost, Document, Message, Vendor
from foia.orchestration.batch import import_paths
from tests.pdfs import write_text_pdf
from tests.test_email_native import make_email

QUOTE_PAGE = """Amazon Web Services - estimate for Washington County Sheriff's Office
Rekognition image analysis for the booking photo collection: $1,200 per month."""


def _zip_bomb() -> bytes:
    """A small zip (about 100 kB) whose member would inflate to 100 MB: foia must never inflate it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("photos.bin", b"\0" * (100 * 1024 * 1024))
    return buffer.getvalue()


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    return _zip_bomb()


def test_eml_with_pdf_nested_email_and_hostile_attachments(engine, tmp_path: Path, zip_bomb: bytes,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(foia.ingest, "MAX_ATTACHMENT_BYTES", 200_000)  # a small cap, so the test stays fast
    pdf = write_text_pdf(tmp_path / "quote.pdf", [QUOTE_PAGE]).read_bytes()
    message = make_email()
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="../quote.pdf")
    message.add_attachment(make_email(subject="Older note", body="See the earlier pricing.\n", message_id="<old@amazon.com>"))
    message.add_attachment(zip_bomb, maintype="application", subtype="zip", filename="photos.zip")
    message.add_attachment(b"%PDF-1.4\n" + b"0" * 300_000, maintype="application", subtype="pdf", filename="scan.pdf")
    release = tmp_path / "release"
    release.mkdir()
    (release / "estimate.eml").write_bytes(bytes(message))

    report = import_paths(engine, [release])
    assert [outcome.status for outcome in report.outcomes] == ["imported"]
    with Session(engine) as session:
        parent = session.scalars(select(Document).where(Document.parent_id.is_(None))).one()
        assert parent.media_type == "message/rfc822"
        (stored,) = parent.messages
        assert stored.kind == "native" and stored.header_message_id == "<est-1@amazon.com>"
        children = {d.file_name: d for d in session.scalars(select(Document).where(Document.parent_id == parent.id))}
        assert set(children) == {"quote.pdf", "Older note.eml", "photos.zip", "scan.pdf"}
        assert children["quote.pdf"].status == "imported" and children["Older note.eml"].status == "imported"
        assert children["photos.zip"].status == "imported"  # the archive reads; its bomb of a member does not
        (bomb,) = session.scalars(select(Document).where(Document.parent_id == children["photos.zip"].id))
        assert (bomb.file_name, bomb.status) == ("photos.bin", "failed") and "decompression bomb" in (bomb.error or "")
        assert "attachment too large" in (children["scan.pdf"].error or "")
        links = session.scalars(select(Attachment).where(Attachment.message_id == stored.id)).all()
        assert {link.file_name for link in links} == set(children)
        cost = session.scalars(select(Cost).where(Cost.page_id.in_([p.id for p in children["quote.pdf"].pages]))).one()
        assert cost.quote == "$1,200 per month"
        assert children["Older note.eml"].messages[0].subject == "Older note"


def test_same_message_in_two_releases_is_linked_and_senders_get_organisations(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "a"
    second = tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "estimate.eml").write_bytes(bytes(make_email()))
    printed = """From: Sam Patel <spatel@amazon.com>
Sent: Tuesday, March 6, 2018 9:14 AM
To: Dana Reyes
Subject: Rekognition estimate

Dana,
The estimate is $1,200 per month.

-----Original Message-----
From: Dana Reyes <dreyes@co.washington.or.us>
Sent: Monday, March 5, 2018 3:00 PM
To: Sam Patel
Subject: estimate?

Could you send an estimate?
Dana Reyes
Washington County Sheriff's Office"""
    write_text_pdf(second / "printed.pdf", [printed])
    import_paths(engine, [first])
    import_paths(engine, [second])
    with Session(engine) as session:
        native = session.scalars(select(Message).where(Message.kind == "native")).one()
        copy, question = session.scalars(select(Message).where(Message.kind == "printed").order_by(Message.position)).all()
        assert native.duplicate_of_id is None
        assert copy.duplicate_of_id == native.id and copy.fingerprint == native.fingerprint
        assert question.duplicate_of_id is None
        assert session.get(Vendor, copy.sender_vendor_id).name == "Amazon Web Services"  # type: ignore[union-attr]
        agency = session.get(Agency, question.sender_agency_id)
        assert agency is not None and agency.name == "Washington County Sheriff's Office"


def test_copies_inside_one_mailbox_point_at_the_first(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The same email twice in one .mbox (a forward kept in two folders) is one message and a copy; an
    email earlier stored from another release is the original of both."""
    import mailbox
    from email.message import EmailMessage

    def email(message_id: str, subject: str) -> EmailMessage:
        message = EmailMessage()
        message["From"], message["To"] = "Sam Patel <spatel@amazon.com>", "dreyes@co.washington.or.us"
        message["Subject"], message["Date"] = subject, "Tue, 6 Mar 2018 09:14:00 -0800"
        message["Message-ID"] = message_id
        message.set_content(f"{subject}: the estimate is $1,200 per month.")
        return message

    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    box = mailbox.mbox(str(tmp_path / "one" / "export.mbox"), create=True)
    for message_id, subject in (("<a@x>", "Estimate"), ("<b@x>", "Storage"), ("<a@x>", "Estimate"), ("<b@x>", "Storage")):
        box.add(email(message_id, subject))
    box.flush()
    import_paths(engine, [tmp_path / "one"])
    with Session(engine) as session:
        first_a, first_b, copy_a, copy_b = session.scalars(select(Message).order_by(Message.position)).all()
        assert (first_a.duplicate_of_id, first_b.duplicate_of_id) == (None, None)
        assert (copy_a.duplicate_of_id, copy_b.duplicate_of_id) == (first_a.id, first_b.id)
    other = tmp_path / "two" / "again.mbox"
    box = mailbox.mbox(str(other), create=True)
    box.add(email("<b@x>", "Storage"))
    box.flush()
    import_paths(engine, [tmp_path / "two"])
    with Session(engine) as session:
        again = session.scalars(select(Message).order_by(Message.id.desc()).limit(1)).one()
        assert again.duplicate_of_id == first_b.id
