"""Writes docs/*.txt and labels.json for holdout109 (four invented releases: ID, VT, NM, SC).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
Helpers and label format follow holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), with a `kind` on each policy."""
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
            assert text.count(f["quote"]) >= 1, (file, f["quote"])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Idaho: Moscow PD
MPD = "Moscow Police Department"
CV = "Clearview AI"
ROW_S = "Searches run                   41      37      52      48       178"
ROW_M = "  a possible match             29      24      35      33       121"
ROW_L = "Leads sent to case agent       12      10      17      14        53"
ROW_A = "Cases closed by arrest          3       2       5       4        14"
doc("01_moscow-pd-fr-quarterly-use-report.txt", [
    (None, """\
MOSCOW POLICE DEPARTMENT
118 East Fourth Street, Moscow, Idaho 83843  |  (208) 555-0192

FACIAL RECOGNITION SEARCH TOOL - QUARTERLY USE REPORT
Fiscal Year 2024 (October 1, 2023 - September 30, 2024), fourth quarter

Report no.:    MPD-FR-24-Q4               Date: October 22, 2024
Prepared for:  Chief of Police; City Supervisor
Prepared by:   Det. Sgt. Marisol Okafor, Investigations Division

1. Summary
The Department's only facial recognition search tool is Clearview AI
(agency account 11-4471). The subscription provides six user licenses;
five are assigned to detectives and one is held in reserve for
training. Two patrol corporals finished the vendor's online course in
August 2024 but have not been issued accounts. Because this is the
last report of the fiscal year, Table 1 shows all four quarters so
that the full-year figures can go to the City Council with the FY2025
budget review.

2. Searches and results
Table 1. Clearview AI use by quarter, FY2024

                               Q1      Q2      Q3      Q4    FY total
                             Oct-Dec Jan-Mar Apr-Jun Jul-Sep
---------------------------  ------  ------  ------  ------  --------
{S}
Searches that returned
{M}
{L}
{A}
---------------------------  ------  ------  ------  ------  --------

Of the FY2024 searches, 25 were run at the request of other agencies,
mostly the Latah County Sheriff's Office and the University of Idaho
Police Department; those agencies do not pay toward the subscription.
About 68% of all searches returned a possible match. An arrest is
counted in the quarter the case was closed, not the quarter of the
search.""".format(S=ROW_S, M=ROW_M, L=ROW_L, A=ROW_A), "MPD-FR-24-Q4  page 1 of 2"),
    (None, """\
3. Images searched
Clearview AI states that its database holds more than 60 billion
publicly available facial images. The Department does not upload
booking photographs to Clearview AI and keeps no gallery of its own.
Booking photographs of persons arrested by the Department are held in
the Latah County jail management system (about 41,000 photographs),
which cannot be searched with Clearview AI.

4. Cost
The Department renewed its Clearview AI subscription on March 1, 2024
for one year at $9,000 (six user licenses at $1,500 each), paid from
the Investigations software line (account 10-420-6240). The first-year
price in 2023 was $7,500 for four licenses. No grant money was used.
Axon body-worn camera storage ($31,880 in FY2024) is billed on a
separate contract and is not part of this report.

5. Rules of use
Use of the tool is governed by Policy 346, Facial Recognition (issued
February 2023). Its main rules are:
  a. A search may be run only for an active criminal investigation,
     a missing or endangered person, or to identify a deceased person.
  b. Each search must be logged with the case number and the reason
     for the search.
  c. A possible match is an investigative lead only and is not
     probable cause to arrest.
  d. Members shall not search images of persons taking part in a
     lawful protest or other First Amendment activity.
  e. Misuse of the tool will result in loss of access and may lead to
     discipline up to and including termination.

The Department has no policy on searches requested by federal
agencies; the Chief has asked for a draft by January 2025. A proposal
to issue accounts to patrol corporals is on hold until then.

This report is a public record under Idaho Code 74-102.""", "MPD-FR-24-Q4  page 2 of 2"),
], "pdf", MPD,
    [MPD, "Latah County Sheriff's Office", "University of Idaho Police Department", "Moscow City Council"],
    [CV, "Axon"],
    [],
    [C(9000, 9000, "year", "for one year at $9,000", MPD, CV),
     C(1500, 1500, "year", "six user licenses at $1,500 each", MPD, CV, unit="per user"),
     C(7500, 7500, "year", "The first-year price in 2023 was $7,500", MPD, CV)],
    [N(6, "exact", "licenses", None, "The subscription provides six user licenses", MPD, CV),
     N(5, "exact", "users", None, "five are assigned to detectives", MPD, CV),
     N(41, "exact", "searches", "quarter", ROW_S[:33], MPD, CV),
     N(37, "exact", "searches", "quarter", ROW_S[:41], MPD, CV),
     N(52, "exact", "searches", "quarter", ROW_S[:49], MPD, CV),
     N(48, "exact", "searches", "quarter", ROW_S[:57], MPD, CV),
     N(178, "exact", "searches", "year", ROW_S, MPD, CV),
     N(121, "exact", "matches", "year", ROW_M.strip(), MPD, CV),
     N(53, "exact", "leads", "year", ROW_L, MPD, CV),
     N(14, "exact", "arrests", "year", ROW_A, MPD, CV),
     N(25, "exact", "requests", "year", "25 were run at the request of other agencies", MPD, CV),
     N(60000000000, "more than", "images", None, "more than 60 billion publicly available facial images", None, CV),
     N(4, "exact", "licenses", None, "$7,500 for four licenses", MPD, CV)],
    [P("A search may be run only for an active criminal investigation, a missing or endangered person, or to "
       "identify a deceased person.", MPD, "purpose"),
     P("Each search must be logged with the case number and the reason for the search.", MPD, "requirement"),
     P("A possible match is an investigative lead only and is not probable cause to arrest.", MPD, "disclaimer"),
     P("Members shall not search images of persons taking part in a lawful protest or other First Amendment "
       "activity.", MPD, "prohibition"),
     P("Misuse of the tool will result in loss of access and may lead to discipline up to and including "
       "termination.", MPD, "consequence")],
    [],
    ["2024-10-22", "2023-10-01", "2024-09-30", "2024-08", "2024-03-01", "2023", "2023-02", "2025-01"],
    scan=None)


# ---------------------------------------------------------------- 2 Vermont: Winooski PD
WPD = "Winooski Police Department"
doc("02_winooski-pd-fr-records-reply-letter.txt", [
    (None, """\
                         CITY OF WINOOSKI
                        POLICE DEPARTMENT
           27 West Allen Street, Winooski, Vermont 05404
           Tel. (802) 555-0136          Fax (802) 555-0137

June 3, 2024

Ms. Priya Landry
Green Mountain Civic Data Project
P.O. Box 1182
Burlington, VT 05402

Re:  Public records request of May 20, 2024 (WPD PRR 24-077)
     Facial recognition technology

Dear Ms. Landry:

The Winooski Police Department has completed its response to your
request under the Vermont Public Records Act, 1 V.S.A. sections 315-
320, for records about the Department's use of facial recognition
technology from January 1, 2019 to the present. Our answers follow
the numbering of your request.

1. Systems used. From October 2019 until October 2020 the Department
held a paid subscription to Clearview AI. The Department has not used
Clearview AI or any other facial recognition system since then. Under
20 V.S.A. section 4622, a law enforcement officer shall not use facial
recognition technology or information derived from it unless the
General Assembly authorizes the use. In 2019 the Department also
tested BriefCam video analytics for 30 days at no charge; BriefCam's
face-matching feature was never enabled.

2. Cost. The Department paid Clearview AI $2,400 for a one-year
subscription with three user licenses ($800 per user), invoice
CV-20191104, paid in November 2019. The subscription was not renewed
and no refund was sought. No other payment to any facial recognition
vendor was found.""", "WPD PRR 24-077 - Page 1 of 2"),
    (None, """\
3. Use. The administrator report Clearview AI provided when the
account was closed (enclosed) lists every search run under the
Department's account. The Department kept no separate search log.

    Calendar year     Searches run    Possible matches
                                      returned
    ---------------   ------------    ----------------
    2019 (Oct-Dec)              23                  11
    2020 (Jan-Oct)              58                  27
    ---------------   ------------    ----------------
    Total                       81                  38

Of these searches, 7 were run at the request of the Chittenden County
Sheriff's Office. No searches were run in 2021, 2022, 2023 or 2024.

4. Policies. While the subscription was active, a Chief's memorandum
of October 21, 2019 required officers to enter the case number of
each Clearview AI search in the case file. Department Directive
2020-14 (October 2020) states that no member may ask another agency to
run a facial recognition search for the Department. There is no
written policy prohibiting members from viewing facial recognition
results that another agency sends unasked; the Chief expects to
address that in a revision of the Directive later this year.

5. Fees. No fee is charged for this response. The 14 pages of
enclosed records would otherwise cost $0.25 per page ($3.50).

If you believe any record has been wrongly withheld, you may appeal to
the City Manager under 1 V.S.A. section 318.

Sincerely,

Lt. Owen Marchand
Records Custodian, Winooski Police Department

Enclosures (3): Clearview AI invoice CV-20191104; administrator report
(October 2020); Directive 2020-14""", "WPD PRR 24-077 - Page 2 of 2"),
], "pdf", WPD,
    [WPD, "Chittenden County Sheriff's Office", "Vermont General Assembly"],
    [CV, "BriefCam"],
    [],
    [C(2400, 2400, "year", "paid Clearview AI $2,400 for a one-year subscription", WPD, CV),
     C(800, 800, "year", "($800 per user)", WPD, CV, unit="per user")],
    [N(3, "exact", "licenses", None, "three user licenses", WPD, CV),
     N(23, "exact", "searches", "quarter", "2019 (Oct-Dec)              23", WPD, CV),
     N(58, "exact", "searches", "year", "2020 (Jan-Oct)              58", WPD, CV),
     N(81, "exact", "searches", None, "Total                       81", WPD, CV),
     N(38, "exact", "matches", None, "Total                       81                  38", WPD, CV),
     N(7, "exact", "requests", None, "7 were run at the request of the Chittenden County Sheriff's Office",
       WPD, CV)],
    [P("Under 20 V.S.A. section 4622, a law enforcement officer shall not use facial recognition technology or "
       "information derived from it unless the General Assembly authorizes the use.", WPD, "prohibition"),
     P("a Chief's memorandum of October 21, 2019 required officers to enter the case number of each Clearview "
       "AI search in the case file.", WPD, "requirement"),
     P("Department Directive 2020-14 (October 2020) states that no member may ask another agency to run a "
       "facial recognition search for the Department.", WPD, "prohibition")],
    [],
    ["2024-06-03", "2024-05-20", "2019-01-01", "2019-10", "2020-10", "2019", "2019-11", "2020", "2021",
     "2022", "2023", "2024", "2019-10-21"],
    scan="pdf")


# ---------------------------------------------------------------- 3 New Mexico: Clovis PD
CPD = "Clovis Police Department"
VT = "Veritone"


def R(no, desc, qty="", unit="", amt=""):
    """One invoice row: line number, description, quantity, unit price, amount (71 columns)."""
    return f"{no:<6}{desc:<38}{qty:>3}{unit:>12}{amt:>12}".rstrip()


L1 = R("", "Agency Tier 1, 07/01/2024-06/30/2025", "1", "14,750.00", "14,750.00")
L2 = R("2", "IDentify named-user license, 12 mo", "8", "625.00", "5,000.00")
L3 = R("", "(one-time, approx. 62,000 images)", "1", "3,200.00", "3,200.00")
L5 = R("5", "IDentify onsite investigator training", "1", "2,400.00", "2,400.00")
L4 = R("", "redaction, annual license (4 seats)", "1", "6,900.00", "6,900.00")
HDR = R("Line", "Description", "Qty", "Unit Price", "Amount")
RULE = R("----", "-" * 36, "---", "----------", "----------")
SUB = [R("", "", "", "Subtotal", "32,250.00"),
       R("", "NM gross receipts tax 7.8125%", "", "(exempt)", "0.00"),
       R("", "", "", "Shipping", "0.00"),
       R("", "", "", "TOTAL DUE", "32,250.00")]
doc("03_clovis-pd-veritone-identify-invoice.txt", [
    (None, """\
VERITONE, INC.                                                     INVOICE
Public Sector Accounts Receivable
P.O. Box 208517, Dallas, TX 75320-8517
Phone (888) 555-0164   ar@veritone.com   Fed. Tax ID 00-0000417

Invoice No.:   INV-PS-0062219            Invoice Date:   June 14, 2024
Customer ID:   C-NM-01188                Due Date:       July 14, 2024
Customer PO:   PO 24-001973              Terms:          Net 30

BILL TO                                 SHIP TO / END USER
City of Clovis                          Clovis Police Department
Accounts Payable                        Attn: Capt. Ramon Villalobos
321 N. Connelly Street                  300 Concho Drive
Clovis, NM 88101                        Clovis, NM 88101

{HDR}
{RULE}
1     Veritone IDentify subscription,
{L1}
{L2}
3     Booking image ingestion and indexing
{L3}
4     Veritone Redact body-worn video
{L4}
{L5}
      (2 days, travel included)
{SUB}
      NTTC on file for the gross receipts tax deduction.

Remit to: Veritone, Inc., P.O. Box 208517, Dallas, TX 75320-8517.
ACH: routing 000000210, account 4471-0093. Reference INV-PS-0062219.""".format(L1=L1, L2=L2, L3=L3, L4=L4, L5=L5, HDR=HDR, RULE=RULE,
                                                         SUB="\n".join(SUB)),
     "Veritone, Inc. - INV-PS-0062219 - Page 1 of 2"),
    (None, """\
NOTES AND TERMS

1. Line 1 covers unlimited searches of the customer's IDentify gallery
   for the term shown. Line 3 covers the one-time load of legacy
   booking photographs supplied by the Curry County Detention Center.
2. Use of Veritone IDentify is subject to the Veritone Public Sector
   Terms of Service. Customer agrees that an IDentify result is an
   investigative lead only and shall not be the sole basis for an
   arrest, a search warrant or any other law enforcement action.
3. Customer shall ensure that only personnel who have completed
   Veritone IDentify training are given named-user logins.
4. Late payments may accrue interest at 1.5% per month.

Questions: Public Sector Billing, (888) 555-0164, option 3.

-------------------------------------------------------------------------
CITY OF CLOVIS - ACCOUNTS PAYABLE APPROVAL
Received: 06/18/2024       Department: Police (2110)
PO: 24-001973              Account: 101-2110-52130 (software/subs)
Prior year IDentify invoice (FY2024): $18,200.00, paid 07/11/2023
Note: Line 4 (Redact) is charged to 101-2110-52140, body camera
program, not to the facial recognition line.
Approved for payment:  R. Villalobos, Capt.        Date: 06/20/2024
-------------------------------------------------------------------------""",
     "Veritone, Inc. - INV-PS-0062219 - Page 2 of 2"),
], "pdf", CPD,
    [CPD, "City of Clovis", "Curry County Detention Center"],
    [VT],
    ["Veritone IDentify", "Veritone Redact"],
    [C(14750, 14750, "year", L1.strip(), CPD, VT, "Veritone IDentify"),
     C(5000, 5000, "year", L2, CPD, VT, "Veritone IDentify"),
     C(625, 625, "year", L2[:59], CPD, VT, "Veritone IDentify", unit="per user"),
     C(3200, 3200, "one-time", L3.strip(), CPD, VT, "Veritone IDentify"),
     C(2400, 2400, None, L5, CPD, VT, "Veritone IDentify"),
     C(18200, 18200, "year", "Prior year IDentify invoice (FY2024): $18,200.00", CPD, VT, "Veritone IDentify")],
    [N(8, "exact", "licenses", None, L2[:47], CPD, VT),
     N(62000, "approximately", "images", None, "approx. 62,000 images", CPD, VT)],
    [P("Customer agrees that an IDentify result is an investigative lead only and shall not be the sole basis "
       "for an arrest, a search warrant or any other law enforcement action.", CPD, "disclaimer"),
     P("Customer shall ensure that only personnel who have completed Veritone IDentify training are given "
       "named-user logins.", CPD, "requirement")],
    [],
    ["2024-06-14", "2024-07-14", "2024-07-01", "2025-06-30", "2024-06-18", "2023-07-11", "2024-06-20"],
    scan="pdf")


# ---------------------------------------------------------------- 4 South Carolina: Aiken DPS
ADPS = "Aiken Department of Public Safety"
SLED = "South Carolina Law Enforcement Division"
MSI = "Motorola Solutions"
SUBJ = "Aiken DPS - FaceSearch/LPR budgetary quote Q-2025-00417"
Q1 = "1    Vigilant FaceSearch agency subscription     12 mo      $11,500.00"
Q2 = "2    FaceSearch Mobile add-on (10 users)         12 mo       $2,250.00"
Q3 = "     (approx. 38,500 images)                     one-time    $1,800.00"
doc("04_aiken-dps-facesearch-quote-outlook.txt", [
    ("Pruitt, Danielle", """\
From:     Hollis, Grant <ghollis@aikendps.gov>
Sent:     Thursday, February 6, 2025 10:14 AM
To:       Pruitt, Danielle <dpruitt@cityofaikensc.gov>
Cc:       Sawyer, Leon <lsawyer@aikendps.gov>
Subject:  FW: {SUBJ}

Danielle,

For the FY2026 budget request, please carry $15,550 for face
recognition (the FaceSearch lines only, items 1-3 of the Motorola
quote below). The four LPR cameras and LEARN hosting are going in
the separate Flock/LPR capital request, so leave items 4 and 5 out.

Capt. Sawyer's notes on policy are below. Call me with questions,
803-555-0121.

Grant

Maj. Grant Hollis
Investigations Bureau, Aiken Department of Public Safety""".format(SUBJ=SUBJ), "ADPS FOIA 25-031  Page 1 of 3"),
    ("Pruitt, Danielle", """\
________________________________
From: Sawyer, Leon <lsawyer@aikendps.gov>
Sent: Wednesday, February 5, 2025 4:37 PM
To: Hollis, Grant <ghollis@aikendps.gov>
Subject: RE: {SUBJ}

Major,

Some points before this goes to Finance:

- We sent 17 requests to SLED's facial recognition unit in 2024.
  SLED told me their system ran about 4,200 searches last year for
  all agencies, so turnaround is slow.
- General Order 4.12 already says no member may use a biometric
  identification tool unless the Director has approved it in
  writing. We would need that approval before go-live.
- GO 4.12 also says a face match is an investigative lead only and
  is not probable cause by itself.
- SLED's user agreement requires every user to complete SLED's face
  recognition training before getting access. I would like us to
  adopt the same rule for FaceSearch, plus a supervisor sign-off
  for each search. That is a proposal, not policy yet.

Leon""".format(SUBJ=SUBJ), "ADPS FOIA 25-031  Page 2 of 3"),
    ("Pruitt, Danielle", """\
________________________________
From: Kessler, Brooke <brooke.kessler@motorolasolutions.com>
Sent: Monday, February 3, 2025 9:02 AM
To: Hollis, Grant <ghollis@aikendps.gov>
Subject: {SUBJ}

Major Hollis,

As discussed, here is the budgetary quote for Aiken DPS. Pricing is
valid for 60 days and excludes South Carolina sales tax, if any.

Item Description                                 Term       Price
---- ------------------------------------------  ---------  -----------
{Q1}
     (10 named users)
{Q2}
3    Gallery setup - import ADPS booking photos
{Q3}
4    Fixed LPR camera, L5F, installed (x4)       --         $26,400.00
5    LEARN hosted LPR data, 4 cameras            12 mo       $3,960.00
                                                            -----------
     Quote total                                            $45,910.00

FaceSearch subscribers can also search the shared gallery of more
than 20 million booking photos contributed by other agencies.

Brooke Kessler
Account Executive, Motorola Solutions (Vigilant)
Tel. 864-555-0188""".format(SUBJ=SUBJ, Q1=Q1, Q2=Q2, Q3=Q3), "ADPS FOIA 25-031  Page 3 of 3"),
], "print", ADPS,
    [ADPS, SLED],
    [MSI, "Vigilant Solutions", "Flock Safety"],
    ["Vigilant FaceSearch", "FaceSearch Mobile", "Vigilant LEARN"],
    [C(15550, 15550, None, "please carry $15,550 for face recognition", ADPS, MSI, "Vigilant FaceSearch"),
     C(11500, 11500, "year", Q1, ADPS, MSI, "Vigilant FaceSearch"),
     C(2250, 2250, "year", Q2, ADPS, MSI, "FaceSearch Mobile"),
     C(1800, 1800, "one-time", Q3.strip(), ADPS, MSI, "Vigilant FaceSearch")],
    [N(10, "exact", "licenses", None, "(10 named users)", ADPS, MSI),
     N(38500, "approximately", "images", None, "(approx. 38,500 images)", ADPS, MSI),
     N(17, "exact", "requests", "year", "We sent 17 requests to SLED's facial recognition unit in 2024", ADPS,
       None),
     N(4200, "approximately", "searches", "year", "their system ran about 4,200 searches last year", SLED, None),
     N(20000000, "more than", "images", None, "more than 20 million booking photos", None, MSI)],
    [P("General Order 4.12 already says no member may use a biometric identification tool unless the Director "
       "has approved it in writing.", ADPS, "prohibition"),
     P("GO 4.12 also says a face match is an investigative lead only and is not probable cause by itself.",
       ADPS, "disclaimer"),
     P("SLED's user agreement requires every user to complete SLED's face recognition training before getting "
       "access.", SLED, "requirement")],
    [E("Hollis, Grant", "Pruitt, Danielle", "Thursday, February 6, 2025 10:14 AM", "FW: " + SUBJ),
     E("Sawyer, Leon", "Hollis, Grant", "Wednesday, February 5, 2025 4:37 PM", "RE: " + SUBJ),
     E("Kessler, Brooke", "Hollis, Grant", "Monday, February 3, 2025 9:02 AM", SUBJ)],
    ["2025-02-06", "2025-02-05", "2025-02-03", "2024"],
    scan="photocopy")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
