"""Writes docs/*.txt and labels.json for holdout58 (six invented releases: RI, DE, GA, HI, PA, AZ).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on policies
(requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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
        assert len(lines) <= MAX_LINES, (file, len(lines), lines[0])
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


# ---------------------------------------------------------------- 1 Rhode Island: Woonsocket PD
WPD = "Woonsocket Police Department"
CV = "Clearview AI"
CVS = "Clearview Search"
MONTHS = [("Mar 2024", 19, 12, 4), ("Apr 2024", 23, 15, 6), ("May 2024", 17, 9, 3), ("Jun 2024", 26, 18, 7),
          ("Jul 2024", 31, 20, 8), ("Aug 2024", 22, 13, 5), ("Sep 2024", 18, 11, 4), ("Oct 2024", 25, 16, 6),
          ("Nov 2024", 14, 8, 2), ("Dec 2024", 12, 7, 3), ("Jan 2025", 20, 14, 5)]
ROWS = "\n".join(f"{i + 1:<3}|{m}|{s:<8}|{p:<16}|{l}" for i, (m, s, p, l) in enumerate(MONTHS))
TOT = [sum(r[k] for r in MONTHS) for k in (1, 2, 3)]
assert TOT == [227, 143, 53], TOT
doc("01_woonsocket-pd-apra-response-clearview.txt", [
    (None, """\
                          CITY OF WOONSOCKET
                     WOONSOCKET POLICE DEPARTMENT
               242 Clinton Street, Woonsocket, RI 02895
               Records Unit - Telephone (401) 555-0162

February 4, 2025

Ms. Colleen Marchetti
Blackstone Valley Ledger
P.O. Box 1187
Woonsocket, RI 02895

Re:  Access to Public Records Act request dated January 21, 2025
     WPD tracking no. APRA-25-0047 (facial recognition)

Dear Ms. Marchetti:

This letter answers your request under the Access to Public Records
Act, R.I. Gen. Laws 38-2-1 et seq., for records about facial
recognition technology used by the Woonsocket Police Department. It
is sent within the ten business days allowed by 38-2-7(a). Your
request had four parts, which I answer in order.

1. Contracts, order forms and invoices. The Department subscribes to
Clearview Search, the investigative search service sold by Clearview
AI, Inc. The first subscription, for five user accounts, ran from
March 1, 2023 through February 29, 2024 and cost $9,000 for the year.
It was renewed on March 1, 2024 for seven user accounts at $1,800
each, a total of $12,600 for the year ending February 28, 2025. Both
invoices were paid from the Department's forfeiture account (account
218-2150-5340), not from the general fund. The order form and the
two invoices are enclosed (Enclosure A, 6 pages). The order form
describes Clearview's index as "more than 40 billion publicly
available facial images"; the Department has no way to check that
figure.""", "APRA-25-0047 - Page 1 of 4"),
    (None, """\
2. Records of use. Seven sworn members hold Clearview accounts, all of
them detectives in the Criminal Investigation Division or officers in
the Special Victims Unit. The administrator console keeps a log of
each search. Enclosure B is the console's monthly summary for March
2024 through January 2025, printed as a spreadsheet. The search log
itself, which lists case numbers, probe images and the names of
victims and suspects, is withheld under 38-2-2(4)(D), because its
release could reasonably be expected to interfere with investigations
and to disclose the identities of victims.

3. Policies. The Department's General Order 320.12, Facial
Recognition Searches, took effect on March 1, 2023 and is enclosed
(Enclosure C, 5 pages). Under it, an account may be issued only to a
sworn member who has completed Clearview's online training and the
Department's two-hour course on the order. Every search must be
entered with a case or incident number. A possible match is an
investigative lead only and is not, by itself, probable cause to
arrest anyone. Members may not run a search to identify a person
because he or she is taking part in a lawful protest or meeting.
The Department has no written policy on sharing Clearview results
with other agencies, so no record answers that part of your request.

4. Other systems. The Department does not use facial recognition on
body-worn camera or surveillance video, and it has no mugshot face
search of its own. Before the Clearview subscription, detectives
sent photographs to the Rhode Island State Fusion Center for
comparison; the Department kept no count of those requests.

Fees. Locating and reviewing the records took 2.5 hours. Under
38-2-4, the first hour is free and the remaining 1.5 hours are
charged at $15.00 an hour ($22.50). Copies of 37 pages at $0.15 a
page come to $5.55. The total, $28.05, was paid on February 3, 2025.""",
     "APRA-25-0047 - Page 2 of 4"),
    (None, """\
If you believe any part of this response is a denial, you may appeal
to the Chief of Police, and you may also file a complaint with the
Rhode Island Department of the Attorney General under 38-2-8.

Sincerely,

Lt. Raymond Gagnon
Records Custodian
Woonsocket Police Department

Enclosures: A (6 pages), B (1 page), C (5 pages)
cc: City Solicitor, City of Woonsocket""", "APRA-25-0047 - Page 3 of 4"),
    (None, """\
ENCLOSURE B

Clearview AI - organization activity summary
Organization: Woonsocket Police Department (RI)    Org ID: 40917
Exported: 02/03/2025 14:22    Period: 03/01/2024 - 01/31/2025

Row|Month   |Searches|Possible matches|Leads sent to case officer
""" + ROWS + f"""
   |Total   |{TOT[0]:<8}|{TOT[1]:<16}|{TOT[2]}

Possible match rate (matches / searches): 63.0%
Active accounts at export: 7 of 7
Note: "Leads sent to case officer" is entered by the examiner and is
not checked by Clearview.""", "APRA-25-0047 - Page 4 of 4"),
], "pdf", WPD,
    [WPD, "City of Woonsocket", "Rhode Island State Fusion Center",
     "Rhode Island Department of the Attorney General"],
    [CV],
    [CVS],
    [C(9000, 9000, "year", "cost $9,000 for the year", WPD, CV, CVS),
     C(1800, 1800, "year", "seven user accounts at $1,800 each", WPD, CV, CVS, unit="per user"),
     C(12600, 12600, "year", "a total of $12,600 for the year", WPD, CV, CVS)],
    [N(5, "exact", "licenses", None, "The first subscription, for five user accounts", WPD, CV),
     N(7, "exact", "licenses", None, "seven user accounts at $1,800", WPD, CV),
     N(40000000000, "more than", "images", None, "more than 40 billion publicly available facial images", None, CV),
     N(7, "exact", "users", None, "Seven sworn members hold Clearview accounts", WPD, CV)]
    + [N(s, "exact", "searches", "month", f"{i + 1:<3}|{m}|{s}", WPD, CV) for i, (m, s, p, l) in enumerate(MONTHS)]
    + [N(227, "exact", "searches", None, "|Total   |227", WPD, CV),
       N(143, "exact", "matches", None, "|Total   |227     |143", WPD, CV),
       N(53, "exact", "leads", None, "|Total   |227     |143             |53", WPD, CV)],
    [P("an account may be issued only to a sworn member who has completed Clearview's online training and the "
       "Department's two-hour course on the order.", WPD, "requirement"),
     P("Every search must be entered with a case or incident number.", WPD, "requirement"),
     P("A possible match is an investigative lead only and is not, by itself, probable cause to arrest anyone.",
       WPD, "disclaimer"),
     P("Members may not run a search to identify a person because he or she is taking part in a lawful protest or "
       "meeting.", WPD, "prohibition")],
    [],
    ["2025-02-04", "2025-01-21", "2023-03-01", "2024-02-29", "2024-03-01", "2025-02-28", "2025-02-03",
     "2024-03", "2025-01", "2025-01-31", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09",
     "2024-10", "2024-11", "2024-12"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Delaware: Milford PD
MPD = "Milford Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("02_milford-pd-de-cjc-jag-award-budget-mod.txt", [
    (None, """\
                          STATE OF DELAWARE
                       CRIMINAL JUSTICE COUNCIL
     Carvel State Office Building, 820 N. French Street, 10th Floor
              Wilmington, Delaware 19801  -  (302) 555-0190

August 14, 2023

Chief Daniel R. Kessler
Milford Police Department
400 NE Front Street
Milford, DE 19963

RE:  Subaward 2023-JAG-0412, "Investigative Facial Recognition Pilot"

Dear Chief Kessler:

I am pleased to tell you that the Criminal Justice Council, at its
meeting of August 9, 2023, approved a subaward of $32,400 to the City
of Milford for the Milford Police Department's facial recognition
pilot. The funds come from the U.S. Department of Justice, Bureau of
Justice Assistance, FY 2023 Edward Byrne Memorial Justice Assistance
Grant (federal award 15PBJA-23-GG-01562-JAGX, Assistance Listing
16.738). The project period is October 1, 2023 to September 30, 2024.
No local match is required.

Approved budget

Line  Category     Description                                Amount
----  -----------  ---------------------------------------  ----------
A     Contractual  Motorola Solutions - Vigilant FaceSearch  $24,000.00
                   agency subscription, 12 months,
                   10 named users
B     Contractual  FaceSearch onboarding and import of        4,500.00
                   Milford booking photos (one-time)
C     Training     Face examiner course, tuition and          3,900.00
                   travel
                   Total                                    $32,400.00""", "CJC 2023-JAG-0412  1"),
    (None, """\
Special conditions (in addition to the standard conditions in the
CJC Subgrant Manual):

1. Funds may not be used to supplant state or local funds, and
   administrative costs may not exceed 5% of the award.
2. The subrecipient must adopt a written facial recognition policy,
   approved by the Chief of Police, before the first search is run,
   and must send a copy to the Council within 30 days of adoption.
3. A facial recognition result may be used as an investigative lead
   only and may not serve as the sole basis for an arrest or for
   probable cause.
4. The subrecipient may not use award funds for live or real-time
   facial recognition on any camera.
5. Quarterly progress reports are due 15 days after each quarter
   ends; the first covers October 1 - December 31, 2023.
6. Any change of more than 10% in a budget category needs a Subgrant
   Adjustment Request approved by the Council before the costs are
   incurred.

Please sign and return the enclosed acceptance form within 30 days.
Questions may go to your grant specialist, Ms. Renata Oyelowo, at
(302) 555-0193.

Sincerely,

Christine M. Babb
Executive Director, Criminal Justice Council

cc: Finance Director, City of Milford""", "CJC 2023-JAG-0412  2"),
    (None, """\
DELAWARE CRIMINAL JUSTICE COUNCIL
SUBGRANT ADJUSTMENT REQUEST (SAR)

Subrecipient:  City of Milford - Milford Police Department
Subaward no.:  2023-JAG-0412               SAR no.: 1
Type:          [X] Budget modification     [ ] No-cost extension
               [ ] Change of scope         [ ] Change of project director
Submitted:     January 12, 2024

Justification

FaceSearch went live on October 2, 2023 under a 12-month agency
subscription ending October 1, 2024, bought from Motorola Solutions
at the contract price of $2,400 per named user per year. Two budget
lines came in under the award:

- Motorola charged $2,250 for onboarding and the photo import, not
  the $4,500 quoted, because our booking photos were already in a
  format it accepts.
- Motorola now gives the examiner course online at no charge, so
  nothing was spent on the training line.

We ask to use part of the savings to add two named users for the
rest of the term (February 1 - October 1, 2024). The Detective
Division gained two positions in the FY 2024 budget. Motorola quoted
$3,200 for the two added users, prorated for eight months, which
brings the account to 12 named users. Delaware has no sales tax, and
there is no shipping charge for a hosted service. We ask the Council
to deobligate the remaining $2,950.

The separate subaward 2023-JAG-0398 for in-car camera upgrades
($61,250) is not affected by this request.""", "CJC 2023-JAG-0412  3"),
    (None, """\
Budget change

Line  Category        Approved       Change        Revised
A     Contractual    24,000.00    +3,200.00      27,200.00
B     Contractual     4,500.00    -2,250.00       2,250.00
C     Training        3,900.00    -3,900.00           0.00
      Total          32,400.00    -2,950.00      29,450.00

Project status

In the first quarter of the project (October 1 - December 31, 2023)
detectives ran 58 searches, which produced 9 investigative leads.
Searches run against about 21,000 Milford booking photos and the
shared FaceSearch gallery, which Motorola describes as more than 20
million booking photos contributed by subscribing agencies.

General Order 23-11, Facial Recognition, was approved by the Chief
on September 25, 2023 and sent to the Council on September 28, 2023,
as special condition 2 requires. Under that order, only detectives
who have completed the examiner course may run a search, and each
search must be logged with a complaint number.

Certification: I certify that the information above is true and that
the costs of the added users have not been incurred.

Daniel R. Kessler, Chief of Police                  Date: 01/12/2024

FOR CJC USE   Approved: R. Oyelowo, Grant Specialist  Date: 01/24/2024""",
     "CJC 2023-JAG-0412  4"),
], "pdf", MPD,
    ["Delaware Criminal Justice Council", MPD, "City of Milford", "U.S. Department of Justice",
     "Bureau of Justice Assistance"],
    [MSI, "Vigilant Solutions"],
    [VFS],
    [C(32400, 32400, "one-time", "approved a subaward of $32,400", MPD, None),
     C(24000, 24000, "year", "Motorola Solutions - Vigilant FaceSearch  $24,000.00", MPD, MSI, VFS),
     C(4500, 4500, "one-time", "FaceSearch onboarding and import of        4,500.00", MPD, MSI, VFS),
     C(3900, 3900, None, "Face examiner course, tuition and          3,900.00", MPD, MSI, VFS),
     C(2400, 2400, "year", "$2,400 per named user per year", MPD, MSI, VFS, unit="per user"),
     C(2250, 2250, "one-time", "Motorola charged $2,250 for onboarding and the photo import", MPD, MSI, VFS),
     C(3200, 3200, None, "$3,200 for the two added users", MPD, MSI, VFS),
     C(27200, 27200, None, "A     Contractual    24,000.00    +3,200.00      27,200.00", MPD, MSI, VFS),
     C(29450, 29450, None, "Total          32,400.00    -2,950.00      29,450.00", MPD, None)],
    [N(10, "exact", "licenses", None, "10 named users", MPD, MSI),
     N(2, "exact", "licenses", None, "add two named users", MPD, MSI),
     N(12, "exact", "licenses", None, "brings the account to 12 named users", MPD, MSI),
     N(58, "exact", "searches", "quarter", "detectives ran 58 searches", MPD, MSI),
     N(9, "exact", "leads", "quarter", "which produced 9 investigative leads", MPD, MSI),
     N(21000, "approximately", "images", None, "about 21,000 Milford booking photos", MPD, MSI),
     N(20000000, "more than", "images", None, "more than 20 million booking photos", None, MSI)],
    [P("The subrecipient must adopt a written facial recognition policy, approved by the Chief of Police, before "
       "the first search is run, and must send a copy to the Council within 30 days of adoption.", MPD,
       "requirement"),
     P("A facial recognition result may be used as an investigative lead only and may not serve as the sole basis "
       "for an arrest or for probable cause.", MPD, "disclaimer"),
     P("The subrecipient may not use award funds for live or real-time facial recognition on any camera.", MPD,
       "prohibition"),
     P("only detectives who have completed the examiner course may run a search", MPD, "requirement"),
     P("each search must be logged with a complaint number.", MPD, "requirement")],
    [],
    ["2023-08-14", "2023-08-09", "2023", "2023-10-01", "2024-09-30", "2023-12-31", "2024-01-12", "2023-10-02",
     "2024-10-01", "2024-02-01", "2024", "2023-09-25", "2023-09-28", "2024-01-24"])


# ---------------------------------------------------------------- 3 Georgia: Roswell PD
RPD = "Roswell Police Department"
AWS = "Amazon Web Services"
REK = "Amazon Rekognition"
SUBJ3 = "Amazon Web Services Invoice Available [Account: 482177309156]"
doc("03_roswell-pd-pcard-statement-aws-rekognition.txt", [
    (None, """\
CITY OF ROSWELL, GEORGIA - PURCHASING CARD PROGRAM
Truist Commercial Card Services - Cardholder Statement

Cardholder:  TAMIKA R ODOM              Account: XXXX XXXX XXXX 4418
Department:  POLICE - CID CRIME ANALYSIS    Cost center: 100-3220
Statement date: 06/03/2024    Billing cycle: 05/01/2024 - 05/31/2024
Single purchase limit: $3,500.00        Cycle limit: $10,000.00

Tran   Post   Reference        Merchant / location            Amount
date   date
-----  -----  ---------------  ---------------------------  ---------
05/01  05/02  24692164118001   AWS AMAZON.COM WA             1,057.27
05/07  05/08  24431064127755   GALLS LLC LEXINGTON KY          318.40
05/13  05/14  24055234135512   AXON ENTERPRISE SCOTTSDALE      149.85
05/16  05/17  24011344138870   FEDEX 80451227 MEMPHIS TN        42.18
05/22  05/23  24692164143301   AMAZON MKTPL*RT4Q71 SEATTLE      89.97
-----  -----  ---------------  ---------------------------  ---------
                               New charges                   1,657.67
                               Credits                           0.00
                               Amount due (billed to City)   1,657.67

Merchant category codes: 7399 business services, 5699 apparel,
5065 electrical parts, 4215 courier, 5942 book and office supply.

Disputed items must be reported to the Program Administrator within
60 days of the statement date. Cardholders may not split a purchase
to stay under the single purchase limit.""", "Roswell P-Card 05/2024 - 1"),
    (None, """\
CITY OF ROSWELL - P-CARD MONTHLY TRANSACTION LOG
Cardholder: Sgt. Tamika Odom         Approver: Lt. Marcus Whitlow
Cycle: May 2024                      Submitted: 06/05/2024

Date   Vendor             Amount  GL account        Business purpose
-----  ----------------  -------  ----------------  -------------------
05/01  Amazon Web Svcs    457.03  100-3220-52.3850  April Rekognition
                                                    use (mugshot
                                                    comparison)
05/01  Amazon Web Svcs    600.24  100-1535-52.3850  April S3/EC2/KMS -
                                                    Records archive (IT)
05/07  Galls              318.40  100-3220-53.1170  Duty jackets (2)
05/13  Axon Enterprise    149.85  100-3220-53.1120  Taser cartridges (15)
05/16  FedEx               42.18  100-3220-52.3250  Evidence to GBI lab
05/22  Amazon Marketplace  89.97  100-3220-53.1100  Toner, analyst printer
                        --------
                        1,657.67

Notes on the AWS charge (split across two GL accounts):
The AWS account is shared by CID and the Records Unit. The Rekognition
charges are for the booking photo comparison tool the Crime Analysis
Unit built this spring. April was the first month of use, so the bill
includes indexing the whole Roswell City Jail booking archive
(452,318 photos taken since 2006). The Rekognition charge this month
was $457.03; from May on it should stay under $10 a month, because
only new bookings and searches are billed. The S3, EC2 and KMS lines
are the Records Unit's scanned report archive and are charged to IT.
They have nothing to do with the comparison tool.

Per CID SOP 9.21, searches must be run by one of the unit's three
crime analysts. A candidate returned by the tool is an investigative
lead only; it is not probable cause for an arrest or a warrant. The
tool does not search driver's license photos held by the Georgia
Department of Driver Services.

Cardholder: T. Odom  06/05/2024           Approver: M. Whitlow  06/06/2024""",
     "Roswell P-Card 05/2024 - 2"),
    (None, """\
From:     Odom, Tamika
Sent:     Wednesday, June 5, 2024 8:47 AM
To:       PCard Administrator
Cc:       Whitlow, Marcus
Subject:  FW: Amazon Web Services Invoice Available [Account: 482177309156]

Receipt for the 05/01 AWS charge on my card. The split is on my log:
Rekognition to CID, the rest to IT. Tax shows zero because the City's
exemption certificate is on file with AWS.

Tamika Odom | Crime Analysis Supervisor | Roswell Police Department
39 Hill Street, Roswell, GA 30075 | 770-555-0138

________________________________
From: Amazon Web Services <aws-billing-noreply@amazon.com>
Sent: Wednesday, May 1, 2024 11:06 PM
To: Odom, Tamika
Subject: Amazon Web Services Invoice Available [Account: 482177309156]

Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available
on the AWS web site. Your account will be charged the following:

Total: $1,057.27

Invoice number:   1730028415
Billing period:   April 1 - April 30, 2024
Payment method:   Visa ending in 4418""", "Roswell P-Card 05/2024 - 3"),
    (None, """\
Charges by service                                              USD
Amazon Rekognition                                           457.03
  US East (N. Virginia)
    IndexFaces, images processed        452,318 images       452.32
    SearchFacesByImage, images processed    186 images         0.19
    Face metadata stored                452,318 faces          4.52
Amazon Simple Storage Service                                301.18
Amazon Elastic Compute Cloud                                 287.06
AWS Key Management Service                                    12.00
                                                           --------
Total pre-tax                                              1,057.27
Estimated tax (exempt - certificate on file)                   0.00
Total                                                      1,057.27

You can view this bill in the AWS Billing and Cost Management console.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109""", "Roswell P-Card 05/2024 - 4"),
], "pdf", RPD,
    [RPD, "City of Roswell", "Georgia Bureau of Investigation", "Georgia Department of Driver Services"],
    [AWS, "Axon"],
    [REK, "Amazon Simple Storage Service", "Amazon Elastic Compute Cloud", "AWS Key Management Service", "Taser"],
    [C(457.03, 457.03, "month", "The Rekognition charge this month was $457.03", RPD, AWS, REK),
     C(None, 10, "month", "it should stay under $10 a month", RPD, AWS, REK),
     C(452.32, 452.32, None, "IndexFaces, images processed        452,318 images       452.32", RPD, AWS, REK),
     C(0.19, 0.19, None, "SearchFacesByImage, images processed    186 images         0.19", RPD, AWS, REK),
     C(4.52, 4.52, None, "Face metadata stored                452,318 faces          4.52", RPD, AWS, REK)],
    [N(452318, "exact", "images", None, "(452,318 photos taken since 2006)", RPD, AWS),
     N(3, "exact", "users", None, "searches must be run by one of the unit's three crime analysts", RPD, AWS),
     N(186, "exact", "searches", "month", "SearchFacesByImage, images processed    186 images", RPD, AWS)],
    [P("Per CID SOP 9.21, searches must be run by one of the unit's three crime analysts.", RPD, "requirement"),
     P("A candidate returned by the tool is an investigative lead only; it is not probable cause for an arrest or "
       "a warrant.", RPD, "disclaimer")],
    [E("Odom, Tamika", "PCard Administrator", "Wednesday, June 5, 2024 8:47 AM", "FW: " + SUBJ3),
     E("Amazon Web Services", "Odom, Tamika", "Wednesday, May 1, 2024 11:06 PM", SUBJ3)],
    ["2024-06-03", "2024-05-01", "2024-05-31", "2024-05", "2024-06-05", "2024-06-06", "2006", "2024-04-01",
     "2024-04-30"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Hawaii: Sheriff Division
HSD = "Hawaii Sheriff Division"
HCJDC = "Hawaii Criminal Justice Data Center"
NEC = "NEC"
doc("04_hawaii-sheriff-division-general-order-fr.txt", [
    (None, """\
STATE OF HAWAII                              DEPARTMENT OF PUBLIC SAFETY
SHERIFF DIVISION                                           GENERAL ORDER

Number:       SD-GO 23-07              Effective:  September 1, 2023
Subject:      Facial Recognition Searches
Rescinds:     Interim Directive 21-03
Distribution: All deputy sheriffs; Sheriff Division civilian staff
Review:       Annually, by the Administrative Services Office
Authority:    HRS 26-14.6; HRS 353C-2; HRS Chapter 846

I. PURPOSE

This order sets the rules under which the Hawaii Sheriff Division
(the Division) requests and uses facial recognition searches. The
Division uses facial recognition only to develop investigative leads
in the identification of a person who is suspected of a crime, who is
the subject of an arrest warrant, or who is deceased, injured or
otherwise unable to identify himself or herself.

II. POLICY

The Division does not own or license a facial recognition system. It
uses the statewide facial recognition service run by the Hawaii
Criminal Justice Data Center (HCJDC), which compares a probe image
with approximately 610,000 booking photographs from the four county
police departments and the Department of Public Safety. The service
runs on NeoFace Reveal, supplied by NEC Corporation of America. HCJDC
does not charge the Division for access.

III. DEFINITIONS

A. Probe image - a photograph, or a still frame from video, of an
   unknown person that is submitted for comparison.
B. Candidate list - the ranked set of booking photographs that the
   service returns for a probe image.
C. Trained examiner - a member who has completed the HCJDC facial
   examiner course and holds an examiner account.
D. Face search log - the record, on Form SD-117, of each request,
   search and result.
E. Live facial recognition - the automated comparison of faces in a
   camera feed with a watch list as the images are captured.""", "SD-GO 23-07   Page 1 of 3"),
    (None, """\
IV. PROCEDURES AND RULES

A. Requests and searches
   1. Eight deputies in the Criminal Investigation Section hold HCJDC
      examiner accounts.
   2. Any deputy may request a search through the Criminal
      Investigation Section.
   3. A member who is not a trained examiner shall not run a search
      or log in with an examiner's account.
   4. A request shall be made on Form SD-117 and shall include the
      report number, the offense or warrant number, and the name of
      the requesting deputy.
   5. A trained examiner may decline a request when the probe image
      is of such poor quality that a search is unlikely to be
      reliable.

B. Prohibited uses
   1. Members shall not use live facial recognition on any camera,
      including closed-circuit cameras at the airports and court
      facilities the Division patrols.
   2. Members shall not submit a probe image of a person because of
      the person's race, religion, or participation in a lawful
      assembly or other protected activity.
   3. Members shall not use a commercial face search website or
      application, such as Clearview AI or PimEyes, even when it is
      offered free of charge or on a trial basis.

C. Use of results
   1. A candidate returned by the service is an investigative lead
      only; it is not a positive identification and shall not be the
      sole basis for an arrest, a search warrant or a charge.
   2. Before a lead is given to the requesting deputy, a second
      trained examiner shall review the probe image and the candidate
      independently.
   3. Results shall not be released outside the Division except to a
      law enforcement agency with a lawful need, as HRS 846-9 allows.""",
     "SD-GO 23-07   Page 2 of 3"),
    (None, """\
V. AUDIT

A. The Administrative Services Office shall audit the face search log
   each quarter.
B. The audit shall review at least 10 percent of the searches run in
   the quarter, and not fewer than 12 searches when at least 12 were
   run.
C. For each search reviewed, the auditor shall confirm that a report
   or warrant number was recorded, that a second examiner reviewed
   the result, and that the purpose is one allowed by Section I.
D. The audit report shall go to the Sheriff within 30 days after the
   quarter ends. Findings of misuse shall be referred to the Internal
   Affairs Office.
E. For reference, HCJDC's review of the Division's examiner accounts
   for 2022 recorded 214 searches by Division examiners and found no
   search without a report number.

VI. VIOLATIONS

A member who runs a search for a personal or other non-law
enforcement reason, or who discloses a result without authorization,
is subject to discipline up to and including discharge, and HCJDC may
suspend the member's account.

VII. RECORDS RETENTION

Face search logs, Forms SD-117 and audit reports shall be kept for
five years after the search and then destroyed under the State
General Records Schedule.

VIII. PENDING REVISION

A draft amendment, circulated for comment in July 2023, would let
examiners compare still images from airport closed-circuit video with
the wanted-persons list. The draft has not been approved and is not
part of this order.

APPROVED:  Gordon K. Nakamura, Sheriff          Date: August 21, 2023""",
     "SD-GO 23-07   Page 3 of 3"),
], "pdf", HSD,
    [HSD, "Hawaii Department of Public Safety", HCJDC],
    [NEC, CV, "PimEyes"],
    ["NeoFace Reveal"],
    [],
    [N(610000, "approximately", "images", None, "approximately 610,000 booking photographs", HCJDC, NEC),
     N(8, "exact", "users", None, "Eight deputies in the Criminal Investigation Section hold HCJDC examiner accounts",
       HSD, NEC),
     N(214, "exact", "searches", "year", "recorded 214 searches by Division examiners", HSD, NEC)],
    [P("The Division uses facial recognition only to develop investigative leads in the identification of a person "
       "who is suspected of a crime, who is the subject of an arrest warrant, or who is deceased, injured or "
       "otherwise unable to identify himself or herself.", HSD, "purpose"),
     P("Any deputy may request a search through the Criminal Investigation Section.", HSD, "permission"),
     P("A member who is not a trained examiner shall not run a search or log in with an examiner's account.", HSD,
       "prohibition"),
     P("A request shall be made on Form SD-117 and shall include the report number, the offense or warrant number, "
       "and the name of the requesting deputy.", HSD, "requirement"),
     P("A trained examiner may decline a request when the probe image is of such poor quality that a search is "
       "unlikely to be reliable.", HSD, "permission"),
     P("Members shall not use live facial recognition on any camera, including closed-circuit cameras at the "
       "airports and court facilities the Division patrols.", HSD, "prohibition"),
     P("Members shall not submit a probe image of a person because of the person's race, religion, or "
       "participation in a lawful assembly or other protected activity.", HSD, "prohibition"),
     P("Members shall not use a commercial face search website or application, such as Clearview AI or PimEyes, "
       "even when it is offered free of charge or on a trial basis.", HSD, "prohibition"),
     P("A candidate returned by the service is an investigative lead only; it is not a positive identification and "
       "shall not be the sole basis for an arrest, a search warrant or a charge.", HSD, "disclaimer"),
     P("Before a lead is given to the requesting deputy, a second trained examiner shall review the probe image "
       "and the candidate independently.", HSD, "requirement"),
     P("Results shall not be released outside the Division except to a law enforcement agency with a lawful need, "
       "as HRS 846-9 allows.", HSD, "prohibition"),
     P("The Administrative Services Office shall audit the face search log each quarter.", HSD, "requirement"),
     P("The audit shall review at least 10 percent of the searches run in the quarter, and not fewer than 12 "
       "searches when at least 12 were run.", HSD, "requirement"),
     P("For each search reviewed, the auditor shall confirm that a report or warrant number was recorded, that a "
       "second examiner reviewed the result, and that the purpose is one allowed by Section I.", HSD,
       "requirement"),
     P("The audit report shall go to the Sheriff within 30 days after the quarter ends.", HSD, "requirement"),
     P("Findings of misuse shall be referred to the Internal Affairs Office.", HSD, "consequence"),
     P("A member who runs a search for a personal or other non-law enforcement reason, or who discloses a result "
       "without authorization, is subject to discipline up to and including discharge, and HCJDC may suspend the "
       "member's account.", HSD, "consequence"),
     P("Face search logs, Forms SD-117 and audit reports shall be kept for five years after the search and then "
       "destroyed under the State General Records Schedule.", HSD, "requirement")],
    [],
    ["2023-09-01", "2022", "2023-07", "2023-08-21"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Pennsylvania: Upper Darby Township PD
UD = "Upper Darby Township Police Department"
OO = "Oosto"
SUBJ5 = "OnWatch pilot for UDPD"
GM_HEAD = "6/14/24, 9:02 AM" + " " * 8 + "Upper Darby Mail - " + SUBJ5
GM_URL = "https://mail.google.com/mail/u/0/?ik=5c1e9a0b7d&view=pt&search=all"
doc("05_upper-darby-pd-oosto-trial-declined-gmail.txt", [
    (GM_HEAD, """\
Upper Darby Mail                      Francis Duffy <fduffy@upperdarby.org>

OnWatch pilot for UDPD
4 messages

Adam Sorensen <asorensen@oosto.com>           Tue, May 28, 2024 at 10:14 AM
To: "Duffy, Francis" <fduffy@upperdarby.org>

Lieutenant Duffy,

Thanks for stopping by our booth at the Pennsylvania Chiefs of Police
conference in Hershey. As promised, here is the pilot offer.

Oosto will run OnWatch, our real-time face recognition platform, for
Upper Darby at no cost for 60 days. The pilot covers up to 8 camera
streams and a watchlist of up to 5,000 enrolled faces, with setup and
training included. There is no obligation to buy.

If you continue after the pilot, the municipal price is $1,150 per
camera stream per year, so 8 streams would be $9,200 a year, plus a
one-time setup fee of $2,500 that we waive for pilot agencies. A
department about your size in New Jersey cut the time it takes to
identify shoplifting suspects by 40% in its first quarter.

Could we set up a 30-minute call next week?

Adam Sorensen
Regional Sales Director, Public Safety - Mid-Atlantic
Oosto | 917-555-0142

Francis Duffy <fduffy@upperdarby.org>           Tue, Jun 4, 2024 at 3:41 PM
To: Adam Sorensen <asorensen@oosto.com>
Cc: Carla Benedetti <cbenedetti@upperdarby.org>

Mr. Sorensen,

Thank you for the offer. After talking it over with the
Superintendent, the Department is going to decline the OnWatch pilot.
Since you asked, here is why.""", GM_URL + "   1/3"),
    (GM_HEAD, """\
First, we do not run face recognition on live camera feeds, and we
are not going to start. Department Directive 2.14 prohibits the use
of real-time facial recognition on any camera the Township owns or
can access. Changing that would take a vote of Upper Darby Township
Council, and no one has asked for one.

Second, for the uses we do have, we are covered. Our detectives
submit probe photos through JNET's facial recognition service, which
compares them with PennDOT driver license photos and booking photos
statewide. There is no charge to the Township for JNET. Eleven of our
detectives have JNET facial recognition access, and last year they
submitted 162 probe photos. Directive 2.14 requires that every JNET
search carry an incident number, and a JNET result is treated as an
investigative lead, never as probable cause by itself.

Third, the four Upper Darby detectives assigned to the Delaware
County Criminal Investigation Division task force can use the
county's Clearview AI accounts for task force cases. The District
Attorney's Office pays for those, about $15,000 a year as I
understand it.

For recorded video we use BriefCam Review, which the Township bought
in 2022 for $38,500 with $6,900 a year in maintenance. We did not buy
its face recognition module and have no plans to.

Please take us off the pilot list. If anything changes I will reach
out.

Lt. Francis X. Duffy
Commander, Criminal Investigations Division
Upper Darby Township Police Department
7236 West Chester Pike, Upper Darby, PA 19082 | 610-555-0177""", GM_URL + "   2/3"),
    (GM_HEAD, """\
Adam Sorensen <asorensen@oosto.com>             Wed, Jun 5, 2024 at 9:20 AM
To: Francis Duffy <fduffy@upperdarby.org>
Cc: Carla Benedetti <cbenedetti@upperdarby.org>

Understood, and thank you for the detail. Two quick notes inline.

On Tue, Jun 4, 2024 at 3:41 PM Francis Duffy
<fduffy@upperdarby.org> wrote:
> First, we do not run face recognition on live camera feeds, and we
> are not going to start.

OnWatch can also run on recorded video only, which some agencies
prefer for exactly this reason. The pilot offer stands for that mode.

> For recorded video we use BriefCam Review, which the Township bought
> in 2022 for $38,500 with $6,900 a year in maintenance.

Our forensic search would cost less than BriefCam's face add-on.
Happy to send numbers if useful.

Adam

Carla Benedetti <cbenedetti@upperdarby.org>    Wed, Jun 5, 2024 at 11:02 AM
To: Adam Sorensen <asorensen@oosto.com>
Cc: Francis Duffy <fduffy@upperdarby.org>

Mr. Sorensen,

Lt. Duffy's answer is the Department's answer, for recorded video as
well. Please remove Upper Darby from your pilot outreach.

Carla Benedetti
Superintendent of Police
Upper Darby Township Police Department""", GM_URL + "   3/3"),
], "print", UD,
    [UD, "Upper Darby Township Council", "Pennsylvania Justice Network",
     "Pennsylvania Department of Transportation", "Delaware County District Attorney's Office",
     "Delaware County Criminal Investigation Division"],
    [OO, CV, "BriefCam"],
    ["OnWatch", "BriefCam Review"],
    [C(15000, 15000, "year", "about $15,000 a year", "Delaware County District Attorney's Office", CV)],
    [N(11, "exact", "users", None, "Eleven of our detectives have JNET facial recognition access", UD),
     N(162, "exact", "searches", "year", "last year they submitted 162 probe photos", UD),
     N(4, "exact", "users", None, "the four Upper Darby detectives assigned to the Delaware County Criminal "
       "Investigation Division task force can use the county's Clearview AI accounts", UD, CV)],
    [P("Department Directive 2.14 prohibits the use of real-time facial recognition on any camera the Township owns "
       "or can access.", UD, "prohibition"),
     P("Directive 2.14 requires that every JNET search carry an incident number", UD, "requirement"),
     P("a JNET result is treated as an investigative lead, never as probable cause by itself.", UD, "disclaimer")],
    [E("Adam Sorensen", "Francis Duffy", "Tue, May 28, 2024 at 10:14 AM", SUBJ5),
     E("Francis Duffy", "Adam Sorensen", "Tue, Jun 4, 2024 at 3:41 PM", SUBJ5),
     E("Adam Sorensen", "Francis Duffy", "Wed, Jun 5, 2024 at 9:20 AM", SUBJ5),
     E("Francis Duffy", None, "Tue, Jun 4, 2024 at 3:41 PM", None),
     E("Carla Benedetti", "Adam Sorensen", "Wed, Jun 5, 2024 at 11:02 AM", SUBJ5)],
    ["2024-06-14", "2024-05-28", "2024-06-04", "2024-06-05", "2022"],
    scan="photocopy")


# ---------------------------------------------------------------- 6 Arizona: Mohave County SO
MCSO = "Mohave County Sheriff's Office"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
doc("06_mohave-county-bos-idemia-agenda-item.txt", [
    (None, """\
MOHAVE COUNTY BOARD OF SUPERVISORS
AGENDA ITEM SUMMARY

Meeting date:  August 19, 2024 (Regular Meeting)       Item No.: 31
Department:    Sheriff's Office
Presented by:  Chief Deputy Alan R. Whitcomb
Contact:       Lt. Sonia Carrasco, (928) 555-0164
Reviewed:      County Attorney [X]   Finance [X]   Procurement [X]

SUBJECT
Approval of a five-year agreement with IDEMIA Identity & Security USA
LLC for a booking photo face search system and two replacement
livescan fingerprint stations for the Adult Detention Center.

RECOMMENDED ACTION
Approve Contract No. 24-SO-0117 with IDEMIA Identity & Security USA
LLC, through State of Arizona cooperative contract CTR061392, in an
amount not to exceed $172,746.80 over five fiscal years, and
authorize the Chairman to sign.

BACKGROUND
The Sheriff's Office has no face search system of its own.
Detectives now send photographs of unknown suspects to the Arizona
Counter Terrorism Information Center (ACTIC), which runs the search
and returns any candidates; in calendar year 2023 MCSO detectives
sent 57 such requests. Turnaround averages four business days.

The proposed system, MorphoFace Investigate, would search the
County's own booking photographs - about 214,000 images taken at the
Adult Detention Center since 2003 - and would be hosted by IDEMIA.
The licence allows 10 concurrent users. The same agreement replaces
the detention center's two livescan fingerprint stations, which reach
end of support in December 2024 and are not part of the face search
system.""", "Agenda Item 31 - Page 1 of 3"),
    (None, """\
Staff obtained three quotes. IDEMIA's was the lowest for the face
search portion. DataWorks Plus quoted $131,250 for five years of a
comparable hosted system, and a third firm did not meet the hosting
requirement. The Coconino County Sheriff's Office told staff that it
pays about $14,000 a year for its DataWorks Plus service.

Use of the system would be governed by Sheriff's Office Policy 612,
Facial Recognition, adopted June 3, 2024 (attached). Under Policy
612, only members who have completed IDEMIA's examiner training and
the Office's 8-hour course may run a search. A candidate is an
investigative lead only and may not be used as the sole basis for an
arrest or a warrant. The policy prohibits searches of images from
live or recorded video of public places. Members who misuse the
system lose access and are subject to discipline under Policy 340.

At the study session on July 22, 2024, Supervisor Hollis asked
whether the County should require an annual public report of search
numbers. Staff will bring a draft for discussion; no such
requirement is part of this item.

FISCAL ANALYSIS
Budgeted:         Yes, in part
Fund / line:      Jail District Fund 2180-5410-7460 (FY 2025);
                  Sheriff's Anti-Racketeering (RICO) Fund 2255
FY 2025 budget:   $110,000.00 (adopted June 17, 2024)
FY 2025 cost:     $103,580.00
Future years:     $16,750.00 to $17,844.18 a year, to be requested in
                  each annual budget
Tax:              Arizona transaction privilege tax (5.6% state rate
                  plus the county rate) applies to the livescan
                  hardware only and is included in the table.""", "Agenda Item 31 - Page 2 of 3"),
    (None, """\
The face search portion is a one-time $62,400.00 for the licence,
hosting setup, data conversion and training in FY 2025, then
$11,800.00 a year for support and hosting, rising 3% each year. Over
five years the face search portion comes to $111,766.80. The livescan
stations are $41,180.00 including tax, then $4,950.00 a year for
support.

Table 1. Costs by fiscal year (July 1 - June 30)

Fiscal    Face search    Face search    Livescan     Year total
year      licence and    support and    stations
          setup          hosting        and support
-------   ------------   ------------   ----------   -----------
FY 2025     $62,400.00          $0.00   $41,180.00   $103,580.00
FY 2026           0.00      11,800.00     4,950.00     16,750.00
FY 2027           0.00      12,154.00     4,950.00     17,104.00
FY 2028           0.00      12,518.62     4,950.00     17,468.62
FY 2029           0.00      12,894.18     4,950.00     17,844.18
-------   ------------   ------------   ----------   -----------
Total       $62,400.00     $49,366.80   $60,980.00   $172,746.80

Contingency: none requested. A.R.S. 11-251(14) and 41-2632 permit
the purchase through the state contract without a separate County
solicitation.

ATTACHMENTS
1. Contract No. 24-SO-0117 (31 pages)
2. IDEMIA price quote Q-AZ-24-0612
3. Sheriff's Office Policy 612, Facial Recognition

BOARD ACTION:   ____ Approved    ____ Denied    ____ Continued""", "Agenda Item 31 - Page 3 of 3"),
], "pdf", MCSO,
    ["Mohave County Board of Supervisors", MCSO, "Arizona Counter Terrorism Information Center",
     "Coconino County Sheriff's Office"],
    [IDM, "DataWorks Plus"],
    [MFI],
    [C(62400, 62400, "one-time", "a one-time $62,400.00", MCSO, IDM, MFI),
     C(11800, 11800, "year", "$11,800.00 a year for support and hosting", MCSO, IDM, MFI),
     C(111766.80, 111766.80, None, "five years the face search portion comes to $111,766.80", MCSO, IDM, MFI),
     C(12154, 12154, "year", "FY 2027           0.00      12,154.00", MCSO, IDM, MFI),
     C(12518.62, 12518.62, "year", "FY 2028           0.00      12,518.62", MCSO, IDM, MFI),
     C(12894.18, 12894.18, "year", "FY 2029           0.00      12,894.18", MCSO, IDM, MFI),
     C(49366.80, 49366.80, None, "Total       $62,400.00     $49,366.80", MCSO, IDM, MFI),
     C(14000, 14000, "year", "pays about $14,000 a year for its DataWorks Plus service",
       "Coconino County Sheriff's Office", "DataWorks Plus")],
    [N(57, "exact", "requests", "year", "sent 57 such requests", MCSO),
     N(214000, "approximately", "images", None, "about 214,000 images taken at the Adult Detention Center", MCSO,
       IDM),
     N(10, "exact", "licenses", None, "The licence allows 10 concurrent users.", MCSO, IDM)],
    [P("only members who have completed IDEMIA's examiner training and the Office's 8-hour course may run a "
       "search.", MCSO, "requirement"),
     P("A candidate is an investigative lead only and may not be used as the sole basis for an arrest or a "
       "warrant.", MCSO, "disclaimer"),
     P("The policy prohibits searches of images from live or recorded video of public places.", MCSO,
       "prohibition"),
     P("Members who misuse the system lose access and are subject to discipline under Policy 340.", MCSO,
       "consequence")],
    [],
    ["2024-08-19", "2024-12", "2023", "2003", "2024-06-03", "2024-07-22", "2024-06-17"],
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
