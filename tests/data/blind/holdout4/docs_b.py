"""Held-out set 4, part B: quotes, orders, agreements, minutes, grant, policy."""
from docs_a import cost, count, pol

DOCS = []

# ---------------------------------------------------------------- 06 DataWorks Plus quote, Pinal County AZ
PCSO = "Pinal County Sheriff's Office"
DW = "DataWorks Plus"
DOCS.append(dict(
    name="06_pinal-county-az-so-dataworks-quote",
    kind="text", scan=True,
    pages=["""\
DATAWORKS PLUS, LLC
Greenville, South Carolina  |  www.dataworksplus.com  |  864-555-0190

QUOTATION
Quote No.: Q-24-06118                       Date: June 18, 2024
Customer No.: 100-4471                      Valid through: September 16, 2024

Bill To / Ship To:
Pinal County Sheriff's Office
971 N. Jason Lopez Circle, Building C
Florence, AZ 85132
Attn: Cmdr. R. Espinoza, Criminal Investigations Division

Line  Description                                  Qty   Unit Price      Extended
----  -------------------------------------------  ---   ------------    ------------
1     FACE Plus Investigative Client License         6     $3,150.00      $18,900.00
2     FACE Plus Server Software, annual term         1    $24,000.00      $24,000.00
3     Mugshot conversion and enrollment              1     $6,750.00       $6,750.00
4     On-site administrator training, per day        2     $1,800.00       $3,600.00
                                                         Subtotal         $53,250.00
                                 Public safety discount (10%)             -$5,325.00
                                          Sales tax (exempt, A.R.S.)           $0.00
                                                         TOTAL            $47,925.00

Annual Software Maintenance (Year 2 onward): $5,670.00 per year
Optional hosted (cloud) deployment in place of line 2: $2,150.00 per month

Notes:
1. Enrollment covers the Sheriff's existing booking archive of approximately 310,000 images.
2. Payment terms Net 30. Prices exclude any Livescan or mobile fingerprint hardware.
3. This quotation is subject to the terms of NASPO ValuePoint agreement ADSPO17-166651.

Prepared by: T. Whitfield, Regional Sales Manager
""", """\
DATAWORKS PLUS, LLC - Quote Q-24-06118 (continued)                              Page 2 of 2

Customer acknowledgement

The Pinal County Sheriff's Office accepts the above quotation. Funding is subject to approval
by the Pinal County Board of Supervisors (agenda date July 10, 2024).

FACE Plus results are investigative leads only and are not positive identification.
(Statement required on every PCSO case report that references a FACE Plus search.)

Authorized signature: ____________________________      Date: ______________
Name/Title: ___________________________, Sheriff

PCSO Procurement Use Only:  Req. 24-SO-0388   Fund 101   Dept 2150   Object 6312
"""],
    labels=dict(
        request_agency=PCSO, agencies=[PCSO, "Pinal County Board of Supervisors"], vendors=[DW], products=["FACE Plus"],
        costs=[
            cost(18900, 18900, None, "$18,900.00", PCSO, DW, "FACE Plus"),
            cost(3150, 3150, None, "$3,150.00", PCSO, DW, "FACE Plus", unit="per license"),
            cost(24000, 24000, "year", "FACE Plus Server Software, annual term         1    $24,000.00", PCSO, DW, "FACE Plus"),
            cost(6750, 6750, None, "Mugshot conversion and enrollment              1     $6,750.00       $6,750.00", PCSO, DW, "FACE Plus"),
            cost(3600, 3600, None, "$3,600.00", PCSO, DW, "FACE Plus"),
            cost(1800, 1800, None, "$1,800.00", PCSO, DW, "FACE Plus", unit="per day"),
            cost(53250, 53250, None, "$53,250.00", PCSO, DW, "FACE Plus"),
            cost(47925, 47925, None, "$47,925.00", PCSO, DW, "FACE Plus"),
            cost(5670, 5670, "year", "$5,670.00 per year", PCSO, DW, "FACE Plus"),
            cost(2150, 2150, "month", "$2,150.00 per month", PCSO, DW, "FACE Plus"),
        ],
        counts=[
            count(6, "users", "FACE Plus Investigative Client License         6", PCSO, DW),
            count(310000, "images", "approximately 310,000 images", PCSO, qualifier="approximately"),
        ],
        image_counts=[{"count": 310000, "quote": "approximately 310,000 images"}],
        policies=[pol("FACE Plus results are investigative leads only and are not positive identification.", "disclaimer", PCSO),
                  pol("Statement required on every PCSO case report that references a FACE Plus search.", "requirement", PCSO)],
        emails=[],
    ),
    layout="Vendor quotation with a fixed-width line table (qty, unit price, extended), subtotal, discount, tax, total; annual and monthly options",
    traps="discount -$5,325.00 (not a cost), tax $0.00, 10%, quote/customer numbers, NASPO agreement ADSPO17-166651, Net 30, req./fund/dept/object codes, phone, ZIP, 'Page 2 of 2'. The client licence row has several units (labelled as extended + unit)",
))

# ---------------------------------------------------------------- 07 Purchase order, Port of New Orleans
PONO = "Port of New Orleans Harbor Police Department"
BOARD = "Board of Commissioners of the Port of New Orleans"
COG = "Cognitec Systems"
DOCS.append(dict(
    name="07_port-nola-harbor-pd-cognitec-po",
    kind="text", scan=True,
    pages=["""\
BOARD OF COMMISSIONERS OF THE PORT OF NEW ORLEANS
Purchasing Department  -  1350 Port of New Orleans Place, New Orleans, LA 70130

PURCHASE ORDER                                   PO Number: 4500123987
                                                 PO Date:   08/22/2023
                                                 Revision:  0

Vendor:  Cognitec Systems Corp.                  Vendor No.: 100482
         Fort Lauderdale, FL                     Terms: Net 30

Requisitioned by: Harbor Police Dept. - Criminal Investigations (Req. 0011764)
Deliver to: Harbor Police Headquarters, 4 Canal St. Wharf (ATTN: Sgt. L. Broussard)
Charge to: Harbor Police Dept. operating budget, Account 4410-6120-0

LN  QTY  UOM  DESCRIPTION                                             UNIT COST     EXT COST
--  ---  ---  ------------------------------------------------------  ----------  ----------
1    1   EA   FaceVACS-DBScan LE server license (perpetual)            38,500.00   38,500.00
2    4   EA   FaceVACS-DBScan LE examiner workstation license           2,975.00   11,900.00
3    1   YR   Software maintenance & support, year 1                    7,680.00    7,680.00
                                                              PO TOTAL:  USD 58,080.00

Special conditions:
A. Vendor shall maintain general liability insurance of not less than $1,000,000 per
   occurrence for the term of this order.
B. Installation must be complete within 45 days of PO date.
C. Maintenance for years 2 and 3 will be issued on separate annual orders.

Authorized by: ______________________  Director of Procurement
""", """\
PO 4500123987 - Attachment A (Harbor Police Department statement of use)

The Port of New Orleans Harbor Police Department will use FaceVACS-DBScan LE to compare
still images from investigations against its own arrest photographs (about 57,000 images)
and against images lawfully shared by partner agencies.

1. The system shall not be connected to the Port's terminal CCTV network.
2. Only the four trained examiners may run searches.
3. A possible match is an investigative lead and must be corroborated by other evidence.

Approved: Chief of Harbor Police                          Date: 08/17/2023
"""],
    labels=dict(
        request_agency=BOARD, agencies=[BOARD, PONO], vendors=[COG], products=["FaceVACS-DBScan LE"],
        costs=[
            cost(38500, 38500, None, "38,500.00   38,500.00", PONO, COG, "FaceVACS-DBScan LE"),
            cost(11900, 11900, None, "11,900.00", PONO, COG, "FaceVACS-DBScan LE"),
            cost(2975, 2975, None, "2,975.00", PONO, COG, "FaceVACS-DBScan LE", unit="per workstation"),
            cost(7680, 7680, "year", "Software maintenance & support, year 1                    7,680.00", PONO, COG, "FaceVACS-DBScan LE"),
            cost(58080, 58080, None, "USD 58,080.00", PONO, COG, "FaceVACS-DBScan LE"),
        ],
        counts=[
            count(4, "users", "4   EA   FaceVACS-DBScan LE examiner workstation license", PONO, COG),
            count(57000, "images", "about 57,000 images", PONO, qualifier="approximately"),
        ],
        image_counts=[{"count": 57000, "quote": "about 57,000 images"}],
        policies=[
            pol("The system shall not be connected to the Port's terminal CCTV network.", "prohibition", PONO),
            pol("Only the four trained examiners may run searches.", "requirement", PONO),
            pol("A possible match is an investigative lead and must be corroborated by other evidence.", "disclaimer", PONO),
        ],
        emails=[],
    ),
    layout="Port authority purchase order (fixed-width lines, UOM column, amounts without $), page 2 a statement of use",
    traps="$1,000,000 insurance (not a cost), PO/vendor/req./account numbers, Net 30, 45 days, ZIP, dates. Money is under the Port board's letterhead; the buyer (Harbor Police) is named in the requisition and charge lines, and costs are attributed to it",
))

# ---------------------------------------------------------------- 08 MOU, Kentucky State Police + Lexington PD
KSP = "Kentucky State Police"
LPD = "Lexington Police Department"
NEC = "NEC"
DOCS.append(dict(
    name="08_kentucky-sp-lexington-pd-nec-mou",
    kind="text", scan=False,
    pages=["""\
MEMORANDUM OF UNDERSTANDING
between the
KENTUCKY STATE POLICE
and the
LEXINGTON-FAYETTE URBAN COUNTY GOVERNMENT, DIVISION OF POLICE
(Lexington Police Department)

KSP Agreement No. MOU-2022-114                                    ORI KY0340200 (LPD)

1. PURPOSE
This Memorandum sets the terms under which the Lexington Police Department ("LPD") may
submit probe images to the Kentucky State Police ("KSP") face recognition system, NEC
NeoFace Reveal, hosted at KSP Headquarters, 919 Versailles Road, Frankfort, KY 40601.

2. BACKGROUND
KSP acquired NeoFace Reveal in 2021 for $1.2 million under a statewide contract. The
system's gallery holds approximately 1.4 million booking photographs contributed by
Kentucky jails and detention centers.

3. ACCESS
3.1 LPD may designate up to 15 users.
3.2 Each user must complete the KSP face comparison course (16 hours) before access is granted.
3.3 Access is by named account only; accounts may not be shared.

4. COST REIMBURSEMENT
4.1 LPD shall reimburse KSP an annual user fee of $850 per user.
4.2 Total reimbursement shall not exceed $12,750 per fiscal year.
4.3 Invoices are payable within thirty (30) days under KRS 45.454.
""", """\
5. CONDITIONS OF USE
5.1 A NeoFace Reveal candidate is an investigative lead only and is not probable cause.
5.2 LPD shall not use the system to identify persons engaged in lawful First Amendment activity.
5.3 LPD shall not submit probe images captured from live video surveillance.
5.4 Probe images and search logs shall be retained for two (2) years, then purged.
5.5 Misuse of the system will result in immediate suspension of the user's account.

6. AUDIT
KSP will audit a sample of LPD searches each quarter and report findings to the LPD Chief.

7. TERM
This MOU is effective July 1, 2022 and continues until terminated by either party on
thirty (30) days' written notice. Records subject to KRS 61.870 to 61.884.

For the Kentucky State Police:                 For the Lexington Police Department:

____________________________                   ____________________________
Commissioner                                   Chief of Police
Date: 06/14/2022                               Date: 06/21/2022
"""],
    labels=dict(
        request_agency=KSP, agencies=[KSP, LPD, "Lexington-Fayette Urban County Government"], vendors=[NEC], products=["NeoFace Reveal"],
        costs=[
            cost(1200000, 1200000, None, "$1.2 million", KSP, NEC, "NeoFace Reveal"),
            cost(850, 850, "year", "an annual user fee of $850 per user", LPD, None, "NeoFace Reveal", unit="per user"),
            cost(None, 12750, "year", "shall not exceed $12,750 per fiscal year", LPD, None, "NeoFace Reveal"),
        ],
        counts=[
            count(1400000, "images", "approximately 1.4 million booking photographs", KSP, qualifier="approximately"),
            count(15, "users", "up to 15 users", LPD, qualifier="up to"),
        ],
        image_counts=[{"count": 1400000, "quote": "approximately 1.4 million booking photographs"}],
        policies=[
            pol("Each user must complete the KSP face comparison course (16 hours) before access is granted.", "requirement", LPD),
            pol("Access is by named account only; accounts may not be shared.", "prohibition", LPD),
            pol("A NeoFace Reveal candidate is an investigative lead only and is not probable cause.", "disclaimer", LPD),
            pol("LPD may designate up to 15 users.", "permission", LPD),
            pol("LPD shall not use the system to identify persons engaged in lawful First Amendment activity.", "prohibition", LPD),
            pol("LPD shall not submit probe images captured from live video surveillance.", "prohibition", LPD),
            pol("Probe images and search logs shall be retained for two (2) years, then purged.", "requirement", LPD),
            pol("Misuse of the system will result in immediate suspension of the user's account.", "consequence", LPD),
            pol("KSP will audit a sample of LPD searches each quarter and report findings to the LPD Chief.", "requirement", KSP),
        ],
        emails=[],
    ),
    layout="Two-agency MOU with numbered sections and signature blocks",
    traps="Agreement no., ORI, KRS 45.454 / 61.870 / 61.884, 16 hours, thirty (30) days, section numbers, street number, ZIP. Money paid by two different agencies (KSP's purchase, LPD's reimbursement)",
))

# ---------------------------------------------------------------- 09 Council minutes, Grand Island NE
GIPD = "Grand Island Police Department"
GI = "City of Grand Island"
MOT = "Motorola Solutions"
DOCS.append(dict(
    name="09_grand-island-ne-council-vigilant-minutes",
    kind="text", scan=True,
    pages=["""\
CITY OF GRAND ISLAND, NEBRASKA
CITY COUNCIL REGULAR MEETING - OFFICIAL PROCEEDINGS
Tuesday, May 14, 2024, 7:00 p.m., Council Chambers, 100 East First Street

Present: Mayor Brandvold; Council Members Alvarez, Kowalczyk, Dvorak, Lindgren, Ostrander,
Pettijohn, Quintero, Sandberg, Thielen. Absent: Wendell Marsh.

CONSENT AGENDA
#2024-183 - Approving Minutes of April 23, 2024 City Council Regular Meeting.
#2024-184 - Approving Change Order No. 2 with Diamond Engineering for Sanitary Sewer District
562 in an amount of $14,208.75.

REQUEST AND RESOLUTIONS
#2024-187 - Approving Agreement with Motorola Solutions, Inc. for Vigilant FaceSearch.
Police Chief Allison Brekke said the Police Department trialed FaceSearch from September through
December 2023 and ran 212 searches during the trial, with 10 detectives given access.
The agreement is for three years in an amount not to exceed $46,500, billed at $15,500 per year.
Brekke said a FaceSearch result is a lead only and must be verified before any arrest.
She also said FaceSearch will not be used for immigration enforcement.

Council Member Kowalczyk asked whether the separate license plate reader purchase on the
agenda was related. Brekke said no: #2024-188 buys 8 fixed Vigilant LPR cameras for
$62,400 from the Keno fund and has no face recognition capability.

Motion by Dvorak, second by Thielen to approve Resolution #2024-187. Roll call: 7 aye,
2 nay (Ostrander, Sandberg). Motion adopted.
""", """\
#2024-188 - Approving Purchase of Vigilant Fixed License Plate Reader Cameras. Motion by
Alvarez, second by Quintero to approve. Roll call: 9 aye. Motion adopted.

#2024-189 - Approving Settlement of Claim - Hall County District Court Case CI 23-412 in the
amount of $37,500. Motion adopted 9-0.

ADJOURNMENT: The meeting adjourned at 8:41 p.m.

Joanne Sorensen
City Clerk
"""],
    labels=dict(
        request_agency=GI, agencies=[GI, GIPD, "Grand Island City Council"], vendors=[MOT, "Vigilant Solutions"], products=["Vigilant FaceSearch"],
        costs=[
            cost(None, 46500, None, "three years in an amount not to exceed $46,500", GIPD, MOT, "Vigilant FaceSearch"),
            cost(15500, 15500, "year", "$15,500 per year", GIPD, MOT, "Vigilant FaceSearch"),
        ],
        counts=[
            count(212, "searches", "ran 212 searches during the trial", GIPD, MOT),
            count(10, "users", "10 detectives given access", GIPD, MOT),
        ],
        image_counts=[],
        policies=[
            pol("Brekke said a FaceSearch result is a lead only and must be verified before any arrest.", "disclaimer", GIPD),
            pol("She also said FaceSearch will not be used for immigration enforcement.", "prohibition", GIPD),
        ],
        emails=[],
    ),
    layout="City council official proceedings (consent agenda, resolutions, roll call)",
    traps="sewer change order $14,208.75, LPR cameras $62,400 and '8 fixed Vigilant LPR cameras' (same vendor, not FR), claim settlement $37,500, case CI 23-412, resolution numbers, vote tallies, sewer district 562, times. Money sentence names no agency; the buyer is the Police Department (costs attributed to it)",
))

# ---------------------------------------------------------------- 10 Grant budget narrative, Maine fusion center
MIAC = "Maine Information and Analysis Center"
MSP = "Maine State Police"
COR = "Corsight AI"
DOCS.append(dict(
    name="10_maine-miac-corsight-grant-budget",
    kind="text", scan=False,
    pages=["""\
MAINE STATE POLICE
Maine Information and Analysis Center (MIAC)
45 Commerce Drive, Augusta, ME 04333

FY2024 STATE HOMELAND SECURITY PROGRAM (SHSP) - PROJECT BUDGET NARRATIVE
Project 7 of 11: Investigative Face Recognition Capability       Assistance Listing 97.067

A. PROJECT SUMMARY
MIAC requests funding for a two-year license to Corsight Fortify (investigative, still-image
mode) and for analyst training. The capability supports MIAC's analytic unit and the eight
county sheriffs who route requests through the fusion center. MIAC analysts currently
compare images manually, which takes an average of 3.5 hours per request.

B. BUDGET DETAIL
Equipment/Software
  Corsight Fortify investigative license, 24 months ......................... $64,000
  (vendor quote CQ-ME-0915: $32,000 per year; hosted on MIAC servers)
Training
  FISWG-aligned facial comparison certification, 6 analysts x $800 ........... $4,800
Personnel
  None requested. Analyst time is provided as in-kind match by the Maine State Police.
TOTAL FEDERAL REQUEST .......................................................... $68,800

C. OTHER FUNDING (for context, not requested here)
The mobile license plate reader trailer deployed at the 2022 Bangor events was purchased with
FY2021 SHSP funds ($48,750). Body-worn camera docks for the Special Services Unit ($21,300)
are requested under Project 9.
""", """\
D. PRIVACY AND CIVIL LIBERTIES SAFEGUARDS
MIAC will not use face recognition to identify persons engaged in lawful protest or assembly.
Each search will be reviewed by a second trained analyst before any result is disseminated.
Search results will be labeled "investigative lead - not an identification."
Only the six certified analysts will hold Fortify accounts.

E. PERFORMANCE MEASURES
MIAC expects to process about 600 face comparison requests per year.
The vendor reports a 99.2% true-match rate on NIST FRTE mugshot data.

Point of contact: Lt. Dana Corbett, MIAC Deputy Director, 207-624-7280
"""],
    labels=dict(
        request_agency=MSP, agencies=[MSP, MIAC], vendors=[COR], products=["Corsight Fortify"],
        costs=[
            cost(64000, 64000, None, "Corsight Fortify investigative license, 24 months ......................... $64,000", MIAC, COR, "Corsight Fortify"),
            cost(32000, 32000, "year", "$32,000 per year", MIAC, COR, "Corsight Fortify"),
            cost(4800, 4800, None, "6 analysts x $800 ........... $4,800", MIAC, None, None),
            cost(800, 800, None, "6 analysts x $800", MIAC, None, None, unit="per analyst"),
            cost(68800, 68800, None, "TOTAL FEDERAL REQUEST .......................................................... $68,800", MIAC, None, None),
        ],
        counts=[
            count(6, "users", "Only the six certified analysts will hold Fortify accounts.", MIAC, COR),
            count(600, "searches", "about 600 face comparison requests per year", MIAC, qualifier="approximately", per="year"),
        ],
        image_counts=[],
        policies=[
            pol("MIAC will not use face recognition to identify persons engaged in lawful protest or assembly.", "prohibition", MIAC),
            pol("Each search will be reviewed by a second trained analyst before any result is disseminated.", "requirement", MIAC),
            pol("Search results will be labeled \"investigative lead - not an identification.\"", "disclaimer", MIAC),
            pol("Only the six certified analysts will hold Fortify accounts.", "requirement", MIAC),
        ],
        emails=[],
    ),
    layout="Grant budget narrative with dotted-leader budget lines, other-funding context and safeguards",
    traps="LPR trailer $48,750 and body-worn camera docks $21,300 (not FR), 3.5 hours, 99.2%, Assistance Listing 97.067, 'Project 7 of 11', 'eight county sheriffs', phone, ZIP, years",
))

# ---------------------------------------------------------------- 11 General order, Sandoval County NM
SCSO = "Sandoval County Sheriff's Office"
LN = "LexisNexis Risk Solutions"
DOCS.append(dict(
    name="11_sandoval-county-nm-so-general-order-lumen",
    kind="text", scan=False,
    pages=["""\
SANDOVAL COUNTY SHERIFF'S OFFICE                                  GENERAL ORDER 4-22
Bernalillo, New Mexico
Subject: Facial Recognition Technology                Effective: 01/08/2024   Rescinds: None
Distribution: All sworn personnel                     Pages: 2    NMLEA Standard: None

I. PURPOSE
To set the conditions under which members may use facial recognition technology (FRT),
including the LexisNexis Lumen FR module licensed by the Office.

II. POLICY
A. FRT results are leads only and shall not be the sole basis for an arrest or warrant.
B. No more than 12 deputies may hold Lumen FR accounts at any one time.
C. A supervisor at the rank of sergeant or above must approve each search in writing.

III. PROHIBITED USES
A. Members shall not use FRT on live or recorded video to track a person's movements.
B. Members shall not use FRT to identify people based on race, religion or political views.
C. Members shall not use FRT to monitor people exercising First Amendment rights.
D. Members shall not use any public or trial FRT service not licensed by the Office.

IV. TRAINING
Deputies must complete eight hours of FR training and sign form SCSO-417 before access.
""", """\
V. RECORDS AND RETENTION
A. Probe images, candidate lists and the case number shall be logged for every search.
B. Search logs shall be retained for three years from the date of the search.

VI. VIOLATIONS
Use of FRT outside this order may result in loss of access and discipline up to termination.

VII. FUNDING
The Lumen FR subscription ($9,600 annually) is paid from the Sheriff's general fund,
line 401-2210-5330. The Office's separate body-worn camera contract ($212,000) is not
covered by this order.

VIII. REPORTING
The FRT Coordinator will report the number of searches to the Sheriff each January.
Per County Resolution 2023-61, the report is provided to the Sandoval County Board of
County Commissioners.

By order of: Sheriff                                      Approved: 12/29/2023
"""],
    labels=dict(
        request_agency=SCSO, agencies=[SCSO, "Sandoval County Board of County Commissioners"], vendors=[LN], products=["Lumen"],
        costs=[cost(9600, 9600, "year", "($9,600 annually)", SCSO, LN, "Lumen")],
        counts=[count(12, "users", "No more than 12 deputies may hold Lumen FR accounts", SCSO, LN, qualifier="at most")],
        image_counts=[],
        policies=[
            pol("FRT results are leads only and shall not be the sole basis for an arrest or warrant.", "disclaimer", SCSO),
            pol("No more than 12 deputies may hold Lumen FR accounts at any one time.", "requirement", SCSO),
            pol("A supervisor at the rank of sergeant or above must approve each search in writing.", "requirement", SCSO),
            pol("Members shall not use FRT on live or recorded video to track a person's movements.", "prohibition", SCSO),
            pol("Members shall not use FRT to identify people based on race, religion or political views.", "prohibition", SCSO),
            pol("Members shall not use FRT to monitor people exercising First Amendment rights.", "prohibition", SCSO),
            pol("Members shall not use any public or trial FRT service not licensed by the Office.", "prohibition", SCSO),
            pol("Deputies must complete eight hours of FR training and sign form SCSO-417 before access.", "requirement", SCSO),
            pol("Probe images, candidate lists and the case number shall be logged for every search.", "requirement", SCSO),
            pol("Search logs shall be retained for three years from the date of the search.", "requirement", SCSO),
            pol("Use of FRT outside this order may result in loss of access and discipline up to termination.", "consequence", SCSO),
            pol("The FRT Coordinator will report the number of searches to the Sheriff each January.", "requirement", SCSO),
        ],
        emails=[],
    ),
    layout="Sheriff's general order with a header block and lettered sections",
    traps="GO 4-22, form SCSO-417, line 401-2210-5330, Resolution 2023-61, body-worn camera contract $212,000 (not FR), 'eight hours', 'three years', dates. Several rule sentences wrap across lines (quote is the first line of the sentence)",
))
