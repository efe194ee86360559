"""A sender's organisation comes from the address's domain, else from the signature."""

from __future__ import annotations

from foia.extract.entities import Gazetteer
from foia.messages.organisations import sender_organisation
from foia.messages.printed import split_printed_thread

SIGNED = """From: Pat Kim <(b)(6)>
Sent: Tuesday, March 6, 2018 2:40 PM
To: Morgan Lee
Subject: RE: estimate

Thanks, we will review it.

Sgt. Pat Kim
Washington County Sheriff's Office
"""


def test_organisation_from_domain_then_signature() -> None:
    gazetteer = Gazetteer.load()
    (signed,) = split_printed_thread(SIGNED)
    assert signed.sender_address is None
    found = sender_organisation(signed, gazetteer)
    assert found is not None and (found.kind, found.name) == ("agency", "Washington County Sheriff's Office")
    (vendor,) = split_printed_thread(SIGNED.replace("<(b)(6)>", "<mlee@aws.amazon.com>"))
    found = sender_organisation(vendor, gazetteer)
    assert found is not None and found.name == "Amazon Web Services"
    (unknown,) = split_printed_thread(SIGNED.replace("Washington County Sheriff's Office", "Records Unit"))
    assert sender_organisation(unknown, gazetteer) is None


def test_organisation_named_with_the_sender() -> None:
    (message,) = split_printed_thread(SIGNED.replace("Pat Kim <(b)(6)>", "Records Unit, Orlando Police <(b)(6)>")
                                      .replace("Washington County Sheriff's Office", "Records"))
    found = sender_organisation(message, Gazetteer.load())
    assert found is not None and found.name == "Orlando Police Department"


def test_stored_sender_organisation_uses_aliases_added_to_the_database(db_url: str, engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select
    from sqlalchemy.orm import Session
    from typer.testing import CliRunner

    from foia.cli import app
    from foia.models import Agency, Message
    from tests.pdfs import write_text_pdf

    thread = SIGNED.replace("<(b)(6)>", "<pkim@harbor-so.example.gov>").replace("Washington County Sheriff's Office", "")
    write_text_pdf(tmp_path / "harbor.pdf", [thread])
    runner = CliRunner()
    added = runner.invoke(app, ["--db", db_url, "alias", "add", "agency", "@harbor-so.example.gov", "Harbor County SO"])
    assert added.exit_code == 0, added.output
    assert runner.invoke(app, ["--db", db_url, "import", str(tmp_path / "harbor.pdf")]).exit_code == 0
    with Session(engine) as session:
        message = session.scalars(select(Message)).one()
        assert message.sender_agency_id == session.scalar(select(Agency.id).where(Agency.name == "Harbor County SO"))
