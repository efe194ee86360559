"""Writes docs/*.txt and labels.json for holdout45 (six invented releases: AL, CO, IA, KY, OK, WA).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on every
policy (requirement, prohibition, permission, purpose, consequence, disclaimer)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75   # the born-digital helper wraps at about 80 characters
MAX_LINES = 44  # per page, header and footer included
KINDS = {"requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"}


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
    assert m, ("quote not found", quote)
    return m.group(0)


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
            assert len(line) <= MAX_COLS, (file, len(line), line)
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


# ---------------------------------------------------------------- 1 Alabama: Hoover PD
HPD = "Hoover Police Department"
CV = "Clearview AI"
JCSO = "Jefferson County Sheriff's Office"
HOOVER_MONTHS = [("Jan", 31), ("Feb", 27), ("Mar", 35), ("Apr", 22), ("May", 40), ("Jun", 38),
                 ("Jul", 29), ("Aug", 44), ("Sep", 36), ("Oct", 41), ("Nov", 30), ("Dec", 25)]
doc("01_hoover-pd-fr-annual-audit-2024.txt", [
    (None, """\
HOOVER POLICE DEPARTMENT
Office of Professional Standards - Audit and Inspections Unit
100 Municipal Lane, Hoover, Alabama 35216  -  (205) 555-0162

INTERNAL AUDIT REPORT No. OPS-AUD-2025-02
FACIAL RECOGNITION SEARCH ACTIVITY - CALENDAR YEAR 2024

To:      Chief of Police
From:    Lt. Renata Oakes, Audit and Inspections Unit
Date:    February 21, 2025
Copy:    Capt. Glenn Pruett, Criminal Investigations Division (CID)

1. SCOPE AND METHOD
This audit covers every search run on the Department's Clearview AI
account from January 1 through December 31, 2024. The auditor
reviewed the administrator console's search history, the account
roster, the renewal paperwork, and a random sample of 60 search
records drawn from the year's history. Searches that other agencies
ran for the Department on their own systems are outside the scope.

2. LICENSES AND COST
The Department renewed its Clearview AI subscription on April 1,
2024 for a twelve-month term at $11,250, which buys nine
investigator licenses at $1,250 each. The 2023-24 term cost $9,600
for eight licenses. Both renewals were paid from the CID software
line (101-3120-52410). The Cellebrite UFED licence ($14,900), paid
from the same line, is a mobile-forensics tool and is not part of
this audit.

Clearview describes its service as a search of more than 40 billion
facial images collected from public websites. The Department does
not add its own booking photographs to the Clearview database.""", "OPS-AUD-2025-02  |  Page 1 of 3"),
    (None, """\
3. SEARCH ACTIVITY
Table 1 is compiled from the console's search history. A search is
one probe image submitted; re-running a probe with a different crop
counts as a new search.

Table 1. Clearview AI searches by month, 2024

Month          Searches   Possible match    Lead sent to
                             returned        case agent
-----------    --------   --------------    ------------
Jan 2024             31               19               8
Feb 2024             27               15               6
Mar 2024             35               22              10
Apr 2024             22               12               5
May 2024             40               26              11
Jun 2024             38               21               9
Jul 2024             29               17               7
Aug 2024             44               28              12
Sep 2024             36               20               9
Oct 2024             41               25              10
Nov 2024             30               18               8
Dec 2024             25               14               6
-----------    --------   --------------    ------------
Total               398              237             101

The account was suspended from March 29 to April 8 while the
renewal was processed, which explains the low April figure.

4. ACCOUNTS
On December 31, 2024 the roster showed eight active user accounts
against the nine licenses purchased; the ninth license has been
unassigned since a detective retired in October. His account was
disabled the day after he retired.

The Jefferson County Sheriff's Office, which shares a task-force
analyst with the Department, reports about 1,100 searches a year on
its own facial recognition system. Those searches are not included
in Table 1.""", "OPS-AUD-2025-02  |  Page 2 of 3"),
    (None, """\
5. FINDINGS FROM THE SAMPLE
Of the 60 sampled records, 57 (95%) carried a case number and an
offense code. Three did not; all three were run by one detective in
June and were corrected after the audit. No sampled search used an
image from a body-worn camera or a live video feed.

6. POLICY
Department Policy 612, Facial Recognition Technology (effective
September 1, 2022), governs use of the account. Its key provisions:

612.2  Purpose. The system is used to help identify suspects,
       victims and witnesses in criminal investigations and to
       identify deceased or incapacitated persons.
612.4  Each search must be entered with a case number and an
       offense code.
612.5  Members shall not run a search to identify a person because
       of his or her lawful political, religious or protest
       activity, or for immigration enforcement.
612.6  A possible match is an investigative lead only and is not
       probable cause; it may not be the sole basis for an arrest,
       consistent with Act 2022-420.
612.7  The CID commander may authorize a search at the written
       request of another law enforcement agency.
612.9  Misuse of the system, including any search for a personal
       purpose, will result in loss of access and may lead to
       discipline up to and including termination.

Policy 612 does not require a supervisor's approval before a search,
and there is no provision restricting searches of images taken from
social media.

7. RECOMMENDATIONS
(a) Amend Policy 612 to require a sergeant's approval before each
    search. (Recommended by the auditor; not adopted.)
(b) Assign or release the unassigned license before the April 2025
    renewal.

Lt. Renata Oakes, Audit and Inspections Unit - (205) 555-0168""", "OPS-AUD-2025-02  |  Page 3 of 3"),
], "pdf", HPD,
    [HPD, JCSO],
    [CV, "Cellebrite"],
    ["Cellebrite UFED"],
    [C(11250, 11250, "year", "for a twelve-month term at $11,250", HPD, CV),
     C(1250, 1250, "year", "nine investigator licenses at $1,250 each", HPD, CV, unit="per user"),
     C(9600, 9600, "year", "The 2023-24 term cost $9,600", HPD, CV)],
    [N(9, "exact", "licenses", None, "which buys nine investigator licenses", HPD, CV),
     N(8, "exact", "licenses", None, "$9,600 for eight licenses", HPD, CV),
     N(40000000000, "more than", "images", None, "more than 40 billion facial images", None, CV)]
    + [N(n, "exact", "searches", "month", f"{m} 2024" + " " * (23 - len(str(n)) - 8) + str(n), HPD, CV)
       for m, n in HOOVER_MONTHS]
    + [N(398, "exact", "searches", "year", "Total               398", HPD, CV),
       N(237, "exact", "matches", "year", "Total               398              237", HPD, CV),
       N(101, "exact", "leads", "year", "Total               398              237             101", HPD, CV),
       N(8, "exact", "users", None, "the roster showed eight active user accounts", HPD, CV),
       N(1100, "approximately", "searches", "year", "about 1,100 searches a year", JCSO, None)],
    [P("The system is used to help identify suspects, victims and witnesses in criminal investigations and to "
       "identify deceased or incapacitated persons.", HPD, "purpose"),
     P("Each search must be entered with a case number and an offense code.", HPD, "requirement"),
     P("Members shall not run a search to identify a person because of his or her lawful political, religious or "
       "protest activity, or for immigration enforcement.", HPD, "prohibition"),
     P("A possible match is an investigative lead only and is not probable cause; it may not be the sole basis "
       "for an arrest, consistent with Act 2022-420.", HPD, "disclaimer"),
     P("The CID commander may authorize a search at the written request of another law enforcement agency.",
       HPD, "permission"),
     P("Misuse of the system, including any search for a personal purpose, will result in loss of access and may "
       "lead to discipline up to and including termination.", HPD, "consequence")],
    [],
    ["2025-02-21", "2024-01-01", "2024-12-31", "2024-04-01", "2023", "2024", "2022-09-01", "2025-04"]
    + [f"2024-{i:02d}" for i in range(1, 13)],
    scan="pdf")


# ---------------------------------------------------------------- 2 Colorado: Weld County SO
WCSO = "Weld County Sheriff's Office"
ROC = "Rank One Computing"
doc("02_weld-county-so-bocc-agenda-roc-fiscal-note.txt", [
    (None, """\
WELD COUNTY, COLORADO
BOARD OF COUNTY COMMISSIONERS - AGENDA ITEM SUMMARY

Meeting date:  Wednesday, September 10, 2025, 9:00 a.m.
Item no.:      BC25-0917 (Consent: No)
Department:    Sheriff's Office - Investigations Division
Presenter:     Commander Elise Tanaka
Title:         Accept Notice of Intent and approve Agreement for a
               Facial Recognition Service with Rank One Computing
               Corporation

REQUEST
The Sheriff's Office asks the Board (1) to accept its notice of intent
to use a facial recognition service, filed under C.R.S. 24-18-302, and
(2) to approve a three-year agreement with Rank One Computing
Corporation of Denver for ROC Watch, installed on County servers.

BACKGROUND
The Office has no facial recognition system of its own. Detectives
send probe photos to the Colorado Information Analysis Center, which
runs them and replies by email; in 2024 detectives sent 146 requests
to the Center, with an average turnaround of nine days.

ROC Watch would search a gallery of about 212,000 booking photographs
taken at the Weld County Jail since 2006. The agreement licenses up to
12 named users in the Investigations Division. The Office will use
ROC Watch with still images and recorded video only.

Alternatives. DataWorks Plus quoted $61,400 for a comparable
three-year term with a hosted gallery. Clearview AI was not
considered. Doing nothing leaves the nine-day turnaround in place.

Related item. The Flock Safety license plate reader expansion
($38,250) is a separate request (BC25-0918) and is not part of this
agreement.""", "BC25-0917  Page 1 of 3"),
    (None, """\
USE POLICY
Sheriff's Office Policy 465, Facial Recognition Service, was adopted
on July 14, 2025 and takes effect when the service goes live. In
summary:

  - The service may be used only to develop investigative leads in
    felony investigations and to identify deceased or incapacitated
    persons.
  - Every search must be approved by a sergeant or above and logged
    with a case number before it is run.
  - Members may not use the service on live video or to track a
    person's movements over time.
  - A candidate returned by the service is an investigative lead
    only and is not, on its own, probable cause.
  - An examiner who runs a search outside these limits loses access
    to the service and is referred to Internal Affairs.
  - An Office examiner may run a search for the Greeley Police
    Department or another agency that supplies a case number.

State law also requires the Office to post an accountability report
and hold at least three community meetings before the agreement
takes effect (C.R.S. 24-18-302 and 24-18-303). Meetings are set for
September 23, September 30 and October 7, 2025.

LEGAL REVIEW
The County Attorney's Office reviewed the agreement on August 28,
2025. Section 9 bars the vendor from retaining County images after
termination; price increases after 2027 are capped at 4% a year.

RECOMMENDATION
Staff recommends that the Board accept the notice of intent and
approve the agreement. Commissioner Ebbesen has asked for a one-year
option instead; staff can return with it on October 1, 2025 if the
Board prefers.""", "BC25-0917  Page 2 of 3"),
    (None, """\
FISCAL NOTE
Fund / org:   General Fund 1000 / Sheriff - Investigations 21300
Account:      6372 (Software subscriptions)
Budgeted:     Yes - 2025 supplemental request 2025-SO-04

                                2025       2026       2027       Total
Implementation and jail-      22,500          -          -      22,500
  system interface (one-time)
Examiner training              3,600          -          -       3,600
  (one-time)
Annual subscription, up to    27,800     27,800     27,800      83,400
  12 named users
                              ------     ------     ------     -------
Total                         53,900     27,800     27,800     109,500

Offset: Edward Byrne Memorial JAG award 24-JAG-WE-22 from the
Colorado Division of Criminal Justice, $40,000, applied to 2025
costs. Net County cost over the three years: $69,500.

Attachments:
  A. Agreement with Rank One Computing Corporation (14 pages)
  B. Notice of Intent and draft accountability report
  C. Sheriff's Office Policy 465

Contact: Commander Elise Tanaka, (970) 555-0142""", "BC25-0917  Page 3 of 3"),
], "pdf", WCSO,
    [WCSO, "Weld County Board of County Commissioners", "Colorado Information Analysis Center",
     "Greeley Police Department", "Weld County Attorney's Office", "Colorado Division of Criminal Justice"],
    [ROC, "DataWorks Plus", "Clearview AI", "Flock Safety"],
    ["ROC Watch"],
    [C(22500, 22500, "one-time", "Implementation and jail-      22,500", WCSO, ROC, "ROC Watch"),
     C(3600, 3600, "one-time", "Examiner training              3,600", WCSO, ROC, "ROC Watch"),
     C(27800, 27800, "year", "Annual subscription, up to    27,800", WCSO, ROC, "ROC Watch"),
     C(83400, 83400, None, "27,800     27,800     27,800      83,400", WCSO, ROC, "ROC Watch"),
     C(53900, 53900, None, "Total                         53,900", WCSO, ROC, "ROC Watch"),
     C(109500, 109500, None, "27,800     27,800     109,500", WCSO, ROC, "ROC Watch"),
     C(40000, 40000, "one-time", "Colorado Division of Criminal Justice, $40,000", WCSO, None),
     C(69500, 69500, None, "Net County cost over the three years: $69,500", WCSO, ROC, "ROC Watch")],
    [N(146, "exact", "requests", "year", "in 2024 detectives sent 146 requests", WCSO, None),
     N(212000, "approximately", "images", None, "a gallery of about 212,000 booking photographs", WCSO, ROC),
     N(12, "up to", "licenses", None, "licenses up to 12 named users", WCSO, ROC)],
    [P("The service may be used only to develop investigative leads in felony investigations and to identify "
       "deceased or incapacitated persons.", WCSO, "purpose"),
     P("Every search must be approved by a sergeant or above and logged with a case number before it is run.",
       WCSO, "requirement"),
     P("Members may not use the service on live video or to track a person's movements over time.", WCSO,
       "prohibition"),
     P("A candidate returned by the service is an investigative lead only and is not, on its own, probable "
       "cause.", WCSO, "disclaimer"),
     P("An examiner who runs a search outside these limits loses access to the service and is referred to "
       "Internal Affairs.", WCSO, "consequence"),
     P("An Office examiner may run a search for the Greeley Police Department or another agency that supplies "
       "a case number.", WCSO, "permission"),
     P("State law also requires the Office to post an accountability report and hold at least three community "
       "meetings before the agreement takes effect", WCSO, "requirement")],
    [],
    ["2025-09-10", "2024", "2006", "2025-07-14", "2025-09-23", "2025-09-30", "2025-10-07", "2025-08-28",
     "2027", "2025-10-01", "2025", "2026"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Iowa: Waterloo PD
WPD = "Waterloo Police Department"
CDW = "CDW Government"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("03_waterloo-pd-cognitec-quote-po-invoice.txt", [
    (None, """\
                           CDW GOVERNMENT LLC
            230 N. Milwaukee Avenue, Vernon Hills, IL 60061
             Public Sector Sales 866-555-0139 - cdwg.example

QUOTE NQKX417                                 Quote date: Oct 2, 2024
Prepared for: Waterloo Police Department      Valid through: Nov 1, 2024
Contact: Det. Sgt. Nolan Vickery              Account Mgr: Kayla Brink
Contract: NASPO ValuePoint MA 24-1107         Payment terms: Net 30

Ln Description                              Qty  Unit Price  Ext. Price
-- ---------------------------------------- --- ----------- -----------
1  Cognitec FaceVACS-DBScan LE server         1   38,500.00   38,500.00
   licence, perpetual (one-time); gallery
   capacity up to 500,000 images
   Mfr part COG-DBSLE-SRV
2  FaceVACS-DBScan LE client licence,         4    2,150.00    8,600.00
   perpetual, investigator workstation
   Mfr part COG-DBSLE-CL
3  Software maintenance and support,          1    9,420.00    9,420.00
   12 months (20% of licence list;
   renews annually)
4  Remote installation, configuration and     1    3,200.00    3,200.00
   two-day administrator training
5  Brother PT-D610BT label printer            2      129.99      259.98
   (property and evidence room)
                                                  Subtotal    59,979.98
                                                  Shipping        45.00
                                                  Sales tax        0.00
                                                  (7%, exempt)
                                                  QUOTE TOTAL 60,024.98

Cognitec Systems is the manufacturer of lines 1-3. Maintenance for
years 2 and 3 is offered at the same annual price if renewed before
the anniversary date. Pricing is for the customer named above only.""",
     "CDW-G Quote NQKX417 - page 1 of 1"),
    (None, """\
CITY OF WATERLOO, IOWA                    PURCHASE ORDER No. 25-000388
Finance Department - Purchasing Division
715 Mulberry Street, Waterloo, IA 50703 - (319) 555-0171

Order date: 10/21/2024      Requisition: RQ-25-01142   Buyer: T. Ashdown
Dept/org: Police - Investigations (1100-4210)   Deliver by: 11/15/2024
Vendor: CDW Government LLC (vendor 008812), per quote NQKX417

Item Account         Description                                 Amount
---- --------------  -------------------------------------  -----------
01   1100-4210-6432  Cognitec FaceVACS-DBScan LE server       38,500.00
                     licence, perpetual
02   1100-4210-6432  FaceVACS-DBScan LE client licences        8,600.00
                     (4 seats)
03   1100-4210-6435  Maintenance and support, year 1           9,420.00
04   1100-4210-6432  Remote installation and training          3,200.00
05   1100-4210-6210  Label printers (2), evidence room           259.98
06   1100-4210-6435  Maintenance, years 2 and 3 - blanket,         0.00
                     not to exceed $18,840.00; released on
                     renewal only
07                   Freight                                      45.00
                                                 ORDER TOTAL  60,024.98

JUSTIFICATION (from requisition)
Replaces manual photo comparison in the Investigations Division. The
gallery will be loaded with approximately 118,000 booking photos from
the Black Hawk County Jail under a data-sharing agreement with the
Black Hawk County Sheriff's Office. Only trained analysts in the
Criminal Intelligence Unit shall run searches. A candidate returned
by the software shall be treated as an investigative lead, not a
positive identification (WPD Policy 4.19). Price is from the NASPO
ValuePoint contract; sole-source approval not required. Approved by
the City Council on 10/14/2024, Resolution 2024-611.

SPECIAL CONDITIONS
Vendor and manufacturer shall not retain, access or use City image
data except as needed to provide support under this order.""",
     "PO 25-000388 - page 1 of 1"),
    (None, """\
CDW GOVERNMENT LLC                                              INVOICE
75 Remittance Drive, Suite 1515, Chicago, IL 60675-1515

Invoice no.: 7K30418          Invoice date: 11/08/2024    Terms: Net 30
Customer no.: 4471906         Customer PO: 25-000388
Bill to: City of Waterloo - Accounts Payable, 715 Mulberry Street,
         Waterloo, IA 50703
Ship to: Waterloo Police Department, Investigations Division

Ln Item                                     Ordered  Shipped     Amount
-- ---------------------------------------- -------  -------  ---------
1  FaceVACS-DBScan LE server licence              1        1  38,500.00
2  FaceVACS-DBScan LE client licence              4        4   8,600.00
3  Maintenance and support, 12 months             1        1   9,420.00
   (11/15/2024 - 11/14/2025)
4  Remote installation and training               1        1   3,200.00
5  Brother PT-D610BT label printer                2        0       0.00
   (backordered; billed when shipped)
                                                  Subtotal    59,720.00
                                                  Shipping        45.00
                                                  Tax (exempt)     0.00
                                                  AMOUNT DUE  59,765.00

Iowa sales/use tax exemption certificate on file: 31-A-22817.
Please reference invoice 7K30418 with payment.

RECEIVED  NOV 12 2024  WPD INVESTIGATIONS  - approved for payment
Det. Sgt. N. Vickery""", "CDW-G Invoice 7K30418 - page 1 of 1"),
], "pdf", WPD,
    [WPD, "City of Waterloo", "Black Hawk County Sheriff's Office", "Waterloo City Council"],
    [CDW, COG, "Brother"],
    [DBS, "Brother PT-D610BT"],
    [C(38500, 38500, "one-time", "1  Cognitec FaceVACS-DBScan LE server         1   38,500.00   38,500.00",
       WPD, CDW, DBS),
     C(8600, 8600, "one-time", "2  FaceVACS-DBScan LE client licence,         4    2,150.00    8,600.00",
       WPD, CDW, DBS),
     C(2150, 2150, "one-time", "2  FaceVACS-DBScan LE client licence,         4    2,150.00",
       WPD, CDW, DBS, unit="per user"),
     C(9420, 9420, "year", "3  Software maintenance and support,          1    9,420.00    9,420.00",
       WPD, CDW, DBS),
     C(3200, 3200, None, "4  Remote installation, configuration and     1    3,200.00    3,200.00",
       WPD, CDW, DBS),
     C(None, 18840, None, "not to exceed $18,840.00", WPD, CDW, DBS)],
    [N(4, "exact", "licenses", None, "2  FaceVACS-DBScan LE client licence,         4", WPD, CDW),
     N(118000, "approximately", "images", None, "approximately 118,000 booking photos", WPD, COG)],
    [P("Only trained analysts in the Criminal Intelligence Unit shall run searches.", WPD, "requirement"),
     P("A candidate returned by the software shall be treated as an investigative lead, not a positive "
       "identification (WPD Policy 4.19).", WPD, "disclaimer")],
    [],
    ["2024-10-02", "2024-11-01", "2024-10-21", "2024-11-15", "2024-10-14", "2024-11-08", "2025-11-14",
     "2024-11-12"],
    scan=None)


# ---------------------------------------------------------------- 4 Kentucky: Covington PD
CPD = "Covington Police Department"
LN = "LexisNexis Risk Solutions"
VCC = "Accurint Virtual Crime Center"
COV_MONTHS = [(1, 34, 18), (2, 29, 15), (3, 41, 22), (4, 37, 20), (5, 45, 27), (6, 33, 17),
              (7, 38, 21), (8, 40, 23), (9, 36, 19), (10, 42, 24), (11, 35, 18), (12, 31, 16)]
doc("04_covington-pd-open-records-reply-csv.txt", [
    (None, """\
CITY OF COVINGTON, KENTUCKY
Covington Police Department - Records Section
1 Police Memorial Drive, Covington, Kentucky 41014 - (859) 555-0120

March 6, 2025

Sent by email only
Ms. Imani Castellane
Ohio Valley Civic Data Collaborative

Re: Open Records Request CPD-ORR-25-0093 (received February 27, 2025)

Dear Ms. Castellane:

This letter is the Department's response, under the Kentucky Open
Records Act (KRS 61.870 to 61.884), to your request for records on
facial recognition. Each part of your request is answered in turn.

Request 1 - Contracts, invoices and payments.
The Department's facial recognition tool is a module of Accurint
Virtual Crime Center, which the Department licenses from LexisNexis
Risk Solutions. The module was added on August 1, 2023 at $4,200 per
year. At the August 2024 renewal its price rose to $4,620 (a 10%
increase). The Virtual Crime Center base subscription ($15,600 per
year) supports crime analysis and records searches that do not
involve facial recognition, so its invoices are not responsive. The
two module invoices are enclosed.

Request 2 - Users and accounts.
Six Department members, all assigned to the Real Time Crime Center
or the Investigations Unit, hold access to the module. No patrol
officer has access.

Request 3 - Search statistics.
Attachment A is a CSV export of the module's monthly search summary
for calendar year 2024. It shows 441 searches for the year. The
module does not record arrests, and the Department does not track
arrests that follow a search.""", "CPD-ORR-25-0093 - Page 1 of 3"),
    (None, """\
Request 4 - Policies.
Standard Operating Procedure 4.21, Facial Recognition, effective May
15, 2023, is enclosed. Under SOP 4.21, a facial recognition search
shall be supported by a case or incident number entered in the search
record. An analyst may run a search for another law enforcement
agency when that agency's supervisor submits a written request.
Search results are investigative leads and shall not be the sole
basis for an arrest or a warrant. Analysts may not search images of
persons engaged in lawful assembly unless a crime at the assembly is
under investigation. The SOP does not address images taken from
social media, and no other Department policy prohibits their use.

Request 5 - Searches for other agencies.
In 2024 Department analysts ran 29 searches at the written request of
other agencies, chiefly the Newport Police Department and the Kenton
County Police Department. They are included in the 441 searches above.

Request 6 - Other vendors.
The Department has never held a Clearview AI account and has no
records of any trial of it.

Withheld. Probe images and the names of persons searched are withheld
under KRS 61.878(1)(a) and KRS 17.150(2).

No fee is charged for records provided electronically. If you believe
this response violates the Act, you may ask the Attorney General to
review it under KRS 61.880(2) within 60 days.

Sincerely,

Lt. Corinne Vallis
Official Custodian of Records, Covington Police Department

Enclosures: SOP 4.21; LexisNexis invoices (2); Attachment A""",
     "CPD-ORR-25-0093 - Page 2 of 3"),
    (None, """\
ATTACHMENT A
vcc_fr_monthly_summary_2024.csv - exported 03/03/2025 from the
Accurint Virtual Crime Center administration page, printed as text

"month","fr_searches","searches_with_candidates"
""" + "\n".join(f'"2024-{m:02d}","{s}","{c}"' for m, s, c in COV_MONTHS) + """

Note: fr_searches counts every probe image submitted, including
repeat submissions of the same image. searches_with_candidates is
the number of those searches that returned at least one candidate.""",
     "CPD-ORR-25-0093 - Page 3 of 3"),
], "pdf", CPD,
    [CPD, "Newport Police Department", "Kenton County Police Department", "Kentucky Office of the Attorney General"],
    [LN, "Clearview AI"],
    [VCC],
    [C(4200, 4200, "year", "August 1, 2023 at $4,200 per year", CPD, LN, VCC),
     C(4620, 4620, "year", "its price rose to $4,620", CPD, LN, VCC)],
    [N(6, "exact", "users", None, "Six Department members", CPD, LN),
     N(441, "exact", "searches", "year", "It shows 441 searches for the year", CPD, LN),
     N(29, "exact", "requests", "year", "ran 29 searches at the written request of other agencies", CPD, LN)]
    + [N(s, "exact", "searches", "month", f'"2024-{m:02d}","{s}"', CPD, LN) for m, s, c in COV_MONTHS],
    [P("a facial recognition search shall be supported by a case or incident number entered in the search "
       "record.", CPD, "requirement"),
     P("An analyst may run a search for another law enforcement agency when that agency's supervisor submits a "
       "written request.", CPD, "permission"),
     P("Search results are investigative leads and shall not be the sole basis for an arrest or a warrant.",
       CPD, "disclaimer"),
     P("Analysts may not search images of persons engaged in lawful assembly unless a crime at the assembly is "
       "under investigation.", CPD, "prohibition")],
    [],
    ["2025-03-06", "2025-02-27", "2023-08-01", "2024-08", "2024", "2023-05-15", "2025-03-03"]
    + [f"2024-{i:02d}" for i in range(1, 13)],
    scan="pdf")


# ---------------------------------------------------------------- 5 Oklahoma: Edmond PD
EPD = "Edmond Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
MPD = "Moore Police Department"
doc("05_edmond-pd-general-order-42-3-proposed-revision.txt", [
    (None, """\
EDMOND POLICE DEPARTMENT
INTER-OFFICE MEMORANDUM

TO:       Chief of Police
THRU:     Maj. Dalton Reyes, Investigations Bureau
FROM:     Lt. Simone Harjo, Criminal Intelligence Unit (CIU)
DATE:     May 12, 2025
SUBJECT:  General Order 42.3 - proposed revision and vendor change

1. Attached is General Order 42.3, Facial Recognition Technology, as
   now in effect, followed by the revision I am proposing. The
   revision has not been reviewed by the City Attorney or approved,
   and it is not in effect.

2. Current service. Our searches run through Vigilant FaceSearch, an
   add-on to the Motorola Solutions Vigilant platform that we also
   use for license plate reads. The FaceSearch add-on costs $5,400
   per year; the LPR portion of the same Motorola invoice ($21,750)
   is not affected by this proposal. Eight members hold FaceSearch
   accounts, and they ran 274 searches in calendar year 2024.
   FaceSearch compares our probes with a shared gallery of roughly
   2.6 million booking photos contributed by agencies on the
   Vigilant network.

3. Proposed service. Clearview AI has quoted $16,500 for a two-year
   term for six users, which is $1,375 per user per year. The Moore
   Police Department pays about $4,000 a year for its two Clearview
   seats and reports good results on cases built from social media
   images.

4. Budget. If the change is approved I recommend funding the first
   year from the CIU software line (100-2140-53210) and cancelling
   FaceSearch at its October 1, 2025 renewal date.

5. Requested action: approve the draft for City Attorney review.

Attachments: GO 42.3 (current, 2 pp.); Proposed revision, Draft 2""",
     "EPD ORA 25-0331 - 001"),
    (None, """\
EDMOND POLICE DEPARTMENT                            GENERAL ORDER 42.3
Subject:      FACIAL RECOGNITION TECHNOLOGY
Effective:    March 1, 2022                 Revised: June 15, 2023
Applies to:   All sworn personnel           Rescinds: TB 21-07
CALEA:        41.3.x (advisory)             Pages: 2

42.3.1  PURPOSE
This order sets the conditions under which members may use facial
recognition technology.

42.3.2  POLICY
The Department uses facial recognition only as an investigative aid
to generate leads for identifying suspects, victims and witnesses in
criminal investigations.

42.3.3  DEFINITIONS
A. Probe image: the image of an unknown person submitted for search.
B. Candidate: an image the system returns as a possible match.
C. FR system: the Vigilant FaceSearch service licensed by the
   Department.

42.3.4  ACCESS AND TRAINING
A. Only members who have completed Department-approved facial
   recognition training shall be issued an account.
B. Members shall not share account credentials.

42.3.5  PROCEDURES
A. Each search shall be documented with a case number and the
   reason for the search.
B. Members shall not submit images of persons engaged in peaceful
   assembly or other activity protected by the First Amendment, and
   shall not use the FR system for immigration enforcement.
C. The CIU supervisor may approve a search to identify an
   unidentified deceased person or a person who is unable to
   identify himself or herself.
D. A candidate is not a positive identification and shall not, by
   itself, establish probable cause for an arrest.""",
     "EPD ORA 25-0331 - 002"),
    (None, """\
GENERAL ORDER 42.3 - FACIAL RECOGNITION TECHNOLOGY (continued)

42.3.6  AUDIT
The Professional Standards Unit shall audit a sample of searches
every six months and report the results to the Chief of Police.

42.3.7  VIOLATIONS
Violations of this order may result in suspension of FR system
access and discipline under General Order 26.1.

By order of the Chief of Police.

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -

PROPOSED REVISION - DRAFT 2 (05/09/2025) - NOT IN EFFECT
Changes are marked [ADD] and [DEL]. Sections not shown are unchanged.

42.3.3 C.  [DEL] the Vigilant FaceSearch service
           [ADD] Clearview AI, including Clearview Mobile on
                 Department-issued phones
42.3.4 C.  [ADD] No more than six members shall hold accounts at
                 any one time.
42.3.5 A.  [ADD] A sergeant shall approve each search before it is
                 run, and the approval shall be noted in the case
                 file.
42.3.5 E.  [ADD] Members may search images obtained from social
                 media only in felony investigations.
42.3.6     [DEL] every six months  [ADD] every quarter
42.3.8     [ADD] The Department shall publish an annual summary of
                 the number of searches and their outcomes.

Drafter's note: the six-account limit matches the Clearview quote.
Reviewer comments are due to Lt. Harjo by May 30, 2025.""",
     "EPD ORA 25-0331 - 003"),
], "pdf", EPD,
    [EPD, MPD],
    [MSI, "Vigilant Solutions", "Clearview AI"],
    [VFS, "Clearview Mobile"],
    [C(5400, 5400, "year", "The FaceSearch add-on costs $5,400 per year", EPD, MSI, VFS),
     C(16500, 16500, None, "Clearview AI has quoted $16,500 for a two-year term", EPD, "Clearview AI"),
     C(1375, 1375, "year", "$1,375 per user per year", EPD, "Clearview AI", unit="per user"),
     C(4000, 4000, "year", "pays about $4,000 a year", MPD, "Clearview AI")],
    [N(8, "exact", "users", None, "Eight members hold FaceSearch accounts", EPD, MSI),
     N(274, "exact", "searches", "year", "they ran 274 searches in calendar year 2024", EPD, MSI),
     N(2600000, "approximately", "images", None, "roughly 2.6 million booking photos", None, MSI),
     N(6, "exact", "licenses", None, "two-year term for six users", EPD, "Clearview AI"),
     N(2, "exact", "licenses", None, "its two Clearview seats", MPD, "Clearview AI")],
    [P("The Department uses facial recognition only as an investigative aid to generate leads for identifying "
       "suspects, victims and witnesses in criminal investigations.", EPD, "purpose"),
     P("Only members who have completed Department-approved facial recognition training shall be issued an "
       "account.", EPD, "requirement"),
     P("Members shall not share account credentials.", EPD, "prohibition"),
     P("Each search shall be documented with a case number and the reason for the search.", EPD, "requirement"),
     P("Members shall not submit images of persons engaged in peaceful assembly or other activity protected by "
       "the First Amendment, and shall not use the FR system for immigration enforcement.", EPD, "prohibition"),
     P("The CIU supervisor may approve a search to identify an unidentified deceased person or a person who is "
       "unable to identify himself or herself.", EPD, "permission"),
     P("A candidate is not a positive identification and shall not, by itself, establish probable cause for an "
       "arrest.", EPD, "disclaimer"),
     P("The Professional Standards Unit shall audit a sample of searches every six months and report the "
       "results to the Chief of Police.", EPD, "requirement"),
     P("Violations of this order may result in suspension of FR system access and discipline under General "
       "Order 26.1.", EPD, "consequence")],
    [],
    ["2025-05-12", "2024", "2025-10-01", "2022-03-01", "2023-06-15", "2025-05-09", "2025-05-30"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Washington: Vancouver PD
VPD = "Vancouver Police Department"
CCSO = "Clark County Sheriff's Office"
NEC = "NEC"
NFR = "NeoFace Reveal"
SUBJ6 = "NEC NeoFace Reveal - budget quote for VPD"
doc("06_vancouver-pd-nec-quote-outlook-thread.txt", [
    ("Okafor, Daniel", """\
From:           Lindqvist, Mara
Sent:           Friday, January 17, 2025 9:12 AM
To:             Okafor, Daniel
Cc:             Brandt, Theo
Subject:        RE: NEC NeoFace Reveal - budget quote for VPD

Dan - answers inline below, marked [ML].

Mara Lindqvist | Senior Budget Analyst
Financial & Management Services, City of Vancouver | 360-555-0147

From: Okafor, Daniel
Sent: Thursday, January 16, 2025 3:47 PM
To: Lindqvist, Mara
Cc: Brandt, Theo
Subject: FW: NEC NeoFace Reveal - budget quote for VPD

Mara,

NEC's budget quote is below. Before I take it to the Chief I have
three questions.

1. Can the year-one cost go in the mid-biennium supplemental? I was
   thinking we ask for $80,000 so there is room for sales tax.
[ML] Yes. The supplemental window closes February 14. Use $80,000
     and code it to 001-3110 (Investigations). NEC's figures leave
     out the 8.7% sales tax. Keep it apart from the Flock camera
     renewal ($27,500), which is on a different request.

2. Today we send probe photos to the Clark County Sheriff's Office,
   which runs them through its DataWorks Plus system. We sent 63
   requests last year and they don't charge us. Clark County says it
   pays roughly $31,000 a year for that system, and its gallery is
   about 198,000 booking photos. Our standing rule is that a Clark
   County result is a lead only and never goes in a probable cause
   statement by itself. Any reason to keep the arrangement as a
   backup?""",
     "VPD PRR W25-0412            000117"),
    ("Okafor, Daniel", """\
[ML] Not a budget question - your call. No cost to us either way.

3. What do we have to do first on the legal side?
[ML] Per the City Attorney's Office: RCW 43.386.020 requires us to
     file a notice of intent with Council and produce an
     accountability report, with a public comment period and at
     least three community meetings, before we use the service.
     Under RCW 43.386.080 we may not use it for ongoing surveillance
     or real-time identification without a warrant or court order.
     Your draft policy 348 (felony cases only) is not adopted yet,
     so don't cite it in the request.

Dan

Lt. Daniel Okafor | Investigations Division
Vancouver Police Department

________________________________
From: Hale, Jordan
Sent: Tuesday, January 14, 2025 11:05 AM
To: Okafor, Daniel
Subject: NEC NeoFace Reveal - budget quote for VPD

Lieutenant Okafor,

Thank you for the call last week. Budgetary pricing for NeoFace
Reveal follows. This is a budget estimate, not a binding offer; a
formal quote will follow once the scope is final.""",
     "VPD PRR W25-0412            000118"),
    ("Okafor, Daniel", """\
  BUDGETARY QUOTE Q-25-0118 - Vancouver Police Department
  Item                                                     Price
  NeoFace Reveal investigative software, perpetual
    licence for 5 concurrent users (one-time)          $52,000.00
  Implementation, gallery load and on-site training
    (one-time services)                                $14,500.00
  Annual support and maintenance (year 1; years
    2-5 at the same rate, 18% of licence)               $9,360.00
  Year 1 total                                         $75,860.00
  Five-year total cost of ownership                   $113,300.00
  NeoFace Watch real-time video module                 not quoted

  Prices exclude Washington sales tax and assume the County booking
  gallery (about 200,000 images) is loaded once at go-live.

Regards,

Jordan Hale
Account Executive, Public Safety | NEC Corporation of America

> On Jan 9, 2025, at 2:30 PM, Okafor, Daniel
> <Daniel.Okafor@cityofvancouver.us> wrote:
>
> Jordan - can you send budget pricing for an investigative face
> search product, about 5 users, for our supplemental request? We
> are not interested in real-time video. Council will want to know
> we are not buying live camera matching.
>
> Lt. Daniel Okafor
> Vancouver Police Department

This message and any attachment may contain NEC confidential pricing
information intended only for the addressee.

Email to and from the City of Vancouver is a public record and may be
disclosed under chapter 42.56 RCW.""",
     "VPD PRR W25-0412            000119"),
], "print", VPD,
    [VPD, "City of Vancouver", CCSO, "Vancouver City Council", "Vancouver City Attorney's Office"],
    [NEC, "DataWorks Plus", "Flock Safety"],
    [NFR, "NeoFace Watch"],
    [C(80000, 80000, None, "we ask for $80,000", VPD, NEC, NFR),
     C(31000, 31000, "year", "pays roughly $31,000 a year", CCSO, "DataWorks Plus"),
     C(52000, 52000, "one-time", "licence for 5 concurrent users (one-time)          $52,000.00", VPD, NEC, NFR),
     C(14500, 14500, "one-time", "(one-time services)                                $14,500.00", VPD, NEC, NFR),
     C(9360, 9360, "year", "2-5 at the same rate, 18% of licence)               $9,360.00", VPD, NEC, NFR),
     C(75860, 75860, None, "Year 1 total                                         $75,860.00", VPD, NEC, NFR),
     C(113300, 113300, None, "Five-year total cost of ownership                   $113,300.00", VPD, NEC, NFR)],
    [N(63, "exact", "requests", "year", "We sent 63 requests last year", VPD, "DataWorks Plus"),
     N(198000, "approximately", "images", None, "about 198,000 booking photos", CCSO, "DataWorks Plus"),
     N(5, "exact", "licenses", None, "licence for 5 concurrent users", VPD, NEC)],
    [P("Our standing rule is that a Clark County result is a lead only and never goes in a probable cause "
       "statement by itself.", VPD, "disclaimer"),
     P("RCW 43.386.020 requires us to file a notice of intent with Council and produce an accountability report, "
       "with a public comment period and at least three community meetings, before we use the service.",
       VPD, "requirement"),
     P("Under RCW 43.386.080 we may not use it for ongoing surveillance or real-time identification without a "
       "warrant or court order.", VPD, "prohibition")],
    [E("Lindqvist, Mara", "Okafor, Daniel", "Friday, January 17, 2025 9:12 AM", "RE: " + SUBJ6),
     E("Okafor, Daniel", "Lindqvist, Mara", "Thursday, January 16, 2025 3:47 PM", "FW: " + SUBJ6),
     E("Hale, Jordan", "Okafor, Daniel", "Tuesday, January 14, 2025 11:05 AM", SUBJ6),
     E("Okafor, Daniel", "Hale, Jordan", "Jan 9, 2025, at 2:30 PM", None)],
    ["2025-01-17", "2025-01-16", "2025-01-14", "2025-01-09"],
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
