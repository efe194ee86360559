"""Writes docs/*.txt and labels.json for holdout102 (six invented releases: AZ, NE, IA, MA, AL, NV).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds a `kind` on every
policy (requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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
            assert len(line) <= MAX_COLS, (file, len(line), line)
            assert line.isascii(), (file, line)
        texts.append(page)
    text = "\f".join(texts)
    for group in (costs, counts, policies):
        for f in group:
            f["quote"] = _resolve(f["quote"], text)
            assert f["quote"] in text, (file, f["quote"])
    for e in emails:
        for k in ("date", "subject"):
            assert e[k] is None or e[k] in text, (file, e[k])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Arizona: Lake Havasu City PD
LH = "Lake Havasu City Police Department"
VT = "Veritone"
doc("01_lake-havasu-city-pd-veritone-consent-agenda.txt", [
    (None, """\
LAKE HAVASU CITY, ARIZONA
CITY COUNCIL - REGULAR MEETING AGENDA
Tuesday, November 12, 2024, 5:30 p.m.
City Council Chambers, 2330 McCulloch Boulevard North

5. CONSENT AGENDA
All items listed under the Consent Agenda are considered routine and
will be enacted by one motion. An item may be removed for separate
discussion at the request of a Councilmember or the public.

5.A  Approve the minutes of the October 22, 2024 regular meeting.

5.B  Approve the purchase of two 2025 Ford Police Interceptor Utility
     vehicles under State cooperative contract ADSPO17-166122 in the
     amount of $118,640. (Police)

5.C  Approve the renewal of the Flock Safety license plate reader
     camera service for one year in the amount of $36,000. (Police)

5.D  Approve Agreement No. 24-118 with Veritone, Inc. for the IDentify
     facial recognition application for the Police Department for a
     three-year term, in an amount not to exceed $71,463. (Police)

5.E  Accept a Governor's Office of Highway Safety grant of $14,250
     for DUI enforcement overtime. (Police)

5.F  Approve a special event liquor license application for the
     Havasu Balloon Festival, January 17-19, 2025. (City Clerk)

Staff reports for each item follow. Items 5.B, 5.C and 5.E are
included in this packet excerpt for reference only.""", "Council Packet Page 41"),
    (None, """\
CITY COUNCIL AGENDA ITEM - STAFF REPORT                        Item 5.D

Meeting Date:   November 12, 2024
Department:     Police
Prepared by:    Cmdr. Lorena Beltz, Investigations Bureau, (928) 555-0162
Subject:        Agreement No. 24-118 with Veritone, Inc. (IDentify)

BACKGROUND
Detectives now compare photographs of unknown suspects with booking
photographs by hand. In 2023 the Investigations Bureau spent an
estimated 640 hours on manual photo review. IDentify, an application
of Veritone, Inc. (Irvine, California), compares a probe image from a
case, such as a still from a business's surveillance video, with the
Department's own booking photographs and returns possible candidates
for a trained detective to review. IDentify does not search driver
license photographs, social media or the internet, and it is not
connected to the City's traffic or park cameras.

The Department's booking archive holds approximately 118,500 booking
photographs of about 61,000 persons, taken at the City jail since
2006. Twelve named user licenses would be issued to detectives and
crime analysts. During a 45-day no-cost evaluation in April and May
2024, detectives ran 96 searches, which produced 14 investigative
leads and helped identify suspects in 6 cases.

The Bullhead City Police Department has used IDentify since 2022 and
reports paying about $21,000 a year for a similar number of users.

USE POLICY
General Order 41.12, Facial Recognition, was signed by the Chief of
Police on September 3, 2024 and will govern use of the application.
Under the order, IDentify may be used only to help identify suspects,
victims and witnesses in open criminal investigations and to identify
deceased persons. Only members who have completed the vendor's
training and the Department's eight-hour course may run a search, and
every search must be tied to an open case number. A candidate returned
by IDentify is an investigative lead only and shall not be the sole
basis for an arrest or a search warrant. Members shall not use IDentify
to identify persons engaged in lawful First Amendment activity. There
is no Arizona statute that regulates police use of facial recognition.""",
     "Council Packet Page 42"),
    (None, """\
Item 5.D - Agreement No. 24-118 with Veritone, Inc. (continued)

FISCAL IMPACT
Funding is available in the Police Department's RICO / anti-racketeering
fund (Fund 215, account 215-2110-53260), which holds forfeiture proceeds
under A.R.S. 13-2314.03. No General Fund money is requested. Pricing is
fixed for year 1 and rises 3% in each later year.

                                       FY 2024-25  FY 2025-26  FY 2026-27
IDentify subscription, 12 named          $21,600     $22,248     $22,915
  users ($1,800 per user in year 1)
Implementation, training and booking      $4,700           -           -
  photo migration (one-time)
Arizona TPT / sales tax (exempt)           $0.00       $0.00       $0.00
                                       ----------  ----------  ----------
Fiscal year total                        $26,300     $22,248     $22,915

Three-year total (not to exceed)                                 $71,463

ALTERNATIVES
1. Do not approve; detectives would continue manual photo review.
2. Approve a one-year agreement; Veritone's one-year price is higher.

RECOMMENDED ACTION
Motion to approve Agreement No. 24-118 with Veritone, Inc. for the
IDentify facial recognition application for a three-year term from
December 1, 2024 through November 30, 2027, in an amount not to exceed
$71,463, and to authorize the City Manager to sign the agreement and
related documents.

ATTACHMENTS
A. Agreement No. 24-118 (Veritone Master Services Agreement and
   Order Schedule)
B. General Order 41.12, Facial Recognition
C. Veritone quote Q-LHC-2024-0917""", "Council Packet Page 43"),
], "pdf", LH,
    [LH, "Lake Havasu City Council", "Lake Havasu City", "Bullhead City Police Department",
     "Arizona Governor's Office of Highway Safety"],
    [VT, "Flock Safety"],
    ["IDentify"],
    [C(None, 71463, None, "three-year term, in an amount not to exceed $71,463", LH, VT, "IDentify"),
     C(21000, 21000, "year", "reports paying about $21,000 a year", "Bullhead City Police Department", VT, "IDentify"),
     C(21600, 21600, "year", "IDentify subscription, 12 named          $21,600", LH, VT, "IDentify"),
     C(22248, 22248, "year", "IDentify subscription, 12 named          $21,600     $22,248", LH, VT, "IDentify"),
     C(22915, 22915, "year", "IDentify subscription, 12 named          $21,600     $22,248     $22,915",
       LH, VT, "IDentify"),
     C(1800, 1800, "year", "($1,800 per user in year 1)", LH, VT, "IDentify", unit="per user"),
     C(4700, 4700, "one-time", "Implementation, training and booking      $4,700", LH, VT, "IDentify"),
     C(26300, 26300, None, "Fiscal year total                        $26,300", LH, VT, "IDentify")],
    [N(118500, "approximately", "images", None, "approximately 118,500 booking photographs", LH, VT),
     N(61000, "approximately", "images", None, "about 61,000 persons", LH, VT),
     N(12, "exact", "licenses", None, "Twelve named user licenses", LH, VT),
     N(96, "exact", "searches", None, "detectives ran 96 searches", LH, VT),
     N(14, "exact", "leads", None, "produced 14 investigative leads", LH, VT),
     N(6, "exact", "identifications", None, "helped identify suspects in 6 cases", LH, VT)],
    [P("IDentify may be used only to help identify suspects, victims and witnesses in open criminal "
       "investigations and to identify deceased persons.", LH, "purpose"),
     P("Only members who have completed the vendor's training and the Department's eight-hour course may run "
       "a search", LH, "requirement"),
     P("every search must be tied to an open case number.", LH, "requirement"),
     P("A candidate returned by IDentify is an investigative lead only and shall not be the sole basis for an "
       "arrest or a search warrant.", LH, "disclaimer"),
     P("Members shall not use IDentify to identify persons engaged in lawful First Amendment activity.", LH,
       "prohibition")],
    [],
    ["2024-11-12", "2024-10-22", "2025-01-17", "2025-01-19", "2023", "2006", "2024-04", "2024-05",
     "2022", "2024-09-03", "2024-12-01", "2027-11-30"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Nebraska: South Sioux City PD
SS = "South Sioux City Police Department"
CV = "Clearview AI"
doc("02_south-sioux-city-pd-clearview-order-form.txt", [
    (None, """\
                                                      CLEARVIEW AI, INC.
                                              99 Wall Street, Suite 5730
                                                      New York, NY 10005

ORDER FORM - GOVERNMENT SUBSCRIPTION

Order Form No.:      Q-2024-08841           Issue Date: August 19, 2024
Quote valid through: September 30, 2024     Sales contact: B. Tannehill

CUSTOMER
Legal name:        City of South Sioux City, Nebraska
Department:        South Sioux City Police Department
Address:           1615 First Avenue, South Sioux City, NE 68776
Administrator:     Lt. Ramon Ekberg, (402) 555-0134
Customer PO:       To follow (City requisition PR-24-0612)
Tax status:        Exempt - Nebraska Form 13 on file

PRICING
Product:                   Clearview Search, with Clearview Mobile
List price per user:       $2,500.00 per year
Public agency discount:    20%
Per-user annual price:     $2,000.00
Number of users:           5
Annual subscription fee:   $10,000.00
Subscription term:         24 months (10/01/2024 - 09/30/2026)
Total subscription fees:   $20,000.00
Onboarding and training:   Included
Searches:                  Unlimited
Billing:                   Annually in advance; net 30 days

The Service searches an index of more than 50 billion facial images
collected from publicly available sources on the internet.

Order Form Q-2024-08841 is subject to the Special Terms and signature
page that follow.

Clearview AI Confidential - Order Form Q-2024-08841 - Page 1 of 2""", "SSCPD PRR 24-112  000031"),
    (None, """\
SPECIAL TERMS
These Special Terms and the Clearview AI Terms of Service (Government
Edition) govern this Order Form. If they conflict, these Special Terms
control.

1. Authorized Users. Only sworn officers and crime analysts employed
   by Customer who have completed Clearview onboarding may be
   Authorized Users. Each account shall be used only by the Authorized
   User to whom it is issued.
2. Permitted Use. Customer shall use the Service only for law
   enforcement investigations, and each search must be associated
   with a case or incident number entered in the search notes.
3. Results. Search results are indicative and not definitive. A
   possible match is not probable cause; Customer shall verify any
   possible match by other means before taking action.
4. Audit. Customer's administrator may review and export the search
   history of all of Customer's Authorized Users at any time.
5. Additional users may be added during the term at the per-user
   annual price, prorated to the end of the current billing year.
6. Late payments bear interest at 1% per month. Customer acknowledges
   that this Order Form may be a public record under Neb. Rev. Stat.
   84-712.

SIGNATURES
Effective Date: October 1, 2024

CLEARVIEW AI, INC.                 CITY OF SOUTH SIOUX CITY, NEBRASKA

By:    /s/ Hal Lamberti            By:    /s/ Denise Kallhoff
Name:  Hal Lamberti                Name:  Denise Kallhoff
Title: VP, Government Accounts     Title: Mayor
Date:  09/04/2024                  Date:  09/09/2024

Attest: /s/ M. Roubideaux, City Clerk
Approved as to form: /s/ T. Brandt, City Attorney
Approved by City Council Resolution No. 2024-87 on September 9, 2024.

           RECEIVED  SEP 11 2024  SSCPD ADMINISTRATION

Clearview AI Confidential - Order Form Q-2024-08841 - Page 2 of 2""",
     "SSCPD PRR 24-112  000032"),
], "pdf", SS,
    [SS, "City of South Sioux City", "South Sioux City Council"],
    [CV],
    ["Clearview Search", "Clearview Mobile"],
    [C(2000, 2000, "year", "Per-user annual price:     $2,000.00", SS, CV, "Clearview Search", unit="per user"),
     C(10000, 10000, "year", "Annual subscription fee:   $10,000.00", SS, CV, "Clearview Search"),
     C(20000, 20000, None, "Total subscription fees:   $20,000.00", SS, CV, "Clearview Search")],
    [N(5, "exact", "licenses", None, "Number of users:           5", SS, CV),
     N(50000000000, "more than", "images", None, "an index of more than 50 billion facial images", None, CV)],
    [P("Only sworn officers and crime analysts employed by Customer who have completed Clearview onboarding may "
       "be Authorized Users.", SS, "requirement"),
     P("Each account shall be used only by the Authorized User to whom it is issued.", SS, "requirement"),
     P("Customer shall use the Service only for law enforcement investigations", SS, "purpose"),
     P("each search must be associated with a case or incident number entered in the search notes.", SS,
       "requirement"),
     P("Search results are indicative and not definitive. A possible match is not probable cause; Customer shall "
       "verify any possible match by other means before taking action.", SS, "disclaimer"),
     P("Customer's administrator may review and export the search history of all of Customer's Authorized Users "
       "at any time.", SS, "permission")],
    [],
    ["2024-08-19", "2024-09-30", "2024-10-01", "2026-09-30", "2024-09-04", "2024-09-09", "2024-09-11"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Iowa: Urbandale PD
UPD = "Urbandale Police Department"
MSI = "Motorola Solutions"
VS = "Vigilant Solutions"
FS = "Vigilant FaceSearch"
SUBJ3 = "FaceSearch renewal memo - FY26"
doc("03_urbandale-pd-facesearch-renewal-memo.txt", [
    (None, """\
From:          Pruett, Shauna
Sent:          Tuesday, May 6, 2025 2:14 PM
To:            Halvorsen, Gregory
Cc:            Osei, Daniel (Crime Analysis)
Subject:       FaceSearch renewal memo - FY26
Attachments:   FaceSearch_Renewal_Memo.pdf; Motorola_Q-448120.pdf

Captain - my memo on the FaceSearch renewal is below and attached. The
Motorola quote expires June 15, so it has to make the June 9
purchasing list. -SP

_______________________________________________________________________

                       URBANDALE POLICE DEPARTMENT
                              MEMORANDUM

TO:        Captain Gregory Halvorsen, Criminal Investigations
FROM:      Detective Shauna Pruett, Badge 214
DATE:      May 6, 2025
SUBJECT:   Renewal of Vigilant FaceSearch, July 1, 2025 - June 30, 2026

REQUEST
I request approval to renew our Vigilant FaceSearch subscription with
Motorola Solutions for FY 2025-26. Motorola's quote Q-448120 is $6,000
for eight user licenses at $750 per user per year. Last year we paid
$5,600 for the same eight licenses ($700 per user), so the increase is
$400, or 7.1%.

The LEARN license plate reader data subscription ($4,850 a year) is on
the same Motorola quote, but Patrol renews it from its own budget and
it is not part of this request.

BUDGET
Account 001-2120-6411 (Investigations - software subscriptions) has
$6,200 budgeted for FaceSearch in FY 2025-26, so no budget amendment
is needed.""", "UPD Records Request 25-0388                          Page 1"),
    (None, """\
USE IN FY 2024-25
FaceSearch compares a probe photo with a shared gallery of about 21
million booking photos contributed by Vigilant's law enforcement
customers, including roughly 9,400 of our own booking photos. From
July 1, 2024 through April 30, 2025, seven of our eight licensed users
ran at least one search. Together they ran 388 searches:

Case type                      Searches   Possible      Confirmed
                                          candidates    identifications
-----------------------------  --------   ----------    ---------------
Theft, fraud, forgery               171           58                 19
Burglary, robbery                    82           27                  8
Assault, weapons                     64           21                  7
Unattended death / unknown ID        19           12                 10
Other persons crimes                 52           14                  4
-----------------------------  --------   ----------    ---------------
Total                               388          132                 48

Of the 388 searches, 23 were run at the request of the Clive Police
Department, which dropped its own FaceSearch licence in 2024. Clive
does not reimburse us for them.

WHY RENEW
- Confirmed identifications in 48 cases, 19 of them theft and fraud
  cases that had no other workable lead.
- The only alternative we looked at, Clearview AI, quoted $1,500 per
  user ($12,000 for eight) in March. I do not recommend switching.

POLICY
Searches are governed by Policy 606, Facial Recognition (rev. 2023).
Under 606.4, a search may be run only for an open case with an
Urbandale case number or for an outside-agency request approved by a
sergeant. Under 606.6, a FaceSearch candidate is an investigative lead
only and must be corroborated before an arrest or warrant. There is
nothing in Policy 606 that limits how long search logs are kept; I
have asked Records to set a retention schedule.

Approved ___  Denied ___   ______________________   Date ___________
                           Capt. G. Halvorsen""", "UPD Records Request 25-0388                          Page 2"),
], "print", UPD,
    [UPD, "Clive Police Department"],
    [MSI, VS, CV],
    [FS, "LEARN"],
    [C(6000, 6000, "year", "Motorola's quote Q-448120 is $6,000 for eight user licenses", UPD, MSI, FS),
     C(750, 750, "year", "at $750 per user per year", UPD, MSI, FS, unit="per user"),
     C(5600, 5600, "year", "Last year we paid $5,600 for the same eight licenses", UPD, MSI, FS),
     C(700, 700, "year", "($700 per user)", UPD, MSI, FS, unit="per user"),
     C(6200, 6200, None, "$6,200 budgeted for FaceSearch in FY 2025-26", UPD, MSI, FS)],
    [N(8, "exact", "licenses", None, "$6,000 for eight user licenses", UPD, MSI),
     N(21000000, "approximately", "images", None, "a shared gallery of about 21 million booking photos", None, VS),
     N(9400, "approximately", "images", None, "roughly 9,400 of our own booking photos", UPD, VS),
     N(7, "exact", "users", None, "seven of our eight licensed users ran at least one search", UPD, MSI),
     N(388, "exact", "searches", None, "Together they ran 388 searches", UPD, MSI),
     N(171, "exact", "searches", None, "Theft, fraud, forgery               171", UPD, MSI),
     N(82, "exact", "searches", None, "Burglary, robbery                    82", UPD, MSI),
     N(64, "exact", "searches", None, "Assault, weapons                     64", UPD, MSI),
     N(19, "exact", "searches", None, "Unattended death / unknown ID        19", UPD, MSI),
     N(52, "exact", "searches", None, "Other persons crimes                 52", UPD, MSI),
     N(132, "exact", "matches", None, "Total                               388          132", UPD, MSI),
     N(48, "exact", "identifications", None, "Total                               388          132                 48",
       UPD, MSI),
     N(23, "exact", "requests", None, "23 were run at the request of the Clive Police Department", UPD, MSI)],
    [P("a search may be run only for an open case with an Urbandale case number or for an outside-agency request "
       "approved by a sergeant.", UPD, "requirement"),
     P("a FaceSearch candidate is an investigative lead only and must be corroborated before an arrest or "
       "warrant.", UPD, "disclaimer")],
    [E("Pruett, Shauna", "Halvorsen, Gregory", "Tuesday, May 6, 2025 2:14 PM", SUBJ3)],
    ["2025-05-06", "2025-07-01", "2026-06-30", "2024-07-01", "2025-04-30", "2024", "2023"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 Massachusetts: Chicopee PD
CH = "Chicopee Police Department"
doc("04_chicopee-pd-fr-request-audit-2024.txt", [
    (None, """\
CHICOPEE POLICE DEPARTMENT
Office of Professional Standards
110 Church Street, Chicopee, Massachusetts 01020

INTERNAL AUDIT REPORT NO. OPS-2025-02
Facial Recognition Search Requests, January 1 - December 31, 2024

Prepared by:  Lt. Colleen Marchetti, Office of Professional Standards
To:           Chief of Police
Copy:         Deputy Chief Aaron Szczepanik, Investigations
Date:         February 21, 2025

1. BACKGROUND AND SCOPE
Under M.G.L. c. 6, sec. 220, inserted by St. 2020, c. 253, a law
enforcement agency may not acquire, possess, access or use any facial
recognition system, except that it may ask the Registry of Motor
Vehicles, the Massachusetts State Police or the Federal Bureau of
Investigation to perform a search on its behalf. RMV searches run on
the Registry's system, supplied by IDEMIA, against license and ID
photographs.

Department Policy 4.38, Facial Recognition Search Requests (revised
June 2023), carries out the statute. This audit reviewed every request
the Department submitted in calendar year 2024, the request log, the
request forms (Form CPD-FR1) and the related case files.

2. POLICY REQUIREMENTS TESTED
4.38.2  Only members on the authorization roster kept by the Deputy
        Chief of Investigations may submit a search request.
4.38.3  Each request must be made on Form CPD-FR1, approved in writing
        by a sergeant or higher, and must include the case number.
4.38.4  A request may be made only under a court order, or without
        one in an emergency involving a risk of death or serious
        physical injury, or to identify a deceased person.
4.38.5  A candidate returned by the RMV, State Police or FBI is an
        investigative lead only and is not, by itself, probable cause.
4.38.7  A member who submits or runs a search outside this policy is
        subject to discipline up to and including termination.""", "OPS-2025-02  Page 1 of 3"),
    (None, """\
3. REQUESTS SUBMITTED IN 2024

Table 1. Facial recognition search requests by month, 2024

Month           Requests submitted      Returned with a candidate
--------------  ------------------      -------------------------
January                          4                              2
February                         2                              1
March                            6                              3
April                            3                              1
May                              5                              3
June                             2                              1
July                             4                              2
August                           3                              2
September                        5                              3
October                          3                              1
November                         2                              1
December                         3                              1
--------------  ------------------      -------------------------
Total                           42                             21

Of the 42 requests, 31 were sent to the RMV, 9 to the State Police and
2 to the FBI. Court orders supported 38 requests and 4 were
emergencies; none sought to identify a deceased person. The requests
were submitted by 9 members, all of them on the authorization roster.
The Department submitted 29 requests in 2023. The RMV, the State
Police and the FBI charge nothing for these searches.""", "OPS-2025-02  Page 2 of 3"),
    (None, """\
4. FINDINGS
Finding 1. Three of the 42 requests (7%) had no written supervisory
approval on Form CPD-FR1, contrary to 4.38.3. All three went to the
RMV in March and September, and the RMV processed them.

Finding 2. The request log is a spreadsheet on a shared drive. It does
not record the result of each request or the date the result arrived,
so the Department cannot show how each result was used.

Finding 3. No member used Clearview AI or any other commercial service
in 2024. A Clearview AI trial account that a detective opened in 2020
was closed on December 18, 2020; the audit found no later login.

Finding 4. The Department's BriefCam Review video analytics license
(renewed in July 2024 for $18,900 a year) does not include BriefCam's
face recognition feature. The audit confirmed that the feature is not
installed on the Department's server.

Finding 5. The Department keeps no training record for members on the
roster; Policy 4.38 does not require any training.

5. RECOMMENDATIONS
R1. Amend Policy 4.38 to require that the result of each request be
    entered in the records management system within five days.
R2. Replace the spreadsheet log with the RMS request module by June
    30, 2025.
R3. Require annual training for roster members, using the State
    Police's request training.
R4. Re-audit in the first quarter of 2026.

6. MANAGEMENT RESPONSE
Deputy Chief Szczepanik (February 27, 2025): The Department agrees
with R1 through R4. A draft revision of Policy 4.38 will go to the
Chief by April 1, 2025.""", "OPS-2025-02  Page 3 of 3"),
], "pdf", CH,
    [CH, "Massachusetts Registry of Motor Vehicles", "Massachusetts State Police", "Federal Bureau of Investigation"],
    ["IDEMIA", CV, "BriefCam"],
    ["BriefCam Review"],
    [],
    [N(4, "exact", "requests", "month", "January                          4", CH),
     N(2, "exact", "requests", "month", "February                         2", CH),
     N(6, "exact", "requests", "month", "March                            6", CH),
     N(3, "exact", "requests", "month", "April                            3", CH),
     N(5, "exact", "requests", "month", "May                              5", CH),
     N(2, "exact", "requests", "month", "June                             2", CH),
     N(4, "exact", "requests", "month", "July                             4", CH),
     N(3, "exact", "requests", "month", "August                           3", CH),
     N(5, "exact", "requests", "month", "September                        5", CH),
     N(3, "exact", "requests", "month", "October                          3", CH),
     N(2, "exact", "requests", "month", "November                         2", CH),
     N(3, "exact", "requests", "month", "December                         3", CH),
     N(42, "exact", "requests", "year", "Total                           42", CH),
     N(21, "exact", "matches", "year", "Total                           42                             21", CH),
     N(31, "exact", "requests", "year", "31 were sent to the RMV", CH, "IDEMIA"),
     N(9, "exact", "requests", "year", "9 to the State Police", CH),
     N(2, "exact", "requests", "year", "2 to the FBI", CH),
     N(38, "exact", "requests", "year", "Court orders supported 38 requests", CH),
     N(4, "exact", "requests", "year", "4 were emergencies", CH),
     N(9, "exact", "users", "year", "The requests were submitted by 9 members", CH),
     N(29, "exact", "requests", "year", "The Department submitted 29 requests in 2023", CH),
     N(3, "exact", "requests", "year", "Three of the 42 requests (7%) had no written supervisory approval", CH)],
    [P("a law enforcement agency may not acquire, possess, access or use any facial recognition system, except "
       "that it may ask the Registry of Motor Vehicles, the Massachusetts State Police or the Federal Bureau of "
       "Investigation to perform a search on its behalf.", CH, "prohibition"),
     P("Only members on the authorization roster kept by the Deputy Chief of Investigations may submit a search "
       "request.", CH, "requirement"),
     P("Each request must be made on Form CPD-FR1, approved in writing by a sergeant or higher, and must include "
       "the case number.", CH, "requirement"),
     P("A request may be made only under a court order, or without one in an emergency involving a risk of death "
       "or serious physical injury, or to identify a deceased person.", CH, "requirement"),
     P("A candidate returned by the RMV, State Police or FBI is an investigative lead only and is not, by itself, "
       "probable cause.", CH, "disclaimer"),
     P("A member who submits or runs a search outside this policy is subject to discipline up to and including "
       "termination.", CH, "consequence")],
    [],
    ["2024-01-01", "2024-12-31", "2025-02-21", "2020", "2023-06", "2024", "2023", "2020-12-18", "2024-07",
     "2025-06-30", "2026", "2025-02-27", "2025-04-01"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Alabama: Mobile County SO
MC = "Mobile County Sheriff's Office"
SAR = "Saraland Police Department"
doc("05_mobile-county-so-clearview-trial-slack.txt", [
    (None, """\
Slack   |   Mobile County Sheriff's Office   |   #intel-fr-trial
Channel export  Feb 3, 2025 - Mar 7, 2025   Exported Mar 10, 2025 4:02 PM
Exported by: Renee Bouchard (Workspace Admin)   Members: 5   Messages: 17

----------------------- Monday, February 3, 2025 -----------------------

Renee Bouchard   8:41 AM
Clearview trial is live. Their rep set us up with 5 trial seats for 30
days, unlimited searches. Logins went out by email this morning.

Darnell Pugh   8:46 AM
nice. can we run the Tillmans Corner pawn shop stills from last week?

Renee Bouchard   8:49 AM
Yes, but read this first. Rules for the trial from Capt. Ladnier,
pinned to the channel:
1) Every search needs an MCSO case number in the notes field.
2) Open criminal cases only. No intel-only or curiosity searches.
3) A Clearview hit is a lead, not an ID. Nothing goes in a report or
   affidavit until it's corroborated some other way.
4) No juvenile probe photos.
Anyone running personal searches loses the login and gets written up.

Darnell Pugh   8:50 AM
:+1:

Keisha Tolbert   9:12 AM
how is this different from what we send to ALEA now?

Renee Bouchard   9:15 AM
state side only has Alabama booking photos and takes a day or two.
Clearview searches open-source photos and comes back in seconds.

---------------------- Friday, February 14, 2025 ----------------------

Keisha Tolbert   4:37 PM
trial count so far: 63 searches across the 5 logins

Darnell Pugh   4:40 PM
pawn shop guy came back on the first try. detectives confirmed him off
the pawn ticket thumbprint so it's independent""", "MCSO PRR 2025-0142   000017"),
    (None, """\
--------------------- Wednesday, February 19, 2025 ---------------------

Marcus Ladnier   10:03 AM
Reminder, the trial rules stand. I see two searches this week with no
case number. Fix the notes today.

Keisha Tolbert   10:05 AM
fixed, both were mine. case 25-004417

----------------------- Thursday, March 6, 2025 -----------------------

Keisha Tolbert   11:20 AM
final numbers for the writeup: 141 searches in the 30 days, 57 came
back with a candidate worth sending to a detective, 9 IDs confirmed
by detectives. so ~40% useful

Renee Bouchard   11:26 AM
Rep quoted $2,200 per user per year. 5 users would be $11,000/yr,
1 year minimum, no setup fee, we're tax exempt

Darnell Pugh   11:31 AM
Saraland PD pays around $7,500 a year for 3 users I think

Renee Bouchard   11:33 AM
that's their small-agency tier. we're over 100 sworn so we don't
qualify

Keisha Tolbert   11:40 AM
do we need a written policy before we buy? there's no policy that
says we can't keep using the trial until they shut it off

Marcus Ladnier   11:52 AM
Trial ends tomorrow, no extensions. Legal wants a general order before
any purchase goes to the County Commission. Renee, draft one off the
trial rules. And FYI the Flock renewal ($24,000) is on the same
Commission agenda, so keep the two apart in the writeup.

Renee Bouchard   11:54 AM
will do""", "MCSO PRR 2025-0142   000018"),
], "print", MC,
    [MC, "Alabama Law Enforcement Agency", SAR, "Mobile County Commission"],
    [CV, "Flock Safety"],
    [],
    [C(2200, 2200, "year", "Rep quoted $2,200 per user per year", MC, CV, unit="per user"),
     C(11000, 11000, "year", "5 users would be $11,000/yr", MC, CV),
     C(7500, 7500, "year", "Saraland PD pays around $7,500 a year", SAR, CV)],
    [N(5, "exact", "licenses", None, "set us up with 5 trial seats", MC, CV),
     N(63, "exact", "searches", None, "trial count so far: 63 searches", MC, CV),
     N(141, "exact", "searches", None, "141 searches in the 30 days", MC, CV),
     N(57, "exact", "matches", None, "57 came back with a candidate worth sending to a detective", MC, CV),
     N(9, "exact", "identifications", None, "9 IDs confirmed by detectives", MC, CV),
     N(3, "exact", "licenses", None, "pays around $7,500 a year for 3 users", SAR, CV)],
    [P("Every search needs an MCSO case number in the notes field.", MC, "requirement"),
     P("Open criminal cases only. No intel-only or curiosity searches.", MC, "purpose"),
     P("A Clearview hit is a lead, not an ID. Nothing goes in a report or affidavit until it's corroborated some "
       "other way.", MC, "disclaimer"),
     P("No juvenile probe photos.", MC, "prohibition"),
     P("Anyone running personal searches loses the login and gets written up.", MC, "consequence")],
    [],
    ["2025-02-03", "2025-03-07", "2025-03-10", "2025-02-14", "2025-02-19", "2025-03-06"],
    scan="print")


# ---------------------------------------------------------------- 6 Nevada: Mineral County SO
MN = "Mineral County Sheriff's Office"
COG = "Cognitec Systems"
LEX_H = "Mineral County Sheriff's Office\nMineral County SO Policy Manual"


LEX_C = ("\n\nCopyright Lexipol, LLC 2024/11/07, All Rights Reserved.\n"
         "Published with permission by Mineral County Sheriff's Office")


def lex_f(n):
    return "Facial Recognition - %d" % n


doc("06_mineral-county-so-policy-346-facial-recognition.txt", [
    (LEX_H, """\
Policy 346                                         Facial Recognition

346.1 PURPOSE AND SCOPE
This policy provides guidelines for the use of facial recognition
technology by members of the Mineral County Sheriff's Office. Facial
recognition may be used only to help identify suspects, victims,
witnesses, missing persons and deceased or incapacitated persons in
connection with a criminal investigation or a documented public safety
need.

346.1.1 DEFINITIONS
Candidate list - The ranked images that a facial recognition system
returns as possible matches to a probe image.
Probe image - An image of an unknown person submitted for comparison.

346.2 POLICY
It is the policy of the Mineral County Sheriff's Office to use facial
recognition technology in a manner that respects the privacy and civil
rights of the public. A candidate returned by a facial recognition
search is an investigative lead only and shall not be treated as a
positive identification or as the sole basis for probable cause.

Nevada law does not currently regulate law enforcement use of facial
recognition; this policy is adopted by the Sheriff and is not required
by statute.

346.3 APPROVED SYSTEM
Members may use only a facial recognition system approved in writing
by the Sheriff. The approved system is FaceVACS-DBScan LE, licensed
from Cognitec Systems, which compares probe images with the booking
photographs held in the Office's jail management system (about 14,000
images). The Sheriff shall assign the Office's three user licenses to
members who meet the training requirements of this policy.

Members shall not use personal accounts, free trials or public web
services (such as PimEyes) to perform facial recognition searches.""" + LEX_C, lex_f(1)),
    (LEX_H, """\
Facial Recognition

346.4 PROCEDURES
(a)  Before running a search, the member shall enter the case or
     incident number and the reason for the search in the search log.
(b)  Probe images shall be lawfully obtained.
(c)  Members shall not use facial recognition to identify a person
     because of his or her race, ethnicity, religion, sexual
     orientation or participation in a lawful protest or other
     activity protected by the First Amendment.
(d)  Facial recognition shall not be used on live or real-time video.
(e)  A second trained member shall review each possible match before
     it is reported to the case investigator as a lead.
(f)  A search for another agency may be run only with the approval of
     the Undersheriff and only if the request includes that agency's
     case number.
(g)  Any report or affidavit that relies on a lead developed through
     facial recognition shall state that facial recognition was used.

346.5 TRAINING
Only members who have completed the vendor's user training and
Office-approved training on the capabilities and limitations of facial
recognition, including the risk of misidentification, may be given
access to the approved system. Training shall be repeated every two
years.

346.6 AUDIT AND RETENTION
The Patrol Lieutenant is the Facial Recognition Administrator and shall
audit the search log each quarter for compliance with this policy. The
Administrator shall report the number of searches, the members who ran
them and any violations to the Sheriff in writing within 15 days after
the end of each quarter. Search logs and audit reports shall be kept
for at least three years.""" + LEX_C, lex_f(2)),
    (LEX_H, """\
Facial Recognition

346.7 VIOLATIONS
Misuse of the approved system may result in loss of access and
discipline, up to and including termination, and may be referred for
criminal investigation under NRS 205.4765.

346.8 PROPOSED REVISION (NOT ADOPTED)
A proposed revision of 346.4(f) would let a supervisor approve a
search for another agency in an emergency without the Undersheriff.
The revision was circulated to members in January 2025 for comment
and has not been approved by the Sheriff.""" + LEX_C, lex_f(3)),
], "pdf", MN,
    [MN],
    [COG, "PimEyes"],
    ["FaceVACS-DBScan LE"],
    [],
    [N(14000, "approximately", "images", None, "about 14,000 images", MN, COG),
     N(3, "exact", "licenses", None, "The Sheriff shall assign the Office's three user licenses", MN, COG)],
    [P("Facial recognition may be used only to help identify suspects, victims, witnesses, missing persons and "
       "deceased or incapacitated persons in connection with a criminal investigation or a documented public "
       "safety need.", MN, "purpose"),
     P("A candidate returned by a facial recognition search is an investigative lead only and shall not be "
       "treated as a positive identification or as the sole basis for probable cause.", MN, "disclaimer"),
     P("Members may use only a facial recognition system approved in writing by the Sheriff.", MN, "requirement"),
     P("The Sheriff shall assign the Office's three user licenses to members who meet the training requirements "
       "of this policy.", MN, "requirement"),
     P("Members shall not use personal accounts, free trials or public web services (such as PimEyes) to perform "
       "facial recognition searches.", MN, "prohibition"),
     P("Before running a search, the member shall enter the case or incident number and the reason for the "
       "search in the search log.", MN, "requirement"),
     P("Probe images shall be lawfully obtained.", MN, "requirement"),
     P("Members shall not use facial recognition to identify a person because of his or her race, ethnicity, "
       "religion, sexual orientation or participation in a lawful protest or other activity protected by the "
       "First Amendment.", MN, "prohibition"),
     P("Facial recognition shall not be used on live or real-time video.", MN, "prohibition"),
     P("A second trained member shall review each possible match before it is reported to the case investigator "
       "as a lead.", MN, "requirement"),
     P("A search for another agency may be run only with the approval of the Undersheriff and only if the "
       "request includes that agency's case number.", MN, "requirement"),
     P("Any report or affidavit that relies on a lead developed through facial recognition shall state that "
       "facial recognition was used.", MN, "requirement"),
     P("Only members who have completed the vendor's user training and Office-approved training on the "
       "capabilities and limitations of facial recognition, including the risk of misidentification, may be "
       "given access to the approved system.", MN, "requirement"),
     P("Training shall be repeated every two years.", MN, "requirement"),
     P("The Patrol Lieutenant is the Facial Recognition Administrator and shall audit the search log each "
       "quarter for compliance with this policy.", MN, "requirement"),
     P("The Administrator shall report the number of searches, the members who ran them and any violations to "
       "the Sheriff in writing within 15 days after the end of each quarter.", MN, "requirement"),
     P("Search logs and audit reports shall be kept for at least three years.", MN, "requirement"),
     P("Misuse of the approved system may result in loss of access and discipline, up to and including "
       "termination, and may be referred for criminal investigation under NRS 205.4765.", MN, "consequence")],
    [],
    ["2024-11-07", "2025-01"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
