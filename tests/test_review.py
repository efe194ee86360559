"""Review through the real CLI: decisions by id, corrections kept beside the original, the
interactive walk driven at its prompt, and evidence shown with the quote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from foia.models import Cost, ReviewDecision
from tests.cli import csv_rows, run
from tests.pdfs import write_text_pdf

THREAD = [
    """From: Morgan Lee <mlee@amazon.com>
Sent: Tuesday, March 6, 2018 9:14 AM
To: Sgt. Pat Kim <pkim@co.washington.or.us>
Subject: Rekognition estimate

Sergeant Kim,
For the booking photo collection we estimate between $6 and $12 a month for Rekognition.
Storage for the archive adds $24,000/yr.""",
]



def costs(db_url: str, *extra: str) -> dict[str, dict[str, str]]:
    rows = csv_rows(run(db_url, "costs", "--format", "csv", *extra).stdout)
    return {row["quote"]: row for row in rows}


@pytest.fixture
def loaded(db_url: str, tmp_path: Path) -> str:
    write_text_pdf(tmp_path / "wcso.pdf", THREAD, footer="WCSO {page:06d}")
    assert run(db_url, "import", str(tmp_path / "wcso.pdf")).exit_code == 0
    return db_url


def test_verify_reject_and_correct_by_id(loaded: str, engine) -> None:  # type: ignore[no-untyped-def]
    before = costs(loaded)
    monthly, yearly = before["between $6 and $12 a month"]["id"], before["$24,000/yr"]["id"]
    assert run(loaded, "review", "verify", monthly, "--reviewer", "ana", "--note", "checked p.1").exit_code == 0
    corrected = run(loaded, "review", "correct", yearly, "--amount-min", "20,000", "--amount-max", "20000",
                    "--reviewer", "ana", "--note", "OCR read 24")
    assert corrected.exit_code == 0, corrected.stderr
    after = costs(loaded)
    assert after["between $6 and $12 a month"]["status"] == "verified"
    fixed = after["$24,000/yr"]
    assert (fixed["status"], fixed["amount_min"], fixed["amount_max"], fixed["monthly_usd_max"]) == (
        "corrected", "20000", "20000", "1666.666667")
    with Session(engine) as session:
        decision = session.scalars(select(ReviewDecision).where(ReviewDecision.action == "correct")).one()
        assert decision.reviewer == "ana" and decision.note == "OCR read 24"
        assert json.loads(decision.original)["amount_min"] == "24000.000000"
        assert json.loads(decision.corrected) == {"amount_min": "20000", "amount_max": "20000"}
    shown = run(loaded, "show", "fact", yearly)
    assert "corrected" in shown.stdout and "was" in shown.stdout and "OCR read 24" in shown.stdout

    assert run(loaded, "review", "reject", monthly, "--reviewer", "ben").exit_code == 0
    assert "between $6 and $12 a month" not in {row["quote"] for row in csv_rows(
        run(loaded, "export", "costs").stdout)}


def test_bad_decisions_are_refused_whole(loaded: str, engine) -> None:  # type: ignore[no-untyped-def]
    ids = [row["id"] for row in costs(loaded).values()]
    result = run(loaded, "review", "verify", ids[0], "C999999")
    assert result.exit_code == 2 and "no fact C999999" in result.stderr
    assert costs(loaded)["between $6 and $12 a month"]["status"] == "unreviewed"  # nothing half-recorded
    for args, reason in (
        (("review", "verify", "12"), "not a fact id"),
        (("review", "correct", ids[0], "--period", "fortnight"), "period"),
        (("review", "correct", ids[0], "--amount-min", "50"), "above amount_max"),
        (("review", "correct", ids[0], "--count", "5"), "cannot correct count"),
    ):
        outcome = run(loaded, *args)
        assert outcome.exit_code == 2, args
        assert reason in outcome.stderr and "Traceback" not in outcome.output
    with Session(engine) as session:
        assert session.scalars(select(ReviewDecision)).all() == []


def test_interactive_walk_at_the_prompt(loaded: str, engine) -> None:  # type: ignore[no-untyped-def]
    pending = sorted(costs(loaded).values(), key=lambda row: (float(row["confidence"]), row["id"]))
    assert len(pending) == 2
    # First fact: a note, then a correction with a note; second fact: a rejection with a note.
    answers = "n\nask the vendor\nc fixed period\nperiod=year amount_min=6\nr wrong vendor\n"
    result = run(loaded, "review", "--kind", "costs", "--reviewer", "kim", input=answers)
    assert result.exit_code == 0, result.output
    assert "1 of 2" in result.stdout and "2 of 2" in result.stdout
    with Session(engine) as session:
        decisions = session.scalars(select(ReviewDecision).order_by(ReviewDecision.id)).all()
        assert [(d.action, d.note, d.reviewer) for d in decisions] == [
            ("note", "ask the vendor", "kim"), ("correct", "fixed period", "kim"), ("reject", "wrong vendor", "kim")]
        first = session.get(Cost, int(pending[0]["id"][1:]))
        assert first.review_status == "corrected" and first.period == "year"
        assert session.get(Cost, int(pending[1]["id"][1:])).review_status == "rejected"
    again = run(loaded, "review", "--kind", "costs", input="q\n")
    assert "nothing to review" in again.stderr


def test_a_key_after_verify_is_a_key_not_a_note(loaded: str, engine) -> None:  # type: ignore[no-untyped-def]
    """v records at once: the s typed next skips the second fact instead of becoming v's note."""
    result = run(loaded, "review", "--kind", "costs", "--reviewer", "kim", input="?\nv\ns\n")
    assert result.exit_code == 0, result.output
    assert "n          note" in result.stderr  # the keys, after ?
    assert "1 decision recorded; nothing left to review" in result.stderr
    with Session(engine) as session:
        decisions = session.scalars(select(ReviewDecision)).all()
        assert [(d.action, d.note) for d in decisions] == [("verify", None)]
        assert sorted(cost.review_status for cost in session.scalars(select(Cost))) == ["unreviewed", "verified"]


def test_show_fact_highlights_the_quote_in_its_page(loaded: str) -> None:
    fact = costs(loaded)["between $6 and $12 a month"]["id"]
    shown = run(loaded, "show", "fact", fact)
    assert shown.exit_code == 0
    assert "wcso.pdf" in shown.stdout and "WCSO 000001" in shown.stdout
    assert "between $6 and $12 a month" in " ".join(shown.stdout.split())
    assert "Rekognition estimate" in shown.stdout  # the message's subject
    assert run(loaded, "show", "fact", "C424242").stderr.startswith("error: no fact C424242")
    document = run(loaded, "show", "document", "1")
    assert "WCSO 000001" in document.stdout and "imported" in document.stdout
    message = run(loaded, "show", "message", "1")
    assert "Morgan Lee" in message.stdout and "booking photo collection" in message.stdout


OTHER_RELEASE = [
    """From: Budget Office <budget@county-finance.example.org>
Sent: Monday, April 2, 2018 8:00 AM
To: Records <records@county-finance.example.org>
Subject: Face matching line item

The face matching service is budgeted at $7/mo per analyst seat."""
]


def test_merge_two_names_for_one_agency_and_undo(loaded: str, tmp_path: Path) -> None:
    write_text_pdf(tmp_path / "other" / "budget.pdf", OTHER_RELEASE)
    assert run(loaded, "import", str(tmp_path / "other"), "--agency", "Wash. Co. Sheriff").exit_code == 0

    def agencies() -> dict[str, dict[str, str]]:
        rows = csv_rows(run(loaded, "agencies", "--format", "csv").stdout)
        return {row["agency"]: row for row in rows}

    wcso = "Washington County Sheriff's Office (OR)"
    assert agencies()["Wash. Co. Sheriff"]["documents"] == "1"
    assert costs(loaded, "--agency", "Wash. Co. Sheriff")["$7/mo per analyst seat"]["agency"] == "Wash. Co. Sheriff"

    merged = run(loaded, "alias", "merge", "Wash. Co. Sheriff", "WCSO")
    assert merged.exit_code == 0, merged.stderr
    assert "merge 1" in merged.stderr
    after = agencies()
    assert "Wash. Co. Sheriff" not in after
    assert after[wcso]["documents"] == "2"
    by_alias = costs(loaded, "--agency", "Wash. Co. Sheriff")  # the old name is now an alias
    assert by_alias["$7/mo per analyst seat"]["agency"] == wcso
    listed = [line.split("\t") for line in run(loaded, "alias", "list", "agency").stdout.splitlines()]
    assert [wcso, "3", "Wash. Co. Sheriff"] in [row[1:] for row in listed]

    assert run(loaded, "alias", "unmerge", "1").exit_code == 0
    restored = agencies()
    assert restored["Wash. Co. Sheriff"]["documents"] == "1"
    assert restored[wcso]["documents"] == "1"
    assert costs(loaded)["$7/mo per analyst seat"]["agency"] == "Wash. Co. Sheriff"
    again = run(loaded, "alias", "unmerge", "1")
    assert again.exit_code == 2 and "already undone" in again.stderr
    unknown = run(loaded, "alias", "merge", "Nobody At All", "WCSO")
    assert unknown.exit_code == 2 and "Traceback" not in unknown.output
