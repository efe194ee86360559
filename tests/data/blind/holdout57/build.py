"""Writes docs/*.txt and labels.json for holdout57 (six invented releases: FL, MI, NH, OK, SD, WY).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on every policy
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
    indentation or '> ' quote marks) or pads a table row, the label takes the exact substring the
    text holds."""
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


# ---------------------------------------------------------------- 1 Florida: Collier County SO
CCSO = "Collier County Sheriff's Office"
CDWG = "CDW Government"
COG = "Cognitec"
DBS = "FaceVACS-DBScan LE"
PCSO = "Pinellas County Sheriff's Office"
LCSO = "Lee County Sheriff's Office"
SUBJ1 = "FaceVACS quote from CDW-G - revised"
doc("01_collier-county-so-cognitec-quote-outlook.txt", [
    ("Ybarra, Luis", """\
From:                 Kessler, Thomas
Sent:                 Thursday, September 12, 2024 3:47 PM
To:                   Pruitt, Dana
Cc:                   Ybarra, Luis
Subject:              RE: FaceVACS quote from CDW-G - revised
Attachments:          CDWG_Quote_NHKT412.pdf

Dana,

The revised CDW-G quote is pasted at the bottom. Two things changed
since the August 27 version: the sales tax is gone (we are exempt under
s. 212.08(6), F.S., certificate 85-8012554471C-9), and the state
contract discount now applies to the Cognitec lines only.

What should be charged to Criminal Intelligence (cost center 51240) is
the three Cognitec lines. After the discount the face recognition part
of this quote comes to $47,718, and maintenance after the first year
is $7,920 a year unless the contract discount carries over.

The Magnet AXIOM line is the Digital Forensics Unit's renewal that CDW
bundled in. It has nothing to do with face recognition. Please charge
it to DFU, cost center 51270.

Background for the file: until now we have sent probe photos to
Pinellas for a FACES search. We sent 186 requests to PCSO last year and
they have never billed us. The Lee County Sheriff's Office told Luis
they pay about $41,000 a year for their own system, so this is in line.
DBScan will hold our own booking archive, about 298,000 photos going
back to 1999.

On Major Haddad's policy question: General Order 46.3 was signed by the
Sheriff on September 3. An analyst must complete Cognitec's operator
course and an eight-hour facial comparison course before an account is
issued. Any candidate from DBScan is a lead only and is not probable
cause for an arrest. Capt. Ruiz would like patrol to have a mobile
version later; that is not in this quote and would need a new general
order.

Tom""", "CCSO PRR 24-1187            000031"),
    ("Ybarra, Luis", """\
Lt. Thomas Kessler
Criminal Intelligence Unit, Collier County Sheriff's Office
3319 Tamiami Trail East, Naples, FL 34112  |  (239) 555-0142

---------- Quote NHKT412 (pasted from CDW-G PDF) ----------
CDW Government LLC, 230 N. Milwaukee Ave., Vernon Hills, IL 60061
Quote NHKT412   Quote date: 09/11/2024   Valid until: 10/11/2024
Account manager: Kyle Brandt, (866) 555-0199   Customer no. 10418832
Bill to: Collier County Sheriff's Office - Fiscal Services

Mfr part        Description                   Qty   Unit price      Ext.
CG-DBS-LE-SRV   FaceVACS-DBScan LE server       1    38,500.00  38,500.00
                licence, perpetual (one-time)
CG-DBS-LE-CU    DBScan LE concurrent user       4     1,650.00   6,600.00
                licence, perpetual (one-time)
CG-MNT-12       Cognitec software maintenance   1     7,920.00   7,920.00
                and support, 12 months
                Discount, FL state contract
                43230000-NASPO-19-ACS, 10% on
                Cognitec lines                               -5,302.00
MAG-AXC-12      Magnet AXIOM Cyber renewal,     2     4,865.00   9,730.00
                12 months (DFU)
                                                Subtotal       57,448.00
                                                Sales tax           0.00
                                                Shipping            0.00
                                                TOTAL          57,448.00
Electronic delivery. Prices valid 30 days. Customer is tax exempt.
---------------------------------------------------------------""", "CCSO PRR 24-1187            000032"),
    ("Ybarra, Luis", """\
From: Pruitt, Dana
Sent: Thursday, September 12, 2024 10:15 AM
To: Kessler, Thomas
Cc: Ybarra, Luis
Subject: RE: FaceVACS quote from CDW-G - revised

Tom - before I open the requisition I need to know which lines are
yours. The quote total is $57,448 and I can't put all of that on 51240.
Is maintenance part of year one or billed separately?
Dana

From: Kessler, Thomas
Sent: Wednesday, September 11, 2024 4:52 PM
To: Pruitt, Dana
Subject: FaceVACS quote from CDW-G - revised

Revised CDW-G quote attached (NHKT412). Please start the requisition
for FY25 funds. Details to follow.""", "CCSO PRR 24-1187            000033"),
], "print", CCSO,
    [CCSO, PCSO, LCSO],
    [CDWG, COG, "Magnet Forensics"],
    [DBS, "Magnet AXIOM Cyber", "FACES"],
    [C(47718, 47718, None, "the face recognition part of this quote comes to $47,718", CCSO, CDWG, DBS),
     C(41000, 41000, "year", "they pay about $41,000 a year for their own system", LCSO, None),
     C(38500, 38500, "one-time", "CG-DBS-LE-SRV   FaceVACS-DBScan LE server       1    38,500.00  38,500.00",
       CCSO, CDWG, DBS),
     C(6600, 6600, "one-time", "CG-DBS-LE-CU    DBScan LE concurrent user       4     1,650.00   6,600.00",
       CCSO, CDWG, DBS),
     C(1650, 1650, "one-time", "CG-DBS-LE-CU    DBScan LE concurrent user       4     1,650.00",
       CCSO, CDWG, DBS, unit="per user"),
     C(7920, 7920, "year", "CG-MNT-12       Cognitec software maintenance   1     7,920.00   7,920.00",
       CCSO, CDWG, DBS)],
    [N(186, "exact", "requests", "year", "We sent 186 requests to PCSO last year", CCSO, None),
     N(298000, "approximately", "images", None, "about 298,000 photos", CCSO, COG),
     N(4, "exact", "licenses", None, "CG-DBS-LE-CU    DBScan LE concurrent user       4", CCSO, CDWG)],
    [P("An analyst must complete Cognitec's operator course and an eight-hour facial comparison course before an "
       "account is issued.", CCSO, "requirement"),
     P("Any candidate from DBScan is a lead only and is not probable cause for an arrest.", CCSO, "disclaimer")],
    [E("Kessler, Thomas", "Pruitt, Dana", "Thursday, September 12, 2024 3:47 PM", "RE: " + SUBJ1),
     E("Pruitt, Dana", "Kessler, Thomas", "Thursday, September 12, 2024 10:15 AM", "RE: " + SUBJ1),
     E("Kessler, Thomas", "Pruitt, Dana", "Wednesday, September 11, 2024 4:52 PM", SUBJ1)],
    ["2024-09-12", "2024-09-11", "1999", "2024-10-11"],
    scan="print")


# ---------------------------------------------------------------- 2 Michigan: Troy PD (City Council)
TPD = "Troy Police Department"
TCC = "Troy City Council"
CV = "Clearview AI"
FHPD = "Farmington Hills Police Department"
doc("02_troy-city-council-minutes-clearview-consent.txt", [
    (None, """\
                              CITY OF TROY
              MINUTES OF THE REGULAR CITY COUNCIL MEETING
                        Monday, March 10, 2025
      Council Chambers, Troy City Hall, 500 W. Big Beaver Road, Troy

A. CALL TO ORDER
Mayor Renata Kowalczyk called the Regular Meeting of the Troy City
Council to order at 7:30 PM.

B. ROLL CALL
Present: Mayor Renata Kowalczyk, Mayor Pro Tem Daniel Szabo, Council
Members Helen Greer, Vikram Lindqvist, Paul Marsh, Amara Obi and
Steven Tran. Also present: City Manager Lorraine Fitch, City Attorney
Jonah Weatherby, Police Chief Marcus Delacroix-Hale.

C. PLEDGE OF ALLEGIANCE

D. PUBLIC COMMENT FOR ITEMS ON THE AGENDA
Teresa Vann, 2140 Wattles Road, spoke against item I-4. She cited a
2023 wrongful arrest in Detroit and asked Council to reject it.
Gerald Ostrowski, 118 Kirts Boulevard, spoke in favor of item I-4.

E. POSTPONED ITEMS - None.

I. CONSENT AGENDA
I-1a  Approval of Consent Agenda
      Resolution #2025-03-041
      Moved by Lindqvist, seconded by Tran
      RESOLVED, That Troy City Council hereby APPROVES all items on the
      Consent Agenda as printed, except item I-4, which Council Member
      Obi removed for separate consideration as item J-1.
      Yes: All-7
      MOTION CARRIED
I-2   Approval of City Council Minutes: Regular Meeting of February 24,
      2025.
I-3   Standard Purchasing Resolution 1: Award to Low Bidder - Road Salt
      (Sodium Chloride), 2025-26 Season. Detroit Salt Company, 6,500
      tons at $86.40 per ton, estimated total $561,600.
I-4   Standard Purchasing Resolution 3: Sole Source - Investigative
      Facial Recognition Subscription, Police Department.
      (Removed from the Consent Agenda; see J-1.)""", "Minutes 03-10-2025 p. 1"),
    (None, """\
I-5   Standard Purchasing Resolution 4: Cooperative Purchase - Fire
      Department Breathing Apparatus Cylinders. MSA Safety, through
      the Sourcewell contract, 40 cylinders at $1,236.00 each, total
      $49,440.
I-6   Acceptance of Donation: two patrol bicycles and helmets from the
      Troy Rotary Club for the Police Bike Unit, valued at $3,180.
I-7   Private Agreement for Water Main Improvements - Somerset Pointe,
      Phase 2, Project No. 24.407.3.
I-8   Contract Renewal: Motorola Solutions APX N70 portable radios for
      the Police Department, 12 radios at $6,214.00 each, total
      $74,568, Account 401.301.7978.

J. REGULAR BUSINESS
J-1   Standard Purchasing Resolution 3: Sole Source - Investigative
      Facial Recognition Subscription, Police Department (removed from
      the Consent Agenda as item I-4)

      The staff report requests a three-year sole source agreement with
      Clearview AI, Inc. for 12 investigator licenses, April 1, 2025
      through March 31, 2028, at $27,600 per year, for a total not to
      exceed $82,800. Funds are in the Police Department operating
      budget, account 301.7802.080. The price reflects a 7% public
      sector discount from list.

      Council Member Obi asked why the City should pay for facial
      recognition when the Michigan State Police SNAP system (Statewide
      Network of Agency Photos) is free to local agencies. Chief
      Delacroix-Hale said detectives submitted 143 requests to SNAP in
      2024 and that replies often take several days. The Department
      will keep using SNAP at no cost alongside the subscription.

      Council Member Greer asked how the product is controlled. The
      Chief said that under Police Department Directive 41-17 a search
      may be run only with an active incident number and a
      supervisor's approval. Results are treated as investigative leads
      and are never by themselves grounds for an arrest or a warrant.
      The directive also prohibits searches to identify people taking
      part in lawful protests or other First Amendment activity, and an
      officer who misuses the system faces discipline up to
      termination.""", "Minutes 03-10-2025 p. 2"),
    (None, """\
      Council Member Tran asked about other cities. The Chief said the
      Farmington Hills Police Department runs roughly 300 searches a
      year on the same product with 8 licenses.

      Council Member Obi suggested that the Police Department report its
      search totals to Council every year. City Manager Fitch said staff
      could include the totals in the annual police report. No amendment
      was offered.

      Resolution #2025-03-046
      Moved by Lindqvist, seconded by Szabo
      RESOLVED, That Troy City Council hereby APPROVES a three-year
      agreement with Clearview AI, Inc., New York, NY, for investigative
      facial recognition licenses for the Police Department, at an
      estimated cost of $27,600 per year, not to exceed $82,800, as
      detailed in the quote attached to the staff report; and
      BE IT FURTHER RESOLVED, That the Mayor and City Clerk are
      authorized to execute the agreement on behalf of the City.
      Yes: Kowalczyk, Szabo, Greer, Lindqvist, Marsh, Tran
      No: Obi
      MOTION CARRIED

K. COUNCIL REFERRALS - None.

L. COUNCIL COMMENTS
Mayor Pro Tem Szabo thanked the Department of Public Works for its
response to the February 18 ice storm.

M. ADJOURNMENT
The meeting adjourned at 9:14 PM.


_______________________________      _______________________________
Renata Kowalczyk, Mayor              Margaret L. Dunn, City Clerk""",
     "Minutes 03-10-2025 p. 3"),
], "pdf", TPD,
    [TPD, TCC, "City of Troy", "Michigan State Police", FHPD],
    [CV, "Detroit Salt Company", "MSA Safety", "Motorola Solutions"],
    ["Statewide Network of Agency Photos", "APX N70"],
    [C(27600, 27600, "year", "at $27,600 per year", TPD, CV),
     C(None, 82800, None, "for a total not to exceed $82,800", TPD, CV)],
    [N(12, "exact", "licenses", None, "12 investigator licenses", TPD, CV),
     N(143, "exact", "requests", "year", "detectives submitted 143 requests to SNAP in 2024", TPD, None),
     N(300, "approximately", "searches", "year", "runs roughly 300 searches a year", FHPD, CV),
     N(8, "exact", "licenses", None, "with 8 licenses", FHPD, CV)],
    [P("a search may be run only with an active incident number and a supervisor's approval.", TPD, "requirement"),
     P("Results are treated as investigative leads and are never by themselves grounds for an arrest or a "
       "warrant.", TPD, "disclaimer"),
     P("The directive also prohibits searches to identify people taking part in lawful protests or other First "
       "Amendment activity", TPD, "prohibition"),
     P("an officer who misuses the system faces discipline up to termination.", TPD, "consequence")],
    [],
    ["2025-03-10", "2023", "2025-02-24", "2025-04-01", "2028-03-31", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 3 New Hampshire: NH State Police (NHIAC)
NHSP = "New Hampshire State Police"
NHIAC = "New Hampshire Information and Analysis Center"
IDM = "Idemia"
MFI = "Morpho Face Investigate"
ROWS = [("Concord Police Department", 38, 41), ("Portsmouth Police Department", 31, 34),
        ("Keene Police Department", 22, 22), ("Merrimack Police Department", 17, 18),
        ("Derry Police Department", 14, 15), ("Laconia Police Department", 11, 11),
        ("Hillsborough County Sheriff's Office", 9, 9), ("New Hampshire State Police (Troops A-G)", 46, 52),
        ("All other NH agencies (23 agencies)", 40, 43), ("Federal partners (HSI, U.S. Marshals)", 8, 8)]
assert sum(r[1] for r in ROWS) == 236 and sum(r[2] for r in ROWS) == 253
TABLE = "\n".join(f"{name:<45}  {req:>8}  {srch:>10}" for name, req, srch in ROWS)
ROW_AGENCY = {"New Hampshire State Police (Troops A-G)": NHSP, "All other NH agencies (23 agencies)": None,
              "Federal partners (HSI, U.S. Marshals)": None}
row_counts = []
for name, req, srch in ROWS:
    ag = ROW_AGENCY.get(name, name)
    row_counts.append(N(req, "exact", "requests", "year", f"{name:<45}  {req:>8}", ag, IDM))
    row_counts.append(N(srch, "exact", "searches", "year", f"{name:<45}  {req:>8}  {srch:>10}", ag, IDM))
doc("03_nh-state-police-nhiac-fr-annual-statistics.txt", [
    (None, """\
STATE OF NEW HAMPSHIRE
DEPARTMENT OF SAFETY - DIVISION OF STATE POLICE
New Hampshire Information and Analysis Center (NHIAC)
33 Hazen Drive, Concord, NH 03305

FACIAL RECOGNITION SUPPORT SERVICE
ANNUAL STATISTICS REPORT - CALENDAR YEAR 2024

Report number: NHIAC-FR-2025-01            Issued: February 14, 2025
Prepared by: Analyst Supervisor Corinne Thibodeau
Reviewed by: Major Stephen Lavallee, Investigative Services Bureau

1. About the service
Since 2020 the State Police have offered facial recognition searches to
New Hampshire law enforcement agencies through the NHIAC. Requesting
agencies do not run searches themselves. They send a probe image and a
request form, and an NHIAC analyst searches the image with IDEMIA's
MorphoFace Investigate (MFI) application and returns a candidate list
with a written comparison.

The gallery is limited to booking photographs held in the State Police
criminal records repository. At the end of 2024 it held 412,870 images
of approximately 188,000 individuals. Photographs held by the Division
of Motor Vehicles are not enrolled and cannot be searched.

Six NHIAC analysts held MFI accounts during 2024. All six completed the
IDEMIA operator course and a 40-hour facial comparison course.

2. Cost
The State Police paid IDEMIA $58,300 for MFI software maintenance and
hosting in state fiscal year 2025 (July 1, 2024 - June 30, 2025). The
system was bought in 2020 for a one-time price of $196,000, funded by
State Homeland Security Program grant EMW-2019-SS-00047. No fee is
charged to requesting agencies.""", "NHIAC-FR-2025-01 p. 1/3"),
    (None, """\
3. Requests and searches, 2024

Table 1. Requests received and searches run, by requesting agency

Requesting agency                              Requests    Searches
                                               received         run
---------------------------------------------  --------  ----------
""" + TABLE + """
---------------------------------------------  --------  ----------
Total                                               236         253

A request can need more than one search when the requester sends more
than one probe image. Searches by quarter: Q1 58, Q2 61, Q3 70, Q4 64.

Of the 253 searches, 97 returned a candidate list that the analyst sent
to the requester (38.3%). Requesting agencies later reported 31
confirmed identifications. The NHIAC does not track arrests.

For comparison, the Maine Information and Analysis Center reported 174
facial recognition searches for calendar year 2024.""", "NHIAC-FR-2025-01 p. 2/3"),
    (None, """\
4. Policy summary
NHIAC Standard Operating Procedure 14, Facial Recognition (revised
October 1, 2023), governs the service. Its main provisions are:

14.2  The service is used to develop investigative leads in criminal
      investigations and to help identify deceased, missing or
      incapacitated persons.
14.4  Every request must be submitted on form NHIAC-14A with an agency
      case number and the approval of the requester's supervisor.
14.5  Analysts may not search an image to identify a person engaged in
      lawful assembly, protest or other activity protected by the
      First Amendment or Part I, Article 22 of the New Hampshire
      Constitution.
14.6  A candidate list is an investigative lead only. It is not a
      positive identification and shall not be the sole basis for
      probable cause.
14.7  Requests from federal agencies must concern a crime committed in
      New Hampshire.
14.8  The NHIAC Commander may authorize a search without a case number
      to identify a deceased person.
14.9  A member who uses the service for a purpose this SOP does not
      allow will lose access and is subject to discipline under the
      Division's Rules and Regulations.

Under RSA 105-D:2, XII, recordings from body-worn cameras may not be
used with facial recognition, and the NHIAC does not accept probe
images taken from body-worn camera video.

5. Pending recommendation
The NHIAC Privacy Advisory Committee has recommended a yearly outside
audit of the search logs. The Colonel has not acted on it, and it is
not part of the SOP.""", "NHIAC-FR-2025-01 p. 3/3"),
], "pdf", NHSP,
    [NHSP, NHIAC, "New Hampshire Department of Safety", "New Hampshire Division of Motor Vehicles",
     "Concord Police Department", "Portsmouth Police Department", "Keene Police Department",
     "Merrimack Police Department", "Derry Police Department", "Laconia Police Department",
     "Hillsborough County Sheriff's Office", "Homeland Security Investigations", "U.S. Marshals Service",
     "Maine Information and Analysis Center"],
    [IDM],
    [MFI],
    [C(58300, 58300, "year", "The State Police paid IDEMIA $58,300 for MFI software maintenance and hosting",
       NHSP, IDM, MFI),
     C(196000, 196000, "one-time", "a one-time price of $196,000", NHSP, IDM, MFI)],
    [N(412870, "exact", "images", None, "it held 412,870 images", NHSP, IDM),
     N(188000, "approximately", "images", None, "approximately 188,000 individuals", NHSP, IDM),
     N(6, "exact", "users", None, "Six NHIAC analysts held MFI accounts during 2024", NHIAC, IDM)]
    + row_counts
    + [N(236, "exact", "requests", "year", "Total                                               236", NHIAC, IDM),
       N(253, "exact", "searches", "year", "Total                                               236         253",
         NHIAC, IDM),
       N(58, "exact", "searches", "quarter", "Q1 58", NHIAC, IDM),
       N(61, "exact", "searches", "quarter", "Q2 61", NHIAC, IDM),
       N(70, "exact", "searches", "quarter", "Q3 70", NHIAC, IDM),
       N(64, "exact", "searches", "quarter", "Q4 64", NHIAC, IDM),
       N(97, "exact", "matches", "year", "97 returned a candidate list", NHIAC, IDM),
       N(31, "exact", "identifications", "year", "31 confirmed identifications", NHIAC, IDM),
       N(174, "exact", "searches", "year", "the Maine Information and Analysis Center reported 174 facial "
         "recognition searches", "Maine Information and Analysis Center", None)],
    [P("The service is used to develop investigative leads in criminal investigations and to help identify "
       "deceased, missing or incapacitated persons.", NHIAC, "purpose"),
     P("Every request must be submitted on form NHIAC-14A with an agency case number and the approval of the "
       "requester's supervisor.", NHIAC, "requirement"),
     P("Analysts may not search an image to identify a person engaged in lawful assembly, protest or other "
       "activity protected by the First Amendment or Part I, Article 22 of the New Hampshire Constitution.",
       NHIAC, "prohibition"),
     P("A candidate list is an investigative lead only. It is not a positive identification and shall not be "
       "the sole basis for probable cause.", NHIAC, "disclaimer"),
     P("Requests from federal agencies must concern a crime committed in New Hampshire.", NHIAC, "requirement"),
     P("The NHIAC Commander may authorize a search without a case number to identify a deceased person.",
       NHIAC, "permission"),
     P("A member who uses the service for a purpose this SOP does not allow will lose access and is subject to "
       "discipline under the Division's Rules and Regulations.", NHIAC, "consequence"),
     P("Under RSA 105-D:2, XII, recordings from body-worn cameras may not be used with facial recognition, and "
       "the NHIAC does not accept probe images taken from body-worn camera video.", NHIAC, "prohibition")],
    [],
    ["2024", "2025-02-14", "2020", "2024-07-01", "2025-06-30", "2023-10-01"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Oklahoma: Lawton PD
LPD = "Lawton Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("04_lawton-pd-neoface-requisition-quote.txt", [
    (None, """\
CITY OF LAWTON, OKLAHOMA - Finance Department, Purchasing Division
212 SW 9th Street, Lawton, OK 73501

PURCHASE REQUISITION                       Requisition No. 25-PD-00731
                                           Date entered: 09/23/2024
Department: 4210 Police - Investigations   Requested by: Sgt. Nadia Reyes
Phone: (580) 555-0127                      Need by: 11/01/2024
Suggested vendor: NEC Corporation of America (Vendor No. 004662)
Procurement method: Sole source (Lawton City Code sec. 2-7-105)
Quote attached: NEC Q-24-08817, dated 09/16/2024

Ln  Account          Description                               Amount
--  ---------------  ----------------------------------  ------------
1   310-4210-691.10  NeoFace Reveal software, server       $54,450.00
                     and installation (one-time),
                     quote Part A, items A1-A3
2   100-4210-531.40  NeoFace Reveal support and            $17,850.00
                     subscription, Year 1 (annual),
                     quote Part B
3   310-4150-641.20  Booking capture stations (2),          $8,040.00
                     quote item A4, incl. freight
                                                         ------------
                     REQUISITION TOTAL                     $80,340.00

Justification: Investigations now sends probe photos to the Oklahoma
State Bureau of Investigation for face comparison. We sent 162
requests to OSBI in FY2024 and the average turnaround was 9 days.
NeoFace Reveal will search the Department's own booking photographs
(about 231,000 images from the jail management system) and give our
trained examiners direct access.

Line 3 is for the Jail Division's booking cameras and is charged to the
jail capital account. It is not part of the facial recognition system.

Use of the system is governed by Police Department Policy 426, Facial
Recognition, signed by the Chief on August 30, 2024. Searches are
limited to open criminal investigations and to unidentified deceased
or missing persons. A possible match is an investigative lead only and
shall not be used as the sole basis for an arrest.

Division Commander ________  Chief of Police ________  Finance ________
Funds available: Y      Encumbrance No. E-25-02291""", "Req. 25-PD-00731 p. 1"),
    (None, """\
NEC CORPORATION OF AMERICA
Public Safety - 3929 W. John Carpenter Freeway, Irving, TX 75063

PRICE QUOTATION                              Quote No.: Q-24-08817
Customer: City of Lawton / Lawton Police Department
Date: September 16, 2024                     Valid for: 90 days
Contact: Brent Hollister, Regional Sales Manager, (214) 555-0176

PART A - ONE-TIME CHARGES
Item  Description                          Qty   Unit Price       Total
----  -----------------------------------  ---  -----------  ----------
A1    NeoFace Reveal server license,         1    38,900.00   38,900.00
      perpetual, one site
A2    NeoFace Reveal examiner client        10       975.00    9,750.00
      license, perpetual
A3    Installation, data migration and       1     5,800.00    5,800.00
      3-day on-site examiner training
A4    Booking capture station (camera,       2     3,920.00    7,840.00
      light, stand, PC) - Jail Division
                                           Part A total       62,290.00

PART B - ANNUAL CHARGES (per year, from system acceptance)
B1    Software support and updates (18% of A1 and A2)          8,757.00
B2    Algorithm subscription and hosted gallery, up to         9,093.00
      500,000 images
                                           Part B total       17,850.00

Freight, FOB Lawton (item A4 only)                               200.00
Oklahoma sales tax 8.5% - exempt under 68 O.S. sec. 1356           0.00
QUOTE TOTAL, FIRST YEAR                                       80,340.00

Years 2 through 5: Part B is billed each year at $17,850.00 plus up
to 3% a year. Year 2 Part B: $18,385.50.
Migration covers the existing mugshot archive in the jail management
system. On-site support visits after acceptance are not included.

Accepted for the City of Lawton: ______________________  Date: ________""",
     "Req. 25-PD-00731 p. 2"),
], "pdf", LPD,
    [LPD, "City of Lawton", "Oklahoma State Bureau of Investigation"],
    [NEC],
    [NFR],
    [C(54450, 54450, "one-time", "NeoFace Reveal software, server       $54,450.00", LPD, NEC, NFR),
     C(17850, 17850, "year", "NeoFace Reveal support and            $17,850.00", LPD, NEC, NFR),
     C(38900, 38900, "one-time", "A1    NeoFace Reveal server license,         1    38,900.00   38,900.00",
       LPD, NEC, NFR),
     C(9750, 9750, "one-time", "A2    NeoFace Reveal examiner client        10       975.00    9,750.00",
       LPD, NEC, NFR),
     C(975, 975, "one-time", "A2    NeoFace Reveal examiner client        10       975.00",
       LPD, NEC, NFR, unit="per user"),
     C(5800, 5800, "one-time", "A3    Installation, data migration and       1     5,800.00    5,800.00",
       LPD, NEC, NFR),
     C(8757, 8757, "year", "B1    Software support and updates (18% of A1 and A2)          8,757.00",
       LPD, NEC, NFR),
     C(9093, 9093, "year", "B2    Algorithm subscription and hosted gallery, up to         9,093.00",
       LPD, NEC, NFR),
     C(18385.5, 18385.5, "year", "Year 2 Part B: $18,385.50", LPD, NEC, NFR)],
    [N(162, "exact", "requests", "year", "We sent 162 requests to OSBI in FY2024", LPD, None),
     N(231000, "approximately", "images", None, "about 231,000 images", LPD, NEC),
     N(10, "exact", "licenses", None, "A2    NeoFace Reveal examiner client        10", LPD, NEC)],
    [P("Searches are limited to open criminal investigations and to unidentified deceased or missing persons.",
       LPD, "purpose"),
     P("A possible match is an investigative lead only and shall not be used as the sole basis for an arrest.",
       LPD, "disclaimer")],
    [],
    ["2024-09-23", "2024-11-01", "2024-09-16", "2024-08-30"],
    scan="pdf")


# ---------------------------------------------------------------- 5 South Dakota: Brookings County SO
BCSO = "Brookings County Sheriff's Office"
DCI = "South Dakota Division of Criminal Investigation"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("05_brookings-county-so-dci-fr-mou.txt", [
    (None, """\
                    MEMORANDUM OF UNDERSTANDING
  between the SOUTH DAKOTA OFFICE OF ATTORNEY GENERAL, DIVISION OF
  CRIMINAL INVESTIGATION and the BROOKINGS COUNTY SHERIFF'S OFFICE

Facial Recognition Search Services               MOU No. DCI-FR-2025-014

1. PARTIES AND AUTHORITY
This Memorandum of Understanding ("MOU") is made between the South
Dakota Division of Criminal Investigation ("DCI"), 1302 E. Highway 14,
Suite 5, Pierre, South Dakota 57501, and the Brookings County Sheriff's
Office ("Sheriff's Office"), 314 6th Avenue, Brookings, South Dakota
57006, under SDCL 1-24-1.

2. PURPOSE
DCI operates a facial recognition system, FACE Plus, supplied by
DataWorks Plus, LLC. The system compares a probe image with booking
photographs contributed by South Dakota jails; the gallery held
approximately 342,000 photographs on the effective date. DCI will
search probe images submitted by the Sheriff's Office only to develop
investigative leads in criminal investigations and to identify
deceased or incapacitated persons.

3. TERM
This MOU takes effect July 1, 2025 and expires June 30, 2027, unless
ended earlier under Section 11.

4. FEES
4.1  The Sheriff's Office will pay DCI a fee of $25.00 per search
     request submitted.
4.2  Total fees under this MOU shall not exceed $3,750.00 in any state
     fiscal year (July 1 - June 30), the fee for 150 requests.
     Requests above the cap in a fiscal year are processed without
     charge.
4.3  No fee is charged for a request to identify a deceased person or
     a missing or endangered person.
4.4  DCI will invoice the Sheriff's Office quarterly. Payment is due
     within 30 days of the invoice date. Remit to DCI, account
     1012-0450-6521.
4.5  For planning, the Sheriff's Office expects to submit about 90
     requests per fiscal year. In calendar year 2024, during the
     no-cost pilot, it submitted 57 requests.""", "DCI-FR-2025-014 p. 1/3"),
    (None, """\
5. DESIGNATED REQUESTERS
The Sheriff may designate up to four deputies or investigators to
submit requests. A designee must complete DCI's two-hour online course
on facial recognition requests before DCI issues the designee a login
to the DCI request portal.

6. REQUIREMENTS FOR REQUESTS
6.1  Each request shall include an agency case number, the offense
     under investigation, and the name of the requesting designee.
6.2  The Sheriff's Office shall not submit a request to identify a
     person because of the person's participation in a lawful
     assembly, protest, or religious activity.
6.3  The Sheriff's Office shall not submit images obtained from
     another agency without that agency's consent.
6.4  DCI may decline any request that does not meet this MOU.

7. USE OF RESULTS
A candidate returned by DCI is an investigative lead only; it is not a
positive identification and does not by itself establish probable
cause to arrest, search, or obtain a warrant.

8. RECORDS AND AUDIT
8.1  DCI shall keep a log of every request and search for five years.
8.2  DCI may audit the Sheriff's Office's requests at any time.
8.3  The Sheriff's Office shall provide the case information needed
     for an audit within 30 days of DCI's request.

9. MISUSE
If DCI finds that a designee used the service for a purpose this MOU
does not allow, DCI will suspend the designee's login and may suspend
the Sheriff's Office's access until the Sheriff certifies that
corrective action has been taken.

10. LIABILITY AND INSURANCE
Each party is responsible for its own acts and omissions. Each party
keeps liability coverage of at least $1,000,000 per occurrence; the
Sheriff's Office through the South Dakota Public Assurance Alliance.""",
     "DCI-FR-2025-014 p. 2/3"),
    (None, """\
11. AMENDMENT AND TERMINATION
This MOU may be amended only in writing signed by both parties. Either
party may end it on 60 days' written notice to the other. Fees for
requests submitted before the end date remain payable.

12. PUBLIC RECORDS
This MOU is a public record. Requests, search results and logs are
criminal investigative records and are open to inspection only as
SDCL 1-27-1.5 provides.

13. MOBILE SUBMISSION
The Sheriff's Office has asked DCI to accept requests from a mobile
application. DCI is evaluating the request and has not agreed to it.

SIGNATURES

For the South Dakota Division of Criminal Investigation:

_________________________________          Date: 06/12/2025
Director, Division of Criminal Investigation

For the Brookings County Sheriff's Office:

_________________________________          Date: 06/18/2025
Sheriff, Brookings County

Approved by the Brookings County Commission on June 17, 2025,
Resolution 2025-38, by a vote of 5-0.""", "DCI-FR-2025-014 p. 3/3"),
], "pdf", BCSO,
    [BCSO, DCI, "South Dakota Office of Attorney General", "Brookings County Commission",
     "South Dakota Public Assurance Alliance"],
    [DWP],
    [FP],
    [C(25, 25, None, "a fee of $25.00 per search request submitted", BCSO, None, FP, unit="per search"),
     C(None, 3750, "year", "Total fees under this MOU shall not exceed $3,750.00 in any state fiscal year",
       BCSO, None, FP)],
    [N(342000, "approximately", "images", None, "approximately 342,000 photographs", DCI, DWP),
     N(90, "approximately", "requests", "year", "expects to submit about 90 requests per fiscal year", BCSO, None),
     N(57, "exact", "requests", "year", "it submitted 57 requests", BCSO, None),
     N(4, "up to", "users", None, "designate up to four deputies or investigators", BCSO, None)],
    [P("DCI will search probe images submitted by the Sheriff's Office only to develop investigative leads in "
       "criminal investigations and to identify deceased or incapacitated persons.", DCI, "purpose"),
     P("The Sheriff may designate up to four deputies or investigators to submit requests.", BCSO, "permission"),
     P("A designee must complete DCI's two-hour online course on facial recognition requests before DCI issues "
       "the designee a login to the DCI request portal.", BCSO, "requirement"),
     P("Each request shall include an agency case number, the offense under investigation, and the name of the "
       "requesting designee.", BCSO, "requirement"),
     P("The Sheriff's Office shall not submit a request to identify a person because of the person's "
       "participation in a lawful assembly, protest, or religious activity.", BCSO, "prohibition"),
     P("The Sheriff's Office shall not submit images obtained from another agency without that agency's "
       "consent.", BCSO, "prohibition"),
     P("DCI may decline any request that does not meet this MOU.", DCI, "permission"),
     P("A candidate returned by DCI is an investigative lead only; it is not a positive identification and does "
       "not by itself establish probable cause to arrest, search, or obtain a warrant.", BCSO, "disclaimer"),
     P("DCI shall keep a log of every request and search for five years.", DCI, "requirement"),
     P("DCI may audit the Sheriff's Office's requests at any time.", DCI, "permission"),
     P("The Sheriff's Office shall provide the case information needed for an audit within 30 days of DCI's "
       "request.", BCSO, "requirement"),
     P("If DCI finds that a designee used the service for a purpose this MOU does not allow, DCI will suspend "
       "the designee's login and may suspend the Sheriff's Office's access until the Sheriff certifies that "
       "corrective action has been taken.", BCSO, "consequence")],
    [],
    ["2025-07-01", "2027-06-30", "2024", "2025-06-12", "2025-06-18", "2025-06-17"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Wyoming: Laramie PD
LAPD = "Laramie Police Department"
ACSO = "Albany County Sheriff's Office"
VIG = "Vigilant Solutions"
MSI = "Motorola Solutions"
FS = "Vigilant FaceSearch"
doc("06_laramie-pd-facesearch-slack-export.txt", [
    (None, """\
Slack export | Workspace: Laramie Police Department
Channel: #cid-facesearch (private) | Exported 2025-02-04 by M. Ferraro
Range: 2025-01-06 to 2025-01-31 | 9 members

---------------- Monday, January 6th, 2025 ----------------

Dale Kessinger  8:12 AM
Q4 FaceSearch numbers from the admin console: 87 searches Oct 1 -
Dec 31. 9 of those were for Albany County SO cases.

Rosa Quintanilla  8:20 AM
that's way up. Q3 was 52 right?

Dale Kessinger  8:21 AM
52 in Q3, yes. So 139 since we turned it on in July.

Sgt. Aaron Whitcomb  8:34 AM
How many turned into anything?

Dale Kessinger  8:36 AM
31 where we had a candidate worth following up, 6 arrests so far.
None of the arrests were on FaceSearch alone.

Sgt. Aaron Whitcomb  9:02 AM
OK. The Chief hasn't signed GO 3.14 yet, so these are the interim
rules, effective today, until it's signed:
1) Every search gets a case number in the Case # field. No case
   number, no search.
2) Running anything for another agency needs a sergeant's OK in this
   channel first.
3) Do not search photos of people at protests, rallies or the UW
   campus demonstrations unless they're a suspect in a crime.
4) A FaceSearch candidate is a lead, not an ID, and it never goes in
   an affidavit as the basis for PC.
5) If you run a search for a personal reason you lose your login and
   it goes to OPS.
FaceSearch is for identifying suspects, witnesses and unidentified
deceased in open cases. That's it.

Rosa Quintanilla  9:10 AM
What about DL photos? Is there anything saying we can't?""", "LPD PRR 2025-044 p. 1"),
    (None, """\
Sgt. Aaron Whitcomb  9:15 AM
There's no rule in the current manual against it, but WYDOT won't
give us DL photos for this anyway, so it's moot. FaceSearch only has
booking photos.

Mike Ferraro  9:40 AM
Cost question from Finance: FaceSearch is an add-on to our Vigilant
LEARN contract. The LPR side is $14,500 a year for the 4 trailer
cameras. The FaceSearch piece is $3,800 a year for 6 user licenses.
Renewal is July 1.

Rosa Quintanilla  9:44 AM
Casper PD is paying about $9,000 a year for Clearview per their
sergeant, fwiw.

Dale Kessinger  9:51 AM
Motorola says the FaceSearch gallery is over 18 million booking photos
nationwide.

---------------- Tuesday, January 21st, 2025 ----------------

Sgt. Aaron Whitcomb  7:58 AM
Audit note: some searches last week had no case number. Reminder of
rule 1.

Dale Kessinger  8:05 AM
I'd propose we cap it at 40 searches a month per detective until the
90-day audit. Thoughts?

Sgt. Aaron Whitcomb  8:11 AM
Let's raise it at the CID meeting. Not a rule for now.

---------------- Friday, January 31st, 2025 ----------------

Mike Ferraro  3:22 PM
January so far: 34 searches, 5 users active. Albany County SO asked
for 3 of them.

Sgt. Aaron Whitcomb  3:30 PM
thanks. I'll put the January numbers in the monthly CID report.""", "LPD PRR 2025-044 p. 2"),
], "pdf", LAPD,
    [LAPD, ACSO, "Casper Police Department", "Wyoming Department of Transportation"],
    [VIG, MSI, CV],
    [FS, "LEARN"],
    [C(3800, 3800, "year", "The FaceSearch piece is $3,800 a year for 6 user licenses", LAPD, VIG, FS),
     C(9000, 9000, "year", "Casper PD is paying about $9,000 a year for Clearview", "Casper Police Department", CV)],
    [N(87, "exact", "searches", "quarter", "87 searches Oct 1 - Dec 31", LAPD, VIG),
     N(9, "exact", "requests", "quarter", "9 of those were for Albany County SO cases", ACSO, VIG),
     N(52, "exact", "searches", "quarter", "52 in Q3", LAPD, VIG),
     N(139, "exact", "searches", None, "139 since we turned it on in July", LAPD, VIG),
     N(31, "exact", "leads", None, "31 where we had a candidate worth following up", LAPD, VIG),
     N(6, "exact", "arrests", None, "6 arrests so far", LAPD, VIG),
     N(6, "exact", "licenses", None, "6 user licenses", LAPD, VIG),
     N(18000000, "more than", "images", None, "over 18 million booking photos", None, MSI),
     N(34, "exact", "searches", "month", "January so far: 34 searches", LAPD, VIG),
     N(5, "exact", "users", "month", "5 users active", LAPD, VIG),
     N(3, "exact", "requests", "month", "Albany County SO asked for 3 of them", ACSO, VIG)],
    [P("Every search gets a case number in the Case # field.", LAPD, "requirement"),
     P("Running anything for another agency needs a sergeant's OK in this channel first.", LAPD, "requirement"),
     P("Do not search photos of people at protests, rallies or the UW campus demonstrations unless they're a "
       "suspect in a crime.", LAPD, "prohibition"),
     P("A FaceSearch candidate is a lead, not an ID, and it never goes in an affidavit as the basis for PC.",
       LAPD, "disclaimer"),
     P("If you run a search for a personal reason you lose your login and it goes to OPS.", LAPD, "consequence"),
     P("FaceSearch is for identifying suspects, witnesses and unidentified deceased in open cases.", LAPD,
       "purpose")],
    [],
    ["2025-02-04", "2025-01-06", "2025-01-31", "2025-01-21"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
