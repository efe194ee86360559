"""Writes docs/*.txt and labels.json for holdout34 (six invented releases, one each from SC, SD, VT, VA,
WV, WY). Labels are written from intent, before anything is rendered."""
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


# ---------------------------------------------------------------- 1 South Carolina: Horry County PD
HC = "Horry County Police Department"
GS = "Grand Strand Public Safety Solutions"
doc("01_horry-county-pd-facesearch-po-invoice.txt", [
    ("Horry County Government - Munis ERP                         PO 24-PO-007136    Printed 08/20/2024", """\
HORRY COUNTY GOVERNMENT - PROCUREMENT DEPARTMENT
1301 Second Avenue, Conway, South Carolina 29526            Tel. (843) 555-0147

PURCHASE ORDER                                     PO NUMBER:  24-PO-007136
                                                   PO DATE:    08/19/2024
                                                   REQ. NO.:   RQ-44190
                                                   BUYER:      T. Ganaway

VENDOR (No. 0038821)                        SHIP TO
Grand Strand Public Safety Solutions, LLC   Horry County Police Department
4020 Carolina Exchange Dr., Suite 210       Criminal Investigations Division
Myrtle Beach, SC 29579                      2560 N. Main Street, Conway, SC 29526
Contact: Brantley Odom  (843) 555-0193

TERMS: Net 30     F.O.B.: Destination     SOLICITATION: Informal bid IB-24-118

LN  DESCRIPTION                                  QTY  UOM   UNIT PRICE    EXTENDED
--  -------------------------------------------  ---  ----  ----------  ----------
 1  Vigilant FaceSearch agency subscription,       1  YR     18,750.00   18,750.00
    Motorola Solutions; term 09/01/2024-08/31/2025
 2  FaceSearch named-user seat (annual)           14  EA        395.00    5,530.00
 3  FaceSearch onboarding and booking-photo        1  LOT     2,400.00    2,400.00
    gallery import (one-time)
 4  Vigilant L5F fixed ALPR camera, 2-lane kit     6  EA      7,850.00   47,100.00
 5  LEARN ALPR data hosting, 12 months             6  EA        600.00    3,600.00
 6  Pole-mount bracket and surge kit               6  EA        185.00    1,110.00
                                                           SUBTOTAL      78,490.00
                        LESS FACESEARCH PROMOTIONAL CREDIT (Q-7713)      -1,000.00
                        SC/HORRY SALES TAX 8.0% (LINES 4 AND 6 ONLY)      3,856.80
                                                            FREIGHT         240.00
                                                           PO TOTAL      81,586.80
""", "Page 1 of 2                                                         HCPD FOIA 24-0388   000001"),
    ("Horry County Government - Munis ERP                         PO 24-PO-007136    Printed 08/20/2024", """\
ACCOUNTING DISTRIBUTION
  100-4410-52215  Software Subscriptions    Lines 1-3 less credit        25,680.00
  CP-2291         ALPR Expansion (capital)  Lines 4-6, tax, freight      55,906.80

SPECIAL CONDITIONS
1. FaceSearch credentials go only to the detectives listed in Attachment B. No shared logins.
2. Per HCPD General Order 512, a FaceSearch result is an investigative lead only.
   A FaceSearch result shall not be the sole basis for an arrest or a photo lineup.
3. Gallery import: approximately 212,000 booking photographs from the J. Reuben Long
   Detention Center. Only booking photographs may be enrolled in the FaceSearch gallery.
   Driver's license and social-media images are excluded.
4. Hardware (lines 4-6) is not eligible for the promotional credit.

AUTHORIZED: Kendra M. Lustig, Procurement Director                    Date: 08/19/2024
""", "Page 2 of 2                                                         HCPD FOIA 24-0388   000002"),
    (None, """\
GRAND STRAND PUBLIC SAFETY SOLUTIONS, LLC                             INVOICE
Authorized Motorola Solutions Channel Partner
4020 Carolina Exchange Dr., Suite 210, Myrtle Beach, SC 29579

Invoice No.:   GS-30417                  Bill To:  Horry County Finance
Invoice Date:  09/03/2024                          Accounts Payable
Customer PO:   24-PO-007136                        P.O. Box 1236, Conway, SC 29528
Customer Acct: HCG-0112

DESCRIPTION                                                            AMOUNT
Vigilant FaceSearch agency subscription 09/01/24 - 08/31/25        $18,750.00
FaceSearch named-user seats, 14 @ $395.00                           $5,530.00
Onboarding / booking-photo gallery import                           $2,400.00
Promotional credit Q-7713                                          ($1,000.00)
                                                   AMOUNT DUE      $25,680.00

Hardware (PO lines 4-6) will be invoiced separately upon delivery and installation.
Please reference the invoice number on your remittance. Balances unpaid after 30 days
accrue a finance charge of 1.5% per month.
""", "HCPD FOIA 24-0388   000003"),
], "print", HC,
    [HC, "Horry County Procurement Department"],
    [GS, "Motorola Solutions"],
    ["Vigilant FaceSearch", "LEARN"],
    [
        C(18750, 18750, "year", "Vigilant FaceSearch agency subscription,       1  YR     18,750.00   18,750.00",
          HC, GS, "Vigilant FaceSearch"),
        C(5530, 5530, "year", "FaceSearch named-user seat (annual)           14  EA        395.00    5,530.00",
          HC, GS, "Vigilant FaceSearch"),
        C(395, 395, "year", "FaceSearch named-user seat (annual)           14  EA        395.00",
          HC, GS, "Vigilant FaceSearch", unit="per user"),
        C(2400, 2400, "one-time", "FaceSearch onboarding and booking-photo        1  LOT     2,400.00    2,400.00",
          HC, GS, "Vigilant FaceSearch"),
        C(25680, 25680, None, "Lines 1-3 less credit        25,680.00", HC, GS, "Vigilant FaceSearch"),
    ],
    [
        N(14, "exact", "users", None, "FaceSearch named-user seat (annual)           14", HC, GS),
        N(212000, "approximately", "images", None, "approximately 212,000 booking photographs", HC, GS),
    ],
    [
        P("FaceSearch credentials go only to the detectives listed in Attachment B. No shared logins.", HC),
        P("A FaceSearch result shall not be the sole basis for an arrest or a photo lineup.", HC),
        P("Only booking photographs may be enrolled in the FaceSearch gallery.", HC),
    ],
    [],
    ["2024-08-19", "2024-08-20", "2024-09-01", "2025-08-31", "2024-09-03"],
    scan="photocopy")


# ---------------------------------------------------------------- 2 South Dakota: Pennington County SO
PC = "Pennington County Sheriff's Office"
COG = "Cognitec Systems"
doc("02_pennington-county-so-shsp-budget-supplement.txt", [
    ("PENNINGTON COUNTY BOARD OF COMMISSIONERS", """\
AGENDA ITEM REQUEST
Meeting Date: March 18, 2025          Agenda Item No. 17 (Consent)
Department: Sheriff's Office          Submitted by: Chief Deputy Lorna Brekke
Presenter: Capt. Everett Sandquist, Investigations, (605) 555-0128

SUBJECT: Accept FFY2024 State Homeland Security Program subaward SD-SHSP-24-0931 and approve 2025 Budget Supplement BS-2025-06 (Sheriff - facial recognition search system)

RECOMMENDED MOTION: Move to accept subaward SD-SHSP-24-0931 and to approve supplemental appropriation BS-2025-06 to line 101-211-4290 (Software and Licenses), offset by federal pass-through revenue 101-0000-33140.

BACKGROUND
The South Dakota Office of Homeland Security has awarded the Sheriff's Office $64,500 under the FFY2024 State Homeland Security Program to purchase a facial recognition search system for the jail's booking-photo archive. No local match is required.

Today investigators who need a face comparison must send the photo to the South Dakota Fusion Center. In 2024 detectives sent 137 photo comparison requests to the Fusion Center; the average turnaround was nine days, and 41 of those requests came back with a possible candidate. The jail's archive holds roughly 286,000 booking photographs dating back to 2003, none of which can currently be searched in-house.

The system selected through the grant application is Cognitec's FaceVACS-DBScan LE, quoted by Cognitec Systems Corp. (quote CSC-25-0217). It will run on a county server in the Public Safety Building and will not connect to the state driver license database.
""", "Item 17 - page 1 of 3"),
    ("PENNINGTON COUNTY BOARD OF COMMISSIONERS", """\
CONDITIONS AND POLICY
As a condition of the subaward, the Sheriff's Office must adopt a written facial recognition use policy before the system is placed in service. Under Sheriff's Directive 25-02, issued January 6, 2025, only booking photographs taken at the Pennington County Jail may be enrolled in the gallery; driver license and social media images may not be added. Only the three examiners who complete the vendor's training may run searches.
The draft use policy circulated to the Commission would also require that every candidate be confirmed by a second examiner; that provision has not been adopted.

PROJECT BUDGET (Attachment A, from the subaward application)
  FaceVACS-DBScan LE server license, perpetual (one-time)            $41,200
  Client workstation licenses, 5 @ $2,100 (perpetual)                $10,500
  Software maintenance and support, year 1                            $7,400
  Installation, data migration and examiner training (one-time)       $5,400
  TOTAL SUBAWARD                                                     $64,500

FISCAL IMPACT
Expenditure of $64,500 in 2025, fully offset by federal pass-through revenue. Maintenance after the first year, estimated at $7,800 per year, is not covered by the grant and will be requested in the Sheriff's general fund budget beginning in 2026.
""", "Item 17 - page 2 of 3"),
    ("PENNINGTON COUNTY BOARD OF COMMISSIONERS", """\
RELATED ITEMS
The Office of Homeland Security did not fund the Sheriff's second application, for two mobile license plate reader trailers ($88,000). The City of Rapid City's separate subaward for Real Time Crime Center cameras ($120,000) is Item 18 on this agenda. Rapid City Police Department detectives will continue to route face comparison requests through the Fusion Center.

REVIEWED: Auditor's Office  /  State's Attorney (as to form)  /  Budget Officer

BOARD ACTION  03/18/2025:  Motion Commissioner Holtgrewe, second Commissioner Rasmussen.
Carried 5-0.
""", "Item 17 - page 3 of 3"),
], "pdf", PC,
    [PC, "Pennington County Board of Commissioners", "South Dakota Office of Homeland Security",
     "South Dakota Fusion Center", "City of Rapid City", "Rapid City Police Department"],
    [COG],
    ["FaceVACS-DBScan"],
    [
        C(64500, 64500, "one-time", "awarded the Sheriff's Office $64,500 under the FFY2024 State Homeland Security "
          "Program", PC, COG, "FaceVACS-DBScan"),
        C(41200, 41200, "one-time", "FaceVACS-DBScan LE server license, perpetual (one-time)            $41,200",
          PC, COG, "FaceVACS-DBScan"),
        C(10500, 10500, "one-time", "Client workstation licenses, 5 @ $2,100 (perpetual)                $10,500",
          PC, COG, "FaceVACS-DBScan"),
        C(2100, 2100, "one-time", "Client workstation licenses, 5 @ $2,100", PC, COG, "FaceVACS-DBScan",
          unit="per license"),
        C(7400, 7400, "year", "Software maintenance and support, year 1                            $7,400",
          PC, COG, "FaceVACS-DBScan"),
        C(5400, 5400, "one-time", "Installation, data migration and examiner training (one-time)       $5,400",
          PC, COG, "FaceVACS-DBScan"),
        C(7800, 7800, "year", "estimated at $7,800 per year", PC, COG, "FaceVACS-DBScan"),
    ],
    [
        N(137, "exact", "requests", "year", "In 2024 detectives sent 137 photo comparison requests", PC),
        N(41, "exact", "matches", "year", "41 of those requests came back with a possible candidate", PC),
        N(286000, "approximately", "images", None, "roughly 286,000 booking photographs", PC),
        N(3, "exact", "users", None, "Only the three examiners who complete the vendor's training may run searches.",
          PC, COG),
        N(5, "exact", "licenses", None, "Client workstation licenses, 5", PC, COG),
    ],
    [
        P("As a condition of the subaward, the Sheriff's Office must adopt a written facial recognition use policy "
          "before the system is placed in service.", PC),
        P("only booking photographs taken at the Pennington County Jail may be enrolled in the gallery; driver "
          "license and social media images may not be added.", PC),
        P("Only the three examiners who complete the vendor's training may run searches.", PC),
    ],
    [],
    ["2025-03-18", "2025-01-06", "2024", "2003", "2025", "2026"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Vermont: Department of Public Safety
VDPS = "Vermont Department of Public Safety"
VSP = "Vermont State Police"
doc("03_vermont-dps-records-reply-letter.txt", [
    (None, """\
STATE OF VERMONT
DEPARTMENT OF PUBLIC SAFETY
Office of the Commissioner - Records Unit
45 State Drive, Waterbury, Vermont 05671-1300            Tel. (802) 555-0119

April 22, 2025

Ms. Annika Thorsby
Green Mountain Ledger
P.O. Box 1186
Montpelier, VT 05601

Re: Public records request PRA-DPS-2025-0412 (received March 31, 2025)

Dear Ms. Thorsby:

This letter responds to your request for "all records of purchases, trials, contracts, usage statistics and policies relating to facial recognition technology" held by the Department of Public Safety (DPS), including the Vermont State Police (VSP). The enclosed production is Bates-numbered DPS-FR 000001 through 000187. Because much of it is repetitive, the figures are summarised below.

1. Clearview AI trial accounts (2019-2020). Account reports that Clearview AI, Inc. supplied to the Department show that six VSP members opened free trial accounts between November 2019 and February 2020. Together those accounts ran 312 searches. No purchase order, invoice or payment exists; the Department paid nothing to Clearview AI. All six accounts were closed on February 27, 2020, at the direction of the Director of the Vermont State Police.

2. Griffeye Analyze DI Pro. The Vermont Internet Crimes Against Children (ICAC) Task Force, which DPS hosts, licenses Griffeye Analyze DI Pro, a forensic image-review tool whose face-matching module is used to sort seized child sexual abuse material. The Department paid $11,940 for three Analyze DI Pro licenses for the twelve months beginning July 1, 2024 (purchase order 02140-0000318). Griffeye's renewal quotation for state fiscal year 2026 is $12,540 for the same licenses; that renewal has not yet been approved. These licenses are the only facial recognition capability for which DPS pays.
""", "DPS-FR 000001"),
    (None, """\
Ms. Annika Thorsby - PRA-DPS-2025-0412 - page 2

3. Policy. Vermont law (20 V.S.A. section 4622) prohibits law enforcement officers from using facial recognition technology except where the General Assembly has expressly authorized it. DPS Directive OP-214 (revised September 12, 2022) implements the statute: no Department member may use facial recognition technology, or information derived from it, except the face-matching function of forensic software in investigations of the sexual exploitation of children. Under the same directive, any such use must be documented in the case file and reported to the ICAC Commander within 30 days. Members may not ask another agency to run a facial recognition search on the Department's behalf.

4. Records not held. Other than the Griffeye licenses described above, DPS holds no contract with Clearview AI, Idemia, NEC or any other facial recognition provider, and has no record of any facial recognition search by VSP members after February 2020. The Department of Motor Vehicles' photo-comparison system is a DMV record; please direct that part of your request to the Agency of Transportation.

5. Fees. Staff spent 2.5 hours on this response. The Department could charge $63.75 under 1 V.S.A. section 316 but has waived the fee.

Redactions: names of ICAC investigators and undercover account identifiers, 1 V.S.A. section 317(c)(5) and (c)(11). You may appeal this response to the Commissioner of Public Safety within five business days.

Sincerely,

/s/ Marguerite Fontaine
Marguerite Fontaine, Records Officer
Vermont Department of Public Safety
""", "DPS-FR 000002"),
], "pdf", VDPS,
    [VDPS, VSP, "Vermont Internet Crimes Against Children Task Force", "Vermont Department of Motor Vehicles",
     "Vermont Agency of Transportation"],
    ["Clearview AI", "Griffeye", "Idemia", "NEC"],
    ["Griffeye Analyze DI Pro"],
    [
        C(11940, 11940, "year", "The Department paid $11,940 for three Analyze DI Pro licenses for the twelve months",
          VDPS, "Griffeye", "Griffeye Analyze DI Pro"),
        C(12540, 12540, "year", "renewal quotation for state fiscal year 2026 is $12,540", VDPS, "Griffeye",
          "Griffeye Analyze DI Pro"),
    ],
    [
        N(6, "exact", "users", None, "six VSP members opened free trial accounts", VSP, "Clearview AI"),
        N(312, "exact", "searches", None, "Together those accounts ran 312 searches", VSP, "Clearview AI"),
        N(3, "exact", "licenses", None, "three Analyze DI Pro licenses", VDPS, "Griffeye"),
    ],
    [
        P("Vermont law (20 V.S.A. section 4622) prohibits law enforcement officers from using facial recognition technology "
          "except where the General Assembly has expressly authorized it.", VDPS),
        P("no Department member may use facial recognition technology, or information derived from it, except the "
          "face-matching function of forensic software in investigations of the sexual exploitation of children.", VDPS),
        P("any such use must be documented in the case file and reported to the ICAC Commander within 30 days.", VDPS),
        P("Members may not ask another agency to run a facial recognition search on the Department's behalf.", VDPS),
    ],
    [],
    ["2025-04-22", "2025-03-31", "2019-11", "2020-02", "2020-02-27", "2024-07-01", "2026", "2022-09-12"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Virginia: Henrico County Police Division
HPD = "Henrico County Police Division"
DWP = "DataWorks Plus"
doc("04_henrico-county-fr-rfp-award-memo.txt", [
    ("COUNTY OF HENRICO, VIRGINIA - DEPARTMENT OF PURCHASING", """\
MEMORANDUM

TO:     Deborah L. Ashcraft, Director of Purchasing
FROM:   Malik R. Osei, CPPB, Senior Procurement Officer
CC:     Deputy Chief Patricia Vandergrift, Henrico County Police Division
DATE:   May 9, 2025
RE:     RFP No. 25-2871-MO, Investigative Facial Recognition Software -
        Recommendation of Award

1. Summary
The evaluation committee recommends award of a five-year contract to DataWorks Plus, LLC (Greenville, SC) for its FACE Plus investigative facial recognition system, at a total cost not to exceed $197,400 over the five-year term. Three proposals were received by the April 4, 2025 deadline. Clearview AI acknowledged the RFP but declined to propose. The award requires Board of Supervisors approval at its May 27, 2025 meeting.

2. Evaluation
Proposals were scored on technical merit (40), NIST-evaluated accuracy (25), price (25) and references (10).

Offeror                          Solution                One-time    Annual   5-yr total  Score
DataWorks Plus, LLC              FACE Plus                 29,400    33,600     197,400     91
IDEMIA Public Security           MorphoFace Investigate    44,000    38,250     235,250     84
Old Dominion Biometric Systems*  ROC-based search portal   12,500    41,750     221,250     77

* Reseller for Rank One Computing. The proposal did not identify a NIST-evaluated algorithm
  version and lost 10 points on the accuracy criterion.

3. Recommended award - price detail
DataWorks' price comprises a one-time implementation, data-conversion and training fee of $29,400 and annual software licensing, hosting and support of $33,600, held firm for all five years. The first-year cost is therefore $63,000. The annual fee includes 12 named-user licenses; additional users would be $1,450 per user per year. The price does not include two Real Time Crime Center workstations (about $6,800), which the Police Division will buy on the County's existing workstation contract.
""", "Page 1 of 2"),
    ("COUNTY OF HENRICO, VIRGINIA - DEPARTMENT OF PURCHASING", """\
4. Scope
FACE Plus will search the Division's booking-photo repository, approximately 418,000 images from Henrico County Jail East and Jail West, and will be configured for the 12 named analysts in the Real Time Crime Center. The Division now sends face comparison requests to the Virginia Fusion Center, which handled 1,140 Henrico requests in calendar year 2024.

5. Statutory and policy compliance
Va. Code § 15.2-1723.2 permits a local law-enforcement agency to use facial recognition only with an algorithm that NIST has evaluated at 98 percent or better true-positive accuracy across demographic groups. DataWorks submitted NIST FRTE results for its current algorithm; the other two offerors did not fully document theirs.

General Order OPS-61, "Facial Recognition Technology," adopted by the Chief of Police effective April 1, 2025, already governs use of the system:
(a) Searches may be performed only by Real Time Crime Center analysts who have completed the vendor's examiner course.
(b) A candidate returned by the system must be reviewed by a second trained analyst before it is released to an investigator.
(c) A facial recognition result shall not by itself establish probable cause for an arrest or a search warrant.
(d) The Division will publish an annual report of its facial recognition searches, as the Code requires.

The Police Citizens Advisory Committee has proposed that searches of images taken at protests be prohibited outright. That proposal is under review and is not part of OPS-61.

6. Recommendation
Purchasing recommends award to DataWorks Plus, LLC as the highest-scoring responsive and responsible offeror. Funding is available in Police Division account 0801-44110-5312.

Reviewed: _______________________  Deborah L. Ashcraft, Director of Purchasing
""", "Page 2 of 2"),
], "pdf", HPD,
    [HPD, "Henrico County Department of Purchasing", "Henrico County Board of Supervisors", "Virginia Fusion Center"],
    [DWP, "Idemia", "Old Dominion Biometric Systems", "Rank One Computing", "Clearview AI"],
    ["FACE Plus", "MorphoFace Investigate"],
    [
        C(None, 197400, None, "a total cost not to exceed $197,400 over the five-year term", HPD, DWP, "FACE Plus"),
        C(29400, 29400, "one-time", "training fee of $29,400", HPD, DWP, "FACE Plus"),
        C(33600, 33600, "year", "annual software licensing, hosting and support of $33,600", HPD, DWP, "FACE Plus"),
        C(63000, 63000, None, "The first-year cost is therefore $63,000.", HPD, DWP, "FACE Plus"),
        C(1450, 1450, "year", "additional users would be $1,450 per user per year", HPD, DWP, "FACE Plus",
          unit="per user"),
    ],
    [
        N(12, "exact", "licenses", None, "12 named-user licenses", HPD, DWP),
        N(418000, "approximately", "images", None, "approximately 418,000 images", HPD, DWP),
        N(1140, "exact", "requests", "year", "handled 1,140 Henrico requests in calendar year 2024", HPD),
    ],
    [
        P("Va. Code § 15.2-1723.2 permits a local law-enforcement agency to use facial recognition only with an "
          "algorithm that NIST has evaluated at 98 percent or better true-positive accuracy across demographic groups.",
          HPD),
        P("(a) Searches may be performed only by Real Time Crime Center analysts who have completed the vendor's "
          "examiner course.", HPD),
        P("(b) A candidate returned by the system must be reviewed by a second trained analyst before it is released "
          "to an investigator.", HPD),
        P("(c) A facial recognition result shall not by itself establish probable cause for an arrest or a search "
          "warrant.", HPD),
        P("(d) The Division will publish an annual report of its facial recognition searches, as the Code requires.",
          HPD),
    ],
    [],
    ["2025-05-09", "2025-04-04", "2025-05-27", "2025-04-01", "2024"])


# ---------------------------------------------------------------- 5 West Virginia: Huntington PD
HUN = "Huntington Police Department"
CV = "Clearview AI"
SUBJ0 = "RE: FW: Clearview AI renewal - Huntington PD (Acct HPD-WV-2207)"
SUBJ1 = "FW: Clearview AI renewal - Huntington PD (Acct HPD-WV-2207)"
SUBJ2 = "RE: Clearview AI renewal - Huntington PD"
doc("05_huntington-pd-clearview-renewal-outlook.txt", [
    ("10/9/24, 8:05 AM                              Mail - Whitacre, Darnell - Outlook", """\
RE: FW: Clearview AI renewal - Huntington PD (Acct HPD-WV-2207)

From:     Raymond Kessinger <rkessinger@hpd-wv.org>
Date:     Wed 10/9/2024 7:52 AM
To:       Whitacre, Darnell <dwhitacre@hpd-wv.org>
Cc:       Rhonda Pauley <rpauley@cityofhuntington-fin.org>

Approved. Go with the 10-seat renewal and let the enterprise tier go.
Rhonda, please charge it to 001-7000-53510 (software) before the 10/31 deadline.
Reminder: G.O. 3.31 applies - no Clearview search is to be run without a case number
and a supervisor's approval logged first.

RK
Chief of Police

________________________________
From:     Whitacre, Darnell <dwhitacre@hpd-wv.org>
Sent:     Tuesday, October 8, 2024 4:12 PM
To:       Raymond Kessinger <rkessinger@hpd-wv.org>
Cc:       Rhonda Pauley <rpauley@cityofhuntington-fin.org>
Subject:  FW: Clearview AI renewal - Huntington PD (Acct HPD-WV-2207)

Chief, Rhonda -
Clearview's renewal offer is below. We paid $14,500 for the first year (10 seats).
They will hold the renewal at $15,950 if we sign by October 31; after that it goes
to their new list price. I don't see a need for the 25-seat enterprise tier.

First-year numbers from our FR log (Nov 15, 2023 - Oct 8, 2024):
  - 1,186 searches, run by 9 of our 10 account holders
  - 74 leads sent to case detectives
  - 11 arrests where the Clearview lead was one factor (never the only one)

Legal's condition from last year still stands.
No searches of images taken at protests or other First Amendment activity.

Darnell Whitacre, Captain
Criminal Investigations Bureau | Huntington Police Department
675 10th Street, Huntington, WV 25701 | desk (304) 555-0176
""", "https://outlook.office.com/mail/inbox/id/AAQkADk3ZjE0LTg2       1/2"),
    ("10/9/24, 8:05 AM                              Mail - Whitacre, Darnell - Outlook", """\
________________________________
From:     Kelsey Moran <kmoran@clearview.ai>
Sent:     Monday, October 7, 2024 10:47 AM
To:       Whitacre, Darnell <dwhitacre@hpd-wv.org>
Subject:  RE: Clearview AI renewal - Huntington PD

Captain Whitacre,

Thanks for the call this morning. Your current subscription (10 users) ends
November 14, 2024. Our list price for 10 users is now $17,500 per year, but if
you renew by October 31 I can hold you at $15,950 for the renewal year.

If you'd like Clearview Mobile and more seats, the Department Enterprise tier
covers up to 25 users for $36,000 annually.

For your council memo: Clearview's search index is now north of 50 billion
publicly available facial images.

Best,
Kelsey Moran | Account Executive, Government - Mid-Atlantic
Clearview AI, Inc. | (212) 555-0164
CONFIDENTIALITY NOTICE: This e-mail may contain confidential and proprietary
pricing information intended solely for the addressee.

> On Thu, Oct 3, 2024 at 2:20 PM Darnell Whitacre <dwhitacre@hpd-wv.org> wrote:
> Kelsey - our renewal is coming up next month. Can you send pricing for 10 and
> 25 users? Our city attorney also wants written confirmation that Clearview
> does not retain the probe photos we upload.
""", "https://outlook.office.com/mail/inbox/id/AAQkADk3ZjE0LTg2       2/2"),
], "print", HUN,
    [HUN, "City of Huntington"],
    [CV],
    ["Clearview Mobile"],
    [
        C(14500, 14500, "year", "We paid $14,500 for the first year", HUN, CV),
        C(15950, 15950, "year", "I can hold you at $15,950 for the renewal year", HUN, CV),
    ],
    [
        N(10, "exact", "licenses", None, "$14,500 for the first year (10 seats)", HUN, CV),
        N(1186, "exact", "searches", "year", "1,186 searches", HUN, CV),
        N(9, "exact", "users", None, "run by 9 of our 10 account holders", HUN, CV),
        N(74, "exact", "leads", "year", "74 leads sent to case detectives", HUN, CV),
        N(11, "exact", "arrests", "year", "11 arrests where the Clearview lead was one factor", HUN, CV),
        N(50000000000, "more than", "images", None, "north of 50 billion", None, CV),
    ],
    [
        P("no Clearview search is to be run without a case number", HUN),
        P("No searches of images taken at protests or other First Amendment activity.", HUN),
    ],
    [
        E("Raymond Kessinger", "Darnell Whitacre", "Wed 10/9/2024 7:52 AM", SUBJ0),
        E("Darnell Whitacre", "Raymond Kessinger", "Tuesday, October 8, 2024 4:12 PM", SUBJ1),
        E("Kelsey Moran", "Darnell Whitacre", "Monday, October 7, 2024 10:47 AM", SUBJ2),
        E("Darnell Whitacre", "Kelsey Moran", "Thu, Oct 3, 2024 at 2:20 PM", None),
    ],
    ["2024-10-09", "2024-10-08", "2024-10-07", "2024-10-03", "2024-11-14", "2023-11-15"],
    scan="print")


# ---------------------------------------------------------------- 6 Wyoming: Division of Criminal Investigation
DCI = "Wyoming Division of Criminal Investigation"
NEC = "NEC Corporation of America"
STATS = """\
APPENDIX A - CALENDAR YEAR 2024 STATISTICS

Requesting agency               Requests  Searches  Lists  Leads  Arrests*
Casper Police Department             118       131     74     49       12
Natrona County Sheriff's Office       61        70     38     24        6
Laramie County Sheriff's Office       57        66     31     22        5
Gillette Police Department            44        52     27     17        4
Sheridan Police Department            29        33     18     11        3
DCI investigations                    36        44     21     15        2
Other agencies (19)                   67        90     42     25        5
TOTAL                                412       486    251    163       37

Requests = Form DCI-FR-1 requests received. Searches = probe images searched.
Lists = candidate lists returned to an examiner. Leads = lead reports released.
* Arrests as reported back by the requesting agency; DCI does not verify them.
"""
doc("06_wyoming-dci-fr-operating-procedure.txt", [
    ("WYOMING DIVISION OF CRIMINAL INVESTIGATION - OFFICE OF THE ATTORNEY GENERAL", """\
OPERATING PROCEDURE OP-4.22              Effective: July 1, 2024
FACIAL RECOGNITION SEARCH SERVICE        Revised: February 3, 2025
                                         Approved: Dir. H. L. Vantongeren

1.0 PURPOSE
1.1 This procedure governs the Division's facial recognition search service, which compares probe images submitted by Wyoming law enforcement agencies against booking photographs.

2.0 DEFINITIONS
2.1 Probe image: the photograph of an unknown person submitted for comparison.
2.2 Candidate list: the ranked set of up to 20 gallery images returned by the search engine.
2.3 Examiner: a DCI employee trained and designated to compare faces under this procedure.

3.0 SYSTEM AND GALLERY
3.1 The service runs on NEC NeoFace Reveal, licensed from NEC Corporation of America under State contract 0429-24.
3.2 As of December 31, 2024 the gallery held 318,446 booking photographs contributed by 23 county detention centers and the Wyoming Department of Corrections.
3.3 Driver license photographs are not enrolled in the gallery and may not be searched through this service.

4.0 SUBMITTING AND PROCESSING REQUESTS
4.1 Requests must be submitted on Form DCI-FR-1 and must include an agency case number and a description of the criminal offense under investigation.
4.2 Searches shall be performed only by the six DCI facial examiners who have completed the Division's 40-hour facial comparison course.
4.3 Every candidate shall be independently reviewed by a second examiner before a lead report is released to the requesting agency.
""", "OP-4.22  Page 1 of 3"),
    ("WYOMING DIVISION OF CRIMINAL INVESTIGATION - OFFICE OF THE ATTORNEY GENERAL", """\
5.0 PROHIBITED USES
5.1 A candidate returned by the service is an investigative lead only and shall not be the sole basis for probable cause, an arrest, or a photo array.
5.2 Examiners will not search images of persons engaged in lawful assembly or protest unless a criminal predicate is documented in the request.
5.3 Live or real-time searching of video streams is prohibited.

6.0 RECORDS AND AUDIT
6.1 Request forms, search logs and lead reports are retained for five years.
6.2 Each quarter the Deputy Director audits a random sample of 10 percent of searches for compliance with this procedure.

7.0 FUNDING
7.1 The annual NeoFace Reveal license and maintenance fee of $52,800 is paid from the Division's operating budget. In August 2024 the Division paid a one-time $23,650 to upgrade the system to NeoFace Reveal 5.
7.2 Requesting agencies are not charged for searches.
7.3 This service is separate from the Wyoming AFIS fingerprint contract (annual cost $412,000), which is governed by OP-4.10.

NOTE: A proposal to open the service to the Wyoming Department of Corrections for parole-absconder searches is under review and is not part of this procedure.
""", "OP-4.22  Page 2 of 3"),
    ("WYOMING DIVISION OF CRIMINAL INVESTIGATION - OFFICE OF THE ATTORNEY GENERAL", STATS, "OP-4.22  Page 3 of 3"),
], "pdf", DCI,
    [DCI, "Wyoming Office of the Attorney General", "Wyoming Department of Corrections", "Casper Police Department",
     "Natrona County Sheriff's Office", "Laramie County Sheriff's Office", "Gillette Police Department",
     "Sheridan Police Department"],
    [NEC],
    ["NeoFace Reveal"],
    [
        C(52800, 52800, "year", "The annual NeoFace Reveal license and maintenance fee of $52,800", DCI, NEC,
          "NeoFace Reveal"),
        C(23650, 23650, "one-time", "paid a one-time $23,650 to upgrade the system to NeoFace Reveal 5", DCI, NEC,
          "NeoFace Reveal"),
    ],
    [
        N(318446, "exact", "images", None, "the gallery held 318,446 booking photographs", DCI, NEC),
        N(6, "exact", "users", None, "only by the six DCI facial examiners", DCI, NEC),
        N(118, "exact", "requests", "year", "Casper Police Department             118", "Casper Police Department", NEC),
        N(61, "exact", "requests", "year", "Natrona County Sheriff's Office       61",
          "Natrona County Sheriff's Office", NEC),
        N(57, "exact", "requests", "year", "Laramie County Sheriff's Office       57",
          "Laramie County Sheriff's Office", NEC),
        N(44, "exact", "requests", "year", "Gillette Police Department            44", "Gillette Police Department", NEC),
        N(29, "exact", "requests", "year", "Sheridan Police Department            29", "Sheridan Police Department", NEC),
        N(36, "exact", "requests", "year", "DCI investigations                    36", DCI, NEC),
        N(412, "exact", "requests", "year", "TOTAL                                412", DCI, NEC),
        N(486, "exact", "searches", "year", "TOTAL                                412       486", DCI, NEC),
        N(251, "exact", "matches", "year", "TOTAL                                412       486    251", DCI, NEC),
        N(163, "exact", "leads", "year", "TOTAL                                412       486    251    163",
          DCI, NEC),
        N(37, "exact", "arrests", "year",
          "TOTAL                                412       486    251    163       37", DCI, NEC),
    ],
    [
        P("3.3 Driver license photographs are not enrolled in the gallery and may not be searched through this "
          "service.", DCI),
        P("4.1 Requests must be submitted on Form DCI-FR-1 and must include an agency case number and a description "
          "of the criminal offense under investigation.", DCI),
        P("4.2 Searches shall be performed only by the six DCI facial examiners who have completed the Division's "
          "40-hour facial comparison course.", DCI),
        P("4.3 Every candidate shall be independently reviewed by a second examiner before a lead report is released "
          "to the requesting agency.", DCI),
        P("5.1 A candidate returned by the service is an investigative lead only and shall not be the sole basis for "
          "probable cause, an arrest, or a photo array.", DCI),
        P("5.2 Examiners will not search images of persons engaged in lawful assembly or protest unless a criminal "
          "predicate is documented in the request.", DCI),
        P("5.3 Live or real-time searching of video streams is prohibited.", DCI),
        P("6.1 Request forms, search logs and lead reports are retained for five years.", DCI),
        P("6.2 Each quarter the Deputy Director audits a random sample of 10 percent of searches for compliance with "
          "this procedure.", DCI),
    ],
    [],
    ["2024-07-01", "2025-02-03", "2024-12-31", "2024-08", "2024"],
    scan="pdf")


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(DOCS)} documents")


if __name__ == "__main__":
    main()
