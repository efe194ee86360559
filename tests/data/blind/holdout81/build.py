"""Writes docs/*.txt and labels.json for holdout81 (six invented releases: KS, OR, GA, WI, AZ, LA).
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
    for e in emails:
        for k in ("date", "subject"):
            assert e[k] is None or e[k] in text, (file, e[k])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Kansas: Hutchinson PD (purchase order)
HUT = "Hutchinson Police Department"
CDW = "CDW Government"
CV = "Clearview AI"
doc("01_hutchinson-pd-clearview-purchase-order.txt", [
    (None, """\
CITY OF HUTCHINSON, KANSAS
Finance Department - Purchasing Division
125 E. Avenue B, Hutchinson, KS 67501          Phone (620) 555-0142

PURCHASE ORDER                                 PO No.:    2024-001187
                                               PO Date:   03/12/2024
                                               Req. No.:  RQ-24-0412
                                               Page 1 of 2

VENDOR  (Vendor No. 40318)            SHIP TO / BILL TO
CDW Government LLC                    Hutchinson Police Department
230 N. Milwaukee Avenue               Investigations Division
Vernon Hills, IL 60061                210 W. First Avenue
Acct. Mgr. Trevor Salas               Hutchinson, KS 67501
(866) 555-0199                        Attn: Sgt. Dana Ebersole

Terms: Net 30    FOB: Destination    Vendor quote: NQ4471 dated 02/27/2024
Tax exemption certificate: KS-EX-0061-4432 (City purchases are exempt)

LN  QTY  UOM  DESCRIPTION                        UNIT PRICE     EXTENDED
--  ---  ---  ---------------------------------  ----------  -----------
 1    6  LIC  Clearview AI - Clearview Search      2,200.00    13,200.00
              user license, 12 months
              (04/01/2024 - 03/31/2025)
 2    1  LOT  Clearview AI onboarding and            750.00       750.00
              investigator training, one-time
 3    2  EA   Dell Latitude 7350 laptop, 16GB,     1,489.00     2,978.00
              512GB SSD, 3-yr ProSupport
              (Detective Bureau workstations)
 4    1  EA   Freight - UPS Ground (line 3 only)      42.50        42.50
                                                             -----------
                                          SUBTOTAL             16,970.50
                                          SALES TAX (EXEMPT)        0.00
                                          PO TOTAL             16,970.50

SPECIAL INSTRUCTIONS
Clearview Search licenses shall be assigned only to sworn detectives of
the Investigations Division. Per HPD Policy 428, a Clearview result is
an investigative lead only and may not be the sole basis for an arrest
or a search warrant. Laptops to be delivered to Room 214.""", "HPD ORR 24-118   000014"),
    (None, """\
CITY OF HUTCHINSON - PURCHASE ORDER 2024-001187 (continued)    Page 2 of 2

ACCOUNT DISTRIBUTION
LN   FUND  DEPT  OBJECT  PROJECT       DESCRIPTION               AMOUNT
---  ----  ----  ------  ------------  -------------------  -----------
1    001   2110  52410   PD-FRS24      Software subscr.       13,200.00
2    001   2110  52410   PD-FRS24      Training                  750.00
3-4  001   2110  54120   --            Computer equipment      3,020.50
                                                            -----------
                                       TOTAL ENCUMBERED       16,970.50

Budget check: Passed 03/11/2024 (GL 001-2110-52410 available balance
sufficient). Quote NQ4471 reviewed against Sourcewell contract
081419-CDW. No bid required under City purchasing policy (under
$25,000).

APPROVALS
Requested by:    Sgt. Dana Ebersole, Investigations     03/08/2024
Division head:   Capt. Rhett Lindqvist                  03/08/2024
Chief of Police: Chief Marian Okafor                    03/11/2024
Purchasing:      Lyle Penner, Purchasing Agent          03/12/2024
Finance:         Joanna Whitcomb, Finance Director      03/12/2024

Distribution: Vendor (white)  Finance (yellow)  Police (pink)

VENDOR NOTE: Invoice to City of Hutchinson, Accounts Payable,
P.O. Box 1567, Hutchinson, KS 67504-1567. Reference the PO number on
every invoice. Line 1 licenses are to be provisioned by Clearview AI,
Inc. to the user e-mail addresses supplied by Sgt. Ebersole.""", "HPD ORR 24-118   000015"),
], "pdf", HUT,
    ["City of Hutchinson", HUT, "Sourcewell"],
    [CDW, CV, "Dell Technologies"],
    ["Clearview Search", "Dell Latitude 7350"],
    [C(13200, 13200, "year",
       " 1    6  LIC  Clearview AI - Clearview Search      2,200.00    13,200.00", HUT, CDW, "Clearview Search"),
     C(2200, 2200, "year", " 1    6  LIC  Clearview AI - Clearview Search      2,200.00", HUT, CDW,
       "Clearview Search", unit="per user"),
     C(750, 750, "one-time", " 2    1  LOT  Clearview AI onboarding and            750.00       750.00",
       HUT, CDW, "Clearview Search")],
    [N(6, "exact", "licenses", None, " 1    6  LIC  Clearview AI - Clearview Search", HUT, CDW)],
    [P("Clearview Search licenses shall be assigned only to sworn detectives of the Investigations Division.",
       HUT, "requirement"),
     P("Per HPD Policy 428, a Clearview result is an investigative lead only and may not be the sole basis for "
       "an arrest or a search warrant.", HUT, "disclaimer")],
    [],
    ["2024-03-12", "2024-02-27", "2024-04-01", "2025-03-31", "2024-03-11", "2024-03-08"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Oregon: Corvallis PD (Apple Mail thread)
CPD = "Corvallis Police Department"
MSI = "Motorola Solutions"
VIG = "Vigilant Solutions"
FS = "Vigilant FaceSearch"
SUBJ2 = "FaceSearch renewal quote Q-2024-58213"
doc("02_corvallis-pd-facesearch-renewal-applemail.txt", [
    (None, """\
From: Renata Holloway <renata.holloway@corvallisoregon.gov>
Subject: Re: Fwd: FaceSearch renewal quote Q-2024-58213
Date: May 16, 2024 at 8:12:09 AM PDT
To: Kyle Marwood <kyle.marwood@corvallisoregon.gov>

OK, renew 5 seats and the hosting. Drop the LPR data line, that's
Patrol's budget, not ours.

Until 347 is adopted the Chief's memo of March 4 still governs:
every FaceSearch query must be tied to a CPD case number. Please
remind Ortega.

R.

Capt. Renata Holloway
Investigations Division | Corvallis Police Department
541-555-0127


From: Kyle Marwood <kyle.marwood@corvallisoregon.gov>
Subject: Re: Fwd: FaceSearch renewal quote Q-2024-58213
Date: May 15, 2024 at 4:47:30 PM PDT
To: Renata Holloway <renata.holloway@corvallisoregon.gov>

Captain - pulled the admin stats. Only 5 of the 8 seats logged in at
all since last July. Between us we ran 212 searches in that time,
most of them on burglary and fraud cases.

The draft policy (347, still with the City Attorney) says seats go
only to detectives who finish the vendor training, a sergeant has to
approve each search, and no searches of people at protests or
rallies. None of that is in force yet.

Kyle

Det. Kyle Marwood #2214
Sent from my iPhone""", "CORVALLIS PD PRR 24-0339   0007"),
    (None, """\
From: Renata Holloway <renata.holloway@corvallisoregon.gov>
Subject: Fwd: FaceSearch renewal quote Q-2024-58213
Date: May 15, 2024 at 9:03:55 AM PDT
To: Kyle Marwood <kyle.marwood@corvallisoregon.gov>

Kyle, see below. We paid $8,400 last year for 8 seats. How many did
we actually use? The hosting and LPR lines are new to me.

Begin forwarded message:

From: "Motorola Solutions Renewals" <renewals@motorolasolutions.com>
Subject: FaceSearch renewal quote Q-2024-58213
Date: May 10, 2024 at 2:14:03 PM PDT
To: Renata Holloway <renata.holloway@corvallisoregon.gov>

Captain Holloway,

Attached and below is your renewal for Vigilant FaceSearch. Your
current term ends June 30, 2024.

Quote Q-2024-58213   Account 100-44817   Valid through June 14, 2024
Term: July 1, 2024 - June 30, 2025

Item                                    Qty   Unit price    Extended
Vigilant FaceSearch user license          8    $1,150.00   $9,200.00
FaceSearch gallery hosting tier 2         1    $1,800.00   $1,800.00
  (capacity up to 250,000 images)
Vigilant LEARN commercial LPR data        1    $4,500.00   $4,500.00
                                              Quote total  $15,500.00

Pricing reflects a 5% increase over the prior term. FaceSearch users
also search the shared LEARN booking gallery of more than 18 million
mugshots contributed by participating agencies. Quote excludes taxes
where applicable; Oregon has no sales tax.

Thank you,
Dana Whitlock | Inside Sales, Public Safety Software
Motorola Solutions | 800-555-0166""", "CORVALLIS PD PRR 24-0339   0008"),
], "print", CPD,
    [CPD, "City of Corvallis"],
    [MSI, VIG],
    [FS, "Vigilant LEARN"],
    [C(8400, 8400, "year", "We paid $8,400 last year for 8 seats", CPD, MSI, FS),
     C(9200, 9200, "year", "Vigilant FaceSearch user license          8    $1,150.00   $9,200.00", CPD, MSI, FS),
     C(1150, 1150, "year", "Vigilant FaceSearch user license          8    $1,150.00", CPD, MSI, FS,
       unit="per user"),
     C(1800, 1800, "year", "FaceSearch gallery hosting tier 2         1    $1,800.00   $1,800.00", CPD, MSI, FS)],
    [N(5, "exact", "licenses", None, "renew 5 seats", CPD, MSI),
     N(5, "exact", "users", None, "Only 5 of the 8 seats logged in", CPD, MSI),
     N(212, "exact", "searches", None, "we ran 212 searches", CPD, MSI),
     N(8, "exact", "licenses", None, "Only 5 of the 8 seats logged in", CPD, MSI),
     N(18000000, "more than", "images", None, "shared LEARN booking gallery of more than 18 million mugshots",
       None, VIG)],
    [P("every FaceSearch query must be tied to a CPD case number.", CPD, "requirement")],
    [E("Renata Holloway", "Kyle Marwood", "May 16, 2024 at 8:12:09 AM PDT", "Re: Fwd: " + SUBJ2),
     E("Kyle Marwood", "Renata Holloway", "May 15, 2024 at 4:47:30 PM PDT", "Re: Fwd: " + SUBJ2),
     E("Renata Holloway", "Kyle Marwood", "May 15, 2024 at 9:03:55 AM PDT", "Fwd: " + SUBJ2),
     E("Motorola Solutions Renewals", "Renata Holloway", "May 10, 2024 at 2:14:03 PM PDT", SUBJ2)],
    ["2024-05-16", "2024-05-15", "2024-05-10", "2024-06-30", "2024-06-14", "2024-07-01", "2025-06-30"],
    scan="print")


# ---------------------------------------------------------------- 3 Georgia: Columbia County SO (BOC agenda item)
CCSO = "Columbia County Sheriff's Office"
BOC = "Columbia County Board of Commissioners"
DWP = "DataWorks Plus"
doc("03_columbia-county-ga-boc-agenda-face-plus.txt", [
    (None, """\
COLUMBIA COUNTY BOARD OF COMMISSIONERS
630 Ronald Reagan Drive, Evans, Georgia 30809

AGENDA ITEM SUMMARY
Meeting:      Regular Meeting, Tuesday, August 20, 2024, 6:00 p.m.
Item No.:     24-0871          Agenda section: Consent - Public Safety
Department:   Sheriff's Office
Presenter:    Maj. Desmond Achebe, Criminal Investigations Division

SUBJECT
Approve a three-year agreement with DataWorks Plus, LLC for the FACE
Plus facial recognition system, and accept FY2024 Edward Byrne
Memorial Justice Assistance Grant (JAG) funds for the first year.

STAFF SUMMARY
The Sheriff's Office currently compares suspect photographs to jail
booking photos by hand. Staff propose FACE Plus, a hosted facial
recognition system from DataWorks Plus of Greenville, South Carolina,
which uses the NEC NeoFace matching algorithm. The searchable gallery
at go-live will hold approximately 212,000 booking photographs taken
at the Columbia County Detention Center since 1998. The agreement
provides licenses for 12 named investigators.

The system will be used only to develop investigative leads in
criminal cases and to identify deceased or incapacitated persons.
Under Sheriff's Office General Order 4.21, every search must be tied
to an active case number. A possible match is an investigative lead
only and is not probable cause to arrest. The Sheriff's Office will
also search on request for the Grovetown Department of Public Safety
and the Harlem Police Department at no charge to those agencies.

DataWorks Plus was selected from three quotes (RFQ 24-112). The other
quotes were from IDEMIA and Cognitec and were higher in every year.

FISCAL IMPACT
The three-year cost of the agreement is $118,600. It consists of a
one-time implementation and data conversion fee of $34,000 and an
annual license and support fee of $28,200 for each of the three years.
Year one (FY2025) requires $62,200, of which $40,000 will be paid from
the JAG subaward and $22,200 from the Sheriff's Office operating
budget. Years two and three will be requested in the Sheriff's Office
operating budget.""", "Item 24-0871  Page 1 of 2"),
    (None, """\
Table 1. Cost by fiscal year (July 1 - June 30)

                     FY2025       FY2026       FY2027        Total
Implementation    34,000.00         0.00         0.00    34,000.00
License/support   28,200.00    28,200.00    28,200.00    84,600.00
Total by year     62,200.00    28,200.00    28,200.00   118,600.00

This item does not include the Flock Safety license plate cameras
approved on July 16, 2024 (Item 24-0744, $61,500).

FUNDING SOURCE
Grant: FY2024 Edward Byrne Memorial Justice Assistance Grant, subaward
no. J24-8-041 from the Criminal Justice Coordinating Council, award
amount $40,000, performance period October 1, 2024 - September 30,
2025. No local match is required.
Accounts: 100-3300-52.3850 (grant) and 100-3300-52.2200 (operating).

LEGAL REVIEW
The County Attorney has reviewed the agreement as to form. The
agreement prohibits DataWorks Plus from using County images to train
or test its algorithms, and requires the vendor to delete County data
within 30 days after termination.

REQUESTED MOTION
Motion to approve the three-year agreement with DataWorks Plus, LLC in
the amount of $118,600 for the FACE Plus facial recognition system,
to accept the JAG subaward of $40,000, and to authorize the Chairman
to execute the agreement and related grant documents.

ATTACHMENTS
1. DataWorks Plus agreement and pricing (12 pages)
2. CJCC subaward letter dated July 29, 2024
3. Sheriff's Office General Order 4.21

Prepared by: Leigh Ann Pruitt, Grants Coordinator, 706-555-0184
Reviewed by: Scott Kimbrell, Finance Director
Approved for agenda: County Administrator's Office, August 14, 2024""", "Item 24-0871  Page 2 of 2"),
], "pdf", CCSO,
    [CCSO, BOC, "Columbia County Detention Center", "Grovetown Department of Public Safety",
     "Harlem Police Department", "Criminal Justice Coordinating Council"],
    [DWP, "NEC", "IDEMIA", "Cognitec", "Flock Safety"],
    ["FACE Plus", "NeoFace"],
    [C(118600, 118600, None, "The three-year cost of the agreement is $118,600", CCSO, DWP, "FACE Plus"),
     C(34000, 34000, "one-time", "one-time implementation and data conversion fee of $34,000", CCSO, DWP,
       "FACE Plus"),
     C(28200, 28200, "year", "annual license and support fee of $28,200", CCSO, DWP, "FACE Plus"),
     C(62200, 62200, None, "Year one (FY2025) requires $62,200", CCSO, DWP, "FACE Plus"),
     C(40000, 40000, "one-time", "$40,000 will be paid from the JAG subaward", CCSO, DWP, "FACE Plus"),
     C(22200, 22200, None, "$22,200 from the Sheriff's Office operating budget", CCSO, DWP, "FACE Plus"),
     C(84600, 84600, None, "License/support   28,200.00    28,200.00    28,200.00    84,600.00", CCSO, DWP,
       "FACE Plus")],
    [N(212000, "approximately", "images", None, "approximately 212,000 booking photographs", CCSO, DWP),
     N(12, "exact", "licenses", None, "licenses for 12 named investigators", CCSO, DWP)],
    [P("The system will be used only to develop investigative leads in criminal cases and to identify deceased "
       "or incapacitated persons.", CCSO, "purpose"),
     P("every search must be tied to an active case number.", CCSO, "requirement"),
     P("A possible match is an investigative lead only and is not probable cause to arrest.", CCSO, "disclaimer")],
    [],
    ["2024-08-20", "1998", "2024-07-16", "2024-10-01", "2025-09-30", "2024-07-29", "2024-08-14"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Wisconsin: Marathon County SO (SOP)
MCSO = "Marathon County Sheriff's Office"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
doc("04_marathon-county-so-sop-facial-recognition.txt", [
    (None, """\
MARATHON COUNTY SHERIFF'S OFFICE
STANDARD OPERATING PROCEDURE

SOP No.:      INV-27          Title: Facial Recognition Searches
Effective:    January 8, 2024          Revision: 3
Supersedes:   INV-27 Rev. 2 (March 14, 2022)
Approved:     Sheriff Colleen R. Vandermolen

A. PURPOSE
   This procedure governs the use of facial recognition technology by
   members of the Marathon County Sheriff's Office. Facial recognition
   is used to generate investigative leads in criminal investigations,
   to identify deceased persons, and to identify persons unable to
   identify themselves.

B. SYSTEM
   The Office uses MorphoFace Investigate (MFI), licensed from IDEMIA
   Identity & Security USA. The MFI gallery consists of booking
   photographs taken at the Marathon County Jail, approximately 96,000
   images at the last annual review. The Office holds seven (7) MFI
   user licenses. No other facial recognition product or service,
   including any service that collects images from the internet, is
   approved for Office use.

C. AUTHORIZED USERS
   1. Only members who have completed IDEMIA's MFI operator course and
      the Office's facial recognition policy training may be assigned
      an MFI account.
   2. Accounts are assigned by the Investigations Captain. Accounts
      shall not be shared.

D. PROCEDURE
   1. Each search shall be entered with a Marathon County Sheriff's
      Office case number and the offense under investigation.
   2. Probe images may come from lawfully obtained sources only.
   3. Any possible match shall be reviewed by a second trained
      examiner before it is reported to the case investigator.
   4. A possible match is an investigative lead only and shall not be
      used as the sole basis for an arrest, search warrant or other
      enforcement action.
   5. Deputies may request a search from a trained examiner through
      the Investigations Division request form (MCSO-417).""", "SOP INV-27 Rev. 3          Page 1 of 2"),
    (None, """\
E. PROHIBITED USES
   Members shall not use facial recognition:
   1. to identify persons engaged in lawful assembly, protest or other
      activity protected by the First Amendment;
   2. for live or real-time identification from video or cameras;
   3. on the basis of a person's race, ethnicity, religion, sexual
      orientation or immigration status;
   4. for personal, non-law enforcement purposes; or
   5. to enforce civil immigration law.

F. RETENTION
   1. Probe images and search results that do not result in a lead
      shall be deleted from MFI within 90 days of the search.
   2. Search logs shall be retained for seven (7) years under the
      County's records retention schedule (Wis. Stat. 19.21).

G. AUDIT
   The Professional Standards Lieutenant shall audit all MFI searches
   once each calendar year and report the results to the Sheriff by
   March 1. The audit shall compare each search to a case number and
   list any search without one.

H. VIOLATIONS
   A violation of this procedure may result in loss of MFI access and
   discipline up to and including termination.

I. REVISION HISTORY
   Rev  Date          Author                    Summary of change
   ---  ------------  ------------------------  ----------------------
   0    06/03/2019    Lt. Gerald Ostrowski      Original procedure
   1    11/18/2020    Lt. Gerald Ostrowski      Added section E.5
   2    03/14/2022    Capt. Amber Lindquist     Retention (F) added
   3    01/08/2024    Capt. Amber Lindquist     Annual audit (G);
                                                 second examiner (D.3)

   A proposal to allow searches of Wisconsin driver license photos has
   been discussed but is not part of this procedure.""", "SOP INV-27 Rev. 3          Page 2 of 2"),
], "pdf", MCSO,
    [MCSO, "Marathon County Jail"],
    [IDM],
    [MFI],
    [],
    [N(96000, "approximately", "images", None, "approximately 96,000 images", MCSO, IDM),
     N(7, "exact", "licenses", None, "The Office holds seven (7) MFI user licenses", MCSO, IDM)],
    [P("Facial recognition is used to generate investigative leads in criminal investigations, to identify "
       "deceased persons, and to identify persons unable to identify themselves.", MCSO, "purpose"),
     P("No other facial recognition product or service, including any service that collects images from the "
       "internet, is approved for Office use.", MCSO, "prohibition"),
     P("Only members who have completed IDEMIA's MFI operator course and the Office's facial recognition "
       "policy training may be assigned an MFI account.", MCSO, "requirement"),
     P("Accounts shall not be shared.", MCSO, "prohibition"),
     P("Each search shall be entered with a Marathon County Sheriff's Office case number and the offense "
       "under investigation.", MCSO, "requirement"),
     P("Probe images may come from lawfully obtained sources only.", MCSO, "requirement"),
     P("Any possible match shall be reviewed by a second trained examiner before it is reported to the case "
       "investigator.", MCSO, "requirement"),
     P("A possible match is an investigative lead only and shall not be used as the sole basis for an arrest, "
       "search warrant or other enforcement action.", MCSO, "disclaimer"),
     P("Deputies may request a search from a trained examiner through the Investigations Division request "
       "form", MCSO, "permission"),
     P("to identify persons engaged in lawful assembly, protest or other activity protected by the First "
       "Amendment;", MCSO, "prohibition"),
     P("for live or real-time identification from video or cameras;", MCSO, "prohibition"),
     P("on the basis of a person's race, ethnicity, religion, sexual orientation or immigration status;",
       MCSO, "prohibition"),
     P("for personal, non-law enforcement purposes;", MCSO, "prohibition"),
     P("to enforce civil immigration law.", MCSO, "prohibition"),
     P("Probe images and search results that do not result in a lead shall be deleted from MFI within 90 days "
       "of the search.", MCSO, "requirement"),
     P("Search logs shall be retained for seven (7) years under the County's records retention schedule",
       MCSO, "requirement"),
     P("The Professional Standards Lieutenant shall audit all MFI searches once each calendar year and report "
       "the results to the Sheriff by March 1.", MCSO, "requirement"),
     P("The audit shall compare each search to a case number and list any search without one.", MCSO,
       "requirement"),
     P("A violation of this procedure may result in loss of MFI access and discipline up to and including "
       "termination.", MCSO, "consequence")],
    [],
    ["2024-01-08", "2022-03-14", "2019-06-03", "2020-11-18"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Arizona: Avondale PD (city auditor's report)
APD = "Avondale Police Department"
VER = "Veritone"
IDF = "Veritone IDentify"
doc("05_avondale-city-auditor-fr-report.txt", [
    (None, """\
CITY OF AVONDALE, ARIZONA
OFFICE OF THE CITY AUDITOR

Report No. 24-03                                        April 22, 2024

PERFORMANCE AUDIT: POLICE DEPARTMENT USE OF FACIAL RECOGNITION

To the Honorable Mayor and Members of the City Council:

We audited the Avondale Police Department's use of Veritone IDentify,
a facial recognition application that compares images from
investigations against the Department's own booking photographs. The
audit covered January 1, 2021 through December 31, 2023 and was
included in the FY2024 Audit Plan. We conducted it in accordance with
generally accepted government auditing standards.

SUMMARY OF FINDINGS
1. About one search in eleven had no case number recorded.
2. User accounts were not disabled when employees left.
3. Contract payments agreed with the Council-approved amounts.

BACKGROUND
The City Council approved a three-year agreement with Veritone, Inc.
on June 7, 2021, with a total not to exceed $79,500. The City pays
Veritone $26,500 per year for IDentify, including hosting and support.
Veritone's renewal quote for 2024-2025 is $29,150 per year. The
IDentify gallery held 61,480 booking photographs at December 31, 2023.

Police Department General Order 4.30 (Facial Recognition) sets the
rules for use. General Order 4.30 requires a case or incident number
for every search. Under General Order 4.30, a candidate returned by
IDentify is an investigative lead only and does not establish probable
cause. Supervisors must disable the IDentify account of any user who
leaves the Department within five business days.

Table 1 shows the searches run in each year of the audit period and
their results as recorded in the IDentify audit log.""", "City Auditor Report 24-03 - Page 1"),
    (None, """\
Table 1. IDentify searches and results, 2021-2023

Year    Searches   Searches with   Leads confirmed   Searches with no
           run     a candidate     by investigator   case number
-----   --------   -------------   ---------------   ----------------
2021         184              97                31                 22
2022         241             133                44                 17
2023         298             151                52                 26
-----   --------   -------------   ---------------   ----------------
Total        723             381               127                 65

Source: IDentify audit log export of February 9, 2024; case numbers
matched by the Office of the City Auditor to the records system.

FINDING 1: ABOUT ONE SEARCH IN ELEVEN HAD NO CASE NUMBER
Of the 723 searches in the period, 65 (9.0%) had no case or incident
number in the log or in the records system. Most were run by two
users in 2021 and 2023. We found no evidence that any of these
searches was used for a non-law enforcement purpose, but without a
case number the Department cannot show that they were not.

Recommendation 1: Configure IDentify so that a search cannot be
submitted without a case number, and review the 65 searches.

Management response: Agree. The Department will ask Veritone to make
the case number field mandatory by July 1, 2024, and Professional
Standards will review the 65 searches by June 30, 2024.
(Cmdr. Luis Arreola, Investigations Bureau)

FINDING 2: ACCOUNTS WERE NOT DISABLED WHEN EMPLOYEES LEFT
At December 31, 2023 the Department had 23 active IDentify accounts.
Only 14 account holders ran a search in 2023. Six of the 23 accounts
belonged to employees who had left the Department, one of them in
2022. No search was run from a departed employee's account after
the date of separation.

Recommendation 2: Disable the six accounts and reconcile accounts
with Human Resources separation reports each quarter.""", "City Auditor Report 24-03 - Page 2"),
    (None, """\
Management response: Agree. The six accounts were disabled on
March 18, 2024. Beginning in the third quarter of 2024 the
Investigations Bureau will reconcile IDentify accounts with Human
Resources separation reports each quarter.
(Cmdr. Luis Arreola, Investigations Bureau)

FINDING 3: CONTRACT PAYMENTS AGREED WITH APPROVED AMOUNTS
Payments to Veritone in FY2022 through FY2024 totaled the amounts
approved by Council, and no payment exceeded the not-to-exceed amount.
The Department's overall FY2024 operating budget of $38.2 million was
outside the scope of this audit.

OTHER MATTER
There is no City policy that requires annual refresher training for
IDentify users. The Department has drafted a revision to General
Order 4.30 that would require it; the draft has not been adopted.

We thank the Police Department for its cooperation. Audit fieldwork
required about 240 staff hours.

Respectfully submitted,

Tamsin Everard, CIA, CGAP
City Auditor

cc: City Manager; Chief of Police; City Attorney

Audit team: Wendell Sato, Senior Auditor; Priya Nandakumar, Auditor
Office of the City Auditor, 11465 W. Civic Center Drive, Avondale, AZ
85323 | 623-555-0140""", "City Auditor Report 24-03 - Page 3"),
], "pdf", APD,
    [APD, "City of Avondale", "Avondale City Council", "Office of the City Auditor"],
    [VER],
    [IDF],
    [C(None, 79500, None, "a total not to exceed $79,500", APD, VER, IDF),
     C(26500, 26500, "year", "Veritone $26,500 per year", APD, VER, IDF),
     C(29150, 29150, "year", "renewal quote for 2024-2025 is $29,150 per year", APD, VER, IDF)],
    [N(61480, "exact", "images", None, "IDentify gallery held 61,480 booking photographs", APD, VER),
     N(184, "exact", "searches", "year", "2021         184", APD, VER),
     N(241, "exact", "searches", "year", "2022         241", APD, VER),
     N(298, "exact", "searches", "year", "2023         298", APD, VER),
     N(723, "exact", "searches", None, "Total        723", APD, VER),
     N(381, "exact", "matches", None, "Total        723             381", APD, VER),
     N(127, "exact", "leads", None, "Total        723             381               127", APD, VER),
     N(65, "exact", "searches", None, "Total        723             381               127                 65",
       APD, VER),
     N(23, "exact", "users", None, "the Department had 23 active IDentify accounts", APD, VER),
     N(14, "exact", "users", "year", "Only 14 account holders ran a search in 2023", APD, VER),
     N(6, "exact", "users", None, "Six of the 23 accounts belonged to employees who had left the Department",
       APD, VER)],
    [P("General Order 4.30 requires a case or incident number for every search.", APD, "requirement"),
     P("Under General Order 4.30, a candidate returned by IDentify is an investigative lead only and does not "
       "establish probable cause.", APD, "disclaimer"),
     P("Supervisors must disable the IDentify account of any user who leaves the Department within five "
       "business days.", APD, "requirement")],
    [],
    ["2024-04-22", "2021-01-01", "2023-12-31", "2024", "2021-06-07", "2024-02-09", "2024-07-01", "2024-06-30",
     "2021", "2022", "2023", "2024-03-18"],
    scan=None)


# ---------------------------------------------------------------- 6 Louisiana: Livingston Parish SO (Teams chat)
LPSO = "Livingston Parish Sheriff's Office"
APSO = "Ascension Parish Sheriff's Office"
doc("06_livingston-parish-so-clearview-teams-chat.txt", [
    (None, """\
Microsoft Teams - Chat Export
Chat name:     Clearview renewal FY25
Members:       Guidry, Travis (Lt.); Ardoin, Shelby (Crime Analyst);
               LeBlanc, Monique (Purchasing)
Exported by:   LPSO Information Technology, 10/15/2024 2:07 PM
Request:       LPSO Public Records Request 2024-211
Messages:      14

-----------------------------------------------------------------------
Guidry, Travis (Lt.)                                 9/23/2024 8:51 AM
Clearview renewal came in. $1,890 per seat for the year, same as last
year. We have 7 seats. Monique can you start the req?

LeBlanc, Monique (Purchasing)                        9/23/2024 9:02 AM
Sure. 7 x 1,890 = $13,230.00. Need the quote # and the account. Do we
pay sales tax on this? I think we're exempt

Guidry, Travis (Lt.)                                 9/23/2024 9:05 AM
Exempt, use the LPSO cert. Quote is CV-Q-30914, account 01-220-5560

Ardoin, Shelby (Crime Analyst)                       9/23/2024 9:31 AM
FYI usage last quarter (Jul-Sep): 164 searches, but only 5 of the 7
people ran any. Hebert hasn't logged in since May

Guidry, Travis (Lt.)                                 9/23/2024 9:40 AM
Then go to 6 seats. Pull Hebert's

LeBlanc, Monique (Purchasing)                        9/23/2024 9:44 AM
6 seats = $11,340.00. I'll change the req

Ardoin, Shelby (Crime Analyst)                       9/23/2024 9:52 AM
fwiw Ascension Parish SO is paying around $9,500 a year for 5 seats.
Their rep says the database passed 60 billion images now

Guidry, Travis (Lt.)                                 9/23/2024 10:03 AM
Good to know. Reminder for everybody on the seats: every search needs
a case number. No case number, no search. And a hit is a lead, not an
ID, we confirm it before anybody writes a warrant

Ardoin, Shelby (Crime Analyst)                       9/23/2024 10:05 AM
Copy. I'll flag the Q3 ones that had no case # and send them to you""",
     "LPSO PRR 2024-211   Page 1 of 2"),
    (None, """\
LeBlanc, Monique (Purchasing)                        9/23/2024 10:20 AM
Don't put the body cam storage ($4,200) on this one, that's a
separate req. Clearview only

Guidry, Travis (Lt.)                                 9/23/2024 10:22 AM
Right, separate

LeBlanc, Monique (Purchasing)                       9/24/2024 11:15 AM
Req 25-00412 entered for 6 Clearview seats, routing to the Sheriff
for approval. PO should go out by 10/4

Guidry, Travis (Lt.)                                 9/24/2024 11:17 AM
Thanks Monique

LeBlanc, Monique (Purchasing)                        10/4/2024 3:36 PM
PO 2025-000388 issued to Clearview AI, Inc. Renewal runs
10/15/2024 - 10/14/2025

-----------------------------------------------------------------------
End of export. 14 messages. Attachments: none.""", "LPSO PRR 2024-211   Page 2 of 2"),
], "pdf", LPSO,
    [LPSO, APSO],
    [CV],
    [],
    [C(1890, 1890, "year", "$1,890 per seat for the year", LPSO, CV, unit="per user"),
     C(13230, 13230, "year", "7 x 1,890 = $13,230.00", LPSO, CV),
     C(11340, 11340, "year", "6 seats = $11,340.00", LPSO, CV),
     C(9500, 9500, "year", "around $9,500 a year for 5 seats", APSO, CV)],
    [N(7, "exact", "licenses", None, "We have 7 seats", LPSO, CV),
     N(164, "exact", "searches", "quarter", "usage last quarter (Jul-Sep): 164 searches", LPSO, CV),
     N(5, "exact", "users", "quarter", "only 5 of the 7 people ran any", LPSO, CV),
     N(6, "exact", "licenses", None, "Then go to 6 seats", LPSO, CV),
     N(5, "exact", "licenses", None, "around $9,500 a year for 5 seats", APSO, CV),
     N(60000000000, "more than", "images", None, "the database passed 60 billion images", None, CV)],
    [P("every search needs a case number.", LPSO, "requirement"),
     P("No case number, no search.", LPSO, "requirement"),
     P("a hit is a lead, not an ID, we confirm it before anybody writes a warrant", LPSO, "disclaimer")],
    [],
    ["2024-10-15", "2024-09-23", "2024-09-24", "2024-10-04", "2025-10-14"],
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
