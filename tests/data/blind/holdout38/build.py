"""Writes docs/*.txt and labels.json for holdout38 (six invented releases: HI, IA, MS, MO, NC, UT).
Labels are written from intent, before anything is rendered. All people, numbers and figures are invented."""
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
USAGE = {"images", "searches", "users", "licenses", "requests"}


def C(amin, amax, period, quote, agency, vendor, product=None, unit=None):
    d = {"amount_min": amin, "amount_max": amax, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor}
    if product:
        d["product"] = product
    if unit:
        d["unit"] = unit
    return d


def N(count, qualifier, measure, per, quote, agency, vendor=None):
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor}


def P(quote, agency):
    return {"quote": quote, "agency": agency}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page,
    # pages separated by a form feed
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        page = "\n".join(parts) + "\n"
        lines = page.split("\n")
        assert len(lines) < 45, (file, len(lines))
        for line in lines:
            assert len(line) < 76, (file, line)
            line.encode("latin-1")
        texts.append(page)
    text = "\f".join(texts)
    for kind in (costs, counts, policies):
        for f in kind:
            assert f["quote"] in text, (file, f["quote"])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Hawaii: Kauai PD
KPD = "Kauai Police Department"
PRPS = "Pacific Rim Public Safety Systems"
doc("01_kauai-pd-council-jag-face-recognition.txt", [
    ("COUNCIL MEETING OF MARCH 19, 2025                          C 2025-071", """\
KAUAI POLICE DEPARTMENT
3990 Kaana Street, Suite 200, Lihue, Hawaii 96766
Telephone (808) 555-0143     Fax (808) 555-0178

February 27, 2025

Honorable Leilani Kahananui, Chair
  and Members of the Kauai County Council
4396 Rice Street, Suite 209
Lihue, Hawaii 96766

RE:  REQUEST FOR APPROVAL TO RECEIVE AND EXPEND FY2024 EDWARD BYRNE
     MEMORIAL JUSTICE ASSISTANCE GRANT (JAG) FUNDS PASSED THROUGH THE
     DEPARTMENT OF THE ATTORNEY GENERAL, IN THE AMOUNT OF $61,481, AND
     TO INDEMNIFY THE STATE OF HAWAII

Dear Chair Kahananui and Members of the Council:

The Kauai Police Department (KPD) requests approval to receive and
expend $61,481 in JAG funds under State subaward 24-JG-07. No County
match is required. The grant period runs October 1, 2024 through
September 30, 2026. The award covers two projects:

   Project A   Investigative face recognition software      $38,901
   Project B   Body-worn camera docking bays (14)           $22,580
                                                           --------
               Total subaward                               $61,481

Project A buys a two-year subscription to the Paravision face
recognition platform from Pacific Rim Public Safety Systems, LLC, the
lowest of three quotes (memorandum attached). The budget is the quoted
price plus Hawaii general excise tax.

KPD does not operate face recognition today. When detectives need a
comparison they send the image to the Honolulu Police Department;
roughly 40 such requests went to Honolulu in calendar year 2024, with
an average turnaround of eleven days.
""", "KPD-RR-25-018  000031"),
    ("C 2025-071  (continued)", """\
The subscription provides ten named investigator accounts. The gallery
will be limited to KPD booking photographs, about 52,000 images taken
since 2009; the Department has no access to driver license photographs.

Use will be governed by KPD General Order 41.9, adopted January 6, 2025.
Under that order a face recognition result is an investigative lead
only and shall not by itself establish probable cause for an arrest.
Searches may be run only by investigators who have completed the
vendor's operator training, and only under an open KPD report number.
The order prohibits any search intended to identify people engaged in
lawful protest or other constitutionally protected activity.

The Chief has also asked the Police Commission to consider requiring an
annual public report on system use. The Commission has not acted on
that proposal.

FISCAL IMPACT: None to the General Fund during the grant period. The
Department estimates the subscription will cost about $19,450 per year
after the grant ends and will request that amount in a future operating
budget.

Respectfully,

/s/ Keoni M. Alapai
KEONI M. ALAPAI
Chief of Police

APPROVED FOR TRANSMITTAL:

/s/ Roxanne Kealoha-Benner
Managing Director

Attachment: Small purchase memorandum dated January 30, 2025
""", "KPD-RR-25-018  000032"),
    ("KAUAI POLICE DEPARTMENT - ADMINISTRATIVE & TECHNICAL BUREAU", """\
SMALL PURCHASE MEMORANDUM (HRS 103D-305; HAR 3-122, SUBCHAPTER 8)

TO:       File - State Subaward 24-JG-07, Project A
FROM:     Darlene Ishikawa-Reyes, Fiscal Officer
DATE:     January 30, 2025
SUBJECT:  Quotes - investigative face recognition software

Written quotes were requested from four offerors for a two-year
subscription with ten investigator accounts and a KPD-only gallery.
Three responded. Prices exclude Hawaii general excise tax (4.712%).

  Offeror                                Product              Two-year
  -------------------------------------  -------------------  --------
  Pacific Rim Public Safety Systems LLC  Paravision (resale)   $37,150
  Clearview AI, Inc.                     Clearview Search      $41,800
  DataWorks Plus, LLC                    FACE Plus             $52,600
    (the DataWorks price includes a $14,000 one-time interface to the
    KPD records management system)

Evaluation. Clearview AI's offer was found non-responsive: its search
covers the vendor's own collection of public web images and cannot be
restricted to a KPD-only gallery. DataWorks Plus was responsive but
highest. Pacific Rim is the lowest responsive, responsible offeror.

Award recommended: Pacific Rim Public Safety Systems LLC, $37,150 for
the two-year term, plus general excise tax of $1,750.51.

Recommended:  D. Ishikawa-Reyes, Fiscal Officer            1/30/2025
Approved:     Capt. Wade N. Furtado, ATB Commander          2/3/2025
""", "KPD-RR-25-018  000033"),
], "pdf", KPD,
    [KPD, "Kauai County Council", "Hawaii Department of the Attorney General", "Honolulu Police Department",
     "Kauai Police Commission"],
    ["Paravision", PRPS, "Clearview AI", "DataWorks Plus"],
    ["Clearview Search", "FACE Plus"],
    [C(38901, 38901, None, "Investigative face recognition software      $38,901", KPD, PRPS),
     C(19450, 19450, "year", "about $19,450 per year", KPD, PRPS),
     C(37150, 37150, None, "Award recommended: Pacific Rim Public Safety Systems LLC, $37,150", KPD, PRPS)],
    [N(40, "approximately", "requests", "year", "roughly 40 such requests went to Honolulu in calendar year 2024",
       KPD, None),
     N(10, "exact", "users", None, "ten named investigator accounts", KPD, "Paravision"),
     N(52000, "approximately", "images", None, "about 52,000 images", KPD, "Paravision")],
    [P("a face recognition result is an investigative lead\nonly and shall not by itself establish probable "
       "cause for an arrest.", KPD),
     P("Searches may be run only by investigators who have completed the\nvendor's operator training, and only "
       "under an open KPD report number.", KPD),
     P("The order prohibits any search intended to identify people engaged in\nlawful protest or other "
       "constitutionally protected activity.", KPD)],
    [],
    ["2025-03-19", "2025-02-27", "2024-10-01", "2026-09-30", "2024", "2009", "2025-01-06", "2025-01-30",
     "2025-02-03"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Iowa: Dubuque PD
DPD = "Dubuque Police Department"
HPSI = "Heartland Public Safety Integrators"
ROC = "Rank One Computing"
doc("02_dubuque-pd-roc-renewal-outlook-thread.txt", [
    (None, """\
Jenna Halvorsen
_______________________________________________________________________

From:          Andrea Kowalczyk <AKowalczyk@cityofdubuque.org>
Sent:          Tuesday, June 10, 2025 4:52 PM
To:            Jenna Halvorsen
Cc:            Marcus Delacroix-Whitt
Subject:       FW: ROC renewal - Dubuque PD (Q-HPS-25-0577)
Attachments:   Q-HPS-25-0577_rev1.pdf

Jenna,

Forwarding the renewal thread for the purchasing file. Bottom line: we
renew ROC Watch for one more year at $18,600. That is down from the
$21,400 we paid for year one, because we are dropping the two mobile
seats nobody used. Please cut the PO against 100-11000-62663. We are
sales-tax exempt; the exemption letter is on file with Heartland.

Separate item, don't mix them up: the Vigilant LEARN plate reader
renewal ($9,750) already went through Purchasing last month.

Thanks,
Andrea

Lt. Andrea Kowalczyk | Criminal Investigation Division
Dubuque Police Department | Dubuque, IA 52001 | (563) 555-0162

From: Tyler Brandvold <tbrandvold@heartlandpsi.com>
Sent: Monday, June 9, 2025 11:18 AM
To: Andrea Kowalczyk <AKowalczyk@cityofdubuque.org>
Subject: RE: ROC renewal - Dubuque PD (Q-HPS-25-0577)

Lieutenant,

Revised quote attached and summarized below. Mobile is off.

  Item                                             Qty       Annual
  ROC Watch investigative license ($1,900.00/user)   8   $15,200.00
  Gallery hosting and nightly booking import          1    $3,400.00
  ROC Mobile seat ($1,400.00/seat) - REMOVED          0        $0.00
  Total, 07/01/2025 - 06/30/2026                          $18,600.00
""", "PRR 2025-0311                                              DPD-000114"),
    (None, """\
Optional, not in total: Dell Precision 3680 tower for a second search
station, $2,890.00 one time.

Renewal term starts July 1. Let me know if the City needs a new W-9.

Tyler Brandvold
Account Executive | Heartland Public Safety Integrators, LLC
Authorized Rank One Computing reseller - IA / NE / SD
(402) 555-0137

From: Marcus Delacroix-Whitt <MDelacroix-Whitt@cityofdubuque.org>
Sent: Friday, June 6, 2025 7:55 AM
To: Andrea Kowalczyk <AKowalczyk@cityofdubuque.org>
Subject: RE: ROC renewal - Dubuque PD

Agree on dropping mobile. Keep hosting at the current tier.
SOP 41.310 only lets us enroll Dubuque County booking photos, so the
gallery will not outgrow it.

I'd like us to start publishing a yearly count of searches, but that's
the Chief's call and he hasn't made it.
""", "PRR 2025-0311                                              DPD-000115"),
    (None, """\
From: Andrea Kowalczyk
Sent: Thursday, June 5, 2025 9:40 AM
To: 'Tyler Brandvold' <tbrandvold@heartlandpsi.com>
Cc: Marcus Delacroix-Whitt
Subject: ROC renewal - Dubuque PD

Tyler,

Year one ends June 30 (we started July 1, 2024). Numbers for your
renewal worksheet:

- 8 investigators with logins
- gallery at roughly 138,000 booking photos
- 612 searches from July 1 through May 31
- 47 searches gave a candidate the case detective treated as a lead
- 9 of those cases ended in an arrest where the ID was confirmed by
  other evidence

The two mobile seats were never used, so drop them.

Reminder for whoever you have on support calls: the Chief's directive
stands. No searches of images from the downtown camera network
without a felony case number, and every result goes to a second
trained examiner before anyone acts on it.

Andrea
""", "PRR 2025-0311                                              DPD-000116"),
], "print", DPD,
    [DPD, "City of Dubuque"],
    [ROC, HPSI, "Vigilant Solutions", "Dell"],
    ["ROC Watch", "ROC Mobile", "LEARN"],
    [C(18600, 18600, "year", "renew ROC Watch for one more year at $18,600", DPD, HPSI, "ROC Watch"),
     C(21400, 21400, "year", "$21,400 we paid for year one", DPD, HPSI, "ROC Watch"),
     C(15200, 15200, "year", "ROC Watch investigative license ($1,900.00/user)   8   $15,200.00", DPD, HPSI,
       "ROC Watch"),
     C(1900, 1900, "year", "ROC Watch investigative license ($1,900.00/user)", DPD, HPSI, "ROC Watch",
       unit="per user"),
     C(3400, 3400, "year", "Gallery hosting and nightly booking import          1    $3,400.00", DPD, HPSI,
       "ROC Watch")],
    [N(8, "exact", "users", None, "8 investigators with logins", DPD, ROC),
     N(138000, "approximately", "images", None, "roughly 138,000 booking photos", DPD, ROC),
     N(612, "exact", "searches", None, "612 searches from July 1 through May 31", DPD, ROC),
     N(47, "exact", "leads", None, "47 searches gave a candidate the case detective treated as a lead", DPD, ROC),
     N(9, "exact", "arrests", None, "9 of those cases ended in an arrest", DPD, ROC)],
    [P("SOP 41.310 only lets us enroll Dubuque County booking photos", DPD),
     P("No searches of images from the downtown camera network\nwithout a felony case number, and every result "
       "goes to a second\ntrained examiner before anyone acts on it.", DPD)],
    [E("Andrea Kowalczyk", "Jenna Halvorsen", "Tuesday, June 10, 2025 4:52 PM",
       "FW: ROC renewal - Dubuque PD (Q-HPS-25-0577)"),
     E("Tyler Brandvold", "Andrea Kowalczyk", "Monday, June 9, 2025 11:18 AM",
       "RE: ROC renewal - Dubuque PD (Q-HPS-25-0577)"),
     E("Marcus Delacroix-Whitt", "Andrea Kowalczyk", "Friday, June 6, 2025 7:55 AM", "RE: ROC renewal - Dubuque PD"),
     E("Andrea Kowalczyk", "Tyler Brandvold", "Thursday, June 5, 2025 9:40 AM", "ROC renewal - Dubuque PD")],
    ["2025-06-10", "2025-06-09", "2025-06-06", "2025-06-05", "2024-07-01", "2025-07-01", "2026-06-30"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Mississippi: DPS fiscal impact statement
MDPS = "Mississippi Department of Public Safety"
MBI = "Mississippi Bureau of Investigation"
GPD = "Gulfport Police Department"
doc("03_ms-dps-fiscal-impact-hb1384-face-recognition.txt", [
    ("STATE OF MISSISSIPPI - LEGISLATIVE BUDGET OFFICE", """\
AGENCY FISCAL IMPACT STATEMENT                  2026 Regular Session

Measure:            House Bill 1384 (As Introduced)
Short title:        Facial Recognition Accountability Act
Responding agency:  Department of Public Safety (Agency No. 701)
Offices affected:   Driver Service Bureau; Mississippi Bureau of
                    Investigation (MBI)
Prepared by:        Rhett Hollingsworth, Budget Director (601) 555-0188
Date submitted:     January 22, 2026

PART I. SUMMARY OF THE MEASURE

HB 1384 would require any state or local law enforcement agency using
facial recognition to (a) obtain a court order before searching
driver's license photographs, (b) log every search and keep the log
for five years, and (c) report annual search totals to the
Legislature. Section 4 would prohibit real-time facial recognition on
live video feeds. None of these requirements is current law, and the
Department takes no position on the measure.

PART II. CURRENT DEPARTMENT PRACTICE

Since 2017 the Driver Service Bureau has compared photographs using the
facial recognition module of its Idemia credential issuance system.
The image repository holds approximately 4.1 million facial images of
license and identification card holders.

Law enforcement agencies do not search the repository directly. They
submit a request to the MBI, whose analysts run the search. In FY2025
(July 1, 2024 - June 30, 2025) MBI received 3,212 search requests, up
from 2,486 in FY2024. Of the FY2025 requests, 1,077 returned a
candidate list, and requesting agencies later reported that 214 led to
an identification. The Department does not track arrests.

Under DPS General Order 10-14 (revised August 2023), a request must
come from a sworn officer and cite an active case number. Candidate
images are released only after a second MBI facial examiner reviews
them independently, and results are advisory, not a positive
identification.
""", "HB 1384 - DPS - Page 1 of 2"),
    ("STATE OF MISSISSIPPI - LEGISLATIVE BUDGET OFFICE", """\
PART III. CURRENT COSTS

The facial recognition module is supplied under the Department's
driver's license issuance contract with IDEMIA Identity & Security USA
LLC (Contract No. 8200-DL-2019-04). The contract as a whole costs about
$4.9 million a year.
The facial recognition component is priced separately in Schedule C
at $286,000 per contract year. MBI's facial examiner positions are
funded from the general fund appropriation and are not included here.

PART IV. ESTIMATED FISCAL IMPACT OF HB 1384

(a) Search log. The Idemia module keeps a 13-month transaction log.
    Extending it and making it tamper-evident would require an audit
    module that Idemia has quoted at $118,500 one-time, plus $21,000
    per year in support.
(b) Annual report. Absorbed within existing resources.
(c) Court orders. The Department cannot estimate how many orders
    would be sought; any cost would fall mainly on the courts.
(d) Real-time prohibition. No fiscal impact. The Department does not
    run facial recognition on live video and has no plans to do so.

Local agencies. The Gulfport Police Department told the Department
that it pays Clearview AI $9,800 a year for four user accounts and
would have to stop or restructure that use under Section 3.

                                       FY2027            FY2028
  Nonrecurring                       $118,500                --
  Recurring                           $21,000           $21,000
  Total estimated cost               $139,500           $21,000

Approved:  Col. Lamar T. Stribling, Commissioner of Public Safety
""", "HB 1384 - DPS - Page 2 of 2"),
], "pdf", MDPS,
    [MDPS, MBI, "Mississippi Driver Service Bureau", "Mississippi Legislative Budget Office", GPD],
    ["Idemia", "Clearview AI"],
    [],
    [C(286000, 286000, "year", "priced separately in Schedule C\nat $286,000 per contract year", MDPS, "Idemia"),
     C(118500, 118500, "one-time", "quoted at $118,500 one-time", MDPS, "Idemia"),
     C(21000, 21000, "year", "$21,000\n    per year in support", MDPS, "Idemia"),
     C(139500, 139500, None, "Total estimated cost               $139,500", MDPS, "Idemia"),
     C(9800, 9800, "year", "pays Clearview AI $9,800 a year", GPD, "Clearview AI")],
    [N(4100000, "approximately", "images", None, "approximately 4.1 million facial images", MDPS, "Idemia"),
     N(3212, "exact", "requests", "year", "MBI received 3,212 search requests", MBI, "Idemia"),
     N(2486, "exact", "requests", "year", "2,486 in FY2024", MBI, "Idemia"),
     N(1077, "exact", "matches", "year", "1,077 returned a\ncandidate list", MBI, "Idemia"),
     N(214, "exact", "identifications", "year", "214 led to\nan identification", MBI, "Idemia"),
     N(4, "exact", "users", None, "four user accounts", GPD, "Clearview AI")],
    [P("a request must\ncome from a sworn officer and cite an active case number.", MDPS),
     P("Candidate\nimages are released only after a second MBI facial examiner reviews\nthem independently, and "
       "results are advisory, not a positive\nidentification.", MDPS)],
    [],
    ["2026-01-22", "2017", "2024-07-01", "2025-06-30", "2023-08"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Missouri: State Auditor finding on MSHP
MSHP = "Missouri State Highway Patrol"
NEC = "NEC Corporation of America"
doc("04_mo-auditor-mshp-face-recognition-finding.txt", [
    ("MISSOURI STATE AUDITOR", """\
Missouri State Highway Patrol - Information Systems Controls
Report No. 2025-061                                   September 2025

3.  Facial Recognition Service Controls

Background
The Patrol's Criminal Justice Information Services (CJIS) Division
runs a facial recognition service that Missouri law enforcement
agencies query through the Missouri Uniform Law Enforcement System
(MULES). Since March 2021 the service has used NEC Corporation of
America's NeoFace Reveal software. Its gallery is built from arrest
photographs submitted with fingerprint cards and, at June 30, 2025,
held 3,847,219 arrest photographs.

The Patrol paid NEC $1,284,000 over the original three-year term and
renewed in July 2023 for two years at $476,500 per year. A $600,000
Bureau of Justice Assistance grant awarded in 2020 paid for part of
the original purchase. Amendment No. 2, signed in May 2025, extends
the contract through June 30, 2026 at the same annual price. The
amendment also prices an optional mobile capture module at $38,250,
which the Patrol has not exercised.

Table 3.1: Facial recognition service activity

                                           FY 2024         FY 2025
  Agencies with access                          74              88
  Active user accounts (June 30)               265             301
  Searches submitted                        11,873          14,220
  Searches returning a candidate             4,025           5,390
  Candidates confirmed by an examiner          866           1,014

Source: CJIS Division usage reports (unaudited).
""", "Page 14"),
    ("Missouri State Highway Patrol - Information Systems Controls", """\
Condition
We selected 60 searches submitted in fiscal year 2025 and traced each
to the requesting agency's case records. For 13 of the 60 searches the
requester entered no case number or one the agency could not match to
a case, and for 4 searches neither the Patrol nor the requesting
agency could identify any investigative purpose. The Patrol's Facial
Recognition Service Manual requires a valid case number for every
search, but the software accepts the field blank. The Patrol has no
written rule on how long probe images are kept.

In addition, eleven Patrol employees used free trial accounts from
Clearview AI between February and June 2020. The Patrol told us no
Clearview accounts remain active and that it never purchased the
product.

Criteria
FBI CJIS Security Policy, Section 5.4 (Auditing and Accountability).

Recommendation
The Patrol should configure the software to reject searches without a
valid case number, audit a sample of searches each quarter, and adopt
a written retention rule for probe images.

Auditee's Response
We agree. Effective October 1, 2025, the system will not accept a
search unless a case number in the MULES incident format is entered.
The CJIS Division now audits a random sample of searches every
quarter, and user accounts with no activity for 90 days are disabled.
Probe images are now deleted 12 months after the search unless they
are attached to a case file.
""", "Page 15"),
], "pdf", MSHP,
    [MSHP, "Missouri State Auditor", "Bureau of Justice Assistance", "FBI"],
    [NEC, "Clearview AI"],
    ["NeoFace Reveal"],
    [C(1284000, 1284000, None, "paid NEC $1,284,000 over the original three-year term", MSHP, NEC, "NeoFace Reveal"),
     C(476500, 476500, "year", "$476,500 per year", MSHP, NEC, "NeoFace Reveal"),
     C(600000, 600000, "one-time", "$600,000\nBureau of Justice Assistance grant", MSHP, None)],
    [N(3847219, "exact", "images", None, "3,847,219 arrest photographs", MSHP, NEC),
     N(265, "exact", "users", None, "265", MSHP, NEC),
     N(301, "exact", "users", None, "301", MSHP, NEC),
     N(11873, "exact", "searches", "year", "11,873", MSHP, NEC),
     N(14220, "exact", "searches", "year", "14,220", MSHP, NEC),
     N(4025, "exact", "matches", "year", "4,025", MSHP, NEC),
     N(5390, "exact", "matches", "year", "5,390", MSHP, NEC),
     N(866, "exact", "identifications", "year", "866", MSHP, NEC),
     N(1014, "exact", "identifications", "year", "1,014", MSHP, NEC),
     N(60, "exact", "searches", None, "We selected 60 searches", MSHP, NEC),
     N(13, "exact", "searches", None, "For 13 of the 60 searches", MSHP, NEC),
     N(4, "exact", "searches", None, "for 4 searches", MSHP, NEC),
     N(11, "exact", "users", None, "eleven Patrol employees used free trial accounts", MSHP, "Clearview AI")],
    [P("The Patrol's Facial\nRecognition Service Manual requires a valid case number for every\nsearch", MSHP),
     P("Effective October 1, 2025, the system will not accept a\nsearch unless a case number in the MULES incident "
       "format is entered.", MSHP),
     P("The CJIS Division now audits a random sample of searches every\nquarter, and user accounts with no "
       "activity for 90 days are disabled.", MSHP),
     P("Probe images are now deleted 12 months after the search unless they\nare attached to a case file.", MSHP)],
    [],
    ["2025-09", "2021-03", "2025-06-30", "2023-07", "2020", "2025-05", "2026-06-30", "2020-02", "2020-06",
     "2025-10-01"],
    scan="pdf")


# ---------------------------------------------------------------- 5 North Carolina: Winston-Salem PD reply
WSPD = "Winston-Salem Police Department"
FCSO = "Forsyth County Sheriff's Office"
CV = "Clearview AI"
doc("05_winston-salem-pd-records-reply-clearview-po.txt", [
    (None, """\
CITY OF WINSTON-SALEM
Police Department | Records & Public Information Unit
P.O. Box 4127, Winston-Salem, North Carolina 27115
(336) 555-0124

August 14, 2025

Ms. Renata Oyelaran
Triad Public Record Project
Sent by email only

Re: Public records request PRR-2025-0922 (facial recognition)

Dear Ms. Oyelaran:

This responds to your request of July 21, 2025, under Chapter 132 of
the General Statutes, for records of the Department's purchase and use
of facial recognition technology since January 1, 2022. A summary of
what we found follows; copies are enclosed.

1. The Department first used Clearview AI in March 2023 on a free
   trial. In June 2023 it bought a paid subscription, paying $10,000
   for the first year for five investigator licenses.
2. The one-year renewal in June 2024 cost $14,400 and raised the
   number of licenses to eight. Two of those eight were assigned to
   Forsyth County Sheriff's Office detectives on the joint violent
   crime task force, and the Sheriff's Office reimbursed the City
   $2,880 for their share of that year's cost.
3. The June 2025 renewal (purchase order 4500187733, enclosed) costs
   $17,250 for twelve months, adds the mobile application, and covers
   nine licenses.
4. From June 2023 through June 30, 2025, Department users ran 1,946
   searches. The Department does not count matches or arrests that
   result from them.
5. The Department has no contract with, and found no payments to,
   Amazon Web Services, Idemia or DataWorks Plus.
""", "PRR-2025-0922 / Page 1"),
    (None, """\
Use is governed by Directive 6.22, Investigative Facial Recognition
(effective May 1, 2023), enclosed. Under the directive, only sworn
detectives who have completed the vendor's training may hold a
license. Every search must be tied to an incident number. A possible
match is never, by itself, grounds for an arrest.

Portions of the enclosures that identify active investigations have
been redacted under G.S. 132-1.4. There is no charge for this
response.

Sincerely,

/s/
Latrice M. Pettiford-Shaw
Public Information Records Coordinator

Enclosures: Directive 6.22; PO 4500187733; AP payment export
""", "PRR-2025-0922 / Page 2"),
    (None, """\
CITY OF WINSTON-SALEM                                  PURCHASE ORDER
Finance Department - Purchasing Division        PO No. 4500187733
                                                PO Date: 06/09/2025
Vendor No. 0000318842                           Page 1 of 1
Clearview AI, Inc.
99 Wall Street #5730                  Ship/Bill to:
New York, NY 10005                    Winston-Salem Police Department
                                      Criminal Investigations Division
Terms: Net 30     Buyer: K. Faircloth  (336) 555-0119
Fund/Org/Object: 1000-41120-53190     Sole source: SS-25-014

Ln Description                     Qty UOM  Unit Price    Ext Price
-- ------------------------------ ---- --- ----------- ------------
 1 Clearview Search user license,   9  EA     1,650.00    14,850.00
   12 months (07/01/25-06/30/26)
 2 Clearview Mobile add-on,         9  EA       200.00     1,800.00
   12 months
 3 Onboarding and mobile training   1  LOT    1,200.00     1,200.00
 4 Loyalty credit (renewal)         1  LOT     -600.00      -600.00
                                            Subtotal      17,250.00
                                   Sales tax (7.00%)           0.00
                                            PO TOTAL     $17,250.00

Tax not charged: remotely accessed software, no tangible property.
Authorized: T. Grimsley-Ames, Purchasing Agent            06/09/2025

AP_PAYMENTS_EXPORT.csv  Org 41120 (Police - CID)  Run 08/08/2025 14:22
Vendor Name,Invoice No,Invoice Date,Amount,Description
CLEARVIEW AI INC,CV-23-1187,06/20/2023,10000.00,SUBSCR 5 USERS
FLOCK GROUP INC,INV-55012,07/05/2023,45000.00,ALPR 15 CAMERAS ANNUAL
CLEARVIEW AI INC,CV-24-2290,06/18/2024,14400.00,RENEWAL 8 USERS
FORSYTH COUNTY,JE-24-0711,07/11/2024,-2880.00,REIMB CLEARVIEW 2 LIC
AXON ENTERPRISE INC,SI-1928837,09/03/2024,61284.50,BWC + TASER 10
CLEARVIEW AI INC,CV-25-3341,06/27/2025,17250.00,RENEWAL+MOBILE 9 USR
""", "PRR-2025-0922 / Page 3"),
], "pdf", WSPD,
    [WSPD, "City of Winston-Salem", FCSO],
    [CV, "Amazon Web Services", "Idemia", "DataWorks Plus", "Flock Safety", "Axon"],
    ["Clearview Search", "Clearview Mobile"],
    [C(10000, 10000, "year", "paying $10,000\n   for the first year", WSPD, CV),
     C(14400, 14400, "year", "The one-year renewal in June 2024 cost $14,400", WSPD, CV),
     C(2880, 2880, "year", "the Sheriff's Office reimbursed the City\n   $2,880 for their share of that year's cost",
       FCSO, None),
     C(17250, 17250, "year", "$17,250 for twelve months", WSPD, CV),
     C(14850, 14850, "year", "Clearview Search user license,   9  EA     1,650.00    14,850.00", WSPD, CV,
       "Clearview Search"),
     C(1650, 1650, "year", "Clearview Search user license,   9  EA     1,650.00", WSPD, CV, "Clearview Search", unit="per user"),
     C(1800, 1800, "year", "Clearview Mobile add-on,         9  EA       200.00     1,800.00", WSPD, CV,
       "Clearview Mobile"),
     C(200, 200, "year", "Clearview Mobile add-on,         9  EA       200.00", WSPD, CV, "Clearview Mobile", unit="per user"),
     C(1200, 1200, "one-time", "Onboarding and mobile training   1  LOT    1,200.00     1,200.00", WSPD, CV)],
    [N(5, "exact", "licenses", None, "five investigator licenses", WSPD, CV),
     N(8, "exact", "licenses", None, "number of licenses to eight", WSPD, CV),
     N(2, "exact", "licenses", None, "Two of those eight were assigned to\n   Forsyth County Sheriff's Office "
       "detectives", FCSO, CV),
     N(9, "exact", "licenses", None, "nine licenses", WSPD, CV),
     N(1946, "exact", "searches", None, "Department users ran 1,946\n   searches", WSPD, CV)],
    [P("only sworn\ndetectives who have completed the vendor's training may hold a\nlicense.", WSPD),
     P("Every search must be tied to an incident number.", WSPD),
     P("A possible\nmatch is never, by itself, grounds for an arrest.", WSPD)],
    [],
    ["2025-08-14", "2025-07-21", "2022-01-01", "2023-03", "2023-06", "2024-06", "2025-06", "2025-06-30",
     "2023-05-01", "2025-06-09", "2025-07-01", "2026-06-30", "2025-08-08", "2023-06-20", "2023-07-05",
     "2024-06-18", "2024-07-11", "2024-09-03", "2025-06-27"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Utah: St. George PD Teams chat export
SGPD = "St. George Police Department"
WFS = "Wasatch Forensic Systems"
COG = "Cognitec"
doc("06_st-george-pd-teams-chat-facevacs.txt", [
    (None, """\
Microsoft Teams - chat export
Chat:          SGPD Investigations - Tech & Tools
Exported by:   Records Unit (GRAMA request 2025-1187)
Export date:   11/04/2025 9:12 AM (Mountain)
Participants:  Cody Hafen; Brielle Tanoa; Amber Sorensen; Dana Whitmer

Tuesday, October 14, 2025

Cody Hafen  8:03 AM
Wasatch Forensic Systems sent over the FaceVACS renewal.
7,940 for another year, same 6 seats

Brielle Tanoa  8:05 AM
thats up from last year right? pretty sure we paid 7,200

Cody Hafen  8:05 AM
yep, about a 10% bump. they also want 2,500 one time to move us to
DBScan 6. I told them we'll pass for now

Amber Sorensen  8:11 AM
I can pay the 7,940 out of 10-2110-310. anything over 7,500 needs the
chief's signature tho so route it through Dana

Brielle Tanoa  8:14 AM
ok. how many runs have we done this year? council liaison asked

Cody Hafen  8:20 AM
pulled the log. 389 searches since Jan 1, 41 possible matches sent
to case agents, 6 arrests where FR was part of the case. gallery is
about 96,000 booking photos from the county jail, the Washington
County Sheriff's Office pushes new ones nightly
Reactions: Like (2)

Brielle Tanoa  8:22 AM
and reminder: per Policy 428 we do not run DL photos ourselves.
any DL comparison goes to DPS with the written request form, no
exceptions

Dana Whitmer  9:47 AM
fyi Motorola pitched Vigilant FaceSearch again, 12k/yr. told them no
""", "Page 1 of 2"),
    (None, """\
Tuesday, October 21, 2025

Dana Whitmer  3:47 PM
Chief signed the Policy 428 revision today, effective Nov 1. Summary
for everyone who runs searches:
428.3 Only investigators who finished the 8-hour Cognitec operator
      course may run searches.
428.4 No searches of live or recorded video of First Amendment
      activity.
428.6 A possible match is a lead only. It can't be the sole basis
      for an arrest or a warrant.
428.7 Every search is logged with the case number and the reason.
The draft section on purging probe images after 12 months got pulled,
legal wants more time on it.

Brielle Tanoa  3:52 PM
does 428.3 mean Kade loses his login? he never did the course

Dana Whitmer  3:55 PM
yes until he does. that takes us to 5 users until the January class

Amber Sorensen  4:02 PM
PO 25-00981 is cut for the 7,940. Flock is separate, 27,500 for the
11 cameras, don't code it to the FR line

Cody Hafen  4:05 PM
thanks!
Reactions: Like (3)
""", "Page 2 of 2"),
], "pdf", SGPD,
    [SGPD, "Washington County Sheriff's Office (Utah)", "Utah Department of Public Safety"],
    [COG, WFS, "Motorola Solutions", "Vigilant Solutions", "Flock Safety"],
    ["FaceVACS-DBScan", "FaceSearch"],
    [C(7940, 7940, "year", "7,940 for another year", SGPD, WFS, "FaceVACS-DBScan"),
     C(7200, 7200, "year", "pretty sure we paid 7,200", SGPD, WFS, "FaceVACS-DBScan")],
    [N(6, "exact", "licenses", None, "same 6 seats", SGPD, COG),
     N(389, "exact", "searches", None, "389 searches since Jan 1", SGPD, COG),
     N(41, "exact", "matches", None, "41 possible matches", SGPD, COG),
     N(6, "exact", "arrests", None, "6 arrests where FR was part of the case", SGPD, COG),
     N(96000, "approximately", "images", None, "about 96,000 booking photos", SGPD, COG),
     N(5, "exact", "users", None, "5 users", SGPD, COG)],
    [P("per Policy 428 we do not run DL photos ourselves.\nany DL comparison goes to DPS with the written request "
       "form, no\nexceptions", SGPD),
     P("Only investigators who finished the 8-hour Cognitec operator\n      course may run searches.", SGPD),
     P("No searches of live or recorded video of First Amendment\n      activity.", SGPD),
     P("A possible match is a lead only. It can't be the sole basis\n      for an arrest or a warrant.", SGPD),
     P("Every search is logged with the case number and the reason.", SGPD)],
    [],
    ["2025-11-04", "2025-10-14", "2025-10-21"])


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} docs and labels.json")


if __name__ == "__main__":
    main()
