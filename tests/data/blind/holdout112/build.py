"""Writes docs/*.txt and labels.json for holdout112 (four invented releases: MI, NC, HI, WY).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout19 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per)."""
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



# ---------------------------------------------------------------- 1 Michigan: Dearborn PD (audit memo)
DPD = "Dearborn Police Department"
MSP = "Michigan State Police"
DWP = "DataWorks Plus"
CV = "Clearview AI"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
#            SNAP  CV  outside  candidate lists  leads
ROWS = [(14, 9, 1, 15, 5), (11, 7, 0, 12, 4), (16, 10, 2, 18, 6), (12, 8, 1, 13, 3),
        (19, 6, 0, 17, 7), (15, 11, 1, 16, 5), (13, 12, 0, 19, 6), (17, 9, 2, 18, 4),
        (10, 7, 1, 11, 3), (18, 13, 0, 20, 8), (12, 8, 1, 14, 5), (9, 6, 0, 10, 2)]
TOT = [sum(r[i] for r in ROWS) for i in range(5)]


def _row(label, vals):
    return f"{label:<10}{vals[0]:>8}{vals[1]:>11}{vals[2]:>10}{vals[3]:>12}{vals[4]:>9}"


TABLE = "\n".join(
    ["Month         SNAP  Clearview   Outside   Candidate    Leads",
     "          searches   searches  requests       lists assigned",
     "-" * 59]
    + [_row(f"{m} 2024", r) for m, r in zip(MONTHS, ROWS)]
    + ["-" * 59, _row("Total", TOT)])
MI_MONTH_COUNTS = []
for m, r in zip(MONTHS, ROWS):
    line = _row(f"{m} 2024", r)
    MI_MONTH_COUNTS.append(N(r[0], "exact", "searches", "month", line[:18], DPD, DWP))
    MI_MONTH_COUNTS.append(N(r[1], "exact", "searches", "month", line[:29], DPD, CV))
TOTLINE = _row("Total", TOT)
assert TOT == [166, 106, 9, 183, 58], TOT

doc("01_dearborn-pd-fr-search-audit-2024.txt", [
    (None, """\
CITY OF DEARBORN - POLICE DEPARTMENT
Office of Professional Standards
16099 Michigan Avenue, Dearborn, MI 48126      Tel. (313) 555-0192

INTERNAL AUDIT MEMORANDUM                       Audit No. OPS-2025-02

TO:      Chief of Police
FROM:    Lt. Nadia Haddad-Kerr, Office of Professional Standards
CC:      Deputy Chief, Investigative Services; Corporation Counsel
DATE:    February 12, 2025
RE:      Facial recognition searches, January 1 - December 31, 2024

1. Scope
This audit covers every facial recognition search run by or for the
Dearborn Police Department in calendar year 2024. Members have two
tools: the Statewide Network of Agency Photos (SNAP), which the
Michigan State Police operate on the DataWorks Plus FACE Plus
platform, and a Clearview AI subscription held by the Detective
Bureau since 2022. Searches that the Michigan State Police or the
Detroit Police Department's Real Time Crime Center ran at our request
appear in the "Outside requests" column and are not part of the
SNAP or Clearview totals.

2. Access and cost
SNAP access is provided by the Michigan State Police at no charge to
the Department. MSP reports that the SNAP gallery holds about
58 million images, most of them Michigan driver license and state ID
photographs. The Clearview AI subscription renewed on July 1, 2024 at
$11,750 for twelve months and covers 8 user accounts; the term before
it cost $9,900. Only 5 of the 8 accounts ran a search during 2024.
Eleven members hold SNAP accounts.

The Department's $34,600 Motorola Solutions license plate reader
contract (Vigilant LEARN) was reviewed under Audit OPS-2024-09 and is
outside the scope of this memorandum.

""", "OPS-2025-02                                          Page 1 of 3"),
    (None, """\
3. Rules audited
Directive 4.31, Facial Recognition (rev. March 2023), provides:
  4.31.2  Each search must be entered in the FR search log with a
          case or incident number and the offense under
          investigation.
  4.31.3  A facial recognition result is an investigative lead only
          and shall not be the sole basis for an arrest, a search
          warrant or a photo lineup.
  4.31.4  Members shall not run a search to identify a person
          because of his or her participation in a lawful protest,
          religious gathering or other protected activity.
  4.31.5  Clearview AI may be used only for felony investigations
          and missing or endangered person cases.
  4.31.8  Violation of this directive may result in loss of access
          and discipline up to and including termination.

4. Searches by month, 2024
""" + TABLE + """

Candidate lists are searches that returned at least one possible
match; a lead is assigned when an investigator confirms the candidate
by independent means. SNAP returned a candidate list in 67.3% of
searches and Clearview in 71.7%. Department members ran 272 searches
in all (SNAP and Clearview together). The outside requests were 6 to
MSP and 3 to the Detroit RTCC.

""", "OPS-2025-02                                          Page 2 of 3"),
    (None, """\
5. Findings
5.1  All 272 searches were logged. Some log entries listed an
     incident number in place of a case number; the rule in 4.31.2
     allows either, so no exception was taken.
5.2  Two Clearview searches in July 2024 concerned a misdemeanor
     retail fraud. Both were run by one detective and are referred to
     the Deputy Chief under 4.31.8.
5.3  No search concerned a protest or other protected activity.

6. Recommendations
6.1  Renew Clearview AI in July 2025 only for the accounts that were
     used. Clearview's renewal quote for five accounts is $7,375 for
     twelve months (Quote Q-DPD-0625).
6.2  Add the following to Directive 4.31 (proposed draft, not yet in
     effect): "4.31.6 A sergeant shall approve each Clearview search
     before it is run."
6.3  Report the 2024 figures to the Board of Police Commissioners
     with the annual report due under City Code 2-7-14.

There is no provision of Directive 4.31 that limits how long search
logs are kept; the City's retention schedule (GS-11, item 124)
applies.

Prepared by:  Lt. Nadia Haddad-Kerr, #2217
Reviewed by:  Capt. Samuel Ortiz-Bell, Commanding Officer, OPS

Attachment A - FR search log extract (272 entries), 9 pages
Attachment B - Clearview AI invoice INV-58814 (July 1, 2024)
""", "OPS-2025-02                                          Page 3 of 3"),
], "pdf", DPD,
    [DPD, "City of Dearborn", MSP, "Detroit Police Department", "Board of Police Commissioners"],
    [DWP, CV, "Motorola Solutions", "Vigilant Solutions"],
    ["Statewide Network of Agency Photos", "FACE Plus", "LEARN"],
    [C(11750, 11750, "year", "$11,750 for twelve months", DPD, CV),
     C(9900, 9900, "year", "the term before\nit cost $9,900", DPD, CV),
     C(7375, 7375, "year", "$7,375 for\n     twelve months", DPD, CV)],
    [N(58000000, "approximately", "images", None, "the SNAP gallery holds about\n58 million images", MSP, DWP),
     N(8, "exact", "licenses", None, "covers 8 user accounts", DPD, CV),
     N(5, "exact", "users", "year", "Only 5 of the 8 accounts ran a search during 2024", DPD, CV),
     N(11, "exact", "users", None, "Eleven members hold SNAP accounts", DPD, DWP)]
    + MI_MONTH_COUNTS
    + [N(166, "exact", "searches", "year", TOTLINE[:18], DPD, DWP),
       N(106, "exact", "searches", "year", TOTLINE[:29], DPD, CV),
       N(9, "exact", "requests", "year", TOTLINE[:39], DPD, None),
       N(183, "exact", "matches", "year", TOTLINE[:51], DPD, None),
       N(58, "exact", "leads", "year", TOTLINE, DPD, None),
       N(272, "exact", "searches", "year", "Department members ran 272 searches", DPD, None),
       N(6, "exact", "requests", "year", "6 to\nMSP", DPD, None),
       N(2, "exact", "searches", None, "Two Clearview searches in July 2024", DPD, CV),
       N(3, "exact", "requests", "year", "3 to the Detroit RTCC", DPD, None)],
    [P("Each search must be entered in the FR search log with a case or incident number and the offense under "
       "investigation.", DPD, "requirement"),
     P("A facial recognition result is an investigative lead only and shall not be the sole basis for an arrest, "
       "a search warrant or a photo lineup.", DPD, "disclaimer"),
     P("Members shall not run a search to identify a person because of his or her participation in a lawful "
       "protest, religious gathering or other protected activity.", DPD, "prohibition"),
     P("Clearview AI may be used only for felony investigations and missing or endangered person cases.",
       DPD, "purpose"),
     P("Violation of this directive may result in loss of access and discipline up to and including "
       "termination.", DPD, "consequence")],
    [],
    ["2025-02-12", "2024-01-01", "2024-12-31", "2024", "2022", "2024-07-01", "2023-03", "2024-07", "2025-07"],
    scan="pdf")


# ---------------------------------------------------------------- 2 North Carolina: Rocky Mount PD (PO + invoice)
RMPD = "Rocky Mount Police Department"
CARA = "Carahsoft Technology Corp."
COG = "Cognitec Systems"
doc("02_rocky-mount-pd-cognitec-po-invoice.txt", [
    (None, """\
CITY OF ROCKY MOUNT, NORTH CAROLINA
Finance Department - Purchasing Division
331 S. Franklin Street, Rocky Mount, NC 27804   Phone (252) 555-0171

PURCHASE ORDER                                   PO No.:   2024-01877
                                                 PO Date:  08/19/2024
                                                 Page 1 of 2
Vendor:   Carahsoft Technology Corp.        Ship to:  Rocky Mount Police
          11493 Sunset Hills Road, Ste 100            Department - CID
          Reston, VA 20190                            330 S. Church St.
Vendor #: 0048213                                     Rocky Mount, NC
Quote:    CARA-RMPD-24-3391                           27804
Requisition: RQ-24-05522    Dept: Police 4310    Acct: 110-4310-5332
Buyer: T. Vick              Terms: Net 30        FOB: Destination

LN DESCRIPTION                             QTY  UNIT PRICE     EXTENDED
-- -------------------------------------- ---- ----------- ------------
1  Cognitec FaceVACS-DBScan LE, examiner     6    2,450.00    14,700.00
   license, perpetual
2  FaceVACS-DBScan LE software maintenance                     3,528.00
   and support, 12 months (6 seats)
3  Installation, configuration and gallery                     4,200.00
   import of about 212,000 booking photos
   from the RMPD records system (remote)
4  Examiner training, 2 days on site                           3,600.00
   (up to 8 students)
5  Axon Body 4 camera dock, 8-bay            2    1,595.00     3,190.00
   (Patrol Division - not part of FR
   project)
                                                 Subtotal     29,218.00
                                  NC sales tax 7.00% (ln 5)      223.30
                                                 Freight          65.00
                                                 PO TOTAL     29,506.30

Special terms: (1) Vendor shall not subcontract installation without
the City's written consent. (2) Invoices must cite the PO number.
(3) Lines 2-4 are not taxable services under G.S. 105-164.4.
Approved: R. Bunn, Purchasing Manager         Encumbered: 08/19/2024
""", None),
    (None, """\
POLICE DEPARTMENT JUSTIFICATION (attached to RQ-24-05522)
Cognitec's FaceVACS-DBScan LE replaces the free Lexis Nexis Accurint
Virtual Crime Center photo trial that ended in June. The department
will buy six examiner licenses, one for each CID investigator trained
as a facial examiner. Maintenance after the first year is about $3,500
a year and will be requested in the FY2026 budget.

Under RMPD General Order 512 (Facial Recognition), only examiners who
have completed the vendor training may be issued a license. G.O. 512
also states that a candidate returned by the system is not a positive
identification and must be corroborated before any enforcement action.

======================================================================
carahsoft.                                              I N V O I C E
Carahsoft Technology Corp. | 11493 Sunset Hills Road, Suite 100
Reston, Virginia 20190 | (703) 555-0114 | AR@carahsoft.example
Invoice No.: INV-7730218          Invoice Date: 09/27/2024
Customer PO: 2024-01877           Customer No.: C-118452
Bill to: City of Rocky Mount, Accounts Payable, PO Box 1180,
         Rocky Mount, NC 27802

Item                                     Qty        Amount
FaceVACS-DBScan LE examiner license        6     14,700.00
Maintenance & support 10/01/24-09/30/25              3,528.00
Installation and gallery import                      4,200.00
Examiner training (09/23-09/24/2024)                 3,600.00
                                     Subtotal     26,028.00
                                     Tax              0.00
                                     TOTAL DUE USD 26,028.00
Remit by ACH to account ending 4471 within 30 days.
Axon items on PO line 5 are invoiced by Axon Enterprise directly.
""", "RMPD-PRR-2025-0148 000003"),
], "pdf", RMPD,
    [RMPD, "City of Rocky Mount"],
    [CARA, COG, "LexisNexis", "Axon"],
    ["FaceVACS-DBScan LE", "Accurint Virtual Crime Center", "Axon Body 4"],
    [C(14700, 14700, "one-time", "Cognitec FaceVACS-DBScan LE, examiner     6    2,450.00    14,700.00", RMPD, CARA, "FaceVACS-DBScan LE"),
     C(2450, 2450, "one-time", "2,450.00", RMPD, CARA, "FaceVACS-DBScan LE", unit="per user"),
     C(3528, 3528, "year", "FaceVACS-DBScan LE software maintenance 3,528.00", RMPD, CARA, "FaceVACS-DBScan LE"),
     C(4200, 4200, None, "configuration and gallery 4,200.00", RMPD, CARA, "FaceVACS-DBScan LE"),
     C(3600, 3600, None, "Examiner training, 2 days on site 3,600.00", RMPD, CARA, "FaceVACS-DBScan LE"),
     C(3500, 3500, "year", "about $3,500\na year", RMPD, CARA, "FaceVACS-DBScan LE"),
     C(26028, 26028, None, "TOTAL DUE USD 26,028.00", RMPD, CARA, "FaceVACS-DBScan LE")],
    [N(6, "exact", "licenses", None, "examiner     6", RMPD, CARA),
     N(212000, "approximately", "images", None, "about 212,000 booking photos", RMPD, CARA)],
    [P("only examiners who\nhave completed the vendor training may be issued a license.", RMPD, "requirement"),
     P("a candidate returned by the system is not a positive\nidentification and must be corroborated before any "
       "enforcement action.", RMPD, "disclaimer")],
    [],
    ["2024-08-19", "2024-09-27", "2024-10-01", "2025-09-30", "2024-09-23", "2024-09-24"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Hawaii: UH Manoa DPS (committee minutes)
UHDPS = "University of Hawaii at Manoa Department of Public Safety"
UHM = "University of Hawaii at Manoa"
HPD = "Honolulu Police Department"
BC = "BriefCam"
doc("03_uh-manoa-dps-video-analytics-committee-minutes.txt", [
    (None, """\
UNIVERSITY OF HAWAII AT MANOA
CAMPUS SECURITY TECHNOLOGY REVIEW COMMITTEE
MINUTES - REGULAR MEETING
Thursday, October 10, 2024, 2:00 p.m.
Bachman Hall, Room 113, 2444 Dole Street, Honolulu, Hawaii 96822

MEMBERS PRESENT: Dr. Leilani Kahananui (Chair), Prof. Marcus Oyama,
Kainoa Delos Reyes (ASUH), Dr. Grace Fujimoto-Lee (Faculty Senate),
Ryan Akina (Facilities), Dana Silva-Nakamura (Office of General
Counsel, non-voting), Maj. Elijah Keawe (Department of Public Safety)
MEMBERS EXCUSED: Prof. Helen Wong
STAFF: Noelani Park, Committee Secretary

I. CALL TO ORDER
The Chair called the meeting to order at 2:04 p.m. A quorum (6 of 7
voting members) was present.

II. APPROVAL OF MINUTES
The minutes of September 12, 2024 were approved as circulated (6-0).

III. UNFINISHED BUSINESS - Item 24-11, face recognition module for
the Department of Public Safety video analytics system
Maj. Keawe reviewed the staff report. The Department of Public Safety
(DPS) monitors 1,180 cameras on the Manoa campus. In 2023 DPS bought
BriefCam Review video analytics for $96,000 from the camera-renewal
project; that purchase did not include face recognition and its
annual support of $14,400 is not part of this item.

DPS asks to license the BriefCam face recognition module for a
12-month pilot at $21,600 for the year, paid from DPS operating
funds. An Oosto OnWatch proposal at $48,000 per year was evaluated
and not recommended. The pilot watchlist would hold no more than 400
images, limited to persons under a current campus trespass notice or
a court protective order naming a campus location.

Maj. Keawe noted that the Honolulu Police Department reported running
1,050 face recognition searches in 2023 through the state mugshot
system; DPS does not have access to that system and sent HPD 14
search requests during the past academic year.

Public testimony: three speakers opposed the item, one supported it.
""", "UHM-CSTRC Minutes 10/10/2024                              Page 1 of 2"),
    (None, """\
Discussion: Mr. Delos Reyes said students had not been consulted and
asked that the item be deferred. Dr. Fujimoto-Lee asked how misidenti-
fication would be handled. Ms. Silva-Nakamura advised that HRS 92F
applies to the search logs.

Mr. Delos Reyes moved to amend the conditions to ban all searches of
recorded video from the 2024 commencement ceremonies. The amendment
failed, 2-4.

MOTION: Prof. Oyama moved, Mr. Akina seconded, to approve the pilot
subject to the following conditions, which take effect as DPS
Operating Procedure 7.14 on the first day of the pilot:
  1. Only 3 DPS analysts who have completed BriefCam's face
     recognition training shall have access to the module.
  2. The module shall not be used for live or real-time
     identification of persons on campus.
  3. A watchlist alert is an investigative lead only and is not by
     itself grounds for a trespass warning, citation or arrest.
  4. Probe images and alert records shall be deleted after 90 days
     unless they are part of an open case.
  5. The module may be used to locate a missing or endangered person
     reported to DPS.
  6. An analyst who uses the module outside these conditions shall
     lose access and be referred for discipline under the applicable
     collective bargaining agreement.
DPS shall report the number of searches and alerts to the Committee
each quarter.

VOTE: Ayes 4 (Kahananui, Oyama, Akina, Keawe); Noes 2 (Delos Reyes,
Fujimoto-Lee); Excused 1. MOTION CARRIED.

IV. NEW BUSINESS - Item 24-14, replacement of 22 emergency call
boxes on McCarthy Mall, $38,500 (information only; no action).

V. ADJOURNMENT
The meeting adjourned at 3:41 p.m. Next meeting: November 14, 2024.

Approved as submitted 11/14/2024            /s/ Noelani Park, Secretary
""", "UHM-CSTRC Minutes 10/10/2024                              Page 2 of 2"),
], "pdf", UHDPS,
    [UHDPS, UHM, HPD, "Associated Students of the University of Hawaii"],
    [BC, "Oosto"],
    ["BriefCam Review", "BriefCam face recognition", "OnWatch"],
    [C(21600, 21600, "year", "12-month pilot at $21,600 for the year", UHDPS, BC, "BriefCam face recognition")],
    [N(400, "up to", "images", None, "The pilot watchlist would hold no more than 400\nimages", UHDPS, BC),
     N(1050, "exact", "searches", "year", "1,050 face recognition searches in 2023", HPD, None),
     N(14, "exact", "requests", "year", "sent HPD 14\nsearch requests during the past academic year", UHDPS, None),
     N(3, "exact", "users", None, "Only 3 DPS analysts", UHDPS, BC)],
    [P("Only 3 DPS analysts who have completed BriefCam's face\n     recognition training shall have access to the "
       "module.", UHDPS, "requirement"),
     P("The module shall not be used for live or real-time\n     identification of persons on campus.", UHDPS,
       "prohibition"),
     P("A watchlist alert is an investigative lead only and is not by\n     itself grounds for a trespass warning, "
       "citation or arrest.", UHDPS, "disclaimer"),
     P("Probe images and alert records shall be deleted after 90 days\n     unless they are part of an open case.",
       UHDPS, "requirement"),
     P("The module may be used to locate a missing or endangered person\n     reported to DPS.", UHDPS,
       "permission"),
     P("An analyst who uses the module outside these conditions shall\n     lose access and be referred for "
       "discipline under the applicable\n     collective bargaining agreement.", UHDPS, "consequence"),
     P("DPS shall report the number of searches and alerts to the Committee\neach quarter.", UHDPS,
       "requirement")],
    [],
    ["2024-10-10", "2024-09-12", "2023", "2024-11-14", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Wyoming: Sheridan County SO (Gmail thread)
SCSO = "Sheridan County Sheriff's Office"
SPD = "Sheridan Police Department"
DCI = "Wyoming Division of Criminal Investigation"
WSUBJ = "Clearview line for the FY2026 budget"
WHEAD = "3/11/25, 9:02 AM       Gmail - Re: " + WSUBJ
WURL = "https://mail.google.com/mail/u/0/?ik=5c1e0b7a2d&view=pt&search=all"[:62]
doc("04_sheridan-county-so-clearview-budget-gmail.txt", [
    (WHEAD, """\
Gmail                                 Dale Rutter <drutter@scso-wy.example>

Re: Clearview line for the FY2026 budget
3 messages

Karen Lindqvist <klindqvist@shcowy.example>    Mon, Mar 3, 2025 at 8:14 AM
To: Dale Rutter <drutter@scso-wy.example>
Cc: Mike Abernathy <mabernathy@scso-wy.example>

Lt. Rutter,

The Commissioners' budget hearing for the Sheriff's Office is March 18.
Commissioner Tafoya asked me to explain the Clearview line. Can you
answer these so I can put them in the packet?
1. What did we pay this year?
2. How many people use it?
3. How many searches?
4. Is there a written policy?

Thanks,
Karen Lindqvist
Finance Director, Sheridan County | (307) 555-0136

Dale Rutter <drutter@scso-wy.example>          Mon, Mar 3, 2025 at 2:37 PM
To: Karen Lindqvist <klindqvist@shcowy.example>
Cc: Mike Abernathy <mabernathy@scso-wy.example>

Answers inline below.

On Mon, Mar 3, 2025 at 8:14 AM Karen Lindqvist
<klindqvist@shcowy.example> wrote:
> 1. What did we pay this year?

$4,500 for the year (July 1, 2024 - June 30, 2025), paid in August
on invoice CV-WY-20931 from acct 10-2110-5350. FY2024 was a free
90-day trial, so this is the first year we paid anything.

""", WURL + "        1/2"),
    (WHEAD, """\
> 2. How many people use it?

Three investigators have accounts: me, Det. Sgt. Colby Marsh and
Inv. Tessa Red Cloud.

> 3. How many searches?

The admin dashboard shows 143 searches from July 1 through last
Friday. We also sent 11 photos to DCI for a search of the state
mugshot system in calendar 2024 (no charge from DCI).

> 4. Is there a written policy?

Yes, Policy 611, adopted January 6, 2025. The key lines:
- Every search must be tied to an open case number in Spillman.
- A Clearview result is a lead only and is never probable cause by
  itself.
- Deputies may not search anyone for attending a protest or a
  church service.
- Misuse will result in loss of access and may lead to discipline.
There is nothing in 611 about sharing results with other agencies,
so for now we don't.

For the hearing: Clearview quoted $7,800 a year if we go to five
seats, which I'd like to ask for. For comparison, Sheridan PD pays
about $6,000 a year for their 4 seats on their own contract. The
Flock camera renewal ($27,500) is a separate line, not Clearview.
Clearview now says its database is over 60 billion images.

Dale

Karen Lindqvist <klindqvist@shcowy.example>   Tue, Mar 4, 2025 at 10:05 AM
To: Dale Rutter <drutter@scso-wy.example>
Cc: Mike Abernathy <mabernathy@scso-wy.example>

Thank you. I will show $4,500 as the current cost and $7,800 as the
Sheriff's request, and note the five-seat change. Records requests
about this line go through the County Clerk under W.S. 16-4-202.

Karen
""", WURL + "        2/2"),
], "print", SCSO,
    [SCSO, "Sheridan County", "Sheridan County Board of Commissioners", DCI, SPD],
    [CV, "Flock Safety"],
    ["Spillman"],
    [C(4500, 4500, "year", "$4,500 for the year", SCSO, CV),
     C(7800, 7800, "year", "Clearview quoted $7,800 a year", SCSO, CV),
     C(6000, 6000, "year", "pays\nabout $6,000 a year", SPD, CV)],
    [N(3, "exact", "users", None, "Three investigators have accounts", SCSO, CV),
     N(143, "exact", "searches", None, "The admin dashboard shows 143 searches", SCSO, CV),
     N(11, "exact", "requests", "year", "We also sent 11 photos to DCI", SCSO, None),
     N(4, "exact", "licenses", None, "their 4 seats", SPD, CV),
     N(60000000000, "more than", "images", None, "its database is over 60 billion images", None, CV)],
    [P("Every search must be tied to an open case number in Spillman.", SCSO, "requirement"),
     P("A Clearview result is a lead only and is never probable cause by\n  itself.", SCSO, "disclaimer"),
     P("Deputies may not search anyone for attending a protest or a\n  church service.", SCSO, "prohibition"),
     P("Misuse will result in loss of access and may lead to discipline.", SCSO, "consequence")],
    [E("Karen Lindqvist", "Dale Rutter", "Mon, Mar 3, 2025 at 8:14 AM", WSUBJ),
     E("Dale Rutter", "Karen Lindqvist", "Mon, Mar 3, 2025 at 2:37 PM", "Re: " + WSUBJ),
     E("Karen Lindqvist", "Dale Rutter", "Tue, Mar 4, 2025 at 10:05 AM", "Re: " + WSUBJ)],
    ["2025-03-11", "2025-03-03", "2025-03-04", "2024-07-01", "2025-06-30", "2025-01-06", "2024"],
    scan="photocopy")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
