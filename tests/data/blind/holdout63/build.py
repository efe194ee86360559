"""Writes docs/*.txt and labels.json for holdout63 (six invented releases: OK, MN, AL, ME, VT, HI).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and every policy carries
`kind` (requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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
    indentation or '> ' quote marks) or pads table columns, the label takes the exact substring the
    text holds."""
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


# ---------------------------------------------------------------- 1 Oklahoma: Oklahoma County SO
OCSO = "Oklahoma County Sheriff's Office"
IDM = "IDEMIA"
MFI = "Morpho Face Investigate"
doc("01_oklahoma-county-so-idemia-mfi-quotation.txt", [
    (None, """\
IDEMIA Identity & Security USA LLC
Public Security Division
11951 Freedom Drive, Suite 1400, Reston, VA 20190  |  (571) 555-0140

March 11, 2024

Major Celeste Rourke
Criminal Investigations Division
Oklahoma County Sheriff's Office
201 N. Shartel Avenue
Oklahoma City, OK 73102

Re: Quotation OCSO-0311-MFI, Morpho Face Investigate

Dear Major Rourke:

Thank you for meeting with our team last month. As discussed, the
enclosed quotation covers a hosted Morpho Face Investigate (MFI)
system for the Criminal Investigations Division, to be loaded with
the Oklahoma County Detention Center booking archive. Your records
staff estimate that archive at approximately 412,000 booking photos
of roughly 198,000 individuals, taken since 2003. The server licence
we have quoted covers a gallery of up to 750,000 images, which leaves
room for growth.

Because your livescan stations are also due for replacement, we have
added two TouchPrint 5300 stations to the same quotation so that both
purchases can be considered together. The livescan stations are not
part of the MFI system and can be removed without changing the MFI
pricing.

MFI is licensed under the Licence Terms on page 3, which include the
use conditions we apply to every law enforcement customer. Pricing is
held for 90 days from the quotation date.

Sincerely,

Trevor Baskin
Account Executive, State and Local Public Security
trevor.baskin@us.idemia.example  |  (571) 555-0148

Enclosure: Quotation OCSO-0311-MFI (2 pages)""", "OCSO ORA 24-0187  Page 1"),
    (None, """\
IDEMIA Identity & Security USA LLC                            QUOTATION

Quote No.:     OCSO-0311-MFI                    Quote Date: 03/11/2024
Customer:      Oklahoma County Sheriff's Office  Valid Until: 06/09/2024
Customer No.:  700-48213                        Terms: Net 30
Contract:      NASPO ValuePoint MA 17-118 (Oklahoma participating
               addendum SW1011)

SECTION A - ONE-TIME CHARGES

Ln  Part No.     Description                  Qty   Unit Price    Extended
--  -----------  ---------------------------  ---  -----------  ----------
1   MFI-SRV-750  Morpho Face Investigate        1    42,000.00   42,000.00
                 server licence, gallery to
                 750,000 images (hosted)
2   MFI-INV-NU   MFI investigator licence,      8     1,850.00   14,800.00
                 named user
3   PS-MFI-IMP   Implementation: booking        1    11,500.00   11,500.00
                 archive migration, 2 days
                 on-site admin training
4   TP5300-PLM   TouchPrint 5300 livescan       2    21,975.00   43,950.00
                 station with palm capture
                                                 Section A total 112,250.00

SECTION B - RECURRING CHARGES (billed annually in advance)

Description                                                   Annual Price
------------------------------------------------------------  ------------
MFI hosting, software support and updates, year 1                 Included
  (8 named users)
MFI hosting, software support and updates, years 2 and 3,         9,600.00
  per year (8 named users)
TouchPrint 5300 maintenance, from year 2 (2 stations)              3,480.00

SUMMARY
Section A, one-time charges                                     112,250.00
Shipping and handling (livescan stations only)                      640.00
Oklahoma sales tax 4.5% - exempt governmental entity                  0.00
TOTAL DUE WITH ORDER                                            112,890.00
Recurring charges, years 2 and 3, per year                       13,080.00""", "OCSO ORA 24-0187  Page 2"),
    (None, """\
MORPHO FACE INVESTIGATE - LICENCE TERMS (EXCERPT, FORM LT-MFI REV. C)

1. Licensed use. The Customer may use MFI only for law enforcement
   investigative purposes, including identifying suspects, victims,
   witnesses and missing or deceased persons.
2. Investigative leads. A candidate list returned by MFI is not a
   positive identification. The Customer shall treat every candidate
   as an investigative lead that must be confirmed by other means.
3. Trained users. Only named users who have completed IDEMIA's face
   examiner training may be given an MFI account.
4. Gallery content. The Customer is responsible for ensuring that
   every image loaded into the gallery was lawfully obtained.
5. Audit. MFI records each search with the user name and the case
   reference entered by the user. Audit logs are kept for the life of
   the subscription and can be exported by the Customer at any time.
6. Price adjustments. Recurring charges may increase by no more than
   3% per year after year 3.
7. Governing law. These terms are governed by the laws of the State
   of Oklahoma, including the Oklahoma Central Purchasing Act, 74 O.S.
   sec. 85.1 et seq.

------------------------------------------------------------------------
OCSO ROUTING SLIP                              Received: 03/13/2024  CID
Routed to: Fiscal Services; Legal Advisor

Note (Maj. Rourke): Fiscal - please carry MFI only (lines 1-3 and the
MFI recurring line) into next year's budget request; the livescan
stations go on the jail capital list. Legal - our draft SOP 7-22
would require a supervisor to approve each search, but it has not
been adopted. As far as I know the Sheriff's Office has no policy that
prohibits searching booking photos from other counties. Please advise
before the quote expires.""", "OCSO ORA 24-0187  Page 3"),
], "pdf", OCSO,
    [OCSO, "Oklahoma County Detention Center"],
    [IDM],
    [MFI, "TouchPrint 5300"],
    [C(42000, 42000, "one-time", "1 MFI-SRV-750 Morpho Face Investigate 1 42,000.00 42,000.00", OCSO, IDM, MFI),
     C(14800, 14800, "one-time", "2 MFI-INV-NU MFI investigator licence, 8 1,850.00 14,800.00", OCSO, IDM, MFI),
     C(1850, 1850, "one-time", "2 MFI-INV-NU MFI investigator licence, 8 1,850.00", OCSO, IDM, MFI,
       unit="per user"),
     C(11500, 11500, "one-time", "3 PS-MFI-IMP Implementation: booking 1 11,500.00 11,500.00", OCSO, IDM, MFI),
     C(9600, 9600, "year", "MFI hosting, software support and updates, years 2 and 3, 9,600.00", OCSO, IDM, MFI)],
    [N(412000, "approximately", "images", None, "approximately 412,000 booking photos", OCSO, None),
     N(198000, "approximately", "images", None, "roughly 198,000 individuals", OCSO, None),
     N(8, "exact", "licenses", None, "2 MFI-INV-NU MFI investigator licence, 8", OCSO, IDM)],
    [P("The Customer may use MFI only for law enforcement investigative purposes, including identifying suspects, "
       "victims, witnesses and missing or deceased persons.", OCSO, "purpose"),
     P("A candidate list returned by MFI is not a positive identification. The Customer shall treat every "
       "candidate as an investigative lead that must be confirmed by other means.", OCSO, "disclaimer"),
     P("Only named users who have completed IDEMIA's face examiner training may be given an MFI account.", OCSO,
       "requirement"),
     P("The Customer is responsible for ensuring that every image loaded into the gallery was lawfully obtained.",
       OCSO, "requirement")],
    [],
    ["2024-03-11", "2003", "2024-06-09", "2024-03-13"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Minnesota: St. Cloud PD
SCPD = "St. Cloud Police Department"
SCSO = "Stearns County Sheriff's Office"
LN = "LexisNexis Risk Solutions"
AVCC = "Accurint Virtual Crime Center"
doc("02_st-cloud-pd-fr-annual-usage-report-2023.txt", [
    (None, """\
ST. CLOUD POLICE DEPARTMENT
101 11th Avenue North, St. Cloud, Minnesota 56303

FACIAL RECOGNITION SEARCH PROGRAM - 2023 ANNUAL USAGE REPORT

To:       Chief of Police; City Council Public Safety Committee
From:     Lt. Annika Strand, Investigations Division
Date:     February 20, 2024
Period:   January 1, 2023 - December 31, 2023

1. Summary
The Department searches booking photographs with the facial
recognition module of LexisNexis Accurint Virtual Crime Center
(AVCC), which it has licensed since 2021. The module compares a probe
image with booking photographs that participating Minnesota agencies
contribute to AVCC. The Department does not use Clearview AI and has
no access to driver's license photographs held by Driver and Vehicle
Services.

2. Gallery and users
At December 31, 2023 the AVCC gallery available to the Department
held 1,284,560 booking images from 63 contributing agencies. Of
these, 138,205 images were contributed by the Stearns County
Sheriff's Office. In all, 13 members of the Investigations Division
held accounts with facial recognition rights during the year.

3. Searches and results
Table 1. Facial recognition searches by quarter, 2023

                  Searches   Run for other   Possible    Identity
Quarter           run        agencies        matches     confirmed
---------------   --------   -------------   ---------   ---------
Q1 (Jan-Mar)            47               6          18           7
Q2 (Apr-Jun)            52               9          21           9
Q3 (Jul-Sep)            61               7          26          12
Q4 (Oct-Dec)            44               5          15           6
---------------   --------   -------------   ---------   ---------
Total                  204              27          80          34

A possible match was returned in 39.2% of searches. Searches run for
other agencies were made at the request of the Sauk Rapids and
Waite Park police departments, which do not license the module.""",
     "SCPD FR Annual Report 2023 - page 1 of 2"),
    (None, """\
For comparison, the Stearns County Sheriff's Office reports that its
own investigators ran 112 AVCC face searches in 2023.

4. Cost
The facial recognition module is licensed separately from the AVCC
crime-analysis subscription. The City paid LexisNexis Risk Solutions
$6,300 for the module in 2023 and has budgeted $6,615 for 2024, which
reflects a 5% price increase. The crime-analysis subscription itself
($12,600 a year) is used for mapping and case linking and is not part
of this report. No grant funds were used.

5. Policy compliance
Searches are governed by Policy 426, Facial Recognition Searches
(effective June 1, 2022). Its main provisions are:

426.3  A search may be run only for an active criminal investigation
       with a case number, or to identify a deceased person or a
       person unable to identify himself or herself.
426.4  Members shall not run a search to identify a person because of
       his or her participation in lawful First Amendment activity.
426.5  A possible match is an investigative lead only and is not
       probable cause to arrest.
426.6  Only members who have completed the LexisNexis facial
       recognition course and the Department's eight-hour examiner
       course may be granted facial recognition rights.
426.8  A member who misuses the module will lose access and is subject
       to discipline up to and including termination.

The Professional Standards Unit audited a random sample of
fourth-quarter searches in January 2024 and found every sampled
search linked to a case number. Search records are classified under
Minn. Stat. sec. 13.82 and are kept for three years.

6. Recommendation
Staff recommends amending Policy 426 to require a second examiner's
review before any possible match is sent to a case investigator.
This change has not been adopted and is offered for the Committee's
discussion.""", "SCPD FR Annual Report 2023 - page 2 of 2"),
], "pdf", SCPD,
    [SCPD, SCSO, "St. Cloud City Council", "Minnesota Driver and Vehicle Services", "Sauk Rapids Police Department",
     "Waite Park Police Department"],
    [LN, "Clearview AI"],
    [AVCC],
    [C(6300, 6300, "year", "The City paid LexisNexis Risk Solutions $6,300 for the module in 2023", SCPD, LN, AVCC),
     C(6615, 6615, "year", "has budgeted $6,615 for 2024", SCPD, LN, AVCC)],
    [N(1284560, "exact", "images", None, "held 1,284,560 booking images", SCPD, LN),
     N(138205, "exact", "images", None, "138,205 images were contributed by the Stearns County Sheriff's Office",
       SCSO, LN),
     N(13, "exact", "users", None, "13 members of the Investigations Division held accounts with facial "
       "recognition rights", SCPD, LN),
     N(47, "exact", "searches", "quarter", "Q1 (Jan-Mar) 47", SCPD, LN),
     N(52, "exact", "searches", "quarter", "Q2 (Apr-Jun) 52", SCPD, LN),
     N(61, "exact", "searches", "quarter", "Q3 (Jul-Sep) 61", SCPD, LN),
     N(44, "exact", "searches", "quarter", "Q4 (Oct-Dec) 44", SCPD, LN),
     N(6, "exact", "requests", "quarter", "Q1 (Jan-Mar) 47 6", SCPD, LN),
     N(9, "exact", "requests", "quarter", "Q2 (Apr-Jun) 52 9", SCPD, LN),
     N(7, "exact", "requests", "quarter", "Q3 (Jul-Sep) 61 7", SCPD, LN),
     N(5, "exact", "requests", "quarter", "Q4 (Oct-Dec) 44 5", SCPD, LN),
     N(204, "exact", "searches", "year", "Total 204", SCPD, LN),
     N(27, "exact", "requests", "year", "Total 204 27", SCPD, LN),
     N(80, "exact", "matches", "year", "Total 204 27 80", SCPD, LN),
     N(34, "exact", "identifications", "year", "Total 204 27 80 34", SCPD, LN),
     N(112, "exact", "searches", "year", "its own investigators ran 112 AVCC face searches in 2023", SCSO, LN)],
    [P("A search may be run only for an active criminal investigation with a case number, or to identify a "
       "deceased person or a person unable to identify himself or herself.", SCPD, "purpose"),
     P("Members shall not run a search to identify a person because of his or her participation in lawful First "
       "Amendment activity.", SCPD, "prohibition"),
     P("A possible match is an investigative lead only and is not probable cause to arrest.", SCPD, "disclaimer"),
     P("Only members who have completed the LexisNexis facial recognition course and the Department's eight-hour "
       "examiner course may be granted facial recognition rights.", SCPD, "requirement"),
     P("A member who misuses the module will lose access and is subject to discipline up to and including "
       "termination.", SCPD, "consequence"),
     P("Search records are classified under Minn. Stat. sec. 13.82 and are kept for three years.", SCPD,
       "requirement")],
    [],
    ["2024-02-20", "2023-01-01", "2023-12-31", "2021", "2023", "2024", "2022-06-01", "2024-01"])


# ---------------------------------------------------------------- 3 Alabama: Birmingham PD
BPD = "Birmingham Police Department"
VPS = "Vulcan Public Safety Systems"
BC = "BriefCam"
SUBJ = "VPS quote 24-0192 - BriefCam renewal + FR add-on"
doc("03_birmingham-pd-briefcam-fr-addon-outlook-thread.txt", [
    ("Pruitt, Dana (Purchasing)", """\
From:       Okafor, Marcus (BPD)
Sent:       Thursday, February 8, 2024 10:14 AM
To:         Pruitt, Dana (Purchasing)
Cc:         Hale, Jerome (BPD); Lindsey Carver
Subject:    RE: VPS quote 24-0192 - BriefCam renewal + FR add-on

Dana,

We are good to go. Please issue the PO to Vulcan Public Safety
Systems for the BriefCam renewal and the Face Recognition add-on at
4 named users, not the 6 that Lindsey first quoted. With 4 seats the
add-on comes to $13,000 for the year. Both items can come out of the
RTCC software line (org 30150, object 52710).

Leave the Motorola camera maintenance ($31,200) off this PO. That
goes through the City's Motorola master agreement.

Also for the file: RTCC SOP 12 is signed. Face recognition may not be
run against live video from City cameras. Every possible match has to
be confirmed by a second analyst before it goes to a detective.

Sgt. Marcus Okafor
Real Time Crime Center | Birmingham Police Department | 205-555-0164

-----Original Message-----
From: Lindsey Carver <lcarver@vulcanpss.example>
Sent: Wednesday, February 7, 2024 3:51 PM
To: Okafor, Marcus (BPD) <marcus.okafor@birminghamal.example>
Cc: Hale, Jerome (BPD)
Subject: RE: VPS quote 24-0192 - BriefCam renewal + FR add-on

Sgt. Okafor,

Revised pricing at 4 FR seats is below. All pricing is under our
cooperative contract 030822-BRC and is held through March 31, 2024.""",
     "BPD ORR 24-0331  000117"),
    ("Pruitt, Dana (Purchasing)", """\
  Item                                      Qty      Unit       Total
  BriefCam Review/Research renewal,          10   1,650.00   16,500.00
    12 mo. (video synopsis and object
    search; no face matching)
  BriefCam Face Recognition add-on,           4   3,250.00   13,000.00
    12 mo., named user
  Watchlist expansion to 2,500 faces,         1   1,800.00    1,800.00
    12 mo.
  Remote administrator training (2 hrs)       -          -   No charge
                                                   Total      31,300.00

Alabama sales tax does not apply (exempt municipal purchaser). For
reference, Vestavia Hills PD buys the same add-on through us for 2
seats at $6,500 a year.

Lindsey Carver | Public Safety Account Manager
Vulcan Public Safety Systems, LLC | Authorized BriefCam Partner
2100 1st Avenue North, Suite 600, Birmingham, AL 35203
Office 205-555-0191 | Mobile 205-555-0102

-----Original Message-----
From: Okafor, Marcus (BPD)
Sent: Tuesday, February 6, 2024 9:02 AM
To: Lindsey Carver
Subject: RE: VPS quote 24-0192 - BriefCam renewal + FR add-on

Lindsey - 6 FR seats is more than we need. Over the 90-day trial the
RTCC ran 1,947 face searches, and most of them came from the
day-shift analysts. Can you requote at 4? Our Chief's directive is
that we only search recorded video tied to a case number, never
social media, so please confirm the add-on cannot pull images from
the internet.

Marcus""", "BPD ORR 24-0331  000118"),
    ("Pruitt, Dana (Purchasing)", """\
-----Original Message-----
From: Lindsey Carver
Sent: Monday, February 5, 2024 4:40 PM
To: Okafor, Marcus (BPD)
Subject: VPS quote 24-0192 - BriefCam renewal + FR add-on

Sgt. Okafor, attached is quote 24-0192: the BriefCam renewal for 10
users ($16,500) and the Face Recognition add-on for 6 named users at
$3,250 each per year ($19,500). The add-on compares faces in recorded
video with a watchlist that your agency builds and controls; BriefCam
does not supply any faces. Your current watchlist holds 1,140 enrolled
persons, close to the 1,200 limit of the base licence, so I have also
priced an expansion.

Lindsey Carver | Vulcan Public Safety Systems, LLC

This message may contain confidential pricing. If you received it in
error, please notify the sender and delete it.""", "BPD ORR 24-0331  000119"),
], "print", BPD,
    [BPD, "City of Birmingham", "Vestavia Hills Police Department"],
    [VPS, BC, "Motorola Solutions"],
    ["BriefCam Review", "BriefCam Research"],
    [C(13000, 13000, "year", "With 4 seats the add-on comes to $13,000 for the year", BPD, VPS),
     C(3250, 3250, "year", "BriefCam Face Recognition add-on, 4 3,250.00", BPD, VPS, unit="per user"),
     C(1800, 1800, "year", "Watchlist expansion to 2,500 faces, 1 1,800.00 1,800.00", BPD, VPS),
     C(6500, 6500, "year", "buys the same add-on through us for 2 seats at $6,500 a year", "Vestavia Hills Police Department", VPS),
     C(19500, 19500, "year", "$3,250 each per year ($19,500)", BPD, VPS)],
    [N(4, "exact", "licenses", None, "the Face Recognition add-on at 4 named users", BPD, VPS),
     N(2, "exact", "licenses", None, "buys the same add-on through us for 2 seats",
       "Vestavia Hills Police Department", VPS),
     N(1947, "exact", "searches", None, "the RTCC ran 1,947 face searches", BPD, BC),
     N(6, "exact", "licenses", None, "the Face Recognition add-on for 6 named users", BPD, VPS),
     N(1140, "exact", "images", None, "Your current watchlist holds 1,140 enrolled persons", BPD, BC)],
    [P("Face recognition may not be run against live video from City cameras.", BPD, "prohibition"),
     P("Every possible match has to be confirmed by a second analyst before it goes to a detective.", BPD,
       "requirement"),
     P("Our Chief's directive is that we only search recorded video tied to a case number, never social media",
       BPD, "purpose")],
    [E("Okafor, Marcus (BPD)", "Pruitt, Dana (Purchasing)", "Thursday, February 8, 2024 10:14 AM", "RE: " + SUBJ),
     E("Lindsey Carver", "Okafor, Marcus (BPD)", "Wednesday, February 7, 2024 3:51 PM", "RE: " + SUBJ),
     E("Okafor, Marcus (BPD)", "Lindsey Carver", "Tuesday, February 6, 2024 9:02 AM", "RE: " + SUBJ),
     E("Lindsey Carver", "Okafor, Marcus (BPD)", "Monday, February 5, 2024 4:40 PM", SUBJ)],
    ["2024-02-08", "2024-02-07", "2024-03-31", "2024-02-06", "2024-02-05"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 Maine: South Portland PD
SPPD = "South Portland Police Department"
doc("04_south-portland-pd-general-order-facial-surveillance.txt", [
    (None, """\
SOUTH PORTLAND POLICE DEPARTMENT                          GENERAL ORDER

Number:        2-41                    Effective:  November 1, 2021
Subject:       Facial Surveillance     Revised:    March 4, 2024
               Systems
Distribution:  All Personnel           Rescinds:   Memorandum 19-07
Authority:     25 M.R.S. ch. 701       Review:     Annually, January
By Order of:   Chief of Police

1. PURPOSE
1.1  This order governs when a member may request a search of a
     facial surveillance system and how results are handled, in
     keeping with 25 M.R.S. ch. 701.

2. POLICY
2.1  The Department does not own, lease or license a facial
     surveillance system and shall not acquire one.
2.2  No member shall obtain, retain, possess, access, request or use
     a facial surveillance system, or information derived from a
     search of one, except as section 4 of this order allows.
2.3  Members shall not enter into any agreement with a third party,
     including a free trial account offered by a vendor, to obtain or
     use a facial surveillance system.

3. DEFINITIONS
3.1  "Facial surveillance system" means software that uses automated
     or semi-automated processes to identify or verify a person, or to
     capture information about a person, from the physical
     characteristics of his or her face.
3.2  "Serious crime" has the meaning given in 25 M.R.S. sec. 6001 and
     includes any Class A, B or C crime.
3.3  "FSS request log" means the log kept by the Criminal
     Investigations Division (CID) under section 5.

4. PROCEDURE
4.1  A member may request a facial surveillance search only:
     (a) when there is probable cause to believe that an unidentified
         person in an image has committed a serious crime;
     (b) to help identify a person who is deceased or believed to be
         deceased; or
     (c) to help identify a missing or endangered person.""", "GO 2-41  Page 1 of 3"),
    (None, """\
4.2  Requests shall be submitted in writing to the Maine State Police,
     which forwards approved requests to the Bureau of Motor Vehicles,
     or to the Federal Bureau of Investigation.
4.3  No other agency, company or person may be asked to run a facial
     surveillance search for the Department.
4.4  Each request must be approved by the CID commander and entered
     in the FSS request log before it is sent.
4.5  A search result is an investigative lead only. It shall not by
     itself establish probable cause for an arrest or a search.
4.6  Members shall not request a search to identify a person because
     of his or her exercise of a right protected by the First
     Amendment or by Article I of the Maine Constitution.

5. RECORDS AND REPORTING
5.1  The FSS request log records, for each request, the date, the
     requesting member, the case number, the crime or purpose under
     section 4.1, the agency sent the request, and the result.
5.2  Information obtained in violation of this order must be deleted
     as soon as the violation is discovered and may not be used in
     any criminal or civil proceeding.
5.3  The CID commander shall report the number of requests made in
     the prior calendar year to the Chief of Police each January.

6. VIOLATIONS
6.1  A member who violates this order is subject to discipline, up to
     and including dismissal.
6.2  A violation of 25 M.R.S. ch. 701 may also expose the member and
     the City to a civil action by the person affected.

7. REVISION HISTORY
Nov. 2021  Order issued; Memorandum 19-07 rescinded.
Mar. 2024  Section 4.3 added after a vendor offered the Department a
           free Clearview AI trial account, which was declined.""",
     "GO 2-41  Page 2 of 3"),
    (None, """\
ANNUAL REVIEW - CALENDAR YEAR 2023 (section 5.3)
Prepared by Lt. Owen Thibodeau, CID, January 12, 2024

Members submitted 4 facial surveillance search requests in 2023, all
through the Maine State Police and all under section 4.1(a). One
request returned a possible candidate; the other three returned no
candidate. No request was sent to the Federal Bureau of Investigation.
The Department spent no money on facial surveillance in 2023.

PROPOSED REVISION - DRAFT, NOT IN EFFECT
The following language has been proposed by the CID commander for the
2025 review. It has not been approved and members shall not act on it.

     Proposed 4.4(b): In a missing or endangered person case under
     section 4.1(c), a patrol sergeant could approve a request when
     the CID commander cannot be reached within one hour.

Comments on the proposed revision may be sent to the Accreditation
Manager, (207) 555-0152, until February 28, 2025.""", "GO 2-41  Page 3 of 3"),
], "pdf", SPPD,
    [SPPD, "Maine State Police", "Maine Bureau of Motor Vehicles", "Federal Bureau of Investigation"],
    ["Clearview AI"],
    [],
    [],
    [N(4, "exact", "requests", "year", "Members submitted 4 facial surveillance search requests in 2023", SPPD, None),
     N(1, "exact", "matches", "year", "One request returned a possible candidate", SPPD, None)],
    [P("The Department does not own, lease or license a facial surveillance system and shall not acquire one.",
       SPPD, "prohibition"),
     P("No member shall obtain, retain, possess, access, request or use a facial surveillance system, or "
       "information derived from a search of one, except as section 4 of this order allows.", SPPD, "prohibition"),
     P("Members shall not enter into any agreement with a third party, including a free trial account offered by "
       "a vendor, to obtain or use a facial surveillance system.", SPPD, "prohibition"),
     P("A member may request a facial surveillance search only: (a) when there is probable cause to believe that an "
       "unidentified person in an image has committed a serious crime; (b) to help identify a person who is deceased "
       "or believed to be deceased; or (c) to help identify a missing or endangered person.", SPPD, "permission"),
     P("Requests shall be submitted in writing to the Maine State Police, which forwards approved requests to the "
       "Bureau of Motor Vehicles, or to the Federal Bureau of Investigation.", SPPD, "requirement"),
     P("No other agency, company or person may be asked to run a facial surveillance search for the Department.",
       SPPD, "prohibition"),
     P("Each request must be approved by the CID commander and entered in the FSS request log before it is sent.",
       SPPD, "requirement"),
     P("A search result is an investigative lead only. It shall not by itself establish probable cause for an "
       "arrest or a search.", SPPD, "disclaimer"),
     P("Members shall not request a search to identify a person because of his or her exercise of a right "
       "protected by the First Amendment or by Article I of the Maine Constitution.", SPPD, "prohibition"),
     P("Information obtained in violation of this order must be deleted as soon as the violation is discovered "
       "and may not be used in any criminal or civil proceeding.", SPPD, "consequence"),
     P("The CID commander shall report the number of requests made in the prior calendar year to the Chief of "
       "Police each January.", SPPD, "requirement"),
     P("A member who violates this order is subject to discipline, up to and including dismissal.", SPPD,
       "consequence"),
     P("A violation of 25 M.R.S. ch. 701 may also expose the member and the City to a civil action by the person "
       "affected.", SPPD, "consequence")],
    [],
    ["2021-11-01", "2024-03-04", "2021-11", "2024-03", "2023", "2024-01-12", "2025", "2025-02-28"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Vermont: Rutland City PD
RCPD = "Rutland City Police Department"
CV = "Clearview AI"
doc("05_rutland-city-pd-public-records-reply-fr.txt", [
    (None, """\
RUTLAND CITY POLICE DEPARTMENT
108 Wales Street, Rutland, Vermont 05701
Telephone (802) 555-0130  |  Fax (802) 555-0137

April 22, 2024

Mr. Elias Moraine
Green Mountain Transparency Collaborative
P.O. Box 1184
Montpelier, VT 05601

Re: Public records request RCPD PRR 24-052 (received April 15, 2024)

Dear Mr. Moraine:

The Department has completed its search for records responsive to
your request under the Vermont Public Records Act, 1 V.S.A.
sec. 315-320, for records of the Department's use of facial
recognition technology from 2019 to the present. Our answers follow
the numbered items of your request.

1. Contracts and payments. The Department opened a free trial
   account with Clearview AI on November 4, 2019. On February 18,
   2020 it bought a one-year Clearview subscription for three users
   for $2,250 (invoice CV-INV-20-0418, enclosed). The subscription was
   cancelled effective October 9, 2020, and Clearview issued a
   prorated credit of $843.75, which was never applied to another
   purchase. No other facial recognition product or service has been
   bought, leased or tried by the Department.

2. Use. Clearview's account history shows 96 searches by Department
   users between November 4, 2019 and October 8, 2020, 31 of them
   during the free trial. The history does not record results, and
   the Department kept no separate record of matches or arrests.

3. Other agencies. In 2019 and 2020 detectives also asked the FBI's
   FACE Services unit to compare 2 photographs. No request has been
   made to any agency since October 2020.""", "RCPD PRR 24-052 - 1"),
    (None, """\
4. Policy. Since October 7, 2020, 20 V.S.A. sec. 4622 has provided
   that a law enforcement officer shall not use facial recognition
   technology or information acquired through its use, except in the
   limited circumstances the statute allows for drones. Chief's
   Directive 2020-14, issued October 9, 2020 (enclosed), carries out
   the statute. It provides that no member shall open, renew or use
   an account with any facial recognition service, including a free
   trial. It also requires a member who receives an identification
   that another agency says came from facial recognition to report it
   to the Chief before relying on it. A member who violates the
   directive is subject to discipline under Rule 7 of the
   Department's Rules and Regulations. Before the directive, the
   Department had no written policy on facial recognition.

5. Redactions. The account history lists case numbers and probe
   image file names. Both are redacted under 1 V.S.A. sec. 317(c)(5),
   because they identify records dealing with the detection and
   investigation of crime.

6. Fees. The enclosed records total 19 pages. The Department may
   charge $0.05 per page for copies under 1 V.S.A. sec. 316(c), but
   the fee of $0.95 has been waived.

If you believe any record has been wrongly withheld, you may appeal
in writing to the Chief of Police under 1 V.S.A. sec. 318(c). The
Chief will decide the appeal within five business days.

Sincerely,

Sgt. Miriam Oakhurst
Records Custodian, Rutland City Police Department

Enclosures: (1) Clearview AI invoice CV-INV-20-0418, 1 page;
(2) account history export, 9 pages; (3) Chief's Directive 2020-14,
2 pages; (4) cancellation correspondence, 7 pages""", "RCPD PRR 24-052 - 2"),
], "pdf", RCPD,
    [RCPD, "Federal Bureau of Investigation"],
    [CV],
    [],
    [C(2250, 2250, "year", "a one-year Clearview subscription for three users for $2,250", RCPD, CV)],
    [N(3, "exact", "licenses", None, "a one-year Clearview subscription for three users", RCPD, CV),
     N(96, "exact", "searches", None, "Clearview's account history shows 96 searches", RCPD, CV),
     N(31, "exact", "searches", None, "31 of them during the free trial", RCPD, CV),
     N(2, "exact", "requests", None, "asked the FBI's FACE Services unit to compare 2 photographs", RCPD, None)],
    [P("a law enforcement officer shall not use facial recognition technology or information acquired through its "
       "use, except in the limited circumstances the statute allows for drones.", RCPD, "prohibition"),
     P("It provides that no member shall open, renew or use an account with any facial recognition service, "
       "including a free trial.", RCPD, "prohibition"),
     P("It also requires a member who receives an identification that another agency says came from facial "
       "recognition to report it to the Chief before relying on it.", RCPD, "requirement"),
     P("A member who violates the directive is subject to discipline under Rule 7 of the Department's Rules and "
       "Regulations.", RCPD, "consequence")],
    [],
    ["2024-04-22", "2024-04-15", "2019", "2019-11-04", "2020-02-18", "2020-10-09", "2020-10-08", "2020",
     "2020-10", "2020-10-07"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Hawaii: DLNR DOCARE
DOCARE = "Division of Conservation and Resources Enforcement"
OO = "Oosto"
OW = "OnWatch"
doc("06_hawaii-dlnr-docare-oosto-budget-request.txt", [
    (None, """\
STATE OF HAWAII                              FB 2025-27 OPERATING BUDGET
DEPARTMENT OF LAND AND NATURAL RESOURCES       REQUEST - DETAIL NARRATIVE

Program ID / Org:   LNR 405 / DE              Request No.:  405-07
Program Title:      Conservation and Resources Enforcement
Division:           Division of Conservation and Resources
                    Enforcement (DOCARE)
Request Title:      Harbor Video Analytics with Facial Recognition
Request Category:   Program Change - Other Current Expenses
Means of Financing: A (General Funds)         Priority:  4 of 9
Date Prepared:      September 27, 2024
Contact:            Lt. Kainoa Delacruz, Enforcement Branch,
                    (808) 555-0177

                                         FY 2026          FY 2027
                                     -------------    -------------
Positions (Perm / Temp)                  0.00/0.00        0.00/0.00
A. Personal Services                             0                0
B. Other Current Expenses                  100,900           89,000
C. Equipment                                     0                0
                                     -------------    -------------
Total Request                              100,900           89,000

1. DESCRIPTION OF REQUEST
DOCARE requests $100,900 in general funds in FY 2026 and $89,000 in
FY 2027 to license Oosto OnWatch, a video analytics platform with
facial recognition, for 24 existing camera channels that the Division
of Boating and Ocean Recreation operates at four small boat harbors on
Oahu. DOCARE investigators would use the platform to search recorded
video for persons suspected of vessel thefts, burglaries of harbor
facilities and assaults on harbor staff. The cameras themselves are
already installed and are not part of this request.

2. BACKGROUND AND PILOT
From March through May 2024 Oosto provided a demonstration licence at
Keehi Small Boat Harbor at no cost to the State. During the pilot,
investigators ran 143 searches of recorded video, comparing faces with
DOCARE's own citation and arrest photographs (about 5,200 images).
Harbor staff reported 61 thefts at Keehi in calendar year 2023.""",
     "LNR 405 - 405-07 - Page 1"),
    (None, """\
3. COST DETAIL - OTHER CURRENT EXPENSES

Item                                                 FY 2026    FY 2027
--------------------------------------------------  --------   --------
Oosto OnWatch licence, 24 camera channels at          86,400     86,400
  $3,600 per channel per year (hosted)
Implementation and integration with the harbor        14,500          0
  video management system; initial investigator
  training (one-time)
Annual refresher training and support hours                0      2,600
--------------------------------------------------  --------   --------
Total                                                100,900     89,000

The licence includes 6 named investigator seats. Oosto has told the
Department that licence prices may rise by up to 3% a year after
FY 2027.

4. RELATIONSHIP TO OTHER REQUESTS
This request is separate from Request No. 405-05, which asks for
$212,000 for 70 body-worn cameras for DOCARE officers. Body-worn
camera video would not be connected to OnWatch.

5. USE CONDITIONS
DOCARE General Order 300.12 already applies to any image comparison.
Under that order, an image comparison result is an investigative lead
only and may not be the sole basis for an arrest. Image comparison
requests must be approved by the Investigations Section commander.
There is currently no State statute that limits DOCARE's use of
facial recognition. If this request is funded, DOCARE would adopt a
further written policy that would bar live watchlist alerts and limit
searches to recorded video; that policy has not been drafted.

6. IMPACT IF NOT FUNDED
Without the licence, investigators will continue to review harbor
video by hand. Officers enforce HRS chapter 199 and chapter 200 at
harbors used by about 9.2 million visitors a year.""", "LNR 405 - 405-07 - Page 2"),
], "pdf", DOCARE,
    ["Hawaii Department of Land and Natural Resources", DOCARE, "Division of Boating and Ocean Recreation"],
    [OO],
    [OW],
    [C(100900, 100900, None, "DOCARE requests $100,900 in general funds in FY 2026", DOCARE, OO, OW),
     C(89000, 89000, None, "$89,000 in FY 2027", DOCARE, OO, OW),
     C(86400, 86400, "year", "Oosto OnWatch licence, 24 camera channels at 86,400", DOCARE, OO, OW),
     C(3600, 3600, "year", "$3,600 per channel per year", DOCARE, OO, OW, unit="per channel"),
     C(14500, 14500, "one-time", "Implementation and integration with the harbor 14,500", DOCARE, OO, OW),
     C(2600, 2600, "year", "Annual refresher training and support hours 0 2,600", DOCARE, OO, OW)],
    [N(143, "exact", "searches", None, "investigators ran 143 searches of recorded video", DOCARE, OO),
     N(5200, "approximately", "images", None, "citation and arrest photographs (about 5,200 images)", DOCARE, None),
     N(6, "exact", "licenses", None, "The licence includes 6 named investigator seats.", DOCARE, OO)],
    [P("Under that order, an image comparison result is an investigative lead only and may not be the sole basis "
       "for an arrest.", DOCARE, "disclaimer"),
     P("Image comparison requests must be approved by the Investigations Section commander.", DOCARE,
       "requirement")],
    [],
    ["2024-09-27", "2024-03", "2024-05", "2023"],
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
