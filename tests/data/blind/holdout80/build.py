"""Writes docs/*.txt and labels.json for holdout80 (six invented releases: WY, DE, MS, ND, HI, ME).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), with `kind` on every policy."""
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
            assert text.count(f["quote"]) == 1, (file, "quote not unique or missing", f["quote"])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Wyoming: Campbell County SO
CCSO = "Campbell County Sheriff's Office"
TBPS = "Thunder Basin Public Safety Systems"
CV = "Clearview AI"
doc("01_campbell-county-so-clearview-reseller-quote.txt", [
    (None, """\
THUNDER BASIN PUBLIC SAFETY SYSTEMS, LLC
2207 Energy Court, Suite B, Gillette, WY 82718 | (307) 555-0162
Authorized Reseller - Clearview AI, Inc.

QUOTATION
Quote No.:  TBPS-Q25-0419                 Date:        April 22, 2025
Customer:   CC-1183                       Valid until: June 21, 2025
Sales rep:  Dale Whitaker                 Terms:       Net 30

Prepared for:
Campbell County Sheriff's Office, Investigations Division
600 W. Boxelder Road, Gillette, WY 82716
Attn: Lt. Corinne Halvorsen

SEAT TIERS - Clearview Search, 12-month term, price per seat
  Tier A     1 to 5 seats       $2,150.00
  Tier B     6 to 15 seats      $1,790.00
  Tier C    16 to 40 seats      $1,540.00
Tier pricing applies to all seats on one order.

Ln  Description                          Qty   Unit Price     Extended
--  -----------------------------------  ---  -----------  -----------
1   Clearview Search user seat, Tier B     8     1,790.00    14,320.00
    12 months, 07/01/2025 - 06/30/2026
2   Clearview Mobile for the seats on           included         0.00
    line 1
3   Onboarding and administrator           1     1,200.00     1,200.00
    training, remote, one-time

OPTIONAL ITEMS - NOT INCLUDED IN TOTAL
O1  Additional Tier B seats (2 seats)                         3,580.00
O2  On-site training day at Gillette,                         2,400.00
    travel included
                                                          -----------
                                   Subtotal                15,520.00
                  Public-safety discount (5%)                -776.00
         Shipping (printed quick-start guides)                 18.50
            Wyoming sales tax - exempt entity                   0.00
                                   QUOTE TOTAL             14,762.50""", "TBPS-Q25-0419 p. 1/2"),
    (None, """\
TERMS AND CONDITIONS

1. Pricing. Prices are in U.S. dollars and are firm until the
   valid-until date above. The tier is set by the number of seats
   on a single order.
2. Payment. Payment is due net thirty (30) days from the invoice
   date. Invoices are issued when the seats are activated. Balances
   unpaid after 30 days accrue interest at 1.0% per month, or the
   rate allowed by W.S. 16-6-602, whichever is less.
3. Term. Seats run for 12 months from activation and renew only on
   a new purchase order.
4. Authorized users. Seats may be assigned only to sworn officers or
   crime analysts of the purchasing agency, and each seat must be
   assigned to one named person. Seats may not be shared.
5. Permitted use. The Clearview AI service may be used only for law
   enforcement investigations and to identify victims, witnesses and
   deceased persons.
6. Investigative leads. Search results are investigative leads only
   and are not a positive identification; they may not be used as
   the sole basis for an arrest.
7. Audit. An agency administrator must review the search log of
   every user at least once each quarter.
8. Suspension. Clearview AI may suspend any seat that is used in
   breach of items 4 through 7.
9. Data. Clearview Search compares probe images with Clearview AI's
   database of more than 60 billion publicly available images. Probe
   images are not added to that database.
10. Returns. Printed materials are non-returnable. Seats cannot be
    refunded once activated.
11. Governing law. This quotation is governed by the laws of the
    State of Wyoming.

ACCEPTANCE
To accept, sign below and return with a purchase order.
Accepted for Campbell County Sheriff's Office:

Signature: ______________________   Title: ____________   Date: _______

Thunder Basin Public Safety Systems, LLC  |  quotes@tbpss.example""", "TBPS-Q25-0419 p. 2/2"),
], "pdf", CCSO,
    [CCSO],
    [TBPS, CV],
    ["Clearview Search", "Clearview Mobile"],
    [C(14320, 14320, "year", "1   Clearview Search user seat, Tier B     8     1,790.00    14,320.00",
       CCSO, TBPS, "Clearview Search"),
     C(1790, 1790, "year", "1   Clearview Search user seat, Tier B     8     1,790.00",
       CCSO, TBPS, "Clearview Search", unit="per user"),
     C(1200, 1200, "one-time", "3   Onboarding and administrator           1     1,200.00     1,200.00",
       CCSO, TBPS, "Clearview Search"),
     C(14762.5, 14762.5, None, "QUOTE TOTAL             14,762.50", CCSO, TBPS, "Clearview Search")],
    [N(8, "exact", "licenses", None, "1   Clearview Search user seat, Tier B     8", CCSO, TBPS),
     N(60000000000, "more than", "images", None, "database of more than 60 billion publicly available images",
       None, CV)],
    [P("Seats may be assigned only to sworn officers or crime analysts of the purchasing agency, and each seat "
       "must be assigned to one named person.", CCSO, "requirement"),
     P("Seats may not be shared.", CCSO, "prohibition"),
     P("The Clearview AI service may be used only for law enforcement investigations and to identify victims, "
       "witnesses and deceased persons.", CCSO, "purpose"),
     P("Search results are investigative leads only and are not a positive identification; they may not be used "
       "as the sole basis for an arrest.", CCSO, "disclaimer"),
     P("An agency administrator must review the search log of every user at least once each quarter.", CCSO,
       "requirement"),
     P("Clearview AI may suspend any seat that is used in breach of items 4 through 7.", CCSO, "consequence")],
    [],
    ["2025-04-22", "2025-06-21", "2025-07-01", "2026-06-30"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Delaware: Lewes PD
LPD = "Lewes Police Department"
VT = "Veritone"
SUBJ = "FR questions before Monday's council workshop"
doc("02_lewes-pd-veritone-gmail-forward.txt", [
    ("3/4/25, 9:02 AM        City of Lewes Mail - Fwd: Re: FR questions before", """\
Gmail                                Roberta Lyle <rlyle@ci.lewes.de.us>

Fwd: Re: FR questions before Monday's council workshop
1 message

Paul Dressler <pdressler@ci.lewes.de.us>        Mon, Mar 3, 2025 at 7:48 AM
To: Roberta Lyle <rlyle@ci.lewes.de.us>
Cc: Kyle Amato <kamato@ci.lewes.de.us>

Chief - Kyle's answers are inline below. Short version: 3 seats,
~18k photos, 146 searches last yr. Cost is in #5. I can come to the
workshop if you want backup.

Paul

---------- Forwarded message ---------
From: Kyle Amato <kamato@ci.lewes.de.us>
Date: Fri, Feb 28, 2025 at 4:36 PM
Subject: Re: FR questions before Monday's council workshop
To: Paul Dressler <pdressler@ci.lewes.de.us>

LT - answers inline. sorry for the delay, was in court all day.

On Thu, Feb 27, 2025 at 2:10 PM Paul Dressler
<pdressler@ci.lewes.de.us> wrote:
> Kyle,
>
> Council wants a briefing on the face rec program Monday. Can you
> get me answers to these by Friday? Keep it short.
>
> 1. How many seats/licenses do we have and who has them?

3 seats. me, Cpl. Whitlock and Sgt. Iverson in CID. The 4th one we
had in 2023 got dropped when Ruiz left.

> 2. How big is the gallery? Is it DMV?

Not DMV, we don't have DMV photos in it. It's our own booking photos
only. As of today the gallery is 18,412 images (about 9,700
different people), going back to 2009.""",
     "https://mail.google.com/mail/u/0/?ik=7c2e19a4d0&view=pt&search=all   1/2"),
    ("3/4/25, 9:02 AM        City of Lewes Mail - Fwd: Re: FR questions before", """\
> 3. How many searches did we run last year?

146 in calendar 2024. 21 of those were for other departments, mostly
Milton and Ocean View. We got a possible match on 53 of the 146. I
don't track arrests, that's in the case files.

> 4. What does the policy say? Council will ask.

GO 41-2 (Facial Recognition, rev. 2023). Main points:
- only for an open criminal case w/ a complaint number, or to ID a
  dead or incapacitated person
- a hit is a lead only, it is NOT probable cause by itself and can't
  go in a warrant as the only ID
- no searches on people just for being at a protest or other 1st
  amendment activity
- every search gets logged and the Chief (or you) reviews the log
  every quarter
Nothing in the GO says we can't run photos for other agencies.

> 5. What are we paying and when does it renew?

$5,250/yr to Veritone for IDentify, 3 seats ($1,750 a seat). Renews
July 1. Don't mix it up with the Axon renewal, that's body cams +
evidence.com, ~$38k, totally separate line.

> 6. Anything else I should know?

Veritone pitched Track (their person tracking add-on, not face rec)
at $9,900/yr, we passed. Also the Chief got the Clearview free trial
email again - nobody signed up.

Kyle

--
Det. Kyle Amato | Criminal Investigations
Lewes Police Department | 114 E. Third St., Lewes, DE 19958
302-555-0147""",
     "https://mail.google.com/mail/u/0/?ik=7c2e19a4d0&view=pt&search=all   2/2"),
], "print", LPD,
    [LPD, "Milton Police Department", "Ocean View Police Department"],
    [VT, "Axon", CV],
    ["Veritone IDentify", "Veritone Track", "Evidence.com"],
    [C(5250, 5250, "year", "$5,250/yr to Veritone for IDentify, 3 seats", LPD, VT, "Veritone IDentify"),
     C(1750, 1750, "year", "($1,750 a seat)", LPD, VT, "Veritone IDentify", unit="per user")],
    [N(3, "exact", "licenses", None, "3 seats. me, Cpl. Whitlock and Sgt. Iverson in CID.", LPD, VT),
     N(18412, "exact", "images", None, "the gallery is 18,412 images", LPD, VT),
     N(9700, "approximately", "images", None, "about 9,700 different people", LPD, VT),
     N(146, "exact", "searches", "year", "146 in calendar 2024.", LPD, VT),
     N(21, "exact", "requests", "year", "21 of those were for other departments", LPD, VT),
     N(53, "exact", "matches", "year", "We got a possible match on 53 of the 146.", LPD, VT)],
    [P("only for an open criminal case w/ a complaint number, or to ID a dead or incapacitated person", LPD,
       "purpose"),
     P("a hit is a lead only, it is NOT probable cause by itself and can't go in a warrant as the only ID", LPD,
       "disclaimer"),
     P("no searches on people just for being at a protest or other 1st amendment activity", LPD, "prohibition"),
     P("every search gets logged and the Chief (or you) reviews the log every quarter", LPD, "requirement")],
    [E("Paul Dressler", "Roberta Lyle", "Mon, Mar 3, 2025 at 7:48 AM", "Fwd: Re: " + SUBJ),
     E("Kyle Amato", "Paul Dressler", "Fri, Feb 28, 2025 at 4:36 PM", "Re: " + SUBJ),
     E("Paul Dressler", "Kyle Amato", "Thu, Feb 27, 2025 at 2:10 PM", SUBJ)],
    ["2025-03-04", "2025-03-03", "2025-02-28", "2025-02-27", "2023", "2009", "2024"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Mississippi: Tupelo PD
TPD = "Tupelo Police Department"
COG = "Cognitec Systems"
FV = "FaceVACS-DBScan LE"
doc("03_tupelo-pd-cognitec-council-staff-report.txt", [
    ("CITY OF TUPELO, MISSISSIPPI - CITY COUNCIL STAFF REPORT", """\
Meeting date:  June 17, 2025                   Agenda item: 14.c
Department:    Tupelo Police Department
Prepared by:   Deputy Chief Marcus Pruett; Karla Beane, Finance

SUBJECT
Approve a three-year agreement with Cognitec Systems Corporation for
FaceVACS-DBScan LE facial image search software, and authorize the
Mayor to sign it.

BACKGROUND
The Department has no facial image search tool of its own. When a
detective has a photograph of an unknown suspect, the photograph is
sent to another agency for comparison, and the answer has taken nine
days on average. In 2024 the Criminal Investigation Division sent 87
photographs to other agencies for comparison.

The Department's booking photo archive holds 64,870 photographs of
approximately 29,300 persons arrested by the Department since 2004.
The proposed system would search only that archive, not driver
license photographs held by the State or images from the internet.

Under TPD General Order 615, issued August 8, 2022, a possible match
may be used only as an investigative lead and is not probable cause.
General Order 615 also requires a second trained examiner to confirm
a possible match before it is shared with the case detective. A
draft amendment that would prohibit probe images taken from social
media will be brought to the Council separately and has not been
adopted.

ALTERNATIVES CONSIDERED
1. Clearview AI. Clearview quoted $21,600 per year for 12 users.
   Staff did not select this option because Clearview searches images
   collected from the public internet, and the City Attorney raised
   concerns about pending litigation against the company.
2. Keep the current arrangement: no direct cost, nine-day waits.
3. Cognitec FaceVACS-DBScan LE (recommended). An annual license and
   support fee of $18,400 for 12 named users, plus a one-time
   implementation and training fee of $7,250 in the first year. The
   Oxford Police Department reports paying about $16,500 a year for
   a comparable Cognitec installation.""", "Item 14.c - p. 1 of 2"),
    ("CITY OF TUPELO, MISSISSIPPI - CITY COUNCIL STAFF REPORT", """\
FISCAL IMPACT
The agreement runs from October 1, 2025 through September 30, 2028.
The license price is fixed for all three years.

                              FY2026      FY2027      FY2028       Total
License and support          $18,400     $18,400     $18,400     $55,200
Implementation and training    7,250           0           0       7,250
Server (existing City IT)          0           0           0           0
                             -------     -------     -------     -------
Total                        $25,650     $18,400     $18,400     $62,450

FY2026 costs will be paid from the Police Department's federal
equitable sharing account, 020-2110-521.45. FY2027 and FY2028 costs
will be requested in the General Fund budget, subject to annual
appropriation. The purchase is a sole-source purchase under Miss.
Code Ann. Sec. 31-7-13(m)(viii); the vendor's sole-source letter is
attached as Exhibit B.

The Flock Safety license plate cameras approved by the Council on
March 4, 2025 (item 9.a, $36,000) are a separate purchase and are not
part of this request.

RECOMMENDATION
Staff recommends that the Council approve the agreement with Cognitec
Systems Corporation in an amount not to exceed $65,000 over three
fiscal years, which includes a contingency for additional named
users, and authorize the Mayor to execute it.

Exhibits: A - Agreement (14 pages); B - Sole-source letter;
C - General Order 615

COUNCIL ACTION:  [ ] Approved   [ ] Denied   [ ] Tabled
Vote: ____ ayes  ____ nays                   Clerk: ____________""", "Item 14.c - p. 2 of 2"),
], "pdf", TPD,
    [TPD, "City of Tupelo", "Tupelo City Council", "Oxford Police Department"],
    [COG, CV, "Flock Safety"],
    [FV],
    [C(18400, 18400, "year", "annual license and support fee of $18,400 for 12 named users", TPD, COG, FV),
     C(7250, 7250, "one-time", "one-time implementation and training fee of $7,250", TPD, COG, FV),
     C(16500, 16500, "year", "paying about $16,500 a year for a comparable Cognitec installation",
       "Oxford Police Department", COG),
     C(55200, 55200, None, "License and support          $18,400     $18,400     $18,400     $55,200", TPD, COG, FV),
     C(25650, 25650, "year", "Total                        $25,650", TPD, COG, FV),
     C(62450, 62450, None, "Total                        $25,650     $18,400     $18,400     $62,450", TPD, COG, FV),
     C(None, 65000, None, "not to exceed $65,000 over three fiscal years", TPD, COG, FV)],
    [N(87, "exact", "requests", "year", "sent 87 photographs to other agencies for comparison", TPD, None),
     N(64870, "exact", "images", None, "archive holds 64,870 photographs", TPD, COG),
     N(29300, "approximately", "images", None, "approximately 29,300 persons", TPD, COG),
     N(12, "exact", "licenses", None, "$18,400 for 12 named users", TPD, COG)],
    [P("a possible match may be used only as an investigative lead and is not probable cause.", TPD, "disclaimer"),
     P("General Order 615 also requires a second trained examiner to confirm a possible match before it is "
       "shared with the case detective.", TPD, "requirement")],
    [],
    ["2025-06-17", "2024", "2004", "2022-08-08", "2025-10-01", "2028-09-30", "2025-03-04"],
    scan="pdf")


# ---------------------------------------------------------------- 4 North Dakota: Grand Forks County SO
GFSO = "Grand Forks County Sheriff's Office"
NDSLIC = "North Dakota State and Local Intelligence Center"
IDM = "Idemia"
MFI = "Morpho Face Investigate"
doc("04_grand-forks-county-so-ndslic-fr-mou.txt", [
    (None, """\
                    MEMORANDUM OF UNDERSTANDING
                              between the
         NORTH DAKOTA STATE AND LOCAL INTELLIGENCE CENTER
                                and the
               GRAND FORKS COUNTY SHERIFF'S OFFICE
            for Facial Recognition Search Services

                                            MOU No. NDSLIC-FR-2024-011

1. PARTIES
This Memorandum of Understanding ("MOU") is entered into by the North
Dakota State and Local Intelligence Center ("NDSLIC" or "the Center"),
Bismarck, North Dakota, and the Grand Forks County Sheriff's Office
("the Agency"), 122 South 5th Street, Grand Forks, ND 58201.

2. PURPOSE
The Center operates a facial recognition search service that compares
a probe image submitted by a participating agency with the Center's
gallery of booking photographs, using IDEMIA's Morpho Face
Investigate (MFI) software. This MOU sets the terms under which the
Agency may submit search requests.

3. SERVICES
3.1 At the date of this MOU the gallery holds approximately 412,000
    booking photographs contributed by North Dakota jails. It does
    not include driver license photographs.
3.2 A Center analyst runs each search and returns no more than five
    candidate images, with the analyst's comments, to the requester.
3.3 The Agency may submit no more than 25 requests in any calendar
    month. Requests above that number are queued to the next month
    unless the Center Director approves an exception.
3.4 The Center aims to return results within two business days.

4. AUTHORIZED REQUESTERS
The Agency has designated the four (4) employees listed in Exhibit B
as Authorized Requesters. Only Authorized Requesters may submit
requests, and each must complete the Center's facial recognition
training course before submitting a first request.""", "MOU FR-011 p. 1 of 3"),
    (None, """\
5. RULES OF USE
5.1 Every request must include an Agency case number, the offense
    under investigation and the name of the Authorized Requester.
5.2 Searches are provided solely to support criminal investigations
    and to identify missing, endangered or deceased persons.
5.3 The Agency shall not submit a probe image for the purpose of
    identifying a person engaged in lawful activity protected by the
    First Amendment.
5.4 A candidate returned by the Center is an investigative lead only.
    It is not a positive identification and does not by itself
    establish probable cause.
5.5 The Agency shall not submit images obtained from social media
    unless the image is already part of the case file.

6. AUDIT AND SANCTIONS
6.1 The Center logs every request and may audit the Agency's requests
    at any time. The Agency shall keep the case records supporting
    each request for at least three years.
6.2 A request that violates Section 5 will result in suspension of
    the Authorized Requester's access pending review by the Center.
6.3 Repeated or willful misuse may result in termination of this MOU.
    The Center will also refer misuse to the Sheriff for discipline.

7. FEES
The Agency shall pay the fees in Exhibit A. Invoices are issued each
quarter and are due within 30 days. The Center may revise the fees
once per year on 60 days' written notice.

8. TERM
This MOU takes effect on the date of the last signature and remains
in effect until June 30, 2026, unless either party ends it on 30
days' written notice. It may be renewed by written amendment.

9. RECORDS
Request logs are records of the Center and are subject to N.D.C.C.
44-04-18 except as limited by N.D.C.C. 44-04-18.7.""", "MOU FR-011 p. 2 of 3"),
    (None, """\
SIGNATURES

______________________________      ______________________________
Director, NDSLIC                    Sheriff, Grand Forks County
Date: 08/12/2024                    Date: 08/19/2024

EXHIBIT A - FEE SCHEDULE

Fee                                   Basis                  Amount
-----------------------------------   ---------------   -----------
Annual access fee                     per agency, per     $2,400.00
                                      year (July-June)
Search request fee                    per request            $35.00
Expedited request (under 4 hours)     per request            $60.00
Initial training                      per person,           $175.00
                                      one-time
Refresher training (every 2 years)    per person             $90.00

Estimated charges, July 2024 - June 2025
  Annual access fee                                       $2,400.00
  Initial training, 4 Authorized Requesters x $175          $700.00
  Search requests, estimated 120 x $35                    $4,200.00
                                                        -----------
  Estimated total                                         $7,300.00

Fees are payable to the State of North Dakota. Questions about
invoices: NDSLIC business office, (701) 555-0172.

EXHIBIT B - AUTHORIZED REQUESTERS
  1. Lt. Garrett Olstad, Investigations
  2. Det. Sgt. Renata Vik, Investigations
  3. Det. Colin Haugen, Investigations
  4. Analyst Mara Lindgren, Records and Intelligence""", "MOU FR-011 p. 3 of 3"),
], "pdf", GFSO,
    [GFSO, NDSLIC, "State of North Dakota"],
    [IDM],
    [MFI],
    [C(2400, 2400, "year", "Annual access fee                     per agency, per     $2,400.00", GFSO, None),
     C(35, 35, None, "Search request fee                    per request            $35.00", GFSO, None,
       unit="per request"),
     C(60, 60, None, "Expedited request (under 4 hours)     per request            $60.00", GFSO, None,
       unit="per request"),
     C(175, 175, "one-time", "Initial training                      per person,           $175.00", GFSO, None,
       unit="per person"),
     C(90, 90, None, "Refresher training (every 2 years)    per person             $90.00", GFSO, None,
       unit="per person"),
     C(700, 700, "one-time", "Initial training, 4 Authorized Requesters x $175          $700.00", GFSO, None),
     C(4200, 4200, None, "Search requests, estimated 120 x $35                    $4,200.00", GFSO, None),
     C(7300, 7300, None, "Estimated total                                         $7,300.00", GFSO, None)],
    [N(412000, "approximately", "images", None, "the gallery holds approximately 412,000 booking photographs",
       NDSLIC, IDM),
     N(4, "exact", "users", None, "designated the four (4) employees listed in Exhibit B as Authorized Requesters",
       GFSO, None),
     N(120, "approximately", "requests", "year", "estimated 120 x $35", GFSO, None)],
    [P("The Agency may submit no more than 25 requests in any calendar month.", GFSO, "prohibition"),
     P("Only Authorized Requesters may submit requests, and each must complete the Center's facial recognition "
       "training course before submitting a first request.", GFSO, "requirement"),
     P("Every request must include an Agency case number, the offense under investigation and the name of the "
       "Authorized Requester.", GFSO, "requirement"),
     P("Searches are provided solely to support criminal investigations and to identify missing, endangered or "
       "deceased persons.", GFSO, "purpose"),
     P("The Agency shall not submit a probe image for the purpose of identifying a person engaged in lawful "
       "activity protected by the First Amendment.", GFSO, "prohibition"),
     P("A candidate returned by the Center is an investigative lead only. It is not a positive identification "
       "and does not by itself establish probable cause.", GFSO, "disclaimer"),
     P("The Agency shall not submit images obtained from social media unless the image is already part of the "
       "case file.", GFSO, "prohibition"),
     P("The Agency shall keep the case records supporting each request for at least three years.", GFSO,
       "requirement"),
     P("A request that violates Section 5 will result in suspension of the Authorized Requester's access pending "
       "review by the Center.", GFSO, "consequence"),
     P("Repeated or willful misuse may result in termination of this MOU.", GFSO, "consequence"),
     P("The Center will also refer misuse to the Sheriff for discipline.", GFSO, "consequence")],
    [],
    ["2026-06-30", "2024-08-12", "2024-08-19", "2024-07", "2025-06"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Hawaii: MCBH Provost Marshal's Office
PMO = "Marine Corps Base Hawaii Provost Marshal's Office"
MONTHS = [("Oct-2023", 9, "2023-10"), ("Nov-2023", 12, "2023-11"), ("Dec-2023", 7, "2023-12"),
          ("Jan-2024", 15, "2024-01"), ("Feb-2024", 11, "2024-02"), ("Mar-2024", 14, "2024-03"),
          ("Apr-2024", 10, "2024-04"), ("May-2024", 13, "2024-05"), ("Jun-2024", 8, "2024-06"),
          ("Jul-2024", 16, "2024-07"), ("Aug-2024", 12, "2024-08"), ("Sep-2024", 10, "2024-09")]
doc("05_mcbh-pmo-fr-search-log-export.txt", [
    ("MCBH PMO - FOIA release 2025-0317 - Enclosure (2)", """\
File: fr_search_log_summary_FY2024.csv
Source: PMO Investigations SharePoint list "FR Search Log"
Exported: 2024-11-06 14:22 HST by (b)(6)
Rows: 14 (header, 12 data rows, totals)

"Row","Month","Searches","Possible matches","Requesting agency"
"1","Oct-2023","9","3","MCBH CID"
"2","Nov-2023","12","4","MCBH CID"
"3","Dec-2023","7","2","MCBH CID; MCBH Military Police"
"4","Jan-2024","15","6","MCBH CID"
"5","Feb-2024","11","3","MCBH CID; CGIS Honolulu"
"6","Mar-2024","14","5","MCBH CID"
"7","Apr-2024","10","2","MCBH Military Police"
"8","May-2024","13","4","MCBH CID"
"9","Jun-2024","8","1","MCBH CID"
"10","Jul-2024","16","5","MCBH CID; CGIS Honolulu"
"11","Aug-2024","12","4","MCBH CID"
"12","Sep-2024","10","3","MCBH CID"
"TOTAL","","137","42",""

NOTES (worksheet "Notes", cells A1:A9)
A1  Period: fiscal year 2024 (1 Oct 2023 - 30 Sep 2024).
A2  Active Clearview AI accounts at 30 Sep 2024: 5 (PMO
    Investigations 4, MP Desk Sergeant 1).
A3  Subscription: Clearview AI, 5 seats at $1,850.00 per seat,
    $9,250.00 for the 12 months ending 30 Sep 2024, paid by
    government purchase card (GPC).
A4  Searches are counted once per probe image. Re-runs of the same
    image are not counted.
A5  "Possible matches" = candidate reviewed by a second analyst and
    forwarded to the case agent as a lead.
A6  Match rate, FY2024: 30.7% (42 of 137).
A7  Searches for agencies outside MCBH: 4 (CGIS Honolulu).
A8  Per PMO SOP 5580.4, a search requires a CID case control number
    or an MP blotter number. A possible match is a lead only and is
    not probable cause for apprehension.
A9  Contract/GPC ref. M00318-24-P-0062. POC: PMO Investigations,
    DSN 315-457-0000.""", "UNCLASSIFIED p. 1/1"),
], "pdf", PMO,
    [PMO, "Marine Corps Base Hawaii Criminal Investigation Division", "Marine Corps Base Hawaii Military Police",
     "Coast Guard Investigative Service"],
    [CV],
    [],
    [C(1850, 1850, "year", "5 seats at $1,850.00 per seat", PMO, CV, unit="per user"),
     C(9250, 9250, "year", "$9,250.00 for the 12 months ending 30 Sep 2024", PMO, CV)],
    [N(n, "exact", "searches", "month", f'"{m}","{n}"', PMO, CV) for m, n, _ in MONTHS]
    + [N(137, "exact", "searches", "year", '"TOTAL","","137"', PMO, CV),
       N(42, "exact", "matches", "year", '"TOTAL","","137","42"', PMO, CV),
       N(5, "exact", "users", None, "Active Clearview AI accounts at 30 Sep 2024: 5", PMO, CV),
       N(5, "exact", "licenses", None, "Subscription: Clearview AI, 5 seats", PMO, CV),
       N(4, "exact", "requests", "year", "Searches for agencies outside MCBH: 4", PMO, CV)],
    [P("a search requires a CID case control number or an MP blotter number.", PMO, "requirement"),
     P("A possible match is a lead only and is not probable cause for apprehension.", PMO, "disclaimer")],
    [],
    ["2024-11-06", "2023-10-01", "2024-09-30"] + [d for _, _, d in MONTHS],
    scan=None)


# ---------------------------------------------------------------- 6 Maine: Scarborough PD
SPD = "Scarborough Police Department"
VS = "Vigilant Solutions"
FS = "Vigilant FaceSearch"
doc("06_scarborough-pd-foaa-reply-letter.txt", [
    (None, """\
SCARBOROUGH POLICE DEPARTMENT
Office of the Chief | 246 U.S. Route 1, Scarborough, Maine 04074
Telephone (207) 555-0119

May 9, 2025

Mr. Theo Ranallo
Downeast Surveillance Records Project
P.O. Box 1187
Augusta, ME 04332

Re: Freedom of Access Act request received April 18, 2025
    (SPD reference FOAA 25-031)

Dear Mr. Ranallo:

The Department has completed its search for records responsive to
your request under the Maine Freedom of Access Act, 1 M.R.S. secs.
400-414. The answers below follow the numbering of your request.

1. Contracts and amounts paid. The Department bought one facial
   recognition product: Vigilant FaceSearch, from Vigilant Solutions,
   LLC (now part of Motorola Solutions), as an add-on to its Vigilant
   LEARN license plate recognition subscription. The Department paid
   the following for FaceSearch, by fiscal year (July 1 to June 30):

       FY2019                        $3,450.00
       FY2020                        $3,600.00
       FY2021                        $3,780.00

   The FY2019 amount included a one-time setup fee of $450.00. The
   FaceSearch add-on was cancelled effective June 30, 2021, and
   nothing has been paid for it since. The LEARN license plate
   subscription ($6,200.00 per year) is a separate contract and is
   not a facial recognition product.

2. Number of users. While the add-on was active, six (6) officers
   held FaceSearch accounts. All accounts were disabled on June 30,
   2021. No member of the Department holds an account today.""", "FOAA 25-031 p. 1 of 2"),
    (None, """\
3. Searches per year. Vigilant's usage reports show 34 FaceSearch
   searches in FY2019, 52 in FY2020 and 29 in FY2021. The vendor
   described the FaceSearch gallery as holding more than 15 million
   booking photographs from participating agencies. Since October
   2021 the Department has submitted 3 written requests for a facial
   recognition search to the state agencies named in 25 M.R.S. sec.
   6004. No fee was charged for those requests.

4. Written policy. Yes. General Order 4-17, Facial Surveillance,
   revised October 18, 2021 (enclosed, 6 pages), is the Department's
   written policy. Section III.B of the order provides: "No member
   shall use, request or obtain the results of a facial surveillance
   search except by a written request to a state agency authorized
   by 25 M.R.S. sec. 6004, approved by a supervisor and documented in
   the case report." A result is an investigative lead only and may
   not be the sole basis for probable cause. A member who violates
   the order is subject to discipline up to and including dismissal.

5. Other systems. No other facial recognition system or service has
   been purchased, licensed or used on a trial basis by the
   Department.

Records withheld: none. Under 1 M.R.S. sec. 408-A(8) the Department
may charge $25.00 per hour after the first two hours of staff time;
no fee is charged for this request. You may appeal this response
under 1 M.R.S. sec. 409 within 30 days.

Sincerely,

Lt. Anneliese Borque
Records Officer, Scarborough Police Department

Enclosures: General Order 4-17 (6 pages); payment records (9 pages)""", "FOAA 25-031 p. 2 of 2"),
], "pdf", SPD,
    [SPD],
    [VS, "Motorola Solutions"],
    [FS, "Vigilant LEARN"],
    [C(3450, 3450, "year", "FY2019                        $3,450.00", SPD, VS, FS),
     C(3600, 3600, "year", "FY2020                        $3,600.00", SPD, VS, FS),
     C(3780, 3780, "year", "FY2021                        $3,780.00", SPD, VS, FS),
     C(450, 450, "one-time", "one-time setup fee of $450.00", SPD, VS, FS)],
    [N(6, "exact", "users", None, "six (6) officers held FaceSearch accounts", SPD, VS),
     N(34, "exact", "searches", "year", "34 FaceSearch searches in FY2019", SPD, VS),
     N(52, "exact", "searches", "year", "52 in FY2020", SPD, VS),
     N(29, "exact", "searches", "year", "29 in FY2021", SPD, VS),
     N(15000000, "more than", "images", None, "more than 15 million booking photographs", None, VS),
     N(3, "exact", "requests", None, "submitted 3 written requests for a facial recognition search", SPD, None)],
    [P("No member shall use, request or obtain the results of a facial surveillance search except by a written "
       "request to a state agency authorized by 25 M.R.S. sec. 6004, approved by a supervisor and documented in "
       "the case report.", SPD, "prohibition"),
     P("A result is an investigative lead only and may not be the sole basis for probable cause.", SPD,
       "disclaimer"),
     P("A member who violates the order is subject to discipline up to and including dismissal.", SPD,
       "consequence")],
    [],
    ["2025-05-09", "2025-04-18", "2021-06-30", "2021-10", "2021-10-18"],
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
