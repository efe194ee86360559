"""Writes docs/*.txt and labels.json for holdout87 (six invented releases: AL, NV, NH, KS, LA, OR).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on policies."""
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


# ---------------------------------------------------------------- 1 Alabama: Gadsden PD (Teams chat)
GPD = "Gadsden Police Department"
CV = "Clearview AI"
RCPD = "Rainbow City Police Department"
doc("01_gadsden-pd-clearview-teams-chat.txt", [
    (None, """\
Microsoft Teams - Chat export
Chat: CID Admin - facial recognition software
Members: Brandon Ashworth, Tanisha Rowe, Corey Pugh, Denise Farrow
Exported 3/19/2024 4:47 PM by Ashworth, Brandon (GPD)
Produced for public records request GPD-ORR-2024-0118

Brandon Ashworth   3/12/2024 9:06 AM
Clearview sent the quote over this morning. Tanisha can you paste the
breakdown in here so Denise can see it?

Tanisha Rowe   3/12/2024 9:14 AM
Pasted from their PDF:

  Clearview AI, Inc.  Quote Q-240312-GAD  (Gadsden Police Dept., AL)
  ------------------------------------------------------------------
  Item                                  Qty       Price        Total
  Clearview Search, annual, per user      8    1,250.00    10,000.00
  Clearview Mobile app                incl.        0.00         0.00
  Onboarding/training, virtual 2 hrs      1    1,500.00     1,500.00
  ------------------------------------------------------------------
  Subtotal                                                 11,500.00
  Government discount 10% (subscription)                   -1,000.00
  Quote total                                              10,500.00
  Term 12 months from activation. Quote valid 30 days.

Denise Farrow   3/12/2024 9:31 AM
So $10,500 the first year. That's under the $15,000 bid threshold in
Ala. Code 41-16-50, so no formal bid is needed. The CID software line
(100-2120-52240) only has $6,200 left though. Where's the rest coming
from?

Brandon Ashworth   3/12/2024 9:38 AM
Chief said federal equitable sharing, not general fund. He'll sign
the request today.

Corey Pugh   3/12/2024 9:52 AM
For comparison Rainbow City PD pays Clearview about $3,800 a year for
three seats. Etowah County SO doesn't pay anything, they send their
photos to the ALEA system.""", "GPD-ORR-2024-0118  Page 1 of 2"),
    (None, """\
Brandon Ashworth   3/12/2024 9:58 AM
ALEA takes 3 to 5 days to come back. We need our own accounts.

Tanisha Rowe   3/12/2024 10:11 AM
Trial numbers since 1/8/2024: 4 trial accounts ran 137 searches.
Their rep says the database is over 50 billion images now.

Denise Farrow   3/12/2024 10:15 AM
Does Legal need a written policy before we sign?

Brandon Ashworth   3/12/2024 10:24 AM
Legal says there's no city ordinance against it, and the written SOP
is still being drafted. Until it's done, Chief signed off on these
ground rules this morning:
1. Searches only on an open case with a GPD case number.
2. No searches for other agencies on our accounts.
3. A Clearview hit is a lead only. It is not probable cause and can't
   go in a warrant affidavit by itself.
4. No photos from protests, church services or school events.

Corey Pugh   3/12/2024 10:26 AM
Got it. I'll tell the detectives at lineup.

Denise Farrow   3/19/2024 3:02 PM
PO 24-001377 issued to Clearview AI, $10,500.00. Reminder the Flock
camera renewal ($27,500) is on its own PO, please don't send me the
two together.

Tanisha Rowe   3/19/2024 3:10 PM
Accounts should be active Monday 3/25/2024. 8 seats: 6 CID
detectives, the crime analyst and Lt. Ashworth.""", "GPD-ORR-2024-0118  Page 2 of 2"),
], "pdf", GPD,
    [GPD, RCPD, "Etowah County Sheriff's Office", "Alabama Law Enforcement Agency"],
    [CV, "Flock Safety"],
    ["Clearview Search", "Clearview Mobile"],
    [C(10000, 10000, "year", "Clearview Search, annual, per user      8    1,250.00    10,000.00",
       GPD, CV, "Clearview Search"),
     C(1250, 1250, "year", "Clearview Search, annual, per user      8    1,250.00",
       GPD, CV, "Clearview Search", unit="per user"),
     C(1500, 1500, "one-time", "Onboarding/training, virtual 2 hrs      1    1,500.00     1,500.00",
       GPD, CV, "Clearview Search"),
     C(10500, 10500, "year", "Quote total                                              10,500.00",
       GPD, CV, "Clearview Search"),
     C(3800, 3800, "year", "pays Clearview about $3,800 a year", RCPD, CV)],
    [N(8, "exact", "licenses", None, "Clearview Search, annual, per user      8", GPD, CV),
     N(3, "exact", "licenses", None, "about $3,800 a year for three seats", RCPD, CV),
     N(4, "exact", "users", None, "4 trial accounts ran 137 searches", GPD, CV),
     N(137, "exact", "searches", None, "4 trial accounts ran 137 searches", GPD, CV),
     N(50000000000, "more than", "images", None, "the database is over 50 billion images", None, CV)],
    [P("Searches only on an open case with a GPD case number.", GPD, "requirement"),
     P("No searches for other agencies on our accounts.", GPD, "prohibition"),
     P("A Clearview hit is a lead only. It is not probable cause and can't go in a warrant affidavit by itself.",
       GPD, "disclaimer"),
     P("No photos from protests, church services or school events.", GPD, "prohibition")],
    [],
    ["2024-03-19", "2024-03-12", "2024-01-08", "2024-03-25"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Nevada: Lander County SO (invoice)
LCSO = "Lander County Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("02_lander-county-so-facesearch-renewal-invoice.txt", [
    (None, """\
MOTOROLA SOLUTIONS, INC.
Vigilant Solutions - Law Enforcement Software
P.O. Box 404059, Atlanta, GA 30384-4059          Fed. Tax ID 36-2210947

                                                         RENEWAL INVOICE
Invoice No.:  7140 228 915                    Invoice Date:  06/14/2024
Customer No.: 1000-387714                     Terms:         Net 30
Customer PO:  LCSO-24-0316                    Due Date:      07/14/2024
Agreement:    VS-SUB-NV-0093 (renewal 3 of 5)

Bill To:                                Service For:
Lander County Auditor-Recorder          Lander County Sheriff's Office
315 South Humboldt Street               50 State Route 305
Battle Mountain, NV 89820               Battle Mountain, NV 89820
                                        Attn: Undersheriff Dale Kimura

Term: 12 months, 08/01/2024 through 07/31/2025

Line  Description                          Qty   Unit Price      Amount
----  -----------------------------------  ---  -----------  ----------
 10   Vigilant FaceSearch - investigative    4     1,875.00    7,500.00
      facial recognition search, named
      user subscription (4 users)
 20   FaceSearch Mobile - agency license     1       950.00      950.00
      for the iOS/Android app, covers
      all FaceSearch users
 30   Agency gallery hosting - booking       1     1,200.00    1,200.00
      photo enrollment and storage,
      up to 25,000 images
 40   LEARN - license plate recognition      1     3,300.00    3,300.00
      (ALPR) data access, agency
      license; not part of FaceSearch
                                          ------------------------------
                                          Subtotal            12,950.00
      Renewal discount 5% (lines 10-30)                         -482.50
      NV sales/use tax - exempt (NRS 372.325)                      0.00
                                          ------------------------------
                                          TOTAL DUE (USD)     12,467.50""", "Page 1 of 2"),
    (None, """\
MOTOROLA SOLUTIONS, INC. - Invoice 7140 228 915 (continued)

Notes
1. Gallery status at the invoice date: 9,412 booking photographs from
   the Lander County Detention Center are enrolled. 25,000 is the
   hosting limit of line 30, not the number enrolled.
2. The prior term (08/01/2023 - 07/31/2024) was billed at $9,180.00
   for lines 10-30 on invoice 7139 904 221.
3. Use of FaceSearch is subject to the Vigilant FaceSearch Terms of
   Use. A candidate returned by FaceSearch is an investigative lead
   only and is not a positive identification of any person.
4. Activity for the agency account, from the FaceSearch administrator
   report for 06/01/2023 - 05/31/2024: 318 searches run by 4 users.
5. The 5% renewal discount applies only if payment is received by
   the due date. Late payments accrue 1.5% per month.

Remit by check:  Motorola Solutions, Inc., P.O. Box 404059, Atlanta,
                 GA 30384-4059 (write the invoice number on the check)
Remit by ACH:    account ending 4471, routing on file with Lander
                 County Treasurer
Billing questions: (800) 555-0136, ar-vigilant@motorolasolutions.example

Thank you for your business.""", "Page 2 of 2"),
], "pdf", LCSO,
    [LCSO, "Lander County Auditor-Recorder", "Lander County Detention Center"],
    [MSI, "Vigilant Solutions"],
    [VFS, "FaceSearch Mobile", "LEARN"],
    [C(7500, 7500, "year", "10   Vigilant FaceSearch - investigative    4     1,875.00    7,500.00", LCSO, MSI, VFS),
     C(1875, 1875, "year", "10   Vigilant FaceSearch - investigative    4     1,875.00", LCSO, MSI, VFS,
       unit="per user"),
     C(950, 950, "year", "20   FaceSearch Mobile - agency license     1       950.00      950.00", LCSO, MSI,
       "FaceSearch Mobile"),
     C(1200, 1200, "year", "30   Agency gallery hosting - booking       1     1,200.00    1,200.00", LCSO, MSI, VFS),
     C(9180, 9180, "year", "The prior term (08/01/2023 - 07/31/2024) was billed at $9,180.00", LCSO, MSI, VFS)],
    [N(4, "exact", "licenses", None, "10   Vigilant FaceSearch - investigative    4", LCSO, MSI),
     N(9412, "exact", "images", None, "9,412 booking photographs from the Lander County Detention Center are enrolled",
       LCSO, MSI),
     N(318, "exact", "searches", "year", "318 searches run by 4 users", LCSO, MSI),
     N(4, "exact", "users", "year", "318 searches run by 4 users", LCSO, MSI)],
    [P("A candidate returned by FaceSearch is an investigative lead only and is not a positive identification of "
       "any person.", LCSO, "disclaimer")],
    [],
    ["2024-06-14", "2024-07-14", "2024-08-01", "2025-07-31", "2023-08-01", "2024-07-31", "2023-06-01",
     "2024-05-31"],
    scan="pdf")


# ---------------------------------------------------------------- 3 New Hampshire: Somersworth PD (minutes)
SPD = "Somersworth Police Department"
VER = "Veritone"
IDN = "Veritone IDentify"
doc("03_somersworth-council-work-session-fr-minutes.txt", [
    (None, """\
CITY OF SOMERSWORTH, NEW HAMPSHIRE
CITY COUNCIL WORK SESSION - MINUTES (EXCERPT, ITEMS 3 AND 4)
Monday, October 7, 2024 - 6:00 PM - Council Chambers, One Government Way

Present: Mayor Gail Thibodeau; Councilors Ray Dube, Anne Gagnon,
Marc Pelletier, Susan Crowell, Tom Hersey, Lynn Varney
Absent: Councilor Paul Ouellette
Staff: City Manager Karen Whitcomb; Police Chief Daniel Renaud;
Capt. Michael Levesque; Finance Director Julie Abbott

Work sessions are for discussion only. No votes are taken.

3. Police Department - facial recognition software (Veritone IDentify)

Chief Renaud said the Department has evaluated Veritone IDentify since
May under a no-cost 90-day pilot and may ask the Council to fund it in
the FY2026 budget. IDentify compares a photo from a case against the
booking photographs of the Strafford County Department of Corrections
and the Department's own arrest photos, about 38,000 images in all. It
does not search social media or the internet.

Councilor Dube asked what it would cost. Finance Director Abbott said
Veritone's proposal is $14,400 for the first year, made up of a
one-time setup fee of $2,400 and an annual subscription of $12,000.
The subscription would then continue at $12,000 per year, with any
increase capped at 3% a year. It would be funded in the Police
operating budget, not the capital improvement program. Councilor Dube
asked whether smaller departments paid less. Chief Renaud said the
Rollinsford Police Department had told him it pays about $2,000 a year
for a small Clearview AI account, but that product searches internet
photos and he did not recommend it.

Councilor Gagnon asked how many officers would have access. Capt.
Levesque said eight accounts in all, for six detectives and two
sergeants. Patrol officers would not have accounts and would send any
request through a detective.""", "Work Session 10/07/2024 - Page 1 of 3"),
    (None, """\
Councilor Gagnon asked how much it was used during the pilot. Capt.
Levesque said 41 searches were run between May 13, 2024 and August 10,
2024. They produced 9 possible matches that detectives followed up,
and two of those led to arrests.

Councilor Pelletier asked what rules govern its use. Chief Renaud said
General Order 2024-11, which he signed for the pilot on May 10, 2024,
already applies and would stay in force. Its main provisions:
 - A search requires an open criminal investigation with a case
   number and the approval of a sergeant or above.
 - A possible match is an investigative lead only and may not be the
   sole basis for an arrest or a warrant application.
 - The software may not be used on body-worn camera recordings, which
   RSA 105-D:2, XII already prohibits.
 - Every search is logged, and the Deputy Chief audits the log twice
   a year.
Chief Renaud added that an officer who misuses the system is subject
to discipline up to and including termination.

Councilor Pelletier asked whether New Hampshire law bans police use of
facial recognition. City Manager Whitcomb said there is no state law
prohibiting its use in criminal investigations apart from the
body-worn camera provision. Councilor Pelletier suggested an annual
public report to the Council on the number of searches. The City
Manager said that could be added to the General Order but is not in it
now; staff will bring back language before the budget hearing.

Councilor Crowell asked whether the Department could share results
with other agencies. Chief Renaud said results may be shared with
another law enforcement agency for an open criminal case.""", "Work Session 10/07/2024 - Page 2 of 3"),
    (None, """\
Mayor Thibodeau said the item will return with the FY2026 budget.

4. Police Department - patrol vehicle replacement

Capt. Levesque presented the request to replace two patrol vehicles
with 128,000 and 141,000 miles at $58,900 each, including upfitting,
for a total of $117,800 from the vehicle replacement reserve. The
Council had no questions and the item will be placed on the October
21, 2024 regular meeting agenda.

Adjourned: 7:52 PM.

Respectfully submitted,
Brenda Lachance, Deputy City Clerk
Approved by the City Council: October 21, 2024""", "Work Session 10/07/2024 - Page 3 of 3"),
], "pdf", SPD,
    [SPD, "City of Somersworth", "Somersworth City Council", "Strafford County Department of Corrections",
     "Rollinsford Police Department"],
    [VER, CV],
    [IDN],
    [C(14400, 14400, "year", "Veritone's proposal is $14,400 for the first year", SPD, VER, IDN),
     C(2400, 2400, "one-time", "one-time setup fee of $2,400", SPD, VER, IDN),
     C(12000, 12000, "year", "an annual subscription of $12,000", SPD, VER, IDN),
     C(2000, 2000, "year", "it pays about $2,000 a year", "Rollinsford Police Department", CV)],
    [N(38000, "approximately", "images", None, "about 38,000 images in all", SPD, VER),
     N(8, "exact", "users", None, "eight accounts in all", SPD, VER),
     N(41, "exact", "searches", None, "41 searches were run", SPD, VER),
     N(9, "exact", "matches", None, "They produced 9 possible matches", SPD, VER),
     N(2, "exact", "arrests", None, "two of those led to arrests", SPD, VER)],
    [P("A search requires an open criminal investigation with a case number and the approval of a sergeant or "
       "above.", SPD, "requirement"),
     P("A possible match is an investigative lead only and may not be the sole basis for an arrest or a warrant "
       "application.", SPD, "disclaimer"),
     P("The software may not be used on body-worn camera recordings, which RSA 105-D:2, XII already prohibits.",
       SPD, "prohibition"),
     P("Every search is logged, and the Deputy Chief audits the log twice a year.", SPD, "requirement"),
     P("an officer who misuses the system is subject to discipline up to and including termination.", SPD,
       "consequence"),
     P("results may be shared with another law enforcement agency for an open criminal case.", SPD,
       "permission")],
    [],
    ["2024-10-07", "2024-05-13", "2024-08-10", "2024-05-10", "2024-10-21"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Kansas: Leavenworth County SO (SOP)
LVSO = "Leavenworth County Sheriff's Office"
DWP = "DataWorks Plus"
FP = "FACE Plus"
REV = """\
REVISION HISTORY

Rev  Date        Section(s)   Change                           Approved
---  ----------  -----------  -------------------------------  ----------
 0   06/15/2020  All          Original issue                   Sheriff
                                                               Hollis
 1   09/01/2021  III.B.2      Added outside-agency requests    Sheriff
                              with commander approval          Hollis
 2   03/20/2023  III.A, IV    Migrated to FACE Plus; licence   Sheriff
                              count and budget updated         Marsh
 3   02/01/2025  III.C.2,     Added BriefCam restriction;      Sheriff
                 III.E.2      log audit changed from           Marsh
                              semiannual to quarterly
 4   (pending)   III.B.3      PROPOSED, NOT IN EFFECT: require  --
                              command approval before any
                              search in a misdemeanor case

Distribution: All Divisions. Questions about this SOP: Investigations
Division commander, (913) 555-0162."""
doc("04_leavenworth-county-so-fr-sop.txt", [
    (None, """\
LEAVENWORTH COUNTY SHERIFF'S OFFICE
STANDARD OPERATING PROCEDURE

SOP No.:  INV-214, Rev. 3                  Effective: February 1, 2025
Title:    Facial Recognition Searches      Replaces:  INV-214, Rev. 2
Approved: Sheriff Andrew Marsh             Review:    Annually

I. PURPOSE
To set the procedure members follow when they use facial recognition
software to develop investigative leads.

II. SCOPE
This SOP applies to all sworn and civilian members. FACE Plus is used
only to compare a probe image against the Leavenworth County Jail
booking gallery to develop investigative leads.

III. PROCEDURE
A. System and access
   1. The Office subscribes to FACE Plus, a hosted facial recognition
      application supplied by DataWorks Plus, LLC. On January 2, 2025
      the booking gallery held 61,883 images.
   2. The Office holds six (6) FACE Plus examiner licenses. Only a
      member assigned one of these licenses may run a search.
   3. A member must complete the vendor's 8-hour examiner course
      before a license is assigned.
B. Permitted use
   1. FACE Plus may be used to identify a suspect, victim or witness
      in an open criminal investigation, a deceased person, or a
      person unable to identify himself or herself.
   2. A search may be run at the request of another law enforcement
      agency only with the approval of the Investigations Division
      commander.
C. Prohibited use
   1. Members shall not use FACE Plus to identify persons engaged in
      lawful assembly, speech or religious activity.
   2. Members shall not enable or use the face recognition module of
      BriefCam, or of any other video analytics tool, for live or
      real-time identification.""", "SOP INV-214 Rev. 3 - Page 1 of 3"),
    (None, """\
D. Results
   1. A candidate returned by FACE Plus is an investigative lead only
      and shall not by itself establish probable cause to arrest.
   2. A second trained examiner shall review the probe image and the
      candidate before the result is released to a case officer.
E. Records and audit
   1. Each search shall be logged in FACE Plus with the case number,
      the offense and the reason for the search.
   2. The Investigations Division commander shall audit the search
      log quarterly and report the results to the Undersheriff.
   3. Search logs are records of the Office and may be withheld from
      public inspection only as K.S.A. 45-221 allows.
F. Violations
   1. A member who misuses FACE Plus will lose access and may be
      disciplined under SOP ADM-110, up to and including termination.

IV. ADMINISTRATION
The FACE Plus subscription is budgeted in the Sheriff's Office
technology line (Fund 001, Dept. 0810, Object 5340) at $8,640 per
year, which is six licenses at $1,440 each. The jail booking
cameras and the Tier 2 server refresh ($21,300) are budgeted in the
Detention Division and are not part of this service.

There is no Office policy prohibiting members from using the Kansas
Bureau of Investigation's facial recognition service; those requests
follow KBI procedures and are not covered by this SOP.""", "SOP INV-214 Rev. 3 - Page 2 of 3"),
    (None, REV, "SOP INV-214 Rev. 3 - Page 3 of 3"),
], "pdf", LVSO,
    [LVSO, "Leavenworth County Jail", "Kansas Bureau of Investigation"],
    [DWP, "BriefCam"],
    [FP],
    [C(8640, 8640, "year", "at $8,640 per year", LVSO, DWP, FP),
     C(1440, 1440, "year", "six licenses at $1,440 each", LVSO, DWP, FP, unit="per user")],
    [N(61883, "exact", "images", None, "the booking gallery held 61,883 images", LVSO, DWP),
     N(6, "exact", "licenses", None, "The Office holds six (6) FACE Plus examiner licenses.", LVSO, DWP)],
    [P("FACE Plus is used only to compare a probe image against the Leavenworth County Jail booking gallery to "
       "develop investigative leads.", LVSO, "purpose"),
     P("Only a member assigned one of these licenses may run a search.", LVSO, "requirement"),
     P("A member must complete the vendor's 8-hour examiner course before a license is assigned.", LVSO,
       "requirement"),
     P("FACE Plus may be used to identify a suspect, victim or witness in an open criminal investigation, a "
       "deceased person, or a person unable to identify himself or herself.", LVSO, "permission"),
     P("A search may be run at the request of another law enforcement agency only with the approval of the "
       "Investigations Division commander.", LVSO, "permission"),
     P("Members shall not use FACE Plus to identify persons engaged in lawful assembly, speech or religious "
       "activity.", LVSO, "prohibition"),
     P("Members shall not enable or use the face recognition module of BriefCam, or of any other video analytics "
       "tool, for live or real-time identification.", LVSO, "prohibition"),
     P("A candidate returned by FACE Plus is an investigative lead only and shall not by itself establish "
       "probable cause to arrest.", LVSO, "disclaimer"),
     P("A second trained examiner shall review the probe image and the candidate before the result is released "
       "to a case officer.", LVSO, "requirement"),
     P("Each search shall be logged in FACE Plus with the case number, the offense and the reason for the "
       "search.", LVSO, "requirement"),
     P("The Investigations Division commander shall audit the search log quarterly and report the results to "
       "the Undersheriff.", LVSO, "requirement"),
     P("A member who misuses FACE Plus will lose access and may be disciplined under SOP ADM-110, up to and "
       "including termination.", LVSO, "consequence")],
    [],
    ["2025-02-01", "2025-01-02", "2020-06-15", "2021-09-01", "2023-03-20"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Louisiana: Thibodaux PD (Apple Mail)
TPD = "Thibodaux Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
SUBJ5 = "Quotation CQ-25-0219 - FaceVACS-DBScan LE - Thibodaux PD"
doc("05_thibodaux-pd-cognitec-quote-apple-mail.txt", [
    (None, """\
From:    Laurent Bergeron <lbergeron@ci.thibodaux.la.us>
Subject: Re: Cognitec - questions before budget
Date:    March 3, 2025 at 8:41:07 AM CST
To:      Andre Guidry <aguidry@ci.thibodaux.la.us>
Cc:      Nicole Chiasson <nchiasson@ci.thibodaux.la.us>

Andre - answers inline below.

> On Feb 28, 2025, at 4:16 PM, Andre Guidry
> <aguidry@ci.thibodaux.la.us> wrote:
>
> Chief, a few questions on the Cognitec quote I forwarded yesterday.
> Year one comes to $26,550, then maintenance after that.
>
> 1. Can we fit it in this year's budget?

No. The Axon taser payment ($11,240) already took the equipment line.
Put it in the FY2026 request (the year starts October 1, 2025) and
I'll take it to the Mayor and Council.

> 2. Until then, do we keep sending photos to LA-SAFE at State Police?
> Last year we sent them 23 requests and it took about 6 days on
> average to get a response.

Yes, keep using LA-SAFE. Same rules as now: requests only for
Thibodaux cases, and every request has to carry a TPD item number.
Results from LA-SAFE are leads only and can't be the basis for an
arrest by themselves.

> 3. If we buy it, can we run searches for Lafourche SO or Nicholls
> State PD when they ask?

Not decided. I'd lean no, but the city attorney will have to weigh
in before we write the policy.

> 4. Terrebonne SO got a Cognitec system through a homeland security
> grant, about $40,000 all in. Worth asking how they did it?

Yes, call them.

Chief Laurent Bergeron
Thibodaux Police Department | 1309 Canal Blvd. | (985) 555-0144""", "TPD PRR 25-031  000007"),
    (None, """\
From:    Andre Guidry <aguidry@ci.thibodaux.la.us>
Subject: Fwd: Quotation CQ-25-0219 - FaceVACS-DBScan LE - Thibodaux PD
Date:    February 27, 2025 at 5:38:52 PM CST
To:      Laurent Bergeron <lbergeron@ci.thibodaux.la.us>

Chief, quote from Cognitec below. Questions to follow tomorrow.

Begin forwarded message:

From: Mark Hellweg <mhellweg@cognitec-us.example>
Subject: Quotation CQ-25-0219 - FaceVACS-DBScan LE - Thibodaux PD
Date: February 27, 2025 at 3:02:18 PM EST
To: Andre Guidry <aguidry@ci.thibodaux.la.us>

Lieutenant Guidry,

Thank you for the call. Our quotation is below.

  Item                                                  Price (USD)
  FaceVACS-DBScan LE server license, perpetual,
    up to 100,000 enrolled images                         18,500.00
  Client licenses (3 workstations) @ 1,100.00              3,300.00
  Installation and examiner training, on site              4,750.00
  -----------------------------------------------------------------
  Total, year one                                         26,550.00

  Annual software maintenance from year two: 20% of
    license fees, $4,360.00 per year

Prices exclude Louisiana state and parish sales taxes and are valid
for 60 days. DBScan LE enrolls your agency's own booking photos; we
do not supply images.

Best regards,
Mark Hellweg, Public Safety Sales, Cognitec Systems Corp.""", "TPD PRR 25-031  000008"),
], "print", TPD,
    [TPD, "Louisiana State Police", "Lafourche Parish Sheriff's Office",
     "Nicholls State University Police Department", "Terrebonne Parish Sheriff's Office"],
    [COG, "Axon"],
    [DBS, "LA-SAFE"],
    [C(18500, 18500, "one-time", "FaceVACS-DBScan LE server license, perpetual,\n"
       "    up to 100,000 enrolled images                         18,500.00", TPD, COG, DBS),
     C(3300, 3300, "one-time", "Client licenses (3 workstations) @ 1,100.00              3,300.00", TPD, COG, DBS),
     C(1100, 1100, "one-time", "Client licenses (3 workstations) @ 1,100.00", TPD, COG, DBS, unit="per user"),
     C(4750, 4750, "one-time", "Installation and examiner training, on site              4,750.00", TPD, COG, DBS),
     C(26550, 26550, "year", "Year one comes to $26,550", TPD, COG, DBS),
     C(4360, 4360, "year", "license fees, $4,360.00 per year", TPD, COG, DBS),
     C(40000, 40000, None, "about $40,000 all in", "Terrebonne Parish Sheriff's Office", COG)],
    [N(23, "exact", "requests", "year", "Last year we sent them 23 requests", TPD, None),
     N(3, "exact", "licenses", None, "Client licenses (3 workstations)", TPD, COG)],
    [P("requests only for Thibodaux cases, and every request has to carry a TPD item number.", TPD, "requirement"),
     P("Results from LA-SAFE are leads only and can't be the basis for an arrest by themselves.", TPD,
       "disclaimer")],
    [E("Laurent Bergeron", "Andre Guidry", "March 3, 2025 at 8:41:07 AM CST", "Re: Cognitec - questions before budget"),
     E("Andre Guidry", "Laurent Bergeron", "Feb 28, 2025, at 4:16 PM", None),
     E("Andre Guidry", "Laurent Bergeron", "February 27, 2025 at 5:38:52 PM CST", "Fwd: " + SUBJ5),
     E("Mark Hellweg", "Andre Guidry", "February 27, 2025 at 3:02:18 PM EST", SUBJ5)],
    ["2025-03-03", "2025-02-28", "2025-02-27", "2025-10-01"],
    scan="photocopy")


# ---------------------------------------------------------------- 6 Oregon: Beaverton PD (grant budget narrative)
BPD = "Beaverton Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("06_beaverton-pd-jag-fr-budget-narrative.txt", [
    (None, """\
CITY OF BEAVERTON POLICE DEPARTMENT
FY 2024 Edward Byrne Memorial Justice Assistance Grant (JAG) Program
Local Solicitation O-BJA-2024-172016 - Application GMS-2024-41937
Project: Investigative Facial Recognition Capability
Attachment 3: Budget Narrative and Sustainment Plan

1. Overview
The Beaverton Police Department requests $36,100 in JAG funds to buy
and implement NeoFace Reveal, an investigative facial recognition
application from NEC Corporation of America. The City will add $5,400
in general-fund cash, for a total project budget of $41,500. No match
is required under JAG; the City's share is voluntary.

In calendar year 2023 Beaverton detectives sent 57 requests for face
comparisons to partner agencies, chiefly the Washington County
Sheriff's Office. NeoFace Reveal will search the Washington County
booking photo archive, about 212,000 images, under an
intergovernmental agreement signed in April 2024.

2. Budget by category

Category                      JAG (federal)   City cash        Total
----------------------------  -------------  ----------  -----------
A. Personnel                           0.00        0.00         0.00
B. Fringe benefits                     0.00        0.00         0.00
C. Travel                              0.00        0.00         0.00
D. Equipment                       4,900.00        0.00     4,900.00
E. Supplies                            0.00        0.00         0.00
F. Construction                        0.00        0.00         0.00
G. Subawards                           0.00        0.00         0.00
H. Procurement contracts          31,200.00    5,400.00    36,600.00
I. Other costs                         0.00        0.00         0.00
J. Indirect costs                      0.00        0.00         0.00
----------------------------  -------------  ----------  -----------
TOTAL                             36,100.00    5,400.00    41,500.00

The City does not claim indirect costs, including the 10% de minimis
rate allowed under 2 CFR 200.414(f).""", "BPD JAG FY24 - Attachment 3 - Page 1 of 3"),
    (None, """\
3. Category detail

D. Equipment - $4,900. One examiner workstation (tower and two
monitors) dedicated to NeoFace Reveal, bought under the City's
existing hardware contract.

H. Procurement contracts - $36,600, sole source to NEC Corporation of
America under City purchasing rules (BMC 3.10.075):
  - NeoFace Reveal annual subscription and hosting,
    6 named examiner licenses x $4,300 ...................... $25,800
  - Implementation, configuration and gallery migration,
    one-time ................................................ $7,400
  - On-site examiner training, 24-hour course (6 examiners) ... $3,400
JAG pays $31,200 of this category and the City pays $5,400.

Not in this budget: the Department's separate JAG request for two
radar speed trailers ($14,600), and body-worn camera storage, which
is funded in the Axon contract.

4. Use and oversight
Searches are governed by BPD General Order 8.27, Facial Recognition
(adopted May 2024). Under the order, NeoFace Reveal may be used only
to identify suspects, victims and witnesses in criminal
investigations. A possible match is an investigative lead only and is
not probable cause. The order prohibits searches of body-worn camera
recordings, consistent with ORS 133.741. Each examiner must complete
the 24-hour NEC course before receiving a license.

The Department intends to propose an annual public use report to the
City Council in 2025; that proposal has not been adopted. The City of
Portland's ban on face recognition applies only within Portland and
does not cover Beaverton.""", "BPD JAG FY24 - Attachment 3 - Page 2 of 3"),
    (None, """\
5. Performance measures
 - Target: at least 250 searches in the first 12 months of use.
 - Target: 100% of possible matches reviewed by a second examiner.
 - Quarterly reports in JustGrants (PMT) for the award period.

6. Sustainment plan
The grant pays for year 1. From year 2 the subscription moves to the
Police operating budget in the City general fund. NEC's quote caps
annual increases at 3%.

Year  Period               Item                         Amount  Source
----  -------------------  ---------------------  -----------  ---------
  1   Oct 2024 - Sep 2025  Subscription, 6 lic.     $25,800.00  JAG/City
                           Implementation            $7,400.00  JAG
                           Training                  $3,400.00  JAG
  2   Oct 2025 - Sep 2026  Subscription, 6 lic.     $26,574.00  General
                                                                fund
  3   Oct 2026 - Sep 2027  Subscription, 6 lic.     $27,371.00  General
                                                                fund
  4   Oct 2027 - Sep 2028  Subscription, 6 lic.     $28,192.00  General
                                                                fund

The workstation is expected to last five years and will be replaced
from the City's IT replacement fund. If the City Council does not
fund the subscription in year 2, the Department will end the service
and return to sending requests to partner agencies.

Contact: Lt. Rachel Okafor, Investigations Division, (503) 555-0119
UEI: K7PLM3RX9QN1""", "BPD JAG FY24 - Attachment 3 - Page 3 of 3"),
], "pdf", BPD,
    [BPD, "City of Beaverton", "Bureau of Justice Assistance", "Washington County Sheriff's Office",
     "Beaverton City Council", "City of Portland"],
    [NEC, "Axon"],
    [NFR],
    [C(36100, 36100, "one-time", "requests $36,100 in JAG funds", BPD, NEC, NFR),
     C(5400, 5400, None, "The City will add $5,400 in general-fund cash", BPD, NEC, NFR),
     C(41500, 41500, None, "a total project budget of $41,500", BPD, NEC, NFR),
     C(4900, 4900, None, "D. Equipment                       4,900.00", BPD, None, NFR),
     C(36600, 36600, None, "H. Procurement contracts          31,200.00    5,400.00    36,600.00", BPD, NEC, NFR),
     C(31200, 31200, None, "H. Procurement contracts          31,200.00", BPD, NEC, NFR),
     C(25800, 25800, "year", "6 named examiner licenses x $4,300 ...................... $25,800", BPD, NEC, NFR),
     C(4300, 4300, "year", "6 named examiner licenses x $4,300", BPD, NEC, NFR, unit="per user"),
     C(7400, 7400, "one-time", "one-time ................................................ $7,400", BPD, NEC, NFR),
     C(3400, 3400, "one-time", "On-site examiner training, 24-hour course (6 examiners) ... $3,400", BPD, NEC, NFR),
     C(26574, 26574, "year", "Subscription, 6 lic.     $26,574.00", BPD, NEC, NFR),
     C(27371, 27371, "year", "Subscription, 6 lic.     $27,371.00", BPD, NEC, NFR),
     C(28192, 28192, "year", "Subscription, 6 lic.     $28,192.00", BPD, NEC, NFR)],
    [N(57, "exact", "requests", "year", "In calendar year 2023 Beaverton detectives sent 57 requests", BPD, None),
     N(212000, "approximately", "images", None, "about 212,000 images", BPD, NEC),
     N(6, "exact", "licenses", None, "6 named examiner licenses", BPD, NEC)],
    [P("NeoFace Reveal may be used only to identify suspects, victims and witnesses in criminal investigations.",
       BPD, "purpose"),
     P("A possible match is an investigative lead only and is not probable cause.", BPD, "disclaimer"),
     P("The order prohibits searches of body-worn camera recordings, consistent with ORS 133.741.", BPD,
       "prohibition"),
     P("Each examiner must complete the 24-hour NEC course before receiving a license.", BPD, "requirement")],
    [],
    ["2023", "2024-04", "2024-05", "2025", "2024-10", "2025-09", "2025-10", "2026-09", "2026-10", "2027-09",
     "2027-10", "2028-09"],
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
