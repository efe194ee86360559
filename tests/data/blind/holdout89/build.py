"""Writes docs/*.txt and labels.json for holdout89 (six invented releases: WI, SC, ID, ME, OK, WV).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds a policy `kind`."""
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


# ---------------------------------------------------------------- 1 Wisconsin: Sheboygan PD
SPD = "Sheboygan Police Department"
VS = "Vigilant Solutions"
MSI = "Motorola Solutions"
SUBJ1 = "FaceSearch renewal - invoice question"
doc("01_sheboygan-pd-facesearch-renewal-outlook.txt", [
    ("Ostrowski, Jill", """\
From:       Vanderhoef, Mark
Sent:       Wednesday, February 5, 2025 2:14 PM
To:         Ostrowski, Jill
Cc:         Kowalczyk, Dana
Subject:    RE: FaceSearch renewal - invoice question

Jill,

Renew it, but go with Option B, 8 users. We have never needed 12.
Confirming the LEARN plate data is NOT part of this request - that
stays on the ALPR line and I'll send it separately. Please code only
the FaceSearch license to 101-5210-5318 (software subscriptions).

For the file, since Finance asked last year: under SOP 42.6 a
FaceSearch search may only be run with an active case number, and a
candidate returned by FaceSearch is an investigative lead only, never
probable cause by itself.

Mark
Lt. Mark Vanderhoef | Investigations Division
Sheboygan Police Department | 920-555-0142

From:       Ostrowski, Jill
Sent:       Wednesday, February 5, 2025 10:37 AM
To:         Vanderhoef, Mark
Cc:         Kowalczyk, Dana
Subject:    RE: FaceSearch renewal - invoice question

Mark - the notice Dana sent quotes two options. Last year's PO
(PO 24-00318) was $5,900 for 10 users. Which option do you want, and
can you confirm it isn't bundled with the LEARN plate data again? The
2025 budget has $6,500 for this subscription. Also, ignore the 5.5%
sales tax line; the City is exempt (CES No. 39-6005611).

Jill Ostrowski
Finance Officer, City of Sheboygan Finance Department""", "Page 1"),
    ("Ostrowski, Jill", """\
From:       Kowalczyk, Dana
Sent:       Tuesday, February 4, 2025 4:02 PM
To:         Ostrowski, Jill
Cc:         Vanderhoef, Mark
Subject:    FaceSearch renewal - invoice question

Jill - the renewal notice for our facial recognition subscription
came in today's mail. I've pasted it below. Lt. Vanderhoef's division
uses it. For our records I also pulled the admin page: 9 active users and
187 searches in calendar year 2024. The current term ends March 31.

Dana Kowalczyk
Records Clerk II | Sheboygan Police Department

--- pasted from scanned notice ---
MOTOROLA SOLUTIONS, INC. - VIGILANT SOLUTIONS
RENEWAL NOTICE                        Notice No. RN-2025-SHB-20417
Customer: Sheboygan Police Department (WI)   Account: VS-0061372
Current term:  April 1, 2024 - March 31, 2025
Renewal term:  April 1, 2025 - March 31, 2026

Item                                        Users    Annual price
FaceSearch Agency License - Option A           12       $6,960.00
FaceSearch Agency License - Option B            8       $4,640.00
LEARN Commercial LPR Data Access (ALPR)       n/a       $3,250.00

FaceSearch price per user: $580.00 per year (both options)
Wisconsin sales tax (5.5%) applies unless an exemption certificate
is on file.

Your FaceSearch license includes access to a shared gallery of more
than 22 million booking images contributed by partner agencies.
Images your agency uploads are shared according to your agency's
sharing settings.

Terms: Net 30. Pricing valid through March 15, 2025. Remit to
Motorola Solutions, Inc., 13108 Collections Center Dr., Chicago, IL
60693. Questions: 925-555-0188.""", "Page 2"),
], "print", SPD,
    [SPD, "City of Sheboygan Finance Department"],
    [MSI, VS],
    ["FaceSearch", "LEARN"],
    [C(5900, 5900, "year", "Last year's PO\n(PO 24-00318) was $5,900 for 10 users", SPD, VS, "FaceSearch"),
     C(6500, 6500, None, "The\n2025 budget has $6,500 for this subscription", SPD, VS, "FaceSearch"),
     C(6960, 6960, "year", "FaceSearch Agency License - Option A           12       $6,960.00", SPD, VS,
       "FaceSearch"),
     C(4640, 4640, "year", "FaceSearch Agency License - Option B            8       $4,640.00", SPD, VS,
       "FaceSearch"),
     C(580, 580, "year", "FaceSearch price per user: $580.00 per year", SPD, VS, "FaceSearch", unit="per user")],
    [N(8, "exact", "licenses", None, "go with Option B, 8 users", SPD, VS),
     N(10, "exact", "licenses", None, "was $5,900 for 10 users", SPD, VS),
     N(9, "exact", "users", None, "9 active users", SPD, VS),
     N(187, "exact", "searches", "year", "187 searches in calendar year 2024", SPD, VS),
     N(12, "exact", "licenses", None, "FaceSearch Agency License - Option A           12", SPD, VS),
     N(22000000, "more than", "images", None, "more\nthan 22 million booking images", None, VS)],
    [P("under SOP 42.6 a FaceSearch search may only be run with an active case number", SPD, "requirement"),
     P("a candidate returned by FaceSearch is an investigative lead only, never probable cause by itself.", SPD,
       "disclaimer")],
    [E("Vanderhoef, Mark", "Ostrowski, Jill", "Wednesday, February 5, 2025 2:14 PM", "RE: " + SUBJ1),
     E("Ostrowski, Jill", "Vanderhoef, Mark", "Wednesday, February 5, 2025 10:37 AM", "RE: " + SUBJ1),
     E("Kowalczyk, Dana", "Ostrowski, Jill", "Tuesday, February 4, 2025 4:02 PM", SUBJ1)],
    ["2025-02-05", "2025-02-04", "2024", "2025", "2024-04-01", "2025-03-31", "2025-04-01", "2026-03-31",
     "2025-03-15"],
    scan="photocopy")


# ---------------------------------------------------------------- 2 South Carolina: Florence County SO
FCSO = "Florence County Sheriff's Office"
DWP = "DataWorks Plus"
doc("02_florence-county-so-dataworks-quotation.txt", [
    (None, """\
DATAWORKS PLUS, LLC
728 N. Pleasantburg Drive, Greenville, SC 29607 | (864) 555-0116
www.dataworksplus.com

                              QUOTATION

Quote No.:    Q25-0412-FCSO-R2            Date:  April 12, 2025
Customer:     Florence County Sheriff's Office
              6719 Friendfield Road, Effingham, SC 29541
Attention:    Capt. Reginald Ashby, Criminal Investigations
Prepared by:  Lauren McKee, Regional Account Manager
Project:      FACE Plus facial recognition (hosted), ROC matcher

ONE-TIME CHARGES
Ln Description                          Qty   Unit Price    Extended
-- ----------------------------------- ----  ----------  ----------
1  FACE Plus Investigative Search,        1  $38,500.00  $38,500.00
   agency license (perpetual)
2  FACE Plus examiner seats               6   $1,150.00   $6,900.00
3  Rank One ROC SDK 1:N matcher           1   $9,800.00   $9,800.00
   license (gallery capacity 500,000)
4  Mugshot archive conversion and         1   $7,250.00   $7,250.00
   load (approx. 212,000 booking
   images, 2009 to present)
5  Installation, configuration and        1   $5,400.00   $5,400.00
   interface to Detention Center JMS
6  On-site examiner training, per day     2   $1,600.00   $3,200.00
   (up to 8 attendees per class)
7  Travel, estimated                      1   $1,180.00   $1,180.00
                                             Subtotal   $72,230.00

RECURRING CHARGES
8  Year 1 hosting, software support and maintenance
   (20% of lines 1-3)                                   $11,040.00

                                          TOTAL YEAR 1  $83,270.00

Years 2 through 5: hosting, support and maintenance $11,040.00 per
year, increasing 3% per year beginning in Year 3.""", "Quote Q25-0412-FCSO-R2     Page 1 of 2"),
    (None, """\
OPTIONAL ITEMS (not included in the totals above)
Ln  Description                          Qty   Unit Price    Extended
--  ----------------------------------- ----  ----------  ----------
O-1 FACE Plus Mobile, per device,         10     $240.00   $2,400.00
    annual subscription
O-2 Booking capture station (camera,       1   $6,850.00   $6,850.00
    lighting, backdrop, PC), Detention
    Center booking area
O-3 Livescan fingerprint interface         1   $4,300.00   $4,300.00
    upgrade (AFIS/SLED submissions)

Freight for item O-2, if ordered: $385.00, prepaid and added.

TERMS AND CONDITIONS
1. Prices are in U.S. dollars and exclude South Carolina sales and
   use tax (6%) and the Florence County local option tax (2%). Tax
   exempt customers must provide a certificate with the order.
2. Payment: 50% of one-time charges on contract signature, 50% at
   system acceptance; recurring charges invoiced annually in
   advance. Net 30.
3. Software is licensed under the DataWorks Plus End User License
   Agreement. The ROC SDK is licensed from Rank One Computing Corp.
4. This quotation is valid for 90 days from the date above and is
   not an offer to contract until accepted by purchase order.
5. Customer is responsible for its own policies on the use of
   facial recognition. DataWorks Plus recommends that customers
   treat search results as investigative leads.
6. Line 4 pricing assumes images are delivered in JPEG or NIST
   Type-10 format; other formats are quoted separately.
7. Hardware warranty (item O-2): one year, parts and labor.

Accepted for Florence County Sheriff's Office:

______________________________   ____________   PO No. ____________
Authorized signature             Date

Federal Tax ID 57-1140523 | SC Vendor No. 7000184466""", "Quote Q25-0412-FCSO-R2     Page 2 of 2"),
], "pdf", FCSO,
    [FCSO],
    [DWP, "Rank One Computing"],
    ["FACE Plus", "ROC SDK", "FACE Plus Mobile"],
    [C(38500, 38500, "one-time", "FACE Plus Investigative Search,        1  $38,500.00  $38,500.00", FCSO, DWP, "FACE Plus"),
     C(6900, 6900, "one-time", "FACE Plus examiner seats               6   $1,150.00   $6,900.00", FCSO, DWP,
       "FACE Plus"),
     C(1150, 1150, "one-time", "FACE Plus examiner seats               6   $1,150.00", FCSO, DWP, "FACE Plus",
       unit="per user"),
     C(9800, 9800, "one-time", "Rank One ROC SDK 1:N matcher           1   $9,800.00   $9,800.00", FCSO, DWP,
       "ROC SDK"),
     C(7250, 7250, "one-time", "Mugshot archive conversion and         1   $7,250.00   $7,250.00", FCSO, DWP,
       "FACE Plus"),
     C(5400, 5400, "one-time", "Installation, configuration and        1   $5,400.00   $5,400.00", FCSO, DWP,
       "FACE Plus"),
     C(3200, 3200, "one-time", "On-site examiner training, per day     2   $1,600.00   $3,200.00", FCSO, DWP,
       "FACE Plus"),
     C(1600, 1600, "one-time", "On-site examiner training, per day     2   $1,600.00", FCSO, DWP, "FACE Plus",
       unit="per day"),
     C(1180, 1180, "one-time", "Travel, estimated                      1   $1,180.00", FCSO, DWP, "FACE Plus"),
     C(72230, 72230, "one-time", "Subtotal   $72,230.00", FCSO, DWP, "FACE Plus"),
     C(11040, 11040, "year", "Year 1 hosting, software support and maintenance (20% of lines 1-3) "
       "$11,040.00", FCSO, DWP, "FACE Plus"),
     C(83270, 83270, None, "TOTAL YEAR 1  $83,270.00", FCSO, DWP, "FACE Plus"),
     C(2400, 2400, "year", "FACE Plus Mobile, per device,         10     $240.00   $2,400.00", FCSO, DWP,
       "FACE Plus Mobile"),
     C(240, 240, "year", "FACE Plus Mobile, per device,         10     $240.00", FCSO, DWP, "FACE Plus Mobile",
       unit="per device")],
    [N(6, "exact", "licenses", None, "FACE Plus examiner seats               6", FCSO, DWP),
     N(212000, "approximately", "images", None, "approx. 212,000 booking images", FCSO, DWP),
     N(10, "exact", "licenses", None, "FACE Plus Mobile, per device,         10", FCSO, DWP)],
    [],
    [],
    ["2025-04-12", "2009"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Idaho: Bingham County SO
BCSO = "Bingham County Sheriff's Office"
ROC = "Rank One Computing"
ISP = "Idaho State Police"
BPD = "Blackfoot Police Department"
doc("03_bingham-county-so-roc-agenda-item-summary.txt", [
    (None, """\
BINGHAM COUNTY BOARD OF COMMISSIONERS
501 N. Maple Street, Blackfoot, Idaho 83221

AGENDA ITEM SUMMARY

Meeting date:  December 9, 2024              Agenda item:  6-C
Department:    Sheriff's Office              Item type:    Action
Presenter:     Chief Deputy Travis Holm, Sheriff's Office
Subject:       Subscription agreement with Rank One Computing
               Corporation for ROC Investigate facial recognition
               software, January 1, 2025 - December 31, 2027

BACKGROUND
Sheriff's Office investigators who need to identify a suspect from a
photograph now send the image to the Idaho State Police, which can
take two to three weeks. In 2024 investigators sent 23 such photo
requests to the Idaho State Police. The Sheriff asks the Board to
approve a three-year subscription to ROC Investigate, a hosted facial
recognition application from Rank One Computing Corporation of
Denver, Colorado, to search the County's own booking photographs.

The gallery would hold the booking photographs taken at the Bingham
County Jail since 2006: 58,214 images of about 31,000 individuals.
Driver license photographs would not be searched. The subscription
provides five analyst licenses. Two of the five would be assigned to
detectives of the Blackfoot Police Department under the existing
interlocal investigations agreement; the City would not pay.

Use would be governed by Sheriff's Office Policy 614, Facial
Recognition (adopted October 2024). Under Policy 614, a search may be
run only by a licensed analyst who has completed the vendor's
training, and only for a criminal investigation with a case number,
a missing person or an unidentified deceased person. A possible match
is an investigative lead only and shall not be the sole basis for an
arrest or a warrant. The Sheriff's Office shall not use the software
on live video or to identify people taking part in a lawful assembly.

Idaho has no statute that specifically regulates law enforcement use
of facial recognition. At the November 25, 2024 work session the
Board asked whether the Sheriff would publish an annual usage report.
Staff proposes such a report for a later meeting; it is not part of
this motion.""", "Item 6-C  |  Page 1 of 2"),
    (None, """\
PROCUREMENT
The three-year cost is below the $50,000 threshold for informal bids
under Idaho Code 67-2806. Rank One Computing supplied written quote
ROC-Q-3317, dated November 18, 2024.

FISCAL IMPACT
Fiscal year (Oct. 1 - Sept. 30)   FY2025    FY2026    FY2027     Total
--------------------------------  -------   -------   -------   -------
ROC Investigate subscription      $14,250   $14,250   $14,963   $43,463
  (5 licenses x $2,850 per year;
  5% increase in FY2027)
One-time setup and gallery         $3,500        --        --    $3,500
  import
--------------------------------  -------   -------   -------   -------
Total cost                        $17,750   $14,250   $14,963   $46,963

Funding source
2023 Byrne JAG subaward (Idaho    $12,000        --        --   $12,000
  State Police, Planning, Grants
  and Research)
Sheriff's Office budget, fund      $5,750   $14,250   $14,963   $34,963
  0104-20-4290

The FY2025 county share was included in the Sheriff's adopted FY2025
budget. No new positions are requested. The Sheriff's Axon body-worn
camera renewal ($61,200 per year) is a separate matter, Item 6-D.

RECOMMENDED MOTION
"I move to approve the Software Subscription Agreement between
Bingham County and Rank One Computing Corporation for ROC Investigate
for the term January 1, 2025 through December 31, 2027, in an amount
not to exceed $48,000, which includes a contingency for additional
image storage, and to authorize the Chair to sign."

Reviewed by:  Deputy Prosecuting Attorney (civil), 12/02/2024
              Clerk-Auditor, 12/03/2024
Attachments:  A. Agreement (14 pages)  B. Quote ROC-Q-3317
              C. Policy 614

Board action:  [ ] Approved  [ ] Denied  [ ] Tabled
Vote: ____ to ____""", "Item 6-C  |  Page 2 of 2"),
], "pdf", BCSO,
    [BCSO, "Bingham County Board of Commissioners", ISP, BPD],
    [ROC, "Axon"],
    ["ROC Investigate"],
    [C(14250, 14250, "year", "ROC Investigate subscription      $14,250", BCSO, ROC, "ROC Investigate"),
     C(14963, 14963, "year", "ROC Investigate subscription      $14,250   $14,250   $14,963", BCSO, ROC,
       "ROC Investigate"),
     C(43463, 43463, None, "ROC Investigate subscription      $14,250   $14,250   $14,963   $43,463", BCSO, ROC,
       "ROC Investigate"),
     C(2850, 2850, "year", "5 licenses x $2,850 per year", BCSO, ROC, "ROC Investigate", unit="per user"),
     C(3500, 3500, "one-time", "One-time setup and gallery         $3,500", BCSO, ROC, "ROC Investigate"),
     C(17750, 17750, None, "Total cost                        $17,750", BCSO, ROC, "ROC Investigate"),
     C(46963, 46963, None, "Total cost                        $17,750   $14,250   $14,963   $46,963", BCSO, ROC,
       "ROC Investigate"),
     C(12000, 12000, "one-time", "2023 Byrne JAG subaward (Idaho    $12,000", BCSO, None, "ROC Investigate"),
     C(5750, 5750, None, "Sheriff's Office budget, fund      $5,750", BCSO, ROC, "ROC Investigate"),
     C(34963, 34963, None, "Sheriff's Office budget, fund      $5,750   $14,250   $14,963   $34,963", BCSO, ROC,
       "ROC Investigate"),
     C(None, 48000, None, "not to exceed $48,000", BCSO, ROC, "ROC Investigate")],
    [N(23, "exact", "requests", "year", "In 2024 investigators sent 23 such photo requests to the Idaho State Police",
       ISP, None),
     N(58214, "exact", "images", None, "58,214 images", BCSO, ROC),
     N(31000, "approximately", "images", None, "about 31,000 individuals", BCSO, ROC),
     N(5, "exact", "licenses", None, "The subscription provides five analyst licenses.", BCSO, ROC),
     N(2, "exact", "licenses", None, "Two of the five would be assigned to detectives of the Blackfoot Police "
       "Department", BPD, ROC)],
    [P("a search may be run only by a licensed analyst who has completed the vendor's training, and only for a "
       "criminal investigation with a case number, a missing person or an unidentified deceased person.", BCSO,
       "requirement"),
     P("A possible match is an investigative lead only and shall not be the sole basis for an arrest or a "
       "warrant.", BCSO, "disclaimer"),
     P("The Sheriff's Office shall not use the software on live video or to identify people taking part in a "
       "lawful assembly.", BCSO, "prohibition")],
    [],
    ["2024-12-09", "2025-01-01", "2027-12-31", "2024", "2006", "2024-10", "2024-11-25", "2024-11-18", "2023",
     "2024-12-02", "2024-12-03"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Maine: Presque Isle PD
PIPD = "Presque Isle Police Department"
MSP = "Maine State Police"
BMV = "Maine Bureau of Motor Vehicles"
FBI = "Federal Bureau of Investigation"
HDR4 = "PRESQUE ISLE POLICE DEPARTMENT - DIRECTIVE 2-44"
doc("04_presque-isle-pd-directive-2-44-facial-recognition.txt", [
    (HDR4, """\
Subject:      Facial Recognition Search Requests
Directive:    2-44                      Pages: 3
Effective:    September 1, 2022         Revised: March 3, 2025
Issued by:    Chief of Police           Distribution: All personnel
Rescinds:     Directive 2-44 dated September 1, 2022
References:   25 M.R.S. sections 6001 through 6006; Directive 1-12
              (Internal Investigations); Directive 3-08 (Evidence)

1. PURPOSE
This directive sets out the only circumstances in which a member
may seek a facial recognition search, and the records, audits and
discipline that apply, consistent with 25 M.R.S. sections 6001
through 6006.

2. POLICY
No member shall obtain, retain, possess, access, request or use a
facial surveillance system, or information derived from a facial
surveillance search, except as section 4 of this directive allows.

3. DEFINITIONS
3.1 "Facial surveillance system" means any computer software or
    application that performs facial recognition, whether owned by
    the Department, another agency, a vendor or a private person.
3.2 "Facial surveillance search" means the use of such a system to
    compare a probe image with a set of known images.
3.3 "Designated requester" means a member named in writing by the
    Chief to submit requests under section 4. No more than three
    members may hold the designation at one time.
3.4 "Serious crime" has the meaning given in 25 M.R.S. section 6001.
3.5 "Probe image" means the image of the unidentified person that
    is submitted for comparison.

4. PERMITTED REQUESTS
4.1 A designated requester may submit a written request for a
    facial surveillance search to the Maine Bureau of Motor Vehicles
    or the Maine State Police when there is probable cause to
    believe that an unidentified person in an image has committed a
    serious crime.
4.2 A designated requester may also submit a request to identify a
    deceased person or a missing or endangered person.""", "Page 1 of 3"),
    (HDR4, """\
4.3 A request to the Federal Bureau of Investigation may be made
    only through the Maine State Police.
4.4 Each request shall state the case number, the offense, the
    source of the probe image, and the approval of the Patrol or
    CID sergeant.

5. PROHIBITED USES
5.1 Members shall not use Clearview AI or any other commercial or
    free online face search service, including on a personal device
    or under a trial account offered to the member.
5.2 Members shall not request a search of an image of a person
    because of that person's participation in a lawful protest or
    other activity protected by the First Amendment.
5.3 A possible match returned in response to a request is an
    investigative lead only and shall not, by itself, establish
    probable cause for an arrest or a search warrant.

6. RECORDS
6.1 The designated requester shall enter every request in the
    Facial Recognition Request Log (form PIPD-117) on the day it is
    sent, including requests that return no candidate.
6.2 The log and the response from the agency that ran the search
    shall be kept in the case file and retained for the retention
    period of the case.

7. AUDITS AND DISCIPLINE
7.1 The Deputy Chief shall audit the request log each quarter,
    compare it with case files, and report the number of requests,
    the agencies asked and any irregularity to the Chief in writing.
7.2 The Department shall make the annual totals from the log
    available to the public each January.
7.3 A member who violates this directive is subject to discipline
    up to and including dismissal.
7.4 Any search or request made outside section 4, whether found by
    audit or otherwise, shall be referred to the Chief for an
    internal investigation under Directive 1-12.
7.5 Information obtained in violation of this directive shall not
    be used in any report, affidavit or charging document.""", "Page 2 of 3"),
    (HDR4, """\
8. REVISION NOTE (March 2025)
The 2024 audits found 7 requests under section 4, all sent to the
Maine State Police, and one instance in which a member uploaded a
probe image to a free online face search site. That matter was
handled under section 7.4, and sections 5.1 and 7.5 were added. The
Maine State Police charges no fee for requests. In 2022 Clearview AI
offered the Department a free 30-day trial account; the offer was
declined.

9. PROPOSED AMENDMENT - DRAFT, NOT IN EFFECT
The following text is under review by the City Solicitor and has
not been adopted:
    "9.1 Designated requesters would complete four hours of
    training on facial recognition accuracy and bias each year
    before submitting a request."

By order of:

/s/ Laurence Gagnon
Chief of Police""", "Page 3 of 3"),
], "pdf", PIPD,
    [PIPD, BMV, MSP, FBI],
    ["Clearview AI"],
    [],
    [],
    [N(7, "exact", "requests", "year", "The 2024 audits found 7 requests under section 4", MSP, None)],
    [P("No member shall obtain, retain, possess, access, request or use a facial surveillance system, or "
       "information derived from a facial surveillance search, except as section 4 of this directive allows.",
       PIPD, "prohibition"),
     P("No more than three members may hold the designation at one time.", PIPD, "requirement"),
     P("A designated requester may submit a written request for a facial surveillance search to the Maine Bureau "
       "of Motor Vehicles or the Maine State Police when there is probable cause to believe that an unidentified "
       "person in an image has committed a serious crime.", PIPD, "permission"),
     P("A designated requester may also submit a request to identify a deceased person or a missing or "
       "endangered person.", PIPD, "permission"),
     P("A request to the Federal Bureau of Investigation may be made only through the Maine State Police.", PIPD,
       "requirement"),
     P("Each request shall state the case number, the offense, the source of the probe image, and the approval "
       "of the Patrol or CID sergeant.", PIPD, "requirement"),
     P("Members shall not use Clearview AI or any other commercial or free online face search service, including "
       "on a personal device or under a trial account offered to the member.", PIPD, "prohibition"),
     P("Members shall not request a search of an image of a person because of that person's participation in a "
       "lawful protest or other activity protected by the First Amendment.", PIPD, "prohibition"),
     P("A possible match returned in response to a request is an investigative lead only and shall not, by "
       "itself, establish probable cause for an arrest or a search warrant.", PIPD, "disclaimer"),
     P("The designated requester shall enter every request in the Facial Recognition Request Log (form PIPD-117) "
       "on the day it is sent, including requests that return no candidate.", PIPD, "requirement"),
     P("The log and the response from the agency that ran the search shall be kept in the case file and retained "
       "for the retention period of the case.", PIPD, "requirement"),
     P("The Deputy Chief shall audit the request log each quarter, compare it with case files, and report the "
       "number of requests, the agencies asked and any irregularity to the Chief in writing.", PIPD,
       "requirement"),
     P("The Department shall make the annual totals from the log available to the public each January.", PIPD,
       "requirement"),
     P("A member who violates this directive is subject to discipline up to and including dismissal.", PIPD,
       "consequence"),
     P("Any search or request made outside section 4, whether found by audit or otherwise, shall be referred to "
       "the Chief for an internal investigation under Directive 1-12.", PIPD, "consequence"),
     P("Information obtained in violation of this directive shall not be used in any report, affidavit or "
       "charging document.", PIPD, "consequence")],
    [],
    ["2022-09-01", "2025-03-03", "2025-03", "2024", "2022"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Oklahoma: Muskogee PD
MPD = "Muskogee Police Department"
CV = "Clearview AI"
OIFC = "Oklahoma Information Fusion Center"
HDR5 = "MUSKOGEE POLICE DEPARTMENT  |  2024 ANNUAL REPORT"
doc("05_muskogee-pd-2024-annual-report-facial-recognition.txt", [
    (HDR5, """\
INVESTIGATIVE TECHNOLOGY

Facial Recognition

The Department has subscribed to Clearview AI since June 2022. All
searches are run by the Crime Analysis Unit at the written request
of a division or unit, or of an outside agency working a case with
the Department. Table 7 counts every search run in 2024 by the unit
that asked for it.

Table 7. Facial recognition searches by requesting unit, 2024

Requesting unit                 Q1     Q2     Q3     Q4    Total
----------------------------   ----   ----   ----   ----   -----
Criminal Investigations          41     38     45     52     176
Special Investigations Unit      12      9     14     11      46
Patrol Division                   6      8      5      7      26
Street Crimes Unit               --      4      6      3      13
Outside agencies                  3      2      4      1      10
----------------------------   ----   ----   ----   ----   -----
All units                        62     61     74     74     271

Street Crimes Unit was formed in April 2024. Outside-agency searches
were run for the Muskogee County Sheriff's Office and the Oklahoma
Highway Patrol, Troop E.

The 271 searches produced 83 possible-match leads that were sent to
case detectives, and 19 of those leads were later confirmed as
identifications (a confirmation rate of 22.9% of leads). A lead is
not counted as an identification until the detective confirms it by
other evidence.

In addition to Clearview searches, detectives sent 14 photographs in
2024 to the Oklahoma Information Fusion Center for a search of the
state's booking photographs.""", "Page 31"),
    (HDR5, """\
Gallery and accounts

Clearview AI searches images collected from the public internet.
Clearview states that its database holds more than 60 billion
images. The Department does not upload its own booking photographs
to Clearview, and no Department image is added to Clearview's
database by a search.

The subscription renewed in May 2024 at $9,950 for the year and
covers 10 user accounts. Nine members held accounts at the end of
2024, all in the Crime Analysis Unit and the Criminal Investigations
Division. The first-year subscription in 2022 cost $7,500. The
renewal was paid from the Department's technology line, account
10-4120-5350, together with the unrelated Flock camera lease
($27,000 a year), which is reported under Patrol.

Rules of use

General Order 300.18 governs facial recognition. Only members who
have completed Clearview's online training and the Department's
four-hour course may hold an account. Every search must carry a case
or incident number and the name of the requesting officer. A
possible match is a lead only and must be corroborated by other
evidence before it is used to support an arrest. A member who runs
a search without a case or incident number loses account access
pending a supervisory review.

Each month the Crime Analysis supervisor audits 10 randomly selected
searches against case files. One account was suspended in 2024 after
an audit.

Other grants

In 2024 the Department also received $18,000 from the Oklahoma
District Attorneys Council (Justice Assistance Grant) for a drone
and training; that grant did not fund facial recognition.""", "Page 32"),
], "pdf", MPD,
    [MPD, "Muskogee County Sheriff's Office", "Oklahoma Highway Patrol", OIFC,
     "Oklahoma District Attorneys Council"],
    [CV, "Flock Safety"],
    [],
    [C(9950, 9950, "year", "The subscription renewed in May 2024 at $9,950 for the year", MPD, CV),
     C(7500, 7500, "year", "The first-year subscription in 2022 cost $7,500", MPD, CV)],
    [N(41, "exact", "searches", "quarter", "Criminal Investigations          41", MPD, CV),
     N(38, "exact", "searches", "quarter", "Criminal Investigations          41     38", MPD, CV),
     N(45, "exact", "searches", "quarter", "Criminal Investigations          41     38     45", MPD, CV),
     N(52, "exact", "searches", "quarter", "Criminal Investigations          41     38     45     52", MPD, CV),
     N(176, "exact", "searches", "year", "Criminal Investigations          41     38     45     52     176", MPD, CV),
     N(12, "exact", "searches", "quarter", "Special Investigations Unit      12", MPD, CV),
     N(9, "exact", "searches", "quarter", "Special Investigations Unit      12      9", MPD, CV),
     N(14, "exact", "searches", "quarter", "Special Investigations Unit      12      9     14", MPD, CV),
     N(11, "exact", "searches", "quarter", "Special Investigations Unit      12      9     14     11", MPD, CV),
     N(46, "exact", "searches", "year", "Special Investigations Unit      12      9     14     11      46", MPD, CV),
     N(6, "exact", "searches", "quarter", "Patrol Division                   6", MPD, CV),
     N(8, "exact", "searches", "quarter", "Patrol Division                   6      8", MPD, CV),
     N(5, "exact", "searches", "quarter", "Patrol Division                   6      8      5", MPD, CV),
     N(7, "exact", "searches", "quarter", "Patrol Division                   6      8      5      7", MPD, CV),
     N(26, "exact", "searches", "year", "Patrol Division                   6      8      5      7      26", MPD, CV),
     N(4, "exact", "searches", "quarter", "Street Crimes Unit               --      4", MPD, CV),
     N(6, "exact", "searches", "quarter", "Street Crimes Unit               --      4      6", MPD, CV),
     N(3, "exact", "searches", "quarter", "Street Crimes Unit               --      4      6      3", MPD, CV),
     N(13, "exact", "searches", "year", "Street Crimes Unit               --      4      6      3      13", MPD, CV),
     N(3, "exact", "searches", "quarter", "Outside agencies                  3", MPD, CV),
     N(2, "exact", "searches", "quarter", "Outside agencies                  3      2", MPD, CV),
     N(4, "exact", "searches", "quarter", "Outside agencies                  3      2      4", MPD, CV),
     N(1, "exact", "searches", "quarter", "Outside agencies                  3      2      4      1", MPD, CV),
     N(10, "exact", "searches", "year", "Outside agencies                  3      2      4      1      10", MPD, CV),
     N(62, "exact", "searches", "quarter", "All units                        62", MPD, CV),
     N(61, "exact", "searches", "quarter", "All units                        62     61", MPD, CV),
     N(74, "exact", "searches", "quarter", "All units                        62     61     74", MPD, CV),
     N(74, "exact", "searches", "quarter", "All units                        62     61     74     74", MPD, CV),
     N(271, "exact", "searches", "year", "All units                        62     61     74     74     271", MPD, CV),
     N(83, "exact", "leads", "year", "The 271 searches produced 83 possible-match leads", MPD, CV),
     N(19, "exact", "identifications", "year", "19 of those leads were later confirmed as identifications", MPD,
       CV),
     N(14, "exact", "requests", "year", "detectives sent 14 photographs in 2024 to the Oklahoma Information Fusion "
       "Center", OIFC, None),
     N(60000000000, "more than", "images", None, "its database holds more than 60 billion images", None, CV),
     N(10, "exact", "licenses", None, "covers 10 user accounts", MPD, CV),
     N(9, "exact", "users", None, "Nine members held accounts at the end of 2024", MPD, CV)],
    [P("Only members who have completed Clearview's online training and the Department's four-hour course may "
       "hold an account.", MPD, "requirement"),
     P("Every search must carry a case or incident number and the name of the requesting officer.", MPD,
       "requirement"),
     P("A possible match is a lead only and must be corroborated by other evidence before it is used to support an "
       "arrest.", MPD, "disclaimer"),
     P("A member who runs a search without a case or incident number loses account access pending a supervisory "
       "review.", MPD, "consequence"),
     P("Each month the Crime Analysis supervisor audits 10 randomly selected searches against case files.", MPD,
       "requirement")],
    [],
    ["2022-06", "2024", "2024-04", "2024-05", "2022"],
    scan=None)


# ---------------------------------------------------------------- 6 West Virginia: Beckley PD
BKPD = "Beckley Police Department"
VT = "Veritone"
RCSO = "Raleigh County Sheriff's Office"
doc("06_beckley-pd-veritone-identify-sole-source-memo.txt", [
    (None, """\
CITY OF BECKLEY - POLICE DEPARTMENT
340 Prince Street, Beckley, West Virginia 25801

MEMORANDUM                                  Purchasing File SS-24-09

TO:       Dana Kessinger, City Treasurer and Purchasing Agent
THROUGH:  Chief of Police
FROM:     Capt. Warren Lilly, Criminal Investigation Division
DATE:     August 19, 2024
RE:       Sole source justification - Veritone IDentify facial
          recognition subscription

1. Request
The Department asks to buy a one-year subscription to Veritone
IDentify from Veritone, Inc. without competitive quotations, under
the sole source provision of the City Purchasing Policy, section
4.6. The first-year cost is $22,600: the annual subscription of
$18,400 for 6 named users, plus a one-time onboarding and gallery
import fee of $4,200.

2. Why Veritone is the only source that meets the need
a. IDentify compares a probe image with the Department's own arrest
   photographs, about 38,500 images taken since 2008, held in the
   Department's Veritone aiWARE tenant. No other product we found
   can search that tenant without a second copy of the photographs
   on another vendor's server.
b. The Department already licenses Veritone Redact on the same
   tenant for body-worn camera redaction ($9,600 a year, Axon
   cameras). That contract is not part of this request and would
   not change.
c. Veritone holds the aiWARE platform rights; no reseller is
   authorized to sell IDentify in West Virginia.

3. Use and policy
Searches will be governed by General Order 41.3, Facial
Recognition, which the Chief approved on July 29, 2024. General
Order 41.3 limits searches to active criminal investigations with a
case number. It provides that a possible match is an investigative
lead only and is not probable cause for an arrest. The Department
will not search images from live video under General Order 41.3.""",
     "Beckley PD - SS-24-09 - Page 1 of 2"),
    (None, """\
4. Cost comparison (three-year estimate, prices from written quotes)

Vendor / product           Year 1    Year 2    Year 3   3-yr total
-----------------------   -------   -------   -------   ----------
Veritone IDentify         $22,600   $18,400   $18,400      $59,400
Clearview AI (note 1)     $15,000   $15,000   $15,000      $45,000
DataWorks Plus FACE Plus  $61,750    $9,900    $9,900      $81,550
  (note 2)

Note 1. Clearview AI searches only images from the public internet
(Clearview states more than 50 billion) and cannot search our arrest
photographs. The Raleigh County Sheriff's Office tells us it pays
about $16,000 a year for its Clearview account.
Note 2. Requires an on-premises server (about $7,800, not included)
and does not run on aiWARE.

5. Funding
General Fund, Police - Contractual Services, account 01-700-5630.
No sales tax applies (W. Va. Code 11-15-9(a)(1), government
purchases). The quote is valid for 60 days.

APPROVALS
Requested by:  /s/ Warren Lilly, Captain           Date: 08/19/2024
Chief of Police: /s/ Joseph Acord                  Date: 08/20/2024
Purchasing Agent:                                  Date: 08/22/2024
    [X] Sole source approved  [ ] Denied  [ ] Bid required
    /s/ Dana Kessinger, City Treasurer
Mayor (purchases over $20,000): /s/ R. Baisden     Date: 08/23/2024

Sole source notice posted August 26, 2024 through September 5, 2024
on the City website. No objections received.""", "Beckley PD - SS-24-09 - Page 2 of 2"),
], "pdf", BKPD,
    [BKPD, RCSO],
    [VT, "Clearview AI", DWP, "Axon"],
    ["Veritone IDentify", "Veritone aiWARE", "Veritone Redact", "FACE Plus"],
    [C(22600, 22600, None, "The first-year cost is $22,600", BKPD, VT, "Veritone IDentify"),
     C(18400, 18400, "year", "the annual subscription of $18,400 for 6 named users", BKPD, VT,
       "Veritone IDentify"),
     C(4200, 4200, "one-time", "a one-time onboarding and gallery import fee of $4,200", BKPD, VT,
       "Veritone IDentify"),
     C(59400, 59400, None, "Veritone IDentify         $22,600   $18,400   $18,400      $59,400", BKPD, VT,
       "Veritone IDentify"),
     C(16000, 16000, "year", "it pays about $16,000 a year for its Clearview account", RCSO, "Clearview AI")],
    [N(6, "exact", "licenses", None, "$18,400 for 6 named users", BKPD, VT),
     N(38500, "approximately", "images", None, "about 38,500 images taken since 2008", BKPD, VT),
     N(50000000000, "more than", "images", None, "Clearview states more than 50 billion", None, "Clearview AI")],
    [P("General Order 41.3 limits searches to active criminal investigations with a case number.", BKPD,
       "requirement"),
     P("It provides that a possible match is an investigative lead only and is not probable cause for an arrest.",
       BKPD, "disclaimer"),
     P("The Department will not search images from live video under General Order 41.3.", BKPD, "prohibition")],
    [],
    ["2024-08-19", "2008", "2024-07-29", "2024-08-20", "2024-08-22", "2024-08-23", "2024-08-26", "2024-09-05"],
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
