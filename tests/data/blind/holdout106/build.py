"""Writes docs/*.txt and labels.json for holdout106 (four invented releases: IL, LA, SD, NH).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
Helpers and label format follow holdout42; policies also carry `kind`."""
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


def P(quote, agency, kind):
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
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))




# ---------------------------------------------------------------- 1 Illinois: Waukegan PD (PO + invoice)
WPD = "Waukegan Police Department"
MSI = "Motorola Solutions"
VIG = "Vigilant Solutions"
FS = "Vigilant FaceSearch"
doc("01_waukegan-pd-facesearch-po-invoice.txt", [
    (None, """\
CITY OF WAUKEGAN
Finance Department - Purchasing Division
100 N. Martin Luther King Jr. Ave., Waukegan, IL 60085   (847) 555-0172

PURCHASE ORDER
PO Number:    2024-001873              PO Date:     02/12/2024
Requisition:  R24-0419                 Buyer:       T. Okafor
Department:   Police - Investigations  Account:     101-2110-53250

VENDOR                                 SHIP TO
Motorola Solutions, Inc. (No. 004418) Waukegan Police Department
(Vigilant Solutions)                   Attn: Cmdr. Luis Arreola
500 W. Monroe St., Suite 4400          101 N. West Street
Chicago, IL 60661                      Waukegan, IL 60085

Ln  Description                          Qty   Unit Price     Extended
--  -----------------------------------  ---  -----------  -----------
1   Vigilant FaceSearch, agency            8    $1,150.00    $9,200.00
    license, 12 months (03/01/2024 -
    02/28/2025)
2   FaceSearch Mobile add-on, 12 months                      $1,600.00
    (8 users)
3   LEARN commercial LPR data access,      1    $6,500.00    $6,500.00
    12 months (not facial recognition)
4   FaceSearch administrator onboarding                        $750.00
    and training, one-time fee
                                                Subtotal    $18,050.00
                                       Freight / handling        $0.00
                          Sales tax (exempt, IL E9998-1736-06)   $0.00
                                                PO TOTAL    $18,050.00

SPECIAL CONDITIONS
A. Renewal of the prior-year FaceSearch subscription (PO 2023-000912),
   which cost $8,400 for 6 users. Two seats are added for the Gang
   Crimes Unit.
B. Access to FaceSearch is limited to sworn investigators who have
   completed the vendor's user training and signed the WPD
   acknowledgment form.
C. Vendor warrants compliance with the Biometric Information Privacy
   Act, 740 ILCS 14/1 et seq., for any data it stores.

Approved: Capt. Renata Szymanski 02/09/2024; Finance Director 02/12/2024""", "WPD FOIA 24-1187   Page 1"),
    (None, """\
MOTOROLA SOLUTIONS, INC.                                        INVOICE
Vigilant Solutions
Remit to: P.O. Box 404059, Atlanta, GA 30384-4059
Questions: (800) 555-0190   ar.vigilant@motorolasolutions.com

Invoice No.:  9014477321             Invoice Date:  March 4, 2024
Customer No.: 1002216843             Customer PO:   2024-001873
Bill To:      City of Waukegan - Accounts Payable
Terms:        Net 30                 Due Date:      April 3, 2024

Item        Description                                        Amount
----------  ---------------------------------------------  ----------
FS-ENT-12   FaceSearch Enterprise, 12 mo, 8 users @ 1,150    9,200.00
FS-MOB-12   FaceSearch Mobile, 12 mo (8 users)               1,600.00
LRN-DATA    LEARN commercial LPR data, 12 mo                 6,500.00
SVC-TRN     Remote administrator training (2 sessions)         750.00
PROMO-FS    Loyalty credit, FaceSearch renewal                -400.00
                                                 Subtotal   17,650.00
                                           Tax (exempt)          0.00
                                          AMOUNT DUE USD   17,650.00

Service period: 03/01/2024 - 02/28/2025. Searches are unlimited during
the service period. Please reference the invoice number on remittance.
A late fee of 1.5% per month applies to balances over 30 days.

Received by: ___L. Arreola___   Date: 3/6/24
Accounts Payable: voucher 24-03318, check 118742, 03/27/2024""", "WPD FOIA 24-1187   Page 2"),
], "pdf", WPD,
    [WPD, "City of Waukegan"],
    [MSI, VIG],
    [FS, "FaceSearch Mobile", "LEARN"],
    [C(9200, 9200, "year", "Vigilant FaceSearch, agency 8 $1,150.00 $9,200.00", WPD, MSI, FS),
     C(1150, 1150, "year", "8 $1,150.00", WPD, MSI, FS, unit="per user"),
     C(1600, 1600, "year", "FaceSearch Mobile add-on, 12 months $1,600.00", WPD, MSI, "FaceSearch Mobile"),
     C(750, 750, "one-time", "FaceSearch administrator onboarding $750.00 and training, one-time fee", WPD, MSI, FS),
     C(8400, 8400, "year", "which cost $8,400 for 6 users", WPD, MSI, FS)],
    [N(8, "exact", "licenses", None, "Vigilant FaceSearch, agency 8", WPD, MSI),
     N(6, "exact", "licenses", None, "which cost $8,400 for 6 users", WPD, MSI)],
    [P("Access to FaceSearch is limited to sworn investigators who have completed the vendor's user "
       "training and signed the WPD acknowledgment form.", WPD, "requirement")],
    [],
    ["2024-02-12", "2024-02-09", "2024-03-01", "2025-02-28", "2024-03-04", "2024-04-03", "2024-03-06",
     "2024-03-27"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Louisiana: Opelousas PD (Gmail thread)
OPD = "Opelousas Police Department"
VT = "Veritone"
ID = "Veritone IDentify"
SUBJ2 = "Public Records Request - Facial Recognition (OPD R-24-117)"
GHDR = "7/22/24, 3:41 PM    Gmail - Public Records Request - Facial Recognitio..."
doc("02_opelousas-pd-records-reply-gmail.txt", [
    (GHDR, """\
Gmail                            Dana Broussard <dbroussard.news@gmail.com>

Public Records Request - Facial Recognition (OPD R-24-117)
3 messages

Dana Broussard <dbroussard.news@gmail.com>      Mon, Jul 1, 2024 at 9:12 AM
To: records@opdla.org

Dear Records Custodian,

Under the Louisiana Public Records Law, La. R.S. 44:1 et seq., I ask
for records showing (1) any facial recognition product the Opelousas
Police Department uses, with its cost; (2) the number of searches run
in 2023 and 2024; (3) the number of users; and (4) any written policy
on its use. Figures in an email are fine in place of copies.

Thank you,
Dana Broussard
Acadiana Ledger, (337) 555-0113

Monique Fontenot <mfontenot@opdla.org>          Wed, Jul 3, 2024 at 2:27 PM
To: Dana Broussard <dbroussard.news@gmail.com>

Ms. Broussard,

We received your request on July 1 and assigned it number R-24-117.
Under La. R.S. 44:33 we will respond within three business days or
tell you when the records will be available. I expect to answer with
figures by July 19.

Monique Fontenot
Records Custodian, Opelousas Police Department
(337) 555-0146""", "https://mail.google.com/mail/u/0/?ik=4be2c91f0d&view=pt      1/2"),
    (GHDR, """\
Monique Fontenot <mfontenot@opdla.org>        Fri, Jul 19, 2024 at 11:05 AM
To: Dana Broussard <dbroussard.news@gmail.com>
Cc: Lt. Andre Guidry <aguidry@opdla.org>

Ms. Broussard, here are the answers to R-24-117:

1. Product and cost. The Department uses IDentify, sold by Veritone,
   Inc., since October 2022. We paid a one-time setup fee of $3,500 in
   2022. The subscription is $14,400 per year; the 2024-25 renewal is
   $15,120 per year after a 5% increase. The Department has never
   contracted with Clearview AI.
2. Searches. Investigators ran 212 searches in calendar year 2023 and
   97 searches from January 1 through June 30, 2024. IDentify reported
   31 possible matches that became investigative leads in 2023.
   Separately, we sent 14 requests to the Louisiana State Analytical
   and Fusion Exchange (LA-SAFE) for searches we could not run.
3. Users and gallery. Five detectives hold IDentify accounts. The
   gallery holds 61,208 booking photographs taken by OPD and the St.
   Landry Parish Sheriff's Office since 2009.
4. Policy. Policy 612 (Facial Recognition) requires a supervisor's
   approval before any search. Under Policy 612, a possible match is
   not probable cause and may not be the sole basis for an arrest.

The 18 pages behind these answers are available at $1.00 per page
($18.00); we have waived the fee. The Department's body cameras (Axon
Body 4, $112,600 over five years) do not use facial recognition.

Monique Fontenot
Records Custodian, Opelousas Police Department""",
     "https://mail.google.com/mail/u/0/?ik=4be2c91f0d&view=pt      2/2"),
], "print", OPD,
    [OPD, "Louisiana State Analytical and Fusion Exchange", "St. Landry Parish Sheriff's Office"],
    [VT, "Clearview AI", "Axon"],
    [ID, "Axon Body 4"],
    [C(3500, 3500, "one-time", "a one-time setup fee of $3,500", OPD, VT, ID),
     C(14400, 14400, "year", "The subscription is $14,400 per year", OPD, VT, ID),
     C(15120, 15120, "year", "the 2024-25 renewal is $15,120 per year", OPD, VT, ID)],
    [N(212, "exact", "searches", "year", "212 searches in calendar year 2023", OPD, VT),
     N(97, "exact", "searches", None, "97 searches from January 1 through June 30, 2024", OPD, VT),
     N(31, "exact", "leads", "year", "31 possible matches that became investigative leads in 2023", OPD, VT),
     N(14, "exact", "requests", None, "we sent 14 requests to the Louisiana State Analytical", OPD),
     N(5, "exact", "users", None, "Five detectives hold IDentify accounts", OPD, VT),
     N(61208, "exact", "images", None, "The gallery holds 61,208 booking photographs", OPD, VT)],
    [P("Policy 612 (Facial Recognition) requires a supervisor's approval before any search.", OPD,
       "requirement"),
     P("a possible match is not probable cause and may not be the sole basis for an arrest.", OPD,
       "disclaimer")],
    [E("Dana Broussard", "records@opdla.org", "Mon, Jul 1, 2024 at 9:12 AM", SUBJ2),
     E("Monique Fontenot", "Dana Broussard", "Wed, Jul 3, 2024 at 2:27 PM", SUBJ2),
     E("Monique Fontenot", "Dana Broussard", "Fri, Jul 19, 2024 at 11:05 AM", SUBJ2)],
    ["2024-07-22", "2024-07-01", "2024-07-03", "2024-07-19", "2022-10", "2022", "2023", "2024-01-01",
     "2024-06-30", "2009"],
    scan="print")


# ---------------------------------------------------------------- 3 South Dakota: Mitchell PD (general order)
MPD = "Mitchell Police Department"
CV = "Clearview AI"
doc("03_mitchell-pd-general-order-facial-recognition.txt", [
    (None, """\
MITCHELL POLICE DEPARTMENT                          GENERAL ORDER 4.27
201 W. 1st Avenue, Mitchell, South Dakota 57301        Page 1 of 2

Subject:    FACIAL RECOGNITION TECHNOLOGY
Effective:  September 3, 2024          Review date: September 2025
Rescinds:   Interim Directive 23-05    Approved: Chief Dale Ostrander

1. PURPOSE
1.1 This order sets rules for the use of facial recognition technology
    (FRT) by members of the Mitchell Police Department.
1.2 FRT may be used only to help identify a suspect, victim or witness
    in an active criminal investigation, a missing or endangered
    person, or a deceased person.

2. AUTHORIZED SYSTEM
2.1 The approved system is Clearview AI, used through the Department's
    agency account. The Department holds six (6) user licenses. The
    annual subscription, currently $5,400, is paid from Investigations
    account 101-421-4260.
2.2 Members shall not use any other facial recognition service,
    including free trial accounts offered by vendors.

3. AUTHORIZED USERS
3.1 Only members who have completed the vendor's training and the
    Department's 2-hour FRT block may be issued an account.
3.2 The Chief of Police may authorize a sergeant to run a search on
    behalf of another agency in an emergency.

4. PROCEDURES
4.1 Every search shall be recorded with a case number and the offense
    under investigation.
4.2 FRT shall not be used on live or recorded video streams, or to
    identify persons engaged in lawful activity protected by the First
    Amendment.
4.3 Nothing in this order prohibits a member from asking the South
    Dakota Fusion Center to run a search.""", "MPD GO 4.27"),
    (None, """\
MITCHELL POLICE DEPARTMENT                          GENERAL ORDER 4.27
FACIAL RECOGNITION TECHNOLOGY                           Page 2 of 2

5. USE OF RESULTS
5.1 A candidate returned by FRT is an investigative lead only and is
    not probable cause for an arrest or a search warrant.
5.2 Investigators shall independently verify a candidate's identity
    before taking any enforcement action.

6. AUDIT AND RECORDS
6.1 The Investigations Lieutenant shall audit the search log each
    quarter and report the results to the Chief within 30 days.
6.2 Search logs shall be retained for five (5) years.

7. HISTORY
7.1 Under Interim Directive 23-05 members ran 143 searches between
    March 1 and December 31, 2023. Clearview AI states that its
    database holds more than 40 billion facial images.

8. VIOLATIONS
8.1 Misuse of FRT will result in discipline up to and including
    termination and may be referred for prosecution under SDCL
    22-21-1 or other applicable law.

9. PROPOSED AMENDMENT (DRAFT - NOT ADOPTED)
9.1 Proposed section 4.4 would allow searches of still images taken
    from the City's Flock Safety cameras. It has not been approved and
    is not in effect.

By order of:

Dale Ostrander
Chief of Police""", "MPD GO 4.27"),
], "pdf", MPD,
    [MPD, "South Dakota Fusion Center"],
    [CV, "Flock Safety"],
    [],
    [C(5400, 5400, "year", "The annual subscription, currently $5,400", MPD, CV)],
    [N(6, "exact", "licenses", None, "The Department holds six (6) user licenses.", MPD, CV),
     N(143, "exact", "searches", None, "members ran 143 searches", MPD, CV),
     N(40000000000, "more than", "images", None, "its database holds more than 40 billion facial images", None, CV)],
    [P("FRT may be used only to help identify a suspect, victim or witness in an active criminal "
       "investigation, a missing or endangered person, or a deceased person.", MPD, "purpose"),
     P("Members shall not use any other facial recognition service, including free trial accounts offered "
       "by vendors.", MPD, "prohibition"),
     P("Only members who have completed the vendor's training and the Department's 2-hour FRT block may be "
       "issued an account.", MPD, "requirement"),
     P("The Chief of Police may authorize a sergeant to run a search on behalf of another agency in an "
       "emergency.", MPD, "permission"),
     P("Every search shall be recorded with a case number and the offense under investigation.", MPD,
       "requirement"),
     P("FRT shall not be used on live or recorded video streams, or to identify persons engaged in lawful "
       "activity protected by the First Amendment.", MPD, "prohibition"),
     P("A candidate returned by FRT is an investigative lead only and is not probable cause for an arrest "
       "or a search warrant.", MPD, "disclaimer"),
     P("Investigators shall independently verify a candidate's identity before taking any enforcement "
       "action.", MPD, "requirement"),
     P("The Investigations Lieutenant shall audit the search log each quarter and report the results to "
       "the Chief within 30 days.", MPD, "requirement"),
     P("Search logs shall be retained for five (5) years.", MPD, "requirement"),
     P("Misuse of FRT will result in discipline up to and including termination and may be referred for "
       "prosecution under SDCL 22-21-1 or other applicable law.", MPD, "consequence")],
    [],
    ["2024-09-03", "2025-09", "2023-03-01", "2023-12-31"],
    scan="pdf")


# ---------------------------------------------------------------- 4 New Hampshire: Exeter PD (Slack export)
EPD = "Exeter Police Department"
PPD = "Portsmouth Police Department"
doc("04_exeter-pd-analysts-slack-export.txt", [
    (None, """\
Slack export - workspace: seacoast-analysts   channel: #face-search
Exported 2024-12-09 14:22 EST by Exeter PD (RSA 91-A request 24-077)
Members: Kayla Dufresne (Exeter PD), Tyler Keane (Portsmouth PD)

--- Tuesday, November 12, 2024 ---
[9:14 AM] Kayla Dufresne: Clearview renewal quote came in this morning.
          $4,950 for 3 seats for the year, which is $1,650 a seat.
[9:16 AM] Kayla Dufresne: last year we paid $3,600 for 2 seats so the
          per-seat price went up a lot
[9:21 AM] Tyler Keane: ouch. we're at $7,200 a year for our 5 seats,
          locked in until next June
[9:22 AM] Tyler Keane: they offered us 10% off if we sign for 3 years
[9:30 AM] Kayla Dufresne: how much are you actually using it? I ran 118
          searches in FY24 (Jul 1 2023 - Jun 30 2024)
[9:33 AM] Tyler Keane: admin panel says 340 searches so far this
          calendar year, across all 5 accounts
[9:34 AM] Tyler Keane: rep also keeps saying they're past 50 billion
          images now :eyeroll:
[9:41 AM] Kayla Dufresne: did you ever get pricing from Veritone?
[9:44 AM] Tyler Keane: yeah, IDentify was five figures. not happening
          on our budget
[9:45 AM] Tyler Keane: and our Flock cameras are $3,000 per camera per
          year, council wants those first

--- Wednesday, November 13, 2024 ---
[8:02 AM] Kayla Dufresne: reminder from the Chief's memo 24-19: every
          search needs a case number in the notes field, no exceptions
[8:05 AM] Tyler Keane: same here. and RSA 105-D:2 means nobody runs
          body cam footage through it, period
[8:07 AM] Kayla Dufresne: right. and a hit is a lead only, we never put
          it in an affidavit as the ID
[10:48 AM] Kayla Dufresne: Lt. Pelletier approved the renewal at 3
           seats. PO goes out Friday.
[10:49 AM] Tyler Keane: :thumbsup:

--- End of export (19 messages, 2 members) ---""", "EXETER PD 91-A 24-077  0004"),
], "pdf", EPD,
    [EPD, PPD],
    [CV, VT, "Flock Safety"],
    [ID],
    [C(4950, 4950, "year", "$4,950 for 3 seats for the year", EPD, CV),
     C(1650, 1650, "year", "which is $1,650 a seat", EPD, CV, unit="per user"),
     C(3600, 3600, "year", "last year we paid $3,600 for 2 seats", EPD, CV),
     C(7200, 7200, "year", "we're at $7,200 a year for our 5 seats", PPD, CV)],
    [N(3, "exact", "licenses", None, "$4,950 for 3 seats for the year", EPD, CV),
     N(2, "exact", "licenses", None, "last year we paid $3,600 for 2 seats", EPD, CV),
     N(5, "exact", "licenses", None, "we're at $7,200 a year for our 5 seats", PPD, CV),
     N(118, "exact", "searches", "year", "I ran 118 searches in FY24", EPD, CV),
     N(340, "exact", "searches", None, "admin panel says 340 searches so far this calendar year", PPD, CV),
     N(50000000000, "more than", "images", None, "they're past 50 billion images", None, CV)],
    [P("every search needs a case number in the notes field, no exceptions", EPD, "requirement"),
     P("RSA 105-D:2 means nobody runs body cam footage through it, period", PPD, "prohibition"),
     P("a hit is a lead only, we never put it in an affidavit as the ID", EPD, "disclaimer")],
    [],
    ["2024-12-09", "2024-11-12", "2024-11-13", "2023-07-01", "2024-06-30"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
