"""Writes docs/*.txt and labels.json for holdout78 (six invented releases: MI, ND, IA, MD, WV, CT).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout19 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per)."""
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




# ---------------------------------------------------------------- 1 Michigan: Ottawa County SO
OCSO = "Ottawa County Sheriff's Office"
DTMB = "Michigan Department of Technology, Management and Budget"
DWP = "DataWorks Plus"
doc("01_ottawa-county-so-mideal-dataworks-price-sheet-order.txt", [
    (None, """\
STATE OF MICHIGAN
Department of Technology, Management and Budget
Central Procurement Services - MiDEAL Extended Purchasing Program

CONTRACT NO. 071B4300117
EXHIBIT C - PRICING (Revision 2, effective 10/01/2023)

Contractor:  DataWorks Plus, LLC
             728 N. Pleasantburg Drive, Greenville, SC 29607
Program:     FACE Plus Hosted Facial Recognition Service (SaaS)
Term:        10/01/2021 - 09/30/2026, with two one-year options

MiDEAL members (cities, counties, townships and public safety
agencies) may order from this Exhibit without a separate bid.

Table C-1. FACE Plus annual subscription, priced per named user

  Tier   Named users on the order   Price per user, per year
  ----   ------------------------   ------------------------
  A      1 - 10                                    $1,240.00
  B      11 - 25                                   $1,085.00
  C      26 - 50                                     $930.00
  D      51 and over                                 $815.00

Table C-2. Other items

  Item                                       Price        Basis
  ----------------------------------------   ----------   ------------
  Onboarding, gallery migration, training    $3,600.00    one-time
    (waived on Tier C and Tier D orders)
  FACE Plus Mobile add-on                    $18.00       per user,
                                                          per month
  Livescan fingerprint station               $7,450.00    each
    (not part of the FR service; listed for member convenience)

Notes to Exhibit C
1. The tier is set by the total named users on one order. Prices are
   firm through 09/30/2024; later increases may not exceed 3% a year.
2. The Contractor remits a 1% MiDEAL administrative fee to the State.
   The fee is included in the prices above.
3. FACE Plus search results are investigative leads only and are not
   a positive identification of any person.""", "071B4300117 Exhibit C - Page 1 of 2"),
    (None, """\
MiDEAL MEMBER ORDER FORM - CONTRACT 071B4300117 (DataWorks Plus, LLC)

Ordering agency:   Ottawa County Sheriff's Office
Address:           12220 Fillmore Street, West Olive, MI 49460
MiDEAL member no.: M-0672            County PO no.: 2024-001385
Contact:           Lt. Renata Vos, Detective Bureau, (616) 555-0162
Order date:        01/22/2024        Service start: 02/01/2024

Ln  Item                              Tier  Qty   Unit price     Amount
--  --------------------------------  ----  ---  -----------  ---------
1   FACE Plus named user, 12 months    B    14    1,085.00    15,190.00
2   Onboarding, migration, training    -     1    3,600.00     3,600.00
3   FACE Plus Mobile add-on, 12 months -     1    1,296.00     1,296.00
    (6 users x $18.00 x 12 months)
                                                 ORDER TOTAL   20,086.00

Funding: 2023 Byrne JAG local award $12,000; the balance from the
Sheriff's Office operating budget, account 101-3020-818.000.
Not to exceed: $21,000.00 for the first contract year.

Gallery: approximately 212,000 booking photographs from the Ottawa
County Jail records system will be migrated to FACE Plus at onboarding.

Ordering agency certifications (initial each line):

RV  The agency has a written facial recognition policy, and a copy
    must be on file with the Contractor before any account is
    activated.
RV  Accounts will be issued only to sworn personnel and crime
    analysts who have completed the Contractor's FACE Plus training.
RV  The agency will not use FACE Plus to identify or monitor persons
    engaged in lawful assembly or other First Amendment activity.

Ordered by:  Lt. Renata Vos                       Date: 01/22/2024
Approved:    Sheriff Dale Hoekstra                Date: 01/23/2024
Received by Contractor: K. Mabry, Contracts       Date: 01/24/2024""",
     "071B4300117 Order M-0672-24-01 - Page 2 of 2"),
], "pdf", OCSO,
    [DTMB, OCSO, "Ottawa County Jail"],
    [DWP],
    ["FACE Plus", "FACE Plus Mobile"],
    [C(1240, 1240, "year", "A      1 - 10                                    $1,240.00", DTMB, DWP, "FACE Plus",
       unit="per user"),
     C(1085, 1085, "year", "B      11 - 25                                   $1,085.00", DTMB, DWP, "FACE Plus",
       unit="per user"),
     C(930, 930, "year", "C      26 - 50                                     $930.00", DTMB, DWP, "FACE Plus",
       unit="per user"),
     C(815, 815, "year", "D      51 and over                                 $815.00", DTMB, DWP, "FACE Plus",
       unit="per user"),
     C(3600, 3600, "one-time", "Onboarding, gallery migration, training    $3,600.00    one-time", DTMB, DWP,
       "FACE Plus"),
     C(18, 18, "month", "FACE Plus Mobile add-on                    $18.00       per user,", DTMB, DWP,
       "FACE Plus Mobile", unit="per user"),
     C(15190, 15190, "year", "1   FACE Plus named user, 12 months    B    14    1,085.00    15,190.00", OCSO, DWP,
       "FACE Plus"),
     C(1296, 1296, "year", "3   FACE Plus Mobile add-on, 12 months -     1    1,296.00     1,296.00", OCSO, DWP,
       "FACE Plus Mobile"),
     C(20086, 20086, None, "ORDER TOTAL   20,086.00", OCSO, DWP, "FACE Plus"),
     C(12000, 12000, "one-time", "2023 Byrne JAG local award $12,000", OCSO, None),
     C(None, 21000, "year", "Not to exceed: $21,000.00 for the first contract year", OCSO, DWP, "FACE Plus")],
    [N(14, "exact", "licenses", None, "1   FACE Plus named user, 12 months    B    14", OCSO, DWP),
     N(6, "exact", "licenses", None, "(6 users x $18.00 x 12 months)", OCSO, DWP),
     N(212000, "approximately", "images", None, "approximately 212,000 booking photographs", OCSO, DWP)],
    [P("FACE Plus search results are investigative leads only and are not a positive identification of any "
       "person.", DTMB, "disclaimer"),
     P("The agency has a written facial recognition policy, and a copy must be on file with the Contractor before "
       "any account is activated.", OCSO, "requirement"),
     P("Accounts will be issued only to sworn personnel and crime analysts who have completed the Contractor's "
       "FACE Plus training.", OCSO, "requirement"),
     P("The agency will not use FACE Plus to identify or monitor persons engaged in lawful assembly or other First "
       "Amendment activity.", OCSO, "prohibition")],
    [],
    ["2023-10-01", "2021-10-01", "2026-09-30", "2024-09-30", "2024-01-22", "2024-02-01", "2023", "2024-01-23",
     "2024-01-24"],
    scan="pdf")


# ---------------------------------------------------------------- 2 North Dakota: Dickinson PD
DPD = "Dickinson Police Department"
CV = "Clearview AI"
SUBJ2 = "Clearview trial ending - paid subscription?"
GM_H = "3/13/24, 10:26 AM   City of Dickinson Mail - Clearview trial ending - p..."
doc("02_dickinson-pd-clearview-trial-gmail.txt", [
    (GM_H, """\
City of Dickinson              Dale Ostrander <dostrander@dickinsongov.com>

Clearview trial ending - paid subscription?
4 messages

Tanner Reule <treule@dickinsongov.com>         Mon, Mar 11, 2024 at 4:52 PM
To: Dale Ostrander <dostrander@dickinsongov.com>

Chief,

See below from Clearview. The free trial you okayed in February runs
out Thursday. I ran 57 searches on it and 3 of them gave us a name we
could confirm, including the Sims Street burglary suspect.

Their notice says the trial converts to a paid subscription unless
we cancel. Two seats would be $3,998 a year. Stark County SO pays
about $2,000 a year for their one seat. Can we keep it?

Tanner

Det. Tanner Reule | Dickinson Police Department | 701-555-0148

---------- Forwarded message ---------
From: Clearview AI <renewals@clearview.ai>
Date: Mon, Mar 11, 2024 at 6:00 AM
Subject: Your Clearview AI trial ends in 3 days
To: <treule@dickinsongov.com>

Your 30-day Clearview AI trial ends on March 14, 2024. Keep access
to our database of more than 40 billion publicly available images
with an annual subscription:

   1 user ..................... $2,499 per year
   2 to 5 users ............... $1,999 per user per year

If you do not cancel before the trial ends, your account will convert
to a paid 1-user subscription and an invoice will be sent to your
agency.

Clearview AI Government Team""", "https://mail.google.com/mail/u/0/?ik=4e1a07c2b9&view=pt        1/3"),
    (GM_H, """\
Dale Ostrander <dostrander@dickinsongov.com>   Tue, Mar 12, 2024 at 8:10 AM
To: Tanner Reule <treule@dickinsongov.com>
Cc: Megan Kuntz <mkuntz@dickinsongov.com>

Tanner - good results, but I never agreed to anything that renews on
its own. Until this is sorted out, nobody runs a search on the trial
account. And as always a hit is a lead only, it does not go in a PC
affidavit by itself.

Megan, can the trial terms bind the City? And what do we need to buy
two seats properly?

Chief Dale Ostrander
[Quoted text hidden]

Megan Kuntz <mkuntz@dickinsongov.com>          Tue, Mar 12, 2024 at 2:37 PM
To: Dale Ostrander <dostrander@dickinsongov.com>
Cc: Tanner Reule <treule@dickinsongov.com>

Chief, answers inline.

On Tue, Mar 12, 2024 at 8:10 AM Dale Ostrander <
dostrander@dickinsongov.com> wrote:
> Megan, can the trial terms bind the City?

No. A detective clicking "accept" cannot commit City funds. Email
Clearview today that we do not accept conversion and that no invoice
will be paid.

> And what do we need to buy two seats properly?

At $3,998 it is under the $10,000 limit, so the City Administrator
can sign it without going to the Commission. There is no written
facial recognition policy in the Department's manual right now, and
I would want one adopted before the first paid search.

Megan Kuntz, City Attorney""", "https://mail.google.com/mail/u/0/?ik=4e1a07c2b9&view=pt        2/3"),
    (GM_H, """\
Tanner Reule <treule@dickinsongov.com>         Wed, Mar 13, 2024 at 9:05 AM
To: Megan Kuntz <mkuntz@dickinsongov.com>, Dale Ostrander
<dostrander@dickinsongov.com>

Sent Clearview the cancellation at 8:50 this morning. I will draft a
policy using the Stark County one as a start.
[Quoted text hidden]""", "https://mail.google.com/mail/u/0/?ik=4e1a07c2b9&view=pt        3/3"),
], "print", DPD,
    ["City of Dickinson", DPD, "Stark County Sheriff's Office", "Dickinson City Commission"],
    [CV],
    [],
    [C(3998, 3998, "year", "Two seats would be $3,998 a year", DPD, CV),
     C(2000, 2000, "year", "about $2,000 a year for their one seat", "Stark County Sheriff's Office", CV),
     C(2499, 2499, "year", "1 user ..................... $2,499 per year", DPD, CV, unit="per user"),
     C(1999, 1999, "year", "2 to 5 users ............... $1,999 per user per year", DPD, CV, unit="per user")],
    [N(57, "exact", "searches", None, "I ran 57 searches on it", DPD, CV),
     N(3, "exact", "identifications", None, "3 of them gave us a name we could confirm", DPD, CV),
     N(2, "exact", "licenses", None, "Two seats would be $3,998 a year", DPD, CV),
     N(1, "exact", "licenses", None, "their one seat", "Stark County Sheriff's Office", CV),
     N(40000000000, "more than", "images", None, "more than 40 billion publicly available images", None, CV)],
    [P("Until this is sorted out, nobody runs a search on the trial account.", DPD, "prohibition"),
     P("a hit is a lead only, it does not go in a PC affidavit by itself.", DPD, "disclaimer")],
    [E("Tanner Reule", "Dale Ostrander", "Mon, Mar 11, 2024 at 4:52 PM", SUBJ2),
     E("Clearview AI", "treule@dickinsongov.com", "Mon, Mar 11, 2024 at 6:00 AM",
       "Your Clearview AI trial ends in 3 days"),
     E("Dale Ostrander", "Tanner Reule", "Tue, Mar 12, 2024 at 8:10 AM", SUBJ2),
     E("Megan Kuntz", "Dale Ostrander", "Tue, Mar 12, 2024 at 2:37 PM", SUBJ2),
     E("Tanner Reule", "Megan Kuntz", "Wed, Mar 13, 2024 at 9:05 AM", SUBJ2)],
    ["2024-03-13", "2024-03-11", "2024-03-14", "2024-03-12"],
    scan="print")


# ---------------------------------------------------------------- 3 Iowa: Ames PD
APD = "Ames Police Department"
VER = "Veritone"
ODCP = "Iowa Governor's Office of Drug Control Policy"
doc("03_ames-pd-council-agenda-veritone-identify.txt", [
    (None, """\
CITY OF AMES, IOWA
AMES CITY COUNCIL - COUNCIL ACTION FORM

Meeting date:   June 11, 2024                      Agenda item: 27
Department:     Police                             Resolution: 24-312
Presenter:      Commander Lisa Ohrtman, Investigations Division
Subject:        Three-year agreement with Veritone, Inc. for the
                Veritone IDentify facial recognition service

RECOMMENDED ACTION
Adopt a resolution approving a three-year subscription agreement
with Veritone, Inc. (Irvine, California) for Veritone IDentify in an
amount not to exceed $38,700, and accepting a Byrne JAG subaward of
$9,500 from the Iowa Governor's Office of Drug Control Policy toward
the first year.

BACKGROUND
Investigators now compare photographs of unknown suspects by hand
against booking photographs. Veritone IDentify compares a probe image
against the booking photographs the Department already holds and
returns a ranked list of possible candidates. The gallery will hold
about 58,300 booking photographs taken at the Story County Jail,
which the Story County Sheriff's Office shares with the Department
under an existing Chapter 28E agreement. No driver's license photos,
social media images or internet images are included.

During a 90-day no-cost evaluation in early 2024, investigators ran
112 searches, which produced 19 investigative leads. The agreement
covers 8 user licenses for the Investigations Division.

Use will be governed by Police Directive 24-02 (Attachment C):
 - The system will be used only to help identify suspects, victims
   and witnesses in criminal investigations from lawfully obtained
   images.
 - Every search must be tied to an open case number.
 - Only investigators who have completed Veritone's user training and
   the Department's directive review will receive a license.
 - A possible match is an investigative lead and shall not be the
   sole basis for an arrest or a search warrant.
 - The system shall not be used on live or recorded video from City
   traffic, park or building cameras.""", "Item 27 - Page 1 of 2"),
    (None, """\
ALTERNATIVES
1. Approve the agreement with Veritone, Inc. as recommended.
2. Direct staff to negotiate with Clearview AI, which quoted $17,500
   for one year for 5 users. Staff does not recommend this option
   because the Clearview gallery includes images collected from the
   internet.
3. Do not approve an agreement at this time.

FISCAL IMPACT
Veritone's quote (Attachment A) is as follows:

  Year 1 (FY 2024/25)  Subscription, 8 users                $11,700
                       Implementation and training, one-time  $2,400
  Year 2 (FY 2025/26)  Subscription, 8 users                $12,300
  Year 3 (FY 2026/27)  Subscription, 8 users                $12,300
                                                            -------
                       Three-year total                     $38,700

The JAG subaward of $9,500 (Attachment B) will be applied to Year 1.
The City's Year 1 share of $4,600 is available in the Police
Department operating budget, account 010-1200-536.29-00. Years 2 and
3 will be requested in future budgets. Grant reporting will be done
by the Investigations Division. This item is separate from the Axon
body-worn camera and storage agreement ($61,480 a year) on the
consent agenda as item 9.

CITY MANAGER'S RECOMMENDED ACTION
The City Manager recommends that the City Council adopt Alternative
No. 1, as described above.

ATTACHMENTS
  A. Veritone, Inc. quote Q-2024-0877 (May 20, 2024), 3 pages
  B. ODCP Byrne JAG subaward letter 24-JAG-0419, 2 pages
  C. Ames Police Directive 24-02, Facial Recognition, 4 pages
  D. Resolution 24-312

Contact: Commander Lisa Ohrtman, (515) 555-0123""", "Item 27 - Page 2 of 2"),
], "pdf", APD,
    ["City of Ames", "Ames City Council", APD, ODCP, "Story County Sheriff's Office", "Story County Jail"],
    [VER, "Clearview AI", "Axon"],
    ["Veritone IDentify"],
    [C(None, 38700, None, "in an amount not to exceed $38,700", APD, VER, "Veritone IDentify"),
     C(9500, 9500, "one-time", "a Byrne JAG subaward of $9,500", APD, None),
     C(11700, 11700, "year", "Year 1 (FY 2024/25)  Subscription, 8 users                $11,700", APD, VER,
       "Veritone IDentify"),
     C(2400, 2400, "one-time", "Implementation and training, one-time  $2,400", APD, VER, "Veritone IDentify"),
     C(12300, 12300, "year", "Year 2 (FY 2025/26)  Subscription, 8 users                $12,300", APD, VER,
       "Veritone IDentify"),
     C(4600, 4600, None, "The City's Year 1 share of $4,600", APD, VER, "Veritone IDentify")],
    [N(58300, "approximately", "images", None, "about 58,300 booking photographs", APD, VER),
     N(112, "exact", "searches", None, "investigators ran 112 searches", APD, VER),
     N(19, "exact", "leads", None, "which produced 19 investigative leads", APD, VER),
     N(8, "exact", "licenses", None, "The agreement covers 8 user licenses", APD, VER)],
    [P("The system will be used only to help identify suspects, victims and witnesses in criminal investigations "
       "from lawfully obtained images.", APD, "purpose"),
     P("Every search must be tied to an open case number.", APD, "requirement"),
     P("Only investigators who have completed Veritone's user training and the Department's directive review will "
       "receive a license.", APD, "requirement"),
     P("A possible match is an investigative lead and shall not be the sole basis for an arrest or a search "
       "warrant.", APD, "disclaimer"),
     P("The system shall not be used on live or recorded video from City traffic, park or building cameras.", APD,
       "prohibition")],
    [],
    ["2024-06-11", "2024", "2024-05-20"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Maryland: Annapolis PD
ANN = "Annapolis Police Department"
DPSCS = "Maryland Department of Public Safety and Correctional Services"
doc("04_annapolis-pd-general-order-facial-recognition.txt", [
    (None, """\
ANNAPOLIS POLICE DEPARTMENT                         GENERAL ORDER
199 Taylor Avenue, Annapolis, Maryland 21401

Subject:     FACIAL RECOGNITION TECHNOLOGY         Number: K.14
Effective:   October 1, 2024                       Pages: 3
Rescinds:    Interim Directive 22-04 (March 2022)
Authority:   Md. Code, Criminal Procedure sec. 2-501 through 2-510

1. PURPOSE
This order establishes how members of the Annapolis Police
Department may use facial recognition technology (FRT). FRT is used
by the Department solely to develop investigative leads in criminal
investigations and to identify deceased or missing persons.

2. DEFINITIONS
a. Facial recognition technology (FRT): a computer program that
   compares a probe image with images in a database and returns a
   list of possible candidates.
b. Probe image: the image of an unknown person submitted for a search.
c. Candidate list: the possible matches an FRT search returns.
d. MIRS: the Maryland Image Repository System, maintained by the
   Maryland Department of Public Safety and Correctional Services
   (DPSCS). MIRS holds roughly 7 million Motor Vehicle Administration
   photographs and 3 million booking photographs.
e. Authorized user: a member approved by the Chief of Police who holds
   a current MIRS account and training certificate.

3. SYSTEMS
MIRS is the only FRT system approved for Department use. DPSCS
provides MIRS accounts at no charge. The Department has 6 authorized
users, all assigned to the Criminal Investigation Division. The
Department does not hold a contract or subscription with Clearview AI
or any other commercial FRT vendor.

4. PERMITTED USES
a. An authorized user may use FRT only in the investigation of a
   crime of violence as defined in Criminal Law sec. 14-101, a
   human trafficking offense, a sexual offense, or a felony involving
   a threat to public safety, or to identify a deceased or missing
   person.
b. A search shall be run only after a sergeant or higher approves it
   and a case number is entered in the MIRS request.""", "GO K.14 - Page 1 of 3"),
    (None, """\
5. PROHIBITED USES
a. Members shall not use FRT to identify a person based on his or her
   race, religion, political views or participation in a lawful
   protest or other activity protected by the First Amendment.
b. FRT shall not be used for live or real-time identification of
   persons from video, including body-worn camera video.
c. Members shall not use personal accounts, vendor free trials or any
   FRT product not approved in Section 3.
d. A candidate returned by FRT shall not be the sole basis for
   probable cause to arrest, search or charge any person.

6. TRAINING
a. Before receiving a MIRS account, each authorized user must
   complete the 8-hour FRT course approved by the Maryland Police
   Training and Standards Commission and pass its examination.
b. Authorized users shall complete refresher training every two
   years.

7. RECORDS AND AUDIT
a. Each search shall be recorded in the FRT log with the case number,
   the approving supervisor and the result.
b. The log is retained for three years. The Office of Professional
   Standards audits a random 10% of searches each quarter and reports
   to the Chief.
c. The Department reports its FRT use each year as sec. 2-510
   requires. In 2023 the Department submitted 41 MIRS search
   requests.

8. SANCTIONS
a. A member who violates this order is subject to discipline, up to
   and including termination.
b. An authorized user under investigation for misuse of FRT will have
   MIRS access suspended until the investigation is closed.""", "GO K.14 - Page 2 of 3"),
    (None, """\
9. PROPOSED AMENDMENT (NOT IN EFFECT)
The Office of the Chief is reviewing a draft amendment that would
allow Patrol sergeants to request searches in misdemeanor theft
cases. The draft has not been approved and is not part of this order.

10. RELATED ORDERS
G.O. K.3 (Investigative Case Management); G.O. C.2 (Body-Worn
Cameras); G.O. A.9 (Discipline).

Approved:

__________________________          Date: September 16, 2024
Chief of Police Mark Kellner

Distribution: All members. Questions to the Criminal Investigation
Division commander, (410) 555-0176.""", "GO K.14 - Page 3 of 3"),
], "pdf", ANN,
    [ANN, DPSCS, "Maryland Motor Vehicle Administration", "Maryland Police Training and Standards Commission"],
    ["Clearview AI"],
    ["Maryland Image Repository System"],
    [],
    [N(7000000, "approximately", "images", None, "roughly 7 million Motor Vehicle Administration photographs",
       DPSCS),
     N(3000000, "approximately", "images", None, "3 million booking photographs", DPSCS),
     N(6, "exact", "users", None, "The Department has 6 authorized users", ANN),
     N(41, "exact", "requests", "year", "In 2023 the Department submitted 41 MIRS search requests", ANN)],
    [P("FRT is used by the Department solely to develop investigative leads in criminal investigations and to "
       "identify deceased or missing persons.", ANN, "purpose"),
     P("MIRS is the only FRT system approved for Department use.", ANN, "requirement"),
     P("An authorized user may use FRT only in the investigation of a crime of violence as defined in Criminal Law "
       "sec. 14-101, a human trafficking offense, a sexual offense, or a felony involving a threat to public "
       "safety, or to identify a deceased or missing person.", ANN, "permission"),
     P("A search shall be run only after a sergeant or higher approves it and a case number is entered in the MIRS "
       "request.", ANN, "requirement"),
     P("Members shall not use FRT to identify a person based on his or her race, religion, political views or "
       "participation in a lawful protest or other activity protected by the First Amendment.", ANN, "prohibition"),
     P("FRT shall not be used for live or real-time identification of persons from video, including body-worn "
       "camera video.", ANN, "prohibition"),
     P("Members shall not use personal accounts, vendor free trials or any FRT product not approved in Section 3.",
       ANN, "prohibition"),
     P("A candidate returned by FRT shall not be the sole basis for probable cause to arrest, search or charge any "
       "person.", ANN, "disclaimer"),
     P("Before receiving a MIRS account, each authorized user must complete the 8-hour FRT course approved by the "
       "Maryland Police Training and Standards Commission and pass its examination.", ANN, "requirement"),
     P("Authorized users shall complete refresher training every two years.", ANN, "requirement"),
     P("Each search shall be recorded in the FRT log with the case number, the approving supervisor and the "
       "result.", ANN, "requirement"),
     P("The log is retained for three years.", ANN, "requirement"),
     P("The Department reports its FRT use each year as sec. 2-510 requires.", ANN, "requirement"),
     P("The Office of Professional Standards audits a random 10% of searches each quarter and reports to the "
       "Chief.", ANN, "requirement"),
     P("A member who violates this order is subject to discipline, up to and including termination.", ANN,
       "consequence"),
     P("An authorized user under investigation for misuse of FRT will have MIRS access suspended until the "
       "investigation is closed.", ANN, "consequence")],
    [],
    ["2024-10-01", "2022-03", "2023", "2024-09-16"],
    scan="pdf")


# ---------------------------------------------------------------- 5 West Virginia: Parkersburg PD
PPD = "Parkersburg Police Department"
VIG = "Vigilant Solutions"
MSI = "Motorola Solutions"
_ROWS = [("Jan", 14, 19, 5, 7, 2, 3), ("Feb", 11, 16, 4, 6, 1, 2), ("Mar", 17, 21, 6, 8, 2, 3),
         ("Apr", 13, 18, 5, 6, 1, 2), ("May", 16, 22, 6, 9, 2, 4), ("Jun", 19, 24, 7, 9, 3, 3),
         ("Jul", 21, 23, 8, 8, 3, 2), ("Aug", 18, 26, 6, 10, 2, 4), ("Sep", 15, 20, 5, 7, 1, 3),
         ("Oct", 17, 19, 6, 7, 2, 2), ("Nov", 12, 17, 4, 6, 1, 2), ("Dec", 10, 15, 3, 5, 1, 2)]
_TOT = ("Total",) + tuple(sum(r[i] for r in _ROWS) for i in range(1, 7))
_FMT = "{:<7}{:>6}{:>7}{:>9}{:>7}{:>9}{:>7}"
_TABLE = "\n".join(_FMT.format(*r) for r in _ROWS)
_TOTAL = _FMT.format(*_TOT)
_MONTHS = []
for _r in _ROWS:
    _line = _FMT.format(*_r)
    _MONTHS.append(N(_r[1], "exact", "searches", "month", _line[:13], PPD, VIG))
    _MONTHS.append(N(_r[2], "exact", "searches", "month", _line[:20], PPD, VIG))
doc("05_parkersburg-pd-annual-fr-report-council.txt", [
    (None, """\
PARKERSBURG POLICE DEPARTMENT
One Government Square, Parkersburg, West Virginia 26101

ANNUAL REPORT TO CITY COUNCIL: FACIAL RECOGNITION SEARCHES, 2024
Submitted February 25, 2025, for the Council meeting of March 11, 2025
Prepared by: Lt. Corinne Haddix, Criminal Investigations Bureau

1. Summary
The Department searches photographs of unknown persons with
FaceSearch, the facial recognition tool of Vigilant Solutions (a
Motorola Solutions company). The gallery is limited to booking
photographs contributed by the Department and other Vigilant
law enforcement customers. Seven detectives and one crime analyst
hold FaceSearch accounts, 8 accounts in all.

In 2024 the Department ran 240 searches, up 31% from 183 in 2023.
Searches led to 88 investigative leads and 32 arrests in 2024. Of the
2024 searches, 9 were run at the request of the Wood County Sheriff's
Office and the Vienna Police Department, which have no FaceSearch
access of their own.

2. Searches, leads and arrests by month, 2023 and 2024

             Searches          Leads            Arrests
Month     2023   2024     2023   2024     2023   2024
-----   ------ ------   ------ ------   ------ ------
""" + _TABLE + """
-----   ------ ------   ------ ------   ------ ------
""" + _TOTAL, "PPD FR Annual Report 2024 - 1"),
    (None, """\
Notes: a lead is a candidate that a detective confirmed by other
means. An arrest is counted in the month of the search. Figures for
2023 were corrected from last year's report (Jun and Dec).

3. Cost
FaceSearch is licensed with the Department's LEARN license plate
data subscription from Motorola Solutions. The face search portion
was billed at $4,500 for 2023 and $4,800 per year for 2024. The
plate-reader camera maintenance billed on the same invoice
($21,300 for 2024) is not part of the face search service. The
FY 2025-26 budget requests $5,000 for FaceSearch (account
001-2110-5390).

4. Rules for use
Under General Order 22-7, FaceSearch is to be used only to develop
leads in felony investigations and to identify deceased or missing
persons. Every search requires a case number and a supervisor's
approval in the search log. A candidate is an investigative lead
and is never the sole basis for an arrest. Accounts are issued only
after the user completes Vigilant's online training. No search in
2024 used live video.

5. Requests for information
This report is a public record under W. Va. Code 29B-1-1 et seq.
Questions: Lt. Corinne Haddix, (304) 555-0142.""", "PPD FR Annual Report 2024 - 2"),
], "pdf", PPD,
    [PPD, "Parkersburg City Council", "Wood County Sheriff's Office", "Vienna Police Department"],
    [VIG, MSI],
    ["FaceSearch", "LEARN"],
    [C(4500, 4500, "year", "billed at $4,500 for 2023", PPD, MSI, "FaceSearch"),
     C(4800, 4800, "year", "$4,800 per year for 2024", PPD, MSI, "FaceSearch"),
     C(5000, 5000, None, "The FY 2025-26 budget requests $5,000 for FaceSearch", PPD, MSI, "FaceSearch")],
    [N(8, "exact", "users", None, "8 accounts in all", PPD, VIG)]
    + _MONTHS
    + [N(240, "exact", "searches", "year", "In 2024 the Department ran 240 searches", PPD, VIG),
       N(183, "exact", "searches", "year", "183 in 2023", PPD, VIG),
       N(88, "exact", "leads", "year", "Searches led to 88 investigative leads", PPD, VIG),
       N(32, "exact", "arrests", "year", "32 arrests in 2024", PPD, VIG),
       N(_TOT[3], "exact", "leads", "year", _TOTAL[:29], PPD, VIG),
       N(_TOT[5], "exact", "arrests", "year", _TOTAL[:45], PPD, VIG),
       N(9, "exact", "requests", "year", "9 were run at the request of the Wood County Sheriff's Office", PPD,
         VIG)],
    [P("Under General Order 22-7, FaceSearch is to be used only to develop leads in felony investigations and to "
       "identify deceased or missing persons.", PPD, "purpose"),
     P("Every search requires a case number and a supervisor's approval in the search log.", PPD, "requirement"),
     P("A candidate is an investigative lead and is never the sole basis for an arrest.", PPD, "disclaimer"),
     P("Accounts are issued only after the user completes Vigilant's online training.", PPD, "requirement")],
    [],
    ["2025-02-25", "2025-03-11", "2024", "2023"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Connecticut: Meriden PD
MPD = "Meriden Police Department"
WPD = "Wallingford Police Department"
doc("06_meriden-pd-clearview-renewal-slack-export.txt", [
    (None, """\
MERIDEN POLICE DEPARTMENT - SLACK EXPORT (plain text)
Workspace: meridenpd   Channel: #cid-tech   Members: 2
Range: 2024-08-12 to 2024-08-14   Exported: 2024-09-03 by Records Unit
Produced under FOI request MPD-FOI-2024-117

---------------------- Monday, August 12th ----------------------

Dana Pirozzoli  [9:14 AM]
Clearview sent the renewal quotes, both attached. Our contract
(10 accounts, $16,000 a year) ends 9/30.
  Quote A: 10 accounts @ $1,750 = $17,500/yr
  Quote B: 6 accounts @ $1,950 = $11,700/yr
Unit price goes UP if we drop accounts, go figure.

Greg Sokolowski  [9:31 AM]
How many of the 10 do people actually use? I don't want to pay for
seats that sit there.

Dana Pirozzoli  [9:40 AM]
Pulled the admin report. 6 accounts have logged in since January,
941 searches so far this year, and 3 accounts ran almost all of them.

Greg Sokolowski  [9:44 AM]
Then B. The FY25 software line has $15,000 set aside for Clearview so
B fits with room. Genetec VMS maintenance is $8,240 but that's a
separate PO, don't mix them.

Dana Pirozzoli  [9:46 AM]
Sales tax? Quote shows 6.35% CT tax on the total.

Greg Sokolowski  [9:49 AM]
We're exempt, I'll send Purchasing the certificate. Tax line should
be 0.00.

---------------------- Tuesday, August 13th ---------------------

Greg Sokolowski  [10:02 AM]
Deputy Chief signed off on 6. Reminder from him: under Policy 4.22
an account only goes to someone who finished Clearview training and
signed the acceptable use form, and any account idle 90 days gets
disabled. Who loses theirs?""", "MPD-FOI-2024-117 0001"),
    (None, """\
Dana Pirozzoli  [10:15 AM]
The 4 with no logins since January. I'll tell them. Wallingford PD
pays $5,000 for three accounts btw, so we're not crazy high.

Dana Pirozzoli  [10:21 AM]
Also CT Intelligence Center ran 14 searches for us this year on
their platform before we had our own. Free, but it takes a week.

Greg Sokolowski  [10:25 AM]
Good to know as a backup. Per 4.22 every search still needs an MPD
case number in the notes, even the ones CTIC runs for us.

---------------------- Wednesday, August 14th -------------------

Greg Sokolowski  [8:57 AM]
Sent Quote B ($11,700) to Purchasing, req 25-00412. New term
10/1/2024 - 9/30/2025.

Dana Pirozzoli  [9:03 AM]
:thumbsup:""", "MPD-FOI-2024-117 0002"),
], "pdf", MPD,
    [MPD, WPD, "Connecticut Intelligence Center"],
    ["Clearview AI", "Genetec"],
    [],
    [C(16000, 16000, "year", "10 accounts, $16,000 a year", MPD, CV),
     C(1750, 1750, "year", "Quote A: 10 accounts @ $1,750", MPD, CV, unit="per user"),
     C(17500, 17500, "year", "Quote A: 10 accounts @ $1,750 = $17,500/yr", MPD, CV),
     C(1950, 1950, "year", "Quote B: 6 accounts @ $1,950", MPD, CV, unit="per user"),
     C(11700, 11700, "year", "Quote B: 6 accounts @ $1,950 = $11,700/yr", MPD, CV),
     C(15000, 15000, None, "The FY25 software line has $15,000 set aside for Clearview", MPD, CV),
     C(5000, 5000, None, "pays $5,000 for three accounts", WPD, CV)],
    [N(10, "exact", "licenses", None, "10 accounts, $16,000 a year", MPD, CV),
     N(6, "exact", "licenses", None, "Quote B: 6 accounts", MPD, CV),
     N(6, "exact", "users", None, "6 accounts have logged in since January", MPD, CV),
     N(941, "exact", "searches", None, "941 searches so far this year", MPD, CV),
     N(3, "exact", "users", None, "3 accounts ran almost all of them", MPD, CV),
     N(3, "exact", "licenses", None, "pays $5,000 for three accounts", WPD, CV),
     N(14, "exact", "requests", None, "CT Intelligence Center ran 14 searches for us", MPD, None)],
    [P("under Policy 4.22 an account only goes to someone who finished Clearview training and signed the acceptable "
       "use form", MPD, "requirement"),
     P("any account idle 90 days gets disabled", MPD, "requirement"),
     P("Per 4.22 every search still needs an MPD case number in the notes, even the ones CTIC runs for us.", MPD,
       "requirement")],
    [],
    ["2024-08-12", "2024-08-14", "2024-09-03", "2024-08-13", "2024-10-01", "2025-09-30"],
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
