"""Writes docs/*.txt and labels.json for holdout82 (six invented releases: PA, MN, KY, CO, TX, WA).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and each policy has a `kind`."""
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


# ---------------------------------------------------------------- 1 Pennsylvania: Williamsport Bureau of Police
WBP = "Williamsport Bureau of Police"
VER = "Veritone"
IDN = "Veritone IDentify"
doc("01_williamsport-bop-veritone-identify-quote.txt", [
    (None, """\
VERITONE, INC.
Public Sector Sales
1615 Platte Street, 2nd Floor, Denver, CO 80202  |  (888) 555-0117

                                                      SALES QUOTATION

Quote No.:    VQ-24-118730                 Quote date:  October 14, 2024
Valid until:  December 13, 2024            Sales rep:   Dana Pruitt
Prepared for: City of Williamsport - Bureau of Police
              245 West Fourth Street, Williamsport, PA 17701
Attention:    Capt. Marcus Hale, Criminal Investigation Division
Customer ID:  C-88214                      Terms:       Net 30

Ln  Description                                            Amount (USD)
--  ---------------------------------------------------   ------------
1   Veritone IDentify face search, perpetual license         18,500.00
    (10 seats at $1,850.00 per seat), includes year-1
    maintenance, 02/01/2025 - 01/31/2026
2   One-time setup: ingestion of Lycoming County Prison       4,750.00
    booking photos (approx. 46,000 images), system
    configuration, two remote administrator trainings
3   Annual maintenance and support, years 2 and 3            12,400.00
    ($6,200.00 per year), 02/01/2026 - 01/31/2028
4   Veritone Redact, body-worn camera video redaction         9,600.00
    (4 seats), 12-month subscription
--  ---------------------------------------------------   ------------
                                              Subtotal       45,250.00
                            PA sales tax (6%) - exempt            0.00
                                                 TOTAL       45,250.00

Notes
1. Line 4 was quoted at the customer's request. It is a separate
   product and may be ordered with or without Lines 1-3.
2. Prices follow Veritone's COSTARS-034 contract schedule. A 2%
   discount applies if this quote is accepted by November 15, 2024.
3. No shipping is charged; all items are delivered electronically.
4. Customer is exempt from Pennsylvania sales tax (exemption
   certificate no. 75-6001237 on file).""", "Quote VQ-24-118730   Page 1 of 2"),
    (None, """\
CUSTOMER OBLIGATIONS FOR VERITONE IDENTIFY
(summary of Section 6 of the Veritone Public Safety Terms of Service)

a. Customer shall limit access to IDentify to sworn officers and
   crime analysts who have completed Veritone's user training.
b. A possible match returned by IDentify is an investigative lead
   only and is not a positive identification of any person.
c. Customer may not use IDentify to identify or monitor persons
   because they take part in lawful First Amendment activity.
d. Customer owns its booking photographs. Veritone will delete them
   within 30 days after the license and maintenance end.

Year-1 maintenance is included in Line 1. Maintenance for years 2
and 3 is invoiced each February 1 at the rate shown in Line 3; if
maintenance lapses, the license remains valid but updates stop.

ACCEPTANCE

Accepted for the City of Williamsport, Pennsylvania:

Signature: ___________________________    Date: _______________

Name/Title: ___________________________

City PO No.: _________________________

Questions: Dana Pruitt, dpruitt@veritone.com,
(888) 555-0117 ext. 412""", "Quote VQ-24-118730   Page 2 of 2"),
], "pdf", WBP,
    [WBP, "City of Williamsport", "Lycoming County Prison"],
    [VER],
    [IDN, "Veritone Redact"],
    [C(18500, 18500, "one-time", "Veritone IDentify face search, perpetual license         18,500.00", WBP, VER, IDN),
     C(1850, 1850, "one-time", "10 seats at $1,850.00 per seat", WBP, VER, IDN, unit="per user"),
     C(4750, 4750, "one-time", "One-time setup: ingestion of Lycoming County Prison       4,750.00", WBP, VER, IDN),
     C(12400, 12400, None, "Annual maintenance and support, years 2 and 3            12,400.00", WBP, VER, IDN),
     C(6200, 6200, "year", "($6,200.00 per year)", WBP, VER, IDN)],
    [N(10, "exact", "licenses", None, "10 seats at $1,850.00 per seat", WBP, VER),
     N(46000, "approximately", "images", None, "booking photos (approx. 46,000 images)", WBP, VER)],
    [P("Customer shall limit access to IDentify to sworn officers and crime analysts who have completed "
       "Veritone's user training.", WBP, "requirement"),
     P("A possible match returned by IDentify is an investigative lead only and is not a positive "
       "identification of any person.", WBP, "disclaimer"),
     P("Customer may not use IDentify to identify or monitor persons because they take part in lawful First "
       "Amendment activity.", WBP, "prohibition")],
    [],
    ["2024-10-14", "2024-12-13", "2025-02-01", "2026-01-31", "2026-02-01", "2028-01-31", "2024-11-15"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Minnesota: Moorhead PD
MPD = "Moorhead Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
SUBJ2 = "FaceVACS-DBScan LE renewal - Moorhead PD (cust. 4471)"
doc("02_moorhead-pd-cognitec-renewal-outlook.txt", [
    ("Solberg, Jenna", """\
From:       Reinholt, Tomas
Sent:       Monday, March 4, 2024 10:17 AM
To:         Heike Brandt
Cc:         Solberg, Jenna
Subject:    RE: FaceVACS-DBScan LE renewal - Moorhead PD (cust. 4471)

Heike,

We will renew for another year. Before I send it to Finance, though:
our records clerk pulled last year's invoice (INV-US-23-0311, dated
March 14, 2023) and we paid $14,876.00 for the same 12 months. Your
quote of $15,620.00 is about 5% higher. Can you hold the renewal at
last year's price? The 2024 budget line for this is only $15,000.

Also, the gallery is now at 61,204 images of 27,950 people from the
Clay County Jail booking system, so we are well inside the
100,000-image limit and do not need the next tier.

Sgt. Tomas Reinholt
Investigations Division | Moorhead Police Department
915 9th Avenue North, Moorhead, MN 56560 | 218-555-0149

From:       Solberg, Jenna
Sent:       Friday, March 1, 2024 2:46 PM
To:         Reinholt, Tomas
Subject:    RE: FaceVACS-DBScan LE renewal - Moorhead PD (cust. 4471)

Sgt. Reinholt,

Found it. Last year's invoice is INV-US-23-0311 from Cognitec
Systems Corp., dated 03/14/2023, paid on PO 23-00192:

  FaceVACS-DBScan LE software maintenance,
    04/01/2023 - 03/31/2024 ........................... $14,876.00
  Shipping ............................................     $0.00
  Total due ........................................... $14,876.00""", "MPD Data Request 24-0087          Page 1"),
    ("Solberg, Jenna", """\
I also ran the gallery report in DBScan this afternoon: 61,204
enrolled images, 27,950 persons. Six people have active logins (you,
Det. Aune, Det. Halvorson, Det. Pham, Lt. Ostrowski, and me for the
admin side).

Reminder that Policy 343.4 still applies after the renewal: a DBScan
candidate is an investigative lead only and may not be the sole basis
for an arrest or a warrant.

Jenna Solberg
Records Technician | Moorhead Police Department
Data requests under Minn. Stat. 13.82: records@moorheadmn.gov

From:       Heike Brandt <heike.brandt@cognitec.com>
Sent:       Wednesday, February 28, 2024 9:05 AM
To:         Reinholt, Tomas
Subject:    FaceVACS-DBScan LE renewal - Moorhead PD (cust. 4471)

Dear Sergeant Reinholt,

Your FaceVACS-DBScan LE maintenance agreement (customer 4471) ends
on March 31, 2024. The renewal for April 1, 2024 - March 31, 2025 is
$15,620.00. It covers software updates, the current matching
algorithm and phone support for up to 8 concurrent users and a
gallery of up to 100,000 images.

If your gallery grows past 100,000 images, the next tier (up to
250,000 images) is $19,900.00 per year.

Please send a purchase order or the signed renewal form by
March 22, 2024.

Best regards,
Heike Brandt
Account Manager, Public Safety - North America
Cognitec Systems Corp.""", "MPD Data Request 24-0087          Page 2"),
], "print", MPD,
    [MPD],
    [COG],
    [DBS],
    [C(14876, 14876, "year", "we paid $14,876.00 for the same 12 months", MPD, COG, DBS),
     C(15620, 15620, "year", "quote of $15,620.00", MPD, COG, DBS),
     C(15000, 15000, None, "The 2024 budget line for this is only $15,000", MPD, COG, DBS)],
    [N(61204, "exact", "images", None, "the gallery is now at 61,204 images", MPD, COG),
     N(27950, "exact", "images", None, "61,204 images of 27,950 people", MPD, COG),
     N(6, "exact", "users", None, "Six people have active logins", MPD, COG),
     N(8, "up to", "licenses", None, "up to 8 concurrent users", MPD, COG)],
    [P("a DBScan candidate is an investigative lead only and may not be the sole basis for an arrest or a "
       "warrant.", MPD, "disclaimer")],
    [E("Reinholt, Tomas", "Heike Brandt", "Monday, March 4, 2024 10:17 AM", "RE: " + SUBJ2),
     E("Solberg, Jenna", "Reinholt, Tomas", "Friday, March 1, 2024 2:46 PM", "RE: " + SUBJ2),
     E("Heike Brandt", "Reinholt, Tomas", "Wednesday, February 28, 2024 9:05 AM", SUBJ2)],
    ["2024-03-04", "2023-03-14", "2024", "2024-03-01", "2023-04-01", "2024-03-31", "2024-02-28", "2024-04-01",
     "2025-03-31", "2024-03-22"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Kentucky: Jeffersontown PD / City Council
JPD = "Jeffersontown Police Department"
JCC = "Jeffersontown City Council"
CV = "Clearview AI"
CVS = "Clearview Search"
doc("03_jeffersontown-council-clearview-resolution.txt", [
    (None, """\
                   CITY OF JEFFERSONTOWN, KENTUCKY
                      RESOLUTION NO. 24-R-031

A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF JEFFERSONTOWN,
KENTUCKY, AUTHORIZING THE MAYOR TO EXECUTE A SUBSCRIPTION AGREEMENT
WITH CLEARVIEW AI, INC. FOR FACIAL RECOGNITION SEARCH SERVICES FOR
THE JEFFERSONTOWN POLICE DEPARTMENT AND APPROVING THE EXPENDITURE OF
FUNDS THEREFOR

WHEREAS, the Jeffersontown Police Department ("JPD") evaluated the
Clearview Search facial recognition service during a 30-day no-cost
trial in which JPD detectives ran 64 searches; and

WHEREAS, Clearview AI, Inc. has offered JPD a two-year subscription
to Clearview Search for eight (8) investigator accounts at $1,800.00
per account per year, for an annual subscription price of $14,400.00;
and

WHEREAS, Clearview AI, Inc. will also charge a one-time onboarding
and training fee of $1,500.00 in the first year; and

WHEREAS, the Kentucky Office of Homeland Security has awarded the
City a subgrant of $9,000.00 toward the first-year cost; and

WHEREAS, Clearview AI, Inc. represents that its search service draws
on more than 40 billion publicly available facial images; and

WHEREAS, JPD General Order 24-07, Facial Recognition, provides that
searches shall be run only by detectives who have completed Clearview
AI training, that every search must be tied to an active JPD case
number, and that a Clearview result is an investigative lead only and
shall not by itself establish probable cause; and

WHEREAS, the subscription is a sole-source purchase that is exempt
from advertisement for bids under KRS 424.260;

FISCAL IMPACT: FY 2024-25: $15,900.00 (net City cost after the
subgrant: $6,900.00). FY 2025-26: $14,400.00.""", "Resolution 24-R-031    Page 1 of 2"),
    (None, """\
NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF
JEFFERSONTOWN, KENTUCKY:

Section 1. The Mayor is authorized to execute a subscription
agreement with Clearview AI, Inc. for Clearview Search for a term of
two (2) years, beginning July 1, 2024 and ending June 30, 2026, in an
amount not to exceed $30,300.00.

Section 2. Expenditures under this Resolution shall be charged to
account 001-4210-52340 (Police - Software Subscriptions). Funds for
the first year are included in the Fiscal Year 2024-2025 budget.

Section 3. The Chief of Police shall report to the Council by
August 1 of each year the number of searches run and the number of
accounts in use during the preceding fiscal year.

Section 4. This Resolution shall take effect upon its passage.

PASSED AND ADOPTED by the City Council of the City of Jeffersontown,
Kentucky, at a regular meeting held on June 17, 2024.

ROLL CALL VOTE              Yes    No    Absent
-------------------------   ---    --    ------
Council Member Whitaker      X
Council Member Okafor        X
Council Member Brennan              X
Council Member Castellano    X
Council Member Hardesty      X
Council Member Villanueva                  X
Council Member Lindqvist     X
Council Member Pettibone     X

Motion by Council Member Okafor, second by Council Member Hardesty.
Vote: 6 Yes, 1 No, 1 Absent. Resolution adopted.

ATTEST:                              APPROVED:

__________________________           __________________________
Kendra L. Marsh, City Clerk          Gordon T. Ashcraft, Mayor""", "Resolution 24-R-031    Page 2 of 2"),
], "pdf", JPD,
    ["City of Jeffersontown", JCC, JPD, "Kentucky Office of Homeland Security"],
    [CV],
    [CVS],
    [C(14400, 14400, "year", "annual subscription price of $14,400.00", JPD, CV, CVS),
     C(1800, 1800, "year", "$1,800.00 per account per year", JPD, CV, CVS, unit="per user"),
     C(1500, 1500, "one-time", "one-time onboarding and training fee of $1,500.00", JPD, CV, CVS),
     C(9000, 9000, "one-time", "a subgrant of $9,000.00 toward the first-year cost", JPD, None),
     C(15900, 15900, None, "FY 2024-25: $15,900.00", JPD, CV, CVS),
     C(6900, 6900, None, "net City cost after the subgrant: $6,900.00", JPD, CV, CVS),
     C(None, 30300, None, "amount not to exceed $30,300.00", JPD, CV, CVS)],
    [N(64, "exact", "searches", None, "JPD detectives ran 64 searches", JPD, CV),
     N(8, "exact", "licenses", None, "eight (8) investigator accounts", JPD, CV),
     N(40000000000, "more than", "images", None, "more than 40 billion publicly available facial images", None, CV)],
    [P("searches shall be run only by detectives who have completed Clearview AI training", JPD, "requirement"),
     P("every search must be tied to an active JPD case number", JPD, "requirement"),
     P("a Clearview result is an investigative lead only and shall not by itself establish probable cause",
       JPD, "disclaimer"),
     P("The Chief of Police shall report to the Council by August 1 of each year the number of searches run and "
       "the number of accounts in use during the preceding fiscal year.", JPD, "requirement")],
    [],
    ["2024-07-01", "2026-06-30", "2024-06-17"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Colorado: Durango PD and La Plata County SO
DPD = "Durango Police Department"
LPSO = "La Plata County Sheriff's Office"
NEC = "NEC Corporation of America"
NFR = "NeoFace Reveal"
doc("04_durango-pd-la-plata-so-neoface-iga.txt", [
    (None, """\
                   INTERGOVERNMENTAL AGREEMENT
          FOR SHARED USE OF A FACIAL RECOGNITION SERVICE
                    Agreement No. IGA-2024-118

This Intergovernmental Agreement ("Agreement") is made as of December
9, 2024 between the City of Durango, Colorado, acting through the
Durango Police Department ("DPD"), and the Board of County
Commissioners of La Plata County, Colorado, acting through the La
Plata County Sheriff's Office ("LPCSO") (each a "Party"), under
C.R.S. 29-1-203.

RECITALS

A. DPD licenses NEC NeoFace Reveal (the "Service") from NEC
   Corporation of America under City Contract C-2023-0457. The City
   pays NEC an annual subscription and support fee of $38,600.
B. The Service searches a gallery of approximately 71,800 booking
   photographs from the La Plata County Jail, which LPCSO operates
   and supplies to DPD under this Agreement.
C. The Parties wish to share the Service instead of each buying a
   separate system.

AGREEMENT

1. Term. This Agreement begins January 1, 2025 and ends December 31,
   2025. It renews for further one-year terms unless a Party gives
   sixty (60) days' written notice.
2. Administration. DPD's System Administrator issues, suspends and
   removes user accounts for both Parties and keeps the search log.
3. Users. LPCSO may hold no more than six (6) user accounts at any
   time and will begin with four (4). DPD holds ten (10) accounts.
4. Cost sharing. LPCSO shall pay DPD the fees set out in Exhibit A.
5. Use rules. Every user of either Party shall follow Exhibit B.
6. Reports. Each Party shall file its own accountability report
   under C.R.S. 24-18-302 and may use DPD's search log to do so.
7. Gallery data. LPCSO remains the owner of the booking photographs.
   DPD shall remove a photograph from the gallery within ten (10)
   business days after LPCSO reports that the record was sealed or
   expunged.""", "LPCSO CORA 24-233   0041"),
    (None, """\
8. Termination. Either Party may end this Agreement for convenience
   on sixty (60) days' written notice, and DPD may end LPCSO's access
   at once for a material breach of Exhibit B. Fees already paid are
   not refunded.
9. Liability. Each Party is responsible for the acts of its own users
   to the extent allowed by the Colorado Governmental Immunity Act,
   C.R.S. 24-10-101 et seq.
10. Appropriation. Each Party's obligations after the current fiscal
   year are subject to annual appropriation.

CITY OF DURANGO                        LA PLATA COUNTY, COLORADO

By: ____________________________       By: ____________________________
    Chief Renata Salcido                   Sheriff Owen Bracken
    Durango Police Department              La Plata County Sheriff
Date: 12/09/2024                       Date: 12/11/2024

                     EXHIBIT A - COST SHARING

Item                                     Basis               Amount
---------------------------------------  ---------------  ----------
Onboarding: set-up of the LPCSO account  one-time           3,500.00
  group and operator training by NEC
Annual user fee                          per user, per      2,250.00
                                           year
LPCSO user fees for 2025 (4 users)       annual             9,000.00
---------------------------------------  ---------------  ----------
Total due from LPCSO for 2025                              12,500.00

a. DPD will invoice the onboarding fee on signature and the annual
   user fees each January. Accounts added during a year are billed
   pro rata by month.
b. Late payments bear interest at 1% per month.
c. These fees do not cover the booking cameras at the La Plata County
   Jail, which LPCSO buys and maintains at its own cost.""", "LPCSO CORA 24-233   0042"),
    (None, """\
               EXHIBIT B - RULES FOR USE OF THE SERVICE

B.1 Purpose. The Service is used only to develop investigative leads
    by comparing a probe image with the booking photograph gallery.
B.2 A user shall run a search only for an open criminal case or to
    identify a deceased or incapacitated person, and shall enter the
    case number with every search.
B.3 Each user must complete NEC's NeoFace Reveal operator course and
    the training required by C.R.S. 24-18-305 before an account is
    issued.
B.4 A candidate returned by the Service is an investigative lead only
    and shall not be the sole basis for probable cause.
B.5 No user may use the Service for ongoing surveillance, real-time
    identification or persistent tracking unless a warrant has been
    obtained, as C.R.S. 24-18-307 requires.
B.6 Users shall not search images of persons taken because of their
    participation in a lawful protest or other activity protected by
    the First Amendment.
B.7 Sanctions. A user who violates this Exhibit shall have the
    account suspended by the System Administrator pending review, and
    the violation shall be reported to the user's agency for
    discipline. A Party whose users commit three or more violations
    in a calendar year may have its access ended under Section 8.""",
     "LPCSO CORA 24-233   0043"),
], "pdf", LPSO,
    ["City of Durango", DPD, "La Plata County Board of County Commissioners", LPSO, "La Plata County Jail"],
    [NEC],
    [NFR],
    [C(38600, 38600, "year", "annual subscription and support fee of $38,600", DPD, NEC, NFR),
     C(3500, 3500, "one-time", "Onboarding: set-up of the LPCSO account  one-time           3,500.00", LPSO, NEC,
       NFR),
     C(2250, 2250, "year", "Annual user fee                          per user, per      2,250.00", LPSO, NEC, NFR,
       unit="per user"),
     C(9000, 9000, "year", "LPCSO user fees for 2025 (4 users)       annual             9,000.00", LPSO, NEC,
       NFR),
     C(12500, 12500, None, "Total due from LPCSO for 2025                              12,500.00", LPSO, NEC,
       NFR)],
    [N(71800, "approximately", "images", None, "approximately 71,800 booking photographs", DPD, NEC),
     N(6, "up to", "users", None, "LPCSO may hold no more than six (6) user accounts", LPSO, NEC),
     N(4, "exact", "users", None, "will begin with four (4)", LPSO, NEC),
     N(10, "exact", "users", None, "DPD holds ten (10) accounts", DPD, NEC)],
    [P("DPD shall remove a photograph from the gallery within ten (10) business days after LPCSO reports that "
       "the record was sealed or expunged.", LPSO, "requirement"),
     P("The Service is used only to develop investigative leads by comparing a probe image with the booking "
       "photograph gallery.", LPSO, "purpose"),
     P("A user shall run a search only for an open criminal case or to identify a deceased or incapacitated "
       "person, and shall enter the case number with every search.", LPSO, "requirement"),
     P("Each user must complete NEC's NeoFace Reveal operator course and the training required by C.R.S. "
       "24-18-305 before an account is issued.", LPSO, "requirement"),
     P("A candidate returned by the Service is an investigative lead only and shall not be the sole basis for "
       "probable cause.", LPSO, "disclaimer"),
     P("No user may use the Service for ongoing surveillance, real-time identification or persistent tracking "
       "unless a warrant has been obtained, as C.R.S. 24-18-307 requires.", LPSO, "prohibition"),
     P("Users shall not search images of persons taken because of their participation in a lawful protest or "
       "other activity protected by the First Amendment.", LPSO, "prohibition"),
     P("A user who violates this Exhibit shall have the account suspended by the System Administrator pending "
       "review, and the violation shall be reported to the user's agency for discipline.", LPSO, "consequence"),
     P("A Party whose users commit three or more violations in a calendar year may have its access ended under "
       "Section 8.", LPSO, "consequence")],
    [],
    ["2024-12-09", "2025-01-01", "2025-12-31", "2024-12-11", "2025"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Texas: Midland PD
MIPD = "Midland Police Department"
VIG = "Vigilant Solutions"
FS = "Vigilant FaceSearch"
doc("05_midland-pd-facesearch-quarterly-usage.txt", [
    (None, """\
MPD_FR_Usage_FY2024.xlsx - Sheet "Quarterly"           Printed 10/15/2024

     A                       B           C                D
 1   MIDLAND POLICE DEPARTMENT - FACIAL RECOGNITION USAGE
 2   Fiscal year 2024 (October 1, 2023 - September 30, 2024)
 3   System: Vigilant FaceSearch (Motorola Solutions)
 4
 5   Quarter                 Searches    Candidate        Leads
 6                                       lists returned
 7   Q1 (Oct-Dec 2023)            148               93       27
 8   Q2 (Jan-Mar 2024)            162              101       33
 9   Q3 (Apr-Jun 2024)            175              112       38
10   Q4 (Jul-Sep 2024)            139               88       24
11   FY2024 total                 624              394      122
12
13   Lead rate (leads / searches)                         19.6%
14   Licensed FaceSearch users at 09/30/2024                 12
15   FY2024 FaceSearch subscription                  $11,750.00
16
17   Notes
18   Outside-agency requests. In FY2024 MPD ran 57 of the 624
     searches at the request of other agencies: Odessa Police
     Department (22), Ector County Sheriff's Office (17), Midland
     County Sheriff's Office (11) and Big Spring Police Department
     (7). Under General Order 4.21, an outside agency must send its
     request by email with a case number and the name of the
     requesting officer. MPD returns any result to the outside
     agency only as an investigative lead. MPD may not run a search
     for civil immigration enforcement.
19   The Vigilant license plate reader module is billed separately
     ($28,400 in FY2024) and is not included in row 15.
20   Candidate lists returned (column C) counts searches that
     returned at least one candidate; a lead (column D) is a
     candidate that an examiner sent to a case detective.
21
22   Source: FaceSearch audit log export, 10/01/2024; compiled by
     Crime Analyst L. Guerrero for Public Information Act request
     R004812-100324.""", "MPD PIA R004812 - Page 1 of 1"),
], "pdf", MIPD,
    [MIPD, "Odessa Police Department", "Ector County Sheriff's Office", "Midland County Sheriff's Office",
     "Big Spring Police Department"],
    [VIG, "Motorola Solutions"],
    [FS],
    [C(11750, 11750, "year", "FY2024 FaceSearch subscription                  $11,750.00", MIPD, VIG, FS)],
    [N(148, "exact", "searches", "quarter", "Q1 (Oct-Dec 2023)            148", MIPD, VIG),
     N(162, "exact", "searches", "quarter", "Q2 (Jan-Mar 2024)            162", MIPD, VIG),
     N(175, "exact", "searches", "quarter", "Q3 (Apr-Jun 2024)            175", MIPD, VIG),
     N(139, "exact", "searches", "quarter", "Q4 (Jul-Sep 2024)            139", MIPD, VIG),
     N(624, "exact", "searches", "year", "FY2024 total                 624", MIPD, VIG),
     N(394, "exact", "matches", "year", "FY2024 total                 624              394", MIPD, VIG),
     N(122, "exact", "leads", "year", "FY2024 total                 624              394      122", MIPD, VIG),
     N(12, "exact", "licenses", None, "Licensed FaceSearch users at 09/30/2024                 12", MIPD, VIG),
     N(57, "exact", "requests", "year", "MPD ran 57 of the 624 searches at the request of other agencies", MIPD,
       VIG),
     N(22, "exact", "requests", "year", "Odessa Police Department (22)", "Odessa Police Department", VIG),
     N(17, "exact", "requests", "year", "Ector County Sheriff's Office (17)", "Ector County Sheriff's Office", VIG),
     N(11, "exact", "requests", "year", "Midland County Sheriff's Office (11)", "Midland County Sheriff's Office",
       VIG),
     N(7, "exact", "requests", "year", "Big Spring Police Department (7)", "Big Spring Police Department", VIG)],
    [P("an outside agency must send its request by email with a case number and the name of the requesting "
       "officer.", MIPD, "requirement"),
     P("MPD returns any result to the outside agency only as an investigative lead.", MIPD, "disclaimer"),
     P("MPD may not run a search for civil immigration enforcement.", MIPD, "prohibition")],
    [],
    ["2024-10-15", "2023-10-01", "2024-09-30", "2024-10-01"],
    scan=None)


# ---------------------------------------------------------------- 6 Washington: Wenatchee PD
WPD = "Wenatchee Police Department"
IDE = "IDEMIA"
MFI = "MorphoFace Investigate"
doc("06_wenatchee-pd-idemia-records-reply.txt", [
    (None, """\
WENATCHEE POLICE DEPARTMENT
Records Division
1350 McKittrick Street, Wenatchee, WA 98801  |  (509) 555-0182

November 6, 2024

Ms. Priya Natarajan (by email)

Re: Public Records Request No. W024-0613 (facial recognition)

Dear Ms. Natarajan:

This is the Department's final response to your request of October
2, 2024, made under the Public Records Act, chapter 42.56 RCW. Your
questions are answered below in the order you asked them. Records
supporting these answers are enclosed (31 pages).

1. What was bought, from whom and when. On April 12, 2022 the City
bought a perpetual license for MorphoFace Investigate, IDEMIA's face
search software, from IDEMIA Identity & Security USA LLC (purchase
order 22-0388). The software searches booking photographs supplied by
the Chelan County Regional Justice Center. At the end of September
2024 the gallery held 58,317 photographs. The Department has never
bought or used Clearview AI.

2. Amounts paid, by fiscal year. The City's fiscal year is the
calendar year.

   2022   $26,150.00   license and installation ($18,400.00, one
                       time) and first-year support ($7,750.00)
   2023    $7,750.00   annual support
   2024    $8,137.50   annual support (5% increase)

In all, the City has paid $42,037.50 for the software.

3. Licensed users. The license allows four (4) concurrent users.
Nine officers hold accounts; all are detectives or sergeants in the
Investigations Unit.

4. Searches run. The software logged 512 searches from go-live on
June 1, 2022 through September 30, 2024, including 197 searches in
calendar year 2023.""", "WPD PRR W024-0613 - Page 1 of 2"),
    (None, """\
5. Rules that limit use. Yes. Use is governed by chapter 43.386 RCW
and by Department Policy 611, Facial Recognition (adopted May 16,
2022). Policy 611 provides, in part:

   "611.3 Members shall not use facial recognition to engage in
   ongoing surveillance, conduct real-time or near real-time
   identification, or start persistent tracking unless a warrant
   has been obtained."

   "611.4 Any possible match shall be reviewed by a trained examiner
   before it is released, and is an investigative lead only; it is
   not probable cause to arrest."

   "611.6 A member who uses the software in violation of this policy
   is subject to discipline up to and including termination."

In August 2024 the Chief of Police was asked to add a rule requiring
a sergeant's written approval before each search. That change was
proposed but has not been adopted, and no such approval is required
today. There is no policy that limits the number of searches an
examiner may run.

The enclosed records are provided at no charge. If you believe this
response is incomplete, you may ask for review under RCW 42.56.520.
This request is now closed.

Sincerely,


Dana Whitcomb
Public Records Officer
Wenatchee Police Department

Enclosures (31 pages)""", "WPD PRR W024-0613 - Page 2 of 2"),
], "pdf", WPD,
    [WPD, "City of Wenatchee", "Chelan County Regional Justice Center"],
    [IDE, "Clearview AI"],
    [MFI],
    [C(26150, 26150, None, "2022   $26,150.00", WPD, IDE, MFI),
     C(18400, 18400, "one-time", "($18,400.00, one\n                       time)", WPD, IDE, MFI),
     C(7750, 7750, "year", "first-year support ($7,750.00)", WPD, IDE, MFI),
     C(8137.5, 8137.5, "year", "2024    $8,137.50   annual support", WPD, IDE, MFI),
     C(42037.5, 42037.5, None, "the City has paid $42,037.50 for the software", WPD, IDE, MFI)],
    [N(58317, "exact", "images", None, "the gallery held 58,317 photographs", WPD, IDE),
     N(4, "exact", "licenses", None, "The license allows four (4) concurrent users.", WPD, IDE),
     N(9, "exact", "users", None, "Nine officers hold accounts", WPD, IDE),
     N(512, "exact", "searches", None, "The software logged 512 searches", WPD, IDE),
     N(197, "exact", "searches", "year", "including 197 searches in calendar year 2023", WPD, IDE)],
    [P("611.3 Members shall not use facial recognition to engage in ongoing surveillance, conduct real-time or "
       "near real-time identification, or start persistent tracking unless a warrant has been obtained.", WPD,
       "prohibition"),
     P("Any possible match shall be reviewed by a trained examiner before it is released", WPD, "requirement"),
     P("is an investigative lead only; it is not probable cause to arrest.", WPD, "disclaimer"),
     P("611.6 A member who uses the software in violation of this policy is subject to discipline up to and "
       "including termination.", WPD, "consequence")],
    [],
    ["2024-11-06", "2024-10-02", "2022-04-12", "2024-09", "2022", "2023", "2024", "2022-06-01", "2024-09-30",
     "2022-05-16", "2024-08"],
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
