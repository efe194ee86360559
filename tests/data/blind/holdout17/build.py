"""Write the holdout17 documents (docs/*.txt) and their labels (labels.json).

Labels are written from intent, alongside the text; check.py verifies them.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

RECORDS: list[dict] = []


def C(amin, amax, period, quote, agency, vendor, product=None, unit=None):
    d = {"amount_min": amin, "amount_max": amax, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor}
    if product is not None:
        d["product"] = product
    if unit is not None:
        d["unit"] = unit
    return d


def N(count, qualifier, measure, per, quote, agency, vendor=None, usage=True):
    """A count; usage counts also go to image_counts, outcome/equipment counts only to counts."""
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor, "_usage": usage}


def P(quote, agency):
    return {"quote": quote, "agency": agency}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def doc(file, pages, *, agencies, vendors, products, costs=(), counts=(), policies=(), emails=(), dates=(),
        request_agency, scan=False):
    text = "\f".join(p.strip("\n") + "\n" for p in pages)
    stem = file[:-4]
    counts = list(counts)
    RECORDS.append({
        "file": file,
        "_text": text,
        "request_agency": request_agency,
        "agencies": list(agencies),
        "vendors": list(vendors),
        "products": list(products),
        "costs": list(costs),
        "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in counts if c["_usage"]],
        "counts": [{k: v for k, v in c.items() if k != "_usage"} for c in counts],
        "policies": list(policies),
        "emails": list(emails),
        "dates": list(dates),
        "pdf": f"pdf/{stem}.pdf",
        "scan": f"pdf/{stem}.scan.pdf" if scan else None,
    })


# ---------------------------------------------------------------------------------------------
# 01 Huntsville AL - reseller quotation (ruled table), scanned photocopy
HPD = "Huntsville Police Department"
TBI = "Tri-State Biometric Integrators"
doc("01_huntsville-al-reseller-quote.txt", [r"""
CITY OF HUNTSVILLE - OFFICE OF THE CITY ATTORNEY
Public Records Release PRR-2023-0881                                           Page 1 of 2

TRI-STATE BIOMETRIC INTEGRATORS, LLC
Authorized Reseller - DataWorks Plus
2217 Governors Court, Suite 140, Birmingham, AL 35209      Phone (205) 555-0148

QUOTATION                                        Quote No.:     TBI-Q22-0417
                                                 Quote Date:    April 11, 2022
                                                 Valid Until:   July 10, 2022
Bill To / Ship To:
Huntsville Police Department
Criminal Investigations Division, Attn: Lt. Renata Okafor
815 Wheeler Avenue NW, Huntsville, AL 35801

+----+-------------------------------------------------+-----+------------+------------+
| Ln | Description                                     | Qty | Unit Price | Extended   |
+----+-------------------------------------------------+-----+------------+------------+
| 1  | FACE Plus investigative face recognition,       | 12  |  $1,450.00 | $17,400.00 |
|    | named-user license, billed annually             |     |            |            |
| 2  | FACE Plus gallery enrollment, per 1,000 images  | 310 |     $22.00 |  $6,820.00 |
| 3  | FACE Plus implementation, gallery migration and |  1  |  $8,500.00 |  $8,500.00 |
|    | on-site administrator training (one-time)       |     |            |            |
| 4  | Livescan fingerprint station with cart          |  2  | $14,975.00 | $29,950.00 |
| 5  | Livescan maintenance, first year                |  2  |  $2,250.00 |  $4,500.00 |
| 6  | Trade-in credit, legacy FACE v3 server          |  1  | ($3,000.00)| ($3,000.00)|
+----+-------------------------------------------------+-----+------------+------------+
                                    Face recognition items (Ln 1-3, 6):   $29,720.00
                                    Fingerprint items (Ln 4-5):           $34,450.00
                                    QUOTE TOTAL:                          $64,170.00
""", r"""
CITY OF HUNTSVILLE - OFFICE OF THE CITY ATTORNEY
Public Records Release PRR-2023-0881                                           Page 2 of 2

TERMS AND CONDITIONS OF QUOTATION TBI-Q22-0417

1. Pricing for Ln 1 provides up to 12 named users. Additional named users may be added at the
   same annual rate, pro-rated to the license anniversary.
2. Gallery pricing assumes approximately 310,000 booking images exported from the jail system.
   The images are exported by the Madison County Sheriff's Office, which must consent in
   writing.
3. Year 2 and Year 3 license renewals will not increase by more than 5% over the prior year.
4. Lines 4 and 5 are quoted for the HPD Records and Identification Unit and are not part of
   the FACE Plus subscription.
5. FACE Plus licenses are for use only by sworn HPD investigators trained by DataWorks Plus.
   Licenses may not be shared or transferred between users.
6. Payment terms Net 30. Prices exclude sales tax; HPD is tax-exempt.
7. This quotation contains confidential commercial information of Tri-State Biometric
   Integrators and DataWorks Plus and may not be disclosed without consent except as required
   by law.

Accepted for the City of Huntsville:  ________________________    Date: ______________

Quoted by: Darnell Whitcomb, Public Safety Account Executive
dwhitcomb@tristatebio.com    (205) 555-0148 ext. 212
"""],
    agencies=[HPD, "City of Huntsville", "Madison County Sheriff's Office"],
    vendors=[TBI, "DataWorks Plus"],
    products=["FACE Plus"],
    costs=[
        C(17400, 17400, "year", "FACE Plus investigative face recognition,       | 12  |  $1,450.00 | $17,400.00",
          HPD, TBI, "FACE Plus"),
        C(1450, 1450, "year", "12  |  $1,450.00", HPD, TBI, "FACE Plus", unit="per user"),
        C(22, 22, None, "FACE Plus gallery enrollment, per 1,000 images  | 310 |     $22.00", HPD, TBI, "FACE Plus",
          unit="per 1,000 images"),
        C(6820, 6820, None, "| 310 |     $22.00 |  $6,820.00", HPD, TBI, "FACE Plus"),
        C(8500, 8500, "one-time", "FACE Plus implementation, gallery migration and |  1  |  $8,500.00 |  $8,500.00",
          HPD, TBI, "FACE Plus"),
        C(29720, 29720, None, "Face recognition items (Ln 1-3, 6):   $29,720.00", HPD, TBI, "FACE Plus"),
    ],
    counts=[
        N(12, "up to", "users", None, "provides up to 12 named users", HPD, TBI),
        N(310000, "about", "images", None, "approximately 310,000 booking images", HPD, TBI),
    ],
    policies=[
        P("FACE Plus licenses are for use only by sworn HPD investigators trained by DataWorks Plus.", HPD),
        P("Licenses may not be shared or transferred between users.", HPD),
    ],
    dates=["2022-04-11", "2022-07-10"],
    request_agency=HPD, scan=True)

# ---------------------------------------------------------------------------------------------
# 02 El Paso TX - council agenda item, funding table, minutes excerpt
EPPD = "El Paso Police Department"
COEP = "City of El Paso"
IDEMIA = "IDEMIA Identity & Security USA"
MFI = "MorphoFace Investigate"
doc("02_el-paso-tx-council-agenda-idemia.txt", [r"""
CITY OF EL PASO, TEXAS
AGENDA ITEM
DEPARTMENT HEAD'S SUMMARY FORM

AGENDA DATE:          September 13, 2022 - Consent Agenda
PUBLIC HEARING DATE:  N/A
CONTACT PERSON:       Gabriela Terrazas-Moya, Procurement Manager, (915) 555-0173
                      Asst. Chief Leonard Vasquez-Hart, El Paso Police Dept., (915) 555-0190
DISTRICT(S) AFFECTED: All Districts
STRATEGIC GOAL:       No. 2 - Set the Standard for a Safe and Secure City

SUBJECT:
Award Solicitation 2022-0907R, Facial Comparison Software - Police, to IDEMIA Identity &
Security USA LLC for an initial three-year term for an estimated amount of $412,380.00.
The award includes two optional one-year extensions at an estimated $148,600.00 per extension.
The total estimated award, if both extensions are exercised, is $709,580.00.

BACKGROUND / DISCUSSION:
The El Paso Police Department (EPPD) does not currently own face recognition software.
Detectives send probe photographs to the Texas Department of Public Safety (DPS), which
compares them with driver license photographs for local agencies at no charge. Turnaround
averages 9 business days.
In calendar year 2021, EPPD detectives sent 1,146 comparison requests to DPS.
Those requests returned 203 possible-match leads; DPS reported no candidate for the remainder.
Under DPS rules, a requesting agency must include a case number with each request.

The recommended system, MorphoFace Investigate (MFI), would be installed on City servers.
It would give up to 45 named investigators access to EPPD's booking archive of
more than 1.2 million images.
The annual subscription of $118,460 covers 45 named users, or approximately $2,632 per user.
A draft General Order would prohibit searches of persons engaged in lawful protest; staff will
bring it to Council before the system goes live.

PRIOR COUNCIL ACTION:  None.
AMOUNT AND SOURCE OF FUNDING:  General Fund and Federal Forfeiture Fund; see page 2.
""", r"""
CITY OF EL PASO - AGENDA ITEM 2022-0907R                                              PAGE 2

FUNDING DETAIL
Account       Fund Description                             FY 2023      FY 2024      FY 2025
531000-P2213  1000 MFI software subscription, annual   $118,460.00  $118,460.00  $118,460.00
531000-P2213  2611 MFI implementation/training, 1-time  $57,000.00            -            -
532050-P2241  1000 ALPR camera maintenance (separate)   $31,200.00   $31,200.00   $31,200.00

Only the first two lines are part of this award ($412,380.00 over three years). The ALPR line
is shown for reference only and was approved under Item 2022-0611.

BOARD / COMMISSION ACTION:  N/A
""", r"""
CITY COUNCIL OF THE CITY OF EL PASO
REGULAR MEETING - MINUTES (EXCERPT)
September 13, 2022, 9:00 A.M., Council Chambers, City Hall

CONSENT AGENDA - PURCHASING
12. Motion made by Representative Ortega-Lucero, seconded by Representative Hale, to award
Solicitation 2022-0907R to IDEMIA Identity & Security USA LLC.
Representative Hale asked how often the software would be used. Assistant Chief
Vasquez-Hart said that the department expects about 1,500 searches a year once all units are
trained.
He added that a match is treated as a lead only,
and that officers may not arrest on a match alone.
Representative Cordero asked that the draft General Order be placed on a future agenda.
AYES: Representatives Ortega-Lucero, Hale, Cordero, Bishop-Reyes, Lindgren and Acosta
NAYS: Representative Pruitt
ABSENT: Representative Mondragon
Motion CARRIED.
"""],
    agencies=[COEP, EPPD, "Texas Department of Public Safety", "El Paso City Council"],
    vendors=[IDEMIA],
    products=[MFI],
    costs=[
        C(412380, 412380, None, "initial three-year term for an estimated amount of $412,380.00", COEP, IDEMIA, MFI),
        C(148600, 148600, "year", "two optional one-year extensions at an estimated $148,600.00 per extension",
          COEP, IDEMIA, MFI),
        C(709580, 709580, None, "The total estimated award, if both extensions are exercised, is $709,580.00.",
          COEP, IDEMIA, MFI),
        C(118460, 118460, "year", "The annual subscription of $118,460 covers 45 named users", COEP, IDEMIA, MFI),
        C(2632, 2632, "year", "approximately $2,632 per user", COEP, IDEMIA, MFI, unit="per user"),
        C(57000, 57000, "one-time", "MFI implementation/training, 1-time  $57,000.00", COEP, IDEMIA, MFI),
    ],
    counts=[
        N(1146, None, "requests", None, "EPPD detectives sent 1,146 comparison requests to DPS", EPPD),
        N(203, None, "leads", None, "203 possible-match leads", EPPD, usage=False),
        N(45, "up to", "users", None, "up to 45 named investigators", EPPD, IDEMIA),
        N(1200000, "over", "images", None, "more than 1.2 million images", EPPD, IDEMIA),
        N(1500, "about", "searches", "year", "about 1,500 searches a year", EPPD, IDEMIA),
    ],
    policies=[
        P("Under DPS rules, a requesting agency must include a case number with each request.",
          EPPD),
        P("officers may not arrest on a match alone.", EPPD),
    ],
    dates=["2022-09-13", "2021"],
    request_agency=EPPD)

# ---------------------------------------------------------------------------------------------
# 03 Kansas City MO - Outlook desktop print, newest first, scanned with Bates footer
KCPD = "Kansas City Missouri Police Department"
CV = "Clearview AI"
doc("03_kansas-city-mo-outlook-clearview-renewal.txt", [r"""
Hollins, Marcus
______________________________________________________________________________________

From:                Hollins, Marcus
Sent:                Tuesday, February 9, 2021 10:47 AM
To:                  'Tessa Vandermeer'
Cc:                  Pryor, Dana L.
Subject:             RE: Clearview AI - KCPD 2021 renewal

Tessa,

We will go with Option A. Please send the formal quote to Sgt. Pryor so it can go on the
Board of Police Commissioners agenda; anything over $25,000 needs Board approval.

Marcus Hollins
Captain, Violent Crimes Division
Kansas City Missouri Police Department

From:                Tessa Vandermeer <tessa@clearview.ai>
Sent:                Monday, February 8, 2021 4:31 PM
To:                  Hollins, Marcus <Marcus.Hollins@kcpd.org>
Subject:             RE: Clearview AI - KCPD 2021 renewal

Hi Marcus,

Two options for 2021:
   Option A - 25 investigator seats at $1,999 per seat, billed annually: $49,975
   Option B - unlimited department license, 12 months: $68,000
Either option includes Clearview Mobile app access and the full search index.
The index now holds over 3 billion publicly available images.

Best,
Tessa Vandermeer | Government Accounts | Clearview AI

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named
recipient and may contain confidential or proprietary information. If you received it in error,
delete it.
""", r"""
From:                Pryor, Dana L.
Sent:                Friday, February 5, 2021 9:12 AM
To:                  Hollins, Marcus
Subject:             Clearview AI - KCPD 2021 renewal

Captain,

Our trial accounts expire Feb. 28. Numbers for the renewal memo:
In 2020 our 19 trial users ran 3,412 searches.
Investigators credited Clearview with leads in 97 cases (31 arrests so far).
Reminder that under SOP 21-04,
every Clearview result must be reviewed by a second analyst before it is used in a report.
There is currently no written rule that prohibits running the app on personal phones, which we
should fix before renewal.

Sgt. Dana L. Pryor
Real Time Crime Center

                                                                                          2
"""],
    agencies=[KCPD, "Kansas City Board of Police Commissioners"],
    vendors=[CV],
    products=["Clearview Mobile"],
    costs=[
        C(49975, 49975, "year", "25 investigator seats at $1,999 per seat, billed annually: $49,975", KCPD, CV),
        C(1999, 1999, "year", "$1,999 per seat, billed annually", KCPD, CV, unit="per seat"),
        C(68000, 68000, "year", "unlimited department license, 12 months: $68,000", KCPD, CV),
    ],
    counts=[
        N(25, None, "licenses", None, "25 investigator seats", KCPD, CV),
        N(3000000000, "over", "images", None, "over 3 billion publicly available images", None, CV),
        N(19, None, "users", None, "our 19 trial users", KCPD, CV),
        N(3412, None, "searches", None, "ran 3,412 searches", KCPD, CV),
        N(97, None, "leads", None, "leads in 97 cases", KCPD, CV, usage=False),
        N(31, None, "arrests", None, "31 arrests so far", KCPD, CV, usage=False),
    ],
    policies=[
        P("every Clearview result must be reviewed by a second analyst before it is used in a report.", KCPD),
    ],
    emails=[
        E("Hollins, Marcus", "Tessa Vandermeer", "Tuesday, February 9, 2021 10:47 AM",
          "RE: Clearview AI - KCPD 2021 renewal"),
        E("Tessa Vandermeer", "Hollins, Marcus", "Monday, February 8, 2021 4:31 PM",
          "RE: Clearview AI - KCPD 2021 renewal"),
        E("Pryor, Dana L.", "Hollins, Marcus", "Friday, February 5, 2021 9:12 AM",
          "Clearview AI - KCPD 2021 renewal"),
    ],
    dates=["2021-02-09", "2021-02-08", "2021-02-05", "2021", "2020"],
    request_agency=KCPD, scan=True)

# ---------------------------------------------------------------------------------------------
# 04 Eugene OR - policy manual chapter with numbered rules
EUPD = "Eugene Police Department"
LCSO = "Lane County Sheriff's Office"
doc("04_eugene-or-policy-427-frt.txt", [r"""
EUGENE POLICE DEPARTMENT                                                      Policy Manual

Policy 427                    FACIAL RECOGNITION TECHNOLOGY
Effective: March 1, 2023       Revised: October 16, 2023        Approved by: Chief of Police

427.1  PURPOSE AND SCOPE
This policy governs how members of the Eugene Police Department (EPD) request and use facial
recognition searches. EPD does not operate its own face recognition system. Searches are run on
the Lumen FR module (Numerica Corporation) licensed by the Lane County Sheriff's Office (LCSO),
which hosts the booking-photo gallery under an intergovernmental agreement with the City of
Eugene.

427.2  DEFINITIONS
Facial recognition technology (FRT) - software that compares a probe image against a gallery of
known images and returns a ranked list of possible candidates.
Candidate - an image returned by FRT. A candidate is not a positive identification.

427.3  RULES OF USE
1. Members shall use FRT only in an active criminal investigation or to find a missing person.
2. Only members who have completed LCSO's Lumen training may submit FRT requests.
3. A candidate returned by FRT must not be the sole basis for probable cause or an arrest.
4. Members may not use FRT to identify people engaged in lawful protest or protected activity.
5. Consistent with ORS 133.741, members shall not run FRT on recordings from body-worn cameras.
6. Use of FRT on a live or real-time video feed is prohibited.
7. Every request must be logged with a case number, the reason for the search and the result.
8. Members are prohibited from using personal accounts or free trials of commercial FRT.
""", r"""
EUGENE POLICE DEPARTMENT                                                      Policy Manual
Policy 427 - Facial Recognition Technology                                           Page 2

427.4  ACCESS AND ACCOUNTS
EPD maintains no more than 8 user accounts on the LCSO Lumen system.
Accounts are assigned by the Investigations Lieutenant.
LCSO audits EPD account activity each quarter.
LCSO may suspend any account used contrary to this policy.

427.5  REPORTING
The Investigations Lieutenant shall report the number of FRT searches to the Chief each year.

427.6  NOTES
This policy is for departmental use only and does not create a higher standard of care in any
civil or criminal proceeding.
Oregon has no statute that prohibits local police from using FRT on still images, and the
Eugene City Council has not adopted an ordinance on the subject.
A proposed revision would require the Chief to publish the annual figures online; it has not
been adopted.
"""],
    agencies=[EUPD, LCSO, "City of Eugene", "Eugene City Council"],
    vendors=["Numerica Corporation"],
    products=["Lumen"],
    counts=[
        N(8, "up to", "users", None, "no more than 8 user accounts", EUPD, "Numerica Corporation"),
    ],
    policies=[
        P("Members shall use FRT only in an active criminal investigation or to find a missing person.", EUPD),
        P("Only members who have completed LCSO's Lumen training may submit FRT requests.", EUPD),
        P("A candidate returned by FRT must not be the sole basis for probable cause or an arrest.", EUPD),
        P("Members may not use FRT to identify people engaged in lawful protest or protected activity.", EUPD),
        P("Consistent with ORS 133.741, members shall not run FRT on recordings from body-worn cameras.", EUPD),
        P("Use of FRT on a live or real-time video feed is prohibited.", EUPD),
        P("Every request must be logged with a case number, the reason for the search and the result.", EUPD),
        P("Members are prohibited from using personal accounts or free trials of commercial FRT.", EUPD),
        P("LCSO may suspend any account used contrary to this policy.",
          LCSO),
        P("The Investigations Lieutenant shall report the number of FRT searches to the Chief each year.",
          EUPD),
    ],
    dates=["2023-03-01", "2023-10-16"],
    request_agency=EUPD)

# ---------------------------------------------------------------------------------------------
# 05 Washington DOL / Tacoma PD - interagency MOU, scanned with stamp
DOL = "Washington State Department of Licensing"
TPD = "Tacoma Police Department"
COT = "City of Tacoma"
doc("05_wa-dol-tacoma-pd-frs-mou.txt", [r"""
                         MEMORANDUM OF UNDERSTANDING
                                  between the
                  WASHINGTON STATE DEPARTMENT OF LICENSING
                                    and the
                   CITY OF TACOMA, TACOMA POLICE DEPARTMENT

          DOL Agreement No. K-2291          City Contract No. CW2270418
                  Facial Recognition Comparison Services

1. PURPOSE
The Washington State Department of Licensing (DOL) operates a facial recognition system to
detect fraud in the issuance of driver licenses and identification cards. This MOU sets the
terms under which DOL will run comparisons at the request of the Tacoma Police Department
(TPD) in felony investigations.

2. BACKGROUND
DOL's image repository holds approximately 9.6 million license and ID card photographs.
TPD estimates that it will submit no more than 600 requests in each state fiscal year.

3. RESPONSIBILITIES OF TPD
3.1 TPD shall submit requests only through the DOL Law Enforcement Request Portal.
3.2 Each request must include a case number, a felony offense code and the approver's name.
3.3 TPD shall treat any candidate returned by DOL as an investigative lead only.
3.4 TPD may not re-disclose DOL photographs to any agency that is not a party to this MOU.

4. RESPONSIBILITIES OF DOL
4.1 DOL will return results to the requesting detective within ten (10) business days.
4.2 DOL shall not run comparisons under this MOU for civil immigration enforcement.
""", r"""
DOL K-2291 / CW2270418                                                           Page 2 of 2

5. COST REIMBURSEMENT
5.1 TPD shall reimburse DOL $18.50 per completed comparison request.
5.2 Total reimbursement shall not exceed $11,100 in any state fiscal year (July 1 - June 30).
5.3 DOL will invoice quarterly; the City of Tacoma Finance Department pays on TPD's behalf.

6. TERM AND TERMINATION
This MOU is effective on the date of the last signature below and remains in effect until
June 30, 2026, unless either party ends it on thirty (30) days' written notice.

7. CONFIDENTIALITY
Information exchanged under this MOU is confidential and exempt from public disclosure to the
extent permitted by chapter 42.56 RCW.

WASHINGTON STATE DEPARTMENT OF LICENSING     CITY OF TACOMA

/s/ Marisol Vance-Oduya                     /s/ Avery Lindqvist
Director                                    Chief of Police
Date: 11/02/2023                            Date: 11/09/2023

                                            Approved as to form:
                                            /s/ R. Takahashi, Deputy City Attorney
                                            Date: 11/07/2023
"""],
    agencies=[DOL, TPD, COT],
    vendors=[],
    products=[],
    costs=[
        C(18.5, 18.5, None, "TPD shall reimburse DOL $18.50 per completed comparison request.", COT, None,
          unit="per request"),
        C(None, 11100, "year", "Total reimbursement shall not exceed $11,100 in any state fiscal year", COT, None),
    ],
    counts=[
        N(9600000, "about", "images", None, "approximately 9.6 million license and ID card photographs",
          DOL),
        N(600, "up to", "requests", "year", "no more than 600 requests in each state fiscal year", TPD),
    ],
    policies=[
        P("TPD shall submit requests only through the DOL Law Enforcement Request Portal.", TPD),
        P("Each request must include a case number, a felony offense code and the approver's name.", TPD),
        P("TPD shall treat any candidate returned by DOL as an investigative lead only.", TPD),
        P("TPD may not re-disclose DOL photographs to any agency that is not a party to this MOU.", TPD),
        P("DOL shall not run comparisons under this MOU for civil immigration enforcement.", DOL),
    ],
    dates=["2023-11-02", "2023-11-09", "2023-11-07", "2026-06-30"],
    request_agency=TPD, scan=True)

# ---------------------------------------------------------------------------------------------
# 06 Augusta GA - Gmail print, oldest first, scanned photocopy
RCSO = "Richmond County Sheriff's Office"
MSI = "Motorola Solutions"
doc("06_augusta-ga-gmail-facesearch-pricing.txt", [r"""
3/2/23, 10:14 AM                                 Augusta, GA Mail - FaceSearch pricing for RCSO

Augusta GA                                              Kendra Boateng <kboateng@augustaga.gov>

FaceSearch pricing for RCSO
3 messages

Wes Talbert <wtalbert@motorolasolutions.com>                        Mon, Aug 8, 2022 at 2:14 PM
To: Kendra Boateng <kboateng@augustaga.gov>
Cc: Harold Pittman <hpittman@augustaga.gov>

Kendra,

Thanks for the call. As promised, FaceSearch pricing for the Richmond County Sheriff's Office:

- FaceSearch for an agency already on LEARN: $6,250 per year, covers up to 10 users.
- Each additional user is $480 per year.
- FaceSearch Mobile is an add-on at $35 per user per month.

The shared FaceSearch gallery now has over 20 million booking photos from member agencies.
Separately, the LPR camera refresh for your 14 fixed sites came to $96,600; I'll send that
quote on its own.

Wes Talbert
Account Manager, Vigilant Solutions, a Motorola Solutions company

This e-mail may contain confidential or legally privileged information. If you are not the
intended recipient, please notify the sender and delete this message.

Kendra Boateng <kboateng@augustaga.gov>                             Tue, Aug 9, 2022 at 9:03 AM
To: Wes Talbert <wtalbert@motorolasolutions.com>
Cc: Harold Pittman <hpittman@augustaga.gov>

Wes, thanks. Our 30-day trial ended last week.
Deputies ran about two hundred searches and followed up on 11 candidate matches.
Major Pittman wants 8 users, 4 of them with Mobile.
Anything over $25,000 has to go to the Augusta Commission, so we would like to stay under that.

Kendra Boateng
Grants and Procurement Coordinator, Richmond County Sheriff's Office

https://mail.google.com/mail/u/0/?ik=5c1e2a9f0b&view=pt&search=all&permthid=thread-f:1740      1/2
""", r"""
3/2/23, 10:14 AM                                 Augusta, GA Mail - FaceSearch pricing for RCSO

Wes Talbert <wtalbert@motorolasolutions.com>                       Wed, Aug 10, 2022 at 11:26 AM
To: Kendra Boateng <kboateng@augustaga.gov>
Cc: Harold Pittman <hpittman@augustaga.gov>

Kendra,

Year one for 8 users with 4 on Mobile comes to $7,930, billed annually.
That is the $6,250 base plus Mobile for 4 users (4 x $35 x 12 = $1,680).
I'll apply a one-time onboarding credit so the first invoice comes in $500 lower.
Per the LEARN terms, every FaceSearch query requires a case number and a reason code.

Wes

[Quoted text hidden]

https://mail.google.com/mail/u/0/?ik=5c1e2a9f0b&view=pt&search=all&permthid=thread-f:1740      2/2
"""],
    agencies=[RCSO, "Augusta Commission"],
    vendors=[MSI, "Vigilant Solutions"],
    products=["FaceSearch", "FaceSearch Mobile", "LEARN"],
    costs=[
        C(6250, 6250, "year", "$6,250 per year, covers up to 10 users", RCSO, MSI, "FaceSearch"),
        C(480, 480, "year", "Each additional user is $480 per year.", RCSO, MSI, "FaceSearch", unit="per user"),
        C(35, 35, "month", "$35 per user per month", RCSO, MSI, "FaceSearch Mobile", unit="per user"),
        C(7930, 7930, "year", "Year one for 8 users with 4 on Mobile comes to $7,930, billed annually.", RCSO, MSI,
          "FaceSearch"),
        C(1680, 1680, "year", "Mobile for 4 users (4 x $35 x 12 = $1,680)", RCSO, MSI, "FaceSearch Mobile"),
    ],
    counts=[
        N(10, "up to", "users", None, "covers up to 10 users", RCSO, MSI),
        N(20000000, "over", "images", None, "over 20 million booking photos", None, MSI),
        N(200, "about", "searches", None, "ran about two hundred searches", RCSO, MSI),
        N(11, None, "matches", None, "11 candidate matches", RCSO, MSI, usage=False),
        N(8, None, "users", None, "wants 8 users", RCSO, MSI),
        N(4, None, "users", None, "4 of them with Mobile", RCSO, MSI),
    ],
    policies=[
        P("Per the LEARN terms, every FaceSearch query requires a case number and a reason code.", RCSO),
    ],
    emails=[
        E("Wes Talbert", "Kendra Boateng", "Mon, Aug 8, 2022 at 2:14 PM", "FaceSearch pricing for RCSO"),
        E("Kendra Boateng", "Wes Talbert", "Tue, Aug 9, 2022 at 9:03 AM", "FaceSearch pricing for RCSO"),
        E("Wes Talbert", "Kendra Boateng", "Wed, Aug 10, 2022 at 11:26 AM", "FaceSearch pricing for RCSO"),
    ],
    dates=["2023-03-02", "2022-08-08", "2022-08-09", "2022-08-10"],
    request_agency=RCSO, scan=True)

# ---------------------------------------------------------------------------------------------
# 07 Tallahassee FL - city auditor report with statistics table
TALPD = "Tallahassee Police Department"
COTAL = "City of Tallahassee"
SUN = "Suncoast Biometric Solutions"
DBS = "FaceVACS-DBScan"
ROW20 = "FY 2020             612                 188                71          19"
ROW21 = "FY 2021             947                 301               112          33"
ROW22 = "FY 2022           1,184                 352               140          41"
ROWT = "Total             2,743                 841               323          93"
doc("07_tallahassee-fl-auditor-fr-program.txt", [r"""
CITY OF TALLAHASSEE
OFFICE OF THE CITY AUDITOR

Audit of the Police Department's Facial Recognition Program
Report #2316                                                                   June 28, 2023

EXECUTIVE SUMMARY
We reviewed how the Tallahassee Police Department (TPD) controls access to, records and reports
the use of its facial recognition system for fiscal years 2020 through 2022.

BACKGROUND
TPD bought FaceVACS-DBScan, made by Cognitec Systems, through the reseller Suncoast Biometric
Solutions in 2019. The City has paid $187,450 for the system through FY 2023:
  - $97,450 for the perpetual license, server and installation in FY 2019; and
  - $22,500 a year in maintenance for FY 2020 through FY 2023.
TPD's gallery holds about 486,000 booking photographs received from the Leon County Sheriff's
Office detention facility. As of March 31, 2023, 23 TPD members held active search accounts.
Search volume has grown each year, to about 99 searches a month in FY 2022 (Table 2).

Table 2. Facial recognition activity by fiscal year (source: TPD search log)

Fiscal Year    Searches    Possible Matches    Leads Referred    Arrests*
""" + ROW20 + "\n" + ROW21 + "\n" + ROW22 + "\n" + ROWT + r"""
* Arrests are reported by investigators and may not be attributable to the search alone.
""", r"""
Report #2316 - Facial Recognition Program                                            Page 2

FINDING 1 - SEARCH LOGGING
TPD Procedure 43-7 requires that every search be entered in the search log with a case number.
We tested a sample of 40 searches from FY 2022; 6 (15%) had no case number.

FINDING 2 - ACCOUNT MANAGEMENT
Procedure 43-7 states that
only members who have completed the Cognitec operator course may hold an account.
Several accounts still belonged to members who had left the Investigations Bureau.

FINDING 3 - GAPS IN THE PROCEDURE
There is no TPD policy that prohibits searching images taken from social media, and the
procedure does not address edited or composite probe images.

RECOMMENDATIONS
1. TPD should amend Procedure 43-7 to prohibit the use of edited or composite probe images.
2. TPD should disable accounts within 5 business days of a member's transfer.
3. TPD should publish the annual figures in Table 2 on its website.

MANAGEMENT RESPONSE
TPD agrees with all three recommendations and will revise Procedure 43-7 by December 31, 2023.
"""],
    agencies=[TALPD, COTAL, "Leon County Sheriff's Office", "Office of the City Auditor"],
    vendors=[SUN, "Cognitec Systems"],
    products=[DBS],
    costs=[
        C(187450, 187450, None, "The City has paid $187,450 for the system through FY 2023", COTAL, SUN, DBS),
        C(97450, 97450, "one-time", "$97,450 for the perpetual license, server and installation in FY 2019", COTAL,
          SUN, DBS),
        C(22500, 22500, "year", "$22,500 a year in maintenance", COTAL, SUN, DBS),
    ],
    counts=[
        N(486000, "about", "images", None, "about 486,000 booking photographs", TALPD, SUN),
        N(23, None, "users", None, "23 TPD members held active search accounts", TALPD, SUN),
        N(99, "about", "searches", "month", "about 99 searches a month", TALPD, SUN),
        N(612, None, "searches", None, ROW20, TALPD, SUN),
        N(188, None, "matches", None, ROW20, TALPD, SUN, usage=False),
        N(71, None, "leads", None, ROW20, TALPD, SUN, usage=False),
        N(19, None, "arrests", None, ROW20, TALPD, SUN, usage=False),
        N(947, None, "searches", None, ROW21, TALPD, SUN),
        N(301, None, "matches", None, ROW21, TALPD, SUN, usage=False),
        N(112, None, "leads", None, ROW21, TALPD, SUN, usage=False),
        N(33, None, "arrests", None, ROW21, TALPD, SUN, usage=False),
        N(1184, None, "searches", None, ROW22, TALPD, SUN),
        N(352, None, "matches", None, ROW22, TALPD, SUN, usage=False),
        N(140, None, "leads", None, ROW22, TALPD, SUN, usage=False),
        N(41, None, "arrests", None, ROW22, TALPD, SUN, usage=False),
        N(2743, None, "searches", None, ROWT, TALPD, SUN),
        N(841, None, "matches", None, ROWT, TALPD, SUN, usage=False),
        N(323, None, "leads", None, ROWT, TALPD, SUN, usage=False),
        N(93, None, "arrests", None, ROWT, TALPD, SUN, usage=False),
    ],
    policies=[
        P("TPD Procedure 43-7 requires that every search be entered in the search log with a case number.", TALPD),
        P("only members who have completed the Cognitec operator course may hold an account.", TALPD),
    ],
    dates=["2023-06-28", "2019", "2023-03-31", "2023-12-31"],
    request_agency=TALPD)

# ---------------------------------------------------------------------------------------------
# 08 Jersey City NJ - purchase order, invoice, mobile-phone print; scanned with Bates
JCPD = "Jersey City Police Department"
COJC = "City of Jersey City"
GSV = "Garden State Video Systems"
BCF = "BriefCam Face Recognition"
doc("08_jersey-city-nj-briefcam-po-invoice.txt", [r"""
CITY OF JERSEY CITY
DEPARTMENT OF ADMINISTRATION - DIVISION OF PURCHASING
280 Grove Street, Jersey City, NJ 07302

PURCHASE ORDER                                      PO Number:    21-04410
                                                    PO Date:      03/05/2021
                                                    Requisition:  R21-1187 (Police)
Vendor:                                             Ship To:
Garden State Video Systems, Inc.                    Jersey City Police Department
1400 Route 22 East, Union, NJ 07083                 Real Time Crime Center
Vendor No. 00731                                    8 Erie Street, Jersey City, NJ 07302

Contract basis: NJ cooperative contract; vendor is an authorized reseller of BriefCam Ltd.

LINE QTY UOM  DESCRIPTION                                         UNIT COST       EXTENDED
001   40 EA   BriefCam Protect video analytics license, per        $260.00     $10,400.00
              camera, 1 yr
002   40 EA   BriefCam Face Recognition add-on, per camera, 1 yr   $145.00      $5,800.00
003   12 EA   BriefCam LPR add-on, per camera, 1 yr                $120.00      $1,440.00
004    1 LOT  Face watchlist configuration and training          $4,200.00      $4,200.00
                                                          PO TOTAL:            $21,840.00
                                                     NOT TO EXCEED:            $25,000.00

Account: 01-201-25-240-099      Funding: Municipal budget, Police Other Expenses
Authorized: Purchasing Agent ____________________   Certification of funds: CFO ______________
""", r"""
GARDEN STATE VIDEO SYSTEMS, INC.                                                  INVOICE
1400 Route 22 East, Union, NJ 07083                              Invoice No.:  GSV-21-3318
                                                                 Invoice Date: 07/01/2021
Bill To: City of Jersey City, Division of Purchasing             Customer PO:  21-04410
Service period: 07/01/2021 - 06/30/2022 (billed annually in advance)

ITEM                                                      QTY       RATE         AMOUNT
BriefCam Protect license, per camera                       40     260.00      10,400.00
BriefCam Face Recognition add-on, per camera               40     145.00       5,800.00
BriefCam LPR add-on, per camera                            12     120.00       1,440.00
Face watchlist configuration and training                   1   4,200.00       4,200.00
Credit: Face Recognition add-on, 5 cameras not activated
   until 10/01/2021 (5 x 145.00 x 3/12)                                        (181.25)
                                                             TOTAL DUE:    $21,658.75
Terms: Net 45. Remit to Garden State Video Systems, Inc., PO Box 4410, Union, NJ 07083
""", r"""
10:22                                                                    LTE  74%
< Inbox                                                                   ^   v

Re: BriefCam PO 21-04410 - face add-on count

Capt. Luis Ferreira
To: Anita Shah
Cc: Lt. Joanne Keane
March 3, 2021 at 4:12 PM

Anita - yes, put the face add-on on all 40 RTCC cameras, not just the 12 on the LPR list.
The watchlist will be capped at 2,500 enrolled faces.
Face matching will only run against the department's approved watchlist, never against New
Jersey MVC license photos.

Sent from my iPhone

On Mar 3, 2021, at 2:47 PM, Anita Shah <ashah@jcnj.org> wrote:

Captain, before I release the PO can you confirm the camera count for line 002?
"""],
    agencies=[COJC, JCPD, "New Jersey Motor Vehicle Commission"],
    vendors=[GSV, "BriefCam"],
    products=["BriefCam Protect", BCF, "BriefCam LPR"],
    costs=[
        C(5800, 5800, "year", "BriefCam Face Recognition add-on, per camera, 1 yr   $145.00      $5,800.00", COJC, GSV,
          BCF),
        C(145, 145, "year", "BriefCam Face Recognition add-on, per camera, 1 yr   $145.00", COJC, GSV, BCF,
          unit="per camera"),
        C(4200, 4200, None, "Face watchlist configuration and training          $4,200.00", COJC, GSV, BCF),
    ],
    counts=[
        N(40, None, "cameras", None, "put the face add-on on all 40 RTCC cameras", JCPD, GSV, usage=False),
        N(2500, "up to", "images", None, "capped at 2,500 enrolled faces", JCPD, GSV),
    ],
    policies=[
        P("Face matching will only run against the department's approved watchlist", JCPD),
    ],
    emails=[
        E("Capt. Luis Ferreira", "Anita Shah", "March 3, 2021 at 4:12 PM",
          "Re: BriefCam PO 21-04410 - face add-on count"),
        E("Anita Shah", None, "Mar 3, 2021, at 2:47 PM", None),
    ],
    dates=["2021-03-05", "2021-07-01", "2022-06-30", "2021-10-01", "2021-03-03"],
    request_agency=JCPD, scan=True)

# ---------------------------------------------------------------------------------------------
# 09 Grand Rapids MI - news story naming several agencies
GRPD = "Grand Rapids Police Department"
KCSO = "Kent County Sheriff's Office"
MSP = "Michigan State Police"
doc("09_grand-rapids-mi-news-clearview-logs.txt", [r"""
THE GRAND RIVER CURRENT
LOCAL | PUBLIC SAFETY

Records show Grand Rapids police ran nearly 2,000 face searches in first year of Clearview deal

By Nadia Okonkwo-Reyes | May 18, 2023

GRAND RAPIDS - The Grand Rapids Police Department ran more than 1,900 searches through
Clearview AI between June 2022 and April 2023, according to search logs the department
released under the Michigan Freedom of Information Act. The logs run to 112 pages.

The department signed a one-year, $24,500 agreement with the company in May 2022.
The agreement provides 20 investigator accounts, purchasing records show.

The searches led to 37 arrests, Deputy Chief Marcus Hendricks said, though he cautioned that a
search result is never the only evidence in a case. Department policy states that a Clearview
result "is an investigative lead only and shall not be the sole basis for an arrest."

Hendricks acknowledged there is no policy that prohibits officers from running searches on
department phones while off duty. "That is something we are looking at," he said.

Clearview says its database holds more than 30 billion images collected from the internet.

Neighboring agencies take a different route. The Kent County Sheriff's Office does not pay
for a commercial tool; its detectives use the Michigan State Police's Statewide Network of
Agency Photos, or SNAP, which draws on more than 50 million images, including driver's
license photos.
The sheriff's office ran about 600 SNAP searches last year, spokesperson Tara Wills said.
Deputies must complete SNAP training before they are given access, Wills said.
The Kentwood Police Department said it has never used face recognition.

City Commissioner Lena Marsh has proposed an ordinance that would require commission approval
before the city buys any new surveillance technology. By comparison, she noted, the city's
five-year body camera contract with Axon is worth $2.3 million and drew little debate.
"""],
    agencies=[GRPD, KCSO, MSP, "Kentwood Police Department", "Grand Rapids City Commission"],
    vendors=[CV, "Axon"],
    products=["Statewide Network of Agency Photos (SNAP)"],
    costs=[
        C(24500, 24500, "year", "a one-year, $24,500 agreement with the company", GRPD, CV),
    ],
    counts=[
        N(1900, "over", "searches", None, "ran more than 1,900 searches", GRPD, CV),
        N(20, None, "users", None, "20 investigator accounts", GRPD, CV),
        N(37, None, "arrests", None, "The searches led to 37 arrests", GRPD, CV, usage=False),
        N(30000000000, "over", "images", None, "more than 30 billion images", None, CV),
        N(50000000, "over", "images", None, "more than 50 million images", MSP, None),
        N(600, "about", "searches", None, "about 600 SNAP searches last year", KCSO, None),
    ],
    policies=[
        P("is an investigative lead only and shall not be the sole basis for an arrest.", GRPD),
        P("Deputies must complete SNAP training before they are given access", KCSO),
    ],
    dates=["2023-05-18", "2022-06", "2023-04", "2022-05"],
    request_agency=GRPD)

# ---------------------------------------------------------------------------------------------
# 10 Sacramento County CA - JAG budget detail with Thunderbird cover email
SCSO = "Sacramento County Sheriff's Office"
ROC = "Rank One Computing"
ROCI = "ROC Investigate"
B1 = "B.1   ROC Investigate server and perpetual licenses (Rank One)    1   $39,500.00   $39,500.00"
B2 = "B.2   ROC Investigate annual support, Years 2 and 3               2    $7,900.00   $15,800.00"
C1 = "C.1   Facial comparison and review course, per student            4    $1,250.00    $5,000.00"
doc("10_sacramento-county-ca-jag-budget-fr.txt", [r"""
Subject:   FY 2021 JAG - revised Budget Detail (SCSO facial recognition project)
From:      Priya Raman <praman@sacsheriff.com>
Date:      3/14/2022, 3:27 PM
To:        JAG Grants Unit <jag@bscc.ca.gov>
CC:        Owen Castellanos <ocastellanos@sacsheriff.com>

Good afternoon,

Attached is the revised Budget Detail for the Sacramento County Sheriff's Office FY 2021 JAG
subaward from the Board of State and Community Corrections. Per your comments we moved the
body-worn cameras and the Cellebrite licenses to their own lines so that the facial recognition
costs can be seen separately.

Thank you,
Priya Raman
Grants Analyst, Sacramento County Sheriff's Office
""", r"""
SACRAMENTO COUNTY SHERIFF'S OFFICE
Edward Byrne Memorial Justice Assistance Grant (JAG), FY 2021 - Subaward via BSCC
Project: Investigative Facial Recognition Capability
BUDGET DETAIL (revised 03/14/2022)

Line  Category / Item                                           Qty   Unit Cost      Total
A     PERSONNEL
A.1   Crime Analyst II, 0.5 FTE (salary and benefits)             1   $48,206.00   $48,206.00
B     EQUIPMENT / SOFTWARE
""" + B1 + "\n" + B2 + "\n" + r"""B.3   Cellebrite UFED 4PC, annual license                         3    $3,700.00   $11,100.00
B.4   Axon Body 3 camera with dock                               10      $899.00    $8,990.00
C     TRAINING
""" + C1 + "\n" + r"""D     TRAVEL
D.1   CA Narcotic Officers Assn. conference, per attendee         4    $1,100.00    $4,400.00
                                                      TOTAL REQUEST:            $132,996.00
      Facial recognition lines (B.1, B.2, C.1):                                  $60,300.00
""", r"""
BUDGET NARRATIVE                                                                     Page 3

A.1  The analyst reviews candidates but also supports ALPR and phone-extraction work, so the
     salary is not counted as a facial recognition cost.
B.1  ROC Investigate is sold by Rank One Computing.
     It will search a booking archive of about 1.6 million mugshots.
     The perpetual license allows up to 15 concurrent users; first-year support is included.
B.2  Year 2 and Year 3 support is billed annually at $7,900.
B.3, B.4 and D.1 are unrelated to the facial recognition project; listed for completeness.
C.1  Four detectives will attend a 40-hour facial comparison course.

CONDITIONS OF USE
Searches may only be run against booking photographs, never against live video feeds.
Every candidate must be reviewed by two trained examiners before release to a case agent.
SCSO will run searches for Citrus Heights and Elk Grove police investigators.
Partner agencies shall not be given their own accounts.
The Sheriff's Office would publish an annual count of searches if the Board of Supervisors
adopts a surveillance technology ordinance.
"""],
    agencies=[SCSO, "Board of State and Community Corrections", "Citrus Heights Police Department",
              "Elk Grove Police Department", "Sacramento County Board of Supervisors"],
    vendors=[ROC, "Cellebrite", "Axon"],
    products=[ROCI, "Cellebrite UFED 4PC", "Axon Body 3"],
    costs=[
        C(39500, 39500, "one-time", B1, SCSO, ROC, ROCI),
        C(15800, 15800, None, B2, SCSO, ROC, ROCI),
        C(7900, 7900, "year", "Year 2 and Year 3 support is billed annually at $7,900.", SCSO, ROC, ROCI),
        C(5000, 5000, None, C1, SCSO, None),
        C(1250, 1250, None, "Facial comparison and review course, per student            4    $1,250.00", SCSO, None,
          unit="per student"),
        C(60300, 60300, None, "Facial recognition lines (B.1, B.2, C.1):                                  $60,300.00",
          SCSO, None),
    ],
    counts=[
        N(1600000, "about", "images", None, "booking archive of about 1.6 million mugshots", SCSO, ROC),
        N(15, "up to", "users", None, "up to 15 concurrent users", SCSO, ROC),
    ],
    policies=[
        P("Searches may only be run against booking photographs, never against live video feeds.",
          SCSO),
        P("Every candidate must be reviewed by two trained examiners before release to a case agent.", SCSO),
        P("Partner agencies shall not be given their own accounts.", SCSO),
    ],
    emails=[
        E("Priya Raman", "JAG Grants Unit", "3/14/2022, 3:27 PM",
          "FY 2021 JAG - revised Budget Detail (SCSO facial recognition project)"),
    ],
    dates=["2022-03-14"],
    request_agency=SCSO, scan=True)

# ---------------------------------------------------------------------------------------------
# 11 Erie PA - Apple Mail print: reply with '>' quoting of a forward
EBP = "Erie Bureau of Police"
RN = "RealNetworks"
doc("11_erie-pa-apple-mail-safr-forward.txt", [r"""
From: Daniel Kosinski <dkosinski@erie.pa.us>
Subject: Re: Fwd: SAFR pricing - Erie Bureau of Police
Date: October 20, 2021 at 7:41:02 AM EDT
To: Gregory Nowak <gnowak@erie.pa.us>
Cc: Solicitor's Office <solicitor@erie.pa.us>

Greg,

Not yet. This goes to the City Solicitor and then City Council before we commit to anything.
For the pilot, every watchlist enrollment must be approved in writing by a deputy chief.
The pilot may only be used for the missing-persons and trespass watchlists, not crowd scanning.

Chief Kosinski

> On Oct 19, 2021, at 8:52 AM, Gregory Nowak <gnowak@erie.pa.us> wrote:
>
> Chief, SAFR's numbers are below. The 8 cameras are the Port Authority's units at Dobbins
> Landing; the Erie-Western Pennsylvania Port Authority says we can use the feeds if we cover
> the software. The camera upgrade itself ($38,750 from the Port's capital budget) is separate.
>
> Greg
>
> Begin forwarded message:
>
> From: Morgan Ellery <mellery@safr.com>
> Subject: SAFR pricing - Erie Bureau of Police
> Date: October 18, 2021 at 5:06:44 PM EDT
> To: Gregory Nowak <gnowak@erie.pa.us>
>
> Hi Lieutenant,
>
> Pilot: 90 days at no charge, up to 8 cameras.
> Production: $1,150 per camera per year.
> For the 8 bayfront cameras that is $9,200, billed annually.
> SAFR edge appliance (one-time): $6,400.
> A three-year commitment takes 10% off the license line.
> Watchlists on this tier hold up to 1,000 enrolled people.
>
> Morgan Ellery | Public Safety Sales | SAFR, a RealNetworks company
"""],
    agencies=[EBP, "City of Erie", "Erie City Council", "Erie-Western Pennsylvania Port Authority"],
    vendors=[RN],
    products=["SAFR"],
    costs=[
        C(1150, 1150, "year", "$1,150 per camera per year", EBP, RN, "SAFR", unit="per camera"),
        C(9200, 9200, "year", "For the 8 bayfront cameras that is $9,200, billed annually.", EBP, RN, "SAFR"),
        C(6400, 6400, "one-time", "SAFR edge appliance (one-time): $6,400.", EBP, RN, "SAFR"),
    ],
    counts=[
        N(8, "up to", "cameras", None, "up to 8 cameras", EBP, RN, usage=False),
        N(1000, "up to", "images", None, "hold up to 1,000 enrolled people", EBP, RN),
    ],
    policies=[
        P("For the pilot, every watchlist enrollment must be approved in writing by a deputy chief.", EBP),
        P("The pilot may only be used for the missing-persons and trespass watchlists, not crowd scanning.", EBP),
    ],
    emails=[
        E("Daniel Kosinski", "Gregory Nowak", "October 20, 2021 at 7:41:02 AM EDT",
          "Re: Fwd: SAFR pricing - Erie Bureau of Police"),
        E("Gregory Nowak", None, "Oct 19, 2021, at 8:52 AM", None),
        E("Morgan Ellery", "Gregory Nowak", "October 18, 2021 at 5:06:44 PM EDT",
          "SAFR pricing - Erie Bureau of Police"),
    ],
    dates=["2021-10-20", "2021-10-19", "2021-10-18"],
    request_agency=EBP)

# ---------------------------------------------------------------------------------------------
# 12 New Haven CT - records response letter, contract amendment, Lotus Notes print; scanned
NHPD = "New Haven Police Department"
CONH = "City of New Haven"
VER = "Veritone"
doc("12_new-haven-ct-foi-response-veritone.txt", [r"""
CITY OF NEW HAVEN
DEPARTMENT OF POLICE SERVICES
One Union Avenue, New Haven, Connecticut 06519
Records Division - Freedom of Information Unit

March 22, 2024

Ms. Celeste Amadi-Browning
Elm City Oversight Project
camadi@elmcityoversight.org

Re: Freedom of Information request dated January 4, 2024 (NHPD FOI #24-0012)

Dear Ms. Amadi-Browning:

This letter responds to your request for records about the New Haven Police Department's use of
facial recognition software. The Department has located the following responsive records:
  1. The Agreement between the City of New Haven and Veritone, Inc., with Amendment No. 1; and
  2. An internal e-mail summarizing search activity in the IDentify application.
Copies are enclosed. Portions of the Agreement that describe system configuration have been
redacted under Conn. Gen. Stat. Sec. 1-210(b)(19). The copying fee of $0.50 per page for 38
pages ($19.00) has been waived.

The Department has no written general order on facial recognition. Use is governed by the
Agreement and by a Chief's memorandum dated June 1, 2021, which is withheld as a preliminary
draft.

If you believe this response is incomplete, you may appeal to the Connecticut Freedom of
Information Commission within thirty days.

Very truly yours,

Lt. Hector Maldonado-Pierce
Records Division Commander
""", r"""
AMENDMENT NO. 1
TO THE SOFTWARE SUBSCRIPTION AGREEMENT BETWEEN
THE CITY OF NEW HAVEN AND VERITONE, INC.
(Original Agreement dated July 15, 2020)

WHEREAS, the City of New Haven, acting through its Police Department ("City"), and Veritone,
Inc. ("Veritone") entered into an Agreement for the IDentify facial recognition application;
WHEREAS, the Agreement carries a not-to-exceed amount of $45,000 over the initial term;
WHEREAS, the parties wish to extend the term and add users;
NOW, THEREFORE, the parties agree as follows:

1. Term. The term of the Agreement is extended through June 30, 2025.
2. Compensation. The not-to-exceed amount is increased from $45,000 to $72,600.
3. Extension year (July 1, 2024 - June 30, 2025):
   subscription fee of $13,800, billed annually in advance.
4. Scope. The subscription covers up to 10 named users and a gallery of up to 250,000 images.
5. Section 4 (Use Restrictions) is amended to add:
   4.3 The City shall use IDentify only to compare images against its own booking photographs.
   4.4 The City shall not enroll images collected from social media in any IDentify gallery.
6. All other terms of the Agreement remain in full force and effect.

CITY OF NEW HAVEN                               VERITONE, INC.
By: /s/ Justin M. Elicker-Ward, Mayor           By: /s/ Dana Whitford, VP, Public Sector
Date: 02/12/2024                                Date: 02/09/2024
""", r"""
Alicia Marrone/NHPD/CNH           To       Hector Maldonado-Pierce/NHPD/CNH@CNH
03/11/2024 02:18 PM               cc       Records Unit/NHPD/CNH@CNH
                                  bcc
                                  Subject  Re: FOI 24-0012 - IDentify search counts

Lieutenant,

Pulled from the IDentify admin console this morning:
   Calendar 2023: 436 searches by 9 active users
   2024 to date (through 3/8): 77 searches
Detectives marked 14 of the 2023 searches as having produced a lead. The console does not track
arrests.
Per the Chief's memo, searches remain restricted to Major Crimes and Special Victims
detectives.

Alicia
-----------------------------------------------------------------------------------------------
Hector Maldonado-Pierce/NHPD/CNH  To       Alicia Marrone/NHPD/CNH@CNH
03/08/2024 09:05 AM               cc
                                  Subject  FOI 24-0012 - IDentify search counts

Can you get me the 2023 and year-to-date IDentify search numbers for the FOI response?
"""],
    agencies=[NHPD, CONH, "Connecticut Freedom of Information Commission"],
    vendors=[VER],
    products=["IDentify"],
    costs=[
        C(None, 45000, None, "a not-to-exceed amount of $45,000 over the initial term", CONH, VER, "IDentify"),
        C(None, 72600, None, "The not-to-exceed amount is increased from $45,000 to $72,600.", CONH, VER, "IDentify"),
        C(13800, 13800, "year", "subscription fee of $13,800, billed annually in advance", CONH, VER, "IDentify"),
    ],
    counts=[
        N(10, "up to", "users", None, "up to 10 named users", NHPD, VER),
        N(250000, "up to", "images", None, "a gallery of up to 250,000 images", NHPD, VER),
        N(436, None, "searches", None, "Calendar 2023: 436 searches", NHPD, VER),
        N(9, None, "users", None, "9 active users", NHPD, VER),
        N(77, None, "searches", None, "2024 to date (through 3/8): 77 searches", NHPD, VER),
        N(14, None, "leads", None, "Detectives marked 14 of the 2023 searches as having produced a lead", NHPD, VER,
          usage=False),
    ],
    policies=[
        P("The City shall use IDentify only to compare images against its own booking photographs.", CONH),
        P("The City shall not enroll images collected from social media in any IDentify gallery.", CONH),
        P("searches remain restricted to Major Crimes and Special Victims", NHPD),
    ],
    emails=[
        E("Alicia Marrone/NHPD/CNH", "Hector Maldonado-Pierce/NHPD/CNH@CNH", "03/11/2024 02:18 PM",
          "Re: FOI 24-0012 - IDentify search counts"),
        E("Hector Maldonado-Pierce/NHPD/CNH", "Alicia Marrone/NHPD/CNH@CNH", "03/08/2024 09:05 AM",
          "FOI 24-0012 - IDentify search counts"),
    ],
    dates=["2024-03-22", "2024-01-04", "2021-06-01", "2020-07-15", "2025-06-30", "2024-07-01", "2024-02-12",
           "2024-02-09", "2024-03-11", "2024-03-08", "2023"],
    request_agency=NHPD, scan=True)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    out = []
    for rec in RECORDS:
        (DOCS / rec["file"]).write_text(rec["_text"], encoding="ascii")
        r = {k: v for k, v in rec.items() if k != "_text"}
        r["file"] = "docs/" + rec["file"]
        out.append(r)
    (HERE / "labels.json").write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {len(out)} documents")


if __name__ == "__main__":
    main()
