"""Writes docs/*.txt and labels.json for holdout46 (six invented releases: CT, FL, IN, NM, TN, TX).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and each policy also
carries `kind` (requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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
    return m.group(0) if m else quote


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        page = "\n".join(parts) + "\n"
        lines = page.splitlines()
        bad = [f"{len(lines)} lines"] if len(lines) > MAX_LINES else []
        bad += [f"{len(line)}: {line}" for line in lines if len(line) > MAX_COLS or not line.isascii()]
        assert not bad, (file, bad)
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


# ---------------------------------------------------------------- 1 Connecticut: Norwalk PD (Gmail print)
NPD = "Norwalk Police Department"
CV = "Clearview AI"
WPD = "Westport Police Department"
T1 = "Clearview AI renewal - Norwalk PD"
T2 = "Clearview renewal - approval"
RAY = "Ray Castellano <rcastellano@norwalkct.gov>"
doc("01_norwalk-pd-clearview-renewal-gmail.txt", [
    ("3/20/25, 4:41 PM   City of Norwalk Mail - " + T1, """\
City of Norwalk Mail             Ray Castellano <rcastellano@norwalkct.gov>

Clearview AI renewal - Norwalk PD
3 messages

Erin Vasko <evasko@clearview.ai>              Tue, Mar 11, 2025 at 10:14 AM
To: Ray Castellano <rcastellano@norwalkct.gov>
Cc: Gov Renewals <renewals@clearview.ai>

Sergeant Castellano,

Your Clearview AI subscription (account NWK-4471, 8 users) ends on
April 30, 2025. Two renewal options are below. Both include unlimited
searches, Clearview Mobile and the Clearview Investigative Academy.

  Option A: 12-month term, 8 users at $1,800.00 per user   $14,400.00
  Option B: 24-month term, 8 users at $1,650.00 per user
            per year                                        $26,400.00

Our search index now holds over 60 billion publicly available facial
images, and every renewal includes the latest algorithm update.

If you pay in full by April 15, we can apply a 3% prepayment discount
to either option. Please let me know which option you prefer and
whether the City needs a sole-source letter.

Thanks,
Erin Vasko
Government Account Executive, Clearview AI | (646) 555-0142
[Quoted text hidden]""",
     "https://mail.google.com/mail/u/0/?ik=7c2e91ab04&view=pt&search=all   1/3"),
    ("3/20/25, 4:41 PM   City of Norwalk Mail - " + T1, """\
Ray Castellano <rcastellano@norwalkct.gov>     Wed, Mar 12, 2025 at 8:37 AM
To: Erin Vasko <evasko@clearview.ai>

> Your Clearview AI subscription (account NWK-4471, 8 users) ends on
> April 30, 2025.

We will stay at 8 users. Only 6 of the 8 accounts ran a search in the
past year (1,287 searches from March 1, 2024 to February 28, 2025),
but two detectives join Major Crimes in May.

>   Option A: 12-month term, 8 users at $1,800.00 per user

Option A. The City does not sign multi-year software terms without
Common Council approval, so Option B is out.

> If you pay in full by April 15, we can apply a 3% prepayment discount

Yes please, we can pay by then.

> whether the City needs a sole-source letter.

Yes. Purchasing needs one for anything over $10,000. Please also keep
the case number field mandatory on our account. Our General Order 6.14
requires a case number for every search.

Ray
Sgt. Ray Castellano
Norwalk Police Department, Criminal Investigations Division
1 Monroe Street, Norwalk, CT 06854 | (203) 555-0169

Erin Vasko <evasko@clearview.ai>               Wed, Mar 12, 2025 at 2:05 PM
To: Ray Castellano <rcastellano@norwalkct.gov>

Thanks, Ray. Confirmed: Option A, 8 users, May 1, 2025 through
April 30, 2026. With the prepayment discount the invoice will be
$13,968.00. The sole-source letter and invoice INV-25-30917 are
attached, and the case number field stays mandatory.
[Quoted text hidden]
2 attachments
    NWK-4471_sole_source_letter.pdf      INV-25-30917.pdf""",
     "https://mail.google.com/mail/u/0/?ik=7c2e91ab04&view=pt&search=all   2/3"),
    ("3/20/25, 4:43 PM   City of Norwalk Mail - " + T2, """\
City of Norwalk Mail             Ray Castellano <rcastellano@norwalkct.gov>

Clearview renewal - approval
2 messages

Ray Castellano <rcastellano@norwalkct.gov>     Thu, Mar 13, 2025 at 9:02 AM
To: Alana Moretti <amoretti@norwalkct.gov>
Cc: Pat Nwosu <pnwosu@norwalkct.gov>

Chief - the Clearview renewal is $13,968.00 if we pay by April 15 (8
users, one year). Last year we paid $14,400 for the same 8 users.
Funds are in 0120-2110-53470, Police software subscriptions. For
comparison, Westport PD told me they pay about $9,000 a year for 5
users.

The ShotSpotter renewal ($68,500) goes to the Common Council on its
own and is not part of this.

Ray

Alana Moretti <amoretti@norwalkct.gov>        Thu, Mar 13, 2025 at 11:26 AM
To: Ray Castellano <rcastellano@norwalkct.gov>
Cc: Pat Nwosu <pnwosu@norwalkct.gov>

Approved, go ahead with Purchasing. Two reminders for the unit: under
General Order 6.14 a Clearview result is an investigative lead only
and cannot by itself establish probable cause, and account holders
must not share their logins with anyone. Note there is no policy
prohibiting a search for an outside agency; we will fix that in the
6.14 revision this summer.

Deputy Chief Alana Moretti
Norwalk Police Department | (203) 555-0102
[Quoted text hidden]""",
     "https://mail.google.com/mail/u/0/?ik=7c2e91ab04&view=pt&search=all   1/1"),
], "print", NPD,
    [NPD, "City of Norwalk", "Norwalk Common Council", WPD],
    [CV],
    ["Clearview Mobile", "ShotSpotter"],
    [C(14400, 14400, "year", "Option A: 12-month term, 8 users at $1,800.00 per user   $14,400.00", NPD, CV),
     C(1800, 1800, "year", "Option A: 12-month term, 8 users at $1,800.00 per user", NPD, CV, unit="per user"),
     C(26400, 26400, None, "Option B: 24-month term, 8 users at $1,650.00 per user per year $26,400.00",
       NPD, CV),
     C(1650, 1650, "year", "8 users at $1,650.00 per user per year", NPD, CV, unit="per user"),
     C(13968, 13968, "year", "With the prepayment discount the invoice will be $13,968.00", NPD, CV),
     C(9000, 9000, "year", "they pay about $9,000 a year", WPD, CV)],
    [N(8, "exact", "licenses", None, "account NWK-4471, 8 users", NPD, CV),
     N(60000000000, "more than", "images", None, "over 60 billion publicly available facial images", None, CV),
     N(6, "exact", "users", "year", "Only 6 of the 8 accounts ran a search in the past year", NPD, CV),
     N(1287, "exact", "searches", "year", "1,287 searches from March 1, 2024 to February 28, 2025", NPD, CV),
     N(5, "exact", "licenses", None, "they pay about $9,000 a year for 5 users", WPD, CV)],
    [P("Our General Order 6.14 requires a case number for every search.", NPD, "requirement"),
     P("under General Order 6.14 a Clearview result is an investigative lead only and cannot by itself "
       "establish probable cause", NPD, "disclaimer"),
     P("account holders must not share their logins with anyone.", NPD, "prohibition")],
    [E("Erin Vasko", "Ray Castellano", "Tue, Mar 11, 2025 at 10:14 AM", T1),
     E("Ray Castellano", "Erin Vasko", "Wed, Mar 12, 2025 at 8:37 AM", T1),
     E("Erin Vasko", "Ray Castellano", "Wed, Mar 12, 2025 at 2:05 PM", T1),
     E("Ray Castellano", "Alana Moretti", "Thu, Mar 13, 2025 at 9:02 AM", T2),
     E("Alana Moretti", "Ray Castellano", "Thu, Mar 13, 2025 at 11:26 AM", T2)],
    ["2025-03-20", "2025-03-11", "2025-04-30", "2025-03-12", "2024-03-01", "2025-02-28", "2025-05-01",
     "2026-04-30", "2025-03-13"],
    scan="photocopy")


# ---------------------------------------------------------------- 2 Florida: Brevard County SO (policy + memo)
BCSO = "Brevard County Sheriff's Office"
PCSO = "Pinellas County Sheriff's Office"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
GOH = "BREVARD COUNTY SHERIFF'S OFFICE                   GENERAL ORDER 44-17"
doc("02_brevard-county-so-fr-general-order-review.txt", [
    (None, """\
BREVARD COUNTY SHERIFF'S OFFICE
Planning and Research Section - Inter-Office Memorandum

TO:       Sheriff, through the Chief Deputy
FROM:     Lt. Marisol Quarterman, Planning and Research
DATE:     February 3, 2025
SUBJECT:  Annual review of General Order 44-17, Facial Recognition
          Technology, and proposed Section IV.G

1. Annual review. Commission for Florida Law Enforcement Accreditation
standard 17.07M requires an annual review of this order. Use of the
two authorized systems in calendar year 2024:

   System                                Accounts     Searches
   ----------------------------------    --------     --------
   FACES (Pinellas County SO)                  23        1,418
   Cognitec FaceVACS-DBScan LE (RTCC)           4          377
   ----------------------------------    --------     --------
   Total                                       27        1,795

Examiners released 212 investigative leads from these searches. No
complaint or allegation of misuse of either system was received.

2. Cost. FACES is provided to the Agency at no charge under the
Pinellas County Sheriff's Office user agreement. The Cognitec license
was bought in 2022 for $64,000 (PO 22-001173); annual software
maintenance is $11,520, or 18% of the license price. The RTCC's Axon
Fusus subscription ($142,000 a year) and its 31 camera integrations
are budgeted separately and have no facial recognition function.

3. Proposed Section IV.G. The RTCC has asked to compare live video
from Agency cameras against a watchlist of persons with active felony
warrants and missing or endangered persons. The current order does
not address live video, and there is no written policy that permits
or prohibits it. Oosto quoted $96,000 for a three-year OnWatch
license for the RTCC's fixed camera streams, plus a one-time setup
fee of $18,500. The draft section is attached. It has not been
approved and is not in effect.

4. Recommendation. Re-issue GO 44-17 for 2025 without change and
refer draft Section IV.G to the Legal Advisor for review.""", "BCSO PRR 25-0311     Page 1 of 4"),
    (GOH, """\
Subject:  FACIAL RECOGNITION TECHNOLOGY
Effective: July 1, 2024          Rescinds: GO 44-17 of March 1, 2021
CFA Standards: 17.07M            Review: Annual (Planning and Research)

I. PURPOSE
This order governs the use of facial recognition technology by
members of the Brevard County Sheriff's Office (the Agency).

II. SCOPE OF USE
Facial recognition is used only to develop investigative leads in
criminal investigations, to identify deceased persons and persons
unable to identify themselves, and to help locate missing or
endangered persons.

III. DEFINITIONS
A. FACES: the Face Analysis Comparison and Examination System, which
   is operated by the Pinellas County Sheriff's Office and searches
   more than 38 million booking, driver license and identification
   card photographs.
B. Candidate: a possible match returned by a search.
C. Trained examiner: a member who has completed the training in V.

IV. PROCEDURES
A. Authorized systems. Members may use FACES and the Real Time Crime
   Center's Cognitec FaceVACS-DBScan LE system for the purposes in
   Section II.
B. Prohibited systems. Members shall not use Clearview AI or any
   other service that compares images against photographs collected
   from the internet or social media.
C. Case number. Every search shall be entered with an Agency case
   number, or a missing person or death investigation number, and
   the offense or reason for the search.
D. Review. A candidate shall be reviewed by a second trained examiner
   before it is released to a case agent as a lead.
E. Use of results. A candidate is an investigative lead only and is
   not probable cause. No member shall seek an arrest warrant or
   search warrant based solely on a facial recognition result.
F. Protected activity. Members shall not search images of persons
   lawfully exercising rights protected by the First Amendment
   unless the search is connected to a criminal investigation.""", "BCSO PRR 25-0311     Page 2 of 4"),
    (GOH, """\
V. TRAINING
Members must complete FACES user training provided by the Pinellas
County Sheriff's Office and the Agency's 8-hour examiner course
before conducting any search.

VI. RECORDS AND AUDIT
A. The RTCC supervisor shall keep a log of every search showing the
   examiner, case number, system used and result.
B. The Inspections Unit shall audit 10 percent of logged searches
   each quarter and report the results to the Chief Deputy.
C. Search logs shall be retained for at least four years. Probe
   images that are part of an active criminal investigative file
   may be exempt from disclosure under section 119.071(2)(c),
   Florida Statutes.

VII. VIOLATIONS
Misuse of a facial recognition system, including any search for a
personal reason, shall result in suspension of system access and may
result in discipline up to and including termination.

BY ORDER OF THE SHERIFF


_________________________________
Sheriff""", "BCSO PRR 25-0311     Page 3 of 4"),
    (None, """\
DRAFT - FOR DISCUSSION ONLY - NOT APPROVED - NOT IN EFFECT
Proposed addition to General Order 44-17
(Planning and Research, January 2025)

IV.G Live video comparison
1. The RTCC may compare live video from Agency-owned fixed cameras
   against a watchlist limited to persons with active felony
   warrants and persons reported missing or endangered.
2. A watchlist alert shall be confirmed by an RTCC analyst before
   any deputy is dispatched.
3. A watchlist entry shall be removed within 24 hours after the
   warrant is served or the person is located.
4. Live comparison shall not be used at permitted demonstrations,
   parades or other First Amendment events.
5. The watchlist shall not exceed 500 entries at any time.

Fiscal note: Oosto OnWatch, three-year license; see the Planning and
Research memorandum of February 3, 2025.""", "BCSO PRR 25-0311     Page 4 of 4"),
], "pdf", BCSO,
    [BCSO, PCSO, "Commission for Florida Law Enforcement Accreditation"],
    [COG, CV, "Oosto", "Axon"],
    ["FACES", DBS, "OnWatch", "Fusus"],
    [C(64000, 64000, None, "was bought in 2022 for $64,000", BCSO, COG, DBS),
     C(11520, 11520, "year", "annual software maintenance is $11,520", BCSO, COG, DBS),
     C(96000, 96000, None, "Oosto quoted $96,000 for a three-year OnWatch license", BCSO, "Oosto", "OnWatch"),
     C(18500, 18500, "one-time", "a one-time setup fee of $18,500", BCSO, "Oosto", "OnWatch")],
    [N(23, "exact", "users", None, "FACES (Pinellas County SO)                  23", BCSO, None),
     N(1418, "exact", "searches", "year", "FACES (Pinellas County SO)                  23        1,418", BCSO,
       None),
     N(4, "exact", "users", None, "Cognitec FaceVACS-DBScan LE (RTCC)           4", BCSO, COG),
     N(377, "exact", "searches", "year", "Cognitec FaceVACS-DBScan LE (RTCC)           4          377", BCSO,
       COG),
     N(27, "exact", "users", None, "Total                                       27", BCSO, None),
     N(1795, "exact", "searches", "year", "Total                                       27        1,795", BCSO,
       None),
     N(212, "exact", "leads", "year", "Examiners released 212 investigative leads", BCSO, None),
     N(38000000, "more than", "images", None,
       "searches more than 38 million booking, driver license and identification card photographs", PCSO, None)],
    [P("Facial recognition is used only to develop investigative leads in criminal investigations, to identify "
       "deceased persons and persons unable to identify themselves, and to help locate missing or endangered "
       "persons.", BCSO, "purpose"),
     P("Members may use FACES and the Real Time Crime Center's Cognitec FaceVACS-DBScan LE system for the "
       "purposes in Section II.", BCSO, "permission"),
     P("Members shall not use Clearview AI or any other service that compares images against photographs "
       "collected from the internet or social media.", BCSO, "prohibition"),
     P("Every search shall be entered with an Agency case number, or a missing person or death investigation "
       "number, and the offense or reason for the search.", BCSO, "requirement"),
     P("A candidate shall be reviewed by a second trained examiner before it is released to a case agent as a "
       "lead.", BCSO, "requirement"),
     P("A candidate is an investigative lead only and is not probable cause.", BCSO, "disclaimer"),
     P("No member shall seek an arrest warrant or search warrant based solely on a facial recognition result.",
       BCSO, "prohibition"),
     P("Members shall not search images of persons lawfully exercising rights protected by the First Amendment "
       "unless the search is connected to a criminal investigation.", BCSO, "prohibition"),
     P("Members must complete FACES user training provided by the Pinellas County Sheriff's Office and the "
       "Agency's 8-hour examiner course before conducting any search.", BCSO, "requirement"),
     P("The RTCC supervisor shall keep a log of every search showing the examiner, case number, system used and "
       "result.", BCSO, "requirement"),
     P("The Inspections Unit shall audit 10 percent of logged searches each quarter and report the results to "
       "the Chief Deputy.", BCSO, "requirement"),
     P("Search logs shall be retained for at least four years.", BCSO, "requirement"),
     P("Misuse of a facial recognition system, including any search for a personal reason, shall result in "
       "suspension of system access and may result in discipline up to and including termination.", BCSO,
       "consequence")],
    [],
    ["2025-02-03", "2024", "2022", "2025", "2024-07-01", "2021-03-01", "2025-01"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Indiana: Fishers PD (reseller quote + Slack)
FPD = "Fishers Police Department"
CIT = "Crossroads Integrated Technologies"
BC = "BriefCam"
doc("03_fishers-pd-briefcam-face-quote-slack.txt", [
    (None, """\
CROSSROADS INTEGRATED TECHNOLOGIES, INC.
8120 Castleton Corner Drive, Suite 210, Indianapolis, IN 46250
Tel. (317) 555-0126 | quotes@crossroads-it.example
Authorized BriefCam Partner | Motorola Solutions Channel Partner

QUOTATION                                      Quote No.: CIT-Q25-0388
                                               Quote Date: 01/14/2025
                                               Valid Through: 03/15/2025
Customer: Fishers Police Department            Customer ID: FPD-0147
          Real Time Information Center         Sales Rep: Colby Dresser
          4 Municipal Drive                    Terms: Net 30
          Fishers, IN 46038
Attn:     Lt. Anika Sorensen

Ln Description                               Qty   Unit Price    Extended
-- ----------------------------------------  ---  -----------  ----------
1  BriefCam Face Recognition add-on, per      20       370.00    7,400.00
   camera channel, 12-month subscription
   (BC-FR-12M)
2  BriefCam face search investigator                             1,800.00
   seats, 12 months (6 seats @ $300.00)
3  Watchlist setup and reference image                           1,250.00
   enrollment, remote (BC-PS-WL)
4  Fixed ALPR camera with solar kit,           3     5,180.00   15,540.00
   Motorola Solutions (MSI-ALPR-FX)
5  BriefCam Review channel licences for                          1,640.00
   4 added lobby cameras @ $410.00
6  Freight (ALPR cameras)                                           165.00
                                                   Subtotal    27,795.00
                                 Indiana sales tax 7% (exempt)       0.00
                                                   TOTAL DUE   27,795.00

Notes
1. Lines 1-3 require BriefCam Review/Research 2024.2 or later. The
   Department's existing 16 Review channels (PO 23-1182) are not
   re-quoted.
2. Pricing reflects a 12% public-safety discount off BriefCam list.
3. Line 5 covers video synopsis only; face recognition on the lobby
   cameras would need 4 more channels on line 1.

Accepted by: ____________________________   Date: ______________""", "FPD APRA 25-0219 - 0007"),
    (None, """\
Slack | Fishers Police Department
#rtic-projects  -  export for APRA request 25-0219
Exported 02/21/2025 3:18 PM by asorensen | 01/14/2025 - 01/16/2025

Anika Sorensen   1:42 PM   Tue 01/14/2025
Crossroads quote is in (CIT-Q25-0388, attached). Total is $27,795 but
that includes the three ALPR cams for 116th St, which are on the
capital plan, not this project. The face rec piece (lines 1-3) is
$10,450.

Derek Haldane   1:47 PM   Tue 01/14/2025
is that per year?

Anika Sorensen   1:49 PM   Tue 01/14/2025
lines 1 and 2 are annual, line 3 is setup. so year 2 would be $9,200
if they hold pricing

Derek Haldane   1:52 PM   Tue 01/14/2025
Noblesville PD uses Clearview instead, pays around $6,000 a year for
4 seats. we looked at that last spring and the chief said no

Anika Sorensen   1:55 PM   Tue 01/14/2025
right, chief's rule stands: no internet-scraped databases.

Marcus Tidwell   2:03 PM   Tue 01/14/2025
how many searches did we run on the BriefCam face trial?

Anika Sorensen   2:06 PM   Tue 01/14/2025
212 face searches in the 30-day trial in November, 9 analysts logged in

Marcus Tidwell   2:10 PM   Wed 01/15/2025
SOP 41-210 is still a draft, right? what do we do until it's signed

Anika Sorensen   2:14 PM   Wed 01/15/2025
Chief's interim directive (email 1/10): no live watchlist alerts until
the SOP is approved, post-event searches only, and every search gets a
case number in the BriefCam notes field. A face match is a lead, not
an ID.

Derek Haldane   9:05 AM   Thu 01/16/2025
I'll put the $10,450 on the Board of Public Works and Safety agenda
for 2/4. ALPR goes separately.""", "FPD APRA 25-0219 - 0008"),
], "pdf", FPD,
    [FPD, "Noblesville Police Department", "Fishers Board of Public Works and Safety"],
    [CIT, BC, "Motorola Solutions", CV],
    ["BriefCam Review", "BriefCam Research"],
    [C(7400, 7400, "year", "1  BriefCam Face Recognition add-on, per      20       370.00    7,400.00", FPD, CIT),
     C(370, 370, "year", "1  BriefCam Face Recognition add-on, per      20       370.00", FPD, CIT,
       unit="per camera channel"),
     C(1800, 1800, "year", "2  BriefCam face search investigator                             1,800.00", FPD, CIT),
     C(300, 300, "year", "(6 seats @ $300.00)", FPD, CIT, unit="per user"),
     C(1250, 1250, None, "3  Watchlist setup and reference image                           1,250.00", FPD, CIT),
     C(10450, 10450, None, "The face rec piece (lines 1-3) is $10,450", FPD, CIT),
     C(9200, 9200, "year", "year 2 would be $9,200", FPD, CIT),
     C(6000, 6000, "year", "pays around $6,000 a year", "Noblesville Police Department", CV)],
    [N(6, "exact", "licenses", None, "(6 seats @ $300.00)", FPD, CIT),
     N(4, "exact", "licenses", None, "pays around $6,000 a year for 4 seats", "Noblesville Police Department", CV),
     N(212, "exact", "searches", None, "212 face searches in the 30-day trial", FPD, BC),
     N(9, "exact", "users", None, "9 analysts logged in", FPD, BC)],
    [P("chief's rule stands: no internet-scraped databases.", FPD, "prohibition"),
     P("no live watchlist alerts until the SOP is approved, post-event searches only", FPD, "prohibition"),
     P("every search gets a case number in the BriefCam notes field.", FPD, "requirement"),
     P("A face match is a lead, not an ID.", FPD, "disclaimer")],
    [],
    ["2025-01-14", "2025-03-15", "2025-02-21", "2025-01-15", "2025-01-16"],
    scan="pdf")


# ---------------------------------------------------------------- 4 New Mexico: Farmington PD (grant budget narrative)
FARM = "Farmington Police Department"
LN = "LexisNexis Risk Solutions"
VCC = "Accurint Virtual Crime Center"
doc("04_farmington-pd-ctep-budget-narrative.txt", [
    (None, """\
CITY OF FARMINGTON, NEW MEXICO
Farmington Police Department - 900 Municipal Drive, Farmington, NM 87401

FY 2024 COPS Technology and Equipment Program (CTEP)
U.S. Department of Justice, Office of Community Oriented Policing
Services | Application CTEP-24-NM-0117 | UEI K7RM3QZ9HLD4
Project: San Juan Regional Investigative Technology Project

BUDGET NARRATIVE
(accompanies the Budget Detail Worksheet, Attachment 3)

Summary
The Farmington Police Department (FPD) requests $212,560 in federal
funds for a three-year project (October 1, 2024 - September 30, 2027)
with three components: a facial recognition search service for
detectives, a data integration platform for the Real Time Crime
Center, and digital forensics workstations. CTEP requires no local
match, and none is offered.

Category                              Federal request
------------------------------------  ---------------
A. Personnel                                       $0
B. Fringe benefits                                 $0
C. Travel                                          $0
D. Equipment                                  $17,900
E. Supplies                                    $2,310
F. Construction                                    $0
G. Subawards                                       $0
H. Procurement contracts                     $184,650
I. Other costs                                 $7,700
J. Indirect costs                                  $0
------------------------------------  ---------------
Total project costs                          $212,560

Of the total, $94,850 is for the facial recognition component (lines
H.1, H.2 and I.1). The rest is for the Real Time Crime Center and the
Digital Forensics Unit.""", "Farmington PD - CTEP Budget Narrative - 1"),
    (None, """\
D. Equipment ($17,900)
Two digital forensics workstations for the Digital Forensics Unit,
used for mobile device extraction and video evidence export: 2 x
$8,950 = $17,900. The workstations are not part of the facial
recognition component.

E. Supplies ($2,310)
Encrypted evidence drives and write blockers for the Digital
Forensics Unit.

H. Procurement contracts ($184,650)
H.1 Facial recognition search service. FPD will subscribe to the
facial recognition module of LexisNexis Accurint Virtual Crime Center
(VCC) for 12 investigative users for the three-year period. LexisNexis
Risk Solutions quotes $2,150 per user per year, which is $25,800 a
year and $77,400 for three years. The module will search FPD booking
photographs and those of the San Juan County Adult Detention Center,
about 148,000 images of roughly 61,000 people.
H.2 Onboarding and gallery load. A one-time fee of $9,750 covers the
import of booking photographs and administrator training.
H.3 Data integration platform. A 36-month license for the Peregrine
Technologies platform ($32,500 a year, $97,500 in total) will connect
CAD, RMS and ALPR data for the Real Time Crime Center. Peregrine has
no facial recognition function.

Item                              Computation                   Cost
--------------------------------  -----------------------   --------
H.1 VCC facial recognition        12 users x $2,150 x 3 yr   $77,400
H.2 VCC onboarding, gallery load  1 x $9,750                  $9,750
H.3 Peregrine platform license    3 yr x $32,500             $97,500
--------------------------------  -----------------------   --------
Total H                                                     $184,650""", "Farmington PD - CTEP Budget Narrative - 2"),
    (None, """\
I. Other costs ($7,700)
I.1 Facial comparison training. Tuition for two detectives to attend
a 40-hour facial comparison and identification course aligned with
FISWG guidelines totals $7,700. Travel is paid by the City.

Current tools
FPD has no facial recognition software today. In calendar year 2024
detectives sent 57 probe images to the New Mexico All Source
Intelligence Center (NMASIC) for facial recognition searches, with an
average turnaround of 9 days. FPD also pays $4,800 a year for Accurint
for Law Enforcement, a person-search service with no facial
recognition module; that subscription is not part of this request.

Sustainability
After the period of performance the City intends to budget
approximately $26,000 a year from the Police general fund to keep the
VCC facial recognition module.

Privacy and civil liberties safeguards
New Mexico has no statute that governs police use of facial
recognition. FPD Policy 4.27, Facial Recognition (adopted August 12,
2024), already governs requests sent to NMASIC and will govern the
VCC module:
- Facial recognition may be used only to generate investigative
  leads in criminal cases and to identify missing, deceased or
  incapacitated persons.
- A facial recognition result shall not be used as the sole basis
  for probable cause.
- Each search must be logged with a case number, and the log is
  reviewed monthly by the Investigations lieutenant.
- Searches based on race, religion or the exercise of First
  Amendment rights are prohibited.
- Misuse will result in loss of access and an internal affairs
  investigation.

Prepared by: Lt. Dominic Archuleta     Reviewed: Finance, K. Begay""", "Farmington PD - CTEP Budget Narrative - 3"),
], "pdf", FARM,
    [FARM, "City of Farmington", "Office of Community Oriented Policing Services",
     "San Juan County Adult Detention Center", "New Mexico All Source Intelligence Center"],
    [LN, "Peregrine Technologies"],
    [VCC, "Accurint for Law Enforcement"],
    [C(94850, 94850, None, "$94,850 is for the facial recognition component", FARM, None),
     C(2150, 2150, "year", "$2,150 per user per year", FARM, LN, VCC, unit="per user"),
     C(25800, 25800, "year", "$25,800 a year", FARM, LN, VCC),
     C(77400, 77400, None, "$77,400 for three years", FARM, LN, VCC),
     C(9750, 9750, "one-time", "A one-time fee of $9,750", FARM, LN, VCC),
     C(7700, 7700, None, "facial comparison and identification course aligned with FISWG guidelines totals $7,700",
       FARM, None),
     C(26000, 26000, "year", "approximately $26,000 a year", FARM, LN, VCC)],
    [N(12, "exact", "licenses", None, "(VCC) for 12 investigative users", FARM, LN),
     N(148000, "approximately", "images", None, "about 148,000 images", FARM, LN),
     N(61000, "approximately", "images", None, "roughly 61,000 people", FARM, LN),
     N(57, "exact", "requests", "year", "detectives sent 57 probe images", FARM, None)],
    [P("Facial recognition may be used only to generate investigative leads in criminal cases and to identify "
       "missing, deceased or incapacitated persons.", FARM, "purpose"),
     P("A facial recognition result shall not be used as the sole basis for probable cause.", FARM, "disclaimer"),
     P("Each search must be logged with a case number, and the log is reviewed monthly by the Investigations "
       "lieutenant.", FARM, "requirement"),
     P("Searches based on race, religion or the exercise of First Amendment rights are prohibited.", FARM,
       "prohibition"),
     P("Misuse will result in loss of access and an internal affairs investigation.", FARM, "consequence")],
    [],
    ["2024", "2024-10-01", "2027-09-30", "2024-08-12"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Tennessee: Clarksville PD (council staff report)
CLPD = "Clarksville Police Department"
DWP = "DataWorks Plus"
doc("05_clarksville-pd-face-plus-council-staff-report.txt", [
    (None, """\
CITY OF CLARKSVILLE, TENNESSEE
CITY COUNCIL STAFF REPORT

Meeting date:   November 7, 2024 (Regular Session)
Agenda item:    7.3 - RESOLUTION 38-2024-25
Department:     Clarksville Police Department
Presenter:      Deputy Chief Harlan Voss
Prepared by:    Shonda Pickett, Police Fiscal Manager

SUBJECT
A resolution authorizing the Mayor to execute a three-year agreement
with DataWorks Plus, LLC for FACE Plus facial recognition software
for the Clarksville Police Department, in an amount not to exceed
$110,000.

BACKGROUND
Clarksville Police Department (CPD) detectives now send photographs
of unidentified suspects to the Tennessee Bureau of Investigation
(TBI), which searches them and returns possible matches. In fiscal
year 2024 CPD sent 164 such requests to TBI, and results took an
average of 11 days.

The Montgomery County Jail already stores its booking photographs in
a DataWorks Plus mugshot system. The proposed agreement adds FACE
Plus, hosted by DataWorks Plus, so that CPD can search that archive
directly: about 236,000 booking photographs of approximately 97,000
individuals. CPD would no longer need to wait for TBI in most cases.

PROCUREMENT
DataWorks Plus is the only provider that can search the jail's
existing mugshot archive without a data migration, and the purchase
is a sole-source procurement under City Code 2-609(c). Staff also
obtained a quote from Clearview AI of $21,000 per year for 10 users;
it was not recommended because its database is built from images
collected from the internet.""", "Agenda Item 7.3 - Page 1 of 3"),
    (None, """\
FISCAL IMPACT

Item                              FY 2025    FY 2026    FY 2027      Total
--------------------------------  -------    -------    -------   --------
Implementation and link to jail   $36,500         --         --    $36,500
  mugshot system (one-time)
FACE Plus hosted subscription,    $13,750    $27,500    $27,500    $68,750
  15 concurrent users
--------------------------------  -------    -------    -------   --------
Total                             $50,250    $27,500    $27,500   $105,250

The annual subscription is $27,500. FY 2025 covers January through
June 2025 only. The not-to-exceed amount adds a contingency for
interface changes. FY 2025 funds are available in the Drug
Investigation Fund (Fund 215, account 215-42110-53400); FY 2026 and
FY 2027 amounts will be requested in the operating budget.

The Montgomery County Sheriff's Office is buying two booking capture
stations ($8,400 each) for the jail with its own funds; they are not
part of this agreement. The Flock Safety ALPR expansion the Council
approved in September ($212,000) is also unrelated.""", "Agenda Item 7.3 - Page 2 of 3"),
    (None, """\
POLICY
CPD General Order 540, Facial Recognition, was issued October 1, 2024
and already applies to requests sent to TBI. It would govern FACE Plus
without change. Under General Order 540:
  540.2  Facial recognition is used to identify suspects, victims
         and witnesses in criminal investigations and to identify
         deceased or missing persons.
  540.4  Users must complete DataWorks Plus training and CPD's
         8-hour facial comparison course before receiving an
         account.
  540.5  Every search must be tied to an open case number.
  540.6  A possible match is an investigative lead only and shall
         not be the sole basis for an arrest or a search warrant.
  540.7  Use of facial recognition to track a person in real time
         on live video is prohibited.
  540.8  Searches intended to identify persons engaged in lawful
         protest are prohibited.
  540.11 Violations will be investigated by the Office of
         Professional Standards and may result in discipline up to
         and including termination.

Tennessee has no state statute that specifically regulates police use
of facial recognition. At the October 24 work session a Councilmember
asked that CPD publish an annual report of searches; staff will bring
that back as a separate amendment, and it is not part of this
resolution.

ALTERNATIVES
1. Approve the resolution.
2. Do not approve; CPD would continue to send requests to TBI.

RECOMMENDATION
Staff recommends approval of Resolution 38-2024-25.

Attachments: DataWorks Plus quote DWP-Q-24-1187; GO 540; draft
agreement""", "Agenda Item 7.3 - Page 3 of 3"),
], "pdf", CLPD,
    [CLPD, "City of Clarksville", "Clarksville City Council", "Tennessee Bureau of Investigation",
     "Montgomery County Jail", "Montgomery County Sheriff's Office"],
    [DWP, CV, "Flock Safety"],
    ["FACE Plus"],
    [C(None, 110000, None, "in an amount not to exceed $110,000", CLPD, DWP, "FACE Plus"),
     C(36500, 36500, "one-time", "Implementation and link to jail   $36,500", CLPD, DWP, "FACE Plus"),
     C(13750, 13750, None, "FACE Plus hosted subscription,    $13,750", CLPD, DWP, "FACE Plus"),
     C(68750, 68750, None, "FACE Plus hosted subscription,    $13,750    $27,500    $27,500    $68,750", CLPD, DWP,
       "FACE Plus"),
     C(50250, 50250, None, "Total                             $50,250", CLPD, DWP, "FACE Plus"),
     C(105250, 105250, None, "Total                             $50,250    $27,500    $27,500   $105,250", CLPD,
       DWP, "FACE Plus"),
     C(27500, 27500, "year", "The annual subscription is $27,500.", CLPD, DWP, "FACE Plus")],
    [N(164, "exact", "requests", "year", "CPD sent 164 such requests to TBI", CLPD, None),
     N(236000, "approximately", "images", None, "about 236,000 booking photographs", CLPD, DWP),
     N(97000, "approximately", "images", None, "approximately 97,000 individuals", CLPD, DWP),
     N(15, "exact", "licenses", None, "15 concurrent users", CLPD, DWP)],
    [P("Facial recognition is used to identify suspects, victims and witnesses in criminal investigations and to "
       "identify deceased or missing persons.", CLPD, "purpose"),
     P("Users must complete DataWorks Plus training and CPD's 8-hour facial comparison course before receiving "
       "an account.", CLPD, "requirement"),
     P("Every search must be tied to an open case number.", CLPD, "requirement"),
     P("A possible match is an investigative lead only and shall not be the sole basis for an arrest or a search "
       "warrant.", CLPD, "disclaimer"),
     P("Use of facial recognition to track a person in real time on live video is prohibited.", CLPD,
       "prohibition"),
     P("Searches intended to identify persons engaged in lawful protest are prohibited.", CLPD, "prohibition"),
     P("Violations will be investigated by the Office of Professional Standards and may result in discipline up "
       "to and including termination.", CLPD, "consequence")],
    [],
    ["2024-11-07", "2024", "2025", "2026", "2027", "2025-01", "2025-06", "2024-10-01"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Texas: Austin PD / ARIC (annual report)
APD = "Austin Police Department"
TCSO = "Travis County Sheriff's Office"
doc("06_austin-pd-aric-annual-report-fr-unit.txt", [
    (None, """\
AUSTIN REGIONAL INTELLIGENCE CENTER (ARIC)
2024 ANNUAL REPORT
Operated by the Austin Police Department with regional partners
Published March 2025

1. Director's summary
In 2024 ARIC staff handled 9,212 requests for information, produced
1,486 intelligence products, reviewed 1,077 suspicious activity
reports and supported 37 special events, among them the Formula 1
United States Grand Prix and SXSW. ARIC has 42 personnel from 11
member agencies.

2. Governance
ARIC is governed by an executive board of member agency heads and is
one of the 80 fusion centers recognized by the U.S. Department of
Homeland Security. Its Privacy, Civil Rights and Civil Liberties
Policy was last revised in 2023.

3. Threat picture and 4. Training (omitted from this excerpt)

5. Facial Recognition Unit
5.1 System and staff. The Facial Recognition Unit (FRU) uses Cognitec
FaceVACS-DBScan LE, which ARIC licenses for six concurrent users. 14
analysts are trained and hold accounts. ARIC does not use Clearview AI
or any other service built from images collected on the internet.

5.2 Gallery. At December 31, 2024 the gallery held 1,402,118 booking
images of approximately 596,000 individuals, contributed by the Austin
Police Department, the Travis County Sheriff's Office and the Hays
County Sheriff's Office.""", "ARIC 2024 Annual Report | 7"),
    (None, """\
5.3 Requests and searches. Partner agencies submit a probe image with
a request form; FRU analysts run the search and return any possible
match as a lead.

Table 5-1. Facial Recognition Unit activity by quarter, 2024

            Requests    Searches    Possible-match    Leads
Quarter     received    run         lists returned    returned
-------     --------    --------    --------------    --------
Q1 2024          212         287               121          64
Q2 2024          238         311               139          71
Q3 2024          251         334               146          77
Q4 2024          226         302               128          66
-------     --------    --------    --------------    --------
Total            927       1,234               534         278

Of the 927 requests, 402 came from agencies other than APD. ARIC also
forwarded 41 requests to the Texas Department of Public Safety for
searches of driver license photographs, which ARIC cannot search.
Searches exceed requests because an analyst may run several probe
images for one request. Leads were returned for 30.0% of requests.

5.4 Cost. The Cognitec license was bought in 2021 for $118,000 with
Urban Area Security Initiative (UASI) grant funds. Annual software
maintenance was $21,240 in 2024 and rose to $22,302 for 2025 after a
5% increase; it is paid from the APD operating budget. Under the
interlocal agreement the Travis County Sheriff's Office reimburses APD
$5,000 a year toward maintenance. ARIC's Thomson Reuters CLEAR
subscription ($38,600 a year) is a public-records search tool with no
facial recognition function and is not an FRU cost.""", "ARIC 2024 Annual Report | 8"),
    (None, """\
5.5 Rules for use. FRU work is governed by ARIC Standard Operating
Procedure 5.04, Facial Recognition (rev. June 2024).
(a) The FRU supports criminal investigations and the identification
    of missing, deceased or endangered persons.
(b) Every request must include an agency case number and either a
    criminal offense or a missing person report number.
(c) Every possible match must be reviewed by two FRU analysts before
    it is released.
(d) Each result is released as an investigative lead only and is
    not probable cause for an arrest.
(e) Analysts shall not search images of persons lawfully engaged in
    activity protected by the First Amendment.
(f) Analysts shall not use facial recognition for real-time
    surveillance of live video.
(g) A user who misuses the system loses access and is referred to
    the employing agency for discipline.
The ARIC Privacy Officer audited 5 percent of 2024 searches and found
no violation of SOP 5.04.

6. Looking ahead
The executive board is considering a proposal to give member agencies
remote accounts so that their own detectives can run searches. No
decision has been made.""", "ARIC 2024 Annual Report | 9"),
], "pdf", APD,
    [APD, "Austin Regional Intelligence Center", TCSO, "Hays County Sheriff's Office",
     "Texas Department of Public Safety", "U.S. Department of Homeland Security"],
    [COG, CV, "Thomson Reuters"],
    [DBS, "CLEAR"],
    [C(118000, 118000, None, "The Cognitec license was bought in 2021 for $118,000", APD, COG, DBS),
     C(21240, 21240, "year", "Annual software maintenance was $21,240 in 2024", APD, COG, DBS),
     C(22302, 22302, "year", "rose to $22,302 for 2025", APD, COG, DBS),
     C(5000, 5000, "year", "reimburses APD $5,000 a year toward maintenance", TCSO, None, DBS)],
    [N(6, "exact", "licenses", None, "licenses for six concurrent users", APD, COG),
     N(14, "exact", "users", None, "14 analysts are trained and hold accounts", APD, COG),
     N(1402118, "exact", "images", None, "the gallery held 1,402,118 booking images", APD, COG),
     N(596000, "approximately", "images", None, "approximately 596,000 individuals", APD, COG),
     N(212, "exact", "requests", "quarter", "Q1 2024          212", APD, COG),
     N(238, "exact", "requests", "quarter", "Q2 2024          238", APD, COG),
     N(251, "exact", "requests", "quarter", "Q3 2024          251", APD, COG),
     N(226, "exact", "requests", "quarter", "Q4 2024          226", APD, COG),
     N(287, "exact", "searches", "quarter", "Q1 2024          212         287", APD, COG),
     N(311, "exact", "searches", "quarter", "Q2 2024          238         311", APD, COG),
     N(334, "exact", "searches", "quarter", "Q3 2024          251         334", APD, COG),
     N(302, "exact", "searches", "quarter", "Q4 2024          226         302", APD, COG),
     N(927, "exact", "requests", "year", "Total            927", APD, COG),
     N(1234, "exact", "searches", "year", "Total            927       1,234", APD, COG),
     N(534, "exact", "matches", "year", "Total            927       1,234               534", APD, COG),
     N(278, "exact", "leads", "year", "Total            927       1,234               534         278", APD, COG),
     N(402, "exact", "requests", "year", "402 came from agencies other than APD", APD, COG),
     N(41, "exact", "requests", "year", "forwarded 41 requests to the Texas Department of Public Safety", APD,
       None)],
    [P("The FRU supports criminal investigations and the identification of missing, deceased or endangered "
       "persons.", APD, "purpose"),
     P("Every request must include an agency case number and either a criminal offense or a missing person "
       "report number.", APD, "requirement"),
     P("Every possible match must be reviewed by two FRU analysts before it is released.", APD, "requirement"),
     P("Each result is released as an investigative lead only and is not probable cause for an arrest.", APD,
       "disclaimer"),
     P("Analysts shall not search images of persons lawfully engaged in activity protected by the First "
       "Amendment.", APD, "prohibition"),
     P("Analysts shall not use facial recognition for real-time surveillance of live video.", APD, "prohibition"),
     P("A user who misuses the system loses access and is referred to the employing agency for discipline.", APD,
       "consequence")],
    [],
    ["2024", "2025-03", "2023", "2024-12-31", "2021", "2025", "2024-06"],
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
