"""Writes docs/*.txt and labels.json for holdout70 (six invented releases: MN, LA, NV, SC, IA, NH).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
Format as holdout42 (corpus format plus request_agency, pdf, scan, per-fact agency/vendor/product,
unit on costs, counts with qualifier/measure/per), plus a `kind` on every policy."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75
MAX_LINES = 44
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
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Minnesota: Olmsted County SO
OCSO = "Olmsted County Sheriff's Office"
CDW = "CDW Government"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("01_olmsted-county-so-cognitec-purchase-order.txt", [
    (None, """\
OLMSTED COUNTY, MINNESOTA                          PURCHASE ORDER
Finance Department - Purchasing Division
151 4th Street SE, Rochester, MN 55904        PO NUMBER:  2025-004317
Phone (507) 555-0162                          PO DATE:    03/11/2025
                                              PAGE:       1 of 2
                                              REQ. NO.:   R25-01188

VENDOR  #0048821                       SHIP TO
CDW Government LLC                     Olmsted County Sheriff's Office
230 N. Milwaukee Ave.                  Attn: Lt. Gregory Almquist
Vernon Hills, IL 60061                 101 4th Street SE
Acct. Mgr: Shauna Kettleson            Rochester, MN 55904
Phone (866) 555-0139                   Phone (507) 555-0147

BILL TO: Olmsted County Accounts Payable, 151 4th Street SE, Rochester
TERMS: Net 30        FOB: Destination        BUYER: M. Fairweather
CONTRACT: MN State Cooperative Contract 239119 (Software Reseller)
VENDOR QUOTE: NKTR391 dated 02/26/2025

LN  QTY  UOM  DESCRIPTION                          UNIT PRICE    EXTENDED
--  ---  ---  ---------------------------------  ----------  ----------
 1    1  EA   Cognitec FaceVACS-DBScan LE          28,500.00   28,500.00
              server license, perpetual
              (mfr part FVDB-LE-SRV)
 2    6  EA   FaceVACS-DBScan LE examiner           2,150.00   12,900.00
              client license, perpetual
 3    1  YR   Cognitec software maintenance &       6,480.00    6,480.00
              support, year 1 (04/01/2025 -
              03/31/2026)
 4    5  EA   Zebra DS2208 barcode scanner,           119.00      595.00
              USB kit - Evidence/Property Room
 5    1  LOT  Freight                                  45.00       45.00
                                                             ----------
                                      SUBTOTAL                48,520.00
                                      SALES TAX (EXEMPT)           0.00
                                      PO TOTAL                48,520.00""",
     "OCSO-DR-25-0219   000031"),
    (None, """\
OLMSTED COUNTY PURCHASE ORDER 2025-004317                      PAGE 2 of 2

ACCOUNT DISTRIBUTION
  Line 1-3  100-2110-6440-000  Sheriff - Software         47,880.00
  Line 4-5  100-2150-6420-000  Sheriff - Minor Equipment     640.00

SPECIAL INSTRUCTIONS
1. Software is for the Sheriff's Office facial recognition workstation
   in the Investigations Division. The DBScan gallery will be loaded
   from the Adult Detention Center jail management system, about
   212,000 booking images at go-live.
2. Six examiner client licenses are ordered for the detectives and
   the crime analyst named on the OCSO training roster.
3. Use of the software is governed by OCSO Policy 425 (Facial
   Recognition). Only examiners who have completed the Cognitec
   operator course may run searches.
4. A candidate returned by the software is an investigative lead
   only and is not probable cause to arrest.
5. The Zebra scanners on line 4 are for the property room bar-code
   system and are not part of the facial recognition project.
6. Sales tax exemption: Minn. Stat. 297A.70, subd. 2. Exemption
   certificate ST3 on file with vendor.
7. Purchase approved by the Olmsted County Board of Commissioners,
   Resolution 25-041, March 4, 2025.

Invoices must show the PO number and be sent to ap@co.olmsted.mn.us.
Partial shipments accepted. Do not substitute without Buyer approval.

AUTHORIZED BY:  Marit Fairweather, Purchasing Manager      03/11/2025
RECEIVED BY:    ______________________    DATE: __________""",
     "OCSO-DR-25-0219   000032"),
], "pdf", OCSO,
    [OCSO, "Olmsted County Board of Commissioners"],
    [CDW, COG, "Zebra Technologies"],
    [DBS, "Zebra DS2208"],
    [C(28500, 28500, "one-time", "FaceVACS-DBScan LE          28,500.00", OCSO, CDW, DBS),
     C(2150, 2150, "one-time", "examiner           2,150.00", OCSO, CDW, DBS, unit="per user"),
     C(12900, 12900, "one-time", "2,150.00   12,900.00", OCSO, CDW, DBS),
     C(6480, 6480, "year", "6,480.00    6,480.00", OCSO, CDW, DBS)],
    [N(6, "exact", "licenses", None, "Six examiner client licenses are ordered", OCSO, CDW),
     N(212000, "approximately", "images", None, "about 212,000 booking images at go-live", OCSO, CDW)],
    [P("Only examiners who have completed the Cognitec operator course may run searches.", OCSO, "requirement"),
     P("A candidate returned by the software is an investigative lead only and is not probable cause to arrest.",
       OCSO, "disclaimer")],
    [],
    ["2025-03-11", "2025-02-26", "2025-04-01", "2026-03-31", "2025-03-04"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Louisiana: Houma PD
HPD = "Houma Police Department"
VER = "Veritone"
IDY = "IDentify"
doc("02_houma-pd-grant-budget-narrative.txt", [
    (None, """\
HOUMA POLICE DEPARTMENT
Terrebonne Parish Consolidated Government
500 Honduras Street, Houma, Louisiana 70360  -  (985) 555-0120

BUDGET DETAIL WORKSHEET AND BUDGET NARRATIVE
Applicant: Houma Police Department (TPCG)    UEI: KQ7LM2H9XB41
Program: Bureau of Justice Assistance, FY 2025 Byrne Justice
  Assistance Grant - Local Technology Solicitation (ALN 16.738)
Project: Investigative Facial Recognition Program
Project period: October 1, 2025 - September 30, 2026
Prepared by: Lt. Renee Thibodeaux, Planning & Research
Date: June 20, 2025

A. PERSONNEL                                                    $0.00
   No salaries are requested. Training hours are absorbed by the
   Department's existing overtime budget.

B. FRINGE BENEFITS                                              $0.00

C. TRAVEL                                                   $1,940.00
   Two analysts, facial comparison and review course (FISWG-aligned),
   Baton Rouge, 4 days: lodging 2 x 3 nights x $118 = $708; per diem
   2 x 4 days x $59 = $472; mileage 2 x 380 mi x $0.70 = $532;
   registration 2 x $114 = $228.

D. EQUIPMENT                                                $4,180.00
   Two analyst workstations with 27-inch dual monitors, $2,090 each,
   to run the IDentify web client and review probe images.

E. SUPPLIES                                                     $0.00

F. CONTRACTUAL                                             $27,500.00
   1. Veritone IDentify subscription, 12 months, up to 5
      named users, unlimited searches ............... $24,000.00
   2. Veritone onboarding and booking-photo ingestion,
      one-time ...................................... $3,500.00

G. OTHER                                                        $0.00

TOTAL PROJECT COST                                         $33,620.00
   Federal share requested (75%)                           $25,215.00
   Local cash match (25%), TPCG General Fund 101             $8,405.00""",
     "HPD Grant File 25-JAG-07  |  Page 1 of 2"),
    (None, """\
PROGRAM JUSTIFICATION (short form)

Need. Detectives now identify unknown suspects in store-camera stills
by circulating bulletins. In 2024 the Criminal Investigations Division
logged 212 cases with a usable face image and no named suspect.

Approach. IDentify compares a probe image against the Department's own
arrest photographs, about 58,000 booking images from 2009 forward,
which Veritone will load during onboarding. The subscription covers
up to five named users; the Department will license five users: four
detectives and one crime analyst. IDentify does not process live video.

Sustainability. After the grant year the City-Parish will budget the
subscription in the Police general fund, estimated at $24,000 a year.

Comparable use. The St. Mary Parish Sheriff's Office has used
IDentify since 2022 and ran about 460 searches last year.

Use conditions. Under HPD General Order 600.14, a candidate returned
by IDentify shall be treated as an investigative lead only and shall
not be the sole basis for an arrest. Every search must be entered
with a case number and offense code, and logs will be audited each
quarter by the Office of Professional Standards.

Items not requested. Axon body-worn camera docking stations ($6,200)
and a BriefCam video analytics license quoted at $18,900 were
considered and are funded elsewhere or deferred; neither is part of
this application.

Certification. The match is cash and not supplanted. Indirect costs:
none claimed (0%). Contact Lt. Thibodeaux, (985) 555-0188.""",
     "HPD Grant File 25-JAG-07  |  Page 2 of 2"),
], "pdf", HPD,
    [HPD, "Terrebonne Parish Consolidated Government", "Bureau of Justice Assistance",
     "St. Mary Parish Sheriff's Office"],
    [VER, "Axon", "BriefCam"],
    [IDY],
    [C(1940, 1940, None, "C. TRAVEL                                                   $1,940.00", HPD, VER, IDY),
     C(4180, 4180, None, "D. EQUIPMENT                                                $4,180.00", HPD, VER, IDY),
     C(2090, 2090, None, "$2,090 each", HPD, VER, IDY, unit="per workstation"),
     C(27500, 27500, None, "F. CONTRACTUAL                                             $27,500.00", HPD, VER, IDY),
     C(24000, 24000, "year", "unlimited searches ............... $24,000.00", HPD, VER, IDY),
     C(3500, 3500, "one-time", "one-time ...................................... $3,500.00", HPD, VER, IDY),
     C(33620, 33620, None, "TOTAL PROJECT COST                                         $33,620.00", HPD, VER, IDY),
     C(25215, 25215, "one-time", "Federal share requested (75%)                           $25,215.00", HPD, VER,
       IDY),
     C(8405, 8405, None, "Local cash match (25%), TPCG General Fund 101             $8,405.00", HPD, VER, IDY)],
    [N(5, "up to", "users", None, "up to 5 named users", HPD, VER),
     N(58000, "approximately", "images", None, "about 58,000 booking images from 2009 forward", HPD, VER),
     N(5, "exact", "licenses", None, "the Department will license five users", HPD, VER),
     N(460, "approximately", "searches", "year", "ran about 460 searches last year",
       "St. Mary Parish Sheriff's Office", VER)],
    [P("a candidate returned by IDentify shall be treated as an investigative lead only and shall not be the sole "
       "basis for an arrest.", HPD, "disclaimer"),
     P("Every search must be entered with a case number and offense code, and logs will be audited each quarter "
       "by the Office of Professional Standards.", HPD, "requirement")],
    [],
    ["2025-10-01", "2026-09-30", "2025-06-20", "2024", "2009", "2022"],
    scan=None)


# ---------------------------------------------------------------- 3 Nevada: Lyon County SO
LCSO = "Lyon County Sheriff's Office"
MSI = "Motorola Solutions"
VIG = "Vigilant Solutions"
FS = "FaceSearch"
SUBJ3 = "Records request - facial recognition (LCSO)"
GH = "2/14/25, 3:41 PM        Gmail - " + SUBJ3
doc("03_lyon-county-so-gmail-records-thread.txt", [
    (GH, """\
Gmail                          Dana Whitcomb <dwhitcomb.news@gmail.com>

Records request - facial recognition (LCSO)
4 messages

Dana Whitcomb <dwhitcomb.news@gmail.com>       Mon, Feb 3, 2025 at 10:12 AM
To: records@lcso-nv.example.gov

Hello,

Under the Nevada Public Records Act (NRS Chapter 239) I am asking the
Lyon County Sheriff's Office for the following:

1. The name of any facial recognition product the Office uses.
2. Contracts, invoices or renewals for it, with the annual cost.
3. How many employees have accounts and how many searches were run
   in calendar year 2024.
4. Any policy or general order on facial recognition.

Thank you,
Dana Whitcomb

Marisol Trent <mtrent@lcso-nv.example.gov>   Mon, Feb 10, 2025 at 2:37 PM
To: Dana Whitcomb <dwhitcomb.news@gmail.com>
Cc: Undersheriff Paul Ridgeway <pridgeway@lcso-nv.example.gov>

Ms. Whitcomb, answers are below each item.

> 1. The name of any facial recognition product the Office uses.

Vigilant FaceSearch, which is part of our Vigilant LEARN account with
Motorola Solutions. FaceSearch was added to the account in 2021.""",
     "https://mail.google.com/mail/u/0/?ik=5c1e0a7d2f&view=pt&search=all    1/3"),
    (GH, """\
> 2. Contracts, invoices or renewals for it, with the annual cost.

FaceSearch was added at $4,800 per year. The FY2025 invoice (July 1,
2024 - June 30, 2025) is $5,040 for FaceSearch. The same invoice
carries $21,600 for our license plate reader cameras, which is a
separate product. Invoice attached (3 pages).

> 3. How many employees have accounts and how many searches were run
>    in calendar year 2024.

14 employees have FaceSearch accounts. The audit log shows 311
searches for January 1 - December 31, 2024.

> 4. Any policy or general order on facial recognition.

Lyon County SO Policy 343, attached. In short: a FaceSearch result is
an investigative lead only and is not probable cause. Users must
complete Vigilant's online FaceSearch training before an account is
activated.

There is no fee for this response.
Marisol Trent, Records Supervisor, (775) 555-0173
""",
     "https://mail.google.com/mail/u/0/?ik=5c1e0a7d2f&view=pt&search=all    2/3"),
    (GH, """\
Dana Whitcomb <dwhitcomb.news@gmail.com>       Tue, Feb 11, 2025 at 9:05 AM
To: Marisol Trent <mtrent@lcso-nv.example.gov>

Thanks. Two follow-ups:

> 14 employees have FaceSearch accounts.

Does that include other agencies that use your LEARN account?

> FaceSearch was added to the account in 2021.

Did the Office ever use Clearview AI?

Marisol Trent <mtrent@lcso-nv.example.gov>   Fri, Feb 14, 2025 at 3:22 PM
To: Dana Whitcomb <dwhitcomb.news@gmail.com>

> Does that include other agencies that use your LEARN account?

No. The Yerington Police Department has 3 FaceSearch accounts of its
own under our agreement; Yerington reimburses us $900 a year for them.

> Did the Office ever use Clearview AI?

We have never contracted with Clearview AI. A detective tried a free
trial in 2020; no searches from it were kept. Per Policy 343, staff may
not use any facial recognition service other than FaceSearch.

Marisol""",
     "https://mail.google.com/mail/u/0/?ik=5c1e0a7d2f&view=pt&search=all    3/3"),
], "print", LCSO,
    [LCSO, "Yerington Police Department"],
    [MSI, VIG, "Clearview AI"],
    [FS, "LEARN"],
    [C(4800, 4800, "year", "FaceSearch was added at $4,800 per year", LCSO, MSI, FS),
     C(5040, 5040, "year", "is $5,040 for FaceSearch", LCSO, MSI, FS),
     C(900, 900, "year", "Yerington reimburses us $900 a year for them", "Yerington Police Department", MSI, FS)],
    [N(14, "exact", "users", None, "14 employees have FaceSearch accounts", LCSO, MSI),
     N(311, "exact", "searches", "year", "311 searches for January 1 - December 31, 2024", LCSO, MSI),
     N(3, "exact", "users", None, "has 3 FaceSearch accounts of its own", "Yerington Police Department", MSI)],
    [P("a FaceSearch result is an investigative lead only and is not probable cause.", LCSO, "disclaimer"),
     P("Users must complete Vigilant's online FaceSearch training before an account is activated.", LCSO,
       "requirement"),
     P("staff may not use any facial recognition service other than FaceSearch.", LCSO, "prohibition")],
    [E("Dana Whitcomb", "records@lcso-nv.example.gov", "Mon, Feb 3, 2025 at 10:12 AM", SUBJ3),
     E("Marisol Trent", "Dana Whitcomb", "Mon, Feb 10, 2025 at 2:37 PM", SUBJ3),
     E("Dana Whitcomb", "Marisol Trent", "Tue, Feb 11, 2025 at 9:05 AM", SUBJ3),
     E("Marisol Trent", "Dana Whitcomb", "Fri, Feb 14, 2025 at 3:22 PM", SUBJ3)],
    ["2025-02-14", "2025-02-03", "2025-02-10", "2025-02-11", "2024", "2021", "2024-07-01", "2025-06-30",
     "2024-01-01", "2024-12-31", "2020"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 South Carolina: Bluffton PD / Beaufort County SO
BPD = "Bluffton Police Department"
BCSO = "Beaufort County Sheriff's Office"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("04_bluffton-pd-beaufort-so-fr-mou.txt", [
    (None, """\
MEMORANDUM OF UNDERSTANDING
between the
BEAUFORT COUNTY SHERIFF'S OFFICE
and the
TOWN OF BLUFFTON POLICE DEPARTMENT
for Access to the Regional Facial Recognition System
MOU No. BCSO-2025-017

This Memorandum of Understanding ("MOU") is entered into by the
Beaufort County Sheriff's Office ("BCSO"), 2001 Duke Street, Beaufort,
South Carolina 29902, and the Town of Bluffton Police Department
("BPD"), 101 Progress Street, Bluffton, South Carolina 29910.

ARTICLE I. PURPOSE
1.1 BCSO operates a facial recognition system built on NEC NeoFace
    Reveal (the "System"), hosted on BCSO servers. This MOU sets the
    terms on which BPD may search the System.
1.2 The System shall be used only to help identify suspects, victims
    and witnesses in criminal investigations, missing or endangered
    persons, and deceased persons.

ARTICLE II. THE SYSTEM
2.1 The System compares a probe image to the BCSO booking gallery,
    which held approximately 164,500 booking photographs on the
    effective date. No driver's license, social media or surveillance
    camera images are enrolled.
2.2 NEC provides maintenance to BCSO under BCSO's own contract. BPD
    has no contract with NEC.

ARTICLE III. AUTHORIZED USERS
3.1 BPD may designate up to four (4) Authorized Users.
3.2 Each Authorized User must complete the BCSO facial recognition
    examiner course (8 hours) before an account is issued, and must
    sign the BCSO User Acknowledgment.
3.3 Accounts are personal. Users shall not share passwords or run
    searches for another person under their own account.

ARTICLE IV. FEES
4.1 BPD shall pay BCSO an access fee of $1,150 per Authorized User per
    year, invoiced each July 1. For four users the annual fee is
    $4,600.""", "BPD FOIA 2025-0388  - 001"),
    (None, """\
4.2 BCSO may adjust the per-user fee once a year by not more than 3%
    with sixty (60) days' written notice. The total annual fee under
    this MOU shall not exceed $6,000.
4.3 For comparison only: the Port Royal Police Department pays $2,300
    a year for two users under a separate MOU.
4.4 Payments go to BCSO, Attn: Finance, account 10-4410-3302.

ARTICLE V. CONDITIONS OF USE
5.1 Each search shall be tied to an open BPD case number and offense,
    entered in the System's search log.
5.2 A candidate returned by the System is an investigative lead only.
    It shall not by itself establish probable cause for an arrest or
    a warrant.
5.3 BPD shall not use the System to identify persons engaged in
    lawful protest, assembly or other First Amendment activity.
5.4 BPD shall not use the System for live or real-time video
    identification.
5.5 BPD may share a lead with a prosecutor or another law enforcement
    agency working the same case.

ARTICLE VI. AUDIT AND MISUSE
6.1 BCSO shall audit BPD searches each quarter and send the results to
    the BPD Chief of Police.
6.2 An Authorized User who misuses the System shall have access
    revoked immediately, and BPD shall open an internal investigation.

ARTICLE VII. RECORDS
7.1 Requests for records under S.C. Code Ann. 30-4-10 et seq. shall be
    answered by the party that holds the record.

ARTICLE VIII. TERM
8.1 This MOU is effective July 1, 2025 and runs through June 30, 2028
    unless either party ends it on ninety (90) days' written notice.

SIGNATURES
/s/ Sheriff Calvin E. Ruddock, BCSO          Date: 06/18/2025
/s/ Chief Danielle M. Oyelaran, BPD          Date: 06/23/2025""",
     "BPD FOIA 2025-0388  - 002"),
], "pdf", BPD,
    [BPD, BCSO, "Port Royal Police Department"],
    [NEC],
    [NFR],
    [C(1150, 1150, "year", "an access fee of $1,150 per Authorized User per year", BPD, NEC, NFR,
       unit="per user"),
     C(4600, 4600, "year", "For four users the annual fee is $4,600.", BPD, NEC, NFR),
     C(None, 6000, "year", "The total annual fee under this MOU shall not exceed $6,000.", BPD, NEC, NFR),
     C(2300, 2300, "year", "the Port Royal Police Department pays $2,300 a year for two users",
       "Port Royal Police Department", NEC, NFR)],
    [N(164500, "approximately", "images", None, "approximately 164,500 booking photographs", BCSO, NEC),
     N(4, "up to", "users", None, "BPD may designate up to four (4) Authorized Users.", BPD, NEC),
     N(2, "exact", "users", None, "pays $2,300 a year for two users", "Port Royal Police Department", NEC)],
    [P("The System shall be used only to help identify suspects, victims and witnesses in criminal "
       "investigations, missing or endangered persons, and deceased persons.", BPD, "purpose"),
     P("BPD may designate up to four (4) Authorized Users.", BPD, "permission"),
     P("Each Authorized User must complete the BCSO facial recognition examiner course (8 hours) before an "
       "account is issued, and must sign the BCSO User Acknowledgment.", BPD, "requirement"),
     P("Users shall not share passwords or run searches for another person under their own account.", BPD,
       "prohibition"),
     P("Each search shall be tied to an open BPD case number and offense, entered in the System's search log.",
       BPD, "requirement"),
     P("A candidate returned by the System is an investigative lead only.", BPD, "disclaimer"),
     P("It shall not by itself establish probable cause for an arrest or a warrant.", BPD, "disclaimer"),
     P("BPD shall not use the System to identify persons engaged in lawful protest, assembly or other First "
       "Amendment activity.", BPD, "prohibition"),
     P("BPD shall not use the System for live or real-time video identification.", BPD, "prohibition"),
     P("BPD may share a lead with a prosecutor or another law enforcement agency working the same case.", BPD,
       "permission"),
     P("BCSO shall audit BPD searches each quarter and send the results to the BPD Chief of Police.", BCSO,
       "requirement"),
     P("An Authorized User who misuses the System shall have access revoked immediately, and BPD shall open an "
       "internal investigation.", BPD, "consequence")],
    [],
    ["2025-07-01", "2028-06-30", "2025-06-18", "2025-06-23"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Iowa: Iowa City PD
ICPD = "Iowa City Police Department"
CV = "Clearview AI"
doc("05_iowa-city-pd-records-reply-letter.txt", [
    (None, """\
CITY OF IOWA CITY
Office of the City Attorney
410 East Washington Street, Iowa City, Iowa 52240  -  (319) 555-0130

April 9, 2025

Mr. Tobias Renquist
Hawkeye Civil Liberties Project
P.O. Box 2871
Iowa City, IA 52244

Re: Public records request of March 17, 2025 (ICPD Request 25-0142)
    Facial recognition records, Iowa City Police Department

Dear Mr. Renquist:

The City has reviewed your request under Iowa Code chapter 22. The
Police Department's answers follow your numbering.

1. Systems used. Since June 2022 the Department has subscribed to
   Clearview AI's investigative search service. The Department does
   not use any other facial recognition system and has no access to
   the Iowa Department of Transportation photo database for that
   purpose.

2. Contracts and costs. The first agreement (June 2022 - May 2024)
   was $7,500 per year for five user licenses. The current renewal,
   June 1, 2024 - May 31, 2025, is $9,000 for six user licenses. The
   two agreements and the renewal invoice are enclosed.

3. Searches. The Department's Clearview administrator exported the
   following counts from the account's audit page:

      Year        Searches run    Active users
      ----        ------------    ------------
      2022 (Jun-Dec)     87             4
      2023              142             5
      2024              163             6
      ----        ------------
      Total             392

   The Department does not record how many searches led to an arrest.""",
     "ICPD 25-0142  Page 1 of 2"),
    (None, """\
Mr. Tobias Renquist
April 9, 2025
Page 2

4. Policies. General Order 22-04 (Facial Recognition) is enclosed.
   It provides that a search may be run only for an open criminal
   case and with a supervisor's approval recorded in the case file,
   and that a Clearview result is a lead only and must be confirmed
   by other investigation before any arrest. You also asked whether
   the Department prohibits searches of people at protests. There is
   no policy prohibiting that use; the General Order does not address
   it, and Chief Harlan Voss has asked that it be reviewed.

5. Communications with the vendor. Emails between Department staff
   and Clearview AI from 2022 to date are enclosed (41 pages), with
   account numbers and personal email addresses redacted under Iowa
   Code section 22.7(11). Clearview's sales emails state that its
   database holds over 40 billion facial images.

Records held by other agencies. The Johnson County Sheriff's Office
and the University of Iowa Department of Public Safety keep their
own records; please direct requests for them to those offices.

Statement of costs
   Staff search and review time, 2.5 hours at $32.00        $80.00
   Copies (first 100 pages free, 41 pages)                  $0.00
   Total due                                                $80.00
Please send a check payable to the City of Iowa City within 30
days; the enclosures will be mailed on receipt.

Sincerely,

/s/ Alicia M. Brandvold
Alicia M. Brandvold, Assistant City Attorney

Enclosures (4)""", "ICPD 25-0142  Page 2 of 2"),
], "pdf", ICPD,
    [ICPD, "City of Iowa City", "Iowa Department of Transportation", "Johnson County Sheriff's Office",
     "University of Iowa Department of Public Safety"],
    [CV],
    [],
    [C(7500, 7500, "year", "was $7,500 per year for five user licenses", ICPD, CV),
     C(9000, 9000, "year", "is $9,000 for six user licenses", ICPD, CV)],
    [N(5, "exact", "licenses", None, "$7,500 per year for five user licenses", ICPD, CV),
     N(6, "exact", "licenses", None, "is $9,000 for six user licenses", ICPD, CV),
     N(87, "exact", "searches", None, "2022 (Jun-Dec)     87", ICPD, CV),
     N(4, "exact", "users", None, "2022 (Jun-Dec)     87             4", ICPD, CV),
     N(142, "exact", "searches", "year", "2023              142", ICPD, CV),
     N(5, "exact", "users", "year", "2023              142             5", ICPD, CV),
     N(163, "exact", "searches", "year", "2024              163", ICPD, CV),
     N(6, "exact", "users", "year", "2024              163             6", ICPD, CV),
     N(392, "exact", "searches", None, "Total             392", ICPD, CV),
     N(40000000000, "more than", "images", None, "over 40 billion facial images", None, CV)],
    [P("a search may be run only for an open criminal case and with a supervisor's approval recorded in the case "
       "file", ICPD, "requirement"),
     P("a Clearview result is a lead only and must be confirmed by other investigation before any arrest.", ICPD,
       "disclaimer")],
    [],
    ["2025-04-09", "2025-03-17", "2022-06", "2024-05", "2024-06-01", "2025-05-31", "2022", "2023", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 6 New Hampshire: Rockingham County SO
RCSO = "Rockingham County Sheriff's Office"
RCC = "Rockingham County Board of Commissioners"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
doc("06_rockingham-county-commissioners-minutes-fr.txt", [
    (None, """\
ROCKINGHAM COUNTY BOARD OF COMMISSIONERS
Minutes of the Regular Meeting - Wednesday, September 17, 2025
Commissioners' Meeting Room, 119 North Road, Brentwood, NH

ROLL CALL
Chair Eleanor P. Hadley - present; Vice Chair Robert J. Tuttle -
present; Clerk Stephen A. Marchand - present (remote). Also present:
County Administrator Joan Kilbride; Sheriff Dennis W. Quimby; Finance
Director Lorraine Baptiste; Maj. Owen Treadwell (Sheriff's Office).

1. CALL TO ORDER. Chair Hadley called the meeting to order at 9:00 AM.

2. MINUTES. Motion by Comm. Tuttle, second by Comm. Marchand, to
   approve the minutes of September 3, 2025. Vote 3-0.

3. NURSING HOME REPORT. Administrator Kilbride reported an average
   census of 181 residents in August and 14 open LNA positions.

4. FACILITIES. Motion by Comm. Marchand, second by Comm. Tuttle, to
   award the jail HVAC controls replacement to Trane U.S. Inc. for
   $212,480. Vote 3-0.

5. SHERIFF - FACIAL RECOGNITION GRANT. Sheriff Quimby asked the Board
   to accept a State Homeland Security Program subgrant of $38,400
   from the NH Department of Safety to buy IDEMIA MorphoFace
   Investigate for the Sheriff's Office Investigations Unit. The award
   covers three investigator licenses at $8,400 each and first-year
   maintenance of $13,200. Maj. Treadwell said the system would search
   only the County jail's booking photographs, about 96,000 images,
   and no driver's license photos. After the grant year maintenance
   would be about $13,900 a year from the Sheriff's operating budget.

   Sheriff Quimby said RSA 105-D:2, XII does not allow facial
   recognition to be used on body-worn camera recordings, and the
   Office will not do so. Under the draft Sheriff's Office directive,
   only investigators who complete IDEMIA's operator training may run
   a search, and a possible match is an investigative lead only and is
   not probable cause to arrest.

   Comm. Tuttle asked what other counties pay. Maj. Treadwell said the
   Strafford County Sheriff's Office pays about $11,000 a year for a
   different product and runs roughly 25 searches a month.""",
     "Rockingham County BOC 09/17/2025 - Page 1 of 2"),
    (None, """\
   Comm. Marchand said he would support a one-year trial but asked for
   a written policy and a report on search numbers before any renewal.
   Sheriff Quimby proposed that the Office also search images sent by
   other departments; the Board did not act on that proposal.

   MOTION: Comm. Tuttle moved to accept the $38,400 subgrant and to
   authorize the Sheriff to purchase MorphoFace Investigate, on the
   condition that the Sheriff present a written policy before the
   system goes live and a search report at the end of the grant year.
   Second by Comm. Marchand.
   VOTE: Hadley - yes; Tuttle - yes; Marchand - no. Motion carried 2-1.

6. SHERIFF - BODY-WORN CAMERAS. The Board tabled the Sheriff's request
   to add 12 Axon Body 4 cameras ($21,780 over five years) to the
   October 1 meeting.

7. ACCOUNTS PAYABLE. Manifest No. 25-37 in the amount of $1,348,226.19
   was approved. Vote 3-0.

8. PUBLIC COMMENT. One resident spoke against facial recognition.

9. ADJOURNMENT. Motion to adjourn at 10:41 AM by Comm. Marchand, second
   by Comm. Tuttle. Vote 3-0.

Respectfully submitted,
Stephen A. Marchand, Clerk
Approved: October 1, 2025""",
     "Rockingham County BOC 09/17/2025 - Page 2 of 2"),
], "pdf", RCSO,
    [RCSO, RCC, "New Hampshire Department of Safety", "Strafford County Sheriff's Office"],
    [IDM, "Trane", "Axon"],
    [MFI, "Axon Body 4"],
    [C(38400, 38400, "one-time", "a State Homeland Security Program subgrant of $38,400", RCSO, IDM, MFI),
     C(8400, 8400, None, "three investigator licenses at $8,400 each", RCSO, IDM, MFI, unit="per user"),
     C(13200, 13200, "year", "first-year maintenance of $13,200", RCSO, IDM, MFI),
     C(13900, 13900, "year", "about $13,900 a year", RCSO, IDM, MFI),
     C(11000, 11000, "year", "pays about $11,000 a year", "Strafford County Sheriff's Office", None)],
    [N(3, "exact", "licenses", None, "three investigator licenses", RCSO, IDM),
     N(96000, "approximately", "images", None, "about 96,000 images", RCSO, IDM),
     N(25, "approximately", "searches", "month", "runs roughly 25 searches a month",
       "Strafford County Sheriff's Office")],
    [P("RSA 105-D:2, XII does not allow facial recognition to be used on body-worn camera recordings", RCSO,
       "prohibition"),
     P("on the condition that the Sheriff present a written policy before the system goes live and a search "
       "report at the end of the grant year.", RCSO, "requirement")],
    [],
    ["2025-09-17", "2025-09-03", "2025-10-01"],
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
