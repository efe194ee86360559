"""Writes docs/*.txt and labels.json for holdout90 (six invented releases: MN, GA, NM, CT, KY, UT).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, and `kind` on policies)."""
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


# ---------------------------------------------------------------- 1 Minnesota: Coon Rapids PD
CRPD = "Coon Rapids Police Department"
ACSO = "Anoka County Sheriff's Office"
CV = "Clearview AI"
doc("01_coon-rapids-pd-slack-clearview-seats.txt", [
    (None, """\
Slack export  |  Coon Rapids Police Department workspace
Channel: #crime-analysis (private)      Exported: 10/08/2024 2:22 PM CDT
Export range: 10/03/2024 - 10/07/2024   Exported by: Jenna Halvorsen
MGDPA data request DP-2024-0613 - responsive record 4 of 9

------------------------ Thursday, October 3rd ------------------------

Jenna Halvorsen  9:14 AM
Clearview renewal showed up in the AP queue this morning. Pasting the
summary page so we can sort out seats before it goes to Lt. Brandt.

Jenna Halvorsen  9:16 AM
    CLEARVIEW AI, INC.  |  INVOICE INV-24-10417  |  Terms: Net 45
    Bill to: City of Coon Rapids - Police Department
    Service period: 11/01/2024 - 10/31/2025
    -------------------------------------------------------------
    Clearview Search subscription, 8 user licenses
      @ $1,850.00 per user per year                   $14,800.00
    Clearview Mobile access (8 users)                    included
    Credit - unused license, prior term                 -$925.00
    Sales tax (exempt, Form ST3 on file)                    $0.00
    AMOUNT DUE                                         $13,875.00
    -------------------------------------------------------------

Marcus Oyelaran  9:21 AM
8 seats? Since January it's basically been the three of us analysts
and the two burglary guys.

Jenna Halvorsen  9:24 AM
Pulled the admin dashboard just now: 1,317 searches year to date
across all our accounts, and 6 of the 8 accounts ran at least one.
The two patrol sergeant seats are sitting at zero.

Dana Kowalczyk  9:30 AM
For comparison, last year's invoice was $12,950 for 7 seats, and we
ran 1,164 searches in all of 2023. So usage is up even though fewer
people are actually in it.

Marcus Oyelaran  9:33 AM
What does Anoka County pay? Their analyst said they're on it too.""", None),
    (None, """\
Dana Kowalczyk  9:41 AM
Anoka County Sheriff's Office has 15 seats and pays roughly $24,000 a
year, but that covers their contract cities too. Not apples to apples.

Jenna Halvorsen  9:44 AM
The $925 credit is the seat we dropped in March. Rep says we can drop
the two sergeant seats at renewal but not mid-term.

Tomas Reinholt  9:52 AM
Before anyone cuts seats: Policy 424 still says every search needs a
CR number and an offense code in the notes. Half the sergeant searches
last year didn't have one, which is probably why they quit using it.

Tomas Reinholt  9:53 AM
And reminder, nothing from Clearview goes into a complaint or a
warrant app as the ID. It's a lead only until you confirm it some
other way.

Marcus Oyelaran  9:58 AM
Is the Flock renewal ($27,500) in the same AP batch? Don't want those
mixed up again like in April.

Jenna Halvorsen  10:01 AM
Separate batch, different org code (Flock 101-4210, Clearview
101-4220).

------------------------- Friday, October 4th -------------------------

Lt. Aaron Brandt  8:05 AM
Read the thread. Renew at 6 seats. Policy 424 also bars uploading DVS
license photos to Clearview, so tell the sergeants that is not the
workaround. Jenna, ask the rep for a revised invoice.

Jenna Halvorsen  8:11 AM
:thumbsup: will do. Revised one should come as INV-24-10417-R.

Dana Kowalczyk  8:14 AM
:+1:""", None),
], "print", CRPD,
    [CRPD, "City of Coon Rapids", ACSO, "Minnesota Driver and Vehicle Services"],
    [CV, "Flock Safety"],
    ["Clearview Search", "Clearview Mobile"],
    [C(14800, 14800, "year", "Clearview Search subscription, 8 user licenses @ $1,850.00 per user per year "
       "$14,800.00", CRPD, CV, "Clearview Search"),
     C(1850, 1850, "year", "@ $1,850.00 per user per year", CRPD, CV, "Clearview Search", unit="per user"),
     C(13875, 13875, "year", "AMOUNT DUE                                         $13,875.00", CRPD, CV,
       "Clearview Search"),
     C(12950, 12950, "year", "last year's invoice was $12,950 for 7 seats", CRPD, CV, "Clearview Search"),
     C(24000, 24000, "year", "pays roughly $24,000 a year", ACSO, CV)],
    [N(8, "exact", "licenses", None, "Clearview Search subscription, 8 user licenses", CRPD, CV),
     N(1317, "exact", "searches", None, "1,317 searches year to date", CRPD, CV),
     N(6, "exact", "users", None, "6 of the 8 accounts ran at least one", CRPD, CV),
     N(7, "exact", "licenses", None, "$12,950 for 7 seats", CRPD, CV),
     N(1164, "exact", "searches", "year", "ran 1,164 searches in all of 2023", CRPD, CV),
     N(15, "exact", "licenses", None, "Anoka County Sheriff's Office has 15 seats", ACSO, CV),
     N(6, "exact", "licenses", None, "Renew at 6 seats.", CRPD, CV)],
    [P("Policy 424 still says every search needs a CR number and an offense code in the notes.", CRPD,
       "requirement"),
     P("nothing from Clearview goes into a complaint or a warrant app as the ID. It's a lead only until you "
       "confirm it some other way.", CRPD, "disclaimer"),
     P("Policy 424 also bars uploading DVS license photos to Clearview", CRPD, "prohibition")],
    [],
    ["2024-10-08", "2024-10-03", "2024-10-07", "2024-11-01", "2025-10-31", "2024-10-04", "2023"])


# ---------------------------------------------------------------- 2 Georgia: Valdosta PD
VPD = "Valdosta Police Department"
DWP = "DataWorks Plus"
doc("02_valdosta-pd-dataworks-invoice.txt", [
    (None, """\
DATAWORKS PLUS, LLC                                          INVOICE
728 N. Pleasantburg Drive, Greenville, SC 29607
Phone (864) 555-0176   billing@dataworksplus.example   FEIN 57-1108842

Invoice No.:  DWP-48215                  Invoice Date:  07/15/2024
Customer No.: C-GA-0231                  Due Date:      08/14/2024
Contract:     VPD-FP-2022-07             Customer PO:   24-001377

BILL TO                                  SHIP TO
City of Valdosta                         Valdosta Police Department
Finance Dept. - Accounts Payable         Criminal Investigations Unit
216 E. Central Avenue                    500 N. Toombs Street
Valdosta, GA 31601                       Valdosta, GA 31601
                                         Attn: Capt. Renee Lusk

Item  Description                                              Amount
----  ---------------------------------------------------  ----------
1     FACE Plus facial recognition - annual software        18,600.00
      maintenance and support, 08/01/2024 - 07/31/2025
      (10 concurrent investigator licenses)
2     ROC SDK matching algorithm sublicense (Rank One        4,200.00
      Computing), annual, for 1 FACE Plus server
3     FACE Plus Mobile - annual subscription                 3,000.00
      (6 mobile user licenses at $500.00 each)
4     Digital PhotoManager booking capture workstation       7,450.00
      (2 workstations incl. camera and lighting kit)
5     Shipping and handling - item 4 (2 boxes, ground)         160.00
                                                           ----------
                                          Subtotal          33,410.00
                  Georgia sales tax 8.00% (item 4 only)        596.00
                                          TOTAL DUE         34,006.00

Item 1 renewal price reflects the 4% annual increase in the contract
over the 08/01/2023 - 07/31/2024 term ($17,885.00).

PAYMENT TERMS: Net 30 days from invoice date. Past-due balances accrue
a finance charge of 1.5% per month (18% per year). Please write the
invoice number on your remittance. ACH: Palmetto Commerce Bank,
account ending 4471. Checks: P.O. Box 16033, Greenville, SC 29606.""",
     "Page 1 of 2"),
    (None, """\
DATAWORKS PLUS, LLC - INVOICE DWP-48215 (continued)

LICENSE NOTES
FACE Plus candidate results are investigative leads only and do not
constitute a positive identification. Software is licensed to the
Customer for law enforcement use at the Ship To address. Item 4 is
booking photo capture hardware and is not part of the FACE Plus
software subscription.

TAX NOTE
Software maintenance and subscriptions (items 1-3) are not taxable in
Georgia. If the Customer is exempt from tax on item 4, send Form ST-5
to billing and a credit memo will be issued.

------------------------------ cut here ------------------------------
REMITTANCE ADVICE
Customer: City of Valdosta (C-GA-0231)     Invoice: DWP-48215
Amount due: $34,006.00                      Due: 08/14/2024
Amount enclosed: $______________

======================================================================
CITY OF VALDOSTA - ACCOUNTS PAYABLE           RECEIVED  JUL 22 2024
Approved for payment: items 1-3 to 100-3221-52.3850 (Police software);
items 4-5 and tax to 100-3226-54.2500 (Police equipment). Tax exemption
requested 07/23/2024.  Initials: RL   Voucher: AP-24-06118
======================================================================""",
     "Page 2 of 2"),
], "print", VPD,
    ["City of Valdosta", VPD],
    [DWP, "Rank One Computing"],
    ["FACE Plus", "ROC SDK", "FACE Plus Mobile", "Digital PhotoManager"],
    [C(18600, 18600, "year", "1     FACE Plus facial recognition - annual software        18,600.00", VPD, DWP,
       "FACE Plus"),
     C(4200, 4200, "year", "2     ROC SDK matching algorithm sublicense (Rank One        4,200.00", VPD, DWP,
       "ROC SDK"),
     C(3000, 3000, "year", "3     FACE Plus Mobile - annual subscription                 3,000.00", VPD, DWP,
       "FACE Plus Mobile"),
     C(500, 500, "year", "(6 mobile user licenses at $500.00 each)", VPD, DWP, "FACE Plus Mobile",
       unit="per user"),
     C(17885, 17885, "year", "over the 08/01/2023 - 07/31/2024 term ($17,885.00)", VPD, DWP, "FACE Plus")],
    [N(10, "exact", "licenses", None, "(10 concurrent investigator licenses)", VPD, DWP),
     N(6, "exact", "licenses", None, "(6 mobile user licenses at $500.00 each)", VPD, DWP)],
    [P("FACE Plus candidate results are investigative leads only and do not constitute a positive "
       "identification.", VPD, "disclaimer")],
    [],
    ["2024-07-15", "2024-08-14", "2024-08-01", "2025-07-31", "2023-08-01", "2024-07-31", "2024-07-22",
     "2024-07-23"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 New Mexico: Gallup PD
GPD = "Gallup Police Department"
VT = "Veritone"
doc("03_gallup-city-council-minutes-veritone.txt", [
    (None, """\
CITY OF GALLUP, NEW MEXICO
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
Tuesday, March 11, 2025, 6:00 p.m.
City Hall Council Chambers, 110 West Aztec Avenue

1. CALL TO ORDER
Mayor Delia Yazzie-Romero called the meeting to order at 6:01 p.m.

2. ROLL CALL
Present: Mayor Delia Yazzie-Romero; Councilors Anthony Sandoval
(District 1), Marisol Chee (District 2), Robert Kaye (District 3) and
Lorraine Pettigrew (District 4). Also present: City Manager Colin
Harwood, City Attorney Naomi Frias, City Clerk Alfred Benally and
Police Chief Gilbert Archuleta.

3. PLEDGE OF ALLEGIANCE AND MOMENT OF SILENCE

4. APPROVAL OF AGENDA
Councilor Kaye moved to approve the agenda as presented, seconded by
Councilor Chee. Motion carried unanimously by voice vote.

5. CONSENT AGENDA
  A. Approval of the minutes of the February 25, 2025 regular meeting.
  B. Award of Bid No. 2025-04, South Second Street waterline
     replacement, to Four Corners Pipeline, Inc. in the amount of
     $486,212.50 including New Mexico gross receipts tax.
  C. Lodgers' Tax Advisory Board recommendation: $12,000 to the
     Gallup Inter-Tribal Indian Ceremonial Association for 2025
     advertising.
  D. Approval of a professional services agreement with Veritone,
     Inc. for IDentify facial recognition software for the Gallup
     Police Department: three-year term, $18,000 per year, total not
     to exceed $54,000.
  E. Resolution R-2025-09 accepting a Local Government Division grant
     of $38,500 for replacement radio consoles at Metro Dispatch.

Councilor Pettigrew asked that Item 5.D be removed from the consent
agenda for separate discussion. Councilor Sandoval moved to approve
Consent Agenda Items A, B, C and E, seconded by Councilor Kaye.
Roll call vote: Sandoval - yes; Chee - yes; Kaye - yes; Pettigrew -
yes. Motion carried 4-0.""", "Regular Meeting Minutes - March 11, 2025 - Page 1 of 3"),
    (None, """\
6. ITEM REMOVED FROM CONSENT
5.D  Professional services agreement - Veritone IDentify

Chief Archuleta said IDentify compares a photo of an unknown suspect
with the department's own booking photographs. The gallery would hold
about 68,000 booking photos taken by the Gallup Police Department and
the McKinley County Adult Detention Center since 2009. Twelve
investigators and crime analysts would receive user licenses. The
first-year payment would come from the department's Law Enforcement
Protection Fund distribution and years two and three from the General
Fund. Veritone has waived its $4,000 onboarding fee.

Councilor Pettigrew asked what other departments pay. Chief Archuleta
said the Farmington Police Department pays about $15,000 a year for a
comparable service from a different vendor.

Councilor Chee asked whether the software could be used on live
camera feeds downtown. Chief Archuleta answered that under General
Order 413 IDentify may not be used on live or real-time video. He said
a search may be run only for an open criminal case with a case number.
A possible match is an investigative lead and can never by itself be
probable cause for an arrest. An officer who misuses the system loses
access and is referred to Internal Affairs.

Councilor Chee asked whether results would be shared with federal
agencies. The Chief said the department has no written policy on that
question; a revision of General Order 413 is being drafted and would
come to Council as an information item.

City Attorney Frias said the agreement states that the City owns its
images and that Veritone may not use them to train its products.

Public comment: Two residents spoke against the item and one spoke in
favor.""", "Regular Meeting Minutes - March 11, 2025 - Page 2 of 3"),
    (None, """\
Councilor Kaye moved to approve Item 5.D with the condition that the
Police Department report to the Council each year the number of
searches run and the arrests that followed, seconded by Councilor
Sandoval. Councilor Pettigrew moved to table the item to March 25;
the motion to table died for lack of a second.

Roll call vote on the main motion: Sandoval - yes; Chee - no; Kaye -
yes; Pettigrew - no. The vote being tied 2-2, Mayor Yazzie-Romero
voted yes. Motion carried 3-2.

7. REPORTS
City Manager Harwood reported that the Aztec Avenue streetscape
project is 85% complete.

8. ADJOURNMENT
There being no further business, the meeting adjourned at 7:12 p.m.
The next regular meeting is Tuesday, March 25, 2025 at 6:00 p.m.


APPROVED: March 25, 2025


______________________________        ______________________________
Delia Yazzie-Romero, Mayor            ATTEST: Alfred Benally,
                                      City Clerk""", "Regular Meeting Minutes - March 11, 2025 - Page 3 of 3"),
], "pdf", GPD,
    ["City of Gallup", "Gallup City Council", GPD, "McKinley County Adult Detention Center",
     "Farmington Police Department", "New Mexico Department of Finance and Administration", "Metro Dispatch"],
    [VT, "Four Corners Pipeline"],
    ["IDentify"],
    [C(18000, 18000, "year", "$18,000 per year", GPD, VT, "IDentify"),
     C(None, 54000, None, "total not to exceed $54,000", GPD, VT, "IDentify"),
     C(15000, 15000, "year", "the Farmington Police Department pays about $15,000 a year",
       "Farmington Police Department", None)],
    [N(68000, "approximately", "images", None, "about 68,000 booking photos", GPD, VT),
     N(12, "exact", "licenses", None, "Twelve investigators and crime analysts would receive user licenses",
       GPD, VT)],
    [P("under General Order 413 IDentify may not be used on live or real-time video.", GPD, "prohibition"),
     P("a search may be run only for an open criminal case with a case number.", GPD, "requirement"),
     P("A possible match is an investigative lead and can never by itself be probable cause for an arrest.",
       GPD, "disclaimer"),
     P("An officer who misuses the system loses access and is referred to Internal Affairs.", GPD,
       "consequence"),
     P("the Police Department report to the Council each year the number of searches run and the arrests "
       "that followed", GPD, "requirement")],
    [],
    ["2025-03-11", "2025-02-25", "2025", "2009", "2025-03-25"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Connecticut: Bristol PD
BPD = "Bristol Police Department"
DESPP = "Connecticut Department of Emergency Services and Public Protection"
doc("04_bristol-pd-despp-frss-mou.txt", [
    (None, """\
                     MEMORANDUM OF UNDERSTANDING
                              between the
   STATE OF CONNECTICUT, DEPARTMENT OF EMERGENCY SERVICES AND PUBLIC
           PROTECTION, DIVISION OF STATE POLICE ("DESPP")
                                and the
     CITY OF BRISTOL POLICE DEPARTMENT ("Participating Agency")

   for Access to the Connecticut Facial Recognition Search Service
                      MOU No. DESPP-FRSS-24-117

1. PURPOSE
This Memorandum of Understanding ("MOU") sets the terms on which the
Participating Agency may access the Connecticut Facial Recognition
Search Service ("FRSS"), operated by DESPP through the State Police
Bureau of Identification under Conn. Gen. Stat. sec. 29-11. FRSS runs
the IDEMIA MorphoFace Investigate application.

2. THE FRSS GALLERY
2.1 The FRSS gallery holds approximately 1.6 million arrest photographs
of about 720,000 individuals, submitted through the state's livescan
booking network. Photographs held by the Connecticut Department of
Motor Vehicles are not in the gallery and cannot be searched in FRSS.
2.2 During calendar year 2023, 58 participating agencies submitted
11,402 searches to FRSS.

3. TERM AND TERMINATION
This MOU takes effect on the date of the last signature and runs for
three (3) years. Either party may end it on sixty (60) days' notice.

4. FEES
4.1 The Participating Agency shall pay DESPP the fees in the schedule
below. DESPP may revise them once a year on ninety (90) days' notice.

  Annual access fee, first five (5) user accounts ........ $2,400.00
  Each additional user account, per year .................   $650.00
  User training and certification, per user (one-time) ...   $175.00

4.2 The Participating Agency requests seven (7) user accounts. Its
annual fee is $3,700.00 ($2,400.00 plus two additional accounts),
invoiced each July 1. Training for seven users is $1,225.00, invoiced
once with the first annual fee.""", "DESPP-FRSS-24-117  |  Page 1 of 3"),
    (None, """\
5. USER LIMITS AND USE RESTRICTIONS
5.1 No Participating Agency may hold more than ten (10) user accounts.
5.2 Each user must complete the DESPP FRSS training course before an
account is issued and every two (2) years thereafter.
5.3 FRSS may be used only to support an active criminal
investigation, to locate a missing or endangered person, or to
identify a deceased person.
5.4 Users shall not submit images of persons engaged in lawful
assembly, protest or other activity protected by the First Amendment,
unless the person is the suspect in a specific crime.
5.5 FRSS shall not be used for live or real-time identification from
video, or to track the movements of any person.
5.6 Each search shall be recorded with the agency case number and the
user's stated reason for the search.
5.7 An FRSS candidate list is an investigative lead only and is not a
positive identification or probable cause for any arrest.
5.8 Access shall comply with the FBI CJIS Security Policy, version
5.9.5, and with the Connecticut On-Line Law Enforcement Communications
Teleprocessing (COLLECT) user agreement.
5.9 DESPP may suspend the account of any user who violates this
Section 5 and may end the Participating Agency's access for repeated
violations.

6. AUDIT
DESPP shall audit at least 5% of each Participating Agency's searches
every year and shall send the results to the agency head. The
Participating Agency shall keep its own search records for three (3)
years.

7. NO COST TO DESPP; NO THIRD-PARTY RIGHTS
Each party bears its own costs except the fees in Section 4. Nothing
in this MOU gives any right to a third party, and nothing in it
obligates the State to appropriate funds.

8. CONTACTS
DESPP: FRSS Program Manager, Bureau of Identification, 1111 Country
Club Road, Middletown, CT 06457, (860) 555-0123.
Participating Agency: Lt. Samuel Okafor, Detective Division, 131 North
Main Street, Bristol, CT 06010, (860) 555-0190.""", "DESPP-FRSS-24-117  |  Page 2 of 3"),
    (None, """\
9. SIGNATURES

For the State of Connecticut, Department of Emergency Services and
Public Protection:

/s/ Marguerite H. Delaney                    Date: June 20, 2024
Marguerite H. Delaney, Deputy Commissioner


For the City of Bristol Police Department:

/s/ Brian K. Ferrante                        Date: June 11, 2024
Brian K. Ferrante, Chief of Police

Approved as to form:
/s/ Lydia Marchand                           Date: June 10, 2024
Lydia Marchand, Corporation Counsel, City of Bristol


EXHIBIT A - AUTHORIZED USERS (initial)
  1. Det. Carla Mendes          5. Det. Owen Pratt
  2. Det. Sgt. Paul Wysocki     6. Crime Analyst Tara Lindqvist
  3. Det. Hannah Ruiz           7. Lt. Samuel Okafor (administrator)
  4. Det. Kevin Doyle

Exhibit A may be updated by written notice to the FRSS Program
Manager, within the limit in Section 5.1.""", "DESPP-FRSS-24-117  |  Page 3 of 3"),
], "pdf", BPD,
    [DESPP, "Connecticut State Police", BPD, "City of Bristol", "Connecticut Department of Motor Vehicles",
     "Federal Bureau of Investigation"],
    ["IDEMIA"],
    ["MorphoFace Investigate"],
    [C(2400, 2400, "year", "Annual access fee, first five (5) user accounts ........ $2,400.00", BPD, None),
     C(650, 650, "year", "Each additional user account, per year .................   $650.00", BPD, None,
       unit="per user"),
     C(175, 175, "one-time", "User training and certification, per user (one-time) ...   $175.00", BPD, None,
       unit="per user"),
     C(3700, 3700, "year", "annual fee is $3,700.00", BPD, None),
     C(1225, 1225, "one-time", "Training for seven users is $1,225.00", BPD, None)],
    [N(1600000, "approximately", "images", None, "approximately 1.6 million arrest photographs", DESPP, None),
     N(720000, "approximately", "images", None, "about 720,000 individuals", DESPP, None),
     N(11402, "exact", "searches", "year", "11,402 searches to FRSS", DESPP, None),
     N(7, "exact", "users", None, "requests seven (7) user accounts", BPD, None)],
    [P("FRSS may be used only to support an active criminal investigation, to locate a missing or endangered "
       "person, or to identify a deceased person.", BPD, "purpose"),
     P("No Participating Agency may hold more than ten (10) user accounts.", BPD, "prohibition"),
     P("Each user must complete the DESPP FRSS training course before an account is issued and every two (2) "
       "years thereafter.", BPD, "requirement"),
     P("Users shall not submit images of persons engaged in lawful assembly, protest or other activity "
       "protected by the First Amendment, unless the person is the suspect in a specific crime.", BPD,
       "prohibition"),
     P("FRSS shall not be used for live or real-time identification from video, or to track the movements of "
       "any person.", BPD, "prohibition"),
     P("Each search shall be recorded with the agency case number and the user's stated reason for the "
       "search.", BPD, "requirement"),
     P("An FRSS candidate list is an investigative lead only and is not a positive identification or "
       "probable cause for any arrest.", BPD, "disclaimer"),
     P("Access shall comply with the FBI CJIS Security Policy, version 5.9.5, and with the Connecticut "
       "On-Line Law Enforcement Communications Teleprocessing (COLLECT) user agreement.", BPD, "requirement"),
     P("DESPP may suspend the account of any user who violates this Section 5 and may end the Participating "
       "Agency's access for repeated violations.", BPD, "consequence"),
     P("DESPP shall audit at least 5% of each Participating Agency's searches every year", DESPP,
       "requirement"),
     P("The Participating Agency shall keep its own search records for three (3) years.", BPD,
       "requirement")],
    [],
    ["2023", "2024-06-20", "2024-06-11", "2024-06-10"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Kentucky: Florence PD
FPD = "Florence Police Department"
VS = "Vigilant Solutions"
SEARCHES = [38, 35, 41, 44, 40, 37, 45, 39, 42, 36, 45, 44]
CANDS = [11, 9, 12, 13, 10, 10, 14, 11, 12, 9, 11, 11]
ASSISTS = [2, 1, 2, 1, 2, 1, 3, 1, 2, 1, 2, 1]
assert sum(SEARCHES) == 486 and sum(CANDS) == 133 and sum(ASSISTS) == 19
ROWS = []
for i, (s, c, a) in enumerate(zip(SEARCHES, CANDS, ASSISTS)):
    pct = f"{100 * c / s:.1f}%"
    ROWS.append(f"{i + 2:<4} 2024-{i + 1:02d}      {s:>4}          {c:>4}          {a:>4}        {pct:>6}")
TOTAL = f"{14:<4} TOTAL        {486:>4}          {133:>4}          {19:>4}        {'27.4%':>6}"
SHEET = "\n".join(ROWS + [TOTAL])
doc("05_florence-pd-open-records-reply-facesearch.txt", [
    (None, """\
CITY OF FLORENCE, KENTUCKY - FLORENCE POLICE DEPARTMENT
Office of the Chief of Police
8100 Ewing Boulevard, Florence, KY 41042  |  (859) 555-0144

February 19, 2025

VIA EMAIL ONLY

Ms. Alana Whitcomb
Re: Open records request received February 13, 2025 (FPD ORR 25-0087)

Dear Ms. Whitcomb:

The Florence Police Department received your request under the
Kentucky Open Records Act, KRS 61.870 to 61.884, on February 13, 2025.
You asked for (1) contracts and invoices for any facial recognition
product, (2) the number of searches run in 2024, and (3) any policy on
its use. This letter responds within the five business days allowed
by KRS 61.880(1).

1. Product and cost. The Department uses FaceSearch, the facial
recognition feature of the Vigilant Solutions LEARN platform (Vigilant
is now part of Motorola Solutions). FaceSearch is billed as an add-on
to the LEARN subscription. The enclosed 2024 Vigilant invoice shows
$7,200.00 for the FaceSearch add-on for the year and $16,450.00 for
the LEARN license plate recognition data service, which is not a
facial recognition product. For 2025 the FaceSearch add-on was renewed
at $7,560.00 for the year. Before 2024 FaceSearch was included in the
LEARN price and was not billed separately.

2. Users and searches. Eight detectives in the Criminal Investigations
Section hold FaceSearch accounts. They ran 486 searches in calendar
year 2024; a monthly breakdown is in the enclosed spreadsheet excerpt.
Searches returned a possible candidate in 133 cases. The Department
does not track arrests that followed a search. Vigilant states that
its FaceSearch gallery holds more than 20 million booking photographs
contributed by agencies nationwide.""", "FPD ORR 25-0087 - 001"),
    (None, """\
3. Policy. Standard Operating Procedure 41.30 (enclosed) governs use.
SOP 41.30 requires that each search be tied to a Department case or
incident number. It also requires each account holder to complete the
vendor's FaceSearch training before first use. It states that a
candidate is an investigative lead and is not, by itself, probable
cause to arrest. There is no written policy that prohibits sharing
FaceSearch results with other agencies, and no record of such sharing
outside the assists listed in the spreadsheet was found.

4. Records withheld and fees. Search logs that identify individual
cases are withheld under KRS 61.878(1)(h) and KRS 17.150(2) because
their release would harm open investigations. Copies: 11 pages at
$0.10 per page; the $1.10 fee is waived.

If you believe this response violates the Open Records Act, you may
seek review by the Attorney General under KRS 61.880(2).

Sincerely,

/s/ Ryan T. Gaither
Lt. Ryan T. Gaither
Records Custodian, Florence Police Department

Enclosures (3): 2024 Vigilant Solutions invoice; SOP 41.30;
FaceSearch monthly summary (excerpt)
cc: City Attorney""", "FPD ORR 25-0087 - 002"),
    (None, """\
ENCLOSURE 3 - FaceSearch monthly summary, calendar year 2024 (excerpt)
Source: LEARN FaceSearch audit export, run 02/17/2025 by CIS admin
Columns D-E added by Records; column F hidden; rows 15-40 omitted.

     A          B             C             D            E
1    Month      Searches      Candidates    Outside-     Pct with
                              returned      agency       candidate
                                            assists
""" + SHEET + """

Notes: "Outside-agency assists" are searches run by FPD detectives at
the request of another agency (chiefly the Boone County Sheriff's
Office and the Erlanger Police Department). Candidate counts are not
confirmed identifications.""", "FPD ORR 25-0087 - 011"),
], "pdf", FPD,
    [FPD, "City of Florence", "Kentucky Office of the Attorney General", "Boone County Sheriff's Office",
     "Erlanger Police Department"],
    [VS, "Motorola Solutions"],
    ["FaceSearch", "LEARN"],
    [C(7200, 7200, "year", "$7,200.00 for the FaceSearch add-on for the year", FPD, VS, "FaceSearch"),
     C(7560, 7560, "year", "renewed at $7,560.00 for the year", FPD, VS, "FaceSearch")],
    [N(8, "exact", "users", None, "Eight detectives in the Criminal Investigations Section hold FaceSearch "
       "accounts", FPD, VS),
     N(486, "exact", "searches", "year", "They ran 486 searches in calendar year 2024", FPD, VS),
     N(133, "exact", "matches", "year", "returned a possible candidate in 133 cases", FPD, VS),
     N(20000000, "more than", "images", None, "more than 20 million booking photographs", None, VS)]
    + [N(s, "exact", "searches", "month", f"2024-{i + 1:02d}      {s:>4}", FPD, VS) for i, s in enumerate(SEARCHES)]
    + [N(19, "exact", "requests", "year", TOTAL[5:TOTAL.index(" 19") + 3], FPD, VS)],
    [P("SOP 41.30 requires that each search be tied to a Department case or incident number.", FPD,
       "requirement"),
     P("It also requires each account holder to complete the vendor's FaceSearch training before first use.",
       FPD, "requirement"),
     P("It states that a candidate is an investigative lead and is not, by itself, probable cause to arrest.",
       FPD, "disclaimer")],
    [],
    ["2025-02-19", "2025-02-13", "2024", "2025", "2025-02-17"] + [f"2024-{m:02d}" for m in range(1, 13)],
    scan="pdf")


# ---------------------------------------------------------------- 6 Utah: Spanish Fork PD
SFPD = "Spanish Fork Police Department"
UDPS = "Utah Department of Public Safety"
HDR = "Spanish Fork Police Department\nSpanish Fork PD Policy Manual"
FTR = ("Copyright Lexipol, LLC 2025/01/09, All Rights Reserved.\n"
       "Published with permission by Spanish Fork Police Department")
doc("06_spanish-fork-pd-policy-345-facial-recognition.txt", [
    (HDR, """\
Policy 345                  Facial Recognition Technology

345.1 PURPOSE AND SCOPE
This policy governs the use of facial recognition technology by
members of the Spanish Fork Police Department, including requests for
facial recognition comparisons made to the Utah Department of Public
Safety under Utah Code Title 77, Chapter 23e.

345.2 DEFINITIONS
Facial recognition comparison - an automated comparison of a probe
image with a set of stored photographs to produce possible matches.
SIAC - the Statewide Information and Analysis Center, the unit of the
Utah Department of Public Safety that performs comparisons against
driver license, identification card and booking photographs for
law enforcement agencies.

345.3 POLICY
The Department does not own, license or operate a facial recognition
system. All comparisons are requested from SIAC.

345.4 AUTHORIZED USE
Members are authorized to request a facial recognition comparison
from SIAC when investigating a felony, a violent crime or a threat to
human life, or to identify a person who is deceased, incapacitated or
otherwise unable to identify himself or herself.
Each request shall be made on the SIAC request form, shall include
the Department case number and a statement of the offense, and shall
be approved by a sergeant or above before it is sent.

345.5 PROHIBITED USE
Members shall not request a comparison to identify a person solely
because of his or her participation in a lawful protest, religious
observance or other activity protected by the First Amendment.
Members shall not submit images taken from live or real-time video.
Members shall not use any commercial facial recognition service,
including a free trial, for Department business.""",
     FTR + "\n" + " " * 42 + "Facial Recognition Technology - 1"),
    (HDR, """\
345.6 RESULTS
A possible match returned by SIAC is an investigative lead only. It
shall not be the sole basis for an arrest, a search warrant or a
criminal charge.

345.7 RECORDS AND REPORTING
The Investigations Lieutenant shall keep a log of every request and
its result and shall report the number of requests to the Chief of
Police each calendar year.

345.8 DISCIPLINE
A member who violates this policy is subject to discipline, up to and
including termination.

Adopted: March 15, 2022          Last revised: January 9, 2025""",
     FTR + "\n" + " " * 42 + "Facial Recognition Technology - 2"),
    (None, """\
SPANISH FORK POLICE DEPARTMENT - INTERNAL MEMORANDUM
DRAFT - PROPOSED REVISION - NOT APPROVED - NOT IN EFFECT

To:      Chief of Police
From:    Lt. Hollis Brenner, Investigations Division
Date:    February 3, 2025
Subject: Proposed revision to Policy 345 (commercial service)

Background. In 2024 the Department sent 31 comparison requests to
SIAC. SIAC returned a possible match in 11 of them. Average turnaround
was 3.4 business days, and two homicide requests took more than a
week. SIAC does not charge agencies for comparisons.

Proposed text (draft; for discussion only):
  345.5 - delete the sentence barring commercial services.
  345.4.1 (new) - "Members assigned to the Investigations Division
  may use Clearview AI for the offenses listed in 345.4 after
  completing the vendor's training. No more than three members shall
  hold accounts. Every Clearview AI result shall be reviewed by a
  second trained member before it is released as a lead."

Fiscal note. Clearview AI has quoted $7,980 for a one-year
subscription. Funds would come from the FY2025-26 Investigations
budget (account 10-4210-310) if the City Council approves it.

Status. The City Attorney is reviewing the draft. Until the Chief
signs a new revision, Policy 345 as printed above remains in effect,
and the ban on commercial facial recognition services still applies.""", "SFPD GRAMA 25-014 - 003"),
], "pdf", SFPD,
    [SFPD, UDPS, "Statewide Information and Analysis Center", "Spanish Fork City Council"],
    ["Clearview AI", "Lexipol"],
    [],
    [C(7980, 7980, "year", "Clearview AI has quoted $7,980 for a one-year subscription", SFPD, "Clearview AI")],
    [N(31, "exact", "requests", "year", "In 2024 the Department sent 31 comparison requests to SIAC", SFPD, None),
     N(11, "exact", "matches", "year", "SIAC returned a possible match in 11 of them", SFPD, None)],
    [P("This policy governs the use of facial recognition technology by members of the Spanish Fork Police "
       "Department, including requests for facial recognition comparisons made to the Utah Department of "
       "Public Safety under Utah Code Title 77, Chapter 23e.", SFPD, "purpose"),
     P("Members are authorized to request a facial recognition comparison from SIAC when investigating a "
       "felony, a violent crime or a threat to human life, or to identify a person who is deceased, "
       "incapacitated or otherwise unable to identify himself or herself.", SFPD, "permission"),
     P("Each request shall be made on the SIAC request form, shall include the Department case number and a "
       "statement of the offense, and shall be approved by a sergeant or above before it is sent.", SFPD,
       "requirement"),
     P("Members shall not request a comparison to identify a person solely because of his or her "
       "participation in a lawful protest, religious observance or other activity protected by the First "
       "Amendment.", SFPD, "prohibition"),
     P("Members shall not submit images taken from live or real-time video.", SFPD, "prohibition"),
     P("Members shall not use any commercial facial recognition service, including a free trial, for "
       "Department business.", SFPD, "prohibition"),
     P("A possible match returned by SIAC is an investigative lead only. It shall not be the sole basis for "
       "an arrest, a search warrant or a criminal charge.", SFPD, "disclaimer"),
     P("The Investigations Lieutenant shall keep a log of every request and its result and shall report the "
       "number of requests to the Chief of Police each calendar year.", SFPD, "requirement"),
     P("A member who violates this policy is subject to discipline, up to and including termination.", SFPD,
       "consequence")],
    [],
    ["2025-01-09", "2022-03-15", "2025-02-03", "2024", "2025"],
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
