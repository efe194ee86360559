"""Writes docs/*.txt and labels.json for holdout47 (six invented releases: DE, HI, ID, KS, MD, ME).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), with a `kind` on every policy
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


# ---------------------------------------------------------------- 1 Delaware: Seaford PD
SPD = "Seaford Police Department"
CDWG = "CDW Government"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("01_seaford-pd-cognitec-po-cdwg-invoice.txt", [
    (None, """\
CITY OF SEAFORD
414 High Street - P.O. Box 1100 - Seaford, Delaware 19973
Finance Department - (302) 555-0110                     PURCHASE ORDER

PO No.:      2024-0392                    Order Date:   09/17/2024
Department:  Police                       Requisition:  PD-24-118
Buyer:       M. Tull                      Terms:        Net 30
Contract:    State of Delaware GSS24706-SOFTWARE (CDW-G award)

VENDOR                                    SHIP TO
CDW Government LLC                        Seaford Police Department
230 N. Milwaukee Avenue                   Criminal Investigations Unit
Vernon Hills, IL 60061                    Attn: Det. Sgt. Renata Kilroy
Vendor No. 004417                         Seaford, DE 19973

Ln  CDW Part  Description                      Qty   Unit Price   Extended
--  --------  -------------------------------  ---  -----------  ---------
1   7741203   Cognitec FaceVACS-DBScan LE        1    18,400.00  18,400.00
              server licence, perpetual;
              gallery tier to 100,000 images
2   7741210   FaceVACS-DBScan LE examiner        4     2,150.00   8,600.00
              client licence, perpetual
3   7741228   Cognitec maintenance and           1     5,280.00   5,280.00
              support, 12 months
              (10/01/2024 - 09/30/2025)
4   6620471   Axis P3268-LVE dome camera,        3       689.00   2,067.00
              PD lobby and sally port
5   5518832   Panasonic Toughbook 40,            2     4,310.00   8,620.00
              patrol vehicle mount
                                                       PO TOTAL  42,967.00

Special instructions: Vendor's installer (Cognitec) to load about
23,500 booking photographs exported from DELJIS into the DBScan
gallery at installation. Lines 1-3: Police Special Fund 24-FR-02.
Lines 4-5: Capital Equipment 01-2100-6210.

Approved: ______________________  City Manager       Date: 09/17/2024""", "SPD FOIA 24-031  0007"),
    (None, """\
CDW-G                                                            INVOICE
CDW Government LLC | 75 Remittance Drive, Suite 1515
Chicago, IL 60675-1515 | (866) 555-0139

Invoice No.:   XK40917                 Invoice Date:   10/08/2024
Customer No.:  11630482                Customer PO:    2024-0392
Ship Via:      UPS Ground              Due Date:       11/07/2024

Bill To: City of Seaford, Accounts Payable, P.O. Box 1100,
         Seaford, DE 19973

Part      Description                                          Amount
--------  ---------------------------------------------   -----------
7741203   FaceVACS-DBScan LE server licence (Cognitec)       18,400.00
7741210   DBScan LE examiner client licences                  8,600.00
          (4 seats @ 2,150.00)
7741228   Maintenance/support 10/01/24-09/30/25               5,280.00
SVC-0917  Professional services: gallery import and           1,400.00
          examiner onboarding, remote (Quote Q-88170)
6620471   Axis P3268-LVE dome camera (3 @ 689.00)             2,067.00
5518832   Panasonic Toughbook 40 (2) - BACKORDERED,               0.00
          will bill on shipment
                                                  -------------------
                                          Subtotal           35,747.00
                          Shipping and handling (cameras)        42.50
                                  Sales tax (DE - none)           0.00
                                          TOTAL DUE          35,789.50

Cognitec products are supplied by CDW-G as an authorized reseller of
Cognitec Systems Corporation. Licences are perpetual; maintenance
renews annually at the then-current rate.

Remit to CDW Government LLC, 75 Remittance Drive, Suite 1515, Chicago,
IL 60675-1515. Questions: (866) 555-0139, acct. mgr. Kyle Brandt.""", "SPD FOIA 24-031  0008"),
    (None, """\
SEAFORD POLICE DEPARTMENT
INTER-OFFICE MEMORANDUM

TO:      Mara Tull, Finance Department
FROM:    Lt. Owen Baylis, Criminal Investigations Unit
DATE:    October 11, 2024
RE:      Receipt of FaceVACS-DBScan LE - PO 2024-0392 / Inv. XK40917

The Cognitec software on PO lines 1-3 was installed on October 3 and
the gallery load was finished the next day. Please pay the invoice;
the Toughbooks have not shipped and CDW-G will bill them later. The
$1,400 for professional services was not on the PO; the Chief approved
it as a change on September 30 and it is charged to the same Special
Fund line. The licences are perpetual, so this is a one-time purchase;
only the maintenance line recurs each year.

Examiner seats are assigned to detectives in the Criminal
Investigations Unit. Use of the system is governed by General Order
17.3, Facial Recognition, effective October 1, 2024:

  - The system is used to help identify suspects, victims and
    witnesses in open criminal investigations and to identify
    deceased persons.
  - Only detectives who have completed Cognitec's examiner course
    shall be issued an examiner seat.
  - A candidate returned by the system is an investigative lead
    only and is not probable cause to arrest.
  - Images from body-worn cameras shall not be used as probe images.

General Order 17.3 does not prohibit probe images taken from social
media; the Chief has asked the City Solicitor to review that question.

cc: Chief of Police; file 24-FR-02""", "SPD FOIA 24-031  0009"),
], "pdf", SPD,
    [SPD, "City of Seaford", "Delaware Criminal Justice Information System"],
    [CDWG, COG, "Axis Communications", "Panasonic"],
    [DBS, "Axis P3268-LVE", "Toughbook 40"],
    [C(18400, 18400, "one-time", "1   7741203   Cognitec FaceVACS-DBScan LE        1    18,400.00  18,400.00",
       SPD, CDWG, DBS),
     C(8600, 8600, "one-time", "2   7741210   FaceVACS-DBScan LE examiner        4     2,150.00   8,600.00",
       SPD, CDWG, DBS),
     C(2150, 2150, "one-time", "2   7741210   FaceVACS-DBScan LE examiner        4     2,150.00",
       SPD, CDWG, DBS, unit="per user"),
     C(5280, 5280, "year", "3   7741228   Cognitec maintenance and           1     5,280.00   5,280.00",
       SPD, CDWG, DBS),
     C(1400, 1400, None, "SVC-0917  Professional services: gallery import and           1,400.00",
       SPD, CDWG, DBS)],
    [N(4, "exact", "licenses", None, "2   7741210   FaceVACS-DBScan LE examiner        4", SPD, CDWG),
     N(23500, "approximately", "images", None, "about 23,500 booking photographs", SPD, COG)],
    [P("The system is used to help identify suspects, victims and witnesses in open criminal investigations "
       "and to identify deceased persons.", SPD, "purpose"),
     P("Only detectives who have completed Cognitec's examiner course shall be issued an examiner seat.",
       SPD, "requirement"),
     P("A candidate returned by the system is an investigative lead only and is not probable cause to arrest.",
       SPD, "disclaimer"),
     P("Images from body-worn cameras shall not be used as probe images.", SPD, "prohibition")],
    [],
    ["2024-09-17", "2024-10-01", "2025-09-30", "2024-10-08", "2024-11-07", "2024-10-11"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Hawaii: Department of Law Enforcement
DLE = "Hawaii Department of Law Enforcement"
DWP = "DataWorks Plus"
FP = "FACE Plus"
MPD = "Maui Police Department"
HI_SUBJ = "DataWorks Plus quote Q-HI24-0117 - CID face search"
HI_HEAD = "Yamasaki, Derek S"
doc("02_hawaii-dle-dataworks-quote-outlook.txt", [
    (HI_HEAD, """\
From:       Yamasaki, Derek S
Sent:       Friday, August 9, 2024 8:12 AM
To:         Akana, Kanoe M
Cc:         Ching, Leilani K
Subject:    RE: DataWorks Plus quote Q-HI24-0117 - CID face search

Thanks Kanoe, that answers it. I'll encumber against CID's FY25
software line (appropriation S-25-221-P) today and send the PO to
DataWorks once the Deputy Director signs.

Derek

From: Akana, Kanoe M
Sent: Thursday, August 8, 2024 2:17 PM
To: Yamasaki, Derek S
Cc: Ching, Leilani K
Subject: RE: DataWorks Plus quote Q-HI24-0117 - CID face search

Derek - my answers are inline below in brackets.

Kanoe

Capt. Kanoe Akana | Criminal Investigation Division
Department of Law Enforcement, State of Hawaii | (808) 555-0142

From: Yamasaki, Derek S
Sent: Thursday, August 8, 2024 10:03 AM
To: Akana, Kanoe M
Subject: RE: DataWorks Plus quote Q-HI24-0117 - CID face search

Kanoe, a few questions before I can encumber this:

1. Does the quote include general excise tax?
   [KA: No. DataWorks adds Hawaii GET at 4.712% on the invoice.]

2. Do we really need six seats? Maui PD seems to get by with fewer.
   [KA: Maui PD pays DataWorks about $11,500 a year for 3 seats,
   but they only cover one island. We have investigators on four
   islands, so six is the minimum.]""", "DLE-UIPA-24-0088            000012"),
    (HI_HEAD, """\
3. Can this go as a small purchase or does it need an RFP?
   [KA: It is under the $100,000 small-purchase limit in HRS
   103D-305, so three quotes or a sole-source justification.
   DataWorks already hosts the HCJDC mugshot system; memo attached.]

4. Is there a use policy? Budget will ask.
   [KA: Yes, the Director's Interim Directive 24-07. A FACE Plus
   result is an investigative lead only and may not be the sole
   basis for an arrest. Only CID investigators who complete the
   DataWorks examiner course will be issued a seat. The directive
   prohibits searches of images taken at protests, rallies or
   religious gatherings.]

Derek

From: Akana, Kanoe M
Sent: Wednesday, August 7, 2024 4:40 PM
To: Yamasaki, Derek S
Subject: DataWorks Plus quote Q-HI24-0117 - CID face search

Derek, pasting the DataWorks quote below (PDF attached). The gallery
is the HCJDC booking photo repository, which holds about 612,000
photos, so there is nothing new to build on our side.

 DataWorks Plus, LLC - Quote Q-HI24-0117 - valid 90 days
 ------------------------------------------------------------------
 #  Description                          Qty   Unit Price       Ext.
 ------------------------------------------------------------------
 1  FACE Plus investigator licence,        6     2,400.00  14,400.00
    12-month subscription
 2  FACE Plus Mobile add-on (2 seats),                      3,100.00
    12-month subscription
 3  Hosted gallery and nightly sync                         7,800.00
    with HCJDC booking system, annual
 4  Implementation, configuration and                       6,250.00
    on-island examiner training
    (one-time)
 ------------------------------------------------------------------
                                          Quote total      31,550.00
 Prices exclude Hawaii general excise tax. Travel included.""", "DLE-UIPA-24-0088            000013"),
    (HI_HEAD, """\
Let me know if Budget needs the sole-source memo in a different
format.

Kanoe

-----
This message may contain confidential law enforcement information.
If you are not the intended recipient, notify the sender and delete
it. Do not forward outside the Department of Law Enforcement.""", "DLE-UIPA-24-0088            000014"),
], "print", DLE,
    [DLE, MPD, "Hawaii Criminal Justice Data Center"],
    [DWP],
    [FP],
    [C(11500, 11500, "year", "Maui PD pays DataWorks about $11,500 a year", MPD, DWP, FP),
     C(14400, 14400, "year", "1  FACE Plus investigator licence,        6     2,400.00  14,400.00", DLE, DWP, FP),
     C(2400, 2400, "year", "1  FACE Plus investigator licence,        6     2,400.00", DLE, DWP, FP,
       unit="per user"),
     C(3100, 3100, "year", "2  FACE Plus Mobile add-on (2 seats),                      3,100.00", DLE, DWP, FP),
     C(7800, 7800, "year", "3  Hosted gallery and nightly sync                         7,800.00", DLE, DWP, FP),
     C(6250, 6250, "one-time", "4  Implementation, configuration and                       6,250.00",
       DLE, DWP, FP),
     C(31550, 31550, None, "Quote total      31,550.00", DLE, DWP, FP)],
    [N(3, "exact", "licenses", None, "for 3 seats", MPD, DWP),
     N(612000, "approximately", "images", None, "which holds about 612,000 photos",
       "Hawaii Criminal Justice Data Center", None),
     N(6, "exact", "licenses", None, "1  FACE Plus investigator licence,        6", DLE, DWP),
     N(2, "exact", "licenses", None, "FACE Plus Mobile add-on (2 seats)", DLE, DWP)],
    [P("A FACE Plus result is an investigative lead only and may not be the sole basis for an arrest.", DLE,
       "disclaimer"),
     P("Only CID investigators who complete the DataWorks examiner course will be issued a seat.", DLE,
       "requirement"),
     P("The directive prohibits searches of images taken at protests, rallies or religious gatherings.", DLE,
       "prohibition")],
    [E("Yamasaki, Derek S", "Akana, Kanoe M", "Friday, August 9, 2024 8:12 AM", "RE: " + HI_SUBJ),
     E("Akana, Kanoe M", "Yamasaki, Derek S", "Thursday, August 8, 2024 2:17 PM", "RE: " + HI_SUBJ),
     E("Yamasaki, Derek S", "Akana, Kanoe M", "Thursday, August 8, 2024 10:03 AM", "RE: " + HI_SUBJ),
     E("Akana, Kanoe M", "Yamasaki, Derek S", "Wednesday, August 7, 2024 4:40 PM", HI_SUBJ)],
    ["2024-08-09", "2024-08-08", "2024-08-07"],
    scan="print")


# ---------------------------------------------------------------- 3 Idaho: Kootenai County SO
KCSO = "Kootenai County Sheriff's Office"
CV = "Clearview AI"
ID_HEAD = "KCSO Written Directive 4.27 - Facial Recognition Technology"
doc("03_kootenai-county-so-written-directive-fr.txt", [
    (ID_HEAD, """\
KOOTENAI COUNTY SHERIFF'S OFFICE                    WRITTEN DIRECTIVE
5500 N. Government Way, Coeur d'Alene, Idaho 83815

Directive No.:  WD 4.27                   Distribution:  All Sworn
Subject:        Facial Recognition Technology
Effective:      April 1, 2024             Revised:  December 2, 2024
Rescinds:       Memorandum 22-14          Review:   Annual
Approved:       Sheriff Dale M. Haugen

1. PURPOSE
This directive establishes procedures for the use of facial
recognition technology (FRT) by members of the Office.

2. POLICY
2.1 The Office uses FRT solely to generate investigative leads in
    active criminal investigations and to help identify missing,
    deceased or incapacitated persons.
2.2 An FRT search result is an investigative lead only and shall not
    be treated as a positive identification or as probable cause to
    arrest.

3. DEFINITIONS
Probe image - the image of an unknown person submitted for a search.
Candidate - an image returned by the system as a possible match.
Designated investigator - a member authorized under Section 4.

4. AUTHORIZED USERS AND SYSTEMS
4.1 Members must complete the vendor's user training and the
    Office's four-hour legal and ethical use course before an account
    is issued.
4.2 Designated investigators may search the Clearview AI service
    under the Office's subscription.
4.3 Designated investigators may also submit probe images to the
    Idaho Criminal Intelligence Center for a search of booking
    photographs.
4.4 The Office holds 5 Clearview AI investigator licences, assigned
    by the Investigations Division Commander.""", "Page 1 of 3"),
    (ID_HEAD, """\
5. SEARCH PROCEDURE
5.1 Each search shall be entered in the FRT search log with the case
    number, the offense and the reason for the search.
5.2 Before any lead is disseminated, a second designated investigator
    shall review the probe image and the candidate.
5.3 A lead shall be documented in the case report with the caution
    that it is not an identification.

6. PROHIBITED USES
6.1 Members shall not use FRT to identify or track a person because
    of the person's participation in a lawful protest, religious
    service or other activity protected by the First Amendment.
6.2 Live or real-time facial recognition on video feeds is
    prohibited.
6.3 Members shall not run searches from personal devices or for any
    personal purpose.
6.4 There is currently no Office rule on probe images taken from
    social media; see Attachment A.

7. RETENTION AND AUDIT
7.1 FRT search logs shall be retained for three years.
7.2 The Professional Standards Unit will audit a random sample of
    searches every quarter and report its findings to the Sheriff.

8. COST AND CONTRACT
The Clearview AI subscription (Agreement KCSO-23-061) costs $11,250
per year for the Office's licences, or $2,250 per licence. One
additional licence is used by the Coeur d'Alene Police Department
under a shared-services letter and is billed to that agency at the
same per-licence rate.

9. VIOLATIONS
9.1 Misuse of FRT may result in discipline up to and including
    termination.
9.2 A member found to have violated this directive will have FRT
    access suspended pending review, and misuse may be referred for
    prosecution under Idaho Code 18-2202.""", "Page 2 of 3"),
    (ID_HEAD, """\
ATTACHMENT A - PROPOSED AMENDMENT (NOT IN EFFECT)

Draft circulated for comment on December 2, 2024. This amendment has
not been approved by the Sheriff and is not part of WD 4.27.

Proposed 4.5   Patrol deputies may use Clearview Mobile in the field
               to identify a lawfully detained person who refuses to
               give identification, with a supervisor's approval.

Proposed 6.4   Probe images taken from public social media accounts
               shall be approved by a sergeant before a search is
               run. (Would replace the current 6.4.)

Proposed 9.3   A member who fails to log a search shall lose search
               access for 30 days.

Comments to the Investigations Division Commander by January 31,
2025.""", "Page 3 of 3"),
], "pdf", KCSO,
    [KCSO, "Idaho Criminal Intelligence Center", "Coeur d'Alene Police Department"],
    [CV],
    ["Clearview Mobile"],
    [C(11250, 11250, "year", "costs $11,250 per year for the Office's licences", KCSO, CV),
     C(2250, 2250, "year", "$2,250 per licence", KCSO, CV, unit="per user")],
    [N(5, "exact", "licenses", None, "The Office holds 5 Clearview AI investigator licences", KCSO, CV),
     N(1, "exact", "licenses", None, "One additional licence is used by the Coeur d'Alene Police Department",
       "Coeur d'Alene Police Department", CV)],
    [P("The Office uses FRT solely to generate investigative leads in active criminal investigations and to "
       "help identify missing, deceased or incapacitated persons.", KCSO, "purpose"),
     P("An FRT search result is an investigative lead only and shall not be treated as a positive "
       "identification or as probable cause to arrest.", KCSO, "disclaimer"),
     P("Members must complete the vendor's user training and the Office's four-hour legal and ethical use "
       "course before an account is issued.", KCSO, "requirement"),
     P("Designated investigators may search the Clearview AI service under the Office's subscription.",
       KCSO, "permission"),
     P("Designated investigators may also submit probe images to the Idaho Criminal Intelligence Center for a "
       "search of booking photographs.", KCSO, "permission"),
     P("Each search shall be entered in the FRT search log with the case number, the offense and the reason "
       "for the search.", KCSO, "requirement"),
     P("Before any lead is disseminated, a second designated investigator shall review the probe image and the "
       "candidate.", KCSO, "requirement"),
     P("A lead shall be documented in the case report with the caution that it is not an identification.",
       KCSO, "requirement"),
     P("Members shall not use FRT to identify or track a person because of the person's participation in a "
       "lawful protest, religious service or other activity protected by the First Amendment.", KCSO,
       "prohibition"),
     P("Live or real-time facial recognition on video feeds is prohibited.", KCSO, "prohibition"),
     P("Members shall not run searches from personal devices or for any personal purpose.", KCSO, "prohibition"),
     P("FRT search logs shall be retained for three years.", KCSO, "requirement"),
     P("The Professional Standards Unit will audit a random sample of searches every quarter and report its "
       "findings to the Sheriff.", KCSO, "requirement"),
     P("Misuse of FRT may result in discipline up to and including termination.", KCSO, "consequence"),
     P("A member found to have violated this directive will have FRT access suspended pending review, and "
       "misuse may be referred for prosecution under Idaho Code 18-2202.", KCSO, "consequence")],
    [],
    ["2024-04-01", "2024-12-02", "2025-01-31"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Kansas: Shawnee County SO
SCSO = "Shawnee County Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
BOCC = "Shawnee County Board of County Commissioners"
doc("04_shawnee-county-bocc-resolution-facesearch-fiscal-note.txt", [
    (None, """\
RESOLUTION NO. 2024-47

A RESOLUTION OF THE BOARD OF COUNTY COMMISSIONERS OF SHAWNEE COUNTY,
KANSAS, AUTHORIZING THE SHERIFF TO ENTER INTO A THREE-YEAR SERVICE
AGREEMENT WITH MOTOROLA SOLUTIONS, INC. FOR VIGILANT FACESEARCH AND
LEARN LICENSE PLATE RECOGNITION SERVICES, AND SETTING CONDITIONS ON
THE USE OF FACIAL RECOGNITION.

WHEREAS, the Shawnee County Sheriff's Office has asked for authority
to subscribe to Vigilant FaceSearch, a facial recognition service
offered by Motorola Solutions, Inc. through its Vigilant Solutions
business, for use by 25 named investigators and analysts; and

WHEREAS, the same agreement renews the Sheriff's Office's access to
the LEARN license plate recognition database and the maintenance of
four fixed license plate readers, which are not facial recognition
services; and

WHEREAS, the Topeka Police Department has subscribed to Vigilant
FaceSearch since 2022 under its own agreement, at a reported cost of
approximately $9,800 per year; and

WHEREAS, Vigilant FaceSearch searches a gallery of more than 21
million booking photographs contributed by subscribing agencies; and

WHEREAS, the Board finds that conditions on the use of facial
recognition by the Sheriff's Office are in the public interest.

NOW, THEREFORE, BE IT RESOLVED BY THE BOARD OF COUNTY COMMISSIONERS
OF SHAWNEE COUNTY, KANSAS:

Section 1. The Sheriff is authorized to execute Agreement No.
SN-24-1193 with Motorola Solutions, Inc. for a term of three years
beginning January 1, 2025, in an amount not to exceed $118,440, of
which the facial recognition component is $500 per user per year for
25 user licenses, plus a one-time onboarding fee of $1,500.""", "Res. 2024-47 - Page 1 of 3"),
    (None, """\
Section 2. The following conditions apply to the Sheriff's Office's
use of Vigilant FaceSearch:

  (a) Searches shall be conducted only in connection with a criminal
      investigation that has been assigned a case number.
  (b) A FaceSearch result shall be treated as an investigative lead
      and shall not by itself constitute probable cause for an
      arrest or a search warrant.
  (c) The Sheriff's Office shall not use FaceSearch for real-time
      surveillance or to identify persons engaged in lawful
      assembly.
  (d) A license shall be issued only to personnel who have completed
      Vigilant's FaceSearch training.
  (e) The Sheriff shall report to the Board by March 1 of each year
      the number of FaceSearch searches conducted and the number of
      arrests in which a FaceSearch lead was used.

Section 3. Funds for the agreement shall be paid from the Sheriff's
Special Law Enforcement Trust Fund (Fund 240) under K.S.A. 60-4117
and from the Sheriff's general operating budget, as set out in the
attached fiscal note.

Section 4. This resolution shall take effect upon its adoption.

ADOPTED by the Board of County Commissioners of Shawnee County,
Kansas, this 14th day of November, 2024, by a vote of 3-0.

BOARD OF COUNTY COMMISSIONERS
SHAWNEE COUNTY, KANSAS

______________________________      ATTEST:
Glenn R. Vossler, Chair

______________________________      ______________________________
Teresa Lindahl, Vice Chair          Connie Mabry, County Clerk

______________________________
Andre Whitlock, Member""", "Res. 2024-47 - Page 2 of 3"),
    (None, """\
FISCAL NOTE - RESOLUTION NO. 2024-47
Prepared by: Shawnee County Budget Office     Date: November 6, 2024
Department:  Sheriff's Office                 Agreement: SN-24-1193

Summary: Three-year agreement with Motorola Solutions, Inc.
(Vigilant) for facial recognition and license plate recognition.

Cost by component           2025        2026        2027        Total
-----------------------  ----------  ----------  ----------  ----------
FaceSearch licenses,      12,500.00   12,500.00   12,500.00   37,500.00
  25 users x $500
FaceSearch onboarding      1,500.00        0.00        0.00    1,500.00
  (one-time)
LEARN LPR data access     14,880.00   14,880.00   14,880.00   44,640.00
LPR fixed reader          11,600.00   11,600.00   11,600.00   34,800.00
  maintenance (4 sites)
-----------------------  ----------  ----------  ----------  ----------
Total                     40,480.00   38,980.00   38,980.00  118,440.00

Funding, 2025
  Special Law Enforcement Trust Fund (Fund 240)          20,000.00
  Sheriff general operating (001-3100-52290)             20,480.00

Notes
1. Prices are fixed for the term; there is no annual escalator.
2. The LPR items renew existing services at the 2024 price and add no
   new cost.
3. The facial recognition component is new spending of $39,000 over
   three years.
4. Effect on the mill levy: none. The 2025 cost is about 0.2% of the
   Sheriff's adopted budget.""", "Res. 2024-47 - Page 3 of 3"),
], "pdf", SCSO,
    [SCSO, BOCC, "Topeka Police Department", "Shawnee County Budget Office"],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN"],
    [C(9800, 9800, "year", "at a reported cost of approximately $9,800 per year", "Topeka Police Department", MSI,
       VFS),
     C(500, 500, "year", "$500 per user per year", SCSO, MSI, VFS, unit="per user"),
     C(1500, 1500, "one-time", "one-time onboarding fee of $1,500", SCSO, MSI, VFS),
     C(12500, 12500, "year", "FaceSearch licenses,      12,500.00", SCSO, MSI, VFS),
     C(37500, 37500, None, "FaceSearch licenses,      12,500.00   12,500.00   12,500.00   37,500.00", SCSO, MSI,
       VFS),
     C(39000, 39000, None, "new spending of $39,000 over three years", SCSO, MSI, VFS)],
    [N(21000000, "more than", "images", None, "more than 21 million booking photographs", None, MSI),
     N(25, "exact", "licenses", None, "for 25 user licenses", SCSO, MSI)],
    [P("Searches shall be conducted only in connection with a criminal investigation that has been assigned a "
       "case number.", SCSO, "requirement"),
     P("A FaceSearch result shall be treated as an investigative lead and shall not by itself constitute "
       "probable cause for an arrest or a search warrant.", SCSO, "disclaimer"),
     P("The Sheriff's Office shall not use FaceSearch for real-time surveillance or to identify persons engaged "
       "in lawful assembly.", SCSO, "prohibition"),
     P("A license shall be issued only to personnel who have completed Vigilant's FaceSearch training.", SCSO,
       "requirement"),
     P("The Sheriff shall report to the Board by March 1 of each year the number of FaceSearch searches "
       "conducted and the number of arrests in which a FaceSearch lead was used.", SCSO, "requirement")],
    [],
    ["2022", "2025-01-01", "2024-11-14", "2024-11-06", "2025", "2026", "2027", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Maryland: Frederick County SO
FCSO = "Frederick County Sheriff's Office"
BC = "BriefCam"
DPSCS = "Maryland Department of Public Safety and Correctional Services"
MD_FOOT = "Frederick County Internal Audit Division - Report IA-25-04"
doc("05_frederick-county-so-fr-internal-audit.txt", [
    (None, """\
FREDERICK COUNTY GOVERNMENT
INTERNAL AUDIT DIVISION
12 East Church Street, Frederick, Maryland 21701

Report IA-25-04                                      February 20, 2025

SHERIFF'S OFFICE USE OF FACIAL RECOGNITION TECHNOLOGY
Performance audit - fiscal year 2024 (July 1, 2023 - June 30, 2024)

To the Frederick County Council and the County Executive:

We audited the Frederick County Sheriff's Office (FCSO) program for
facial recognition searches. Our objectives were to determine whether
searches were documented and approved as FCSO policy requires, and
whether program costs were properly approved and recorded.

SUMMARY OF RESULTS
FCSO runs facial recognition searches in two ways. Booking and driver
photographs are searched through the Maryland Image Repository System
(MIRS), which the Department of Public Safety and Correctional
Services (DPSCS) provides to law enforcement at no charge. DPSCS
reports that MIRS holds about 11.2 million photographs, most of them
Motor Vehicle Administration license and ID photos. Video evidence is
searched with the face recognition module of BriefCam.

Program costs. The only direct cost of the program is the BriefCam
licence. FCSO paid BriefCam $24,600 for the fiscal year 2024 licence,
which covers 40 camera channels and 4 named analyst accounts. The
FY2025 budget carries $26,300 for the renewal. We found both amounts
properly approved and recorded.

Access. At June 30, 2024, 12 FCSO members held MIRS accounts.

We reviewed all 251 searches logged in FY2024 (Table 1). Of these,
9.2% had no case number and 12.4% lacked a record of supervisor
review. We make three recommendations.""", MD_FOOT + " - Page 1 of 3"),
    (None, """\
BACKGROUND
FCSO General Order 9.22, Facial Recognition (issued May 2022), sets
the rules for both systems. General Order 9.22 requires every facial
recognition search to be recorded in the FCSO search log with a case
number. It requires a supervisor to review each search request before
it is run. The order prohibits the use of facial recognition to
identify a person based solely on participation in activity protected
by the First Amendment. Under the order, a possible match is an
investigative lead and may not serve as the sole basis for probable
cause.

Beginning October 1, 2024, after the audit period, Maryland law
(Criminal Procedure Article, Sections 2-501 through 2-510) also
governs FCSO's use. Under that law FCSO must disclose to a defendant
in discovery whether facial recognition was used in the investigation.

Table 1. Facial recognition searches logged by FCSO, FY2024

Quarter              MIRS   BriefCam      All   Possible     Leads to
                 searches   searches  searches   matches   case agent
-----------------  ------   --------  --------  --------   ----------
Q1 (Jul-Sep 2023)      48         11        59        22            9
Q2 (Oct-Dec 2023)      52          9        61        25           11
Q3 (Jan-Mar 2024)      57         14        71        27           10
Q4 (Apr-Jun 2024)      46         14        60        19            8
-----------------  ------   --------  --------  --------   ----------
Total                 203         48       251        93           38

Source: FCSO search log; MIRS and BriefCam audit exports.""", MD_FOOT + " - Page 2 of 3"),
    (None, """\
FINDINGS AND RECOMMENDATIONS

Finding 1 - Case numbers missing. 9.2% of logged searches had no case
number, contrary to General Order 9.22.
Recommendation 1: FCSO should configure the search log so that a
search cannot be saved without a case number.

Finding 2 - Supervisor review not documented. A record of supervisor
review was missing for 12.4% of searches.
Recommendation 2: FCSO should require supervisors to approve requests
in the log itself rather than on paper.

Finding 3 - Account review. MIRS accounts of members who had left the
Criminal Investigations Bureau were still active; DPSCS disabled them
at our request.
Recommendation 3: FCSO should review MIRS and BriefCam accounts each
quarter.

Other matters. FCSO does not use Clearview AI or any other service
that searches images collected from the internet, and we found no
payment to such a vendor. The Frederick Police Department, a separate
agency, has its own BriefCam licence at about $18,000 a year; we did
not audit it.

MANAGEMENT RESPONSE (summary)
The Sheriff agrees with all three findings. FCSO plans to require
electronic supervisor approval by July 1, 2025, and has proposed
amending General Order 9.22 to require quarterly account reviews.

Audit staff: Miriam Oberholtzer, CIA, Audit Manager;
Jonah Pressley, Senior Auditor""", MD_FOOT + " - Page 3 of 3"),
], "pdf", FCSO,
    [FCSO, "Frederick County Internal Audit Division", "Frederick County Council", DPSCS,
     "Maryland Motor Vehicle Administration", "Frederick Police Department"],
    [BC, CV],
    ["Maryland Image Repository System"],
    [C(24600, 24600, "year", "FCSO paid BriefCam $24,600 for the fiscal year 2024 licence", FCSO, BC),
     C(26300, 26300, None, "FY2025 budget carries $26,300 for the renewal", FCSO, BC),
     C(18000, 18000, "year", "its own BriefCam licence at about $18,000 a year", "Frederick Police Department", BC)],
    [N(11200000, "approximately", "images", None, "MIRS holds about 11.2 million photographs", DPSCS, None),
     N(4, "exact", "users", None, "4 named analyst accounts", FCSO, BC),
     N(12, "exact", "users", None, "12 FCSO members held MIRS accounts", FCSO, None),
     N(251, "exact", "searches", "year", "all 251 searches logged in FY2024", FCSO, None),
     N(48, "exact", "searches", "quarter", "Q1 (Jul-Sep 2023)      48", FCSO, None),
     N(52, "exact", "searches", "quarter", "Q2 (Oct-Dec 2023)      52", FCSO, None),
     N(57, "exact", "searches", "quarter", "Q3 (Jan-Mar 2024)      57", FCSO, None),
     N(46, "exact", "searches", "quarter", "Q4 (Apr-Jun 2024)      46", FCSO, None),
     N(11, "exact", "searches", "quarter", "Q1 (Jul-Sep 2023)      48         11", FCSO, BC),
     N(9, "exact", "searches", "quarter", "Q2 (Oct-Dec 2023)      52          9", FCSO, BC),
     N(14, "exact", "searches", "quarter", "Q3 (Jan-Mar 2024)      57         14", FCSO, BC),
     N(14, "exact", "searches", "quarter", "Q4 (Apr-Jun 2024)      46         14", FCSO, BC),
     N(59, "exact", "searches", "quarter", "Q1 (Jul-Sep 2023)      48         11        59", FCSO, None),
     N(61, "exact", "searches", "quarter", "Q2 (Oct-Dec 2023)      52          9        61", FCSO, None),
     N(71, "exact", "searches", "quarter", "Q3 (Jan-Mar 2024)      57         14        71", FCSO, None),
     N(60, "exact", "searches", "quarter", "Q4 (Apr-Jun 2024)      46         14        60", FCSO, None),
     N(203, "exact", "searches", "year", "Total                 203", FCSO, None),
     N(48, "exact", "searches", "year", "Total                 203         48", FCSO, BC),
     N(93, "exact", "matches", "year", "Total                 203         48       251        93", FCSO, None),
     N(38, "exact", "leads", "year", "Total                 203         48       251        93           38",
       FCSO, None)],
    [P("General Order 9.22 requires every facial recognition search to be recorded in the FCSO search log with "
       "a case number.", FCSO, "requirement"),
     P("It requires a supervisor to review each search request before it is run.", FCSO, "requirement"),
     P("The order prohibits the use of facial recognition to identify a person based solely on participation "
       "in activity protected by the First Amendment.", FCSO, "prohibition"),
     P("Under the order, a possible match is an investigative lead and may not serve as the sole basis for "
       "probable cause.", FCSO, "disclaimer"),
     P("Under that law FCSO must disclose to a defendant in discovery whether facial recognition was used in "
       "the investigation.", FCSO, "requirement")],
    [],
    ["2025-02-20", "2023-07-01", "2024-06-30", "2022-05", "2024-10-01", "2023-07", "2023-09", "2023-10",
     "2023-12", "2024-01", "2024-03", "2024-04", "2024-06", "2025-07-01"])


# ---------------------------------------------------------------- 6 Maine: Lewiston PD / MIAC MOU
LPD = "Lewiston Police Department"
MSP = "Maine State Police"
NEC = "NEC"
NFR = "NeoFace Reveal"
ME_FOOT = "MOU MIAC-24-019 (Lewiston PD)"
doc("06_lewiston-pd-miac-fr-mou.txt", [
    (None, """\
MEMORANDUM OF UNDERSTANDING
between the
MAINE STATE POLICE, MAINE INFORMATION AND ANALYSIS CENTER
and the
CITY OF LEWISTON POLICE DEPARTMENT

Facial Recognition Search Requests                MOU No. MIAC-24-019

I. PARTIES
This Memorandum of Understanding (MOU) is entered into by the Maine
State Police, acting through the Maine Information and Analysis
Center (MIAC), and the Lewiston Police Department (LPD), together the
Parties.

II. PURPOSE
Facial recognition searches under this MOU are used only to help
identify an unidentified person whom an LPD officer has probable
cause to believe committed a serious crime, or to identify a deceased
or missing person.

III. AUTHORITY
25 M.R.S. Sections 6001 through 6006 limit the use of facial
recognition by public employees in Maine. Nothing in this MOU expands
LPD's authority under those sections.

IV. LPD RESPONSIBILITIES
A. Each request shall be submitted in writing on the MIAC Facial
   Recognition Request Form and approved by an LPD supervisor of the
   rank of sergeant or above.
B. LPD shall designate no more than four (4) Requesting Officers, who
   alone may submit requests to MIAC.
C. LPD personnel shall not obtain, retain, access or use any facial
   recognition system, or information derived from a facial
   recognition search, except as provided in this MOU.
D. LPD shall document in the case file each request, its result and
   how any lead was corroborated.""", ME_FOOT + "                   Page 1 of 3"),
    (None, """\
V. MIAC RESPONSIBILITIES
A. MIAC analysts run searches with NEC NeoFace Reveal against booking
   photographs held by the State Bureau of Identification, a gallery
   of approximately 418,000 images. MIAC does not search Bureau of
   Motor Vehicles records on LPD's behalf; such requests go directly
   to the Bureau under 25 M.R.S. Section 6004.
B. MIAC shall log each request, the requesting officer, the case
   number and the result, and shall make the log available to LPD
   and to the Attorney General on request.
C. MIAC may decline any request that does not meet the requirements
   of this MOU or of 25 M.R.S. Section 6004.
D. A candidate returned by MIAC is not a positive identification and
   shall not alone establish probable cause for an arrest.

VI. COST REIMBURSEMENT
A. The State's annual NeoFace Reveal licence costs approximately
   $96,000. To share that cost, LPD shall reimburse the Maine State
   Police $60 for each completed search request, not to exceed
   $4,800 in any fiscal year (July 1 - June 30).
B. MIAC estimates that LPD will submit no more than 80 requests per
   fiscal year. In calendar year 2023 MIAC completed 214 facial
   recognition requests for 38 agencies statewide.
C. MIAC will invoice LPD quarterly; payment is due within 30 days.

VII. RECORDS
Each Party shall retain request records for at least two years.

VIII. VIOLATIONS
A violation of this MOU by LPD personnel shall be reported to the
MIAC Director and may result in suspension of LPD's access to MIAC
facial recognition services.""", ME_FOOT + "                   Page 2 of 3"),
    (None, """\
IX. TERM AND TERMINATION
This MOU takes effect on the date of the last signature and remains
in effect until June 30, 2027. Either Party may terminate it on
thirty (30) days' written notice. This MOU creates no financial
obligation beyond Article VI.

X. SIGNATURES

______________________________        ______________________________
Lt. Corinne Thibodeau, Director       Marc D. Levesque, Chief of Police
Maine Information and Analysis        Lewiston Police Department
Center                                Date: 09/26/2024
Date: 09/23/2024

______________________________
Col. Warren E. Pike, Chief
Maine State Police
Date: 10/02/2024""", ME_FOOT + "                   Page 3 of 3"),
], "pdf", LPD,
    [LPD, MSP, "Maine Information and Analysis Center", "Maine State Bureau of Identification",
     "Maine Bureau of Motor Vehicles", "Maine Office of the Attorney General"],
    [NEC],
    [NFR],
    [C(96000, 96000, "year", "The State's annual NeoFace Reveal licence costs approximately $96,000", MSP, NEC,
       NFR),
     C(60, 60, None, "$60 for each completed search request", LPD, None, NFR, unit="per search"),
     C(None, 4800, "year", "not to exceed $4,800 in any fiscal year", LPD, None, NFR)],
    [N(4, "up to", "users", None, "no more than four (4) Requesting Officers", LPD, None),
     N(418000, "approximately", "images", None, "a gallery of approximately 418,000 images", MSP, NEC),
     N(80, "up to", "requests", "year", "no more than 80 requests per fiscal year", LPD, None),
     N(214, "exact", "requests", "year", "In calendar year 2023 MIAC completed 214 facial recognition requests",
       MSP, NEC)],
    [P("Facial recognition searches under this MOU are used only to help identify an unidentified person whom an "
       "LPD officer has probable cause to believe committed a serious crime, or to identify a deceased or missing "
       "person.", LPD, "purpose"),
     P("Each request shall be submitted in writing on the MIAC Facial Recognition Request Form and approved by an "
       "LPD supervisor of the rank of sergeant or above.", LPD, "requirement"),
     P("LPD shall designate no more than four (4) Requesting Officers, who alone may submit requests to MIAC.",
       LPD, "requirement"),
     P("LPD personnel shall not obtain, retain, access or use any facial recognition system, or information "
       "derived from a facial recognition search, except as provided in this MOU.", LPD, "prohibition"),
     P("LPD shall document in the case file each request, its result and how any lead was corroborated.", LPD,
       "requirement"),
     P("MIAC shall log each request, the requesting officer, the case number and the result, and shall make the "
       "log available to LPD and to the Attorney General on request.", MSP, "requirement"),
     P("MIAC may decline any request that does not meet the requirements of this MOU or of 25 M.R.S. "
       "Section 6004.", MSP, "permission"),
     P("A candidate returned by MIAC is not a positive identification and shall not alone establish probable "
       "cause for an arrest.", LPD, "disclaimer"),
     P("Each Party shall retain request records for at least two years.", LPD, "requirement"),
     P("A violation of this MOU by LPD personnel shall be reported to the MIAC Director and may result in "
       "suspension of LPD's access to MIAC facial recognition services.", LPD, "consequence")],
    [],
    ["2023", "2027-06-30", "2024-09-23", "2024-09-26", "2024-10-02"],
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
