"""Writes docs/*.txt and labels.json for holdout23 (8 invented releases). Labels are written from intent,
before anything is rendered; check.py then verifies every quote and figure against the text."""
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []


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


def P(quote, agency, vendor=None):
    return {"quote": quote, "agency": agency, "vendor": vendor}


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    texts = []
    for h, b, f in pages:
        for line in b.strip("\n").split("\n"):
            assert len(line) <= 104, (file, len(line), line)
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        texts.append("\n".join(parts) + "\n")
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


def row(cells, widths, indent=0):
    """A table row: each cell padded to its width (at least three spaces between cells)."""
    out = " " * indent
    for cell, w in zip(cells, widths):
        assert len(cell) + 3 <= w or cell is cells[-1], (cell, w)
        out += cell.ljust(w)
    return out.rstrip()


def span(line, first, last):
    """The substring of a row from the cell `first` through the cell `last` (both included)."""
    i = line.index(first)
    j = line.index(last, i) + len(last)
    return line[i:j]


# ---------------------------------------------------------------- 1 Clackamas County, Oregon (minutes)
CCSO = "Clackamas County Sheriff's Office"
DWP = "DataWorks Plus"
doc("01_clackamas-county-so-dataworks-amendment-minutes.txt", [
    (None, """\
CLACKAMAS COUNTY BOARD OF COUNTY COMMISSIONERS
BUSINESS MEETING MINUTES - EXCERPT (ITEMS 3.4, 4.2 AND 4.3)
Thursday, September 12, 2024, 10:00 a.m.
Public Services Building, 2051 Kaen Road, Oregon City, Oregon

PRESENT:   Chair Rowena Talbert; Commissioners Dale Ekstrom, Priya Nandakumar, Walter Brisco
           and Jo Ellen Marchetti
STAFF:     Alana Ferreira, Deputy County Counsel; Marcus Hale, Procurement Services Manager;
           Capt. Lenora Vick, Clackamas County Sheriff's Office, Investigations Division

Clerk's note: these minutes summarize the discussion. The video recording is the official record.

III. CONSENT AGENDA

Item 3.4   Approval of a two-year subscription agreement with Flock Group, Inc. for 12 license
           plate reader cameras for the Sheriff's Office, $36,000 per year (Agreement 24-0441)

MOTION: Commissioner Brisco moved to approve the consent agenda as presented. Commissioner
Marchetti seconded. The motion passed 5-0.

IV. DISCUSSION ITEMS

Item 4.2   Amendment No. 1 to Contract SO-2022-118 with DataWorks Plus, LLC for the FACE Plus
           facial recognition system (Sheriff's Office)

Capt. Vick presented the staff report. The Board approved the original three-year contract on
October 6, 2022 (Board Order 2022-0917) with a not-to-exceed amount of $148,500.
Amendment No. 1 extends the term by two years, to October 31, 2027, and raises the
not-to-exceed amount to $231,900. Annual software maintenance increases from $27,400 to $31,650
beginning November 1, 2025, and the amendment adds a one-time fee of $6,250 to move the gallery
to the vendor's hosted platform.

Capt. Vick said the gallery holds about 412,000 booking photographs from the County jail. In
fiscal year 2023-24 detectives ran 3,118 searches, which produced 241 investigative leads and
contributed to 37 arrests. At present 36 detectives and analysts hold user accounts.
She noted that Sheriff's Office Policy 611 already provides:
   "A face recognition result is an investigative lead only and must be confirmed by an examiner."

Mr. Hale reported that Procurement also obtained a quote from Idemia for a replacement system
at $310,000 over five years; staff did not recommend it because of the data migration risk.

Public comment: Dana Orloff (Milwaukie) asked whether the system had been used at protests.
Capt. Vick said it had not. Ray Lindqvist (Happy Valley) asked the Board to delay the item.
""", "BCC Minutes 2024-09-12 | Page 1 of 2"),
    (None, """\
Item 4.2 (continued)

MOTION: Commissioner Ekstrom moved to approve Amendment No. 1 as presented. Commissioner
Marchetti seconded.

Commissioner Nandakumar moved to amend the motion to add a requirement that the Sheriff's Office
publish a yearly public report of face recognition searches and outcomes. Commissioner Brisco
seconded.

ROLL CALL - AMENDMENT TO THE MOTION
     Commissioner Ekstrom          No
     Commissioner Nandakumar       Aye
     Commissioner Brisco           Aye
     Commissioner Marchetti        No
     Chair Talbert                 No
The amendment to the motion failed 2-3.

Commissioner Ekstrom then restated the motion: approve Amendment No. 1 subject to the following
condition, which Deputy County Counsel Ferreira read into the record:
   "The Sheriff's Office shall not use FACE Plus to identify persons engaged in lawful protest."
Commissioner Marchetti seconded the restated motion.

ROLL CALL - MAIN MOTION AS RESTATED
     Commissioner Ekstrom          Aye
     Commissioner Nandakumar       No
     Commissioner Brisco           Aye
     Commissioner Marchetti        Aye
     Chair Talbert                 Aye
The motion passed 4-1 (Board Order 2024-0833).

Chair Talbert asked staff to return in spring 2025 with a draft rule on retention of probe
images. No action was taken on that request.

Item 4.3   Replacement of Sheriff's Office body-worn cameras (Axon Enterprise, Inc.), $412,800 over
           five years. Continued to September 26, 2024 at the request of staff.
""", "BCC Minutes 2024-09-12 | Page 2 of 2"),
], "pdf", CCSO,
    [CCSO, "Clackamas County Board of County Commissioners"],
    [DWP, "Idemia", "Flock Safety", "Axon"], ["FACE Plus"],
    [C(None, 148500, None, "not-to-exceed amount of $148,500", CCSO, DWP, "FACE Plus"),
     C(None, 231900, None, "not-to-exceed amount to $231,900", CCSO, DWP, "FACE Plus"),
     C(27400, 27400, "year", "Annual software maintenance increases from $27,400 to $31,650", CCSO, DWP, "FACE Plus"),
     C(31650, 31650, "year", "Annual software maintenance increases from $27,400 to $31,650", CCSO, DWP, "FACE Plus"),
     C(6250, 6250, "one-time", "a one-time fee of $6,250", CCSO, DWP, "FACE Plus")],
    [N(412000, "approximately", "images", None, "the gallery holds about 412,000 booking photographs", CCSO, DWP),
     N(3118, "exact", "searches", "year", "detectives ran 3,118 searches", CCSO, DWP),
     N(241, "exact", "leads", "year", "produced 241 investigative leads", CCSO, DWP),
     N(37, "exact", "arrests", "year", "contributed to 37 arrests", CCSO, DWP),
     N(36, "exact", "users", None, "36 detectives and analysts hold user accounts", CCSO, DWP)],
    [P("A face recognition result is an investigative lead only and must be confirmed by an examiner.", CCSO, DWP),
     P("The Sheriff's Office shall not use FACE Plus to identify persons engaged in lawful protest.", CCSO, DWP)],
    [], ["2024-09-12", "2022-10-06", "2027-10-31", "2025-11-01", "2025", "2024-09-26"], scan="photocopy")


# ---------------------------------------------------------------- 2 Corpus Christi, Texas (RFP price proposal)
CCPD = "Corpus Christi Police Department"
VER = "Veritone"
IDF = "Veritone IDentify"
W7A = [10, 16, 30]
t7a = [row(["Tier", "Seats", "Price per seat, per year"], W7A, 3),
       row(["1", "1 - 10", "$2,400.00"], W7A, 3),
       row(["2", "11 - 25", "$1,950.00"], W7A, 3),
       row(["3", "26 - 50", "$1,600.00"], W7A, 3),
       row(["4", "51 or more", "By quotation"], W7A, 3)]
W7B = [7, 50, 7, 15, 14]
t7b_head = row(["Line", "Description", "Qty", "Unit price", "Extended"], W7B, 3)
l1 = row(["1", "Veritone IDentify seats, Tier 2", "20", "$1,950.00", "$39,000.00"], W7B, 3)
l2 = row(["2", "Booking-photo ingest and enrollment, one-time", "1", "$7,500.00", "$7,500.00"], W7B, 3)
l3 = row(["3", "Remote administrator training, per session", "2", "$650.00", "$1,300.00"], W7B, 3)
sub = row(["", "Subtotal, Lines 1-3", "", "", "$47,800.00"], W7B, 3)
tax = row(["", "Sales tax (exempt)", "", "", "$0.00"], W7B, 3)
tot = row(["", "TOTAL, YEAR 1", "", "", "$47,800.00"], W7B, 3)
W7C = [8, 58, 24]
o1 = row(["Opt-1", "On-site examiner training, Corpus Christi, 3 days", "$5,400.00 one-time"], W7C, 3)
o2 = row(["Opt-2", "Travel for Opt-1 (airfare, lodging, per diem)", "up to $2,100.00"], W7C, 3)
o3 = row(["Opt-3", "Veritone Redact, 5 seats (body-worn camera redaction)", "$9,750.00 per year"], W7C, 3)
o4 = row(["Opt-4", "Additional gallery capacity, per 100,000 images", "$1,200.00 per year"], W7C, 3)
NL = "\n"
doc("02_corpus-christi-pd-veritone-rfp-price-proposal.txt", [
    ("VERITONE, INC.  |  RESPONSE TO CITY OF CORPUS CHRISTI RFP NO. 5512", f"""\
Facial Recognition Investigative Software - Corpus Christi Police Department

SECTION 7  PRICE PROPOSAL (FORM P-1)

Offeror:          Veritone, Inc., 1615 Platte Street, 2nd Floor, Denver, CO 80202
Contact:          Jordan Pellegrini, Public Sector Account Executive, (720) 555-0143
Proposal date:    February 27, 2025          Prices firm for 120 days

7.1 Pricing basis
Veritone IDentify is licensed per named user ("seat") per year. Seat prices are tiered: once
the seat count reaches a tier, the tier price applies to every seat. All prices are in USD and
exclude sales tax; the City is exempt under Texas Tax Code Sec. 151.309. The Scope of Work
(RFP Section 3.2) states that the CCPD booking gallery holds approximately 385,000 images.

Table 7-A  Annual subscription price per seat
{NL.join(t7a)}

7.2 Base Offer
The Base Offer assumes 20 named users for the Corpus Christi Police Department.

Table 7-B  Base Offer, Year 1
{t7b_head}
{l1}
{l2}
""", "Veritone, Inc. - RFP 5512 - Section 7 - Page 7-1"),
    ("VERITONE, INC.  |  RESPONSE TO CITY OF CORPUS CHRISTI RFP NO. 5512", f"""\
Table 7-B  Base Offer, Year 1 (continued)
{t7b_head}
{l3}
{sub}
{tax}
{tot}

Years 2 and 3 renew at the Tier 2 price: 20 seats, $39,000.00 per year, with any annual
increase capped at 3%. Three-year total, Base Offer: $125,800.00 before escalation.

Table 7-C  Optional items (priced separately; not included in the Base Offer)
{o1}
{o2}
{o3}
{o4}

7.3 Payment terms
Annual subscription fees are invoiced in advance on each contract anniversary; one-time items
are invoiced on completion. Net 30. Pricing assumes a single CCPD tenant; other City departments
are not licensed under this offer.

7.4 Certification
The undersigned certifies that the prices above were arrived at independently, without
consultation with any other offeror, and remain firm for 120 days from the proposal date.

Jordan Pellegrini, Public Sector Account Executive              02/27/2025
""", "Veritone, Inc. - RFP 5512 - Section 7 - Page 7-2"),
], "pdf", CCPD,
    [CCPD, "City of Corpus Christi"], [VER], [IDF, "Veritone Redact"],
    [C(2400, 2400, "year", span(t7a[1], "1 - 10", "$2,400.00"), CCPD, VER, IDF, "per seat"),
     C(1950, 1950, "year", span(t7a[2], "11 - 25", "$1,950.00"), CCPD, VER, IDF, "per seat"),
     C(1600, 1600, "year", span(t7a[3], "26 - 50", "$1,600.00"), CCPD, VER, IDF, "per seat"),
     C(39000, 39000, "year", span(l1, "Veritone IDentify seats", "$39,000.00"), CCPD, VER, IDF),
     C(7500, 7500, "one-time", span(l2, "Booking-photo", "$7,500.00"), CCPD, VER, IDF),
     C(1300, 1300, "one-time", span(l3, "Remote administrator", "$1,300.00"), CCPD, VER, IDF),
     C(650, 650, "one-time", span(l3, "Remote administrator", "$1,300.00"), CCPD, VER, IDF, "per session"),
     C(47800, 47800, None, span(tot, "TOTAL, YEAR 1", "$47,800.00"), CCPD, VER, IDF),
     C(125800, 125800, None, "Three-year total, Base Offer: $125,800.00", CCPD, VER, IDF),
     C(5400, 5400, "one-time", span(o1, "On-site examiner training", "$5,400.00 one-time"), CCPD, VER, IDF),
     C(1200, 1200, "year", span(o4, "Additional gallery capacity", "$1,200.00 per year"), CCPD, VER, IDF,
       "per 100,000 images")],
    [N(385000, "approximately", "images", None, "the CCPD booking gallery holds approximately 385,000 images", CCPD),
     N(20, "exact", "users", None, "The Base Offer assumes 20 named users", CCPD, VER)],
    [], [], ["2025-02-27"], scan="pdf")


# ---------------------------------------------------------------- 3 BART, California (sole-source justification)
BPD = "BART Police Department"
CV = "Clearview AI"
doc("03_bart-pd-clearview-sole-source-justification.txt", [
    (None, """\
SAN FRANCISCO BAY AREA RAPID TRANSIT DISTRICT
PROCUREMENT DEPARTMENT - SOLE SOURCE JUSTIFICATION (FORM P-17)

TO:           Lisa Ortega-Ruiz, Manager of Procurement
FROM:         Lt. Desmond Achebe, BART Police Department, Criminal Investigations Section
DATE:         May 6, 2024
SUBJECT:      Sole source - Clearview AI, Inc., investigative image search subscription
REQUISITION:  R-240381                         Estimated value: $29,950.00 (12 months)

1. Description of the requirement
The BART Police Department (BPD) requests a 12-month subscription to Clearview AI's
investigative image search service for 10 user licences at $2,995.00 per licence,
for a total of $29,950.00. Investigators would use it to identify suspects in assaults,
robberies and thefts on trains and in stations from still images taken from District video.

2. Why only one source can meet the requirement
Clearview AI's index holds more than 50 billion facial images collected from public websites.
No other vendor offers a searchable index of open-source images of comparable size. The other
systems BPD reviewed search only galleries that the buyer supplies (booking photographs), and
BPD does not operate a jail or hold booking photographs of its own.

3. Market research
BPD reviewed two alternatives in March 2024. Neither was selected.
   a. Idemia, through a reseller, quoted $41,500.00 per year for an on-premise system that
      searches only a gallery the District would have to supply.
   b. Amazon Rekognition would cost roughly USD 1,000 per million images processed, plus
      District developer time; it is a developer toolkit, not an investigative product.

4. Trial results
During a no-cost 30-day trial in April 2024, 4 investigators ran 57 searches, which produced
9 investigative leads. Investigators expect to run about 600 searches in the first year.

5. Price reasonableness
The per-licence price matches Clearview AI's published 2024 government price list.

6. Funding
Funds are available in the Police Department FY25 operating budget, cost center 0804-311,
object 681-100 (software subscriptions). This purchase does not affect the FY25 allocation
of $214,000 for body-worn camera video storage.

7. Conditions of use
Use will be governed by BPD Policy 1003 (Surveillance Technology), adopted by the Board of
Directors under the District's Surveillance Technology Ordinance. Under that policy:
   - Only members who complete the vendor's and the Department's training may hold an account.
   - A search may be run only with a case number and a documented investigative purpose.
   - A possible match shall not be the sole basis for probable cause to arrest.
   - Searches of live video from station or train cameras are prohibited.

Requested by: Lt. Desmond Achebe                Reviewed: Deputy Chief M. Ferrante
Approved: ______________________  Manager of Procurement        Date: ______________
""", "BART Procurement - Form P-17 - R-240381"),
], "pdf", BPD,
    [BPD, "San Francisco Bay Area Rapid Transit District"], [CV, "Idemia", "Amazon Web Services"],
    ["Amazon Rekognition"],
    [C(2995, 2995, "year", "$2,995.00 per licence", BPD, CV, unit="per licence"),
     C(29950, 29950, "year", "for a total of $29,950.00", BPD, CV)],
    [N(10, "exact", "licenses", None, "10 user licences", BPD, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion facial images", None, CV),
     N(4, "exact", "users", None, "4 investigators ran 57 searches", BPD, CV),
     N(57, "exact", "searches", None, "4 investigators ran 57 searches", BPD, CV),
     N(9, "exact", "leads", None, "9 investigative leads", BPD, CV),
     N(600, "approximately", "searches", "year", "about 600 searches in the first year", BPD, CV)],
    [P("Only members who complete the vendor's and the Department's training may hold an account.", BPD, CV),
     P("A search may be run only with a case number and a documented investigative purpose.", BPD, CV),
     P("A possible match shall not be the sole basis for probable cause to arrest.", BPD, CV),
     P("Searches of live video from station or train cameras are prohibited.", BPD, CV)],
    [], ["2024-05-06", "2024-03", "2024-04", "2024"])


# ---------------------------------------------------------------- 4 Middlesex County, New Jersey (MOU)
MCPO = "Middlesex County Prosecutor's Office"
NEC = "NEC"
NFR = "NeoFace Reveal"
WA = [42, 28, 12]
appx = [row(["Agency", "Authorized signatory", "Date signed"], WA, 3),
        row(["Middlesex County Sheriff's Office", "Sheriff M. Castellano", "01/15/2025"], WA, 3),
        row(["New Brunswick Police Department", "Director A. Okafor", "01/21/2025"], WA, 3),
        row(["Edison Police Department", "Chief R. Vasquez-Lind", "01/22/2025"], WA, 3),
        row(["Woodbridge Police Department", "Director P. Halvorsen", "01/28/2025"], WA, 3),
        row(["Piscataway Police Department", "Chief D. Mercado", "02/03/2025"], WA, 3),
        row(["Rutgers University Police Department", "Chief L. Brandt", "02/05/2025"], WA, 3)]
doc("04_middlesex-county-prosecutor-nec-shared-gallery-mou.txt", [
    (None, """\
MEMORANDUM OF UNDERSTANDING
MIDDLESEX COUNTY SHARED FACIAL RECOGNITION GALLERY

This Memorandum of Understanding ("MOU") is made as of January 15, 2025 among the Middlesex
County Prosecutor's Office ("MCPO" or "Host Agency"), the Middlesex County Sheriff's Office
("MCSO") and the municipal and campus police agencies that sign Appendix A ("Participating
Agencies").

RECITALS
WHEREAS, MCPO operates the NEC NeoFace Reveal facial recognition system at its Real Time Crime
and Intelligence Center in New Brunswick under Contract MCPO-23-017 with NEC Corporation of
America;
WHEREAS, in calendar year 2024 MCPO examiners ran 4,812 searches for 14 agencies, which yielded
1,037 candidate lists and 212 investigative leads;
WHEREAS, the parties wish to set out who hosts the gallery, who pays for it, and the rules that
govern its use;
NOW, THEREFORE, the parties agree as follows:

ARTICLE 1. DEFINITIONS
1.1 "Gallery" means the booking photographs enrolled in the system.
1.2 "Probe image" means an image of an unknown person submitted for comparison.
1.3 "Candidate list" means the ranked list of gallery images the system returns for a probe.
1.4 "Examiner" means an MCPO employee certified to review candidate lists.

ARTICLE 2. HOSTING
2.1 MCPO shall host the system and the gallery at its data center.
    MCSO shall transmit booking photographs from the Adult Correction Center nightly.
    The gallery holds about 1.1 million booking photographs.
2.2 Participating Agencies shall submit probe images only through the MCPO portal.
    Participating Agencies shall not keep local copies of candidate lists.

ARTICLE 3. COSTS
3.1 MCPO shall pay all licence, maintenance and hosting costs under Contract MCPO-23-017,
    currently USD 186,400 per contract year, from its forfeiture account.
3.2 Participating Agencies pay no fee to MCPO or to NEC for access to the system.
3.3 Each party bears its own personnel, training and travel costs.
3.4 If the annual contract cost rises above $200,000, MCPO may propose a cost-sharing schedule
    by written amendment. No cost sharing is in effect under this MOU.
""", "MCPO MOU 2025-03 | Page 1 of 3"),
    (None, """\
ARTICLE 4. ACCESS AND USE
4.1 Each Participating Agency may designate up to two (2) users.
    MCPO will issue no more than 40 user accounts in total.
4.2 No account shall be issued before the user completes NEC and MCPO examiner training.
4.3 A search shall be run only for an open criminal investigation and logged with its case number.
4.4 A candidate list is an investigative lead only and shall not be the sole basis for an arrest.
4.5 Participating Agencies shall not submit probe images of persons engaged in lawful protest.
4.6 Use of the system for civil immigration enforcement is prohibited.
4.7 Nothing in this MOU prohibits a Participating Agency from using a lawfully procured system
    of its own.

ARTICLE 5. AUDIT AND RETENTION
5.1 MCPO shall audit at least 10 percent of each agency's searches every quarter.
5.2 Probe images and candidate lists shall be retained for five (5) years and then destroyed.
5.3 MCPO may suspend the account of any user who violates Article 4.

ARTICLE 6. TERM AND WITHDRAWAL
6.1 This MOU runs from January 15, 2025 through December 31, 2027 and may be renewed in writing.
6.2 Any party may withdraw on 60 days' written notice to MCPO.

ARTICLE 7. GENERAL PROVISIONS
7.1 This MOU does not create any right or benefit enforceable by a third party.
7.2 Each party remains responsible for the acts and omissions of its own employees.
7.3 This MOU may be signed in counterparts, each of which is an original.
""", "MCPO MOU 2025-03 | Page 2 of 3"),
    (None, f"""\
APPENDIX A - PARTICIPATING AGENCIES
{NL.join(appx)}

FOR THE HOST AGENCY
Middlesex County Prosecutor's Office

By: ______________________________          Date: 01/15/2025
    Harold J. Brennan, County Prosecutor
""", "MCPO MOU 2025-03 | Page 3 of 3"),
], "pdf", MCPO,
    [MCPO, "Middlesex County Sheriff's Office", "New Brunswick Police Department", "Edison Police Department",
     "Woodbridge Police Department", "Piscataway Police Department", "Rutgers University Police Department"],
    [NEC], [NFR],
    [C(186400, 186400, "year", "currently USD 186,400 per contract year", MCPO, NEC, NFR)],
    [N(4812, "exact", "searches", "year", "MCPO examiners ran 4,812 searches", MCPO, NEC),
     N(1037, "exact", "matches", "year", "1,037 candidate lists", MCPO, NEC),
     N(212, "exact", "leads", "year", "212 investigative leads", MCPO, NEC),
     N(1100000, "approximately", "images", None, "The gallery holds about 1.1 million booking photographs.", MCPO, NEC),
     N(2, "up to", "users", None, "may designate up to two (2) users", MCPO, NEC),
     N(40, "up to", "users", None, "MCPO will issue no more than 40 user accounts in total.", MCPO, NEC)],
    [P("Participating Agencies shall submit probe images only through the MCPO portal.", MCPO, NEC),
     P("Participating Agencies shall not keep local copies of candidate lists.", MCPO, NEC),
     P("Each Participating Agency may designate up to two (2) users.", MCPO, NEC),
     P("MCPO will issue no more than 40 user accounts in total.", MCPO, NEC),
     P("No account shall be issued before the user completes NEC and MCPO examiner training.", MCPO, NEC),
     P("A search shall be run only for an open criminal investigation and logged with its case number.", MCPO, NEC),
     P("A candidate list is an investigative lead only and shall not be the sole basis for an arrest.", MCPO, NEC),
     P("Participating Agencies shall not submit probe images of persons engaged in lawful protest.", MCPO, NEC),
     P("Use of the system for civil immigration enforcement is prohibited.", MCPO, NEC),
     P("MCPO shall audit at least 10 percent of each agency's searches every quarter.", MCPO, NEC),
     P("Probe images and candidate lists shall be retained for five (5) years and then destroyed.", MCPO, NEC),
     P("MCPO may suspend the account of any user who violates Article 4.", MCPO, NEC)],
    [], ["2025-01-15", "2024", "2027-12-31", "2025-01-21", "2025-01-22", "2025-01-28", "2025-02-03", "2025-02-05"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Montgomery County, Maryland (policy manual)
MCPD = "Montgomery County Police Department"
doc("05_montgomery-county-pd-frt-function-code.txt", [
    ("MONTGOMERY COUNTY POLICE DEPARTMENT (MARYLAND) - DIRECTIVES MANUAL", """\
FUNCTION CODE 1175                                        FACIAL RECOGNITION TECHNOLOGY
Effective: 10/01/2024        Replaces: Headquarters Memorandum 22-04        Pages: 2

I.    POLICY
It is the policy of the Department to use FRT only to generate investigative leads.
This directive implements the Maryland facial recognition statute and County procurement rules.

II.   DEFINITIONS
  A. Facial recognition technology (FRT): software that compares a probe image with images in a
     database and returns possible matches.
  B. Probe image: an image of an unknown person submitted for comparison.
  C. Possible match: a candidate returned by FRT and reviewed by a trained examiner.
  D. Trained examiner: a member who has completed the training described in Section VII.

III.  AUTHORIZED USES
  A. FRT may be used only to investigate a felony or to identify a missing or deceased person.
  B. Only trained examiners assigned to the Real Time Crime Center (RTCC) may run FRT searches.
  C. No more than 12 members may hold FRT accounts at any time.

IV.   PROHIBITED USES
  A. Members shall not use FRT on persons solely because they are exercising First Amendment rights.
  B. Members shall not use FRT for live or real-time identification from video.
  C. Members shall not submit sketches, composites or digitally altered images as probe images.
  D. A possible match shall not be the sole basis for an arrest, a search warrant or a photo array.

V.    PROCEDURES
  A. The requesting member shall submit Form 1175A with a case number and the offense.
  B. The examiner shall record each search, the database searched and the result in the RTCC log.
  C. A possible match shall be corroborated by independent evidence before any enforcement action.
""", "FC 1175 - Page 1 of 2"),
    ("MONTGOMERY COUNTY POLICE DEPARTMENT (MARYLAND) - DIRECTIVES MANUAL", """\
FUNCTION CODE 1175 (continued)

VI.   EXCEPTIONS
  A. If there is an imminent threat to life, a duty commander may authorize a search without Form 1175A.
  B. After an emergency search the requesting member shall submit Form 1175A within 24 hours.

VII.  TRAINING AND AUDIT
  A. Each examiner shall complete 24 hours of FRT examiner training before receiving an account.
  B. The RTCC supervisor shall audit the FRT log every quarter and report to the Chief of Police.
  C. This directive does not prohibit members from viewing publicly posted images during an
     investigation.

VIII. PENDING REVISION (NOT IN EFFECT)
  The following text has been proposed to the County Council Public Safety Committee. It is not
  in effect and does not bind members unless and until it is adopted:
  "Members shall not run FRT searches on images captured by body-worn cameras."

IX.   PROPONENT UNIT: Investigative Services Bureau, Real Time Crime Center
X.    CANCELLATION: This directive cancels Headquarters Memorandum 22-04.

Evelyn R. Tarrant
Chief of Police
""", "FC 1175 - Page 2 of 2"),
], "pdf", MCPD,
    [MCPD, "Montgomery County Council"], [], [],
    [],
    [N(12, "up to", "users", None, "No more than 12 members may hold FRT accounts at any time.", MCPD)],
    [P("It is the policy of the Department to use FRT only to generate investigative leads.", MCPD),
     P("FRT may be used only to investigate a felony or to identify a missing or deceased person.", MCPD),
     P("Only trained examiners assigned to the Real Time Crime Center (RTCC) may run FRT searches.", MCPD),
     P("No more than 12 members may hold FRT accounts at any time.", MCPD),
     P("Members shall not use FRT on persons solely because they are exercising First Amendment rights.", MCPD),
     P("Members shall not use FRT for live or real-time identification from video.", MCPD),
     P("Members shall not submit sketches, composites or digitally altered images as probe images.", MCPD),
     P("A possible match shall not be the sole basis for an arrest, a search warrant or a photo array.", MCPD),
     P("The requesting member shall submit Form 1175A with a case number and the offense.", MCPD),
     P("The examiner shall record each search, the database searched and the result in the RTCC log.", MCPD),
     P("A possible match shall be corroborated by independent evidence before any enforcement action.", MCPD),
     P("If there is an imminent threat to life, a duty commander may authorize a search without Form 1175A.", MCPD),
     P("After an emergency search the requesting member shall submit Form 1175A within 24 hours.", MCPD),
     P("Each examiner shall complete 24 hours of FRT examiner training before receiving an account.", MCPD),
     P("The RTCC supervisor shall audit the FRT log every quarter and report to the Chief of Police.", MCPD)],
    [], ["2024-10-01"], scan="print")


# ---------------------------------------------------------------- 6 Nassau County, New York (state audit)
NCPD = "Nassau County Police Department"
IDE = "Idemia"
MFI = "MorphoFace Investigate"
WL = [13, 32, 46, 12]
lhead = row(["Date", "Vendor", "Description", "Amount"], WL)
g1 = row(["02/14/2022", "Clearview AI, Inc.", "Search subscription 2022, 25 users", "$50,000.00"], WL)
g2 = row(["03/30/2022", "Idemia Identity & Security", "Livescan fingerprint station maintenance", "$38,220.00"], WL)
g3 = row(["06/10/2022", "Idemia Identity & Security", "MorphoFace Investigate, 4 workstation lic.", "$96,000.00"], WL)
g4 = row(["01/20/2023", "Clearview AI, Inc.", "Search subscription 2023, 25 users", "$55,000.00"], WL)
g5 = row(["04/03/2023", "Axon Enterprise, Inc.", "Evidence.com body-worn camera storage", "$121,400.00"], WL)
g6 = row(["09/18/2023", "P-card (JPMorgan Chase)", "Travel, IACP annual conference, 2 officers", "$3,912.40"], WL)
g7 = row(["01/22/2024", "Clearview AI, Inc.", "Search subscription 2024, 30 users", "$64,500.00"], WL)
g8 = row(["05/06/2024", "Idemia Identity & Security", "MorphoFace Investigate support 2024-25", "$14,400.00"], WL)
gt = row(["", "Total, all listed claims", "", "$443,432.40"], WL)
doc("06_nassau-county-pd-comptroller-frt-audit.txt", [
    ("OFFICE OF THE NEW YORK STATE COMPTROLLER - Division of Local Government and School Accountability", f"""\
Nassau County Police Department - Facial Recognition Technology Purchases and Use
Report of Examination 2024M-0213                                          Issued: December 2024

FINDING 2 - Department officials did not adequately monitor facial recognition purchases and use

Purchases
From January 1, 2022 through June 30, 2024 (the audit period) the Department paid $279,900 to
two facial recognition vendors, Clearview AI, Inc. and Idemia Identity & Security USA LLC. The
County's accounts payable system records these payments together with other Department software
and equipment claims. Figure 3 reproduces the extract we reviewed. The County's 2025-2029
capital plan also sets aside $1.2 million for a replacement facial recognition system.

Figure 3: Accounts Payable Extract, Police Department, Selected Vendors
{lhead}
{g1}
{g2}
{g3}
{g4}
""", "Report 2024M-0213 | 9"),
    ("OFFICE OF THE NEW YORK STATE COMPTROLLER - Division of Local Government and School Accountability", f"""\
Figure 3 (continued)
{lhead}
{g5}
{g6}
{g7}
{g8}
{gt}
Source: Nassau County accounts payable system; OSC analysis

Use
Clearview AI account logs provided by the vendor showed 6,204 searches by 41 different user
names during the audit period, although the Department never held more than 30 user licences.
Of the 6,204 searches, 1,388 (22 percent) had no case number in the case field. Idemia search
logs were not retained before March 2024, so we could not determine how often that system was
used. It searches the County booking image database of approximately 2.3 million images.

Policies and controls
The Department has no written policy that governs facial recognition use. No Department rule
prohibits officers from searching images of people at demonstrations, and no rule limits which
crimes may be investigated with the technology. The only written rule we found is in the
Clearview user agreement:
each user must enter a case number and a crime type before running a search.

What We Recommend
Department officials should:
  1. Adopt a written policy that requires a case number for every search and limits use to
     criminal investigations.
  2. Reconcile Clearview user names with licences purchased and disable unlicensed accounts.
  3. Retain Idemia search logs for at least three years.

Department officials agreed with our recommendations and told us that a draft General Order
is under review. Their response is in Appendix B.
""", "Report 2024M-0213 | 10"),
], "pdf", NCPD,
    [NCPD, "Office of the New York State Comptroller", "Nassau County"], [CV, IDE, "Axon"], [MFI, "Evidence.com"],
    [C(279900, 279900, None, "the Department paid $279,900", NCPD, None),
     C(1200000, 1200000, None, "capital plan also sets aside $1.2 million", NCPD, None),
     C(50000, 50000, "year", span(g1, "Search subscription 2022", "$50,000.00"), NCPD, CV),
     C(96000, 96000, None, span(g3, "MorphoFace Investigate, 4", "$96,000.00"), NCPD, IDE, MFI),
     C(55000, 55000, "year", span(g4, "Search subscription 2023", "$55,000.00"), NCPD, CV),
     C(64500, 64500, "year", span(g7, "Search subscription 2024", "$64,500.00"), NCPD, CV),
     C(14400, 14400, "year", span(g8, "MorphoFace Investigate support", "$14,400.00"), NCPD, IDE, MFI)],
    [N(25, "exact", "users", None, "Search subscription 2022, 25 users", NCPD, CV),
     N(4, "exact", "licenses", None, "MorphoFace Investigate, 4 workstation lic.", NCPD, IDE),
     N(30, "exact", "users", None, "Search subscription 2024, 30 users", NCPD, CV),
     N(6204, "exact", "searches", None, "showed 6,204 searches", NCPD, CV),
     N(41, "exact", "users", None, "41 different user", NCPD, CV),
     N(1388, "exact", "searches", None, "1,388 (22 percent) had no case number", NCPD, CV),
     N(2300000, "approximately", "images", None, "approximately 2.3 million images", NCPD, IDE)],
    [P("each user must enter a case number and a crime type before running a search.", NCPD, CV)],
    [], ["2024-12", "2022-01-01", "2024-06-30", "2022-02-14", "2022-03-30", "2022-06-10", "2023-01-20",
         "2023-04-03", "2023-09-18", "2024-01-22", "2024-05-06", "2024-03"])


# ---------------------------------------------------------------- 7 Nashville, Tennessee (spreadsheet export)
MNPD = "Metropolitan Nashville Police Department"
COG = "Cognitec"
LOG = [("Jul 2023", 208, 61, 19, 4, ""), ("Aug 2023", 231, 70, 22, 6, ""),
       ("Sep 2023", 196, 55, 17, 3, "System down 3 days (upgrade)"), ("Oct 2023", 244, 72, 25, 7, ""),
       ("Nov 2023", 219, 64, 20, 5, ""), ("Dec 2023", 187, 51, 15, 2, ""),
       ("Jan 2024", 226, 66, 21, 5, "2 analysts at ALPR training"), ("Feb 2024", 240, 74, 24, 6, ""),
       ("Mar 2024", 252, 77, 26, 8, "Flock ALPR pilot (Sheet 2)"), ("Apr 2024", 233, 69, 22, 5, ""),
       ("May 2024", 261, 80, 27, 7, ""), ("Jun 2024", 248, 73, 23, 6, "")]
WN = [15, 11, 19, 8, 10, 30]
nhead = row(["Month", "Searches", "Possible matches", "Leads", "Arrests", "Notes"], WN)
nrows = [row([m, str(s), str(p), str(ld), str(a), note], WN) for m, s, p, ld, a, note in LOG]
TS, TP, TL, TA = (sum(r[i] for r in LOG) for i in (1, 2, 3, 4))
ntot = row(["FY2024 total", f"{TS:,}", f"{TP:,}", f"{TL:,}", f"{TA:,}", ""], WN)
NHDR = "FRU_Activity_FY2024.xlsx   Sheet1 (Monthly Log)          Printed 7/15/2024 9:42 AM"
doc("07_metro-nashville-pd-fr-monthly-activity-log.txt", [
    (NHDR, f"""\
METROPOLITAN NASHVILLE POLICE DEPARTMENT - FACIAL RECOGNITION UNIT
Monthly Activity Log, FY2024 (July 1, 2023 - June 30, 2024)
System:                 Cognitec FaceVACS-DBScan LE
Gallery (06/30/2024):   1,264,880 booking images
Active user accounts:   22
Annual maintenance:     $18,900.00   (Cognitec Systems Corp., PO 4410028)

{nhead}
{NL.join(nrows[:8])}
""", "Page 1 of 2"),
    (NHDR, f"""\
{nhead}
{NL.join(nrows[8:])}
{ntot}

Notes:
1. Searches = probe images submitted to FaceVACS-DBScan; re-runs with new settings count again.
2. Possible matches = candidate lists sent to the case detective after examiner review.
3. Per MNPD Manual 4.600, a possible match is not probable cause and must be corroborated before arrest.
4. ALPR (Flock) hits and costs are on Sheet 2 and are not included here.
5. No per-search fee; all searches are covered by the annual maintenance.
""", "Page 2 of 2"),
], "print", MNPD,
    [MNPD], [COG, "Flock Safety"], ["FaceVACS-DBScan"],
    [C(18900, 18900, "year", "Annual maintenance:     $18,900.00", MNPD, COG, "FaceVACS-DBScan")],
    [N(1264880, "exact", "images", None, "Gallery (06/30/2024):   1,264,880 booking images", MNPD, COG),
     N(22, "exact", "users", None, "Active user accounts:   22", MNPD, COG)]
    + [N(s, "exact", "searches", "month", span(r, m, str(s)), MNPD, COG) for (m, s, *_), r in zip(LOG, nrows)]
    + [N(TS, "exact", "searches", "year", span(ntot, "FY2024 total", f"{TS:,}"), MNPD, COG),
       N(TP, "exact", "matches", "year", span(ntot, "FY2024 total", f"{TP:,}"), MNPD, COG),
       N(TL, "exact", "leads", "year", span(ntot, "FY2024 total", f"{TL:,}"), MNPD, COG),
       N(TA, "exact", "arrests", "year", span(ntot, "FY2024 total", f"{TA:,}"), MNPD, COG)],
    [P("a possible match is not probable cause and must be corroborated before arrest.", MNPD, COG)],
    [], ["2023-07-01", "2024-06-30", "2024-07-15"], scan="photocopy")


# ---------------------------------------------------------------- 8 Naperville, Illinois (Teams chat export)
NPD = "Naperville Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
THDR = "Microsoft Teams - Chat export                               Exported 03/11/2025 2:16 PM"
doc("08_naperville-pd-facesearch-renewal-teams-chat.txt", [
    (THDR, """\
Chat: FaceSearch renewal FY25
Participants: Lt. Rosa Whitfield; Sgt. Kyle Demaree; Tamsin Oduya (Finance); Ben Carraway (Analyst)
Exported by the Naperville Police Department Records Section for FOIA request F25-0632

Rosa Whitfield      1/27/2025 9:04 AM
    Renewal notice from Motorola came in for Vigilant FaceSearch.
    They want $27,600 for the 2025-26 term. We paid $24,000 for 2024-25.

Kyle Demaree      1/27/2025 9:06 AM
    15% jump?? Same number of seats?

Rosa Whitfield      1/27/2025 9:07 AM
    Same 15 seats. $1,840 a seat now, was $1,600.

Tamsin Oduya      1/27/2025 9:15 AM
    Budget line 4240-FACESRCH has $25,000 for it this year, so 27.6K leaves us 2.6K short.

Ben Carraway      1/27/2025 9:22 AM
    For the justification memo: we ran 1,930 FaceSearch searches in calendar 2024, about 160 a month.
    The DuPage County booking set Motorola loads for us is ~610,000 images.

Kyle Demaree      1/27/2025 9:30 AM
    The notice also says overage is $8-10 per search past 2,500 searches a year. We won't get close.

Tamsin Oduya      1/27/2025 10:02 AM
    Keep the LPR renewal out of this PO. Vigilant LPR is $52,480 and goes to Council on its own.

Rosa Whitfield      1/27/2025 10:05 AM
    Agreed. FYI Joliet PD told me they pay around $19,000 a year for 10 seats on the same product.
""", "Page 1 of 2"),
    (THDR, """\
Kyle Demaree      1/28/2025 8:41 AM
    Reminder before the memo goes up, GO 41.9:
    - a FaceSearch result is a lead only and can't be the sole basis for an arrest
    - every search needs an incident number in the case field

Ben Carraway      1/28/2025 9:10 AM
    Checked the 2024 log. All but 14 of the 1,930 have one; the 14 were training runs on the demo set.

Rosa Whitfield      1/28/2025 9:30 AM
    Kyle floated requiring a second examiner to sign off on every candidate. Not policy yet,
    let's put it on the March staff meeting agenda.

Tamsin Oduya      1/28/2025 11:47 AM
    Renewal PO will be $27,600.00 not to exceed, Motorola Solutions, term 3/1/2025-2/28/2026.
    The user conference trip (2 analysts, about $2,300) is a separate travel request.

Rosa Whitfield      1/28/2025 11:52 AM
    Thanks. I'll sign the justification today.
""", "Page 2 of 2"),
], "print", NPD,
    [NPD, "Joliet Police Department", "Naperville City Council"], [MSI, "Vigilant Solutions"], [VFS],
    [C(27600, 27600, "year", "They want $27,600 for the 2025-26 term", NPD, MSI, VFS),
     C(24000, 24000, "year", "We paid $24,000 for 2024-25", NPD, MSI, VFS),
     C(1840, 1840, "year", "$1,840 a seat now, was $1,600", NPD, MSI, VFS, "per seat"),
     C(1600, 1600, "year", "$1,840 a seat now, was $1,600", NPD, MSI, VFS, "per seat"),
     C(25000, 25000, None, "Budget line 4240-FACESRCH has $25,000 for it this year", NPD, None, VFS),
     C(8, 10, None, "overage is $8-10 per search", NPD, MSI, VFS, "per search"),
     C(19000, 19000, "year", "they pay around $19,000 a year for 10 seats", "Joliet Police Department", MSI, VFS)],
    [N(15, "exact", "licenses", None, "Same 15 seats", NPD, MSI),
     N(1930, "exact", "searches", "year", "we ran 1,930 FaceSearch searches in calendar 2024", NPD, MSI),
     N(610000, "approximately", "images", None, "~610,000 images", NPD, MSI),
     N(10, "exact", "licenses", None, "for 10 seats on the same product", "Joliet Police Department", MSI),
     N(14, "exact", "searches", None, "All but 14 of the 1,930", NPD, MSI)],
    [P("a FaceSearch result is a lead only and can't be the sole basis for an arrest", NPD, MSI),
     P("every search needs an incident number in the case field", NPD, MSI)],
    [], ["2025-03-11", "2025-01-27", "2025-01-28", "2024", "2025-03-01", "2026-02-28"], scan="print")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    n = {k: sum(len(d["label"][k]) for d in DOCS) for k in ("costs", "counts", "image_counts", "policies")}
    print(f"wrote {len(DOCS)} documents: {n}")


if __name__ == "__main__":
    main()
