"""Writes docs/*.txt and labels.json for holdout54 (six invented releases: WI, OR, AR, CT, MT, LA).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on every policy."""
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


# ---------------------------------------------------------------- 1 Wisconsin: Eau Claire PD
ECPD = "Eau Claire Police Department"
NIJS = "Northwoods Integrated Justice Solutions"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
SUBJ1 = "Quote Q-24-1187 - FaceVACS-DBScan LE, Eau Claire PD"
doc("01_eau-claire-pd-cognitec-quote-outlook-fw.txt", [
    ("Strand, Kari (Purchasing)", """\
From:         Lindahl, Thomas (Police)
Sent:         Thursday, October 10, 2024 3:27 PM
To:           Strand, Kari (Purchasing)
Cc:           Vue, Pao (Police)
Subject:      FW: FW: Quote Q-24-1187 - FaceVACS-DBScan LE, Eau Claire PD
Attachments:  NIJS_Q-24-1187.pdf

Kari,

We'd like to go ahead with the Northwoods quote below for the Cognitec
system, lines 1 through 5. By my math that comes to $51,040.00 without
line 6 and the freight. Please leave the fingerprint station off the
PO. Records is buying a livescan unit through the county, and it has
nothing to do with the face search system.

Funding is the Investigations software line, 100-21-5224-270. The
Chief signed requisition 24-3391 this morning. Our tax exemption
certificate (ES 41-0074) is already on file with Northwoods.

Thanks,
Tom

Deputy Chief Thomas Lindahl
Eau Claire Police Department | 740 Second Avenue | Eau Claire, WI 54703
Office 715-555-0142

________________________________
From: Vue, Pao (Police)
Sent: Wednesday, October 9, 2024 8:14 AM
To: Lindahl, Thomas (Police)
Subject: FW: Quote Q-24-1187 - FaceVACS-DBScan LE, Eau Claire PD

Chief,

Forwarding the Northwoods quote for the Cognitec system we saw at the
demo last week. A few notes before it goes to Purchasing:
""", "ECPD PRR 2024-0917    000012"),
    ("Strand, Kari (Purchasing)", """\
- The gallery would be the booking photos from the Eau Claire County
  Sheriff's Office jail, roughly 96,000 images going back to 2006.
  The Sheriff has agreed to share them with us at no charge.
- The client licences would go to the Major Crimes detectives and our
  crime analyst. Nobody in Patrol would have access.
- La Crosse PD uses Clearview and told me they pay about $11,000 a
  year for 10 users. We are not looking at Clearview. Nothing in our
  policies prohibits it, but the Chief does not want a product built
  on photos scraped from the internet.
- General Order 600.14 already covers this kind of tool: members must
  complete training on a system before they are given access, and an
  automated match is an investigative lead only and does not establish
  probable cause by itself.
- My proposal for year one: no searches in misdemeanor cases unless a
  lieutenant signs off. We can write that into an SOP later.

Pao

Lt. Pao Vue | Investigations Division | 715-555-0187

________________________________
From: Brandt Kessler <bkessler@northwoodsijs.com>
Sent: Tuesday, October 8, 2024 11:52 AM
To: Vue, Pao (Police) <pao.vue@eauclairewi.gov>
Subject: Quote Q-24-1187 - FaceVACS-DBScan LE, Eau Claire PD

Lieutenant Vue,

Thanks again for having us on the 3rd. Our quote for Cognitec
FaceVACS-DBScan LE is below; the signed PDF is attached. Pricing is
good through December 31, 2024. After year one, maintenance renews
each year at 18% of the current licence list price.
""", "ECPD PRR 2024-0917    000013"),
    ("Strand, Kari (Purchasing)", """\
NORTHWOODS INTEGRATED JUSTICE SOLUTIONS, LLC
Authorized Cognitec Systems reseller | Wausau, WI | 715-555-0120

QUOTE Q-24-1187    Date: 10/08/2024    Customer: Eau Claire Police Dept.

Ln  Description                           Qty   Unit Price    Extended
--  ------------------------------------  ---  -----------  ----------
1   FaceVACS-DBScan LE server licence,      1    26,900.00   26,900.00
    perpetual (gallery up to 250,000
    images)
2   FaceVACS-DBScan LE investigator         6     1,850.00   11,100.00
    client licence, perpetual
3   Software maintenance and support,       1     6,840.00    6,840.00
    year 1 (18% of lines 1-2)
4   Booking photo import from county        1     4,250.00    4,250.00
    jail system, one-time service
5   Onsite examiner training, 2 days,       1     1,950.00    1,950.00
    one-time
6   IDEMIA TouchPrint 5300 livescan         1    17,480.00   17,480.00
    fingerprint station (optional)
                                               Subtotal      68,520.00
                    Wisconsin sales tax 5.5% - exempt              0.00
                    Shipping and handling (line 6 only)          185.00
                                               QUOTE TOTAL   68,705.00

Line 6 is quoted at the request of your Records Unit and may be
ordered separately. Prices do not include customer-supplied server
hardware.

Brandt Kessler
Account Manager, Public Safety
Northwoods Integrated Justice Solutions, LLC
bkessler@northwoodsijs.com | 715-555-0120 ext. 14
""", "ECPD PRR 2024-0917    000014"),
], "print", ECPD,
    [ECPD, "Eau Claire County Sheriff's Office", "La Crosse Police Department"],
    [NIJS, COG, "Idemia", "Clearview AI"],
    [DBS, "TouchPrint 5300"],
    [C(51040, 51040, None, "By my math that comes to $51,040.00", ECPD, NIJS, DBS),
     C(11000, 11000, "year", "they pay about $11,000 a year for 10 users", "La Crosse Police Department",
       "Clearview AI"),
     C(26900, 26900, "one-time", "1   FaceVACS-DBScan LE server licence,      1    26,900.00   26,900.00",
       ECPD, NIJS, DBS),
     C(11100, 11100, "one-time", "2   FaceVACS-DBScan LE investigator         6     1,850.00   11,100.00",
       ECPD, NIJS, DBS),
     C(1850, 1850, "one-time", "2   FaceVACS-DBScan LE investigator         6     1,850.00",
       ECPD, NIJS, DBS, unit="per user"),
     C(6840, 6840, "year", "3   Software maintenance and support,       1     6,840.00    6,840.00",
       ECPD, NIJS, DBS),
     C(4250, 4250, "one-time", "4   Booking photo import from county        1     4,250.00    4,250.00",
       ECPD, NIJS, DBS),
     C(1950, 1950, "one-time", "5   Onsite examiner training, 2 days,       1     1,950.00    1,950.00",
       ECPD, NIJS, DBS)],
    [N(96000, "approximately", "images", None, "roughly 96,000 images going back to 2006", ECPD, NIJS),
     N(10, "exact", "users", None, "they pay about $11,000 a year for 10 users", "La Crosse Police Department",
       "Clearview AI"),
     N(6, "exact", "licenses", None, "2   FaceVACS-DBScan LE investigator         6", ECPD, NIJS)],
    [P("members must complete training on a system before they are given access", ECPD, "requirement"),
     P("an automated match is an investigative lead only and does not establish probable cause by itself",
       ECPD, "disclaimer")],
    [E("Lindahl, Thomas (Police)", "Strand, Kari (Purchasing)", "Thursday, October 10, 2024 3:27 PM",
       "FW: FW: " + SUBJ1),
     E("Vue, Pao (Police)", "Lindahl, Thomas (Police)", "Wednesday, October 9, 2024 8:14 AM", "FW: " + SUBJ1),
     E("Brandt Kessler", "Vue, Pao (Police)", "Tuesday, October 8, 2024 11:52 AM", SUBJ1)],
    ["2024-10-10", "2024-10-09", "2024-10-08", "2006", "2024-12-31"],
    scan="photocopy")


# ---------------------------------------------------------------- 2 Oregon: Bend PD
BPD = "Bend Police Department"
MSI = "Motorola Solutions"
VIG = "Vigilant Solutions"
VFS = "Vigilant FaceSearch"
doc("02_bend-pd-vigilant-facesearch-invoice.txt", [
    (None, """\
MOTOROLA SOLUTIONS, INC.                                      INVOICE
Vigilant Solutions products
500 W. Monroe Street, Chicago, IL 60661                   Page 1 of 1

Invoice No.:   7130284415             Invoice Date:  11/18/2024
Customer No.:  1000381227             Due Date:      12/18/2024
Customer PO:   25-000642              Terms:         Net 30
Sales Order:   4500219933             Ship Via:      UPS Ground

Bill To:                              Ship To:
City of Bend - Accounts Payable       Bend Police Department
P.O. Box 431                          Attn: Sgt. Ellen Marsh
Bend, OR 97709                        555 NE 15th Street
                                      Bend, OR 97701

Ln  Description                            Qty  Unit Price      Amount
--  -------------------------------------  ---  ----------  ----------
10  Vigilant FaceSearch investigator                         14,400.00
    subscription, 12/01/2024-11/30/2025
    (8 seats)
20  FaceSearch mobile app add-on, per        8      275.00    2,200.00
    seat, 12 months
30  FaceSearch onboarding and remote         1    1,150.00    1,150.00
    training (one-time)
40  Vigilant L5Q fixed ALPR camera kit       2    8,450.00   16,900.00
50  LEARN ALPR data hosting, per camera,     2      600.00    1,200.00
    12 months
                                             Subtotal        35,850.00
                          Sales tax (Oregon, 0.000%)              0.00
                          Shipping and handling (line 40)       142.75
                                             INVOICE TOTAL   35,992.75

FaceSearch includes unlimited searches of your agency's booking images
and of the shared Vigilant gallery of more than 18 million booking
photos contributed by participating agencies.

Remit to: Motorola Solutions, Inc., Lockbox 7432, Chicago, IL 60693
Questions: 1-800-555-0175, reference customer number 1000381227.""", "BPD PRR 24-1206 | 0031"),
    (None, """\
CITY OF BEND - ACCOUNTS PAYABLE
Invoice Approval and Account Coding

Vendor:   Motorola Solutions, Inc.          Vendor No.: 20417
Invoice:  7130284415, dated 11/18/2024      Amount:     $35,992.75
PO:       25-000642                         Received:   11/20/2024

Account coding
  Lines 10-30, FaceSearch             101-2120-53240      $17,750.00
  Lines 40-50 and freight, ALPR       210-2125-54110      $18,242.75
                                      Total               $35,992.75

Department comments (Bend Police Department, Investigations):
FaceSearch replaces the five Clearview AI accounts we let expire on
October 31, 2024; the last Clearview year cost $9,000. The Deschutes
County Sheriff's Office shares the county booking gallery with us but
has its own FaceSearch contract and is not billed on this invoice.
The ALPR cameras are for the Third Street corridor project, not for
Investigations.

Reminder sent to all FaceSearch users with their log-in details, from
Bend PD Policy 620 (Facial Recognition):
  - Every FaceSearch query must include a case number and the offense.
  - A FaceSearch candidate is not a positive identification and may
    not be the sole basis for an arrest or a search warrant.
  - Users are authorized to run FaceSearch from the mobile app on a
    Department-issued phone.

Approved for payment:
  Sgt. Ellen Marsh, Investigations          11/21/2024
  Lt. Ross Haldane, Investigations          11/22/2024
  Finance review: D. Okonkwo                11/25/2024""", "BPD PRR 24-1206 | 0032"),
], "pdf", BPD,
    [BPD, "City of Bend", "Deschutes County Sheriff's Office"],
    [MSI, VIG, "Clearview AI"],
    [VFS, "Vigilant L5Q", "Vigilant LEARN"],
    [C(14400, 14400, "year", "10  Vigilant FaceSearch investigator                         14,400.00",
       BPD, MSI, VFS),
     C(2200, 2200, "year", "20  FaceSearch mobile app add-on, per        8      275.00    2,200.00",
       BPD, MSI, VFS),
     C(275, 275, "year", "20  FaceSearch mobile app add-on, per        8      275.00",
       BPD, MSI, VFS, unit="per user"),
     C(1150, 1150, "one-time", "30  FaceSearch onboarding and remote         1    1,150.00    1,150.00",
       BPD, MSI, VFS),
     C(17750, 17750, None, "Lines 10-30, FaceSearch             101-2120-53240      $17,750.00",
       BPD, MSI, VFS),
     C(9000, 9000, "year", "the last Clearview year cost $9,000", BPD, "Clearview AI")],
    [N(8, "exact", "licenses", None, "(8 seats)", BPD, MSI),
     N(18000000, "more than", "images", None, "shared Vigilant gallery of more than 18 million booking photos",
       None, VIG),
     N(5, "exact", "licenses", None, "the five Clearview AI accounts", BPD, "Clearview AI")],
    [P("Every FaceSearch query must include a case number and the offense.", BPD, "requirement"),
     P("A FaceSearch candidate is not a positive identification and may not be the sole basis for an arrest "
       "or a search warrant.", BPD, "disclaimer"),
     P("Users are authorized to run FaceSearch from the mobile app on a Department-issued phone.", BPD,
       "permission")],
    [],
    ["2024-11-18", "2024-12-18", "2024-12-01", "2025-11-30", "2024-11-20", "2024-10-31", "2024-11-21",
     "2024-11-22", "2024-11-25"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Arkansas: Rogers PD
RPD = "Rogers Police Department"
CV = "Clearview AI"
doc("03_rogers-pd-general-order-41-9-draft-revision.txt", [
    (None, """\
ROGERS POLICE DEPARTMENT
Office of Professional Standards
1905 S. Dixieland Road, Rogers, Arkansas 72758 | (479) 555-0162

INTER-OFFICE MEMORANDUM

TO:        Chief of Police
FROM:      Capt. Renata Okafor, Office of Professional Standards
DATE:      February 4, 2025
SUBJECT:   General Order 41.9 (Facial Recognition) - proposed revision

Attached for your review is General Order 41.9 as currently in effect,
followed by a proposed revision in Section 9. Some background:

1. The Department has used Clearview AI since March 2022. The current
   term, April 1, 2024 through March 31, 2025, cost $5,400 for six
   user licenses. Clearview has quoted $6,300 for the 2025-26 term
   with the same six licenses, an increase of 16.7%.

2. Detectives ran 412 searches in calendar year 2024, compared with
   356 in 2023. Every search in the log carries a case number.

3. Section 9.2 would give patrol sergeants the Clearview Mobile app.
   Clearview prices mobile access for the sergeants at $1,200 per
   year. This is not budgeted and has not been approved.

4. The Springdale Police Department told us it pays $4,800 a year for
   five licenses. The Bentonville Police Department uses a different
   vendor and did not share its cost.

5. At present the Department has no written rule against using photos
   taken from social media as probe images. Section 9.1 would add one.

Please return comments to OPS by March 3, 2025, so the revision can go
to the command staff meeting on March 10.""", "RPD FOIA 25-0219 - Page 1 of 3"),
    (None, """\
ROGERS POLICE DEPARTMENT                          GENERAL ORDER 41.9
---------------------------------------------------------------------
Subject:      Facial Recognition Technology
Effective:    June 1, 2022                Revised:   August 15, 2023
Applies to:   All sworn and civilian personnel
Related:      G.O. 41.2 (Criminal Investigations); G.O. 82.1 (Records)
---------------------------------------------------------------------

1. PURPOSE
1.1 Facial recognition technology is used by the Department only to
    help identify suspects, victims and witnesses in criminal
    investigations, and to identify deceased or incapacitated persons.

2. POLICY
2.1 A facial recognition result is an investigative lead only and is
    not a positive identification.
2.2 A result shall not, by itself, establish probable cause for an
    arrest, a search warrant or a detention.

3. DEFINITIONS
3.1 Probe image: the photograph of an unknown person submitted for
    comparison.
3.2 Candidate list: the possible matches returned by a search, ranked
    by similarity score.
3.3 Examiner: a member who holds a Department account and has
    completed the training in Section 7.

4. AUTHORIZED USE
4.1 An examiner may submit a probe image lawfully obtained in the
    course of an open criminal investigation.
4.2 Each search shall be logged with the case number, the offense and
    the reason for the search.

5. PROHIBITED USE
5.1 Members shall not use facial recognition to identify persons
    taking part in a lawful assembly, protest or religious service.
5.2 Members shall not use facial recognition for live or real-time
    monitoring of any person or place.
5.3 Members may not use a personal account or a free trial of any
    facial recognition product for Department business.""", "RPD FOIA 25-0219 - Page 2 of 3"),
    (None, """\
6. PROCEDURE
6.1 Before a lead is sent to the case detective, a second examiner
    must review the probe image and the candidate independently.
6.2 The case detective must corroborate a lead through independent
    investigation before seeking a warrant or making an arrest.

7. TRAINING
7.1 A member must complete the vendor's user training and the
    Department's eight-hour examiner course before an account is
    issued.

8. AUDIT, RECORDS AND DISCIPLINE
8.1 The Office of Professional Standards shall audit the search log
    each quarter.
8.2 Search logs shall be retained for three years.
8.3 A member who uses facial recognition for a personal or
    non-law-enforcement purpose will be subject to discipline, up to
    and including termination.

9. PROPOSED REVISION (DRAFT - NOT IN EFFECT)
9.1 Members shall not submit a probe image taken from a social media
    platform without the written approval of a lieutenant.
9.2 Patrol sergeants may use the Clearview Mobile application in the
    field to identify a person who cannot be identified by other
    means.
9.3 The Department shall publish an annual report of the number of
    searches run and the number of leads produced.

Approved: _________________________   Chief of Police   Date: 08/15/2023

Released under Ark. Code Ann. 25-19-105.""", "RPD FOIA 25-0219 - Page 3 of 3"),
], "pdf", RPD,
    [RPD, "Springdale Police Department", "Bentonville Police Department"],
    [CV],
    ["Clearview Mobile"],
    [C(5400, 5400, "year", "cost $5,400 for six user licenses", RPD, CV),
     C(6300, 6300, "year", "Clearview has quoted $6,300 for the 2025-26 term", RPD, CV),
     C(1200, 1200, "year", "Clearview prices mobile access for the sergeants at $1,200 per year", RPD, CV,
       "Clearview Mobile"),
     C(4800, 4800, "year", "it pays $4,800 a year for five licenses", "Springdale Police Department", CV)],
    [N(6, "exact", "licenses", None, "cost $5,400 for six user licenses", RPD, CV),
     N(412, "exact", "searches", "year", "Detectives ran 412 searches in calendar year 2024", RPD, CV),
     N(356, "exact", "searches", "year", "356 in 2023", RPD, CV),
     N(5, "exact", "licenses", None, "it pays $4,800 a year for five licenses", "Springdale Police Department",
       CV)],
    [P("Facial recognition technology is used by the Department only to help identify suspects, victims and "
       "witnesses in criminal investigations, and to identify deceased or incapacitated persons.", RPD, "purpose"),
     P("A facial recognition result is an investigative lead only and is not a positive identification.", RPD,
       "disclaimer"),
     P("A result shall not, by itself, establish probable cause for an arrest, a search warrant or a detention.",
       RPD, "disclaimer"),
     P("An examiner may submit a probe image lawfully obtained in the course of an open criminal investigation.",
       RPD, "permission"),
     P("Each search shall be logged with the case number, the offense and the reason for the search.", RPD,
       "requirement"),
     P("Members shall not use facial recognition to identify persons taking part in a lawful assembly, protest "
       "or religious service.", RPD, "prohibition"),
     P("Members shall not use facial recognition for live or real-time monitoring of any person or place.", RPD,
       "prohibition"),
     P("Members may not use a personal account or a free trial of any facial recognition product for Department "
       "business.", RPD, "prohibition"),
     P("Before a lead is sent to the case detective, a second examiner must review the probe image and the "
       "candidate independently.", RPD, "requirement"),
     P("The case detective must corroborate a lead through independent investigation before seeking a warrant "
       "or making an arrest.", RPD, "requirement"),
     P("A member must complete the vendor's user training and the Department's eight-hour examiner course "
       "before an account is issued.", RPD, "requirement"),
     P("The Office of Professional Standards shall audit the search log each quarter.", RPD, "requirement"),
     P("Search logs shall be retained for three years.", RPD, "requirement"),
     P("A member who uses facial recognition for a personal or non-law-enforcement purpose will be subject to "
       "discipline, up to and including termination.", RPD, "consequence")],
    [],
    ["2025-02-04", "2022-03", "2024-04-01", "2025-03-31", "2024", "2023", "2025-03-03", "2022-06-01",
     "2023-08-15"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Connecticut: Danbury PD
DPD = "Danbury Police Department"
BC = "BriefCam"
L3 = '"3","53360","Clearview AI search (4 seats)"'
L2 = '"2","53360","BriefCam face recognition add-on"'
doc("04_danbury-pd-fy26-budget-request-csv.txt", [
    (None, """\
CITY OF DANBURY, CONNECTICUT
FY 2025-2026 OPERATING BUDGET REQUEST - TECHNOLOGY DETAIL
Dept 0210 Police | Division 0214 Detective Bureau
Source: budget system export FY26_PD_0214_tech.csv
Printed 01/13/2025 10:47 AM by mquintero

"Ln","Acct","Item","FY23 Act","FY24 Act","FY25 Adpt","FY26 Req"
"1","53360","BriefCam Review license","18200","18900","19650","20440"
"2","53360","BriefCam face recognition add-on","0","6500","6760","7030"
"3","53360","Clearview AI search (4 seats)","7200","7560","8000","8800"
"4","53360","Clearview AI search (2 new seats)","0","0","0","4400"
"5","53365","Axon Body 3 cameras","148500","151200","154800","158400"
"6","53365","Flock Safety LPR (14 cameras)","42000","42000","44100","46300"
"7","53120","Axon Evidence.com storage","11880","12470","13090","13750"
"","","TOTAL","227780","238630","246400","259120"

All lines are annual recurring costs. Act = actual, Adpt = adopted,
Req = requested.

Line 1 (BriefCam Review) is the recorded-video search and summary
license used by all divisions. Face matching is licensed separately on
line 2 and is not part of line 1.""", "DPD FOI 25-031  p. 1"),
    (None, """\
JUSTIFICATION (required for any line changing by more than $1,000 or
5% from the adopted budget)

Line 2 - BriefCam face recognition add-on. Purchase order 24-01177
sets a 4.0% yearly increase. The add-on lets detectives compare a face
from recorded video against the booking photo gallery, about 71,000
photos held in the Department's records system. It is not used on
live video.

Line 3 - Clearview AI. Clearview has given notice of $2,200 per seat
for FY26, up from $2,000 per seat in FY25. The four seats are held by
the Major Crimes and Narcotics units.

Line 4 - NEW REQUEST. Two more Clearview seats for the Special Victims
Unit at the same $2,200 per seat. Detectives ran 1,038 Clearview
searches in calendar 2024, up from 611 in calendar 2023, and SVU now
sends its photos to Major Crimes to be searched. For comparison, the
Norwalk Police Department pays $14,000 a year for eight seats.

Lines 5-7 are contractual and are shown for completeness.

Use of both face tools is governed by DPD General Order 2.41, which
requires that each search be tied to an open case number and that a
second examiner review any possible match before it is released. A
possible match is treated as an investigative lead only. The
Department has no policy authorizing real-time face matching, and
none is proposed in this request.

Prepared by: Lt. Marisol Quintero, Detective Bureau, ext. 5128
Reviewed:    Deputy Chief Owen Farrell                   01/15/2025""", "DPD FOI 25-031  p. 2"),
], "pdf", DPD,
    [DPD, "City of Danbury", "Norwalk Police Department"],
    [BC, CV, "Axon", "Flock Safety"],
    ["BriefCam Review", "Axon Body 3", "Evidence.com"],
    [C(6500, 6500, "year", L2 + ',"0","6500"', DPD, BC),
     C(6760, 6760, "year", L2 + ',"0","6500","6760"', DPD, BC),
     C(7030, 7030, "year", L2 + ',"0","6500","6760","7030"', DPD, BC),
     C(7200, 7200, "year", L3 + ',"7200"', DPD, CV),
     C(7560, 7560, "year", L3 + ',"7200","7560"', DPD, CV),
     C(8000, 8000, "year", L3 + ',"7200","7560","8000"', DPD, CV),
     C(8800, 8800, "year", L3 + ',"7200","7560","8000","8800"', DPD, CV),
     C(4400, 4400, "year", '"4","53360","Clearview AI search (2 new seats)","0","0","0","4400"', DPD, CV),
     C(2200, 2200, "year", "$2,200 per seat for FY26", DPD, CV, unit="per user"),
     C(2000, 2000, "year", "$2,000 per seat in FY25", DPD, CV, unit="per user"),
     C(14000, 14000, "year", "pays $14,000 a year for eight seats", "Norwalk Police Department", CV)],
    [N(4, "exact", "licenses", None, "Clearview AI search (4 seats)", DPD, CV),
     N(2, "exact", "licenses", None, "Clearview AI search (2 new seats)", DPD, CV),
     N(71000, "approximately", "images", None, "about 71,000 photos held in the Department's records system",
       DPD, BC),
     N(1038, "exact", "searches", "year", "Detectives ran 1,038 Clearview searches in calendar 2024", DPD, CV),
     N(611, "exact", "searches", "year", "up from 611 in calendar 2023", DPD, CV),
     N(8, "exact", "licenses", None, "pays $14,000 a year for eight seats", "Norwalk Police Department", CV)],
    [P("DPD General Order 2.41, which requires that each search be tied to an open case number and that a second "
       "examiner review any possible match before it is released.", DPD, "requirement"),
     P("A possible match is treated as an investigative lead only.", DPD, "disclaimer")],
    [],
    ["2025-01-13", "2025-01-15", "2024", "2023"])


# ---------------------------------------------------------------- 5 Montana: Flathead County SO
FCSO = "Flathead County Sheriff's Office"
VER = "Veritone"
VID = "Veritone IDentify"
doc("05_flathead-county-so-public-records-reply.txt", [
    (None, """\
FLATHEAD COUNTY SHERIFF'S OFFICE
920 South Main Street, Suite 100 | Kalispell, Montana 59901
Records Section (406) 555-0130

March 21, 2025

Mr. Dylan Rourke
Big Sky Transparency Project
P.O. Box 5127
Helena, MT 59604

Re: Public records request FCSO-PRR-25-044 (received February 26, 2025)

Dear Mr. Rourke:

This letter responds to your request under Article II, Section 9 of
the Montana Constitution and the Public Records Act, MCA 2-6-1001 et
seq., for records about the Sheriff's Office's use of facial
recognition. The answers below summarize the responsive records,
which are enclosed.

1. Product and cost
From January 2021 through December 31, 2023 the Office subscribed to
Veritone IDentify, a hosted service that compared photographs with
the booking photographs of the Flathead County Detention Center. At
the end of the subscription the gallery held about 58,000 booking
photographs. The Office paid Veritone $8,900 for 2021, $9,350 for
2022 and $9,820 for 2023, each an annual term. No implementation fee
was charged. The subscription was not renewed after the 2023 Montana
Legislature restricted the use of facial recognition by state and
local agencies (Title 44, chapter 15, MCA). Since January 2024 the
Office has sent any facial recognition request to the Montana
Department of Justice, Division of Criminal Investigation (DCI),
which does not charge for the service.

2. Users
Nine members held IDentify accounts when the subscription ended. No
member holds an account with any facial recognition service today.""",
     "FCSO-PRR-25-044    Page 1 of 3"),
    (None, """\
3. Use by year
The figures below come from the IDentify audit export and from the
Office's log of requests sent to DCI.

    Year    IDentify    Leads sent to    Requests
            searches    detectives       sent to DCI
    -----   --------    -------------    -----------
    2021         174               39              0
    2022         216               47              2
    2023         158               31              5
    2024           0                0             12
    -----   --------    -------------    -----------
    Total        548              117             19

The 2022 searches include 4 run for the Kalispell Police Department
under an informal arrangement that ended that year. The Office does
not track arrests that followed a search. The Ravalli County
Sheriff's Office, which also used IDentify, told us it paid about
$4,000 a year; we hold no other records of its use.

4. Policy
Sheriff's Office Policy 346, Facial Recognition (adopted January 11,
2021), still governs requests sent to DCI. It provides in part:

  346.2  "Facial recognition may be used only to develop investigative
         leads in criminal investigations, to identify deceased
         persons, and to help locate missing or endangered persons."
  346.4  "A candidate returned by a facial recognition search is not a
         positive identification and shall not, standing alone,
         establish probable cause."
  346.5  "Each search or request shall be approved by a sergeant or
         higher rank and documented in the case file."
  346.7  "Members shall not use facial recognition to monitor or
         identify persons engaged in activity protected by the First
         Amendment."
  346.9  "Misuse of facial recognition may result in discipline up to
         and including termination."
""", "FCSO-PRR-25-044    Page 2 of 3"),
    (None, """\
Policy 346 does not limit the sources of probe images, and no other
Office policy addresses that question. A revision to conform the
policy to the 2023 statute has been drafted but has not been adopted.

5. Withheld records
Probe images, candidate photographs and the names of persons searched
are withheld under Article II, Section 10 of the Montana Constitution
(right of privacy) and MCA 44-5-303 (confidential criminal justice
information).

6. Fees
The enclosed records total 61 pages. Staff spent 2.5 hours beyond the
first hour on your request; at $22.50 per hour the fee would be
$56.25. The Sheriff has waived it.

If you have questions, please call the Records Section at the number
above.

Sincerely,

Colleen Brandvold
Undersheriff
Flathead County Sheriff's Office

Enclosures: Veritone invoices (3); IDentify audit export; DCI request
log; Policy 346""", "FCSO-PRR-25-044    Page 3 of 3"),
], "pdf", FCSO,
    [FCSO, "Montana Department of Justice", "Montana Division of Criminal Investigation",
     "Kalispell Police Department", "Ravalli County Sheriff's Office", "Montana Legislature"],
    [VER],
    [VID],
    [C(8900, 8900, "year", "The Office paid Veritone $8,900 for 2021", FCSO, VER, VID),
     C(9350, 9350, "year", "$9,350 for 2022", FCSO, VER, VID),
     C(9820, 9820, "year", "$9,820 for 2023, each an annual term", FCSO, VER, VID),
     C(4000, 4000, "year", "it paid about $4,000 a year", "Ravalli County Sheriff's Office", VER, VID)],
    [N(58000, "approximately", "images", None, "the gallery held about 58,000 booking photographs", FCSO, VER),
     N(9, "exact", "users", None, "Nine members held IDentify accounts", FCSO, VER),
     N(174, "exact", "searches", "year", "2021         174", FCSO, VER),
     N(216, "exact", "searches", "year", "2022         216", FCSO, VER),
     N(158, "exact", "searches", "year", "2023         158", FCSO, VER),
     N(2, "exact", "requests", "year", "2022         216               47              2", FCSO, None),
     N(5, "exact", "requests", "year", "2023         158               31              5", FCSO, None),
     N(12, "exact", "requests", "year", "2024           0                0             12", FCSO, None),
     N(548, "exact", "searches", None, "Total        548", FCSO, VER),
     N(117, "exact", "leads", None, "Total        548              117", FCSO, VER),
     N(19, "exact", "requests", None, "Total        548              117             19", FCSO, None),
     N(4, "exact", "requests", None, "4 run for the Kalispell Police Department", FCSO, VER)],
    [P("Facial recognition may be used only to develop investigative leads in criminal investigations, to identify "
       "deceased persons, and to help locate missing or endangered persons.", FCSO, "purpose"),
     P("A candidate returned by a facial recognition search is not a positive identification and shall not, "
       "standing alone, establish probable cause.", FCSO, "disclaimer"),
     P("Each search or request shall be approved by a sergeant or higher rank and documented in the case file.",
       FCSO, "requirement"),
     P("Members shall not use facial recognition to monitor or identify persons engaged in activity protected by "
       "the First Amendment.", FCSO, "prohibition"),
     P("Misuse of facial recognition may result in discipline up to and including termination.", FCSO,
       "consequence")],
    [],
    ["2025-03-21", "2025-02-26", "2021-01", "2023-12-31", "2021", "2022", "2023", "2024-01", "2024",
     "2021-01-11"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Louisiana: Bossier Parish SO / Police Jury
BPSO = "Bossier Parish Sheriff's Office"
BPPJ = "Bossier Parish Police Jury"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("06_bossier-parish-police-jury-minutes-face-plus-cea.txt", [
    (None, """\
BOSSIER PARISH POLICE JURY
MINUTES OF THE REGULAR MEETING OF AUGUST 6, 2025

The Bossier Parish Police Jury met in regular session at 2:00 p.m. on
Wednesday, August 6, 2025, in the Police Jury Meeting Room of the
Bossier Parish Courthouse, Benton, Louisiana. President Wendell Avery
presided.

Present: Mr. Wendell Avery, Mrs. Dana Lott, Mr. Curtis Gaspard,
Mr. Neal Broussard, Mrs. Rita Haley, Mr. Jules Delacroix, Mr. Ray
Pruitt, Mrs. Lena Sanchez, Mr. Tom Odom, Mr. Peter Villere and
Mrs. Gail Mayeux.
Absent: Mr. Hollis Benoit.
Also present: Parish Administrator Karen Whitley; Parish Attorney
Matthew Cobb; Parish Secretary Sandra Fontenot.

The invocation was given by Mr. Odom, followed by the Pledge of
Allegiance.

Motion by Mr. Pruitt, seconded by Mrs. Lott, to approve the minutes of
the July 16, 2025 regular meeting. Motion carried unanimously.

ITEM 6. Bid award, asphalt overlay of Linton Road and Crouch Road,
Bid No. 2025-14. Motion by Mr. Villere, seconded by Mr. Gaspard, to
award the bid to the low bidder at $412,680.00, as recommended by the
Parish Engineer. Motion carried unanimously.

ITEM 7. Cooperative endeavor agreement with the Bossier Parish
Sheriff's Office for a facial recognition service (Resolution
No. 2025-87).

Capt. Lionel Thibodeaux, commander of the Sheriff's Criminal
Investigations Division, presented the request. The Sheriff proposes
a three-year contract with DataWorks Plus, LLC for its FACE Plus
facial recognition system, linked to the booking system at the
Bossier Maximum Security Facility. The price is $38,500 for the first
year, which includes installation and training, and $14,250 a year
for years two and three, for a three-year total of $67,000.""",
     "BPSO PRR 25-118 | Page 1 of 3"),
    (None, """\
The Sheriff asks the Police Jury to pay half of the contract, not to
exceed $33,500, from the Criminal Justice Fund; the Sheriff's Office
would pay the balance from its own budget.

Capt. Thibodeaux said the gallery would start with about 185,000
booking photographs taken at the parish jails since 2008, and that
twelve investigators would hold FACE Plus accounts. Detectives of the
Bossier City Police Department could ask the Sheriff's Office to run
a search but would not have their own accounts. He said the Caddo
Parish Sheriff's Office uses a similar system and runs about 1,100
searches a year.

In answer to Mr. Gaspard, Capt. Thibodeaux said that photographs held
by the Louisiana Office of Motor Vehicles would not be searched. He
read from Sheriff's General Order 512: searches may be run only for
criminal investigations with an item number, for missing persons and
to identify the deceased; a possible match is an investigative lead
only and cannot be the sole basis for an arrest; and the system may
not be connected to any live camera feed.

Mrs. Haley asked what the service would cost after the third year.
Capt. Thibodeaux said DataWorks Plus expects a renewal price of about
$15,000 a year, which would require a new agreement.

Parish Attorney Cobb advised that the agreement is authorized under
La. Const. art. VII, sec. 14(C) and La. R.S. 33:1236.

Public comment. Ms. Andrea Fuselier of Haughton spoke against the
agreement. She said the Parish has no ordinance prohibiting face
recognition searches of protesters and asked the Jury to wait. Mr.
Carl Ingram of Bossier City spoke in favor.

Motion by Mr. Delacroix, seconded by Mrs. Sanchez, to amend the
agreement so that the Sheriff's Office shall report the number of
searches to the Police Jury every quarter and shall not run searches
for misdemeanor offenses. Roll call vote: Yeas 5 (Delacroix, Sanchez,
Haley, Mayeux, Pruitt); Nays 6 (Avery, Lott, Gaspard, Broussard, Odom,
Villere); Absent 1 (Benoit). Motion failed.""", "BPSO PRR 25-118 | Page 2 of 3"),
    (None, """\
Motion by Mr. Broussard, seconded by Mr. Odom, to adopt Resolution
No. 2025-87 authorizing the President to execute the cooperative
endeavor agreement with the Bossier Parish Sheriff's Office as
presented, with the Parish share not to exceed $33,500 over three
years. Roll call vote: Yeas 8; Nays 3 (Delacroix, Sanchez, Haley);
Absent 1 (Benoit). Motion carried.

ITEM 8. Renewal of the Motorola Solutions radio maintenance agreement
for the Bossier Parish Office of Homeland Security and Emergency
Preparedness, $61,240 for one year. Motion by Mrs. Mayeux, seconded by
Mr. Villere, to approve. Motion carried unanimously.

ITEM 9. Administrator's report. Mrs. Whitley reported that sales tax
collections for July were 3.2% above July of last year.

There being no further business, the meeting adjourned at 3:41 p.m.

_____________________________          _____________________________
Wendell Avery, President               Sandra Fontenot, Secretary""", "BPSO PRR 25-118 | Page 3 of 3"),
], "pdf", BPSO,
    [BPPJ, BPSO, "Bossier City Police Department", "Caddo Parish Sheriff's Office",
     "Louisiana Office of Motor Vehicles", "Bossier Parish Office of Homeland Security and Emergency Preparedness"],
    [DWP, "Motorola Solutions"],
    [FP],
    [C(38500, 38500, "year", "The price is $38,500 for the first year", BPSO, DWP, FP),
     C(14250, 14250, "year", "$14,250 a year for years two and three", BPSO, DWP, FP),
     C(67000, 67000, None, "for a three-year total of $67,000", BPSO, DWP, FP),
     C(None, 33500, None, "pay half of the contract, not to exceed $33,500", BPPJ, DWP, FP),
     C(15000, 15000, "year", "a renewal price of about $15,000 a year", BPSO, DWP, FP)],
    [N(185000, "approximately", "images", None, "about 185,000 booking photographs", BPSO, DWP),
     N(12, "exact", "users", None, "twelve investigators would hold FACE Plus accounts", BPSO, DWP),
     N(1100, "approximately", "searches", "year", "runs about 1,100 searches a year",
       "Caddo Parish Sheriff's Office", None)],
    [P("searches may be run only for criminal investigations with an item number, for missing persons and to "
       "identify the deceased", BPSO, "purpose"),
     P("a possible match is an investigative lead only and cannot be the sole basis for an arrest", BPSO,
       "disclaimer"),
     P("the system may not be connected to any live camera feed", BPSO, "prohibition")],
    [],
    ["2025-08-06", "2025-07-16", "2008"],
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
