"""Writes docs/*.txt and labels.json for holdout104 (six invented releases: KY, NE, MI, AZ, NC, MN).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, and `kind` on policies)."""
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
    indentation, '> ' quote marks or a spreadsheet cell's '|' continuation) or pads a table row, the
    label takes the exact substring the text holds."""
    if quote in text:
        return quote
    pattern = r"\s+(?:[>|]\s*)?".join(re.escape(w) for w in quote.split())
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


# ---------------------------------------------------------------- 1 Kentucky: Nicholasville PD (Gmail chain)
NPD = "Nicholasville Police Department"
VER = "Veritone"
IDY = "Veritone IDentify"
JCSO = "Jessamine County Sheriff's Office"
THREAD = "Fwd: Veritone IDentify renewal - Nicholasville PD (Acct 00417)"
GHEAD = "3/4/25, 10:41 AM     Nicholasville Mail - Fwd: Veritone IDentify renewal"
GURL = "https://mail.google.com/mail/u/0/?ik=5b1e07c3a2&view=pt&search=all"
doc("01_nicholasville-pd-veritone-renewal-gmail.txt", [
    (GHEAD, """\
Gmail                           Dale Whitaker <dwhitaker@nicholasville.org>

Fwd: Veritone IDentify renewal - Nicholasville PD (Acct 00417)
4 messages

Dale Whitaker <dwhitaker@nicholasville.org>    Mon, Feb 24, 2025 at 9:12 AM
To: Ross Kendrick <rkendrick@nicholasville.org>

Captain,

Veritone's renewal quote for IDentify came in Friday afternoon and is
forwarded below. Short version: the price goes from $9,600 this year
to $12,480 for April 2025 - March 2026, about a 30% jump. They have
moved us off the flat small-agency price and onto per-user pricing,
8 named users at $1,560 each.

We have 8 named users on the account now, but only 5 of them ran a
search since July. The account ran 214 searches in the last twelve
months.

The quote also offers the Redact add-on for body camera video. That
is a Records Unit question, not ours, so I left it out of my numbers.

Dale

Sgt. Dale Whitaker
Criminal Investigations Unit
Nicholasville Police Department | (859) 555-0142

---------- Forwarded message ---------
From: Megan Castellano <mcastellano@veritone.com>
Date: Fri, Feb 21, 2025 at 4:47 PM
Subject: Veritone IDentify renewal - Nicholasville PD (Acct 00417)
To: Dale Whitaker <dwhitaker@nicholasville.org>

Hi Dale,

Your Veritone IDentify subscription (account 00417) ends on March 31,
2025. Renewal pricing for April 1, 2025 - March 31, 2026:""", GURL + "    1/3"),
    (GHEAD, """\
    IDentify, per named user         8 x $1,560.00        $12,480.00
    Booking photo sync (Jessamine County Detention
      Center), unlimited searches                           included
    Optional: Veritone Redact, body-worn video
      redaction, 1 user                                    $4,200.00

Your IDentify gallery now holds 63,517 booking photographs synced
nightly from the Jessamine County Detention Center. Pricing is good
for 30 days. Kentucky public agencies are exempt from sales tax, so
none is shown.

Thanks,
Megan Castellano | State & Local Government, Veritone, Inc.
(949) 555-0176

Ross Kendrick <rkendrick@nicholasville.org>    Tue, Feb 25, 2025 at 7:58 AM
To: Dale Whitaker <dwhitaker@nicholasville.org>
Cc: Angela Pruitt <apruitt@nicholasville.org>

Comments inline. Angela, copying you for the PO.

On Mon, Feb 24, 2025 at 9:12 AM Dale Whitaker
<dwhitaker@nicholasville.org> wrote:
> Short version: the price goes from $9,600 this year
> to $12,480 for April 2025 - March 2026, about a 30% jump.

That is more than we planned. The FY26 budget request carries $10,000
for this line.

> We have 8 named users on the account now, but only 5 of them ran a
> search since July.

Then renew at 5 named users. At their per-user rate that is $7,800,
which fits. Dale, please ask Megan for a revised quote.""", GURL + "    2/3"),
    (GHEAD, """\
Reminder for everyone on this thread. Under SOP 4.32 no search is run
without a case number in the notes field. A candidate from IDentify
is a lead only and never an ID by itself. Anyone caught sharing a
login loses their account.

Capt. Ross Kendrick
Commander, Investigations Division

Dale Whitaker <dwhitaker@nicholasville.org>    Wed, Feb 26, 2025 at 1:35 PM
To: Ross Kendrick <rkendrick@nicholasville.org>
Cc: Angela Pruitt <apruitt@nicholasville.org>

Revised quote attached: 5 named users, $7,800.00, same term. Megan
says the Jessamine County Sheriff's Office renewed at 3 users last
month. I have asked her to switch off our unused logins on April 1.

[Quote_NPD_IDentify_FY26_rev1.pdf]

Angela Pruitt <apruitt@nicholasville.org>     Thu, Feb 27, 2025 at 10:06 AM
To: Ross Kendrick <rkendrick@nicholasville.org>
Cc: Dale Whitaker <dwhitaker@nicholasville.org>

PO 25-0318 is issued to Veritone, Inc. for $7,800.00 and charged to
001-4110-5240 (Police - Software Maintenance). The City is exempt
from Kentucky sales tax, so there is no 6% line. The Redact add-on is
not on the PO.

Angela Pruitt
Finance Director, City of Nicholasville | (859) 555-0117""", GURL + "    3/3"),
], "print", NPD,
    [NPD, "City of Nicholasville", "Jessamine County Detention Center", JCSO],
    [VER],
    [IDY, "Veritone Redact"],
    [C(9600, 9600, "year", "the price goes from $9,600 this year", NPD, VER, IDY),
     C(12480, 12480, "year", "to $12,480 for April 2025 - March 2026", NPD, VER, IDY),
     C(1560, 1560, "year", "8 named users at $1,560 each", NPD, VER, IDY, unit="per user"),
     C(10000, 10000, None, "The FY26 budget request carries $10,000 for this line", NPD, VER, IDY),
     C(7800, 7800, "year", "At their per-user rate that is $7,800", NPD, VER, IDY)],
    [N(8, "exact", "licenses", None, "We have 8 named users on the account now", NPD, VER),
     N(5, "exact", "users", None, "only 5 of them ran a search since July", NPD, VER),
     N(214, "exact", "searches", "year", "The account ran 214 searches in the last twelve months", NPD, VER),
     N(63517, "exact", "images", None, "gallery now holds 63,517 booking photographs", NPD, VER),
     N(5, "exact", "licenses", None, "Then renew at 5 named users.", NPD, VER),
     N(3, "exact", "licenses", None, "the Jessamine County Sheriff's Office renewed at 3 users", JCSO, VER)],
    [P("Under SOP 4.32 no search is run without a case number in the notes field.", NPD, "requirement"),
     P("A candidate from IDentify is a lead only and never an ID by itself.", NPD, "disclaimer"),
     P("Anyone caught sharing a login loses their account.", NPD, "consequence")],
    [E("Dale Whitaker", "Ross Kendrick", "Mon, Feb 24, 2025 at 9:12 AM", THREAD),
     E("Megan Castellano", "Dale Whitaker", "Fri, Feb 21, 2025 at 4:47 PM",
       "Veritone IDentify renewal - Nicholasville PD (Acct 00417)"),
     E("Ross Kendrick", "Dale Whitaker", "Tue, Feb 25, 2025 at 7:58 AM", THREAD),
     E("Dale Whitaker", None, "Mon, Feb 24, 2025 at 9:12 AM", None),
     E("Dale Whitaker", "Ross Kendrick", "Wed, Feb 26, 2025 at 1:35 PM", THREAD),
     E("Angela Pruitt", "Ross Kendrick", "Thu, Feb 27, 2025 at 10:06 AM", THREAD)],
    ["2025-03-04", "2025-02-24", "2025-04", "2026-03", "2025-02-21", "2025-03-31", "2025-04-01", "2026-03-31",
     "2025-02-25", "2025-02-26", "2025-02-27"],
    scan="print")


# ---------------------------------------------------------------- 2 Nebraska: Beatrice PD (PO + invoice)
BPD = "Beatrice Police Department"
PFT = "Prairie Forensic Technologies"
COG = "Cognitec"
FV = "FaceVACS-DBScan LE"
doc("02_beatrice-pd-cognitec-po-invoice.txt", [
    (None, """\
CITY OF BEATRICE, NEBRASKA
Finance Department - Purchasing
400 Ella Street, Beatrice, NE 68310  |  (402) 555-0160

PURCHASE ORDER                                       PO No. 2024-00562
PO Date: 04/15/2024                      Requisition: REQ-24-1187
Vendor No.: 20931                        Terms: Net 30, FOB Destination

VENDOR                                   SHIP TO
Prairie Forensic Technologies, LLC       Beatrice Police Department
8805 Executive Drive, Suite 210          Attn: Capt. Lyle Harnisch
Lincoln, NE 68526                        201 North 5th Street
(402) 555-0193                           Beatrice, NE 68310

Ln  Description                                              Amount
--  -----------------------------------------------------  ----------
1   Cognitec FaceVACS-DBScan LE server license, perpetual,  18,500.00
    one-time; gallery capacity up to 250,000 images
2   FaceVACS-DBScan LE investigator client licenses          9,000.00
    (4 seats @ $2,250.00), perpetual, one-time
3   Software maintenance and support, year 1                 5,500.00
    (05/01/2024 - 04/30/2025), 20% of license list
4   One-time data migration of booking photos                3,200.00
    (41,286 images) from the Gage County Jail records system
5   Remote administrator training (2 sessions)                   0.00
6   Panasonic Toughbook 40 rugged laptops for patrol         8,370.00
    (3 units @ $2,790.00) - see note
                                                           ----------
                                               PO TOTAL     44,570.00

Sales tax: exempt. Nebraska Form 13 on file, exempt no. 05-7710432.

Note: Lines 1-5 are charged to 101-4220-5315 (Police Investigations -
Software) under City Council Resolution 2024-41 (April 1, 2024),
which authorized the face comparison purchase in an amount not to
exceed $36,200. Line 6 is charged to 101-4210-5421 (Patrol
Equipment) and is not part of that project.

Authorized: ____________________  Purchasing Agent   Date: 04/15/2024""", "BPD-PR-24-071  0004"),
    (None, """\
PRAIRIE FORENSIC TECHNOLOGIES, LLC
8805 Executive Drive, Suite 210, Lincoln, NE 68526 | (402) 555-0193
Authorized partner: Cognitec Systems Corp. | Panasonic Connect

INVOICE                                      Invoice No.: PFT-24-0388
Bill to: City of Beatrice                    Invoice date: 05/06/2024
         Accounts Payable, 400 Ella Street   Customer PO: 2024-00562
         Beatrice, NE 68310                  Due date: 06/05/2024

Item   Description                        Qty    Unit Price      Total
-----  --------------------------------  ----  -----------  ----------
FV-S   FaceVACS-DBScan LE server lic.       1    18,500.00   18,500.00
FV-C   FaceVACS-DBScan LE client lic.       4     2,250.00    9,000.00
MS-1   Maintenance & support, year 1        1     5,500.00    5,500.00
DM-1   Booking photo migration, Gage Co.    1     3,200.00    3,200.00
TR-R   Remote admin training                2         0.00        0.00
TB40   Panasonic Toughbook 40               3     2,790.00    8,370.00
                                                 Subtotal    44,570.00
                       Sales tax 7.0% (exempt, Form 13)           0.00
                       Shipping and handling, laptops            48.75
                                                 TOTAL DUE   44,618.75

Maintenance for year 2 (05/01/2025 - 04/30/2026) will be invoiced in
April 2025 at $5,775.00, the year 1 fee plus 5%.

Migration completed 05/02/2024; all photos in the Gage County Jail
export were loaded.

Remit to: Prairie Forensic Technologies, LLC, acct. 0031-558204.
Questions: ar@prairieforensic.example | (402) 555-0194""", "BPD-PR-24-071  0005"),
    (None, """\
BEATRICE POLICE DEPARTMENT
Interoffice Memorandum

To:      Erin Voss-Lindgren, City Administrator
From:    Capt. Lyle Harnisch, Investigations Division
Date:    March 20, 2024
Re:      REQ-24-1187 - face comparison software (Cognitec)

Detectives now send probe photos to the Nebraska Department of Motor
Vehicles when they need a face comparison. Since January 2023 we have
sent 22 requests; answers took eight days on average. The Department
has no face comparison tool of its own.

We looked at three options. Clearview AI offered a free trial, which
we declined because its gallery is built from images collected from
the internet. DataWorks Plus quoted $52,900 for a hosted FACE Plus
system. Prairie Forensic Technologies, a Cognitec partner in Lincoln,
quoted $36,200 for the first year, which I recommend.

Four detectives would hold client seats. The gallery would start with
the Gage County Jail booking photos; the Gage County Sheriff's Office
has agreed to the import and will send its requests to our examiners.

Use would be governed by General Order 4.19, Facial Recognition,
which the Chief signed on March 1, 2024. It allows searches only for
felony investigations and for missing or endangered persons. It
prohibits searches of persons engaged in lawful First Amendment
activity. A candidate returned by the software may not be used as the
sole basis for an arrest. A proposed amendment that would add a
monthly audit by the Professional Standards sergeant is still under
review.

Funding: Investigations software line, FY2024 (balance $41,880).

Capt. Lyle Harnisch""", "BPD-PR-24-071  0006"),
], "pdf", BPD,
    ["City of Beatrice", BPD, "Beatrice City Council", "Gage County Sheriff's Office", "Gage County Jail",
     "Nebraska Department of Motor Vehicles"],
    [PFT, COG, "Panasonic", "Clearview AI", "DataWorks Plus"],
    [FV, "Toughbook 40", "FACE Plus"],
    [C(18500, 18500, "one-time", "Cognitec FaceVACS-DBScan LE server license, perpetual, 18,500.00", BPD, PFT, FV),
     C(9000, 9000, "one-time", "FaceVACS-DBScan LE investigator client licenses 9,000.00", BPD, PFT, FV),
     C(2250, 2250, "one-time", "(4 seats @ $2,250.00)", BPD, PFT, FV, unit="per user"),
     C(5500, 5500, "year", "Software maintenance and support, year 1 5,500.00", BPD, PFT, FV),
     C(3200, 3200, "one-time", "One-time data migration of booking photos 3,200.00", BPD, PFT, FV),
     C(None, 36200, None, "in an amount not to exceed $36,200", BPD, PFT, FV),
     C(5775, 5775, "year", "will be invoiced in April 2025 at $5,775.00", BPD, PFT, FV)],
    [N(4, "exact", "licenses", None, "(4 seats @ $2,250.00)", BPD, PFT),
     N(41286, "exact", "images", None, "(41,286 images) from the Gage County Jail", BPD, PFT),
     N(22, "exact", "requests", None, "Since January 2023 we have sent 22 requests", BPD, None)],
    [P("It allows searches only for felony investigations and for missing or endangered persons.", BPD, "purpose"),
     P("It prohibits searches of persons engaged in lawful First Amendment activity.", BPD, "prohibition"),
     P("A candidate returned by the software may not be used as the sole basis for an arrest.", BPD, "disclaimer")],
    [],
    ["2024-04-15", "2024-05-01", "2025-04-30", "2024-04-01", "2024-05-06", "2024-06-05", "2025-05-01",
     "2026-04-30", "2025-04", "2024-05-02", "2024-03-20", "2023-01", "2024-03-01"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Michigan: Saginaw County SO (internal audit)
SCSO = "Saginaw County Sheriff's Office"
MSP = "Michigan State Police"
CV = "Clearview AI"
VIG = "Vigilant Solutions"
doc("03_saginaw-county-so-fr-search-audit.txt", [
    (None, """\
SAGINAW COUNTY SHERIFF'S OFFICE
Office of Professional Standards
618 Cass Street, Saginaw, Michigan 48602 | (989) 555-0181

INTERNAL AUDIT REPORT No. OPS-A-2025-02
Facial Recognition Search Activity, July 1 - December 31, 2024

Auditor:       Lt. Renee Vasquez-Hollis, Professional Standards
Requested by:  Undersheriff Michael Brandt
Issued:        February 14, 2025
Distribution:  Sheriff; Undersheriff; Detective Bureau Commander

1. Scope and method
This audit covers every face recognition search that members of the
Office ran, or asked another agency to run, between July 1 and
December 31, 2024. Three systems were in use:

 (a) Clearview AI. The Office's own subscription: six user licences
     at $10,800 per year, under a contract that runs through June
     30, 2025.
 (b) SNAP. The Statewide Network of Agency Photos is run by the
     Michigan State Police. Our detectives do not search SNAP
     directly; they send probe images to the MSP Digital Analysis
     and Identification Section (DAIS), which runs the search and
     returns a candidate list or a "no result" reply. MSP charges
     nothing for the service.
 (c) Vigilant FaceSearch. FaceSearch is a module of the Vigilant
     LEARN platform (Motorola Solutions) that the Office licenses
     for license plate recognition. It comes with the LEARN
     subscription at no extra charge. The LEARN renewal ($21,600 a
     year) is paid from the Road Patrol ALPR budget and is not a
     facial recognition cost.

The auditor exported the Clearview and LEARN audit logs, obtained the
DAIS request log for our ORI from MSP, and compared each entry with
the incident file in the records management system.""", "OPS-A-2025-02 | Page 1 of 3"),
    (None, """\
2. Search activity by month

Table 1. Searches run and requests sent, July - December 2024

Month      Clearview AI   SNAP requests   Vigilant     Candidate lists
           searches       to MSP DAIS     FaceSearch   returned (all)
--------   ------------   -------------   ----------   ---------------
Jul 2024             34               6            3                17
Aug 2024             41               4            5                20
Sep 2024             38               7            2                18
Oct 2024             45               5            4                22
Nov 2024             37               3            1                15
Dec 2024             41               6            4                17
--------   ------------   -------------   ----------   ---------------
Total               236              31           19               109

In all, members ran or requested 286 searches in the six months.
Nine members ran at least one search in one of the three systems.
Four detectives hold FaceSearch logins through LEARN.

3. Findings
3.1 Incident numbers. Of the 236 Clearview searches, 14 had no
incident number in the Clearview case field, and none of the 14 could
be tied to an open incident afterwards. All 31 DAIS requests carried
an incident number, because MSP requires that each request to DAIS
include an incident number and the offense under investigation.

3.2 SNAP results. MSP returned a candidate list for 12 of the 31
requests. MSP reports that SNAP holds about 10.6 million photographs,
including driver license and state ID images.

3.3 FaceSearch. Vigilant describes the FaceSearch gallery as more
than 15 million booking images shared by LEARN agencies. There is no
policy prohibiting members from using FaceSearch, and Policy 340 does
not mention it.""", "OPS-A-2025-02 | Page 2 of 3"),
    (None, """\
3.4 Outcomes. Incident files credit a face recognition result with
contributing to 7 arrests in the period. No case relied on a result
alone.

4. Policy in force
Policy 340, Facial Recognition (effective April 3, 2023), provides:

340.2  Only members who have completed the MSP SNAP training and the
       Office's Clearview training may run or request a search.
340.3  A search may be run only for an active criminal investigation,
       to identify a deceased person, or to locate a missing or
       endangered person. The Detective Bureau commander may
       authorize a search to identify a person who cannot identify
       himself or herself because of a medical condition.
340.4  A candidate returned by any system is an investigative lead
       only and is not probable cause to arrest.
340.5  Members shall not search images of persons engaged in lawful
       protest, religious worship or political activity.
340.6  Members who use a facial recognition system for a personal or
       non-investigative purpose are subject to discipline up to and
       including termination.

5. Recommendations (not yet acted on)
5.1 Amend Policy 340 to cover FaceSearch, or stop its use.
5.2 Make the Clearview case field mandatory; the vendor says this can
    be set by the account administrator.
5.3 Reduce the Clearview subscription to five licences at renewal.
    The FY2025-26 budget request carries $11,340 for the renewal,
    5% above the current price.

Lt. Renee Vasquez-Hollis
Office of Professional Standards""", "OPS-A-2025-02 | Page 3 of 3"),
], "pdf", SCSO,
    [SCSO, MSP, "Michigan State Police Digital Analysis and Identification Section"],
    [CV, VIG, "Motorola Solutions"],
    ["Statewide Network of Agency Photos", "Vigilant FaceSearch", "Vigilant LEARN"],
    [C(10800, 10800, "year", "six user licences at $10,800 per year", SCSO, CV),
     C(11340, 11340, None, "The FY2025-26 budget request carries $11,340 for the renewal", SCSO, CV)],
    [N(6, "exact", "licenses", None, "six user licences", SCSO, CV),
     N(34, "exact", "searches", "month", "Jul 2024 34", SCSO, CV),
     N(41, "exact", "searches", "month", "Aug 2024 41", SCSO, CV),
     N(38, "exact", "searches", "month", "Sep 2024 38", SCSO, CV),
     N(45, "exact", "searches", "month", "Oct 2024 45", SCSO, CV),
     N(37, "exact", "searches", "month", "Nov 2024 37", SCSO, CV),
     N(41, "exact", "searches", "month", "Dec 2024 41", SCSO, CV),
     N(6, "exact", "requests", "month", "Jul 2024 34 6", SCSO, None),
     N(4, "exact", "requests", "month", "Aug 2024 41 4", SCSO, None),
     N(7, "exact", "requests", "month", "Sep 2024 38 7", SCSO, None),
     N(5, "exact", "requests", "month", "Oct 2024 45 5", SCSO, None),
     N(3, "exact", "requests", "month", "Nov 2024 37 3", SCSO, None),
     N(6, "exact", "requests", "month", "Dec 2024 41 6", SCSO, None),
     N(3, "exact", "searches", "month", "Jul 2024 34 6 3", SCSO, VIG),
     N(5, "exact", "searches", "month", "Aug 2024 41 4 5", SCSO, VIG),
     N(2, "exact", "searches", "month", "Sep 2024 38 7 2", SCSO, VIG),
     N(4, "exact", "searches", "month", "Oct 2024 45 5 4", SCSO, VIG),
     N(1, "exact", "searches", "month", "Nov 2024 37 3 1", SCSO, VIG),
     N(4, "exact", "searches", "month", "Dec 2024 41 6 4", SCSO, VIG),
     N(236, "exact", "searches", None, "Total 236", SCSO, CV),
     N(31, "exact", "requests", None, "Total 236 31", SCSO, None),
     N(19, "exact", "searches", None, "Total 236 31 19", SCSO, VIG),
     N(109, "exact", "matches", None, "Total 236 31 19 109", SCSO, None),
     N(286, "exact", "searches", None, "members ran or requested 286 searches in the six months", SCSO, None),
     N(9, "exact", "users", None, "Nine members ran at least one search", SCSO, None),
     N(4, "exact", "users", None, "Four detectives hold FaceSearch logins", SCSO, VIG),
     N(14, "exact", "searches", None, "14 had no incident number in the Clearview case field", SCSO, CV),
     N(12, "exact", "matches", None, "MSP returned a candidate list for 12 of the 31 requests", SCSO, None),
     N(10600000, "approximately", "images", None, "SNAP holds about 10.6 million photographs", MSP, None),
     N(15000000, "more than", "images", None, "more than 15 million booking images shared by LEARN agencies",
       None, VIG),
     N(7, "exact", "arrests", None, "contributing to 7 arrests in the period", SCSO, None)],
    [P("MSP requires that each request to DAIS include an incident number and the offense under investigation.",
       MSP, "requirement"),
     P("Only members who have completed the MSP SNAP training and the Office's Clearview training may run or "
       "request a search.", SCSO, "requirement"),
     P("A search may be run only for an active criminal investigation, to identify a deceased person, or to "
       "locate a missing or endangered person.", SCSO, "purpose"),
     P("The Detective Bureau commander may authorize a search to identify a person who cannot identify himself "
       "or herself because of a medical condition.", SCSO, "permission"),
     P("A candidate returned by any system is an investigative lead only and is not probable cause to arrest.",
       SCSO, "disclaimer"),
     P("Members shall not search images of persons engaged in lawful protest, religious worship or political "
       "activity.", SCSO, "prohibition"),
     P("Members who use a facial recognition system for a personal or non-investigative purpose are subject to "
       "discipline up to and including termination.", SCSO, "consequence")],
    [],
    ["2024-07-01", "2024-12-31", "2025-02-14", "2025-06-30", "2024-07", "2024-08", "2024-09", "2024-10",
     "2024-11", "2024-12", "2023-04-03"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Arizona: Prescott (City Attorney reply letter)
PPD = "Prescott Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("04_prescott-city-attorney-records-reply-nec.txt", [
    (None, """\
CITY OF PRESCOTT
Office of the City Attorney
201 South Cortez Street, Prescott, Arizona 86303 | (928) 555-0120

September 9, 2024

VIA EMAIL ONLY (requests@azsurveillancewatch.example)

Ms. Corinne Valdespino
Arizona Surveillance Watch
P.O. Box 41872
Tucson, AZ 85717

Re:  Public Records Request No. PR-24-0917 - Prescott Police
     Department facial recognition records (received August 12, 2024)

Dear Ms. Valdespino:

The City of Prescott responds to your request under Arizona's public
records law, A.R.S. 39-121 et seq., for records about the Prescott
Police Department's purchase and use of facial recognition technology
from January 1, 2022 to the present. The Police Department,
Procurement and the City Clerk searched their files and email using
the terms "facial recognition," "NEC," "NeoFace," "Clearview" and
"face match."

A. Records located and produced
   1. Software License and Services Agreement between the City of
      Prescott and NEC Corporation of America, City Contract No.
      2023-114, with Exhibit A (Statement of Work) and Exhibit B
      (Fee Schedule) - 31 pages.
   2. City Council Resolution No. 2023-1862 approving the agreement
      (June 13, 2023), with the staff report - 6 pages.
   3. NEC invoices and City payment records, FY2024 and FY2025 -
      9 pages.
   4. Police Department General Order 41.3, Facial Recognition
      (effective August 1, 2023) - 5 pages.
   5. NeoFace Reveal usage report, July 2023 - June 2024 - 2 pages.
   6. Email correspondence - 118 pages, redacted in part (Part C).""",
     "PR-24-0917 | Page 1 of 3"),
    (None, """\
B. Summary of the contract terms
For your convenience we summarize the main terms of Contract No.
2023-114. The agreement itself controls.

   - Term. An initial term of three years, July 1, 2023 through June
     30, 2026, with two optional one-year renewals at the City's
     election.
   - Product. NeoFace Reveal investigative face search software,
     installed on a City-owned server at the Police Department, with
     5 concurrent user licences.
   - Price. A one-time license, installation and training fee of
     $38,400, and an annual maintenance and support fee of $7,680 for
     each of years two and three. Total compensation over the initial
     term may not exceed $56,000, including travel.
   - Renewals. Maintenance in a renewal year may not exceed the prior
     year's fee plus 3%.
   - Optional module. Exhibit B lists NeoFace Watch, a real-time video
     module, at $24,000. The City did not buy it, and the agreement
     does not license it.
   - Gallery. The only images enrolled are booking photographs that
     the Yavapai County Sheriff's Office supplies under an
     intergovernmental agreement: approximately 118,000 photographs at
     go-live. No driver license or ID card images from the ADOT Motor
     Vehicle Division are enrolled.
   - Data. NEC may reach the system only for support, with the
     Department's permission, and may not keep or use City data for
     any other purpose.
   - Termination. Either party may end the agreement on 30 days'
     written notice. The City may also cancel under A.R.S. 38-511.

City payment records show $46,080 paid to NEC through August 2024.""",
     "PR-24-0917 | Page 2 of 3"),
    (None, """\
C. Records withheld or redacted
Probe images and candidate photographs in the emails are redacted to
protect the privacy of the persons shown and open investigations.
NEC's server configuration document is withheld under A.R.S. 39-126.

D. Other information in the records
The usage report shows 402 searches by 7 users from July 2023 through
June 2024. During the same period the Department sent 9 requests to
the Arizona Counter Terrorism Information Center (ACTIC), run by the
Arizona Department of Public Safety, to compare probe images with
Motor Vehicle Division photographs.

General Order 41.3 provides that only members of the Criminal
Investigations Section who have completed NEC's operator training may
use NeoFace Reveal. The order limits searches to felony
investigations and to identifying deceased or missing persons. A
possible match is an investigative lead only and may not serve as the
sole basis for probable cause. The order prohibits use of the system
on live or recorded video from City cameras.

E. Records not located
No record of an audit of NeoFace Reveal use was located; General
Order 41.3 does not call for one. No record of any Clearview AI
contract, trial or account was located.

There is no charge for these records. This letter completes the
City's response. If you have questions, please call me at (928)
555-0124.

Sincerely,

Harriet M. Quon
Assistant City Attorney""", "PR-24-0917 | Page 3 of 3"),
], "pdf", PPD,
    ["City of Prescott", PPD, "Prescott City Council", "Yavapai County Sheriff's Office",
     "Arizona Department of Transportation Motor Vehicle Division", "Arizona Counter Terrorism Information Center",
     "Arizona Department of Public Safety"],
    [NEC, "Clearview AI"],
    [NFR, "NeoFace Watch"],
    [C(38400, 38400, "one-time", "A one-time license, installation and training fee of $38,400", PPD, NEC, NFR),
     C(7680, 7680, "year", "an annual maintenance and support fee of $7,680", PPD, NEC, NFR),
     C(None, 56000, None, "Total compensation over the initial term may not exceed $56,000", PPD, NEC, NFR),
     C(46080, 46080, None, "$46,080 paid to NEC through August 2024", PPD, NEC, NFR)],
    [N(5, "exact", "licenses", None, "5 concurrent user licences", PPD, NEC),
     N(118000, "approximately", "images", None, "approximately 118,000 photographs at go-live", PPD, NEC),
     N(402, "exact", "searches", "year", "The usage report shows 402 searches", PPD, NEC),
     N(7, "exact", "users", "year", "402 searches by 7 users from July 2023 through June 2024", PPD, NEC),
     N(9, "exact", "requests", "year", "the Department sent 9 requests to the Arizona Counter Terrorism Information "
       "Center", PPD, None)],
    [P("only members of the Criminal Investigations Section who have completed NEC's operator training may use "
       "NeoFace Reveal.", PPD, "requirement"),
     P("The order limits searches to felony investigations and to identifying deceased or missing persons.", PPD,
       "purpose"),
     P("A possible match is an investigative lead only and may not serve as the sole basis for probable cause.",
       PPD, "disclaimer"),
     P("The order prohibits use of the system on live or recorded video from City cameras.", PPD, "prohibition")],
    [],
    ["2024-09-09", "2024-08-12", "2022-01-01", "2023-06-13", "2023-08-01", "2023-07", "2024-06", "2023-07-01",
     "2026-06-30", "2024-08"],
    scan="pdf")


# ---------------------------------------------------------------- 5 North Carolina: Cabarrus County (BOC minutes)
CCSO = "Cabarrus County Sheriff's Office"
ROC = "Rank One Computing"
RW = "ROC Watch"
doc("05_cabarrus-county-commissioners-minutes-fr-grant.txt", [
    (None, """\
CABARRUS COUNTY BOARD OF COMMISSIONERS
REGULAR MEETING
MINUTES - MARCH 17, 2025

The Board of Commissioners for the County of Cabarrus met in regular
session in the Multipurpose Room of the Cabarrus County Governmental
Center in Concord, North Carolina, at 6:30 p.m. on Monday, March 17,
2025.

Present:  Chair Kenneth R. Alston; Vice Chair Lynn W. Harrelson;
          Commissioners Darnell P. Shue, Angela K. Mabry and
          Curtis L. Furr
Absent:   None
Also present: Mark T. Eudy, County Manager; Rhonda J. Kitts, County
          Attorney; Lauren C. Bost, Clerk to the Board

(1) CALL TO ORDER
Chair Alston called the meeting to order at 6:30 p.m.

(2) INVOCATION AND PLEDGE OF ALLEGIANCE
Pastor Glenn Overcash of Mount Gilead Lutheran Church gave the
invocation, and Commissioner Furr led the Pledge of Allegiance.

(3) APPROVAL OF THE AGENDA
Commissioner Mabry asked that consent item 7(c) be moved to New
Business for discussion.

UPON MOTION of Commissioner Shue, seconded by Vice Chair Harrelson
and unanimously carried, the Board approved the agenda as amended.

(7) CONSENT AGENDA
7(a) Emergency Medical Services - Purchase of two ambulances from
     Wheeled Coach Industries through the N.C. Sheriffs' Association
     contract, $612,448.
7(b) Tax Administration - Refund and release report for February
     2025 ($18,206.55).
7(d) Parks - Acceptance of a $10,000 donation for Frank Liske Park
     signage.

UPON MOTION of Vice Chair Harrelson, seconded by Commissioner Furr
and unanimously carried, the Board approved consent items 7(a), 7(b)
and 7(d).""", "Cabarrus County BOC - March 17, 2025 - Page 1 of 3"),
    (None, """\
(10) NEW BUSINESS
10(a) Sheriff - Acceptance of Governor's Crime Commission Grant and
      Purchase of Facial Recognition Software (formerly 7(c))

Major Trent Barrier of the Sheriff's Office presented the item. The
N.C. Governor's Crime Commission has awarded the Sheriff's Office a
grant of $48,000 for the period April 1, 2025 through March 31, 2028.
No local match is required. The grant would pay for a three-year
subscription to ROC Watch, investigative image and video search
software from Rank One Computing Corporation, for five named users at
$15,300 per year ($45,900 for three years), plus one-time onboarding
and training at $2,100.

Major Barrier said the software would search the Cabarrus County
Detention Center's booking photographs, roughly 212,000 images dating
to 2006. Today detectives send probe photos to the State Bureau of
Investigation; since January 2024 they have sent 41 requests, with an
average wait of 11 days.

In answer to Commissioner Mabry, Major Barrier described Sheriff's
Office General Order 5.22, Facial Recognition. Searches may be run
only for felony investigations, missing persons and unidentified
deceased persons. A sergeant or higher must approve each search
before it is run. A candidate is an investigative lead and cannot by
itself establish probable cause. The order prohibits use of the
software with live or real-time video.

Commissioner Furr asked what other agencies pay. Major Barrier said
the Concord Police Department uses a different vendor and pays about
$11,000 a year. After the grant ends, the Sheriff expects to request
about $15,300 a year in the FY2029 budget.

Commissioner Mabry moved to amend the motion to require the Sheriff
to report to the Board each year the number of searches run and the
number of arrests that followed. Commissioner Shue seconded.""",
     "Cabarrus County BOC - March 17, 2025 - Page 2 of 3"),
    (None, """\
The Clerk called the roll on the amendment:
   Ayes: Commissioners Mabry and Shue
   Nays: Chair Alston, Vice Chair Harrelson, Commissioner Furr
The amendment failed, 2-3.

UPON MOTION of Vice Chair Harrelson, seconded by Commissioner Furr,
the Board (1) accepted the N.C. Governor's Crime Commission grant
(PROJ018842) in the amount of $48,000; (2) adopted Budget Amendment
2025-BA-061 appropriating the grant revenue to the Sheriff's Office
(fund 001, org 2110); and (3) authorized the County Manager to sign
an agreement with Rank One Computing Corporation in an amount not to
exceed $48,000, subject to review by the County Attorney.

The Clerk called the roll on the motion:
   Ayes: Chair Alston, Vice Chair Harrelson, Commissioners Shue and
         Furr
   Nays: Commissioner Mabry
The motion carried, 4-1.

10(b) Infrastructure and Asset Management - Award of the Rocky River
      water line extension to Carolina Civil Works, Inc., $1,284,650.

UPON MOTION of Commissioner Shue, seconded by Commissioner Mabry and
unanimously carried, the Board awarded the contract.

(14) ADJOURN
UPON MOTION of Commissioner Furr, seconded by Vice Chair Harrelson
and unanimously carried, the meeting adjourned at 8:14 p.m.

_____________________________        _____________________________
Kenneth R. Alston, Chair             Lauren C. Bost, Clerk to the Board

Approved: April 21, 2025""", "Cabarrus County BOC - March 17, 2025 - Page 3 of 3"),
], "pdf", CCSO,
    ["Cabarrus County Board of Commissioners", "Cabarrus County", CCSO, "North Carolina Governor's Crime Commission",
     "North Carolina State Bureau of Investigation", "Cabarrus County Detention Center", "Concord Police Department",
     "Cabarrus County Emergency Medical Services", "North Carolina Sheriffs' Association"],
    [ROC, "Wheeled Coach Industries", "Carolina Civil Works"],
    [RW],
    [C(48000, 48000, "one-time", "grant of $48,000", CCSO, None),
     C(15300, 15300, "year", "$15,300 per year", CCSO, ROC, RW),
     C(45900, 45900, None, "$45,900 for three years", CCSO, ROC, RW),
     C(2100, 2100, "one-time", "one-time onboarding and training at $2,100", CCSO, ROC, RW),
     C(11000, 11000, "year", "pays about $11,000 a year", "Concord Police Department", None)],
    [N(5, "exact", "licenses", None, "for five named users", CCSO, ROC),
     N(212000, "approximately", "images", None, "roughly 212,000 images", CCSO, ROC),
     N(41, "exact", "requests", None, "since January 2024 they have sent 41 requests", CCSO, None)],
    [P("Searches may be run only for felony investigations, missing persons and unidentified deceased persons.",
       CCSO, "purpose"),
     P("A sergeant or higher must approve each search before it is run.", CCSO, "requirement"),
     P("A candidate is an investigative lead and cannot by itself establish probable cause.", CCSO, "disclaimer"),
     P("The order prohibits use of the software with live or real-time video.", CCSO, "prohibition")],
    [],
    ["2025-03-17", "2025-02", "2025-04-01", "2028-03-31", "2006", "2024-01", "2025-04-21"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Minnesota: Lakeville PD (spreadsheet export)
LPD = "Lakeville Police Department"
DCDTF = "Dakota County Drug Task Force"
MONTHS = [("Jan", 52, 7, "94.2%"), ("Feb", 47, 6, "97.9%"), ("Mar", 63, 8, "96.8%"), ("Apr", 58, 8, "98.3%"),
          ("May", 66, 9, "95.5%"), ("Jun", 55, 7, "100.0%"), ("Jul", 71, 9, "97.2%"), ("Aug", 64, 8, "98.4%"),
          ("Sep", 59, 8, "96.6%"), ("Oct", 68, 9, "98.5%"), ("Nov", 54, 7, "100.0%"), ("Dec", 61, 8, "98.4%")]
assert sum(m[1] for m in MONTHS) == 718
ROWS = "\n".join(f"{i + 2:>4} | {m} 2024 | {s:>9} | {u:>10} | {p:>7}" for i, (m, s, u, p) in enumerate(MONTHS))
doc("06_lakeville-pd-clearview-usage-seats-export.txt", [
    (None, """\
LAKEVILLE POLICE DEPARTMENT - DATA PRACTICES RESPONSE DP-2025-0088
Responsive data: Clearview AI usage and licence seats, calendar 2024
Source: LPD_Clearview_2024.xlsx, exported to text 02/03/2025 by
Records Supervisor K. Lindahl. Seat holder names are private personnel
data under Minn. Stat. 13.43 and are redacted.

Sheet 1 of 4: Monthly_Log

     |    A     |     B     |     C      |    D
-----+----------+-----------+------------+---------
   1 | Month    | Searches  | Users who  | % with
     |          |           | searched   | ICR no.
""" + ROWS + """
  14 | Total    |       718 |            |   97.6%
  15 | Unique users who searched in 2024: 10
  16 | Source: Clearview admin console, Organization Usage report

Sheet 2 of 4: Seats

     |   A    |      B       |       C          |     D      |    E
-----+--------+--------------+------------------+------------+--------
   1 | Seat   | Holder       | Unit             | Assigned   | Status
   2 | LPD-01 | [redacted]   | Investigations   | 03/01/2023 | Active
   3 | LPD-02 | [redacted]   | Investigations   | 03/01/2023 | Active
   4 | LPD-03 | [redacted]   | Investigations   | 03/01/2023 | Active
   5 | LPD-04 | [redacted]   | Investigations   | 03/01/2023 | Active
   6 | LPD-05 | [redacted]   | Investigations   | 03/01/2023 | Active
   7 | LPD-06 | [redacted]   | Crime Analysis   | 03/01/2023 | Active""",
     "DP-2025-0088 | 1 of 2"),
    (None, """\
   8 | LPD-07 | [redacted]   | Patrol Sgt.      | 03/01/2023 | Active
   9 | LPD-08 | [redacted]   | Patrol Sgt.      | 03/01/2023 | Active
  10 | LPD-09 | [redacted]   | SRO Unit         | 03/01/2024 | Active
  11 | LPD-10 | [redacted]   | Investigations   | 03/01/2024 | Active
  12 | LPD-11 | [redacted]   | Investigations   | 06/17/2024 | Active
  13 | LPD-12 | (unassigned) | -                | -          | Open
  14 | Licensed seats, LPD account               |   12
  15 | Assigned seats at 12/31/2024              |   11
  16 | DCDTF seats on a separate Dakota County account: 3

Sheet 3 of 4: Billing

     |        A                          |       B         |     C
-----+-----------------------------------+-----------------+-----------
   1 | Item                              | Term            | Amount
   2 | Clearview AI subscription,        | 03/01/2024 -    | $17,100.00
     | 12 seats @ $1,425.00              | 02/28/2025      |
   3 | Clearview AI subscription,        | 03/01/2023 -    | $14,250.00
     | 10 seats @ $1,425.00              | 02/29/2024      |
   4 | MN sales tax 7.375%               | exempt          |      $0.00
   5 | PO / voucher                      | PO 24-0317, voucher 88412
   6 | DCDTF seats are billed to Dakota County, not to LPD.

Sheet 4 of 4: Notes

     |    A
-----+------------------------------------------------------------------
   1 | Every search requires an ICR number in the case field (LPD
     | Policy 428.4).
   2 | A sergeant may approve a search for a missing person before an
     | ICR number is issued (428.4(b)).
   3 | Results are investigative leads only and are not probable cause
     | (428.5).
   4 | No searches of images from lawful protests or assemblies (428.6).
   5 | Requests sent to Hennepin County SO (Cognitec system) in 2024: 4
   6 | Clearview AI gallery per vendor: over 50 billion public images""",
     "DP-2025-0088 | 2 of 2"),
], "pdf", LPD,
    [LPD, DCDTF, "Dakota County", "Hennepin County Sheriff's Office"],
    [CV, COG],
    [],
    [C(17100, 17100, "year", "Clearview AI subscription, | 03/01/2024 - | $17,100.00", LPD, CV),
     C(1425, 1425, "year", "12 seats @ $1,425.00", LPD, CV, unit="per user"),
     C(14250, 14250, "year", "Clearview AI subscription, | 03/01/2023 - | $14,250.00", LPD, CV)],
    [N(s, "exact", "searches", "month", f"{i + 2:>4} | {m} 2024 | {s:>9}", LPD, CV)
     for i, (m, s, u, p) in enumerate(MONTHS)]
    + [N(u, "exact", "users", "month", f"{i + 2:>4} | {m} 2024 | {s:>9} | {u:>10}", LPD, CV)
       for i, (m, s, u, p) in enumerate(MONTHS)]
    + [N(718, "exact", "searches", "year", "Total    |       718", LPD, CV),
       N(10, "exact", "users", "year", "Unique users who searched in 2024: 10", LPD, CV),
       N(12, "exact", "licenses", None, "Licensed seats, LPD account               |   12", LPD, CV),
       N(11, "exact", "licenses", None, "Assigned seats at 12/31/2024              |   11", LPD, CV),
       N(3, "exact", "licenses", None, "DCDTF seats on a separate Dakota County account: 3", DCDTF, CV),
       N(10, "exact", "licenses", None, "10 seats @ $1,425.00", LPD, CV),
       N(4, "exact", "requests", "year", "Requests sent to Hennepin County SO (Cognitec system) in 2024: 4", LPD,
         COG),
       N(50000000000, "more than", "images", None, "over 50 billion public images", None, CV)],
    [P("Every search requires an ICR number in the case field (LPD Policy 428.4).", LPD, "requirement"),
     P("A sergeant may approve a search for a missing person before an ICR number is issued (428.4(b)).", LPD,
       "permission"),
     P("Results are investigative leads only and are not probable cause (428.5).", LPD, "disclaimer"),
     P("No searches of images from lawful protests or assemblies (428.6).", LPD, "prohibition")],
    [],
    ["2025-02-03", "2024", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08",
     "2024-09", "2024-10", "2024-11", "2024-12", "2023-03-01", "2024-03-01", "2024-06-17", "2024-12-31",
     "2025-02-28", "2024-02-29"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
