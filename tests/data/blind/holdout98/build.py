"""Writes docs/*.txt and labels.json for holdout98 (six invented releases: CT, TX, KY, MT, SC, ID).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on policies."""
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
    indentation, '> ' quote marks or column padding) the label takes the exact substring the text holds."""
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


# ---------------------------------------------------------------- 1 Connecticut: Greenwich PD
GPD = "Greenwich Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
SUBJ1 = "FaceVACS-DBScan LE - scoping questions for Greenwich PD"
doc("01_greenwich-pd-cognitec-scoping-outlook.txt", [
    ("Marchese, Daniel", """\
From:       Lindqvist, Erik <erik.lindqvist@cognitec.com>
Sent:       Monday, September 16, 2024 9:02 AM
To:         Marchese, Daniel
Cc:         Okafor, Grace
Subject:    RE: FaceVACS-DBScan LE - scoping questions for Greenwich PD

Dear Daniel,

Thank you for the detailed answers. Based on them, our budgetary
pricing for Greenwich PD is below. A formal quotation on Cognitec
letterhead will follow once Paul confirms the server specification.

  FaceVACS-DBScan LE, perpetual licence, up to 6 concurrent users
    (one-time licence fee)                              $39,500.00
  Installation, gallery enrolment and 2 days on-site
    examiner training                                    $6,800.00
  Budgetary total                                       $46,300.00

  Annual software maintenance from year 2 (18% of the
    licence fee)                                $7,110.00 per year

The base licence covers galleries of up to 100,000 images, so your
booking photos fit with room to spare. As you asked, I have left
FaceVACS-VideoScan and live watchlist alerting out of the quote.

Prices are valid for 60 days and exclude Connecticut sales tax
(6.35%); we understand the Town is exempt.

Kind regards,

Erik Lindqvist
Senior Sales Engineer, Public Safety - North America
Cognitec Systems Corp. | +1 954 555 0127""", "GPD FOI 24-117                                         Page 1 of 3"),
    ("Marchese, Daniel", """\
From:       Marchese, Daniel
Sent:       Thursday, September 12, 2024 3:47 PM
To:         'Lindqvist, Erik'
Cc:         Okafor, Grace; Tedesco, Paul
Subject:    RE: FaceVACS-DBScan LE - scoping questions for Greenwich PD

Erik,

Thanks for the call on Tuesday. See my answers below in blue (each
one starts with [DM] for anyone reading a black-and-white printout).
Grace confirmed the booking photo figures with Records this morning.

Dan

Sgt. Daniel Marchese | Detective Division
Greenwich Police Department | 11 Bruce Place, Greenwich, CT 06830
Tel. 203-555-0142

From: Lindqvist, Erik <erik.lindqvist@cognitec.com>
Sent: Wednesday, September 4, 2024 10:15 AM
To: Marchese, Daniel <dmarchese@greenwichct.org>
Subject: FaceVACS-DBScan LE - scoping questions for Greenwich PD

Dear Sgt. Marchese,

So that we can prepare pricing for FaceVACS-DBScan LE, could you
answer the questions below? Rough figures are fine for now.

1. How many images would be enrolled in the gallery at go-live, and
   where do they come from?
   [DM] 61,870 booking photographs from our records management
   system, taken since 2006. Records says they cover about 24,300
   individual arrestees. We are not asking for DMV photos.

2. How many people will need a login?
   [DM] Five: four detectives and our crime analyst. Only members who
   have completed the Department's face comparison training will be
   given a login.""", "GPD FOI 24-117                                         Page 2 of 3"),
    ("Marchese, Daniel", """\
3. How many searches do you expect?
   [DM] Last year we sent 212 requests to the Connecticut
   Intelligence Center (CTIC) to run photos for us, and we expect
   about the same. For comparison, CTIC told us it ran about 1,900
   face searches for all departments statewide last year.

4. Do you need FaceVACS-VideoScan or live watchlist alerting?
   [DM] No. Special Order 24-02 (March 4, 2024) prohibits live or
   real-time face recognition by any member. Still images only.

5. On premises, or hosted by Cognitec?
   [DM] On premises if the price is close. Paul Tedesco in Town IT
   (cc'd) will send you the server specification.

6. Do you have any logging or audit requirements?
   [DM] Yes. Special Order 24-02 requires every search to be logged
   with a case number and the requesting detective's name, and
   requires the Detective Division commander to review the log every
   quarter.

7. Will results be used in court?
   [DM] Under the draft general order a candidate would be an
   investigative lead only and never probable cause by itself. The
   draft goes to the Chief in October and is not in effect yet.

8. Budget and timing?
   [DM] There is $48,000 in the FY2025 capital budget (July 1, 2024
   to June 30, 2025) for the software. Anything above that needs the
   Board of Estimate and Taxation. I would like it running by
   January.

Best regards,

Erik Lindqvist
Senior Sales Engineer, Public Safety - North America
Cognitec Systems Corp. | +1 954 555 0127""", "GPD FOI 24-117                                         Page 3 of 3"),
], "print", GPD,
    [GPD, "Town of Greenwich", "Greenwich Board of Estimate and Taxation", "Connecticut Intelligence Center"],
    [COG],
    [DBS, "FaceVACS-VideoScan"],
    [C(39500, 39500, "one-time", "(one-time licence fee) $39,500.00", GPD, COG, DBS),
     C(6800, 6800, None, "examiner training $6,800.00", GPD, COG, DBS),
     C(46300, 46300, None, "Budgetary total $46,300.00", GPD, COG, DBS),
     C(7110, 7110, "year", "$7,110.00 per year", GPD, COG, DBS),
     C(48000, 48000, None, "There is $48,000 in the FY2025 capital budget", GPD, None)],
    [N(6, "up to", "licenses", None, "perpetual licence, up to 6 concurrent users", GPD, COG),
     N(61870, "exact", "images", None, "61,870 booking photographs", GPD, COG),
     N(24300, "approximately", "images", None, "they cover about 24,300 individual arrestees", GPD, COG),
     N(5, "exact", "users", None, "Five: four detectives and our crime analyst.", GPD, COG),
     N(212, "exact", "requests", "year", "Last year we sent 212 requests to the Connecticut Intelligence Center",
       GPD, None),
     N(1900, "approximately", "searches", "year", "it ran about 1,900 face searches for all departments "
       "statewide last year", "Connecticut Intelligence Center", None)],
    [P("Only members who have completed the Department's face comparison training will be given a login.",
       GPD, "requirement"),
     P("Special Order 24-02 (March 4, 2024) prohibits live or real-time face recognition by any member.",
       GPD, "prohibition"),
     P("Special Order 24-02 requires every search to be logged with a case number and the requesting "
       "detective's name, and requires the Detective Division commander to review the log every quarter.",
       GPD, "requirement")],
    [E("Lindqvist, Erik", "Marchese, Daniel", "Monday, September 16, 2024 9:02 AM", "RE: " + SUBJ1),
     E("Marchese, Daniel", "Lindqvist, Erik", "Thursday, September 12, 2024 3:47 PM", "RE: " + SUBJ1),
     E("Lindqvist, Erik", "Marchese, Daniel", "Wednesday, September 4, 2024 10:15 AM", SUBJ1)],
    ["2024-09-16", "2024-09-12", "2024-09-04", "2006", "2024-03-04", "2024-07-01", "2025-06-30"],
    scan="print")


# ---------------------------------------------------------------- 2 Texas: Waco PD
WPD = "Waco Police Department"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("02_waco-pd-dataworks-face-plus-purchase-order.txt", [
    (None, """\
CITY OF WACO, TEXAS                                       PURCHASE ORDER
Purchasing Services | 300 Austin Avenue | Waco, Texas 76701
Phone (254) 555-0160

PO Number:   P2501947                     PO Date:     11/19/2024
Requisition: R-PD-25-0316                 Buyer:       T. Okonkwo
Vendor No.:  042218                       Terms:       Net 30
Council:     Res. 2024-871 (11/12/2024)   FOB:         Destination

VENDOR                                    SHIP TO
DataWorks Plus, LLC                       Waco Police Department
Attn: Government Sales                    Criminal Investigations Div.
Greenville, SC 29601                      3115 Pine Avenue
Tel. (864) 555-0110                       Waco, TX 76708
                                          Attn: Lt. Renee Castellanos

Ln Description                              Qty Unit Unit Price   Extended
-- ---------------------------------------- --- ---- ---------- ----------
1  FACE Plus facial recognition,                                 18,800.00
   investigative client, concurrent user
   licenses (8 seats), 01/01/2025 -
   12/31/2025
2  FACE Plus examiner workstation, named      2 LIC    3,450.00   6,900.00
   user, annual, same term
3  Software maintenance and support,                              4,950.00
   lines 1-2, 12 months
4  Implementation, configuration and                              7,500.00
   mugshot import from jail management
   system (one-time)
5  Livescan fingerprint station with palm     1 EA    14,780.00  14,780.00
   scanner, booking desk
6  Freight - line 5 only                                            240.00
                                                     ----------  ---------
                                                     Subtotal    53,170.00
   Texas sales and use tax 8.25% - exempt (Tax Code 151.309)          0.00
                                                     PO TOTAL    53,170.00

Accounting: lines 1-4 ($38,150.00) to 100-2110-52440 Police Software
Subscriptions; lines 5-6 to 100-2150-54105 Jail Equipment.

Authorized by: ____________________  Purchasing Manager    11/19/2024""", "WPD PIA W071342 000118"),
    (None, """\
CITY OF WACO - REQUISITION JUSTIFICATION                 R-PD-25-0316

To:      Purchasing Services
From:    Lt. Renee Castellanos, Criminal Investigations Division
Date:    November 8, 2024
Re:      DataWorks Plus FACE Plus facial recognition (addition to the
         existing DataWorks Plus mugshot system)

1. Need. CID has no facial recognition tool of its own. In 2023
   detectives sent 336 requests to the Texas Department of Public
   Safety to compare photos, with an average turnaround of 9 days.

2. Gallery. FACE Plus will search the booking photographs already
   held in our DataWorks Plus mugshot system, approximately 412,000
   images from the Waco Police Department and the McLennan County
   Jail.

3. Alternatives. Clearview AI quoted $26,500 a year for 10 users. It
   was not selected because its images are collected from the open
   internet and the City Attorney's office raised concerns. Rank One
   Computing's integrator did not respond to our request for a quote.

4. Policy. General Order 4.31 limits FACE Plus access to CID
   detectives and crime analysts who have completed DataWorks Plus
   training. Under General Order 4.31 a FACE Plus result is an
   investigative lead only and shall not be the sole basis for an
   arrest or a warrant. Nothing in the order prohibits using FACE
   Plus to identify deceased persons.

5. Funding. FY2025 Police Department operating budget, software
   subscriptions line; no grant funds. The livescan station (line 5)
   replaces the 2014 booking unit and is a separate request.

Approved: Chief of Police ____________   Date: 11/08/2024""", "WPD PIA W071342 000119"),
], "pdf", WPD,
    [WPD, "City of Waco", "Waco City Council", "Texas Department of Public Safety", "McLennan County Jail"],
    [DWP, "Clearview AI", "Rank One Computing"],
    [FP],
    [C(18800, 18800, "year", "1 FACE Plus facial recognition, 18,800.00", WPD, DWP, FP),
     C(6900, 6900, "year", "2 FACE Plus examiner workstation, named 2 LIC 3,450.00 6,900.00", WPD, DWP, FP),
     C(3450, 3450, "year", "2 FACE Plus examiner workstation, named 2 LIC 3,450.00", WPD, DWP, FP,
       unit="per user"),
     C(4950, 4950, "year", "3 Software maintenance and support, 4,950.00", WPD, DWP, FP),
     C(7500, 7500, "one-time", "4 Implementation, configuration and 7,500.00", WPD, DWP, FP),
     C(38150, 38150, None, "lines 1-4 ($38,150.00)", WPD, DWP, FP)],
    [N(8, "exact", "licenses", None, "concurrent user licenses (8 seats)", WPD, DWP),
     N(2, "exact", "licenses", None, "FACE Plus examiner workstation, named 2 LIC", WPD, DWP),
     N(336, "exact", "requests", "year", "In 2023 detectives sent 336 requests to the Texas Department of Public "
       "Safety", WPD, None),
     N(412000, "approximately", "images", None, "approximately 412,000 images", WPD, DWP)],
    [P("General Order 4.31 limits FACE Plus access to CID detectives and crime analysts who have completed "
       "DataWorks Plus training.", WPD, "requirement"),
     P("Under General Order 4.31 a FACE Plus result is an investigative lead only and shall not be the sole "
       "basis for an arrest or a warrant.", WPD, "disclaimer")],
    [],
    ["2024-11-19", "2024-11-12", "2025-01-01", "2025-12-31", "2024-11-08", "2023", "2014"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Kentucky: Daviess County SO
DCSO = "Daviess County Sheriff's Office"
CV = "Clearview AI"
MONTHS = [("2024-01", 58, 9, ""), ("2024-02", 64, 12, "Upload error 02/13/2024; re-runs counted once"),
          ("2024-03", 71, 10, ""), ("2024-04", 49, 6, "Clearview outage 04/09/2024 to 04/11/2024"),
          ("2024-05", 77, 14, "6 of these run for Owensboro PD (homicide)"),
          ("2024-06", 83, 13, ""), ("2024-07", 69, 11, "KSP ran 3 photos for us; not in this count"),
          ("2024-08", 90, 15, "New account: Det. R. Hagan, 08/05/2024"),
          ("2024-09", 74, 12, ""), ("2024-10", 66, 10, "Audit by Capt. Ruark; no exceptions"),
          ("2024-11", 58, 8, "Annual renewal paid 11/14/2024, $9,400.00"),
          ("2024-12", 51, 7, "Holiday staffing")]
assert sum(m[1] for m in MONTHS) == 810 and sum(m[2] for m in MONTHS) == 127
ROWS = "\n".join(f'{i + 2:>3} | "{m}","{s}","{ld}","{note}"' for i, (m, s, ld, note) in enumerate(MONTHS))
doc("03_daviess-county-so-clearview-monthly-searches-csv.txt", [
    (None, """\
DAVIESS COUNTY SHERIFF'S OFFICE - OPEN RECORDS RESPONSE ORR-25-0061
Attachment 1: FR_Search_Log_CY2024.csv (printed from Excel 02/10/2025)
Source: Clearview AI organization usage report exported 01/06/2025;
"Leads" and "Notes" columns added by the Investigations Division.

Row | A,B,C,D
----+------------------------------------------------------------------
  1 | "Month","Searches","Leads","Notes"
""" + ROWS + """
 14 | "TOTAL","810","127","8 user accounts at 12/31/2024"
 15 | "","","",""
 16 | "Leads = searches forwarded to a detective as a lead","","",""

Sheet 1 of 1. Rows 2-13 are calendar months. Column D is free text.""", "DCSO ORR-25-0061 000001"),
    (None, """\
NOTES TO ATTACHMENT 1 (prepared by the Records Custodian)

a. "Searches" is the number of probe images submitted by Sheriff's
   Office users in the month, as reported by Clearview AI. "Leads" is
   the number of searches that produced a lead forwarded to a
   detective, as logged by the Investigations Division. The Office
   does not track arrests or identifications that follow a search.

b. Clearview AI states that its database holds more than 50 billion
   facial images collected from public websites. The Office cannot
   verify that figure.

c. Use of Clearview AI is governed by Policy 6.22, Facial Recognition
   (rev. 02/01/2024). The relevant provisions read:

   6.22.3  Only sworn members assigned to the Investigations Division
           who have completed Clearview AI training may hold an
           account.
   6.22.4  Every search must be entered with a DCSO case or incident
           number.
   6.22.5  A possible match is an investigative lead only and is not
           probable cause for an arrest.
   6.22.6  Members may not submit images of persons lawfully
           assembling, protesting or worshipping.
   6.22.8  A member who uses the system for a personal or non-law
           enforcement purpose will lose access and is subject to
           discipline under Policy 3.4.

d. The 2024 renewal was paid from the Sheriff's general operating
   budget, account 01-5110-0455. No state or federal grant funds were
   used. The Office does not pay the Kentucky State Police for the
   photos it runs for the Office.

e. Withheld: probe images and candidate lists, under KRS 61.878(1)(a)
   and KRS 17.150(2).""", "DCSO ORR-25-0061 000002"),
], "pdf", DCSO,
    [DCSO, "Owensboro Police Department", "Kentucky State Police"],
    [CV],
    [],
    [C(9400, 9400, "year", "Annual renewal paid 11/14/2024, $9,400.00", DCSO, CV)],
    [N(s, "exact", "searches", "month", f'{i + 2} | "{m}","{s}"', DCSO, CV) for i, (m, s, ld, note) in enumerate(MONTHS)]
    + [N(810, "exact", "searches", "year", '14 | "TOTAL","810"', DCSO, CV),
       N(127, "exact", "leads", "year", '"TOTAL","810","127"', DCSO, CV),
       N(8, "exact", "users", None, "8 user accounts at 12/31/2024", DCSO, CV),
       N(6, "exact", "requests", "month", "6 of these run for Owensboro PD", DCSO, CV),
       N(3, "exact", "requests", "month", "KSP ran 3 photos for us", DCSO, None),
       N(50000000000, "more than", "images", None, "more than 50 billion facial images", None, CV)],
    [P("Only sworn members assigned to the Investigations Division who have completed Clearview AI training "
       "may hold an account.", DCSO, "requirement"),
     P("Every search must be entered with a DCSO case or incident number.", DCSO, "requirement"),
     P("A possible match is an investigative lead only and is not probable cause for an arrest.", DCSO,
       "disclaimer"),
     P("Members may not submit images of persons lawfully assembling, protesting or worshipping.", DCSO,
       "prohibition"),
     P("A member who uses the system for a personal or non-law enforcement purpose will lose access and is "
       "subject to discipline under Policy 3.4.", DCSO, "consequence")],
    [],
    ["2025-02-10", "2025-01-06"] + [m[0] for m in MONTHS]
    + ["2024-02-13", "2024-04-09", "2024-04-11", "2024-08-05", "2024-11-14", "2024-12-31", "2024-02-01", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Montana: Whitefish PD (council minutes)
WFPD = "Whitefish Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
FCSO = "Flathead County Sheriff's Office"
MINUTES = "CC Minutes 6/2/25"
doc("04_whitefish-council-minutes-vigilant-facesearch.txt", [
    (None, """\
CITY OF WHITEFISH
CITY COUNCIL REGULAR SESSION - MINUTES
Monday, June 2, 2025, 7:10 p.m.
Council Chambers, 418 East Second Street, Whitefish, Montana

1. CALL TO ORDER AND ROLL CALL
Mayor Ellen Brandvold called the meeting to order. Councilors present:
Hartigan, Solberg, Pruett, Ocampo, Lindahl and Voss. Staff present:
City Manager Dana Kreutzer, City Attorney Miles Orrin, City Clerk
Jolene Baptie, Police Chief Thomas Redding, Finance Director Carla
Weissman.

2. PLEDGE OF ALLEGIANCE

3. COMMUNICATIONS FROM THE PUBLIC (3 minutes per speaker)
Marisa Quill, 612 Spokane Avenue, spoke against agenda item 8a. She
said face recognition misidentifies women and people of color at
higher rates, that a 2019 NIST report found false positive rates 10
to 100 times higher for some groups, and that Whitefish should not be
"the first small town in the valley to sign up for this."

Greg Sandoval, 1140 Baker Avenue, spoke in support of item 8a. He
said his business was burglarized twice last year and that the police
need every tool available.

Hollis Tanaka, for the ACLU of Montana, asked the Council to table
item 8a until the Police Department publishes a written policy. She
noted that there is no city ordinance prohibiting face recognition in
Whitefish and that state law sets only minimum rules.

No one else wished to speak. Mayor Brandvold closed public comment at
7:24 p.m.

4. CONSENT AGENDA
a. Minutes of the May 19, 2025 regular session
b. Resolution 25-21, budget amendment, Stormwater fund
c. Claims payable, $612,337.18
Councilor Solberg moved, seconded by Councilor Voss, to approve the
consent agenda. The motion carried unanimously.""", MINUTES + " p. 1/3"),
    (None, """\
5.-7. (Items 5 through 7 were presentations and reports; see the
video record. No action was taken.)

8. NEW BUSINESS
a. Consideration of an agreement with Motorola Solutions, Inc. for
   Vigilant fixed license plate reader cameras and the Vigilant
   FaceSearch facial recognition subscription (Police)

Chief Redding summarized the staff report. The agreement has two
parts. The first is four fixed license plate reader cameras at the
Highway 93 and Highway 40 entrances, $29,400 installed, paid from a
Montana Board of Crime Control grant. The second is a subscription to
Vigilant FaceSearch for up to 10 user licenses at $6,750 per year, or
$20,250 over the three-year term, paid from the Police general fund.

Chief Redding said that during a free 90-day trial last fall two
detectives ran 37 FaceSearch searches. FaceSearch compares a photo
against a shared gallery of roughly 15 million booking photos from
participating agencies. He said the Flathead County Sheriff's Office
has used FaceSearch since 2022 and pays about $11,000 a year for its
licenses.

In answer to Councilor Ocampo, City Attorney Orrin said the agreement
is consistent with Senate Bill 397 (2023), which sets state limits on
government use of facial recognition, and that the Council may attach
conditions of use to its approval.

Councilor Lindahl moved to approve the agreement subject to the
following conditions, seconded by Councilor Hartigan:
  (1) FaceSearch shall be used only to investigate felony offenses and
      to identify missing or endangered persons;
  (2) a FaceSearch result shall be treated as an investigative lead
      only and shall not be the sole basis for an arrest; and
  (3) the Chief shall report the number of FaceSearch searches to the
      Council each year.

Councilor Pruett moved to amend the motion to add a fourth condition
prohibiting any face search of images captured by the license plate
reader cameras. Councilor Ocampo seconded the amendment.""", MINUTES + " p. 2/3"),
    (None, """\
Roll call vote on the amendment:
  Hartigan   No          Ocampo    Yes
  Solberg    No          Lindahl   No
  Pruett     Yes         Voss      No
The amendment failed, 2-4.

Councilor Voss asked whether the FaceSearch licenses could be dropped
after the first year. Chief Redding said the agreement allows the City
to end the subscription at any anniversary with 60 days' notice.

Roll call vote on the main motion, with conditions (1) through (3):
  Hartigan   Yes         Ocampo    No
  Solberg    Yes         Lindahl   Yes
  Pruett     No          Voss      Yes
The motion carried, 4-2.

9. COUNCIL AND STAFF REPORTS
City Manager Kreutzer reminded the Council of the budget work session
on June 9, 2025 at 5:30 p.m.

10. ADJOURNMENT
Mayor Brandvold adjourned the meeting at 9:02 p.m.

Attest: ___________________________    Approved: June 16, 2025
        Jolene Baptie, City Clerk""", MINUTES + " p. 3/3"),
], "pdf", WFPD,
    [WFPD, "City of Whitefish", "Whitefish City Council", FCSO, "Montana Board of Crime Control",
     "ACLU of Montana", "National Institute of Standards and Technology"],
    [MSI, "Vigilant Solutions"],
    [VFS],
    [C(6750, 6750, "year", "$6,750 per year", WFPD, MSI, VFS),
     C(20250, 20250, None, "$20,250 over the three-year term", WFPD, MSI, VFS),
     C(11000, 11000, "year", "pays about $11,000 a year for its licenses", FCSO, MSI, VFS)],
    [N(10, "up to", "licenses", None, "Vigilant FaceSearch for up to 10 user licenses", WFPD, MSI),
     N(2, "exact", "users", None, "two detectives ran 37 FaceSearch searches", WFPD, MSI),
     N(37, "exact", "searches", None, "two detectives ran 37 FaceSearch searches", WFPD, MSI),
     N(15000000, "approximately", "images", None, "roughly 15 million booking photos", None, MSI)],
    [P("FaceSearch shall be used only to investigate felony offenses and to identify missing or endangered "
       "persons", WFPD, "purpose"),
     P("a FaceSearch result shall be treated as an investigative lead only and shall not be the sole basis "
       "for an arrest", WFPD, "disclaimer"),
     P("the Chief shall report the number of FaceSearch searches to the Council each year", WFPD,
       "requirement")],
    [],
    ["2025-06-02", "2019", "2025-05-19", "2022", "2023", "2025-06-09", "2025-06-16"],
    scan="pdf")


# ---------------------------------------------------------------- 5 South Carolina: Myrtle Beach PD
MBPD = "Myrtle Beach Police Department"
BC = "BriefCam"
CIS = "Coastal Integrated Security"
doc("05_myrtle-beach-pd-rtcc-briefcam-slack-export.txt", [
    (None, """\
Slack export | Workspace: MBPD Real Time Crime Center
Channel: #rtcc-analysts | Range: 2025-03-03 to 2025-03-07
Exported 2025-03-10 08:41 by jwhitlock (workspace admin)
Released under S.C. Code sec. 30-4-30. Civilian names redacted.

2025-03-03 09:12  Tasha Greer
BriefCam quote finally came in through the reseller. Pasting the
price table since the PDF is 9 pages:

    > Quote Q-MB-20250228-3 | Coastal Integrated Security
    > (BriefCam authorized partner) | valid 60 days
    > BriefCam Review + Research w/ face recognition,
    >   2 concurrent users, 12-month term ........... $19,800.00
    > Camera channel licenses, 60 channels @ $95.00 ... $5,700.00
    > Installation and analyst training (one-time) ... $4,200.00
    > Total, year 1 .................................. $29,700.00
    > SC sales tax not included (City exempt)

2025-03-03 09:20  Devin Okafor
That's a lot more than Oosto wanted, but Oosto was live watchlist
only, which we can't do anyway.

2025-03-03 09:23  Tasha Greer
Right. Pasting the rule from Lt. Carver's email last week so nobody
forgets during the trial:
    "RTCC analysts may run face recognition only on recorded video or
    stills tied to an MBPD case number. No live face matching on city
    cameras, period."

2025-03-03 09:31  Marcus Bell
Copy. How many have we run on the trial so far?

2025-03-03 09:40  Tasha Greer
Trial started Jan 6. BriefCam's admin page shows 148 face searches
through Feb 28, by 4 of us with trial logins.""", "MBPD FOIA 2025-0219 001"),
    (None, """\
2025-03-04 14:02  Devin Okafor
Horry County PD told me they ran about 300 Clearview searches last
year. Different tool, but a useful comparison for the memo.

2025-03-04 14:10  Marcus Bell
For the memo: funding would come out of the hospitality fee fund,
acct 010-4410-5340. Anything over $25,000 has to go to council, so
year 1 at $29,700 goes on an agenda either way.

2025-03-05 11:47  Lt. R. Carver
Update: the Chief approved taking the BriefCam purchase to council on
March 25. New rule effective today: every face match has to be
confirmed by a second analyst before it goes to a detective, and the
detective gets it as a lead only, never as an ID.

2025-03-05 11:52  Tasha Greer
:+1: Also, there's no city policy against running FR on social media
photos. Do we want one?

2025-03-05 12:05  Lt. R. Carver
Not yet. I'll propose something in the SOP rewrite this summer.

2025-03-07 16:02  Devin Okafor
Trial ends today. I exported the audit log (148 searches, matches the
admin page) and uploaded it to the RTCC share. (edited)""", "MBPD FOIA 2025-0219 002"),
], "pdf", MBPD,
    [MBPD, "City of Myrtle Beach", "Horry County Police Department"],
    [BC, CIS, "Oosto", "Clearview AI"],
    ["BriefCam Review", "BriefCam Research"],
    [C(19800, 19800, "year", "BriefCam Review + Research w/ face recognition, 2 concurrent users, 12-month term "
       "........... $19,800.00", MBPD, CIS, "BriefCam Review"),
     C(5700, 5700, None, "Camera channel licenses, 60 channels @ $95.00 ... $5,700.00", MBPD, CIS, "BriefCam Review"),
     C(95, 95, None, "60 channels @ $95.00", MBPD, CIS, "BriefCam Review", unit="per channel"),
     C(4200, 4200, "one-time", "Installation and analyst training (one-time) ... $4,200.00", MBPD, CIS,
       "BriefCam Review"),
     C(29700, 29700, None, "Total, year 1 .................................. $29,700.00", MBPD, CIS,
       "BriefCam Review")],
    [N(2, "exact", "licenses", None, "2 concurrent users, 12-month term", MBPD, CIS),
     N(148, "exact", "searches", None, "BriefCam's admin page shows 148 face searches", MBPD, BC),
     N(4, "exact", "users", None, "by 4 of us with trial logins", MBPD, BC),
     N(300, "approximately", "searches", "year", "they ran about 300 Clearview searches last year",
       "Horry County Police Department", "Clearview AI")],
    [P("RTCC analysts may run face recognition only on recorded video or stills tied to an MBPD case number.",
       MBPD, "permission"),
     P("No live face matching on city cameras, period.", MBPD, "prohibition"),
     P("every face match has to be confirmed by a second analyst before it goes to a detective", MBPD,
       "requirement"),
     P("the detective gets it as a lead only, never as an ID.", MBPD, "disclaimer")],
    [],
    ["2025-03-03", "2025-03-07", "2025-03-10", "2025-03-04", "2025-03-05"],
    scan=None)


# ---------------------------------------------------------------- 6 Idaho: Post Falls PD
PFPD = "Post Falls Police Department"
VER = "Veritone"
IDF = "Veritone IDentify"
EXB = "2025-PD-014 Exh B"
doc("06_post-falls-pd-veritone-identify-fee-schedule.txt", [
    (None, """\
                               EXHIBIT B
                FEE SCHEDULE AND NOT-TO-EXCEED AMOUNT

to Software Subscription Agreement No. 2025-PD-014 between the City of
Post Falls, Idaho, for its Police Department ("City"), and Veritone,
Inc. ("Contractor")

Term: October 1, 2025 through September 30, 2028

B.1  BASE SERVICES - CONTRACT YEAR 1
Item  Description                                 Basis           Fee
----  ------------------------------------------  --------  ----------
B1-1  Veritone IDentify, up to 12 named users     annual     21,600.00
      ($1,800.00 per user per year)
B1-2  Onboarding, configuration and ingest of     one-time    5,500.00
      Department booking photographs
B1-3  Administrator and user training, remote,    one-time    1,250.00
      two sessions
      Contract Year 1 base total                            28,350.00

B.2  BASE SERVICES - CONTRACT YEARS 2 AND 3
B2-1  Veritone IDentify, up to 12 named users     annual     22,680.00
      (Year 1 fee plus 5% escalator), each year
      Base total, three-year term                           73,710.00

B.3  OPTIONAL ITEMS (payable only if ordered in writing by the Chief of
     Police; prices are fixed for the term)
O-1   Additional IDentify named user              per user    1,650.00
                                                  per year
O-2   Veritone Redact, body-worn video            annual     12,000.00
      redaction, 3 users
O-3   On-site training at Post Falls              per day     1,900.00
O-4   Gallery expansion: import of Kootenai       one-time    3,400.00
      County Jail booking photographs, subject
      to a data-sharing agreement with the
      Kootenai County Sheriff's Office""", EXB + " p. 1/2"),
    (None, """\
B.4  NOT-TO-EXCEED AMOUNT
Total compensation under the Agreement, including all optional items
ordered, shall not exceed $96,000.00 over the term. Payments in any
City fiscal year (October 1 - September 30) shall not exceed
$38,000.00.

B.5  GALLERY AND USAGE
At go-live the gallery will hold approximately 31,500 booking
photographs of about 18,200 individuals booked by the Department since
2009. The subscription includes unlimited searches.

B.6  INVOICING
Contractor shall invoice annually in advance. Invoices are payable
within 30 days. The City is exempt from Idaho sales and use tax (6%)
and will provide its exemption certificate (Form ST-101).

B.7  CONDITIONS OF USE (from Post Falls Police Department Policy 337,
     Facial Recognition, incorporated as Exhibit D)
(a) IDentify shall be used only to identify suspects, victims and
    witnesses in active criminal investigations and to identify missing
    or deceased persons.
(b) A candidate returned by IDentify is an investigative lead only and
    shall not by itself establish probable cause.
(c) Each user must complete Contractor's user training before the City
    requests an account for that user.
(d) A user who misuses IDentify will lose access and may be disciplined
    up to and including termination.
Idaho law does not currently regulate police use of facial
recognition, and the City has no ordinance prohibiting it.

CITY OF POST FALLS                     VERITONE, INC.

By: ___________________________        By: ___________________________
    Mayor                                  Authorized Signatory
Date: September 9, 2025                Date: September 4, 2025""", EXB + " p. 2/2"),
], "pdf", PFPD,
    [PFPD, "City of Post Falls", "Kootenai County Sheriff's Office", "Kootenai County Jail"],
    [VER],
    [IDF, "Veritone Redact"],
    [C(21600, 21600, "year", "B1-1 Veritone IDentify, up to 12 named users annual 21,600.00", PFPD, VER, IDF),
     C(1800, 1800, "year", "($1,800.00 per user per year)", PFPD, VER, IDF, unit="per user"),
     C(5500, 5500, "one-time", "B1-2 Onboarding, configuration and ingest of one-time 5,500.00", PFPD, VER, IDF),
     C(1250, 1250, "one-time", "B1-3 Administrator and user training, remote, one-time 1,250.00", PFPD, VER,
       IDF),
     C(28350, 28350, None, "Contract Year 1 base total 28,350.00", PFPD, VER, IDF),
     C(22680, 22680, "year", "B2-1 Veritone IDentify, up to 12 named users annual 22,680.00", PFPD, VER, IDF),
     C(73710, 73710, None, "Base total, three-year term 73,710.00", PFPD, VER, IDF),
     C(1650, 1650, "year", "O-1 Additional IDentify named user per user 1,650.00 per year", PFPD, VER, IDF,
       unit="per user"),
     C(1900, 1900, None, "O-3 On-site training at Post Falls per day 1,900.00", PFPD, VER, IDF, unit="per day"),
     C(3400, 3400, "one-time", "O-4 Gallery expansion: import of Kootenai one-time 3,400.00", PFPD, VER, IDF),
     C(None, 96000, None, "shall not exceed $96,000.00 over the term", PFPD, VER, IDF),
     C(None, 38000, "year", "Payments in any City fiscal year (October 1 - September 30) shall not exceed "
       "$38,000.00", PFPD, VER, IDF)],
    [N(12, "up to", "licenses", None, "B1-1 Veritone IDentify, up to 12 named users", PFPD, VER),
     N(31500, "approximately", "images", None, "approximately 31,500 booking photographs", PFPD, VER),
     N(18200, "approximately", "images", None, "about 18,200 individuals", PFPD, VER)],
    [P("IDentify shall be used only to identify suspects, victims and witnesses in active criminal "
       "investigations and to identify missing or deceased persons.", PFPD, "purpose"),
     P("A candidate returned by IDentify is an investigative lead only and shall not by itself establish "
       "probable cause.", PFPD, "disclaimer"),
     P("Each user must complete Contractor's user training before the City requests an account for that user.",
       PFPD, "requirement"),
     P("A user who misuses IDentify will lose access and may be disciplined up to and including termination.",
       PFPD, "consequence")],
    [],
    ["2025-10-01", "2028-09-30", "2009", "2025-09-09", "2025-09-04"],
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
