"""Writes docs/*.txt and labels.json for holdout26 (8 invented releases). Labels are written from intent,
before anything is rendered. Helpers follow holdout19's build.py; P also carries a vendor."""
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75
MAX_LINES = 44


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
    for n, (h, b, f) in enumerate(pages, 1):
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        page = "\n".join(parts) + "\n"
        lines = page.splitlines()
        assert len(lines) <= MAX_LINES, f"{file} page {n}: {len(lines)} lines"
        for line in lines:
            assert len(line) <= MAX_COLS, f"{file} page {n}: line of {len(line)}: {line!r}"
            assert line.isascii(), f"{file}: non-ASCII line {line!r}"
        texts.append(page)
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Seminole County SO (FL): Outlook thread
SCSO = "Seminole County Sheriff's Office"
ASPD = "Altamonte Springs Police Department"
PCSO = "Pinellas County Sheriff's Office"
CV = "Clearview AI"
CARA = "Carahsoft"
CVIP = "Clearview AI Investigative Platform"
SUBJ1 = "RE: Clearview renewal FY25 - Carahsoft quote 48817"
doc("01_seminole-county-so-clearview-renewal-thread.txt", [
    (None, """\
Okafor, Brian T.
---------------------------------------------------------------------------
From:       Harlan, Denise M. <dharlan@seminolesheriff.org>
Sent:       Tuesday, September 10, 2024 2:41 PM
To:         Okafor, Brian T.
Cc:         Velez, Marisol A.
Subject:    RE: Clearview renewal FY25 - Carahsoft quote 48817

Brian,

Fiscal can cover the renewal from General Fund account 001-2110-521.52;
it will not come out of LETF. Before I cut the requisition, please have
Carahsoft re-issue the quote for our seats only. Altamonte Springs PD
is buying its own, and we do not pay for another agency's licences.

OK to move forward on the $12.5K once the corrected quote is in.

Denise Harlan
Fiscal Services Manager | Seminole County Sheriff's Office
100 Eslinger Way, Sanford, FL 32773 | Office (407) 555-0168

Under Florida law, e-mail addresses are public records. If you do not
want your e-mail address released in response to a public records
request, do not send electronic mail to this entity. Instead, contact
this office by phone or in writing.

From: Okafor, Brian T. <bokafor@seminolesheriff.org>
Sent: Monday, September 9, 2024 4:07 PM
To: Harlan, Denise M. <dharlan@seminolesheriff.org>
Cc: Velez, Marisol A. <mvelez@seminolesheriff.org>
Subject: RE: Clearview renewal FY25 - Carahsoft quote 48817

Denise,

Carahsoft's quote for the FY25 Clearview renewal is attached, with the
rep's note below. It lists 12 seats.
Two of those seats are for Altamonte Springs PD, which buys its own.
""", "SCSO PRR 24-1187 - 000041"),
    (None, """\
Our corrected order is 10 seats x $1,250.00 = $12,500.00 for the year
(October 1, 2024 - September 30, 2025).
Last year we paid Carahsoft $11,000.00 for the same 10 seats, so the
per-seat price is up about 14%.

Why it is worth it: in FY24 the unit ran 1,146 searches.
37 of those searches produced leads that detectives followed up, and
nine arrests have been made so far in cases with a Clearview lead.

We also still have FACES through Pinellas SO at no cost to us.
FACES holds more than 38 million images (booking and DHSMV licence
photos), so Clearview is mainly for open-source and social media work.

Reminders for the unit, per GO 41-16:
- Every search must have a case number entered in the "Case #" field.
- A Clearview result is a lead only, never the sole basis for arrest.

Nothing in GO 41-16 prohibits searching a photo of a witness; Legal is
reviewing whether it should.

Brian

Lt. Brian T. Okafor
Criminal Intelligence Unit | Seminole County Sheriff's Office
(407) 555-0112 | bokafor@seminolesheriff.org

CONFIDENTIALITY NOTICE: This message may contain criminal intelligence
information exempt from disclosure under s. 119.071(2)(c), F.S. If you
received it in error, notify the sender and delete it.
""", "SCSO PRR 24-1187 - 000042"),
    (None, """\
From: Jordan Pike <jordan.pike@carahsoft.com>
Sent: Friday, September 6, 2024 11:52 AM
To: Okafor, Brian T. <bokafor@seminolesheriff.org>
Subject: Clearview renewal FY25 - Carahsoft quote 48817

Lieutenant Okafor,

Thank you for your continued partnership with Clearview AI. Attached is
Carahsoft quote 48817 for your FY25 renewal. Summary:

Line  Description                          Qty   Unit Price   Ext. Price
1     Clearview AI Investigative Platform   12    $1,250.00   $15,000.00
      user seat, 12-month term
2     Clearview Mobile, per seat            12     included        $0.00
3     Virtual onboarding, 2 hours            1      $750.00      $750.00
4     Promotional credit (onboarding)        1    ($750.00)    ($750.00)
                                               Quote total:   $15,000.00

Pricing is GSA Schedule pricing under contract 47QSWA21D00X7 and is
valid through September 30, 2024. Please reference quote 48817 on your
purchase order.

Best regards,

Jordan Pike
Account Representative, Clearview AI Team
Carahsoft Technology Corp. | 11493 Sunset Hills Road | Reston, VA 20190
Direct 703-555-0197 | jordan.pike@carahsoft.com
""", "SCSO PRR 24-1187 - 000043"),
], "print", SCSO,
    [SCSO, ASPD, PCSO, "Florida Department of Highway Safety and Motor Vehicles"],
    [CV, CARA], [CVIP, "Clearview Mobile", "FACES"],
    [
        C(15000, 15000, "year", "Clearview AI Investigative Platform   12    $1,250.00   $15,000.00", SCSO, CARA,
          CVIP),
        C(1250, 1250, "year", "Clearview AI Investigative Platform   12    $1,250.00   $15,000.00", SCSO, CARA,
          CVIP, unit="per seat"),
        C(750, 750, None, "Virtual onboarding, 2 hours            1      $750.00      $750.00", SCSO, CARA),
        C(12500, 12500, "year", "10 seats x $1,250.00 = $12,500.00 for the year", SCSO, CARA, CVIP),
        C(11000, 11000, "year", "Last year we paid Carahsoft $11,000.00", SCSO, CARA),
    ],
    [
        N(12, "exact", "licenses", None, "It lists 12 seats", SCSO, CV),
        N(2, "exact", "licenses", None, "Two of those seats are for Altamonte Springs PD", ASPD, CV),
        N(10, "exact", "licenses", None, "Our corrected order is 10 seats", SCSO, CV),
        N(1146, "exact", "searches", "year", "in FY24 the unit ran 1,146 searches", SCSO, CV),
        N(37, "exact", "leads", "year", "37 of those searches produced leads", SCSO, CV),
        N(9, "exact", "arrests", None, "nine arrests have been made so far", SCSO, CV),
        N(38000000, "more than", "images", None, "FACES holds more than 38 million images", PCSO, None),
    ],
    [
        P("Every search must have a case number entered in the \"Case #\" field.", SCSO, CV),
        P("A Clearview result is a lead only, never the sole basis for arrest.", SCSO, CV),
    ],
    [
        E("Harlan, Denise M.", "Okafor, Brian T.", "Tuesday, September 10, 2024 2:41 PM", SUBJ1),
        E("Okafor, Brian T.", "Harlan, Denise M.", "Monday, September 9, 2024 4:07 PM", SUBJ1),
        E("Jordan Pike", "Okafor, Brian T.", "Friday, September 6, 2024 11:52 AM",
          "Clearview renewal FY25 - Carahsoft quote 48817"),
    ],
    ["2024-09-10", "2024-09-09", "2024-09-06", "2024-10-01", "2025-09-30", "2024-09-30"],
    scan="print")

# ---------------------------------------------------------------- 2 Athens-Clarke County PD (GA): P-card / AP report
ACCPD = "Athens-Clarke County Police Department"
AWS = "Amazon Web Services"
REK = "Amazon Rekognition"
DWP = "DataWorks Plus"
doc("02_athens-clarke-pd-pcard-ap-detail.txt", [
    (None, """\
UNIFIED GOVERNMENT OF ATHENS-CLARKE COUNTY, GEORGIA
Finance Department - Purchasing Card and Accounts Payable Detail
Report PCARD_AP_DTL_02      Run 11/04/2024 08:17      Page 1 of 2
Dept 3110  Athens-Clarke County Police Department - Investigations
Period 07/01/2024 - 09/30/2024 (FY25 Q1)   Open Records Req ORR-2024-0933

SECTION A - PURCHASING CARD TRANSACTIONS
Date      Merchant            Description                        Amount
--------  ------------------  -----------------------------  -----------
07/02/24  CLEARVIEW AI INC    Annual seats, 3 @ $1,799.00      $5,397.00
          Card x4417  GL 100-3110-521300  Txn 24184-0007731
07/09/24  CLEARVIEW AI INC    Credit, duplicate seat 07/02    ($1,799.00)
          Card x4417  GL 100-3110-521300  Txn 24191-0002214
07/15/24  DELTA AIR LINES     IACP tech conf airfare, Rowe       $612.40
          Card x2280  GL 100-3110-523500  Txn 24197-0010458
07/31/24  AMAZON WEB SVCS     Rekognition face search, Jul        $41.87
          Card x2280  GL 100-3110-521300  Txn 24213-0000932
08/06/24  AXON ENTERPRISE     Body camera docks (4), cables    $2,180.00
          Card x4417  GL 100-3110-531600  Txn 24219-0004470
08/12/24  LEXISNEXIS RISK     Accurint for LE, monthly           $325.00
          Card x2280  GL 100-3110-521300  Txn 24225-0003391
08/31/24  AMAZON WEB SVCS     Rekognition face search, Aug        $38.20
          Card x2280  GL 100-3110-521300  Txn 24244-0000876
09/30/24  AMAZON WEB SVCS     Rekognition face search, Sep        $52.14
          Card x2280  GL 100-3110-521300  Txn 24274-0001127
                                  Section A net total          $6,847.61

Cardholder names withheld under O.C.G.A. 50-18-72(a)(20). Amounts in
parentheses are credits. Card x4417 single-transaction limit: $7,500.
""", "ORR-2024-0933 p. 1"),
    (None, """\
UNIFIED GOVERNMENT OF ATHENS-CLARKE COUNTY, GEORGIA
Report PCARD_AP_DTL_02      Run 11/04/2024 08:17      Page 2 of 2

SECTION B - ACCOUNTS PAYABLE (CHECK / EFT)
Date      Vendor              Description                        Amount
--------  ------------------  -----------------------------  -----------
08/22/24  DATAWORKS PLUS LLC  FACE Plus annual maintenance     $8,940.00
          PO 24-00731  EFT 118842  Inv DWP-66120  Term 10/01/24-09/30/25
09/05/24  FLOCK GROUP INC     ALPR subscription, 10 cameras   $27,500.00
          PO 24-00802  EFT 118903  Inv FLK-2024-5531
09/12/24  MOTOROLA SOLUTIONS  Radio batteries (25)             $1,463.25
          PO 24-00655  Chk 402117  Inv 7801133
                                  Section B total             $37,903.25

SECTION C - OPEN ENCUMBRANCES (NOT YET PAID)
PO        Vendor              Description                        Amount
--------  ------------------  -----------------------------  -----------
24-00912  CLEARVIEW AI INC    Add'l annual seats (2), NTE      $3,600.00
          Req 24-R-1177  Status: awaiting sole source approval
24-00930  AXON ENTERPRISE     Taser 7 cartridges (120)         $4,116.00
          Req 24-R-1190  Status: approved
                                  Section C total              $7,716.00

Note: the Department's FACE Plus gallery holds about 212,000 booking
images. P-card rule 4.2: software subscriptions over $5,000 a year
require a purchase order.

END OF REPORT
""", "ORR-2024-0933 p. 2"),
], "pdf", ACCPD,
    [ACCPD, "Unified Government of Athens-Clarke County"],
    [CV, AWS, DWP, "LexisNexis Risk Solutions", "Axon", "Flock Safety", "Motorola Solutions"],
    [REK, "FACE Plus", "Accurint"],
    [
        C(5397, 5397, "year", "Annual seats, 3 @ $1,799.00      $5,397.00", ACCPD, CV),
        C(1799, 1799, "year", "Annual seats, 3 @ $1,799.00", ACCPD, CV, unit="per seat"),
        C(41.87, 41.87, "month", "Rekognition face search, Jul        $41.87", ACCPD, AWS, REK),
        C(38.20, 38.20, "month", "Rekognition face search, Aug        $38.20", ACCPD, AWS, REK),
        C(52.14, 52.14, "month", "Rekognition face search, Sep        $52.14", ACCPD, AWS, REK),
        C(8940, 8940, "year", "FACE Plus annual maintenance     $8,940.00", ACCPD, DWP, "FACE Plus"),
        C(None, 3600, "year", "Add'l annual seats (2), NTE      $3,600.00", ACCPD, CV),
    ],
    [
        N(3, "exact", "licenses", None, "Annual seats, 3 @", ACCPD, CV),
        N(2, "exact", "licenses", None, "Add'l annual seats (2)", ACCPD, CV),
        N(212000, "approximately", "images", None, "FACE Plus gallery holds about 212,000 booking", ACCPD, DWP),
    ],
    [],
    [],
    ["2024-11-04", "2024-07-01", "2024-09-30", "2024-07-02", "2024-07-09", "2024-07-15", "2024-07-31",
     "2024-08-06", "2024-08-12", "2024-08-31", "2024-08-22", "2024-09-05", "2024-09-12", "2024-10-01",
     "2025-09-30"],
    scan="photocopy")

# ---------------------------------------------------------------- 3 Greensboro PD (NC): council agenda item
GPD = "Greensboro Police Department"
GCSO = "Guilford County Sheriff's Office"
HPPD = "High Point Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("03_greensboro-council-neoface-agenda-item.txt", [
    (None, """\
CITY OF GREENSBORO, NORTH CAROLINA
CITY COUNCIL - AGENDA ITEM REPORT

Meeting Date:  March 18, 2025                        Agenda Item: 14
Department:    Police                   Contact: Capt. Renee Whitfield
Phone:         336-555-0174                      Item Type: Resolution

TITLE
Resolution authorizing Contract No. 2025-0117 with NEC Corporation of
America for NeoFace Reveal investigative facial recognition software,
and an interlocal access agreement with the Guilford County Sheriff's
Office and the High Point Police Department.

BACKGROUND
The Greensboro Police Department (GPD) now compares surveillance images
to booking photographs by hand. In October 2024 GPD issued RFP 24-0588
for an investigative facial recognition system. Three proposals were
received and scored by a five-member panel:

  Proposer                           5-year price   Score   Result
  NEC Corporation of America             $412,750    91.5   Recommended
  DataWorks Plus LLC                     $438,900    84.0   Not selected
  Oosto (Carolina Secure Tech, LLC)      $301,200    62.5   Non-responsive

The Oosto proposal priced live video watchlisting, which the RFP
excluded, and was found non-responsive.

FINANCIAL IMPACT
The NEC contract runs five years and shall not exceed $412,750.
Year 1 totals $118,350, made up of two parts:
  - one-time implementation and data migration fee: $46,500
  - first annual license and support fee: $71,850
Years 2 through 5 are $73,600 per year.
Year 1 funds are in the FY2024-25 Police operating budget (Fund 101,
Org 4005, Account 524210). The Sheriff's Office and High Point PD pay
nothing under the interlocal agreement; GPD carries the full cost.
""", "Item 14 - Page 1 of 2"),
    (None, """\
INTERLOCAL ACCESS AGREEMENT
GPD will host NeoFace Reveal and issue accounts to the partner
agencies. Planned accounts:

  Agency                                    Named users
  Greensboro Police Department                       18
  Guilford County Sheriff's Office                    6
  High Point Police Department                        4

The GPD gallery will hold approximately 1.1 million booking photos.
The photos come from the Guilford County detention centers under a
data-sharing agreement. GPD projects about 2,400 searches a year.

USE POLICY
Approval is conditioned on GPD Directive 8.19, Facial Recognition:
  a. A match is an investigative lead only and is never probable cause.
  b. Only GPD examiners certified by NEC may run searches.
  c. Partner agencies must sign the GPD use policy before access.
  d. Live or real-time face surveillance of video feeds is prohibited.
  e. Every search shall be logged with a case number.
  f. The Investigative Support Division shall audit the log monthly.

A motion by Council Member Abernathy to also require a judicial
warrant for each search was referred to the Public Safety Committee
and is not part of this item. No North Carolina statute now limits
police use of facial recognition.

RELATED ITEMS
This item does not change the Flock Safety license plate reader
agreement (Contract 2023-0412, $64,000 per year), which is on the
consent agenda as Item 9.

RECOMMENDATION
Staff recommends that Council adopt the resolution authorizing the City
Manager to execute Contract No. 2025-0117 in an amount not to exceed
$412,750 and the interlocal access agreement.

Attachments: Resolution; Contract 2025-0117; Interlocal Agreement;
Directive 8.19; RFP 24-0588 score sheet
""", "Item 14 - Page 2 of 2"),
], "pdf", GPD,
    [GPD, "City of Greensboro", GCSO, HPPD],
    [NEC, DWP, "Oosto", "Carolina Secure Tech", "Flock Safety"],
    [NFR],
    [
        C(None, 412750, None, "shall not exceed $412,750", GPD, NEC, NFR),
        C(438900, 438900, None, "DataWorks Plus LLC                     $438,900", GPD, DWP),
        C(301200, 301200, None, "Oosto (Carolina Secure Tech, LLC)      $301,200", GPD, "Carolina Secure Tech"),
        C(118350, 118350, None, "Year 1 totals $118,350", GPD, NEC, NFR),
        C(46500, 46500, "one-time", "one-time implementation and data migration fee: $46,500", GPD, NEC, NFR),
        C(71850, 71850, "year", "first annual license and support fee: $71,850", GPD, NEC, NFR),
        C(73600, 73600, "year", "Years 2 through 5 are $73,600 per year", GPD, NEC, NFR),
    ],
    [
        N(18, "exact", "users", None, "Greensboro Police Department                       18", GPD, NEC),
        N(6, "exact", "users", None, "Guilford County Sheriff's Office                    6", GCSO, NEC),
        N(4, "exact", "users", None, "High Point Police Department                        4", HPPD, NEC),
        N(1100000, "approximately", "images", None, "approximately 1.1 million booking photos", GPD, NEC),
        N(2400, "approximately", "searches", "year", "about 2,400 searches a year", GPD, NEC),
    ],
    [
        P("A match is an investigative lead only and is never probable cause.", GPD),
        P("Only GPD examiners certified by NEC may run searches.", GPD, NEC),
        P("Partner agencies must sign the GPD use policy before access.", GPD),
        P("Live or real-time face surveillance of video feeds is prohibited.", GPD),
        P("Every search shall be logged with a case number.", GPD),
        P("The Investigative Support Division shall audit the log monthly.", GPD),
    ],
    [],
    ["2025-03-18", "2024-10"])

# ---------------------------------------------------------------- 4 SEPTA Transit Police (PA): annual usage report
TPD = "SEPTA Transit Police Department"
JNET = "Pennsylvania Justice Network"
COG = "Cognitec Systems"
KIS = "Keystone Integrated Systems"
DBS = "FaceVACS-DBScan LE"
JFRS = "JNET Facial Recognition System (JFRS)"
HDR4 = "SEPTA Transit Police - Facial Recognition Annual Report 2024"
doc("04_septa-transit-police-fr-annual-report-2024.txt", [
    (None, """\
SOUTHEASTERN PENNSYLVANIA TRANSPORTATION AUTHORITY
SEPTA TRANSIT POLICE DEPARTMENT

Facial Recognition Program - Annual Report, Calendar Year 2024
Prepared by: Real Time Crime Center (RTCC), Insp. Dolores Pham
Submitted to: Chief of Transit Police and the SEPTA Board Safety
Committee, February 21, 2025

1. SUMMARY
In 2024 the Transit Police Department (TPD) ran 2,318 face searches,
up from 1,702 searches in 2023.
Searches returned a candidate list in 612 cases.
After examiner review, 188 candidates went to investigators as leads.
Arrests followed in 41 cases where a lead was one factor.
A candidate list is not an identification.

2. SYSTEMS
a) JNET Facial Recognition System (JFRS), run by the Pennsylvania
   Justice Network (JNET) with PennDOT.
   The JFRS gallery holds about 41 million PennDOT and booking photos.
   JNET does not charge SEPTA for access.
   14 TPD members hold JFRS accounts.

b) Cognitec FaceVACS-DBScan LE, licensed through Keystone Integrated
   Systems, LLC (Harrisburg). DBScan compares stills from SEPTA CCTV
   evidence exports with prior TPD arrest photos (about 96,000 images).
   The annual license and support fee for 2024 was $38,400.
   Six analyst licenses are assigned to the RTCC.

SEPTA's bus and rail network has more than 28,000 CCTV cameras; none
runs live facial recognition.
""", "Page 1 of 3"),
    (HDR4, """\
3. COSTS, 2024
  Item                                    Basis              Amount
  DBScan LE license and support           annual          $38,400.00
  Cognitec examiner course (6 analysts)   $1,150/attendee  $6,900.00
  JFRS access                             no charge            $0.00
  RTCC video wall maintenance (not FR)    annual          $22,760.00
  Total                                                   $68,060.00

The examiner course was held at SEPTA headquarters, 1234 Market Street,
on April 8-12, 2024 (40 hours).

4. QUARTERLY STATISTICS
Searches are counted when submitted. Candidate lists, leads and
arrests are counted in the quarter the search was submitted.

  Quarter     Searches    Candidate lists    Leads    Arrests
  Q1 2024          541                139       44          9
  Q2 2024          603                160       49         11
""", "Page 2 of 3"),
    (HDR4, """\
4. QUARTERLY STATISTICS (continued)
  Quarter     Searches    Candidate lists    Leads    Arrests
  Q3 2024          588                151       47         10
  Q4 2024          586                162       48         11
  Total          2,318                612      188         41

Of the 2,318 searches, 1,319 were run in JFRS and 999 in DBScan.

5. POLICY
TPD Directive 2023-07 governs use. Its main provisions:
 - A search may be run only for an open criminal investigation.
 - A candidate is never, by itself, probable cause to arrest.
 - Live facial recognition on the CCTV network is prohibited.
 - Only RTCC analysts who completed the Cognitec course may use DBScan.

6. AUDIT
The annual audit sampled 240 searches. 7 of the sampled searches
lacked a supervisor's approval entry and were referred to Internal
Affairs. No search involved protected First Amendment activity.

7. RECOMMENDATIONS FOR 2025
 - Require a second examiner's review before any lead is released
   (proposed; not yet part of Directive 2023-07).
 - Request $39,552 in the FY2026 operating budget for the Keystone
   DBScan renewal (3% escalator).
""", "Page 3 of 3"),
], "pdf", TPD,
    [TPD, "Southeastern Pennsylvania Transportation Authority", JNET, "Pennsylvania Department of Transportation"],
    [COG, KIS], [JFRS, DBS],
    [
        C(38400, 38400, "year", "The annual license and support fee for 2024 was $38,400", TPD, KIS, DBS),
        C(6900, 6900, None, "Cognitec examiner course (6 analysts)   $1,150/attendee  $6,900.00", TPD, COG),
        C(1150, 1150, None, "$1,150/attendee", TPD, COG, unit="per attendee"),
        C(39552, 39552, None, "Request $39,552 in the FY2026 operating budget for the Keystone", TPD, KIS, DBS),
    ],
    [
        N(2318, "exact", "searches", "year", "ran 2,318 face searches", TPD),
        N(1702, "exact", "searches", "year", "up from 1,702 searches in 2023", TPD),
        N(612, "exact", "matches", "year", "a candidate list in 612 cases", TPD),
        N(188, "exact", "leads", "year", "188 candidates went to investigators as leads", TPD),
        N(41, "exact", "arrests", "year", "Arrests followed in 41 cases", TPD),
        N(41000000, "approximately", "images", None, "The JFRS gallery holds about 41 million PennDOT", JNET),
        N(14, "exact", "users", None, "14 TPD members hold JFRS accounts", TPD),
        N(96000, "approximately", "images", None, "prior TPD arrest photos (about 96,000 images)", TPD, COG),
        N(6, "exact", "licenses", None, "Six analyst licenses are assigned to the RTCC", TPD, COG),
        N(541, "exact", "searches", "quarter", "Q1 2024          541", TPD),
        N(603, "exact", "searches", "quarter", "Q2 2024          603", TPD),
        N(588, "exact", "searches", "quarter", "Q3 2024          588", TPD),
        N(586, "exact", "searches", "quarter", "Q4 2024          586", TPD),
        N(1319, "exact", "searches", "year", "1,319 were run in JFRS", TPD),
        N(999, "exact", "searches", "year", "999 in DBScan", TPD, COG),
        N(240, "exact", "searches", None, "The annual audit sampled 240 searches", TPD),
        N(7, "exact", "searches", None, "7 of the sampled searches", TPD),
    ],
    [
        P("A search may be run only for an open criminal investigation.", TPD),
        P("A candidate is never, by itself, probable cause to arrest.", TPD),
        P("Live facial recognition on the CCTV network is prohibited.", TPD),
        P("Only RTCC analysts who completed the Cognitec course may use DBScan.", TPD, COG),
    ],
    [],
    ["2024", "2023", "2025-02-21", "2024-04-08", "2024-04-12", "2025"],
    scan="pdf")

# ---------------------------------------------------------------- 5 Howard County PD (MD): grant budget
HCPD = "Howard County Police Department"
VER = "Veritone"
CDWG = "CDW-G"
IDF = "IDentify"
doc("05_howard-county-pd-bjag-fr-budget.txt", [
    (None, """\
GOVERNOR'S OFFICE OF CRIME PREVENTION AND POLICY (GOCPP)
FY2025 Edward Byrne Memorial Justice Assistance Grant (BJAG)
Application BJAG-2025-HOCO-017 - Budget Detail and Narrative

Applicant:        Howard County, Maryland
Implementing:     Howard County Police Department (HCPD)
Project title:    Investigative Facial Recognition and Analysis
Project period:   October 1, 2025 - September 30, 2026
Contact:          Lt. Simone Adeyemi, 410-555-0139

A. BUDGET DETAIL WORKSHEET
Ln Item                           Basis      Qty  Unit cost       Total
 1 Veritone IDentify (CDW-G)      per month   12  $2,150.00  $25,800.00
 2 Facial comparison course, IAI  per person   2  $1,295.00   $2,590.00
 3 Travel to course (air, hotel)  per trip     2  $1,558.00   $3,116.00
 4 Crime analyst laptops          each         3  $2,240.00   $6,720.00
 5 License plate reader trailer   each         1 $48,900.00  $48,900.00
   Total federal request                                     $87,126.00
   Local cash match (10%, County General Fund)                $8,712.60

B. BUDGET NARRATIVE
Line 1. HCPD will subscribe to Veritone IDentify for the 12-month
project period. Vendor list pricing for IDentify is
between $1,900 and $2,400 a month, depending on gallery size;
the budget uses CDW-G quote 4471902 (valid through June 30, 2025).
Line 2. Two crime analysts will attend the IAI 40-hour facial
comparison and identification course.
Line 3. Travel is for the course in Orlando, FL (airfare, four nights
lodging, per diem at GSA rates).
Lines 4 and 5 are not part of the facial recognition component.
""", "BJAG-2025-HOCO-017  Page 1 of 2"),
    (None, """\
C. PROJECT NARRATIVE (excerpt)
HCPD detectives now compare surveillance stills to booking photos by
eye. IDentify will search the Department's gallery of about 410,000
booking photos from the Howard County Detention Center. HCPD expects
about 1,500 searches in the grant year.
Only two trained crime analysts will run searches.

D. SAFEGUARDS
Maryland's 2024 facial recognition statute (Criminal Procedure
Sections 2-501 through 2-511) and HCPD General Order OPS-48 apply:
- A face recognition result may not be the sole basis for probable cause.
- Each search requires written approval from a CIB supervisor.
- The software will not be used on live video or to track people.
- Searches are limited to the crimes listed in Section 2-503.

E. SUSTAINABILITY
After the grant year, the County intends to fund IDentify from the
Police operating budget, estimated at approximately $26,500 a year.

F. CERTIFICATIONS
The applicant must submit quarterly performance measures to GOCPP
through the grants portal; late reports may suspend reimbursement.

Submitted by: Howard County Office of Grants, April 30, 2025
""", "BJAG-2025-HOCO-017  Page 2 of 2"),
], "pdf", HCPD,
    [HCPD, "Howard County", "Governor's Office of Crime Prevention and Policy", "Howard County Detention Center"],
    [VER, CDWG], [IDF],
    [
        C(25800, 25800, "year", "Veritone IDentify (CDW-G)      per month   12  $2,150.00  $25,800.00", HCPD, CDWG, IDF),
        C(2150, 2150, "month", "Veritone IDentify (CDW-G)      per month   12  $2,150.00", HCPD, CDWG, IDF),
        C(2590, 2590, None, "Facial comparison course, IAI  per person   2  $1,295.00   $2,590.00", HCPD, None),
        C(1295, 1295, None, "Facial comparison course, IAI  per person   2  $1,295.00", HCPD, None, unit="per person"),
        C(1900, 2400, "month", "between $1,900 and $2,400 a month", HCPD, VER, IDF),
        C(26500, 26500, "year", "estimated at approximately $26,500 a year", HCPD, VER, IDF),
    ],
    [
        N(410000, "approximately", "images", None, "gallery of about 410,000", HCPD, VER),
        N(1500, "approximately", "searches", "year", "about 1,500 searches in the grant year", HCPD, VER),
        N(2, "exact", "analysts", None, "Only two trained crime analysts will run searches.", HCPD, VER),
    ],
    [
        P("Only two trained crime analysts will run searches.", HCPD),
        P("A face recognition result may not be the sole basis for probable cause.", HCPD),
        P("Each search requires written approval from a CIB supervisor.", HCPD),
        P("The software will not be used on live video or to track people.", HCPD, VER),
        P("Searches are limited to the crimes listed in Section 2-503.", HCPD),
    ],
    [],
    ["2025-10-01", "2026-09-30", "2025-06-30", "2025-04-30", "2024"],
    scan="print")

# ---------------------------------------------------------------- 6 Yonkers PD (NY): general order
YPD = "Yonkers Police Department"
MSI = "Motorola Solutions"
VIG = "Vigilant Solutions"
FS = "FaceSearch"
HDR6 = "FOR LAW ENFORCEMENT USE ONLY - Released under FOIL, POL 87(2)(e),(f)"
doc("06_yonkers-pd-general-order-frt.txt", [
    (HDR6, """\
YONKERS POLICE DEPARTMENT
GENERAL ORDER

Order No.:  GO 2024-11                      Effective: June 3, 2024
Subject:    Facial Recognition Technology   Rescinds: Interim Dir. 21-04
Review:     Annual                          Pages: 3

I. PURPOSE
This order governs the Department's use of facial recognition technology.

II. POLICY
It is the policy of the Department to use FRT only to develop leads.
FRT may be used only in criminal and missing-person investigations.
An FRT result shall not be the sole basis for an arrest or a warrant.

III. DEFINITIONS
A. FRT: software that compares a probe image with a gallery of images.
B. Probe image: an image of an unknown person submitted for comparison.
C. FaceSearch: the FRT application that Motorola Solutions (Vigilant
   Solutions) provides to the Department.
D. Candidate: a gallery image returned by FRT. A candidate is not a
   positive identification.

IV. PROCEDURES
A. Authorized users
 1. No more than eight (8) members shall hold FaceSearch accounts.
 2. Accounts are limited to members trained in facial comparison
    (16-hour course, DCJS-approved).
""", "GO 2024-11 - Page 1 of 3"),
    (HDR6, """\
B. Requests and records
 1. Every search shall be entered in the FRT Log with a case number.
 2. DCJS mugshot searches shall be routed through the Westchester RTCC.
 3. Members shall document each candidate reviewed and the result.

C. Prohibited uses
 1. Members shall not use FRT to identify people at lawful protests.
 2. Members shall not use FRT on live or real-time video.
 3. Members shall not use unapproved FRT apps, including free trials.

D. Probe sources
This order does not prohibit the use of publicly posted social media
images as probe images.

V. TRAINING AND AUDIT
 1. The Professional Standards Unit shall audit the FRT Log quarterly.
 2. FRT Log entries shall be retained for five (5) years.

VI. PROCUREMENT (for information)
FaceSearch is billed on the Department's annual Motorola Solutions
renewal at $1,200 per account per year; at eight accounts the charge
is $9,600 a year. This is separate from the Vigilant LEARN license
plate recognition subscription ($31,250 a year). FaceSearch also
searches Vigilant's shared gallery of more than 20 million booking
photos contributed by other agencies.
""", "GO 2024-11 - Page 2 of 3"),
    (HDR6, """\
VII. REVISION HISTORY
2021: Interim Directive 21-04 issued.
2024: GO 2024-11 issued; rescinds Interim Directive 21-04.
Proposed 2025 revision (not in effect): require a second trained
examiner to verify each candidate before a lead is disseminated.

Questions about this order go to the Office of the Commissioner,
914-555-0108.

BY ORDER OF THE COMMISSIONER
""", "GO 2024-11 - Page 3 of 3"),
], "pdf", YPD,
    [YPD, "New York State Division of Criminal Justice Services", "Westchester County Real Time Crime Center"],
    [MSI, VIG], [FS, "LEARN"],
    [
        C(1200, 1200, "year", "$1,200 per account per year", YPD, MSI, FS, unit="per account"),
        C(9600, 9600, "year", "is $9,600 a year", YPD, MSI, FS),
    ],
    [
        N(8, "up to", "users", None, "No more than eight (8) members shall hold FaceSearch accounts.", YPD, VIG),
        N(20000000, "more than", "images", None, "shared gallery of more than 20 million booking", None, VIG),
    ],
    [
        P("This order governs the Department's use of facial recognition technology.", YPD),
        P("It is the policy of the Department to use FRT only to develop leads.", YPD),
        P("FRT may be used only in criminal and missing-person investigations.", YPD),
        P("An FRT result shall not be the sole basis for an arrest or a warrant.", YPD),
        P("No more than eight (8) members shall hold FaceSearch accounts.", YPD, VIG),
        P("Accounts are limited to members trained in facial comparison", YPD, VIG),
        P("Every search shall be entered in the FRT Log with a case number.", YPD),
        P("DCJS mugshot searches shall be routed through the Westchester RTCC.", YPD),
        P("Members shall document each candidate reviewed and the result.", YPD),
        P("Members shall not use FRT to identify people at lawful protests.", YPD),
        P("Members shall not use FRT on live or real-time video.", YPD),
        P("Members shall not use unapproved FRT apps, including free trials.", YPD),
        P("The Professional Standards Unit shall audit the FRT Log quarterly.", YPD),
        P("FRT Log entries shall be retained for five (5) years.", YPD),
    ],
    [],
    ["2024-06-03", "2021", "2024", "2025"],
    scan="photocopy")

# ---------------------------------------------------------------- 7 Plymouth County Sheriff (MA): news story
PLY = "Plymouth County Sheriff's Department"
RMV = "Massachusetts Registry of Motor Vehicles"
RN = "RealNetworks"
IDE = "Idemia"
BCS = "Bay Colony Security Systems"
doc("07_plymouth-county-sheriff-safr-news.txt", [
    (None, """\
THE SOUTH SHORE LEDGER                            Tuesday, May 13, 2025
LOCAL NEWS

Records show Plymouth County jail scans visitors' faces
Sheriff's department paid for SAFR system, invoices and emails show

By Colleen Mahar, Staff Writer

PLYMOUTH - The Plymouth County Sheriff's Department has been scanning
the faces of visitors to its correctional facility since last spring,
according to invoices, emails and a policy the department released
under the state public records law.

An invoice from RealNetworks, which sells the SAFR face recognition
platform, shows the department paid $18,400 for the first year of a
license covering eight lobby cameras, or $2,300 per camera.

The three-year contract is capped at $61,000. A Taunton integrator,
Bay Colony Security Systems, billed $7,850 for one-time installation,
records show.

The system compares each visitor with a watchlist of about 1,900 photos
of people barred from visiting, including people named in active
protective orders. In its first year it flagged 46 visitors.
Eleven lobby officers have SAFR accounts, the records show.

Staff may not use SAFR on anyone but visitors, said Dana Rourke, a
spokeswoman for the sheriff.
Unflagged visitors' images are deleted after 24 hours, she said.
The written policy requires a supervisor to confirm every alert.
It was adopted in March 2024.

No policy bars the department from sharing alerts with other
agencies, the records show.
""", "southshoreledger.example/news/2025/05/13/plymouth-jail-face-scans"),
    (None, """\
STATE LAW
Under the state's 2020 police reform law,
police must send face-search requests in writing to the RMV, MSP or FBI.
RMV records show the sheriff's department sent 312 requests in 2023,
all for criminal investigations. Statewide, the RMV handled about
2,900 requests last year.

The RMV pays Idemia about $1.2 million a year to run and maintain its
face-matching system, according to a state contract summary.

Kade Whitlock of the ACLU of Massachusetts said the visitor screening
"should be paused until the Legislature weighs in." A bill before the
Joint Committee on the Judiciary would ban face surveillance in county
jails and houses of correction.

OTHER COSTS
The sheriff's budget for the year also included $410,000 for body-worn
cameras. The department's former immigration detention agreement with
ICE, which ended in 2023, paid the county $92 per detainee per day.

Brockton police, whose officers bring detainees to the facility, said
they have no face recognition contract and do not use SAFR.

Colleen Mahar can be reached at 508-555-0131.
""", "southshoreledger.example/news/2025/05/13/plymouth-jail-face-scans"),
], "pdf", PLY,
    [PLY, RMV, "Massachusetts State Police", "Federal Bureau of Investigation",
     "U.S. Immigration and Customs Enforcement", "Brockton Police Department"],
    [RN, IDE, BCS], ["SAFR"],
    [
        C(18400, 18400, "year", "paid $18,400 for the first year", PLY, RN, "SAFR"),
        C(2300, 2300, "year", "$2,300 per camera", PLY, RN, "SAFR", unit="per camera"),
        C(None, 61000, None, "The three-year contract is capped at $61,000", PLY, RN, "SAFR"),
        C(7850, 7850, "one-time", "billed $7,850 for one-time installation", PLY, BCS),
        C(1200000, 1200000, "year", "pays Idemia about $1.2 million a year", RMV, IDE),
    ],
    [
        N(1900, "approximately", "images", None, "a watchlist of about 1,900 photos", PLY, RN),
        N(46, "exact", "matches", "year", "In its first year it flagged 46 visitors.", PLY, RN),
        N(11, "exact", "users", None, "Eleven lobby officers have SAFR accounts", PLY, RN),
        N(312, "exact", "requests", "year", "sent 312 requests in 2023", PLY),
        N(2900, "approximately", "requests", "year", "2,900 requests last year", RMV),
    ],
    [
        P("Staff may not use SAFR on anyone but visitors", PLY, RN),
        P("Unflagged visitors' images are deleted after 24 hours", PLY, RN),
        P("The written policy requires a supervisor to confirm every alert.", PLY, RN),
        P("police must send face-search requests in writing to the RMV, MSP or FBI.", PLY),
    ],
    [],
    ["2025-05-13", "2024-03", "2023", "2020"])

# ---------------------------------------------------------------- 8 Summit County SO (OH): options memo
SUM = "Summit County Sheriff's Office"
LNRS = "LexisNexis Risk Solutions"
INS = "Insight Public Sector"
ROC = "Rank One Computing"
SHI = "SHI International"
doc("08_summit-county-so-fr-options-memo.txt", [
    (None, """\
SUMMIT COUNTY SHERIFF'S OFFICE
Detective Bureau - Inter-Office Memorandum

TO:      Sheriff (through the Chief Deputy)
FROM:    Lt. Aaron Kessler, Detective Bureau
DATE:    January 27, 2025
RE:      Facial recognition options for 2025 and recommendation

VENDOR PRICING IN THIS MEMO WAS PROVIDED FOR EVALUATION ONLY.

1. BACKGROUND
Our three-year Clearview AI subscription (2022-2024, $14,400 in all)
ended on December 31, 2024.
In 2024 the Bureau ran about 960 Clearview searches, and Clearview
results contributed to 23 identifications.
OHLEG face recognition, run by the Ohio Attorney General's BCI, stays
available at no charge to us.
OHLEG rules allow searches only for a criminal justice purpose.

2. OPTIONS
Option A - Clearview AI renewal (direct)
 - Clearview quoted $1,800 per seat per year for 5 seats on a two-year
   term, USD 18,000 in total.
 - The quote adds $1,215.00 Ohio sales tax unless we send our
   exemption certificate.
 - Clearview says its index holds more than 50 billion public images.

Option B - Lumen facial recognition (LexisNexis Risk Solutions)
 - Priced at $8-10 per search, billed monthly in arrears.
 - At our 2024 volume that is $7,680 to $9,600 a year.
 - No seat limit; any detective with a Lumen account could search.
""", "SCSO-DB-25-004  Page 1 of 2"),
    (None, """\
Option C - Amazon Rekognition, built by county IT with Insight Public
Sector
 - Rekognition face search is $1.00 per 1,000 images.
 - Storage and compute for our 230,000-image booking gallery would run
   between $6 and $12 a month.
 - Insight would build the search interface for up to $24,000.

Option D - Rank One Computing ROC SDK (through SHI International)
 - Perpetual license: $31,500, one-time.
 - Annual maintenance: 20% of license, $6,300 a year.
 - County IT would host it on existing servers.

3. OTHER BUREAU COSTS (for context)
Cellebrite renewal: $14,200 a year. Axon body-worn camera contract:
$1.1 million over five years. Neither is affected by this choice.

4. RECOMMENDATION
I recommend Option A for 2025 and 2026 and a test of Option D in 2026.
The first annual payment of $9,000 can come from the Furtherance of
Justice fund (Account 2210-5310).

5. POLICY
Whatever we choose, Policy 612 continues to apply:
 - Every search requires a case number and a supervisor's approval.
 - A result is a lead only and cannot establish probable cause.
I also propose a new rule that two trained examiners review every
candidate list before release; that would need the Sheriff's approval.

AK/jr   cc: Chief Deputy; Fiscal Officer
""", "SCSO-DB-25-004  Page 2 of 2"),
], "pdf", SUM,
    [SUM, "Ohio Attorney General"],
    [CV, LNRS, AWS, INS, ROC, SHI, "Cellebrite", "Axon"],
    ["Lumen", REK, "ROC SDK", "Ohio Law Enforcement Gateway"],
    [
        C(14400, 14400, None, "$14,400 in all", SUM, CV),
        C(1800, 1800, "year", "$1,800 per seat per year", SUM, CV, unit="per seat"),
        C(18000, 18000, None, "USD 18,000 in total", SUM, CV),
        C(8, 10, None, "$8-10 per search", SUM, LNRS, "Lumen", unit="per search"),
        C(7680, 9600, "year", "$7,680 to $9,600 a year", SUM, LNRS, "Lumen"),
        C(1.00, 1.00, None, "$1.00 per 1,000 images", SUM, AWS, REK, unit="per 1,000 images"),
        C(6, 12, "month", "between $6 and $12 a month", SUM, AWS, REK),
        C(None, 24000, None, "for up to $24,000", SUM, INS),
        C(31500, 31500, "one-time", "Perpetual license: $31,500, one-time", SUM, SHI, "ROC SDK"),
        C(6300, 6300, "year", "$6,300 a year", SUM, SHI, "ROC SDK"),
        C(9000, 9000, "year", "first annual payment of $9,000", SUM, CV),
    ],
    [
        N(960, "approximately", "searches", "year", "the Bureau ran about 960 Clearview searches", SUM, CV),
        N(23, "exact", "identifications", "year", "contributed to 23 identifications", SUM, CV),
        N(5, "exact", "licenses", None, "for 5 seats", SUM, CV),
        N(50000000000, "more than", "images", None, "more than 50 billion public images", None, CV),
        N(230000, "exact", "images", None, "230,000-image booking gallery", SUM),
    ],
    [
        P("OHLEG rules allow searches only for a criminal justice purpose.", "Ohio Attorney General"),
        P("Every search requires a case number and a supervisor's approval.", SUM),
        P("A result is a lead only and cannot establish probable cause.", SUM),
    ],
    [],
    ["2025-01-27", "2024-12-31", "2022", "2024", "2025", "2026"],
    scan="pdf")


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents")


if __name__ == "__main__":
    main()
