"""Writes docs/*.txt and labels.json for holdout41 (six invented releases: AR, CT, ID, MD, NM, TX).
Labels are written from intent, before anything is rendered. Run: python3 build.py"""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75      # the born-digital helper wraps near 80 characters
MAX_LINES = 44     # and drops text below about 50 lines; the scan does not flow


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
        page_text = "\n".join(parts) + "\n"
        lines = page_text.splitlines()
        assert len(lines) <= MAX_LINES, (file, len(lines))
        for ln in lines:
            assert len(ln) <= MAX_COLS, (file, len(ln), ln)
            assert ln.isascii(), (file, ln)
        texts.append(page_text)
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Arkansas: Fort Smith PD
# Sole-source justification (prose) + purchase order as a real table.
FSPD = "Fort Smith Police Department"
DWP = "DataWorks Plus"
# PO arithmetic, checked here so the printed table is consistent
_lines = [38500.00, 6930.00, 6900.00, 4200.00, 1800.00, 14875.00, 3150.00, 285.00]
_sub = sum(_lines)
_tax = round((14875.00 + 3150.00 + 285.00) * 0.0975 + 1e-9, 2)
_total = round(_sub - 2000.00 + _tax, 2)
assert (_sub, _tax, _total) == (76640.00, 1785.23, 76425.23), (_sub, _tax, _total)
assert round(sum(_lines[:5]), 2) == 58330.00 and round(_total - 58330.00, 2) == 18095.23

doc("01_fort-smith-pd-dataworks-sole-source-po.txt", [
    (None, """\
CITY OF FORT SMITH, ARKANSAS - PURCHASING DIVISION
SOLE SOURCE JUSTIFICATION                       Form PUR-114 (Rev. 07/21)

Requesting department: Police Department / Criminal Investigations Div.
Prepared by:           Capt. Darren Whitlock, ext. 4471
Date:                  February 6, 2024
Proposed vendor:       DataWorks Plus, LLC (Vendor No. V-0031942)
Quotation:             DWP-24-1187, dated January 29, 2024

1. Goods or services requested
The Police Department requests the FACE Plus facial recognition module
from DataWorks Plus to search booking photographs already stored in the
Department's Digital PhotoManager system. The face recognition
components total $58,330 before tax: $38,500 as a one-time server
licence fee, $6,930 for first-year software maintenance, and the cost
of six investigator workstation licences, legacy photo enrollment and
remote training.

2. Why only this vendor can meet the need
a. Digital PhotoManager, also a DataWorks Plus product, already holds
   approximately 412,000 booking photographs taken by the Sebastian
   County Sheriff's Office at the Adult Detention Center since 2003.
   FACE Plus reads that database directly; no export is required.
b. The Department obtained an informal price of $41,000 from a reseller
   of Rank One Computing's ROC SDK. That option would need a custom
   interface to Digital PhotoManager that no vendor has quoted, and it
   was not selected.

3. Cost in later years and funding
Maintenance for years two through five is quoted at $7,280 per year,
which reflects the vendor's standard 5% annual escalator. The 2024
Police capital budget carries $60,000 for this purchase (project
PD-24-07, Facial Recognition Upgrade).

4. Conditions of use
Under CID Directive 24-03, a FACE Plus result is an investigative lead
only and must be reviewed by a second trained examiner before it is
shared with a case agent. Workstation licences will be issued only to
investigators who have completed the vendor's facial comparison course.

Purchases over $35,000 require Board of Directors approval.
Requested: D. Whitlock 02/06/24        Approved: L. Baptiste, Purch. Mgr.
""", "FSPD-FOIA-24-0412  000001"),
    (None, """\
CITY OF FORT SMITH                                        PURCHASE ORDER
623 Garrison Avenue, Fort Smith, AR 72901          PO No.    24-000873
Purchasing (479) 555-0142                          PO Date   02/20/2024
                                                   Req. No.  RQ-24-01562
Vendor:   DataWorks Plus, LLC  (V-0031942)
          728 N. Pleasantburg Dr., Greenville, SC 29607
Ship to:  Fort Smith Police Department, Attn: CID
          100 S. 10th Street, Fort Smith, AR 72901
Terms:    Net 30      Quote ref: DWP-24-1187      Buyer: K. Yarbrough

LN QTY DESCRIPTION                                 UNIT PRICE    EXTENDED
-- --- ------------------------------------------ ----------- -----------
 1   1 FACE Plus server licence (perpetual)          38,500.00   38,500.00
 2   1 FACE Plus maint. 03/01/2024-02/28/2025         6,930.00    6,930.00
 3   6 FACE Plus investigator workstation lic.        1,150.00    6,900.00
 4   1 Legacy booking photo enrollment, one-time      4,200.00    4,200.00
 5   1 FACE Plus remote admin/user training           1,800.00    1,800.00
 6   1 LiveScan fingerprint station refresh          14,875.00   14,875.00
 7   1 Digital PhotoManager annual maintenance        3,150.00    3,150.00
 8   1 Freight                                          285.00      285.00
                                                    SUBTOTAL   76,640.00
                          Promotional credit (DWP-PC-118)      -2,000.00
                          Sales tax 9.75% (lines 6-8 only)      1,785.23
                                                    PO TOTAL   76,425.23

ACCOUNT DISTRIBUTION
1010-2041-5420  PD Capital - Software (lines 1-5)              58,330.00
1010-2041-5365  PD Equipment/Maintenance (lines 6-8, net)      18,095.23

Board of Directors approval: Resolution R-31-24, 02/20/2024

Authorized signature: ______________________   Purchasing Manager

Vendor: reference PO No. 24-000873 on every invoice. Invoices go to
Accounts Payable, P.O. Box 1908, Fort Smith, AR 72902.
""", "FSPD-FOIA-24-0412  000002"),
], "pdf", FSPD,
    [FSPD, "City of Fort Smith", "Sebastian County Sheriff's Office"],
    [DWP, "Rank One Computing"],
    ["FACE Plus", "Digital PhotoManager", "ROC SDK"],
    [
        C(58330, 58330, None, "components total $58,330 before tax", FSPD, DWP, "FACE Plus"),
        C(38500, 38500, "one-time", "$38,500 as a one-time server", FSPD, DWP, "FACE Plus"),
        C(6930, 6930, "year", "$6,930 for first-year software maintenance", FSPD, DWP, "FACE Plus"),
        C(7280, 7280, "year", "quoted at $7,280 per year", FSPD, DWP, "FACE Plus"),
        C(60000, 60000, None, "carries $60,000 for this purchase", FSPD, DWP, "FACE Plus"),
        C(6900, 6900, None, "FACE Plus investigator workstation lic.        1,150.00    6,900.00",
          FSPD, DWP, "FACE Plus"),
        C(1150, 1150, None, "FACE Plus investigator workstation lic.        1,150.00", FSPD, DWP, "FACE Plus",
          unit="per license"),
        C(4200, 4200, "one-time", "Legacy booking photo enrollment, one-time      4,200.00", FSPD, DWP, "FACE Plus"),
        C(1800, 1800, None, "FACE Plus remote admin/user training           1,800.00", FSPD, DWP, "FACE Plus"),
    ],
    [
        N(412000, "approximately", "images", None, "approximately 412,000 booking photographs", FSPD, DWP),
        N(6, "exact", "licenses", None, "six investigator workstation licences", FSPD, DWP),
    ],
    [
        P("Under CID Directive 24-03, a FACE Plus result is an investigative lead\nonly and must be reviewed "
          "by a second trained examiner before it is\nshared with a case agent.", FSPD),
        P("Workstation licences will be issued only to\ninvestigators who have completed the vendor's facial "
          "comparison course.", FSPD),
    ],
    [],
    ["2024-02-06", "2024-01-29", "2003", "2024", "2024-02-20", "2024-03-01", "2025-02-28"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Connecticut: Waterbury PD
# Outlook (web) print of a reply chain with a forwarded vendor quote; photocopied scan.
WPD = "Waterbury Police Department"
CV = "Clearview AI"
CVP = "Clearview AI Investigative Platform"
SEP = "________________________________"
doc("02_waterbury-pd-clearview-renewal-outlook-thread.txt", [
    ("3/11/25, 2:07 PM                       Mail - Caruso, Angela - Outlook", f"""\
RE: Clearview renewal - 2025 pricing

Caruso, Angela <acaruso@waterburyct.org>
Wed 3/5/2025 10:12 AM
To: Pelletier, Brian <bpelletier@waterburyct.org>
Cc: Spagnolo, Fernando <fspagnolo@waterburyct.org>

Brian,

Thanks. Because the renewal is over $20,000 it has to go to the Board
of Aldermen as a resolution; I have drafted it for the April 7 agenda.
Please send me the usage numbers and the Chief's memo to attach.

Angela Caruso | Senior Buyer, Bureau of Purchases | City of Waterbury
(203) 555-0119

{SEP}
From: Spagnolo, Fernando <fspagnolo@waterburyct.org>
Sent: Tuesday, March 4, 2025 1:26 PM
To: Pelletier, Brian <bpelletier@waterburyct.org>; Caruso, Angela
Subject: RE: Clearview renewal - 2025 pricing

OK to renew at 10 seats. My February 14 memo stays in force with the
renewal: searches are run only by detectives assigned to the Detective
Bureau who have finished Clearview's online training, and every search
must carry a case or incident number. A Clearview result alone is never
probable cause to arrest or to apply for a warrant.

Corp Counsel suggested we also bar searches of images taken at lawful
protests. Not in the memo yet - let's talk about it Thursday.
""", "https://outlook.office.com/mail/id/AAQkADk3      WPD FOI 25-118   1/3"),
    ("3/11/25, 2:07 PM                       Mail - Caruso, Angela - Outlook", f"""\
{SEP}
From: Pelletier, Brian <bpelletier@waterburyct.org>
Sent: Tuesday, March 4, 2025 9:41 AM
To: Caruso, Angela <acaruso@waterburyct.org>
Cc: Spagnolo, Fernando <fspagnolo@waterburyct.org>
Subject: FW: Clearview renewal - 2025 pricing

Angela - renewal quote below for the purchasing file. Short version:
Clearview wants $24,000 for twelve months and 10 seats, up from the
$14,400 we paid last year for 6 seats. Naugatuck PD tells me they pay
$9,000 a year for three seats, for comparison.

{SEP}
From: Jordan Haskell <jordan.haskell@clearview.ai>
Sent: Monday, March 3, 2025 4:18 PM
To: Pelletier, Brian <bpelletier@waterburyct.org>
Subject: Clearview renewal - 2025 pricing

Hi Lt. Pelletier,

Thanks for the usage summary. For the 2025-26 term we can offer:

  Clearview AI Investigative Platform, 10 user licenses, 12 months
  $2,400 per user per year ........................... $24,000.00
  Clearview Mobile (app access for the same 10 users)      included

Our index now holds more than 50 billion publicly available facial
images. If the PO is issued by March 31 we will apply a $1,500 credit
for the overlap with your current term. Pricing is valid for 30 days.

Best,
Jordan Haskell | Public Sector Account Executive | Clearview AI
(646) 555-0173
""", "https://outlook.office.com/mail/id/AAQkADk3      WPD FOI 25-118   2/3"),
    ("3/11/25, 2:07 PM                       Mail - Caruso, Angela - Outlook", f"""\
{SEP}
From: Pelletier, Brian <bpelletier@waterburyct.org>
Sent: Thursday, February 27, 2025 8:55 AM
To: Jordan Haskell <jordan.haskell@clearview.ai>
Subject: Renewal / usage numbers

Jordan - per your ask, from the admin portal: our six accounts ran
1,312 searches over the past year. The detectives credit the tool with
41 possible matches sent to case officers, which helped close cases
with 9 arrests. We would like to go to 10 seats for the renewal.

Lt. Brian Pelletier | Detective Bureau | Waterbury Police Department

CONFIDENTIALITY NOTICE: This message and any attachments are intended
only for the addressee and may contain information that is privileged
or exempt from disclosure under the Connecticut Freedom of Information
Act. If you received it in error, delete it and notify the sender.
""", "https://outlook.office.com/mail/id/AAQkADk3      WPD FOI 25-118   3/3"),
], "print", WPD,
    [WPD, "City of Waterbury", "Waterbury Board of Aldermen", "Naugatuck Police Department"],
    [CV],
    [CVP, "Clearview Mobile"],
    [
        C(24000, 24000, "year", "Clearview wants $24,000 for twelve months and 10 seats", WPD, CV, CVP),
        C(14400, 14400, "year", "$14,400 we paid last year for 6 seats", WPD, CV, CVP),
        C(9000, 9000, "year", "$9,000 a year for three seats", "Naugatuck Police Department", CV),
        C(2400, 2400, "year", "$2,400 per user per year", WPD, CV, CVP, unit="per user"),
    ],
    [
        N(10, "exact", "licenses", None, "OK to renew at 10 seats", WPD, CV),
        N(6, "exact", "licenses", None, "last year for 6 seats", WPD, CV),
        N(3, "exact", "licenses", None, "$9,000 a year for three seats", "Naugatuck Police Department", CV),
        N(50000000000, "more than", "images", None, "more than 50 billion publicly available facial", None, CV),
        N(1312, "exact", "searches", "year", "1,312 searches over the past year", WPD, CV),
        N(41, "exact", "matches", None, "41 possible matches sent to case officers", WPD, CV),
        N(9, "exact", "arrests", None, "with 9 arrests", WPD, CV),
    ],
    [
        P("searches are run only by detectives assigned to the Detective\nBureau who have finished Clearview's "
          "online training, and every search\nmust carry a case or incident number.", WPD),
        P("A Clearview result alone is never\nprobable cause to arrest or to apply for a warrant.", WPD),
    ],
    [
        E("Caruso, Angela", "Pelletier, Brian", "Wed 3/5/2025 10:12 AM", "RE: Clearview renewal - 2025 pricing"),
        E("Spagnolo, Fernando", "Pelletier, Brian", "Tuesday, March 4, 2025 1:26 PM",
          "RE: Clearview renewal - 2025 pricing"),
        E("Pelletier, Brian", "Caruso, Angela", "Tuesday, March 4, 2025 9:41 AM",
          "FW: Clearview renewal - 2025 pricing"),
        E("Jordan Haskell", "Pelletier, Brian", "Monday, March 3, 2025 4:18 PM", "Clearview renewal - 2025 pricing"),
        E("Pelletier, Brian", "Jordan Haskell", "Thursday, February 27, 2025 8:55 AM", "Renewal / usage numbers"),
    ],
    ["2025-03-11", "2025-03-05", "2025-03-04", "2025-03-03", "2025-02-27"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Idaho: Canyon County SO
# Records custodian's reply letter summarising figures from the released records.
CCSO = "Canyon County Sheriff's Office"
VT = "Veritone"
VTP = "Veritone IDentify"
doc("03_canyon-county-so-veritone-records-reply-letter.txt", [
    (None, """\
                  CANYON COUNTY SHERIFF'S OFFICE
     Records Unit  -  1115 Albany Street  -  Caldwell, Idaho 83605
            Phone (208) 555-0187  -  Fax (208) 555-0190

May 22, 2024

Teresa Vang
Gem State Accountability Project
P.O. Box 2291
Boise, ID 83701
Sent by e-mail: tvang@gemstateaccountability.org

Re: Public records request PRR-2024-0388 (facial recognition)

Dear Ms. Vang:

This letter responds to your request of April 30, 2024, made under the
Idaho Public Records Act, Idaho Code Sec. 74-101 et seq. We located 46
pages of responsive records, which are enclosed. As you asked, this
letter also summarizes the figures those records contain.

Vendor and cost. The Sheriff's Office uses Veritone IDentify, licensed
from Veritone, Inc. since June 2021. In the first contract year the
Office paid $24,500 for the subscription, plus a one-time
implementation and data-migration fee of $6,250. Under Amendment 2 to
Contract 21-114 the subscription now costs $29,880 per year and covers
up to 20 named users. The Nampa Police Department and the Caldwell
Police Department use the system under a 2022 memorandum of
understanding: Nampa reimburses the Office $4,000 per year and
Caldwell $2,500 per year.

Gallery and use. IDentify compares probe images against the Office's
booking photographs, roughly 318,000 images dating to 2006. There are
currently 17 active user accounts. Users submitted 1,974 searches in
calendar year 2023, up from 1,522 in 2022.

Results. Of the 2023 searches, 406 returned a candidate that an analyst
judged a possible match, and 118 of those were forwarded to case
investigators as leads. Our records management system links 31 arrests
in 2023 to cases in which an IDentify lead was used.
""", "PRR-2024-0388  Page 1 of 2"),
    (None, """\
Ms. Teresa Vang
May 22, 2024
Page 2

Policy. Use of IDentify is governed by Sheriff's Office Policy 612,
Facial Recognition, adopted March 1, 2022 (enclosed, pages 31-38).
Every search must be tied to an active case number. Searches intended
to identify people engaged in lawful assembly or protest are prohibited.
A possible match is an investigative lead only and may not by itself
establish probable cause for an arrest. No account is activated until
the user completes eight hours of vendor and in-house training.

A draft revision that would give patrol deputies access through the
IDentify mobile app is under review. It has not been adopted.

Other vendors. The Sheriff's Office has no contract with Clearview AI
and has never used a trial account from that company.

Withheld records. Individual search logs (about 2,000 entries) are
exempt from disclosure under Idaho Code Sec. 74-124(1) as active
investigative records. Contract pricing pages are released in full.

Fees. Under Idaho Code Sec. 74-102(10) the first two hours of labor and
the first 100 pages are free. We have waived the remaining $18.00 copy
fee.

If you believe any part of this response is in error, you may seek
review in the District Court within 180 days, as Idaho Code
Sec. 74-115 provides.

Sincerely,

Denise Harrow
Public Records Custodian
Canyon County Sheriff's Office

Enclosures (46 pages)
""", "PRR-2024-0388  Page 2 of 2"),
], "pdf", CCSO,
    [CCSO, "Nampa Police Department", "Caldwell Police Department"],
    [VT, CV],
    [VTP],
    [
        C(24500, 24500, "year", "In the first contract year the\nOffice paid $24,500 for the subscription",
          CCSO, VT, VTP),
        C(6250, 6250, "one-time", "implementation and data-migration fee of $6,250", CCSO, VT, VTP),
        C(29880, 29880, "year", "the subscription now costs $29,880 per year", CCSO, VT, VTP),
        C(4000, 4000, "year", "Nampa reimburses the Office $4,000 per year", "Nampa Police Department", None),
        C(2500, 2500, "year", "Caldwell $2,500 per year", "Caldwell Police Department", None),
    ],
    [
        N(20, "up to", "users", None, "up to 20 named users", CCSO, VT),
        N(318000, "approximately", "images", None, "roughly 318,000 images", CCSO, VT),
        N(17, "exact", "users", None, "17 active user accounts", CCSO, VT),
        N(1974, "exact", "searches", "year", "1,974 searches in\ncalendar year 2023", CCSO, VT),
        N(1522, "exact", "searches", "year", "1,522 in 2022", CCSO, VT),
        N(406, "exact", "matches", "year", "406 returned a candidate that an analyst\njudged a possible match",
          CCSO, VT),
        N(118, "exact", "leads", "year", "118 of those were forwarded to case\ninvestigators as leads", CCSO, VT),
        N(31, "exact", "arrests", "year", "links 31 arrests\nin 2023", CCSO, VT),
    ],
    [
        P("Every search must be tied to an active case number.", CCSO),
        P("Searches intended\nto identify people engaged in lawful assembly or protest are prohibited.", CCSO),
        P("A possible match is an investigative lead only and may not by itself\nestablish probable cause for "
          "an arrest.", CCSO),
        P("No account is activated until\nthe user completes eight hours of vendor and in-house training.", CCSO),
    ],
    [],
    ["2024-05-22", "2024-04-30", "2021-06", "2022", "2006", "2023", "2022-03-01"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Maryland: Harford County SO
# General order with numbered sections + annual report statistics table (Crim. Proc. 2-509).
HCSO = "Harford County Sheriff's Office"
DPSCS = "Maryland Department of Public Safety and Correctional Services"
COG = "Cognitec Systems"
FV = "FaceVACS-DBScan LE"
ROW_MIRS = "Searches submitted to MIRS         88    104     97    121    410"
ROW_FV = "Searches on FaceVACS (HCSO)        61     58     73     66    258"
doc("04_harford-county-so-frt-general-order-annual-report.txt", [
    (None, """\
HARFORD COUNTY SHERIFF'S OFFICE                           GENERAL ORDER
45 South Main Street, Bel Air, Maryland 21014

Number:     GO-OPS-0417                  Effective:  October 1, 2024
Subject:    Facial Recognition Technology
Rescinds:   SOP 22-09, Facial Comparison (June 3, 2022)
Authority:  Md. Code, Criminal Procedure Sec. 2-501 through 2-510
Approved:   Sheriff Colin M. Aldridge

1. PURPOSE
1.1 This order sets the rules under which members of the Harford County
    Sheriff's Office (HCSO) may use facial recognition technology (FRT)
    in criminal investigations, consistent with State law.

2. DEFINITIONS
2.1 "Probe image" means the image of an unknown person submitted for
    comparison.
2.2 "Certified examiner" means a member who holds a current HCSO FRT
    certification under Section 6.

3. AUTHORIZED SYSTEMS
3.1 Members may use only:
    a. the Maryland Image Repository System (MIRS), administered by the
       Department of Public Safety and Correctional Services; and
    b. the HCSO Cognitec FaceVACS-DBScan LE workstation, which searches
       HCSO booking photographs only.
3.2 Commercial services that search images collected from the internet,
    including Clearview AI, are not authorized for any purpose.

4. PERMITTED AND PROHIBITED USES
4.1 FRT may be used only to investigate a crime of violence, a human
    trafficking offense, a sexual offense against a minor or another
    felony listed in Criminal Procedure Sec. 2-503, to identify a
    missing or deceased person, or to respond to an imminent threat to
    life.
4.2 Members shall not use FRT to identify a person on the basis of the
    person's race, religion, sex or national origin, or because the
    person is engaged in activity protected by the First Amendment.
4.3 An FRT result is an investigative lead. It shall not be the sole
    basis for probable cause, an arrest or a search warrant.
""", "GO-OPS-0417   Page 1 of 3"),
    (None, """\
5. PROCEDURE
5.1 Only certified examiners may submit a probe image to MIRS or to the
    FaceVACS workstation.
5.2 Each search shall be entered in the FRT log with the case number,
    offense, system used and the examiner's ID before results are
    viewed.
5.3 Any candidate shall be independently reviewed by a second certified
    examiner before it is released to an investigator.
5.4 The use of FRT shall be disclosed to the State's Attorney in every
    case in which charges are filed.

6. TRAINING AND CERTIFICATION
6.1 Certification requires completion of the DPSCS MIRS user course and
    16 hours of facial comparison training, renewed every two years.

7. RECORDS AND REPORTING
7.1 FRT logs are retained for three years.
7.2 The Criminal Intelligence Unit shall compile the annual report
    required by Criminal Procedure Sec. 2-509 and publish it on the
    HCSO website by February 1 of each year.

8. PROPOSED AMENDMENT (NOT ADOPTED)
8.1 The FRT Working Group has recommended adding a Section 5.5 that
    would let patrol deputies use a mobile FRT application in the
    field. The recommendation is under legal review and is not part of
    this order.

BY ORDER OF THE SHERIFF
""", "GO-OPS-0417   Page 2 of 3"),
    (None, f"""\
HARFORD COUNTY SHERIFF'S OFFICE
Facial Recognition Technology - Annual Report, Calendar Year 2025
Prepared by the Criminal Intelligence Unit under Crim. Proc. Sec. 2-509
Published January 27, 2026

Table 1. FRT searches and results by quarter

                                   Q1     Q2     Q3     Q4   Year
{ROW_MIRS}
{ROW_FV}
Candidates judged possible match   39     47     41     55    182
Leads released to investigators    22     30     26     35    113
Arrests in cases using an FRT lead  4      7      5      9     25

Notes
- Certified examiners at year end: 14.
- The HCSO booking gallery enrolled in FaceVACS held 96,400 images on
  December 31, 2025. DPSCS reports that MIRS holds approximately
  11.8 million driver, booking and correctional images.
- The quarterly audit found 2 searches entered without a case number;
  both were referred to the Office of Professional Standards.
- No search was run on Clearview AI or any other internet-sourced system.

Costs, FY2025 (July 1, 2024 - June 30, 2025)
- FaceVACS-DBScan LE maintenance and support, Cognitec Systems Corp.:
  $11,650 for the year.
- MIRS access: no fee is charged by DPSCS.
- Training: staff time only; no tuition was paid.
""", "FRT Report   Page 3 of 3"),
], "pdf", HCSO,
    [HCSO, DPSCS],
    [COG, CV],
    [FV, "Maryland Image Repository System"],
    [
        C(11650, 11650, "year", "$11,650 for the year", HCSO, COG, FV),
    ],
    [
        N(88, "exact", "searches", "quarter", ROW_MIRS[:37], HCSO),
        N(104, "exact", "searches", "quarter", ROW_MIRS[:44], HCSO),
        N(97, "exact", "searches", "quarter", ROW_MIRS[:51], HCSO),
        N(121, "exact", "searches", "quarter", ROW_MIRS[:58], HCSO),
        N(410, "exact", "searches", "year", ROW_MIRS, HCSO),
        N(61, "exact", "searches", "quarter", ROW_FV[:37], HCSO, COG),
        N(58, "exact", "searches", "quarter", ROW_FV[:44], HCSO, COG),
        N(73, "exact", "searches", "quarter", ROW_FV[:51], HCSO, COG),
        N(66, "exact", "searches", "quarter", ROW_FV[:58], HCSO, COG),
        N(258, "exact", "searches", "year", ROW_FV, HCSO, COG),
        N(182, "exact", "matches", "year", "Candidates judged possible match   39     47     41     55    182", HCSO),
        N(113, "exact", "leads", "year", "Leads released to investigators    22     30     26     35    113", HCSO),
        N(25, "exact", "arrests", "year", "Arrests in cases using an FRT lead  4      7      5      9     25", HCSO),
        N(14, "exact", "users", None, "Certified examiners at year end: 14", HCSO),
        N(96400, "exact", "images", None, "enrolled in FaceVACS held 96,400 images", HCSO, COG),
        N(11800000, "approximately", "images", None, "MIRS holds approximately\n  11.8 million driver, booking and "
          "correctional images", DPSCS),
        N(2, "exact", "searches", None, "2 searches entered without a case number", HCSO),
    ],
    [
        P("This order sets the rules under which members of the Harford County\n    Sheriff's Office (HCSO) may "
          "use facial recognition technology (FRT)\n    in criminal investigations, consistent with State law.",
          HCSO),
        P("Members may use only:\n    a. the Maryland Image Repository System (MIRS), administered by the\n"
          "       Department of Public Safety and Correctional Services; and\n    b. the HCSO Cognitec "
          "FaceVACS-DBScan LE workstation, which searches\n       HCSO booking photographs only.", HCSO),
        P("Commercial services that search images collected from the internet,\n    including Clearview AI, are "
          "not authorized for any purpose.", HCSO),
        P("FRT may be used only to investigate a crime of violence, a human\n    trafficking offense, a sexual "
          "offense against a minor or another\n    felony listed in Criminal Procedure Sec. 2-503, to identify "
          "a\n    missing or deceased person, or to respond to an imminent threat to\n    life.", HCSO),
        P("Members shall not use FRT to identify a person on the basis of the\n    person's race, religion, sex "
          "or national origin, or because the\n    person is engaged in activity protected by the First "
          "Amendment.", HCSO),
        P("An FRT result is an investigative lead. It shall not be the sole\n    basis for probable cause, an "
          "arrest or a search warrant.", HCSO),
        P("Only certified examiners may submit a probe image to MIRS or to the\n    FaceVACS workstation.", HCSO),
        P("Each search shall be entered in the FRT log with the case number,\n    offense, system used and the "
          "examiner's ID before results are\n    viewed.", HCSO),
        P("Any candidate shall be independently reviewed by a second certified\n    examiner before it is "
          "released to an investigator.", HCSO),
        P("The use of FRT shall be disclosed to the State's Attorney in every\n    case in which charges are "
          "filed.", HCSO),
        P("Certification requires completion of the DPSCS MIRS user course and\n    16 hours of facial "
          "comparison training, renewed every two years.", HCSO),
        P("FRT logs are retained for three years.", HCSO),
        P("The Criminal Intelligence Unit shall compile the annual report\n    required by Criminal Procedure "
          "Sec. 2-509 and publish it on the\n    HCSO website by February 1 of each year.", HCSO),
    ],
    [],
    ["2024-10-01", "2022-06-03", "2025", "2026-01-27", "2025-12-31", "2024-07-01", "2025-06-30"],
    scan="pdf")


# ---------------------------------------------------------------- 5 New Mexico: Albuquerque PD
# Finance system spreadsheet (CSV) export + vendor console export + Microsoft Teams chat export.
APD = "Albuquerque Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
BCSO = "Bernalillo County Sheriff's Office"
R_ONB = 'FY23,2300418,Motorola Solutions,FaceSearch onboarding one-time,"$2,500.00"'
R_23 = 'FY23,2300418,Motorola Solutions,FaceSearch subscr 12 mo,"$36,000.00"'
R_24 = 'FY24,2400977,Motorola Solutions,FaceSearch subscr 12 mo,"$38,880.00"'
R_25 = 'FY25,2500164,Motorola Solutions,FaceSearch subscr 12 mo,"$40,435.20"'
doc("05_albuquerque-pd-facesearch-spend-csv-teams-export.txt", [
    (None, f"""\
City of Albuquerque - Dept. of Finance and Administrative Services
IPRA Request 24-3391 - responsive records 1 and 2 of 3

Record 1. File RTCC_vendor_spend_FY23-FY25.csv
Exported 11/18/2024 14:02 by FINRPT07. Filter: Dept = APD; Status = Paid
Columns: FY, PO, Vendor, Item, Amount (Dept column removed for release)

FY,PO,Vendor,Item,Amount
{R_ONB}
{R_23}
FY23,2300418,Motorola Solutions,LEARN ALPR hosted data 12 mo,"$118,400.00"
{R_24}
FY24,2400977,Motorola Solutions,LEARN ALPR hosted data 12 mo,"$121,950.00"
FY24,2401210,Axon Enterprise,Body-worn camera licenses (FSB),"$412,650.00"
{R_25}
FY25,2500164,Motorola Solutions,LEARN ALPR hosted data 12 mo,"$125,610.00"
FY25,2500389,BriefCam,Protect video analytics - no face module,"$64,000.00"
TOTAL,,,,"$960,425.20"

Record 2. File FaceSearch_admin_usage_FY24.csv
Source: Vigilant FaceSearch administrator console, exported 11/18/2024

Metric,Value
Agency,Albuquerque Police Department
Period,07/01/2023-06/30/2024
Searches run,"4,126"
Active user accounts,23
Gallery images (APD + MDC bookings),"1,236,400"
Watchlist alerts,Disabled
Leads forwarded to case agents,287
Average candidates returned per search,25
""", "IPRA 24-3391  APD000118"),
    (None, """\
Record 3. Microsoft Teams chat export
Chat: RTCC leads (4 members)
Exported 11/19/2024 9:15 AM by Renee Jaramillo

Renee Jaramillo  11/14/2024 3:02 PM
IPRA 24-3391 wants all FaceSearch spend and usage. Finance pulled the
csv. Anything we need to explain before Legal sends it?

Marcus Ortega-Bell  11/14/2024 3:06 PM
FY23 line is a full year even though we went live in Sept, Motorola
billed us from July. Also the 1.2M gallery is mostly MDC bookings -
those are Bernalillo County's photos, we read them under the MOU.

Renee Jaramillo  11/14/2024 3:09 PM
ok. does BCSO pay Motorola for their own seats?

Marcus Ortega-Bell  11/14/2024 3:11 PM
yes separately, I think around $52,000 a year for FaceSearch. not our
money, not in our csv

Dana Whitfield  11/14/2024 3:15 PM
Reminder for anyone new on the floor: per SOP 2-102, a FaceSearch hit
is a lead only, never PC by itself, and a supervisor has to sign off
before any candidate goes to a case agent.

Renee Jaramillo  11/14/2024 3:17 PM
and the chief's idea of limiting it to violent felonies?

Dana Whitfield  11/14/2024 3:18 PM
still just an idea, not in the SOP. don't describe it as policy.

Marcus Ortega-Bell  11/14/2024 3:21 PM
fyi Clearview quoted us $30k last spring and the chief passed. it
never got a PO so it's not in the export

Renee Jaramillo  11/14/2024 3:24 PM
perfect thanks. sending to Legal at 4
""", "IPRA 24-3391  APD000119"),
], "pdf", APD,
    [APD, "City of Albuquerque", BCSO],
    [MSI, "Vigilant Solutions", "Axon Enterprise", "BriefCam", CV],
    [VFS, "LEARN", "BriefCam Protect"],
    [
        C(2500, 2500, "one-time", 'FaceSearch onboarding one-time,"$2,500.00"', APD, MSI, VFS),
        C(36000, 36000, "year", 'FY23,2300418,Motorola Solutions,FaceSearch subscr 12 mo,"$36,000.00"', APD, MSI, VFS),
        C(38880, 38880, "year", 'FY24,2400977,Motorola Solutions,FaceSearch subscr 12 mo,"$38,880.00"', APD, MSI, VFS),
        C(40435.20, 40435.20, "year", 'FY25,2500164,Motorola Solutions,FaceSearch subscr 12 mo,"$40,435.20"',
          APD, MSI, VFS),
        C(52000, 52000, "year", "around $52,000 a year for FaceSearch", BCSO, MSI, VFS),
    ],
    [
        N(4126, "exact", "searches", "year", 'Searches run,"4,126"', APD, MSI),
        N(23, "exact", "users", None, "Active user accounts,23", APD, MSI),
        N(1236400, "exact", "images", None, 'Gallery images (APD + MDC bookings),"1,236,400"', APD, MSI),
        N(287, "exact", "leads", "year", "Leads forwarded to case agents,287", APD, MSI),
    ],
    [
        P("per SOP 2-102, a FaceSearch hit\nis a lead only, never PC by itself, and a supervisor has to sign off\n"
          "before any candidate goes to a case agent.", APD),
    ],
    [],
    ["2024-11-18", "2023-07-01", "2024-06-30", "2024-11-19", "2024-11-14"],
    scan=None)


# ---------------------------------------------------------------- 6 Texas: Fort Worth PD
# Mayor and Council Communication with a bid comparison and an Exhibit A price schedule.
FWPD = "Fort Worth Police Department"
LS = "Lone Star Public Safety Technologies"
ROC = "ROC Watch"
TCSO = "Tarrant County Sheriff's Office"
assert 28000 + 35 * 760 + 9500 + 7500 + 3 * 1000 == 74600 and 74600 + 4 * 78330 == 387920
EX1 = "1     ROC Watch server license, annual          1    28,000.00   28,000.00"
EX2 = "2     ROC investigator seat, annual            35       760.00   26,600.00"
EX3 = "3     TCSO booking image enrollment, one-time   1     9,500.00    9,500.00"
EX4 = "4     Support and maintenance, first year       1     7,500.00    7,500.00"
EX5 = "5     Examiner training session                 3     1,000.00    3,000.00"
doc("06_fort-worth-pd-face-recognition-mc-price-schedule.txt", [
    (None, """\
CITY OF FORT WORTH, TEXAS
MAYOR AND COUNCIL COMMUNICATION MAP

DATE:     05/13/25                      M&C FILE NUMBER: M&C 25-0412
LOG NAME: 35FACIAL RECOGNITION SOFTWARE RFP 25-0077

SUBJECT
(ALL) Authorize Execution of an Agreement with Lone Star Public Safety
Technologies, LLC for Facial Recognition Software for the Police
Department in an Annual Amount Up to $74,600 for the Initial Term, with
Four One-Year Renewal Options

RECOMMENDATION:
It is recommended that the City Council authorize execution of an
agreement with Lone Star Public Safety Technologies, LLC, an authorized
reseller of Rank One Computing Corporation, for ROC Watch facial
recognition software in an annual amount up to $74,600 for the initial
one-year term, with four one-year renewal options of up to $78,330
each, for a total contract amount not to exceed $387,920.

DISCUSSION:
Detectives now send roughly 250 requests a month to the Texas
Department of Public Safety, which returns candidate lists in four to
six business days. The new software will search the Tarrant County
Sheriff's Office booking repository of about 1.9 million images
directly from the Fort Worth Police Department (FWPD) Real Time Crime
Center. The first year includes 35 investigator seats.

Request for Proposals (RFP) 25-0077 was advertised in the Fort Worth
Star-Telegram on January 8, 2025 and January 15, 2025. Five responses
were received. A panel of FWPD and IT Solutions staff scored them on
technical merit (50 points), price (30 points) and references (20
points):
""", "M&C 25-0412   Page 1 of 3"),
    (None, """\
  Respondent                               Year-1 Price    Score
  Lone Star Public Safety Technologies          $74,600     91.5
    (Rank One Computing, ROC Watch)
  Idemia Public Security North America         $112,400     84.0
  NEC Corporation of America                    $96,750     79.5
  DataWorks Plus, LLC                           $88,200     77.0
  Clearview AI, Inc.                            $45,000     n/a*

  * Not scored: the response did not meet the mandatory requirement
    that searches run only against lawfully obtained booking images.

Use of the software will be governed by FWPD General Order 412.06,
which restricts searches to active criminal investigations and requires
that any candidate be confirmed by a trained examiner before it is
shared as a lead. This M&C does not include the $212,500 license plate
reader expansion approved under M&C 24-0981.

BUSINESS EQUITY: The Business Equity Division placed a 0% goal on this
solicitation because no subcontracting opportunities were identified.

AGREEMENT TERMS: The agreement begins on execution and ends one year
later. The City may renew it four times for one year each without
further Council action, provided funds are appropriated.

FISCAL INFORMATION / CERTIFICATION:
The Director of Finance certifies that funds are available in the
current operating budget, as previously appropriated, in the General
Fund to support the approval of the above recommendation and execution
of the agreement. Prior to any expenditure being incurred, the Police
Department has the responsibility to validate the availability of
funds.

TO   Fund    Dept ID   Account   Project  Budget Year   Amount
     10100   0350400   5250100   PD0093   2025          $74,600.00

Submitted for City Manager's Office by:  Rolando Quezada     (6122)
Originating Business Unit Head:          Chief of Police     (4231)
Additional Information Contact:          Lt. Sheryl Vance    (4412)
""", "M&C 25-0412   Page 2 of 3"),
    (None, f"""\
EXHIBIT A - PRICE SCHEDULE
Lone Star Public Safety Technologies, LLC (reseller, Rank One Computing)
RFP 25-0077, best and final offer of April 2, 2025

Item  Description                             Qty   Unit Price      Year-1
{EX1}
{EX2}
{EX3}
{EX4}
{EX5}
      Year-1 total                                             74,600.00

Renewal years 2-5 (items 1, 2 and 4 only): up to $78,330.00 per year.

Prices exclude hardware. Optional Dell PowerEdge R760 server quoted at
$14,980.00 (not ordered; FWPD will host on an existing IT Solutions
virtual server). The City is exempt from Texas sales tax; exemption
certificate on file.
""", "M&C 25-0412   Page 3 of 3"),
], "pdf", FWPD,
    [FWPD, "City of Fort Worth", "Fort Worth City Council", "Texas Department of Public Safety", TCSO],
    [LS, "Rank One Computing", "Idemia", "NEC", DWP, CV],
    [ROC],
    [
        C(None, 74600, "year", "Annual Amount Up to $74,600", FWPD, LS, ROC),
        C(None, 78330, "year", "renewal options of up to $78,330", FWPD, LS, ROC),
        C(None, 387920, None, "total contract amount not to exceed $387,920", FWPD, LS, ROC),
        C(28000, 28000, "year", EX1, FWPD, LS, ROC),
        C(26600, 26600, "year", EX2, FWPD, LS, ROC),
        C(760, 760, "year", EX2[:EX2.index("760.00") + 6], FWPD, LS, ROC, unit="per user"),
        C(9500, 9500, "one-time", EX3, FWPD, LS, ROC),
        C(7500, 7500, "year", EX4, FWPD, LS, ROC),
        C(3000, 3000, None, EX5, FWPD, LS, ROC),
        C(1000, 1000, None, EX5[:EX5.index("1,000.00") + 8], FWPD, LS, ROC, unit="per session"),
    ],
    [
        N(250, "approximately", "requests", "month", "roughly 250 requests a month", FWPD),
        N(1900000, "approximately", "images", None, "about 1.9 million images", TCSO),
        N(35, "exact", "licenses", None, "35 investigator seats", FWPD, LS),
    ],
    [
        P("Use of the software will be governed by FWPD General Order 412.06,\nwhich restricts searches to active "
          "criminal investigations and requires\nthat any candidate be confirmed by a trained examiner before it "
          "is\nshared as a lead.", FWPD),
    ],
    [],
    ["2025-05-13", "2025-01-08", "2025-01-15", "2025-04-02"],
    scan="pdf")


def main():
    docs = HERE / "docs"
    docs.mkdir(exist_ok=True)
    for d in DOCS:
        (docs / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
