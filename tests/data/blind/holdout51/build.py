"""Writes docs/*.txt and labels.json for holdout51 (six invented releases: AK, AZ, GA, IA, LA, WI).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and every policy carries a
`kind` (requirement, prohibition, permission, purpose, consequence, disclaimer)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75   # the born-digital helper wraps at about 80 characters
MAX_LINES = 44  # per page, header and footer included
KINDS = {"requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"}
MEASURES = {"images", "searches", "users", "licenses", "requests", "matches", "leads", "identifications",
            "arrests"}


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
    assert measure in MEASURES, measure
    assert qualifier in ("exact", "approximately", "up to", "more than"), qualifier
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
            assert line == line.rstrip(), (file, "trailing space", line)
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


# ---------------------------------------------------------------- 1 Alaska: Juneau PD (Gmail print)
JPD = "Juneau Police Department"
MSI = "Motorola Solutions"
FS = "Vigilant FaceSearch"
CV = "Clearview AI"
GH = "2/5/24, 9:26 AM      CBJ Mail - FaceSearch renewal - Juneau PD"
GURL = "https://mail.google.com/mail/u/0/?ik=7d2b90c1fe&view=pt&search=all"
THREAD = "FaceSearch renewal - Juneau PD"
doc("01_juneau-pd-facesearch-renewal-clearview-trial-gmail.txt", [
    (GH, """\
Gmail                         Nadia Ferreira <nferreira@juneaupolice.com>

FaceSearch renewal - Juneau PD
6 messages

Trent Boyle <tboyle@motorolasolutions.com>      Tue, Jan 9, 2024 at 9:31 AM
To: Nadia Ferreira <nferreira@juneaupolice.com>

Hi Sergeant Ferreira,

Your Vigilant FaceSearch subscription (account JNU-FS-2201, 4 named users)
renews on March 1, 2024. Renewal pricing for the next term
(03/01/2024 - 02/28/2025) is below.

  FaceSearch Investigative, annual subscription
    4 named users x $1,650.00 ........................ $6,600.00
  LEARN ALPR data sharing, annual
    (14 fixed cameras; separate SKU) ................. $3,300.00

The per-user rate went up $150 this year; the LEARN line is unchanged.
Additional seats can be added at any time and are prorated.

Thanks,
Trent Boyle | Account Manager, Alaska and Pacific Northwest
Motorola Solutions | Vigilant | (206) 555-0142

Nadia Ferreira <nferreira@juneaupolice.com>    Wed, Jan 10, 2024 at 8:02 AM
To: Gus Halvorsen <ghalvorsen@juneaupolice.com>

Lt.,

FaceSearch renewal is below: $6,600 for the year, up from $6,000 last year.
It comes out of the Investigations software line, not the ALPR grant.

Separate question. Clearview AI offered us a free 30-day trial with three
trial seats, starting 1/16. I'd like to run it side by side with
FaceSearch on the same probe photos and see which does better. OK to try?

Nadia
[Quoted text hidden]""", GURL + "      1/3"),
    (GH, """\
Gus Halvorsen <ghalvorsen@juneaupolice.com>   Wed, Jan 10, 2024 at 11:47 AM
To: Nadia Ferreira <nferreira@juneaupolice.com>

Answers inline.

On Wed, Jan 10, 2024 at 8:02 AM Nadia Ferreira
<nferreira@juneaupolice.com> wrote:
> FaceSearch renewal is below: $6,600 for the year, up from $6,000 last
> year.

Fine. Put the renewal in the February budget transfer.

> Separate question. Clearview AI offered us a free 30-day trial with
> three trial seats, starting 1/16. OK to try?

OK, but the trial runs under the same rules as FaceSearch. Interim
Guideline 23-02 applies: every search must be tied to an open JPD case
number, and a possible match is a lead only, never probable cause by
itself. Do not upload probe images from juvenile cases to the trial.
Keep a list of the cases you run so we can compare.

Gus

Nadia Ferreira <nferreira@juneaupolice.com>     Fri, Feb 2, 2024 at 2:15 PM
To: Gus Halvorsen <ghalvorsen@juneaupolice.com>

Lt., trial results. The three trial seats ran 41 searches. Clearview
returned a possible match on 12 of them; FaceSearch, run on the same
probe photos, returned 7. Most of the Clearview candidates came from
social media photos, and the guideline has no rule on those yet.

For comparison, our FaceSearch users ran 118 searches in all of 2023
and sent 23 leads to case officers.

Clearview's note is below. They want an answer by Feb 15.""", GURL + "      2/3"),
    (GH, """\
---------- Forwarded message ---------
From: Clearview AI <trials@clearview.ai>
Date: Thu, Feb 1, 2024 at 4:40 PM
Subject: Your Clearview AI trial - Juneau Police Department
To: <nferreira@juneaupolice.com>

Hello Nadia,

Your free trial ends on February 15, 2024. Clearview AI's database now
holds over 40 billion publicly available facial images. To keep your
team's access, reply to this email and a representative will send an
agency quote. Trial data is deleted 30 days after the trial ends.

The Clearview AI Team

Gus Halvorsen <ghalvorsen@juneaupolice.com>     Fri, Feb 2, 2024 at 3:58 PM
To: Nadia Ferreira <nferreira@juneaupolice.com>

Renew FaceSearch at four users and let the Clearview trial lapse. I'm
not buying a scraped-photo product until the Chief signs off on a
social media rule. Save your comparison notes to the FR binder.

Gus

Nadia Ferreira <nferreira@juneaupolice.com>     Mon, Feb 5, 2024 at 9:10 AM
To: Trent Boyle <tboyle@motorolasolutions.com>
Cc: Gus Halvorsen <ghalvorsen@juneaupolice.com>

Trent,

Please send the order form for the FaceSearch renewal at 4 named users
($6,600). CBJ Purchasing will issue the PO; our requisition is R24-01187.
LEARN stays on its own PO as before.

Thanks,
Nadia

Sgt. Nadia Ferreira | Investigations Unit
Juneau Police Department | 6255 Alaway Avenue, Juneau, AK 99801
(907) 555-0171""", GURL + "      3/3"),
], "print", JPD,
    [JPD, "City and Borough of Juneau"],
    [MSI, "Vigilant Solutions", CV],
    [FS, "LEARN"],
    [C(6600, 6600, "year", "4 named users x $1,650.00 ........................ $6,600.00", JPD, MSI, FS),
     C(1650, 1650, "year", "4 named users x $1,650.00", JPD, MSI, FS, unit="per user"),
     C(6000, 6000, "year", "up from $6,000 last year", JPD, MSI, FS)],
    [N(4, "exact", "licenses", None, "account JNU-FS-2201, 4 named users", JPD, MSI),
     N(3, "exact", "licenses", None, "a free 30-day trial with three trial seats", JPD, CV),
     N(41, "exact", "searches", None, "The three trial seats ran 41 searches", JPD, CV),
     N(12, "exact", "matches", None, "returned a possible match on 12 of them", JPD, CV),
     N(7, "exact", "matches", None, "FaceSearch, run on the same probe photos, returned 7", JPD, MSI),
     N(118, "exact", "searches", "year", "our FaceSearch users ran 118 searches in all of 2023", JPD, MSI),
     N(23, "exact", "leads", "year", "sent 23 leads to case officers", JPD, MSI),
     N(40000000000, "more than", "images", None, "over 40 billion publicly available facial images", None, CV)],
    [P("every search must be tied to an open JPD case number", JPD, "requirement"),
     P("a possible match is a lead only, never probable cause by itself.", JPD, "disclaimer"),
     P("Do not upload probe images from juvenile cases to the trial.", JPD, "prohibition")],
    [E("Trent Boyle", "Nadia Ferreira", "Tue, Jan 9, 2024 at 9:31 AM", THREAD),
     E("Nadia Ferreira", "Gus Halvorsen", "Wed, Jan 10, 2024 at 8:02 AM", THREAD),
     E("Gus Halvorsen", "Nadia Ferreira", "Wed, Jan 10, 2024 at 11:47 AM", THREAD),
     E("Nadia Ferreira", "Gus Halvorsen", "Wed, Jan 10, 2024 at 8:02 AM", None),
     E("Nadia Ferreira", "Gus Halvorsen", "Fri, Feb 2, 2024 at 2:15 PM", THREAD),
     E("Clearview AI", "nferreira@juneaupolice.com", "Thu, Feb 1, 2024 at 4:40 PM",
       "Your Clearview AI trial - Juneau Police Department"),
     E("Gus Halvorsen", "Nadia Ferreira", "Fri, Feb 2, 2024 at 3:58 PM", THREAD),
     E("Nadia Ferreira", "Trent Boyle", "Mon, Feb 5, 2024 at 9:10 AM", THREAD)],
    ["2024-02-05", "2024-01-09", "2024-03-01", "2025-02-28", "2024-01-10", "2024-02-02", "2023", "2024-02-01",
     "2024-02-15"],
    scan="photocopy")


# ---------------------------------------------------------------- 2 Arizona: Scottsdale PD (city manager memo)
SPD = "Scottsdale Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("02_scottsdale-city-manager-memo-fr-vendor-comparison.txt", [
    (None, """\
CITY OF SCOTTSDALE
OFFICE OF THE CITY MANAGER
3939 N. Drinkwater Boulevard, Scottsdale, Arizona 85251

MEMORANDUM

TO:       Honorable Mayor and Members of the City Council
FROM:     Darren Kessler, City Manager
CC:       Chief of Police; City Attorney; Purchasing Director
DATE:     October 22, 2024
SUBJECT:  Face comparison software for the Police Department -
          comparison of offers and recommended vendor
          (Consent Agenda, November 12, 2024, Item 14)

PURPOSE
This memo explains why staff recommend buying face comparison software
for the Scottsdale Police Department's Investigative Services Bureau,
and how the recommended offer compares with the others received.

BACKGROUND
Since 2019 detectives have sent probe photographs to the Arizona
Counter Terrorism Information Center (ACTIC), which runs face searches
for local agencies. ACTIC ran 164 searches for Scottsdale detectives in
fiscal year 2023/24, and the median turnaround was nine days. Detectives
report that a lead that arrives nine days after a robbery or a missing
person report is often of little use.

Staff asked five vendors for written quotes under Procurement Code
Sec. 2-196 for software that the Department would run itself, with ten
concurrent analyst users, for a three-year term. Four vendors quoted.
The quotes are compared on the next page. Prices exclude the City's
transaction privilege tax; software maintenance is not taxable.

The searchable gallery would be the Department's own booking
photographs: approximately 236,000 images taken at the Scottsdale City
Jail since 2006. No driver license photographs and no images collected
from the internet would be loaded.""", "Page 1 of 3"),
    (None, """\
COMPARISON OF QUOTES (three-year term, 10 concurrent users)

Vendor / product                Pricing   One-time     Annual  3-year total
------------------------------  -------  ---------  ---------  ------------
Cognitec Systems Corp. *        On-prem    $50,800    $13,000       $89,800
  FaceVACS-DBScan LE
DataWorks Plus, LLC             Hosted     $12,400    $33,100      $111,700
  FACE Plus
IDEMIA Public Security          Hosted     $18,000    $42,000      $144,000
  MorphoFace Investigate
Clearview AI, Inc.              SaaS            --    $20,000       $60,000
  Clearview AI (10 users)
------------------------------  -------  ---------  ---------  ------------
* Recommended. "Annual" is charged in each of the three years.

RECOMMENDATION
Staff recommend Cognitec Systems Corp. (FaceVACS-DBScan LE).

Cognitec's one-time price of $50,800 covers a perpetual license for
10 concurrent users ($44,000) and installation, configuration and
analyst training ($6,800). The annual fee of $13,000 is software
maintenance and support, beginning in the first year. The software
runs on a City server in the Police data center, so booking photographs
do not leave City systems. Cognitec's matching algorithm has been
tested in NIST's Face Recognition Technology Evaluation (FRTE).

DataWorks Plus and IDEMIA cost more over three years and would host
the gallery outside the City. Clearview AI is the least expensive, but
it searches images collected from public websites, and staff do not
recommend it. The Police Department's Technology Advisory Group ranked
the four offers in the same order (score 88 of 100 for Cognitec).

Not part of this item: the renewal of the Axon body-worn camera
contract ($212,400) is on the same agenda as Item 15.""", "Page 2 of 3"),
    (None, """\
FISCAL IMPACT
FY 2024/25: $63,800 (the one-time price plus the first annual fee),
funded from the Police Department's RICO account, 2310-5550.
FY 2025/26 and FY 2026/27: $13,000 per year from the General Fund
operating budget of the Police Department.
Staff request contract authority not to exceed $98,000 for the
three-year term, which includes a contingency of about 9 percent.

RULES FOR USE
Police Operations Order 4.21, Facial Recognition, was adopted in 2023
for requests sent to ACTIC and will apply to the new software without
change. Its main provisions are:

  (a) The software is used only to develop investigative leads in
      felony investigations and to identify deceased or incapacitated
      persons.
  (b) Analysts must complete Cognitec operator training and the
      Department's 8-hour face examiner course before running a search.
  (c) A candidate returned by the software is an investigative lead and
      is not probable cause to arrest.
  (d) Analysts shall not search images of people engaged in lawful
      First Amendment activity.

Arizona law does not currently regulate police use of face recognition.
Staff will propose an annual public report on searches and outcomes
when the Council reviews the program in 2025; that report is not yet
required.

ATTACHMENTS
1. Cognitec quote Q-24-3318 (3 pages)
2. Operations Order 4.21

Darren Kessler, City Manager""", "Page 3 of 3"),
], "pdf", SPD,
    [SPD, "City of Scottsdale", "Scottsdale City Council", "Arizona Counter Terrorism Information Center",
     "National Institute of Standards and Technology"],
    [COG, "DataWorks Plus", "Idemia", CV, "Axon"],
    [DBS, "FACE Plus", "MorphoFace Investigate"],
    [C(50800, 50800, "one-time", "Cognitec's one-time price of $50,800", SPD, COG, DBS),
     C(44000, 44000, "one-time", "a perpetual license for 10 concurrent users ($44,000)", SPD, COG, DBS),
     C(6800, 6800, "one-time", "installation, configuration and analyst training ($6,800)", SPD, COG, DBS),
     C(13000, 13000, "year", "The annual fee of $13,000 is software maintenance and support", SPD, COG, DBS),
     C(89800, 89800, None, "Cognitec Systems Corp. *        On-prem    $50,800    $13,000       $89,800",
       SPD, COG, DBS),
     C(63800, 63800, None, "FY 2024/25: $63,800", SPD, COG, DBS),
     C(None, 98000, None, "contract authority not to exceed $98,000", SPD, COG, DBS)],
    [N(164, "exact", "requests", "year", "ACTIC ran 164 searches for Scottsdale detectives", SPD, None),
     N(236000, "approximately", "images", None, "approximately 236,000 images", SPD, COG),
     N(10, "exact", "licenses", None, "a perpetual license for 10 concurrent users", SPD, COG)],
    [P("The software is used only to develop investigative leads in felony investigations and to identify "
       "deceased or incapacitated persons.", SPD, "purpose"),
     P("Analysts must complete Cognitec operator training and the Department's 8-hour face examiner course "
       "before running a search.", SPD, "requirement"),
     P("A candidate returned by the software is an investigative lead and is not probable cause to arrest.",
       SPD, "disclaimer"),
     P("Analysts shall not search images of people engaged in lawful First Amendment activity.", SPD,
       "prohibition")],
    [],
    ["2024-10-22", "2024-11-12", "2019", "2006", "2023", "2025"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Georgia: DeKalb County PD (p-card statement)
DKPD = "DeKalb County Police Department"
doc("03_dekalb-county-pd-pcard-statement-clearview.txt", [
    (None, """\
DEKALB COUNTY, GEORGIA
Department of Finance - Purchasing Card Program
CARDHOLDER STATEMENT AND RECONCILIATION REPORT

Cardholder:  Det. Sgt. Lamar Pettaway     Statement date: 04/26/2024
Department:  Police Services - Criminal Investigations Division
Card no.:    XXXX-XXXX-XXXX-4417          Cycle: 03/26/2024 - 04/25/2024
Single purchase limit: $5,000.00          Cycle limit: $15,000.00
Approver:    Maj. Celeste Broadnax        Default GL: 100-3210-521310

Ln Post   Merchant / business purpose                 MCC        Amount
-- -----  ------------------------------------------  ----  -----------
 1 03/28  AMAZON MKTPL*2K41R7TQ0 AMZN.COM/BILL WA      5942        86.47
          Evidence bags and tamper tape, CID property
 2 04/02  CLEARVIEW AI INC NEW YORK NY                 7372     4,500.00
          Clearview AI subscription, 04/2024-03/2025
          (3 seats) - Form PC-7 attached
 3 04/02  CLEARVIEW AI INC NEW YORK NY                 7372       360.00
          GA sales tax charged in error - see line 7
 4 04/05  GPSTC FORSYTH GA                             8299       250.00
          Interview and interrogation course, Det. Amos
 5 04/11  LEXISNEXIS RISK DATA MGMT ALPHARETTA GA      7375       275.00
          Accurint for Law Enforcement, April (person
          and address search; not facial recognition)
 6 04/16  DELTA AIR 0062187745501 ATLANTA GA           3058       412.60
          Airfare, extradition escort, case 24-031187
 7 04/19  CLEARVIEW AI INC NEW YORK NY                 7372      -360.00
          Credit - sales tax refunded, county exempt
          (Certificate of Exemption on file)
 8 04/22  THE HOME DEPOT #0121 DECATUR GA              5200        63.18
          Padlocks for evidence lockers
                                                            -----------
  Previous balance                                                 0.00
  Purchases                                                    5,947.25
  Credits                                                       -360.00
  New balance (paid by County, 05/10/2024)                     5,587.25

Cardholder certifies that all purchases are for official County business.
Signed: L. Pettaway 04/26/2024        Approved: C. Broadnax 04/29/2024""",
     "DeKalb ORR 24-1193 - 0001"),
    (None, """\
DEKALB COUNTY PURCHASING CARD PROGRAM
SOFTWARE AND SUBSCRIPTION PURCHASE JUSTIFICATION (FORM PC-7)
Required for any software, subscription or data service bought by card.

Transaction:  Statement line 2, 04/02/2024, CLEARVIEW AI INC, $4,500.00
Cardholder:   Det. Sgt. Lamar Pettaway, Police Services - CID

1. What was bought?
   A one-year Clearview AI investigative subscription for three detective
   seats, April 2024 through March 2025, at $1,500 per seat.

2. Why a purchasing card and not a purchase order?
   The total is under the $5,000 single purchase limit, and Clearview
   bills agencies with fewer than 10 seats by card only.

3. Prior use.
   The Division used a free 30-day Clearview trial in February 2024.
   During the trial two detectives ran 63 searches, and 22 of those
   searches returned a possible match.

4. Alternatives.
   The Georgia Bureau of Investigation runs face searches for local
   agencies at no charge. The Division sent 37 requests to the GBI in
   2023; replies took 10 to 14 business days.

5. Conditions of use (DKPD SOP 7.22, Facial Recognition, eff. 03/01/2024)
   a. Each search must be entered in the CID facial recognition log with
      a DeKalb County Police case number before it is run.
   b. Seats are assigned to named detectives and may not be shared.
   c. A possible match is an investigative lead only and is not probable
      cause for an arrest or a warrant.
   d. Misuse of a seat will be referred to the Office of Professional
      Standards and may result in loss of access and discipline.

Reminder (P-Card Manual 4.3): cardholders shall not split a purchase to
stay under the single purchase limit, and sales tax shall not be paid.

Cardholder: L. Pettaway  04/26/2024    Approver: C. Broadnax  04/29/2024
Purchasing review: T. Oduya  05/02/2024""", "DeKalb ORR 24-1193 - 0002"),
], "pdf", DKPD,
    [DKPD, "DeKalb County", "Georgia Bureau of Investigation"],
    [CV, "LexisNexis Risk Solutions"],
    ["Accurint for Law Enforcement"],
    [C(4500, 4500, "year", "2 04/02  CLEARVIEW AI INC NEW YORK NY                 7372     4,500.00", DKPD, CV),
     C(1500, 1500, "year", "at $1,500 per seat", DKPD, CV, unit="per user")],
    [N(3, "exact", "licenses", None, "(3 seats)", DKPD, CV),
     N(63, "exact", "searches", None, "During the trial two detectives ran 63 searches", DKPD, CV),
     N(2, "exact", "users", None, "During the trial two detectives ran 63 searches", DKPD, CV),
     N(22, "exact", "matches", None, "22 of those searches returned a possible match", DKPD, CV),
     N(37, "exact", "requests", "year", "The Division sent 37 requests to the GBI", DKPD, None)],
    [P("Each search must be entered in the CID facial recognition log with a DeKalb County Police case number "
       "before it is run.", DKPD, "requirement"),
     P("Seats are assigned to named detectives and may not be shared.", DKPD, "prohibition"),
     P("A possible match is an investigative lead only and is not probable cause for an arrest or a warrant.",
       DKPD, "disclaimer"),
     P("Misuse of a seat will be referred to the Office of Professional Standards and may result in loss of "
       "access and discipline.", DKPD, "consequence")],
    [],
    ["2024-04-26", "2024-03-26", "2024-04-25", "2024-05-10", "2024-04-29", "2024-04-02", "2024-04", "2025-03",
     "2024-02", "2023", "2024-03-01", "2024-05-02"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Iowa: Pottawattamie County SO (annual report)
PCSO = "Pottawattamie County Sheriff's Office"
AWS = "Amazon Web Services"
REK = "Amazon Rekognition"
MONTHS = [("January", 27, 10, 4), ("February", 22, 8, 3), ("March", 31, 13, 6), ("April", 25, 9, 4),
          ("May", 34, 14, 5), ("June", 29, 12, 5), ("July", 38, 15, 7), ("August", 33, 13, 6),
          ("September", 26, 9, 3), ("October", 30, 12, 5), ("November", 24, 10, 4), ("December", 21, 7, 2)]
TOT = tuple(sum(m[i] for m in MONTHS) for i in (1, 2, 3))
assert TOT == (340, 132, 54), TOT


def mrow(name, a, b, c):
    return f"{name:<11}{a:>9}{b:>16}{c:>15}"


TABLE = "\n".join([mrow(*m) for m in MONTHS])
IAH = "POTTAWATTAMIE COUNTY SHERIFF'S OFFICE                2023 ANNUAL REPORT"
doc("04_pottawattamie-county-so-2023-annual-report-fr.txt", [
    (IAH, """\
SECTION 5 - INVESTIGATIONS DIVISION

5.1 Caseload
The Investigations Division was assigned 1,284 cases in 2023, 6% more
than in 2022. Detectives cleared 835 of them (65%).

  Case type                    Assigned    Cleared
  --------------------------   --------   --------
  Burglary and theft                412        233
  Assault                           268        207
  Narcotics                         221        198
  Fraud and financial crimes        187         79
  All other                         196        118
  --------------------------   --------   --------
  Total                           1,284        835

5.2 Facial Recognition Program
In March 2022 the Office began comparing probe images with its own
booking photographs, using a search tool that Pottawattamie County
Information Technology built on Amazon Rekognition, a cloud face
matching service sold by Amazon Web Services. At the end of 2023 the
gallery held 148,220 booking photographs of roughly 61,000 individuals,
all taken at the Pottawattamie County Jail since 2009. Driver license
photographs are not in the gallery, and neither are images taken from
social media or other websites.

Twelve deputies and detectives hold accounts on the tool. Other
members who need a search ask one of them.

In 2022, the tool's first ten months, members ran 251 searches. Search
activity for 2023 is shown by month in Table 5-3.""", "14"),
    (IAH, """\
Table 5-3. Facial recognition searches by month, 2023

Month       Searches  Possible match   Lead sent to
                 run        returned      case agent
---------   --------  --------------   ------------
""" + TABLE + """
---------   --------  --------------   ------------
""" + mrow("Total", *TOT) + """

Of the 340 searches, 46 were run at the request of other agencies,
chiefly the Council Bluffs Police Department and the Mills County
Sheriff's Office. The Office does not charge other agencies for
searches. Searches in 2023 contributed to 17 arrests. About 3% of the
probe images submitted were too poor to search and were returned
without a search.

Search volume peaked in July, when detectives used the tool on a
series of retail thefts along the Interstate 29/80 corridor. The
lowest month, December, reflects staff leave over the holidays.""", "15"),
    (IAH, """\
5.3 Cost
The Office pays no license or subscription fee for the tool. Amazon
Web Services bills the County for Rekognition use: the 2023 charges
came to $1,846.20, at AWS's published rate of $0.001 per image for the
first million images compared each month. County IT staff time to
build and maintain the tool is not billed to the Office. The FY2025
Sheriff's budget includes $2,500 for Rekognition charges.

5.4 Rules for use
Sheriff's Office Policy 612, Facial Recognition, governs the program.
The tool is used to identify suspects, victims and witnesses in open
criminal cases and to identify deceased persons. Every search requires
the approval of a sergeant, recorded in the search log. A possible
match is an investigative lead and is never by itself probable cause
to arrest. Deputies may not run searches on images of people at lawful
protests or religious gatherings. A member who runs a search for a
personal reason will lose access to the tool and is subject to
discipline under Policy 340.

There is no policy prohibiting searches of probe images that a
detective obtains from social media, and Iowa has no state law on
police use of facial recognition. The Sheriff has asked the Board of
Supervisors to consider requiring an annual public report on the
program; no decision had been made when this report went to print.

5.5 Other technology
The Office's 9 Flock Safety license plate reader cameras logged about
2.1 million plate reads in 2023. All 86 patrol deputies now wear Axon
body cameras. Neither system is connected to the face search tool.

Approved for release: Sheriff's Office Administration, April 15, 2024""",
     "16"),
], "pdf", PCSO,
    [PCSO, "Pottawattamie County Information Technology", "Council Bluffs Police Department",
     "Mills County Sheriff's Office", "Pottawattamie County Board of Supervisors"],
    [AWS, "Flock Safety", "Axon"],
    [REK],
    [C(1846.2, 1846.2, "year", "the 2023 charges came to $1,846.20", PCSO, AWS, REK),
     C(2500, 2500, None, "Sheriff's budget includes $2,500 for Rekognition charges", PCSO, AWS, REK)],
    [N(148220, "exact", "images", None, "the gallery held 148,220 booking photographs", PCSO, AWS),
     N(61000, "approximately", "images", None, "roughly 61,000 individuals", PCSO, AWS),
     N(12, "exact", "users", None, "Twelve deputies and detectives hold accounts on the tool.", PCSO, AWS),
     N(251, "exact", "searches", None, "In 2022, the tool's first ten months, members ran 251 searches.", PCSO, AWS)]
    + [N(m[1], "exact", "searches", "month", mrow(*m)[:20], PCSO, AWS) for m in MONTHS]
    + [N(340, "exact", "searches", "year", mrow("Total", *TOT)[:20], PCSO, AWS),
       N(132, "exact", "matches", "year", mrow("Total", *TOT)[:36], PCSO, AWS),
       N(54, "exact", "leads", "year", mrow("Total", *TOT), PCSO, AWS),
       N(46, "exact", "requests", "year", "46 were run at the request of other agencies", PCSO, AWS),
       N(17, "exact", "arrests", "year", "Searches in 2023 contributed to 17 arrests.", PCSO, AWS)],
    [P("The tool is used to identify suspects, victims and witnesses in open criminal cases and to identify "
       "deceased persons.", PCSO, "purpose"),
     P("Every search requires the approval of a sergeant, recorded in the search log.", PCSO, "requirement"),
     P("A possible match is an investigative lead and is never by itself probable cause to arrest.", PCSO,
       "disclaimer"),
     P("Deputies may not run searches on images of people at lawful protests or religious gatherings.", PCSO,
       "prohibition"),
     P("A member who runs a search for a personal reason will lose access to the tool and is subject to "
       "discipline under Policy 340.", PCSO, "consequence")],
    [],
    ["2023", "2022", "2022-03", "2009", "2024-04-15"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Louisiana: Terrebonne Parish SO (amendment)
TPSO = "Terrebonne Parish Sheriff's Office"
GSIS = "Gulf South Integrated Systems"
BCI = "BriefCam Investigate"
doc("05_terrebonne-parish-so-briefcam-amendment-2-fee-exhibit.txt", [
    (None, """\
AMENDMENT NO. 2
TO THE VIDEO ANALYTICS SOFTWARE LICENSE AND SERVICES AGREEMENT
TPSO CONTRACT NO. 2022-0147

This Amendment No. 2 is made on August 6, 2024 between the Terrebonne
Parish Sheriff's Office, 7856 Main Street, Houma, Louisiana 70360
("TPSO"), and Gulf South Integrated Systems, LLC, 2210 Barrow Street,
Houma, Louisiana 70360 ("Contractor"), an authorized reseller of
BriefCam Ltd. software.

RECITALS
A. TPSO and Contractor entered into the Agreement on October 3, 2022
   for BriefCam Investigate video analytics licenses for the TPSO Real
   Time Crime Center, and amended it on June 1, 2023 (Amendment No. 1,
   additional camera channels).
B. TPSO now wishes to license the Face Recognition add-on for BriefCam
   Investigate, for use on recorded video and still images only, on the
   conditions in Section 3.
C. Exhibit B, Fee Schedule, is replaced in full by Exhibit B (Amended
   August 2024), attached.

The parties therefore agree as follows:

1. Term. The term of the Agreement is extended through September 30,
   2027. Recurring fees are billed each October 1 and increase 3% on
   each anniversary after October 1, 2025.

2. Fees. Section 4.1 of the Agreement is amended to read: "TPSO shall
   pay the fees in Exhibit B (Amended August 2024). The total paid
   under this Agreement, as amended, shall not exceed $148,600 through
   September 30, 2027." The Face Recognition fees (Exhibit B, lines 4,
   6 and 7) are paid from the Sheriff's general fund, not from the
   Urban Area Security Initiative grant that paid for camera channels.""",
     "TPSO PRR 24-0562 - 001"),
    (None, """\
3. Face Recognition conditions of use.
   3.1 The Face Recognition add-on is licensed solely for the
       investigation of crimes, using recorded video and still images
       lawfully in TPSO's possession.
   3.2 TPSO shall not enable real-time face watchlist alerts on live
       camera streams.
   3.3 Each face search shall be logged with the user name, the date
       and the TPSO item number, and TPSO shall keep the logs for at
       least three years.
   3.4 A face match produced by the software is an investigative lead
       only and shall not be the sole basis for an arrest.
   3.5 TPSO may share face search results with another law enforcement
       agency for a specific criminal investigation.
   3.6 Contractor and BriefCam personnel shall not access TPSO video or
       face search results except to provide support that TPSO has
       requested in writing.

4. Public record. This Amendment and Exhibit B are public records under
   La. R.S. 44:1 et seq.

5. Other terms. All other terms of the Agreement remain in effect.

IN WITNESS WHEREOF, the parties have signed this Amendment No. 2.

TERREBONNE PARISH SHERIFF'S OFFICE      GULF SOUTH INTEGRATED SYSTEMS, LLC

By: ______________________________      By: _____________________________
    Sheriff Daniel P. Thibodeaux            Claire M. Robichaux, Member
Date: 08/06/2024                        Date: 08/05/2024""", "TPSO PRR 24-0562 - 002"),
    (None, """\
EXHIBIT B (AMENDED AUGUST 2024) - FEE SCHEDULE
TPSO Contract No. 2022-0147

PART 1 - RECURRING FEES (per year, billed each October 1)

Ln  Description                               Qty   Unit price      Annual
--  ----------------------------------------  ---  -----------  ----------
1   BriefCam Investigate camera channel        64       120.00    7,680.00
    license (existing)
2   BriefCam software maintenance, base                           4,950.00
3   RTCC server support, Contractor                               2,400.00
4   Face Recognition add-on for BriefCam                          9,600.00
    Investigate, investigator seats (6 seats)
                                                                ----------
    Recurring total per year                                     24,630.00

PART 2 - ONE-TIME FEES

Ln  Description                               Qty   Unit price      Amount
--  ----------------------------------------  ---  -----------  ----------
5   Additional storage, 40 TB, RTCC server       1     6,800.00    6,800.00
6   Face Recognition implementation and                           3,750.00
    configuration (remote)
7   Investigator training, face search           2     1,100.00    2,200.00
    module, onsite in Houma (per day)
                                                                ----------
    One-time total                                               12,750.00

PART 3 - NOT-TO-EXCEED SUMMARY
Fees paid under the Agreement through 09/30/2024               $52,410.00
Recurring fees, three billings 10/2024 - 10/2026,
  with the 3% escalator                                        $76,128.87
One-time fees (Part 2)                                         $12,750.00
Contingency                                                     $7,311.13
Not-to-exceed amount (Section 4.1)                            $148,600.00""", "TPSO PRR 24-0562 - 003"),
], "pdf", TPSO,
    [TPSO],
    [GSIS, "BriefCam"],
    [BCI],
    [C(9600, 9600, "year", "4   Face Recognition add-on for BriefCam                          9,600.00",
       TPSO, GSIS, BCI),
     C(3750, 3750, "one-time", "6   Face Recognition implementation and                           3,750.00",
       TPSO, GSIS, BCI),
     C(2200, 2200, "one-time", "7   Investigator training, face search           2     1,100.00    2,200.00",
       TPSO, GSIS, BCI),
     C(1100, 1100, "one-time", "7   Investigator training, face search           2     1,100.00",
       TPSO, GSIS, BCI, unit="per day")],
    [N(6, "exact", "licenses", None, "investigator seats (6 seats)", TPSO, GSIS)],
    [P("The Face Recognition add-on is licensed solely for the investigation of crimes, using recorded video and "
       "still images lawfully in TPSO's possession.", TPSO, "purpose"),
     P("TPSO shall not enable real-time face watchlist alerts on live camera streams.", TPSO, "prohibition"),
     P("Each face search shall be logged with the user name, the date and the TPSO item number, and TPSO shall "
       "keep the logs for at least three years.", TPSO, "requirement"),
     P("A face match produced by the software is an investigative lead only and shall not be the sole basis for "
       "an arrest.", TPSO, "disclaimer"),
     P("TPSO may share face search results with another law enforcement agency for a specific criminal "
       "investigation.", TPSO, "permission")],
    [],
    ["2024-08-06", "2022-10-03", "2023-06-01", "2024-08", "2027-09-30", "2025-10-01", "2024-08-05",
     "2024-09-30", "2024-10", "2026-10"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Wisconsin: Wauwatosa PD (letter + general order)
WPD = "Wauwatosa Police Department"
LNRS = "LexisNexis Risk Solutions"
AVCC = "Accurint Virtual Crime Center"
doc("06_wauwatosa-pd-records-letter-general-order-41-3.txt", [
    (None, """\
WAUWATOSA POLICE DEPARTMENT
Records Custodian
1700 North 116th Street, Wauwatosa, Wisconsin 53226 | (414) 555-0190

May 20, 2024

Ms. Ingrid Solheim
Lakeshore Civil Liberties Project
P.O. Box 11872
Milwaukee, WI 53211

Re: Public records request PR-24-0388 (facial recognition)

Dear Ms. Solheim:

This responds to your request of May 6, 2024 under Wis. Stat. secs.
19.31 to 19.39.

Policy. The enclosed General Order 41.3, Facial Recognition Technology,
took effect April 1, 2024. It replaced Special Order 20-04, which is
no longer in effect.

Costs. The Department's only facial recognition cost is its share of
the Accurint Virtual Crime Center agreement with LexisNexis Risk
Solutions, which is $4,860 per year and includes the face search module
for 9 licensed users. The Department has no contract with Clearview AI;
the trial accounts opened in 2020 were closed in March 2020 at no cost.

Searches. The Virtual Crime Center keeps a search log for the
Department only from April 1, 2024. From April 1 through May 15, 2024,
Department users ran 57 face searches. No earlier statistics exist.

Records about the Department's license plate reader cameras will be
produced separately under PR-24-0391. There is no charge for this
response. You may seek review of any denial under Wis. Stat. sec. 19.37.

Sincerely,

Sgt. Marta Lindgren
Records Custodian

Enclosure: General Order 41.3 (2 pages)""", None),
    (None, """\
WAUWATOSA POLICE DEPARTMENT                                  GENERAL ORDER

Number:     41.3                        Effective:  April 1, 2024
Subject:    Facial Recognition Technology
Rescinds:   Special Order 20-04, "Clearview AI Trial Accounts"
            (issued February 3, 2020)
References: WILEAG Standard 6.1.9; Wis. Stat. sec. 165.83
Approved:   Raymond Okafor, Chief of Police

41.3.1 PURPOSE
This order sets the rules for members' use of facial recognition
technology (FRT) and the conditions of access to it.

41.3.2 POLICY
Facial recognition is used only to develop investigative leads about
the identity of a suspect, victim or witness in a criminal
investigation, and to help identify a missing, deceased or
incapacitated person.

41.3.3 DEFINITIONS
A. Probe image: the image of an unknown person submitted for a search.
B. Candidate: an image returned by a search as a possible match.

41.3.4 AUTHORIZED SYSTEM
A. The only system authorized for Department use is the face search
   module of the LexisNexis Accurint Virtual Crime Center, which
   compares probe images with booking photographs contributed by
   participating agencies.
B. Members shall not use Clearview AI or any other service that
   searches images collected from the internet, on Department or
   personal devices.

41.3.5 ACCESS AND TRAINING
A. Access is granted by the Investigations Captain.
B. A member must complete the LexisNexis face search course and the
   Department's four-hour course on FRT bias and accuracy before
   receiving access.""", "GO 41.3 - Page 1 of 2"),
    (None, """\
41.3.6 PROCEDURE
A. Each search shall be documented in the case report, with the case
   number, the source of the probe image and the reason for the search.
B. A candidate is an investigative lead only and is not probable cause
   for an arrest, a search warrant or a charging decision.
C. Members shall not use FRT on live video, on body-worn camera
   recordings, or to identify people engaged in activity protected by
   the First Amendment.
D. Members may ask another agency, such as the Wisconsin Statewide
   Intelligence Center, to run a face search only with the
   Investigations Captain's approval.

41.3.7 AUDIT
The Investigations Captain shall review the Virtual Crime Center search
log each quarter and report the number of searches to the Chief.

41.3.8 VIOLATIONS
Misuse of facial recognition technology will result in loss of access
and may result in discipline up to and including termination.

41.3.9 PROPOSED CHANGES
A proposal to allow searches in misdemeanor retail theft cases is under
review by the Command Staff and is not part of this order.

41.3.10 RESCISSION
Special Order 20-04 is rescinded. That order allowed detectives to use
Clearview AI trial accounts in any investigation with a supervisor's
verbal approval, and it required no search log. Its provisions no
longer apply.""", "GO 41.3 - Page 2 of 2"),
], "pdf", WPD,
    [WPD, "Wisconsin Statewide Intelligence Center"],
    [LNRS, CV],
    [AVCC],
    [C(4860, 4860, "year", "which is $4,860 per year", WPD, LNRS, AVCC)],
    [N(9, "exact", "licenses", None, "for 9 licensed users", WPD, LNRS),
     N(57, "exact", "searches", None, "Department users ran 57 face searches", WPD, LNRS)],
    [P("Facial recognition is used only to develop investigative leads about the identity of a suspect, victim or "
       "witness in a criminal investigation, and to help identify a missing, deceased or incapacitated person.",
       WPD, "purpose"),
     P("The only system authorized for Department use is the face search module of the LexisNexis Accurint "
       "Virtual Crime Center", WPD, "permission"),
     P("Members shall not use Clearview AI or any other service that searches images collected from the "
       "internet, on Department or personal devices.", WPD, "prohibition"),
     P("A member must complete the LexisNexis face search course and the Department's four-hour course on FRT "
       "bias and accuracy before receiving access.", WPD, "requirement"),
     P("Each search shall be documented in the case report, with the case number, the source of the probe image "
       "and the reason for the search.", WPD, "requirement"),
     P("A candidate is an investigative lead only and is not probable cause for an arrest, a search warrant or "
       "a charging decision.", WPD, "disclaimer"),
     P("Members shall not use FRT on live video, on body-worn camera recordings, or to identify people engaged "
       "in activity protected by the First Amendment.", WPD, "prohibition"),
     P("Members may ask another agency, such as the Wisconsin Statewide Intelligence Center, to run a face "
       "search only with the Investigations Captain's approval.", WPD, "permission"),
     P("The Investigations Captain shall review the Virtual Crime Center search log each quarter and report the "
       "number of searches to the Chief.", WPD, "requirement"),
     P("Misuse of facial recognition technology will result in loss of access and may result in discipline up "
       "to and including termination.", WPD, "consequence")],
    [],
    ["2024-05-20", "2024-05-06", "2024-04-01", "2020", "2020-03", "2024-05-15", "2020-02-03"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
