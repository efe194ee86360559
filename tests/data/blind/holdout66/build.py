"""Writes docs/*.txt and labels.json for holdout66 (six invented releases: FL, PA, OH, MI, WA, MA).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on policies
(requirement, prohibition, permission, purpose, consequence, disclaimer)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75   # the born-digital helper wraps at about 80 characters
MAX_LINES = 44  # per page, header and footer included
KINDS = {"requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"}


def C(amin, amax, period, quote, agency, vendor, product=None, unit=None):
    d = {"amount_min": amin, "amount_max": amax, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor}
    if product:
        d["product"] = product
    if unit:
        d["unit"] = unit
    return d


USAGE = {"images", "searches", "users", "licenses", "requests"}


def N(count, qualifier, measure, per, quote, agency, vendor=None):
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor}


def P(quote, agency, kind):
    assert kind in KINDS, kind
    return {"quote": quote, "agency": agency, "kind": kind}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def _resolve(quote, text):
    """Quotes are written with single spaces; where the text breaks the phrase over lines (with
    indentation or '> ' quote marks) the label takes the exact substring the text holds."""
    if quote in text:
        return quote
    pattern = r"\s+(?:>\s*)?".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    return m.group(0) if m else quote


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        page = "\n".join(parts) + "\n"
        lines = page.splitlines()
        assert len(lines) <= MAX_LINES, (file, len(lines))
        for line in lines:
            assert len(line) <= MAX_COLS, (file, len(line), line)
            assert line.isascii(), (file, line)
        texts.append(page)
    text = "\f".join(texts)
    for group in (costs, counts, policies):
        for f in group:
            f["quote"] = _resolve(f["quote"], text)
            assert f["quote"] in text, (file, f["quote"])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Florida: Volusia Sheriff's Office
VSO = "Volusia Sheriff's Office"
SIS = "Suncoast Identity Solutions"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan ID"
doc("01_volusia-so-cognitec-purchase-order.txt", [
    (None, """\
COUNTY OF VOLUSIA
Purchasing and Contracts Division
123 W. Indiana Avenue, Room 302, DeLand, FL 32720 | (386) 555-0171

                                                       PURCHASE ORDER
PO No.:      P24-001956                          Order Date: 04/22/2024
Requisition: R24-VSO-0788                        Buyer: M. Okafor
Vendor No.:  0041893                             Terms: Net 45
Account:     001-310-3121-5464 (Sheriff - Software)

VENDOR                                    DELIVER TO
Suncoast Identity Solutions, Inc.         Volusia Sheriff's Office
2290 Lee Road, Suite 110                  Crime Lab - Image Analysis
Winter Park, FL 32789                     1330 Indian Lake Road
Tel. (407) 555-0152                       Daytona Beach, FL 32124
                                          Attn: Lt. Renata Sosa

Ln Description                       Qty Unit  Unit Price     Extended
-- --------------------------------- --- ---- ----------- ------------
1  Cognitec FaceVACS-DBScan ID         1 EA     46,800.00    46,800.00
   server licence, perpetual
   (one-time)
2  FaceVACS-DBScan ID examiner         8 EA      2,150.00    17,200.00
   client licence, perpetual
   (one-time)
3  Software maintenance and support,   1 YR     11,520.00    11,520.00
   year 1 (05/01/2024 - 04/30/2025)
4  Magnet AXIOM Cyber renewal,         1 EA      5,995.00     5,995.00
   digital forensics (Crime Lab)
5  Shipping and handling, media kit    1 EA         38.00        38.00
                                                          ------------
                                                PO TOTAL     81,553.00

Florida sales tax: exempt, Consumer's Certificate of Exemption
85-8013582497C-3. Lines 1-3 approved by the Volusia County Council on
04/09/2024 (agenda item 14, sole source under Purchasing Ordinance
sec. 2-311(c)). Line 4 is charged to account 001-310-3150-5464.
Maintenance for later years renews each May 1 at 18% of licence fees
unless the County gives 60 days' notice.

Authorized: ________________________  Purchasing Director  04/22/2024""",
     "VSO PRR 24-1187  Page 1 of 3"),
    (None, """\
SUNCOAST IDENTITY SOLUTIONS, INC.
Authorized Cognitec Systems reseller - Florida public sector
2290 Lee Road, Suite 110, Winter Park, FL 32789 | (407) 555-0152

QUOTATION Q-VSO-24031                              Date: March 18, 2024
Prepared for: Lt. Renata Sosa, Volusia Sheriff's Office
Valid through: June 16, 2024 (90 days)

Item                                                            Price
------------------------------------------------------   ------------
FaceVACS-DBScan ID server licence, perpetual                46,800.00
FaceVACS-DBScan ID examiner client licences (8 seats)       17,200.00
Annual maintenance and support, 18% of licence fees         11,520.00
  (first year due with order; renews yearly)
Onsite installation and two-day examiner training            included
FaceVACS-VideoScan live video module                       not quoted
------------------------------------------------------   ------------
Total due with order                                        75,520.00

Notes
1. Gallery sizing: the server licence covers up to 1,000,000 enrolled
   images. Extra capacity is sold in blocks of 250,000 images.
2. Prices exclude Florida sales tax; public agencies are exempt.
3. Cognitec's list price for a client licence is $2,650. The price
   above reflects the Florida public-safety discount.
4. Shipping of the installation media is billed at cost.

Accepted for Suncoast Identity Solutions: Paul Ferrante, Account Mgr.
paul.ferrante@suncoastidentity.example | (407) 555-0158""",
     "VSO PRR 24-1187  Page 2 of 3"),
    (None, """\
VOLUSIA SHERIFF'S OFFICE
Inter-Office Memorandum

TO:      Purchasing and Contracts Division, County of Volusia
FROM:    Lt. Renata Sosa, Crime Lab - Image Analysis Unit
DATE:    March 25, 2024
SUBJECT: Sole-source justification, requisition R24-VSO-0788

Since 2016 the Sheriff's Office has sent probe photographs to the
Pinellas County Sheriff's Office for searches in FACES, the statewide
system that Pinellas hosts. Our detectives submitted 1,284 FACES
requests in calendar year 2023, and turnaround now averages four
days. FACES remains free to Florida agencies, but it does not search
our own booking archive.

FaceVACS-DBScan ID will search that archive locally: about 611,000
booking photographs of roughly 243,000 persons, 1994 to date. The
eight examiner licences will be assigned to the Image Analysis Unit.

Cognitec's algorithm has been evaluated in NIST FRTE 1:N. Suncoast
Identity Solutions is Cognitec's only authorized Florida reseller,
which supports a sole-source purchase under F.S. 287.057(3)(c).

Use of the system will be governed by General Order 41.22, Facial
Recognition, effective May 1, 2024:
 - Only Crime Lab examiners who have completed Cognitec's examiner
   course may run a search.
 - A candidate returned by the system is an investigative lead only
   and is not probable cause to arrest.
 - Members shall not search images of persons engaged in lawful
   protest or other constitutionally protected activity.
 - Misuse of the system will result in loss of access and may lead
   to discipline up to and including termination.

There is no Sheriff's Office policy that prohibits using images from
social media as probe photographs; the Sheriff has asked the General
Counsel to review that question before go-live.""",
     "VSO PRR 24-1187  Page 3 of 3"),
], "pdf", VSO,
    [VSO, "County of Volusia", "Volusia County Council", "Pinellas County Sheriff's Office",
     "National Institute of Standards and Technology"],
    [SIS, COG, "Magnet Forensics"],
    [DBS, "FaceVACS-VideoScan", "Magnet AXIOM Cyber", "FACES"],
    [C(46800, 46800, "one-time", "1  Cognitec FaceVACS-DBScan ID         1 EA     46,800.00    46,800.00",
       VSO, SIS, DBS),
     C(17200, 17200, "one-time", "2  FaceVACS-DBScan ID examiner         8 EA      2,150.00    17,200.00",
       VSO, SIS, DBS),
     C(2150, 2150, "one-time", "2  FaceVACS-DBScan ID examiner         8 EA      2,150.00",
       VSO, SIS, DBS, unit="per license"),
     C(11520, 11520, "year", "3  Software maintenance and support,   1 YR     11,520.00    11,520.00",
       VSO, SIS, DBS),
     C(75520, 75520, None, "Total due with order                                        75,520.00",
       VSO, SIS, DBS)],
    [N(8, "exact", "licenses", None, "2  FaceVACS-DBScan ID examiner         8 EA", VSO, SIS),
     N(1284, "exact", "requests", "year", "Our detectives submitted 1,284 FACES requests in calendar year 2023",
       VSO, None),
     N(611000, "approximately", "images", None, "about 611,000 booking photographs", VSO, COG),
     N(243000, "approximately", "images", None, "roughly 243,000 persons", VSO, COG)],
    [P("Only Crime Lab examiners who have completed Cognitec's examiner course may run a search.", VSO,
       "requirement"),
     P("A candidate returned by the system is an investigative lead only and is not probable cause to arrest.",
       VSO, "disclaimer"),
     P("Members shall not search images of persons engaged in lawful protest or other constitutionally "
       "protected activity.", VSO, "prohibition"),
     P("Misuse of the system will result in loss of access and may lead to discipline up to and including "
       "termination.", VSO, "consequence")],
    [],
    ["2024-04-22", "2024-05-01", "2025-04-30", "2024-04-09", "2024-03-18", "2024-06-16", "2024-03-25", "2016",
     "2023", "1994"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Pennsylvania: Scranton PD
SPD = "Scranton Police Department"
ROC = "Rank One Computing"
RI = "ROC Investigate"
doc("02_scranton-pd-pccd-grant-budget-narrative.txt", [
    (None, """\
PENNSYLVANIA COMMISSION ON CRIME AND DELINQUENCY
Egrants - Application Budget Detail and Budget Narrative

Applicant:        City of Scranton (Scranton Police Department)
Funding stream:   Local Law Enforcement Support Grant Program,
                  FY 2024-25 (Solicitation LLESG-24)
Application No.:  2024-LE-ST-41962
Project title:    Investigative Face Comparison for Violent Crime
                  Case Clearance
Project period:   01/01/2025 - 12/31/2026 (24 months)
Contact:          Capt. Darnell Kowalczyk, (570) 555-0144
Submitted:        09/12/2024

SECTION 1 - STATEMENT OF NEED (excerpt)

Scranton detectives now send probe images to the Pennsylvania State
Police, which runs them through the JNET facial recognition
application. In 2023 the Department submitted 163 such requests. The
median reply took 9 days, and JNET searches do not include the
Lackawanna County Prison booking archive, where most of our suspects
in shootings and robberies were last photographed.

The County has agreed in writing to share that archive, about 188,000
booking photographs, with the Department for face comparison only.

SECTION 2 - BUDGET SUMMARY

Budget category                              PCCD request
-------------------------------------------  ------------
A. Consultants/Contracts                        45,750.00
B. Training                                      5,370.00
C. Equipment                                         0.00
D. Personnel                                         0.00
-------------------------------------------  ------------
Total                                           51,120.00

PCCD does not require a cash match for this funding stream.""",
     "Application 2024-LE-ST-41962 | Page 3 of 9"),
    (None, """\
SECTION 3 - BUDGET NARRATIVE

A. Consultants/Contracts ($45,750)
Rank One Computing Corporation of Denver, Colorado, will provide ROC
Investigate, a hosted face comparison application, through ten
named-user licences in the Criminal Investigation Division. The
subscription is priced at $1,950 per user per year, or $19,500 per
year for ten users, in each of the two project years ($39,000 total).
A one-time implementation fee of $6,750 covers the connection to the
Lackawanna County Prison booking system and the load of its archive.

B. Training ($5,370)
Detectives who have not completed examiner training will attend Rank
One's three-day face examiner course, budgeted at $895 per student.

C. Items not requested
The Department will buy a replacement evidence storage array for
body-worn camera video ($14,200) with City capital funds; it is not
part of this application. No equipment is requested.

D. Sustainability
After the project period the City will fund the ROC Investigate
subscription from the Police Department's general fund operating
budget, at about $20,500 a year at current pricing plus 5%.

SECTION 4 - POLICY AND ACCOUNTABILITY

Use of ROC Investigate will be governed by Scranton Police Department
General Order 2-41, Facial Recognition (adopted June 3, 2024).
Searches are permitted only for an open criminal investigation with
an incident number, or to identify a deceased person. Results are
investigative leads only and shall not be the sole basis for an
arrest or a search warrant. The Department proposes to add a rule
requiring supervisor approval before any search of a juvenile's
image; that rule has not been adopted.

Under the PCCD special conditions for this funding stream, grantees
must keep a log of every search, including the requesting officer
and case number, and make it available to PCCD on request.""",
     "Application 2024-LE-ST-41962 | Page 4 of 9"),
], "pdf", SPD,
    ["Pennsylvania Commission on Crime and Delinquency", "City of Scranton", SPD, "Pennsylvania State Police",
     "Pennsylvania Justice Network (JNET)", "Lackawanna County", "Lackawanna County Prison"],
    [ROC],
    [RI],
    [C(45750, 45750, None, "A. Consultants/Contracts                        45,750.00", SPD, ROC, RI),
     C(5370, 5370, None, "B. Training                                      5,370.00", SPD, ROC, RI),
     C(51120, 51120, None, "Total                                           51,120.00", SPD, None),
     C(1950, 1950, "year", "priced at $1,950 per user per year", SPD, ROC, RI, unit="per user"),
     C(19500, 19500, "year", "$19,500 per year for ten users", SPD, ROC, RI),
     C(39000, 39000, None, "in each of the two project years ($39,000 total)", SPD, ROC, RI),
     C(6750, 6750, "one-time", "A one-time implementation fee of $6,750", SPD, ROC, RI),
     C(895, 895, None, "budgeted at $895 per student", SPD, ROC, RI, unit="per student"),
     C(20500, 20500, "year", "at about $20,500 a year", SPD, ROC, RI)],
    [N(163, "exact", "requests", "year", "In 2023 the Department submitted 163 such requests", SPD, None),
     N(188000, "approximately", "images", None, "about 188,000 booking photographs", SPD, None),
     N(10, "exact", "licenses", None, "ten named-user licences", SPD, ROC)],
    [P("Searches are permitted only for an open criminal investigation with an incident number, or to identify "
       "a deceased person.", SPD, "purpose"),
     P("Results are investigative leads only and shall not be the sole basis for an arrest or a search "
       "warrant.", SPD, "disclaimer"),
     P("grantees must keep a log of every search, including the requesting officer and case number, and make "
       "it available to PCCD on request.", SPD, "requirement")],
    [],
    ["2025-01-01", "2026-12-31", "2024-09-12", "2023", "2024-06-03"])


# ---------------------------------------------------------------- 3 Ohio: Youngstown PD
YPD = "Youngstown Police Department"
CV = "Clearview AI"
doc("03_youngstown-pd-public-records-reply-usage.txt", [
    (None, """\
YOUNGSTOWN POLICE DEPARTMENT
Office of the Chief - Records and Public Information Unit
116 W. Boardman Street, Youngstown, Ohio 44503 | (330) 555-0119

August 6, 2024

Sent by email to kbrandt@buckeyeopengov.org

Mr. Keegan Brandt
Buckeye Open Government Coalition
P.O. Box 14460
Columbus, OH 43214

Re: Public records request of July 15, 2024 (YPD PRR 24-0391)

Dear Mr. Brandt:

The Department has completed its response to your request under the
Ohio Public Records Act, R.C. 149.43, for records of its use of face
recognition from January 1, 2023 through June 30, 2024. The records
are attached. As a courtesy we have also summarized them below.

1. Clearview AI. The Department first bought a Clearview AI
   subscription on September 12, 2022, for $11,000 for one year,
   with five user licences. At renewal in September 2023 it moved to
   eight licences; the current term costs $15,800 for the year, or
   about $1,975 per licence. Clearview AI, Inc. is paid directly.

2. OHLEG. Members may also submit searches through the Ohio Attorney
   General's facial recognition application in the Ohio Law
   Enforcement Gateway (OHLEG), which compares a probe image with
   Ohio BMV and booking photographs. The Attorney General provides
   OHLEG at no charge. At present 22 YPD members hold OHLEG facial
   recognition access.

3. Usage. Table 1 (page 2) shows the monthly number of Clearview AI
   searches logged in the administrator dashboard for 2023, and how
   many returned a possible match. Searches that returned nothing are
   included.""",
     "YPD PRR 24-0391 - 1"),
    (None, """\
Table 1. Clearview AI searches by month, calendar year 2023

Month         Searches    Possible match
-----------   --------    --------------
January             31                 9
February            27                 8
March               38                12
April               35                10
May                 42                13
June                29                 7
July                33                 9
August              36                11
September           44                14
October             51                15
November            47                12
December            40                11
-----------   --------    --------------
Year total         453               131

About 28.9% of 2023 searches returned a possible match. Table 1
includes 17 searches that YPD ran at the request of the Mahoning
County Sheriff's Office, which has no account of its own.

Our OHLEG audit report shows 58 facial recognition searches by YPD
users in 2023. From January 1 through June 30, 2024, YPD users ran
262 Clearview AI searches and 24 OHLEG facial recognition searches.

4. Policy. YPD General Order 3.19, Facial Recognition (rev. March
   2023), is attached. It requires that each search be tied to an
   active incident number recorded in the search log. A possible
   match is not a positive identification and cannot by itself
   establish probable cause. Use of facial recognition to monitor
   people lawfully assembled is prohibited. OHLEG users must accept
   the Attorney General's OHLEG rules at every log-in, and the
   Attorney General may suspend the OHLEG access of any user who
   runs a search without a law enforcement purpose.""",
     "YPD PRR 24-0391 - 2"),
    (None, """\
5. Withheld records and fees. Probe images and candidate photographs
   are withheld under R.C. 149.43(A)(2)(c) as confidential law
   enforcement investigatory records. There is no charge for the 31
   pages released electronically; paper copies would cost $0.05 per
   page.

If you have questions about this response, please call me at
(330) 555-0112.

Sincerely,

Sgt. Anita Karabinos
Public Records Officer
Youngstown Police Department

Attachments: General Order 3.19; Clearview AI order forms (2022,
2023); Clearview AI dashboard export; OHLEG audit summary""",
     "YPD PRR 24-0391 - 3"),
], "pdf", YPD,
    [YPD, "Ohio Attorney General", "Ohio Bureau of Motor Vehicles", "Mahoning County Sheriff's Office"],
    [CV],
    [],
    [C(11000, 11000, "year", "for $11,000 for one year", YPD, CV),
     C(15800, 15800, "year", "the current term costs $15,800 for the year", YPD, CV),
     C(1975, 1975, "year", "about $1,975 per licence", YPD, CV, unit="per license")],
    [N(5, "exact", "licenses", None, "five user licences", YPD, CV),
     N(8, "exact", "licenses", None, "eight licences", YPD, CV),
     N(22, "exact", "users", None, "22 YPD members hold OHLEG facial recognition access", YPD, None),
     N(31, "exact", "searches", "month", "January             31", YPD, CV),
     N(27, "exact", "searches", "month", "February            27", YPD, CV),
     N(38, "exact", "searches", "month", "March               38", YPD, CV),
     N(35, "exact", "searches", "month", "April               35", YPD, CV),
     N(42, "exact", "searches", "month", "May                 42", YPD, CV),
     N(29, "exact", "searches", "month", "June                29", YPD, CV),
     N(33, "exact", "searches", "month", "July                33", YPD, CV),
     N(36, "exact", "searches", "month", "August              36", YPD, CV),
     N(44, "exact", "searches", "month", "September           44", YPD, CV),
     N(51, "exact", "searches", "month", "October             51", YPD, CV),
     N(47, "exact", "searches", "month", "November            47", YPD, CV),
     N(40, "exact", "searches", "month", "December            40", YPD, CV),
     N(453, "exact", "searches", "year", "Year total         453", YPD, CV),
     N(131, "exact", "matches", "year", "Year total         453               131", YPD, CV),
     N(17, "exact", "requests", "year", "includes 17 searches that YPD ran at the request of the Mahoning",
       YPD, CV),
     N(58, "exact", "searches", "year", "58 facial recognition searches by YPD users in 2023", YPD, None),
     N(262, "exact", "searches", None, "262 Clearview AI searches", YPD, CV),
     N(24, "exact", "searches", None, "24 OHLEG facial recognition searches", YPD, None)],
    [P("It requires that each search be tied to an active incident number recorded in the search log.", YPD,
       "requirement"),
     P("A possible match is not a positive identification and cannot by itself establish probable cause.", YPD,
       "disclaimer"),
     P("Use of facial recognition to monitor people lawfully assembled is prohibited.", YPD, "prohibition"),
     P("OHLEG users must accept the Attorney General's OHLEG rules at every log-in", YPD, "requirement"),
     P("the Attorney General may suspend the OHLEG access of any user who runs a search without a law "
       "enforcement purpose.", YPD, "consequence")],
    [],
    ["2024-08-06", "2024-07-15", "2023-01-01", "2024-06-30", "2022-09-12", "2023-09", "2023", "2024-01-01",
     "2023-03", "2022"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Michigan: Southfield
SFPD = "Southfield Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("04_southfield-council-minutes-vigilant-facesearch.txt", [
    (None, """\
CITY OF SOUTHFIELD
CITY COUNCIL - REGULAR MEETING
MINUTES
Monday, June 10, 2024, 7:00 p.m.
Council Chambers, 26000 Evergreen Road, Southfield, Michigan 48076

1. CALL TO ORDER. Council President Dana Whitmore called the meeting
   to order at 7:02 p.m.

2. ROLL CALL. Present: Achebe, Brennan, Castillo, Dunleavy,
   Fairbanks, Ghosh, Whitmore (7). Absent: none. Also present: City
   Administrator Lorraine Pettway, Chief of Police Terrence Hollings,
   City Attorney Samuel Oyelowo, City Clerk Monica Dresner.

3. APPROVAL OF AGENDA. Motion by Achebe, supported by Brennan, to
   approve the agenda as presented. Carried 7-0.

4. APPROVAL OF MINUTES of the May 20, 2024 regular meeting. Carried
   7-0.

5. PUBLIC COMMENT. Four residents spoke on item 8B. Two opposed the
   purchase; one cited the Detroit Police Department's $300,000
   settlement of a wrongful-arrest lawsuit that followed a facial
   recognition search. Two spoke in support.

6. CONSENT AGENDA (items 6A - 6F). Carried 7-0.

7. PUBLIC HEARINGS. None.

8. UNFINISHED AND NEW BUSINESS

8A. RESOLUTION 2024-117 - RENEWAL OF FLOCK SAFETY LICENSE PLATE
    READER SUBSCRIPTION. Renewal of 24 fixed license plate reader
    cameras for one year at $72,000, from the general fund. Motion by
    Brennan, supported by Fairbanks. Carried 6-1 (No: Ghosh).

8B. RESOLUTION 2024-118 - AGREEMENT WITH MOTOROLA SOLUTIONS, INC.
    FOR VIGILANT FACESEARCH INVESTIGATIVE FACIAL RECOGNITION
    Chief Hollings presented the staff report. The agreement is for
    three years at $16,400 per year, $49,200 in all, paid from the
    Police Department's drug forfeiture fund (Fund 265). It provides
    12 investigator licences.""",
     "Southfield City Council Minutes 06/10/2024 - Page 1"),
    (None, """\
    Vigilant FaceSearch will search the Department's own lockup
    photographs, about 41,500 images taken since 2008, and the
    booking images that other subscribing agencies share. The
    Motorola representative said the shared gallery holds more than
    20 million booking photos. It does not search driver's license
    photographs.

    Since 2021 the Department has relied on the Michigan State
    Police's Statewide Network of Agency Photos (SNAP). Chief Hollings
    said detectives sent 212 requests to SNAP in 2023 and that SNAP
    will remain available at no cost.

    Councilmember Castillo asked what prevents an arrest on a match
    alone. Chief Hollings read Department Directive 4.27, section 4:
    "A facial recognition candidate is an investigative lead only. It
    shall not be the sole basis for an arrest, a search warrant or a
    photo lineup." He added that the Directive requires a second
    trained examiner to review every candidate before it is released
    to a detective.

    Motion by Dunleavy, supported by Achebe, to amend the resolution
    to require the Chief to give Council a written report each
    January stating the number of searches, candidates and arrests
    for the prior year. Carried 7-0.

    Motion by Ghosh, supported by Castillo, to amend the resolution
    to prohibit any search of images taken at a lawful demonstration.
    Failed 3-4 (Yes: Castillo, Fairbanks, Ghosh; No: Achebe, Brennan,
    Dunleavy, Whitmore).

    Motion by Brennan, supported by Dunleavy, to adopt Resolution
    2024-118 as amended. Carried 5-2 (No: Castillo, Ghosh).

9. ADJOURNMENT. The meeting adjourned at 9:41 p.m.

Monica Dresner, City Clerk
Approved by Council: June 24, 2024""",
     "Southfield City Council Minutes 06/10/2024 - Page 2"),
], "pdf", SFPD,
    ["City of Southfield", "Southfield City Council", SFPD, "Detroit Police Department", "Michigan State Police"],
    [MSI, "Vigilant Solutions", "Flock Safety"],
    [VFS, "Statewide Network of Agency Photos"],
    [C(16400, 16400, "year", "three years at $16,400 per year", SFPD, MSI, VFS),
     C(49200, 49200, None, "$49,200 in all", SFPD, MSI, VFS)],
    [N(12, "exact", "licenses", None, "12 investigator licences", SFPD, MSI),
     N(41500, "approximately", "images", None, "about 41,500 images taken since 2008", SFPD, MSI),
     N(20000000, "more than", "images", None, "the shared gallery holds more than 20 million booking photos",
       None, MSI),
     N(212, "exact", "requests", "year", "detectives sent 212 requests to SNAP in 2023", SFPD, None)],
    [P("A facial recognition candidate is an investigative lead only.", SFPD, "disclaimer"),
     P("It shall not be the sole basis for an arrest, a search warrant or a photo lineup.", SFPD, "disclaimer"),
     P("the Directive requires a second trained examiner to review every candidate before it is released to a "
       "detective.", SFPD, "requirement"),
     P("to require the Chief to give Council a written report each January stating the number of searches, "
       "candidates and arrests for the prior year.", SFPD, "requirement")],
    [],
    ["2024-06-10", "2024-05-20", "2008", "2021", "2023", "2024-06-24"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Washington: Yakima PD
YKPD = "Yakima Police Department"
DWP = "DataWorks Plus"
SUBJ = "FACE Plus hosted - revised quote for Yakima PD"
GM_HEAD = "3/14/24, 2:07 PM     City of Yakima Mail - Fwd: FACE Plus hosted - revis..."
GM_URL = "https://mail.google.com/mail/u/0/?ik=4f1c9a2b7e&view=pt&search=all"
doc("05_yakima-pd-dataworks-quote-gmail-thread.txt", [
    (GM_HEAD, """\
City of Yakima Mail   Gabriel Ortega <gabriel.ortega@yakimawa.gov>

Fwd: FACE Plus hosted - revised quote for Yakima PD
3 messages

Gabriel Ortega <gabriel.ortega@yakimawa.gov>   Mon, Mar 11, 2024 at 4:47 PM
To: Jolene Marsh <jolene.marsh@yakimawa.gov>

Jolene,

DataWorks' revised numbers are below. The subscription comes down to
$3,100 a seat per year, and they will load the whole Yakima County
DOC booking archive, about 156,000 photos back to 2003. Last year the
Yakima County Sheriff's Office ran 41 searches for us on its
Clearview AI account, and that courtesy ends in June.

The Livescan line is the fingerprint station maintenance we already
pay under a separate agreement; it is not part of this purchase.

Gabe

---------- Forwarded message ---------
From: Troy Vandermeer <tvandermeer@dataworksplus.com>
Date: Fri, Mar 8, 2024 at 2:31 PM
Subject: FACE Plus hosted - revised quote for Yakima PD
To: Gabriel Ortega <gabriel.ortega@yakimawa.gov>

Lt. Ortega,

Revised quote below, per our call. This replaces Q-2024-0117.

  FACE Plus hosted, investigative examiner access (6 seats)
     annual subscription ............................ $18,600.00
  Booking photo migration, Yakima County DOC archive
     (one-time) ...................................... $5,250.00
  Examiner training, remote, 2 days .................. included
  Livescan fingerprint station maintenance
     (separate agreement, shown for reference) ... $3,900.00/yr
""",
     GM_URL + "     1/3"),
    (GM_HEAD, """\
Subscription pricing holds for a 3-year term with a 4% annual
escalator. Washington sales tax (8.3%) applies to the subscription.

Troy Vandermeer | Regional Sales Manager, DataWorks Plus
(864) 555-0190

Jolene Marsh <jolene.marsh@yakimawa.gov>   Tue, Mar 12, 2024 at 8:15 AM
To: Gabriel Ortega <gabriel.ortega@yakimawa.gov>
Cc: Rhea Santos <rhea.santos@yakimawa.gov>

Gabe - comments inline. Short version: we can't sign until the
RCW 43.386 steps are done.

On Mon, Mar 11, 2024 at 4:47 PM Gabriel Ortega
<gabriel.ortega@yakimawa.gov> wrote:
> DataWorks' revised numbers are below. The subscription comes down to
> $3,100 a seat per year

Fine on price. Six seats is right for the unit.

> Last year the Yakima County Sheriff's Office ran 41 searches for us

Under RCW 43.386 we must file a notice of intent with Council and
publish an accountability report before we use the service at all.
The statute also bars ongoing surveillance without a warrant, and
every examiner must complete the periodic training it requires
before running a search. Our draft Policy 416 would add a second
examiner review, but it is still a draft.

There is no department policy prohibiting searches of social media
photos, and Legal should weigh in on that.

Jolene""",
     GM_URL + "     2/3"),
    (GM_HEAD, """\
Rhea Santos <rhea.santos@yakimawa.gov>   Wed, Mar 13, 2024 at 11:02 AM
To: Jolene Marsh <jolene.marsh@yakimawa.gov>
Cc: Gabriel Ortega <gabriel.ortega@yakimawa.gov>

Agree with Jolene. One more RCW 43.386 point: the final
accountability report has to be posted at least 90 days before the
service is put into operational use, after a public comment period
and at least three community consultation meetings. If the notice of
intent goes to Council in April, the earliest go-live is late
summer.

Rhea Santos
Senior Assistant City Attorney, City of Yakima
(509) 555-0127

This message may contain privileged attorney-client communications.
If you received it in error, please notify the sender and delete it.""",
     GM_URL + "     3/3"),
], "print", YKPD,
    [YKPD, "City of Yakima", "Yakima County Department of Corrections", "Yakima County Sheriff's Office",
     "Yakima City Council"],
    [DWP, CV],
    ["FACE Plus"],
    [C(3100, 3100, "year", "$3,100 a seat per year", YKPD, DWP, "FACE Plus", unit="per license"),
     C(18600, 18600, "year", "annual subscription ............................ $18,600.00", YKPD, DWP,
       "FACE Plus"),
     C(5250, 5250, "one-time", "(one-time) ...................................... $5,250.00", YKPD, DWP,
       "FACE Plus")],
    [N(156000, "approximately", "images", None, "about 156,000 photos back to 2003", YKPD, DWP),
     N(41, "exact", "requests", "year", "Yakima County Sheriff's Office ran 41 searches for us", YKPD, CV),
     N(6, "exact", "licenses", None, "examiner access (6 seats)", YKPD, DWP)],
    [P("Under RCW 43.386 we must file a notice of intent with Council and publish an accountability report "
       "before we use the service at all.", YKPD, "requirement"),
     P("The statute also bars ongoing surveillance without a warrant", YKPD, "prohibition"),
     P("every examiner must complete the periodic training it requires before running a search.", YKPD,
       "requirement"),
     P("the final accountability report has to be posted at least 90 days before the service is put into "
       "operational use, after a public comment period and at least three community consultation meetings.",
       YKPD, "requirement")],
    [E("Gabriel Ortega", "Jolene Marsh", "Mon, Mar 11, 2024 at 4:47 PM", "Fwd: " + SUBJ),
     E("Troy Vandermeer", "Gabriel Ortega", "Fri, Mar 8, 2024 at 2:31 PM", SUBJ),
     E("Jolene Marsh", "Gabriel Ortega", "Tue, Mar 12, 2024 at 8:15 AM", "Fwd: " + SUBJ),
     E("Gabriel Ortega", None, "Mon, Mar 11, 2024 at 4:47 PM", None),
     E("Rhea Santos", "Jolene Marsh", "Wed, Mar 13, 2024 at 11:02 AM", "Fwd: " + SUBJ)],
    ["2024-03-14", "2024-03-11", "2003", "2024-03-08", "2024-03-12", "2024-03-13"],
    scan="photocopy")


# ---------------------------------------------------------------- 6 Massachusetts: Framingham PD
FPD = "Framingham Police Department"
MA_FOOT = "FPD PRR-2024-0688 | Excel print 07/09/2024"
PAYMENT_ROWS = [
    'row,FY,Vendor,Description,PO,Inv_Date,Amount',
    '1,2019,CLEARVIEW AI INC,"Trial account, 30 days",,10/15/2019,0.00',
    '2,2020,CLEARVIEW AI INC,"Annual subscription (6 seats)",20-04417,12/02/2019,6000.00',
    '3,2020,THOMSON REUTERS,"CLEAR investigations, 12 mo",20-03310,09/30/2019,4740.00',
    '4,2021,CLEARVIEW AI INC,"Credit, account closed 12/31/2020",,02/11/2021,-1500.00',
    '5,2021,THOMSON REUTERS,"CLEAR investigations, 12 mo",21-03188,09/28/2020,4740.00',
    '6,2022,LEXISNEXIS RISK SOLUTIONS,"Accurint Virtual Crime Center - crime analysis, '
    'no face module",22-01962,08/04/2021,8250.00',
    '7,2023,AXON ENTERPRISE,"Body-worn camera licenses, year 2 of 5",23-00477,07/19/2022,97416.00',
    '8,2024,BRIEFCAM INC,"BriefCam Review video synopsis (face recognition not licensed)",24-02206,'
    '11/08/2023,12900.00',
]
WRAP = 72  # the text editor that printed the CSV breaks long records at this column, mid-field
PAYMENTS = "\n".join(r[i:i + WRAP] for r in PAYMENT_ROWS for i in range(0, len(r), WRAP))
doc("06_framingham-pd-fr-spreadsheet-export.txt", [
    (None, """\
FRAMINGHAM POLICE DEPARTMENT - RECORDS ACCESS OFFICE
Request PRR-2024-0688, release 2 of 2: spreadsheet exports, printed

Sheet: FPD_FR_vendor_payments_FY19-FY24.csv
Source: City of Framingham MUNIS accounts payable, vendor query
Query: vendors named in the request (face recognition and related)

""" + PAYMENTS + """

Sheet: FPD_Clearview_admin_summary_2020.csv
Source: Clearview AI administrator report, exported 01/05/2021

"row","Metric","Value"
"1","Active user accounts","6"
"2","Searches 01/01/2020 - 12/31/2020","388"
"3","Searches with case number entered","341"
"4","Average searches per user","64.7\"""", MA_FOOT + " | Page 1 of 3"),
    (None, """\
Sheet: FPD_FR_search_requests_2023.csv
Source: Detective Bureau log, requests under G.L. c. 6, s. 220

row,Req_No,Date,Sent_To,Offense,Result
1,FR23-01,01/09/2023,RMV,Armed robbery,No match
2,FR23-02,01/27/2023,RMV,Fraud - identity,Possible match
3,FR23-03,02/14/2023,MSP,Homicide,Possible match
4,FR23-04,03/02/2023,RMV,Breaking and entering,No match
5,FR23-05,03/30/2023,RMV,Fraud - check,Possible match
6,FR23-06,04/18/2023,FBI,Child exploitation,No match
7,FR23-07,05/05/2023,RMV,Unattended death (ID),Possible match
8,FR23-08,05/22/2023,RMV,Larceny over $1200,No match
9,FR23-09,06/13/2023,MSP,Assault w/ dangerous weapon,No match
10,FR23-10,07/07/2023,RMV,Armed robbery,Possible match
11,FR23-11,07/26/2023,RMV,Fraud - identity,No match
12,FR23-12,08/15/2023,RMV,Shooting,No match
13,FR23-13,09/01/2023,MSP,Shooting,Possible match
14,FR23-14,09/19/2023,RMV,Larceny over $1200,No match
15,FR23-15,10/10/2023,RMV,Missing person,No match
16,FR23-16,10/31/2023,RMV,Fraud - identity,No match
17,FR23-17,11/14/2023,RMV,Armed robbery,Possible match
18,FR23-18,12/04/2023,FBI,Kidnapping,No match
19,FR23-19,12/21/2023,RMV,Breaking and entering,No match
,,,,,
,"Total requests 2023",19,,,
,"Possible match returned",7,,,""", MA_FOOT + " | Page 2 of 3"),
    (None, """\
Sheet: Notes
Source: Records Access Office, added for this release

row,Note
1,"Clearview AI was used from November 2019 until the account was
closed on 12/31/2020, after Chapter 253 of the Acts of 2020 was
signed. The FY2020 subscription cost $6,000 for one year."
2,"FPD members shall not use any facial recognition system directly.
Every search must be requested in writing from the RMV, the State
Police or the FBI, as G.L. c. 6, s. 220 requires."
3,"Each written request must be approved by the Detective
Lieutenant before it is sent."
4,"A possible match returned on a request is a lead only and is not
probable cause for an arrest."
5,"The Department has not adopted the model facial recognition policy
circulated by the Municipal Police Training Committee."
6,"Rows 3, 5, 6, 7 and 8 of the payments sheet are not face
recognition products. They are included because the request named
those vendors."
7,"Requests to the RMV, State Police and FBI carry no charge.\"""", MA_FOOT + " | Page 3 of 3"),
], "print", FPD,
    [FPD, "City of Framingham", "Massachusetts Registry of Motor Vehicles", "Massachusetts State Police",
     "Federal Bureau of Investigation", "Municipal Police Training Committee"],
    [CV, "Thomson Reuters", "LexisNexis Risk Solutions", "Axon", "BriefCam"],
    ["CLEAR", "Accurint Virtual Crime Center", "BriefCam Review"],
    [C(6000, 6000, "year", "The FY2020 subscription cost $6,000 for one year.",
       FPD, CV)],
    [N(6, "exact", "licenses", None, "Annual subscription (6 seats)", FPD, CV),
     N(6, "exact", "users", None, 'Active user accounts","6"', FPD, CV),
     N(388, "exact", "searches", "year", 'Searches 01/01/2020 - 12/31/2020","388"', FPD, CV),
     N(341, "exact", "searches", "year", 'Searches with case number entered","341"', FPD, CV),
     N(19, "exact", "requests", "year", 'Total requests 2023",19', FPD, None),
     N(7, "exact", "matches", "year", 'Possible match returned",7', FPD, None)],
    [P("FPD members shall not use any facial recognition system directly.", FPD, "prohibition"),
     P("Every search must be requested in writing from the RMV, the State Police or the FBI, as G.L. c. 6, "
       "s. 220 requires.", FPD, "requirement"),
     P("Each written request must be approved by the Detective Lieutenant before it is sent.", FPD,
       "requirement"),
     P("A possible match returned on a request is a lead only and is not probable cause for an arrest.", FPD,
       "disclaimer")],
    [],
    ["2024-07-09", "2019", "2020", "2021", "2022", "2023", "2024", "2019-10-15", "2019-09-30",
     "2020-12-31", "2021-02-11", "2020-09-28", "2021-08-04", "2022-07-19", "2023-11-08", "2021-01-05",
     "2020-01-01", "2019-11",
     "2023-01-09", "2023-01-27", "2023-02-14", "2023-03-02", "2023-03-30", "2023-04-18", "2023-05-05", "2023-05-22", "2023-06-13",
     "2023-07-07", "2023-07-26", "2023-08-15", "2023-09-01", "2023-09-19", "2023-10-10", "2023-10-31", "2023-11-14", "2023-12-04", "2023-12-21"],
    scan="print")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
