"""Who a message speaks for when it forwards another, and an agency printed by initials that the release
spells out elsewhere."""

from __future__ import annotations

from foia.analysis import analyse
from foia.extract.entities import Gazetteer
from foia.ingest import PageText

GAZETTEER = Gazetteer.load()

FORWARDED_QUOTE = """\
From: Lt. Dana Reyes <dreyes@tulsapolice.example.org>
Sent: Tuesday, March 4, 2025 9:12 AM
To: Budget Office <budget@tulsapolice.example.org>
Subject: FW: Cognitec renewal

Forwarding the renewal. Maintenance for the face recognition server comes to $18,400 for the
coming year. We hold 12 concurrent examiner licenses.

Lt. Dana Reyes
Tulsa Police Department

-----Original Message-----
From: Sam Ortiz <sortiz@cognitec.example.com>
Sent: Monday, March 3, 2025 4:40 PM
To: Lt. Dana Reyes <dreyes@tulsapolice.example.org>
Subject: Cognitec renewal

Lt. Reyes, the FaceVACS-DBScan maintenance renewal is attached.

Sam Ortiz
Cognitec Systems Corp.
"""


def test_a_forwarders_signature_is_above_the_message_it_forwards() -> None:
    analysis = analyse([PageText(1, FORWARDED_QUOTE, "layer")], GAZETTEER)
    facts = [fact for fact in analysis.facts if fact.restates is None and fact.kind in ("costs", "usage")]
    assert facts and {fact.agency for fact in facts} == {"Tulsa Police Department"}, [(f.quote, f.agency) for f in facts]


CAMPUS_THREAD = """\
The University of Northern Colorado Mail - Re: face matching pilot

From: Jo Park <jo.park@unco.example.edu>
To: Sales <sales@paravision.example.com>
Subject: Re: face matching pilot

We can fund 6 Paravision licenses at $1,100 per license per year from the safety fee.

Jo Park
Technology Sergeant, UNC Police Department
"""


def test_an_agency_printed_by_initials_takes_the_name_the_release_spells_out() -> None:
    analysis = analyse([PageText(1, CAMPUS_THREAD, "layer")], GAZETTEER)
    agencies = {fact.agency for fact in analysis.facts if fact.restates is None}
    assert agencies == {"University of Northern Colorado Police Department"}, agencies


def test_initials_the_release_never_spells_out_stay_as_printed() -> None:
    text = CAMPUS_THREAD.replace("The University of Northern Colorado Mail - ", "Gmail - ")
    analysis = analyse([PageText(1, text, "layer")], GAZETTEER)
    assert {fact.agency for fact in analysis.facts if fact.restates is None} == {"UNC Police Department"}


COST_SHARE = """\
From:              Ruiz, Ana <Ana.Ruiz@pimacounty.example.gov>
Sent:              Tuesday, April 2, 2024 10:05 AM
To:                Webb, Carl <Carl.Webb@tucsonairport.example.org>
Subject:           RE: face search access - cost share

Carl,

For direct access to our face recognition system we would bill your department $900 per seat per
year. If you take the three seats you mentioned, that is $2,700 a year.

Ana Ruiz
Pima County Sheriff's Department

From:              Webb, Carl <Carl.Webb@tucsonairport.example.org>
Sent:              Monday, April 1, 2024 4:10 PM
To:                Ruiz, Ana <Ana.Ruiz@pimacounty.example.gov>
Subject:           face search access - cost share

Ana, what would direct access to your face recognition system cost us?

Carl Webb
Tucson Airport Authority Police Department
"""


def test_what_the_writers_agency_bills_is_paid_by_the_agency_it_writes_to() -> None:
    analysis = analyse([PageText(1, COST_SHARE, "layer")], GAZETTEER)
    facts = {fact.quote: fact.agency for fact in analysis.facts if fact.restates is None and fact.kind in ("costs", "usage")}
    assert facts and set(facts.values()) == {"Tucson Airport Authority Police Department"}, facts


REQUEST_LOG = """\
TENNESSEE FUSION CENTER
Face recognition requests, first quarter 2024

SUMMARY BY AGENCY                 Requests   Probe Imgs
Murfreesboro PD                          5            9
Rutherford Co. SO                        4            6
TOTAL                                    9           15
"""


def test_each_row_of_a_table_is_its_own_agencys_and_the_total_borrows_no_rows() -> None:
    analysis = analyse([PageText(1, REQUEST_LOG, "layer")], GAZETTEER)
    by_row = {(fact.quote.split()[0], fact.values["count"]): fact.agency for fact in analysis.facts if fact.kind == "usage"}
    assert by_row[("Murfreesboro", 5)] == "Murfreesboro Police Department"
    assert by_row[("Rutherford", 4)] == "Rutherford County Sheriff's Office"
    assert by_row[("TOTAL", 9)] == "Tennessee Fusion Center"  # the log's keeper, not the row above


def test_a_signatures_name_line_is_no_part_of_the_agency_under_it() -> None:
    names = [m.entity.name for m in GAZETTEER.mentions("Kristen Olson\nMetro Transit Police Department\n")]
    assert names == ["Metro Transit Police Department"]


def test_a_news_storys_place_then_the_police_department_is_that_places() -> None:
    text = ("New Orleans police have used Clearview AI since 2021, records show.\n\n"
            "In Kenner, the Police Department pays BriefCam $9,000 a year for face search. In Jefferson Parish, the "
            "Sheriff's Office holds 22 Clearview accounts. In March, the police chief declined to comment.\n"
            "Kenner, LA 70062\n")
    facts = {fact.quote: fact.agency for fact in analyse([PageText(1, text, "layer")], GAZETTEER).facts if fact.restates is None}
    assert facts["$9,000 a year"] == "Kenner Police Department"
    assert facts["22 Clearview accounts"] == "Jefferson Parish Sheriff's Office"


UNKNOWN_SENDER = """\
From: Dale Harper <dharper@citymail.example.net>
Sent: Friday, March 8, 2024 9:17 AM
To: Beard, Alicia <alicia.beard@knoxcounty.example.gov>
Subject: Clearview seats - cost share?

Our Clearview quote came in at $19,800 for 10 investigator seats for one year.

Dale

-----Original Message-----
From: Beard, Alicia <alicia.beard@knoxcounty.example.gov>
Sent: Thursday, March 7, 2024 4:02 PM
To: Dale Harper <dharper@citymail.example.net>
Subject: Clearview seats

Dale, send me your numbers when you have them.

Alicia Beard
Knox County Sheriff's Office
"""


def test_what_an_unknown_sender_writes_of_is_not_the_recipients() -> None:
    facts = [fact for fact in analyse([PageText(1, UNKNOWN_SENDER, "layer")], GAZETTEER).facts if fact.kind == "costs"]
    assert facts and all(fact.agency != "Knox County Sheriff's Office" for fact in facts), [(f.quote, f.agency) for f in facts]


def test_a_rule_naming_two_agencies_binds_its_subject() -> None:
    text = ("From: Lee Ortiz <lortiz@snctc.example.org>\nTo: Dana Park <dpark@henderson.example.org>\n"
            "Subject: face search requests\n\n"
            "Henderson PD requests for face searches must include a case number, per the SNCTC privacy policy.\n\n"
            "Lee Ortiz\nSouthern Nevada Counter-Terrorism Center\n")
    (rule,) = [fact for fact in analyse([PageText(1, text, "layer")], GAZETTEER).facts if fact.kind == "policies"]
    assert rule.agency == "Henderson Police Department"


def test_a_whole_states_email_domain_names_no_agency() -> None:
    text = ("From: Pat Moore <pat.moore@ky.gov>\nTo: Sales <sales@nec.example.com>\nSubject: NeoFace renewal\n\n"
            "Please send the NeoFace face recognition renewal quote; we ran 6,912 searches last year.\n\nPat\n")
    facts = [fact for fact in analyse([PageText(1, text, "layer")], GAZETTEER).facts if fact.kind == "usage"]
    assert facts and all(fact.agency != "Commonwealth of Kentucky" for fact in facts)


FUSION_SIGNATURE = """\
From: Rae Quillen <rae.quillen@state.example.us>
Sent: Monday, February 3, 2025 8:40 AM
To: Budget Desk <budget@state.example.us>
Subject: face search figures for the annual report

For the report: in 2024 we ran 1,870 face recognition searches for partner agencies.

Thanks,
Rae Quillen
Senior Analyst, Georgia Information Sharing and Analysis Center
Georgia Bureau of Investigation | 3121 Panthersville Road, Decatur, GA 30034
"""


def test_a_signature_line_naming_the_writers_fusion_centre_over_its_parent_names_the_centre() -> None:
    analysis = analyse([PageText(1, FUSION_SIGNATURE, "layer")], GAZETTEER)
    counts = [fact for fact in analysis.facts if fact.kind == "usage" and fact.restates is None]
    assert [(fact.agency, fact.agency_source) for fact in counts] == [
        ("Georgia Information Sharing and Analysis Center", "signature")], [(f.quote, f.agency) for f in counts]


def test_the_parent_on_its_own_signature_line_still_names_the_parent() -> None:
    text = FUSION_SIGNATURE.replace("Senior Analyst, Georgia Information Sharing and Analysis Center\n", "Senior Analyst\n")
    analysis = analyse([PageText(1, text, "layer")], GAZETTEER)
    assert {fact.agency for fact in analysis.facts if fact.restates is None} == {"Georgia Bureau of Investigation"}


NEIGHBOUR_PRICE = """\
From: Kyle Brandt <kbrandt@sterlingheights.gov>
To: Alana Voss <avoss@sterlingheights.gov>
Subject: Clearview quote

The quote is $16,500 for 10 users for 12 months, for the Sterling Heights Police Department.
That's more than Warren PD pays. Their chief told me they pay $12,000 a year for the same seats.
"""


def test_they_of_the_sentence_before_is_the_agency_it_names() -> None:
    facts = analyse([PageText(1, NEIGHBOUR_PRICE, "layer")], Gazetteer.load()).facts
    agencies = {fact.values["amount_max"]: fact.agency for fact in facts if fact.kind == "costs"}
    assert agencies[12000] == "Warren Police Department"
    assert agencies[16500] == "Sterling Heights Police Department"


def test_they_after_a_sentence_naming_an_agency_and_a_company_is_left_empty() -> None:
    text = NEIGHBOUR_PRICE.replace("That's more than Warren PD pays.", "Warren PD also talked to Clearview.")
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    twelve = [fact for fact in facts if fact.kind == "costs" and fact.values["amount_max"] == 12000]
    assert twelve and twelve[0].agency is None
    assert "'they' may be an agency or a company" in (twelve[0].attribution_note or "")


def test_a_centre_operated_by_an_agency_reports_that_agencys_figures() -> None:
    text = """\
HARBOR REGIONAL INTELLIGENCE CENTER (HRIC)
2024 ANNUAL REPORT
Operated by the Austin Police Department with regional partners

The Facial Recognition Unit licenses Cognitec FaceVACS-DBScan LE for six concurrent users.
In 2024 the unit ran 927 face searches.
"""
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert {fact.agency for fact in facts if fact.kind == "usage"} == {"Austin Police Department"}


def test_an_agency_in_brackets_after_a_system_owns_the_system_not_the_row() -> None:
    text = """\
BREVARD COUNTY SHERIFF'S OFFICE
Annual review of face recognition use, 2024

   System                                Accounts     Searches
   ----------------------------------    --------     --------
   FACES (Pinellas County SO)                  23        1,418
   Cognitec FaceVACS-DBScan LE (RTCC)           4          377
"""
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert {fact.agency for fact in facts if fact.kind == "usage"} == {"Brevard County Sheriff's Office"}


def test_a_board_of_county_commissioners_names_no_county() -> None:
    text = """\
WELD COUNTY, COLORADO
BOARD OF COUNTY COMMISSIONERS - AGENDA ITEM SUMMARY

Department:    Sheriff's Office - Investigations Division
The Sheriff's Office asks the Board to approve a face recognition service for $27,800 a year.
Reviewed by the Weld County Attorney.
"""
    facts = analyse([PageText(1, text, "layer")], Gazetteer.load()).facts
    assert {fact.agency for fact in facts if fact.kind == "costs"} == {"Weld County Sheriff's Office"}
    without_the_county = text.replace("Reviewed by the Weld County Attorney.\n", "")
    facts = analyse([PageText(1, without_the_county, "layer")], Gazetteer.load()).facts
    assert not any("Board" in (fact.agency or "") for fact in facts)
