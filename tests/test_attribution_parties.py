"""Attribution from who writes to whom: a reply addressed to someone who signs for an agency elsewhere
in the thread, the To line before the Cc line, an agency that sells access, whose photos a cost loads,
a signature read below the sign-off, and a gallery no agency holds."""

from __future__ import annotations

from foia.analysis import Analysis, Fact, analyse
from foia.attribution import DocumentContext
from foia.extract.entities import Gazetteer
from foia.ingest import PageText


def _analyse(text: str) -> Analysis:
    return analyse([PageText(1, text, "layer")], Gazetteer.load())


def _listed(analysis: Analysis, kind: str) -> list[Fact]:
    return [fact for fact in analysis.facts if fact.kind == kind and fact.restates is None]


TRANSIT_THREAD = """\
Subject: Re: Rekognition estimate - transit police pilot
From: Dana Ortiz <dortiz@dot.state.example.gov>
Date: 3/18/2024, 11:52 AM
To: Lt. Ray Moss <rmoss@transit.example.gov>

Ray, security signs off on the pilot as long as all probe images stay in our cloud account.

Dana Ortiz
Pennsylvania Department of Transportation, Office of Information Technology

Subject: Re: Rekognition estimate - transit police pilot
From: Lt. Ray Moss <rmoss@transit.example.gov>
Date: 3/18/2024, 9:30 AM
To: Sam Lee <slee@amazon.com>

Sam, thanks, the estimate works for us.

Lt. Ray Moss
Criminal Investigation Division, Southeastern Pennsylvania Transportation Authority Police Force

Subject: Rekognition estimate - transit police pilot
From: Sam Lee <slee@amazon.com>
Date: 3/17/2024, 1:05 PM
To: Lt. Ray Moss <rmoss@transit.example.gov>
CC: Dana Ortiz <dortiz@dot.state.example.gov>

Lieutenant Moss, the face search pilot would cost about $3,600 per year for Amazon Rekognition.

Best regards,
Sam Lee
Amazon Web Services
"""


def test_a_vendors_quote_is_the_agency_its_to_line_signs_for_elsewhere_in_the_thread() -> None:
    (cost,) = _listed(_analyse(TRANSIT_THREAD), "costs")
    assert (cost.quote, cost.agency, cost.vendor) == (
        "about $3,600 per year", "Southeastern Pennsylvania Transportation Authority Police Force", "Amazon Web Services")
    assert "signs for" in (cost.attribution_note or "")


SELLER_REPLY = """\
From: Maj. Celeste Brandt <cbrandt@ksp.example.gov>
Subject: Re: access to the state face recognition program
Date: August 22, 2022 at 8:47:12 AM EDT
To: Sgt. Owen Pruitt <opruitt@lmpd.example.gov>

Sgt. Pruitt,

The Kentucky State Police bills participating agencies $2,400 per year per analyst account for face
recognition access.

Major Celeste Brandt
Kentucky State Police

From: Sgt. Owen Pruitt <opruitt@lmpd.example.gov>
Subject: access to the state face recognition program
Date: August 19, 2022 at 2:31 PM EDT
To: Maj. Celeste Brandt <cbrandt@ksp.example.gov>

Major Brandt, what does the state charge for face recognition access? Is it limited in any way?

Thanks,
Sgt. Owen Pruitt
Louisville Metro Police Department
"""


def test_an_agency_that_bills_for_access_is_the_seller_and_the_buyer_is_whom_it_writes_to() -> None:
    (cost,) = _listed(_analyse(SELLER_REPLY), "costs")
    assert (cost.quote, cost.agency) == ("$2,400 per year per analyst account", "Louisville Metro Police Department")
    assert "Kentucky State Police sells it" in (cost.attribution_note or "")


def test_the_agency_whose_booking_photos_a_cost_loads_is_not_the_one_that_pays() -> None:
    text = """\
From: Lee Park <lpark@dataworksplus.com>
To: Capt. Ann Vole <avole@cedar-rapids.example.org>
Subject: FACE Plus quote for the Cedar Rapids Police Department

Onboarding of the Linn County Sheriff's Office booking images is estimated at $3,000 to $5,000 for face
recognition, and is not included above.

Regards,
Lee Park
DataWorks Plus
"""
    (cost,) = _listed(_analyse(text), "costs")
    assert cost.agency == "Cedar Rapids Police Department"


def test_a_question_quoted_above_the_sign_off_is_not_the_signature() -> None:
    text = """\
From: Sgt. Owen Pruitt <opruitt@lmpd.example.gov>
To: Maj. Celeste Brandt <cbrandt@ksp.example.gov>
Subject: face recognition access

Major Brandt, three questions before we take it to council:
1. What does the Kentucky State Police charge for face recognition access?
2. What images are searched?

Thanks,
Sgt. Owen Pruitt #4471
"""
    assert _analyse(text).sender_organisations.get(0) is None  # the state police is asked, it does not sign


def test_a_billion_image_gallery_is_no_agencys_and_the_request_agency_does_not_stand_in() -> None:
    text = """\
From: Lt. Ann Vole <avole@co.baldwin.al.us>
To: Clearview AI <renewals@clearview.ai>
Subject: Clearview AI renewal for the Baldwin County Sheriff's Office

Our investigators search a gallery of more than 40 billion facial images for face recognition leads.
"""
    (count,) = _listed(_analyse(text), "usage")
    assert (count.values["count"], count.agency, count.agency_withheld) == (40_000_000_000, None, True)


def test_a_county_jails_booking_photos_are_its_sheriffs() -> None:
    text = """\
From: Det. Ann Vole <avole@wichita.example.gov>
To: Records Unit
Subject: face recognition search for case 24-1187

The face recognition gallery is the 180,000 booking photos from the Sedgwick County Adult Detention Facility
in Wichita, Kansas.
"""
    (count,) = _listed(_analyse(text), "usage")
    assert (count.values["count"], count.agency) == (180_000, "Sedgwick County Sheriff's Office")


def test_accounts_on_another_agencys_system_and_a_figure_for_unnamed_others() -> None:
    text = """\
University of Illinois Police Department
GENERAL ORDER 2.41 - Facial Recognition

The Department searches through the Champaign County Sheriff's Office face recognition system.
C. The Department will maintain 5 user accounts for the Champaign County system.
By requesting agency: University of Illinois Police Department 120 searches; all other agencies 38 searches.
"""
    counts = {fact.values["count"]: fact for fact in _listed(_analyse(text), "usage")}
    assert counts[5].agency == "University of Illinois Police Department"
    assert counts[120].agency == "University of Illinois Police Department"
    assert (counts[38].agency, counts[38].agency_withheld) == (None, True)


def test_the_agency_that_is_reimbursed_is_not_the_one_that_pays() -> None:
    text = """\
MEMORANDUM OF UNDERSTANDING between the Colorado Information Analysis Center and the Pueblo Police Department

3.1 The Pueblo Police Department shall reimburse the Colorado Information Analysis Center a cost share of $3,600 per
year for up to 10 user accounts of Vigilant FaceSearch.
"""
    analysis = _analyse(text)
    (cost,) = _listed(analysis, "costs")
    (count,) = _listed(analysis, "usage")
    assert cost.agency == count.agency == "Pueblo Police Department"
    assert cost.vendor == "Vigilant Solutions"


def test_fusion_centres_and_vendors_of_the_trade_are_named() -> None:
    text = """\
The Colorado Information Analysis Center, the Louisiana State Analytic & Fusion Exchange and the
Missouri Information Analysis Center compared Voyager Labs, LexisNexis Accurint Virtual Crime Center and ROC Investigate.
"""
    names = {mention.entity.name for mention in Gazetteer.load().mentions(text)}
    assert {"Colorado Information Analysis Center", "Louisiana State Analytic & Fusion Exchange",
            "Missouri Information Analysis Center", "Voyager Labs", "Accurint Virtual Crime Center",
            "ROC Investigate"} <= names


def test_letterheads_in_capitals_name_the_bureau_of_the_city_and_the_department_of_state_police() -> None:
    gazetteer = Gazetteer.load()
    names = [m.entity.name for m in gazetteer.mentions("CITY OF PITTSBURGH - BUREAU OF POLICE\nGENERAL ORDER\n")]
    assert names == ["Pittsburgh Bureau of Police"]
    (mention,) = gazetteer.mentions("Requisition by the Virginia Department of State Police.")
    assert (mention.entity.name, mention.entity.ori) == ("Virginia State Police", "VAVSP0000")


def test_a_reference_lists_initials_mean_the_agency_the_document_names_with_them() -> None:
    text = """\
From: Rachel Imbler <rimbler@washoecounty.example.gov>
To: Rank One Computing <sales@rankone.io>
Subject: ROC renewal for the Washoe County Sheriff's Office

The gallery of roughly 380,000 booking photos from the WCSO jail management system stays as it is.

Rachel Imbler
Washoe County Sheriff's Office
"""
    (count,) = _listed(_analyse(text), "usage")
    assert count.agency == "Washoe County Sheriff's Office"


def test_a_report_that_says_it_buys_no_face_recognition_has_no_face_recognition_costs() -> None:
    text = """\
CHEYENNE POLICE DEPARTMENT - STAFF REPORT
FISCAL IMPACT
   Vigilant fixed LPR cameras, 8 @ $6,250 ..................... $50,000
   Evidence Library cloud storage, 96 users @ $39/month ........ $44,928 (12 months)
DISCUSSION
Motorola Solutions also offers a FaceSearch face recognition module for the Vigilant platform. The
Department is NOT purchasing FaceSearch or any facial recognition capability.
"""
    analysis = _analyse(text)
    assert _listed(analysis, "costs") == [] and _listed(analysis, "usage") == []


def test_the_police_department_of_a_city_named_only_in_capitals() -> None:
    text = """\
CITY OF GRAND ISLAND, NEBRASKA
CITY COUNCIL REGULAR MEETING MINUTES

Police Chief Allison Brekke said the Police Department trialed FaceSearch facial recognition and asked
for $15,500 per year for the subscription.
"""
    (cost,) = _listed(_analyse(text), "costs")
    assert cost.agency == "Grand Island Police Department"



def test_the_police_department_of_a_town_the_fbi_list_does_not_know() -> None:
    text = """\
CITY OF PORT SABLEWOOD, LOUISIANA
COUNCIL MINUTES

The Council authorized a face recognition subscription for the Police Department, not to exceed $84,000
over three years.
"""
    (cost,) = _listed(_analyse(text), "costs")
    assert cost.agency == "Port Sablewood Police Department"


def test_a_purchasing_office_that_places_the_order_is_not_the_buyer() -> None:
    text = """\
From: Karen Lind <klind@purchasing.example.gov>
To: Tom Aldana <taldana@upd.example.edu>
Subject: SAFR face recognition order

Tom, the SAFR licence is $1,150 per camera per year; I will send the PO to the Idaho Division of Purchasing.

Karen Lind
Senior Buyer, Idaho Division of Purchasing
"""
    (cost,) = _listed(_analyse(text), "costs")
    assert cost.agency is None or "Purchasing" not in cost.agency


def test_a_gallery_count_is_the_searching_agencys_not_the_jail_its_photos_come_from() -> None:
    text = """\
CITY OF CEDAR FALLS, IOWA
CITY COUNCIL WORK SESSION MINUTES - MARCH 4, 2024

3. Face recognition agreement with IDEMIA

Chief Reyes said the agreement would give six named users in the
Investigations Bureau direct access to MorphoFace Investigate. IDEMIA
would load about 96,000 Black Hawk County Jail booking photographs
under the County's existing data sharing agreement with the City.
The gallery will also hold roughly 12,000 booking photos from the
Pottawattamie County Jail.
"""
    counts = {fact.values["count"]: fact.agency for fact in _listed(_analyse(text), "usage")}
    assert counts[96_000] == counts[12_000] == "City of Cedar Falls"


def test_booking_photos_taken_at_or_held_by_a_county_jail_are_the_searching_polices_gallery() -> None:
    text = """\
CITY OF MARSHALLTOWN, IOWA - CITY COUNCIL AGENDA ITEM
Subject: Veritone IDentify subscription for the Marshalltown Police Department

The gallery will hold about 41,700 booking photographs taken at the Marshall County Jail,
which the Marshall County Sheriff's Office shares with the Department. Chief Moreno said
IDentify would compare still images against about 12,300 booking photos held by the
Tama County Jail as well.
"""
    counts = {fact.values["count"]: fact.agency for fact in _listed(_analyse(text), "usage")}
    assert counts[41_700] == counts[12_300] == "Marshalltown Police Department"


def test_searches_run_for_an_agency_or_sent_to_another_are_the_requesters() -> None:
    text = """\
LOVELAND POLICE DEPARTMENT
INTEROFFICE MEMORANDUM
FROM: Sgt. Dana Whit, Investigations Division, Loveland Police Department

Today detectives send probe photos to the Colorado Information Analysis Center, which runs them; in
2024 detectives sent 146 requests to the Center for face comparison.
The Colorado Information Analysis Center ran 12 searches for the Loveland Police Department in
January alone.
"""
    counts = {fact.values["count"]: fact.agency for fact in _listed(_analyse(text), "usage")}
    assert counts[146] == counts[12] == "Loveland Police Department"


def test_requests_sent_to_another_agency_name_no_vendor_of_the_document() -> None:
    text = """\
From: Lt. Rosa Imbert <rimbert@lakeview.example.gov>
To: Chief Dale Hurd <dhurd@lakeview.example.gov>
Subject: Clearview AI renewal

Chief, the Clearview AI renewal is $9,000 for the year. Before the subscription, detectives sent 58
requests in 2022 to the state fusion center. Last year our Clearview users ran 412 searches.

Rosa Imbert
Lakeview Police Department
"""
    counts = {fact.values["count"]: fact.vendor for fact in _listed(_analyse(text), "usage")}
    assert counts[58] is None and counts[412] == "Clearview AI"


def test_a_citys_document_about_its_police_is_the_police_departments_though_it_never_prints_its_name() -> None:
    text = """\
CITY OF DANBURY, CONNECTICUT
FY 2025-2026 OPERATING BUDGET REQUEST - TECHNOLOGY DETAIL
Dept 0210 Police | Division 0214 Detective Bureau

The face recognition add-on for the video system is requested at $7,030 for FY26.
"""
    (cost,) = _listed(_analyse(text), "costs")
    assert (cost.agency, cost.agency_entity.state if cost.agency_entity else None) == ("Danbury Police Department", "CT")


def test_a_councils_minutes_in_capitals_give_the_police_department_to_its_own_city_not_one_it_compares() -> None:
    text = """\
                              CITY OF ROYAL OAK
              MINUTES OF THE REGULAR CITY COUNCIL MEETING
                        Monday, March 10, 2025

I-4. Facial Recognition Subscription, Police Department. The Chief said the Police Department
would pay $27,600 a year for 12 seats. The Police Department runs about 40 searches a month.
Council Member Tran asked about other cities. The Chief said the Farmington Hills Police Department
runs roughly 300 searches a year.
"""
    costs = _listed(_analyse(text), "costs")
    assert costs and {cost.agency for cost in costs} == {"Royal Oak Police Department"}


def test_a_statewide_body_printed_without_its_state_is_not_another_state_agency_the_document_names() -> None:
    text = """\
STATE OF NORTH DAKOTA - OFFICE OF THE STATE AUDITOR
Office of Attorney General - Bureau of Criminal Investigation

The Bureau of Criminal Investigation (BCI) operates the statewide face recognition service. Driver license
photographs held by the North Dakota Department of Transportation are not in it. BCI paid DataWorks Plus
$186,400 for installation and the first year of service.
"""
    (cost,) = _listed(_analyse(text), "costs")
    assert cost.agency != "North Dakota Department of Transportation"


def test_an_agencys_initials_with_a_qualifier_are_a_log_code_not_its_name() -> None:
    """A request log whose "requesting unit" column holds "FPD-OUTSIDE", defined once as "Fredericksburg PD
    (FPD-OUTSIDE)", is not Fredericksburg's document: the Sheriff's Office in its footer is the document's."""
    rows = "".join(f"FR25-{n:03d},01/{n:02d}/2025,25-000{n:03d},{'FPD-OUTSIDE' if n % 3 == 0 else 'CID-PROP'},CCTV,POSSIBLE\n"
                   for n in range(1, 13))
    footer = "Stafford County Sheriff's Office FOIA 25-1187   Page {} of 2\n"
    text = ("FR_Request_Log_CY2025 - sheet Log (printed as CSV)\n\nreq_id,date,case_no,req_unit,probe,result\n" + rows
            + footer.format(1) + "\fSummary\n1,face recognition requests logged,12\n"
            "2,requests from Fredericksburg PD (FPD-OUTSIDE),4\n\n" + footer.format(2))
    context = DocumentContext(text, [], Gazetteer.load())
    assert context.document_agency is not None
    assert context.document_agency.entity.name == "Stafford County Sheriff's Office"


def test_a_gallery_contributed_by_agencies_nationwide_is_the_vendors_not_the_agencys() -> None:
    text = """\
From: Records Unit <records@florence-ky.example.gov>
Subject: Open records response

The Department ran 486 FaceSearch searches in 2024. Vigilant states that its FaceSearch gallery holds more
than 20 million booking photographs contributed by agencies nationwide.
"""
    gallery = next(fact for fact in _listed(_analyse(text), "usage") if fact.values["count"] == 20_000_000)
    assert (gallery.agency, gallery.agency_withheld, gallery.vendor) == (None, True, "Vigilant Solutions")
