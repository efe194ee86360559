"""Writes docs/*.txt and labels.json for holdout88 (six invented releases: MI, AZ, DE, NE, MS, VT).
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
    assert m, quote
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


# ---------------------------------------------------------------- 1 Michigan: Lansing PD
LPD = "Lansing Police Department"
CV = "Clearview AI"
doc("01_lansing-pd-foia-response-clearview-po.txt", [
    (None, """\
CITY OF LANSING
Office of the City Attorney - FOIA Coordinator
124 W. Michigan Avenue, 5th Floor, Lansing, Michigan 48933
Tel. (517) 555-0162 | Fax (517) 555-0169

October 9, 2024

Ms. Dana Whitcombe
Great Lakes Surveillance Project
P.O. Box 7713
Ann Arbor, MI 48107

Re:  FOIA Request No. L24-1187 (received September 16, 2024)
     Lansing Police Department - facial recognition records

Dear Ms. Whitcombe:

The City received your request under the Michigan Freedom of
Information Act, MCL 15.231 et seq., for Lansing Police Department
(LPD) records about facial recognition software: purchase records,
usage figures and written policy. Your request is granted in part and
denied in part, as explained below.

1. Purchase records. LPD holds one facial recognition subscription,
with Clearview AI, Inc., bought on purchase order 4500218836 (copy
attached). It runs from July 1, 2024 through June 30, 2025 and covers
six investigator seats at $2,400 per seat, or $14,400 for the year.
From February through June 2024 LPD used a free Clearview trial; no
money was paid for the trial. Our search also located LPD's Cellebrite
Premium renewal ($18,750). That is a phone extraction tool, not a
facial recognition product, and it is not part of this response.

2. Other access. Detectives may also send a probe image to the
Michigan State Police SNAP unit, which runs the search against the
statewide photo repository at no charge to LPD. LPD does not have a
SNAP account of its own.""", "LPD-FOIA L24-1187 0001"),
    (None, """\
3. Usage. The Clearview audit log shows that during the third quarter
of 2024, 5 of the 6 seat holders ran 212 searches. Of those searches,
41 returned a possible match that was referred to the case detective.
The trial account ran 87 searches from February through June 2024.
LPD does not keep a record of arrests that followed a search.

4. Policy. LPD General Order 2024-07, Facial Recognition Technology,
effective June 24, 2024, is released in full (6 pages). It provides
that only an investigator who has completed the vendor's training may
hold a seat, and every search must be tied to an open case number. A
possible match is an investigative lead only and shall not be the
sole basis for an arrest or a search warrant. Members may not use the
software to identify people taking part in a lawful assembly.

5. Denied in part. Probe images, candidate photographs and search
narratives are exempt from disclosure under MCL 15.243(1)(b) as
investigating records compiled for law enforcement purposes, and are
withheld.

6. Fee. The fee for this request is $38.72: 1.25 hours of labor at
$27.18 per hour ($33.98) and one USB drive ($4.74). Enclosed are 23
pages.

You may appeal this decision in writing to the Mayor, or seek review
in the Ingham County Circuit Court, within 180 days under MCL 15.240.

Sincerely,

/s/ Marisol Benavides

Marisol Benavides
FOIA Coordinator, City of Lansing

Attachment: Purchase Order 4500218836""", "LPD-FOIA L24-1187 0002"),
    (None, """\
CITY OF LANSING                                          PURCHASE ORDER
Finance Department - Purchasing Office
124 W. Michigan Avenue, 8th Floor, Lansing, MI 48933

PO Number:   4500218836                    PO Date:   06/18/2024
Vendor No.:  0000412907                    Buyer:     K. Osterhout
Requisition: 1100-24-0612                  Terms:     Net 30

Vendor:   Clearview AI, Inc.
          99 Wall Street, Suite 5730, New York, NY 10005
Ship to:  Lansing Police Department - Investigations Division
          120 W. Michigan Avenue, Lansing, MI 48933

Item  Description                                     Amount (USD)
----  ----------------------------------------------  ------------
 10   Clearview Search - investigative platform,         14,400.00
      annual subscription, 6 user seats
      (07/01/2024 - 06/30/2025; $2,400.00 per seat)
 20   Clearview Mobile app access for seat holders            0.00
      (included in subscription)
 30   Onboarding and training, remote - no charge             0.00
                                                      ------------
      Subtotal                                           14,400.00
      Michigan use tax 6% - EXEMPT                            0.00
      Shipping                                                0.00
      PO TOTAL                                           14,400.00

Account:  101-3010-818.000 (Police - Contractual Services)
Funding:  FY2025 General Fund, Police Investigations

Council approval not required: under the $25,000 purchasing threshold
of Lansing Code of Ordinances Sec. 206.05.

Authorized: ________________________  Purchasing Agent    06/18/2024""", "LPD-FOIA L24-1187 0003"),
], "pdf", LPD,
    [LPD, "City of Lansing", "Michigan State Police", "Ingham County Circuit Court"],
    [CV, "Cellebrite"],
    ["Clearview Search", "Clearview Mobile", "Cellebrite Premium"],
    [C(2400, 2400, "year", "six investigator seats at $2,400 per seat", LPD, CV, "Clearview Search", unit="per user"),
     C(14400, 14400, "year", "$14,400 for the year", LPD, CV, "Clearview Search")],
    [N(6, "exact", "licenses", None, "covers six investigator seats", LPD, CV),
     N(5, "exact", "users", "quarter", "5 of the 6 seat holders ran 212 searches", LPD, CV),
     N(212, "exact", "searches", "quarter", "5 of the 6 seat holders ran 212 searches", LPD, CV),
     N(41, "exact", "matches", "quarter", "41 returned a possible match", LPD, CV),
     N(87, "exact", "searches", None, "The trial account ran 87 searches", LPD, CV)],
    [P("only an investigator who has completed the vendor's training may hold a seat", LPD, "requirement"),
     P("every search must be tied to an open case number", LPD, "requirement"),
     P("A possible match is an investigative lead only and shall not be the sole basis for an arrest or a "
       "search warrant.", LPD, "disclaimer"),
     P("Members may not use the software to identify people taking part in a lawful assembly.", LPD,
       "prohibition")],
    [],
    ["2024-10-09", "2024-09-16", "2024-07-01", "2025-06-30", "2024-02", "2024-06", "2024", "2024-06-24",
     "2024-06-18"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Arizona: Casa Grande PD
CGPD = "Casa Grande Police Department"
PCSO = "Pinal County Sheriff's Office"
MSI = "Motorola Solutions"
FS = "Vigilant FaceSearch"
SUBJ2 = "FaceSearch seats and pricing"
GH = "3/12/24, 4:02 PM   City of Casa Grande Mail - FaceSearch seats and pricing"
GURL = "https://mail.google.com/mail/u/0/?ik=8c1e4f07a2&view=pt&search=all"
doc("02_casa-grande-pd-facesearch-gmail-thread.txt", [
    (GH, """\
                                  Ramon Ochoa <rochoa@casagrandeaz.gov>

FaceSearch seats and pricing
4 messages

Kyle Pratt <kpratt@motorolasolutions.com>     Tue, Mar 5, 2024 at 10:14 AM
To: Ramon Ochoa <rochoa@casagrandeaz.gov>

Sgt. Ochoa,

Thanks for the call Friday and for running the trial. Our admin
console shows your unit ran about 140 searches during the 30-day
FaceSearch trial, so I think it earned its keep.

As promised, here is our standard pricing for Vigilant FaceSearch:

  - FaceSearch investigative license: $1,950 per user per year
  - 10 users (what we discussed): $19,500 per year
  - Onboarding, gallery load and training: $2,500 one-time

Your gallery would be the Pinal County booking photos you already
share with us through LEARN, roughly 212,000 images today. This is
separate from your LEARN license plate renewal ($7,200), which comes
up in July.

Kyle

Kyle Pratt | Account Executive, Arizona Public Safety
Motorola Solutions - Vigilant | (602) 555-0148

On Mon, Mar 4, 2024 at 4:40 PM Ramon Ochoa <rochoa@casagrandeaz.gov>
wrote:
> Kyle - the trial ends Thursday. Can you send department pricing
> for FaceSearch? Also confirm it can't reach ADOT MVD license
> photos; we don't have that access and don't want it.
> Thanks, Ramon""", f"{GURL}   1/3"),
    (GH, """\
Ramon Ochoa <rochoa@casagrandeaz.gov>          Wed, Mar 6, 2024 at 8:52 AM
To: Kyle Pratt <kpratt@motorolasolutions.com>
Cc: Dana Kessler <dkessler@casagrandeaz.gov>

Kyle,

Ten is more than we need. Only detectives assigned to CID can have a
seat under our General Order 6.18, and that's 6 people. My FY25
budget line for this is $9,500, total.

For what it's worth, Pinal County SO told me they pay $1,350 a seat
per year for their 12 seats. Can you get closer to that?

Ramon

Det. Sgt. Ramon Ochoa #417
Casa Grande Police Department | Criminal Investigations Division
(520) 555-0193
[Quoted text hidden]

Kyle Pratt <kpratt@motorolasolutions.com>      Fri, Mar 8, 2024 at 3:41 PM
To: Ramon Ochoa <rochoa@casagrandeaz.gov>
Cc: Dana Kessler <dkessler@casagrandeaz.gov>

Ramon,

I can't match a 12-seat county price on 6 seats, but here is what I
can do on a one-year order:

  6 FaceSearch licenses at $1,600 per seat = $9,600 for 12 months
  Onboarding fee waived

That is $100 over your line. If you can commit to two years I can go
to $1,500 per seat per year, which is $9,000 a year and $18,000 over
the two-year term, billed annually. Pricing is good through April 30,
2024 and excludes any transaction privilege tax.

Kyle
[Quoted text hidden]""", f"{GURL}   2/3"),
    (GH, """\
Ramon Ochoa <rochoa@casagrandeaz.gov>         Tue, Mar 12, 2024 at 9:05 AM
To: Kyle Pratt <kpratt@motorolasolutions.com>
Cc: Dana Kessler <dkessler@casagrandeaz.gov>

Kyle,

Two years works. Please send a formal quote for the two-year price
and I'll route it to purchasing. Lt. Kessler will sign.

One thing from our side: every FaceSearch search has to carry a DR
number in the case field, and results go out as investigative leads
only, never as probable cause on their own. Please make sure the
audit report can be filtered by DR number.

Ramon

On Fri, Mar 8, 2024 at 3:41 PM Kyle Pratt <kpratt@motorolasolutions.com>
wrote:
> Ramon,
>
> I can't match a 12-seat county price on 6 seats, but here is what I
> can do on a one-year order:
>
>   6 FaceSearch licenses at $1,600 per seat = $9,600 for 12 months
>   Onboarding fee waived
>
> That is $100 over your line. If you can commit to two years I can
> go to $1,500 per seat per year, which is $9,000 a year and $18,000
> over the two-year term, billed annually.
>
> Kyle""", f"{GURL}   3/3"),
], "print", CGPD,
    [CGPD, PCSO, "Arizona Department of Transportation Motor Vehicle Division"],
    [MSI, "Vigilant Solutions"],
    [FS, "LEARN"],
    [C(1950, 1950, "year", "$1,950 per user per year", CGPD, MSI, FS, unit="per user"),
     C(19500, 19500, "year", "10 users (what we discussed): $19,500 per year", CGPD, MSI, FS),
     C(2500, 2500, "one-time", "Onboarding, gallery load and training: $2,500 one-time", CGPD, MSI, FS),
     C(9500, 9500, None, "My FY25 budget line for this is $9,500, total.", CGPD, MSI, FS),
     C(1350, 1350, "year", "they pay $1,350 a seat per year", PCSO, MSI, FS, unit="per user"),
     C(1600, 1600, "year", "6 FaceSearch licenses at $1,600 per seat", CGPD, MSI, FS, unit="per user"),
     C(9600, 9600, "year", "$9,600 for 12 months", CGPD, MSI, FS),
     C(1500, 1500, "year", "$1,500 per seat per year", CGPD, MSI, FS, unit="per user"),
     C(9000, 9000, "year", "$9,000 a year", CGPD, MSI, FS),
     C(18000, 18000, None, "$18,000 over the two-year term", CGPD, MSI, FS)],
    [N(140, "approximately", "searches", None, "your unit ran about 140 searches", CGPD, MSI),
     N(10, "exact", "licenses", None, "10 users (what we discussed)", CGPD, MSI),
     N(212000, "approximately", "images", None, "roughly 212,000 images today", CGPD, MSI),
     N(12, "exact", "licenses", None, "for their 12 seats", PCSO, MSI),
     N(6, "exact", "licenses", None, "6 FaceSearch licenses at $1,600 per seat", CGPD, MSI)],
    [P("Only detectives assigned to CID can have a seat under our General Order 6.18", CGPD, "requirement"),
     P("every FaceSearch search has to carry a DR number in the case field", CGPD, "requirement"),
     P("results go out as investigative leads only, never as probable cause on their own", CGPD, "disclaimer")],
    [E("Kyle Pratt", "Ramon Ochoa", "Tue, Mar 5, 2024 at 10:14 AM", SUBJ2),
     E("Ramon Ochoa", "Kyle Pratt", "Mon, Mar 4, 2024 at 4:40 PM", None),
     E("Ramon Ochoa", "Kyle Pratt", "Wed, Mar 6, 2024 at 8:52 AM", SUBJ2),
     E("Kyle Pratt", "Ramon Ochoa", "Fri, Mar 8, 2024 at 3:41 PM", SUBJ2),
     E("Ramon Ochoa", "Kyle Pratt", "Tue, Mar 12, 2024 at 9:05 AM", SUBJ2),
     E("Kyle Pratt", "Ramon Ochoa", "Fri, Mar 8, 2024 at 3:41 PM", None)],
    ["2024-03-12", "2024-03-05", "2024-03-04", "2024-03-06", "2024-03-08", "2024-04-30"],
    scan="print")


# ---------------------------------------------------------------- 3 Delaware: Millsboro PD
MPD = "Millsboro Police Department"
VER = "Veritone"
IDF = "IDentify"
doc("03_millsboro-pd-fr-quarterly-usage-report-q3-2024.txt", [
    (None, """\
MILLSBORO POLICE DEPARTMENT
307 Main Street, Millsboro, Delaware 19966 | (302) 555-0117

FACIAL RECOGNITION QUARTERLY USAGE REPORT
Third Quarter 2024 (July 1 - September 30, 2024)

To:    Chief of Police; Town Council Public Safety Committee
From:  Cpl. Tessa Brightwell, Criminal Investigations Unit
Date:  October 14, 2024

1. System
The Department uses IDentify, a hosted facial recognition service
from Veritone, Inc., to compare images from crimes (store cameras,
doorbell video, photos sent by victims) with booking photographs.
IDentify does not search photographs taken from the internet or
social media, and it is not connected to any live camera.

2. Gallery and access
At the end of the quarter the gallery held 61,847 booking
photographs, loaded from the Department's own arrest records and from
Sussex County booking records shared through the Delaware Criminal
Justice Information System (DELJIS). Five members (four detectives
and one corporal) hold IDentify accounts.

3. Searches and results

Table 1. IDentify use by month, third quarter 2024

Month             Searches   Possible    Arrests
                  run        matches
--------------    --------   --------    -------
July 2024               23          9          2
August 2024             31         12          3
September 2024          19          6          1
--------------    --------   --------    -------
Q3 total                73         27          6

Searches rose from 58 in the second quarter. Year to date the
Department has run 176 searches. Three of the July searches were run
at the request of the Georgetown Police Department. The possible
match rate for the quarter was 37%.""", "MPD-FR Q3-24 p. 1 of 2"),
    (None, """\
An arrest is counted in Table 1 only when the case detective reports
that other evidence confirmed the identification.

4. Cost and funding
The IDentify subscription costs $8,640 per year and renews each March.
The first year, and the $3,360 setup and gallery-load fee, were paid
from a $12,000 grant from the Delaware Criminal Justice Council
(award 2023-JAG-0419). The Department's Axon body-worn camera
contract ($41,280 a year) is a separate program and is not covered
by this report.

5. Rules in force
Department Directive 24-05, Facial Recognition, adopted January 8,
2024, remains in force without change:

  a. A search may be run only for a criminal investigation that has a
     complaint number, or to identify a deceased person.
  b. A possible match is an investigative lead and is not, by itself,
     probable cause to arrest.
  c. Members shall not run a search on an image of a person engaged in
     lawful protest or religious activity.
  d. The CIU sergeant shall review the search log each month.
  e. Misuse of the system may result in discipline up to and
     including dismissal.

6. Audit
The monthly log reviews for July, August and September found no
search without a complaint number and no search of a protest image.

Prepared by: Cpl. Tessa Brightwell #1142
Reviewed by: Lt. Owen Marvel, Operations""", "MPD-FR Q3-24 p. 2 of 2"),
], "pdf", MPD,
    [MPD, "Millsboro Town Council", "Delaware Criminal Justice Information System", "Georgetown Police Department",
     "Delaware Criminal Justice Council"],
    [VER, "Axon"],
    [IDF],
    [C(8640, 8640, "year", "The IDentify subscription costs $8,640 per year", MPD, VER, IDF),
     C(3360, 3360, "one-time", "the $3,360 setup and gallery-load fee", MPD, VER, IDF),
     C(12000, 12000, "one-time", "a $12,000 grant from the Delaware Criminal Justice Council", MPD, VER, IDF)],
    [N(61847, "exact", "images", None, "the gallery held 61,847 booking photographs", MPD, VER),
     N(5, "exact", "users", None, "Five members (four detectives and one corporal) hold IDentify accounts", MPD, VER),
     N(23, "exact", "searches", "month", "July 2024               23", MPD, VER),
     N(31, "exact", "searches", "month", "August 2024             31", MPD, VER),
     N(19, "exact", "searches", "month", "September 2024          19", MPD, VER),
     N(73, "exact", "searches", "quarter", "Q3 total                73", MPD, VER),
     N(27, "exact", "matches", "quarter", "Q3 total                73         27", MPD, VER),
     N(6, "exact", "arrests", "quarter", "Q3 total                73         27          6", MPD, VER),
     N(58, "exact", "searches", "quarter", "Searches rose from 58 in the second quarter", MPD, VER),
     N(176, "exact", "searches", None, "Year to date the Department has run 176 searches", MPD, VER),
     N(3, "exact", "requests", None, "Three of the July searches were run at the request of the Georgetown Police "
       "Department", MPD, VER)],
    [P("A search may be run only for a criminal investigation that has a complaint number, or to identify a "
       "deceased person.", MPD, "requirement"),
     P("A possible match is an investigative lead and is not, by itself, probable cause to arrest.", MPD,
       "disclaimer"),
     P("Members shall not run a search on an image of a person engaged in lawful protest or religious activity.",
       MPD, "prohibition"),
     P("The CIU sergeant shall review the search log each month.", MPD, "requirement"),
     P("Misuse of the system may result in discipline up to and including dismissal.", MPD, "consequence")],
    [],
    ["2024-07-01", "2024-09-30", "2024-10-14", "2024-07", "2024-08", "2024-09", "2024", "2024-01-08"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Nebraska: La Vista PD
LVPD = "La Vista Police Department"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("04_la-vista-pd-dataworks-msa-exhibit-b-pricing.txt", [
    (None, """\
                     EXHIBIT B - PRICING SCHEDULE
       to Master Services Agreement No. DWP-MSA-24-0588 between
        DataWorks Plus, LLC ("Contractor") and the City of La Vista,
     Nebraska, acting for the La Vista Police Department ("Customer")

Effective Date:  October 1, 2024
Initial Term:    October 1, 2024 through September 30, 2027 (3 years)

B.1  Hosted FACE Plus subscription - tiers
The annual subscription is priced by the number of named users. Every
tier includes hosting, software updates, the ROC SDK matching
algorithm, and help-desk support (business hours, Central Time).

     Tier   Named users     Annual fee, Contract Year 1
     ----   -------------   ---------------------------
     1      1 to 5                           $8,400.00
     2      6 to 15                         $14,750.00
     3      16 to 40                        $26,900.00

Customer has selected Tier 2 with 12 named users. A change of tier
during a Contract Year is prorated by month.

B.2  Annual escalator
Subscription fees increase by 3.5% on each anniversary of the
Effective Date. In any renewal term the escalator shall not exceed 5%.
For Tier 2 the subscription fees for the Initial Term are:

     Contract Year   Period                       Annual fee
     -------------   -------------------------    ----------
     Year 1          10/01/2024 - 09/30/2025      $14,750.00
     Year 2          10/01/2025 - 09/30/2026      $15,266.25
     Year 3          10/01/2026 - 09/30/2027      $15,800.57""",
     "DWP-MSA-24-0588 B-1"),
    (None, """\
B.3  One-time fees
     Implementation, configuration and gallery migration     $6,500.00
     Administrator and examiner training (remote, 2 days)     Included

B.4  Optional equipment (not ordered)
     Booking capture station (camera, lighting, backdrop),
     each                                                   $11,980.00
     The capture station is booking equipment and is not part of the
     facial recognition subscription.

B.5  Contract value, Initial Term
     Subscription, Contract Years 1 - 3                     $45,816.82
     One-time implementation                                 $6,500.00
     Total contract value (3 years)                         $52,316.82

B.6  Gallery
The Customer gallery will be loaded from Sarpy County Jail booking
records, approximately 131,000 booking photographs at go-live. Every
tier allows a gallery of up to 500,000 images.

B.7  Invoicing and taxes
Year 1 fees and the implementation fee are invoiced on the Effective
Date, later years on each anniversary. Payment is due Net 30; late
balances accrue interest of 1.0% per month. Customer is exempt from
Nebraska sales tax (Form 13 on file), and no tax is included above.

B.8  Conditions of use
Customer shall use FACE Plus only for law enforcement investigations.
Customer shall not use FACE Plus to monitor live video or to track a
person in real time. Candidate lists are investigative leads only and
are not positive identifications.

Approved by La Vista City Council Resolution No. 24-131 on September
17, 2024.

For Contractor: ______________________  For City: ____________________""",
     "DWP-MSA-24-0588 B-2"),
], "pdf", LVPD,
    [LVPD, "City of La Vista", "La Vista City Council", "Sarpy County Jail"],
    [DWP],
    [FP, "ROC SDK"],
    [C(14750, 14750, "year", "2      6 to 15                         $14,750.00", LVPD, DWP, FP),
     C(15266.25, 15266.25, "year", "Year 2          10/01/2025 - 09/30/2026      $15,266.25", LVPD, DWP, FP),
     C(15800.57, 15800.57, "year", "Year 3          10/01/2026 - 09/30/2027      $15,800.57", LVPD, DWP, FP),
     C(6500, 6500, "one-time", "Implementation, configuration and gallery migration     $6,500.00", LVPD, DWP, FP),
     C(45816.82, 45816.82, None, "Subscription, Contract Years 1 - 3                     $45,816.82", LVPD, DWP, FP),
     C(52316.82, 52316.82, None, "Total contract value (3 years)                         $52,316.82", LVPD, DWP,
       FP)],
    [N(12, "exact", "licenses", None, "Customer has selected Tier 2 with 12 named users", LVPD, DWP),
     N(131000, "approximately", "images", None, "approximately 131,000 booking photographs", LVPD, DWP)],
    [P("Customer shall use FACE Plus only for law enforcement investigations.", LVPD, "purpose"),
     P("Customer shall not use FACE Plus to monitor live video or to track a person in real time.", LVPD,
       "prohibition"),
     P("Candidate lists are investigative leads only and are not positive identifications.", LVPD, "disclaimer")],
    [],
    ["2024-10-01", "2027-09-30", "2025-09-30", "2025-10-01", "2026-09-30", "2026-10-01", "2024-09-17"],
    scan="pdf")



# ---------------------------------------------------------------- 5 Mississippi: Biloxi PD
BPD = "Biloxi Police Department"
AWS = "Amazon Web Services"
REK = "Amazon Rekognition"
doc("05_biloxi-pd-pcard-export-budget-worksheet-rekognition.txt", [
    (None, """\
"CITY OF BILOXI P-CARD PROGRAM - CARDHOLDER STATEMENT EXPORT"
"Cardholder: HOLLOWAY, BRANDT (LT)   Card: XXXX-XXXX-XXXX-4471"
"Dept: 2110 Police - Criminal Investigations   GL prefix: 001-2110-"
"Cycle: 08/23/2024 - 09/22/2024   Exported: 09/24/2024 08:14"
"Credit limit: 5000.00   Single purchase limit: 2500.00"

TRANS_DT,MERCHANT,AMOUNT,GL,MEMO
08/26/24,OFFICE DEPOT #2231,84.17,521.10,"Toner - CID printer"
09/02/24,AWS AMAZON WEB SVCS,431.58,534.60,"Rekognition face search - Aug"
09/02/24,AWS AMAZON WEB SVCS,96.40,534.60,"S3 - interview room video, Aug"
09/09/24,MS ASSOC CHIEFS POLICE,275.00,551.20,"Conference registration"
09/12/24,HAMPTON INN RIDGELAND,318.00,551.30,"Lodging 2 nts, incl 9% tax"
09/16/24,AMAZON.COM*RT4KP29,-38.99,521.10,"Return - HDMI cable"
CYCLE TOTAL,,1166.16,,

"Reviewed: B. Holloway 09/25/24   Approved: Capt. A. Ferrante 09/26/24"
"P-Card Policy 6.2: recurring software charges need IT approval"
"IT approval on file for AWS account 4418-2290-7316 (CID)"
""", "BPD PRR 2024-311 p. 1"),
    (None, """\
BILOXI POLICE DEPARTMENT - FY2026 BUDGET WORKSHEET (DRAFT 2)
Sheet: CID_Technology          Printed 09/30/2024 10:42 by bholloway

     A                              B            C            D
 1   Line item                      FY24 Actual  FY25 Budget  FY26 Req.
 2   Amazon Rekognition (face)         4,872.31     5,400.00     6,000.00
 3   S3 storage - interview video      1,104.80     1,200.00     1,320.00
 4   Flock Safety ALPR (4 cameras)    12,000.00    12,000.00    12,000.00
 5   RMS maintenance - Tyler          18,436.00    19,000.00    19,570.00
 6   Subtotal                         36,413.11    37,600.00    38,890.00
 7
 8   Notes
 9   Row 2: FY24 actual = 12 monthly AWS bills; 1,148 searches in FY24
10   Row 2: collection holds 38,906 faces (Harrison County SO bookings)
11   Row 2: FY26 request = 12 x $500 est. monthly usage
12   Row 2: SOP 41-12 - searches only with a CID case number
13   Row 3: not face recognition (interview-room video archive)
14   Row 4: ALPR, not face recognition; seized assets fund 262
15   Row 5: 3% annual escalator in Tyler contract
""", "BPD PRR 2024-311 p. 2"),
], "pdf", BPD,
    [BPD, "City of Biloxi", "Harrison County Sheriff's Office"],
    [AWS, "Flock Safety", "Tyler Technologies"],
    [REK, "Amazon S3"],
    [C(431.58, 431.58, "month", '431.58,534.60,"Rekognition face search - Aug"', BPD, AWS, REK),
     C(4872.31, 4872.31, None, "Amazon Rekognition (face)         4,872.31", BPD, AWS, REK),
     C(5400, 5400, None, "Amazon Rekognition (face)         4,872.31     5,400.00", BPD, AWS, REK),
     C(6000, 6000, None, "Amazon Rekognition (face)         4,872.31     5,400.00     6,000.00", BPD, AWS, REK),
     C(500, 500, "month", "12 x $500 est. monthly usage", BPD, AWS, REK)],
    [N(1148, "exact", "searches", "year", "1,148 searches in FY24", BPD, AWS),
     N(38906, "exact", "images", None, "collection holds 38,906 faces", BPD, AWS)],
    [P("SOP 41-12 - searches only with a CID case number", BPD, "requirement")],
    [],
    ["2024-08-23", "2024-09-22", "2024-09-24", "2024-08-26", "2024-09-02", "2024-09-09", "2024-09-12",
     "2024-09-16", "2024-09-25", "2024-09-26", "2024-09-30"],
    scan=None)


# ---------------------------------------------------------------- 6 Vermont: Vermont Capitol Police
VCP = "Vermont Capitol Police Department"
doc("06_vermont-capitol-police-fr-policy-memorandum-2024-04.txt", [
    (None, """\
VERMONT CAPITOL POLICE DEPARTMENT
Office of the Sergeant at Arms
115 State Street, Montpelier, Vermont 05633 | (802) 555-0140

POLICY MEMORANDUM 2024-04

TO:       All Sworn Members and Communications Staff
FROM:     Lt. Graham Wheelock, Deputy Chief of Operations
THROUGH:  Chief of Police
DATE:     August 19, 2024
SUBJECT:  Facial Recognition Technology - Adoption of Rules

1. Purpose. This memorandum adopts Department rules on facial
recognition technology (FRT). It takes effect on September 3, 2024,
and applies to every member, including members assigned to security
for the legislative session.

2. State law. Under Act 166 of 2020, Sec. 14, a law enforcement
officer shall not use facial recognition technology, or information
acquired through its use, unless the use would be permitted with
respect to drones under 20 V.S.A. sec. 4622. In practice this means a
warrant. These rules apply that law; they do not expand it.

3. No Department system. The Department does not own, license or
subscribe to any facial recognition system, and no funds are budgeted
for one in fiscal year 2025. There is no Department policy
prohibiting members from showing a hand-prepared photo array to a
witness; that practice is governed by Rule 9 and is not FRT.

4. Warrant required. A member shall not request, run or receive the
result of a facial recognition search unless a judge has issued a
warrant that authorizes it, or an exception in 20 V.S.A. sec. 4622
applies.

5. Requests to other agencies. A request for a search by another
agency, such as the Vermont State Police or the Vermont Intelligence
Center, must be approved in writing by the Deputy Chief of Operations
and must include the warrant and the case number.""",
     "VCP PM 2024-04 p. 1/2"),
    (None, """\
6. Use of results. A possible match is an investigative lead only; it
is not probable cause and shall not be the sole basis for an arrest,
a search, or a trespass notice.

7. Prohibited uses. Members shall not use facial recognition to
identify persons attending a legislative hearing, rally or other
lawful assembly at the State House.

8. Vendor trials. Members shall not accept a free trial account from
a vendor. In 2023 the Department declined an unsolicited trial offer
from Clearview AI, whose database the company describes as holding
more than 50 billion facial images.

9. Records and review. Each request under paragraph 5 shall be logged,
and the log shall be kept for three years and reviewed by the Chief
each January. Since January 2021 the Department has made 3 such
requests, all under warrant; none led to an arrest.

10. Discipline. A member who violates this memorandum is subject to
discipline under Rule 12 of the Department Rules and Regulations, up
to and including dismissal.

11. Training. Before September 30, 2024, every sworn member shall
complete the 1-hour online module "Facial Recognition and Vermont
Law" and sign the acknowledgment form (VCP-112).

12. Proposed amendment. The Department has asked the Sergeant at Arms
to support a change in state law that would allow a warrantless
search, through the Vermont State Police, of an image of a person who
has threatened a member of the General Assembly. If that change is
enacted, paragraph 4 would be amended to add: "A member may request
a search without a warrant when investigating a threat against a
legislator." That amendment has not been adopted; paragraph 4 remains
in force as written.

/s/ Lt. Graham Wheelock
Deputy Chief of Operations""",
     "VCP PM 2024-04 p. 2/2"),
], "pdf", VCP,
    [VCP, "Office of the Sergeant at Arms", "Vermont State Police", "Vermont Intelligence Center",
     "Vermont General Assembly"],
    ["Clearview AI"],
    [],
    [],
    [N(50000000000, "more than", "images", None, "more than 50 billion facial images", None, "Clearview AI"),
     N(3, "exact", "requests", None, "the Department has made 3 such requests", VCP)],
    [P("a law enforcement officer shall not use facial recognition technology, or information acquired through its "
       "use, unless the use would be permitted with respect to drones under 20 V.S.A. sec. 4622.", VCP,
       "prohibition"),
     P("A member shall not request, run or receive the result of a facial recognition search unless a judge has "
       "issued a warrant that authorizes it, or an exception in 20 V.S.A. sec. 4622 applies.", VCP, "prohibition"),
     P("A request for a search by another agency, such as the Vermont State Police or the Vermont Intelligence "
       "Center, must be approved in writing by the Deputy Chief of Operations and must include the warrant and the "
       "case number.", VCP, "requirement"),
     P("A possible match is an investigative lead only; it is not probable cause and shall not be the sole basis "
       "for an arrest, a search, or a trespass notice.", VCP, "disclaimer"),
     P("Members shall not use facial recognition to identify persons attending a legislative hearing, rally or "
       "other lawful assembly at the State House.", VCP, "prohibition"),
     P("Members shall not accept a free trial account from a vendor.", VCP, "prohibition"),
     P("Each request under paragraph 5 shall be logged, and the log shall be kept for three years and reviewed by "
       "the Chief each January.", VCP, "requirement"),
     P("A member who violates this memorandum is subject to discipline under Rule 12 of the Department Rules and "
       "Regulations, up to and including dismissal.", VCP, "consequence"),
     P("Before September 30, 2024, every sworn member shall complete the 1-hour online module \"Facial "
       "Recognition and Vermont Law\" and sign the acknowledgment form (VCP-112).", VCP, "requirement")],
    [],
    ["2024-08-19", "2024-09-03", "2020", "2023", "2021-01", "2024-09-30"],
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
