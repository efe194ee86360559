"""Writes docs/*.txt and labels.json for holdout25 (invented releases). Labels are written from intent."""
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
        texts.append("\n".join(parts) + "\n")
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Yavapai County SO (AZ): Outlook thread
YC = "Yavapai County Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("01_yavapai-so-facesearch-renewal-outlook-thread.txt", [
    ("Whitcomb, Dana", """\
From:          Ferris, Alan <Alan.Ferris@yavapaiaz.gov>
Sent:          Thursday, May 16, 2024 3:42 PM
To:            Whitcomb, Dana; Okafor, Renee
Cc:            Lindqvist, Paul
Subject:       RE: FaceSearch renewal - FY25 budget

Dana,

Finance can carry the FaceSearch renewal at the quoted $18,900.00 in
the FY25 base budget (acct 100-2140-6215, software maintenance). The
five ALPR camera sites ($46,250.00) have to go to the Board as their
own item, so please keep them off the FaceSearch requisition. The
requisition number is R24-05119.

Thanks,
Alan Ferris
Budget Analyst II | Yavapai County Sheriff's Office
(928) 555-0147

From:          Whitcomb, Dana <Dana.Whitcomb@yavapaiaz.gov>
Sent:          Wednesday, May 15, 2024 11:08 AM
To:            Ferris, Alan
Cc:            Okafor, Renee; Lindqvist, Paul
Subject:       RE: FaceSearch renewal - FY25 budget

Alan - the Motorola Solutions quote is attached. Short version:

  - Vigilant FaceSearch subscription, 25 users at $756 per user per year
  - that is up from 20 users last year, when we paid $16,200.00
  - LEARN ALPR hosting and the camera sites are on the same quote but
    are Capt. Lindqvist's project; please keep them separate
""", "YCSO 000231"),
    (None, """\
Usage for the justification: in calendar 2023 CID ran 1,138 FaceSearch
searches. Renee could document 41 investigative leads from those, and
9 arrests where a FaceSearch lead was part of the case.

The gallery side has not changed since last year.
Our own booking photos are about 212,000 images, and Motorola reports
that the shared FaceSearch gallery holds more than 1.6 million booking
images from participating agencies.

Policy piece for the Board memo, from GO 41.12 as adopted:
  * A FaceSearch result is a lead only and is never probable cause.
  * Every search must carry a DR or case number in the query field.
  * A second trained examiner must review candidates before release.

Nothing in GO 41.12 prohibits searching images taken from social
media. The Captain wants to propose a rule on that for 2025, but it is
not in the GO yet, so please do not describe it as policy.

Dana

Sgt. Dana Whitcomb
Criminal Investigations Division | Yavapai County Sheriff's Office
610 W. Commerce Way, Prescott, AZ 86305 | (928) 555-0193

From:          Okafor, Renee <Renee.Okafor@yavapaiaz.gov>
Sent:          Tuesday, May 14, 2024 4:51 PM
To:            Whitcomb, Dana
Subject:       FaceSearch renewal - FY25 budget

Dana,

Motorola sent the renewal today. Kari, our rep, quoted $700 per user
if we ever go to 30 users; 25 covers us for now.
""", "YCSO 000232"),
    (None, """\
The $1,480 for my trip to the IACP technology conference is on a
separate travel request, not on this one.

Renee Okafor
Crime Analyst, CID
Yavapai County Sheriff's Office

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential
and privileged information. Any unauthorized review, use, disclosure or
distribution is prohibited.
""", "YCSO 000233"),
], "print", YC, [YC], [MSI], [VFS, "LEARN"],
    [C(18900, 18900, "year", "FaceSearch renewal at the quoted $18,900.00", YC, MSI, VFS),
     C(756, 756, "year", "25 users at $756 per user per year", YC, MSI, VFS, unit="per user"),
     C(16200, 16200, "year", "20 users last year, when we paid $16,200.00", YC, MSI, VFS),
     C(700, 700, None, "quoted $700 per user", YC, MSI, VFS, unit="per user")],
    [N(25, "exact", "users", None, "FaceSearch subscription, 25 users", YC, MSI),
     N(20, "exact", "users", None, "up from 20 users last year", YC, MSI),
     N(1138, "exact", "searches", "year", "CID ran 1,138 FaceSearch", YC, MSI),
     N(41, "exact", "leads", "year", "document 41 investigative leads", YC, MSI),
     N(9, "exact", "arrests", "year", "9 arrests where a FaceSearch lead was part of the case", YC, MSI),
     N(212000, "approximately", "images", None, "Our own booking photos are about 212,000 images", YC, MSI),
     N(1600000, "more than", "images", None, "FaceSearch gallery holds more than 1.6 million booking", None, MSI)],
    [P("A FaceSearch result is a lead only and is never probable cause.", YC, MSI),
     P("Every search must carry a DR or case number in the query field.", YC, MSI),
     P("A second trained examiner must review candidates before release.", YC, MSI)],
    [E("Ferris, Alan", "Whitcomb, Dana", "Thursday, May 16, 2024 3:42 PM", "RE: FaceSearch renewal - FY25 budget"),
     E("Whitcomb, Dana", "Ferris, Alan", "Wednesday, May 15, 2024 11:08 AM", "RE: FaceSearch renewal - FY25 budget"),
     E("Okafor, Renee", "Whitcomb, Dana", "Tuesday, May 14, 2024 4:51 PM", "FaceSearch renewal - FY25 budget")],
    ["2024-05-16", "2024-05-15", "2024-05-14", "2023", "2025"], scan="photocopy")

# ---------------------------------------------------------------- 2 8th JD DA (CO): memo comparing options
DA = "Office of the District Attorney, Eighth Judicial District"
LCSO = "Larimer County Sheriff's Office"
CV = "Clearview AI"
FRDS = "Front Range Data Systems"
REK = "Amazon Rekognition"
doc("02_8th-jd-da-fr-options-memo.txt", [
    (None, """\
OFFICE OF THE DISTRICT ATTORNEY, EIGHTH JUDICIAL DISTRICT
Larimer and Jackson Counties, Colorado

MEMORANDUM

TO:      District Attorney
FROM:    Marcus Ellingwood, Chief Investigator
DATE:    October 3, 2024
RE:      Face recognition options for the Investigations Unit

1. BACKGROUND

Our investigators have no face search tool of their own. In 2024 we
asked partner agencies for about 45 face searches, most of them run by
the Larimer County Sheriff's Office (LCSO). LCSO has told us it cannot
keep doing this without a cost-sharing arrangement.

Whatever we choose, two rules already apply to us:
  - SB 22-113 requires an accountability report before any use.
  - Any face search used in a case must be disclosed to the defense.

2. OPTIONS

A. Clearview AI. Clearview quoted $2,000 per licence per year for
three licences ($6,000 a year), or $16,500 for a three-year term paid
up front. Clearview states that its index holds
more than 50 billion images scraped from the public internet.

B. Numerica Lumen. Numerica, a Fort Collins company, offers the Lumen
face recognition module for up to 5 users, at a price
not to exceed $9,800 per year. Lumen searches booking and case photos
shared by Colorado agencies; it does not search images from the web.
""", "8JD DA | CORA 25-031 | Page 1 of 2"),
    (None, """\
C. Amazon Rekognition. Front Range Data Systems, a Loveland integrator,
would build a search front end on Amazon Rekognition:
  - setup: one-time fee of $12,500.00
  - searches: $8-10 per search, invoiced in arrears
  - at approximately 300 searches a year, roughly $2,400 to $3,000 a year

D. Interagency agreement with LCSO. LCSO would run our requests on its
existing system for $150 per request, invoiced quarterly. We would buy
no licence. LCSO's terms for outside agencies are strict:
  - LCSO runs outside requests only with a case number and a signed form.

3. SUMMARY

Opt  Vendor               Basis             Term       Est. per year
A    Clearview AI         3 licences        1 year     $6,000
B    Numerica             up to 5 users     1 year     $9,800
C    Front Range / AWS    per search        usage      $2,400-$3,000
D    LCSO (interagency)   $150 per request  quarterly  $6,750 (at 45)

4. RECOMMENDATION

I recommend Option B. It keeps our searches on booking and case photos
and the vendor is local. I would ask for $9,800 in the FY2025 budget
from the Investigations operating line (org 4410, object 6330).

For your decision, I also propose an internal rule that a supervising
investigator approve every search. That rule is not in effect.

Not affected by this memo: Axon Evidence storage for body-worn camera
video ($41,000 a year) and the LexisNexis Accurint renewal ($3,150).

M.E.
""", "8JD DA | CORA 25-031 | Page 2 of 2"),
], "pdf", DA, [DA, LCSO], [CV, "Numerica", FRDS, "Amazon Web Services", "Axon", "LexisNexis"],
    ["Lumen", REK, "Axon Evidence", "Accurint"],
    [C(2000, 2000, "year", "Clearview quoted $2,000 per licence per year", DA, CV, unit="per licence"),
     C(6000, 6000, "year", "three licences ($6,000 a year)", DA, CV),
     C(16500, 16500, None, "$16,500 for a three-year term", DA, CV),
     C(None, 9800, "year", "not to exceed $9,800 per year", DA, "Numerica", "Lumen"),
     C(12500, 12500, "one-time", "one-time fee of $12,500.00", DA, FRDS, REK),
     C(8, 10, None, "$8-10 per search", DA, FRDS, REK, unit="per search"),
     C(2400, 3000, "year", "roughly $2,400 to $3,000 a year", DA, FRDS, REK),
     C(150, 150, None, "existing system for $150 per request", DA, None, unit="per request"),
     C(6750, 6750, "year", "D    LCSO (interagency)   $150 per request  quarterly  $6,750 (at 45)", DA, None)],
    [N(45, "approximately", "searches", "year", "about 45 face searches", DA),
     N(3, "exact", "licenses", None, "three licences", DA, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion images", None, CV),
     N(5, "up to", "users", None, "up to 5 users", DA, "Numerica"),
     N(300, "approximately", "searches", "year", "approximately 300 searches a year", DA, FRDS)],
    [P("SB 22-113 requires an accountability report before any use.", DA),
     P("Any face search used in a case must be disclosed to the defense.", DA),
     P("LCSO runs outside requests only with a case number and a signed form.", LCSO)],
    [], ["2024-10-03", "2024"], scan="pdf")

# ---------------------------------------------------------------- 3 Ogden PD (UT): council minutes
OPD = "Ogden Police Department"
WCSO = "Weber County Sheriff's Office"
VER = "Veritone"
doc("03_ogden-city-council-minutes-veritone.txt", [
    (None, """\
OGDEN CITY COUNCIL
MINUTES OF THE REGULAR MEETING
Tuesday, August 20, 2024, 6:00 p.m.
Council Chambers, Municipal Building, Ogden, Utah

PRESENT: Chair Teresa Vandermeer; Vice Chair Luis Ocampo; Council
Members Gretchen Hale, Darnell Pruitt, Sione Fifita, Amy Castellanos
and Brent Ashdown.
STAFF: Chief of Police Warren Tolley; Finance Director Carla Dunmore;
City Attorney Jorge Ruiz; City Recorder Tracy Nakamura.

1. CALL TO ORDER. Chair Vandermeer called the meeting to order at
6:02 p.m.

2. CONSENT AGENDA
   a. Minutes of the August 6, 2024 regular meeting.
   b. Resolution 2024-29: five-year agreement with Axon Enterprise for
      body-worn cameras and evidence storage, $1.2 million over five
      years, Police Department, Fund 110.
   c. Award of the fleet fuel contract, $318,000 for FY2025.
Motion to approve the consent agenda: Ocampo; second: Hale. Carried 7-0.

3. RESOLUTION 2024-31: AGREEMENT WITH VERITONE, INC. FOR FACE
   RECOGNITION SOFTWARE (IDENTIFY) FOR THE AREA TACTICAL ANALYSIS CENTER

Chief Tolley presented the item. The Police Department's Area Tactical
Analysis Center (ATAC) would use Veritone IDentify to compare images
from criminal investigations with booking photos. The Weber County
Sheriff's Office supplies the booking photos,
roughly 310,000 images, under an existing data-sharing agreement
at no cost to the City. Roy City and South Ogden police could send
requests through ATAC, but only the City would hold the license and
pay for it.

Finance Director Dunmore summarized the terms: a three-year agreement
at $47,600 per year, for a total not to exceed $142,800, plus a
one-time onboarding and training fee of up to $8,900. Cloud storage
would add approximately $3,000 a year. Funds are in the Police
Department's FY2025 budget, Fund 110, Department 4120.
""", "Ogden City Council Minutes - August 20, 2024 - Page 1"),
    (None, """\
Chief Tolley said twelve analysts and detectives would have access and
ATAC expects approximately 900 searches a year. In a 2023 trial of the
software, ATAC ran 214 searches, which produced 37 leads.

PUBLIC COMMENT ON ITEM 3. Three residents spoke. Marisol Reyes urged
the Council to ban police use of face recognition. Dale Whitford asked
how the Department would prevent misidentification. Ken Sorensen
supported the item.

Council Member Hale moved to add two conditions to the resolution:
  (1) "ATAC shall report the number of searches to the Council yearly."
  (2) "A face recognition result shall not be the sole basis for arrest."
Second: Castellanos. The amendment carried 6-1 (Ashdown opposed).

Council Member Pruitt moved to add a third condition barring any use
of face recognition on live video or at protests. Second: Fifita. The
motion failed 2-5.

Motion to adopt Resolution 2024-31 as amended: Ocampo; second: Hale.
Carried 5-2 (Pruitt and Fifita opposed).

4. ORDINANCE 2024-18: AMENDING TITLE 5, BUSINESS LICENSING, CHAPTER 12
   (MOBILE FOOD VENDORS). Adopted 7-0.

5. ADJOURNMENT. The meeting adjourned at 8:41 p.m.

Approved: September 3, 2024

Tracy Nakamura, City Recorder
""", "Ogden City Council Minutes - August 20, 2024 - Page 2"),
], "pdf", OPD,
    [OPD, "Ogden City Council", WCSO, "Roy City Police Department", "South Ogden Police Department"],
    [VER, "Axon"], ["Veritone IDentify"],
    [C(47600, 47600, "year", "at $47,600 per year", OPD, VER, "Veritone IDentify"),
     C(None, 142800, None, "a total not to exceed $142,800", OPD, VER, "Veritone IDentify"),
     C(None, 8900, "one-time", "one-time onboarding and training fee of up to $8,900", OPD, VER, "Veritone IDentify"),
     C(3000, 3000, "year", "would add approximately $3,000 a year", OPD, VER, "Veritone IDentify")],
    [N(310000, "approximately", "images", None, "roughly 310,000 images", WCSO, VER),
     N(12, "exact", "users", None, "twelve analysts and detectives would have access", OPD, VER),
     N(900, "approximately", "searches", "year", "approximately 900 searches a year", OPD, VER),
     N(214, "exact", "searches", None, "ATAC ran 214 searches", OPD, VER),
     N(37, "exact", "leads", None, "which produced 37 leads", OPD, VER)],
    [P("ATAC shall report the number of searches to the Council yearly.", OPD, VER),
     P("A face recognition result shall not be the sole basis for arrest.", OPD, VER)],
    [], ["2024-08-20", "2024-08-06", "2024-09-03", "2023"])

# ---------------------------------------------------------------- 4 WA DOL: contract amendment
DOL = "Washington State Department of Licensing"
IDM = "IDEMIA"
R1 = "1  FRS maintenance/support     2 $612,000.00 per FY       $1,224,000.00"
R2 = "2  Gallery storage > 9.5M      - $0.85       per 1,000 images  as used"
R3 = "3  Examiner workstation lic.   6 $4,150.00   per seat        $24,900.00"
R4 = "4  Examiner certification      - $1,150.00   per attendee NTE $9,200.00"
R5 = "5  Matcher upgrade to v9.2     1 $186,500.00 one-time       $186,500.00"
HDR4 = "Ln Description               Qty Unit price  Basis        Extended"
doc("04_wa-dol-idemia-frs-contract-amendment-4.txt", [
    (None, """\
WASHINGTON STATE DEPARTMENT OF LICENSING
Contract No. K4417-FRS  |  Amendment No. 4

AMENDMENT NO. 4 TO THE FACIAL RECOGNITION SYSTEM SERVICES CONTRACT

This Amendment is made between the State of Washington, Department of
Licensing (DOL), and IDEMIA Identity & Security USA LLC (Contractor).
The parties agree to amend Contract K4417-FRS as follows.

1. TERM. The term is extended from June 30, 2025 to June 30, 2027.

2. MAXIMUM COMPENSATION. The maximum compensation increases by
   $1,406,200.00 for the extension term (see Exhibit B-4).
   Previous maximum: not to exceed $3,480,000.00
   New maximum: not to exceed $4,886,200.00 for the life of the Contract
   DOL may not pay more than the maximum without a written amendment.

3. SCOPE. Exhibit A, Statement of Work, section 7 is amended to read:

7.1 The Contractor shall maintain the DOL facial recognition system,
which compares each new license or ID card photo with the DOL image
gallery to detect duplicate and fraudulent applications.
The gallery holds approximately 9.5 million images.

7.2 Rules of use, set by DOL and binding on both parties:
  a. DOL runs searches for law enforcement only under a court order.
  b. Only certified DOL examiners may run one-to-many searches.
  c. No more than 12 DOL examiners may hold search accounts at a time.
  d. The Contractor may not use DOL images to train any algorithm.
Requests from the Washington State Patrol and other agencies follow
rule (a).
""", "DOL-PDR-2025-1183-00001"),
    (None, """\
7.3 Contractor staff with access to DOL systems must pass a
fingerprint-based background check.

7.4 Statistics for FY2024 (July 1, 2023 to June 30, 2024):
    one-to-many comparisons run ............................... 48,312
    possible duplicates referred to the DOL Fraud Unit .......... 1,106
    searches run for law enforcement under court order ............. 37

7.5 The Contractor shall deliver a monthly usage report to the DOL
Fraud Unit by the 10th business day of the following month.

7.6 Invoices shall cite Contract K4417-FRS and the Exhibit B-4 line
number, and shall be sent to DOL Accounts Payable, PO Box 9020,
Olympia, WA 98507.

4. COMPENSATION. Exhibit B is amended by adding Exhibit B-4.

EXHIBIT B-4  PRICING FOR THE EXTENSION TERM (FY2026 - FY2027)

""" + HDR4 + "\n" + "\n".join([R1, R2, R3, R4]) + "\n", "DOL-PDR-2025-1183-00002"),
    (None, "EXHIBIT B-4 (continued)\n\n" + HDR4 + "\n" + R5 + """
6  Service level credit FY25   1 -$38,400.00 credit        -$38,400.00
   Total, Exhibit B-4                                    $1,406,200.00

Gallery storage is billed monthly in arrears for images above 9.5
million. Card production and mailing remain under Contract K3920.

5. All other terms and conditions of the Contract remain in effect.

RECORDS NOTICE: Portions of this Amendment may be exempt from public
disclosure under RCW 42.56.420. Do not copy or distribute.

STATE OF WASHINGTON, DEPARTMENT OF LICENSING
By: Priya Anand-Solberg, Chief Financial Officer     Date: 5/28/2025

IDEMIA IDENTITY & SECURITY USA LLC
By: Thomas Greer, Vice President, Contracts          Date: 5/22/2025
""", "DOL-PDR-2025-1183-00003"),
], "pdf", DOL, [DOL, "Washington State Patrol"], [IDM], [],
    [C(1406200, 1406200, None, "$1,406,200.00 for the extension term", DOL, IDM),
     C(None, 3480000, None, "Previous maximum: not to exceed $3,480,000.00", DOL, IDM),
     C(None, 4886200, None, "New maximum: not to exceed $4,886,200.00", DOL, IDM),
     C(1224000, 1224000, None, R1, DOL, IDM),
     C(612000, 612000, "year", R1, DOL, IDM),
     C(0.85, 0.85, None, R2, DOL, IDM, unit="per 1,000 images"),
     C(24900, 24900, None, R3, DOL, IDM),
     C(4150, 4150, None, R3, DOL, IDM, unit="per seat"),
     C(None, 9200, None, R4, DOL, IDM),
     C(1150, 1150, None, R4, DOL, IDM, unit="per attendee"),
     C(186500, 186500, "one-time", R5, DOL, IDM)],
    [N(9500000, "approximately", "images", None, "The gallery holds approximately 9.5 million images.", DOL, IDM),
     N(12, "up to", "users", None, "No more than 12 DOL examiners may hold search accounts", DOL, IDM),
     N(48312, "exact", "searches", "year", "one-to-many comparisons run ............................... 48,312",
       DOL, IDM),
     N(1106, "exact", "matches", "year", "possible duplicates referred to the DOL Fraud Unit .......... 1,106",
       DOL, IDM),
     N(37, "exact", "searches", "year", "searches run for law enforcement under court order ............. 37",
       DOL, IDM),
     N(6, "exact", "licenses", None, R3, DOL, IDM)],
    [P("DOL runs searches for law enforcement only under a court order.", DOL, IDM),
     P("Only certified DOL examiners may run one-to-many searches.", DOL, IDM),
     P("No more than 12 DOL examiners may hold search accounts at a time.", DOL, IDM),
     P("The Contractor may not use DOL images to train any algorithm.", DOL, IDM)],
    [], ["2025-06-30", "2027-06-30", "2023-07-01", "2024-06-30", "2025-05-28", "2025-05-22"], scan="pdf")

# ---------------------------------------------------------------- 5 Deschutes County SO (OR): policy
DC = "Deschutes County Sheriff's Office"
DWP = "DataWorks Plus"
doc("05_deschutes-so-policy-345-facial-recognition.txt", [
    ("DESCHUTES COUNTY SHERIFF'S OFFICE           Policy Manual", """\
Policy 345                          Facial Recognition Searches
Effective: January 15, 2025         Review date: January 2026
Approved: Sheriff Alan Brandvold    Replaces: General Order 2021-06

345.1 PURPOSE AND SCOPE
This policy governs member use of facial recognition searches.
Searches compare a probe image with booking photographs in the Office's
DataWorks Plus FACE Plus system. The Office does not operate face
recognition cameras.

345.2 DEFINITIONS
Probe image: an image of an unknown person submitted for comparison.
Booking photo repository: Office booking photographs enrolled in FACE
Plus, currently about 96,000 images.
Candidate list: the possible matches returned by a search.

345.3 POLICY
(a) Searches may be run only for an open criminal investigation.
(b) Each search must be logged with a case number and the reason.
(c) A candidate list is an investigative lead, not probable cause.
(d) Members shall not run searches on live or streaming video.
(e) Members shall not search to identify people at lawful protests.
(f) No more than four (4) trained members may hold search accounts.

345.4 TRAINING
Only members who complete the FACE Plus examiner course may search.
The Training Unit budgets $1,950 per attendee for the vendor course.
""", "Policy 345 - Facial Recognition Searches - Page 1 of 2"),
    ("DESCHUTES COUNTY SHERIFF'S OFFICE           Policy Manual", """\
345.5 AUDIT AND RETENTION
(a) Professional Standards audits 10 percent of searches each quarter.
(b) Search logs shall be retained for three years.

345.6 OUTSIDE REQUESTS
(a) Outside requests require a case number and a supervisor's approval.
(b) Results go only to the requesting investigator, by secure e-mail.
Nothing in this policy prohibits members from showing a candidate
photo to a victim during a properly documented photo lineup.

345.7 PENDING REVISION (NOT IN EFFECT)
A draft section requiring a warrant before any search was presented
to the Sheriff on March 12, 2025. It has not been approved and is not
part of this policy.

REVISION HISTORY
2021-06  General Order issued (booking photos only)
2025-01  Reissued as Policy 345; sections 345.5 and 345.6 added
""", "Policy 345 - Facial Recognition Searches - Page 2 of 2"),
], "pdf", DC, [DC], [DWP], ["FACE Plus"],
    [C(1950, 1950, None, "budgets $1,950 per attendee for the vendor course", DC, DWP, "FACE Plus",
       unit="per attendee")],
    [N(96000, "approximately", "images", None, "currently about 96,000 images", DC, DWP),
     N(4, "up to", "users", None, "No more than four (4) trained members may hold search accounts", DC, DWP)],
    [P("This policy governs member use of facial recognition searches.", DC, DWP),
     P("Searches may be run only for an open criminal investigation.", DC, DWP),
     P("Each search must be logged with a case number and the reason.", DC, DWP),
     P("A candidate list is an investigative lead, not probable cause.", DC, DWP),
     P("Members shall not run searches on live or streaming video.", DC, DWP),
     P("Members shall not search to identify people at lawful protests.", DC, DWP),
     P("No more than four (4) trained members may hold search accounts.", DC, DWP),
     P("Only members who complete the FACE Plus examiner course may search.", DC, DWP),
     P("Professional Standards audits 10 percent of searches each quarter.", DC, DWP),
     P("Search logs shall be retained for three years.", DC, DWP),
     P("Outside requests require a case number and a supervisor's approval.", DC, DWP),
     P("Results go only to the requesting investigator, by secure e-mail.", DC, DWP)],
    [], ["2025-01-15", "2026-01", "2025-03-12", "2021-06", "2025-01"], scan="print")

# ---------------------------------------------------------------- 6 Texas A&M UPD: p-card statement
TU = "Texas A&M University Police Department"
RN = "RealNetworks"
IAI = "International Association for Identification"
T1 = "03/28  REALNETWORKS LLC  SAFR licence/camera, 12 mo   8  480.00  3,840.00"
T2 = "03/28  REALNETWORKS LLC  TX sales tax 8.25%                        316.80"
T3 = "04/01  AXON ENTERPRISE   Body cam battery pack        6   89.00    534.00"
T4 = "04/03  INTL ASSN FOR ID  Face comparison crs/attendee 2  495.00    990.00"
T5 = "04/05  IDEMIA ID & SEC   Livescan fingerprint cards  10   14.50    145.00"
T6 = "04/08  HILTON GARDEN INN Lodging, IAI course, 2 nts   2  139.00    278.00"
T7 = "04/09  REALNETWORKS LLC  Tax credit (TAMU exempt)                -316.80"
T8 = "04/12  ADOBE INC         Acrobat Pro licence, 12 mo   3  239.88    719.64"
T9 = "04/16  REALNETWORKS LLC  SAFR Cloud gallery, monthly  1  212.00    212.00"
T10 = "04/22  FLOCK SAFETY      ALPR camera install          1 2500.00  2,500.00"
doc("06_tamu-upd-pcard-transaction-detail.txt", [
    (None, """\
TEXAS A&M UNIVERSITY - FINANCIAL MANAGEMENT OPERATIONS
Procurement Card Transaction Detail (report AP-PCARD-114)
Department: 02-4410 University Police Department
Cardholder: Sgt. Lorena Villarreal            Card ending: 7731
Statement period: 03/26/2024 - 04/25/2024     Run: 05/02/2024 08:14

Date   Merchant          Description                Qty  Unit $  Amount $
""" + "\n".join([T1, T2, T3, T4, T5, T6, T7, T8, T9, T10]) + """
                                              Statement total  9,218.64

Summary by GL account
5520 Software and subscriptions                              4,771.64
5580 Sales tax (net)                                             0.00
5610 Equipment, non-capital                                  3,179.00
5720 Training and registration                                 990.00
5810 Travel - lodging                                          278.00

Cardholder notes
03/28 SAFR licences cover the 8 gate cameras at Kyle Field on game days.
      The SAFR watchlist holds 143 enrolled persons.
      Watchlist is limited to persons with an active trespass warning.
      An officer must confirm every SAFR alert before contact.
04/03 IAI facial comparison course, 2 attendees (Villarreal, Okonkwo).
04/22 Flock ALPR install is grant-funded; see PO 24-UPD-0193.

Approver: Lt. Mark Dunaway, 05/06/2024. Single-transaction limit $5,000.
""", "TAMU PIR 24-1187 | 0041"),
], "pdf", TU, [TU], [RN, IAI, "Axon", "IDEMIA", "Adobe", "Flock Safety"], ["SAFR", "SAFR Cloud"],
    [C(3840, 3840, "year", T1, TU, RN, "SAFR"),
     C(480, 480, "year", T1, TU, RN, "SAFR", unit="per camera"),
     C(990, 990, None, T4, TU, IAI),
     C(495, 495, None, T4, TU, IAI, unit="per attendee"),
     C(212, 212, "month", T9, TU, RN, "SAFR Cloud")],
    [N(8, "exact", "licenses", None, T1, TU, RN),
     N(143, "exact", "images", None, "The SAFR watchlist holds 143 enrolled persons.", TU, RN)],
    [P("Watchlist is limited to persons with an active trespass warning.", TU, RN),
     P("An officer must confirm every SAFR alert before contact.", TU, RN)],
    [], ["2024-03-26", "2024-04-25", "2024-05-02", "2024-05-06", "2024-03-28", "2024-04-01", "2024-04-03",
         "2024-04-05", "2024-04-08", "2024-04-09", "2024-04-12", "2024-04-16", "2024-04-22"], scan="pdf")

# ---------------------------------------------------------------- 7 NCRIC (CA): annual usage report
NC = "Northern California Regional Intelligence Center"
COG = "Cognitec"
INS = "Insight Public Sector"
FV = "FaceVACS-DBScan"
Q = ["Q1 2024        212       198              121     64                9",
     "Q2 2024        241       226              139     71               12",
     "Q3 2024        228       215              130     66               11",
     "Q4 2024        256       240              152     78               14"]
QT = "Total          937       879              542    279               46"
AG = [("Oakland Police Department", 188, 176, 52),
      ("San Jose Police Department", 164, 157, 49),
      ("Santa Clara County Sheriff's Office", 131, 122, 41),
      ("Contra Costa County Sheriff's Office", 117, 109, 33),
      ("Alameda County Sheriff's Office", 98, 93, 30),
      ("Marin County Sheriff's Office", 71, 66, 24),
      ("Sonoma County Sheriff's Office", 64, 60, 19),
      ("Monterey County Sheriff's Office", 52, 49, 16),
      ("All other agencies (23)", 52, 47, 15)]


def agrow(name, r, s, l):
    return f"{name:<40}{r:>9}{s:>10}{l:>7}"


AGH = f"{'Agency':<40}{'Requests':>9}{'Searches':>10}{'Leads':>7}"
C1 = "  - FaceVACS-DBScan software maintenance, annual ........ $38,750.00"
C2 = "  - four new examiner workstation licences at $2,280.00 each: $9,120.00"
C3 = "  - gallery migration services, one-time ................ $14,600.00"
doc("07_ncric-facial-recognition-annual-report-2024.txt", [
    (None, """\
NORTHERN CALIFORNIA REGIONAL INTELLIGENCE CENTER (NCRIC)
Facial Recognition Program: 2024 Annual Report
Prepared for the NCRIC Executive Board, February 2025

1. PROGRAM SUMMARY
NCRIC examiners compare probe images sent by member agencies with a
regional booking-photo gallery, using Cognitec FaceVACS-DBScan. NCRIC
buys and holds the software licence; member agencies are not charged.
At year end the gallery held approximately 2.9 million booking images.
Searches are run by 14 examiner accounts, all held by NCRIC staff.

2. RULES APPLIED IN 2024
 - A request must include a case number and a criminal offense.
 - Two trained examiners must review every candidate before release.
 - Results are investigative leads only, not positive identification.
 - Searches of live or streaming video are prohibited.
 - Requests based only on First Amendment activity are refused.

3. ACTIVITY BY QUARTER
Quarter   Requests  Searches  Candidate lists  Leads  Arrests reported
""" + "\n".join(Q) + "\n" + QT + """

Requests declined (no case number or offense): 58 in 2024.
A candidate list was returned for 62% of searches run.
""", "NCRIC FR Annual Report 2024 - 1"),
    (None, """\
4. REQUESTS BY AGENCY
Member agencies send requests through the NCRIC portal. The eight
agencies with the most requests are listed; the rest are combined.

""" + AGH + "\n" + "\n".join(agrow(*a) for a in AG[:5]) + """

Booking photos are contributed by member sheriffs under the NCRIC
data-sharing MOU of 2019. Agencies that request searches do not pay
NCRIC and do not receive direct access to the gallery.
""", "NCRIC FR Annual Report 2024 - 2"),
    (None, "4. REQUESTS BY AGENCY (continued)\n" + AGH + "\n" + "\n".join(agrow(*a) for a in AG[5:]) + "\n"
     + agrow("Total", 937, 879, 279) + """

5. PROGRAM COST
NCRIC pays for the program from its UASI allocation; no member agency
contributes. All items were bought through Insight Public Sector. In
FY2024-25 NCRIC paid:
""" + "\n".join([C1, C2, C3]) + """
The FR program is one line in NCRIC's UASI allocation of about $2.3
million, which also funds analyst salaries, ALPR data hosting and the
regional camera registry.

6. PROPOSED FOR 2025 (NOT ADOPTED)
Staff propose a supervisor sign-off on every request and a quarterly
public dashboard. The Board has not acted on either proposal.
""", "NCRIC FR Annual Report 2024 - 3"),
], "pdf", NC, [NC] + [a[0] for a in AG[:8]], [COG, INS], [FV],
    [C(38750, 38750, "year", C1.strip(" -"), NC, INS, FV),
     C(9120, 9120, None, C2.strip(" -"), NC, INS, FV),
     C(2280, 2280, None, C2.strip(" -"), NC, INS, FV, unit="per licence"),
     C(14600, 14600, "one-time", C3.strip(" -"), NC, INS, FV)],
    [N(2900000, "approximately", "images", None, "approximately 2.9 million booking images", NC, COG),
     N(14, "exact", "users", None, "14 examiner accounts", NC, COG),
     N(4, "exact", "licenses", None, "four new examiner workstation licences", NC, INS)]
    + [N(int(q.split()[2]), "exact", "requests", "quarter", q, NC, COG) for q in Q]
    + [N(int(q.split()[3]), "exact", "searches", "quarter", q, NC, COG) for q in Q]
    + [N(937, "exact", "requests", "year", QT, NC, COG),
       N(879, "exact", "searches", "year", QT, NC, COG),
       N(542, "exact", "matches", "year", QT, NC, COG),
       N(279, "exact", "leads", "year", QT, NC, COG),
       N(46, "exact", "arrests", "year", QT, NC, COG),
       N(58, "exact", "requests", "year", "Requests declined (no case number or offense): 58 in 2024.", NC, COG)]
    + [N(a[1], "exact", "requests", "year", agrow(*a), None if a[0].startswith("All other") else a[0], COG)
       for a in AG]
    + [N(a[2], "exact", "searches", "year", agrow(*a), None if a[0].startswith("All other") else a[0], COG)
       for a in AG],
    [P("A request must include a case number and a criminal offense.", NC, COG),
     P("Two trained examiners must review every candidate before release.", NC, COG),
     P("Results are investigative leads only, not positive identification.", NC, COG),
     P("Searches of live or streaming video are prohibited.", NC, COG),
     P("Requests based only on First Amendment activity are refused.", NC, COG)],
    [], ["2025-02", "2024", "2019"], scan="print")

# ---------------------------------------------------------------- 8 St. Charles County PD (MO): Teams chat
SC = "St. Charles County Police Department"
doc("08_st-charles-county-pd-teams-chat-export.txt", [
    (None, """\
Microsoft Teams - Chat export
Conversation: Clearview renewal / FR
Participants: Lt. Greg Mattingly; Tasha Boyd (Crime Analyst);
              Capt. Ray Oberle
Exported: 6/11/2024 9:12 AM by SCCPD Records, request PRR 2024-0388
Notice: This export may contain records closed under Section 610.100
RSMo. Redactions are marked [R].

[6/3/2024 8:41 AM] Tasha Boyd
Clearview renewal quote came in: $12,500 for the year, same 9 accounts.

[6/3/2024 8:44 AM] Greg Mattingly
ok. what did we pay for the 2 extra seats in January?

[6/3/2024 8:47 AM] Tasha Boyd
The add-on invoice for the 2 extra seats was USD 4,000. They are part
of the 9.

[6/3/2024 8:52 AM] Greg Mattingly
Usage?

[6/3/2024 8:58 AM] Tasha Boyd
About 1,900 searches since we started in 2021. 2023 alone was 611.
Lexis keeps pitching the face search add-on for Accurint, quoted at
between $6 and $12 a month per user depending on volume.

[6/3/2024 9:05 AM] Ray Oberle
Stay with Clearview for this year. 12.5K out of the seized-asset fund,
not general fund. And Flock wants $4.2K more for the ALPR cams at the
Hwy 370 interchange, that's a separate PO.
""", "SCCPD PRR 2024-0388 - 000017"),
    (None, """\

[6/3/2024 9:07 AM] Ray Oberle
Reminder per SOP 22-07:
every search needs a report number in the case field.
No searches for civil matters or for personal reasons.

[6/3/2024 9:10 AM] Greg Mattingly
I'd like a supervisor to approve every search before it's run.
Thoughts?

[6/3/2024 9:14 AM] Ray Oberle
Bring it to the chief. For now the SOP doesn't require it.

[6/4/2024 10:22 AM] Tasha Boyd
FYI Clearview says the database is over 40 billion images now, and the
renewal price holds if we sign by 6/30.

[6/4/2024 10:25 AM] Greg Mattingly
ok, sign it. [R]
""", "SCCPD PRR 2024-0388 - 000018"),
], "pdf", SC, [SC], [CV, "LexisNexis", "Flock Safety"], ["Accurint"],
    [C(12500, 12500, "year", "Clearview renewal quote came in: $12,500 for the year", SC, CV),
     C(4000, 4000, None, "the 2 extra seats was USD 4,000", SC, CV),
     C(6, 12, "month", "between $6 and $12 a month per user", SC, "LexisNexis", "Accurint", unit="per user")],
    [N(9, "exact", "users", None, "same 9 accounts", SC, CV),
     N(2, "exact", "licenses", None, "the 2 extra seats was USD 4,000", SC, CV),
     N(1900, "approximately", "searches", None, "About 1,900 searches since we started in 2021", SC, CV),
     N(611, "exact", "searches", "year", "2023 alone was 611", SC, CV),
     N(40000000000, "more than", "images", None, "the database is over 40 billion images", None, CV)],
    [P("every search needs a report number in the case field.", SC, CV),
     P("No searches for civil matters or for personal reasons.", SC, CV)],
    [], ["2024-06-03", "2024-06-04", "2024-06-11", "2021", "2023"])


# ---------------------------------------------------------------- self-checks and output
def selfcheck():
    problems = []
    for d in DOCS:
        for n, (h, b, f) in enumerate(d["pages"], 1):
            lines = ([h, ""] if h else []) + b.strip("\n").split("\n") + (["", f] if f else [])
            for ln in lines:
                if len(ln) > 75:
                    problems.append(f"{d['file']} p{n}: {len(ln)} chars: {ln!r}")
            if d["scan"] and len(lines) > 42:
                problems.append(f"{d['file']} p{n}: {len(lines)} lines")
        lab = d["label"]
        for kind in ("costs", "counts", "policies"):
            for fact in lab[kind]:
                q = fact["quote"]
                if "\n" in q or q not in d["text"]:
                    problems.append(f"{d['file']} {kind}: bad quote {q!r}")
    return problems


def main():
    problems = selfcheck()
    for p in problems:
        print("PROBLEM", p)
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(DOCS)} documents" + (f", {len(problems)} problems" if problems else ""))


if __name__ == "__main__":
    main()
