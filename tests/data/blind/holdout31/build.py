"""Writes docs/*.txt and labels.json for holdout31 (six invented releases: AK, AR, CT, ID, KS, LA).
Labels are written from intent, before anything is rendered. All people, numbers and documents are invented."""
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


def P(quote, agency, vendor=None):
    return {"quote": quote, "agency": agency, "vendor": vendor}


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


# ---------------------------------------------------------------- 1 Alaska: Fairbanks PD records reply letter
FPD = "Fairbanks Police Department"
NPPD = "North Pole Police Department"
CV = "Clearview AI"
doc("01_fairbanks-pd-ak-records-reply-letter.txt", [
    (None, """\
CITY OF FAIRBANKS
POLICE DEPARTMENT - RECORDS SECTION
1204 Barnette Street, Fairbanks, Alaska 99701
Records (907) 555-0182  |  Fax (907) 555-0189

October 18, 2024

Ms. Danielle Okonek
The Interior Ledger
P.O. Box 71842
Fairbanks, AK 99707

Re: Public records request FPD-PRR-24-0417 (facial recognition technology)

Dear Ms. Okonek:

This letter responds to your request of September 23, 2024, made under the Alaska Public Records Act, AS 40.25.110 - 40.25.220, for records about the Department's use of facial recognition technology. Rather than produce the 64 pages of invoices, memoranda and log extracts one at a time, you agreed by telephone on October 2 that a summary of the figures, with the underlying records enclosed, would satisfy the request. Every figure below comes from those enclosures.

1. Vendor and purchase. The Department has one facial recognition product, the investigative search service sold by Clearview AI. We paid $6,750 for the first year of the subscription, which ran from March 1, 2023 through February 29, 2024 and covered three user accounts. The renewal for the current term (March 2024 - February 2025), covering four user accounts, was invoiced at $7,425. The Department has not purchased Clearview Mobile and did not pay for the 30-day trial that preceded the first subscription.

Clearview states in its marketing material that its index holds more than 40 billion facial images collected from public sources. The Department has no way to verify that figure.

2. Other agencies. From May through December 2023 the North Pole Police Department used one of our accounts under a memorandum of understanding, and reimbursed the City $1,500 for that period. The arrangement ended on December 31, 2023. The Alaska State Troopers are not party to our subscription; questions about their systems should go to the Alaska Department of Public Safety.
""", "FPD-PRR-24-0417  000001"), (None, """\
Ms. Danielle Okonek - FPD-PRR-24-0417 - page 2

3. Searches and results. Search logs exported from the Clearview administrator console show 212 searches in calendar year 2023 and 148 searches from January 1 through September 30, 2024. Of the 2023 searches, detectives recorded 37 as producing a possible match. 19 of those were forwarded to case agents as investigative leads, and the Department is aware of 5 arrests in which a Clearview lead was one of several factors. Outcomes for 2024 are not compiled until the year closes.

4. Rules in place. Interim Directive 23-04, signed by Chief Arlo Metzgar on February 27, 2023, governs use of the service. Only detectives assigned to the Investigations Unit who have completed Clearview's online training may hold an account. Every search must be tied to an open case number entered in the search reason field. A possible match is an investigative lead only and cannot, on its own, establish probable cause for an arrest. A draft amendment that would require a lieutenant's approval before each search was circulated in August 2024; it has not been adopted. None of the Department's 46 patrol body cameras has a face recognition feature.

5. Fees and withheld material. Staff time beyond the first five hours is chargeable under AS 40.25.110(c); the estimated fee of $94.50 is waived. Two pages of the search log are withheld under AS 40.25.120(a)(6) because they would identify open investigations.

If you believe any part of this response is in error, you may appeal in writing to the Mayor within 30 days of the date of this letter.

Sincerely,

/s/ Gwendolyn Tarr
Gwendolyn Tarr, Records Supervisor
Fairbanks Police Department
(907) 555-0182

Enclosures (64 pages, 2 withheld)
""", "FPD-PRR-24-0417  000002")],
    "pdf", FPD,
    [FPD, "City of Fairbanks", NPPD, "Alaska State Troopers", "Alaska Department of Public Safety"],
    [CV], ["Clearview Mobile"],
    [C(6750, 6750, "year", "We paid $6,750 for the first year of the subscription", FPD, CV),
     C(7425, 7425, "year", "The renewal for the current term (March 2024 - February 2025), covering four user accounts, was invoiced at $7,425",
       FPD, CV),
     C(1500, 1500, None, "reimbursed the City $1,500 for that period", NPPD, None)],
    [N(3, "exact", "users", None, "covered three user accounts", FPD, CV),
     N(4, "exact", "users", None, "covering four user accounts", FPD, CV),
     N(40_000_000_000, "more than", "images", None, "more than 40 billion facial images", None, CV),
     N(1, "exact", "users", None, "used one of our accounts", NPPD, CV),
     N(212, "exact", "searches", "year", "212 searches in calendar year 2023", FPD, CV),
     N(148, "exact", "searches", None, "148 searches from January 1 through September 30, 2024", FPD, CV),
     N(37, "exact", "matches", None, "detectives recorded 37 as producing a possible match", FPD, CV),
     N(19, "exact", "leads", None, "19 of those were forwarded to case agents as investigative leads", FPD, CV),
     N(5, "exact", "arrests", None, "5 arrests in which a Clearview lead was one of several factors", FPD, CV)],
    [P("Only detectives assigned to the Investigations Unit who have completed Clearview's online training may hold an account.", FPD),
     P("Every search must be tied to an open case number entered in the search reason field.", FPD),
     P("A possible match is an investigative lead only and cannot, on its own, establish probable cause for an arrest.", FPD)],
    [],
    ["2024-10-18", "2024-09-23", "2023-03-01", "2024-02-29", "2024-03", "2025-02", "2023-05", "2023-12",
     "2023-12-31", "2023", "2024-01-01", "2024-09-30", "2023-02-27", "2024-08"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Arkansas: Benton County SO purchase order + invoice
BCSO = "Benton County Sheriff's Office"
NSP = "Natural State Public Safety Technologies"
DWP = "DataWorks Plus"
PO_ROW1 = "DataWorks Plus FACE Plus server license, perpetual     1  EA     38,500.00    38,500.00"
PO_ROW2 = "FACE Plus investigator workstation license             6  EA      1,275.00     7,650.00"
PO_ROW3 = "FACE Plus maintenance & support, 12 months             1  YR      6,930.00     6,930.00"
PO_ROW4 = "Installation, booking-photo conversion and             1  LOT     4,200.00     4,200.00"
doc("02_benton-county-so-ar-dataworks-po-invoice.txt", [
    ("BENTON COUNTY, ARKANSAS - PURCHASING DEPARTMENT", f"""\
Office of the County Judge                                      PURCHASE ORDER
215 East Central Avenue, Bentonville, AR 72712                  PO No.    24-001873
Phone 479-555-0126   Fax 479-555-0127                           PO Date   06/11/2024
                                                                Page 1 of 1
VENDOR                                            SHIP TO
Natural State Public Safety Technologies, LLC     Benton County Sheriff's Office
1400 S. Walton Blvd., Suite 9                     Criminal Investigation Division
Rogers, AR 72758                                  1300 SW 14th Street
Vendor No. 00418832                               Bentonville, AR 72712
Contact: Tyler Ashbrook, 479-555-0170             Attn: Lt. Carla Ruiz-Pennington

Requisition SO-24-0611-02    Account 100-0400-5417 (Sheriff - Software)    Terms Net 30
Quote ref. NSP Q-2024-0391 (authorized reseller of DataWorks Plus, LLC)

LN  DESCRIPTION                                          QTY  UOM   UNIT PRICE     EXTENDED
 1  {PO_ROW1}
    (gallery capacity up to 500,000 enrolled images)
 2  {PO_ROW2}
 3  {PO_ROW3}
    (coverage 07/01/2024 - 06/30/2025)
 4  {PO_ROW4}
    on-site administrator training (2 days)
 5  Mugshot capture station: DSLR camera, LED lights,      2  EA      4,860.00     9,720.00
    18% grey backdrop, tripod
 6  Livescan fingerprint station, annual maintenance       1  YR      3,150.00     3,150.00
 7  Trade-in credit, legacy Digital PhotoManager license   1  EA     -2,500.00    -2,500.00

                                                    SUBTOTAL                     67,650.00
                                                    Sales tax 9.5% (line 5 only)    923.40
                                                    Freight                         185.00
                                                    PO TOTAL                     68,758.40

FUNDING: Quorum Court Ordinance O-2024-31 appropriated $60,000 to the Sheriff's software
line for a facial recognition system; balance from the Sheriff's 2024 equipment budget.

SPECIAL CONDITIONS
 a. Results returned by the facial recognition system are investigative leads only.
    They shall not be used as the sole basis for an arrest (BCSO Policy 4.19, sec. 3).
 b. Vendor support personnel shall not run searches on behalf of the Sheriff's Office and may
    reach the server only through a supervised remote session.
 c. This order is not valid without the signature of the Purchasing Director or designee.

Authorized: D. Whitlock, Purchasing Director        Received: C. Ruiz-Pennington, BCSO
""", "BCSO FOIA 24-113  p. 1"),
    (None, """\
NATURAL STATE PUBLIC SAFETY TECHNOLOGIES, LLC                         INVOICE
Authorized DataWorks Plus reseller                                    No.      NSP-24-2217
1400 S. Walton Blvd., Suite 9, Rogers, AR 72758                       Date     08/02/2024
Tel 479-555-0170   EIN 87-3310924                                     Cust PO  24-001873

BILL TO: Benton County Sheriff's Office, Accounts Payable
         1300 SW 14th Street, Bentonville, AR 72712

Progress billing 1 of 2 - software delivered, installed and accepted 07/29/2024

DESCRIPTION                                                              AMOUNT
FACE Plus server license, perpetual (PO line 1)                       38,500.00
FACE Plus investigator workstation licenses x 6 (PO line 2)            7,650.00
Installation, conversion, training (PO line 4)                         4,200.00
                                                         AMOUNT DUE   50,350.00

PO lines 3, 5, 6 and 7 will be billed at the start of coverage or on delivery (invoice 2 of 2).

Conversion report: 212,418 booking photographs (2003 - 07/26/2024) enrolled from the jail
management system; 1,906 rejected for image quality.

Remit to: NSP Technologies, Arvest Bank account ending 4471, routing on file.
Questions: billing@nsptech.example, 479-555-0170.

                                                  PAID 08/20/2024   CK 118804   BCSO/AP
""", "BCSO FOIA 24-113  p. 2")],
    "print", BCSO,
    [BCSO, "Benton County Purchasing Department", "Benton County Quorum Court"],
    [NSP, DWP], ["FACE Plus", "Digital PhotoManager"],
    [C(38500, 38500, "one-time", PO_ROW1, BCSO, NSP, "FACE Plus"),
     C(7650, 7650, None, PO_ROW2, BCSO, NSP, "FACE Plus"),
     C(1275, 1275, None, PO_ROW2, BCSO, NSP, "FACE Plus", unit="per license"),
     C(6930, 6930, "year", PO_ROW3, BCSO, NSP, "FACE Plus"),
     C(4200, 4200, None, PO_ROW4, BCSO, NSP, "FACE Plus"),
     C(60000, 60000, None, "Quorum Court Ordinance O-2024-31 appropriated $60,000", BCSO, None),
     C(50350, 50350, None, "AMOUNT DUE   50,350.00", BCSO, NSP, "FACE Plus")],
    [N(500000, "up to", "images", None, "gallery capacity up to 500,000 enrolled images", BCSO, NSP),
     N(6, "exact", "licenses", None, PO_ROW2, BCSO, NSP),
     N(212418, "exact", "images", None, "212,418 booking photographs", BCSO, NSP)],
    [P("Results returned by the facial recognition system are investigative leads only.", BCSO),
     P("They shall not be used as the sole basis for an arrest", BCSO)],
    [],
    ["2024-06-11", "2024-07-01", "2025-06-30", "2024-08-02", "2024-07-29", "2024-07-26", "2003", "2024-08-20", "2024"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Connecticut: Stamford PD Outlook thread
SPD = "Stamford Police Department"
doc("03_stamford-pd-ct-clearview-renewal-thread.txt", [
    (None, """\
Mercado, Anthony
___________________________________________________________________________________
From:              Mercado, Anthony <amercado@stamfordct.example>
Sent:              Tuesday, April 8, 2025 4:52 PM
To:                SPD Records Unit
Subject:           FW: Clearview renewal - FY26 request
Attachments:       Clearview_Q-STM-0325.pdf; FR_usage_2024.xlsx

Responsive to FOI 25-0119 (the Advocate request). Finance approved the one-year
renewal ($10,800) on 3/28; the PO is with Purchasing. Attachments already sent to you.

Anthony Mercado
Lieutenant, Investigative Services Bureau
Stamford Police Department
O: 203-555-0147

From: Mercado, Anthony
Sent: Monday, March 17, 2025 10:06 AM
To: Hollis, Dana <dhollis@stamfordct.example>
Cc: Baptiste, Renee <rbaptiste@stamfordct.example>
Subject: RE: Clearview renewal - FY26 request

Dana,

Numbers for the budget narrative, as promised:

- Current contract: $18,000 for two years (May 2023 - May 2025), 8 investigator accounts.
- Clearview's renewal quote is $10,800 per year for the same 8 seats, or $29,160 if we sign
  for three years (10% multi-year discount).
- 2024 usage: 173 searches by ISB detectives; 41 returned a candidate we treated as a lead;
  6 arrests where the lead was corroborated independently.

I'd go with the single year. Three years locks us in before the legislature takes up the
FR bill again. (Their deck now claims over 50 billion faces in the index, for what that's
worth.)

And please don't lump this with the Axon line - the body-worn camera renewal is $412,600
over five years and has nothing to do with Clearview.

Tony
""", "FOI 25-0119  Page 1 of 2"),
    (None, """\
-----Original Message-----
From: Hollis, Dana
Sent: Friday, March 14, 2025 3:31 PM
To: Mercado, Anthony
Subject: RE: Clearview renewal - FY26 request

Tony - Finance wants the renewal in the FY26 operating request by 3/21. Can you send me
cost, seat count and a few usage numbers? Renee also asked me to check that the rule
about sergeants is going into the narrative.

Dana Hollis
Budget & Grants Analyst, Stamford Police Department
203-555-0152

-----Original Message-----
From: Baptiste, Renee
Sent: Thursday, March 13, 2025 9:12 AM
To: Mercado, Anthony; Hollis, Dana
Subject: Clearview renewal - FY26 request

All,

Reminder: under G.O. 2023-07 every Clearview search needs the on-duty ISB sergeant's approval.
Each search also has to be logged with the case number.
Results are never to go into an arrest warrant affidavit as the basis for an identification.
The Chief wants that language in the narrative so the Board of Finance sees the guardrails.

The Board of Representatives public safety committee's proposal to bar searches of protest
footage is still just a proposal; it doesn't bind us unless the Chief adopts it.
We have never given patrol officers access to Clearview.

Renee Baptiste
Captain, Investigative Services Bureau

CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the
intended recipient(s) and may contain confidential information. Any unauthorized review,
use or distribution is prohibited.
""", "FOI 25-0119  Page 2 of 2")],
    "print", SPD,
    [SPD, "Stamford Board of Finance", "Stamford Board of Representatives"],
    [CV, "Axon"], [],
    [C(18000, 18000, None, "$18,000 for two years", SPD, CV),
     C(10800, 10800, "year", "Clearview's renewal quote is $10,800 per year", SPD, CV)],
    [N(8, "exact", "users", None, "8 investigator accounts", SPD, CV),
     N(173, "exact", "searches", "year", "173 searches by ISB detectives", SPD, CV),
     N(41, "exact", "leads", None, "41 returned a candidate we treated as a lead", SPD, CV),
     N(6, "exact", "arrests", None, "6 arrests where the lead was corroborated independently", SPD, CV),
     N(50_000_000_000, "more than", "images", None, "over 50 billion faces", None, CV)],
    [P("every Clearview search needs the on-duty ISB sergeant's approval.", SPD, CV),
     P("Each search also has to be logged with the case number.", SPD, CV),
     P("Results are never to go into an arrest warrant affidavit as the basis for an identification.", SPD, CV)],
    [E("Mercado, Anthony", "SPD Records Unit", "Tuesday, April 8, 2025 4:52 PM", "FW: Clearview renewal - FY26 request"),
     E("Mercado, Anthony", "Hollis, Dana", "Monday, March 17, 2025 10:06 AM", "RE: Clearview renewal - FY26 request"),
     E("Hollis, Dana", "Mercado, Anthony", "Friday, March 14, 2025 3:31 PM", "RE: Clearview renewal - FY26 request"),
     E("Baptiste, Renee", "Mercado, Anthony; Hollis, Dana", "Thursday, March 13, 2025 9:12 AM",
       "Clearview renewal - FY26 request")],
    ["2025-04-08", "2025-03-17", "2025-03-14", "2025-03-13", "2023-05", "2025-05", "2024"],
    scan="print")


# ---------------------------------------------------------------- 4 Idaho: ISP bid evaluation memo
ISP = "Idaho State Police"
IDM = "Idemia"
MFI = "MorphoFace Investigate"
doc("04_idaho-state-police-fr-rfq-award-memo.txt", [
    ("IDAHO STATE POLICE - SUPPORT SERVICES, PROCUREMENT", """\
700 S. Stratford Drive, Meridian, ID 83642

MEMORANDUM

TO:      Lt. Colonel Marcus Vandervoort, Deputy Director
FROM:    Hannah Quist, Purchasing Officer II
CC:      Capt. Leland Oyelaran, Investigations / Idaho Criminal Intelligence Center (ICIC)
DATE:    November 4, 2024
RE:      RFQ ISP-25-0031, Investigative Facial Recognition Software - evaluation and award recommendation

1. Purpose. This memo summarizes the evaluation of the four quotes received under RFQ ISP-25-0031 and recommends an award. The Legislature provided $150,000 in one-time General Fund money for this purchase in the FY2025 appropriation for the Investigations program.

2. Requirement. The RFQ sought software to compare probe images against the statewide booking-photo repository, which now holds roughly 1.2 million photographs contributed by county jails, for up to 25 named investigative users across the ISP districts and ICIC. The RFQ did not ask for live or real-time video matching, and no quote was scored higher for offering it.

3. Quotes received. Five-year cost of ownership = one-time cost + annual maintenance for years 2 through 5.

Vendor / product                      One-time  Yrs 2-5, each  5-yr total  Score
Idemia / MorphoFace Investigate        $80,580        $14,220    $137,460   88.5
DataWorks Plus / FACE Plus             $71,900        $19,450    $149,700   81.0
Cognitec Systems / FaceVACS-DBScan ID  $96,400        $12,800    $147,600   79.0
Treasure Valley (Rank One) / ROC SDK   $52,000        $24,000    $148,000   72.5

4. Evaluation. Scores weight technical fit at 50 percent, five-year cost at 30 percent and references at 20 percent. Idemia ranked first on technical fit and had the lowest five-year cost. The Rank One quote was the lowest up front but depends on a custom user interface that Treasure Valley would build and support; the evaluators judged that a risk. All four algorithms appear in the top 20 of NIST's FRTE 1:N mugshot results; the committee did not treat the ranking as decisive.
""", "RFQ ISP-25-0031 - Page 1 of 2"),
    ("IDAHO STATE POLICE - SUPPORT SERVICES, PROCUREMENT", """\
5. Recommendation. Award to Idemia Identity & Security USA, LLC for MorphoFace Investigate: a one-time software, installation and training cost of $80,580, and annual maintenance of $14,220 per year in years two through five, for a five-year total of $137,460. The purchase order will carry a not-to-exceed amount of $140,000, which leaves room for optional additional user licenses at $1,150 each. The $12,540 left of the appropriation after the five-year total will not be encumbered.

6. Expected use. ICIC estimates roughly 2,400 searches a year once all districts are onboarded; the 2023 pilot on borrowed software is not a useful guide and is not reported here.

7. Use conditions. ISP Policy 06.15 (Biometric Search), adopted in March 2024, applies to the new system. Searches may be run only by ICIC analysts and detectives who have completed the 8-hour facial comparison course. A candidate returned by the software must be reviewed by a second trained examiner before it is reported to an investigator as a lead. A draft amendment to Policy 06.15 that would add quarterly audits by the Professional Standards section is under review and is not in effect.

8. Next steps. On approval, Procurement will issue the purchase order and notify the three unsuccessful vendors. Questions: Hannah Quist, 208-555-0163.

Approved: ______________________   Date: ____________
Lt. Colonel Marcus Vandervoort
""", "RFQ ISP-25-0031 - Page 2 of 2")],
    "pdf", ISP,
    [ISP, "Idaho Criminal Intelligence Center", "Idaho Legislature", "National Institute of Standards and Technology"],
    [IDM, DWP, "Cognitec Systems", "Treasure Valley Integrated Systems", "Rank One Computing"],
    [MFI, "FACE Plus", "FaceVACS-DBScan ID", "ROC SDK"],
    [C(150000, 150000, "one-time", "The Legislature provided $150,000 in one-time General Fund money for this purchase", ISP, None),
     C(80580, 80580, "one-time", "a one-time software, installation and training cost of $80,580", ISP, IDM, MFI),
     C(14220, 14220, "year", "annual maintenance of $14,220 per year in years two through five", ISP, IDM, MFI),
     C(137460, 137460, None, "for a five-year total of $137,460", ISP, IDM, MFI),
     C(None, 140000, None, "a not-to-exceed amount of $140,000", ISP, IDM, MFI),
     C(1150, 1150, None, "optional additional user licenses at $1,150 each", ISP, IDM, MFI, unit="per license")],
    [N(1_200_000, "approximately", "images", None, "roughly 1.2 million photographs contributed by county jails", ISP),
     N(25, "up to", "users", None, "up to 25 named investigative users", ISP),
     N(2400, "approximately", "searches", "year", "roughly 2,400 searches a year", ISP)],
    [P("Searches may be run only by ICIC analysts and detectives who have completed the 8-hour facial comparison course.", ISP),
     P("A candidate returned by the software must be reviewed by a second trained examiner before it is reported to an investigator as a lead.", ISP)],
    [],
    ["2024-11-04", "2024-03", "2023"],
    scan=None)


# ---------------------------------------------------------------- 5 Kansas: Lawrence City Commission agenda item + amendment
LPD = "Lawrence Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("05_lawrence-ks-commission-facesearch-amendment.txt", [
    ("CITY OF LAWRENCE, KANSAS - CITY COMMISSION AGENDA ITEM", """\
Meeting date: Tuesday, January 21, 2025     Item: Consent Agenda 7(c)
Department: Police     Staff contact: Maj. Corinne Whitfield, 785-555-0134

TITLE
Consider approving Amendment No. 2 to Contract C-2022-118 with Motorola Solutions, Inc. (Vigilant Solutions) to add Vigilant FaceSearch investigative facial recognition, and authorize the City Manager to execute the amendment.

BACKGROUND
Since 2022 the Lawrence Police Department has used Vigilant's LEARN platform for license plate reader data under Contract C-2022-118. Amendment No. 1 (2023) added four fixed ALPR cameras. Amendment No. 2 adds FaceSearch, Vigilant's booking-photo facial recognition tool, for investigators.

From September 3 to November 1, 2024, the department ran a no-cost 60-day trial. Detectives ran 57 searches during the trial; 9 produced investigative leads, and 2 led to arrests after independent corroboration. No trial result was used as the sole basis for an arrest.

FaceSearch compares a probe image against a gallery that Motorola describes as more than 20 million booking photos contributed by participating agencies. The department would add approximately 38,000 arrest photographs from its records management system.

POLICY
General Order 41.20, Facial Recognition, took effect on December 15, 2024. Under it, FaceSearch may be used only in investigations of felonies and of missing or endangered persons. A supervisor must approve each search in writing before it is run. A possible match is not probable cause for an arrest and must be corroborated by independent evidence. The order also prohibits using FaceSearch on live video or to identify people engaged in constitutionally protected activity.

Staff also proposes an annual public report on FaceSearch use. That report is not part of this item and would need separate Commission action.

FISCAL IMPACT
The FaceSearch subscription costs $12,600 per year for 15 named users ($840 per user). The first-year cost, prorated from February 1 to September 30, 2025 to align with the LEARN term, is $8,400. Funding is available in the Police Department's 2025 budget from the Law Enforcement Trust Fund (account 209-2110-5290). Motorola body-worn cameras are bought under a separate agreement (Item 7(d), $286,500) and are not part of this amendment.

ACTION REQUESTED
Approve Amendment No. 2 to Contract C-2022-118 and authorize the City Manager to sign it.
""", "Agenda Item 7(c) - Page 1 of 2"),
    ("CITY OF LAWRENCE, KANSAS - CITY COMMISSION AGENDA ITEM", """\
ATTACHMENT A - AMENDMENT NO. 2 TO CONTRACT C-2022-118, EXHIBIT B (REVISED PRICE SCHEDULE)

Item Description                                  Qty  Unit price     Annual
1    LEARN ALPR data hosting and analytics            1    9,500.00   9,500.00
2    Fixed ALPR camera maintenance (Amend. 1)         4      650.00   2,600.00
3    Vigilant FaceSearch named-user subscription     15      840.00  12,600.00
4    FaceSearch onboarding and training (waived)      1        0.00       0.00
5    Credit: unused trial-period hosting              1   -1,200.00  -1,200.00
     Revised annual contract total                                  23,500.00
     2025 prorated FaceSearch (Feb 1 - Sep 30)                       8,400.00

All other terms of Contract C-2022-118, as amended by Amendment No. 1, remain in effect. The term of this Amendment ends September 30, 2027 unless renewed. Prices are firm for the term.

MOTOROLA SOLUTIONS, INC.                    CITY OF LAWRENCE, KANSAS
By: ________________________                By: ________________________
Name: Evan Sturdevant, Area Sales Mgr.      Name: City Manager
Date: ______________                        Date: ______________
""", "Agenda Item 7(c) - Page 2 of 2")],
    "pdf", LPD,
    [LPD, "City of Lawrence", "Lawrence City Commission"],
    [MSI, "Vigilant Solutions"], [VFS, "LEARN"],
    [C(12600, 12600, "year", "The FaceSearch subscription costs $12,600 per year", LPD, MSI, VFS),
     C(840, 840, "year", "($840 per user)", LPD, MSI, VFS, unit="per user"),
     C(8400, 8400, None, "The first-year cost, prorated from February 1 to September 30, 2025 to align with the LEARN term, is $8,400",
       LPD, MSI, VFS)],
    [N(57, "exact", "searches", None, "Detectives ran 57 searches during the trial", LPD, MSI),
     N(9, "exact", "leads", None, "9 produced investigative leads", LPD, MSI),
     N(2, "exact", "arrests", None, "2 led to arrests after independent corroboration", LPD, MSI),
     N(20_000_000, "more than", "images", None, "more than 20 million booking photos", None, MSI),
     N(38000, "approximately", "images", None, "approximately 38,000 arrest photographs", LPD, MSI),
     N(15, "exact", "users", None, "15 named users", LPD, MSI)],
    [P("Under it, FaceSearch may be used only in investigations of felonies and of missing or endangered persons.", LPD),
     P("A supervisor must approve each search in writing before it is run.", LPD),
     P("A possible match is not probable cause for an arrest and must be corroborated by independent evidence.", LPD),
     P("The order also prohibits using FaceSearch on live video or to identify people engaged in constitutionally protected activity.", LPD)],
    [],
    ["2025-01-21", "2022", "2023", "2024-09-03", "2024-11-01", "2024-12-15", "2025-02-01", "2025-09-30", "2025",
     "2027-09-30"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Louisiana: New Orleans OIG inspection report
OIG = "New Orleans Office of Inspector General"
NOPD = "New Orleans Police Department"
NOHSEP = "New Orleans Office of Homeland Security and Emergency Preparedness"
CCIS = "Crescent City Integrated Solutions"
FVD = "FaceVACS-DBScan ID"
TABLE_HEAD = f"{'':<46}{'2023':>8}{'2024':>11}{'Total':>11}"


def row(label, a, b, t):
    return f"{label:<46}{a:>8}{b:>11}{t:>11}"


def upto(text, number):
    return text[:text.index(number) + len(number)]


ROW_REQ = row("Requests submitted to the RTCC", 48, 71, 119)
ROW_SRCH = row("Searches run", 42, 62, 104)
ROW_MATCH = row("Possible matches returned", 25, 39, 64)
ROW_ID = row("Identifications confirmed by examiner", 17, 26, 43)
ROW_ARR = row("Arrests in which the identification was cited", 9, 14, 23)
doc("06_new-orleans-oig-nopd-fr-inspection.txt", [
    ("OFFICE OF INSPECTOR GENERAL - CITY OF NEW ORLEANS", """\
Inspections & Evaluations Division           Report No. OIG-IE-25-004
FINAL REPORT - Issued June 30, 2025

INSPECTION OF FACIAL RECOGNITION REQUESTS BY THE NEW ORLEANS POLICE DEPARTMENT
January 1, 2023 through December 31, 2024

I. BACKGROUND

In July 2022 the City Council amended the surveillance technology ordinance (City Code Sec. 147-4) to let the New Orleans Police Department (NOPD) request facial recognition searches. The ordinance permits a search only in the investigation of the crimes of violence it enumerates. It also requires that every search be performed by the Real-Time Crime Center rather than by individual officers. NOPD does not license facial recognition software itself.

The Real-Time Crime Center (RTCC) is operated by the New Orleans Office of Homeland Security and Emergency Preparedness (NOHSEP). NOHSEP pays Crescent City Integrated Solutions, LLC, an authorized Cognitec Systems reseller, $31,200 a year for a FaceVACS-DBScan ID license with three concurrent analyst seats. NOHSEP's 2025 operating budget carries $35,000 for the license, reflecting an expected price increase at renewal. The RTCC's BriefCam video analytics license ($74,000 per year) is used for video review only; its face recognition module is not licensed and was outside the scope of this inspection.

FaceVACS-DBScan ID compares each probe image against a gallery of about 610,000 booking photographs supplied by the Orleans Parish Sheriff's Office.

NOPD Operations Manual Chapter 42.36, Facial Recognition, implements the ordinance. The paragraphs relevant to this inspection read:

 9.  Every request for a facial recognition search shall bear the written approval of the requesting member's district or division commander.
 12. A possible match returned by a facial recognition search shall not be the sole basis for an arrest, a search warrant application or a photographic lineup.
 14. Members are prohibited from submitting probe images taken at protests, vigils or other gatherings protected by the First Amendment.
""", "OIG-IE-25-004  |  3"),
    ("OFFICE OF INSPECTOR GENERAL - CITY OF NEW ORLEANS", f"""\
II. RESULTS

Table 2. NOPD facial recognition requests, by year
{TABLE_HEAD}
{ROW_REQ}
{ROW_SRCH}
{ROW_MATCH}
{ROW_ID}
{ROW_ARR}
Source: RTCC request log; NOPD Records and Identification Section. The RTCC declined 15 of the 119 requests because the offense was not eligible under the ordinance.

Finding 1. Commander approval was missing. OIG examined a random sample of 40 requests. In 11 of the 40 (28 percent), the request form lacked the written commander approval that paragraph 9 requires; the RTCC processed all 11.

Finding 2. Corroboration was not documented. In 7 of the 23 arrests, the case file did not show what independent evidence supported the identification.

Recommendations. NOPD should audit request forms quarterly, and the RTCC should refuse incomplete forms. OIG also recommends that the City Council require NOPD to publish the Table 2 figures each year.

Management response (NOPD, June 12, 2025). NOPD agrees with both findings. Effective August 1, 2025, NOPD will not forward to the RTCC any facial recognition request that lacks a commander's signature. NOPD does not agree that annual publication is needed and notes that the Council has not acted on the recommendation.

OIG contact: Inspections Manager Theodora Villere, 504-555-0118, oig-ie@nolaoig.example
""", "OIG-IE-25-004  |  4")],
    "pdf", OIG,
    [OIG, NOPD, "New Orleans City Council", NOHSEP, "Real-Time Crime Center", "Orleans Parish Sheriff's Office"],
    ["Cognitec Systems", CCIS, "BriefCam"], [FVD],
    [C(31200, 31200, "year", "$31,200 a year for a FaceVACS-DBScan ID license", NOHSEP, CCIS, FVD),
     C(35000, 35000, None, "NOHSEP's 2025 operating budget carries $35,000 for the license", NOHSEP, None, FVD)],
    [N(3, "exact", "licenses", None, "three concurrent analyst seats", NOHSEP, CCIS),
     N(610000, "approximately", "images", None, "about 610,000 booking photographs", NOHSEP, CCIS),
     N(48, "exact", "requests", "year", upto(ROW_REQ, "48"), NOPD),
     N(71, "exact", "requests", "year", upto(ROW_REQ, "71"), NOPD),
     N(119, "exact", "requests", None, ROW_REQ, NOPD),
     N(42, "exact", "searches", "year", upto(ROW_SRCH, "42"), NOPD),
     N(62, "exact", "searches", "year", upto(ROW_SRCH, "62"), NOPD),
     N(104, "exact", "searches", None, ROW_SRCH, NOPD),
     N(64, "exact", "matches", None, ROW_MATCH, NOPD),
     N(43, "exact", "identifications", None, ROW_ID, NOPD),
     N(23, "exact", "arrests", None, ROW_ARR, NOPD),
     N(15, "exact", "requests", None, "The RTCC declined 15 of the 119 requests", NOPD)],
    [P("The ordinance permits a search only in the investigation of the crimes of violence it enumerates.", NOPD),
     P("It also requires that every search be performed by the Real-Time Crime Center rather than by individual officers.", NOPD),
     P("Every request for a facial recognition search shall bear the written approval of the requesting member's district or division commander.", NOPD),
     P("A possible match returned by a facial recognition search shall not be the sole basis for an arrest, a search warrant application or a photographic lineup.", NOPD),
     P("Members are prohibited from submitting probe images taken at protests, vigils or other gatherings protected by the First Amendment.", NOPD),
     P("Effective August 1, 2025, NOPD will not forward to the RTCC any facial recognition request that lacks a commander's signature.", NOPD)],
    [],
    ["2025-06-30", "2023-01-01", "2024-12-31", "2022-07", "2025", "2023", "2024", "2025-06-12", "2025-08-01"],
    scan="pdf")


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
