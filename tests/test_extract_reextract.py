"""`foia reextract` and `foia alias`: extraction redone over stored pages, review decisions kept, and
user-added names applied, on SQLite and PostgreSQL through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from foia.models import Agency, Cost, Document, Page, Policy, UsageCount
from tests.cli import run
from tests.pdfs import write_text_pdf

PAGES = [
    """From: Lena Park <lpark@amazon.com>
Sent: Tuesday, May 14, 2019 9:02 AM
To: Sgt. Ray Alvarez <ralvarez@harbor-so.example.gov>
Subject: Rekognition estimate

Sergeant Alvarez,
Amazon Rekognition would run about $6-8 a month for your 40,000 booking photos.
Image analysis is priced at $1 per 1,000 images.
Lena""",
    """From: Sgt. Ray Alvarez <ralvarez@harbor-so.example.gov>
Sent: Tuesday, May 14, 2019 1:15 PM
To: Lena Park <lpark@amazon.com>
Subject: RE: Rekognition estimate

Thanks. Investigators are not permitted to arrest anyone based solely on a face recognition match.
Ray""",
]



@pytest.fixture
def imported(db_url: str, tmp_path: Path) -> str:
    pdf = write_text_pdf(tmp_path / "harbor.pdf", PAGES)
    assert run(db_url, "import", str(pdf)).exit_code == 0
    return db_url


def facts(session: Session) -> list[Cost | UsageCount | Policy]:
    return [*session.scalars(select(Cost)), *session.scalars(select(UsageCount)), *session.scalars(select(Policy))]


def test_reextract_keeps_reviewed_facts_flags_vanished_quotes_and_replaces_the_rest(imported: str, engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session, session.begin():
        before = {(type(f).__name__, f.quote) for f in facts(session)}
        assert ("Cost", "$6-8 a month") in before and ("Policy", next(q for k, q in before if k == "Policy")) in before
        monthly = session.scalar(select(Cost).where(Cost.quote == "$6-8 a month"))
        monthly.review_status = "verified"
        per_image = session.scalar(select(Cost).where(Cost.quote == "$1 per 1,000 images"))
        per_image.review_status = "corrected"
        per_image.amount_min = per_image.amount_max = 2
        # The page text changed under the corrected fact (as after a better OCR): its quote is gone.
        page = session.get(Page, per_image.page_id)
        page.text = page.text.replace("$1 per 1,000 images", "$1 per 1,000 lmages")
        session.execute(update(Document).values(extractor_version="0"))
        kept_ids = {monthly.id, per_image.id}
        corrected_id = per_image.id

    result = run(imported, "reextract")
    assert result.exit_code == 0, result.output
    assert "re-extracted 1 documents" in result.stderr and "2 reviewed facts kept (1 flagged" in result.stderr

    with Session(engine) as session:
        after = facts(session)
        assert {f.id for f in after} >= kept_ids
        by_quote: dict[str, list] = {}
        for fact in after:
            by_quote.setdefault(fact.quote, []).append(fact)
        (monthly,) = by_quote["$6-8 a month"]  # not duplicated by the new run
        assert (monthly.review_status, monthly.needs_rereview) == ("verified", False)
        corrected = session.get(Cost, corrected_id)
        assert (corrected.review_status, corrected.amount_max, corrected.needs_rereview) == ("corrected", 2, True)
        assert {(type(f).__name__, f.quote) for f in after} >= before - {("Cost", "$1 per 1,000 images")}
        for fact in after:
            if not fact.needs_rereview:
                assert session.get(Page, fact.page_id).text[fact.char_start : fact.char_end] == fact.quote
        assert {d.extractor_version for d in session.scalars(select(Document))} != {"0"}

    assert "re-extracted 0 documents" in run(imported, "reextract").stderr  # nothing stale any more


def test_alias_commands_and_reextract_apply_user_names(imported: str, engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session:
        policy = session.scalar(select(Policy))
        assert policy.agency_id is None  # the sender's domain is unknown to the shipped gazetteer

    added = run(imported, "alias", "add", "agency", "@harbor-so.example.gov", "Harbor County Sheriff's Office")
    assert added.exit_code == 0, added.output
    assert run(imported, "alias", "add", "agency", "Harbor SO", "Harbor County Sheriff's Office").exit_code == 0
    listed = run(imported, "alias", "list", "agency")
    assert "agency\tHarbor County Sheriff's Office\t0\t@harbor-so.example.gov; Harbor SO" in listed.stdout.splitlines()
    clash = run(imported, "alias", "add", "agency", "Harbor SO", "Orlando Police Department")
    assert clash.exit_code == 2 and "already names" in clash.stderr and "Traceback" not in clash.output
    assert run(imported, "alias", "add", "county", "x", "y").exit_code == 2

    assert run(imported, "reextract", "--all").exit_code == 0
    with Session(engine) as session:
        harbor = session.scalar(select(Agency).where(Agency.name == "Harbor County Sheriff's Office"))
        policy = session.scalar(select(Policy))
        assert (policy.agency_id, policy.agency_source) == (harbor.id, "message")

    assert run(imported, "alias", "remove", "agency", "Harbor SO").exit_code == 0
    missing = run(imported, "alias", "remove", "agency", "Harbor SO")
    assert missing.exit_code == 2 and "no agency alias 'Harbor SO'" in missing.stderr
    harbor = [line for line in run(imported, "alias", "list").stdout.splitlines() if "Harbor" in line]
    assert len(harbor) == 1
    kind, name, facts, aliases = harbor[0].split("\t")
    assert (kind, name, aliases) == ("agency", "Harbor County Sheriff's Office", "@harbor-so.example.gov")
    assert int(facts) >= 1  # the re-extracted policy, at least, now names it


def test_facts_in_a_quoted_copy_are_read_once_at_import_and_at_reextract(db_url: str, engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reply_quoting_the_estimate = PAGES[1] + "\n-----Original Message-----\n" + PAGES[0]
    write_text_pdf(tmp_path / "thread.pdf", [PAGES[0], reply_quoting_the_estimate])
    assert run(db_url, "import", str(tmp_path / "thread.pdf")).exit_code == 0

    def readings(session: Session) -> list[tuple[str, int, int | None]]:
        return sorted((fact.quote, session.get_one(Page, fact.page_id).number, fact.message_id)
                      for fact in facts(session))

    with Session(engine) as session:
        first = readings(session)
        quotes = [quote for quote, _, _ in first]
        assert quotes.count("$6-8 a month") == 1 and quotes.count("40,000 booking photos") == 1
        assert all(page == 1 and message is not None for quote, page, message in first if "$6-8" in quote)
    assert run(db_url, "reextract").exit_code == 0
    with Session(engine) as session:
        assert readings(session) == first

