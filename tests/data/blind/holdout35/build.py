"""Writes docs/*.txt and labels.json for holdout35 (six invented releases, one each from California,
Colorado, Florida, Kentucky, Michigan and Ohio). Labels are written from intent, before rendering.
People, phone numbers, figures and document numbers are invented."""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75      # the born-digital helper wraps near 80 characters
MAX_LINES = 44     # the scan renderer does not flow onto a new page


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


def Q(pages, phrase):
    """The exact text of `phrase` in the document, where a space in `phrase` stands for any run of
    whitespace (a line break and indent inside a wrapped sentence, or the gap between table cells)."""
    full = "\n".join(b for _, b, _ in pages)
    pat = r"\s+".join(re.escape(w) for w in phrase.split())
    m = re.search(pat, full)
    if not m:
        raise SystemExit(f"phrase not in text: {phrase!r}")
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
        for ln in lines:
            assert len(ln) <= MAX_COLS, (file, len(ln), ln)
        texts.append(page)
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 California: Long Beach PD
# A records supervisor's reply letter summarising figures, with a spreadsheet export attached.
LB = "Long Beach Police Department"
SH = "Signal Hill Police Department"
VIG = "Vigilant Solutions"
pages = [
    (None, """\
CITY OF LONG BEACH
POLICE DEPARTMENT - RECORDS AND TECHNOLOGY DIVISION
400 West Broadway, Long Beach, CA 90802          Tel. (562) 555-0147

April 2, 2024

Ms. Noor Castellanos
Coastline Investigative Desk
Via email only

Re:  California Public Records Act Request No. C24-00417
     (received January 8, 2024) - facial recognition

Dear Ms. Castellanos:

This letter completes the Department's response to your request. Rather
than release the 58-page contract file in pieces, we summarise below the
figures you asked for; the usage export is enclosed as Attachment A.
Personal information of employees has been withheld under Government
Code section 7927.700.

1. Vendor. Since 2019 the Department has used the FaceSearch module of
Vigilant Solutions' LEARN platform. Vigilant is now part of Motorola
Solutions, which invoices the City each July.

2. Cost. For fiscal year 2022-23 the Department paid $24,600 for the
FaceSearch add-on. That amount is separate from the $61,200 paid the
same year for LEARN license plate recognition data, which you did not
request. Motorola has quoted $26,100 to renew FaceSearch for FY 2023-24,
an increase of 6.1 percent over the prior year. The Signal Hill Police
Department, which shares our account, reimburses the City $3,000 a year
for its two FaceSearch seats.

3. Users and gallery. Fifteen detectives hold FaceSearch accounts. The
gallery they search is maintained by Vigilant, not by the City; we are
told it holds roughly 2.4 million booking photographs contributed by
Southern California agencies.
""", "CPRA C24-00417   Page 1 of 3"),
    (None, """\
Ms. Noor Castellanos - April 2, 2024 - Page 2

4. Use. In calendar year 2023 our users ran 1,318 searches, including 43
run by Signal Hill detectives under the shared account. Users logged 212
candidate matches, of which 97 were forwarded to case detectives as
investigative leads. The Department does not track arrests that follow
a FaceSearch lead, and no record of such a figure exists.

5. Rules. Under Policy 4.52, a FaceSearch result may not be used as the
sole basis for probable cause. Every search must be tied to a report or
case number entered in the search record. A draft revision circulated in
March 2024 would also require a supervisor's approval before each
search; it has not been adopted and is exempt from disclosure as a
preliminary draft.

Records of the Port of Long Beach are held by the Harbor Department and
should be requested from it. This completes the Department's response,
and your request will be closed. If you have questions, please call me
at (562) 555-0147.

Sincerely,

/s/ Dale Ferreira
Dale Ferreira
Records Supervisor, Records and Technology Division

Enclosure: Attachment A (1 page)
""", "CPRA C24-00417   Page 2 of 3"),
    (None, """\
ATTACHMENT A - FaceSearch usage export (CPRA C24-00417)

Source:    LEARN administrator console > Reports > FaceSearch activity
File:      FaceSearch_Activity_CY2023.xlsx   Exported 01/22/2024 09:14
Agency:    Long Beach PD (ORI CA0194200), incl. shared users

"Quarter","Searches","Candidate matches","Leads forwarded"
"Q1 2023","301","44","19"
"Q2 2023","356","61","27"
"Q3 2023","318","49","22"
"Q4 2023","343","58","29"
"TOTAL","1,318","212","97"

Rows: 6   Columns: 4   Sheet: Activity
""", "CPRA C24-00417   Page 3 of 3"),
]
doc("01_long-beach-pd-cpra-reply-facesearch.txt", pages, "pdf", LB,
    [LB, "City of Long Beach", SH, "Harbor Department"],
    [VIG, "Motorola Solutions"], ["FaceSearch", "LEARN"],
    [C(24600, 24600, "year", Q(pages, "paid $24,600 for the FaceSearch add-on"), LB, VIG, "FaceSearch"),
     C(26100, 26100, "year", Q(pages, "quoted $26,100 to renew FaceSearch for FY 2023-24"), LB, VIG, "FaceSearch"),
     C(3000, 3000, "year", Q(pages, "reimburses the City $3,000 a year for its two FaceSearch seats"), SH, None,
       "FaceSearch")],
    [N(15, "exact", "users", None, Q(pages, "Fifteen detectives hold FaceSearch accounts"), LB, VIG),
     N(2, "exact", "licenses", None, Q(pages, "its two FaceSearch seats"), SH, VIG),
     N(2400000, "approximately", "images", None, Q(pages, "roughly 2.4 million booking photographs"), None, VIG),
     N(1318, "exact", "searches", "year", Q(pages, "our users ran 1,318 searches"), LB, VIG),
     N(43, "exact", "searches", "year", Q(pages, "43 run by Signal Hill detectives"), SH, VIG),
     N(212, "exact", "matches", "year", Q(pages, "212 candidate matches"), LB, VIG),
     N(97, "exact", "leads", "year", Q(pages, "97 were forwarded to case detectives as investigative leads"), LB, VIG),
     N(301, "exact", "searches", "quarter", '"Q1 2023","301"', LB, VIG),
     N(356, "exact", "searches", "quarter", '"Q2 2023","356"', LB, VIG),
     N(318, "exact", "searches", "quarter", '"Q3 2023","318"', LB, VIG),
     N(343, "exact", "searches", "quarter", '"Q4 2023","343"', LB, VIG)],
    [P(Q(pages, "Under Policy 4.52, a FaceSearch result may not be used as the sole basis for probable cause."), LB),
     P(Q(pages, "Every search must be tied to a report or case number entered in the search record."), LB)],
    [], ["2024-04-02", "2024-01-08", "2019", "2023", "2024-03", "2024-01-22"], scan="pdf")

# ---------------------------------------------------------------- 2 Colorado: Fort Collins Police Services
# A purchasing memo comparing three proposals; only the recommended award is a cost.
FC = "Fort Collins Police Services"
ROC = "Rank One Computing"
pages = [
    (None, """\
CITY OF FORT COLLINS - PURCHASING DIVISION
215 North Mason Street, 2nd Floor, Fort Collins, CO 80524

MEMORANDUM

TO:     Jeff Okamura, Deputy Chief, Fort Collins Police Services
FROM:   Lorena Whitcomb, CPPB, Senior Buyer
DATE:   September 19, 2023
RE:     RFP 9874 - Investigative Facial Recognition Software:
        evaluation results and recommendation of award

1. Summary
Three proposals were received by the August 24, 2023 deadline. The
evaluation committee (five members: three from Police Services, one from
Information Technology, one from Purchasing) recommends award to Rank
One Computing Corporation of Denver for its ROC Watch forensic search
product.

2. Scoring (technical 70 points, price 30 points)

  Proposer                        Technical   Price   Total   3-yr cost
  Rank One Computing Corp.           58.5      29.0    87.5    $113,250
  Clearview AI, Inc.                 51.0      30.0    81.0    $112,500
  Front Range Biometric Systems      44.0      26.0    70.0    $128,180
    (authorized Cognitec reseller)

3. Proposals not recommended
Clearview AI offered 15 user accounts at $37,500 per year on a three-year
commitment. Its proposal states that its index holds more than 30
billion facial images collected from the public internet; the committee
did not score that feature. Front Range Biometric Systems offered a
perpetual Cognitec FaceVACS-DBScan license for $88,400 plus $13,260 a
year in maintenance, and scored lowest on ease of use.

4. Recommended contract
The recommended agreement runs three years from November 1, 2023. Police
Services will pay Rank One $35,250 a year for 12 named user licenses,
plus a one-time implementation fee of $7,500. The purchase order will
be issued not to exceed $113,250 over the term. Funds are budgeted in
account 100-2210-529030 (Police Technology). Two forensic workstations
(about $4,180 each) will be bought through the IT refresh and are not
part of this award.
""", "RFP 9874 memo   Page 1 of 2"),
    (None, """\
5. Considerations
- ROC Watch searches only images the City supplies. At launch the
  gallery will be the Larimer County jail booking archive of about
  410,000 images, shared by the Larimer County Sheriff's Office under an
  intergovernmental agreement signed August 2, 2023.
- Under General Order 345 (adopted June 12, 2023), a candidate returned
  by the software is an investigative lead only and may not by itself
  establish probable cause for an arrest.
- Colorado law (SB 22-113) requires Police Services to post an
  accountability report and hold three community meetings before it
  begins using the service. The report was posted on July 10, 2023.
  Police Services will not use the software until the 90-day public
  comment period has closed.
- The committee also recommends that Council consider barring real-time
  use of the software. That recommendation is outside the scope of this
  award and has not been acted on.
- Police Services does not currently use any facial recognition service.

6. Recommendation
Purchasing recommends that the Deputy Chief approve award of RFP 9874 to
Rank One Computing Corporation and forward the agreement to the City
Attorney's Office for review. Questions: Lorena Whitcomb, (970) 555-0138.

Approved: ______________________  Date: ____________
          Jeff Okamura, Deputy Chief
""", "RFP 9874 memo   Page 2 of 2"),
]
doc("02_fort-collins-ps-fr-bid-evaluation-memo.txt", pages, "pdf", FC,
    [FC, "City of Fort Collins", "Larimer County Sheriff's Office"],
    [ROC, "Clearview AI", "Cognitec", "Front Range Biometric Systems"], ["ROC Watch", "FaceVACS-DBScan"],
    [C(35250, 35250, "year", Q(pages, "pay Rank One $35,250 a year for 12 named user licenses"), FC, ROC, "ROC Watch"),
     C(7500, 7500, "one-time", Q(pages, "a one-time implementation fee of $7,500"), FC, ROC, "ROC Watch"),
     C(None, 113250, None, Q(pages, "not to exceed $113,250 over the term"), FC, ROC, "ROC Watch")],
    [N(12, "exact", "licenses", None, Q(pages, "12 named user licenses"), FC, ROC),
     N(30000000000, "more than", "images", None, Q(pages, "more than 30 billion facial images"), None,
       "Clearview AI"),
     N(410000, "approximately", "images", None, Q(pages, "booking archive of about 410,000 images"),
       "Larimer County Sheriff's Office", None)],
    [P(Q(pages, "Under General Order 345 (adopted June 12, 2023), a candidate returned by the software is an "
                "investigative lead only and may not by itself establish probable cause for an arrest."), FC),
     P(Q(pages, "Colorado law (SB 22-113) requires Police Services to post an accountability report and hold "
                "three community meetings before it begins using the service."), FC),
     P(Q(pages, "Police Services will not use the software until the 90-day public comment period has closed."),
       FC)],
    [], ["2023-09-19", "2023-08-24", "2023-11-01", "2023-08-02", "2023-06-12", "2023-07-10"], scan="pdf")

# ---------------------------------------------------------------- 3 Florida: Lee County Sheriff's Office
# An Outlook print of a budget thread with a forwarded vendor quote (quoted replies, latest first).
LEE = "Lee County Sheriff's Office"
CV = "Clearview AI"
SUBJ = "Clearview renewal - FY25 budget"
pages = [
    ("Ordonez, Rita M.", """\
From:                Hollis, Garrett W. <GHollis@sheriffleefl.org>
Sent:                Tuesday, August 13, 2024 2:41 PM
To:                  Ordonez, Rita M.
Cc:                  Pruitt, Dana L.
Subject:             RE: FW: Clearview renewal - FY25 budget

Rita,

Confirmed with Clearview this morning. For FY25 we go from 12 users to
20 users at $2,350 per user per year, so $47,000 for the year. They are
giving us a one-time renewal credit of $4,700, which brings the first
invoice down to $42,300. Please encumber against 001-3110-53400. I'll
send the signed order form when it comes back.

To Dana's questions: yes, FY24 was $28,500 for 12 users. The unit ran
2,960 searches in FY24, and detectives credit Clearview with 41 arrests.
FACES access through the Pinellas County Sheriff's Office stays free to
us, so there is nothing to budget there.

For the narrative, remember GO 41.7: a Clearview result is an
investigative lead only, and every search has to be logged with a case
number and offense type.

Don't mix this up with the Axon body-worn camera true-up ($118,640).
That one is a separate agenda item.

Lt. Garrett Hollis
Real Time Crime Center | Lee County Sheriff's Office
Office (239) 555-0182 | Cell (239) 555-0417
""", "LCSO PRR 24-3317                                          000112"),
    ("Ordonez, Rita M.", """\
From: Pruitt, Dana L. <DPruitt@sheriffleefl.org>
Sent: Monday, August 12, 2024 4:05 PM
To: Hollis, Garrett W. <GHollis@sheriffleefl.org>
Cc: Ordonez, Rita M. <ROrdonez@sheriffleefl.org>
Subject: RE: FW: Clearview renewal - FY25 budget

Garrett - for the budget narrative I need last year's number and some
usage. My notes say FY24 was $28,500. Is that right, and how many
searches did the unit run? The Sheriff also asked whether we should
limit Clearview to violent felonies. No decision on that yet.

Dana Pruitt | Fiscal Services

From: Hollis, Garrett W. <GHollis@sheriffleefl.org>
Sent: Friday, August 9, 2024 10:12 AM
To: Pruitt, Dana L. <DPruitt@sheriffleefl.org>
Subject: FW: Clearview renewal - FY25 budget

FYI - quote below. Needs to go in the FY25 ask.
""", "LCSO PRR 24-3317                                          000113"),
    ("Ordonez, Rita M.", """\

From: Brandt Keller <brandt.keller@clearview.ai>
Sent: Thursday, August 8, 2024 5:37 PM
To: Hollis, Garrett W. <GHollis@sheriffleefl.org>
Subject: Clearview renewal - FY25 budget

Lieutenant,

Thanks for the call. As discussed, here is your renewal for the term
October 1, 2024 - September 30, 2025:

    Clearview AI Investigative Platform (Search + Mobile)
    User licenses                          20
    Price per user                  $2,350.00
    Annual subscription            $47,000.00
    Renewal credit (one-time)      ($4,700.00)
    Amount due, year 1             $42,300.00

Our database now holds more than 40 billion publicly available facial
images, and the renewal includes unlimited searches. Charlotte County
Sheriff's Office renewed on the same terms last month.

This quote is valid for 30 days.

Brandt Keller | Senior Account Executive, Public Sector
Clearview AI, Inc. | (646) 555-0129

CONFIDENTIALITY NOTICE: This message and any attachments are intended
solely for the addressee and may contain confidential information. If
you received it in error, notify the sender and delete it.
""", "LCSO PRR 24-3317                                          000114"),
]
doc("03_lee-county-so-clearview-renewal-outlook-thread.txt", pages, "print", LEE,
    [LEE, "Pinellas County Sheriff's Office", "Charlotte County Sheriff's Office"],
    [CV], ["Clearview AI Investigative Platform", "FACES"],
    [C(47000, 47000, "year", Q(pages, "so $47,000 for the year"), LEE, CV, "Clearview AI Investigative Platform"),
     C(2350, 2350, "year", Q(pages, "20 users at $2,350 per user per year"), LEE, CV,
       "Clearview AI Investigative Platform", unit="per user"),
     C(42300, 42300, None, Q(pages, "brings the first invoice down to $42,300"), LEE, CV,
       "Clearview AI Investigative Platform"),
     C(28500, 28500, "year", Q(pages, "FY24 was $28,500 for 12 users"), LEE, CV,
       "Clearview AI Investigative Platform")],
    [N(20, "exact", "users", None, Q(pages, "we go from 12 users to 20 users"), LEE, CV),
     N(12, "exact", "users", None, Q(pages, "FY24 was $28,500 for 12 users"), LEE, CV),
     N(2960, "exact", "searches", "year", Q(pages, "The unit ran 2,960 searches in FY24"), LEE, CV),
     N(41, "exact", "arrests", None, Q(pages, "credit Clearview with 41 arrests"), LEE, CV),
     N(40000000000, "more than", "images", None,
       Q(pages, "more than 40 billion publicly available facial images"), None, CV)],
    [P(Q(pages, "a Clearview result is an investigative lead only, and every search has to be logged with a case "
                "number and offense type."), LEE)],
    [E("Hollis, Garrett W.", "Ordonez, Rita M.", "Tuesday, August 13, 2024 2:41 PM", "RE: FW: " + SUBJ),
     E("Pruitt, Dana L.", "Hollis, Garrett W.", "Monday, August 12, 2024 4:05 PM", "RE: FW: " + SUBJ),
     E("Hollis, Garrett W.", "Pruitt, Dana L.", "Friday, August 9, 2024 10:12 AM", "FW: " + SUBJ),
     E("Brandt Keller", "Hollis, Garrett W.", "Thursday, August 8, 2024 5:37 PM", SUBJ)],
    ["2024-08-13", "2024-08-12", "2024-08-09", "2024-08-08", "2024-10-01", "2025-09-30"], scan="photocopy")

# ---------------------------------------------------------------- 4 Kentucky: Lexington PD
# A state grant (JAG) subrecipient's final quarterly progress report: narrative plus tables.
LEX = "Lexington Police Department"
DWP = "DataWorks Plus"
pages = [
    (None, """\
KENTUCKY JUSTICE AND PUBLIC SAFETY CABINET - GRANTS MANAGEMENT BRANCH
Edward Byrne Memorial Justice Assistance Grant (JAG)
SUBRECIPIENT QUARTERLY PROGRESS REPORT

Subgrant No.:       JAG-23-LFUCG-0142
Subrecipient:       Lexington-Fayette Urban County Government
Implementing unit:  Lexington Police Department, Investigations Bureau
Project title:      Investigative Facial Recognition Pilot
Project period:     10/01/2023 - 09/30/2024
Report period:      Quarter 4 (07/01/2024 - 09/30/2024)    [X] FINAL
Prepared by:        Sgt. Aubrey Lindqvist, (859) 555-0163
Date submitted:     10/28/2024

PART A - PROJECT NARRATIVE

The Cabinet awarded $44,500 in JAG funds for this pilot; no local match
was required. The pilot licenses DataWorks Plus FACE Plus, a hosted
facial recognition service, to compare images gathered in criminal
investigations with booking photographs. The FACE Plus gallery now
holds about 612,000 booking photographs from the Fayette County
Detention Center, loaded in October 2023 and refreshed nightly.

By the end of the quarter 25 sworn members had completed the vendor's
eight-hour examiner course and held FACE Plus accounts.

Under General Order 2023-11, each search must be approved by a sergeant
and logged with an incident number, and a candidate may be used only as
an investigative lead. Searches of images of people attending lawful
demonstrations are prohibited.

The Division has discussed extending access to the Fayette County
Sheriff's Office. No agreement has been drafted, and no deputies have
access.
""", "JAG-23-LFUCG-0142   p. 1/2"),
    (None, """\
PART B - PERFORMANCE MEASURES

  Measure                              Q1     Q2     Q3     Q4   Project
                                                                  total
  Facial recognition searches run     188    243    261    274     966
  Searches returning candidates       141    190    207    219     757
  Leads referred to detectives         37     52     58     61     208
  Arrests in which an FR lead was       6      9     11      8      34
    cited in the arrest report

PART C - FINANCIAL STATUS (cumulative through 09/30/2024)

  Budget line                          Approved    Expended     Balance
  Contractual - FACE Plus hosted        $31,500     $31,500          $0
    subscription, 12 months
  Equipment - 2 examiner workstations    $9,800      $9,612        $188
  Training - examiner course travel      $3,200      $1,450      $1,750
  TOTAL                                 $44,500     $42,562      $1,938

  The unexpended balance of $1,938 will be returned to the Cabinet.

PART D - SUSTAINMENT

DataWorks Plus has quoted $33,075 for a second 12-month FACE Plus
subscription, 5% above the pilot year. LPD will request that amount in
the FY2026 general fund budget. Until then the service continues under a
90-day bridge purchase order of $8,270 issued on October 1, 2024.

Certification: I certify that this report is true and complete.
Sgt. Aubrey Lindqvist                         Date: 10/28/2024
""", "JAG-23-LFUCG-0142   p. 2/2"),
]
doc("04_lexington-pd-jag-fr-pilot-progress-report.txt", pages, "pdf", LEX,
    [LEX, "Lexington-Fayette Urban County Government", "Kentucky Justice and Public Safety Cabinet",
     "Fayette County Detention Center", "Fayette County Sheriff's Office"],
    [DWP], ["FACE Plus"],
    [C(44500, 44500, "one-time", Q(pages, "The Cabinet awarded $44,500 in JAG funds for this pilot"), LEX, None),
     C(31500, 31500, "year", Q(pages, "Contractual - FACE Plus hosted $31,500"), LEX, DWP, "FACE Plus"),
     C(33075, 33075, "year", Q(pages, "quoted $33,075 for a second 12-month FACE Plus subscription"), LEX, DWP,
       "FACE Plus"),
     C(8270, 8270, None, Q(pages, "90-day bridge purchase order of $8,270"), LEX, DWP, "FACE Plus")],
    [N(612000, "approximately", "images", None, Q(pages, "about 612,000 booking photographs"), LEX, DWP),
     N(25, "exact", "users", None, Q(pages, "25 sworn members"), LEX, DWP),
     N(188, "exact", "searches", "quarter", Q(pages, "Facial recognition searches run 188 243 261 274 966"), LEX, DWP),
     N(243, "exact", "searches", "quarter", Q(pages, "Facial recognition searches run 188 243 261 274 966"), LEX, DWP),
     N(261, "exact", "searches", "quarter", Q(pages, "Facial recognition searches run 188 243 261 274 966"), LEX, DWP),
     N(274, "exact", "searches", "quarter", Q(pages, "Facial recognition searches run 188 243 261 274 966"), LEX, DWP),
     N(966, "exact", "searches", None, Q(pages, "Facial recognition searches run 188 243 261 274 966"), LEX, DWP),
     N(757, "exact", "matches", None, Q(pages, "Searches returning candidates 141 190 207 219 757"), LEX, DWP),
     N(208, "exact", "leads", None, Q(pages, "Leads referred to detectives 37 52 58 61 208"), LEX, DWP),
     N(34, "exact", "arrests", None, Q(pages, "Arrests in which an FR lead was 6 9 11 8 34"), LEX, DWP)],
    [P(Q(pages, "Under General Order 2023-11, each search must be approved by a sergeant and logged with an "
                "incident number, and a candidate may be used only as an investigative lead."), LEX),
     P(Q(pages, "Searches of images of people attending lawful demonstrations are prohibited."), LEX)],
    [], ["2023-10-01", "2024-09-30", "2024-07-01", "2024-10-28", "2023-10", "2024-10-01"], scan="pdf")

# ---------------------------------------------------------------- 5 Michigan: Kalamazoo DPS
# A directive with numbered sections, a proposed (not adopted) section, and an annual-report table.
KDPS = "Kalamazoo Department of Public Safety"
MSP = "Michigan State Police"
pages = [
    (None, """\
KALAMAZOO DEPARTMENT OF PUBLIC SAFETY - DIRECTIVES MANUAL
Chapter 9: Investigations

DIRECTIVE 9.14                                   FACIAL RECOGNITION
Effective: January 15, 2024           Rescinds: Directive 9.14 (2021)
Issued by: Chief of Public Safety Renata Okafor-Hale     Pages: 3

9.14.1  PURPOSE
The purpose of this directive is to establish guidelines for submitting
images to facial recognition systems and for using the results.

9.14.2  DEFINITIONS
A. Probe image - an image of an unknown person submitted for comparison.
B. Candidate list - the ranked images a system returns for a probe.
C. SNAP - the Michigan State Police Statewide Network of Agency Photos,
   which stores booking, driver's license and state ID photographs.

9.14.3  POLICY
A. Members shall use facial recognition only in connection with an
   active criminal investigation, to locate a missing or endangered
   person, or to identify a deceased or incapacitated person.
B. A candidate list is an investigative lead only. It shall not be the
   sole basis for an arrest, a search warrant or a photo lineup.

9.14.4  ACCESS AND TRAINING
A. Only members who have completed MSP facial recognition training and
   signed the SNAP user agreement may submit probe images.
B. The Department shall maintain no more than eight (8) SNAP facial
   recognition accounts.
C. Members are prohibited from using any commercial facial recognition
   service, including free trials such as those offered by Clearview AI,
   unless the Chief has approved it in writing.

9.14.5  PROCEDURE
A. Probe images are submitted to the MSP Digital Analysis and
   Identification Section (DAIS) through SNAP. A DAIS examiner compares
   the probe with the SNAP gallery, which MSP reports holds more than
   54 million images, and returns any candidate with a written report.
B. Members shall record every submission in the Facial Recognition Log
   with the incident number, the reason for the request and the result.
""", "KDPS Dir. 9.14   Page 1 of 3"),
    (None, """\
C. Members may not submit a probe image taken from a social media
   account without a supervisor's approval.

9.14.6  PROHIBITED USES
A. Facial recognition shall not be used to identify or monitor persons
   engaged in lawful protest or other activity protected by the First
   Amendment.
B. Live or real-time facial recognition of video streams is prohibited.

9.14.7  RECORDS AND AUDIT
A. The Investigative Division commander shall audit the Facial
   Recognition Log each quarter and report annual totals in the
   Department's annual report.
B. Log entries shall be retained for three (3) years.

9.14.8  COSTS
A. MSP provides SNAP desktop access to the Department at no charge.
B. Members assigned to the Violent Crimes Unit may use the SNAP mobile
   application. The Department reimburses MSP for each mobile user at
   the rate MSP sets. For 2024 that rate is $9.50 per user per month,
   for six users (budgeted at $684 for the year).

NOTE: A proposed section 9.14.9, which would require notice to the
Kalamazoo County Prosecutor's Office each time a facial recognition lead
supports a warrant request, is under review by the Public Safety
Citizens Advisory Board. It is not in effect and is printed for
information only.
""", "KDPS Dir. 9.14   Page 2 of 3"),
    (None, """\
APPENDIX - Excerpt from the KDPS 2023 Annual Report, Table 14
Facial recognition requests submitted to MSP DAIS

                                              2021     2022     2023
  Probe images submitted                       142      167      203
  Submissions returning a candidate             58       71       88
  Candidates confirmed as leads                 23       30       41
  Arrests in which the lead was used             9       12       17

Source: Facial Recognition Log, Investigative Division. Figures for
2023 were audited in January 2024 (see 9.14.7).
""", "KDPS Dir. 9.14   Page 3 of 3"),
]
ROW_S = "Probe images submitted 142 167 203"
ROW_M = "Submissions returning a candidate 58 71 88"
ROW_L = "Candidates confirmed as leads 23 30 41"
ROW_A = "Arrests in which the lead was used 9 12 17"
doc("05_kalamazoo-dps-directive-9-14-facial-recognition.txt", pages, "pdf", KDPS,
    [KDPS, MSP, "Kalamazoo County Prosecutor's Office"],
    ["Clearview AI"], [],
    [C(9.5, 9.5, "month", Q(pages, "$9.50 per user per month"), KDPS, None, unit="per user"),
     C(684, 684, "year", Q(pages, "budgeted at $684 for the year"), KDPS, None)],
    [N(8, "up to", "users", None, Q(pages, "no more than eight (8) SNAP facial recognition accounts"), KDPS, None),
     N(54000000, "more than", "images", None, Q(pages, "more than 54 million images"), MSP, None),
     N(6, "exact", "users", None, Q(pages, "for six users"), KDPS, None),
     N(142, "exact", "requests", "year", Q(pages, ROW_S), KDPS, None),
     N(167, "exact", "requests", "year", Q(pages, ROW_S), KDPS, None),
     N(203, "exact", "requests", "year", Q(pages, ROW_S), KDPS, None),
     N(58, "exact", "matches", "year", Q(pages, ROW_M), KDPS, None),
     N(71, "exact", "matches", "year", Q(pages, ROW_M), KDPS, None),
     N(88, "exact", "matches", "year", Q(pages, ROW_M), KDPS, None),
     N(23, "exact", "leads", "year", Q(pages, ROW_L), KDPS, None),
     N(30, "exact", "leads", "year", Q(pages, ROW_L), KDPS, None),
     N(41, "exact", "leads", "year", Q(pages, ROW_L), KDPS, None),
     N(9, "exact", "arrests", "year", Q(pages, ROW_A), KDPS, None),
     N(12, "exact", "arrests", "year", Q(pages, ROW_A), KDPS, None),
     N(17, "exact", "arrests", "year", Q(pages, ROW_A), KDPS, None)],
    [P(Q(pages, "The purpose of this directive is to establish guidelines for submitting images to facial "
                "recognition systems and for using the results."), KDPS),
     P(Q(pages, "Members shall use facial recognition only in connection with an active criminal investigation, "
                "to locate a missing or endangered person, or to identify a deceased or incapacitated person."),
       KDPS),
     P(Q(pages, "A candidate list is an investigative lead only."), KDPS),
     P(Q(pages, "It shall not be the sole basis for an arrest, a search warrant or a photo lineup."), KDPS),
     P(Q(pages, "Only members who have completed MSP facial recognition training and signed the SNAP user "
                "agreement may submit probe images."), KDPS),
     P(Q(pages, "The Department shall maintain no more than eight (8) SNAP facial recognition accounts."), KDPS),
     P(Q(pages, "Members are prohibited from using any commercial facial recognition service, including free "
                "trials such as those offered by Clearview AI, unless the Chief has approved it in writing."), KDPS),
     P(Q(pages, "Members shall record every submission in the Facial Recognition Log with the incident number, "
                "the reason for the request and the result."), KDPS),
     P(Q(pages, "Members may not submit a probe image taken from a social media account without a supervisor's "
                "approval."), KDPS),
     P(Q(pages, "Facial recognition shall not be used to identify or monitor persons engaged in lawful protest "
                "or other activity protected by the First Amendment."), KDPS),
     P(Q(pages, "Live or real-time facial recognition of video streams is prohibited."), KDPS),
     P(Q(pages, "The Investigative Division commander shall audit the Facial Recognition Log each quarter and "
                "report annual totals in the Department's annual report."), KDPS),
     P(Q(pages, "Log entries shall be retained for three (3) years."), KDPS),
     P(Q(pages, "Members assigned to the Violent Crimes Unit may use the SNAP mobile application."), KDPS)],
    [], ["2024-01-15", "2021", "2022", "2023", "2024", "2024-01"])

# ---------------------------------------------------------------- 6 Ohio: Cincinnati PD
# A purchase order as a table (face licences next to redaction seats, cameras, a credit and tax),
# followed by the sole-source justification with pilot figures.
CIN = "Cincinnati Police Department"
QC = "Queen City Integrated Systems"
pages = [
    (None, """\
CITY OF CINCINNATI - PURCHASING DIVISION
801 Plum Street, Room 234, Cincinnati, Ohio 45202

PURCHASE ORDER                            PO No.       4500219837
                                          PO Date      06/21/2024
                                          Requisition  RQ-24-07713
Vendor No. 1008842
QUEEN CITY INTEGRATED SYSTEMS, INC.
4410 Reading Road, Suite 3, Cincinnati, OH 45229
Contact: Marcy Delacroix   (513) 555-0176

Ship to:  Cincinnati Police Department, Real Time Crime Center
          310 Ezzard Charles Drive, Cincinnati, OH 45214
Terms: Net 30      F.O.B. Destination      Buyer: T. Okonjo

LN DESCRIPTION                            QTY   UNIT PRICE     EXTENDED
-- ----------------------------------- ----- ------------ ------------
 1 Veritone IDentify agency                1    21,000.00    21,000.00
   subscription, 12 months,
   up to 25 named users
 2 Veritone IDentify booking-photo         1     2,500.00     2,500.00
   onboarding and ingest (one-time)
 3 Veritone Redact, 12-month seat         10     1,188.00    11,880.00
 4 Axis M3086-V mini dome camera           8       329.00     2,632.00
   (RTCC lobby and garage)
                                               SUBTOTAL     38,012.00
   Credit memo CM-2291 (Redact trial seats, Feb. 2024)        -990.00
   Ohio sales tax - EXEMPT, R.C. 5739.02(B)(1)                   0.00
                                                  TOTAL     37,022.00

Account: 050-222-7400 Police Technology         Fund: 050 General
Approved: ____________________  Purchasing Agent
""", "PO 4500219837   Page 1 of 2"),
    (None, """\
CITY OF CINCINNATI
SOLE SOURCE JUSTIFICATION - Requisition RQ-24-07713

Department:    Police (Real Time Crime Center)
Requested by:  Capt. Lionel Abernathy
Date:          June 11, 2024

1. What is being purchased?
A 12-month subscription to Veritone IDentify, a facial comparison tool
that searches the Department's own arrest photograph archive (roughly
1.1 million images dating back to 1998). It is purchased through Queen
City Integrated Systems, Veritone's only authorized reseller in Ohio.

2. Why is no other source acceptable?
IDentify is the only product that works with the Department's existing
Veritone evidence files without a new integration. A quote from
Clearview AI ($29,500 for 10 users) was not pursued: Administrative
Regulation 62 prohibits City departments from using facial recognition
services whose galleries contain images collected from the public
internet.

3. Pilot results
During the 90-day pilot (March 4 - May 31, 2024), 14 detectives ran 377
IDentify searches. Examiners forwarded 52 leads, and six arrests have
been made in cases where a lead was cited.

4. Conditions of use
Every IDentify search must carry an incident or report number. No result
may be released to a case detective until a second trained examiner has
reviewed it. CPD will not use IDentify on live video.

I certify that the above is accurate and that no other source is
acceptable.

______________________________   Capt. Lionel Abernathy
""", "PO 4500219837   Page 2 of 2"),
]
doc("06_cincinnati-pd-veritone-identify-po-sole-source.txt", pages, "pdf", CIN,
    [CIN, "City of Cincinnati"],
    ["Veritone", QC, "Clearview AI"], ["IDentify", "Veritone Redact"],
    [C(21000, 21000, "year", Q(pages, "Veritone IDentify agency 1 21,000.00"), CIN, QC, "IDentify"),
     C(2500, 2500, "one-time", Q(pages, "Veritone IDentify booking-photo 1 2,500.00"), CIN, QC, "IDentify")],
    [N(25, "up to", "users", None, Q(pages, "up to 25 named users"), CIN, QC),
     N(1100000, "approximately", "images", None, Q(pages, "roughly 1.1 million images"), CIN, "Veritone"),
     N(14, "exact", "users", None, Q(pages, "14 detectives"), CIN, "Veritone"),
     N(377, "exact", "searches", None, Q(pages, "14 detectives ran 377 IDentify searches"), CIN, "Veritone"),
     N(52, "exact", "leads", None, Q(pages, "Examiners forwarded 52 leads"), CIN, "Veritone"),
     N(6, "exact", "arrests", None, Q(pages, "six arrests have been made"), CIN, "Veritone")],
    [P(Q(pages, "Administrative Regulation 62 prohibits City departments from using facial recognition services "
                "whose galleries contain images collected from the public internet."), CIN),
     P(Q(pages, "Every IDentify search must carry an incident or report number."), CIN),
     P(Q(pages, "No result may be released to a case detective until a second trained examiner has reviewed "
                "it."), CIN),
     P(Q(pages, "CPD will not use IDentify on live video."), CIN)],
    [], ["2024-06-21", "2024-06-11", "2024-02", "2024-03-04", "2024-05-31", "1998"], scan="pdf")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
