"""Writes docs/*.txt and labels.json for holdout27 (invented releases). Labels are written from intent."""
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


def P(quote, agency, vendor=None):
    return {"quote": quote, "agency": agency, "vendor": vendor}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        texts.append("\n".join(parts) + "\n")
    for t in texts:  # scan-friendly: plain ASCII, at most 75 characters a line, about 40 lines a page
        assert t.isascii(), file
        assert max(len(x) for x in t.splitlines()) <= 75, (file, max(t.splitlines(), key=len))
        assert len(t.splitlines()) <= 44, (file, len(t.splitlines()))
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Harrison County SO (Mississippi), Outlook thread
HC = "Harrison County Sheriff's Office"
CV = "Clearview AI"
doc("01_harrison-county-so-ms-clearview-renewal-email.txt", [
    (None, """\
Boudreaux, Dana
___________________________________________________________________________

From:      Kimbrell, Travis <tkimbrell@harrisoncountyms.gov>
Sent:      Tuesday, February 11, 2025 2:47 PM
To:        Boudreaux, Dana <dboudreaux@harrisoncountyms.gov>
Cc:        Pham, Kevin <kpham@harrisoncountyms.gov>
Subject:   RE: Clearview renewal - FY25

Dana,

Final number from Clearview is $11,200 for the year, 8 user accounts for
CID, term 3/1/2025 through 2/28/2026. Please process it on PO 25-00417.
That is down from the $13,750 we paid for FY24, because we dropped the
two mobile seats nobody was using.

The Axon storage add-on is NOT on this PO. Axon bills it separately.

For the file, the interim directive still applies:
A Clearview result is an investigative lead only and shall not be the
sole basis for an arrest.
Every search must have a case number entered in the search reason field.

Lt. Travis Kimbrell
Criminal Investigations Division
Harrison County Sheriff's Office
10451 Larkin Smith Drive, Gulfport, MS 39503
Office (228) 555-0174

From: Boudreaux, Dana
Sent: Tuesday, February 11, 2025 10:05 AM
To: Kimbrell, Travis
Subject: RE: Clearview renewal - FY25

Travis - Finance needs the final number and the user count before I can
cut the PO. Is the Axon body camera storage add-on ($4,180) going on the
same PO? If so it needs its own line.
""", "HCSO PRR 2025-088                                            HCSO-000231"),
    (None, """\
Dana Boudreaux | Purchasing Coordinator
Harrison County Sheriff's Office
(228) 555-0162

From: Jenna Ortiz <jortiz@clearview.ai>
Sent: Monday, February 10, 2025 4:31 PM
To: Kimbrell, Travis <tkimbrell@harrisoncountyms.gov>
Subject: Clearview renewal - FY25

Hi Lieutenant,

Thanks for the call. Revised renewal for Harrison County below; the
Clearview Mobile seats have been removed as requested.

  Clearview AI Investigative Platform
  8 users x $1,400.00 per user / year ...................... $11,200.00
  Term: 03/01/2025 - 02/28/2026

For your records, your team ran 1,126 searches over the last twelve
months. Our database now holds more than 50 billion facial images from
publicly available sources.

Under Clearview's terms of service, each account is for one named user
and login credentials may not be shared.

Best,
Jenna Ortiz
Government Account Executive | Clearview AI, Inc.
""", "HCSO PRR 2025-088                                            HCSO-000232"),
], "print", HC,
    [HC], [CV, "Axon Enterprise"], ["Clearview AI Investigative Platform", "Clearview Mobile"],
    [C(11200, 11200, "year", "Final number from Clearview is $11,200 for the year", HC, CV,
       "Clearview AI Investigative Platform"),
     C(13750, 13750, "year", "the $13,750 we paid for FY24", HC, CV),
     C(1400, 1400, "year", "8 users x $1,400.00 per user / year", HC, CV, "Clearview AI Investigative Platform",
       unit="per user")],
    [N(8, "exact", "users", None, "8 user accounts", HC, CV),
     N(1126, "exact", "searches", "year", "your team ran 1,126 searches over the last twelve", HC, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion facial images", None, CV)],
    [P("A Clearview result is an investigative lead only and shall not be the", HC, CV),
     P("Every search must have a case number entered in the search reason field.", HC, CV),
     P("each account is for one named user", HC, CV)],
    [E("Kimbrell, Travis", "Boudreaux, Dana", "Tuesday, February 11, 2025 2:47 PM", "RE: Clearview renewal - FY25"),
     E("Boudreaux, Dana", "Kimbrell, Travis", "Tuesday, February 11, 2025 10:05 AM", "RE: Clearview renewal - FY25"),
     E("Jenna Ortiz", "Kimbrell, Travis", "Monday, February 10, 2025 4:31 PM", "Clearview renewal - FY25")],
    ["2025-02-11", "2025-02-10", "2025-03-01", "2026-02-28"], scan="print")

# ---------------------------------------------------------------- 2 Murfreesboro (Tennessee), council minutes
MPD = "Murfreesboro Police Department"
VT = "Veritone"
doc("02_murfreesboro-council-minutes-veritone-identify.txt", [
    (None, """\
CITY OF MURFREESBORO, TENNESSEE
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
Thursday, September 18, 2025, 6:00 p.m.
Council Chambers, City Hall, 111 West Vine Street

PRESENT: Mayor Dorothy Pruitt-Lane; Vice Mayor Calvin Oyler; Council
Members Irene Batts, Marcus Delk, Sheryl Fontaine, Owen Tidwell and
Rafael Quintero.
STAFF: City Manager Lydia Ferrante; City Attorney Grant Whitsell;
Police Chief Dale Amburgey.

CONSENT AGENDA (approved 7-0 on motion by Batts, second by Delk)
 6. Purchase of 240 Axon body-worn cameras and five years of evidence
    storage from Axon Enterprise, Inc., not to exceed $1,912,000.
 7. Renewal of the Flock Safety license plate reader subscription (38
    cameras), $114,000 per year.

NEW BUSINESS
12. Police Department - Facial Comparison Software, Veritone IDentify
    (Resolution 25-R-48)

Chief Amburgey presented the request to enter a three-year agreement with
Veritone, Inc. for Veritone IDentify. The software compares a probe image
against booking photographs held by the Department and those shared by
the Rutherford County Sheriff's Office, about 212,000 images in all. The
agreement covers 15 named user licenses in the Criminal Investigations
Division.

Year one costs $38,400, including a one-time $6,000 implementation fee.
Years two and three are $32,400 per year. The total contract is not to
exceed $103,200. Funding is in account 110-4210-53300.

During a 90-day pilot this spring, detectives ran 317 searches, which
produced 41 investigative leads and contributed to 9 arrests. Staff also
received a proposal from Clearview AI at $27,500 per year; it was not
selected because it searches images collected from the internet.
""", "Council Minutes 09/18/2025                                    Page 1 of 2"),
    (None, """\
Council Member Fontaine asked what limits would apply. Chief Amburgey
said the draft General Order would bar searches of people engaged in
lawful protest. Council Member Quintero moved to amend the resolution to
prohibit any use of the software on body-worn camera video; the motion
failed 2-5.

Council Member Tidwell moved to adopt Resolution 25-R-48 as presented,
second by Vice Mayor Oyler. Resolution 25-R-48 as adopted provides:

  (a) The software shall be used only for open criminal investigations.
  (b) A second trained examiner shall review each possible match.
  (c) A possible match is not probable cause for an arrest.
  (d) The Chief shall report search and arrest totals to Council yearly.

The motion carried 6-1 (Quintero voting no).

13. Parks and Recreation - Barfield Crescent Park trail lighting,
    change order no. 2, $48,615. Approved 7-0.

ADJOURNMENT: 8:12 p.m.

Attest: ______________________          Approved: October 2, 2025
        Kendra Rowe, City Recorder
""", "Council Minutes 09/18/2025                                    Page 2 of 2"),
], "pdf", MPD,
    [MPD, "Murfreesboro City Council", "Rutherford County Sheriff's Office"],
    [VT, CV, "Axon Enterprise", "Flock Safety"], ["Veritone IDentify"],
    [C(38400, 38400, None, "Year one costs $38,400", MPD, VT, "Veritone IDentify"),
     C(6000, 6000, "one-time", "a one-time $6,000 implementation fee", MPD, VT, "Veritone IDentify"),
     C(32400, 32400, "year", "Years two and three are $32,400 per year.", MPD, VT, "Veritone IDentify"),
     C(None, 103200, None, "exceed $103,200", MPD, VT, "Veritone IDentify")],
    [N(212000, "approximately", "images", None, "about 212,000 images in all", MPD, VT),
     N(15, "exact", "licenses", None, "15 named user licenses", MPD, VT),
     N(317, "exact", "searches", None, "detectives ran 317 searches", MPD, VT),
     N(41, "exact", "leads", None, "produced 41 investigative leads", MPD, VT),
     N(9, "exact", "arrests", None, "contributed to 9 arrests", MPD, VT)],
    [P("(a) The software shall be used only for open criminal investigations.", MPD, VT),
     P("(b) A second trained examiner shall review each possible match.", MPD, VT),
     P("(c) A possible match is not probable cause for an arrest.", MPD, VT),
     P("(d) The Chief shall report search and arrest totals to Council yearly.", MPD, VT)],
    [], ["2025-09-18", "2025-10-02"], scan="pdf")

# ---------------------------------------------------------------- 3 Indianapolis Airport Authority PD, reseller quote
IAA = "Indianapolis Airport Authority Police Department"
CR = "Crossroads Integrated Security"
doc("03_indianapolis-airport-pd-oosto-reseller-quote.txt", [
    (None, """\
CROSSROADS INTEGRATED SECURITY, LLC
8420 Zionsville Road, Suite 210, Indianapolis, IN 46268 | 317-555-0148

SALES QUOTATION
Quote No.: CIS-Q-11872                         Date: April 3, 2025
Valid through: June 2, 2025                    Sales Rep: Brent Okafor

Bill to: Indianapolis Airport Authority Police Department
         7800 Col. H. Weir Cook Memorial Drive, Indianapolis, IN 46241
Attn:    Cmdr. Renee Halvorsen, Support Services Bureau
Project: Concourse A/B watchlist alerting pilot (Oosto OnWatch)

Ln Description                                Qty  Unit Price    Extended
-- ------------------------------------------ --- ----------- -----------
1  Oosto OnWatch license, per camera stream,   24   $1,150.00  $27,600.00
   12-month subscription
2  OnWatch server software, 12-month            1   $6,800.00   $6,800.00
   subscription (on-premises)
3  OnWatch installation and configuration,      1   $9,450.00   $9,450.00
   one-time
4  Axis P3268-LVE dome camera                  24     $890.00  $21,360.00
5  Cat6 cabling, mounts and PoE switch          1   $3,975.00   $3,975.00
6  OnWatch operator training, 6 users,          1   $2,400.00   $2,400.00
   one-time
                                                  Subtotal     $71,585.00
   New-customer credit                                        ($2,000.00)
   Sales tax, 7% on lines 4-5                                  $1,773.45
                                                  TOTAL        $71,358.45

Recurring annual cost, years 2 and 3 (lines 1-2): $34,400.00 per year.

Notes:
- Licensed watchlist capacity: up to 10,000 enrolled identities.
- Pricing per Indiana Department of Administration QPA 24-0391. The
  Airport Authority is exempt from sales tax on receipt of a certificate.
- Every OnWatch alert must be verified by a trained operator before a stop.
- Watchlists may include only persons with an active warrant or ban.
- Quote excludes Oosto Protect access-control modules.

Accepted by (IAA): ____________________   PO No.: ____________
""", None),
], "pdf", IAA,
    [IAA, "Indianapolis Airport Authority", "Indiana Department of Administration"],
    [CR, "Oosto", "Axis Communications"], ["OnWatch"],
    [C(27600, 27600, "year", "$27,600.00", IAA, CR, "OnWatch"),
     C(1150, 1150, "year", "$1,150.00", IAA, CR, "OnWatch", unit="per camera stream"),
     C(6800, 6800, "year", "OnWatch server software, 12-month            1   $6,800.00", IAA, CR, "OnWatch"),
     C(9450, 9450, "one-time", "$9,450.00   $9,450.00", IAA, CR, "OnWatch"),
     C(2400, 2400, "one-time", "$2,400.00   $2,400.00", IAA, CR, "OnWatch"),
     C(34400, 34400, "year", "$34,400.00 per year", IAA, CR, "OnWatch")],
    [N(24, "exact", "licenses", None, "Oosto OnWatch license, per camera stream,   24", IAA, CR),
     N(6, "exact", "users", None, "OnWatch operator training, 6 users", IAA, CR),
     N(10000, "up to", "images", None, "up to 10,000 enrolled identities", IAA, CR)],
    [P("Every OnWatch alert must be verified by a trained operator before a stop.", IAA, CR),
     P("Watchlists may include only persons with an active warrant or ban.", IAA, CR)],
    [], ["2025-04-03", "2025-06-02"])

# ---------------------------------------------------------------- 4 Davenport PD (Iowa), annual report
DPD = "Davenport Police Department"
DW = "DataWorks Plus"
HEAD = "Quarter   Searches   Candidate lists   Leads sent   Arrests\n" \
       "-------   --------   ---------------   ----------   -------"
doc("04_davenport-pd-face-recognition-annual-report-2024.txt", [
    (None, """\
DAVENPORT POLICE DEPARTMENT
416 North Harrison Street, Davenport, Iowa 52801

FACIAL RECOGNITION PROGRAM - 2024 ANNUAL REPORT
Prepared by: Criminal Intelligence Unit, Sgt. Nadia Ferrell
Submitted to: Chief of Police, March 14, 2025

1. SYSTEM
The Department uses FACE Plus, a face recognition search tool from
DataWorks Plus, LLC, to compare probe images with booking photographs.
The gallery is shared with the Scott County Sheriff's Office and held
486,310 booking images on December 31, 2024.
The maintenance and hosting fee paid to DataWorks Plus for FY2025
(July 1, 2024 - June 30, 2025) was $14,250. DataWorks Plus has quoted
FY2026 maintenance at $14,500 to $15,200.
The system was bought in 2019 with a $60,000 Byrne JAG award.

2. USERS
Twelve trained users held accounts at year end, all of them detectives
or crime analysts.

3. SEARCH ACTIVITY
Of the 512 searches run in 2024, 47 were run at the request of outside
agencies, chiefly the Bettendorf Police Department and the Rock Island
(Ill.) Police Department.

Table 1. Searches and outcomes by quarter, 2024

""" + HEAD + """
Q1 2024        118                81           30         7
Q2 2024        131                94           35         9
""", "2024 FR Annual Report                                           Page 1"),
    (None, """\
Table 1 (continued)

""" + HEAD + """
Q3 2024        140               102           41        10
Q4 2024        123                84           32         8
Total          512               361          138        34

A candidate list is the ranked set of possible matches a search returns;
70.5% of searches returned one. A lead is sent to the case detective only
after an examiner's review.

4. AUDIT
The annual audit found 6 searches with no case number recorded; each was
reviewed with the user's supervisor and no misuse was found.

5. POLICY
Policy 611 governs the program. Its key rules are:
- A FACE Plus candidate is an investigative lead only.
- A lead must be corroborated by independent evidence before an arrest.
- Searches of images from lawful assemblies are prohibited.
- Each user must complete 8 hours of examiner training before access.

6. NEXT YEAR
The Unit proposes a pilot of mobile searches from patrol tablets in 2025.
No funds have been requested and Policy 611 would need amendment first.
""", "2024 FR Annual Report                                           Page 2"),
], "pdf", DPD,
    [DPD, "Scott County Sheriff's Office", "Bettendorf Police Department", "Rock Island Police Department"],
    [DW], ["FACE Plus"],
    [C(14250, 14250, "year", "(July 1, 2024 - June 30, 2025) was $14,250.", DPD, DW, "FACE Plus"),
     C(14500, 15200, "year", "FY2026 maintenance at $14,500 to $15,200", DPD, DW, "FACE Plus"),
     C(60000, 60000, "one-time", "$60,000 Byrne JAG award", DPD, DW, "FACE Plus")],
    [N(486310, "exact", "images", None, "486,310 booking images", DPD, DW),
     N(12, "exact", "users", None, "Twelve trained users", DPD, DW),
     N(512, "exact", "searches", "year", "Of the 512 searches run in 2024", DPD, DW),
     N(47, "exact", "requests", "year", "47 were run at the request of outside", DPD, DW),
     N(118, "exact", "searches", "quarter", "Q1 2024        118", DPD, DW),
     N(131, "exact", "searches", "quarter", "Q2 2024        131", DPD, DW),
     N(140, "exact", "searches", "quarter", "Q3 2024        140", DPD, DW),
     N(123, "exact", "searches", "quarter", "Q4 2024        123", DPD, DW),
     N(361, "exact", "matches", "year", "Total          512               361          138        34", DPD, DW),
     N(138, "exact", "leads", "year", "Total          512               361          138        34", DPD, DW),
     N(34, "exact", "arrests", "year", "Total          512               361          138        34", DPD, DW),
     N(6, "exact", "searches", None, "6 searches with no case number", DPD, DW)],
    [P("A FACE Plus candidate is an investigative lead only.", DPD, DW),
     P("A lead must be corroborated by independent evidence before an arrest.", DPD, DW),
     P("Searches of images from lawful assemblies are prohibited.", DPD, DW),
     P("Each user must complete 8 hours of examiner training before access.", DPD, DW)],
    [], ["2025-03-14", "2024-12-31", "2024-07-01", "2025-06-30", "2019", "2024", "2025"], scan="photocopy")

# ---------------------------------------------------------------- 5 Bowling Green PD (Kentucky), general order
BG = "Bowling Green Police Department"
MS = "Motorola Solutions"
doc("05_bowling-green-pd-general-order-facial-recognition.txt", [
    (None, """\
BOWLING GREEN POLICE DEPARTMENT                             GENERAL ORDER
911 Kentucky Street, Bowling Green, Kentucky 42101

Subject:      Facial Recognition Technology     G.O. Number: 2025-14
Effective:    November 1, 2025                  Rescinds:    None
Distribution: All Sworn Personnel               Pages:       2

I. PURPOSE
This order sets rules for the use of facial recognition technology (FRT)
by members of the Bowling Green Police Department.

II. POLICY
FRT results shall be treated as investigative leads only.
A possible match shall not by itself establish probable cause to arrest.

III. DEFINITIONS
A. Probe image: the image of an unknown person submitted for a search.
B. FaceSearch: the Vigilant FaceSearch service of Motorola Solutions,
   licensed to the Department under City contract 2025-0331.
C. Examiner: a member who has completed the training in IV.A.2.

IV. PROCEDURES
A. Access
1. Access is limited to no more than eight (8) trained examiners.
2. Each examiner shall complete 24 hours of facial comparison training.
3. Examiners shall log in with individual credentials only.
B. Searches
1. A search may be run only with a case or incident number.
2. Probe images shall be lawfully obtained.
3. FRT shall not be used to identify persons at lawful demonstrations.
4. Members shall not enroll or search juvenile booking photographs.
""", "BGPD G.O. 2025-14                                              Page 1 of 2"),
    (None, """\
C. Prohibited uses
1. Real-time or live-video facial recognition is prohibited.
2. Members shall not use any FRT service other than FaceSearch.
3. Members shall not upload Department images to public FRT websites.
D. Review and disclosure
1. A supervisor shall approve each possible match before it is shared.
2. Every FRT search shall be documented in the case report.

V. AUDIT AND REPORTING
1. The Professional Standards Unit shall audit all searches quarterly.
2. An annual report to the Chief shall state the number of searches.

VI. NOTES
A. The Department does not operate any camera that performs facial
   recognition, and none is planned.
B. A proposed section allowing searches of body-worn camera video was
   reviewed in August 2025 and was not adopted.
C. FaceSearch's gallery holds more than 1.4 million booking photographs
   contributed by participating agencies, including the Warren County
   Regional Jail.
D. This order is for internal use only and does not create a higher
   legal standard of care in any civil or criminal proceeding.

By order of:

Chief Lorna Whitfield
""", "BGPD G.O. 2025-14                                              Page 2 of 2"),
], "pdf", BG,
    [BG, "Warren County Regional Jail"], [MS, "Vigilant Solutions"], ["Vigilant FaceSearch"],
    [],
    [N(8, "up to", "users", None, "no more than eight (8) trained examiners", BG, MS),
     N(1400000, "more than", "images", None, "more than 1.4 million booking photographs", None, MS)],
    [P("This order sets rules for the use of facial recognition technology (FRT)", BG, MS),
     P("FRT results shall be treated as investigative leads only.", BG, MS),
     P("A possible match shall not by itself establish probable cause to arrest.", BG, MS),
     P("Access is limited to no more than eight (8) trained examiners.", BG, MS),
     P("Each examiner shall complete 24 hours of facial comparison training.", BG, MS),
     P("Examiners shall log in with individual credentials only.", BG, MS),
     P("A search may be run only with a case or incident number.", BG, MS),
     P("Probe images shall be lawfully obtained.", BG, MS),
     P("FRT shall not be used to identify persons at lawful demonstrations.", BG, MS),
     P("Members shall not enroll or search juvenile booking photographs.", BG, MS),
     P("Real-time or live-video facial recognition is prohibited.", BG, MS),
     P("Members shall not use any FRT service other than FaceSearch.", BG, MS),
     P("Members shall not upload Department images to public FRT websites.", BG, MS),
     P("A supervisor shall approve each possible match before it is shared.", BG, MS),
     P("Every FRT search shall be documented in the case report.", BG, MS),
     P("The Professional Standards Unit shall audit all searches quarterly.", BG, MS),
     P("An annual report to the Chief shall state the number of searches.", BG, MS)],
    [], ["2025-11-01", "2025-08"])

# ---------------------------------------------------------------- 6 Maui PD (Hawaii), options memo
MA = "Maui Police Department"
HJ = "Hawaii Criminal Justice Data Center"
CG = "Cognitec"
doc("06_maui-pd-facial-comparison-options-memo.txt", [
    (None, """\
COUNTY OF MAUI
POLICE DEPARTMENT
55 Mahalani Street, Wailuku, Hawaii 96793

INTER-OFFICE MEMORANDUM                                   MPD-CID-25-0912

TO:      Chief of Police
FROM:    Capt. Noelani Kahale, Criminal Investigation Division
DATE:    November 6, 2025
SUBJECT: Facial comparison options for CID

1. CURRENT PRACTICE
CID has no facial comparison tool of its own. In calendar year 2024,
detectives sent 64 requests to the Hawaii Criminal Justice Data Center
(HCJDC), whose system searches about 410,000 booking photographs.
The average turnaround was 9 days.
HCJDC requires that each request carry a case number and be approved
by a supervisor.

2. OPTIONS REVIEWED

Option  Vendor / product                 Users     Year 1   Later years
------  -------------------------------  -----  ---------  ------------
A       Clearview AI (cloud)                 5     $9,750     $9,750/yr
B       Cognitec FaceVACS-DBScan LE          3    $42,000     $7,560/yr
C       HCJDC requests only                 --         $0            $0

Option A is a subscription at $1,950 per user per year. It searches
images collected from the public internet, which Corporation Counsel
has advised against.

Option B is a perpetual license for 3 concurrent users at a one-time
cost of $42,000, with annual maintenance of $7,560 from year two.
It would search MPD booking photographs (about 96,000 images) on an
existing MPD server. Three-year cost: $57,120.
""", "MPD-CID-25-0912                                                   Page 1"),
    (None, """\
3. FUNDING
The FY2026 Byrne JAG subaward from the Hawaii Department of the Attorney
General (No. 25-DJ-07) sets aside fifty thousand dollars ($50,000) for
this project.

4. RECOMMENDATION
Option B. If approved, I propose an interim rule that no search be run
without a supervisor's approval until a General Order is issued.

Noelani Kahale
Captain, Criminal Investigation Division
(808) 555-0139

___________________________________________________________________________
APPROVED - Option B.        /s/ J. Medeiros, Chief of Police      11/20/25
""", "MPD-CID-25-0912                                                   Page 2"),
], "pdf", MA,
    [MA, "County of Maui", HJ, "Hawaii Department of the Attorney General"],
    [CV, CG], ["FaceVACS-DBScan LE"],
    [C(42000, 42000, "one-time", "cost of $42,000", MA, CG, "FaceVACS-DBScan LE"),
     C(7560, 7560, "year", "annual maintenance of $7,560 from year two", MA, CG, "FaceVACS-DBScan LE"),
     C(57120, 57120, None, "Three-year cost: $57,120", MA, CG, "FaceVACS-DBScan LE"),
     C(50000, 50000, "one-time", "sets aside fifty thousand dollars ($50,000)", MA, None)],
    [N(64, "exact", "requests", "year", "detectives sent 64 requests", MA, None),
     N(410000, "approximately", "images", None, "about 410,000 booking photographs", HJ, None),
     N(3, "exact", "licenses", None, "perpetual license for 3 concurrent users", MA, CG),
     N(96000, "approximately", "images", None, "about 96,000 images", MA, CG)],
    [P("HCJDC requires that each request carry a case number and be approved", HJ, None)],
    [], ["2025-11-06", "2025-11-20", "2024"], scan="pdf")


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    n = {k: sum(len(d["label"][k]) for d in DOCS) for k in ("costs", "counts", "image_counts", "policies")}
    print("wrote", len(DOCS), "docs;", n)


if __name__ == "__main__":
    main()
