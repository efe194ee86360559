"""Writes docs/*.txt and labels.json for holdout79 (six invented releases: NE, RI, NM, SC, AK, VT).
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
            assert text.count(f["quote"]) >= 1
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Nebraska: Dodge County SO
DCSO = "Dodge County Sheriff's Office"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("01_dodge-county-so-dataworks-invoice.txt", [
    (None, """\
DataWorks Plus, LLC                                              INVOICE
728 N. Pleasantburg Drive, Greenville, SC 29607  |  Tel. (864) 555-0120

Invoice No.:  DWP-24-07731                  Invoice Date:  07/08/2024
Customer No.: NE-0412                       Due Date:      08/07/2024
Customer PO:  DC-24-00391                   Terms:         Net 30

BILL TO                                     SHIP TO
Dodge County Sheriff's Office               Dodge County Sheriff's Office
Attn: Accounts Payable                      Attn: Lt. Darren Kolbeck
428 N. Broad Street                         428 N. Broad Street
Fremont, NE 68025                           Fremont, NE 68025

SERVICE PERIOD: 07/01/2024 - 06/30/2025

Ln  Description                             Qty   Unit Price      Amount
--  -------------------------------------  ----  -----------  ----------
1   FACE Plus hosted facial recognition,      6     1,475.00    8,850.00
    investigator seat, annual (per seat)
2   FACE Plus gallery onboarding, one-time    1     2,900.00    2,900.00
    (load of 58,316 booking photographs)
3   Evolution livescan fingerprint station    1     2,640.00    2,640.00
    annual maintenance - booking room
4   Seat tokens, shipping and handling                             38.50
                                                              ----------
                                             Subtotal          14,428.50
         Nebraska sales tax 7.0% - exempt (Form 13E on file)        0.00
                                             TOTAL DUE         14,428.50

Notes: Seats are named-user licenses. A seat may not be shared between
users; each user must complete FACE Plus investigator training before
the account is activated. Line 3 is billed under the Evolution
maintenance schedule and is not part of the FACE Plus service.

REMIT TO:  DataWorks Plus, LLC
           P.O. Box 2317, Greenville, SC 29602-2317 | ar@dataworksplus.com
- - - - - - - - - - - - detach and return with payment - - - - - - - - -
PAYMENT STUB
Customer: Dodge County Sheriff's Office     Customer No.: NE-0412
Invoice No.: DWP-24-07731                   Invoice Date: 07/08/2024
Amount Due: $14,428.50                      Due Date: 08/07/2024
Amount Enclosed: $______________            Check No.: __________""", "DCSO-PRR-25-011  0002"),
], "pdf", DCSO,
    [DCSO],
    [DWP],
    [FP, "Evolution"],
    [C(8850, 8850, "year", "1   FACE Plus hosted facial recognition,      6     1,475.00    8,850.00", DCSO, DWP, FP),
     C(1475, 1475, "year", "1   FACE Plus hosted facial recognition,      6     1,475.00", DCSO, DWP, FP,
       unit="per user"),
     C(2900, 2900, "one-time", "2   FACE Plus gallery onboarding, one-time    1     2,900.00    2,900.00",
       DCSO, DWP, FP)],
    [N(6, "exact", "licenses", None, "FACE Plus hosted facial recognition,      6", DCSO, DWP),
     N(58316, "exact", "images", None, "load of 58,316 booking photographs", DCSO, DWP)],
    [P("A seat may not be shared between users", DCSO, "prohibition"),
     P("each user must complete FACE Plus investigator training before the account is activated.", DCSO,
       "requirement")],
    [],
    ["2024-07-08", "2024-08-07", "2024-07-01", "2025-06-30"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Rhode Island: Coventry PD
CPD = "Coventry Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
SUBJ2 = "FaceSearch renewal - price list for Coventry PD"
doc("02_coventry-pd-facesearch-renewal-outlook.txt", [
    ("Almeida, Kevin", """\
From:       Ferreira, Dana
Sent:       Thursday, March 6, 2025 2:51 PM
To:         Almeida, Kevin
Cc:         Pelletier, Roger
Subject:    RE: FaceSearch renewal - price list for Coventry PD

Lieutenant,

Answers inline below, marked [DF]. Short version: renew 6 seats, not 8,
and skip the mobile add-on.

Dana

Sgt. Dana Ferreira | Detective Bureau
Coventry Police Department | 1075 Main Street, Coventry, RI 02816
Office 401-555-0162

From: Almeida, Kevin
Sent: Thursday, March 6, 2025 9:12 AM
To: Ferreira, Dana
Subject: RE: FaceSearch renewal - price list for Coventry PD

Dana,

Motorola sent the renewal price list (pasted below). Before I take it
to the Chief and Finance, a few questions:

1. I have us at 8 seats (five detectives, two patrol sergeants and
   you). At their price that is 8 x $1,150 = $9,200 for the year.

   [DF] Correction: we have 6 seats, not 8. The two patrol sergeant
   seats were shut off last October and nobody asked for them back.
   So it is 6 x $1,150 = $6,900 for the year.

2. What did we pay last year?

   [DF] Last year the Department paid $8,640 for 8 seats ($1,080 a
   seat) on PO 24-0217, before the sergeant seats were shut off.""",
     "CPD APRA 25-044                                      Page 1 of 2"),
    ("Almeida, Kevin", """\
3. Do we want the FaceSearch Mobile add-on?

   [DF] No. General Order 411 prohibits running FaceSearch from a
   personal phone, and our department phones are not enrolled yet.
   GO 411 also requires a case number on every search, so the audit
   log already shows who ran what.

Thanks,
Kevin

Lt. Kevin Almeida | Detective Bureau Commander | 401-555-0150

> From: Tavares, Nicole <nicole.tavares@motorolasolutions.com>
> Sent: Wednesday, March 5, 2025 4:37 PM
> To: Almeida, Kevin <kalmeida@coventrypd.org>
> Subject: FaceSearch renewal - price list for Coventry PD
>
> Good afternoon Lieutenant,
>
> As discussed, here is our 2025-2026 public safety price list for the
> Coventry Police Department. Your current term ends April 30.
>
> Item                                    Term         Price
> Vigilant FaceSearch, named user         12 months    $1,150.00 per user
> FaceSearch Mobile add-on                12 months      $240.00 per user
> FaceSearch refresher training, remote   one-time       $750.00
> LEARN LPR commercial data access        12 months    $3,900.00 per agency
>
> FaceSearch includes searches of your agency's own gallery plus the
> shared gallery of more than 18 million booking photos contributed by
> participating agencies. Prices are valid for 60 days and exclude any
> applicable taxes.
>
> Best regards,
> Nicole Tavares
> Account Manager, Public Safety Software | Motorola Solutions
> 401-555-0198""", "CPD APRA 25-044                                      Page 2 of 2"),
], "print", CPD,
    [CPD],
    [MSI, "Vigilant Solutions"],
    [VFS, "FaceSearch Mobile", "LEARN"],
    [C(6900, 6900, "year", "So it is 6 x $1,150 = $6,900 for the year", CPD, MSI, VFS),
     C(8640, 8640, "year", "Last year the Department paid $8,640 for 8 seats", CPD, MSI, VFS),
     C(1080, 1080, "year", "($1,080 a seat)", CPD, MSI, VFS, unit="per user"),
     C(1150, 1150, "year", "Vigilant FaceSearch, named user         12 months    $1,150.00 per user", CPD, MSI,
       VFS, unit="per user"),
     C(240, 240, "year", "FaceSearch Mobile add-on                12 months      $240.00 per user", CPD, MSI,
       "FaceSearch Mobile", unit="per user"),
     C(750, 750, "one-time", "FaceSearch refresher training, remote   one-time       $750.00", CPD, MSI, VFS)],
    [N(6, "exact", "licenses", None, "renew 6 seats, not 8", CPD, MSI),
     N(8, "exact", "licenses", None, "paid $8,640 for 8 seats", CPD, MSI),
     N(18000000, "more than", "images", None, "more than 18 million booking photos", None, MSI)],
    [P("General Order 411 prohibits running FaceSearch from a personal phone", CPD, "prohibition"),
     P("GO 411 also requires a case number on every search", CPD, "requirement")],
    [E("Ferreira, Dana", "Almeida, Kevin", "Thursday, March 6, 2025 2:51 PM", "RE: " + SUBJ2),
     E("Almeida, Kevin", "Ferreira, Dana", "Thursday, March 6, 2025 9:12 AM", "RE: " + SUBJ2),
     E("Tavares, Nicole", "Almeida, Kevin", "Wednesday, March 5, 2025 4:37 PM", SUBJ2)],
    ["2025-03-06", "2025-03-05"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 New Mexico: McKinley County SO
MCSO = "McKinley County Sheriff's Office"
MCBC = "McKinley County Board of Commissioners"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("03_mckinley-county-commission-minutes-neoface.txt", [
    (None, """\
McKINLEY COUNTY BOARD OF COMMISSIONERS
REGULAR MEETING - MINUTES
Tuesday, August 20, 2024, 9:00 a.m.
Commission Chambers, McKinley County Courthouse
207 West Hill Avenue, Gallup, New Mexico

PRESENT:  Chair Renee Tsosie; Vice Chair Albert Montoya;
          Commissioner Gilbert Yazzie
ALSO PRESENT:  County Manager Loretta Chee; County Attorney Frank
          Ortega; Sheriff Raymond Begay; Undersheriff Carla Lente;
          Deputy Clerk Denise Harvey (recording)

1. CALL TO ORDER, PLEDGE AND ROLL CALL
Chair Tsosie called the meeting to order at 9:02 a.m. All three
commissioners were present and a quorum was established.

2. APPROVAL OF AGENDA
Motion: Vice Chair Montoya. Second: Commissioner Yazzie. Carried 3-0.

3. CONSENT AGENDA
The following items were approved in one motion (Commissioner Yazzie,
second by Vice Chair Montoya, carried 3-0):
  a. Minutes of the August 6, 2024 regular meeting.
  b. Resolution No. AUG-24-061, budget adjustment moving $84,300 from
     Road Fund reserves to chip-seal materials for County Road 19.
  c. Amendment No. 2 to the detention center food services agreement,
     increasing the annual amount by $38,600.
  d. Lease-purchase of one motor grader for the Road Department,
     $212,750 over five years.
  e. Indigent claims for July 2024 in the amount of $19,412.88.
  f. Acceptance of a $25,000 State Fire Fund allotment for volunteer
     fire apparatus.

4. PUBLIC COMMENT
Ms. Anita Shorty asked how long photographs would be kept if the
Sheriff's item is approved. Mr. Dwayne Kerley spoke in support of it.""",
     "Minutes 08/20/2024 - Page 1 of 2"),
    (None, """\
5. NEW BUSINESS
5.1 Sheriff's Office - Agreement with NEC Corporation of America for
    facial recognition software (NeoFace Reveal)
Sheriff Begay presented the request. The agreement would license NEC
NeoFace Reveal for a three-year term, September 1, 2024 through
August 31, 2027, at a cost not to exceed $148,000. Year one includes a
one-time implementation and data-migration fee of $22,000, and the
annual license and support fee is $42,000 per year. The software would
search about 118,000 booking photographs from the McKinley County
Adult Detention Center, and 10 licenses would be assigned to
investigators. The Sheriff said that in 2023 investigators sent 46
photographs to other agencies for facial comparison and waited an
average of nine days for results. Under Sheriff's Office Policy 6.14,
adopted in June 2024, a search may be run only for an active criminal
investigation with a case number, and a possible match is an
investigative lead only and is not probable cause for an arrest.
Funding: Law Enforcement Protection Fund, line 401-2110-5214.

Commissioner Yazzie asked whether the software could be used on live
camera feeds. The Sheriff said it could not under Policy 6.14, which
prohibits real-time or live video searches.

MOTION: Vice Chair Montoya moved to approve the agreement with NEC
Corporation of America in an amount not to exceed $148,000 for a
three-year term. SECOND: Chair Tsosie.

PROPOSED CONDITION: Commissioner Yazzie moved to amend the motion to
require a quarterly report to the Commission of searches and arrests,
and to limit the agreement to one year. Second: Chair Tsosie.
Roll call on the condition: Yazzie - Aye; Montoya - Nay; Tsosie - Nay.
The condition FAILED, 1-2.

Roll call on the main motion: Montoya - Aye; Tsosie - Aye;
Yazzie - Nay. The motion CARRIED, 2-1.

6. ADJOURNMENT
There being no further business, the meeting adjourned at 10:47 a.m.

Approved September 3, 2024     ______________________________
                               Renee Tsosie, Chair""", "Minutes 08/20/2024 - Page 2 of 2"),
], "pdf", MCSO,
    [MCBC, MCSO, "McKinley County Adult Detention Center"],
    [NEC],
    [NFR],
    [C(None, 148000, None, "at a cost not to exceed $148,000", MCSO, NEC, NFR),
     C(22000, 22000, "one-time", "one-time implementation and data-migration fee of $22,000", MCSO, NEC, NFR),
     C(42000, 42000, "year", "annual license and support fee is $42,000 per year", MCSO, NEC, NFR)],
    [N(118000, "approximately", "images", None, "about 118,000 booking photographs", MCSO, NEC),
     N(10, "exact", "licenses", None, "10 licenses would be assigned to investigators", MCSO, NEC),
     N(46, "exact", "requests", "year", "in 2023 investigators sent 46 photographs to other agencies for facial "
       "comparison", MCSO, None)],
    [P("a search may be run only for an active criminal investigation with a case number", MCSO, "permission"),
     P("a possible match is an investigative lead only and is not probable cause for an arrest.", MCSO,
       "disclaimer"),
     P("Policy 6.14, which prohibits real-time or live video searches.", MCSO, "prohibition")],
    [],
    ["2024-08-20", "2024-08-06", "2024-07", "2024-09-01", "2027-08-31", "2023", "2024-06", "2024-09-03"],
    scan="pdf")


# ---------------------------------------------------------------- 4 South Carolina: Sumter PD
SPD = "Sumter Police Department"
VT_ = "Veritone"
IDF = "Veritone IDentify"
doc("04_sumter-pd-general-order-facial-recognition.txt", [
    (None, """\
SUMTER POLICE DEPARTMENT
107 East Hampton Street, Sumter, South Carolina 29150

GENERAL ORDER 4.37                       FACIAL RECOGNITION TECHNOLOGY
Effective: January 15, 2025              Rescinds: Special Order 23-08
Review: Annual                           Pages: 4 (with Appendix A)

1. PURPOSE
1.1 This order sets procedures for the use of facial recognition
    technology (FRT) by members of the Sumter Police Department.
1.2 The Department uses Veritone IDentify solely to develop
    investigative leads in criminal investigations and to help
    identify missing, deceased or incapacitated persons.

2. DEFINITIONS
2.1 Facial recognition technology: software that compares a probe
    image with a gallery of known images and returns possible matches.
2.2 Probe image: the image of an unknown person submitted for search.
2.3 Gallery: the booking photographs held in the Department's records
    management system, about 212,000 images on the effective date of
    this order.
2.4 Possible match: a gallery image that the software ranks as similar
    to the probe image. A possible match is not an identification.
2.5 Authorized user: a member who holds an active IDentify account.

3. AUTHORIZED USERS
3.1 The number of members holding IDentify user accounts shall not
    exceed eight (8) at any one time.
3.2 Only members assigned to the Criminal Investigations Division or
    the Crime Analysis Unit who have completed the Department's
    eight-hour FRT course may be authorized users.
3.3 The Criminal Investigations Division Captain shall maintain the
    list of authorized users and shall disable an account within 48
    hours of a member's transfer or separation.""", "GO 4.37 - Page 1 of 4"),
    (None, """\
4. PROCEDURES
4.1 Each search shall be entered with a case or incident number and
    the offense under investigation.
4.2 A supervisor must approve a search before it is run, except when
    a person's life is in imminent danger.
4.3 Members shall not use FRT to identify a person based solely on
    participation in a lawful protest, religious service or other
    activity protected by the First Amendment.
4.4 Members shall not run searches on live or real-time video, or on
    images from body-worn cameras.
4.5 A possible match is an investigative lead only; it is not probable
    cause to arrest and shall not be the sole basis for a warrant.
4.6 Every possible match must be reviewed by a second authorized user
    before it is given to the case investigator.
4.7 An authorized user may submit a probe image to an outside law
    enforcement agency only with the written approval of the Criminal
    Investigations Division Captain.

5. RETENTION
5.1 Probe images, search logs and candidate lists shall be retained
    for three (3) years after the case is closed, consistent with the
    General Records Retention Schedules for local governments.
5.2 Candidate images that are not confirmed as leads shall not be
    saved to the case file.

6. AUDITS
6.1 The Office of Professional Standards shall audit at least ten
    percent (10%) of searches each quarter and report the results to
    the Chief of Police.
6.2 The Department shall publish the number of searches run each year
    in its annual report.""", "GO 4.37 - Page 2 of 4"),
    (None, """\
7. SANCTIONS
7.1 A member who violates this order is subject to discipline up to
    and including termination, and the member's IDentify account may
    be suspended or revoked.
7.2 Misuse of FRT that may violate state or federal law will be
    referred for criminal investigation.

8. PROPOSED REVISION (NOT ADOPTED)
8.1 [PROPOSED - under review by the City Attorney; not in effect]
    Section 3.1 would be amended to allow up to twelve (12) authorized
    users, and patrol sergeants would be permitted to run searches
    from Department-issued mobile devices.

BY ORDER OF:

______________________________
Marcus Oliphant, Chief of Police""", "GO 4.37 - Page 3 of 4"),
    (None, """\
APPENDIX A - FACIAL RECOGNITION SEARCH REQUEST (Form SPD-437)

Case / incident no.: ________________   Date/time: _________________

Requesting member: _________________   Badge no.: _________

Offense under investigation: ______________________________________

Source of probe image:  [ ] Surveillance video still
                        [ ] Social media or open source image
                        [ ] Booking photograph
                        [ ] Other: ______________________________

Imminent danger (Sec. 4.2)?   [ ] Yes   [ ] No

Supervisor approval: ________________________   Date: ______________

Search run by: _____________________   Second reviewer: ____________

Result:  [ ] No possible match
         [ ] Possible match forwarded to case investigator as a lead

Outside agency request (Sec. 4.7):  [ ] N/A   Agency: ______________
CID Captain approval: ______________________   Date: ______________

Form SPD-437 (01/2025)""", "GO 4.37 - Page 4 of 4"),
], "pdf", SPD,
    [SPD],
    [VT_],
    [IDF],
    [],
    [N(212000, "approximately", "images", None, "about 212,000 images", SPD, VT_),
     N(8, "up to", "users", None, "The number of members holding IDentify user accounts shall not exceed eight (8)",
       SPD, VT_)],
    [P("The Department uses Veritone IDentify solely to develop investigative leads in criminal investigations and "
       "to help identify missing, deceased or incapacitated persons.", SPD, "purpose"),
     P("The number of members holding IDentify user accounts shall not exceed eight (8) at any one time.", SPD,
       "prohibition"),
     P("Only members assigned to the Criminal Investigations Division or the Crime Analysis Unit who have completed "
       "the Department's eight-hour FRT course may be authorized users.", SPD, "permission"),
     P("The Criminal Investigations Division Captain shall maintain the list of authorized users and shall disable "
       "an account within 48 hours of a member's transfer or separation.", SPD, "requirement"),
     P("Each search shall be entered with a case or incident number and the offense under investigation.", SPD,
       "requirement"),
     P("A supervisor must approve a search before it is run, except when a person's life is in imminent danger.",
       SPD, "requirement"),
     P("Members shall not use FRT to identify a person based solely on participation in a lawful protest, religious "
       "service or other activity protected by the First Amendment.", SPD, "prohibition"),
     P("Members shall not run searches on live or real-time video, or on images from body-worn cameras.", SPD,
       "prohibition"),
     P("A possible match is an investigative lead only; it is not probable cause to arrest and shall not be the "
       "sole basis for a warrant.", SPD, "disclaimer"),
     P("Every possible match must be reviewed by a second authorized user before it is given to the case "
       "investigator.", SPD, "requirement"),
     P("An authorized user may submit a probe image to an outside law enforcement agency only with the written "
       "approval of the Criminal Investigations Division Captain.", SPD, "permission"),
     P("Probe images, search logs and candidate lists shall be retained for three (3) years after the case is "
       "closed", SPD, "requirement"),
     P("Candidate images that are not confirmed as leads shall not be saved to the case file.", SPD, "prohibition"),
     P("The Office of Professional Standards shall audit at least ten percent (10%) of searches each quarter and "
       "report the results to the Chief of Police.", SPD, "requirement"),
     P("The Department shall publish the number of searches run each year in its annual report.", SPD,
       "requirement"),
     P("A member who violates this order is subject to discipline up to and including termination, and the "
       "member's IDentify account may be suspended or revoked.", SPD, "consequence"),
     P("Misuse of FRT that may violate state or federal law will be referred for criminal investigation.", SPD,
       "consequence")],
    [],
    ["2025-01-15", "2025-01"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Alaska: Wasilla PD
WPD = "Wasilla Police Department"
COG = "Cognitec"
DBS = "FaceVACS-DBScan LE"
doc("05_wasilla-pd-facial-recognition-annual-report-2024.txt", [
    (None, """\
WASILLA POLICE DEPARTMENT
1800 East Parks Highway, Wasilla, Alaska 99654

FACIAL RECOGNITION PROGRAM - ANNUAL REPORT FOR 2024
Prepared for the Chief of Police and the Wasilla City Council
Report date: February 12, 2025           Prepared by: Lt. Erin Haakenson

1. Summary
The Department uses FaceVACS-DBScan LE, a facial recognition search
system from Cognitec Systems, to compare photographs from criminal
investigations with the Department's own arrest photographs. In 2024
members ran 181 searches, which returned 92 possible matches. Of
these, 51 were confirmed as investigative leads after a second
examiner's review, and 15 arrests followed in cases where a lead was
used. Table 1 shows the searches by requesting unit and quarter.

2. Gallery and user accounts
On December 31, 2024 the gallery held 64,927 arrest photographs taken
by the Department since 2006. Twelve user accounts were active at year
end, down from 14 on January 1, 2024, after two detectives retired and
their accounts were closed.

3. Cost
The Department paid Cognitec Systems $11,400 for annual maintenance
and support in 2024. A replacement booking camera for the processing
room ($1,860) was bought from the patrol equipment budget and is not
part of the program.

4. Policy
Department Policy 344 governs the program. Searches are limited to
criminal investigations, missing persons and unidentified deceased
persons. A possible match is an investigative lead only and is never
by itself probable cause to arrest. Each search must be reviewed by a
second trained examiner before a lead is released. The Department
does not use the system on live video and has no plan to do so.

5. Audit
The Professional Standards sergeant audited 45 of the year's searches
(about 25 percent) and found two with an incomplete case number; both
were corrected in the log.""", "WPD FR Annual Report 2024 - 1"),
    (None, """\
Table 1. Searches by requesting unit and quarter, with results, 2024

                        Searches by quarter        Possible
Requesting unit       Q1   Q2   Q3   Q4  Year   matches   Leads  Arrests
-------------------  ---  ---  ---  ---  ----  --------  ------  -------
Investigations Unit   24   31   22   28   105        58      33       10
Patrol Division        9   12   14   11    46        21      12        4
Outside agencies       7    5   10    8    30        13       6        1
-------------------  ---  ---  ---  ---  ----  --------  ------  -------
Total                 40   48   46   47   181        92      51       15

Notes to Table 1
(a) Outside agencies: searches run by Investigations Unit examiners at
    the request of the Palmer Police Department and other agencies.
    Arrests are those the requesting agency reported back.
(b) A possible match is a candidate the examiner judged worth review;
    a lead is a possible match confirmed by a second examiner.
(c) Percentages are not shown; a lead resulted from 28.2% of searches.""",
     "WPD FR Annual Report 2024 - 2"),
], "pdf", WPD,
    [WPD, "Wasilla City Council", "Palmer Police Department"],
    [COG],
    [DBS],
    [C(11400, 11400, "year", "The Department paid Cognitec Systems $11,400 for annual maintenance", WPD, COG, DBS)],
    [N(181, "exact", "searches", "year", "In 2024 members ran 181 searches", WPD, COG),
     N(92, "exact", "matches", "year", "which returned 92 possible matches", WPD, COG),
     N(51, "exact", "leads", "year", "51 were confirmed as investigative leads", WPD, COG),
     N(15, "exact", "arrests", "year", "15 arrests followed", WPD, COG),
     N(64927, "exact", "images", None, "the gallery held 64,927 arrest photographs", WPD, COG),
     N(12, "exact", "users", None, "Twelve user accounts were active at year end", WPD, COG),
     N(14, "exact", "users", None, "down from 14 on January 1, 2024", WPD, COG),
     N(24, "exact", "searches", "quarter", "Investigations Unit   24", WPD, COG),
     N(31, "exact", "searches", "quarter", "Investigations Unit   24   31", WPD, COG),
     N(22, "exact", "searches", "quarter", "Investigations Unit   24   31   22", WPD, COG),
     N(28, "exact", "searches", "quarter", "Investigations Unit   24   31   22   28", WPD, COG),
     N(105, "exact", "searches", "year", "Investigations Unit   24   31   22   28   105", WPD, COG),
     N(9, "exact", "searches", "quarter", "Patrol Division        9", WPD, COG),
     N(12, "exact", "searches", "quarter", "Patrol Division        9   12", WPD, COG),
     N(14, "exact", "searches", "quarter", "Patrol Division        9   12   14", WPD, COG),
     N(11, "exact", "searches", "quarter", "Patrol Division        9   12   14   11", WPD, COG),
     N(46, "exact", "searches", "year", "Patrol Division        9   12   14   11    46", WPD, COG),
     N(7, "exact", "requests", "quarter", "Outside agencies       7", WPD, COG),
     N(5, "exact", "requests", "quarter", "Outside agencies       7    5", WPD, COG),
     N(10, "exact", "requests", "quarter", "Outside agencies       7    5   10", WPD, COG),
     N(8, "exact", "requests", "quarter", "Outside agencies       7    5   10    8", WPD, COG),
     N(30, "exact", "requests", "year", "Outside agencies       7    5   10    8    30", WPD, COG),
     N(40, "exact", "searches", "quarter", "Total                 40", WPD, COG),
     N(48, "exact", "searches", "quarter", "Total                 40   48", WPD, COG),
     N(46, "exact", "searches", "quarter", "Total                 40   48   46", WPD, COG),
     N(47, "exact", "searches", "quarter", "Total                 40   48   46   47", WPD, COG)],
    [P("Searches are limited to criminal investigations, missing persons and unidentified deceased persons.", WPD,
       "purpose"),
     P("A possible match is an investigative lead only and is never by itself probable cause to arrest.", WPD,
       "disclaimer"),
     P("Each search must be reviewed by a second trained examiner before a lead is released.", WPD,
       "requirement")],
    [],
    ["2024", "2025-02-12", "2024-12-31", "2006", "2024-01-01"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Vermont: Brattleboro PD
BPD = "Brattleboro Police Department"
CV = "Clearview AI"
doc("06_brattleboro-pd-jag-budget-narrative.txt", [
    (None, """\
BRATTLEBORO POLICE DEPARTMENT
230 Main Street, Brattleboro, Vermont 05301

FY 2024 Edward Byrne Memorial Justice Assistance Grant (JAG)
Local Application - Attachment 3: Budget Narrative
Project: Investigative Facial Comparison Pilot
Project period: October 1, 2024 - September 30, 2025
Submitted: June 14, 2024
Contact: Det. Sgt. Colleen Marchand, (802) 555-0147

BUDGET SUMMARY
                                   Federal        Local
Category                             share        match         Total
---------------------------   ------------   ----------   -----------
A. Personnel                          0.00         0.00          0.00
B. Fringe benefits                    0.00         0.00          0.00
C. Travel                         1,180.00         0.00      1,180.00
D. Equipment                      6,330.00         0.00      6,330.00
E. Supplies                           0.00         0.00          0.00
F. Contractual                    5,000.00     2,400.00      7,400.00
G. Training                       1,250.00         0.00      1,250.00
---------------------------   ------------   ----------   -----------
TOTAL                            13,760.00     2,400.00     16,160.00

Federal share requested: $13,760. Local match: a cash match from the
Town of Brattleboro general fund (police operating line 01-2-210-5330),
equal to 14.9% of the project total.

C. TRAVEL - $1,180
Two detectives will attend a three-day facial comparison examiner
course in Albany, New York. Lodging, mileage and per diem at GSA rates
total $1,180.

D. EQUIPMENT - $6,330
D1. Image review workstation for facial comparison examinations
    (workstation with 32-inch 4K display)
    1 workstation x $2,350 = $2,350
D2. Handheld thermal imaging cameras for patrol (search and rescue;
    not part of the facial comparison project)
    2 cameras x $1,990 = $3,980
Equipment over $1,000 per item is tagged in the Town's asset inventory.""",
     "BPD FY24 JAG - Budget Narrative - page 1"),
    (None, """\
F. CONTRACTUAL - $7,400
Clearview AI investigative search subscription, 12 months:
    4 seats x $1,850 = $7,400
JAG funds pay $5,000 and the Town's cash match pays $2,400. The seats
are for the three detectives and the detective sergeant. Quote
CV-VT-0915 from Clearview AI is attached as Attachment 5.

G. TRAINING - $1,250
Clearview AI advanced investigator training, on site, at a flat fee of
$1,250 for up to 10 participants.

PROGRAM USE AND SAFEGUARDS
Consistent with the limits Vermont law places on law enforcement use
of facial recognition, the Department will run searches only in
investigations of the sexual exploitation of children. Each search
must be logged with a case number and approved by the Deputy Chief.
A possible match will be treated as an investigative lead and will not
by itself be used to establish probable cause. In 2023 the Department
sent 11 requests for facial comparison to partner agencies and waited
up to six weeks for some results.

SUSTAINABILITY
After the grant period the Department plans to budget about $7,500 a
year for the subscription from its operating budget.

SUPPLANTING
JAG funds will not be used to supplant state or local funds.""",
     "BPD FY24 JAG - Budget Narrative - page 2"),
], "pdf", BPD,
    [BPD, "Town of Brattleboro"],
    [CV],
    [],
    [C(1180, 1180, None, "Lodging, mileage and per diem at GSA rates total $1,180.", BPD, None),
     C(2350, 2350, None, "1 workstation x $2,350 = $2,350", BPD, None),
     C(7400, 7400, "year", "4 seats x $1,850 = $7,400", BPD, CV),
     C(1850, 1850, "year", "4 seats x $1,850", BPD, CV, unit="per user"),
     C(5000, 5000, None, "JAG funds pay $5,000", BPD, CV),
     C(2400, 2400, None, "the Town's cash match pays $2,400", BPD, CV),
     C(1250, 1250, None, "at a flat fee of $1,250", BPD, CV),
     C(7500, 7500, "year", "about $7,500 a year", BPD, CV)],
    [N(4, "exact", "licenses", None, "4 seats x $1,850", BPD, CV),
     N(11, "exact", "requests", "year", "In 2023 the Department sent 11 requests for facial comparison", BPD, None)],
    [P("the Department will run searches only in investigations of the sexual exploitation of children.", BPD,
       "purpose"),
     P("Each search must be logged with a case number and approved by the Deputy Chief.", BPD, "requirement"),
     P("A possible match will be treated as an investigative lead and will not by itself be used to establish "
       "probable cause.", BPD, "disclaimer")],
    [],
    ["2024", "2024-10-01", "2025-09-30", "2024-06-14", "2023"])


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
