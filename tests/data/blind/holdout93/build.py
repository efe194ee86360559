"""Writes docs/*.txt and labels.json for holdout93 (six invented releases: AK, AR, IA, ND, HI, SD).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, kind on policies)."""
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


# ---------------------------------------------------------------- 1 Alaska: Kodiak PD (Outlook thread)
KPD = "Kodiak Police Department"
CV = "Clearview AI"
CVP = "Clearview AI Investigative Platform"
SUBJ1 = "Clearview AI quote - Kodiak Police Department"
doc("01_kodiak-pd-clearview-first-year-order-outlook.txt", [
    ("Renner, Tobias", """\
From:              Halvorsen, Marit
Sent:              Thursday, October 10, 2024 2:14 PM
To:                Renner, Tobias
Cc:                Jenna Castellano; Lindqvist, Ron
Subject:           RE: Clearview AI quote - Kodiak Police Department

Captain Renner,

PO 25-0147 is issued for the first-year order: six seats at $2,000
each, $12,000 for the year, charged to 101-2100-5410 (Police -
Contractual Services). Jenna confirmed the $1,500 onboarding fee is
waived, so there is no second line. The City's 7% sales tax does not
apply to our own purchases, and Clearview does not charge it.

Your harbor camera request ($8,740 for the two Channel Bridge
cameras) is a separate requisition and is not combined with this.

Marit

Marit Halvorsen | Purchasing Agent | City of Kodiak
710 Mill Bay Road, Kodiak, AK 99615 | (907) 555-0162

________________________________
From: Renner, Tobias
Sent: Wednesday, October 9, 2024 4:47 PM
To: Halvorsen, Marit
Cc: Jenna Castellano
Subject: RE: Clearview AI quote - Kodiak Police Department

Marit,

We will take six seats, not the eight I asked Jenna to quote. Six
covers the two detectives, three patrol sergeants and me, and it
keeps us under the $15,000 the City Council approved for this in
the FY25 budget amendment.

Chief Ames signed interim rules yesterday for the first year. Every
search must be tied to a KPD case number, and a Clearview result is
an investigative lead only, never probable cause by itself. No one
may run a search for an outside agency on a KPD seat.""", "KPD PRR 24-088  000014"),
    ("Renner, Tobias", """\
The full general order (draft GO 41.12) is still with the City
Attorney and has not been adopted. As drafted it would also require
a sergeant's approval before any search in a misdemeanor case.

For comparison, Sitka PD told me they pay about $6,000 a year for
their three seats.

Tobias

Capt. Tobias Renner | Operations Division
Kodiak Police Department | 217 Lower Mill Bay Road | (907) 555-0140

________________________________
From: Jenna Castellano
Sent: Tuesday, October 8, 2024 11:03 AM
To: Renner, Tobias
Cc: Halvorsen, Marit
Subject: RE: Clearview AI quote - Kodiak Police Department

Hi Captain,

Thanks for the call this morning. Pricing for a first-year
Clearview AI Investigative Platform subscription for Kodiak PD:

  Price per seat:       $2,000.00 per user per year (5-seat minimum)
  8 seats, 12 months:   $16,000.00
  Onboarding/training:  $1,500.00 one-time - waived for first-year
                        orders signed by October 31, 2024

During your free trial (Aug 12 - Sep 10) 4 users ran 212 searches.
Each seat includes unlimited searches of our database of more than
50 billion publicly available facial images, and Clearview Mobile
for iOS and Android at no extra charge.

Best,
Jenna

Jenna Castellano | Government Account Executive | Clearview AI, Inc.""", "KPD PRR 24-088  000015"),
    ("Renner, Tobias", """\
________________________________
From: Renner, Tobias
Sent: Monday, October 7, 2024 9:20 AM
To: Jenna Castellano
Subject: Clearview AI quote - Kodiak Police Department

Jenna, please send a written quote for eight seats for one year so
Purchasing can open a requisition. Thanks.""", "KPD PRR 24-088  000016"),
], "print", KPD,
    [KPD, "City of Kodiak", "Kodiak City Council", "Sitka Police Department"],
    [CV],
    [CVP, "Clearview Mobile"],
    [C(12000, 12000, "year", "six seats at $2,000 each, $12,000 for the year", KPD, CV, CVP),
     C(2000, 2000, "year", "six seats at $2,000 each", KPD, CV, CVP, unit="per user"),
     C(15000, 15000, None, "the $15,000 the City Council approved for this", KPD, CV, CVP),
     C(6000, 6000, "year", "Sitka PD told me they pay about $6,000 a year", "Sitka Police Department", CV)],
    [N(6, "exact", "licenses", None, "six seats at $2,000 each", KPD, CV),
     N(3, "exact", "licenses", None, "about $6,000 a year for their three seats", "Sitka Police Department", CV),
     N(4, "exact", "users", None, "4 users ran 212 searches", KPD, CV),
     N(212, "exact", "searches", None, "4 users ran 212 searches", KPD, CV),
     N(50000000000, "more than", "images", None,
       "our database of more than 50 billion publicly available facial images", None, CV)],
    [P("Every search must be tied to a KPD case number", KPD, "requirement"),
     P("a Clearview result is an investigative lead only, never probable cause by itself.", KPD, "disclaimer"),
     P("No one may run a search for an outside agency on a KPD seat.", KPD, "prohibition")],
    [E("Halvorsen, Marit", "Renner, Tobias", "Thursday, October 10, 2024 2:14 PM", "RE: " + SUBJ1),
     E("Renner, Tobias", "Halvorsen, Marit", "Wednesday, October 9, 2024 4:47 PM", "RE: " + SUBJ1),
     E("Jenna Castellano", "Renner, Tobias", "Tuesday, October 8, 2024 11:03 AM", "RE: " + SUBJ1),
     E("Renner, Tobias", "Jenna Castellano", "Monday, October 7, 2024 9:20 AM", SUBJ1)],
    ["2024-10-10", "2024-10-09", "2024-10-08", "2024-10-07", "2024-10-31"],
    scan="photocopy")


# ---------------------------------------------------------------- 2 Arkansas: Russellville PD (invoice)
RPD = "Russellville Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("02_russellville-pd-vigilant-facesearch-invoice.txt", [
    (None, """\
MOTOROLA SOLUTIONS, INC.                                        INVOICE
Vigilant Solutions Software Group
1152 Stealth Street, Livermore, CA 94551   Billing: (800) 555-0179

Invoice Number:   8290117743            Invoice Date:   07/15/2024
Customer Number:  1048826               Due Date:       08/14/2024
Customer PO:      24-00388              Terms:          Net 30
Quote Ref.:       VSQ-2024-11873        Page:           1 of 1

BILL TO                                 REMIT TO
City of Russellville                    Motorola Solutions, Inc.
Attn: Accounts Payable                  Vigilant Solutions Receivables
P.O. Box 428                            P.O. Box 742813
Russellville, AR 72811                  Atlanta, GA 30374-2813
                                        (write invoice no. on check)
END USER: Russellville Police Department, CID (Capt. R. Pettigrew)

Ln  Part No.      Description                    Qty      Rate     Amount
--  ------------  -----------------------------  ---  --------  ---------
1   VS-FS-AGY-12  FaceSearch agency license,       1  8,400.00   8,400.00
                  12 mo (08/01/2024-07/31/2025)
2   VS-FS-USR-12  FaceSearch named user, 12 mo    10    295.00   2,950.00
3   VS-FS-IMP     Gallery import, booking          1  1,200.00   1,200.00
                  photos (one-time; up to
                  50,000 images)
4   VS-LRN-ALPR   LEARN ALPR data sharing and      1  3,600.00   3,600.00
                  hot-list service, 12 mo
5   VS-SHIP       Shipping and handling            1     45.00      45.00
                  (printed quick-start guides)
                                                      Subtotal  16,195.00
    Discount - public safety bundle, 10% of lines 1-2           -1,135.00
    Arkansas sales and use tax - exempt, cert. 4-010992-77          0.00
                                                 Invoice Total  15,060.00
                            Less payment received 06/28/2024   -5,000.00
                                                   BALANCE DUE  10,060.00

Notes: Gallery import completed 07/09/2024: 41,762 booking images were
loaded from the Pope County Detention Center records system. Past-due
balances accrue 1.5% per month. Questions: ar.vigilant@example.com

RECEIVED  JUL 18 2024  RUSSELLVILLE POLICE DEPT.
OK to pay: R.P. 7/19  Lines 1-3 acct 010-2110-6425; line 4 010-2110-6430""",
     "RPD FOI 2024-131  p. 7"),
], "pdf", RPD,
    [RPD, "City of Russellville", "Pope County Detention Center"],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN"],
    [C(8400, 8400, "year", "FaceSearch agency license,       1  8,400.00   8,400.00", RPD, MSI, VFS),
     C(2950, 2950, "year", "FaceSearch named user, 12 mo    10    295.00   2,950.00", RPD, MSI, VFS),
     C(295, 295, "year", "FaceSearch named user, 12 mo    10    295.00", RPD, MSI, VFS, unit="per user"),
     C(1200, 1200, "one-time", "Gallery import, booking          1  1,200.00   1,200.00", RPD, MSI, VFS)],
    [N(10, "exact", "licenses", None, "FaceSearch named user, 12 mo    10", RPD, MSI),
     N(41762, "exact", "images", None, "41,762 booking images were loaded", RPD, MSI)],
    [],
    [],
    ["2024-07-15", "2024-08-14", "2024-08-01", "2025-07-31", "2024-06-28", "2024-07-09", "2024-07-18"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Iowa: Cerro Gordo County SO (minutes)
CGSO = "Cerro Gordo County Sheriff's Office"
CGBS = "Cerro Gordo County Board of Supervisors"
MCPD = "Mason City Police Department"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("03_cerro-gordo-county-supervisors-minutes-fr-renewal.txt", [
    (None, """\
CERRO GORDO COUNTY BOARD OF SUPERVISORS
Regular Meeting - Official Minutes
Tuesday, March 11, 2025, 6:00 p.m.
Board Room, Cerro Gordo County Courthouse, Mason City, Iowa

Present: Chairperson Renata Voss; Supervisors Dale Hinrichs and Mark
Tjaden. Also present: Auditor Karla Osterholm (clerk), Sheriff Neil
Bauerly, Chief Deputy Alan Wessels, County Attorney Carmen Ruiz.

1. Call to order. Chairperson Voss called the meeting to order at
6:00 p.m. and led the Pledge of Allegiance.

2. Agenda. Motion by Tjaden, second by Hinrichs, to approve the
agenda as posted. Carried 3-0.

3. Consent agenda. Motion by Hinrichs, second by Tjaden, to approve
the consent agenda: minutes of February 25, 2025; claims totaling
$386,214.57; award of the Secondary Roads motor grader bid to Ziegler
CAT for $341,750; and a Class C liquor license renewal for the Clear
Lake Country Club. Carried 3-0.

4. Public comment. Chairperson Voss opened public comment at 6:04
p.m., limited to three minutes per speaker.
- Gail Petrakis, Clear Lake, asked the Board not to renew the facial
  recognition contract. She said the technology misidentifies people
  and asked that, if it is renewed, the Sheriff report to the Board
  every year on how it is used.
- Ron Ubben, Mason City, spoke in favor. He said a photo search
  helped identify the man who robbed his store in 2023.
- Teresa Hollis, Rockwell, asked whether the Sheriff's Office uses
  Clearview AI or searches photos from social media.
Public comment closed at 6:15 p.m.

5. Sheriff's Office - facial recognition service, FY 2026 renewal.
Chief Deputy Wessels presented the annual report on the service. The
Office has used FACE Plus, hosted by DataWorks Plus of Greenville,
South Carolina, since 2022. The initial purchase that year was a
one-time cost of $38,500, paid from the County's American Rescue Plan
Act allocation. The annual license and hosting fee is $14,300 in
FY 2025. The vendor's renewal for July 1, 2025 through June 30, 2026
is $14,850, an increase of 3.8%.""", "Minutes 2025-03-11  Page 1 of 3"),
    (None, """\
Wessels said the gallery holds 63,418 booking photographs taken at
the Cerro Gordo County Jail since 1998, and that 12 deputies and
investigators hold accounts. In calendar year 2024 the Office ran 188
searches, which returned 57 possible matches and contributed to 15
arrests. Of the 188 searches, 34 were run at the request of the
Mason City Police Department, which pays the County $2,500 a year
toward the service under a chapter 28E agreement.

In answer to Ms. Hollis, Wessels said the Office does not use
Clearview AI and FACE Plus searches only the jail's own booking
photos, not social media or driver's license photos.

Wessels summarized Sheriff's Office Policy 427, Facial Recognition:
- Only deputies who have completed the vendor's examiner course may
  run a search.
- Each search must be tied to an open case number and logged with
  the reason for the search.
- A possible match is an investigative lead only and is not probable
  cause to arrest; an investigator must confirm it by other means.
- Deputies may not search images of people taking part in lawful
  protests or religious gatherings.
- Misuse of the system results in loss of access and discipline up
  to and including termination.

Supervisor Tjaden asked about accuracy. Wessels said DataWorks Plus
uses an algorithm that has been tested by NIST, and that two of the
57 possible matches were later found to be the wrong person; neither
led to a charge.

6. Action on item 5. Motion by Hinrichs, second by Tjaden, to approve
the renewal agreement with DataWorks Plus for FACE Plus in the amount
of $14,850 for FY 2026 and authorize the Chairperson to sign.

Amendment. Motion by Voss to amend the motion to require the Sheriff
to present a written usage report to the Board each September.
Second by Tjaden for discussion. Hinrichs said the Sheriff already
reports at each renewal. Roll call on the amendment: Voss aye;
Hinrichs nay; Tjaden nay. Amendment failed 1-2.

Roll call on the main motion: Hinrichs aye; Tjaden aye; Voss nay.
Motion carried 2-1.""", "Minutes 2025-03-11  Page 2 of 3"),
    (None, """\
7. Other business. Sheriff Bauerly reported that the jail kitchen
steam kettle ($18,600) will come before the Board on March 25. No
action taken.

8. Adjournment. Motion by Tjaden, second by Hinrichs, to adjourn.
Carried 3-0. The meeting adjourned at 7:12 p.m.

ATTEST:

________________________________     ________________________________
Karla Osterholm, County Auditor       Renata Voss, Chairperson

Minutes are unofficial until approved by the Board. Audio of this
meeting is available from the Auditor's office, (641) 555-0120.""", "Minutes 2025-03-11  Page 3 of 3"),
], "pdf", CGSO,
    [CGBS, CGSO, MCPD, "Cerro Gordo County Jail", "National Institute of Standards and Technology"],
    [DWP, CV, "Ziegler CAT"],
    [FP],
    [C(38500, 38500, "one-time", "one-time cost of $38,500", CGSO, DWP, FP),
     C(14300, 14300, "year", "The annual license and hosting fee is $14,300", CGSO, DWP, FP),
     C(14850, 14850, "year", "July 1, 2025 through June 30, 2026 is $14,850", CGSO, DWP, FP),
     C(2500, 2500, "year", "pays the County $2,500 a year toward the service", MCPD, None, FP)],
    [N(63418, "exact", "images", None, "the gallery holds 63,418 booking photographs", CGSO, DWP),
     N(12, "exact", "users", None, "12 deputies and investigators hold accounts", CGSO, DWP),
     N(188, "exact", "searches", "year", "In calendar year 2024 the Office ran 188 searches", CGSO, DWP),
     N(57, "exact", "matches", "year", "which returned 57 possible matches", CGSO, DWP),
     N(15, "exact", "arrests", "year", "contributed to 15 arrests", CGSO, DWP),
     N(34, "exact", "requests", None, "34 were run at the request of the Mason City Police Department",
       CGSO, DWP)],
    [P("Only deputies who have completed the vendor's examiner course may run a search.", CGSO, "requirement"),
     P("Each search must be tied to an open case number and logged with the reason for the search.", CGSO,
       "requirement"),
     P("A possible match is an investigative lead only and is not probable cause to arrest; an investigator "
       "must confirm it by other means.", CGSO, "disclaimer"),
     P("Deputies may not search images of people taking part in lawful protests or religious gatherings.", CGSO,
       "prohibition"),
     P("Misuse of the system results in loss of access and discipline up to and including termination.", CGSO,
       "consequence")],
    [],
    ["2025-03-11", "2025-02-25", "2023", "2022", "2025-07-01", "2026-06-30", "1998", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 4 North Dakota: Devils Lake PD (general order)
DLPD = "Devils Lake Police Department"
doc("04_devils-lake-pd-general-order-facial-recognition.txt", [
    (None, """\
DEVILS LAKE POLICE DEPARTMENT                         GENERAL ORDER 4.18
Devils Lake, North Dakota

Subject:     Facial Recognition Technology
Issued:      December 16, 2024        Effective:  January 6, 2025
Rescinds:    Interim Memorandum 24-09 Review:     Annually
Approved:    Wade Brekke, Chief of Police

1. PURPOSE
1.1 This order sets the rules under which members may use facial
    recognition technology to help identify suspects, victims and
    witnesses in criminal investigations, and to identify deceased
    or incapacitated persons.

2. POLICY
2.1 Facial recognition is an investigative tool only. A possible
    match is an investigative lead and shall not, by itself,
    establish probable cause for an arrest, a search warrant or any
    other enforcement action.

3. DEFINITIONS
3.1 Facial recognition technology (FRT): software that compares a
    probe image with a set of stored images and returns possible
    matches ranked by similarity.
3.2 Probe image: the image of an unknown person submitted for a
    search.
3.3 Candidate list: the ranked list of possible matches returned by
    a search. The authorized system shows up to 25 candidates.
3.4 Authorized user: a sworn member who holds a Department-issued
    FRT account and has completed the training in section 5.
3.5 FRT Coordinator: the Investigations Sergeant or Chief's designee.
3.6 Live facial recognition: the automatic comparison of faces in a
    real-time video feed against a watch list.

4. AUTHORIZED SYSTEM
4.1 The Department's authorized FRT system is Clearview AI, used
    under a subscription that provides four (4) user licenses (City
    Commission contract C-2024-117).
4.2 Members shall not use any other FRT service, including free
    trials and personal or vendor demonstration accounts.
4.3 The Department has no contract for live facial recognition (for
    example, Oosto), and no City camera feeds an FRT system.""",
     "GO 4.18  Facial Recognition Technology  Page 1 of 3"),
    (None, """\
5. AUTHORIZED USERS AND TRAINING
5.1 Only members designated in writing by the Chief of Police may
    hold an FRT account.
5.2 Before an account is issued, the member must complete the
    vendor's online user course and the Department's eight-hour
    facial comparison course.

6. PROCEDURES
6.1 A search may be run only for an open criminal case that has a
    Department case number.
6.2 The authorized user shall record in the search log the case
    number, the offense and the source of the probe image.
6.3 A second authorized user must review any possible match before
    it is given to the case officer as a lead.
6.4 Members may use FRT to identify a deceased person, or a person
    who is unable to identify himself or herself because of injury
    or illness, without an open criminal case.

7. PROHIBITED USES
7.1 Members shall not use FRT to identify a person based solely on
    participation in a lawful protest, religious service or other
    activity protected by the First Amendment.
7.2 Members shall not run FRT on live video or on body-worn camera
    recordings, except a still image of a specific crime.
7.3 Members may not use FRT for any personal or non-law-enforcement
    purpose.

8. REQUESTS FROM OTHER AGENCIES
8.1 An authorized user may run a search for another law enforcement
    agency, such as the Lake Region Law Enforcement Center or the
    Spirit Lake Tribe Police Department, only when the request is
    in writing and gives that agency's case number.

9. RECORDS AND AUDIT
9.1 The FRT Coordinator shall audit the search log each quarter and
    report the number of searches and possible matches to the Chief.
9.2 Search logs shall be retained for three (3) years.
9.3 Probe images and candidate lists are criminal intelligence and
    investigative information under N.D.C.C. 44-04-18.7.""",
     "GO 4.18  Facial Recognition Technology  Page 2 of 3"),
    (None, """\
10. VIOLATIONS
10.1 A member who violates this order is subject to discipline up to
     and including termination. The FRT Coordinator shall suspend
     the member's account while the violation is reviewed.

11. PROPOSED REVISION (NOT IN EFFECT)
11.1 The Chief has asked the City Commission to consider a revision
     that would require the Department to publish an annual public
     report of FRT use. This section is for information only; the
     revision has not been adopted and does not bind members.

12. REFERENCES
- N.D.C.C. 44-04-18.7 (criminal intelligence and investigative
  information)
- Department General Order 2.05, Records Retention
- Department General Order 1.12, Discipline

By order of:

/s/ Wade Brekke
Chief of Police""",
     "GO 4.18  Facial Recognition Technology  Page 3 of 3"),
], "pdf", DLPD,
    [DLPD, "Devils Lake City Commission", "Lake Region Law Enforcement Center", "Spirit Lake Tribe Police Department"],
    [CV, "Oosto"],
    [],
    [],
    [N(4, "exact", "licenses", None, "a subscription that provides four (4) user licenses", DLPD, CV)],
    [P("This order sets the rules under which members may use facial recognition technology to help identify "
       "suspects, victims and witnesses in criminal investigations, and to identify deceased or incapacitated "
       "persons.", DLPD, "purpose"),
     P("A possible match is an investigative lead and shall not, by itself, establish probable cause for an "
       "arrest, a search warrant or any other enforcement action.", DLPD, "disclaimer"),
     P("Members shall not use any other FRT service, including free trials and personal or vendor demonstration "
       "accounts.", DLPD, "prohibition"),
     P("Only members designated in writing by the Chief of Police may hold an FRT account.", DLPD, "requirement"),
     P("Before an account is issued, the member must complete the vendor's online user course and the "
       "Department's eight-hour facial comparison course.", DLPD, "requirement"),
     P("A search may be run only for an open criminal case that has a Department case number.", DLPD,
       "requirement"),
     P("The authorized user shall record in the search log the case number, the offense and the source of the "
       "probe image.", DLPD, "requirement"),
     P("A second authorized user must review any possible match before it is given to the case officer as a "
       "lead.", DLPD, "requirement"),
     P("Members may use FRT to identify a deceased person, or a person who is unable to identify himself or "
       "herself because of injury or illness, without an open criminal case.", DLPD, "permission"),
     P("Members shall not use FRT to identify a person based solely on participation in a lawful protest, "
       "religious service or other activity protected by the First Amendment.", DLPD, "prohibition"),
     P("Members shall not run FRT on live video or on body-worn camera recordings, except a still image of a "
       "specific crime.", DLPD, "prohibition"),
     P("Members may not use FRT for any personal or non-law-enforcement purpose.", DLPD, "prohibition"),
     P("An authorized user may run a search for another law enforcement agency, such as the Lake Region Law "
       "Enforcement Center or the Spirit Lake Tribe Police Department, only when the request is in writing and "
       "gives that agency's case number.", DLPD, "permission"),
     P("The FRT Coordinator shall audit the search log each quarter and report the number of searches and "
       "possible matches to the Chief.", DLPD, "requirement"),
     P("Search logs shall be retained for three (3) years.", DLPD, "requirement"),
     P("A member who violates this order is subject to discipline up to and including termination.", DLPD,
       "consequence"),
     P("The FRT Coordinator shall suspend the member's account while the violation is reviewed.", DLPD,
       "consequence")],
    [],
    ["2024-12-16", "2025-01-06"],
    scan=None)


# ---------------------------------------------------------------- 5 Hawaii: USAG Hawaii DES (quarterly report)
DES = "U.S. Army Garrison Hawaii Directorate of Emergency Services"
COG = "Cognitec Systems"
FVD = "FaceVACS-DBScan LE"
doc("05_usag-hawaii-des-fr-quarterly-usage-report-fy24.txt", [
    (None, """\
                        DEPARTMENT OF THE ARMY
                     U.S. ARMY GARRISON HAWAII
              DIRECTORATE OF EMERGENCY SERVICES (DES)
              SCHOFIELD BARRACKS, HAWAII 96857-5000

IMHW-ES                                               14 November 2024

MEMORANDUM FOR Commander, U.S. Army Garrison Hawaii

SUBJECT: Facial Recognition Search Program - Quarterly Usage Report,
4th Quarter and Total, Fiscal Year 2024

1. References.
   a. DES Policy Memorandum 23-11, Use of Facial Recognition
      Technology, 2 June 2023.
   b. AR 190-45, Law Enforcement Reporting, 27 September 2016.

2. Purpose. To report use of the DES facial recognition search
capability for the fourth quarter of FY 2024 and for the full fiscal
year, 1 October 2023 through 30 September 2024, as required by
paragraph 9 of reference 1a.

3. System. The DES Police Investigations Section uses FaceVACS-DBScan
LE, a facial recognition search application from Cognitec Systems,
on two stand-alone workstations at Building 3010. The gallery holds
27,604 booking photographs of 19,880 persons processed by DES police
since 2012. Six trained examiners hold accounts.

4. Usage. Table 1 shows searches run, searches that returned a
possible match confirmed by a second examiner, and apprehensions or
arrests in which a search result was one of the leads.

Table 1. FaceVACS-DBScan LE use by quarter, FY 2024

Quarter (FY 2024)         Searches   Possible matches   Arrests
------------------------  --------   ----------------   -------
Q1  (Oct - Dec 2023)            38                 14         3
Q2  (Jan - Mar 2024)            45                 19         5
Q3  (Apr - Jun 2024)            29                 11         2
Q4  (Jul - Sep 2024)            52                 23         6
------------------------  --------   ----------------   -------
FY 2024 total                  164                 67        16""",
     "USAG-HI DES FOIA 25-0047  Page 1 of 2"),
    (None, """\
5. Discussion.
   a. Fourth-quarter searches rose 79% over the third quarter. Most
of the increase followed a series of vehicle break-ins at the
Schofield Barracks and Wheeler Army Airfield housing areas in August.
   b. Of the 164 searches, 21 were run at the request of the Army
Criminal Investigation Division (CID). No search was run for a
civilian agency during the year.
   c. A possible match was returned in 40.9% of searches. Three
possible matches were later excluded by the case investigator.
   d. The Q2 audit found a search logged without a case number. The
examiner was retrained and lost access for 30 days.

6. Policy. Reference 1a remains in effect without change.
   a. Every search must be tied to a Military Police Report or CID
case number.
   b. A second examiner must verify any possible match before it is
released to the case investigator.
   c. A possible match is an investigative lead only and is not
probable cause for apprehension.
   d. Examiners may not search images from installation access
control (gate) cameras.
   e. Under paragraph 7 of reference 1a, an examiner who searches
without a case number loses access for 30 days.

7. Cost. The FaceVACS-DBScan LE license was bought in FY 2023 for a
one-time cost of $29,900. Annual software maintenance was $6,480 in
FY 2024; the FY 2025 maintenance renewal of $6,740 is funded. The
access control camera upgrade at the Lyman Gate ($212,000) is an
Installation Access Control project and does not feed the system.

8. The point of contact is Mr. Kainoa Mahoe, DES Police Operations,
(808) 555-0133.

                                    LEILANI K. AKANA
                                    LTC, MP
                                    Director of Emergency Services""",
     "USAG-HI DES FOIA 25-0047  Page 2 of 2"),
], "pdf", DES,
    [DES, "U.S. Army Garrison Hawaii", "Army Criminal Investigation Division"],
    [COG],
    [FVD],
    [C(29900, 29900, "one-time", "one-time cost of $29,900", DES, COG, FVD),
     C(6480, 6480, "year", "Annual software maintenance was $6,480", DES, COG, FVD),
     C(6740, 6740, "year", "the FY 2025 maintenance renewal of $6,740", DES, COG, FVD)],
    [N(27604, "exact", "images", None, "The gallery holds 27,604 booking photographs", DES, COG),
     N(19880, "exact", "images", None, "19,880 persons processed by DES police", DES, COG),
     N(6, "exact", "users", None, "Six trained examiners hold accounts.", DES, COG),
     N(38, "exact", "searches", "quarter", "Q1  (Oct - Dec 2023)            38", DES, COG),
     N(45, "exact", "searches", "quarter", "Q2  (Jan - Mar 2024)            45", DES, COG),
     N(29, "exact", "searches", "quarter", "Q3  (Apr - Jun 2024)            29", DES, COG),
     N(52, "exact", "searches", "quarter", "Q4  (Jul - Sep 2024)            52", DES, COG),
     N(164, "exact", "searches", "year", "FY 2024 total                  164", DES, COG),
     N(67, "exact", "matches", "year", "FY 2024 total                  164                 67", DES, COG),
     N(16, "exact", "arrests", "year", "FY 2024 total                  164                 67         16", DES, COG),
     N(21, "exact", "requests", None, "21 were run at the request of the Army Criminal Investigation Division",
       DES, COG)],
    [P("Every search must be tied to a Military Police Report or CID case number.", DES, "requirement"),
     P("A second examiner must verify any possible match before it is released to the case investigator.", DES,
       "requirement"),
     P("A possible match is an investigative lead only and is not probable cause for apprehension.", DES,
       "disclaimer"),
     P("Examiners may not search images from installation access control (gate) cameras.", DES, "prohibition"),
     P("an examiner who searches without a case number loses access for 30 days.", DES, "consequence")],
    [],
    ["2024-11-14", "2023-06-02", "2016-09-27", "2023-10-01", "2024-09-30", "2012"],
    scan="pdf")


# ---------------------------------------------------------------- 6 South Dakota: Yankton PD (budget request)
YPD = "Yankton Police Department"
YCSO = "Yankton County Sheriff's Office"
VER = "Veritone"
VID = "Veritone IDentify"
doc("06_yankton-pd-fy2026-budget-request-veritone.txt", [
    (None, """\
CITY OF YANKTON, SOUTH DAKOTA
FY 2026 BUDGET REQUEST - NEW OR EXPANDED PROGRAM             Form BR-2

Department:   Police                   Division:     Investigations (2120)
Fund:         101 General Fund         Request No.:  PD-26-04
Prepared by:  Sgt. Kelsey Amundsen     Date:         05/02/2025
Priority:     2 of 5                   Type:         New program

Program title: Facial recognition search service (Veritone IDentify)

SECTION A - LINE-ITEM DETAIL

Line  Account        Description                                 Amount
----  -------------  ---------------------------------------  ---------
1     101-2120-4265  Veritone IDentify subscription,           9,750.00
                     12 months (5 user seats)
2     101-2120-4265  Implementation and booking-photo          2,400.00
                     import, one-time
3     101-2120-4330  Facial comparison examiner training,      1,190.00
                     2 detectives (tuition and lodging)
                                                              ---------
      TOTAL FY 2026 REQUEST                                   13,340.00
      Less: Yankton County Sheriff's Office share (Sec. B)    -3,000.00
      NET GENERAL FUND REQUEST                                10,340.00

      Ongoing annual cost, FY 2027 and after (line 1 plus
      3% CPI adjustment)                                      10,043.00

SECTION B - JUSTIFICATION

The Department has no facial recognition tool of its own. Detectives
now send still images from surveillance video to other agencies and
wait days or weeks for an answer, if one comes at all.

During a 45-day free trial of Veritone IDentify (February 3 through
March 19, 2025), two detectives ran 63 searches against about 21,000
booking photos from the Yankton County Jail. Of those searches, 17
returned a possible match, and four of those cases ended in an
arrest, including the March burglary series on Broadway Avenue.""",
     "Form BR-2  PD-26-04  Page 1 of 2"),
    (None, """\
We also looked at Clearview AI, which quoted $2,500 per seat per
year. We did not select it because it searches images collected from
the public internet, which the City Attorney advised against.

The Yankton County Sheriff's Office has agreed in principle to pay
$3,000 a year toward the subscription in exchange for access for two
of its investigators under the existing joint-use agreement.

This request does not include the Axon body-worn camera renewal
($41,880 a year), which is submitted separately as PD-26-01.

SECTION C - POLICY AND OVERSIGHT

Chief's Memorandum 2025-02, issued for the trial, remains in effect:
searches may be run only by trained detectives with an open case
number, and a possible match is an investigative lead only. If this
request is funded, the Department will bring a full written policy
(draft Policy 612) to the City Commission before the service goes
live. The draft would also require a yearly public report on use.

SECTION D - APPROVALS

Requested by:  ______________________  Chief of Police   Date: ______
               Brandt Okerlund

Finance Director review:  [ ] Complete   Account coding checked: ____

City Manager:  [ ] Recommended   [ ] Not recommended   [ ] Deferred

Questions: Sgt. Kelsey Amundsen, (605) 555-0187.""",
     "Form BR-2  PD-26-04  Page 2 of 2"),
], "pdf", YPD,
    [YPD, "City of Yankton", YCSO, "Yankton County Jail", "Yankton City Commission"],
    [VER, CV, "Axon"],
    [VID],
    [C(9750, 9750, "year", "Veritone IDentify subscription,           9,750.00", YPD, VER, VID),
     C(2400, 2400, "one-time", "Implementation and booking-photo          2,400.00", YPD, VER, VID),
     C(1190, 1190, None, "Facial comparison examiner training,      1,190.00", YPD, None, VID),
     C(13340, 13340, None, "TOTAL FY 2026 REQUEST                                   13,340.00", YPD, VER, VID),
     C(10340, 10340, None, "NET GENERAL FUND REQUEST                                10,340.00", YPD, VER, VID),
     C(10043, 10043, "year", "Ongoing annual cost, FY 2027 and after (line 1 plus 3% CPI adjustment)"
       "                                      10,043.00", YPD, VER, VID),
     C(3000, 3000, "year", "pay $3,000 a year toward the subscription", YCSO, VER, VID)],
    [N(5, "exact", "licenses", None, "12 months (5 user seats)", YPD, VER),
     N(2, "exact", "users", None, "two detectives ran 63 searches", YPD, VER),
     N(63, "exact", "searches", None, "two detectives ran 63 searches", YPD, VER),
     N(21000, "approximately", "images", None, "about 21,000 booking photos", YPD, VER),
     N(17, "exact", "matches", None, "17 returned a possible match", YPD, VER),
     N(4, "exact", "arrests", None, "four of those cases ended in an arrest", YPD, VER),
     N(2, "exact", "users", None, "access for two of its investigators", YCSO, VER)],
    [P("searches may be run only by trained detectives with an open case number", YPD, "requirement"),
     P("a possible match is an investigative lead only.", YPD, "disclaimer")],
    [],
    ["2025-05-02", "2025-02-03", "2025-03-19"],
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
