"""Writes docs/*.txt and labels.json for holdout36 (six invented releases: NJ, NY, OK, OR, PA, TN).
Labels are written from intent, in the same call that writes the text; nothing is rendered here."""
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []


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


def P(quote, agency):
    return {"quote": quote, "agency": agency}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def S(body, start, end):
    """The span of `body` from the first `start` through the first `end` after it (for quotes that
    run over a line break, so the wrapped text is copied exactly)."""
    i = body.index(start)
    j = body.index(end, i) + len(end)
    return body[i:j]


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        page = "\n".join(parts) + "\n"
        lines = page.splitlines()
        assert len(lines) < 45, (file, len(lines), lines[:2])
        for ln in lines:
            assert len(ln) < 76, (file, len(ln), ln)
        texts.append(page)
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 New Jersey: Outlook thread (printed)
MCPO = "Morris County Prosecutor's Office"
GSFS = "Garden State Forensic Systems"
NJ1 = """\
From:          Albanese, Robert
Sent:          Wednesday, March 9, 2022 8:47 AM
To:            Kessler, Joanne
Cc:            Ortiz, Daniel (Intel Unit)
Subject:       FW: RE: NeoFace Reveal pricing - MCPO Intelligence
Attachments:   GSFS_Quote_Q22-0117.pdf

Joanne -

See below. Dan's numbers look right to me. Before this goes up to the
Prosecutor I want one thing settled, so take this as direction from me
as of today: every face search the unit runs, in any system, gets
written into the FR request log with the case number and the name of
the requesting detective. No log entry, no search.

Also, nobody touches Clearview or any other scraped-image service. The
AG's moratorium from January 2020 still stands as far as this office
is concerned.

Please get me a line for the FY23 budget request by Friday.

Bob

Robert Albanese
Chief of Detectives
Morris County Prosecutor's Office
(973) 555-0148

-----Original Message-----
From: Ortiz, Daniel (Intel Unit)
Sent: Tuesday, March 8, 2022 4:31 PM
To: Albanese, Robert
Cc: Kessler, Joanne
Subject: RE: NeoFace Reveal pricing - MCPO Intelligence

Chief,

Final numbers from Garden State Forensic Systems (NEC's reseller for
NJ). NeoFace Reveal comes to $18,400 for the first year, which covers
the server license, implementation and 10 analyst seats.
"""
NJ2 = """\
After that, support and renewal run $9,750 a year. If we ever need
more people on it, extra seats are $1,150 per seat per year.

Hardware isn't in the quote. If IT won't give us room on the county
VM cluster we'd need our own box, about $2,600 for the Dell they spec.

For scale: our booking photo repository is roughly 412,000 images, and
last year the unit sent 1,180 face search requests to the state
system, which turned into 96 investigative leads. Turnaround from the
state has been running 9 to 12 days.

For comparison, the Sussex County Prosecutor's Office paid about
$31,000 for two years of Clearview before the moratorium.

I'd also propose we require a second analyst to independently confirm
any candidate before it leaves the unit. Your call.

Dan

-----Original Message-----
From: Troy Whitaker <twhitaker@gsforensic.example>
Sent: Monday, March 7, 2022 4:02 PM
To: Ortiz, Daniel (Intel Unit)
Subject: RE: NeoFace Reveal pricing - MCPO Intelligence

Dan - thanks for the call. Pricing per the attached Q22-0117 holds
through April 30 and already reflects our 15% public-sector discount.
Yes, the first-year figure includes the 10 seats and on-site install.

> On Mon, Mar 7, 2022 at 11:20 AM Ortiz, Daniel wrote:
> Troy, can you confirm the first-year figure includes the 10 seats
> and on-site install? Also whether the price holds into Q2.

Troy Whitaker | Account Executive
Garden State Forensic Systems LLC | (732) 555-0193

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended
only for the named recipient(s) and may contain confidential or
privileged information. Any review, use or disclosure by others is
prohibited. If you received this in error, notify the sender.
"""
doc("01_nj-morris-prosecutor-neoface-outlook-thread.txt", [
    ("Kessler, Joanne", NJ1, "MCPO OPRA 22-0419                                        000031"),
    ("Kessler, Joanne", NJ2, "MCPO OPRA 22-0419                                        000032"),
], "print", MCPO,
    [MCPO, "Sussex County Prosecutor's Office", "New Jersey Office of the Attorney General"],
    [GSFS, "NEC", "Clearview AI"],
    ["NeoFace Reveal"],
    [
        C(18400, 18400, "year", "NeoFace Reveal comes to $18,400 for the first year", MCPO, GSFS, "NeoFace Reveal"),
        C(9750, 9750, "year", "support and renewal run $9,750 a year", MCPO, GSFS, "NeoFace Reveal"),
        C(1150, 1150, "year", "extra seats are $1,150 per seat per year", MCPO, GSFS, "NeoFace Reveal",
          unit="per seat"),
        C(31000, 31000, None, S(NJ2, "paid about", "two years of Clearview"),
          "Sussex County Prosecutor's Office", "Clearview AI"),
    ],
    [
        N(10, "exact", "licenses", None, "10 analyst seats", MCPO, GSFS),
        N(412000, "approximately", "images", None, "booking photo repository is roughly 412,000 images", MCPO),
        N(1180, "exact", "requests", "year", "the unit sent 1,180 face search requests", MCPO),
        N(96, "exact", "leads", "year", "96 investigative leads", MCPO),
    ],
    [
        P(S(NJ1, "every face search the unit runs", "the requesting detective."), MCPO),
        P("nobody touches Clearview or any other scraped-image service.", MCPO),
    ],
    [
        E("Albanese, Robert", "Kessler, Joanne", "Wednesday, March 9, 2022 8:47 AM",
          "FW: RE: NeoFace Reveal pricing - MCPO Intelligence"),
        E("Ortiz, Daniel (Intel Unit)", "Albanese, Robert", "Tuesday, March 8, 2022 4:31 PM",
          "RE: NeoFace Reveal pricing - MCPO Intelligence"),
        E("Troy Whitaker", "Ortiz, Daniel (Intel Unit)", "Monday, March 7, 2022 4:02 PM",
          "RE: NeoFace Reveal pricing - MCPO Intelligence"),
        E("Ortiz, Daniel", "Troy Whitaker", "Mon, Mar 7, 2022 at 11:20 AM", None),
    ],
    ["2022-03-09", "2022-03-08", "2022-03-07", "2020-01"],
    scan="photocopy")

# ---------------------------------------------------------------- 2 New York: bid evaluation memo
WC = "Westchester County Department of Public Safety"
DWP = "DataWorks Plus"
NY1 = """\
WESTCHESTER COUNTY DEPARTMENT OF PUBLIC SAFETY
Administrative Services Division

INTER-OFFICE MEMORANDUM

TO:      Commissioner
FROM:    Lt. Andrea Pasquale, Administrative Services
         Gregory Veit, Procurement Liaison
DATE:    October 17, 2023
RE:      RFP No. DPS-23-117, Investigative Facial Recognition
         Software - Evaluation Summary and Recommendation of Award

1. BACKGROUND

The Real Time Crime Center (RTCC) now sends probe images to the New
York State Division of Criminal Justice Services for comparison, with
a turnaround of several days. RFP DPS-23-117 sought a County-hosted
system able to search our own booking photo repository, which holds
approximately 1.6 million images. The RFP was posted on the County
bid portal on June 5, 2023; 11 firms downloaded it and four submitted
proposals by the July 21 deadline. An evaluation committee of five
scored them against the published criteria.

2. PROPOSALS RECEIVED (five-year cost as proposed)

Proposer / product                     Year 1    Yrs 2-5, each  5-yr total
------------------------------------  --------   -------------  ----------
DataWorks Plus - FACE Plus            $118,000         $66,560    $384,240
Idemia - MorphoFace Investigate       $142,500         $71,900    $430,100
Cognitec - FaceVACS-DBScan LE          $96,400         $84,250    $433,400
Hudson Valley Integrators (Rank One)   $88,750         $79,800    $407,950

Technical and cost scores (100 points maximum): DataWorks Plus 91.5;
Idemia 84.0; Cognitec 78.5; Hudson Valley Integrators 72.0 (its CJIS
security addendum was incomplete).
"""
NY2 = """\
3. RECOMMENDATION

The committee recommends award to DataWorks Plus, LLC, the
highest-scoring proposer, which also offered the lowest five-year
cost. The first-year price of $118,000 includes software, installation,
data conversion and licenses for 25 concurrent users.
Annual maintenance and hosting of $66,560 applies in years two
through five, for a five-year total of $384,240. We ask that the
contract carry a not-to-exceed amount of $400,000 to cover change
orders.

DataWorks Plus also priced an optional mobile module at $22,000. The
committee does not recommend it at this time, and it is not included
in the figures above.

Year-one funds are included in the Department's 2024 operating budget
request (line 4201, Computer Software); later years are subject to
annual appropriation by the County Board of Legislators.

4. USE CONDITIONS

The system will operate under General Order 44-12 (Facial Recognition),
in effect since March 1, 2023. Under that order, searches may be run
only in connection with an open criminal investigation or to identify
a deceased or incapacitated person, and a possible match is an
investigative lead only, never a positive identification. Access is
limited to RTCC analysts who have completed the vendor's training and
the Department's examiner course.

The committee further suggests that the Department adopt a written
audit schedule for the new system, with a yearly report to the Board
of Legislators. This is a suggestion only; no audit requirement has
been adopted.

APPROVED / NOT APPROVED: ________________________   Date: ___________
                         Commissioner
"""
doc("02_ny-westchester-dps-fr-bid-evaluation-memo.txt", [
    (None, NY1, "FOIL 24-0093 / WCDPS 000112"),
    (None, NY2, "FOIL 24-0093 / WCDPS 000113"),
], "pdf", WC,
    [WC, "New York State Division of Criminal Justice Services", "Westchester County Board of Legislators"],
    [DWP, "Idemia", "Cognitec", "Hudson Valley Integrators", "Rank One Computing"],
    ["FACE Plus", "MorphoFace Investigate", "FaceVACS-DBScan LE"],
    [
        C(118000, 118000, "year", "The first-year price of $118,000", WC, DWP, "FACE Plus"),
        C(66560, 66560, "year", "Annual maintenance and hosting of $66,560", WC, DWP, "FACE Plus"),
        C(384240, 384240, None, "a five-year total of $384,240", WC, DWP, "FACE Plus"),
        C(None, 400000, None, "not-to-exceed amount of $400,000", WC, DWP, "FACE Plus"),
    ],
    [
        N(1600000, "approximately", "images", None, "approximately 1.6 million images", WC),
        N(25, "exact", "licenses", None, "licenses for 25 concurrent users", WC, DWP),
    ],
    [
        P(S(NY2, "searches may be run", "incapacitated person"), WC),
        P(S(NY2, "a possible match is an", "never a positive identification."), WC),
        P(S(NY2, "Access is\nlimited", "examiner course."), WC),
    ],
    [],
    ["2023-10-17", "2023-06-05", "2023-03-01", "2024"],
    scan="pdf")

# ---------------------------------------------------------------- 3 Oklahoma: records officer's reply + export
BA = "Broken Arrow Police Department"
CV = "Clearview AI"
OK1 = """\
BROKEN ARROW POLICE DEPARTMENT
Records Division
Telephone (918) 555-0172

April 22, 2024

Ms. Dana Whitfield
Sooner Transparency Project
P.O. Box 2291
Norman, OK 73070

Re: Open Records Request ORR-24-0318 (facial recognition)

Dear Ms. Whitfield:

This letter responds to your Oklahoma Open Records Act request received
March 27, 2024. As we agreed by telephone on April 9, the Department
has summarized the responsive figures below instead of producing every
invoice. Supporting records are enclosed.

Item 1 - Vendors and payments. The Department's only facial
recognition vendor is Clearview AI, Inc. Our subscription began in
September 2021. We paid $6,000 for the first year. It was renewed in
2022 and again in 2023, each time at $7,500 per year, for a total of
$21,000 paid to date. The current term runs through September 2024.

Item 2 - Users. The subscription allows up to 15 user seats. As of the
date of this letter 14 accounts are active, all in Criminal
Investigations.

Item 3 - Other systems. No records were located showing a contract with
Idemia, NEC, DataWorks Plus or any other facial recognition vendor.
The Department has not used the Oklahoma State Bureau of
Investigation's facial recognition service since 2021.

Item 4 - Policy. Department Policy 4.22 (Facial Recognition) was
adopted October 1, 2021. Under it, only investigators who have
completed Clearview's online training may hold an account, and every
search must be tied to a case or incident number. A search result is
an investigative lead only; it may not by itself serve as probable
cause to arrest. A copy of Policy 4.22 is enclosed.
"""
OK2 = """\
Item 5 - Search statistics. The enclosed export from the Department's
search log gives 2023 by quarter. The Department does not keep a count
of the images in Clearview's database; Clearview's published materials
describe it as more than 30 billion images.

The copy fee for the 38 enclosed pages is $9.50 ($0.25 per page).

Sincerely,

Marcus Tillery
Records Supervisor

Enclosure (export):

FR_SearchLog_Summary_2023.xlsx - Sheet1 (exported 04/19/2024)

Quarter    Searches   Possible_matches   Leads_to_case_agent   Arrests
-------    --------   ----------------   -------------------   -------
2023-Q1         142                 61                    19         4
2023-Q2         167                 72                    23         6
2023-Q3         151                 58                    17         3
2023-Q4         189                 80                    26         7
TOTAL           649                271                    85        20

Notes:
- Searches = searches entered in the search log (one probe image per
  search; repeat searches with an edited probe are counted separately).
- Possible_matches = searches where the investigator judged a
  candidate worth follow-up.
- Arrests = arrests in cases where a search was run; the search may
  not have contributed to the arrest.
"""
ROW = {q: next(ln for ln in OK2.splitlines() if ln.startswith(q)) for q in
       ("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "TOTAL")}
doc("03_ok-broken-arrow-pd-clearview-records-reply.txt", [
    (None, OK1, "ORR-24-0318  Page 1"),
    (None, OK2, "ORR-24-0318  Page 2"),
], "pdf", BA,
    [BA, "Oklahoma State Bureau of Investigation"],
    [CV, "Idemia", "NEC", DWP],
    [],
    [
        C(6000, 6000, "year", "We paid $6,000 for the first year.", BA, CV),
        C(7500, 7500, "year", "each time at $7,500 per year", BA, CV),
        C(21000, 21000, None, "$21,000 paid to date", BA, CV),
    ],
    [
        N(15, "up to", "licenses", None, "allows up to 15 user seats", BA, CV),
        N(14, "exact", "users", None, "14 accounts are active", BA, CV),
        N(30000000000, "more than", "images", None, "more than 30 billion images", None, CV),
        N(142, "exact", "searches", "quarter", ROW["2023-Q1"], BA, CV),
        N(167, "exact", "searches", "quarter", ROW["2023-Q2"], BA, CV),
        N(151, "exact", "searches", "quarter", ROW["2023-Q3"], BA, CV),
        N(189, "exact", "searches", "quarter", ROW["2023-Q4"], BA, CV),
        N(649, "exact", "searches", "year", ROW["TOTAL"], BA, CV),
        N(271, "exact", "matches", "year", ROW["TOTAL"], BA, CV),
        N(85, "exact", "leads", "year", ROW["TOTAL"], BA, CV),
        N(20, "exact", "arrests", "year", ROW["TOTAL"], BA, CV),
    ],
    [
        P(S(OK1, "only investigators who have", "may hold an account"), BA),
        P(S(OK1, "every\nsearch must be tied", "incident number."), BA),
        P(S(OK1, "A search result is", "cause to arrest."), BA),
    ],
    [],
    ["2024-04-22", "2024-03-27", "2024-04-09", "2021-09", "2022", "2023", "2024-09", "2021",
     "2021-10-01", "2024-04-19"],
    scan="pdf")

# ---------------------------------------------------------------- 4 Oregon: directive with numbered sections
GPD = "Gresham Police Department"
MSI = "Motorola Solutions"
OR1 = """\
GRESHAM POLICE DEPARTMENT
DIRECTIVE 7.15 - FACIAL RECOGNITION TECHNOLOGY

Effective: 02/01/2024          Supersedes: Interim Order 23-04
Approved: Chief of Police      Review: Annually         Pages: 3

1. PURPOSE AND SCOPE
1.1 The purpose of this directive is to ensure that facial recognition
    technology (FRT) is used only for legitimate law enforcement
    purposes and in accordance with Oregon law.
1.2 This directive does not govern the Oregon DMV's own use of facial
    comparison when issuing licenses, or identity checks at the jail.

2. DEFINITIONS
2.1 Probe image - the image of an unknown person submitted for a search.
2.2 Candidate - an image returned by the system with a similarity
    score. A candidate is not an identification.
2.3 FaceSearch - the facial recognition module of the Vigilant LEARN
    platform (Motorola Solutions) licensed by the Department.

3. AUTHORIZED USE
3.1 Members may submit a probe image only in connection with a
    documented criminal investigation, a missing or endangered person
    case, or to identify a deceased person.
3.2 Only members designated by the Investigations Lieutenant who have
    completed the vendor course and 8 hours of face comparison
    training shall be given FaceSearch accounts.
3.3 Every search shall be recorded in the FRT log with the case
    number, the requesting member and the reason for the search.

4. PROHIBITED USE
4.1 Members shall not use FRT to identify persons engaged in activity
    protected by the First Amendment, including lawful protest, unless
    there is reasonable suspicion of a crime.
4.2 In accordance with ORS 133.741, no member will apply facial
    recognition to recordings from body-worn cameras.
4.3 Live or real-time facial recognition on any camera feed is
    prohibited.
"""
OR2 = """\
4.4 Members may not use personal accounts with any commercial face
    search service, including free trial accounts, for Department
    business.

5. RESULTS
5.1 A candidate returned by FaceSearch is an investigative lead only
    and shall not be the sole basis for a stop, arrest, search warrant
    or photo lineup.
5.2 Before any candidate is shared outside the Investigations Unit, a
    second trained examiner must independently review the comparison.

6. AUDIT AND REPORTING
6.1 The Investigations Lieutenant shall audit a random sample of at
    least 10 percent of logged searches each quarter.
6.2 Misuse of FRT will result in suspension of access and may result
    in discipline up to and including termination.
6.3 The Department will report the number of searches, leads and
    arrests to the City Council each February.

7. RECORDS
7.1 Probe images and candidate lists are kept for 3 years with the
    case file and then purged, unless subject to a legal hold.
"""
OR3 = """\
ATTACHMENT A - PROGRAM INFORMATION (Council briefing, February 2024)

Vendor. Motorola Solutions (Vigilant Solutions), through the LEARN
platform. The FaceSearch add-on costs the City $4,980 per year. The
LEARN license plate reader subscription ($11,200 per year) is budgeted
separately and is outside this directive.

Gallery. FaceSearch compares probes against roughly 2.3 million
booking photos that Oregon and Washington agencies contribute to the
vendor's shared gallery, plus our own 38,500 booking photos.

Users. 12 members held FaceSearch accounts on January 15, 2024.

2023 activity (under Interim Order 23-04). Members ran 214 searches;
37 candidates were forwarded to case officers as leads, and there were
9 arrests in cases where FRT was used.

Revision note. In December 2023 the Chief's Advisory Committee
proposed requiring a supervisor's written approval before each search.
That proposal was not adopted and is not part of this directive.
"""
FS = "Vigilant FaceSearch"
doc("04_or-gresham-pd-facial-recognition-directive.txt", [
    (None, OR1, "Directive 7.15 - Page 1 of 3"),
    (None, OR2, "Directive 7.15 - Page 2 of 3"),
    (None, OR3, "Directive 7.15 - Page 3 of 3"),
], "pdf", GPD,
    [GPD, "Oregon Driver and Motor Vehicle Services", "Gresham City Council"],
    [MSI, "Vigilant Solutions"],
    [FS, "LEARN"],
    [
        C(4980, 4980, "year", "The FaceSearch add-on costs the City $4,980 per year.", GPD, MSI, FS),
    ],
    [
        N(2300000, "approximately", "images", None, "roughly 2.3 million\nbooking photos", None, MSI),
        N(38500, "exact", "images", None, "our own 38,500 booking photos", GPD, MSI),
        N(12, "exact", "users", None, "12 members held FaceSearch accounts", GPD, MSI),
        N(214, "exact", "searches", "year", "Members ran 214 searches", GPD, MSI),
        N(37, "exact", "leads", "year", "37 candidates were forwarded to case officers as leads", GPD, MSI),
        N(9, "exact", "arrests", "year", "9 arrests in cases where FRT was used", GPD, MSI),
    ],
    [
        P(S(OR1, "The purpose of this directive", "Oregon law."), GPD),
        P(S(OR1, "Members may submit a probe image", "deceased person."), GPD),
        P(S(OR1, "Only members designated", "FaceSearch accounts."), GPD),
        P(S(OR1, "Every search shall be recorded", "reason for the search."), GPD),
        P(S(OR1, "Members shall not use FRT", "suspicion of a crime."), GPD),
        P(S(OR1, "In accordance with ORS 133.741", "body-worn cameras."), GPD),
        P(S(OR1, "Live or real-time", "prohibited."), GPD),
        P(S(OR2, "Members may not use personal", "business."), GPD),
        P(S(OR2, "A candidate returned by FaceSearch", "photo lineup."), GPD),
        P(S(OR2, "Before any candidate is shared", "review the comparison."), GPD),
        P(S(OR2, "The Investigations Lieutenant shall audit", "each quarter."), GPD),
        P(S(OR2, "Misuse of FRT will result", "termination."), GPD),
        P(S(OR2, "The Department will report", "each February."), GPD),
        P(S(OR2, "Probe images and candidate lists", "legal hold."), GPD),
    ],
    [],
    ["2024-02-01", "2024-02", "2024-01-15", "2023", "2023-12"])

# ---------------------------------------------------------------- 5 Pennsylvania: purchase order table
BPD = "Bethlehem Police Department"
KMDS = "Keystone Mobile Data Systems"
PA1 = """\
CITY OF BETHLEHEM, PENNSYLVANIA                      PURCHASE ORDER
Bureau of Purchasing
                                               PO No.:   P2405531
                                               PO Date:  05/14/2024
                                               Req. No.: R-24-02217

VENDOR                                 SHIP TO
Keystone Mobile Data Systems, Inc.     Bethlehem Police Department
(authorized Motorola Solutions /       Attn: Capt. Leah Sorensen
Vigilant reseller)                     Criminal Investigations Div.
Vendor No. 004417
Quote Ref. KMDS-Q-8841

Terms: Net 30      FOB: Destination      Tax status: Exempt

Ln Part No.     Description                 Qty  Unit Price   Extended
-- ------------ --------------------------- --- ----------- ----------
 1 VS-L5F-K2    L5F fixed ALPR camera kit     4    9,850.00  39,400.00
                (2 cameras, processor)
 2 VS-LEARN-LPR LEARN ALPR hosting,           1    3,600.00   3,600.00
                12 months
 3 VS-FS-USR12  FaceSearch user license,      8    1,250.00  10,000.00
                12-month term
 4 VS-FS-GAL    FaceSearch agency gallery,    1    2,400.00   2,400.00
                12 months; import of
                up to 250,000 booking images
 5 KM-INST-LPR  ALPR installation, 2 sites    1    2,750.00   2,750.00
 6 KM-TRN-FS    FaceSearch investigator       1      900.00     900.00
                training (remote, 4 hrs)
 7 VS-FS-PROMO  FaceSearch first-year credit  1   -1,000.00  -1,000.00

                                        Subtotal            58,050.00
                                        PA sales tax (0%)        0.00
                                        Freight                185.00
                                        PO TOTAL            58,235.00
"""
PA2 = """\
PO No. P2405531 (continued)

ACCOUNT DISTRIBUTION
001-2110-4360  Police - Equipment (lines 1, 2, 5)             45,750.00
001-2110-4325  Police - Software (FaceSearch, lines 3, 4, 6, 7)
                                                              12,300.00
001-2110-4390  Police - Freight                                  185.00

SPECIAL CONDITIONS
1. Lines 1, 2 and 5 are funded by Pennsylvania Commission on Crime and
   Delinquency grant 2023-VJ-01-39114 (ALPR). No grant funds apply to
   FaceSearch.
2. FaceSearch licenses shall be assigned only to detectives who have
   completed the vendor training in line 6, and all use is subject to
   BPD General Order 41.8 (Facial Recognition).
3. The FaceSearch term runs 06/01/2024 through 05/31/2025. Vendor
   shall invoice annual items on the term start date.
4. Ordered under COSTARS Contract No. 026-188. Pennsylvania sales tax
   exemption certificate on file (Exemption No. 25-0071993).
5. Invoices to: City of Bethlehem, Accounts Payable. Reference the PO
   number on every invoice. Questions: (610) 555-0126.

Authorized: Theresa K. Molnar, Purchasing Manager       05/14/2024
"""
R3 = "FaceSearch user license,      8    1,250.00  10,000.00"
R4 = "FaceSearch agency gallery,    1    2,400.00   2,400.00"
R6 = "FaceSearch investigator       1      900.00     900.00"
doc("05_pa-bethlehem-pd-facesearch-alpr-purchase-order.txt", [
    (None, PA1, "Page 1 of 2"),
    (None, PA2, "Page 2 of 2"),
], "pdf", BPD,
    [BPD, "City of Bethlehem", "Pennsylvania Commission on Crime and Delinquency"],
    [KMDS, MSI, "Vigilant Solutions"],
    [FS, "LEARN"],
    [
        C(10000, 10000, "year", R3, BPD, KMDS, FS),
        C(1250, 1250, "year", R3, BPD, KMDS, FS, unit="per user"),
        C(2400, 2400, "year", R4, BPD, KMDS, FS),
        C(900, 900, "one-time", R6, BPD, KMDS, FS),
        C(12300, 12300, None, S(PA2, "Police - Software (FaceSearch", "12,300.00"), BPD, KMDS, FS),
    ],
    [
        N(8, "exact", "licenses", None, R3, BPD, KMDS),
        N(250000, "up to", "images", None, "up to 250,000 booking images", BPD, KMDS),
    ],
    [
        P(S(PA2, "FaceSearch licenses shall be assigned", "training in line 6"), BPD),
    ],
    [],
    ["2024-05-14", "2024-06-01", "2025-05-31"],
    scan="pdf")

# ---------------------------------------------------------------- 6 Tennessee: commission agenda item + price schedule
KC = "Knox County Sheriff's Office"
TN1 = """\
KNOX COUNTY COMMISSION
AGENDA ITEM SUMMARY

Meeting:     Regular Meeting, June 24, 2024
Item No.:    24-06-0412 (Consent Calendar)
Department:  Knox County Sheriff's Office
Presenter:   Maj. Carla Denton, Support Services Division

SUBJECT
Approval of Amendment No. 2 to Contract No. KC-19-0377 with DataWorks
Plus, LLC for the FACE Plus facial recognition system, extending the
term through June 30, 2026.

BACKGROUND
The Sheriff's Office has operated FACE Plus since 2019. The original
2019 award of $187,400 covered software, implementation and three
years of support; Amendment No. 1 (2022) added a year of support at
$29,880. The system searches the Sheriff's Office booking photo
gallery and is shared with municipal agencies in the county.

In calendar year 2023, 61 authorized users ran 4,872 searches, which
returned 603 candidate lists that examiners rated as possible matches;
88 of those were referred to case detectives as leads. The Sheriff's
Office does not track arrests that follow a search.

Use of FACE Plus is governed by Sheriff's Office General Order 2.31.
Under that order a FACE Plus candidate is an investigative lead and
shall not by itself establish probable cause, and municipal agencies
must sign a memorandum of understanding and complete examiner
training before their users receive accounts.

Amendment No. 2 (Exhibit B) renews maintenance for two years, adds
ten concurrent user licenses, and upgrades the matching algorithm,
which means re-enrolling the gallery of 1,140,000 booking images. It
also replaces two Photo Manager capture stations at jail intake. It
does not add live video or mobile capability.
"""
TN2 = """\
FISCAL IMPACT
The face recognition items in Exhibit B total $98,112.00: $31,640.00
for fiscal year 2025 maintenance, $33,222.00 for fiscal year 2026
maintenance (subject to appropriation), and $33,250.00 in one-time
charges. The capture stations ($8,580.00) are paid from the Jail
Equipment Replacement Fund. FY2025 amounts are in the Sheriff's
adopted budget, Fund 101, Org 3401.

EXHIBIT B - PRICE SCHEDULE (AMENDMENT NO. 2)
Contract KC-19-0377, Knox County / DataWorks Plus, LLC

Item  Description                               Basis      Amount
----  ----------------------------------------  ---------  -----------
B-1   FACE Plus maintenance and support,        Annual      $31,640.00
      7/1/2024 - 6/30/2025
B-2   FACE Plus maintenance and support,        Annual      $33,222.00
      7/1/2025 - 6/30/2026
B-3   Concurrent user licenses, 10 @ $1,475.00  One-time    $14,750.00
B-4   Matcher upgrade and re-enrollment of      One-time    $18,500.00
      booking gallery
B-5   Photo Manager capture station, 2 @        One-time     $8,580.00
      $4,290.00 (hardware, jail intake)
                                                           -----------
      AMENDMENT NO. 2 TOTAL                                $106,692.00

Prices are firm for the term. Sales tax does not apply; Knox County is
exempt. All other terms of Contract KC-19-0377 remain in effect.

RECOMMENDATION
Approve Amendment No. 2 and authorize the County Mayor to sign.

APPROVED AS TO FORM: _______________________  Knox County Law Director
"""
FP = "FACE Plus"
doc("06_tn-knox-county-so-faceplus-amendment-agenda.txt", [
    (None, TN1, "Item 24-06-0412 - Page 1 of 2"),
    (None, TN2, "Item 24-06-0412 - Page 2 of 2"),
], "pdf", KC,
    [KC, "Knox County Commission"],
    [DWP],
    [FP, "Photo Manager"],
    [
        C(187400, 187400, None, "2019 award of $187,400", KC, DWP, FP),
        C(29880, 29880, "year", "$29,880", KC, DWP, FP),
        C(98112, 98112, None, "The face recognition items in Exhibit B total $98,112.00", KC, DWP, FP),
        C(31640, 31640, "year", "$31,640.00\nfor fiscal year 2025 maintenance", KC, DWP, FP),
        C(33222, 33222, "year", "$33,222.00 for fiscal year 2026", KC, DWP, FP),
        C(33250, 33250, "one-time", "$33,250.00 in one-time", KC, DWP, FP),
        C(14750, 14750, "one-time", "Concurrent user licenses, 10 @ $1,475.00  One-time    $14,750.00",
          KC, DWP, FP),
        C(1475, 1475, "one-time", "Concurrent user licenses, 10 @ $1,475.00", KC, DWP, FP, unit="per license"),
        C(18500, 18500, "one-time", "Matcher upgrade and re-enrollment of      One-time    $18,500.00",
          KC, DWP, FP),
    ],
    [
        N(61, "exact", "users", None, "61 authorized users", KC, DWP),
        N(4872, "exact", "searches", "year", "ran 4,872 searches", KC, DWP),
        N(603, "exact", "matches", "year", "603 candidate lists that examiners rated as possible matches",
          KC, DWP),
        N(88, "exact", "leads", "year", "88 of those were referred to case detectives as leads", KC, DWP),
        N(10, "exact", "licenses", None, "ten concurrent user licenses", KC, DWP),
        N(1140000, "exact", "images", None, "gallery of 1,140,000 booking images", KC, DWP),
    ],
    [
        P(S(TN1, "a FACE Plus candidate is an investigative lead", "probable cause"), KC),
        P(S(TN1, "municipal agencies\nmust sign", "receive accounts."), KC),
    ],
    [],
    ["2024-06-24", "2026-06-30", "2019", "2022", "2023", "2024-07-01", "2025-06-30", "2025-07-01"],
    scan="pdf")


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
