from build_lib import doc, C, N, P, E

APD = "Anchorage Police Department"
doc("dev3_06_ak-anchorage-pd-nec-neoface-quote", """NEC Corporation of America
Public Safety Division
3929 W. John Carpenter Freeway, Irving, TX 75063

QUOTATION                                                    Quote No.: Q-NEC-23-08817
                                                             Date: September 18, 2023
                                                             Valid for 90 days

Prepared for:                                    Customer contact:
Municipality of Anchorage                        Det. Sgt. Lauren Kvasnikoff
Anchorage Police Department                      Anchorage Police Department
716 W. 4th Avenue                                Phone (907) 786-8500
Anchorage, AK 99501                              ORI AK0010100

Project: NeoFace Reveal investigative facial recognition

Line  Part No.     Description                                 Qty   Unit Price     Extended
1     NFR-SVR-P    NeoFace Reveal server license, perpetual      1   $38,000.00    $38,000.00
2     NFR-WS-C     NeoFace Reveal investigator client            6    $2,750.00    $16,500.00
3     NFR-MNT-Y1   Software maintenance & support, Year 1        1    $8,900.00     $8,900.00
4     PS-IMP       Installation, data migration, training        1   $12,400.00    $12,400.00
                                                             Subtotal              $75,800.00
                                                 Public sector discount (10%)      -$7,580.00
                                                                 TOTAL             $68,220.00

Notes:
a) The server license is sized for up to 500,000 enrolled images; the APD booking archive
   currently holds approximately 265,000 images.
b) Client licenses allow 6 concurrent investigators.
c) Maintenance for Years 2 through 5 is $9,345.00 per year, payable annually in advance.
d) Prices exclude applicable taxes. Freight: N/A (electronic delivery).
\fNEC Corporation of America                                   Quote No.: Q-NEC-23-08817
                                                             Page 2 of 2

TERMS AND CONDITIONS
1. Payment terms are Net 30 from invoice date. A late charge of 1.5% per month applies to past-due
   balances.
2. Software is licensed under the NEC End User License Agreement, v.2021-04.
3. Purchases over $100,000 require Anchorage Assembly approval under AMC 7.20.020; this quotation
   falls below that level.
4. NEC will not configure NeoFace Reveal to ingest live camera streams under this quotation.

Submitted by:                                    Accepted by:

/s/ Raymond Okafor                               ______________________________
Raymond Okafor                                   Municipality of Anchorage
Senior Account Manager, NEC Corporation          Name / Title / Date
of America, (214) 262-2000
""", request_agency=APD, agencies=[APD, "Municipality of Anchorage"], vendors=["NEC"], products=["NeoFace Reveal"],
    costs=[
        C(38000, 38000, "one-time", "NeoFace Reveal server license, perpetual      1   $38,000.00", APD, "NEC", "NeoFace Reveal"),
        C(2750, 2750, None, "NeoFace Reveal investigator client            6    $2,750.00", APD, "NEC", "NeoFace Reveal", unit="per investigator client"),
        C(16500, 16500, None, "$16,500.00", APD, "NEC", "NeoFace Reveal"),
        C(8900, 8900, "year", "Software maintenance & support, Year 1        1    $8,900.00", APD, "NEC", "NeoFace Reveal"),
        C(12400, 12400, None, "Installation, data migration, training        1   $12,400.00", APD, "NEC", "NeoFace Reveal"),
        C(75800, 75800, None, "Subtotal              $75,800.00", APD, "NEC", "NeoFace Reveal"),
        C(-7580, -7580, None, "Public sector discount (10%)      -$7,580.00", APD, "NEC", "NeoFace Reveal"),
        C(68220, 68220, None, "TOTAL             $68,220.00", APD, "NEC", "NeoFace Reveal"),
        C(9345, 9345, "year", "Maintenance for Years 2 through 5 is $9,345.00 per year", APD, "NEC", "NeoFace Reveal"),
    ],
    counts=[
        N(500000, "up to 500,000 enrolled images", "images", qualifier="up to", agency=APD, vendor="NEC"),
        N(265000, "approximately 265,000 images", "images", qualifier="approximately", agency=APD, vendor="NEC"),
        N(6, "6 concurrent investigators", "users", agency=APD, vendor="NEC"),
    ],
    policies=[],
    scan=True, layout="Vendor quotation with a line-item table (qty x unit price = extended), subtotal, discount, total; terms page",
    traps="ORI AK0010100; quote number; 'Valid for 90 days'; 10% discount; 1.5% late charge; $100,000 Assembly threshold and AMC 7.20.020; 'Years 2 through 5'; license version v.2021-04; 'Page 2 of 2'; the contract clause about live streams is a vendor term, not an agency policy (unlabelled)")

ASP = "Arkansas State Police"
doc("dev3_07_ar-state-police-dataworks-po", """STATE OF ARKANSAS                                              PURCHASE ORDER
Arkansas Administrative Statewide Information System (AASIS)

PO Number: 4502218836                      PO Date: 02/27/2025                 Page 1 of 1
Business Unit: 0960 - Arkansas State Police
Vendor No.: 100184522

Vendor:                                      Ship To:
DataWorks Plus, LLC                          Arkansas State Police
728 N. Pleasantburg Drive                    Criminal Investigation Division
Greenville, SC 29607                         1 State Police Plaza Drive
                                             Little Rock, AR 72209

Buyer: T. Kimbrough  (501) 618-8000        Contract: SW-4600041207     Terms: Net 30

Line  Material/Service Description                      Qty  UOM   Unit Price      Net Value
10    FACE Plus hosted facial recognition service        12  MON     1,175.00      14,100.00
      03/01/2025 - 02/28/2026, billed at $1,175.00 per month
20    FACE Plus Mobile user license, annual              20  EA        240.00       4,800.00
30    Livescan fingerprint station maintenance            2  EA      3,150.00       6,300.00
                                                                PO Total:          25,200.00

Accounting: Fund MSP0000 | Fund Ctr 0960 | GL 5020002 | Cost Ctr 0960401 | WBS n/a

Special terms:
The hosted service searches the ASP booking repository (approx. 1.3 million arrest
photographs submitted through the Arkansas Crime Information Center) and includes
up to 5,000 searches per month.
Mobile licenses are issued only to officers who have completed DataWorks Plus training.
Use of FACE Plus is governed by ASP Policy 1702; a candidate returned by FACE Plus is not a
positive identification.

Approved: Lt. Col. Mark Hollis, Deputy Director, Administrative Services     Date: 02/27/2025
""", request_agency=ASP, agencies=[ASP, "Arkansas Crime Information Center"], vendors=["DataWorks Plus"],
    products=["FACE Plus", "FACE Plus Mobile"],
    costs=[
        C(1175, 1175, "month", "billed at $1,175.00 per month", ASP, "DataWorks Plus", "FACE Plus"),
        C(14100, 14100, "year", "12  MON     1,175.00      14,100.00", ASP, "DataWorks Plus", "FACE Plus"),
        C(240, 240, "year", "FACE Plus Mobile user license, annual              20  EA        240.00", ASP, "DataWorks Plus", "FACE Plus Mobile", unit="per user"),
        C(4800, 4800, "year", "240.00       4,800.00", ASP, "DataWorks Plus", "FACE Plus Mobile"),
    ],
    counts=[
        N(20, "FACE Plus Mobile user license, annual              20", "users", agency=ASP, vendor="DataWorks Plus"),
        N(1_300_000, "approx. 1.3 million arrest", "images", qualifier="approximately", agency=ASP, vendor="DataWorks Plus"),
        N(5000, "up to 5,000 searches per month", "searches", qualifier="up to", per="month", agency=ASP, vendor="DataWorks Plus"),
    ],
    policies=[
        P("Mobile licenses are issued only to officers who have completed DataWorks Plus training.", "requirement", ASP),
        P("Use of FACE Plus is governed by ASP Policy 1702; a candidate returned by FACE Plus is not a\npositive identification.", "disclaimer", ASP),
    ],
    layout="State ERP purchase order: header block, two-column vendor/ship-to, line table without $ signs (qty, UOM MON/EA, unit price, net value)",
    traps="$6,300 Livescan fingerprint maintenance and the mixed PO Total 25,200.00 (not face recognition); PO, vendor, contract, fund/GL/cost-center numbers; 'Page 1 of 1'; service dates; line numbers 10/20/30; qty 12 MON is a term not a count; Policy 1702")

CIAC = "Colorado Information Analysis Center"
PPD = "Pueblo Police Department"
doc("dev3_08_co-ciac-pueblo-pd-facesearch-mou", """MEMORANDUM OF UNDERSTANDING
between the
COLORADO DEPARTMENT OF PUBLIC SAFETY, COLORADO INFORMATION ANALYSIS CENTER
and the
CITY OF PUEBLO, acting by and through the PUEBLO POLICE DEPARTMENT

Regarding Access to Facial Recognition Services                       MOU No. CIAC-FR-2024-07

1. PURPOSE
The Colorado Information Analysis Center ("CIAC") subscribes to Vigilant FaceSearch, a facial
recognition service provided by Motorola Solutions, Inc. (formerly Vigilant Solutions). This MOU
sets the terms under which the Pueblo Police Department ("PPD") may use CIAC's subscription.

2. TERM
This MOU is effective July 1, 2024 and continues for three years, through June 30, 2027, unless
terminated by either party on 30 days' written notice.

3. COST SHARE
3.1 PPD shall reimburse CIAC a cost share of $3,600 per year for up to 10 user accounts, invoiced
in quarterly installments of $900.
3.2 Total reimbursement over the term shall not exceed $10,800.
3.3 Each additional PPD account above 10 is $360 per year.
3.4 CIAC's own subscription ($46,250 annually) is paid from State funds and is not passed through.

4. AUTHORIZED USE
4.1 FaceSearch may be used only in connection with a criminal investigation, to identify a missing
or endangered person, or to identify a deceased person.
4.2 Each query must be approved by a sergeant or higher-ranking supervisor before it is run.
4.3 Users shall not use FaceSearch on live or recorded video feeds.
4.4 Users shall not use FaceSearch to identify persons engaged in lawful protest.
4.5 A possible match is an investigative lead only and is not probable cause for arrest.
4.6 Probe images and results shall be retained for no longer than two years unless they become part
of a case file.
\f5. TRAINING
5.1 No user account will be issued until the user completes CIAC's four-hour facial recognition
training course.

6. GALLERY
6.1 The FaceSearch gallery available to the parties consists of
approximately 18 million booking photographs contributed by participating agencies nationwide.

7. REPORTING
7.1 PPD shall provide CIAC a quarterly count of queries run and leads generated, for inclusion in the
accountability report required by C.R.S. 24-18-301 et seq.

8. CONTACTS
CIAC: Intelligence Manager, 690 Kipling Street, Suite 1000, Lakewood, CO 80215, (720) 852-6705
PPD:  Commander, Investigations Bureau, 200 S. Main Street, Pueblo, CO 81003, (719) 553-2502

IN WITNESS WHEREOF, the parties have executed this MOU.

COLORADO INFORMATION ANALYSIS CENTER             CITY OF PUEBLO

/s/ Andrea Villalobos      6/14/2024             /s/ Dana Ruiz-Hartley        6/18/2024
Director                                         Chief of Police

                                                 Approved as to form:
                                                 /s/ Paul Ventrella   6/17/2024
                                                 City Attorney
""", request_agency=PPD, agencies=[CIAC, PPD, "City of Pueblo", "Colorado Department of Public Safety"],
    vendors=["Motorola Solutions", "Vigilant Solutions"], products=["Vigilant FaceSearch"],
    costs=[
        C(3600, 3600, "year", "$3,600 per year for up to 10 user accounts", PPD, "Motorola Solutions", "Vigilant FaceSearch"),
        C(900, 900, "quarter", "quarterly installments of $900", PPD, "Motorola Solutions", "Vigilant FaceSearch"),
        C(None, 10800, None, "shall not exceed $10,800", PPD, "Motorola Solutions", "Vigilant FaceSearch"),
        C(360, 360, "year", "above 10 is $360 per year", PPD, "Motorola Solutions", "Vigilant FaceSearch", unit="per account"),
        C(46250, 46250, "year", "($46,250 annually)", CIAC, "Motorola Solutions", "Vigilant FaceSearch"),
    ],
    counts=[
        N(10, "up to 10 user accounts", "users", qualifier="up to", agency=PPD, vendor="Motorola Solutions"),
        N(18_000_000, "approximately 18 million booking photographs", "images", qualifier="approximately", vendor="Motorola Solutions"),
    ],
    policies=[
        P("4.1 FaceSearch may be used only in connection with a criminal investigation, to identify a missing\nor endangered person, or to identify a deceased person.", "permission", PPD),
        P("Each query must be approved by a sergeant or higher-ranking supervisor before it is run.", "requirement", PPD),
        P("Users shall not use FaceSearch on live or recorded video feeds.", "prohibition", PPD),
        P("Users shall not use FaceSearch to identify persons engaged in lawful protest.", "prohibition", PPD),
        P("A possible match is an investigative lead only and is not probable cause for arrest.", "disclaimer", PPD),
        P("Probe images and results shall be retained for no longer than two years unless they become part\nof a case file.", "requirement", PPD),
        P("No user account will be issued until the user completes CIAC's four-hour facial recognition\ntraining course.", "requirement", CIAC),
        P("PPD shall provide CIAC a quarterly count of queries run and leads generated", "requirement", PPD),
    ],
    layout="Interagency MOU with numbered sections, cost-share clause, authorized-use rules, two-column signature block",
    traps="MOU number; section numbers 3.1-7.1; '30 days'; 'three years'; 'four-hour'; 'above 10'; C.R.S. 24-18-301; Suite 1000; phone/ZIP; the City of Pueblo and the PD both named; the payee is an agency (CIAC), the product's vendor is Motorola Solutions")
