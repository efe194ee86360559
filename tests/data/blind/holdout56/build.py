"""Writes docs/*.txt and labels.json for holdout56 (six invented releases: TN, KS, WA, MA, ND, MS).
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
    indentation or '> ' quote marks) or pads a table row, the label takes the exact substring the
    text holds."""
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
        assert len(lines) <= MAX_LINES, (file, len(lines))
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


# ---------------------------------------------------------------- 1 Tennessee: Johnson City PD
JCPD = "Johnson City Police Department"
SCSO = "Sullivan County Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SUBJ1 = "Renewal quote Q-2024-55871 - FaceSearch / LEARN"
BATES1 = "JCPD PRR 2024-0331                                        JCPD-000{}"
doc("01_johnson-city-pd-facesearch-renewal-fw-chain.txt", [
    ("Haskins, Bradley", """\
From:       Haskins, Bradley
Sent:       Friday, August 9, 2024 8:05 AM
To:         Lowery, Janet (Purchasing)
Cc:         Tolliver, Grace; Pruitt, Dana
Subject:    FW: Renewal quote Q-2024-55871 - FaceSearch / LEARN

Janet,

Approved. Please cut the PO for FaceSearch at 5 users, $7,200 for
the year (Oct 1 - Sep 30). LEARN goes on its own PO out of the
Traffic Unit budget (acct 110-4215-52240), so keep the two apart.
Per GO 412.3 only CID detectives and analysts may hold FaceSearch
accounts, so the SRO account goes away either way.

Grace - thanks for pulling this together. I'd like to propose
requiring a case number in the search notes for the next revision
of GO 412, but it isn't in the order today.

Capt. Bradley Haskins
Commander, Criminal Investigations Division
Johnson City Police Department | 601 E. Main Street | 423-555-0120

________________________________
From:       Tolliver, Grace
Sent:       Thursday, August 8, 2024 2:37 PM
To:         Haskins, Bradley
Cc:         Pruitt, Dana
Subject:    FW: Renewal quote Q-2024-55871 - FaceSearch / LEARN

Captain,

Summary of the Motorola renewal below, as you asked:

1. Price. FaceSearch for Oct 1, 2024 - Sep 30, 2025 is quoted at
   $8,640 for 6 users, which works out to $1,440 per user. We paid
   $7,800 for the current year, so that is a 10.8% increase.
2. Usage. The admin dashboard shows 412 searches from Oct 1, 2023
   through Jul 31, 2024, run by 5 active users. The sixth account
   (SRO unit) has not logged in since January.""", BATES1.format(118)),
    ("Haskins, Bradley", """\
3. Gallery. FaceSearch runs our probes against the shared Vigilant
   image gallery, which Motorola describes as "over 20 million"
   booking photos from subscribing agencies, and against our own
   58,300 JCPD booking photos uploaded since 2016.
4. Not FaceSearch. The Vigilant LEARN plate-reader line on the same
   quote ($14,250) belongs to Traffic and is not part of this
   renewal decision.
5. Neighbors. Sullivan County SO says they pay about $5,000 a year
   for 4 users under the county's own contract.

If we drop the SRO account we would be at 5 users, which comes to
$7,200. My recommendation is to renew at 5.

One gap: there is no policy that prohibits using the FaceSearch
mobile app on a personal phone. GO 412.6 only says that a FaceSearch
result is an investigative lead and may not be the sole basis for
an arrest or a search warrant.

Grace Tolliver
Crime Analyst | Criminal Investigations Division
Johnson City Police Department | 423-555-0142

________________________________
From:       Kessler, Aaron <aaron.kessler@motorolasolutions.com>
Sent:       Tuesday, August 6, 2024 10:14 AM
To:         Tolliver, Grace <gtolliver@johnsoncitytn.org>
Subject:    Renewal quote Q-2024-55871 - FaceSearch / LEARN

Hi Grace,

Your renewal quote for the coming term is below and attached.
Pricing is held if we receive a PO by September 15, 2024.""", BATES1.format(119)),
    ("Haskins, Bradley", """\
  Quote:      Q-2024-55871
  Customer:   Johnson City Police Department (TN)
  Account:    VS-TN-00412
  Term:       October 1, 2024 - September 30, 2025

  Item                                 Qty    Unit Price     Extended
  -----------------------------------  ---  ------------  -----------
  Vigilant FaceSearch - annual user      6     $1,440.00    $8,640.00
    license (investigative)
  Vigilant LEARN LPR data access -       1    $14,250.00   $14,250.00
    agency license, annual
  FaceSearch mobile companion app        6         $0.00        $0.00
                                            Subtotal       $22,890.00
                      Tennessee sales tax (9.75%)              exempt
                                            Total          $22,890.00

  The FaceSearch gallery now holds over 20 million booking images
  contributed by participating agencies, and each licensed user gets
  unlimited searches.

Thanks,

Aaron Kessler
Account Manager, Public Safety Software
Motorola Solutions | Vigilant
Tel. 615-555-0199""", BATES1.format(120)),
], "print", JCPD,
    [JCPD, SCSO],
    [MSI, "Vigilant Solutions"],
    [VFS, "Vigilant LEARN"],
    [C(7200, 7200, "year", "Please cut the PO for FaceSearch at 5 users, $7,200 for the year", JCPD, MSI, VFS),
     C(8640, 8640, "year", "quoted at $8,640 for 6 users", JCPD, MSI, VFS),
     C(1440, 1440, "year", "which works out to $1,440 per user", JCPD, MSI, VFS, unit="per user"),
     C(7800, 7800, "year", "We paid $7,800 for the current year", JCPD, MSI, VFS),
     C(5000, 5000, "year", "they pay about $5,000 a year for 4 users", SCSO, MSI, VFS)],
    [N(5, "exact", "licenses", None, "FaceSearch at 5 users", JCPD, MSI),
     N(6, "exact", "licenses", None, "$8,640 for 6 users", JCPD, MSI),
     N(412, "exact", "searches", None, "412 searches from Oct 1, 2023 through Jul 31, 2024", JCPD, MSI),
     N(5, "exact", "users", None, "run by 5 active users", JCPD, MSI),
     N(20000000, "more than", "images", None, 'which Motorola describes as "over 20 million" booking photos', None,
       MSI),
     N(58300, "exact", "images", None, "58,300 JCPD booking photos", JCPD, MSI),
     N(4, "exact", "licenses", None, "for 4 users under the county's own contract", SCSO, MSI)],
    [P("only CID detectives and analysts may hold FaceSearch accounts", JCPD, "permission"),
     P("a FaceSearch result is an investigative lead and may not be the sole basis for an arrest or a search "
       "warrant.", JCPD, "disclaimer")],
    [E("Haskins, Bradley", "Lowery, Janet (Purchasing)", "Friday, August 9, 2024 8:05 AM", "FW: " + SUBJ1),
     E("Tolliver, Grace", "Haskins, Bradley", "Thursday, August 8, 2024 2:37 PM", "FW: " + SUBJ1),
     E("Kessler, Aaron", "Tolliver, Grace", "Tuesday, August 6, 2024 10:14 AM", SUBJ1)],
    ["2024-08-09", "2024-08-08", "2024-10-01", "2025-09-30", "2023-10-01", "2024-07-31", "2016", "2024-08-06",
     "2024-09-15"],
    scan="print")


# ---------------------------------------------------------------- 2 Kansas: Riley County PD
RCPD = "Riley County Police Department"
CV = "Clearview AI"
doc("02_riley-county-pd-jag-budget-narrative-clearview.txt", [
    (None, """\
RILEY COUNTY POLICE DEPARTMENT
Application to the Kansas Governor's Grants Program (KGGP)
Edward Byrne Memorial Justice Assistance Grant - SFY 2025 Solicitation
Application ID: KGGP-JAG25-0147

Project title:   Investigative Facial Recognition Pilot
Project period:  October 1, 2024 - September 30, 2025
Contact:         Lt. Harlan Voss, Investigations Division
                 1001 S. Seth Child Road, Manhattan, KS 66502
                 (785) 555-0163

SECTION 6 - BUDGET NARRATIVE AND COMPUTATIONS

A. Personnel - none requested. Detective and analyst time on the
   project is paid from the RCPD general budget and is not shown
   as match.

B. Travel - none requested.

C. Equipment                                             $6,980.00
   IDEMIA TouchPrint 5300 live scan fingerprint station
   1 unit x $6,980.00 = $6,980.00
   Replaces the 2013 live scan unit in the jail booking area. The
   station captures fingerprints and palm prints for the state
   repository; it has no facial recognition function.

D. Supplies - none requested.

E. Contractual                                           $9,560.00
   1. Clearview AI investigative subscription, 12 months
      4 users x $1,990 x 1 yr = $7,960.00
      Four licenses for detectives in the Investigations Division.
      Clearview AI, Inc. is the only source of access to its image
      database (sole-source justification, Attachment D).
   2. Clearview AI onboarding and administrator setup, one-time
      1 x $1,600 = $1,600.00""", "RCPD KGGP-JAG25-0147 | Page 6"),
    (None, """\
F. Training                                              $2,740.00
   Facial comparison course (FISWG-based, 24 hours), Kansas Law
   Enforcement Training Center, Hutchinson
   2 detectives x $1,370 (tuition, lodging, per diem) = $2,740.00
   Every detective issued a Clearview account must first complete
   this course and the vendor's online training (no charge).

G. Other - none requested.

BUDGET SUMMARY
Category            Federal request     Local funds         Total
-----------------   ---------------     -----------   -----------
Equipment                 $6,980.00           $0.00     $6,980.00
Contractual               $9,560.00           $0.00     $9,560.00
Training                  $2,740.00           $0.00     $2,740.00
-----------------   ---------------     -----------   -----------
Total                    $19,280.00           $0.00    $19,280.00

No match is required under the SFY 2025 solicitation. RCPD charges
no indirect costs (0% rate) to this award.

SECTION 7 - JUSTIFICATION AND SUSTAINABILITY
During a 30-day Clearview AI trial in March 2024, detectives ran 187
searches. Clearview reports that its database holds more than 40
billion publicly available images. RCPD has 104 sworn officers, but
only the four licensed detectives will be able to run searches.

For comparison, the Pottawatomie County Sheriff's Office reports
paying $2,400 a year for a single Clearview license.

After the grant period, RCPD intends to carry the four licenses in
its operating budget at about $8,000 per year (account
100-2510-5310), subject to approval by the Riley County Law
Enforcement Agency.""", "RCPD KGGP-JAG25-0147 | Page 7"),
    (None, """\
SECTION 8 - POLICY AND PRIVACY
RCPD General Order 41.12, Facial Recognition (effective July 1,
2024), will govern the pilot:
  - A search may be run only to develop a lead in an open criminal
    case or to identify a deceased person.
  - A Clearview result is an investigative lead and is not probable
    cause for an arrest.
  - Each search must be logged with the case number and the
    requesting detective's name.
  - Detectives shall not search images of persons engaged in lawful
    assembly or other First Amendment activity.
Misuse of the account will result in loss of access and may lead to
discipline under General Order 26.3.

RCPD also proposes to publish an annual usage report on its website.
That proposal is not yet part of General Order 41.12.

CERTIFICATION
The budget figures above are accurate, and the items requested are
not paid for by any other federal, state or local source.

Authorized official: ______________________
                     Director Wendell A. Marsh
                     Riley County Police Department
Date:                05/20/2024""", "RCPD KGGP-JAG25-0147 | Page 8"),
], "pdf", RCPD,
    [RCPD, "Kansas Governor's Grants Program", "Kansas Law Enforcement Training Center",
     "Pottawatomie County Sheriff's Office", "Riley County Law Enforcement Agency"],
    [CV, "IDEMIA"],
    ["TouchPrint 5300"],
    [C(7960, 7960, "year", "4 users x $1,990 x 1 yr = $7,960.00", RCPD, CV),
     C(1990, 1990, "year", "4 users x $1,990 x 1 yr", RCPD, CV, unit="per user"),
     C(1600, 1600, "one-time", "Clearview AI onboarding and administrator setup, one-time 1 x $1,600 = $1,600.00",
       RCPD, CV),
     C(9560, 9560, None, "E. Contractual                                           $9,560.00", RCPD, CV),
     C(2740, 2740, None, "2 detectives x $1,370 (tuition, lodging, per diem) = $2,740.00", RCPD, None),
     C(1370, 1370, None, "2 detectives x $1,370", RCPD, None, unit="per person"),
     C(2400, 2400, "year", "paying $2,400 a year for a single Clearview license",
       "Pottawatomie County Sheriff's Office", CV),
     C(8000, 8000, "year", "at about $8,000 per year", RCPD, CV)],
    [N(4, "exact", "licenses", None, "4 users x $1,990 x 1 yr", RCPD, CV),
     N(187, "exact", "searches", None, "detectives ran 187 searches", RCPD, CV),
     N(40000000000, "more than", "images", None, "more than 40 billion publicly available images", None, CV)],
    [P("Every detective issued a Clearview account must first complete this course and the vendor's online "
       "training (no charge).", RCPD, "requirement"),
     P("A search may be run only to develop a lead in an open criminal case or to identify a deceased person.",
       RCPD, "purpose"),
     P("A Clearview result is an investigative lead and is not probable cause for an arrest.", RCPD, "disclaimer"),
     P("Each search must be logged with the case number and the requesting detective's name.", RCPD,
       "requirement"),
     P("Detectives shall not search images of persons engaged in lawful assembly or other First Amendment "
       "activity.", RCPD, "prohibition"),
     P("Misuse of the account will result in loss of access and may lead to discipline under General Order 26.3.",
       RCPD, "consequence")],
    [],
    ["2024-10-01", "2025-09-30", "2013", "2024-03", "2024-07-01", "2024-05-20"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Washington: Kitsap County SO
KCSO = "Kitsap County Sheriff's Office"
COG = "Cognitec Systems"
FV = "FaceVACS-DBScan LE"
doc("03_kitsap-county-so-frs-accountability-report-update.txt", [
    (None, """\
KITSAP COUNTY SHERIFF'S OFFICE
614 Division Street, MS-37, Port Orchard, Washington 98366

FACIAL RECOGNITION SERVICE ACCOUNTABILITY REPORT
Prepared under RCW 43.386.020 - Biennial update, March 2024

Service:          FaceVACS-DBScan LE, version 5.9
Vendor:           Cognitec Systems Corporation
Report owner:     Chief Deputy Miriam Osterholt, (360) 555-0117
Comment period:   March 11, 2024 - April 12, 2024
Public meeting:   April 2, 2024, 6:00 p.m., Commissioners' Chambers

1. Name and purpose of the service
The Office uses FaceVACS-DBScan LE, licensed from Cognitec Systems
Corporation, to compare a probe image from a criminal investigation
with booking photographs taken at the Kitsap County Jail. The
software runs on County servers, and no images are sent to the
vendor. The Office does not use Clearview AI or any other service
that collects images from the public internet.

2. Data inputs
As of December 31, 2023 the gallery held 134,870 booking photographs
of approximately 61,200 individuals. Driver license photographs held
by the Washington State Department of Licensing are not part of the
gallery and cannot be searched.

3. Cost
The Office bought a perpetual license in 2019 for a one-time price
of $38,400. Annual maintenance is 18% of the license price, or
$6,912 per year, paid from the Sheriff's operating budget. The 2024
maintenance invoice was $7,050.24 after a 2% increase. A digital
evidence kiosk for the Property Room ($2,875, bought in 2023) uses
the same server but is not part of the service.""", "KCSO FRS Accountability Report 2024 - 1"),
    (None, """\
4. Use of the service
Eight members of the Special Investigations Unit hold FaceVACS user
accounts. Table 1 shows searches for the last three calendar years.

Table 1. Searches and results by calendar year

Year      Searches   Possible matches   Leads referred to
            run       confirmed by a      case detective
                     second examiner
-----     --------   ----------------   -----------------
2021           143                 61                  27
2022           188                 79                  35
2023           205                 92                  41
-----     --------   ----------------   -----------------
Total          536                232                 103

Of the 205 searches in 2023, 40 were run at the request of other
agencies, mostly the Bremerton Police Department and the Poulsbo
Police Department. Those agencies are not charged for searches.
About 45% of searches in 2023 produced a possible match.

For comparison, the Pierce County Sheriff's Department reported
about 1,100 searches in 2023 in its own accountability report.

5. Testing
Cognitec submitted the algorithm used in version 5.9 to the NIST
Face Recognition Technology Evaluation (FRTE) 1:N track in 2022.
The vendor reports a false match rate below 0.1% at the threshold
the Office uses. The Office has not run its own accuracy test.

6. Training
Training content is described in Policy 340.3 (Section 7). Four
hours of the course cover the accuracy limits of the software and
the risk of misidentification across demographic groups.""",
     "KCSO FRS Accountability Report 2024 - 2"),
    (None, """\
7. Use and data management policy
Kitsap County Sheriff's Office Policy 340, Facial Recognition
(revised January 2023), provides:

340.2  A search may be run only for an active criminal investigation
       with a case number, to identify a deceased person, or to help
       identify a person who cannot identify himself or herself.
340.3  Every user must complete the Office's facial recognition
       training before an account is issued and every two years
       after that.
340.4  A possible match is an investigative lead only and is not,
       by itself, probable cause to arrest.
340.5  Before a lead is released, a second trained examiner shall
       independently review the probe image and the candidate.
340.6  The Office shall not use the service for ongoing
       surveillance, real-time identification or persistent
       tracking unless a warrant has been obtained.
340.7  The Office shall not use the service to record or identify
       a person's exercise of rights protected by the First
       Amendment.
340.8  Search logs are kept for three years and are subject to
       audit by the Undersheriff.
340.9  A member who misuses the service is subject to discipline
       up to and including termination.

No policy currently prohibits the use of probe images taken from
social media, although the Office has not used such images. The
Office proposes to add quarterly audits by the Professional
Standards Unit beginning in 2025; that change has not been adopted.

8. Public engagement
Written comments may be sent to frs-comments@kitsap.example or to
the address above until April 12, 2024.""", "KCSO FRS Accountability Report 2024 - 3"),
], "pdf", KCSO,
    [KCSO, "Washington State Department of Licensing", "Bremerton Police Department",
     "Poulsbo Police Department", "Pierce County Sheriff's Department",
     "National Institute of Standards and Technology"],
    [COG, CV],
    [FV],
    [C(38400, 38400, "one-time", "a one-time price of $38,400", KCSO, COG, FV),
     C(6912, 6912, "year", "$6,912 per year", KCSO, COG, FV),
     C(7050.24, 7050.24, "year", "The 2024 maintenance invoice was $7,050.24", KCSO, COG, FV)],
    [N(134870, "exact", "images", None, "the gallery held 134,870 booking photographs", KCSO, COG),
     N(61200, "approximately", "images", None, "approximately 61,200 individuals", KCSO, COG),
     N(8, "exact", "users", None, "Eight members of the Special Investigations Unit hold FaceVACS user accounts",
       KCSO, COG),
     N(143, "exact", "searches", "year", "2021           143", KCSO, COG),
     N(188, "exact", "searches", "year", "2022           188", KCSO, COG),
     N(205, "exact", "searches", "year", "2023           205", KCSO, COG),
     N(536, "exact", "searches", None, "Total          536", KCSO, COG),
     N(232, "exact", "matches", None, "Total          536                232", KCSO, COG),
     N(103, "exact", "leads", None, "Total          536                232                 103", KCSO, COG),
     N(40, "exact", "requests", "year", "40 were run at the request of other agencies", KCSO, COG),
     N(1100, "approximately", "searches", "year", "about 1,100 searches in 2023",
       "Pierce County Sheriff's Department", None)],
    [P("A search may be run only for an active criminal investigation with a case number, to identify a deceased "
       "person, or to help identify a person who cannot identify himself or herself.", KCSO, "purpose"),
     P("Every user must complete the Office's facial recognition training before an account is issued and every "
       "two years after that.", KCSO, "requirement"),
     P("A possible match is an investigative lead only and is not, by itself, probable cause to arrest.", KCSO,
       "disclaimer"),
     P("Before a lead is released, a second trained examiner shall independently review the probe image and the "
       "candidate.", KCSO, "requirement"),
     P("The Office shall not use the service for ongoing surveillance, real-time identification or persistent "
       "tracking unless a warrant has been obtained.", KCSO, "prohibition"),
     P("The Office shall not use the service to record or identify a person's exercise of rights protected by "
       "the First Amendment.", KCSO, "prohibition"),
     P("Search logs are kept for three years and are subject to audit by the Undersheriff.", KCSO, "requirement"),
     P("A member who misuses the service is subject to discipline up to and including termination.", KCSO,
       "consequence")],
    [],
    ["2024-03", "2024-03-11", "2024-04-12", "2024-04-02", "2023-12-31", "2019", "2024", "2023", "2021", "2022",
     "2023-01", "2025"])


# ---------------------------------------------------------------- 4 Massachusetts: Weymouth PD / Quincy PD
WPD = "Weymouth Police Department"
QPD = "Quincy Police Department"
IDM = "IDEMIA"
MFI = "Morpho Face Investigate"
FOOT4 = "Weymouth Police Department - PRR 2024-219 - Page {} of 3"
doc("04_weymouth-quincy-pd-intermunicipal-agreement-face-search.txt", [
    (None, """\
                     TERMINATED 12/31/2020 - St. 2020, c. 253 - JFR
                        (stamp, Weymouth Police Records Unit)

INTER-MUNICIPAL AGREEMENT No. IMA-2019-07
FACIAL IMAGE COMPARISON SERVICES

This Agreement is made under M.G.L. c. 40, section 4A, between the
CITY OF QUINCY, acting by and through its Police Department (the
"Provider"), and the TOWN OF WEYMOUTH, acting by and through its
Police Department (the "Participant").

RECITALS
A. The Quincy Police Department licenses Morpho Face Investigate
   ("MFI"), a facial recognition application supplied by IDEMIA
   Identity & Security USA LLC, and uses it to search a booking
   photograph gallery of approximately 88,500 images.
B. The Weymouth Police Department does not own or license any
   facial recognition software and wishes to obtain searches from
   the Provider for its criminal investigations.
C. During a pilot from January to June 2019, the Participant sent
   64 search requests to the Provider, 19 of which returned at
   least one candidate.

ARTICLE 1 - TERM
The term is July 1, 2019 through June 30, 2021, unless this
Agreement is terminated earlier under Article 6.

ARTICLE 2 - SERVICES
2.1 The Provider's Criminal Intelligence Unit, whose three trained
    examiners operate MFI, will run searches of probe images
    submitted by the Participant and return any candidates.
2.2 The Participant may submit up to 150 search requests in each
    contract year.
2.3 Each request must be made on the Provider's request form,
    include a Participant case number, and be signed by a
    Participant supervisor.""", FOOT4.format(1)),
    (None, """\
2.4 The Participant shall treat any candidate returned by the
    Provider as an investigative lead only; a candidate is not a
    positive identification and is not probable cause for an arrest
    or an application for a criminal complaint.
2.5 Neither party shall use the service to identify a person because
    of his or her participation in a lawful demonstration or other
    activity protected by the First Amendment or Article 19 of the
    Massachusetts Declaration of Rights.
2.6 The Provider shall not run searches on images from live video
    feeds. This Agreement does not cover the Provider's BriefCam
    video analytics system.

ARTICLE 3 - COST SHARE
3.1 The Provider pays IDEMIA $24,600 per year for MFI maintenance,
    hosting and support.
3.2 The Participant shall pay the Provider an annual cost share of
    $6,150, which is 25% of the maintenance fee, within 30 days of
    the Provider's invoice each July.
3.3 For each request above 100 in a contract year, the Participant
    shall also pay $40 per request.
3.4 Total payments by the Participant under this Agreement shall not
    exceed $16,300 over the term.
3.5 Analyst time of the Provider is given in kind and is not
    charged. Payments shall be made to the City of Quincy and shall
    reference account 0121-5300-52710.

ARTICLE 4 - RECORDS
4.1 The Provider shall log each search with the Participant's case
    number, the examiner's name and the result, and shall keep the
    log for five years.
4.2 Records made under this Agreement are public records subject to
    M.G.L. c. 66, section 10, and the exemptions of M.G.L. c. 4,
    section 7(26).

ARTICLE 5 - INDEMNIFICATION
Each party is responsible for the acts of its own employees to the
extent allowed by M.G.L. c. 258.""", FOOT4.format(2)),
    (None, """\
ARTICLE 6 - TERMINATION
Either party may terminate this Agreement on 60 days' written
notice, or at once if a change in law bars the services.

EXHIBIT B - COST SHARE COMPUTATION (FY2020)

Item                                                     Amount
-----------------------------------------------   -------------
MFI annual maintenance, hosting, support             $24,600.00
  (IDEMIA invoice basis)
Participant share (25%)                               $6,150.00
Requests above 100 per contract year         $40.00 per request
Provider analyst time (in kind)                           $0.00
Massachusetts sales tax (6.25%)                  not applicable

The Town of Braintree has asked to join on the same terms in FY2021.
No amendment for Braintree has been drafted.

IN WITNESS WHEREOF the parties have signed this Agreement.

CITY OF QUINCY                        TOWN OF WEYMOUTH

By: _________________________         By: _________________________
    Mayor Thomas E. Garrity               Mayor Joan M. Pellegrino
    Date: 06/18/2019                      Date: 06/24/2019

By: _________________________         By: _________________________
    Chief Dennis R. Coakley               Chief Paul A. Lindgren
    Quincy Police Department              Weymouth Police Department

Approved as to form:                  Approved as to form:
    City Solicitor                        Town Solicitor""", FOOT4.format(3)),
], "pdf", WPD,
    [WPD, "Town of Weymouth", QPD, "City of Quincy", "Town of Braintree"],
    [IDM, "BriefCam"],
    [MFI],
    [C(24600, 24600, "year", "The Provider pays IDEMIA $24,600 per year for MFI maintenance", QPD, IDM, MFI),
     C(6150, 6150, "year", "an annual cost share of $6,150", WPD, None, MFI),
     C(40, 40, None, "$40 per request", WPD, None, MFI, unit="per request"),
     C(None, 16300, None, "shall not exceed $16,300 over the term", WPD, None, MFI)],
    [N(88500, "approximately", "images", None, "a booking photograph gallery of approximately 88,500 images", QPD,
       IDM),
     N(64, "exact", "requests", None, "the Participant sent 64 search requests to the Provider", WPD, IDM),
     N(19, "exact", "matches", None, "19 of which returned at least one candidate", WPD, IDM),
     N(3, "exact", "users", None, "whose three trained examiners operate MFI", QPD, IDM),
     N(150, "up to", "requests", "year", "up to 150 search requests in each contract year", WPD, IDM)],
    [P("The Participant may submit up to 150 search requests in each contract year.", WPD, "permission"),
     P("Each request must be made on the Provider's request form, include a Participant case number, and be signed "
       "by a Participant supervisor.", WPD, "requirement"),
     P("The Participant shall treat any candidate returned by the Provider as an investigative lead only; a "
       "candidate is not a positive identification and is not probable cause for an arrest or an application for "
       "a criminal complaint.", WPD, "disclaimer"),
     P("Neither party shall use the service to identify a person because of his or her participation in a lawful "
       "demonstration or other activity protected by the First Amendment or Article 19 of the Massachusetts "
       "Declaration of Rights.", WPD, "prohibition"),
     P("The Provider shall not run searches on images from live video feeds.", QPD, "prohibition"),
     P("The Provider shall log each search with the Participant's case number, the examiner's name and the "
       "result, and shall keep the log for five years.", QPD, "requirement")],
    [],
    ["2020-12-31", "2019-01", "2019-06", "2019-07-01", "2021-06-30", "2019-06-18", "2019-06-24"],
    scan="pdf")


# ---------------------------------------------------------------- 5 North Dakota: Morton County SO
MCSO = "Morton County Sheriff's Office"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("05_morton-county-so-dataworks-invoice-claim-voucher.txt", [
    (None, """\
DATAWORKS PLUS, LLC
Remit to: P.O. Box 16827, Greenville, SC 29606  |  (864) 555-0171

INVOICE                                     Invoice No.:  DWP-24-10583
                                            Invoice Date: 11/18/2024
Bill To:                                    Customer No.: ND-MORT-01
Morton County Sheriff's Office              Customer PO:  MC-24-0917
Attn: Capt. Renae Feist                     Terms:        Net 30
210 2nd Avenue NW                           Due Date:     12/18/2024
Mandan, ND 58554

Ln  Description                          Qty   Unit Price      Amount
--  -----------------------------------  ---  -----------  ----------
1   FACE Plus annual software              1    11,480.00   11,480.00
    maintenance and support
    (12/01/2024 - 11/30/2025)
2   FACE Plus investigator license,        2     1,250.00    2,500.00
    concurrent, perpetual (one-time)
3   Booking capture station refresh:       1     3,865.00    3,865.00
    DSLR camera, lens, pose lighting,
    backdrop (mugshot capture only)
4   Freight - line 3, ground                                   145.00
                                               Subtotal    17,990.00
    North Dakota sales and use tax 5% - exempt (govt.)          0.00
                                               TOTAL DUE   17,990.00

Gallery enrolled at 11/01/2024: 71,906 images. The maintenance tier
covers galleries of up to 100,000 images.

Tax exemption on file: political subdivision, N.D.C.C. 57-39.2-04.
Please reference the invoice number with payment.
Questions: ar@dataworksplus.example""", "MCSO AP 2024-12 | 0031"),
    (None, """\
MORTON COUNTY, NORTH DAKOTA
OFFICE OF THE COUNTY AUDITOR
CLAIM VOUCHER

Voucher No.:  24-4471                     Batch:       AP-1206
Vendor No.:   V-01839                     Check No.:   0118842
Payee:        DataWorks Plus, LLC         Check Date:  12/11/2024
Department:   Sheriff - Correctional Center / Investigations
Invoice:      DWP-24-10583 dated 11/18/2024

Fund-Dept-Object   Description                               Amount
----------------   ---------------------------------------  ---------
101-2160-4350      Software maint. - FACE Plus 12/24-11/25  11,480.00
101-2160-4350      FACE Plus licenses (2 investigators)      2,500.00
101-2160-4730      Small equipment - capture station         4,010.00
                     (incl. freight 145.00)
                                                   TOTAL    17,990.00

Justification (completed by department):
FACE Plus is the Sheriff's Office facial recognition system for
booking photographs. In calendar year 2023 investigators ran 349
searches, including 41 run for the Mandan Police Department. With
the two new licenses, 6 investigators will have access. Under MCSO
Policy 612, FACE Plus accounts are issued only to investigators who
have completed DataWorks Plus user training, and a match may be used
only as an investigative lead. The capture station is booking
equipment and is not part of the facial recognition system.

Department certification: I certify that the goods or services
listed were received and that this claim is correct.
Signed: Capt. Renae Feist                    Date: 12/02/2024

Auditor: audited and approved for payment.   KLB   12/06/2024
Approved by the Morton County Board of Commissioners on 12/10/2024.""",
     "MCSO AP 2024-12 | 0032"),
], "pdf", MCSO,
    [MCSO, "Mandan Police Department", "Morton County Auditor's Office", "Morton County Board of Commissioners"],
    [DWP],
    [FP],
    [C(11480, 11480, "year", "FACE Plus annual software              1    11,480.00   11,480.00", MCSO, DWP, FP),
     C(2500, 2500, "one-time", "FACE Plus investigator license,        2     1,250.00    2,500.00", MCSO, DWP, FP),
     C(1250, 1250, "one-time", "FACE Plus investigator license,        2     1,250.00", MCSO, DWP, FP,
       unit="per user")],
    [N(2, "exact", "licenses", None, "FACE Plus investigator license,        2", MCSO, DWP),
     N(71906, "exact", "images", None, "Gallery enrolled at 11/01/2024: 71,906 images", MCSO, DWP),
     N(349, "exact", "searches", "year", "In calendar year 2023 investigators ran 349 searches", MCSO, DWP),
     N(41, "exact", "requests", "year", "including 41 run for the Mandan Police Department", MCSO, DWP),
     N(6, "exact", "users", None, "6 investigators will have access", MCSO, DWP)],
    [P("FACE Plus accounts are issued only to investigators who have completed DataWorks Plus user training",
       MCSO, "requirement"),
     P("a match may be used only as an investigative lead", MCSO, "disclaimer")],
    [],
    ["2024-11-18", "2024-12-18", "2024-12-01", "2025-11-30", "2024-11-01", "2024-12-11", "2023", "2024-12-02",
     "2024-12-06", "2024-12-10"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Mississippi: Southaven PD
SPD = "Southaven Police Department"
FOOT6 = "SPD SOP 7.14 - Facial Recognition Technology - Page {} of 3"
doc("06_southaven-pd-sop-7-14-facial-recognition.txt", [
    (None, """\
SOUTHAVEN POLICE DEPARTMENT
STANDARD OPERATING PROCEDURE

SOP Number:      7.14                  Subject:  FACIAL RECOGNITION
Effective Date:  February 1, 2023                TECHNOLOGY
Revised:         September 16, 2024    Review:   Annually
Applies to:      All sworn personnel   Pages:    3
Rescinds:        Training Bulletin 22-05

REVISION HISTORY
Rev  Date        Section(s)       Summary of change              By
---  ----------  ---------------  -----------------------------  -----
0    02/01/2023  All              Original issue                 Chief
1    07/10/2023  7.14.5(C)        Added second-examiner review   Chief
2    09/16/2024  7.14.4, 7.14.7   Refresher training; audits     Chief

7.14.1 PURPOSE
This SOP sets out how members may use facial recognition technology
(FRT) to develop investigative leads. The Department's FRT service
is Clearview AI.

7.14.2 POLICY
FRT results are investigative leads only. A candidate returned by
FRT shall not be treated as a positive identification and shall
not, by itself, establish probable cause for an arrest or a search
warrant.

7.14.3 DEFINITIONS
A. Probe image - the photograph of an unknown person that is
   searched.
B. Candidate - an image returned by the FRT service as a possible
   match to the probe image.
C. FRT examiner - a member designated under 7.14.4 who holds an
   account.""", FOOT6.format(1)),
    (None, """\
7.14.4 EXAMINERS AND TRAINING
A. Only members designated in writing by the Criminal Investigations
   Division (CID) Commander may hold an FRT examiner account.
B. Before an account is issued, each examiner shall complete the
   vendor's online user training and an 8-hour facial comparison
   course approved by the Training Division.
C. Each examiner shall complete at least 4 hours of FRT refresher
   training every calendar year. An examiner who misses the
   refresher will have the account suspended until it is completed.
D. The Department's subscription provides six (6) examiner licenses.

7.14.5 PROCEDURE
A. A search may be conducted only in connection with an active
   criminal investigation that has a case number, to identify a
   deceased person, or to identify a person who is unable to
   identify himself or herself.
B. The examiner shall enter the case number, the offense, and the
   reason for the search in the search notes before running it.
C. A second examiner must review any candidate before it is
   released to the case officer as a lead.
D. Members shall not use FRT to identify a person engaged in lawful
   protest or other constitutionally protected activity, or on the
   basis of race, religion, or national origin alone.
E. Members shall not upload probe images to any facial recognition
   service other than the Department's account, including free
   trial and personal accounts.

7.14.6 REQUESTS FROM OTHER AGENCIES
Searches for another agency may be run only when that agency has a
signed memorandum of understanding with the Department and supplies
its own case number. The DeSoto County Sheriff's Department and the
Horn Lake Police Department currently have such agreements.""", FOOT6.format(2)),
    (None, """\
7.14.7 AUDIT AND RETENTION
A. The CID Lieutenant shall audit at least 10 percent of each
   examiner's searches every quarter and report the results to the
   CID Commander.
B. Search logs and audit reports shall be kept for three years.
C. Requests for FRT records are handled under the Mississippi Public
   Records Act of 1983, Miss. Code Ann. sec. 25-61-1 et seq.

7.14.8 ACCOUNT ADMINISTRATION AND COST
The CID Commander administers the account. The subscription is
renewed each year through the City's purchasing process. The FY2025
renewal is $11,700 for six licenses ($1,950 per license), charged
to account 001-0210-52910; there is no per-search charge. The
Department does not pay for access to any other FRT service. In
2023, examiners ran 611 searches, including 37 for other agencies.

7.14.9 VIOLATIONS
Misuse of FRT will result in suspension of FRT access and may
result in discipline up to and including termination under General
Order 3.01.

NOTE: A proposal to issue Clearview Mobile to patrol sergeants is
under review by the Chief and has not been adopted.

By order of:

_______________________________
Chief of Police Garrett L. Whitlock
Southaven Police Department""", FOOT6.format(3)),
], "pdf", SPD,
    [SPD, "DeSoto County Sheriff's Department", "Horn Lake Police Department"],
    [CV],
    ["Clearview Mobile"],
    [C(11700, 11700, "year", "renewal is $11,700 for six licenses", SPD, CV),
     C(1950, 1950, "year", "($1,950 per license)", SPD, CV, unit="per user")],
    [N(6, "exact", "licenses", None, "The Department's subscription provides six (6) examiner licenses.", SPD, CV),
     N(611, "exact", "searches", "year", "examiners ran 611 searches", SPD, CV),
     N(37, "exact", "requests", "year", "including 37 for other agencies", SPD, CV)],
    [P("This SOP sets out how members may use facial recognition technology (FRT) to develop investigative leads.",
       SPD, "purpose"),
     P("FRT results are investigative leads only.", SPD, "disclaimer"),
     P("A candidate returned by FRT shall not be treated as a positive identification and shall not, by itself, "
       "establish probable cause for an arrest or a search warrant.", SPD, "disclaimer"),
     P("Only members designated in writing by the Criminal Investigations Division (CID) Commander may hold an FRT "
       "examiner account.", SPD, "permission"),
     P("Before an account is issued, each examiner shall complete the vendor's online user training and an 8-hour "
       "facial comparison course approved by the Training Division.", SPD, "requirement"),
     P("Each examiner shall complete at least 4 hours of FRT refresher training every calendar year.", SPD,
       "requirement"),
     P("An examiner who misses the refresher will have the account suspended until it is completed.", SPD,
       "consequence"),
     P("A search may be conducted only in connection with an active criminal investigation that has a case number, "
       "to identify a deceased person, or to identify a person who is unable to identify himself or herself.", SPD,
       "purpose"),
     P("The examiner shall enter the case number, the offense, and the reason for the search in the search notes "
       "before running it.", SPD, "requirement"),
     P("A second examiner must review any candidate before it is released to the case officer as a lead.", SPD,
       "requirement"),
     P("Members shall not use FRT to identify a person engaged in lawful protest or other constitutionally "
       "protected activity, or on the basis of race, religion, or national origin alone.", SPD, "prohibition"),
     P("Members shall not upload probe images to any facial recognition service other than the Department's "
       "account, including free trial and personal accounts.", SPD, "prohibition"),
     P("Searches for another agency may be run only when that agency has a signed memorandum of understanding with "
       "the Department and supplies its own case number.", SPD, "permission"),
     P("The CID Lieutenant shall audit at least 10 percent of each examiner's searches every quarter and report "
       "the results to the CID Commander.", SPD, "requirement"),
     P("Search logs and audit reports shall be kept for three years.", SPD, "requirement"),
     P("Misuse of FRT will result in suspension of FRT access and may result in discipline up to and including "
       "termination under General Order 3.01.", SPD, "consequence")],
    [],
    ["2023-02-01", "2024-09-16", "2023-07-10", "2023"],
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
