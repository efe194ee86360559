"""Whose report it is when it names another agency more often: the agency in the page's running footer
("Ames Police Department | 2024 Annual Report | Page 12") publishes it, and "the Department" throughout
is the one agency it names a department."""

from __future__ import annotations

from foia.analysis import Fact, analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

GAZETTEER = Gazetteer.load()

REPORT_PAGE = """\
SECTION 7 - INVESTIGATIVE TECHNOLOGY

7.3 Face comparison
The Department does not own face recognition software. When a
detective needs a face comparison, the Department sends the probe
photo to the Iowa State Patrol's analysts, who return any possible
match to the case detective. The Iowa State Patrol does not charge
for the service; each request is logged by the Department's records
unit with the case number.

The Department sent 47 probe photos in 2024. A possible match is an
investigative lead only and is not probable cause to arrest.

{footer}
"""


def facts_of(text: str) -> list[Fact]:
    return [fact for fact in analyse([PageText(1, text, "layer")], GAZETTEER).facts if fact.restates is None]


def test_the_agency_in_the_running_footer_publishes_the_report() -> None:
    facts = facts_of(REPORT_PAGE.format(footer="Ames Police Department | 2024 Annual Report | Page 41"))
    photos = next(fact for fact in facts if fact.kind == "usage" and fact.values["count"] == 47)
    rule = next(fact for fact in facts if fact.kind == "policies" and "lead only" in fact.quote)
    assert (photos.agency, rule.agency) == ("Ames Police Department", "Ames Police Department")


def test_without_a_footer_the_named_agency_alone_does_not_outweigh_the_one_the_report_calls_the_department() -> None:
    facts = facts_of(REPORT_PAGE.format(footer="") + "\nPrepared for the Ames Police Department.\n")
    photos = next(fact for fact in facts if fact.kind == "usage" and fact.values["count"] == 47)
    assert photos.agency != "Iowa State Patrol"


STAFF_REPORT = """\
CITY OF DALLAS, OREGON - CITY COUNCIL STAFF REPORT

From:     Tom Reyes, Chief of Police, Dallas Police Department
Subject:  Sole-source contract for the IDentify face search service

SOLE-SOURCE JUSTIFICATION
  1. The county booking gallery is hosted by Veritone under the
     County's contract.
  2. Using the same service as the Polk County Sheriff's Office lets
     the two agencies audit one another's search logs.

FISCAL IMPACT
The face recognition subscription is priced at $2,900 per user per year.
"""


def test_a_numbered_list_item_is_no_section_heading_and_a_capitals_heading_ends_a_section() -> None:
    (cost,) = [fact for fact in facts_of(STAFF_REPORT) if fact.kind == "costs"]
    assert cost.agency != "Polk County Sheriff's Office"
    under_heading = STAFF_REPORT.replace("  2. Using the same service as the Polk County Sheriff's Office lets\n"
                                         "     the two agencies audit one another's search logs.\n",
                                         "2. Polk County Sheriff's Office\n")
    (cost,) = [fact for fact in facts_of(under_heading) if fact.kind == "costs"]
    assert cost.agency != "Polk County Sheriff's Office"


OTHER_AGENCIES = """\
CITY OF PAINESVILLE POLICE DEPARTMENT - 2024 ANNUAL REPORT

3. Face recognition
Painesville Police Department detectives ran 212 Clearview AI searches in 2024.

4. Other agencies
The Lake County Sheriff's Office also has its own Clearview AI account. It reported about 300 searches
in 2024.
"""


def test_a_sentence_opening_on_it_takes_the_agency_that_opened_the_sentence_before() -> None:
    counts = {fact.values["count"]: fact.agency for fact in facts_of(OTHER_AGENCIES) if fact.kind == "usage"}
    assert counts[300] == "Lake County Sheriff's Office"
    assert counts[212] == "Painesville Police Department"
    vaguer = OTHER_AGENCIES.replace("The Lake County Sheriff's Office also has", "Detectives say the Lake County "
                                    "Sheriff's Office has")
    assert {fact.values["count"]: fact.agency for fact in facts_of(vaguer) if fact.kind == "usage"}[300] != (
        "Lake County Sheriff's Office")
