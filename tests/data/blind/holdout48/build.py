"""Writes docs/*.txt and labels.json for holdout48 (six invented releases: MA, MT, NC, NH, PA, RI).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on every
policy (requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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


def ra(left, right, width=MAX_COLS):
    """A line with `right` pushed to the right margin, as Gmail prints the date of a message."""
    gap = width - len(left) - len(right)
    assert gap >= 3, (left, right)
    return left + " " * gap + right


def _resolve(quote, text):
    """Quotes are written with single spaces; where the text breaks the phrase over lines (with
    indentation or '> ' quote marks) or pads a table row, the label takes the exact substring."""
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
        assert len(lines) <= MAX_LINES, (file, len(texts), len(lines))
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


# ---------------------------------------------------------------- 1 Massachusetts: Lowell PD (Gmail print)
LPD = "Lowell Police Department"
CV = "Clearview AI"
L_SUBJ = "Clearview AI quote - LPD CID"
L_HEAD = "1/28/2020, 9:41 AM     City of Lowell Mail - " + L_SUBJ
L_URL = "https://mail.google.com/mail/u/0?ik=8d2f01c7a4&view=pt&search=all"
KD = "Kevin Doyle <kdoyle@lowellma.gov>"
MS = "Maria Santos <msantos@lowellma.gov>"
PG = "Paul Giordano <pgiordano@lowellma.gov>"
doc("01_lowell-pd-clearview-quote-gmail-thread.txt", [
    (L_HEAD, "\n".join([
        ra("", KD),
        "",
        L_SUBJ,
        "5 messages",
        "",
        ra(KD, "Wed, Jan 15, 2020 at 10:12 AM"),
        "To: " + MS,
        "Cc: " + PG,
        "",
        """\
Maria,

Forwarding the Clearview quote for CID. The free trial ran out on the
10th. Our detectives ran about 260 searches on the trial accounts
since October and got real leads out of it, so the Superintendent
wants to keep it. Can we pay this from the Law Enforcement Trust Fund
(acct 2105-5300) rather than the operating budget?

Kevin

Lt. Kevin Doyle | Criminal Investigation Division
Lowell Police Department | 50 Arcand Drive, Lowell, MA 01852
(978) 555-0142

---------- Forwarded message ---------
From: Clearview AI Sales <sales@clearview.ai>
Date: Mon, Jan 13, 2020 at 3:48 PM
Subject: Quote - Lowell Police Department (MA)
To: Kevin Doyle <kdoyle@lowellma.gov>

Hi Lieutenant,

Great speaking with you. As discussed, here is pricing for an annual
subscription for your Criminal Investigation Division."""]), L_URL + "   1/4"),
    (L_HEAD, "\n".join([
        """\
  QUOTE CV-Q-1187                              Quote date: 01/13/2020
  Bill to: Lowell Police Department            Valid for 60 days

  Description                                              Amount
  ------------------------------------------------------  -----------
  Clearview AI Law Enforcement Subscription, 12 months     $18,000.00
    (10 investigator accounts, unlimited searches)
  Clearview Mobile app access (10 accounts)                   Included
  Online training and onboarding                                Waived
  ------------------------------------------------------  -----------
  Total due                                                $18,000.00

Additional investigator accounts are $2,000 per account per year,
prorated to the end of the term. Our database now holds more than 3
billion images collected from public sources on the open web.

Thank you,
Ryan Kessler | Government Accounts | Clearview AI
""",
        ra(MS, "Thu, Jan 16, 2020 at 2:05 PM"),
        "To: " + KD,
        "Cc: " + PG,
        "",
        """\
Kevin - a few questions before I can cut a PO. Answers inline please.

On Wed, Jan 15, 2020 at 10:12 AM Kevin Doyle <kdoyle@lowellma.gov> wrote:
> Forwarding the Clearview quote for CID.

Is it a sole source? Anything $10,000 and up needs three written
quotes or a sole-source memo under M.G.L. c. 30B.

> Can we pay this from the Law Enforcement Trust Fund (acct 2105-5300)
> rather than the operating budget?

Yes, with the Superintendent's signature. The trust fund balance was
$61,400 at 12/31."""]), L_URL + "   2/4"),
    (L_HEAD, "\n".join([
        """\
> Our detectives ran about 260 searches on the trial accounts

Who had trial accounts? Legal will ask.
""",
        ra(KD, "Thu, Jan 16, 2020 at 4:40 PM"),
        "To: " + MS,
        "Cc: " + PG,
        "",
        """\
Answers below.

On Thu, Jan 16, 2020 at 2:05 PM Maria Santos <msantos@lowellma.gov> wrote:
> Is it a sole source?

Yes. Nobody else sells a search of open-web photos. I'll write the
memo today.

> Who had trial accounts? Legal will ask.

Seven detectives had trial logins. Going forward only CID detectives
who have completed the vendor training will get an account, and every
search has to be tied to an open case number in the log.

Also, the Axon camera pilot ($32,750) is a separate request from the
same fund. Please keep it off this PO."""]), L_URL + "   3/4"),
    (L_HEAD, "\n".join([
        ra(PG, "Fri, Jan 17, 2020 at 8:02 AM"),
        "To: " + KD,
        "Cc: " + MS,
        "",
        """\
Approved for one year at 10 accounts. Until we have a written policy,
two rules: a Clearview hit is an investigative lead only and is never
by itself probable cause for an arrest, and nobody runs photos for an
outside agency on our accounts.

Keep an eye on the police reform bill at the State House. If it passes
as filed, local departments may not be allowed to run their own face
searches and would have to go through the Registry of Motor Vehicles
or the State Police. Last year we sent 41 photo requests to the RMV's
facial recognition unit.
""",
        ra(MS, "Mon, Jan 27, 2020 at 11:30 AM"),
        "To: " + KD,
        "",
        """\
PO 20-003382 issued today to Clearview AI, Inc. for $18,000.00, Law
Enforcement Trust Fund. Sole-source memo is in the file (vendor
#11873)."""]), L_URL + "   4/4"),
], "print", LPD,
    [LPD, "City of Lowell", "Massachusetts Registry of Motor Vehicles", "Massachusetts State Police"],
    [CV, "Axon"],
    ["Clearview Mobile"],
    [C(18000, 18000, "year", "Clearview AI Law Enforcement Subscription, 12 months $18,000.00", LPD, CV),
     C(2000, 2000, "year", "Additional investigator accounts are $2,000 per account per year", LPD, CV,
       unit="per user")],
    [N(260, "approximately", "searches", None, "Our detectives ran about 260 searches on the trial accounts",
       LPD, CV),
     N(10, "exact", "licenses", None, "(10 investigator accounts, unlimited searches)", LPD, CV),
     N(3000000000, "more than", "images", None, "more than 3 billion images collected from public sources",
       None, CV),
     N(7, "exact", "users", None, "Seven detectives had trial logins", LPD, CV),
     N(41, "exact", "requests", "year", "Last year we sent 41 photo requests to the RMV's facial recognition unit",
       LPD, None)],
    [P("Going forward only CID detectives who have completed the vendor training will get an account, and every "
       "search has to be tied to an open case number in the log.", LPD, "requirement"),
     P("a Clearview hit is an investigative lead only and is never by itself probable cause for an arrest",
       LPD, "disclaimer"),
     P("nobody runs photos for an outside agency on our accounts", LPD, "prohibition")],
    [E("Kevin Doyle", "Maria Santos", "Wed, Jan 15, 2020 at 10:12 AM", L_SUBJ),
     E("Clearview AI Sales", "Kevin Doyle", "Mon, Jan 13, 2020 at 3:48 PM", "Quote - Lowell Police Department (MA)"),
     E("Maria Santos", "Kevin Doyle", "Thu, Jan 16, 2020 at 2:05 PM", L_SUBJ),
     E("Kevin Doyle", None, "Wed, Jan 15, 2020 at 10:12 AM", None),
     E("Kevin Doyle", "Maria Santos", "Thu, Jan 16, 2020 at 4:40 PM", L_SUBJ),
     E("Maria Santos", None, "Thu, Jan 16, 2020 at 2:05 PM", None),
     E("Paul Giordano", "Kevin Doyle", "Fri, Jan 17, 2020 at 8:02 AM", L_SUBJ),
     E("Maria Santos", "Kevin Doyle", "Mon, Jan 27, 2020 at 11:30 AM", L_SUBJ)],
    ["2020-01-28", "2020-01-15", "2020-01-13", "2020-01-16", "2020-01-17", "2020-01-27"],
    scan="print")


# ---------------------------------------------------------------- 2 Montana: Bozeman PD (annual report)
BPD = "Bozeman Police Department"
GCSO = "Gallatin County Sheriff's Office"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
MONTHS = [("January", 9, 5, 3), ("February", 7, 3, 2), ("March", 12, 7, 4), ("April", 10, 6, 3),
          ("May", 8, 4, 2), ("June", 14, 8, 5), ("July", 11, 6, 3), ("August", 13, 7, 4),
          ("September", 9, 5, 2), ("October", 12, 6, 4), ("November", 6, 3, 1), ("December", 8, 4, 2)]
assert sum(m[1] for m in MONTHS) == 119 and sum(m[2] for m in MONTHS) == 64 and sum(m[3] for m in MONTHS) == 35
ROWS = "\n".join(f"{m:<9}   {s:>8}   {p:>14}   {ld:>14}" for m, s, p, ld in MONTHS)
doc("02_bozeman-pd-2023-annual-report-investigations.txt", [
    (None, """\
BOZEMAN POLICE DEPARTMENT
2023 ANNUAL REPORT                                   Published March 2024

SECTION 4 - INVESTIGATIONS DIVISION

Caseload
Detectives were assigned 612 cases in 2023, up from 547 in 2022, and
cleared 388 of them by arrest or exception. The Division has eleven
sworn members and two civilian crime analysts. Its overtime budget
for FY2024 is $146,000.

Facial Recognition
Since July 2022 the Division has searched probe images with
FaceVACS-DBScan LE, a facial recognition application made by Cognitec
Systems. The application and its gallery are hosted by the Gallatin
County Sheriff's Office at the Gallatin County Detention Center.
Bozeman pays part of the license and support costs under an interlocal
agreement approved by the City Commission in Resolution 5411. The
City's share for FY2024 is $8,400. The County paid Cognitec a one-time
license fee of $52,000 in 2022; Bozeman did not contribute to it. The
County has told the City that its share for FY2025 will be about
$8,820, after a 5% increase in the support fee.

At the end of 2023 the gallery held 118,406 booking photographs of
roughly 61,000 people booked at the Detention Center since 2004. The
system has 14 user accounts; Bozeman members hold five of them and
Sheriff's Office detectives hold the rest. The gallery does not
include driver license photographs.""", "2023 Annual Report | 14"),
    (None, """\
Table 4.3  Facial recognition searches run by Bozeman Police
           Department members, by month, 2023

Month       Searches   Possible match     Lead sent to
                         returned       case detective
---------   --------   --------------   --------------
""" + ROWS + """
---------   --------   --------------   --------------
Total            119               64               35

Of these searches, 17 were run at the request of other agencies,
mostly the Montana State University Police Department and the
Belgrade Police Department. Case detectives reported that a lead from
the system contributed to 9 arrests during the year. A possible match
was returned in 54% of searches, compared with 61% for searches run by
Sheriff's Office detectives.""", "2023 Annual Report | 15"),
    (None, """\
Use policy
Department Policy 612, Facial Recognition, was adopted in June 2022
and revised in November 2023 to conform to Montana's Facial
Recognition for Government Use Act, which took effect on October 1,
2023. Facial recognition is used only to develop leads in
investigations of serious crimes, to identify deceased persons and to
locate missing or endangered persons. Department members may not use
facial recognition for real-time or continuous surveillance of any
person or place. A possible match is an investigative lead only and
may not be used as the sole basis for an arrest or a search warrant.
Every search must be logged with the case number and the reason for
the search, and the Professional Standards lieutenant audits the log
twice a year. With a supervisor's approval, a detective may ask the
Montana Division of Criminal Investigation to search driver license
photographs when the County gallery returns no candidate. A member who
uses the system for a personal or other non-law-enforcement purpose is
subject to discipline up to and including termination.

Both 2023 audits found the log complete.

SECTION 5 - SUPPORT SERVICES

Body-Worn Cameras
All 86 patrol officers and sergeants wear Axon Body 3 cameras. The
cameras recorded 41,880 videos in 2023, and the Evidence Unit
processed 1,214 requests for video from prosecutors and defense
counsel. The five-year Axon agreement costs $118,600 a year. Body-worn
camera video is not searched with facial recognition.

Records
The Records Unit processed 3,906 public records requests and 2,417
background checks in 2023.""", "2023 Annual Report | 16"),
], "pdf", BPD,
    [BPD, GCSO, "Gallatin County Detention Center", "Bozeman City Commission",
     "Montana State University Police Department", "Belgrade Police Department",
     "Montana Division of Criminal Investigation"],
    [COG, "Axon"],
    [DBS, "Axon Body 3"],
    [C(8400, 8400, "year", "The City's share for FY2024 is $8,400", BPD, COG, DBS),
     C(52000, 52000, "one-time", "The County paid Cognitec a one-time license fee of $52,000", GCSO, COG, DBS),
     C(8820, 8820, "year", "its share for FY2025 will be about $8,820", BPD, COG, DBS)],
    [N(118406, "exact", "images", None, "the gallery held 118,406 booking photographs", GCSO, COG),
     N(61000, "approximately", "images", None, "roughly 61,000 people", GCSO, COG),
     N(14, "exact", "users", None, "The system has 14 user accounts", GCSO, COG),
     N(5, "exact", "users", None, "Bozeman members hold five of them", BPD, COG)]
    + [N(s, "exact", "searches", "month", f"{m:<9}   {s:>8}", BPD, COG) for m, s, _, _ in MONTHS]
    + [N(119, "exact", "searches", "year", "Total            119", BPD, COG),
       N(64, "exact", "matches", "year", "Total            119               64", BPD, COG),
       N(35, "exact", "leads", "year", "Total            119               64               35", BPD, COG),
       N(17, "exact", "requests", None, "17 were run at the request of other agencies", BPD, COG),
       N(9, "exact", "arrests", "year", "a lead from the system contributed to 9 arrests during the year",
         BPD, COG)],
    [P("Facial recognition is used only to develop leads in investigations of serious crimes, to identify "
       "deceased persons and to locate missing or endangered persons.", BPD, "purpose"),
     P("Department members may not use facial recognition for real-time or continuous surveillance of any "
       "person or place.", BPD, "prohibition"),
     P("A possible match is an investigative lead only and may not be used as the sole basis for an arrest or a "
       "search warrant.", BPD, "disclaimer"),
     P("Every search must be logged with the case number and the reason for the search, and the Professional "
       "Standards lieutenant audits the log twice a year.", BPD, "requirement"),
     P("With a supervisor's approval, a detective may ask the Montana Division of Criminal Investigation to "
       "search driver license photographs when the County gallery returns no candidate.", BPD, "permission"),
     P("A member who uses the system for a personal or other non-law-enforcement purpose is subject to "
       "discipline up to and including termination.", BPD, "consequence")],
    [],
    ["2024-03", "2023", "2022", "2022-07", "2004", "2022-06", "2023-11", "2023-10-01"],
    scan="pdf")


# ---------------------------------------------------------------- 3 North Carolina: Fayetteville PD (state contract)
FPD = "Fayetteville Police Department"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("03_fayetteville-pd-state-term-contract-face-plus.txt", [
    (None, """\
STATE OF NORTH CAROLINA
DEPARTMENT OF ADMINISTRATION - DIVISION OF PURCHASE AND CONTRACT

STATEWIDE TERM CONTRACT 208A
Public Safety Identification Software and Related Services
Contract term: 07/01/2022 - 06/30/2025, with two optional one-year
renewals
Contractor: DataWorks Plus, LLC, 728 N. Pleasantburg Drive,
            Greenville, SC 29607 (Vendor No. 570684112)

ATTACHMENT B - PRICE LIST (Revision 3, effective 01/01/2023)
Authorized users: State agencies, political subdivisions of the State,
community colleges and public school units.

Line  Item                                        Unit         Price
----  ------------------------------------------  -------  ----------
B-1   FACE Plus facial recognition base server     each     38,500.00
      license, gallery up to 500,000 images
B-2   FACE Plus gallery expansion, each            each      6,200.00
      additional 250,000 images
B-3   FACE Plus investigative client license       user      2,950.00
      (concurrent)
B-4   FACE Plus annual support and hosting         year        18% of
                                                              license
B-5   Digital Photo Manager mugshot capture        each      4,875.00
      station (camera, lighting, backdrop)
B-6   Livescan fingerprint station, cabinet        each     23,400.00
B-7   Project management and installation         day       1,450.00
B-8   Examiner training class, 3 days, up to 6     class     5,600.00
      students

Prices are F.O.B. destination, freight included. Prices do not include
sales or use tax. Authorized users may buy directly from the
Contractor by purchase order citing this contract number.""", "STC 208A Att. B, p. 1"),
    (None, """\
STATEWIDE TERM CONTRACT 208A
ATTACHMENT C - CONDITIONS OF USE (binding on all authorized users)

C.1  The system is provided for the identification of persons in
     criminal investigations, for booking, and for the identification
     of deceased or missing persons.
C.2  Each authorized user must designate a system administrator and
     must ensure that every operator completes the Contractor's
     examiner training before an account is issued.
C.3  An authorized user may not use the system to search images of
     persons engaged in lawful assembly or protest.
C.4  Search results are investigative leads and do not constitute a
     positive identification.
C.5  The Contractor may suspend the account of an authorized user
     that violates these conditions, on written notice to the
     Division of Purchase and Contract.

Contract administrator: Kenneth Oyelaran, Division of Purchase and
Contract, 116 West Jones Street, Raleigh, NC 27603, (919) 555-0164.""",
     "STC 208A Att. C, p. 1"),
    (None, """\
CITY OF FAYETTEVILLE, NORTH CAROLINA
Police Department - Technical Services Bureau
467 Hay Street, Fayetteville, NC 28301

MEMORANDUM                                         No. FPD-TSB 23-041

TO:       Purchasing Manager, Finance Department
FROM:     Capt. Renata Whitley, Technical Services Bureau
THROUGH:  Chief of Police
DATE:     March 9, 2023
SUBJECT:  Facial recognition software - purchase under Statewide Term
          Contract 208A (DataWorks Plus)

1. Request. The Police Department asks for a purchase order to
DataWorks Plus, LLC for the FACE Plus facial recognition system at the
prices in Attachment B of Statewide Term Contract 208A. Because the
purchase is made from a State term contract, G.S. 143-129(e)(2) does
not require the City to bid it again.

2. Items.

STC   Item                             Qty    Unit price     Extended
----  -------------------------------  ---  ------------  -----------
B-1   FACE Plus base server license      1     38,500.00    38,500.00
B-3   Investigative client licenses      8      2,950.00    23,600.00
B-7   Installation (days)                4      1,450.00     5,800.00
B-8   Examiner training class            1      5,600.00     5,600.00
B-4   Support and hosting, year 1                           11,178.00
      (18% of lines B-1 and B-3)
      N.C. sales and use tax, 7.00% of lines B-1 and B-3     4,347.00
                                               Total        89,025.00

Lines B-1, B-3, B-7 and B-8 are one-time charges. Line B-4 is billed
each year; years 2 and 3 (about $11,178 each) will be requested in the
FY2024 and FY2025 operating budgets.""", "FPD-TSB 23-041 p. 1/2"),
    (None, """\
3. Not ordered. The Department is not ordering a gallery expansion
(B-2) or a mugshot capture station (B-5). The Cumberland County
Detention Center's booking photographs, about 212,000 images, fit
within the base license. The Livescan station (B-6) at the Detention
Center was bought by the County in 2021 and is not part of this
request.

4. Users. The eight client licenses are concurrent: any number of
trained operators may hold accounts, but no more than eight can be
logged in at once.

5. Conditions of use. Attachment C of the contract binds the City as
an authorized user. The Department's Written Directive 4.19 on facial
recognition is in draft and will go to the Chief before go-live. The
contract does not prohibit sharing results with other agencies; the
draft directive would require a lieutenant's approval to do so.

6. Funding. FY2023 Police Department budget, org 4110, object
52-4430. Available balance on 03/08/2023: $141,260.


Approved: ____________________  Chief of Police    Date: ___________""", "FPD-TSB 23-041 p. 2/2"),
], "pdf", FPD,
    [FPD, "City of Fayetteville", "North Carolina Department of Administration",
     "Cumberland County Detention Center"],
    [DWP],
    [FP, "Digital Photo Manager"],
    [C(38500, 38500, "one-time", "B-1 FACE Plus base server license 1 38,500.00 38,500.00", FPD, DWP, FP),
     C(23600, 23600, "one-time", "B-3 Investigative client licenses 8 2,950.00 23,600.00", FPD, DWP, FP),
     C(2950, 2950, "one-time", "B-3 Investigative client licenses 8 2,950.00", FPD, DWP, FP, unit="per user"),
     C(5800, 5800, "one-time", "B-7 Installation (days) 4 1,450.00 5,800.00", FPD, DWP, FP),
     C(1450, 1450, "one-time", "B-7 Installation (days) 4 1,450.00", FPD, DWP, FP, unit="per day"),
     C(5600, 5600, "one-time", "B-8 Examiner training class 1 5,600.00 5,600.00", FPD, DWP, FP),
     C(11178, 11178, "year", "B-4 Support and hosting, year 1 11,178.00", FPD, DWP, FP),
     C(89025, 89025, None, "Total 89,025.00", FPD, DWP, FP)],
    [N(8, "exact", "licenses", None, "B-3 Investigative client licenses 8", FPD, DWP),
     N(212000, "approximately", "images", None, "booking photographs, about 212,000 images", FPD, DWP)],
    [P("The system is provided for the identification of persons in criminal investigations, for booking, and "
       "for the identification of deceased or missing persons.", FPD, "purpose"),
     P("Each authorized user must designate a system administrator and must ensure that every operator completes "
       "the Contractor's examiner training before an account is issued.", FPD, "requirement"),
     P("An authorized user may not use the system to search images of persons engaged in lawful assembly or "
       "protest.", FPD, "prohibition"),
     P("Search results are investigative leads and do not constitute a positive identification.", FPD,
       "disclaimer"),
     P("The Contractor may suspend the account of an authorized user that violates these conditions", FPD,
       "consequence")],
    [],
    ["2022-07-01", "2025-06-30", "2023-01-01", "2023-03-09", "2021", "2023-03-08"],
    scan="pdf")


# ---------------------------------------------------------------- 4 New Hampshire: Londonderry PD (town warrant)
LDPD = "Londonderry Police Department"
VIG = "Vigilant Solutions"
FS = "FaceSearch"
doc("04_londonderry-nh-2024-warrant-article-13-facesearch.txt", [
    (None, """\
TOWN OF LONDONDERRY, NEW HAMPSHIRE
2024 TOWN WARRANT (SB 2)

First Session (Deliberative): Saturday, February 3, 2024, 9:00 AM,
Londonderry High School Cafetorium, 295 Mammoth Road
Second Session (Official Ballot Voting): Tuesday, March 12, 2024,
7:00 AM to 8:00 PM, Londonderry High School Gymnasium

ARTICLE 12. POLICE BODY-WORN CAMERAS
To see if the Town will vote to raise and appropriate the sum of
Sixty-Three Thousand Nine Hundred Dollars ($63,900) for the first year
of a five-year agreement with Axon Enterprise, Inc. for 38 body-worn
cameras, docking stations and evidence storage for the Police
Department. The Town Council recommends this article 5-0. The Budget
Committee recommends this article 7-0. Estimated tax impact: $0.01
per $1,000 of assessed value. (Majority vote required.)

ARTICLE 13. POLICE INVESTIGATIVE FACIAL RECOGNITION SOFTWARE
To see if the Town will vote to raise and appropriate the sum of
Twenty-One Thousand Eight Hundred Dollars ($21,800) for a three-year
subscription to facial recognition investigative software for the
Police Department, and to authorize the Town Manager to enter into a
three-year agreement for that purpose. This will be a non-lapsing
appropriation per RSA 32:7, VI and will not lapse until June 30, 2027
or until the subscription term ends, whichever is sooner. The Town
Council recommends this article 3-2. The Budget Committee recommends
this article 5-2. Estimated tax impact: $0.003 per $1,000 of assessed
value. (Majority vote required.)""", "2024 Town Warrant - 7 -"),
    (None, """\
EXPLANATION OF ARTICLE 13 (prepared by the Police Department)

What would the money buy? A subscription to FaceSearch, a facial
recognition service from Vigilant Solutions, a Motorola Solutions
company, for up to five user licenses, plus onboarding and training.
FaceSearch compares a photo of an unknown person with more than 18
million booking photographs contributed by participating agencies.
It does not search driver's license photos or social media.

Cost (Vigilant Solutions quote VS-NH-23-4471, December 4, 2023)

Item                                FY2025    FY2026    FY2027     Total
---------------------------------  --------  --------  --------  --------
FaceSearch subscription, up to 5      6,800     6,800     6,800    20,400
  user licenses (annual)
Onboarding and 2-day training         1,400         -         -     1,400
  (one-time)
---------------------------------  --------  --------  --------  --------
Article 13 total                                                   21,800

Why now? During a free 90-day trial last fall, detectives ran 74
searches, which produced 11 leads that were confirmed by other
evidence. The Hudson Police Department pays about $7,000 a year for
the same service. Clearview AI quoted $9,500 a year for five users
but was not chosen because it searches images taken from the
internet.

Is there a policy? Yes. Police Department Directive 2.41, Facial
Recognition, was adopted in November 2023 and governed the trial. Its
main provisions are:""", "2024 Town Warrant - 8 -"),
    (None, """\
  2.41.2  Facial recognition is used solely to help identify suspects,
          victims and witnesses in criminal investigations and to
          identify missing, endangered or deceased persons.
  2.41.3  An officer must complete the vendor's FaceSearch training and
          the Department's 4-hour policy course before an account is
          issued.
  2.41.4  Facial recognition shall not be used on live video, and no
          recording from a body-worn camera shall be searched, as RSA
          105-D:2, XII requires.
  2.41.5  A FaceSearch result is an investigative lead only and is not
          probable cause to arrest.
  2.41.6  With the Captain's approval, an investigator may run a search
          for another New Hampshire law enforcement agency.
  2.41.8  Misuse of the system is grounds for discipline up to and
          including dismissal.

Articles 12 and 13 are independent; either may pass without the other.

ARTICLE 14. POLICE CRUISER REPLACEMENT
To see if the Town will vote to raise and appropriate the sum of One
Hundred Eighteen Thousand Dollars ($118,000) for the purchase and
equipping of two police cruisers, and to authorize the withdrawal of
$40,000 from the Police Vehicle Capital Reserve Fund created for that
purpose, with the balance of $78,000 to come from taxation. The Town
Council recommends this article 5-0. The Budget Committee recommends
this article 6-1. Estimated tax impact: $0.02 per $1,000 of assessed
value. (Majority vote required.)""", "2024 Town Warrant - 9 -"),
], "pdf", LDPD,
    [LDPD, "Town of Londonderry", "Londonderry Town Council", "Londonderry Budget Committee",
     "Hudson Police Department"],
    [VIG, "Motorola Solutions", "Axon", CV],
    [FS],
    [C(21800, 21800, None, "the sum of Twenty-One Thousand Eight Hundred Dollars ($21,800)", LDPD, VIG, FS),
     C(6800, 6800, "year", "FaceSearch subscription, up to 5 6,800", LDPD, VIG, FS),
     C(20400, 20400, None, "FaceSearch subscription, up to 5 6,800 6,800 6,800 20,400", LDPD, VIG, FS),
     C(1400, 1400, "one-time", "Onboarding and 2-day training 1,400", LDPD, VIG, FS),
     C(7000, 7000, "year", "The Hudson Police Department pays about $7,000 a year", "Hudson Police Department",
       VIG, FS)],
    [N(5, "up to", "licenses", None, "up to five user licenses", LDPD, VIG),
     N(18000000, "more than", "images", None, "more than 18 million booking photographs", None, VIG),
     N(74, "exact", "searches", None, "detectives ran 74 searches", LDPD, VIG),
     N(11, "exact", "leads", None, "which produced 11 leads", LDPD, VIG)],
    [P("Facial recognition is used solely to help identify suspects, victims and witnesses in criminal "
       "investigations and to identify missing, endangered or deceased persons.", LDPD, "purpose"),
     P("An officer must complete the vendor's FaceSearch training and the Department's 4-hour policy course "
       "before an account is issued.", LDPD, "requirement"),
     P("Facial recognition shall not be used on live video, and no recording from a body-worn camera shall be "
       "searched, as RSA 105-D:2, XII requires.", LDPD, "prohibition"),
     P("A FaceSearch result is an investigative lead only and is not probable cause to arrest.", LDPD,
       "disclaimer"),
     P("With the Captain's approval, an investigator may run a search for another New Hampshire law "
       "enforcement agency.", LDPD, "permission"),
     P("Misuse of the system is grounds for discipline up to and including dismissal.", LDPD, "consequence")],
    [],
    ["2024", "2024-02-03", "2024-03-12", "2027-06-30", "2023-12-04", "2023-11"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Pennsylvania: Harrisburg Bureau of Police (RTKL)
HBP = "Harrisburg Bureau of Police"
QUARTERS = [("2022 Q3", 164), ("2022 Q4", 187), ("2023 Q1", 171), ("2023 Q2", 203), ("2023 Q3", 219),
            ("2023 Q4", 176), ("2024 Q1", 158), ("2024 Q2 (through 5/29)", 104)]
assert sum(q[1] for q in QUARTERS) == 1382
SHEET = "\n".join(f"{i + 2:>2}    {q:<27}{n:<14}{100 * n / 1382:.1f}%" for i, (q, n) in enumerate(QUARTERS))
doc("05_harrisburg-bop-rtkl-response-clearview.txt", [
    (None, """\
CITY OF HARRISBURG
Office of Open Records
Dr. Martin Luther King, Jr. City Government Center
10 N. Second Street, Harrisburg, PA 17101          Tel. (717) 555-0116

June 14, 2024

Via email only: tgreer.reports@example.org
Tamsin Greer
Capital Region Ledger

     Re:  Right-to-Know Law Request No. 24-0387
          (received May 8, 2024)

Dear Ms. Greer:

The City of Harrisburg received your request for records of the
Harrisburg Bureau of Police under the Pennsylvania Right-to-Know Law,
65 P.S. 67.101 et seq., on May 8, 2024. On May 15, 2024 the City
extended its time to respond by 30 days under Section 902 of the Law.
This is the City's final response. Your request is GRANTED IN PART
and DENIED IN PART. Each numbered item of your request is restated
below, followed by the City's response.

1. "All contracts, purchase orders and invoices with Clearview AI."

   GRANTED. The Bureau of Police has bought two one-year Clearview AI
   subscriptions. The first, for July 2022 through June 2023, cost
   $9,800 for five user licenses. The renewal, for July 2023 through
   June 2024, cost $12,250 for seven user licenses. The Bureau will
   not renew when the current term ends on June 30, 2024. Copies of
   purchase orders 22-1196 and 23-1472 and the two invoices are
   enclosed (6 pages).

2. "Records showing how many searches the Bureau ran in Clearview."

   GRANTED. The Bureau does not keep a search log of its own. The
   attached spreadsheet (Attachment A) was exported from the Clearview
   administrator dashboard on May 30, 2024. It shows 1,382 searches
   from July 1, 2022 through May 29, 2024, run by nine different
   members over the two terms.""", "RTKL 24-0387 p. 1 of 3"),
    (None, """\
3. "Any policy, general order or directive on facial recognition."

   GRANTED. General Order 2022-11, Facial Recognition Technology,
   effective September 1, 2022, is enclosed (4 pages). Its operative
   provisions read:

     4.1  Only sworn members of the Criminal Investigation Division
          who have completed the vendor's training shall be issued an
          account.
     4.2  Each search shall be entered in the case file with the
          incident number and the reason for the search.
     4.4  Members shall not search images of persons lawfully
          exercising rights of speech, assembly or religion.
     4.6  A possible match is an investigative lead and shall not, by
          itself, establish probable cause for an arrest.
     6.1  A violation of this order may result in discipline and the
          loss of system access.

   The order does not address JNET facial recognition, which is
   governed by the JNET user agreement.

4. "Records of searches run in JNET facial recognition."

   DENIED IN PART. Records of individual searches are records of
   criminal investigations, exempt under Section 708(b)(16) of the
   Right-to-Know Law and under the Criminal History Record Information
   Act, 18 Pa.C.S. 9106. The Bureau can state that 23 of its members
   hold JNET accounts with facial recognition access. The facial
   recognition service of JNET (the Pennsylvania Justice Network)
   searches PennDOT driver license photographs and is provided by the
   Commonwealth at no cost to the City.

5. "Communications with Amazon about Rekognition."

   NO RECORDS. The Bureau has not bought, tested or used Amazon
   Rekognition. An attestation of nonexistence is enclosed.""", "RTKL 24-0387 p. 2 of 3"),
    (None, """\
Fees. Copies of the 12 pages enclosed would cost $3.00 at $0.25 per
page. The fee is waived.

Appeal. If you wish to appeal the partial denial, you must file an
appeal with the Pennsylvania Office of Open Records, 333 Market
Street, 16th Floor, Harrisburg, PA 17101-2234, within 15 business days
of the mailing date of this response, under Section 1101 of the Law.

Sincerely,

Dominic Arcuri
Open Records Officer, City of Harrisburg

Enclosures: Attachment A; purchase orders and invoices (6 pages);
General Order 2022-11 (4 pages); attestation (1 page)""", "RTKL 24-0387 p. 3 of 3"),
    (None, """\
ATTACHMENT A - RTKL 24-0387
clearview_searches_by_quarter.xlsx (exported 05/30/2024, account
HBG-BOP-0291)

      A                          B             C
 1    Quarter                    Searches      Share of total
""" + SHEET + """
10    Total                      1382          100.0%
11
12    Note: counts searches by all users of the account; a search
13    that uploads the same probe photo again is counted again.""", "RTKL 24-0387 Att. A"),
], "pdf", HBP,
    ["City of Harrisburg", HBP, "Pennsylvania Justice Network", "Pennsylvania Department of Transportation",
     "Pennsylvania Office of Open Records"],
    [CV, "Amazon Web Services"],
    ["Amazon Rekognition"],
    [C(9800, 9800, "year", "cost $9,800 for five user licenses", HBP, CV),
     C(12250, 12250, "year", "cost $12,250 for seven user licenses", HBP, CV)],
    [N(5, "exact", "licenses", None, "$9,800 for five user licenses", HBP, CV),
     N(7, "exact", "licenses", None, "$12,250 for seven user licenses", HBP, CV),
     N(1382, "exact", "searches", None, "It shows 1,382 searches", HBP, CV),
     N(9, "exact", "users", None, "run by nine different members", HBP, CV)]
    + [N(n, "exact", "searches", "quarter", f"{q:<27}{n}", HBP, CV) for q, n in QUARTERS]
    + [N(23, "exact", "users", None, "23 of its members hold JNET accounts with facial recognition access",
         HBP, None)],
    [P("Only sworn members of the Criminal Investigation Division who have completed the vendor's training shall "
       "be issued an account.", HBP, "requirement"),
     P("Each search shall be entered in the case file with the incident number and the reason for the search.",
       HBP, "requirement"),
     P("Members shall not search images of persons lawfully exercising rights of speech, assembly or religion.",
       HBP, "prohibition"),
     P("A possible match is an investigative lead and shall not, by itself, establish probable cause for an "
       "arrest.", HBP, "disclaimer"),
     P("A violation of this order may result in discipline and the loss of system access.", HBP, "consequence")],
    [],
    ["2024-06-14", "2024-05-08", "2024-05-15", "2022-07", "2023-06", "2023-07", "2024-06", "2024-06-30",
     "2024-05-30", "2022-07-01", "2024-05-29", "2022-09-01"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Rhode Island: East Providence PD (press release)
EPPD = "East Providence Police Department"
IDM = "IDEMIA"
MFI = "Morpho Face Investigate"
doc("06_east-providence-pd-press-release-fr-pilot.txt", [
    (None, """\
CITY OF EAST PROVIDENCE
Office of the Mayor  |  East Providence Police Department
145 Taunton Avenue, East Providence, RI 02914

FOR IMMEDIATE RELEASE                                     May 21, 2024
Media contact: Lt. Gina Pereira, Public Information Officer,
(401) 555-0175, gpereira@eppd.example

EAST PROVIDENCE POLICE ADOPT FACIAL RECOGNITION RULES, BEGIN ONE-YEAR
INVESTIGATIVE PILOT

EAST PROVIDENCE, R.I. - The East Providence Police Department will
begin a one-year pilot of facial recognition software on June 1 under
a new general order that limits how detectives may use it, Mayor Helen
Furtado and Police Chief Daniel Quental announced today.

The pilot uses Morpho Face Investigate, a system made by IDEMIA, and
is paid for with a $47,500 Edward Byrne Memorial Justice Assistance
Grant (JAG) awarded through the Rhode Island Public Safety Grant
Administration Office. Of the grant, $36,000 covers the one-year
software license and $11,500 covers installation, a dedicated
workstation and examiner training. No city tax dollars are used. The
City Council voted 4-1 on May 7 to accept the grant.

"Our detectives spend hours paging through booking photos trying to
put a name to a face from a store camera," Chief Quental said. "This
gives them a faster starting point, with limits we have put in
writing."

The system will search only the Department's own booking photographs,
about 48,000 images taken since 2009. It will not search driver's
license photos or images collected from social media. Five detectives
who have completed IDEMIA's examiner course will have access.

For comparison, the Rhode Island State Police ran more than 1,100
facial recognition searches last year through a separate system.""", "- more -"),
    (None, """\
"We heard residents' concerns at two community meetings, and the
general order reflects them," Mayor Furtado said.

Councilwoman Aurelia Brandt, who voted for the grant, said the pilot
ends on May 31, 2025 unless the Council votes to continue it. "We will
see the numbers before that vote," she said.

EAST PROVIDENCE POLICE DEPARTMENT
GENERAL ORDER 450.12 - FACIAL RECOGNITION (EXCERPT)
Effective: June 1, 2024              Review date: May 31, 2025

Sec. 3  Purpose. The system is used to help identify unknown
        suspects, victims and witnesses in felony investigations and
        to identify missing or deceased persons.
Sec. 4  Access. Only members designated by the Chief who have
        completed IDEMIA's examiner course and eight hours of
        Department training on bias and the limits of the technology
        shall have access to the system.
Sec. 5  Prohibited uses. Members shall not use facial recognition on
        live or real-time video, including video from body-worn
        cameras.
Sec. 6  Results. A candidate returned by the system is an
        investigative lead only and shall not be the sole basis for
        an arrest, a search warrant or a photo array.
Sec. 7  Review. Each possible match must be reviewed by a second
        trained examiner before it is given to the case detective.
Sec. 8  Outside requests. The Detective Division commander may
        approve a search requested by another law enforcement agency
        in a felony investigation.
Sec. 9  Reporting. The Chief shall publish each quarter the number of
        searches run, the number of possible matches and the number
        of arrests in which a possible match was a factor.
Sec. 10 Discipline. A member who uses the system in violation of this
        order is subject to discipline up to and including
        termination, consistent with R.I. Gen. Laws 42-28.6.

Note: The Department's Axon body-worn cameras have no facial
recognition capability. Section 5 applies to any video source.

                                 ###""", None),
], "pdf", EPPD,
    [EPPD, "City of East Providence", "East Providence City Council",
     "Rhode Island Public Safety Grant Administration Office", "Rhode Island State Police"],
    [IDM, "Axon"],
    [MFI],
    [C(47500, 47500, "one-time", "a $47,500 Edward Byrne Memorial Justice Assistance Grant", EPPD, None),
     C(36000, 36000, "year", "$36,000 covers the one-year software license", EPPD, IDM, MFI),
     C(11500, 11500, None, "$11,500 covers installation, a dedicated workstation and examiner training", EPPD,
       IDM, MFI)],
    [N(48000, "approximately", "images", None, "about 48,000 images taken since 2009", EPPD, IDM),
     N(5, "exact", "users", None, "Five detectives who have completed IDEMIA's examiner course will have access",
       EPPD, IDM),
     N(1100, "more than", "searches", "year",
       "the Rhode Island State Police ran more than 1,100 facial recognition searches last year",
       "Rhode Island State Police", None)],
    [P("The system is used to help identify unknown suspects, victims and witnesses in felony investigations and "
       "to identify missing or deceased persons.", EPPD, "purpose"),
     P("Only members designated by the Chief who have completed IDEMIA's examiner course and eight hours of "
       "Department training on bias and the limits of the technology shall have access to the system.", EPPD,
       "requirement"),
     P("Members shall not use facial recognition on live or real-time video, including video from body-worn "
       "cameras.", EPPD, "prohibition"),
     P("A candidate returned by the system is an investigative lead only and shall not be the sole basis for an "
       "arrest, a search warrant or a photo array.", EPPD, "disclaimer"),
     P("Each possible match must be reviewed by a second trained examiner before it is given to the case "
       "detective.", EPPD, "requirement"),
     P("The Detective Division commander may approve a search requested by another law enforcement agency in a "
       "felony investigation.", EPPD, "permission"),
     P("The Chief shall publish each quarter the number of searches run, the number of possible matches and the "
       "number of arrests in which a possible match was a factor.", EPPD, "requirement"),
     P("A member who uses the system in violation of this order is subject to discipline up to and including "
       "termination", EPPD, "consequence")],
    [],
    ["2024-05-21", "2009", "2025-05-31", "2024-06-01"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
