"""Writes docs/*.txt and labels.json for holdout61 (six invented releases: NV, LA, KS, CT, ID, MS).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on every policy
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


# ---------------------------------------------------------------- 1 Nevada: Nye County SO (Gmail print)
NCSO = "Nye County Sheriff's Office"
CV = "Clearview AI"
LNRS = "LexisNexis Risk Solutions"
NV_SUBJ = "Face search subscription - FY26 budget request (Clearview / Accurint)"
NV_HEAD = "2/20/25, 3:41 PM   Nye County Sheriff's Office Mail - Face search subscr..."
NV_URL = "https://mail.google.com/mail/u/0/?ik=8c41d0e2aa&view=pt&search=all"
doc("01_nye-county-so-face-search-budget-gmail.txt", [
    (NV_HEAD, """\
Gmail                                 Dana Pruitt <dpruitt@nyecountynv.gov>

Face search subscription - FY26 budget request (Clearview / Accurint)
4 messages

Dana Pruitt <dpruitt@nyecountynv.gov>           Tue, Feb 4, 2025 at 9:12 AM
To: Harlan Voss <hvoss@nyecountynv.gov>
Cc: Marisol Trejo <mtrejo@nyecountynv.gov>

Undersheriff Voss,

The Clearview AI trial account closed on January 31. Before I put a
line in the FY2025-26 budget request I got two written quotes:

  - Clearview AI, Nevada public-safety pricing: $2,000 per user per
    year, 5 users, $10,000 for the year.
  - LexisNexis Risk Solutions: the face search add-on for Accurint
    Virtual Crime Center, $6,480 a year for the whole agency. We
    already pay $14,200 a year for Accurint itself (person search,
    not face recognition), and that does not change either way.

During the 92-day trial (Nov 1 through Jan 31) four detectives ran
212 searches. The Accurint add-on would only search booking photos
from agencies that contribute to the Virtual Crime Center, and today
that does not include the Nye County Detention Center.

Three questions before I answer the Budget office (due Feb 14):

1. Five seats, or fewer?
2. Does the Sheriff want a written policy in place before we buy?
3. Town of Pahrump code enforcement has asked whether we can run
   photos for them. Can we?

Dana

Det. Sgt. Dana Pruitt | Investigations Bureau
Nye County Sheriff's Office | 1520 E. Basin Ave., Pahrump, NV 89060
(775) 555-0142""", NV_URL + "    1/3"),
    (NV_HEAD, """\
Harlan Voss <hvoss@nyecountynv.gov>             Tue, Feb 4, 2025 at 2:37 PM
To: Dana Pruitt <dpruitt@nyecountynv.gov>
Cc: Marisol Trejo <mtrejo@nyecountynv.gov>

Answers inline.

On Tue, Feb 4, 2025 at 9:12 AM Dana Pruitt <dpruitt@nyecountynv.gov>
wrote:
> 1. Five seats, or fewer?

Four. The budget will not carry five, and the same four people ran
every search in the trial.

> 2. Does the Sheriff want a written policy in place before we buy?

Yes. No account goes live until the new policy 612 is signed. Until
then the trial rules stay in force. A search may be run only for an
open NCSO criminal case. The case number goes in the notes field of
every search. A possible match is an investigative lead, never
probable cause on its own.

> 3. Town of Pahrump code enforcement has asked whether we can run
> photos for them. Can we?

No. Nobody runs a face search for code enforcement, civil matters or
any other non-criminal purpose. Tell them so in writing.

Drop the Accurint add-on. If it can't search our own jail photos it
isn't worth $6,480.

HV

Harlan Voss, Undersheriff
Nye County Sheriff's Office | (775) 555-0100""", NV_URL + "    2/3"),
    (NV_HEAD, """\
Shauna Kirby <skirby@clearview.ai>             Wed, Feb 5, 2025 at 11:05 AM
To: Dana Pruitt <dpruitt@nyecountynv.gov>

Hi Sergeant Pruitt,

Thanks for the call this morning. Revised pricing for four users:

    Clearview AI investigative subscription
    4 users x $2,000.00 per user per year ........... $8,000.00
    Term: 12 months from activation
    Three-year option (if signed by March 31) ....... $22,800.00 total

All accounts include unlimited searches against our database of over
60 billion publicly available images, plus Clearview Mobile. Nevada
agencies are not charged sales tax on subscriptions.

Best,
Shauna Kirby | Government Account Executive | Clearview AI
(646) 555-0199

Dana Pruitt <dpruitt@nyecountynv.gov>           Wed, Feb 5, 2025 at 1:48 PM
To: Marisol Trejo <mtrejo@nyecountynv.gov>
Cc: Harlan Voss <hvoss@nyecountynv.gov>

Marisol,

Please carry $8,000 in the FY26 request for Clearview AI, four
users, one-year term, on the Investigations software line
(101-2120-53410). We are not taking the three-year option or the
Accurint add-on. The two interview-room cameras ($3,340) are in the
separate capital request and are not part of this.

Thanks,
Dana""", NV_URL + "    3/3"),
], "print", NCSO,
    [NCSO, "Town of Pahrump", "Nye County Detention Center"],
    [CV, LNRS],
    ["Accurint Virtual Crime Center", "Clearview Mobile"],
    [C(2000, 2000, "year", "$2,000 per user per year", NCSO, CV, unit="per user"),
     C(10000, 10000, "year", "5 users, $10,000 for the year", NCSO, CV),
     C(8000, 8000, "year", "4 users x $2,000.00 per user per year ........... $8,000.00", NCSO, CV),
     C(None, 22800, None, "Three-year option (if signed by March 31) ....... $22,800.00 total", NCSO, CV)],
    [N(5, "exact", "licenses", None, "5 users, $10,000 for the year", NCSO, CV),
     N(4, "exact", "users", None, "four detectives ran 212 searches", NCSO, CV),
     N(212, "exact", "searches", None, "four detectives ran 212 searches", NCSO, CV),
     N(4, "exact", "licenses", None, "Four. The budget will not carry five", NCSO, CV),
     N(60000000000, "more than", "images", None, "our database of over 60 billion publicly available images",
       None, CV)],
    [P("No account goes live until the new policy 612 is signed.", NCSO, "requirement"),
     P("A search may be run only for an open NCSO criminal case.", NCSO, "purpose"),
     P("The case number goes in the notes field of every search.", NCSO, "requirement"),
     P("A possible match is an investigative lead, never probable cause on its own.", NCSO, "disclaimer"),
     P("Nobody runs a face search for code enforcement, civil matters or any other non-criminal purpose.", NCSO,
       "prohibition")],
    [E("Dana Pruitt", "Harlan Voss", "Tue, Feb 4, 2025 at 9:12 AM", NV_SUBJ),
     E("Harlan Voss", "Dana Pruitt", "Tue, Feb 4, 2025 at 2:37 PM", NV_SUBJ),
     E("Dana Pruitt", None, "Tue, Feb 4, 2025 at 9:12 AM", None),
     E("Shauna Kirby", "Dana Pruitt", "Wed, Feb 5, 2025 at 11:05 AM", NV_SUBJ),
     E("Dana Pruitt", "Marisol Trejo", "Wed, Feb 5, 2025 at 1:48 PM", NV_SUBJ)],
    ["2025-02-20", "2025-02-04", "2025-02-05"],
    scan="print")


# ---------------------------------------------------------------- 2 Louisiana: Lake Charles PD (staff report)
LCPD = "Lake Charles Police Department"
MSI = "Motorola Solutions"
LA_HEAD = "CITY OF LAKE CHARLES - COUNCIL STAFF REPORT - AGENDA ITEM 14"
doc("02_lake-charles-council-facesearch-staff-report.txt", [
    (LA_HEAD, """\
City of Lake Charles | 326 Pujo Street | Lake Charles, Louisiana 70601

Meeting date:   Wednesday, April 16, 2025 (regular meeting)
Agenda item:    No. 14 - Ordinance No. 2025-063 (first reading)
Department:     Police Department
Submitted by:   Capt. Rene Thibodeaux, Criminal Investigations Division
Reviewed by:    Finance (N. Guidry); City Attorney (L. Broussard)

SUBJECT
An ordinance authorizing the Mayor to execute a three-year
subscription agreement with Motorola Solutions, Inc. for Vigilant
FaceSearch facial recognition software for the Lake Charles Police
Department, and appropriating funds.

BACKGROUND
Since 2019 the Police Department has used Vigilant's LEARN platform
for license plate recognition. FaceSearch is a separate module of
the same platform. It compares a photograph of an unknown suspect
with booking photographs shared by participating agencies. Vigilant
states that the shared FaceSearch gallery holds more than 15 million
booking photographs. LCPD would add its own archive of about 96,000
booking photographs.

The Department has no facial recognition software of its own. In
2024 detectives sent 37 facial recognition requests to the Louisiana
State Analytical and Fusion Exchange (LA-SAFE), which took an
average of nine days to return a result. No Louisiana statute
regulates police use of facial recognition, and none prohibits it.""",
     "Page 1 of 3"),
    (LA_HEAD, """\
DISCUSSION
The proposed agreement (Exhibit A) provides 25 named user accounts
for detectives and crime analysts, training, and three years of
hosting and support. Motorola Solutions is the sole source for
FaceSearch, which runs inside LEARN; the sole-source letter is
Exhibit B. Staff also obtained a quote from Clearview AI (quoted at
$41,000 over three years), which is not recommended because it
searches images collected from the public internet.

Current policy. LCPD General Order 41.3 (Investigative Technology)
was amended in January 2025. Sections 41.3.6 through 41.3.8 already
apply to every facial recognition search, including requests sent
to LA-SAFE:

  41.3.6  A facial recognition result shall be treated as an
          investigative lead only and shall not be used as the sole
          basis for an arrest.
  41.3.7  Members may not use facial recognition to identify persons
          engaged in lawful assembly or protest.
  41.3.8  Only members who have completed the Department's eight-hour
          facial recognition course may submit a search.

Proposed reporting. Section 3 of the proposed ordinance would require
the Chief of Police to give the Council a written report each January
on the number of searches run and the number of user accounts. This
requirement takes effect only if the ordinance is adopted.

ALTERNATIVES
1. Adopt the ordinance as presented.
2. Decline, and continue to rely on LA-SAFE for facial recognition.""",
     "Page 2 of 3"),
    (LA_HEAD, """\
FISCAL IMPACT
Funds are available in the Police Department's share of the
Riverboat Gaming Fund (Fund 215, account 215-2140-54230) and in the
City's FY2024 Byrne JAG award. State and local sales taxes do not
apply (La. R.S. 47:301(8)(c)).

  Description                                           Amount
  ----------------------------------------------    ----------
  FaceSearch subscription, 25 named users,             $18,750
    per year (years 1-3)
  Onboarding and training (one-time)                    $4,500
  Three-year agreement total                           $60,750
  Less Byrne JAG award (FY2024)                       ($12,000)
  Net cost to Fund 215 over three years                $48,750

Not to exceed: $63,000 (agreement total plus 3.7% contingency).

The existing LEARN license plate recognition subscription ($31,400 a
year) is budgeted separately and is not affected by this item.

RECOMMENDATION
Staff recommends that the Council introduce Ordinance No. 2025-063
on first reading and adopt it on final reading on May 7, 2025.

ATTACHMENTS
Exhibit A - Motorola Solutions FaceSearch subscription agreement
Exhibit B - Sole-source letter, Motorola Solutions, March 12, 2025
Exhibit C - LCPD General Order 41.3 (amended January 2025)

Contact: Capt. Rene Thibodeaux, (337) 555-0126""",
     "Page 3 of 3"),
], "pdf", LCPD,
    ["City of Lake Charles", "Lake Charles City Council", LCPD,
     "Louisiana State Analytical and Fusion Exchange"],
    [MSI, "Vigilant Solutions", CV],
    ["Vigilant FaceSearch", "LEARN"],
    [C(18750, 18750, "year", "FaceSearch subscription, 25 named users,             $18,750", LCPD, MSI,
       "Vigilant FaceSearch"),
     C(4500, 4500, "one-time", "Onboarding and training (one-time)                    $4,500", LCPD, MSI,
       "Vigilant FaceSearch"),
     C(60750, 60750, None, "Three-year agreement total                           $60,750", LCPD, MSI,
       "Vigilant FaceSearch"),
     C(12000, 12000, "one-time", "Less Byrne JAG award (FY2024)                       ($12,000)", LCPD, None),
     C(48750, 48750, None, "Net cost to Fund 215 over three years                $48,750", LCPD, MSI,
       "Vigilant FaceSearch"),
     C(None, 63000, None, "Not to exceed: $63,000", LCPD, MSI, "Vigilant FaceSearch")],
    [N(15000000, "more than", "images", None, "the shared FaceSearch gallery holds more than 15 million booking "
       "photographs", None, "Vigilant Solutions"),
     N(96000, "approximately", "images", None, "its own archive of about 96,000 booking photographs", LCPD,
       "Vigilant Solutions"),
     N(37, "exact", "requests", "year", "detectives sent 37 facial recognition requests", LCPD, None),
     N(25, "exact", "licenses", None, "25 named user accounts", LCPD, MSI)],
    [P("A facial recognition result shall be treated as an investigative lead only and shall not be used as "
       "the sole basis for an arrest.", LCPD, "disclaimer"),
     P("Members may not use facial recognition to identify persons engaged in lawful assembly or protest.", LCPD,
       "prohibition"),
     P("Only members who have completed the Department's eight-hour facial recognition course may submit a "
       "search.", LCPD, "requirement")],
    [],
    ["2025-04-16", "2019", "2024", "2025-01", "2025-05-07", "2025-03-12"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Kansas: Olathe PD (KORA letter, quote, invoice)
OPD = "Olathe Police Department"
HFI = "Heartland Forensic Imaging"
DBS = "FaceVACS-DBScan LE"
doc("03_olathe-pd-kora-cognitec-quote-invoice.txt", [
    (None, """\
OLATHE POLICE DEPARTMENT
Records Unit | 501 E. Old 56 Highway | Olathe, Kansas 66061
(913) 555-0180 | records@olatheks.example

October 8, 2025

Ms. Kendra Wolcott
Sunflower Public Records Project
P.O. Box 4471
Lawrence, KS 66046

Re: Kansas Open Records Act request KORA-25-0318

Dear Ms. Wolcott:

This letter responds to your request of September 22, 2025, under
the Kansas Open Records Act, K.S.A. 45-215 et seq., for records of
the Department's purchase of facial recognition software.

The Department bought Cognitec's FaceVACS-DBScan LE in August 2024
from Heartland Forensic Imaging, LLC, under purchase order
2024-004417, for a total of $57,730. The fingerprint scanner shown
as line 5 of the enclosed quotation was not purchased. Enclosed are
(1) Quotation Q-24-1187, dated July 22, 2024, and (2) Invoice
HFI-25-0604, dated September 2, 2025, for the second year.

You also asked for the Department's policy. OPD Policy 428, Facial
Recognition, is enclosed. In brief, it limits searches to active
criminal investigations and missing or deceased person cases, and it
prohibits any search of live or recorded video from city traffic
cameras. The Department has no other written rule on the subject.

Under K.S.A. 45-219 the Department may charge $0.25 per page. The fee
for these 6 pages, $1.50, is waived.

Sincerely,

Tamsin Reyes
Records Custodian, Olathe Police Department""", "OPD KORA-25-0318 - 1"),
    (None, """\
HEARTLAND FORENSIC IMAGING, LLC
15300 W. 95th Street, Suite 210, Lenexa, KS 66219 | (913) 555-0163
Authorized Cognitec Systems partner

QUOTATION                                    Quote No.:  Q-24-1187
Prepared for: Olathe Police Department       Date:       07/22/2024
              Attn: Capt. Leah Ostrander     Valid:      60 days
                                             Sales rep:  Brent Kasper

Ln Part No.    Description                     Qty  Unit Price   Extended
-- ----------  ------------------------------  ---  ----------  ---------
1  CG-DBS-SRV  FaceVACS-DBScan LE server         1   28,500.00  28,500.00
               licence, perpetual (gallery
               capacity up to 500,000 images)
2  CG-DBS-CL   FaceVACS-DBScan LE investigator   6    2,400.00  14,400.00
               client licence, perpetual
3  CG-MNT-1Y   Software maintenance and          1    8,580.00   8,580.00
               support, year 1 (20% of list)
4  HFI-SVC     Installation; migration of      lot    6,250.00   6,250.00
               about 148,000 OPD booking
               photographs; 2-day examiner
               training
5  HID-G200    HID Crossmatch Guardian 200       1    4,975.00   4,975.00
               live scan fingerprint scanner
6  FRT         Freight, line 5 only             --          --      64.00
                                                    Subtotal    62,769.00
                         Kansas sales tax 9.475% (exempt)            0.00
                                                    TOTAL       62,769.00

Notes:
- Lines 1 and 2 are one-time fees for perpetual licences.
- Maintenance renews each year at list price plus up to 3%.
- Customer supplies the server (Windows Server 2022, 64 GB RAM).
- Kansas tax-exempt certificate on file: KS-EX 0412773.
- Prices in US dollars. Quote valid 60 days from the date above.

Accepted by: ______________________   PO No.: ______________""", "OPD KORA-25-0318 - 2"),
    (None, """\
HEARTLAND FORENSIC IMAGING, LLC
15300 W. 95th Street, Suite 210, Lenexa, KS 66219 | (913) 555-0163

INVOICE                                      Invoice No.:  HFI-25-0604
Bill to:  City of Olathe, Accounts Payable   Invoice date: 09/02/2025
          P.O. Box 768, Olathe, KS 66051     Terms:        Net 30
Customer: Olathe Police Department           Customer PO:  2025-003981
                                             Customer no.: OLA-0117

Description                                                    Amount
------------------------------------------------------------  ---------
FaceVACS-DBScan LE software maintenance and support, year 2,   8,837.40
  10/01/2025 - 09/30/2026 (list plus 3%)
FaceVACS-DBScan LE investigator client licences, perpetual,    4,800.00
  one-time (2 seats) - adds licences 7 and 8
Examiner refresher training, remote (4 hrs)                      950.00
Credit: unused training day from Q-24-1187                    -1,000.00
                                                              ---------
                                              Invoice total   13,587.40
Kansas sales tax: exempt (KS-EX 0412773)                           0.00
Amount due by 10/02/2025                                      13,587.40

Remit to: Heartland Forensic Imaging, LLC
          UMB Bank, account ending 5531, routing on file
Questions: ar@heartlandfi.example | (913) 555-0164

Thank you for your business.""", "OPD KORA-25-0318 - 3"),
], "pdf", OPD,
    [OPD, "City of Olathe"],
    [HFI, "Cognitec Systems", "HID Global"],
    [DBS, "Guardian 200"],
    [C(57730, 57730, None, "for a total of $57,730", OPD, HFI, DBS),
     C(28500, 28500, "one-time", "1  CG-DBS-SRV  FaceVACS-DBScan LE server         1   28,500.00  28,500.00", OPD,
       HFI, DBS),
     C(14400, 14400, "one-time", "2  CG-DBS-CL   FaceVACS-DBScan LE investigator   6    2,400.00  14,400.00",
       OPD, HFI, DBS),
     C(2400, 2400, "one-time", "2  CG-DBS-CL   FaceVACS-DBScan LE investigator   6    2,400.00", OPD, HFI, DBS,
       unit="per user"),
     C(8580, 8580, "year", "3  CG-MNT-1Y   Software maintenance and          1    8,580.00   8,580.00", OPD,
       HFI, DBS),
     C(6250, 6250, None, "4  HFI-SVC     Installation; migration of      lot    6,250.00   6,250.00", OPD, HFI,
       DBS),
     C(8837.4, 8837.4, "year", "FaceVACS-DBScan LE software maintenance and support, year 2,   8,837.40", OPD,
       HFI, DBS),
     C(4800, 4800, "one-time", "FaceVACS-DBScan LE investigator client licences, perpetual,    4,800.00", OPD,
       HFI, DBS),
     C(950, 950, None, "Examiner refresher training, remote (4 hrs)                      950.00", OPD, HFI, DBS),
     C(13587.4, 13587.4, None, "Invoice total   13,587.40", OPD, HFI, DBS)],
    [N(6, "exact", "licenses", None, "2  CG-DBS-CL   FaceVACS-DBScan LE investigator   6", OPD, HFI),
     N(148000, "approximately", "images", None, "about 148,000 OPD booking\n               photographs", OPD,
       HFI),
     N(2, "exact", "licenses", None, "one-time (2 seats)", OPD, HFI)],
    [P("it limits searches to active criminal investigations and missing or deceased person cases", OPD,
       "purpose"),
     P("it prohibits any search of live or recorded video from city traffic cameras.", OPD, "prohibition")],
    [],
    ["2025-10-08", "2025-09-22", "2024-08", "2024-07-22", "2025-09-02", "2025-10-01", "2026-09-30",
     "2025-10-02"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Connecticut: Bridgeport PD (audit report)
BPD = "Bridgeport Police Department"
NEC = "NEC"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SEARCHES = [31, 28, 36, 33, 38, 35, 41, 37, 34, 39, 30, 36]
OTHERS = [2, 1, 3, 2, 2, 1, 3, 2, 2, 3, 1, 2]
CANDS = [19, 17, 22, 20, 24, 21, 26, 23, 20, 25, 18, 22]
LEADS = [7, 5, 9, 8, 10, 8, 11, 9, 8, 10, 6, 9]


def ct_row(label, a, b, c, d):
    return f"{label:<11}{a:>9}{b:>15}{c:>16}{d:>10}"


CT_ROWS = [ct_row(m, *v) for m, v in zip(MONTHS, zip(SEARCHES, OTHERS, CANDS, LEADS))]
CT_TOTAL = ct_row("Total", sum(SEARCHES), sum(OTHERS), sum(CANDS), sum(LEADS))
CT_RULE = "-" * 10 + "  " + "-" * 8 + "  " + "-" * 13 + "  " + "-" * 14 + "  " + "-" * 8
CT_TABLE = "\n".join([
    ct_row("Month", "Searches", "Run for other", "Candidate list", "Leads"),
    ct_row("", "run", "agencies", "returned", "released"),
    CT_RULE] + CT_ROWS + [CT_RULE, CT_TOTAL])
CT_FOOT = "IA-AUD-2025-02 p. {} of 3"
doc("04_bridgeport-pd-neoface-usage-audit-2024.txt", [
    (None, """\
BRIDGEPORT POLICE DEPARTMENT
Office of Internal Affairs - Audit and Inspections Unit
300 Congress Street, Bridgeport, Connecticut 06604

FACIAL RECOGNITION SYSTEM USAGE AUDIT - CALENDAR YEAR 2024

Audit No.:  IA-AUD-2025-02              Issued:  February 27, 2025
Auditor:    Lt. Gwen Okafor             Copies:  Chief of Police; OPM

1. Scope and method
This audit covers every search run in NEC NeoFace Reveal by members
of the Bridgeport Police Department between January 1 and December
31, 2024, and the Department's compliance with General Order 4.27,
Facial Recognition Technology (effective March 1, 2023). The auditor
used the system's search log, exported on January 15, 2025, and case
records in the Records Management System. A 15% random sample of
searches was also checked against the probe images.

2. The system
NeoFace Reveal is licensed from NEC Corporation of America and runs
on Department servers. The gallery is limited to booking photographs
taken by the Department. On December 31, 2024 it held 391,604 images
of about 203,000 individuals. It contains no Department of Motor
Vehicles photographs and no images taken from social media.

Eleven members held examiner accounts during the year, all assigned
to the Detective Bureau or the Crime Analysis Unit. No other member
can log in to the system.

3. Cost
The Department paid NEC $27,300 for annual maintenance and support
for 2024 (PO 24-01187), from the Police Asset Forfeiture Fund.
Examiner recertification training cost a one-time $3,150. The
ShotSpotter gunshot detection subscription from SoundThinking
($412,000 a year) is not part of this system and is reported
separately.""", CT_FOOT.format(1)),
    (None, """\
4. Searches in 2024

Table 1. NeoFace Reveal searches and results by month, 2024

""" + CT_TABLE + """

Notes to Table 1: "Run for other agencies" counts searches run at
the written request of another law enforcement agency, chiefly the
Stratford Police Department, the Fairfield Police Department and the
Connecticut Intelligence Center (CTIC). "Candidate list returned"
counts searches in which an examiner found at least one possible
candidate. "Leads released" counts candidates sent to a case
investigator after a second examiner's review.

A candidate list was returned in 61.5% of searches, and a lead was
released in 23.9% of searches. No search used live video, and none
used a probe image from a body-worn camera.""", CT_FOOT.format(2)),
    (None, """\
5. Compliance with General Order 4.27
The audit tested each search against these provisions of the order:

4.27.2  The system is used to identify suspects, victims and
        witnesses in criminal investigations and to identify
        deceased or incapacitated persons.
4.27.4  Every search must be tied to a case or incident number
        recorded in the system at the time of the search.
4.27.5  Members shall not search images of persons taking part in
        lawful demonstrations or religious observances.
4.27.6  A candidate returned by the system is an investigative lead
        only and is not probable cause for an arrest or a warrant.
4.27.9  A member who uses the system for a personal or other
        non-law-enforcement purpose is subject to discipline up to
        and including dismissal.

Findings. The case or incident number was missing or invalid in 1.7%
of searches; in each instance the examiner added the number after
the fact. The auditor found no search of a demonstration or
religious gathering and no personal use.

6. Recommendations (not adopted)
(a) The Department should require a sergeant's approval before any
    search is run for another agency.
(b) Search logs should be kept for five years instead of three.

Management response: the Chief of Police will decide on both
recommendations by June 30, 2025.

This report is a public record under C.G.S. sec. 1-210.""", CT_FOOT.format(3)),
], "pdf", BPD,
    [BPD, "Stratford Police Department", "Fairfield Police Department", "Connecticut Intelligence Center",
     "Connecticut Department of Motor Vehicles"],
    [NEC, "SoundThinking"],
    ["NeoFace Reveal", "ShotSpotter"],
    [C(27300, 27300, "year", "The Department paid NEC $27,300 for annual maintenance and support", BPD, NEC,
       "NeoFace Reveal"),
     C(3150, 3150, "one-time", "Examiner recertification training cost a one-time $3,150", BPD, NEC,
       "NeoFace Reveal")],
    [N(391604, "exact", "images", None, "it held 391,604 images", BPD, NEC),
     N(203000, "approximately", "images", None, "about 203,000 individuals", BPD, NEC),
     N(11, "exact", "users", None, "Eleven members held examiner accounts", BPD, NEC)]
    + [N(s, "exact", "searches", "month", row[:20], BPD, NEC) for s, row in zip(SEARCHES, CT_ROWS)]
    + [N(sum(SEARCHES), "exact", "searches", "year", CT_TOTAL[:20], BPD, NEC),
       N(sum(OTHERS), "exact", "requests", "year", CT_TOTAL[:35], BPD, NEC),
       N(sum(CANDS), "exact", "matches", "year", CT_TOTAL[:51], BPD, NEC),
       N(sum(LEADS), "exact", "leads", "year", CT_TOTAL, BPD, NEC)],
    [P("The system is used to identify suspects, victims and witnesses in criminal investigations and to "
       "identify deceased or incapacitated persons.", BPD, "purpose"),
     P("Every search must be tied to a case or incident number recorded in the system at the time of the "
       "search.", BPD, "requirement"),
     P("Members shall not search images of persons taking part in lawful demonstrations or religious "
       "observances.", BPD, "prohibition"),
     P("A candidate returned by the system is an investigative lead only and is not probable cause for an "
       "arrest or a warrant.", BPD, "disclaimer"),
     P("A member who uses the system for a personal or other non-law-enforcement purpose is subject to "
       "discipline up to and including dismissal.", BPD, "consequence")],
    [],
    ["2024", "2025-02-27", "2024-01-01", "2024-12-31", "2023-03-01", "2025-01-15", "2025-06-30"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Idaho: Idaho Falls PD (policy + proposed draft)
IFPD = "Idaho Falls Police Department"
ID_HEAD = "Idaho Falls Police Department - Policy 433 review packet"
doc("05_idaho-falls-pd-policy-433-revision-draft.txt", [
    (ID_HEAD, """\
IDAHO FALLS POLICE DEPARTMENT
INTEROFFICE MEMORANDUM

TO:      Chief of Police
FROM:    Lt. Corbin Hale, Chair, Policy Review Committee
DATE:    May 19, 2025
RE:      Policy 433, Facial Recognition - proposed Revision 2

Attached are the current Policy 433 (Revision 1, effective September
1, 2023) and the committee's proposed Revision 2. Revision 2 has not
been adopted. It is circulated for comment until June 20, 2025.

Why a revision. Our Clearview AI subscription renews on October 1.
The current term covers 8 users at $13,600 per year. Clearview has
offered to add Clearview Mobile, which Revision 1 does not allow, for
three patrol sergeants at $1,150 per user per year ($3,450 a year).
The committee recommends taking the offer only after Revision 2 is
adopted.

Use in 2024. Members ran 342 searches in calendar year 2024; 12 of
them were run at the request of the Bonneville County Sheriff's
Office under the mutual aid agreement. The committee reviewed the
full search log and found no use outside Policy 433.

Budget. The FY2026 request (account 001-2110-4260) carries $17,050
for facial recognition, the renewal plus the mobile add-on. The Axon
body-worn camera contract ($186,400 a year) is a separate line and
is not affected.

Released under the Idaho Public Records Act, Idaho Code sec. 74-102.""",
     "Page 1 of 3"),
    (ID_HEAD, """\
IDAHO FALLS POLICE DEPARTMENT POLICY MANUAL
Policy 433   FACIAL RECOGNITION                          Revision 1
Effective: September 1, 2023                  Approved: Chief of Police

433.1 PURPOSE AND SCOPE
Facial recognition is used to help identify unknown suspects, victims
and witnesses in criminal investigations, and to identify deceased or
incapacitated persons. This policy applies to all members and to
every facial recognition service the Department uses.

433.2 DEFINITIONS
Probe image - the image of an unknown person submitted for a search.
Candidate - an image the service returns as a possible match.

433.3 AUTHORIZED USE
(a) Members who have completed the vendor's user training and the
    Department's four-hour facial recognition course may run a
    search.
(b) Each search shall be entered with a case number and the offense
    being investigated.

433.4 PROHIBITED USE
(a) Members shall not run a search of a person solely because of the
    person's race, religion, political views or participation in a
    lawful protest.
(b) Facial recognition shall not be used on live video, on a mobile
    device, or to track a person's movements.

433.5 RESULTS
A candidate is an investigative lead only. It is not a positive
identification and does not by itself establish probable cause.

433.6 RECORDS AND REVIEW
The Investigations Division lieutenant shall review the search log
each quarter and report any misuse to the Professional Standards
Unit.

433.7 VIOLATIONS
Misuse of facial recognition, including any search for a personal
purpose, may result in discipline up to and including termination.""", "Page 2 of 3"),
    (ID_HEAD, """\
*** PROPOSED DRAFT - NOT ADOPTED - COMMENTS DUE JUNE 20, 2025 ***

Policy 433   FACIAL RECOGNITION                Revision 2 (proposed)
Changes from Revision 1 are marked [NEW] or [REVISED]. Sections not
shown are unchanged.

433.3 AUTHORIZED USE [REVISED]
(a) Members who have completed the vendor's user training and the
    Department's eight-hour facial recognition course may run a
    search.
(c) [NEW] A patrol sergeant assigned a Clearview Mobile account may
    run a field search only to identify a person who cannot or will
    not give a name after a lawful arrest.

433.4 PROHIBITED USE [REVISED]
(b) Facial recognition shall not be used on live video or to track
    a person's movements. (The words "on a mobile device" are
    deleted.)
(c) [NEW] Members shall not upload a probe image taken by a private
    person's doorbell or home camera without the owner's consent.

433.6 RECORDS AND REVIEW [REVISED]
The Investigations Division lieutenant shall review the search log
each month, and every field search within 72 hours.

433.8 ANNUAL REPORT [NEW]
By March 1 of each year the Chief of Police shall publish the number
of searches, the number of accounts and the annual cost of each
facial recognition service used in the prior year.

Committee vote to forward: 5-1 (May 14, 2025).""", "Page 3 of 3"),
], "pdf", IFPD,
    [IFPD, "Bonneville County Sheriff's Office"],
    [CV, "Axon"],
    ["Clearview Mobile"],
    [C(13600, 13600, "year", "8 users at $13,600 per year", IFPD, CV),
     C(1150, 1150, "year", "$1,150 per user per year", IFPD, CV, "Clearview Mobile", unit="per user"),
     C(3450, 3450, "year", "$3,450 a year", IFPD, CV, "Clearview Mobile"),
     C(17050, 17050, None, "carries $17,050\nfor facial recognition", IFPD, CV)],
    [N(8, "exact", "licenses", None, "The current term covers 8 users", IFPD, CV),
     N(3, "exact", "licenses", None, "three patrol sergeants at $1,150 per user per year", IFPD, CV),
     N(342, "exact", "searches", "year", "Members ran 342 searches in calendar year 2024", IFPD, CV),
     N(12, "exact", "requests", "year", "12 of\nthem were run at the request of the Bonneville County Sheriff's",
       IFPD, CV)],
    [P("Facial recognition is used to help identify unknown suspects, victims and witnesses in criminal "
       "investigations, and to identify deceased or incapacitated persons.", IFPD, "purpose"),
     P("Members who have completed the vendor's user training and the Department's four-hour facial "
       "recognition course may run a search.", IFPD, "permission"),
     P("Each search shall be entered with a case number and the offense being investigated.", IFPD,
       "requirement"),
     P("Members shall not run a search of a person solely because of the person's race, religion, political "
       "views or participation in a lawful protest.", IFPD, "prohibition"),
     P("Facial recognition shall not be used on live video, on a mobile device, or to track a person's "
       "movements.", IFPD, "prohibition"),
     P("A candidate is an investigative lead only. It is not a positive identification and does not by itself "
       "establish probable cause.", IFPD, "disclaimer"),
     P("The Investigations Division lieutenant shall review the search log each quarter and report any misuse "
       "to the Professional Standards Unit.", IFPD, "requirement"),
     P("Misuse of facial recognition, including any search for a personal purpose, may result in discipline up "
       "to and including termination.", IFPD, "consequence")],
    [],
    ["2025-05-19", "2023-09-01", "2025-06-20", "2024", "2025-05-14"],
    scan=None)


# ---------------------------------------------------------------- 6 Mississippi: Lowndes County SO (board minutes)
LCSO = "Lowndes County Sheriff's Office"
VT = "Veritone"
MS_FOOT = "BOS Minutes 3/3/2025 - {}"
doc("06_lowndes-county-supervisors-minutes-veritone.txt", [
    ("MINUTE BOOK 214                                                  PAGE 361", """\
BE IT REMEMBERED that the Board of Supervisors of Lowndes County,
Mississippi, met in regular session on Monday, March 3, 2025, at
9:00 a.m. in the Board Room of the Lowndes County Courthouse, 505
Second Avenue North, Columbus, Mississippi.

PRESENT: Supervisors Ray Dobbins (District 1), Cleo Harmon (District
2), Walt Easley, President (District 3), Nadine Lusk (District 4)
and Otis Vance (District 5); Board Attorney Preston Haley; County
Administrator June Albright; Deputy Chancery Clerk Lydia Crum.

ITEM 1. CALL TO ORDER; INVOCATION; PLEDGE
President Easley called the meeting to order. A quorum was present.

ITEM 2. MINUTES
Upon motion of Supervisor Harmon, seconded by Supervisor Vance, the
Board approved the minutes of the regular meeting of February 18,
2025. Motion carried 5-0.

ITEM 3. CLAIMS DOCKET
Upon motion of Supervisor Lusk, seconded by Supervisor Harmon, the
Board approved the claims docket for February 2025 in the amount of
$1,284,617.22, claims nos. 25-01442 through 25-01806. Motion carried
5-0.

ITEM 4. COURTHOUSE ANNEX - HVAC REPLACEMENT
County Administrator Albright reported that two bids were received
under Miss. Code Ann. sec. 31-7-13. Upon motion of Supervisor Vance,
seconded by Supervisor Dobbins, the Board accepted the lowest and
best bid of $142,300 for replacement of the annex HVAC units.
Motion carried 5-0.""", MS_FOOT.format(1)),
    ("MINUTE BOOK 214                                                  PAGE 362", """\
ITEM 5. SHERIFF'S OFFICE - FACIAL RECOGNITION SOFTWARE
Chief Deputy Marcus Keel appeared on behalf of the Sheriff and asked
the Board to approve a three-year subscription to Veritone IDentify,
a program that compares photographs of unknown suspects with the
Sheriff's Office's booking photographs. He stated that the jail
booking system holds approximately 88,000 booking photographs going
back to 2006, and that during a 90-day pilot in late 2024 five
investigators ran 57 searches.

Chief Deputy Keel stated that the price is $24,900 per year for ten
named users, with a one-time setup fee of $3,500, and that the
Sheriff's Office would pay year one from its forfeiture account
(Fund 147) and budget years two and three in the general fund. He
further stated that the Columbus Police Department had asked to join
and would pay $7,200 a year for three users of its own under a
separate agreement with Veritone.

In answer to questions from Supervisor Dobbins, Chief Deputy Keel
stated that under the Sheriff's written directive deputies may use
IDentify only for an open criminal investigation or to identify a
deceased person, that a possible match is treated as a lead and
never as probable cause by itself, and that any deputy who misuses
the system will lose access and be referred for discipline. He also
stated that no Mississippi statute prohibits a sheriff from using
facial recognition.

Supervisor Lusk moved to approve the subscription agreement with
Veritone, Inc. in an amount not to exceed $78,200 over three years,
subject to review by the Board Attorney. Supervisor Harmon seconded
the motion. The motion carried 4-1, Supervisor Dobbins voting nay.

Chief Deputy Keel also presented a proposal from Oosto for live
facial recognition (OnWatch) on the cameras in the jail visitation
lobby. After discussion, the Board tabled the proposal until the
Sheriff's Office submits a written policy for live use. No action
was taken.""", MS_FOOT.format(2)),
    ("MINUTE BOOK 214                                                  PAGE 363", """\
ITEM 6. SHERIFF'S OFFICE - PATROL VEHICLES
Upon motion of Supervisor Vance, seconded by Supervisor Easley, the
Board authorized the Sheriff to buy two pursuit-rated patrol SUVs
from the state contract in the total amount of $97,236, to be paid
from the Sheriff's vehicle replacement line. Motion carried 5-0.

ITEM 7. ROAD DEPARTMENT
The Board approved the County Engineer's request to advertise for
bids for the resurfacing of Wolfe Road (3.2 miles). Motion by
Supervisor Dobbins, second by Supervisor Lusk; carried 5-0.

ITEM 8. RECESS
There being no further business, upon motion of Supervisor Harmon,
seconded by Supervisor Vance, the Board recessed until Monday, March
17, 2025, at 9:00 a.m. Motion carried 5-0.


APPROVED:                                ATTEST:


______________________________           ______________________________
Walt Easley, President                   Lydia Crum, Deputy Clerk
Board of Supervisors                     for the Chancery Clerk""", MS_FOOT.format(3)),
], "pdf", LCSO,
    ["Lowndes County Board of Supervisors", LCSO, "Columbus Police Department"],
    [VT, "Oosto"],
    ["Veritone IDentify", "OnWatch"],
    [C(24900, 24900, "year", "the price is $24,900 per year", LCSO, VT, "Veritone IDentify"),
     C(3500, 3500, "one-time", "a one-time setup fee of $3,500", LCSO, VT, "Veritone IDentify"),
     C(7200, 7200, "year", "would pay $7,200 a year", "Columbus Police Department", VT, "Veritone IDentify"),
     C(None, 78200, None, "not to exceed $78,200 over three years", LCSO, VT, "Veritone IDentify")],
    [N(88000, "approximately", "images", None, "approximately 88,000 booking photographs", LCSO, VT),
     N(5, "exact", "users", None, "five\ninvestigators ran 57 searches", LCSO, VT),
     N(57, "exact", "searches", None, "investigators ran 57 searches", LCSO, VT),
     N(10, "exact", "licenses", None, "ten\nnamed users", LCSO, VT),
     N(3, "exact", "licenses", None, "three users of its own", "Columbus Police Department", VT)],
    [P("deputies may use IDentify only for an open criminal investigation or to identify a deceased person",
       LCSO, "purpose"),
     P("a possible match is treated as a lead and never as probable cause by itself", LCSO, "disclaimer"),
     P("any deputy who misuses the system will lose access and be referred for discipline", LCSO,
       "consequence")],
    [],
    ["2025-03-03", "2025-02-18", "2025-02", "2006", "2024", "2025-03-17"],
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
