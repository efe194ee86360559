"""Writes docs/*.txt and labels.json for holdout74 (six invented releases: CA, IL, NY, WI, OK, NE).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
Helpers and label format follow holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, policy kind)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75
MAX_LINES = 44


def C(amin, amax, period, quote, agency, vendor, product=None, unit=None):
    d = {"amount_min": amin, "amount_max": amax, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor}
    if product:
        d["product"] = product
    if unit:
        d["unit"] = unit
    return d


USAGE = {"images", "searches", "users", "licenses", "requests"}
KINDS = {"requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"}


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


# ---------------------------------------------------------------- 1 California: Vacaville PD
VPD = "Vacaville Police Department"
SCSO = "Solano County Sheriff's Office"
CV = "Clearview AI"
doc("01_vacaville-pd-clearview-staff-report.txt", [
    (None, """\
CITY OF VACAVILLE
STAFF REPORT

Meeting Date:  October 14, 2025              Agenda Item No.:  8.C
TO:            Honorable Mayor and Members of the City Council
THROUGH:       City Manager
FROM:          Chief of Police
PREPARED BY:   Lt. Renata Okafor, Investigations Bureau, (707) 555-0164
SUBJECT:       Approval of a Three-Year Subscription to Clearview AI
               Investigative Facial Recognition Software

RECOMMENDATION
By simple motion, authorize the City Manager to execute a subscription
agreement with Clearview AI, Inc. for Clearview AI Investigative for a
three-year term in an amount not to exceed $61,500, and appropriate
$20,500 from the Asset Forfeiture Fund (Fund 215) for the first year.

BACKGROUND
Detectives in the Vacaville Police Department identify suspects from
still images (business surveillance video, doorbell cameras, social
media posts) largely by circulating bulletins to other agencies. Since
2023 the Department has asked the Solano County Sheriff's Office to
run photographs through the County's booking-photo system. The
Sheriff's Office ran 37 searches for the Department in 2024, but it
has told the Department that it will stop accepting requests from
city agencies after June 30, 2025.

Clearview AI Investigative compares an uploaded image with a database
of more than 60 billion publicly available facial images. The proposed
subscription includes 15 user licenses and unlimited searches. During
a free 30-day trial in August 2025, 9 detectives ran 212 searches; the
trial did not cost the City anything.

Use of the software will be governed by Department Policy 345, Facial
Recognition, adopted September 2, 2025. Under Policy 345, a search may
be run only for a criminal investigation that has a case number, and a
possible match is an investigative lead only and shall not be the sole
basis for probable cause or an arrest. Policy 345 prohibits the use of
facial recognition for live or real-time surveillance. The policy was
presented at a community meeting on September 18, 2025.""", "Staff Report - Item 8.C - Page 1 of 2"),
    (None, """\
FISCAL IMPACT
The subscription is billed annually in advance. Clearview's quote of
September 24, 2025 (No. Q-CV-25-3381) is summarized below.

  Item                                   Year 1     Year 2     Year 3
  ----------------------------------   --------   --------   --------
  Clearview AI Investigative,           $19,500    $20,085    $20,688
    15 user licenses ($1,300 per
    user per year; 3% annual increase)
  Onboarding and training (one-time)     $1,000          -          -
  ----------------------------------   --------   --------   --------
  Total                                 $20,500    $20,085    $20,688

The not-to-exceed amount includes a small allowance for price changes.
There is no impact on the General Fund. Years 2 and 3 will be included
in the proposed operating budgets for FY 2026/27 and FY 2027/28. Sales
tax does not apply to the subscription. The Asset Forfeiture Fund had
an unreserved balance of $284,310 on June 30, 2025.

ALTERNATIVES CONSIDERED
1. LexisNexis Accurint Virtual Crime Center with its image analysis
   option was quoted at $27,400 per year for 10 users. Staff does not
   recommend it: it searches only agency-contributed booking photos.
2. DataWorks Plus FACE Plus through the County system. The Sheriff's
   Office has declined to add city users.
3. Take no action. The Department would keep relying on bulletins and
   on requests to other agencies, which no longer run searches for it.

ENVIRONMENTAL REVIEW
Not a project under CEQA Guidelines sec. 15378(b)(5).

ATTACHMENTS
A. Clearview AI quote Q-CV-25-3381      B. Policy 345 (Facial Recognition)
C. Draft subscription agreement""", "Staff Report - Item 8.C - Page 2 of 2"),
], "pdf", VPD,
    ["City of Vacaville", VPD, "Vacaville City Council", SCSO],
    [CV, "LexisNexis", "DataWorks Plus"],
    ["Clearview AI Investigative", "Accurint Virtual Crime Center", "FACE Plus"],
    [C(None, 61500, None, "in an amount not to exceed $61,500", VPD, CV, "Clearview AI Investigative"),
     C(20500, 20500, "year", "$20,500 from the Asset Forfeiture Fund (Fund 215) for the first year", VPD, CV,
       "Clearview AI Investigative"),
     C(19500, 19500, "year", "Clearview AI Investigative,           $19,500", VPD, CV, "Clearview AI Investigative"),
     C(20085, 20085, "year", "$19,500    $20,085", VPD, CV, "Clearview AI Investigative"),
     C(20688, 20688, "year", "$19,500    $20,085    $20,688", VPD, CV, "Clearview AI Investigative"),
     C(1300, 1300, "year", "$1,300 per user per year", VPD, CV, "Clearview AI Investigative", unit="per user"),
     C(1000, 1000, "one-time", "Onboarding and training (one-time)     $1,000", VPD, CV,
       "Clearview AI Investigative")],
    [N(37, "exact", "requests", "year", "The Sheriff's Office ran 37 searches for the Department in 2024", SCSO),
     N(60000000000, "more than", "images", None, "more than 60 billion publicly available facial images", None, CV),
     N(15, "exact", "licenses", None, "includes 15 user licenses", VPD, CV),
     N(9, "exact", "users", None, "9 detectives ran 212 searches", VPD, CV),
     N(212, "exact", "searches", None, "9 detectives ran 212 searches", VPD, CV)],
    [P("a search may be run only for a criminal investigation that has a case number", VPD, "requirement"),
     P("a possible match is an investigative lead only and shall not be the sole basis for probable cause or an "
       "arrest.", VPD, "disclaimer"),
     P("Policy 345 prohibits the use of facial recognition for live or real-time surveillance.", VPD,
       "prohibition")],
    [],
    ["2025-10-14", "2023", "2024", "2025-06-30", "2025-08", "2025-09-02", "2025-09-18", "2025-09-24"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Illinois: McLean County SO
MCSO = "McLean County Sheriff's Office"
HPS = "Heartland Public Safety Systems"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("02_mclean-county-so-cognitec-purchase-order.txt", [
    (None, """\
McLEAN COUNTY, ILLINOIS                                  PURCHASE ORDER
Purchasing Division, Government Center, Room 700
115 E. Washington Street, Bloomington, IL 61701         (309) 555-0142

PO Number:   2025-SO-00462                 PO Date:      05/19/2025
Department:  Sheriff's Office (0029)       Requisition:  SO-25-1187
Account:     0001-0029-0030-0753.0001      Terms:        Net 30
Reference:   Vendor quote Q-25-0917 of 05/02/2025 (Cognitec products)

VENDOR  (Vendor No. 108422)             SHIP TO
Heartland Public Safety Systems, Inc.   McLean County Sheriff's Office
2250 W. Main Street, Suite 310          Criminal Investigations Div.
Peoria, IL 61606                        104 W. Front Street, Room 105
Tel. (309) 555-0176                     Bloomington, IL 61701
Fax  (309) 555-0177                     Attn: Sgt. Tomasz Wierzbicki

Ln Part No.       Description                 Qty  Unit Price    Extended
-- -------------- --------------------------  ---  ----------  ----------
1  CGT-DBS-SRV    FaceVACS-DBScan LE server     1   14,800.00   14,800.00
                  license, perpetual
2  CGT-DBS-WS     FaceVACS-DBScan LE client     6    1,150.00    6,900.00
                  workstation license
3  CGT-MNT-12     Software maintenance and      1    4,340.00    4,340.00
                  support, 12 months
                  (07/01/2025 - 06/30/2026)
4  HPS-SVC-INST   Installation, gallery         1    3,600.00    3,600.00
                  import, 2-day examiner
                  training (one-time)
5  DEL-P3660-32   Dell Precision 3660 tower,    2    2,189.00    4,378.00
                  32 GB (jail booking room)
6  FRT-GND        Freight, ground               1       95.00       95.00
                                                               ----------
                                                   PO TOTAL     34,113.00

TAX: Exempt. Illinois sales tax exemption no. E9998-7461-06. Do not add
tax to the invoice.""", "McLean County PO 2025-SO-00462  Page 1 of 2"),
    (None, """\
DELIVERY NOTE
Deliver software media and license keys (lines 1-3) to the Ship To
address no later than 06/27/2025. The two workstations (line 5) are for
the booking room and are not part of the facial recognition system;
deliver them to the McLean County Jail, 104 W. Front Street, dock B.
Receiving hours 8:00 a.m. - 3:30 p.m., Monday - Friday. Call Sgt.
Wierzbicki at (309) 555-0193 at least 24 hours before delivery. Every
packing slip must show the PO number.

SPECIAL CONDITIONS
a. The gallery import (line 4) covers about 118,000 booking
   photographs exported from the Jail Management System. No driver
   license photographs from the Illinois Secretary of State are to be
   loaded.
b. License keys shall be issued only to examiners who have completed
   the training in line 4 (Sheriff's General Order 6.14).
c. Maintenance for later years will be ordered on a separate PO after
   budget adoption; it is not encumbered here.
d. Payment under the Local Government Prompt Payment Act, 50 ILCS 505.

Invoice to: McLean County Auditor, 115 E. Washington St., Room 401,
Bloomington, IL 61701. Quote the PO number on every invoice.

APPROVED
Requested by:  Lt. Carla Dunaway, Sheriff's Office        05/14/2025
Approved by:   Director of Purchasing                     05/19/2025
Encumbered:    Auditor's Office, batch 25-0519-07         05/19/2025""",
     "McLean County PO 2025-SO-00462  Page 2 of 2"),
], "pdf", MCSO,
    ["McLean County", MCSO, "McLean County Jail", "Illinois Secretary of State"],
    [HPS, COG, "Dell"],
    [DBS, "Dell Precision 3660"],
    [C(14800, 14800, "one-time", "1  CGT-DBS-SRV    FaceVACS-DBScan LE server     1   14,800.00   14,800.00",
       MCSO, HPS, DBS),
     C(6900, 6900, "one-time", "2  CGT-DBS-WS     FaceVACS-DBScan LE client     6    1,150.00    6,900.00",
       MCSO, HPS, DBS),
     C(1150, 1150, "one-time", "2  CGT-DBS-WS     FaceVACS-DBScan LE client     6    1,150.00",
       MCSO, HPS, DBS, unit="per workstation"),
     C(4340, 4340, "year", "3  CGT-MNT-12     Software maintenance and      1    4,340.00    4,340.00",
       MCSO, HPS, DBS),
     C(3600, 3600, "one-time", "4  HPS-SVC-INST   Installation, gallery         1    3,600.00    3,600.00",
       MCSO, HPS, DBS)],
    [N(6, "exact", "licenses", None, "2  CGT-DBS-WS     FaceVACS-DBScan LE client     6", MCSO, HPS),
     N(118000, "approximately", "images", None, "about 118,000 booking photographs", MCSO, HPS)],
    [P("License keys shall be issued only to examiners who have completed the training in line 4 (Sheriff's "
       "General Order 6.14).", MCSO, "requirement"),
     P("No driver license photographs from the Illinois Secretary of State are to be loaded.", MCSO,
       "prohibition")],
    [],
    ["2025-05-19", "2025-05-02", "2025-07-01", "2026-06-30", "2025-06-27", "2025-05-14"],
    scan="pdf")


# ---------------------------------------------------------------- 3 New York: Poughkeepsie PD
PPD = "City of Poughkeepsie Police Department"
DCSO = "Dutchess County Sheriff's Office"
DWP = "DataWorks Plus"
doc("03_poughkeepsie-pd-general-order-frt.txt", [
    (None, """\
CITY OF POUGHKEEPSIE POLICE DEPARTMENT
GENERAL ORDER

Subject:    Facial Recognition Technology       Order No.:  4.22
Effective:  March 3, 2025                       Rescinds:   None
Reference:  NYS Executive Law sec. 837; NYSLEAP Standard 41.3
Issued by:  Chief of Police                     Pages:      2

1. PURPOSE
1.1 This order governs the Department's use of facial recognition
    technology (FRT) to develop investigative leads from images of
    unknown persons in criminal investigations.

2. DEFINITIONS
2.1 Facial recognition search: the comparison of a probe image with a
    gallery of images by software that returns candidates ranked by
    similarity.
2.2 Probe image: the image of the unknown person submitted for search.
2.3 Gallery: the Dutchess County booking photograph repository, hosted
    by the Dutchess County Sheriff's Office on DataWorks Plus FACE Plus,
    holding about 231,000 booking photographs.
2.4 Examiner: a member who holds a FACE Plus examiner account.

3. PERMITTED USES
3.1 An examiner may run a search only to identify:
    (a) a suspect, victim or witness in an open criminal investigation
        that has a Department case number;
    (b) a deceased person, or a person who cannot identify himself or
        herself because of injury or illness.
3.2 A search result is an investigative lead only. It shall not by
    itself establish probable cause to arrest or to obtain a warrant.

4. PROHIBITED USES
4.1 Members shall not use FRT to identify a person because of lawful
    activity protected by the First Amendment.
4.2 Members shall not use FRT on live or recorded video for real-time
    surveillance or tracking.
4.3 Members shall not submit images to any commercial FRT service not
    approved in writing by the Chief. No commercial service is approved;
    the Department does not use Clearview AI.""", "G.O. 4.22  Page 1 of 2"),
    (None, """\
5. TRAINING
5.1 Only members who have completed the 8-hour FACE Plus examiner
    course and the Department's annual refresher may hold an examiner
    account. The Department holds 4 examiner licenses.

6. DOCUMENTATION
6.1 Each search shall be recorded in the FRT log with the case number,
    offense, source of the probe image, examiner and result.
6.2 Logs are records under Public Officers Law Article 6 and are kept
    for three (3) years.

7. AUDIT
7.1 The Professional Standards Lieutenant shall audit the FRT log each
    quarter and report the results to the Chief in writing.
7.2 A member who uses FRT in violation of this order is subject to
    discipline, up to and including termination.

8. ADMINISTRATION
8.1 The Department pays the Dutchess County Sheriff's Office $3,200 a
    year for its 4 examiner licenses under the intermunicipal agreement
    of January 2024. The Sheriff's Office pays DataWorks Plus directly.
8.2 There is no policy that prohibits sharing a candidate list with a
    partner agency; see proposed section 9.

9. PROPOSED AMENDMENT (DRAFT - NOT IN EFFECT)
9.1 Draft: "A candidate list may be shared with another agency only
    with the approval of a lieutenant." Under review by the Corporation
    Counsel; not adopted.

BY ORDER OF THE CHIEF OF POLICE""", "G.O. 4.22  Page 2 of 2"),
], "pdf", PPD,
    ["City of Poughkeepsie", PPD, DCSO],
    [DWP, CV],
    ["FACE Plus"],
    [C(3200, 3200, "year", "$3,200 a year for its 4 examiner licenses", PPD, DCSO, "FACE Plus")],
    [N(231000, "approximately", "images", None, "about 231,000 booking photographs", DCSO, DWP),
     N(4, "exact", "licenses", None, "The Department holds 4 examiner licenses.", PPD, DWP)],
    [P("This order governs the Department's use of facial recognition technology (FRT) to develop investigative "
       "leads from images of unknown persons in criminal investigations.", PPD, "purpose"),
     P("An examiner may run a search only to identify: (a) a suspect, victim or witness in an open criminal "
       "investigation that has a Department case number;", PPD, "permission"),
     P("It shall not by itself establish probable cause to arrest or to obtain a warrant.", PPD, "disclaimer"),
     P("Members shall not use FRT to identify a person because of lawful activity protected by the First "
       "Amendment.", PPD, "prohibition"),
     P("Members shall not use FRT on live or recorded video for real-time surveillance or tracking.", PPD,
       "prohibition"),
     P("Members shall not submit images to any commercial FRT service not approved in writing by the Chief.", PPD,
       "prohibition"),
     P("Only members who have completed the 8-hour FACE Plus examiner course and the Department's annual "
       "refresher may hold an examiner account.", PPD, "requirement"),
     P("Each search shall be recorded in the FRT log with the case number, offense, source of the probe image, "
       "examiner and result.", PPD, "requirement"),
     P("The Professional Standards Lieutenant shall audit the FRT log each quarter and report the results to the "
       "Chief in writing.", PPD, "requirement"),
     P("A member who uses FRT in violation of this order is subject to discipline, up to and including "
       "termination.", PPD, "consequence")],
    [],
    ["2025-03-03", "2024-01"],
    scan=None)


# ---------------------------------------------------------------- 4 Wisconsin: West Allis PD
WAPD = "West Allis Police Department"
GPD = "Greenfield Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("04_west-allis-pd-teams-facesearch-renewal.txt", [
    (None, """\
Microsoft Teams - Chat export
Chat: WAPD Crime Analysis Unit
Participants: Hollis Brandvold; Ximena Pruitt; Desmond Achterberg
Exported 11/06/2025 2:14 PM by Hollis Brandvold

Hollis Brandvold   10/28/2025 9:03 AM
Motorola sent the FaceSearch renewal quote. $14,850 for next year, up
from $13,200 this year. Same 8 seats.

Ximena Pruitt   10/28/2025 9:05 AM
that's 12.5% :( what is it per seat now

Hollis Brandvold   10/28/2025 9:06 AM
$1,856.25 per seat per year. This year was $1,650 a seat.

Desmond Achterberg   10/28/2025 9:11 AM
How many searches did we actually run last year? Capt. Reuter will
ask before he signs anything

Ximena Pruitt   10/28/2025 9:20 AM
Pulled the FaceSearch audit log: 1,318 searches from 10/1/2024 to
9/30/2025. Only 5 of the 8 seats ran anything. The patrol seat ran
zero.

Desmond Achterberg   10/28/2025 9:22 AM
Greenfield PD pays like $9k right?

Hollis Brandvold   10/28/2025 9:24 AM
Greenfield is $9,400 a year for 4 seats I think, but they get it
bundled with their LPR contract so not apples to apples

Desmond Achterberg   10/28/2025 9:26 AM
Could we drop to 6 seats?

Hollis Brandvold   10/28/2025 9:31 AM
Moto's minimum is 5 seats. 6 seats would be $11,137.50 if we ask for a
change order. Haven't asked yet.""", "WAPD-PRR-25-1140  0017"),
    (None, """\
Ximena Pruitt   10/28/2025 9:34 AM
I'd do 6. Also reminder for whoever keeps a seat: SOP 612 says every
search needs the case # and a supervisor's ok, and FaceSearch results
are leads only, never PC on their own.

Desmond Achterberg   10/28/2025 9:36 AM
Is the gallery still ~3.7 million? Capt asked last time

Ximena Pruitt   10/28/2025 9:38 AM
FaceSearch says about 3.9 million images now (shared mugshots from
the participating agencies plus ours).

Hollis Brandvold   10/28/2025 9:41 AM
ok. Note the L5F camera renewal ($22,600) is a separate Motorola quote,
don't put it on the same req. Account # on the FaceSearch quote is
MSI-440817, quote 2025-FS-0932.

Hollis Brandvold   10/28/2025 9:43 AM
I'll draft the req for 6 seats and send it to Capt. Reuter Friday.""", "WAPD-PRR-25-1140  0018"),
], "print", WAPD,
    ["City of West Allis", WAPD, GPD],
    [MSI, "Vigilant Solutions"],
    [VFS, "Vigilant L5F"],
    [C(14850, 14850, "year", "$14,850 for next year", WAPD, MSI, VFS),
     C(13200, 13200, "year", "up from $13,200 this year", WAPD, MSI, VFS),
     C(1856.25, 1856.25, "year", "$1,856.25 per seat per year", WAPD, MSI, VFS, unit="per user"),
     C(1650, 1650, "year", "This year was $1,650 a seat.", WAPD, MSI, VFS, unit="per user"),
     C(9400, 9400, "year", "Greenfield is $9,400 a year for 4 seats", GPD, MSI, VFS)],
    [N(8, "exact", "licenses", None, "Same 8 seats.", WAPD, MSI),
     N(1318, "exact", "searches", "year", "1,318 searches from 10/1/2024 to 9/30/2025", WAPD, MSI),
     N(5, "exact", "users", "year", "Only 5 of the 8 seats ran anything.", WAPD, MSI),
     N(4, "exact", "licenses", None, "Greenfield is $9,400 a year for 4 seats", GPD, MSI),
     N(3900000, "approximately", "images", None, "about 3.9 million images", None, MSI)],
    [P("SOP 612 says every search needs the case # and a supervisor's ok", WAPD, "requirement"),
     P("FaceSearch results are leads only, never PC on their own.", WAPD, "disclaimer")],
    [],
    ["2025-11-06", "2025-10-28", "2024-10-01", "2025-09-30"],
    scan="print")


# ---------------------------------------------------------------- 5 Oklahoma: Enid PD / OSBI
EPD = "Enid Police Department"
OSBI = "Oklahoma State Bureau of Investigation"
GCSO = "Garfield County Sheriff's Office"
ID = "IDEMIA"
MFI = "MorphoFace Investigate"
doc("05_enid-pd-osbi-facial-recognition-mou.txt", [
    (None, """\
MEMORANDUM OF UNDERSTANDING
between the
OKLAHOMA STATE BUREAU OF INVESTIGATION
and the
CITY OF ENID, OKLAHOMA, FOR THE ENID POLICE DEPARTMENT
Facial Recognition Search Services            MOU No. OSBI-FR-2025-031

1. PARTIES AND PURPOSE
1.1 This Memorandum of Understanding ("MOU") is made between the
    Oklahoma State Bureau of Investigation ("OSBI"), 6600 N. Harvey
    Place, Oklahoma City, OK 73116, and the City of Enid, for the Enid
    Police Department ("EPD"), 301 W. Owen K. Garriott Road, Enid, OK
    73701.
1.2 OSBI hosts the Oklahoma Facial Recognition System ("OFRS"), which
    runs IDEMIA MorphoFace Investigate software. This MOU sets the
    terms on which EPD may search OFRS and the fees EPD pays OSBI.

2. THE SYSTEM
2.1 OFRS searches approximately 2.9 million booking photographs that
    Oklahoma agencies submit with arrest fingerprints. Driver license
    photographs held by Service Oklahoma are not searched under this
    MOU.
2.2 EPD may hold up to 5 OFRS web portal accounts.

3. FEES
3.1 EPD shall pay OSBI the fee it elects in Exhibit A, either:
    (a) a per-search fee of $18.00 for each search, invoiced quarterly;
        or
    (b) an annual fee of $3,600 for unlimited searches during the State
        fiscal year (July 1 - June 30).
3.2 Fees are set by the OSBI Director under 74 O.S. sec. 150.2 and may
    be changed on ninety (90) days' written notice.
3.3 The fees recover part of OSBI's annual IDEMIA maintenance payment,
    which was $212,000 in State fiscal year 2025. No fee is charged for
    searches to identify a deceased person.""", "OSBI-FR-2025-031  Page 1 of 3"),
    (None, """\
4. EPD RESPONSIBILITIES
4.1 EPD shall submit probe images only in connection with an active
    criminal investigation, a missing person case, or the
    identification of a deceased person.
4.2 Each search shall be entered with an EPD case number and offense.
4.3 An OFRS candidate is an investigative lead only and shall not be
    the sole basis for an arrest or a search warrant.
4.4 Only EPD employees who have completed OSBI's 4-hour OFRS User
    course may hold a portal account.
4.5 EPD shall not submit images captured by live video surveillance or
    images of persons engaged in lawful assembly.

5. OSBI RESPONSIBILITIES
5.1 OSBI will operate, secure and maintain OFRS under the CJIS Security
    Policy, version 6.0.
5.2 OSBI will audit EPD's searches at least once each fiscal year.
5.3 OSBI may suspend EPD's access for any search that violates
    section 4.

6. TERM
This MOU takes effect July 1, 2025 and runs through June 30, 2026. It
renews for one-year terms unless either party gives sixty (60) days'
written notice.

7. GENERAL
7.1 Each party is responsible for the acts of its own employees to the
    extent provided by the Governmental Tort Claims Act, 51 O.S. sec.
    151 et seq.
7.2 This MOU does not create a joint venture or an obligation of funds
    beyond the fees in section 3.""", "OSBI-FR-2025-031  Page 2 of 3"),
    (None, """\
EXHIBIT A - FEE ELECTION

EPD elects:   [ ] Per-search fee ($18.00 per search)
              [X] Annual fee ($3,600 per State fiscal year)

Basis: In State fiscal year 2025 EPD sent 197 requests to OSBI by
e-mail. EPD estimates about 240 searches per year once detectives have
portal access. For comparison, the Garfield County Sheriff's Office
elected the per-search fee and was billed $1,206 for 67 searches in
State fiscal year 2025.

SIGNATURES

For the Oklahoma State Bureau of Investigation:
_____________________________  Director               Date: 06/12/2025

For the City of Enid:
_____________________________  City Manager           Date: 06/17/2025

_____________________________  Chief of Police        Date: 06/17/2025

Approved as to form:
_____________________________  City Attorney          Date: 06/16/2025

Enid City Commission approval: June 17, 2025, Consent Item 7(d).""",
     "OSBI-FR-2025-031  Page 3 of 3"),
], "pdf", EPD,
    [OSBI, "City of Enid", EPD, "Service Oklahoma", GCSO, "Enid City Commission"],
    [ID],
    [MFI, "Oklahoma Facial Recognition System"],
    [C(18, 18, None, "a per-search fee of $18.00 for each search", EPD, OSBI, "Oklahoma Facial Recognition System",
       unit="per search"),
     C(3600, 3600, "year", "an annual fee of $3,600", EPD, OSBI, "Oklahoma Facial Recognition System"),
     C(212000, 212000, "year", "annual IDEMIA maintenance payment, which was $212,000", OSBI, ID, MFI),
     C(1206, 1206, "year", "was billed $1,206 for 67 searches", GCSO, OSBI, "Oklahoma Facial Recognition System")],
    [N(2900000, "approximately", "images", None, "approximately 2.9 million booking photographs", OSBI, ID),
     N(5, "up to", "users", None, "EPD may hold up to 5 OFRS web portal accounts.", EPD, OSBI),
     N(197, "exact", "requests", "year", "EPD sent 197 requests to OSBI", EPD, OSBI),
     N(67, "exact", "searches", "year", "was billed $1,206 for 67 searches", GCSO, OSBI)],
    [P("This MOU sets the terms on which EPD may search OFRS and the fees EPD pays OSBI.", EPD, "purpose"),
     P("EPD shall submit probe images only in connection with an active criminal investigation, a missing person "
       "case, or the identification of a deceased person.", EPD, "requirement"),
     P("Each search shall be entered with an EPD case number and offense.", EPD, "requirement"),
     P("An OFRS candidate is an investigative lead only and shall not be the sole basis for an arrest or a search "
       "warrant.", EPD, "disclaimer"),
     P("Only EPD employees who have completed OSBI's 4-hour OFRS User course may hold a portal account.", EPD,
       "requirement"),
     P("EPD shall not submit images captured by live video surveillance or images of persons engaged in lawful "
       "assembly.", EPD, "prohibition"),
     P("OSBI will audit EPD's searches at least once each fiscal year.", OSBI, "requirement"),
     P("OSBI may suspend EPD's access for any search that violates section 4.", OSBI, "consequence")],
    [],
    ["2025-07-01", "2026-06-30", "2025", "2025-06-12", "2025-06-17", "2025-06-16"],
    scan="photocopy")


# ---------------------------------------------------------------- 6 Nebraska: Hastings PD audit
HAS = "Hastings Police Department"
doc("06_hastings-pd-clearview-internal-audit.txt", [
    (None, """\
CITY OF HASTINGS, NEBRASKA - INTERNAL AUDIT
220 N. Hastings Avenue, Hastings, NE 68901

Report No. IA-2025-04                          Issued: April 22, 2025
Subject: Hastings Police Department - Use of Clearview AI
Audit period: January 1, 2024 through December 31, 2024
Auditor: Janelle Vasquez-Ortmeier, CIA, City Internal Auditor

1. BACKGROUND AND SCOPE
The Hastings Police Department (HPD) has subscribed to Clearview AI
since 2022. The 2024 subscription cost $7,950 for 6 user licenses and
was paid from account 100-2110-5320 (Police - Software). We tested
every search in the Clearview administrator audit trail for 2024
against HPD's records management system and HPD Procedure 41.3,
Facial Recognition (rev. 2023).

2. SEARCHES BY MONTH, 2024

Month       Searches   With case number   Missing case number
--------    --------   ----------------   -------------------
January           48                 44                     4
February          41                 38                     3
March             55                 49                     6
April             52                 47                     5
May               60                 51                     9
June              47                 35                    12
July              39                 31                     8
August            58                 51                     7
September         53                 47                     6
October           50                 45                     5
November          61                 57                     4
December          47                 42                     5
--------    --------   ----------------   -------------------
Total            611                537                    74

Source: Clearview AI audit trail export, 01/07/2025. Percentages in
this report are of all 611 searches.""", "IA-2025-04  Page 1 of 3"),
    (None, """\
3. FINDINGS AND MANAGEMENT RESPONSES

Finding 1 - Searches without a case number
74 searches (12.1%) had no case number in the Clearview search record.
Procedure 41.3, section C, states that each search shall be entered
with an HPD case number and offense code. For most of them we found a
related case in the records system; for some we could not. The June and
July gaps followed the loss of the unit's two most active users.
Management response: Agree. The Support Services Captain will set the
Clearview "case number" field to mandatory by June 1, 2025 and will
review all searches without a case number each month. (Capt. Rolf
Eichenberger, April 15, 2025)

Finding 2 - Accounts not removed
The subscription covers 6 user licenses, but at December 31, 2024 the
console listed 7 active accounts, one of them held by an officer who
left HPD on August 9, 2024. The account ran no searches after that
date.
Management response: Agree. Accounts will be disabled on the
employee's last day, as the City's separation checklist requires.

Finding 3 - Quarterly reviews not done
Procedure 41.3, section F, requires the Support Services Captain to
review a sample of searches each quarter. No review was documented for
Q2 or Q3 2024.
Management response: Partly agree. Reviews were done but not written
down; a review form is now in use.""", "IA-2025-04  Page 2 of 3"),
    (None, """\
4. OTHER OBSERVATIONS
- We found no search in which a Clearview result was the only basis
  for an arrest. Procedure 41.3, section D, states that a result is an
  investigative lead only and must be corroborated before any arrest.
- Procedure 41.3 does not address searches for other agencies. HPD
  ran searches for the Adams County Sheriff's Office at least 14 times
  in 2024; there is no written rule permitting or prohibiting this.
- Clearview has quoted $8,400 for 2025 for the same 6 licenses. The
  renewal was paid on February 3, 2025 and is outside the audit period.
- Clearview states that its database holds more than 50 billion
  facial images. We did not test this figure.

5. AUDIT STANDARDS AND DISTRIBUTION
This audit was performed under the IIA Global Internal Audit
Standards. Audit work took 86 staff hours. Distribution: City
Administrator; Chief of Police; Finance Director; City Council Audit
Committee.

Janelle Vasquez-Ortmeier, CIA
City Internal Auditor, (402) 555-0127""", "IA-2025-04  Page 3 of 3"),
], "pdf", HAS,
    ["City of Hastings", HAS, "Adams County Sheriff's Office", "City Council Audit Committee"],
    [CV],
    ["Clearview AI"],
    [C(7950, 7950, "year", "The 2024 subscription cost $7,950", HAS, CV),
     C(8400, 8400, "year", "Clearview has quoted $8,400 for 2025", HAS, CV)],
    [N(6, "exact", "licenses", None, "$7,950 for 6 user licenses", HAS, CV),
     N(48, "exact", "searches", "month", "January           48", HAS, CV),
     N(41, "exact", "searches", "month", "February          41", HAS, CV),
     N(55, "exact", "searches", "month", "March             55", HAS, CV),
     N(52, "exact", "searches", "month", "April             52", HAS, CV),
     N(60, "exact", "searches", "month", "May               60", HAS, CV),
     N(47, "exact", "searches", "month", "June              47", HAS, CV),
     N(39, "exact", "searches", "month", "July              39", HAS, CV),
     N(58, "exact", "searches", "month", "August            58", HAS, CV),
     N(53, "exact", "searches", "month", "September         53", HAS, CV),
     N(50, "exact", "searches", "month", "October           50", HAS, CV),
     N(61, "exact", "searches", "month", "November          61", HAS, CV),
     N(47, "exact", "searches", "month", "December          47", HAS, CV),
     N(611, "exact", "searches", "year", "Total            611", HAS, CV),
     N(74, "exact", "searches", "year", "74 searches (12.1%) had no case number", HAS, CV),
     N(7, "exact", "users", None, "the console listed 7 active accounts", HAS, CV),
     N(14, "more than", "requests", "year", "at least 14 times", HAS, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion facial images", None, CV)],
    [P("Procedure 41.3, section C, states that each search shall be entered with an HPD case number and offense "
       "code.", HAS, "requirement"),
     P("Procedure 41.3, section F, requires the Support Services Captain to review a sample of searches each "
       "quarter.", HAS, "requirement"),
     P("Procedure 41.3, section D, states that a result is an investigative lead only and must be corroborated "
       "before any arrest.", HAS, "disclaimer"),
     ],
    [],
    ["2025-04-22", "2024-01-01", "2024-12-31", "2022", "2023", "2025-01-07", "2025-06-01", "2025-04-15",
     "2024-08-09", "2024", "2025-02-03", "2025"],
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
