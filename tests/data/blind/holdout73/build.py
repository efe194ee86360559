"""Writes docs/*.txt and labels.json for holdout73 (six invented releases: IN, TN, MA, KS, MT, NM).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, policy kind)."""
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


def P(quote, agency):
    return {"quote": quote, "agency": agency}


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



def K(quote, agency, kind):
    return {"quote": quote, "agency": agency, "kind": kind}


# ---------------------------------------------------------------- 1 Indiana: Muncie PD (Cognitec invoice)
MPD = "Muncie Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("01_muncie-pd-cognitec-invoice.txt", [
    (None, """\
COGNITEC SYSTEMS CORPORATION
7301 NW 4th Street, Suite 102, Plantation, Florida 33317
Tel. (954) 555-0162   |   billing.us@cognitec.example          INVOICE

Invoice No.:   US-24-0917                  Invoice date:  09/16/2024
Customer No.:  C-10482                     Terms:         Net 30
Customer PO:   PO 2024-00318               Due date:      10/16/2024
Quote ref.:    Q-24-0388 of 08/02/2024     Sales rep:     D. Kranich

BILL TO                                    SHIP TO
City of Muncie - Accounts Payable          Muncie Police Department
300 N. High Street, Room 200               Investigations Division
Muncie, IN 47305                           300 N. High Street
Tel. (765) 555-0140                        Muncie, IN 47305
                                           Attn: Lt. Renata Voss

SERVICE PERIOD: October 1, 2024 through September 30, 2025

Ln Description                           Qty  Unit price       Amount
-- ------------------------------------- ---  ----------  -----------
1  FaceVACS-DBScan LE investigator         6    2,150.00    12,900.00
   licence, annual subscription
2  FaceVACS-DBScan LE server licence,                        8,400.00
   annual maintenance and support
   (gallery capacity up to 500,000 img)
3  Gallery migration and duplicate                           3,250.00
   clean-up, one-time service
   (approx. 212,000 booking images)
4  Online examiner training                                  1,600.00
   (4 attendees, 2 half-day sessions)
5  Booking photo capture kit (camera,      2    1,145.00     2,290.00
   LED light, backdrop) - hardware
6  Shipping and handling (line 5)                               85.00
7  Credit: unused days, inv. US-23-0611                     -1,075.00
                                         Subtotal         27,450.00
                        Indiana sales tax 7.0% - EXEMPT         0.00
                                         TOTAL DUE USD    27,450.00

Notes: Line 5 is camera hardware and is not part of the FaceVACS-DBScan
LE subscription. Tax exemption certificate no. 0031-774-2 on file.
Remit to: Cognitec Systems Corp., Lockbox 88213, Atlanta, GA 30384.""",
     "Page 1 of 1   Invoice US-24-0917"),
], "pdf", MPD,
    [MPD, "City of Muncie"],
    [COG],
    [DBS],
    [C(12900, 12900, "year", "12,900.00", MPD, COG, DBS),
     C(2150, 2150, "year", "2,150.00", MPD, COG, DBS, unit="per user"),
     C(8400, 8400, "year", "8,400.00", MPD, COG, DBS),
     C(3250, 3250, "one-time", "3,250.00", MPD, COG, DBS),
     C(1600, 1600, None, "1,600.00", MPD, COG, DBS)],
    [N(6, "exact", "licenses", None, "investigator         6", MPD, COG),
     N(212000, "approximately", "images", None, "approx. 212,000 booking images", MPD, COG)],
    [],
    [],
    ["2024-09-16", "2024-10-16", "2024-08-02", "2024-10-01", "2025-09-30"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Tennessee: Cookeville (council minutes)
CPD = "Cookeville Police Department"
CCC = "Cookeville City Council"
PCSO = "Putnam County Sheriff's Office"
CV = "Clearview AI"
doc("02_cookeville-council-minutes-clearview.txt", [
    (None, """\
CITY OF COOKEVILLE, TENNESSEE
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
Thursday, March 20, 2025, 5:30 p.m., Council Chambers, City Hall

PRESENT: Mayor Laurel Pickett; Vice Mayor Dwayne Essary; Council
Members Ruth Ann Kilgore, Marcus Heflin and Tobias Oakes.
ALSO PRESENT: City Manager Glenn Arbogast; City Attorney Sabrina Neal;
Police Chief Andre Whitlock; City Clerk Diane Vaughn.

1. CALL TO ORDER. Mayor Pickett called the meeting to order at 5:31.

2. APPROVAL OF MINUTES. The minutes of the March 6, 2025 regular
meeting were approved on a motion by Kilgore, second by Essary (5-0).

3. PUBLIC HEARING - ORDINANCE 025-11, rezoning 1184 Interstate Drive
from RS-10 to CG (second reading). No one spoke. Passed 5-0.

4. CONSENT AGENDA. Purchase of fourteen (14) Axon Body 4 cameras and
docks for the Police Department from Axon Enterprise, Inc. for $38,920,
budgeted in the FY25 capital plan. Approved 5-0 (Heflin, Oakes).

5. NEW BUSINESS
(a) Consider approval of a one-year agreement with Clearview AI, Inc.
for investigative face recognition software for the Police Department.

Chief Whitlock said the agreement covers five user licences at $1,700
each, for a total of $8,500 for the year beginning April 1, 2025, paid
from the Drug Fund (account 121-4210-53310). During a free 30-day trial
in January, detectives ran 74 searches and developed leads in two
burglary cases and one missing-person case.

Council Member Kilgore asked what the software searches. Chief Whitlock
said Clearview states that its database holds more than 50 billion
publicly available images and that it does not search live video.

Council Member Kilgore asked what rules would apply. Chief Whitlock
said General Order 2025-04, which he signed on March 3, 2025, is
already in effect. Under it, a search may be run only in connection
with a criminal investigation that has a case number, or to identify a
deceased person. A possible match is an investigative lead only and
shall not be the sole basis for an arrest or a search warrant.""",
     "Council Minutes 03/20/2025 - Page 1 of 2"),
    (None, """\
Members shall not use the software to identify people taking part in a
lawful protest or other First Amendment activity, and misuse will
result in discipline up to and including termination.

Council Member Heflin asked how the cost compared with neighbouring
agencies. Chief Whitlock said the Putnam County Sheriff's Office pays
about $6,000 a year for its own Clearview account with three users.

Council Member Oakes asked whether Tennessee law allows this use. City
Attorney Neal said no Tennessee statute currently prohibits police use
of face recognition, and that search logs would be open records unless
an exception under T.C.A. 10-7-504 applies.

Vice Mayor Essary said he would like the Chief to report search totals
to the Council every quarter. He did not make it part of the motion;
Chief Whitlock said he would bring an annual report instead.

Motion by Council Member Heflin, second by Council Member Kilgore, to
approve the agreement with Clearview AI, Inc. as presented.
Roll call:  Essary - aye;  Heflin - aye;  Kilgore - aye;
            Oakes - nay;   Pickett - aye.
Motion carried 4-1.

(b) Resolution 025-03-07 awarding the 2025 street resurfacing contract
to Highland Paving Co. in the amount of $412,600. Motion by Essary,
second by Oakes. Roll call 5-0. Motion carried.

6. CITY MANAGER'S REPORT. Mr. Arbogast noted that sales tax revenue is
3.1% above last year.

7. ADJOURNMENT. There being no further business, the meeting adjourned
at 7:02 p.m.

ATTEST:

______________________________        ______________________________
Diane Vaughn, City Clerk              Laurel Pickett, Mayor

Approved: April 3, 2025""",
     "Council Minutes 03/20/2025 - Page 2 of 2"),
], "pdf", CPD,
    [CPD, CCC, PCSO],
    [CV, "Axon Enterprise"],
    ["Axon Body 4"],
    [C(8500, 8500, "year", "a total of $8,500 for the year", CPD, CV),
     C(1700, 1700, "year", "five user licences at $1,700 each", CPD, CV, unit="per user"),
     C(6000, 6000, "year", "about $6,000 a year", PCSO, CV)],
    [N(5, "exact", "licenses", None, "five user licences", CPD, CV),
     N(74, "exact", "searches", None, "detectives ran 74 searches", CPD, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion publicly available images", None, CV),
     N(3, "exact", "users", None, "with three users", PCSO, CV)],
    [K("a search may be run only in connection with a criminal investigation that has a case number, "
       "or to identify a deceased person.", CPD, "requirement"),
     K("A possible match is an investigative lead only and shall not be the sole basis for an arrest or a "
       "search warrant.", CPD, "disclaimer"),
     K("Members shall not use the software to identify people taking part in a lawful protest or other "
       "First Amendment activity", CPD, "prohibition"),
     K("misuse will result in discipline up to and including termination.", CPD, "consequence")],
    [],
    ["2025-03-20", "2025-03-06", "2025-04-01", "2025-03-03", "2025-04-03"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Massachusetts: Brookline PD (records reply)
BPD = "Brookline Police Department"
RMV = "Massachusetts Registry of Motor Vehicles"
doc("03_brookline-pd-records-reply-fr.txt", [
    (None, """\
                        TOWN OF BROOKLINE
                       POLICE DEPARTMENT
          350 Washington Street, Brookline, Massachusetts 02445
     Office of the Records Access Officer  |  Tel. (617) 555-0123

June 9, 2025
Ms. Harriet Okafor, Northeastern Surveillance Records Project
360 Huntington Avenue, Boston, MA 02115

Re: Public records request received May 19, 2025 (BPD PRR-25-0412)

Dear Ms. Okafor:

The Brookline Police Department responds to your request under G.L.
c. 66, sec. 10 and 950 CMR 32.00 for records about face recognition.
The answers below are numbered as the items in your request.

1. Contracts, quotes and invoices. The Department has no contract,
purchase order, quote or invoice with any face recognition vendor,
including Clearview AI, Rank One Computing, IDEMIA or DataWorks Plus;
no responsive records exist.

2. Policies. Article 8.42 of the Town By-laws, adopted by Town Meeting
in December 2019, governs this subject. Under Article 8.42, no Town
department may obtain, retain, access or use a face surveillance
system or information derived from one. The by-law allows the
Department to use evidence derived from face recognition that another
agency produced without a request from the Town. Department Rule 47,
sec. 4, adds that an officer who receives a face recognition result
from another agency shall document it in the case report and notify
the Records Access Officer. A copy of Rule 47 is enclosed.

3. Searches submitted to the Registry. Before the by-law took effect,
detectives occasionally sent photographs to the Registry of Motor
Vehicles facial recognition unit. Our log shows:

     Year    Requests sent to RMV    Possible matches returned
     2016             9                          4
     2017            12                          5
     2018             7                          2
     2019             5                          1
     Total           33                         12""",
     "BPD PRR-25-0412 - page 1 of 2"),
    (None, """\
No request has been sent to the Registry since December 2019.
Since December 31, 2020, G.L. c. 6, sec. 220 has required any law
enforcement agency that wants a face recognition search to submit a
written request to the Registry, the State Police or the FBI. The
Department has made no such request. For comparison only, the
Registry's published figures show about 1,300 requests from all
agencies statewide in 2019; those figures are not ours.

4. Accounts. No member of the Department holds a Clearview AI account.
In February 2020 the Department learned that one detective had opened
a Clearview AI free trial with a Town email address. The trial account
was used for 11 searches in 2019 and was closed on February 27, 2020.
No payment was made to Clearview AI.

5. Video analytics. The Department's BriefCam video review licence was
bought in 2018 for $24,500. It does not include BriefCam's face
recognition feature, and the Department does not have that module.

6. Communications. A search of the email accounts of the Chief, the
Detective Lieutenant and the Records Access Officer for "Clearview",
"face recognition" and "facial recognition" found 14 messages, which
are enclosed with personal telephone numbers redacted under
G.L. c. 4, sec. 7(26)(c).

There is no fee for this response. The time spent was under the two
hours that a municipality may not charge for. You may appeal this
response to the Supervisor of Records within 90 days (950 CMR 32.08).

Sincerely,
Sgt. Colleen Marchetti
Records Access Officer, Brookline Police Department
cmarchetti@brooklinepd.example

Enclosures (2): Department Rule 47; emails (14 messages, 31 pages)""",
     "BPD PRR-25-0412 - page 2 of 2"),
], "pdf", BPD,
    [BPD, "Town of Brookline", RMV, "Massachusetts State Police", "Federal Bureau of Investigation",
     "Supervisor of Records"],
    [CV, "Rank One Computing", "IDEMIA", "DataWorks Plus", "BriefCam"],
    [],
    [],
    [N(9, "exact", "requests", "year", "2016             9", BPD),
     N(12, "exact", "requests", "year", "2017            12", BPD),
     N(7, "exact", "requests", "year", "2018             7", BPD),
     N(5, "exact", "requests", "year", "2019             5", BPD),
     N(33, "exact", "requests", None, "Total           33", BPD),
     N(12, "exact", "matches", None, "Total           33                         12", BPD),
     N(1300, "approximately", "requests", "year", "about 1,300 requests from all agencies statewide in 2019",
       RMV),
     N(11, "exact", "searches", None, "used for 11 searches in 2019", BPD, CV)],
    [K("Under Article 8.42, no Town department may obtain, retain, access or use a face surveillance system "
       "or information derived from one.", BPD, "prohibition"),
     K("The by-law allows the Department to use evidence derived from face recognition that another agency "
       "produced without a request from the Town.", BPD, "permission"),
     K("an officer who receives a face recognition result from another agency shall document it in the case "
       "report and notify the Records Access Officer.", BPD, "requirement"),
     K("G.L. c. 6, sec. 220 has required any law enforcement agency that wants a face recognition search to "
       "submit a written request to the Registry, the State Police or the FBI.", BPD, "requirement")],
    [],
    ["2025-06-09", "2025-05-19", "2019-12", "2016", "2017", "2018", "2019", "2020-12-31", "2020-02",
     "2020-02-27"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 Kansas: Lenexa PD (grant narrative)
LPD = "Lenexa Police Department"
KGGP = "Kansas Governor's Grants Program"
VER = "Veritone"
IDF = "Veritone IDentify"
SPD = "Shawnee Police Department"
doc("04_lenexa-pd-jag-grant-narrative-fr.txt", [
    ("Lenexa Police Department - FFY2025 JAG Application - Program Narrative", """\
Applicant:        City of Lenexa, Kansas - Lenexa Police Department
Funding source:   Kansas Governor's Grants Program, Edward Byrne
                  Memorial Justice Assistance Grant (JAG), FFY2025
Project title:    Investigative Face Recognition and Examiner Training
Project period:   October 1, 2025 - September 30, 2026
Amount requested: $38,600        Local match (cash): $3,200
UEI: KX4NL7RT2JB9                Date submitted: July 15, 2025

A. PROBLEM STATEMENT
Lenexa (population about 59,000) sits on the I-435 and K-10 corridors,
and many property and fraud offenders here live elsewhere in the metro.
In 2024 detectives closed only 21% of cases in which the only lead was
a photo or video of an unknown suspect. Today a detective who has such
an image can only circulate it by bulletin and wait. The Department
does not currently use Clearview AI or any service that searches
images collected from the internet, and it has no face recognition
tool of its own.

Neighbouring agencies show what a search tool can add. The Shawnee
Police Department reported 640 face recognition searches in 2024, and
its detectives named it as a source of leads in burglary and identity
theft cases.

B. PROJECT DESCRIPTION
The Department will license Veritone IDentify, a face recognition
application that compares a probe image with the Department's own
booking gallery of about 46,500 photographs. No outside or
internet-scraped images will be loaded. Eight licences will be issued,
one to each detective in the Investigations Bureau and two to crime
analysts. Each user will complete the vendor's 16-hour examiner course
before receiving a login.

Use will follow General Order 41.12, Facial Recognition, effective
January 6, 2025. The order states that the system is used to identify
suspects, victims and witnesses in active criminal investigations.
Only trained investigators may submit a probe image. Every possible
match must be reviewed by a second trained investigator before it is
shared. A possible match is an investigative lead only and is not
probable cause to arrest. The system shall not be used to monitor live
video or to identify people at lawful demonstrations.""",
     "Page 1 of 2"),
    ("Lenexa Police Department - FFY2025 JAG Application - Program Narrative", """\
C. BUDGET
Category      Description                        JAG funds   Match   Total
------------  ---------------------------------  ---------  ------  ------
Contractual   IDentify licences, 8 users at         27,200       0  27,200
              $3,400 per user per year
Contractual   Implementation and records            6,500       0   6,500
              system integration, one-time
Training      Vendor examiner course (16 hrs),      4,900       0   4,900
              eight attendees
Personnel     Overtime backfill during training         0   3,200   3,200
Equipment     None requested                            0       0       0
------------  ---------------------------------  ---------  ------  ------
TOTAL                                              38,600   3,200  41,800

The cash match equals 7.7% of the project. No funds are requested for
cameras or for the Department's license plate reader program, which
is paid from the general fund.

D. SUSTAINABILITY
After the grant period the City intends to carry the IDentify
subscription in the Police Department's operating budget, estimated at
$28,000 per year, which allows for a 3% price increase. The Chief has
included that amount in the FY2027 budget request. If the City cannot
fund it, the Department will let the licences lapse; no other program
depends on them.

E. PERFORMANCE MEASURES
The Department will report each quarter the number of searches, the
number of possible matches, the number shared as leads and the
number of cases cleared, and will publish a yearly summary.

Certified by: Chief Dana Whitford, Lenexa Police Department
Contact: Capt. Mireya Solberg, (913) 555-0186""",
     "Page 2 of 2"),
], "pdf", LPD,
    [LPD, "City of Lenexa", KGGP, SPD],
    [VER, CV],
    [IDF],
    [C(38600, 38600, "one-time", "Amount requested: $38,600", LPD, VER, IDF),
     C(3200, 3200, None, "Local match (cash): $3,200", LPD, VER, IDF),
     C(41800, 41800, None, "38,600   3,200  41,800", LPD, VER, IDF),
     C(27200, 27200, "year", "8 users at         27,200", LPD, VER, IDF),
     C(3400, 3400, "year", "$3,400 per user per year", LPD, VER, IDF, unit="per user"),
     C(6500, 6500, "one-time", "6,500       0   6,500", LPD, VER, IDF),
     C(4900, 4900, None, "4,900       0   4,900", LPD, VER, IDF),
     C(28000, 28000, "year", "$28,000 per year", LPD, VER, IDF)],
    [N(640, "exact", "searches", "year", "640 face recognition searches in 2024", SPD),
     N(46500, "approximately", "images", None, "booking gallery of about 46,500 photographs", LPD, VER),
     N(8, "exact", "licenses", None, "Eight licences will be issued", LPD, VER)],
    [K("the system is used to identify suspects, victims and witnesses in active criminal investigations.",
       LPD, "purpose"),
     K("Only trained investigators may submit a probe image.", LPD, "requirement"),
     K("Every possible match must be reviewed by a second trained investigator before it is shared.", LPD,
       "requirement"),
     K("A possible match is an investigative lead only and is not probable cause to arrest.", LPD, "disclaimer"),
     K("The system shall not be used to monitor live video or to identify people at lawful demonstrations.",
       LPD, "prohibition"),
     ],
    [],
    ["2025-10-01", "2026-09-30", "2025-07-15", "2024", "2025-01-06"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Montana: Helena PD (Outlook thread)
HPD = "Helena Police Department"
LCSO = "Lewis and Clark County Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SUBJ5 = "FaceSearch quote - Helena PD"
doc("05_helena-pd-vigilant-facesearch-outlook-thread.txt", [
    ("Brandvold, Kyle", """\
From:     Juneau, Marisa <mjuneau@helenamt.example>
Sent:     Tuesday, February 11, 2025 3:42 PM
To:       Brandvold, Kyle <kbrandvold@helenamt.example>
Cc:       Albrecht, Trent <trent.albrecht@motorolasolutions.example>
Subject:  RE: FaceSearch quote - Helena PD

Kyle,

Approved, but for 3 users, not 5. At $1,200 a user that is $3,600 for
the year plus the $750 onboarding, and it fits in what is left of the
investigations line (10-4210-530). Trent, please send a revised quote
for three users and keep the new-customer discount if you can.

Before anyone gets a login, SOP 5.27 applies as written: a search
needs a case number and a supervisor's approval, and a result is a
lead only, never probable cause by itself. Also remember that under
Title 44, chapter 15, MCA we may not use it for continuous or real-time
surveillance of anyone.

Lt. Marisa Juneau
Investigations Division | Helena Police Department
221 Breckenridge Street, Helena, MT 59601 | (406) 555-0131

From:     Brandvold, Kyle <kbrandvold@helenamt.example>
Sent:     Monday, February 10, 2025 4:05 PM
To:       Juneau, Marisa <mjuneau@helenamt.example>
Cc:       Albrecht, Trent <trent.albrecht@motorolasolutions.example>
Subject:  FW: FaceSearch quote - Helena PD

LT - Trent's quote is below. We already use LEARN for plates, so the
FaceSearch licence rides on the same account. For comparison, Lewis
and Clark County SO pays $4,800 a year for four users. I think five
users would cover days and nights, but three would get us started.

Det. Kyle Brandvold #214
Helena Police Department | (406) 555-0144""", "Page 1 of 2"),
    ("Brandvold, Kyle", """\
From:     Albrecht, Trent <trent.albrecht@motorolasolutions.example>
Sent:     Friday, February 7, 2025 10:18 AM
To:       Brandvold, Kyle <kbrandvold@helenamt.example>
Subject:  FaceSearch quote - Helena PD

Kyle,

Thanks for the call. Pricing for FaceSearch is pasted below (Quote
VQ-2025-01187, valid through March 31, 2025). FaceSearch compares your
probe against a shared gallery of more than 20 million booking images
contributed by participating agencies, plus your own uploads.

  Item                                Qty       Term     Price
  ----------------------------------  --------  -------  ---------
  Vigilant FaceSearch, agency         5 users   12 mo    $6,000.00
    licence ($1,200.00 per user)
  LEARN / LPR hosting (existing)      -         12 mo        $0.00
    - covered by current LPR agreement
  FaceSearch onboarding and remote    -         one-time   $750.00
    training
  New-customer discount (10%)                             -$675.00
                                                          ---------
  Quote total                                             $6,075.00

Taxes are not applied (government entity). Let me know if you want a
different user count and I will revise.

Trent Albrecht
Account Manager, Northern Rockies
Motorola Solutions | Vigilant
M: (406) 555-0177 | Acct. HPD-MT-00412
trent.albrecht@motorolasolutions.example""", "Page 2 of 2"),
], "print", HPD,
    [HPD, LCSO],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN"],
    [C(3600, 3600, "year", "$3,600 for the year", HPD, MSI, VFS),
     C(6000, 6000, "year", "$6,000.00", HPD, MSI, VFS),
     C(1200, 1200, "year", "$1,200.00 per user", HPD, MSI, VFS, unit="per user"),
     C(750, 750, "one-time", "one-time   $750.00", HPD, MSI, VFS),
     C(6075, 6075, None, "Quote total                                             $6,075.00", HPD, MSI, VFS),
     C(4800, 4800, "year", "$4,800 a year for four users", LCSO, MSI, VFS)],
    [N(3, "exact", "licenses", None, "Approved, but for 3 users, not 5.", HPD, MSI),
     N(5, "exact", "licenses", None, "5 users", HPD, MSI),
     N(4, "exact", "licenses", None, "$4,800 a year for four users", LCSO, MSI),
     N(20000000, "more than", "images", None, "more than 20 million booking images", None, MSI)],
    [K("a search needs a case number and a supervisor's approval", HPD, "requirement"),
     K("a result is a lead only, never probable cause by itself.", HPD, "disclaimer"),
     K("under Title 44, chapter 15, MCA we may not use it for continuous or real-time surveillance of anyone.",
       HPD, "prohibition")],
    [E("Juneau, Marisa", "Brandvold, Kyle", "Tuesday, February 11, 2025 3:42 PM", "RE: " + SUBJ5),
     E("Brandvold, Kyle", "Juneau, Marisa", "Monday, February 10, 2025 4:05 PM", "FW: " + SUBJ5),
     E("Albrecht, Trent", "Brandvold, Kyle", "Friday, February 7, 2025 10:18 AM", SUBJ5)],
    ["2025-02-11", "2025-02-10", "2025-02-07", "2025-03-31"],
    scan="photocopy")


# ---------------------------------------------------------------- 6 New Mexico: Carlsbad PD (annual report)
CBPD = "Carlsbad Police Department"
ECSO = "Eddy County Sheriff's Office"
DWP = "DataWorks Plus"
FP = "FACE Plus"
RPD = "Roswell Police Department"
doc("06_carlsbad-pd-annual-fr-report-2024.txt", [
    (None, """\
CARLSBAD POLICE DEPARTMENT
405 S. Halagueno Street, Carlsbad, New Mexico 88220

ANNUAL REPORT ON FACIAL RECOGNITION TECHNOLOGY - CALENDAR YEAR 2024
To the Honorable Mayor and Members of the Carlsbad City Council
Agenda date: February 25, 2025            Item No. 11-C
Submitted by: Chief Raymond Quintana
Prepared by: Analyst Teresa Bojorquez, Criminal Intelligence Unit

1. SYSTEM AND COST
The Department searches booking photographs with FACE Plus, a hosted
facial recognition application from DataWorks Plus, LLC. The gallery
held approximately 61,000 booking photographs at year end, most from
the Eddy County Detention Center. The subscription costs $14,200 per
year and is paid from the Law Enforcement Protection Fund (NMSA 1978,
Section 29-13-4). Six analysts and detectives hold search accounts.

2. QUARTERLY STATISTICS, 2024

   Quarter   Searches   Possible matches   Leads to case agent   Arrests
   -------   --------   ----------------   -------------------   -------
   Q1            38              21                  12               3
   Q2            44              26                  15               5
   Q3            31              17                   9               2
   Q4            47              25                  14               4
   -------   --------   ----------------   -------------------   -------
   Total        160              89                  50              14

Possible matches were returned in 55.6% of searches. Of the 160
searches, 19 were run at the request of other agencies (Eddy County
Sheriff's Office 12, Artesia Police Department 7). For comparison, the
Roswell Police Department reported 212 searches for 2024 in its own
report; its system and rules differ from ours.

An arrest is counted when the lead was confirmed by other evidence
before the arrest. No arrest in 2024 was based on a match alone.""",
     "CPD Annual FRT Report 2024 - 1"),
    (None, """\
3. POLICY HIGHLIGHTS (Policy 3.42, Facial Recognition, rev. 2023)
- The system is used only to help identify suspects, victims and
  witnesses in criminal investigations and to identify deceased or
  incapacitated persons.
- Every search must be entered in the log with a case number and the
  requesting officer's name.
- A possible match is an investigative lead only and shall not be the
  sole basis for an arrest or for probable cause.
- The Department shall not use facial recognition on live video or on
  body-worn camera footage in real time.
- Each possible match must be reviewed by a second trained analyst
  before it is released to the case agent.
- A member who misuses the system is subject to discipline up to and
  including termination, and loses search access.

4. STATE LAW
New Mexico has no statute that specifically regulates police use of
facial recognition. Search logs are public records subject to the
Inspection of Public Records Act, NMSA 1978, Sections 14-2-1 to
14-2-12, except where an exception applies. A bill introduced in the
2025 legislative session would have required a warrant for most
searches; it did not pass. The Department has not adopted a warrant
requirement of its own.

5. AUDIT
The Criminal Intelligence Unit sergeant reviewed 100% of the 2024 log
entries. Two entries lacked a case number and were corrected; no
misuse was found.

6. LOOKING AHEAD
Staff is not requesting additional funds for 2025. The subscription
renews on July 1, 2025 at the same price.

Respectfully submitted,
Raymond Quintana, Chief of Police""",
     "CPD Annual FRT Report 2024 - 2"),
], "pdf", CBPD,
    [CBPD, "Carlsbad City Council", "Eddy County Detention Center", ECSO, "Artesia Police Department", RPD],
    [DWP],
    [FP],
    [C(14200, 14200, "year", "$14,200 per year", CBPD, DWP, FP)],
    [N(61000, "approximately", "images", None, "approximately 61,000 booking photographs", CBPD, DWP),
     N(6, "exact", "users", None, "Six analysts and detectives hold search accounts", CBPD, DWP),
     N(38, "exact", "searches", "quarter", "Q1            38", CBPD, DWP),
     N(44, "exact", "searches", "quarter", "Q2            44", CBPD, DWP),
     N(31, "exact", "searches", "quarter", "Q3            31", CBPD, DWP),
     N(47, "exact", "searches", "quarter", "Q4            47", CBPD, DWP),
     N(160, "exact", "searches", "year", "Total        160", CBPD, DWP),
     N(89, "exact", "matches", "year", "Total        160              89", CBPD, DWP),
     N(50, "exact", "leads", "year", "Total        160              89                  50", CBPD, DWP),
     N(14, "exact", "arrests", "year",
       "Total        160              89                  50              14", CBPD, DWP),
     N(19, "exact", "requests", None, "19 were run at the request of other agencies", CBPD, DWP),
     N(212, "exact", "searches", "year", "212 searches for 2024", RPD)],
    [K("The system is used only to help identify suspects, victims and witnesses in criminal investigations "
       "and to identify deceased or incapacitated persons.", CBPD, "purpose"),
     K("Every search must be entered in the log with a case number and the requesting officer's name.", CBPD,
       "requirement"),
     K("A possible match is an investigative lead only and shall not be the sole basis for an arrest or for "
       "probable cause.", CBPD, "disclaimer"),
     K("The Department shall not use facial recognition on live video or on body-worn camera footage in real "
       "time.", CBPD, "prohibition"),
     K("Each possible match must be reviewed by a second trained analyst before it is released to the case "
       "agent.", CBPD, "requirement"),
     K("A member who misuses the system is subject to discipline up to and including termination, and loses "
       "search access.", CBPD, "consequence")],
    [],
    ["2025-02-25", "2024", "2023", "2025", "2025-07-01"],
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
