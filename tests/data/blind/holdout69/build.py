"""Writes docs/*.txt and labels.json for holdout69 (six invented releases: WI, KY, NJ, AL, UT, ME).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), plus a policy `kind`."""
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




# ---------------------------------------------------------------- 1 Wisconsin: Janesville PD
JPD = "Janesville Police Department"
COG = "Cognitec Systems"
doc("01_janesville-pd-cognitec-invoice.txt", [
    (None, """\
COGNITEC SYSTEMS CORPORATION
Face Recognition for Public Safety  |  US office, Suite 410
Tel. (305) 555-0162  |  accounts.us@cognitec.example  |  EIN 65-0000000

                                                             INVOICE
Invoice No.:  CSC-US-25-0418                  Invoice Date: 01/14/2025
Customer No.: WI-JPD-0102                     Customer PO:  2025-000231
Terms:        Net 45                          Due Date:     02/28/2025

Bill to:  City of Janesville - Accounts Payable
          18 N. Jackson Street, Janesville, WI 53548
Ship to:  Janesville Police Department - Detective Bureau
          Attn: Lt. Graham Oyelaran, (608) 555-0144

Ln Description                 Service period    Qty   Unit price    Amount
-- ------------------------- ----------------- ---  ----------  ---------
1  FaceVACS-DBScan LE annual 01/01/25-12/31/25                 11,400.00
   maintenance and support
   (licensed tier: gallery
   up to 250,000 images)
2  FaceVACS-Examiner client  01/01/25-12/31/25   4      975.00   3,900.00
   licence, annual
3  Remote administrator      one-time                           1,650.00
   training, two 3-hour
   sessions
4  Fujitsu fi-8170 document  --                  1    1,189.00   1,189.00
   scanner (Records Unit)
                                                  Subtotal      18,139.00
                            Wisconsin sales tax 5.5% (exempt)        0.00
                            Rock County sales tax 0.5% (exempt)      0.00
                            Shipping - UPS Ground (line 4)          48.75
                                                  TOTAL DUE     18,187.75

Gallery count reported by the customer for this renewal (12/31/2024):
143,806 enrolled booking images.

Remit to: Cognitec Systems Corporation, Lockbox 77-4102, account
3300-581-2209. Please quote the invoice number with your payment.
Tax exemption on file: Wisconsin CES No. ES-43981. Thank you.""", "JPD-PRR-25-061  0007"),
    (None, """\
CITY OF JANESVILLE - ACCOUNTS PAYABLE ROUTING SLIP

Invoice:      Cognitec Systems Corporation  CSC-US-25-0418
Department:   Police - Detective Bureau
Account:      100-2120-5325 (Software Maintenance)     Lines 1-3
Account:      100-2140-5410 (Records - Equipment)      Line 4 + shipping

Lines 1-3 match the 2025 budget request for the face recognition
system ($16,950 budgeted). Line 4 is a Records Unit purchase and has
nothing to do with FaceVACS.

Note from Lt. Oyelaran: We did not renew the fifth Examiner licence;
four detectives use the system. Under Department Policy 611, only
members who have completed Cognitec examiner training may run
FaceVACS searches, and a candidate returned by the system is an
investigative lead only, not probable cause.

Approved for payment:  G. Oyelaran   01/21/2025
Finance review:        M. Tesfaye    01/23/2025""", "JPD-PRR-25-061  0008"),
], "pdf", JPD,
    ["City of Janesville", JPD],
    [COG, "Fujitsu"],
    ["FaceVACS-DBScan LE", "FaceVACS-Examiner", "Fujitsu fi-8170"],
    [C(11400, 11400, "year", "1  FaceVACS-DBScan LE annual 01/01/25-12/31/25                 11,400.00",
       JPD, COG, "FaceVACS-DBScan LE"),
     C(3900, 3900, "year", "2  FaceVACS-Examiner client  01/01/25-12/31/25   4      975.00   3,900.00",
       JPD, COG, "FaceVACS-Examiner"),
     C(975, 975, "year", "2  FaceVACS-Examiner client  01/01/25-12/31/25   4      975.00",
       JPD, COG, "FaceVACS-Examiner", unit="per user"),
     C(1650, 1650, "one-time", "3  Remote administrator      one-time                           1,650.00",
       JPD, COG, "FaceVACS-DBScan LE"),
     C(16950, 16950, None, "$16,950 budgeted", JPD, COG)],
    [N(4, "exact", "licenses", None, "2  FaceVACS-Examiner client  01/01/25-12/31/25   4", JPD, COG),
     N(143806, "exact", "images", None, "143,806 enrolled booking images", JPD, COG),
     N(4, "exact", "users", None, "four detectives use the system", JPD, COG)],
    [P("only members who have completed Cognitec examiner training may run FaceVACS searches", JPD, "requirement"),
     P("a candidate returned by the system is an investigative lead only, not probable cause.", JPD, "disclaimer")],
    [],
    ["2025-01-14", "2025-02-28", "2025-01-01", "2025-12-31", "2024-12-31", "2025-01-21", "2025-01-23", "2025"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Kentucky: Murray PD
MPD = "Murray Police Department"
CV = "Clearview AI"
CCSO = "Calloway County Sheriff's Office"
doc("02_murray-pd-clearview-council-staff-report.txt", [
    (None, """\
CITY OF MURRAY, KENTUCKY
CITY COUNCIL AGENDA ITEM - STAFF REPORT

Meeting date:  March 13, 2025                 Agenda item: 9(c)
Department:    Police                         Item type:   Action
Prepared by:   Capt. Loretta Brandvold, Criminal Investigations
Reviewed by:   City Administrator; City Attorney; Finance Director

SUBJECT
Three-year agreement with Clearview AI, Inc. for investigative facial
recognition software (Clearview AI Investigative Platform)

BACKGROUND
Detectives identify unknown suspects from surveillance stills, social
media images and photographs sent in by victims. From October 1 to
November 29, 2024 the Department used Clearview AI under a free
60-day trial. During the trial five detectives ran 212 searches, which
produced possible leads in 19 open cases; no arrest was made on a
search result alone.

The Calloway County Sheriff's Office has used Clearview AI since 2023
and pays $4,000 a year for three user accounts. The Kentucky State
Police does not offer a facial recognition service to city agencies,
and Kentucky has no statute that regulates how police use facial
recognition.

PROPOSED AGREEMENT
- Term: April 1, 2025 through March 31, 2028 (three years).
- Five user licences at $2,500 per user per year, or $12,500 a year.
- Clearview Mobile, onboarding and training included at no charge.
- Clearview AI states that its database holds more than 60 billion
  publicly available images; the Department adds no images to it.

The Department's existing General Order 3.40 already applies to the
trial: a facial recognition result is an investigative lead only and
may not be used as the sole basis for an arrest or a search warrant.
Each search must be tied to a case number and reviewed by a sergeant.""",
     "Murray City Council 03/13/2025  Item 9(c)  Page 1 of 2"),
    (None, """\
FISCAL IMPACT
Year 1 (April 2025 - March 2026)        $12,500
Year 2 (April 2026 - March 2027)        $12,500
Year 3 (April 2027 - March 2028)        $12,500
Total, not to exceed                    $37,500

Funding: Police asset forfeiture account 001-2110-52990, as permitted
by KRS 218A.435. No General Fund money is requested. The FY 2024-25
balance of the account is $58,310. This item does not change the
Department's Axon body-worn camera contract ($61,200 a year), which is
funded separately.

A draft policy that would limit Clearview AI to Part I offenses and
require an annual public report has been circulated for comment; it
has not been adopted and is not part of this item.

ALTERNATIVES
1. Approve the agreement as recommended.
2. Approve a one-year term only ($12,500).
3. Do not approve; detectives would continue to rely on manual review.

RECOMMENDED MOTION
"I move that the City Council approve the three-year agreement with
Clearview AI, Inc. for investigative facial recognition software in an
amount not to exceed $37,500, funded from the Police asset forfeiture
account, and authorize the Mayor to sign the agreement."

ATTACHMENTS
A. Clearview AI order form CV-KY-25-0087
B. General Order 3.40, Investigative Use of Facial Recognition
C. Trial usage summary (Oct. 1 - Nov. 29, 2024)

Staff contact: Capt. Brandvold, (270) 555-0126, ext. 4""",
     "Murray City Council 03/13/2025  Item 9(c)  Page 2 of 2"),
], "pdf", MPD,
    ["City of Murray", "Murray City Council", MPD, CCSO, "Kentucky State Police"],
    [CV, "Axon"],
    ["Clearview AI Investigative Platform", "Clearview Mobile"],
    [C(12500, 12500, "year", "Five user licences at $2,500 per user per year, or $12,500 a year", MPD, CV,
       "Clearview AI Investigative Platform"),
     C(2500, 2500, "year", "Five user licences at $2,500 per user per year", MPD, CV,
       "Clearview AI Investigative Platform", unit="per user"),
     C(None, 37500, None, "Total, not to exceed                    $37,500", MPD, CV,
       "Clearview AI Investigative Platform"),
     C(4000, 4000, "year", "pays $4,000 a year for three user accounts", CCSO, CV)],
    [N(5, "exact", "users", None, "five detectives ran 212 searches", MPD, CV),
     N(212, "exact", "searches", None, "five detectives ran 212 searches", MPD, CV),
     N(19, "exact", "leads", None, "produced possible leads in 19 open cases", MPD, CV),
     N(3, "exact", "licenses", None, "pays $4,000 a year for three user accounts", CCSO, CV),
     N(5, "exact", "licenses", None, "Five user licences", MPD, CV),
     N(60000000000, "more than", "images", None, "more than 60 billion publicly available images", None, CV)],
    [P("a facial recognition result is an investigative lead only and may not be used as the sole basis for an "
       "arrest or a search warrant.", MPD, "disclaimer"),
     P("Each search must be tied to a case number and reviewed by a sergeant.", MPD, "requirement")],
    [],
    ["2025-03-13", "2024-10-01", "2024-11-29", "2023", "2025-04-01", "2028-03-31", "2025-04", "2026-03",
     "2026-04", "2027-03", "2027-04", "2028-03"],
    scan="pdf")


# ---------------------------------------------------------------- 3 New Jersey: Cherry Hill PD
CHPD = "Cherry Hill Police Department"
TSP = "Tri-State Public Safety Systems"
VER = "Veritone"
SUBJ3 = "Quote Q-24117 - Veritone IDentify for Cherry Hill PD"
doc("03_cherry-hill-pd-veritone-quote-outlook.txt", [
    ("Kowalczyk, Dana", """\
From:     Kowalczyk, Dana <dkowalczyk@chpd.example>
Sent:     Wednesday, October 9, 2024 8:17 AM
To:       Ferrante, Paul <pferrante@chpd.example>
Cc:       Nwachukwu, Ada <anwachukwu@chpd.example>
Subject:  RE: FW: Quote Q-24117 - Veritone IDentify for Cherry Hill PD

Captain,

Two corrections before this goes to the Township. The 6.625% sales tax
line comes off, we are exempt. And Redact is not ours - that is the
body-worn camera unit's request and should be quoted to them
separately. So the face recognition piece is the 8 seats plus the
onboarding.

Remember the County Prosecutor's memo still applies: every search has
to be logged with the case number, and a possible match is an
investigative lead only, never probable cause. We may not use
Clearview AI or any other tool that searches scraped internet photos.
There is no AG directive yet that covers IDentify itself; the 2022
draft was never finalized.

Dana

Lt. Dana Kowalczyk | Investigations Bureau | (856) 555-0149

From:     Nwachukwu, Ada <anwachukwu@chpd.example>
Sent:     Tuesday, October 8, 2024 3:52 PM
To:       Kowalczyk, Dana <dkowalczyk@chpd.example>
Subject:  FW: Quote Q-24117 - Veritone IDentify for Cherry Hill PD

LT - quote from Tri-State below. For comparison, Voorhees Township PD's
detective says they pay about $9,800 a year for 6 IDentify seats. Our
mugshot set is approximately 38,000 booking photos, so the standard
tier covers us.

Sgt. Ada Nwachukwu | Detective Division""",
     "Page 1 of 2          CHPD OPRA 24-1187          000112"),
    ("Kowalczyk, Dana", """\
From:     Hollis, Bret <bhollis@tristatepss.example>
Sent:     Tuesday, October 8, 2024 11:06 AM
To:       Nwachukwu, Ada <anwachukwu@chpd.example>
Subject:  Quote Q-24117 - Veritone IDentify for Cherry Hill PD

Sgt. Nwachukwu,

As discussed, here is our quote for IDentify (Veritone's face
recognition application for booking photo searches) and the Redact
add-on your body cam unit asked about. Valid 60 days.

QUOTE Q-24117  Tri-State Public Safety Systems, authorized Veritone
reseller, NJ Vendor ID 0419-7731

Item  Description                            Qty   Unit price    Ext.
----  -------------------------------------  ---  ----------  ---------
1     Veritone IDentify, 12-month             8     1,425.00  11,400.00
      subscription per seat
2     IDentify onboarding and booking-        1     2,800.00   2,800.00
      photo ingest (one-time)
3     Veritone Redact, 12 months (5 users)          6,250.00   6,250.00
                                             Subtotal         20,450.00
                                             NJ sales tax
                                             6.625%            1,354.81
                                             Total            21,804.81

Pricing is for NJ public agencies under the state cooperative contract
and excludes any hardware.

Best,
Bret Hollis | Public Safety Account Manager
Tri-State Public Safety Systems | (609) 555-0178

CONFIDENTIALITY: This message may contain privileged information.""",
     "Page 2 of 2          CHPD OPRA 24-1187          000113"),
], "print", CHPD,
    [CHPD, "Township of Cherry Hill", "Camden County Prosecutor's Office", "Voorhees Township Police Department",
     "New Jersey Office of the Attorney General"],
    [TSP, VER, "Clearview AI"],
    ["IDentify", "Veritone Redact"],
    [C(11400, 11400, "year", "1     Veritone IDentify, 12-month             8     1,425.00  11,400.00",
       CHPD, TSP, "IDentify"),
     C(1425, 1425, "year", "1     Veritone IDentify, 12-month             8     1,425.00",
       CHPD, TSP, "IDentify", unit="per user"),
     C(2800, 2800, "one-time", "2     IDentify onboarding and booking-        1     2,800.00   2,800.00",
       CHPD, TSP, "IDentify"),
     C(9800, 9800, "year", "they pay about $9,800 a year for 6 IDentify seats",
       "Voorhees Township Police Department", VER, "IDentify")],
    [N(8, "exact", "licenses", None, "1     Veritone IDentify, 12-month             8", CHPD, TSP),
     N(6, "exact", "licenses", None, "they pay about $9,800 a year for 6 IDentify seats",
       "Voorhees Township Police Department", VER),
     N(38000, "approximately", "images", None, "Our mugshot set is approximately 38,000 booking photos", CHPD, VER)],
    [P("every search has to be logged with the case number", CHPD, "requirement"),
     P("a possible match is an investigative lead only, never probable cause.", CHPD, "disclaimer"),
     P("We may not use Clearview AI or any other tool that searches scraped internet photos.", CHPD, "prohibition")],
    [E("Kowalczyk, Dana", "Ferrante, Paul", "Wednesday, October 9, 2024 8:17 AM", "RE: FW: " + SUBJ3),
     E("Nwachukwu, Ada", "Kowalczyk, Dana", "Tuesday, October 8, 2024 3:52 PM", "FW: " + SUBJ3),
     E("Hollis, Bret", "Nwachukwu, Ada", "Tuesday, October 8, 2024 11:06 AM", SUBJ3)],
    ["2024-10-09", "2024-10-08", "2022"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 Alabama: Opelika PD
OPD = "Opelika Police Department"
doc("04_opelika-pd-fr-annual-usage-report-2024.txt", [
    (None, """\
OPELIKA POLICE DEPARTMENT
Office of the Chief of Police
501 S. 10th Street, Opelika, Alabama 36801  -  (334) 555-0110

ANNUAL REPORT ON THE USE OF FACIAL RECOGNITION TECHNOLOGY
Calendar Year 2024

Prepared by:  Lt. Terrence Abernathy, Criminal Investigations Division
Date:         February 10, 2025
Distribution: Mayor and City Council; Chief of Police; posted online

1. Summary
The Department uses the Clearview AI investigative platform to compare
photographs of unknown persons in criminal investigations. Eight
members (six detectives and two crime analysts) hold accounts. The
annual
subscription for 2024 cost $8,400, paid from the Department's
operating budget (account 100-3110-53400). The Department did not
buy any other facial recognition product in 2024.

2. Searches and results by quarter

Quarter      Searches   Possible matches   Leads forwarded
                          returned          to case agent
---------    --------   ----------------   ---------------
Q1 2024            48                 29                11
Q2 2024            57                 35                17
Q3 2024            63                 38                15
Q4 2024            51                 30                13
---------    --------   ----------------   ---------------
Total             219                132                56

Leads were forwarded in 25.6% of searches. Case agents reported that
9 leads contributed to an arrest; in each of those cases other
evidence supported probable cause, as Alabama Act 2022-419 requires.

Separately, detectives submitted 14 photo comparison requests to the
Alabama Law Enforcement Agency, which runs its own system; those
requests are not counted in the table above.""", "OPD FRT Annual Report 2024 - page 1 of 2"),
    (None, """\
3. Narrative
Most searches (about 60 percent) involved theft, fraud and burglary
cases from retail and bank surveillance images. Four searches were run
for the Auburn Police Department under a mutual aid request; Auburn
reimbursed nothing and none of the four produced a lead.

The subscription was renewed on January 2, 2025 at $8,820 for the
year, a 5% increase. The Lee County Sheriff's Office, which holds a
separate Clearview AI subscription, reports its own figures.

4. Governing policy
Searches in 2024 were governed by Department Policy 6.22, Facial
Recognition (effective June 1, 2023):
  a. The system may be used only to identify a suspect, witness or
     victim in an open criminal investigation, or a deceased person.
  b. A supervisor must approve each search in the case file before
     it is run.
  c. A possible match is an investigative lead only and shall not be
     the sole basis for probable cause.
  d. Members shall not search images of persons engaged in lawful
     assembly or protest.
  e. Misuse of the system will result in loss of access and may lead
     to discipline up to and including termination.

A revision that would add a quarterly audit by the Office of
Professional Standards is under review and has not been adopted.

5. Contact
Lt. Terrence Abernathy, (334) 555-0134, Criminal Investigations.""", "OPD FRT Annual Report 2024 - page 2 of 2"),
], "pdf", OPD,
    [OPD, "City of Opelika", "Alabama Law Enforcement Agency", "Auburn Police Department",
     "Lee County Sheriff's Office"],
    [CV],
    ["Clearview AI Investigative Platform"],
    [C(8400, 8400, "year", "The annual subscription for 2024 cost $8,400", OPD, CV, "Clearview AI Investigative Platform"),
     C(8820, 8820, "year", "renewed on January 2, 2025 at $8,820 for the year", OPD, CV,
       "Clearview AI Investigative Platform")],
    [N(8, "exact", "users", None, "Eight members (six detectives and two crime analysts) hold accounts", OPD, CV),
     N(48, "exact", "searches", "quarter", "Q1 2024            48", OPD, CV),
     N(57, "exact", "searches", "quarter", "Q2 2024            57", OPD, CV),
     N(63, "exact", "searches", "quarter", "Q3 2024            63", OPD, CV),
     N(51, "exact", "searches", "quarter", "Q4 2024            51", OPD, CV),
     N(219, "exact", "searches", "year", "Total             219", OPD, CV),
     N(132, "exact", "matches", "year", "Total             219                132", OPD, CV),
     N(56, "exact", "leads", "year", "Total             219                132                56", OPD, CV),
     N(9, "exact", "arrests", "year", "9 leads contributed to an arrest", OPD, CV),
     N(14, "exact", "requests", None, "detectives submitted 14 photo comparison requests", OPD, None),
     N(4, "exact", "requests", None, "Four searches were run for the Auburn Police Department", OPD, CV)],
    [P("The system may be used only to identify a suspect, witness or victim in an open criminal investigation, "
       "or a deceased person.", OPD, "purpose"),
     P("A supervisor must approve each search in the case file before it is run.", OPD, "requirement"),
     P("A possible match is an investigative lead only and shall not be the sole basis for probable cause.",
       OPD, "disclaimer"),
     P("Members shall not search images of persons engaged in lawful assembly or protest.", OPD, "prohibition"),
     P("Misuse of the system will result in loss of access and may lead to discipline up to and including "
       "termination.", OPD, "consequence")],
    [],
    ["2024", "2025-02-10", "2025-01-02", "2023-06-01", "2022"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Utah: Orem PD
ORPD = "Orem Police Department"
SIAC = "Utah Statewide Information and Analysis Center"
doc("05_orem-pd-general-order-facial-recognition.txt", [
    (None, """\
OREM POLICE DEPARTMENT                              GENERAL ORDER 4.27
Subject:   Facial Recognition Requests and Use
Effective: September 1, 2023          Revised: July 15, 2024
Rescinds:  Training Bulletin 21-06    Pages: 3
Authority: Chief of Police; Utah Code Title 77, Chapter 23e

4.27.1  PURPOSE
The purpose of this order is to govern how members of the Orem Police
Department request and use facial recognition comparisons. Facial
recognition is used to help identify unknown suspects, victims and
witnesses in criminal investigations and to identify deceased or
incapacitated persons.

4.27.2  DEFINITIONS
A. "Facial recognition comparison" means a search of a probe image
   against a gallery of known images by an automated system.
B. "Designated requester" means a detective or analyst named in
   writing by the Investigations Division Commander.

4.27.3  AUTHORIZED USES
A. A designated requester may submit a probe image to the Utah
   Statewide Information and Analysis Center (SIAC) for a facial
   recognition comparison when there is a case number for a criminal
   investigation, or to identify a deceased or incapacitated person.
B. Each request shall include the case number, the offense under
   investigation and the name of the requesting member.
C. Requests for a crime that is not a felony or a class A
   misdemeanor require the written approval of a lieutenant.

4.27.4  PROHIBITED USES
A. Members shall not use facial recognition to identify a person
   solely because of the person's race, religion, political views or
   participation in lawful protest.
B. Members shall not operate, subscribe to or run searches on any
   commercial facial recognition service, including Clearview AI, or
   use a personal account on such a service for Department business.
C. Facial recognition shall not be applied to live or recorded video
   from body-worn cameras or fixed city cameras.""", "GO 4.27  Page 1 of 3"),
    (None, """\
4.27.5  USE OF RESULTS
A. A possible match returned by SIAC is an investigative lead only.
   It is not positive identification and shall not by itself
   establish probable cause for an arrest or a search warrant.
B. The case agent must corroborate a lead through independent
   investigation before taking enforcement action.

4.27.6  TRAINING
A. Only designated requesters who have completed the Department's
   four-hour facial recognition course, including instruction on
   accuracy and demographic bias, may submit requests.
B. Designated requesters must complete refresher training every two
   years.

4.27.7  RECORDS AND AUDITS
A. The Investigations Division shall keep a log of every request,
   its case number and its result.
B. The Professional Standards Unit shall audit the request log twice
   a year and report its findings to the Chief of Police.
C. The Department will report request totals to the Utah Department
   of Public Safety when it asks for them, as state law provides.

4.27.8  DISCIPLINE
A. A member who violates this order is subject to discipline under
   General Order 2.10, up to and including termination.
B. A designated requester who submits a request without a case number
   will lose requester status pending review by the Division
   Commander.""", "GO 4.27  Page 2 of 3"),
    (None, """\
4.27.9  PROPOSED AMENDMENT (NOT ADOPTED)
Status: Draft 2025-1, circulated for comment March 3, 2025. Not in
effect. Members shall continue to follow 4.27.4(B) as written.

The Investigations Division has proposed replacing 4.27.4(B) with the
following text:

   "B. The Investigations Division Commander may authorize up to four
   designated requesters to run searches directly on a commercial
   facial recognition service approved by the Chief of Police, for a
   pilot period of twelve months. Each direct search shall be logged
   as a request under 4.27.7(A)."

The proposal would also require a second designated requester to
review every candidate before a lead is released. Comments are due to
Lt. Kenji Alvarado by April 30, 2025.

REVISION HISTORY
09/01/2023  Order issued (replaces Training Bulletin 21-06).
07/15/2024  4.27.3(C) added; 4.27.6(B) refresher changed from three
            years to two years.

Approved:  Chief of Police  ________________________""", "GO 4.27  Page 3 of 3"),
], "pdf", ORPD,
    [ORPD, SIAC, "Utah Department of Public Safety"],
    [CV],
    [],
    [], [],
    [P("The purpose of this order is to govern how members of the Orem Police Department request and use facial "
       "recognition comparisons.", ORPD, "purpose"),
     P("Facial recognition is used to help identify unknown suspects, victims and witnesses in criminal "
       "investigations and to identify deceased or incapacitated persons.", ORPD, "purpose"),
     P("A designated requester may submit a probe image to the Utah Statewide Information and Analysis Center "
       "(SIAC) for a facial recognition comparison when there is a case number for a criminal investigation, or "
       "to identify a deceased or incapacitated person.", ORPD, "permission"),
     P("Each request shall include the case number, the offense under investigation and the name of the "
       "requesting member.", ORPD, "requirement"),
     P("Requests for a crime that is not a felony or a class A misdemeanor require the written approval of a "
       "lieutenant.", ORPD, "requirement"),
     P("Members shall not use facial recognition to identify a person solely because of the person's race, "
       "religion, political views or participation in lawful protest.", ORPD, "prohibition"),
     P("Members shall not operate, subscribe to or run searches on any commercial facial recognition service, "
       "including Clearview AI, or use a personal account on such a service for Department business.",
       ORPD, "prohibition"),
     P("Facial recognition shall not be applied to live or recorded video from body-worn cameras or fixed city "
       "cameras.", ORPD, "prohibition"),
     P("A possible match returned by SIAC is an investigative lead only.", ORPD, "disclaimer"),
     P("It is not positive identification and shall not by itself establish probable cause for an arrest or a "
       "search warrant.", ORPD, "disclaimer"),
     P("The case agent must corroborate a lead through independent investigation before taking enforcement "
       "action.", ORPD, "requirement"),
     P("Only designated requesters who have completed the Department's four-hour facial recognition course, "
       "including instruction on accuracy and demographic bias, may submit requests.", ORPD, "requirement"),
     P("Designated requesters must complete refresher training every two years.", ORPD, "requirement"),
     P("The Investigations Division shall keep a log of every request, its case number and its result.",
       ORPD, "requirement"),
     P("The Professional Standards Unit shall audit the request log twice a year and report its findings to the "
       "Chief of Police.", ORPD, "requirement"),
     P("The Department will report request totals to the Utah Department of Public Safety when it asks for them, "
       "as state law provides.", ORPD, "requirement"),
     P("A member who violates this order is subject to discipline under General Order 2.10, up to and including "
       "termination.", ORPD, "consequence"),
     P("A designated requester who submits a request without a case number will lose requester status pending "
       "review by the Division Commander.", ORPD, "consequence")],
    [],
    ["2023-09-01", "2024-07-15", "2025-03-03", "2025-04-30"],
    scan=None)


# ---------------------------------------------------------------- 6 Maine: Waterville PD
WPD = "Waterville Police Department"
MSP = "Maine State Police"
doc("06_waterville-pd-teams-chat-fr-pricing.txt", [
    (None, """\
Microsoft Teams - Chat export
Chat: WPD CID - face rec options
Participants: Renata Voss; Caleb Thibodeau; Joelle Marchand;
              Sgt. Owen Pelletier
Exported: 5/19/2025 3:41 PM by Owen Pelletier   Messages: 11

Caleb Thibodeau   5/14/2025 9:02 AM
Rep from Clearview called again. Pasting the price sheet she sent:

Caleb Thibodeau   5/14/2025 9:03 AM
  CLEARVIEW AI - LAW ENFORCEMENT PRICE LIST 2025 (ME)
  Clearview AI Investigative Platform
    1-5 users ................ $2,000 per user per year
    6-10 users ............... $1,750 per user per year
  Clearview Mobile add-on ...... $300 per user per year
  Onboarding + training ........ included
  Quote ref. CV-NE-2025-0342, valid to 6/30/2025
  Reactions: (eyes) 2

Renata Voss   5/14/2025 9:10 AM
so for the 4 of us in CID that's $8,000 a year before Mobile?

Caleb Thibodeau   5/14/2025 9:11 AM
yep, $9,200 with Mobile
  Reactions: (surprised) 1

Joelle Marchand   5/14/2025 9:15 AM
Doesn't matter what it costs, we can't buy it. Under 25 MRSA 6002 we
may not obtain or use a facial surveillance system ourselves. Any
search has to go to the State Police or the BMV as a written request.
  Reactions: (like) 3

Renata Voss   5/14/2025 9:17 AM
right, forgot that. how many did we send MSP last year?

Joelle Marchand   5/14/2025 9:21 AM
17 requests in 2024, 6 came back with a possible match. Zero so far
this year. Form is on the S: drive.""", "WPD FOAA 2025-044   Page 1"),
    (None, """\
Sgt. Owen Pelletier   5/14/2025 9:30 AM
Joelle is right. Tell the rep no thanks. Also reminder: per our
written directive a match from MSP is a lead only, it can't be your
probable cause. And we only send requests for serious crimes, the
statute lists them.
  Reactions: (like) 4

Caleb Thibodeau   5/14/2025 9:33 AM
copy. fwiw Kennebec SO said the new drone cost them $14,500 so they
aren't buying anything else this year either lol
  Reactions: (laugh) 2

Renata Voss   5/19/2025 3:38 PM
Captain wants this chat for the FOAA request, exporting now.""", "WPD FOAA 2025-044   Page 2"),
], "pdf", WPD,
    [WPD, MSP, "Maine Bureau of Motor Vehicles", "Kennebec County Sheriff's Office"],
    [CV],
    ["Clearview AI Investigative Platform", "Clearview Mobile"],
    [C(2000, 2000, "year", "1-5 users ................ $2,000 per user per year", WPD, CV,
       "Clearview AI Investigative Platform", unit="per user"),
     C(1750, 1750, "year", "6-10 users ............... $1,750 per user per year", WPD, CV,
       "Clearview AI Investigative Platform", unit="per user"),
     C(300, 300, "year", "Clearview Mobile add-on ...... $300 per user per year", WPD, CV, "Clearview Mobile",
       unit="per user"),
     C(8000, 8000, "year", "that's $8,000 a year before Mobile", WPD, CV, "Clearview AI Investigative Platform"),
     C(9200, 9200, "year", "$9,200 with Mobile", WPD, CV, "Clearview AI Investigative Platform")],
    [N(4, "exact", "users", None, "for the 4 of us in CID", WPD, CV),
     N(17, "exact", "requests", "year", "17 requests in 2024", WPD, None),
     N(6, "exact", "matches", "year", "6 came back with a possible match", WPD, None)],
    [P("Under 25 MRSA 6002 we may not obtain or use a facial surveillance system ourselves.", WPD, "prohibition"),
     P("Any search has to go to the State Police or the BMV as a written request.", WPD, "requirement"),
     P("a match from MSP is a lead only, it can't be your probable cause.", WPD, "disclaimer"),
     P("we only send requests for serious crimes, the statute lists them.", WPD, "purpose")],
    [],
    ["2025-05-19", "2025-05-14", "2025-06-30", "2024", "2025"],
    scan="print")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
