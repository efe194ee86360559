"""Writes docs/*.txt and labels.json for holdout39 (six invented releases, AL AK CA GA IL MN).
Labels are written here from intent, before anything is rendered. Nothing is imported from foia."""
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


def P(quote, agency):
    return {"quote": quote, "agency": agency}


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


# ---------------------------------------------------------------- 1 Alabama: Mobile PD purchase order
MPD = "Mobile Police Department"
GCP = "Gulf Coast Public Safety Systems"
DBS = "FaceVACS-DBScan ID"
doc("01_mobile-pd-cognitec-purchase-order.txt", [
    (None, """\
CITY OF MOBILE, ALABAMA                                   PURCHASE ORDER
Purchasing Division, Government Plaza, Mobile, AL 36602
Phone (251) 208-7419                             PO No.:   2024-004817
                                                 PO Date:  05/22/2024
                                                 Req. No.: R24-11362

VENDOR  (Vendor No. 0061594)              SHIP TO
Gulf Coast Public Safety Systems, LLC     Mobile Police Department
8740 Eastern Shore Pkwy, Suite 3          Real Time Crime Center
Daphne, AL 36526                          2460 Government Blvd.
Attn: Wendell Pruitt                      Mobile, AL 36606
Tel. (251) 626-0193                       Attn: Lt. Carla Benoit

Buyer: Desmond Whitlow        Terms: Net 30        FOB: Destination
Vendor quote: GCPSS-Q-24-0391 dated 05/06/2024
Accounts: 101-42110-53450 (Technology - Software)
          101-42110-54120 (Minor Equipment)

LN QTY ITEM / DESCRIPTION                          UNIT PRICE  EXTENSION
-- --- ------------------------------------------ ---------- ----------
 1   1 CGT-DBSID-SRV Cognitec FaceVACS-DBScan ID   18,400.00  18,400.00
       server license, perpetual; gallery up to 500,000 images
 2   6 CGT-DBSID-WS FaceVACS-DBScan ID              1,250.00   7,500.00
       investigator workstation license, perpetual
 3   1 CGT-SMA-12 Software maintenance and          4,780.00   4,780.00
       support for lines 1-2, 12 months
 4   2 WS-T5860-64 Tower workstation, 64 GB RAM     3,615.00   7,230.00
       (Precinct 2 body-camera review room)
 5   4 CAM-PTZ-4K Exterior PTZ camera, 4K           1,089.00   4,356.00
       (Precinct 2 parking lot, not part of FR)
 6   1 SVC-INST On-site installation and gallery    2,900.00   2,900.00
       migration from the MPD booking archive
 7   1 SVC-TRN Operator training, on site, 1 day    1,600.00   1,600.00
                                                   ---------- ----------
                                        MERCHANDISE SUBTOTAL  46,766.00
                             LESS launch credit, line 1 (10%)  -1,840.00
                                         FREIGHT (lines 4-5)     385.00
                        SALES TAX (exempt, Cert. EXM-000318)       0.00
                                                    PO TOTAL  45,311.00
""", "COM-PRR-2024-0877-0003"),
    (None, """\
PO No. 2024-004817                                            Page 2 of 2

SPECIAL INSTRUCTIONS
1. Deliver software licenses electronically to the RTCC. Deliver
   hardware to Precinct 2; call (251) 208-1770 to schedule.
2. Lines 1, 2, 6 and 7 are one-time charges. Line 3 is annual.
3. Initial gallery: approximately 312,000 booking photographs from the
   MPD booking archive (1998-2024). Driver license photographs are not
   part of this order.
4. Per MPD General Order 41.7, face search results are investigative
   leads only and shall not be the sole basis for an arrest.
5. The software may be installed only on RTCC workstations joined to
   the City domain; installation on personal devices is prohibited.
6. Face recognition portion of this order (lines 1-3, 6 and 7, net of
   the launch credit): $33,340.00. Hardware and freight are charged to
   account 101-42110-54120.
7. Maintenance for years 2 and 3 is not encumbered on this order.

FUNDING AND APPROVALS
Budget amendment BA-24-062 (City Council Res. 24-0311, 04/30/2024)
moved $40,000 from Police overtime to Technology - Software for the
face recognition project.
Department:   Cmdr. Renee Okonjo          05/20/2024
Purchasing:   Desmond Whitlow             05/22/2024
Finance:      Thibault Lemaire            05/22/2024

TERMS AND CONDITIONS (excerpt)
A. The City of Mobile is exempt from Alabama sales and use tax.
B. Invoices must show the PO number. Payment is Net 30; the City pays
   no interest or late fees.
C. Vendor shall carry general liability insurance of not less than
   $1,000,000 per occurrence.
D. This order is a public record under Ala. Code Sec. 36-12-40.
""", "COM-PRR-2024-0877-0004"),
], "pdf", MPD,
    [MPD, "City of Mobile", "Mobile City Council"],
    [GCP, "Cognitec Systems"], [DBS],
    [
        C(18400, 18400, "one-time", "CGT-DBSID-SRV Cognitec FaceVACS-DBScan ID   18,400.00", MPD, GCP, DBS),
        C(7500, 7500, "one-time", "CGT-DBSID-WS FaceVACS-DBScan ID              1,250.00   7,500.00",
          MPD, GCP, DBS),
        C(1250, 1250, "one-time", "CGT-DBSID-WS FaceVACS-DBScan ID              1,250.00   7,500.00",
          MPD, GCP, DBS, unit="per license"),
        C(4780, 4780, "year", "CGT-SMA-12 Software maintenance and          4,780.00", MPD, GCP, DBS),
        C(2900, 2900, "one-time", "SVC-INST On-site installation and gallery    2,900.00", MPD, GCP, DBS),
        C(1600, 1600, "one-time", "SVC-TRN Operator training, on site, 1 day    1,600.00", MPD, GCP, DBS),
        C(33340, 33340, None, "Face recognition portion of this order (lines 1-3, 6 and 7, net of\n"
          "   the launch credit): $33,340.00", MPD, GCP, DBS),
        C(40000, 40000, None, "moved $40,000 from Police overtime to Technology - Software for the\n"
          "face recognition project", MPD, None),
    ],
    [
        N(500000, "up to", "images", None, "gallery up to 500,000 images", MPD, GCP),
        N(6, "exact", "licenses", None, "6 CGT-DBSID-WS FaceVACS-DBScan ID", MPD, GCP),
        N(312000, "approximately", "images", None, "approximately 312,000 booking photographs", MPD, GCP),
    ],
    [
        P("Per MPD General Order 41.7, face search results are investigative\n"
          "   leads only and shall not be the sole basis for an arrest.", MPD),
        P("The software may be installed only on RTCC workstations joined to\n"
          "   the City domain; installation on personal devices is prohibited.", MPD),
    ],
    [], ["2024-05-22", "2024-05-06", "2024-05-20", "2024-04-30", "1998", "2024"], scan="pdf")


# ---------------------------------------------------------------- 2 Alaska: DPS fiscal note
AK = "Alaska Department of Public Safety"
DWP = "DataWorks Plus"
doc("02_alaska-dps-fr-bill-fiscal-note.txt", [
    (None, """\
Fiscal Note
State of Alaska                              Bill Version:  HB 287
2025 Legislative Session                     Fiscal Note Number:  2
                                             (H) Publish Date:  3/14/2025
Identifier:    HB287-DPS-CJIS-3-10-25
Title:         FACIAL RECOGNITION; LAW ENFORCEMENT USE
Sponsor:       REPRESENTATIVE HALVORSEN
Requester:     House Judiciary
Department:    Department of Public Safety
Appropriation: Statewide Support
Allocation:    Criminal Justice Information Systems Program
OMB Component Number:  3200

Expenditures/Revenues
Note: Amounts do not include inflation unless otherwise noted below.
                                (Thousands of Dollars)
                     Included in
                     Gov's FY2026
                     Request    Out-Year Cost Estimates
OPERATING            FY 2026  FY 2026  FY 2027  FY 2028  FY 2029  FY 2030
Personal Services         -        -        -        -        -        -
Travel                    -        -        -        -        -        -
Services                  -     86.5      9.4      9.4      9.4      9.4
Commodities               -        -        -        -        -        -
Total Operating           -     86.5      9.4      9.4      9.4      9.4
Fund Source (Operating Only)
1004 Gen Fund (UGF)       -     86.5      9.4      9.4      9.4      9.4
Positions
Full-time                 -        -        -        -        -        -

Estimated SUPPLEMENTAL (FY2025) cost: 0.0
Estimated CAPITAL (FY2026) cost: 0.0
Does the bill create or modify a new fund or account?  No
ASSOCIATED REGULATIONS
Does the bill direct, or will the bill result in, regulation changes
adopted by your agency?  Yes     Adopted by: 01/01/2026
Why this fiscal note differs from previous version/comments:
Updated vendor quote. Version 1 assumed one new position (PCN 12-4418).

Prepared By:  Marit Olsen, Admin. Officer II      Phone: (907) 269-5527
Division:     Statewide Services                  Date:  03/10/2025
Approved By:  Loren Becker, Admin. Services Dir.  Date:  03/11/2025
""", "HB287-DPS  Page 1 of 2"),
    (None, """\
                              FISCAL NOTE #2
STATE OF ALASKA                                           BILL NO. HB 287
2025 LEGISLATIVE SESSION

ANALYSIS

Background
The Department of Public Safety (DPS) performs face comparisons for
Alaska law enforcement agencies through the Criminal Records and
Identification Bureau. Probe images are searched against the state
booking photo repository, which holds approximately 410,000 booking
photographs, using the FACE Plus module supplied by DataWorks Plus.
DPS pays DataWorks Plus $41,200 a year for maintenance and hosting of
the module; that cost is in the base budget and is not part of this
note. In FY2024 bureau staff ran 1,137 face searches for 63 requesting
agencies, and 212 candidate lists were returned to investigators as
leads. 16 trained examiners hold accounts on the system.

Under current DPS Operating Procedure 116.03, a face search may be run
only in connection with an open criminal case, a missing person, or
the identification of a deceased or incapacitated person. Every
possible match must be reviewed by a second trained examiner before it
is released. DPS does not search Division of Motor Vehicles license
photographs.

Effect of the bill
Section 2 would require a search warrant or court order before a
search, except in an emergency; section 3 would prohibit real-time
face recognition on live or recorded video; and section 4 would
require each agency to keep an audit log of every search and to report
annual totals to the legislature. Section 5 sets a civil penalty of up
to $5,000 per violation.

Fiscal impact
The current module keeps no exportable audit log. DataWorks Plus has
quoted a one-time cost of $86,500 to add the audit-log and statistical
reporting features required by section 4, with ongoing support of
$9,400 annually beginning in FY2027. Bureau staff can absorb the added
reporting workload; no new position is requested. Revenue from civil
penalties cannot be estimated and is shown as zero.

The Department of Law has submitted a separate fiscal note.
""", "HB287-DPS  Page 2 of 2"),
], "pdf", AK,
    [AK, "Alaska Department of Law", "Alaska Division of Motor Vehicles", "Alaska House Judiciary Committee"],
    [DWP], ["FACE Plus"],
    [
        C(41200, 41200, "year", "DPS pays DataWorks Plus $41,200 a year for maintenance and hosting",
          AK, DWP, "FACE Plus"),
        C(86500, 86500, "one-time", "quoted a one-time cost of $86,500", AK, DWP, "FACE Plus"),
        C(9400, 9400, "year", "$9,400 annually beginning in FY2027", AK, DWP, "FACE Plus"),
    ],
    [
        N(410000, "approximately", "images", None, "approximately 410,000 booking", AK, DWP),
        N(1137, "exact", "searches", "year", "In FY2024 bureau staff ran 1,137 face searches", AK, DWP),
        N(212, "exact", "leads", None, "212 candidate lists were returned to investigators as", AK, DWP),
        N(16, "exact", "users", None, "16 trained examiners hold accounts on the system", AK, DWP),
    ],
    [
        P("Under current DPS Operating Procedure 116.03, a face search may be run\n"
          "only in connection with an open criminal case, a missing person, or\n"
          "the identification of a deceased or incapacitated person.", AK),
        P("Every\npossible match must be reviewed by a second trained examiner before it\nis released.", AK),
    ],
    [], ["2025", "2025-03-14", "2025-03-10", "2025-03-11", "2026-01-01"], scan="pdf")


# ---------------------------------------------------------------- 3 California: Ventura County SO Outlook thread
VC = "Ventura County Sheriff's Office"
VIG = "Vigilant Solutions"
SUBJ = "Vigilant renewal - FaceSearch and LEARN FY25-26"
doc("03_ventura-county-so-vigilant-renewal-outlook.txt", [
    ("Okafor, Daniel", """\
From:       Brandt, Teresa <Teresa.Brandt@ventura.org>
Sent:       Wednesday, April 9, 2025 10:02 AM
To:         Okafor, Daniel <Daniel.Okafor@ventura.org>
Cc:         Sheriff-Fiscal
Subject:    RE: FW: Vigilant renewal - FaceSearch and LEARN FY25-26

Dan,

Thanks. I'll encumber the FaceSearch renewal on the 1-year term and
leave the 3-year option alone; the CEO's office won't let us commit
out-year money this cycle. Last year's FaceSearch PO was $23,750, so
this is about a 10.5% increase - please say so in the board letter.
LEARN stays on the ALPR grant (2024-ALPR-VC-07), not the general fund.

Teresa Brandt | Fiscal Manager | Ventura County Sheriff's Office
(805) 654-2719

From:       Okafor, Daniel <Daniel.Okafor@ventura.org>
Sent:       Tuesday, April 8, 2025 4:41 PM
To:         Brandt, Teresa <Teresa.Brandt@ventura.org>
Cc:         Ruiz, Alejandro <Alejandro.Ruiz@ventura.org>
Subject:    FW: Vigilant renewal - FaceSearch and LEARN FY25-26

Teresa - renewal quote from Vigilant is below. Numbers for the board
letter: we have 25 FaceSearch seats and about 19 are in active use.
The admin console shows 2,318 FaceSearch queries in calendar 2024,
and Major Crimes credits the tool with 41 identifications that year.

For the file: under Policy 345, a FaceSearch result is an
investigative lead only and cannot by itself establish probable cause
for an arrest. Capt. Ruiz wants to add a supervisor sign-off before
each search, but that is only a proposal for the next policy revision.

Dan Okafor, Lieutenant
Crime Analysis Unit
""", "VCSO-PRA-25-0418-0031"),
    ("Okafor, Daniel", """\
From:       Hollis, Brenna <brenna.hollis@motorolasolutions.com>
Sent:       Monday, April 7, 2025 9:15 AM
To:         Okafor, Daniel <Daniel.Okafor@ventura.org>
Subject:    Vigilant renewal - FaceSearch and LEARN FY25-26

Good morning Lieutenant,

Your Vigilant subscriptions expire June 30, 2025. Renewal pricing for
July 1, 2025 - June 30, 2026:

  Item                                        Term        Price
  FaceSearch agency subscription, 25 users    12 months   $26,250.00
     ($1,050.00 per user)
  LEARN / PlateSearch ALPR data, 40 cameras   12 months   $18,900.00
  FaceSearch mobile companion app             12 months   included
                                              Subtotal    $45,150.00
                                              Tax         $0.00
                                              Total       $45,150.00

Optional 3-year FaceSearch term (FY26-FY28): $74,340.00, billed
annually at $24,780.00.

FaceSearch includes the shared gallery of more than 18 million booking
images contributed by participating agencies.

Brenna Hollis
Account Executive, Vigilant Solutions, a Motorola Solutions company
Mobile (916) 555-0148

CONFIDENTIALITY NOTICE: This message and any attachments are for the
sole use of the intended recipient and may contain confidential and
privileged information. Any unauthorized review, use or disclosure is
prohibited.
""", "VCSO-PRA-25-0418-0032"),
], "print", VC,
    [VC, "Ventura County Executive Office"],
    [VIG, "Motorola Solutions"], ["FaceSearch", "LEARN", "PlateSearch"],
    [
        C(23750, 23750, "year", "Last year's FaceSearch PO was $23,750", VC, VIG, "FaceSearch"),
        C(26250, 26250, "year", "FaceSearch agency subscription, 25 users    12 months   $26,250.00",
          VC, VIG, "FaceSearch"),
        C(1050, 1050, "year", "($1,050.00 per user)", VC, VIG, "FaceSearch", unit="per user"),
    ],
    [
        N(25, "exact", "licenses", None, "we have 25 FaceSearch seats", VC, VIG),
        N(19, "approximately", "users", None, "about 19 are in active use", VC, VIG),
        N(2318, "exact", "searches", "year", "2,318 FaceSearch queries in calendar 2024", VC, VIG),
        N(41, "exact", "identifications", "year", "41 identifications that year", VC, VIG),
        N(18000000, "more than", "images", None, "more than 18 million booking\nimages", None, VIG),
    ],
    [
        P("under Policy 345, a FaceSearch result is an\ninvestigative lead only and cannot by itself "
          "establish probable cause\nfor an arrest.", VC),
    ],
    [
        E("Brandt, Teresa", "Okafor, Daniel", "Wednesday, April 9, 2025 10:02 AM", "RE: FW: " + SUBJ),
        E("Okafor, Daniel", "Brandt, Teresa", "Tuesday, April 8, 2025 4:41 PM", "FW: " + SUBJ),
        E("Hollis, Brenna", "Okafor, Daniel", "Monday, April 7, 2025 9:15 AM", SUBJ),
    ],
    ["2025-04-09", "2025-04-08", "2025-04-07", "2024", "2025-06-30", "2025-07-01", "2026-06-30"], scan="print")


# ---------------------------------------------------------------- 4 Georgia: state audit of GBI
GBI = "Georgia Bureau of Investigation"
IDM = "Idemia"
doc("04_gbi-fr-performance-audit-finding.txt", [
    ("Performance Audit Report No. 24-11: GBI Facial Recognition Services", """\
Background
Since March 2020 the GBI has operated a facial recognition system under
a statewide contract with IDEMIA Identity & Security USA. Local, state
and federal agencies submit a probe image with a request form; an
analyst in the GBI's Facial Recognition Unit (FRU) searches it against
the GBI repository of about 5.3 million booking photographs and returns
any possible match as an investigative lead. The GBI does not have
direct access to Department of Driver Services license photographs.

Through June 2024 the GBI had paid IDEMIA $612,480 under the contract:
a one-time system and implementation charge of $398,000 in FY2020 and
annual maintenance of $53,620 in each of the four following years. The
contract allows up to 100 concurrent user licenses; at the time of our
review 87 accounts were active.

Finding 2: The GBI did not promptly disable the accounts of users who
had left their agencies.

Criteria
GBI Policy 8.14 requires that each request include an agency case
number and that every possible match be verified by a second analyst
before it is released. Until July 2024 the policy set no deadline for
disabling the account of a user who leaves.

What we found
We compared the active accounts with agency personnel rosters as of
April 30, 2024. 14 accounts (16%) belonged to people who had left the
requesting agency or the GBI, some as long as 22 months earlier. Some
of these accounts were used after the holder's separation, for 9
searches in all.
""", "Georgia Department of Audits and Accounts                        9"),
    ("Performance Audit Report No. 24-11: GBI Facial Recognition Services", """\
Exhibit 4
FRU Workload and Reported Outcomes, Fiscal Years 2021-2024

Fiscal    Requests    Searches    Possible    Arrests
Year      Received    Run         Matches     Reported
2021         1,412       2,209         861          74
2022         1,538       2,486         944          88
2023         1,701       2,730       1,027         102
2024         1,866       3,015       1,139         117
Total        6,517      10,440       3,971         381

Source: FRU request log. Arrests are those reported back by requesting
agencies; reporting is voluntary.

Recommendation
The GBI should disable each account within 30 days of the user's
separation and reconcile its account list with agency rosters every
quarter.

Agency Response
The GBI agrees with the finding. Effective July 1, 2024, Policy 8.14
was revised to require that an account be disabled within 10 business
days after the GBI is notified of the holder's separation. The FRU also
plans to begin quarterly roster reconciliations in January 2025.

Auditor's Comment
The revision addresses the deadline. We will review the reconciliations
in our follow-up. The Department of Driver Services' separate facial
recognition contract, used to detect duplicate license applications,
was outside the scope of this audit.
""", "Georgia Department of Audits and Accounts                       10"),
], "pdf", GBI,
    [GBI, "Georgia Department of Audits and Accounts", "Georgia Department of Driver Services"],
    [IDM], [],
    [
        C(612480, 612480, None, "the GBI had paid IDEMIA $612,480 under the contract", GBI, IDM),
        C(398000, 398000, "one-time", "a one-time system and implementation charge of $398,000", GBI, IDM),
        C(53620, 53620, "year", "annual maintenance of $53,620", GBI, IDM),
    ],
    [
        N(5300000, "approximately", "images", None, "about 5.3 million booking photographs", GBI, IDM),
        N(100, "up to", "licenses", None, "up to 100 concurrent user licenses", GBI, IDM),
        N(87, "exact", "users", None, "87 accounts were active", GBI, IDM),
        N(14, "exact", "users", None, "14 accounts (16%) belonged to people who had left", GBI, IDM),
        N(9, "exact", "searches", None, "for 9\nsearches in all", GBI, IDM),
        N(1412, "exact", "requests", "year", "2021         1,412       2,209", GBI, IDM),
        N(2209, "exact", "searches", "year", "2021         1,412       2,209", GBI, IDM),
        N(1538, "exact", "requests", "year", "2022         1,538       2,486", GBI, IDM),
        N(2486, "exact", "searches", "year", "2022         1,538       2,486", GBI, IDM),
        N(1701, "exact", "requests", "year", "2023         1,701       2,730", GBI, IDM),
        N(2730, "exact", "searches", "year", "2023         1,701       2,730", GBI, IDM),
        N(1866, "exact", "requests", "year", "2024         1,866       3,015", GBI, IDM),
        N(3015, "exact", "searches", "year", "2024         1,866       3,015", GBI, IDM),
        N(6517, "exact", "requests", None, "Total        6,517      10,440", GBI, IDM),
        N(10440, "exact", "searches", None, "Total        6,517      10,440", GBI, IDM),
        N(3971, "exact", "matches", None, "Total        6,517      10,440       3,971", GBI, IDM),
        N(381, "exact", "arrests", None, "Total        6,517      10,440       3,971         381", GBI, IDM),
    ],
    [
        P("GBI Policy 8.14 requires that each request include an agency case\n"
          "number and that every possible match be verified by a second analyst\n"
          "before it is released.", GBI),
        P("Effective July 1, 2024, Policy 8.14\n"
          "was revised to require that an account be disabled within 10 business\n"
          "days after the GBI is notified of the holder's separation.", GBI),
    ],
    [], ["2020-03", "2024-06", "2024-07", "2024-04-30", "2024-07-01", "2025-01"], scan="pdf")


# ---------------------------------------------------------------- 5 Illinois: Peoria PD bid comparison memo
PPD = "Peoria Police Department"
VER = "Veritone"
CPD = "Champaign Police Department"
doc("05_peoria-pd-fr-rfq-evaluation-memo.txt", [
    (None, """\
PEORIA POLICE DEPARTMENT
INTER-OFFICE MEMORANDUM

TO:      Chief of Police
THRU:    Deputy Chief, Investigations
FROM:    Sgt. Nolan Verhoeven, Criminal Investigations Division (CID)
DATE:    February 12, 2024
RE:      RFQ 24-007, investigative facial recognition software -
         evaluation and recommendation

1. Purpose
This memo summarizes the three quotations received under RFQ 24-007
and recommends an award. Council approval is required because the
three-year value exceeds $25,000 (City Code Sec. 2-336).

2. Current practice
CID has no facial recognition tool of its own. In 2023 detectives sent
146 face comparison requests to the Illinois State Police; the average
turnaround was 9 days. Clearview AI was not invited to quote: under the
May 2022 settlement in ACLU v. Clearview AI, the company may not sell
access to its database to Illinois government agencies until 2027.

3. Quotations received (prices as quoted, 12 named users)

Vendor / product                   Year 1     Years 2-3    3-yr total
---------------------------------  ---------  -----------  ----------
Veritone, Inc. - IDentify          $24,600    $19,800/yr   $64,200
DataWorks Plus - FACE Plus hosted  $38,900    $22,400/yr   $83,700
Heartland Public Safety Tech.      $31,250    $21,600/yr   $74,450
  (Cognitec FaceVACS-DBScan ID)

4. Evaluation
All three vendors ran a demonstration on January 24, 2024 with the same
50 test probes. DataWorks Plus placed the correct subject in the top
five candidates most often, but its three-year cost is $19,500 above
Veritone's. Heartland's quote excludes server hardware, which would add
roughly $6,000. Veritone's hosted service needs no local hardware, and
its audit trail meets our records-retention schedule.
""", "Peoria PD FOIA 24-0392 - Page 1 of 2"),
    (None, """\
RFQ 24-007 evaluation memo, February 12, 2024 - page 2

5. Recommendation
Award RFQ 24-007 to Veritone, Inc. for IDentify. The cost is $24,600
for the first year, which includes onboarding and the load of our
booking archive, then $19,800 a year ($1,650 per user) for years two
and three, for a three-year total of $64,200. The archive holds about
212,000 booking photographs taken since 2001.

As a reference check, the Champaign Police Department told us it pays
Veritone roughly $18,000 a year for a 10-user IDentify subscription.

6. Funding
The first-year cost will be charged to account 101-2110-533.40
(Professional Services). The FY2024 Edward Byrne Memorial JAG award
($47,911, shared with Peoria County) will not be used for this
purchase.

7. Policy
G.O. 4.12 (Biometric Data) already prohibits storing probe images
outside the case file. Before any account is issued, CID will submit a
draft facial recognition order; the draft would require a supervisor's
approval for each search and would bar searches of images of people
engaged in lawful protest. No facial recognition order has been
adopted yet.

Attachments: Quotations (3); demonstration score sheets; Champaign PD
reference notes.
""", "Peoria PD FOIA 24-0392 - Page 2 of 2"),
], "pdf", PPD,
    [PPD, "Illinois State Police", CPD, "Peoria County", "Peoria City Council"],
    [VER, DWP, "Heartland Public Safety Technologies", "Cognitec Systems", "Clearview AI"],
    ["IDentify", "FACE Plus", DBS],
    [
        C(24600, 24600, "year", "The cost is $24,600\nfor the first year", PPD, VER, "IDentify"),
        C(19800, 19800, "year", "then $19,800 a year", PPD, VER, "IDentify"),
        C(1650, 1650, "year", "($1,650 per user)", PPD, VER, "IDentify", unit="per user"),
        C(64200, 64200, None, "for a three-year total of $64,200", PPD, VER, "IDentify"),
        C(18000, 18000, "year", "Veritone roughly $18,000 a year for a 10-user IDentify subscription",
          CPD, VER, "IDentify"),
    ],
    [
        N(146, "exact", "requests", "year", "146 face comparison requests to the Illinois State Police", PPD, None),
        N(12, "exact", "users", None, "12 named users", PPD, None),
        N(212000, "approximately", "images", None, "about\n212,000 booking photographs", PPD, VER),
        N(10, "exact", "users", None, "a 10-user IDentify subscription", CPD, VER),
    ],
    [
        P("G.O. 4.12 (Biometric Data) already prohibits storing probe images\noutside the case file.", PPD),
    ],
    [], ["2024-02-12", "2023", "2022-05", "2027", "2024-01-24", "2001"])


# ---------------------------------------------------------------- 6 Minnesota: Dakota County SO letter + Teams
DC = "Dakota County Sheriff's Office"
CV = "Clearview AI"
doc("06_dakota-county-so-data-request-reply-teams.txt", [
    (None, """\
DAKOTA COUNTY SHERIFF'S OFFICE
Records and Data Practices Unit
Law Enforcement Center, Hastings, Minnesota 55033   Tel. (651) 438-8172

March 18, 2025

Priya Ramaswamy
Twin Cities Surveillance Watch
Sent by email

Re: Data request DR-2025-0147 (facial recognition)

Dear Ms. Ramaswamy:

This responds to your February 24, 2025 request under the Minnesota
Government Data Practices Act, Minn. Stat. ch. 13. Our answers to your
five items follow. The 23 pages of responsive public data are enclosed;
data classified as confidential or protected nonpublic under Minn.
Stat. sec. 13.82, subd. 7, have been withheld.

1. Contracts and payments. The Sheriff's Office has subscribed to
Clearview AI since March 14, 2022. We paid $9,950 for the first year of
service. Each of the three renewals since then cost $11,500, the most
recent covering March 2025 to March 2026, so the Office has spent
$44,450 in all. No other facial recognition product has been purchased.

2. Users. Seven investigators and two crime analysts hold Clearview
accounts, nine accounts in all.

3. Searches. The administrator report supplied by Clearview AI shows
1,046 searches from March 14, 2022 through December 31, 2024, including
388 in calendar year 2024.

4. Outcomes. The Office does not track arrests that follow a search.
Investigators documented 57 leads from Clearview results in case
reports over the same period.
""", "DCSO DR-2025-0147  p. 1"),
    (None, """\
Ms. Priya Ramaswamy, DR-2025-0147, March 18, 2025, page 2

5. Policy. Policy 3.47 (Facial Recognition Technology), adopted June 6,
2022, is enclosed. In summary, a search may be run only for an active
criminal investigation that has a case number. A search result may not
be the sole basis for an arrest or a search warrant. Each user must
complete the vendor's training before an account is issued.

The Office can also submit images to the Hennepin County Sheriff's
Office facial recognition system under a joint powers agreement. There
is no charge for that access, and we hold no search data for it.

Copies of the 23 pages would cost $0.25 per page ($5.75); the fee is
waived. You may reach me at (651) 438-8190 with any questions.

Sincerely,

Gretchen Lindqvist
Data Practices Compliance Official

Enclosures: Policy 3.47; invoices CV-22-0391, CV-23-0517, CV-24-0488,
CV-25-0302; administrator report; Teams chat export (CID Intel)
""", "DCSO DR-2025-0147  p. 2"),
    ("Microsoft Teams - chat export", """\
Chat: CID Intel (3 members)     Exported 03/11/2025 2:06 PM by G. Lindqvist
Range: 02/03/2025 - 02/28/2025

[2/3/2025 8:47 AM]   Brekke, Tomas
clearview renewal quote came in, same as last year, $11,500. lt says go
ahead

[2/3/2025 8:52 AM]   Nguyen, Hoa
ok. they're claiming 50 billion images in the index now lol

[2/3/2025 9:10 AM]   Brekke, Tomas
also lt wants us to think about requiring sgt approval before each
search. not in the policy yet, he's raising it at the march review

[2/10/2025 1:31 PM]   Nguyen, Hoa
reminder from the lt for everyone on the list - 3.47 says no searches
of people at protests or other lawful 1A activity. period.

[2/10/2025 1:33 PM]   Okonkwo, Dele
copy. fwiw the BCA trial of their mugshot tool ran 30 days last fall,
we didn't keep it

[2/28/2025 4:02 PM]   Brekke, Tomas
renewal paid, PO 25-00981. good thru 3/13/2026
""", "DCSO DR-2025-0147  p. 23"),
], "print", DC,
    [DC, "Hennepin County Sheriff's Office", "Minnesota Bureau of Criminal Apprehension"],
    [CV], [],
    [
        C(9950, 9950, "year", "We paid $9,950 for the first year", DC, CV),
        C(11500, 11500, "year", "Each of the three renewals since then cost $11,500", DC, CV),
        C(44450, 44450, None, "so the Office has spent\n$44,450 in all", DC, CV),
    ],
    [
        N(9, "exact", "users", None, "nine accounts in all", DC, CV),
        N(1046, "exact", "searches", None, "1,046 searches from March 14, 2022 through December 31, 2024", DC, CV),
        N(388, "exact", "searches", "year", "388 in calendar year 2024", DC, CV),
        N(57, "exact", "leads", None, "57 leads from Clearview results", DC, CV),
        N(50000000000, "exact", "images", None, "50 billion images in the index", None, CV),
    ],
    [
        P("a search may be run only for an active\ncriminal investigation that has a case number.", DC),
        P("A search result may not\nbe the sole basis for an arrest or a search warrant.", DC),
        P("Each user must\ncomplete the vendor's training before an account is issued.", DC),
        P("3.47 says no searches\nof people at protests or other lawful 1A activity.", DC),
    ],
    [], ["2025-03-18", "2025-02-24", "2022-03-14", "2025-03", "2026-03", "2024-12-31", "2024",
         "2022-06-06", "2025-03-11", "2025-02-03", "2025-02-10", "2025-02-28", "2026-03-13"], scan="photocopy")


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    problems = []
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
        for n, (h, b, f) in enumerate(d["pages"], 1):
            lines = ([h, ""] if h else []) + b.strip("\n").split("\n") + (["", f] if f else [])
            if len(lines) > 45:
                problems.append(f"{d['file']} page {n}: {len(lines)} lines")
            for line in lines:
                if len(line) > 75:
                    problems.append(f"{d['file']} page {n}: long line {line!r}")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    for p in problems:
        print(p)
    print(f"wrote {len(DOCS)} docs and labels.json" + (f"; {len(problems)} layout problems" if problems else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
