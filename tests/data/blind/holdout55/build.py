"""Writes docs/*.txt and labels.json for holdout55 (six invented releases: AL, IA, NV, MD, UT, ME).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and adds the policy `kind`
the brief asks for (requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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
        assert len(lines) <= MAX_LINES, (file, len(lines))
        for line in lines:
            assert len(line) <= MAX_COLS, (file, len(line), line)
            assert line.isascii(), (file, line)
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


# ---------------------------------------------------------------- 1 Alabama: Dothan PD (Gmail print)
DPD = "Dothan Police Department"
CV = "Clearview AI"
THREAD = "Clearview AI quote - Dothan PD"
GM_HEAD = "8/14/24, 9:41 AM      City of Dothan Mail - Clearview AI quote - Dothan PD"
GM_URL = "https://mail.google.com/mail/u/0/?ik=7d2f91c0ab&view=pt&search=all"
doc("01_dothan-pd-clearview-quote-gmail.txt", [
    (GM_HEAD, """\
Gmail                                  Kendra Pruitt <kpruitt@dothan.org>

Clearview AI quote - Dothan PD
3 messages

Tyler Brandt <tyler.brandt@clearview.ai>       Mon, Aug 5, 2024 at 2:14 PM
To: Kendra Pruitt <kpruitt@dothan.org>
Cc: Wes Ellison <wellison@dothan.org>

Lieutenant Pruitt,

Thanks for the call on Friday with you and Sgt. Ellison. Your mail
filter keeps stripping our PDF quotes, so here it is pasted as text:

  CLEARVIEW AI, INC. - QUOTE Q-24-0877
  Customer: Dothan Police Department, Dothan, AL
  Valid for 60 days from Aug 5, 2024

  Item                                         Term         Price
  ------------------------------------------   ----------   ----------
  Clearview Search (up to 10 users,            12 months    $14,000.00
    unlimited searches)
  Clearview Mobile app add-on                  12 months     $2,500.00
  Onboarding and user certification training   one-time        $750.00
                                                            ----------
  Total due at signing                                      $17,250.00

  3-year option: Clearview Search at $13,300.00 per year, billed each
  year (5% below the 12-month price). Mobile and training as above.

Prices do not include sales tax. Agencies that send us an exemption
certificate are not charged tax.

Our database now holds more than 50 billion publicly available facial
images, and every new user gets our online training academy.

Best,
Tyler Brandt
Government Account Executive, Southeast | Clearview AI
(646) 555-0139""", GM_URL + "  1/3"),
    (GM_HEAD, """\
Kendra Pruitt <kpruitt@dothan.org>             Tue, Aug 6, 2024 at 8:47 AM
To: Tyler Brandt <tyler.brandt@clearview.ai>
Cc: Wes Ellison <wellison@dothan.org>

Tyler,

Thanks. A few questions before I take this to the Chief and to
Purchasing:

1. Is the 10-user limit firm? If we went to 15 users, what would
   that look like?
2. If we take the 3-year option, is the $13,300 locked for all three
   years? By my math that is $39,900 for Search over the term.
3. The Houston County Sheriff's Office asked whether their
   investigators could use our account. Is that allowed?
4. Purchasing tells me a contract over $30,000 has to be bid under
   Code of Alabama 41-16-50 unless it is a sole source. Would the
   3-year term push us into bidding? Either way, can the quote be
   reissued on letterhead with our requisition REQ-24-1186?
5. Do you keep the probe photos we upload?

For background, our four trial accounts ran 112 searches between June
17 and July 16, 2024, and detectives got 9 leads out of them. During
the trial the Chief's interim memo required that every search carry
an open case number, and it says a result is only an investigative
lead, not probable cause for an arrest. Other than that memo nothing
in our SOPs covers facial recognition yet. The draft General Order 27
we are working on would add a supervisor's sign-off before each
search.

The interview room camera upgrade ($4,600) is on a separate
requisition, so please don't bundle it with this.

Kendra

Lt. Kendra Pruitt
Criminal Investigation Division, Dothan Police Department
(334) 555-0162""", GM_URL + "  2/3"),
    (GM_HEAD, """\
Tyler Brandt <tyler.brandt@clearview.ai>       Tue, Aug 6, 2024 at 4:05 PM
To: Kendra Pruitt <kpruitt@dothan.org>
Cc: Wes Ellison <wellison@dothan.org>

Answers inline below.

On Tue, Aug 6, 2024 at 8:47 AM Kendra Pruitt <kpruitt@dothan.org> wrote:
> 1. Is the 10-user limit firm?

Yes, at this price. We can quote more users at renewal.

> 2. If we take the 3-year option, is the $13,300 locked for all three
> years?

Yes, it is fixed for all three years. Most agencies your size pick it.

> 3. The Houston County Sheriff's Office asked whether their
> investigators could use our account.

Our terms don't allow another agency's investigators to use your
account. The Sheriff's Office would need its own agreement.

> 4. Would the 3-year term push us into bidding?

We can provide a sole source letter; several Alabama agencies have
used it. The letterhead quote will go out tomorrow.

> 5. Do you keep the probe photos we upload?

Probe images stay in your account history and are never added to the
search index. Your administrator can set them to delete after 90 days.

Alabama's 4% state sales tax does not apply once your exemption
certificate is on file.

Tyler""", GM_URL + "  3/3"),
], "print", DPD,
    [DPD, "City of Dothan", "Houston County Sheriff's Office"],
    [CV],
    ["Clearview Search", "Clearview Mobile"],
    [C(14000, 14000, "year", "Clearview Search (up to 10 users,            12 months    $14,000.00",
       DPD, CV, "Clearview Search"),
     C(2500, 2500, "year", "Clearview Mobile app add-on                  12 months     $2,500.00",
       DPD, CV, "Clearview Mobile"),
     C(750, 750, "one-time", "Onboarding and user certification training   one-time        $750.00",
       DPD, CV, "Clearview Search"),
     C(17250, 17250, None, "Total due at signing                                      $17,250.00", DPD, CV),
     C(13300, 13300, "year", "3-year option: Clearview Search at $13,300.00 per year", DPD, CV, "Clearview Search"),
     C(39900, 39900, None, "that is $39,900 for Search over the term", DPD, CV, "Clearview Search")],
    [N(10, "up to", "licenses", None, "up to 10 users", DPD, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion publicly available facial images", None, CV),
     N(4, "exact", "users", None, "our four trial accounts ran 112 searches", DPD, CV),
     N(112, "exact", "searches", None, "our four trial accounts ran 112 searches", DPD, CV),
     N(9, "exact", "leads", None, "detectives got 9 leads out of them", DPD, CV)],
    [P("During the trial the Chief's interim memo required that every search carry an open case number", DPD,
       "requirement"),
     P("it says a result is only an investigative lead, not probable cause for an arrest.", DPD, "disclaimer"),
     P("Our terms don't allow another agency's investigators to use your account.", DPD, "prohibition")],
    [E("Tyler Brandt", "Kendra Pruitt", "Mon, Aug 5, 2024 at 2:14 PM", THREAD),
     E("Kendra Pruitt", "Tyler Brandt", "Tue, Aug 6, 2024 at 8:47 AM", THREAD),
     E("Tyler Brandt", "Kendra Pruitt", "Tue, Aug 6, 2024 at 4:05 PM", THREAD),
     E("Kendra Pruitt", None, "Tue, Aug 6, 2024 at 8:47 AM", None)],
    ["2024-08-14", "2024-08-05", "2024-08-06", "2024-06-17", "2024-07-16"],
    scan="print")


# ---------------------------------------------------------------- 2 Iowa: Sioux City PD (sole-source memo)
SCPD = "Sioux City Police Department"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
doc("02_sioux-city-pd-idemia-sole-source-memo.txt", [
    (None, """\
SIOUX CITY POLICE DEPARTMENT
601 Douglas Street, Sioux City, Iowa 51101

                              MEMORANDUM

TO:      Purchasing Division, City of Sioux City
THRU:    Chief of Police
FROM:    Capt. Darnell Ostrander, Investigations Bureau
DATE:    March 3, 2025
RE:      Sole source justification - IDEMIA MorphoFace Investigate
         (facial recognition), Requisition 25-PD-0412

1. Request
The Police Department asks to purchase the MorphoFace Investigate
(MFI) facial recognition application from IDEMIA Public Security
North America without competitive bidding. The total cost over three
years is $98,460. Because the first-year cost is above the $50,000
formal bid threshold in Municipal Code sec. 3.04.080, a written sole
source justification is required.

2. Background
Since 2019 the Department's booking photographs have been captured
and stored in an IDEMIA mugshot repository that is linked to the
jail's IDEMIA LiveScan stations. The repository now holds roughly
212,000 booking photographs. Detectives cannot search it by face
today. When they need a face comparison they send the probe photo to
the Iowa Division of Criminal Investigation; in 2024 they sent 87
such requests. Under Investigations SOP 4-21, each request to DCI
must be approved by a sergeant and entered in the case log.

3. Why only IDEMIA can meet the need
a. MFI reads the existing IDEMIA repository directly. Any other
   product would need a custom export of all booking images and a
   nightly interface that IDEMIA would have to build and charge for.
b. IDEMIA holds the source code and maintenance rights for the
   repository; no other vendor can be authorized to modify it.
c. For comparison, DataWorks Plus gave a budgetary estimate of
   $81,200 for the first year of FACE Plus, not counting the
   interface work described in (a).""", "SCPD 25-PD-0412  Page 1 of 2"),
    (None, """\
4. Cost breakdown (IDEMIA quote MFI-IA-25-0031, February 24, 2025)

                                        Year 1     Year 2     Year 3
One-time
  MFI software license, perpetual,     $58,400          -          -
    6 concurrent users
  Implementation and configuration     $12,750          -          -
  On-site training, 2 days              $3,600          -          -
Recurring
  Software maintenance and support           -    $11,680    $12,030
                                       -------    -------    -------
Total by year                          $74,750    $11,680    $12,030

Three-year total                                              $98,460

Notes: Maintenance is 20% of the license price in Year 2 and rises 3%
in Year 3. Iowa sales tax is not charged to the City. The replacement
LiveScan fingerprint station for the jail ($27,900) is on a separate
requisition and is not part of this request.

5. Funding
Year 1 will be paid from the Police capital equipment account
100-2110-6420. Years 2 and 3 will be requested in the operating
budget.

6. Use of the system
The Department expects MFI to be used by detectives and crime
analysts who have completed IDEMIA's training. A draft General Order
600.14, which would limit searches to open criminal investigations
and require a second examiner to review each candidate, is under
review by the City Attorney and has not been adopted.

I certify that the above is accurate and that IDEMIA is the only
source that can meet this need.

_______________________________          Date: ______________
Capt. Darnell Ostrander

Approved: ______________________  Purchasing Manager""", "SCPD 25-PD-0412  Page 2 of 2"),
], "pdf", SCPD,
    [SCPD, "City of Sioux City", "Iowa Division of Criminal Investigation"],
    [IDM, "DataWorks Plus"],
    [MFI, "FACE Plus"],
    [C(98460, 98460, None, "The total cost over three years is $98,460", SCPD, IDM, MFI),
     C(58400, 58400, "one-time", "MFI software license, perpetual,     $58,400", SCPD, IDM, MFI),
     C(12750, 12750, "one-time", "Implementation and configuration     $12,750", SCPD, IDM, MFI),
     C(3600, 3600, "one-time", "On-site training, 2 days              $3,600", SCPD, IDM, MFI),
     C(11680, 11680, "year", "Software maintenance and support           -    $11,680", SCPD, IDM, MFI),
     C(12030, 12030, "year", "Software maintenance and support           -    $11,680    $12,030", SCPD, IDM, MFI),
     C(74750, 74750, None, "Total by year                          $74,750", SCPD, IDM, MFI)],
    [N(212000, "approximately", "images", None, "The repository now holds roughly 212,000 booking photographs",
       SCPD, IDM),
     N(87, "exact", "requests", "year", "in 2024 they sent 87 such requests", SCPD, None),
     N(6, "exact", "licenses", None, "6 concurrent users", SCPD, IDM)],
    [P("Under Investigations SOP 4-21, each request to DCI must be approved by a sergeant and entered in the "
       "case log.", SCPD, "requirement")],
    [],
    ["2025-03-03", "2019", "2024", "2025-02-24"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Nevada: Elko County SO (internal audit)
ECSO = "Elko County Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("03_elko-county-so-facesearch-internal-audit.txt", [
    (None, """\
ELKO COUNTY SHERIFF'S OFFICE
Office of Professional Standards - Internal Audit
775 W. Silver Street, Elko, Nevada 89801

INTERNAL AUDIT REPORT IA-2025-02
Use of Vigilant FaceSearch, January 1 - December 31, 2024
Issued: March 14, 2025
Auditor: Sgt. Lorena Vasquez-Hale, Professional Standards

1. Scope and method
This audit reviewed every facial recognition search run by Office
members in Vigilant FaceSearch during calendar year 2024, the user
account list, training records, and the invoices paid for the
service. We compared the search log exported from FaceSearch with the
case management system and with Policy 512, Facial Recognition.

2. Background
FaceSearch is a Vigilant Solutions product sold by Motorola Solutions.
The Office pays for it on the same annual Motorola invoice as the
Vigilant LEARN license plate reader service. The 2024 invoice came to
$23,450: $14,550 for LEARN and $8,900 for the FaceSearch
subscription. The FaceSearch subscription cost $7,600 in 2023.

Searches run against booking photographs shared by participating
agencies. Motorola Solutions states that the FaceSearch gallery holds
more than 18 million booking images. Elko County Jail booking photos
have been contributed to the gallery since 2021.

On December 31, 2024, 14 FaceSearch accounts were enabled.""", "ECSO IA-2025-02  page 1 of 3"),
    (None, """\
3. Searches by month

Table 1. FaceSearch searches and leads reported, 2024

Month          Searches    Leads reported
-----------    --------    --------------
Jan 2024             22                 3
Feb 2024             19                 2
Mar 2024             27                 4
Apr 2024             31                 5
May 2024             24                 3
Jun 2024             18                 1
Jul 2024             29                 4
Aug 2024             33                 6
Sep 2024             26                 3
Oct 2024             30                 4
Nov 2024             21                 2
Dec 2024             38                 5
-----------    --------    --------------
Total               318                42

Deputies ran 19 of the 318 searches for outside agencies (the Elko
Police Department, the Carlin Police Department and the Nevada
Highway Patrol). "Leads reported" counts searches after which the
detective recorded an investigative lead in the case file; the Office
does not track arrests that follow a FaceSearch lead.

4. Findings and management responses

Finding 1 - Searches without a case number
37 of the 318 searches (11.6%) had no case number in the search log
or in the case management system. Policy 512.4 states that every
search must be tied to a case number or an incident number.
Management response: Agree. On February 3, 2025, Motorola made the
case number field mandatory for Office accounts.""", "ECSO IA-2025-02  page 2 of 3"),
    (None, """\
Finding 2 - Accounts of former employees
3 of the 14 enabled accounts belonged to members who had left the
Office between 71 and 204 days earlier. Policy 512.6 requires that an
account be disabled within five business days after a member
separates or transfers out of an investigative assignment. The audit
found no searches from these accounts after separation.
Management response: Agree. The three accounts were disabled on
January 9, 2025. Human Resources will copy separation notices to the
FaceSearch administrator.

Finding 3 - Training records
2 of the 11 members with active accounts had no record of completing
the vendor's online user course. Under Policy 512.3, an account may
be issued only after the member completes that course and signs the
Office's acknowledgment form.
Management response: Agree. Both members completed the course on
February 12, 2025.

Finding 4 - Retention of probe images
The audit found no written rule on how long probe images and search
results are kept. FaceSearch keeps them until the user deletes them.
Management response: Partially agree. The Office is considering a
two-year retention period and will propose it in the next revision
of Policy 512.

5. Other Policy 512 provisions reviewed (no exceptions found)
512.2  FaceSearch may be used to identify suspects, victims, witnesses
       and missing or deceased persons in a criminal or missing
       person investigation.
512.5  A FaceSearch candidate is an investigative lead only and shall
       not be the sole basis for an arrest or a search warrant.
512.7  FaceSearch shall not be used for civil immigration enforcement
       or to identify people taking part in a lawful assembly.
512.8  Searches may be run for another law enforcement agency when a
       supervisor of that agency sends a written request.
512.9  A member who misuses FaceSearch is subject to discipline under
       Policy 340, up to and including termination.

This report is a public record under NRS 239.010.""", "ECSO IA-2025-02  page 3 of 3"),
], "pdf", ECSO,
    [ECSO, "Elko County Jail", "Elko Police Department", "Carlin Police Department", "Nevada Highway Patrol"],
    ["Vigilant Solutions", MSI],
    [VFS, "Vigilant LEARN"],
    [C(8900, 8900, "year", "$8,900 for the FaceSearch subscription", ECSO, MSI, VFS),
     C(7600, 7600, "year", "The FaceSearch subscription cost $7,600 in 2023", ECSO, MSI, VFS)],
    [N(18000000, "more than", "images", None, "the FaceSearch gallery holds more than 18 million booking images",
       None, MSI),
     N(14, "exact", "users", None, "14 FaceSearch accounts were enabled", ECSO, MSI)]
    + [N(n, "exact", "searches", "month", f"{m} 2024{' ' * 13}{n}", ECSO, MSI)
       for m, n in [("Jan", 22), ("Feb", 19), ("Mar", 27), ("Apr", 31), ("May", 24), ("Jun", 18),
                    ("Jul", 29), ("Aug", 33), ("Sep", 26), ("Oct", 30), ("Nov", 21), ("Dec", 38)]]
    + [N(318, "exact", "searches", "year", "Total               318", ECSO, MSI),
       N(42, "exact", "leads", "year", "Total               318                42", ECSO, MSI),
       N(19, "exact", "requests", "year", "Deputies ran 19 of the 318 searches for outside agencies", ECSO, MSI),
       N(37, "exact", "searches", "year", "37 of the 318 searches (11.6%) had no case number", ECSO, MSI),
       N(3, "exact", "users", None, "3 of the 14 enabled accounts belonged to members who had left", ECSO, MSI),
       N(11, "exact", "users", None, "11 members with active accounts", ECSO, MSI),
       N(2, "exact", "users", None, "2 of the 11 members with active accounts had no record of completing",
         ECSO, MSI)],
    [P("Policy 512.4 states that every search must be tied to a case number or an incident number.", ECSO,
       "requirement"),
     P("Policy 512.6 requires that an account be disabled within five business days after a member separates or "
       "transfers out of an investigative assignment.", ECSO, "requirement"),
     P("Under Policy 512.3, an account may be issued only after the member completes that course and signs the "
       "Office's acknowledgment form.", ECSO, "requirement"),
     P("FaceSearch may be used to identify suspects, victims, witnesses and missing or deceased persons in a "
       "criminal or missing person investigation.", ECSO, "purpose"),
     P("A FaceSearch candidate is an investigative lead only and shall not be the sole basis for an arrest or a "
       "search warrant.", ECSO, "disclaimer"),
     P("FaceSearch shall not be used for civil immigration enforcement or to identify people taking part in a "
       "lawful assembly.", ECSO, "prohibition"),
     P("Searches may be run for another law enforcement agency when a supervisor of that agency sends a written "
       "request.", ECSO, "permission"),
     P("A member who misuses FaceSearch is subject to discipline under Policy 340, up to and including "
       "termination.", ECSO, "consequence")],
    [],
    ["2024-01-01", "2024-12-31", "2025-03-14", "2024", "2023", "2021", "2025-02-03", "2025-01-09", "2025-02-12"]
    + [f"2024-{i:02d}" for i in range(1, 13)],
    scan="pdf")


# ---------------------------------------------------------------- 4 Maryland: Calvert County SO (BOCC resolution)
CCSO = "Calvert County Sheriff's Office"
BOCC = "Board of County Commissioners of Calvert County"
TBS = "Tidewater Biometric Systems"
DBS = "FaceVACS-DBScan LE"
doc("04_calvert-county-bocc-resolution-cognitec.txt", [
    (None, """\
      THE BOARD OF COUNTY COMMISSIONERS OF CALVERT COUNTY, MARYLAND

                          RESOLUTION NO. 27-25

A RESOLUTION AUTHORIZING THE CALVERT COUNTY SHERIFF'S OFFICE TO
PURCHASE FACIAL RECOGNITION SOFTWARE AND RELATED SERVICES FROM
TIDEWATER BIOMETRIC SYSTEMS, INC. IN AN AMOUNT NOT TO EXCEED $68,000

WHEREAS, the Calvert County Sheriff's Office (the "Sheriff's Office")
investigates crimes throughout Calvert County and keeps the booking
photographs of persons arrested in the County; and

WHEREAS, the Sheriff's Office now sends face comparison requests to
the Maryland Coordination and Analysis Center, which handled 64
requests from the Sheriff's Office in calendar year 2024, often with
delays of a week or more; and

WHEREAS, Criminal Procedure Article, sec. 2-501 through 2-510 of the
Annotated Code of Maryland, effective October 1, 2024, governs the
use of facial recognition technology by law enforcement agencies in
this State; and

WHEREAS, under that law a law enforcement agency may use facial
recognition technology only to investigate a crime of violence, a
human trafficking offense, or another offense listed in the statute,
or to identify a missing or deceased person; and

WHEREAS, that law also provides that the result of a facial
recognition search may not be the sole basis for probable cause; and

WHEREAS, the Sheriff's Office requested quotations on May 2, 2025,
and received three: Tidewater Biometric Systems, Inc., an authorized
reseller of Cognitec Systems, at $61,950 for three years; Rank One
Computing at $71,250; and DataWorks Plus at $79,400; and

WHEREAS, the Sheriff recommends the Tidewater quotation for the
Cognitec FaceVACS-DBScan LE system, which would search the Sheriff's
Office's archive of approximately 58,000 booking photographs; and""", "Resolution 27-25, page 1 of 3"),
    (None, """\
WHEREAS, the Board finds that the purchase serves the public safety
of the residents of Calvert County.

NOW, THEREFORE, BE IT RESOLVED by the Board of County Commissioners
of Calvert County, Maryland, that the Sheriff's Office is authorized
to enter into a three-year agreement with Tidewater Biometric
Systems, Inc. for the FaceVACS-DBScan LE system in an amount not to
exceed $68,000, as shown in the fiscal summary attached as Exhibit A;
and

BE IT FURTHER RESOLVED, that no search shall be run on the system
until the Sheriff has issued a written use policy that meets the
requirements of the State law cited above; and

BE IT FURTHER RESOLVED, that the Sheriff shall report to the Board by
September 30 of each year the number of searches run, the number of
users, and any audit findings for the prior fiscal year; and

BE IT FURTHER RESOLVED, that the Director of Finance and Budget is
directed to pay these costs from the Sheriff's Office operating
budget, account 10-3110-5262, subject to annual appropriation.

ADOPTED this 10th day of June, 2025, by a vote of 4 in favor and 1
opposed.

ATTEST:                               BOARD OF COUNTY COMMISSIONERS
                                      OF CALVERT COUNTY, MARYLAND


______________________________        ______________________________
Maureen T. Gaskins, Clerk             Earl F. Hollings, President""", "Resolution 27-25, page 2 of 3"),
    (None, """\
EXHIBIT A - FISCAL SUMMARY
Resolution No. 27-25  |  Calvert County Sheriff's Office

Vendor:  Tidewater Biometric Systems, Inc., Chesapeake, Virginia
         (authorized reseller of Cognitec Systems GmbH)
Quote:   TBS-25-118, dated May 16, 2025
Term:    July 1, 2025 through June 30, 2028 (three years)

Line  Description                                          Amount
----  --------------------------------------------------  --------
1     FaceVACS-DBScan LE server license (one-time,         $34,800
      perpetual), with 8 named client seats
2     Installation, configuration and import of the         $9,600
      booking photo archive (one-time)
3     Cognitec examiner certification course, on-site,      $4,350
      2 days
4     Software maintenance, years 2 and 3                  $13,200
      ($6,600 per year; year 1 is included in line 1)
                                                          --------
      Quoted total, three years                            $61,950
      Not-to-exceed authority (includes about 10           $68,000
      percent for added seats or services)

Funding: FY2026 Sheriff's Office operating budget, 10-3110-5262.
Maryland sales tax (6%) does not apply; the County is exempt.
Server: existing County equipment, no added cost.

Not part of this resolution: replacement booking cameras for the
Calvert County Detention Center ($7,980), funded in the Detention
Center budget.

Prepared by: Department of Finance and Budget, June 3, 2025""", "Resolution 27-25, page 3 of 3"),
], "pdf", CCSO,
    [CCSO, BOCC, "Maryland Coordination and Analysis Center", "Calvert County Department of Finance and Budget",
     "Calvert County Detention Center"],
    [TBS, "Cognitec Systems", "Rank One Computing", "DataWorks Plus"],
    [DBS],
    [C(None, 68000, None, "IN AN AMOUNT NOT TO EXCEED $68,000", CCSO, TBS, DBS),
     C(61950, 61950, None, "at $61,950 for three years", CCSO, TBS, DBS),
     C(34800, 34800, "one-time", "FaceVACS-DBScan LE server license (one-time,         $34,800", CCSO, TBS, DBS),
     C(9600, 9600, "one-time", "Installation, configuration and import of the         $9,600", CCSO, TBS, DBS),
     C(4350, 4350, None, "Cognitec examiner certification course, on-site,      $4,350", CCSO, TBS, DBS),
     C(13200, 13200, None, "Software maintenance, years 2 and 3                  $13,200", CCSO, TBS, DBS),
     C(6600, 6600, "year", "($6,600 per year", CCSO, TBS, DBS)],
    [N(64, "exact", "requests", "year", "handled 64 requests from the Sheriff's Office in calendar year 2024",
       CCSO, None),
     N(58000, "approximately", "images", None, "archive of approximately 58,000 booking photographs", CCSO, None),
     N(8, "exact", "licenses", None, "with 8 named client seats", CCSO, TBS)],
    [P("under that law a law enforcement agency may use facial recognition technology only to investigate a crime "
       "of violence, a human trafficking offense, or another offense listed in the statute, or to identify a "
       "missing or deceased person", CCSO, "purpose"),
     P("that law also provides that the result of a facial recognition search may not be the sole basis for "
       "probable cause", CCSO, "disclaimer"),
     P("no search shall be run on the system until the Sheriff has issued a written use policy that meets the "
       "requirements of the State law cited above", CCSO, "prohibition"),
     P("the Sheriff shall report to the Board by September 30 of each year the number of searches run, the "
       "number of users, and any audit findings for the prior fiscal year", CCSO, "requirement")],
    [],
    ["2024", "2024-10-01", "2025-05-02", "2025-06-10", "2025-05-16", "2025-07-01", "2028-06-30", "2025-06-03"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Utah: Logan City PD (price sheet + order form)
LCPD = "Logan City Police Department"
VT = "Veritone"
IDF = "Veritone IDentify"
doc("05_logan-city-pd-veritone-price-sheet-order.txt", [
    (None, """\
VERITONE, INC.
Public Sector - Law Enforcement Solutions

VERITONE IDENTIFY - STATE AND LOCAL GOVERNMENT PRICE SHEET
Effective January 1, 2025 through December 31, 2025
All prices in U.S. dollars. Subscriptions are annual and billed in
advance.

A. IDentify subscription (price per seat, per year)

   Tier   Seats in order    Price per seat      Searches
   ----   --------------    ----------------    ---------
   1      1-5 seats         $2,400.00           unlimited
   2      6-15 seats        $1,950.00           unlimited
   3      16-40 seats       $1,600.00           unlimited
   4      41 or more        call for pricing    unlimited

   The tier is set by the total number of IDentify seats in one
   order. Each seat is one named user.

B. One-time services
   Agency onboarding, booking photo ingestion and
   administrator training (remote)                  $3,000.00 per agency
   Ingestion of galleries over 250,000 images       $0.012 per image

C. Related products (not facial recognition)
   Veritone Track, person-of-interest tracking in
   video without biometrics, per seat per year      $1,200.00
   Veritone Redact, per seat per year                 $900.00

D. Terms
   - Prices exclude applicable taxes. Tax-exempt customers must
     provide a certificate.
   - IDentify searches only the booking photos the customer loads; it
     does not search the internet or social media.
   - Quotes based on this sheet are valid for 90 days.

Price sheet PS-ID-2025.1                  publicsector@veritone.example""", None),
    (None, """\
VERITONE ORDER FORM
Order No.: VT-UT-25-0142                         Date: April 22, 2025
Price sheet: PS-ID-2025.1

Customer:   Logan City Police Department
            62 West 300 North, Logan, UT 84321
Billing:    City of Logan - Finance Department, Accounts Payable
Contact:    Lt. Janessa Whitlock, (435) 555-0147
Customer PO: 25-00388               GL account: 10-4210-3110

Subscription term: May 1, 2025 - April 30, 2026 (12 months)
Tier selected:  [ ] Tier 1 (1-5)   [X] Tier 2 (6-15)   [ ] Tier 3 (16-40)

Ln  Item                           Qty   Unit price     Extended
--  -----------------------------  ---   ----------   ----------
1   Veritone IDentify seat,          8    $1,950.00   $15,600.00
    12-month subscription
2   Onboarding, ingestion and        1    $3,000.00    $3,000.00
    admin training (one-time)
3   Veritone Track seat,             2    $1,200.00    $2,400.00
    12-month subscription
                                       Subtotal       $21,000.00
                                       Utah sales tax      $0.00
                                       (exempt, cert. on file)
                                       Shipping            $0.00
                                       ORDER TOTAL    $21,000.00

Gallery to be loaded: about 61,000 booking photos from the Cache
County Jail, under the jail's data sharing agreement with the
Department.

Customer acknowledgments (initialed by the Department):
 JW  Each IDentify user must complete Veritone's online IDentify
     course before the account is activated.
 JW  Under LCPD Policy 427, IDentify is used only to develop leads on
     suspects, victims and witnesses in criminal cases.
 JW  A possible match is an investigative lead and must be confirmed
     by the investigating officer before any arrest.

Authorized for customer: ______________________   Date: __________
                         Chief of Police""", None),
], "pdf", LCPD,
    [LCPD, "City of Logan", "Cache County Jail"],
    [VT],
    [IDF, "Veritone Track", "Veritone Redact"],
    [C(15600, 15600, "year", "1   Veritone IDentify seat,          8    $1,950.00   $15,600.00", LCPD, VT, IDF),
     C(1950, 1950, "year", "1   Veritone IDentify seat,          8    $1,950.00", LCPD, VT, IDF, unit="per user"),
     C(3000, 3000, "one-time", "2   Onboarding, ingestion and        1    $3,000.00    $3,000.00", LCPD, VT, IDF)],
    [N(8, "exact", "licenses", None, "1   Veritone IDentify seat,          8", LCPD, VT),
     N(61000, "approximately", "images", None, "about 61,000 booking photos from the Cache County Jail", LCPD, VT)],
    [P("Each IDentify user must complete Veritone's online IDentify course before the account is activated.",
       LCPD, "requirement"),
     P("Under LCPD Policy 427, IDentify is used only to develop leads on suspects, victims and witnesses in "
       "criminal cases.", LCPD, "purpose"),
     P("A possible match is an investigative lead and must be confirmed by the investigating officer before any "
       "arrest.", LCPD, "disclaimer")],
    [],
    ["2025-01-01", "2025-12-31", "2025-04-22", "2025-05-01", "2026-04-30"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Maine: Biddeford PD (local news article)
BPD = "Biddeford Police Department"
MSP = "Maine State Police"
doc("06_biddeford-pd-clearview-news-article.txt", [
    (None, """\
THE SACO BAY CURRENT
Local news for Biddeford, Saco and Old Orchard Beach

Records: Biddeford police paid for Clearview AI before state law
ended direct use of face searches

By Hollis Tran, Staff Writer
April 9, 2025

BIDDEFORD - The Biddeford Police Department paid $4,950 for a
one-year Clearview AI subscription in late 2020, months before Maine
lawmakers barred most government use of facial recognition,
according to records the city released to the Current this week.

The records, obtained under Maine's Freedom of Access Act, include an
invoice dated Dec. 8, 2020, a list of user accounts and a search log.
Three detectives had accounts and together ran 176 searches during
the subscription year, the log shows. The department did not renew:
a $5,400 renewal invoice Clearview sent in November 2021 was never
paid, city Finance Director Paula Goudreau said.

Since October 2021, state law (25 M.R.S. sec. 6001 to 6006) has
barred Maine police from running facial recognition searches
themselves. An officer may instead ask the Maine State Police or the
Bureau of Motor Vehicles to run a search, but only with probable
cause to believe that an unidentified person in an image committed a
serious crime.

Biddeford has sent 23 such requests to the State Police since the
law took effect, according to a request log the department provided.

"We follow the statute to the letter," Chief Marc Dufresne said.

The department's written policy, adopted in February 2022, says
officers "shall not use any facial recognition application on a
personal or department device." It also says a result returned by
the State Police "is an investigative lead only and is not probable
cause to arrest." An officer who breaks the policy faces discipline
up to and including dismissal, the policy states.""", None),
    (None, """\
Other departments

The Maine State Police ran 212 facial recognition searches for other
agencies in 2024, up from 145 in 2023, a 46 percent increase,
according to the agency's annual report to the Legislature.

The Sanford Police Department sent 31 requests to the State Police
over the same two years, its records clerk said. The Saco Police
Department said it has never used facial recognition software.

The Kennebec County Sheriff's Office paid $2,000 for a Clearview
license in 2020, records released to the Current last year show.

Clearview, based in New York, says its database holds more than 50
billion images collected from the public internet.

A bill before the Legislature this session, LD 1342, would require
every department to publish an annual count of the requests it sends
to the State Police. It has not had a committee vote.

Biddeford, a city of about 22,000 residents, charged the Current $15
for copies of the records.

Hollis Tran can be reached at htran@sacobaycurrent.example.""", None),
], "pdf", BPD,
    [BPD, MSP, "Maine Bureau of Motor Vehicles", "Sanford Police Department", "Saco Police Department",
     "Kennebec County Sheriff's Office", "Maine Legislature"],
    [CV],
    [],
    [C(4950, 4950, "year", "paid $4,950 for a one-year Clearview AI subscription", BPD, CV),
     C(2000, 2000, None, "paid $2,000 for a Clearview license in 2020", "Kennebec County Sheriff's Office", CV)],
    [N(3, "exact", "users", None, "Three detectives had accounts", BPD, CV),
     N(176, "exact", "searches", "year", "together ran 176 searches during the subscription year", BPD, CV),
     N(23, "exact", "requests", None, "Biddeford has sent 23 such requests to the State Police", BPD, None),
     N(212, "exact", "searches", "year", "The Maine State Police ran 212 facial recognition searches for other "
       "agencies in 2024", MSP, None),
     N(145, "exact", "searches", "year", "up from 145 in 2023", MSP, None),
     N(31, "exact", "requests", None, "The Sanford Police Department sent 31 requests to the State Police",
       "Sanford Police Department", None),
     N(50000000000, "more than", "images", None, "its database holds more than 50 billion images", None, CV)],
    [P("state law (25 M.R.S. sec. 6001 to 6006) has barred Maine police from running facial recognition searches "
       "themselves.", BPD, "prohibition"),
     P("An officer may instead ask the Maine State Police or the Bureau of Motor Vehicles to run a search, but "
       "only with probable cause to believe that an unidentified person in an image committed a serious crime.",
       BPD, "permission"),
     P("shall not use any facial recognition application on a personal or department device.", BPD, "prohibition"),
     P("is an investigative lead only and is not probable cause to arrest.", BPD, "disclaimer"),
     P("An officer who breaks the policy faces discipline up to and including dismissal, the policy states.", BPD,
       "consequence")],
    [],
    ["2025-04-09", "2020", "2020-12-08", "2021-11", "2021-10", "2022-02", "2024", "2023"],
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
