"""Each fact counts once: a re-saved copy of a release, a scanned printout of it, and a figure said twice
in one document point at the first stored fact; the same words from another agency stay a fact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.copies import fact_fingerprint, normalised, same_context
from foia.ingest.ocr import tesseract_path
from foia.models import Cost, Policy, UsageCount
from tests.cli import run
from tests.pdfs import PdfPage, write_pdf, write_text_pdf

QUOTE_THREAD = """From: Dana Whitfield <dwhitfield@clearview.ai>
Sent: Monday, April 8, 2019 10:02 AM
To: Lt. Omar Haddad <ohaddad@ci.salem.or.us>
Subject: Clearview AI renewal for Salem Police Department

Lieutenant Haddad,
The renewal for Salem Police Department is $6,000 per year for ten investigator seats.
Your agency ran more than 2,400 searches last year against our database.
Results are leads only and do not establish probable cause.
Dana Whitfield, Clearview AI"""

OTHER_AGENCY = """From: Dana Whitfield <dwhitfield@clearview.ai>
Sent: Monday, April 8, 2019 11:40 AM
To: Chief Ann Boyd <aboyd@ci.keizer.or.us>
Subject: Clearview AI renewal for Keizer Police Department

Chief Boyd,
The renewal for Keizer Police Department is $6,000 per year for ten investigator seats.
Dana Whitfield, Clearview AI"""


def _facts(engine: Engine) -> list[tuple[str, int, int | None, str]]:
    with Session(engine) as session:
        found = []
        for kind, model in (("costs", Cost), ("usage", UsageCount), ("policies", Policy)):
            found += [(kind, row.id, row.duplicate_of_id, row.quote)
                      for row in session.scalars(select(model).order_by(model.id))]
        return found


def test_a_resaved_copy_links_every_fact_to_the_first(db_url: str, engine: Engine, tmp_path: Path) -> None:
    original = write_text_pdf(tmp_path / "a" / "salem-renewal.pdf", [QUOTE_THREAD])
    resaved = tmp_path / "b" / "salem-renewal (1).pdf"
    resaved.parent.mkdir()
    shutil.copyfile(original, resaved)
    with resaved.open("ab") as handle:
        handle.write(b"\n% re-saved by the records office\n")  # new bytes, new SHA-256, the same record
    assert run(db_url, "import", str(original)).exit_code == 0
    first = _facts(engine)
    assert first and all(duplicate is None for _, _, duplicate, _ in first)
    assert run(db_url, "import", str(resaved)).exit_code == 0
    facts = _facts(engine)
    copies = [fact for fact in facts if fact[:2] not in {f[:2] for f in first}]
    assert len(copies) == len(first)
    originals = {(kind, quote): fact_id for kind, fact_id, _, quote in first}
    assert all(duplicate == originals[(kind, quote)] for kind, _, duplicate, quote in copies)


@pytest.mark.ocr
@pytest.mark.skipif(tesseract_path() is None, reason="needs the tesseract program")
def test_a_scanned_printout_of_a_release_is_a_copy_of_its_text_original(db_url: str, engine: Engine, tmp_path: Path) -> None:
    text_pdf = write_pdf(tmp_path / "salem.pdf", [PdfPage(QUOTE_THREAD)])
    scanned = write_pdf(tmp_path / "salem-scan.pdf", [PdfPage(QUOTE_THREAD, scanned=True)])
    assert run(db_url, "import", str(text_pdf)).exit_code == 0
    first_costs = {fact_id for kind, fact_id, _, _ in _facts(engine) if kind == "costs"}
    assert run(db_url, "import", str(scanned)).exit_code == 0
    scanned_costs = [fact for fact in _facts(engine) if fact[0] == "costs" and fact[1] not in first_costs]
    assert scanned_costs, "the scan's cost was read"
    assert all(duplicate in first_costs for _, _, duplicate, _ in scanned_costs)


def test_the_same_sentence_for_another_agency_is_another_fact(db_url: str, engine: Engine, tmp_path: Path) -> None:
    salem = write_text_pdf(tmp_path / "salem.pdf", [QUOTE_THREAD])
    keizer = write_text_pdf(tmp_path / "keizer.pdf", [OTHER_AGENCY])
    assert run(db_url, "import", str(salem), str(keizer)).exit_code == 0
    costs = [fact for fact in _facts(engine) if fact[0] == "costs"]
    assert len(costs) == 2
    assert all(duplicate is None for _, _, duplicate, _ in costs)


def test_a_figure_said_twice_in_one_document_counts_once(db_url: str, engine: Engine, tmp_path: Path) -> None:
    twice = QUOTE_THREAD + "\n\nAgain, the renewal is $6,000 per year for ten investigator seats."
    assert run(db_url, "import", str(write_text_pdf(tmp_path / "twice.pdf", [twice]))).exit_code == 0
    costs = [fact for fact in _facts(engine) if fact[0] == "costs"]
    assert len(costs) == 2
    assert costs[0][2] is None and costs[1][2] == costs[0][1]


def test_ocr_slips_do_not_tell_copies_apart() -> None:
    assert normalised("Clearview AI, Inc. |nvoice") == normalised("Clearview Al, lnc. Invoice")
    assert normalised("modern") == normalised("modem")
    values = {"amount_min": "6000", "amount_max": "6000.00", "currency": "USD", "period": "year", "unit": None}
    same = {"amount_min": "6000.0", "amount_max": "6000", "currency": "USD", "period": "year", "unit": None}
    assert fact_fingerprint("costs", "$6,000 per year", values) == fact_fingerprint("costs", "$6,000 per year", same)
    assert fact_fingerprint("costs", "$6,000 per year", values) != fact_fingerprint("costs", "$6,000 per month", values)
    assert same_context(normalised("The renewal for Salem is $6,000 per year for ten seats."),
                        normalised("The renewa| for Sa1em is $6,000 per year for ten seats ."))
    assert not same_context(normalised("The renewal for Salem is $6,000 per year for ten seats."),
                            normalised("Parking downtown costs $6,000 per year for the motor pool."))
