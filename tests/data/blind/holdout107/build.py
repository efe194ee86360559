"""Writes docs/*.txt and labels.json for holdout107 (four invented releases: KS, ME, NV, AL).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, policies with kind)."""
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
            assert f["quote"] in text, (file, f["quote"])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Kansas: Leawood PD (staff report)
LPD = "Leawood Police Department"
ROC = "Rank One Computing"
doc("01_leawood-pd-rank-one-staff-report.txt", [
    (None, """\
CITY OF LEAWOOD, KANSAS
GOVERNING BODY STAFF REPORT

Meeting Date:  June 2, 2025               Agenda Item: 7.C (Consent)
Department:    Police Department
Prepared by:   Capt. Dana Whitcomb, Investigations Division
Reviewed by:   Chief of Police; Finance Director; City Attorney

SUBJECT: Approve a three-year agreement with Rank One Computing
         Corporation for ROC Investigate facial recognition software

RECOMMENDATION
Staff recommends that the Governing Body approve the agreement with
Rank One Computing Corporation in an amount not to exceed $51,000 over
three years, and authorize the Mayor to sign it.

BACKGROUND
The Leawood Police Department does not have its own facial recognition
tool. Since 2021 detectives have sent probe images to the Overland Park
Police Department, which searches them on its own system as a
courtesy. In 2024 Leawood detectives sent 37 such requests. Turnaround
is several days, and Overland Park has told staff it will stop taking
outside requests on December 31, 2025.

Staff compared three products in a 2025 market survey: Clearview AI,
DataWorks Plus FACE Plus and Rank One Computing's ROC Investigate.
Clearview AI was not selected because it searches images collected
from the public internet. DataWorks Plus quoted $61,900 for three years
and was not selected.

ROC Investigate would search only the Department's own booking
photographs. The Records Unit holds 21,436 booking photographs taken
since 2009, of roughly 12,600 individuals. The software is installed
on a City server and does not send images outside the City network.
For comparison, the Olathe Police Department reports paying about
$19,000 a year for its Clearview AI subscription.""", "Agenda Item 7.C - Page 1 of 2"),
    (None, """\
FISCAL IMPACT
  Item                                                      Amount
  --------------------------------------------------   ----------
  ROC Investigate annual subscription, 6 named users
    at $2,400 per user per year                            $14,400
  Subscription, years 2 and 3 (price held, no escalator)   $28,800
  Installation, data migration and 16 hours of
    examiner training (one time)                            $7,800
  --------------------------------------------------   ----------
  Three-year total (not to exceed)                         $51,000

Funds are available in the Special Law Enforcement Trust Fund, account
205-4410-52640, which has a balance of $96,315 from forfeiture
proceeds. No General Fund money is requested. Agenda item 7.D, the
replacement of two Axon Fleet in-car cameras ($11,960), is a separate
purchase and is not part of this request.

POLICY AND OVERSIGHT
The Department adopted Policy 438, Facial Recognition, on April 14,
2025. Its main provisions are:
  - The software shall be used only to help identify suspects, victims
    and witnesses in open criminal investigations and to identify
    deceased or incapacitated persons.
  - A search result is an investigative lead only and is not probable
    cause for an arrest.
  - Each user must complete the vendor's examiner course before the
    account is activated.
  - Members shall not search images of people taken because they
    attended a lawful protest or assembly.
  - Misuse of the software will result in loss of access and may lead
    to discipline up to and including termination.
A draft amendment would require an annual public summary of searches;
it has not been adopted. There is currently no City ordinance that
governs police use of facial recognition.

ATTACHMENTS
A. Rank One Computing quote RO-25-0311, dated May 9, 2025
B. Policy 438, Facial Recognition""", "Agenda Item 7.C - Page 2 of 2"),
], "text", LPD,
    [LPD, "City of Leawood", "Overland Park Police Department", "Olathe Police Department"],
    [ROC, "Clearview AI", "DataWorks Plus", "Axon"],
    ["ROC Investigate", "FACE Plus", "Axon Fleet"],
    [C(None, 51000, None, "in an amount not to exceed $51,000 over three years", LPD, ROC, "ROC Investigate"),
     C(19000, 19000, "year", "about $19,000 a year for its Clearview AI subscription", "Olathe Police Department",
       "Clearview AI"),
     C(14400, 14400, "year", "ROC Investigate annual subscription, 6 named users at $2,400 per user per year "
       "$14,400", LPD, ROC, "ROC Investigate"),
     C(2400, 2400, "year", "at $2,400 per user per year", LPD, ROC, "ROC Investigate", unit="per user"),
     C(28800, 28800, None, "Subscription, years 2 and 3 (price held, no escalator)   $28,800", LPD, ROC,
       "ROC Investigate"),
     C(7800, 7800, "one-time", "examiner training (one time)                            $7,800", LPD, ROC,
       "ROC Investigate")],
    [N(37, "exact", "requests", "year", "In 2024 Leawood detectives sent 37 such requests", LPD),
     N(21436, "exact", "images", None, "The Records Unit holds 21,436 booking photographs", LPD, ROC),
     N(12600, "approximately", "images", None, "of roughly 12,600 individuals", LPD, ROC),
     N(6, "exact", "licenses", None, "6 named users", LPD, ROC)],
    [P("The software shall be used only to help identify suspects, victims and witnesses in open criminal "
       "investigations and to identify deceased or incapacitated persons.", LPD, "purpose"),
     P("A search result is an investigative lead only and is not probable cause for an arrest.", LPD,
       "disclaimer"),
     P("Each user must complete the vendor's examiner course before the account is activated.", LPD,
       "requirement"),
     P("Members shall not search images of people taken because they attended a lawful protest or assembly.",
       LPD, "prohibition"),
     P("Misuse of the software will result in loss of access and may lead to discipline up to and including "
       "termination.", LPD, "consequence")],
    [],
    ["2025-06-02", "2021", "2024", "2025-12-31", "2025", "2009", "2025-04-14", "2025-05-09"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Maine: Brunswick PD (Outlook thread)
BPD = "Brunswick Police Department"
MSP = "Maine State Police"
CV = "Clearview AI"
SUBJ = "Clearview quote - CID"
doc("02_brunswick-pd-clearview-quote-outlook.txt", [
    ("Lavoie, Theresa", """\
From:       Hallett, Owen <ohallett@brunswickpd.org>
Sent:       Thursday, February 20, 2025 10:14 AM
To:         Lavoie, Theresa <tlavoie@brunswickpd.org>
Cc:         Kirby, Sam <skirby@brunswickpd.org>
Subject:    RE: Clearview quote - CID

Theresa,

Short answer is no. I checked with the Town Attorney. Maine law
(25 M.R.S. sec. 6001 et seq., enacted as LD 1585 in 2021) says a
public employee or official may not obtain, retain, possess, access,
request or use a facial surveillance system, except as the statute
allows. Buying our own Clearview seats, even the three-seat package
in the quote below, is not something we can do.

What we can do is what we have been doing: send the request to the
Maine State Police. Under the statute the request has to be in
writing and has to document probable cause to believe the unknown
person committed a serious crime. We sent 11 of those requests to MSP
last year. Sam has the log.

Also, General Order 3.41 says any officer who uses a facial
surveillance system outside the statute is subject to discipline up
to and including termination. The Clearview free trial logins from
the demo are not to be used by anyone.

Owen

Lt. Owen Hallett | Criminal Investigation Division
Brunswick Police Department | 85 Pleasant Street, Brunswick ME 04011
Tel. 207-555-0148""", "BPD-PRR-25-018                                    000007"),
    ("Lavoie, Theresa", """\
-----Original Message-----
From: Lavoie, Theresa
Sent: Wednesday, February 19, 2025 3:52 PM
To: Hallett, Owen
Cc: Kirby, Sam
Subject: RE: Clearview quote - CID

Lieutenant - can CID buy this out of the drug forfeiture account? It
is $4,950 for three seats for a year, less than the Axon taser
cartridge order ($6,120) we just approved. MSP takes a week or more
to come back on our requests, and their analyst told Sam they ran
about 900 searches for agencies around the state in 2024.

Theresa
""", "BPD-PRR-25-018                                    000008"),
    ("Lavoie, Theresa", """\
> From: Kirby, Sam
> Sent: Tuesday, February 18, 2025 11:07 AM
> To: Lavoie, Theresa
> Subject: FW: Clearview quote - CID
>
> Det. Lavoie - quote from the Clearview rep after last week's demo,
> see below. He says the price is good for 30 days.
>
> ---------- Forwarded message ---------
> From: Marcus Delray <marcus.delray@clearview.ai>
> Date: Mon, Feb 17, 2025 at 2:31 PM
> Subject: Brunswick PD - Clearview AI pricing
> To: Sam Kirby <skirby@brunswickpd.org>
>
> Hi Sam,
>
> Great to meet the team. Here is our small-agency package:
>
>   Clearview AI Investigative Platform, 3 users, 12 mo.   $4,950.00
>   Clearview Mobile                                        included
>   Training and onboarding                                 included
>
> That works out to $1,650 per user per year. The platform now
> searches more than 60 billion publicly available images, and every
> search is logged with the case number the user enters.
>
> Marcus Delray | Public Sector, Northeast | Clearview AI
> This message may contain confidential information and is intended
> only for the named recipient.""", "BPD-PRR-25-018                                    000009"),
], "print", BPD,
    [BPD, MSP],
    [CV, "Axon"],
    ["Clearview AI Investigative Platform", "Clearview Mobile"],
    [C(4950, 4950, "year", "It is $4,950 for three seats for a year", BPD, CV, "Clearview AI Investigative Platform"),
     C(1650, 1650, "year", "That works out to $1,650 per user per year", BPD, CV,
       "Clearview AI Investigative Platform", unit="per user")],
    [N(3, "exact", "licenses", None, "It is $4,950 for three seats for a year", BPD, CV),
     N(11, "exact", "requests", "year", "We sent 11 of those requests to MSP last year", BPD),
     N(900, "approximately", "searches", "year", "they ran about 900 searches for agencies around the state "
       "in 2024", MSP),
     N(60000000000, "more than", "images", None, "more than 60 billion publicly available images", None, CV)],
    [P("a public employee or official may not obtain, retain, possess, access, request or use a facial "
       "surveillance system, except as the statute allows.", BPD, "prohibition"),
     P("Under the statute the request has to be in writing and has to document probable cause to believe the "
       "unknown person committed a serious crime.", BPD, "requirement"),
     P("any officer who uses a facial surveillance system outside the statute is subject to discipline up to "
       "and including termination.", BPD, "consequence"),
     P("The Clearview free trial logins from the demo are not to be used by anyone.", BPD, "prohibition")],
    [E("Hallett, Owen", "Lavoie, Theresa", "Thursday, February 20, 2025 10:14 AM", "RE: " + SUBJ),
     E("Lavoie, Theresa", "Hallett, Owen", "Wednesday, February 19, 2025 3:52 PM", "RE: " + SUBJ),
     E("Kirby, Sam", "Lavoie, Theresa", "Tuesday, February 18, 2025 11:07 AM", "FW: " + SUBJ),
     E("Marcus Delray", "Sam Kirby", "Mon, Feb 17, 2025 at 2:31 PM", "Brunswick PD - Clearview AI pricing")],
    ["2025-02-20", "2025-02-19", "2025-02-18", "2025-02-17", "2021", "2024"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Nevada: Eureka County SO (quote + invoice)
ECSO = "Eureka County Sheriff's Office"
HD = "High Desert Public Safety Solutions"
FV = "FaceVACS-DBScan LE"
doc("03_eureka-county-so-cognitec-quote-invoice.txt", [
    (None, """\
HIGH DESERT PUBLIC SAFETY SOLUTIONS, LLC
1450 Glendale Avenue, Suite 6, Sparks, NV 89431      (775) 555-0192
Authorized reseller: Cognitec Systems | Integrated Biometrics

QUOTATION                                  Quote No.:  HDQ-24-0217
                                           Date:       02/27/2024
                                           Valid for:  60 days
Customer:  Eureka County Sheriff's Office
           P.O. Box 117, Eureka, NV 89316
Attn:      Undersheriff Carla Bexley

Ln  Description                              Qty  Unit Price     Amount
--  --------------------------------------  ---  ----------  ---------
1   FaceVACS-DBScan LE server license,        1   18,500.00  18,500.00
    perpetual, one-time (Cognitec)
2   FaceVACS-DBScan LE examiner client                        5,250.00
    licenses, perpetual, one-time (3 seats)
3   Software maintenance and support,                         3,330.00
    year 1 (18% of license list)
4   Enrollment of jail booking photographs                    2,900.00
    (approx. 9,500 images, 2006-2024) and
    on-site installation, 2 days
5   Watson Mini fingerprint scanner           2    1,195.00   2,390.00
    (Integrated Biometrics), booking desk
6   Freight, scanners                                            45.00
                                                           ---------
                                        Subtotal           32,415.00
                                        NV sales tax 7.1%       0.00
                                          (exempt, cert. E-0519)
                                        TOTAL              32,415.00

Notes: Lines 1-4 are the facial recognition system. Lines 5-6 are
booking equipment quoted at the Sheriff's request and are not part of
it. Maintenance after year 1 is billed annually at 18% of the
then-current license list.

APPROVED - Board of Eureka County Commissioners, 03/18/2024, item 11.
Directive 24-02 applies: FaceVACS results are investigative leads only
and are not probable cause to arrest. Every search shall be logged
with a case number.                     /s/ Sheriff Dale Ormsby""", "ECSO PRR 25-06   Page 1"),
    (None, """\
HIGH DESERT PUBLIC SAFETY SOLUTIONS, LLC
Remit to: P.O. Box 50834, Sparks, NV 89435        Tax ID 88-0412776

INVOICE                                   Invoice No.:  HD-25-0388
                                          Invoice Date: 03/24/2025
                                          Customer No.: C-1041
Bill to:  Eureka County Sheriff's Office  Customer PO:  ECSO-25-014
          Attn: Accounts Payable          Terms:        Net 30

Description                                                  Amount
-------------------------------------------------------  ----------
FaceVACS-DBScan LE software maintenance and support,
  year 2 (04/01/2025 - 03/31/2026), 3 client seats and
  1 server (18% of current list, list increased 5%)        3,496.50
                                                         ----------
                                          Amount due       3,496.50

Usage summary from your system log, year 1 (04/2024 - 03/2025):
  Searches run ...................................... 214
  Images enrolled at go-live ...................... 9,812
  Examiner accounts that ran a search ................. 3

Late payment charge: 1.5% per month on balances over 30 days.
Questions: billing@hdpss.example, (775) 555-0192.
Thank you for your business!""", "ECSO PRR 25-06   Page 2"),
], "text", ECSO,
    [ECSO, "Board of Eureka County Commissioners", "Eureka County Jail"],
    [HD, "Cognitec Systems", "Integrated Biometrics"],
    [FV, "Watson Mini"],
    [C(18500, 18500, "one-time", "FaceVACS-DBScan LE server license, 1 18,500.00 18,500.00 perpetual, one-time", ECSO, HD, FV),
     C(5250, 5250, "one-time", "FaceVACS-DBScan LE examiner client 5,250.00 licenses, perpetual, one-time", ECSO, HD, FV),
     C(3330, 3330, "year", "3   Software maintenance and support,                         3,330.00\n"
       "    year 1", ECSO, HD, FV),
     C(2900, 2900, None, "4   Enrollment of jail booking photographs                    2,900.00", ECSO, HD, FV),
     C(3496.5, 3496.5, "year", "1 server (18% of current list, list increased 5%)        3,496.50", ECSO, HD, FV)],
    [N(3, "exact", "licenses", None, "(3 seats)", ECSO, HD),
     N(9500, "approximately", "images", None, "approx. 9,500 images", ECSO, HD),
     N(214, "exact", "searches", "year", "Searches run ...................................... 214", ECSO, HD),
     N(9812, "exact", "images", None, "Images enrolled at go-live ...................... 9,812", ECSO, HD),
     N(3, "exact", "users", "year", "Examiner accounts that ran a search ................. 3", ECSO, HD)],
    [P("FaceVACS results are investigative leads only and are not probable cause to arrest.", ECSO, "disclaimer"),
     P("Every search shall be logged with a case number.", ECSO, "requirement")],
    [],
    ["2024-02-27", "2006", "2024", "2024-03-18", "2025-03-24", "2025-04-01", "2026-03-31", "2024-04", "2025-03"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Alabama: Prattville PD (general order)
PPD = "Prattville Police Department"
ALEA = "Alabama Law Enforcement Agency"
doc("04_prattville-pd-general-order-frt-annual-summary.txt", [
    (None, """\
PRATTVILLE POLICE DEPARTMENT                         GENERAL ORDER 4.22
101 West Main Street, Prattville, Alabama 36067

Subject:      Facial Recognition Technology
Effective:    September 1, 2023          Revised:   January 15, 2025
Distribution: All sworn personnel        Replaces:  GO 4.22 (2023)

1. PURPOSE
1.1 This order governs the Department's use of facial recognition
    technology (FRT). FRT is used only to develop investigative leads
    to identify suspects, victims and witnesses in criminal cases and
    to identify deceased or incapacitated persons.

2. POLICY
2.1 A possible match returned by any FRT system is an investigative
    lead only. Consistent with Alabama Act 2022-420, a match shall not
    be the sole basis for probable cause to arrest.
2.2 Members may use only FRT systems approved in writing by the Chief
    of Police. The approved systems are Clearview AI and the facial
    recognition service of the Alabama Law Enforcement Agency (ALEA).

3. DEFINITIONS
3.1 Probe image: the image of an unknown person submitted for search.
3.2 Examiner: a member trained under section 4 and issued an account.

4. ACCESS AND TRAINING
4.1 The Department holds four Clearview AI user accounts, assigned by
    the Criminal Investigations Division (CID) commander.
4.2 Before an account is issued, the member must complete the vendor's
    online course and eight hours of face comparison training.
4.3 Accounts shall not be shared. Each examiner uses only his or her
    own credentials.

5. PROCEDURE
5.1 An examiner may run a search only for an active case, and the case
    number must be entered with every search.
5.2 Requests from other agencies may be accepted from a sworn
    supervisor of that agency and must include its case number.
5.3 A possible match must be reviewed by a second examiner before it
    is reported to the case agent.""", "GO 4.22 - Page 1 of 3"),
    (None, """\
6. PROHIBITED USES
6.1 Members shall not use FRT to identify a person because of his or
    her religion, race, political views or lawful participation in a
    protest or assembly.
6.2 Members shall not use FRT for live or real-time surveillance.
6.3 Members may not upload probe images to any FRT system that is not
    approved under section 2.2, including vendor free trials.

7. RECORDS AND AUDIT
7.1 The CID commander shall audit the search log each quarter and
    report the results to the Chief of Police.
7.2 Search records are retained for three years.

8. VIOLATIONS
8.1 A member who misuses FRT or shares an account will lose access
    and is subject to discipline under GO 2.10, up to and including
    dismissal.

9. PROPOSED REVISION (DRAFT - NOT ADOPTED)
The Chief has asked the City Council to consider adding section 7.3.
It is shown for discussion only and is not in effect:
  "7.3 The Department shall publish the annual summary in Attachment A
  on the City of Prattville website each March."

By order of:  Chief of Police                     Date: January 15, 2025""", "GO 4.22 - Page 2 of 3"),
    (None, """\
ATTACHMENT A - FRT ANNUAL SUMMARY, CALENDAR YEAR 2024
Prepared by Sgt. Lamar Everette, CID, January 9, 2025

Table 1. Clearview AI searches and results by quarter, 2024

Quarter          Searches    Possible    Leads sent to    Arrests
                   run       matches      case agent
------------     --------    --------    -------------    -------
Q1 (Jan-Mar)          41          23               11          3
Q2 (Apr-Jun)          38          19                9          2
Q3 (Jul-Sep)          52          30               14          4
Q4 (Oct-Dec)          47          26               12          3
------------     --------    --------    -------------    -------
Total                178          98               46         12

Of the 178 searches, 9 were run at the request of the Autauga County
Sheriff's Office and 4 at the request of the Millbrook Police
Department. Another 21 probe images were sent to ALEA, whose system
returned 5 possible matches.

Table 2. Accounts and cost
  Clearview AI user accounts held .......................... 4
  Accounts that ran at least one search in 2024 ............ 3
  Annual subscription (4 accounts at $1,800 each) ..... $7,200
  Subscription term: October 1, 2024 - September 30, 2025
  Quarterly audits completed ............................... 4

Audit finding: one Q3 search was run without a case number. The
examiner was counseled and the case number was added to the log.
Possible matches were 55% of searches (98 of 178).""", "GO 4.22 - Page 3 of 3"),
], "text", PPD,
    [PPD, ALEA, "Autauga County Sheriff's Office", "Millbrook Police Department", "City of Prattville",
     "Prattville City Council"],
    ["Clearview AI"],
    [],
    [C(7200, 7200, "year", "Annual subscription (4 accounts at $1,800 each) ..... $7,200", PPD, "Clearview AI"),
     C(1800, 1800, "year", "4 accounts at $1,800 each", PPD, "Clearview AI", unit="per user")],
    [N(4, "exact", "licenses", None, "The Department holds four Clearview AI user accounts", PPD, "Clearview AI"),
     N(41, "exact", "searches", "quarter", "Q1 (Jan-Mar)          41", PPD, "Clearview AI"),
     N(38, "exact", "searches", "quarter", "Q2 (Apr-Jun)          38", PPD, "Clearview AI"),
     N(52, "exact", "searches", "quarter", "Q3 (Jul-Sep)          52", PPD, "Clearview AI"),
     N(47, "exact", "searches", "quarter", "Q4 (Oct-Dec)          47", PPD, "Clearview AI"),
     N(178, "exact", "searches", "year", "Total                178", PPD, "Clearview AI"),
     N(98, "exact", "matches", "year", "Total                178          98", PPD, "Clearview AI"),
     N(46, "exact", "leads", "year", "Total                178          98               46", PPD,
       "Clearview AI"),
     N(12, "exact", "arrests", "year", "Total                178          98               46         12",
       PPD, "Clearview AI"),
     N(9, "exact", "requests", "year", "9 were run at the request of the Autauga County Sheriff's Office",
       PPD, "Clearview AI"),
     N(4, "exact", "requests", "year", "4 at the request of the Millbrook Police Department", PPD,
       "Clearview AI"),
     N(21, "exact", "requests", "year", "Another 21 probe images were sent to ALEA", PPD),
     N(5, "exact", "matches", "year", "returned 5 possible matches", ALEA),
     N(3, "exact", "users", "year", "Accounts that ran at least one search in 2024 ............ 3", PPD,
       "Clearview AI")],
    [P("FRT is used only to develop investigative leads to identify suspects, victims and witnesses in criminal "
       "cases and to identify deceased or incapacitated persons.", PPD, "purpose"),
     P("A possible match returned by any FRT system is an investigative lead only.", PPD, "disclaimer"),
     P("Consistent with Alabama Act 2022-420, a match shall not be the sole basis for probable cause to arrest.",
       PPD, "disclaimer"),
     P("Members may use only FRT systems approved in writing by the Chief of Police.", PPD, "requirement"),
     P("Before an account is issued, the member must complete the vendor's online course and eight hours of "
       "face comparison training.", PPD, "requirement"),
     P("Accounts shall not be shared.", PPD, "prohibition"),
     P("An examiner may run a search only for an active case, and the case number must be entered with every "
       "search.", PPD, "requirement"),
     P("Requests from other agencies may be accepted from a sworn supervisor of that agency and must include "
       "its case number.", PPD, "permission"),
     P("A possible match must be reviewed by a second examiner before it is reported to the case agent.", PPD,
       "requirement"),
     P("Members shall not use FRT to identify a person because of his or her religion, race, political views "
       "or lawful participation in a protest or assembly.", PPD, "prohibition"),
     P("Members shall not use FRT for live or real-time surveillance.", PPD, "prohibition"),
     P("Members may not upload probe images to any FRT system that is not approved under section 2.2, "
       "including vendor free trials.", PPD, "prohibition"),
     P("The CID commander shall audit the search log each quarter and report the results to the Chief of "
       "Police.", PPD, "requirement"),
     P("Search records are retained for three years.", PPD, "requirement"),
     P("A member who misuses FRT or shares an account will lose access and is subject to discipline under "
       "GO 2.10, up to and including dismissal.", PPD, "consequence")],
    [],
    ["2023-09-01", "2025-01-15", "2023", "2024", "2025-01-09", "2024-10-01", "2025-09-30"],
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
