"""Writes docs/*.txt and labels.json for holdout72 (six invented releases: WA, PA, AZ, FL, OH, NC).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout19 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75   # the born-digital helper wraps at about 80 characters
MAX_LINES = 44  # per page, header and footer included


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
    return m.group(0) if m else quote


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
            assert len(line) <= MAX_COLS, (file, line)
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




# ---------------------------------------------------------------- 1 Washington: Bellingham PD
BPD = "Bellingham Police Department"
COB = "City of Bellingham"
WCSO = "Whatcom County Sheriff's Office"
DWP = "DataWorks Plus"
doc("01_bellingham-pd-dataworks-amendment-2-fee-schedule.txt", [
    (None, """\
CITY OF BELLINGHAM, WASHINGTON
AMENDMENT NO. 2 TO PROFESSIONAL SERVICES AGREEMENT
City Contract No. 2021-0417 / Vendor No. 108832

Parties: City of Bellingham, acting through the Bellingham Police
Department ("City"), and DataWorks Plus, LLC, 728 N. Pleasantburg
Drive, Greenville, SC 29607 ("Contractor").

Recitals
A. The City and Contractor entered into the Agreement on June 14, 2021
   for the FACE Plus facial recognition search application, hosted by
   Contractor, and related services.
B. Amendment No. 1 (March 2, 2023) extended the term to June 30, 2024.
C. The parties wish to extend the term again, replace Exhibit B (Fee
   Schedule), and raise the maximum compensation.

Terms
1. Term. The Agreement is extended through June 30, 2026.

2. Compensation. Exhibit B is deleted and replaced by the Exhibit B
   attached to this Amendment. Total compensation under the Agreement,
   as amended, shall not exceed $96,750 for the full term from June 14,
   2021 through June 30, 2026, inclusive of all prior payments.
   Washington sales tax (currently 8.9% in Bellingham) is paid in
   addition where it applies and is not counted against that limit.

3. Compliance with state law. The City shall use the FACE Plus service
   only in compliance with chapter 43.386 RCW, and any decision based
   on a search that produces legal effects concerning a person shall
   be subject to meaningful human review. The accountability report
   adopted under RCW 43.386.020 remains on file with the City Clerk.

4. Gallery. The searchable gallery consists of booking photographs
   from the Whatcom County Jail, approximately 212,000 images at the
   date of this Amendment. No driver license photographs are included.

5. All other terms of the Agreement remain in full force and effect.

CITY OF BELLINGHAM                  DATAWORKS PLUS, LLC
/s/ Mayor Kendra Ostrander          /s/ Todd Rainier, VP Contracts
Date: May 21, 2024                  Date: May 16, 2024
Approved as to form: Office of the City Attorney""", "COB-PD 24-318  page 1"),
    (None, """\
EXHIBIT B - FEE SCHEDULE (replaces prior Exhibit B)
Effective July 1, 2024

Item  Description                                 Fee        Billing
----  ------------------------------------------  ---------  ---------
B-1   FACE Plus software maintenance and          $14,600    Annual
      support, 8 concurrent user licenses
B-2   Hosting in Contractor's government cloud    $350       Monthly
      tenant, incl. nightly booking-photo sync
B-3   Examiner refresher training, on site        $3,200     One-time
      (2 days, up to 10 attendees)
B-4   Additional concurrent user license          $1,150     Annual,
      (optional, City may add by written order)   per user   prorated
B-5   Livescan fingerprint station maintenance    $6,900     Annual
      (booking room; not part of FACE Plus)

Notes to Exhibit B
(a) Item B-5 is billed under the same Agreement for convenience only.
    It is a fingerprint service and is funded from the Jail budget.
(b) Fees for B-1 and B-2 increase by no more than 3% on July 1, 2025.
(c) The Whatcom County Sheriff's Office uses the same FACE Plus
    instance under a separate interlocal agreement and pays its own
    share ($4,800 annually) directly to Contractor. That amount is not
    billed to the City.
(d) Invoices are payable net 30 to Contractor's remittance address;
    questions to Accounts Receivable at (864) 555-0122.

Budget account: 001-3110-5410-4130 (Police Investigations software)""", "COB-PD 24-318  page 2"),
], "pdf", BPD,
    [BPD, COB, WCSO],
    [DWP],
    ["FACE Plus"],
    [C(None, 96750, None, "shall not exceed $96,750", BPD, DWP, "FACE Plus"),
     C(14600, 14600, "year", "$14,600    Annual", BPD, DWP, "FACE Plus"),
     C(350, 350, "month", "$350       Monthly", BPD, DWP, "FACE Plus"),
     C(3200, 3200, "one-time", "$3,200     One-time", BPD, DWP, "FACE Plus"),
     C(1150, 1150, "year", "$1,150     Annual,", BPD, DWP, "FACE Plus", unit="per user"),
     C(4800, 4800, "year", "pays its own share ($4,800 annually)", WCSO, DWP, "FACE Plus")],
    [N(8, "exact", "licenses", None, "8 concurrent user licenses", BPD, DWP),
     N(212000, "approximately", "images", None, "approximately 212,000 images", BPD, DWP)],
    [P("The City shall use the FACE Plus service only in compliance with chapter 43.386 RCW, and any decision "
       "based on a search that produces legal effects concerning a person shall be subject to meaningful human "
       "review.", BPD, "requirement")],
    [],
    ["2021-06-14", "2023-03-02", "2024-06-30", "2026-06-30", "2024-05-21", "2024-05-16", "2024-07-01",
     "2025-07-01"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Pennsylvania: Altoona PD
APD = "Altoona Police Department"
VT = "Veritone"
SUBJ2 = "Veritone IDentify pricing - Altoona PD"
doc("02_altoona-pd-veritone-price-sheet-outlook.txt", [
    ("Kesler, Dana", """\
From:       Hollis, Brandon
Sent:       Thursday, September 12, 2024 10:07 AM
To:         Kesler, Dana
Cc:         Marchand, Paul
Subject:    FW: Veritone IDentify pricing - Altoona PD

Dana - forwarding the vendor sheet for the budget file. If the Chief
signs off we would want the 10-user plan at $19,800 a year plus the
one-time setup. Ignore the Redact line, that is for body cam video
and is a separate discussion. Please hold off on a PO until then.

Capt. Brandon Hollis | Criminal Investigation Division
Altoona Police Department | 1301 12th Street, Altoona, PA 16601
Office (814) 555-0146 | Cell (814) 555-0193

-----Original Message-----
From: Marchand, Paul
Sent: Wednesday, September 11, 2024 4:52 PM
To: Hollis, Brandon
Subject: RE: Veritone IDentify pricing - Altoona PD

Brandon, for comparison the Blair County DA's detectives pay about
$12,000 a year for a 5-user plan from the same company. Our booking
archive is about 48,000 photos going back to 2009, so the gallery
would be ours, not scraped images.

One thing before anything is bought: there is no written policy
prohibiting a detective from using a free trial account on his own,
and there should be. Draft GO 2.14 says a search may be run only
with a case number and a supervisor's approval, and that a result
is an investigative lead only, not probable cause to arrest. The
Chief has not signed it yet.

Paul

Chief Paul Marchand
Altoona Police Department""", "ALT-RTKL-2024-077   0003"),
    ("Kesler, Dana", """\
-----Original Message-----
From: Hollis, Brandon
Sent: Wednesday, September 11, 2024 2:15 PM
To: Marchand, Paul
Subject: FW: Veritone IDentify pricing - Altoona PD

Chief, price sheet from Veritone below. Thoughts?

From: Erin Castellano <ecastellano@veritone.com>
Sent: Tuesday, September 10, 2024 11:31 AM
To: Hollis, Brandon <bhollis@altoonapa.gov>
Subject: Veritone IDentify pricing - Altoona PD

Captain Hollis,

Thank you for the call. As promised, here is our public safety price
sheet for Veritone IDentify, valid through December 31, 2024:

  Item                                             Price
  IDentify annual subscription, up to 10 users     $19,800.00 / yr
  Additional named user (each)                      $1,650.00 / yr
  Booking photo ingest and setup (one-time)         $4,500.00
  Veritone Redact (body-worn video redaction)       $7,200.00 / yr

Prices exclude Pennsylvania sales tax (6%); government agencies with
an exemption certificate are not charged. COSTARS contract pricing is
available under Contract #025-E23-411.

Best,
Erin Castellano | Account Executive, State & Local Government
Veritone, Inc. | Direct 949-555-0187

CONFIDENTIALITY NOTICE: This e-mail, including attachments, may contain
confidential or privileged information intended only for the named
recipient. If you received it in error, notify the sender and delete
it. Any other use, copying or distribution is prohibited.""", "ALT-RTKL-2024-077   0004"),
], "print", APD,
    [APD, "Blair County District Attorney's Office"],
    [VT],
    ["Veritone IDentify", "Veritone Redact"],
    [C(19800, 19800, "year", "IDentify annual subscription, up to 10 users     $19,800.00 / yr", APD, VT,
       "Veritone IDentify"),
     C(1650, 1650, "year", "Additional named user (each)                      $1,650.00 / yr", APD, VT,
       "Veritone IDentify", unit="per user"),
     C(4500, 4500, "one-time", "Booking photo ingest and setup (one-time)         $4,500.00", APD, VT,
       "Veritone IDentify"),
     C(12000, 12000, "year", "pay about $12,000 a year for a 5-user plan", "Blair County District Attorney's Office",
       VT, "Veritone IDentify")],
    [N(10, "up to", "licenses", None, "up to 10 users", APD, VT),
     N(5, "exact", "licenses", None, "a 5-user plan", "Blair County District Attorney's Office", VT),
     N(48000, "approximately", "images", None, "about 48,000 photos", APD, VT)],
    [],
    [E("Hollis, Brandon", "Kesler, Dana", "Thursday, September 12, 2024 10:07 AM", "FW: " + SUBJ2),
     E("Marchand, Paul", "Hollis, Brandon", "Wednesday, September 11, 2024 4:52 PM", "RE: " + SUBJ2),
     E("Hollis, Brandon", "Marchand, Paul", "Wednesday, September 11, 2024 2:15 PM", "FW: " + SUBJ2),
     E("Erin Castellano", "Hollis, Brandon", "Tuesday, September 10, 2024 11:31 AM", SUBJ2)],
    ["2024-09-12", "2024-09-11", "2024-09-10", "2024-12-31", "2009"],
    scan="print")


# ---------------------------------------------------------------- 3 Arizona: Flagstaff PD (City Auditor)
FPD = "Flagstaff Police Department"
CV = "Clearview AI"
ACTIC = "Arizona Counter Terrorism Information Center"
doc("03_flagstaff-city-auditor-fr-audit-report.txt", [
    (None, """\
CITY OF FLAGSTAFF - OFFICE OF THE CITY AUDITOR
Audit Report No. 2024-05
Police Department Use of Facial Recognition Technology
Issued: August 29, 2024         City Auditor: Marisol Tenorio, CIA, CGAP

SUMMARY
We reviewed the Flagstaff Police Department's (FPD) use of facial
recognition from January 1, 2021 through December 31, 2023. FPD
holds a subscription to Clearview AI and also sends probe images to
the Arizona Counter Terrorism Information Center (ACTIC), which runs
them against state photo repositories at no charge to FPD.

BACKGROUND
FPD paid Clearview AI $8,400 for FY2022 and $9,600 for FY2023; both
subscriptions were annual and were paid from the RICO forfeiture fund
(account 2270-41-5520). Clearview states that its database contains
more than 40 billion publicly available images. By comparison, the
Department pays $27,500 a year for Axon Evidence storage; that system
is outside the scope of this audit.

Table 1. Facial recognition searches and requests by year

Year     Clearview searches   Requests sent to ACTIC
-----    ------------------   ----------------------
2021                    212                       18
2022                    347                       11
2023                    409                        9
-----    ------------------   ----------------------
Total                   968                       38

Source: Clearview AI audit log export and ACTIC request log.

FINDING 1 - Searches without a case number
General Order 41.12 requires that every facial recognition search be
tied to a case or incident number. We found 87 searches in the
Clearview log with no case number recorded, or 9.0% of all searches.

FINDING 2 - Inactive accounts
FPD had six Clearview user accounts at December 31, 2023. Two of them
belonged to detectives who had left the Department in 2022 and were
still active.""", "Audit Report 2024-05, page 1 of 2"),
    (None, """\
FINDING 3 - Policy gaps
General Order 41.12 states that a possible match is an investigative
lead only and shall not be used as the sole basis for an arrest.
However, FPD has no written policy prohibiting searches from personal
mobile devices, and 14 of the 968 searches came from the Clearview
mobile app on personal phones.

RECOMMENDATIONS AND MANAGEMENT RESPONSES

Recommendation 1. FPD should configure Clearview so that a search
cannot be submitted without a case number.
Management response: Agree. Clearview enabled a mandatory case
number field on May 6, 2024.

Recommendation 2. FPD should review accounts quarterly and disable
accounts of departing members within one business day.
Management response: Agree. Effective immediately, the Investigations
Lieutenant must review the Clearview account list each quarter.

Recommendation 3. FPD should amend General Order 41.12 to prohibit
searches from personal devices.
Management response: Agree in part. A draft revision providing that
searches may be run only from Department-issued devices is under
review by the City Attorney and has not been adopted. Target date:
December 31, 2024.

Recommendation 4. FPD should report annual search totals to the
Public Safety Committee.
Management response: Agree. The first report will be presented in
February 2025.

/s/ Dan Whitcomb, Chief of Police          Date: August 22, 2024

Audit staff: R. Begay, Senior Auditor. Report distribution: Mayor and
Council, City Manager. Office of the City Auditor, 211 W. Aspen
Avenue, Flagstaff, AZ 86001, (928) 555-0117. This audit was conducted
under A.R.S. 9-237 and City Code 2-01-001-0009.""", "Audit Report 2024-05, page 2 of 2"),
], "pdf", FPD,
    [FPD, "City of Flagstaff", "Office of the City Auditor", ACTIC],
    [CV, "Axon"],
    ["Clearview Mobile", "Axon Evidence"],
    [C(8400, 8400, "year", "FPD paid Clearview AI $8,400 for FY2022", FPD, CV),
     C(9600, 9600, "year", "$9,600 for FY2023", FPD, CV)],
    [N(40000000000, "more than", "images", None, "more than 40 billion publicly available images", None, CV),
     N(212, "exact", "searches", "year", "2021                    212", FPD, CV),
     N(347, "exact", "searches", "year", "2022                    347", FPD, CV),
     N(409, "exact", "searches", "year", "2023                    409", FPD, CV),
     N(968, "exact", "searches", None, "Total                   968", FPD, CV),
     N(18, "exact", "requests", "year", "2021                    212                       18", FPD),
     N(11, "exact", "requests", "year", "2022                    347                       11", FPD),
     N(9, "exact", "requests", "year", "2023                    409                        9", FPD),
     N(38, "exact", "requests", None, "Total                   968                       38", FPD),
     N(87, "exact", "searches", None, "87 searches in the Clearview log with no case number", FPD, CV),
     N(6, "exact", "users", None, "six Clearview user accounts", FPD, CV),
     N(14, "exact", "searches", None, "14 of the 968 searches came from the Clearview mobile app", FPD, CV)],
    [P("General Order 41.12 requires that every facial recognition search be tied to a case or incident number.",
       FPD, "requirement"),
     P("a possible match is an investigative lead only and shall not be used as the sole basis for an arrest.",
       FPD, "disclaimer"),
     P("the Investigations Lieutenant must review the Clearview account list each quarter.", FPD, "requirement")],
    [],
    ["2024-08-29", "2021-01-01", "2023-12-31", "2022", "2023", "2021", "2024-05-06", "2024-12-31", "2025-02",
     "2024-08-22"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Florida: Manatee County SO
MCSO = "Manatee County Sheriff's Office"
PCSO = "Pinellas County Sheriff's Office"
doc("04_manatee-county-so-general-order-facial-recognition.txt", [
    (None, """\
MANATEE COUNTY SHERIFF'S OFFICE                 GENERAL ORDER 5-27
Subject: Facial Recognition Technology
Effective: February 1, 2023        Rescinds: GO 5-27 (April 10, 2019)
Distribution: All Members          CFA Standards: 15.06, 16.03
Pages: 2

I. PURPOSE
To set rules for the use of facial recognition (FR) technology by
members of the Manatee County Sheriff's Office (MCSO). MCSO accesses
FR only through the Face Analysis Comparison and Examination System
(FACES), operated by the Pinellas County Sheriff's Office. FACES
holds more than 38 million images, chiefly Florida driver license
and booking photographs. MCSO pays no subscription fee for FACES.

II. POLICY
FR is used only to develop investigative leads in criminal cases, to
identify missing or endangered persons, and to identify deceased or
incapacitated persons.

III. PROCEDURES
 A. Authorized users
  1. Only members who have completed the FACES user course given by
     the Pinellas County Sheriff's Office may hold a FACES account.
  2. MCSO currently holds 22 FACES user accounts, assigned by the
     Criminal Investigations Bureau commander.
 B. Prohibited uses. Members shall not use FR:
  1. to identify persons engaged in lawful assembly or protected
     speech under the First Amendment;
  2. on live or real-time video, including body-worn camera feeds;
  3. for personal, non-law-enforcement purposes;
  4. on images obtained in violation of s. 934.03, Florida Statutes;
  5. to make immigration status determinations.
 C. Results
  1. An FR candidate is an investigative lead only and is not
     probable cause for arrest or for a search warrant.
  2. Every search shall be logged with the case number and reason.
 D. Discipline
  Misuse of FR or of FACES credentials will result in discipline up
  to and including termination and revocation of FACES access.""", "GO 5-27  Page 1 of 2"),
    (None, """\
IV. RECORDS
FACES search logs are public records under Chapter 119, Florida
Statutes, subject to the exemptions of s. 119.071. Inquiries: Records
Section, (941) 555-0162.

V. DRAFT REVISION UNDER REVIEW (NOT IN EFFECT)
The following draft, Rev. 2024-1, is under review by the General
Counsel and has not been approved by the Sheriff. It does not change
any rule in Sections I through IV.
  - Would add Clearview AI as a second FR source for the Criminal
    Investigations Bureau. The vendor's quote of $23,600 per year for
    20 licenses is before the Budget Office; no funds are appropriated.
  - Would require a second examiner to review every candidate before
    release as a lead.
  - Would permit the Real Time Crime Center to run FR searches on
    still images from fixed cameras.
Comments on the draft go to the General Counsel by March 29, 2024.

Approved:
/s/ Sheriff Thomas R. Aldana               Date: January 18, 2023""", "GO 5-27  Page 2 of 2"),
], "pdf", MCSO,
    [MCSO, PCSO],
    [CV],
    ["FACES"],
    [C(23600, 23600, "year", "The vendor's quote of $23,600 per year", MCSO, CV)],
    [N(38000000, "more than", "images", None, "FACES holds more than 38 million images", PCSO),
     N(22, "exact", "users", None, "MCSO currently holds 22 FACES user accounts", MCSO),
     N(20, "exact", "licenses", None, "20 licenses", MCSO, CV)],
    [P("FR is used only to develop investigative leads in criminal cases, to identify missing or endangered "
       "persons, and to identify deceased or incapacitated persons.", MCSO, "purpose"),
     P("Only members who have completed the FACES user course given by the Pinellas County Sheriff's Office may "
       "hold a FACES account.", MCSO, "requirement"),
     P("to identify persons engaged in lawful assembly or protected speech under the First Amendment;",
       MCSO, "prohibition"),
     P("on live or real-time video, including body-worn camera feeds;", MCSO, "prohibition"),
     P("for personal, non-law-enforcement purposes;", MCSO, "prohibition"),
     P("on images obtained in violation of s. 934.03, Florida Statutes;", MCSO, "prohibition"),
     P("to make immigration status determinations.", MCSO, "prohibition"),
     P("An FR candidate is an investigative lead only and is not probable cause for arrest or for a search "
       "warrant.", MCSO, "disclaimer"),
     P("Every search shall be logged with the case number and reason.", MCSO, "requirement"),
     P("Misuse of FR or of FACES credentials will result in discipline up to and including termination and "
       "revocation of FACES access.", MCSO, "consequence")],
    [],
    ["2023-02-01", "2019-04-10", "2024-03-29", "2023-01-18"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Ohio: Parma PD / City Council
PPD = "Parma Police Department"
PCC = "Parma City Council"
MSI = "Motorola Solutions"
VIG = "Vigilant Solutions"
SPD = "Strongsville Police Department"
doc("05_parma-council-resolution-vigilant-facesearch.txt", [
    (None, """\
CITY OF PARMA, OHIO
RESOLUTION NO. 117-24                   Introduced by: Council President
                                        at the request of the Mayor

A RESOLUTION AUTHORIZING THE DIRECTOR OF PUBLIC SAFETY TO PURCHASE A
THREE-YEAR SUBSCRIPTION TO VIGILANT FACESEARCH FROM MOTOROLA SOLUTIONS,
INC. FOR THE DIVISION OF POLICE, AND DECLARING AN EMERGENCY

WHEREAS, the Parma Police Department's Detective Bureau has no facial
recognition tool of its own and relies on requests to other agencies;
and

WHEREAS, Vigilant FaceSearch, offered by Motorola Solutions, Inc.,
compares a probe image against the Department's own booking photos
(about 61,000 images) and a shared gallery the vendor describes as
more than 18 million booking photographs; and

WHEREAS, the neighboring Strongsville Police Department has used the
same service since 2022 at an annual cost of about $9,000; and

WHEREAS, the purchase is funded from the Law Enforcement Trust Fund
(Fund 214), as permitted by Ohio Revised Code 2981.13;

NOW, THEREFORE, BE IT RESOLVED BY THE COUNCIL OF THE CITY OF PARMA:

Section 1. The Director of Public Safety is authorized to purchase a
three-year subscription to Vigilant FaceSearch for 15 users, with
onboarding, from Motorola Solutions, Inc., in an amount not to exceed
$38,500, as set out in the attached Fiscal Summary.

Section 2. Results of a FaceSearch query shall be treated as
investigative leads only.

Section 3. The Division of Police shall not use FaceSearch on live
video or to identify persons engaged in lawful protest, and shall
adopt a written facial recognition policy before the first search.

Section 4. This resolution is an emergency measure and takes effect
upon passage by five affirmative votes and approval by the Mayor.

PASSED: October 21, 2024          /s/ Renata Kowalczyk, Clerk of Council
APPROVED: October 22, 2024        /s/ Mayor Anthony J. Slaby""", "Res. 117-24   p. 1"),
    (None, """\
ATTACHMENT A - FISCAL SUMMARY                      Resolution No. 117-24
Prepared by: Department of Finance, October 15, 2024

Item                               Year 1    Year 2    Year 3     Total
---------------------------------  --------  --------  --------  --------
FaceSearch subscription, 15 users  $12,000   $12,000   $12,000   $36,000
  @ $800/user/yr
Onboarding and mugshot import       $2,500         -         -    $2,500
---------------------------------  --------  --------  --------  --------
Subtotal, facial recognition       $14,500   $12,000   $12,000   $38,500

Not part of this resolution (for information only):
Vigilant L5F ALPR cameras, 4       $18,600         -         -   $18,600
  @ $4,650 (Resolution 118-24)

Funding: Fund 214 Law Enforcement Trust, Account 214-2110-53310.
Fund balance at September 30, 2024: $146,212.
No General Fund appropriation is required. Prices are from Sourcewell
Contract #010720-MSI; no sales tax applies to the City.

Contact: Finance Director, (440) 555-0104.""", "Res. 117-24   Attachment A"),
], "pdf", PPD,
    [PPD, PCC, SPD],
    [MSI, VIG],
    ["Vigilant FaceSearch"],
    [C(None, 38500, None, "in an amount not to exceed $38,500", PPD, MSI, "Vigilant FaceSearch"),
     C(9000, 9000, "year", "at an annual cost of about $9,000", SPD, MSI, "Vigilant FaceSearch"),
     C(12000, 12000, "year", "FaceSearch subscription, 15 users  $12,000", PPD, MSI, "Vigilant FaceSearch"),
     C(36000, 36000, None, "$12,000   $12,000   $12,000   $36,000", PPD, MSI, "Vigilant FaceSearch"),
     C(800, 800, "year", "@ $800/user/yr", PPD, MSI, "Vigilant FaceSearch", unit="per user"),
     C(2500, 2500, "one-time", "Onboarding and mugshot import       $2,500", PPD, MSI, "Vigilant FaceSearch"),
     C(14500, 14500, None, "Subtotal, facial recognition       $14,500", PPD, MSI, "Vigilant FaceSearch")],
    [N(61000, "approximately", "images", None, "about 61,000 images", PPD, MSI),
     N(18000000, "more than", "images", None, "more than 18 million booking photographs", None, MSI),
     N(15, "exact", "licenses", None, "Vigilant FaceSearch for 15 users", PPD, MSI)],
    [P("Results of a FaceSearch query shall be treated as investigative leads only.", PPD, "disclaimer"),
     P("The Division of Police shall not use FaceSearch on live video or to identify persons engaged in lawful "
       "protest", PPD, "prohibition"),
     P("shall adopt a written facial recognition policy before the first search.", PPD, "requirement")],
    [],
    ["2022", "2024-10-21", "2024-10-22", "2024-10-15", "2024-09-30"],
    scan="pdf")


# ---------------------------------------------------------------- 6 North Carolina: Hickory PD (Slack)
HKPD = "Hickory Police Department"
CCSO = "Catawba County Sheriff's Office"
doc("06_hickory-pd-slack-export-face-plus-invoice.txt", [
    (None, """\
Slack export | Hickory Police Department workspace | #cid-facial-rec
Exported Nov 4, 2024 for public records request HPD-PRR-24-219
Times shown in America/New_York

----------------------- Monday, October 7th, 2024 -----------------------

Sgt. Tasha Pruitt  9:14 AM
DataWorks invoice came in for the FACE Plus renewal, pasting summary:
```
DataWorks Plus, LLC    Invoice INV-24-11873    Date 10/03/2024
Bill to: Hickory Police Department    PO 24-003318
Line  Description                                          Amount
1     FACE Plus Hosted annual subscription               $7,800.00
      (4 seats @ $1,950.00)
2     Mugshot migration services (one-time)              $1,250.00
3     Shipping - hardware security tokens (4)               $18.00
      NC sales tax 7.00% - exempt                            $0.00
      TOTAL DUE                                          $9,068.00
Terms: Net 30. Questions: (864) 555-0140
```
:white_check_mark: 2   :eyes: 1
3 replies   Last reply 27 minutes ago (thread below)

    Det. Luis Ferrante  9:20 AM
    is the migration the thing catawba did for us last year? our
    booking photos are roughly 35,000 now

    Sgt. Tasha Pruitt  9:26 AM
    no, that's ours. catawba ran 140 searches for us last year before
    we had accounts. they pay something like $15,000 a year for their
    own setup

    Lt. Gary Whisnant  9:41 AM
    approved, sending to finance. 4 seats is all we need, only 3
    people searched more than once last quarter
    :+1: 1""", "HPD-PRR-24-219  Page 1 of 2"),
    (None, """\
----------------------- Tuesday, October 8th, 2024 ----------------------

Lt. Gary Whisnant  8:02 AM
reminder per SOP 300.12: every FACE Plus search needs the case number
in the notes field, and nobody releases a candidate photo to patrol
as an ID. it's a lead, not probable cause
:+1: 4   :100: 1

Det. Luis Ferrante  8:15 AM
clearview rep emailed again offering a 30 day free trial. we are NOT
doing trials, right?
1 reply

    Lt. Gary Whisnant  8:17 AM
    correct. SOP says department-approved systems only""", "HPD-PRR-24-219  Page 2 of 2"),
], "pdf", HKPD,
    [HKPD, CCSO],
    [DWP, CV],
    ["FACE Plus"],
    [C(7800, 7800, "year", "FACE Plus Hosted annual subscription               $7,800.00", HKPD, DWP, "FACE Plus"),
     C(1950, 1950, "year", "4 seats @ $1,950.00", HKPD, DWP, "FACE Plus", unit="per user"),
     C(1250, 1250, "one-time", "Mugshot migration services (one-time)              $1,250.00", HKPD, DWP,
       "FACE Plus"),
     C(15000, 15000, "year", "they pay something like $15,000 a year", CCSO, None)],
    [N(4, "exact", "licenses", None, "4 seats @ $1,950.00", HKPD, DWP),
     N(35000, "approximately", "images", None, "booking photos are roughly 35,000", HKPD, DWP),
     N(140, "exact", "requests", "year", "catawba ran 140 searches for us last year", CCSO),
     N(3, "exact", "users", "quarter", "only 3 people searched more than once last quarter", HKPD, DWP)],
    [P("every FACE Plus search needs the case number in the notes field", HKPD, "requirement"),
     P("nobody releases a candidate photo to patrol as an ID", HKPD, "prohibition"),
     P("it's a lead, not probable cause", HKPD, "disclaimer"),
     P("SOP says department-approved systems only", HKPD, "requirement")],
    [],
    ["2024-11-04", "2024-10-07", "2024-10-08", "2024-10-03"],
    scan=None)


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
