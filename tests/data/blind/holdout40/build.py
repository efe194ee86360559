"""Writes docs/*.txt and labels.json for holdout40 (six invented releases, one each from Florida, Kansas,
Louisiana, Massachusetts, New York and Wisconsin). Labels are written from intent, before rendering.
People, phone numbers, figures and document numbers are invented."""
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True

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


# ---------------------------------------------------------------- 1 Florida: Fort Lauderdale
FLPD = "Fort Lauderdale Police Department"
VER = "Veritone"
doc("01_fl-fort-lauderdale-pd-veritone-commission-memo.txt", [
    (None, """\
CITY OF FORT LAUDERDALE
CITY COMMISSION AGENDA MEMO                               CAM #24-0917
REGULAR MEETING

TO:      Honorable Mayor and Members of the City Commission
FROM:    Deborah L. Rensselaer, City Manager
DATE:    September 17, 2024
TITLE:   Motion Approving Amendment No. 2 to the Agreement with
         Veritone, Inc. for Investigative Image Comparison and Video
         Redaction Services - Police Department - $86,400

Recommendation
Staff recommends that the City Commission approve Amendment No. 2 to
the agreement with Veritone, Inc. for the IDentify image comparison
service and the Redact video redaction module, and authorize the City
Manager to execute renewals subject to annual appropriation.

Background
On October 4, 2022 (CAM #22-0841), the Commission approved a three-year
agreement with Veritone. IDentify uses facial recognition to compare a
photo of an unknown suspect with booking photographs. Redact detects
and blurs faces in body-worn camera video before release; it does not
identify anyone. Year-one spending under the agreement was $74,250.

Amendment No. 2 adds 12 IDentify user seats, for a total of 36 named
users. The IDentify subscription rises from $36,450 a year to
$48,600 a year. Redact renews unchanged at $37,800 per year.
Only detectives who have completed Veritone's training may hold a seat.

IDentify currently indexes approximately 412,000 booking photographs
supplied by the Broward Sheriff's Office under an interlocal agreement.
No driver license images are included.

In fiscal year 2024, detectives ran 2,914 IDentify searches, which
produced 188 investigative leads.
Department policy: an IDentify hit is a lead, never probable cause.

At the September 3 conference meeting, a Commissioner asked staff to
consider barring IDentify searches of people attending demonstrations.
That proposal is not part of this item.""", "FLPD 24-2291 Pg 1 of 2"),
    (None, """\
Resource Impact
Funds of $86,400 are available in the FY 2025 Police Investigations
budget, Index 10-001-2100-521-3410.

EXHIBIT A TO AMENDMENT NO. 2 - PRICE SCHEDULE
Agreement No. 22-0841-PD              Veritone Vendor No. 0000418825
Term: October 1, 2024 through September 30, 2025

Ln Description                    Qty Unit       Unit Price    Extended
-- ----------------------------- --- -------- ----------- -----------
1  IDentify named-user seat       36 user/yr    $1,350.00  $48,600.00
2  Redact Pro, agency license      1 year      $37,800.00  $37,800.00
3  Axon Evidence connector setup   1 each       $2,500.00   $2,500.00
4  Implementation credit           1 each      -$2,500.00  -$2,500.00
                                              ------------------------
                                      Total, one year      $86,400.00

Notes
a. Prices exclude sales tax; the City is exempt (Florida Consumer's
   Certificate of Exemption 85-8012345678C-4).
b. IDentify seats are named users, not concurrent users.
c. Invoices are issued quarterly in arrears; payment terms Net 45.
d. IDentify pricing is fixed for the remaining term of the Agreement.

Prepared by: Capt. Elias Montrose-Vega, Criminal Investigations
             Division, (954) 555-0163
Reviewed by: Office of the City Attorney (approved as to form)
Department Director: Chief of Police Wendell A. Okafor""", "FLPD 24-2291 Pg 2 of 2"),
], "pdf", FLPD,
    [FLPD, "Fort Lauderdale City Commission", "Broward Sheriff's Office"],
    [VER, "Axon"], ["Veritone IDentify", "Veritone Redact", "Axon Evidence"],
    [
        C(36450, 36450, "year", "The IDentify subscription rises from $36,450 a year", FLPD, VER, "Veritone IDentify"),
        C(48600, 48600, "year", "$48,600 a year", FLPD, VER, "Veritone IDentify"),
        C(1350, 1350, "year", "$1,350.00", FLPD, VER, "Veritone IDentify", unit="per user"),
    ],
    [
        N(12, "exact", "licenses", None, "adds 12 IDentify user seats", FLPD, VER),
        N(36, "exact", "users", None, "for a total of 36 named", FLPD, VER),
        N(412000, "approximately", "images", None, "approximately 412,000 booking photographs", FLPD, VER),
        N(2914, "exact", "searches", "year", "detectives ran 2,914 IDentify searches", FLPD, VER),
        N(188, "exact", "leads", "year", "produced 188 investigative leads", FLPD, VER),
    ],
    [
        P("Only detectives who have completed Veritone's training may hold a seat.", FLPD),
        P("Department policy: an IDentify hit is a lead, never probable cause.", FLPD),
    ],
    [],
    ["2024-09-17", "2022-10-04", "2024", "2025", "2024-10-01", "2025-09-30"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Kansas: Johnson County
JCSO = "Johnson County Sheriff's Office"
DWP = "DataWorks Plus"
doc("02_ks-johnson-county-so-dataworks-sole-source-po.txt", [
    (None, """\
JOHNSON COUNTY, KANSAS
DEPARTMENT OF FINANCE - PURCHASING DIVISION
SOLE SOURCE JUSTIFICATION                                 Form PUR-114

Requesting department:  Sheriff's Office, Criminal Investigations
Requisition no.:        RQ-2023-004471
Date submitted:         06/08/2023
Contact:                Capt. Donovan R. Pryce, 913-555-0148
Proposed vendor:        DataWorks Plus, LLC (Greenville, South Carolina)
Goods/services:         FACE Plus facial recognition module for the
                        existing Digital PhotoManager mugshot system
Estimated cost:         $52,740.00 (licences, server software,
                        implementation, examiner training)

1. Describe the need.
The Sheriff's Office has kept booking photographs in Digital
PhotoManager since 2011. The system now holds roughly 640,000 mugshots
of about 298,000 individuals, but detectives cannot search it by face.
We expect about 1,500 searches a year once the module is live.

2. Why is this vendor the only source?
FACE Plus is the only product that searches the Digital PhotoManager
repository in place, without exporting booking photos to an outside
host. Any other product would need a custom interface.

3. What alternatives were considered?
Clearview AI offered 20 user accounts for $24,000 a year; Rank One
Computing, through a reseller, quoted $71,500. Neither was pursued.
By Sheriff's directive, social media images may not be searched.

4. Is the price fair and reasonable?
Yes. The Wyandotte County Sheriff's Office paid $55,900 for a similar
FACE Plus installation in 2022.
Eight concurrent user licences will be shared by the Investigations
Division, but only the two certified examiners may run searches.

Department head approval: /s/ Sheriff M. T. Halvorsen       06/09/2023
Purchasing approval:      /s/ L. Achterberg, CPPB           06/14/2023""", "JCSO-KORA-23-188   000003"),
    (None, """\
JOHNSON COUNTY GOVERNMENT                             PURCHASE ORDER
111 S. Cherry Street, Olathe, KS 66061             PO No. 4500128377
                                                  PO Date: 07/11/2023
Vendor No.: 104522                        Requisition: RQ-2023-004471

Vendor:   DATAWORKS PLUS, LLC, GREENVILLE, SC
Ship to:  Sheriff's Office, Criminal Investigations Division
Terms:    Net 30        FOB: Destination        Buyer: L. Achterberg

Ln Description                           Qty UOM  Unit Price    Amount
-- ------------------------------------- --- --- ---------- ---------
 1 FACE Plus concurrent user licence,      8 EA    3,150.00 25,200.00
   12-month subscription
 2 FACE Plus server software (perpetual)   1 EA   14,500.00 14,500.00
 3 Implementation and data migration       1 LOT   9,800.00  9,800.00
 4 FR examiner certification training      2 EA    1,620.00  3,240.00
 5 Livescan 500 annual maintenance         3 EA    2,000.00  6,000.00
 6 Freight                                 1 LOT     185.00    185.00
                                                 Subtotal   58,925.00
                                                 Sales tax       0.00
                                                 PO TOTAL   58,925.00

Tax exempt under K.S.A. 79-3606(b).
Account 1000-4110-53990 (lines 1-4); Account 1000-4110-53410 (line 5);
Account 1000-4110-52100 (line 6).
Invoice to Accounts Payable, 111 S. Cherry Street, Room 2200, and
reference the PO number on every invoice.

Authorized signature: /s/ L. Achterberg, CPPB, Buyer II""", "JCSO-KORA-23-188   000004"),
], "pdf", JCSO,
    [JCSO, "Johnson County Purchasing Division", "Wyandotte County Sheriff's Office"],
    [DWP, "Clearview AI", "Rank One Computing"], ["FACE Plus", "Digital PhotoManager", "Livescan 500"],
    [
        C(52740, 52740, None, "$52,740.00 (licences, server software,", JCSO, DWP, "FACE Plus"),
        C(55900, 55900, None, "paid $55,900 for a similar", "Wyandotte County Sheriff's Office", DWP, "FACE Plus"),
        C(25200, 25200, "year", "25,200.00", JCSO, DWP, "FACE Plus"),
        C(3150, 3150, "year", "3,150.00", JCSO, DWP, "FACE Plus", unit="per license"),
        C(14500, 14500, "one-time", "14,500.00", JCSO, DWP, "FACE Plus"),
        C(9800, 9800, "one-time", "9,800.00", JCSO, DWP, "FACE Plus"),
        C(3240, 3240, "one-time", "3,240.00", JCSO, DWP, "FACE Plus"),
        C(1620, 1620, "one-time", "1,620.00", JCSO, DWP, "FACE Plus", unit="per seat"),
    ],
    [
        N(640000, "approximately", "images", None, "roughly 640,000 mugshots", JCSO, DWP),
        N(298000, "approximately", "images", None, "about 298,000 individuals", JCSO, DWP),
        N(1500, "approximately", "searches", "year", "about 1,500 searches a year", JCSO, DWP),
        N(8, "exact", "licenses", None, "Eight concurrent user licences", JCSO, DWP),
        N(2, "exact", "analysts", None, "only the two certified examiners may run searches", JCSO, DWP),
    ],
    [
        P("By Sheriff's directive, social media images may not be searched.", JCSO),
        P("only the two certified examiners may run searches", JCSO),
    ],
    [],
    ["2023-06-08", "2011", "2022", "2023-06-09", "2023-06-14", "2023-07-11"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Louisiana: St. Tammany Parish
STP = "St. Tammany Parish Sheriff's Office"
GSP = "Gulf South Public Safety Solutions"
CV = "Clearview AI"
doc("03_la-st-tammany-so-clearview-renewal-thread.txt", [
    ("Theriot, Marc A.", """\
From:          Theriot, Marc A. <mtheriot@stpso.org>
Sent:          Monday, February 10, 2025 4:52 PM
To:            Public Records Unit <publicrecords@stpso.org>
Cc:            Legal Division <legal@stpso.org>
Subject:       FW: Clearview renewal - STPSO acct 00417
Attachments:   CV_Renewal_Letter_STPSO_2025.pdf

Whole chain for PRR 25-0193. The Slidell PD numbers are not ours.

For Legal, since the requester asked about rules (General Order 41-07):
Every Clearview search must be tied to an open case number.
Each search also needs approval from a CAU supervisor.
A Clearview hit is a lead only, never the sole basis for an arrest.
Lt. Guidry's proposal last year to require two-analyst review of every
hit never made it into the GO, so please don't describe it as policy.

Marc Theriot, Senior Crime Analyst
Crime Analysis Unit | St. Tammany Parish Sheriff's Office
Office (985) 555-0142 | Cell (985) 555-0176

-----Original Message-----
From: Kayla Boudreaux <kboudreaux@gulfsouthpss.com>
Sent: Friday, February 7, 2025 11:08 AM
To: Theriot, Marc A. <mtheriot@stpso.org>
Subject: RE: Clearview renewal - STPSO acct 00417

Hi Marc,

Thanks, that helps. Renewal for March 1, 2025 through February 28,
2026 is $33,750 for 15 investigator seats ($2,250 per seat), the same
rate as last year. Clearview Mobile stays bundled at no charge.

Less the $1,125 service credit for the October outage, the invoice
will come to $32,625.

If the video unit still wants the two fixed LPR cameras for Hwy 190,
I can add them at $18,500 installed, but that is a separate quote.

FYI Slidell PD renewed through us last month: 5 seats,
$11,250 for the year.""", "STPSO PRR 25-0193                                        000041"),
    ("Theriot, Marc A.", """\
Kayla Boudreaux | Public Safety Account Executive
Gulf South Public Safety Solutions, LLC
Authorized Clearview AI reseller - Louisiana & Mississippi
(504) 555-0119

-----Original Message-----
From: Theriot, Marc A. <mtheriot@stpso.org>
Sent: Thursday, February 6, 2025 3:41 PM
To: Kayla Boudreaux <kboudreaux@gulfsouthpss.com>
Subject: RE: Clearview renewal - STPSO acct 00417

Kayla - usage you asked for. In 2024 we ran 1,906 searches across the
15 seats. That gave us 214 possible matches that went to detectives,
and CID tells me 37 arrests followed. So roughly 160 searches a month.

Our 2024 invoice (CV-2024-00417) was $33,750 too, if that helps
your paperwork.

> On Wed, Feb 5, 2025 at 9:30 AM Kayla Boudreaux
> <kboudreaux@gulfsouthpss.com> wrote:
>
> Marc, your Clearview term ends Feb 28. To hold the 2024 rate I
> need last year's search volume and seat count for Clearview's
> renewal form. Letter from Clearview attached.
>
> CONFIDENTIALITY NOTICE: This message and any attachments are for
> the named recipient only and may contain confidential or privileged
> information. If you received it in error, delete it and notify the
> sender. Any other use is prohibited.""", "STPSO PRR 25-0193                                        000042"),
    ("Theriot, Marc A.", """\
[Attachment: CV_Renewal_Letter_STPSO_2025.pdf]

CLEARVIEW AI, INC.
Renewal Notice                                       January 27, 2025

Sheriff Randall J. Fontenot
St. Tammany Parish Sheriff's Office
Covington, Louisiana

Account: STPSO-00417        Current term ends: February 28, 2025

Dear Sheriff Fontenot,

Thank you for your agency's partnership. Your Clearview Search and
Clearview Mobile subscription covers 15 investigator accounts. Your
authorized reseller, Gulf South Public Safety Solutions, will send
pricing for the March 1, 2025 renewal.

Clearview's search index now exceeds 50 billion publicly available
facial images, and our algorithm ranked among the top performers in
NIST's 2024 FRTE 1:N evaluation.

Clearview AI does not sell or share your agency's probe images.

Sincerely,
Account Management, Clearview AI, Inc.

This notice contains confidential commercial information of
Clearview AI, Inc. and is not for distribution.""", "STPSO PRR 25-0193                                        000043"),
], "print", STP,
    [STP, "Slidell Police Department"],
    [CV, GSP], ["Clearview Search", "Clearview Mobile"],
    [
        C(33750, 33750, "year", "$33,750 for 15 investigator seats", STP, GSP, "Clearview Search"),
        C(2250, 2250, "year", "$2,250 per seat", STP, GSP, "Clearview Search", unit="per user"),
        C(32625, 32625, "year", "will come to $32,625", STP, GSP,
          "Clearview Search"),
        C(11250, 11250, "year", "$11,250 for the year", "Slidell Police Department", GSP, "Clearview Search"),
    ],
    [
        N(15, "exact", "licenses", None, "15 investigator seats", STP, GSP),
        N(5, "exact", "licenses", None, "last month: 5 seats", "Slidell Police Department", GSP),
        N(1906, "exact", "searches", "year", "In 2024 we ran 1,906 searches", STP, CV),
        N(214, "exact", "matches", "year", "214 possible matches", STP, CV),
        N(37, "exact", "arrests", "year", "37 arrests followed", STP, CV),
        N(50000000000, "more than", "images", None, "now exceeds 50 billion publicly available", None, CV),
    ],
    [
        P("Every Clearview search must be tied to an open case number.", STP),
        P("Each search also needs approval from a CAU supervisor.", STP),
        P("A Clearview hit is a lead only, never the sole basis for an arrest.", STP),
    ],
    [
        E("Theriot, Marc A.", "Public Records Unit", "Monday, February 10, 2025 4:52 PM",
          "FW: Clearview renewal - STPSO acct 00417"),
        E("Kayla Boudreaux", "Theriot, Marc A.", "Friday, February 7, 2025 11:08 AM",
          "RE: Clearview renewal - STPSO acct 00417"),
        E("Theriot, Marc A.", "Kayla Boudreaux", "Thursday, February 6, 2025 3:41 PM",
          "RE: Clearview renewal - STPSO acct 00417"),
        E("Kayla Boudreaux", "Theriot, Marc A.", "Wed, Feb 5, 2025 at 9:30 AM", None),
    ],
    ["2025-02-10", "2025-02-07", "2025-03-01", "2026-02-28", "2025-02-06", "2024", "2025-02-05",
     "2025-01-27", "2025-02-28"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 Massachusetts: State Police
MSP = "Massachusetts State Police"
IDM = "Idemia"
doc("04_ma-state-police-records-reply-fru-sop.txt", [
    (None, """\
THE COMMONWEALTH OF MASSACHUSETTS
DEPARTMENT OF STATE POLICE
Office of the Records Access Officer
470 Worcester Road, Framingham, Massachusetts 01702

April 22, 2024

Ms. Ayesha Okonkwo-Bright
Bay State Surveillance Review
PO Box 3817, Worcester, MA 01613
By email only

RE: Public Records Request MSP-PRR-2024-01186 (facial recognition)

Dear Ms. Okonkwo-Bright:

The Department of State Police (the "Department") has completed its
search for records responsive to your request of March 8, 2024. As you
agreed in our call of April 2, 2024, the Department provides the
summary below in place of 1,140 pages of search logs, which would need
redaction under G.L. c. 4, section 7(26)(c).

1. Vendor and cost. The Department has never contracted with Clearview
AI. Its Facial Recognition Unit (FRU) uses Idemia's MorphoFace
Investigate software, licensed through Statewide Contract ITC-81.
The Department paid Idemia Identity & Security USA LLC
$127,480 in FY2023, and it expects to pay about $131,300 in FY2024.
Each examiner license is priced at $9,850 per year.
The Department's fingerprint system (AFIS) is under a separate
contract ($212,000 in FY2023) and is not included.

2. Licenses and database. Eleven FRU members hold examiner licenses.
Searches run against the Department's booking photo repository, which
held 2.3 million images of approximately 1.1 million people as of
December 31, 2023. Searches of Registry of Motor Vehicles license
photos are performed by the RMV and are not counted here.""", "MSP-PRR-24-01186 p.1"),
    (None, """\
3. Requests. G.L. c. 6, section 220 governs searches for others.
An outside agency must submit a written request for every search.
In calendar year 2023 the FRU received 1,327 written requests, up from
1,085 in 2022. It performed 1,212 searches, and 115 requests were
declined for lack of a case number or a qualifying offense. The
searches produced 402 candidate lists that the FRU returned as
possible matches. The Department does not track arrests that follow.

4. Policy. Standard Operating Procedure FRU-01 is enclosed. A draft
revision that would require notice to criminal defendants is under
review and has not been adopted.

5. Fees. The estimated fee of $425.00 under 950 CMR 32.07(2) is waived.

You may appeal this response to the Supervisor of Records within 90
days (G.L. c. 66, section 10A).

Sincerely,

/s/ Colm P. Ferriter
Records Access Officer
(508) 555-0121

Enclosure: SOP FRU-01""", "MSP-PRR-24-01186 p.2"),
    (None, """\
MASSACHUSETTS STATE POLICE
STANDARD OPERATING PROCEDURE FRU-01: FACIAL RECOGNITION SEARCHES
Effective January 15, 2023; revised November 1, 2023

1.0 PURPOSE
1.1 This SOP governs facial recognition searches by the Facial
    Recognition Unit (FRU) for Department and outside investigations.

2.0 DEFINITIONS
2.1 Probe image: the image of an unknown person submitted for search.
2.2 Candidate list: the ranked images the software returns.

3.0 AUTHORIZED USE
3.1 Only FRU examiners may operate facial recognition software.
3.2 Examiners shall complete 24 hours of vendor training first.
3.3 Each search requires a case number and the offense investigated.
3.4 Searches to identify people at lawful protests are prohibited.
3.5 Real-time facial recognition on live video is not authorized.

4.0 REVIEW OF RESULTS
4.1 Two examiners shall independently review every candidate list.
4.2 A possible match is an investigative lead only.
4.3 A possible match alone is never probable cause for arrest.

5.0 RECORDS AND REPORTING
5.1 The FRU shall log each request and keep the log for seven years.
5.2 The FRU supervisor shall report request totals each quarter to
    the Commander, Division of Investigative Services.

6.0 MISUSE
6.1 Personal use of facial recognition leads to discipline, up to
    and including termination.""", "MSP-PRR-24-01186 p.3"),
], "pdf", MSP,
    [MSP, "Massachusetts Registry of Motor Vehicles", "Supervisor of Records"],
    [IDM, "Clearview AI"], ["MorphoFace Investigate"],
    [
        C(127480, 127480, "year", "$127,480 in FY2023", MSP, IDM, "MorphoFace Investigate"),
        C(131300, 131300, "year", "about $131,300 in FY2024", MSP, IDM, "MorphoFace Investigate"),
        C(9850, 9850, "year", "Each examiner license is priced at $9,850 per year.", MSP, IDM,
          "MorphoFace Investigate", unit="per license"),
    ],
    [
        N(11, "exact", "licenses", None, "Eleven FRU members hold examiner licenses", MSP, IDM),
        N(2300000, "exact", "images", None, "held 2.3 million images", MSP, IDM),
        N(1100000, "approximately", "images", None, "approximately 1.1 million people", MSP, IDM),
        N(1327, "exact", "requests", "year", "the FRU received 1,327 written requests", MSP, IDM),
        N(1085, "exact", "requests", "year", "1,085 in 2022", MSP, IDM),
        N(1212, "exact", "searches", "year", "It performed 1,212 searches", MSP, IDM),
        N(115, "exact", "requests", "year", "115 requests were", MSP, IDM),
        N(402, "exact", "matches", "year", "produced 402 candidate lists", MSP, IDM),
    ],
    [
        P("An outside agency must submit a written request for every search.", MSP),
        P("This SOP governs facial recognition searches by the Facial", MSP),
        P("Only FRU examiners may operate facial recognition software.", MSP),
        P("Examiners shall complete 24 hours of vendor training first.", MSP),
        P("Each search requires a case number and the offense investigated.", MSP),
        P("Searches to identify people at lawful protests are prohibited.", MSP),
        P("Real-time facial recognition on live video is not authorized.", MSP),
        P("Two examiners shall independently review every candidate list.", MSP),
        P("A possible match is an investigative lead only.", MSP),
        P("A possible match alone is never probable cause for arrest.", MSP),
        P("The FRU shall log each request and keep the log for seven years.", MSP),
        P("The FRU supervisor shall report request totals each quarter to", MSP),
        P("Personal use of facial recognition leads to discipline, up to", MSP),
    ],
    [],
    ["2024-04-22", "2024-03-08", "2024-04-02", "2023", "2024", "2023-12-31", "2022", "2023-01-15",
     "2023-11-01"])


# ---------------------------------------------------------------- 5 New York: Syracuse
SPD = "Syracuse Police Department"
EBI = "Empire Biometric Integrators"
doc("05_ny-syracuse-pd-rfp-award-memo-teams-chat.txt", [
    (None, """\
CITY OF SYRACUSE
DEPARTMENT OF PURCHASE
INTEROFFICE MEMORANDUM

TO:      Lenora Whitfield-Amari, Director of Purchase
FROM:    RFP 24-118 Evaluation Committee (Police, Information
         Technology, Law)
DATE:    May 30, 2024
RE:      Award recommendation - Investigative Facial Recognition
         Software for the Syracuse Police Department

Four proposals were opened on May 3, 2024. Each was scored out of 100
points (70 technical, 30 price). Prices are five-year totals for
12 concurrent analyst licenses, hosting, support and training.

Proposer                       Engine            5-yr price   Score
-----------------------------  ---------------- -----------  -----
Empire Biometric Integrators   Rank One ROC SDK  $186,250.00  88.5
Cognitec Systems Corp.         FaceVACS-DBScan   $214,900.00  81.0
NEC National Security Systems  NeoFace Reveal    $297,400.00  77.5
Keystone Vision Partners       Paravision        $158,000.00  n/r
n/r = not responsive (no CJIS Security Policy attestation)

The Committee recommends award to Empire Biometric Integrators, LLC,
an authorized Rank One Computing reseller, for its CaseMatch platform.
The five-year contract may not exceed $186,250.00, made up of
$52,450 in year one (including $14,800 for installation and training)
and $33,450 a year in years two through five.

Funding: the Common Council approved $200,000 in the 2024-25 capital
budget (Project PD-24-07) for this purchase.

Proposers had to show that the system can hold at least 500,000
images. The Department's arrest photo database holds about 342,000.

Cognitec's lower technical score reflected its on-premises-only
option; NEC's price was the highest received. Prices of unsuccessful
proposers are shown for reference only.""", "SPD FOIL 2024-0457 | 0012"),
    (None, """\
Microsoft Teams - chat export
Chat: SPD FR procurement (Police / IT / Law)
Exported 6/21/2024 9:14 AM by Kowalczyk, Nadia (Law)

Brennan, Thomas (SPD)   5/31/2024 8:02 AM
Purchase signed off on the Empire / Rank One award. PO next week.

Oduya, Felix (IT)   5/31/2024 8:05 AM
so year one is 52k and change, not the 186?

Brennan, Thomas (SPD)   5/31/2024 8:07 AM
Right. 186,250 is the 5-yr ceiling, year one is 52,450.

Kowalczyk, Nadia (Law)   5/31/2024 8:11 AM
Reminder: the GO has to be signed before go-live. Draft still has the
no-searches-at-protests clause, Chief hasn't decided on it.

Oduya, Felix (IT)   5/31/2024 8:20 AM
fyi the body-worn camera renewal ($1.1 million) goes to Council on
its own, don't mix it into this PO

Brennan, Thomas (SPD)   6/18/2024 2:40 PM
Chief signed GO 3.41 today. Final text:
- FR may be used only in felony investigations.
- It may also be used to identify a deceased or incapacitated person.
- Every search must be logged with the incident number.
- Real-time FR on live video is prohibited.
The protest clause was dropped from the final GO.

Oduya, Felix (IT)   6/18/2024 2:44 PM
good. for the Council Q&A: during the ROC trial last fall detectives
ran 212 searches on closed cases, and 19 candidates were confirmed
as the right person.

Kowalczyk, Nadia (Law)   6/18/2024 2:47 PM
Thanks. Please keep trial numbers out of the press release.""", "SPD FOIL 2024-0457 | 0013"),
], "pdf", SPD,
    [SPD, "City of Syracuse Department of Purchase", "Syracuse Common Council", "City of Syracuse Law Department"],
    [EBI, "Rank One Computing", "Cognitec Systems", "NEC", "Keystone Vision Partners", "Paravision"],
    ["CaseMatch", "ROC SDK", "FaceVACS-DBScan", "NeoFace Reveal"],
    [
        C(None, 186250, None, "The five-year contract may not exceed $186,250.00", SPD, EBI, "CaseMatch"),
        C(52450, 52450, "year", "$52,450 in year one", SPD, EBI, "CaseMatch"),
        C(14800, 14800, "one-time", "$14,800 for installation and training", SPD, EBI, "CaseMatch"),
        C(33450, 33450, "year", "$33,450 a year in years two through five", SPD, EBI, "CaseMatch"),
        C(200000, 200000, None, "approved $200,000 in the 2024-25 capital", SPD, None),
    ],
    [
        N(12, "exact", "licenses", None, "12 concurrent analyst licenses", SPD, EBI),
        N(342000, "approximately", "images", None, "holds about 342,000", SPD, None),
        N(212, "exact", "searches", None, "ran 212 searches on closed cases", SPD, "Rank One Computing"),
        N(19, "exact", "identifications", None, "19 candidates were confirmed", SPD, "Rank One Computing"),
    ],
    [
        P("FR may be used only in felony investigations.", SPD),
        P("It may also be used to identify a deceased or incapacitated person.", SPD),
        P("Every search must be logged with the incident number.", SPD),
        P("Real-time FR on live video is prohibited.", SPD),
    ],
    [],
    ["2024-05-30", "2024-05-03", "2024", "2024-06-21", "2024-05-31", "2024-06-18"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Wisconsin: Kenosha County
KCSD = "Kenosha County Sheriff's Department"
MOT = "Motorola Solutions"
IAI = "International Association for Identification"
doc("06_wi-kenosha-county-sd-jag-progress-report.txt", [
    (None, """\
WISCONSIN DEPARTMENT OF JUSTICE
BUREAU OF JUSTICE PROGRAMS
SUBGRANT PROGRESS REPORT - SEMI-ANNUAL

Subgrantee:        Kenosha County Sheriff's Department
Subgrant no.:      2023-JG-07-14482
Project:           Investigative Facial Comparison Pilot
Funding source:    Edward Byrne Memorial JAG, ALN 16.738
Award:             $68,650 federal; no local match required
Project period:    August 1, 2023 - July 31, 2025
Report period:     July 1, 2024 - December 31, 2024
Prepared by:       Sgt. Renata Kowalski-Huerta, 262-555-0187

A. Progress narrative
The pilot pays for a two-year subscription to Vigilant FaceSearch
(Motorola Solutions) for the Detective Bureau. We bought the
subscription on August 14, 2023 for $61,600 ($30,800 per year).
The rest of the award pays for facial comparison training from the
International Association for Identification: $2,350 per seat,
$7,050 for three seats. Two detectives finished the course in
May 2024; the third seat was moved to March 2025.

FaceSearch compares a probe photo with the Department's own
187,000 booking photos and with Vigilant's shared gallery of
more than 21 million images contributed by other agencies.
Nine detectives hold FaceSearch accounts.
The Department has not connected FaceSearch to any live camera feed.

Search volume rose 73% from the first full quarter to the last.""", "KCSD OR 25-031 p.1"),
    (None, """\
B. Performance measures
Detectives ran 734 FaceSearch searches from October 2023 through
December 2024. Results by quarter:

Quarter   Searches  Candidate lists  Leads to case agents  Arrests*
2023 Q4        96          61               14                3
2024 Q1       141          88               22                5
2024 Q2       158          97               19                4
2024 Q3       173         102               26                6
2024 Q4       166          91               21                2
Total         734         439              102               20
* An arrest is counted if a FaceSearch lead was one factor in it.

C. Policy
Sheriff's Policy 612 took effect on March 1, 2023, before the pilot.
Searches are limited to felonies, missing persons and unknown dead.
A FaceSearch candidate may never be the sole basis for an arrest.
Every search must be approved by a Detective Bureau sergeant.
Detectives must finish the IAI course before they get an account.
The Sheriff's Advisory Board has suggested an annual public report
on FaceSearch use; the Department has not decided whether to adopt
that recommendation.

D. Other funding
The Department's Vigilant LEARN license plate recognition data
subscription ($18,000 per year) is county funded and is not part of
this subgrant.""", "KCSD OR 25-031 p.2"),
    (None, """\
Attachment 1 - Expenditure detail
Export from Kenosha County Munis, report AP-417, run 01/14/2025

vendor,invoice,inv_date,description,amount,fund
MOTOROLA SOLUTIONS,8834120,08/14/2023,FaceSearch 24-mo sub,61600.00,250
MOTOROLA SOLUTIONS,8834121,08/14/2023,LEARN LPR data 12-mo,18000.00,100
INTL ASSN FOR IDENT,IAI-24-0992,05/06/2024,FC course 2 seats,4700.00,250

3 rows exported.""", "KCSD OR 25-031 p.3"),
], "pdf", KCSD,
    [KCSD, "Wisconsin Department of Justice"],
    ["Vigilant Solutions", MOT, IAI], ["Vigilant FaceSearch", "Vigilant LEARN"],
    [
        C(68650, 68650, "one-time", "$68,650 federal", KCSD, None),
        C(61600, 61600, None, "subscription on August 14, 2023 for $61,600", KCSD, MOT, "Vigilant FaceSearch"),
        C(30800, 30800, "year", "$30,800 per year", KCSD, MOT, "Vigilant FaceSearch"),
        C(2350, 2350, "one-time", "$2,350 per seat", KCSD, IAI, unit="per seat"),
        C(7050, 7050, "one-time", "$7,050 for three seats", KCSD, IAI),
        C(4700, 4700, "one-time", "FC course 2 seats,4700.00", KCSD, IAI),
    ],
    [
        N(187000, "exact", "images", None, "187,000 booking photos", KCSD, MOT),
        N(21000000, "more than", "images", None, "more than 21 million images", None, MOT),
        N(9, "exact", "users", None, "Nine detectives hold FaceSearch accounts", KCSD, MOT),
        N(734, "exact", "searches", None, "Detectives ran 734 FaceSearch searches", KCSD, MOT),
        N(96, "exact", "searches", "quarter", "2023 Q4        96", KCSD, MOT),
        N(141, "exact", "searches", "quarter", "2024 Q1       141", KCSD, MOT),
        N(158, "exact", "searches", "quarter", "2024 Q2       158", KCSD, MOT),
        N(173, "exact", "searches", "quarter", "2024 Q3       173", KCSD, MOT),
        N(166, "exact", "searches", "quarter", "2024 Q4       166", KCSD, MOT),
        N(439, "exact", "matches", None, "Total         734         439              102               20",
          KCSD, MOT),
        N(102, "exact", "leads", None, "Total         734         439              102               20",
          KCSD, MOT),
        N(20, "exact", "arrests", None, "Total         734         439              102               20",
          KCSD, MOT),
    ],
    [
        P("Searches are limited to felonies, missing persons and unknown dead.", KCSD),
        P("A FaceSearch candidate may never be the sole basis for an arrest.", KCSD),
        P("Every search must be approved by a Detective Bureau sergeant.", KCSD),
        P("Detectives must finish the IAI course before they get an account.", KCSD),
    ],
    [],
    ["2023-08-01", "2025-07-31", "2024-07-01", "2024-12-31", "2023-08-14", "2024-05", "2025-03", "2023-10",
     "2024-12", "2023-03-01", "2025-01-14", "2024-05-06"],
    scan="pdf")


def layout_problems():
    bad = []
    for d in DOCS:
        for i, page in enumerate(d["text"].split("\f"), 1):
            lines = page.rstrip("\n").split("\n")
            if len(lines) >= 45:
                bad.append(f"{d['file']} p{i}: {len(lines)} lines")
            for ln in lines:
                if len(ln) >= 76:
                    bad.append(f"{d['file']} p{i}: {len(ln)} chars: {ln!r}")
    return bad


def main():
    bad = layout_problems()
    for b in bad:
        print("LAYOUT", b)
    if bad:
        return 1
    docs = HERE / "docs"
    docs.mkdir(exist_ok=True)
    for d in DOCS:
        (docs / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(DOCS)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
