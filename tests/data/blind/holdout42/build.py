"""Writes docs/*.txt and labels.json for holdout42 (six invented releases: CO, IN, KY, NE, OR, VA).
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


def P(quote, agency):
    return {"quote": quote, "agency": agency}


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


# ---------------------------------------------------------------- 1 Colorado: Larimer County SO
LC = "Larimer County Sheriff's Office"
DWP = "DataWorks Plus"
doc("01_larimer-county-so-frs-accountability-report.txt", [
    (None, """\
LARIMER COUNTY SHERIFF'S OFFICE
Criminal Investigations Division
2460 Ridgeline Court, Fort Collins, Colorado 80524  |  (970) 555-0148

FACIAL RECOGNITION SERVICE
ANNUAL ACCOUNTABILITY REPORT - CALENDAR YEAR 2023
Submitted under C.R.S. 24-18-302 and posted under C.R.S. 24-18-305

Report No.: LCSO-FRS-2024-03              Date posted: March 18, 2024
Reporting period: January 1, 2023 through December 31, 2023
Prepared by: Sgt. Willa Castellanos, FRS Program Coordinator

1. Service and vendor
The Sheriff's Office uses FACE Plus, a facial recognition search
application supplied and hosted by DataWorks Plus, LLC (Greenville,
South Carolina). The matching algorithm in the current release is the
ROC SDK, which DataWorks Plus licenses from Rank One Computing. The
Office does not use Clearview AI or any other service that searches
images collected from the public internet.

2. Data inputs
At the close of the period the searchable gallery held 287,340 booking
photographs of about 164,000 individuals booked into the Larimer County
Jail since 2001. Driver license photographs held by the Colorado
Division of Motor Vehicles are not in the gallery and cannot be
searched from FACE Plus.

3. Cost of the service
The Office bought FACE Plus in 2021 (purchase order 21-004718) for a
one-time price of $46,200, which covered the licence, installation and
migration of the legacy mugshot archive. Maintenance and hosting are
billed by DataWorks Plus at $9,850 per year. The renewal invoice for
2024 came to $10,145.50 after the contract's 3% annual escalator. The
booking-room camera and capture kiosk ($12,900) were bought from the
jail capital budget for booking, not for the facial recognition
service.""", "LCSO-FRS p. 1 of 3"),
    (None, """\
4. Use of the service in 2023
Nine members of the Criminal Investigations Division hold FACE Plus
examiner accounts. No other member of the Office can run a search.

Table 1. FACE Plus searches and results by quarter, 2023

Quarter   Searches   Candidate lists   Leads sent to   Arrests
            run      with a possible    case agent
                          match
-------   --------   ---------------   -------------   -------
Q1              61                38              14         3
Q2              74                45              19         5
Q3              58                31              11         2
Q4              69                40              16         4
-------   --------   ---------------   -------------   -------
Total          262               154              60        14

Of the searches in Table 1, 23 were run at the request of other
agencies, chiefly the Loveland Police Department and the Estes Park
Police Department. Those agencies do not pay for the service. A lead
was produced in 22.9% of all searches. No search in 2023 used live or
recorded video, and none used images from body-worn cameras.

5. Testing and accuracy
DataWorks Plus reports that the ROC SDK release in use was tested in
the NIST Face Recognition Technology Evaluation (FRTE) 1:N track in
2022. The Office did not run its own accuracy test during the period.""", "LCSO-FRS p. 2 of 3"),
    (None, """\
6. Use and data management policy
The following provisions of Office Policy 418, Facial Recognition
(revised November 2022), were in force throughout the period.

418.3  Only members who have completed the 16-hour FACE Plus examiner
       course and the Office's annual bias and accuracy training may
       run a search.
418.4  A search may be run only in connection with an open criminal
       case that has a case number, or to identify a deceased or
       incapacitated person.
418.5  A possible match returned by FACE Plus shall not by itself
       establish probable cause; the case agent must corroborate the
       identification by independent means before seeking an arrest.
418.6  Members shall not use the service to identify a person because
       of his or her participation in a lawful protest or other
       activity protected by the First Amendment.
418.7  Before a result is released as a lead, a second trained
       examiner must review the probe image and the candidate.
418.9  Search logs are retained for five years and audited each
       quarter by the Professional Standards Unit.

In addition, the Office may not use the service for ongoing
surveillance, real-time identification or persistent tracking of a
person unless it first obtains a warrant, as C.R.S. 24-18-307 requires.

7. Proposed change
The Office has proposed, but has not adopted, a rule that would
require a lieutenant's written approval before any search in a
misdemeanor case. Public comment will be taken at a meeting on
May 7, 2024.

Questions about this report: Sgt. Willa Castellanos, (970) 555-0191.""", "LCSO-FRS p. 3 of 3"),
], "pdf", LC,
    [LC, "Loveland Police Department", "Estes Park Police Department", "Colorado Division of Motor Vehicles",
     "National Institute of Standards and Technology"],
    [DWP, "Rank One Computing", "Clearview AI"],
    ["FACE Plus", "ROC SDK"],
    [C(46200, 46200, "one-time", "one-time price of $46,200", LC, DWP, "FACE Plus"),
     C(9850, 9850, "year", "billed by DataWorks Plus at $9,850 per year", LC, DWP, "FACE Plus"),
     C(10145.5, 10145.5, "year", "The renewal invoice for 2024 came to $10,145.50", LC, DWP, "FACE Plus")],
    [N(287340, "exact", "images", None, "the searchable gallery held 287,340 booking photographs", LC, DWP),
     N(164000, "approximately", "images", None, "about 164,000 individuals", LC, DWP),
     N(9, "exact", "users", None, "Nine members of the Criminal Investigations Division hold FACE Plus examiner accounts",
       LC, DWP),
     N(61, "exact", "searches", "quarter", "Q1              61", LC, DWP),
     N(74, "exact", "searches", "quarter", "Q2              74", LC, DWP),
     N(58, "exact", "searches", "quarter", "Q3              58", LC, DWP),
     N(69, "exact", "searches", "quarter", "Q4              69", LC, DWP),
     N(262, "exact", "searches", "year", "Total          262", LC, DWP),
     N(154, "exact", "matches", "year", "Total          262               154", LC, DWP),
     N(60, "exact", "leads", "year", "Total          262               154              60", LC, DWP),
     N(14, "exact", "arrests", "year", "Total          262               154              60        14", LC, DWP),
     N(23, "exact", "requests", None, "23 were run at the request of other agencies", LC, DWP)],
    [P("Only members who have completed the 16-hour FACE Plus examiner course and the Office's annual bias and "
       "accuracy training may run a search.", LC),
     P("A search may be run only in connection with an open criminal case that has a case number, or to identify "
       "a deceased or incapacitated person.", LC),
     P("A possible match returned by FACE Plus shall not by itself establish probable cause; the case agent must "
       "corroborate the identification by independent means before seeking an arrest.", LC),
     P("Members shall not use the service to identify a person because of his or her participation in a lawful "
       "protest or other activity protected by the First Amendment.", LC),
     P("Before a result is released as a lead, a second trained examiner must review the probe image and the "
       "candidate.", LC),
     P("Search logs are retained for five years and audited each quarter by the Professional Standards Unit.", LC),
     P("the Office may not use the service for ongoing surveillance, real-time identification or persistent "
       "tracking of a person unless it first obtains a warrant, as C.R.S. 24-18-307 requires.", LC)],
    [],
    ["2024-03-18", "2023-01-01", "2023-12-31", "2023", "2001", "2021", "2024", "2022", "2022-11", "2024-05-07"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Indiana: Hammond PD
HPD = "Hammond Police Department"
CPST = "Calumet Public Safety Technologies"
doc("02_hammond-pd-clearview-po-invoice-teams.txt", [
    (None, """\
CITY OF HAMMOND, INDIANA
Department of Purchasing - 5906 Hohman Avenue, Room 210, Hammond, IN 46320
                                                        PURCHASE ORDER
PO Number:  24-00813                               PO Date: 02/06/2024
Vendor No.: V-30417                                Requisition: R-24-0291
Fund/Acct:  101-2210-435.80 (Police - Software)    Terms: Net 30

VENDOR                                   SHIP TO
Calumet Public Safety Technologies LLC   Hammond Police Department
1142 Kennedy Avenue, Suite 4             Investigations Division
Schererville, IN 46375                   6320 Calumet Avenue
Tel. (219) 555-0187                      Hammond, IN 46324
                                         Attn: Lt. Damian Kovach

Ln  Description                        Qty  Unit   Unit Price    Extended
--  ---------------------------------  ---  ----  -----------  ----------
1   Clearview Search - investigative    12  USER     1,495.00   17,940.00
    user licence, 12 months
    (03/01/2024 - 02/28/2025)
2   Clearview onboarding and training    1  EA       2,250.00    2,250.00
    (one-time, remote, up to 3 hrs)
3   Vigilant L5F fixed ALPR camera,      2  EA       9,350.00   18,700.00
    Motorola Solutions
4   Axon Body 4 camera with dock         6  EA         899.00    5,394.00
                                                               ----------
                                                   PO TOTAL     44,284.00

Approved by the Board of Public Works and Safety on 02/01/2024, item 14.
Lines 1-2 are charged to 101-2210-435.80; lines 3-4 to the Public
Safety LOIT fund, 285-2210-444.10.

Authorized: ________________________  Purchasing Agent  Date: 02/06/2024""", "HPD-APRA-0417 000003"),
    (None, """\
CALUMET PUBLIC SAFETY TECHNOLOGIES, LLC
1142 Kennedy Avenue, Suite 4, Schererville, IN 46375  (219) 555-0187
Authorized reseller: Clearview AI, Inc. | Motorola Solutions | Axon

INVOICE                                        Invoice No.: CPST-11962
Bill to: City of Hammond - Accounts Payable    Invoice Date: 03/04/2024
Customer PO: 24-00813                          Customer No.: HAM-0057
                                               Due Date: 04/03/2024

Ln  Item                                  Qty   Unit Price       Amount
--  ----------------------------------   ---  -----------  -----------
1   Clearview Search user licence,         12     1,495.00    17,940.00
    03/01/2024 - 02/28/2025
2   Clearview onboarding and training       1     2,250.00     2,250.00
3   Vigilant L5F fixed ALPR camera          2     9,350.00    18,700.00
4   Axon Body 4 camera with dock            0       899.00         0.00
    (backordered - billed on shipment)
                                           Subtotal            38,890.00
       Loyalty credit, Clearview renewal (one-time)              -500.00
       Indiana sales tax 7.0% - exempt (Cert. 0077412)              0.00
       Freight (ALPR cameras)                                      85.00
                                           TOTAL DUE           38,475.00

Note: Clearview pricing reflects the Indiana public-safety rate. The
list price for the same licence is $1,995 per user per year.

Remit to: Calumet Public Safety Technologies, account 4418-220917.
Questions: billing@calumetpst.example, (219) 555-0188.""", "HPD-APRA-0417 000004"),
    (None, """\
Microsoft Teams - chat export
Conversation: HPD Investigations - Clearview seats
Exported 03/11/2024 10:02 AM by Damian Kovach

[02/27/2024 08:51] Damian Kovach
Clearview seats go live Friday 3/1. We bought 12; Investigations gets
most of them, SVU and the crime analyst get the rest.

[02/27/2024 08:55] Priya Salcedo
Does the Lake County Sheriff's Department still pay for their own?
Their detectives keep asking us to run photos for them.

[02/27/2024 09:02] Damian Kovach
They have their own contract, about $9,000 a year I think. Don't run
anything for outside agencies on our seats - Special Order 24-03 says
Clearview is for HPD cases only.

[02/27/2024 09:04] Priya Salcedo
Got it. Case number in the search notes too?

[02/27/2024 09:06] Damian Kovach
Yes. Every search gets an HPD case number and the offense. Results
are leads only, never PC by themselves. Order is attached.

[02/27/2024 09:10] Marcus Fenwick
fyi the free trial account ran about 430 searches in 6 months last
year, so 12 seats should be plenty

[02/27/2024 09:12] Damian Kovach
Thanks all. Trial was free so nothing to reconcile with Purchasing.""", "HPD-APRA-0417 000005"),
], "pdf", HPD,
    ["City of Hammond", HPD, "Hammond Board of Public Works and Safety", "Lake County Sheriff's Department"],
    [CPST, "Clearview AI", "Motorola Solutions", "Vigilant Solutions", "Axon"],
    ["Clearview Search", "Vigilant L5F", "Axon Body 4"],
    [C(17940, 17940, "year", "1   Clearview Search - investigative    12  USER     1,495.00   17,940.00",
       HPD, CPST, "Clearview Search"),
     C(1495, 1495, "year", "1   Clearview Search - investigative    12  USER     1,495.00",
       HPD, CPST, "Clearview Search", unit="per user"),
     C(2250, 2250, "one-time", "2   Clearview onboarding and training    1  EA       2,250.00    2,250.00",
       HPD, CPST, "Clearview Search"),
     C(9000, 9000, "year", "about $9,000 a year", "Lake County Sheriff's Department", "Clearview AI")],
    [N(12, "exact", "licenses", None, "1   Clearview Search - investigative    12  USER", HPD, CPST),
     N(430, "approximately", "searches", None, "the free trial account ran about 430 searches", HPD, "Clearview AI")],
    [P("Special Order 24-03 says Clearview is for HPD cases only.", HPD),
     P("Every search gets an HPD case number and the offense.", HPD),
     P("Results are leads only, never PC by themselves.", HPD)],
    [],
    ["2024-02-06", "2024-03-01", "2025-02-28", "2024-02-01", "2024-03-04", "2024-04-03", "2024-03-11",
     "2024-02-27"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Kentucky: Paducah PD
PPD = "Paducah Police Department"
doc("03_paducah-pd-open-records-reply-letter.txt", [
    (None, """\
PADUCAH POLICE DEPARTMENT
Records Unit | 730 Kentucky Avenue, Paducah, Kentucky 42003
Tel. (270) 555-0134 | Fax (270) 555-0139

June 12, 2024

Ms. Dana Whitcomb
Bluegrass Public Records Project
P.O. Box 2271
Frankfort, KY 40602

Re: Open Records Request No. ORR-2024-117 (received May 29, 2024)

Dear Ms. Whitcomb:

This letter responds to your request under the Kentucky Open Records
Act, KRS 61.870 to 61.884, for records about the Department's use of
facial recognition technology. For convenience I have summarized the
responsive records below; copies are enclosed.

1. Contracts and payments. The Department subscribes to Clearview AI
   directly with the vendor. We paid $6,800 for the first year of
   service (July 1, 2022 to June 30, 2023) and $7,450 for the current
   year, which ends June 30, 2024. No other facial recognition product
   has been purchased. In 2021 the Department used a free 60-day
   trial of Vigilant FaceSearch and chose not to buy it.

2. Users. Seven sworn members currently hold Clearview accounts.
   Accounts are issued only to detectives assigned to the Criminal
   Investigations Section.

3. Searches. The Clearview administrator console reports 1,146
   searches by Department users from July 1, 2022 through May 31,
   2024. A quarterly breakdown exported from the console is enclosed
   as Attachment B.""", "ORR-2024-117 - Page 1 of 3"),
    (None, """\
4. Results. The Department does not track arrests that follow a
   Clearview search, and no record responsive to that part of your
   request exists. Detectives' case notes show 38 searches that
   returned a possible match, and 11 cases in which the person was
   later identified through other evidence.

5. Other agencies. In 2023 the Department asked the Kentucky State
   Police to run 4 photographs through the state's face recognition
   system. KSP does not charge the Department for that service.

6. Policy. General Order 41.7, Facial Recognition Technology, took
   effect October 3, 2022 (enclosed). Under the order, searches may
   be run only in connection with an open criminal investigation or
   to identify a missing or deceased person. A possible match may not
   be used as the sole basis for an arrest or for a search warrant
   affidavit. The order does not address sharing results with other
   agencies, and the Department has no separate policy on that point.

7. Withheld. Probe images and the names of persons searched are
   withheld under KRS 61.878(1)(a) and 61.878(1)(h): their release
   would be an unwarranted invasion of personal privacy and could
   harm open investigations.

Copies: 23 pages at $0.10 per page ($2.30). The fee has been waived.
If you believe this response violates the Act, you may ask the
Attorney General to review it under KRS 61.880(2).

Sincerely,

Hollis Amberly
Official Custodian of Records
Paducah Police Department

Enclosures (4)""", "ORR-2024-117 - Page 2 of 3"),
    (None, """\
ATTACHMENT B
Export: clearview_org_usage_PPD.xlsx | Sheet1 | exported 06/04/2024

     |     A      |     B      |          C
-----+------------+------------+---------------------
   1 | Quarter    | Searches   | Pct with case number
   2 | 2022 Q3    |         97 |  88.7%
   3 | 2022 Q4    |        141 |  91.5%
   4 | 2023 Q1    |        156 |  94.2%
   5 | 2023 Q2    |        132 |  97.0%
   6 | 2023 Q3    |        118 |  98.3%
   7 | 2023 Q4    |        149 |  96.6%
   8 | 2024 Q1    |        171 |  99.4%
   9 | 2024 Q2 *  |        182 | 100.0%
  10 | Total      |       1146 |
  11 | * partial quarter, April 1 - May 31, 2024""", "ORR-2024-117 - Page 3 of 3"),
], "pdf", PPD,
    [PPD, "Kentucky State Police", "Kentucky Office of the Attorney General"],
    ["Clearview AI", "Vigilant Solutions"],
    ["Vigilant FaceSearch"],
    [C(6800, 6800, "year", "We paid $6,800 for the first year of service", PPD, "Clearview AI"),
     C(7450, 7450, "year", "$7,450 for the current year", PPD, "Clearview AI")],
    [N(7, "exact", "users", None, "Seven sworn members currently hold Clearview accounts.", PPD, "Clearview AI"),
     N(1146, "exact", "searches", None, "The Clearview administrator console reports 1,146 searches", PPD,
       "Clearview AI"),
     N(38, "exact", "matches", None, "38 searches that returned a possible match", PPD, "Clearview AI"),
     N(11, "exact", "identifications", None, "11 cases in which the person was later identified", PPD,
       "Clearview AI"),
     N(4, "exact", "requests", None, "asked the Kentucky State Police to run 4 photographs", PPD, None),
     N(97, "exact", "searches", "quarter", "2 | 2022 Q3    |         97", PPD, "Clearview AI"),
     N(141, "exact", "searches", "quarter", "3 | 2022 Q4    |        141", PPD, "Clearview AI"),
     N(156, "exact", "searches", "quarter", "4 | 2023 Q1    |        156", PPD, "Clearview AI"),
     N(132, "exact", "searches", "quarter", "5 | 2023 Q2    |        132", PPD, "Clearview AI"),
     N(118, "exact", "searches", "quarter", "6 | 2023 Q3    |        118", PPD, "Clearview AI"),
     N(149, "exact", "searches", "quarter", "7 | 2023 Q4    |        149", PPD, "Clearview AI"),
     N(171, "exact", "searches", "quarter", "8 | 2024 Q1    |        171", PPD, "Clearview AI"),
     N(182, "exact", "searches", "quarter", "9 | 2024 Q2 *  |        182", PPD, "Clearview AI")],
    [P("Accounts are issued only to detectives assigned to the Criminal Investigations Section.", PPD),
     P("Under the order, searches may be run only in connection with an open criminal investigation or to "
       "identify a missing or deceased person.", PPD),
     P("A possible match may not be used as the sole basis for an arrest or for a search warrant affidavit.", PPD)],
    [],
    ["2024-06-12", "2024-05-29", "2022-07-01", "2023-06-30", "2024-06-30", "2021", "2024-05-31", "2023",
     "2022-10-03", "2024-06-04", "2024-04-01"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Nebraska: Kearney PD
KPD = "Kearney Police Department"
doc("04_kearney-pd-jag-progress-report-veritone.txt", [
    (None, """\
NEBRASKA COMMISSION ON LAW ENFORCEMENT AND CRIMINAL JUSTICE
(Nebraska Crime Commission)
SUBGRANT PROGRESS REPORT - SEMI-ANNUAL

Program:          Edward Byrne Memorial Justice Assistance Grant
                  (JAG), Assistance Listing 16.738
Subgrant No.:     22-JG-4471
Report period:    07/01/2023 - 12/31/2023 (Report 2 of 4)
Subgrantee:       City of Kearney - Kearney Police Department
Project title:    Regional Booking Photo Face Search Pilot
Project director: Capt. Lorena Ashby, (308) 555-0162

SECTION A - FINANCIAL STATUS

Federal award:                   $41,600.00
Required local match (20%):      $10,400.00
Total approved project budget:   $52,000.00

Budget line                          Approved    Spent to     Balance
                                                12/31/2023
----------------------------------  ----------  ----------  ----------
Veritone IDentify subscription,      31,500.00   31,500.00        0.00
  year 1 (02/2023 - 01/2024)
Implementation, data migration        8,200.00    8,200.00        0.00
  and onsite training (Veritone)
Veritone IDentify subscription,      12,300.00        0.00   12,300.00
  year 2 (02/2024 - 01/2025)
----------------------------------  ----------  ----------  ----------
Total                                52,000.00   39,700.00   12,300.00

Note: Booking-station cameras ($6,450) and a second detective
workstation were bought with City general funds and are not charged
to this subgrant.""", "KPD-JAG 0021"),
    (None, """\
SECTION B - PERFORMANCE MEASURES (this reporting period)

Measure                                                    Value
--------------------------------------------------------  ------
B1  Booking images in searchable gallery at 12/31/2023    96,418
B2  Individuals represented in gallery (approx.)           41,000
B3  Sworn users trained and holding accounts                   14
B4  Face searches conducted                                   317
B5    of which requested by partner agencies                   52
B6  Candidate matches reviewed by examiners                    88
B7  Investigative leads referred to case officers              29
B8  Arrests in which a face search was one factor               6

SECTION C - NARRATIVE

Progress. Migration of booking photographs from the Buffalo County
Jail was finished in August 2023, which brought the gallery to the
size shown at B1. Partner agencies (the Buffalo County Sheriff's
Office and the Hall County Sheriff's Office) send probe photographs
by secure email; Kearney examiners run the searches and return any
lead to the requesting officer.

Policy status. KPD Directive 2023-09, issued March 14, 2023, governs
the pilot. It requires that every search be linked to a KPD or
partner agency case number. It also requires two trained examiners
to review each candidate before a lead is released. The directive
forbids searches of photographs taken at lawful demonstrations. A
draft directive that would also bar probe images taken from social
media is with the City Attorney and has not been adopted.""",
     "KPD-JAG 0022"),
    (None, """\
Challenges. Veritone has told the Department that the year-2 price
may rise by up to 6%. Any increase will be paid from City funds, not
from the subgrant. Examiners reassigned in November will be replaced;
their replacements will complete the 24-hour Veritone course in the
next reporting period.

Sustainability. After the subgrant ends on January 31, 2025, the City
intends to budget roughly $13,000 a year to keep the subscription.

Certification: I certify that this report is true and correct.

Capt. Lorena Ashby, Project Director             Date: 01/22/2024
Reviewed by NCC grants staff: J. Oyelaran        Date: 02/05/2024""",
     "KPD-JAG 0023"),
], "pdf", KPD,
    ["Nebraska Crime Commission", "City of Kearney", KPD, "Buffalo County Sheriff's Office",
     "Hall County Sheriff's Office"],
    ["Veritone"],
    ["Veritone IDentify"],
    [C(41600, 41600, "one-time", "Federal award:                   $41,600.00", KPD, None),
     C(10400, 10400, None, "Required local match (20%):      $10,400.00", KPD, None),
     C(52000, 52000, None, "Total approved project budget:   $52,000.00", KPD, None),
     C(31500, 31500, "year", "Veritone IDentify subscription,      31,500.00", KPD, "Veritone", "Veritone IDentify"),
     C(8200, 8200, None, "Implementation, data migration        8,200.00", KPD, "Veritone", "Veritone IDentify"),
     C(12300, 12300, "year", "Veritone IDentify subscription,      12,300.00", KPD, "Veritone", "Veritone IDentify"),
     C(39700, 39700, None, "Total                                52,000.00   39,700.00", KPD, None),
     C(13000, 13000, "year", "intends to budget roughly $13,000 a year to keep the subscription", KPD, "Veritone",
       "Veritone IDentify")],
    [N(96418, "exact", "images", None, "Booking images in searchable gallery at 12/31/2023    96,418", KPD, "Veritone"),
     N(41000, "approximately", "images", None, "Individuals represented in gallery (approx.)           41,000",
       KPD, "Veritone"),
     N(14, "exact", "users", None, "Sworn users trained and holding accounts                   14", KPD, "Veritone"),
     N(317, "exact", "searches", None, "Face searches conducted                                   317", KPD, "Veritone"),
     N(52, "exact", "requests", None, "of which requested by partner agencies                   52", KPD, "Veritone"),
     N(88, "exact", "matches", None, "Candidate matches reviewed by examiners                    88", KPD, "Veritone"),
     N(29, "exact", "leads", None, "Investigative leads referred to case officers              29", KPD, "Veritone"),
     N(6, "exact", "arrests", None, "Arrests in which a face search was one factor               6", KPD, "Veritone")],
    [P("It requires that every search be linked to a KPD or partner agency case number.", KPD),
     P("It also requires two trained examiners to review each candidate before a lead is released.", KPD),
     P("The directive forbids searches of photographs taken at lawful demonstrations.", KPD)],
    [],
    ["2023-07-01", "2023-12-31", "2023-02", "2024-01", "2024-02", "2025-01", "2023-08", "2023-03-14",
     "2025-01-31", "2024-01-22", "2024-02-05"])


# ---------------------------------------------------------------- 5 Oregon: Oregon State Police
OSP = "Oregon State Police"
NEC = "NEC"
doc("05_oregon-state-police-fr-rfp-evaluation-memo.txt", [
    (None, """\
OREGON STATE POLICE
Office of Procurement and Contracts
1180 Mission Street SE, Salem, Oregon 97302 | (503) 555-0126

MEMORANDUM - EVALUATION SUMMARY AND NOTICE OF INTENT TO AWARD

To:      Major Evan Holloway, Criminal Investigation Division
From:    Teresa Lindqvist, Procurement Specialist
Date:    September 19, 2023
Re:      RFP No. OSP-2291-23, Facial Image Comparison Software
         for Investigative Use

1. Background
The Department's current image comparison tool reaches end of support
on December 31, 2023. RFP OSP-2291-23 was posted on OregonBuys on
July 10, 2023 and closed on August 30, 2023. Four proposals were
received.

2. Evaluation
A four-member committee scored the responsive proposals out of 1,000
points (technical 600, price 250, references 150).

Proposer / solution                         5-year price     Score
------------------------------------------  ------------   -------
NEC Corporation of America                   $388,500.00       912
  NeoFace Reveal 6.1 (hosted)
IDEMIA Identity & Security USA               $451,200.00       874
  Morpho Face Investigate
DataWorks Plus, LLC                          $297,800.00       861
  FACE Plus
------------------------------------------  ------------   -------

Clearview AI, Inc. also proposed ($214,000 for five years) but was
found non-responsive to RFP Section 3.2 (gallery sources) and was not
scored.""", "OSP-PC 0117"),
    (None, """\
3. Recommendation
The committee recommends award to NEC Corporation of America. NEC's
price consists of a one-time implementation fee of $96,500, which
includes the first year of service, and an annual subscription and
support fee of $73,000 for years two through five. The contract will
be written with a not-to-exceed amount of $427,350, which adds a 10%
contingency for additional gallery connectors.

4. Scope
The award covers 25 concurrent user licences for analysts at the
Oregon TITAN Fusion Center and detectives in the Criminal
Investigation Division. At go-live in January 2024 the gallery will
hold approximately 1.9 million booking photographs contributed by
Oregon agencies through LEDS. The solution can scale to 10 million
images. No driver license photographs from Oregon DMV will be added.

For comparison, the Lane County Sheriff's Office reported paying
about $18,000 a year for a smaller NEC subscription (5 users).

5. Conditions of use
ORS 133.741 prohibits the use of facial recognition technology to
analyze recordings obtained through a body-worn camera, so the
system will have no connection to body-worn camera storage. Under
OSP Policy 1104.2 (adopted March 2021), a possible match is an
investigative lead only and must be reviewed by a second trained
analyst before it is shared. A draft directive that would require
command approval for searches requested by federal agencies is under
review and is not part of this award.

6. Protest period
Proposers have seven (7) calendar days from the date of this notice
to protest the intended award under OAR 137-047-0740.

Approved: ________________________  Maj. Evan Holloway  Date: 09/21/2023""",
     "OSP-PC 0118"),
], "pdf", OSP,
    [OSP, "Oregon TITAN Fusion Center", "Lane County Sheriff's Office", "Oregon Driver and Motor Vehicle Services"],
    [NEC, "Idemia", DWP, "Clearview AI"],
    ["NeoFace Reveal", "Morpho Face Investigate", "FACE Plus"],
    [C(388500, 388500, None, "NEC Corporation of America                   $388,500.00", OSP, NEC, "NeoFace Reveal"),
     C(96500, 96500, "one-time", "one-time implementation fee of $96,500", OSP, NEC, "NeoFace Reveal"),
     C(73000, 73000, "year", "annual subscription and support fee of $73,000", OSP, NEC, "NeoFace Reveal"),
     C(None, 427350, None, "not-to-exceed amount of $427,350", OSP, NEC, "NeoFace Reveal"),
     C(18000, 18000, "year", "about $18,000 a year for a smaller NEC subscription", "Lane County Sheriff's Office",
       NEC)],
    [N(25, "exact", "licenses", None, "25 concurrent user licences", OSP, NEC),
     N(1900000, "approximately", "images", None, "approximately 1.9 million booking photographs", OSP, NEC),
     N(5, "exact", "users", None, "smaller NEC subscription (5 users)", "Lane County Sheriff's Office", NEC)],
    [P("ORS 133.741 prohibits the use of facial recognition technology to analyze recordings obtained through "
       "a body-worn camera", OSP),
     P("Under OSP Policy 1104.2 (adopted March 2021), a possible match is an investigative lead only and must be "
       "reviewed by a second trained analyst before it is shared.", OSP)],
    [],
    ["2023-09-19", "2023-12-31", "2023-07-10", "2023-08-30", "2024-01", "2021-03", "2023-09-21"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Virginia: Chesterfield County PD
CCPD = "Chesterfield County Police Department"
CCSO = "Chesterfield County Sheriff's Office"
CV = "Clearview AI"
SUBJ = "Clearview AI renewal - CCPD account CV-0388"
doc("06_chesterfield-county-pd-clearview-renewal-outlook.txt", [
    ("Baptiste, Renee (Purchasing)", """\
From:       Whitfield, Corey (Police)
Sent:       Tuesday, April 16, 2024 9:42 AM
To:         Baptiste, Renee (Purchasing)
Cc:         Oduya, Martin (Police)
Subject:    FW: Clearview AI renewal - CCPD account CV-0388

Renee,

Please process the renewal below at ten seats instead of fifteen,
one year only. Per Clearview that comes to $13,500 for the year.
Funding is the Criminal Investigations software line (cost center
31120). The Flock LPR camera renewal ($52,500) is a separate request,
please don't combine them.

Corey

Lt. Corey Whitfield | Criminal Investigations Section
Chesterfield County Police Department | 804-555-0173

-----Original Message-----
From: Oduya, Martin (Police)
Sent: Monday, April 15, 2024 4:18 PM
To: Whitfield, Corey (Police)
Subject: RE: Clearview AI renewal - CCPD account CV-0388

Corey - I pulled the admin report. Over the last 12 months only 9 of
our 15 seats ran a search at all, and the whole unit ran 2,114
searches. Last year we paid $18,000 for the 15 seats. Dropping to 10
seats seems right to me.

My proposal for who keeps a seat: only detectives who ran at least
25 searches last year. Happy to discuss.

Also remember General Order 3-19: a Clearview result is a lead only
and can't be the sole basis for probable cause in an affidavit.

Martin""", "CCPD FOIA 24-0612          000041"),
    ("Baptiste, Renee (Purchasing)", """\
> From: Whitfield, Corey (Police)
> Sent: Monday, April 15, 2024 1:05 PM
> To: Oduya, Martin (Police)
> Subject: Clearview AI renewal - CCPD account CV-0388
>
> Renewal letter came in Friday (forwarding). They want $1,350 a seat
> again. Can we justify 15? The Sheriff's Office is on its own account
> and pays $7,500 a year for five seats, so that's not our problem.
> Under Va. Code sec. 15.2-1723.2 we may only use a facial recognition
> product that has been evaluated by NIST, and Clearview's evaluation
> is on file with Purchasing.

---------- Forwarded message ---------
From: Clearview AI Government Renewals <renewals@clearview.ai>
Date: Fri, Apr 12, 2024 at 11:20 AM
Subject: Your Clearview AI subscription renewal - Chesterfield County PD
To: Corey Whitfield <whitfieldc@chesterfield.gov>

Dear Lieutenant Whitfield,

Thank you for partnering with Clearview AI. Your agency's subscription
(15 users, account CV-0388) expires on May 31, 2024.

    Renewal term:      June 1, 2024 - May 31, 2025
    Seats:             15
    Price per seat:    $1,350.00 per year
    Renewal total:     $20,250.00

Clearview AI's database now holds more than 50 billion publicly
available facial images, and renewals include unlimited searches,
Clearview Mobile and our training academy at no extra charge.

To renew, please return the signed order form or a purchase order by
May 15, 2024. Prices are valid for 30 days and exclude any taxes.

Best regards,
Jenna Marchetti, Public Sector Account Executive, Clearview AI

This email and any attachments are confidential and intended solely
for the addressee. Pricing is Clearview AI confidential information.""", "CCPD FOIA 24-0612          000042"),
], "print", CCPD,
    [CCPD, CCSO, "National Institute of Standards and Technology"],
    [CV, "Flock Safety"],
    ["Clearview Mobile"],
    [C(13500, 13500, "year", "Per Clearview that comes to $13,500 for the year", CCPD, CV),
     C(18000, 18000, "year", "Last year we paid $18,000 for the 15 seats", CCPD, CV),
     C(1350, 1350, "year", "Price per seat:    $1,350.00 per year", CCPD, CV, unit="per user"),
     C(20250, 20250, "year", "Renewal total:     $20,250.00", CCPD, CV),
     C(7500, 7500, "year", "pays $7,500 a year for five seats", CCSO, CV)],
    [N(10, "exact", "licenses", None, "at ten seats instead of fifteen", CCPD, CV),
     N(15, "exact", "licenses", None, "only 9 of our 15 seats ran a search at all", CCPD, CV),
     N(9, "exact", "users", "year", "only 9 of our 15 seats ran a search at all", CCPD, CV),
     N(2114, "exact", "searches", "year", "the whole unit ran 2,114 searches", CCPD, CV),
     N(5, "exact", "licenses", None, "pays $7,500 a year for five seats", CCSO, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion publicly available facial images", None, CV)],
    [P("a Clearview result is a lead only and can't be the sole basis for probable cause in an affidavit.", CCPD),
     P("Under Va. Code sec. 15.2-1723.2 we may only use a facial recognition product that has been evaluated "
       "by NIST", CCPD)],
    [E("Whitfield, Corey (Police)", "Baptiste, Renee (Purchasing)", "Tuesday, April 16, 2024 9:42 AM",
       "FW: " + SUBJ),
     E("Oduya, Martin (Police)", "Whitfield, Corey (Police)", "Monday, April 15, 2024 4:18 PM", "RE: " + SUBJ),
     E("Whitfield, Corey (Police)", "Oduya, Martin (Police)", "Monday, April 15, 2024 1:05 PM", SUBJ),
     E("Clearview AI Government Renewals", "Corey Whitfield", "Fri, Apr 12, 2024 at 11:20 AM",
       "Your Clearview AI subscription renewal - Chesterfield County PD")],
    ["2024-04-16", "2024-04-15", "2024-04-12", "2024-05-31", "2024-06-01", "2025-05-31", "2024-05-15"],
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
