"""Writes docs/*.txt and labels.json for holdout43 (six invented releases: AZ, MI, MO, NJ, SC, WI).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and adds `kind` on every
policy (vocabulary in README.md)."""
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
OUTCOMES = {"matches", "leads", "identifications", "arrests"}
KINDS = {"purpose", "prohibition", "access", "records", "lead_only", "review", "discipline"}


def N(count, qualifier, measure, per, quote, agency, vendor=None):
    assert measure in USAGE | OUTCOMES, measure
    assert qualifier in ("exact", "approximately", "up to", "more than"), qualifier
    assert per in (None, "year", "quarter", "month"), per
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


# ---------------------------------------------------------------- 1 Arizona: Tempe PD
TPD = "Tempe Police Department"
SFS = "Sonoran Forensic Systems"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
ACTIC = "Arizona Counter Terrorism Information Center"
doc("01_tempe-pd-council-staff-report-cognitec.txt", [
    (None, """\
CITY OF TEMPE
CITY COUNCIL MEETING - STAFF SUMMARY REPORT

Meeting Date:       08/22/2024          Agenda Item Number: 5C.4
Document Name:      Approve a Contract with Sonoran Forensic Systems,
                    LLC for Facial Image Comparison Software for the
                    Police Department
Supporting Dept.:   Police Department
Contact:            Cmdr. Nadia Ferreira-Lund, (480) 555-0143
Council District:   Citywide
Document Type:      Consent Agenda

ACTION: Approve a three-year contract, No. T25-019-01, with Sonoran
Forensic Systems, LLC, an authorized reseller of Cognitec Systems,
for FaceVACS-DBScan LE facial image comparison software, in an amount
not to exceed $187,600.

FISCAL IMPACT: Year 1 costs total $92,300: a one-time perpetual
license and installation fee of $68,900 and first-year maintenance of
$23,400. Maintenance in years 2 and 3 is $23,400 per year, subject to
an increase of no more than 4% per year. The not-to-exceed amount
also allows for up to six additional examiner licenses at $7,600
each, if caseload requires them. Year 1 will be paid from the Police
Department's federal RICO account, 2500-4310-62490; years 2 and 3
will be requested in the General Fund operating budget.

A separate purchase of two booking-photo capture stations ($14,750),
approved by Council on May 9, 2024 (Item 5B.2), is not part of this
contract and is not used for facial comparison.

RECOMMENDATION: Approve the contract.

BACKGROUND INFORMATION:
Since 2019 Tempe detectives have asked the Arizona Counter Terrorism
Information Center (ACTIC) to run facial comparisons for them. ACTIC
does not charge for the service, but in 2023 the Department sent 212
requests and waited an average of 9 business days for a reply. ACTIC
returned a possible candidate in 71 of those requests.""",
     "Item 5C.4 - Page 1 of 2"),
    (None, """\
In March 2024 the Department issued Request for Quotations 24-117
and received three quotes. Sonoran Forensic Systems offered the
lowest price among the quotes that met every requirement. DataWorks
Plus quoted $201,450 for three years; a Rank One Computing partner
quoted $176,200 but offered cloud hosting only, which the RFQ did not
allow.

Scope. The software will run on a Department server and will search
only the Department's own arrest photo archive, which held 418,250
images of approximately 131,000 persons on June 30, 2024. The
contract provides 8 concurrent examiner licenses. The software will
not search driver license photos held by the Arizona Department of
Transportation Motor Vehicle Division, or images gathered from social
media or the internet, and it will not be connected to any camera.

Use policy. Operations Order 12.40, Facial Recognition, was revised on
July 1, 2024 for the new software. Under the order, a search may be
run only for an active criminal investigation, a missing or
endangered person, or the identification of a deceased person. Each
search must be logged with a departmental report number. A candidate
returned by the software is an investigative lead and shall not be
the sole basis for an arrest. Only detectives who have completed
Cognitec operator training and a 40-hour facial comparison course may
hold an examiner license.

No Arizona statute regulates police use of facial recognition
software, and nothing in the order requires a warrant before a search.

ATTACHMENTS:
  1. Contract T25-019-01 with Sonoran Forensic Systems, LLC
  2. Quote SFS-2406-33 (June 14, 2024)
  3. Operations Order 12.40 (rev. July 1, 2024)""",
     "Item 5C.4 - Page 2 of 2"),
], "pdf", TPD,
    [TPD, "Tempe City Council", ACTIC, "Arizona Department of Transportation Motor Vehicle Division"],
    [SFS, COG, "DataWorks Plus", "Rank One Computing"],
    [DBS],
    [C(None, 187600, None, "in an amount not to exceed $187,600", TPD, SFS, DBS),
     C(92300, 92300, None, "Year 1 costs total $92,300", TPD, SFS, DBS),
     C(68900, 68900, "one-time", "a one-time perpetual license and installation fee of $68,900", TPD, SFS, DBS),
     C(23400, 23400, "year", "first-year maintenance of $23,400", TPD, SFS, DBS),
     C(7600, 7600, None, "six additional examiner licenses at $7,600 each", TPD, SFS, DBS, unit="per license")],
    [N(6, "up to", "licenses", None, "up to six additional examiner licenses", TPD, SFS),
     N(212, "exact", "requests", "year", "in 2023 the Department sent 212 requests", TPD, None),
     N(71, "exact", "matches", "year", "returned a possible candidate in 71 of those requests", ACTIC, None),
     N(418250, "exact", "images", None, "arrest photo archive, which held 418,250 images", TPD, COG),
     N(131000, "approximately", "images", None, "approximately 131,000 persons", TPD, COG),
     N(8, "exact", "licenses", None, "8 concurrent examiner licenses", TPD, SFS)],
    [P("a search may be run only for an active criminal investigation, a missing or endangered person, or the "
       "identification of a deceased person.", TPD, "purpose"),
     P("Each search must be logged with a departmental report number.", TPD, "records"),
     P("A candidate returned by the software is an investigative lead and shall not be the sole basis for an "
       "arrest.", TPD, "lead_only"),
     P("Only detectives who have completed Cognitec operator training and a 40-hour facial comparison course may "
       "hold an examiner license.", TPD, "access")],
    [],
    ["2024-08-22", "2024-05-09", "2019", "2023", "2024-03", "2024-06-30", "2024-07-01", "2024-06-14"])


# ---------------------------------------------------------------- 2 Michigan: Sterling Heights PD
SHPD = "Sterling Heights Police Department"
CV = "Clearview AI"
CVP = "Clearview AI Investigative Platform"
MSP = "Michigan State Police"
THREAD = "Clearview AI quote for SHPD"
GM_HEAD = "3/21/24, 2:47 PM        Sterling Heights Mail - Clearview AI quote for SHPD"
GM_URL = "https://mail.google.com/mail/u/0/?ik=5d0c91e2aa&view=pt&search=all"
doc("02_sterling-heights-pd-clearview-quote-gmail.txt", [
    (GM_HEAD, """\
Gmail                                Alana Voss <avoss@sterlingheights.gov>

Clearview AI quote for SHPD
5 messages

Kyle Brandt <kbrandt@sterlingheights.gov>       Tue, Mar 5, 2024 at 4:02 PM
To: Alana Voss <avoss@sterlingheights.gov>

Lieutenant,

Clearview came back with the quote below. It's $16,500 for 10 users
for 12 months. We'd keep SNAP. MSP doesn't charge us for desktop
SNAP (it runs on DataWorks Plus), and we ran 347 SNAP searches last
year, but the SNAP gallery is Michigan mugshots and license photos,
so we strike out on anyone from out of state.

Kyle

Det. Sgt. Kyle Brandt
Special Investigations Unit | Sterling Heights Police Department
(586) 555-0162

---------- Forwarded message ---------
From: Marisol Tate <mtate@clearview.ai>
Date: Tue, Mar 5, 2024 at 11:37 AM
Subject: Sterling Heights PD - Clearview AI quote Q-24-0877
To: Kyle Brandt <kbrandt@sterlingheights.gov>

Hi Kyle,

Great speaking with you this morning. As discussed, here is pricing
for the Sterling Heights Police Department:

  Item                                            Term         Price
  ----------------------------------------------  ---------  ----------
  Clearview AI Investigative Platform (10 users)  12 months  $16,500.00
  Clearview Mobile app                            12 months    included
  Onboarding and online training                  one-time       waived
  ----------------------------------------------  ---------  ----------
  Total                                                      $16,500.00""", GM_URL + "     1/3"),
    (GM_HEAD, """\
Every account includes unlimited searches of our database of more
than 30 billion facial images. This quote is valid for 30 days and
excludes applicable taxes. Pricing in this quote is confidential.

Best,
Marisol Tate
Account Executive, Public Safety | Clearview AI, Inc.

Alana Voss <avoss@sterlingheights.gov>          Wed, Mar 6, 2024 at 8:15 AM
To: Kyle Brandt <kbrandt@sterlingheights.gov>

Replies inline.

On Tue, Mar 5, 2024 at 4:02 PM Kyle Brandt
<kbrandt@sterlingheights.gov> wrote:
> Clearview came back with the quote below. It's $16,500 for 10 users
> for 12 months.

That's more than Warren PD pays. Their chief told me they pay $12,000
a year for the same 10 users. Ask Marisol for the municipal rate
before we go any further.

> We'd keep SNAP. MSP doesn't charge us for desktop SNAP (it runs on
> DataWorks Plus), and we ran 347 SNAP searches last year

Agreed, SNAP stays the first stop. Per MSP's rules every SNAP search
needs a case number. Users also have to sign the SNAP user agreement
before MSP turns on their access. If we buy Clearview I want the same
two rules written into our directive.

Alana""", GM_URL + "     2/3"),
    (GM_HEAD, """\
Kyle Brandt <kbrandt@sterlingheights.gov>      Tue, Mar 12, 2024 at 2:51 PM
To: Alana Voss <avoss@sterlingheights.gov>

Marisol says the municipal rate for a city our size is $14,250 for
the 10 users, which works out to $1,425 per user per year. Same terms
otherwise. She can hold that price until April 30.

Kyle

Alana Voss <avoss@sterlingheights.gov>         Thu, Mar 21, 2024 at 2:46 PM
To: Kyle Brandt <kbrandt@sterlingheights.gov>
Cc: Raymond Okonjo <rokonjo@sterlingheights.gov>

Kyle - the Deputy Chief approved putting Clearview in the FY 2024-25
budget request at $14,250, account 101-301-818.000 (software
subscriptions). The $3,880 for the replacement LiveScan fingerprint
station is a separate line, don't combine them. Directive 23-07 will
need a section on Clearview before anyone gets an account.

Alana""", GM_URL + "     3/3"),
], "print", SHPD,
    [SHPD, MSP, "Warren Police Department"],
    [CV, "DataWorks Plus"],
    [CVP, "Clearview Mobile", "SNAP"],
    [C(16500, 16500, "year", "It's $16,500 for 10 users for 12 months", SHPD, CV, CVP),
     C(12000, 12000, "year", "they pay $12,000 a year", "Warren Police Department", CV),
     C(14250, 14250, "year", "the municipal rate for a city our size is $14,250", SHPD, CV, CVP),
     C(1425, 1425, "year", "$1,425 per user per year", SHPD, CV, CVP, unit="per user")],
    [N(10, "exact", "licenses", None, "It's $16,500 for 10 users", SHPD, CV),
     N(347, "exact", "searches", "year", "we ran 347 SNAP searches last year", SHPD, "DataWorks Plus"),
     N(30000000000, "more than", "images", None, "database of more than 30 billion facial images", None, CV),
     N(10, "exact", "licenses", None, "$12,000 a year for the same 10 users", "Warren Police Department", CV)],
    [P("Per MSP's rules every SNAP search needs a case number.", MSP, "records"),
     P("Users also have to sign the SNAP user agreement before MSP turns on their access.", MSP, "access")],
    [E("Kyle Brandt", "Alana Voss", "Tue, Mar 5, 2024 at 4:02 PM", THREAD),
     E("Marisol Tate", "Kyle Brandt", "Tue, Mar 5, 2024 at 11:37 AM",
       "Sterling Heights PD - Clearview AI quote Q-24-0877"),
     E("Alana Voss", "Kyle Brandt", "Wed, Mar 6, 2024 at 8:15 AM", THREAD),
     E("Kyle Brandt", "Alana Voss", "Tue, Mar 12, 2024 at 2:51 PM", THREAD),
     E("Alana Voss", "Kyle Brandt", "Thu, Mar 21, 2024 at 2:46 PM", THREAD)],
    ["2024-03-21", "2024-03-05", "2024-03-06", "2024-03-12"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Missouri: Joplin PD
JPD = "Joplin Police Department"
MOT = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
JFOOT = "2023 Annual Report"
doc("03_joplin-pd-2023-annual-report-facesearch.txt", [
    (None, """\
JOPLIN POLICE DEPARTMENT                               2023 ANNUAL REPORT
SECTION 6 - INVESTIGATIVE TECHNOLOGY

6.1 Overview
The Department's investigative technology budget for 2023 was
$118,640. Most of it paid for the in-car and body-worn camera systems
(Axon) and the license plate reader network. This section reports on
the two Motorola Solutions (Vigilant) services used by detectives:
the LEARN license plate recognition platform, and FaceSearch, the
facial recognition tool sold with it.

6.2 FaceSearch
The Department has subscribed to Vigilant FaceSearch since October
2020. The 2023 subscription cost $8,400 for 12 months, billed as a
separate line on Motorola Solutions invoice 1047729315. The LEARN
subscription on the same invoice cost $21,600 and is reported in 6.3.

At the end of 2023 the FaceSearch gallery held 1,184,306 images. Of
those, 62,915 are Joplin booking photos uploaded by the Department;
the rest are booking photos shared by other agencies that use
FaceSearch. FaceSearch accounts are held by 13 members of the
Department, all of them detectives or crime analysts.""", JFOOT + " | 31"),
    (None, """\
Table 6-1. FaceSearch use by month, 2023

Month    Searches   Possible    Leads sent    Arrests
                    matches     to case
                                agents
-----    --------   --------    ----------    -------
Jan            38         17             6          1
Feb            41         19             8          2
Mar            52         24             9          3
Apr            47         20             7          2
May            55         26            11          4
Jun            49         22             8          2
Jul            61         29            12          5
Aug            58         27            10          3
Sep            44         18             7          2
Oct            50         23             9          3
Nov            39         16             5          1
Dec            36         15             6          2
-----    --------   --------    ----------    -------
Total         570        256            98         30

Of the searches in Table 6-1, 27 were run at the request of the
Newton County Sheriff's Office and the Carthage Police Department,
which do not have their own FaceSearch accounts.

6.3 License plate recognition (LEARN)
The Department's 24 fixed LPR cameras and 9 mobile LPR units recorded
9,412,877 plate detections in 2023 and produced 1,306 hot-list
alerts. LPR detections are kept for 365 days.""", JFOOT + " | 32"),
    (None, """\
6.4 Policy and oversight
Policy 426, Facial Recognition, was adopted in September 2020 and was
last reviewed in November 2023. FaceSearch may be used only to
develop investigative leads in a criminal case or to identify an
unknown deceased person. A possible match must be confirmed by a
second trained user before it is given to a case agent. No member may
use FaceSearch to identify people taking part in a lawful protest,
parade or other assembly. A FaceSearch result is not probable cause,
and a case agent may not seek an arrest warrant on the result alone.

Missouri has no statute that regulates police use of facial
recognition, and Policy 426 does not require a warrant before a
search. The Division has proposed a rule that would require a
sergeant's approval before a search of an image of a juvenile; the
proposal is still under review and has not been adopted.

6.5 2024 outlook
The 2024 budget includes $8,820 for the 12-month FaceSearch renewal,
a 5% increase over 2023. The Department does not plan to add
FaceSearch accounts in 2024.""", JFOOT + " | 33"),
], "pdf", JPD,
    [JPD, "Newton County Sheriff's Office", "Carthage Police Department"],
    [MOT, "Vigilant Solutions", "Axon"],
    [VFS, "LEARN"],
    [C(8400, 8400, "year", "The 2023 subscription cost $8,400 for 12 months", JPD, MOT, VFS),
     C(8820, 8820, "year", "$8,820 for the 12-month FaceSearch renewal", JPD, MOT, VFS)],
    [N(1184306, "exact", "images", None, "the FaceSearch gallery held 1,184,306 images", None, MOT),
     N(62915, "exact", "images", None, "62,915 are Joplin booking photos uploaded by the Department", JPD, MOT),
     N(13, "exact", "users", None, "FaceSearch accounts are held by 13 members of the Department", JPD, MOT)]
    + [N(n, "exact", "searches", "month", f"{m}{n:>14}", JPD, MOT) for m, n in [
        ("Jan", 38), ("Feb", 41), ("Mar", 52), ("Apr", 47), ("May", 55), ("Jun", 49), ("Jul", 61), ("Aug", 58),
        ("Sep", 44), ("Oct", 50), ("Nov", 39), ("Dec", 36)]]
    + [N(570, "exact", "searches", "year", "Total         570", JPD, MOT),
       N(256, "exact", "matches", "year", "Total         570        256", JPD, MOT),
       N(98, "exact", "leads", "year", "Total         570        256            98", JPD, MOT),
       N(30, "exact", "arrests", "year", "Total         570        256            98         30", JPD, MOT),
       N(27, "exact", "requests", None, "27 were run at the request of the Newton County Sheriff's Office", JPD,
         MOT)],
    [P("FaceSearch may be used only to develop investigative leads in a criminal case or to identify an unknown "
       "deceased person.", JPD, "purpose"),
     P("A possible match must be confirmed by a second trained user before it is given to a case agent.", JPD,
       "review"),
     P("No member may use FaceSearch to identify people taking part in a lawful protest, parade or other "
       "assembly.", JPD, "prohibition"),
     P("A FaceSearch result is not probable cause, and a case agent may not seek an arrest warrant on the result "
       "alone.", JPD, "lead_only")],
    [],
    ["2023", "2020-10", "2020-09", "2023-11", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 4 New Jersey: Toms River PD
TRPD = "Toms River Police Department"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("04_toms-river-pd-dataworks-quote-po.txt", [
    (None, """\
TOMS RIVER POLICE DEPARTMENT
Office of the Chief of Police
INTEROFFICE MEMORANDUM

TO:      Louis Amato-Brennan, Business Administrator
FROM:    Capt. Gregory Halloran, Investigations Bureau
DATE:    April 22, 2024
RE:      DataWorks Plus FACE Plus - resolution and purchase order

The Investigations Bureau asks that the attached DataWorks Plus quote
DWP-Q-24-1182 be placed on the April 24 Council agenda as a
proprietary software purchase under N.J.S.A. 40A:11-5(1)(dd).

The facial recognition portion of the quote is $61,450 (items 1-4).
Item 5, two booking capture stations ($11,960), is not facial
recognition equipment. We will request it in the 2025 capital budget
and ask that it be left off this purchase order.

Since 2021 our detectives have sent probe photos to the New Jersey
State Police Regional Operations Intelligence Center (ROIC) for
facial recognition searches. We sent 164 requests in 2023, and the
average turnaround was 11 days. FACE Plus would let the Bureau search
our own booking archive of about 58,000 photos the same day.

Clearview AI is not an option: the Attorney General has barred New
Jersey police from using it since January 2020. There is no state law
that otherwise prohibits a municipal department from using facial
recognition.

Department SOP 3:14, Facial Recognition (eff. 09/01/2023), governs
requests to ROIC now and will apply to FACE Plus. Under SOP 3:14, a
facial recognition result is an investigative lead only and may not
be the sole basis for probable cause. Only detectives who have
completed the vendor's examiner course may submit or run a search.
Each search must be documented in the case report with the source of
the probe image.

Attachments: DWP-Q-24-1182; draft P.O.""", "TRPD-OPRA 000001"),
    (None, """\
DATAWORKS PLUS, LLC
Greenville, South Carolina | (864) 555-0110

QUOTATION                                      Quote No.: DWP-Q-24-1182
                                               Date:      04/18/2024
                                               Valid to:  07/17/2024
Customer: Toms River Police Department, Investigations Bureau
          Toms River, New Jersey 08753
Contact:  Capt. Gregory Halloran
Sales:    Trent Abernathy, Regional Sales Manager

Item  Description                                              Amount
----  -------------------------------------------------  ------------
 1    FACE Plus investigative search, hosted, annual        41,500.00
      subscription (6 concurrent examiner seats)
 2    FACE Plus Mobile, annual subscription                  5,400.00
      (12 named users)
 3    Implementation: load of TRPD booking photos and        9,750.00
      RMS interface (one-time)
 4    Examiner training, 2 days on site                      4,800.00
 5    Digital PhotoManager booking capture station with     11,960.00
      camera, lighting and backdrop (2 @ 5,980.00)
                                                         ------------
      Subtotal                                              73,410.00
      NJ sales tax 6.625% - exempt (ST-5 on file)                0.00
      Shipping and handling (item 5 only)                      265.00
                                                         ------------
      TOTAL                                                 73,675.00

Annual items renew at the then-current price, with increases capped
at 5% per year. Pricing is confidential to DataWorks Plus and the
customer.""", "TRPD-OPRA 000002"),
    (None, """\
TOWNSHIP OF TOMS RIVER - DEPARTMENT OF FINANCE
PURCHASE ORDER

P.O. Number: 24-02291                      P.O. Date:  05/06/2024
Vendor:      DataWorks Plus, LLC           Vendor No.: 10482
Authority:   Resolution 2024-187, adopted 04/24/2024
Ship to:     Police Department - Investigations Bureau

Qty  Description                              Account           Amount
---  ---------------------------------------  --------------  ---------
  1  FACE Plus investigative search, annual   4-01-25-240-20  41,500.00
     subscription, 06/01/2024 - 05/31/2025
  1  FACE Plus Mobile, annual (12 users)      4-01-25-240-20   5,400.00
  1  Implementation and RMS interface         C-04-24-003      9,750.00
  1  Examiner training (2 days)               4-01-25-240-20   4,800.00
                                                              ---------
                                              P.O. TOTAL      61,450.00

I certify that funds are available for this purchase
(certification CAF-24-0611).

______________________________  Chief Financial Officer""",
     "TRPD-OPRA 000003"),
], "pdf", TRPD,
    [TRPD, "Township of Toms River", "New Jersey State Police", "Regional Operations Intelligence Center",
     "New Jersey Office of the Attorney General"],
    [DWP, CV],
    [FP, "FACE Plus Mobile", "Digital PhotoManager"],
    [C(61450, 61450, None, "The facial recognition portion of the quote is $61,450", TRPD, DWP, FP),
     C(41500, 41500, "year", "1    FACE Plus investigative search, hosted, annual        41,500.00", TRPD, DWP, FP),
     C(5400, 5400, "year", "2    FACE Plus Mobile, annual subscription                  5,400.00", TRPD, DWP,
       "FACE Plus Mobile"),
     C(9750, 9750, "one-time", "3    Implementation: load of TRPD booking photos and        9,750.00", TRPD, DWP,
       FP),
     C(4800, 4800, None, "4    Examiner training, 2 days on site                      4,800.00", TRPD, DWP, FP)],
    [N(164, "exact", "requests", "year", "We sent 164 requests in 2023", TRPD, None),
     N(58000, "approximately", "images", None, "our own booking archive of about 58,000 photos", TRPD, DWP),
     N(6, "exact", "licenses", None, "(6 concurrent examiner seats)", TRPD, DWP),
     N(12, "exact", "licenses", None, "(12 named users)", TRPD, DWP)],
    [P("the Attorney General has barred New Jersey police from using it since January 2020.",
       "New Jersey Office of the Attorney General", "prohibition"),
     P("Under SOP 3:14, a facial recognition result is an investigative lead only and may not be the sole basis "
       "for probable cause.", TRPD, "lead_only"),
     P("Only detectives who have completed the vendor's examiner course may submit or run a search.", TRPD,
       "access"),
     P("Each search must be documented in the case report with the source of the probe image.", TRPD, "records")],
    [],
    ["2024-04-22", "2025", "2021", "2023", "2020-01", "2023-09-01", "2024-04-18", "2024-07-17", "2024-05-06",
     "2024-04-24", "2024-06-01", "2025-05-31"],
    scan="pdf")


# ---------------------------------------------------------------- 5 South Carolina: Spartanburg County SO
SCSO = "Spartanburg County Sheriff's Office"
SLED = "South Carolina Law Enforcement Division"
SFOOT = "SCSO-24-0318"
doc("05_spartanburg-county-so-fr-general-order-draft.txt", [
    (None, """\
SPARTANBURG COUNTY SHERIFF'S OFFICE
Office of Professional Standards - Policy Section

MEMORANDUM

To:       Sheriff (through the Chief Deputy)
From:     Maj. Renata Cobb-Ellison, Professional Standards
Date:     July 15, 2024
Subject:  Annual review of General Order 600-14, Facial Recognition
          Technology, and proposed Section 7 (mobile use)

1. The annual review of General Order 600-14 is complete. The order
   as revised January 9, 2023 is attached without changes.

2. Use. The Office's Clearview AI subscription (account SCSO-4471)
   covers 7 investigator accounts and renews on October 1, 2024 at
   $12,600 for the year. In the 12 months ending June 30, 2024, those
   accounts ran 1,093 searches. Investigators also sent 58 requests
   to SLED's facial recognition unit in the same period.

3. Audit. The four quarterly audits for the period found every search
   logged with a case number. No complaints were received.

4. Proposal. CID asks that patrol supervisors be allowed to use
   Clearview Mobile in the field. Clearview quoted (July 8, 2024)
   4 mobile licenses at $600 each per year, $2,400 in total. The
   draft Section 7 is attached for your decision. It has not been
   adopted and is not in effect.

5. Law. South Carolina has no statute that governs police use of
   facial recognition, and the current order does not prohibit
   searches of images taken from social media.

Attachments: GO 600-14 (rev. 01/09/2023); draft Section 7""", SFOOT + " 0001"),
    (None, """\
SPARTANBURG COUNTY SHERIFF'S OFFICE               GENERAL ORDER 600-14
Subject:     Facial Recognition Technology
Effective:   March 1, 2022              Revised: January 9, 2023
Applies to:  All sworn and civilian personnel
Rescinds:    Special Order 21-06

1. PURPOSE
1.1 This order sets rules for the use of facial recognition technology
    (FRT) to compare a probe image with images in a database.

2. DEFINITIONS
2.1 Probe image: the image of an unknown person submitted for a search.
2.2 Candidate: an image that FRT returns as a possible match.
2.3 Authorized user: a member issued an FRT account under section 4.

3. AUTHORIZED USES
3.1 FRT may be used only to identify a suspect, victim or witness in
    an open criminal investigation, a missing or endangered person, or
    a deceased person.
3.2 Members shall not use FRT to identify or monitor any person
    because of activity protected by the First Amendment.
3.3 Members shall not use FRT on live or real-time video feeds.

4. ACCESS AND TRAINING
4.1 Only members designated in writing by the Criminal Investigations
    Division commander may hold an FRT account.
4.2 Each authorized user must complete the vendor's training and the
    Office's 8-hour facial comparison course before running a search.
4.3 Authorized users shall not share their account credentials.""",
     SFOOT + " 0002"),
    (None, """\
GENERAL ORDER 600-14 (continued)

5. PROCEDURE
5.1 Each search shall be entered in the FRT log with the case number,
    the offense and the source of the probe image.
5.2 A candidate is an investigative lead only and shall not be used as
    the sole basis for an arrest, a search warrant or a photo lineup.
5.3 Before a lead is given to the case officer, a second authorized
    user shall compare the probe image and the candidate and concur.
5.4 The FRT log shall be kept for three years and audited each
    quarter by the Office of Professional Standards.

6. VIOLATIONS
6.1 Use of FRT for any purpose not allowed by this order is a
    violation of General Order 300-02 (Code of Conduct) and may result
    in loss of FRT access and discipline up to and including
    termination.

BY ORDER OF THE SHERIFF""", SFOOT + " 0003"),
    (None, """\
PROPOSED DRAFT - NOT ADOPTED - FOR DISCUSSION ONLY          07/15/2024

7. MOBILE FACIAL RECOGNITION
7.1 Patrol supervisors designated under section 4 may use Clearview
    Mobile on an Office-issued phone only to identify a person who is
    lawfully detained and who cannot or will not give a name.
7.2 A mobile search shall not be run on a person who is merely present
    in a public place, or on a person who has produced valid
    identification.
7.3 Each mobile search shall be entered in the FRT log before the end
    of the shift.

Proposed change to 5.4: "three years" becomes "five years".""", SFOOT + " 0004"),
], "pdf", SCSO,
    [SCSO, SLED],
    [CV],
    ["Clearview Mobile"],
    [C(12600, 12600, "year", "renews on October 1, 2024 at $12,600 for the year", SCSO, CV),
     C(600, 600, "year", "4 mobile licenses at $600 each per year", SCSO, CV, "Clearview Mobile", unit="per user"),
     C(2400, 2400, "year", "$2,400 in total", SCSO, CV, "Clearview Mobile")],
    [N(7, "exact", "users", None, "covers 7 investigator accounts", SCSO, CV),
     N(1093, "exact", "searches", "year", "In the 12 months ending June 30, 2024, those accounts ran 1,093 searches",
       SCSO, CV),
     N(58, "exact", "requests", "year", "Investigators also sent 58 requests to SLED's facial recognition unit",
       SCSO, None),
     N(4, "exact", "licenses", None, "4 mobile licenses", SCSO, CV)],
    [P("3.1 FRT may be used only to identify a suspect, victim or witness in an open criminal investigation, a "
       "missing or endangered person, or a deceased person.", SCSO, "purpose"),
     P("3.2 Members shall not use FRT to identify or monitor any person because of activity protected by the "
       "First Amendment.", SCSO, "prohibition"),
     P("3.3 Members shall not use FRT on live or real-time video feeds.", SCSO, "prohibition"),
     P("4.1 Only members designated in writing by the Criminal Investigations Division commander may hold an FRT "
       "account.", SCSO, "access"),
     P("4.2 Each authorized user must complete the vendor's training and the Office's 8-hour facial comparison "
       "course before running a search.", SCSO, "access"),
     P("4.3 Authorized users shall not share their account credentials.", SCSO, "access"),
     P("5.1 Each search shall be entered in the FRT log with the case number, the offense and the source of the "
       "probe image.", SCSO, "records"),
     P("5.2 A candidate is an investigative lead only and shall not be used as the sole basis for an arrest, a "
       "search warrant or a photo lineup.", SCSO, "lead_only"),
     P("5.3 Before a lead is given to the case officer, a second authorized user shall compare the probe image "
       "and the candidate and concur.", SCSO, "review"),
     P("5.4 The FRT log shall be kept for three years and audited each quarter by the Office of Professional "
       "Standards.", SCSO, "records"),
     P("6.1 Use of FRT for any purpose not allowed by this order is a violation of General Order 300-02 (Code of "
       "Conduct) and may result in loss of FRT access and discipline up to and including termination.", SCSO,
       "discipline")],
    [],
    ["2024-07-15", "2023-01-09", "2024-10-01", "2024-06-30", "2024-07-08", "2022-03-01"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Wisconsin: Appleton PD
APD = "Appleton Police Department"
AWS = "Amazon Web Services"
REK = "Amazon Rekognition"
LCP = "Lakeshore Cloud Partners"
AFOOT = "Printed 10/16/2024"
doc("06_appleton-pd-committee-minutes-rekognition.txt", [
    (None, """\
CITY OF APPLETON                                 Meeting Minutes - Final
                   Safety and Licensing Committee

Wednesday, October 9, 2024          6:30 PM          Council Chambers

1.  Call meeting to order
    The meeting was called to order by Chair Kessler at 6:30 p.m.

2.  Roll call of membership
    Present: 5 - Kessler, Lor, Baumgart, Ostrowski and Nyberg

3.  Approval of minutes from previous meeting
    24-1169  Safety and Licensing Committee minutes of September 25,
             2024
             Approved. Aye: 5 - Nay: 0

4.  Public hearings/appearances
    None.

5.  Action items
    24-1180  Request from Fox River Taproom LLC for a "Class B" beer
             and "Class C" wine license
             Recommended for approval. Aye: 5 - Nay: 0

    24-1183  Request to award the purchase of three Axon Fleet 3
             in-car camera systems to Axon Enterprise, Inc. at $8,742
             each ($26,226), funded from the 2024 Police capital
             budget
             Recommended for approval. Aye: 5 - Nay: 0

    24-1187  Police Department 2025 budget request, decision unit
             PD-7: facial image comparison using Amazon Rekognition

             Lt. Daniel Okafor presented the request. The Department
             asks for $21,300 in 2025: a one-time $14,800 contract
             with Lakeshore Cloud Partners to connect the booking
             photo archive to Amazon Rekognition, and $6,500 for
             estimated Amazon Web Services charges for the year. AWS
             bills about $1 per 1,000 images searched.""", AFOOT + " - Page 1"),
    (None, """\
             Lt. Okafor said a 90-day pilot ran from June through
             August 2024 on AWS promotional credits of $2,000, so the
             pilot cost the City nothing. The pilot's monthly log is
             attached as Exhibit A. Accounts would go to 6 detectives
             in the Investigative Services Unit.

             Alder Lor asked whether any other local agency uses
             facial recognition. Lt. Okafor said the Grand Chute
             Police Department pays about $4,000 a year for a
             Clearview AI account, and that Appleton chose
             Rekognition because it searches only the County's
             booking photos, not images from the internet. Alder
             Baumgart noted that the City of Madison has prohibited
             its departments from using facial recognition technology
             since 2020, with narrow exceptions.

             Chief Tomasz Reinholt said the pilot followed Police
             Department Policy 331, Facial Image Comparison. Under
             Policy 331, a search may be run only in an open criminal
             case with a case number. Live or streaming video may not
             be searched. Every candidate must be reviewed by a
             second trained detective before it is treated as a
             lead.

             Assistant City Attorney Celeste Marchand said Wisconsin
             law does not require a warrant for a search of booking
             photos, and no state statute limits police use of the
             technology.

             Alder Lor moved to amend the request to require the
             Department to publish a yearly report of searches. The
             amendment failed. Aye: 2 - Nay: 3

             Moved by Baumgart, seconded by Nyberg, that the request
             be recommended for approval.
             Recommended for approval. Aye: 4 - Nay: 1 (Lor)

6.  Adjournment
    The meeting was adjourned at 7:42 p.m.""", AFOOT + " - Page 2"),
    (None, """\
Exhibit A - File 24-1187
Appleton Police Department - Rekognition pilot log, monthly summary
File: rekognition_pilot_summary_2024.csv      Exported 09/03/2024

"month","probe_searches","gallery_faces","candidates_reviewed","leads_fwd"
"2024-06","41","203118","35","9"
"2024-07","57","204470","48","13"
"2024-08","63","205932","51","12"
"TOTAL","161","","134","34"

Notes: gallery_faces is the number of faces indexed from Outagamie
County Jail booking photos at month end. The pilot collection will be
deleted at the end of 2024 unless the Council approves PD-7.""", AFOOT + " - Page 3"),
], "pdf", APD,
    [APD, "Appleton Common Council Safety and Licensing Committee", "Grand Chute Police Department",
     "City of Madison", "Outagamie County Jail"],
    [AWS, LCP, CV, "Axon"],
    [REK, "Axon Fleet 3"],
    [C(21300, 21300, None, "The Department asks for $21,300 in 2025", APD, None, REK),
     C(14800, 14800, "one-time", "a one-time $14,800 contract with Lakeshore Cloud Partners", APD, LCP, REK),
     C(6500, 6500, "year", "$6,500 for estimated Amazon Web Services charges for the year", APD, AWS, REK),
     C(1, 1, None, "about $1 per 1,000 images searched", APD, AWS, REK, unit="per 1,000 images"),
     C(4000, 4000, "year", "pays about $4,000 a year for a Clearview AI account", "Grand Chute Police Department",
       CV)],
    [N(6, "exact", "users", None, "Accounts would go to 6 detectives", APD, AWS),
     N(41, "exact", "searches", "month", '"2024-06","41"', APD, AWS),
     N(57, "exact", "searches", "month", '"2024-07","57"', APD, AWS),
     N(63, "exact", "searches", "month", '"2024-08","63"', APD, AWS),
     N(161, "exact", "searches", None, '"TOTAL","161"', APD, AWS),
     N(203118, "exact", "images", None, '"2024-06","41","203118"', APD, AWS),
     N(204470, "exact", "images", None, '"2024-07","57","204470"', APD, AWS),
     N(205932, "exact", "images", None, '"2024-08","63","205932"', APD, AWS),
     N(134, "exact", "matches", None, '"TOTAL","161","","134"', APD, AWS),
     N(34, "exact", "leads", None, '"TOTAL","161","","134","34"', APD, AWS)],
    [P("the City of Madison has prohibited its departments from using facial recognition technology since 2020, "
       "with narrow exceptions.", "City of Madison", "prohibition"),
     P("Under Policy 331, a search may be run only in an open criminal case with a case number.", APD, "purpose"),
     P("Live or streaming video may not be searched.", APD, "prohibition"),
     P("Every candidate must be reviewed by a second trained detective before it is treated as a lead.", APD,
       "review")],
    [],
    ["2024-10-09", "2024-09-25", "2024", "2025", "2024-06", "2024-08", "2020", "2024-09-03", "2024-10-16"],
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
