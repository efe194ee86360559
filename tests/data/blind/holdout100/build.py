"""Writes docs/*.txt and labels.json for holdout100 (six invented releases: WA, OK, PA, VA, MN, NC).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, kind on policies)."""
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
    for e in emails:
        for k in ("date", "subject"):
            assert e[k] is None or e[k] in text, (file, k, e[k])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Washington: Renton PD
RPD = "Renton Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SUBJ1 = "Renton PD - FaceSearch / LEARN renewal, Quote Q-0884512"
doc("01_renton-pd-vigilant-facesearch-renewal-fw.txt", [
    ("Ostrowski, Megan", """\
From:       Halvorsen, Erik
Sent:       Wednesday, May 21, 2025 2:37 PM
To:         Ostrowski, Megan
Cc:         Pham, David; PD Budget
Subject:    FW: Renton PD - FaceSearch / LEARN renewal, Quote Q-0884512

Megan,

Forwarding Motorola's renewal below for the 2025-2026 budget
adjustment. My comments, since the quote mixes two things:

1) Please split the quote. The LEARN plate-reader data ($14,200) is
   a Patrol/Traffic cost and should come out of 001.000.16.521.22.
   Only the FaceSearch line belongs to Investigations.
2) FaceSearch for 2025-26 is $11,850 for the year. We paid $10,900
   for 2024-25, so it went up a little under 9%.
3) Keep all 8 investigator seats. Only 6 detectives logged in since
   last July, but two new detectives start in September and will
   need accounts once they finish training.
4) Per Policy 605, nobody gets a FaceSearch account until they have
   completed the Department's facial recognition training, so the
   new detectives won't be added before October anyway.
5) The sales tax line on the quote is an estimate only. Finance
   says the actual tax will show on the invoice.

Castillo pulled the audit report: 214 FaceSearch searches from
July 1, 2024 through May 15, 2025, every one with a case number.

Thanks,
Erik

Sgt. Erik Halvorsen | Investigations Division
Renton Police Department | 425-555-0162""", "RPD PRR 25-0931          000118"),
    ("Ostrowski, Megan", """\
-----Original Message-----
From: Pham, David
Sent: Tuesday, May 20, 2025 4:05 PM
To: Halvorsen, Erik
Subject: RE: Renton PD - FaceSearch / LEARN renewal, Quote Q-0884512

Erik - OK to renew. Send it to Budget with your notes, not lumped in
with LEARN. Remind the new folks that a FaceSearch hit is an
investigative lead only and is never probable cause by itself. There
is no policy limiting FaceSearch to felonies, so don't say there is.

Lt. David Pham

-----Original Message-----
From: Kessler, Brianna <brianna.kessler@motorolasolutions.com>
Sent: Monday, May 19, 2025 10:12 AM
To: Halvorsen, Erik
Subject: Renton PD - FaceSearch / LEARN renewal, Quote Q-0884512

Sergeant Halvorsen,

Your Vigilant subscriptions expire June 30, 2025. Renewal pricing
for July 1, 2025 - June 30, 2026 is below.

  Item                                              Amount
  ------------------------------------------------  -----------
  Vigilant FaceSearch, agency subscription          $11,850.00
    (8 named investigator users, $1,481.25 each)
  LEARN commercial LPR data and analytics           $14,200.00
  ------------------------------------------------  -----------
  Quote total                                       $26,050.00
  Est. WA sales tax (10.1%)                          $2,631.05
  Total with estimated tax                          $28,681.05

FaceSearch searches your own booking photos and the shared FaceSearch
gallery, which now holds more than 18 million booking images from
participating agencies. This quote is valid for 45 days.

Brianna Kessler | Account Manager, Pacific Northwest
Motorola Solutions | Vigilant | (206) 555-0147""", "RPD PRR 25-0931          000119"),
], "print", RPD,
    [RPD],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN"],
    [C(11850, 11850, "year", "FaceSearch for 2025-26 is $11,850 for the year", RPD, MSI, VFS),
     C(10900, 10900, "year", "We paid $10,900 for 2024-25", RPD, MSI, VFS),
     C(1481.25, 1481.25, "year", "8 named investigator users, $1,481.25 each", RPD, MSI, VFS, unit="per user")],
    [N(8, "exact", "licenses", None, "Keep all 8 investigator seats", RPD, MSI),
     N(6, "exact", "users", None, "Only 6 detectives logged in since last July", RPD, MSI),
     N(214, "exact", "searches", None, "214 FaceSearch searches from July 1, 2024 through May 15, 2025", RPD, MSI),
     N(18000000, "more than", "images", None, "more than 18 million booking images", None, MSI)],
    [P("Per Policy 605, nobody gets a FaceSearch account until they have completed the Department's facial "
       "recognition training", RPD, "requirement"),
     P("a FaceSearch hit is an investigative lead only and is never probable cause by itself.", RPD, "disclaimer")],
    [E("Halvorsen, Erik", "Ostrowski, Megan", "Wednesday, May 21, 2025 2:37 PM", "FW: " + SUBJ1),
     E("Pham, David", "Halvorsen, Erik", "Tuesday, May 20, 2025 4:05 PM", "RE: " + SUBJ1),
     E("Kessler, Brianna", "Halvorsen, Erik", "Monday, May 19, 2025 10:12 AM", SUBJ1)],
    ["2025-05-21", "2025-05-20", "2025-05-19", "2024-07-01", "2025-05-15", "2025-06-30", "2025-07-01",
     "2026-06-30"],
    scan="photocopy")


# ---------------------------------------------------------------- 2 Oklahoma: Bartlesville PD
BPD = "Bartlesville Police Department"
OHTP = "Osage Hills Technology Partners"
DBS = "FaceVACS-DBScan LE"
doc("02_bartlesville-pd-cognitec-reseller-invoice.txt", [
    (None, """\
OSAGE HILLS TECHNOLOGY PARTNERS, LLC
Public Safety Systems Integration | Cognitec Systems Authorized Partner
4120 S. Yale Avenue, Suite 310, Tulsa, OK 74135 | (918) 555-0164

                                                              INVOICE
Invoice No.:  OHTP-25-0417                  Invoice Date: 03/14/2025
Customer No.: BART-0093                     Terms:        Net 30
Customer PO:  P25-00562                     Due Date:     04/13/2025
Quote Ref.:   Q-2024-1188 (12/02/2024)      Sales Rep:    T. Whitebird

BILL TO                                 SHIP TO
City of Bartlesville                    Bartlesville Police Department
Accounts Payable                        Criminal Investigations Division
401 S. Johnstone Avenue                 100 E. Hensley Boulevard
Bartlesville, OK 74003                  Bartlesville, OK 74003
                                        Attn: Capt. Marcus Redbird

Ln  Description                          Qty   Unit Price       Amount
--  -----------------------------------  ---  -----------  -----------
1   Cognitec FaceVACS-DBScan LE server     1    24,600.00    24,600.00
    license, perpetual, one-time fee
    (includes 3 concurrent investigator
    client licenses)
2   FaceVACS-DBScan LE additional          2     3,150.00     6,300.00
    investigator client license,
    perpetual, one-time fee
3   Annual software maintenance and                            6,180.00
    support, 04/01/2025 - 03/31/2026
    (20% of lines 1-2)
4   Investigator training, one-time,       1     4,400.00     4,400.00
    2 days onsite (up to 8 students)
5   Panasonic Toughbook 40, Patrol         1     3,495.00     3,495.00
    Division (quote Q-2025-0031)
                                                Subtotal      44,975.00
    Credit memo CM-0219: Cognitec new-customer
      training credit                                         -2,200.00
    Oklahoma sales tax 9.1% - exempt
      (exemption cert. 13-0044712)                                 0.00
    Shipping and handling (line 5)                                65.00
                                           Invoice total      42,840.00
    Less: deposit received 01/10/2025, check 118840          -12,000.00
                                             BALANCE DUE      30,840.00""", "Page 1 of 2"),
    (None, """\
REMIT TO                                PAYMENT BY ACH
Osage Hills Technology Partners, LLC    First Prairie Bank, N.A.
P.O. Box 470813                         Account ending 4471
Tulsa, OK 74147-0813                    Reference: invoice number
Federal tax ID 73-1490652               Questions: ar@osagehills.example

NOTES
1. Gallery load completed 03/07/2025: 61,480 booking photographs from
   the Bartlesville Police Department jail management system were
   enrolled. The server license supports up to 500,000 images.
2. Client licenses held after this invoice: 5 (3 included with the
   server license plus 2 additional).
3. Maintenance renews each April 1 at 20% of the license fees then in
   effect.
4. Line 5 (Toughbook) is billed on this invoice at the City's request
   and is not part of the facial recognition project.

LICENSE TERMS (excerpt from the Cognitec end-user license, section 4)
4.1  The Software may be used solely for the law enforcement
     investigative purposes of the Licensee.
4.2  Licensee shall not use the Software to conduct real-time
     surveillance of live video streams.
4.3  Licensee shall permit only personnel who have completed the
     vendor's investigator training to operate a client license.

Thank you for your business.

- - - - - - - - - - - - - - detach and return - - - - - - - - - - - - -
Invoice OHTP-25-0417 | Customer BART-0093 | PO P25-00562
Amount due: $30,840.00 by 04/13/2025      Amount enclosed: $__________
Make checks payable to Osage Hills Technology Partners, LLC""", "Page 2 of 2"),
], "pdf", BPD,
    ["City of Bartlesville", BPD],
    [OHTP, "Cognitec Systems", "Panasonic"],
    [DBS, "Toughbook 40"],
    [C(24600, 24600, "one-time", "1   Cognitec FaceVACS-DBScan LE server     1    24,600.00    24,600.00",
       BPD, OHTP, DBS),
     C(6300, 6300, "one-time", "2   FaceVACS-DBScan LE additional          2     3,150.00     6,300.00",
       BPD, OHTP, DBS),
     C(3150, 3150, "one-time", "2   FaceVACS-DBScan LE additional          2     3,150.00",
       BPD, OHTP, DBS, unit="per user"),
     C(6180, 6180, "year", "3   Annual software maintenance and                            6,180.00",
       BPD, OHTP, DBS),
     C(4400, 4400, "one-time", "4   Investigator training, one-time,       1     4,400.00     4,400.00",
       BPD, OHTP, DBS)],
    [N(3, "exact", "licenses", None, "includes 3 concurrent investigator client licenses", BPD, OHTP),
     N(2, "exact", "licenses", None, "2   FaceVACS-DBScan LE additional          2", BPD, OHTP),
     N(5, "exact", "licenses", None, "Client licenses held after this invoice: 5", BPD, OHTP),
     N(61480, "exact", "images", None, "61,480 booking photographs", BPD, OHTP)],
    [P("The Software may be used solely for the law enforcement investigative purposes of the Licensee.",
       BPD, "purpose"),
     P("Licensee shall not use the Software to conduct real-time surveillance of live video streams.",
       BPD, "prohibition"),
     P("Licensee shall permit only personnel who have completed the vendor's investigator training to "
       "operate a client license.", BPD, "requirement")],
    [],
    ["2025-03-14", "2025-04-13", "2024-12-02", "2025-04-01", "2026-03-31", "2025-01-10", "2025-03-07"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Pennsylvania: Lower Merion Township PD
LMPD = "Lower Merion Township Police Department"
CV = "Clearview AI"
HTPD = "Haverford Township Police Department"
doc("03_lower-merion-pd-pccd-grant-budget-narrative.txt", [
    (None, """\
PENNSYLVANIA COMMISSION ON CRIME AND DELINQUENCY
Egrants Application - Budget Detail and Budget Narrative

Applicant:       Lower Merion Township, on behalf of the Lower Merion
                 Township Police Department
Application No.: 2025-LE-ST-41877             Submitted: 03/21/2025
Funding stream:  Local Law Enforcement Support Grant Program
Project title:   Investigative Technology Modernization
Project period:  07/01/2025 - 06/30/2027 (24 months)
Project contact: Lt. Gregory Falcone, (610) 555-0139

BUDGET SUMMARY
Category                       PCCD request  Township cash        Total
----------------------------   ------------  -------------  -----------
A. Personnel (incl. fringe)       11,798.44           0.00    11,798.44
B. Equipment                      12,725.00           0.00    12,725.00
C. Contractual services           47,970.00       6,000.00    53,970.00
D. Indirect costs (0%)                 0.00           0.00         0.00
----------------------------   ------------  -------------  -----------
Total                             72,493.44       6,000.00    78,493.44

A. PERSONNEL

A.1  Digital forensics overtime. Detective overtime to reduce the
     backlog of mobile device extractions: 160 hours x $68.50 per
     hour = $10,960.00.
A.2  Fringe on A.1: FICA at 7.65% = $838.44.

The Personnel category funds no facial recognition work. Detectives
will take Clearview AI's online training on regular time.

B. EQUIPMENT

B.1  One digital forensics workstation, Dell Precision 7875 tower
     with 128 GB memory and write-blocked bays: $8,450.00.
B.2  One forensic write-blocker and imaging kit: $4,275.00.

Both items exceed the Township's $1,000 capitalization threshold and
will be tagged and tracked in the Township fixed asset system.""",
     "LMTPD PCCD 2025 - Budget Narrative - Page 1 of 3"),
    (None, """\
C. CONTRACTUAL SERVICES

C.1  Clearview AI investigative search subscription. Six (6) named
     user licenses for Detective Division investigators for two
     years, billed annually at $1,995 per user per year.
        Year 1 (07/2025 - 06/2026): 6 users x $1,995 =   $11,970.00
        Year 2 (07/2026 - 06/2027): 6 users x $1,995 =   $11,970.00
        C.1 total, two years                            $23,940.00
     Clearview AI is a sole-source provider of a search against a
     database of more than 60 billion publicly available facial
     images. Onboarding and Clearview's online training are
     included at no additional charge.

C.2  BriefCam Review video synopsis, one server license: $18,500.00,
     and first-year maintenance: $3,330.00. BriefCam will be used to
     review recorded video from Township and business cameras. The
     BriefCam face recognition module is not included in this
     request and will not be purchased. The Township's $6,000 cash
     contribution is applied to C.2.

C.3  Cellebrite UFED 4PC license renewal, two years at $4,100 per
     year: $8,200.00.

JUSTIFICATION - FACIAL RECOGNITION (C.1)

The Department has no facial recognition system of its own. In 2024
Township detectives asked the Montgomery County Detective Bureau to
run 31 face searches for Township cases, and the average wait for a
result was nine days. A Township subscription would let trained
detectives run their own searches on the day a case is assigned.
Haverford Township Police Department, which borders the Township,
reports that it pays $9,975 a year for five Clearview licenses.""",
     "LMTPD PCCD 2025 - Budget Narrative - Page 2 of 3"),
    (None, """\
Controls on use. Use of the subscription will be governed by LMTPD
Directive 41-12, Facial Recognition, issued February 3, 2025. The
directive requires a supervisor's approval and an incident number
for every search. It prohibits searches of images of people taking
part in a lawful assembly. Under the directive, a possible match is
an investigative lead only and is never sufficient by itself to
support an arrest. Accounts are issued only to detectives who have
completed Clearview's online training.

The Department considered a live-video face recognition product and
rejected it; no request for live or real-time face recognition is
made in this application.

Sustainability. After the grant period the Township intends to carry
the Clearview subscription in the Police Department's operating
budget if the program meets the performance measures in Section 6.

Performance measures (Section 6 of the application):
  - Median days from case assignment to face search result
  - Share of searches with a documented supervisor approval (target
    100%)
  - Number of searches audited each quarter (target: all searches)

Certification: I certify that the costs above are reasonable,
allowable and necessary for the project.

Lt. Gregory Falcone, Project Director            Date: 03/21/2025
Approved: Superintendent of Police, Lower Merion Township""",
     "LMTPD PCCD 2025 - Budget Narrative - Page 3 of 3"),
], "pdf", LMPD,
    ["Pennsylvania Commission on Crime and Delinquency", "Lower Merion Township", LMPD,
     "Montgomery County Detective Bureau", HTPD],
    [CV, "BriefCam", "Cellebrite", "Dell"],
    ["BriefCam Review", "Cellebrite UFED 4PC", "Dell Precision 7875"],
    [C(1995, 1995, "year", "billed annually at $1,995 per user per year", LMPD, CV, unit="per user"),
     C(11970, 11970, "year", "Year 1 (07/2025 - 06/2026): 6 users x $1,995 = $11,970.00", LMPD, CV),
     C(23940, 23940, None, "C.1 total, two years $23,940.00", LMPD, CV),
     C(9975, 9975, "year", "pays $9,975 a year for five Clearview licenses", HTPD, CV)],
    [N(6, "exact", "licenses", None, "Six (6) named user licenses", LMPD, CV),
     N(60000000000, "more than", "images", None, "more than 60 billion publicly available facial images", None, CV),
     N(31, "exact", "requests", "year", "run 31 face searches for Township cases", LMPD, None),
     N(5, "exact", "licenses", None, "pays $9,975 a year for five Clearview licenses", HTPD, CV)],
    [P("The directive requires a supervisor's approval and an incident number for every search.", LMPD,
       "requirement"),
     P("It prohibits searches of images of people taking part in a lawful assembly.", LMPD, "prohibition"),
     P("Under the directive, a possible match is an investigative lead only and is never sufficient by itself "
       "to support an arrest.", LMPD, "disclaimer"),
     P("Accounts are issued only to detectives who have completed Clearview's online training.", LMPD,
       "requirement")],
    [],
    ["2025-03-21", "2025-07-01", "2027-06-30", "2025-07", "2026-06", "2026-07", "2027-06", "2024",
     "2025-02-03"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Virginia: Newport News PD
NNPD = "Newport News Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("04_newport-news-pd-foia-response-search-log.txt", [
    (None, """\
NEWPORT NEWS POLICE DEPARTMENT
Office of the Chief of Police - FOIA Unit
9710 Jefferson Avenue, Newport News, Virginia 23605
Telephone (757) 555-0120

February 18, 2025

Mr. Tobias Greer
Peninsula Civic Records Project
P.O. Box 1644
Hampton, VA 23669

Re: FOIA Request NNPD-25-0088, received February 10, 2025

Dear Mr. Greer:

The Department has completed its response to your request under the
Virginia Freedom of Information Act, Va. Code sec. 2.2-3700 et seq.,
for records of the Department's facial recognition searches during
calendar year 2024 and of what the Department pays for the service.

Agreement and payments. The Department uses NeoFace Reveal, licensed
from NEC Corporation of America under a three-year agreement that
runs from March 1, 2023 to February 28, 2026. The agreement price is
$64,800 for the three years, billed at $21,600 a year, plus a
one-time setup fee of $4,500 paid in 2023. The agreement covers 12
named user accounts; 10 of them were active at the end of 2024.
Copies of the agreement and of the invoices paid to date are
enclosed (Enclosure 1).

Gallery. NeoFace Reveal searches booking photographs taken by the
Newport News Sheriff's Office at the City Jail, approximately 208,000
images as of December 31, 2024. It does not search driver's license
photographs or images collected from the internet.

Searches. Enclosure 2 is the search log exported from NeoFace Reveal
for 2024: 354 searches were run that year. The table on page 2
summarizes the log by requesting unit.""", "NNPD-25-0088  Page 1 of 3"),
    (None, """\
Table 1. Facial recognition searches by requesting unit, 2024

Requesting unit                      Searches    Possible   Leads sent
                                                  matches      to unit
-----------------------------------  --------    --------   ----------
Major Crimes (Homicide/Robbery)           118          64           31
Special Victims Unit                       41          19            8
Property Crimes                            96          37           12
Gang Enforcement Unit                      53          30           14
Real Time Crime Center                     27          11            4
Outside agencies (see note)                19           9            3
-----------------------------------  --------    --------   ----------
Total                                     354         170           72

Note: 12 searches for the Hampton Police Division and 7 for the
Virginia State Police, each on a written request.

Policy. Use of the system is governed by General Order 532, Facial
Recognition, effective July 1, 2022. Under the order, only members
who have completed NEC's examiner course may hold an account. Every
search must be logged with a case number and the requesting unit.
Searches for outside agencies require a written request approved by
the Real Time Crime Center supervisor. As Va. Code sec. 15.2-1723.2
requires, a facial recognition match is not used in an affidavit to
establish probable cause for a search warrant or an arrest warrant.
The Department has no written policy on keeping probe images outside
the case file, and no record of one exists.

Withheld. Probe images, candidate photographs and the case numbers
in Enclosure 2 have been redacted under Va. Code sec. 2.2-3706(B),
criminal investigative files. The Department does not track arrests
that followed a search, so no record responsive to item 4 of your
request exists.""", "NNPD-25-0088  Page 2 of 3"),
    (None, """\
Charges. The charge for this response is $37.40 (1.1 hours of staff
time at $34.00 per hour), which you paid on February 14. Under Va.
Code sec. 2.2-3713 you may petition the General District Court if
you believe this response does not comply with the Act.

Sincerely,

Danielle Okafor
FOIA Officer, Newport News Police Department
foia@nnpd.example | (757) 555-0127

Enclosures (2):
  1. NEC agreement NNPD-2023-017 and invoices (31 pages)
  2. NeoFace Reveal search log, 2024, redacted (9 pages)""", "NNPD-25-0088  Page 3 of 3"),
], "pdf", NNPD,
    [NNPD, "Newport News Sheriff's Office", "Hampton Police Division", "Virginia State Police"],
    [NEC],
    [NFR],
    [C(64800, 64800, None, "$64,800 for the three years", NNPD, NEC, NFR),
     C(21600, 21600, "year", "billed at $21,600 a year", NNPD, NEC, NFR),
     C(4500, 4500, "one-time", "one-time setup fee of $4,500", NNPD, NEC, NFR)],
    [N(12, "exact", "licenses", None, "The agreement covers 12 named user accounts", NNPD, NEC),
     N(10, "exact", "users", None, "10 of them were active at the end of 2024", NNPD, NEC),
     N(208000, "approximately", "images", None, "approximately 208,000 images", NNPD, NEC),
     N(354, "exact", "searches", "year", "354 searches were run that year", NNPD, NEC),
     N(118, "exact", "searches", "year", "Major Crimes (Homicide/Robbery) 118", NNPD, NEC),
     N(41, "exact", "searches", "year", "Special Victims Unit 41", NNPD, NEC),
     N(96, "exact", "searches", "year", "Property Crimes 96", NNPD, NEC),
     N(53, "exact", "searches", "year", "Gang Enforcement Unit 53", NNPD, NEC),
     N(27, "exact", "searches", "year", "Real Time Crime Center 27", NNPD, NEC),
     N(19, "exact", "requests", "year", "Outside agencies (see note) 19", NNPD, NEC),
     N(170, "exact", "matches", "year", "Total 354 170", NNPD, NEC),
     N(72, "exact", "leads", "year", "Total 354 170 72", NNPD, NEC),
     N(12, "exact", "requests", "year", "12 searches for the Hampton Police Division", NNPD, NEC),
     N(7, "exact", "requests", "year", "7 for the Virginia State Police", NNPD, NEC)],
    [P("Under the order, only members who have completed NEC's examiner course may hold an account.", NNPD,
       "permission"),
     P("Every search must be logged with a case number and the requesting unit.", NNPD, "requirement"),
     P("Searches for outside agencies require a written request approved by the Real Time Crime Center "
       "supervisor.", NNPD, "requirement"),
     P("As Va. Code sec. 15.2-1723.2 requires, a facial recognition match is not used in an affidavit to "
       "establish probable cause for a search warrant or an arrest warrant.", NNPD, "disclaimer")],
    [],
    ["2025-02-18", "2025-02-10", "2024", "2023-03-01", "2026-02-28", "2023", "2024-12-31", "2022-07-01"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Minnesota: Blue Earth County SO
BECSO = "Blue Earth County Sheriff's Office"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("05_blue-earth-county-so-general-order-fr.txt", [
    (None, """\
BLUE EARTH COUNTY SHERIFF'S OFFICE
710 South Front Street, Mankato, Minnesota 56001

GENERAL ORDER                                         Number: GO 3-27
Subject:    Facial Recognition Technology
Effective:  April 1, 2024             Revised: March 3, 2025
Rescinds:   GO 3-27 (April 1, 2024 edition)
Review:     Annually, by the Chief Deputy
Approved:   Sheriff Harlan Vetsch                          Pages: 3

27.1  PURPOSE AND SCOPE
      This order governs the use of facial recognition technology by
      members of the Blue Earth County Sheriff's Office. The Office
      uses facial recognition only to develop investigative leads in
      criminal investigations, to identify deceased persons, and to
      identify persons who are unable to identify themselves.

27.2  DEFINITIONS
      a. Probe image: a photograph of an unknown person submitted for
         a search.
      b. Candidate list: the ranked photographs the system returns.
      c. Examiner: a member certified under 27.4 to run searches.

27.3  SYSTEM
      a. The Office's facial recognition system is FACE Plus, hosted
         by DataWorks Plus under County contract C-2023-0412. The
         contract price is $12,760 per year, paid from the Sheriff's
         technology budget.
      b. The gallery consists of booking photographs taken at the
         Blue Earth County Jail, about 78,900 images as of January 1,
         2025. Driver's license photographs held by Driver and Vehicle
         Services are not part of the gallery.
      c. The Office holds 6 examiner licenses.

27.4  ACCESS AND TRAINING
      a. Only members who have completed the vendor's examiner course
         and the Office's eight-hour bias and accuracy course may be
         issued an examiner account.
      b. Examiner accounts shall be disabled within 24 hours after a
         member transfers out of the Investigations Division.""", "GO 3-27  Page 1 of 3"),
    (None, """\
27.5  AUTHORIZED USE
      a. An examiner may run a search only when the request includes
         an Office case number or an outside agency's case number.
      b. Requests from other agencies may be accepted only in writing
         and with the approval of the Investigations lieutenant.

27.6  PROHIBITED USE
      a. Members shall not use facial recognition to identify a person
         because of that person's participation in a lawful protest,
         religious service or other activity protected by the First
         Amendment.
      b. Members shall not run searches on live or recorded video
         streams or use the system for ongoing surveillance.
      c. Members may not submit probe images to any facial recognition
         service other than FACE Plus, including free trials of
         commercial services.

27.7  RESULTS
      a. A candidate returned by FACE Plus is an investigative lead
         only. It is not a positive identification and shall not by
         itself establish probable cause for an arrest or a warrant.
      b. A second examiner shall review every candidate before it is
         released to the case investigator.

27.8  AUDIT
      a. Each search is logged automatically with the examiner's name,
         the date, the case number and the reason for the search. Logs
         are retained for six years.
      b. The Professional Standards sergeant shall audit a random
         sample of at least 10% of searches each quarter and report the
         results in writing to the Chief Deputy.
      c. By February 15 of each year the Chief Deputy shall publish a
         summary of the prior year's searches.
      d. The 2024 annual audit found 164 searches by 5 examiners, of
         which 22 were run for other agencies. No search lacked a case
         number. Audit records are private data under Minn. Stat.
         sec. 13.82, subd. 7, while a case is active.""", "GO 3-27  Page 2 of 3"),
    (None, """\
27.9  VIOLATIONS
      A member who misuses the facial recognition system is subject to
      discipline up to and including termination, and the member's
      examiner account will be revoked.

NOTE OF PROPOSED REVISION (not in effect)
Draft revision 2025-R1, circulated March 3, 2025 for comment by
March 31, 2025, would raise the number of examiner licenses from 6
to 8 and would add a rule barring probe images taken from social
media accounts unless a warrant has been obtained. Until the Sheriff
approves the draft, this order remains in effect as written.

Distribution: All sworn members; Jail Administrator; County Attorney

/s/ Harlan Vetsch, Sheriff""", "GO 3-27  Page 3 of 3"),
], "pdf", BECSO,
    [BECSO, "Minnesota Driver and Vehicle Services"],
    [DWP],
    [FP],
    [C(12760, 12760, "year", "The contract price is $12,760 per year", BECSO, DWP, FP)],
    [N(78900, "approximately", "images", None, "about 78,900 images", BECSO, DWP),
     N(6, "exact", "licenses", None, "The Office holds 6 examiner licenses.", BECSO, DWP),
     N(164, "exact", "searches", "year", "The 2024 annual audit found 164 searches", BECSO, DWP),
     N(5, "exact", "users", "year", "164 searches by 5 examiners", BECSO, DWP),
     N(22, "exact", "requests", "year", "22 were run for other agencies", BECSO, DWP)],
    [P("The Office uses facial recognition only to develop investigative leads in criminal investigations, to "
       "identify deceased persons, and to identify persons who are unable to identify themselves.", BECSO,
       "purpose"),
     P("Only members who have completed the vendor's examiner course and the Office's eight-hour bias and "
       "accuracy course may be issued an examiner account.", BECSO, "permission"),
     P("Examiner accounts shall be disabled within 24 hours after a member transfers out of the Investigations "
       "Division.", BECSO, "requirement"),
     P("An examiner may run a search only when the request includes an Office case number or an outside "
       "agency's case number.", BECSO, "permission"),
     P("Requests from other agencies may be accepted only in writing and with the approval of the "
       "Investigations lieutenant.", BECSO, "permission"),
     P("Members shall not use facial recognition to identify a person because of that person's participation "
       "in a lawful protest, religious service or other activity protected by the First Amendment.", BECSO,
       "prohibition"),
     P("Members shall not run searches on live or recorded video streams or use the system for ongoing "
       "surveillance.", BECSO, "prohibition"),
     P("Members may not submit probe images to any facial recognition service other than FACE Plus, including "
       "free trials of commercial services.", BECSO, "prohibition"),
     P("It is not a positive identification and shall not by itself establish probable cause for an arrest or "
       "a warrant.", BECSO, "disclaimer"),
     P("A second examiner shall review every candidate before it is released to the case investigator.", BECSO,
       "requirement"),
     P("Logs are retained for six years.", BECSO, "requirement"),
     P("The Professional Standards sergeant shall audit a random sample of at least 10% of searches each "
       "quarter and report the results in writing to the Chief Deputy.", BECSO, "requirement"),
     P("By February 15 of each year the Chief Deputy shall publish a summary of the prior year's searches.",
       BECSO, "requirement"),
     P("A member who misuses the facial recognition system is subject to discipline up to and including "
       "termination, and the member's examiner account will be revoked.", BECSO, "consequence")],
    [],
    ["2024-04-01", "2025-03-03", "2025-01-01", "2024", "2025-03-31"],
    scan="pdf")


# ---------------------------------------------------------------- 6 North Carolina: New Hanover County SO
NHCSO = "New Hanover County Sheriff's Office"
PCSO = "Pender County Sheriff's Office"
VER = "Veritone"
VID = "Veritone IDentify"
doc("06_new-hanover-county-so-teams-identify-seats.txt", [
    (None, """\
Microsoft Teams - chat export
Chat:         NHCSO Command Staff - IDentify seats FY26
Participants: Howard Sneeden; Dwayne Pruitt; Renata Voss;
              Kimberly Ashford
Exported:     8/19/2025 3:41 PM by Renata Voss (PRR-2025-311)

Renata Voss (Capt., CID)                          8/12/2025 9:14 AM
Veritone sent the FY26 renewal for IDentify. $27,600 for 10 seats,
same price as this year.

Dwayne Pruitt (Maj., Operations)                  8/12/2025 9:20 AM
Do we actually need 10? Who is using it?

Kimberly Ashford (Lt., Crime Analysis)            8/12/2025 9:31 AM
7 people have run a search since Jan 1. The rest haven't logged in
since the SIU reorg. 412 searches YTD.

Renata Voss (Capt., CID)                          8/12/2025 9:33 AM
Their per-seat price is $2,760/yr. If we drop to 7 it would be
$19,320, but then there's nothing left for the VCTF analyst.

Howard Sneeden (Chief Deputy)                     8/12/2025 9:47 AM
Go with 8 seats. That comes to $22,080 - put it in the FY26 request
under the CID software line (org 4310-5230).

Howard Sneeden (Chief Deputy)                     8/12/2025 9:49 AM
And tell your units: no one runs IDentify on a photo unless there
is a case number in the notes field. No exceptions, no "just
checking" searches.

Kimberly Ashford (Lt., Crime Analysis)            8/12/2025 9:52 AM
Understood. Legal also wants the line on every lead sheet that an
IDentify result is an investigative lead only and is not probable
cause.""", None),
    (None, """\
Dwayne Pruitt (Maj., Operations)                  8/12/2025 10:05 AM
For comparison, Pender County SO told me they pay about $9,600 a
year for 3 seats of the same product.

Renata Voss (Capt., CID)                          8/12/2025 10:11 AM
Ours searches a lot more - the gallery is our jail bookings, roughly
140,000 photos.

Dwayne Pruitt (Maj., Operations)                  8/12/2025 10:14 AM
Don't roll this into the Axon renewal. That one is $186,400 over
five years and goes to the Board of Commissioners on its own.

Howard Sneeden (Chief Deputy)                     8/12/2025 10:20 AM
Agreed. Renata, send me the revised quote for 8 when you have it.

Renata Voss (Capt., CID)                          8/19/2025 3:38 PM
Revised quote from Veritone attached: 8 seats, effective 10/1/2025.
Filed with the FY26 budget packet.""", None),
], "pdf", NHCSO,
    [NHCSO, PCSO, "New Hanover County Board of Commissioners"],
    [VER, "Axon"],
    [VID],
    [C(27600, 27600, "year", "$27,600 for 10 seats", NHCSO, VER, VID),
     C(2760, 2760, "year", "Their per-seat price is $2,760/yr.", NHCSO, VER, VID, unit="per user"),
     C(22080, 22080, "year", "Go with 8 seats. That comes to $22,080", NHCSO, VER, VID),
     C(9600, 9600, "year", "they pay about $9,600 a year", PCSO, VER, VID)],
    [N(10, "exact", "licenses", None, "$27,600 for 10 seats", NHCSO, VER),
     N(7, "exact", "users", None, "7 people have run a search since Jan 1.", NHCSO, VER),
     N(412, "exact", "searches", None, "412 searches YTD", NHCSO, VER),
     N(8, "exact", "licenses", None, "Go with 8 seats.", NHCSO, VER),
     N(3, "exact", "licenses", None, "for 3 seats of the same product", PCSO, VER),
     N(140000, "approximately", "images", None, "roughly 140,000 photos", NHCSO, VER)],
    [P("no one runs IDentify on a photo unless there is a case number in the notes field.", NHCSO, "requirement"),
     P("an IDentify result is an investigative lead only and is not probable cause.", NHCSO, "disclaimer")],
    [],
    ["2025-08-19", "2025-08-12", "2025-10-01"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
