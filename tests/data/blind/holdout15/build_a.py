"""Documents 01-06 of holdout15 and their labels (written from intent, before rendering)."""

DOCS = []


def C(lo, hi, period, quote, agency, vendor, unit=None, currency="USD"):
    d = {"amount_min": lo, "amount_max": hi, "currency": currency, "period": period,
         "quote": quote, "agency": agency, "vendor": vendor}
    if unit:
        d["unit"] = unit
    return d


def N(count, qualifier, measure, per, quote, agency, vendor):
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per,
            "quote": quote, "agency": agency, "vendor": vendor}


def P(quote, kind, agency):
    return {"quote": quote, "kind": kind, "agency": agency}


def E(frm, addr, date, subject, ps, pe):
    return {"from": frm, "from_address": addr, "date": date, "subject": subject,
            "page_start": ps, "page_end": pe}


# ---------------------------------------------------------------- 01 Clearview quote (NE)
LCSO = "Lancaster County Sheriff's Office"
CV = "Clearview AI"
T01 = """\
                                    CLEARVIEW AI, INC.
                     99 Hudson Street, 5th Floor, New York, NY 10013
                         publicsector@clearview.ai  |  (646) 555-0143

                                   SALES QUOTATION

Quote No.:     Q-24-08817                            Quote Date:  March 4, 2024
Valid Until:   April 3, 2024                         Sales Rep:   Dana Whitcombe
Customer:      Lancaster County Sheriff's Office
               575 S. 10th Street, Lincoln, NE 68508
Attention:     Capt. Rolf Ebbesen, Criminal Investigations Division
Customer ID:   LCSO-NE-3315                          Payment:     Net 30

Item  Description                                    Qty   Term        Unit Price   Ext. Price
----  ---------------------------------------------  ----  ----------  ----------  -----------
1     Clearview AI Investigative Platform - user       12  12 months    $2,000.00   $24,000.00
      license (web, named investigator)
2     Clearview AI Mobile - add-on seat                 4  12 months      $500.00    $2,000.00
3     Onboarding and online training (one-time fee)     1  one-time     $1,250.00    $1,250.00
4     Public-safety first-year discount                                            ($2,250.00)
                                                            -----------------------------------
                                                            Subtotal                $27,250.00
                                                            Discount                ($2,250.00)
                                                            TOTAL (USD)             $25,000.00

Notes
a. Licenses include unlimited searches against a database of more than 50 billion publicly
   available images. Search volume is not metered.
b. Renewal pricing for months 13-24 is held at the Unit Price above, subject to a cap of 5%.
c. Quote excludes Nebraska sales tax; customer is exempt (Certificate No. 05-1183-447).
d. Add-on seats require an active Investigative Platform license for the same user.

End User Terms (excerpt)
Customer shall use the Service only for legitimate law enforcement and investigative purposes.
Search results are investigative leads only and shall not be the sole basis for an arrest.
Each user shall enter a case number and crime type before running a search.

Accepted for Customer: ____________________________   Date: ______________
Printed name / title:  ____________________________

Released under Neb. Rev. Stat. 84-712 -- LCSO Records Unit, request R24-0612, page 1 of 1
"""
row1 = "Clearview AI Investigative Platform - user       12  12 months    $2,000.00   $24,000.00"
row2 = "Clearview AI Mobile - add-on seat                 4  12 months      $500.00    $2,000.00"
DOCS.append({
    "file": "docs/01_ne-lancaster-so-clearview-quote.txt",
    "text": T01,
    "request_agency": LCSO,
    "agencies": [LCSO],
    "vendors": [CV],
    "products": ["Clearview AI Investigative Platform", "Clearview AI Mobile"],
    "costs": [
        C(24000, 24000, "year", row1, LCSO, CV),
        C(2000, 2000, "year", row1, LCSO, CV, unit="per user"),
        C(2000, 2000, "year", row2, LCSO, CV),
        C(500, 500, "year", row2, LCSO, CV, unit="per user"),
        C(1250, 1250, "one-time", "Onboarding and online training (one-time fee)     1  one-time     $1,250.00",
          LCSO, CV),
        C(25000, 25000, None, "TOTAL (USD)             $25,000.00", LCSO, CV),
    ],
    "counts": [
        N(12, "exact", "licenses", None, row1, LCSO, CV),
        N(4, "exact", "licenses", None, row2, LCSO, CV),
        N(50000000000, "at least", "images", None,
          "a database of more than 50 billion publicly\n   available images", None, CV),
    ],
    "policies": [
        P("Customer shall use the Service only for legitimate law enforcement and investigative purposes.",
          "requirement", LCSO),
        P("Search results are investigative leads only and shall not be the sole basis for an arrest.",
          "prohibition", LCSO),
        P("Each user shall enter a case number and crime type before running a search.",
          "requirement", LCSO),
    ],
    "emails": [],
    "dates": ["2024-03-04", "2024-04-03"],
})

# ---------------------------------------------------------------- 02 DataWorks Plus invoice (SC)
SLED = "South Carolina Law Enforcement Division"
DWP = "DataWorks Plus"
T02 = """\
DATAWORKS PLUS, LLC                                                         I N V O I C E
728 N. Pleasantburg Drive
Greenville, SC 29607                                      Invoice Number:  DWP-INV-230415
Tel (864) 555-0178   Fax (864) 555-0179                   Invoice Date:    06/12/2023
FEIN 57-1049983                                           Customer No.:    C-0291
                                                          Customer PO:     4600571182
                                                          Terms:           Net 45
BILL TO:                                                  Due Date:        07/27/2023
South Carolina Law Enforcement Division
Attn: Accounts Payable
P.O. Box 21398, Columbia, SC 29221

SHIP TO / SERVICE LOCATION:
SLED Criminal Justice Information Services, 4400 Broad River Road, Columbia, SC 29210

SERVICE PERIOD: 07/01/2023 THROUGH 06/30/2024 (ANNUAL RENEWAL, YEAR 4 OF 5)

LN | PART NO.     | DESCRIPTION                                | QTY |     RATE |     AMOUNT
---+--------------+--------------------------------------------+-----+----------+-----------
01 | FP-ENT-MNT   | FACE Plus statewide face recognition       |   1 | 41,800.00 |  41,800.00
   |              | software maintenance, annual               |     |          |
02 | FP-WKS-MNT   | FACE Plus investigator workstation maint.  |  15 |  1,150.00 |  17,250.00
03 | DWP-HOST     | FACE Plus hosting and 24x7 support,        |  12 |  1,875.00 |  22,500.00
   |              | billed per month                           |     |          |
04 | LS-MNT       | Livescan fingerprint station maintenance   |   6 |    980.00 |   5,880.00
---+--------------+--------------------------------------------+-----+----------+-----------
                                                           SUBTOTAL           87,430.00
                                                           SALES TAX (EXEMPT)      0.00
                                                           TOTAL DUE (USD)    87,430.00

Gallery statistics at renewal: FACE Plus enrolled 2,914,660 booking images as of 05/31/2023.

Remit by ACH to account ending 4471 or by check to the address above. A finance charge of
1.5% per month applies to balances past due. Questions: billing@dataworksplus.com.

SLED RECEIVING STAMP: RECEIVED JUN 15 2023  CJIS / Approved for payment: K.M.  Acct 5020-4410
"""
DOCS.append({
    "file": "docs/02_sc-sled-dataworks-renewal-invoice.txt",
    "text": T02,
    "request_agency": SLED,
    "agencies": [SLED],
    "vendors": [DWP],
    "products": ["FACE Plus"],
    "costs": [
        C(41800, 41800, "year", "FACE Plus statewide face recognition       |   1 | 41,800.00 |  41,800.00",
          SLED, DWP),
        C(17250, 17250, "year", "FACE Plus investigator workstation maint.  |  15 |  1,150.00 |  17,250.00",
          SLED, DWP),
        C(1150, 1150, "year", "FACE Plus investigator workstation maint.  |  15 |  1,150.00 |  17,250.00",
          SLED, DWP, unit="per workstation"),
        C(22500, 22500, "year", "FACE Plus hosting and 24x7 support,        |  12 |  1,875.00 |  22,500.00",
          SLED, DWP),
        C(1875, 1875, "month", "FACE Plus hosting and 24x7 support,        |  12 |  1,875.00 |  22,500.00",
          SLED, DWP),
    ],
    "counts": [
        N(15, "exact", "workstations", None,
          "FACE Plus investigator workstation maint.  |  15", SLED, DWP),
        N(2914660, "exact", "images", None, "FACE Plus enrolled 2,914,660 booking images", SLED, DWP),
    ],
    "policies": [],
    "emails": [],
    "dates": ["2023-06-12", "2023-07-27", "2023-07-01", "2024-06-30", "2023-05-31", "2023-06-15"],
})

# ---------------------------------------------------------------- 03 Rank One amendment (OK)
TUL = "City of Tulsa"
TPD = "Tulsa Police Department"
ROC = "Rank One Computing"
T03 = """\
                                   CITY OF TULSA, OKLAHOMA
                        AMENDMENT NO. 2 TO CONTRACT NO. 21-0318
                      Face Recognition Software - Tulsa Police Department

This Amendment No. 2 ("Amendment") is entered into on the date of the last signature below by
the City of Tulsa, a municipal corporation ("City"), and Rank One Computing Corporation, a
Colorado corporation with offices at 1580 Lincoln Street, Suite 700, Denver, CO 80203
("Contractor").

RECITALS
A. The City and Contractor entered into Contract No. 21-0318 on August 9, 2021 ("Contract") for
   ROC Investigator face recognition software used by the Tulsa Police Department ("TPD").
B. Amendment No. 1, dated July 1, 2022, extended the term to June 30, 2024.
C. The Contract authorized payments in a total amount not to exceed $96,000.00.
D. TPD requests additional user licenses and a further year of support, as approved by the
   Mayor's Office and funded from Police Technology Fund 2310 (Resolution No. 2024-114).

AMENDMENT
1. Term. The term of the Contract is extended through June 30, 2025.

2. Additional Licenses. Contractor shall provide 25 additional named-user ROC Investigator
   licenses at $1,400.00 per user per year, for an amount of $35,000.00.

3. Support. Contractor shall provide software maintenance, version upgrades and telephone
   support for the extended term for $17,500.00 per year.

4. Compensation. The not-to-exceed amount of the Contract is increased by $52,500.00, from
   $96,000.00 to $148,500.00. Contractor's insurance under Section 11 remains at not less than
   $1,000,000 per occurrence and $2,000,000 aggregate.

5. User Cap. The total number of TPD named users shall not exceed 60 at any time.
\f
6. Use Conditions. The following conditions are added as Section 14 of the Contract:
   14.1 The City shall use the Software solely for criminal investigations and to identify
        deceased or incapacitated persons.
   14.2 TPD personnel shall complete Contractor's operator training before being issued a
        license.
   14.3 A candidate returned by the Software shall not by itself establish probable cause.
   14.4 Contractor shall not retain probe images submitted by the City after a search ends.

7. All other terms of the Contract remain in full force and effect.

CITY OF TULSA                                    RANK ONE COMPUTING CORPORATION

By: ______________________________               By: ______________________________
    Mayor                                            Chief Executive Officer
Date: 6/18/2024                                  Date: 6/14/2024

ATTEST: __________________________               Approved as to form:
        City Clerk                               ______________________________
                                                 Assistant City Attorney

Purchasing use only: PO 2024-0077316  |  Vendor No. 118044  |  Bid exemption: TMC 12-120(B)
"""
DOCS.append({
    "file": "docs/03_ok-tulsa-rankone-contract-amendment.txt",
    "text": T03,
    "request_agency": TUL,
    "agencies": [TUL, TPD],
    "vendors": [ROC],
    "products": ["ROC Investigator"],
    "costs": [
        C(None, 96000, None, "a total amount not to exceed $96,000.00", TUL, ROC),
        C(1400, 1400, "year", "$1,400.00 per user per year", TUL, ROC, unit="per user"),
        C(35000, 35000, "year", "for an amount of $35,000.00", TUL, ROC),
        C(17500, 17500, "year", "for $17,500.00 per year", TUL, ROC),
        C(52500, 52500, None, "increased by $52,500.00", TUL, ROC),
        C(None, 148500, None, "from\n   $96,000.00 to $148,500.00", TUL, ROC),
    ],
    "counts": [
        N(25, "exact", "licenses", None, "25 additional named-user ROC Investigator\n   licenses", TPD, ROC),
        N(60, "at most", "users", None, "The total number of TPD named users shall not exceed 60", TPD, ROC),
    ],
    "policies": [
        P("The total number of TPD named users shall not exceed 60 at any time.", "requirement", TPD),
        P("The City shall use the Software solely for criminal investigations and to identify\n"
          "        deceased or incapacitated persons.", "requirement", TUL),
        P("TPD personnel shall complete Contractor's operator training before being issued a\n"
          "        license.", "requirement", TPD),
        P("A candidate returned by the Software shall not by itself establish probable cause.",
          "prohibition", TPD),
    ],
    "emails": [],
    "dates": ["2021-08-09", "2022-07-01", "2024-06-30", "2025-06-30", "2024-06-18", "2024-06-14"],
})

# ---------------------------------------------------------------- 04 AWS statement (WA, port police)
POS = "Port of Seattle Police Department"
AWS = "Amazon Web Services"
T04 = """\
Amazon Web Services Invoice                                        Page 1 of 2
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210

Invoice Number:     US-INV-2023-118402275          Invoice Date:      August 2, 2023
Account Number:     6618-0442-9173                 Billing Period:    July 1 - July 31, 2023
Account Name:       Port of Seattle - Police Department (POSPD Investigations)
Bill To:            Port of Seattle, Accounts Payable, P.O. Box 1209, Seattle, WA 98111
Purchase Order:     PO-900412                      Payment Terms:     Due upon receipt

Summary                                                                           USD
  Charges                                                                   $2,896.14
  Credits (AWS Promotional Credit)                                           -$250.00
  Tax (WA state and local, 10.25%)                                            $271.24
  Total amount due                                                          $2,917.38

Detail by service - Region US West (Oregon)

  Amazon Rekognition
    Image API - SearchFacesByImage, first 1M images per month
      412,300 images  x  $0.0010 per image                                   $412.30
    Face metadata storage
      1,850,000 faces stored  x  $0.00001 per face-month                      $18.50
    Amazon Rekognition subtotal                                              $430.80

  Amazon Elastic Compute Cloud
    m6i.xlarge Linux on-demand, 1,488 hours x $0.192 per hour               $285.70
    EBS gp3 storage, 4,000 GB-Mo x $0.08                                     $320.00
    Amazon EC2 subtotal                                                      $605.70
\f
Amazon Web Services Invoice                                        Page 2 of 2
Account Number:     6618-0442-9173                 Billing Period:    July 1 - July 31, 2023

  Amazon Simple Storage Service (video evidence archive)
    Standard storage, 62,400 GB-Mo x $0.023                                $1,435.20
    PUT/COPY/POST requests, 1,116,000 requests                                  $5.58
    Amazon S3 subtotal                                                     $1,440.78

  AWS Key Management Service                                                  $18.86
  Amazon CloudWatch                                                          $400.00

  Total charges                                                            $2,896.14

Collection name: pospd-booking-gallery-prod
Service usage is governed by the AWS Customer Agreement and the AWS Service Terms, including
the Amazon Rekognition terms for law enforcement use.

Port of Seattle internal routing (handwritten on the released copy):
  Cost ctr 41-220 Police.  Rekognition portion charged to Grant WA-UASI-22 (Task 3).
  Reviewed by Sgt. M. Valdivia 8/9/23.
"""
DOCS.append({
    "file": "docs/04_wa-port-seattle-pd-aws-rekognition-invoice.txt",
    "text": T04,
    "request_agency": POS,
    "agencies": [POS],
    "vendors": [AWS],
    "products": ["Amazon Rekognition"],
    "costs": [
        C(412.30, 412.30, "month", "412,300 images  x  $0.0010 per image                                   $412.30",
          POS, AWS),
        C(0.001, 0.001, None, "$0.0010 per image", POS, AWS, unit="per image"),
        C(18.50, 18.50, "month", "1,850,000 faces stored  x  $0.00001 per face-month                      $18.50",
          POS, AWS),
        C(0.00001, 0.00001, "month", "$0.00001 per face-month", POS, AWS, unit="per face"),
        C(430.80, 430.80, "month", "Amazon Rekognition subtotal                                              $430.80",
          POS, AWS),
    ],
    "counts": [
        N(412300, "exact", "images", "month", "412,300 images", POS, AWS),
        N(1850000, "exact", "images", None, "1,850,000 faces stored", POS, AWS),
    ],
    "policies": [],
    "emails": [],
    "dates": ["2023-08-02", "2023-07-01", "2023-07-31", "2023-08-09"],
})

# ---------------------------------------------------------------- 05 council item + minutes + grant budget (KS)
OPPD = "Overland Park Police Department"
OP = "City of Overland Park"
VIG = "Vigilant Solutions"
T05 = """\
CITY OF OVERLAND PARK, KANSAS                          PUBLIC SAFETY COMMITTEE AGENDA ITEM
Meeting date: Wednesday, January 10, 2024                            Item No. PS-24-03

SUBJECT:  Authorize the Police Department to apply for a 2024 Edward Byrne Memorial Justice
          Assistance Grant (JAG) for face recognition investigative software
PRESENTER: Deputy Chief Sheila Amundsen, Investigations Bureau
DEPARTMENT: Police

BACKGROUND
The Police Department proposes a two-year subscription to Vigilant Solutions FaceSearch,
a Motorola Solutions product, for use by the Criminal Investigations Division. FaceSearch
compares a probe photo against booking photos shared by participating agencies; Vigilant
reports that its shared gallery holds over 15 million booking photos. Staff estimate about 90
searches per month once the tool is in service.

FISCAL IMPACT
The grant application requests $35,000 in federal funds (no local match required). The
detailed budget is Attachment A. If the grant is not awarded, staff will not return with a
general fund request. For comparison, the Department's ALPR camera contract (Item PS-24-04)
is $58,000 per year and is not part of this request.

POLICY
The Department's draft General Order 41.9 provides that a FaceSearch result is an investigative
lead only and must be independently corroborated before any enforcement action. Searches may be
run only with a case number for a felony or a missing person investigation.

RECOMMENDATION
Recommend that the City Council authorize submission of the JAG application.

Also on this agenda: PS-24-02, body-worn camera replacement, Axon Enterprise, $412,880.
\f
MINUTES (EXCERPT) - PUBLIC SAFETY COMMITTEE - JANUARY 10, 2024

Item PS-24-03 (JAG application, face recognition software). Deputy Chief Amundsen presented.
Councilmember Okafor asked how the results would be used. Amundsen replied that a match alone
would never be used to make an arrest. Councilmember Tran asked for data on use. Committee
members agreed the Department shall report the annual number of searches to the Council.
Councilmember Tran moved to recommend approval with that condition; seconded by
Councilmember Hollis. Motion carried 5-1 (Councilmember Okafor opposed).

ATTACHMENT A - JAG FY2024 BUDGET DETAIL (Applicant: City of Overland Park, Police Department)

Category     Item                                       Qty   Unit cost        Total
-----------  -----------------------------------------  ----  ------------  -----------
Contractual  Vigilant FaceSearch subscription, annual      2  $14,500 / yr      $29,000
Travel/Trng  Analyst face comparison training seats        6  $600 each          $3,600
Equipment    Dedicated investigative workstation           1  $2,400             $2,400
-----------  -----------------------------------------  ----  ------------  -----------
                                                   TOTAL FEDERAL REQUEST         $35,000
Budget narrative: Subscription years are 2024-25 and 2025-26. Six analysts will attend
the training. Indirect costs: none claimed. Program income: none.
"""
DOCS.append({
    "file": "docs/05_ks-overland-park-council-jag-facesearch.txt",
    "text": T05,
    "request_agency": OP,
    "agencies": [OP, OPPD],
    "vendors": [VIG, "Motorola Solutions"],
    "products": ["FaceSearch"],
    "costs": [
        C(35000, 35000, "one-time", "requests $35,000 in federal funds", OPPD, VIG),
        C(29000, 29000, None, "Vigilant FaceSearch subscription, annual      2  $14,500 / yr      $29,000",
          OPPD, VIG),
        C(14500, 14500, "year", "Vigilant FaceSearch subscription, annual      2  $14,500 / yr      $29,000",
          OPPD, VIG),
        C(3600, 3600, None, "Analyst face comparison training seats        6  $600 each          $3,600",
          OPPD, None),
        C(600, 600, None, "Analyst face comparison training seats        6  $600 each          $3,600",
          OPPD, None, unit="per seat"),
        C(2400, 2400, "one-time", "Dedicated investigative workstation           1  $2,400             $2,400",
          OPPD, None),
    ],
    "counts": [
        N(15000000, "at least", "images", None, "over 15 million booking photos", None, VIG),
        N(90, "approximately", "searches", "month", "about 90\nsearches per month", OPPD, VIG),
    ],
    "policies": [
        P("The Department's draft General Order 41.9 provides that a FaceSearch result is an investigative\n"
          "lead only and must be independently corroborated before any enforcement action.",
          "requirement", OPPD),
        P("Searches may be\nrun only with a case number for a felony or a missing person investigation.",
          "requirement", OPPD),
        P("Amundsen replied that a match alone\nwould never be used to make an arrest.", "prohibition", OPPD),
        P("Committee\nmembers agreed the Department shall report the annual number of searches to the Council.",
          "requirement", OPPD),
    ],
    "emails": [],
    "dates": ["2024-01-10"],
})

# ---------------------------------------------------------------- 06 MOU MVD / ACTIC (AZ)
MVD = "Arizona Department of Transportation Motor Vehicle Division"
ACTIC = "Arizona Counter Terrorism Information Center"
AZDPS = "Arizona Department of Public Safety"
T06 = """\
            INTERAGENCY SERVICE AGREEMENT / MEMORANDUM OF UNDERSTANDING  ISA No. MVD-24-0091
                                         between the
         ARIZONA DEPARTMENT OF TRANSPORTATION, MOTOR VEHICLE DIVISION ("MVD")
                                           and the
   ARIZONA DEPARTMENT OF PUBLIC SAFETY, ARIZONA COUNTER TERRORISM INFORMATION CENTER ("ACTIC")

1. PURPOSE. This MOU sets the terms on which ACTIC may submit probe images for comparison
   against the MVD driver license and identification card photo repository using MVD's
   facial recognition system, supplied and maintained for MVD by IDEMIA Identity & Security
   USA LLC under ADOT Contract ADOT20-00241. That contract principally covers credential
   production; its card issuance pricing (approximately $4.2 million per year) is not
   affected by this MOU.

2. AUTHORITY. A.R.S. 28-447, 28-455 and 41-1750; 18 U.S.C. 2721(b)(1).

3. REPOSITORY. The MVD repository holds approximately 9.6 million driver license and
   identification photographs. MVD retains sole ownership of all images and results.

4. ACCESS.
   4.1 ACTIC may designate up to 10 analysts as authorized requesters.
   4.2 ACTIC shall submit no more than 500 requests per month.
   4.3 Each request must cite an active criminal case number or an imminent threat to life.
   4.4 Analysts must complete MVD facial recognition training and sign the MVD Acceptable Use
       Statement before MVD issues credentials.
   4.5 ACTIC shall not use MVD results for immigration enforcement or to identify persons
       engaged in lawful protest or assembly.
   4.6 ACTIC may share a possible match with the requesting local agency only as an
       investigative lead.

5. AUDIT. MVD may audit ACTIC requests at any time. ACTIC shall keep a request log for five (5)
   years.
\f
6. COST REIMBURSEMENT. ACTIC shall reimburse MVD $18,000.00 per state fiscal year for system
   access, payable in quarterly installments of $4,500.00. Invoices go to DPS Budget Office,
   2102 W. Encanto Blvd., Phoenix, AZ 85009.

7. MISUSE. Any violation of Section 4 shall result in immediate suspension of the analyst's
   access, and MVD may terminate this MOU on written notice.

8. TERM. This MOU is effective July 1, 2024 and remains in effect for three (3) years unless
   terminated earlier by either party with thirty (30) days' written notice.

9. CONTACTS. MVD: Office of Special Investigations, (602) 555-0190.
   ACTIC: Watch Center Supervisor, (602) 555-0122.

For MVD:                                        For DPS / ACTIC:
/s/ Lorena Castellanos, Division Director       /s/ Col. Wade Pettibone, Deputy Director
Date: June 20, 2024                             Date: June 24, 2024
"""
DOCS.append({
    "file": "docs/06_az-mvd-actic-fr-mou.txt",
    "text": T06,
    "request_agency": MVD,
    "agencies": [MVD, AZDPS, ACTIC],
    "vendors": ["Idemia"],
    "products": [],
    "costs": [
        C(18000, 18000, "year", "$18,000.00 per state fiscal year", ACTIC, None),
        C(4500, 4500, None, "quarterly installments of $4,500.00", ACTIC, None),
    ],
    "counts": [
        N(9600000, "approximately", "images", None,
          "approximately 9.6 million driver license and\n   identification photographs", MVD, None),
        N(10, "up to", "users", None, "up to 10 analysts", ACTIC, None),
        N(500, "at most", "searches", "month", "no more than 500 requests per month", ACTIC, None),
    ],
    "policies": [
        P("ACTIC may designate up to 10 analysts as authorized requesters.", "permission", ACTIC),
        P("ACTIC shall submit no more than 500 requests per month.", "requirement", ACTIC),
        P("Each request must cite an active criminal case number or an imminent threat to life.",
          "requirement", ACTIC),
        P("Analysts must complete MVD facial recognition training and sign the MVD Acceptable Use\n"
          "       Statement before MVD issues credentials.", "requirement", ACTIC),
        P("ACTIC shall not use MVD results for immigration enforcement or to identify persons\n"
          "       engaged in lawful protest or assembly.", "prohibition", ACTIC),
        P("ACTIC may share a possible match with the requesting local agency only as an\n"
          "       investigative lead.", "permission", ACTIC),
        P("ACTIC shall keep a request log for five (5)\n   years.", "requirement", ACTIC),
        P("Any violation of Section 4 shall result in immediate suspension of the analyst's\n"
          "   access, and MVD may terminate this MOU on written notice.", "consequence", ACTIC),
    ],
    "emails": [],
    "dates": ["2024-07-01", "2024-06-20", "2024-06-24"],
})
