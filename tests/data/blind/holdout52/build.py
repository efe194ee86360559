"""Writes docs/*.txt and labels.json for holdout52 (six invented releases: CO, KY, MN, NJ, ND, TX).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), and adds `kind` on policies
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
    indentation or '> ' quote marks) or aligns table columns with runs of spaces, the label takes the
    exact substring the text holds."""
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


# ---------------------------------------------------------------- 1 Colorado: Thornton PD / Adams County SO
TPD = "Thornton Police Department"
ACSO = "Adams County Sheriff's Office"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("01_thornton-pd-adams-county-so-face-search-iga.txt", [
    (None, """\
INTERGOVERNMENTAL AGREEMENT BETWEEN THE COUNTY OF ADAMS AND THE
CITY OF THORNTON FOR ACCESS TO THE ADAMS COUNTY SHERIFF'S OFFICE
FACIAL RECOGNITION SEARCH SYSTEM

County IGA No. ACSO-2024-017               City Contract No. C-24-0388

THIS INTERGOVERNMENTAL AGREEMENT ("Agreement") is entered into on
April 22, 2024 by and between the COUNTY OF ADAMS, STATE OF COLORADO,
by and through the Adams County Sheriff's Office (the "Sheriff"), and
the CITY OF THORNTON, by and through the Thornton Police Department
(the "User Agency"), under the authority of C.R.S. 29-1-203.

RECITALS

A. The Sheriff operates a facial recognition search system (the
   "System") that compares a probe image with booking photographs
   taken at the Adams County Detention Facility. The System runs
   FaceVACS-DBScan LE software licensed to the County by Cognitec
   Systems Corp. and is hosted on County servers.

B. The User Agency wishes to run searches in the System in its own
   criminal investigations, and the parties wish to share the cost
   of maintaining the System.

NOW, THEREFORE, the parties agree as follows:

1. TERM
1.1 This Agreement begins on May 1, 2024 and ends on April 30, 2025.
    It renews for up to two additional one-year terms unless either
    party gives the other sixty (60) days' written notice.

2. ACCESS AND ACCOUNTS
2.1 The Sheriff will issue the User Agency up to six (6) named user
    accounts. The User Agency's initial account holders are listed
    in Exhibit A.
2.2 Only sworn officers and crime analysts of the User Agency who
    have completed the Sheriff's eight-hour facial recognition
    examiner course may hold an account.
2.3 Accounts may not be shared, and each search shall be run under
    the account of the member who requests it.""", "IGA ACSO-2024-017          Page 1 of 4"),
    (None, """\
3. THE SYSTEM AND ITS DATA
3.1 As of March 31, 2024, the System's gallery held 412,655 booking
    photographs of approximately 198,000 persons. No driver license
    photograph is in the gallery.
3.2 In calendar year 2023 the Sheriff's own investigators ran 1,874
    searches in the System.
3.3 Probe images submitted by the User Agency are kept in the search
    log and are not enrolled in the gallery.

4. PERMITTED USE
4.1 The User Agency shall use the System only to identify a suspect,
    victim or witness in an active criminal investigation, or to
    identify a deceased or incapacitated person.
4.2 A candidate returned by the System is an investigative lead only
    and does not by itself establish probable cause for an arrest or
    a search warrant.
4.3 The User Agency shall not use the System for ongoing
    surveillance, real-time identification or persistent tracking of
    any person except as C.R.S. 24-18-307 permits.
4.4 The Sheriff may suspend any account used in breach of this
    Section 4 and may terminate this Agreement on ten (10) days'
    written notice.

5. FEES
5.1 In consideration of access, the User Agency shall pay the Sheriff
    the fees set out in Exhibit B within thirty (30) days of invoice.
5.2 The fees are the User Agency's share of the County's annual
    maintenance payment to Cognitec Systems Corp., which is $38,600
    for 2024, and of the cost of hosting the System.
5.3 Late payments accrue interest at 1.5% per month.

6. RECORDS AND AUDIT
6.1 The Sheriff shall audit at least ten percent (10%) of the User
    Agency's searches each quarter and shall report the results to
    the Chief of Police.
6.2 Nothing in this Agreement changes either party's duties under
    C.R.S. 24-18-301 et seq.""", "IGA ACSO-2024-017          Page 2 of 4"),
    (None, """\
7. GENERAL PROVISIONS
7.1 Each party is responsible for its own acts and omissions to the
    extent provided by the Colorado Governmental Immunity Act, C.R.S.
    24-10-101 et seq.
7.2 The City's financial obligations beyond the current fiscal year
    are subject to annual appropriation.

IN WITNESS WHEREOF, the parties have signed this Agreement.

COUNTY OF ADAMS, by and through         CITY OF THORNTON, by and through
the Adams County Sheriff's Office       the Thornton Police Department

By: /s/ Dolores Vickery                 By: /s/ Anselm Kravitz
    Undersheriff, for the Sheriff           City Manager
Date: 04/22/2024                        Date: 04/18/2024

                                        Approved as to form:
                                        /s/ Renata Osei
                                        Assistant City Attorney


EXHIBIT A - INITIAL ACCOUNT HOLDERS (USER AGENCY)

  Name                      Assignment                       ID
  ------------------------  -------------------------------  -----
  Det. Sgt. Carla Ybarra    Crimes Against Persons Unit      1187
  Det. Owen Pruitt          Crimes Against Persons Unit      1342
  Det. Marisol Dane         Property Crimes Unit             1409
  Det. Kieran Lott          Property Crimes Unit             1456
  Tamsin Rourke             Crime Analysis Unit (civilian)   C-221

The User Agency designates five (5) account holders at signing. A
sixth account may be requested by written notice to the Sheriff's
Investigations Division.""", "IGA ACSO-2024-017          Page 3 of 4"),
    (None, """\
EXHIBIT B - FEE SCHEDULE
Term 1: May 1, 2024 - April 30, 2025

Item  Description                            Qty       Rate      Amount
----  -------------------------------------  ---  ---------  ----------
B-1   Annual access fee, named user account    6   1,150.00    6,900.00
B-2   Onboarding and eight-hour examiner       1   1,800.00    1,800.00
      course, one-time (up to 6 students)
B-3   After-hours search by a Sheriff's        -      45.00     as used
      examiner, per request
----  -------------------------------------  ---  ---------  ----------
      Term 1 total, B-1 and B-2                                8,700.00

Notes
(a) B-1 is invoiced each May 1 for the accounts then authorized. An
    account added during a term is billed pro rata.
(b) B-3 applies only to requests made between 6:00 p.m. and 7:00 a.m.
    or on County holidays.
(c) The fees do not cover the User Agency's own workstations or its
    separate Livescan fingerprint terminal maintenance ($3,240 a
    year), which are not part of this Agreement.
(d) For a renewal term the B-1 rate may rise by no more than 4%.

Invoices to: Thornton Police Department, Attn: Fiscal Services,
(303) 555-0147. Remit to: Adams County Treasurer, Account 1010-4412.""",
     "IGA ACSO-2024-017          Page 4 of 4"),
], "pdf", TPD,
    [TPD, "City of Thornton", ACSO, "Adams County"],
    [COG],
    [DBS],
    [C(38600, 38600, "year", "the County's annual maintenance payment to Cognitec Systems Corp., which is $38,600",
       ACSO, COG, DBS),
     C(6900, 6900, "year", "B-1 Annual access fee, named user account 6 1,150.00 6,900.00", TPD, None),
     C(1150, 1150, "year", "B-1 Annual access fee, named user account 6 1,150.00", TPD, None, unit="per user"),
     C(1800, 1800, "one-time", "B-2 Onboarding and eight-hour examiner 1 1,800.00 1,800.00", TPD, None),
     C(45, 45, None, "B-3 After-hours search by a Sheriff's - 45.00", TPD, None, unit="per request"),
     C(8700, 8700, None, "Term 1 total, B-1 and B-2 8,700.00", TPD, None)],
    [N(6, "up to", "licenses", None, "up to six (6) named user accounts", TPD, COG),
     N(412655, "exact", "images", None, "the System's gallery held 412,655 booking photographs", ACSO, COG),
     N(198000, "approximately", "images", None, "approximately 198,000 persons", ACSO, COG),
     N(1874, "exact", "searches", "year", "the Sheriff's own investigators ran 1,874 searches", ACSO, COG),
     N(5, "exact", "users", None, "The User Agency designates five (5) account holders at signing.", TPD, COG)],
    [P("Only sworn officers and crime analysts of the User Agency who have completed the Sheriff's eight-hour "
       "facial recognition examiner course may hold an account.", TPD, "requirement"),
     P("Accounts may not be shared, and each search shall be run under the account of the member who requests it.",
       TPD, "prohibition"),
     P("The User Agency shall use the System only to identify a suspect, victim or witness in an active criminal "
       "investigation, or to identify a deceased or incapacitated person.", TPD, "purpose"),
     P("A candidate returned by the System is an investigative lead only and does not by itself establish probable "
       "cause for an arrest or a search warrant.", TPD, "disclaimer"),
     P("The User Agency shall not use the System for ongoing surveillance, real-time identification or persistent "
       "tracking of any person except as C.R.S. 24-18-307 permits.", TPD, "prohibition"),
     P("The Sheriff may suspend any account used in breach of this Section 4 and may terminate this Agreement on "
       "ten (10) days' written notice.", TPD, "consequence"),
     P("The Sheriff shall audit at least ten percent (10%) of the User Agency's searches each quarter and shall "
       "report the results to the Chief of Police.", TPD, "requirement")],
    [],
    ["2024-04-22", "2024-05-01", "2025-04-30", "2024-03-31", "2023", "2024", "2024-04-18"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Kentucky: Elizabethtown PD
EPD = "Elizabethtown Police Department"
MSI = "Motorola Solutions"
FS = "Vigilant FaceSearch"
doc("02_elizabethtown-pd-facesearch-memo-quote-po.txt", [
    (None, """\
ELIZABETHTOWN POLICE DEPARTMENT
INTER-OFFICE MEMORANDUM

TO:       Chief Jeremy Halloran
FROM:     Capt. Rhonda Keeling, Criminal Investigations Division
DATE:     August 20, 2024
SUBJECT:  Purchase request - Vigilant FaceSearch subscription

Chief,

Attached is Motorola Solutions quote VQ-2024-118406 for FaceSearch,
the facial recognition module of the Vigilant platform. I am asking
to buy only the two FaceSearch lines. The LPR lines on the quote are
there for the FY2026 budget discussion and are not part of this
request.

Trial. Motorola gave CID a free 30-day trial in June 2024. Four
detectives ran 57 searches during the trial. Nine of those searches
produced a candidate whom the case detective later confirmed through
other evidence.

Other agencies. The Radcliff Police Department has used FaceSearch
since 2022 and pays about $4,000 a year for three seats. The Hardin
County Sheriff's Office does not use a facial recognition product.

Gallery. FaceSearch compares a probe photo with more than 18 million
booking photographs shared by subscribing agencies, plus any booking
photos an agency uploads itself.

I will circulate a draft SOP 5.22 in October. One option in the
draft would limit searches to cases approved by a lieutenant.

R. Keeling
----------------------------------------------------------------------
APPROVED 08/26/2024 - J. Halloran, Chief of Police
Interim direction until SOP 5.22 is issued: FaceSearch shall be used
only in felony investigations and to identify missing or deceased
persons. Every search shall be recorded in the case file with the
case number. A FaceSearch candidate is an investigative lead only and
may not be the sole basis for an arrest or a warrant.""", "EPD ORR 24-0193   001"),
    (None, """\
MOTOROLA SOLUTIONS, INC.
Vigilant Solutions | 2021 Las Positas Court, Livermore, CA 94551

SALES QUOTATION                          Quote No.:   VQ-2024-118406
                                         Quote Date:  08/14/2024
                                         Expires:     10/13/2024
Customer:  Elizabethtown Police Department (KY)
           Attn: Capt. Rhonda Keeling
Sales rep: Drew Santangelo, Territory Manager, (859) 555-0142

Description                                                    Price
--------------------------------------------------------  -----------
FaceSearch LE annual subscription (6 seats),                 $7,800.00
  12 months from activation
FaceSearch gallery import - agency booking photos,           $1,250.00
  one-time service
LEARN commercial LPR data, agency license, 12 months         $4,500.00
Vigilant mobile LPR kit (2 cameras), installed              $18,950.00
Shipping and handling, LPR kit                                 $165.00
--------------------------------------------------------  -----------
Subtotal                                                    $32,665.00
Kentucky sales tax 6.0% (exempt - governmental entity)           $0.00
Quote total                                                 $32,665.00

Terms: Net 30. Subscription pricing is annual and is invoiced at
activation. This quotation is subject to the Motorola Solutions
Customer Agreement and the Vigilant FaceSearch Terms of Use.""", "EPD ORR 24-0193   002"),
    (None, """\
CITY OF ELIZABETHTOWN, KENTUCKY
Finance Department - Purchasing
200 West Dixie Avenue, Elizabethtown, KY 42701     (270) 555-0120

PURCHASE ORDER                            P.O. Number:  2025-000214
                                          P.O. Date:    09/03/2024
                                          Fiscal Year:  FY2025

Vendor #01977                             Ship to / Bill to
Motorola Solutions, Inc.                  Elizabethtown Police Department
Attn: Vigilant Order Management           Criminal Investigations Div.
500 W. Monroe Street                      Elizabethtown, KY 42701
Chicago, IL 60661

Reference: Quote VQ-2024-118406 dated 08/14/2024 (FaceSearch lines
only; LPR lines not ordered)

Ln  Qty  UOM   Description                    Unit Cost   Extended Cost
--  ---  ----  -----------------------------  ---------  --------------
1     6  SEAT  FaceSearch LE subscription,     1,300.00        7,800.00
               09/15/2024 - 09/14/2025
2     1  EA    FaceSearch gallery import,      1,250.00        1,250.00
               one-time
                                               PO TOTAL        9,050.00

Account: 001-2110-52260 (Police - Software and Subscriptions)
Procurement: below the $40,000 bid threshold of KRS 424.260.
Tax exempt: Kentucky Certificate of Exemption No. 51A125-0418.

Approved: /s/ Dana Whitlow, Purchasing Agent        Date: 09/03/2024
Department approval: /s/ J. Halloran, Chief         Date: 08/26/2024""", "EPD ORR 24-0193   003"),
], "pdf", EPD,
    [EPD, "City of Elizabethtown", "Radcliff Police Department", "Hardin County Sheriff's Office"],
    [MSI, "Vigilant Solutions"],
    [FS, "LEARN"],
    [C(4000, 4000, "year", "pays about $4,000 a year for three seats", "Radcliff Police Department", MSI, FS),
     C(7800, 7800, "year", "FaceSearch LE annual subscription (6 seats), $7,800.00", EPD, MSI, FS),
     C(1250, 1250, "one-time", "FaceSearch gallery import - agency booking photos, $1,250.00 one-time service",
       EPD, MSI, FS),
     C(1300, 1300, "year", "1 6 SEAT FaceSearch LE subscription, 1,300.00", EPD, MSI, FS, unit="per user"),
     C(9050, 9050, None, "PO TOTAL 9,050.00", EPD, MSI, FS)],
    [N(4, "exact", "users", None, "Four detectives ran 57 searches", EPD, MSI),
     N(57, "exact", "searches", None, "Four detectives ran 57 searches", EPD, MSI),
     N(9, "exact", "identifications", None, "Nine of those searches produced a candidate whom the case detective "
       "later confirmed", EPD, MSI),
     N(3, "exact", "licenses", None, "pays about $4,000 a year for three seats", "Radcliff Police Department", MSI),
     N(18000000, "more than", "images", None, "more than 18 million booking photographs", None, MSI),
     N(6, "exact", "licenses", None, "FaceSearch LE annual subscription (6 seats)", EPD, MSI)],
    [P("FaceSearch shall be used only in felony investigations and to identify missing or deceased persons.", EPD,
       "purpose"),
     P("Every search shall be recorded in the case file with the case number.", EPD, "requirement"),
     P("A FaceSearch candidate is an investigative lead only and may not be the sole basis for an arrest or a "
       "warrant.", EPD, "disclaimer")],
    [],
    ["2024-08-20", "2024-06", "2022", "2024-08-26", "2024-08-14", "2024-10-13", "2024-09-03", "2024-09-15",
     "2025-09-14"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Minnesota: Burnsville PD (council minutes)
BPD = "Burnsville Police Department"
DCSO = "Dakota County Sheriff's Office"
CV = "Clearview AI"
doc("03_burnsville-council-work-session-clearview-minutes.txt", [
    (None, """\
CITY OF BURNSVILLE
CITY COUNCIL WORK SESSION MINUTES
Tuesday, February 11, 2025

Present: Mayor Elaine Sorvik; Council Members Darnell Ruud, Priya
Haglund, Tomas Okafor and Beth Lindahl.
Staff: City Manager Marit Solheim; Police Chief Anders Whitcomb;
Deputy Police Chief Janelle Rios; Finance Director Curtis Van Hee;
City Clerk Nora Beckstrom.

1. CALL TO ORDER
Mayor Sorvik called the work session to order at 5:30 p.m. in the
Council Chambers.

2. POLICE DEPARTMENT - FACIAL RECOGNITION SUBSCRIPTION RENEWAL
Deputy Chief Rios presented the staff memo. The Police Department has
subscribed to Clearview AI since March 2022. The current agreement,
for 12 user licenses, costs $14,250 per year and expires on March 31,
2025. Clearview has offered to renew the same 12 licenses for $16,800
per year, an increase of about 18 percent. Staff recommends renewing
8 licenses at $1,400 per license, for a total of $11,200 per year,
paid from the Police operating budget.

Council Member Haglund asked how often the tool is used. Deputy Chief
Rios said investigators ran 1,032 searches in 2024. Eleven
investigators ran at least one search during the year, which is why
staff believes 8 licenses are enough. In 2024, searches led to the
identification of a suspect or victim in 87 cases; in each of those
cases the identification was confirmed by other means.

Council Member Okafor asked whether the Dakota County Sheriff's Office
could run the searches instead. Chief Whitcomb said the Sheriff's
Office operates a booking-photo search system from DataWorks Plus
that holds roughly 350,000 booking photos. The Sheriff's Office runs
searches for cities in the county at no charge, and Burnsville sent
it 46 requests in 2024. The county system cannot search images other
than jail booking photos, and a reply usually takes two to three days.""", "Work Session Minutes 02/11/2025 - Page 1 of 2"),
    (None, """\
Council Member Ruud asked what rules govern use. Chief Whitcomb said
Policy 345, adopted in 2022, governs the tool. Every search must be
tied to a case number. A result is treated as a lead only and cannot
be the sole basis for an arrest. Officers may not use facial
recognition to identify people at lawful protests or other First
Amendment activity. Misuse is handled under the discipline policy and
can result in termination.

Council Member Lindahl asked whether the Department reports usage to
the Council. Chief Whitcomb said there is no current requirement to
do so. Council Member Lindahl suggested that the renewal include a
quarterly usage report to the Council. The suggestion was not acted
on; staff will address it in the consent agenda memo.

Council Member Ruud asked how the subscription relates to the
body-worn camera program. Finance Director Van Hee said the Axon
body-worn camera contract approved last year ($312,400 over five
years) is a separate contract and has no facial recognition feature.

Council Member Haglund asked how search records are classified.
Deputy Chief Rios said search logs are part of the investigative
file and are handled under Minn. Stat. 13.82, subd. 7.

Council consensus was to place the renewal of 8 Clearview AI licenses
on the March 4, 2025 consent agenda.

3. 2025 STREET RECONSTRUCTION PROGRAM
City Engineer Lowell Strand presented the 2025 program, which covers
14.2 lane miles in the Sunset Pond and Nicollet neighborhoods at an
estimated cost of $6.8 million, of which $2.1 million would be
assessed to benefiting properties. Council consensus was to proceed
to the feasibility report.

4. ADJOURN
The work session adjourned at 7:08 p.m.

Respectfully submitted,

Nora Beckstrom, City Clerk

Approved by the City Council on February 18, 2025.""", "Work Session Minutes 02/11/2025 - Page 2 of 2"),
], "pdf", BPD,
    ["City of Burnsville", "Burnsville City Council", BPD, DCSO],
    [CV, "DataWorks Plus", "Axon"],
    [],
    [C(14250, 14250, "year", "for 12 user licenses, costs $14,250 per year", BPD, CV),
     C(16800, 16800, "year", "Clearview has offered to renew the same 12 licenses for $16,800 per year", BPD, CV),
     C(1400, 1400, "year", "$1,400 per license", BPD, CV, unit="per user"),
     C(11200, 11200, "year", "for a total of $11,200 per year", BPD, CV)],
    [N(12, "exact", "licenses", None, "for 12 user licenses", BPD, CV),
     N(8, "exact", "licenses", None, "Staff recommends renewing 8 licenses", BPD, CV),
     N(1032, "exact", "searches", "year", "investigators ran 1,032 searches in 2024", BPD, CV),
     N(11, "exact", "users", "year", "Eleven investigators ran at least one search during the year", BPD, CV),
     N(87, "exact", "identifications", "year", "identification of a suspect or victim in 87 cases", BPD, CV),
     N(350000, "approximately", "images", None, "holds roughly 350,000 booking photos", DCSO, "DataWorks Plus"),
     N(46, "exact", "requests", "year", "Burnsville sent it 46 requests in 2024", BPD, "DataWorks Plus")],
    [P("Every search must be tied to a case number.", BPD, "requirement"),
     P("A result is treated as a lead only and cannot be the sole basis for an arrest.", BPD, "disclaimer"),
     P("Officers may not use facial recognition to identify people at lawful protests or other First Amendment "
       "activity.", BPD, "prohibition"),
     P("Misuse is handled under the discipline policy and can result in termination.", BPD, "consequence")],
    [],
    ["2025-02-11", "2022-03", "2025-03-31", "2024", "2022", "2025-03-04", "2025", "2025-02-18"],
    scan="pdf")


# ---------------------------------------------------------------- 4 New Jersey: Clifton PD general order
CLPD = "Clifton Police Department"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
GOHDR = "CLIFTON PD GENERAL ORDER V3C17 - FACIAL RECOGNITION TECHNOLOGY"
doc("04_clifton-pd-general-order-facial-recognition.txt", [
    (None, """\
CLIFTON POLICE DEPARTMENT                               GENERAL ORDER
900 Clifton Avenue, Clifton, New Jersey 07013

VOLUME: 3          CHAPTER: 17          # OF PAGES: 4
SUBJECT: FACIAL RECOGNITION TECHNOLOGY
EFFECTIVE DATE: July 1, 2023          REVISION DATE: January 15, 2025
ACCREDITATION STANDARDS: 3.2.6, 3.2.7
BY THE ORDER OF: Chief of Police Victor Baranski
SUPERSEDES ORDER #: V3C17 dated March 9, 2021

PURPOSE   The purpose of this general order is to establish guidelines
          for the use of facial recognition technology (FRT) as an aid
          in criminal investigations.

POLICY    It is the policy of the Clifton Police Department to use FRT
          only to develop investigative leads in criminal
          investigations and to identify missing, deceased or
          incapacitated persons.

PROCEDURES

I.   DEFINITIONS
     A. Probe image - the photograph of an unknown person submitted
        for comparison.
     B. Candidate list - the ranked list of gallery photographs
        returned by a search.
     C. Trained examiner - a member who has completed the IDEMIA
        facial examiner course and the annual refresher course.

II.  AUTHORIZED SYSTEMS
     A. Members assigned under Section III are authorized to operate
        MorphoFace Investigate (MFI), the FRT application licensed to
        the Department by IDEMIA Identity & Security USA LLC. The MFI
        gallery consists of booking photographs taken by the
        Department and by the Passaic County Sheriff's Office.
     B. Members shall not use Clearview AI or any other application
        that compares images with photographs collected from the
        internet or social media, consistent with the Attorney
        General's January 2020 direction to New Jersey law
        enforcement agencies.""", "Page 1 of 4"),
    (GOHDR, """\
     C. Members shall request any comparison with New Jersey Motor
        Vehicle Commission photographs through the New Jersey
        Regional Operations Intelligence Center (ROIC).

III. AUTHORIZED USERS
     A. Only trained examiners assigned to the Detective Bureau and
        designated in writing by the Chief of Police may hold an MFI
        account.
     B. The Detective Bureau Commander shall disable the MFI account
        of any member who leaves the Detective Bureau within five (5)
        business days.

IV.  CONDUCTING A SEARCH
     A. Each search shall be entered in the FRT log with the CAD
        incident number or case number, the offense, and the name of
        the requesting officer.
     B. Members shall not submit a probe image of a person engaged in
        lawful protest, assembly or other activity protected by the
        First Amendment, unless the person is a suspect in a crime.
     C. Members shall not use MFI for live or real-time
        identification.
     D. A candidate list shall be reviewed by a second trained
        examiner before any candidate is reported to the case
        officer.

V.   USE OF RESULTS
     A. A candidate returned by MFI is an investigative lead only. It
        is not a positive identification and shall not, by itself,
        establish probable cause for an arrest, a search or a
        warrant.
     B. Reports shall describe an FRT result as a lead and shall state
        what independent evidence confirmed the identification.""", "Page 2 of 4"),
    (GOHDR, """\
VI.  RECORDS AND AUDIT
     A. The Detective Bureau Commander shall audit the FRT log each
        month and report the results to the Chief of Police.
     B. By January 31 of each year the Detective Bureau Commander
        shall submit to the Chief of Police an annual summary of
        searches, ROIC requests, results and accounts (Appendix A).

VII. VIOLATIONS
     A. A member who violates this general order is subject to
        discipline up to and including termination, and any misuse
        that may be criminal shall be referred to the Passaic County
        Prosecutor's Office.

VIII. PROPOSED AMENDMENT - NOT IN EFFECT
     The Office of Professional Standards has proposed the following
     addition to Section IV for the next revision. It has not been
     approved and is not in effect:
     "E. A search in the investigation of a disorderly persons
        offense would require the prior approval of a Lieutenant."

DISCLAIMER
This general order is for departmental use only and does not apply
in any criminal or civil proceeding. It should not be construed as
creating a higher legal standard of safety or care in an evidentiary
sense with respect to third-party claims.""", "Page 3 of 4"),
    (GOHDR, """\
APPENDIX A - FRT ANNUAL SUMMARY AND LICENSING
(Prepared by the Detective Bureau Commander under Section VI.B)

                                          2023        2024
                                        --------    --------
MFI searches run                            148         203
Requests sent to ROIC (MVC photos)           12           9
Searches returning a possible match          61          77
Candidates reported as leads                 23          31
Accounts held on December 31                  6           7

Licensing. The Department's MFI licence covers eight (8) concurrent
users. The Municipal Council approved the licence by Resolution No.
23-142 as a proprietary software purchase under N.J.S.A.
40A:11-5(1)(dd). The one-time installation and gallery migration fee
was $6,500 (2023). The annual licence and support fee is $21,600, or
$2,700 per concurrent user.""", "Page 4 of 4"),
], "pdf", CLPD,
    [CLPD, "Passaic County Sheriff's Office", "New Jersey Office of the Attorney General",
     "New Jersey Motor Vehicle Commission", "Regional Operations Intelligence Center",
     "Passaic County Prosecutor's Office", "Clifton Municipal Council"],
    [IDM, CV],
    [MFI],
    [C(6500, 6500, "one-time", "The one-time installation and gallery migration fee was $6,500", CLPD, IDM, MFI),
     C(21600, 21600, "year", "The annual licence and support fee is $21,600", CLPD, IDM, MFI),
     C(2700, 2700, "year", "$2,700 per concurrent user", CLPD, IDM, MFI, unit="per user")],
    [N(148, "exact", "searches", "year", "MFI searches run 148", CLPD, IDM),
     N(203, "exact", "searches", "year", "MFI searches run 148 203", CLPD, IDM),
     N(12, "exact", "requests", "year", "Requests sent to ROIC (MVC photos) 12", CLPD, None),
     N(9, "exact", "requests", "year", "Requests sent to ROIC (MVC photos) 12 9", CLPD, None),
     N(61, "exact", "matches", "year", "Searches returning a possible match 61", CLPD, IDM),
     N(77, "exact", "matches", "year", "Searches returning a possible match 61 77", CLPD, IDM),
     N(23, "exact", "leads", "year", "Candidates reported as leads 23", CLPD, IDM),
     N(31, "exact", "leads", "year", "Candidates reported as leads 23 31", CLPD, IDM),
     N(6, "exact", "users", None, "Accounts held on December 31 6", CLPD, IDM),
     N(7, "exact", "users", None, "Accounts held on December 31 6 7", CLPD, IDM),
     N(8, "exact", "licenses", None, "The Department's MFI licence covers eight (8) concurrent users.", CLPD, IDM)],
    [P("It is the policy of the Clifton Police Department to use FRT only to develop investigative leads in "
       "criminal investigations and to identify missing, deceased or incapacitated persons.", CLPD, "purpose"),
     P("Members assigned under Section III are authorized to operate MorphoFace Investigate (MFI), the FRT "
       "application licensed to the Department by IDEMIA Identity & Security USA LLC.", CLPD, "permission"),
     P("Members shall not use Clearview AI or any other application that compares images with photographs "
       "collected from the internet or social media, consistent with the Attorney General's January 2020 "
       "direction to New Jersey law enforcement agencies.", CLPD, "prohibition"),
     P("Members shall request any comparison with New Jersey Motor Vehicle Commission photographs through the "
       "New Jersey Regional Operations Intelligence Center (ROIC).", CLPD, "requirement"),
     P("Only trained examiners assigned to the Detective Bureau and designated in writing by the Chief of Police "
       "may hold an MFI account.", CLPD, "requirement"),
     P("The Detective Bureau Commander shall disable the MFI account of any member who leaves the Detective "
       "Bureau within five (5) business days.", CLPD, "requirement"),
     P("Each search shall be entered in the FRT log with the CAD incident number or case number, the offense, "
       "and the name of the requesting officer.", CLPD, "requirement"),
     P("Members shall not submit a probe image of a person engaged in lawful protest, assembly or other activity "
       "protected by the First Amendment, unless the person is a suspect in a crime.", CLPD, "prohibition"),
     P("Members shall not use MFI for live or real-time identification.", CLPD, "prohibition"),
     P("A candidate list shall be reviewed by a second trained examiner before any candidate is reported to the "
       "case officer.", CLPD, "requirement"),
     P("A candidate returned by MFI is an investigative lead only. It is not a positive identification and shall "
       "not, by itself, establish probable cause for an arrest, a search or a warrant.", CLPD, "disclaimer"),
     P("Reports shall describe an FRT result as a lead and shall state what independent evidence confirmed the "
       "identification.", CLPD, "requirement"),
     P("The Detective Bureau Commander shall audit the FRT log each month and report the results to the Chief of "
       "Police.", CLPD, "requirement"),
     P("By January 31 of each year the Detective Bureau Commander shall submit to the Chief of Police an annual "
       "summary of searches, ROIC requests, results and accounts", CLPD, "requirement"),
     P("A member who violates this general order is subject to discipline up to and including termination, and "
       "any misuse that may be criminal shall be referred to the Passaic County Prosecutor's Office.", CLPD,
       "consequence")],
    [],
    ["2023-07-01", "2025-01-15", "2021-03-09", "2020-01", "2023", "2024"])


# ---------------------------------------------------------------- 5 North Dakota: Minot PD (email + auditor)
MPD = "Minot Police Department"
BCI = "North Dakota Bureau of Criminal Investigation"
DWP = "DataWorks Plus"
SUBJ = "Open records request - facial recognition records"
MAILHDR = "Haugen, Kristin"
doc("05_minot-pd-records-email-state-auditor-sfrs-excerpt.txt", [
    (MAILHDR, """\
From:        Haugen, Kristin
Sent:        Tuesday, October 8, 2024 2:47 PM
To:          'Lars Everly'
Subject:     RE: Open records request - facial recognition records
Attachments: SAO_PA-24-07_ch3_excerpt.pdf; MPD_Policy_324.pdf

Mr. Everly,

This responds to your open records request of September 24, 2024
under N.D.C.C. 44-04-18 for records on the Minot Police Department's
use of facial recognition.

1. The Department does not contract with any facial recognition
   vendor and pays no fee for facial recognition. Detectives use the
   Statewide Facial Recognition Service (SFRS) run by the Bureau of
   Criminal Investigation, under a user agreement signed in 2021.

2. Four detectives in the Investigations Bureau hold SFRS accounts
   today. Department users ran 241 searches in calendar year 2023.

3. Department Policy 324 (Facial Recognition), attached, requires
   that each SFRS search be approved by an Investigations Bureau
   sergeant and that the case number be entered with the search.
   The policy also states that an SFRS candidate is not probable
   cause.

4. We are also releasing pages 14-15 of the State Auditor's
   performance audit of the SFRS, which the Department received in
   April 2024 and which includes the Department's figures.

The first hour of staff time is free. The remaining 45 minutes would
be charged at $25 per hour under N.D.C.C. 44-04-18(2), a fee of
$18.75, which we have waived.

Kristin Haugen
Records Supervisor | Minot Police Department | (701) 555-0158""", "MPD-ORR-24-061   0001"),
    (MAILHDR, """\
-----Original Message-----
From: Lars Everly <leverly@prairiewatch.example>
Sent: Tuesday, September 24, 2024 9:03 AM
To: MPD Records <records@minotnd.example>
Subject: Open records request - facial recognition records

To the records officer:

Under N.D.C.C. 44-04-18, I request copies of:
(a) any contract, quote or invoice with Clearview AI, DataWorks Plus
    or any other facial recognition vendor since January 1, 2020;
(b) records showing the number of facial recognition searches run
    by the Department each year; and
(c) any policy governing the use of facial recognition.

Electronic copies are fine. Thank you.

Lars Everly
Prairie Watch""", "MPD-ORR-24-061   0002"),
    (None, """\
STATE OF NORTH DAKOTA - OFFICE OF THE STATE AUDITOR
Performance Audit Report No. PA-24-07
Office of Attorney General - Bureau of Criminal Investigation
Statewide Facial Recognition Service
Audit period: July 1, 2021 through June 30, 2023

                                - 14 -

CHAPTER 3. ACCESS TO AND USE OF THE SFRS

Background
The Bureau of Criminal Investigation (BCI) operates the Statewide
Facial Recognition Service (SFRS), which compares a probe image with
booking photographs submitted by North Dakota jails and the
Department of Corrections and Rehabilitation. The SFRS runs FACE Plus
software from DataWorks Plus, LLC, with a matching algorithm licensed
from NEC Corporation of America. Driver license photographs held by
the North Dakota Department of Transportation are not in the SFRS.

BCI paid DataWorks Plus $186,400 for installation and the first year
of service in 2021 and now pays $41,900 a year for maintenance and
support. BCI does not charge local agencies for access. At June 30,
2023 the SFRS gallery held 604,218 booking photographs of
approximately 231,000 individuals.

To obtain access, an agency must sign the SFRS user agreement, and
each user must complete BCI's four-hour SFRS training before an
account is issued. The BCI SFRS Policy (revised 2021) states that a
candidate returned by the SFRS is an investigative lead only and is
not probable cause for an arrest. It prohibits use of the SFRS for
immigration enforcement or to identify persons engaged in lawful
protest.

Table 3-1 shows accounts and searches by agency for fiscal year 2023.""", "MPD-ORR-24-061   0003"),
    (None, """\
                                - 15 -

Table 3-1. SFRS Accounts and Searches by Agency, Fiscal Year 2023
(July 1, 2022 - June 30, 2023)

Agency                                    Accounts at     Searches
                                          June 30, 2023    FY 2023
----------------------------------------  -------------   --------
Bureau of Criminal Investigation                      9      1,204
Bismarck Police Department                            6        388
Fargo Police Department                               8        512
Minot Police Department                               5        263
West Fargo Police Department                          3        141
Williston Police Department                           2         77
Burleigh County Sheriff's Office                      3         96
Ward County Sheriff's Office                          2         58
North Dakota Highway Patrol                           4        119
----------------------------------------  -------------   --------
Total                                                42      2,858
Source: SFRS audit log and account roster provided by BCI.

Finding 3-1: BCI Does Not Review User Activity
The SFRS user agreement requires BCI to review a sample of searches
each year for compliance with the SFRS Policy. BCI did not perform
any review during the audit period. We tested 60 searches and found
that 13 did not have a case number recorded. We also found accounts
that still belonged to persons who had left the agency that
requested them.

Recommendation 3-1: We recommend BCI review at least 5% of searches
each quarter and disable an account within 10 days of a user's
separation from the requesting agency.

BCI Response: Agree. BCI began quarterly reviews in January 2024 and
will add account review to its monthly roster check.""", "MPD-ORR-24-061   0004"),
], "print", MPD,
    [MPD, BCI, "North Dakota Office of the State Auditor", "North Dakota Office of Attorney General",
     "North Dakota Department of Corrections and Rehabilitation", "North Dakota Department of Transportation",
     "Bismarck Police Department", "Fargo Police Department", "West Fargo Police Department",
     "Williston Police Department", "Burleigh County Sheriff's Office", "Ward County Sheriff's Office",
     "North Dakota Highway Patrol"],
    [DWP, "NEC", CV],
    ["FACE Plus"],
    [C(186400, 186400, None, "BCI paid DataWorks Plus $186,400 for installation and the first year of service",
       BCI, DWP, "FACE Plus"),
     C(41900, 41900, "year", "now pays $41,900 a year for maintenance and support", BCI, DWP, "FACE Plus")],
    [N(4, "exact", "users", None, "Four detectives in the Investigations Bureau hold SFRS accounts today", MPD, DWP),
     N(241, "exact", "searches", "year", "Department users ran 241 searches in calendar year 2023", MPD, DWP),
     N(604218, "exact", "images", None, "the SFRS gallery held 604,218 booking photographs", BCI, DWP),
     N(231000, "approximately", "images", None, "approximately 231,000 individuals", BCI, DWP),
     N(9, "exact", "users", None, "Bureau of Criminal Investigation 9", BCI, DWP),
     N(1204, "exact", "searches", "year", "Bureau of Criminal Investigation 9 1,204", BCI, DWP),
     N(6, "exact", "users", None, "Bismarck Police Department 6", "Bismarck Police Department", DWP),
     N(388, "exact", "searches", "year", "Bismarck Police Department 6 388", "Bismarck Police Department", DWP),
     N(8, "exact", "users", None, "Fargo Police Department 8", "Fargo Police Department", DWP),
     N(512, "exact", "searches", "year", "Fargo Police Department 8 512", "Fargo Police Department", DWP),
     N(5, "exact", "users", None, "Minot Police Department 5", MPD, DWP),
     N(263, "exact", "searches", "year", "Minot Police Department 5 263", MPD, DWP),
     N(3, "exact", "users", None, "West Fargo Police Department 3", "West Fargo Police Department", DWP),
     N(141, "exact", "searches", "year", "West Fargo Police Department 3 141", "West Fargo Police Department", DWP),
     N(2, "exact", "users", None, "Williston Police Department 2", "Williston Police Department", DWP),
     N(77, "exact", "searches", "year", "Williston Police Department 2 77", "Williston Police Department", DWP),
     N(3, "exact", "users", None, "Burleigh County Sheriff's Office 3", "Burleigh County Sheriff's Office", DWP),
     N(96, "exact", "searches", "year", "Burleigh County Sheriff's Office 3 96", "Burleigh County Sheriff's Office",
       DWP),
     N(2, "exact", "users", None, "Ward County Sheriff's Office 2", "Ward County Sheriff's Office", DWP),
     N(58, "exact", "searches", "year", "Ward County Sheriff's Office 2 58", "Ward County Sheriff's Office", DWP),
     N(4, "exact", "users", None, "North Dakota Highway Patrol 4", "North Dakota Highway Patrol", DWP),
     N(119, "exact", "searches", "year", "North Dakota Highway Patrol 4 119", "North Dakota Highway Patrol", DWP),
     N(42, "exact", "users", None, "Total 42", BCI, DWP),
     N(2858, "exact", "searches", "year", "Total 42 2,858", BCI, DWP)],
    [P("Department Policy 324 (Facial Recognition), attached, requires that each SFRS search be approved by an "
       "Investigations Bureau sergeant and that the case number be entered with the search.", MPD, "requirement"),
     P("The policy also states that an SFRS candidate is not probable cause.", MPD, "disclaimer"),
     P("To obtain access, an agency must sign the SFRS user agreement, and each user must complete BCI's four-hour "
       "SFRS training before an account is issued.", BCI, "requirement"),
     P("The BCI SFRS Policy (revised 2021) states that a candidate returned by the SFRS is an investigative lead "
       "only and is not probable cause for an arrest.", BCI, "disclaimer"),
     P("It prohibits use of the SFRS for immigration enforcement or to identify persons engaged in lawful "
       "protest.", BCI, "prohibition"),
     P("The SFRS user agreement requires BCI to review a sample of searches each year for compliance with the SFRS "
       "Policy.", BCI, "requirement")],
    [E("Haugen, Kristin", "Lars Everly", "Tuesday, October 8, 2024 2:47 PM", "RE: " + SUBJ),
     E("Lars Everly", "MPD Records", "Tuesday, September 24, 2024 9:03 AM", SUBJ)],
    ["2024-10-08", "2024-09-24", "2021", "2023", "2024-04", "2020-01-01", "2021-07-01", "2023-06-30",
     "2022-07-01", "2024-01"],
    scan="photocopy")


# ---------------------------------------------------------------- 6 Texas: Amarillo PD (PIA letter + CSV)
APD = "Amarillo Police Department"
VT = "Veritone"
IDN = "Veritone IDentify"
doc("06_amarillo-pd-pia-response-identify-usage-export.txt", [
    (None, """\
CITY OF AMARILLO
Office of the City Attorney
509 SE 7th Avenue, Amarillo, Texas 79101  |  (806) 555-0171

October 15, 2024

VIA EMAIL

Ms. Marisa Tolliver
High Plains Ledger
Amarillo, Texas

Re: Public Information Act Request No. W071542-092724
    (Amarillo Police Department - facial recognition)

Dear Ms. Tolliver:

The City of Amarillo received your request on September 27, 2024.
The Amarillo Police Department (APD) has located the information
summarized below, which is released to you except as noted.

Contract and cost. APD uses Veritone IDentify, a facial recognition
application provided by Veritone, Inc. The City's agreement with
Veritone (City Contract No. 2023-0318) runs from October 1, 2023
through September 30, 2026 for a total of $96,300, invoiced in three
annual payments of $32,100. Before that, APD held a one-year Clearview
AI subscription (October 2021 - September 2022) that cost $10,000.
The Clearview subscription was not renewed.

Gallery and users. IDentify searches booking photographs from the
Potter County Detention Center and the Randall County Jail, which the
Potter County Sheriff's Office and the Randall County Sheriff's
Office share with APD under separate data-sharing agreements. On
September 30, 2024 the gallery held 254,118 photographs. At present
14 APD employees hold IDentify accounts, all of them detectives or
crime analysts.

Usage. A 12-month usage export from the IDentify administrator
console is attached as Exhibit 1. It shows 537 searches from October
2023 through September 2024.""", "COA PIR W071542 - 0001"),
    (None, """\
Other systems. You asked whether APD's Real Time Crime Center cameras
use facial recognition. They do not. The Flock Safety license plate
reader agreement ($128,750 over five years) has no facial
recognition feature and is not responsive.

Policy. APD General Order 12.30, Facial Recognition (effective
June 1, 2023), is attached. Under the order, facial recognition may be
used only in the investigation of a criminal offense or to identify a
deceased or incapacitated person. The order states that an IDentify
candidate is an investigative lead and is not, by itself, probable
cause to arrest. It prohibits using IDentify to identify persons
engaged in lawful assembly or speech. You also asked for any state
law or City ordinance that limits the use of facial recognition; the
City is not aware of one, and APD has no other written policy on the
subject.

Withheld information. Probe images, case numbers and the names of
persons searched are excepted from disclosure under Tex. Gov't Code
552.108(a)(1) and (a)(2). The City has asked the Office of the
Attorney General for a decision on that information and has sent you
a copy of that request, as section 552.301(d) requires.

Charges. There is no charge for this response.

Sincerely,

/s/ Colby Arredondo
Colby Arredondo
Assistant City Attorney

cc: Lt. Raymond Piatt, APD Criminal Investigations Division
Enclosures: Exhibit 1 (IDentify usage export); APD General Order 12.30""",
     "COA PIR W071542 - 0002"),
    (None, """\
EXHIBIT 1
IDentify - Organization Usage Report
Export file: apd_identify_usage_2023-10_2024-09.csv
Exported 10/02/2024 08:14 CDT by admin account apd_rpiatt

"Month","Searches","Possible matches","Leads referred"
"2023-10","38","15","5"
"2023-11","41","17","6"
"2023-12","33","12","4"
"2024-01","47","19","7"
"2024-02","44","16","6"
"2024-03","52","21","8"
"2024-04","49","18","6"
"2024-05","45","17","5"
"2024-06","39","14","5"
"2024-07","51","20","7"
"2024-08","43","16","6"
"2024-09","55","22","8"
"TOTAL","537","207","73"

Notes added by APD Records:
- A possible match is a search in which an examiner found a likely
  candidate. A lead is a candidate referred to the case detective.
- Months are calendar months; the export covers fiscal year 2024
  (October 1, 2023 - September 30, 2024).""", "COA PIR W071542 - 0003"),
], "pdf", APD,
    ["City of Amarillo", APD, "Potter County Sheriff's Office", "Randall County Sheriff's Office",
     "Texas Office of the Attorney General"],
    [VT, CV, "Flock Safety"],
    [IDN],
    [C(96300, 96300, None, "through September 30, 2026 for a total of $96,300", APD, VT, IDN),
     C(32100, 32100, "year", "three annual payments of $32,100", APD, VT, IDN),
     C(10000, 10000, "year", "one-year Clearview AI subscription (October 2021 - September 2022) that cost $10,000",
       APD, CV)],
    [N(254118, "exact", "images", None, "the gallery held 254,118 photographs", APD, VT),
     N(14, "exact", "users", None, "14 APD employees hold IDentify accounts", APD, VT),
     N(537, "exact", "searches", "year", "It shows 537 searches from October 2023 through September 2024", APD, VT)]
    + [N(n, "exact", "searches", "month", f'"{m}","{n}"', APD, VT) for m, n in [
        ("2023-10", 38), ("2023-11", 41), ("2023-12", 33), ("2024-01", 47), ("2024-02", 44), ("2024-03", 52),
        ("2024-04", 49), ("2024-05", 45), ("2024-06", 39), ("2024-07", 51), ("2024-08", 43), ("2024-09", 55)]]
    + [N(207, "exact", "matches", "year", '"TOTAL","537","207"', APD, VT),
       N(73, "exact", "leads", "year", '"TOTAL","537","207","73"', APD, VT)],
    [P("Under the order, facial recognition may be used only in the investigation of a criminal offense or to "
       "identify a deceased or incapacitated person.", APD, "purpose"),
     P("The order states that an IDentify candidate is an investigative lead and is not, by itself, probable cause "
       "to arrest.", APD, "disclaimer"),
     P("It prohibits using IDentify to identify persons engaged in lawful assembly or speech.", APD, "prohibition")],
    [],
    ["2024-10-15", "2024-09-27", "2023-10-01", "2026-09-30", "2021-10", "2022-09", "2024-09-30", "2023-10",
     "2024-09", "2023-06-01", "2024-10-02", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04",
     "2024-05", "2024-06", "2024-07", "2024-08", "2024"],
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
