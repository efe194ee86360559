"""Writes docs/*.txt and labels.json for holdout6 (hand-written, blind)."""
import json
from pathlib import Path

ROOT = Path(__file__).parent
DOCS = []


def C(lo, hi, period, quote, agency, vendor=None, product=None, unit=None):
    d = {"amount_min": lo, "amount_max": hi, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor, "product": product}
    if unit:
        d["unit"] = unit
    return d


def N(count, quote, measure, agency=None, vendor=None, qualifier=None, per=None, count_max=None):
    return {"count": count, "count_max": count_max, "qualifier": qualifier, "measure": measure, "per": per,
            "quote": quote, "agency": agency, "vendor": vendor}


def P(quote, kind, agency):
    return {"quote": quote, "kind": kind, "agency": agency}


def E(frm, addr, date, subject, p0, p1):
    return {"from": frm, "from_address": addr, "date": date, "subject": subject, "page_start": p0, "page_end": p1}


def doc(name, pages, *, request_agency, agencies, vendors, products, costs=(), counts=(), policies=(), emails=(),
        scan=False, kind="text"):
    DOCS.append(dict(name=name, pages=pages, request_agency=request_agency, agencies=agencies, vendors=vendors,
                     products=products, costs=list(costs), counts=list(counts), policies=list(policies),
                     emails=list(emails), scan=scan, kind=kind))


# ---------------------------------------------------------------- 01 Kansas, Outlook thread, Clearview
SPD = "Salina Police Department"
doc("01_ks-salina-pd-clearview-outlook-thread", [
"""From:    Ortega, Lisa <lortega@salinaks.gov>
Sent:    Tuesday, March 12, 2024 11:05 AM
To:      Brandt, Kevin <kbrandt@salinaks.gov>
Subject: RE: Clearview AI pricing - Salina PD Investigations

Kevin - go with the one-year option.
Per G.O. 41.7, searches shall only be run with an active case number and supervisor approval.
Anything over $25,000 has to go to the City Commission, so the 1-year price keeps us under the
purchasing threshold. The LPR camera renewal ($7,450) is a separate line; don't mix it in.

Capt. Lisa Ortega
Investigations Bureau Commander
Salina Police Department | (785) 826-7200

From:    Brandt, Kevin <kbrandt@salinaks.gov>
Sent:    Tuesday, March 12, 2024 9:47 AM
To:      Delaney Ruiz <druiz@clearview.ai>
Cc:      Ortega, Lisa <lortega@salinaks.gov>
Subject: RE: Clearview AI pricing - Salina PD Investigations

Delaney,

Thanks for the call yesterday. Captain Ortega asked me to get the renewal numbers in writing
before the April 2 budget work session. We currently have 6 investigator accounts.
Case 24-001873 is the one I mentioned where the lead came from a search.

Sgt. Kevin Brandt
Criminal Investigations Division
Salina Police Department
255 N. 10th St., Salina, KS 67401
Office (785) 826-7210
""",
"""From:    Delaney Ruiz <druiz@clearview.ai>
Sent:    Monday, March 11, 2024 4:12 PM
To:      Brandt, Kevin <kbrandt@salinaks.gov>
Subject: Clearview AI pricing - Salina PD Investigations

Sergeant Brandt,

Following up on our conversation, here are the renewal options for Salina PD:

Option A: 10-user Clearview AI Investigative subscription, one year: $18,000
          ($1,800 per user per year; unlimited searches included)
Option B: the same 10 users on a 2-year prepaid term: $34,200

Clearview's database now holds more than 50 billion publicly available images.
Quote valid 30 days. Ref# CV-KS-88120.

Best,
Delaney Ruiz
Government Account Executive | Clearview AI, Inc.
(646) 555-0143
"""],
    request_agency=SPD, agencies=[SPD, "Salina City Commission"], vendors=["Clearview AI"],
    products=["Clearview AI Investigative"],
    costs=[C(18000, 18000, "year", "one year: $18,000", SPD, "Clearview AI", "Clearview AI Investigative"),
           C(1800, 1800, "year", "$1,800 per user per year", SPD, "Clearview AI", "Clearview AI Investigative", unit="per user"),
           C(34200, 34200, None, "2-year prepaid term: $34,200", SPD, "Clearview AI", "Clearview AI Investigative")],
    counts=[N(6, "We currently have 6 investigator accounts", "users", SPD, "Clearview AI"),
            N(10, "10-user Clearview AI Investigative subscription", "users", SPD, "Clearview AI"),
            N(50000000000, "more than 50 billion publicly available images", "images", None, "Clearview AI", "at least")],
    policies=[P("Per G.O. 41.7, searches shall only be run with an active case number and supervisor approval.",
                "requirement", SPD)],
    emails=[E("Ortega, Lisa", "lortega@salinaks.gov", "2024-03-12 11:05", "RE: Clearview AI pricing - Salina PD Investigations", 1, 1),
            E("Brandt, Kevin", "kbrandt@salinaks.gov", "2024-03-12 09:47", "RE: Clearview AI pricing - Salina PD Investigations", 1, 1),
            E("Delaney Ruiz", "druiz@clearview.ai", "2024-03-11 16:12", "Clearview AI pricing - Salina PD Investigations", 2, 2)],
    scan=True, kind="print")

# ---------------------------------------------------------------- 02 Rhode Island, ROC quotation
WPD = "Warwick Police Department"
ROC = "Rank One Computing"
doc("02_ri-warwick-pd-rank-one-quotation", [
"""RANK ONE COMPUTING CORPORATION
1600 Broadway, Suite 1800, Denver, CO 80202
sales@rankone.io   |   (303) 555-0190

QUOTATION                                   Quote No.: ROC-Q-2025-0418
                                            Date: 02/18/2025
                                            Valid through: 05/19/2025
Bill to:
City of Warwick - Purchasing Division
3275 Post Road, Warwick, RI 02886

End user: Warwick Police Department, Detective Division
Customer ref: requisition 25-00791

Line  Part No.        Description                                Qty   Unit Price     Extended
1     ROC-WATCH-ENT   ROC Watch investigative license (annual)     4   $3,250.00    $13,000.00
2     ROC-SDK-MNT     ROC SDK maintenance & support, 12 months     1   $2,200.00     $2,200.00
3     ROC-TRN-ONS     On-site onboarding & training (one-time)     1   $4,750.00     $4,750.00
4     ROC-INST        Remote installation                          1       $0.00         $0.00

                                                          Subtotal:    $19,950.00
                                  RI sales tax (exempt, cert. 05-112233):    $0.00
                                                         TOTAL DUE:    $19,950.00
""",
"""TERMS AND CONDITIONS (Quote ROC-Q-2025-0418)

1. Licenses cover 4 named investigators; additional seats may be added at the unit price.
2. Annual renewal of the ROC Watch licenses is invoiced 30 days before the anniversary date.
3. Payment terms Net 45. Late balances accrue interest at 1.5% per month.
4. Licensee shall not use the Software for real-time surveillance of public gatherings.
5. This quotation does not include the City's separate body-worn camera storage contract.

Accepted for the City of Warwick:

______________________________        Date: ____________
Purchasing Agent, City of Warwick

Prepared by: Marcus Feld, Public Sector Sales, Rank One Computing
"""],
    request_agency=WPD, agencies=[WPD, "City of Warwick"], vendors=[ROC], products=["ROC Watch", "ROC SDK"],
    costs=[C(13000, 13000, "year", "ROC Watch investigative license (annual)     4   $3,250.00    $13,000.00", WPD, ROC, "ROC Watch"),
           C(3250, 3250, "year", "ROC Watch investigative license (annual)     4   $3,250.00", WPD, ROC, "ROC Watch", unit="per license"),
           C(2200, 2200, "year", "ROC SDK maintenance & support, 12 months     1   $2,200.00", WPD, ROC, "ROC SDK"),
           C(4750, 4750, "one-time", "On-site onboarding & training (one-time)     1   $4,750.00", WPD, ROC, None),
           C(19950, 19950, None, "TOTAL DUE:    $19,950.00", WPD, ROC, None)],
    counts=[N(4, "Licenses cover 4 named investigators", "users", WPD, ROC)],
    policies=[P("Licensee shall not use the Software for real-time surveillance of public gatherings.", "prohibition", WPD)])

# ---------------------------------------------------------------- 03 New Mexico, MOU
NMDPS = "New Mexico Department of Public Safety"
OCSO = "Otero County Sheriff's Office"
doc("03_nm-dps-otero-so-face-recognition-mou", [
"""MEMORANDUM OF UNDERSTANDING
between the
NEW MEXICO DEPARTMENT OF PUBLIC SAFETY
New Mexico All Source Intelligence Center (NMASIC)
and the
OTERO COUNTY SHERIFF'S OFFICE

MOU No. DPS-IA-23-117

1. PURPOSE. This agreement sets the terms under which the Otero County Sheriff's Office ("User
Agency") may submit probe images to the facial recognition service operated by NMASIC on the
IDEMIA MorphoFace Investigate platform.

2. GALLERY. The NMASIC gallery holds approximately 2.7 million booking photographs
contributed by New Mexico jails and detention centers. Motor Vehicle Division license
photographs are not part of the gallery.

3. ACCESS. The User Agency may designate up to 5 trained analysts as authorized users.
Each authorized user must complete the NMASIC face examiner course before an account is issued.

4. COST SHARING. The User Agency shall pay DPS an annual participation fee of $4,800, due by
July 31 of each fiscal year. The fee is calculated at $960 per authorized user per year.
DPS's own IDEMIA maintenance cost of $212,000 per year is not passed through to User Agencies.
DPS holds the IDEMIA contract under Statewide Price Agreement No. 40-00000-22-00153.
""",
"""5. USE OF RESULTS.
A facial recognition result is an investigative lead only and shall not be used as the sole
basis for probable cause or an arrest.
The User Agency shall not submit probe images taken from pseudonymous social media accounts.
Misuse of the system will result in immediate suspension of all User Agency accounts.

6. LIABILITY. Each Party is responsible for its own acts under the New Mexico Tort Claims Act,
NMSA 1978, Sections 41-4-1 through 41-4-30.

7. TERM. This MOU is effective July 1, 2023 and continues for three (3) years unless terminated
by either Party on 60 days' written notice.

FOR THE DEPARTMENT OF PUBLIC SAFETY          FOR THE OTERO COUNTY SHERIFF'S OFFICE

/s/ J. Villalobos                           /s/ R. House
Deputy Secretary, Statewide Law            Sheriff
Enforcement Support                         Date: 6/19/2023
Date: 6/22/2023
"""],
    request_agency=OCSO, agencies=[NMDPS, "New Mexico All Source Intelligence Center", OCSO],
    vendors=["Idemia"], products=["MorphoFace Investigate"],
    costs=[C(4800, 4800, "year", "annual participation fee of $4,800", OCSO, None, None),
           C(960, 960, "year", "$960 per authorized user per year", OCSO, None, None, unit="per user"),
           C(212000, 212000, "year", "IDEMIA maintenance cost of $212,000 per year", NMDPS, "Idemia", "MorphoFace Investigate")],
    counts=[N(2700000, "approximately 2.7 million booking photographs", "images", NMDPS, None, "approximately"),
            N(5, "up to 5 trained analysts as authorized users", "users", OCSO, None, "up to")],
    policies=[P("Each authorized user must complete the NMASIC face examiner course before an account is issued.", "requirement", NMDPS),
              P("A facial recognition result is an investigative lead only and shall not be used as the sole", "prohibition", NMDPS),
              P("The User Agency shall not submit probe images taken from pseudonymous social media accounts.", "prohibition", NMDPS),
              P("Misuse of the system will result in immediate suspension of all User Agency accounts.", "consequence", NMDPS)],
    scan=True)

# ---------------------------------------------------------------- 04 Kentucky, commission minutes
OPD = "Owensboro Police Department"
doc("04_ky-owensboro-commission-minutes-facesearch", [
"""CITY OF OWENSBORO
BOARD OF COMMISSIONERS - REGULAR MEETING MINUTES
Tuesday, February 6, 2024, 5:00 p.m., City Hall Commission Chambers, 101 E. 4th Street

PRESENT: Mayor Pro Tem Bob Glenn; Commissioners Hayes, Ball, Castlen and Moore.

CONSENT AGENDA
Minutes of the January 16, 2024 meeting approved as presented.

MUNICIPAL ORDER 14-2024
A Municipal Order approving the purchase of a Vigilant FaceSearch subscription from
Motorola Solutions, Inc. for the Owensboro Police Department
in the amount of $22,600 for a term of one year.
Chief Art Ealum said the department ran 312 face searches during 2023, which produced
41 possible matches and led to 9 arrests. Commissioner Ball asked whether a written policy
exists.
Chief Ealum said department policy does not allow a face search result to be the only reason
for an arrest. Commissioner Hayes moved to approve; seconded by Commissioner Moore.
Motion carried 5-0.

MUNICIPAL ORDER 15-2024
A Municipal Order approving a two-year agreement with Flock Safety for 12 license plate reader
cameras at an annual cost of $36,000. Motion carried 4-1 (Castlen opposed).
""",
"""MUNICIPAL ORDER 16-2024
A Municipal Order authorizing settlement of the claim of Jordan Pike v. City of Owensboro,
Daviess Circuit Court No. 22-CI-01187, in the amount of $18,500. Motion carried 5-0.

COMMISSION COMMENTS
Commissioner Castlen thanked Public Works for the snow response on January 19.

ADJOURNMENT at 6:12 p.m.

ATTEST:
Beth Davis, City Clerk
"""],
    request_agency=OPD, agencies=["City of Owensboro Board of Commissioners", OPD],
    vendors=["Motorola Solutions", "Vigilant Solutions", "Flock Safety"], products=["Vigilant FaceSearch"],
    costs=[C(22600, 22600, "year", "in the amount of $22,600 for a term of one year", OPD, "Motorola Solutions", "Vigilant FaceSearch")],
    counts=[N(312, "ran 312 face searches during 2023", "searches", OPD, None),
            N(41, "41 possible matches", "matches", OPD, None),
            N(9, "led to 9 arrests", "arrests", OPD, None)],
    policies=[P("Chief Ealum said department policy does not allow a face search result to be the only reason", "prohibition", OPD)],
    scan=True)

# ---------------------------------------------------------------- 05 Idaho, Gmail thread, DataWorks Plus
ACSO = "Ada County Sheriff's Office"
DWP = "DataWorks Plus"
SUBJ5 = "FACE Plus maintenance renewal FY26"
doc("05_id-ada-county-so-dataworks-gmail-thread", [
"""5/20/25, 9:14 AM                 Ada County Mail - Re: FACE Plus maintenance renewal FY26

Ada County Mail                                          Tom Reilly <treilly@adacounty.id.gov>

Re: FACE Plus maintenance renewal FY26
3 messages

Renee Castillo <rcastillo@dataworksplus.com>                     Thu, May 15, 2025 at 10:22 AM
To: Tom Reilly <treilly@adacounty.id.gov>
Cc: Support <support@dataworksplus.com>

Tom,
Attached is the FY26 renewal for FACE Plus. Annual software maintenance for July 1, 2025
through June 30, 2026 is $27,840. That covers your 14 concurrent workstation licenses.
Hosting of the mugshot gallery (1,184,502 images as of the April sync) is included.
Invoice # DWP-INV-55817 will follow.

Renee Castillo | Account Manager | DataWorks Plus | 864-555-0178

Tom Reilly <treilly@adacounty.id.gov>                            Thu, May 15, 2025 at 2:51 PM
To: Renee Castillo <rcastillo@dataworksplus.com>

Renee, last year we paid $26,515, so this is about a 5% increase? Is the Boise PD side of the
shared gallery billed separately? Livescan fingerprint maintenance ($9,310) is on its own PO.
Under ACSO Policy 612, every FACE Plus search must be logged with a DR number.
""",
"""5/20/25, 9:14 AM                 Ada County Mail - Re: FACE Plus maintenance renewal FY26

Renee Castillo <rcastillo@dataworksplus.com>                     Fri, May 16, 2025 at 8:04 AM
To: Tom Reilly <treilly@adacounty.id.gov>

Hi Tom,
Boise Police Department is billed under its own agreement. The increase is the 5% escalator in
section 6 of the master agreement (contract 2019-ACSO-044).
If you want to add the mobile app, FACE Plus Mobile is $1,150 per device per year.

Renee

Thomas Reilly
Records & Identification Manager
Ada County Sheriff's Office
7200 Barrister Dr., Boise, ID 83704
"""],
    request_agency=ACSO, agencies=[ACSO, "Boise Police Department"], vendors=[DWP],
    products=["FACE Plus", "FACE Plus Mobile"],
    costs=[C(27840, 27840, "year", "through June 30, 2026 is $27,840", ACSO, DWP, "FACE Plus"),
           C(26515, 26515, "year", "last year we paid $26,515", ACSO, DWP, "FACE Plus"),
           C(1150, 1150, "year", "FACE Plus Mobile is $1,150 per device per year", ACSO, DWP, "FACE Plus Mobile", unit="per device")],
    counts=[N(14, "14 concurrent workstation licenses", "users", ACSO, DWP),
            N(1184502, "1,184,502 images", "images", ACSO, DWP)],
    policies=[P("Under ACSO Policy 612, every FACE Plus search must be logged with a DR number.", "requirement", ACSO)],
    emails=[E("Renee Castillo", "rcastillo@dataworksplus.com", "2025-05-15 10:22", "Re: " + SUBJ5, 1, 1),
            E("Tom Reilly", "treilly@adacounty.id.gov", "2025-05-15 14:51", "Re: " + SUBJ5, 1, 1),
            E("Renee Castillo", "rcastillo@dataworksplus.com", "2025-05-16 08:04", "Re: " + SUBJ5, 2, 2)],
    scan=True, kind="print")

# ---------------------------------------------------------------- 06 Connecticut, grant budget narrative
WHPD = "West Hartford Police Department"
doc("06_ct-west-hartford-pd-jag-budget-narrative", [
"""TOWN OF WEST HARTFORD, CONNECTICUT
FY 2024 Edward Byrne Memorial Justice Assistance Grant (JAG) - Local Solicitation
BUDGET NARRATIVE
Implementing agency: West Hartford Police Department
Project: Forensic Facial Comparison Capability

Total federal request: $57,770

A. Personnel / B. Fringe Benefits: $0. Existing detectives will staff the project.

C. Travel ............................................................... $3,860
   Airfare, lodging and per diem for two detectives attending the Cognitec facial examiner
   course (5 days). No other travel is requested.

D. Equipment
   Cognitec FaceVACS-DBScan LE server license (perpetual), one-time cost ......... $38,500
   Forensic workstations, 2 @ $4,240 each ...................................... $8,480

E. Contractual
   Year 1 software maintenance (annual), FaceVACS-DBScan LE ..................... $6,930
   (18% of license price)
""",
"""Sustainability. Maintenance in years 2 and 3 (estimated $7,280 per year) will be paid from the
department's operating budget. No local match is required; the Town will contribute in-kind
supervision valued at 10% of project cost.

Scope. The system will search an internal gallery of about 96,000 booking photographs taken by
the department since 2009. Access will be limited to 6 trained users in the Investigative
Services Division.
Use of the system will be governed by General Order 2024-09, which prohibits searches of
persons engaged in lawful First Amendment activity.

Other funding. The department's body-worn camera program ($212,400 over five years) is funded
separately through the Town's general fund and is not part of this request.

Contact: Lt. Andrea Szabo, Grants Coordinator, (860) 523-5203, aszabo@westhartfordct.gov
"""],
    request_agency=WHPD, agencies=["Town of West Hartford", WHPD, "Bureau of Justice Assistance"],
    vendors=["Cognitec"], products=["FaceVACS-DBScan LE"],
    costs=[C(57770, 57770, "one-time", "Total federal request: $57,770", WHPD, None, None),
           C(3860, 3860, None, "C. Travel ............................................................... $3,860", WHPD, None, None),
           C(38500, 38500, "one-time", "one-time cost ......... $38,500", WHPD, "Cognitec", "FaceVACS-DBScan LE"),
           C(8480, 8480, None, "2 @ $4,240 each ...................................... $8,480", WHPD, None, None),
           C(4240, 4240, None, "2 @ $4,240 each", WHPD, None, None, unit="per workstation"),
           C(6930, 6930, "year", "Year 1 software maintenance (annual), FaceVACS-DBScan LE ..................... $6,930", WHPD, "Cognitec", "FaceVACS-DBScan LE"),
           C(7280, 7280, "year", "estimated $7,280 per year", WHPD, "Cognitec", "FaceVACS-DBScan LE")],
    counts=[N(96000, "about 96,000 booking photographs", "images", WHPD, None, "approximately"),
            N(6, "limited to 6 trained users", "users", WHPD, None, "at most")],
    policies=[P("Use of the system will be governed by General Order 2024-09, which prohibits searches of", "prohibition", WHPD)])

# ---------------------------------------------------------------- 07 South Carolina, campus police policy
CUPD = "Clemson University Police Department"
doc("07_sc-clemson-upd-facial-recognition-policy", [
"""CLEMSON UNIVERSITY POLICE DEPARTMENT
General Order 4.22 - Facial Recognition Technology
Effective: 08/01/2025          Replaces: 4.22 (03/2022)          CALEA Standard 41.2.3
Pages: 2

I. PURPOSE
This order governs how members request and use facial recognition searches. The department does
not own a facial recognition system. Searches are performed by the South Carolina Law
Enforcement Division (SLED), whose statewide system uses Paravision's matching algorithm.

II. POLICY
A. Investigators may request a facial recognition search from SLED to identify a deceased or
incapacitated person.
B. Officers shall not use facial recognition to identify persons at lawful protests.
C. Personal accounts on commercial face search services, including free trials, are prohibited
for department business.
D. Every candidate returned by a search must be reviewed by a second trained examiner.
E. A possible match is an investigative lead only and is not a positive identification.
""",
"""III. PROCEDURE
1. The Chief will designate no more than 4 trained examiners to submit requests to SLED.
2. Requests are made on SLED form FR-2 and logged in the records system by incident number.
3. Questions: Investigations Captain, (864) 656-2222.

IV. VIOLATIONS
Violation of this order may result in discipline up to and including termination.

By order of:
Chief of Police
"""],
    request_agency=CUPD, agencies=[CUPD, "South Carolina Law Enforcement Division"], vendors=["Paravision"], products=[],
    counts=[N(4, "no more than 4 trained examiners", "users", CUPD, None, "at most")],
    policies=[P("Investigators may request a facial recognition search from SLED to identify a deceased or", "permission", CUPD),
              P("Officers shall not use facial recognition to identify persons at lawful protests.", "prohibition", CUPD),
              P("Personal accounts on commercial face search services, including free trials, are prohibited", "prohibition", CUPD),
              P("Every candidate returned by a search must be reviewed by a second trained examiner.", "requirement", CUPD),
              P("A possible match is an investigative lead only and is not a positive identification.", "disclaimer", CUPD),
              P("Violation of this order may result in discipline up to and including termination.", "consequence", CUPD)])

# ---------------------------------------------------------------- 08 Iowa, fusion center annual report
IDPS = "Iowa Division of Intelligence and Fusion Center"
doc("08_ia-fusion-center-2024-annual-report-fr", [
"""IOWA DEPARTMENT OF PUBLIC SAFETY
Division of Intelligence and Fusion Center
2024 ANNUAL REPORT                                                             Page 11

FACIAL RECOGNITION UNIT

The Facial Recognition Unit (FRU) supports local, state and federal partners with image-based
identification using NEC NeoFace Reveal. In calendar year 2024:

  - Analysts conducted 2,366 searches for 88 submitting agencies, a 14% increase over 2023
    (roughly 197 searches per month).
  - Searches returned 604 possible matches that were forwarded as investigative leads.
  - Partners reported at least 73 arrests in which an FRU lead was a factor.
  - The gallery grew to 5,108,233 images drawn from Iowa booking records.
  - 31 certified examiners held FRU accounts at year end.

DPS policy requires that all results be reviewed by two examiners before dissemination.

The NEC NeoFace Reveal maintenance agreement cost $118,400 for state fiscal year 2024.
""",
"""OTHER PROGRAMS                                                                 Page 12

License plate reader: the statewide ALPR network logged 41 million reads in 2024. The ALPR
server refresh cost $263,000.

The Division's total operating budget for SFY 2024 was $4.2 million, of which 62% is personnel.

Fusion Center tip line: 1-800-452-1111 | ifc@dps.state.ia.us
"""],
    request_agency=IDPS, agencies=["Iowa Department of Public Safety", IDPS], vendors=["NEC"], products=["NeoFace Reveal"],
    costs=[C(118400, 118400, "year", "cost $118,400 for state fiscal year 2024", IDPS, "NEC", "NeoFace Reveal")],
    counts=[N(2366, "conducted 2,366 searches", "searches", IDPS, "NEC"),
            N(197, "roughly 197 searches per month", "searches", IDPS, "NEC", "approximately", "month"),
            N(604, "604 possible matches", "matches", IDPS, "NEC"),
            N(73, "at least 73 arrests", "arrests", None, "NEC", "at least"),
            N(5108233, "5,108,233 images", "images", IDPS, "NEC"),
            N(31, "31 certified examiners", "users", IDPS, "NEC")],
    policies=[P("DPS policy requires that all results be reviewed by two examiners before dissemination.", "requirement", IDPS)])

# ---------------------------------------------------------------- 09 Montana, news article, Rekognition
BSB = "Butte-Silver Bow Law Enforcement Department"
doc("09_mt-butte-silver-bow-rekognition-news", [
"""THE MONTANA STANDARD  |  LOCAL NEWS

Records: Butte-Silver Bow police quietly used Amazon face-matching tool for two years

By Kelsey Marron  |  Sept. 9, 2025

BUTTE - The Butte-Silver Bow Law Enforcement Department used Amazon Rekognition to compare
suspect photos against its own jail booking images from 2022 until early 2024, according to
invoices and emails released under a public records request.

The department uploaded roughly 41,000 booking photos to the service and ran 2,180 searches,
the records show. Monthly Amazon Web Services bills for the project averaged about $64 a month.
In all, the City-County of Butte-Silver Bow paid Amazon
a total of $1,532 between 2022 and 2024.

Amazon's published rate at the time was $0.001 per image for the first million images analyzed
each month.

Undersheriff Dan Lester said deputies are not allowed to run a search without a supervisor's
sign-off. He said the project ended after Senate Bill 397 took effect in 2023.
""",
"""Under the 2023 law, a state or local agency must obtain a warrant before running a face search
except in emergencies.

The records request was filed by the ACLU of Montana in March. Butte-Silver Bow,
population about 35,000, separately settled a wrongful-arrest lawsuit last year for $95,000;
that case did not involve facial recognition.

Contact reporter Kelsey Marron at 406-555-0112.
"""],
    request_agency=BSB, agencies=[BSB, "City-County of Butte-Silver Bow", "ACLU of Montana"],
    vendors=["Amazon Web Services"], products=["Amazon Rekognition"],
    costs=[C(64, 64, "month", "about $64 a month", BSB, "Amazon Web Services", "Amazon Rekognition"),
           C(1532, 1532, None, "a total of $1,532 between 2022 and 2024", BSB, "Amazon Web Services", "Amazon Rekognition"),
           C(0.001, 0.001, None, "$0.001 per image", None, "Amazon Web Services", "Amazon Rekognition", unit="per image")],
    counts=[N(41000, "roughly 41,000 booking photos", "images", BSB, "Amazon Web Services", "approximately"),
            N(2180, "ran 2,180 searches", "searches", BSB, "Amazon Web Services")],
    policies=[P("Undersheriff Dan Lester said deputies are not allowed to run a search without a supervisor's", "prohibition", BSB),
              P("Under the 2023 law, a state or local agency must obtain a warrant before running a face search", "requirement", None)])

# ---------------------------------------------------------------- 10 Maryland, forwarded chain, BriefCam
MTAP = "Maryland Transit Administration Police Force"
doc("10_md-mta-police-briefcam-forwarded-chain", [
"""From: Harlan Pruitt <hpruitt@mta.maryland.gov>
Sent: Wednesday, October 8, 2025 3:18 PM
To: Procurement-Reqs <procreqs@mta.maryland.gov>
Subject: FW: BriefCam quote - face search module

Please process the quote below as a small procurement (under the $50,000 threshold).
Funding: Homeland Security grant line, account 4410-2291-07.

H. Pruitt | Lieutenant, Technology Unit | MTA Police Force | 410-454-7700

---------- Forwarded message ---------
From: Josie Kwan <jkwan@keystonesecure.com>
Date: Tue, Oct 7, 2025 at 11:40 AM
Subject: BriefCam quote - face search module
To: Harlan Pruitt <hpruitt@mta.maryland.gov>

Lt. Pruitt,
Per your request, pricing for adding the BriefCam face recognition module to your existing
BriefCam Protect deployment (Keystone Secure Systems is the authorized reseller):

  Face Recognition add-on, per camera channel, 1-year term    60 ch x $310 = $18,600
  Professional services (remote configuration, one-time)          $2,400
  Total                                                           $21,000
""",
"""Your existing BriefCam video analytics annual support ($44,900) renews separately in March.
Watchlists are capped at 2,500 enrolled faces per server.

Josie Kwan | Keystone Secure Systems | 443-555-0199

> On Mon, Oct 6, 2025 at 4:02 PM Harlan Pruitt <hpruitt@mta.maryland.gov> wrote:
> Josie - can you quote face rec for the 60 station cameras? Our General Order 9-14 says
> face matching may only be run on recorded video, never on live feeds.
> So we only need the forensic module.
"""],
    request_agency=MTAP, agencies=[MTAP, "Maryland Transit Administration"],
    vendors=["BriefCam", "Keystone Secure Systems"], products=["BriefCam Protect"],
    costs=[C(18600, 18600, "year", "1-year term    60 ch x $310 = $18,600", MTAP, "BriefCam", None),
           C(310, 310, "year", "per camera channel, 1-year term    60 ch x $310", MTAP, "BriefCam", None, unit="per camera channel"),
           C(2400, 2400, "one-time", "one-time)          $2,400", MTAP, "BriefCam", None),
           C(21000, 21000, None, "Total                                                           $21,000", MTAP, "BriefCam", None)],
    counts=[N(2500, "capped at 2,500 enrolled faces per server", "images", MTAP, "BriefCam", "at most", "server")],
    policies=[P("face matching may only be run on recorded video, never on live feeds.", "requirement", MTAP)],
    emails=[E("Harlan Pruitt", "hpruitt@mta.maryland.gov", "2025-10-08 15:18", "FW: BriefCam quote - face search module", 1, 1),
            E("Josie Kwan", "jkwan@keystonesecure.com", "2025-10-07 11:40", "BriefCam quote - face search module", 1, 2),
            E("Harlan Pruitt", "hpruitt@mta.maryland.gov", "2025-10-06 16:02", None, 2, 2)],
    scan=True, kind="print")

# ---------------------------------------------------------------- 11 Louisiana, purchase order, Veritone
LPD = "Lafayette Police Department"
doc("11_la-lafayette-veritone-purchase-order", [
"""LAFAYETTE CONSOLIDATED GOVERNMENT
Purchasing Division  |  705 W. University Ave., Lafayette, LA 70506  |  (337) 291-8260

PURCHASE ORDER            PO Number: 4500187342            PO Date: 11/04/2024
Vendor No. 100882                                           Page 1 of 1

VENDOR:                                  SHIP TO:
Veritone, Inc.                           Lafayette Police Department
1615 Platte Street, 2nd Floor            Criminal Investigations Division
Denver, CO 80202                         900 E. University Ave., Lafayette, LA 70503

Requisitioner: Cpl. D. Thibodeaux (LPD)   Buyer: K. Landry   Terms: Net 30   FOB: Destination

Item  Description                                   Qty  UOM    Unit Cost        Amount
0010  Veritone IDentify subscription, 12-month term   1   EA   $29,500.00    $29,500.00
      (includes up to 8 named users)
0020  IDentify storage expansion 500 GB, monthly     12   MO      $125.00     $1,500.00
0030  Implementation services, one-time fee           1   EA    $3,000.00     $3,000.00
                                                              PO TOTAL:     $34,000.00

Account: 101-2210-521.44-10    Bid exemption: La. R.S. 38:2212.1 (below $60,000 threshold)

SPECIAL CONDITIONS
1. Per LPD Policy 345, IDentify results shall not be used as the sole basis for an arrest.
2. The booking photo library loaded to IDentify (about 212,000 images) remains LCG property.
3. This PO does not cover the Axon body-worn camera agreement (PO 4500179955, $411,260).

Authorized: ____________________  Purchasing Manager, Lafayette Consolidated Government
"""],
    request_agency=LPD, agencies=["Lafayette Consolidated Government", LPD],
    vendors=["Veritone"], products=["Veritone IDentify"],
    costs=[C(29500, 29500, "year", "Veritone IDentify subscription, 12-month term   1   EA   $29,500.00", LPD, "Veritone", "Veritone IDentify"),
           C(1500, 1500, "year", "12   MO      $125.00     $1,500.00", LPD, "Veritone", "Veritone IDentify"),
           C(125, 125, "month", "monthly     12   MO      $125.00", LPD, "Veritone", "Veritone IDentify"),
           C(3000, 3000, "one-time", "Implementation services, one-time fee           1   EA    $3,000.00", LPD, "Veritone", "Veritone IDentify"),
           C(34000, 34000, None, "PO TOTAL:     $34,000.00", LPD, "Veritone", "Veritone IDentify")],
    counts=[N(8, "up to 8 named users", "users", LPD, "Veritone", "up to"),
            N(212000, "about 212,000 images", "images", LPD, "Veritone", "approximately")],
    policies=[P("Per LPD Policy 345, IDentify results shall not be used as the sole basis for an arrest.", "prohibition", LPD)],
    scan=True)

# ---------------------------------------------------------------- 12 New York, county legislature resolution, Azure Face
OCDA = "Onondaga County District Attorney's Office"
OCL = "Onondaga County Legislature"
doc("12_ny-onondaga-legislature-da-azure-face-resolution", [
"""ONONDAGA COUNTY LEGISLATURE
Court House, Room 407, 401 Montgomery Street, Syracuse, New York 13202

RESOLUTION NO. 212 - 2025                                       Meeting of September 2, 2025

AUTHORIZING THE DISTRICT ATTORNEY TO CONTRACT FOR A FORENSIC FACE COMPARISON SYSTEM

WHEREAS, the District Attorney's Crime Strategies Unit reviews surveillance images submitted
by municipal police agencies and expects approximately 15,000 searches annually; and

WHEREAS, the unit proposes a system built on Microsoft's Azure Face service, configured by
Northside Forensic Integrators LLC; and

WHEREAS, Azure Face usage is billed at $1.00 per 1,000 transactions; and

WHEREAS, the County separately received $2,300,000 in opioid settlement funds in 2024, none of
which will be used for this purpose; now, therefore be it

RESOLVED, that the County of Onondaga is authorized to enter into an agreement with
Northside Forensic Integrators LLC in an amount
not to exceed $75,000 for a term ending December 31, 2026; and be it further

RESOLVED, that no face recognition search shall be conducted on images of persons engaged in
constitutionally protected activity; and be it further
""",
"""RESOLVED, that the District Attorney shall report to the Public Safety Committee each year the
number of searches run and the number of cases in which a search result was used; and be it
further

RESOLVED, that the sum of $12,000 is hereby appropriated from the District Attorney's
forfeiture account (A.ACCT 693010) for Azure Face usage charges in 2026.

Sponsored by Mr. Ryan and Ms. Kuhn, Public Safety Committee
ADOPTED: 14 Ayes, 2 Nays, 1 Absent
Local Law reference: Local Law No. 4 of 2021
"""],
    request_agency=OCDA, agencies=[OCL, OCDA, "County of Onondaga"],
    vendors=["Microsoft", "Northside Forensic Integrators"], products=["Azure Face"],
    costs=[C(1.0, 1.0, None, "$1.00 per 1,000 transactions", OCDA, "Microsoft", "Azure Face", unit="per 1,000 transactions"),
           C(None, 75000, None, "not to exceed $75,000 for a term ending December 31, 2026", OCDA, "Northside Forensic Integrators", None),
           C(12000, 12000, None, "the sum of $12,000 is hereby appropriated", OCDA, "Microsoft", "Azure Face")],
    counts=[N(15000, "approximately 15,000 searches annually", "searches", OCDA, None, "approximately", "year")],
    policies=[P("RESOLVED, that no face recognition search shall be conducted on images of persons engaged in", "prohibition", OCL),
              P("RESOLVED, that the District Attorney shall report to the Public Safety Committee each year the", "requirement", OCL)])


def write():
    (ROOT / "docs").mkdir(exist_ok=True)
    labels = []
    for d in DOCS:
        txt = "\f".join(p.rstrip("\n") + "\n" for p in d["pages"])
        (ROOT / "docs" / f"{d['name']}.txt").write_text(txt)
        labels.append({
            "file": f"docs/{d['name']}.txt", "pdf": f"pdf/{d['name']}.pdf",
            "scan": f"pdf/{d['name']}.scan.pdf" if d["scan"] else None,
            "request_agency": d["request_agency"], "agencies": d["agencies"], "vendors": d["vendors"],
            "products": d["products"], "costs": d["costs"], "counts": d["counts"],
            "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in d["counts"] if c["measure"] == "images"],
            "policies": d["policies"], "emails": d["emails"],
        })
    (ROOT / "labels.json").write_text(json.dumps(labels, indent=1))


if __name__ == "__main__":
    write()
