"""Writes docs/*.txt and labels.json for holdout84 (six invented releases: CA, NY, NC, TN, UT, VA).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42/holdout19 (corpus format plus request_agency, pdf, scan, per-fact
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


# ---------------------------------------------------------------- 1 California: Modesto PD
MPD = "Modesto Police Department"
VT = "Veritone"
VID = "Veritone IDentify"
doc("01_modesto-pd-veritone-identify-renewal-invoice.txt", [
    (None, """\
VERITONE, INC.
1615 Platte Street, 2nd Floor, Denver, CO 80202
Billing inquiries: (888) 555-0142 | ar@veritone.example
                                                           INVOICE
Invoice No.:   INV-2024-118206             Invoice Date:  06/10/2024
Customer No.:  C-004471                    Due Date:      07/10/2024
Customer PO:   P24-01957                   Terms:         Net 30

BILL TO                                 SERVICE LOCATION
City of Modesto - Accounts Payable      Modesto Police Department
P.O. Box 642                            Investigative Services Division
Modesto, CA 95353                       600 10th Street
                                        Modesto, CA 95354
                                        Attn: Sgt. Alana Ruiz-Whitcomb

Service Period: 07/01/2024 - 06/30/2025 (renewal, contract year 2 of 3)

Ln Description                             Qty  Unit Price      Amount
-- --------------------------------------  ---  ----------  ----------
1  Veritone IDentify - named user            9    2,180.00   19,620.00
   subscription, annual, per user
2  IDentify booking-photo storage add-on,    1      265.00      265.00
   2 TB, billed monthly ($265.00/month)
   - first month, 07/2024
3  Veritone Illuminate - audio            2500       0.04      100.00
   transcription minutes (Records Unit)
4  Implementation / onboarding              --          --        0.00
   (waived - renewal)
                                                            ----------
                                              Subtotal       19,985.00
                       CA sales tax (SaaS - not taxable)          0.00
                                              TOTAL DUE      19,985.00

Renewal pricing: the per-user rate rose 3.0% from the FY 2023-24 rate
of $2,116.50. Storage add-on months 08/2024 - 06/2025 will be billed
on separate monthly invoices.""", "Page 1 of 2"),
    (None, """\
TERMS AND CONDITIONS OF PAYMENT

1. Payment is due within thirty (30) days of the invoice date.
2. Late fee: any balance not received by the due date accrues a late
   charge of 1.5% per month on the unpaid amount, or $25.00, whichever
   is greater, until paid. Public agencies subject to the California
   Prompt Payment Act (Gov. Code 927 et seq.) are charged the lesser
   of this late charge or the rate that Act allows.
3. Services suspended for non-payment are restored within two (2)
   business days after the past-due balance is received.
4. Questions about this invoice must be raised within 15 days.

REMITTANCE DETAILS

By check (payable to "Veritone, Inc."):
    Veritone, Inc.
    Dept. LA 24819
    Pasadena, CA 91185-4819

By ACH or wire:
    Bank:            First Pacific Commerce Bank (example)
    ABA routing:     121000358
    Account no.:     004471-2290-18
    SWIFT:           FPCBUS66

Please reference invoice INV-2024-118206 and customer C-004471 on
all payments. Remittance advice: remit@veritone.example

- - - - - - - - - - - - - detach and return - - - - - - - - - - - - -
REMITTANCE STUB
Customer:  City of Modesto / Modesto Police Department
Invoice:   INV-2024-118206        Amount due:  $19,985.00
Due date:  07/10/2024             Amount enclosed: $____________""",
     "Page 2 of 2"),
], "pdf", MPD,
    [MPD, "City of Modesto"],
    [VT],
    [VID, "Veritone Illuminate"],
    [C(19620, 19620, "year",
       "Veritone IDentify - named user 9 2,180.00 19,620.00", MPD, VT, VID),
     C(2180, 2180, "year", "Veritone IDentify - named user 9 2,180.00", MPD, VT, VID, unit="per user"),
     C(265, 265, "month",
       "IDentify booking-photo storage add-on, 1 265.00 265.00 2 TB, billed monthly ($265.00/month)",
       MPD, VT, VID),
     C(2116.5, 2116.5, "year", "the FY 2023-24 rate of $2,116.50", MPD, VT, VID, unit="per user")],
    [N(9, "exact", "licenses", None, "Veritone IDentify - named user 9", MPD, VT)],
    [],
    [],
    ["2024-06-10", "2024-07-10", "2024-07-01", "2025-06-30", "2024-07", "2024-08"],
    scan="pdf")


# ---------------------------------------------------------------- 2 New York: Cheektowaga PD
CPD = "Cheektowaga Police Department"
ECSO = "Erie County Sheriff's Office"
CV = "Clearview AI"
SUBJ = "Clearview seats / 2024 searches"
NYHDR = "1/10/25, 8:47 AM      Gmail - Fwd: FW: " + SUBJ
doc("02_cheektowaga-pd-clearview-seats-forwarded-email.txt", [
    (NYHDR, """\
Mark Szymanski <mszymanski@tocny.example>

Fwd: FW: Clearview seats / 2024 searches
1 message

Karen Lisowski <klisowski@tocpd.example>   Thu, Jan 9, 2025 at 10:14 AM
To: Mark Szymanski <mszymanski@tocny.example>

Mark,

The Chief approved going down to 6 seats at the March renewal, which
Joel figures at $10,800 for the year. He asked me to send you the
thread below for the budget transfer (A3120.4 to A3120.41). Joel's
numbers are in the middle.

Karen Lisowski
Confidential Secretary to the Chief of Police
Cheektowaga Police Department | (716) 555-0164

---------- Forwarded message ---------
From: Dana Wozniak <dwozniak@tocpd.example>
Date: Wed, Jan 8, 2025 at 4:51 PM
Subject: FW: Clearview seats / 2024 searches
To: Brian Kowalczyk <bkowalczyk@tocpd.example>

Chief,

See Joel's answers below. I'd keep seats only for the detectives who
actually use it and drop the rest. Your call.

Capt. Dana Wozniak
Detective Bureau

-------- Original Message --------
> From: Joel Pritchard <jpritchard@tocpd.example>
> Sent: Wednesday, January 8, 2025 2:37 PM
> To: Dana Wozniak <dwozniak@tocpd.example>
> Subject: RE: Clearview seats / 2024 searches
>""", "https://mail.google.com/mail/u/0/?ik=3f0c1e9a&view=pt     1/2"),
    (NYHDR, """\
> Captain, answers under your questions.
>
>> From: Dana Wozniak
>> Sent: Wednesday, January 8, 2025 11:02 AM
>> To: Joel Pritchard
>> Subject: Clearview seats / 2024 searches
>>
>> Joel, before I go to the Chief: what are we paying per seat for
>> Clearview, and how many searches did we actually run last year?
>
> Per seat: the March 2024 renewal was $14,400 for 8 seats, so $1,800
> per seat for the year. Nothing else is billed; searches are
> unlimited on every seat.
>
>> And how many of the 8 are really being used?
>
> The admin portal shows 1,347 searches in calendar 2024. Only 5 of
> the 8 seats ran any search in 2024, and most of the total came from
> Major Crimes. About 23% of the searches were for larceny cases.
>
> For what it's worth, the Erie County Sheriff's Office told me they
> pay $1,650 a seat on their county contract.
>
> Reminder for whoever keeps a seat: under General Order 41-12 every
> search needs a CR number in the case field, and a Clearview result
> is an investigative lead only, not probable cause for an arrest.
> There is no written limit on how many searches one seat can run.
>
> Joel Pritchard
> Crime Analyst, Cheektowaga PD | (716) 555-0171""",
     "https://mail.google.com/mail/u/0/?ik=3f0c1e9a&view=pt     2/2"),
], "print", CPD,
    [CPD, ECSO, "Town of Cheektowaga"],
    [CV],
    [],
    [C(10800, 10800, "year", "which Joel figures at $10,800 for the year", CPD, CV),
     C(14400, 14400, "year", "the March 2024 renewal was $14,400 for 8 seats", CPD, CV),
     C(1800, 1800, "year", "so $1,800 > per seat for the year", CPD, CV, unit="per user"),
     C(1650, 1650, None, "pay $1,650 a seat on their county contract", ECSO, CV, unit="per user")],
    [N(6, "exact", "licenses", None, "going down to 6 seats", CPD, CV),
     N(8, "exact", "licenses", None, "$14,400 for 8 seats", CPD, CV),
     N(1347, "exact", "searches", "year", "The admin portal shows 1,347 searches in calendar 2024", CPD, CV),
     N(5, "exact", "users", "year", "Only 5 of > the 8 seats ran any search in 2024", CPD, CV)],
    [P("under General Order 41-12 every > search needs a CR number in the case field", CPD, "requirement"),
     P("a Clearview result > is an investigative lead only, not probable cause for an arrest.", CPD, "disclaimer")],
    [E("Karen Lisowski", "Mark Szymanski", "Thu, Jan 9, 2025 at 10:14 AM", "Fwd: FW: " + SUBJ),
     E("Dana Wozniak", "Brian Kowalczyk", "Wed, Jan 8, 2025 at 4:51 PM", "FW: " + SUBJ),
     E("Joel Pritchard", "Dana Wozniak", "Wednesday, January 8, 2025 2:37 PM", "RE: " + SUBJ),
     E("Dana Wozniak", "Joel Pritchard", "Wednesday, January 8, 2025 11:02 AM", SUBJ)],
    ["2025-01-10", "2025-01-09", "2025-01-08", "2024-03", "2024"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 North Carolina: Iredell County SO
ICSO = "Iredell County Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("03_iredell-county-commissioners-facesearch-agenda-abstract.txt", [
    (None, """\
IREDELL COUNTY BOARD OF COMMISSIONERS
AGENDA ITEM ABSTRACT

Meeting Date:   February 18, 2025          Agenda Item No.:  11-C
Placement:      Consent Agenda             Estimated time:   n/a
Department:     Sheriff's Office
Contact:        Maj. Travis Honeycutt, Criminal Investigations
                (704) 555-0119
Reviewed by:    Finance Director; County Attorney; County Manager

SUBJECT:
Request approval of Budget Amendment #25-37 appropriating $14,250 of
Federal Equitable Sharing fund balance for a facial recognition
subscription for the Sheriff's Office, and approval of a three-year
agreement with Motorola Solutions, Inc. for Vigilant FaceSearch.

BACKGROUND:
Investigators now ask other agencies to run face searches for them,
which delays cases. From September through November 2024 the Office
used a no-cost 90-day trial of Vigilant FaceSearch, during which
investigators ran 164 searches. FaceSearch compares a probe image
with a shared gallery of more than 20 million booking photographs
contributed by participating agencies.

Motorola Solutions, which owns Vigilant Solutions, has offered the
service through cooperative purchasing contract No. 24-0117-MSI. The
quote (Q-883310) is for 10 named investigator licenses at $1,275 per
license per year, or $12,750 annually, plus a one-time onboarding and
training fee of $1,500. Years two and three may increase by up to 3%
a year. The agreement will be written with a not-to-exceed amount of
$40,910 over its three-year term.

Use of the service will be governed by Sheriff's Office Policy 600.12
(Facial Recognition), adopted January 2025. Investigators must
complete the vendor's training before an account is issued. Every
search must be tied to an open case number. A possible match is an
investigative lead only and is not probable cause for an arrest. The
policy prohibits searches of persons engaged in lawful protest or
other First Amendment activity.""", "Agenda Packet Page 211"),
    (None, """\
FISCAL IMPACT:
Budget Amendment #25-37 moves $14,250 from Federal Equitable Sharing
fund balance (Fund 231) to Sheriff - Investigations, Software
Subscriptions (231-4311-5340). No General Fund dollars are used in
FY 2024-25. Years two and three will be requested in the Sheriff's
annual budget and are subject to appropriation. The Federal Equitable
Sharing fund balance at 12/31/2024 was $318,622. The amendment does
not affect the $46,000 appropriated from that fund in October 2024
for the firing-range roof. Budget amendments are approved under
N.C.G.S. 159-15.

REQUESTED ACTION:
Approve Budget Amendment #25-37 and authorize the County Manager to
execute the agreement with Motorola Solutions, Inc., subject to
review by the County Attorney.

ATTACHMENTS:
1. Budget Amendment #25-37 (1 page)
2. Motorola Solutions quote Q-883310 (3 pages)
3. Sheriff's Office Policy 600.12 (6 pages)

-----------------------------------------------------------------------
BOARD ACTION (completed by Clerk to the Board)

Date of action:  February 18, 2025
Motion by Commissioner Gene Hartsell, seconded by Commissioner Monica
Pruitt, to approve Budget Amendment #25-37 and the agreement as
presented.
Vote:  4 - 1   (Aye: Hartsell, Pruitt, Sloop, Weathers;
                Nay: Everhart)
Result: APPROVED

Attest: ___________________________  Kendra Ollis, Clerk to the Board""",
     "Agenda Packet Page 212"),
], "pdf", ICSO,
    [ICSO, "Iredell County Board of Commissioners"],
    [MSI, "Vigilant Solutions"],
    [VFS],
    [C(14250, 14250, None, "Budget Amendment #25-37 appropriating $14,250", ICSO, MSI, VFS),
     C(12750, 12750, "year", "10 named investigator licenses at $1,275 per license per year, or $12,750 annually",
       ICSO, MSI, VFS),
     C(1275, 1275, "year", "$1,275 per license per year", ICSO, MSI, VFS, unit="per user"),
     C(1500, 1500, "one-time", "a one-time onboarding and training fee of $1,500", ICSO, MSI, VFS),
     C(None, 40910, None, "not-to-exceed amount of $40,910", ICSO, MSI, VFS)],
    [N(164, "exact", "searches", None, "investigators ran 164 searches", ICSO, MSI),
     N(20000000, "more than", "images", None, "more than 20 million booking photographs", None, MSI),
     N(10, "exact", "licenses", None, "10 named investigator licenses", ICSO, MSI)],
    [P("Investigators must complete the vendor's training before an account is issued.", ICSO, "requirement"),
     P("Every search must be tied to an open case number.", ICSO, "requirement"),
     P("A possible match is an investigative lead only and is not probable cause for an arrest.", ICSO,
       "disclaimer"),
     P("The policy prohibits searches of persons engaged in lawful protest or other First Amendment activity.",
       ICSO, "prohibition")],
    [],
    ["2025-02-18", "2024-09", "2024-11", "2025-01", "2024-12-31", "2024-10"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Tennessee: Kingsport PD / TBI
KPD = "Kingsport Police Department"
TBI = "Tennessee Bureau of Investigation"
DWP = "DataWorks Plus"
doc("04_kingsport-pd-tbi-facial-recognition-mou.txt", [
    (None, """\
MEMORANDUM OF UNDERSTANDING
between the
TENNESSEE BUREAU OF INVESTIGATION
and the
CITY OF KINGSPORT, TENNESSEE, on behalf of the
KINGSPORT POLICE DEPARTMENT

Facial Recognition Search Services               MOU No. TBI-FR-24-061

1. PURPOSE
This Memorandum of Understanding ("MOU") sets out the terms on which
the Tennessee Bureau of Investigation ("TBI") will conduct facial
recognition searches at the request of the Kingsport Police
Department ("KPD"). Searches are run by trained TBI analysts with the
Bureau's facial recognition system, FACE Plus, supplied by DataWorks
Plus, LLC, against a repository of approximately 3.4 million booking
photographs submitted by Tennessee law enforcement agencies. The
service shall be used only to develop investigative leads in
criminal investigations and to identify deceased or incapacitated
persons.

2. TERM
This MOU is effective July 1, 2024 and remains in effect through
June 30, 2026, unless either party ends it earlier on thirty (30)
days' written notice.

3. WHO MAY REQUEST A SEARCH
3.1 Only sworn KPD officers assigned to the Criminal Investigations
    Division, or officers with the written approval of a KPD
    lieutenant or above, may submit a request.
3.2 Each request shall be submitted on TBI Form FR-1 through the TBI
    secure portal and shall include a KPD case number and the offense
    under investigation.
3.3 KPD shall designate a Point of Contact who keeps the list of
    authorized requestors and sends it to TBI each January.""", "TBI-FR-24-061  Page 1 of 3"),
    (None, """\
4. PROHIBITED USES
4.1 KPD shall not request a search to identify a person solely
    because of the person's participation in activity protected by
    the First Amendment.
4.2 KPD may not submit probe images taken from live or real-time
    video feeds.
4.3 Requests for civil immigration enforcement, or for any purpose
    other than those in Section 1, are prohibited.

5. RESULTS ARE INVESTIGATIVE LEADS ONLY
5.1 Any candidate returned by TBI is an investigative lead only. It
    is not a positive identification and shall not be used as the
    sole basis for probable cause, an arrest or a search warrant.
5.2 KPD shall independently corroborate any lead before taking
    enforcement action.

6. RETENTION
6.1 TBI shall retain each probe image, request form and search log
    for three (3) years from the date of the request and then destroy
    them.
6.2 KPD shall not add candidate images returned by TBI to any KPD
    database; they shall be kept only in the case file.

7. FEES AND BILLING
7.1 KPD shall pay TBI a fee of $40.00 per completed search request.
7.2 Fees under this MOU shall not exceed $4,800 in any state fiscal
    year (July 1 - June 30). Requests beyond the annual cap are
    processed at no charge for the rest of that fiscal year.
7.3 TBI will invoice KPD quarterly; payment is due within forty-five
    (45) days to TBI Fiscal Services, 901 R.S. Gass Boulevard,
    Nashville, TN 37216.
7.4 Latent print comparisons and other forensic services are not
    covered by this MOU and are billed under the TBI Forensic
    Services fee schedule ($75.00 per latent print case).
7.5 For planning, KPD estimates it will submit about 110 requests per
    fiscal year.""", "TBI-FR-24-061  Page 2 of 3"),
    (None, """\
8. AUDIT AND MISUSE
8.1 TBI may audit KPD's requests at any time.
8.2 If an audit finds that a request violated this MOU, TBI may
    suspend KPD's access to the service, and the requesting officer
    shall be referred to the KPD Office of Professional Standards.

9. AUTHORITY
Entered into under the Interlocal Cooperation Act, T.C.A. 12-9-101
et seq., and T.C.A. 38-6-102.

For TBI: _____________________  Dep. Dir. Warren Ashcombe  06/24/2024
For the City: ________________  City Manager Lena Pruett   06/18/2024
For KPD: _____________________  Chief Marcus Delaney       06/18/2024""",
     "TBI-FR-24-061  Page 3 of 3"),
], "pdf", KPD,
    [TBI, KPD, "City of Kingsport"],
    [DWP],
    ["FACE Plus"],
    [C(40, 40, None, "a fee of $40.00 per completed search request", KPD, None, unit="per request"),
     C(None, 4800, "year", "Fees under this MOU shall not exceed $4,800 in any state fiscal year", KPD, None)],
    [N(3400000, "approximately", "images", None, "approximately 3.4 million booking photographs", TBI, DWP),
     N(110, "approximately", "requests", "year", "about 110 requests per fiscal year", KPD, None)],
    [P("The service shall be used only to develop investigative leads in criminal investigations and to identify "
       "deceased or incapacitated persons.", KPD, "purpose"),
     P("Only sworn KPD officers assigned to the Criminal Investigations Division, or officers with the written "
       "approval of a KPD lieutenant or above, may submit a request.", KPD, "permission"),
     P("Each request shall be submitted on TBI Form FR-1 through the TBI secure portal and shall include a KPD "
       "case number and the offense under investigation.", KPD, "requirement"),
     P("KPD shall designate a Point of Contact who keeps the list of authorized requestors and sends it to TBI "
       "each January.", KPD, "requirement"),
     P("KPD shall not request a search to identify a person solely because of the person's participation in "
       "activity protected by the First Amendment.", KPD, "prohibition"),
     P("KPD may not submit probe images taken from live or real-time video feeds.", KPD, "prohibition"),
     P("Requests for civil immigration enforcement, or for any purpose other than those in Section 1, are "
       "prohibited.", KPD, "prohibition"),
     P("Any candidate returned by TBI is an investigative lead only. It is not a positive identification and "
       "shall not be used as the sole basis for probable cause, an arrest or a search warrant.", KPD,
       "disclaimer"),
     P("KPD shall independently corroborate any lead before taking enforcement action.", KPD, "requirement"),
     P("TBI shall retain each probe image, request form and search log for three (3) years from the date of the "
       "request and then destroy them.", TBI, "requirement"),
     P("KPD shall not add candidate images returned by TBI to any KPD database; they shall be kept only in the "
       "case file.", KPD, "prohibition"),
     P("TBI may audit KPD's requests at any time.", TBI, "permission"),
     P("If an audit finds that a request violated this MOU, TBI may suspend KPD's access to the service, and the "
       "requesting officer shall be referred to the KPD Office of Professional Standards.", KPD, "consequence")],
    [],
    ["2024-07-01", "2026-06-30", "2024-06-24", "2024-06-18"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Utah: Cedar City PD
CCPD = "Cedar City Police Department"
ICSO_UT = "Iron County Sheriff's Office"
MONTHS = [("January", 18, 16, 2), ("February", 22, 21, 1), ("March", 15, 15, 0), ("April", 27, 24, 3),
          ("May", 19, 19, 0), ("June", 24, 22, 2), ("July", 31, 27, 4), ("August", 20, 20, 0),
          ("September", 17, 16, 1), ("October", 23, 23, 0), ("November", 14, 13, 1), ("December", 12, 12, 0)]
assert sum(m[1] for m in MONTHS) == 242 and sum(m[2] for m in MONTHS) == 228 and sum(m[3] for m in MONTHS) == 14
assert all(m[1] == m[2] + m[3] for m in MONTHS)
TABLE = "\n".join(f"{m:<11}{s:>9}{w:>20}{o:>23}" for m, s, w, o in MONTHS)
RULE = "---------   --------    ----------------    -------------------"
doc("05_cedar-city-pd-clearview-search-audit-memo.txt", [
    (None, """\
CEDAR CITY POLICE DEPARTMENT - Professional Standards Unit
10 North Main Street, Cedar City, Utah 84720

INTERNAL AUDIT MEMORANDUM                          Audit No. PS-2025-02

TO:       Chief Darren Albrecht
FROM:     Sgt. Melissa Orton, Professional Standards
DATE:     February 11, 2025
SUBJECT:  Audit of Clearview AI facial recognition searches,
          January 1 - December 31, 2024

1. Scope and method
I reviewed the Clearview AI administrator audit log for every search
run on the Department's account in calendar year 2024 and checked
the case number entered with each search against the records
management system. This audit is required annually by Policy 433.11.

2. Background
The Department has subscribed to Clearview AI since April 2022. The
current agreement costs $7,900 per year and allows up to 12 user
accounts. At the end of the audit period 11 users held accounts.

3. Searches by month, 2024

Month       Searches    With case number    Without case number
""" + RULE + "\n" + TABLE + "\n" + RULE + "\n" + f"{'Total':<11}{242:>9}{228:>20}{14:>23}" + """

Source: Clearview AI audit log export of 01/06/2025 (CSV, 242 rows).""",
     "CCPD PS-2025-02   Page 1 of 2"),
    (None, """\
4. Findings
4.1 Fourteen searches (5.8% of the total) were run without a case
    number, contrary to Policy 433.5, which requires that every
    search be tied to a case or incident number. Most of them
    were run by a single user in April and July.
4.2 Eight of the 11 account holders ran at least one search in 2024.
    Accounts of two officers who left the Department in 2024 were
    not disabled until January 8, 2025; neither was used after the
    officer's separation date.
4.3 Six searches were run at the request of the Iron County Sheriff's
    Office. Policy 433.8 permits a search for another agency only when
    that agency supplies its own case number; all six had one.
4.4 Training certificates were on file for all account holders, as
    Policy 433.3 requires before an account is issued.

5. Policy provisions reviewed
- Policy 433.6: The system shall not be used for personal or other
  non-law-enforcement purposes.
- Policy 433.9: A possible match from Clearview AI is an
  investigative lead only and shall not be the sole basis for an
  arrest or a warrant.
- Policy 433.10: Misuse of the system will result in loss of access
  and discipline up to and including termination.
The Department's practice is also consistent with Utah Code Title 77,
Chapter 23e.

6. Recommendations
6.1 Add a required case number field with supervisor override, so a
    search without a case number cannot proceed (proposed change to
    Policy 433.5; not yet adopted).
6.2 Lower the account limit at the April 2025 renewal. Clearview has
    quoted $6,450 for the year for up to 9 users.
6.3 Disable accounts on an officer's last day of service.

Sgt. Melissa Orton #2217                 Reviewed: Lt. Curtis Halvorsen""",
     "CCPD PS-2025-02   Page 2 of 2"),
], "pdf", CCPD,
    [CCPD, ICSO_UT],
    [CV],
    [],
    [C(7900, 7900, "year", "The current agreement costs $7,900 per year", CCPD, CV),
     C(6450, 6450, "year", "Clearview has quoted $6,450 for the year", CCPD, CV)],
    [N(12, "up to", "licenses", None, "allows up to 12 user accounts", CCPD, CV),
     N(11, "exact", "users", None, "11 users held accounts", CCPD, CV)]
    + [N(s, "exact", "searches", "month", f"{m} {s}", CCPD, CV) for m, s, w, o in MONTHS]
    + [N(242, "exact", "searches", "year", "Total 242", CCPD, CV),
       N(228, "exact", "searches", "year", "Total 242 228", CCPD, CV),
       N(14, "exact", "searches", "year", "Total 242 228 14", CCPD, CV),
       N(8, "exact", "users", "year", "Eight of the 11 account holders ran at least one search in 2024", CCPD, CV),
       N(6, "exact", "requests", None, "Six searches were run at the request of the Iron County Sheriff's Office",
         CCPD, CV),
       N(9, "up to", "licenses", None, "for up to 9 users", CCPD, CV)],
    [P("Policy 433.5, which requires that every search be tied to a case or incident number.", CCPD, "requirement"),
     P("Policy 433.8 permits a search for another agency only when that agency supplies its own case number",
       CCPD, "permission"),
     P("Training certificates were on file for all account holders, as Policy 433.3 requires before an account "
       "is issued.", CCPD, "requirement"),
     P("The system shall not be used for personal or other non-law-enforcement purposes.", CCPD, "prohibition"),
     P("A possible match from Clearview AI is an investigative lead only and shall not be the sole basis for an "
       "arrest or a warrant.", CCPD, "disclaimer"),
     P("Misuse of the system will result in loss of access and discipline up to and including termination.",
       CCPD, "consequence"),
     P("This audit is required annually by Policy 433.11.", CCPD, "requirement")],
    [],
    ["2025-02-11", "2024-01-01", "2024-12-31", "2024", "2022-04", "2025-01-06", "2025-01-08", "2025-04"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Virginia: Lynchburg PD
LPD = "Lynchburg Police Department"
BCSO = "Bedford County Sheriff's Office"
ROC = "Rank One Computing"
doc("06_lynchburg-pd-slack-fr-renewal.txt", [
    (None, """\
Slack export - Lynchburg Police Department (lpd-cid.slack.com)
Channel: #cid-detectives
Messages: 03/03/2025 - 03/05/2025      Exported 03/21/2025, FOIA 25-044

----------------------------- Monday, March 3 -----------------------------
Lt. Renee Castellano  8:14 AM
Heads up, Clearview renewal is due April 30. Quote came in at $1,950
per seat per year. We have 7 seats, so $13,650 total.

Det. Omar Haddix  8:21 AM
Rank One sent a number for Lumen too: $9,800/yr flat for up to 10
users, mobile app included.

Det. Kelsey Brandt  8:24 AM
Bedford County SO went with Lumen last fall. Their sgt told me they
pay about $6,000 a year but they only have 4 users

Lt. Renee Castellano  8:30 AM
Before we compare anything, who actually uses Clearview? Somebody
count seats.

Det. Omar Haddix  9:02 AM
Admin panel: 5 of our 7 seats have logged in since Jan 1. The whole
unit ran 412 searches in 2024.

Det. Marcus Tillery  9:05 AM
I'm one of the ones that didn't :) give mine to whoever needs it

Det. Omar Haddix  9:07 AM
Tradeoff is Clearview searches over 50 billion web images, Lumen only
searches the booking photos we and the regional partners load.

Lt. Renee Castellano  9:11 AM
ok. at 5 seats Clearview is basically a wash with Lumen.
Reminder while we're on it: every search gets a case number in the
notes field. A hit is a lead only, never the only thing in a warrant
affidavit. And no sharing logins with other agencies, period. That's
the rule until GO 2-31 gets rewritten.""", "Page 1 of 2"),
    (None, """\
------------------------------ Tuesday, March 4 ---------------------------
Det. Kelsey Brandt  10:42 AM
unrelated but Flock wants $2,850 per camera for the two new LPR cams
on Wards Rd. Sending that one to Capt. Sayers separately.

Det. Omar Haddix  10:45 AM
Rank One says Lumen quote is good for 60 days. Their rep is
Dana Whitlock, 434-555-0193 if anyone has questions.

----------------------------- Wednesday, March 5 -------------------------
Lt. Renee Castellano  7:58 AM
Taking both quotes to Capt. Sayers Friday. Leaning Lumen unless
someone has a reason not to. Thread is pinned.

Det. Marcus Tillery  8:03 AM
:thumbsup:""", "Page 2 of 2"),
], "pdf", LPD,
    [LPD, BCSO],
    [CV, ROC, "Flock Safety"],
    ["Lumen"],
    [C(1950, 1950, "year", "Quote came in at $1,950 per seat per year", LPD, CV, unit="per user"),
     C(13650, 13650, "year", "We have 7 seats, so $13,650 total", LPD, CV),
     C(9800, 9800, "year", "$9,800/yr flat for up to 10 users", LPD, ROC, "Lumen"),
     C(6000, 6000, "year", "pay about $6,000 a year", BCSO, ROC, "Lumen")],
    [N(7, "exact", "licenses", None, "We have 7 seats", LPD, CV),
     N(10, "up to", "licenses", None, "for up to 10 users", LPD, ROC),
     N(4, "exact", "users", None, "they only have 4 users", BCSO, ROC),
     N(5, "exact", "users", None, "5 of our 7 seats have logged in since Jan 1", LPD, CV),
     N(412, "exact", "searches", "year", "The whole unit ran 412 searches in 2024", LPD, CV),
     N(50000000000, "more than", "images", None, "Clearview searches over 50 billion web images", None, CV)],
    [P("every search gets a case number in the notes field.", LPD, "requirement"),
     P("A hit is a lead only, never the only thing in a warrant affidavit.", LPD, "disclaimer"),
     P("And no sharing logins with other agencies, period.", LPD, "prohibition")],
    [],
    ["2025-03-03", "2025-03-05", "2025-03-21", "2024"],
    scan=None)


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
