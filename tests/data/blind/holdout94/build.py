"""Writes docs/*.txt and labels.json for holdout94 (six invented releases: CA, FL, NY, IL, MA, MD).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), plus `kind` on policies."""
import json
import random
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
            assert text.count(f["quote"]) >= 1
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 California: Salinas PD (Gmail)
SPD = "Salinas Police Department"
VS = "Vigilant Solutions"
MSI = "Motorola Solutions"
FS = "FaceSearch"
MCSO = "Monterey County Sheriff's Office"
SUBJ1 = "FaceSearch pilot - next steps"
GM_H = "5/2/24, 8:47 AM     City of Salinas Mail - FaceSearch pilot - next steps"
GM_URL = "https://mail.google.com/mail/u/0/?ik=4c1e0a9b27&view=pt&search=all"
doc("01_salinas-pd-facesearch-pilot-gmail.txt", [
    (GM_H, """\
City of Salinas Mail            Hector Arriaga <hectora@salinaspd.example>

FaceSearch pilot - next steps
5 messages

Dana Whitlock <d.whitlock@vigilant.example>   Tue, Apr 23, 2024 at 3:41 PM
To: Hector Arriaga <hectora@salinaspd.example>
Cc: Renee Okafor <r.okafor@vigilant.example>

Hi Lt. Arriaga,

Thanks for having us out last week. A quick recap of the FaceSearch
pilot before it closes on April 30:

- Six officers held pilot accounts (Investigations and the Street
  Crimes Unit).
- Those accounts ran 214 searches between March 1 and April 22.
- Every search ran against the FaceSearch gallery, which now holds
  more than 20 million booking photos shared by participating agencies.

To keep access after the pilot, we would convert you to a paid
FaceSearch subscription. Standard pricing is $1,650 per user per year.
For the 10 named users you mentioned, that comes to $16,500 for a
12-month term. The $3,000 onboarding fee is waived for pilot agencies.

Your LEARN/ALPR renewal ($28,400) is on its own contract and is not
affected by any of this.

Best,
Dana Whitlock
Sales Engineer, Vigilant Solutions | Motorola Solutions
(916) 555-0134""", GM_URL + "   1/3"),
    (GM_H, """\
Hector Arriaga <hectora@salinaspd.example>   Wed, Apr 24, 2024 at 9:05 AM
To: Dana Whitlock <d.whitlock@vigilant.example>

Dana,

Ten is more than we need. Only five of the six pilot users ran more
than a handful of searches. I have $12,000 budgeted for this in
FY 2024-25, so can you price 8 seats?

Two more things. Under SPD Policy 345, a FaceSearch result is an
investigative lead only and is not probable cause to arrest. We also
can't run body-worn camera video through FaceSearch; Policy 345
prohibits it. Please make sure the account settings match that. Chief
Ramos wants a second-reviewer sign-off added to 345 before we go live,
but that draft is still with the City Attorney.

Hector

Dana Whitlock <d.whitlock@vigilant.example>   Wed, Apr 24, 2024 at 1:52 PM
To: Hector Arriaga <hectora@salinaspd.example>
Cc: Renee Okafor <r.okafor@vigilant.example>

Hector,

No problem. Two options:

Option A - 1 year: 8 users x $1,650 = $13,200 (May 1, 2024 -
April 30, 2025).
Option B - 3 years: 8 users at $1,500 per user per year, billed
annually; $36,000 over the three-year term.

Neither includes sales tax; California does not tax the hosted
subscription. Pricing holds for 30 days.

One reminder: pilot users must keep searching only on open SPD case
numbers until the subscription starts. That was a condition of the
pilot agreement.

Dana""", GM_URL + "   2/3"),
    (GM_H, """\
Hector Arriaga <hectora@salinaspd.example>   Thu, Apr 25, 2024 at 10:17 AM
To: Dana Whitlock <d.whitlock@vigilant.example>
Cc: Renee Okafor <r.okafor@vigilant.example>, Marisol Trevino
<mtrevino@salinas.example>

Dana - answers inline.

> Option A - 1 year: 8 users x $1,650 = $13,200 (May 1, 2024 -
> April 30, 2025).

We'll take Option A. It is over what I have, so Finance will cover the
difference from the Investigations overtime line. Marisol (Finance) is
copied and will cut the PO.

> Option B - 3 years: 8 users at $1,500 per user per year, billed
> annually; $36,000 over the three-year term.

Not this year. The Monterey County Sheriff's Office told me they pay
about $19,000 a year for theirs, so we are in line.

Hector

Dana Whitlock <d.whitlock@vigilant.example>   Thu, Apr 25, 2024 at 2:30 PM
To: Hector Arriaga <hectora@salinaspd.example>
Cc: Marisol Trevino <mtrevino@salinas.example>

Great. Quote Q-24-04417 is attached: 8 FaceSearch users, $13,200,
term 5/1/2024 - 4/30/2025. The six pilot accounts stay live at no
charge until May 15 so nobody loses access while the PO is processed.

Dana

  Q-24-04417_Salinas_PD_FaceSearch.pdf
  88K""", GM_URL + "   3/3"),
], "print", SPD,
    [SPD, "City of Salinas", MCSO],
    [VS, MSI],
    [FS, "LEARN"],
    [C(1650, 1650, "year", "Standard pricing is $1,650 per user per year.", SPD, VS, FS, unit="per user"),
     C(16500, 16500, "year", "For the 10 named users you mentioned, that comes to $16,500 for a 12-month term.",
       SPD, VS, FS),
     C(12000, 12000, None, "I have $12,000 budgeted for this", SPD, VS, FS),
     C(13200, 13200, "year", "Option A - 1 year: 8 users x $1,650 = $13,200", SPD, VS, FS),
     C(1500, 1500, "year", "8 users at $1,500 per user per year", SPD, VS, FS, unit="per user"),
     C(36000, 36000, None, "$36,000 over the three-year term", SPD, VS, FS),
     C(19000, 19000, "year", "about $19,000 a year for theirs", MCSO, VS, FS)],
    [N(6, "exact", "users", None, "Six officers held pilot accounts", SPD, VS),
     N(214, "exact", "searches", None, "Those accounts ran 214 searches", SPD, VS),
     N(20000000, "more than", "images", None, "more than 20 million booking photos", None, VS),
     N(10, "exact", "licenses", None, "For the 10 named users you mentioned", SPD, VS),
     N(8, "exact", "licenses", None, "Option A - 1 year: 8 users x $1,650 = $13,200", SPD, VS)],
    [P("Under SPD Policy 345, a FaceSearch result is an investigative lead only and is not probable cause to "
       "arrest.", SPD, "disclaimer"),
     P("can't run body-worn camera video through FaceSearch; Policy 345 prohibits it.", SPD, "prohibition"),
     P("pilot users must keep searching only on open SPD case numbers until the subscription starts.", SPD,
       "requirement")],
    [E("Dana Whitlock", "Hector Arriaga", "Tue, Apr 23, 2024 at 3:41 PM", SUBJ1),
     E("Hector Arriaga", "Dana Whitlock", "Wed, Apr 24, 2024 at 9:05 AM", SUBJ1),
     E("Dana Whitlock", "Hector Arriaga", "Wed, Apr 24, 2024 at 1:52 PM", SUBJ1),
     E("Hector Arriaga", "Dana Whitlock", "Thu, Apr 25, 2024 at 10:17 AM", SUBJ1),
     E("Dana Whitlock", "Hector Arriaga", "Thu, Apr 25, 2024 at 2:30 PM", SUBJ1)],
    ["2024-05-02", "2024-04-23", "2024-04-30", "2024-03-01", "2024-04-22", "2024-04-24", "2024-05-01",
     "2025-04-30", "2024-04-25", "2024-05-15"],
    scan="print")


# ---------------------------------------------------------------- 2 Florida: Ocala PD (state contract)
OPD = "Ocala Police Department"
CG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("02_ocala-pd-cognitec-acs-price-sheet-order.txt", [
    (None, """\
STATE OF FLORIDA
DEPARTMENT OF MANAGEMENT SERVICES - DIVISION OF STATE PURCHASING
Alternate Contract Source No. 43230000-ACS-22-061
Facial Recognition Software, Licenses and Related Services
Contractor: Cognitec Systems Corporation
Contract term: 07/01/2022 - 06/30/2025     Price Sheet Rev. 3, 01/15/2024

Prices are ceiling prices for state agencies and other eligible users
(Rule 60A-1.047, F.A.C.). Eligible users may negotiate lower prices.
A 1% MyFloridaMarketPlace transaction fee applies to each order.

Item     Description                  Unit          Price  Notes
-------  ---------------------------  --------  ---------  --------------
DBS-100  FaceVACS-DBScan LE server    Each      38,500.00  One-time;
         license, gallery up to                            perpetual
         1,000,000 images
DBS-110  Gallery expansion, each      Each       9,200.00  One-time
         additional 500,000 images
DBS-200  DBScan LE investigator       Per seat   2,150.00  One-time;
         workstation license                               perpetual
DBS-300  Annual maintenance and       Per year     18% of  Year 1 due
         support                                 licenses  with order
VS-400   FaceVACS-VideoScan analyst   Per seat   6,900.00  One-time
         license
SVC-500  Installation and             Lot        4,800.00  Remote;
         configuration                                     one-time
SVC-510  Examiner training, on site   Per day    1,950.00  Max. 8
                                                           trainees/day
SVC-520  Professional services        Per hour     185.00  Custom
                                                           interfaces
HW-900   Flatbed photo scanner,       Each         329.00  Pass-through
         Epson DS-70000                                    item

Special terms, sec. 4.3: an ordering agency shall have a written facial
recognition use policy in effect before any license is activated.

ORDERING AGENCY ORDER FORM (complete below and send to the Contractor)""",
     "ACS 43230000-ACS-22-061 / OPD order - page 1 of 2"),
    (None, """\
Ordering agency:  City of Ocala - Ocala Police Department
Contact:          Capt. Renata Sowell, Criminal Investigations Division
Phone:            (352) 555-0171
Agency PO No.:    P2402317            Order date:  03/18/2024
Vendor quote:     CSC-FL-24-0092      Tax status:  Exempt, Cert.
                                                   85-8012345678C-9

Ln  Item     Description                      Qty  Unit Price   Extended
--  -------  -------------------------------  ---  ----------  ---------
1   DBS-100  DBScan LE server license           1   38,500.00  38,500.00
2   DBS-200  Investigator workstation license   6    2,150.00  12,900.00
3   DBS-300  Maintenance, year 1 (18% of        1    9,252.00   9,252.00
             lines 1-2), 04/01/2024 -
             03/31/2025
4   SVC-500  Installation and configuration     1    4,800.00   4,800.00
5   SVC-510  Examiner training, on site         2    1,950.00   3,900.00
6   HW-900   Flatbed photo scanner              2      329.00     658.00
                                                    Subtotal   70,010.00
                                     Shipping (line 6 only)       45.00
                                     Sales tax (exempt)            0.00
                                                    TOTAL      70,055.00

Notes from ordering agency:
a. Initial gallery: about 212,000 booking photographs from the Marion
   County Jail, loaded under the OPD-MCSO data sharing agreement.
b. OPD will keep its no-cost access to the Pinellas County Sheriff's
   Office FACES system for driver license photographs.
c. Under OPD General Order 400.17, a candidate returned by the system
   is an investigative lead only and shall not be the sole basis for an
   arrest.
d. Funding: Law Enforcement Trust Fund, account 001-0412-521.64-10.
   The MyFloridaMarketPlace fee is paid by the Contractor.

Approved:  ______________________  Chief of Police     Date: 03/18/2024
Approved:  ______________________  Procurement Manager Date: 03/19/2024""",
     "ACS 43230000-ACS-22-061 / OPD order - page 2 of 2"),
], "pdf", OPD,
    [OPD, "City of Ocala", "Florida Department of Management Services", "Marion County Sheriff's Office",
     "Pinellas County Sheriff's Office"],
    [CG, "Epson"],
    [DBS, "FaceVACS-VideoScan", "FACES", "Epson DS-70000"],
    [C(38500, 38500, "one-time", "DBS-100  FaceVACS-DBScan LE server    Each      38,500.00", None, CG, DBS),
     C(9200, 9200, "one-time", "DBS-110  Gallery expansion, each      Each       9,200.00", None, CG, DBS),
     C(2150, 2150, "one-time", "DBS-200  DBScan LE investigator       Per seat   2,150.00", None, CG, DBS,
       unit="per user"),
     C(6900, 6900, "one-time", "VS-400   FaceVACS-VideoScan analyst   Per seat   6,900.00", None, CG,
       "FaceVACS-VideoScan", unit="per user"),
     C(4800, 4800, "one-time", "SVC-500  Installation and             Lot        4,800.00", None, CG, DBS),
     C(1950, 1950, None, "SVC-510  Examiner training, on site   Per day    1,950.00", None, CG, DBS,
       unit="per day"),
     C(185, 185, None, "SVC-520  Professional services        Per hour     185.00", None, CG, DBS,
       unit="per hour"),
     C(12900, 12900, "one-time", "2   DBS-200  Investigator workstation license   6    2,150.00  12,900.00",
       OPD, CG, DBS),
     C(9252, 9252, "year", "3   DBS-300  Maintenance, year 1 (18% of        1    9,252.00   9,252.00",
       OPD, CG, DBS),
     C(3900, 3900, None, "5   SVC-510  Examiner training, on site         2    1,950.00   3,900.00",
       OPD, CG, DBS)],
    [N(6, "exact", "licenses", None, "2   DBS-200  Investigator workstation license   6", OPD, CG),
     N(212000, "approximately", "images", None, "about 212,000 booking photographs", OPD, CG)],
    [P("an ordering agency shall have a written facial recognition use policy in effect before any license is "
       "activated.", OPD, "requirement"),
     P("Under OPD General Order 400.17, a candidate returned by the system is an investigative lead only and "
       "shall not be the sole basis for an arrest.", OPD, "disclaimer")],
    [],
    ["2022-07-01", "2025-06-30", "2024-01-15", "2024-03-18", "2024-04-01", "2025-03-31", "2024-03-19"],
    scan="pdf")


# ---------------------------------------------------------------- 3 New York: Binghamton PD (staff report)
BPD = "Binghamton Police Department"
BC = "BriefCam"
BCR = "BriefCam Review"
doc("03_binghamton-pd-briefcam-council-staff-report.txt", [
    (None, """\
CITY OF BINGHAMTON
STAFF REPORT TO CITY COUNCIL

Meeting:        Work Session, June 10, 2024
Agenda item:    Ordinance 24-71 (first reading June 17, 2024)
Department:     Police Department
Prepared by:    Capt. Lorraine Szymanski, Support Services Division
Reviewed by:    Office of the City Comptroller; Corporation Counsel

SUBJECT
An ordinance authorizing the Mayor to execute a three-year subscription
agreement with BriefCam, Inc. for video analytics software, including
its face recognition module, for the Binghamton Police Department.

BACKGROUND
The Police Department's Real Time Crime Center (RTCC) reviews recorded
video from City cameras and from businesses that share footage after a
crime. Reviewing that video by hand takes detectives many hours a case.

From September to November 2023 the Department ran a 90-day, no-cost
evaluation of BriefCam Review with the face recognition module. During
the evaluation two RTCC analysts ran 58 face searches on video from
open cases.

The module compares faces found in recorded video with a watch list of
images that an analyst uploads for a specific case. It does not connect
to a mug shot database or to DMV photographs. For mug shot and DMV
comparisons the Department will keep sending requests to the Facial
Identification Section of the New York State Intelligence Center
(NYSIC), which runs them at no cost to the City. The Department sent
41 such requests to NYSIC in 2023.

The proposed agreement covers three analyst seats from July 1, 2024
through June 30, 2027, billed each July. BriefCam is offered at the
price on New York State OGS contract PT69214, so no separate bid is
required under General Municipal Law sec. 103.

Apart from the ban on facial recognition in schools, there is no New
York State law that prohibits its use by municipal police.""",
     "Ordinance 24-71 Staff Report - Page 1 of 2"),
    (None, """\
USE RULES
Use will be governed by BPD General Order 41.3, Video Analytics and
Face Recognition, adopted May 20, 2024:
  - The face recognition module may be used only on recorded video in
    an open criminal investigation with a BPD case number.
  - Real-time or live face matching on City cameras shall not be
    enabled.
  - A possible match is an investigative lead only and is not probable
    cause for an arrest.
  - Misuse will result in revocation of access and discipline.

FISCAL IMPACT
Table 1. Costs by City fiscal year (the City's fiscal year is the
calendar year)

Item                               FY2024     FY2025     FY2026     Total
-------------------------------  --------  ---------  ---------  --------
BriefCam Review with face         $24,600    $24,600    $25,830   $75,030
  recognition, 3 seats (annual)
Implementation and training        $6,500         --         --    $6,500
RTCC camera expansion,            $38,400         --         --   $38,400
  12 cameras (Ordinance 24-72)
-------------------------------  --------  ---------  ---------  --------
Total                             $69,500    $24,600    $25,830  $119,930

The FY2026 figure reflects the 5% increase the agreement allows after
year two. The FY2024 subscription and implementation ($31,100) will be
paid from the Department's NYS DCJS GIVE grant award of $31,100 for
2024-25; there is no General Fund cost for the software in FY2024. The
FY2025 and FY2026 subscriptions will be requested in the Police
operating budget, account A3120.4460. The camera expansion is a
separate item (Ordinance 24-72) and is shown only so that Council sees
the full RTCC request.

RECOMMENDATION
Staff recommends that Council adopt Ordinance 24-71 authorizing the
Mayor to execute the BriefCam agreement for a term not to exceed three
years.

Attachments: (1) BriefCam quote BC-NY-240517; (2) General Order 41.3""",
     "Ordinance 24-71 Staff Report - Page 2 of 2"),
], "pdf", BPD,
    [BPD, "City of Binghamton", "Binghamton City Council", "New York State Intelligence Center",
     "New York State Office of General Services", "New York State Division of Criminal Justice Services"],
    [BC],
    [BCR],
    [C(24600, 24600, "year", "BriefCam Review with face         $24,600", BPD, BC, BCR),
     C(25830, 25830, "year", "$24,600    $25,830", BPD, BC, BCR),
     C(75030, 75030, None, "$24,600    $24,600    $25,830   $75,030", BPD, BC, BCR),
     C(6500, 6500, "one-time", "Implementation and training        $6,500", BPD, BC, BCR),
     C(31100, 31100, "one-time", "The FY2024 subscription and implementation ($31,100) will be paid from the "
       "Department's NYS DCJS GIVE grant award of $31,100", BPD, BC, BCR)],
    [N(58, "exact", "searches", None, "two RTCC analysts ran 58 face searches", BPD, BC),
     N(2, "exact", "users", None, "two RTCC analysts ran 58 face searches", BPD, BC),
     N(41, "exact", "requests", "year", "The Department sent 41 such requests to NYSIC in 2023.", BPD),
     N(3, "exact", "licenses", None, "The proposed agreement covers three analyst seats", BPD, BC)],
    [P("The face recognition module may be used only on recorded video in an open criminal investigation with "
       "a BPD case number.", BPD, "requirement"),
     P("Real-time or live face matching on City cameras shall not be enabled.", BPD, "prohibition"),
     P("A possible match is an investigative lead only and is not probable cause for an arrest.", BPD,
       "disclaimer"),
     P("Misuse will result in revocation of access and discipline.", BPD, "consequence")],
    [],
    ["2024-06-10", "2024-06-17", "2023-09", "2023-11", "2023", "2024-07-01", "2027-06-30", "2024-05-20"],
    scan=None)


# ---------------------------------------------------------------- 4 Illinois: DuPage County SO (SOP)
DCSO = "DuPage County Sheriff's Office"
NEC = "NEC Corporation of America"
NFR = "NeoFace Reveal"
doc("04_dupage-county-so-fr-sop-proposed-amendment.txt", [
    (None, """\
DUPAGE COUNTY SHERIFF'S OFFICE
501 N. County Farm Road, Wheaton, Illinois 60187
STANDARD OPERATING PROCEDURE

SOP number:   INV-22              Subject:  Facial Recognition Technology
Effective:    04/03/2023          Revised:  02/12/2024
Approved by:  Sheriff (signature on file)
Applies to:   Investigations Division; Corrections Bureau (Intake)
Pages:        3, including Proposed Amendment A-1 (not adopted)

I. PURPOSE
This procedure governs the Office's use of facial recognition
technology, which is used only to develop investigative leads in
criminal investigations and to identify deceased or incapacitated
persons.

II. DEFINITIONS
A. Probe image - the image of an unknown person submitted for search.
B. Candidate list - the ranked list of possible matches the system
   returns; by default the top 50 candidates.
C. Examiner - a member who has completed the NEC NeoFace Reveal
   examiner course (16 hours) and holds a system account.

III. PROCEDURES
A. System and gallery.
   1. The Office uses NEC NeoFace Reveal, bought in 2022 for a one-time
      purchase price of $118,750 (license, server and installation).
      Annual software support from NEC Corporation of America is
      $19,600, paid from the Sheriff's technology budget (account
      1100-4410-53090).
   2. The gallery holds booking photographs taken at the DuPage County
      Jail: 402,160 images of about 176,500 individuals as of January
      1, 2024. Illinois Secretary of State driver's license photographs
      are not in the gallery and may not be loaded into it.
B. Access.
   1. Only examiners may run searches. The Office holds 11 examiner
      accounts.
   2. An account not used for 90 days is disabled by the system
      administrator.""", "DCSO SOP INV-22 - Page 1 of 3"),
    (None, """\
C. Permitted uses. An examiner may run a search to identify:
   1. a suspect, victim or witness in an open criminal investigation
      that has a DCSO report number;
   2. a deceased person; or
   3. a person who is unable to identify himself or herself because of
      injury or illness.
D. Prohibited uses. Members shall not:
   1. run a search on live or streaming video;
   2. use the system to identify any person because of lawful activity
      protected by the First Amendment; or
   3. use any service that collects images from the internet, such as
      Clearview AI.
E. Results. A candidate is an investigative lead only and shall not be
   the sole basis for probable cause or an arrest.
F. Review. Before any candidate is released to a case agent, a second
   examiner must independently compare the probe image and the
   candidate and concur.
G. Outside agencies. The Office may run a search for another law
   enforcement agency on a written request that includes that agency's
   case number. The search is logged as an assist.
H. Records and audit. Each search is logged with the report number,
   the offense and the examiner. Logs are kept for five years under the
   Local Records Act (50 ILCS 205) and audited each quarter by the
   Office of Professional Standards.
I. Violations. Misuse of the system will result in discipline, up to
   and including termination, and loss of system access.
J. Statutory note. The Biometric Information Privacy Act (740 ILCS 14)
   does not apply to the Office as a unit of local government. There is
   no provision in this SOP that prohibits an examiner from asking the
   Illinois State Police to run a search of its own systems.""",
     "DCSO SOP INV-22 - Page 2 of 3"),
    (None, """\
PROPOSED AMENDMENT A-1 - NOT ADOPTED
Status: circulated for comment to Investigations and Patrol command
staff on 05/06/2024. Comments due 06/07/2024. Not in effect until the
Sheriff approves it and it is issued as a revision of INV-22.

1. Proposed new subsection III.K, Mobile identification:
   K. A patrol deputy who has a NeoFace mobile license may photograph
      a person who is unable or unwilling to identify himself or herself
      and run a search from the field, with a sergeant's approval. A
      field search shall not be used to detain any person beyond the
      time otherwise justified.

2. Proposed change to III.B.2: an account not used for 60 days (now
   90 days) would be disabled.

3. Fiscal note: cost to be determined. NEC pricing for mobile licenses
   has been requested and is not yet available.

Prepared by: Lt. Warren Babcock, Investigations Division
Reviewed by: Chief Deputy (pending)""", "DCSO SOP INV-22 - Page 3 of 3"),
], "pdf", DCSO,
    [DCSO, "Illinois Secretary of State", "Illinois State Police"],
    [NEC, "Clearview AI"],
    [NFR],
    [C(118750, 118750, "one-time", "one-time purchase price of $118,750", DCSO, NEC, NFR),
     C(19600, 19600, "year", "Annual software support from NEC Corporation of America is $19,600", DCSO, NEC, NFR)],
    [N(402160, "exact", "images", None, "402,160 images", DCSO, NEC),
     N(176500, "approximately", "images", None, "about 176,500 individuals", DCSO, NEC),
     N(11, "exact", "users", None, "The Office holds 11 examiner accounts.", DCSO, NEC)],
    [P("This procedure governs the Office's use of facial recognition technology, which is used only to develop "
       "investigative leads in criminal investigations and to identify deceased or incapacitated persons.",
       DCSO, "purpose"),
     P("Illinois Secretary of State driver's license photographs are not in the gallery and may not be loaded "
       "into it.", DCSO, "prohibition"),
     P("Only examiners may run searches.", DCSO, "requirement"),
     P("An account not used for 90 days is disabled by the system administrator.", DCSO, "requirement"),
     P("An examiner may run a search to identify:", DCSO, "permission"),
     P("run a search on live or streaming video;", DCSO, "prohibition"),
     P("use the system to identify any person because of lawful activity protected by the First Amendment; or",
       DCSO, "prohibition"),
     P("use any service that collects images from the internet, such as Clearview AI.", DCSO, "prohibition"),
     P("A candidate is an investigative lead only and shall not be the sole basis for probable cause or an "
       "arrest.", DCSO, "disclaimer"),
     P("Before any candidate is released to a case agent, a second examiner must independently compare the "
       "probe image and the candidate and concur.", DCSO, "requirement"),
     P("The Office may run a search for another law enforcement agency on a written request that includes that "
       "agency's case number.", DCSO, "permission"),
     P("Each search is logged with the report number, the offense and the examiner.", DCSO, "requirement"),
     P("Logs are kept for five years under the Local Records Act (50 ILCS 205) and audited each quarter by the "
       "Office of Professional Standards.", DCSO, "requirement"),
     P("Misuse of the system will result in discipline, up to and including termination, and loss of system "
       "access.", DCSO, "consequence")],
    [],
    ["2023-04-03", "2024-02-12", "2022", "2024-01-01", "2024-05-06", "2024-06-07"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Massachusetts: Haverhill PD (PRR reply)
HVPD = "Haverhill Police Department"
RMV = "Massachusetts Registry of Motor Vehicles"
MSP = "Massachusetts State Police"
CV = "Clearview AI"
OFFENSES = ["Armed robbery", "Assault w/ dangerous weapon", "Breaking and entering", "Larceny over $1,200",
            "Identity fraud", "Shooting (ABDW-firearm)", "Indecent assault", "Credit card fraud",
            "Unarmed robbery", "Missing person (ID)", "Motor vehicle homicide", "Carjacking",
            "Child exploitation", "Unattended death (ID)", "Check forgery"]


def _log_rows():
    """47 requests, 31 to the RMV and 16 to the State Police, a candidate for 19 (fixed seed)."""
    rnd = random.Random(94)
    days = sorted(rnd.sample(range(0, 911), 47))  # 2022-01-01 .. 2024-06-29
    import datetime
    start = datetime.date(2022, 1, 1)
    to = ["RMV"] * 31 + ["MSP"] * 16
    rnd.shuffle(to)
    cand = ["Yes"] * 19 + ["No"] * 28
    rnd.shuffle(cand)
    rows = []
    seq = {}
    for i, d in enumerate(days):
        day = start + datetime.timedelta(days=d)
        yy = day.year % 100
        seq[yy] = seq.get(yy, 0) + rnd.randint(180, 900)
        case = f"{yy:02d}-{seq[yy]:06d}"
        rows.append(f"{i + 1:>2}  {day:%m/%d/%y}  {case}     {rnd.choice(OFFENSES):<28} {to[i]}   {cand[i]}")
    return rows


LOG = _log_rows()
LOG_HEAD = """\
 #  Sent      HPD Case No.  Offense                      To    Candidate
--  --------  ------------  ---------------------------  ----  ---------"""
doc("05_haverhill-pd-fr-records-response-log.txt", [
    (None, """\
CITY OF HAVERHILL
POLICE DEPARTMENT
40 Bailey Boulevard, Haverhill, Massachusetts 01830
Records Access Officer: (978) 555-0162

September 12, 2024

Ms. Alana Whitcombe
Merrimack Valley Chronicle
By email: awhitcombe@mvchronicle.example

Re: Public records request HPD-PRR-24-0611 (received August 26, 2024)

Dear Ms. Whitcombe:

This letter responds to your request under G.L. c. 66, sec. 10 for
records about the Haverhill Police Department's use of facial
recognition. Your four questions are answered in order.

1. Searches run. The Department does not own or license facial
recognition software. Under G.L. c. 6, sec. 220 the Department may
perform a facial recognition search only by submitting a written
request to the Registry of Motor Vehicles, the State Police or the FBI.
From January 1, 2022 through June 30, 2024 the Department submitted 47
written requests: 31 to the RMV and 16 to the Massachusetts State
Police. None went to the FBI. A possible candidate was returned for 19
of the 47 requests. The enclosed log summary lists each request.

2. Accounts. No member of the Department holds an account on any
facial recognition system today. From January 2020 to February 2021,
three detectives used free trial accounts on Clearview AI, and the
Department's records show that those accounts ran 126 searches. The
trial cost the Department nothing. The Department declined Clearview's
March 2021 offer of a paid subscription.""", "HPD-PRR-24-0611 - 1"),
    (None, """\
3. Gallery size. The Department has no gallery of its own. The RMV
advised us that its facial recognition system compares a probe photo
with approximately 9.4 million license and identification card images.
The State Police did not provide a figure for its system.

4. Policy. Department Rule 4.22 (Facial Recognition Requests), issued
in January 2022, governs these requests. A request must be approved by
the Detective Lieutenant and must cite a Department case number. A
candidate returned by the RMV or the State Police is an investigative
lead only and is not probable cause to arrest. There is no Department
policy prohibiting a detective from receiving a facial recognition
result developed by another agency; Rule 4.22 does not address it.

Fees. Your request took 1.5 hours to search for, segregate and redact.
Because the first two hours are free (G.L. c. 66, sec. 10(d)(iv)), no
fee is charged. The hourly rate that would otherwise apply is $25.

Redactions. Names of subjects, victims and witnesses were removed from
the log under G.L. c. 4, sec. 7(26)(c) and (f).

You may appeal this response to the Supervisor of Records within 90
days (950 CMR 32.08), and you may also seek relief in Superior Court.

Sincerely,

Sgt. Kevin Duchesne
Records Access Officer

Enclosure: Facial recognition request log summary (2 pages)""", "HPD-PRR-24-0611 - 2"),
    (None, "HAVERHILL POLICE DEPARTMENT - FACIAL RECOGNITION REQUEST LOG SUMMARY\n"
           "Period: 01/01/2022 - 06/30/2024         Prepared for HPD-PRR-24-0611\n"
           "Subject, victim and witness names redacted.              Page 1 of 2\n\n"
     + LOG_HEAD + "\n" + "\n".join(LOG[:30]), "HPD-PRR-24-0611 - 3"),
    (None, "HAVERHILL POLICE DEPARTMENT - FACIAL RECOGNITION REQUEST LOG SUMMARY\n"
           "Period: 01/01/2022 - 06/30/2024         Prepared for HPD-PRR-24-0611\n"
           "Subject, victim and witness names redacted.              Page 2 of 2\n\n"
     + LOG_HEAD + "\n" + "\n".join(LOG[30:]) + """
--  --------  ------------  ---------------------------  ----  ---------
Totals: 47 requests (RMV 31, MSP 16, FBI 0). Candidate returned: 19.

RMV = Registry of Motor Vehicles Facial Recognition Unit
MSP = Massachusetts State Police, Commonwealth Fusion Center
Source: HPD Detective Bureau request binder and RMV/MSP reply emails.""", "HPD-PRR-24-0611 - 4"),
], "pdf", HVPD,
    [HVPD, RMV, MSP, "Federal Bureau of Investigation", "Supervisor of Records",
     "Commonwealth Fusion Center"],
    [CV],
    [],
    [],
    [N(47, "exact", "requests", None, "the Department submitted 47 written requests", HVPD),
     N(31, "exact", "requests", None, "31 to the RMV", HVPD),
     N(16, "exact", "requests", None, "16 to the Massachusetts State Police", HVPD),
     N(19, "exact", "matches", None, "A possible candidate was returned for 19 of the 47 requests.", HVPD),
     N(3, "exact", "users", None, "three detectives used free trial accounts on Clearview AI", HVPD, CV),
     N(126, "exact", "searches", None, "those accounts ran 126 searches", HVPD, CV),
     N(9400000, "approximately", "images", None,
       "approximately 9.4 million license and identification card images", RMV)],
    [P("Under G.L. c. 6, sec. 220 the Department may perform a facial recognition search only by submitting a "
       "written request to the Registry of Motor Vehicles, the State Police or the FBI.", HVPD, "requirement"),
     P("A request must be approved by the Detective Lieutenant and must cite a Department case number.", HVPD,
       "requirement"),
     P("A candidate returned by the RMV or the State Police is an investigative lead only and is not probable "
       "cause to arrest.", HVPD, "disclaimer")],
    [],
    ["2024-09-12", "2024-08-26", "2022-01-01", "2024-06-30", "2020-01", "2021-02", "2021-03", "2022-01"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Maryland: Cecil County SO (Teams)
CCSO = "Cecil County Sheriff's Office"
HCSO = "Harford County Sheriff's Office"
doc("06_cecil-county-so-clearview-teams-chat.txt", [
    (None, """\
Microsoft Teams - chat export
Chat:          CID Detectives - FR / Clearview
Participants:  Sgt. Monica Abernathy; Det. Luis Pagan; Det. Colleen
               Ritter; Det. Tyrell Banks; Lt. Gordon Hale
Exported by:   Monica Abernathy, 10/21/2024 4:52 PM
Released under PIA request CCSO-PIA-2024-118

Monica Abernathy   10/1/2024 8:03 AM
Reminder now that the state law is in effect today (Crim. Proc.
2-501 thru 2-510): we can only use Clearview for the listed offenses -
crimes of violence, human trafficking, child abuse, hate crimes - or
to ID a dead or missing person.

Monica Abernathy   10/1/2024 8:05 AM
Every search needs the CCSO case number in the Case # field. No case
number, no search.

Luis Pagan   10/1/2024 8:11 AM
What about Elkton PD? They asked me to run a still on their burglary,
their case 24-E-03312.

Monica Abernathy   10/1/2024 8:14 AM
Outside agencies need a written request and we open our own assist
case number first. Burglary isn't on the list anyway unless it's
first degree.

Colleen Ritter   10/1/2024 8:20 AM
And results still only count as a lead, right?

Monica Abernathy   10/1/2024 8:22 AM
Right. A Clearview hit is a lead only. It can't be the only basis for
PC or for putting someone in a photo array.

Tyrell Banks   10/1/2024 9:40 AM
Ran one on 24-031877 (armed carjacking). Got 3 candidates, sending to
Monica for review. Call me at ext. 4417 if you need the probe.

Monica Abernathy   10/1/2024 9:47 AM
Thanks. Also - anyone who runs a search for a personal reason loses
the seat and goes to OPR. Not a joke.""", "CCSO-PIA-2024-118  000014"),
    (None, """\
Gordon Hale   10/15/2024 1:31 PM
Clearview renewal came in. They want $1,350 a seat for next year. We
have 8 seats now, so $10,800. Last year we paid $9,600 for the same 8.
Do we need all 8?

Monica Abernathy   10/15/2024 1:44 PM
Stats for the last 12 months: 312 searches, and only 5 of the 8 seats
ran anything. I'd drop to 6.

Gordon Hale   10/15/2024 1:52 PM
6 x 1,350 = $8,100. Rep says 10% off if the PO is in by Nov 15, so
call it $7,290. I'll put that in.

Luis Pagan   10/15/2024 2:05 PM
FYI Harford County SO pays something like $15,000 a year for theirs,
per their CID lieutenant.

Gordon Hale   10/15/2024 2:10 PM
They have 12 seats, different deal. We're fine at 6.

Colleen Ritter   10/15/2024 2:16 PM
Their deck says the database is over 50 billion images now, fwiw. And
MIRS through DPSCS is still free for us for MVA and mugshot photos.

Monica Abernathy   10/15/2024 2:20 PM
Major Dunleavy's draft GO would add a second-detective review on
every hit before it goes in a report. It is not in effect yet, so
until then I'm still the reviewer.

Gordon Hale   10/15/2024 2:24 PM
Sounds good. Renewal request goes to Fiscal tomorrow, account
1205-52140.""", "CCSO-PIA-2024-118  000015"),
], "pdf", CCSO,
    [CCSO, "Elkton Police Department", HCSO, "Maryland Department of Public Safety and Correctional Services",
     "Maryland Motor Vehicle Administration"],
    [CV],
    ["MIRS"],
    [C(1350, 1350, "year", "They want $1,350 a seat for next year.", CCSO, CV, unit="per user"),
     C(10800, 10800, "year", "We have 8 seats now, so $10,800.", CCSO, CV),
     C(9600, 9600, "year", "Last year we paid $9,600 for the same 8.", CCSO, CV),
     C(8100, 8100, "year", "6 x 1,350 = $8,100.", CCSO, CV),
     C(7290, 7290, "year", "call it $7,290.", CCSO, CV),
     C(15000, 15000, "year", "something like $15,000 a year for theirs", HCSO, CV)],
    [N(3, "exact", "matches", None, "Got 3 candidates", CCSO, CV),
     N(8, "exact", "licenses", None, "We have 8 seats now", CCSO, CV),
     N(312, "exact", "searches", "year", "Stats for the last 12 months: 312 searches", CCSO, CV),
     N(5, "exact", "users", "year", "only 5 of the 8 seats ran anything", CCSO, CV),
     N(6, "exact", "licenses", None, "6 x 1,350 = $8,100.", CCSO, CV),
     N(12, "exact", "licenses", None, "They have 12 seats", HCSO, CV),
     N(50000000000, "more than", "images", None, "the database is over 50 billion images", None, CV)],
    [P("we can only use Clearview for the listed offenses - crimes of violence, human trafficking, child abuse, "
       "hate crimes - or to ID a dead or missing person.", CCSO, "purpose"),
     P("Every search needs the CCSO case number in the Case # field. No case number, no search.", CCSO,
       "requirement"),
     P("Outside agencies need a written request and we open our own assist case number first.", CCSO,
       "requirement"),
     P("A Clearview hit is a lead only. It can't be the only basis for PC or for putting someone in a photo "
       "array.", CCSO, "disclaimer"),
     P("anyone who runs a search for a personal reason loses the seat and goes to OPR.", CCSO, "consequence")],
    [],
    ["2024-10-21", "2024-10-01", "2024-10-15"],
    scan="pdf")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
