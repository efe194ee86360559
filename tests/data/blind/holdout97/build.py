"""Writes docs/*.txt and labels.json for holdout97 (six invented releases: CO, GA, ME, MO, NM, WI).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), with a `kind` on every policy."""
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
    indentation or '> ' / '>> ' quote marks) or aligns it in columns, the label takes the exact
    substring the text holds."""
    if quote in text:
        return quote
    pattern = r"\s+(?:>+\s*)?".join(re.escape(w) for w in quote.split())
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


# ---------------------------------------------------------------- 1 Colorado: Englewood PD (council staff report)
EPD = "Englewood Police Department"
NUM = "Numerica Corporation"
CISC = "Colorado Information Sharing Consortium"
F1 = "Englewood City Council | November 4, 2024 | Item 11.c.ii | Page {} of 2"
doc("01_englewood-pd-lumen-fr-council-staff-report.txt", [
    (None, """\
CITY OF ENGLEWOOD, COLORADO
1000 Englewood Parkway | Englewood, CO 80110

COUNCIL AGENDA ITEM - STAFF REPORT

Meeting date:    November 4, 2024          Agenda item:  11.c.ii
Item type:       Resolution                File no.:     CR-24-0392
Department:      Police
Prepared by:     Cmdr. Aurelia Banuelos, Investigations Division
Reviewed by:     Finance; Office of the City Attorney
Staff contact:   303-555-0166

SUBJECT
Resolution approving a two-year subscription to the Lumen facial
recognition module from Numerica Corporation, and accepting the Police
Department's accountability report under C.R.S. 24-18-302.

BACKGROUND
Since 2021 the Englewood Police Department (EPD) has used Lumen, a
records search and analysis platform from Numerica Corporation of Fort
Collins, through its membership in the Colorado Information Sharing
Consortium (CISC). Lumen's facial recognition module compares a probe
image with booking photographs contributed by CISC member agencies.
The module is licensed separately from the base platform.

Under Senate Bill 22-113 (C.R.S. 24-18-301 to 24-18-309), EPD must
file a notice of intent with its reporting authority, produce an
accountability report, and hold at least three community meetings
before it procures a facial recognition service. EPD filed its notice
of intent with City Council on June 17, 2024 and held community
meetings on August 8, August 22 and September 12, 2024. The final
report is Attachment A.

Numerica provided the module at no charge for a pilot that began on
December 1, 2023. Through October 15, 2024, six detectives held pilot
accounts and ran 148 searches. The gallery available through CISC
holds approximately 2.3 million booking photographs from member
agencies.""", F1.format(1)),
    (None, """\
DISCUSSION
Numerica has offered a two-year term for the module, January 1, 2025
through December 31, 2026, for eight named users. Staff also obtained
a Clearview AI quote of $15,600 per year for eight users. Clearview
was not pursued because its gallery is built from images collected
from the public internet.

Section 5 of the accountability report sets these rules of use:
  - A search may be run only for an active criminal investigation
    with a case number, or to identify a deceased person or a person
    who is unable to identify himself or herself.
  - A candidate returned by the module is an investigative lead only
    and does not establish probable cause for an arrest.
  - Each search must be reviewed by a second trained detective before
    a lead is given to the case officer.
  - EPD will not use the module for ongoing surveillance or on live
    or recorded video feeds.
  - A member who runs a search for a personal or other non-law
    enforcement purpose is subject to discipline up to and including
    termination.

FISCAL IMPACT
The two-year subscription costs $21,840 ($10,920 per year), billed
annually in advance, or $1,365 per user per year for eight users.
Funds for 2025 are in the Police Department's adopted budget, account
01-0301-53410 (Software Maintenance); the 2026 payment will be
requested in the 2026 budget. The community meetings had no cost
beyond staff time. The Flock Safety license plate reader renewal
($27,500), item 11.c.iii on this agenda, is a separate request.

ALTERNATIVES
1. Approve the subscription as recommended.
2. Approve a one-year term only, at a higher annual price.
3. Decline; EPD would ask other CISC agencies to run searches.

RECOMMENDED MOTION
Move to approve Resolution No. 71, Series of 2024, authorizing a
two-year subscription agreement with Numerica Corporation for the
Lumen facial recognition module in an amount not to exceed $21,840,
and accepting the Police Department's accountability report.

ATTACHMENTS: A. Accountability Report  B. Numerica quote Q-24-1187""", F1.format(2)),
], "pdf", EPD,
    ["City of Englewood", "Englewood City Council", EPD, CISC],
    [NUM, "Clearview AI", "Flock Safety"],
    ["Lumen"],
    [C(21840, 21840, None, "The two-year subscription costs $21,840", EPD, NUM, "Lumen"),
     C(10920, 10920, "year", "($10,920 per year)", EPD, NUM, "Lumen"),
     C(1365, 1365, "year", "$1,365 per user per year", EPD, NUM, "Lumen", unit="per user")],
    [N(6, "exact", "users", None, "six detectives held pilot accounts", EPD, NUM),
     N(148, "exact", "searches", None, "ran 148 searches", EPD, NUM),
     N(2300000, "approximately", "images", None, "approximately 2.3 million booking photographs", CISC, NUM),
     N(8, "exact", "licenses", None, "for eight named users", EPD, NUM)],
    [P("EPD must file a notice of intent with its reporting authority, produce an accountability report, and hold "
       "at least three community meetings before it procures a facial recognition service.", EPD, "requirement"),
     P("A search may be run only for an active criminal investigation with a case number, or to identify a "
       "deceased person or a person who is unable to identify himself or herself.", EPD, "purpose"),
     P("A candidate returned by the module is an investigative lead only and does not establish probable cause "
       "for an arrest.", EPD, "disclaimer"),
     P("Each search must be reviewed by a second trained detective before a lead is given to the case officer.",
       EPD, "requirement"),
     P("EPD will not use the module for ongoing surveillance or on live or recorded video feeds.", EPD,
       "prohibition"),
     P("A member who runs a search for a personal or other non-law enforcement purpose is subject to discipline "
       "up to and including termination.", EPD, "consequence")],
    [],
    ["2024-11-04", "2021", "2024-06-17", "2024-08-08", "2024-08-22", "2024-09-12", "2023-12-01", "2024-10-15",
     "2025-01-01", "2026-12-31", "2025", "2026", "2024"])


# ---------------------------------------------------------------- 2 Georgia: Marietta PD (reseller invoice)
MPD = "Marietta Police Department"
SBI = "Southern Biometric Integrators"
DBS = "FaceVACS-DBScan LE"
F2 = "MPD ORR 24-1182                                            {}"
doc("02_marietta-pd-cognitec-dbscan-invoice.txt", [
    (None, """\
SOUTHERN BIOMETRIC INTEGRATORS, INC.
3350 Cobb Parkway NW, Suite 210, Kennesaw, GA 30144
Tel. (770) 555-0119 | Fed. Tax ID 58-4471093
Authorized Cognitec Systems reseller | Dell Technologies partner

                                                              INVOICE
Invoice No.:   SBI-24-0731                   Invoice Date:  08/19/2024
Customer No.:  MAR-0042                      Due Date:      09/18/2024
Customer PO:   P24-00917                     Terms:         Net 30
Sales Rep:     Kwame Oyelowo                 Ship Via:      UPS Ground

BILL TO                                  SHIP TO
City of Marietta - Accounts Payable      Marietta Police Department
205 Lawrence Street                      Criminal Investigations Div.
Marietta, GA 30060                       150 Haynes Street
                                         Marietta, GA 30060
                                         Attn: Lt. Garrison Whitlock

Ln  Description                     Term      Qty   Unit Price     Amount
--  ------------------------------  --------  ---  -----------  ---------
1   FaceVACS-DBScan LE client       One-time    4     3,150.00  12,600.00
    licence, perpetual
2   FaceVACS-DBScan LE server       One-time                    18,400.00
    licence, gallery capacity
    up to 500,000 images
3   Software maintenance and        Annual                       5,400.00
    support, all DBScan LE
    licences, 09/01/2024 -
    08/31/2025
4   Installation, import of         One-time                     4,800.00
    booking photographs, analyst
    training (3 days onsite)
5   Dell Precision 3680 tower                   2     2,215.00   4,430.00
    workstation, Records Unit
    (not part of face system)
                                                               ----------
                                               Subtotal         45,630.00
                Sales tax 6.0% (line 5; no ST-5 certificate)       265.80
                Shipping and handling, UPS Ground                  142.50
                                               INVOICE TOTAL    46,038.30
                                               Payments/credits      0.00
                                               BALANCE DUE      46,038.30""", F2.format("000017")),
    (None, """\
Invoice SBI-24-0731 - page 2

Notes:
1. Lines 1-4 are software and services and are not taxed. Tax on
   line 5 will be refunded when the City's Form ST-5 is received.
2. Gallery import completed 08/14/2024: 61,382 booking photographs
   of the Marietta Police Department were enrolled.
3. Maintenance renews each September 1 unless cancelled in writing
   30 days in advance. The renewal price may rise by up to 4%.

Remit to: Southern Biometric Integrators, Inc., P.O. Box 2290,
Kennesaw, GA 30156. ACH account ending 7731. Questions: (770) 555-0120.

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -

CITY OF MARIETTA - ACCOUNTS PAYABLE VOUCHER
Voucher No.: 24-118607      Vendor No.: 20417      Batch: 0829-AP
Invoice: SBI-24-0731 (08/19/2024)                  PO: P24-00917

Distribution                          Account            Amount
------------------------------------  ----------------  ---------
FR client licences (line 1)           100-3210-52.3850  12,600.00
FR server licence (line 2)            100-3210-52.3850  18,400.00
FR maintenance FY25 (line 3)          100-3210-52.3851   5,400.00
FR installation/training (line 4)     100-3210-52.3852   4,800.00
Records workstations, tax, freight    100-3240-53.1610   4,838.30
                                                        ---------
Total paid                                              46,038.30

EFT No.: 0091744          Paid: 09/12/2024

Received: Lt. G. Whitlock 08/21/2024
Budget approval: Capt. Rhonda Pelletier 08/22/2024""", F2.format("000018")),
], "pdf", MPD,
    ["City of Marietta", MPD],
    [SBI, "Cognitec Systems", "Dell Technologies"],
    [DBS, "Dell Precision 3680"],
    [C(12600, 12600, "one-time", "1 FaceVACS-DBScan LE client One-time 4 3,150.00 12,600.00", MPD, SBI, DBS),
     C(3150, 3150, "one-time", "1 FaceVACS-DBScan LE client One-time 4 3,150.00", MPD, SBI, DBS, unit="per user"),
     C(18400, 18400, "one-time", "2 FaceVACS-DBScan LE server One-time 18,400.00", MPD, SBI, DBS),
     C(5400, 5400, "year", "3 Software maintenance and Annual 5,400.00", MPD, SBI, DBS),
     C(4800, 4800, "one-time", "4 Installation, import of One-time 4,800.00", MPD, SBI, DBS)],
    [N(4, "exact", "licenses", None, "1 FaceVACS-DBScan LE client One-time 4", MPD, SBI),
     N(61382, "exact", "images", None, "61,382 booking photographs", MPD, SBI)],
    [],
    [],
    ["2024-08-19", "2024-09-18", "2024-09-01", "2025-08-31", "2024-08-14", "2024-09-12", "2024-08-21",
     "2024-08-22"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Maine: Penobscot County SO (FOAA reply)
PCSO = "Penobscot County Sheriff's Office"
MSP = "Maine State Police"
F3 = "FOAA-24-061 | Page {} of 3"
doc("03_penobscot-county-so-foaa-reply-letter.txt", [
    (None, """\
PENOBSCOT COUNTY SHERIFF'S OFFICE
85 Hammond Street, Bangor, Maine 04401
Records Unit | Tel. (207) 555-0147 | Fax (207) 555-0148

September 9, 2024

Tobias Renwick
Northern New England Surveillance Project
14 Exchange Street, Suite 3
Portland, ME 04101

Re: Freedom of Access Act request FOAA-24-061 (received
    August 12, 2024)

Dear Mr. Renwick:

This letter answers your request under Maine's Freedom of Access Act,
1 M.R.S. sections 400 to 414, for records about the Sheriff's
Office's use of facial recognition technology from January 1, 2019 to
the date of your request. I searched the files of the Criminal
Investigation Division, the Finance Office, the Penobscot County Jail
and the email accounts of the Sheriff and the Chief Deputy. What I
found is summarized below; copies of the releasable records are
enclosed.

Purchases. The Office bought one facial recognition product during
the period. Finance records show a Clearview AI invoice dated March
3, 2020 for $3,600, covering a one-year subscription for two
investigators. It was paid from the Criminal Investigation
Division's equipment line. Before buying, the investigators used a
free 30-day Clearview trial in January 2020. Clearview offered a
renewal in February 2021; the Sheriff declined it, and the
subscription lapsed in March 2021. No other facial recognition
product was bought, leased or tried.

Searches. At my request Clearview provided the account's audit log.
It lists 183 searches run by the two investigators between
January 14, 2020 and March 2, 2021. The log does not show why each
search was run or whether it produced a match.""", F3.format(1)),
    (None, """\
Requests to the State. Since Maine's facial surveillance law took
effect in October 2021, the Office has held no facial recognition
account. Investigators instead ask the Maine State Police to run a
search. The Criminal Investigation Division's request log lists 11
requests in 2022, 9 in 2023 and 6 so far in 2024, or 26 in all. The
State Police reported a possible match for 8 of them. The State does
not bill the Office for this service.

Jail photographs. The Jail photographs about 4,100 people a year at
booking. The photographs go to the State Bureau of Identification
with fingerprints. The Office does not run them through any facial
recognition software.

Policy. Under 25 M.R.S. section 6003, the Office may not obtain,
retain, access or use a facial surveillance system, and may ask the
Bureau of Motor Vehicles, the State Police or the FBI for a search
only when there is probable cause to believe that an unidentified
person in an image committed a serious crime. General Order 2-37
(adopted November 1, 2021) requires that every such request be
approved by the Criminal Investigation Division lieutenant and
entered in the request log. A possible match reported by the State
Police is an investigative lead only and may not by itself justify
an arrest. The Office had no written policy for the Clearview
subscription; none existed in 2020 or 2021.

Withheld. Probe images and the names in the request log are
withheld as confidential intelligence and investigative record
information under 16 M.R.S. section 804.""", F3.format(2)),
    (None, """\
Fees. The search took 4.5 hours of staff time. The Office may charge
$25 an hour after the first two hours ($62.50) plus $0.10 a page for
38 pages of copies ($3.80). Those fees are waived.

You may appeal this response to the Superior Court within 30 days
under 1 M.R.S. section 409.

Sincerely,



Marguerite Doucette
Records Custodian
Penobscot County Sheriff's Office

Enclosures: Clearview invoice (1 page); audit log (31 pages);
request log (3 pages); General Order 2-37 (3 pages)

cc: Chief Deputy Ansel Thibodeau""", F3.format(3)),
], "pdf", PCSO,
    [PCSO, "Penobscot County Jail", MSP, "Maine State Bureau of Identification", "Maine Bureau of Motor Vehicles",
     "Federal Bureau of Investigation"],
    ["Clearview AI"],
    [],
    [C(3600, 3600, "year", "$3,600, covering a one-year subscription", PCSO, "Clearview AI")],
    [N(2, "exact", "users", None, "a one-year subscription for two investigators", PCSO, "Clearview AI"),
     N(183, "exact", "searches", None, "It lists 183 searches", PCSO, "Clearview AI"),
     N(11, "exact", "requests", "year", "request log lists 11 requests in 2022", PCSO, None),
     N(9, "exact", "requests", "year", "9 in 2023", PCSO, None),
     N(6, "exact", "requests", None, "6 so far in 2024", PCSO, None),
     N(26, "exact", "requests", None, "or 26 in all", PCSO, None),
     N(8, "exact", "matches", None, "reported a possible match for 8 of them", PCSO, None)],
    [P("Under 25 M.R.S. section 6003, the Office may not obtain, retain, access or use a facial surveillance "
       "system, and may ask the Bureau of Motor Vehicles, the State Police or the FBI for a search only when there "
       "is probable cause to believe that an unidentified person in an image committed a serious crime.", PCSO,
       "prohibition"),
     P("General Order 2-37 (adopted November 1, 2021) requires that every such request be approved by the "
       "Criminal Investigation Division lieutenant and entered in the request log.", PCSO, "requirement"),
     P("A possible match reported by the State Police is an investigative lead only and may not by itself "
       "justify an arrest.", PCSO, "disclaimer")],
    [],
    ["2024-09-09", "2024-08-12", "2019-01-01", "2020-03-03", "2020-01", "2021-02", "2021-03", "2020-01-14",
     "2021-03-02", "2021-10", "2022", "2023", "2024", "2021-11-01", "2020", "2021"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Missouri: Jefferson City PD (general order)
JCPD = "Jefferson City Police Department"
F4 = "JCPD GO 43.12 - Facial Recognition Technology - Page {} of 3"
doc("04_jefferson-city-pd-general-order-fr-draft.txt", [
    (None, """\
JEFFERSON CITY POLICE DEPARTMENT
401 Monroe Street, Jefferson City, Missouri 65101

GENERAL ORDER                                        Number: GO 43.12
Subject:       Facial Recognition Technology
Effective:     April 1, 2023            Revised:  January 8, 2024
Rescinds:      Special Order 22-06      Review:   Annually
Distribution:  All Personnel            Pages:    3
Approved:      Chief of Police Marcus Delgado-Ferris

1. PURPOSE
This order sets out how members of the Jefferson City Police
Department may use facial recognition technology (FRT) and how
searches are documented, reviewed and audited.

2. POLICY
2.1 FRT shall be used only to develop investigative leads in a
    criminal investigation, to identify a deceased person, or to
    identify a person who cannot identify himself or herself because
    of illness, injury or disability.
2.2 A candidate returned by an FRT search is an investigative lead
    only and shall not be used as the sole basis for probable cause,
    an arrest, or a search warrant application.

3. DEFINITIONS
3.1 Probe image - the image of an unknown person that is searched.
3.2 Candidate - a possible match returned by an FRT search.
3.3 FRT examiner - a member trained under section 5 and assigned an
    FRT account.

4. APPROVED SYSTEMS
4.1 Members are authorized to use Clearview AI for FRT searches
    through Department-issued accounts.
4.2 The face recognition feature of the Department's BriefCam video
    analytics software is disabled and shall not be enabled.
4.3 No other FRT system or application, including free or trial
    versions, may be used for Department business.""", F4.format(1)),
    (None, """\
5. ACCESS AND TRAINING
5.1 Only members assigned to the Criminal Investigations Division who
    have completed the vendor's user training and the Department's
    four-hour FRT course may be issued an account.
5.2 Accounts are personal. Members shall not share login credentials
    or run a search on another member's account.

6. PROCEDURE
6.1 Each search shall be recorded in the Clearview case field with
    the JCPD report number and the offense.
6.2 Members shall not use a probe image taken of a person engaged in
    a lawful assembly, protest or other First Amendment activity.
6.3 Before a candidate is given to the case officer as a lead, a
    second FRT examiner shall review the probe image and candidate.
6.4 Members may run a search at the request of another law
    enforcement agency only with the approval of a CID sergeant and
    only when the agency provides its own case number.

7. AUDIT AND RECORDS
7.1 The CID commander shall audit at least 10 percent of searches
    each quarter and report the results to the Chief.
7.2 Search records shall be retained for three years, consistent
    with the Missouri Secretary of State's retention schedule.

8. VIOLATIONS
8.1 Misuse of FRT, including any search for a personal purpose, may
    result in discipline up to and including termination, and may be
    referred for prosecution under Section 569.095, RSMo.

9. ADMINISTRATION
9.1 The CID commander manages the Clearview subscription, which
    currently provides eight user accounts at $1,200 per account per
    year ($9,600 annually), paid from account 1000-2130-7420.""", F4.format(2)),
    (None, """\
PROPOSED DRAFT AMENDMENT - NOT ADOPTED

Draft 2, prepared by Capt. Irene Vukovich for the Chief's review,
October 2, 2024. This draft has not been approved by the Chief and
is not in effect. GO 43.12 as printed above remains the governing
order.

Background. In 2023 CID examiners ran 274 Clearview searches; 41 of
them were run for other agencies, most often the Cole County
Sheriff's Office and the Missouri Capitol Police. Examiners report
that a growing share of probe images now come from social media
posts.

Proposed changes:
(a) New 6.5: "A search using a probe image obtained from a social
    media platform shall require the written approval of a captain."
(b) Amend 9.1 to increase the number of accounts from eight to
    twelve, at an estimated added cost of $4,800 per year.
(c) New 7.3: "The Department shall publish an annual summary of FRT
    searches on its website."

Comments on this draft were due to Capt. Vukovich by November 1,
2024.""", F4.format(3)),
], "pdf", JCPD,
    [JCPD, "Cole County Sheriff's Office", "Missouri Capitol Police", "Missouri Secretary of State"],
    ["Clearview AI", "BriefCam"],
    [],
    [C(9600, 9600, "year", "($9,600 annually)", JCPD, "Clearview AI"),
     C(1200, 1200, "year", "$1,200 per account per year", JCPD, "Clearview AI", unit="per user")],
    [N(8, "exact", "licenses", None, "currently provides eight user accounts", JCPD, "Clearview AI"),
     N(274, "exact", "searches", "year", "In 2023 CID examiners ran 274 Clearview searches", JCPD, "Clearview AI"),
     N(41, "exact", "requests", "year", "41 of them were run for other agencies", JCPD, "Clearview AI")],
    [P("FRT shall be used only to develop investigative leads in a criminal investigation, to identify a deceased "
       "person, or to identify a person who cannot identify himself or herself because of illness, injury or "
       "disability.", JCPD, "purpose"),
     P("A candidate returned by an FRT search is an investigative lead only and shall not be used as the sole basis "
       "for probable cause, an arrest, or a search warrant application.", JCPD, "disclaimer"),
     P("Members are authorized to use Clearview AI for FRT searches through Department-issued accounts.", JCPD,
       "permission"),
     P("The face recognition feature of the Department's BriefCam video analytics software is disabled and shall "
       "not be enabled.", JCPD, "prohibition"),
     P("No other FRT system or application, including free or trial versions, may be used for Department "
       "business.", JCPD, "prohibition"),
     P("Only members assigned to the Criminal Investigations Division who have completed the vendor's user "
       "training and the Department's four-hour FRT course may be issued an account.", JCPD, "permission"),
     P("Members shall not share login credentials or run a search on another member's account.", JCPD,
       "prohibition"),
     P("Each search shall be recorded in the Clearview case field with the JCPD report number and the offense.",
       JCPD, "requirement"),
     P("Members shall not use a probe image taken of a person engaged in a lawful assembly, protest or other First "
       "Amendment activity.", JCPD, "prohibition"),
     P("Before a candidate is given to the case officer as a lead, a second FRT examiner shall review the probe "
       "image and candidate.", JCPD, "requirement"),
     P("Members may run a search at the request of another law enforcement agency only with the approval of a CID "
       "sergeant and only when the agency provides its own case number.", JCPD, "permission"),
     P("The CID commander shall audit at least 10 percent of searches each quarter and report the results to the "
       "Chief.", JCPD, "requirement"),
     P("Search records shall be retained for three years, consistent with the Missouri Secretary of State's "
       "retention schedule.", JCPD, "requirement"),
     P("Misuse of FRT, including any search for a personal purpose, may result in discipline up to and including "
       "termination, and may be referred for prosecution under Section 569.095, RSMo.", JCPD, "consequence")],
    [],
    ["2023-04-01", "2024-01-08", "2024-10-02", "2023", "2024-11-01"],
    scan="pdf")


# ---------------------------------------------------------------- 5 New Mexico: Hobbs PD (Apple Mail chain)
HPD = "Hobbs Police Department"
LCSO = "Lea County Sheriff's Office"
CV = "Clearview AI"
SUBJ = "Clearview AI renewal - Hobbs PD agreement CV-NM-0217"
F5 = "HPD IPRA 24-0388                                          {}"
doc("05_hobbs-pd-clearview-renewal-apple-mail.txt", [
    (None, """\
From: Ramon Escarcega <rescarcega@hobbsnm.org>
Subject: Fwd: Clearview AI renewal - Hobbs PD agreement CV-NM-0217
Date: May 6, 2024 at 9:14:22 AM MDT
To: Delia Maestas <dmaestas@hobbsnm.org>
Cc: Yolanda Cisneros <ycisneros@hobbsnm.org>

Delia,

Forwarding the thread below for the renewal file. The Chief approved
the two-year option, so please cut a PO for $19,800 (two annual
payments of $9,900, the first due July 1). Charge it to the CID
software line, 010-2110-43810. The Cellebrite Premium renewal
($14,300) is a different vendor and needs its own PO.

Thanks,
Ramon

Lt. Ramon Escarcega
Criminal Investigations Division
Hobbs Police Department | (575) 555-0182


Begin forwarded message:

From: Alonzo Villarreal <avillarreal@hobbsnm.org>
Subject: Re: Clearview AI renewal - Hobbs PD agreement CV-NM-0217
Date: May 3, 2024 at 4:51:07 PM MDT
To: Ramon Escarcega <rescarcega@hobbsnm.org>

Approved. Go with the two-year term and keep it at 6 users. Please
remind the unit that under SOP 41-220 a Clearview result is a lead
only, and no one gets arrested on a match alone.

Chief V.

Sent from my iPhone""", F5.format("000112")),
    (None, """\
> On May 3, 2024, at 2:10 PM, Ramon Escarcega <rescarcega@hobbsnm.org>
> wrote:
>
> Chief,
>
> Clearview's renewal offer is below. Our current one-year term for 6
> users cost $10,800 and ends June 30. Their options are one more year
> at the same price, or two years at $19,800, billed $9,900 a year.
> The two-year price works out to $1,650 per user per year.
>
> Usage: since July 1, 2023 we have run 412 searches, and 5 of our 6
> users have run at least one. Per SOP 41-220 every search still
> needs a case number in the notes field.
>
> For comparison, Lea County SO told me they pay about $6,000 a year
> for 3 users on their own Clearview account.
>
> Ramon
>
>> On May 2, 2024, at 11:37 AM, Kendra Pryce <kpryce@clearview.ai>
>> wrote:
>>
>> Lieutenant Escarcega,
>>
>> Your Clearview AI agreement (6 users) ends on June 30, 2024. We
>> would like to offer two renewal options:
>>
>>   Option A - 12 months:  $10,800.00
>>   Option B - 24 months:  $19,800.00, invoiced annually at $9,900.00
>>
>> Both options include unlimited searches, Clearview Mobile, and
>> access to more than 50 billion publicly available facial images.
>> Prices are valid through May 31, 2024 and do not include New
>> Mexico gross receipts tax, if any applies.
>>
>> Kendra Pryce
>> Government Account Executive, Clearview AI
>> (646) 555-0193""", F5.format("000113")),
], "print", HPD,
    [HPD, LCSO],
    [CV, "Cellebrite"],
    ["Clearview Mobile", "Cellebrite Premium"],
    [C(19800, 19800, None, "please cut a PO for $19,800", HPD, CV),
     C(9900, 9900, "year", "two annual payments of $9,900", HPD, CV),
     C(10800, 10800, "year", "Our current one-year term for 6 users cost $10,800", HPD, CV),
     C(1650, 1650, "year", "$1,650 per user per year", HPD, CV, unit="per user"),
     C(6000, 6000, "year", "they pay about $6,000 a year", LCSO, CV)],
    [N(6, "exact", "users", None, "keep it at 6 users", HPD, CV),
     N(412, "exact", "searches", None, "we have run 412 searches", HPD, CV),
     N(5, "exact", "users", None, "5 of our 6 users have run at least one", HPD, CV),
     N(3, "exact", "users", None, "for 3 users on their own Clearview account", LCSO, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion publicly available facial images", None, CV)],
    [P("under SOP 41-220 a Clearview result is a lead only, and no one gets arrested on a match alone.", HPD,
       "disclaimer"),
     P("Per SOP 41-220 every search still needs a case number in the notes field.", HPD, "requirement")],
    [E("Ramon Escarcega", "Delia Maestas", "May 6, 2024 at 9:14:22 AM MDT", "Fwd: " + SUBJ),
     E("Alonzo Villarreal", "Ramon Escarcega", "May 3, 2024 at 4:51:07 PM MDT", "Re: " + SUBJ),
     E("Ramon Escarcega", None, "May 3, 2024, at 2:10 PM", None),
     E("Kendra Pryce", None, "May 2, 2024, at 11:37 AM", None)],
    ["2024-05-06", "2024-05-03", "2024-05-02", "2023-07-01", "2024-06-30", "2024-05-31"],
    scan="photocopy")


# ---------------------------------------------------------------- 6 Wisconsin: Oak Creek PD (annual audit)
OCPD = "Oak Creek Police Department"
MSI = "Motorola Solutions"
F6 = "OCPD PSU-A-2024-02 | Page {} of 3"
doc("06_oak-creek-pd-annual-fr-audit-2023.txt", [
    (None, """\
OAK CREEK POLICE DEPARTMENT
Professional Standards Unit
301 W. Ryan Road, Oak Creek, Wisconsin 53154

ANNUAL AUDIT OF FACIAL RECOGNITION USE - CALENDAR YEAR 2023

Audit No.:     PSU-A-2024-02              Issued:    February 20, 2024
Auditor:       Sgt. Helena Brzezinski     Reviewed:  Capt. Dale Okafor
Distribution:  Chief of Police; Police and Fire Commission

1. PURPOSE AND SCOPE
Department Policy 612.8 calls for an annual audit of every facial
recognition search. This audit covers all searches logged from
January 1 through December 31, 2023. The auditor compared each log
entry with the related case report and with the account list kept
by the system administrator.

2. SYSTEM
The Department uses FaceSearch, the facial recognition module of the
Vigilant LEARN platform, sold by Motorola Solutions. A search
compares a probe image with the Department's own booking
photographs, of which 18,240 were enrolled at year end, and with the
shared law enforcement gallery that Motorola hosts for FaceSearch
customers. Motorola states that the shared gallery holds more than
15 million booking photographs contributed by agencies nationwide.

The FaceSearch module is billed at $7,200 per year. It appears on
the same Motorola Solutions invoice as the Department's license
plate reader service ($21,750 per year), which is outside the scope
of this audit.

3. ACCOUNTS
At the end of 2023, seven members held FaceSearch accounts. Accounts
of members who left the Department during the year were disabled
before their last day of service.""", F6.format(1)),
    (None, """\
4. USE STATISTICS

Table 1. FaceSearch searches by quarter, 2023

                 Searches   Run for other   Possible   Leads released
Quarter             run       agencies       matches   to case officer
---------------  --------   -------------   --------   ---------------
Q1 (Jan-Mar)           38               6         17                 9
Q2 (Apr-Jun)           45               9         21                12
Q3 (Jul-Sep)           51               7         26                14
Q4 (Oct-Dec)           42               4         19                10
---------------  --------   -------------   --------   ---------------
Total                 176              26         83                45

Searches run for other agencies were requested chiefly by the South
Milwaukee and Cudahy police departments. The Department does not
charge other agencies for them.

5. FINDINGS
(a) Every search had a log entry. Searches without a case number
    were found only in Q2, all run by one detective, who has been
    counselled.
(b) No search used a probe image taken at a protest, demonstration
    or other First Amendment activity.
(c) Two leads were released without the second-examiner review that
    Policy 612.5 calls for. Both were corrected before any arrest.
(d) Leads were released in 25.6% of searches, compared with 23.1% in
    2022.""", F6.format(2)),
    (None, """\
6. POLICY IN FORCE
Policy 612, Facial Recognition (issued June 1, 2021), governs use.
Its main provisions are:

612.3  Only members trained by the vendor and approved by the
       Investigations Captain may hold a FaceSearch account.
612.4  A search may be run only for a criminal investigation, to
       locate a missing or endangered person, or to identify a
       deceased person.
612.5  A possible match is an investigative lead only and shall not
       be the sole basis for an arrest or a warrant. A second trained
       examiner must review every lead before it is released.
612.6  Members shall not run searches on images of people engaged in
       lawful protest or other First Amendment activity.
612.8  Professional Standards shall audit all searches each year and
       report to the Chief and the Police and Fire Commission.
612.9  Misuse of the system may result in discipline up to and
       including termination under Policy 340.

7. RECOMMENDATIONS (not yet acted on)
The auditor recommends that the Department (1) make the case number
a required field in FaceSearch, and (2) reduce the number of
accounts to five when the LEARN contract renews in 2024. The Chief
has not decided on either recommendation.


Sgt. Helena Brzezinski, Auditor                  Date: 02/20/2024""", F6.format(3)),
], "pdf", OCPD,
    [OCPD, "Oak Creek Police and Fire Commission", "South Milwaukee Police Department", "Cudahy Police Department"],
    [MSI, "Vigilant Solutions"],
    ["Vigilant FaceSearch", "LEARN"],
    [C(7200, 7200, "year", "The FaceSearch module is billed at $7,200 per year", OCPD, MSI, "Vigilant FaceSearch")],
    [N(18240, "exact", "images", None, "of which 18,240 were enrolled at year end", OCPD, MSI),
     N(15000000, "more than", "images", None, "more than 15 million booking photographs", None, MSI),
     N(7, "exact", "users", None, "seven members held FaceSearch accounts", OCPD, MSI),
     N(38, "exact", "searches", "quarter", "Q1 (Jan-Mar)           38", OCPD, MSI),
     N(45, "exact", "searches", "quarter", "Q2 (Apr-Jun)           45", OCPD, MSI),
     N(51, "exact", "searches", "quarter", "Q3 (Jul-Sep)           51", OCPD, MSI),
     N(42, "exact", "searches", "quarter", "Q4 (Oct-Dec)           42", OCPD, MSI),
     N(6, "exact", "requests", "quarter", "Q1 (Jan-Mar)           38               6", OCPD, MSI),
     N(9, "exact", "requests", "quarter", "Q2 (Apr-Jun)           45               9", OCPD, MSI),
     N(7, "exact", "requests", "quarter", "Q3 (Jul-Sep)           51               7", OCPD, MSI),
     N(4, "exact", "requests", "quarter", "Q4 (Oct-Dec)           42               4", OCPD, MSI),
     N(176, "exact", "searches", "year", "Total                 176", OCPD, MSI),
     N(26, "exact", "requests", "year", "Total                 176              26", OCPD, MSI),
     N(83, "exact", "matches", "year", "Total                 176              26         83", OCPD, MSI),
     N(45, "exact", "leads", "year", "Total                 176              26         83                45",
       OCPD, MSI),
     N(2, "exact", "leads", None, "Two leads were released without the second-examiner review", OCPD, MSI)],
    [P("Only members trained by the vendor and approved by the Investigations Captain may hold a FaceSearch "
       "account.", OCPD, "permission"),
     P("A search may be run only for a criminal investigation, to locate a missing or endangered person, or to "
       "identify a deceased person.", OCPD, "purpose"),
     P("A possible match is an investigative lead only and shall not be the sole basis for an arrest or a "
       "warrant.", OCPD, "disclaimer"),
     P("A second trained examiner must review every lead before it is released.", OCPD, "requirement"),
     P("Members shall not run searches on images of people engaged in lawful protest or other First Amendment "
       "activity.", OCPD, "prohibition"),
     P("Professional Standards shall audit all searches each year and report to the Chief and the Police and Fire "
       "Commission.", OCPD, "requirement"),
     P("Misuse of the system may result in discipline up to and including termination under Policy 340.", OCPD,
       "consequence")],
    [],
    ["2024-02-20", "2023-01-01", "2023-12-31", "2023", "2022", "2021-06-01", "2024"],
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
