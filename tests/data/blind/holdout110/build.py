"""Writes docs/*.txt and labels.json for holdout110 (four invented releases: UT, AR, CT, MS).
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


def P(quote, agency):
    return {"quote": quote, "agency": agency}


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


# ---------------------------------------------------------------- 1 Utah: Lehi PD (council agenda item)
LPD = "Lehi Police Department"
LCC = "Lehi City Council"
AFPD = "American Fork Police Department"
CV = "Clearview AI"

doc("01_lehi-pd-clearview-council-agenda-item.txt", [
    (None, """\
LEHI CITY COUNCIL - REGULAR SESSION
AGENDA ITEM SUMMARY / STAFF REPORT

Meeting date:  August 13, 2024            Item:  7.3 (Consent Agenda)
Department:    Police                     File:  CC-2024-118
Presenter:     Deputy Chief Marcus Ellsworth
Reviewed by:   City Attorney; Finance Director

SUBJECT
Consider approval of a three-year subscription agreement with Clearview
AI, Inc. for investigative facial recognition software (Clearview
Search and Clearview Mobile).

RECOMMENDATION
Staff recommends that the Council approve the agreement and authorize
the Chief of Police to sign it in an amount not to exceed $45,500 over
the three-year term.

BACKGROUND
Detectives in the Investigations Division now send face comparison
requests to other agencies when a suspect in a retail theft, fraud or
assault case is caught on camera but cannot be named. From February 5
to May 4, 2024 the Department tested Clearview AI under a no-cost
90-day trial. During the trial six detectives held trial accounts and
ran 212 searches, which produced 17 investigative leads that were
later confirmed by other means.

Clearview AI searches a database that the company describes as more
than 50 billion facial images collected from public websites. The
American Fork Police Department, which uses the same service, reports
paying $9,000 a year for five user licenses.

PROPOSED AGREEMENT
The agreement runs September 1, 2024 through August 31, 2027. It
provides eight named-user licenses at $1,800 per license per year, for
an annual subscription of $14,400 and a three-year total of $43,200.
The not-to-exceed amount adds a contingency for one more license in
year three if caseload requires it. Pricing is fixed for the term; the
vendor's standard 4% annual escalator has been waived.""",
     "Lehi City Council 08/13/2024 - Item 7.3 - Page 1 of 2"),
    (None, """\
FISCAL IMPACT
The year-one (FY2025) cost is $14,400. Funds are available in the
Police Investigations budget, account 10-4210-3150 (Software
Subscriptions). Years two and three are subject to annual
appropriation by the Council. The Department's separate Flock Safety
license plate reader contract ($27,500 per year, account
10-4210-3160) is not affected by this item. No new positions are
requested.

POLICY AND LEGAL REVIEW
The Department adopted Policy 345, Facial Recognition, on July 9, 2024
to meet Utah Code Title 77, Chapter 23e. Key provisions:

  345.2  The system is used to develop investigative leads in active
         criminal investigations and to help identify deceased or
         incapacitated persons.
  345.4  Facial recognition searches shall be conducted only by
         investigators who have completed the vendor's training and
         the Department's policy review.
  345.5  A possible match is an investigative lead only and shall not
         be the sole basis for probable cause or an arrest.
  345.6  Investigators shall not use the system to monitor or identify
         persons engaged in lawful First Amendment activity.
  345.9  Misuse of the system will result in loss of access and may
         result in discipline up to and including termination.

Policy 345 does not currently require a supervisor's approval before
each search. Staff proposes adding a quarterly audit of search logs by
the Professional Standards sergeant; that amendment is proposed and has
not been adopted.

ALTERNATIVES
1. Approve the agreement as presented.
2. Approve a one-year term only (the vendor would re-quote pricing).
3. Deny, and continue to send requests to outside agencies.

ATTACHMENTS
A. Clearview AI subscription agreement (14 pages)
B. Lehi Police Department Policy 345, Facial Recognition""",
     "Lehi City Council 08/13/2024 - Item 7.3 - Page 2 of 2"),
], "pdf", LPD,
    [LPD, LCC, AFPD],
    [CV, "Flock Safety"],
    ["Clearview Search", "Clearview Mobile"],
    [C(None, 45500, None, "not to exceed $45,500 over the three-year term", LPD, CV),
     C(9000, 9000, "year", "paying $9,000 a year for five user licenses", AFPD, CV),
     C(1800, 1800, "year", "eight named-user licenses at $1,800 per license per year", LPD, CV, unit="per user"),
     C(14400, 14400, "year", "an annual subscription of $14,400", LPD, CV),
     C(43200, 43200, None, "a three-year total of $43,200", LPD, CV)],
    [N(6, "exact", "users", None, "six detectives held trial accounts", LPD, CV),
     N(212, "exact", "searches", None, "ran 212 searches", LPD, CV),
     N(17, "exact", "leads", None, "17 investigative leads", LPD, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion facial images", None, CV),
     N(5, "exact", "licenses", None, "five user licenses", AFPD, CV),
     N(8, "exact", "licenses", None, "eight named-user licenses", LPD, CV)],
    [dict(P("The system is used to develop investigative leads in active criminal investigations and to help "
            "identify deceased or incapacitated persons.", LPD), kind="purpose"),
     dict(P("Facial recognition searches shall be conducted only by investigators who have completed the vendor's "
            "training and the Department's policy review.", LPD), kind="requirement"),
     dict(P("A possible match is an investigative lead only and shall not be the sole basis for probable cause or "
            "an arrest.", LPD), kind="disclaimer"),
     dict(P("Investigators shall not use the system to monitor or identify persons engaged in lawful First "
            "Amendment activity.", LPD), kind="prohibition"),
     dict(P("Misuse of the system will result in loss of access and may result in discipline up to and including "
            "termination.", LPD), kind="consequence")],
    [],
    ["2024-08-13", "2024-02-05", "2024-05-04", "2024-09-01", "2027-08-31", "2024-07-09"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Arkansas: North Little Rock PD (purchase order)
NLR = "North Little Rock Police Department"
VER = "Veritone"

doc("02_north-little-rock-pd-veritone-purchase-order.txt", [
    (None, """\
CITY OF NORTH LITTLE ROCK, ARKANSAS                  PURCHASE ORDER
Purchasing Division                          PO No.:    2024-004417
300 Main Street                              PO Date:   03/11/2024
North Little Rock, AR 72114                  Req. No.:  REQ-24-01288
Phone (501) 555-0162                         Page 1 of 2

VENDOR                                  SHIP TO
Veritone, Inc.                          North Little Rock Police Dept.
Attn: Public Sector Contracts           Criminal Investigation Division
Vendor No. 0081432                      200 W. Pershing Blvd.
Denver, CO 80202                        North Little Rock, AR 72114

Terms: Net 30     FOB: Destination     Buyer: T. Okafor, ext. 2231

Ln Qty UOM  Description                           Unit Price    Extended
-- --- ---  ------------------------------------  ----------  ----------
 1  10 EA   Veritone IDentify named-user license    1,150.00   11,500.00
            12-month subscription, 03/15/2024 -
            03/14/2025
 2   1 LOT  IDentify onboarding and ingestion of    3,800.00    3,800.00
            NLRPD booking photos (approx. 140,000
            images), one-time
 3          Veritone Redact annual subscription                 2,400.00
            (body-worn camera video redaction,
            3 seats)
 4   1 LOT  IDentify investigator training,         1,950.00    1,950.00
            on-site (2 days)
                                          Subtotal            19,650.00
                                  Sales tax 8.5% (exempt, SaaS)    0.00
                                          Freight                  0.00
                                          PO TOTAL            19,650.00

ACCOUNT DISTRIBUTION
Lines 1, 2, 4   101-2110-5215   Police CID - Software/Subscriptions
Line 3          101-2120-5215   Police Patrol - Software

NOTES / SPECIAL CONDITIONS
1. Pricing per Veritone quote Q-NLR-2291 dated 02/26/2024. List price
   $1,437.50 per user per year; 20% public-sector discount applied to
   line 1.
2. Years 2 and 3 may be renewed by separate PO at an increase of not
   more than 5% per year.""",
     "PO 2024-004417"),
    (None, """\
NOTES / SPECIAL CONDITIONS (continued)
3. Per NLRPD General Order 400-18, IDentify results are investigative
   leads only and shall not by themselves establish probable cause.
4. Invoice Accounts Payable, P.O. Box 5757, North Little Rock, AR
   72119. Reference the PO number on every invoice.

Funds certified: R. Hamlin, Finance          03/08/2024
Approved:        D. Castellaw, Purchasing    03/11/2024

-------------------------------------------------------------------
REQUISITION JUSTIFICATION - REQ-24-01288 (attached)

From:  Lt. Dana Whitlock, Criminal Investigation Division
To:    Purchasing Division
Date:  February 28, 2024
Re:    Veritone IDentify facial recognition (sole source, one year)

CID has no facial recognition tool of its own. In 2023 our detectives
sent 96 face comparison requests to the Arkansas State Fusion Center;
the average turnaround was 9 days, and 31 of the requests came back
with a possible candidate. IDentify will let CID search our own
booking photos directly. The Pulaski County Sheriff's Office licenses
the same product and reports about 1,400 searches a year.

Veritone is the only vendor offering IDentify, which integrates with
our existing Veritone Redact account. Sole source is requested under
Ark. Code Ann. 19-11-232.

Use will be governed by General Order 400-18 (Facial Recognition),
signed by the Chief on January 22, 2024:
 - Only CID detectives who have completed Veritone's IDentify training
   may be issued a license.
 - Every search must be entered with an NLRPD case number in the
   IDentify case field.
 - Searches of images of people at lawful protests or religious
   gatherings are prohibited.

Lt. D. Whitlock, #1187""",
     "PO 2024-004417  Page 2 of 2"),
], "pdf", NLR,
    [NLR, "City of North Little Rock", "Arkansas State Fusion Center", "Pulaski County Sheriff's Office"],
    [VER],
    ["IDentify", "Redact"],
    [C(11500, 11500, "year", "10 EA   Veritone IDentify named-user license    1,150.00   11,500.00", NLR, VER,
       "IDentify"),
     C(1150, 1150, "year", "Veritone IDentify named-user license    1,150.00", NLR, VER, "IDentify", unit="per user"),
     C(3800, 3800, "one-time", "IDentify onboarding and ingestion of    3,800.00", NLR, VER, "IDentify"),
     C(1950, 1950, None, "IDentify investigator training,         1,950.00", NLR, VER, "IDentify")],
    [N(10, "exact", "licenses", None, "10 EA   Veritone IDentify named-user license", NLR, VER),
     N(140000, "approximately", "images", None, "approx. 140,000 images", NLR, VER),
     N(96, "exact", "requests", "year", "sent 96 face comparison requests", NLR),
     N(31, "exact", "matches", "year", "31 of the requests came back with a possible candidate", NLR),
     N(1400, "approximately", "searches", "year", "about 1,400 searches a year", "Pulaski County Sheriff's Office",
       VER)],
    [dict(P("IDentify results are investigative leads only and shall not by themselves establish probable cause.",
            NLR), kind="disclaimer"),
     dict(P("Only CID detectives who have completed Veritone's IDentify training may be issued a license.", NLR),
          kind="permission"),
     dict(P("Every search must be entered with an NLRPD case number in the IDentify case field.", NLR),
          kind="requirement"),
     dict(P("Searches of images of people at lawful protests or religious gatherings are prohibited.", NLR),
          kind="prohibition")],
    [],
    ["2024-03-11", "2024-03-15", "2025-03-14", "2024-02-26", "2024-03-08", "2024-02-28", "2023", "2024-01-22"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Connecticut: New Britain PD (Gmail, inline replies)
NBPD = "New Britain Police Department"
COG = "Cognitec Systems"
SUBJ = "FaceVACS-DBScan LE quote"
GH = "4/23/24, 8:51 AM             NBPD Mail - FaceVACS-DBScan LE quote"

doc("03_new-britain-pd-cognitec-quote-gmail.txt", [
    (GH, """\
NBPD Mail                          Kevin Marchetti <kmarchetti@nbpd.org>
-----------------------------------------------------------------------
FaceVACS-DBScan LE quote
3 messages

Kevin Marchetti <kmarchetti@nbpd.org>       Tue, Apr 16, 2024 at 9:47 AM
To: Sara Lindqvist <slindqvist@cognitec.com>
Cc: Anthony Russo <arusso@nbpd.org>

Sara,

Thanks for the demo last week. Before I take this to the Chief and the
Board of Police Commissioners I need a few numbers:

1. Annual price for 6 concurrent users?
2. Any one-time setup or migration fee?
3. Price for a two-year term?
4. Can the gallery be limited to our own booking photos?

For sizing: we have about 86,000 booking photos going back to 2009,
and last year we sent 41 face comparison requests to the Connecticut
Intelligence Center.

Kevin

Lt. Kevin Marchetti
Detective Division, New Britain Police Department
10 Chestnut Street, New Britain, CT 06051 | (860) 555-0134

Sara Lindqvist <slindqvist@cognitec.com>    Thu, Apr 18, 2024 at 3:02 PM
To: Kevin Marchetti <kmarchetti@nbpd.org>
Cc: Anthony Russo <arusso@nbpd.org>

Hi Kevin, answers inline below.

> 1. Annual price for 6 concurrent users?

$21,600 per year, which is $3,600 per concurrent user per year.""",
     "https://mail.google.com/mail/u/0/?ik=4c1e9a07&view=pt&search=all   1/3"),
    (GH, """\
> 2. Any one-time setup or migration fee?

Yes. Implementation, including migration of your booking photos and
two days of examiner training, is a one-time fee of $7,500.

> 3. Price for a two-year term?

$41,040 for both years, billed annually ($20,520 a year). That
reflects our 5% multi-year discount.

> 4. Can the gallery be limited to our own booking photos?

Yes. DBScan LE searches only the galleries you load. Nothing is shared
with Cognitec or other customers unless you sign a sharing agreement.
The system is licensed for up to 250,000 images, so 86,000 leaves room.

Best,
Sara

Sara Lindqvist | Regional Sales Manager, Public Safety
Cognitec Systems Corp. | Direct (561) 555-0187""",
     "https://mail.google.com/mail/u/0/?ik=4c1e9a07&view=pt&search=all   2/3"),
    (GH, """\
Anthony Russo <arusso@nbpd.org>             Thu, Apr 18, 2024 at 4:40 PM
To: Kevin Marchetti <kmarchetti@nbpd.org>

Kevin - comments inline, Sara not copied.

> $21,600 per year, which is $3,600 per concurrent user per year.

Too rich for one year. The two-year number is better. The Chief wants
to stay under $25,000 in this year's budget, and Clearview AI quoted
us $12,000 in 2022 when we turned them down. Expect the Commission to
ask about that.

> two days of examiner training, is a one-time fee of $7,500.

Ask if they will waive half of that. Hartford's Real Time Crime Center
got the fee cut, per their lieutenant.

On policy: until the general order is done, the interim rules in my
March 4 memo stand. A facial recognition result is an investigative
lead only and may not be used as the sole basis for an arrest or a
warrant. Every search must be logged in the RMS with a case number.
Draft General Order 24-07 would also require a supervisor to approve
each search, but that draft has not gone to the Chief yet.

AR""",
     "https://mail.google.com/mail/u/0/?ik=4c1e9a07&view=pt&search=all   3/3"),
], "print", NBPD,
    [NBPD, "New Britain Board of Police Commissioners", "Connecticut Intelligence Center", "Hartford Police Department"],
    [COG, CV],
    ["FaceVACS-DBScan LE"],
    [C(21600, 21600, "year", "$21,600 per year", NBPD, COG, "FaceVACS-DBScan LE"),
     C(3600, 3600, "year", "$3,600 per concurrent user per year", NBPD, COG, "FaceVACS-DBScan LE", unit="per user"),
     C(7500, 7500, "one-time", "a one-time fee of $7,500", NBPD, COG, "FaceVACS-DBScan LE"),
     C(41040, 41040, None, "$41,040 for both years", NBPD, COG, "FaceVACS-DBScan LE"),
     C(20520, 20520, "year", "billed annually ($20,520 a year)", NBPD, COG, "FaceVACS-DBScan LE")],
    [N(6, "exact", "licenses", None, "Annual price for 6 concurrent users?", NBPD, COG),
     N(86000, "approximately", "images", None, "about 86,000 booking photos", NBPD),
     N(41, "exact", "requests", "year", "last year we sent 41 face comparison requests", NBPD)],
    [dict(P("A facial recognition result is an investigative lead only and may not be used as the sole basis for "
            "an arrest or a warrant.", NBPD), kind="disclaimer"),
     dict(P("Every search must be logged in the RMS with a case number.", NBPD), kind="requirement")],
    [E("Kevin Marchetti", "Sara Lindqvist", "Tue, Apr 16, 2024 at 9:47 AM", SUBJ),
     E("Sara Lindqvist", "Kevin Marchetti", "Thu, Apr 18, 2024 at 3:02 PM", SUBJ),
     E("Anthony Russo", "Kevin Marchetti", "Thu, Apr 18, 2024 at 4:40 PM", SUBJ)],
    ["2024-04-23", "2024-04-16", "2024-04-18", "2009", "2022"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 Mississippi: Rankin County SO (annual audit)
RCSO = "Rankin County Sheriff's Office"
VIG = "Vigilant Solutions"
SEARCHES = [("Jan", 24, 15, 6), ("Feb", 19, 11, 4), ("Mar", 27, 18, 7), ("Apr", 22, 13, 5), ("May", 30, 19, 8),
            ("Jun", 26, 17, 6), ("Jul", 33, 21, 9), ("Aug", 28, 18, 7), ("Sep", 21, 12, 4), ("Oct", 25, 16, 6),
            ("Nov", 18, 10, 3), ("Dec", 20, 13, 5)]
assert sum(r[1] for r in SEARCHES) == 293 and sum(r[2] for r in SEARCHES) == 183 and sum(r[3] for r in SEARCHES) == 70
ROWS = "\n".join(f"{m} 2023    {s:>8}   {c:>10}   {l:>12}" for m, s, c, l in SEARCHES)

doc("04_rankin-county-so-facesearch-annual-audit.txt", [
    (None, """\
RANKIN COUNTY SHERIFF'S OFFICE
Office of Professional Standards
221 North Timber Street, Brandon, Mississippi 39042

ANNUAL AUDIT: FACIAL RECOGNITION PROGRAM (FACESEARCH)
Calendar Year 2023                        Audit No. OPS-A-2024-02
Issued: February 14, 2024                 Auditor: Sgt. LaToya Pickens

1. Scope
This audit covers every search run in Vigilant FaceSearch by Office
users from January 1 through December 31, 2023, the user accounts that
existed during the year, and compliance with General Order 7.22,
Facial Recognition. The Board of Supervisors asked for the audit when
it renewed the subscription.

2. System and cost
FaceSearch is supplied by Vigilant Solutions, a Motorola Solutions
company, as a hosted service. On December 31, 2023 the Office's
gallery held 58,214 booking photographs from the Rankin County Adult
Detention Center. Searches can also reach the shared gallery of other
Vigilant customers, which the vendor reports at more than 15 million
images.

The 2023 subscription cost $12,750 for the year. On December 5, 2023
the Board of Supervisors approved the 2024 renewal at $13,390. Both
are paid from the Sheriff's general operating budget, account
001-201-580. The Vigilant license plate reader maintenance contract
($31,200) is a separate agreement and is outside this audit.

3. Accounts
A total of 13 user accounts existed at some point during 2023. At year
end 11 accounts were active; the others belonged to employees who had left
the Office and were disabled on March 2, 2023.""",
     "OPS-A-2024-02                                             Page 1 of 3"),
    (None, """\
4. Searches by month

Month       Searches   Candidates     Leads sent
                 run     returned   to case agent
--------    --------   ----------   ------------
""" + ROWS + """
--------    --------   ----------   ------------
Total            293          183             70

Of the 293 searches, 37 were run for other agencies (the Brandon,
Pearl and Flowood police departments) under the county's interlocal
agreement. "Candidates returned" means FaceSearch returned at least
one candidate above the Office's score threshold of 0.80. A lead is a
candidate that an examiner judged worth sending to the case agent.

5. Compliance with General Order 7.22
The auditor compared each search log entry with these provisions:

7.22.2  FaceSearch is used only to help identify suspects, victims
        and witnesses in criminal investigations and to identify
        deceased or incapacitated persons.
7.22.3  A user must complete Vigilant's FaceSearch training and the
        Office's policy course before an account is issued.
7.22.4  Each search must be tied to a case or incident number.
7.22.5  A FaceSearch candidate is an investigative lead only and does
        not by itself establish probable cause to arrest.
7.22.6  Users shall not search images of persons engaged in lawful
        protest, religious or political activity.
7.22.8  A user who runs a search without a case number will have the
        account suspended pending review by this Office.""",
     "OPS-A-2024-02                                             Page 2 of 3"),
    (None, """\
6. Findings
(a) 3.4% of searches had no case number in the log. Each was traced
    to a case afterwards. The Sheriff elected counseling rather than
    the suspension that 7.22.8 provides.
(b) No search involved an image of a protest or of a religious or
    political gathering.
(c) General Order 7.22 does not prohibit searches of probe images
    taken from social media; 12% of 2023 probe images came from
    social media.

7. Recommendation
OPS recommends that General Order 7.22 be amended to require a second
trained examiner to review each candidate before it is sent to a case
agent. This is a recommendation only and has not been adopted.

Released under the Mississippi Public Records Act, Miss. Code Ann.
25-61-1 et seq. Questions: OPS, (601) 555-0119.""",
     "OPS-A-2024-02                                             Page 3 of 3"),
], "pdf", RCSO,
    [RCSO, "Rankin County Board of Supervisors", "Rankin County Adult Detention Center", "Brandon Police Department",
     "Pearl Police Department", "Flowood Police Department"],
    [VIG, "Motorola Solutions"],
    ["FaceSearch"],
    [C(12750, 12750, "year", "The 2023 subscription cost $12,750 for the year", RCSO, VIG, "FaceSearch"),
     C(13390, 13390, "year", "approved the 2024 renewal at $13,390", RCSO, VIG, "FaceSearch")],
    [N(58214, "exact", "images", None, "gallery held 58,214 booking photographs", RCSO, VIG),
     N(15000000, "more than", "images", None, "more than 15 million images", None, VIG),
     N(13, "exact", "users", None, "13 user accounts existed", RCSO, VIG),
     N(11, "exact", "users", None, "11 accounts were active", RCSO, VIG)]
    + [N(s, "exact", "searches", "month", f"{m} 2023    {s:>8}", RCSO, VIG) for m, s, c, l in SEARCHES]
    + [N(293, "exact", "searches", "year", "Total            293", RCSO, VIG),
       N(183, "exact", "matches", "year", "Total            293          183", RCSO, VIG),
       N(70, "exact", "leads", "year", "Total            293          183             70", RCSO, VIG),
       N(37, "exact", "requests", "year", "37 were run for other agencies", RCSO, VIG)],
    [dict(P("FaceSearch is used only to help identify suspects, victims and witnesses in criminal investigations and "
            "to identify deceased or incapacitated persons.", RCSO), kind="purpose"),
     dict(P("A user must complete Vigilant's FaceSearch training and the Office's policy course before an account is "
            "issued.", RCSO), kind="requirement"),
     dict(P("Each search must be tied to a case or incident number.", RCSO), kind="requirement"),
     dict(P("A FaceSearch candidate is an investigative lead only and does not by itself establish probable cause "
            "to arrest.", RCSO), kind="disclaimer"),
     dict(P("Users shall not search images of persons engaged in lawful protest, religious or political activity.",
            RCSO), kind="prohibition"),
     dict(P("A user who runs a search without a case number will have the account suspended pending review by this "
            "Office.", RCSO), kind="consequence")],
    [],
    ["2023", "2024-02-14", "2023-01-01", "2023-12-31", "2023-12-05", "2024", "2023-03-02"],
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
