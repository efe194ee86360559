"""Attribution in agreements between agencies and in documents of an agency's units: the user agency of
an MOU is bound by its rules and pays its fees, the host keeps what it names as its own; a unit whose name
says no place speaks for the agency the document shows it under; names in a letterhead's two columns,
hyphenated places and long port names are read whole."""

from __future__ import annotations

from foia.analysis import Analysis, Fact, analyse
from foia.attribution import DocumentContext
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

GAZETTEER = Gazetteer.load()


def _analyse(text: str) -> Analysis:
    return analyse([PageText(1, text, "layer")], GAZETTEER)


def _by_quote(analysis: Analysis, kind: str) -> dict[str, Fact]:
    return {fact.quote: fact for fact in analysis.facts if fact.kind == kind and fact.restates is None}


def _agency_of(facts: dict[str, Fact], start: str) -> str | None:
    (fact,) = [fact for quote, fact in facts.items() if quote.startswith(start)]
    return fact.agency


MOU = """\
INTERAGENCY AGREEMENT
between the
OREGON STATE POLICE
and the
KLAMATH FALLS POLICE DEPARTMENT

1. PURPOSE. This agreement sets the terms under which the Klamath Falls Police Department ("KFPD")
may submit probe images to the face recognition system operated by the Oregon State Police ("OSP").

2. FEES. KFPD shall pay OSP an annual access fee of $2,750. Total payments under this agreement
shall not exceed $8,250. OSP's own vendor maintenance of $96,000 per year is not passed through.

3. CONDITIONS.
3.1 Each user must complete the OSP face comparison course before an account is issued.
3.2 A candidate returned by OSP is an investigative lead only and is not probable cause.
3.3 OSP shall retain search logs for three (3) years.
3.4 Probe images shall be purged within 30 days of the close of the case.
"""


def test_an_agreements_rules_bind_its_user_agency_unless_the_rule_is_about_the_host() -> None:
    policies = _by_quote(_analyse(MOU), "policies")
    assert _agency_of(policies, "3.1 Each user") == "Klamath Falls Police Department"  # "the OSP course" is no subject
    assert _agency_of(policies, "3.2 A candidate returned by OSP") == "Klamath Falls Police Department"
    assert _agency_of(policies, "3.4 Probe images") == "Klamath Falls Police Department"
    assert _agency_of(policies, "3.3 OSP shall retain") == "Oregon State Police"


def test_an_agreements_fees_are_the_users_and_the_hosts_own_costs_stay_the_hosts() -> None:
    costs = _by_quote(_analyse(MOU), "costs")
    assert _agency_of(costs, "$2,750") == "Klamath Falls Police Department"
    assert _agency_of(costs, "shall not exceed $8,250") == "Klamath Falls Police Department"
    assert _agency_of(costs, "$96,000") == "Oregon State Police"


DEFINED_ROLE = """\
MEMORANDUM OF UNDERSTANDING
NEW MEXICO DEPARTMENT OF PUBLIC SAFETY
and the
DONA ANA COUNTY SHERIFF'S OFFICE

1. PARTIES. The Dona Ana County Sheriff's Office ("User Agency") may query the state facial recognition gallery.
2. COST. The User Agency shall pay DPS a participation fee of $3,100 per year. DPS's own platform
maintenance of $140,000 per year is not charged to User Agencies.
3. RULES. The User Agency shall not submit images from live video. Misuse will result in the
suspension of all accounts.
"""


def test_a_defined_role_names_the_user_and_a_state_bodys_initials_name_the_host() -> None:
    analysis = _analyse(DEFINED_ROLE)
    costs = _by_quote(analysis, "costs")
    assert _agency_of(costs, "$3,100") == "Dona Ana County Sheriff's Office"
    assert _agency_of(costs, "$140,000") == "New Mexico Department of Public Safety"
    policies = _by_quote(analysis, "policies")
    assert _agency_of(policies, "The User Agency shall not") == "Dona Ana County Sheriff's Office"


NOT_AN_AGREEMENT = """\
Klamath Falls Police Department
Memo to the City Manager

The Oregon State Police told us that each user must complete a 16-hour course.
Probe images shall be purged within 30 days of the close of the case.
"""


def test_without_an_agreement_no_user_role_is_assumed() -> None:
    policies = _by_quote(_analyse(NOT_AN_AGREEMENT), "policies")
    assert all("agreement" not in (fact.attribution_note or "") for fact in policies.values())


INVOICE = """\
Clearview AI, Inc.
INVOICE

Bill To:                                  Service For:
City of Erie                              Erie Police Department
Accounts Payable                          Real Time Intelligence Center
626 State Street                          626 State Street
Erie, PA 16501                            Erie, PA 16501

Description: annual subscription for 12 RTIC users          $14,400.00
"""


def test_a_placeless_unit_under_its_agencys_column_speaks_for_that_agency() -> None:
    analysis = _analyse(INVOICE)
    names = {fact.agency for fact in analysis.facts}
    assert names == {"Erie Police Department"}, names
    context = DocumentContext(INVOICE, [], GAZETTEER)
    parents = {unit: parent.name for unit, parent in context.unit_parents.items()}
    assert parents == {"Real Time Intelligence Center": "Erie Police Department"}


FUSION_REPORT = """\
MAINE STATE POLICE
Maine Information and Analysis Center

2025 Face Comparison Report

The Maine Information and Analysis Center ran 1,204 face comparison searches in 2025.
"""


def test_a_fusion_centre_named_for_its_place_keeps_its_own_name() -> None:
    (count,) = [fact for fact in _analyse(FUSION_REPORT).facts if fact.kind == "usage"]
    assert count.agency == "Maine Information and Analysis Center"


def test_names_in_two_columns_hyphenated_places_and_long_port_names() -> None:
    names = [m.entity.name for m in GAZETTEER.mentions("City of Erie                    Erie Police Department\n")]
    assert names == ["City of Erie", "Erie Police Department"]
    names = [m.entity.name for m in GAZETTEER.mentions("The Butte-Silver Bow Law Enforcement Department paid")]
    assert names == ["Butte-Silver Bow Law Enforcement Department"]
    assert [m.entity.name for m in GAZETTEER.mentions("Butte-Silver Bow police said")] == []  # not Bow, N.H.
    names = [m.entity.name for m in GAZETTEER.mentions("the City-County of Butte-Silver Bow paid")]
    assert names == ["City-County of Butte-Silver Bow"]
    for name, state in (("New Mexico Department of Public Safety", "NM"), ("North Dakota Bureau of Criminal Investigation", "ND"),
                        ("New York State Police", "NY")):  # a state of two words is still the state
        (mention,) = GAZETTEER.mentions(f"the {name.upper()} said")
        assert (mention.entity.name, mention.entity.state) == (name, state)
    (mention,) = GAZETTEER.mentions("The N.C. State Highway Patrol paid for five users.")  # a newspaper's abbreviation
    assert (mention.entity.name, mention.entity.state) == ("North Carolina State Highway Patrol", "NC")
    assert GAZETTEER.mentions("Wash. Co. Sheriff") == []  # "Wash." before "Co." is a county's, not the state's
    names = [m.entity.name for m in GAZETTEER.mentions("charged to the Port of Seattle Police\nDepartment")]
    assert names == ["Port of Seattle Police Department"]  # not the city's police
    letterhead = "DALLAS FORT WORTH INTERNATIONAL AIRPORT\nDEPARTMENT OF PUBLIC SAFETY - POLICE DIVISION\n"
    assert [m.entity.name for m in GAZETTEER.mentions(letterhead)] == [
        "Dallas Fort Worth International Airport Department of Public Safety"]  # not the Texas DPS
    names = [m.entity.name for m in GAZETTEER.mentions("PORT OF LAKE CHARLES HARBOR POLICE DEPARTMENT")]
    assert names == ["Port of Lake Charles Harbor Police Department"]


GENERAL_ORDER = """\
NORTHERN ARIZONA UNIVERSITY POLICE DEPARTMENT
General Order 41.7 - Facial Recognition

A. Investigators may request a facial recognition search from the Arizona Department of Public Safety
to identify a deceased person.
B. The Chief will designate no more than 3 trained examiners to submit requests to the Arizona
Department of Public Safety.
"""


def test_the_agency_a_rule_or_count_sends_requests_to_is_not_the_one_it_binds() -> None:
    analysis = _analyse(GENERAL_ORDER)
    facts = [fact for fact in analysis.facts if fact.restates is None]
    assert facts and all(fact.agency != "Arizona Department of Public Safety" for fact in facts), [
        (fact.quote, fact.agency) for fact in facts]


DMV_MOU = """\
MEMORANDUM OF UNDERSTANDING
between the
WYOMING DEPARTMENT OF TRANSPORTATION
and the
CITY OF CASPER POLICE DEPARTMENT

1. PURPOSE. The Wyoming Department of Transportation (WYDOT) maintains a facial recognition system to detect
fraudulent licence applications. This MOU sets the terms on which the Casper Police Department (CPD)
may submit probe images for comparison with WYDOT photographs.
2. ACCESS.
2.1 Each designated user must complete the WYDOT's facial comparison course before an account is issued.
2.2 WYDOT will audit CPD queries each quarter.
"""


def test_the_terms_on_which_an_agency_may_submit_and_a_host_that_maintains_the_system() -> None:
    policies = _by_quote(_analyse(DMV_MOU), "policies")
    assert _agency_of(policies, "2.1 Each designated user") == "Casper Police Department"
    assert _agency_of(policies, "2.2 WYDOT will audit") == "Wyoming Department of Transportation"


def test_an_agreements_fees_are_paid_to_the_host_agency_not_to_the_maker_of_its_system() -> None:
    text = MOU.replace("2. FEES.", "The OSP system runs NEC NeoFace Reveal on a gallery of about 610,000 booking photos.\n"
                       "NEC Corporation of America supports the NeoFace servers under its contract with OSP.\n\n2. FEES.")
    analysis = _analyse(text)
    assert {fact.vendor for fact in analysis.facts if fact.kind == "costs" and fact.quote.startswith("$2,750")} == {None}
    named = [fact for fact in analysis.facts if fact.kind == "usage" and "610,000" in fact.quote]
    assert [fact.vendor for fact in named] == ["NEC Corporation of America"]  # the sentence names the system's maker


GENERAL_ORDER_WITH_ANOTHERS_TRAINING = """\
EUGENE SPRINGS POLICE DEPARTMENT
GENERAL ORDER 4.27 - FACIAL RECOGNITION

The Eugene Springs Police Department may request face searches from the county.
A. Only members who have completed LCSO's Lumen facial comparison training may submit a request.
B. Requests must follow the Oregon State Police rules for probe images.
"""


def test_a_rule_that_names_whose_training_or_rules_they_are_binds_the_document_agency() -> None:
    policies = _by_quote(_analyse(GENERAL_ORDER_WITH_ANOTHERS_TRAINING), "policies")
    assert _agency_of(policies, "A. Only members") == "Eugene Springs Police Department"
    assert _agency_of(policies, "B. Requests must") == "Eugene Springs Police Department"


INTERGOVERNMENTAL = """\
INTERGOVERNMENTAL AGREEMENT BETWEEN THE COUNTY OF WELD AND THE CITY OF GREELEY

THIS AGREEMENT is entered into by and between the COUNTY OF WELD, by and through the Weld County Sheriff's
Office, and the CITY OF GREELEY, by and through the Greeley Police Department.

1. The Sheriff's face search system runs ROC Investigate, Rank One Computing software, on the Sheriff's booking
photographs.
2. The City shall pay the County an annual access fee of $4,200 for up to six users.
3. Rank One Computing support and ROC Investigate upgrades remain the County's responsibility.
"""


def test_what_one_agency_pays_another_under_their_agreement_is_no_vendors_price() -> None:
    costs = _by_quote(_analyse(INTERGOVERNMENTAL), "costs")
    assert costs and all(fact.vendor is None for fact in costs.values())
