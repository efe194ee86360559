"""Writes docs/*.txt and labels.json for holdout59 (six invented releases: AK, CO, IN, MO, NC, WV).
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



# ---------------------------------------------------------------- 1 Alaska: Kenai PD (Gmail print)
KPD = "Kenai Police Department"
CV = "Clearview AI"
SUBJ1 = "Clearview AI renewal quote - Kenai PD"
doc("01_kenai-pd-clearview-renewal-gmail-thread.txt", [
    ("3/10/25, 10:31 AM   Kenai Mail - Fwd: " + SUBJ1, """\
                                            Tom Ridley <tridley@kenai.city>

Fwd: Clearview AI renewal quote - Kenai PD
2 messages

Dana Okerlund <dokerlund@kenai.city>           Mon, Mar 10, 2025 at 8:14 AM
To: Tom Ridley <tridley@kenai.city>
Cc: Kenai PD Records <records@kenai.city>

Chief,

Here is the short version of the renewal so you don't have to read the
whole quote (it's at the bottom).

1. Clearview wants $11,880 for another year, which is our same 9 seats
   at $1,320 per seat. That's about 10% more than we paid last year,
   $10,800 for the same 9 seats.

2. Usage, March 2024 through February 2025: we ran 612 searches, and 7
   of the 9 seat holders logged in at least once. The two who never
   logged in are the swing-shift patrol sergeants.

3. Soldotna PD told me they pay about $4,000 a year on their own account
   for three seats. Different contract, so no help to us on price.

4. Finance says we don't pay the 6% city sales tax on this anyway, and
   the quote shows tax at zero.

I'd renew at 9. The sergeants say they'll use it more now that the
mobile app is working on the new phones.

Reminder for whoever gets the seats: our Policy 426 says a Clearview
possible match is an investigative lead only and never by itself
probable cause to arrest. Every search also has to carry the case
number in the reason field.

Dana

Lt. Dana Okerlund | Investigations | Kenai Police Department
107 S. Willow St., Kenai, AK 99611 | (907) 283-7879
""", "https://mail.google.com/mail/u/0/?ik=4c1e9a&view=pt&search=all   1/2"),
    ("3/10/25, 10:31 AM   Kenai Mail - Fwd: " + SUBJ1, """\
---------- Forwarded message ---------
From: Marcus Hale <mhale@clearview.ai>
Date: Thu, Mar 6, 2025 at 3:47 PM
Subject: Clearview AI renewal quote - Kenai PD
To: Dana Okerlund <dokerlund@kenai.city>

Lieutenant Okerlund,

Thanks for the call today. Your renewal quote is below.

  Quote Q-25-01734                 Term: Apr 1, 2025 - Mar 31, 2026
  Clearview AI investigative platform (9 seats)         $11,880.00
  Clearview Mobile                                        included
  Sales tax                                                  $0.00
  Quote total                                           $11,880.00

Our image index now holds more than 60 billion publicly available
photos. Quote valid for 45 days. Call me at (646) 555-0148 with any
questions.

Marcus Hale | Account Executive, Public Sector | Clearview AI

Tom Ridley <tridley@kenai.city>               Mon, Mar 10, 2025 at 10:02 AM
To: Dana Okerlund <dokerlund@kenai.city>

Approved at 9 seats. Send it to Purchasing for the PO.

One condition: the two sergeants do the Clearview refresher before
their accounts get turned back on. No refresher, no login.

Tom

Chief Tom Ridley
Kenai Police Department
""", "https://mail.google.com/mail/u/0/?ik=4c1e9a&view=pt&search=all   2/2"),
], "print", KPD,
    ["City of Kenai", KPD, "Soldotna Police Department"],
    [CV],
    ["Clearview Mobile"],
    [C(11880, 11880, "year", "Clearview wants $11,880 for another year", KPD, CV),
     C(1320, 1320, "year", "our same 9 seats at $1,320 per seat", KPD, CV, unit="per user"),
     C(10800, 10800, "year", "we paid last year, $10,800 for the same 9 seats", KPD, CV),
     C(4000, 4000, "year", "they pay about $4,000 a year on their own account", "Soldotna Police Department", CV)],
    [N(9, "exact", "licenses", None, "our same 9 seats at $1,320 per seat", KPD, CV),
     N(612, "exact", "searches", "year", "we ran 612 searches", KPD, CV),
     N(7, "exact", "users", "year", "7 of the 9 seat holders logged in at least once", KPD, CV),
     N(3, "exact", "licenses", None, "on their own account for three seats", "Soldotna Police Department", CV),
     N(60000000000, "more than", "images", None, "more than 60 billion publicly available photos", None, CV)],
    [P("a Clearview possible match is an investigative lead only and never by itself probable cause to arrest.",
       KPD, "disclaimer"),
     P("Every search also has to carry the case number in the reason field.", KPD, "requirement"),
     P("the two sergeants do the Clearview refresher before their accounts get turned back on.", KPD,
       "requirement")],
    [E("Dana Okerlund", "Tom Ridley", "Mon, Mar 10, 2025 at 8:14 AM", "Fwd: " + SUBJ1),
     E("Marcus Hale", "Dana Okerlund", "Thu, Mar 6, 2025 at 3:47 PM", SUBJ1),
     E("Tom Ridley", "Dana Okerlund", "Mon, Mar 10, 2025 at 10:02 AM", None)],
    ["2025-03-10", "2025-03-06", "2024-03", "2025-02", "2025-04-01", "2026-03-31"],
    scan="print")

# ---------------------------------------------------------------- 2 Colorado: Longmont PD (council memo)
LPD = "Longmont Police Department"
COG = "Cognitec Systems"
doc("02_longmont-pd-cognitec-council-agenda-memo.txt", [
    ("CITY OF LONGMONT - COUNCIL AGENDA ITEM MEMO", """\
Meeting date:  May 13, 2025                        Agenda item: 9.C
Item type:     General Business - Action

To:       Mayor and City Council
From:     Rowan Pell, Chief of Police
Through:  Harold Vasquez, City Manager
Subject:  Three-year agreement with Cognitec Systems Corporation for
          FaceVACS-DBScan LE facial recognition software

RECOMMENDATION
Approve the attached agreement with Cognitec Systems Corporation for
FaceVACS-DBScan LE software, licenses and support, in an amount not to
exceed $96,000 over three years, and authorize the City Manager to sign.

BACKGROUND
Since 2019 the Longmont Police Department has sent still images of
unknown suspects to the Colorado Information Analysis Center (CIAC) for
comparison. CIAC turnaround now averages nine working days. In 2024
detectives submitted 214 requests to CIAC, and several cases stalled
while they waited.

The proposed software would compare a probe image only against the
Department's own booking photographs, roughly 118,000 images of about
61,000 people. It would not search driver license photos or images
collected from the internet.

State law requires the Department to file a notice of intent with the
Council and to post an accountability report for public review before
it uses a facial recognition service (C.R.S. 24-18-302). The report was
posted on April 1, 2025, and public meetings were held April 15 and
April 22. Today, General Order 412 requires a case number and a
sergeant's approval for every request the Department sends to CIAC.

A draft General Order 431 for the new software is attached for review.
As drafted, it would limit searches to felony investigations and would
keep search logs for three years. It has not been adopted.

Nothing in the Longmont Municipal Code prohibits the use of facial
recognition by the Department.
""", "Agenda Item 9.C                                           Page 1 of 2"),
    ("CITY OF LONGMONT - COUNCIL AGENDA ITEM MEMO", """\
FISCAL IMPACT
The agreement covers six named analyst licenses. Costs by year:

  Year 1   Annual license and maintenance (6 users)      $24,500
           Installation and data migration (one-time)    $14,800
           Analyst training (one-time)                    $2,900
  Year 2   Annual license and maintenance                $26,850
  Year 3   Annual license and maintenance                $26,850
           Three-year total                              $95,900

Funds for Year 1 are in the 2025 Public Safety Fund budget, account
214-2105-543.45. Years 2 and 3 will be requested in the regular budget
process (a 9.6% increase in Year 2 is set by the agreement). Separately,
the Department will buy two interview-room camera kits ($7,480) from the
same account; those are not part of this agreement.

OPTIONS
Option 1 (recommended): Approve the Cognitec agreement as presented.

Option 2 (not recommended): Subscribe to Clearview AI at its quoted
$18,500 per year for ten users. Staff rejected this option because
Clearview's index is built from images collected from the internet,
which the Department does not intend to search.

Option 3: Continue sending requests to CIAC, at no direct cost to the
City, and accept the current turnaround.

ATTACHMENTS
A. Cognitec Systems Corporation agreement and price schedule
B. Accountability report (posted April 1, 2025)
C. Draft General Order 431

Staff contact: Cmdr. Lisa Oyelaran, (303) 651-8555
""", "Agenda Item 9.C                                           Page 2 of 2"),
], "pdf", LPD,
    ["City of Longmont", LPD, "Longmont City Council", "Colorado Information Analysis Center"],
    [COG, CV],
    ["FaceVACS-DBScan LE"],
    [C(None, 96000, None, "not to\nexceed $96,000 over three years", LPD, COG, "FaceVACS-DBScan LE"),
     C(24500, 24500, "year", "Annual license and maintenance (6 users)      $24,500", LPD, COG, "FaceVACS-DBScan LE"),
     C(14800, 14800, "one-time", "Installation and data migration (one-time)    $14,800", LPD, COG,
       "FaceVACS-DBScan LE"),
     C(2900, 2900, "one-time", "Analyst training (one-time)                    $2,900", LPD, COG,
       "FaceVACS-DBScan LE"),
     C(26850, 26850, "year", "Year 2   Annual license and maintenance                $26,850", LPD, COG,
       "FaceVACS-DBScan LE"),
     C(95900, 95900, None, "Three-year total                              $95,900", LPD, COG,
       "FaceVACS-DBScan LE")],
    [N(214, "exact", "requests", "year", "In 2024\ndetectives submitted 214 requests to CIAC", LPD),
     N(118000, "approximately", "images", None, "roughly 118,000 images", LPD, COG),
     N(61000, "approximately", "images", None, "about\n61,000 people", LPD, COG),
     N(6, "exact", "licenses", None, "The agreement covers six named analyst licenses.", LPD, COG)],
    [P("State law requires the Department to file a notice of intent with the Council and to post an "
       "accountability report for public review before it uses a facial recognition service", LPD, "requirement"),
     P("General Order 412 requires a case number and a sergeant's approval for every request the Department "
       "sends to CIAC.", LPD, "requirement")],
    [],
    ["2025-05-13", "2019", "2024", "2025-04-01", "2025-04-15", "2025-04-22", "2025"],
    scan="pdf")

# ---------------------------------------------------------------- 3 Indiana: Kokomo PD (vendor invoice)
KOK = "Kokomo Police Department"
MSI = "Motorola Solutions"
VS = "Vigilant Solutions"
FS = "Vigilant FaceSearch"
doc("03_kokomo-pd-motorola-facesearch-invoice.txt", [
    (None, """\
MOTOROLA SOLUTIONS, INC.                                          INVOICE
500 W. Monroe Street, Chicago, IL 60661       Federal Tax ID 36-4018822

Bill To:                              Ship To:
City of Kokomo - Police Department    Kokomo Police Department
Attn: Accounts Payable                Attn: Capt. Ellen Marsh
100 S. Union Street                   100 S. Union Street
Kokomo, IN 46901                      Kokomo, IN 46901

Invoice No.:   7103558214             Invoice Date:  08/19/2024
Customer No.:  1000482917             Customer PO:   24-00731
Terms:         Net 30                 Due Date:      09/18/2024
Service Period: 09/01/2024 - 08/31/2025

Ln Item / Description                          Qty  Unit Price   Extended
-- ------------------------------------------ ---- ---------- ----------
 1 VS-FS-ENT Vigilant FaceSearch Enterprise     12   1,150.00  13,800.00
   named-user subscription, 12 months
 2 VS-FS-GAL FaceSearch agency gallery hosting   1   2,400.00   2,400.00
   annual (86,412 booking images at 08/01/2024)
 3 PS-ONB  FaceSearch remote onboarding and          1,800.00   1,800.00
   user training, one-time
 4 VS-LEARN LEARN ALPR data hosting, annual      1   3,950.00   3,950.00
 5 VS-L5Q-MT L5Q ALPR camera mount kit           2     185.00     370.00
 6 Shipping and handling (UPS Ground)                               42.75
                                                          ---------------
                                          Subtotal              22,362.75
       Indiana sales tax 7.00%  EXEMPT (cert. 0031447865-001)        0.00
                                          TOTAL DUE (USD)       22,362.75

Notes: FaceSearch results are investigative leads only and are not a
positive identification of any person. Customer is responsible for
compliance with its own facial recognition policy.

- - - - - - - - - - - detach and return with payment - - - - - - - - - -
REMITTANCE ADVICE                                 MOTOROLA SOLUTIONS, INC.
Remit to: Motorola Solutions, Inc.
P.O. Box 404059, Atlanta, GA 30384-4059
Customer No.: 1000482917                  Invoice No.: 7103558214
Invoice Date: 08/19/2024                  Amount Due:  $22,362.75
Amount Enclosed: $____________        Billing questions: 1-800-247-2346
""", "Page 1 of 1"),
], "pdf", KOK,
    ["City of Kokomo", KOK],
    [MSI, VS],
    [FS, "LEARN"],
    [C(13800, 13800, "year", "1 VS-FS-ENT Vigilant FaceSearch Enterprise     12   1,150.00  13,800.00", KOK, MSI, FS),
     C(1150, 1150, "year", "1 VS-FS-ENT Vigilant FaceSearch Enterprise     12   1,150.00", KOK, MSI, FS,
       unit="per user"),
     C(2400, 2400, "year", "2 VS-FS-GAL FaceSearch agency gallery hosting   1   2,400.00   2,400.00", KOK, MSI, FS),
     C(1800, 1800, "one-time", "3 PS-ONB  FaceSearch remote onboarding and          1,800.00   1,800.00", KOK,
       MSI, FS)],
    [N(12, "exact", "licenses", None, "1 VS-FS-ENT Vigilant FaceSearch Enterprise     12", KOK, MSI),
     N(86412, "exact", "images", None, "86,412 booking images", KOK, MSI)],
    [P("FaceSearch results are investigative leads only and are not a positive identification of any person.",
       KOK, "disclaimer")],
    [],
    ["2024-08-19", "2024-09-18", "2024-09-01", "2025-08-31", "2024-08-01"],
    scan="pdf")

# ---------------------------------------------------------------- 4 Missouri: Boone County SO (directive)
BC = "Boone County Sheriff's Office"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SEARCHES = [31, 27, 35, 29, 40, 33, 38, 36, 30, 42, 28, 25]
OUTSIDE = [3, 2, 4, 1, 5, 3, 2, 4, 3, 2, 3, 1]
LEADS = [9, 7, 11, 8, 12, 9, 10, 11, 8, 13, 7, 6]
ROWS = [f"{m:<12}{s:>9}{o:>16}{l:>15}" for m, s, o, l in zip(MONTHS, SEARCHES, OUTSIDE, LEADS)]
TOTAL = f"{'Total':<12}{sum(SEARCHES):>9}{sum(OUTSIDE):>16}{sum(LEADS):>15}"
assert (sum(SEARCHES), sum(OUTSIDE), sum(LEADS)) == (394, 33, 111)
TABLE = "\n".join(ROWS)
doc("04_boone-county-so-mo-fr-written-directive.txt", [
    ("BOONE COUNTY SHERIFF'S OFFICE - WRITTEN DIRECTIVE", """\
Directive No.:  41-07                  Effective:  January 6, 2025
Subject:        Facial Recognition Searches
Rescinds:       Directive 41-07 (issued 2021)
Authority:      Sheriff Paul Whitaker                  Pages: 3

1. PURPOSE
1.1 This directive governs the Office's use of MorphoFace Investigate
    (MFI), the IDEMIA facial recognition application the Office
    licenses to compare a probe image with booking photographs.
1.2 The Office uses facial recognition only to help identify suspects,
    victims and witnesses in criminal investigations and to identify
    deceased or incapacitated persons.

2. DEFINITIONS
2.1 Probe image: the photograph or video still submitted for a search.
2.2 Candidate: a booking photograph MFI returns as a possible match.
2.3 Gallery: the Office's booking photographs, approximately 142,500
    images on the effective date of this directive.

3. ACCESS
3.1 The Office holds eleven MFI licenses. The Investigations Division
    commander assigns them.
3.2 Only a member who has completed the IDEMIA examiner course and the
    Office's 8-hour facial comparison block may be issued an MFI account.
3.3 Accounts are personal. A member shall not let another person use
    his or her account.

4. PROCEDURE
4.1 Every search shall be entered in the FR log with the case number,
    the offense, the source of the probe image and the examiner's name.
4.2 A second trained examiner shall review each candidate before it is
    released to the case investigator.
4.3 A candidate is an investigative lead only. It is not probable cause
    to arrest and shall not be the sole basis for a warrant application.
4.4 Members may run a search for another law enforcement agency only
    when that agency provides a case number and a written request.
""", "Directive 41-07                                             Page 1 of 3"),
    ("BOONE COUNTY SHERIFF'S OFFICE - WRITTEN DIRECTIVE", """\
5. PROHIBITED USES
5.1 Members shall not use MFI to identify a person because he or she is
    taking part in a lawful assembly, protest or other activity
    protected by the First Amendment.
5.2 MFI shall not be used with live or recorded video for real-time
    surveillance or tracking of any person.

6. RETENTION AND AUDIT
6.1 FR log entries are kept for three years under the retention
    schedule adopted pursuant to RSMo 109.255.
6.2 Each quarter, Professional Standards audits 10 percent of the
    searches in the FR log and reports the results to the Sheriff.

7. VIOLATIONS
7.1 A member who misuses MFI will lose access to the application and
    may be disciplined, up to and including termination.

8. NOTES
8.1 The Office does not currently use any commercial service that
    collects images from the internet.
8.2 Questions about this directive go to the Investigations Division,
    (573) 875-1111 ext. 4410.

Appendix A follows.
""", "Directive 41-07                                             Page 2 of 3"),
    ("BOONE COUNTY SHERIFF'S OFFICE - WRITTEN DIRECTIVE", """\
APPENDIX A - MFI SEARCH ACTIVITY BY MONTH, CALENDAR YEAR 2024

Searches include those run for other agencies. "Leads forwarded" are
candidates a second examiner approved and released to an investigator.

Month        Searches   Run for other   Leads forwarded
                          agencies
---------------------------------------------------------------
""" + TABLE + """
---------------------------------------------------------------
""" + TOTAL + """

Source: MFI audit log export, run January 3, 2025, by the MFI system
administrator. Figures are not adjusted for duplicate probe images.
""", "Directive 41-07                                             Page 3 of 3"),
], "pdf", BC,
    [BC],
    [IDM],
    [MFI],
    [],
    [N(142500, "approximately", "images", None, "approximately 142,500\n    images", BC, IDM),
     N(11, "exact", "licenses", None, "The Office holds eleven MFI licenses.", BC, IDM)]
    + [N(s, "exact", "searches", "month", r[:21].rstrip(), BC, IDM) for s, r in zip(SEARCHES, ROWS)]
    + [N(394, "exact", "searches", "year", TOTAL[:21], BC, IDM),
       N(33, "exact", "requests", "year", TOTAL[:37], BC, IDM),
       N(111, "exact", "leads", "year", TOTAL, BC, IDM)],
    [P("The Office uses facial recognition only to help identify suspects, victims and witnesses in criminal "
       "investigations and to identify deceased or incapacitated persons.", BC, "purpose"),
     P("Only a member who has completed the IDEMIA examiner course and the Office's 8-hour facial comparison "
       "block may be issued an MFI account.", BC, "requirement"),
     P("A member shall not let another person use his or her account.", BC, "prohibition"),
     P("Every search shall be entered in the FR log with the case number, the offense, the source of the probe "
       "image and the examiner's name.", BC, "requirement"),
     P("A second trained examiner shall review each candidate before it is released to the case investigator.",
       BC, "requirement"),
     P("A candidate is an investigative lead only. It is not probable cause to arrest and shall not be the sole "
       "basis for a warrant application.", BC, "disclaimer"),
     P("Members may run a search for another law enforcement agency only when that agency provides a case "
       "number and a written request.", BC, "permission"),
     P("Members shall not use MFI to identify a person because he or she is taking part in a lawful assembly, "
       "protest or other activity protected by the First Amendment.", BC, "prohibition"),
     P("MFI shall not be used with live or recorded video for real-time surveillance or tracking of any person.",
       BC, "prohibition"),
     P("FR log entries are kept for three years under the retention schedule adopted pursuant to RSMo 109.255.",
       BC, "requirement"),
     P("Each quarter, Professional Standards audits 10 percent of the searches in the FR log and reports the "
       "results to the Sheriff.", BC, "requirement"),
     P("A member who misuses MFI will lose access to the application and may be disciplined, up to and "
       "including termination.", BC, "consequence")],
    [],
    ["2025-01-06", "2021", "2024", "2025-01-03"],
    scan="pdf")

# ---------------------------------------------------------------- 5 North Carolina: auditor's finding letter
APD = "Asheville Police Department"
OSA = "North Carolina Office of the State Auditor"
VT = "Veritone"
IDF = "IDentify"
HPD5 = "Hendersonville Police Department"
FY = [("FY 2022", 4, "$17,640", 17640, "882", 882), ("FY 2023", 5, "$19,440", 19440, "1,041", 1041),
      ("FY 2024", 5, "$21,240", 21240, "1,195", 1195)]
FYROWS = [f"  {y:<12}{n:>9}{a:>14}{s:>13}" for y, n, a, _, s, _ in FY]
assert sum(f[3] for f in FY) == 58320 and sum(f[5] for f in FY) == 3118
doc("05_nc-state-auditor-asheville-pd-fr-finding-letter.txt", [
    (None, """\
                    STATE OF NORTH CAROLINA
                 OFFICE OF THE STATE AUDITOR
  20601 Mail Service Center, Raleigh, NC 27699-0600  (919) 555-0172

October 17, 2024

Chief Darnell Whitmore
Asheville Police Department
100 Court Plaza, Asheville, NC 28801

Re: Finding 2024-FR-03, facial recognition program

Dear Chief Whitmore:

Under N.C.G.S. 147-64.6(c)(16), our Investigative Division reviewed the
Department's facial recognition program for the period July 1, 2021
through June 30, 2024. This letter reports one finding.

FINDING: FACIAL RECOGNITION ACCOUNTS AND PAYMENTS WERE NOT CONTROLLED

The Department paid Veritone, Inc. a total of $58,320 for its IDentify
subscription during the period (Table 1). Eleven of the 14 payments were
charged to a departmental purchasing card in amounts below the City's
$5,000 single-transaction limit instead of being made on a purchase
order approved by the City's Purchasing Division.

IDentify compared probe images with a gallery of about 204,000 booking
photographs from the Buncombe County Detention Facility. The system log
shows 3,118 searches during the period, run from 41 user accounts.

  - 12 of the 41 accounts belonged to employees who had left the
    Department, and 23 searches were run from those accounts after the
    employees' separation dates.
  - 266 searches (8.5 percent) had no case number recorded.

Table 1. IDentify payments and searches by fiscal year

  Fiscal year   Payments        Amount     Searches
""" + "\n".join(FYROWS) + """
""" + f"  {'Total':<12}{14:>9}{'$58,320':>14}{'3,118':>13}" + """
""", "Finding 2024-FR-03                                          Page 1 of 2"),
    (None, """\
The Department had no written policy on facial recognition until
General Order 1120 took effect on March 4, 2024. General Order 1120
requires a case number for every search. It also prohibits the use of
IDentify for civil immigration enforcement. Neither rule was in place
for most of the period we reviewed.

For comparison, the Hendersonville Police Department, which we also
reviewed, pays $6,400 a year for 4 IDentify users and had closed the
accounts of all separated employees.

RECOMMENDATION
The Department should close an account within one business day after
the account holder separates, should buy IDentify through a purchase
order, and should review the search log each month for missing case
numbers.

DEPARTMENT RESPONSE
The Department agrees. Beginning November 1, 2024, Human Resources will
notify the Real Time Intelligence Center of each separation so that the
account can be closed the same day. The FY 2025 renewal was issued on
purchase order 25-004418.

Please provide a written corrective action plan within 30 days of the
date of this letter. Under N.C.G.S. 147-64.6(c)(18), this letter is a
public record.

Sincerely,

Renata L. Fairley, CPA
Director, Investigative Division
Office of the State Auditor

cc: City Manager, City of Asheville
    Asheville City Council
""", "Finding 2024-FR-03                                          Page 2 of 2"),
], "pdf", APD,
    [OSA, APD, "City of Asheville", "Buncombe County Detention Facility", HPD5, "Asheville City Council"],
    [VT],
    [IDF],
    [C(58320, 58320, None, "a total of $58,320 for its IDentify\nsubscription during the period", APD, VT, IDF)]
    + [C(v, v, "year", r[:40].strip(), APD, VT, IDF) for (_, _, _, v, _, _), r in zip(FY, FYROWS)]
    + [C(6400, 6400, "year", "pays $6,400 a year for 4 IDentify users", HPD5, VT, IDF)],
    [N(204000, "approximately", "images", None, "about 204,000 booking\nphotographs", APD, VT),
     N(3118, "exact", "searches", None, "3,118 searches during the period", APD, VT),
     N(41, "exact", "users", None, "run from 41 user accounts", APD, VT),
     N(12, "exact", "users", None, "12 of the 41 accounts belonged to employees who had left", APD, VT),
     N(23, "exact", "searches", None, "23 searches were run from those accounts", APD, VT),
     N(266, "exact", "searches", None, "266 searches (8.5 percent) had no case number recorded", APD, VT)]
    + [N(s, "exact", "searches", "year", r.strip(), APD, VT) for (_, _, _, _, _, s), r in zip(FY, FYROWS)]
    + [N(4, "exact", "users", None, "pays $6,400 a year for 4 IDentify users", HPD5, VT)],
    [P("General Order 1120\nrequires a case number for every search.", APD, "requirement"),
     P("It also prohibits the use of\nIDentify for civil immigration enforcement.", APD, "prohibition")],
    [],
    ["2024-10-17", "2021-07-01", "2024-06-30", "2024-03-04", "2024-11-01"],
    scan="pdf")

# ---------------------------------------------------------------- 6 West Virginia: Wheeling PD (Teams chat)
WPD = "Wheeling Police Department"
doc("06_wheeling-pd-clearview-seats-teams-chat.txt", [
    (None, """\
Microsoft Teams - chat export
Chat: CID - Clearview seats
Participants: Brandt, Kyle (Sgt.); Costa, Maria (Lt.); Ruiz, Jenna (Det.)
Exported 06/03/2025 2:40 PM by Records Unit for FOIA request 25-118

[5/28/2025 9:12 AM] Brandt, Kyle (Sgt.)
Morning. Any chance we can add Clearview seats? We have 5 seats and 8
detectives now that Ruiz and Pahl came over from patrol.

[5/28/2025 9:20 AM] Costa, Maria (Lt.)
I asked the Clearview rep last week. Quote was $1,950 per seat per
year, so three more would be $5,850 a year on top of the $9,750 we
already pay for the five.

[5/28/2025 9:23 AM] Brandt, Kyle (Sgt.)
We can justify it. 388 searches last year on 5 seats, and the Fusion
Center is running about two weeks behind on requests.

[5/28/2025 9:31 AM] Costa, Maria (Lt.)
Agreed on need. Problem is the body cam renewal ($41,200) lands the
same month. Chief may want to push seats to the FY26 request.
Ohio County gets theirs through the Fusion Center at no charge, FWIW.

[5/28/2025 9:34 AM] Ruiz, Jenna (Det.)
If I do get a seat, what are the rules? Can I run a photo that comes in
on the tip line?

[5/28/2025 9:41 AM] Costa, Maria (Lt.)
GO 500-14 in short:
- You have to finish the Clearview training and sign the user agreement
  before you get a login.
- Searches are for open criminal cases only, and the case number goes
  in every search.
- You can run a tip-line photo if it's tied to an open case.
- No searches on people at protests or rallies just for being there.
- A hit is a lead only, never PC by itself.
- Share your login and you lose it, and it goes to OPR.

[5/28/2025 9:44 AM] Brandt, Kyle (Sgt.)
Nothing in the GO says we can't use it on a witness, right?

[5/28/2025 9:47 AM] Costa, Maria (Lt.)
Right, it doesn't say that. Ask me first anyway. I'll put in for 3
more seats in the FY26 request and we'll see.
""", None),
], "pdf", WPD,
    [WPD, "West Virginia Intelligence Fusion Center", "Ohio County Sheriff's Office"],
    [CV],
    [],
    [C(1950, 1950, "year", "Quote was $1,950 per seat per\nyear", WPD, CV, unit="per user"),
     C(5850, 5850, "year", "three more would be $5,850 a year", WPD, CV),
     C(9750, 9750, "year", "the $9,750 we\nalready pay for the five", WPD, CV)],
    [N(5, "exact", "licenses", None, "We have 5 seats and 8\ndetectives", WPD, CV),
     N(3, "exact", "licenses", None, "three more would be $5,850 a year", WPD, CV),
     N(388, "exact", "searches", "year", "388 searches last year on 5 seats", WPD, CV)],
    [P("You have to finish the Clearview training and sign the user agreement\n  before you get a login.", WPD,
       "requirement"),
     P("Searches are for open criminal cases only, and the case number goes\n  in every search.", WPD,
       "requirement"),
     P("You can run a tip-line photo if it's tied to an open case.", WPD, "permission"),
     P("No searches on people at protests or rallies just for being there.", WPD, "prohibition"),
     P("A hit is a lead only, never PC by itself.", WPD, "disclaimer"),
     P("Share your login and you lose it, and it goes to OPR.", WPD, "consequence")],
    [],
    ["2025-06-03", "2025-05-28"],
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
