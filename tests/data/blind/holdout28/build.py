"""Writes docs/*.txt and labels.json for holdout28 (invented releases). Labels are written from intent."""
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []


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


def P(quote, agency, vendor=None):
    return {"quote": quote, "agency": agency, "vendor": vendor}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        page = "\n".join(parts) + "\n"
        lines = page.splitlines()
        assert len(lines) <= 42, (file, len(lines))
        for ln in lines:
            assert len(ln) <= 75 and ln.isascii(), (file, len(ln), ln)
        texts.append(page)
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Durham PD (NC): Outlook thread
DUR = "Durham Police Department"
CV = "Clearview AI"
doc("01_durham-pd-clearview-renewal-outlook-thread.txt", [
    (None, """\
Achebe, Renata

From:      Achebe, Renata
Sent:      Wednesday, May 15, 2024 8:07 AM
To:        Hollins, Terrence J.; Pruitt, Dana L.
Subject:   RE: Clearview AI renewal - FY25

Terrence - approved to proceed at the Clearview number. Please do not
bundle it with the Axon order; Finance wants them on separate POs.
Dana, can you confirm the seat count before Terrence signs?

Renata Achebe
Major, Investigative Services Bureau
Durham Police Department
602 E. Main Street, Durham, NC 27701
Office 919-555-0148

From: Hollins, Terrence J. <Terrence.Hollins@durhamnc.gov>
Sent: Tuesday, May 14, 2024 4:51 PM
To: Achebe, Renata <Renata.Achebe@durhamnc.gov>
Cc: Pruitt, Dana L. <Dana.Pruitt@durhamnc.gov>
Subject: RE: Clearview AI renewal - FY25

Major,

Clearview came back with the renewal quote. Summary below:

 - Clearview AI Investigative Platform, 5 seats, 12 months: $7,500.00
   (last year we paid $4,900 for 3 seats)
 - Optional Clearview Mobile add-on: $1,250 per year. I am not
   recommending it.

For comparison, the Axon body-worn camera renewal that is also due
this month is $48,312.60, so the Clearview piece is small.

Usage for the 2023 calendar year: the Real Time Crime Center ran
214 searches, which produced 37 possible-match leads and, as far as
we can tell from the case files, six arrests. Clearview says its
index now holds more than 50 billion publicly available images.""", "DPD-PRR-24-0613  000041"),
    (None, """\
Under the interim directive (ISB 23-07), a Clearview result may be
used only as an investigative lead, never as probable cause by itself.
Only analysts who completed the vendor training may hold a seat.

Chapel Hill PD asked again whether they could borrow one of our
seats. I told them I did not think that was a good idea.

I would also like to propose that every search be logged with a
case number in the RTCC log. That is not a rule yet.

Terrence Hollins
Lieutenant, Real Time Crime Center
Durham Police Department
Desk 919-555-0173

From: Pruitt, Dana L. <Dana.Pruitt@durhamnc.gov>
Sent: Monday, May 13, 2024 11:20 AM
To: Hollins, Terrence J. <Terrence.Hollins@durhamnc.gov>
Subject: Clearview AI renewal - FY25

Lt. Hollins, the current Clearview term ends June 30, 2024. The
vendor rep (Ms. Kendra Oyelaran) will send a quote this week. PO
2023-004417 covered last year.

Dana Pruitt
Crime Analyst II, RTCC
Durham Police Department

CONFIDENTIALITY NOTICE: This e-mail may contain information that is
privileged or confidential. If you are not the intended recipient,
you must delete it and notify the sender.""", "DPD-PRR-24-0613  000042"),
], "print", DUR, [DUR, "Chapel Hill Police Department"], [CV, "Axon"],
    ["Clearview AI Investigative Platform", "Clearview Mobile"],
    costs=[
        C(7500, 7500, "year", "Clearview AI Investigative Platform, 5 seats, 12 months: $7,500.00", DUR, CV,
          "Clearview AI Investigative Platform"),
        C(4900, 4900, "year", "last year we paid $4,900 for 3 seats", DUR, CV, "Clearview AI Investigative Platform"),
        C(1250, 1250, "year", "Optional Clearview Mobile add-on: $1,250 per year", DUR, CV, "Clearview Mobile"),
    ],
    counts=[
        N(5, "exact", "licenses", None, "Clearview AI Investigative Platform, 5 seats", DUR, CV),
        N(3, "exact", "licenses", None, "$4,900 for 3 seats", DUR, CV),
        N(214, "exact", "searches", "year", "214 searches", DUR, CV),
        N(37, "exact", "leads", "year", "37 possible-match leads", DUR, CV),
        N(6, "exact", "arrests", "year", "six arrests", DUR, CV),
        N(50000000000, "more than", "images", None, "more than 50 billion publicly available images", None, CV),
    ],
    policies=[
        P("used only as an investigative lead, never as probable cause by itself.", DUR, CV),
        P("Only analysts who completed the vendor training may hold a seat.", DUR, CV),
    ],
    emails=[
        E("Achebe, Renata", "Hollins, Terrence J.; Pruitt, Dana L.", "Wednesday, May 15, 2024 8:07 AM",
          "RE: Clearview AI renewal - FY25"),
        E("Hollins, Terrence J.", "Achebe, Renata", "Tuesday, May 14, 2024 4:51 PM", "RE: Clearview AI renewal - FY25"),
        E("Pruitt, Dana L.", "Hollins, Terrence J.", "Monday, May 13, 2024 11:20 AM", "Clearview AI renewal - FY25"),
    ],
    dates=["2024-05-15", "2024-05-14", "2024-05-13", "2024-06-30", "2023"],
    scan="photocopy")

# ---------------------------------------------------------------- 2 Dover PD (DE): reseller quote
DOV = "Dover Police Department"
CDW = "CDW Government"
ROC = "Rank One Computing"
doc("02_dover-pd-cdwg-rank-one-quote.txt", [
    (None, """\
CDW GOVERNMENT LLC                                      SALES QUOTATION
230 North Milwaukee Avenue, Vernon Hills, IL 60061
Account Manager: Jared Feltwell  jared.feltwell@cdwg.com  866-555-0192

Quote No.:    RKNQ-4471902                 Quote Date:   02/06/2025
Customer No.: 11840226                     Valid Until:  03/08/2025

Bill To / Ship To:
  Dover Police Department, Criminal Investigations Unit
  400 South Queen Street, Dover, DE 19904
  Attn: Capt. Lorraine Whitcomb   (302) 555-0136
Contract reference: Delaware contract GSS23777-IT_VAR

Ln Mfr Part      Description                   Qty  Unit Price  Ext. Price
-- ------------  ----------------------------  ---  ----------  ----------
1  ROC-INV-NU12  ROC Investigate, named user,    4   $2,150.00   $8,600.00
                 12-month term
2  ROC-WCH-CH12  ROC Watch video search, per     2   $3,975.00   $7,950.00
                 camera channel, 12-month term
3  ROC-SVC-ONB   Onboarding and remote           1   $1,800.00   $1,800.00
                 training (one-time)
4  MSI-WG-SD64   WatchGuard in-car SD card      12      $38.50     $462.00
                 64GB (Motorola Solutions)

                                             Subtotal:          $18,812.00
                               Public Sector Discount (3%):       -$564.36
                                    Delaware sales tax:              $0.00
                                             TOTAL:             $18,247.64

Manufacturer for lines 1-3: Rank One Computing Corporation, Denver, CO.
Prices are firm for 30 days from the quote date.""", "Page 1 of 2"),
    (None, """\
Quote RKNQ-4471902 - Notes

- ROC Investigate gallery license: up to 250,000 enrolled images,
  customer-hosted on the Department's own server.
- Multi-year option (not included above): a 36-month ROC Investigate
  term at $6,450 per named user for the full 36 months.
- Line 4 ships separately from the Motorola Solutions warehouse.
- Freight: included. Payment terms: Net 30.

Thank you for choosing CDW-G.

---------------------------------------------------------------------
DOVER POLICE DEPARTMENT - PURCHASE APPROVAL (internal use)
Budget line: 110-2210-52340    Req. No.: R25-00318    PO No.: pending
Approved lines 1-3 only. Line 4 to be ordered on the fleet budget.
Approved amount (lines 1-3, after 3% discount): $17,799.50
Directive 2024-09: only trained members may use ROC Investigate.
Approved: L. Whitcomb, Capt.   02/11/2025
Finance review: K. Adeyemi-Price   02/12/2025""", "Page 2 of 2"),
], "pdf", DOV, [DOV], [CDW, ROC, "Motorola Solutions"],
    ["ROC Investigate", "ROC Watch"],
    costs=[
        C(8600, 8600, "year", "ROC Investigate, named user,    4   $2,150.00   $8,600.00", DOV, CDW, "ROC Investigate"),
        C(2150, 2150, "year", "ROC Investigate, named user,    4   $2,150.00", DOV, CDW, "ROC Investigate", "per user"),
        C(7950, 7950, "year", "ROC Watch video search, per     2   $3,975.00   $7,950.00", DOV, CDW, "ROC Watch"),
        C(3975, 3975, "year", "ROC Watch video search, per     2   $3,975.00", DOV, CDW, "ROC Watch",
          "per camera channel"),
        C(1800, 1800, "one-time", "Onboarding and remote           1   $1,800.00   $1,800.00", DOV, CDW),
        C(6450, 6450, None, "term at $6,450 per named user", DOV, CDW, "ROC Investigate", "per user"),
        C(17799.5, 17799.5, None, "Approved amount (lines 1-3, after 3% discount): $17,799.50", DOV, CDW),
    ],
    counts=[
        N(4, "exact", "licenses", None, "ROC Investigate, named user,    4", DOV, CDW),
        N(250000, "up to", "images", None, "up to 250,000 enrolled images", DOV, CDW),
    ],
    policies=[
        P("only trained members may use ROC Investigate.", DOV, ROC),
    ],
    emails=[],
    dates=["2025-02-06", "2025-03-08", "2025-02-11", "2025-02-12"],
    scan="pdf")

# ---------------------------------------------------------------- 3 Ramsey County SO (MN): board minutes
RAM = "Ramsey County Sheriff's Office"
IDE = "Idemia"
SPPD = "Saint Paul Police Department"
doc("03_ramsey-county-board-minutes-idemia-amendment.txt", [
    (None, """\
RAMSEY COUNTY BOARD OF COMMISSIONERS
MINUTES - REGULAR MEETING
Tuesday, September 9, 2025 - 9:00 a.m.
Council Chambers, Room 300, City Hall / Court House
15 West Kellogg Boulevard, Saint Paul, Minnesota

Present: Commissioners Aldana, Brekke, Fountaine, Gustafsson, Hollis,
Mbeki and Chair Rasmussen (7).

1. Call to order. The meeting was called to order at 9:02 a.m.

2. Approval of the agenda. Motion carried 7-0.

3. Consent agenda, items 3.1 to 3.3. Motion carried 7-0.
   3.1 Sheriff's Office - 40 Axon Body 4 cameras with five-year
       evidence storage, $186,240 (Res. B2025-311).
   3.2 Parks and Recreation - Keller Lake shoreline repair, $22,900.
   3.3 Property Records - scanning services renewal, $14,400/year.

4. Sheriff's Office - Amendment No. 2 to Agreement C-2021-0447 with
   IDEMIA Identity & Security USA LLC (Res. B2025-314)
   Chief Deputy Mara Okonkwo presented. The base agreement covers the
   MorphoBIS livescan fingerprint system. Amendment No. 2 adds the
   facial recognition module at a cost of $56,500 and raises the
   not-to-exceed amount from $412,000 to $468,500.
   Annual maintenance for the facial module is $9,800, beginning in
   the second year of the amendment.
   The module will search the Sheriff's booking photo archive of
   about 1.1 million images. The Saint Paul Police Department will
   receive twelve user accounts under the existing joint powers
   agreement. The Minnesota Bureau of Criminal Apprehension is not a
   party.""", "RCSO Data Request 25-1182 - Page 1 of 2"),
    (None, """\
   Two members of the public spoke against the item.
   Commissioner Hollis moved to amend the resolution to prohibit use
   of the module on images taken at protests. The amendment failed
   3-4.
   Resolution B2025-314 as presented:
   RESOLVED, the Board approves Amendment No. 2 and authorizes the
   Chair to execute it;
   FURTHER RESOLVED, that searches with the facial module shall be
   limited to images lawfully obtained in an active criminal case;
   FURTHER RESOLVED, that the Sheriff shall report the number of facial
   recognition searches to the Board each year.
   Motion by Commissioner Brekke, second by Commissioner Mbeki.
   Motion carried 5-2 (Hollis, Aldana opposed).

5. Sheriff's Office - grant application to the Minnesota Department
   of Public Safety for automated license plate readers, $75,000.
   Laid over to September 23, 2025.

6. Adjournment at 10:41 a.m.

Attest: Yolanda Strand-Pike, Chief Clerk - County Board""", "RCSO Data Request 25-1182 - Page 2 of 2"),
], "pdf", RAM, [RAM, "Ramsey County Board of Commissioners", SPPD, "Minnesota Bureau of Criminal Apprehension",
                "Minnesota Department of Public Safety"], [IDE, "Axon"],
    ["MorphoBIS"],
    costs=[
        C(56500, 56500, None, "facial recognition module at a cost of $56,500", RAM, IDE),
        C(9800, 9800, "year", "Annual maintenance for the facial module is $9,800", RAM, IDE),
    ],
    counts=[
        N(1100000, "approximately", "images", None, "about 1.1 million images", RAM, IDE),
        N(12, "exact", "users", None, "twelve user accounts", SPPD, IDE),
    ],
    policies=[
        P("limited to images lawfully obtained in an active criminal case;", RAM, IDE),
        P("that the Sheriff shall report the number of facial", RAM, IDE),
    ],
    emails=[],
    dates=["2025-09-09", "2025-09-23"],
    scan="pdf")

# ---------------------------------------------------------------- 4 Oakland County SO (MI): annual report
OAK = "Oakland County Sheriff's Office"
DWP = "DataWorks Plus"
MSP = "Michigan State Police"
doc("04_oakland-county-so-fr-annual-report-2024.txt", [
    ("OAKLAND COUNTY SHERIFF'S OFFICE - Facial Recognition Annual Report 2024", """\
Investigative and Forensic Services Division
1200 North Telegraph Road, Pontiac, Michigan 48341

Prepared by: Sgt. Dariusz Wenclewski, Intelligence Unit
Date: February 18, 2025

1. Overview
The Office runs facial recognition searches through two systems:
(a) the CLEMIS facial recognition module (DataWorks Plus FACE Plus),
which the Office operates for the CLEMIS consortium and which holds a
booking-photo gallery of 1,284,317 images; and
(b) the Statewide Network of Agency Photos (SNAP), hosted by the
Michigan State Police, which searches approximately 54 million images,
including Secretary of State license and ID photos.

As of December 31, 2024, 31 members held facial recognition accounts
(CLEMIS and SNAP combined), up from 27 members at the end of 2023.
The Office has no capability to run facial recognition on live video.

2. Searches and outcomes
Table 1 counts each probe image submitted as one search. A candidate
list is counted when at least one candidate was returned; a lead is a
candidate forwarded to the case officer after examiner review.

Table 1. Facial recognition activity by quarter, 2024

Quarter          Searches   Candidate lists   Leads      Arrests
                            returned          forwarded
Q1 (Jan-Mar)       148          97               31          5
Q2 (Apr-Jun)       163         108               38          6""", "Page 1 of 2"),
    ("OAKLAND COUNTY SHERIFF'S OFFICE - Facial Recognition Annual Report 2024", """\
Table 1 (continued)

Quarter          Searches   Candidate lists   Leads      Arrests
                            returned          forwarded
Q3 (Jul-Sep)       139          91               34          4
Q4 (Oct-Dec)       162         105               36          7
Total 2024         612         401              139         22

By system: 455 searches in CLEMIS and 157 searches in SNAP.
Of the 612 searches, 29 were run to identify deceased or
incapacitated persons at the request of the Medical Examiner.

3. Cost
SNAP access is provided by the Michigan State Police at no charge.
The Office's share of the CLEMIS face module maintenance was $18,350
for calendar 2024 (DataWorks Plus, invoice DWP-24-0912).
A one-time upgrade to FACE Plus 4.2 in March 2024 cost $7,900.
Flock Safety ALPR subscriptions ($96,000 for 44 cameras) are reported
separately and are not included here.

4. Policy compliance
Use is governed by Sheriff's Office Policy 4.19. Under that policy, a
facial recognition candidate shall not be the sole basis for arrest,
and every search must be logged in CLEMIS with an incident number.
The 2024 audit found 3 searches logged without an incident number;
each was corrected within 10 days.

5. Recommendation for 2025
The Intelligence Unit recommends that the Office require a second
examiner review of every candidate before it is forwarded.""", "Page 2 of 2"),
], "pdf", OAK, [OAK, MSP, "CLEMIS", "Michigan Secretary of State"], [DWP, "Flock Safety"],
    ["FACE Plus", "SNAP"],
    costs=[
        C(18350, 18350, "year", "share of the CLEMIS face module maintenance was $18,350", OAK, DWP, "FACE Plus"),
        C(7900, 7900, "one-time", "upgrade to FACE Plus 4.2 in March 2024 cost $7,900", OAK, DWP, "FACE Plus"),
    ],
    counts=[
        N(1284317, "exact", "images", None, "booking-photo gallery of 1,284,317 images", OAK, DWP),
        N(54000000, "approximately", "images", None, "approximately 54 million images", MSP, None),
        N(31, "exact", "users", None, "31 members held facial recognition accounts", OAK, None),
        N(27, "exact", "users", None, "up from 27 members at the end of 2023", OAK, None),
        N(148, "exact", "searches", "quarter", "Q1 (Jan-Mar)       148", OAK, None),
        N(163, "exact", "searches", "quarter", "Q2 (Apr-Jun)       163", OAK, None),
        N(139, "exact", "searches", "quarter", "Q3 (Jul-Sep)       139", OAK, None),
        N(162, "exact", "searches", "quarter", "Q4 (Oct-Dec)       162", OAK, None),
        N(612, "exact", "searches", "year", "Total 2024         612", OAK, None),
        N(401, "exact", "matches", "year", "Total 2024         612         401              139         22",
          OAK, None),
        N(139, "exact", "leads", "year", "Total 2024         612         401              139         22",
          OAK, None),
        N(22, "exact", "arrests", "year", "Total 2024         612         401              139         22",
          OAK, None),
        N(455, "exact", "searches", "year", "455 searches in CLEMIS", OAK, DWP),
        N(157, "exact", "searches", "year", "157 searches in SNAP", OAK, None),
        N(29, "exact", "searches", "year", "29 were run to identify deceased", OAK, None),
        N(3, "exact", "searches", "year", "3 searches logged without an incident number", OAK, None),
    ],
    policies=[
        P("facial recognition candidate shall not be the sole basis for arrest,", OAK),
        P("and every search must be logged in CLEMIS with an incident number.", OAK),
    ],
    emails=[],
    dates=["2025-02-18", "2024-12-31", "2024-03", "2024", "2023"])

# ---------------------------------------------------------------- 5 HCAA PD (FL): options memo
HCA = "Hillsborough County Aviation Authority Police Department"
OOS = "Oosto"
doc("05_tampa-airport-police-fr-options-memo.txt", [
    (None, """\
HILLSBOROUGH COUNTY AVIATION AUTHORITY
Tampa International Airport - Police Department
P.O. Box 22287, Tampa, Florida 33622

MEMORANDUM

TO:        Chief of Police Rowena Castellanos
FROM:      Lt. Bram Okafor-Lindqvist, Security Technology Section
DATE:      October 21, 2024
SUBJECT:   Options for a face recognition watchlist pilot, Main Terminal

1. Purpose
This memo compares three responses to RFI 24-117 and recommends one
for a 12-month pilot on the 36 Main Terminal cameras that already feed
the Airport Operations Center. TPA served 25.1 million passengers in
2023. TSA-owned CAT-2 checkpoint units are outside this memo.

2. Options
Option A - Oosto (OnWatch)
  Subscription with 4 operator licences: $78,000 per year.
  Installation and integration: $18,000, one-time.
  Storage and support: $6,000 to $9,000 per year, depending on the
  retention period chosen.
  Three-year cost (subscription and installation): $252,000.

Option B - Corsight AI (Fortify)
  $118,500 per year for 36 camera streams. Eliminated: the response
  did not meet the on-premises hosting requirement.

Option C - Paravision (through integrator Convergint)
  $55,000 to $70,000 for integration plus $24,000 per year.
  Eliminated: no operator interface; Convergint would have to build
  one.""", "HCAA-PD PRR 2025-0219 / 0007"),
    (None, """\
3. Recommendation
Option A. Funding would come from the FY25 capital line "Terminal
Security Technology" ($400,000), which also funds the parking garage
ALPR expansion ($141,000).

4. Current rules
Investigators now use FACES, the face recognition system of the
Pinellas County Sheriff's Office.
Last year CID submitted 58 search requests to FACES.
These rules are in effect today:
- Policy 300.12: no biometric system may be used to identify protesters.
- Only the CID supervisor may submit probe images to FACES.

5. Proposed pilot rules (for the Chief's approval; not yet in effect)
- An alert would be confirmed by a trained operator before dispatch.
- The watchlist would hold only subjects of active warrants or
  trespass orders.
- Pilot data would be deleted after 30 days.

Approved / Not approved: ______________________   Date: __________
                        Chief of Police""", "HCAA-PD PRR 2025-0219 / 0008"),
], "pdf", HCA, [HCA, "Hillsborough County Aviation Authority", "Pinellas County Sheriff's Office",
                "Transportation Security Administration"], [OOS, "Corsight AI", "Paravision", "Convergint"],
    ["OnWatch", "Fortify", "FACES"],
    costs=[
        C(78000, 78000, "year", "Subscription with 4 operator licences: $78,000 per year", HCA, OOS, "OnWatch"),
        C(18000, 18000, "one-time", "Installation and integration: $18,000, one-time", HCA, OOS, "OnWatch"),
        C(6000, 9000, "year", "Storage and support: $6,000 to $9,000 per year", HCA, OOS, "OnWatch"),
        C(252000, 252000, None, "Three-year cost (subscription and installation): $252,000", HCA, OOS, "OnWatch"),
    ],
    counts=[
        N(4, "exact", "licenses", None, "4 operator licences", HCA, OOS),
        N(58, "exact", "requests", "year", "58 search requests", HCA, None),
    ],
    policies=[
        P("Policy 300.12: no biometric system may be used to identify protesters.", HCA),
        P("Only the CID supervisor may submit probe images to FACES.", HCA),
    ],
    emails=[],
    dates=["2024-10-21", "2023"])

# ---------------------------------------------------------------- 6 Franklin County SO (OH): general order
FRK = "Franklin County Sheriff's Office"
BCI = "Ohio Attorney General's Bureau of Criminal Investigation"
doc("06_franklin-county-so-general-order-fr.txt", [
    (None, """\
FRANKLIN COUNTY SHERIFF'S OFFICE                   GENERAL ORDER 41.22
373 South High Street, Columbus, Ohio 43215

SUBJECT:     Facial Recognition Technology
EFFECTIVE:   March 1, 2025            REVISION:   2       PAGES:   2
SUPERSEDES:  GO 41.22, Rev. 1 (June 14, 2021)
BY ORDER OF: Sheriff Caldwell R. Marsh

I. PURPOSE
This order establishes procedures for the use of facial recognition
technology by members of the Franklin County Sheriff's Office.

II. DEFINITIONS
A. Probe image: an image of an unknown person submitted for search.
B. OHLEG FR: the facial recognition application of the Ohio Law
   Enforcement Gateway, administered by the Ohio Attorney General's
   Bureau of Criminal Investigation (BCI). It searches approximately
   24 million BMV and booking photos.

III. POLICY
A. A facial recognition result is an investigative lead only.
B. No member shall use a result as the sole basis for an arrest.
C. Searches may be run only by trained Criminal Intelligence members.
D. No more than eight (8) members shall hold OHLEG FR access at once.
E. Each search shall be logged with the incident number and purpose.
F. Facial recognition shall not be used to identify persons lawfully
   exercising First Amendment rights.
G. Members shall not use Clearview AI or any other service that
   searches images collected from the internet.
H. Members shall comply with the OHLEG Rules and Regulations and the
   BCI facial recognition user agreement.""", "FCSO PRR 2025-0457 - 000012"),
    (None, """\
GENERAL ORDER 41.22 - Facial Recognition Technology (continued)

IV. PROCEDURE
1. The requesting deputy completes form FCSO-412 and forwards the
   probe image to the Criminal Intelligence Unit.
2. The examiner shall compare each candidate to the probe and record
   the basis for any possible match in the case file.

V. MISUSE
Misuse of facial recognition may result in discipline up to and
including termination and the loss of OHLEG access.

VI. OTHER ORDERS
This order does not restrict photo lineups conducted under GO 41.10.
The Office's 2022 Clearview AI trial ended on December 31, 2022.

VII. REVIEW
The Criminal Intelligence Unit commander will propose revisions to
this order by January 2026 if needed.

Sheriff Caldwell R. Marsh""", "FCSO PRR 2025-0457 - 000013"),
], "pdf", FRK, [FRK, BCI, "Ohio Bureau of Motor Vehicles"], [CV],
    ["OHLEG"],
    costs=[],
    counts=[
        N(24000000, "approximately", "images", None, "24 million BMV and booking photos", BCI, None),
        N(8, "up to", "users", None, "No more than eight (8) members shall hold OHLEG FR access", FRK, None),
    ],
    policies=[
        P("This order establishes procedures for the use of facial recognition", FRK),
        P("A. A facial recognition result is an investigative lead only.", FRK),
        P("B. No member shall use a result as the sole basis for an arrest.", FRK),
        P("C. Searches may be run only by trained Criminal Intelligence members.", FRK),
        P("D. No more than eight (8) members shall hold OHLEG FR access at once.", FRK),
        P("E. Each search shall be logged with the incident number and purpose.", FRK),
        P("F. Facial recognition shall not be used to identify persons lawfully", FRK),
        P("G. Members shall not use Clearview AI or any other service that", FRK, CV),
        P("H. Members shall comply with the OHLEG Rules and Regulations and the", FRK),
        P("2. The examiner shall compare each candidate to the probe and record", FRK),
        P("Misuse of facial recognition may result in discipline up to and", FRK),
    ],
    emails=[],
    dates=["2025-03-01", "2021-06-14", "2022-12-31", "2026-01", "2022"],
    scan="print")


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n")
    print(len(DOCS), "documents")


if __name__ == "__main__":
    main()
