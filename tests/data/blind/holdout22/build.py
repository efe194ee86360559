"""Writes docs/*.txt and labels.json for holdout20 (invented releases). Labels are written from intent,
before rendering."""
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


# ---------------------------------------------------------------- 1 Boise (Idaho): Outlook thread
BOISE = "Boise Police Department"
ADA = "Ada County Sheriff's Office"
doc("01_boise-pd-clearview-renewal-outlook-thread.txt", [
    ("Okafor, Denise", """\
From:              Halvorsen, Tyler <THalvorsen@cityofboise.org>
Sent:              Tuesday, February 18, 2025 10:42 AM
To:                Okafor, Denise <DOkafor@cityofboise.org>
Cc:                BPD Fiscal <BPDFiscal@cityofboise.org>
Subject:           RE: FW: Clearview AI renewal - pricing for FY26
Attachments:       BPD_Clearview_Audit_CY2024.xlsx

Denise,

OK to route the renewal to Purchasing. Fiscal confirms the $20,000 fits in the Investigations
software line if we push the second LPR trailer ($38,400) to next year. It is about an 8% bump
over what we pay now, so I will brief the Chief before it goes on the consent agenda.

Don't bother re-opening the Lexis Nexis option. Their 2023 quote was $27,900 for Accurint
Virtual Crime Center with the face add-on, and we passed on it for good reason.

Reminder for the unit: per GO 7.12,
every Clearview search must carry a DR number in the case field.
Results are leads only and are never probable cause on their own.

Tyler

Lt. Tyler Halvorsen
Investigations Division | Boise Police Department
333 N. Mark Stall Place, Boise, ID 83704 | (208) 555-0162

From: Okafor, Denise
Sent: Monday, February 17, 2025 4:05 PM
To: Halvorsen, Tyler <THalvorsen@cityofboise.org>
Subject: FW: Clearview AI renewal - pricing for FY26

Lt. - renewal numbers from Clearview are below. Same 10 seats, one year, $20,000. For
comparison, the Ada County Sheriff's Office analyst told me they pay $12,000 a year for 8 seats,
but they signed in 2022 on the old rate card. We are averaging about 28 searches a week
this winter.

The audit you asked for is attached: 1,412 searches in CY2024, 61 leads sent to case
detectives and 9 arrests where a Clearview lead was one of the factors. There is no policy
that prohibits using it on missing-person cases, so those are in the count too.

Denise Okafor
Crime Analysis Supervisor
Boise Police Department
""", "BPD Public Records Release 25-0311          Page 1 of 2"),
    ("Okafor, Denise", """\
-----Original Message-----
From: Marcus Bell <marcus.bell@clearview.ai>
Sent: Friday, February 14, 2025 2:31 PM
To: Okafor, Denise <DOkafor@cityofboise.org>
Subject: Clearview AI renewal - pricing for FY26

Hi Denise,

Thanks for the call this morning. For the renewal term of April 1, 2025 through March 31,
2026, pricing for 10 Clearview AI Investigative seats is $2,000 per seat,
or $20,000 annually, with unlimited searches and Clearview Mobile included at no charge.
Our database now exceeds 50 billion facial images. I can hold this pricing through March 14.

Best,
Marcus

Marcus Bell | Account Executive, Public Sector West
Clearview AI, Inc. | marcus.bell@clearview.ai | (646) 555-0139

CONFIDENTIALITY NOTICE: This message and any attachments are confidential and intended
solely for the named recipient. If you received it in error, you may not copy, use or
disclose it; please notify the sender and delete it.

On Wed, Feb 12, 2025 at 9:10 AM Okafor, Denise <DOkafor@cityofboise.org> wrote:
> Marcus,
>
> Our current one-year agreement (10 seats, $18,500) ends March 31. Can you send
> renewal pricing? Council also wants our 2024 search audit before they vote.
>
> Thanks,
> Denise Okafor
> Crime Analysis Supervisor, Boise Police Department
> (208) 555-0175
""", "BPD Public Records Release 25-0311          Page 2 of 2")],
    "print", BOISE,
    [BOISE, ADA],
    ["Clearview AI", "LexisNexis"],
    ["Clearview AI Investigative", "Clearview Mobile", "Accurint Virtual Crime Center"],
    [C(2000, 2000, "year", "$2,000 per seat", BOISE, "Clearview AI", "Clearview AI Investigative", unit="per user"),
     C(20000, 20000, "year", "$20,000 annually", BOISE, "Clearview AI", "Clearview AI Investigative"),
     C(12000, 12000, "year", "they pay $12,000 a year for 8 seats", ADA, "Clearview AI"),
     C(18500, 18500, "year", "one-year agreement (10 seats, $18,500)", BOISE, "Clearview AI")],
    [N(10, "exact", "licenses", None, "10 Clearview AI Investigative seats", BOISE, "Clearview AI"),
     N(8, "exact", "licenses", None, "for 8 seats", ADA, "Clearview AI"),
     N(28, "approximately", "searches", "week", "about 28 searches a week", BOISE, "Clearview AI"),
     N(1412, "exact", "searches", "year", "1,412 searches in CY2024", BOISE, "Clearview AI"),
     N(61, "exact", "leads", "year", "61 leads sent to case", BOISE, "Clearview AI"),
     N(9, "exact", "arrests", "year", "9 arrests where a Clearview lead was one of the factors", BOISE, "Clearview AI"),
     N(50_000_000_000, "more than", "images", None, "exceeds 50 billion facial images", None, "Clearview AI")],
    [P("every Clearview search must carry a DR number in the case field.", BOISE),
     P("Results are leads only and are never probable cause on their own.", BOISE)],
    [E("Halvorsen, Tyler", "Okafor, Denise", "Tuesday, February 18, 2025 10:42 AM",
       "RE: FW: Clearview AI renewal - pricing for FY26"),
     E("Okafor, Denise", "Halvorsen, Tyler", "Monday, February 17, 2025 4:05 PM",
       "FW: Clearview AI renewal - pricing for FY26"),
     E("Marcus Bell", "Okafor, Denise", "Friday, February 14, 2025 2:31 PM",
       "Clearview AI renewal - pricing for FY26"),
     E("Okafor, Denise", "Marcus Bell", "Wed, Feb 12, 2025 at 9:10 AM", None)],
    ["2025-02-18", "2025-02-17", "2025-02-14", "2025-02-12", "2025-04-01", "2026-03-31", "2023", "2022", "2024"],
    scan="photocopy")

# ---------------------------------------------------------------- 2 Pulaski County (Arkansas): vendor invoice
PCSO = "Pulaski County Sheriff's Office"
DWP = "DataWorks Plus"
ROW1 = "1   FP-ENT-MNT  FACE Plus Enterprise annual software maintenance    1    14,250.00   14,250.00"
ROW2 = "2   FP-INV-LIC  FACE Plus Investigator workstation license          4     1,875.00    7,500.00"
ROW3 = "3   FP-TRN-2D   FACE Plus comparison examiner training (2 days)     1     2,950.00    2,950.00"
doc("02_pulaski-county-so-dataworks-invoice.txt", [
    (None, f"""\
DataWorks Plus, LLC                                                         I N V O I C E
728 N. Pleasantburg Drive
Greenville, SC 29607
Tel (864) 555-0118   Fax (864) 555-0119   billing@dataworksplus.com

Invoice No:   DWP-240930-0417                    Invoice Date:  09/30/2024
Customer ID:  AR-PUL-0052                        Due Date:      10/30/2024
Customer PO:  PO 24-SO-00871                     Terms:         Net 30
Contract:     Agreement No. 2019-117, Amendment 4

BILL TO:                                         SERVICE SITE:
Pulaski County Sheriff's Office                  Regional Detention Facility
Fiscal Section - Accounts Payable                Identification Unit
201 S. Broadway, Suite 200                       3201 W. Roosevelt Road
Little Rock, AR 72201                            Little Rock, AR 72204

Ln  Item        Description                                       Qty   Unit Price    Extended
--  ----------  ------------------------------------------------  ---  -----------  ----------
{ROW1}
                and support, 10/01/2024 - 09/30/2025
{ROW2}
{ROW3}
4   LS-MNT-3    Livescan 10-print station maintenance               3     2,140.00    6,420.00
5   LS-PRT      Livescan replacement platen and roller kit          2       318.00      636.00
6   DPM-MNT     Digital PhotoManager booking capture maintenance    1     5,860.00    5,860.00
7   SVC-ONS     On-site service visit 09/11/2024 (Livescan #2)      1       612.40      612.40
                                                                        Subtotal     38,228.40
                                           Sales tax 9.625% (taxable line 5 only)        61.22
                                                                       TOTAL DUE    $38,289.62

Notes:
1. Line 1 renews FACE Plus for the Sheriff's Office gallery of 418,612 booking images and
   covers up to 12 named investigator users. Per Amendment 4, maintenance rises 4% each
   October 1.
2. Lines 4-7 are billed under the separate Livescan / PhotoManager schedule and are not part
   of the FACE Plus agreement.
3. Rapid ID mobile fingerprint readers were quoted separately (Quote Q-11873, $9,480).

Please remit to DataWorks Plus, LLC, P.O. Box 6711, Greenville, SC 29606. A finance charge of
1.5% per month applies to balances unpaid after the due date.
""", "PCSO-PRR-0412  000031"),
    (None, """\
PULASKI COUNTY, ARKANSAS
Office of the County Comptroller - Accounts Payable

PAYMENT VOUCHER                                            Voucher No. 24-18832

Vendor:        DataWorks Plus, LLC  (Vendor # 0004417)
Department:    Sheriff - Org 0401 Identification Unit
Invoice:       DWP-240930-0417          Invoice amount:   $38,289.62

Distribution:
  Fund 1000   Org 0401   Obj 52240   Maintenance agreements            20,110.00
  Fund 1000   Org 0401   Obj 52250   Software licenses                  7,500.00
  Fund 1000   Org 0401   Obj 52260   Equipment maint. and training     10,679.62
                                     Total distributed                 38,289.62

Received / verified:   Sgt. L. Pruitt, PCSO Identification Unit        10/11/2024
Approved for payment:  R. Castellanos, Comptroller's Office            10/14/2024
Check No. 0613390      Paid 10/17/2024
""", "PCSO-PRR-0412  000032")],
    "pdf", PCSO,
    [PCSO, "Pulaski County Comptroller's Office"],
    [DWP],
    ["FACE Plus", "Digital PhotoManager", "Rapid ID"],
    [C(14250, 14250, "year", ROW1[16:67].rstrip() + "    1    14,250.00", PCSO, DWP, "FACE Plus"),
     C(7500, 7500, None, ROW2[16:], PCSO, DWP, "FACE Plus"),
     C(1875, 1875, None, ROW2[16:ROW2.index("1,875.00") + 8], PCSO, DWP, "FACE Plus", unit="per license"),
     C(2950, 2950, None, ROW3[16:], PCSO, DWP, "FACE Plus")],
    [N(4, "exact", "licenses", None, ROW2[16:ROW2.index(" 4 ") + 2], PCSO, DWP),
     N(418612, "exact", "images", None, "gallery of 418,612 booking images", PCSO, DWP),
     N(12, "up to", "users", None, "up to 12 named investigator users", PCSO, DWP)],
    [],
    [],
    ["2024-09-30", "2024-10-30", "2024-10-01", "2025-09-30", "2024-09-11", "2024-10-11", "2024-10-14",
     "2024-10-17"],
    scan="print")

# ---------------------------------------------------------------- 3 Waukesha County (Wisconsin): board minutes
WCSD = "Waukesha County Sheriff's Department"
VIG = "Vigilant Solutions"
doc("03_waukesha-county-board-minutes-facesearch.txt", [
    (None, """\
WAUKESHA COUNTY BOARD OF SUPERVISORS
Minutes of the Regular Meeting - Tuesday, April 23, 2024 - 6:30 p.m.
County Board Room AC 130, Administration Center
515 W. Moreland Blvd., Waukesha, WI

(Excerpt: Items 9 through 11. Complete minutes are kept by the County Clerk.)

Roll call: 23 present, 2 absent and excused (Supervisors Kroll and Oyelaran).

9. ENROLLED ORDINANCE 179-O-004
   Approve Purchase Of Body-Worn And In-Car Camera Systems From Axon
   Enterprise, Inc. (Sheriff's Department)

   Supervisor Hewitt said the five-year Axon agreement ($1,284,600) replaces
   142 body cameras and 61 in-car units purchased in 2018. Motion by Hewitt,
   second by Lindqvist, to adopt. Carried 22-1.

10. ENROLLED ORDINANCE 179-O-005
   Modify The 2024 Sheriff's Department Budget To Purchase Facial Recognition
   Investigative Software And Authorize A Three-Year Subscription

   Supervisor Marchetti, Chair of the Judiciary and Law Enforcement
   Committee, reported that the Committee recommended approval 5-2. The
   ordinance authorizes a three-year subscription to Vigilant FaceSearch
   from Vigilant Solutions, a Motorola Solutions company,
   for $87,750 ($29,250 per year), funded by a
   $40,000 Edward Byrne Memorial Justice Assistance Grant accepted in 2023
   and by the Department's operating budget.

   Captain Dana Ruehl told the Board the Department now sends
   about 30 requests a month to the Wisconsin Statewide Intelligence Center
   (WSIC) for face comparisons, with waits of up to two weeks. FaceSearch
   would give up to 15 detectives and analysts access to
   more than 15 million booking photographs shared by participating agencies.
""", "Minutes 04/23/24 p. 4"),
    (None, """\
   Section 2 of the ordinance requires the Sheriff to adopt a written
   facial recognition policy before the software is used. Any result shall
   be treated as an investigative lead only and may not by itself establish
   probable cause. The Sheriff shall report the number of searches to the
   Judiciary and Law Enforcement Committee each year.

   Supervisor Whitcomb asked whether any County rule limits use of the
   software at protests. Captain Ruehl answered that no County policy
   currently prohibits such use, but that the Sheriff's draft policy would
   restrict it.

   Public comment: two residents spoke against the item, one citing a
   federal study that found false-match rates as much as 100 times higher
   for some demographic groups.

   Motion by Supervisor Whitcomb, second by Supervisor Abrams, to amend
   the ordinance to a one-year pilot limited to 5 users at a cost not to
   exceed $11,900. Amendment failed 7-16.

   Motion by Supervisor Marchetti, second by Supervisor Gruber, to adopt
   Enrolled Ordinance 179-O-005. Carried 17-6.

   FISCAL NOTE (excerpt)
      Subscription year 1    06/01/2024 - 05/31/2025       $29,250
      Subscription year 2    06/01/2025 - 05/31/2026       $29,250
      Subscription year 3    06/01/2026 - 05/31/2027       $29,250
      Total                                                $87,750

11. ENROLLED ORDINANCE 179-O-006
   Approve Contract With Idemia Identity & Security USA LLC For Livescan
   Fingerprint Station Replacement (Sheriff's Department) - $64,380

   Adopted on consent, 23-0.

Respectfully submitted,
Meghan A. Strobel, Waukesha County Clerk
""", "Minutes 04/23/24 p. 5")],
    "pdf", WCSD,
    ["Waukesha County Board of Supervisors", WCSD, "Wisconsin Statewide Intelligence Center"],
    ["Vigilant Solutions", "Motorola Solutions", "Axon", "Idemia"],
    ["Vigilant FaceSearch"],
    [C(87750, 87750, None, "three-year subscription to Vigilant FaceSearch\n"
       "   from Vigilant Solutions, a Motorola Solutions company,\n   for $87,750", WCSD, VIG, "Vigilant FaceSearch"),
     C(29250, 29250, "year", "($29,250 per year)", WCSD, VIG, "Vigilant FaceSearch"),
     C(40000, 40000, "one-time", "$40,000 Edward Byrne Memorial Justice Assistance Grant", WCSD, None)],
    [N(30, "approximately", "requests", "month", "about 30 requests a month", WCSD),
     N(15, "up to", "users", None, "up to 15 detectives and analysts", WCSD, VIG),
     N(15_000_000, "more than", "images", None, "more than 15 million booking photographs", None, VIG)],
    [P("Section 2 of the ordinance requires the Sheriff to adopt a written\n"
       "   facial recognition policy before the software is used.", WCSD),
     P("Any result shall\n   be treated as an investigative lead only and may not by itself establish\n"
       "   probable cause.", WCSD),
     P("The Sheriff shall report the number of searches to the\n"
       "   Judiciary and Law Enforcement Committee each year.", WCSD)],
    [],
    ["2024-04-23", "2018", "2023", "2024-06-01", "2025-05-31", "2025-06-01", "2026-05-31", "2026-06-01",
     "2027-05-31"],
    scan="pdf")

# ---------------------------------------------------------------- 4 Iowa: cooperative contract price list
IDPS = "Iowa Department of Public Safety"
INS = "Insight Public Sector"
PL = {
    "1.01": "1.01   Cognitec     FaceVACS-DBScan LE server license, one-time        per server   $46,800.00",
    "1.02": "1.02   Cognitec     FaceVACS-DBScan LE maintenance, annual (18%)       per server    $8,424.00",
    "1.03": "1.03   Cognitec     ExaminerPro investigator seat, annual              per seat      $2,150.00",
    "1.04": "1.04   Paravision   Paravision Face SDK video runtime, annual          per camera      $420.00",
    "1.05": "1.05   Rank One     ROC Watch video stream license, annual             per stream      $575.00",
    "1.06": "1.06   Rank One     ROC SDK on-premises search server, annual          per server   $19,900.00",
}
doc("04_iowa-dps-state-contract-biometric-price-list.txt", [
    (None, """\
IOWA DEPARTMENT OF PUBLIC SAFETY
Division of Intelligence and Fusion Center
Wallace State Office Building, 215 E. 7th Street, Des Moines, Iowa 50319

March 4, 2025

Sent by email only

Mr. Owen Albrecht
RE: Public records request DPS-2025-0212 (face recognition purchasing)

Dear Mr. Albrecht:

The Department of Public Safety has completed its search for records responsive to your
request of February 10, 2025 under Iowa Code chapter 22. The Department has not purchased
face recognition software or services and holds no contract, invoice or purchase order for
them.

The one responsive record is enclosed: Attachment C (Price List) to State of Iowa Master
Agreement MA-0025-118, Biometric Identification Software and Services, which the Department
of Administrative Services issued for use by any state agency or political subdivision. The
Division received the price list during a 2024 market survey and took no further action.

No fee is charged for this response. Questions may be directed to the Records Unit at
(515) 555-0126.

Sincerely,

Kendra Vos
Records Custodian
Iowa Department of Public Safety

Enclosure (1 page)
""", "DPS-2025-0212  p. 1"),
    (None, f"""\
STATE OF IOWA - DEPARTMENT OF ADMINISTRATIVE SERVICES - CENTRAL PROCUREMENT
Master Agreement MA-0025-118    Biometric Identification Software and Services
Contractor: Insight Public Sector, Inc., Chandler, AZ     Term: 07/01/2024 - 06/30/2027
ATTACHMENT C - PRICE LIST  (Revision 2, effective 01/15/2025)
Prices are firm, FOB destination, and available to all Authorized Purchasers.

Item   Mfr          Description                                        Unit         Price
-----  -----------  -------------------------------------------------  ----------   -----------
CATEGORY 1 - FACE RECOGNITION (INVESTIGATIVE AND VIDEO)
{PL["1.01"]}
{PL["1.02"]}
{PL["1.03"]}
{PL["1.04"]}
{PL["1.05"]}
{PL["1.06"]}

CATEGORY 2 - FINGERPRINT AND PALM
2.01   Aware        Nexa|Fingerprint matcher server license, one-time  per server   $22,300.00
2.02   Aware        Nexa|Fingerprint maintenance, annual               per server    $4,014.00

CATEGORY 3 - PROFESSIONAL SERVICES (ALL CATEGORIES)
3.01   Insight      Project management                                 per hour        $185.00
3.02   Insight      On-site installation and configuration             per day       $1,850.00

Discounts: 3% on orders over $50,000; an additional 2% for payment within 15 days.
Authorized Purchasers: state agencies, Regents institutions, political subdivisions and
school districts (Iowa Code 8A.311). Orders are placed directly with the Contractor.
Contractor contact: Public Sector Contracts Desk, (480) 555-0155.
""", "DPS-2025-0212  p. 2")],
    "pdf", IDPS,
    [IDPS, "Iowa Department of Administrative Services"],
    [INS, "Cognitec", "Paravision", "Rank One Computing", "Aware"],
    ["FaceVACS-DBScan LE", "ExaminerPro", "Paravision Face SDK", "ROC Watch", "ROC SDK", "Nexa|Fingerprint"],
    [C(46800, 46800, "one-time", PL["1.01"][20:], None, INS, "FaceVACS-DBScan LE", unit="per server"),
     C(8424, 8424, "year", PL["1.02"][20:], None, INS, "FaceVACS-DBScan LE", unit="per server"),
     C(2150, 2150, "year", PL["1.03"][20:], None, INS, "ExaminerPro", unit="per user"),
     C(420, 420, "year", PL["1.04"][20:], None, INS, "Paravision Face SDK", unit="per camera"),
     C(575, 575, "year", PL["1.05"][20:], None, INS, "ROC Watch", unit="per stream"),
     C(19900, 19900, "year", PL["1.06"][20:], None, INS, "ROC SDK", unit="per server")],
    [],
    [],
    [],
    ["2025-03-04", "2025-02-10", "2024-07-01", "2027-06-30", "2025-01-15"])

# ---------------------------------------------------------------- 5 Louisiana: fusion center SOP
LSP = "Louisiana State Police"
SAFE = "Louisiana State Analytical and Fusion Exchange"
OMV = "Louisiana Office of Motor Vehicles"
SOP1 = """\
LOUISIANA STATE POLICE
LOUISIANA STATE ANALYTICAL & FUSION EXCHANGE (LA-SAFE)

STANDARD OPERATING PROCEDURE                         SOP No. LS-7.04
Subject:     Facial Recognition Search Requests      Effective: 08/01/2024
Supersedes:  LS-7.04 (03/15/2021)                    Review: Annually
Approved:    Paul Theriot, Director, LA-SAFE         Page 1 of 3

1. PURPOSE
1.1 This SOP establishes how LA-SAFE receives, performs, documents and
    audits facial recognition searches for Louisiana law enforcement
    agencies.

2. BACKGROUND
2.1 LA-SAFE compares probe images with booking photographs and, under an
    interagency agreement, with the Office of Motor Vehicles (OMV) driver's
    license and identification card photo file of
    approximately 4.2 million images, using MorphoFace Investigate (MFI)
    supplied by IDEMIA Identity & Security USA.
2.2 In calendar year 2023 LA-SAFE completed 2,318 search requests, which
    returned 402 candidate lists and 117 investigative leads confirmed by
    the requesting agency.
2.3 At present no state statute or LSP policy prohibits a local agency from
    contracting on its own with a commercial face search vendor; such
    searches are outside this SOP.

3. ACCESS
3.1 Only LA-SAFE analysts who have completed the MFI operator course and at
    least 40 hours of Facial Identification Scientific Working Group (FISWG)
    comparison training may run searches.
3.2 No more than six (6) analysts shall hold MFI search credentials at any
    time.
3.3 Credentials shall be reviewed every 90 days and removed within 24 hours
    of an analyst's reassignment.
"""
SOP2 = """\
LA-SAFE SOP LS-7.04  Facial Recognition Search Requests          Page 2 of 3

4. REQUESTS
4.1 Every request must be submitted on Form LA-SAFE 104 and must include
    the agency item or case number and the name of the requesting
    investigator's supervisor.
4.2 Requests are accepted only for an active criminal investigation, a
    missing or endangered person, or the identification of a deceased
    person.
4.3 Probe images obtained from social media may be searched only when the
    requesting agency certifies in writing that they were lawfully obtained.
4.4 The Watch Desk may be reached 24 hours a day at (225) 555-0190 for
    exigent requests.

5. SEARCH AND REVIEW
5.1 Every candidate list shall be reviewed independently by two analysts
    before any result is released.
5.2 An analyst shall run no more than 25 searches per day.
5.3 A candidate returned by MFI is an investigative lead only and shall not
    be used as the sole basis for an arrest, a search warrant or a photo
    lineup.
5.4 Results shall be released only to the requesting investigator, on Form
    LA-SAFE 106, with the caveat printed in Appendix B.

6. RECORDS AND AUDIT
6.1 Probe images, candidate lists and Form 104/106 records shall be
    retained for five (5) years after the request is closed.
6.2 Each month the LA-SAFE supervisor shall audit a random sample of 10
    percent of the searches run that month against their request forms.
"""
SOP3 = """\
LA-SAFE SOP LS-7.04  Facial Recognition Search Requests          Page 3 of 3

7. SANCTIONS
7.1 Misuse of MFI or of its results shall result in immediate suspension of
    the analyst's credentials and referral to the LSP Internal Affairs
    Section.

8. REFERENCES
    La. R.S. 40:1379.3; LSP Policy and Procedure Order No. 302; LA-SAFE
    Privacy, Civil Rights and Civil Liberties Policy (rev. 2022);
    28 CFR Part 23.

LAW ENFORCEMENT SENSITIVE. This document is the property of the Louisiana
State Police. It may not be released outside the receiving agency without
the written approval of the LA-SAFE Director, and it is exempt from
disclosure except as required by law.
"""


def item(number):
    """The wording of numbered SOP item `number` (after its number, to the end of the item or page)."""
    text = next(t for t in (SOP1, SOP2, SOP3) if "\n" + number + " " in t).rstrip("\n")
    start = text.index("\n" + number + " ") + len(number) + 2
    ends = [i for i in (text.find("\n\n", start), text.find("\n" + number[0] + ".", start), len(text)) if i != -1]
    return text[start:min(ends)]


doc("05_la-safe-sop-facial-recognition-requests.txt", [
    (None, SOP1, "LE SENSITIVE"), (None, SOP2, "LE SENSITIVE"),
    (None, SOP3, "LE SENSITIVE")],
    "pdf", LSP,
    [LSP, SAFE, OMV],
    ["IDEMIA"],
    ["MorphoFace Investigate"],
    [],
    [N(4_200_000, "approximately", "images", None, "approximately 4.2 million images", OMV),
     N(2318, "exact", "requests", "year", "In calendar year 2023 LA-SAFE completed 2,318 search requests", SAFE),
     N(402, "exact", "matches", "year", "402 candidate lists", SAFE),
     N(117, "exact", "leads", "year", "117 investigative leads", SAFE),
     N(6, "up to", "analysts", None, "No more than six (6) analysts", SAFE),
     N(25, "up to", "searches", "day", "no more than 25 searches per day", SAFE)],
    [P(item(n), SAFE) for n in ("1.1", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4",
                                         "6.1", "6.2", "7.1")],
    [],
    ["2024-08-01", "2021-03-15", "2023", "2022"],
    scan="pdf")

# ---------------------------------------------------------------- 6 Louisville Metro (Kentucky): budget printout
LMPD = "Louisville Metro Police Department"


def brow(line, acct, desc, a, b, pct):
    return f"{line}  {acct}   {desc:<44}   {a:>11}   {b:>11}   {pct:>6}"


B = {
    "41": brow("0041", "5230-114", "Axon - body-worn cameras, Evidence.com", "3,412,000", "3,498,300", "2.5"),
    "42": brow("0042", "5230-117", "Flock Safety - ALPR leases (120 cameras)", "300,000", "360,000", "20.0"),
    "43": brow("0043", "5230-121", "Cellebrite - UFED / Inspector licenses", "96,000", "99,840", "4.0"),
    "44": brow("0044", "5230-126", "BriefCam RTCC analytics (no face module)", "145,000", "152,250", "5.0"),
    "45": brow("0045", "5230-131", "Clearview AI - face search, 25 user lic.", "24,000", "26,400", "10.0"),
    "46": brow("0046", "5230-132", "Veritone IDentify pilot (ends 06/2025)", "18,500", "0", "-100.0"),
    "47": brow("0047", "5230-140", "SoundThinking - ShotSpotter acoustic", "412,500", "425,000", "3.0"),
}
SUB = f"{'':<4}  {'':<8}   {'Object class 5230 subtotal':<44}   {'4,408,000':>11}   {'4,561,790':>11}   {'3.5':>6}"
HDR = f"{'Line':<4}  {'Account':<8}   {'Vendor / Description':<44}   {'FY24-25 Adp':>11}   {'FY25-26 App':>11}   {'Chg %':>6}"
i45 = B["45"].index("Clearview")
i46 = B["46"].index("Veritone")
doc("06_louisville-metro-pd-technology-budget-printout.txt", [
    ("LOUISVILLE METRO GOVERNMENT    FY 2025-26 APPROVED BUDGET    LINE ITEM DETAIL", f"""\
Agency:    0300   LOUISVILLE METRO POLICE DEPARTMENT
Division:  0312   Criminal Investigations / Real Time Crime Center
Fund:      1101   General Fund          Object class: 5230 Contractual Services - Technology

{HDR}
{'-' * 4}  {'-' * 8}   {'-' * 44}   {'-' * 11}   {'-' * 11}   {'-' * 6}
{B["41"]}
{B["42"]}
{B["43"]}
{B["44"]}
{B["45"]}
{B["46"]}
{B["47"]}
{SUB}

Amounts in whole dollars. Chg % = FY25-26 Approved over FY24-25 Adopted.
""", "Report BUD-R114     Run 06/26/2025 09:14     Page 1 of 2"),
    ("LOUISVILLE METRO GOVERNMENT    FY 2025-26 APPROVED BUDGET    LINE ITEM DETAIL", """\
BUDGET NOTES - AGENCY 0300 (excerpt)

Note 5 (Line 0045). The Clearview AI increase reflects the vendor's 10% renewal uplift. The
Department's request to expand to 40 licenses ($42,240) was not funded in the Approved
Budget. LMPD users ran 3,860 face searches in FY 2023-24 and at least 1,950 in the first
half of FY 2024-25.

Note 6 (Line 0046). The Veritone IDentify pilot searched a gallery of about 310,000 booking
photos and will not be renewed after June 30, 2025.

Note 7 (Line 0044). BriefCam is licensed for object and vehicle search only. The face
recognition module was not purchased, and LMPD SOP 4.14 prohibits enabling it without Metro
Council approval.

Note 8 (Line 0042). Flock cameras read license plates only; no face recognition is performed
on Flock or Real Time Crime Center camera feeds.

Note 9. Per LMPD SOP 4.14, a face search result may not be used as the sole basis for probable
cause, and each search must be logged with an incident number.
""", "Report BUD-R114     Run 06/26/2025 09:14     Page 2 of 2")],
    "print", LMPD,
    [LMPD, "Louisville Metro Government", "Louisville Metro Council"],
    ["Axon", "Flock Safety", "Cellebrite", "BriefCam", "Clearview AI", "Veritone", "SoundThinking"],
    ["Evidence.com", "UFED", "Inspector", "IDentify", "ShotSpotter"],
    [C(24000, 24000, None, B["45"][i45:B["45"].index("24,000") + 6], LMPD, "Clearview AI"),
     C(26400, 26400, None, B["45"][i45:B["45"].index("26,400") + 6], LMPD, "Clearview AI"),
     C(18500, 18500, None, B["46"][i46:B["46"].index("18,500") + 6], LMPD, "Veritone", "IDentify")],
    [N(25, "exact", "licenses", None, "Clearview AI - face search, 25 user lic.", LMPD, "Clearview AI"),
     N(3860, "exact", "searches", "year", "3,860 face searches in FY 2023-24", LMPD, "Clearview AI"),
     N(1950, "at least", "searches", None, "at least 1,950 in the first\nhalf of FY 2024-25", LMPD, "Clearview AI"),
     N(310000, "approximately", "images", None, "a gallery of about 310,000 booking\nphotos", LMPD, "Veritone")],
    [P("LMPD SOP 4.14 prohibits enabling it without Metro\nCouncil approval.", LMPD),
     P("a face search result may not be used as the sole basis for probable\ncause, and each search must be logged "
       "with an incident number.", LMPD)],
    [],
    ["2025-06-26", "2025-06", "2025-06-30"],
    scan="print")

# ---------------------------------------------------------------- 7 MTA Police (Maryland): internal memo
MTAP = "Maryland Transit Administration Police Force"
MCAC = "Maryland Coordination and Analysis Center"
BCPD = "Baltimore County Police Department"
SHI = "SHI International"
doc("07_mta-police-fr-options-memo.txt", [
    (None, """\
MARYLAND TRANSIT ADMINISTRATION POLICE FORCE
Criminal Investigations Division
6 Saint Paul Street, Baltimore, MD 21202

INTERNAL MEMORANDUM - FOR OFFICIAL USE ONLY

TO:        Chief of Police
FROM:      Capt. Renee Abernathy-Cole, Commander, Criminal Investigations Division
DATE:      October 7, 2024
SUBJECT:   Face recognition for station and vehicle video - options and recommendation

1. Background
Detectives now send face comparison requests to the Maryland Coordination and Analysis
Center (MCAC), which searches MVA and booking photos through the Maryland Image Repository
System (MIRS). We submitted 214 requests in FY2024; MCAC reports more than 5,000 requests
statewide over the same year. Turnaround averages 9 days.
MCAC requires a case number and a supervisor's approval on every request form.

Maryland's facial recognition law took effect October 1, 2024. Under it, a face recognition
result may not serve as the sole basis for probable cause or a positive identification.
There is currently no MTA directive that prohibits officers from uploading photos to free
online face search sites; this memo recommends one.

2. Options
Option A - Continue with MCAC only. No cost; turnaround unchanged.
Option B - ROC Watch (Rank One Computing), purchased through SHI International Corp.,
   on our station cameras. SHI Quote 24-117834 prices it at $540 per camera per year:
   36 cameras at Metro SubwayLink and Light RailLink stations = $19,440 per year,
   plus a one-time integration fee of $7,500.
Option C - Amazon Rekognition, built in-house by MDOT IT. Estimated $2,000 to $4,000 per
   month in AWS usage, plus staff time.

For comparison, the Baltimore County Police Department runs ROC Watch on 80 cameras and
pays $43,200 a year under its own SHI agreement.

3. Recommendation
Option B on all 36 cameras, with a written directive adopted before go-live.

---------------------------------------------------------------------------------------
DECISION OF THE CHIEF:     [ ] A      [X] B as modified      [ ] C
Approved as a 12-camera pilot at the four SubwayLink stations with the most incidents
(~$6,480/yr plus the $7,500 integration fee). Option C not approved. Directive to be issued
before go-live.                                                   /s/ J.T.W.   10/15/24
""", None)],
    "pdf", MTAP,
    [MTAP, MCAC, "Maryland Motor Vehicle Administration", BCPD, "Maryland Department of Transportation"],
    ["Rank One Computing", SHI, "Amazon Web Services"],
    ["ROC Watch", "Amazon Rekognition", "Maryland Image Repository System"],
    [C(540, 540, "year", "$540 per camera per year", MTAP, SHI, "ROC Watch", unit="per camera"),
     C(7500, 7500, "one-time", "a one-time integration fee of $7,500", MTAP, SHI, "ROC Watch"),
     C(6480, 6480, "year", "~$6,480/yr", MTAP, SHI, "ROC Watch"),
     C(43200, 43200, "year", "pays $43,200 a year", BCPD, SHI, "ROC Watch")],
    [N(214, "exact", "requests", "year", "214 requests in FY2024", MTAP),
     N(5000, "more than", "requests", "year", "more than 5,000 requests\nstatewide over the same year", MCAC),
     N(80, "exact", "cameras", None, "ROC Watch on 80 cameras", BCPD, SHI),
     N(12, "exact", "cameras", None, "12-camera pilot", MTAP, SHI)],
    [P("MCAC requires a case number and a supervisor's approval on every request form.", MCAC),
     P("Under it, a face recognition\nresult may not serve as the sole basis for probable cause or a positive "
       "identification.", MTAP)],
    [],
    ["2024-10-07", "2024-10-01", "2024-10-15"])

# ---------------------------------------------------------------- 8 Washoe County School District (Nevada)
WPD = "Washoe County School District Police Department"
WCSDIST = "Washoe County School District"
CDW = "CDW Government"
doc("08_washoe-schools-pd-records-response-neoface.txt", [
    (None, """\
WASHOE COUNTY SCHOOL DISTRICT
POLICE DEPARTMENT
425 East Ninth Street, Reno, Nevada 89512   |   Non-emergency (775) 555-0140

January 22, 2025

Ms. Harriet Loomis
Sent by email

Re: Public records request PRR-2025-0047 - face recognition technology

Dear Ms. Loomis:

This letter responds to your request of January 6, 2025 under NRS Chapter 239. Enclosed are
3 pages of responsive records. The copy fee of $0.10 per page ($0.30) is waived because it is
below the District's $5.00 minimum charge.

1. The District Police Department does not operate face recognition on District cameras and
   holds no contract for it.
2. From April 8 through May 24, 2024, the Department evaluated NEC NeoFace Watch on up to
   24 cameras at two high schools under a no-cost trial arranged by CDW Government LLC. The
   trial watchlist held 142 images of persons under active trespass orders, and the system
   generated 9 alerts, each reviewed by an officer before any contact was made.
3. The only cost of the trial was a one-time network configuration charge of $1,150, paid to
   CDW-G on PO 24-001873.
4. The attached CDW-G quote for a permanent system went to the Board of Trustees on June 11,
   2024. The Board did not approve it, and no purchase was made.
5. Board Policy 7212 requires Board of Trustees approval before any biometric identification
   system is used on District property.
6. No District policy prohibits Department detectives from asking the Northern Nevada
   Regional Intelligence Center (NNRIC) for a face comparison; detectives made 5 such
   requests in 2024.

No records were withheld. You may contact me at the number above with any questions.

Sincerely,

Lt. Andrea Pacheco
Professional Standards Unit
Washoe County School District Police Department
""", "WCSDPD PRR-2025-0047 - 1"),
    (None, """\
CDW Government LLC          230 N. Milwaukee Ave., Vernon Hills, IL 60061
QUOTE  NKQX418                 Quote date: 05/28/2024           Valid through: 06/27/2024
Prepared for: Washoe County School District - Police Department
Account manager: Devin Marsh   (866) 555-0108

Item                                      Mfr part       Qty     Unit price      Ext. price
NEC NeoFace Watch camera channel license  NFW-CH-PERP     24       1,890.00       45,360.00
NEC NeoFace Watch server appliance        NFW-SRV-2U       1      18,400.00       18,400.00
NEC NeoFace Watch support, 3 years        NFW-SUP-36       1      21,180.00       21,180.00
Professional services, on-site (4 days)   CDW-PS-FR        1       6,400.00        6,400.00
                                                         Subtotal                 91,340.00
                                                         Discount (4.8%)          -4,400.00
                                                         Sales tax (exempt)            0.00
                                                         Total                   $86,940.00

       *** NOT APPROVED - BOARD OF TRUSTEES 06/11/2024 - NO PURCHASE ORDER ISSUED ***
""", "WCSDPD PRR-2025-0047 - 2")],
    "pdf", WPD,
    [WPD, WCSDIST, "Washoe County School District Board of Trustees", "Northern Nevada Regional Intelligence Center"],
    ["NEC", CDW],
    ["NeoFace Watch"],
    [C(1150, 1150, "one-time", "one-time network configuration charge of $1,150", WPD, CDW)],
    [N(24, "up to", "cameras", None, "up to\n   24 cameras", WPD, CDW),
     N(142, "exact", "images", None, "142 images of persons under active trespass orders", WPD, CDW),
     N(9, "exact", "matches", None, "generated 9 alerts", WPD, CDW),
     N(5, "exact", "requests", "year", "5 such\n   requests in 2024", WPD)],
    [P("Board Policy 7212 requires Board of Trustees approval before any biometric identification\n"
       "   system is used on District property.", WCSDIST)],
    [],
    ["2025-01-22", "2025-01-06", "2024-04-08", "2024-05-24", "2024-06-11", "2024-05-28", "2024-06-27"],
    scan="photocopy")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents")


if __name__ == "__main__":
    main()
