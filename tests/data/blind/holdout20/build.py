"""Writes docs/*.txt and labels.json for holdout20 (invented releases). Labels are written from intent,
before rendering. Agencies, vendors and products are real names used as settings; every person,
figure, account, case and document number is invented."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
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


def upto(row, cell):
    """The row text from its description up to and including `cell` (a table quote)."""
    return row[:row.index(cell) + len(cell)]


# ---------------------------------------------------------------- 1 Little Rock PD (AR): vendor invoice
LRPD = "Little Rock Police Department"
DWP = "DataWorks Plus"


def inv(ln, item, desc, qty, unit, ext):
    return f"{ln:<3}{item:<10}{desc:<50}{qty:>3}{unit:>11}{ext:>11}"


R1 = inv("1", "FP-SRV-M", "FACE Plus face recognition server, annual maint.", "1", "18,400.00", "18,400.00")
R2 = inv("2", "FP-WS-U", "FACE Plus investigator license, per named user", "12", "1,150.00", "13,800.00")
R3 = inv("3", "DPM-M", "Digital PhotoManager mugshot capture maint.", "1", "6,275.00", "6,275.00")
R4 = inv("4", "LS4-SUP", "Livescan fingerprint station support, annual", "3", "2,140.00", "6,420.00")
R5 = inv("5", "TRN-OS", "FACE Plus examiner training, onsite (per day)", "2", "1,600.00", "3,200.00")
R6 = inv("6", "CR-TRN", "Credit: unused FY24 training day", "1", "-1,600.00", "-1,600.00")
HEAD1 = inv("Ln", "Item No.", "Description", "Qty", "Unit Price", "Extended")
d1 = lambda r: r[13:]  # noqa: E731  (quote: description to end of row)
doc("01_little-rock-pd-dataworks-invoice.txt", [
    (None, f"""\
DATAWORKS PLUS, LLC
728 N. Pleasantburg Drive, Greenville, SC 29607 | Tel 864-672-2780 | dataworksplus.com

                                                  INVOICE
                                                  Invoice No.     DWP-INV-24-10388
                                                  Invoice Date    07/01/2024
                                                  Customer No.    AR-0147
                                                  Customer PO     4500219836
                                                  Terms           Net 30
                                                  Due Date        07/31/2024

BILL TO                                      SHIP TO / END USER
City of Little Rock                          Little Rock Police Department
Finance Dept., Accounts Payable, Rm 300      Investigations Support Division
500 West Markham Street                      700 West Markham Street
Little Rock, AR 72201                        Little Rock, AR 72201

ANNUAL MAINTENANCE AND SUBSCRIPTION RENEWAL
Service Period 07/01/2024 through 06/30/2025

{HEAD1}
{'-' * 88}
{R1}
{R2}
{R3}
{R4}
{R5}
{R6}

                                         Subtotal                             46,495.00
                                         Sales Tax 9.0% (Ln 3, 4 only)         1,142.55
                                         Freight                                   0.00
                                         TOTAL DUE (USD)                      47,637.55
""", "LRPD-25-0062 000041"),
    (None, """\
DATAWORKS PLUS, LLC                           Invoice DWP-INV-24-10388 - Page 2 of 2

ACCOUNT NOTES
- FACE Plus gallery on LRPD server: 412,650 booking images enrolled as of 06/28/2024.
- Average FY24 search volume: 318 searches per month (all named users combined).
- Line 6 credit reflects one training day paid under PO 4500198210 and never delivered.
- Digital PhotoManager and Livescan support renew with FACE Plus for billing convenience
  only. They are separate systems, not part of the face recognition subscription.

REMITTANCE
Remit by check to DataWorks Plus, LLC, P.O. Box 25488, Greenville, SC 29616, or by ACH
(routing 053201607, account ending 4471). Reference the invoice number on all payments.
Past-due balances accrue a late charge of 1.5% per month.
Questions about this invoice: billing@dataworksplus.com or 864-672-2780 ext. 214.

----------------------------------------------------------------------------------------
CITY OF LITTLE ROCK - FINANCE DEPARTMENT                     RECEIVED  JUL 08 2024
Vendor No. 0038812   Acct 100-21240-52215 Software Maint.   Approved: Lt. K. Dobbins
Voucher 24-17731     Batch 20240708-03   Amount 47,637.55    Date Paid 07/29/2024
""", "LRPD-25-0062 000042"),
], "pdf", LRPD,
    [LRPD, "City of Little Rock"], [DWP], ["FACE Plus", "Digital PhotoManager"],
    [C(18400, 18400, "year", d1(R1), LRPD, DWP, "FACE Plus"),
     C(13800, 13800, "year", d1(R2), LRPD, DWP, "FACE Plus"),
     C(1150, 1150, "year", d1(R2), LRPD, DWP, "FACE Plus", unit="per user"),
     C(3200, 3200, None, d1(R5), LRPD, DWP, "FACE Plus"),
     C(1600, 1600, None, d1(R5), LRPD, DWP, "FACE Plus", unit="per day")],
    [N(12, "exact", "licenses", None, upto(d1(R2), "12"), LRPD, DWP),
     N(412650, "exact", "images", None, "412,650 booking images enrolled", LRPD, DWP),
     N(318, "exact", "searches", "month", "318 searches per month", LRPD, DWP)],
    [], [],
    ["2024-07-01", "2024-07-31", "2025-06-30", "2024-06-28", "2024-07-08", "2024-07-29"],
    scan="print")


# ---------------------------------------------------------------- 2 Idaho Division of Purchasing: price list
IDP = "Idaho Division of Purchasing"
CDW = "CDW-G"
MFI = "MorphoFace Investigate"


def pl(item, part, desc, unit, price):
    return f"{item:<6}{part:<14}{desc:<48}{unit:<10}{price:>10}"


A1 = pl("A-1", "MFI-SRV-ENT", "MorphoFace Investigate enterprise server", "server/yr", "42,500.00")
A2 = pl("A-2", "MFI-USR-NU", "MorphoFace Investigate investigator license", "user/yr", "2,350.00")
A3 = pl("A-3", "MFI-MOB-DEV", "MFI Mobile capture app (iOS/Android)", "device/mo", "38.00")
A4 = pl("A-4", "MFI-IMPL", "Implementation and gallery migration, one-time", "lot", "14,900.00")
B1 = pl("B-1", "FR-TRN-ONS", "Facial examiner training, onsite (10 students)", "day", "2,100.00")
B2 = pl("B-2", "FR-TRN-WEB", "Facial comparison refresher webinar", "seat", "185.00")
C1 = pl("C-1", "MBIS-LS-5300", "MorphoTrak TP-5300 Livescan station", "each", "17,800.00")
C2 = pl("C-2", "MBIS-LS-MNT", "Livescan station annual maintenance", "each/yr", "2,450.00")
C3 = pl("C-3", "MBIS-CRD", "Fingerprint card scanner, flatbed", "each", "3,975.00")
d2 = lambda r: r[20:]  # noqa: E731
doc("02_idaho-purchasing-statewide-biometric-price-list.txt", [
    (None, f"""\
STATE OF IDAHO
DEPARTMENT OF ADMINISTRATION - DIVISION OF PURCHASING
650 W. State Street, Room 100, Boise, ID 83702

STATEWIDE CONTRACT - ATTACHMENT B: PRICE LIST
Contract No.:     SBPO-2024-0317 (Biometric Identification Products and Services)
Contractor:       CDW Government LLC (CDW-G), 230 N. Milwaukee Ave., Vernon Hills, IL
Manufacturer:     IDEMIA Identity & Security USA LLC
Contract Term:    August 1, 2024 through July 31, 2027 (two optional one-year renewals)
Price List Rev.:  2 (effective January 15, 2025)

Prices are firm, fixed ceiling prices. Contractor may quote lower prices to a buyer.

{pl("Item", "Mfr Part No.", "Description", "Unit", "Price")}
{'-' * 88}
CATEGORY A - FACIAL RECOGNITION SOFTWARE
{A1}
{A2}
{A3}
{A4}
CATEGORY B - SERVICES
{B1}
{B2}
CATEGORY C - FINGERPRINT (NOT FACIAL RECOGNITION)
{C1}
{C2}
{C3}
""", "SBPO-0317 B p.1/2"),
    (None, """\
STATEWIDE CONTRACT SBPO-2024-0317 - ATTACHMENT B (continued)

ORDERING INFORMATION
1. Eligible purchasers. All Idaho state agencies and, under Idaho Code 67-9230, Idaho
   political subdivisions may order from this contract. No minimum order applies.
2. Acceptable use.
   Category A orders must include the buyer's signed Form DOP-FR1 certification.
   Contractor shall not activate a facial recognition license without a signed DOP-FR1.
3. Contractor remits an administrative fee of 1.25% of reported sales each quarter.
4. Estimated contract value: $1,200,000 over the initial term, all categories combined.
   This estimate is not a commitment by the State to purchase any quantity.
5. Volume discount: orders of 25 or more A-2 licenses receive 8% off the listed price.

EVALUATION SUMMARY (for reference only)
Three offers were received; the award went to the highest-scoring responsive offer.
Offers not selected: NEC Corporation of America (NeoFace Reveal, $2,790 per user per
year) and Rank One Computing through SHI International Corp. ($1,980 per user per year;
did not meet the gallery migration requirement).

Contract Officer: Peter Lindqvist, Senior Buyer | (208) 332-1612
peter.lindqvist@adm.idaho.gov
""", "SBPO-0317 B p.2/2"),
], "pdf", IDP,
    [IDP, "Idaho Department of Administration"],
    [CDW, "IDEMIA", "NEC", "Rank One Computing", "SHI International"],
    [MFI, "NeoFace Reveal", "MorphoTrak TP-5300"],
    [C(42500, 42500, "year", d2(A1).rstrip(), None, CDW, MFI, unit="per server"),
     C(2350, 2350, "year", d2(A2).rstrip(), None, CDW, MFI, unit="per user"),
     C(38, 38, "month", d2(A3).rstrip(), None, CDW, MFI, unit="per device"),
     C(14900, 14900, "one-time", d2(A4).rstrip(), None, CDW, MFI),
     C(2100, 2100, None, d2(B1).rstrip(), None, CDW, None, unit="per day"),
     C(185, 185, None, d2(B2).rstrip(), None, CDW, None, unit="per seat")],
    [],
    [P("Category A orders must include the buyer's signed Form DOP-FR1 certification.", IDP),
     P("Contractor shall not activate a facial recognition license without a signed DOP-FR1.", IDP)],
    [], ["2024-08-01", "2027-07-31", "2025-01-15"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Washoe County Sheriff (NV): board minutes
WCSO = "Washoe County Sheriff's Office"
MSI = "Motorola Solutions"
doc("03_washoe-county-bcc-minutes-facesearch.txt", [
    (None, """\
WASHOE COUNTY BOARD OF COUNTY COMMISSIONERS
MINUTES - REGULAR MEETING (EXCERPT: AGENDA ITEMS 7 AND 12)
Tuesday, March 11, 2025, 10:00 a.m.
Commission Chambers, 1001 East Ninth Street, Reno, Nevada

PRESENT: Chair Delia Marchetti, Vice Chair Owen Pruitt, Commissioners
Sandra Kealoha, Ramon Echeverria and Gail Whitford. County Manager Theo
Brandvold; Assistant District Attorney Nina Castellanos; Deputy County
Clerk Lorraine Abeyta.

25-0187  AGENDA ITEM 7 - CONSENT ITEMS
7C. Recommendation to approve the purchase of 64 Axon Body 4 body-worn
cameras, docks and five-year evidence storage for the Washoe County
Sheriff's Office from Axon Enterprise, Inc., in the amount of $412,880
[funded by the FY25 Body-Worn Camera Grant]. Sheriff.

On motion by Commissioner Kealoha, seconded by Vice Chair Pruitt, which
motion duly carried on a 5-0 vote, it was ordered that Consent Items 7A
through 7F be approved.

25-0203  AGENDA ITEM 12
Recommendation to approve a three-year subscription agreement between
Washoe County, on behalf of the Sheriff's Office, and Motorola Solutions,
Inc. for Vigilant FaceSearch facial recognition software
[$49,500 annually; not to exceed $148,500 over the term of the agreement],
effective April 1, 2025, and authorize the Purchasing and Contracts
Manager to execute the agreement. Sheriff. (All Commission Districts.)
""", "WASHOE BCC 000114"),
    (None, """\
Captain Arlo Fenwick, Detective Division, said the Office used
FaceSearch in a 90-day trial that ended in December 2024, running
approximately 1,300 searches. He said at least 12 arrests followed
leads developed during the trial.
If approved, 35 detectives and analysts would hold accounts.
The software searches the Sheriff's booking gallery of
about 610,000 photographs; it does not search DMV photographs.
General Order 4.45 was adopted January 6, 2025.
Under General Order 4.45, a face search result is a lead only.

Commissioner Echeverria asked about the Vigilant license plate reader
cameras approved last year. Captain Fenwick said the 18 ALPR cameras
($86,250) are a separate Vigilant product and not part of this item.

Public comment: Ms. Yolanda Briggs urged the Board to adopt a moratorium
on facial recognition until the County writes an ordinance. She noted
that no County ordinance prohibits the Sheriff from sharing search
results with federal agencies. Mr. Kurt Adair spoke in support.

Commissioner Whitford moved to adopt a moratorium. The motion died for
lack of a second.

On motion by Commissioner Echeverria, seconded by Chair Marchetti, which
motion duly carried on a 4-1 vote with Commissioner Whitford voting no,
it was ordered that Agenda Item 12 be approved, on condition that the
Sheriff's Office report its face search totals to the Board yearly.

*  *  *  *  *
Minutes approved by the Board on April 8, 2025.
/s/ Lorraine Abeyta, Deputy County Clerk
""", "WASHOE BCC 000115"),
], "pdf", WCSO,
    [WCSO, "Washoe County Board of County Commissioners", "Nevada Department of Motor Vehicles"], [MSI, "Vigilant Solutions", "Axon"],
    ["Vigilant FaceSearch", "Axon Body 4"],
    [C(49500, 49500, "year", "$49,500 annually", WCSO, MSI, "Vigilant FaceSearch"),
     C(None, 148500, None, "not to exceed $148,500 over the term of the agreement", WCSO, MSI,
       "Vigilant FaceSearch")],
    [N(1300, "approximately", "searches", None, "approximately 1,300 searches", WCSO, MSI),
     N(12, "at least", "arrests", None, "at least 12 arrests followed", WCSO, MSI),
     N(35, "exact", "users", None, "35 detectives and analysts would hold accounts", WCSO, MSI),
     N(610000, "approximately", "images", None, "about 610,000 photographs", WCSO, None)],
    [P("Under General Order 4.45, a face search result is a lead only.", WCSO),
     P("Sheriff's Office report its face search totals to the Board yearly.", WCSO)],
    [], ["2025-03-11", "2025-04-01", "2024-12", "2025-01-06", "2025-04-08"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Cedar Rapids PD (IA): Outlook thread
CRPD = "Cedar Rapids Police Department"
LCSO = "Linn County Sheriff's Office"
CV = "Clearview AI"
SUBJ = "Clearview renewal - CRPD pricing"
doc("04_cedar-rapids-pd-clearview-renewal-thread.txt", [
    ("Ruiz, Angela", """\
From:                  Halvorsen, Brent
Sent:                  Friday, October 18, 2024 9:06 AM
To:                    Ruiz, Angela
Cc:                    Kessler, Dana M.
Subject:               FW: Clearview renewal - CRPD pricing
Attachments:           Clearview_CRPD_Q-10294.pdf

Chief,

Forwarding Dana's summary for the FY26 budget discussion. I recommend we renew at 8 seats
($19,200). The forfeiture account (2210-4471) can cover the increase this year. The Flock
ALPR renewal ($27,500) is separate and already budgeted; please don't lump it in with this.

Capt. Brent Halvorsen
Criminal Investigations Bureau
Cedar Rapids Police Department | 505 First Street SW | Cedar Rapids, IA 52404 | 319-286-5330

From: Kessler, Dana M. <D.Kessler@cedar-rapids.org>
Sent: Thursday, October 17, 2024 2:41 PM
To: Halvorsen, Brent <B.Halvorsen@cedar-rapids.org>
Subject: RE: Clearview renewal - CRPD pricing

Captain - Clearview's renewal quote is below. Marcus wrote:

> our government price for Clearview AI is $2,400 per user per year

For comparison, Linn County Sheriff's Office pays $1,750 per user for its 10 users,
or $17,500 a year, per Sgt. Pruett at LCSO. I'd push Clearview to match the county's rate
before we sign. Worth noting the January homicide (CR24-004417) was cleared from a
Clearview lead.

Reminder: under General Order 41.7 a Clearview result may not be the sole basis for an arrest.

Lt. Dana Kessler | Investigations Division
Cedar Rapids Police Department
""", "CRPD PRR 24-1187   000212"),
    ("Ruiz, Angela", """\
From: Marcus Reyes <marcus.reyes@clearview.ai>
Sent: Wednesday, October 16, 2024 11:08 AM
To: Kessler, Dana M. <D.Kessler@cedar-rapids.org>
Subject: RE: Clearview renewal - CRPD pricing

Lieutenant Kessler,

Thanks for the call.
For the 2025 term our government price for Clearview AI is $2,400 per user per year,
so 8 users comes to $19,200 for the year. If you commit to two years we can hold that rate
at $36,480 for both years combined.
Our database now holds more than 50 billion facial images.

Usage for your account from Nov 1, 2023 through Sep 30, 2024: 1,146 searches across
6 active users.

Best,
Marcus Reyes | Public Sector Account Executive | Clearview AI
marcus.reyes@clearview.ai | 646-555-0147

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named
recipient and may contain confidential pricing. Any other use or disclosure is prohibited.

> From: Kessler, Dana M.
> Sent: Tuesday, October 15, 2024 4:52 PM
> To: Marcus Reyes
> Subject: Clearview renewal - CRPD pricing
>
> Marcus - our term ends 11/30/2024. Last year we paid $12,000 for 6 users. We are looking
> at 8 users for 2025. Can you send a renewal quote? Please also confirm Clearview can
> export a per-user audit log for our quarterly review.
""", "CRPD PRR 24-1187   000213"),
], "print", CRPD,
    [CRPD, LCSO], [CV, "Flock Safety"], [],
    [C(2400, 2400, "year", "For the 2025 term our government price for Clearview AI is $2,400 per user per year",
       CRPD, CV, unit="per user"),
     C(19200, 19200, "year", "8 users comes to $19,200 for the year", CRPD, CV),
     C(36480, 36480, None, "$36,480 for both years combined", CRPD, CV),
     C(12000, 12000, "year", "Last year we paid $12,000 for 6 users", CRPD, CV),
     C(1750, 1750, "year", "pays $1,750 per user for its 10 users", LCSO, CV, unit="per user"),
     C(17500, 17500, "year", "or $17,500 a year", LCSO, CV)],
    [N(8, "exact", "users", None, "8 users comes to $19,200", CRPD, CV),
     N(10, "exact", "users", None, "its 10 users", LCSO, CV),
     N(50_000_000_000, "more than", "images", None, "more than 50 billion facial images", None, CV),
     N(1146, "exact", "searches", None, "1,146 searches", CRPD, CV),
     N(6, "exact", "users", None, "6 active users", CRPD, CV)],
    [P("under General Order 41.7 a Clearview result may not be the sole basis for an arrest.", CRPD)],
    [E("Halvorsen, Brent", "Ruiz, Angela", "Friday, October 18, 2024 9:06 AM", "FW: " + SUBJ),
     E("Kessler, Dana M.", "Halvorsen, Brent", "Thursday, October 17, 2024 2:41 PM", "RE: " + SUBJ),
     E("Marcus Reyes", "Kessler, Dana M.", "Wednesday, October 16, 2024 11:08 AM", "RE: " + SUBJ),
     E("Kessler, Dana M.", "Marcus Reyes", "Tuesday, October 15, 2024 4:52 PM", SUBJ)],
    ["2024-10-18", "2024-10-17", "2024-10-16", "2024-10-15", "2025", "2023-11-01", "2024-09-30", "2024-11-30"],
    scan="photocopy")


# ---------------------------------------------------------------- 5 Wisconsin fusion center (WSIC): SOP
WSIC = "Wisconsin Statewide Intelligence Center"
doc("05_wsic-facial-recognition-sop.txt", [
    (None, """\
WISCONSIN DEPARTMENT OF JUSTICE - DIVISION OF CRIMINAL INVESTIGATION
WISCONSIN STATEWIDE INTELLIGENCE CENTER (WSIC)

STANDARD OPERATING PROCEDURE
SOP No.:        WSIC-OPS-614
Title:          Facial Recognition Search Requests
Effective:      May 1, 2025          Supersedes: WSIC-OPS-614 (June 1, 2023)
Approved by:    Director, Wisconsin Statewide Intelligence Center
Review cycle:   Annual (next review April 2026)

1. PURPOSE
1.1 This SOP governs how WSIC staff run, review and report facial recognition searches.

2. SCOPE AND AUTHORITY
2.1 This SOP applies to all WSIC employees, detailed personnel and contractors.
2.2 No Wisconsin statute currently prohibits or specifically authorizes facial
    recognition use by law enforcement. The WSIC Privacy, Civil Rights and Civil
    Liberties Policy also applies.

3. DEFINITIONS
3.1 Probe image: the image submitted for comparison.
3.2 Candidate list: the ranked gallery images the system returns for a probe image.
3.3 Possible match: a candidate two analysts judged likely to be the same person.

4. AUTHORIZED USERS
4.1 Only analysts who have completed a 16-hour facial comparison course may search.
4.2 No more than eight (8) analysts shall hold NeoFace Reveal accounts at any time.
4.3 Accounts are reviewed quarterly; accounts unused for 90 days shall be disabled.
""", "WSIC-614 p.1/3 FOUO"),
    (None, """\
5. REQUESTS
5.1 Outside agencies shall submit requests on Form WSIC-FR2 with a case number.
5.2 WSIC will not run a search to identify a person engaged in lawful protest.
5.3 WSIC will not run a search for the sole purpose of enforcing civil immigration law.

6. SEARCH AND REVIEW
6.1 Two trained analysts shall review each candidate list before any release.
6.2 A possible match is a lead only and shall not by itself establish probable cause.
6.3 Every released result must carry the caveat in Appendix A.

7. GALLERY
7.1 The gallery holds approximately 3.1 million booking photographs.
7.2 Analysts shall not search Department of Transportation driver license photos.

8. RETENTION
8.1 Probe images and candidate lists shall be kept three (3) years, then destroyed.

9. AUDIT AND REPORTING
9.1 The WSIC Privacy Officer shall audit at least 10% of searches each quarter.
9.2 Calendar year 2024: 1,412 requests received from 167 agencies; 1,389 searches run;
    412 possible matches released as leads; 58 arrests reported back by requesters.
""", "WSIC-614 p.2/3 FOUO"),
    (None, """\
10. SYSTEM AND FUNDING
10.1 WSIC runs NeoFace Reveal (NEC Corporation of America) on DOJ-hosted servers.
10.2 The current license term (July 1, 2024 - June 30, 2027) cost $96,000, paid from
     the FFY2023 State Homeland Security Program award administered by Wisconsin
     Emergency Management.
10.3 Software assurance after the current term is quoted at $34,500 per year.

11. REVISION HISTORY
Rev   Date         Sections        Change
1.0   06/01/2023   All             Initial issue
1.1   11/20/2023   4.2             Account cap lowered from 12 to 10
2.0   05/01/2025   4.2, 6.1, 9.2   Cap lowered to 8; two-analyst review; 9.2 added

APPENDIX A - CAVEAT (to accompany every released result)
"This is an investigative lead only. It is not a positive identification.
The requesting agency must develop independent corroborating evidence."

Distribution: WSIC staff; DCI Special Agents in Charge. Release: Wis. Stat. 19.35.
""", "WSIC-614 p.3/3 FOUO"),
], "pdf", WSIC,
    [WSIC, "Wisconsin Department of Justice", "Wisconsin Department of Transportation",
     "Wisconsin Emergency Management"],
    ["NEC"], ["NeoFace Reveal"],
    [C(96000, 96000, None, "The current license term (July 1, 2024 - June 30, 2027) cost $96,000", WSIC, "NEC",
       "NeoFace Reveal"),
     C(34500, 34500, "year", "quoted at $34,500 per year", WSIC, "NEC", "NeoFace Reveal")],
    [N(8, "up to", "analysts", None, "No more than eight (8) analysts shall hold NeoFace Reveal accounts", WSIC, "NEC"),
     N(3100000, "approximately", "images", None, "approximately 3.1 million booking photographs", WSIC, None),
     N(1412, "exact", "requests", "year", "1,412 requests received", WSIC, None),
     N(1389, "exact", "searches", "year", "1,389 searches run", WSIC, None),
     N(412, "exact", "leads", "year", "412 possible matches released as leads", WSIC, None),
     N(58, "exact", "arrests", "year", "58 arrests reported back", WSIC, None)],
    [P("This SOP governs how WSIC staff run, review and report facial recognition searches.", WSIC),
     P("Only analysts who have completed a 16-hour facial comparison course may search.", WSIC),
     P("No more than eight (8) analysts shall hold NeoFace Reveal accounts at any time.", WSIC),
     P("Accounts are reviewed quarterly; accounts unused for 90 days shall be disabled.", WSIC),
     P("Outside agencies shall submit requests on Form WSIC-FR2 with a case number.", WSIC),
     P("WSIC will not run a search to identify a person engaged in lawful protest.", WSIC),
     P("WSIC will not run a search for the sole purpose of enforcing civil immigration law.", WSIC),
     P("Two trained analysts shall review each candidate list before any release.", WSIC),
     P("A possible match is a lead only and shall not by itself establish probable cause.", WSIC),
     P("Every released result must carry the caveat in Appendix A.", WSIC),
     P("Analysts shall not search Department of Transportation driver license photos.", WSIC),
     P("Probe images and candidate lists shall be kept three (3) years, then destroyed.", WSIC),
     P("The WSIC Privacy Officer shall audit at least 10% of searches each quarter.", WSIC),
     P("The requesting agency must develop independent corroborating evidence.", WSIC)],
    [], ["2025-05-01", "2023-06-01", "2026-04", "2024", "2024-07-01", "2027-06-30", "2023-11-20"])


# ---------------------------------------------------------------- 6 East Baton Rouge Parish SO (LA): budget
EBR = "East Baton Rouge Parish Sheriff's Office"
COG = "Cognitec"
ROW_CV = "4410-53120  Clearview AI subscription (15 users)     22,500.00    22,500.00    26,250.00"
ROW_CG = "4410-53121  Cognitec FaceVACS-DBScan maint.          11,800.00    12,154.00    12,519.00"
ROW_TR = "4410-54010  Facial comparison training (FISWG)        2,400.00     4,800.00     4,800.00"
ROW_GR = "4410-33105  LCLE JAG award - facial recognition       10,000.00         0.00         0.00"
d6 = lambda r: r[12:]  # noqa: E731
doc("06_ebr-sheriff-fy26-budget-line-detail.txt", [
    ("EAST BATON ROUGE PARISH SHERIFF'S OFFICE                                    Report BUD-R114", f"""\
FY 2025-26 PROPOSED BUDGET - LINE ITEM DETAIL                      Printed 05/19/2025 15:12
Dept 4410  CRIMINAL INTELLIGENCE / REAL TIME CRIME CENTER          User JTHIBODEAUX

Account     Description                             FY24 Actual  FY25 Adopted  FY26 Request  Chg%
----------  --------------------------------------  -----------  ------------  ------------  ----
{ROW_CV}   16.7
{ROW_CG}    3.0
4410-53125  BriefCam Review renewal (no face mod.)    31,000.00    31,000.00    32,400.00    4.5
4410-53130  Axon body cameras + Evidence.com         388,240.00   402,600.00   415,900.00    3.3
4410-53140  Vigilant LPR data + 22 fixed ALPR cams    64,350.00    66,280.00    66,280.00    0.0
4410-53150  Livescan (MorphoTrak) maint., 6 units     13,200.00    13,200.00    13,860.00    5.0
{ROW_TR}    0.0
            SUBTOTAL 53xxx/54xxx                     533,490.00   552,534.00   572,009.00    3.5
""", "Page 1 of 2"),
    ("EAST BATON ROUGE PARISH SHERIFF'S OFFICE                                    Report BUD-R114", f"""\
FY 2025-26 PROPOSED BUDGET - LINE ITEM DETAIL (continued)          Printed 05/19/2025 15:12

Dept 4410  REVENUE OFFSETS
Account     Description                             FY24 Actual  FY25 Adopted  FY26 Request
----------  --------------------------------------  -----------  ------------  ------------
{ROW_GR}
4410-34620  Public records request fees                3,415.00     3,000.00     3,000.00
4410-36010  Reimb. - Zachary PD share of LPR data      6,000.00     6,000.00     6,000.00

LINE NOTES (analyst J. Thibodeaux)
33105   One-time Justice Assistance Grant from the Louisiana Commission on Law Enforcement
        toward the FY24 Clearview subscription. Not renewed.
53120   FY26 request raises Clearview users from 15 to 18 at $1,250 per user per year.
53121   Cognitec maintenance escalates 3% per contract year (contract EBR-SO-21-114).
53125   BriefCam face recognition module quoted at $9,800/yr; NOT requested for FY26.
54010   FY26 amount covers the 40-hour facial comparison course (FISWG-aligned).
RTCC    FY24 face searches: 2,870 total (Clearview 2,114; FaceVACS-DBScan 756).
RTCC    FY24 outcomes reported by case detectives: 203 investigative leads, 61 arrests.
""", "Page 2 of 2"),
], "print", EBR,
    [EBR, "Louisiana Commission on Law Enforcement", "Zachary Police Department"],
    [CV, COG, "BriefCam", "Axon", "Vigilant Solutions", "MorphoTrak"],
    ["FaceVACS-DBScan", "BriefCam Review", "Evidence.com"],
    [C(22500, 22500, None, upto(d6(ROW_CV), "22,500.00"), EBR, CV),
     C(26250, 26250, None, d6(ROW_CV), EBR, CV),
     C(11800, 11800, None, upto(d6(ROW_CG), "11,800.00"), EBR, COG, "FaceVACS-DBScan"),
     C(12154, 12154, None, upto(d6(ROW_CG), "12,154.00"), EBR, COG, "FaceVACS-DBScan"),
     C(12519, 12519, None, d6(ROW_CG), EBR, COG, "FaceVACS-DBScan"),
     C(2400, 2400, None, upto(d6(ROW_TR), "2,400.00"), EBR, None),
     C(4800, 4800, None, upto(d6(ROW_TR), "4,800.00"), EBR, None),
     C(10000, 10000, "one-time", upto(d6(ROW_GR), "10,000.00"), EBR, None),
     C(1250, 1250, "year", "$1,250 per user per year", EBR, CV, unit="per user")],
    [N(15, "exact", "users", None, "Clearview AI subscription (15 users)", EBR, CV),
     N(18, "exact", "users", None, "raises Clearview users from 15 to 18", EBR, CV),
     N(2870, "exact", "searches", "year", "FY24 face searches: 2,870 total", EBR, None),
     N(2114, "exact", "searches", "year", "Clearview 2,114", EBR, CV),
     N(756, "exact", "searches", "year", "FaceVACS-DBScan 756", EBR, COG),
     N(203, "exact", "leads", "year", "203 investigative leads", EBR, None),
     N(61, "exact", "arrests", "year", "61 arrests", EBR, None)],
    [], [], ["2025-05-19"],
    scan="print")


# ---------------------------------------------------------------- 7 Jefferson County Public Schools PD (KY): memo
JPD = "Jefferson County Public Schools Police Department"
LMPD = "Louisville Metro Police Department"
doc("07_jcps-police-facial-recognition-memo.txt", [
    (None, """\
JEFFERSON COUNTY PUBLIC SCHOOLS
JCPS Police Department | 3332 Newburg Road, Louisville, KY 40218

INTERNAL MEMORANDUM
PRIVILEGED AND CONFIDENTIAL - PREPARED AT THE REQUEST OF COUNSEL

TO:      Dr. Marisa Coultrane, Chief Operations Officer
FROM:    Chief Desmond Albright, JCPS Police Department
CC:      Harlan Voss, General Counsel
DATE:    February 3, 2025
RE:      Facial recognition - vendor proposals (PD-25-014)

1. Summary
I recommend a limited purchase of Veritone IDentify for after-the-fact
investigations, and I recommend against the campus camera proposal
described in Section 2.

2. Proposal not recommended
In November 2024 SN Technologies offered its AEGIS system for live face
matching at 41 entrances of 12 high schools: $684,000 for cameras,
servers and installation, plus $96,500 per year in licensing. Live
watch-list matching of students raises problems we cannot solve, and
New York's 2023 ban on facial recognition in schools shows where the
law is heading.

3. Recommendation
Purchase 4 named-user licenses of Veritone IDentify through Carahsoft
Technology Corp. under the Kentucky cooperative contract,
at $3,150 per user per year ($12,600 annually), from the School
Safety Fund. We estimate approximately 150 searches per year, mostly
threats, trespass and thefts. For comparison, LMPD's Real Time Crime
Center pays $38,500 a year for its 20-user Veritone contract.
""", "JCPS-ORR 0311-001"),
    (None, """\
4. Existing rules
General Order 22-07 has been in force since August 2022. It provides:
"No biometric tool may be used to identify a student for discipline."
Board Policy 09.2211 does not prohibit District police from using
facial recognition. If the purchase is approved, the Department would
draft a general order requiring supervisor approval for each search.

5. Costs outside this request
This recommendation does not affect the Axon body-worn camera agreement
($231,400 per year) or the Raptor visitor management badges ($1.85 per
badge), which scan IDs, not faces.

Please contact me at 502-485-3317 with questions.

------------------------------------------------------------------
DECISION:  [X] Approved as recommended   [ ] Not approved
/s/ M. Coultrane                               Date: 02/11/2025
""", "JCPS-ORR 0311-002"),
], "pdf", JPD,
    ["Jefferson County Public Schools", JPD, LMPD],
    ["Veritone", "Carahsoft", "SN Technologies", "Axon", "Raptor Technologies"],
    ["Veritone IDentify", "AEGIS"],
    [C(3150, 3150, "year", "$3,150 per user per year", JPD, "Carahsoft", "Veritone IDentify", unit="per user"),
     C(12600, 12600, "year", "$12,600 annually", JPD, "Carahsoft", "Veritone IDentify"),
     C(38500, 38500, "year", "$38,500 a year", LMPD, "Veritone")],
    [N(4, "exact", "licenses", None, "4 named-user licenses", JPD, "Veritone"),
     N(150, "approximately", "searches", "year", "approximately 150 searches per year", JPD, "Veritone"),
     N(20, "exact", "users", None, "its 20-user Veritone contract", LMPD, "Veritone")],
    [P("No biometric tool may be used to identify a student for discipline.", JPD)],
    [], ["2025-02-03", "2024-11", "2023", "2022-08", "2025-02-11"],
    scan="pdf")


# ---------------------------------------------------------------- 8 MTA Police (MD): PIA response letter
MTAP = "Maryland Transit Administration Police Force"
DPSCS = "Maryland Department of Public Safety and Correctional Services"
INS = "Insight Public Sector"
doc("08_mta-police-pia-response-mirs-briefcam.txt", [
    (None, """\
MARYLAND DEPARTMENT OF TRANSPORTATION
MARYLAND TRANSIT ADMINISTRATION
MTA Police Force - Office of the Chief
6 Saint Paul Street, Baltimore, MD 21202-1614 | 410-454-7720

April 22, 2025

Ms. Renata Oyelaran
Via electronic mail

RE: Maryland Public Information Act Request No. MTA-PIA-2025-0418

Dear Ms. Oyelaran:

This responds to your request, received March 3, 2025, for records about facial
recognition technology used by the MTA Police Force. Responsive records are enclosed;
this letter summarizes them.

1. Systems used
The MTA Police Force does not operate its own facial recognition database. Detectives
submit probe images to the Maryland Image Repository System (MIRS), which the Department
of Public Safety and Correctional Services (DPSCS) operates at no charge to MTA.
DPSCS reports that MIRS holds approximately 7 million booking and MVA photographs.

2. Purchases
Enclosure 2 is purchase order MTA-PO-25-001933, issued through Insight Public Sector on
October 7, 2024. It totals $58,240.00 and covers two items:
  - BriefCam Review server license renewal (video synopsis only):   $41,600.00
  - BriefCam Face Recognition add-on, annual, per camera channel:   $16,640.00
    (52 camera channels x $320.00 per camera)
""", "MTA-PIA-0418 p.1"),
    (None, """\
3. Use of MIRS, calendar year 2024 (Enclosure 3)
Quarter     Searches submitted     Possible-match leads     Arrests
2024 Q1             37                       9                  2
2024 Q2             44                      12                  3
2024 Q3             29                       6                  1
2024 Q4             51                      14                  4
Total              161                      41                 10

4. Rules that apply
Under Maryland law, a face recognition match may not alone establish probable cause.
MTA Police Directive 1205 governs both MIRS and BriefCam use.
Directive 1205 requires sergeant approval and an incident number for each MIRS search.
Directive 1205 also bars running the face recognition add-on on live camera feeds.
MTA has not adopted a separate retention schedule for BriefCam watch lists.

5. Withheld records
Incident numbers in Enclosure 3 are withheld under GP 4-351 (investigatory records).

6. Fees
The fee for this response is $36.00 (1.5 hours of staff time at $24.00 per hour, after
the first two hours at no charge). Please remit within 30 days, payable to the Maryland
Transit Administration. Questions: PIA Coordinator Deshawn Merriweather, 410-454-7731.

Sincerely,

/s/ Lt. Col. Imani Whitcomb
Chief of Police, MTA Police Force
""", "MTA-PIA-0418 p.2"),
], "pdf", MTAP,
    [MTAP, "Maryland Transit Administration", "Maryland Department of Transportation", DPSCS,
     "Maryland Motor Vehicle Administration"],
    [INS, "BriefCam"], ["Maryland Image Repository System", "BriefCam Review"],
    [C(16640, 16640, "year", "BriefCam Face Recognition add-on, annual, per camera channel:   $16,640.00", MTAP,
       INS),
     C(320, 320, "year", "52 camera channels x $320.00 per camera", MTAP, INS, unit="per camera")],
    [N(7000000, "approximately", "images", None, "approximately 7 million booking and MVA photographs", DPSCS, None),
     N(52, "exact", "cameras", None, "52 camera channels", MTAP, "BriefCam"),
     N(37, "exact", "searches", "quarter", "2024 Q1             37", MTAP, None),
     N(44, "exact", "searches", "quarter", "2024 Q2             44", MTAP, None),
     N(29, "exact", "searches", "quarter", "2024 Q3             29", MTAP, None),
     N(51, "exact", "searches", "quarter", "2024 Q4             51", MTAP, None),
     N(161, "exact", "searches", "year", "Total              161", MTAP, None),
     N(41, "exact", "leads", "year", "Total              161                      41", MTAP, None),
     N(10, "exact", "arrests", "year", "Total              161                      41                 10", MTAP, None)],
    [P("Under Maryland law, a face recognition match may not alone establish probable cause.", MTAP),
     P("Directive 1205 requires sergeant approval and an incident number for each MIRS search.", MTAP),
     P("Directive 1205 also bars running the face recognition add-on on live camera feeds.", MTAP)],
    [], ["2025-04-22", "2025-03-03", "2024-10-07", "2024"])


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} docs and labels.json")


if __name__ == "__main__":
    main()
