"""Attribution from a document's structure: an invoice's buyer field, a local government standing for
its police or sheriff, numbered sections whose heading names an agency, a county named alone, a
product's maker; and each figure said once however often a document repeats it."""

from __future__ import annotations

from decimal import Decimal

from foia.analysis import Analysis, Fact, analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText


def _analyse(text: str) -> Analysis:
    return analyse([PageText(1, text, "layer")], Gazetteer.load())


def _listed(analysis: Analysis, kind: str) -> list[Fact]:
    """The facts a listing shows: restatements are stored as duplicates and left out."""
    return [fact for fact in analysis.facts if fact.kind == kind and fact.restates is None]


INVOICE = """\
Northwind Biometrics LLC                                                   INVOICE
88 Harbor Way, Suite 4, Portland, ME 04101
Invoice No. NB-5521          Date: March 2, 2024

Bill To:
Coos County Sheriff's Office
Attn: Finance
55 Main Street, West Stewartstown, NH 03597

Description                                            Qty  Unit Price      Amount
Clearview AI search licence, 12 months, per user         4   $2,100.00   $8,400.00
Credit - pilot overpayment                               1    -$300.00    -$300.00

Subtotal   $8,400.00
Credits   -$300.00
Total due: $8,100.00
"""


def test_an_invoice_names_its_buyer_in_the_bill_to_field_and_each_figure_once() -> None:
    analysis = _analyse(INVOICE)
    costs = _listed(analysis, "costs")
    assert [(f.values["amount_max"], f.values["kind"]) for f in costs] == [
        (Decimal("8400.00"), "license"), (Decimal("2100.00"), "license"), (Decimal("8100"), "total")]  # a credit row: none
    assert {f.agency for f in costs} == {"Coos County Sheriff's Office"}
    restated = [f for f in analysis.facts if f.kind == "costs" and f.restates is not None]
    assert [(f.quote, f.restates.quote[:11]) for f in restated if f.restates] == [("$8,400.00", "Clearview A")]


def test_a_county_government_stands_for_the_one_sheriff_the_document_names() -> None:
    text = """\
From: Dana Ruiz <druiz@co.jefferson.wa.us>
Sent: Tuesday, May 7, 2024 9:12 AM
To: Vendor Desk <sales@rankone.io>
Subject: Face recognition pricing

Please confirm the annual price of $5,400 per year for our investigators.

Dana Ruiz
Jefferson County

From: Vendor Desk <sales@rankone.io>
Sent: Monday, May 6, 2024 4:40 PM
To: Dana Ruiz <druiz@co.jefferson.wa.us>
Subject: Face recognition pricing

Dana, the quote for the Jefferson County Sheriff's Office is attached: $5,400 per year, 6 users.
"""
    costs = _listed(_analyse(text), "costs")
    assert [(f.quote, f.agency, f.vendor) for f in costs] == [
        ("$5,400 per year", "Jefferson County Sheriff's Office", "Rank One Computing")]


def test_the_sheriffs_office_of_a_county_commission_memo_is_that_countys_sheriff() -> None:
    text = """\
JEFFERSON COUNTY COMMISSION
Budget Office | 716 Richard Arrington Jr. Blvd. North | Birmingham, AL 35203

TO: Members of the Jefferson County Commission
RE: Sheriff's Office request

The Sheriff's Office asks to add a facial recognition subscription at $9,900 per year for 6 users.
The Office of the Sheriff states that results are used only as investigative leads.
"""
    analysis = _analyse(text)
    facts = _listed(analysis, "costs") + _listed(analysis, "usage") + _listed(analysis, "policies")
    assert {(f.kind, f.agency) for f in facts} == {
        ("costs", "Jefferson County Sheriff's Office"), ("usage", "Jefferson County Sheriff's Office"),
        ("policies", "Jefferson County Sheriff's Office")}
    assert {f.agency_entity.state for f in facts if f.agency_entity} == {"AL"}


def test_a_memo_that_names_no_county_body_leaves_the_sheriffs_office_unplaced() -> None:
    text = ("MEMORANDUM\nTO: Budget Committee\n\nThe Sheriff's Office asks to add a facial recognition "
            "subscription at $9,900 per year.\n")
    assert [f.agency for f in _listed(_analyse(text), "costs")] == [None]


MINUTES = """\
Regional Face Recognition Working Group - Minutes
Attendees: Maryland State Police (2); Baltimore County Police Department (1); Howard
County Police Department (1); Maryland Department of Public Safety and Correctional Services (DPSCS) (3)

1. Repository status (DPSCS)
 - The repository holds about 2.9 million booking photos.
 - Every search must include a case number.

2. Commercial tools
 - Baltimore County said its Clearview AI pilot ($4,000 for four users) ended in 2021.
 - Howard County reported 740 searches in 2021.
"""


def test_sections_counties_named_alone_and_figures_of_other_kinds() -> None:
    analysis = _analyse(MINUTES)
    found = {f.quote: (f.agency, f.vendor) for f in analysis.facts}
    dpscs = "Maryland Department of Public Safety and Correctional Services"
    assert found["about 2.9 million booking photos"][0] == dpscs  # the section heading names it
    assert found["- Every search must include a case number."][0] == dpscs
    # "Baltimore County" alone is the one Baltimore County agency the notes list; the price between the
    # county and "four users" is a figure of another kind and does not cut them apart.
    assert found["$4,000"] == ("Baltimore County Police Department", "Clearview AI")
    assert found["four users"] == ("Baltimore County Police Department", "Clearview AI")
    # A name wrapped after its first word is still read whole.
    assert found["740 searches in 2021"][0] == "Howard County Police Department"


def test_a_products_maker_outranks_a_nearer_parent_company() -> None:
    text = ("The board approved FaceSearch (Vigilant Solutions, now part of Motorola Solutions) at "
            "$18,000 per year for the Lake County Sheriff's Office.")
    assert [(f.vendor, f.product) for f in _listed(_analyse(text), "costs")] == [
        ("Vigilant Solutions", "Vigilant FaceSearch")]


def test_a_vendors_own_gallery_is_no_agencys_count() -> None:
    text = ("The Dade County Sheriff's Office licensed Clearview AI for 12 users. Clearview searches more "
            "than 30 billion publicly available images scraped from the web.")
    found = {f.quote: f.agency for f in _listed(_analyse(text), "usage")}
    assert found == {"12 users": "Dade County Sheriff's Office", "more than 30 billion publicly available images": None}


def test_a_statement_that_says_more_is_the_figure_and_repeats_point_at_it() -> None:
    text = ("Sheriff signs $48,000 deal with Clearview AI\n\n"
            "The Lake County Sheriff's Office signed a $48,000 contract for one year of Clearview AI access. "
            "The $48,000 comes from forfeiture funds.")
    analysis = _analyse(text)
    listed = _listed(analysis, "costs")
    assert [(f.quote, f.values["period"]) for f in listed] == [("$48,000 contract for one year", "year")]
    assert [f.restates is listed[0] for f in analysis.facts if f.kind == "costs" and f is not listed[0]] == [True, True]


NEWS_STORY = """\
THE VALLEY COURIER  |  Eau Claire, Wis.  |  Monday, March 3, 2025                       A1

Sheriff's face-search tool checked thousands of photos

By Dana Whitfield, Staff Writer

Eau Claire County Sheriff's Office analysts ran 1,240 face recognition searches last year, records
show, 96 of them for Eau Claire Police Department detectives.

The sheriff's office pays about $14,000 a year for the software, and 9 sheriff's office accounts can
use it. Eau Claire police do not run searches themselves, a city spokesperson said.
"""


def test_a_news_storys_lede_and_its_references_by_kind_name_whose_story_it_is() -> None:
    analysis = analyse([PageText(1, NEWS_STORY, "layer")], Gazetteer.load())
    by_quote = {fact.quote: fact.agency for fact in analysis.facts if fact.restates is None and fact.kind != "policies"}
    assert by_quote["about $14,000 a year"] == "Eau Claire County Sheriff's Office", by_quote
    assert by_quote["9 sheriff's office accounts"] == "Eau Claire County Sheriff's Office", by_quote


def test_initials_a_letterhead_spells_out_in_capitals_and_initials_one_listed_agency_of_the_state_has() -> None:
    text = ("CLAYMORE VALLEY UNIFIED SCHOOLS\n"
            "CVUS Police Department | 14 Orchard Road, Bowling Green, KY 42101\n\n"
            "The CVUS Police Department asks for 3 named-user licenses of Clearview AI at $2,000 per user per year.\n"
            "For comparison, LMPD pays $41,000 a year for Clearview AI.\n")
    costs = {fact.quote: fact for fact in _listed(_analyse(text), "costs")}
    assert costs["$2,000 per user per year"].agency == "Claymore Valley Unified Schools Police Department"
    louisville = costs["$41,000 a year"].agency_entity
    assert louisville is not None and (louisville.name, louisville.state) == ("Louisville Metro Police Department", "KY")
    assert louisville.ori is not None


def test_an_agencys_gallery_takes_the_vendor_of_the_system_the_document_is_about() -> None:
    """The booking photos enrolled are searched in the system the renewal is for: a reporter reads the
    gallery's size as that system's (the labelling rules of the blind sets since set 42 agree)."""
    text = ("Subject: Cognitec renewal\n\n"
            "The Cognitec FaceVACS renewal is $8,800 a year. Our booking gallery holds about 240,000 photos.\n"
            "Cognitec's own demo set has 12,000 images.\n")
    counts = {fact.quote: fact for fact in _listed(_analyse(text), "usage")}
    gallery = counts["about 240,000 photos"]
    assert (gallery.vendor, gallery.vendor_source) == ("Cognitec Systems", "document")
    assert counts["12,000 images"].vendor == "Cognitec Systems"
    assert {fact.vendor for fact in _listed(_analyse(text), "costs")} == {"Cognitec Systems"}


def test_an_abbreviation_with_a_hyphen_the_document_defines_names_its_unit() -> None:
    # The letterhead prints the parent over the unit; the body speaks only of the unit, by the
    # abbreviation it defines: its facts are the unit's.
    text = ("OREGON STATE POLICE\n"
            "OREGON TITAN FUSION CENTER (OR-TITAN)\n\n"
            "STANDARD OPERATING PROCEDURE 4.12\n\n"
            "1. In calendar year 2024 OR-TITAN completed 1,204 search requests for local agencies.\n"
            "2. Only OR-TITAN analysts who completed the operator course may run searches.\n"
            "3. OR-TITAN analysts shall log every search with a case number.\n")
    analysis = _analyse(text)
    facts = [fact for fact in analysis.facts if fact.kind in ("usage", "policies")]
    assert facts and {fact.agency for fact in facts} == {"Oregon Titan Fusion Center"}


def test_a_county_board_in_capitals_governs_the_sheriffs_department_it_names_and_requests_sent_elsewhere() -> None:
    # Minutes of a county board, printed in capitals, about the "Sheriff's Department": that county's
    # sheriff, as the FBI list names it. Requests the department sends to a state centre are its own.
    text = ("DOUGLAS COUNTY BOARD OF SUPERVISORS\nMinutes of the Regular Meeting\n\n"
            "10. Modify The 2024 Sheriff's Department Budget To Purchase Facial Recognition Software\n\n"
            "Captain Ruiz told the Board the Sheriff's Department now sends\n"
            "about 30 requests a month to the Wisconsin Statewide Intelligence Center for face comparisons.\n"
            "The ordinance authorizes a subscription to Vigilant FaceSearch for $24,000 per year.\n")
    facts = _analyse(text).facts
    assert sorted((fact.kind, fact.agency) for fact in facts if fact.kind in ("usage", "costs")) == [
        ("costs", "Douglas County Sheriff's Office"), ("usage", "Douglas County Sheriff's Office")]
    assert all(fact.agency_entity is not None and fact.agency_entity.state == "WI" for fact in facts if fact.agency)


def test_a_state_agency_printed_with_state_is_not_the_state_department_and_a_council_names_its_own_police() -> None:
    dol = ("WASHINGTON STATE DEPARTMENT OF LICENSING\nContract No. K-17  |  Amendment No. 4\n\n"
           "The gallery holds approximately 9.5 million images for face recognition.\n")
    facts = _analyse(dol).facts
    assert [f.agency for f in facts] == ["Washington Department of Licensing"]
    minutes = ("OGDEN CITY COUNCIL\nMINUTES OF THE REGULAR MEETING\nCouncil Chambers, Ogden, Utah\n\n"
               "The Police Department's analysis center would use Veritone IDentify face recognition. Roy City and\n"
               "South Ogden police could send requests, but only the City would hold the license.\n"
               "The agreement costs $47,600 per year.\n"
               "The Police Department will run about 40 searches a month.\n")
    assert {f.agency for f in _analyse(minutes).facts} == {"Ogden Police Department"}


def test_initials_inside_a_document_number_or_of_one_letter_name_no_agency() -> None:
    text = ("TEXAS A&M UNIVERSITY - FINANCIAL MANAGEMENT OPERATIONS\nDepartment: 02-4410 University Police Department\n\n"
            "03/28  REALNETWORKS LLC  SAFR face recognition licence, 12 mo     3,840.00\n"
            "03/28  REALNETWORKS LLC  TX sales tax 8.25%                        316.80\n"
            "04/22  Flock ALPR install is grant-funded; see PO 24-UPD-0193.\n")
    assert all(f.agency != "Uvalde Police Department" for f in _analyse(text).facts)
    from foia.attribution import _place_initialisms, _Spans

    gazetteer = Gazetteer.load()
    assert _place_initialisms("See PO 24-UPD-0193. The UPD chief agreed.", _Spans(), gazetteer, {"TX"}) == []
    found = _place_initialisms("The WFPD chief said Wichita Falls will pay.", _Spans(), gazetteer, {"TX"})
    assert [m.entity.name for m in found] == ["Wichita Falls Police Department"]


COUNCIL_ITEM = """\
CITY OF SPRINGFIELD, ILLINOIS                             CITY COUNCIL
800 East Monroe Street                                    REGULAR MEETING AGENDA

  8-B   Ordinance No. 2024-118
        AN ORDINANCE authorizing the Mayor to enter into a three-year agreement with Cognitec
        Systems Corporation for facial image comparison software for the Department of Police,
        in an amount not to exceed $96,000.00.

STAFF SUMMARY -- ITEM 8-B (Department of Police)

The Department of Police requests authority to purchase FaceVACS-DBScan LE.
The agreement includes six examiner licenses.

MINUTES OF THE SPRINGFIELD CITY COUNCIL
The Springfield City Council approved Ordinance No. 2024-118 on a 9-1 vote.
"""

_ATTRIBUTE = """\
import sys
from foia.analysis import analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText
facts = analyse([PageText(1, sys.stdin.read(), "layer")], Gazetteer.load()).facts
print([(fact.quote, fact.agency, fact.agency_source) for fact in facts])
"""


def test_attribution_is_the_same_on_every_run_whatever_the_hash_seed() -> None:
    """A council named in capitals ("THE SPRINGFIELD CITY COUNCIL") and in a sentence ("The Springfield City
    Council") once gave two spellings of one police department, and which won hung on set order."""
    import os
    import subprocess
    import sys

    runs = {subprocess.run([sys.executable, "-c", _ATTRIBUTE], input=COUNCIL_ITEM, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 5)}
    assert len(runs) == 1, runs
    assert "The Springfield" not in runs.pop()


def test_a_numbered_question_that_runs_on_to_its_next_line_heads_no_section() -> None:
    """"2. Town of Tonopah code enforcement has asked whether we can run" over "   photos for them." is an
    item of a list of questions, not a heading whose agency every fact under it belongs to."""
    text = """From: Dana Pruitt <dpruitt@nyecountynv.gov>
To: Hank Vickers <hvickers@nyecountynv.gov>
Subject: Face search budget

Questions for you:

1. Five seats, or fewer?
2. Town of Tonopah code enforcement has asked whether we can run
   photos for them. Can we?

Clearview quoted $2,000 per user per year for the Investigations Bureau.

Det. Sgt. Dana Pruitt | Investigations Bureau
Nye County Sheriff's Office | 1520 E. Basin Ave., Pahrump, NV 89060
"""
    (cost,) = [fact for fact in analyse([PageText(1, text, "layer")], Gazetteer.load()).facts if fact.kind == "costs"]
    assert (cost.agency, cost.agency_source) == ("Nye County Sheriff's Office", "signature")


def test_initials_the_document_uses_throughout_for_an_agency_it_never_names_are_its_own() -> None:
    """A chat export of "TCSO Investigations" about "open TCSO case(s)" names one agency in full, another
    one, for comparison, whose sheriff "the Sheriff" is not: that one is not the document's agency, so its facts
    fall back on the request's."""
    text = """Case: TCSO Public Records 2025-014
Team: TCSO Investigations              Channel: General

POST   Tso, Mariah   2025-03-03 08:12 AM
The pilot collection now holds 24,870 booking photos. I ran 96 Rekognition searches in February.
The Sheriff wants a list of who has access before he signs the directive.

    REPLY   Harnish, Cole   2025-03-04 02:41 PM
    For comparison, the Natrona County Sheriff's Office told me they pay $1,200 a year for Rekognition.

POST   Tso, Mariah   2025-03-06 04:45 PM
Rekognition may be used only to compare a probe photo from an open TCSO case against our booking photos.
"""
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    agencies = {fact.quote.split(" in ")[0]: fact.agency for fact in facts if fact.kind != "policies"}
    assert agencies == {"24,870 booking photos": None, "96 Rekognition searches": None,
                        "$1,200 a year": "Natrona County Sheriff's Office"}


def test_a_citys_mail_about_its_pd_is_the_police_departments_not_the_countys_sheriff() -> None:
    """Mail from a city's domain (yakimawa.gov, "City of Yakima" in the CISA list) about "Yakima PD" that also
    names the county's sheriff's office: the city's police department, as the FBI list knows it in that state."""
    text = """From: Gabriel Ortega <gabriel.ortega@yakimawa.gov>
To: Jolene Marsh <jolene.marsh@yakimawa.gov>
Subject: Fwd: FACE Plus hosted - revised quote for Yakima PD

DataWorks came back at $3,100 a seat per year for 6 seats. Last year the Yakima County Sheriff's
Office ran 41 searches for us on its own system.
"""
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert {fact.quote: fact.agency for fact in facts if fact.kind == "costs"} == {
        "$3,100 a seat per year": "Yakima Police Department"}
