"""Writes docs/*.txt and labels.json for holdout77 (six invented releases: AR, DE, MS, NH, OR, UT).
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



# ---------------------------------------------------------------- 1 Arkansas: Hot Springs PD
HSPD = "Hot Springs Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("01_hot-springs-pd-vigilant-facesearch-invoice.txt", [
    (None, """\
MOTOROLA SOLUTIONS, INC.
Vigilant Solutions - Software Enterprise Billing
500 W. Monroe Street, Suite 4400, Chicago, IL 60661 | (866) 555-0142

                                                               INVOICE
Invoice No.:   7341190826                  Invoice Date:  08/05/2024
Customer No.:  1000482217                  Due Date:      09/04/2024
Customer PO:   HSPD-24-0391                Terms:         Net 30
Agreement:     VS-AR-0117, dated August 22, 2022 (three agreement
               years, 09/01/2022 - 08/31/2025)

BILL TO                                  END USER
City of Hot Springs                      Hot Springs Police Department
Accounts Payable                         Criminal Investigation Division
133 Convention Boulevard                 641 Malvern Avenue
Hot Springs, AR 71901                    Hot Springs, AR 71901
                                         Attn: Sgt. Corbin Alvarado

Ln  Description / service period             Qty   Unit Price      Amount
--  ---------------------------------------  ---  -----------  ----------
1   Vigilant FaceSearch agency subscription    1    14,400.00   14,400.00
    (unlimited searches), agreement year 3
    Service: 09/01/2024 - 08/31/2025
2   FaceSearch Mobile user licenses            8       375.00    3,000.00
    Service: 09/01/2024 - 08/31/2025
3   LEARN LPR data access, agency license      1     6,250.00    6,250.00
    Service: 09/01/2024 - 08/31/2025
4   Gallery import and enrollment of Garland        one-time     1,850.00
    County Detention Center booking photos
    (approx. 62,000 images)
5   CREDIT MEMO CM-7341-0211 - unused                             -325.00
    FaceSearch Mobile licenses, prior term
    03/01/2024 - 08/31/2024, prorated
                                                               ----------
                                                 Subtotal      25,175.00
                          Sales tax (SaaS, not taxable in AR)       0.00
                                                 TOTAL DUE     25,175.00""", "Page 1 of 2"),
    (None, """\
Invoice No. 7341190826 (continued)

REMIT TO
  By check:   Motorola Solutions, Inc.
              P.O. Box 404059
              Atlanta, GA 30384-4059
  By ACH:     Bank of America, N.A., ABA 071000039
              Account 8765-021344
  Reference the invoice number on every payment. Do not send payments
  to the Chicago office address.

ACCOUNT NOTES
- FaceSearch gallery for your agency at invoice date: 148,312 enrolled
  images (HSPD and Garland County Detention Center booking photos).
- Under agreement VS-AR-0117, FaceSearch charges for the three
  agreement years may not exceed $60,000 in total. LEARN charges are
  outside this cap.
- The agreement year 2 FaceSearch subscription was invoiced at $13,800
  (invoice 7341187702, paid 09/18/2023).
- Past-due balances accrue 1.5% per month. Federal Tax ID 36-1115877.

TERMS OF USE REMINDER
Under section 4.2 of the FaceSearch End User License Agreement, a
FaceSearch candidate is an investigative lead only and shall not be
used as the sole basis for an arrest or a warrant.

-----------------------------------------------------------------------
CITY OF HOT SPRINGS - FINANCE DEPT.            RECEIVED  AUG 12 2024
Approved for payment: Lt. R. Tidwell, 08/14/2024
  Acct 010-2110-5312 (Police - software)    $18,925.00
  Acct 010-2110-5318 (Police - LPR data)     $6,250.00
Check/EFT no.: ______________   Entered by: ____""", "Page 2 of 2"),
], "pdf", HSPD,
    [HSPD, "City of Hot Springs", "Garland County Detention Center"],
    [MSI, "Vigilant Solutions"],
    [VFS, "FaceSearch Mobile", "LEARN"],
    [C(14400, 14400, "year", "1   Vigilant FaceSearch agency subscription    1    14,400.00   14,400.00",
       HSPD, MSI, VFS),
     C(3000, 3000, "year", "2   FaceSearch Mobile user licenses            8       375.00    3,000.00",
       HSPD, MSI, "FaceSearch Mobile"),
     C(375, 375, "year", "2   FaceSearch Mobile user licenses            8       375.00",
       HSPD, MSI, "FaceSearch Mobile", unit="per user"),
     C(1850, 1850, "one-time", "one-time     1,850.00", HSPD, MSI, VFS),
     C(None, 60000, None, "may not exceed $60,000 in total", HSPD, MSI, VFS),
     C(13800, 13800, "year", "FaceSearch subscription was invoiced at $13,800", HSPD, MSI, VFS),
     C(18925, 18925, None, "Acct 010-2110-5312 (Police - software)    $18,925.00", HSPD, MSI, VFS)],
    [N(8, "exact", "licenses", None, "2   FaceSearch Mobile user licenses            8", HSPD, MSI),
     N(62000, "approximately", "images", None, "(approx. 62,000 images)", HSPD, MSI),
     N(148312, "exact", "images", None, "FaceSearch gallery for your agency at invoice date: 148,312 enrolled images",
       HSPD, MSI)],
    [P("a FaceSearch candidate is an investigative lead only and shall not be used as the sole basis for an "
       "arrest or a warrant.", HSPD, "disclaimer")],
    [],
    ["2024-08-05", "2024-09-04", "2022-08-22", "2022-09-01", "2025-08-31", "2024-09-01", "2024-03-01",
     "2024-08-31", "2023-09-18", "2024-08-12", "2024-08-14"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Oregon: Tigard PD
TPD = "Tigard Police Department"
CV = "Clearview AI"
WCSO = "Washington County Sheriff's Office (Oregon)"
doc("02_tigard-pd-clearview-sole-source-city-manager-memo.txt", [
    (None, """\
CITY OF TIGARD, OREGON
13125 SW Hall Boulevard, Tigard, OR 97223

MEMORANDUM

TO:        Local Contract Review Board (Mayor and City Council)
FROM:      Rowan Espinoza-Hart, City Manager
PREPARED:  Capt. Desmond Farrelly, Tigard Police Department
DATE:      February 20, 2024
SUBJECT:   Sole-source purchase - Clearview AI investigative facial
           recognition subscription (LCRB agenda item 4.3)

RECOMMENDATION
I recommend that the Board find that Clearview AI, Inc. is the only
source for the service described below, approve a two-year agreement
with Clearview AI in an amount not to exceed $38,000, and authorize me
to sign it.

BACKGROUND
Until June 2020 Tigard detectives sent photographs of unidentified
suspects to the Washington County Sheriff's Office, whose Amazon
Rekognition tool reportedly cost that office between $6 and $12 a
month. That arrangement ended when Amazon suspended police use of
Rekognition. Since then the Department has had no facial recognition
tool of its own.

In November 2023 Clearview AI gave the Department a free 30-day trial.
Four detectives ran 57 searches during the trial. The trial account
has been closed.

COST COMPARISON
Staff asked three vendors for two-year pricing for 10 investigator
users. Figures exclude the contingency discussed under Fiscal Impact.

                         Clearview AI   DataWorks Plus   LexisNexis
                                        FACE Plus        Accurint VCC
-----------------------  ------------   --------------   -------------
Annual subscription       $17,500.00      $24,000.00       $15,600.00
One-time setup/training     included      $31,000.00        $2,500.00
Two-year total            $35,000.00      $79,000.00       $33,700.00
Gallery searched          public web      photos the       member-agency
                          images          City supplies    booking photos""", "LCRB 02/27/2024 - Item 4.3 - Page 1"),
    (None, """\
SOLE-SOURCE FINDING
Although the LexisNexis price is lower, its gallery holds booking
photographs only from agencies that contribute to it, and no Oregon
agency does. DataWorks Plus would search only photographs that the
City supplies, and the City keeps no booking photographs of its own.
Clearview AI is the only vendor whose service searches publicly
available web images; Clearview states that its database holds more
than 40 billion facial images. Staff therefore finds, under ORS
279B.075 and Tigard Public Contracting Rule 30.0125, that Clearview AI
is the only source that meets the Department's need.

FISCAL IMPACT
Clearview's quote prices the service at $1,750 per user per year for
up to 10 users ($17,500 a year, $35,000 for two years). The
not-to-exceed amount adds a 10% contingency for additional users and
is rounded to $38,000. Year 1 will be paid in part by a $9,500 Edward
Byrne JAG award from the Oregon Criminal Justice Commission; the rest
comes from the Police Department's professional services account
(100-4310-52200) in the FY 2023-24 and FY 2024-25 budgets.

USE AND OVERSIGHT
Tigard Police Department Policy 344 (Investigative Technology) will
govern use of the service. Under Policy 344, only detectives assigned
to the Investigations Division may hold an account, and every search
must be tied to a case number. A possible match is an investigative
lead and may not be the sole basis for an arrest.

Oregon has no statute regulating investigative facial recognition
searches, and there is no City ordinance prohibiting them. A
stand-alone facial recognition directive (draft 6.14) will be brought
to Council with the first annual use report in 2025.

ATTACHMENTS
A. Clearview AI quote Q-TIG-2024-0117 (January 31, 2024)
B. Sole-source justification form (Purchasing, rev. 2019)
C. Tigard Police Department Policy 344

Contact: Capt. Desmond Farrelly, (503) 555-0171""", "LCRB 02/27/2024 - Item 4.3 - Page 2"),
], "pdf", TPD,
    [TPD, "City of Tigard", WCSO, "Oregon Criminal Justice Commission"],
    [CV, "Amazon Web Services", "DataWorks Plus", "LexisNexis Risk Solutions"],
    ["Amazon Rekognition", "FACE Plus", "Accurint Virtual Crime Center"],
    [C(None, 38000, None, "an amount not to exceed $38,000", TPD, CV),
     C(6, 12, "month", "between $6 and $12 a month", WCSO, "Amazon Web Services", "Amazon Rekognition"),
     C(17500, 17500, "year", "Annual subscription       $17,500.00", TPD, CV),
     C(35000, 35000, None, "Two-year total            $35,000.00", TPD, CV),
     C(1750, 1750, "year", "$1,750 per user per year", TPD, CV, unit="per user"),
     C(9500, 9500, "one-time", "$9,500 Edward Byrne JAG award", TPD, None)],
    [N(4, "exact", "users", None, "Four detectives ran 57 searches", TPD, CV),
     N(57, "exact", "searches", None, "Four detectives ran 57 searches", TPD, CV),
     N(10, "exact", "licenses", None, "two-year pricing for 10 investigator users", TPD, CV),
     N(40000000000, "more than", "images", None, "more than 40 billion facial images", None, CV)],
    [P("only detectives assigned to the Investigations Division may hold an account", TPD, "permission"),
     P("every search must be tied to a case number", TPD, "requirement"),
     P("A possible match is an investigative lead and may not be the sole basis for an arrest.", TPD,
       "disclaimer")],
    [],
    ["2024-02-20", "2024-02-27", "2020-06", "2023-11", "2025", "2024-01-31", "2019"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Delaware: Middletown PD
MPD = "Middletown Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan"
DIAC = "Delaware Information and Analysis Center"
SUBJ3 = "FaceVACS-DBScan seats and gallery size - Middletown PD"
doc("03_middletown-pd-cognitec-apple-mail-forward.txt", [
    (None, """\
From: Lena Pruitt <lpruitt@middletown.delaware.gov>
Subject: Fwd: FaceVACS-DBScan seats and gallery size - Middletown PD
Date: March 8, 2024 at 9:05:17 AM EST
To: Gideon Farrow <gfarrow@middletown.delaware.gov>

Lieutenant,

Forwarding Ryan's answers from Cognitec. Short version: 4 seats, the
small gallery tier and one day of training. All in, getting started
comes to $29,050, and after that it is $14,480 a year (seats plus
server maintenance). The $25,000 DCJC grant covers most of that first
outlay. The examiner workstation (about $2,340) is a separate IT
purchase and I left it out.

I'd still send the bigger cases to DIAC, since their gallery is far
larger than ours.

Lena

Sgt. Lena Pruitt
Criminal Investigations Unit
Middletown Police Department
130 Hampden Road, Middletown, DE 19709 | 302-555-0166

Begin forwarded message:

From: Ryan Kessler <ryan.kessler@cognitec.com>
Subject: Re: FaceVACS-DBScan seats and gallery size - Middletown PD
Date: March 7, 2024 at 3:12:44 PM EST
To: Lena Pruitt <lpruitt@middletown.delaware.gov>

Hi Sgt. Pruitt,

Answers inline below.

Ryan Kessler | Senior Sales Engineer, Public Safety
Cognitec Systems Corp. | m. 240-555-0119

> On Mar 6, 2024, at 10:41 AM, Lena Pruitt
> <lpruitt@middletown.delaware.gov> wrote:
>
> Ryan - three questions before I take this to the Lieutenant.""", "MPD FOIA 24-031 0007"),
    (None, """\
> 1. Seats. Six detectives and two analysts want access. Do we need
> eight seats, or can people share?

Named seats are $2,900 per seat per year. Seats can't be shared, but
most departments your size find that the people who actually run
searches every week are enough. New Castle County PD runs 3 seats for
a much bigger caseload. So 4 seats would be $11,600 per year.

> 2. Gallery. Our own arrest photos since 2009 come to about 14,200
> images. Is that enough to be worth it, and which tier do we need?

14,200 fits Tier S, which is licensed for up to 50,000 enrolled
images: a one-time server license of $16,000, plus software
maintenance at 18% a year ($2,880). You don't need Tier M (250,000
images, $27,500); if your gallery ever outgrows Tier S you pay only
the difference. To be candid, a 14,000-image gallery will miss most
people who have never been arrested in Middletown. DIAC's gallery of
about 1.1 million Delaware booking photos is the better first stop
for strangers.

> 3. Training?

One day on site for admins and examiners, $1,450 (one-time). Every
examiner must pass the FaceVACS examiner course before we activate
the seat; that's in our license terms.

> Also, FYI: under the DIAC MOU any candidate they send back is a
> lead only and has to be confirmed by our detective before any
> charging decision. And the Chief's Directive 24-02 says nobody
> runs a face search without an RMS case number. I assume the same
> goes for DBScan.

Yes - DBScan can make the case number a required field.

Best,
Ryan""", "MPD FOIA 24-031 0008"),
], "print", MPD,
    [MPD, DIAC, "New Castle County Police Department", "Delaware Criminal Justice Council"],
    [COG],
    [DBS],
    [C(29050, 29050, None, "getting started comes to $29,050", MPD, COG, DBS),
     C(14480, 14480, "year", "$14,480 a year (seats plus server maintenance)", MPD, COG, DBS),
     C(25000, 25000, "one-time", "The $25,000 DCJC grant", MPD, None),
     C(2900, 2900, "year", "Named seats are $2,900 per seat per year.", MPD, COG, DBS, unit="per user"),
     C(11600, 11600, "year", "So 4 seats would be $11,600 per year.", MPD, COG, DBS),
     C(16000, 16000, "one-time", "a one-time server license of $16,000", MPD, COG, DBS),
     C(2880, 2880, "year", "maintenance at 18% a year ($2,880)", MPD, COG, DBS),
     C(1450, 1450, "one-time", "$1,450 (one-time)", MPD, COG, DBS)],
    [N(4, "exact", "licenses", None, "Short version: 4 seats", MPD, COG),
     N(3, "exact", "licenses", None, "New Castle County PD runs 3 seats", "New Castle County Police Department", COG),
     N(14200, "approximately", "images", None, "Our own arrest photos since 2009 come to about 14,200 images",
       MPD, COG),
     N(1100000, "approximately", "images", None, "about 1.1 million Delaware booking photos", DIAC, None)],
    [P("Every examiner must pass the FaceVACS examiner course before we activate the seat", MPD, "requirement"),
     P("under the DIAC MOU any candidate they send back is a lead only and has to be confirmed by our detective "
       "before any charging decision.", MPD, "disclaimer"),
     P("the Chief's Directive 24-02 says nobody runs a face search without an RMS case number.", MPD,
       "requirement")],
    [E("Lena Pruitt", "Gideon Farrow", "March 8, 2024 at 9:05:17 AM EST", "Fwd: " + SUBJ3),
     E("Ryan Kessler", "Lena Pruitt", "March 7, 2024 at 3:12:44 PM EST", "Re: " + SUBJ3),
     E("Lena Pruitt", "Ryan Kessler", "Mar 6, 2024, at 10:41 AM", None)],
    ["2024-03-08", "2024-03-07", "2024-03-06", "2009"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 New Hampshire: Lebanon PD
LPD = "Lebanon Police Department"
doc("04_lebanon-pd-sop-facial-recognition-searches.txt", [
    (None, """\
LEBANON POLICE DEPARTMENT
36 Poverty Lane, Lebanon, New Hampshire 03766

STANDARD OPERATING PROCEDURE

SOP Number:      2.41
Subject:         Facial Recognition Searches
Effective Date:  January 15, 2024            Review Date: January 2025
Supersedes:      Memorandum 21-07 (May 10, 2021)
Approved:        Kendra Ashworth-Vale, Chief of Police

I. PURPOSE
This SOP sets out how members of the Lebanon Police Department may use
facial recognition technology (FRT) in criminal investigations, and
how searches are audited and records kept.

II. POLICY
The Department uses FRT only to develop investigative leads. FRT is
not used for live or real-time identification, and it is not used to
monitor crowds or lawful assemblies.

III. DEFINITIONS
A. Facial recognition search: submitting a probe image to the
   Department's Clearview AI account, or asking another agency to
   search its system, in order to obtain possible matches.
B. Probe image: the image of the unknown person that is searched.
C. FRT Coordinator: the Investigations Lieutenant or a designee.

IV. PROCEDURES
A. Authorized users
   1. The Department maintains no more than six (6) Clearview AI
      user accounts, assigned by the FRT Coordinator.
   2. Only detectives and the crime analyst who have completed the
      vendor's online course and the Department's two-hour FRT
      ethics block may be issued an account.
   3. Accounts shall not be shared, and passwords shall not be
      disclosed to any other person.
B. Permitted uses
   1. A search may be run only in connection with an open criminal
      investigation that has a Department case number, to identify a
      deceased person, or to identify a person who cannot identify
      himself or herself because of a medical condition.""", "SOP 2.41 - Page 1 of 3"),
    (None, """\
C. Prohibited uses
   1. Members shall not run a search based solely on a person's race,
      religion, political affiliation or participation in a lawful
      protest.
   2. Members shall not apply FRT to recordings from body-worn
      cameras, which RSA 105-D:2, XII also forbids.
   3. Members shall not use a personal account or a free trial of any
      FRT product for Department business.
D. Submitting a search
   1. Before each search the user shall enter the case number and the
      offense in the search notes field.
   2. Requests to the New Hampshire State Police or the New Hampshire
      Information and Analysis Center shall be made in writing through
      the FRT Coordinator.
E. Use of results
   1. A possible match is an investigative lead only. It is not
      probable cause to arrest and shall not be the sole basis for an
      arrest, a search warrant or a photo array.
   2. Before any lead is acted on, a second trained user shall review
      the probe image and the candidate.
F. Requests from other agencies
   1. Searches for another agency may be run only with the FRT
      Coordinator's approval and only for a criminal investigation
      with that agency's case number.

V. AUDIT AND RETENTION
A. The FRT Coordinator shall audit the Clearview AI search log each
   quarter and report the results to the Chief in writing.
B. Each audit shall review at least ten (10) percent of the quarter's
   searches and confirm that each had a case number and a permitted
   purpose.
C. Search logs and audit reports shall be retained for three (3)
   years. Probe images not attached to a case file shall be deleted
   after 90 days.
D. Records created under this SOP are governmental records under
   RSA 91-A and are released as that chapter provides.""", "SOP 2.41 - Page 2 of 3"),
    (None, """\
VI. VIOLATIONS
A. A member who uses FRT in violation of this SOP shall lose access
   to the system and may be subject to discipline up to and including
   termination.
B. Misuse that may be a crime will be referred to the Grafton County
   Attorney's Office.

VII. ANNUAL REPORT
A. Each January the FRT Coordinator shall publish the number of
   searches run in the prior calendar year, the number run for other
   agencies, and the cost of the service.
B. For reference, the first report (January 2024) stated that the
   Department ran 143 searches in 2023, that 22 of them were run for
   other agencies, and that the Clearview AI subscription costs
   $5,400 a year.

VIII. PROPOSED AMENDMENT (NOT IN EFFECT)
The Chief has asked the FRT Coordinator to draft a section that would
allow FRT to be used to identify missing juveniles from social media
images. The draft has not been adopted and may not be relied on.

IX. NOTE ON SCOPE
This SOP does not prohibit members from viewing publicly available
social media, and there is no Department policy restricting the
manual comparison of photographs by investigators.

Distribution: All sworn members; Records; Dispatch supervisors.
Acknowledged in PowerDMS by 41 members as of January 31, 2024.""", "SOP 2.41 - Page 3 of 3"),
], "pdf", LPD,
    [LPD, "New Hampshire State Police", "New Hampshire Information and Analysis Center",
     "Grafton County Attorney's Office"],
    [CV],
    [],
    [C(5400, 5400, "year", "the Clearview AI subscription costs $5,400 a year", LPD, CV)],
    [N(6, "up to", "licenses", None, "no more than six (6) Clearview AI user accounts", LPD, CV),
     N(143, "exact", "searches", "year", "the Department ran 143 searches in 2023", LPD, CV),
     N(22, "exact", "requests", "year", "22 of them were run for other agencies", LPD, CV)],
    [P("The Department uses FRT only to develop investigative leads.", LPD, "purpose"),
     P("FRT is not used for live or real-time identification, and it is not used to monitor crowds or lawful "
       "assemblies.", LPD, "prohibition"),
     P("The Department maintains no more than six (6) Clearview AI user accounts, assigned by the FRT "
       "Coordinator.", LPD, "requirement"),
     P("Only detectives and the crime analyst who have completed the vendor's online course and the "
       "Department's two-hour FRT ethics block may be issued an account.", LPD, "permission"),
     P("Accounts shall not be shared, and passwords shall not be disclosed to any other person.", LPD,
       "prohibition"),
     P("A search may be run only in connection with an open criminal investigation that has a Department case "
       "number, to identify a deceased person, or to identify a person who cannot identify himself or herself "
       "because of a medical condition.", LPD, "purpose"),
     P("Members shall not run a search based solely on a person's race, religion, political affiliation or "
       "participation in a lawful protest.", LPD, "prohibition"),
     P("Members shall not apply FRT to recordings from body-worn cameras, which RSA 105-D:2, XII also forbids.",
       LPD, "prohibition"),
     P("Members shall not use a personal account or a free trial of any FRT product for Department business.",
       LPD, "prohibition"),
     P("Before each search the user shall enter the case number and the offense in the search notes field.",
       LPD, "requirement"),
     P("Requests to the New Hampshire State Police or the New Hampshire Information and Analysis Center shall "
       "be made in writing through the FRT Coordinator.", LPD, "requirement"),
     P("A possible match is an investigative lead only.", LPD, "disclaimer"),
     P("It is not probable cause to arrest and shall not be the sole basis for an arrest, a search warrant or a "
       "photo array.", LPD, "disclaimer"),
     P("Before any lead is acted on, a second trained user shall review the probe image and the candidate.",
       LPD, "requirement"),
     P("Searches for another agency may be run only with the FRT Coordinator's approval and only for a criminal "
       "investigation with that agency's case number.", LPD, "permission"),
     P("The FRT Coordinator shall audit the Clearview AI search log each quarter and report the results to the "
       "Chief in writing.", LPD, "requirement"),
     P("Each audit shall review at least ten (10) percent of the quarter's searches and confirm that each had a "
       "case number and a permitted purpose.", LPD, "requirement"),
     P("Search logs and audit reports shall be retained for three (3) years.", LPD, "requirement"),
     P("Probe images not attached to a case file shall be deleted after 90 days.", LPD, "requirement"),
     P("A member who uses FRT in violation of this SOP shall lose access to the system and may be subject to "
       "discipline up to and including termination.", LPD, "consequence"),
     P("Misuse that may be a crime will be referred to the Grafton County Attorney's Office.", LPD,
       "consequence"),
     P("Each January the FRT Coordinator shall publish the number of searches run in the prior calendar year, "
       "the number run for other agencies, and the cost of the service.", LPD, "requirement")],
    [],
    ["2024-01-15", "2025-01", "2021-05-10", "2024-01", "2023", "2024-01-31"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Utah: Draper PD
DPD = "Draper Police Department"
SIAC = "Utah Statewide Information and Analysis Center"
MONTHS = [("01", 38, 2), ("02", 41, 1), ("03", 47, 3), ("04", 35, 0), ("05", 52, 2), ("06", 44, 1),
          ("07", 12, 2), ("08", 39, 1), ("09", 43, 2), ("10", 50, 1), ("11", 46, 2), ("12", 40, 2)]
CSV5 = """\
"month","cv_searches","pct_case_no","siac_req","siac_cand","notes"
"2023-01","38","100%","2","1",""
"2023-02","41","98%","1","0","1 search w/o case no.; Lt. Haskell reviewed"
"2023-03","47","100%","3","1",""
"2023-04","35","100%","0","0",""
"2023-05","52","100%","2","1",""
"2023-06","44","100%","1","0",""
"2023-07","12","100%","2","1","access suspended 7/5-7/26 (renewal)"
"2023-08","39","100%","1","0","Sandy PD request declined (Policy 611)"
"2023-09","43","100%","2","1",""
"2023-10","50","100%","1","1","2 new accounts (Det. Ruiz, Det. Oakes)"
"2023-11","46","100%","2","0","Clearview annual renewal $9,250 paid 7/26"
"2023-12","40","100%","2","1","Q4 audit done 1/5/24: no exceptions"
"TOTAL","487","","19","7","pct not totalled; SIAC service is free\""""
assert sum(m[1] for m in MONTHS) == 487 and sum(m[2] for m in MONTHS) == 19
doc("05_draper-pd-monthly-fr-search-log-export.txt", [
    (None, """\
DRAPER POLICE DEPARTMENT - GRAMA REQUEST 24-0188
Responsive record 3 of 5: FR_search_log_2023.csv
Exported 01/09/2024 08:14 from the Clearview AI admin console and the
CID request tracker; printed as plain text. Clearview accounts active
at export: 5.

""" + CSV5 + """

Column key (Records Bureau cover note):
cv_searches   searches run in Clearview AI by Draper users
pct_case_no   share of those searches with a case number entered
siac_req      photos sent to the Utah Statewide Information and
              Analysis Center (SIAC) for a DPS face search
siac_cand     SIAC replies that returned a possible match

Notes from the Records Bureau:
- Department Policy 611 requires a case number for every Clearview
  search. Under Policy 611, Clearview may be used only for Draper
  cases; requests from other agencies are declined.
- Requests to SIAC must be made in writing on the DPS request form.
- The renewal note was entered in the November row by mistake; the
  payment was made in July 2023 on PO 23-0457.
- Rows are calendar months. Nothing has been redacted from this
  record.""", "GRAMA 24-0188 - 000003"),
], "pdf", DPD,
    [DPD, SIAC, "Utah Department of Public Safety", "Sandy Police Department"],
    [CV],
    [],
    [C(9250, 9250, "year", "Clearview annual renewal $9,250", DPD, CV)],
    [N(5, "exact", "users", None, "Clearview accounts active\nat export: 5", DPD, CV)]
    + [N(cv, "exact", "searches", "month", f'"2023-{m}","{cv}"', DPD, CV) for m, cv, _ in MONTHS]
    + [N(sr, "exact", "requests", "month", f'"2023-{m}","{cv}","{pct}","{sr}"', DPD, None)
       for (m, cv, sr), pct in zip(MONTHS, ["100%", "98%"] + ["100%"] * 10) if sr]
    + [N(487, "exact", "searches", "year", '"TOTAL","487"', DPD, CV),
       N(19, "exact", "requests", "year", '"TOTAL","487","","19"', DPD, None),
       N(7, "exact", "matches", "year", '"TOTAL","487","","19","7"', DPD, None)],
    [P("Department Policy 611 requires a case number for every Clearview search.", DPD, "requirement"),
     P("Under Policy 611, Clearview may be used only for Draper cases; requests from other agencies are "
       "declined.", DPD, "purpose"),
     P("Requests to SIAC must be made in writing on the DPS request form.", DPD, "requirement")],
    [],
    ["2024-01-09", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08",
     "2023-09", "2023-10", "2023-11", "2023-12"])


# ---------------------------------------------------------------- 6 Mississippi: Forrest County SD
FCSD = "Forrest County Sheriff's Department"
DWP = "DataWorks Plus"
doc("06_forrest-county-sd-fy2025-decision-package.txt", [
    (None, """\
FORREST COUNTY, MISSISSIPPI
FY 2025 BUDGET REQUEST - DECISION PACKAGE
Fiscal year October 1, 2024 - September 30, 2025

Department:      Forrest County Sheriff's Department (Fund 001, 200)
Package no.:     SO-25-04                Department priority: 3 of 7
Title:           Investigative Facial Recognition - replace Clearview
                 AI with DataWorks Plus FACE Plus
Submitted by:    Sheriff Harlan Voss
Prepared by:     Maj. Teresa Quarles, Criminal Investigations Division
Date submitted:  June 14, 2024
To:              Board of Supervisors, through the County Administrator

1. PROBLEM STATEMENT
Since March 2023 investigators have used a Clearview AI subscription
with 3 investigator accounts. Clearview searches images from the
public web but not the Department's own booking photographs. The
Adult Detention Center's DataWorks Plus Digital PhotoManager system
holds 211,450 booking photographs going back to 1998, and none of
them can be searched by face today.

2. PROPOSED SOLUTION
Add the DataWorks Plus FACE Plus module to the existing Digital
PhotoManager system, licensed for 5 concurrent users, and let the
Clearview AI subscription lapse when its term ends on September 30,
2024. The Lamar County Sheriff's Department reports paying $9,800 a
year for FACE Plus at its own jail.""", "SO-25-04  Page 1 of 3"),
    (None, """\
3. EXPENDITURE HISTORY AND REQUEST

Object  Description                   FY2023     FY2024     FY2025
                                      Actual   Estimate    Request
------  -------------------------  ---------  ---------  ---------
 52260  Digital PhotoManager           8,652      8,912      9,180
        maintenance (booking)
 52270  Clearview AI subscription      4,000      6,000          0
        (3 accounts)
 52270  FACE Plus module license,          0          0     24,600
        hosting and support, annual
 52280  FACE Plus implementation           0          0     11,500
        and data conversion, one-time
 54100  Examiner training and              0          0      1,900
        travel (2 examiners)
------  -------------------------  ---------  ---------  ---------
        Total                         12,652     14,912     47,180
FY2023 Clearview figure is a partial year (March - September 2023).

4. FUNDING
FY2025 request for the facial recognition lines                $38,000
  (24,600 + 11,500 + 1,900)
Less: JAG award, Mississippi Office of Public Safety
  Planning (one-time, subgrant 24-JAG-107)                       -7,000
New county funds requested for this package                     $31,000

Digital PhotoManager maintenance is already in the base budget and is
shown for context only; it is not part of this package. Ongoing cost
after FY2025 is about $25,300 a year (the FACE Plus annual fee plus
the vendor's 3% escalator).""", "SO-25-04  Page 2 of 3"),
    (None, """\
5. PERFORMANCE MEASURES
Measure                                   FY2023    FY2024*    FY2025
                                          Actual    to 5/31    Target
Clearview searches run                       118        161        --
Searches of county booking photos              0          0       400
Cases with a lead from a face search          21         30        45
* eight months, October 1, 2023 - May 31, 2024

6. CURRENT POLICY
Sheriff's General Order 4-117 (Facial Recognition), issued March 1,
2023, applies to Clearview today and will apply to FACE Plus. Under
it, a face search result is an investigative lead only and may not be
cited as probable cause in a warrant affidavit. Only investigators
assigned to Criminal Investigations who have completed vendor
training may hold an account. The order does not limit identity
checks by the Detention Center at booking, and no separate policy
covers that use.

7. IF NOT FUNDED
Investigators would keep Clearview at the FY2024 level ($6,000) and
booking photographs would remain unsearchable. The records-request
tracking software line ($1,200) cut in FY2024 is not affected.

8. STATUTORY NOTE
Budget filed under Miss. Code Ann. 19-11-7. Mississippi has no
statute on law enforcement use of facial recognition.

Budget Office use: Rec'd 06/17/2024  Reviewer: D. Pham
Budget hearing: August 6, 2024""", "SO-25-04  Page 3 of 3"),
], "pdf", FCSD,
    [FCSD, "Forrest County Board of Supervisors", "Forrest County Adult Detention Center",
     "Lamar County Sheriff's Department", "Mississippi Office of Public Safety Planning"],
    [CV, DWP],
    ["FACE Plus", "Digital PhotoManager"],
    [C(9800, 9800, "year", "paying $9,800 a\nyear for FACE Plus", "Lamar County Sheriff's Department", DWP,
       "FACE Plus"),
     C(4000, 4000, None, "Clearview AI subscription      4,000", FCSD, CV),
     C(6000, 6000, "year", "Clearview AI subscription      4,000      6,000", FCSD, CV),
     C(24600, 24600, "year", "FACE Plus module license,          0          0     24,600", FCSD, DWP, "FACE Plus"),
     C(11500, 11500, "one-time", "FACE Plus implementation           0          0     11,500", FCSD, DWP,
       "FACE Plus"),
     C(1900, 1900, None, "Examiner training and              0          0      1,900", FCSD, DWP, "FACE Plus"),
     C(38000, 38000, None, "FY2025 request for the facial recognition lines                $38,000", FCSD, DWP,
       "FACE Plus"),
     C(7000, 7000, "one-time", "Planning (one-time, subgrant 24-JAG-107)                       -7,000", FCSD, None),
     C(31000, 31000, None, "New county funds requested for this package                     $31,000", FCSD, DWP,
       "FACE Plus"),
     C(25300, 25300, "year", "about $25,300 a year", FCSD, DWP, "FACE Plus")],
    [N(3, "exact", "users", None, "with 3 investigator accounts", FCSD, CV),
     N(211450, "exact", "images", None, "holds 211,450 booking photographs", FCSD, DWP),
     N(5, "exact", "licenses", None, "licensed for 5 concurrent users", FCSD, DWP),
     N(118, "exact", "searches", "year", "Clearview searches run                       118", FCSD, CV),
     N(161, "exact", "searches", None, "Clearview searches run                       118        161", FCSD, CV),
     N(21, "exact", "leads", "year", "Cases with a lead from a face search          21", FCSD, CV),
     N(30, "exact", "leads", None, "Cases with a lead from a face search          21         30", FCSD, CV)],
    [P("a face search result is an investigative lead only and may not be cited as probable cause in a warrant "
       "affidavit.", FCSD, "disclaimer"),
     P("Only investigators assigned to Criminal Investigations who have completed vendor training may hold an "
       "account.", FCSD, "permission")],
    [],
    ["2024-10-01", "2025-09-30", "2024-06-14", "2023-03", "1998", "2024-09-30", "2023-09", "2023-10-01",
     "2024-05-31", "2023-03-01", "2024-06-17", "2024-08-06"],
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
