"""Writes docs/*.txt and labels.json for holdout19 (invented releases). Labels are written from intent."""
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
        scan=None, usage_override=None):
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


# ---------------------------------------------------------------- 1 Boulder
BPD = "Boulder Police Department"
doc("01_boulder-pd-clearview-reseller-quote-po.txt", [
    (None, """\
CARAHSOFT TECHNOLOGY CORP.
11493 Sunset Hills Road, Suite 100, Reston, Virginia 20190

QUOTE # Q-48213-CO                                        Quote Date: 03/14/2024
Prepared for:  Boulder Police Department, Investigations Division
               1805 33rd Street, Boulder, CO 80301
Attention:     Det. Sgt. Marisol Everly
Valid through: April 13, 2024
Manufacturer:  Clearview AI, Inc. (Carahsoft acts as authorized reseller)

LINE  PART NO.       DESCRIPTION                                   QTY  UNIT PRICE    EXTENDED
1     CV-INV-12M     Clearview AI Investigative Platform, named      6   $1,850.00   $11,100.00
                     user, 12-month term, billed annually
2     CV-ONB-01      Remote onboarding and operator certification    1   $1,250.00    $1,250.00
                     course (one-time)
3     CV-CRD-LOY     Loyalty credit, applied against line 1          1    -$900.00     -$900.00
4     RGM-2210       Rugged tablet vehicle mount (hardware, not      4     $189.00      $756.00
                     part of the Clearview platform)
                                                           SUBTOTAL               $12,206.00
                                                           SHIPPING                   $45.00
                                                           TOTAL                  $12,251.00

Quote notes
a. Quantity reflects six named user seats for the Major Crimes Unit.
b. Platform access includes the Clearview search index of more than 50 billion publicly
   available facial images.
c. Pricing is firm for 30 days. Taxes not included. Terms net 30.
""", "BOULDER-PRR-24-0611-000001"),
    (None, """\
CITY OF BOULDER                                             PURCHASE ORDER
Finance Department - Purchasing Division

PO Number: 2024-000731                                   PO Date: 04/02/2024
Vendor:    Carahsoft Technology Corp. (reseller for Clearview AI, Inc.)
Ship to:   Boulder Police Department
Account:   110-31-4410-5330 Software Subscriptions

Description: Clearview AI Investigative Platform subscription and onboarding per
Quote Q-48213-CO, term 04/15/2024 through 04/14/2025.

Net face recognition software and services after credit: $11,450.00
The amount of this order shall not exceed $11,500.00. Vehicle mounts are ordered
separately on PO 2024-000732.

Special conditions
1. The accountability report required by state law was posted for public comment on
   February 20, 2024, and presented to City Council on March 5, 2024.
2. Search access shall be limited to sworn personnel who have completed the vendor
   certification course and the Department's bias-awareness module.
3. Results returned by the platform are investigative leads only and may not be used as the
   sole basis for an arrest or a search warrant.
4. Vendor will provide quarterly usage statistics to the Department on request.

Approved: R. Okonkwo, Chief Procurement Officer                        Page 2 of 2
""", "BOULDER-PRR-24-0611-000002"),
], "pdf", BPD,
    [BPD, "City of Boulder", "Boulder City Council"], ["Carahsoft", "Clearview AI"], ["Clearview AI Investigative Platform"],
    [C(11100, 11100, "year", "$11,100.00", BPD, "Carahsoft", "Clearview AI Investigative Platform"),
     C(1850, 1850, "year", "$1,850.00", BPD, "Carahsoft", "Clearview AI Investigative Platform", unit="per user"),
     C(1250, 1250, "one-time", "$1,250.00", BPD, "Carahsoft", "Clearview AI Investigative Platform"),
     C(11450, 11450, None, "Net face recognition software and services after credit: $11,450.00", BPD, "Carahsoft",
       "Clearview AI Investigative Platform"),
     C(None, 11500, None, "shall not exceed $11,500.00", BPD, "Carahsoft", "Clearview AI Investigative Platform")],
    [N(6, "exact", "users", None, "six named user seats", BPD, "Carahsoft"),
     N(50000000000, "more than", "images", None, "more than 50 billion publicly\n   available facial images", None, "Clearview AI")],
    [P("Search access shall be limited to sworn personnel who have completed the vendor\n   certification course and the Department's bias-awareness module.", BPD),
     P("Results returned by the platform are investigative leads only and may not be used as the\n   sole basis for an arrest or a search warrant.", BPD)],
    [], ["2024-03-14", "2024-04-13", "2024-04-02", "2024-04-15", "2025-04-14", "2024-02-20", "2024-03-05"],
    scan="pdf")

# ---------------------------------------------------------------- 2 Provo (Gmail print)
PPD = "Provo Police Department"
G_H = "1/12/24, 3:05 PM                         Provo City Mail - Re: FaceSearch trial - next steps"
doc("02_provo-pd-facesearch-trial-gmail.txt", [
    (G_H, """\
Provo City Mail                                                    Kendra Holt <kholt@provo.org>

Re: FaceSearch trial - next steps
3 messages

Brandon Tufts <brandon.tufts@motorolasolutions.com>                     Tue, Jan 9, 2024 at 10:42 AM
To: Kendra Holt <kholt@provo.org>
Cc: "Aaron Sorensen" <asorensen@provo.org>

Kendra,

Thanks for the time on Monday. A reminder that the trial accounts for your 4 detectives expire
on January 31. Pricing for Provo on Vigilant FaceSearch:

  - Standard tier: $7,200 per year for up to 10 users, invoiced each July
  - Small-seat option: $950 per user per year (recommended only below 6 seats)

Both include your agency's own booking gallery plus the shared gallery, which currently
holds roughly 18 million mugshots contributed by participating agencies. Utah County
Sheriff's Office is already contributing.

Brandon Tufts | Account Executive, Motorola Solutions (Vigilant)

Kendra Holt <kholt@provo.org>                                           Wed, Jan 10, 2024 at 8:15 AM
To: Brandon Tufts <brandon.tufts@motorolasolutions.com>
Cc: "Aaron Sorensen" <asorensen@provo.org>

Brandon - quick numbers for the write-up. During the trial the detectives ran 61 searches,
which produced 9 possible leads; two have been confirmed by other evidence so far.
""", "https://mail.google.com/mail/u/0/?ik=3f0a9c&view=pt&search=all                    1/2"),
    (G_H, """\
Aaron Sorensen <asorensen@provo.org>                                    Thu, Jan 11, 2024 at 4:51 PM
To: Kendra Holt <kholt@provo.org>

Kendra,

Hold off on any purchase request until the draft policy is ready. Chief's position is that
we would prohibit searches of people engaged in protest or other First Amendment activity,
but that language is still a draft and nothing has been adopted.

Reminder that under current state law, any comparison against driver license photos must be
requested through the Department of Public Safety; we cannot query that database ourselves.

If this goes forward it will be a council item in the spring.

Lt. Aaron Sorensen
Provo Police Department | Criminal Investigations
""", "https://mail.google.com/mail/u/0/?ik=3f0a9c&view=pt&search=all                    2/2"),
], "print", PPD,
    [PPD, "Utah County Sheriff's Office", "Utah Department of Public Safety"],
    ["Motorola Solutions", "Vigilant Solutions"], ["Vigilant FaceSearch"],
    [C(7200, 7200, "year", "$7,200 per year", PPD, "Motorola Solutions", "Vigilant FaceSearch"),
     C(950, 950, "year", "$950 per user per year", PPD, "Motorola Solutions", "Vigilant FaceSearch", unit="per user")],
    [N(4, "exact", "users", None, "trial accounts for your 4 detectives", PPD, "Motorola Solutions"),
     N(10, "up to", "users", None, "up to 10 users", PPD, "Motorola Solutions"),
     N(18000000, "approximately", "images", None, "roughly 18 million mugshots", None, "Motorola Solutions"),
     N(61, "exact", "searches", None, "the detectives ran 61 searches", PPD, "Motorola Solutions"),
     N(9, "exact", "leads", None, "9 possible leads", PPD, "Motorola Solutions"),
     N(2, "exact", "identifications", None, "two have been confirmed", PPD, "Motorola Solutions")],
    [P("any comparison against driver license photos must be\nrequested through the Department of Public Safety", PPD)],
    [E("Brandon Tufts", "Kendra Holt", "Tue, Jan 9, 2024 at 10:42 AM", "Re: FaceSearch trial - next steps"),
     E("Kendra Holt", "Brandon Tufts", "Wed, Jan 10, 2024 at 8:15 AM", "Re: FaceSearch trial - next steps"),
     E("Aaron Sorensen", "Kendra Holt", "Thu, Jan 11, 2024 at 4:51 PM", "Re: FaceSearch trial - next steps")],
    ["2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12"])

# ---------------------------------------------------------------- 3 Lubbock
LC = "Lubbock County Sheriff's Office"
DW = "DataWorks Plus"
FP = "FACE Plus"
doc("03_lubbock-county-so-dataworks-amendment.txt", [
    (None, """\
LUBBOCK COUNTY COMMISSIONERS COURT
AGENDA ITEM SUMMARY                                   Meeting Date: August 26, 2024
Item No. 14                                           Department: Sheriff's Office

SUBJECT: Consider and take action on Amendment No. 2 to Agreement No. 2021-0388 between
Lubbock County and DataWorks Plus, LLC for the FACE Plus facial recognition system.

BACKGROUND: The Court approved the FACE Plus agreement in 2021. Amendment No. 1 (2022)
added the mobile capture option at a one-time cost of $38,400. Amendment No. 2 extends the
term through September 30, 2027, adds 15 concurrent investigator licenses (bringing the total
to 40), and raises the not-to-exceed amount of the agreement from $96,000 to $141,500.

FISCAL IMPACT: Annual maintenance increases from $6,900 to $9,150, billed annually each
October 1, funded in the FY2025 Sheriff's Office operating budget.

The booking gallery holds approximately 412,000 booking photographs dating back to 1998. In
FY2024 investigators ran 2,874 searches, which the Sheriff's Office reports contributed to 57
arrests. The Lubbock Police Department and Texas Tech University Police Department search the
gallery under existing interlocal agreements.

RECOMMENDATION: The Sheriff's Office recommends approval.
""", "LCSO-PIR-0917-000114"),
    (None, """\
AMENDMENT NO. 2 TO AGREEMENT NO. 2021-0388
(Lubbock County / DataWorks Plus, LLC)

1. Term. The term is extended through September 30, 2027.
2. Compensation. Total compensation under the Agreement, as amended, shall not exceed
   $141,500.00 for the full term.
3. Exhibit B is replaced with the following:

   ITEM                                        QTY   UNIT         PRICE        BASIS
   FACE Plus concurrent license (additional)    15   $1,100.00    $16,500.00   one-time
   FACE Plus annual maintenance (all licenses)   1   $9,150.00    $9,150.00    per year
   Livescan fingerprint station maintenance      2   $2,400.00    $4,800.00    per year
   FACE Plus gallery migration services          1   $3,250.00    $3,250.00    one-time

4. Credit. Contractor shall credit County $1,725.00 against the first maintenance invoice
   for 2023 service interruptions.
5. Conditions of Use. County users shall access FACE Plus only in connection with a
   lawful criminal investigation that has an assigned case number. No search may be
   conducted by a user who has not completed DataWorks Plus operator training.
6. All other terms of the Agreement remain in effect.
""", "LCSO-PIR-0917-000115"),
], "print", LC,
    [LC, "Lubbock County Commissioners Court", "Lubbock Police Department", "Texas Tech University Police Department"],
    [DW], [FP],
    [C(38400, 38400, "one-time", "one-time cost of $38,400", LC, DW, FP),
     C(None, 96000, None, "not-to-exceed amount of the agreement from $96,000", LC, DW, FP),
     C(None, 141500, None, "to $141,500", LC, DW, FP),
     C(6900, 6900, "year", "Annual maintenance increases from $6,900", LC, DW, FP),
     C(9150, 9150, "year", "to $9,150, billed annually", LC, DW, FP),
     C(16500, 16500, "one-time", "$16,500.00   one-time", LC, DW, FP),
     C(1100, 1100, "one-time", "$1,100.00", LC, DW, FP, unit="per license"),
     C(3250, 3250, "one-time", "$3,250.00    one-time", LC, DW, FP)],
    [N(15, "exact", "licenses", None, "adds 15 concurrent investigator licenses", LC, DW),
     N(40, "exact", "licenses", None, "bringing the total\nto 40", LC, DW),
     N(412000, "approximately", "images", None, "approximately 412,000 booking photographs", LC, DW),
     N(2874, "exact", "searches", "year", "investigators ran 2,874 searches", LC, DW),
     N(57, "exact", "arrests", "year", "contributed to 57\narrests", LC, DW)],
    [P("County users shall access FACE Plus only in connection with a\n   lawful criminal investigation that has an assigned case number.", LC),
     P("No search may be\n   conducted by a user who has not completed DataWorks Plus operator training.", LC)],
    [], ["2024-08-26", "2027-09-30", "2021", "2022", "1998", "2023"], scan="photocopy")

# ---------------------------------------------------------------- 4 Roanoke news
RPD = "Roanoke Police Department"
doc("04_roanoke-pd-clearview-news.txt", [
    (None, """\
THE BLUE RIDGE LEDGER                                   Sunday, November 17, 2024   Page A1

Roanoke police ran hundreds of face searches before council was told, records show

By Tamsin Achebe, Staff Writer

ROANOKE - Roanoke Police Department officers ran 219 searches through Clearview AI during a
free trial between December 2020 and May 2021, according to account logs the department
released under the Virginia Freedom of Information Act.

The searches returned 31 possible matches, and police said three of them led to arrests.
City Council members said they first learned of the trial in October.

The department signed a paid contract in March 2023. An invoice included in the release shows
the city pays $4,800 a year for eight user accounts. Neighboring Salem Police Department paid
nearly $2,000 for a similar one-year license, according to records the Ledger obtained
separately.

"A match from the software is never enough on its own," said department spokesperson Gil
Ferreira. Under the department's policy, a possible match cannot be the only basis for an
arrest, Ferreira said, and every search must be logged with a case number.

State law now requires local police to use only face recognition algorithms that score at
least 98% accuracy in federal testing, and to publish their use policy. The Virginia State
Police, which reviews local policies, maintains its own repository of about 2.3 million
arrest photographs, a spokesperson said.

Priya Oduya of the Roanoke Valley Civil Liberties Coalition said officers should need a
warrant before running a search. "Council should hold a public hearing," she said.
""", None),
], "pdf", RPD,
    [RPD, "Roanoke City Council", "Salem Police Department", "Virginia State Police"], ["Clearview AI"], ["Clearview AI"],
    [C(4800, 4800, "year", "$4,800 a year", RPD, "Clearview AI", "Clearview AI"),
     C(None, 2000, "year", "nearly $2,000 for a similar one-year license", "Salem Police Department", "Clearview AI", "Clearview AI")],
    [N(219, "exact", "searches", None, "ran 219 searches through Clearview AI", RPD, "Clearview AI"),
     N(31, "exact", "matches", None, "31 possible matches", RPD, "Clearview AI"),
     N(3, "exact", "arrests", None, "three of them led to arrests", RPD, "Clearview AI"),
     N(8, "exact", "users", None, "eight user accounts", RPD, "Clearview AI"),
     N(2300000, "approximately", "images", None, "about 2.3 million\narrest photographs", "Virginia State Police", None)],
    [P("a possible match cannot be the only basis for an\narrest", RPD),
     P("every search must be logged with a case number", RPD),
     P("State law now requires local police to use only face recognition algorithms that score at\nleast 98% accuracy in federal testing, and to publish their use policy.", RPD)],
    [], ["2024-11-17", "2020-12", "2021-05", "2023-03"])

# ---------------------------------------------------------------- 5 Bangor letter + Apple Mail forward
BG = "Bangor Police Department"
MSP = "Maine State Police"
doc("05_bangor-pd-foaa-response-apple-mail.txt", [
    (None, """\
CITY OF BANGOR - POLICE DEPARTMENT
240 Main Street, Bangor, Maine 04401

May 6, 2024

Ms. Dana Whitcomb
14 Ohio Street, Apt. 3
Bangor, ME 04401

RE: Freedom of Access Act request received April 18, 2024 (BPD FOAA #24-117)

Dear Ms. Whitcomb:

You asked for records concerning the Department's use of facial recognition technology.

The Bangor Police Department does not own, license or operate any facial recognition software
and has never contracted with Clearview AI or any other facial recognition vendor.

Under Maine law, Department members may not use facial recognition technology themselves;
they may only ask the Maine State Police or the Bureau of Motor Vehicles to perform a search,
and only when there is probable cause to believe an unidentified person committed a serious
crime.

The Department located records of 7 search requests it submitted to the Maine State Police in
2023. The State Police reported a possible candidate for 2 of those requests. One forwarded
message is enclosed as an example; the remaining records (11 pages) are enclosed with names
of uncharged persons redacted.

The cost of preparing this response is $15.00 for research time, which has been waived.

Sincerely,
Lt. Renee Dufresne, Records and Professional Standards
""", None),
    (None, """\
From: Colin Marchetti <cmarchetti@bangormaine.gov>
Subject: Fwd: FR request - case 23-4471
Date: March 3, 2023 at 2:17:44 PM EST
To: BPD Records <bpdrecords@bangormaine.gov>

For the FOAA log.

Begin forwarded message:

> From: "MSP Criminal Intelligence Unit" <msp.ciu@maine.gov>
> Subject: RE: FR request - case 23-4471
> Date: March 2, 2023 at 4:05:10 PM EST
> To: Colin Marchetti <cmarchetti@bangormaine.gov>
>
> Sergeant,
>
> We completed the comparison against the BMV credential image set (approx. 1.4 million
> photos). One possible candidate was returned. Per MSP procedure, a candidate is an
> investigative lead only and must be independently corroborated before any enforcement
> action is taken.
>
> Analyst J. Thibodeau
> Maine State Police, Criminal Intelligence Unit
""", None),
], "print", BG,
    [BG, "City of Bangor", MSP, "Maine Bureau of Motor Vehicles"], ["Clearview AI"], [],
    [],
    [N(7, "exact", "requests", "year", "7 search requests", BG, None),
     N(2, "exact", "matches", None, "a possible candidate for 2 of those requests", BG, None),
     N(1400000, "approximately", "images", None, "approx. 1.4 million\n> photos", MSP, None),
     N(1, "exact", "matches", None, "One possible candidate was returned", MSP, None)],
    [P("Department members may not use facial recognition technology themselves;\nthey may only ask the Maine State Police or the Bureau of Motor Vehicles to perform a search,\nand only when there is probable cause to believe an unidentified person committed a serious\ncrime.", BG),
     P("a candidate is an\n> investigative lead only and must be independently corroborated before any enforcement\n> action is taken.", MSP)],
    [E("Colin Marchetti", "BPD Records", "March 3, 2023 at 2:17:44 PM EST", "Fwd: FR request - case 23-4471"),
     E("MSP Criminal Intelligence Unit", "Colin Marchetti", "March 2, 2023 at 4:05:10 PM EST", "RE: FR request - case 23-4471")],
    ["2024-05-06", "2024-04-18", "2023", "2023-03-03", "2023-03-02"], scan="print")

# ---------------------------------------------------------------- 6 Thurston audit
TC = "Thurston County Sheriff's Office"
LU = "Lumen"
doc("06_thurston-county-so-fr-audit.txt", [
    (None, """\
THURSTON COUNTY AUDITOR - PERFORMANCE AUDIT DIVISION
Report 2024-07: Sheriff's Office Facial Recognition Service
Issued June 28, 2024

SUMMARY
The Sheriff's Office uses Lumen FR, a module of the Lumen records platform sold by Numerica
Corporation, to compare images from investigations with the county jail's booking gallery of
roughly 260,000 booking images. The subscription costs $18,000 per year, billed annually, under
a three-year agreement totaling $54,000. Lacey Police Department reimburses the county $2,500
per year and Tumwater Police Department $1,800 per year for access. The Olympia Police
Department declined to participate.

As of March 31, 2024, 37 deputies and 5 civilian analysts held accounts.

Table 2. Facial recognition activity, calendar year 2023
  Quarter   Searches   Candidate lists   Leads forwarded   Arrests
  Q1           142            97                31            6
  Q2           168           110                40            9
  Q3           131            88                27            4
  Q4           159           103                35            8
  Total        600           398               133           27

Deputies ran 600 searches in 2023. Of these, 11 searches lacked a case number (about 2%).
""", "Report 2024-07                                                                Page 1 of 2"),
    (None, """\
FINDINGS
1. Sheriff's Office Policy 4.37 requires a trained examiner to review every candidate list
   before any lead is released to an investigator. We found the review documented in 96% of
   sampled searches.
2. State law requires meaningful human review of any facial recognition result used to make
   decisions that produce legal effects on a person.
3. Lumen FR retains search images for 90 days by default; the Sheriff's Office has not changed
   this setting.

RECOMMENDATIONS
A. We recommend that the Sheriff's Office require a supervisor to review a sample of searches
   each month.
B. The Sheriff's Office should consider publishing quarterly search statistics.

MANAGEMENT RESPONSE
Sheriff's Office concurs with both recommendations and expects to implement them by the end
of 2024.
""", "Report 2024-07                                                                Page 2 of 2"),
], "pdf", TC,
    [TC, "Thurston County Auditor", "Lacey Police Department", "Tumwater Police Department", "Olympia Police Department"],
    ["Numerica Corporation"], ["Lumen FR", "Lumen"],
    [C(18000, 18000, "year", "$18,000 per year, billed annually", TC, "Numerica Corporation", "Lumen FR"),
     C(54000, 54000, None, "three-year agreement totaling $54,000", TC, "Numerica Corporation", "Lumen FR"),
     C(2500, 2500, "year", "$2,500\nper year", "Lacey Police Department", None, "Lumen FR"),
     C(1800, 1800, "year", "$1,800 per year", "Tumwater Police Department", None, "Lumen FR")],
    [N(260000, "approximately", "images", None, "roughly 260,000 booking images", TC, "Numerica Corporation"),
     N(37, "exact", "users", None, "37 deputies", TC, "Numerica Corporation"),
     N(5, "exact", "users", None, "5 civilian analysts held accounts", TC, "Numerica Corporation"),
     N(142, "exact", "searches", "quarter", "Q1           142", TC, "Numerica Corporation"),
     N(168, "exact", "searches", "quarter", "Q2           168", TC, "Numerica Corporation"),
     N(131, "exact", "searches", "quarter", "Q3           131", TC, "Numerica Corporation"),
     N(159, "exact", "searches", "quarter", "Q4           159", TC, "Numerica Corporation"),
     N(600, "exact", "searches", "year", "Deputies ran 600 searches in 2023", TC, "Numerica Corporation"),
     N(398, "exact", "matches", "year", "Total        600           398", TC, "Numerica Corporation"),
     N(133, "exact", "leads", "year", "398               133", TC, "Numerica Corporation"),
     N(27, "exact", "arrests", "year", "133           27", TC, "Numerica Corporation"),
     N(11, "exact", "searches", None, "11 searches lacked a case number", TC, "Numerica Corporation")],
    [P("Sheriff's Office Policy 4.37 requires a trained examiner to review every candidate list\n   before any lead is released to an investigator.", TC),
     P("State law requires meaningful human review of any facial recognition result used to make\n   decisions that produce legal effects on a person.", TC)],
    [], ["2024-06-28", "2024-03-31", "2023", "2024"])

# ---------------------------------------------------------------- 7 Missoula GO
MP = "Missoula Police Department"
DCI = "Montana Division of Criminal Investigation"
FOOT7 = "GO 41.12 Facial Recognition          MPD-PRR-2024-0088-{:03d}          Page {} of 2"
doc("07_missoula-pd-general-order-fr.txt", [
    ("MISSOULA POLICE DEPARTMENT - GENERAL ORDERS MANUAL", """\
GENERAL ORDER 41.12                                   Effective Date: January 15, 2024
SUBJECT: Facial Recognition Technology                Rescinds: None
Approved: Chief Marcus Lindqvist

I. PURPOSE
The purpose of this order is to set the only permitted means by which members may obtain a
facial recognition comparison.

II. POLICY
A. The Department does not own, lease or operate a facial recognition system.
B. Members shall not use any third-party facial recognition service, including free trials
   or mobile applications, on any Department or personal device.
C. Facial recognition comparisons may be requested only through the Montana Department of
   Justice, Division of Criminal Investigation (DCI), and only for the investigation of a
   serious crime listed in Section IV.
D. A possible match is an investigative lead and shall not be the sole basis for probable
   cause.

III. DEFINITIONS
Probe image: the photograph of an unknown person submitted for comparison.
Candidate: a photograph returned by DCI as a possible match to a probe image.
""", FOOT7.format(3, 1)),
    ("MISSOULA POLICE DEPARTMENT - GENERAL ORDERS MANUAL", """\
IV. PROCEDURE
1. The requesting officer must obtain written approval from a lieutenant before a request is
   sent to DCI.
2. The Chief shall designate no more than three (3) Investigations Division members as
   facial recognition liaisons, who alone may transmit requests.
3. Requests, responses and candidate photographs shall be retained in the case file for ten
   years.

V. REPORTING
The Records Supervisor shall report to the Chief each January the number of requests made
and the number that produced a candidate.

VI. BACKGROUND (informational only)
In 2023 the Department sent 9 requests to DCI; DCI returned a candidate for 4 of them. A 2022
proposal to buy a commercial subscription was withdrawn. The Department has proposed that
City Council adopt an ordinance requiring annual public reporting.
""", FOOT7.format(4, 2)),
], "print", MP,
    [MP, DCI, "Montana Department of Justice", "Missoula City Council"], [], [],
    [],
    [N(3, "up to", "users", None, "no more than three (3) Investigations Division members", MP, None),
     N(9, "exact", "requests", "year", "the Department sent 9 requests to DCI", MP, None),
     N(4, "exact", "matches", "year", "DCI returned a candidate for 4 of them", MP, None)],
    [P("The purpose of this order is to set the only permitted means by which members may obtain a\nfacial recognition comparison.", MP),
     P("Members shall not use any third-party facial recognition service, including free trials\n   or mobile applications, on any Department or personal device.", MP),
     P("Facial recognition comparisons may be requested only through the Montana Department of\n   Justice, Division of Criminal Investigation (DCI), and only for the investigation of a\n   serious crime listed in Section IV.", MP),
     P("A possible match is an investigative lead and shall not be the sole basis for probable\n   cause.", MP),
     P("The requesting officer must obtain written approval from a lieutenant before a request is\n   sent to DCI.", MP),
     P("The Chief shall designate no more than three (3) Investigations Division members as\n   facial recognition liaisons, who alone may transmit requests.", MP),
     P("Requests, responses and candidate photographs shall be retained in the case file for ten\n   years.", MP),
     P("The Records Supervisor shall report to the Chief each January the number of requests made\nand the number that produced a candidate.", MP)],
    [], ["2024-01-15", "2023", "2022"], scan="photocopy")

# ---------------------------------------------------------------- 8 Lexington grant + Lotus Notes
LX = "Lexington County Sheriff's Department"
SHI = "SHI International"
DB = "FaceVACS-DBScan ID"
doc("08_lexington-county-sd-jag-budget-lotus.txt", [
    (None, """\
FY2025 EDWARD BYRNE MEMORIAL JUSTICE ASSISTANCE GRANT - BUDGET DETAIL WORKSHEET
Applicant: Lexington County Sheriff's Department      Pass-through: SC Department of Public Safety

CATEGORY       ITEM                                          COMPUTATION            FEDERAL
Equipment      Mobile ALPR trailer camera kit                2 x $18,500            $37,000
Contractual    Cognitec FaceVACS-DBScan ID subscription,     25 users x $640        $16,000
               1-year term (via reseller SHI International)
Contractual    Face examiner training, FBI FISWG-aligned     2 analysts x $1,475     $2,950
Other          Forensic video workstation                    1 x $6,200              $6,200
                                                             TOTAL FEDERAL          $62,150

BUDGET NARRATIVE
The face recognition software will let investigators compare probe images with the
Department's archive of 185,000 booking photographs. The Department anticipates approximately
1,200 searches annually. Use will be governed by Policy 512, under which searches are limited
to active criminal investigations and results must be confirmed by a trained examiner.
""", None),
    (None, """\
Rhett Causey/LCSD/LEXCO
10/02/2024 09:14 AM                              To      Angela Prioleau/FIN/LEXCO@LEXCO
                                                 cc      Dwight Fennell/LCSD/LEXCO@LEXCO
                                                 Subject Re: JAG budget - face recognition line

Angela - SHI confirmed the quote holds at $640 per user for 25 users, billed annually. They
will cap the year-two renewal at no more than $17,200. Richland County Sheriff's Department
is on the same platform and has offered to walk us through their setup.
Rhett
----- Forwarded by Rhett Causey/LCSD/LEXCO on 10/02/2024 09:10 AM -----

Angela Prioleau/FIN/LEXCO
09/30/2024 04:47 PM                              To      Rhett Causey/LCSD/LEXCO@LEXCO
                                                 Subject JAG budget - face recognition line

Rhett, before the application is certified, finance needs confirmation of the per-user price
and whether there is an annual escalator. Note that the County may not commit local match
funds beyond FY2025.
""", None),
], "print", LX,
    [LX, "Lexington County", "South Carolina Department of Public Safety", "Richland County Sheriff's Department"],
    [SHI, "Cognitec Systems"], [DB],
    [C(16000, 16000, "year", "$16,000", LX, SHI, DB),
     C(640, 640, "year", "25 users x $640", LX, SHI, DB, unit="per user"),
     C(2950, 2950, None, "$2,950", LX, None, None),
     C(1475, 1475, None, "2 analysts x $1,475", LX, None, None, unit="per analyst"),
     C(None, 17200, "year", "cap the year-two renewal at no more than $17,200", LX, SHI, DB)],
    [N(25, "exact", "users", None, "25 users x $640", LX, SHI),
     N(2, "exact", "analysts", None, "2 analysts x $1,475", LX, None),
     N(185000, "exact", "images", None, "archive of 185,000 booking photographs", LX, SHI),
     N(1200, "approximately", "searches", "year", "approximately\n1,200 searches annually", LX, SHI)],
    [P("searches are limited\nto active criminal investigations and results must be confirmed by a trained examiner", LX)],
    [E("Rhett Causey", "Angela Prioleau", "10/02/2024 09:14 AM", "Re: JAG budget - face recognition line"),
     E("Angela Prioleau", "Rhett Causey", "09/30/2024 04:47 PM", "JAG budget - face recognition line")],
    ["2024-10-02", "2024-09-30", "2025"], scan="pdf")


def main():
    (HERE / "docs").mkdir(exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents")


if __name__ == "__main__":
    main()
