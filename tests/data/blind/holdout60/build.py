"""Writes docs/*.txt and labels.json for holdout60 (six invented releases: CA, IL, KY, MN, NJ, TX).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, and policy kind)."""
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
    assert kind in ("requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"), kind
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


# ---------------------------------------------------------------- 1 California: Torrance PD (Gmail print)
TPD = "Torrance Police Department"
VIG = "Vigilant Solutions"
SUBJ1 = "CPRA request - facial recognition records"
GHEAD = "3/28/24, 4:05 PM          Gmail - CPRA request - facial recognition records"
doc("01_torrance-pd-vigilant-facesearch-cpra-gmail.txt", [
    (GHEAD, """\
Gmail                               Rebecca Hollis <rhollis.cpra@gmail.com>

CPRA request - facial recognition records
4 messages

Rebecca Hollis <rhollis.cpra@gmail.com>        Tue, Mar 12, 2024 at 9:14 AM
To: pdrecords@torranceca.gov

Hello,

Under the California Public Records Act (Gov. Code 7920.000 et seq.),
I am asking for:
1. any contract, quote or invoice for facial recognition software used
   by the Torrance Police Department since 2020;
2. any policy that governs its use; and
3. records showing how many searches were run in 2023.
Electronic copies are fine. Thank you,
Rebecca Hollis

Dana Whitcomb <dwhitcomb@torranceca.gov>       Thu, Mar 21, 2024 at 3:37 PM
To: Rebecca Hollis <rhollis.cpra@gmail.com>
Cc: Records Unit <pdrecords@torranceca.gov>

Ms. Hollis,

This is the Department's response to request R002114-031224. The
Department uses FaceSearch, a module of the Vigilant Solutions LEARN
platform (Vigilant is now part of Motorola Solutions). Responsive
records are attached (41 pages). In summary:

 - FaceSearch was added to the City's Vigilant agreement in July 2021
   at $9,600 per year.
 - The current term (July 1, 2023 - June 30, 2024) was invoiced at
   $10,080 for FaceSearch.
 - The license plate reader portion of the same agreement is billed
   at $31,250 per year and is outside your request.
 - Contract C2021-118 carries one not-to-exceed amount of $128,000
   over three years for both products together.""",
     "https://mail.google.com/mail/u/0/?ik=4c1e0a9b27&view=pt&search=all   1/2"),
    (GHEAD, """\
The Department's policy is Lexipol Policy 342, Facial Recognition,
attached. Search statistics for 2023 are still being compiled and I
will follow up when I have them.

Copies are provided electronically at no charge; the $0.10 per page
duplication fee (41 pages, $4.10) applies only to paper copies.

Dana Whitcomb
Senior Records Technician, Torrance Police Department
3300 Civic Center Drive, Torrance, CA 90503 | (310) 555-0142

Rebecca Hollis <rhollis.cpra@gmail.com>       Fri, Mar 22, 2024 at 10:02 AM
To: Dana Whitcomb <dwhitcomb@torranceca.gov>

Thanks, Ms. Whitcomb. Two follow-ups: how many people have FaceSearch
accounts, and does Policy 342 say anything about probe photos taken
from social media? If it does not, I would urge the Department to add
a rule against it.
[Quoted text hidden]

Dana Whitcomb <dwhitcomb@torranceca.gov>      Thu, Mar 28, 2024 at 11:45 AM
To: Rebecca Hollis <rhollis.cpra@gmail.com>

Ms. Hollis,

Per Lt. Ramirez in Investigations, FaceSearch accounts are held by 20
members of the Department, all assigned to the Detective Bureau. In
calendar year 2023, Torrance users ran 412 FaceSearch queries.

Policy 342 requires that every FaceSearch query be tied to a report or
incident number. It also states that a possible match is an
investigative lead only and is not probable cause to arrest. There is
no section of the policy that prohibits using images from social
media as probe photos. Vigilant advises that the FaceSearch gallery
holds more than 30 million booking photographs shared by its customer
agencies.

This completes the Department's response, and the request is closed.
Dana
[Quoted text hidden]""",
     "https://mail.google.com/mail/u/0/?ik=4c1e0a9b27&view=pt&search=all   2/2"),
], "print", TPD,
    [TPD],
    [VIG, "Motorola Solutions"],
    ["FaceSearch", "LEARN"],
    [C(9600, 9600, "year", "at $9,600 per year", TPD, VIG, "FaceSearch"),
     C(10080, 10080, "year", "The current term (July 1, 2023 - June 30, 2024) was invoiced at $10,080 for FaceSearch",
       TPD, VIG, "FaceSearch")],
    [N(20, "exact", "users", None, "FaceSearch accounts are held by 20 members of the Department", TPD, VIG),
     N(412, "exact", "searches", "year", "Torrance users ran 412 FaceSearch queries", TPD, VIG),
     N(30000000, "more than", "images", None, "holds more than 30 million booking photographs", None, VIG)],
    [P("Policy 342 requires that every FaceSearch query be tied to a report or incident number.", TPD,
       "requirement"),
     P("It also states that a possible match is an investigative lead only and is not probable cause to arrest.",
       TPD, "disclaimer")],
    [E("Rebecca Hollis", "pdrecords@torranceca.gov", "Tue, Mar 12, 2024 at 9:14 AM", SUBJ1),
     E("Dana Whitcomb", "Rebecca Hollis", "Thu, Mar 21, 2024 at 3:37 PM", SUBJ1),
     E("Rebecca Hollis", "Dana Whitcomb", "Fri, Mar 22, 2024 at 10:02 AM", SUBJ1),
     E("Dana Whitcomb", "Rebecca Hollis", "Thu, Mar 28, 2024 at 11:45 AM", SUBJ1)],
    ["2024-03-28", "2024-03-12", "2024-03-21", "2024-03-22", "2020", "2023", "2021-07", "2023-07-01",
     "2024-06-30"],
    scan="print")


# ---------------------------------------------------------------- 2 Illinois: Elgin PD (PO + cover letter)
EPD = "Elgin Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("02_elgin-pd-cognitec-dbscan-po-cover-letter.txt", [
    (None, """\
COGNITEC SYSTEMS CORPORATION
Public Safety Division - North America
4200 Northside Parkway NW, Suite 300, Atlanta, GA 30327 | (404) 555-0119

May 6, 2024

Commander Alicia Brandt
Investigations Division
Elgin Police Department
151 Douglas Avenue
Elgin, IL 60120

Re: City of Elgin Purchase Order 2024-001377 - FaceVACS-DBScan LE

Dear Commander Brandt,

Thank you for Purchase Order 2024-001377. We accept the order as
issued; our signed acknowledgement is enclosed. The software licences
are delivered electronically, and installation is scheduled for the
week of June 10, 2024.

The server licence and the six client licences are perpetual. The
first year of maintenance is on the order at 20% of the net licence
price. From the second year, maintenance will be invoiced each year
at the same rate unless the City gives 60 days' written notice.

During installation our engineers will enroll the Department's own
booking photographs, about 212,000 images exported from the records
management system, into the FaceVACS-DBScan LE gallery. The system
can hold up to 10 million images without further licences.

Cognitec does not supply a photo database and does not collect images
from the internet. As a contractor to a unit of local government we
understand the Illinois Biometric Information Privacy Act does not
apply to this work (740 ILCS 14/25(e)).

Sincerely,

Markus Feldmann
Regional Sales Manager, Public Safety
markus.feldmann@cognitec.example | Enclosure: PO acknowledgement""", "ELGIN FOIA 24-0733  Page 1"),
    (None, """\
CITY OF ELGIN - PURCHASING DIVISION
150 Dexter Court, Elgin, Illinois 60120 | (847) 555-0160

PURCHASE ORDER No. 2024-001377                       Date: 05/02/2024
Vendor #: 0048812                              Requisition #: RQ-24-2291
Deliver to: Elgin Police Department, 151 Douglas Avenue, Elgin, IL
Account: 100-2310-731.20 (Police Investigations - Computer Software)
Authority: sole source, approved by the City Council 04/24/2024,
Resolution 24-61. Quote Q-ELG-0412 dated 04/08/2024.

Ln Description                         Qty Unit   Unit Price   Extended
-- --------------------------------- --- ---- ------------ ----------
 1 FaceVACS-DBScan LE server licence   1  EA     38,500.00  38,500.00
   (perpetual)
 2 FaceVACS-DBScan LE client licence   6  EA      2,150.00  12,900.00
   (perpetual, per workstation)
 3 Public safety discount, 10% of Ln 1                      -3,850.00
 4 Software maintenance and support,   1  YR      9,510.00   9,510.00
   year 1 (20% of net licences)
 5 Installation, gallery enrollment   1  LOT     4,800.00   4,800.00
   and 2 days of on-site training
 6 Shipping - licence dongles                                   65.00
   Illinois sales tax - exempt, E9997-1634-07                    0.00
                                                           ----------
                                              ORDER TOTAL  61,925.00

Requisition justification: Investigators now wait days for face
searches run by outside agencies. Use of the system is governed by
Elgin Police Department General Order 41-12. Searches may be run only
in support of an open criminal investigation. Each search must be
approved by a sergeant or above and logged with the case number.

Terms: Net 30. Vendor shall not access City images except to provide
support authorized in writing by the Police Department.

Approved: ______________________ Purchasing Manager   Date: 05/02/2024""", "ELGIN FOIA 24-0733  Page 2"),
], "pdf", EPD,
    [EPD, "City of Elgin", "Elgin City Council"],
    [COG],
    [DBS],
    [C(38500, 38500, "one-time", "FaceVACS-DBScan LE server licence   1  EA     38,500.00  38,500.00", EPD, COG,
       DBS),
     C(12900, 12900, "one-time", "FaceVACS-DBScan LE client licence   6  EA      2,150.00  12,900.00", EPD, COG,
       DBS),
     C(2150, 2150, "one-time", "FaceVACS-DBScan LE client licence   6  EA      2,150.00", EPD, COG, DBS,
       unit="per license"),
     C(9510, 9510, "year", "Software maintenance and support,   1  YR      9,510.00", EPD, COG, DBS),
     C(4800, 4800, "one-time", "Installation, gallery enrollment   1  LOT     4,800.00", EPD, COG, DBS),
     C(61925, 61925, None, "ORDER TOTAL  61,925.00", EPD, COG, DBS)],
    [N(6, "exact", "licenses", None, "the six client licences", EPD, COG),
     N(212000, "approximately", "images", None, "about 212,000 images exported from the records management system",
       EPD, COG)],
    [P("Searches may be run only in support of an open criminal investigation.", EPD, "purpose"),
     P("Each search must be approved by a sergeant or above and logged with the case number.", EPD,
       "requirement")],
    [],
    ["2024-05-06", "2024-06-10", "2024-05-02", "2024-04-24", "2024-04-08"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Kentucky: Georgetown PD (annual report)
GPD = "Georgetown Police Department"
LN = "LexisNexis Risk Solutions"
VCC = "Accurint Virtual Crime Center"
doc("03_georgetown-ky-pd-2023-annual-report-vcc.txt", [
    (None, """\
GEORGETOWN POLICE DEPARTMENT
Georgetown, Kentucky
2023 ANNUAL REPORT

A Message from the Chief

2023 was a year of growth for the Department. We ended the year with
68 sworn officers and 19 civilian staff, answered 31,412 calls for
service, and completed the second year of our body-worn camera
program with Axon ($62,400 for the year, funded by the City's general
fund). This report is published in keeping with the Department's
commitment to transparency and is available under the Kentucky Open
Records Act, KRS 61.870 to 61.884.

Chief Raymond T. Ashcraft

Department at a Glance, 2023

  Sworn officers ...................................... 68
  Calls for service ............................... 31,412
  Part I offenses reported ............................ 1,187
  Clearance rate, Part I ............................. 41.6%
  Traffic collisions investigated ..................... 2,306

Contents
  1. Patrol Division .................................... 3
  2. Criminal Investigations Division .................... 4
  3. Investigative Technology ............................ 5
  4. Training and Professional Standards ................. 6""",
     "Georgetown Police Department - 2023 Annual Report - 2"),
    (None, """\
3. INVESTIGATIVE TECHNOLOGY

Face image comparison. Since January 2022 the Criminal Investigations
Division has used the face image search in Accurint Virtual Crime
Center, a service of LexisNexis Risk Solutions. Detectives upload a
photo of an unknown person (from surveillance video, for example) and
the service returns possible matches from booking photographs held by
participating agencies.

In 2022, the first full year of use, detectives ran 168 searches and
the subscription cost $8,400. For 2023 the Department paid $9,150
after the vendor's annual price increase. Eleven detectives and crime
analysts now hold accounts.

Table 6. Face image searches in Accurint Virtual Crime Center, 2023

  Quarter     Searches     Possible     Referred to
                           matches      case detective
  -------     --------     --------     --------------
  Q1                52           31                 12
  Q2                47           26                  9
  Q3                61           38                 15
  Q4                55           30                 11
  -------     --------     --------     --------------
  Total            215          125                 47

Of the 2023 searches, 9 were run at the request of the Versailles
Police Department and the Kentucky State Police. A possible match was
returned in 58% of searches.""", "Georgetown Police Department - 2023 Annual Report - 5"),
    (None, """\
Rules for use. General Order 2022-07, Face Image Comparison, governs
the service. It allows searches only to identify suspects, victims
and witnesses in criminal investigations, and to identify deceased
persons. A possible match is an investigative lead only and is not
probable cause for an arrest. The investigating detective must
confirm any match through other evidence before it is recorded as an
identification. Searches of images of people taking part in lawful
protests are prohibited.

Looking ahead. The Department plans to ask the City Council during
the 2025 budget process to fund video analytics for its downtown
cameras. No decision has been made, and no purchase is planned for
2024.""", "Georgetown Police Department - 2023 Annual Report - 6"),
], "pdf", GPD,
    [GPD, "Versailles Police Department", "Kentucky State Police", "Georgetown City Council"],
    [LN, "Axon"],
    [VCC],
    [C(8400, 8400, "year", "the subscription cost $8,400", GPD, LN, VCC),
     C(9150, 9150, "year", "For 2023 the Department paid $9,150", GPD, LN, VCC)],
    [N(168, "exact", "searches", "year", "detectives ran 168 searches", GPD, LN),
     N(11, "exact", "users", None, "Eleven detectives and crime analysts now hold accounts", GPD, LN),
     N(52, "exact", "searches", "quarter", "Q1                52", GPD, LN),
     N(47, "exact", "searches", "quarter", "Q2                47", GPD, LN),
     N(61, "exact", "searches", "quarter", "Q3                61", GPD, LN),
     N(55, "exact", "searches", "quarter", "Q4                55", GPD, LN),
     N(215, "exact", "searches", "year", "Total            215", GPD, LN),
     N(125, "exact", "matches", "year", "Total            215          125", GPD, LN),
     N(47, "exact", "leads", "year", "Total            215          125                 47", GPD, LN),
     N(9, "exact", "requests", None, "9 were run at the request of the Versailles Police Department", GPD, LN)],
    [P("It allows searches only to identify suspects, victims and witnesses in criminal investigations, and to "
       "identify deceased persons.", GPD, "purpose"),
     P("A possible match is an investigative lead only and is not probable cause for an arrest.", GPD,
       "disclaimer"),
     P("The investigating detective must confirm any match through other evidence before it is recorded as an "
       "identification.", GPD, "requirement"),
     P("Searches of images of people taking part in lawful protests are prohibited.", GPD, "prohibition")],
    [],
    ["2023", "2022-01", "2022", "2025", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Minnesota: Maple Grove (council resolution)
MG = "Maple Grove Police Department"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("04_maple-grove-council-resolution-dataworks-face-plus.txt", [
    (None, """\
CITY OF MAPLE GROVE, MINNESOTA

RESOLUTION NO. 24-118

A RESOLUTION APPROVING A THREE-YEAR AGREEMENT WITH DATAWORKS PLUS, LLC
FOR A FACIAL RECOGNITION SEARCH SERVICE FOR THE POLICE DEPARTMENT

WHEREAS, the Maple Grove Police Department serves a city of about
72,000 residents and investigates property and violent crimes in
which a photograph of an unknown suspect is often the only lead; and

WHEREAS, the Department has no facial recognition service of its own
and must ask other agencies to run searches, which can take weeks;
and

WHEREAS, DataWorks Plus, LLC of Greenville, South Carolina offers its
FACE Plus service as a hosted subscription for up to 10 named users,
at $14,200 for the first year, $14,650 for the second year and
$15,100 for the third year; and

WHEREAS, a one-time setup and data conversion fee of $3,500 is due in
the first year; and

WHEREAS, FACE Plus would let Department investigators search a
regional gallery of about 1.2 million booking photographs contributed
by participating Minnesota law enforcement agencies; and

WHEREAS, the Public Safety Committee reviewed the Department's draft
Policy 425, Facial Recognition, on May 14, 2024, and data created by
the service will be classified under Minnesota Statutes section
13.82; and

WHEREAS, funds for 2024 are available in account 101-42110-4305 of
the Police Department operating budget, and funds for later years
are subject to annual appropriation; and

WHEREAS, this resolution does not affect the City's separate
agreement with Flock Safety for license plate reader cameras, which
costs $30,000 per year;""", "Resolution No. 24-118 - Page 1 of 2"),
    (None, """\
NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of
Maple Grove, Minnesota, as follows:

1. The agreement with DataWorks Plus, LLC for the FACE Plus service
   for the term July 1, 2024 through June 30, 2027 is approved in an
   amount not to exceed $47,450.

2. The Mayor and the City Administrator are authorized to sign the
   agreement on behalf of the City.

3. The service shall be used only for criminal investigations and to
   identify deceased or incapacitated persons.

4. The service shall not be used to monitor live video or to identify
   persons taking part in a lawful assembly.

5. The Chief of Police shall report to the City Council each year the
   number of searches run and the number of user accounts.

Adopted by the City Council of the City of Maple Grove this 3rd day
of June, 2024.

Motion by Council Member Okafor, seconded by Council Member Lindahl.
Ayes: 4    Nays: 1    Absent: 0

                                   ______________________________
                                   Mayor

ATTEST: ______________________________
        City Clerk""", "Resolution No. 24-118 - Page 2 of 2"),
], "pdf", MG,
    [MG, "City of Maple Grove", "Maple Grove City Council", "Maple Grove Public Safety Committee"],
    [DWP, "Flock Safety"],
    [FP],
    [C(14200, 14200, "year", "$14,200 for the first year", MG, DWP, FP),
     C(14650, 14650, "year", "$14,650 for the second year", MG, DWP, FP),
     C(15100, 15100, "year", "$15,100 for the third year", MG, DWP, FP),
     C(3500, 3500, "one-time", "a one-time setup and data conversion fee of $3,500", MG, DWP, FP),
     C(None, 47450, None, "amount not to exceed $47,450", MG, DWP, FP)],
    [N(10, "up to", "licenses", None, "up to 10 named users", MG, DWP),
     N(1200000, "approximately", "images", None, "about 1.2 million booking photographs", MG, DWP)],
    [P("The service shall be used only for criminal investigations and to identify deceased or incapacitated "
       "persons.", MG, "purpose"),
     P("The service shall not be used to monitor live video or to identify persons taking part in a lawful "
       "assembly.", MG, "prohibition"),
     P("The Chief of Police shall report to the City Council each year the number of searches run and the number "
       "of user accounts.", MG, "requirement")],
    [],
    ["2024-05-14", "2024", "2024-07-01", "2027-06-30", "2024-06-03"],
    scan="pdf")


# ---------------------------------------------------------------- 5 New Jersey: Monmouth County SO (use policy)
MCSO = "Monmouth County Sheriff's Office"
MCPO = "Monmouth County Prosecutor's Office"
BC = "BriefCam"
doc("05_monmouth-county-so-surveillance-technology-use-policy-fr.txt", [
    (None, """\
MONMOUTH COUNTY SHERIFF'S OFFICE
Freehold, New Jersey

SURVEILLANCE TECHNOLOGY USE POLICY
Technology: Facial Recognition (FACE Plus; BriefCam Face Recognition)
Policy No. MCSO-STUP-07                      Effective: October 1, 2023

This policy is issued under County Resolution 23-412, Surveillance
Technology Review, which requires the Office to publish a use policy
and a cost statement for each surveillance technology before the
Board of County Commissioners approves funding for it.

1. Description
1.1 FACE Plus, a hosted service of DataWorks Plus, compares a still
    image of an unknown person with the booking gallery of the
    Monmouth County Correctional Institution, which holds about
    340,000 photographs.
1.2 BriefCam Protect and Research, licensed from BriefCam Ltd., is
    used to review recorded video from County-owned cameras. Its Face
    Recognition module compares faces in recorded video with a
    watchlist. The Office has never held a Clearview AI account.

2. Purpose
2.1 The technologies are used to identify suspects, victims and
    witnesses in criminal investigations and to locate missing or
    endangered persons.

3. Prohibited uses
3.1 Members shall not use facial recognition on live video feeds.
3.2 Facial recognition shall not be used to identify people taking
    part in lawful protests, religious services or political meetings.
3.3 Members may not use any service that searches images collected
    from the public internet.
3.4 There is currently no County policy prohibiting the use of
    BriefCam's non-facial attribute searches (clothing color, vehicle
    type) on recorded video.""", "MCSO-STUP-07  Page 1 of 3"),
    (None, """\
4. Facial recognition procedures
4.1 Only analysts assigned to the Intelligence Unit who have completed
    the 24-hour FACE Plus course are authorized to run a face search.
    At adoption of this policy, 7 analysts held FACE Plus accounts.
4.2 Each search must be logged with an incident number and the name
    of the requesting officer.
4.3 A candidate returned by a search is an investigative lead only and
    shall not be the sole basis for an arrest, a search warrant or a
    photo array.
4.4 Watchlists in the BriefCam Face Recognition module shall contain
    only images of persons named in an active arrest warrant or
    reported missing.
4.5 Draft, not adopted: searches requested by a federal agency would
    need the Sheriff's written approval. The draft is under review by
    County Counsel.

5. Data retention
5.1 Probe images and search logs are kept for five years. Video that
    is not linked to a case is overwritten after 30 days.

6. Auditing and oversight
6.1 The Internal Affairs Unit shall audit a random sample of at least
    25 face searches each quarter and report the results to the
    Sheriff.
6.2 A member who misuses facial recognition is subject to discipline
    up to and including termination.

7. Public access
7.1 Records about these technologies are available under the Open
    Public Records Act, N.J.S.A. 47:1A-1 et seq.""", "MCSO-STUP-07  Page 2 of 3"),
    (None, """\
8. Fiscal cost
8.1 The BriefCam Face Recognition module was bought in 2023 for a
    one-time fee of $14,500. Its share of BriefCam's annual software
    assurance is $2,900 per year.
8.2 The base BriefCam Protect and Research licence ($58,800) was
    bought in 2021 for video review and is not a facial recognition
    cost. It is listed here for completeness only.
8.3 The FACE Plus subscription costs $16,750 per year. The Monmouth
    County Prosecutor's Office shares the service and reimburses the
    Sheriff's Office $5,000 per year.
8.4 One-time costs were paid from a Fiscal Year 2023 Urban Area
    Security Initiative grant; recurring costs come from the Sheriff's
    Office operating budget, line 23-2-140-220.
8.5 Analysts' time is absorbed in existing positions. No new positions
    are requested.

Approved:

Sheriff                                          Date: September 12, 2023

Reviewed by the Board of County Commissioners, Resolution 23-0588,
September 28, 2023.""", "MCSO-STUP-07  Page 3 of 3"),
], "pdf", MCSO,
    [MCSO, MCPO, "Monmouth County Board of County Commissioners", "Monmouth County Correctional Institution"],
    [DWP, BC, "Clearview AI"],
    [FP, "BriefCam Protect", "BriefCam Research", "BriefCam Face Recognition"],
    [C(14500, 14500, "one-time", "one-time fee of $14,500", MCSO, BC, "BriefCam Face Recognition"),
     C(2900, 2900, "year", "Its share of BriefCam's annual software assurance is $2,900 per year", MCSO, BC,
       "BriefCam Face Recognition"),
     C(16750, 16750, "year", "The FACE Plus subscription costs $16,750 per year", MCSO, DWP, FP),
     C(5000, 5000, "year", "reimburses the Sheriff's Office $5,000 per year", MCPO, DWP, FP)],
    [N(340000, "approximately", "images", None, "which holds about 340,000 photographs", MCSO, DWP),
     N(7, "exact", "users", None, "7 analysts held FACE Plus accounts", MCSO, DWP)],
    [P("The technologies are used to identify suspects, victims and witnesses in criminal investigations and to "
       "locate missing or endangered persons.", MCSO, "purpose"),
     P("Members shall not use facial recognition on live video feeds.", MCSO, "prohibition"),
     P("Facial recognition shall not be used to identify people taking part in lawful protests, religious services "
       "or political meetings.", MCSO, "prohibition"),
     P("Members may not use any service that searches images collected from the public internet.", MCSO,
       "prohibition"),
     P("Only analysts assigned to the Intelligence Unit who have completed the 24-hour FACE Plus course are "
       "authorized to run a face search.", MCSO, "permission"),
     P("Each search must be logged with an incident number and the name of the requesting officer.", MCSO,
       "requirement"),
     P("A candidate returned by a search is an investigative lead only and shall not be the sole basis for an "
       "arrest, a search warrant or a photo array.", MCSO, "disclaimer"),
     P("Watchlists in the BriefCam Face Recognition module shall contain only images of persons named in an "
       "active arrest warrant or reported missing.", MCSO, "requirement"),
     P("The Internal Affairs Unit shall audit a random sample of at least 25 face searches each quarter and report "
       "the results to the Sheriff.", MCSO, "requirement"),
     P("A member who misuses facial recognition is subject to discipline up to and including termination.", MCSO,
       "consequence")],
    [],
    ["2023-10-01", "2023", "2021", "2023-09-12", "2023-09-28"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Texas: McKinney PD (news article)
MPD = "McKinney Police Department"
CV = "Clearview AI"
FRI = "Frisco Police Department"
DEN = "Denton Police Department"
doc("06_mckinney-pd-clearview-news-article.txt", [
    (None, """\
NORTH TEXAS LEDGER | LOCAL NEWS | August 14, 2024

McKinney police widen facial recognition deal as neighbors weigh cost

By Jordan Alvarez, Staff Writer

MCKINNEY - The McKinney Police Department will pay Clearview AI
$41,400 under a three-year agreement the City Council approved on
July 16, 2024, according to the council agenda packet and records
released to the Ledger under the Texas Public Information Act.

The new agreement costs $13,800 a year and raises the number of
licenses from 8 to 20. The department's first Clearview contract, a
one-year agreement signed in October 2022, cost $9,800.

Records show detectives ran 1,274 Clearview searches between October
2022 and the end of June 2024. A department summary credits the tool
with helping to make 31 arrests in that time.

"A Clearview result is a lead, never probable cause," said Officer
Kendra Lyles, a department spokeswoman. "Every search needs a
supervisor's approval and a case number."

The council voted 6-1 for the agreement. Council Member Dale Whitaker,
who voted no, proposed requiring the department to publish a yearly
report on its searches; the proposal was not taken up. The council
also approved $410,000 for 7 new patrol vehicles at the same meeting.

Clearview says its database holds more than 50 billion facial images
taken from public websites. The company has faced regulators abroad:
the Dutch data protection authority fined it 30.5 million euros in
2024. The company did not respond to a request for comment.""", "A4 | North Texas Ledger | Wednesday, August 14, 2024"),
    (None, """\
Neighboring departments have taken different paths.

The Frisco Police Department pays Clearview $7,200 a year for six
licenses, according to a purchase order the Ledger obtained. A Frisco
spokesman said the department reviews its use each year.

The Denton Police Department let its Clearview subscription lapse in
2023 after spending $18,500 over two years. Its officers ran about 400
searches under that contract, city records show. A Denton police
spokeswoman said the department now sends requests to state partners.

McKinney, a city of about 215,000 people, says the cost works out to
roughly $14,000 a year, or less than 2% of its investigations budget.
Requests for the records were filed under Chapter 552 of the Texas
Government Code.""", "A5 | North Texas Ledger | Wednesday, August 14, 2024"),
], "pdf", MPD,
    [MPD, "McKinney City Council", FRI, DEN, "Dutch Data Protection Authority"],
    [CV],
    [],
    [C(41400, 41400, None, "$41,400 under a three-year agreement", MPD, CV),
     C(13800, 13800, "year", "The new agreement costs $13,800 a year", MPD, CV),
     C(9800, 9800, "year", "a one-year agreement signed in October 2022, cost $9,800", MPD, CV),
     C(7200, 7200, "year", "pays Clearview $7,200 a year for six licenses", FRI, CV),
     C(18500, 18500, None, "after spending $18,500 over two years", DEN, CV)],
    [N(8, "exact", "licenses", None, "raises the number of licenses from 8 to 20", MPD, CV),
     N(20, "exact", "licenses", None, "raises the number of licenses from 8 to 20", MPD, CV),
     N(1274, "exact", "searches", None, "detectives ran 1,274 Clearview searches", MPD, CV),
     N(31, "exact", "arrests", None, "helping to make 31 arrests", MPD, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion facial images", None, CV),
     N(6, "exact", "licenses", None, "$7,200 a year for six licenses", FRI, CV),
     N(400, "approximately", "searches", None, "Its officers ran about 400 searches", DEN, CV)],
    [P("A Clearview result is a lead, never probable cause,", MPD, "disclaimer"),
     P("Every search needs a supervisor's approval and a case number.", MPD, "requirement")],
    [],
    ["2024-08-14", "2024-07-16", "2022-10", "2024-06", "2024", "2023"],
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
