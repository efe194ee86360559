"""A buying document that names a city's or county's government as its buyer of record (bill-to line,
contract party, the one that pays): its costs stay with the police that buy and use the system (the
agency a reporter asks about, with an ORI to join on), and each cost's note names the government's
account that pays it."""

from __future__ import annotations

from foia.analysis import analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

GAZETTEER = Gazetteer.load()

COLUMN_INVOICE = """\
Paravision, Inc. - Invoice
Invoice number:   PV-20447                  Invoice date:   March 3, 2025

Bill to:                                    Account contact:
City of Norman                              Norman Police Department
Accounts Payable, 201 W. Gray St.           Criminal Investigations Division
Norman, OK 73069                            Norman, OK 73069

Annual face recognition license renewal: $14,500.00
The department's gallery holds 48,900 booking images.
"""

CONTRACT = """\
SERVICES AGREEMENT

This agreement is made between the City of Norman, an Oklahoma municipal corporation ("City"), and
Paravision, Inc. ("Contractor") for face recognition software used by the Norman Police Department.

1. The annual license fee is $14,500, payable each July.
2. The Norman Police Department shall not use a search result as the sole basis for an arrest.
"""

COUNCIL_MINUTES = """\
Regular meeting of the Norman City Council, April 8, 2025

Item 7. The Norman Police Department asked the Council to approve a one-year Paravision license of
$14,500 for its detectives. The motion carried 7-1.
"""


def _facts(text: str) -> list[tuple[str, str, str | None]]:
    analysis = analyse([PageText(1, text, "layer")], GAZETTEER)
    return [(fact.kind, fact.quote, fact.agency) for fact in analysis.facts if fact.restates is None]


def _cost_notes(text: str) -> list[str]:
    analysis = analyse([PageText(1, text, "layer")], GAZETTEER)
    return [fact.attribution_note or "" for fact in analysis.facts if fact.kind == "costs" and fact.restates is None]


def test_a_bill_to_column_names_the_government_that_pays_and_the_police_keeps_its_costs() -> None:
    facts = _facts(COLUMN_INVOICE)
    assert {agency for kind, _, agency in facts if kind in ("costs", "usage")} == {"Norman Police Department"}, facts
    notes = _cost_notes(COLUMN_INVOICE)
    assert notes and all("paid from the account of City of Norman, named as the buyer" in note for note in notes), notes


def test_a_contract_party_pays_and_the_police_is_bound_by_its_rules() -> None:
    facts = _facts(CONTRACT)
    assert {agency for kind, _, agency in facts if kind == "costs"} == {"Norman Police Department"}, facts
    assert all("City of Norman, a party to the contract" in note for note in _cost_notes(CONTRACT))
    assert {agency for kind, _, agency in facts if kind == "policies"} == {"Norman Police Department"}, facts


def test_without_a_buyer_of_record_the_police_is_the_buyer() -> None:
    facts = _facts(COUNCIL_MINUTES)
    assert {agency for kind, _, agency in facts if kind == "costs"} == {"Norman Police Department"}, facts
    assert not any("paid from the account" in note for note in _cost_notes(COUNCIL_MINUTES))


COMMISSION_ITEM = """\
CITY OF KETTERING, OHIO                                   CITY COMMISSION
Regular meeting agenda, May 14, 2025

ITEM 5-A  An ordinance authorizing the City Manager to purchase face recognition software for the
          Department of Police, in an amount not to exceed $96,000.00.

STAFF SUMMARY
The Department of Police requests FaceVACS-DBScan, which compares a probe image against about
180,000 booking photos. Fiscal impact: General Fund, Department of Police.
The Department shall not use the software to identify people at a lawful protest.
"""


def test_a_commission_that_authorises_a_purchase_pays_and_its_department_of_police_uses_it() -> None:
    facts = _facts(COMMISSION_ITEM)
    assert {agency for _, _, agency in facts} == {"Kettering Police Department"}, facts
    assert all("City of Kettering" in note for note in _cost_notes(COMMISSION_ITEM))


def test_a_bill_to_column_without_a_colon_names_the_buyer_too() -> None:
    text = COLUMN_INVOICE.replace("Bill to:                                    Account contact:",
                                  "BILL TO                                     END USER")
    facts = _facts(text)
    assert {agency for kind, _, agency in facts if kind == "costs"} == {"Norman Police Department"}, facts
    assert all("City of Norman, named as the buyer" in note for note in _cost_notes(text))


def test_a_grant_forms_subrecipient_field_names_the_agency_not_the_grantor_that_printed_it() -> None:
    text = ("IDAHO STATE POLICE\n"
            "Grants Management System - Quarterly Programmatic Progress Report\n"
            "Program: Edward Byrne Memorial Justice Assistance Grant\n"
            "Reporting period: April 1 - June 30, 2024\n\n"
            "Subrecipient:   Elko County Sheriff's Office\n"
            "Subaward No.:   24-JAG-17\n\n"
            "Two face comparison licences were bought this quarter for $9,800.\n"
            "Idaho State Police grants staff review this report each quarter.\n")
    costs = [fact for fact in analyse([PageText(1, text, "layer")], GAZETTEER).facts if fact.kind == "costs"]
    assert costs and all(fact.agency != "Idaho State Police" for fact in costs)
