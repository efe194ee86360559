"""Writes docs/*.txt and labels.json for holdout75 (six invented releases: AZ, CO, GA, KY, MN, VA).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and policies carry `kind`
(requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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


# ---------------------------------------------------------------- 1 Minnesota: Eagan PD (council memo)
EPD = "Eagan Police Department"
BC = "BriefCam"
BCI = "BriefCam Investigate"
doc("01_eagan-pd-briefcam-consent-agenda-memo.txt", [
    (None, """\
                               CITY OF EAGAN
                         Agenda Information Memo
               August 20, 2024 Eagan City Council Meeting

CONSENT AGENDA

M. Approve Software Subscription Agreement with BriefCam, Inc. for
   Video Analytics and Face Recognition - Police Department

ACTION TO BE CONSIDERED:
Approve a three-year software subscription agreement with BriefCam,
Inc. for BriefCam Investigate, a video analytics platform with a face
recognition module, for the Police Department, in an amount not to
exceed $115,480, and authorize the Mayor and City Clerk to execute
all related documents.

REQUIRED VOTE FOR APPROVAL:
Majority of Councilmembers present

FACTS:
- Investigators in the Investigations Division review video from
  businesses, residences and City facilities in most property and
  violent crime cases. In 2023 they logged about 2,600 hours of
  video review.
- BriefCam, a Canon company, condenses hours of recorded video into
  short summaries that can be filtered by object, color and
  direction. Its face recognition module compares faces found in
  recorded video with probe photos that an investigator uploads for
  an open case. It does not search mug shots, driver license photos
  or images collected from the internet.
- From February 5 through May 3, 2024 the Department ran a no-cost
  pilot of BriefCam Investigate with four investigators. During the
  pilot the investigators ran 312 face recognition searches against
  case video.
- The agreement provides 8 named-user licenses, hosting in BriefCam's
  government cloud, and on-site training. The annual subscription is
  $29,400 in the first year and increases about 5 percent each year
  after that. The face recognition module is billed separately at
  $6,000 per year.""", "Agenda Item M - Page 1 of 2"),
    (None, """\
- A one-time implementation and training fee of $4,800 is due at
  signing.
- Use of the module is governed by Eagan Police Department Policy
  426, Video Analytics and Face Recognition, adopted July 1, 2024.
  Under Policy 426, only investigators who have completed BriefCam's
  face recognition training may use the module. The module shall not
  be used on live video. A face recognition result is an
  investigative lead only and is not, by itself, probable cause to
  arrest. Searches must be documented in the case file with the case
  number and the reason for the search.
- The Apple Valley Police Department has used BriefCam since 2022 and
  reports paying about $31,000 a year for a similar subscription
  without the face recognition module.
- Data created by the system are classified under Minn. Stat.
  section 13.82.

FISCAL IMPACT:

                                 2024       2025       2026       Total
Subscription (8 named users)  $29,400    $30,870    $32,410     $92,680
Face recognition module        $6,000     $6,000     $6,000     $18,000
Implementation and training    $4,800          -          -      $4,800
                             --------   --------   --------   ---------
Total                         $40,200    $36,870    $38,410    $115,480

The 2024 cost will be paid from the Police Department's forfeiture
fund (Fund 2410, account 6530). A $15,000 grant from the Minnesota
Department of Public Safety, Office of Justice Programs, awarded in
May 2024, will reimburse part of the first-year cost. The 2025 and
2026 costs are included in the proposed operating budgets.

ALTERNATIVES:
1. Approve the agreement as presented.
2. Approve the agreement without the face recognition module. This
   would reduce the three-year cost by $18,000, and investigators
   would continue to compare faces in video by eye.
3. Do not approve the agreement. Staff would continue to review
   video manually, without BriefCam.

ATTACHMENTS: (2) BriefCam Subscription Agreement; Policy 426""", "Agenda Item M - Page 2 of 2"),
], "pdf", EPD,
    [EPD, "City of Eagan", "Eagan City Council", "Apple Valley Police Department",
     "Minnesota Department of Public Safety", "Minnesota Office of Justice Programs"],
    [BC, "Canon"],
    [BCI],
    [C(None, 115480, None, "in an amount not to exceed $115,480", EPD, BC, BCI),
     C(29400, 29400, "year", "The annual subscription is $29,400 in the first year", EPD, BC, BCI),
     C(30870, 30870, "year", "Subscription (8 named users)  $29,400    $30,870", EPD, BC, BCI),
     C(32410, 32410, "year", "Subscription (8 named users)  $29,400    $30,870    $32,410", EPD, BC, BCI),
     C(92680, 92680, None, "Subscription (8 named users)  $29,400    $30,870    $32,410     $92,680",
       EPD, BC, BCI),
     C(6000, 6000, "year", "The face recognition module is billed separately at $6,000 per year", EPD, BC, BCI),
     C(18000, 18000, None, "Face recognition module        $6,000     $6,000     $6,000     $18,000",
       EPD, BC, BCI),
     C(4800, 4800, "one-time", "A one-time implementation and training fee of $4,800", EPD, BC, BCI),
     C(40200, 40200, None, "Total                         $40,200", EPD, BC, BCI),
     C(36870, 36870, None, "Total                         $40,200    $36,870", EPD, BC, BCI),
     C(38410, 38410, None, "Total                         $40,200    $36,870    $38,410", EPD, BC, BCI),
     C(15000, 15000, "one-time", "A $15,000 grant from the Minnesota Department of Public Safety", EPD, None)],
    [N(4, "exact", "users", None, "pilot of BriefCam Investigate with four investigators", EPD, BC),
     N(312, "exact", "searches", None, "the investigators ran 312 face recognition searches", EPD, BC),
     N(8, "exact", "licenses", None, "The agreement provides 8 named-user licenses", EPD, BC)],
    [P("only investigators who have completed BriefCam's face recognition training may use the module.", EPD,
       "requirement"),
     P("The module shall not be used on live video.", EPD, "prohibition"),
     P("A face recognition result is an investigative lead only and is not, by itself, probable cause to arrest.",
       EPD, "disclaimer"),
     P("Searches must be documented in the case file with the case number and the reason for the search.", EPD,
       "requirement")],
    [],
    ["2024-08-20", "2023", "2024-02-05", "2024-05-03", "2024-07-01", "2022", "2024", "2025", "2026", "2024-05"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Colorado: Grand Junction PD (sales quote)
GJPD = "Grand Junction Police Department"
WS = "Western Slope Integrated Systems"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("02_grand-junction-pd-cognitec-sales-quote.txt", [
    (None, """\
WESTERN SLOPE INTEGRATED SYSTEMS, LLC
2764 Compass Drive, Suite 210, Grand Junction, CO 81506
Phone (970) 555-0162 | quotes@wsisys.example
Authorized partner: Cognitec Systems | Getac | Dell Technologies

SALES QUOTATION                              Quote No.:  WS-Q24-0917
                                             Quote date: 09/17/2024
                                             Valid thru: 11/15/2024
Customer:  Grand Junction Police Department  Customer ID: GJPD-0031
           Investigations Bureau
           555 Ute Avenue, Grand Junction, CO 81501
Attn:      Sgt. Renata Olguin, (970) 555-0118
Sales rep: Colby Vantassel
Project:   Booking photo face recognition - Cognitec FaceVACS

Ln Description                              Qty  Unit Price    Extended
-- ---------------------------------------  ---  ----------  ----------
A. COGNITEC FACE RECOGNITION SOFTWARE AND SERVICES
1  FaceVACS-DBScan LE server license,         1   38,500.00   38,500.00
   perpetual (one-time)
2  FaceVACS-DBScan LE client license,         6    2,150.00   12,900.00
   perpetual, concurrent
3  Software maintenance and support, year                      9,252.00
   1 (18% of lines 1-2 list), annual
4  Installation, configuration and booking                     7,800.00
   photo import (3 on-site days), one-time
5  Examiner training (2 classes, up to 8                       4,400.00
   students each)
                                   Section A subtotal         72,852.00
B. PATROL HARDWARE (SEPARATE PO - SEE NOTE 4)
6  Getac B360 rugged laptop, 16GB/512GB       8    2,475.00   19,800.00
7  Getac B360 vehicle dock, pass-through      8      275.00    2,200.00
                                   Section B subtotal         22,000.00

                                   Subtotal, A + B            94,852.00
   Public safety discount, 10% of lines 1-2                   -5,140.00
   Sales tax 8.27% (hardware only; remove if exempt)           1,819.40
   Shipping and handling (hardware, UPS Ground)                  185.00
                                   QUOTE TOTAL                91,716.40""", "WS-Q24-0917  Page 1 of 2"),
    (None, """\
NOTES AND TERMS
1. The line 1 server license covers a gallery of up to 500,000
   images. GJPD's current booking photo archive, including bookings
   at the Mesa County Detention Facility, is approx. 212,000 images;
   line 4 includes importing all of them.
2. Maintenance (line 3) renews each year at 18% of the license list
   price and is billed annually in advance. Year 2 maintenance will
   be invoiced in October 2025.
3. Client licenses are concurrent: six examiners may be logged in at
   one time. Additional client licenses are available at the line 2
   price during the quote period.
4. Lines 6-7 were added at the Patrol Division's request for a
   separate purchase order. They are not part of the face
   recognition project and may be removed without changing the
   pricing of Section A.
5. Colorado law requires an agency to file a notice of intent and to
   post an accountability report before it uses a facial
   recognition service (C.R.S. 24-18-302 and 24-18-303). GJPD remains
   responsible for those filings; Western Slope Integrated Systems
   can supply Cognitec's NIST FRTE results on request.
6. Software is licensed under the Cognitec end-user license
   agreement, which must be signed before license keys are issued.
7. Payment terms: Net 30. Hardware ships FOB origin. Prices in USD.

Accepted by: ______________________________  Date: ______________

GJPD PO No.: ____________________""", "WS-Q24-0917  Page 2 of 2"),
], "pdf", GJPD,
    [GJPD, "Mesa County Detention Facility", "National Institute of Standards and Technology"],
    [WS, COG, "Getac", "Dell Technologies"],
    [DBS, "Getac B360"],
    [C(38500, 38500, "one-time", "1  FaceVACS-DBScan LE server license,         1   38,500.00   38,500.00",
       GJPD, WS, DBS),
     C(12900, 12900, "one-time", "2  FaceVACS-DBScan LE client license,         6    2,150.00   12,900.00",
       GJPD, WS, DBS),
     C(2150, 2150, "one-time", "2  FaceVACS-DBScan LE client license,         6    2,150.00",
       GJPD, WS, DBS, unit="per user"),
     C(9252, 9252, "year", "3  Software maintenance and support, year                      9,252.00",
       GJPD, WS, DBS),
     C(7800, 7800, "one-time", "4  Installation, configuration and booking                     7,800.00",
       GJPD, WS, DBS),
     C(4400, 4400, None, "5  Examiner training (2 classes, up to 8                       4,400.00",
       GJPD, WS, DBS),
     C(72852, 72852, None, "Section A subtotal         72,852.00", GJPD, WS, DBS)],
    [N(6, "exact", "licenses", None, "2  FaceVACS-DBScan LE client license,         6", GJPD, WS),
     N(212000, "approximately", "images", None, "current booking photo archive, including bookings at the Mesa "
       "County Detention Facility, is approx. 212,000 images", GJPD, WS)],
    [P("Colorado law requires an agency to file a notice of intent and to post an accountability report before "
       "it uses a facial recognition service (C.R.S. 24-18-302 and 24-18-303).", GJPD, "requirement")],
    [],
    ["2024-09-17", "2024-11-15", "2025-10"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Kentucky: Richmond PD (Gmail thread)
RPD = "Richmond Police Department (Kentucky)"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SUBJ3 = "Vigilant FaceSearch pricing for Richmond PD"
GH = "3/12/25, 9:14 AM    City of Richmond Mail - Fwd: Vigilant FaceSearch pr..."
GF = "https://mail.google.com/mail/u/0/?ik=8c1e03b7a2&view=pt&search=all   {}/3"
doc("03_richmond-ky-pd-facesearch-gmail-thread.txt", [
    (GH, """\
                                      Aaron Whitt <awhitt@richmond.ky.us>

Fwd: Vigilant FaceSearch pricing for Richmond PD
3 messages

Kayla Morrow <kmorrow@richmond.ky.us>        Mon, Mar 10, 2025 at 2:14 PM
To: Aaron Whitt <awhitt@richmond.ky.us>
Cc: Deshawn Tackett <dtackett@richmond.ky.us>

LT,

Forwarding what Motorola sent Friday. A few questions for you:

1. Do we have money for this in FY25?
2. How many seats do we actually need?
3. Do we have to get a policy in place first?
4. Jared wants to know how much we used the trial.

Kayla

Sgt. Kayla Morrow
Criminal Investigations Division
Richmond Police Department | 1721 Lexington Road, Richmond, KY 40475
(859) 555-0126

---------- Forwarded message ---------
From: Jared Pennington <jared.pennington@motorolasolutions.com>
Date: Fri, Mar 7, 2025 at 10:31 AM
Subject: Vigilant FaceSearch pricing for Richmond PD
To: Kayla Morrow <kmorrow@richmond.ky.us>

Sgt. Morrow,

Thanks for taking the call. As promised, here is pricing for
Vigilant FaceSearch as an add-on to your existing LEARN account.

  FaceSearch investigative user, 12 months      $1,150.00 / user
  5 users                                       $5,750.00 per year
  Setup and gallery configuration (one-time)    $1,250.00
  First-year total                              $7,000.00""", GF.format(1)),
    (GH, """\
If Richmond signs a three-year agreement we will waive the setup fee
and hold the user price, for $17,250 over the three years.
FaceSearch searches our shared gallery of more than 18 million
booking photos contributed by participating agencies, plus any
images you upload.

Your LEARN license plate recognition renewal ($3,900 per year) is on
a separate quote and is not affected.

Best,
Jared Pennington
Account Executive, Kentucky and Tennessee
Motorola Solutions | Vigilant | (615) 555-0147

Aaron Whitt <awhitt@richmond.ky.us>          Tue, Mar 11, 2025 at 8:05 AM
To: Kayla Morrow <kmorrow@richmond.ky.us>
Cc: Deshawn Tackett <dtackett@richmond.ky.us>

Answers inline.

On Mon, Mar 10, 2025 at 2:14 PM Kayla Morrow <kmorrow@richmond.ky.us>
wrote:
> 1. Do we have money for this in FY25?

Yes. The Chief set aside $7,500 for it in the FY25 CID budget, so
the first year fits either way.

> 2. How many seats do we actually need?

Five. Four CID detectives plus the crime analyst. Nobody in Patrol
needs one.

> 3. Do we have to get a policy in place first?

We already have one. GO 42.6 says a facial recognition result is an
investigative lead only and is never probable cause by itself, and
searches may only be run for an open case with a report number.""", GF.format(2)),
    (GH, """\
Berea PD told me they pay about $6,200 a year for the same thing, so
this quote is in line.

> 4. Jared wants to know how much we used the trial.

The 45-day trial last fall ran 71 searches from 3 accounts.

Aaron

Kayla Morrow <kmorrow@richmond.ky.us>        Tue, Mar 11, 2025 at 9:40 AM
To: Aaron Whitt <awhitt@richmond.ky.us>

Thanks LT. I'll tell Jared we want the three-year option with five
users and send it to Purchasing for a PO.

Kayla""", GF.format(3)),
], "print", RPD,
    [RPD, "Berea Police Department"],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN"],
    [C(1150, 1150, "year", "FaceSearch investigative user, 12 months      $1,150.00 / user", RPD, MSI, VFS,
       unit="per user"),
     C(5750, 5750, "year", "5 users                                       $5,750.00 per year", RPD, MSI, VFS),
     C(1250, 1250, "one-time", "Setup and gallery configuration (one-time)    $1,250.00", RPD, MSI, VFS),
     C(7000, 7000, None, "First-year total                              $7,000.00", RPD, MSI, VFS),
     C(17250, 17250, None, "for $17,250 over the three years", RPD, MSI, VFS),
     C(7500, 7500, None, "The Chief set aside $7,500 for it in the FY25 CID budget", RPD, MSI, VFS),
     C(6200, 6200, "year", "Berea PD told me they pay about $6,200 a year for the same thing",
       "Berea Police Department", MSI, VFS)],
    [N(5, "exact", "licenses", None, "5 users                                       $5,750.00", RPD, MSI),
     N(18000000, "more than", "images", None, "our shared gallery of more than 18 million booking photos", None, MSI),
     N(71, "exact", "searches", None, "The 45-day trial last fall ran 71 searches", RPD, MSI),
     N(3, "exact", "users", None, "ran 71 searches from 3 accounts", RPD, MSI)],
    [P("GO 42.6 says a facial recognition result is an investigative lead only and is never probable cause by "
       "itself", RPD, "disclaimer"),
     P("searches may only be run for an open case with a report number.", RPD, "requirement")],
    [E("Kayla Morrow", "Aaron Whitt", "Mon, Mar 10, 2025 at 2:14 PM", "Fwd: " + SUBJ3),
     E("Jared Pennington", "Kayla Morrow", "Fri, Mar 7, 2025 at 10:31 AM", SUBJ3),
     E("Aaron Whitt", "Kayla Morrow", "Tue, Mar 11, 2025 at 8:05 AM", "Fwd: " + SUBJ3),
     E("Kayla Morrow", "Aaron Whitt", "Tue, Mar 11, 2025 at 9:40 AM", "Fwd: " + SUBJ3)],
    ["2025-03-12", "2025-03-10", "2025-03-07", "2025-03-11"],
    scan="print")


# ---------------------------------------------------------------- 4 Virginia: Loudoun County SO (general order)
LCSO = "Loudoun County Sheriff's Office"
CV = "Clearview AI"
CVS = "Clearview Search"
doc("04_loudoun-county-so-fr-general-order.txt", [
    (None, """\
                   LOUDOUN COUNTY SHERIFF'S OFFICE
                            GENERAL ORDER

Number:     GO 521.14                    Effective:   January 6, 2025
Subject:    Facial Recognition Technology
Supersedes: GO 521.14 (April 1, 2023)    Review date: January 2026
Authority:  Va. Code sec. 15.2-1723.2    Pages:       3

1. PURPOSE
1.1 This order sets the rules for the Office's use of facial
    recognition technology (FRT).
1.2 The Office uses FRT only to help identify a suspect, victim or
    witness in a criminal investigation, to identify a deceased
    person, or to help locate a missing or endangered person.

2. DEFINITIONS
2.1 Facial recognition technology (FRT): an electronic system that
    compares a probe image with a gallery of images and returns
    candidates ranked by similarity.
2.2 Probe image: the image of an unknown person submitted for a
    search.
2.3 Gallery: the images the authorized system searches. The gallery
    of the authorized system consists of more than 60 billion
    publicly available images collected by Clearview AI.
2.4 Possible match: a candidate that an examiner, after review,
    believes may be the person in the probe image.
2.5 Authorized user: a member who holds an active account on the
    authorized system under section 4.

3. POLICY
3.1 A possible match is an investigative lead only. It shall not be
    the sole basis for probable cause, an arrest or a search warrant.
3.2 The Office shall use only an FRT whose algorithm has been
    evaluated by the National Institute of Standards and Technology
    and meets the accuracy threshold in Va. Code sec. 15.2-1723.2
    (at least 98 percent true positives across demographic groups).""",
     "GO 521.14 - Facial Recognition Technology - Page 1 of 3"),
    (None, """\
4. AUTHORIZED SYSTEM AND ACCESS
4.1 The authorized system is Clearview Search, provided by Clearview
    AI, Inc. under contract LCSO-C-24-061. The Office holds 12 user
    licenses, which the Criminal Investigations Division (CID)
    commander assigns. The annual subscription ($21,600) is
    administered by the Fiscal Services Section.
4.2 Only deputies and analysts who have completed the vendor's
    training and the Office's 8-hour FRT course shall be granted an
    account.
4.3 Accounts shall not be shared, and a user shall not let another
    person run a search under his or her account.

5. PROCEDURES
5.1 Before running a search, the user shall enter the case number
    and the offense in the search record.
5.2 Every possible match shall be reviewed by a second examiner
    before it is released to the case investigator.
5.3 The CID commander may authorize a search without a case number
    to identify a deceased or incapacitated person.

6. PROHIBITED USES
6.1 Members shall not use FRT to identify a person because he or she
    is taking part in a lawful demonstration or other activity
    protected by the First Amendment.
6.2 FRT shall not be used on live or real-time video or to track a
    person's movements.
6.3 Members shall not upload images to any FRT service other than
    the authorized system.

7. RECORDS AND AUDIT
7.1 Search records shall be kept for at least 2 years. The
    Professional Standards Unit audits a sample of searches each
    quarter and reports the results to the Sheriff.
7.2 CID shall prepare the annual report of FRT use that Va. Code sec.
    15.2-1723.2 requires and post it on the Office's website.""",
     "GO 521.14 - Facial Recognition Technology - Page 2 of 3"),
    (None, """\
8. VIOLATIONS
8.1 Misuse of FRT or of search results may result in loss of access
    and disciplinary action, up to and including termination.

9. PROPOSED AMENDMENT (NOT IN EFFECT)
9.1 The amendment below was proposed by the CID commander on
    November 18, 2024 and is under review by the Sheriff and the
    County Attorney. It is not part of this order and may not be
    applied until it is approved and published as a revision.
9.2 Proposed new section 4.4: "Patrol sergeants may use the Clearview
    mobile application to help identify a person who is unable to
    identify himself or herself during a lawful detention."
9.3 The proposal would add mobile licenses for patrol sergeants at
    an estimated $1,200 per license per year, or about $9,600 a year
    in all.

BY ORDER OF THE SHERIFF

____________________________
Sheriff

Distribution: All sworn personnel; Criminal Intelligence Unit;
Professional Standards Unit; Fiscal Services Section""",
     "GO 521.14 - Facial Recognition Technology - Page 3 of 3"),
], "pdf", LCSO,
    [LCSO, "National Institute of Standards and Technology", "Loudoun County Attorney"],
    [CV],
    [CVS, "Clearview Mobile"],
    [C(21600, 21600, "year", "The annual subscription ($21,600)", LCSO, CV, CVS),
     C(1200, 1200, "year", "an estimated $1,200 per license per year", LCSO, CV, "Clearview Mobile", unit="per user"),
     C(9600, 9600, "year", "about $9,600 a year in all", LCSO, CV, "Clearview Mobile")],
    [N(60000000000, "more than", "images", None, "more than 60 billion publicly available images", None, CV),
     N(12, "exact", "licenses", None, "The Office holds 12 user licenses", LCSO, CV)],
    [P("The Office uses FRT only to help identify a suspect, victim or witness in a criminal investigation, to "
       "identify a deceased person, or to help locate a missing or endangered person.", LCSO, "purpose"),
     P("A possible match is an investigative lead only. It shall not be the sole basis for probable cause, an "
       "arrest or a search warrant.", LCSO, "disclaimer"),
     P("The Office shall use only an FRT whose algorithm has been evaluated by the National Institute of "
       "Standards and Technology and meets the accuracy threshold in Va. Code sec. 15.2-1723.2", LCSO,
       "requirement"),
     P("Only deputies and analysts who have completed the vendor's training and the Office's 8-hour FRT course "
       "shall be granted an account.", LCSO, "requirement"),
     P("Accounts shall not be shared, and a user shall not let another person run a search under his or her "
       "account.", LCSO, "prohibition"),
     P("Before running a search, the user shall enter the case number and the offense in the search record.",
       LCSO, "requirement"),
     P("Every possible match shall be reviewed by a second examiner before it is released to the case "
       "investigator.", LCSO, "requirement"),
     P("The CID commander may authorize a search without a case number to identify a deceased or "
       "incapacitated person.", LCSO, "permission"),
     P("Members shall not use FRT to identify a person because he or she is taking part in a lawful "
       "demonstration or other activity protected by the First Amendment.", LCSO, "prohibition"),
     P("FRT shall not be used on live or real-time video or to track a person's movements.", LCSO,
       "prohibition"),
     P("Members shall not upload images to any FRT service other than the authorized system.", LCSO,
       "prohibition"),
     P("Search records shall be kept for at least 2 years.", LCSO, "requirement"),
     P("The Professional Standards Unit audits a sample of searches each quarter and reports the results to the "
       "Sheriff.", LCSO, "requirement"),
     P("CID shall prepare the annual report of FRT use that Va. Code sec. 15.2-1723.2 requires and post it on "
       "the Office's website.", LCSO, "requirement"),
     P("Misuse of FRT or of search results may result in loss of access and disciplinary action, up to and "
       "including termination.", LCSO, "consequence")],
    [],
    ["2025-01-06", "2023-04-01", "2026-01", "2024-11-18"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Arizona: Surprise PD (quarterly usage report)
SPD = "Surprise Police Department"
NEC = "NEC Corporation of America"
NFR = "NeoFace Reveal"
doc("05_surprise-pd-neoface-quarterly-usage-report.txt", [
    (None, """\
SURPRISE POLICE DEPARTMENT
Investigations Bureau - Crime Analysis Unit
14250 West Statler Plaza, Surprise, Arizona 85374 | (623) 555-0171

FACIAL RECOGNITION PROGRAM - QUARTERLY USAGE REPORT
Fiscal Year 2024, Fourth Quarter, with fiscal-year totals
(July 1, 2023 - June 30, 2024)

To:    Chief of Police
From:  Lorena Valdez-Hurst, Crime Analysis Supervisor
Date:  July 22, 2024
Ref.:  CAU-FR-2024-Q4

1. Summary
The Department searches booking photographs with NEC NeoFace Reveal,
licensed from NEC Corporation of America since August 2022. This
report covers the fourth quarter of fiscal year 2024 (April 1 to
June 30, 2024) and totals the fiscal year. Searches rose 33 percent
from the first to the fourth quarter, mostly because two detectives
joined the program in March.

2. Users and gallery
On June 30, 2024, 14 detectives and analysts held NeoFace Reveal
accounts. The license allows up to 10 concurrent users. The
gallery held 96,230 booking photographs taken at the Department's
holding facility since 2009.

Table 1. NeoFace Reveal searches by quarter, FY2024

Quarter          Searches   Possible    Leads to     Run for other
                   run      matches    case agent      agencies
---------------  --------   --------   ----------   -------------
Q1 (Jul-Sep)          88         41           17               6
Q2 (Oct-Dec)          95         47           20               9
Q3 (Jan-Mar)         102         52           23               7
Q4 (Apr-Jun)         117         58           26              11
---------------  --------   --------   ----------   -------------
FY2024 total         402        198           86              33

Searches run for other agencies are included in the first column.
They were run for the El Mirage Police Department and for the
Arizona Counter Terrorism Information Center (ACTIC).""", "CAU-FR-2024-Q4  Page 1 of 2"),
    (None, """\
3. Cost and funding
The NeoFace Reveal license and support for FY2024 cost $27,600,
billed annually by NEC. A $20,000 grant from the Arizona Department
of Homeland Security (State Homeland Security Program, subaward
23-AZDOHS-HSGP-230415-02) paid most of it, and the General Fund paid
the remaining $7,600. For FY2025 NEC has quoted $28,980 for the same
license, a 5 percent increase.

The Department's 38 fixed license plate reader cameras (Flock Safety,
$114,000 a year) are reported separately and are not part of this
program.

4. Policy compliance
Department Policy 8.21, Facial Recognition, limits searches to
identifying suspects, victims and witnesses in criminal
investigations and to identifying deceased or missing persons.
Policy 8.21 requires supervisor approval and a departmental report
number for every search. A possible match is an investigative lead
and may not be used as the sole basis for an arrest. Under Policy
8.21, an examiner who runs a search without a report number loses
access until retrained.

The Professional Standards Unit audited a random sample of Q4
searches and found no search without a report number or approval.

5. Open items
The Real Time Crime Center has proposed adding still images from
city-owned cameras to the probe sources allowed by Policy 8.21. The
proposal has not been approved and no such search was run.

Prepared under A.R.S. 38-421 records retention schedule GS-1017.
Distribution: Chief; Deputy Chief, Investigations; City Manager.""", "CAU-FR-2024-Q4  Page 2 of 2"),
], "pdf", SPD,
    [SPD, "El Mirage Police Department", "Arizona Counter Terrorism Information Center",
     "Arizona Department of Homeland Security"],
    [NEC, "Flock Safety"],
    [NFR],
    [C(27600, 27600, "year", "The NeoFace Reveal license and support for FY2024 cost $27,600", SPD, NEC, NFR),
     C(20000, 20000, "one-time", "A $20,000 grant from the Arizona Department of Homeland Security", SPD, None),
     C(7600, 7600, None, "the General Fund paid the remaining $7,600", SPD, NEC, NFR),
     C(28980, 28980, "year", "For FY2025 NEC has quoted $28,980 for the same license", SPD, NEC, NFR)],
    [N(14, "exact", "users", None, "14 detectives and analysts held NeoFace Reveal accounts", SPD, NEC),
     N(10, "up to", "licenses", None, "The license allows up to 10 concurrent users", SPD, NEC),
     N(96230, "exact", "images", None, "gallery held 96,230 booking photographs", SPD, NEC),
     N(88, "exact", "searches", "quarter", "Q1 (Jul-Sep)          88", SPD, NEC),
     N(95, "exact", "searches", "quarter", "Q2 (Oct-Dec)          95", SPD, NEC),
     N(102, "exact", "searches", "quarter", "Q3 (Jan-Mar)         102", SPD, NEC),
     N(117, "exact", "searches", "quarter", "Q4 (Apr-Jun)         117", SPD, NEC),
     N(6, "exact", "requests", "quarter", "Q1 (Jul-Sep)          88         41           17               6",
       SPD, NEC),
     N(9, "exact", "requests", "quarter", "Q2 (Oct-Dec)          95         47           20               9",
       SPD, NEC),
     N(7, "exact", "requests", "quarter", "Q3 (Jan-Mar)         102         52           23               7",
       SPD, NEC),
     N(11, "exact", "requests", "quarter", "Q4 (Apr-Jun)         117         58           26              11",
       SPD, NEC),
     N(402, "exact", "searches", "year", "FY2024 total         402", SPD, NEC),
     N(198, "exact", "matches", "year", "FY2024 total         402        198", SPD, NEC),
     N(86, "exact", "leads", "year", "FY2024 total         402        198           86", SPD, NEC),
     N(33, "exact", "requests", "year", "FY2024 total         402        198           86              33",
       SPD, NEC)],
    [P("Department Policy 8.21, Facial Recognition, limits searches to identifying suspects, victims and "
       "witnesses in criminal investigations and to identifying deceased or missing persons.", SPD, "purpose"),
     P("Policy 8.21 requires supervisor approval and a departmental report number for every search.", SPD,
       "requirement"),
     P("A possible match is an investigative lead and may not be used as the sole basis for an arrest.", SPD,
       "disclaimer"),
     P("Under Policy 8.21, an examiner who runs a search without a report number loses access until retrained.",
       SPD, "consequence")],
    [],
    ["2023-07-01", "2024-06-30", "2024-07-22", "2022-08", "2024-04-01", "2009"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Georgia: Dunwoody PD (Teams chat export)
DPD = "Dunwoody Police Department"
BPD = "Brookhaven Police Department"
doc("06_dunwoody-pd-clearview-renewal-teams-chat.txt", [
    (None, """\
Microsoft Teams - Chat export
Chat:          Clearview renewal / ORR 2025-0341
Participants:  Odom, Marcus (DPD CID); Pruitt, Shana (DPD CID);
               Greer, Tasha (DPD Records)
Exported:      4/29/2025 3:47 PM by Greer, Tasha

Greer, Tasha    4/28/2025 9:12 AM
Morning. I have an open records request (ORR 2025-0341) asking what
we pay for Clearview and how many searches we ran last year. Who can
give me numbers? O.C.G.A. 50-18-71 gives me 3 business days to
respond or give a date.

Odom, Marcus    4/28/2025 9:20 AM
That's me. Current term is 6/1/2024 to 5/31/2025, 6 seats, $11,400
for the year. The renewal quote came in Friday.

Greer, Tasha    4/28/2025 9:21 AM
What's the renewal?

Odom, Marcus    4/28/2025 9:26 AM
Clearview quoted $2,050 per seat for 6/1/2025 to 5/31/2026, so
$12,300 if we keep 6. They also offered 3 years at $1,900 per seat
per year, $34,200 total. Nothing decided yet.

Pruitt, Shana    4/28/2025 9:31 AM
fwiw Brookhaven pays $7,800 a year for 4 seats, they got in on the
county rate

Greer, Tasha    4/28/2025 9:40 AM
And the search count?

Odom, Marcus    4/28/2025 10:02 AM
From the admin dashboard, 1/1/2024 to 12/31/2024: 1,046 searches by
our 6 users. Jan-Mar 2025 so far: 287 searches.

Greer, Tasha    4/28/2025 10:05 AM
Does that include searches for other agencies?""", "DPD ORR 2025-0341 - 000014"),
    (None, """\
Odom, Marcus    4/28/2025 10:07 AM
Only our account. If we run one for another agency it goes under
our case number, so it's in the 1,046.

Pruitt, Shana    4/28/2025 10:11 AM
For the request: SOP 4.19 covers this. Searches are only for CID
cases with a case number, and a Clearview hit is a lead only, not
probable cause. It's on the intranet if they want a copy.

Greer, Tasha    4/28/2025 10:14 AM
They also ask if we have anything that says we can't use it on
protesters.

Pruitt, Shana    4/28/2025 10:20 AM
The SOP doesn't address protests. There's no policy prohibiting it,
we just don't do it.

Odom, Marcus    4/28/2025 10:23 AM
LT has floated capping it at 100 searches a month per detective if
we go to 3 years. Just an idea, not in the SOP.

Greer, Tasha    4/28/2025 10:25 AM
Thanks both. I'll give them the $11,400, the 1,046 searches and the
SOP. Copies are free under $25 so no charge to the requester.

Odom, Marcus    4/28/2025 10:26 AM
Sounds good. Leave Flock out of it, that's the other request (their
renewal is $27,500 and it's a separate contract).

Greer, Tasha    4/29/2025 3:45 PM
Response sent.""", "DPD ORR 2025-0341 - 000015"),
], "pdf", DPD,
    [DPD, BPD],
    ["Clearview AI", "Flock Safety"],
    [],
    [C(11400, 11400, "year", "6 seats, $11,400 for the year", DPD, "Clearview AI"),
     C(2050, 2050, "year", "Clearview quoted $2,050 per seat for 6/1/2025 to 5/31/2026", DPD, "Clearview AI",
       unit="per user"),
     C(12300, 12300, "year", "$12,300 if we keep 6", DPD, "Clearview AI"),
     C(1900, 1900, "year", "3 years at $1,900 per seat per year", DPD, "Clearview AI", unit="per user"),
     C(34200, 34200, None, "$34,200 total", DPD, "Clearview AI"),
     C(7800, 7800, "year", "Brookhaven pays $7,800 a year for 4 seats", BPD, "Clearview AI")],
    [N(6, "exact", "licenses", None, "6 seats, $11,400", DPD, "Clearview AI"),
     N(4, "exact", "licenses", None, "Brookhaven pays $7,800 a year for 4 seats", BPD, "Clearview AI"),
     N(1046, "exact", "searches", "year", "1/1/2024 to 12/31/2024: 1,046 searches", DPD, "Clearview AI"),
     N(6, "exact", "users", None, "our 6 users", DPD, "Clearview AI"),
     N(287, "exact", "searches", "quarter", "Jan-Mar 2025 so far: 287 searches", DPD, "Clearview AI")],
    [P("Searches are only for CID cases with a case number", DPD, "requirement"),
     P("a Clearview hit is a lead only, not probable cause.", DPD, "disclaimer")],
    [],
    ["2025-04-29", "2025-04-28", "2024-06-01", "2025-05-31", "2025-06-01", "2026-05-31", "2024-01-01",
     "2024-12-31", "2025-01", "2025-03"],
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
