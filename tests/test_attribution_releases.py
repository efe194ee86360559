"""Whose cost is it: releases from three states' Madison County Sheriff's Offices placed by their own
state clues (an address, an area code, a state-coded email domain), a vendor's quote addressed to an
agency, and a vendor's price list that names no buyer."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.models import Agency, Cost, Vendor
from tests.cli import csv_rows, run
from tests.pdfs import write_text_pdf

# The same agency name in three states; each release says which only the way real records do.
RELEASES = {
    "AL": """From: Lt. Dana Cole <dcole@madisoncountyal.gov>
Sent: Tuesday, May 7, 2019 10:12 AM
To: Brian Holt <bholt@dataworksplus.com>
Subject: FACE Plus renewal

Brian,
We have budgeted $18,500 per year for the FACE Plus renewal.
Lt. Dana Cole
Madison County Sheriff's Office
100 North Side Square, Huntsville, AL 35801
(256) 532-3400""",
    "IL": """From: Sgt. Ray Ortiz <rortiz@co.madison.il.us>
Sent: Monday, June 3, 2019 2:40 PM
To: Brian Holt <bholt@dataworksplus.com>
Subject: FACE Plus quote

Brian,
The sheriff approved $9,200 for the first year of FACE Plus.
Sgt. Ray Ortiz
Madison County Sheriff's Office
405 Randle Street, Edwardsville, Illinois 62025""",
    "MS": """From: Capt. Lee Wynn <lwynn@madison-so.example.org>
Sent: Friday, August 9, 2019 9:05 AM
To: Brian Holt <bholt@dataworksplus.com>
Subject: FACE Plus pricing

Brian,
Our board set aside $12,000 a year for FACE Plus searches.
Capt. Lee Wynn
Madison County Sheriff's Office
2911 Highway 51, Canton, MS 39046
Phone 601-859-1921""",
}

VENDOR_QUOTE = """From: Priya Natarajan <pnatarajan@rankone.io>
Sent: Thursday, March 12, 2020 11:20 AM
To: Det. Sam Rowe <srowe@ci.eugene.or.us>
Subject: ROC SDK quote for Eugene

Detective Rowe,
As discussed, the ROC SDK license for your unit is $24,000 per year, billed annually.
Priya Natarajan, Rank One Computing"""

PRICE_LIST = """PARAVISION - 2021 PUBLIC SAFETY PRICE LIST

Paravision face recognition for investigators
Standard tier: $4,800 per year for up to five analysts.
Enterprise tier: $15,000 per year.
Prices are subject to change without notice. Contact sales@paravision.ai."""


def _costs(engine: Engine) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    """quote -> (agency name, state, ORI, vendor)."""
    with Session(engine) as session:
        rows = session.execute(select(Cost.quote, Agency.name, Agency.state, Agency.ori, Vendor.name)
                               .outerjoin(Agency, Agency.id == Cost.agency_id).outerjoin(Vendor, Vendor.id == Cost.vendor_id))
        return {quote: (agency, state, ori, vendor) for quote, agency, state, ori, vendor in rows}


def test_three_states_sharing_a_county_name_are_told_apart(db_url: str, engine: Engine, tmp_path: Path) -> None:
    for state, text in RELEASES.items():
        write_text_pdf(tmp_path / "release" / f"madison-{state}.pdf", [text])
    assert run(db_url, "import", str(tmp_path / "release")).exit_code == 0
    costs = _costs(engine)
    assert costs["$18,500 per year"] == ("Madison County Sheriff's Office (AL)", "AL", "AL0470000", "DataWorks Plus")
    assert costs["$9,200 for the first year"][:3] == ("Madison County Sheriff's Office (IL)", "IL", "IL0600000")
    assert costs["$12,000 a year"][:3] == ("Madison County Sheriff's Office (MS)", "MS", "MS0450000")
    rows = csv_rows(run(db_url, "agencies", "--format", "csv").stdout)
    assert {row["agency"] for row in rows} >= {f"Madison County Sheriff's Office ({state})" for state in RELEASES}
    placed = run(db_url, "costs", "--agency", "Madison County Sheriff's Office", "--format", "csv")
    assert len(csv_rows(placed.stdout)) == 3  # the plain name finds every state's office


def test_a_vendors_quote_to_an_agency_is_that_agencys_cost(db_url: str, engine: Engine, tmp_path: Path) -> None:
    assert run(db_url, "import", str(write_text_pdf(tmp_path / "quote.pdf", [VENDOR_QUOTE]))).exit_code == 0
    agency, state, _, vendor = _costs(engine)["$24,000 per year, billed annually"]
    assert (agency, state, vendor) == ("Eugene Police Department", "OR", "Rank One Computing")
    with Session(engine) as session:
        assert session.scalar(select(Vendor.domain).where(Vendor.name == vendor)) == "rankone.io"


def test_a_vendors_price_list_names_no_buyer(db_url: str, engine: Engine, tmp_path: Path) -> None:
    assert run(db_url, "import", str(write_text_pdf(tmp_path / "prices.pdf", [PRICE_LIST]))).exit_code == 0
    costs = _costs(engine)
    assert costs["$4,800 per year"] == (None, None, None, "Paravision")
    assert costs["$15,000 per year"] == (None, None, None, "Paravision")
    with Session(engine) as session:
        cost_id = session.scalar(select(Cost.id).where(Cost.quote == "$15,000 per year"))
    shown = run(db_url, "show", "fact", f"C{cost_id}").stdout
    assert "agency" in shown and "(empty)" in shown


@pytest.mark.parametrize(("written", "expected"), [
    ("Madison County Sheriff's Office, AL", "Madison County Sheriff's Office (AL)"),
    ("Madison County Sheriff's Office (Illinois)", "Madison County Sheriff's Office (IL)"),
    ("Orlando Police Department", "Orlando Police Department"),
])
def test_the_agency_a_user_names_for_a_release_is_placed(db_url: str, engine: Engine, tmp_path: Path,
                                                         written: str, expected: str) -> None:
    pdf = write_text_pdf(tmp_path / "memo.pdf", ["Memo: the face recognition pilot costs $500 per month."])
    assert run(db_url, "import", str(pdf), "--agency", written).exit_code == 0
    with Session(engine) as session:
        assert session.scalar(select(Agency.name).join(Cost, Cost.agency_id == Agency.id)) == expected
