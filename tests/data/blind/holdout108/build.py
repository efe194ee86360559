"""Writes docs/*.txt and labels.json for holdout108 (four invented releases: MT, DE, OK, WV).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
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


KINDS = {"requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"}


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
        assert len(lines) <= MAX_LINES, (file, len(texts), len(lines))
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



# ---------------------------------------------------------------- 1 Montana: Havre PD (council minutes)
HPD = "Havre Police Department"
HCC = "Havre City Council"
HCSO = "Hill County Sheriff's Office"
CV = "Clearview AI"
doc("01_havre-pd-council-minutes-clearview.txt", [
    (None, """\
CITY OF HAVRE, MONTANA
CITY COUNCIL - REGULAR MEETING MINUTES
Monday, September 16, 2024, 6:00 p.m.
Council Chambers, City Hall, 520 Fourth Avenue, Havre, MT 59501

PRESENT: Mayor Linda Osterhout; Council Members Ray Bjornstad, Carla
Whitehorse, Dean Moffitt, Tess Larchmont, Gil Anhalt, Marv Solberg and
Jo Pickett. STAFF: City Attorney Nolan Rask, Finance Director Arlene
Dusek, Police Chief Brent Tollefson, City Clerk Megan Hoiland.

1. CALL TO ORDER. Mayor Osterhout called the meeting to order at 6:00
p.m. and led the Pledge of Allegiance.

2. MINUTES. Moffitt moved to approve the minutes of the September 3,
2024 regular meeting; Pickett seconded. Motion carried 7-0.

3. CONSENT AGENDA. Claims in the amount of $412,887.16 and the Fire
Department's purchase of four SCBA cylinders ($6,940.00). Larchmont
moved to approve the consent agenda; Anhalt seconded. Carried 7-0.

4. NEW BUSINESS

A. Police Department - Clearview AI facial recognition subscription
   (Resolution 2024-31)

Chief Tollefson presented the request. The Department proposes a
one-year subscription to Clearview AI for three investigator accounts
at $2,000 per account per year, a total of $6,000 for the year, paid
from the drug forfeiture fund (Fund 2930) and not the general fund.
Detectives used a free 30-day trial in July 2024; they ran 27 searches
during the trial, which produced leads in four cases. The Chief said
Clearview's database holds over 40 billion publicly available images
and that the subscription includes the Clearview Mobile app. The Hill
County Sheriff's Office has had two Clearview accounts since 2023 and
pays about $3,800 a year.

City Attorney Rask advised that the Department's use would fall under
the facial recognition provisions the Legislature enacted in 2023, and
that under the Department's records schedule every search must be
logged with the case number and the name of the requesting officer.""",
     "Havre City Council Minutes 09/16/2024 - Page 1 of 2 - HPD RR 24-118"),
    (None, """\
Public comment: Paula Grinde, 1407 Ninth Street, spoke against the
item and noted that there is no city ordinance prohibiting the
Department from sharing search results with federal agencies. Ken
Avery, 33 Bullhook Road, spoke in favor.

Whitehorse moved to adopt Resolution 2024-31 approving the subscription
subject to the following conditions, which Chief Tollefson accepted on
behalf of the Department:
  (a) Searches shall be run only in connection with an open criminal
      investigation that has a case number.
  (b) A possible match shall be treated as an investigative lead only
      and shall not by itself establish probable cause for an arrest.
  (c) Accounts shall not be shared, and no search may be run on images
      from the City's traffic or building cameras.
  (d) The Chief shall report the number of searches and their outcomes
      to the Council each January.
  (e) An officer who misuses the service will be subject to discipline
      under Department Policy 340.
Bjornstad seconded. Anhalt proposed an amendment limiting the term to
six months; the amendment failed for lack of a second.

Roll call on Resolution 2024-31: Ayes - Bjornstad, Whitehorse, Moffitt,
Larchmont, Anhalt, Pickett. Nays - Solberg. Motion carried 6-1.

B. Police Department - in-car video systems

Chief Tollefson requested approval to buy two WatchGuard M500 in-car
video systems from Motorola Solutions for $11,780.00 to replace the
units in patrol cars 14 and 17. Moffitt moved to approve; Pickett
seconded. Motion carried 7-0.

5. ADJOURNMENT. There being no further business, the meeting adjourned
at 7:12 p.m.

Attest: Megan Hoiland, City Clerk
Approved by the Council on October 7, 2024""",
     "Havre City Council Minutes 09/16/2024 - Page 2 of 2 - HPD RR 24-118"),
], "pdf", HPD,
    [HPD, HCC, HCSO, "City of Havre Fire Department"],
    [CV, "Motorola Solutions"],
    ["Clearview Mobile", "WatchGuard M500"],
    [C(2000, 2000, "year", "at $2,000 per account per year", HPD, CV, unit="per user"),
     C(6000, 6000, "year", "a total of $6,000 for the year", HPD, CV),
     C(3800, 3800, "year", "pays about $3,800 a year", HCSO, CV)],
    [N(3, "exact", "licenses", None, "three investigator accounts", HPD, CV),
     N(27, "exact", "searches", None, "they ran 27 searches during the trial", HPD, CV),
     N(4, "exact", "leads", None, "produced leads in four cases", HPD, CV),
     N(40000000000, "more than", "images", None, "over 40 billion publicly available images", None, CV),
     N(2, "exact", "licenses", None, "has had two Clearview accounts since 2023", HCSO, CV)],
    [P("every search must be logged with the case number and the name of the requesting officer", HPD,
       "requirement"),
     P("Searches shall be run only in connection with an open criminal investigation that has a case number.",
       HPD, "requirement"),
     P("A possible match shall be treated as an investigative lead only and shall not by itself establish "
       "probable cause for an arrest.", HPD, "disclaimer"),
     P("Accounts shall not be shared, and no search may be run on images from the City's traffic or building "
       "cameras.", HPD, "prohibition"),
     P("The Chief shall report the number of searches and their outcomes to the Council each January.", HPD,
       "requirement"),
     P("An officer who misuses the service will be subject to discipline under Department Policy 340.", HPD,
       "consequence")],
    [],
    ["2024-09-16", "2024-09-03", "2024-07", "2023", "2024-10-07"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Delaware: Elsmere PD (Gmail, inline)
EPD = "Elsmere Police Department"
ROC = "Rank One Computing"
ROCI = "ROC Investigate"
NPD = "Newport Police Department"
SUBJ2 = "Rank One quote for EPD"
GHEAD = "2/9/24, 10:47 AM             Town of Elsmere Mail - " + SUBJ2
GURL = "https://mail.google.com/mail/u/0/?ik=8c2f41d07a&view=pt&search=all"
DW = "Dana Whitcomb <dwhitcomb@elsmere-de.gov>"
GF = "Greg Faulkner <gfaulkner@elsmere-de.gov>"
RV = "Ronald Vasko <rvasko@elsmere-de.gov>"
doc("02_elsmere-pd-rank-one-gmail-thread.txt", [
    (GHEAD, f"""\
Elsmere Mail                    {DW}

{SUBJ2}
3 messages

{DW}    Mon, Feb 5, 2024 at 9:12 AM
To: {GF}
Cc: Chief {RV}

Greg,

Attached is the quote from Rank One Computing for ROC Investigate, the
face search software we demoed in January. Short version:

 - Annual license: $7,200 for 4 analyst seats ($1,800 per seat per year)
 - One-time onboarding and training: $1,500
 - We would load our own booking photos, about 18,600 images going
   back to 2009. No DMV photos and nothing from social media.

Right now we email probe photos to the Delaware State Police and wait
in their queue. We sent them 14 requests last year. Rank One bills us
tax exempt, with no shipping (it is hosted). Quote good for 60 days.

Dana

--
Lt. Dana Whitcomb
Criminal Investigations, Elsmere Police Department
11 Poplar Avenue, Elsmere, DE 19805 | (302) 555-0196

{GF}    Tue, Feb 6, 2024 at 4:38 PM
To: {DW}
Cc: Chief {RV}

Questions inline.

On Mon, Feb 5, 2024 at 9:12 AM {DW}
wrote:
> - Annual license: $7,200 for 4 analyst seats ($1,800 per seat per year)""",
     GURL + "   1/2"),
    (GHEAD, f"""\
Why four seats? CID is two detectives. Can we do two?

> - One-time onboarding and training: $1,500

This isn't in the FY24 budget. The police software line (01-210-5440)
has $9,000 left, but the Axon body camera payment of $31,450 comes due
in March.

Council will ask about rules. Do we have anything in writing? Newport
pays about $5,000 a year for theirs, per their chief, if that helps.

Greg

{DW}    Thu, Feb 8, 2024 at 11:05 AM
To: {GF}
Cc: Chief {RV}

Answers below, marked DW.

On Tue, Feb 6, 2024 at 4:38 PM {GF}
wrote:
> Why four seats? CID is two detectives. Can we do two?

DW: Yes. Rank One will do 2 seats at $1,950 per seat, so $3,900 a
year. Onboarding stays the same. Newport's number is for Clearview, not
Rank One, so it isn't a like-for-like comparison.

> Council will ask about rules. Do we have anything in writing?

DW: Yes. The Chief signed General Order 24-03 on February 1, 2024:
  * ROC Investigate will be used only to identify suspects, victims
    and witnesses in felony investigations, and the case number must
    be entered with every search.
  * A possible match is an investigative lead only. It is not probable
    cause and cannot be the sole basis for an arrest or a warrant.
  * Searches of people engaged in lawful protest or other First
    Amendment activity are prohibited.
  * Misuse of the system will result in discipline up to and
    including termination.
There is no policy yet on sharing results with other agencies.""",
     GURL + "   2/2"),
], "print", EPD,
    [EPD, "Town of Elsmere", "Delaware State Police", NPD],
    [ROC, CV, "Axon"],
    [ROCI],
    [C(7200, 7200, "year", "Annual license: $7,200 for 4 analyst seats", EPD, ROC, ROCI),
     C(1800, 1800, "year", "$1,800 per seat per year", EPD, ROC, ROCI, unit="per user"),
     C(1500, 1500, "one-time", "One-time onboarding and training: $1,500", EPD, ROC, ROCI),
     C(5000, 5000, "year", "pays about $5,000 a year for theirs", NPD, CV),
     C(1950, 1950, "year", "2 seats at $1,950 per seat", EPD, ROC, ROCI, unit="per user"),
     C(3900, 3900, "year", "so $3,900 a year", EPD, ROC, ROCI)],
    [N(4, "exact", "licenses", None, "$7,200 for 4 analyst seats", EPD, ROC),
     N(18600, "approximately", "images", None, "about 18,600 images", EPD, ROC),
     N(14, "exact", "requests", "year", "We sent them 14 requests last year", EPD, None),
     N(2, "exact", "licenses", None, "Rank One will do 2 seats", EPD, ROC)],
    [P("ROC Investigate will be used only to identify suspects, victims and witnesses in felony "
       "investigations", EPD, "purpose"),
     P("the case number must be entered with every search", EPD, "requirement"),
     P("A possible match is an investigative lead only. It is not probable cause and cannot be the sole "
       "basis for an arrest or a warrant.", EPD, "disclaimer"),
     P("Searches of people engaged in lawful protest or other First Amendment activity are prohibited.",
       EPD, "prohibition"),
     P("Misuse of the system will result in discipline up to and including termination.", EPD,
       "consequence")],
    [E("Dana Whitcomb", "Greg Faulkner", "Mon, Feb 5, 2024 at 9:12 AM", SUBJ2),
     E("Greg Faulkner", "Dana Whitcomb", "Tue, Feb 6, 2024 at 4:38 PM", SUBJ2),
     E("Dana Whitcomb", None, "Mon, Feb 5, 2024 at 9:12 AM", None),
     E("Dana Whitcomb", "Greg Faulkner", "Thu, Feb 8, 2024 at 11:05 AM", SUBJ2),
     E("Greg Faulkner", None, "Tue, Feb 6, 2024 at 4:38 PM", None)],
    ["2024-02-09", "2024-02-05", "2024-02-06", "2024-02-08", "2024-02-01", "2009"],
    scan="print")


# ---------------------------------------------------------------- 3 Oklahoma: Cleveland County SO (audit)
CCSO = "Cleveland County Sheriff's Office"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
MONTHS = [("Jul 2023", 88, 52, 17), ("Aug 2023", 94, 57, 20), ("Sep 2023", 79, 46, 15),
          ("Oct 2023", 102, 63, 22), ("Nov 2023", 85, 49, 16), ("Dec 2023", 71, 41, 13),
          ("Jan 2024", 96, 58, 19), ("Feb 2024", 83, 50, 17), ("Mar 2024", 110, 67, 24),
          ("Apr 2024", 91, 55, 18), ("May 2024", 99, 60, 21), ("Jun 2024", 87, 52, 18)]
assert sum(m[1] for m in MONTHS) == 1085 and sum(m[2] for m in MONTHS) == 650 and sum(m[3] for m in MONTHS) == 220
ROWS = "\n".join(f"{m:<12}{s:>9}{c:>17}{l:>17}" for m, s, c, l in MONTHS)
doc("03_cleveland-county-so-fr-annual-audit.txt", [
    (None, """\
CLEVELAND COUNTY SHERIFF'S OFFICE
Office of Professional Standards - Compliance Unit
201 South Jones Avenue, Norman, Oklahoma 73069  |  (405) 555-0127

ANNUAL AUDIT OF FACIAL RECOGNITION SEARCHES
Fiscal Year 2024 (July 1, 2023 - June 30, 2024)

Audit No. OPS-CA-2024-07                   Issued: August 26, 2024
Auditor: Kendra Tallbear, Compliance Analyst
Reviewed by: Capt. Lyle Brannock, Commander, Professional Standards

1. PURPOSE AND SCOPE
This audit tests the Office's use of MorphoFace Investigate (MFI), the
facial recognition application licensed from IDEMIA Identity & Security
USA LLC, against Sheriff's Office Policy 42.3, "Facial Recognition."
The auditor reviewed every entry in the MFI search log for the fiscal
year and a random sample of 60 case files in which MFI was used.

2. SYSTEM, GALLERY AND ACCOUNTS
MFI searches the Office's own booking photographs only. On June 30,
2024 the gallery held 146,218 booking images of approximately 71,500
individuals booked into the F. DeWayne Beggs Detention Center. The
Office has no access to Oklahoma driver license photographs through
MFI.

At fiscal year end there were 11 MFI user accounts; 8 of those
accounts ran at least one search during the year. Three accounts of
deputies who left the Office were disabled within five days.

3. COST
Annual software maintenance paid to IDEMIA for MFI was $14,350 for
FY2024 (invoice 90-447812, paid October 2023). Maintenance for FY2025
is budgeted at $15,070 for the year, after a 5% vendor increase. The
Office's IDEMIA livescan fingerprint maintenance ($8,900) is not part
of the facial recognition program and was outside this audit.""",
     "CCSO OPS-CA-2024-07                                     Page 1 of 3"),
    (None, f"""\
4. SEARCH ACTIVITY

Table 1. MFI searches by month, FY2024

Month        Searches  Candidate lists  Leads forwarded
                         returned        to case agent
----------  ---------  ---------------  ---------------
{ROWS}
----------  ---------  ---------------  ---------------
Total           1,085              650              220

Source: MFI search log export of July 2, 2024. A search is one probe
image submitted against the gallery; re-submissions of the same probe
with different settings are counted as separate searches.

Of the 1,085 searches, 50 were run at the request of other agencies,
mainly the Norman Police Department and the Moore Police Department,
under the Office's interlocal agreement. A candidate list was returned
in 59.9% of searches.

5. POLICY 42.3 PROVISIONS TESTED
42.3.2  MFI shall be used only to identify suspects, victims and
        witnesses in criminal investigations, missing persons and
        unidentified deceased persons.
42.3.4  Each search shall be logged with a case number and the reason
        for the search.
42.3.5  MFI shall not be used to identify persons engaged in lawful
        assembly, protest or other activity protected by the First
        Amendment.
42.3.6  A candidate returned by MFI is an investigative lead only and
        is not probable cause to arrest.""",
     "CCSO OPS-CA-2024-07                                     Page 2 of 3"),
    (None, """\
42.3.7  A deputy must complete the 16-hour IDEMIA operator course
        before an MFI account is issued.
42.3.9  Violations of this policy shall be referred to the Office of
        Professional Standards and may result in discipline.

6. FINDINGS
Finding 1 (42.3.4). Seven searches in the log had no case number. All
seven were run by one user in March 2024 while testing image quality
settings on a single probe. The user was retrained on July 15, 2024.

Finding 2 (42.3.6). In all 60 sampled case files the lead was marked
"investigative lead only - not probable cause" and was followed by
independent investigation before any arrest.

Finding 3 (42.3.7). All 11 account holders had completed the operator
course. Training records are kept by the Training Division.

No search in the log used images of a protest or public assembly, and
no search used live video. MFI does not support real-time matching in
the Office's configuration.

7. RECOMMENDATIONS
We recommend that the Office require supervisor approval before a
search of a probe image of a juvenile, and that the log export be
reviewed quarterly rather than annually. The Office has not adopted
either recommendation as of the date of this report.

8. MANAGEMENT RESPONSE
Undersheriff Dale Kirkendall concurs with Finding 1 and will present
the recommendations to the Sheriff by October 1, 2024.

This report is a public record under the Oklahoma Open Records Act,
51 O.S. sec. 24A.1 et seq., and is released under request ORA-24-0391.""",
     "CCSO OPS-CA-2024-07                                     Page 3 of 3"),
], "pdf", CCSO,
    [CCSO, "Norman Police Department", "Moore Police Department"],
    [IDM],
    [MFI],
    [C(14350, 14350, "year", "Annual software maintenance paid to IDEMIA for MFI was $14,350", CCSO, IDM, MFI),
     C(15070, 15070, "year", "budgeted at $15,070 for the year", CCSO, IDM, MFI)],
    [N(146218, "exact", "images", None, "the gallery held 146,218 booking images", CCSO),
     N(71500, "approximately", "images", None, "approximately 71,500 individuals", CCSO),
     N(11, "exact", "users", None, "there were 11 MFI user accounts", CCSO, IDM),
     N(8, "exact", "users", "year", "8 of those accounts ran at least one search during the year", CCSO, IDM)]
    + [N(s, "exact", "searches", "month", f"{m:<12}{s:>9}", CCSO, IDM) for m, s, c, l in MONTHS]
    + [N(1085, "exact", "searches", "year", "Total           1,085", CCSO, IDM),
       N(650, "exact", "matches", "year", "Total           1,085              650", CCSO, IDM),
       N(220, "exact", "leads", "year", "Total           1,085              650              220", CCSO, IDM),
       N(50, "exact", "requests", "year", "50 were run at the request of other agencies", CCSO, IDM),
       N(7, "exact", "searches", "year", "Seven searches in the log had no case number", CCSO, IDM)],
    [P("MFI shall be used only to identify suspects, victims and witnesses in criminal investigations, "
       "missing persons and unidentified deceased persons.", CCSO, "purpose"),
     P("Each search shall be logged with a case number and the reason for the search.", CCSO, "requirement"),
     P("MFI shall not be used to identify persons engaged in lawful assembly, protest or other activity "
       "protected by the First Amendment.", CCSO, "prohibition"),
     P("A candidate returned by MFI is an investigative lead only and is not probable cause to arrest.",
       CCSO, "disclaimer"),
     P("A deputy must complete the 16-hour IDEMIA operator course before an MFI account is issued.", CCSO,
       "requirement"),
     P("Violations of this policy shall be referred to the Office of Professional Standards and may result "
       "in discipline.", CCSO, "consequence")],
    [],
    ["2023-07-01", "2024-06-30", "2024-08-26", "2023-10", "2024-07-02", "2024-03", "2024-07-15",
     "2024-10-01"],
    scan="pdf")


# ---------------------------------------------------------------- 4 West Virginia: Fairmont PD (PO + quote)
FPD = "Fairmont Police Department"
CDW = "CDW Government LLC"
BC = "BriefCam"
BCI = "BriefCam Investigate"
L1 = " 1  BriefCam Investigate - Face        6  EA    1,240.00     7,440.00"
L2 = " 2  BriefCam implementation and        1  LOT   2,600.00     2,600.00"
doc("04_fairmont-pd-briefcam-purchase-order.txt", [
    (None, f"""\
CITY OF FAIRMONT, WEST VIRGINIA                     PURCHASE ORDER
Finance Department - Purchasing
200 Jackson Street, Fairmont, WV 26554          PO Number: 24-000317
Phone (304) 555-0150                            PO Date:   06/11/2024
                                                Requisition: R24-1092
                                                Dept: POLICE (210)

VENDOR NO. 100482                     SHIP TO:
CDW Government LLC                    Fairmont Police Department
230 N. Milwaukee Avenue               500 Quincy Street
Vernon Hills, IL 60061                Fairmont, WV 26554
                                      Attn: Sgt. Harlan Mezzatesta

Contract: GSA MAS 47QTCA19D00LW   Terms: Net 30   FOB: Destination

Ln  Description                      Qty  UOM  Unit Price     Extended
--  -----------------------------  -----  ---  ----------  -----------
{L1}
    Recognition option, 12-month
    subscription, per user
{L2}
    remote training (one-time)
 3  Axis P3268-LVE outdoor dome        4  EA    1,095.00     4,380.00
    camera, Jackson St. garage
 4  Shipping and handling              1  EA       45.00        45.00
                                                            -----------
                                                Subtotal     14,465.00
                                      WV sales tax 6% EXEMPT      0.00
                                                PO TOTAL     14,465.00

ACCOUNT DISTRIBUTION
 210-5640-330  Software subscriptions and services           10,040.00
 210-5810-410  Equipment - cameras and freight                4,425.00

City of Fairmont is exempt from WV consumers sales tax, certificate
no. 1038-2277. Reference PO number on all invoices and packing slips.

Approved: Teresa Gallo, Purchasing Agent      06/11/2024
          Mark Dunleavy, Finance Director     06/11/2024""",
     "Fairmont PD FOIA 2024-077                                   FPD-0012"),
    (None, """\
CDW GOVERNMENT LLC                                      PRICE QUOTE
Quote No. NKWP482      Quote date: 05/28/2024   Valid through: 06/27/2024
Account manager: Trevor Lindqvist | (866) 555-0139
Customer: Fairmont Police Department, Attn: Sgt. Harlan Mezzatesta

Item                                                            Price
-----------------------------------------------------   -------------
BriefCam Investigate, Face Recognition option                7,440.00
  (6 users), 12 months, mfr part BC-INV-FR-12M
BriefCam Professional Services - remote install and          2,600.00
  two training sessions
Axis P3268-LVE dome camera (4 units @ 1,095.00)              4,380.00
Ground shipping                                                 45.00
-----------------------------------------------------   -------------
Quote total                                                 14,465.00

Prices reflect GSA MAS contract pricing. Taxes not included. Software
subscriptions are non-cancellable once activated.


FAIRMONT POLICE DEPARTMENT - REQUISITION JUSTIFICATION

To:      Purchasing
From:    Chief Anthony Ruffner
Date:    June 4, 2024
Re:      BriefCam face recognition option, cameras (R24-1092)

The Department has used BriefCam Investigate since 2022 to review
recorded video. The face recognition option adds the ability to search
recorded video for a face that resembles a probe photo. The option
will be used only on video lawfully obtained in a criminal
investigation. No live or real-time face matching will be enabled, and
the Department is not buying BriefCam's watchlist alerting module.

Under General Order 5.14, every face match must be verified by a
second trained analyst before it is given to a case officer. A match
is an investigative lead only and shall not be the sole basis for an
arrest. The four cameras are for the Jackson Street parking garage and
are not connected to the face recognition option.""",
     "Fairmont PD FOIA 2024-077                                   FPD-0013"),
], "pdf", FPD,
    [FPD, "City of Fairmont"],
    [BC, CDW, "Axis Communications"],
    [BCI, "Axis P3268-LVE"],
    [C(7440, 7440, "year", L1, FPD, CDW, BCI),
     C(1240, 1240, "year", L1, FPD, CDW, BCI, unit="per user"),
     C(2600, 2600, "one-time", L2, FPD, CDW, BCI)],
    [N(6, "exact", "licenses", None, L1, FPD, BC)],
    [P("The option will be used only on video lawfully obtained in a criminal investigation.", FPD, "purpose"),
     P("every face match must be verified by a second trained analyst before it is given to a case officer.",
       FPD, "requirement"),
     P("A match is an investigative lead only and shall not be the sole basis for an arrest.", FPD,
       "disclaimer")],
    [],
    ["2024-06-11", "2024-05-28", "2024-06-27", "2024-06-04", "2022"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
