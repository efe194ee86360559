"""Writes docs/*.txt and labels.json for holdout50 (six invented releases: IL, MI, NY, SD, VA, WY).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and adds `kind` on every
policy (requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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
    indentation, '> ' quote marks or table padding) the label takes the exact substring the text holds."""
    if quote in text:
        return quote
    pattern = r"\s+(?:>\s*)?".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    assert m, ("quote not found", quote)
    return m.group(0)


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
            assert line == line.rstrip(), (file, "trailing space", line)
        texts.append(page)
    text = "\f".join(texts)
    for group in (costs, counts, policies):
        for f in group:
            f["quote"] = _resolve(f["quote"], text)
    for c in costs:
        assert c["period"] in (None, "one-time", "month", "year"), c
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Illinois: McHenry County Sheriff's Office
MCSO_IL = "McHenry County Sheriff's Office"
MCB = "McHenry County Board"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("01_mchenry-county-board-resolution-cognitec.txt", [
    (None, """\
                          McHENRY COUNTY BOARD
                        Woodstock, Illinois 60098

RESOLUTION NO. R-202404-117
Committee of origin: Law and Government Committee, April 2, 2024
County Board meeting: April 16, 2024              Agenda item 11.B.3

     A RESOLUTION AUTHORIZING A SOLE SOURCE PURCHASE OF FACIAL IMAGE
     SEARCH SOFTWARE FOR THE McHENRY COUNTY SHERIFF'S OFFICE AND AN
     EMERGENCY APPROPRIATION IN THE FY2024 BUDGET

WHEREAS, the McHenry County Sheriff's Office keeps the booking
photographs of every person booked into the McHenry County Adult
Correctional Facility, and the archive now holds 212,608 booking
photographs of approximately 97,500 individuals; and

WHEREAS, detectives of the Sheriff's Office Investigations Division
now compare photographs of unknown suspects with that archive by
hand, and the Sheriff has asked for software that makes the
comparison automatically and presents a ranked list of candidates
for review by a trained examiner; and

WHEREAS, the Sheriff's Office tested FaceVACS-DBScan LE and the
FaceVACS-Examiner client, both supplied by Cognitec Systems
Corporation, during a 30-day evaluation in January 2024, and
Cognitec is the sole source of licences and maintenance for that
software; and

WHEREAS, Sheriff's Office General Order 41.22, Facial Image
Comparison, provides that a candidate returned by the software is an
investigative lead only and shall not be treated as a positive
identification; and

WHEREAS, the total cost of $83,280.00 set out in the Price Schedule
attached as Exhibit A was not included in the FY2024 budget and will
be paid from the Sheriff's Law Enforcement Asset Forfeiture Fund;""", "R-202404-117 p. 1 of 3"),
    (None, """\
NOW, THEREFORE, BE IT RESOLVED by the County Board of McHenry County,
Illinois, as follows:

Section 1. The Purchasing Director is authorized to issue a purchase
order to Cognitec Systems Corporation for the items in Exhibit A, in
an amount not to exceed $87,500.00, which includes a contingency for
travel by Cognitec staff for installation and training.

Section 2. An emergency appropriation of $83,280.00 is made from the
fund balance of the Law Enforcement Asset Forfeiture Fund (Fund 224)
to account 224-3010-5330-00 (Software Licenses and Maintenance).

Section 3. As a condition of this authorization, the software may be
used only to investigate a felony or a Class A misdemeanor, or to
identify a deceased person or a person unable to identify himself or
herself. The software shall not be used to identify persons
attending a lawful assembly, demonstration or religious service.

Section 4. Each search shall be entered in the software's audit log
with the case number and the name of the examiner who ran it.

Section 5. The Sheriff shall report to the Law and Government
Committee, by January 31 of each year, the number of searches run in
the prior calendar year and the number of employees holding an
examiner account.

Section 6. This resolution takes effect upon its adoption.

PASSED AND APPROVED this 16th day of April, 2024.

Roll call:   Ayes 15     Nays 4     Absent 2     Abstain 0

______________________________      ______________________________
Diane K. Lorentz, Chair             Samuel Okonjo, County Clerk
McHenry County Board                McHenry County, Illinois""", "R-202404-117 p. 2 of 3"),
    (None, """\
EXHIBIT A TO RESOLUTION NO. R-202404-117 - PRICE SCHEDULE

Cognitec Systems Corporation - Government Sales, North America
Quotation No. CSC-Q-24-0219, revision 2          Date: March 8, 2024
Customer: McHenry County Sheriff's Office         Valid: 90 days
Contact: Renata Okafor, Account Manager, (813) 555-0176

A. ONE-TIME CHARGES
Item  Description                            Qty   Unit price     Amount
----  ------------------------------------  ----  ----------  ---------
A1    FaceVACS-DBScan LE server licence,       1   38,500.00  38,500.00
      perpetual, gallery of up to 500,000
      images
A2    FaceVACS-Examiner client licence         6    3,150.00  18,900.00
      (named examiner workstation)
A3    Installation, configuration and                          9,600.00
      migration of booking archive
      (remote, 5 days)
A4    Examiner training on site                                4,800.00
      (2 days, up to 8 students)

B. RECURRING CHARGES
B1    Software maintenance and updates,                       11,480.00
      first year (20% of A1 and A2)

C. OPTIONAL - NOT SELECTED BY CUSTOMER
C1    Booking photo capture station (PC,       1    7,250.00       0.00
      camera, lighting kit)
                                                              ---------
                                                Subtotal      83,280.00
                   Illinois sales tax - exempt (E9998-0412-07)     0.00
                                                   TOTAL      83,280.00

Maintenance after the first year is billed annually in advance; the
annual increase may not exceed 5%. Prices exclude travel, which is
billed at cost.""", "R-202404-117 p. 3 of 3"),
], "pdf", MCSO_IL,
    [MCB, MCSO_IL],
    [COG],
    [DBS, "FaceVACS-Examiner"],
    [C(83280, 83280, None, "the total cost of $83,280.00", MCSO_IL, COG, DBS),
     C(None, 87500, None, "in an amount not to exceed $87,500.00", MCSO_IL, COG, DBS),
     C(38500, 38500, "one-time", "A1 FaceVACS-DBScan LE server licence, 1 38,500.00 38,500.00", MCSO_IL, COG, DBS),
     C(18900, 18900, "one-time", "A2 FaceVACS-Examiner client licence 6 3,150.00 18,900.00", MCSO_IL, COG,
       "FaceVACS-Examiner"),
     C(3150, 3150, "one-time", "A2 FaceVACS-Examiner client licence 6 3,150.00", MCSO_IL, COG,
       "FaceVACS-Examiner", unit="per user"),
     C(9600, 9600, "one-time", "A3 Installation, configuration and 9,600.00", MCSO_IL, COG, DBS),
     C(4800, 4800, "one-time", "A4 Examiner training on site 4,800.00", MCSO_IL, COG, DBS),
     C(11480, 11480, "year", "B1 Software maintenance and updates, 11,480.00", MCSO_IL, COG, DBS)],
    [N(212608, "exact", "images", None, "the archive now holds 212,608 booking photographs", MCSO_IL, None),
     N(97500, "approximately", "images", None, "approximately 97,500 individuals", MCSO_IL, None),
     N(6, "exact", "licenses", None, "A2 FaceVACS-Examiner client licence 6", MCSO_IL, COG)],
    [P("a candidate returned by the software is an investigative lead only and shall not be treated as a "
       "positive identification", MCSO_IL, "disclaimer"),
     P("the software may be used only to investigate a felony or a Class A misdemeanor, or to identify a "
       "deceased person or a person unable to identify himself or herself.", MCSO_IL, "purpose"),
     P("The software shall not be used to identify persons attending a lawful assembly, demonstration or "
       "religious service.", MCSO_IL, "prohibition"),
     P("Each search shall be entered in the software's audit log with the case number and the name of the "
       "examiner who ran it.", MCSO_IL, "requirement"),
     P("The Sheriff shall report to the Law and Government Committee, by January 31 of each year, the number of "
       "searches run in the prior calendar year and the number of employees holding an examiner account.",
       MCSO_IL, "requirement")],
    [],
    ["2024-04-02", "2024-04-16", "2024", "2024-01", "2024-03-08"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Michigan: Macomb County Sheriff's Office
MACSO = "Macomb County Sheriff's Office"
CV = "Clearview AI"
SUBJ2 = "Clearview AI pricing for MCSO"
GM_HEAD = "1/31/24, 3:47 PM        Macomb County Mail - " + SUBJ2
GM_URL = "https://mail.google.com/mail/u/0/?ik=b71c0e9a42&view=pt&search=all"
doc("02_macomb-county-so-clearview-gmail-thread.txt", [
    (GM_HEAD, """\
Macomb County Mail           Paul Ostrowski <postrowski@macombgov.org>

Clearview AI pricing for MCSO
4 messages

Paul Ostrowski <postrowski@macombgov.org>      Mon, Jan 22, 2024 at 9:41 AM
To: Lauren Beckett <lauren.beckett@clearview.ai>
Cc: Angela Rusnak <arusnak@macombgov.org>

Lauren,

Thanks for Thursday's demo. Before I take this to the Undersheriff I
need a few answers:

1. What would 8 investigator seats cost for one year?
2. Is there a discount for a two-year term?
3. Is there a county-wide price that covers the local departments?
4. How big is the image database now?
5. Can the trial accounts stay open until the contract is signed?

Right now we send most photos to the State Police, who run them
through the Statewide Network of Agency Photos (SNAP) at no charge,
but SNAP only covers Michigan mug shots and licence photos and the
turnaround is two or three days.

Paul

--
Det. Sgt. Paul Ostrowski
Macomb County Sheriff's Office | Detective Bureau
Mount Clemens, Michigan | (586) 555-0148""", GM_URL + "      1/3"),
    (GM_HEAD, """\
Lauren Beckett <lauren.beckett@clearview.ai>   Tue, Jan 23, 2024 at 4:05 PM
To: Paul Ostrowski <postrowski@macombgov.org>
Cc: Angela Rusnak <arusnak@macombgov.org>

Hi Paul - answers inline below.

> 1. What would 8 investigator seats cost for one year?

Our government rate is $2,000 per seat per year, so 8 seats come to
$16,000 for a one-year term.

> 2. Is there a discount for a two-year term?

Yes: 8 seats for two years is $29,600 if paid up front.

> 3. Is there a county-wide price that covers the local departments?

For MCSO plus the municipal departments in the county we can offer
an unlimited-user countywide licence at $47,500 per year. Each city
would sign a short participation agreement.

> 4. How big is the image database now?

Over 50 billion facial images from publicly available sources.

> 5. Can the trial accounts stay open until the contract is signed?

Done - your 3 trial accounts now run through March 31 at no cost.
They have run 214 searches since they were opened on December 4.

Lauren

Paul Ostrowski <postrowski@macombgov.org>      Mon, Jan 29, 2024 at 8:17 AM
To: Lauren Beckett <lauren.beckett@clearview.ai>
Cc: Angela Rusnak <arusnak@macombgov.org>

Lauren,""", GM_URL + "      2/3"),
    (GM_HEAD, """\
The Undersheriff approved 8 seats for one year. The two-year prepay
won't work because the County can't commit next year's budget, and
the countywide licence would have to go through every city council.
Please send a formal quote for the $16,000.

Two things the Undersheriff will be asked about. Under Sheriff's
Office Policy 4.27 a face search result is an investigative lead only
and is never enough, on its own, for an arrest or a warrant. The
policy also says only detectives who have completed the vendor's
training and the MCSO image comparison course may hold an account.
Can Clearview's training be done in one afternoon?

County purchasing rules send any contract over $25,000 to the Board
of Commissioners, so at this price the Sheriff can sign it himself.

Paul

Lauren Beckett <lauren.beckett@clearview.ai>   Tue, Jan 30, 2024 at 2:51 PM
To: Paul Ostrowski <postrowski@macombgov.org>
Cc: Angela Rusnak <arusnak@macombgov.org>

Paul - quote Q-24-01187 is attached: 8 seats, 12 months from the
signature date, $16,000.00 total, no sales tax (exempt agency).

Training is a 90-minute live webinar plus the self-paced modules in
the Clearview training academy, so one afternoon is plenty. The quote
also includes Clearview Mobile at no extra charge, though your policy
may limit it to county-issued phones.

Best,
Lauren Beckett
Government Account Executive | Clearview AI
(646) 555-0139

[Quoted text hidden]

Q-24-01187_Macomb_County_SO.pdf
84K""", GM_URL + "      3/3"),
], "print", MACSO,
    [MACSO, "Michigan State Police", "Macomb County Board of Commissioners"],
    [CV],
    ["Statewide Network of Agency Photos", "Clearview Mobile"],
    [C(2000, 2000, "year", "Our government rate is $2,000 per seat per year", MACSO, CV, unit="per user"),
     C(16000, 16000, "year", "8 seats come to $16,000 for a one-year term", MACSO, CV),
     C(29600, 29600, None, "8 seats for two years is $29,600", MACSO, CV),
     C(47500, 47500, "year", "unlimited-user countywide licence at $47,500 per year", MACSO, CV)],
    [N(50000000000, "more than", "images", None, "Over 50 billion facial images from publicly available sources",
       None, CV),
     N(3, "exact", "users", None, "your 3 trial accounts", MACSO, CV),
     N(214, "exact", "searches", None, "They have run 214 searches", MACSO, CV),
     N(8, "exact", "licenses", None, "The Undersheriff approved 8 seats for one year.", MACSO, CV)],
    [P("Under Sheriff's Office Policy 4.27 a face search result is an investigative lead only and is never "
       "enough, on its own, for an arrest or a warrant.", MACSO, "disclaimer"),
     P("The policy also says only detectives who have completed the vendor's training and the MCSO image "
       "comparison course may hold an account.", MACSO, "requirement")],
    [E("Paul Ostrowski", "Lauren Beckett", "Mon, Jan 22, 2024 at 9:41 AM", SUBJ2),
     E("Lauren Beckett", "Paul Ostrowski", "Tue, Jan 23, 2024 at 4:05 PM", SUBJ2),
     E("Paul Ostrowski", "Lauren Beckett", "Mon, Jan 29, 2024 at 8:17 AM", SUBJ2),
     E("Lauren Beckett", "Paul Ostrowski", "Tue, Jan 30, 2024 at 2:51 PM", SUBJ2)],
    ["2024-01-31", "2024-01-22", "2024-01-23", "2024-01-29", "2024-01-30"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 New York: Suffolk County Police Department
SCPD = "Suffolk County Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("03_suffolk-county-pd-fr-quarterly-usage-report.txt", [
    (None, """\
SUFFOLK COUNTY POLICE DEPARTMENT
Criminal Intelligence Section - Real Time Crime Center
Yaphank, New York 11980

FACIAL RECOGNITION QUARTERLY USAGE REPORT
Third Quarter 2024 (July 1 - September 30, 2024)

To:     Police Commissioner
Via:    Chief of Detectives
From:   Lt. Brendan Casale, Commanding Officer, RTCC
Date:   October 15, 2024
Copy:   Suffolk County Legislature, Public Safety Committee

1. System
The Department runs facial recognition searches in Vigilant
FaceSearch, a hosted application of Motorola Solutions, Inc. The
searchable gallery holds 338,115 Suffolk County arrest photographs.
Images from other sources (DMV, social media) are not in the gallery.

2. Searches and results, Q3 2024

Month       Searches   For outside   Possible    Leads to   Arrests
               run       agencies     matches   case det.
---------   --------   -----------   --------   ---------   -------
July             212            14         71          38         9
August           198             9         64          33         7
September        231            17         80          41        11
---------   --------   -----------   --------   ---------   -------
Q3 total         641            40        215         112        27

Searches run from January 1 through September 30, 2024: 1,874.
A possible match was returned in 33.5% of Q3 searches. The outside
agencies were chiefly the Suffolk County Sheriff's Office and the
East Hampton and Southampton Town Police Departments.

In addition, detectives sent 27 requests during the quarter to the
Facial Recognition Unit of the New York State Division of Criminal
Justice Services, which searches the statewide mug shot repository
at no cost to the Department.""", "SCPD-FR-Q3-2024 p. 1/2"),
    (None, """\
3. User accounts at September 30, 2024

Unit                                              Accounts
-----------------------------------------------   --------
Real Time Crime Center analysts                          9
Major Case / Homicide Squad                              6
Precinct detective squads (7 precincts)                 21
-----------------------------------------------   --------
Total                                                   36

4. Cost
FaceSearch is provided under the County's contract with Motorola
Solutions (Contract No. 003-3113-4540) at $24,600 per year; the
current term runs from March 1, 2024 to February 28, 2025. The
Department's license plate reader service (Vigilant LEARN, $61,200
per year) is on the same contract but is not part of this report.
LEARN recorded about 11.8 million plate detections in the quarter.
The Department's 2025 operating budget request includes $25,830 for
FaceSearch, reflecting the contract's 5% renewal increase.

5. Rules in force (Rules and Procedures, Chapter 27, Section 14)
Only members who have completed the DCJS facial recognition training
and the FaceSearch user course may be issued an account. Every search
must be linked to an SCPD central complaint number or to an outside
agency's case number. A possible match is an investigative lead only;
it is not probable cause to arrest and must be corroborated by the
case detective. FaceSearch may not be used on live video or to
monitor any gathering protected by the First Amendment. A member who
runs a search for a personal or other non-investigative purpose is
referred to the Internal Affairs Bureau and is subject to discipline
up to and including termination.

6. Audit
The Q3 audit of a 10% random sample of searches found every sampled
search linked to a case number. No complaint about facial
recognition was received during the quarter.""", "SCPD-FR-Q3-2024 p. 2/2"),
], "pdf", SCPD,
    [SCPD, "Suffolk County Legislature", "Suffolk County Sheriff's Office", "East Hampton Town Police Department",
     "Southampton Town Police Department", "New York State Division of Criminal Justice Services"],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN"],
    [C(24600, 24600, "year", "at $24,600 per year", SCPD, MSI, VFS),
     C(25830, 25830, None, "includes $25,830 for FaceSearch", SCPD, MSI, VFS)],
    [N(338115, "exact", "images", None, "The searchable gallery holds 338,115 Suffolk County arrest photographs",
       SCPD, MSI),
     N(212, "exact", "searches", "month", "July 212", SCPD, MSI),
     N(198, "exact", "searches", "month", "August 198", SCPD, MSI),
     N(231, "exact", "searches", "month", "September 231", SCPD, MSI),
     N(14, "exact", "requests", "month", "July 212 14", SCPD, MSI),
     N(9, "exact", "requests", "month", "August 198 9", SCPD, MSI),
     N(17, "exact", "requests", "month", "September 231 17", SCPD, MSI),
     N(641, "exact", "searches", "quarter", "Q3 total 641", SCPD, MSI),
     N(40, "exact", "requests", "quarter", "Q3 total 641 40", SCPD, MSI),
     N(215, "exact", "matches", "quarter", "Q3 total 641 40 215", SCPD, MSI),
     N(112, "exact", "leads", "quarter", "Q3 total 641 40 215 112", SCPD, MSI),
     N(27, "exact", "arrests", "quarter", "Q3 total 641 40 215 112 27", SCPD, MSI),
     N(1874, "exact", "searches", None, "Searches run from January 1 through September 30, 2024: 1,874.", SCPD, MSI),
     N(27, "exact", "requests", "quarter", "detectives sent 27 requests during the quarter", SCPD, None),
     N(9, "exact", "users", None, "Real Time Crime Center analysts 9", SCPD, MSI),
     N(6, "exact", "users", None, "Major Case / Homicide Squad 6", SCPD, MSI),
     N(21, "exact", "users", None, "Precinct detective squads (7 precincts) 21", SCPD, MSI),
     N(36, "exact", "users", None, "Total 36", SCPD, MSI)],
    [P("Only members who have completed the DCJS facial recognition training and the FaceSearch user course may "
       "be issued an account.", SCPD, "requirement"),
     P("Every search must be linked to an SCPD central complaint number or to an outside agency's case number.",
       SCPD, "requirement"),
     P("A possible match is an investigative lead only; it is not probable cause to arrest and must be "
       "corroborated by the case detective.", SCPD, "disclaimer"),
     P("FaceSearch may not be used on live video or to monitor any gathering protected by the First Amendment.",
       SCPD, "prohibition"),
     P("A member who runs a search for a personal or other non-investigative purpose is referred to the Internal "
       "Affairs Bureau and is subject to discipline up to and including termination.", SCPD, "consequence")],
    [],
    ["2024", "2024-07-01", "2024-09-30", "2024-10-15", "2024-01-01", "2024-03-01", "2025-02-28", "2025"],
    scan="pdf")


# ---------------------------------------------------------------- 4 South Dakota: Aberdeen Police Department
APD = "Aberdeen Police Department"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("04_aberdeen-pd-jag-application-face-plus.txt", [
    (None, """\
SOUTH DAKOTA DEPARTMENT OF PUBLIC SAFETY
Edward Byrne Memorial Justice Assistance Grant (JAG) Program
FFY 2024 Subgrant Application - Local Law Enforcement

SECTION 1. APPLICANT INFORMATION
Applicant:           City of Aberdeen - Aberdeen Police Department
Mailing address:     123 S. Lincoln Street, Aberdeen, SD 57401
Project director:    Capt. Marisa Lindgren, (605) 555-0133
Authorized official: Hon. Gerald Thune, Mayor
UEI: K7QMLB2N4XJ5                  Federal EIN: 46-6011843
Application date:    May 20, 2024
Project period:      October 1, 2024 - September 30, 2025
Total request:       $21,430.00 (Projects A and B)

SECTION 4. BUDGET DETAIL

Project A - Investigative Facial Image Search

Category / item                    Computation                    Cost
---------------------------------  -------------------------  ---------
Contractual: DataWorks Plus        5 users x $2,280 x 1 yr    11,400.00
  FACE Plus hosted subscription,
  12 months
Contractual: onboarding and        lump sum, one-time          3,500.00
  gallery load of booking photos
Training: FACE Plus examiner       3 officers x $450           1,350.00
  course (online)
---------------------------------  -------------------------  ---------
Project A total                                               16,250.00

Project B - Mobile Fingerprint Identification (Patrol)

Equipment: mobile fingerprint      4 readers x $1,295          5,180.00
  readers with cases
---------------------------------  -------------------------  ---------
Project B total                                                5,180.00

TOTAL REQUESTED (A + B)                                       21,430.00
Local match (not required under this solicitation)                0.00""", "APD JAG24 p. 1 of 3"),
    (None, """\
SECTION 5. BUDGET NARRATIVE

Contractual. FACE Plus is a hosted facial image search service sold
by DataWorks Plus, LLC of Greenville, South Carolina. The quoted
price is $2,280 per named user per year. The five users (three
detectives, the crime analyst and the detective sergeant) cost
$11,400 for the 12-month project period. The one-time onboarding fee
covers loading the Brown County Sheriff's Office booking archive into
the gallery and setting up user accounts.

Training. Three officers will take the vendor's online examiner
course at $450 each. Travel is not requested.

Sustainability. After the project period the City will carry the
subscription in the Police Department's operating budget. DataWorks
Plus has quoted a renewal of about $12,000 per year for the same five
users. Project B equipment needs no recurring funds.

SECTION 6. PROJECT NARRATIVE - PROJECT A

Problem. Aberdeen detectives have no face search tool of their own.
In calendar year 2023 they sent 46 probe photographs to the South
Dakota Fusion Center for comparison, and replies took an average of
nine days. Several property-crime cases went cold while waiting.

Approach. The Brown County Sheriff's Office booking archive holds
about 58,000 photographs taken since 2008. Once loaded, it will be
searched together with the shared FACE Plus gallery of participating
agencies in the Dakotas, which holds more than 1.4 million booking
images. Detectives will still ask the Fusion Center for searches of
driver license photographs, which FACE Plus cannot reach.

Performance measures. (1) Number of searches run; target 150 in the
project period. (2) Average days from request to result; target 1.
(3) Share of searches with a documented case number; target 100%.""",
     "APD JAG24 p. 2 of 3"),
    (None, """\
Policy. The Department's Policy 611, Release of Investigative
Photographs, requires a supervisor's approval before a probe
photograph is sent outside the Department, and that rule will apply
to FACE Plus searches. A facial recognition policy (draft Policy 342)
has been written and will be adopted before go-live; the draft would
also bar searches of images taken at lawful protests.

SECTION 7. CERTIFICATIONS

By signing below, the applicant certifies that:

(a) a face recognition result will be used only as an investigative
    lead and will not be the sole basis for an arrest;
(b) grant funds will not be used to buy access to any service that
    collects face images from the internet without consent; and
(c) the Department will report the number of face searches run to
    the Department of Public Safety each quarter.

The applicant also accepts the standard JAG special conditions,
including 28 CFR Part 23 where criminal intelligence systems are
funded.

______________________________           Date: 05/20/2024
Hon. Gerald Thune, Mayor, City of Aberdeen

______________________________           Date: 05/20/2024
Capt. Marisa Lindgren, Project Director

FOR DPS USE ONLY
Received: 05/22/2024    Log no. JAG24-L-0087    Reviewer: ________""", "APD JAG24 p. 3 of 3"),
], "pdf", APD,
    ["South Dakota Department of Public Safety", "City of Aberdeen", APD, "Brown County Sheriff's Office",
     "South Dakota Fusion Center"],
    [DWP],
    [FP],
    [C(11400, 11400, "year", "5 users x $2,280 x 1 yr 11,400.00", APD, DWP, FP),
     C(2280, 2280, "year", "5 users x $2,280 x 1 yr", APD, DWP, FP, unit="per user"),
     C(3500, 3500, "one-time", "lump sum, one-time 3,500.00", APD, DWP, FP),
     C(1350, 1350, None, "3 officers x $450 1,350.00", APD, DWP, FP),
     C(450, 450, None, "3 officers x $450", APD, DWP, FP, unit="per officer"),
     C(16250, 16250, None, "Project A total 16,250.00", APD, DWP, FP),
     C(12000, 12000, "year", "a renewal of about $12,000 per year", APD, DWP, FP)],
    [N(5, "exact", "licenses", None, "5 users x $2,280", APD, DWP),
     N(46, "exact", "requests", "year", "they sent 46 probe photographs to the South Dakota Fusion Center", APD,
       None),
     N(58000, "approximately", "images", None, "booking archive holds about 58,000 photographs",
       "Brown County Sheriff's Office", None),
     N(1400000, "more than", "images", None, "which holds more than 1.4 million booking images", None, DWP)],
    [P("requires a supervisor's approval before a probe photograph is sent outside the Department", APD,
       "requirement"),
     P("a face recognition result will be used only as an investigative lead and will not be the sole basis "
       "for an arrest", APD, "disclaimer"),
     P("grant funds will not be used to buy access to any service that collects face images from the internet "
       "without consent", APD, "prohibition"),
     P("the Department will report the number of face searches run to the Department of Public Safety each "
       "quarter", APD, "requirement")],
    [],
    ["2024", "2024-05-20", "2024-10-01", "2025-09-30", "2023", "2008", "2024-05-22"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Virginia: Prince William County PD
PWC = "Prince William County Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
GO_HEAD = "PWCPD General Order 47.10 - Facial Recognition Technology"
doc("05_prince-william-county-pd-general-order-fr-draft.txt", [
    (GO_HEAD, """\
PRINCE WILLIAM COUNTY POLICE DEPARTMENT
GENERAL ORDER

Number:   47.10                          Effective: July 1, 2023
Subject:  Facial Recognition Technology  Review date: July 1, 2025
Rescinds: Special Order 22-06            Pages: 4
VLEPSC:   ADM.25.04, OPR.01.08
Authority: Va. Code sec. 15.2-1723.2; Chief of Police

47.10.1  PURPOSE
This order sets out when and how members may use facial recognition
technology (FRT) to compare a probe image with a database of
photographs, and the records the Department keeps of that use.

47.10.2  POLICY
It is the policy of the Department to use FRT only to develop
investigative leads in the situations listed in 47.10.5, and in a
manner that protects privacy, civil rights and civil liberties.

47.10.3  DEFINITIONS
A. Probe image - the image of an unknown person submitted for search.
B. Candidate list - the ranked images a search returns.
C. FRT examiner - a member certified under 47.10.6.B.

47.10.4  APPROVED SYSTEM
A. The only FRT approved for Department use is NEC NeoFace Reveal,
   licensed to the Department for 12 concurrent users. It searches
   the Department's booking photographs and the regional mug shot
   gallery shared with neighboring jurisdictions.
B. NeoFace Reveal was evaluated by the National Institute of
   Standards and Technology and meets the accuracy standard of Va.
   Code sec. 15.2-1723.2 (a true positive rate of at least 98 percent).
C. Members shall not use any other FRT, including free trials and
   services built on images collected from the internet, such as
   Clearview AI.""", "Page 1 of 4"),
    (GO_HEAD, """\
47.10.5  AUTHORIZED USES
A. FRT may be used only to identify a person suspected of a crime, a
   crime victim, a missing or endangered person, a deceased person,
   or a person who cannot identify himself or herself.
B. Members may run a search at the request of another law enforcement
   agency with the approval of the Criminal Investigations Division
   commander.

47.10.6  PROCEDURES
A. A search shall be run only by an FRT examiner using a Department
   account.
B. To be certified as an FRT examiner, a member must complete the NEC
   operator course and the Department's 8-hour course on image
   comparison and bias.
C. Every search shall be logged with the case number, the offense,
   the source of the probe image and the result.
D. A candidate returned by FRT is an investigative lead only and
   shall not be the sole basis for probable cause, an arrest or a
   search warrant.
E. A second FRT examiner must review each candidate before it is
   given to the case detective.

47.10.7  PROHIBITED USES
A. Members shall not use FRT for real-time surveillance or to track
   the movements of an identified person.
B. Members shall not submit a probe image obtained at a lawful
   demonstration, religious service or other activity protected by
   the First Amendment unless the image shows a criminal act.

47.10.8  RECORDS AND REPORTING
A. Search logs shall be kept for at least five years.
B. The FRT administrator shall publish, by April 1 of each year, a
   report of the number of searches run in the prior year.

47.10.9  VIOLATIONS
A member who misuses FRT is subject to discipline under General
Order 4.01, up to and including termination, and loses FRT access.""",
     "Page 2 of 4"),
    (GO_HEAD, """\
DRAFT - FOR COMMAND STAFF COMMENT ONLY - NOT IN EFFECT

MEMORANDUM

To:      Command Staff
From:    Maj. Sofia Ferreira-Lund, Support Services Bureau
Date:    October 7, 2024
Re:      Proposed Revision 1 to General Order 47.10

1. Use. The FRT administrator's annual reports show 611 searches in
2022 (under Special Order 22-06) and 1,042 searches in 2023. All 12
concurrent licenses are often in use during the day shift.

2. Cost. The NeoFace Reveal license and support cost $48,000 per year
under Contract PWC-23-0419 with NEC Corporation of America. NEC has
quoted $32,000 per year for eight additional concurrent licenses
($4,000 per license). The Department's BriefCam video analytics
subscription ($27,500 per year, which does not include the face
recognition module) is budgeted separately and is not affected.

3. Proposed changes (marked on the attached page):
   a. 47.10.4.A - raise the number of concurrent users from 12 to 20.
   b. New 47.10.7.C - bar the face-matching feature of BriefCam and
      of any other video analytics product.
   c. New 47.10.7.D - require a lieutenant's approval before a probe
      image taken from a social media account is submitted.

At present no Department rule bars probe images taken from social
media; 47.10.7.B covers only protected activity.

Comments are due to the Support Services Bureau by October 25, 2024.""",
     "Page 3 of 4"),
    (GO_HEAD, """\
DRAFT - PROPOSED REVISION 1 - NOT IN EFFECT
(Additions in CAPITALS; deletions in [brackets])

47.10.4  APPROVED SYSTEM
A. The only FRT approved for Department use is NEC NeoFace Reveal,
   licensed to the Department for [12] TWENTY (20) concurrent users.

47.10.7  PROHIBITED USES
C. MEMBERS SHALL NOT USE THE FACE-MATCHING FEATURE OF BRIEFCAM OR OF
   ANY OTHER VIDEO ANALYTICS PRODUCT.
D. MEMBERS SHALL NOT SUBMIT A PROBE IMAGE TAKEN FROM A SOCIAL MEDIA
   ACCOUNT WITHOUT THE WRITTEN APPROVAL OF A LIEUTENANT OR ABOVE.

Draft prepared by: Support Services Bureau, Policy Unit
Legal review:      County Attorney's Office (pending)""", "Page 4 of 4"),
], "pdf", PWC,
    [PWC, "National Institute of Standards and Technology", "Prince William County Attorney's Office"],
    [NEC, CV, "BriefCam"],
    [NFR],
    [C(48000, 48000, "year", "The NeoFace Reveal license and support cost $48,000 per year", PWC, NEC, NFR),
     C(32000, 32000, "year", "quoted $32,000 per year for eight additional concurrent licenses", PWC, NEC, NFR),
     C(4000, 4000, "year", "($4,000 per license)", PWC, NEC, NFR, unit="per user")],
    [N(12, "exact", "licenses", None, "licensed to the Department for 12 concurrent users", PWC, NEC),
     N(611, "exact", "searches", "year", "611 searches in 2022", PWC, NEC),
     N(1042, "exact", "searches", "year", "1,042 searches in 2023", PWC, NEC),
     N(8, "exact", "licenses", None, "eight additional concurrent licenses", PWC, NEC)],
    [P("It is the policy of the Department to use FRT only to develop investigative leads in the situations "
       "listed in 47.10.5, and in a manner that protects privacy, civil rights and civil liberties.", PWC, "purpose"),
     P("Members shall not use any other FRT, including free trials and services built on images collected from "
       "the internet, such as Clearview AI.", PWC, "prohibition"),
     P("FRT may be used only to identify a person suspected of a crime, a crime victim, a missing or endangered "
       "person, a deceased person, or a person who cannot identify himself or herself.", PWC, "purpose"),
     P("Members may run a search at the request of another law enforcement agency with the approval of the "
       "Criminal Investigations Division commander.", PWC, "permission"),
     P("A search shall be run only by an FRT examiner using a Department account.", PWC, "requirement"),
     P("To be certified as an FRT examiner, a member must complete the NEC operator course and the Department's "
       "8-hour course on image comparison and bias.", PWC, "requirement"),
     P("Every search shall be logged with the case number, the offense, the source of the probe image and the "
       "result.", PWC, "requirement"),
     P("A candidate returned by FRT is an investigative lead only and shall not be the sole basis for probable "
       "cause, an arrest or a search warrant.", PWC, "disclaimer"),
     P("A second FRT examiner must review each candidate before it is given to the case detective.", PWC,
       "requirement"),
     P("Members shall not use FRT for real-time surveillance or to track the movements of an identified person.",
       PWC, "prohibition"),
     P("Members shall not submit a probe image obtained at a lawful demonstration, religious service or other "
       "activity protected by the First Amendment unless the image shows a criminal act.", PWC, "prohibition"),
     P("Search logs shall be kept for at least five years.", PWC, "requirement"),
     P("The FRT administrator shall publish, by April 1 of each year, a report of the number of searches run in "
       "the prior year.", PWC, "requirement"),
     P("A member who misuses FRT is subject to discipline under General Order 4.01, up to and including "
       "termination, and loses FRT access.", PWC, "consequence")],
    [],
    ["2023-07-01", "2025-07-01", "2024-10-07", "2022", "2023", "2024-10-25"])


# ---------------------------------------------------------------- 6 Wyoming: Rock Springs Police Department
RSPD = "Rock Springs Police Department"
SWSO = "Sweetwater County Sheriff's Office"
DCI = "Wyoming Division of Criminal Investigation"
SL_HEAD = "Slack  |  Rock Springs Police Dept.  |  #cid-general"
SL_FOOT = "RS-PRR-2025-004  Slack export (printed)"
doc("06_rock-springs-pd-clearview-slack-export.txt", [
    (SL_HEAD, """\
Channel history export for public records request RS-PRR-2025-004
Exported January 14, 2025 by City of Rock Springs IT Services
Messages shown: August 19, 2024 - August 23, 2024 (times Mountain)

---------------------- Monday, August 19th, 2024 ----------------------

Travis Eckhardt  9:02 AM
Clearview renewal came in. They want $1,650 a seat now, up from
$1,400. We have 4 seats, so that's $6,600 for the year vs $5,600
last year.

Dana Whitmire  9:10 AM
For what it's worth I pulled the admin stats: 287 searches on our
seats in the last 12 months, and only 2 of the 4 seats were used at
all.

Luis Arceneaux  9:14 AM
Could we drop to 2 seats? DCI will still run photos for us for free.

Travis Eckhardt  9:21 AM
DCI is free but slow. Their system is IDEMIA and only has Wyoming
bookings, about 640,000 photos per their last newsletter. Turnaround
has been about a week.

Karen Soliz  9:40 AM
Sweetwater County SO asked about sharing. They'd put $2,000 toward
our renewal if their two investigators could log in on our seats.

Travis Eckhardt  9:44 AM
Policy 426 doesn't say anything about sharing seats with another
agency, so I'd want the Chief's ok first. Also Clearview's terms say
one named user per seat.
   :eyes: 2""", SL_FOOT + "  1/2"),
    (SL_HEAD, """\
---------------------- Tuesday, August 20th, 2024 ---------------------

Chief Arlen Moberly  7:55 AM
Read the thread. Renew 3 seats, not 4 - Travis, Luis and Dana.
Sweetwater can buy their own. Reminder of what 426 says: every search
needs a case number and a supervisor's ok in the notes, and a hit is
a lead only, never probable cause by itself.

Chief Arlen Moberly  7:58 AM
Also, effective today nobody installs Clearview Mobile on a personal
phone. Department phones only.

Dana Whitmire  8:20 AM
3 seats at $1,650 = $4,950. Do we want CLEAR too? Thomson Reuters
quoted $425/month for CLEAR, but that's a people and records search,
no face matching.

Karen Soliz  8:31 AM
CLEAR is a separate budget question. Park it for now.

---------------------- Friday, August 23rd, 2024 ----------------------

Travis Eckhardt  2:12 PM
Signed the renewal: 3 seats, $4,950, Sept 1 to Aug 31, PO 24-1187.
Misuse is still grounds for losing your seat under 426.9, and IA will
review it.

Luis Arceneaux  2:15 PM
:+1:""", SL_FOOT + "  2/2"),
], "print", RSPD,
    [RSPD, SWSO, DCI, "City of Rock Springs"],
    [CV, "Idemia", "Thomson Reuters"],
    ["Clearview Mobile", "Thomson Reuters CLEAR"],
    [C(1650, 1650, "year", "They want $1,650 a seat now", RSPD, CV, unit="per user"),
     C(1400, 1400, "year", "up from $1,400", RSPD, CV, unit="per user"),
     C(6600, 6600, "year", "that's $6,600 for the year", RSPD, CV),
     C(5600, 5600, "year", "vs $5,600 last year", RSPD, CV),
     C(4950, 4950, "year", "3 seats at $1,650 = $4,950", RSPD, CV)],
    [N(4, "exact", "licenses", None, "We have 4 seats", RSPD, CV),
     N(287, "exact", "searches", "year", "287 searches on our seats in the last 12 months", RSPD, CV),
     N(2, "exact", "users", "year", "only 2 of the 4 seats were used at all", RSPD, CV),
     N(640000, "approximately", "images", None, "about 640,000 photos", DCI, "Idemia"),
     N(3, "exact", "licenses", None, "Renew 3 seats, not 4", RSPD, CV)],
    [P("every search needs a case number and a supervisor's ok in the notes", RSPD, "requirement"),
     P("a hit is a lead only, never probable cause by itself.", RSPD, "disclaimer"),
     P("Also, effective today nobody installs Clearview Mobile on a personal phone.", RSPD, "prohibition"),
     P("Misuse is still grounds for losing your seat under 426.9, and IA will review it.", RSPD, "consequence")],
    [],
    ["2025-01-14", "2024-08-19", "2024-08-23", "2024-08-20"],
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
