"""Writes docs/*.txt and labels.json for holdout67 (six invented releases: CA, TX, NY, IL, NC, IN).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), plus `kind` on policies."""
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
    indentation or '> ' quote marks) or aligns it in columns, the label takes the exact substring
    the text holds."""
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


# ---------------------------------------------------------------- 1 California: Oxnard PD
OPD = "Oxnard Police Department"
PCIS = "Pacific Coast Integrated Systems"
BC = "BriefCam"
doc("01_oxnard-pd-briefcam-face-module-staff-report.txt", [
    (None, """\
CITY OF OXNARD
CITY COUNCIL AGENDA REPORT

Meeting Date:  September 17, 2024           Agenda Item:  J-4
Department:    Police                       Contact: Cmdr. Elena Varga
                                                     (805) 555-0162
TO:       Honorable Mayor and Members of the City Council
FROM:     Adrian Mercado, Chief of Police
THROUGH:  Dorothea Pruitt, City Manager

SUBJECT:  Approval of Amendment No. 2 to Agreement A-7730 with Pacific
          Coast Integrated Systems, Inc. to Add the BriefCam Face
          Recognition Module for the Real Time Information Center

RECOMMENDATION
That City Council:
1. Approve and authorize the Mayor to execute Amendment No. 2 to
   Agreement A-7730 with Pacific Coast Integrated Systems, Inc.
   (PCIS), an authorized BriefCam reseller, to add the BriefCam Face
   Recognition module, a GPU server, configuration and training
   through September 30, 2027, in an amount not to exceed $98,450,
   which includes a 10% contingency; and
2. Approve an appropriation of $53,500 in FY 2024-25 from the Public
   Safety Measure O Fund (Fund 104) to account 104-3105-6120.

BACKGROUND
The Police Department's Real Time Information Center (RTIC) opened in
2022. RTIC analysts review recorded video from 410 City-owned cameras
at parks, the Transit Center and City buildings when a detective asks
for help in an open case. Since October 2022 the RTIC has used
BriefCam Protect to index that video and search it by object, color,
direction and time. The City's existing BriefCam Protect subscription
($52,800 per year, approved by Council on August 16, 2022) is not
changed by this amendment.

The Face Recognition module adds one capability: an analyst can
search indexed video for appearances of a person, using a probe image
that is already part of a case file. The module does not compare
faces to a booking photo gallery, a DMV database or images from the
internet.""", "Agenda Item J-4                                          Page 1 of 3"),
    (None, """\
From April 1 to May 30, 2024, PCIS provided a no-cost trial of the
module on 25 cameras. During the trial, RTIC analysts ran 212 face
searches in 37 cases; detectives reported that the searches led to 9
identifications later confirmed by other evidence. The Simi Valley
Police Department has used the same module since 2023 and pays
$15,500 a year for it.

The license plate recognition agreement with Flock Safety ($96,000
per year) is Agenda Item J-5 and is not part of this action.

USE POLICY
Use of the module will be governed by Department Policy 428, Facial
Recognition Technology, adopted in March 2023. Policy 428 provides:

  a. Only RTIC analysts who have completed BriefCam certification and
     the Department's bias awareness course may run a face search.
  b. A face search may be run only for an open criminal investigation
     or to locate a missing or at-risk person.
  c. Each search must be logged with the case number and the name of
     the requesting detective.
  d. A face search result is an investigative lead only and is not
     probable cause to detain or arrest anyone.
  e. The module shall not be used on live video, or to identify
     persons engaged in lawful protest or other First Amendment
     activity.
  f. Misuse of the system is subject to discipline up to and
     including termination.

Body-worn camera video is not loaded into BriefCam. Penal Code
section 832.19, which barred face recognition in officer cameras,
expired on January 1, 2023; the Department does not use that
capability.

Staff also proposes that the Police Department return to Council
each year with a report on the number of face searches, the cases in
which they were used, and any complaints received.""",
     "Agenda Item J-4                                          Page 2 of 3"),
    (None, """\
FISCAL IMPACT
The cost of Amendment No. 2 through the end of the agreement term,
before contingency, is shown below. The module subscription price is
fixed for the term.

Item                           FY 2024-25  FY 2025-26  FY 2026-27     Total
-----------------------------  ----------  ----------  ----------  --------
Face Recognition module,          $18,000     $18,000     $18,000   $54,000
  8 users @ $2,250 per year
GPU server for face indexing      $23,400          --          --   $23,400
  (one-time)
Configuration and integration      $7,900          --          --    $7,900
  (one-time)
Analyst face-search training       $4,200          --          --    $4,200
  (one-time)
-----------------------------  ----------  ----------  ----------  --------
Total                             $53,500     $18,000     $18,000   $89,500

With the 10% contingency, the not-to-exceed amount is $98,450. The
FY 2024-25 cost will be funded from Measure O. The annual cost of
$18,000 in FY 2025-26 and FY 2026-27 will be included in the Police
Department's proposed budgets for those years. There is no impact on
the General Fund.

ALTERNATIVES
Council could decline the amendment. The RTIC would continue to use
BriefCam Protect without face search.

ATTACHMENTS
A. Amendment No. 2 to Agreement A-7730
B. PCIS Quote Q-24-1187 dated August 12, 2024
C. Department Policy 428, Facial Recognition Technology
D. Surveillance Use Report, BriefCam Face Recognition Module""",
     "Agenda Item J-4                                          Page 3 of 3"),
], "pdf", OPD,
    [OPD, "City of Oxnard", "Oxnard City Council", "Simi Valley Police Department"],
    [PCIS, BC, "Flock Safety"],
    ["BriefCam Protect"],
    [C(None, 98450, None, "in an amount not to exceed $98,450", OPD, PCIS),
     C(53500, 53500, None, "an appropriation of $53,500 in FY 2024-25", OPD, PCIS),
     C(15500, 15500, "year", "pays $15,500 a year for it", "Simi Valley Police Department", BC),
     C(18000, 18000, "year", "Face Recognition module, $18,000", OPD, PCIS),
     C(54000, 54000, None, "Face Recognition module, $18,000 $18,000 $18,000 $54,000", OPD, PCIS),
     C(2250, 2250, "year", "8 users @ $2,250 per year", OPD, PCIS, unit="per user"),
     C(23400, 23400, "one-time", "GPU server for face indexing $23,400", OPD, PCIS),
     C(7900, 7900, "one-time", "Configuration and integration $7,900", OPD, PCIS),
     C(4200, 4200, "one-time", "Analyst face-search training $4,200", OPD, PCIS),
     C(89500, 89500, None, "Total $53,500 $18,000 $18,000 $89,500", OPD, PCIS)],
    [N(212, "exact", "searches", None, "RTIC analysts ran 212 face searches", OPD, BC),
     N(9, "exact", "identifications", None, "the searches led to 9 identifications", OPD, BC),
     N(8, "exact", "licenses", None, "8 users @ $2,250 per year", OPD, PCIS)],
    [P("Only RTIC analysts who have completed BriefCam certification and the Department's bias awareness course "
       "may run a face search.", OPD, "requirement"),
     P("A face search may be run only for an open criminal investigation or to locate a missing or at-risk person.",
       OPD, "purpose"),
     P("Each search must be logged with the case number and the name of the requesting detective.", OPD,
       "requirement"),
     P("A face search result is an investigative lead only and is not probable cause to detain or arrest anyone.",
       OPD, "disclaimer"),
     P("The module shall not be used on live video, or to identify persons engaged in lawful protest or other "
       "First Amendment activity.", OPD, "prohibition"),
     P("Misuse of the system is subject to discipline up to and including termination.", OPD, "consequence")],
    [],
    ["2024-09-17", "2027-09-30", "2022", "2022-10", "2022-08-16", "2024-04-01", "2024-05-30", "2023", "2023-03",
     "2023-01-01", "2024-08-12"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Texas: Killeen PD
KPD = "Killeen Police Department"
MSI = "Motorola Solutions"
FS = "Vigilant FaceSearch"
doc("02_killeen-pd-vigilant-facesearch-invoice.txt", [
    (None, """\
MOTOROLA SOLUTIONS, INC.                                          INVOICE
Vigilant Solutions, LLC, a Motorola Solutions company
Remit to: Motorola Solutions, Inc., P.O. Box 404059, Atlanta, GA 30384

Invoice Number:  5310447826             Invoice Date:  11/08/2023
Customer No.:    1000633157             Due Date:      12/08/2023
Customer PO:     KPD-24-000319          Terms:         Net 30
Sales Order:     2204917716             Currency:      USD

BILL TO                                 SERVICE LOCATION
City of Killeen                         Killeen Police Department
Finance - Accounts Payable              Criminal Investigations Division
P.O. Box 1300                           3304 Community Boulevard
Killeen, TX 76540                       Killeen, TX 76542
                                        Attn: Lt. Renata Solis

Ln   Description                               Service Period      Amount
---  ----------------------------------------  -------------  ----------
010  Vigilant FaceSearch facial recognition,   12/01/2023 -    14,850.00
     annual subscription (6 named users @      11/30/2024
     $2,475.00 per user)
020  FaceSearch Mobile app - included with     12/01/2023 -         0.00
     FaceSearch subscription                   11/30/2024
030  LEARN LPR analytics, agency license,      12/01/2023 -     7,200.00
     unlimited users                           11/30/2024
040  Reaper mobile LPR kit, installed (2       one-time        37,900.00
     vehicles @ $18,950.00)
050  FaceSearch gallery onboarding: convert    one-time         3,250.00
     and load KPD booking photos (approx.
     118,000 images, 2004-2023)
                                                  Subtotal     63,200.00
                                    Sales tax 8.25% (exempt)         0.00
                                    Shipping and handling          425.00
                                                              ----------
                                                  AMOUNT DUE   63,625.00

Notes: FaceSearch searches the agency's own booking photos and, where
the agency opts in, the shared FaceSearch gallery of more than 15
million booking photos contributed by participating agencies.
Tax exempt under Texas Tax Code Sec. 151.309; certificate on file.
Past-due balances accrue interest at 1% per month.
Billing questions: (800) 555-0134, option 3""", "Page 1 of 1"),
    (None, """\
CITY OF KILLEEN - INVOICE APPROVAL AND RECEIVING REPORT

Department:  Police - CID                Vendor No.:   014722
Vendor:      Motorola Solutions, Inc.    Invoice No.:  5310447826
PO No.:      KPD-24-000319               Invoice Amt.: $63,625.00

ACCOUNT DISTRIBUTION
  Inv. Ln   Account              Description                   Amount
  -------   ------------------   -------------------------  ---------
  010       010-4115-491.42-10   Software subscriptions     14,850.00
  030       010-4115-491.42-10   Software subscriptions      7,200.00
  040       223-4115-491.84-30   Seized funds - equipment   37,900.00
  050       010-4115-491.42-10   Software subscriptions      3,250.00
  S&H       223-4115-491.84-30   Freight                       425.00
                                 Total                      63,625.00

Goods / services received:   [X] Complete    [ ] Partial

Received by:  Sgt. Owen Pratt, CID              Date:  11/20/2023
Approved by:  Lt. Renata Solis, CID             Date:  11/20/2023
Finance:      ________________________          Date:  __________

REMARKS
Last year's FaceSearch subscription was $13,200 for 5 users. The
FY 2025 renewal is in the CID budget request at $15,600 (12 months,
6 users). Reminder to CID: General Order 509.4 requires a
supervisor's approval before each FaceSearch query, and a FaceSearch
result cannot be used as the only basis for an arrest.""", "KPD PIR 24-1193                                           000027"),
], "pdf", KPD,
    [KPD, "City of Killeen"],
    [MSI, "Vigilant Solutions"],
    [FS, "FaceSearch Mobile", "LEARN", "Reaper"],
    [C(14850, 14850, "year", "010 Vigilant FaceSearch facial recognition, 12/01/2023 - 14,850.00", KPD, MSI, FS),
     C(2475, 2475, "year", "$2,475.00 per user", KPD, MSI, FS, unit="per user"),
     C(3250, 3250, "one-time", "050 FaceSearch gallery onboarding: convert one-time 3,250.00", KPD, MSI, FS),
     C(13200, 13200, "year", "Last year's FaceSearch subscription was $13,200 for 5 users", KPD, MSI, FS),
     C(15600, 15600, "year", "The FY 2025 renewal is in the CID budget request at $15,600 (12 months, 6 users)",
       KPD, MSI, FS)],
    [N(6, "exact", "licenses", None, "annual subscription (6 named users", KPD, MSI),
     N(118000, "approximately", "images", None, "(approx. 118,000 images", KPD, MSI),
     N(15000000, "more than", "images", None,
       "the shared FaceSearch gallery of more than 15 million booking photos", None, "Vigilant Solutions"),
     N(5, "exact", "licenses", None, "Last year's FaceSearch subscription was $13,200 for 5 users", KPD, MSI)],
    [P("General Order 509.4 requires a supervisor's approval before each FaceSearch query", KPD, "requirement"),
     P("a FaceSearch result cannot be used as the only basis for an arrest.", KPD, "disclaimer")],
    [],
    ["2023-11-08", "2023-12-08", "2023-12-01", "2024-11-30", "2004", "2023", "2023-11-20"],
    scan="pdf")


# ---------------------------------------------------------------- 3 New York: Utica PD
UPD = "Utica Police Department"
EPSS = "Empire Public Safety Systems"
NFR = "NeoFace Reveal"
SUBJ3 = "NeoFace Reveal price list - Utica PD"
doc("03_utica-pd-neoface-price-list-apple-mail.txt", [
    (None, """\
From:    Daniel Kowalczyk <dkowalczyk@uticapd.example>
Subject: Re: Fwd: NeoFace Reveal price list - Utica PD
Date:    March 14, 2024 at 8:03:52 AM EDT
To:      Gregory Albanese <galbanese@uticapd.example>
Cc:      Janine Moretti <jmoretti@cityofutica.example>

Greg,

Price is more than I expected. Go back to Empire and ask whether
they will do the server and four workstations for $70,000 flat,
installation and training included. Janine says we can fund up to
$75,000 from the forfeiture account this year, nothing more, and the
maintenance has to go into the 2025 budget request.

Whatever we buy, GO 6.14 still applies: no search without a UPD case
number, and only trained examiners run searches.

Dan

On Mar 13, 2024, at 4:47 PM, Gregory Albanese
<galbanese@uticapd.example> wrote:

> Chief,
>
> Brian Kessler at Empire Public Safety Systems sent the NEC price
> list below. Short version: about $80K up front, then maintenance
> every year after the first.
>
> Why NEC: NeoFace Reveal runs on our own server, so our booking photo
> archive (about 64,000 photos going back to 2006) never leaves the
> building. Right now we send photos to DCJS and wait 3 to 5 days for
> an answer; we sent 57 requests to DCJS last year. We'd start with
> the detectives who finished the DCJS examiner course, and the fourth
> workstation would go to the Oneida County Sheriff's Office detective
> on our task force at no cost to them.
>
> One more thing: right now there is no written policy that stops an
> officer from running a photo through a free app on a personal
> phone. I'd like GO 6.14 amended to close that gap once we have a
> system. Clearview pitched us in January but I didn't ask them for a
> quote; the Council won't accept an internet-scraped database.""", "UPD FOIL 24-0387                                         000112"),
    (None, """\
>
> Greg
>
> Begin forwarded message:
>
> From: Brian Kessler <bkessler@empirepss.example>
> Subject: NeoFace Reveal price list - Utica PD
> Date: March 8, 2024 at 4:55:12 PM EST
> To: Gregory Albanese <galbanese@uticapd.example>
>
> Deputy Chief Albanese,
>
> Thanks for the call. Our NEC price list for Utica is below.
>
> NEC NeoFace Reveal - City of Utica Police Department
> Quote EPSS-24-0219     Valid 60 days     Prices exclude sales tax
>
> ONE-TIME CHARGES
> Part No.  Description                  Qty   Unit Price     Extended
> NFR-SRV   NeoFace Reveal server          1   $38,000.00   $38,000.00
>           licence
> NFR-WS    Examiner workstation licence   4    $6,250.00   $25,000.00
> PS-INST   Installation and gallery       1    $9,800.00    $9,800.00
>           migration (64,000 images)
> PS-TRN    Examiner training, 3 days      1    $7,400.00    $7,400.00
>           on site
>                                 One-time subtotal         $80,200.00
>
> ANNUAL CHARGES (from year 2)
> NFR-MNT   Software maintenance and support,
>           20% of licence fees, per year                   $12,600.00
>
> Year 1 maintenance is included in the licence price. Freight for
> the server ($310.00) is billed at cost. Empire holds NYS OGS
> contract PT68842.
>
> Brian Kessler
> Public Safety Solutions | Empire Public Safety Systems, Inc.
> Authorized NEC Partner | (315) 555-0148""", "UPD FOIL 24-0387                                         000113"),
], "print", UPD,
    [UPD, "New York State Division of Criminal Justice Services", "Oneida County Sheriff's Office",
     "Utica Common Council"],
    [EPSS, "NEC", "Clearview AI"],
    [NFR],
    [C(None, 75000, None, "we can fund up to $75,000 from the forfeiture account this year", UPD, EPSS, NFR),
     C(38000, 38000, "one-time", "NFR-SRV NeoFace Reveal server 1 $38,000.00 $38,000.00", UPD, EPSS, NFR),
     C(25000, 25000, "one-time", "NFR-WS Examiner workstation licence 4 $6,250.00 $25,000.00", UPD, EPSS, NFR),
     C(6250, 6250, "one-time", "NFR-WS Examiner workstation licence 4 $6,250.00", UPD, EPSS, NFR,
       unit="per workstation"),
     C(9800, 9800, "one-time", "PS-INST Installation and gallery 1 $9,800.00 $9,800.00", UPD, EPSS, NFR),
     C(7400, 7400, "one-time", "PS-TRN Examiner training, 3 days 1 $7,400.00 $7,400.00", UPD, EPSS, NFR),
     C(80200, 80200, "one-time", "One-time subtotal $80,200.00", UPD, EPSS, NFR),
     C(12600, 12600, "year", "20% of licence fees, per year $12,600.00", UPD, EPSS, NFR)],
    [N(64000, "approximately", "images", None, "our booking photo archive (about 64,000 photos", UPD, "NEC"),
     N(57, "exact", "requests", "year", "we sent 57 requests to DCJS last year", UPD),
     N(4, "exact", "licenses", None, "NFR-WS Examiner workstation licence 4", UPD, EPSS)],
    [P("GO 6.14 still applies: no search without a UPD case number, and only trained examiners run searches.",
       UPD, "requirement")],
    [E("Daniel Kowalczyk", "Gregory Albanese", "March 14, 2024 at 8:03:52 AM EDT", "Re: Fwd: " + SUBJ3),
     E("Gregory Albanese", None, "Mar 13, 2024, at 4:47 PM", None),
     E("Brian Kessler", "Gregory Albanese", "March 8, 2024 at 4:55:12 PM EST", SUBJ3)],
    ["2024-03-14", "2024-03-13", "2024-03-08", "2025", "2006"],
    scan="print")


# ---------------------------------------------------------------- 4 Illinois: Schaumburg PD
SPD = "Schaumburg Police Department"
DWP = "DataWorks Plus"
doc("04_schaumburg-pd-general-order-facial-recognition.txt", [
    (None, """\
SCHAUMBURG POLICE DEPARTMENT
GENERAL ORDER

Number:    GO-41-07                     Effective:    June 3, 2024
Subject:   FACIAL RECOGNITION           Review date:  June 2025
           TECHNOLOGY
Chapter:   41 - Patrol and Investigative Operations
Amends:    GO-41-07 issued September 14, 2021
CALEA:     42.1.3, 82.1.1
Distribution: All sworn members; Records Section; Crime Analysis Unit
By order of: Marguerite Olson, Chief of Police

I.  PURPOSE
This order sets the rules under which members may use facial
recognition technology (FRT) to compare an image of an unknown person
with booking photographs.

II.  POLICY
The Department uses FRT only to generate investigative leads in
criminal investigations and to identify persons who cannot identify
themselves. A possible match from FRT is an investigative lead only.
It is not a positive identification and shall not, by itself,
establish probable cause for an arrest, a search warrant or a photo
lineup.

III.  DEFINITIONS
A. Probe image - the image of an unknown person submitted for search.
B. Candidate list - the ranked booking photographs the system returns.
C. Examiner - a member trained and designated under Section VII.

IV.  AUTHORIZED SYSTEM
A. FACE Plus, licensed by the Department from DataWorks Plus, LLC, is
   the only FRT system members are authorized to use.
B. As of May 31, 2024, the FACE Plus gallery held 212,640 booking
   photographs of approximately 97,000 persons, taken by the
   Department and by the Hoffman Estates Police Department under an
   intergovernmental agreement.
C. Members shall not use Clearview AI or any other service that
   searches images collected from the internet or social media.
   Under the May 2022 settlement in ACLU v. Clearview AI, Clearview
   may not sell its service to Illinois law enforcement agencies
   until May 2027.""", "GO-41-07  Facial Recognition Technology                      Page 1 of 3"),
    (None, """\
D. The Biometric Information Privacy Act (740 ILCS 14/) does not
   apply to the Department's use of FACE Plus. Members shall
   nonetheless handle probe images as evidence under GO-84-02.

V.  AUTHORIZED USES
Members may request an FRT search only:
   1. to identify a suspect, victim or witness in a criminal
      investigation that has a Department report number;
   2. to identify a deceased person, or a person who cannot identify
      himself or herself because of injury, illness or disability;
   3. to help locate a missing or endangered person.

VI.  PROHIBITED USES
Members shall not use FRT:
   1. to identify a person participating in a lawful demonstration,
      rally or other activity protected by the First Amendment;
   2. on live or streaming video, or for real-time surveillance of
      any place or person;
   3. on images from body-worn or in-car cameras, unless the image
      is evidence in a criminal investigation;
   4. to identify a person based solely on race, ethnicity,
      religion, sexual orientation, gender identity or immigration
      status;
   5. for civil immigration enforcement, consistent with the Illinois
      TRUST Act (5 ILCS 805/);
   6. for personal purposes or any purpose not related to Department
      duties;
   7. with a probe image altered by combining facial features from
      different photographs, except to crop or remove a background.

VII.  PROCEDURES
A. Only examiners may run FACE Plus searches. Before receiving an
   account, an examiner must complete the DataWorks Plus operator
   course and 8 hours of Department training on facial comparison
   and bias.
B. Every search request shall be entered on Form SPD-412 with the
   report number and approved by a sergeant or higher rank.
C. A second examiner shall independently review each candidate
   before it is released to the case investigator as a lead.""",
     "GO-41-07  Facial Recognition Technology                      Page 2 of 3"),
    (None, """\
D. The case investigator must corroborate any lead with independent
   evidence before taking enforcement action.

VIII.  ACCESS, AUDIT AND REPORTING
A. As of the effective date of this order, eight members hold FACE
   Plus examiner accounts. In calendar year 2023, examiners ran 318
   FACE Plus searches.
B. The Investigations Division commander shall audit the FACE Plus
   search log each quarter.
C. The Chief of Police shall publish an annual report stating the
   number of searches, their purposes and the number of leads
   produced.

IX.  VIOLATIONS
Violation of this order may result in suspension of FRT access and
discipline up to and including separation under GO-26-01.

X.  PROPOSED AMENDMENT (UNDER REVIEW - NOT IN EFFECT)
The Village Board's Public Safety Committee has asked the Department
to consider adding to Section VI: "8. on images obtained by unmanned
aircraft (drones)." The Department has not adopted this provision.
There is no Village ordinance that prohibits or limits FRT.""",
     "GO-41-07  Facial Recognition Technology                      Page 3 of 3"),
], "pdf", SPD,
    [SPD, "Hoffman Estates Police Department", "Schaumburg Village Board"],
    [DWP, "Clearview AI"],
    ["FACE Plus"],
    [],
    [N(212640, "exact", "images", None, "the FACE Plus gallery held 212,640 booking photographs", SPD, DWP),
     N(97000, "approximately", "images", None, "approximately 97,000 persons", SPD, DWP),
     N(8, "exact", "users", None, "eight members hold FACE Plus examiner accounts", SPD, DWP),
     N(318, "exact", "searches", "year", "In calendar year 2023, examiners ran 318 FACE Plus searches.", SPD, DWP)],
    [P("The Department uses FRT only to generate investigative leads in criminal investigations and to identify "
       "persons who cannot identify themselves.", SPD, "purpose"),
     P("It is not a positive identification and shall not, by itself, establish probable cause for an arrest, a "
       "search warrant or a photo lineup.", SPD, "disclaimer"),
     P("FACE Plus, licensed by the Department from DataWorks Plus, LLC, is the only FRT system members are "
       "authorized to use.", SPD, "permission"),
     P("Members shall not use Clearview AI or any other service that searches images collected from the internet "
       "or social media.", SPD, "prohibition"),
     P("Members shall nonetheless handle probe images as evidence under GO-84-02.", SPD, "requirement"),
     P("to identify a suspect, victim or witness in a criminal investigation that has a Department report number;",
       SPD, "purpose"),
     P("to identify a deceased person, or a person who cannot identify himself or herself because of injury, "
       "illness or disability;", SPD, "purpose"),
     P("to help locate a missing or endangered person.", SPD, "purpose"),
     P("to identify a person participating in a lawful demonstration, rally or other activity protected by the "
       "First Amendment;", SPD, "prohibition"),
     P("on live or streaming video, or for real-time surveillance of any place or person;", SPD, "prohibition"),
     P("on images from body-worn or in-car cameras, unless the image is evidence in a criminal investigation;",
       SPD, "prohibition"),
     P("to identify a person based solely on race, ethnicity, religion, sexual orientation, gender identity or "
       "immigration status;", SPD, "prohibition"),
     P("for civil immigration enforcement, consistent with the Illinois TRUST Act (5 ILCS 805/);", SPD,
       "prohibition"),
     P("for personal purposes or any purpose not related to Department duties;", SPD, "prohibition"),
     P("with a probe image altered by combining facial features from different photographs, except to crop or "
       "remove a background.", SPD, "prohibition"),
     P("Only examiners may run FACE Plus searches.", SPD, "requirement"),
     P("Before receiving an account, an examiner must complete the DataWorks Plus operator course and 8 hours of "
       "Department training on facial comparison and bias.", SPD, "requirement"),
     P("Every search request shall be entered on Form SPD-412 with the report number and approved by a sergeant "
       "or higher rank.", SPD, "requirement"),
     P("A second examiner shall independently review each candidate before it is released to the case "
       "investigator as a lead.", SPD, "requirement"),
     P("The case investigator must corroborate any lead with independent evidence before taking enforcement "
       "action.", SPD, "requirement"),
     P("The Investigations Division commander shall audit the FACE Plus search log each quarter.", SPD,
       "requirement"),
     P("The Chief of Police shall publish an annual report stating the number of searches, their purposes and the "
       "number of leads produced.", SPD, "requirement"),
     P("Violation of this order may result in suspension of FRT access and discipline up to and including "
       "separation under GO-26-01.", SPD, "consequence")],
    [],
    ["2024-06-03", "2025-06", "2021-09-14", "2024-05-31", "2022-05", "2027-05", "2023"],
    scan=None)


# ---------------------------------------------------------------- 5 North Carolina: Cary PD
CARY = "Cary Police Department"
CFI = "Carolina Forensic Imaging"
DBS = "FaceVACS-DBScan LE"
doc("05_cary-pd-public-records-reply-letter.txt", [
    (None, """\
                             TOWN OF CARY
          Police Department - Records and Public Information
        P.O. Box 8005, Cary, North Carolina 27512 | (919) 555-0126

August 22, 2024

Sent by email to t.obi@trianglesunlight.example

Ms. Tamsin Obi
Triangle Sunlight Project
P.O. Box 40817
Raleigh, NC 27629

Re: Public Records Request PRR-2024-0862 (facial recognition)

Dear Ms. Obi:

The Town of Cary received your request on July 29, 2024. You asked
for (1) contracts, purchase orders and invoices for facial
recognition software used by the Cary Police Department; (2) any
policy governing its use; and (3) records showing how often it has
been used since January 1, 2023. This letter completes the Town's
response under Chapter 132 of the North Carolina General Statutes.

Records released. The enclosed records are listed in the attached
index. In summary, they show the following.

The Department licenses FaceVACS-DBScan LE, facial recognition
software made by Cognitec Systems, through Carolina Forensic Imaging,
Inc., of Durham. Under Contract C-2022-0419 the Town paid a one-time
price of $48,900 in October 2022 for a server licence, two examiner
workstation licences, installation and training. Annual maintenance
was $8,800 for the year that began October 1, 2023, and will rise to
$9,240 per year on October 1, 2024 under the contract's 5% annual
escalator. No other facial recognition product has been purchased.
Detectives used a free Clearview AI trial account for several weeks
in 2020; the Town did not buy a Clearview subscription.""",
     "PRR-2024-0862                                                Page 1 of 3"),
    (None, """\
The system searches only booking photographs taken by the Cary Police
Department, about 38,200 images as of July 31, 2024. It is not
connected to the Division of Motor Vehicles photo database or to the
State Bureau of Investigation.

Four detectives in the Criminal Investigations Division are trained
examiners and hold accounts. Directive 2.41, Facial Recognition
Searches (enclosed), requires that every search be tied to a case
number and approved by a sergeant. It also states that a candidate
returned by the software is not probable cause and must be confirmed
by other investigative means. The Department has no policy that
addresses face recognition on body-worn camera video, because its
Axon Body 3 cameras do not have that capability.

Usage. The Department does not keep a report summarizing use, and
the Public Records Act does not require the Town to create one (G.S.
132-6.2(e)). The enclosed export of the search log shows 143 searches
in calendar year 2023 and 96 searches from January 1 through June 30,
2024.

Records withheld or redacted. Case numbers, probe images and
candidate photographs in the search log are redacted as records of
criminal investigations under G.S. 132-1.4. The server configuration
worksheet is withheld under G.S. 132-6.1(c) because it would reveal
the Town's security features.

Fees. The Town has not charged a fee for this request.

If you have questions about this response, please call me at the
number above.

Sincerely,

Lauren Whitcomb
Public Records Officer, Cary Police Department

Enclosures: Records 1-6 (see index)
cc: Town Attorney's Office""", "PRR-2024-0862                                                Page 2 of 3"),
    (None, """\
INDEX OF RECORDS - PRR-2024-0862

No.  Record                                   Date        Pages  Release
---  ---------------------------------------  ----------  -----  ----------
1    Contract C-2022-0419, Carolina Forensic  09/27/2022     14  Full
     Imaging, Inc. (FaceVACS-DBScan LE)
2    Invoice CFI-3381: licences,              10/18/2022      2  Full
     installation and training ($48,900.00)
3    Invoice CFI-4102: maintenance,           09/29/2023      1  Full
     10/2023 - 09/2024 ($8,800.00)
4    Renewal quote Q-2024-117: maintenance,   07/15/2024      1  Full
     10/2024 - 09/2025 ($9,240.00)
5    Directive 2.41, Facial Recognition       03/01/2023      6  Full
     Searches
6    Search log export, 01/01/2023 -          07/31/2024     11  Redacted
     06/30/2024                                                  132-1.4
--   Server configuration worksheet           10/12/2022      3  Withheld
                                                                 132-6.1(c)

Pages released: 35.  Pages withheld: 3.""",
     "PRR-2024-0862                                                Page 3 of 3"),
], "pdf", CARY,
    [CARY, "Town of Cary", "North Carolina Division of Motor Vehicles", "North Carolina State Bureau of Investigation"],
    ["Cognitec Systems", CFI, "Clearview AI", "Axon"],
    [DBS, "Axon Body 3"],
    [C(48900, 48900, "one-time", "the Town paid a one-time price of $48,900", CARY, CFI, DBS),
     C(8800, 8800, "year", "Annual maintenance was $8,800 for the year that began October 1, 2023", CARY, CFI, DBS),
     C(9240, 9240, "year", "$9,240 per year", CARY, CFI, DBS)],
    [N(2, "exact", "licenses", None, "two examiner workstation licences", CARY, CFI),
     N(38200, "approximately", "images", None, "about 38,200 images", CARY, "Cognitec Systems"),
     N(4, "exact", "users", None, "Four detectives in the Criminal Investigations Division are trained examiners and "
       "hold accounts.", CARY, "Cognitec Systems"),
     N(143, "exact", "searches", "year", "143 searches in calendar year 2023", CARY, "Cognitec Systems"),
     N(96, "exact", "searches", None, "96 searches from January 1 through June 30, 2024", CARY,
       "Cognitec Systems")],
    [P("Directive 2.41, Facial Recognition Searches (enclosed), requires that every search be tied to a case number "
       "and approved by a sergeant.", CARY, "requirement"),
     P("It also states that a candidate returned by the software is not probable cause and must be confirmed by "
       "other investigative means.", CARY, "disclaimer")],
    [],
    ["2024-08-22", "2024-07-29", "2023-01-01", "2022-10", "2023-10-01", "2024-10-01", "2020", "2024-07-31",
     "2023", "2024-01-01", "2024-06-30", "2022-09-27", "2022-10-18", "2023-09-29", "2024-07-15", "2023-03-01",
     "2022-10-12"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Indiana: Terre Haute PD
THPD = "Terre Haute Police Department"
CV = "Clearview AI"
doc("06_terre-haute-pd-clearview-annual-report-2023.txt", [
    (None, """\
TERRE HAUTE POLICE DEPARTMENT
Criminal Investigations Division - Crime Analysis Unit

2023 ANNUAL REPORT: CLEARVIEW AI FACIAL RECOGNITION SEARCHES

To:         Raymond Tilley, Chief of Police
From:       Bethany Gorski, Crime Analyst
Date:       January 26, 2024

1. SUBSCRIPTION
The Department has subscribed to Clearview AI since March 2021. The
2023 subscription ran from March 1, 2023 to February 29, 2024 and
covered 12 user accounts at $1,650 per account, a total of $19,800,
paid from the Department's federal equitable sharing account. The
renewal quote for March 2024 to February 2025 is $21,600 for the same
12 accounts. Clearview Mobile is included at no additional charge.
Clearview AI reports that its database contains more than 40 billion
publicly available images.

2. SEARCHES BY MONTH
Table 1 counts every search in the Clearview AI account history for
2023, including searches run at the request of other agencies.

Table 1. Clearview AI searches, January - December 2023

             Searches   Run for other    Possible    Leads to
Month           (all)        agencies     matches  detectives
-----------  --------  --------------  ----------  ----------
January            48               5          29          11
February           41               4          27           9
March              57               6          35          14
April              52               3          31          12
May                63               7          40          15
June               70               8          44          17
July               66               6          39          13
August             59               5          36          12
September          54               4          33          10
October            61               7          38          14
November           49               5          30          11
December           64               7          41          16
-----------  --------  --------------  ----------  ----------
Total 2023        684              67         423         154""", "THPD CAU-2024-004                                           Page 1 of 2"),
    (None, """\
3. USERS AND REQUESTS
Ten of the 12 account holders ran at least one search in 2023. Most
searches (71%) were run by detectives in the Crimes Against Persons
and Property Crimes units. Searches for other agencies were requested
mainly by the Vigo County Sheriff's Office, the Indiana State
University Police Department and the West Terre Haute Police
Department. The Department does not charge them for searches.

4. OUTCOMES
A possible match was returned in 61.8% of searches and a lead was
forwarded to a detective in 22.5% of searches. Detectives report that
Clearview leads contributed to 38 arrests in 2023.

5. POLICY AND AUDIT
Use is governed by Standard Operating Procedure 4-22, Facial
Recognition (revised October 2022), which provides that:
  - accounts are issued only to sworn members who complete Clearview
    AI's online training and the Department's legal update on facial
    recognition;
  - every search must be entered with an incident or case number;
  - a possible match is an investigative lead only and must be
    independently verified before any arrest;
  - account holders may not share login credentials or run searches
    for personal reasons;
  - misuse results in suspension of the account and referral to the
    Office of Professional Standards.

The December audit of the account history found a small number of
entries without a case number; the account holders were retrained.
SOP 4-22 does not address searches of images from the City's
downtown camera network. A revision is under review.

Released under Ind. Code 5-14-3, APRA request 2024-041.""",
     "THPD CAU-2024-004                                           Page 2 of 2"),
], "pdf", THPD,
    [THPD, "Vigo County Sheriff's Office", "Indiana State University Police Department",
     "West Terre Haute Police Department"],
    [CV],
    ["Clearview Mobile"],
    [C(1650, 1650, "year", "covered 12 user accounts at $1,650 per account", THPD, CV, unit="per user"),
     C(19800, 19800, "year", "a total of $19,800", THPD, CV),
     C(21600, 21600, "year", "The renewal quote for March 2024 to February 2025 is $21,600", THPD, CV)],
    [N(12, "exact", "licenses", None, "covered 12 user accounts", THPD, CV),
     N(40000000000, "more than", "images", None, "its database contains more than 40 billion publicly available images",
       None, CV),
     N(48, "exact", "searches", "month", "January            48", THPD, CV),
     N(41, "exact", "searches", "month", "February           41", THPD, CV),
     N(57, "exact", "searches", "month", "March              57", THPD, CV),
     N(52, "exact", "searches", "month", "April              52", THPD, CV),
     N(63, "exact", "searches", "month", "May                63", THPD, CV),
     N(70, "exact", "searches", "month", "June               70", THPD, CV),
     N(66, "exact", "searches", "month", "July               66", THPD, CV),
     N(59, "exact", "searches", "month", "August             59", THPD, CV),
     N(54, "exact", "searches", "month", "September          54", THPD, CV),
     N(61, "exact", "searches", "month", "October            61", THPD, CV),
     N(49, "exact", "searches", "month", "November           49", THPD, CV),
     N(64, "exact", "searches", "month", "December           64", THPD, CV),
     N(684, "exact", "searches", "year", "Total 2023        684", THPD, CV),
     N(67, "exact", "requests", "year", "Total 2023        684              67", THPD, CV),
     N(423, "exact", "matches", "year", "Total 2023        684              67         423", THPD, CV),
     N(154, "exact", "leads", "year", "Total 2023        684              67         423         154", THPD, CV),
     N(10, "exact", "users", "year", "Ten of the 12 account holders ran at least one search in 2023", THPD, CV),
     N(38, "exact", "arrests", "year", "Clearview leads contributed to 38 arrests in 2023", THPD, CV)],
    [P("accounts are issued only to sworn members who complete Clearview AI's online training and the Department's "
       "legal update on facial recognition;", THPD, "requirement"),
     P("every search must be entered with an incident or case number;", THPD, "requirement"),
     P("a possible match is an investigative lead only and must be independently verified before any arrest;",
       THPD, "disclaimer"),
     P("account holders may not share login credentials or run searches for personal reasons;", THPD,
       "prohibition"),
     P("misuse results in suspension of the account and referral to the Office of Professional Standards.", THPD,
       "consequence")],
    [],
    ["2024-01-26", "2021-03", "2023-03-01", "2024-02-29", "2024-03", "2025-02", "2023", "2022-10"],
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
