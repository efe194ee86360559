"""Write the holdout16 documents (docs/*.txt) and their labels (labels.json).

Every document and every label below was written by hand for this set; labels come from the
author's intent, not from running any extractor.  Pages are separated by a form feed.
Run:  python build.py   (then python check.py, then python render.py)
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS: list[dict] = []


def page(body: str, header: str | None = None, footer: str | None = None, stamp: str | None = None) -> dict:
    return {"body": body.strip("\n"), "header": header, "footer": footer, "stamp": stamp}


def page_text(p: dict) -> str:
    parts = []
    if p["header"]:
        parts.append(p["header"] + "\n")
    parts.append(p["body"])
    if p["footer"]:
        parts.append("\n" + p["footer"])
    if p["stamp"]:
        parts.append("\n" + p["stamp"])
    return "\n".join(parts)


def C(amin, amax, period, quote, agency, vendor, product=None, unit=None) -> dict:
    d = {"amount_min": amin, "amount_max": amax, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor}
    if product:
        d["product"] = product
    if unit:
        d["unit"] = unit
    return d


def N(count, quote, measure, agency, vendor=None, qualifier=None, per=None, usage=True) -> dict:
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor, "_usage": usage}


def P(quote, agency) -> dict:
    return {"quote": quote, "agency": agency}


def E(frm, to, date, subject) -> dict:
    return {"from": frm, "to": to, "date": date, "subject": subject}


def doc(**kw) -> None:
    DOCS.append(kw)


# =============================================================================================
# 01  Indiana -- Fort Wayne: phone print of a reseller's email + ruled sales quotation
# =============================================================================================
FW = "Fort Wayne Police Department"
FWC = "City of Fort Wayne"
TR = "Three Rivers Public Safety Solutions"
CV = "Clearview AI"
doc(
    id="01", name="in-fort-wayne-reseller-quote", state="IN",
    kind="iPhone Mail print of a reseller's email + ruled sales quotation with terms",
    render="print", scan=None,
    pages=[
        page("""
4:31                                                       5G  68%
< Inbox                                                      ^   v

Dana Whitcombe
To: Marcus Oyelaran
Cc: purchasing@cityoffortwayne.org

FWPD Clearview renewal - revised quote
March 4, 2024 at 4:12 PM

Sgt. Oyelaran,

Revised quote attached (TR-24-0311).
The only change since Friday is the
loyalty credit on the seat renewal.

Recap for your memo:
- your 14 named seats renew for
  another 12 months
- the Mobile add-on for the six
  street crimes detectives is priced
  per user for the same term
- remote onboarding is a one-time
  charge

Clearview tells me FWPD ran a
little over 2,300 searches during
the current term. Your Lt. also
mentioned the tool turned up
41 workable leads for detectives
last year, so the renewal should
be an easy sell.

I can hold these prices through
March 29, 2024.

Dana

Dana Whitcombe
Account Executive
Three Rivers Public Safety
Solutions, LLC
(260) 555-0148

[PDF]  QUOTE_TR-24-0311.pdf
       412 KB
"""),
        page("""
THREE RIVERS PUBLIC SAFETY SOLUTIONS, LLC
2417 Spy Run Avenue, Suite 5  |  Fort Wayne, IN 46805  |  (260) 555-0148
Authorized Government Reseller for Clearview AI, Inc.

                                   SALES QUOTATION

Quote No.:      TR-24-0311                        Date:         03/04/2024
Customer No.:   FW-00192                          Valid thru:   03/29/2024
Sales rep:      D. Whitcombe                  Terms:   Net 30, billed annually in advance

BILL TO                                           END USER
City of Fort Wayne                                Fort Wayne Police Department
Purchasing Department                             Investigative Support Division
200 E. Berry Street, Suite 480                    1320 E. Creighton Avenue
Fort Wayne, IN 46802                              Fort Wayne, IN 46803

+----+--------------------------------------------+-----+-------------+--------------+
| Ln | Description                                | Qty |  Unit Price |     Extended |
+----+--------------------------------------------+-----+-------------+--------------+
|  1 | Clearview AI Investigative Platform,       |  14 |   $1,990.00 |   $27,860.00 |
|    | named-user seat, 12-month renewal term     |     |  /user/year |              |
|    | (03/30/2024 - 03/29/2025)                  |     |             |              |
+----+--------------------------------------------+-----+-------------+--------------+
|  2 | Clearview AI Mobile add-on,                |   6 |     $590.00 |    $3,540.00 |
|    | 12-month term, co-terminous with Line 1    |     |  /user/year |              |
+----+--------------------------------------------+-----+-------------+--------------+
|  3 | Remote onboarding and investigator         |   1 |    lump sum |    $1,250.00 |
|    | training, one-time                         |     |             |              |
+----+--------------------------------------------+-----+-------------+--------------+
|  4 | Cellebrite UFED 4PC license renewal,       |   2 |   $3,700.00 |    $7,400.00 |
|    | annual (mobile device forensics)           |     |             |              |
+----+--------------------------------------------+-----+-------------+--------------+
|    | Less loyalty credit, 5% of Line 1          |     |             |  ($1,393.00) |
+----+--------------------------------------------+-----+-------------+--------------+

                       Facial recognition, Lines 1-3, net of credit:       $31,257.00
                       Device forensics, Line 4:                             $7,400.00
                       Indiana sales tax (exempt):                               $0.00
                       QUOTE TOTAL:                                         $38,657.00

OPTIONAL THREE-YEAR TERM (Lines 1-2 only; replaces the 12-month pricing above)
   Platform seats:   $1,890.00 per user per year x 14 users
   Mobile add-on:    $560.00 per user per year x 6 users
   Annual installment $29,820.00; three-year total $89,460.00, billed annually.
   The loyalty credit does not apply to the three-year option.
""", footer="Three Rivers Public Safety Solutions, LLC  -  Quote TR-24-0311  -  Page 1 of 2"),
        page("""
TERMS AND CONDITIONS (summary; the Clearview AI End User Terms govern)

1. Pricing assumes one renewal order covering all seats; partial orders will be re-quoted.
2. Clearview AI's search index contains more than 50 billion publicly available facial images.
3. Use of the Platform is restricted to sworn officers and authorized analysts of the End User.
4. A search result is an investigative lead only and shall not be the sole basis for an arrest.
5. Seats are assigned to named individuals and may not be shared between users.
6. Annual fees are invoiced 30 days before each term anniversary.
7. This quote is confidential and may not be shared except as required by law.


Accepted for the City of Fort Wayne:


____________________________________            Date: ____________________
Name / Title
""", footer="Three Rivers Public Safety Solutions, LLC  -  Quote TR-24-0311  -  Page 2 of 2"),
    ],
    labels=dict(
        request_agency=FW,
        agencies=[FWC, FW],
        vendors=[TR, CV, "Cellebrite"],
        products=["Clearview AI Investigative Platform", "Clearview AI Mobile", "Cellebrite UFED 4PC"],
        costs=[
            C(27860, 27860, "year", "$27,860.00", FWC, TR, "Clearview AI Investigative Platform"),
            C(1990, 1990, "year", "$1,990.00", FWC, TR, "Clearview AI Investigative Platform", "per user"),
            C(3540, 3540, "year", "$3,540.00", FWC, TR, "Clearview AI Mobile"),
            C(590, 590, "year", "$590.00", FWC, TR, "Clearview AI Mobile", "per user"),
            C(1250, 1250, "one-time", "$1,250.00", FWC, TR),
            C(31257, 31257, None, "$31,257.00", FWC, TR),
            C(1890, 1890, "year", "$1,890.00 per user per year", FWC, TR, "Clearview AI Investigative Platform", "per user"),
            C(560, 560, "year", "$560.00 per user per year", FWC, TR, "Clearview AI Mobile", "per user"),
            C(29820, 29820, "year", "Annual installment $29,820.00", FWC, TR),
            C(89460, 89460, None, "three-year total $89,460.00", FWC, TR),
        ],
        counts=[
            N(14, "your 14 named seats", "licenses", FW, CV),
            N(6, "the Mobile add-on for the six", "users", FW, CV),
            N(2300, "little over 2,300 searches", "searches", FW, CV, "over"),
            N(41, "41 workable leads", "leads", FW, CV, usage=False),
            N(50_000_000_000, "more than 50 billion publicly available facial images", "images", None, CV, "over"),
        ],
        policies=[
            P("Use of the Platform is restricted to sworn officers and authorized analysts of the End User.", FW),
            P("A search result is an investigative lead only and shall not be the sole basis for an arrest.", FW),
            P("Seats are assigned to named individuals and may not be shared between users.", FW),
        ],
        emails=[E("Dana Whitcombe", "Marcus Oyelaran", "March 4, 2024 at 4:12 PM", "FWPD Clearview renewal - revised quote")],
        dates=["2024-03-04", "2024-03-29", "2024-03-30", "2025-03-29"],
    ),
    traps="Cellebrite line $3,700.00/$7,400.00 (forensics, not FR); loyalty credit ($1,393.00) (a credit, "
          "not a cost); QUOTE TOTAL $38,657.00 (mixes FR and forensics); tax $0.00; 5%; '12 months', "
          "'30 days' (durations); phone, ZIP, street and quote/customer numbers; '412 KB'; "
          "repeats '14 users'/'6 users' and table Qty 14/6 (same figures as the labelled seat counts); "
          "term 7 (confidentiality boilerplate) and terms 1/6 (commercial terms, not use rules)",
)

# =============================================================================================
# 02  Georgia -- Gwinnett County PD: DataWorks Plus invoice + county purchase order (Bates)
# =============================================================================================
GC = "Gwinnett County Police Department"
DW = "DataWorks Plus"
doc(
    id="02", name="ga-gwinnett-dataworks-invoice-po", state="GA",
    kind="vendor invoice (column-aligned) + county purchase order; Bates-stamped",
    render="print", scan="print",
    pages=[
        page("""
DataWorks Plus, LLC                                                              INVOICE
728 N. Pleasantburg Drive
Greenville, SC 29607                                          Remit to:  P.O. Box 105372
Tel. (864) 555-0193                                                      Atlanta, GA 30348

Invoice No.:    DWP-24-11872                    Invoice Date:   08/15/2023
Customer ID:    GA-GWN-PD                       Due Date:       09/14/2023
Customer PO:    PO-23-GCPD-04417                Terms:          Net 30

Bill To:                                        Ship To:
Gwinnett County Police Department               Gwinnett County Police Department
Attn: Accounts Payable                          Identification Unit
770 Hi Hope Road                                770 Hi Hope Road
Lawrenceville, GA 30043                         Lawrenceville, GA 30043

Item      Description                                     Qty     Unit Price        Amount
-------   ---------------------------------------------   ----   -----------   -----------
FP-MNT    FACE Plus software maintenance and support,        1    $38,400.00    $38,400.00
          annual, coverage 09/01/2023 - 08/31/2024
FP-CLM    FACE Plus client license maintenance,             10     $1,150.00    $11,500.00
          10 investigator seats, per seat per year
FP-CNV    Legacy mugshot conversion and enrollment,        412         $4.75     $1,957.00
          per 1,000 images (412,000 images), one-time
LS-MNT    Livescan fingerprint station maintenance,          6     $2,310.00    $13,860.00
          annual
MF-SUP    Mobile fingerprint reader support, annual         20        $95.00     $1,900.00

                                                         Subtotal                $67,617.00
                                                         Sales tax (exempt)           $0.00
                                                         AMOUNT DUE              $67,617.00

Note: After conversion the FACE Plus gallery holds 1,486,200 images, drawn from Gwinnett
County Sheriff's Office jail booking photographs dating from 2001.
Please reference the invoice number on your remittance. Thank you for your business.
""", footer="GCPD ORR 23-0982                                                               000214"),
        page("""
GWINNETT COUNTY, GEORGIA
Department of Financial Services -- Purchasing Division
75 Langley Drive, Lawrenceville, GA 30046

PURCHASE ORDER                                        PO Number:   PO-23-GCPD-04417
                                                      PO Date:     07/27/2023
                                                      Revision:    0

Vendor:             DataWorks Plus, LLC   (Vendor No. 0041877)
Requesting dept.:   Police Department -- Identification Unit
Buyer:              T. Abernathy-Cole, CPPB

Ln   Description                                       Account              Amount
--   -----------------------------------------------   -----------------   -----------
1    FACE Plus maintenance, client licenses and        10-4210-52.2310      $51,857.00
     mugshot conversion (facial recognition)
2    Livescan and mobile fingerprint maintenance       10-4210-52.2320      $15,760.00
                                                       PO TOTAL             $67,617.00

Blanket not-to-exceed authority, 09/01/2023 - 08/31/2024:     $70,000.00

Special conditions
a. Invoices must reference this PO number and the coverage period.
b. Vendor personnel with remote access to County systems shall sign the CJIS Security Addendum.
c. Vendor personnel shall pass a fingerprint-based background check before access is granted.


Authorized signature: ____________________________     Purchasing Manager
""", footer="GCPD ORR 23-0982                                                               000215"),
    ],
    labels=dict(
        request_agency=GC,
        agencies=[GC, "Gwinnett County Sheriff's Office", "Gwinnett County Department of Financial Services"],
        vendors=[DW],
        products=["FACE Plus"],
        costs=[
            C(38400, 38400, "year", "$38,400.00    $38,400.00", GC, DW, "FACE Plus"),
            C(11500, 11500, "year", "$11,500.00", GC, DW, "FACE Plus"),
            C(1150, 1150, "year", "$1,150.00", GC, DW, "FACE Plus", "per seat"),
            C(1957, 1957, "one-time", "$1,957.00", GC, DW, "FACE Plus"),
            C(4.75, 4.75, "one-time", "$4.75", GC, DW, "FACE Plus", "per 1,000 images"),
            C(51857, 51857, None, "$51,857.00", GC, DW, "FACE Plus"),
        ],
        counts=[
            N(10, "10 investigator seats", "licenses", GC, DW),
            N(412000, "412,000 images", "images", GC, DW),
            N(1486200, "holds 1,486,200 images", "images", GC, DW),
        ],
        policies=[],
        emails=[],
        dates=["2023-08-15", "2023-09-14", "2023-09-01", "2024-08-31", "2023-07-27", "2001"],
    ),
    traps="fingerprint lines LS-MNT/MF-SUP ($2,310.00, $13,860.00, $95.00, $1,900.00, Qty 6 and 20) and PO "
          "line 2 $15,760.00; Subtotal/AMOUNT DUE/PO TOTAL $67,617.00 and blanket NTE $70,000.00 (mix FR and "
          "fingerprint); tax $0.00; Qty 412 (thousands of images, labelled via '412,000 images'); account, "
          "vendor, PO, P.O. Box, ZIP and phone numbers; Bates stamps; special conditions b/c (vendor staff, "
          "not FR use rules) and a (invoicing)",
)

# =============================================================================================
# 03  Ohio -- City of Dayton: commission agenda + minutes (scan with clerk stamp)
# =============================================================================================
DY = "City of Dayton"
DPD = "Dayton Police Department"
COG = "Cognitec Systems"
doc(
    id="03", name="oh-dayton-commission-agenda-minutes", state="OH",
    kind="city commission agenda (consent + legislation, staff summary) + approved minutes",
    render="pdfpage", scan="print",
    pages=[
        page("""
CITY OF DAYTON, OHIO                                      CITY COMMISSION
101 West Third Street                                     REGULAR MEETING AGENDA
Dayton, Ohio 45402                                        Wednesday, May 15, 2024, 6:00 p.m.

VI. CONSENT AGENDA -- CONTRACTS AND PURCHASES

  6-A   Public Works / Vance Outdoor Co.
        Street tree pruning and removal, one year                               $84,300.00
  6-B   Police / Flock Group, Inc.
        License plate reader cameras, 50 units, two-year subscription          $187,500.00

VII. LEGISLATION

  7-C   Ordinance No. 32218-24 (second reading)
        AN ORDINANCE authorizing the City Manager to enter into a five-year Software License
        and Support Agreement with Cognitec Systems Corporation for facial image comparison
        software for the Department of Police, in an amount not to exceed $148,000.00.

STAFF SUMMARY -- ITEM 7-C (Department of Police)

The Department of Police requests authority to purchase FaceVACS-DBScan LE, which compares a
still image with booking photographs kept by the Montgomery County Sheriff's Office.
The Sheriff's booking archive holds roughly 310,000 images.
Year one carries a one-time cost of $44,000.00 for perpetual licensing, setup and training.
Years two through five are billed at $26,000.00 per year for maintenance and support.
The agreement includes eight examiner licenses.
Detectives now send comparison requests to the Ohio Attorney General through OHLEG (Ohio Law
Enforcement Gateway); they submitted about 1,150 such requests in 2023.

Fiscal impact: General Fund, Department of Police, account 1000-4110-5316.
""", stamp="CITY OF DAYTON - CLERK OF COMMISSION - PUBLIC RECORDS REQUEST 24-0611 - PAGE 1"),
        page("""
MINUTES OF THE DAYTON CITY COMMISSION
Regular Meeting, Wednesday, May 15, 2024
Approved by the Commission on June 5, 2024

PRESENT: Mayor Evelyn Marchetti-Shaw; Commissioners Darius Abernathy, Beatrice Lindqvist,
Howard Nakamura-Reid and Selma Obi.

CONSENT AGENDA
Items 6-A and 6-B were approved on a single motion, 5-0.

ORDINANCE NO. 32218-24 -- COGNITEC SYSTEMS CORPORATION (Item 7-C)
Police Chief Raymond Okafor-Hart presented the item. He said the software would not be linked
to any live camera feed and that examiners would review every candidate before a detective
is told of it.
Commissioner Lindqvist asked what now prevents the Department from running surveillance video
through the state's OHLEG service. The Chief replied that there is no City policy that
prohibits it, but that the Department's draft general order would limit searches to images
tied to a criminal investigation.
Four residents spoke on the item; three opposed it.

Commissioner Lindqvist moved to amend the ordinance by adding a Section 3, which reads:
"Section 3.
(a) The Department shall not use the software to identify people at a lawful protest.
(b) Each January the Department shall report to the Commission its search and arrest totals."
The amendment, seconded by Commissioner Obi, passed 5-0.
The ordinance, as amended, passed 4-1, with Commissioner Abernathy voting no.

The meeting adjourned at 8:42 p.m.

Attest: ____________________________
        Clerk of the Commission
""", stamp="CITY OF DAYTON - CLERK OF COMMISSION - PUBLIC RECORDS REQUEST 24-0611 - PAGE 2"),
    ],
    labels=dict(
        request_agency=DY,
        agencies=[DY, "Dayton City Commission", DPD, "Montgomery County Sheriff's Office",
                  "Ohio Attorney General's Office"],
        vendors=[COG, "Flock Safety", "Vance Outdoor Co."],
        products=["FaceVACS-DBScan LE", "Ohio Law Enforcement Gateway"],
        costs=[
            C(None, 148000, None, "not to exceed $148,000.00", DY, COG, "FaceVACS-DBScan LE"),
            C(44000, 44000, "one-time", "one-time cost of $44,000.00", DY, COG, "FaceVACS-DBScan LE"),
            C(26000, 26000, "year", "$26,000.00 per year", DY, COG, "FaceVACS-DBScan LE"),
        ],
        counts=[
            N(310000, "roughly 310,000 images", "images", "Montgomery County Sheriff's Office", None, "about"),
            N(8, "eight examiner licenses", "licenses", DPD, COG),
            N(1150, "about 1,150 such requests", "searches", DPD, None, "about"),
        ],
        policies=[
            P("The Department shall not use the software to identify people at a lawful protest.", DPD),
            P("Each January the Department shall report to the Commission its search and arrest totals.", DPD),
        ],
        emails=[],
        dates=["2024-05-15", "2024-06-05", "2023"],
    ),
    traps="consent items $84,300.00 (trees) and $187,500.00 (Flock ALPR), '50 units'; votes 5-0 and 4-1; "
          "'Four residents'/'three opposed'; ordinance and account numbers; 'five-year', 'Years two through "
          "five' (durations); the Chief's 'would not be linked'/'would review' (plans) and 'draft general "
          "order would limit' (proposal); 'there is no City policy that prohibits it' (negation); clerk stamp",
)

# =============================================================================================
# 04  Florida -- Sarasota County SO: contract amendment with IDEMIA (scan, Bates)
# =============================================================================================
SC = "Sarasota County Sheriff's Office"
ID = "IDEMIA"
MFI = "MorphoFace Investigate"
doc(
    id="04", name="fl-sarasota-idemia-amendment-2", state="FL",
    kind="contract amendment (recitals, fee schedule, NTE, credit, use restrictions); Bates-stamped",
    render="pdfpage", scan="pdfpage",
    pages=[
        page("""
AMENDMENT NO. 2
TO THE SOFTWARE LICENSE AND SERVICES AGREEMENT (SCSO CONTRACT NO. 2021-118)
BETWEEN THE SARASOTA COUNTY SHERIFF'S OFFICE AND IDEMIA IDENTITY & SECURITY USA LLC

This Amendment No. 2 is made by the Sarasota County Sheriff's Office ("SCSO"), a constitutional
office of the State of Florida, and IDEMIA Identity & Security USA LLC ("IDEMIA"). It is
effective on the date of the last signature below.

RECITALS

WHEREAS, SCSO and IDEMIA entered into the Software License and Services Agreement effective
October 1, 2021 (the "Agreement"), under which IDEMIA licensed its MorphoFace Investigate
facial recognition software (the "System") to SCSO;

WHEREAS, the Agreement provided for an initial three-year term at a total price of $168,000.00;

WHEREAS, Amendment No. 1, dated September 12, 2022, added the mobile capture module at no
additional cost and moved the System to SCSO's disaster-recovery site;

WHEREAS, as of July 31, 2024, the System's SCSO gallery held about 1.1 million booking images;

WHEREAS, the parties wish to extend the term, revise the compensation, and restrict the
use of the System;

NOW, THEREFORE, the parties agree as follows:

1. Term. Section 3.1 of the Agreement is amended to extend the term through September 30, 2026.

2. Compensation. Section 4.1 of the Agreement is deleted and replaced with:
   "4.1 Total compensation under the Agreement, as amended,
   shall not exceed Three Hundred Twelve Thousand Five Hundred Dollars ($312,500.00)."
""", stamp="SCSO 24-1187 000031"),
        page("""
3. Annual Fees. Exhibit B of the Agreement is replaced with the following schedule:

      Renewal year    Period                        Annual license and support fee
      Year 4          10/01/2024 - 09/30/2025       $61,200.00
      Year 5          10/01/2025 - 09/30/2026       $63,036.00

   Additional workstation licenses cost $2,450.00 per workstation per year.
   SCSO may add them by written order, up to a maximum of eight (8) additional licenses.

4. Service Credit. For the System outage of March 4-6, 2024, IDEMIA shall apply a one-time
   service credit of $4,000.00 against the Year 4 fee.

5. Use Restrictions. The following Section 9.3 is added to the Agreement:
   "9.3 Use of the System.
   (a) SCSO shall use the System solely in connection with lawful criminal investigations.
   (b) SCSO shall not use the System for real-time or continuous surveillance of any person.
   (c) A candidate returned by the System is an investigative lead only.
   (d) A candidate shall not by itself establish probable cause for an arrest.
   (e) Only SCSO members who have completed IDEMIA's facial examiner course may run searches."

6. Personnel Security. IDEMIA personnel with access to Criminal Justice Information shall
   complete fingerprint-based background checks under the FBI CJIS Security Policy.

7. Public Records. IDEMIA acknowledges that SCSO is subject to Chapter 119, Florida Statutes.

8. Ratification. Except as amended by Amendment No. 1 and this Amendment No. 2, all terms of
   the Agreement remain in full force and effect.
""", stamp="SCSO 24-1187 000032"),
        page("""
IN WITNESS WHEREOF, the parties have executed this Amendment No. 2.

SARASOTA COUNTY SHERIFF'S OFFICE               IDEMIA IDENTITY & SECURITY USA LLC

By: ________________________________           By: ________________________________
    Colleen M. Ashworth-Beale, Sheriff              Rahul Venkatesan, Vice President,
                                                    Public Security Solutions

Date: 8/20/2024                                Date: August 14, 2024


Approved as to form and legal sufficiency:

________________________________
Tobias Greer, General Counsel, Sarasota County Sheriff's Office
""", stamp="SCSO 24-1187 000033"),
    ],
    labels=dict(
        request_agency=SC,
        agencies=[SC, "Federal Bureau of Investigation"],
        vendors=[ID],
        products=[MFI],
        costs=[
            C(168000, 168000, None, "initial three-year term at a total price of $168,000.00", SC, ID, MFI),
            C(None, 312500, None,
              "shall not exceed Three Hundred Twelve Thousand Five Hundred Dollars ($312,500.00)", SC, ID, MFI),
            C(61200, 61200, "year", "$61,200.00", SC, ID, MFI),
            C(63036, 63036, "year", "$63,036.00", SC, ID, MFI),
            C(2450, 2450, "year", "$2,450.00 per workstation per year", SC, ID, MFI, "per workstation"),
        ],
        counts=[
            N(1_100_000, "about 1.1 million booking images", "images", SC, ID, "about"),
            N(8, "up to a maximum of eight (8) additional licenses", "licenses", SC, ID, "up to"),
        ],
        policies=[
            P("SCSO shall use the System solely in connection with lawful criminal investigations.", SC),
            P("SCSO shall not use the System for real-time or continuous surveillance of any person.", SC),
            P("A candidate returned by the System is an investigative lead only.", SC),
            P("A candidate shall not by itself establish probable cause for an arrest.", SC),
            P("Only SCSO members who have completed IDEMIA's facial examiner course may run searches.", SC),
        ],
        emails=[],
        dates=["2021-10-01", "2022-09-12", "2024-07-31", "2026-09-30", "2024-10-01", "2025-09-30",
               "2025-10-01", "2024-03-04", "2024-03-06", "2024-08-20", "2024-08-14"],
    ),
    traps="service credit $4,000.00 (a credit, not a cost); 'no additional cost'; contract no. 2021-118 and "
          "section numbers 3.1/4.1/9.3; Chapter 119; 'Year 4'/'Year 5'; 'three-year' (duration); "
          "clause 6 (vendor personnel, not a use rule); clauses 7/8 (boilerplate); Bates stamps",
)

# =============================================================================================
# 05  Oklahoma -- Service Oklahoma / Norman PD: interagency MOU (photocopied scan)
# =============================================================================================
SO = "Service Oklahoma"
NPD = "Norman Police Department"
doc(
    id="05", name="ok-service-oklahoma-norman-pd-mou", state="OK",
    kind="interagency MOU (state DL face-search service used by a city police department)",
    render="print", scan="print-photocopy",
    pages=[
        page("""
                            MEMORANDUM OF UNDERSTANDING
                                      between
                                 SERVICE OKLAHOMA
                                        and
                 THE CITY OF NORMAN, OKLAHOMA, FOR ITS POLICE DEPARTMENT

              Access to the Driver License Facial Recognition Search Service
                                MOU No. SO-LE-2024-031

1. PARTIES
Service Oklahoma ("SO") issues driver licenses and identification cards for the State of
Oklahoma. The Norman Police Department ("NPD") is the police department of the City of Norman.

2. BACKGROUND
SO operates a facial recognition search service supplied under a state contract with Thales.
The service compares a probe image with about 6.3 million license and ID card photographs.
Searches are run by SO facial examiners; NPD submits requests and receives examiner reports.

3. AUTHORIZED REQUESTERS
3.1 NPD may designate no more than four (4) employees as Authorized Requesters.
3.2 Each Authorized Requester must complete SO requester training before submitting a request.

4. CONDITIONS OF USE
4.1 Requests shall be submitted only through the SO Facial Search Request Portal.
4.2 Each request must include an NPD case number and the offense under investigation.
4.3 NPD may not submit a probe image to identify a person engaged in lawful protest.
4.4 A candidate returned by SO is an investigative lead only, not a positive identification.
4.5 NPD shall not rely on a candidate as the sole basis for an arrest, search or detention.
4.6 Examiner reports must be purged from NPD systems after 90 days unless filed in a case.
4.7 SO shall audit no fewer than ten percent (10%) of NPD requests each calendar year.
""", footer="SO-LE-2024-031                                                              Page 1 of 2"),
        page("""
5. FEES
5.1 The first 500 requests submitted by NPD in each state fiscal year carry no charge.
5.2 Each request beyond 500 in a state fiscal year is billed at $3.00 per request.
5.3 Total fees under this MOU shall not exceed $2,500.00 per state fiscal year.
5.4 Fees are invoiced to the Norman Police Department each July.

6. PRIOR ACTIVITY
Under its earlier agreement with the Oklahoma Department of Public Safety, NPD submitted
318 requests in calendar year 2023; 97 of them returned at least one candidate.

7. CONFIDENTIALITY
Information exchanged under this MOU is confidential and shall be released only as the
Oklahoma Open Records Act and other law allow.

8. TERM
This MOU takes effect on the date of the last signature and remains in effect for three (3)
years. Either party may end it on thirty (30) days' written notice.


FOR SERVICE OKLAHOMA                             FOR THE CITY OF NORMAN

______________________________                   ______________________________
Adaeze Whitfield-Crane                           Marcus J. Tollefson
Chief Executive Officer                          City Manager
Date: 1/16/2024                                  Date: 1-22-24


Reviewed: ______________________   Chief of Police, Norman Police Department   Date: 1/19/2024
""", footer="SO-LE-2024-031                                                              Page 2 of 2"),
    ],
    labels=dict(
        request_agency=NPD,
        agencies=[SO, "City of Norman", NPD, "Oklahoma Department of Public Safety"],
        vendors=["Thales"],
        products=[],
        costs=[
            C(3, 3, None, "$3.00 per request", NPD, None, None, "per request"),
            C(None, 2500, "year", "shall not exceed $2,500.00 per state fiscal year", NPD, None),
        ],
        counts=[
            N(6_300_000, "about 6.3 million license and ID card photographs", "images", SO, "Thales", "about"),
            N(4, "no more than four (4) employees", "users", NPD, None, "up to"),
            N(318, "318 requests", "searches", NPD, None),
            N(97, "97 of them returned at least one candidate", "matches", NPD, None, usage=False),
        ],
        policies=[
            P("NPD may designate no more than four (4) employees as Authorized Requesters.", NPD),
            P("Each Authorized Requester must complete SO requester training before submitting a request.", NPD),
            P("Requests shall be submitted only through the SO Facial Search Request Portal.", NPD),
            P("Each request must include an NPD case number and the offense under investigation.", NPD),
            P("NPD may not submit a probe image to identify a person engaged in lawful protest.", NPD),
            P("A candidate returned by SO is an investigative lead only, not a positive identification.", NPD),
            P("NPD shall not rely on a candidate as the sole basis for an arrest, search or detention.", NPD),
            P("Examiner reports must be purged from NPD systems after 90 days unless filed in a case.", NPD),
            P("SO shall audit no fewer than ten percent (10%) of NPD requests each calendar year.", SO),
        ],
        emails=[],
        dates=["2023", "2024-01-16", "2024-01-22", "2024-01-19"],
    ),
    traps="'first 500 requests'/'beyond 500' (a free-tier threshold, not usage); 10%; '90 days', 'three (3) "
          "years', 'thirty (30) days' (durations); MOU number SO-LE-2024-031 (not a date); section 7 "
          "(confidentiality boilerplate); 5.4 (invoicing); 'no charge'",
)

# =============================================================================================
# 06  Massachusetts -- Worcester PD: Thunderbird print + General Order
# =============================================================================================
WPD = "Worcester Police Department"
doc(
    id="06", name="ma-worcester-pd-go-460-thunderbird", state="MA",
    kind="Thunderbird print of a cover email + general order (numbered rules)",
    render="print", scan=None,
    pages=[
        page("""
Subject:    Final G.O. 460 - Facial Recognition Search Requests
From:       Renata Szabo <SzaboR@worcesterma.gov>
Date:       11/6/2023, 2:47 PM
To:         WPD Command Staff <WPDCommandStaff@worcesterma.gov>
CC:         Ines Carvalho <CarvalhoI@worcesterma.gov>

All,

Attached is the signed General Order 460. It takes effect Monday, November 13, 2023.
Please have it read at roll call on all shifts this week.

Two changes from the October draft:
1) The draft would have let detectives send requests straight to the Registry.
The final order routes every request through the Crime Analysis Unit.
2) The draft would also have required a second supervisor's sign-off. The Chief took that out.

For context, the Registry's figures show we sent 27 written requests in 2022 and 19 so far
in 2023. The State Police ran another 6 for us this year.

We still have no contract with any facial recognition vendor; this order doesn't change that.

Renata

Lt. Renata Szabo
Crime Analysis Unit, Worcester Police Department
9-11 Lincoln Square, Worcester, MA 01608
""", header="Final G.O. 460 - Facial Recognition Search Requests",
             footer="1 of 3                                                          11/7/2023, 8:05 AM"),
        page("""
WORCESTER POLICE DEPARTMENT                                             GENERAL ORDER 460

Subject:       Facial Recognition Search Requests
Effective:     November 13, 2023                      Rescinds:   Training Bulletin 2019-07
Issued by:     Chief of Police Desmond A. Kuria
References:    M.G.L. c. 6, s. 220; St. 2020, c. 253, s. 26

I. POLICY
Facial recognition can help identify suspects, victims and missing persons, but it can also
return the wrong person. Members shall request facial recognition searches only in writing.
Requests may be sent only to the Registry of Motor Vehicles, the State Police or the FBI.
The Department does not own, lease or operate any facial recognition system.

II. DEFINITIONS
A. Facial recognition search: an automated comparison of a probe image with a database of
   images that returns a list of possible candidates.
B. Probe image: an image of an unknown person submitted for comparison.
C. Candidate: a person returned by a search as a possible match.

III. PROCEDURE
A. The case detective shall complete Form 460-A for each request.
B. A request may be made only for a criminal investigation or to identify a deceased person.
C. Each request must be approved by the Detective Bureau commander or the Shift Commander.
D. The Crime Analysis Unit shall submit each approved request and keep a copy in the case file.
E. Members shall not use a commercial face recognition service such as Clearview AI or PimEyes.
F. The prohibition in E includes free trials, personal accounts and apps on personal devices.
G. A candidate is an investigative lead and shall not by itself establish probable cause.
H. Members are prohibited from submitting images of people at a lawful protest or assembly.
""", header="Final G.O. 460 - Facial Recognition Search Requests",
             footer="2 of 3                                                          11/7/2023, 8:05 AM"),
        page("""
IV. REPORTING
A. The Crime Analysis Unit shall log every request and its result.
B. The Unit shall send the log to the Executive Office of Public Safety and Security quarterly.

V. ACCOUNTABILITY
Violation of this order may result in discipline up to and including termination.

VI. LEGAL EFFECT
This order is for internal Department use only. It does not enlarge a member's civil or
criminal liability and shall not be construed as creating a higher standard of care.


By order of:

Desmond A. Kuria
Chief of Police
""", header="Final G.O. 460 - Facial Recognition Search Requests",
             footer="3 of 3                                                          11/7/2023, 8:05 AM"),
    ],
    labels=dict(
        request_agency=WPD,
        agencies=[WPD, "Massachusetts Registry of Motor Vehicles", "Massachusetts State Police",
                  "Federal Bureau of Investigation", "Executive Office of Public Safety and Security"],
        vendors=[CV, "PimEyes"],
        products=[],
        costs=[],
        counts=[
            N(27, "27 written requests in 2022", "searches", WPD),
            N(19, "19 so far", "searches", WPD),
            N(6, "another 6 for us", "searches", WPD),
        ],
        policies=[
            P("The final order routes every request through the Crime Analysis Unit.", WPD),
            P("Members shall request facial recognition searches only in writing.", WPD),
            P("Requests may be sent only to the Registry of Motor Vehicles, the State Police or the FBI.", WPD),
            P("The case detective shall complete Form 460-A for each request.", WPD),
            P("A request may be made only for a criminal investigation or to identify a deceased person.", WPD),
            P("Each request must be approved by the Detective Bureau commander or the Shift Commander.", WPD),
            P("The Crime Analysis Unit shall submit each approved request and keep a copy in the case file.", WPD),
            P("Members shall not use a commercial face recognition service such as Clearview AI or PimEyes.", WPD),
            P("The prohibition in E includes free trials, personal accounts and apps on personal devices.", WPD),
            P("A candidate is an investigative lead and shall not by itself establish probable cause.", WPD),
            P("Members are prohibited from submitting images of people at a lawful protest or assembly.", WPD),
            P("The Crime Analysis Unit shall log every request and its result.", WPD),
            P("The Unit shall send the log to the Executive Office of Public Safety and Security quarterly.", WPD),
            P("Violation of this order may result in discipline up to and including termination.", WPD),
        ],
        emails=[E("Renata Szabo", "WPD Command Staff", "11/6/2023, 2:47 PM",
                  "Final G.O. 460 - Facial Recognition Search Requests")],
        dates=["2023-11-07", "2023-11-06", "2023-11-13", "2022", "2023"],
    ),
    traps="the October draft 'would have let'/'would also have required' (proposals, no year); 'The "
          "Department does not own, lease or operate...' (description); definitions II.A-C; VI legal-effect "
          "boilerplate ('shall not be construed'); 'no contract with any facial recognition vendor'; "
          "M.G.L. c. 6, s. 220 and 'St. 2020, c. 253, s. 26' (statute citation, its year not labelled as a "
          "date); 'Training Bulletin 2019-07'; Form 460-A; '1 of 3' page marks; street number and ZIP",
)

# =============================================================================================
# 07  Minnesota -- Duluth PD: Outlook desktop print, newest first (scan)
# =============================================================================================
DU = "Duluth Police Department"
doc(
    id="07", name="mn-duluth-pd-clearview-trial-outlook", state="MN",
    kind="Outlook desktop print, newest first (lieutenant / sergeant / vendor rep)",
    render="print", scan="print",
    pages=[
        page("""
Bergquist, Aaron
___________________________________________________________________________________________

From:                      Haskins, Jolene
Sent:                      Thursday, February 8, 2024 10:14 AM
To:                        Bergquist, Aaron
Cc:                        Nwosu, Patrick
Subject:                   RE: FW: Duluth PD - trial wrap-up and pricing

Aaron,

The Chief's answer on the purchase is no, at least until the Council acts on the ordinance.
Please make sure the trial accounts are closed today and let me know when that's done.
Effective now, no member may use a commercial facial recognition platform, trial or paid.
I'll issue that as a written directive tomorrow.

Jolene

Lt. Jolene Haskins
Investigations Division | Duluth Police Department
2030 N. Arlington Ave., Duluth, MN 55811 | 218-555-0162

From: Bergquist, Aaron <ABergquist@duluthmn.gov>
Sent: Wednesday, February 7, 2024 4:51 PM
To: Haskins, Jolene <JHaskins@duluthmn.gov>
Subject: FW: Duluth PD - trial wrap-up and pricing

Lt. Haskins,

Here is where the Clearview trial ended up:
- 9 investigators had trial accounts between Dec. 4 and Jan. 31.
- Together they ran 146 searches.
- 11 searches gave the case detective a lead worth working; 2 of those ended in an arrest.
- Renewal is priced per user per year (Tyler's note is below). With their minimum order we
  would be paying no less than $11,250 a year.

For what it's worth, there is no department policy that prohibits the trial accounts right
now, so nobody has done anything wrong. We should decide before the trial converts to paid.

Aaron
""", footer="                                            1"),
        page("""
Sgt. Aaron Bergquist
Duluth Police Department | Investigations

From: Tyler Brandvold <tyler.brandvold@clearview.ai>
Sent: Tuesday, January 30, 2024 9:37 AM
To: Bergquist, Aaron <ABergquist@duluthmn.gov>
Subject: Duluth PD - trial wrap-up and pricing

CAUTION: This email originated from outside of the City of Duluth. Do not click links or
open attachments unless you recognize the sender.

Sergeant Bergquist,

Thanks again to you and your investigators for trialing Clearview AI.
Your trial accounts stay open through January 31.

A few points for your command staff:
- Our search index now holds more than 40 billion facial images from public web sources.
- Agency pricing for Duluth would be $2,250 per user per year, billed annually upfront.
- Your investigators keep their search history when the trial converts.

I'm glad to set up a call with the Chief.

Tyler Brandvold
Government Account Executive, Clearview AI
(646) 555-0117

This email and any files transmitted with it are confidential and intended solely for the use
of the individual or entity to whom they are addressed. If you have received this email in
error, please notify the sender.

Data practices notice: this message may contain not public data under Minn. Stat. ch. 13.
""", footer="                                            2"),
    ],
    labels=dict(
        request_agency=DU,
        agencies=[DU, "Duluth City Council", "City of Duluth"],
        vendors=[CV],
        products=[],
        costs=[
            C(11250, 11250, "year", "no less than $11,250 a year", DU, CV),
            C(2250, 2250, "year", "$2,250 per user per year", DU, CV, None, "per user"),
        ],
        counts=[
            N(9, "9 investigators had trial accounts", "users", DU, CV),
            N(146, "ran 146 searches", "searches", DU, CV),
            N(11, "11 searches gave the case detective a lead", "leads", DU, CV, usage=False),
            N(2, "2 of those ended in an arrest", "arrests", DU, CV, usage=False),
            N(40_000_000_000, "more than 40 billion facial images", "images", None, CV, "over"),
        ],
        policies=[
            P("Effective now, no member may use a commercial facial recognition platform, trial or paid.", DU),
        ],
        emails=[
            E("Haskins, Jolene", "Bergquist, Aaron", "Thursday, February 8, 2024 10:14 AM",
              "RE: FW: Duluth PD - trial wrap-up and pricing"),
            E("Bergquist, Aaron", "Haskins, Jolene", "Wednesday, February 7, 2024 4:51 PM",
              "FW: Duluth PD - trial wrap-up and pricing"),
            E("Tyler Brandvold", "Bergquist, Aaron", "Tuesday, January 30, 2024 9:37 AM",
              "Duluth PD - trial wrap-up and pricing"),
        ],
        dates=["2024-02-08", "2024-02-07", "2024-01-30"],
    ),
    traps="'there is no department policy that prohibits' (negation); 'Please make sure the trial accounts "
          "are closed' (an errand, not a use rule); 'I'll issue that as a written directive' (plan); "
          "'Dec. 4', 'Jan. 31', 'January 31' (no year, not labelled as dates); vendor confidentiality footer, "
          "external-mail caution banner, Minn. Stat. ch. 13 notice; phone numbers, street number, ZIP; "
          "Outlook page numbers",
)

# =============================================================================================
# 08  South Carolina -- Charleston PD / SLED: Gmail print, oldest first
# =============================================================================================
CPD = "Charleston Police Department"
SLED = "South Carolina Law Enforcement Division"
FRS = "SLED Facial Recognition Service"
GM_HDR = "10/12/23, 3:40 PM               City of Charleston Mail - SLED FRS access - CPD user additions"
GM_URL = "https://mail.google.com/mail/u/0/?ik=3f9a1c77e2&view=pt&search=all&permthid=thread-f:1779"
doc(
    id="08", name="sc-charleston-pd-sled-frs-gmail", state="SC",
    kind="Gmail print (Workspace), 4 messages oldest first; state agency hosting a system used by a city",
    render="print", scan="print",
    pages=[
        page("""
City of Charleston Mail                             Keon Pressley <pressleyk@charleston-sc.gov>

SLED FRS access - CPD user additions
4 messages

Keon Pressley <pressleyk@charleston-sc.gov>                         Tue, Oct 3, 2023 at 9:02 AM
To: Marguerite Fasano <mfasano@sled.sc.gov>
Cc: Darnell Whitlock <whitlockd@charleston-sc.gov>

Good morning Ms. Fasano,

CPD currently has 8 active users on the SLED Facial Recognition Service (FRS).
We would like to add the six analysts below from our Real Time Crime Center:

   Priya Venkataraman      Jordan Ellery-Mack      Tomas Quintero
   Shanice Boyd-Larkin     Wesley Amundsen         Farah Haddad-Jones

Please let me know what SLED needs from us.

Keon Pressley
Manager, Crime Analysis and Real Time Crime Center
Charleston Police Department
180 Lockwood Boulevard, Charleston, SC 29403

Marguerite Fasano <mfasano@sled.sc.gov>                             Tue, Oct 3, 2023 at 1:47 PM
To: Keon Pressley <pressleyk@charleston-sc.gov>

Mr. Pressley,

Happy to help.
Before an account is issued, each new user must complete SLED's four-hour FRS course.
Each user must also sign the FRS Acceptable Use Agreement.

On cost: SLED bills participating agencies $600 per user per year, invoiced each July.

The statewide FRS gallery holds a little over 2.7 million booking photographs.
CPD users ran 1,134 searches last fiscal year, the fourth-highest total in the state.

Marguerite Fasano
FRS Program Coordinator, South Carolina Law Enforcement Division
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information
and are intended only for the named recipient. If you are not that recipient, please delete it.
""", header=GM_HDR, footer=GM_URL + "   1/2"),
        page("""
Keon Pressley <pressleyk@charleston-sc.gov>                         Wed, Oct 4, 2023 at 8:15 AM
To: Marguerite Fasano <mfasano@sled.sc.gov>
Cc: Darnell Whitlock <whitlockd@charleston-sc.gov>

Thank you. Understood on cost: six more users at $600 adds $3,600 a year, which brings our
annual FRS bill to $8,400. Our budget line for FRS fees is $9,000, so we are covered.
All six will take the course on October 10.

Keon

Marguerite Fasano <mfasano@sled.sc.gov>                            Thu, Oct 12, 2023 at 2:58 PM
To: Keon Pressley <pressleyk@charleston-sc.gov>

Mr. Pressley,

All six accounts are active as of this afternoon. Please pass these reminders on:
An FRS result may not be used as the sole basis for an arrest warrant.
Under the SLED FRS Policy, searches of images from protests are prohibited.

Thanks,
M. Fasano
""", header=GM_HDR, footer=GM_URL + "   2/2"),
    ],
    labels=dict(
        request_agency=CPD,
        agencies=[CPD, SLED, "City of Charleston"],
        vendors=[],
        products=[FRS],
        costs=[
            C(600, 600, "year", "$600 per user per year", CPD, None, FRS, "per user"),
            C(3600, 3600, "year", "adds $3,600 a year", CPD, None, FRS),
            C(8400, 8400, "year", "annual FRS bill to $8,400", CPD, None, FRS),
            C(9000, 9000, None, "budget line for FRS fees is $9,000", CPD, None, FRS),
        ],
        counts=[
            N(8, "8 active users", "users", CPD),
            N(6, "All six accounts are active", "accounts", CPD),
            N(2_700_000, "a little over 2.7 million booking photographs", "images", SLED, None, "over"),
            N(1134, "ran 1,134 searches", "searches", CPD),
        ],
        policies=[
            P("Before an account is issued, each new user must complete SLED's four-hour FRS course.", SLED),
            P("Each user must also sign the FRS Acceptable Use Agreement.", SLED),
            P("An FRS result may not be used as the sole basis for an arrest warrant.", SLED),
            P("Under the SLED FRS Policy, searches of images from protests are prohibited.", SLED),
        ],
        emails=[
            E("Keon Pressley", "Marguerite Fasano", "Tue, Oct 3, 2023 at 9:02 AM", "SLED FRS access - CPD user additions"),
            E("Marguerite Fasano", "Keon Pressley", "Tue, Oct 3, 2023 at 1:47 PM", "SLED FRS access - CPD user additions"),
            E("Keon Pressley", "Marguerite Fasano", "Wed, Oct 4, 2023 at 8:15 AM", "SLED FRS access - CPD user additions"),
            E("Marguerite Fasano", "Keon Pressley", "Thu, Oct 12, 2023 at 2:58 PM", "SLED FRS access - CPD user additions"),
        ],
        dates=["2023-10-12", "2023-10-03", "2023-10-04"],
    ),
    traps="'the six analysts below' and 'six more users'/'All six will take' (same six as the labelled "
          "accounts); 'at $600' (repeat); 'fourth-highest' (rank); 'four-hour' (duration); 'October 10', "
          "'each July' (no year); '4 messages'; confidentiality notice; Gmail print URL, '1/2'; street "
          "number and ZIP",
)

# =============================================================================================
# 09  New York -- Buffalo PD: Apple Mail forward ('>' quoting) + DCJS grant budget worksheet
# =============================================================================================
BPD = "Buffalo Police Department"
VS = "Vigilant Solutions"
VFS = "Vigilant FaceSearch"
doc(
    id="09", name="ny-buffalo-pd-facesearch-give-budget", state="NY",
    kind="Apple Mail forward with '>' quoting + state grant budget detail worksheet",
    render="print", scan=None,
    pages=[
        page("""
From: Carla Ingersoll <CIngersoll@bpdny.org>
Subject: Fwd: FaceSearch pricing for GIVE budget
Date: April 18, 2023 at 3:26:51 PM EDT
To: Owen Tkachuk <OTkachuk@bpdny.org>

Owen,

Brent's numbers are below. The subscription is now line 4 and the setup fee is line 5 of
the attached worksheet. The ALPR and body camera lines did not change.

The three-year price is lower, but DCJS funds GIVE one year at a time, so I kept the
one-year price. I also left out the live camera option; that would need Common Council
approval.

Carla

Carla Ingersoll
Grants Administrator | Buffalo Police Department
68 Court Street, Buffalo, NY 14202


Begin forwarded message:

> From: "Hollis, Brent" <Brent.Hollis@motorolasolutions.com>
> Subject: FaceSearch pricing for GIVE budget
> Date: April 17, 2023 at 11:05:12 AM EDT
> To: Carla Ingersoll <CIngersoll@bpdny.org>
>
> Hi Carla,
>
> As promised, here is BPD's pricing for Vigilant FaceSearch:
>
>   - Annual subscription for up to 25 named users: $18,500 per year
>   - Gallery setup and mugshot load: $3,000, one-time
>   - Three-year commitment: $17,900 per year, fixed for all three years
>   - Optional live-camera alerting: $1,200 per camera per year
>
> FaceSearch also lets your investigators search more than 1.6 million booking photos
> that other agencies share through LEARN.
>
> Happy to join a call with the Commissioner's office next week.
>
> Brent Hollis
> Account Manager, Vigilant Solutions | Motorola Solutions
"""),
        page("""
NEW YORK STATE DIVISION OF CRIMINAL JUSTICE SERVICES
GUN INVOLVED VIOLENCE ELIMINATION (GIVE) -- BUDGET DETAIL WORKSHEET

Grantee:           Buffalo Police Department
Contract period:   07/01/2023 - 06/30/2024
Prepared by:       C. Ingersoll                                Draft 3, 04/18/2023

Line  Category      Description                               Qty    Unit Cost        Total
----  -----------   ---------------------------------------   ---   ----------   ----------
1     Personnel     Crime analyst, 1.0 FTE                      1      $62,400      $62,400
2     Fringe        Fringe benefits at 48.2% of line 1                              $30,077
3     Equipment     ALPR fixed-site cameras, installed          4       $9,850      $39,400
4     Contractual   Vigilant FaceSearch subscription, 12 mo.    1      $18,500      $18,500
5     Contractual   FaceSearch gallery setup, one-time          1       $3,000       $3,000
6     Equipment     Body-worn cameras with docks               10       $1,049      $10,490
7     Training      FaceSearch examiner course, tuition and travel                   $2,350
                                                                TOTAL REQUEST      $166,217

Budget narrative
Lines 4-5: Facial image search to help identify suspects in shooting investigations. Use will
be limited to trained investigators in the Intelligence Unit, and a search result alone would
not be grounds for an arrest.
Line 3: Plate readers at four corridor locations in the East District.
Line 6: Replaces ten cameras that are past their service life.
Line 7: Vendor examiner course for the Intelligence Unit.
"""),
    ],
    labels=dict(
        request_agency=BPD,
        agencies=[BPD, "New York State Division of Criminal Justice Services", "Buffalo Common Council"],
        vendors=[VS, "Motorola Solutions"],
        products=[VFS, "LEARN"],
        costs=[
            C(18500, 18500, "year", "$18,500 per year", BPD, VS, VFS),
            C(3000, 3000, "one-time", "$3,000, one-time", BPD, VS, VFS),
            C(17900, 17900, "year", "$17,900 per year", BPD, VS, VFS),
            C(1200, 1200, "year", "$1,200 per camera per year", BPD, VS, VFS, "per camera"),
            C(2350, 2350, None, "$2,350", BPD, VS, VFS),
        ],
        counts=[
            N(25, "up to 25 named users", "users", BPD, VS, "up to"),
            N(1_600_000, "more than 1.6 million booking photos", "images", None, VS, "over"),
        ],
        policies=[],
        emails=[
            E("Carla Ingersoll", "Owen Tkachuk", "April 18, 2023 at 3:26:51 PM EDT", "Fwd: FaceSearch pricing for GIVE budget"),
            E("Hollis, Brent", "Carla Ingersoll", "April 17, 2023 at 11:05:12 AM EDT", "FaceSearch pricing for GIVE budget"),
        ],
        dates=["2023-04-18", "2023-04-17", "2023-07-01", "2024-06-30"],
    ),
    traps="budget lines 1-3 and 6 (analyst $62,400, fringe $30,077 and 48.2%, ALPR $9,850/$39,400 and Qty 4, "
          "body cameras $1,049/$10,490 and Qty 10); TOTAL REQUEST $166,217 (mixed); table repeats of $18,500 "
          "and $3,000; 'Draft 3'; 'four corridor locations', 'ten cameras'; budget narrative 'Use will be "
          "limited ... would not be grounds' (plan, not an adopted rule); 'three-year' (duration)",
)

# =============================================================================================
# 10  New Hampshire -- Manchester PD: Lotus Notes print + sole source justification (photocopy, Bates)
# =============================================================================================
MPD = "Manchester Police Department"
NEC = "NEC Corporation of America"
doc(
    id="10", name="nh-manchester-pd-neoface-sole-source", state="NH",
    kind="Lotus Notes print, newest first with history + purchasing sole-source justification form",
    render="print", scan="print-photocopy",
    pages=[
        page("""
Paul Dufresne/MPD/Manchester      To   Gail Corriveau/Purchasing/Manchester@Manchester
06/11/2014 02:16 PM               cc   Andre Lemieux/MPD/Manchester@Manchester
                                 bcc
                             Subject   Re: NeoFace quote - PO request

Gail,

Attached is the sole source justification, which the Chief signed this morning.
NEC's quote comes to $64,750 in total: the server license, installation, and two years of
maintenance. Funding is from our 2013 JAG award, so no general fund money is involved.

Paul

Lt. Paul Dufresne
Criminal Investigation Division
Manchester Police Department
(603) 555-0171

Gail Corriveau---06/10/2014 04:40:12 PM---Paul, Before I can issue a PO over $25,000 without

From:     Gail Corriveau/Purchasing/Manchester
To:       Paul Dufresne/MPD/Manchester@Manchester
Date:     06/10/2014 04:40 PM
Subject:  NeoFace quote - PO request

Paul,

Before I can issue a PO over $25,000 without competitive bids I need a written sole source
justification signed by the Chief. Please use form P-7 and attach NEC's quote.

Gail Corriveau, CPPB
Purchasing Agent
City of Manchester
""", footer="MANCHESTER PD  -  RSA 91-A RELEASE                                        MPD-000087"),
        page("""
CITY OF MANCHESTER, NEW HAMPSHIRE
PURCHASING DIVISION -- SOLE SOURCE JUSTIFICATION (FORM P-7)

Requesting department:  Manchester Police Department, Criminal Investigation Division
Proposed vendor:        NEC Corporation of America, Irving, Texas
Item:                   NeoFace Reveal forensic facial recognition software
Estimated total cost:   $64,750.00
Funding source:         2013 Edward Byrne Memorial JAG award to the Manchester Police
                        Department (award total $97,318; award no. 2013-DJ-BX-0712)

Cost detail (NEC quotation Q-NE-14-2217, dated May 28, 2014)
   NeoFace Reveal server license, perpetual, one-time                  $41,500.00
   Installation, configuration and operator training, one-time          $6,250.00
   Software maintenance, years 1-2, at $8,500.00 per year              $17,000.00
                                                              Total    $64,750.00

1. Why is this vendor the only source that meets the need?
NeoFace Reveal can enhance and search low-resolution, off-angle stills from surveillance video.
In the Department's 2013 evaluation it did better on such images than the other product tested.
That product, Animetrics ForensicaGPS, was quoted at $52,900 and lacks video-still enhancement.

2. Search gallery
The Department's booking system holds approximately 185,000 arrest photographs.
Those photographs would be enrolled as the search gallery.

3. Intended use
The Department expects that detectives in the Criminal Investigation Division would be trained
as operators. A draft written policy would limit searches to open criminal cases.

4. Price reasonableness
NEC's price is within 3 percent of its published GSA schedule price for the same configuration.

I certify that the above is accurate and that no other source meets the Department's need.

Chief of Police:   ______________________   Marcel T. Brouillard        Date: 6/11/14
Purchasing Agent:  ______________________   Gail Corriveau, CPPB        Date: ________
""", footer="MANCHESTER PD  -  RSA 91-A RELEASE                                        MPD-000088"),
    ],
    labels=dict(
        request_agency=MPD,
        agencies=[MPD, "City of Manchester"],
        vendors=[NEC, "Animetrics"],
        products=["NeoFace Reveal", "ForensicaGPS"],
        costs=[
            C(64750, 64750, None, "NEC's quote comes to $64,750", MPD, NEC, "NeoFace Reveal"),
            C(41500, 41500, "one-time", "$41,500.00", MPD, NEC, "NeoFace Reveal"),
            C(6250, 6250, "one-time", "$6,250.00", MPD, NEC, "NeoFace Reveal"),
            C(8500, 8500, "year", "$8,500.00 per year", MPD, NEC, "NeoFace Reveal"),
            C(17000, 17000, None, "$17,000.00", MPD, NEC, "NeoFace Reveal"),
            C(52900, 52900, None, "quoted at $52,900", MPD, "Animetrics", "ForensicaGPS"),
        ],
        counts=[
            N(185000, "approximately 185,000 arrest photographs", "images", MPD, None, "about"),
        ],
        policies=[],
        emails=[
            E("Paul Dufresne/MPD/Manchester", "Gail Corriveau/Purchasing/Manchester@Manchester",
              "06/11/2014 02:16 PM", "Re: NeoFace quote - PO request"),
            E("Gail Corriveau/Purchasing/Manchester", "Paul Dufresne/MPD/Manchester@Manchester",
              "06/10/2014 04:40 PM", "NeoFace quote - PO request"),
        ],
        dates=["2014-06-11", "2014-06-10", "2013", "2014-05-28"],
    ),
    traps="'$25,000' twice (a bid threshold); JAG 'award total $97,318' (whole grant, not FR-specific); award "
          "no. 2013-DJ-BX-0712, quotation no. Q-NE-14-2217, form P-7; '$64,750.00' twice (repeats of the "
          "labelled total); '3 percent'; 'years 1-2'/'two years' (durations); 'would be enrolled', 'would "
          "be trained', 'A draft written policy would limit' (plans/proposals, no policy labelled); the "
          "Lotus Notes preview line repeats message 2's header (one email label); Bates stamps; phone",
)

# =============================================================================================
# 11  California -- Riverside County: internal audit report with statistics tables
# =============================================================================================
RSD = "Riverside County Sheriff's Department"
PROB = "Riverside County Probation Department"
NUM = "Numerica Corporation"
LUM = "Lumen FR"
doc(
    id="11", name="ca-riverside-auditor-fr-audit", state="CA",
    kind="county internal audit report (findings, recommendations, two statistics tables)",
    render="print", scan=None,
    pages=[
        page("""
Released by the Riverside County Sheriff's Department - CPRA request R24-3310 - record 4 of 7

COUNTY OF RIVERSIDE
OFFICE OF THE AUDITOR-CONTROLLER
INTERNAL AUDIT DIVISION

Internal Audit Report 2024-017
Riverside County Sheriff's Department: Facial Recognition Program
Report date: November 19, 2024


EXECUTIVE SUMMARY

We reviewed the Sheriff's Department's use of Lumen FR, a facial recognition service licensed
from Numerica Corporation, for the period July 1, 2021 through June 30, 2024.

Over those three fiscal years the Department paid Numerica $214,400 for Lumen FR licensing.
The current agreement runs through June 30, 2025 and has a not-to-exceed amount of $300,000.
In calendar year 2023, Department and Probation users ran 4,452 searches, or about 371 a month.
Department records tie 111 arrests in 2023 to investigations in which a search was run.

We found that searches were often run without the supervisor approval that Department policy
requires, that accounts of former employees stayed active, and that the Probation Department's
access is not covered by any written agreement.
""", footer="Internal Audit Report 2024-017                                                     Page 1"),
        page("""
BACKGROUND

Lumen FR compares a probe image with booking photographs from the Sheriff's jail management
system. As of June 30, 2024 the gallery held 2,386,512 booking photographs.
The Department issues accounts to sworn staff and crime analysts. It also issues accounts to
the Riverside County Probation Department.

Table 1. Lumen FR payments to Numerica Corporation

  Period               Description                            Licensed users        Amount
  7/1/21 - 6/30/22     Lumen FR subscription                             120       $66,000
  7/1/22 - 6/30/23     Lumen FR subscription renewal                     120       $69,300
  7/1/23 - 6/30/24     Lumen FR renewal, added seats                     175       $79,100
  Total                                                                           $214,400

Table 2. Lumen FR activity by unit, calendar year 2023

  Unit                                   Active users    Searches    Arrests noted
  Sheriff - Central Investigations                 41       1,978               52
  Sheriff - patrol stations (10)                   97       2,356               59
  Probation Department *                           12         118              n/a
  Total                                           150       4,452              111

  * Probation does not report arrests to the Sheriff's Department.
""", footer="Internal Audit Report 2024-017                                                     Page 2"),
        page("""
FINDINGS AND RECOMMENDATIONS

Finding 1 -- Searches without recorded supervisor approval
Department Policy 3.44 requires a supervisor to approve each Lumen FR search before it is run.
For 612 of the 4,452 searches run in 2023 (13.7 percent), no approval was recorded.
Recommendation 1.1: The Department should configure Lumen FR to hold each search until a
supervisor approves it.
Management response: Concur. The Department will request the change from Numerica by
March 31, 2025.

Finding 2 -- Accounts of former employees
On June 30, 2024, Lumen FR accounts belonging to 23 former employees were still active.
Recommendation 2.1: Accounts should be disabled within five business days of separation.
Management response: Concur.

Finding 3 -- Probation Department access
Probation staff hold Lumen FR accounts, but no memorandum of understanding governs their use.
There is no policy that prohibits Probation users from searching social media images.
Recommendation 3.1: The Department should sign an MOU with Probation before renewing those
accounts, and the MOU should prohibit searches of social media images.
Management response: Partially concur; Probation's access will be reviewed at renewal.

Scope limitation
We did not examine the Department's automated license plate reader program (Flock Safety),
which cost $402,600 over the same period.

Prepared by:  Lorena Quist-Mbeki, Senior Internal Auditor
Reviewed by:  Franklin O. Adeyemi-Hart, Chief Internal Auditor
cc: Board of Supervisors; Sheriff-Coroner; Chief Probation Officer
""", footer="Internal Audit Report 2024-017                                                     Page 3"),
    ],
    labels=dict(
        request_agency=RSD,
        agencies=["County of Riverside", "Riverside County Auditor-Controller", RSD, PROB,
                  "Riverside County Board of Supervisors"],
        vendors=[NUM, "Flock Safety"],
        products=[LUM],
        costs=[
            C(214400, 214400, None, "paid Numerica $214,400", RSD, NUM, LUM),
            C(None, 300000, None, "not-to-exceed amount of $300,000", RSD, NUM, LUM),
            C(66000, 66000, "year", "$66,000", RSD, NUM, LUM),
            C(69300, 69300, "year", "$69,300", RSD, NUM, LUM),
            C(79100, 79100, "year", "$79,100", RSD, NUM, LUM),
        ],
        counts=[
            N(4452, "ran 4,452 searches", "searches", RSD, NUM),
            N(111, "111 arrests", "arrests", RSD, NUM, usage=False),
            N(2386512, "the gallery held 2,386,512 booking photographs", "images", RSD, NUM),
            N(120, "Lumen FR subscription                             120", "users", RSD, NUM),
            N(175, "Lumen FR renewal, added seats                     175", "users", RSD, NUM),
            N(41, "Sheriff - Central Investigations                 41       1,978               52", "users", RSD, NUM),
            N(1978, "Sheriff - Central Investigations                 41       1,978               52", "searches", RSD, NUM),
            N(52, "Sheriff - Central Investigations                 41       1,978               52", "arrests", RSD, NUM, usage=False),
            N(97, "Sheriff - patrol stations (10)                   97       2,356               59", "users", RSD, NUM),
            N(2356, "Sheriff - patrol stations (10)                   97       2,356               59", "searches", RSD, NUM),
            N(59, "Sheriff - patrol stations (10)                   97       2,356               59", "arrests", RSD, NUM, usage=False),
            N(12, "Probation Department *                           12         118", "users", PROB, NUM),
            N(118, "Probation Department *                           12         118", "searches", PROB, NUM),
            N(150, "Total                                           150", "users", RSD, NUM),
            N(612, "612 of the 4,452 searches", "searches", RSD, NUM),
            N(23, "accounts belonging to 23 former employees", "accounts", RSD, NUM),
        ],
        policies=[
            P("Department Policy 3.44 requires a supervisor to approve each Lumen FR search before it is run.", RSD),
        ],
        emails=[],
        dates=["2024-11-19", "2021-07-01", "2024-06-30", "2025-06-30", "2023", "2022-06-30", "2022-07-01",
               "2023-06-30", "2023-07-01", "2025-03-31"],
    ),
    traps="'about 371 a month' (a rounded restatement of 4,452 a year, not labelled); Table 1 second '120' "
          "and Table 2 totals 4,452/111 and Table 1 Total $214,400 (repeats); 'n/a'; 'patrol stations (10)'; "
          "'13.7 percent'; 'five business days'; ALPR $402,600 (Flock); report/CPRA/policy/recommendation "
          "numbers (2024-017, R24-3310, 'record 4 of 7', 3.44, 1.1, 2.1, 3.1); the executive summary's "
          "'without the supervisor approval that Department policy requires' (a finding; the rule is "
          "labelled once, in Finding 1); recommendations with 'should'; 'There is no policy that "
          "prohibits' (negation); management responses 'will request'/'will be reviewed' (plans)",
)

# =============================================================================================
# 12  North Carolina -- CMPD media clip: news story naming several agencies (photocopied scan)
# =============================================================================================
CMPD = "Charlotte-Mecklenburg Police Department"
MCSO = "Mecklenburg County Sheriff's Office"
GPD = "Gastonia Police Department"
doc(
    id="12", name="nc-cmpd-media-clip-fr-spending", state="NC",
    kind="news story in a police PIO's daily media clips; several agencies and a vendor",
    render="text", scan="print-photocopy",
    pages=[
        page("""
CMPD PUBLIC AFFAIRS DIVISION - DAILY MEDIA CLIPS - TUESDAY, JULY 30, 2024
Clip 3 of 9   |   Source: Queen City Dispatch (qcdispatch.com)   |   Section: Public Safety

Records: CMPD's facial recognition spending tops six figures as searches climb

By Nadia Forsberg
July 29, 2024

The Charlotte-Mecklenburg Police Department has paid Clearview AI for facial recognition
searches since 2022, and officers are using the tool more each year, according to contracts,
invoices and usage reports the Dispatch obtained through public records requests.

CMPD signed a three-year, $131,400 agreement with Clearview in September 2022. Invoices show
the department now pays $43,800 a year for 60 user licenses.

Officers ran more than 7,900 searches between January 2023 and June 2024, according to
monthly usage reports that Clearview sends the department. CMPD said those searches
contributed to 214 arrests. A spokesperson would not say how many ended in a conviction.

Clearview says its database holds more than 50 billion images gathered from the public
internet, including social media sites.

CMPD's written directive says a possible match "must never be the only basis for an arrest."
The directive also requires a supervisor to approve every search before it is run.
Officers are barred from using the tool to identify people at protests, a spokesperson said.

Other agencies in the region have moved more slowly.

The Mecklenburg County Sheriff's Office paid $9,950 for a one-year, five-seat Clearview
subscription in March 2024, a purchase order shows. The office has no written policy for it.
"There is no policy that prohibits a deputy from running a search," a sheriff's spokesperson
said, "but we are writing one."

In Gaston County, the Gastonia Police Department tried Clearview on a free trial in 2021.
Logs show officers ran about 300 searches before the trial ended; the department did not buy
a subscription.

The Matthews Police Department said it has never used facial recognition.

Charlotte City Council member Renee Abiodun-Marsh has proposed an ordinance that would require
council approval before the city buys any new surveillance technology. A vote is expected in
September.

CMPD also spends about $1.2 million a year on Flock Safety license plate readers, records show.
The Dispatch paid CMPD $48 in copying fees for the records used in this story.
"""),
    ],
    labels=dict(
        request_agency=CMPD,
        agencies=[CMPD, MCSO, GPD, "Matthews Police Department", "Charlotte City Council"],
        vendors=[CV, "Flock Safety"],
        products=[],
        costs=[
            C(131400, 131400, None, "three-year, $131,400 agreement", CMPD, CV),
            C(43800, 43800, "year", "pays $43,800 a year", CMPD, CV),
            C(9950, 9950, "year", "paid $9,950 for a one-year, five-seat Clearview", MCSO, CV),
        ],
        counts=[
            N(60, "60 user licenses", "licenses", CMPD, CV),
            N(7900, "more than 7,900 searches", "searches", CMPD, CV, "over"),
            N(214, "214 arrests", "arrests", CMPD, CV, usage=False),
            N(50_000_000_000, "more than 50 billion images", "images", None, CV, "over"),
            N(5, "five-seat", "licenses", MCSO, CV),
            N(300, "about 300 searches", "searches", GPD, CV, "about"),
        ],
        policies=[
            P('a possible match "must never be the only basis for an arrest."', CMPD),
            P("The directive also requires a supervisor to approve every search before it is run.", CMPD),
            P("Officers are barred from using the tool to identify people at protests", CMPD),
        ],
        emails=[],
        dates=["2024-07-30", "2024-07-29", "2022", "2022-09", "2023-01", "2024-06", "2024-03", "2021"],
    ),
    traps="'tops six figures' (vague); ALPR 'about $1.2 million a year' (Flock); '$48 in copying fees' "
          "(records fee); 'Clip 3 of 9'; 'September' (no year); 'has proposed an ordinance that would "
          "require' (proposal); 'There is no policy that prohibits' and 'no written policy' (negations); "
          "'free trial' (no amount); Matthews PD (no use)",
)


# =============================================================================================
def build() -> None:
    (HERE / "docs").mkdir(exist_ok=True)
    records = []
    for d in DOCS:
        fname = f"{d['id']}_{d['name']}"
        text = "\f".join(page_text(p) for p in d["pages"]) + "\n"
        (HERE / "docs" / f"{fname}.txt").write_text(text, encoding="ascii")
        lab = d["labels"]
        counts = lab["counts"]
        rec = {
            "file": f"docs/{fname}.txt",
            "request_agency": lab["request_agency"],
            "agencies": lab["agencies"],
            "vendors": lab["vendors"],
            "products": lab["products"],
            "costs": lab["costs"],
            "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in counts if c["_usage"]],
            "counts": [{k: v for k, v in c.items() if k != "_usage"} for c in counts],
            "policies": lab["policies"],
            "emails": lab["emails"],
            "dates": lab["dates"],
            "pdf": f"pdf/{fname}.pdf",
            "scan": f"pdf/{fname}.scan.pdf" if d["scan"] else None,
        }
        records.append(rec)
    (HERE / "labels.json").write_text(json.dumps(records, indent=1, ensure_ascii=True) + "\n")
    print(f"wrote {len(records)} documents and labels.json")


if __name__ == "__main__":
    build()
