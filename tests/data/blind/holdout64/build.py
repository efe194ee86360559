"""Writes docs/*.txt and labels.json for holdout64 (six invented releases: NE, KY, WV, RI, WY, ND).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on every
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
        assert len(lines) <= MAX_LINES, (file, len(texts) + 1, len(lines))
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


# ---------------------------------------------------------------- 1 Nebraska: North Platte PD
NPPD = "North Platte Police Department"
CV = "Clearview AI"
CVS = "Clearview Search"
doc("01_north-platte-pd-clearview-council-staff-report.txt", [
    (None, """\
CITY OF NORTH PLATTE, NEBRASKA
CITY COUNCIL AGENDA ITEM - STAFF REPORT

Meeting:       Regular Meeting, Tuesday, October 15, 2024, 6:00 p.m.
Agenda item:   7-C (Consent Agenda)                Department: Police
Prepared by:   Capt. Everett Schaal, Support Services Division
Submitted by:  Chief Rachel Vandermolen
Reviewed by:   Finance [X]    City Attorney [X]    City Administrator [X]

SUBJECT
Approval of a three-year subscription agreement with Clearview AI, Inc.
for the Clearview Search investigative facial recognition service, and
authorization for the Mayor to sign the agreement.

BACKGROUND
Detectives now send probe photographs to the Nebraska State Patrol
when they need a facial recognition comparison. Over the past 12 months
the Department sent 61 such requests, and the average turnaround for a
non-priority request was 11 days.

From February through April 2024 the Department used a free Clearview
trial account. Four detectives ran 212 searches during the trial, and
the results gave case officers 19 investigative leads. Clearview
searches a database the company describes as more than 50 billion
publicly available images; it does not search Nebraska driver license
photographs.

Nebraska has no statute that governs police use of facial recognition.
The Department's General Order 4.22, adopted in June 2023, already
applies to every facial recognition comparison, including requests
sent to the State Patrol. Its main provisions are:

  a. A facial recognition result shall be treated as an investigative
     lead only and shall not by itself establish probable cause.
  b. Searches may be run only for an open case, and the case number
     and offense must be entered with every search.
  c. Facial recognition shall not be used to identify people engaged
     in lawful protest or other First Amendment activity.
  d. Only detectives who have completed the vendor's online training
     may hold an account.
  e. Misuse of the system will result in loss of access and discipline
     up to and including termination.""", "Item 7-C  Page 1 of 2"),
    (None, """\
PROPOSAL
The agreement (Attachment A) provides five named user licenses for the
Detective Bureau and the Crime Analyst for a term of November 1, 2024
through October 31, 2027. The service will be used to identify
suspects, victims and witnesses in criminal investigations from
lawfully obtained images. It will not be connected to City cameras or
used on live video.

FISCAL IMPACT
  Fund / account:       101-4210-53610 Police - Software Subscriptions
  FY 2024-25 budgeted:  $24,000 (all Police software subscriptions)

  Clearview AI pricing (Attachment A, Order Form CV-NP-2024-117)
  Yr  Period                   Licenses  Price/license       Total
  1   11/01/2024-10/31/2025        5       $1,900.00     $9,500.00
  2   11/01/2025-10/31/2026        5       $1,900.00     $9,500.00
  3   11/01/2026-10/31/2027        5       $1,995.00     $9,975.00
                                     Three-year total   $28,975.00

  Year 3 reflects the 5% increase allowed by section 4.2 of the
  agreement. Subscriptions bought by the City are exempt from Nebraska
  sales tax. Balance left in the account for FY 2024-25 after this
  purchase: $14,500.

  Item 7-D on this agenda, a separate $31,200 renewal of Flock Safety
  license plate reader cameras, is not part of this request.

ALTERNATIVES
  1. Keep sending all requests to the Nebraska State Patrol (no cost).
  2. Approve a one-year term only, at $9,500, without price protection.

FUTURE REPORTING (PROPOSAL)
Staff proposes that the Council ask the Department for an annual
report of search counts and outcomes. This is not part of tonight's
action.

RECOMMENDATION
Staff recommends approval of the agreement with Clearview AI, Inc.

COUNCIL ACTION: Approved on consent, 7-1 (Councilmember Ortiz voting no)
Attachments:  A - Clearview AI order form and terms (14 pages)
              B - General Order 4.22 (6 pages)""", "Item 7-C  Page 2 of 2"),
], "pdf", NPPD,
    [NPPD, "City of North Platte", "North Platte City Council", "Nebraska State Patrol"],
    [CV, "Flock Safety"],
    [CVS],
    [C(9500, 9500, "year", "1   11/01/2024-10/31/2025        5       $1,900.00     $9,500.00", NPPD, CV, CVS),
     C(1900, 1900, "year", "1   11/01/2024-10/31/2025        5       $1,900.00", NPPD, CV, CVS, unit="per user"),
     C(9975, 9975, "year", "3   11/01/2026-10/31/2027        5       $1,995.00     $9,975.00", NPPD, CV, CVS),
     C(1995, 1995, "year", "3   11/01/2026-10/31/2027        5       $1,995.00", NPPD, CV, CVS, unit="per user"),
     C(28975, 28975, None, "Three-year total   $28,975.00", NPPD, CV, CVS)],
    [N(61, "exact", "requests", "year", "Over the past 12 months the Department sent 61 such requests", NPPD),
     N(4, "exact", "users", None, "Four detectives ran 212 searches", NPPD, CV),
     N(212, "exact", "searches", None, "Four detectives ran 212 searches", NPPD, CV),
     N(19, "exact", "leads", None, "the results gave case officers 19 investigative leads", NPPD, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion publicly available images", None, CV),
     N(5, "exact", "licenses", None, "provides five named user licenses", NPPD, CV)],
    [P("A facial recognition result shall be treated as an investigative lead only and shall not by itself "
       "establish probable cause.", NPPD, "disclaimer"),
     P("Searches may be run only for an open case, and the case number and offense must be entered with every "
       "search.", NPPD, "requirement"),
     P("Facial recognition shall not be used to identify people engaged in lawful protest or other First "
       "Amendment activity.", NPPD, "prohibition"),
     P("Only detectives who have completed the vendor's online training may hold an account.", NPPD,
       "requirement"),
     P("Misuse of the system will result in loss of access and discipline up to and including termination.",
       NPPD, "consequence"),
     P("The service will be used to identify suspects, victims and witnesses in criminal investigations from "
       "lawfully obtained images.", NPPD, "purpose"),
     P("It will not be connected to City cameras or used on live video.", NPPD, "prohibition")],
    [],
    ["2024-10-15", "2024-02", "2024-04", "2023-06", "2024-11-01", "2027-10-31", "2025-10-31", "2025-11-01",
     "2026-10-31", "2026-11-01"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Kentucky: Hopkinsville PD
HPD = "Hopkinsville Police Department"
PTG = "Pennyrile Technology Group"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("02_hopkinsville-pd-cognitec-purchase-order.txt", [
    (None, """\
                         CITY OF HOPKINSVILLE
               101 North Main Street - P.O. Box 707
                    Hopkinsville, Kentucky 42241
                                                  PURCHASE ORDER
                                                  No.   P2500388
                                                  Date  09/23/2024
VENDOR 22871                          SHIP TO
PENNYRILE TECHNOLOGY GROUP LLC        HOPKINSVILLE POLICE DEPARTMENT
2210 FORT CAMPBELL BLVD STE 6         CRIMINAL INVESTIGATIONS DIVISION
HOPKINSVILLE KY 42240                 300 EAST 14TH STREET
PH 270-555-0136                       HOPKINSVILLE KY 42240

REQ NO    BUYER      DEPT  SHIP VIA   F.O.B.       TERMS   AUTHORITY
R25-0612  DMCCLURE   2130  BEST WAY   DESTINATION  NET 30  KRS 45A.380

LINE QTY UOM DESCRIPTION / ACCOUNT                UNIT COST    EXTENDED
---- --- --- ----------------------------------  ---------- -----------
  1   1  EA  COGNITEC FACEVACS-DBSCAN LE SERVER   24,800.00   24,800.00
             LICENSE, PERPETUAL, GALLERY UP TO
             250,000 IMAGES     ACCT 001-2130-54410
  2   1  LOT FACEVACS-DBSCAN LE CLIENT LICENSES    5,400.00    5,400.00
             (3 INVESTIGATOR WORKSTATIONS),
             PERPETUAL          ACCT 001-2130-54410
  3   1  YR  SOFTWARE MAINTENANCE AND SUPPORT,     5,436.00    5,436.00
             YEAR 1 (10/01/2024-09/30/2025),
             18% OF LICENSE FEES
                                ACCT 001-2130-54420
  4   1  EA  MUGSHOT MIGRATION FROM CHRISTIAN      3,750.00    3,750.00
             COUNTY JAIL BOOKING SYSTEM
                                ACCT 001-2130-54410
  5   2  EA  DELL OPTIPLEX 7010 DESKTOP,           1,049.00    2,098.00
             RECORDS UNIT REPLACEMENT
                                ACCT 001-2130-54300
  6          FREIGHT                                              42.50
                                                          -----------
                               SUBTOTAL                    41,526.50
                               KY SALES TAX 6%   EXEMPT         0.00
                               PO TOTAL                    41,526.50

INVOICE IN DUPLICATE TO: CITY OF HOPKINSVILLE, ACCOUNTS PAYABLE. SHOW
PO NUMBER ON ALL INVOICES AND PACKING SLIPS. TAX EXEMPT NO. 61-6001218.
AUTHORIZED SIGNATURE ______________________  PURCHASING AGENT""", "HPD ORR 24-118  p. 0007"),
    (None, """\
CITY OF HOPKINSVILLE
NONCOMPETITIVE NEGOTIATION DETERMINATION
(KRS 45A.380; City Procurement Policy, section 6.4)

Requisition:  R25-0612                 Department: Police (2130)
Vendor:       Pennyrile Technology Group LLC (Cognitec reseller)
Amount:       $41,526.50 (all requisition lines)
Funding:      001-2130-54410 ($52,000 budgeted, all Police software)

1. What is being bought
A facial recognition search system, Cognitec FaceVACS-DBScan LE, that
compares a photograph of an unknown person with booking photographs.
The gallery will start with the 61,480 booking photographs taken at
the Christian County Jail since 2009, of about 38,000 people. Seven
Division members will have examiner accounts.

2. Why one source
FaceVACS-DBScan LE runs entirely on City servers, so no probe image or
booking photograph leaves the City network. Clearview AI quoted
$10,000 a year for five users, but its service searches images taken
from the internet and runs on the vendor's servers, and the Division
did not consider it further. Pennyrile is the only Cognitec reseller
licensed to sell in Kentucky. In 2023 detectives sent 37 photographs
to the Kentucky Intelligence Fusion Center for comparison, at no
charge to the City.

3. Use of the system
Use will be governed by HPD General Order 600.14, Facial Recognition,
effective September 1, 2024:
 - A search may be run only for a criminal investigation or to
   identify a deceased or incapacitated person.
 - Every candidate must be reviewed by a second examiner before it is
   sent to the case detective.
 - The system may not be used on live or recorded video, or to
   monitor crowds.
 - A possible match is not probable cause and cannot be the only basis
   for an arrest.
 - Examiners may share a possible match with another law enforcement
   agency only through a supervisor.
Requested: Maj. Theo Burkhart, CID Commander            09/16/2024
Approved:  Dana McClure, Purchasing Agent               09/19/2024""", "HPD ORR 24-118  p. 0008"),
], "pdf", HPD,
    [HPD, "City of Hopkinsville", "Christian County Jail", "Kentucky Intelligence Fusion Center"],
    [PTG, COG, "Dell", CV],
    [DBS, "Dell OptiPlex 7010"],
    [C(24800, 24800, "one-time", "COGNITEC FACEVACS-DBSCAN LE SERVER   24,800.00   24,800.00", HPD, PTG, DBS),
     C(5400, 5400, "one-time", "FACEVACS-DBSCAN LE CLIENT LICENSES    5,400.00    5,400.00", HPD, PTG, DBS),
     C(5436, 5436, "year", "SOFTWARE MAINTENANCE AND SUPPORT,     5,436.00    5,436.00", HPD, PTG, DBS),
     C(3750, 3750, None, "MUGSHOT MIGRATION FROM CHRISTIAN      3,750.00    3,750.00", HPD, PTG, DBS)],
    [N(3, "exact", "licenses", None, "(3 INVESTIGATOR WORKSTATIONS)", HPD, PTG),
     N(61480, "exact", "images", None, "The gallery will start with the 61,480 booking photographs", HPD, COG),
     N(38000, "approximately", "images", None, "of about 38,000 people", HPD, COG),
     N(7, "exact", "users", None, "Seven Division members will have examiner accounts", HPD, COG),
     N(37, "exact", "requests", "year", "In 2023 detectives sent 37 photographs to the Kentucky Intelligence "
       "Fusion Center", HPD)],
    [P("A search may be run only for a criminal investigation or to identify a deceased or incapacitated "
       "person.", HPD, "purpose"),
     P("Every candidate must be reviewed by a second examiner before it is sent to the case detective.", HPD,
       "requirement"),
     P("The system may not be used on live or recorded video, or to monitor crowds.", HPD, "prohibition"),
     P("A possible match is not probable cause and cannot be the only basis for an arrest.", HPD, "disclaimer"),
     P("Examiners may share a possible match with another law enforcement agency only through a supervisor.",
       HPD, "permission")],
    [],
    ["2024-09-23", "2024-10-01", "2025-09-30", "2009", "2023", "2024-09-01", "2024-09-16", "2024-09-19"],
    scan="pdf")


# ---------------------------------------------------------------- 3 West Virginia: Morgantown PD
MPD = "Morgantown Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
MCSO = "Monongalia County Sheriff's Office"
SUBJ = "FaceSearch renewal - FY26 budget questions"
GH = "3/14/25, 9:51 AM   " + ("City of Morgantown Mail - " + SUBJ)[:52] + "..."  # browser print title
GF = "https://mail.google.com/mail/u/0/?ik=5e2a91c0d4&view=pt&search=all"
doc("03_morgantown-pd-facesearch-gmail-inline.txt", [
    (GH, """\
City of Morgantown                 Nadia Okafor <n.okafor@mgtwv.example>

""" + SUBJ + """
4 messages

Lena Brightwater <lena.b@mgtwv.example>    Mon, Mar 10, 2025 at 9:02 AM
To: Nadia Okafor <n.okafor@mgtwv.example>
Cc: Grant Feeney <g.feeney@mgtwv.example>

Lt. Okafor,

I'm working through the FY26 software requests and have a few
questions on the Motorola Solutions line before it goes to the City
Manager.

1. The quote (Q-2025-04417) is $14,250. Is that for one year?
2. Who are the users?
3. Is this part of the license plate reader contract?
4. Council members have asked whether the PD has a written policy.
5. Can you give me any usage numbers for last year?

Thanks,
Lena

Lena Brightwater | Budget Analyst, Finance Department
City of Morgantown | 389 Spruce Street | (304) 555-0172

Nadia Okafor <n.okafor@mgtwv.example>      Mon, Mar 10, 2025 at 4:37 PM
To: Lena Brightwater <lena.b@mgtwv.example>
Cc: Grant Feeney <g.feeney@mgtwv.example>

Lena - answers inline below. -Nadia

On Mon, Mar 10, 2025 at 9:02 AM Lena Brightwater <lena.b@mgtwv.example>
wrote:
> 1. The quote (Q-2025-04417) is $14,250. Is that for one year?

Yes. $14,250 is the FaceSearch subscription for July 1, 2025 through
June 30, 2026: ten named users at $1,425 each. We paid $12,900 for the
current year, so it is a 10.5% increase.""", GF + "   1/3"),
    (GH, """\
> 2. Who are the users?

Detectives, the crime analyst and me. Only seven of the users ran a
search in 2024, so I may drop us to eight seats next year.

> 3. Is this part of the license plate reader contract?

No. Both are Motorola (Vigilant) products and use the same LEARN
login, but the 22 LPR cameras are on a separate contract ($61,600 a
year, Public Safety Fund). FaceSearch is only the face comparison
piece and is billed on its own quote.

> 4. Council members have asked whether the PD has a written policy.

Yes - General Order 41-07, Facial Recognition, signed by the Chief on
August 5, 2023. The main rules:
 - A FaceSearch result is an investigative lead only. It is never
   probable cause for an arrest or a warrant on its own.
 - Every search needs a case number and the offense in the notes
   field, and a sergeant reviews the search log every month.
 - No searches of people at lawful protests or public meetings.
 - Users must finish Vigilant's FaceSearch training and our 2-hour
   in-house face comparison class before they get a login.
There is nothing in state law that limits us here; West Virginia has
no facial recognition statute.

> 5. Can you give me any usage numbers for last year?

Calendar 2024: 286 searches. 41 of them returned a candidate we sent
to the case detective, and 8 of those cases ended in an arrest where
FaceSearch was one of the leads. Our own gallery in FaceSearch is
52,300 booking photos; through the shared gallery we can also search
roughly 18 million images contributed by other agencies.

Lt. Nadia Okafor
Criminal Investigations, Morgantown Police Department
(304) 555-0119""", GF + "   2/3"),
    (GH, """\
Lena Brightwater <lena.b@mgtwv.example>    Tue, Mar 11, 2025 at 8:15 AM
To: Nadia Okafor <n.okafor@mgtwv.example>
Cc: Grant Feeney <g.feeney@mgtwv.example>

Thanks, this is very helpful. Two follow-ups:
- Grant heard the Monongalia County Sheriff's Office pays about
  $7,000 a year for FaceSearch. Why is ours twice that?
- Does WV sales tax apply? The quote PDF shows a 6% line.

[Quoted text hidden]


Nadia Okafor <n.okafor@mgtwv.example>     Tue, Mar 11, 2025 at 10:48 AM
To: Lena Brightwater <lena.b@mgtwv.example>
Cc: Grant Feeney <g.feeney@mgtwv.example>

On Tue, Mar 11, 2025 at 8:15 AM Lena Brightwater <lena.b@mgtwv.example>
wrote:
> - Grant heard the Monongalia County Sheriff's Office pays about
>   $7,000 a year for FaceSearch. Why is ours twice that?

They have five seats and search only their own gallery; we have ten
seats plus the shared gallery.

> - Does WV sales tax apply? The quote PDF shows a 6% line.

No. The City is exempt (W. Va. Code 11-15-9). Motorola will reissue
the quote without the $855.00 tax line.

-Nadia
[Quoted text hidden]""", GF + "   3/3"),
], "print", MPD,
    [MPD, "City of Morgantown", MCSO],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN"],
    [C(14250, 14250, "year", "$14,250 is the FaceSearch subscription for July 1, 2025 through June 30, 2026",
       MPD, MSI, VFS),
     C(1425, 1425, "year", "ten named users at $1,425 each", MPD, MSI, VFS, unit="per user"),
     C(12900, 12900, "year", "We paid $12,900 for the current year", MPD, MSI, VFS),
     C(7000, 7000, "year", "pays about $7,000 a year for FaceSearch", MCSO, MSI, VFS)],
    [N(10, "exact", "licenses", None, "ten named users at $1,425 each", MPD, MSI),
     N(7, "exact", "users", "year", "Only seven of the users ran a search in 2024", MPD, MSI),
     N(286, "exact", "searches", "year", "Calendar 2024: 286 searches", MPD, MSI),
     N(41, "exact", "leads", "year", "41 of them returned a candidate we sent to the case detective", MPD, MSI),
     N(8, "exact", "arrests", "year", "8 of those cases ended in an arrest", MPD, MSI),
     N(52300, "exact", "images", None, "Our own gallery in FaceSearch is 52,300 booking photos", MPD, MSI),
     N(18000000, "approximately", "images", None, "roughly 18 million images contributed by other agencies",
       None, MSI),
     N(5, "exact", "licenses", None, "They have five seats", MCSO, MSI)],
    [P("A FaceSearch result is an investigative lead only. It is never probable cause for an arrest or a "
       "warrant on its own.", MPD, "disclaimer"),
     P("Every search needs a case number and the offense in the notes field, and a sergeant reviews the "
       "search log every month.", MPD, "requirement"),
     P("No searches of people at lawful protests or public meetings.", MPD, "prohibition"),
     P("Users must finish Vigilant's FaceSearch training and our 2-hour in-house face comparison class before "
       "they get a login.", MPD, "requirement")],
    [E("Lena Brightwater", "Nadia Okafor", "Mon, Mar 10, 2025 at 9:02 AM", SUBJ),
     E("Nadia Okafor", "Lena Brightwater", "Mon, Mar 10, 2025 at 4:37 PM", SUBJ),
     E("Lena Brightwater", None, "Mon, Mar 10, 2025 at 9:02 AM", None),
     E("Lena Brightwater", "Nadia Okafor", "Tue, Mar 11, 2025 at 8:15 AM", SUBJ),
     E("Nadia Okafor", "Lena Brightwater", "Tue, Mar 11, 2025 at 10:48 AM", SUBJ),
     E("Lena Brightwater", None, "Tue, Mar 11, 2025 at 8:15 AM", None)],
    ["2025-03-14", "2025-03-10", "2025-07-01", "2026-06-30", "2024", "2023-08-05", "2025-03-11"],
    scan="print")


# ---------------------------------------------------------------- 4 Rhode Island: Narragansett PD (MOU)
NPD = "Narragansett Police Department"
NKPD = "North Kingstown Police Department"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
MF = "NPD APRA 2025-022"
doc("04_narragansett-pd-north-kingstown-idemia-mou.txt", [
    (None, """\
                   MEMORANDUM OF UNDERSTANDING
                           between the
           NORTH KINGSTOWN POLICE DEPARTMENT ("NKPD")
                             and the
             NARRAGANSETT POLICE DEPARTMENT ("NPD")
     for Shared Use of a Facial Recognition Search Workstation
                       MOU No. NK-2024-07

1. PARTIES AND PURPOSE
1.1 This Memorandum of Understanding ("MOU") is entered into by the
    Town of North Kingstown, acting through NKPD, and the Town of
    Narragansett, acting through NPD (each a "Party").
1.2 NKPD operates IDEMIA MorphoFace Investigate, a facial recognition
    search application, on a workstation at NKPD headquarters. This
    MOU sets the terms on which NPD detectives may use it.
1.3 The system shall be used only to help identify suspects, victims,
    witnesses and missing or deceased persons in criminal and death
    investigations, from lawfully obtained images.

2. BACKGROUND
2.1 NKPD bought the software in 2023 for $63,400, of which $48,000
    came from a Byrne Justice Assistance Grant subaward made by the
    Rhode Island Public Safety Grant Administration Office (subaward
    2022-JAG-LE-019). NPD contributed nothing to the purchase and
    acquires no ownership in it.
2.2 IDEMIA bills NKPD $11,200 per year for maintenance, support and
    algorithm updates.
2.3 The gallery holds 142,750 booking photographs taken by the Parties
    since 2006, of which 31,600 were taken by NPD.

3. ACCESS
3.1 NKPD will issue two (2) named user accounts to NPD.
3.2 Before an account is issued, each NPD user shall complete IDEMIA's
    operator course and NKPD's 8-hour face comparison course.
3.3 NPD users shall run searches only at the NKPD workstation or
    through the NKPD virtual desktop, and shall not export the gallery
    or any part of it.""", MF + " 000014"),
    (None, """\
4. RULES OF USE
4.1 Each search shall be tied to an open NPD case number, which the
    user shall enter with the search.
4.2 A candidate returned by the system is an investigative lead only
    and shall not be the sole basis for an arrest, a search warrant or
    any other enforcement action.
4.3 No Party shall use the system to identify persons engaged in
    lawful protest, religious activity or other activity protected by
    the First Amendment, or on live or recorded video.
4.4 NPD users may share a candidate with the Rhode Island Department
    of the Attorney General or another prosecuting agency in a case in
    which charges are brought.
4.5 An NKPD examiner shall review every candidate before NPD acts on
    it.

5. COST SHARING
5.1 NPD shall pay NKPD $2,800 per year, which is 25 percent of the
    maintenance fee in 2.2, or $1,400 for each named user account.
5.2 Payment is due by July 31 of each year of the term. The first
    payment, for July 1, 2024 - June 30, 2025, is not prorated.
5.3 If NPD users run more than 400 searches in a year, the Parties
    will meet to revisit the cost share.
5.4 This MOU does not cover the Flock Safety license plate readers the
    Parties share under a separate agreement dated March 8, 2022.

6. RECORDS, AUDIT AND DISCIPLINE
6.1 NKPD shall keep the search log for three years and shall audit NPD
    searches every quarter.
6.2 From January through June 2024, before this MOU, NKPD examiners
    ran 58 searches at NPD's request under an informal arrangement.
6.3 If an audit finds a search that breaks section 4, NKPD may suspend
    the user's account at once. Discipline of NPD personnel remains
    with the Chief of Police of NPD under NPD policy.
6.4 Search records are public only as provided by the Access to Public
    Records Act, R.I. Gen. Laws 38-2-1 et seq.

7. TERM
7.1 This MOU takes effect July 1, 2024 and ends June 30, 2027. Either
    Party may end it on 30 days' written notice to the other.""",
     MF + " 000015"),
    (None, """\
8. SIGNATURES

FOR THE TOWN OF NORTH KINGSTOWN

_______________________________          Date: June 18, 2024
Col. Ashton M. Ferreira, Chief of Police
North Kingstown Police Department

_______________________________          Date: June 20, 2024
Town Manager, Town of North Kingstown


FOR THE TOWN OF NARRAGANSETT

_______________________________          Date: June 24, 2024
Chief Dolores R. Quintal, Chief of Police
Narragansett Police Department

_______________________________          Date: June 24, 2024
Town Manager, Town of Narragansett


Approved as to form:  Town Solicitor, Town of Narragansett
                      (no changes)""", MF + " 000016"),
], "pdf", NPD,
    [NPD, NKPD, "Town of Narragansett", "Town of North Kingstown",
     "Rhode Island Public Safety Grant Administration Office", "Rhode Island Department of the Attorney General"],
    [IDM, "Flock Safety"],
    [MFI],
    [C(63400, 63400, None, "NKPD bought the software in 2023 for $63,400", NKPD, IDM, MFI),
     C(48000, 48000, "one-time", "$48,000 came from a Byrne Justice Assistance Grant subaward", NKPD, IDM, MFI),
     C(11200, 11200, "year", "IDEMIA bills NKPD $11,200 per year", NKPD, IDM, MFI),
     C(2800, 2800, "year", "NPD shall pay NKPD $2,800 per year", NPD, IDM, MFI),
     C(1400, 1400, "year", "$1,400 for each named user account", NPD, IDM, MFI, unit="per user")],
    [N(142750, "exact", "images", None, "The gallery holds 142,750 booking photographs", NKPD, IDM),
     N(31600, "exact", "images", None, "of which 31,600 were taken by NPD", NPD, IDM),
     N(2, "exact", "users", None, "NKPD will issue two (2) named user accounts to NPD", NPD, IDM),
     N(58, "exact", "requests", None, "ran 58 searches at NPD's request", NPD, IDM)],
    [P("The system shall be used only to help identify suspects, victims, witnesses and missing or deceased "
       "persons in criminal and death investigations, from lawfully obtained images.", NKPD, "purpose"),
     P("Before an account is issued, each NPD user shall complete IDEMIA's operator course and NKPD's 8-hour "
       "face comparison course.", NPD, "requirement"),
     P("NPD users shall run searches only at the NKPD workstation or through the NKPD virtual desktop", NPD,
       "requirement"),
     P("shall not export the gallery or any part of it.", NPD, "prohibition"),
     P("Each search shall be tied to an open NPD case number, which the user shall enter with the search.",
       NPD, "requirement"),
     P("A candidate returned by the system is an investigative lead only and shall not be the sole basis for "
       "an arrest, a search warrant or any other enforcement action.", NPD, "disclaimer"),
     P("No Party shall use the system to identify persons engaged in lawful protest, religious activity or "
       "other activity protected by the First Amendment, or on live or recorded video.", NPD, "prohibition"),
     P("NPD users may share a candidate with the Rhode Island Department of the Attorney General or another "
       "prosecuting agency in a case in which charges are brought.", NPD, "permission"),
     P("An NKPD examiner shall review every candidate before NPD acts on it.", NKPD, "requirement"),
     P("NKPD shall keep the search log for three years and shall audit NPD searches every quarter.", NKPD,
       "requirement"),
     P("If an audit finds a search that breaks section 4, NKPD may suspend the user's account at once.", NKPD,
       "consequence")],
    [],
    ["2023", "2006", "2024-07-01", "2025-06-30", "2022-03-08", "2024-01", "2024-06", "2027-06-30",
     "2024-06-18", "2024-06-20", "2024-06-24"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Wyoming: Teton County SO (Teams)
TCSO = "Teton County Sheriff's Office"
AWS = "Amazon Web Services"
REK = "Amazon Rekognition"
doc("05_teton-county-so-rekognition-teams-export.txt", [
    (None, """\
Microsoft Purview eDiscovery (Standard) - Teams conversation export
Case: TCSO Public Records 2025-014     Exported: 2025-04-22 16:05 UTC
Team: TCSO Investigations              Channel: General
Items: 13                      Date range: 2025-03-03 to 2025-03-06
Custodians: Harnish, Cole; Tso, Mariah; Sayles, Owen; Pruitt, Jenna
=====================================================================

POST   Tso, Mariah   2025-03-03 08:14 AM
Rekognition update for the budget meeting. The pilot collection now
holds 24,870 booking photos from the detention center (everything
since 2012). I ran 96 searches in February for 11 cases.

    REPLY   Sayles, Owen   2025-03-03 08:31 AM
    What did February cost us?

    REPLY   Tso, Mariah   2025-03-03 08:40 AM
    The county AWS bill shows $3.87 for Rekognition in February.
    Rekognition charges $1 per 1,000 images searched plus a tiny
    storage charge for the face vectors. The S3 bucket the photos
    sit in is on county IT's bill, about $14 a month, and it holds
    other stuff too.

    REPLY   Pruitt, Jenna   2025-03-03 09:02 AM
    For FY26 I need one number. Can I put $1,200 for the year? That
    leaves room if more people get access.

    REPLY   Sayles, Owen   2025-03-03 09:05 AM
    Use $1,200. Put it under 10-4310-5425 (software), not the Axon
    line. The Axon body camera renewal ($38,640) is separate.
        [Reactions: Like 2]

POST   Harnish, Cole   2025-03-04 02:22 PM
Who has access right now? The Sheriff wants a list before he signs
the directive.

    REPLY   Tso, Mariah   2025-03-04 02:30 PM
    Three of us can log in to the search page: me, Det. Lujan and
    Sgt. Ambrose. Five more detectives have asked for access.

    REPLY   Harnish, Cole   2025-03-04 02:41 PM
    OK. Until the directive is signed nobody new gets a login.""", "TCSO PR 2025-014  1/2"),
    (None, """\
POST   Sayles, Owen   2025-03-05 07:58 AM
Sheriff signed Interim Directive 25-02 (Facial Recognition) this
morning. Summary for the channel:
1) Rekognition may be used only to compare a probe photo from an
   open TCSO case against our booking photos.
2) A match is a lead, not probable cause. Nothing gets charged on a
   match alone.
3) No use on live video, body camera footage, or photos of people at
   protests or public events.
4) Log the case number and the similarity score for every search.
5) Personal or non-case searches = loss of access and an IA referral.
Full text is in the Policies folder.
        [Reactions: Like 3]

    REPLY   Tso, Mariah   2025-03-05 08:06 AM
    Got it. FYI there's no county policy that says we can't use AWS
    for this, IT checked.

    REPLY   Pruitt, Jenna   2025-03-05 08:20 AM
    For comparison, the Natrona County Sheriff's Office told me they
    pay about $9,500 a year for a commercial face recognition product.

    REPLY   Sayles, Owen   2025-03-05 08:24 AM
    Different setup. We stay with Rekognition for FY26 and revisit
    after a year of data. Mariah, keep the monthly counts coming.

POST   Tso, Mariah   2025-03-06 04:45 PM
Monthly counts so far (pilot started Oct 2024):
  Oct 2024 - 41 searches
  Nov 2024 - 63 searches
  Dec 2024 - 58 searches
  Jan 2025 - 77 searches
  Feb 2025 - 96 searches
That's 335 searches total. 19 came back with a candidate I passed to
the case deputy, and 2 of those led to an arrest.
        [Reactions: Like 1]

--- End of conversation export (13 items) ---""", "TCSO PR 2025-014  2/2"),
], "pdf", TCSO,
    [TCSO, "Teton County", "Natrona County Sheriff's Office"],
    [AWS, "Axon"],
    [REK, "Amazon S3"],
    [C(3.87, 3.87, "month", "The county AWS bill shows $3.87 for Rekognition in February", TCSO, AWS, REK),
     C(1, 1, None, "Rekognition charges $1 per 1,000 images searched", TCSO, AWS, REK, unit="per 1,000 images"),
     C(1200, 1200, "year", "Can I put $1,200 for the year?", TCSO, AWS, REK),
     C(9500, 9500, "year", "pay about $9,500 a year for a commercial face recognition product",
       "Natrona County Sheriff's Office", None)],
    [N(24870, "exact", "images", None, "The pilot collection now holds 24,870 booking photos", TCSO, AWS),
     N(96, "exact", "searches", "month", "I ran 96 searches in February", TCSO, AWS),
     N(3, "exact", "users", None, "Three of us can log in to the search page", TCSO, AWS),
     N(41, "exact", "searches", "month", "Oct 2024 - 41 searches", TCSO, AWS),
     N(63, "exact", "searches", "month", "Nov 2024 - 63 searches", TCSO, AWS),
     N(58, "exact", "searches", "month", "Dec 2024 - 58 searches", TCSO, AWS),
     N(77, "exact", "searches", "month", "Jan 2025 - 77 searches", TCSO, AWS),
     N(335, "exact", "searches", None, "That's 335 searches total", TCSO, AWS),
     N(19, "exact", "leads", None, "19 came back with a candidate I passed to the case deputy", TCSO, AWS),
     N(2, "exact", "arrests", None, "2 of those led to an arrest", TCSO, AWS)],
    [P("Until the directive is signed nobody new gets a login.", TCSO, "prohibition"),
     P("Rekognition may be used only to compare a probe photo from an open TCSO case against our booking "
       "photos.", TCSO, "purpose"),
     P("A match is a lead, not probable cause. Nothing gets charged on a match alone.", TCSO, "disclaimer"),
     P("No use on live video, body camera footage, or photos of people at protests or public events.", TCSO,
       "prohibition"),
     P("Log the case number and the similarity score for every search.", TCSO, "requirement"),
     P("Personal or non-case searches = loss of access and an IA referral.", TCSO, "consequence")],
    [],
    ["2025-04-22", "2025-03-03", "2025-03-06", "2012", "2025-03-04", "2025-03-05", "2024-10", "2024-11",
     "2024-12", "2025-01", "2025-02"],
    scan=None)


# ---------------------------------------------------------------- 6 North Dakota: Jamestown PD (CSV)
JPD = "Jamestown Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
CSQ = "CentralSquare Technologies"
MONTHS = [("Jan", 9, 2, 0, "22.2"), ("Feb", 12, 3, 1, "25.0"), ("Mar", 14, 3, 0, "21.4"),
          ("Apr", 11, 2, 1, "18.2"), ("May", 16, 4, 1, "25.0"), ("Jun", 13, 3, 0, "23.1"),
          ("Jul", 15, 3, 1, "20.0"), ("Aug", 18, 4, 1, "22.2"), ("Sep", 12, 2, 0, "16.7"),
          ("Oct", 14, 3, 1, "21.4"), ("Nov", 11, 2, 0, "18.2"), ("Dec", 13, 3, 1, "23.1")]
assert sum(m[1] for m in MONTHS) == 158 and sum(m[2] for m in MONTHS) == 34 and sum(m[3] for m in MONTHS) == 7
assert all(abs(100 * m[2] / m[1] - float(m[4])) < 0.05 for m in MONTHS)
MONTH_ROWS = "\n".join(f'"{m[0]}","{m[1]}","{m[2]}","{m[3]}","{m[4]}%"' for m in MONTHS)
doc("06_jamestown-pd-neoface-tracking-csv-export.txt", [
    (None, """\
JAMESTOWN POLICE DEPARTMENT - RECORDS UNIT
Open records request JPD-ORR-2025-031 (N.D.C.C. 44-04-18)
Responsive record 3 of 3: "FR_program_tracking_2024.xlsx"
Exported from Excel to CSV, one block per sheet, on 02/11/2025 by
R. Lindqvist, Records Supervisor. Formulas appear as their values;
column widths and cell colors are not kept; every field is quoted.
Sheet 1 amounts are charged to Fund 101 except row 5 (Fund 215).

#--- Sheet 1 of 4: Costs ---
"Row","Date","Vendor","Description","Qty","Amount"
"1","01/08/2024","NEC","NeoFace Reveal subscription, CY2024","4","16800.00"
"2","01/08/2024","NEC","Examiner onboarding, 2 days","","3150.00"
"3","02/02/2024","CentralSquare","Mugshot feed to NeoFace","","2400.00"
"4","03/15/2024","Thomson Reuters","CLEAR, 3 users","","5940.00"
"5","04/01/2024","Axon","Body camera licenses, 22 officers","","31680.00"
"6","06/20/2024","JT Office Supply","Monitors (2), front desk","2","379.98"
"7","06/20/2024","JT Office Supply","Shipping","","24.00"
"8","","","TOTAL","","60373.98"
"","","","Sales tax not charged (City exempt, cert. E-4471)","",""

#--- Sheet 2 of 4: Searches 2024 ---
"Month","Searches","Candidates to case officer","Arrests","Lead rate"
""" + MONTH_ROWS + """
"Total","158","34","7","21.5%\"""", "JPD-ORR-2025-031  p. 1"),
    (None, """\
#--- Sheet 3 of 4: Program facts ---
"Item","Value","Source"
"Gallery size 12/31/2024 (booking photos)","41216","NEC admin console"
"Unique persons in gallery","27390","NEC admin console"
"Users who ran a search in 2024","3","NeoFace audit log"
"Searches run for other agencies in 2024","6","JPD case log"
"Photo sources","JPD and Stutsman County Correctional Center",""

#--- Sheet 4 of 4: Policy checklist (JPD Policy 4.19) ---
"Sec","Requirement","Met in 2024"
"4.19.2","Facial recognition may be used only to identify suspects,
victims and witnesses in JPD criminal investigations.","Yes"
"4.19.3","Searches shall be run only by trained examiners and only
with an open case number.","Yes"
"4.19.5","A candidate is an investigative lead only and is not
probable cause for arrest.","Yes"
"4.19.6","Examiners shall not search images of people engaged in
lawful protest.","Yes"
"4.19.8","The Chief shall review the search log every quarter.","Partial
- Q3 review missed"
"4.19.9","Misuse may result in discipline up to and including
termination.","N/A"
"4.19.10 (draft, not adopted)","Proposed: examiners may run searches
for other agencies on written request.","N/A\"""", "JPD-ORR-2025-031  p. 2"),
], "pdf", JPD,
    [JPD, "Stutsman County Correctional Center"],
    [NEC, CSQ, "Thomson Reuters", "Axon", "JT Office Supply"],
    [NFR, "CLEAR"],
    [C(16800, 16800, "year", '"NeoFace Reveal subscription, CY2024","4","16800.00"', JPD, NEC, NFR),
     C(3150, 3150, None, '"NEC","Examiner onboarding, 2 days","","3150.00"', JPD, NEC, NFR),
     C(2400, 2400, None, '"Mugshot feed to NeoFace","","2400.00"', JPD, CSQ, NFR)],
    [N(4, "exact", "licenses", None, '"NeoFace Reveal subscription, CY2024","4"', JPD, NEC)]
    + [N(m[1], "exact", "searches", "month", f'"{m[0]}","{m[1]}"', JPD, NEC) for m in MONTHS]
    + [N(158, "exact", "searches", "year", '"Total","158"', JPD, NEC),
       N(34, "exact", "leads", "year", '"Total","158","34"', JPD, NEC),
       N(7, "exact", "arrests", "year", '"Total","158","34","7"', JPD, NEC),
       N(41216, "exact", "images", None, '"Gallery size 12/31/2024 (booking photos)","41216"', JPD, NEC),
       N(27390, "exact", "images", None, '"Unique persons in gallery","27390"', JPD, NEC),
       N(3, "exact", "users", "year", '"Users who ran a search in 2024","3"', JPD, NEC),
       N(6, "exact", "requests", "year", '"Searches run for other agencies in 2024","6"', JPD, NEC)],
    [P("Facial recognition may be used only to identify suspects, victims and witnesses in JPD criminal "
       "investigations.", JPD, "purpose"),
     P("Searches shall be run only by trained examiners and only with an open case number.", JPD,
       "requirement"),
     P("A candidate is an investigative lead only and is not probable cause for arrest.", JPD, "disclaimer"),
     P("Examiners shall not search images of people engaged in lawful protest.", JPD, "prohibition"),
     P("The Chief shall review the search log every quarter.", JPD, "requirement"),
     P("Misuse may result in discipline up to and including termination.", JPD, "consequence")],
    [],
    ["2025-02-11", "2024-01-08", "2024-02-02", "2024-03-15", "2024-04-01", "2024-06-20", "2024-12-31", "2024"],
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
