"""Writes docs/*.txt and labels.json for holdout49 (six invented releases: AR, CA, MS, NE, OR, VT).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), plus a `kind` on every policy."""
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
    indentation or '> ' quote marks) or pads a table row, the label takes the exact substring the
    text holds."""
    if quote in text:
        return quote
    pattern = r"\s+(?:>\s*)?".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    assert m, quote
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


# ---------------------------------------------------------------- 1 Arkansas: Jonesboro PD
JPD = "Jonesboro Police Department"
CV = "Clearview AI"
doc("01_jonesboro-pd-clearview-council-consent-item.txt", [
    (None, """\
CITY OF JONESBORO, ARKANSAS
City Council - Regular Meeting Agenda
Tuesday, May 21, 2024 - 5:30 PM
Municipal Center, 300 South Church Street - Council Chambers

1.  CALL TO ORDER
2.  PLEDGE OF ALLEGIANCE AND INVOCATION
3.  ROLL CALL BY CITY CLERK
4.  SPECIAL PRESENTATIONS
5.  CONSENT AGENDA
    All items listed below are considered routine and will be enacted
    by one motion unless a member of Council asks that an item be
    removed for separate discussion.

    a. MIN-24:041  Minutes for the City Council meeting of May 7, 2024
    b. RES-24:088  Resolution to accept a grant from the Arkansas
                   Highway Safety Office for DWI overtime enforcement
    c. RES-24:091  Resolution authorizing the Mayor to enter into a
                   three-year agreement with Clearview AI, Inc. for
                   investigative facial recognition software for the
                   Jonesboro Police Department
                   Sponsors: Police Department, Finance
    d. RES-24:092  Resolution to renew the Flock Safety automated
                   license plate reader camera lease (24 cameras) for
                   the Jonesboro Police Department, $72,000 for two
                   years
    e. RES-24:094  Resolution to declare three police patrol vehicles
                   surplus property

6.  NEW BUSINESS
    ORD-24:019  An ordinance to waive competitive bidding under
                Ark. Code Ann. 14-58-303 for the Clearview AI
                agreement (sole source) - first reading

7.  UNFINISHED BUSINESS
8.  MAYOR'S REPORTS
9.  CITY COUNCIL REPORTS
10. PUBLIC COMMENTS
11. ADJOURNMENT

City of Jonesboro                Page 1                Printed on 5/16/2024""", "JPD FOIA 24-112 0004"),
    (None, """\
City of Jonesboro                                 300 S. Church Street
                                                  Jonesboro, AR 72401
                   Legislation Details (With Text)

File #:        RES-24:091          Version: 1
Type:          Resolution          Status:  To Be Introduced
File created:  5/2/2024            In control: City Council
On agenda:     5/21/2024           Final action:
Title:         RESOLUTION AUTHORIZING THE MAYOR TO ENTER INTO A
               THREE-YEAR AGREEMENT WITH CLEARVIEW AI, INC. FOR
               INVESTIGATIVE FACIAL RECOGNITION SOFTWARE FOR THE
               JONESBORO POLICE DEPARTMENT
Attachments:   1. Clearview AI Order Form JPD-2024
               2. General Order 412 - Facial Recognition
               3. Contract Summary

STAFF SUMMARY
Submitted by Deputy Chief Carla Ambrose, Criminal Investigation
Division, and reviewed by the Finance Director.

Background. From October 2023 through March 2024, five detectives
used a no-cost trial account of Clearview AI. During the trial they
ran 214 searches, which produced 31 investigative leads and
contributed to 9 arrests. The Department asks to convert the trial to
a paid subscription of seven user seats, with the Clearview Mobile
app included. Clearview AI searches publicly available images; the
company states that its database holds more than 50 billion facial
images. The Craighead County Sheriff's Office uses a different
product and does not share access with the Department.

Fiscal impact. The first-year cost is $13,400: the annual
subscription of $11,900 ($1,700 per seat per year) and a one-time
onboarding and training fee of $1,500. The first-year cost is
budgeted in the Police Department's 2024 software maintenance line,
account 100-200-5420, and will be paid from drug forfeiture funds.
The total cost over the three-year term will not exceed $39,015.
Competitive bidding is waived by ORD-24:019 because no other vendor
offers a comparable search of open-source images.

Recommendation. Staff recommends approval.

City of Jonesboro                Page 2                Printed on 5/16/2024""",
     "JPD FOIA 24-112 0005"),
    (None, """\
ATTACHMENT 3 - CONTRACT SUMMARY                            RES-24:091

Vendor:     Clearview AI, Inc., New York, New York
Agreement:  Order Form No. JPD-2024 and the Clearview AI End User
            Terms of Service
Term:       June 1, 2024 through May 31, 2027 (three years)
Escalator:  5% per year in years 2 and 3
Payment:    Annually in advance, net 30 days from invoice

Price schedule
  Item                                                       Amount
  ------------------------------------------------------  ----------
  Year 1  Clearview Search subscription (7 seats)         $11,900.00
  Year 1  Clearview Mobile app (7 seats)                    included
  Year 1  Onboarding and training, remote (one-time)       $1,500.00
  Year 2  Clearview Search subscription (7 seats)         $12,495.00
  Year 3  Clearview Search subscription (7 seats)         $13,120.00
  ------------------------------------------------------  ----------
  Not-to-exceed amount, three-year term                   $39,015.00

Use conditions - General Order 412, Facial Recognition (effective
April 1, 2024; full text is Attachment 2)
  412.1  The Department uses facial recognition to help identify
         suspects, victims and witnesses in criminal investigations.
  412.2  A detective must complete the vendor's training before
         receiving a Clearview AI account.
  412.4  Every search shall be entered in the CID search log with the
         case number, the offense and the detective's name.
  412.5  A possible match is an investigative lead only and shall not
         be the sole basis for an arrest, a search warrant or a
         photo lineup.
  412.6  Members shall not use facial recognition to identify persons
         engaged in lawful protest or other protected activity.
  412.8  Misuse of the system will result in loss of access and may
         result in discipline up to and including termination.

General Order 412 does not set a retention period for probe images.
CID has proposed a 90-day retention rule; it has not been adopted.

City of Jonesboro                Page 3                Printed on 5/16/2024""",
     "JPD FOIA 24-112 0006"),
], "pdf", JPD,
    [JPD, "City of Jonesboro", "Jonesboro City Council", "Craighead County Sheriff's Office",
     "Arkansas Highway Safety Office"],
    [CV, "Flock Safety"],
    ["Clearview Search", "Clearview Mobile"],
    [C(13400, 13400, "year", "The first-year cost is $13,400", JPD, CV, "Clearview Search"),
     C(11900, 11900, "year", "the annual subscription of $11,900", JPD, CV, "Clearview Search"),
     C(1700, 1700, "year", "$1,700 per seat per year", JPD, CV, "Clearview Search", unit="per user"),
     C(1500, 1500, "one-time", "one-time onboarding and training fee of $1,500", JPD, CV, "Clearview Search"),
     C(None, 39015, None, "The total cost over the three-year term will not exceed $39,015", JPD, CV,
       "Clearview Search"),
     C(12495, 12495, "year", "Year 2 Clearview Search subscription (7 seats) $12,495.00", JPD, CV,
       "Clearview Search"),
     C(13120, 13120, "year", "Year 3 Clearview Search subscription (7 seats) $13,120.00", JPD, CV,
       "Clearview Search")],
    [N(5, "exact", "users", None, "five detectives used a no-cost trial account of Clearview AI", JPD, CV),
     N(214, "exact", "searches", None, "ran 214 searches", JPD, CV),
     N(31, "exact", "leads", None, "31 investigative leads", JPD, CV),
     N(9, "exact", "arrests", None, "contributed to 9 arrests", JPD, CV),
     N(7, "exact", "licenses", None, "a paid subscription of seven user seats", JPD, CV),
     N(50000000000, "more than", "images", None, "its database holds more than 50 billion facial images",
       None, CV)],
    [P("The Department uses facial recognition to help identify suspects, victims and witnesses in criminal "
       "investigations.", JPD, "purpose"),
     P("A detective must complete the vendor's training before receiving a Clearview AI account.", JPD,
       "requirement"),
     P("Every search shall be entered in the CID search log with the case number, the offense and the "
       "detective's name.", JPD, "requirement"),
     P("A possible match is an investigative lead only and shall not be the sole basis for an arrest, a search "
       "warrant or a photo lineup.", JPD, "disclaimer"),
     P("Members shall not use facial recognition to identify persons engaged in lawful protest or other "
       "protected activity.", JPD, "prohibition"),
     P("Misuse of the system will result in loss of access and may result in discipline up to and including "
       "termination.", JPD, "consequence")],
    [],
    ["2024-05-21", "2024-05-07", "2024-05-16", "2024-05-02", "2023-10", "2024-03", "2024", "2024-06-01",
     "2027-05-31", "2024-04-01"],
    scan="pdf")


# ---------------------------------------------------------------- 2 California: Santa Barbara County SO
SBSO = "Santa Barbara County Sheriff's Office"
VER = "Veritone"
GJ_FOOT = "SB CGJ 2023-24 p. {}"
doc("02_santa-barbara-county-grand-jury-so-facial-recognition.txt", [
    ("2023-24 Santa Barbara County Civil Grand Jury", """\
FACIAL RECOGNITION AT THE SHERIFF'S OFFICE
A Useful Tool Governed by a Thin Policy

Report of the 2023-24 Santa Barbara County Civil Grand Jury
Released June 11, 2024

SUMMARY
Since 2021 the Santa Barbara County Sheriff's Office has used
IDentify, a facial recognition application sold by Veritone, Inc., to
compare photographs of unknown suspects with county booking
photographs. The Jury found that the Sheriff's Office uses the tool
in a modest number of cases, that the Board of Supervisors approved
its cost in the ordinary way, and that the Sheriff's written policy
leaves important questions to individual supervisors. The Jury makes
three recommendations.

METHODOLOGY
The Jury interviewed eight members of the Sheriff's Office and two
employees of the County Executive Office, reviewed the Veritone
agreement, Board of Supervisors agenda letters, Sheriff's Office
Policy 612 and search logs for July 2021 through June 2024, and
observed a demonstration of the application.

BACKGROUND
On August 17, 2021, the Board of Supervisors approved a three-year
agreement with Veritone, Inc. (BC 21-214) with a not-to-exceed amount
of $148,500. The agreement provides 15 user licenses at $2,800 per
license per year, or $42,000 a year, and a one-time configuration and
data migration fee of $12,500. The Sheriff's Office pays the cost
from its general fund budget; no grant funds were used.

IDentify searches a gallery of approximately 520,000 booking
photographs taken at the Santa Barbara County Main Jail since 1998.
It does not search driver's license photographs held by the
California Department of Motor Vehicles, and the Jury found no
evidence that it had ever been used with a commercial image service
such as Clearview AI.""", GJ_FOOT.format(1)),
    ("2023-24 Santa Barbara County Civil Grand Jury", """\
DISCUSSION
Use of the application
The Sheriff's Office gave the Jury the following figures, taken from
the IDentify audit log and the Criminal Investigations Division's
case tracking sheet.

Table 1. IDentify use by fiscal year (July 1 - June 30)

                               FY 2021-22  FY 2022-23  FY 2023-24   Total
Searches run                          684         912       1,037   2,633
  of which for other agencies          57          88         131     276
Candidates reported as leads          141         187         203     531
Arrests in which a lead was cited      22          31          36      89
User accounts at June 30               11          13          14      --

Searches for other agencies are chiefly for the Santa Maria Police
Department and the Lompoc Police Department. Santa Maria reimburses
the Sheriff's Office $6,000 a year under a 2022 memorandum of
understanding; Lompoc pays nothing. About 20% of searches produced a
lead.

Policy 612
Sheriff's Office Policy 612, Facial Recognition, was issued in
September 2021. It states that a possible match is an investigative
lead only and does not by itself establish probable cause to arrest.
It requires a sergeant to approve every search that is run for
another agency. It prohibits the use of IDentify on live or streaming
video. Deputies may run a search only after completing the vendor's
four-hour user course.

The policy does not require any audit of the search log, does not set
a retention period for probe images, and does not require the
Sheriff's Office to report use or cost to the Board. The prohibition
on facial recognition in body-worn camera footage in Penal Code
section 832.19 expired on January 1, 2023, and Policy 612 does not
address body-worn camera images.""", GJ_FOOT.format(2)),
    ("2023-24 Santa Barbara County Civil Grand Jury", """\
FINDINGS
F1. The Sheriff's Office uses facial recognition in a limited number
    of cases and reports its results to case investigators as leads.
F2. The cost of the Veritone agreement was approved by the Board of
    Supervisors in the ordinary budget process, but the Board has
    received no report on use since 2021.
F3. Policy 612 does not require audits of searches or a retention
    period for probe images.
F4. Searches for other agencies have more than doubled since fiscal
    year 2021-22 without a written agreement with Lompoc.

RECOMMENDATIONS
R1. By December 31, 2024, the Sheriff should amend Policy 612 to
    require a quarterly audit of the IDentify search log.
R2. By December 31, 2024, the Sheriff should set a retention period
    for probe images and candidate lists.
R3. Beginning in 2025, the Sheriff should report the number of
    searches, leads and the annual cost to the Board of Supervisors
    each year.

The Sheriff's Office told the Jury that a revision of Policy 612 is
being drafted and that the Office intends to renew the Veritone
agreement later in 2024 for about $45,000 a year.

REQUEST FOR RESPONSES
Pursuant to California Penal Code sections 933 and 933.05, the Jury
requests responses as follows:
  Santa Barbara County Sheriff - F1 through F4 and R1 through R3,
    within 60 days.
  Santa Barbara County Board of Supervisors - F2 and R3, within
    90 days.""", GJ_FOOT.format(3)),
], "pdf", SBSO,
    [SBSO, "Santa Barbara County Civil Grand Jury", "Santa Barbara County Board of Supervisors",
     "Santa Barbara County Executive Office", "California Department of Motor Vehicles",
     "Santa Maria Police Department", "Lompoc Police Department"],
    [VER, CV],
    ["IDentify"],
    [C(None, 148500, None, "a not-to-exceed amount of $148,500", SBSO, VER, "IDentify"),
     C(2800, 2800, "year", "$2,800 per license per year", SBSO, VER, "IDentify", unit="per user"),
     C(42000, 42000, "year", "or $42,000 a year", SBSO, VER, "IDentify"),
     C(12500, 12500, "one-time", "a one-time configuration and data migration fee of $12,500", SBSO, VER,
       "IDentify"),
     C(6000, 6000, "year", "Santa Maria reimburses the Sheriff's Office $6,000 a year",
       "Santa Maria Police Department", None, "IDentify"),
     C(45000, 45000, "year", "renew the Veritone agreement later in 2024 for about $45,000 a year", SBSO, VER,
       "IDentify")],
    [N(15, "exact", "licenses", None, "The agreement provides 15 user licenses", SBSO, VER),
     N(520000, "approximately", "images", None, "a gallery of approximately 520,000 booking photographs",
       SBSO, VER),
     N(684, "exact", "searches", "year", "Searches run 684", SBSO, VER),
     N(912, "exact", "searches", "year", "Searches run 684 912", SBSO, VER),
     N(1037, "exact", "searches", "year", "Searches run 684 912 1,037", SBSO, VER),
     N(2633, "exact", "searches", None, "Searches run 684 912 1,037 2,633", SBSO, VER),
     N(57, "exact", "requests", "year", "of which for other agencies 57", SBSO, VER),
     N(88, "exact", "requests", "year", "of which for other agencies 57 88", SBSO, VER),
     N(131, "exact", "requests", "year", "of which for other agencies 57 88 131", SBSO, VER),
     N(276, "exact", "requests", None, "of which for other agencies 57 88 131 276", SBSO, VER),
     N(531, "exact", "leads", None, "Candidates reported as leads 141 187 203 531", SBSO, VER),
     N(89, "exact", "arrests", None, "Arrests in which a lead was cited 22 31 36 89", SBSO, VER),
     N(11, "exact", "users", None, "User accounts at June 30 11", SBSO, VER),
     N(13, "exact", "users", None, "User accounts at June 30 11 13", SBSO, VER),
     N(14, "exact", "users", None, "User accounts at June 30 11 13 14", SBSO, VER)],
    [P("It states that a possible match is an investigative lead only and does not by itself establish probable "
       "cause to arrest.", SBSO, "disclaimer"),
     P("It requires a sergeant to approve every search that is run for another agency.", SBSO, "requirement"),
     P("It prohibits the use of IDentify on live or streaming video.", SBSO, "prohibition"),
     P("Deputies may run a search only after completing the vendor's four-hour user course.", SBSO,
       "permission")],
    [],
    ["2024-06-11", "2021", "2021-08-17", "1998", "2021-07", "2024-06", "2022", "2021-09", "2023-01-01",
     "2024-12-31", "2025", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Mississippi: Hattiesburg PD
HPD = "Hattiesburg Police Department"
VS = "Vigilant Solutions"
FS = "FaceSearch"
doc("03_hattiesburg-pd-vigilant-facesearch-invoice-voucher.txt", [
    (None, """\
VIGILANT SOLUTIONS, LLC                                          INVOICE
A Motorola Solutions Company
Livermore, California 94551  |  Accounts Receivable (925) 555-0161

Invoice Number:  VS-2024-118734           Invoice Date:  07/09/2024
Customer No.:    0047719                  Due Date:      08/08/2024
Sales Order:     SO-6650213               Terms:         Net 30
Customer PO:     P2400917                 Contract:      HPD-FS-2023

Bill To:                                  Ship To:
City of Hattiesburg                       Hattiesburg Police Department
Accounts Payable                          Attn: Capt. Renard Whitlock
P.O. Box 1898                             One Government Plaza
Hattiesburg, MS 39403                     Hattiesburg, MS 39401

Service period: 08/01/2024 - 07/31/2025

Line  Description                          Qty   Unit Price      Amount
----  -----------------------------------  ---  -----------  ----------
10    FaceSearch Investigative Module,       4     1,350.00    5,400.00
      named user, annual
20    FaceSearch agency gallery hosting,     1     2,150.00    2,150.00
      annual (booking photos, 96,240
      images enrolled)
30    LEARN commercial LPR data access,      1     4,800.00    4,800.00
      agency license, annual
40    L5F fixed LPR camera annual            8       425.00    3,400.00
      maintenance
50    FaceSearch administrator training,     1       650.00      650.00
      remote, one-time
                                              Subtotal        16,400.00
                                              MS sales tax 7%      0.00
                                                (exempt - government)
                                              Shipping             0.00
                                              TOTAL USD       16,400.00

Please remit to Vigilant Solutions, LLC, Lockbox 771938, Chicago, IL
60677. Reference the invoice number on your payment.""", "HPD PRR 24-0388 - 0001"),
    (None, """\
CITY OF HATTIESBURG, MISSISSIPPI
Department of Finance - Accounts Payable
PAYMENT VOUCHER                                  Voucher No.: 24-07-3312
                                                 Batch: AP-0729-02
Vendor:   VIGILANT SOLUTIONS LLC                 Vendor No.: 11864
          (a Motorola Solutions company)         Remit code: 02
Invoice:  VS-2024-118734    Invoice date: 07/09/2024
PO:       P2400917          Dept.: 210 Police    Fiscal year: 2024

Ln  GL account         PO ln  Description                      Amount
--  ---------------    -----  ---------------------------  ----------
1   001-210-5370-00       10  FaceSearch named users (4)     5,400.00
2   001-210-5370-00       20  FaceSearch gallery hosting     2,150.00
3   001-210-5380-00       50  FaceSearch admin training        650.00
4   150-210-5370-44       30  LEARN LPR data access          4,800.00
5   150-210-5410-44       40  L5F camera maintenance (8)     3,400.00
                                                  TOTAL     16,400.00

Grant (lines 4-5): 2023 Edward Byrne Memorial JAG, award
15PBJA-23-GG-01193-JAGX.
Budget check 001-210-5370-00: FY 2024 budget 18,000.00;
  spent to date 9,315.00; remaining after this voucher 1,135.00.

I certify that the goods or services above were received, that the
prices agree with the purchase order, and that this claim is correct.

Received by:       Capt. Renard Whitlock      Date: 07/22/2024
Department head:   Chief Lawrence Petrie      Date: 07/23/2024
Finance review:    T. Okafor                  Date: 07/29/2024
Approved on the claims docket, City Council meeting of 08/06/2024,
docket page 14.

FOR FINANCE USE    Check No.: 0204117      Check date: 08/09/2024
                   Amount paid: $16,400.00  Bank: General Operating""", "HPD PRR 24-0388 - 0002"),
    (None, """\
HATTIESBURG POLICE DEPARTMENT
Criminal Investigations Division - Inter-Office Memorandum

TO:      Tamika Okafor, Accounts Payable
FROM:    Capt. Renard Whitlock, CID
DATE:    July 22, 2024
RE:      Vigilant invoice VS-2024-118734 - FaceSearch renewal

Attached for payment is Vigilant's invoice for the second year of
FaceSearch. Lines 10, 20 and 50 are face recognition items paid from
the general fund (001-210). Lines 30 and 40 are license plate reader
items and are charged to the 2023 JAG award (150-210).

Last year's FaceSearch renewal was $6,900 for three named-user
licences and the gallery. Between August 2023 and June 2024 our
detectives ran 538 FaceSearch searches and reported 61 leads to case
agents. This year we are adding a fourth licence for the Real Time
Crime Center analyst.

General Order 41.9 (Facial Recognition) continues to govern use:
  - FaceSearch access is limited to CID detectives and RTCC analysts
    who have completed Vigilant's online course.
  - Each search must be tied to an incident or case number.
  - A FaceSearch result is an investigative lead only and must be
    confirmed by other evidence before any arrest.
  - Searches of images from lawful protests or other First
    Amendment activity are prohibited.

FaceSearch does not search Mississippi driver's license photographs;
the Department has no agreement with the Mississippi Department of
Public Safety to do so.

cc: Chief Lawrence Petrie; Lt. Dana Guidry, RTCC""", "HPD PRR 24-0388 - 0003"),
], "pdf", HPD,
    [HPD, "City of Hattiesburg", "Hattiesburg City Council", "Mississippi Department of Public Safety"],
    [VS, "Motorola Solutions"],
    [FS, "LEARN", "Vigilant L5F"],
    [C(5400, 5400, "year", "10 FaceSearch Investigative Module, 4 1,350.00 5,400.00", HPD, VS, FS),
     C(1350, 1350, "year", "10 FaceSearch Investigative Module, 4 1,350.00", HPD, VS, FS, unit="per user"),
     C(2150, 2150, "year", "20 FaceSearch agency gallery hosting, 1 2,150.00 2,150.00", HPD, VS, FS),
     C(650, 650, "one-time", "50 FaceSearch administrator training, 1 650.00 650.00", HPD, VS, FS),
     C(6900, 6900, "year", "Last year's FaceSearch renewal was $6,900", HPD, VS, FS)],
    [N(4, "exact", "licenses", None, "10 FaceSearch Investigative Module, 4", HPD, VS),
     N(96240, "exact", "images", None, "96,240 images enrolled", HPD, VS),
     N(3, "exact", "licenses", None, "$6,900 for three named-user licences", HPD, VS),
     N(538, "exact", "searches", None, "ran 538 FaceSearch searches", HPD, VS),
     N(61, "exact", "leads", None, "reported 61 leads", HPD, VS)],
    [P("FaceSearch access is limited to CID detectives and RTCC analysts who have completed Vigilant's online "
       "course.", HPD, "requirement"),
     P("Each search must be tied to an incident or case number.", HPD, "requirement"),
     P("A FaceSearch result is an investigative lead only and must be confirmed by other evidence before any "
       "arrest.", HPD, "disclaimer"),
     P("Searches of images from lawful protests or other First Amendment activity are prohibited.", HPD,
       "prohibition")],
    [],
    ["2024-07-09", "2024-08-08", "2024-08-01", "2025-07-31", "2024", "2023", "2024-07-22", "2024-07-23",
     "2024-07-29", "2024-08-06", "2024-08-09", "2023-08", "2024-06"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Nebraska: Bellevue PD
BPD = "Bellevue Police Department"
SCSO = "Sarpy County Sheriff's Office"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
SUBJ = "FaceVACS renewal quote Q-NA-24-0571"
doc("04_bellevue-pd-cognitec-renewal-outlook-thread.txt", [
    ("Kessler, Dana", """\
From:        Brandt, Nolan <nbrandt@bellevue.net>
Sent:        Thursday, June 13, 2024 3:27 PM
To:          Kessler, Dana <dkessler@bellevue.net>
Cc:          Ostrowski, Paul <postrowski@bellevue.net>
Subject:     RE: FW: FaceVACS renewal quote Q-NA-24-0571

Dana - answers inline below, marked [NB]. Short version: renew all six
client licences for one year and leave the mobile option off.

Nolan

Capt. Nolan Brandt | Investigations Bureau
Bellevue Police Department | 1510 Wall Street, Bellevue, NE 68005
Office 402-555-0142

This message may be a public record under Neb. Rev. Stat. 84-712.

From: Kessler, Dana <dkessler@bellevue.net>
Sent: Wednesday, June 12, 2024 10:05 AM
To: Brandt, Nolan <nbrandt@bellevue.net>
Subject: FW: FaceVACS renewal quote Q-NA-24-0571

Captain - Cognitec's renewal quote is below. Some questions before it
goes into the FY 2024-25 budget request:

1. Do we renew all six workstation licences? Only 4 people ran a
   search in the last 12 months.
   [NB] Yes, all six. Two detectives join the unit in August.

2. Are we still sharing the gallery with Sarpy County?
   [NB] Yes. The Sarpy County Sheriff's Office pays Cognitec
   directly, $3,900 a year for its 2 licences. Its booking photos
   are in our gallery, which now holds 214,650 images.

3. The mobile option is another $4,200. Do we want it?
   [NB] No. Policy 1218 prohibits face recognition searches in the
   field, so a phone app makes no sense for us.""", "BPD PRR 24-118                                         000211"),
    ("Kessler, Dana", """\
4. Usage numbers for the budget narrative?
   [NB] 1,372 searches from July 1, 2023 through May 31, 2024, and
   96 candidates sent out as leads. About 40 of the searches were
   run for other agencies. Reminder that under Policy 1218 every
   candidate must be verified by a second trained investigator
   before it goes out as a lead.

Thanks,
Dana Kessler | Budget Analyst, Bellevue Police Department

-----Original Message-----
From: Hollis, Grant <grant.hollis@cognitec.com>
Sent: Monday, June 10, 2024 4:48 PM
To: Kessler, Dana <dkessler@bellevue.net>
Subject: FaceVACS renewal quote Q-NA-24-0571

Hello Dana,

Below is the renewal for the Bellevue Police Department's
FaceVACS-DBScan LE system for the term October 1, 2024 through
September 30, 2025. Prices are held at this year's rates.

QUOTATION Q-NA-24-0571                    Valid until: July 31, 2024
Customer: Bellevue Police Department (NE)   Customer ID: US-BPD-0113

Pos  Description                          Qty   Unit price   Total USD
---  -----------------------------------  ---  -----------  ----------
1    FaceVACS-DBScan LE client licence,     6     1,300.00    7,800.00
     annual maintenance and updates
2    FaceVACS-DBScan LE server licence,                       5,600.00
     annual maintenance (gallery
     capacity up to 500,000 images)
3    Remote technical support, 8x5                            included
                                           Total (1-3) USD   13,400.00

Option, not included in the total:
4    DBScan LE mobile add-on, annual,       1     4,200.00    4,200.00
     up to 10 devices""", "BPD PRR 24-118                                         000212"),
    ("Kessler, Dana", """\
Prices exclude taxes. Payment is due 30 days from invoice. This quote
is subject to Cognitec's standard license and maintenance terms.

Best regards,
Grant Hollis | Account Manager, Public Sector North America
Cognitec Systems | grant.hollis@cognitec.com

This e-mail may contain confidential information. If you are not the
intended recipient, please notify the sender and delete it.""",
     "BPD PRR 24-118                                         000213"),
], "print", BPD,
    [BPD, SCSO],
    [COG],
    [DBS],
    [C(7800, 7800, "year", "1 FaceVACS-DBScan LE client licence, 6 1,300.00 7,800.00", BPD, COG, DBS),
     C(1300, 1300, "year", "1 FaceVACS-DBScan LE client licence, 6 1,300.00", BPD, COG, DBS, unit="per license"),
     C(5600, 5600, "year", "2 FaceVACS-DBScan LE server licence, 5,600.00", BPD, COG, DBS),
     C(13400, 13400, "year", "Total (1-3) USD 13,400.00", BPD, COG, DBS),
     C(4200, 4200, "year", "4 DBScan LE mobile add-on, annual, 1 4,200.00 4,200.00", BPD, COG, DBS),
     C(3900, 3900, "year", "$3,900 a year for its 2 licences", SCSO, COG, DBS)],
    [N(6, "exact", "licenses", None, "renew all six client licences", BPD, COG),
     N(4, "exact", "users", "year", "Only 4 people ran a search in the last 12 months", BPD, COG),
     N(2, "exact", "licenses", None, "$3,900 a year for its 2 licences", SCSO, COG),
     N(214650, "exact", "images", None, "our gallery, which now holds 214,650 images", BPD, COG),
     N(1372, "exact", "searches", None, "1,372 searches from July 1, 2023 through May 31, 2024", BPD, COG),
     N(96, "exact", "leads", None, "96 candidates sent out as leads", BPD, COG),
     N(40, "approximately", "requests", None, "About 40 of the searches were run for other agencies", BPD,
       COG)],
    [P("Policy 1218 prohibits face recognition searches in the field", BPD, "prohibition"),
     P("under Policy 1218 every candidate must be verified by a second trained investigator before it goes out "
       "as a lead.", BPD, "requirement")],
    [E("Brandt, Nolan", "Kessler, Dana", "Thursday, June 13, 2024 3:27 PM", "RE: FW: " + SUBJ),
     E("Kessler, Dana", "Brandt, Nolan", "Wednesday, June 12, 2024 10:05 AM", "FW: " + SUBJ),
     E("Hollis, Grant", "Kessler, Dana", "Monday, June 10, 2024 4:48 PM", SUBJ)],
    ["2024-06-13", "2024-06-12", "2024-06-10", "2023-07-01", "2024-05-31", "2024-10-01", "2025-09-30",
     "2024-07-31"],
    scan="photocopy")


# ---------------------------------------------------------------- 5 Oregon: Yamhill County SO
YCSO = "Yamhill County Sheriff's Office"
AWS = "Amazon Web Services"
REK = "Amazon Rekognition"
YC_HEAD = "Yamhill County Sheriff's Office                          Policy Manual"
doc("05_yamhill-county-so-policy-4-37-fr-pending-revision.txt", [
    (YC_HEAD, """\
Policy No.:   4.37                     Effective:  March 1, 2022
Title:        Facial Recognition       Replaces:   New policy
Chapter:      4 - Investigations       Review:     Annual
References:   ORS 133.741; CJIS Security Policy 5.9.4

4.37.1 PURPOSE
This policy sets the rules for the Office's use of facial recognition
to compare images of unidentified persons with Yamhill County Jail
booking photographs. The Office uses facial recognition to identify
suspects, victims and witnesses in criminal investigations and to
identify deceased persons.

4.37.2 SYSTEM
The Office's facial recognition application runs on Amazon
Rekognition in the Office's Amazon Web Services account. The gallery
contains only booking photographs taken at the Yamhill County Jail.

4.37.3 AUTHORIZED USERS
(a) Only deputies and analysts who have completed the Office's
    facial recognition course may be given an account.
(b) The Investigations Lieutenant shall maintain the list of account
    holders and remove an account within 7 days after the holder
    leaves the Investigations Division.

4.37.4 PERMITTED USES
Members may run a search only in connection with a criminal
investigation that has a case number, to identify a deceased person,
or to help identify a missing or endangered person.

4.37.5 PROHIBITED USES
(a) Members shall not use facial recognition to analyze recordings
    from body-worn cameras (see ORS 133.741).
(b) Members shall not use facial recognition for real-time or
    continuous surveillance of any person.
(c) Members may not upload a probe image to any public or commercial
    facial recognition service other than the Office's system.""",
     "Policy 4.37 p. 1 of 3"),
    (YC_HEAD, """\
4.37.6 RESULTS
A candidate returned by the system is an investigative lead only and
shall not be the sole basis for an arrest or a search warrant.
Before a candidate is given to the case deputy, a second trained
member must review it.

4.37.7 RECORDS AND AUDIT
Each search shall be logged with the case number, the reason for the
search and the member's name. The Support Services Sergeant shall
audit the search log every six months.

4.37.8 VIOLATIONS
Misuse of the facial recognition system is grounds for discipline,
up to and including termination, and for permanent loss of access.""",
     "Policy 4.37 p. 2 of 3"),
    (YC_HEAD, """\
PENDING REVISION - DRAFT - NOT IN EFFECT
Policy 4.37, Revision 2 (draft of May 6, 2024)
Routed to: Undersheriff, County Counsel, Deputy Sheriff's Association

Proposed changes
1. New 4.37.4(d): members may run a search requested by another law
   enforcement agency if a sergeant approves it and the request
   includes that agency's case number.
2. 4.37.7: the search log would be audited every quarter instead of
   every six months.
3. New 4.37.9: the Sheriff would give the Board of Commissioners a
   yearly report with the number of searches and the cost.

Background for reviewers (Lt. Owen Vasquez, Investigations)
- Members ran 318 searches in calendar year 2023, which produced 64
  leads. 27 of the searches were run for the McMinnville Police
  Department and the Newberg-Dundee Police Department. The current
  policy does not address outside requests, which is the reason for
  change 1.
- Eight members hold accounts. The gallery held 61,830 booking
  photographs on January 1, 2024.
- AWS charges for Rekognition and storage were $1,164 in calendar
  year 2023. The application was built in 2021 by County Information
  Services staff; there was no vendor contract. The FY 2024-25 budget
  request carries $2,400 a year for Rekognition and AWS storage.
- The Office has never used Clearview AI or any other commercial
  face search service.
- For comparison, the Office pays Axon $38,600 a year for body-worn
  cameras and Evidence.com storage. None of that video is searched
  with facial recognition.

Comments to Lt. Vasquez by June 14, 2024.""",
     "Policy 4.37 p. 3 of 3"),
], "pdf", YCSO,
    [YCSO, "Yamhill County Board of Commissioners", "McMinnville Police Department",
     "Newberg-Dundee Police Department", "Yamhill County Information Services"],
    [AWS, CV, "Axon"],
    [REK, "Evidence.com"],
    [C(1164, 1164, "year", "AWS charges for Rekognition and storage were $1,164 in calendar year 2023", YCSO,
       AWS, REK),
     C(2400, 2400, "year", "request carries $2,400 a year for Rekognition and AWS storage", YCSO, AWS, REK)],
    [N(318, "exact", "searches", "year", "Members ran 318 searches in calendar year 2023", YCSO, AWS),
     N(64, "exact", "leads", "year", "which produced 64 leads", YCSO, AWS),
     N(27, "exact", "requests", "year", "27 of the searches were run for the McMinnville Police Department "
       "and the Newberg-Dundee Police Department", YCSO, AWS),
     N(8, "exact", "users", None, "Eight members hold accounts", YCSO, AWS),
     N(61830, "exact", "images", None, "The gallery held 61,830 booking photographs", YCSO, AWS)],
    [P("The Office uses facial recognition to identify suspects, victims and witnesses in criminal investigations "
       "and to identify deceased persons.", YCSO, "purpose"),
     P("Only deputies and analysts who have completed the Office's facial recognition course may be given an "
       "account.", YCSO, "permission"),
     P("The Investigations Lieutenant shall maintain the list of account holders and remove an account within 7 "
       "days after the holder leaves the Investigations Division.", YCSO, "requirement"),
     P("Members may run a search only in connection with a criminal investigation that has a case number, to "
       "identify a deceased person, or to help identify a missing or endangered person.", YCSO, "permission"),
     P("Members shall not use facial recognition to analyze recordings from body-worn cameras (see ORS "
       "133.741).", YCSO, "prohibition"),
     P("Members shall not use facial recognition for real-time or continuous surveillance of any person.", YCSO,
       "prohibition"),
     P("Members may not upload a probe image to any public or commercial facial recognition service other than "
       "the Office's system.", YCSO, "prohibition"),
     P("A candidate returned by the system is an investigative lead only and shall not be the sole basis for an "
       "arrest or a search warrant.", YCSO, "disclaimer"),
     P("Before a candidate is given to the case deputy, a second trained member must review it.", YCSO,
       "requirement"),
     P("Each search shall be logged with the case number, the reason for the search and the member's name.",
       YCSO, "requirement"),
     P("The Support Services Sergeant shall audit the search log every six months.", YCSO, "requirement"),
     P("Misuse of the facial recognition system is grounds for discipline, up to and including termination, and "
       "for permanent loss of access.", YCSO, "consequence")],
    [],
    ["2022-03-01", "2024-05-06", "2023", "2024-01-01", "2021", "2024-06-14"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Vermont: South Burlington PD
SBPD = "South Burlington Police Department"
VT_HEAD = "7/18/24, 8:41 AM     Records show South Burlington police tested Clearview"
VT_FOOT = "https://www.lcledger.example/news/public-safety/sbpd-clearview-records  {}/2"
doc("06_south-burlington-pd-clearview-trial-news-article.txt", [
    (VT_HEAD, """\
LAKE CHAMPLAIN LEDGER                     News | Public Safety | Vermont

Records show South Burlington police ran face
searches on Clearview AI during a free trial

Officers tried the app months before Vermont barred police use of
facial recognition; the department says it never paid for it

By Hannah Lindqvist
July 17, 2024, 5:58 AM

SOUTH BURLINGTON - South Burlington police officers ran 86 searches
on the facial recognition app Clearview AI during a free trial that
began in late 2019, months before Vermont lawmakers barred police
from using the technology, according to records the Ledger obtained
under the state's Public Records Act.

The records, which include a spreadsheet exported from the company's
administrator portal and about a dozen emails, show that seven
department accounts were created on the trial between November 2019
and February 2020. Four of those accounts ran at least one search.

At the time, Clearview said its database held more than 3 billion
images collected from social media and other websites.

The spreadsheet lists 12 searches that returned what the app flagged
as a possible match. The records do not show whether any of those
results led to an arrest, and the department said none were used as
evidence.

In a Jan. 14, 2020, email, a Clearview sales representative offered
the department a one-year subscription for five users at $1,999 per
user. Two weeks later, then-Lt. Everett Sanborn asked the city
manager's office to set aside $9,995 for the subscription in the
next fiscal year's budget. The request was withdrawn in March 2020,
according to a follow-up email.

"We never paid Clearview a cent, and we never will under current
law," Chief Rosalind Barrows said in an interview.""", VT_FOOT.format(1)),
    (VT_HEAD, """\
Vermont's moratorium, passed as part of Act 166 of 2020 and codified
at 20 V.S.A. sec. 4622, prohibits a law enforcement officer from
using facial recognition technology or any information obtained
through its use.

South Burlington adopted its own rule in December 2020. Department
Policy 2.34 states that no member shall use facial recognition
technology, including free trials offered by vendors. The policy
also requires officers who receive an unsolicited trial invitation
to forward it to the deputy chief within five days, and it says a
violation may result in discipline.

Barrows said the trial accounts were closed on March 6, 2020, after
command staff learned of them. Two of the officers who used the app
were counseled, she said.

Asked whether the department has any rule on officers looking at
public social media photos to identify suspects, Barrows said there
is no policy prohibiting that, "because a person looking at a photo
is not facial recognition technology."

The department's only current contract for investigative data is
with LexisNexis Risk Solutions for Accurint Virtual Crime Center, a
crime-analysis service that costs the city $8,400 a year. City
records describe it as a data and link-analysis tool; the contract
does not include any face-matching feature.

A bill introduced this year, H.734, would let police use facial
recognition to identify victims shown in child sexual abuse images.
It has not left committee.

The Ledger has asked 11 other Vermont police departments for similar
records.

Hannah Lindqvist covers public safety for the Ledger. Contact her at
hlindqvist@lcledger.example.""", VT_FOOT.format(2)),
], "print", SBPD,
    [SBPD, "City of South Burlington"],
    [CV, "LexisNexis Risk Solutions"],
    ["Accurint Virtual Crime Center"],
    [C(1999, 1999, "year", "a one-year subscription for five users at $1,999 per user", SBPD, CV,
       unit="per user"),
     C(9995, 9995, "year", "set aside $9,995 for the subscription", SBPD, CV)],
    [N(86, "exact", "searches", None, "police officers ran 86 searches", SBPD, CV),
     N(7, "exact", "users", None, "seven department accounts were created on the trial", SBPD, CV),
     N(4, "exact", "users", None, "Four of those accounts ran at least one search", SBPD, CV),
     N(3000000000, "more than", "images", None, "its database held more than 3 billion images", None, CV),
     N(12, "exact", "matches", None, "12 searches that returned what the app flagged as a possible match", SBPD,
       CV),
     N(5, "exact", "licenses", None, "a one-year subscription for five users", SBPD, CV)],
    [P("prohibits a law enforcement officer from using facial recognition technology or any information obtained "
       "through its use.", SBPD, "prohibition"),
     P("Department Policy 2.34 states that no member shall use facial recognition technology, including free "
       "trials offered by vendors.", SBPD, "prohibition"),
     P("The policy also requires officers who receive an unsolicited trial invitation to forward it to the deputy "
       "chief within five days", SBPD, "requirement"),
     P("it says a violation may result in discipline.", SBPD, "consequence")],
    [],
    ["2024-07-18", "2024-07-17", "2019", "2019-11", "2020-02", "2020-01-14", "2020-03", "2020", "2020-12",
     "2020-03-06"],
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
