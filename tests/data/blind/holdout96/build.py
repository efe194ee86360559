"""Writes docs/*.txt and labels.json for holdout96 (six invented releases: MI, AZ, MS, NE, VT, DE).
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


# ---------------------------------------------------------------- 1 Michigan: Portage PD (Outlook)
PPD = "Portage Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SUBJ1 = "Vigilant renewal quote Q-2024-118763 (Portage PD)"
doc("01_portage-pd-vigilant-facesearch-renewal-outlook.txt", [
    ("Halvorsen, Dana", """\
From:       Halvorsen, Dana
Sent:       Thursday, May 9, 2024 8:05 AM
To:         Kessler, Thomas
Cc:         Brandt, Alicia (Finance)
Subject:    RE: FW: Vigilant renewal quote Q-2024-118763 (Portage PD)

Tom,

Thanks for the notes. One year of FaceSearch only is fine with me and
fits under my purchasing authority ($25,000), so it does not need to go
to Council. Alicia, please set up the PO against the police software
line. I still want the policy update on the June 3 work session agenda
before anyone asks about a multi-year term.

Dana

Dana Halvorsen | City Manager | City of Portage, Michigan
7900 South Westnedge Avenue | 269-555-0112

From:       Kessler, Thomas
Sent:       Wednesday, May 8, 2024 10:17 AM
To:         Halvorsen, Dana
Subject:    FW: Vigilant renewal quote Q-2024-118763 (Portage PD)

Dana,

Below is Motorola's renewal offer for our Vigilant package. My comments
are inline in [brackets - TK]. Short version: I recommend renewing
FaceSearch only, for one year, at the quoted price.

Tom

Chief Thomas Kessler | Portage Police Department | 269-555-0141""",
     "PORTAGE FOIA 24-117                                        000213"),
    ("Halvorsen, Dana", """\
-----Original Message-----
From: Vasquez, Lauren <lauren.vasquez@motorolasolutions.com>
Sent: Thursday, May 2, 2024 3:51 PM
To: Kessler, Thomas <tkessler@portagemi.gov>
Subject: Vigilant renewal quote Q-2024-118763 (Portage PD)

Chief Kessler,

Your agency's Vigilant subscription (customer no. 40-22817) renews on
July 1, 2024. Renewal pricing for the July 1, 2024 - June 30, 2025
term is below.

  Vigilant FaceSearch, 8 investigator logins
    @ $1,485.00 per login                           $11,880.00 / yr

[TK: This is the face recognition piece. We have 8 logins but only 5
detectives ran a search in the last 12 months. I asked to drop to 5;
Lauren says 8 is the minimum package. Last year we paid $11,200 for
the same 8 logins.]

  LEARN plate-recognition data sharing, agency      $6,400.00 / yr

[TK: Plate reader side. It is paid from the MATPA auto theft grant,
not the general fund, so leave it off your sheet.]""",
     "PORTAGE FOIA 24-117                                        000214"),
    ("Halvorsen, Dana", """\
  Renewal subtotal                                  $18,280.00

  Multi-year option: 3-year term, billed annually, 4% off FaceSearch
  each year.

[TK: I do not want to lock in three years while the policy is still
in front of the work session. One year.]

FaceSearch includes access to the Vigilant shared gallery of more than
18 million booking photos contributed by participating agencies, plus
any images your agency uploads.

[TK: Usage from the admin console: 212 searches from July 1 through
April 30. Under General Order 41-12 a FaceSearch candidate is an
investigative lead only and cannot by itself be the basis for an
arrest. For comparison, Kalamazoo DPS told me they pay roughly
$14,000 a year for 10 logins. MSP's SNAP search is free to us but
turnaround is two or three days.]

Prices are valid for 60 days and exclude applicable taxes. Michigan
governmental units should provide a tax-exempt certificate.

Lauren Vasquez | Account Manager, Public Safety Software
Motorola Solutions | 312-555-0176""",
     "PORTAGE FOIA 24-117                                        000215"),
], "print", PPD,
    [PPD, "City of Portage", "Portage City Council", "Kalamazoo Department of Public Safety",
     "Michigan State Police", "Michigan Automobile Theft Prevention Authority"],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN", "Statewide Network of Agency Photos"],
    [C(11880, 11880, "year", "Vigilant FaceSearch, 8 investigator logins @ $1,485.00 per login "
       "$11,880.00 / yr", PPD, MSI, VFS),
     C(1485, 1485, "year", "@ $1,485.00 per login", PPD, MSI, VFS, unit="per user"),
     C(11200, 11200, "year", "Last year we paid $11,200 for the same 8 logins", PPD, MSI, VFS),
     C(14000, 14000, "year", "they pay roughly $14,000 a year for 10 logins",
       "Kalamazoo Department of Public Safety", MSI, VFS)],
    [N(8, "exact", "licenses", None, "Vigilant FaceSearch, 8 investigator logins", PPD, MSI),
     N(5, "exact", "users", "year", "only 5 detectives ran a search in the last 12 months", PPD, MSI),
     N(18000000, "more than", "images", None, "more than 18 million booking photos", None, "Vigilant Solutions"),
     N(212, "exact", "searches", None, "212 searches from July 1 through April 30", PPD, MSI),
     N(10, "exact", "licenses", None, "$14,000 a year for 10 logins", "Kalamazoo Department of Public Safety", MSI)],
    [P("Under General Order 41-12 a FaceSearch candidate is an investigative lead only and cannot by itself "
       "be the basis for an arrest.", PPD, "disclaimer")],
    [E("Halvorsen, Dana", "Kessler, Thomas", "Thursday, May 9, 2024 8:05 AM", "RE: FW: " + SUBJ1),
     E("Kessler, Thomas", "Halvorsen, Dana", "Wednesday, May 8, 2024 10:17 AM", "FW: " + SUBJ1),
     E("Vasquez, Lauren", "Kessler, Thomas", "Thursday, May 2, 2024 3:51 PM", SUBJ1)],
    ["2024-05-09", "2024-05-08", "2024-05-02", "2024-07-01", "2025-06-30", "2024-06-03"],
    scan="photocopy")


# ---------------------------------------------------------------- 2 Arizona: Sierra Vista PD (purchase order)
SVPD = "Sierra Vista Police Department"
SHI = "SHI International Corp."
DBS = "FaceVACS-DBScan LE"
doc("02_sierra-vista-pd-cognitec-dbscan-purchase-order.txt", [
    (None, """\
CITY OF SIERRA VISTA, ARIZONA
Procurement Division - 1011 N. Coronado Drive, Sierra Vista, AZ 85635
                                                       PURCHASE ORDER
PO Number:   P2400617                           PO Date:   06/17/2024
Requisition: RQ-24-01188                        Buyer:     K. Lindqvist
Vendor No.:  004127                             Terms:     Net 30
Ship Via:    FedEx Ground                       FOB:       Destination
Contract:    State of Arizona cooperative contract CTR049876 (SHI)
Reference:   SHI quote #24178833 dated 05/21/2024

VENDOR                                 SHIP TO
SHI International Corp.                Sierra Vista Police Department
290 Davidson Avenue                    Investigations Division
Somerset, NJ 08873                     911 N. Coronado Drive
Tel. (732) 555-0164                    Sierra Vista, AZ 85635
                                       Attn: Lt. Marisol Ybarra

Ln Description                          Qty UOM  Unit Price   Extended
-- ------------------------------------ --- ---- ---------- ----------
1  Cognitec FaceVACS-DBScan LE server     1 EA    38,500.00  38,500.00
   licence, perpetual; gallery
   capacity up to 250,000 images
2  FaceVACS-DBScan LE examiner client     4 EA     2,150.00   8,600.00
   licence, perpetual
3  Software maintenance and support,      1 YR     8,478.00   8,478.00
   12 months (07/01/2024 - 06/30/2025),
   18% of licence list
4  Implementation: install, configure,    1 LOT    4,200.00   4,200.00
   import of SVPD booking photographs
   (approx. 61,000 images)
5  Examiner training, on site, 2 days     1 LOT    3,600.00   3,600.00
   (up to 6 trainees)
6  Dell UltraSharp U2723QE 27" monitor    6 EA       489.00   2,934.00
   - Dispatch console refresh (not
   part of the face recognition
   project; bought on same contract)
Lines 1, 2, 4 and 5 are one-time charges. Line 3 is billed annually.

                                         Subtotal            66,312.00
                                         Shipping (line 6)       75.00
                                         Use tax 8.10% (ln 6)   237.65
                                         PO TOTAL            66,624.65
""", "SVPD PRR 24-0392  Page 1 of 2"),
    (None, """\
PO P2400617 (continued)

ACCOUNT DISTRIBUTION
  Lines 1-5   215-4210-6455  State Anti-Racketeering (RICO)   63,378.00
  Line 6      101-4250-6410  Dispatch - Minor Equipment        3,246.65

SPECIAL CONDITIONS
  a. The system will be used to identify suspects, victims and
     witnesses in open criminal investigations of the Sierra Vista
     Police Department.
  b. It shall not be connected to any live or recorded video feed.
  c. Software is delivered by download. Licence keys go to the
     Investigations Division only; monitors go to the Dispatch
     Center, 2nd floor.
  d. Council approval is required for purchases over $50,000 (City
     Code sec. 3-4-9). See Resolution 2024-061 below.

APPROVALS
  Requested by:  Lt. Marisol Ybarra, Investigations    05/28/2024
  Department:    Chief Adam Thrall                     05/28/2024
  Finance:       R. Okafor - funds verified            05/30/2024
  Procurement:   K. Lindqvist, CPPB                    06/03/2024
  City Manager:  Charles Peralta                       06/04/2024
  Council:       Resolution 2024-061, adopted          06/13/2024

TERMS AND CONDITIONS
  1. Invoice the Accounts Payable address above, quoting the PO
     number. Payment terms Net 30 from receipt of a correct invoice.
  2. The City is exempt from federal excise tax. Arizona use tax is
     charged on tangible goods only.
  3. Late delivery of any line may be cancelled without penalty after
     45 days.
  4. This order is subject to A.R.S. sec. 35-391 and 35-393
     (contractor certifications).

VENDOR ACKNOWLEDGEMENT
  Signed: ____________________  SHI International Corp.  Date: ______
""", "SVPD PRR 24-0392  Page 2 of 2"),
], "pdf", SVPD,
    [SVPD, "City of Sierra Vista", "Sierra Vista City Council", "State of Arizona"],
    [SHI, "Cognitec", "Dell"],
    [DBS, "Dell UltraSharp U2723QE"],
    [C(38500, 38500, "one-time", "1  Cognitec FaceVACS-DBScan LE server     1 EA    38,500.00  38,500.00",
       SVPD, SHI, DBS),
     C(8600, 8600, "one-time", "2  FaceVACS-DBScan LE examiner client     4 EA     2,150.00   8,600.00",
       SVPD, SHI, DBS),
     C(2150, 2150, "one-time", "2  FaceVACS-DBScan LE examiner client     4 EA     2,150.00",
       SVPD, SHI, DBS, unit="per user"),
     C(8478, 8478, "year", "3  Software maintenance and support,      1 YR     8,478.00   8,478.00",
       SVPD, SHI, DBS),
     C(4200, 4200, "one-time", "4  Implementation: install, configure,    1 LOT    4,200.00   4,200.00",
       SVPD, SHI, DBS),
     C(3600, 3600, "one-time", "5  Examiner training, on site, 2 days     1 LOT    3,600.00   3,600.00",
       SVPD, SHI, DBS),
     C(63378, 63378, None, "Lines 1-5   215-4210-6455  State Anti-Racketeering (RICO)   63,378.00",
       SVPD, SHI, DBS)],
    [N(4, "exact", "licenses", None, "2  FaceVACS-DBScan LE examiner client     4 EA", SVPD, SHI),
     N(61000, "approximately", "images", None, "(approx. 61,000 images)", SVPD, SHI)],
    [P("The system will be used to identify suspects, victims and witnesses in open criminal investigations "
       "of the Sierra Vista Police Department.", SVPD, "purpose"),
     P("It shall not be connected to any live or recorded video feed.", SVPD, "prohibition")],
    [],
    ["2024-06-17", "2024-05-21", "2024-07-01", "2025-06-30", "2024-05-28", "2024-05-30", "2024-06-03",
     "2024-06-04", "2024-06-13"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Mississippi: Olive Branch PD (minutes)
OBPD = "Olive Branch Police Department"
CV = "Clearview AI"
doc("03_olive-branch-aldermen-minutes-clearview.txt", [
    (None, """\
                    MINUTES OF THE MAYOR AND BOARD OF ALDERMEN
                   CITY OF OLIVE BRANCH, DESOTO COUNTY, MISSISSIPPI
                        REGULAR MEETING - AUGUST 6, 2024

BE IT REMEMBERED that the Mayor and Board of Aldermen of the City of
Olive Branch met in regular session on Tuesday, August 6, 2024, at
6:00 p.m. in the Board Room at City Hall, when and where the following
were present: Mayor Lowell Peyton; Aldermen Ricky Dunaway (Ward 1),
Theresa Gentry (Ward 2), Marcus Oyelaran (Ward 3), Jim Tackett
(Ward 4), Sharon Whitsitt (Ward 5) and Dale Crump (At Large). Absent:
Alderman Carla Boone (At Large). Also present: City Clerk Melinda
Fortenberry, City Attorney Sam Lusk, Police Chief Darnell Harper.

ITEM 6. CONSENT AGENDA
Upon motion by Alderman Tackett, seconded by Alderman Whitsitt, the
Board approved the consent agenda, including the claims docket in the
amount of $1,284,377.16 and the purchase of fire turnout gear from
Mid-South Fire Equipment for $42,600.00. Vote: 6-0.

ITEM 7. POLICE DEPARTMENT - CLEARVIEW AI FACIAL RECOGNITION SUBSCRIPTION
Chief Harper presented a request to enter into a one-year subscription
agreement with Clearview AI, Inc. He stated that six detectives had
trial accounts during a 30-day free trial in March and that they ran
143 searches, which produced investigative leads in 9 cases. Clearview
AI had quoted $11,250 for a one-year subscription with five user
accounts, which works out to $2,250 per user. Clearview's database
holds over 40 billion images collected from public websites.

Alderman Gentry asked what the subscription would cost after the first
year. Chief Harper stated that the quote guarantees the year-two price
will not exceed $12,400 and that the first year would be paid from the
department's federal equitable sharing account, not the general fund.

Alderman Oyelaran asked why the department could not use the
Mississippi Analysis and Information Center, which runs searches for
local agencies at no cost. Chief Harper said the Center remains
available but its turnaround is three to five business days.
""", "OBPD PRR 2024-211                                         Page 0087"),
    (None, """\
Minutes - August 6, 2024 (continued)

Alderman Dunaway asked what rules would govern use. Chief Harper stated
that a Clearview result is treated as an investigative lead only and
is never by itself probable cause for an arrest. He stated that every
search must be tied to a case number and that only detectives who have
completed Clearview's training would receive accounts.

Alderman Gentry suggested that the department report its number of
searches to the Board every quarter. The Board took no action on the
suggestion.

City Attorney Lusk advised that the agreement had been reviewed and
that records of searches would be public records subject to Miss.
Code Ann. sec. 25-61-5, except as exempted for investigative records
under sec. 25-61-12.

Upon motion by Alderman Crump, seconded by Alderman Tackett, the Board
approved Resolution 2024-44 authorizing the Mayor to execute the
Clearview AI subscription agreement in an amount not to exceed
$11,250.00, on the condition that no user account shall be issued
until a written facial recognition policy has been adopted by the
Board.

The vote was as follows:
    Alderman Dunaway      Aye          Alderman Whitsitt     Aye
    Alderman Gentry       Nay          Alderman Crump        Aye
    Alderman Oyelaran     Aye          Alderman Boone        Absent
    Alderman Tackett      Aye
The motion carried 5-1.
""", "OBPD PRR 2024-211                                         Page 0088"),
    (None, """\
Minutes - August 6, 2024 (continued)

ITEM 8. PUBLIC WORKS - STREET RESURFACING, PHASE 2
Upon motion by Alderman Whitsitt, seconded by Alderman Dunaway, the
Board awarded the Phase 2 resurfacing contract to Lehman-Roberts
Company in the amount of $684,950.00. Vote: 6-0.

ITEM 9. ADJOURN
There being no further business, upon motion duly made and seconded,
the meeting was adjourned at 7:12 p.m.

                                   ____________________________
                                   Lowell Peyton, Mayor
ATTEST:

____________________________
Melinda Fortenberry, City Clerk
""", "OBPD PRR 2024-211                                         Page 0089"),
], "pdf", OBPD,
    [OBPD, "City of Olive Branch", "Olive Branch Board of Aldermen", "Mississippi Analysis and Information Center"],
    [CV, "Mid-South Fire Equipment", "Lehman-Roberts Company"],
    [],
    [C(11250, 11250, "year", "Clearview AI had quoted $11,250 for a one-year subscription", OBPD, CV),
     C(2250, 2250, "year", "which works out to $2,250 per user", OBPD, CV, unit="per user"),
     C(None, 12400, "year", "the year-two price will not exceed $12,400", OBPD, CV)],
    [N(6, "exact", "users", None, "six detectives had trial accounts", OBPD, CV),
     N(143, "exact", "searches", None, "they ran 143 searches", OBPD, CV),
     N(9, "exact", "leads", None, "produced investigative leads in 9 cases", OBPD, CV),
     N(5, "exact", "licenses", None, "with five user accounts", OBPD, CV),
     N(40000000000, "more than", "images", None, "holds over 40 billion images", None, CV)],
    [P("a Clearview result is treated as an investigative lead only and is never by itself probable cause "
       "for an arrest.", OBPD, "disclaimer"),
     P("every search must be tied to a case number", OBPD, "requirement"),
     P("only detectives who have completed Clearview's training would receive accounts.", OBPD, "requirement"),
     P("no user account shall be issued until a written facial recognition policy has been adopted by the "
       "Board.", OBPD, "prohibition")],
    [],
    ["2024-08-06"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Nebraska: Scottsbluff PD (general order)
SBPD = "Scottsbluff Police Department"
LNRS = "LexisNexis Risk Solutions"
AVCC = "Accurint Virtual Crime Center"
doc("04_scottsbluff-pd-general-order-facial-recognition.txt", [
    ("SCOTTSBLUFF POLICE DEPARTMENT                     GENERAL ORDER 4.22", """\
Subject:     FACIAL RECOGNITION TECHNOLOGY
Effective:   October 1, 2024            Review date: October 1, 2025
Rescinds:    Special Order 23-07 (Facial Recognition Pilot)
Issued by:   Chief of Police Renata Solberg
CALEA ref.:  41.3.9 (none)              Distribution: All sworn;
                                                      Records; IT

I. PURPOSE
   A. This order governs the use of facial recognition technology to
      help identify unknown persons in criminal investigations, and
      sets the rules for access, review, retention and audit.

II. SYSTEMS
   A. The Department's only authorized facial recognition system is
      the facial recognition module of the LexisNexis Accurint
      Virtual Crime Center subscription, which compares a probe image
      with booking photographs contributed by participating agencies.
   B. Members may also submit a probe image to the Nebraska State
      Patrol Information Analysis Center through the request form on
      the NSP portal.
   C. Members shall not use any other facial recognition service,
      including free trials of commercial services such as Clearview
      AI, on Department business or with Department images.
   D. As of the effective date, five (5) members hold user accounts.

III. DEFINITIONS
   A. Probe image: the image of an unknown person submitted for search.
   B. Candidate list: the ranked possible matches a search returns.
   C. Trained examiner: a member who has completed the training in
      Section VI.

IV. AUTHORIZED USES
   A. A trained examiner may run a search only:
      1. to identify a suspect, victim or witness in an open criminal
         investigation that has a Department case number;
      2. to identify a deceased person or a person unable to identify
         himself or herself; or
      3. to help locate a missing or endangered person.
""", "Page 1 of 3"),
    ("SCOTTSBLUFF POLICE DEPARTMENT                     GENERAL ORDER 4.22", """\
V. PROHIBITED USES
   A. Members shall not use facial recognition on live video or for
      real-time identification of persons in public places.
   B. Members shall not run a search for the purpose of identifying a
      person because he or she is taking part in a lawful assembly,
      protest or other activity protected by the First Amendment.
   C. Members shall not use facial recognition to determine a person's
      immigration status.

VI. TRAINING AND ACCESS
   A. A member must complete the vendor's examiner course and the
      Department's 4-hour course on image quality and bias before an
      account is issued.
   B. Accounts are issued by the Investigations Captain and are
      disabled within 24 hours of a member's transfer or separation.

VII. REVIEW OF RESULTS
   A. A candidate list is an investigative lead only. It is not
      probable cause to arrest, detain or obtain a warrant, and must
      be corroborated by independent investigation.
   B. Before a candidate is reported to the case officer, a second
      trained examiner shall review the probe image and the candidate.
   C. The examiner shall record the case number, the reason for the
      search and the result in the Records Management System.

VIII. RETENTION AND AUDIT
   A. Search logs shall be retained for three (3) years.
   B. The Professional Standards Sergeant shall audit the search log
      each quarter and report to the Chief of Police.
   C. The annual report to the City Council shall state the number of
      searches run, the number of accounts, and the cost of the
      subscription.

IX. VIOLATIONS
   A. A member who uses facial recognition in violation of this order
      is subject to discipline, up to and including termination.
   B. Unauthorized access may also be a crime under Neb. Rev. Stat.
      sec. 28-1343.01.
""", "Page 2 of 3"),
    ("SCOTTSBLUFF POLICE DEPARTMENT                     GENERAL ORDER 4.22", """\
X. ADMINISTRATION
   A. The Investigations Captain shall request renewal funding each
      budget year. The FY2024-25 Virtual Crime Center subscription,
      including the facial recognition module, costs $8,640.
   B. The City Council resolution of September 16, 2024 approving the
      subscription is kept with this order.

ATTACHMENT A - PROPOSED AMENDMENT (DRAFT - NOT IN EFFECT)
   The following change was proposed by the Investigations Captain on
   August 29, 2024 and is under review by the City Attorney. It has
   not been adopted.
   IV.A.4  A trained examiner may run a search at the written request
           of another law enforcement agency in Scotts Bluff County.

By order of:

Renata Solberg
Chief of Police
""", "Page 3 of 3"),
], "pdf", SBPD,
    [SBPD, "City of Scottsbluff", "Scottsbluff City Council", "Nebraska State Patrol",
     "Nebraska State Patrol Information Analysis Center"],
    [LNRS, "Clearview AI"],
    [AVCC],
    [C(8640, 8640, "year", "The FY2024-25 Virtual Crime Center subscription, including the facial recognition "
       "module, costs $8,640.", SBPD, LNRS, AVCC)],
    [N(5, "exact", "users", None, "five (5) members hold user accounts", SBPD, LNRS)],
    [P("This order governs the use of facial recognition technology to help identify unknown persons in "
       "criminal investigations", SBPD, "purpose"),
     P("The Department's only authorized facial recognition system is the facial recognition module of the "
       "LexisNexis Accurint Virtual Crime Center subscription", SBPD, "permission"),
     P("Members may also submit a probe image to the Nebraska State Patrol Information Analysis Center "
       "through the request form on the NSP portal.", SBPD, "permission"),
     P("Members shall not use any other facial recognition service, including free trials of commercial "
       "services such as Clearview AI, on Department business or with Department images.", SBPD, "prohibition"),
     P("A trained examiner may run a search only: 1. to identify a suspect, victim or witness in an open "
       "criminal investigation that has a Department case number;", SBPD, "permission"),
     P("to identify a deceased person or a person unable to identify himself or herself;", SBPD, "permission"),
     P("to help locate a missing or endangered person.", SBPD, "permission"),
     P("Members shall not use facial recognition on live video or for real-time identification of persons "
       "in public places.", SBPD, "prohibition"),
     P("Members shall not run a search for the purpose of identifying a person because he or she is taking "
       "part in a lawful assembly, protest or other activity protected by the First Amendment.", SBPD,
       "prohibition"),
     P("Members shall not use facial recognition to determine a person's immigration status.", SBPD,
       "prohibition"),
     P("A member must complete the vendor's examiner course and the Department's 4-hour course on image "
       "quality and bias before an account is issued.", SBPD, "requirement"),
     P("Accounts are issued by the Investigations Captain and are disabled within 24 hours of a member's "
       "transfer or separation.", SBPD, "requirement"),
     P("A candidate list is an investigative lead only. It is not probable cause to arrest, detain or obtain "
       "a warrant, and must be corroborated by independent investigation.", SBPD, "disclaimer"),
     P("Before a candidate is reported to the case officer, a second trained examiner shall review the "
       "probe image and the candidate.", SBPD, "requirement"),
     P("The examiner shall record the case number, the reason for the search and the result in the Records "
       "Management System.", SBPD, "requirement"),
     P("Search logs shall be retained for three (3) years.", SBPD, "requirement"),
     P("The Professional Standards Sergeant shall audit the search log each quarter and report to the Chief "
       "of Police.", SBPD, "requirement"),
     P("The annual report to the City Council shall state the number of searches run, the number of "
       "accounts, and the cost of the subscription.", SBPD, "requirement"),
     P("A member who uses facial recognition in violation of this order is subject to discipline, up to and "
       "including termination.", SBPD, "consequence")],
    [],
    ["2024-10-01", "2025-10-01", "2024-09-16", "2024-08-29"])


# ---------------------------------------------------------------- 5 Vermont: Bennington PD (records reply)
BPD = "Bennington Police Department"
doc("05_bennington-pd-records-response-clearview.txt", [
    (None, """\
                     BENNINGTON POLICE DEPARTMENT
           118 South Street, Bennington, Vermont 05201
             Phone (802) 555-0190   Fax (802) 555-0191

March 4, 2024

Ms. Colette Marchand
Green Mountain Surveillance Watch
By e-mail: cmarchand@gmsw-vt.org

Re: Public records request 2024-PR-031 (received February 12, 2024)

Dear Ms. Marchand:

You asked for records of the Department's purchase or use of facial
recognition technology from January 1, 2019 to the present, including
contracts, invoices and counts of searches. This letter is the
Department's response under 1 V.S.A. sec. 318.

1. Current use. The Department does not use facial recognition. Under
20 V.S.A. sec. 4622, a law enforcement officer shall not use facial
recognition technology or any information obtained from its use,
except as that section allows, and the Department follows that rule.
Because of the statute, the Department never adopted a separate
written policy on facial recognition.

2. Requests to the DMV. In 2019 the Department sent 2 probe images to
the Vermont Department of Motor Vehicles for comparison with licence
photographs. The DMV did not charge for them.

3. Clearview AI. Between November 2019 and January 2020, three
officers opened free trial accounts with Clearview AI and ran a
combined 41 searches. In February 2020 the Department bought a
one-year Clearview AI subscription for two users at $1,000 per user,
$2,000 in total. The two accounts ran 67 searches between February 18
and September 30, 2020. The Department cancelled the subscription in
October 2020, when the moratorium took effect, and Clearview issued a
prorated credit of $583.33. Net of the credit, the Department paid
Clearview AI $1,416.67.
""", "Bennington PD - 2024-PR-031 - Page 1 of 3"),
    (None, """\
Ms. Colette Marchand - March 4, 2024 - page 2

4. LexisNexis. Your request named LexisNexis, so the attached summary
lists the Department's Accurint for Law Enforcement subscription. It
is used for person and address look-ups. It does not include the
facial recognition module, and none was ever purchased.

5. Records released and withheld. We are releasing 38 pages: the
Clearview invoice and credit memo, 12 e-mails with Clearview staff,
and the LexisNexis invoices. We have withheld the probe images and
search results under 1 V.S.A. sec. 317(c)(5), which exempts records
dealing with the detection and investigation of crime.

6. Fees. The Town's fee schedule allows a charge for staff time over
30 minutes. Staff spent 2.5 hours at $24.50 per hour ($61.25), and
copying costs $0.10 per page ($3.80), for a total of $65.05. Because
the records concern a matter of public interest, the fee is waived.

7. Appeal. If you believe any record was wrongly withheld, you may
appeal in writing to the Chief of Police within the time the statute
allows. If the appeal is denied, you may seek review in the Superior
Court under 1 V.S.A. sec. 319.

Sincerely,

Sgt. Owen Lachance
Records Supervisor, Bennington Police Department
(802) 555-0193 | olachance@benningtonvt.org

Enclosures: Attachment A (invoice summary); released records (38 pp.)
cc: Town Manager; Chief Paul Dufresne
""", "Bennington PD - 2024-PR-031 - Page 2 of 3"),
    (None, """\
ATTACHMENT A - INVOICE SUMMARY
Responsive invoices, January 1, 2019 - February 29, 2024
Prepared by Records, Bennington Police Department

Vendor           Invoice      Date        Description              Amount
---------------  -----------  ----------  ---------------------  ---------
Clearview AI,    INV-20-0457  02/14/2020  Clearview subscription  2,000.00
Inc.                                      1 yr, 2 users
Clearview AI,    CM-20-0119   10/22/2020  Credit memo, prorated   (583.33)
Inc.                                      cancellation
LexisNexis Risk  7004418291   07/01/2022  Accurint for Law        1,740.00
Solutions                                 Enforcement, annual
                                          (no FR module)
LexisNexis Risk  7004611057   07/01/2023  Accurint for Law        1,740.00
Solutions                                 Enforcement, annual
                                          (no FR module)
                                                                 ---------
                                          TOTAL, all invoices     4,896.67

Notes:
a. The Clearview subscription ran from 02/18/2020 and was cancelled
   effective 10/07/2020. The trial accounts (Nov. 2019 - Jan. 2020)
   were free and produced no invoices.
b. The LexisNexis lines are not facial recognition. They are listed
   only because the request named the vendor.
c. Amounts are as invoiced. No sales tax applies to the Town.
""", "Bennington PD - 2024-PR-031 - Page 3 of 3"),
], "pdf", BPD,
    [BPD, "Town of Bennington", "Vermont Department of Motor Vehicles"],
    ["Clearview AI", LNRS],
    ["Accurint for Law Enforcement"],
    [C(1000, 1000, "year", "one-year Clearview AI subscription for two users at $1,000 per user", BPD,
       "Clearview AI", unit="per user"),
     C(2000, 2000, "year", "$2,000 in total", BPD, "Clearview AI"),
     C(1416.67, 1416.67, None, "the Department paid Clearview AI $1,416.67", BPD, "Clearview AI")],
    [N(2, "exact", "requests", None, "the Department sent 2 probe images", BPD, None),
     N(3, "exact", "users", None, "three officers opened free trial accounts", BPD, "Clearview AI"),
     N(41, "exact", "searches", None, "ran a combined 41 searches", BPD, "Clearview AI"),
     N(2, "exact", "licenses", None, "subscription for two users", BPD, "Clearview AI"),
     N(67, "exact", "searches", None, "The two accounts ran 67 searches", BPD, "Clearview AI")],
    [P("Under 20 V.S.A. sec. 4622, a law enforcement officer shall not use facial recognition technology or "
       "any information obtained from its use, except as that section allows, and the Department follows "
       "that rule.", BPD, "prohibition")],
    [],
    ["2024-03-04", "2024-02-12", "2019-01-01", "2019", "2019-11", "2020-01", "2020-02", "2020-02-18",
     "2020-09-30", "2020-10", "2020-02-14", "2020-10-22", "2022-07-01", "2023-07-01", "2024-02-29",
     "2020-10-07"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Delaware: University of Delaware PD (Slack)
UDPD = "University of Delaware Police Department"
DIAC = "Delaware Information and Analysis Center"
BC = "BriefCam"
doc("06_udel-pd-analysts-slack-briefcam-diac.txt", [
    (None, """\
Slack export - #udpd-analysts (private channel)
Workspace: UD Public Safety | Exported by: N. Kowalczyk | 04/11/2024
Range: 04/08/2024 - 04/09/2024 | Released: UDPD-FOIA-24-009
----------------------------------------------------------------------

Monday, April 8th, 2024

Nina Kowalczyk  9:14 AM
BriefCam quote came in for the camera project. Summary:
  BriefCam quote Q-UD-24-0311 (valid 90 days)
  BriefCam Review + Respond, 40 camera channels     $21,600.00 / yr
  Face Recognition add-on (search + watchlist)       $9,600.00 / yr
    (watchlist capacity up to 5,000 enrolled faces)
  Professional services, install + 2 days training   $6,800.00 once
  Total year 1                                      $38,000.00

Devon Price  9:20 AM
is the face add-on optional? UD policy says no face recognition on
live campus camera feeds, full stop

Nina Kowalczyk  9:22 AM
Optional. Without it year 1 is $28,400.

Marcus Tillery  9:31 AM
Correct. University Policy 7-45 prohibits real-time face recognition
on University cameras. If we ever buy the add-on it would be for
after-the-fact searches of recorded video, and Legal wants a written
SOP before that even gets discussed.

Devon Price  9:33 AM
then what is the point of the watchlist. I'd price it without

Marcus Tillery  9:36 AM
For now nothing changes: face requests go to DIAC. Case number and
supervisor approval on the DIAC form, and whatever comes back is a
lead, not an ID.

Nina Kowalczyk  9:38 AM
how many did we send DIAC last year?
""", "UDPD-FOIA-24-009                                              001"),
    (None, """\
Devon Price  9:41 AM
17 requests in 2023. 11 came back with candidates.

Nina Kowalczyk  9:43 AM
DIAC told me they run them through the State Police's Clearview
account now. Not our cost either way.

Marcus Tillery  9:45 AM
Right. And DIAC won't touch a "who is this" photo from social media.
Their rule: the probe has to be tied to a criminal offense.

Devon Price  9:47 AM
fwiw Newark PD has BriefCam without the face module, about $15k a
year for 32 channels

Tuesday, April 9th, 2024

Nina Kowalczyk  8:52 AM
Follow-up from the BriefCam rep: the face add-on can also be bought
per channel at $240 per channel per year if we only want it on some
cameras. Sales tax does not apply (UD is exempt).

Marcus Tillery  9:05 AM
Noted, but I'm not asking for the face add-on in this budget request.
Base platform only, $28,400 year 1. Budget memo goes to the Chief
Friday. Account 16-04110 for the record.

Devon Price  9:06 AM
:+1:
""", "UDPD-FOIA-24-009                                              002"),
], "pdf", UDPD,
    [UDPD, "University of Delaware", DIAC, "Delaware State Police", "Newark Police Department"],
    [BC, "Clearview AI"],
    ["BriefCam Review", "BriefCam Respond"],
    [C(9600, 9600, "year", "Face Recognition add-on (search + watchlist)       $9,600.00 / yr", UDPD, BC),
     C(240, 240, "year", "$240 per channel per year", UDPD, BC, unit="per channel")],
    [N(17, "exact", "requests", "year", "17 requests in 2023", UDPD, None),
     N(11, "exact", "matches", "year", "11 came back with candidates", UDPD, None)],
    [P("University Policy 7-45 prohibits real-time face recognition on University cameras.",
       "University of Delaware", "prohibition"),
     P("Case number and supervisor approval on the DIAC form", UDPD, "requirement"),
     P("whatever comes back is a lead, not an ID.", UDPD, "disclaimer"),
     P("Their rule: the probe has to be tied to a criminal offense.", DIAC, "requirement")],
    [],
    ["2024-04-11", "2024-04-08", "2024-04-09", "2023"],
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
