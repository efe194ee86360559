"""Writes docs/*.txt and labels.json for holdout111 (four invented releases: KY, NE, RI, WA).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), plus a `kind` on every policy."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75   # the born-digital helper wraps at about 80 characters
MAX_LINES = 44  # per page, header and footer included


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


KINDS = {"requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"}


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
            assert len(line) <= MAX_COLS, (file, line)
            assert line.isascii(), (file, line)
        texts.append(page)
    text = "\f".join(texts)
    for group in (costs, counts, policies):
        for f in group:
            f["quote"] = _resolve(f["quote"], text)
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Kentucky: Madisonville PD
MPD = "Madisonville Police Department"
HCSO = "Hopkins County Sheriff's Office"
CV = "Clearview AI"
LN = "LexisNexis Risk Solutions"
doc("01_madisonville-pd-open-records-reply-clearview.txt", [
    (None, """\
                    MADISONVILLE POLICE DEPARTMENT
                      Office of the Chief of Police
           207 East Center Street  -  Madisonville, Kentucky 42431
             Telephone (270) 555-0162  -  Fax (270) 555-0177

June 24, 2024

Ms. Danielle Okafor
Pennyrile Civil Liberties Project
P.O. Box 2291
Bowling Green, KY 42102

       Re:  Open Records Request No. ORR-2024-117
            Received June 18, 2024 - facial recognition records

Dear Ms. Okafor:

The Madisonville Police Department (MPD) has reviewed your request under
the Kentucky Open Records Act, KRS 61.870 to 61.884. This response is
made within the five business days allowed by KRS 61.880(1). Our answers
follow the numbering of your request.

1. Vendors and contracts. MPD has subscribed to Clearview AI since
October 2022. The first-year subscription cost $4,800 for three user
accounts. The renewal for October 2023 through September 2024 was
$7,500 for five accounts, that is $1,500 per account per year, paid
from the Department's forfeiture account (GL 101-2110-5340). Both
invoices are enclosed. Clearview AI states that its search database
holds more than 40 billion facial images collected from public web
sites.

In 2021 MPD tested the LexisNexis Accurint Virtual Crime Center
during a free 30-day trial. MPD did not buy that product and has no
contract with any other facial recognition vendor.

2. Users. Five detectives in the Criminal Investigations Section
hold Clearview AI accounts. No patrol officer has an account.""",
     "MPD ORR-2024-117  -  Page 1 of 2"),
    (None, """\
3. Searches and results. The Clearview AI administrator dashboard
shows 638 searches run by MPD accounts from October 1, 2022 through
May 31, 2024. A detective forwarded a possible match as an
investigative lead in 41 of those searches, and 9 of the leads were
later confirmed by other means. MPD does not track the number of
arrests that followed a lead.

4. Policy. General Order 2.19, Investigative Use of Facial Recognition
(effective March 1, 2023), is enclosed. It provides in part:

   "A facial recognition result is an investigative lead only and
   shall not be used as the sole basis for an arrest or a search
   warrant."
   "Accounts are issued only to sworn detectives who have completed
   the vendor's online training course."
   "A member who uses the system for a personal matter is subject to
   discipline up to and including termination."

There is no MPD policy that prohibits searching images taken from
social media, and General Order 2.19 does not address sharing
results with other agencies.

5. Other agencies. The Hopkins County Sheriff's Office holds its own
Clearview AI account; we understand it pays about $2,000 a year. MPD
has no records of that agency's searches.

6. Fees. The enclosed records total 31 pages. Copies cost $0.10 per
page under KRS 61.874(3), or $3.10; the fee is waived.

If you believe this response violates the Act, you may seek review
by the Attorney General under KRS 61.880(2).

Sincerely,

/s/ Lt. Marcus Whitlow
Lt. Marcus Whitlow, Official Custodian of Records

Enclosures (3)        cc: Madisonville City Attorney""",
     "MPD ORR-2024-117  -  Page 2 of 2"),
], "pdf", MPD,
    [MPD, HCSO, "Kentucky Office of the Attorney General"],
    [CV, LN],
    ["Accurint Virtual Crime Center"],
    [C(4800, 4800, "year", "The first-year subscription cost $4,800", MPD, CV),
     C(7500, 7500, "year", "$7,500 for five accounts", MPD, CV),
     C(1500, 1500, "year", "$1,500 per account per year", MPD, CV, unit="per user"),
     C(2000, 2000, "year", "it pays about $2,000 a year", HCSO, CV)],
    [N(3, "exact", "licenses", None, "$4,800 for three user accounts", MPD, CV),
     N(5, "exact", "licenses", None, "$7,500 for five accounts", MPD, CV),
     N(40000000000, "more than", "images", None, "holds more than 40 billion facial images", None, CV),
     N(5, "exact", "users", None, "Five detectives in the Criminal Investigations Section hold Clearview AI accounts",
       MPD, CV),
     N(638, "exact", "searches", None, "shows 638 searches run by MPD accounts", MPD, CV),
     N(41, "exact", "leads", None, "as an investigative lead in 41 of those searches", MPD, CV),
     N(9, "exact", "identifications", None, "9 of the leads were later confirmed by other means", MPD, CV)],
    [P("A facial recognition result is an investigative lead only and shall not be used as the sole basis for an "
       "arrest or a search warrant.", MPD, "disclaimer"),
     P("Accounts are issued only to sworn detectives who have completed the vendor's online training course.",
       MPD, "requirement"),
     P("A member who uses the system for a personal matter is subject to discipline up to and including "
       "termination.", MPD, "consequence")],
    [],
    ["2024-06-24", "2024-06-18", "2022-10", "2023-10", "2024-09", "2021", "2022-10-01", "2024-05-31",
     "2023-03-01"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Nebraska: Seward County SO
SCSO = "Seward County Sheriff's Office"
VIG = "Vigilant Solutions"
MOT = "Motorola Solutions"
FS = "FaceSearch"
doc("02_seward-county-so-2023-annual-report-facesearch.txt", [
    (None, """\
                    SEWARD COUNTY SHERIFF'S OFFICE
                 529 Seward Street, Seward, Nebraska 68434

                        2023 ANNUAL REPORT
              to the Seward County Board of Commissioners

                 Sheriff Douglas R. Petrak  -  February 2024

CONTENTS
   Part 1  Patrol and calls for service ...................... 1
   Part 2  Seward County Jail ................................ 1
   Part 3  Investigations and facial recognition ............. 2
   Part 4  Budget summary .................................... 3

PART 1  PATROL AND CALLS FOR SERVICE
Deputies answered 6,214 calls for service in 2023 and worked 412
motor vehicle crashes on county roads and Interstate 80. The Office
replaced four patrol vehicles and added two automated license plate
reader (LPR) cameras on Highway 15, bought from Motorola Solutions
for $26,850 with a Nebraska Highway Safety grant. The LPR cameras
are not part of the facial recognition program described in Part 3.

PART 2  SEWARD COUNTY JAIL
The jail booked 1,318 persons in 2023, with an average daily
population of 38 inmates. Booking photographs are taken on the
jail's Vigilant booking station and are uploaded each night to the
FaceSearch gallery. At year end the Office had contributed 9,460
booking photographs to that gallery since 2016.""",
     "Seward County Sheriff's Office - 2023 Annual Report - Page 1"),
    (None, """\
PART 3  INVESTIGATIONS AND FACIAL RECOGNITION
Since April 2021 the Investigations Division has used FaceSearch, the
facial recognition module of the Vigilant Solutions investigative
platform (now part of Motorola Solutions). FaceSearch compares a probe
image with a shared gallery of booking photographs contributed by
participating agencies, which Vigilant reports held about 19 million
images in December 2023. Six members of the Office hold FaceSearch
user accounts, all of them in the Investigations Division.

Table 3-1. FaceSearch use by month, 2023

Month        Searches   Possible      Leads   Arrests
                         matches     issued
-----------  --------   --------   --------   -------
January            12          5          2         1
February           15          6          3         0
March              18          7          4         2
April              14          5          2         1
May                16          6          3         1
June               19          8          4         2
July               21          9          5         2
August             17          7          3         1
September          13          4          2         0
October            15          6          3         1
November           14          5          2         1
December           13          3          1         0
-----------  --------   --------   --------   -------
TOTAL 2023        187         71         34        12

The 2023 total was 21% higher than 2022's total of 154 searches. The
table includes 17 searches run for outside agencies, chiefly the
Seward Police Department and the Milford Police Department. FaceSearch
was not used with live or recorded video in 2023.""",
     "Seward County Sheriff's Office - 2023 Annual Report - Page 2"),
    (None, """\
Rules for use. Office Policy 4.27, Facial Recognition, governs every
search. Its main provisions are:

  (a) Only deputies who have completed Vigilant's FaceSearch user
      training may be given an account.
  (b) Each search must be entered in the FaceSearch case log with a
      case number and the offense under investigation.
  (c) A possible match is not probable cause. It may be used only as
      a lead that the case deputy must confirm by other means.
  (d) FaceSearch shall not be used to identify persons taking part in
      a lawful assembly or other protected First Amendment activity.
  (e) Misuse of FaceSearch will result in the loss of the user's
      account and may lead to further discipline.

The Sheriff has asked the County Attorney to review a draft provision
that would require a sergeant to approve searches in misdemeanor
cases. The draft has not been adopted.

PART 4  BUDGET SUMMARY (calendar year 2023)
   Personnel ........................................ $2,184,300
   Jail operations .................................. $1,062,750
   Vehicles and equipment ...........................   $141,900
   FaceSearch annual subscription ...................     $3,600
   LPR cameras (grant funded, see Part 1) ...........    $26,850

Motorola Solutions has quoted the FaceSearch renewal for 2024 at
$4,140 per year, an increase of 15%. The renewal is included in the
2024 budget adopted by the Board on September 12, 2023 (Resolution
2023-41).

Questions: Chief Deputy Lorna Kasik, (402) 555-0126.""",
     "Seward County Sheriff's Office - 2023 Annual Report - Page 3"),
], "pdf", SCSO,
    [SCSO, "Seward County Board of Commissioners", "Seward County Attorney", "Seward Police Department",
     "Milford Police Department"],
    [VIG, MOT],
    [FS],
    [C(3600, 3600, "year", "FaceSearch annual subscription ...................     $3,600", SCSO, MOT, FS),
     C(4140, 4140, "year", "$4,140 per year", SCSO, MOT, FS)],
    [N(9460, "exact", "images", None, "contributed 9,460 booking photographs to that gallery", SCSO, VIG),
     N(19000000, "approximately", "images", None, "held about 19 million images", None, VIG),
     N(6, "exact", "users", None, "Six members of the Office hold FaceSearch user accounts", SCSO, VIG)]
    + [N(n, "exact", "searches", "month", f"{m} {n}", SCSO, VIG) for m, n in [
        ("January", 12), ("February", 15), ("March", 18), ("April", 14), ("May", 16), ("June", 19), ("July", 21),
        ("August", 17), ("September", 13), ("October", 15), ("November", 14), ("December", 13)]]
    + [N(187, "exact", "searches", "year", "TOTAL 2023        187", SCSO, VIG),
       N(71, "exact", "matches", "year", "TOTAL 2023        187         71", SCSO, VIG),
       N(34, "exact", "leads", "year", "TOTAL 2023        187         71         34", SCSO, VIG),
       N(12, "exact", "arrests", "year", "TOTAL 2023        187         71         34        12", SCSO, VIG),
       N(154, "exact", "searches", "year", "2022's total of 154 searches", SCSO, VIG),
       N(17, "exact", "requests", None, "17 searches run for outside agencies", SCSO, VIG)],
    [P("Only deputies who have completed Vigilant's FaceSearch user training may be given an account.", SCSO,
       "requirement"),
     P("Each search must be entered in the FaceSearch case log with a case number and the offense under "
       "investigation.", SCSO, "requirement"),
     P("A possible match is not probable cause.", SCSO, "disclaimer"),
     P("It may be used only as a lead that the case deputy must confirm by other means.", SCSO, "requirement"),
     P("FaceSearch shall not be used to identify persons taking part in a lawful assembly or other protected "
       "First Amendment activity.", SCSO, "prohibition"),
     P("Misuse of FaceSearch will result in the loss of the user's account and may lead to further discipline.",
       SCSO, "consequence")],
    [],
    ["2024-02", "2023", "2016", "2021-04", "2023-12", "2022", "2024", "2023-09-12"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Rhode Island: South Kingstown PD
SKPD = "South Kingstown Police Department"
RIFC = "Rhode Island State Fusion Center"
SUBJ3 = "Clearview AI renewal - South Kingstown PD"
HDR3 = "Mercier, Paul"
doc("03_south-kingstown-pd-outlook-clearview-renewal.txt", [
    (HDR3, """\
_______________________________________________________________________
From:       Mercier, Paul <pmercier@skpd-ri.org>
Sent:       Thursday, February 6, 2025 10:14 AM
To:         Gaudet, Ellen
Cc:         Rowley, Brian
Subject:    RE: FW: Clearview AI renewal - South Kingstown PD

Ellen,

My answers are inline below, marked [PM]. Short version: I want to go
from four seats to three and renew for one year only. Three seats
comes to $6,450 for the year, so it still needs a PO.

Paul

Lt. Paul Mercier | Detective Division
South Kingstown Police Department
1790 Kingstown Road, Wakefield, RI 02879 | (401) 555-0143

From:       Gaudet, Ellen <egaudet@southkingstownri.gov>
Sent:       Wednesday, February 5, 2025 3:37 PM
To:         Mercier, Paul
Subject:    RE: FW: Clearview AI renewal - South Kingstown PD

Paul - a few questions before I set up the PO.

1. How many seats do we have now and what did we pay last year?
[PM] Four seats. We paid $7,960 for the year ending March 31, 2025
($1,990 a seat).

2. How much did we actually use it?
[PM] The Division ran 276 searches in calendar 2024, most of them
in burglary and fraud cases.

3. Can't the State Police run these for us at no cost?
[PM] The Rhode Island State Fusion Center will run a search free of
charge, but it takes three to five business days. We sent them 14
requests in 2024 when a seat holder was out.""", "Page 1 of 2     SKPD APRA 25-031  000007"),
    (HDR3, """\
4. The Town Council asked at the budget workshop whether there is a
policy.
[PM] Yes, Policy 426.4. A Clearview result is a lead only and is not
probable cause for an arrest. A second detective must review every
possible match before it is written into a report. Nothing in 426
covers missing-person cases yet; I plan to propose a section on that.

Reminder: anything of $5,000 or more needs a PO approved by the Town
Manager. The Axon body camera payment ($38,412) is on its own PO.

Ellen Gaudet, Finance Director, Town of South Kingstown

From:       Mercier, Paul
Sent:       Tuesday, February 4, 2025 8:51 AM
To:         Gaudet, Ellen
Subject:    FW: Clearview AI renewal - South Kingstown PD

Ellen, renewal quote below. Our term ends March 31. - Paul

From:       Devon Marsh <devon.marsh@clearview.ai>
Sent:       Monday, February 3, 2025 9:02 AM
To:         Mercier, Paul
Subject:    Clearview AI renewal - South Kingstown PD

Lt. Mercier, pricing for the term starting April 1, 2025:

  Item                            Qty   Unit price        Total
  Clearview AI Investigative       3     $2,150.00     $6,450.00
    seat (12-month term)
  Clearview Mobile app             3         incl.          0.00
  Onboarding webinar                         incl.          0.00
                                              TOTAL    $6,450.00

Keeping all four seats would be $8,600.00 for the term. Our index
now holds over 60 billion facial images. Quote valid for 45 days;
prices exclude any applicable taxes.

Devon Marsh | Public Safety Account Executive | Clearview AI""",
     "Page 2 of 2     SKPD APRA 25-031  000008"),
], "print", SKPD,
    [SKPD, RIFC, "Town of South Kingstown", "South Kingstown Town Council", "Rhode Island State Police"],
    [CV, "Axon"],
    ["Clearview AI Investigative", "Clearview Mobile"],
    [C(6450, 6450, "year", "Three seats comes to $6,450 for the year", SKPD, CV),
     C(7960, 7960, "year", "We paid $7,960 for the year ending March 31, 2025", SKPD, CV),
     C(1990, 1990, "year", "($1,990 a seat)", SKPD, CV, unit="per user"),
     C(2150, 2150, "year", "3     $2,150.00", SKPD, CV, "Clearview AI Investigative", unit="per user"),
     C(8600, 8600, "year", "Keeping all four seats would be $8,600.00 for the term", SKPD, CV)],
    [N(3, "exact", "licenses", None, "from four seats to three", SKPD, CV),
     N(4, "exact", "licenses", None, "[PM] Four seats.", SKPD, CV),
     N(276, "exact", "searches", "year", "The Division ran 276 searches in calendar 2024", SKPD, CV),
     N(14, "exact", "requests", "year", "We sent them 14 requests in 2024", SKPD),
     N(60000000000, "more than", "images", None, "over 60 billion facial images", None, CV)],
    [P("A Clearview result is a lead only and is not probable cause for an arrest.", SKPD, "disclaimer"),
     P("A second detective must review every possible match before it is written into a report.", SKPD,
       "requirement")],
    [E("Mercier, Paul", "Gaudet, Ellen", "Thursday, February 6, 2025 10:14 AM", "RE: FW: " + SUBJ3),
     E("Gaudet, Ellen", "Mercier, Paul", "Wednesday, February 5, 2025 3:37 PM", "RE: FW: " + SUBJ3),
     E("Mercier, Paul", "Gaudet, Ellen", "Tuesday, February 4, 2025 8:51 AM", "FW: " + SUBJ3),
     E("Devon Marsh", "Mercier, Paul", "Monday, February 3, 2025 9:02 AM", SUBJ3)],
    ["2025-02-06", "2025-02-05", "2025-02-04", "2025-02-03", "2025-03-31", "2024", "2025-04-01"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 Washington: Kent PD
KPD = "Kent Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan ID"
doc("04_kent-council-staff-report-cognitec-fr.txt", [
    ("CITY OF KENT - PUBLIC SAFETY COMMITTEE - AGENDA ITEM 4.B", """\
STAFF REPORT

DATE:      September 2, 2025
TO:        Public Safety Committee
FROM:      Rafael Dunmore, Assistant Chief of Police
SUBJECT:   Facial Recognition Software Agreement with Cognitec
           Systems Corporation - Recommend

MOTION: Recommend that Council authorize the Mayor to sign a
three-year agreement with Cognitec Systems Corporation for FaceVACS-
DBScan ID software, in an amount not to exceed $142,500, subject to
final terms and conditions acceptable to the Chief of Police and the
City Attorney.

SUMMARY:
The Kent Police Department has no facial recognition software of its
own. Detectives now send probe images to the Washington State Fusion
Center, which sent back results on 83 requests from Kent in 2024,
with an average turnaround of six days.

FaceVACS-DBScan ID would search the Kent Corrections Facility booking
archive only. The archive holds 61,350 booking photographs of about
38,900 people. It would not search driver license photographs, social
media images or any live camera feed. The agreement provides 10
concurrent user licenses for the eight detectives and two crime
analysts of the Investigations Bureau.

The City issued RFP 25-014 in May 2025 and received three proposals.
Cognitec was ranked first. IDEMIA Public Security proposed $171,300
and DataWorks Plus proposed $158,900 over the same three years.

Under the agreement, Cognitec support staff shall not access probe
images except to resolve a support ticket opened by the Department.

LEGAL REQUIREMENTS:
Chapter 43.386 RCW applies to this purchase. Before the software is
used, the Department must publish an accountability report and hold
at least three community meetings on it, as RCW 43.386.020 requires.""",
     "Staff Report - Cognitec FR Agreement - Page 1 of 2"),
    ("CITY OF KENT - PUBLIC SAFETY COMMITTEE - AGENDA ITEM 4.B", """\
The statute also binds the Department in use:
 - Any decision based on a search that produces legal effects on a
   person must be subject to meaningful human review (RCW 43.386.050).
 - The Department may not use facial recognition for ongoing
   surveillance unless a search warrant authorizes it (RCW 43.386.080).
 - Every user must complete periodic training on the capabilities and
   limits of the service before using it (RCW 43.386.070).

Draft Policy 16.3, Facial Recognition (Exhibit B), would treat every
result as an investigative lead only. It has not been adopted and will
be presented with the accountability report.

FISCAL IMPACT:
  Item                                                        Amount
  ---------------------------------------------------------  ---------
  Software license and installation (one-time)                $78,400
  Annual maintenance and support, years 2 and 3
    ($18,900 per year)                                         $37,800
  On-site administrator and examiner training (3 days)         $6,750
                                                              ---------
  Subtotal                                                    $122,950
  Washington State sales tax (10.4%)                           $12,787
  Contingency                                                   $6,763
                                                              ---------
  Not to exceed                                               $142,500

Funding is available in the Criminal Justice Fund (Fund 10400, BARS
521.21). The Department's application for a $40,000 Byrne JAG award
toward this purchase is pending and is not assumed in this budget.

SUPPORTS STRATEGIC PLAN GOAL: Evolving Infrastructure; Safe and
Healthy Community.

ATTACHMENTS:
  A. Cognitec Systems Price Proposal, RFP 25-014 (12 pages)
  B. Draft Policy 16.3, Facial Recognition
  C. Draft RCW 43.386 Accountability Report""",
     "Staff Report - Cognitec FR Agreement - Page 2 of 2"),
], "pdf", KPD,
    [KPD, "City of Kent", "Kent City Council", "Washington State Fusion Center", "Kent Corrections Facility"],
    [COG, "IDEMIA", "DataWorks Plus"],
    [DBS],
    [C(None, 142500, None, "in an amount not to exceed $142,500", KPD, COG, DBS),
     C(78400, 78400, "one-time", "Software license and installation (one-time)                $78,400", KPD, COG,
       DBS),
     C(18900, 18900, "year", "($18,900 per year)", KPD, COG, DBS),
     C(37800, 37800, None, "Annual maintenance and support, years 2 and 3 ($18,900 per year) $37,800", KPD, COG,
       DBS),
     C(6750, 6750, None, "On-site administrator and examiner training (3 days)         $6,750", KPD, COG, DBS),
     C(122950, 122950, None, "Subtotal                                                    $122,950", KPD, COG,
       DBS)],
    [N(83, "exact", "requests", "year", "results on 83 requests from Kent in 2024", KPD),
     N(61350, "exact", "images", None, "The archive holds 61,350 booking photographs", KPD, COG),
     N(38900, "approximately", "images", None, "about 38,900 people", KPD, COG),
     N(10, "exact", "licenses", None, "10 concurrent user licenses", KPD, COG)],
    [P("Before the software is used, the Department must publish an accountability report and hold at least "
       "three community meetings on it, as RCW 43.386.020 requires.", KPD, "requirement"),
     P("Any decision based on a search that produces legal effects on a person must be subject to meaningful "
       "human review (RCW 43.386.050).", KPD, "requirement"),
     P("The Department may not use facial recognition for ongoing surveillance unless a search warrant "
       "authorizes it (RCW 43.386.080).", KPD, "prohibition"),
     P("Every user must complete periodic training on the capabilities and limits of the service before using "
       "it (RCW 43.386.070).", KPD, "requirement")],
    [],
    ["2025-09-02", "2024", "2025-05"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
