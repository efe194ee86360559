"""Writes docs/*.txt and labels.json for holdout65 (six invented releases: GA, TN, VA, CO, AZ, OR).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), plus `kind` on every policy
(requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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


# ---------------------------------------------------------------- 1 Georgia: Cherokee County SO
CCSO = "Cherokee County Sheriff's Office"
ID = "IDEMIA"
MFI = "MorphoFace Investigate"
doc("01_cherokee-county-so-idemia-amendment-2.txt", [
    (None, """\
Contract No. CC-SO-2019-044                               Amendment No. 2

                      AMENDMENT NO. 2 TO THE
        SOFTWARE LICENSE, HOSTING AND MAINTENANCE AGREEMENT
                             BETWEEN
                    CHEROKEE COUNTY, GEORGIA
                               AND
               IDEMIA IDENTITY & SECURITY USA LLC

This Amendment No. 2 (the "Amendment") is entered into as of June 18,
2024 by Cherokee County, Georgia, a political subdivision of the State
of Georgia, acting for the Cherokee County Sheriff's Office (the
"County"), and IDEMIA Identity & Security USA LLC, 11951 Freedom Drive,
Suite 1800, Reston, Virginia 20190 ("IDEMIA").

RECITALS

A. The County and IDEMIA entered into a Software License, Hosting and
   Maintenance Agreement dated August 6, 2019 (the "Agreement") for
   MorphoFace Investigate ("MFI"), IDEMIA's face recognition search
   application, and for maintenance of two IDEMIA TouchPrint 5300
   LiveScan fingerprint stations at the Adult Detention Center.
B. Amendment No. 1, dated July 20, 2021, extended the Agreement through
   June 30, 2024 at an annual MFI maintenance fee of $29,600.
C. The MFI gallery now holds approximately 412,000 booking photographs
   taken at the Adult Detention Center since 2006.
D. The parties wish to renew the Agreement for three years, add
   investigator licences, and replace the price schedule.

NOW, THEREFORE, the parties agree as follows:

1. Renewal Term. The Agreement is renewed for the period July 1, 2024
   through June 30, 2027 (the "Renewal Term").

2. Licences. The number of MFI investigator licences is increased from
   eight (8) to twelve (12). The four additional licences are priced
   in Exhibit B-2, line 2.

3. Price Schedule. Exhibit B-1 is deleted and replaced by Exhibit B-2,
   attached. Lines 1 and 4 increase by three percent (3%) on each
   July 1. Total compensation for the Renewal Term, including the
   LiveScan maintenance in line 4, shall not exceed $175,000.00.""", "CCSO ORR 24-0917  Page 1 of 3"),
    (None, """\
4. Authorized Users. The County shall issue MFI accounts only to sworn
   investigators and crime analysts of the Sheriff's Office who have
   completed IDEMIA's MFI investigator course. Officers of the Canton
   Police Department and the Woodstock Police Department may submit
   probe images through the Sheriff's Office Criminal Investigations
   Division. Such officers shall not be issued MFI accounts.

5. Investigative Leads. A candidate returned by MFI is an investigative
   lead only and shall not be the sole basis for an arrest, a search
   warrant or any other enforcement action.

6. County Data. Probe images, the gallery and search logs remain the
   property of the County. IDEMIA personnel shall not access the
   gallery except to perform maintenance requested in writing by the
   County's system administrator.

7. Invoicing. IDEMIA shall invoice lines 1 and 3 annually in advance on
   each July 1, and line 2 upon activation of the licences. Payment is
   due within thirty (30) days after receipt of a correct invoice.

8. Appropriation. This Amendment terminates without further obligation
   at the close of any fiscal year for which the Board of Commissioners
   does not appropriate funds, as provided in O.C.G.A. 36-60-13.

9. Other Terms. All other terms of the Agreement, as amended by
   Amendment No. 1, remain in full force and effect.

CHEROKEE COUNTY, GEORGIA               IDEMIA IDENTITY & SECURITY USA LLC

By: ______________________________     By: ______________________________
    R. Dale Whitmore, Chairman             Kathryn L. Moss
    Board of Commissioners                 Vice President, State & Local
Date: 06/18/2024                       Date: 06/12/2024

Attest: __________________________     Approved as to form:
        Anita Cordero, County Clerk    __________________________
                                       County Attorney
Reviewed: Sheriff Lamar T. Barrow, Cherokee County Sheriff's Office

Approved by the Cherokee County Board of Commissioners on June 18, 2024,
consent agenda item 7.4.""", "CCSO ORR 24-0917  Page 2 of 3"),
    (None, """\
                EXHIBIT B-2 - PRICE SCHEDULE (RENEWAL TERM)
            Contract No. CC-SO-2019-044, Amendment No. 2

Ln  Description                         FY2025      FY2026      FY2027
                                       7/1/24 -    7/1/25 -    7/1/26 -
                                       6/30/25     6/30/26     6/30/27
--  -----------------------------  ----------  ----------  ----------
1   MFI software maintenance and    38,400.00   39,552.00   40,738.56
    support, 12 investigator
    licences (annual)
2   Additional MFI investigator     14,000.00          --          --
    licences (4 @ $3,500.00,
    one-time, perpetual)
3   MFI gallery hosting, IDEMIA      6,000.00    6,000.00    6,000.00
    government cloud (annual)
4   TouchPrint 5300 LiveScan         7,850.00    8,085.50    8,328.07
    fingerprint stations (2),
    maintenance (annual)
--  -----------------------------  ----------  ----------  ----------
    Annual total                    66,250.00   53,637.50   55,066.63
    Renewal Term total                                     174,954.13

Notes
a. Prices exclude Georgia sales and use tax. The County is exempt; its
   certificate of exemption (No. 58-6000799) is on file with IDEMIA.
b. Lines 1 and 4 escalate 3% on each July 1; lines 2 and 3 are fixed.
c. Line 4 covers fingerprint capture only and is not part of MFI. It
   is funded from the Adult Detention Center budget (100-3326-52.2200).
d. Lines 1 through 3 are funded from the Sheriff's Office technology
   budget (100-3300-52.2320).
e. IDEMIA government accounts: (571) 555-0112, remit to lockbox 774912.

Initials: County ______   IDEMIA ______""", "CCSO ORR 24-0917  Page 3 of 3"),
], "pdf", CCSO,
    ["Cherokee County", CCSO, "Cherokee County Board of Commissioners", "Canton Police Department",
     "Woodstock Police Department"],
    [ID],
    [MFI, "TouchPrint 5300"],
    [C(29600, 29600, "year", "an annual MFI maintenance fee of $29,600", CCSO, ID, MFI),
     C(38400, 38400, "year", "1   MFI software maintenance and    38,400.00", CCSO, ID, MFI),
     C(39552, 39552, "year", "1   MFI software maintenance and    38,400.00   39,552.00", CCSO, ID, MFI),
     C(40738.56, 40738.56, "year", "1   MFI software maintenance and    38,400.00   39,552.00   40,738.56",
       CCSO, ID, MFI),
     C(14000, 14000, "one-time", "2   Additional MFI investigator     14,000.00", CCSO, ID, MFI),
     C(3500, 3500, "one-time", "licences (4 @ $3,500.00, one-time", CCSO, ID, MFI, unit="per license"),
     C(6000, 6000, "year", "3   MFI gallery hosting, IDEMIA      6,000.00", CCSO, ID, MFI)],
    [N(412000, "approximately", "images", None, "approximately 412,000 booking photographs", CCSO, ID),
     N(8, "exact", "licenses", None, "increased from eight (8) to twelve (12)", CCSO, ID),
     N(12, "exact", "licenses", None, "increased from eight (8) to twelve (12)", CCSO, ID),
     N(4, "exact", "licenses", None, "The four additional licences", CCSO, ID)],
    [P("The County shall issue MFI accounts only to sworn investigators and crime analysts of the Sheriff's "
       "Office who have completed IDEMIA's MFI investigator course.", CCSO, "requirement"),
     P("Officers of the Canton Police Department and the Woodstock Police Department may submit probe images "
       "through the Sheriff's Office Criminal Investigations Division.", CCSO, "permission"),
     P("Such officers shall not be issued MFI accounts.", CCSO, "prohibition"),
     P("A candidate returned by MFI is an investigative lead only and shall not be the sole basis for an "
       "arrest, a search warrant or any other enforcement action.", CCSO, "disclaimer")],
    [],
    ["2024-06-18", "2019-08-06", "2021-07-20", "2024-06-30", "2006", "2024-07-01", "2027-06-30",
     "2024-06-12", "2025-06-30", "2025-07-01", "2026-06-30", "2026-07-01"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Tennessee: Memphis PD
MPD = "Memphis Police Department"
MS = "Motorola Solutions"
FS = "Vigilant FaceSearch"
MONTHS = [("Jan", 118, 61, 22, 7), ("Feb", 109, 54, 19, 5), ("Mar", 131, 70, 27, 9), ("Apr", 127, 66, 25, 8),
          ("May", 142, 75, 30, 10), ("Jun", 138, 71, 26, 8), ("Jul", 149, 80, 33, 11), ("Aug", 144, 77, 29, 9),
          ("Sep", 126, 63, 21, 6), ("Oct", 135, 69, 24, 8), ("Nov", 121, 60, 20, 6), ("Dec", 148, 74, 28, 9)]
TOT = [sum(m[i] for m in MONTHS) for i in range(1, 5)]
assert TOT == [1588, 820, 304, 96], TOT
ROWS = "\n".join(f"{m:<5}{s:>12}{p:>16}{l:>15}{a:>11}" for m, s, p, l, a in MONTHS)
TOTAL_ROW = f"{'Total':<5}{'1,588':>12}{TOT[1]:>16}{TOT[2]:>15}{TOT[3]:>11}"
doc("02_memphis-pd-rtcc-facial-recognition-annual-report-2024.txt", [
    (None, """\
MEMPHIS POLICE DEPARTMENT
Real Time Crime Center | 170 North Main Street, Memphis, TN 38103

                  FACIAL RECOGNITION PROGRAM
                     ANNUAL REPORT - 2024
                (January 1 - December 31, 2024)

Prepared for:  Deputy Chief, Investigative Services Bureau
Prepared by:   Lt. Simone Okafor, RTCC Commander
Date:          February 20, 2025
Distribution:  Command Staff; Office of the City Attorney

1. Summary
In 2024 the Real Time Crime Center (RTCC) ran 1,588 facial recognition
searches for Memphis Police Department investigations, an increase of
14% over 2023. Searches are run in Vigilant FaceSearch, the face
recognition module of the Motorola Solutions (Vigilant) investigative
platform that the Department has licensed since 2019.

2. System and gallery
FaceSearch compares a probe image with a gallery of booking
photographs. At year end the Department's gallery held 1,312,405
booking photographs of approximately 487,000 individuals, contributed
by the Shelby County Sheriff's Office from jail bookings. The gallery
does not include driver license photographs; the Tennessee Department
of Safety and Homeland Security does not share them for this purpose.

3. Personnel with access
At the end of 2024, 16 RTCC analysts and supervisors held FaceSearch
accounts. Accounts are reviewed each quarter by the RTCC commander.
Detectives outside the RTCC do not have accounts; they submit probe
images to the RTCC with a request form (MPD Form 612-R).""", "RTCC-FR-2024  |  Page 1 of 3"),
    (None, f"""\
4. Monthly activity

Table 1. FaceSearch activity by month, 2024

Month    Searches  Possible match  Leads sent to    Arrests
              run        returned     detectives   reported
-----  ----------  --------------  -------------  ---------
{ROWS}
-----  ----------  --------------  -------------  ---------
{TOTAL_ROW}

A possible match was returned in 51.6% of searches, and 19.1% of all
searches produced a lead that was sent to the case detective. Arrests
are those the case detective reported back to the RTCC; the RTCC does
not verify them. The offenses most often searched were burglary or
theft (25%), robbery (21%) and aggravated assault (18%).

During the year the RTCC also ran 37 searches at the request of other
agencies, chiefly the Germantown Police Department and the Bartlett
Police Department. Those searches are not included in Table 1.""", "RTCC-FR-2024  |  Page 2 of 3"),
    (None, """\
5. Cost
FaceSearch is licensed under the Department's agreement with Motorola
Solutions for the Vigilant investigative platform (City contract
CW-2291). The face recognition module was billed at $48,500 for
calendar year 2024, the same amount as in 2023. The license plate
recognition (LEARN) portion of the same agreement, $126,000 for 2024,
is not a face recognition cost and is reported separately. For 2025
Motorola Solutions has quoted $52,000 a year for the FaceSearch module.

6. Policy
Use of FaceSearch is governed by MPD Policy and Procedures, Chapter II,
Section 31, "Facial Recognition Technology" (revised March 2023). Its
main provisions are:
  a. Only RTCC members who have completed the Department's eight-hour
     facial comparison course may run a search.
  b. Each search must be linked to an incident or case number entered
     in the FaceSearch notes field.
  c. A possible match is an investigative lead and is not probable
     cause to arrest.
  d. Members shall not use FaceSearch to identify persons engaged in
     lawful protest or assembly.
  e. Misuse of FaceSearch will result in immediate suspension of the
     member's account and referral to the Inspectional Services Bureau
     for investigation.

7. Audit
The Inspectional Services Bureau reviewed the FaceSearch log in July
2024 and found no search without an incident or case number.

8. Requests for 2025
The RTCC has asked for four additional analyst accounts for 2025. The
request has not been approved and is not reflected in this report.
Records in this report are confidential under T.C.A. 10-7-504 only to
the extent they identify persons searched.""", "RTCC-FR-2024  |  Page 3 of 3"),
], "pdf", MPD,
    [MPD, "Shelby County Sheriff's Office", "Tennessee Department of Safety and Homeland Security",
     "Germantown Police Department", "Bartlett Police Department"],
    [MS, "Vigilant Solutions"],
    [FS, "LEARN"],
    [C(48500, 48500, "year", "The face recognition module was billed at $48,500 for calendar year 2024", MPD, MS,
       FS),
     C(52000, 52000, "year", "Motorola Solutions has quoted $52,000 a year for the FaceSearch module", MPD, MS, FS)],
    [N(1588, "exact", "searches", "year", "ran 1,588 facial recognition searches", MPD, MS),
     N(1312405, "exact", "images", None, "the Department's gallery held 1,312,405 booking photographs", MPD, MS),
     N(487000, "approximately", "images", None, "approximately 487,000 individuals", MPD, MS),
     N(16, "exact", "users", None, "16 RTCC analysts and supervisors held FaceSearch accounts", MPD, MS)]
    + [N(s, "exact", "searches", "month", f"{m} {s}", MPD, MS) for m, s, p, l, a in MONTHS]
    + [N(820, "exact", "matches", "year", "Total 1,588 820", MPD, MS),
       N(304, "exact", "leads", "year", "Total 1,588 820 304", MPD, MS),
       N(96, "exact", "arrests", "year", "Total 1,588 820 304 96", MPD, MS),
       N(37, "exact", "requests", "year", "the RTCC also ran 37 searches at the request of other agencies", MPD,
         MS)],
    [P("Only RTCC members who have completed the Department's eight-hour facial comparison course may run a "
       "search.", MPD, "requirement"),
     P("Each search must be linked to an incident or case number entered in the FaceSearch notes field.", MPD,
       "requirement"),
     P("A possible match is an investigative lead and is not probable cause to arrest.", MPD, "disclaimer"),
     P("Members shall not use FaceSearch to identify persons engaged in lawful protest or assembly.", MPD,
       "prohibition"),
     P("Misuse of FaceSearch will result in immediate suspension of the member's account and referral to the "
       "Inspectional Services Bureau for investigation.", MPD, "consequence")],
    [],
    ["2024-01-01", "2024-12-31", "2025-02-20", "2023", "2019", "2024", "2025", "2023-03", "2024-07"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Virginia: Norfolk PD
NPD = "Norfolk Police Department"
LN = "LexisNexis Risk Solutions"
VCC = "Accurint Virtual Crime Center"
SUBJ = "VCC face recognition add-on - FY25 mid-year request"
OWNER = "Alvarez, Teresa"
doc("03_norfolk-pd-accurint-vcc-fr-outlook-thread.txt", [
    (OWNER, """\
From:       Kessler, Brandon <Brandon.Kessler@norfolk.gov>
Sent:       Thursday, September 12, 2024 3:47 PM
To:         Alvarez, Teresa <Teresa.Alvarez@norfolk.gov>
Cc:         Ng, Howard <Howard.Ng@norfolk.gov>
Subject:    RE: VCC face recognition add-on - FY25 mid-year request

Teresa,

Thanks, that answers everything. I'll put the add-on in the mid-year
request at the vendor's price for the first year and leave the extra
user option out. Howard, please hold the requisition until the Chief
signs the policy.

Brandon

Brandon Kessler | Budget & Planning Unit
Norfolk Police Department | 757-555-0142

From: Alvarez, Teresa <Teresa.Alvarez@norfolk.gov>
Sent: Thursday, September 12, 2024 10:05 AM
To: Kessler, Brandon <Brandon.Kessler@norfolk.gov>
Subject: RE: VCC face recognition add-on - FY25 mid-year request

Brandon - my answers are inline below, marked [TA]. Megan's pricing
email is pasted at the bottom.

Teresa

Sgt. Teresa Alvarez | Real Time Crime Center
Norfolk Police Department | 757-555-0187

-----Original Message-----
From: Kessler, Brandon
Sent: Wednesday, September 11, 2024 4:31 PM
To: Alvarez, Teresa
Subject: VCC face recognition add-on - FY25 mid-year request

Teresa, a few questions before this goes to Finance:""", "NPD FOIA 24-1187            000031"),
    (OWNER, """\
1) Is the face recognition piece a separate charge from the VCC
   subscription we already have?
[TA] Yes. The base Accurint Virtual Crime Center subscription stays at
$31,200 a year and doesn't change. Facial recognition is an add-on
module priced on its own (see Megan's email below).

2) How many people would use it?
[TA] The module covers up to 25 users. We'd start with RTCC analysts
only and add detectives after the first audit.

3) What do we do today when we need a face search?
[TA] We send the photo to the Virginia Fusion Center. In calendar
2023 the RTCC sent 73 requests and VFC returned a candidate on 19 of
them. It usually takes a week or more.

4) Anything legal we need to do before we start?
[TA] Yes, under Va. Code sec. 15.2-1723.2. We must have a written
policy based on the State Police model policy before the first
search. The Code doesn't allow the technology to be used to track a
person's movements in real time. And we have to post an annual report
on our website listing searches and the product used. LexisNexis says
the algorithm in the module is NIST-evaluated and clears the 98% bar.

5) Which budget line?
[TA] 110-3120-5230 (RTCC software). Not the grant - the Byrne JAG
award ($58,400) is already committed to the camera project.

________________________________
From: Dwyer, Megan (LNG-ATL) <Megan.Dwyer@lexisnexisrisk.com>
Sent: Monday, September 9, 2024 2:12 PM
To: Alvarez, Teresa <Teresa.Alvarez@norfolk.gov>
Subject: Norfolk PD - Accurint VCC facial recognition pricing

Hi Teresa,

As discussed, pricing to add facial recognition to Norfolk's Accurint
Virtual Crime Center account:""", "NPD FOIA 24-1187            000032"),
    (OWNER, """\
  - Facial Recognition module, up to 25 users: $24,000 per year
  - Additional users beyond 25: $900 per user per year
  - Onboarding and image-quality training: no charge

The module searches the VCC booking-image pool, currently about 9.6
million booking photos contributed by participating agencies, plus
any images the agency uploads itself. Pricing is valid for 60 days.

Megan Dwyer | Account Executive, Law Enforcement
LexisNexis Risk Solutions | 678-555-0168

This email and any attachments are confidential and intended solely
for the addressee.""", "NPD FOIA 24-1187            000033"),
], "print", NPD,
    [NPD, "Virginia Fusion Center", "Virginia State Police", "National Institute of Standards and Technology"],
    [LN],
    [VCC],
    [C(24000, 24000, "year", "Facial Recognition module, up to 25 users: $24,000 per year", NPD, LN, VCC),
     C(900, 900, "year", "Additional users beyond 25: $900 per user per year", NPD, LN, VCC, unit="per user")],
    [N(25, "up to", "licenses", None, "Facial Recognition module, up to 25 users", NPD, LN),
     N(73, "exact", "requests", "year", "In calendar 2023 the RTCC sent 73 requests", NPD, None),
     N(19, "exact", "matches", None, "VFC returned a candidate on 19 of them", NPD, None),
     N(9600000, "approximately", "images", None, "about 9.6 million booking photos", None, LN)],
    [P("We must have a written policy based on the State Police model policy before the first search.", NPD,
       "requirement"),
     P("The Code doesn't allow the technology to be used to track a person's movements in real time.", NPD,
       "prohibition"),
     P("we have to post an annual report on our website listing searches and the product used.", NPD,
       "requirement")],
    [E("Kessler, Brandon", "Alvarez, Teresa", "Thursday, September 12, 2024 3:47 PM", "RE: " + SUBJ),
     E("Alvarez, Teresa", "Kessler, Brandon", "Thursday, September 12, 2024 10:05 AM", "RE: " + SUBJ),
     E("Kessler, Brandon", "Alvarez, Teresa", "Wednesday, September 11, 2024 4:31 PM", SUBJ),
     E("Dwyer, Megan (LNG-ATL)", "Alvarez, Teresa", "Monday, September 9, 2024 2:12 PM",
       "Norfolk PD - Accurint VCC facial recognition pricing")],
    ["2024-09-12", "2024-09-11", "2024-09-09", "2023"],
    scan="print")


# ---------------------------------------------------------------- 4 Colorado: Westminster PD
WPD = "Westminster Police Department"
ROC = "Rank One Computing"
RW = "ROC Watch"
doc("04_westminster-pd-roc-watch-council-staff-report.txt", [
    (None, """\
                                                        Agenda Item 8 C
                      W E S T M I N S T E R
                          Staff Report

City Council Meeting
March 25, 2024

SUBJECT:      Notice of Intent to Use a Facial Recognition Service and
              Purchase of ROC Watch Software from Rank One Computing
              Corporation

PREPARED BY:  Cmdr. Elena Bradford, Investigations Division
              Rhys Tolliver, Senior Management Analyst

Recommended City Council Action
1. Accept the Police Department's Notice of Intent to use a facial
   recognition service and its Accountability Report (Attachments A
   and B), as C.R.S. 24-18-302 and 24-18-303 require; and
2. Authorize the City Manager to sign a three-year agreement with Rank
   One Computing Corporation of Denver for ROC Watch software in an
   amount not to exceed $132,000.

Summary Statement
- Colorado Senate Bill 22-113 requires an agency to file a notice of
  intent and an accountability report before it uses a facial
  recognition service, and to take public comment at three community
  meetings. The Department held those meetings on January 17, 2024,
  February 7, 2024 and February 28, 2024.
- Funds for 2024 are available in the Police Department's adopted
  operating budget.

Background
Westminster detectives do not have a face recognition tool of their
own. Since 2019 they have sent still images to the Colorado Information
Analysis Center (CIAC), which runs searches for local agencies at no
cost. In 2023 detectives sent 64 requests to CIAC; the average time to
a reply was nine days.""", "Westminster City Council - March 25, 2024 - Page 1 of 3"),
    (None, """\
From October 2, 2023 to December 29, 2023 the Department evaluated ROC
Watch under a no-cost evaluation licence, which the Chief approved in
writing. During the evaluation eight detectives ran 219 searches.
ROC Watch would search the Department's own booking photographs, about
96,000 images taken at the Westminster Police Department holding
facility since 2008. ROC Watch also offers real-time watchlist alerts
on live video; staff does not propose to enable that feature.

Policy Issues
State law sets conditions that apply to any use of the service. Before
any Department member uses the service, the member must complete the
training that C.R.S. 24-18-305 requires. Any decision based on a
search result that produces legal effects for a person must be subject
to meaningful human review.

Department Directive 1.22 prohibits members from using a free trial
account of any investigative software without the Chief's written
approval.

Draft Directive 3.42, Facial Recognition (Attachment C), would limit
searches to felony and missing-person cases and would require a
supervisor's approval for each search. The draft will be finalized
after Council acts and has not been adopted.

Alternatives
1. Continue to rely on CIAC. This costs nothing but leaves detectives
   waiting more than a week for most results.
2. Contract with Clearview AI, which quoted $47,500 per year for 15
   users. Staff does not recommend this option because Clearview's
   gallery is made of images collected from the internet.""", "Westminster City Council - March 25, 2024 - Page 2 of 3"),
    (None, """\
Fiscal Impact
The three-year agreement with Rank One Computing totals $124,500: a
one-time implementation and training fee of $14,100 and an annual
subscription of $36,800 for up to 20 named users. Staff requests
authority up to $132,000, which includes a contingency of about 6%.

Funds for 2024 ($50,900) are available in the Police Department's
operating budget, account 1000.20300.7250 (Software Licensing).
Years two and three are subject to annual appropriation by Council.

The Department's existing BriefCam video analytics license ($19,750
per year) is separate from this purchase. Its face recognition option
has never been enabled.

Strategic Plan Goal
Safe and Healthy Community: Proactive public safety.

Attachments
A. Notice of Intent to Use a Facial Recognition Service
B. Accountability Report, Westminster Police Department
C. Draft Directive 3.42, Facial Recognition
D. Rank One Computing Software Subscription Agreement""", "Westminster City Council - March 25, 2024 - Page 3 of 3"),
], "pdf", WPD,
    [WPD, "City of Westminster", "Westminster City Council", "Colorado Information Analysis Center"],
    [ROC, "Clearview AI", "BriefCam"],
    [RW],
    [C(None, 132000, None, "in an amount not to exceed $132,000", WPD, ROC, RW),
     C(124500, 124500, None, "The three-year agreement with Rank One Computing totals $124,500", WPD, ROC, RW),
     C(14100, 14100, "one-time", "a one-time implementation and training fee of $14,100", WPD, ROC, RW),
     C(36800, 36800, "year", "an annual subscription of $36,800 for up to 20 named users", WPD, ROC, RW),
     C(50900, 50900, None, "Funds for 2024 ($50,900)", WPD, ROC, RW)],
    [N(64, "exact", "requests", "year", "In 2023 detectives sent 64 requests to CIAC", WPD, None),
     N(8, "exact", "users", None, "eight detectives ran 219 searches", WPD, ROC),
     N(219, "exact", "searches", None, "eight detectives ran 219 searches", WPD, ROC),
     N(96000, "approximately", "images", None, "about 96,000 images", WPD, ROC),
     N(20, "up to", "licenses", None, "for up to 20 named users", WPD, ROC)],
    [P("Before any Department member uses the service, the member must complete the training that "
       "C.R.S. 24-18-305 requires.", WPD, "requirement"),
     P("Any decision based on a search result that produces legal effects for a person must be subject to "
       "meaningful human review.", WPD, "requirement"),
     P("Department Directive 1.22 prohibits members from using a free trial account of any investigative software "
       "without the Chief's written approval.", WPD, "prohibition")],
    [],
    ["2024-03-25", "2024-01-17", "2024-02-07", "2024-02-28", "2019", "2023", "2023-10-02", "2023-12-29",
     "2008", "2024"],
    scan=None)


# ---------------------------------------------------------------- 5 Arizona: Goodyear PD
GPD = "Goodyear Police Department"
SHI = "SHI International"
VT = "Veritone"
IDN = "Veritone IDentify"
doc("05_goodyear-pd-veritone-identify-shi-quote-invoice.txt", [
    (None, """\
SHI International Corp.                                      QUOTATION
290 Davidson Avenue, Somerset, NJ 08873
Public Sector - Southwest Region | (888) 555-0144

Quote #:       26841375                 Quote Date:    01/22/2025
Expires:       02/21/2025               Account Exec:  Tomas Reyna
Contract:      NASPO ValuePoint Software VAR, AZ PA ADSPO16-130652
Customer:      City of Goodyear - Police Department
               14455 W. Van Buren Street, Goodyear, AZ 85338
Attn:          Lt. Carla Benitez, Investigations Division

Ln Part No.        Description                 Qty  Unit Price  Ext. Price
-- --------------- --------------------------- --- ----------- -----------
1  VRT-IDN-SUB-NU  Veritone IDentify, named     10    2,150.00   21,500.00
                   user subscription, 12 mo.
                   (03/01/2025 - 02/28/2026)
2  VRT-IDN-IMPL    IDentify implementation,      1    4,800.00    4,800.00
                   booking-photo ingest and
                   analyst training, one-time
3  VRT-RDX-PRO     Veritone Redact Pro,          3    1,950.00    5,850.00
                   12 mo. (video redaction)
4  DELL-P3680      Dell Precision 3680 tower     2    1,742.60    3,485.20
                   workstation, 32GB, RTX A2000
                                                  Subtotal       35,635.20
                                 Sales tax 8.8% (line 4 only)       306.70
                                                  Shipping           58.00
                                                  QUOTE TOTAL    35,999.90

Notes
- Software subscriptions are priced at the NASPO ValuePoint discount
  (12% off Veritone list) and are not taxed.
- Veritone Redact Pro blurs faces, plates and screens in video released
  to the public. It does not identify anyone.
- Prices firm for 30 days. Please reference quote 26841375 on your PO.""", "GPD PRR 2025-0448  p. 1"),
    (None, """\
SHI International Corp.                                        INVOICE
290 Davidson Avenue, Somerset, NJ 08873 | Federal ID 22-3009648

Invoice No.:  8019345522                Invoice Date:  03/04/2025
Customer PO:  4500091287                Terms:         Net 30
Customer No.: 1187-GOOD-AZ              Due Date:      04/03/2025
Bill To:      City of Goodyear, Accounts Payable, P.O. Box 5100,
              Goodyear, AZ 85338
Ship To:      Goodyear Police Department, Investigations Division

Description                                                     Amount
--------------------------------------------------------- -------------
Veritone IDentify named user subscription (10 users),         21,500.00
  03/01/2025 - 02/28/2026
IDentify implementation and analyst training (one-time)        4,800.00
Dell Precision 3680 tower workstation (2 units)                3,485.20
  Sales tax 8.8% (workstations)                                  306.70
Shipping, ground                                                  58.00
                                                          -------------
INVOICE TOTAL                                                 30,149.90

Veritone Redact Pro (3 users) was removed from PO 4500091287 by City
change order 1 dated 01/30/2025 and is not billed.

Remit to: SHI International Corp., P.O. Box 952121, Dallas, TX 75395.
Questions: (888) 555-0199, option 3.""", "GPD PRR 2025-0448  p. 2"),
    (None, """\
GOODYEAR POLICE DEPARTMENT
INTEROFFICE MEMORANDUM

TO:      Chief of Police
THRU:    Deputy Chief, Support Services Bureau
FROM:    Lt. Carla Benitez, Investigations Division
DATE:    January 27, 2025
RE:      Veritone IDentify purchase - SHI quote 26841375

Purpose. I request approval to buy Veritone IDentify subscriptions and
implementation through SHI International on the NASPO ValuePoint
cooperative contract (A.R.S. 41-2632), lines 1, 2 and 4 of the quote.
Line 3, Redact Pro, is for the Records Unit and will be requested
separately.

Background. Investigations has no face recognition tool. In 2024 the
Division sent 52 requests to the Arizona Counter Terrorism Information
Center and waited an average of 11 days for a reply. IDentify will
search only the Department's own booking photographs, about 38,700
images taken at the Goodyear holding facility since 2012.

Alternatives. Clearview AI quoted $2,000 per user per year. It was not
considered further: General Order 4.17 prohibits searching any gallery
built from images collected from the public internet.

Controls. Use will be governed by General Order 4.17, Facial
Recognition, issued January 6, 2025. Under the order, searches may be
run only by members who have completed Veritone's IDentify training
and the Department's facial comparison course; a candidate is an
investigative lead and never, by itself, probable cause; and members
may not search images of people lawfully exercising First Amendment
rights.

Funding. FY2025 operating budget: software 1000-2110-52310; hardware
1000-2110-53410.""", "GPD PRR 2025-0448  p. 3"),
], "pdf", GPD,
    [GPD, "City of Goodyear", "Arizona Counter Terrorism Information Center"],
    [SHI, VT, "Dell", "Clearview AI"],
    [IDN, "Veritone Redact", "Dell Precision 3680"],
    [C(21500, 21500, "year", "1  VRT-IDN-SUB-NU  Veritone IDentify, named     10    2,150.00   21,500.00",
       GPD, SHI, IDN),
     C(2150, 2150, "year", "1  VRT-IDN-SUB-NU  Veritone IDentify, named     10    2,150.00", GPD, SHI, IDN,
       unit="per user"),
     C(4800, 4800, "one-time", "2  VRT-IDN-IMPL    IDentify implementation,      1    4,800.00    4,800.00",
       GPD, SHI, IDN)],
    [N(10, "exact", "licenses", None, "1  VRT-IDN-SUB-NU  Veritone IDentify, named     10", GPD, SHI),
     N(52, "exact", "requests", "year", "In 2024 the Division sent 52 requests", GPD, None),
     N(38700, "approximately", "images", None, "about 38,700 images", GPD, VT)],
    [P("General Order 4.17 prohibits searching any gallery built from images collected from the public internet.",
       GPD, "prohibition"),
     P("searches may be run only by members who have completed Veritone's IDentify training and the "
       "Department's facial comparison course", GPD, "requirement"),
     P("a candidate is an investigative lead and never, by itself, probable cause", GPD, "disclaimer"),
     P("members may not search images of people lawfully exercising First Amendment rights", GPD, "prohibition")],
    [],
    ["2025-01-22", "2025-02-21", "2025-03-01", "2026-02-28", "2025-03-04", "2025-04-03", "2025-01-30",
     "2025-01-27", "2024", "2012", "2025-01-06"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Oregon: Hillsboro PD
HPD = "Hillsboro Police Department"
WCSO = "Washington County Sheriff's Office (Oregon)"
RK = "Amazon Rekognition"
doc("06_hillsboro-pd-policy-612-facial-recognition.txt", [
    (None, """\
HILLSBORO POLICE DEPARTMENT
Investigations Division | 250 SE 10th Avenue, Hillsboro, Oregon 97123

MEMORANDUM

Date:     February 11, 2025
To:       Chief of Police
From:     Capt. Nadia Ferreira, Investigations Division
Subject:  Annual review of Policy 612, Facial Recognition, and
          proposed Section 612.11

Policy 612 is attached as currently in force (effective May 1, 2023),
with a proposed new Section 612.11 for your decision.

2024 in brief
- The Department does not license a facial recognition system.
  Requests go to the Washington County Sheriff's Office (WCSO), which
  runs them in its booking-photo system built on Amazon Rekognition.
  The WCSO gallery holds about 310,000 booking photographs.
- HPD submitted 41 requests in 2024 (36 in 2023). WCSO returned a
  possible candidate on 17 of them.
- Seven HPD members are designated requesters under Section 612.6.
- Under the intergovernmental agreement HPD pays WCSO $3,000 per year
  as its share of hosting and support. WCSO has told participating
  agencies that the share will rise to $3,600 per year on July 1, 2025.
- The quarterly audits under Section 612.9 found no request without a
  case number, and no complaint about facial recognition was received.
- Our body-worn cameras (Axon, $412,800 over five years) have no face
  recognition function.

Recommendation
I recommend adopting Section 612.11 after the City Attorney's Office
completes its review.

Attachments: Policy 612 (2 pages); Proposed Section 612.11 (1 page)""", "HPD PRR 25-0213  Page 1 of 4"),
    (None, """\
Hillsboro Police Department                               Policy Manual
Policy 612                                           Facial Recognition
Effective: May 1, 2023                       Supersedes: Policy 612 (2020)

612.1 PURPOSE AND SCOPE
This policy governs requests for facial recognition searches. Facial
recognition may be used only to help identify suspects, victims and
witnesses in criminal investigations, and to identify deceased or
missing persons.

612.2 DEFINITIONS
(a) Probe image - an image of an unknown person submitted for search.
(b) Candidate - a booking photograph returned as a possible match.
(c) Requester - a member designated under Section 612.6.

612.3 POLICY
The Department does not operate its own facial recognition system.
Members shall submit probe images only to the Washington County
Sheriff's Office under the intergovernmental agreement dated March 3,
2020.

612.4 AUTHORIZED USES
A requester is authorized to submit a probe image when the case has an
open case number and the image relates to a crime under investigation.

612.5 PROHIBITED USES
Members shall not:
(a) submit an image to any commercial service that collects images
    from the public internet, including Clearview AI;
(b) submit images of persons because they are lawfully engaged in a
    protest, assembly or other activity protected by the First
    Amendment;
(c) use facial recognition on recordings from a body-worn camera,
    which ORS 133.741 forbids; or
(d) use facial recognition to identify persons in real time or
    continuously in a public place.""", "HPD PRR 25-0213  Page 2 of 4"),
    (None, """\
612.6 REQUESTERS AND TRAINING
Only sworn detectives and crime analysts designated in writing by the
Investigations Division captain may be requesters. Each requester must
complete the Department's facial comparison and bias awareness course
before submitting a first request.

612.7 USE OF RESULTS
A candidate returned by WCSO is an investigative lead only and is not
probable cause for an arrest or a search warrant. The assigned
detective shall corroborate any lead through independent investigation
before taking enforcement action.

612.8 DOCUMENTATION AND RETENTION
The requester shall document each request, including the case number,
the source of the probe image and the result, in the case report.
Request records are kept under the City's records retention schedule
(OAR 166-200).

612.9 AUDIT AND REPORTING
The Investigations Division captain shall audit all requests each
quarter and report to the Chief of Police once a year.

612.10 VIOLATIONS
A member who violates this policy may lose requester status and is
subject to discipline up to and including termination.

Approved: ______________________  Chief of Police     Date: 04/18/2023""", "HPD PRR 25-0213  Page 3 of 4"),
    (None, """\
DRAFT - NOT ADOPTED
Proposed Section 612.11 - Exigent Circumstances
Submitted February 11, 2025; under review by the City Attorney's Office

612.11 EXIGENT CIRCUMSTANCES
(a) When a person is missing and is believed to be in imminent danger,
    the on-duty patrol sergeant may submit a probe image directly to
    WCSO without a case number.
(b) A case number shall be assigned within 24 hours, and the sergeant
    shall notify the Investigations Division captain by the end of the
    shift.
(c) The number of designated requesters would rise from seven to ten
    so that each patrol shift has a trained requester.

Chief's decision:
[ ] Adopt as written     [ ] Adopt with changes     [ ] Do not adopt

______________________________   Chief of Police    Date: ____________""", "HPD PRR 25-0213  Page 4 of 4"),
], "pdf", HPD,
    [HPD, WCSO, "Hillsboro City Attorney's Office"],
    ["Amazon Web Services", "Clearview AI", "Axon"],
    [RK],
    [C(3000, 3000, "year", "HPD pays WCSO $3,000 per year", HPD, None, RK),
     C(3600, 3600, "year", "the share will rise to $3,600 per year on July 1, 2025", HPD, None, RK)],
    [N(310000, "approximately", "images", None, "The WCSO gallery holds about 310,000 booking photographs", WCSO,
       "Amazon Web Services"),
     N(41, "exact", "requests", "year", "HPD submitted 41 requests in 2024", HPD, None),
     N(36, "exact", "requests", "year", "(36 in 2023)", HPD, None),
     N(17, "exact", "matches", None, "WCSO returned a possible candidate on 17 of them", HPD, None),
     N(7, "exact", "users", None, "Seven HPD members are designated requesters", HPD, None)],
    [P("Facial recognition may be used only to help identify suspects, victims and witnesses in criminal "
       "investigations, and to identify deceased or missing persons.", HPD, "purpose"),
     P("Members shall submit probe images only to the Washington County Sheriff's Office under the "
       "intergovernmental agreement dated March 3, 2020.", HPD, "requirement"),
     P("A requester is authorized to submit a probe image when the case has an open case number and the image "
       "relates to a crime under investigation.", HPD, "permission"),
     P("submit an image to any commercial service that collects images from the public internet, including "
       "Clearview AI;", HPD, "prohibition"),
     P("submit images of persons because they are lawfully engaged in a protest, assembly or other activity "
       "protected by the First Amendment;", HPD, "prohibition"),
     P("use facial recognition on recordings from a body-worn camera, which ORS 133.741 forbids;", HPD,
       "prohibition"),
     P("use facial recognition to identify persons in real time or continuously in a public place.", HPD,
       "prohibition"),
     P("Only sworn detectives and crime analysts designated in writing by the Investigations Division captain "
       "may be requesters.", HPD, "requirement"),
     P("Each requester must complete the Department's facial comparison and bias awareness course before "
       "submitting a first request.", HPD, "requirement"),
     P("A candidate returned by WCSO is an investigative lead only and is not probable cause for an arrest or a "
       "search warrant.", HPD, "disclaimer"),
     P("The assigned detective shall corroborate any lead through independent investigation before taking "
       "enforcement action.", HPD, "requirement"),
     P("The requester shall document each request, including the case number, the source of the probe image "
       "and the result, in the case report.", HPD, "requirement"),
     P("The Investigations Division captain shall audit all requests each quarter and report to the Chief of "
       "Police once a year.", HPD, "requirement"),
     P("A member who violates this policy may lose requester status and is subject to discipline up to and "
       "including termination.", HPD, "consequence")],
    [],
    ["2025-02-11", "2023-05-01", "2024", "2023", "2025-07-01", "2020", "2020-03-03", "2023-04-18"],
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
