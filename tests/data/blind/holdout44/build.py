"""Writes docs/*.txt and labels.json for holdout44 (six invented releases: GA, LA, MN, NV, OH, UT).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
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


def P(quote, agency):
    return {"quote": quote, "agency": agency}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def _resolve(quote, text):
    """Quotes are written with single spaces; where the text breaks the phrase over lines (with
    indentation or '> ' quote marks) or spaces it into columns, the label takes the exact substring
    the text holds."""
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


# ---------------------------------------------------------------- 1 Georgia: Sandy Springs PD
SSPD = "Sandy Springs Police Department"
CV = "Clearview AI"
CVP = "Clearview AI Investigative Platform"
doc("01_sandy-springs-pd-clearview-council-agenda-item.txt", [
    (None, """\
CITY OF SANDY SPRINGS, GEORGIA
MAYOR AND CITY COUNCIL - AGENDA ITEM SUMMARY

Agenda Item No.:  24-0518                   Meeting Date: August 20, 2024
Item Type:        Consent Agenda            Department:   Police
To:               Mayor and City Council
Through:          City Manager
From:             Deputy Chief Alana Merriweather, Support Services
Subject:          Agreement with Clearview AI, Inc. for investigative
                  facial recognition software (two-year term)

RECOMMENDATION
Staff recommends that the Mayor and City Council approve a two-year
agreement with Clearview AI, Inc. in an amount not to exceed $40,000,
and authorize the City Manager to execute the agreement.

BACKGROUND
The Police Department began a one-year Clearview AI subscription in
September 2023 for $14,000. The purchase was within the City
Manager's purchasing authority and did not come before Council. The
subscription provides 8 investigator licences and ends on August 31,
2024.

In the twelve months ending June 30, 2024, detectives ran 1,312
searches. The Criminal Investigations Division reports that a search
contributed an investigative lead in 187 cases. Clearview states that
its database contains over 60 billion images collected from public
websites.

DISCUSSION
Staff proposes to continue the service for two years and to increase
the number of licences from 8 to 12, so that the Special Victims Unit
and the Real Time Crime Center analysts have access. Clearview's quote
(Attachment 1) prices the second year about 6.5% above the first. The
not-to-exceed amount includes a contingency for one additional licence
in the second year.

The agreement covers searches of still images only. Clearview will
not be connected to the Real Time Crime Center's Axon Fusus platform
or to any live camera feed. Fusus is funded separately ($96,000 per
year, approved under item 23-0411), and the Flock Safety license plate
reader cameras that feed the Center are not part of this item.""",
     "Item 24-0518 p. 1 of 3"),
    (None, """\
Use of the software is governed by Police Department Standard
Operating Procedure 4.38, Facial Recognition Technology. Under SOP
4.38, searches may be run only by licensed users for an open case
with a case number. A possible match is an investigative lead only
and shall not be the sole basis for an arrest or a warrant. Each user
must complete Clearview's online training before an account is
issued. Georgia law does not currently regulate police use of facial
recognition, and nothing in SOP 4.38 prohibits searching images taken
from social media.

FISCAL IMPACT
The first-year cost is available in the Police Department's operating
budget, account 100-3220-523850 (Software Subscriptions). The second
year will be requested in next year's operating budget. Total cost
not to exceed $40,000 over two years.

ALTERNATIVES
Council could decline the agreement. Detectives would then send
requests to the Georgia Bureau of Investigation, which took 10 to 14
days to return results in 2023.

ATTACHMENTS
1. Clearview AI Quote Q-24-11873
2. Draft Agreement (City Attorney approved as to form)

Contact: Deputy Chief Alana Merriweather, (770) 555-0163""",
     "Item 24-0518 p. 2 of 3"),
    (None, """\
ATTACHMENT 1

Clearview AI, Inc. - Government Sales
QUOTE Q-24-11873                                   Date: July 18, 2024
Prepared for:  Sandy Springs Police Department, Sandy Springs, GA
Prepared by:   Owen Tillery, Account Executive - Southeast
Valid until:   October 16, 2024

Description                                                   Amount
--------------------------------------------------------  ------------
Clearview AI Investigative Platform - Year 1                $18,600.00
  12 user seats at $1,550.00 per seat
  Term: 09/01/2024 - 08/31/2025
Clearview AI Investigative Platform - Year 2                $19,800.00
  12 user seats at $1,650.00 per seat
  Term: 09/01/2025 - 08/31/2026
Clearview Mobile (included with each seat)                       $0.00
Unlimited searches; onboarding and online training          Included
--------------------------------------------------------  ------------
Total, two-year term                                        $38,400.00

Prices in USD. Tax exempt: government entity (Georgia exemption
certificate on file). Invoiced annually in advance; payment terms Net
30. Seats added during a term are billed at the prorated seat price.

Accepted for the City of Sandy Springs:

______________________________          Date: ____________________""",
     "Item 24-0518 p. 3 of 3"),
], "pdf", SSPD,
    [SSPD, "City of Sandy Springs", "Sandy Springs City Council", "Georgia Bureau of Investigation"],
    [CV, "Axon", "Flock Safety"],
    [CVP, "Clearview Mobile", "Fusus"],
    [C(None, 40000, None, "an amount not to exceed $40,000", SSPD, CV, CVP),
     C(14000, 14000, "year", "one-year Clearview AI subscription in September 2023 for $14,000", SSPD, CV),
     C(18600, 18600, "year", "Clearview AI Investigative Platform - Year 1 $18,600.00", SSPD, CV, CVP),
     C(1550, 1550, "year", "12 user seats at $1,550.00 per seat", SSPD, CV, CVP, unit="per user"),
     C(19800, 19800, "year", "Clearview AI Investigative Platform - Year 2 $19,800.00", SSPD, CV, CVP),
     C(1650, 1650, "year", "12 user seats at $1,650.00 per seat", SSPD, CV, CVP, unit="per user"),
     C(38400, 38400, None, "Total, two-year term $38,400.00", SSPD, CV, CVP)],
    [N(8, "exact", "licenses", None, "The subscription provides 8 investigator licences", SSPD, CV),
     N(1312, "exact", "searches", "year", "In the twelve months ending June 30, 2024, detectives ran 1,312 searches",
       SSPD, CV),
     N(187, "exact", "leads", "year", "contributed an investigative lead in 187 cases", SSPD, CV),
     N(60000000000, "more than", "images", None, "its database contains over 60 billion images", None, CV),
     N(12, "exact", "licenses", None, "increase the number of licences from 8 to 12", SSPD, CV)],
    [P("Under SOP 4.38, searches may be run only by licensed users for an open case with a case number.", SSPD),
     P("A possible match is an investigative lead only and shall not be the sole basis for an arrest or a "
       "warrant.", SSPD),
     P("Each user must complete Clearview's online training before an account is issued.", SSPD)],
    [],
    ["2024-08-20", "2023-09", "2024-08-31", "2024-06-30", "2023", "2024-07-18", "2024-10-16", "2024-09-01",
     "2025-08-31", "2025-09-01", "2026-08-31"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Louisiana: Calcasieu Parish SO
CPSO = "Calcasieu Parish Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SUBJ = "Vigilant renewal - FaceSearch and LEARN"
FSUBJ = "Fwd: " + SUBJ
GM_HEAD = "5/2/24, 3:14 PM    Gmail - " + FSUBJ
GM_URL = "https://mail.google.com/mail/u/0/?ik=8c2f41d9e7&view=pt&search=all"


def gm(sender, date):
    """A Gmail print header line: sender at the left, date right-aligned."""
    return sender + " " * (75 - len(sender) - len(date)) + date


BG = "Brandon Guidry <bguidry@cpso.example>"
DF = "Denise Fontenot <dfontenot@cpso.example>"
RA = "Roy Ardoin <rardoin@cpso.example>"
doc("02_calcasieu-parish-so-vigilant-facesearch-gmail.txt", [
    (GM_HEAD, f"""\
Gmail{" " * (70 - len(DF))}{DF}

{FSUBJ}
4 messages

{gm(BG, "Mon, Apr 22, 2024 at 2:47 PM")}
To: {DF}
Cc: {RA}

Denise,

Forwarding the Motorola renewal quote for Vigilant. Both products
renew June 1. Patrol Division pays for the LEARN plate reader items
from its own line, so please only encumber the FaceSearch lines to
the CID software account (01-4410-5320). The quote expires May 31.

Thanks,
Det. Sgt. Brandon Guidry
Criminal Investigations Division
Calcasieu Parish Sheriff's Office | (337) 555-0142

---------- Forwarded message ---------
From: Kyle Broussard <kbroussard@motorolasolutions.example>
Date: Fri, Apr 19, 2024 at 9:05 AM
Subject: {SUBJ}
To: {BG}

Sgt. Guidry,

The renewal quote for both Vigilant products is attached and copied
below. Pricing holds through May 31, 2024.

MOTOROLA SOLUTIONS, INC. | VIGILANT SOLUTIONS
Quote: VS-24-40718                 Customer: Calcasieu Parish S.O.
Term:  06/01/2024 - 05/31/2025     Customer No.: 70-11852""", f"{GM_URL}   1/3"),
    (GM_HEAD, """\
Item                                   Qty   Unit Price    Ext. Price
-------------------------------------  ---  -----------  ------------
FaceSearch investigative user,          10      $640.00     $6,400.00
  annual subscription
FaceSearch gallery onboarding,           1    $1,500.00     $1,500.00
  one-time (jail booking photo import)
LEARN commercial LPR data access,        1    $7,950.00     $7,950.00
  annual
LEARN agency LPR hosting, per fixed     24      $300.00     $7,200.00
  camera, annual
                                                Subtotal   $23,050.00
                             Multi-product discount (5%)   -$1,152.50
                                                   Total   $21,897.50

Louisiana sales tax does not apply (governmental exemption).

Kyle Broussard | Account Manager, Gulf Coast
Motorola Solutions | (504) 555-0199""" + f"""

{gm(DF, "Tue, Apr 23, 2024 at 8:31 AM")}
To: {BG}
Cc: {RA}

Brandon, a few questions inline.

> Patrol Division pays for the LEARN plate reader items
> from its own line, so please only encumber the FaceSearch lines

OK. The FaceSearch lines come to $7,900 before the discount. Is the
5% taken off our share too?

> FaceSearch investigative user,          10      $640.00     $6,400.00

Last year we paid $5,200 for 8 users. Why 10 now?

Denise Fontenot
Fiscal Division, Calcasieu Parish Sheriff's Office""", f"{GM_URL}   2/3"),
    (GM_HEAD, f"""\
{gm(BG, "Tue, Apr 23, 2024 at 10:02 AM")}
To: {DF}
Cc: {RA}

Answers below.

> The FaceSearch lines come to $7,900 before the discount. Is the
> 5% taken off our share too?

Motorola says yes, the discount is spread across every line.

> Last year we paid $5,200 for 8 users. Why 10 now?

The auto theft task force detectives asked for access. Usage backs
it up: CID ran 731 FaceSearch searches in 2023, up from 402 in 2022.
After the onboarding import the gallery will hold about 186,000 jail
booking photos.

Per SOP 41-06, FaceSearch may only be used by trained CID detectives
with an open case number, and every search has to be logged in RMS.
A FaceSearch hit is a lead only; a supervisor must approve it before
it goes into any warrant application.

Nothing in state law limits any of this, but Capt. Ardoin wants the
SOP reviewed before the renewal anyway.

{gm(RA, "Thu, May 2, 2024 at 3:09 PM")}
To: {DF}, Brandon Guidry
<bguidry@cpso.example>

Denise - approved for the FaceSearch lines. Encumber $7,505 net after
the discount; I will sign the PO when it comes through.

For the SOP review, the committee's draft adds this line: "A search
of a person attending a lawful protest would require the Sheriff's
written approval." That is a proposal only, not in effect.

Roy""", f"{GM_URL}   3/3"),
], "print", CPSO,
    [CPSO],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN"],
    [C(6400, 6400, "year", "FaceSearch investigative user, 10 $640.00 $6,400.00", CPSO, MSI, VFS),
     C(640, 640, "year", "FaceSearch investigative user, 10 $640.00", CPSO, MSI, VFS, unit="per user"),
     C(1500, 1500, "one-time", "FaceSearch gallery onboarding, 1 $1,500.00 $1,500.00", CPSO, MSI, VFS),
     C(7900, 7900, None, "The FaceSearch lines come to $7,900 before the discount", CPSO, MSI, VFS),
     C(5200, 5200, "year", "Last year we paid $5,200 for 8 users", CPSO, MSI, VFS),
     C(7505, 7505, None, "Encumber $7,505 net after the discount", CPSO, MSI, VFS)],
    [N(10, "exact", "licenses", None, "FaceSearch investigative user, 10", CPSO, MSI),
     N(8, "exact", "licenses", None, "Last year we paid $5,200 for 8 users", CPSO, MSI),
     N(731, "exact", "searches", "year", "CID ran 731 FaceSearch searches in 2023", CPSO, MSI),
     N(402, "exact", "searches", "year", "up from 402 in 2022", CPSO, MSI),
     N(186000, "approximately", "images", None, "the gallery will hold about 186,000 jail booking photos", CPSO,
       MSI)],
    [P("Per SOP 41-06, FaceSearch may only be used by trained CID detectives with an open case number, and every "
       "search has to be logged in RMS.", CPSO),
     P("A FaceSearch hit is a lead only; a supervisor must approve it before it goes into any warrant "
       "application.", CPSO)],
    [E("Brandon Guidry", "Denise Fontenot", "Mon, Apr 22, 2024 at 2:47 PM", FSUBJ),
     E("Kyle Broussard", "Brandon Guidry", "Fri, Apr 19, 2024 at 9:05 AM", SUBJ),
     E("Denise Fontenot", "Brandon Guidry", "Tue, Apr 23, 2024 at 8:31 AM", FSUBJ),
     E("Brandon Guidry", "Denise Fontenot", "Tue, Apr 23, 2024 at 10:02 AM", FSUBJ),
     E("Roy Ardoin", "Denise Fontenot", "Thu, May 2, 2024 at 3:09 PM", FSUBJ)],
    ["2024-05-02", "2024-04-22", "2024-04-19", "2024-05-31", "2024-06-01", "2025-05-31", "2024-04-23", "2023",
     "2022"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Minnesota: Washington County SO (MN)
WCSO = "Washington County Sheriff's Office (Minnesota)"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
MONTHS = [("January", 38, 21, 9), ("February", 41, 24, 11), ("March", 47, 26, 10), ("April", 36, 19, 8),
          ("May", 52, 30, 14), ("June", 44, 25, 10), ("July", 49, 27, 12), ("August", 55, 31, 13),
          ("September", 40, 22, 9), ("October", 46, 26, 11), ("November", 39, 20, 8), ("December", 33, 18, 7)]
TOT = [sum(m[i] for m in MONTHS) for i in (1, 2, 3)]
assert TOT == [520, 289, 122], TOT


def mrow(name, s, m, lead):
    return f"{name:<9}   {s:>8}   {m:>14}   {lead:>13}"


TABLE = "\n".join(mrow(*m) for m in MONTHS)
RULE = "---------   --------   --------------   -------------"
doc("03_washington-county-mn-so-fr-annual-audit-2023.txt", [
    (None, """\
WASHINGTON COUNTY SHERIFF'S OFFICE
Stillwater, Minnesota
Office of Professional Standards

FACIAL RECOGNITION PROGRAM - ANNUAL AUDIT
Audit year: 2023                          Report date: February 26, 2024
Auditor: Lt. Marit Halvorsen              Audit ref.: OPS-A-2024-02

1. Scope
This audit covers all use of the Office's facial recognition system,
FaceVACS-DBScan LE from Cognitec Systems, from January 1 through
December 31, 2023. It was performed under Policy 426.11.

2. System, gallery and users
The system searches booking photographs taken at the Washington
County Jail. At year end the gallery held 118,604 images of
approximately 61,300 individuals. No driver license photographs and
no images from social media or the internet are in the gallery.

The Office's licence allows 5 concurrent users. At year end, 13
employees held user accounts, all of them investigators or crime
analysts.

3. Costs
The Office bought the system in 2019 for a one-time licence and
installation price of $58,900. Annual software maintenance from
Cognitec was $11,250 in 2023 and is budgeted at $11,700 for 2024.
A replacement server for the system was bought in 2023 for $8,415.
The jail's new booking cameras ($21,480) were a Jail Division
purchase and are not a program cost.""", "OPS-A-2024-02 p. 1 of 3"),
    (None, f"""\
4. Use of the system in 2023

Table 1. Searches and results by month, 2023

Month       Searches   Possible match   Lead referred
                         returned       to case agent
{RULE}
{TABLE}
{RULE}
{mrow("Total", *TOT)}

Of the 520 searches, 64 were run at the request of other agencies,
mostly the Woodbury Public Safety Department, the Cottage Grove
Police Department and the Stillwater Police Department. Those
agencies are not charged. A possible match was returned in 55.6% of
searches.

5. Audit findings
The auditor compared each search log entry with the Records
Management System. Every search was linked to a case number except
two entries with mistyped numbers, both since corrected. No search
used a probe image from a live or recorded video stream, and no
account was shared.""", "OPS-A-2024-02 p. 2 of 3"),
    (None, """\
6. Policy 426, Facial Recognition (provisions in force in 2023)
426.4  Only employees who have completed the Cognitec operator course
       and the Office's facial comparison training may hold an
       account.
426.5  A search may be run only for an active criminal investigation
       with a case number, or to identify a deceased person or a
       person unable to identify himself or herself.
426.6  A possible match is not a positive identification and must not
       be the only basis for an arrest, a search warrant or a charge.
426.7  Images of persons engaged in lawful First Amendment activity
       may not be used as probe images unless a crime is suspected.
426.11 Search logs shall be retained for six years and audited once
       a year.

Policy 426 does not prohibit the use of photographs from social media
as probe images. The Sheriff has asked for a recommendation on that
question by June 1, 2024.

7. Recommendation
The auditor recommends that the Office adopt a rule requiring a
supervisor to approve each search made at another agency's request.
No action has been taken on this recommendation.

Public access to the search logs is governed by Minnesota Statutes,
section 13.82 (law enforcement data).

Lt. Marit Halvorsen, Office of Professional Standards""", "OPS-A-2024-02 p. 3 of 3"),
], "pdf", WCSO,
    [WCSO, "Woodbury Public Safety Department", "Cottage Grove Police Department", "Stillwater Police Department"],
    [COG],
    [DBS],
    [C(58900, 58900, "one-time", "one-time licence and installation price of $58,900", WCSO, COG, DBS),
     C(11250, 11250, "year", "Annual software maintenance from Cognitec was $11,250 in 2023", WCSO, COG, DBS),
     C(11700, 11700, "year", "is budgeted at $11,700 for 2024", WCSO, COG, DBS),
     C(8415, 8415, None, "A replacement server for the system was bought in 2023 for $8,415", WCSO, None)],
    [N(118604, "exact", "images", None, "the gallery held 118,604 images", WCSO, COG),
     N(61300, "approximately", "images", None, "approximately 61,300 individuals", WCSO, COG),
     N(5, "exact", "licenses", None, "The Office's licence allows 5 concurrent users", WCSO, COG),
     N(13, "exact", "users", None, "13 employees held user accounts", WCSO, COG)]
    + [N(s, "exact", "searches", "month", mrow(name, s, m, lead)[:20], WCSO, COG) for name, s, m, lead in MONTHS]
    + [N(520, "exact", "searches", "year", mrow("Total", *TOT)[:20], WCSO, COG),
       N(289, "exact", "matches", "year", mrow("Total", *TOT)[:37], WCSO, COG),
       N(122, "exact", "leads", "year", mrow("Total", *TOT), WCSO, COG),
       N(64, "exact", "requests", "year", "64 were run at the request of other agencies", WCSO, COG)],
    [P("Only employees who have completed the Cognitec operator course and the Office's facial comparison "
       "training may hold an account.", WCSO),
     P("A search may be run only for an active criminal investigation with a case number, or to identify a "
       "deceased person or a person unable to identify himself or herself.", WCSO),
     P("A possible match is not a positive identification and must not be the only basis for an arrest, a "
       "search warrant or a charge.", WCSO),
     P("Images of persons engaged in lawful First Amendment activity may not be used as probe images unless a "
       "crime is suspected.", WCSO),
     P("Search logs shall be retained for six years and audited once a year.", WCSO)],
    [],
    ["2023", "2024-02-26", "2023-01-01", "2023-12-31", "2019", "2024", "2024-06-01"],
    scan="print")


# ---------------------------------------------------------------- 4 Nevada: Carson City SO
CCSO = "Carson City Sheriff's Office"
AWS = "Amazon Web Services"
REK = "Amazon Rekognition"
HDDS = "High Desert Data Systems"
ROWS = [("2024-01", 212, "0.95"), ("2024-02", 187, "0.93"), ("2024-03", 236, "0.99"), ("2024-04", 198, "0.96"),
        ("2024-05", 251, "1.01"), ("2024-06", 224, "0.98")]
assert sum(r[1] for r in ROWS) == 1308
assert round(sum(float(r[2]) for r in ROWS), 2) == 5.82
CSV = "\n".join(f"{i},{m},Amazon Rekognition,{c},{s}" for i, (m, s, c) in enumerate(ROWS, 1))
doc("04_carson-city-so-rekognition-records-reply.txt", [
    (None, """\
CARSON CITY SHERIFF'S OFFICE
Records Section
911 East Musser Street, Carson City, Nevada 89701 | (775) 555-0120

September 9, 2024

Tomas Echeverria
Sagebrush Open Government Project
tomas@sagebrush-ogp.example

Re: Public records request PRR-24-0388 (received August 27, 2024)

Dear Mr. Echeverria:

The Sheriff's Office has completed its response to your request under
the Nevada Public Records Act, NRS Chapter 239, for records about
facial recognition. Our answers to your numbered questions follow, and
the usage export you asked for is attached as Attachment A.

1. System. Since March 2022 the Office has used a booking photo
   search tool that Carson City Information Technology built on
   Amazon Rekognition, a service of Amazon Web Services. Charges are
   billed through the City's AWS account (no. 4182 6630 2957).

2. Costs. High Desert Data Systems, LLC of Reno built the tool under
   a contract with a one-time fee of $24,500, and supports it for
   $3,600 per year. Amazon bills the Rekognition charges monthly. The
   search charge is $1.00 per 1,000 images searched, plus a small
   charge for stored face data.

3. Gallery. The tool searches booking photographs taken at the Carson
   City Jail since 2012. On August 31, 2024 it held 74,316
   photographs. No driver license photographs from the Nevada
   Department of Motor Vehicles are included.

4. Users. Eleven detectives and crime analysts have accounts. Patrol
   deputies cannot run searches.""", "PRR-24-0388 - 1"),
    (None, """\
5. Searches. Users ran 1,308 searches from January through June 2024
   (Attachment A). The Office does not record how many searches led
   to an arrest.

6. Policy. General Order 640, Booking Photo Comparison, was issued on
   February 14, 2022 and a copy is enclosed. It allows a search only
   for an open criminal case or to identify a deceased person, and a
   user must enter the case number before a search is submitted. A
   possible match is an investigative lead and must be confirmed by
   other evidence before any arrest. Images from body-worn cameras
   may not be used as probe images. There is no written policy
   prohibiting the use of photographs from social media as probe
   images.

7. Other agencies. The tool has not been shared with any other
   agency, and no other agency has paid toward it.

No fee is charged for this response. If you believe a record has been
wrongly withheld, NRS 239.011 allows you to apply to the district
court.

Sincerely,

Janelle Ostrowski
Records Supervisor, Carson City Sheriff's Office

Enclosures: Attachment A; General Order 640""", "PRR-24-0388 - 2"),
    (None, f"""\
ATTACHMENT A
File: rekognition_usage_2024H1.csv, exported 09/04/2024 from AWS Cost
Explorer and the tool's search log, printed as text.
searches = SearchFacesByImage calls; cost_usd includes face data
storage for about 74,000 faces.

row,month,service,cost_usd,searches
{CSV}
7,TOTAL,,5.82,1308""", "PRR-24-0388 - 3"),
], "pdf", CCSO,
    [CCSO, "Carson City Information Technology", "Nevada Department of Motor Vehicles"],
    [AWS, HDDS],
    [REK],
    [C(24500, 24500, "one-time", "a contract with a one-time fee of $24,500", CCSO, HDDS),
     C(3600, 3600, "year", "supports it for $3,600 per year", CCSO, HDDS),
     C(1, 1, None, "The search charge is $1.00 per 1,000 images searched", CCSO, AWS, REK, unit="per 1,000 images")]
    + [C(float(c), float(c), "month", f"{i},{m},Amazon Rekognition,{c}", CCSO, AWS, REK)
       for i, (m, s, c) in enumerate(ROWS, 1)]
    + [C(5.82, 5.82, None, "7,TOTAL,,5.82", CCSO, AWS, REK)],
    [N(74316, "exact", "images", None, "On August 31, 2024 it held 74,316 photographs", CCSO, AWS),
     N(11, "exact", "users", None, "Eleven detectives and crime analysts have accounts", CCSO, AWS),
     N(1308, "exact", "searches", None, "Users ran 1,308 searches from January through June 2024", CCSO, AWS)]
    + [N(s, "exact", "searches", "month", f"{i},{m},Amazon Rekognition,{c},{s}", CCSO, AWS)
       for i, (m, s, c) in enumerate(ROWS, 1)],
    [P("It allows a search only for an open criminal case or to identify a deceased person, and a user must enter "
       "the case number before a search is submitted.", CCSO),
     P("A possible match is an investigative lead and must be confirmed by other evidence before any arrest.", CCSO),
     P("Images from body-worn cameras may not be used as probe images.", CCSO)],
    [],
    ["2024-09-09", "2024-08-27", "2022-03", "2012", "2024-08-31", "2024-01", "2024-06", "2022-02-14", "2024-09-04",
     "2024-02", "2024-03", "2024-04", "2024-05"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Ohio: Stark County SO
SCSO = "Stark County Sheriff's Office"
DWP = "DataWorks Plus"
FP = "FACE Plus"
OHLEG = "OHLEG Facial Recognition"
doc("05_stark-county-so-general-order-fr-review.txt", [
    (None, """\
STARK COUNTY SHERIFF'S OFFICE
4500 Atlantic Blvd. NE, Canton, Ohio 44705

INTER-OFFICE MEMORANDUM

TO:      Sheriff
FROM:    Major Colleen Vukovich, Investigative Services
DATE:    January 16, 2025
RE:      General Order 3.22 (Facial Recognition) - annual review and
         proposed revision

Attached is General Order 3.22 as now in force, with the Policy
Committee's proposed revision at Section 3.22.9. Program figures for
the review:

  - FACE Plus user licences held by the Office               16
  - FACE Plus searches, calendar year 2024                  906
  - OHLEG facial recognition searches by our users, 2024    143
  - Booking photographs in the jail gallery at 12/31/24  203,117

FACE Plus runs on the DataWorks Plus booking system and is billed
under that maintenance agreement ($61,240 per year in total). The
facial recognition module accounts for $14,380 per year of that
amount; the Board of Commissioners approved the 2025 renewal on
December 11, 2024. The fingerprint capture stations on the same
agreement ($4,950 per year) are not part of the facial recognition
program. OHLEG searches are run through the Ohio Attorney General's
Bureau of Criminal Investigation at no charge to the Office.

The committee's revision is a draft. It has not been approved and
members should continue to follow the order as issued.

C. Vukovich""", "SCSO PRR 25-014  000211"),
    (None, """\
STARK COUNTY SHERIFF'S OFFICE                      GENERAL ORDER 3.22
Subject:       Facial Recognition Technology
Effective:     May 1, 2023              Review date: January 2025
Distribution:  All sworn personnel      Rescinds: None

3.22.1 PURPOSE
This order governs the use of facial recognition by members of the
Stark County Sheriff's Office, including the FACE Plus module of the
jail booking system and the Ohio Law Enforcement Gateway (OHLEG)
facial recognition application.

3.22.2 POLICY
Facial recognition is an investigative tool. Its results are
investigative leads, not identifications.

3.22.3 AUTHORIZED USERS
A. Only members assigned to the Detective Bureau or the Crime
   Analysis Unit may be issued a FACE Plus account.
B. A member must complete DataWorks Plus operator training and the
   OHLEG facial recognition training before running any search.

3.22.4 PERMITTED USES
A. A search may be run only in connection with a criminal
   investigation with an assigned incident number, to identify a
   deceased person, or to help identify a missing or endangered
   person.
B. Members shall not run a search to identify a person solely because
   of that person's race, religion, political views or participation
   in a lawful assembly.

3.22.5 RESULTS
A. A possible match shall not be used as the sole basis for probable
   cause, an arrest or a criminal charge.
B. Before a lead is given to a case investigator, a second trained
   examiner shall independently compare the probe and candidate
   images.""", "SCSO PRR 25-014  000212"),
    (None, """\
3.22.6 PROHIBITED USES
Members shall not use facial recognition on live video, and shall not
use any commercial service that searches images collected from the
internet.

3.22.7 RECORDS
Each search shall be recorded in the FACE Plus audit log with its
incident number. Logs are kept under the Office's records retention
schedule adopted under Ohio Revised Code 149.351.

3.22.8 AUDIT
The Investigative Services Major shall audit a sample of searches
each quarter and report the results to the Sheriff.

3.22.9 PROPOSED REVISION (POLICY COMMITTEE DRAFT - NOT IN EFFECT)
[Proposed new paragraph 3.22.4 C]
C. A search at the request of another agency would require a copy of
   that agency's incident report and the approval of a Detective
   Bureau lieutenant.
[Proposed new paragraph 3.22.6 B]
B. Probe images taken from social media would be permitted only with
   the written approval of the Investigative Services Major.

BY ORDER OF THE SHERIFF""", "SCSO PRR 25-014  000213"),
], "pdf", SCSO,
    [SCSO, "Stark County Board of Commissioners", "Ohio Attorney General's Bureau of Criminal Investigation"],
    [DWP],
    [FP, OHLEG],
    [C(14380, 14380, "year", "The facial recognition module accounts for $14,380 per year", SCSO, DWP, FP)],
    [N(16, "exact", "licenses", None, "FACE Plus user licences held by the Office 16", SCSO, DWP),
     N(906, "exact", "searches", "year", "FACE Plus searches, calendar year 2024 906", SCSO, DWP),
     N(143, "exact", "searches", "year", "OHLEG facial recognition searches by our users, 2024 143", SCSO, None),
     N(203117, "exact", "images", None, "Booking photographs in the jail gallery at 12/31/24 203,117", SCSO, DWP)],
    [P("Its results are investigative leads, not identifications.", SCSO),
     P("Only members assigned to the Detective Bureau or the Crime Analysis Unit may be issued a FACE Plus "
       "account.", SCSO),
     P("A member must complete DataWorks Plus operator training and the OHLEG facial recognition training before "
       "running any search.", SCSO),
     P("A search may be run only in connection with a criminal investigation with an assigned incident number, to "
       "identify a deceased person, or to help identify a missing or endangered person.", SCSO),
     P("Members shall not run a search to identify a person solely because of that person's race, religion, "
       "political views or participation in a lawful assembly.", SCSO),
     P("A possible match shall not be used as the sole basis for probable cause, an arrest or a criminal "
       "charge.", SCSO),
     P("Before a lead is given to a case investigator, a second trained examiner shall independently compare the "
       "probe and candidate images.", SCSO),
     P("Members shall not use facial recognition on live video, and shall not use any commercial service that "
       "searches images collected from the internet.", SCSO),
     P("Each search shall be recorded in the FACE Plus audit log with its incident number.", SCSO),
     P("The Investigative Services Major shall audit a sample of searches each quarter and report the results to "
       "the Sheriff.", SCSO)],
    [],
    ["2025-01-16", "2024", "2024-12-31", "2025", "2024-12-11", "2023-05-01", "2025-01"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Utah: Layton PD
LPD = "Layton Police Department"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
doc("06_layton-city-council-minutes-idemia-agreement.txt", [
    (None, """\
LAYTON CITY COUNCIL
MINUTES OF THE REGULAR MEETING
Thursday, June 6, 2024 - 7:00 p.m.
Council Chambers, Layton City Center, 437 North Wasatch Drive

PRESENT: Mayor Dana Whitlock; Councilmembers Gregory Saunders, Kendra
Oakes, Paul Yamashita, Lorraine Beck and Wade Hollister.
STAFF: City Manager Adam Ferrin; Police Chief Russell Tanaka; City
Attorney Megan Lund; City Recorder Sherri Kimball (recording).

1. CALL TO ORDER, PLEDGE OF ALLEGIANCE AND INVOCATION
Mayor Whitlock called the meeting to order at 7:00 p.m.

2. APPROVAL OF MINUTES
The minutes of the May 16, 2024 meeting were approved as written, 5-0.

3. CONSENT ITEMS
The Council approved the consent items, 5-0: (a) purchase of two
police pursuit vehicles, $104,380; (b) renewal of the Axon Taser 10
agreement, $38,600 per year; (c) a fireworks permit for July 4.

4. RESOLUTION 24-38 - AGREEMENT WITH IDEMIA IDENTITY & SECURITY USA
   LLC FOR FACIAL COMPARISON SOFTWARE (POLICE DEPARTMENT)

Chief Tanaka explained that the Police Department now asks the Utah
Statewide Information and Analysis Center (SIAC) to run face searches
for it. SIAC ran 37 searches for Layton in 2023 and took an average
of nine days to return results. The proposed three-year agreement
with IDEMIA would give six named users in the Investigations Bureau
direct access to MorphoFace Investigate, a hosted search of booking
photographs. IDEMIA would load about 143,000 Davis County Jail
booking photographs under the County's existing data sharing
agreement with the City.

Chief Tanaka said the agreement is for three years at a total not to
exceed $72,600, as set out in Exhibit B. The first year includes a
one-time implementation and training fee of $6,000. Funding for the
first year is in the Police Department's adopted budget; years two
and three are subject to appropriation.""",
     "LCC Min. 6/6/24 p. 1 of 3"),
    (None, """\
Councilmember Oakes asked whether the software would be used with the
City's traffic or park cameras. Chief Tanaka said it would not. He
said that under state law, Utah Code Title 77, Chapter 23e, the
Department may run a search only to investigate a felony, a violent
crime or a threat to human life, or to identify a deceased person or
a person who cannot identify himself. Department Policy 612 also
requires that a second trained examiner review any possible match
before it is given to a detective.

Councilmember Saunders said he had read that some algorithms are far
less accurate for women and people of color, and asked about testing.
Chief Tanaka said IDEMIA's algorithm ranks among the most accurate in
NIST testing, and that under Policy 612 no arrest may be based on a
match alone.

Public comment: Resident Tyler Moss said the City should not adopt
the technology without a public hearing and cited a study finding
error rates 10 to 100 times higher for some groups. Resident Elaine
Fjeldsted spoke in favor of the agreement.

Councilmember Beck moved to approve Resolution 24-38 with an
amendment: the Police Department shall not use the software to
identify people in real time or from live video, and shall give the
Council an annual report of the number of searches. Councilmember
Yamashita seconded. The amendment and the resolution passed 4-1
(Councilmember Hollister opposed).

5. ADJOURNMENT
The meeting adjourned at 8:12 p.m.

Minutes approved June 20, 2024.

_____________________________       _____________________________
Dana Whitlock, Mayor                Sherri Kimball, City Recorder""",
     "LCC Min. 6/6/24 p. 2 of 3"),
    (None, """\
RESOLUTION 24-38 - EXHIBIT B
FEE SCHEDULE
Professional Services Agreement No. PSA-2024-061
Layton City / IDEMIA Identity & Security USA LLC

Item  Description                         Year 1      Year 2      Year 3
----  ------------------------------  ----------  ----------  ----------
B-1   MorphoFace Investigate, hosted   21,450.00   22,200.00   22,950.00
      subscription (6 named users)
B-2   Implementation, gallery load      6,000.00          --          --
      and on-site training (one-time)
B-3   Gallery updates (daily booking    Included    Included    Included
      photo feed from Davis County)
----  ------------------------------  ----------  ----------  ----------

Total for the three-year term, not to exceed:                $72,600.00

Notes
1. Year 1 begins on the go-live date, expected August 1, 2024.
2. Invoices are issued annually in advance and are due net 30 days.
   Late payments accrue interest at 1.5% per month.
3. Layton City is exempt from Utah sales and use tax.
4. Additional named users may be added at IDEMIA's then-current
   price, prorated to the end of the contract year.""",
     "LCC Min. 6/6/24 p. 3 of 3"),
], "pdf", LPD,
    [LPD, "Layton City Council", "Utah Statewide Information and Analysis Center", "Davis County",
     "National Institute of Standards and Technology"],
    [IDM, "Axon"],
    [MFI, "Taser 10"],
    [C(None, 72600, None, "a total not to exceed $72,600", LPD, IDM, MFI),
     C(6000, 6000, "one-time", "one-time implementation and training fee of $6,000", LPD, IDM, MFI),
     C(21450, 21450, "year", "B-1 MorphoFace Investigate, hosted 21,450.00", LPD, IDM, MFI),
     C(22200, 22200, "year", "B-1 MorphoFace Investigate, hosted 21,450.00 22,200.00", LPD, IDM, MFI),
     C(22950, 22950, "year", "B-1 MorphoFace Investigate, hosted 21,450.00 22,200.00 22,950.00", LPD, IDM, MFI)],
    [N(37, "exact", "requests", "year", "SIAC ran 37 searches for Layton in 2023", LPD, None),
     N(6, "exact", "licenses", None, "give six named users in the Investigations Bureau direct access", LPD, IDM),
     N(143000, "approximately", "images", None, "IDEMIA would load about 143,000 Davis County Jail booking "
       "photographs", LPD, IDM)],
    [P("under state law, Utah Code Title 77, Chapter 23e, the Department may run a search only to investigate a "
       "felony, a violent crime or a threat to human life, or to identify a deceased person or a person who cannot "
       "identify himself.", LPD),
     P("Department Policy 612 also requires that a second trained examiner review any possible match before it is "
       "given to a detective.", LPD),
     P("under Policy 612 no arrest may be based on a match alone.", LPD),
     P("the Police Department shall not use the software to identify people in real time or from live video, and "
       "shall give the Council an annual report of the number of searches.", LPD)],
    [],
    ["2024-06-06", "2024-05-16", "2023", "2024-06-20", "2024-08-01"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
