"""Whose document it is when another agency is named in it too: a city's budget form is its police's, not
the county sheriff's that shares the city's name; a name inside a line of prose is no signature; a police
unit named by its department's possessive is that department's; a city's mail account with its police's
initials is its police's."""

from __future__ import annotations

from foia.analysis import Fact, analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

GAZETTEER = Gazetteer.load()


def facts_of(text: str) -> list[Fact]:
    return [fact for fact in analyse([PageText(1, text, "layer")], GAZETTEER).facts if fact.restates is None]


CITY_BUDGET_FORM = """\
CITY OF BROOKINGS, SOUTH DAKOTA
FY 2027 BUDGET REQUEST - NEW PROGRAM                     Form B-4

Department:   Police                Division:   Criminal Investigations
Prepared by:  Det. Sgt. Lena Voss   Date:       04/11/2026

Program: Face search service (Clearview AI)

Line  Description                                         Amount
1     Clearview AI investigator licenses, 4 seats        8,400.00
2     Examiner training for two detectives               1,150.00
      Less: Brookings County Sheriff's Office share     -2,000.00

During a 30-day trial, three detectives ran 41 searches against the
state's booking photographs.

The Brookings County Sheriff's Office has agreed to share the cost in
exchange for access for one of its investigators.
"""


def test_a_city_budget_form_is_its_polices_not_the_county_sheriffs_of_the_same_name() -> None:
    facts = facts_of(CITY_BUDGET_FORM)
    own = [fact for fact in facts if "8,400" in fact.quote or "41 searches" in fact.quote]
    assert len(own) == 2, [(f.quote, f.agency) for f in facts]
    assert {(fact.agency, fact.agency_source) for fact in own} == {("Brookings Police Department", "document")}, [
        (f.quote, f.agency, f.attribution_note) for f in own]


COUNTY_AWARD_MEMO = """\
COUNTY OF HENRICO, VIRGINIA
Purchasing Division - Award Memorandum

The County of Henrico awards the facial recognition contract to DataWorks Plus for the Henrico County
Police Division. The first-year cost is $29,400.
"""


def test_a_county_governments_mentions_still_count_for_its_own_police() -> None:
    facts = facts_of(COUNTY_AWARD_MEMO)
    assert [(f.quote, f.agency) for f in facts] == [("$29,400", "Henrico County Police Division")]


PROSE_LAST_LINE = """\
Hector Arriaga <hectora@cityhall.example>   Thu, Apr 25, 2024 at 10:17 AM
To: Dana Whitlock <d.whitlock@vigilant.example>

Dana - we will take the one-year option for FaceSearch at $13,200 for 8 users.

Not this year. The Monterey County Sheriff's Office told me they pay
about $19,000 a year for theirs, so we are in line.

Hector
"""


def test_an_agency_named_in_the_last_line_of_prose_does_not_sign_the_message() -> None:
    facts = facts_of(PROSE_LAST_LINE)
    ours = next(fact for fact in facts if "$13,200" in fact.quote)
    theirs = next(fact for fact in facts if "$19,000" in fact.quote)
    assert ours.agency is None or "Monterey" not in ours.agency, (ours.agency, ours.attribution_note)
    assert theirs.agency == "Monterey County Sheriff's Office"


CRIME_CENTER = """\
STAFF REPORT TO THE CITY COUNCIL

The Police Department's Real Time Crime Center reviews recorded video with BriefCam's face recognition
module. The Binghamton Police Department asks the Council to approve three analyst seats at $24,600 a
year.
"""


def test_a_departments_possessive_is_no_place_of_the_unit_it_owns() -> None:
    names = {mention.entity.name for mention in GAZETTEER.mentions(CRIME_CENTER)}
    assert not any(name.startswith("Department") for name in names), names
    facts = facts_of(CRIME_CENTER)
    assert {fact.agency for fact in facts} == {"Binghamton Police Department"}, [(f.quote, f.agency) for f in facts]


CITY_MAIL = """\
5/2/24, 8:47 AM     City of Salinas Mail - FaceSearch pilot

City of Salinas Mail            Hector Arriaga <hectora@cityhall.example>

Dana Whitlock <d.whitlock@vigilant.example>   Tue, Apr 23, 2024 at 3:41 PM
To: Hector Arriaga <hectora@cityhall.example>

Hi Lt. Arriaga,

Six officers held FaceSearch pilot accounts and ran 214 searches. Standard pricing is $1,650 per
user per year. Pilot users must keep searching only on open SPD case numbers. California does not
tax the hosted subscription.

Dana Whitlock
Vigilant Solutions
"""


def test_a_city_mail_account_with_its_polices_initials_is_its_police() -> None:
    facts = facts_of(CITY_MAIL)
    assert facts and {fact.agency for fact in facts} == {"Salinas Police Department"}, [
        (f.quote, f.agency, f.attribution_note) for f in facts]


COUNTY_SIGNATURE = """\
From: Dana Lee <dlee@henrico.example>
Sent: Tuesday, March 4, 2025 9:12 AM
To: Sales <sales@dataworksplus.example.com>
Subject: Face recognition renewal

Please renew our FACE Plus face recognition licenses for next year at $29,400.
The Henrico County Police Division will keep its 12 named users.

Dana Lee
Purchasing Division
County of Henrico
"""


def test_a_county_government_signing_acts_through_the_county_police_the_message_names() -> None:
    """"County of Henrico" under a purchasing clerk's name: the county's police the message names acts for
    it (a city's signature would not stand for its county's agencies)."""
    facts = facts_of(COUNTY_SIGNATURE)
    assert {(fact.quote, fact.agency) for fact in facts} == {
        ("$29,400", "Henrico County Police Division"), ("12 named users", "Henrico County Police Division")}


def test_requests_sent_to_another_agency_named_as_the_verbs_object_are_the_senders() -> None:
    text = ("From: Lt. Dana Hurst, Maplewood Police Department\nSubject: Face search options\n\n"
            "For context on volume: this year we have sent the Ramsey County Sheriff's Office 212 photo requests. "
            "Maplewood Police Department detectives want our own face recognition tool.\n")
    (requests,) = [fact for fact in facts_of(text) if fact.kind == "usage" and fact.values["count"] == 212]
    assert requests.agency == "Maplewood Police Department"
