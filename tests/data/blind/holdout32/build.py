"""Writes docs/*.txt and labels.json for holdout32 (invented releases). Labels are written from intent."""
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


def P(quote, agency):
    return {"quote": quote, "agency": agency}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None, usage_override=None):
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


# ---------------------------------------------------------------- 1 Maryland: Baltimore County PD
BCPD = "Baltimore County Police Department"
DWP = "DataWorks Plus"
ROW_DWP = "DataWorks Plus - FACE Plus (hosted)     $248,700    61.5   27.4   88.9"
ROW_NEC = "NEC - NeoFace Reveal                    $311,250    58.0   21.9   79.9"
ROW_IDM = "Idemia - MorphoFace Investigate         $227,400    49.0   30.0   79.0"
doc("01_baltimore-county-pd-fr-bid-evaluation-memo.txt", [
    (None, f"""\
BALTIMORE COUNTY GOVERNMENT
OFFICE OF BUDGET AND FINANCE - PURCHASING DIVISION
400 Washington Avenue, Room 148, Towson, Maryland 21204

INTER-OFFICE CORRESPONDENCE

TO:       Capt. Renata Osei-Bonsu, Commander
          Criminal Intelligence Section, Baltimore County Police Department
FROM:     Gareth L. Pomeroy, CPPB, Procurement Officer II
DATE:     September 9, 2022
RE:       RFP No. BCP-22-0417, Facial Image Comparison Software
          Evaluation Committee Summary and Recommendation for Award

1.  Background

The Criminal Intelligence Section (CIS) compares probe images from open investigations against the Department's booking photographs using software licensed from Idemia in 2016. That software reaches end of support on June 30, 2023. The gallery now stands at roughly 1.2 million booking photographs. Analysts ran 3,874 searches in calendar year 2021, which produced 611 investigative leads forwarded to case detectives.

RFP No. BCP-22-0417 was advertised on eMaryland Marketplace Advantage on June 21, 2022. Four offerors responded: DataWorks Plus, LLC; NEC Corporation of America; Idemia Identity & Security USA LLC; and Clearview AI, Inc. The Clearview AI proposal arrived at 2:47 p.m. on the closing date of August 3, 2022, after the 2:00 p.m. deadline, and was returned unopened; it was not evaluated.

2.  Evaluation

The committee (three voting members from CIS and one from the Office of Information Technology) scored the three responsive proposals on technical merit (70 points) and price (30 points; the lowest five-year cost receives all 30). Five-year cost is the sum of all one-time and recurring charges for a term of July 1, 2023 through June 30, 2028.

Offeror / solution                     5-yr cost    Tech  Price  Total
{ROW_DWP}
{ROW_NEC}
{ROW_IDM}
""", "BCoPD 000041"),
    (None, """\
Idemia's price was the lowest, but its proposal does not support the Department's Windows Server 2019 environment without an additional $36,000 migration, which the committee did not add to the price score. NEC scored well on accuracy but requires a two-year minimum of on-site support.

3.  Recommendation

The committee recommends award to DataWorks Plus, LLC, of Greenville, South Carolina. Under its price proposal the County would pay a one-time implementation and data migration fee of $41,200, plus a hosted subscription of $41,500 a year for each of the five years. The subscription includes 15 named-user licenses and up to 12,000 searches per year; additional searches would be billed at $2.10 each, which the committee does not expect the Department to incur.

The five-year total of $248,700 is the committee's basis for award. The FY 2023 Adopted Budget carries $83,000 for this purpose in account 1001-042-4455-52330, which covers the implementation fee and the first subscription year. A second analyst workstation (Dell Precision 3660, $3,480) will be bought under the County's existing hardware contract and is not part of this award.
""", "BCoPD 000042"),
    (None, """\
4.  Conditions

Award is contingent on execution of the County's standard Software-as-a-Service terms, including the data-protection exhibit under which the contractor may not use County images to train or improve any algorithm.

Consistent with Department Directive 12-09, only analysts who have completed the vendor's 16-hour examiner course may run searches. A candidate returned by the system may be used only as an investigative lead and is not, on its own, probable cause for arrest.

Please indicate concurrence below and return this memorandum to Purchasing by September 16, 2022 so that the award can be placed on the County Council agenda of October 3, 2022. Questions may be directed to me at 410-555-0143.

G. L. Pomeroy

Concur:  ______________________________     Date: ___________
         Capt. R. Osei-Bonsu, Commander, CIS

cc:  Lt. Col. D. Haverford, Operations Bureau
     Procurement file BCP-22-0417
""", "BCoPD 000043"),
], "pdf", BCPD,
    [BCPD, "Baltimore County Office of Budget and Finance", "Baltimore County Council"],
    [DWP, "NEC", "Idemia", "Clearview AI"],
    ["FACE Plus", "NeoFace Reveal", "MorphoFace Investigate"],
    [C(41200, 41200, "one-time", "one-time implementation and data migration fee of $41,200", BCPD, DWP, "FACE Plus"),
     C(41500, 41500, "year", "hosted subscription of $41,500 a year", BCPD, DWP, "FACE Plus"),
     C(2.10, 2.10, None, "additional searches would be billed at $2.10 each", BCPD, DWP, "FACE Plus", unit="per search"),
     C(248700, 248700, None, "The five-year total of $248,700", BCPD, DWP, "FACE Plus"),
     C(83000, 83000, None, "The FY 2023 Adopted Budget carries $83,000 for this purpose", BCPD, None)],
    [N(1200000, "approximately", "images", None, "roughly 1.2 million booking photographs", BCPD, "Idemia"),
     N(3874, "exact", "searches", "year", "Analysts ran 3,874 searches in calendar year 2021", BCPD, "Idemia"),
     N(611, "exact", "leads", "year", "611 investigative leads", BCPD, "Idemia"),
     N(15, "exact", "licenses", None, "15 named-user licenses", BCPD, DWP),
     N(12000, "up to", "searches", "year", "up to 12,000 searches per year", BCPD, DWP)],
    [P("Consistent with Department Directive 12-09, only analysts who have completed the vendor's 16-hour examiner course may run searches.", BCPD),
     P("A candidate returned by the system may be used only as an investigative lead and is not, on its own, probable cause for arrest.", BCPD)],
    [],
    ["2022-09-09", "2016", "2023-06-30", "2021", "2022-06-21", "2022-08-03", "2023-07-01", "2028-06-30",
     "2022-09-16", "2022-10-03"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Maine: Bureau of Motor Vehicles
BMV = "Maine Bureau of Motor Vehicles"
IDM = "Idemia"
ME_HEAD = "Period                       Requests   Searches   Possible matches"
ME_R1 = "Oct. 1 - Dec. 31, 2021             14         11                  4"
ME_R2 = "Calendar year 2022                 71         62                 23"
ME_R3 = "Jan. 1 - Feb. 28, 2023             12         11                  5"
ME_RT = "Total                              97         84                 32"
doc("02_maine-bmv-foaa-response-letter.txt", [
    (None, """\
STATE OF MAINE
DEPARTMENT OF THE SECRETARY OF STATE
BUREAU OF MOTOR VEHICLES
29 State House Station
Augusta, Maine 04333-0029

March 27, 2023

Imogen Tarrant
Pine Tree Civic Data Project
P.O. Box 7734
Portland, ME 04112

Sent by e-mail only

RE: Freedom of Access Act request BMV-FOAA-2023-0188

Dear Ms. Tarrant:

This letter responds to your request under Maine's Freedom of Access Act, received by the Bureau of Motor Vehicles on February 2, 2023, for records about the Bureau's use of facial recognition. Rather than produce the underlying request log, which contains personal information protected by 29-A M.R.S. sec. 152 and the federal Driver's Privacy Protection Act, the Bureau has prepared the summary below, which you agreed to accept in your e-mail of February 14, 2023.

1. Vendor and cost

The Bureau's facial recognition capability is part of the credential issuance system supplied by Idemia Identity & Security USA LLC under State contract MA 18P 190604*117, which runs from July 1, 2019 through June 30, 2026. The Bureau is not billed per search. Schedule B of the contract prices the one-to-many facial recognition module at $187,500 per year, and in fiscal year 2022 the Bureau paid Idemia a one-time fee of $64,000 to move to the vendor's current matching algorithm. The per-credential production price of $8.92 covers card stock, printing and mailing and is not a facial recognition charge.
""", "BMV-0188  p. 1"),
    (None, f"""\
Ms. Imogen Tarrant
March 27, 2023
Page 2

2. Size of the image database

As of January 1, 2023, the facial recognition system held approximately 1,460,000 images taken at license and identification card issuance since 2005. Six analysts in the Bureau's Investigations Unit hold credentials for the investigative workstation.

3. Requests from law enforcement agencies

Since October 1, 2021, law enforcement agencies may obtain a facial recognition search of Bureau records only by submitting a written request to the Bureau or to the Maine State Police, as provided in 25 M.R.S. sec. 6004. The figures below, taken from the Bureau's request log, show requests received, searches performed and possible matches returned to the requesting agency.

{ME_HEAD}
{ME_R1}
{ME_R2}
{ME_R3}
{ME_RT}

Of the 97 requests, 13 were declined because the request did not document probable cause to believe that the unidentified person had committed a serious crime. In no case did the Bureau run a search for a federal immigration authority.
""", "BMV-0188  p. 2"),
    (None, """\
Ms. Imogen Tarrant
March 27, 2023
Page 3

4. Written procedures

The Bureau's procedure BMV-INV-07 (rev. August 2022), enclosed, provides in part: "A search may be performed only by an analyst who has completed the Bureau's facial comparison training. Every possible match must be reviewed by a second analyst before it is released to the requesting agency, and the release must state that the result is not a positive identification." The procedure also requires that each request, search and result be entered in the request log, which is kept for five years.

The Bureau has considered, but has not adopted, a proposal to notify credential holders when their image is returned as a possible match.

5. Costs of this response

Staff time on your request was less than the two hours provided without charge, so no fee is due. Time beyond two hours is charged at $25.00 per hour.

The Maine State Police operate a separate facial recognition service through the Maine Information and Analysis Center. The Bureau holds no records of that service's costs or use; you may wish to direct that part of your request to the State Police.

Sincerely,

Lionel Ashby-Verrill
Public Access Officer, Bureau of Motor Vehicles
(207) 555-0190

Enclosure: BMV-INV-07 (4 pages)
""", "BMV-0188  p. 3"),
], "pdf", BMV,
    [BMV, "Maine Department of the Secretary of State", "Maine State Police", "Maine Information and Analysis Center"],
    [IDM],
    [],
    [C(187500, 187500, "year", "prices the one-to-many facial recognition module at $187,500 per year", BMV, IDM),
     C(64000, 64000, "one-time", "paid Idemia a one-time fee of $64,000", BMV, IDM)],
    [N(1460000, "approximately", "images", None, "approximately 1,460,000 images", BMV, IDM),
     N(6, "exact", "users", None, "Six analysts in the Bureau's Investigations Unit hold credentials", BMV, IDM),
     N(14, "exact", "requests", "quarter", ME_R1, BMV, IDM),
     N(11, "exact", "searches", "quarter", ME_R1, BMV, IDM),
     N(71, "exact", "requests", "year", ME_R2, BMV, IDM),
     N(62, "exact", "searches", "year", ME_R2, BMV, IDM),
     N(12, "exact", "requests", None, ME_R3, BMV, IDM),
     N(11, "exact", "searches", None, ME_R3, BMV, IDM),
     N(97, "exact", "requests", None, ME_RT, BMV, IDM),
     N(84, "exact", "searches", None, ME_RT, BMV, IDM),
     N(32, "exact", "matches", None, ME_RT, BMV, IDM),
     N(13, "exact", "requests", None, "13 were declined", BMV, IDM)],
    [P("law enforcement agencies may obtain a facial recognition search of Bureau records only by submitting a written request to the Bureau or to the Maine State Police, as provided in 25 M.R.S. sec. 6004", BMV),
     P("A search may be performed only by an analyst who has completed the Bureau's facial comparison training.", BMV),
     P("Every possible match must be reviewed by a second analyst before it is released to the requesting agency, and the release must state that the result is not a positive identification.", BMV),
     P("The procedure also requires that each request, search and result be entered in the request log, which is kept for five years.", BMV)],
    [],
    ["2023-03-27", "2023-02-02", "2023-02-14", "2019-07-01", "2026-06-30", "2022", "2023-01-01", "2005",
     "2021-10-01", "2021-12-31", "2023-02-28", "2022-08"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Minnesota: Anoka County SO (Outlook print)
ACSO = "Anoka County Sheriff's Office"
CV = "Clearview AI"
SUBJ = "Clearview AI renewal - Quote Q-ANK-2024-0031"
MN_R1 = "Clearview AI Investigative Platform (annual)       12     $1,800.00     $21,600.00"
MN_R2 = "Clearview Mobile (annual add-on)                   12       $175.00      $2,100.00"
MN_R3 = "Returning-customer credit                                               ($1,500.00)"
MN_RT = "Total due (12-month term)                                                $22,200.00"
doc("03_anoka-county-so-clearview-renewal-outlook-thread.txt", [
    (None, f"""\
Pruitt, Dana

From:                      Pruitt, Dana
Sent:                      Wednesday, January 17, 2024 8:03 AM
To:                        Halvorsen, Erik J.
Cc:                        Nguyen, Thao
Subject:                   RE: FW: {SUBJ}

Erik,

Thanks. I can put the Clearview renewal ($22,200) on the February 13 consent agenda as a
professional services item. The Accurint piece has to come off this request - it belongs to the
crime analysis unit's cost center (4310) and it isn't facial recognition anyway.

One question from the County Attorney's Office: does the Sheriff's policy still require a
supervisor to sign off on each search? If so, please send me Policy 428 for the board packet.

Dana Pruitt | Contracts Administrator
Anoka County Finance & Central Services | (763) 555-0118

From: Halvorsen, Erik J. <Erik.Halvorsen@co.anoka.mn.us>
Sent: Tuesday, January 16, 2024 10:42 AM
To: Pruitt, Dana <Dana.Pruitt@co.anoka.mn.us>
Subject: FW: {SUBJ}

Dana - renewal quote from Clearview below. We are going from 10 to 12 licenses this year
because two more CID detectives finished the examiner training in December. For comparison,
last year's renewal was $17,500 for the 10 seats. I am also budgeting the LexisNexis Accurint
Virtual Crime Center renewal at $9,450 and put it on the same request, if you can combine them.

Usage for the board memo if they ask: 1,142 searches in 2023, which investigators credit with
58 leads and 9 arrests.
Policy 428.4 requires a case number and a sergeant's approval for every search, and the
2023 audit found all of them had both.

Cmdr. Voss has floated limiting Clearview Mobile to sergeants and above. That is only a
proposal at this point; it hasn't gone to the Sheriff.

Lt. Erik Halvorsen
Criminal Investigation Division | Anoka County Sheriff's Office
""", "1                                                                  ACSO-DP-24-017-000003"),
    (None, f"""\
From: Brock Tannery <brock.tannery@clearview.ai>
Sent: Friday, January 12, 2024 3:05 PM
To: Halvorsen, Erik J. <Erik.Halvorsen@co.anoka.mn.us>
Subject: RE: {SUBJ}

CAUTION: This email originated from outside of Anoka County. Do not click links or open
attachments unless you recognize the sender and know the content is safe.

Hi Erik,

Happy new year! Updated renewal quote for 12 users below, valid through February 29, 2024.
Term is 12 months from the date of signature.

Item                                               Qty    Unit price    Extended
{MN_R1}
{MN_R2}
{MN_R3}
{MN_RT}

On your other question: our database now holds more than 50 billion facial images
collected from public sources.

Brock Tannery
Account Executive, Public Sector | Clearview AI | (646) 555-0167

On Thu, Jan 11, 2024 at 9:18 AM Halvorsen, Erik J. <Erik.Halvorsen@co.anoka.mn.us> wrote:
> Brock - can you send an updated quote for 12 users? Two more detectives are coming on.
> Also, what database size are you quoting agencies now? Our board asked last year.
>
> Erik

CONFIDENTIALITY NOTICE: This message, including any attachments, is intended only for the named
recipient(s) and may contain data that are not public under Minnesota Statutes Chapter 13. Any
unauthorized review, use, disclosure or distribution is prohibited.
""", "2                                                                  ACSO-DP-24-017-000004"),
], "print", ACSO,
    [ACSO, "Anoka County Finance and Central Services", "Anoka County Attorney's Office",
     "Anoka County Board of Commissioners"],
    [CV, "LexisNexis"],
    ["Clearview AI Investigative Platform", "Clearview Mobile", "Accurint Virtual Crime Center"],
    [C(21600, 21600, "year", MN_R1, ACSO, CV, "Clearview AI Investigative Platform"),
     C(1800, 1800, "year", "Clearview AI Investigative Platform (annual)       12     $1,800.00", ACSO, CV,
       "Clearview AI Investigative Platform", unit="per user"),
     C(2100, 2100, "year", MN_R2, ACSO, CV, "Clearview Mobile"),
     C(175, 175, "year", "Clearview Mobile (annual add-on)                   12       $175.00", ACSO, CV,
       "Clearview Mobile", unit="per user"),
     C(22200, 22200, "year", MN_RT, ACSO, CV),
     C(17500, 17500, "year", "last year's renewal was $17,500 for the 10 seats", ACSO, CV)],
    [N(10, "exact", "licenses", None, "We are going from 10 to 12 licenses this year", ACSO, CV),
     N(12, "exact", "licenses", None, "We are going from 10 to 12 licenses this year", ACSO, CV),
     N(1142, "exact", "searches", "year", "1,142 searches in 2023", ACSO, CV),
     N(58, "exact", "leads", "year", "58 leads and 9 arrests", ACSO, CV),
     N(9, "exact", "arrests", "year", "58 leads and 9 arrests", ACSO, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion facial images", None, CV)],
    [P("Policy 428.4 requires a case number and a sergeant's approval for every search", ACSO)],
    [E("Pruitt, Dana", "Halvorsen, Erik J.", "Wednesday, January 17, 2024 8:03 AM", "RE: FW: " + SUBJ),
     E("Halvorsen, Erik J.", "Pruitt, Dana", "Tuesday, January 16, 2024 10:42 AM", "FW: " + SUBJ),
     E("Brock Tannery", "Halvorsen, Erik J.", "Friday, January 12, 2024 3:05 PM", "RE: " + SUBJ),
     E("Halvorsen, Erik J.", "Brock Tannery", "Thu, Jan 11, 2024 at 9:18 AM", None)],
    ["2024-01-17", "2024-01-16", "2024-01-12", "2024-01-11", "2024-02-29", "2023"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 Montana: Great Falls PD sole source + PO
GFPD = "Great Falls Police Department"
TSF = "Treasure State Forensic Systems"
DBS = "FaceVACS-DBScan LE"
MT_L1 = "1   1    FaceVACS-DBScan LE server lic. (perp.)   $31,500.00   $31,500.00"
MT_L2 = "2   4    DBScan LE examiner client lic. (perp.)    $2,850.00   $11,400.00"
MT_L3 = "3   1    Yr-1 maintenance & support (12 mo.)       $9,600.00    $9,600.00"
MT_L4 = "4   1    Install, migration, 2-day training        $6,240.00    $6,240.00"
MT_L5 = "5   2    Axis Q1656-LE box camera                  $1,385.00    $2,770.00"
MT_L6 = "6   1    Freight, UPS Ground                          $95.00       $95.00"
doc("04_great-falls-pd-cognitec-sole-source-and-po.txt", [
    (None, """\
CITY OF GREAT FALLS, MONTANA
FINANCE DEPARTMENT - PURCHASING
SOLE SOURCE JUSTIFICATION          Form FIN-114 (rev. 03/2021)

Requesting department:  Police Department - Investigations Bureau
Requested by:           Sgt. Coralie Wendt, (406) 555-0172
Date:                   October 24, 2023
Proposed vendor:        Treasure State Forensic Systems, LLC, Helena, MT (authorized Cognitec reseller)
Item / service:         Cognitec FaceVACS-DBScan LE facial image comparison software, 4 examiner seats
Estimated cost:         $58,740 (first year); maintenance $9,600 per year thereafter

1. Description of need
The Investigations Bureau needs software to compare still images from surveillance video, social media and other case evidence against local booking photographs. The system will be loaded with approximately 212,000 booking photographs exported from the Cascade County Detention Center, dating back to 2004.

2. Why only this source can meet the need
The Detention Center's booking system already stores photographs with Cognitec FaceVACS templates, so FaceVACS-DBScan LE can enroll them without re-processing. Cognitec sells to public agencies in Montana only through Treasure State Forensic Systems, LLC. Staff obtained a budgetary quote from Rank One Computing for ROC Watch ($44,000 for the first year), but that product would require re-enrolling every image and has no examiner workflow.

3. Price reasonableness
The first-year total of $58,740 covers a perpetual server license, four perpetual examiner client licenses, 12 months of maintenance, installation, and two days of examiner training. Treasure State's quote is 6 percent below Cognitec's 2023 list price for the same configuration.
""", "GFPD-0093-0007"),
    (None, """\
Sole Source Justification FIN-114 - Great Falls Police Department - page 2

4. Use restrictions
The system will be used under GFPD Policy 4.27 (Facial Recognition). Under that policy a possible match is an investigative lead only and shall not, by itself, be used to establish probable cause. Searches shall be run only by examiners who have completed the vendor's training.

5. Funding
Montana Board of Crime Control grant award 23-JAG-GF-07 ($45,000) and the Police Department operating budget, account 1000-21100-340-0362 ($13,740). Purchases under $80,000 do not require City Commission approval.

Department head:   W. T. Marchbanks, Chief of Police    10/26/2023
Finance approval:  R. Oyelaran-Fisk, Purchasing Agent   11/02/2023
""", "GFPD-0093-0008"),
    (None, f"""\
CITY OF GREAT FALLS, MONTANA - PURCHASE ORDER
P.O. Box 5021, Great Falls, MT 59403
PO No. 24-003187                    Date: 11/06/2023
Vendor:   Treasure State Forensic Systems, LLC  (Vendor No. 0041926)
          3390 Green Meadow Drive, Suite B, Helena, MT 59602
Ship to:  Great Falls Police Department, Investigations Bureau
          112 1st Street South, Great Falls, MT 59401
Account:  1000-21100-340-0362 / Grant 23-JAG-GF-07
Terms:    Net 30
Reference: Sole Source Justification FIN-114 approved 11/02/2023

Ln  Qty  Description                              Unit price     Extended
{MT_L1}
{MT_L2}
{MT_L3}
{MT_L4}
{MT_L5}
{MT_L6}
                                       Subtotal               $61,605.00
                                       Sales tax (MT)              $0.00
                                       PO TOTAL               $61,605.00

Montana does not levy a general sales tax. Invoice to: City of Great Falls, Accounts Payable, at the address above, quoting the PO number. Partial shipments allowed.

Authorized by: R. Oyelaran-Fisk, Purchasing Agent
""", "GFPD-0093-0009"),
], "pdf", GFPD,
    [GFPD, "City of Great Falls Finance Department", "Cascade County Detention Center",
     "Montana Board of Crime Control", "Great Falls City Commission"],
    [TSF, "Cognitec Systems", "Rank One Computing", "Axis Communications"],
    [DBS, "ROC Watch", "Axis Q1656-LE"],
    [C(58740, 58740, None, "The first-year total of $58,740", GFPD, TSF, DBS),
     C(9600, 9600, "year", "maintenance $9,600 per year thereafter", GFPD, TSF, DBS),
     C(45000, 45000, "one-time", "Montana Board of Crime Control grant award 23-JAG-GF-07 ($45,000)", GFPD, None),
     C(13740, 13740, None, "account 1000-21100-340-0362 ($13,740)", GFPD, None),
     C(31500, 31500, "one-time", MT_L1, GFPD, TSF, DBS),
     C(11400, 11400, "one-time", MT_L2, GFPD, TSF, DBS),
     C(2850, 2850, "one-time", "DBScan LE examiner client lic. (perp.)    $2,850.00",
       GFPD, TSF, DBS, unit="per license"),
     C(6240, 6240, "one-time", MT_L4, GFPD, TSF, DBS)],
    [N(212000, "approximately", "images", None, "approximately 212,000 booking photographs", GFPD, TSF),
     N(4, "exact", "licenses", None, "four perpetual examiner client licenses", GFPD, TSF)],
    [P("Under that policy a possible match is an investigative lead only and shall not, by itself, be used to establish probable cause.", GFPD),
     P("Searches shall be run only by examiners who have completed the vendor's training.", GFPD)],
    [],
    ["2023-10-24", "2004", "2023", "2023-10-26", "2023-11-02", "2023-11-06", "2021-03"],
    scan="pdf")


# ---------------------------------------------------------------- 5 North Dakota: Bismarck PD policy + annual report
BIS = "Bismarck Police Department"
MSI = "Motorola Solutions"
ND_Q1 = "Q1 2023        41              17                  3"
ND_Q2 = "Q2 2023        38              15                  2"
ND_Q3 = "Q3 2023        52              22                  4"
ND_Q4 = "Q4 2023        47              19                  2"
ND_QT = "Total         178              73                 11"
doc("05_bismarck-pd-policy-612-facial-recognition.txt", [
    ("BISMARCK POLICE DEPARTMENT - POLICY MANUAL", """\
Policy 612     FACIAL RECOGNITION TECHNOLOGY
Effective: April 1, 2024     Supersedes: Policy 612 dated June 15, 2021
Approved: Chief of Police

612.1  PURPOSE AND SCOPE
This policy sets out how members of the Bismarck Police Department may use facial recognition technology (FRT) to help identify unknown persons in criminal investigations. A comparison against North Dakota Department of Transportation driver license photographs may be requested only through the North Dakota Bureau of Criminal Investigation.

612.2  DEFINITIONS
Probe image - the image of an unknown person submitted for comparison.
Candidate list - the ranked set of possible matches returned by FRT.
Trained examiner - a member who has completed the training described in 612.3(c).

612.3  SYSTEM AND ACCESS
(a) The Department uses Vigilant FaceSearch, a module of the LEARN platform provided by Motorola Solutions. FaceSearch compares probe images against more than 15 million booking photographs contributed by participating agencies nationwide.
(b) Access is limited to no more than five (5) trained examiners assigned to the Criminal Investigations Division, designated in writing by the Division Captain.
(c) Before receiving credentials, an examiner must complete the vendor's facial comparison course and the Department's eight-hour FRT policy and bias block.
(d) Examiners shall not share credentials or run searches on behalf of another agency.

612.4  AUTHORIZED USES
FRT may be used only in connection with an active criminal investigation to which a case number has been assigned, to help identify a deceased or incapacitated person, or to help locate a missing or endangered person.

612.5  PROHIBITED USES
(a) Members shall not use FRT to identify persons engaged in lawful protest or other activity protected by the First Amendment.
(b) FRT shall not be used on live or streaming video.
(c) Members may not select or submit a probe image on the basis of race, ethnicity, religion, gender identity or sexual orientation.
(d) FRT shall not be used for civil immigration enforcement.
""", "Policy 612  p. 1 of 3"),
    ("BISMARCK POLICE DEPARTMENT - POLICY MANUAL", """\
612.6  HANDLING RESULTS
(a) A candidate list is an investigative lead only. No member shall make an arrest, or apply for a warrant, based solely on an FRT result.
(b) Before a candidate is provided to the case investigator, a second trained examiner must independently review the comparison and concur.

612.7  RECORDKEEPING AND RETENTION
(a) Each search shall be logged with the case number, examiner, date, purpose and result.
(b) Probe images and candidate lists that do not lead to an identification are purged after 90 days; log entries are kept for three years.

612.8  AUDIT AND REPORTING
(a) The Office of Professional Standards shall audit at least 10 percent of searches each quarter.
(b) By January 31 of each year, the Criminal Investigations Division Captain shall report to the Chief of Police the number of searches, the number of candidate lists returned and the number of cases in which FRT contributed to an arrest.

612.9  MISUSE
Misuse of FRT, including any search without a case number, may result in suspension of access and discipline up to and including termination.

REVISION HISTORY
06/15/2021   All         Policy created (General Order 21-06)
04/01/2024   612.3(b)    Examiner cap reduced from eight (8) to five (5)
04/01/2024   612.5(b)    Live and streaming video prohibition added

PENDING PROPOSAL - NOT ADOPTED
The Policy Review Committee has proposed adding 612.5(e): "Members shall not submit probe images to any FRT service not approved by the Chief of Police, including free trial accounts." The Chief has not acted on the proposal and it is not in effect.
""", "Policy 612  p. 2 of 3"),
    ("BISMARCK POLICE DEPARTMENT - POLICY MANUAL", f"""\
ATTACHMENT A
Criminal Investigations Division - 2023 Facial Recognition Annual Report (612.8(b))
To: Chief of Police     From: Capt. Halden Roerig, CID
Date: January 26, 2024

Quarter    Searches   Candidate lists   Cases with arrest
{ND_Q1}
{ND_Q2}
{ND_Q3}
{ND_Q4}
{ND_QT}

Audit (612.8(a)): OPS reviewed 19 searches during 2023 (10.7 percent). Two of the reviewed searches lacked a case number; both examiners were retrained and the log entries corrected.

Cost: the FaceSearch subscription for calendar year 2023 cost $6,850 (Motorola Solutions invoice 7719-0042), paid from the asset forfeiture fund. The LEARN license plate recognition data-sharing subscription ($4,400) is billed on the same invoice and is not a facial recognition cost.

Examiners: four trained examiners held FaceSearch credentials at year end.
""", "Policy 612  p. 3 of 3"),
], "pdf", BIS,
    [BIS, "North Dakota Department of Transportation", "North Dakota Bureau of Criminal Investigation",
     "Bismarck Police Department Office of Professional Standards"],
    [MSI, "Vigilant Solutions"],
    ["FaceSearch", "LEARN"],
    [C(6850, 6850, "year", "the FaceSearch subscription for calendar year 2023 cost $6,850", BIS, MSI, "FaceSearch")],
    [N(15000000, "more than", "images", None, "more than 15 million booking photographs", None, MSI),
     N(5, "up to", "users", None, "no more than five (5) trained examiners", BIS, MSI),
     N(41, "exact", "searches", "quarter", ND_Q1, BIS, MSI),
     N(38, "exact", "searches", "quarter", ND_Q2, BIS, MSI),
     N(52, "exact", "searches", "quarter", ND_Q3, BIS, MSI),
     N(47, "exact", "searches", "quarter", ND_Q4, BIS, MSI),
     N(178, "exact", "searches", "year", ND_QT, BIS, MSI),
     N(73, "exact", "matches", "year", ND_QT, BIS, MSI),
     N(11, "exact", "arrests", "year", ND_QT, BIS, MSI),
     N(19, "exact", "searches", None, "OPS reviewed 19 searches during 2023", BIS, MSI),
     N(2, "exact", "searches", None, "Two of the reviewed searches lacked a case number", BIS, MSI),
     N(4, "exact", "users", None, "four trained examiners held FaceSearch credentials", BIS, MSI)],
    [P("This policy sets out how members of the Bismarck Police Department may use facial recognition technology (FRT) to help identify unknown persons in criminal investigations.", BIS),
     P("A comparison against North Dakota Department of Transportation driver license photographs may be requested only through the North Dakota Bureau of Criminal Investigation.", BIS),
     P("Access is limited to no more than five (5) trained examiners assigned to the Criminal Investigations Division, designated in writing by the Division Captain.", BIS),
     P("Before receiving credentials, an examiner must complete the vendor's facial comparison course and the Department's eight-hour FRT policy and bias block.", BIS),
     P("Examiners shall not share credentials or run searches on behalf of another agency.", BIS),
     P("FRT may be used only in connection with an active criminal investigation to which a case number has been assigned, to help identify a deceased or incapacitated person, or to help locate a missing or endangered person.", BIS),
     P("Members shall not use FRT to identify persons engaged in lawful protest or other activity protected by the First Amendment.", BIS),
     P("FRT shall not be used on live or streaming video.", BIS),
     P("Members may not select or submit a probe image on the basis of race, ethnicity, religion, gender identity or sexual orientation.", BIS),
     P("FRT shall not be used for civil immigration enforcement.", BIS),
     P("A candidate list is an investigative lead only.", BIS),
     P("No member shall make an arrest, or apply for a warrant, based solely on an FRT result.", BIS),
     P("Before a candidate is provided to the case investigator, a second trained examiner must independently review the comparison and concur.", BIS),
     P("Each search shall be logged with the case number, examiner, date, purpose and result.", BIS),
     P("Probe images and candidate lists that do not lead to an identification are purged after 90 days; log entries are kept for three years.", BIS),
     P("The Office of Professional Standards shall audit at least 10 percent of searches each quarter.", BIS),
     P("By January 31 of each year, the Criminal Investigations Division Captain shall report to the Chief of Police the number of searches, the number of candidate lists returned and the number of cases in which FRT contributed to an arrest.", BIS),
     P("Misuse of FRT, including any search without a case number, may result in suspension of access and discipline up to and including termination.", BIS)],
    [],
    ["2024-04-01", "2021-06-15", "2024-01-26", "2023"])


# ---------------------------------------------------------------- 6 New Mexico: Bernalillo County SO agenda item
BCSO = "Bernalillo County Sheriff's Office"
VT = "Veritone"
NM_I1 = "1     IDentify face matching           25 users   $1,140.00   $28,500.00"
NM_I2 = "2     IDentify booking-photo ingest.   1 lot      $6,000.00    $6,000.00"
NM_I2B = "      (up to 750,000 images)"
NM_I3 = "3     Redact - body-worn camera video  40 users     $780.00   $31,200.00"
NM_I4 = "4     Illuminate - transcription       1 lot      $9,900.00    $9,900.00"
NM_IT = "      Amendment No. 2 annual total                           $75,600.00"
doc("06_bernalillo-county-so-veritone-amendment-agenda-item.txt", [
    ("BERNALILLO COUNTY BOARD OF COUNTY COMMISSIONERS - AGENDA ITEM SUMMARY", """\
Meeting date:    June 25, 2024
Agenda item:     12.b (Consent)
Department:      Sheriff's Office - Real Time Crime Center
Presenter:       Cmdr. Adelina Cordero-Baca, (505) 555-0136
Title:           Approval of Amendment No. 2 to Agreement No. 2022-0187-BCSO with Veritone, Inc., and Budget Adjustment Request No. 25-011

RECOMMENDED ACTION
Approve Amendment No. 2 to the Agreement with Veritone, Inc. for software services to the Bernalillo County Sheriff's Office (BCSO) for July 1, 2024 through June 30, 2025, and approve BAR No. 25-011 accepting and appropriating a federal Edward Byrne Memorial Justice Assistance Grant (JAG) sub-award of $30,000.

BACKGROUND
The Board approved the original Agreement on August 23, 2022. It provided Veritone IDentify, a tool that compares images from investigations against booking photographs, for 15 users at $19,200 per year. Amendment No. 1 (administrative, no cost) extended the term to June 30, 2024.

BCSO now loads about 640,000 booking photographs from the Metropolitan Detention Center into IDentify. In fiscal year 2024 its users ran 2,316 searches, and detectives reported 104 investigative leads from those searches; BCSO does not track how many of them resulted in arrests.

Amendment No. 2 adds ten IDentify users and a booking-photo ingestion service, and adds two products that are not facial recognition, used by the Records and Evidence units: Veritone Redact for body-worn camera footage and Veritone Illuminate for transcription. It raises the not-to-exceed amount of the Agreement, which until now covered only IDentify, from $38,400 to $114,000.

FISCAL IMPACT
The facial recognition items (Items 1 and 2 of Exhibit B-2) total $34,500 a year. BAR No. 25-011 appropriates the $30,000 JAG sub-award, received through the City of Albuquerque as fiscal agent, to Fund 2610; the balance of Items 1 and 2 and all of Items 3 and 4 are paid from the Sheriff's general fund operating budget. The IDentify price of $1,140 per user is below the $1,310 per user per year that the Dona Ana County Sheriff's Office pays under its own Veritone agreement.
""", "Item 12.b  p. 1 of 2"),
    ("BERNALILLO COUNTY BOARD OF COUNTY COMMISSIONERS - AGENDA ITEM SUMMARY", f"""\
EXHIBIT B-2 - PRICE SCHEDULE (replaces Exhibit B-1 in its entirety)
Term: July 1, 2024 - June 30, 2025

Item  Product / service                Qty        Unit price   Annual fee
{NM_I1}
{NM_I2}
{NM_I2B}
{NM_I3}
{NM_I4}
{NM_IT}

USE RESTRICTIONS
Use of IDentify is governed by BCSO Standard Operating Procedure 2-71. Under SOP 2-71, an IDentify result must be verified by a second deputy trained in facial comparison before any enforcement action is taken. Booking photographs of juveniles shall not be ingested into IDentify. Section 9.2 of the Agreement provides that Veritone may not use County data to train or improve its models.

Commissioner Trujillo-Haines has asked staff to return in the fall with a proposed quarterly public report on IDentify use; that proposal is not part of this action.

LEGAL REVIEW
Reviewed by the County Attorney's Office on June 12, 2024 and approved as to form.

ATTACHMENTS
A. Amendment No. 2 (6 pages)   B. Exhibit B-2   C. BAR No. 25-011
""", "Item 12.b  p. 2 of 2"),
], "pdf", BCSO,
    [BCSO, "Bernalillo County Board of County Commissioners", "Metropolitan Detention Center", "City of Albuquerque",
     "Dona Ana County Sheriff's Office", "Bernalillo County Attorney's Office"],
    [VT],
    ["IDentify", "Redact", "Illuminate"],
    [C(30000, 30000, "one-time", "Edward Byrne Memorial Justice Assistance Grant (JAG) sub-award of $30,000", BCSO, None),
     C(19200, 19200, "year", "for 15 users at $19,200 per year", BCSO, VT, "IDentify"),
     C(None, 38400, None, "the not-to-exceed amount of the Agreement, which until now covered only IDentify, from $38,400", BCSO, VT, "IDentify"),
     C(34500, 34500, "year", "The facial recognition items (Items 1 and 2 of Exhibit B-2) total $34,500 a year", BCSO, VT, "IDentify"),
     C(1310, 1310, "year", "the $1,310 per user per year that the Dona Ana County Sheriff's Office pays", "Dona Ana County Sheriff's Office", VT,
       "IDentify", unit="per user"),
     C(28500, 28500, "year", NM_I1, BCSO, VT, "IDentify"),
     C(1140, 1140, "year", "IDentify face matching           25 users   $1,140.00", BCSO, VT, "IDentify",
       unit="per user"),
     C(6000, 6000, "year", NM_I2, BCSO, VT, "IDentify")],
    [N(15, "exact", "users", None, "for 15 users", BCSO, VT),
     N(640000, "approximately", "images", None, "about 640,000 booking photographs", BCSO, VT),
     N(2316, "exact", "searches", "year", "its users ran 2,316 searches", BCSO, VT),
     N(104, "exact", "leads", "year", "104 investigative leads", BCSO, VT),
     N(25, "exact", "users", None, NM_I1, BCSO, VT),
     N(750000, "up to", "images", None, "up to 750,000 images", BCSO, VT)],
    [P("Under SOP 2-71, an IDentify result must be verified by a second deputy trained in facial comparison before any enforcement action is taken.", BCSO),
     P("Booking photographs of juveniles shall not be ingested into IDentify.", BCSO)],
    [],
    ["2024-06-25", "2024-07-01", "2025-06-30", "2022-08-23", "2024-06-30", "2024", "2024-06-12"],
    scan="pdf")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
