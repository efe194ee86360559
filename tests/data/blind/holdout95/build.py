"""Writes docs/*.txt and labels.json for holdout95 (six invented releases: NV, KS, OR, AL, LA, NH).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on policies."""
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


# ---------------------------------------------------------------- 1 Nevada: Fallon PD (Gmail print)
FPD = "Fallon Police Department"
CV = "Clearview AI"
CCSO_NV = "Churchill County Sheriff's Office"
SUBJ1 = "Clearview AI renewal - Fallon PD"
HDR1 = "1/22/25, 4:07 PM    City of Fallon Mail - Clearview AI renewal - Fallon PD"
URL1 = "https://mail.google.com/mail/u/0/?ik=5e0c3b71a2&view=pt&search=all"
doc("01_fallon-pd-clearview-renewal-gmail.txt", [
    (HDR1, """\
City of Fallon Mail                Lucas Brandt <lbrandt@fallonnevada.gov>

Clearview AI renewal - Fallon PD
4 messages

Dana Pruitt <dana.pruitt@clearview.ai>       Mon, Jan 13, 2025 at 10:02 AM
To: Lucas Brandt <lbrandt@fallonnevada.gov>

Good morning Detective Brandt,

Fallon Police Department's Clearview AI subscription (account
FPD-2217, 3 investigator seats) expires on February 28, 2025. Renewal
pricing for the term March 1, 2025 - February 28, 2026 is below.

    Seats:                 3
    Price per seat:        $2,000.00 per year
    Renewal total:         $6,000.00

Our public-sector price has gone up this year; your 2024 rate was
$1,500 per seat. The renewal includes unlimited searches, Clearview
Mobile and access to our training academy. Quoted prices are valid
for 30 days and do not include applicable taxes.

Best,
Dana Pruitt
Account Executive, State & Local Government | Clearview AI
(646) 555-0134

Lucas Brandt <lbrandt@fallonnevada.gov>       Wed, Jan 15, 2025 at 8:47 AM
To: Dana Pruitt <dana.pruitt@clearview.ai>
Cc: Angela Moretti <amoretti@fallonnevada.gov>

Dana,

That's a 33% increase in one year. We paid $4,500 for the three seats
last year, and my budget line for Clearview this fiscal year is
$5,000. For what it's worth, our three accounts ran 212 searches in
calendar 2024, so we do use it. Is there any room on price? If not,
I'll probably have to cut to two seats.""", URL1 + "    1/3"),
    (HDR1, """\
Lucas

Det. Lucas Brandt
Fallon Police Department | Investigations
55 West Williams Avenue, Fallon, NV 89406 | (775) 555-0162

On Mon, Jan 13, 2025 at 10:02 AM Dana Pruitt <dana.pruitt@clearview.ai>
wrote:
> Good morning Detective Brandt,
>
> Fallon Police Department's Clearview AI subscription (account
> FPD-2217, 3 investigator seats) expires on February 28, 2025.
> Renewal pricing for the term March 1, 2025 - February 28, 2026 is
> below.
>
>     Seats:                 3
>     Price per seat:        $2,000.00 per year
>     Renewal total:         $6,000.00
>
[Quoted text hidden]

Dana Pruitt <dana.pruitt@clearview.ai>        Tue, Jan 21, 2025 at 3:36 PM
To: Lucas Brandt <lbrandt@fallonnevada.gov>
Cc: Angela Moretti <amoretti@fallonnevada.gov>

Lucas,

I spoke with our pricing desk. If Fallon signs by February 14, we can
keep all 3 seats at $1,650 per seat, which is $4,950 for the 12-month
term. That is the lowest rate we are offering agencies your size in
Nevada. The database behind every search now holds over 50 billion
facial images from public sources, and the renewal still includes
Clearview Mobile.

Dana
[Quoted text hidden]""", URL1 + "    2/3"),
    (HDR1, """\
Lucas Brandt <lbrandt@fallonnevada.gov>       Wed, Jan 22, 2025 at 9:15 AM
To: Dana Pruitt <dana.pruitt@clearview.ai>
Cc: Angela Moretti <amoretti@fallonnevada.gov>

Dana,

That works. Please send the order form for 3 seats at $4,950 and I'll
route it to Angela in Finance. Two reminders for your onboarding
team: under FPD Policy 345 every search must carry a case number, and
a Clearview result is an investigative lead only, never probable
cause for an arrest by itself. Also, the Churchill County Sheriff's
Office has its own account (4 seats) - please don't add their users
to ours.

Lucas
[Quoted text hidden]""", URL1 + "    3/3"),
], "print", FPD,
    [FPD, "City of Fallon", CCSO_NV],
    [CV],
    ["Clearview Mobile"],
    [C(2000, 2000, "year", "Price per seat:        $2,000.00 per year", FPD, CV, unit="per user"),
     C(6000, 6000, "year", "Renewal total:         $6,000.00", FPD, CV),
     C(1500, 1500, "year", "your 2024 rate was $1,500 per seat", FPD, CV, unit="per user"),
     C(4500, 4500, "year", "We paid $4,500 for the three seats last year", FPD, CV),
     C(5000, 5000, "year", "my budget line for Clearview this fiscal year is $5,000", FPD, CV),
     C(1650, 1650, "year", "keep all 3 seats at $1,650 per seat", FPD, CV, unit="per user"),
     C(4950, 4950, "year", "$4,950 for the 12-month term", FPD, CV)],
    [N(3, "exact", "licenses", None, "FPD-2217, 3 investigator seats", FPD, CV),
     N(212, "exact", "searches", "year", "our three accounts ran 212 searches in calendar 2024", FPD, CV),
     N(50000000000, "more than", "images", None, "over 50 billion facial images", None, CV),
     N(4, "exact", "licenses", None, "has its own account (4 seats)", CCSO_NV, CV)],
    [P("under FPD Policy 345 every search must carry a case number", FPD, "requirement"),
     P("a Clearview result is an investigative lead only, never probable cause for an arrest by itself.", FPD,
       "disclaimer")],
    [E("Dana Pruitt", "Lucas Brandt", "Mon, Jan 13, 2025 at 10:02 AM", SUBJ1),
     E("Lucas Brandt", "Dana Pruitt", "Wed, Jan 15, 2025 at 8:47 AM", SUBJ1),
     E("Dana Pruitt", "Lucas Brandt", "Tue, Jan 21, 2025 at 3:36 PM", SUBJ1),
     E("Lucas Brandt", "Dana Pruitt", "Wed, Jan 22, 2025 at 9:15 AM", SUBJ1)],
    ["2025-01-22", "2025-01-13", "2025-02-28", "2025-03-01", "2026-02-28", "2024", "2025-01-15",
     "2025-01-21"],
    scan="print")


# ---------------------------------------------------------------- 2 Kansas: Emporia PD (vendor quote)
EPD = "Emporia Police Department"
DWP = "DataWorks Plus"
doc("02_emporia-pd-dataworks-face-plus-quote.txt", [
    (None, """\
DATAWORKS PLUS, LLC
728 N. Pleasantburg Drive, Greenville, SC 29607
Tel. (864) 555-0119 | www.dataworksplus.com

                                                          QUOTATION
Quote No.:    DWP-Q25-04471                      Date: 03/18/2025
Prepared by:  Travis Keene, Regional Sales       Valid until: 06/16/2025
Customer No.: KS-EMP-0092                        Revision: 2

Prepared for:
Emporia Police Department
Attn: Capt. Rhonda Mireles, Investigations
518 Mechanic Street
Emporia, KS 66801

Project: FACE Plus hosted facial recognition - Emporia PD

Item  Description                           Qty  Unit Price     Extended
----  ------------------------------------  ---  ----------  -----------
1     FACE Plus Investigator, hosted,         4    3,150.00    12,600.00
      named-user license, annual
      subscription
2     ROC SDK matching engine license         1    2,400.00     2,400.00
      (Rank One Computing), annual
3     Booking photo conversion and load,      -           -     3,800.00
      Emporia PD / Lyon County Jail
      archive (approx. 62,000 images),
      one-time
4     Examiner and administrator training     -           -     1,750.00
      (4 seats), remote, one-time
5     Livescan fingerprint station,           1   18,950.00    18,950.00
      cabinet model, with palm scanner
6     Freight, livescan station               1      425.00       425.00
                                                             -----------
                                            Subtotal           39,925.00
                           Kansas sales tax (exempt)                0.00
                                            TOTAL              39,925.00

Term: Items 1 and 2 are a 12-month subscription from the go-live date
and renew annually; renewal increases are capped at 5% per year.""",
     "DWP-Q25-04471  Page 1 of 2"),
    (None, """\
Notes
a. Item 1 reflects the Kansas cooperative discount. List price for
   the same license is $3,600 per user per year.
b. The gallery will be built from booking photographs supplied by
   the Customer. No Kansas driver license images are included.
c. Items 5 and 6 (livescan) may be ordered separately on their own
   purchase order.

Terms and Conditions
1. Payment: Net 30 from invoice. A late charge of 1.5% per month
   applies to past-due balances.
2. Taxes: Customer to furnish its Kansas exemption certificate
   (K.S.A. 79-3606(b)) with the order.
3. Use: Customer shall use FACE Plus only for law enforcement and
   criminal justice purposes.
4. Results: A FACE Plus candidate list is an investigative lead and
   is not a positive identification of any person.
5. Pricing in this quotation is DataWorks Plus confidential
   information.

Accepted for Customer:

______________________________   Date: ____________

PO No.: _______________________

Questions: Travis Keene, tkeene@dataworksplus.com, (864) 555-0127""",
     "DWP-Q25-04471  Page 2 of 2"),
], "pdf", EPD,
    [EPD, "Lyon County Jail"],
    [DWP, "Rank One Computing"],
    ["FACE Plus", "ROC SDK"],
    [C(12600, 12600, "year", "1     FACE Plus Investigator, hosted,         4    3,150.00    12,600.00",
       EPD, DWP, "FACE Plus"),
     C(3150, 3150, "year", "1     FACE Plus Investigator, hosted,         4    3,150.00",
       EPD, DWP, "FACE Plus", unit="per user"),
     C(2400, 2400, "year", "2     ROC SDK matching engine license         1    2,400.00     2,400.00",
       EPD, DWP, "ROC SDK"),
     C(3800, 3800, "one-time", "3     Booking photo conversion and load,      -           -     3,800.00",
       EPD, DWP, "FACE Plus"),
     C(1750, 1750, "one-time", "4     Examiner and administrator training     -           -     1,750.00",
       EPD, DWP, "FACE Plus")],
    [N(4, "exact", "licenses", None, "1     FACE Plus Investigator, hosted,         4", EPD, DWP),
     N(62000, "approximately", "images", None, "approx. 62,000 images", EPD, DWP)],
    [P("Customer shall use FACE Plus only for law enforcement and criminal justice purposes.", EPD,
       "requirement"),
     P("A FACE Plus candidate list is an investigative lead and is not a positive identification of any person.",
       EPD, "disclaimer")],
    [],
    ["2025-03-18", "2025-06-16"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Oregon: Josephine County SO (board report)
JCSO = "Josephine County Sheriff's Office"
GPPD = "Grants Pass Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("03_josephine-county-so-facesearch-board-staff-report.txt", [
    (None, """\
JOSEPHINE COUNTY BOARD OF COMMISSIONERS
AGENDA ITEM SUMMARY AND STAFF REPORT

Meeting:        Weekly Business Session, Wednesday, August 16, 2023
Agenda item:    8.C (Consent Calendar)
Department:     Sheriff's Office
Presenter:      Lt. Marisa Okonkwo, Criminal Investigations Unit
Contact:        (541) 555-0140
Legal review:   County Counsel, reviewed 07/28/2023
Attachments:    A - Motorola Solutions quote Q-1187324
                B - Draft Sheriff's Office Policy 424

SUBJECT
Approve a three-year agreement with Motorola Solutions, Inc. for
Vigilant FaceSearch facial recognition and LEARN license plate
recognition data services.

BACKGROUND
The Sheriff's Office Criminal Investigations Unit tested Vigilant
FaceSearch, Motorola Solutions' investigative facial recognition
service, during a no-cost trial from April 3 to June 30, 2023.
Detectives ran 41 searches during the trial, and 6 produced
investigative leads that were later corroborated. FaceSearch compares
a probe image with booking photographs contributed by participating
agencies; Motorola reports that the shared gallery holds more than
15 million booking photographs. The Sheriff's Office would add its
own booking archive of about 48,000 photographs from the County jail.

The same agreement renews the Office's access to LEARN, Motorola's
license plate recognition data service, which the Office has used
since 2019 under a separate annual order.

DISCUSSION
The agreement provides 8 FaceSearch user licenses. Two of the
licenses will be assigned to detectives of the Grants Pass Police
Department, which will reimburse the County $4,000 per year toward
the cost of FaceSearch.""", "BCC 08/16/2023 - Item 8.C - Page 1 of 2"),
    (None, """\
Use of FaceSearch will be governed by current Sheriff's Office Policy
602, Investigative Technology, which requires that every search be
linked to an open case number and that a possible match be treated as
an investigative lead only. ORS 181A.250 also bars the Office from
using FaceSearch to collect or maintain information about the
political, religious or social views of any person unless the
information directly relates to a criminal investigation. Draft
Policy 424 (Attachment B) would add a quarterly audit of search logs;
it has not been adopted and is not part of this action. No County
policy currently limits which outside agencies may receive FaceSearch
results.

ALTERNATIVES
1. Approve the agreement as presented.
2. Approve LEARN only and decline FaceSearch.
3. Decline both; LEARN access would lapse on September 30, 2023.

FISCAL IMPACT
Annual cost, per the Motorola quote (Attachment A):
   Vigilant FaceSearch, 8 users ($1,145 per user)        $9,160
   LEARN LPR data service, agency license               $10,460
   Annual total                                         $19,620
   Three-year agreement total                           $58,860

Of the three-year total, $27,480 is for FaceSearch. Funds are in the
Sheriff's Office FY 2023-24 budget, Fund 100, Org 2110, Object 5230
(Software Subscriptions), which has $24,500 available. No General
Fund increase is requested.

RECOMMENDED MOTION
"I move to approve the three-year agreement with Motorola Solutions,
Inc. for Vigilant FaceSearch and LEARN data services in an amount not
to exceed $58,860, and to authorize the Sheriff to sign the agreement
and any renewals within the approved amount."

Submitted by: Lt. Marisa Okonkwo      Approved: Sheriff's Office Admin.""",
     "BCC 08/16/2023 - Item 8.C - Page 2 of 2"),
], "pdf", JCSO,
    [JCSO, "Josephine County Board of Commissioners", GPPD],
    [MSI],
    [VFS, "LEARN"],
    [C(9160, 9160, "year", "Vigilant FaceSearch, 8 users ($1,145 per user)        $9,160", JCSO, MSI, VFS),
     C(1145, 1145, "year", "8 users ($1,145 per user)", JCSO, MSI, VFS, unit="per user"),
     C(27480, 27480, None, "$27,480 is for FaceSearch", JCSO, MSI, VFS),
     C(4000, 4000, "year", "reimburse the County $4,000 per year toward the cost of FaceSearch", GPPD, None, VFS)],
    [N(41, "exact", "searches", None, "Detectives ran 41 searches during the trial", JCSO, MSI),
     N(6, "exact", "leads", None, "6 produced investigative leads", JCSO, MSI),
     N(15000000, "more than", "images", None, "the shared gallery holds more than 15 million booking photographs",
       None, MSI),
     N(48000, "approximately", "images", None, "booking archive of about 48,000 photographs", JCSO, MSI),
     N(8, "exact", "licenses", None, "The agreement provides 8 FaceSearch user licenses.", JCSO, MSI),
     N(2, "exact", "licenses", None, "Two of the licenses will be assigned to detectives of the Grants Pass Police "
       "Department", GPPD, MSI)],
    [P("which requires that every search be linked to an open case number", JCSO, "requirement"),
     P("that a possible match be treated as an investigative lead only.", JCSO, "disclaimer"),
     P("ORS 181A.250 also bars the Office from using FaceSearch to collect or maintain information about the "
       "political, religious or social views of any person unless the information directly relates to a "
       "criminal investigation.", JCSO, "prohibition")],
    [],
    ["2023-08-16", "2023-07-28", "2023-04-03", "2023-06-30", "2019", "2023-09-30"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Alabama: Cullman County SO (policy)
CUSO = "Cullman County Sheriff's Office"
VER = "Veritone"
doc("04_cullman-county-so-facial-recognition-policy.txt", [
    (None, """\
CULLMAN COUNTY SHERIFF'S OFFICE
POLICY AND PROCEDURE MANUAL

Policy No.:     5.14
Title:          Facial Recognition Technology
Effective:      January 2, 2024
Revised:        June 10, 2024 (Sections 7 and 11)
Approved by:    Sheriff D. R. Holcomb
Applies to:     All sworn personnel

1. PURPOSE
1.1 This policy sets rules for the use of facial recognition
    technology by members of the Cullman County Sheriff's Office.
1.2 The Office uses facial recognition only to develop investigative
    leads in criminal investigations, to identify deceased persons,
    and to help identify persons who cannot identify themselves.

2. SYSTEM
2.1 The Office subscribes to Veritone IDentify, which compares a
    probe image with booking photographs taken at the Cullman County
    Detention Center. The gallery held about 71,000 booking
    photographs on the effective date of this policy.
2.2 The Office holds six (6) Veritone IDentify user licenses.
2.3 The Office does not use any service that searches images
    collected from social media or the public internet.

3. DEFINITIONS
3.1 Probe image: the image of an unknown person submitted for a
    search.
3.2 Candidate list: the ranked list of booking photographs that the
    system returns for a probe image.
3.3 Examiner: a member trained and authorized under Section 4.

4. AUTHORIZED USERS AND TRAINING
4.1 Only members designated in writing by the Investigations
    Division Commander may hold a facial recognition account.
4.2 Before receiving an account, a member must complete the vendor's
    examiner course and the Office's four-hour course on the limits
    of facial recognition.""", "CCSO Policy 5.14 - Facial Recognition Technology - Page 1 of 3"),
    (None, """\
4.3 Accounts shall be reviewed each January, and an account not used
    in the previous twelve months shall be closed.

5. AUTHORIZED USES
5.1 Facial recognition may be used only to (a) develop investigative
    leads in an open criminal investigation that has a case number;
    (b) identify a deceased person; or (c) identify a person who is
    unable to identify himself or herself because of injury, illness
    or mental condition.
5.2 Members may run a search at the request of another law
    enforcement agency only with a supervisor's approval and the
    requesting agency's case number.

6. PROHIBITED USES
6.1 Members shall not use facial recognition to identify a person
    solely because he or she is taking part in a lawful assembly,
    protest or religious gathering.
6.2 Members shall not use facial recognition for live or real-time
    surveillance of any place or person.
6.3 Members may not submit probe images to any facial recognition
    service that the Office has not approved, including free trials.

7. PROCEDURE
7.1 Each search shall be entered in the search log with the case
    number, offense, source of the probe image and examiner's name.
7.2 A second examiner must review any candidate before it is
    reported to the case agent as a lead.

8. USE OF RESULTS
8.1 A candidate returned by facial recognition is an investigative
    lead only and shall not by itself establish probable cause for an
    arrest, a search warrant or a criminal charge.
8.2 The use of facial recognition in an investigation shall be
    disclosed in the case report.""",
     "CCSO Policy 5.14 - Facial Recognition Technology - Page 2 of 3"),
    (None, """\
9. OUTSIDE SYSTEMS
9.1 Requests to the Alabama Law Enforcement Agency (ALEA) for a
    search of driver license photographs shall be made through the
    Investigations Division Commander.

10. RECORDS AND AUDIT
10.1 Search logs are kept for three years. The Investigations
     Division Commander shall audit at least 10 percent of searches
     each quarter and report the results to the Chief Deputy.
10.2 Requests for records under Code of Alabama 1975, Section
     36-12-40, are handled under Policy 2.06, Public Records.

11. DISCIPLINE
11.1 A member who violates this policy is subject to disciplinary
     action up to and including termination of employment.
11.2 A member's facial recognition account shall be suspended while
     an alleged violation is investigated.
11.3 Use of the system for a personal or non-law-enforcement purpose
     may also be referred to the District Attorney for criminal
     prosecution.

12. PENDING REVISION
A proposal to allow searches of still images taken from the Office's
body-worn camera recordings is under review by the Sheriff. It has
not been approved and is not part of this policy.

Revision history:
Rev. 0  01/02/2024  Issued.
Rev. 1  06/10/2024  Section 7.2 added (second examiner review);
                    Section 11.2 added (account suspension).

By order of the Sheriff.""", "CCSO Policy 5.14 - Facial Recognition Technology - Page 3 of 3"),
], "pdf", CUSO,
    [CUSO, "Cullman County Detention Center", "Alabama Law Enforcement Agency"],
    [VER],
    ["Veritone IDentify"],
    [],
    [N(71000, "approximately", "images", None, "The gallery held about 71,000 booking photographs", CUSO, VER),
     N(6, "exact", "licenses", None, "The Office holds six (6) Veritone IDentify user licenses.", CUSO, VER)],
    [P("The Office uses facial recognition only to develop investigative leads in criminal investigations, to "
       "identify deceased persons, and to help identify persons who cannot identify themselves.", CUSO, "purpose"),
     P("Only members designated in writing by the Investigations Division Commander may hold a facial "
       "recognition account.", CUSO, "permission"),
     P("Before receiving an account, a member must complete the vendor's examiner course and the Office's "
       "four-hour course on the limits of facial recognition.", CUSO, "requirement"),
     P("Accounts shall be reviewed each January, and an account not used in the previous twelve months shall be "
       "closed.", CUSO, "requirement"),
     P("Facial recognition may be used only to (a) develop investigative leads in an open criminal investigation "
       "that has a case number; (b) identify a deceased person; or (c) identify a person who is unable to "
       "identify himself or herself because of injury, illness or mental condition.", CUSO, "purpose"),
     P("Members may run a search at the request of another law enforcement agency only with a supervisor's "
       "approval and the requesting agency's case number.", CUSO, "permission"),
     P("Members shall not use facial recognition to identify a person solely because he or she is taking part "
       "in a lawful assembly, protest or religious gathering.", CUSO, "prohibition"),
     P("Members shall not use facial recognition for live or real-time surveillance of any place or person.",
       CUSO, "prohibition"),
     P("Members may not submit probe images to any facial recognition service that the Office has not approved, "
       "including free trials.", CUSO, "prohibition"),
     P("Each search shall be entered in the search log with the case number, offense, source of the probe image "
       "and examiner's name.", CUSO, "requirement"),
     P("A second examiner must review any candidate before it is reported to the case agent as a lead.", CUSO,
       "requirement"),
     P("A candidate returned by facial recognition is an investigative lead only and shall not by itself "
       "establish probable cause for an arrest, a search warrant or a criminal charge.", CUSO, "disclaimer"),
     P("The use of facial recognition in an investigation shall be disclosed in the case report.", CUSO,
       "requirement"),
     P("Requests to the Alabama Law Enforcement Agency (ALEA) for a search of driver license photographs shall "
       "be made through the Investigations Division Commander.", CUSO, "requirement"),
     P("Search logs are kept for three years.", CUSO, "requirement"),
     P("The Investigations Division Commander shall audit at least 10 percent of searches each quarter and "
       "report the results to the Chief Deputy.", CUSO, "requirement"),
     P("A member who violates this policy is subject to disciplinary action up to and including termination of "
       "employment.", CUSO, "consequence"),
     P("A member's facial recognition account shall be suspended while an alleged violation is investigated.",
       CUSO, "consequence"),
     P("Use of the system for a personal or non-law-enforcement purpose may also be referred to the District "
       "Attorney for criminal prosecution.", CUSO, "consequence")],
    [],
    ["2024-01-02", "2024-06-10"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Louisiana: Tangipahoa Parish SO (statistics)
TPSO = "Tangipahoa Parish Sheriff's Office"
COG = "Cognitec Systems"
MONTHS = [("January", 38, 12), ("February", 31, 9), ("March", 44, 15), ("April", 40, 13), ("May", 36, 11),
          ("June", 29, 8), ("July", 47, 17), ("August", 52, 19), ("September", 41, 12), ("October", 39, 14),
          ("November", 33, 10), ("December", 45, 16)]
TOT_S = sum(m[1] for m in MONTHS)
TOT_M = sum(m[2] for m in MONTHS)
assert (TOT_S, TOT_M) == (475, 156)


def _row(name, s, m):
    return f"{name:<12}{s:>9}{m:>12}{100 * m / s:>11.1f}%"


TABLE5 = "\n".join(_row(*m) for m in MONTHS)
doc("05_tangipahoa-parish-so-fr-2024-annual-statistics.txt", [
    (None, """\
TANGIPAHOA PARISH SHERIFF'S OFFICE
Criminal Investigations Division - Crime Analysis Section
15475 Club Deluxe Road, Hammond, Louisiana 70403 | (985) 555-0171

FACIAL RECOGNITION PROGRAM
ANNUAL STATISTICS - CALENDAR YEAR 2024

Prepared by:   Corinne Thibodeaux, Crime Analyst
Date:          January 17, 2025
Distribution:  Sheriff; Chief Deputy; CID Commander

Table 1. FaceVACS-DBScan LE searches and possible matches by month

Month        Searches    Possible      Match
                          matches       rate
----------   --------   ---------   --------
""" + TABLE5 + f"""
----------   --------   ---------   --------
{"Total":<12}{TOT_S:>9}{TOT_M:>12}{100 * TOT_M / TOT_S:>11.1f}%

Source: FaceVACS-DBScan LE audit log, exported 01/06/2025. A search
is one probe image submitted; a possible match is a search whose
candidate list an examiner forwarded to the case detective.""",
     "TPSO CID - FR Annual Statistics 2024 - 1"),
    (None, """\
Narrative

Searches rose to 475 in 2024 from 391 in 2023, an increase of 21.5%,
mostly because of the property-crime task force formed in July. Of
the 156 possible matches, case detectives confirmed 58
identifications through other evidence; the other candidates were
excluded or not pursued. Outside agencies requested 63 of the 2024
searches, chiefly the Ponchatoula Police Department and the Amite
City Police Department; those searches are included in Table 1.

At year end the gallery held 184,530 booking photographs taken at
the Tangipahoa Parish Jail since 2006. Nine analysts and detectives
hold FaceVACS accounts. The Cognitec license and maintenance renewal
for 2024 cost $11,400 and was paid from the Sheriff's general fund.
The two booking-station cameras replaced in March ($2,150) were
bought for the jail and are not part of the program.

Under TPSO General Order 300.12, a possible match is an investigative
lead only and is not probable cause for an arrest. The order also
requires that every search be logged with an item or case number.

Records of individual searches are exempt from public disclosure
while investigations are open (La. R.S. 44:3). Questions: Corinne
Thibodeaux, (985) 555-0178.""", "TPSO CID - FR Annual Statistics 2024 - 2"),
], "pdf", TPSO,
    [TPSO, "Ponchatoula Police Department", "Amite City Police Department", "Tangipahoa Parish Jail"],
    [COG],
    ["FaceVACS-DBScan LE"],
    [C(11400, 11400, "year", "The Cognitec license and maintenance renewal for 2024 cost $11,400", TPSO, COG,
       "FaceVACS-DBScan LE")],
    [N(s, "exact", "searches", "month", f"{name:<12}{s:>9}", TPSO, COG) for name, s, _ in MONTHS]
    + [N(475, "exact", "searches", "year", f"{'Total':<12}{TOT_S:>9}", TPSO, COG),
       N(156, "exact", "matches", "year", f"{'Total':<12}{TOT_S:>9}{TOT_M:>12}", TPSO, COG),
       N(391, "exact", "searches", "year", "from 391 in 2023", TPSO, COG),
       N(58, "exact", "identifications", None, "case detectives confirmed 58 identifications", TPSO, COG),
       N(63, "exact", "requests", None, "Outside agencies requested 63 of the 2024 searches", TPSO, COG),
       N(184530, "exact", "images", None, "the gallery held 184,530 booking photographs", TPSO, COG),
       N(9, "exact", "users", None, "Nine analysts and detectives hold FaceVACS accounts.", TPSO, COG)],
    [P("Under TPSO General Order 300.12, a possible match is an investigative lead only and is not probable cause "
       "for an arrest.", TPSO, "disclaimer"),
     P("The order also requires that every search be logged with an item or case number.", TPSO, "requirement")],
    [],
    ["2024", "2025-01-17", "2025-01-06", "2023", "2006"],
    scan="pdf")


# ---------------------------------------------------------------- 6 New Hampshire: Goffstown PD (grants email)
GPD = "Goffstown Police Department"
BC = "BriefCam"
BCP = "BriefCam Protect"
SUBJ6 = "JAG FY24 budget worksheet - BriefCam video analytics"
doc("06_goffstown-pd-jag-briefcam-budget-worksheet-email.txt", [
    ("Owen Farrell", """\
From:           Meredith Lavoie <mlavoie@goffstownnh.gov>
Sent:           Thursday, March 7, 2024 2:14 PM
To:             Owen Farrell
Cc:             Daniel Arsenault
Subject:        FW: JAG FY24 budget worksheet - BriefCam video analytics
Attachments:    GPD_JAG_FY24_Budget_Worksheet_v3.xlsx

Owen,

Forwarding Finance's worksheet for the JAG application (pasted below
so you can read it on your phone). A few notes before it goes to the
NH Department of Justice Grants Management Unit, due Friday, March 22:

- NH DOJ will not fund body-worn cameras this round, so the eight
  Axon cameras are on the Town side of the worksheet.
- RSA 105-D:2, XII does not allow facial recognition to be run on
  body-worn camera recordings, so keep the Axon lines out of the
  BriefCam description.
- The Chief wants the narrative to state his rule from the February
  memo: every face search needs a captain's approval in writing.
- The JAG request is $26,800 for the BriefCam lines; the Town share
  is the rest. The cap for a town our size is $30,000.

Meredith Lavoie
Grants Coordinator, Town of Goffstown
16 Main Street, Goffstown, NH 03045 | (603) 555-0117

-----Original Message-----
From: Daniel Arsenault <darsenault@goffstownnh.gov>
Sent: Wednesday, March 6, 2024 4:52 PM
To: Meredith Lavoie <mlavoie@goffstownnh.gov>
Subject: JAG FY24 budget worksheet - BriefCam video analytics

Meredith - v3 attached with BriefCam's updated quote (3 named users
instead of 4). Pasted below for reference.

Dan Arsenault, Finance Director, (603) 555-0121""", "Page 1"),
    ("Owen Farrell", """\
GPD_JAG_FY24_Budget_Worksheet_v3.xlsx - sheet "Budget"

Row  Line item                             Qty  Unit cost      Total  Fund
---  ------------------------------------  ---  ---------  ---------  ----
  1  CONTRACTUAL
  2  BriefCam Protect SaaS subscription,     3   7,800.00  23,400.00  JAG
     incl. Face Recognition module,
     12 months, named users
  3  BriefCam certified operator course                     3,400.00  JAG
     (virtual, 3 seats)
  4  EQUIPMENT
  5  Axon Body 4 camera                      8     949.00   7,592.00  Town
  6  Axon Evidence.com storage, 12 months                   4,320.00  Town
  7  Dispatch video wall monitor, 55 in      2     612.50   1,225.00  Town
  8  TOTALS
  9  Total project cost                                    39,937.00
 10  JAG request                                           26,800.00
 11  Town share (acct 01-4210-740)                         13,137.00

Notes: BriefCam will analyze recorded video from the Town's 27 fixed
cameras and video submitted in investigations. Axon lines are funded
from the Police capital reserve.""", "Page 2"),
], "print", GPD,
    [GPD, "Town of Goffstown", "New Hampshire Department of Justice"],
    [BC, "Axon"],
    [BCP, "Axon Body 4", "Evidence.com"],
    [C(26800, 26800, None, "The JAG request is $26,800 for the BriefCam lines", GPD, BC, BCP),
     C(23400, 23400, "year", "2  BriefCam Protect SaaS subscription,     3   7,800.00  23,400.00", GPD, BC, BCP),
     C(7800, 7800, "year", "2  BriefCam Protect SaaS subscription,     3   7,800.00", GPD, BC, BCP, unit="per user"),
     C(3400, 3400, None, "3  BriefCam certified operator course                     3,400.00", GPD, BC, BCP)],
    [N(3, "exact", "licenses", None, "3 named users instead of 4", GPD, BC)],
    [P("RSA 105-D:2, XII does not allow facial recognition to be run on body-worn camera recordings", GPD,
       "prohibition"),
     P("every face search needs a captain's approval in writing.", GPD, "requirement")],
    [E("Meredith Lavoie", "Owen Farrell", "Thursday, March 7, 2024 2:14 PM", "FW: " + SUBJ6),
     E("Daniel Arsenault", "Meredith Lavoie", "Wednesday, March 6, 2024 4:52 PM", SUBJ6)],
    ["2024-03-07", "2024-03-06"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
