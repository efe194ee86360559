"""Writes docs/*.txt and labels.json for holdout29 (invented releases). Labels are written from intent."""
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
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


# ---------------------------------------------------------------- 1 Chandler PD (AZ): reseller quote
CPD = "Chandler Police Department"
DVT = "Desert Vault Technologies"
FV = "FaceVACS-DBScan LE"
doc("01_chandler-pd-facevacs-reseller-quote.txt", [
    (None, """\
DESERT VAULT TECHNOLOGIES, INC.
Public Safety Systems Integration
1640 W. Alameda Drive, Suite 110, Tempe, AZ 85282   (480) 555-0193

QUOTATION  DVT-Q-24-0917 rev B                     Date: August 19, 2024
Valid for 60 days.  State contract ref: ADSPO19-240117 (cooperative)

Prepared for:  Chandler Police Department
               Technology Services Unit
               250 E. Chicago Street, Chandler, AZ 85225
Attention:     Lt. Dominic Farraday
Project:       Investigative Face Recognition - Cognitec FaceVACS-DBScan LE

Ln Qty Description                          Term      Unit $     Ext $
01  1  FaceVACS-DBScan LE server licence    One-time  38,500.00  38,500.00
02  6  FaceVACS-DBScan LE investigator seat One-time   2,150.00  12,900.00
03  1  FaceVACS maintenance & support, yr 1 Annual     7,700.00   7,700.00
04  2  Axis P3268-LV dome camera, lobby     One-time   1,189.00   2,378.00
05  1  HPE ProLiant DL380 Gen11 server      One-time  14,260.00  14,260.00
06  1  Synology 48 TB storage array         One-time   6,840.00   6,840.00
07  1  Cat6 cabling, 12 drops, installed    One-time   3,150.00   3,150.00
08  1  Face recognition onboarding/training One-time   4,800.00   4,800.00

                                          Subtotal               90,528.00
          Trade-in credit, legacy FaceVACS v8 licence (line 01)  -2,000.00
                 Sales tax 8.3% on hardware lines 04-06           1,948.67
                                          TOTAL                  90,476.67

Face recognition software and services, lines 01-03 and 08: $63,900.00
(before credit; hardware, cabling and tax excluded).
""", "Chandler PD Public Records Request 24-0877 - Page 000003"),
    (None, """\
TERMS AND NOTES

1. Line 02 licenses six (6) named investigator seats. Additional seats
   are available at the line 02 unit price during the quote period.
2. Maintenance renewal, years 2 and 3: $8,008.00 per year (increase
   capped at 4% per year). Renewal is at Customer's option.
3. Sizing assumes the Chandler PD booking gallery of approximately
   412,000 mugshot images, migrated from the v8 system by DVT staff.
4. The Axis cameras (line 04) are for the public lobby and are not
   connected to the face recognition server.
5. Pricing excludes any Clearview AI subscription, which the Customer
   procures directly. Reference site: Gilbert Police Department (2023).
6. Customer is responsible for operating the software in accordance
   with its own policies and applicable Arizona law.
7. Payment: Net 30. Invoices will reference PO 4500128833.

Accepted for Desert Vault Technologies:  Renee Okafor, Account Executive
Accepted for Customer: _____________________  Date: ___________
""", "Chandler PD Public Records Request 24-0877 - Page 000004"),
], "pdf", CPD,
    [CPD, "Gilbert Police Department"], [DVT, "Cognitec Systems", "Clearview AI", "Axis Communications",
                                           "Hewlett Packard Enterprise", "Synology"],
    ["FaceVACS-DBScan LE", "Clearview AI"],
    [C(38500, 38500, "one-time", "FaceVACS-DBScan LE server licence    One-time  38,500.00", CPD, DVT, FV),
     C(12900, 12900, "one-time", "02  6  FaceVACS-DBScan LE investigator seat One-time   2,150.00  12,900.00",
       CPD, DVT, FV),
     C(2150, 2150, "one-time", "FaceVACS-DBScan LE investigator seat One-time   2,150.00", CPD, DVT, FV,
       unit="per seat"),
     C(7700, 7700, "year", "FaceVACS maintenance & support, yr 1 Annual     7,700.00", CPD, DVT, FV),
     C(4800, 4800, "one-time", "Face recognition onboarding/training One-time   4,800.00", CPD, DVT, FV),
     C(63900, 63900, None, "Face recognition software and services, lines 01-03 and 08: $63,900.00", CPD, DVT, FV),
     C(8008, 8008, "year", "Maintenance renewal, years 2 and 3: $8,008.00 per year", CPD, DVT, FV)],
    [N(6, "exact", "licenses", None, "six (6) named investigator seats", CPD, DVT),
     N(412000, "approximately", "images", None, "412,000 mugshot images", CPD, None)],
    [], [], ["2024-08-19", "2023"], scan="pdf")

# ---------------------------------------------------------------- 2 North Las Vegas PD (NV): Outlook thread
NLV = "North Las Vegas Police Department"
DWP = "DataWorks Plus"
FP = "FACE Plus"
LV = "Las Vegas Metropolitan Police Department"
HDR = "Delgado, Ramon"
doc("02_north-las-vegas-pd-face-plus-renewal-outlook.txt", [
    (HDR, """\
From:     Kessler, Dana <dkessler@dataworksplus.com>
Sent:     Friday, February 14, 2025 11:38 AM
To:       Delgado, Ramon
Cc:       Whitt, Carla
Subject:  RE: FACE Plus renewal quote - North Las Vegas PD
Attachments:  Q-NLV-0225-3.pdf

Ramon,

Formal quote Q-NLV-0225-3 is attached: renewal plus the 4 add-on
users comes to $23,200.00 for the year starting March 1, 2025.

Dana Kessler | Regional Sales Manager | DataWorks Plus
__________________________________________________________________
From:     Delgado, Ramon
Sent:     Tuesday, February 11, 2025 9:22 AM
To:       Kessler, Dana <dkessler@dataworksplus.com>
Cc:       Whitt, Carla; Ostrowski, Paul
Subject:  RE: FACE Plus renewal quote - North Las Vegas PD

Dana - thanks. For the budget memo: in calendar 2024 our analysts ran
1,284 searches, which produced 61 investigative leads and, as far as
we can tell, 17 arrests. Please send a formal quote for the four
additional users; Carla will route it with the renewal.

Reminder for the new users: under General Order 508, a FACE Plus
result is an investigative lead only and may not by itself establish
probable cause.

Paul has floated requiring a second analyst to review every candidate
before release. That is a proposal only and is not in the GO yet.

Lt. Ramon Delgado
Criminal Intelligence Section
North Las Vegas Police Department
1301 E. Lake Mead Blvd., North Las Vegas, NV 89030
""", "Page 1 of 2                                  NLV PRR 25-0311 / 000014"),
    (HDR, """\
From:     Kessler, Dana <dkessler@dataworksplus.com>
Sent:     Monday, February 10, 2025 4:07 PM
To:       Delgado, Ramon
Cc:       Whitt, Carla
Subject:  FACE Plus renewal quote - North Las Vegas PD

Ramon,

As discussed, your FACE Plus subscription renews March 1. Renewal
pricing for the 12-month term is $18,600.00 for your current
12 concurrent users. If you add the four detectives you mentioned,
each additional user is $1,150 per user per year, so $4,600 for all
four.

Your searches still run against the SCOPE booking gallery hosted by
Las Vegas Metropolitan Police Department, which holds roughly
1.9 million images. No change to that connection.

Carla asked about the budget line: the renewal can be charged to
101-2140-53220 (software subscriptions, $96,500 across all PD
software), per your finance office.

Dana Kessler | Regional Sales Manager | DataWorks Plus
(612) 555-0148

CONFIDENTIALITY NOTICE: This e-mail is intended only for the named
recipient(s) and may contain confidential information. Any review,
use or disclosure by others is prohibited.
""", "Page 2 of 2                                  NLV PRR 25-0311 / 000015"),
], "print", NLV,
    [NLV, LV], [DWP], [FP, "SCOPE"],
    [C(23200, 23200, "year", "comes to $23,200.00 for the year", NLV, DWP, FP),
     C(18600, 18600, "year", "pricing for the 12-month term is $18,600.00", NLV, DWP, FP),
     C(1150, 1150, "year", "additional user is $1,150 per user per year", NLV, DWP, FP,
       unit="per user"),
     C(4600, 4600, "year", "so $4,600 for all", NLV, DWP, FP)],
    [N(4, "exact", "users", None, "plus the 4 add-on", NLV, DWP),
     N(1284, "exact", "searches", "year", "1,284 searches", NLV, DWP),
     N(61, "exact", "leads", "year", "61 investigative leads", NLV, DWP),
     N(17, "exact", "arrests", "year", "17 arrests", NLV, DWP),
     N(12, "exact", "users", None, "12 concurrent users", NLV, DWP),
     N(1900000, "approximately", "images", None, "1.9 million images", LV, None)],
    [P("result is an investigative lead only and may not by itself establish", NLV, DWP)],
    [E("Kessler, Dana", "Delgado, Ramon", "Friday, February 14, 2025 11:38 AM",
       "RE: FACE Plus renewal quote - North Las Vegas PD"),
     E("Delgado, Ramon", "Kessler, Dana", "Tuesday, February 11, 2025 9:22 AM",
       "RE: FACE Plus renewal quote - North Las Vegas PD"),
     E("Kessler, Dana", "Delgado, Ramon", "Monday, February 10, 2025 4:07 PM",
       "FACE Plus renewal quote - North Las Vegas PD")],
    ["2025-02-14", "2025-02-11", "2025-02-10", "2025-03-01", "2024"], scan="photocopy")

# ---------------------------------------------------------------- 3 West Valley City (UT): council minutes
WVC = "West Valley City Police Department"
WVCC = "West Valley City Council"
MSI = "Motorola Solutions"
FS = "Vigilant FaceSearch"
doc("03_west-valley-city-council-minutes-facesearch.txt", [
    ("WEST VALLEY CITY COUNCIL - MINUTES OF REGULAR MEETING", """\
Tuesday, October 8, 2024, 6:30 p.m.
City Hall Council Chambers, 3600 Constitution Boulevard, West Valley City, Utah

PRESENT: Mayor Karen Lang (presiding); Councilmembers Tom Huynh, Lars Christensen,
Marisa Delgado-Pratt, Jake Fonua, Don Whitcombe, Lisa Orton.
STAFF: City Manager Wayne Pyper; Deputy Chief Ellen Marquardt, Police; City Recorder Nichole Baird.

6. CONSENT AGENDA
6.A Resolution No. 24-201, authorizing a two-year agreement with Flock Safety for
twenty automated license plate reader cameras at $55,000 per year. Approved with
the consent agenda, 7-0.

7. NEW BUSINESS
7.B Resolution No. 24-204, approving a subscription agreement with Motorola Solutions
for Vigilant FaceSearch for the West Valley City Police Department.

Deputy Chief Marquardt presented the staff report. FaceSearch compares a probe image
against a hosted gallery of more than 25 million booking photos contributed by
participating agencies. The agreement is for three years with fifteen (15) user
licenses: $16,750 in year one, $17,250 in year two and $17,750 in year three,
not to exceed $51,750 over the term. She noted the Unified Police Department of
Greater Salt Lake has used the same product since 2022.

Staff had also evaluated a perpetual on-premises system at about $140,000; that option
was not recommended because of server and staffing costs.

Councilmember Huynh moved to table the item and adopt a one-year moratorium on face
recognition. Councilmember Orton seconded. The motion failed, 2-5.

Councilmember Delgado-Pratt moved to amend Resolution No. 24-204 to add conditions of use.
Councilmember Fonua seconded. The amendment passed 6-1 (Huynh opposed). The conditions as
adopted read:
  (a) The Police Department may use FaceSearch only for images connected to an open
      criminal investigation.
  (b) No search shall be run to identify persons engaged in lawful First Amendment activity.
  (c) The Department shall report the number of searches to the Council each January.

Councilmember Christensen moved to approve Resolution No. 24-204 as amended; Councilmember
Whitcombe seconded. Motion carried 6-1 (Huynh opposed).

8. ADJOURNMENT at 8:12 p.m.

Approved October 22, 2024            /s/ Nichole Baird, City Recorder
""", "Minutes 10/08/2024 - Page 3 of 3"),
], "pdf", WVC,
    [WVC, WVCC, "Unified Police Department of Greater Salt Lake"], [MSI, "Vigilant Solutions", "Flock Safety"],
    [FS],
    [C(16750, 16750, "year", "$16,750 in year one", WVC, MSI, FS),
     C(17250, 17250, "year", "$17,250 in year two", WVC, MSI, FS),
     C(17750, 17750, "year", "$17,750 in year three", WVC, MSI, FS),
     C(None, 51750, None, "not to exceed $51,750 over the term", WVC, MSI, FS)],
    [N(25000000, "more than", "images", None, "more than 25 million booking photos", None, MSI),
     N(15, "exact", "licenses", None, "fifteen (15) user", WVC, MSI)],
    [P("The Police Department may use FaceSearch only for images connected to an open", WVC, MSI),
     P("No search shall be run to identify persons engaged in lawful First Amendment activity.", WVC, MSI),
     P("The Department shall report the number of searches to the Council each January.", WVC, MSI)],
    [], ["2024-10-08", "2024-10-22", "2022"])

# ---------------------------------------------------------------- 4 Aurora PD (CO): annual usage report
APD = "Aurora Police Department"
NUM = "Numerica Corporation"
LUM = "Lumen FR"
doc("04_aurora-pd-2024-fr-accountability-report.txt", [
    ("AURORA POLICE DEPARTMENT | Annual Facial Recognition Service Report 2024", """\
Prepared under C.R.S. 24-18-301 et seq. (SB 22-113)        Report ID: APD-FRS-2025-04
Submitted to Aurora City Council, March 3, 2025

1. SERVICE AND VENDOR
The Department uses Lumen FR, a facial recognition service provided by Numerica
Corporation, to compare still images against Lumen's Colorado booking repository,
which held over 3.4 million photos at year end. The Department paid $27,500 for the
2024 annual subscription. Numerica has quoted $29,000 for calendar year 2025.
The Department does not use facial recognition on live or streaming video.

2. USERS
At year end 31 sworn and civilian members held Lumen FR accounts.

3. SEARCH ACTIVITY, 2024
Members ran 838 searches in 2024. Of these, 14 were run on behalf of other
agencies at the request of the Colorado Information Analysis Center.

  Quarter     Searches   Possible matches   Leads referred   Arrests
  Q1 2024        212            77                36             9
  Q2 2024        198            70                33            11
  Q3 2024        241            86                41            10
  Q4 2024        187            68                34             9
  Total          838           301               144            39

Possible matches were returned in 35.9% of searches. Results are retained 90 days
unless attached to a case file.

4. RULES OF USE
Only members who have completed the Department's facial recognition training may
hold a Lumen FR account. A possible match shall not be the sole basis for an arrest
or a search warrant. Every search must be logged with a case or incident number.

5. PLANNED CHANGES
The Department intends to begin quarterly audits of the search log in 2025. A draft
proposal to extend use to traffic-crash investigations was considered and withdrawn.
""", "Page 1 of 1 | APD-FRS-2025-04"),
], "pdf", APD,
    [APD, "Aurora City Council", "Colorado Information Analysis Center"], [NUM], [LUM],
    [C(27500, 27500, "year", "paid $27,500 for the", APD, NUM, LUM),
     C(29000, 29000, "year", "quoted $29,000 for calendar year 2025", APD, NUM, LUM)],
    [N(3400000, "more than", "images", None, "over 3.4 million photos", None, NUM),
     N(31, "exact", "users", None, "31 sworn and civilian members held Lumen FR accounts", APD, NUM),
     N(838, "exact", "searches", "year", "Members ran 838 searches in 2024", APD, NUM),
     N(14, "exact", "searches", "year", "Of these, 14 were run on behalf of other", APD, NUM),
     N(212, "exact", "searches", "quarter", "Q1 2024        212", APD, NUM),
     N(198, "exact", "searches", "quarter", "Q2 2024        198", APD, NUM),
     N(241, "exact", "searches", "quarter", "Q3 2024        241", APD, NUM),
     N(187, "exact", "searches", "quarter", "Q4 2024        187", APD, NUM),
     N(301, "exact", "matches", "year", "Total          838           301", APD, NUM),
     N(144, "exact", "leads", "year", "Total          838           301               144", APD, NUM),
     N(39, "exact", "arrests", "year", "Total          838           301               144            39",
       APD, NUM)],
    [P("Only members who have completed the Department's facial recognition training may", APD, NUM),
     P("A possible match shall not be the sole basis for an arrest", APD, NUM),
     P("Every search must be logged with a case or incident number.", APD, NUM)],
    [], ["2025-03-03", "2024", "2025"])

# ---------------------------------------------------------------- 5 Medford PD (OR): general order
MPD = "Medford Police Department"
JCSO = "Jackson County Sheriff's Office"
doc("05_medford-pd-general-order-fr.txt", [
    ("MEDFORD POLICE DEPARTMENT - GENERAL ORDER 4.32", """\
Subject:     Facial Recognition Technology
Effective:   July 1, 2024        Supersedes: Interim Directive 23-07
Review:      Annually            Authority: Chief of Police
Distribution: All sworn and professional staff      Pages: 2

I. PURPOSE
This order establishes procedures for the use of facial recognition
technology (FRT) by members of the Medford Police Department.

II. DEFINITIONS
A. Probe image: a still image of an unknown person submitted for search.
B. Candidate list: the ranked images returned by the FRT system.
C. Examiner: a member trained and designated under Section III.

III. SYSTEM AND ACCESS
A. The Department searches the Jackson County booking repository of
   approximately 185,000 booking photographs maintained by the Jackson
   County Sheriff's Office, through DataWorks Plus FACE Plus.
B. The FACE Plus subscription ($8,400 per year) is funded from the
   Department's technology budget, account 100-3320-5410.
C. FRT searches shall be performed only by trained examiners assigned
   to the Criminal Intelligence Unit.
D. The Department shall designate no more than four (4) trained
   examiners at any time.
E. The Department does not currently run FRT on body-worn camera video.
""", "GO 4.32 - Page 1 of 2"),
    ("MEDFORD POLICE DEPARTMENT - GENERAL ORDER 4.32", """\
IV. PROCEDURES
A. Each search shall be logged with a case number and the examiner's ID.
B. A possible match is an investigative lead only and shall not, by
   itself, establish probable cause for an arrest.
C. Members shall not use FRT to identify persons engaged in activity
   protected by the First Amendment or Article I of the Oregon
   Constitution.
D. Members may not submit probe images to any commercial service not
   approved under this order, including Clearview AI.
E. Requests from outside agencies, including the Oregon State Police,
   shall be approved by the Criminal Intelligence Unit sergeant.

V. RETENTION
Probe images and candidate lists are retained 3 years under OAR
166-200-0100, then destroyed.

VI. DISCLAIMER
This order is for internal use only and does not create a higher
standard of care in any civil or criminal proceeding.

Approved:  /s/ Justin Ivens, Chief of Police      Date: 06/18/2024
""", "GO 4.32 - Page 2 of 2"),
], "pdf", MPD,
    [MPD, JCSO, "Oregon State Police"], [DWP, "Clearview AI"], [FP, "Clearview AI"],
    [C(8400, 8400, "year", "subscription ($8,400 per year)", MPD, DWP, FP)],
    [N(185000, "approximately", "images", None, "approximately 185,000 booking photographs", JCSO, DWP),
     N(4, "up to", "users", None, "no more than four (4) trained", MPD, DWP)],
    [P("This order establishes procedures for the use of facial recognition", MPD, DWP),
     P("C. FRT searches shall be performed only by trained examiners assigned", MPD, DWP),
     P("The Department shall designate no more than four (4) trained", MPD, DWP),
     P("Each search shall be logged with a case number and the examiner's ID.", MPD, DWP),
     P("A possible match is an investigative lead only and shall not, by", MPD, DWP),
     P("Members shall not use FRT to identify persons engaged in activity", MPD, DWP),
     P("Members may not submit probe images to any commercial service not", MPD, DWP),
     P("Requests from outside agencies, including the Oregon State Police,", MPD, DWP)],
    [], ["2024-07-01", "2024-06-18"], scan="pdf")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n")
    print("wrote", len(DOCS), "documents")


if __name__ == "__main__":
    main()
