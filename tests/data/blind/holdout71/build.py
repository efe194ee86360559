"""Writes docs/*.txt and labels.json for holdout71 (six invented releases: OR, TX, GA, CO, MO, VA).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
Helpers and label format follow holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, policy kind)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75
MAX_LINES = 44
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
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Oregon: Tualatin PD, SHI quote
TPD = "Tualatin Police Department"
SHI = "SHI International"
VER = "Veritone"
IDN = "Veritone IDentify"
def row(ln, part, desc, qty, unit, ext, desc2=None):
    line = f"{ln:<3}{part:<16}{desc:<29}{qty:>3}{unit:>11}{ext:>13}"
    return line + ("\n" + " " * 19 + desc2 if desc2 else "")


HDR = f"{'Ln':<3}{'Part number':<16}{'Description':<29}{'Qty':>3}{'Unit price':>11}{'Extended':>13}"
R1 = row("1", "VRT-IDN-IMPL", "Veritone IDentify onboarding", "1", "6,500.00", "6,500.00",
         "and booking photo ingest")
R2 = row("2", "VRT-IDN-TRN-R", "IDentify remote training", "2", "850.00", "1,700.00", "(per session)")
R3 = row("3", "DEL-P2423D", "Dell 24 Monitor P2423D (front", "2", "219.00", "438.00",
         "counter, Records Unit)")
R4 = row("4", "VRT-IDN-SUB-U", "Veritone IDentify named user", "8", "1,250.00", "10,000.00",
         "subscription, 12 months")
R5 = row("5", "VRT-IDN-STG-250", "IDentify storage tier, up to", "1", "2,400.00", "2,400.00",
         "250,000 images, 12 months")


def tail(q):
    """The row text from the quantity column on (the shortest phrase carrying qty and prices)."""
    first = q.split("\n")[0]
    return first[48:].strip()


doc("01_tualatin-pd-shi-veritone-quote.txt", [
    (None, """\
SHI International Corp.
290 Davidson Avenue, Somerset, NJ 08873
Public Sector West - Portland Office   |   Tel (503) 555-0172

                              QUOTATION

Quote #:        SQ-25-0384417          Quote date:   March 4, 2025
Customer acct:  OR-TUA-118830          Valid until:  April 3, 2025
Contract:       NASPO ValuePoint Software VAR, OR PA #9604
Sold to:        City of Tualatin - Tualatin Police Department
                8650 SW Tualatin Road, Tualatin, OR 97062
Attn:           Lt. Marisol Hendrickx, Investigations
Account exec:   Devon Ashcombe, dashcombe@shi.example  ext. 4417

ONE-TIME ITEMS
""" + HDR + "\n" + "-" * 75 + "\n" + "\n".join([R1, R2, R3]) + """
                                        One-time subtotal:         8,638.00

ANNUAL ITEMS (12-month term, billed yearly in advance)
""" + HDR + "\n" + "-" * 75 + "\n" + "\n".join([R4, R5]) + """
                                        Annual subtotal:          12,400.00

                                        Shipping (Ln 3, ground):      24.95
                                        Sales tax (OR 0.00%):          0.00
                                        QUOTE TOTAL:          USD 21,062.95""", "SHI SQ-25-0384417   Page 1 of 2"),
    (None, """\
NOTES
a. Tualatin PD's booking archive to be loaded at onboarding is
   approximately 41,800 photos (per customer, 2/26/2025). The storage
   tier in line 5 allows growth to 250,000 images before an upgrade.
b. Annual items renew each year on the anniversary of activation. List
   price for line 4 is $1,495.00 per user; the price shown reflects the
   NASPO ValuePoint discount of 16.4%.
c. Line 3 is City IT equipment requested on the same order and is not
   part of the Veritone solution. It ships separately from Dell.
d. Per the Veritone end user terms, a candidate returned by IDentify is
   an investigative lead only and shall not be used as the sole basis
   for an arrest or a search warrant.
e. Payment terms Net 30. Oregon does not levy a state sales tax; no tax
   exemption certificate is required. Freight is FOB origin.
f. Please reference the quote number on your PO. Send POs to
   publicsector-west@shi.example or fax (503) 555-0199.

Accepted for the City of Tualatin:

______________________________   Date: ______________
Name / Title

Quote prepared by Devon Ashcombe, SHI International Corp. This quote
is not an invoice. Prices are subject to the terms of the contract
named above.""", "SHI SQ-25-0384417   Page 2 of 2"),
], "pdf", TPD,
    [TPD, "City of Tualatin"],
    [SHI, VER, "Dell"],
    [IDN, "Dell P2423D"],
    [C(6500, 6500, "one-time", R1.split("\n")[0][19:].strip(), TPD, SHI, IDN),
     C(1700, 1700, "one-time", tail(R2), TPD, SHI, IDN),
     C(850, 850, "one-time", tail(R2)[:-8].strip(), TPD, SHI, IDN, unit="per session"),
     C(10000, 10000, "year", R4.split("\n")[0][19:].strip(), TPD, SHI, IDN),
     C(1250, 1250, "year", tail(R4)[:-9].strip(), TPD, SHI, IDN, unit="per user"),
     C(2400, 2400, "year", R5.split("\n")[0][19:].strip(), TPD, SHI, IDN),
     C(12400, 12400, "year", "Annual subtotal:          12,400.00", TPD, SHI, IDN)],
    [N(8, "exact", "licenses", None, tail(R4), TPD, SHI),
     N(41800, "approximately", "images", None, "approximately 41,800 photos", TPD, VER)],
    [P("a candidate returned by IDentify is an investigative lead only and shall not be used as the sole basis "
       "for an arrest or a search warrant.", TPD, "disclaimer")],
    [],
    ["2025-03-04", "2025-04-03", "2025-02-26"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Texas: Smith County SO, commissioners court
SCSO = "Smith County Sheriff's Office"
SCC = "Smith County Commissioners Court"
CV = "Clearview AI"
doc("02_smith-county-tx-commissioners-court-clearview-order.txt", [
    (None, """\
SMITH COUNTY COMMISSIONERS COURT              AGENDA ITEM REQUEST
200 E. Ferguson Street, Suite 100, Tyler, Texas 75702

Meeting date:   Tuesday, May 13, 2025          Agenda item no.: 11
Department:     Sheriff's Office - Criminal Investigations Division
Presented by:   Chief Deputy Raymond Ostrowski, (903) 555-0118
Legal review:   Assistant County Attorney K. Lindqvist  [X] Approved

CAPTION
Consider, discuss and take action to approve a one-year subscription
agreement with Clearview AI, Inc. for investigative facial recognition
software for the Smith County Sheriff's Office, as a sole-source
purchase exempt from competitive bidding under Texas Local Government
Code Sec. 262.024(a)(7), and authorize the County Judge to sign.

BACKGROUND
Between January 6 and March 6, 2025 the Sheriff's Office used a
60-day no-cost trial of Clearview AI. During the trial, CID
investigators ran 187 searches on 41 open cases. Clearview states that
its database holds more than 60 billion publicly available images.
The request is for 10 investigator seats for the period June 1, 2025
through May 31, 2026.

Use of the software is governed by Sheriff's Office General Order 7.31
(Facial Recognition), adopted April 21, 2025. Under G.O. 7.31, searches
may be run only by CID investigators who have completed the vendor's
certification course, and only for an active criminal investigation
that has an incident number. A possible match is an investigative lead
only and is not probable cause for an arrest.

For comparison, the Tyler Police Department reports that it pays
$9,995 a year for five Clearview seats under its own contract.

FISCAL NOTE
  Agreement term ............ June 1, 2025 - May 31, 2026 (12 months)
  Seats ..................... 10 at $1,999.00 per seat per year
  Annual subscription ....... $19,990.00
  Funding source ............ Sheriff's Chapter 59 Forfeiture Fund,
                              line 217-5610-4421
  FY2025 amount budgeted .... $20,000.00
  General Fund impact ....... $0.00
  Recurring cost ............ Yes, subject to annual renewal by Court""",
     "Smith County Commissioners Court - 05/13/2025 - Item 11 - p. 1"),
    (None, """\
RECOMMENDATION
The Sheriff recommends approval. The Purchasing Department confirms
that Clearview AI is the sole provider of this service.

COURT ACTION - MAY 13, 2025

Discussion: Commissioner Pct. 4 Alton Bergqvist asked whether any
policy prohibits searches of people at lawful protests. The Chief
Deputy answered that G.O. 7.31 does not address protests at this time.
Commissioner Bergqvist proposed adding such a prohibition before
approval; no motion was made on the proposal.

Motion by Commissioner Pct. 3 Terry Vance, seconded by Commissioner
Pct. 1 Lorena Haskett, to approve Item 11 with the condition below.

Vote:  Ayes 4 (Judge Pruitt, Comm. Haskett, Comm. Delacroix,
       Comm. Vance)   Nays 1 (Comm. Bergqvist)   Motion carried 4-1.

                         COURT ORDER NO. 25-0513-11

IT IS THEREFORE ORDERED that the Smith County Commissioners Court
approves the subscription agreement with Clearview AI, Inc. for the
Smith County Sheriff's Office in an amount not to exceed $19,990.00,
payable from the Sheriff's Chapter 59 Forfeiture Fund, and authorizes
the County Judge to execute the agreement.

IT IS FURTHER ORDERED that the Sheriff shall provide the Court a
written report of the number of facial recognition searches run
under the agreement within 60 days after the term ends.

Separately on the same agenda (Item 12), the Court approved four
Axon Fleet 3 in-car camera systems for Patrol for $58,420.00
(Order No. 25-0513-12); that purchase is not related to Item 11.

Signed and entered May 13, 2025.

_________________________          ATTEST: _________________________
Nathaniel Pruitt, County Judge     Dana Whorley, County Clerk""",
     "Smith County Commissioners Court - 05/13/2025 - Item 11 - p. 2"),
], "pdf", SCSO,
    [SCSO, SCC, "Tyler Police Department", "Smith County Purchasing Department"],
    [CV, "Axon"],
    ["Clearview AI", "Axon Fleet 3"],
    [C(1999, 1999, "year", "10 at $1,999.00 per seat per year", SCSO, CV, unit="per user"),
     C(19990, 19990, "year", "Annual subscription ....... $19,990.00", SCSO, CV),
     C(20000, 20000, None, "FY2025 amount budgeted .... $20,000.00", SCSO, CV),
     C(9995, 9995, "year", "$9,995 a year for five Clearview seats", "Tyler Police Department", CV)],
    [N(187, "exact", "searches", None, "CID investigators ran 187 searches", SCSO, CV),
     N(60000000000, "more than", "images", None, "more than 60 billion publicly available images", None, CV),
     N(10, "exact", "licenses", None, "The request is for 10 investigator seats", SCSO, CV),
     N(5, "exact", "licenses", None, "$9,995 a year for five Clearview seats", "Tyler Police Department", CV)],
    [P("searches may be run only by CID investigators who have completed the vendor's certification course, and "
       "only for an active criminal investigation that has an incident number.", SCSO, "requirement"),
     P("A possible match is an investigative lead only and is not probable cause for an arrest.", SCSO,
       "disclaimer"),
     P("the Sheriff shall provide the Court a written report of the number of facial recognition searches run "
       "under the agreement within 60 days after the term ends.", SCSO, "requirement")],
    [],
    ["2025-05-13", "2025-01-06", "2025-03-06", "2025-06-01", "2026-05-31", "2025-04-21", "2025"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Georgia: Alpharetta PD, Gmail thread
APD = "Alpharetta Police Department"
SUBJ3 = "ORR 25-0611 - facial recognition records (CID)"
GH = "6/18/25, 3:47 PM      City of Alpharetta Mail - ORR 25-0611 - facial rec..."
doc("03_alpharetta-pd-gmail-orr-facial-recognition.txt", [
    (GH, """\
M Gmail                           Priya Okonkwo <pokonkwo@alpharetta.ga.us>

ORR 25-0611 - facial recognition records (CID)
3 messages

Records Unit <records@alpharetta.ga.us>        Mon, Jun 16, 2025 at 9:12 AM
To: "Det. Caleb Rourke" <crourke@alpharetta.ga.us>
Cc: "Sgt. Priya Okonkwo" <pokonkwo@alpharetta.ga.us>

Det. Rourke,

We received an open records request (ORR 25-0611) under O.C.G.A.
50-18-71 asking for (1) every facial recognition product CID has used
since 2023, (2) what we pay for it, (3) how many searches were run, and
(4) any written policy. Our response is due in 3 business days. Can you
send me what you have by Wednesday?

Thanks,
Tamsin Varga
Records Supervisor, Alpharetta Department of Public Safety
(678) 555-0140

Caleb Rourke <crourke@alpharetta.ga.us>        Mon, Jun 16, 2025 at 2:38 PM
To: Records Unit <records@alpharetta.ga.us>
Cc: "Sgt. Priya Okonkwo" <pokonkwo@alpharetta.ga.us>

Tamsin, answers below. Sarge, please check my numbers.

1. Clearview AI since March 2023. We have 4 Clearview accounts on the
   agency subscription. We also send probe photos to the GBI when we
   need a DDS driver's license comparison; GBI does not charge us.
2. The current Clearview renewal was $7,960 for the year (April 2025
   to April 2026). We have LexisNexis Accurint Virtual Crime Center too,
   $4,200 a year, but we do not use its face search module; it is for
   reports and LPR data only, so it should not be counted.
3. 312 searches in calendar 2024 per the Clearview admin dashboard.
4. I don't think there is a written policy. There is no policy
   prohibiting searches of social media photos that I know of.

Caleb""", "https://mail.google.com/mail/u/0/?ik=4be1c09d2f&view=pt  1/2"),
    (GH, """\
Priya Okonkwo <pokonkwo@alpharetta.ga.us>      Tue, Jun 17, 2025 at 8:05 AM
To: Caleb Rourke <crourke@alpharetta.ga.us>
Cc: Records Unit <records@alpharetta.ga.us>

Two corrections inline.

On Mon, Jun 16, 2025 at 2:38 PM Caleb Rourke <crourke@alpharetta.ga.us>
wrote:
> 1. Clearview AI since March 2023. We have 4 Clearview accounts on the
> agency subscription.

Four accounts, yes, but Det. Lyle's account has been locked since he
went to Patrol in January, so only 3 detectives actually used it this
year.

> 3. 312 searches in calendar 2024 per the Clearview admin dashboard.

Correct. For 2025 through May 31 the dashboard shows 141 searches.

> 4. I don't think there is a written policy.

There is. CID SOP 4.22, Facial Recognition, effective January 8, 2024.
Tamsin, attach it to the response. The parts the requester will care
about:
  - A search may be run only with a CID case number entered in the
    Clearview case field.
  - A Clearview result is an investigative lead only and may not be
    used as the sole basis for an arrest warrant.
  - Misuse of Clearview for personal reasons will result in loss of
    access and an Office of Professional Standards investigation.

The social media question is a proposal the Chief has asked us to draft
for the SOP; it is not in 4.22 yet, so leave it out of the response.

Sgt. Priya Okonkwo
Criminal Investigations Division, Alpharetta Police Department""",
     "https://mail.google.com/mail/u/0/?ik=4be1c09d2f&view=pt  2/2"),
], "print", APD,
    [APD, "Alpharetta Department of Public Safety", "Georgia Bureau of Investigation",
     "Georgia Department of Driver Services"],
    [CV, "LexisNexis"],
    ["Clearview AI", "Accurint Virtual Crime Center"],
    [C(7960, 7960, "year", "The current Clearview renewal was $7,960 for the year", APD, CV)],
    [N(4, "exact", "licenses", None, "We have 4 Clearview accounts", APD, CV),
     N(312, "exact", "searches", "year", "312 searches in calendar 2024", APD, CV),
     N(3, "exact", "users", None, "only 3 detectives actually used it", APD, CV),
     N(141, "exact", "searches", None, "the dashboard shows 141 searches", APD, CV)],
    [P("A search may be run only with a CID case number entered in the Clearview case field.", APD, "requirement"),
     P("A Clearview result is an investigative lead only and may not be used as the sole basis for an arrest "
       "warrant.", APD, "disclaimer"),
     P("Misuse of Clearview for personal reasons will result in loss of access and an Office of Professional "
       "Standards investigation.", APD, "consequence")],
    [E("Records Unit", "Det. Caleb Rourke", "Mon, Jun 16, 2025 at 9:12 AM", SUBJ3),
     E("Caleb Rourke", "Records Unit", "Mon, Jun 16, 2025 at 2:38 PM", SUBJ3),
     E("Priya Okonkwo", "Caleb Rourke", "Tue, Jun 17, 2025 at 8:05 AM", SUBJ3)],
    ["2025-06-18", "2025-06-16", "2025-06-17", "2023", "2023-03", "2025-04", "2026-04", "2024", "2025-05-31",
     "2024-01-08"],
    scan="print")


# ---------------------------------------------------------------- 4 Colorado: Castle Rock PD, SB 22-113 report
CRPD = "Castle Rock Police Department"
LUM = "Numerica"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SEARCHES = [14, 11, 17, 9, 13, 16, 12, 15, 10, 18, 12, 8]
MATCHES = [6, 4, 7, 3, 5, 8, 4, 6, 3, 7, 5, 2]
ARRESTS = [2, 1, 3, 0, 1, 2, 1, 2, 1, 3, 1, 0]
assert (sum(SEARCHES), sum(MATCHES), sum(ARRESTS)) == (155, 60, 17)


def trow(name, s, m, a):
    return f"  {name:<12}{s:>10}{m:>18}{a:>12}"


TROWS = [trow(n, s, m, a) for n, s, m, a in zip(MONTHS, SEARCHES, MATCHES, ARRESTS)]
TTOT = trow("Total", 155, 60, 17)
doc("04_castle-rock-pd-fr-accountability-report-2025.txt", [
    (None, """\
TOWN OF CASTLE ROCK POLICE DEPARTMENT
100 N. Wilcox Street, Castle Rock, CO 80104   Non-emergency (303) 555-0166

     FACIAL RECOGNITION SERVICE - ANNUAL ACCOUNTABILITY REPORT, 2025
  Prepared under Colorado Senate Bill 22-113, C.R.S. 24-18-301 to 309

Date of report: February 9, 2026         Reporting year: calendar 2025
Report owner:   Cmdr. Ingrid Falkenrath, Investigations Division

1. Name of the service and vendor (C.R.S. 24-18-302(2)(a))
The Department uses the facial recognition module of Lumen, a law
enforcement data-sharing platform made by Numerica Corporation. The
Department reaches Lumen through its membership in the Colorado
Information Sharing Consortium (CISC). Lumen compares a probe image
with a shared gallery of approximately 2.6 million booking photographs
contributed by CISC member agencies. The matching algorithm is licensed
from Rank One Computing.

2. Purpose and decisions supported
The service is used to develop investigative leads to identify
suspects, victims and witnesses in criminal investigations. It does
not make final decisions and is not used for real-time identification
from live video.

3. Cost
The Lumen facial recognition module cost the Department $7,400 for
2025 (annual fee). The Department's CISC membership dues of $2,850 a
year pay for records sharing and would be owed without the facial
recognition module. No grant funds were used.

4. Users and training
Eleven detectives and crime analysts held Lumen facial recognition
access during 2025. Each completed the training required by C.R.S.
24-18-305 before access was granted.

5. Monthly use, 2025
Searches are counted when a probe image is submitted. A possible match
is a candidate that a second reviewer confirmed as worth pursuing.""",
     "CRPD FRS Accountability Report 2025 - Page 1 of 2"),
    (None, """\
Table 1. Lumen facial recognition use by month, 2025

  Month         Searches   Possible matches     Arrests
  ----------  ----------  -----------------  ----------
""" + "\n".join(TROWS) + """
  ----------  ----------  -----------------  ----------
""" + TTOT + """

Possible matches were found in 38.7% of searches. Arrests counted here
are arrests in which a facial recognition lead was one of the factors.
For comparison, the Douglas County Sheriff's Office reported 402
searches in its own 2025 report.

6. Data management and use policy (CRPD Policy 3.44)
- Only trained members assigned to the Investigations Division may
  submit a search, and every search must carry a case number.
- A facial recognition result shall not be used as the only basis for
  probable cause for an arrest or a search.
- The Department shall not use the service for ongoing surveillance
  unless a warrant is obtained, as C.R.S. 24-18-307 requires.
- A member who misuses the service is subject to discipline up to and
  including termination.

7. Public engagement and proposed changes
The Department held a community meeting on this report on March 3,
2026. Staff have proposed evaluating Clearview AI in 2026 to search
open-source images; no decision has been made and no money is
budgeted for it.

Contact: Cmdr. Ingrid Falkenrath, (303) 555-0167, frs@crgov.example""",
     "CRPD FRS Accountability Report 2025 - Page 2 of 2"),
], "pdf", CRPD,
    [CRPD, "Colorado Information Sharing Consortium", "Douglas County Sheriff's Office"],
    [LUM, "Rank One Computing", CV],
    ["Lumen", "Clearview AI"],
    [C(7400, 7400, "year", "cost the Department $7,400 for 2025 (annual fee)", CRPD, LUM, "Lumen")],
    [N(2600000, "approximately", "images", None, "approximately 2.6 million booking photographs", None, LUM),
     N(11, "exact", "users", None, "Eleven detectives and crime analysts held Lumen facial recognition access",
       CRPD, LUM)]
    + [N(s, "exact", "searches", "month", r[:24].rstrip(), CRPD, LUM) for s, r in zip(SEARCHES, TROWS)]
    + [N(155, "exact", "searches", "year", TTOT[:24].rstrip(), CRPD, LUM),
       N(60, "exact", "matches", "year", TTOT[:42].rstrip(), CRPD, LUM),
       N(17, "exact", "arrests", "year", TTOT.rstrip(), CRPD, LUM),
       N(402, "exact", "searches", "year", "the Douglas County Sheriff's Office reported 402 searches",
         "Douglas County Sheriff's Office")],
    [P("The service is used to develop investigative leads to identify suspects, victims and witnesses in "
       "criminal investigations.", CRPD, "purpose"),
     P("Each completed the training required by C.R.S. 24-18-305 before access was granted.", CRPD,
       "requirement"),
     P("Only trained members assigned to the Investigations Division may submit a search, and every search "
       "must carry a case number.", CRPD, "requirement"),
     P("A facial recognition result shall not be used as the only basis for probable cause for an arrest or a "
       "search.", CRPD, "disclaimer"),
     P("The Department shall not use the service for ongoing surveillance unless a warrant is obtained, as "
       "C.R.S. 24-18-307 requires.", CRPD, "prohibition"),
     P("A member who misuses the service is subject to discipline up to and including termination.", CRPD,
       "consequence")],
    [],
    ["2026-02-09", "2025", "2026-03-03", "2026"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Missouri: O'Fallon PD, SOP
OPD = "O'Fallon Police Department"
REJIS = "Regional Justice Information Service"
DWP = "DataWorks Plus"
doc("05_ofallon-mo-pd-sop-facial-recognition.txt", [
    (None, """\
O'FALLON POLICE DEPARTMENT                  STANDARD OPERATING PROCEDURE
100 N. Main Street, O'Fallon, Missouri 63366

SOP No.:     3.19                     Subject:  Facial Recognition Searches
Effective:   September 2, 2024        Replaces: SOP 3.19 (March 1, 2021)
Approved:    Chief of Police           Pages:    3
CALEA ref.:  41.3.9, 42.1.3

I. PURPOSE
This procedure governs the use of facial recognition to compare an
image of an unknown person with booking photographs. The Department
searches through FACE Plus, a DataWorks Plus application hosted for
St. Louis area agencies by the Regional Justice Information Service
(REJIS). The REJIS gallery holds about 1.2 million booking photographs.

II. PROCEDURE
A. Authorized uses
   1. Facial recognition may be used to develop an investigative lead
      in a criminal investigation that has an O'Fallon report number.
   2. It may be used to identify a deceased person or a person who is
      unable to identify himself or herself because of injury or
      illness.
   3. Searches may be run only by the six (6) Criminal Investigations
      Unit analysts who hold FACE Plus accounts issued through REJIS.

B. Prohibited uses
   1. Members shall not run a search to identify a person engaged in
      lawful activity protected by the First Amendment, including
      demonstrations and religious gatherings.
   2. Members shall not use facial recognition for personal reasons or
      for any purpose outside a Department investigation.
   3. Members shall not use any facial recognition service other than
      FACE Plus, including free trials offered by other vendors,
      without written approval of the Chief.
   4. A candidate returned by FACE Plus shall not be the sole basis for
      an arrest, a search warrant or a photo lineup.""",
     "O'Fallon PD SOP 3.19 - Page 1 of 3"),
    (None, """\
C. Request form
   1. An officer who needs a search shall submit Form OPD-FR1,
      Facial Recognition Search Request, to the Criminal Investigations
      Unit. The form lists the report number, the offense, the source of
      the probe image, and the requesting supervisor's approval.
   2. The analyst shall record on Form OPD-FR1 the date of the search,
      the result (possible candidate / no candidate) and the name of the
      second analyst who reviewed any candidate.
   3. Requests from other agencies shall be referred to REJIS and shall
      not be run on an O'Fallon account.

D. Retention
   1. Completed OPD-FR1 forms and search logs shall be retained for
      five (5) years under the Missouri Secretary of State's local
      records retention schedule, and then destroyed.
   2. Probe images not linked to a case shall be deleted within 30
      days.
   3. Records under this SOP are closed or open as provided by the
      Missouri Sunshine Law, RSMo Chapter 610 (see RSMo 610.100).

E. Audits
   1. The Criminal Investigations Unit sergeant shall audit all
      OPD-FR1 forms against the REJIS search log each quarter.
   2. The Professional Standards Unit shall conduct an annual audit and
      report the number of searches and any violations to the Chief.

F. Discipline
   1. A member who violates this SOP shall be subject to discipline up
      to and including termination, and the member's FACE Plus account
      shall be suspended pending review.
   2. Misuse that violates state or federal law will be referred for
      criminal investigation.""",
     "O'Fallon PD SOP 3.19 - Page 2 of 3"),
    (None, """\
III. COST AND ACCESS (for information)
The Department's FACE Plus access is provided under its REJIS user
agreement. The facial recognition portion of the REJIS invoice is
$3,600 per year (REJIS account 0417-OPD). Mobile fingerprint readers
bought under the same agreement ($1,140 each) are not part of this SOP.

IV. PROPOSED AMENDMENT (DRAFT - NOT IN EFFECT)
Proposed Section G would allow patrol sergeants to request searches
from a mobile device at the scene of a violent felony. The amendment
has been sent to the City Attorney for review and has not been
adopted. Until it is adopted, no search may be requested from the
field except through Form OPD-FR1.

V. REVIEW
This SOP shall be reviewed annually by the Commander of the
Investigations Bureau.

By order of:
Chief Philip Vandermeer
O'Fallon Police Department
Distribution: All sworn personnel; Records; Professional Standards""",
     "O'Fallon PD SOP 3.19 - Page 3 of 3"),
], "pdf", OPD,
    [OPD, REJIS, "Missouri Secretary of State", "City of O'Fallon"],
    [DWP],
    ["FACE Plus"],
    [C(3600, 3600, "year", "$3,600 per year", OPD, REJIS, "FACE Plus")],
    [N(1200000, "approximately", "images", None, "The REJIS gallery holds about 1.2 million booking photographs",
       REJIS, DWP),
     N(6, "exact", "users", None, "six (6) Criminal Investigations Unit analysts who hold FACE Plus accounts",
       OPD, DWP)],
    [P("This procedure governs the use of facial recognition to compare an image of an unknown person with "
       "booking photographs.", OPD, "purpose"),
     P("Facial recognition may be used to develop an investigative lead in a criminal investigation that has an "
       "O'Fallon report number.", OPD, "permission"),
     P("It may be used to identify a deceased person or a person who is unable to identify himself or herself "
       "because of injury or illness.", OPD, "permission"),
     P("Searches may be run only by the six (6) Criminal Investigations Unit analysts who hold FACE Plus "
       "accounts issued through REJIS.", OPD, "requirement"),
     P("Members shall not run a search to identify a person engaged in lawful activity protected by the First "
       "Amendment, including demonstrations and religious gatherings.", OPD, "prohibition"),
     P("Members shall not use facial recognition for personal reasons or for any purpose outside a Department "
       "investigation.", OPD, "prohibition"),
     P("Members shall not use any facial recognition service other than FACE Plus, including free trials "
       "offered by other vendors, without written approval of the Chief.", OPD, "prohibition"),
     P("A candidate returned by FACE Plus shall not be the sole basis for an arrest, a search warrant or a "
       "photo lineup.", OPD, "disclaimer"),
     P("An officer who needs a search shall submit Form OPD-FR1, Facial Recognition Search Request, to the "
       "Criminal Investigations Unit.", OPD, "requirement"),
     P("The analyst shall record on Form OPD-FR1 the date of the search, the result (possible candidate / no "
       "candidate) and the name of the second analyst who reviewed any candidate.", OPD, "requirement"),
     P("Requests from other agencies shall be referred to REJIS and shall not be run on an O'Fallon account.",
       OPD, "requirement"),
     P("Completed OPD-FR1 forms and search logs shall be retained for five (5) years under the Missouri "
       "Secretary of State's local records retention schedule, and then destroyed.", OPD, "requirement"),
     P("Probe images not linked to a case shall be deleted within 30 days.", OPD, "requirement"),
     P("The Criminal Investigations Unit sergeant shall audit all OPD-FR1 forms against the REJIS search log "
       "each quarter.", OPD, "requirement"),
     P("The Professional Standards Unit shall conduct an annual audit and report the number of searches and "
       "any violations to the Chief.", OPD, "requirement"),
     P("A member who violates this SOP shall be subject to discipline up to and including termination, and the "
       "member's FACE Plus account shall be suspended pending review.", OPD, "consequence"),
     P("Misuse that violates state or federal law will be referred for criminal investigation.", OPD,
       "consequence"),
     P("Until it is adopted, no search may be requested from the field except through Form OPD-FR1.", OPD,
       "prohibition")],
    [],
    ["2024-09-02", "2021-03-01"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Virginia: Stafford County SO, CSV export
SSO = "Stafford County Sheriff's Office"
VIG = "Motorola Solutions"
LOG = [  # received, case, unit, probe, result, returned
    ("01/06/2025", "25-000214", "CID-PROP", "CCTV still", "POSSIBLE", "01/07/2025"),
    ("01/13/2025", "25-000577", "CID-PERS", "Doorbell cam", "NO MATCH", "01/13/2025"),
    ("01/21/2025", "25-000902", "PATROL-S", "Social media", "POSSIBLE", "01/22/2025"),
    ("01/29/2025", "25-001166", "CID-FIN", "ATM image", "NO MATCH", "01/30/2025"),
    ("02/04/2025", "25-001390", "CID-PROP", "CCTV still", "POSSIBLE", "02/05/2025"),
    ("02/11/2025", "25-001712", "NARC", "Phone photo", "NO MATCH", "02/12/2025"),
    ("02/18/2025", "25-002015", "CID-PERS", "CCTV still", "POSSIBLE", "02/18/2025"),
    ("02/26/2025", "25-002304", "FPD-OUTSIDE", "CCTV still", "NO MATCH", "02/27/2025"),
    ("03/05/2025", "25-002611", "CID-FIN", "Bank video", "POSSIBLE", "03/06/2025"),
    ("03/12/2025", "25-002948", "PATROL-N", "Doorbell cam", "NO MATCH", "03/12/2025"),
    ("03/19/2025", "25-003187", "CID-PROP", "CCTV still", "NO MATCH", "03/20/2025"),
    ("03/27/2025", "25-003455", "CID-PERS", "Social media", "POSSIBLE", "03/28/2025"),
    ("04/02/2025", "25-003702", "FPD-OUTSIDE", "Store video", "POSSIBLE", "04/03/2025"),
    ("04/09/2025", "25-003981", "NARC", "Phone photo", "NO MATCH", "04/10/2025"),
    ("04/16/2025", "25-004240", "CID-PROP", "CCTV still", "POSSIBLE", "04/16/2025"),
    ("04/24/2025", "25-004533", "CID-FIN", "ATM image", "NO MATCH", "04/25/2025"),
    ("05/01/2025", "25-004790", "CID-PERS", "CCTV still", "NO MATCH", "05/02/2025"),
    ("05/08/2025", "25-005062", "PATROL-S", "Body cam still", "DECLINED", "05/08/2025"),
    ("05/15/2025", "25-005318", "CID-PROP", "Store video", "POSSIBLE", "05/16/2025"),
    ("05/22/2025", "25-005601", "FPD-OUTSIDE", "CCTV still", "NO MATCH", "05/23/2025"),
    ("06/03/2025", "25-005944", "CID-PERS", "Doorbell cam", "POSSIBLE", "06/04/2025"),
    ("06/11/2025", "25-006217", "CID-FIN", "Bank video", "NO MATCH", "06/12/2025"),
    ("06/19/2025", "25-006488", "NARC", "Phone photo", "POSSIBLE", "06/20/2025"),
    ("06/26/2025", "25-006760", "CID-PROP", "CCTV still", "NO MATCH", "06/27/2025"),
]
NPOS = sum(r[4] == "POSSIBLE" for r in LOG)
NNO = sum(r[4] == "NO MATCH" for r in LOG)
NDEC = sum(r[4] == "DECLINED" for r in LOG)
NFPD = sum(r[2] == "FPD-OUTSIDE" for r in LOG)
assert (len(LOG), NPOS, NNO, NDEC, NFPD) == (24, 11, 12, 1, 3), (len(LOG), NPOS, NNO, NDEC, NFPD)
CSV = ["req_id,date_received,case_no,req_unit,probe_source,result,date_returned"]
for i, r in enumerate(LOG, 1):
    CSV.append(f"FR25-{i:03d},{r[0]},{r[1]},{r[2]},{r[3]},{r[4]},{r[5]}")
PH6 = "FR_Request_Log_CY2025.xlsx - sheet Log (printed as CSV)"
doc("06_stafford-county-so-fr-request-log-csv.txt", [
    (PH6, "\n".join(CSV[:21]), "Stafford County Sheriff's Office FOIA 25-1187   Page 1 of 2"),
    ("FR_Request_Log_CY2025.xlsx - sheets Log (cont.) and Summary", "\n".join(CSV[21:]) + """

--- sheet: Summary ---
row,item,value,notes
1,period,01/01/2025-06/30/2025,first half of calendar 2025
2,requests logged,24,all units incl. outside agency
3,possible match,11,candidate confirmed by 2nd analyst
4,no match,12,
5,declined,1,body cam still of protest - G.O. 2-41 sec. IV.C
6,requests from Fredericksburg PD (FPD-OUTSIDE),3,run under MOU 2023-07
7,Clearview AI seats,4,CID analysts only
8,Clearview AI cost per seat,"$1,990.00",per seat per year
9,Clearview AI annual subscription,"$7,960.00",renewed 03/01/2025
10,Vigilant FaceSearch (Motorola),$0.00,bundled in LPR subscription
11,Vigilant LPR subscription,"$24,500.00",LPR only - not FR
12,FY2026 budget request,"$11,940.00",proposed: 6 seats
13,Va. Code sec.,15.2-1723.2,NIST-evaluated products only
14,policy,G.O. 2-41,FR result is a lead only - not probable cause
15,prepared by,Analyst R. Quintanilla,(540) 555-0123 ext. 2217""",
     "Stafford County Sheriff's Office FOIA 25-1187   Page 2 of 2"),
], "print", SSO,
    [SSO, "Fredericksburg Police Department"],
    [CV, VIG, "Vigilant Solutions"],
    ["Clearview AI", "Vigilant FaceSearch"],
    [C(1990, 1990, "year", '"$1,990.00",per seat per year', SSO, CV, unit="per user"),
     C(7960, 7960, "year", 'Clearview AI annual subscription,"$7,960.00"', SSO, CV),
     C(11940, 11940, "year", 'FY2026 budget request,"$11,940.00",proposed: 6 seats', SSO, CV)],
    [N(24, "exact", "requests", None, "requests logged,24", SSO),
     N(11, "exact", "matches", None, "possible match,11", SSO),
     N(3, "exact", "requests", None, "requests from Fredericksburg PD (FPD-OUTSIDE),3", SSO),
     N(4, "exact", "licenses", None, "Clearview AI seats,4", SSO, CV),
     N(6, "exact", "licenses", None, "proposed: 6 seats", SSO, CV)],
    [P("NIST-evaluated products only", SSO, "requirement"),
     P("FR result is a lead only - not probable cause", SSO, "disclaimer")],
    [],
    sorted({f"{d[6:]}-{d[:2]}-{d[3:5]}" for r in LOG for d in (r[0], r[5])}
           | {"2025-01-01", "2025-06-30", "2025-03-01", "2023-07", "2026", "2025"}),
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
