"""Writes docs/*.txt and labels.json for holdout37 (six invented releases, one each from Arizona, Georgia,
Indiana, Nevada, Texas and Washington). Labels are written from intent, before anything is rendered."""
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


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        texts.append("\n".join(parts) + "\n")
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text="\f".join(texts), label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Arizona: Pima County SD grant progress report
PCSD = "Pima County Sheriff's Department"
SAG = "Saguaro Integrated Solutions"
ROC = "Rank One Computing"
doc("01_pima-sd-fr-grant-progress-report.txt", [
    ("AZDOHS GMS - Subrecipient Quarterly Progress Report", """\
ARIZONA DEPARTMENT OF HOMELAND SECURITY
Grants Management System - Quarterly Programmatic Progress Report

Subrecipient:   Pima County Sheriff's Department
Subaward No.:   230417-02 (FFY2023 SHSP, Assistance Listing 97.067)
Project:        Regional Investigative Facial Recognition Capability
Award amount:   $166,750.00
Performance:    10/01/2023 - 09/30/2025
This report:    Q3 of FFY2024 (April 1 - June 30, 2024)
Submitted:      07/19/2024 by Lt. Renata Okafor-Sills, Criminal
                Investigations Support Section, (520) 351-4471

1. PROJECT STATUS NARRATIVE

The Regional Facial Recognition Unit (RFRU) completed its second full
quarter of production use of SentryMatch, the investigative face search
application that Saguaro Integrated Solutions, LLC of Tempe built on
the Rank One Computing ROC SDK. Saguaro delivered the remaining
named-user licences on April 8, 2024. All 25 licences are now
assigned, including 4 to Tucson Police Department detectives under the
regional MOU.

The gallery searched by SentryMatch is limited to booking photographs
from the Pima County Adult Detention Complex. After the May 2024
refresh it holds roughly 1.38 million images.

As required by Special Condition 14 of the subaward, every search must
be logged with a case number and the name of the requesting
investigator. Under Department General Order 7.43, a SentryMatch
candidate is an investigative lead only and shall not by itself
establish probable cause for an arrest.

A draft amendment to General Order 7.43 that would require lieutenant
approval before a social-media image is used as a probe remains under
review by the Legal Advisor and has not been adopted.

Milestone 4 (examiner certification) is 50% complete. The
Department's ALPR expansion is funded under a separate subaward
(230419-01, $212,000) and is not reported in this project.""", "PCSD-PRR-24-0613 - Page 1 of 2"),
    ("AZDOHS GMS - Subrecipient Quarterly Progress Report", """\
2. BUDGET STATUS (through 06/30/2024)

Ln  Budget line                              Approved     Expended
--  ---------------------------------------  -----------  -----------
1   SentryMatch licences, 25 named users    $118,750.00  $118,750.00
    at $4,750.00 per user per year
2   Image-ingest server and integration      $38,400.00   $31,920.00
    services (Saguaro)
3   Examiner course (Rank One), 4 seats       $9,600.00    $4,800.00
    at $2,400.00 per seat
    TOTAL                                   $166,750.00  $155,470.00
    Balance remaining                                     $11,280.00

3. PERFORMANCE MEASURES (FFY2024, cumulative)

Quarter            Searches   Candidate lists   Leads to      Arrests
                   run        returned          case agent
Q1 Oct-Dec 2023         212               171           58          9
Q2 Jan-Mar 2024         348               290           97         16
Q3 Apr-Jun 2024         401               338          112         21
FFY2024 to date         961               799          267         46

Candidate lists are counted once per search that returned at least one
candidate above threshold. Arrests are those reported back by the
case agent within 60 days of the lead.

4. CERTIFICATION

I certify that the information in this report is true and complete.

/s/ Renata Okafor-Sills                       Date: 07/19/2024
Approved: Capt. Hollis Trujeque, Criminal Investigations Division

AZDOHS program officer review:  accepted 07/26/2024  (M. Ybarra-Lund)""", "PCSD-PRR-24-0614 - Page 2 of 2"),
], "pdf", PCSD,
    [PCSD, "Arizona Department of Homeland Security", "Tucson Police Department"],
    [SAG, ROC], ["SentryMatch", "ROC SDK"],
    [C(166750, 166750, "one-time", "Award amount:   $166,750.00", PCSD, None),
     C(118750, 118750, "year", "SentryMatch licences, 25 named users    $118,750.00", PCSD, SAG, "SentryMatch"),
     C(4750, 4750, "year", "at $4,750.00 per user per year", PCSD, SAG, "SentryMatch", unit="per user"),
     C(38400, 38400, None, "2   Image-ingest server and integration      $38,400.00   $31,920.00", PCSD, SAG),
     C(31920, 31920, None, "2   Image-ingest server and integration      $38,400.00   $31,920.00", PCSD, SAG),
     C(9600, 9600, None, "3   Examiner course (Rank One), 4 seats       $9,600.00    $4,800.00", PCSD, ROC),
     C(2400, 2400, None, "at $2,400.00 per seat", PCSD, ROC, unit="per seat"),
     C(4800, 4800, None, "3   Examiner course (Rank One), 4 seats       $9,600.00    $4,800.00", PCSD, ROC),
     C(155470, 155470, None, "TOTAL                                   $166,750.00  $155,470.00", PCSD, None)],
    [N(25, "exact", "licenses", None, "All 25 licences are now", PCSD),
     N(4, "exact", "users", None, "including 4 to Tucson Police Department detectives", "Tucson Police Department"),
     N(1380000, "approximately", "images", None, "it holds roughly 1.38 million images", PCSD),
     N(212, "exact", "searches", "quarter", "Q1 Oct-Dec 2023         212", PCSD),
     N(348, "exact", "searches", "quarter", "Q2 Jan-Mar 2024         348", PCSD),
     N(401, "exact", "searches", "quarter", "Q3 Apr-Jun 2024         401", PCSD),
     N(961, "exact", "searches", None,
       "FFY2024 to date         961               799          267         46", PCSD),
     N(799, "exact", "matches", None,
       "FFY2024 to date         961               799          267         46", PCSD),
     N(267, "exact", "leads", None,
       "FFY2024 to date         961               799          267         46", PCSD),
     N(46, "exact", "arrests", None,
       "FFY2024 to date         961               799          267         46", PCSD)],
    [P("every search must\nbe logged with a case number and the name of the requesting\ninvestigator", PCSD),
     P("a SentryMatch\ncandidate is an investigative lead only and shall not by itself\nestablish probable cause for an arrest",
       PCSD)],
    [],
    ["2023-10-01", "2025-09-30", "2024-04-01", "2024-06-30", "2024-07-19", "2024-04-08", "2024-05", "2024-07-26"],
    scan="pdf")

# ---------------------------------------------------------------- 2 Georgia: Atlanta PD Outlook thread
APD = "Atlanta Police Department"
APF = "Atlanta Police Foundation"
CV = "Clearview AI"
CVP = "Clearview AI Investigative Platform"
doc("02_atlanta-pd-clearview-renewal-outlook-thread.txt", [
    (None, """\
Whitfield, Dana
________________________________________________________________________

From:          Carraway, Desmond L. <dcarraway@atlantaga.gov>
Sent:          Friday, June 7, 2024 8:15 AM
To:            Whitfield, Dana <dwhitfield@atlantaga.gov>
Cc:            Ibarra, Noelle <nibarra@atlantaga.gov>
Subject:       RE: Clearview AI renewal - RTCC seats FY25

Approved - 1-year term, 30 seats. Send the package to the Foundation.

Two reminders for RTCC staff. Per SOP 3155, section 4.6, no Clearview
search may be run without an incident or case number. No image of a
person taken at a protest or other First Amendment activity may be
searched unless that person is suspected of a specific crime.

A Clearview result must be treated as a lead, never as an
identification on its own.

FYI the Atlanta City Council's draft ordinance 24-O-1371 would require
quarterly public reporting of searches. It has not passed, so nothing
changes for now.

DC Desmond L. Carraway
Field Investigations Division

From:          Whitfield, Dana <dwhitfield@atlantaga.gov>
Sent:          Thursday, June 6, 2024 4:52 PM
To:            Carraway, Desmond L. <dcarraway@atlantaga.gov>
Cc:            Ibarra, Noelle <nibarra@atlantaga.gov>
Subject:       FW: Clearview AI renewal - RTCC seats FY25
Attachments:   APD_Clearview_Renewal_Q-2024-0611.pdf

DC Carraway,

Forwarding the vendor's renewal numbers below. Bottom line: Clearview
wants $49,500 for 30 seats for FY25 (July 1, 2024 - June 30, 2025).
For FY24 we had 20 seats, and the Atlanta Police Foundation paid
$36,000 for that year. The Foundation's tech committee has said it
will cover the renewal again from the Operation Shield fund if the
request is on their desk by June 14.""", "APD-ORR-2024-1187-000031"),
    (None, """\
They also offered a 3-year term at $44,000 per year. I recommend we
stay on a 1-year term until the Council finishes its review.

Separate item, not part of this request: the Fusus core renewal for
the camera-sharing platform ($7,200) goes through the normal budget.

Lt. Dana Whitfield
Real Time Crime Center | Atlanta Police Department
404-546-7730 (o)

From:          Marcus Tell <marcus.tell@clearview.ai>
Sent:          Wednesday, June 5, 2024 11:06 AM
To:            Whitfield, Dana <dwhitfield@atlantaga.gov>
Subject:       RE: Clearview AI renewal - Atlanta Police Department

Hi Dana,

Thanks for the call. Renewal pricing for the July 1, 2024 - June 30,
2025 term:

   Clearview AI Investigative Platform, 30 user seats     $49,500.00
   (12-month term; equivalent to $1,650 per seat per year)
   Loyalty discount (10%) already applied

Multi-year option: 36-month term at $44,000.00 per year, invoiced
annually. Quote Q-2024-0611 is valid for 30 days.

On usage: between July 1, 2023 and May 31, 2024 your agency ran 2,914
searches from 18 active user accounts. The platform now searches more
than 50 billion publicly available facial images.

Best,
Marcus Tell | Account Executive, State & Local
Clearview AI, Inc.

On Tue, May 28, 2024 at 10:12 AM Whitfield, Dana
<dwhitfield@atlantaga.gov> wrote:

> Marcus - before we talk numbers, can you send our usage since July 1?
> The Foundation liaison will ask for it. We are not interested in the
> mobile app add-on this year.
> Dana""", "APD-ORR-2024-1187-000032"),
    (None, """\
________________________________________________________________________
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain
law enforcement sensitive information. If you are not the intended
recipient, you must not read, copy or distribute it; please notify the
sender and delete it. City of Atlanta e-mail is subject to the Georgia
Open Records Act, O.C.G.A. 50-18-70 et seq.""", "APD-ORR-2024-1187-000033"),
], "print", APD,
    [APD, APF, "Atlanta City Council"],
    [CV, "Fusus"], [CVP],
    [C(49500, 49500, "year", "wants $49,500 for 30 seats for FY25", APF, CV, CVP),
     C(1650, 1650, "year", "equivalent to $1,650 per seat per year", APF, CV, CVP, unit="per seat"),
     C(36000, 36000, "year", "the Atlanta Police Foundation paid\n$36,000 for that year", APF, CV, CVP)],
    [N(30, "exact", "licenses", None, "wants $49,500 for 30 seats for FY25", APD, CV),
     N(20, "exact", "licenses", None, "For FY24 we had 20 seats", APD, CV),
     N(2914, "exact", "searches", None, "your agency ran 2,914\nsearches", APD, CV),
     N(18, "exact", "users", None, "18 active user accounts", APD, CV),
     N(50000000000, "more than", "images", None, "more\nthan 50 billion publicly available facial images", None, CV)],
    [P("Per SOP 3155, section 4.6, no Clearview\nsearch may be run without an incident or case number.", APD),
     P("No image of a\nperson taken at a protest or other First Amendment activity may be\n"
       "searched unless that person is suspected of a specific crime.", APD),
     P("A Clearview result must be treated as a lead, never as an\nidentification on its own.", APD)],
    [E("Carraway, Desmond L.", "Whitfield, Dana", "Friday, June 7, 2024 8:15 AM",
       "RE: Clearview AI renewal - RTCC seats FY25"),
     E("Whitfield, Dana", "Carraway, Desmond L.", "Thursday, June 6, 2024 4:52 PM",
       "FW: Clearview AI renewal - RTCC seats FY25"),
     E("Marcus Tell", "Whitfield, Dana", "Wednesday, June 5, 2024 11:06 AM",
       "RE: Clearview AI renewal - Atlanta Police Department"),
     E("Whitfield, Dana", "Marcus Tell", "Tue, May 28, 2024 at 10:12 AM", None)],
    ["2024-06-07", "2024-06-06", "2024-06-05", "2024-05-28", "2024-07-01", "2025-06-30", "2023-07-01",
     "2024-05-31"],
    scan="photocopy")

# ---------------------------------------------------------------- 3 Indiana: ISP bid evaluation memo
ISP = "Indiana State Police"
DWP = "DataWorks Plus"
doc("03_isp-fr-rfp-bid-evaluation-memo.txt", [
    ("INDIANA STATE POLICE - INTER-DEPARTMENT MEMORANDUM", """\
TO:      Superintendent (through Deputy Superintendent, Investigations)
FROM:    Maj. Lorraine Petit-Haskins, Commander, Criminal Intelligence
         Section
DATE:    September 23, 2024
RE:      RFP 24-77114, Facial Recognition Search System - evaluation
         results and recommendation

CONFIDENTIAL - DELIBERATIVE MATERIAL. Not for release before contract
award (IC 5-14-3-4(b)(6)).

1. Background

The Section's current face search system, an Idemia MorphoFace
Investigate installation bought in 2017, reaches end of support on
December 31, 2024. We pay Idemia $187,400 a year to maintain it.
The statewide gallery holds about 4.6 million arrest photographs
submitted by county jails, and 286 ISP and local-agency users hold
accounts. In calendar year 2023 the Section ran 6,212 searches for
investigators across the state.

The Indiana Department of Administration (IDOA) issued RFP 24-77114 on
May 6, 2024 for a replacement with a five-year term. Four responses
were received by the June 21, 2024 deadline.

2. Scoring (100 points: technical 55, cost 30, Indiana economic
   impact 10, buy Indiana 5)

Respondent                        5-yr total price   Score   Rank
--------------------------------  ----------------  ------  ----
DataWorks Plus, LLC                    $968,500.00   88.00     1
NEC Corporation of America           $1,180,300.00   79.25     2
  (NeoFace Reveal)
Idemia Identity & Security USA       $1,412,000.00   71.50     3
Hoosier Biometric Partners, LLC        $612,900.00     n/a   n/a
  (Rank One reseller; non-responsive, Attachment F missing)""",
     "ISP-CIS-24-0923 - 1"),
    ("INDIANA STATE POLICE - INTER-DEPARTMENT MEMORANDUM", """\
3. Recommendation

The committee recommends award to DataWorks Plus for FACE Plus, hosted
in the Indiana Office of Technology data center. The five-year price
of $968,500 consists of a one-time implementation and migration charge
of $214,000 and an annual licence and maintenance fee of $150,900 for
each of the five years. DataWorks Plus will migrate the existing
gallery and all user accounts at no added cost.

Whatever system is chosen remains subject to ISP Regulation OPS-46.
Under OPS-46, a face search result is an investigative lead only and
may not be the sole basis for an arrest or a search warrant. Access is
limited to users who have completed IDACS certification and the
vendor's operator training.

The committee also suggests that the Superintendent consider requiring
a second-examiner review of every candidate before release. That would
need an amendment to OPS-46 and is not part of this award.

4. Next steps

On approval, IDOA will post a notice of intent to award; the protest
period is 14 calendar days. Contract execution is targeted for
November 2024, with cut-over from the Idemia system before the
December 31, 2024 end-of-support date.

Evaluation committee (5 members): Maj. L. Petit-Haskins; Lt. A. Dorsey;
Sr. Analyst K. Nwachukwu; M. Feeney (IOT); R. Castellanos (IDOA).

APPROVED / DISAPPROVED  ______________________   Date: ___________
                        Superintendent""", "ISP-CIS-24-0923 - 2"),
], "pdf", ISP,
    [ISP, "Indiana Department of Administration", "Indiana Office of Technology"],
    [DWP, "NEC Corporation of America", "Idemia", "Hoosier Biometric Partners", ROC],
    ["FACE Plus", "MorphoFace Investigate", "NeoFace Reveal"],
    [C(187400, 187400, "year", "We pay Idemia $187,400 a year to maintain it.", ISP, "Idemia",
       "MorphoFace Investigate"),
     C(968500, 968500, None, "The five-year price\nof $968,500", ISP, DWP, "FACE Plus"),
     C(214000, 214000, "one-time", "a one-time implementation and migration charge\nof $214,000", ISP, DWP,
       "FACE Plus"),
     C(150900, 150900, "year", "an annual licence and maintenance fee of $150,900", ISP, DWP, "FACE Plus")],
    [N(4600000, "approximately", "images", None, "about 4.6 million arrest photographs", ISP),
     N(286, "exact", "users", None, "286 ISP and local-agency users hold\naccounts", ISP),
     N(6212, "exact", "searches", "year", "In calendar year 2023 the Section ran 6,212 searches", ISP)],
    [P("Under OPS-46, a face search result is an investigative lead only and\n"
       "may not be the sole basis for an arrest or a search warrant.", ISP),
     P("Access is\nlimited to users who have completed IDACS certification and the\nvendor's operator training.", ISP)],
    [],
    ["2024-09-23", "2017", "2024-12-31", "2023", "2024-05-06", "2024-06-21", "2024-11"])

# ---------------------------------------------------------------- 4 Nevada: Reno PD records reply letter
RPD = "Reno Police Department"
WCSO = "Washoe County Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("04_reno-pd-records-reply-letter-fr-figures.txt", [
    (None, """\
RENO POLICE DEPARTMENT
Records and Identification Section
455 E. Second Street, Reno, NV 89501  |  (775) 334-2175

March 18, 2025

Ms. Talia Brandvold
Sierra Current
Via e-mail

Re: Public records request R25-000914 (facial recognition)

Dear Ms. Brandvold:

This letter responds to your request of February 24, 2025 under the
Nevada Public Records Act, NRS Chapter 239. Rather than produce the
full 1,312-page set of purchasing and log records, you agreed on
March 3 to accept a summary of the figures together with the enclosed
policy. The Detective Division compiled the figures below.

1. Vendors and amounts paid

The Department does not have, and has never had, a contract with
Clearview AI. One detective used a Clearview trial account in 2020;
it was closed after 14 days and nothing was paid.

Since July 2023 the Department has subscribed to Vigilant FaceSearch
through Motorola Solutions, which acquired Vigilant Solutions in 2019.
We paid $18,240 for the first year (FY2023-24), which included 12 user
accounts. The FY2024-25 renewal was approved at $19,152, with no
change in the number of accounts.

Before FaceSearch, detectives sent photographs to the Northern Nevada
Regional Intelligence Center (NNRIC), which the Washoe County
Sheriff's Office operates, and they still may. Reno pays the County
$22,500 per fiscal year for the facial recognition portion of the
NNRIC interlocal agreement. The rest of that agreement, $61,300 a
year, pays for analyst support and is unrelated to facial recognition.""", "R25-000914 - 0001"),
    (None, """\
2. Usage

FaceSearch logged 1,047 searches by Reno detectives between July 1,
2023 and June 30, 2024, and those searches returned a possible match
in 402 cases. Detectives also sent 188 face comparison requests to the
NNRIC in calendar year 2023. The gallery the NNRIC searches is the
Washoe County booking photo set of approximately 640,000 images.

The Department does not track arrests that result from facial
recognition, so no arrest figure can be provided.

3. Policy

General Order E-310 (Facial Recognition), effective October 1, 2023,
is enclosed. In summary:

  - Facial recognition results shall be treated as investigative
    leads only and must be corroborated before any arrest.
  - Only detectives who have completed the FaceSearch user training
    may be issued an account.
  - Each search must be documented in the related case report.

A draft revision that would add an annual audit by the Office of the
Chief is under review and is not in effect.

4. Fees

Staff time for this response came to 2.5 hours. The fee allowed under
NRS 239.055, $37.50, has been waived.

If you have questions, please call me at (775) 334-2188.

Sincerely,

Celestine Marroquin
Records Supervisor, Reno Police Department

Enclosure: General Order E-310 (6 pages)""", "R25-000914 - 0002"),
], "pdf", RPD,
    [RPD, WCSO, "Northern Nevada Regional Intelligence Center"],
    [CV, MSI, "Vigilant Solutions"], [VFS],
    [C(18240, 18240, "year", "We paid $18,240 for the first year", RPD, MSI, VFS),
     C(19152, 19152, "year", "The FY2024-25 renewal was approved at $19,152", RPD, MSI, VFS),
     C(22500, 22500, "year", "$22,500 per fiscal year for the facial recognition portion", RPD, None)],
    [N(12, "exact", "users", None, "12 user\naccounts", RPD, MSI),
     N(1047, "exact", "searches", "year", "FaceSearch logged 1,047 searches by Reno detectives", RPD, MSI),
     N(402, "exact", "matches", None, "returned a possible match\nin 402 cases", RPD, MSI),
     N(188, "exact", "requests", "year", "Detectives also sent 188 face comparison requests", RPD),
     N(640000, "approximately", "images", None,
       "Washoe County booking photo set of approximately 640,000 images", WCSO)],
    [P("Facial recognition results shall be treated as investigative\n"
       "    leads only and must be corroborated before any arrest.", RPD),
     P("Only detectives who have completed the FaceSearch user training\n    may be issued an account.", RPD),
     P("Each search must be documented in the related case report.", RPD)],
    [],
    ["2025-03-18", "2025-02-24", "2020", "2023-07", "2019", "2023-07-01", "2024-06-30", "2023", "2023-10-01"],
    scan="pdf")

# ---------------------------------------------------------------- 5 Texas: Plano purchase order
PPD = "Plano Police Department"
BB = "Bluebonnet Public Safety Technologies"
VID = "Veritone IDentify"
doc("05_plano-pd-purchase-order-veritone-identify.txt", [
    (None, """\
CITY OF PLANO, TEXAS                                    PURCHASE ORDER
Purchasing Division, 1520 K Avenue, Suite 370, Plano, TX 75074

PO Number:   4500291736                PO Date:    02/05/2025
Vendor No.:  118204                    Buyer:      R. Ostrowski-Vance
Requisition: 0010472288                Phone:      (972) 941-7553
Contract:    Texas Department of Information Resources DIR-TSO-4412

VENDOR                                 SHIP TO
Bluebonnet Public Safety               Plano Police Department
  Technologies, LLC                    Criminal Investigations Division
2210 Justin Road, Suite 118            909 E. 14th Street
Flower Mound, TX 75028                 Plano, TX 75074
Quote ref: BPST-Q-250117-03            Attn: Sgt. Wendell Achterberg

Ln Description                       Qty UOM    Unit Price     Extended
-- -------------------------------- ---- ---  ------------ ------------
 1 Veritone IDentify agency            1 EA      27,600.00    27,600.00
   subscription, 12 months
 2 IDentify named-user add-on,        15 EA         840.00    12,600.00
   12 months
 3 IDentify onboarding and ingest      1 LOT      4,500.00     4,500.00
   of approx. 310,000 booking photos
   (one-time)
 4 Veritone Redact, video and BWC      1 EA      12,000.00    12,000.00
   redaction, 12 months
 5 Axis Q6135-LE PTZ camera, RTCC      4 EA       2,247.50     8,990.00
                                               SUBTOTAL       65,690.00
                     Promotional credit, IDentify (line 1)    -2,000.00
                                  Sales tax (exempt, 0.00%)        0.00
                                                 Freight          45.00
                                                PO TOTAL      63,735.00

ACCOUNT DISTRIBUTION
Account          Description                                     Amount
01-4220-54120    Software subscriptions, lines 1-3 net        42,700.00
01-4250-54120    Software subscriptions, line 4 (Records)     12,000.00
01-4220-58200    Minor equipment, line 5                       8,990.00
01-4220-53610    Freight                                          45.00""", "PO 4500291736  Page 1 of 2"),
    (None, """\
TERMS AND SPECIAL INSTRUCTIONS

1. Subscription term for lines 1, 2 and 4: 03/01/2025 through
   02/28/2026. Line 3 is a one-time service.

2. Authorized by the Plano City Council on January 27, 2025,
   Resolution No. 2025-1-14(R).

3. Send invoices to Accounts Payable, P.O. Box 860279, Plano, TX
   75086-0279, referencing the PO number. Payment terms Net 30 under
   Texas Government Code Chapter 2251.

4. Use restrictions (Plano Police Department General Order 6.19,
   Facial Recognition), attached at the Department's request:
   a. IDentify may be queried only in connection with an open
      criminal investigation or to identify a deceased or
      incapacitated person.
   b. A possible match is an investigative lead and is not probable
      cause to arrest.
   c. Probe images taken from live or real-time video feeds are
      prohibited.

5. Vendor shall keep all booking photographs confidential and shall
   not use them to train or tune any algorithm.

6. This order is subject to the City of Plano Standard Terms and
   Conditions (rev. 10/2023). No substitutions without written
   approval of the Purchasing Division.

Authorized signature:  /s/ Lenora Quist-Abernathy, CPPO
                       Purchasing Manager""", "PO 4500291736  Page 2 of 2"),
], "pdf", PPD,
    [PPD, "City of Plano", "Texas Department of Information Resources", "Plano City Council"],
    [BB, "Veritone", "Axis Communications"], [VID, "Veritone Redact", "Axis Q6135-LE"],
    [C(27600, 27600, "year", " 1 Veritone IDentify agency            1 EA      27,600.00    27,600.00", PPD, BB, VID),
     C(12600, 12600, "year", " 2 IDentify named-user add-on,        15 EA         840.00    12,600.00", PPD, BB, VID),
     C(840, 840, "year", " 2 IDentify named-user add-on,        15 EA         840.00    12,600.00", PPD, BB, VID,
       unit="per user"),
     C(4500, 4500, "one-time", " 3 IDentify onboarding and ingest      1 LOT      4,500.00     4,500.00", PPD, BB, VID),
     C(42700, 42700, None, "Software subscriptions, lines 1-3 net        42,700.00", PPD, BB, VID)],
    [N(15, "exact", "licenses", None, " 2 IDentify named-user add-on,        15 EA         840.00    12,600.00",
       PPD, BB),
     N(310000, "approximately", "images", None, "of approx. 310,000 booking photos", PPD, BB)],
    [P("IDentify may be queried only in connection with an open\n      criminal investigation or to identify a "
       "deceased or\n      incapacitated person.", PPD),
     P("A possible match is an investigative lead and is not probable\n      cause to arrest.", PPD),
     P("Probe images taken from live or real-time video feeds are\n      prohibited.", PPD)],
    [],
    ["2025-02-05", "2025-03-01", "2026-02-28", "2025-01-27", "2023-10"],
    scan="pdf")

# ---------------------------------------------------------------- 6 Washington: Snohomish County SO accountability report
SCSO = "Snohomish County Sheriff's Office"
CAS = "Cascade Forensic Imaging Group"
FV = "FaceVACS-DBScan ID"
doc("06_snohomish-so-fr-accountability-report.txt", [
    ("SCSO - Facial Recognition Accountability Report (RCW 43.386.020)", """\
SNOHOMISH COUNTY SHERIFF'S OFFICE
FACIAL RECOGNITION ACCOUNTABILITY REPORT
Prepared under RCW 43.386.020 - Final, adopted March 31, 2025

1. SERVICE, VENDOR AND VERSION

1.1 Name and version: FaceVACS-DBScan ID, version 5.9, developed by
    Cognitec Systems GmbH.
1.2 The service is supplied, installed and supported by Cascade
    Forensic Imaging Group, Inc. of Bellevue, Washington, an
    authorized Cognitec reseller.
1.3 The Sheriff's Office does not use Amazon Rekognition or any other
    cloud-based facial recognition service and has no subscription
    to Clearview AI.

2. PURPOSE AND PROPOSED USE

2.1 The service compares a probe image lawfully obtained during a
    criminal investigation with the Office's booking photographs and
    returns a ranked list of possible candidates for examiner review.

3. DATA INPUTS, PROCESSING AND STORAGE

3.1 The gallery consists only of booking photographs taken at the
    Snohomish County Jail since 2001, about 486,000 images. No
    driver's licence, social media or other external images are
    enrolled.
3.2 Probe images and results are stored on county servers in
    Everett; nothing is sent to the vendor.

4. USE AND DATA MANAGEMENT POLICY

4.1 Only Investigations Support Unit examiners who have completed
    the training required by RCW 43.386.070 may operate the service.
4.2 A search may be run only under an active case number for a
    felony, or to identify a missing, endangered or deceased person.
4.3 The Office shall not use the service for ongoing surveillance,
    real-time or near real-time identification, or persistent
    tracking unless a warrant has been obtained.""", "SCSO-FRAR-2025 - 1"),
    ("SCSO - Facial Recognition Accountability Report (RCW 43.386.020)", """\
4.4 Every possible match must be reviewed by a second trained
    examiner before it is released to the case detective.
4.5 A possible match is an investigative lead only. No arrest may be
    based solely on a facial recognition result.
4.6 Images of persons engaged in activity protected by the First
    Amendment may not be submitted as probes unless the person is
    suspected of a crime.

5. TESTING

5.1 The Cognitec algorithm in this version was submitted to NIST's
    FRTE 1:N evaluation, reporting FNIR of 0.0031 at FPIR 0.003 on
    NIST's 12-million-photo benchmark.
5.2 Before go-live the Office ran a 90-day operational test on
    closed cases with known outcomes.

6. COSTS AND FUNDING

6.1 The service is funded from the Sheriff's Office 2025 operating
    budget. No grant funds are used.
6.2 The accepted quote from Cascade Forensic Imaging Group totals
    $36,850 for the first year: a one-time perpetual licence fee of
    $24,400 for 5 concurrent users; one-time installation, gallery
    migration and examiner training, $8,950; and first-year support,
    $3,500. Support renews at $3,500 a year.
6.3 A competing quote of $41,200 from Puget Biometrics, a Rank One
    Computing reseller, was not selected.
6.4 The Everett Police Department contracts separately with the same
    reseller, pays $19,800 a year for its own system and is not
    covered by this report.

7. PILOT RESULTS (JULY 1 - DECEMBER 31, 2024)

7.1 During the pilot, examiners ran 214 searches, which yielded 61
    investigative leads. The Office recorded 9 arrests in cases where
    a lead was later corroborated by other evidence.""", "SCSO-FRAR-2025 - 2"),
    ("SCSO - Facial Recognition Accountability Report (RCW 43.386.020)", """\
8. PUBLIC COMMENT AND CHANGES

8.1 The draft report was posted for public review on December 2, 2024.
    Three community meetings (Everett, Lynnwood and Marysville) drew
    118 attendees, and 2,031 written comments were received.
8.2 In response to comments, section 4.6 was added and section 4.2
    was narrowed from "any crime" to felonies.
8.3 Several commenters asked the Sheriff to ban searches of images
    taken from social media, and to require a warrant before every
    search. The Sheriff did not adopt either proposal.

9. CONTACT

Questions about this report: Office of the Sheriff, Snohomish County,
3000 Rockefeller Avenue, M/S 606, Everett, WA 98201, (425) 388-3474.

Adopted:  /s/ Sheriff's designee, Chief of Investigations
          March 31, 2025""", "SCSO-FRAR-2025 - 3"),
], "pdf", SCSO,
    [SCSO, "Everett Police Department", "National Institute of Standards and Technology"],
    ["Cognitec Systems", CAS, "Amazon Web Services", CV, "Puget Biometrics", ROC],
    [FV, "Amazon Rekognition"],
    [C(36850, 36850, None, "totals\n    $36,850 for the first year", SCSO, CAS, FV),
     C(24400, 24400, "one-time", "a one-time perpetual licence fee of\n    $24,400", SCSO, CAS, FV),
     C(8950, 8950, "one-time", "one-time installation, gallery\n    migration and examiner training, $8,950", SCSO, CAS,
       FV),
     C(3500, 3500, "year", "Support renews at $3,500 a year.", SCSO, CAS, FV),
     C(19800, 19800, "year", "pays $19,800 a year for its own system", "Everett Police Department", CAS)],
    [N(486000, "approximately", "images", None, "about 486,000 images", SCSO),
     N(5, "exact", "users", None, "$24,400 for 5 concurrent users", SCSO, CAS),
     N(214, "exact", "searches", None, "examiners ran 214 searches", SCSO),
     N(61, "exact", "leads", None, "which yielded 61\n    investigative leads", SCSO),
     N(9, "exact", "arrests", None, "The Office recorded 9 arrests", SCSO)],
    [P("Only Investigations Support Unit examiners who have completed\n"
       "    the training required by RCW 43.386.070 may operate the service.", SCSO),
     P("A search may be run only under an active case number for a\n"
       "    felony, or to identify a missing, endangered or deceased person.", SCSO),
     P("The Office shall not use the service for ongoing surveillance,\n"
       "    real-time or near real-time identification, or persistent\n"
       "    tracking unless a warrant has been obtained.", SCSO),
     P("Every possible match must be reviewed by a second trained\n"
       "    examiner before it is released to the case detective.", SCSO),
     P("A possible match is an investigative lead only. No arrest may be\n"
       "    based solely on a facial recognition result.", SCSO),
     P("Images of persons engaged in activity protected by the First\n"
       "    Amendment may not be submitted as probes unless the person is\n"
       "    suspected of a crime.", SCSO)],
    [],
    ["2025-03-31", "2001", "2025", "2024-07-01", "2024-12-31", "2024-12-02"],
    scan="pdf")


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    problems = []
    for d in DOCS:
        for n, (h, b, f) in enumerate(d["pages"], 1):
            lines = ([h, ""] if h else []) + b.strip("\n").split("\n") + (["", f] if f else [])
            if len(lines) >= 45:
                problems.append(f"{d['file']} page {n}: {len(lines)} lines")
            for line in lines:
                if len(line) >= 76:
                    problems.append(f"{d['file']} page {n}: long line {line!r}")
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    for p in problems:
        print(p)
    print(f"wrote {len(DOCS)} documents" + (f", {len(problems)} layout problems" if problems else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
