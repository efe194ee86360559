"""Held-out set 4, part C: annual report, news article, cloud invoice."""
from docs_a import cost, count, pol

DOCS = []

# ---------------------------------------------------------------- 12 Annual report, Tulsa OK
TPD = "Tulsa Police Department"
OSBI = "Oklahoma State Bureau of Investigation"
CV = "Clearview AI"
DOCS.append(dict(
    name="12_tulsa-ok-pd-fr-annual-report-2024",
    kind="text", scan=True,
    pages=["""\
TULSA POLICE DEPARTMENT
Crime Information Unit
FACIAL RECOGNITION PROGRAM - ANNUAL REPORT, CALENDAR YEAR 2024
Submitted to the Tulsa City Council under Ordinance 24-0118                    March 3, 2025

1. Overview
In 2024 the Department used two face recognition resources: Clearview AI, licensed directly
by the Department, and the Oklahoma State Bureau of Investigation's statewide mugshot
system, which contains more than 3.2 million images.
Investigators ran 1,847 searches during the year, 9% more than in 2023.
Policy 31-229 requires a supervisor to approve each search before it is run.
No search was run on live video, which the policy prohibits.

2. Summary figures
Searches conducted: 1,847
Possible matches returned: 612
Arrests in which an FR lead was one factor: 94
Active user accounts (Dec. 31): 38
Complaints received: 0

3. Searches by quarter
Quarter         Clearview AI    OSBI system    Total
Q1 (Jan-Mar)         261             141         402
Q2 (Apr-Jun)         298             157         455
Q3 (Jul-Sep)         322             166         488
Q4 (Oct-Dec)         331             171         502
Year               1,212             635       1,847
""", """\
4. Cost
The Clearview AI subscription cost $35,000 for calendar year 2024 and was paid from the
Department's asset forfeiture account. Access to the OSBI system is provided at no charge.
For comparison, the Department's calls for service totaled about 412,000 in 2024.

5. Compliance
The Unit audited a 10% sample of searches; all had a documented case number and approval.
Every search result is treated as an investigative lead, not a positive identification.

Prepared by: Capt. Renee Holloway, Crime Information Unit, (918) 596-9222
"""],
    labels=dict(
        request_agency=TPD, agencies=[TPD, OSBI, "Tulsa City Council"], vendors=[CV], products=["Clearview AI"],
        costs=[cost(35000, 35000, "year", "$35,000 for calendar year 2024", TPD, CV, "Clearview AI")],
        counts=[
            count(3200000, "images", "more than 3.2 million images", OSBI, qualifier="at least"),
            count(1847, "searches", "Investigators ran 1,847 searches during the year", TPD, per="year"),
            count(612, "matches", "Possible matches returned: 612", TPD),
            count(94, "arrests", "Arrests in which an FR lead was one factor: 94", TPD),
            count(38, "users", "Active user accounts (Dec. 31): 38", TPD),
            count(402, "searches", "Q1 (Jan-Mar)         261             141         402", TPD, per="quarter"),
            count(455, "searches", "Q2 (Apr-Jun)         298             157         455", TPD, per="quarter"),
            count(488, "searches", "Q3 (Jul-Sep)         322             166         488", TPD, per="quarter"),
            count(502, "searches", "Q4 (Oct-Dec)         331             171         502", TPD, per="quarter"),
            count(1212, "searches", "Year               1,212", TPD, CV, per="year"),
            count(635, "searches", "1,212             635", TPD, per="year"),
        ],
        image_counts=[{"count": 3200000, "quote": "more than 3.2 million images"}],
        policies=[
            pol("Policy 31-229 requires a supervisor to approve each search before it is run.", "requirement", TPD),
            pol("No search was run on live video, which the policy prohibits.", "prohibition", TPD),
            pol("Every search result is treated as an investigative lead, not a positive identification.", "disclaimer", TPD),
        ],
        emails=[],
    ),
    layout="Agency annual report: prose, label-value summary lines, a quarterly table by system, cost section",
    traps="Ordinance 24-0118, Policy 31-229, 9%, 10%, 'Complaints received: 0', calls for service about 412,000 (not FR), phone, dates. Per-system quarterly cells (261, 141, ...) are not labelled; row totals and the per-system year totals are",
))

# ---------------------------------------------------------------- 13 News article, Chatham County GA DA
DA = "Office of the District Attorney, Eastern Judicial Circuit of Georgia"
SPD = "Savannah Police Department"
DOCS.append(dict(
    name="13_savannah-ga-da-clearview-news",
    kind="text", scan=True,
    pages=["""\
THE COASTAL LEDGER                                              Local | Public Safety
Records show Chatham DA's investigators used Clearview AI for two years
By Maya Thibodeaux, Staff Writer          Published Aug. 6, 2025, 5:12 a.m. | Updated 9:40 a.m.

SAVANNAH, Ga. - Investigators in the Chatham County district attorney's office ran
more than 300 searches on the facial recognition app Clearview AI between 2023 and mid-2025,
according to records the Ledger obtained under the Georgia Open Records Act.

The records, 214 pages released by the Office of the District Attorney for the Eastern
Judicial Circuit, include an invoice
for $4,800 covering six investigator accounts for one year. A Clearview sales proposal in
the file priced accounts at $6 to $12 a month per user depending on volume.

An office spokeswoman, Tasha Greer, said investigators
"may use Clearview only to generate leads, and every lead must be confirmed by other work."
She said the office has no written policy but follows the Savannah Police Department's,
which bars use on body-camera footage.

The Savannah Police Department, which shares case files with the DA, told the Ledger it
ended its own Clearview trial in 2021 after 41 searches.

The app has drawn lawsuits. Clearview settled an Illinois class action in 2025 in a deal
valued at about $51.75 million, and Savannah paid $90,000 in 2023 to settle a wrongful-arrest
claim unrelated to face recognition.

Office of the District Attorney phone: 912-652-7308. The records request, ORR 2025-0318,
cost the Ledger $37.50 in copying fees.
"""],
    labels=dict(
        request_agency=DA, agencies=[DA, SPD], vendors=[CV], products=["Clearview AI"],
        costs=[
            cost(4800, 4800, "year", "$4,800 covering six investigator accounts for one year", DA, CV, "Clearview AI"),
            cost(6, 12, "month", "$6 to $12 a month per user", DA, CV, "Clearview AI", unit="per user"),
        ],
        counts=[
            count(300, "searches", "more than 300 searches", DA, CV, qualifier="at least"),
            count(6, "users", "six investigator accounts", DA, CV),
            count(41, "searches", "after 41 searches", SPD, CV),
        ],
        image_counts=[],
        policies=[
            pol("may use Clearview only to generate leads, and every lead must be confirmed by other work.", "requirement", DA),
            pol("which bars use on body-camera footage.", "prohibition", SPD),
        ],
        emails=[],
    ),
    layout="News article quoting released records and a spokesperson, byline with publish/update times",
    traps="settlement $51.75 million and wrongful-arrest settlement $90,000 (not costs), records fee $37.50, 214 pages, ORR 2025-0318, phone, years, times",
))

# ---------------------------------------------------------------- 14 AWS invoice, Spring ISD PD (TX)
SISD = "Spring Independent School District Police Department"
DOCS.append(dict(
    name="14_spring-isd-tx-pd-rekognition-invoice",
    kind="text", scan=False,
    pages=["""\
Amazon Web Services, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210

Tax Invoice / Statement                                  Invoice Number: 1845502217
Account number: 4417-2290-8831                           Invoice Date: November 2, 2024
Billing period: October 1 - October 31, 2024             Payment due: Net 30

Bill to: Spring Independent School District
         Attn: Accounts Payable, 16717 Ella Blvd, Houston, TX 77090
Cost center tag: SISD-PD-CAMPUS-SAFETY (Spring ISD Police Department)

Service charges
Amazon Rekognition
  Image - Group 2 APIs (SearchFacesByImage)
    First 1M images: 18,420 images x USD 0.001 per image ........... USD 18.42
  Face metadata storage
    26,300 face metadata objects x USD 0.00001 per object-month ..... USD 0.26
  Video - streaming analysis (not used)                                 USD 0.00
Amazon S3 (general storage, 1.1 TB)                                     USD 25.30
Amazon EC2 (campus camera VMS, 2 instances)                             USD 311.04

Subtotal                                                                USD 355.02
Tax (exempt - Texas Tax Code 151.310)                                   USD 0.00
Total for this period                                                   USD 355.02

Note from district purchasing (handwritten on file copy):
Rekognition spend this month about $19.
Budgeted $1,500 for Rekognition for FY2024-25 (PO 24-00917).
"""],
    labels=dict(
        request_agency=SISD, agencies=[SISD, "Spring Independent School District"], vendors=["Amazon Web Services"], products=["Amazon Rekognition"],
        costs=[
            cost(18.42, 18.42, "month", "18,420 images x USD 0.001 per image ........... USD 18.42", SISD, "Amazon Web Services", "Amazon Rekognition"),
            cost(0.001, 0.001, None, "USD 0.001 per image", SISD, "Amazon Web Services", "Amazon Rekognition", unit="per image"),
            cost(0.26, 0.26, "month", "USD 0.26", SISD, "Amazon Web Services", "Amazon Rekognition"),
            cost(0.00001, 0.00001, "month", "USD 0.00001 per object-month", SISD, "Amazon Web Services", "Amazon Rekognition", unit="per object"),
            cost(19, 19, "month", "Rekognition spend this month about $19", SISD, "Amazon Web Services", "Amazon Rekognition"),
            cost(1500, 1500, None, "Budgeted $1,500 for Rekognition for FY2024-25", SISD, "Amazon Web Services", "Amazon Rekognition"),
        ],
        counts=[
            count(18420, "searches", "18,420 images x USD 0.001 per image", SISD, "Amazon Web Services", per="month"),
            count(26300, "images", "26,300 face metadata objects", SISD, "Amazon Web Services"),
        ],
        image_counts=[{"count": 26300, "quote": "26,300 face metadata objects"}],
        policies=[],
        emails=[],
    ),
    layout="Cloud provider monthly invoice with service lines, per-unit cloud pricing, and a file-copy note",
    traps="S3 $25.30 and EC2 $311.04 (not FR), subtotal/total $355.02 (mixed FR and non-FR: not labelled), tax $0.00, video $0.00, account/invoice numbers, Tax Code 151.310, '1.1 TB', '2 instances', '1M images' tier, ZIP. Only the school district is named near the money; the police department is in the cost-center tag",
))
