"""Writes docs/*.txt and labels.json for holdout68 (six invented releases: NJ, MD, MO, WI, LA, AZ).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per), with `kind` on every policy."""
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
            assert len(line) <= MAX_COLS, (file, len(line), line)
            assert line.isascii(), (file, line)
        texts.append(page)
    text = "\f".join(texts)
    for group in (costs, counts, policies):
        for f in group:
            f["quote"] = _resolve(f["quote"], text)
            assert f["quote"] in text, (file, f["quote"])
    for e in emails:
        for k in ("date", "subject"):
            assert e[k] is None or e[k] in text, (file, e[k])
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 New Jersey: Vineland PD (Gmail, inline)
VPD = "Vineland Police Department"
LN = "LexisNexis Risk Solutions"
VCC = "Accurint Virtual Crime Center"
MPD_NJ = "Millville Police Department"
SUBJ1 = "VCC face search add-on - quote"
G_HEAD = "3/19/24, 2:07 PM   City of Vineland Mail - " + SUBJ1
G_URL = "https://mail.google.com/mail/u/0/?ik=5c1e0a92d7&view=pt&search=all"
doc("01_vineland-pd-vcc-face-addon-gmail.txt", [
    (G_HEAD, """\
City of Vineland Mail         Marisol Acevedo <macevedo@vinelandcity.org>
__________________________________________________________________________

VCC face search add-on - quote
4 messages
__________________________________________________________________________

Marisol Acevedo <macevedo@vinelandcity.org>    Mon, Mar 4, 2024 at 9:12 AM
To: Robert Baldacci <rbaldacci@vinelandcity.org>
Cc: Kevin Truong <ktruong@vinelandcity.org>

Captain,

LexisNexis Risk Solutions sent the quote for the facial recognition
add-on to our Accurint Virtual Crime Center account (attached). Two
options:

  A. Agency licence, up to 25 named users: $18,400 per year
  B. Named users: $960 per user per year, minimum 5 users

Either option carries a one-time setup and training fee of $1,500.
The quote (No. LN-VCC-240229-07) is good for 60 days. This is on top
of the $11,250 a year we already pay for VCC itself, which stays in
the Records Bureau line.

Three questions before I send it to Purchasing:

1. Can we use this at all after the AG's Clearview directive?
2. Who should get accounts?
3. Do we need our own written policy first?

For comparison, last year we sent 57 photos to ROIC for facial
comparison and waited 9 days on average for an answer.

Lt. Marisol Acevedo
Criminal Investigation Division
Vineland Police Department | 111 N. Sixth Street, Vineland, NJ 08360
Desk (856) 555-0142""", G_URL + "     1/3"),
    (G_HEAD, """\
Robert Baldacci <rbaldacci@vinelandcity.org>   Tue, Mar 5, 2024 at 4:47 PM
To: Marisol Acevedo <macevedo@vinelandcity.org>
Cc: Kevin Truong <ktruong@vinelandcity.org>

Marisol - answers inline.

On Mon, Mar 4, 2024 at 9:12 AM Marisol Acevedo <macevedo@vinelandcity.org>
wrote:
>   A. Agency licence, up to 25 named users: $18,400 per year
>   B. Named users: $960 per user per year, minimum 5 users

B. We will never have 25 people on this. Millville PD went the same
way and pays about $4,800 a year for five users.

> 1. Can we use this at all after the AG's Clearview directive?

Yes. The Attorney General's January 2020 directive barred New Jersey
police from using Clearview AI. It did not bar other vendors, and
nothing in it prohibits a mug shot search through LexisNexis.

> 2. Who should get accounts?

Accounts go only to CID detectives and Kevin, and only after they
finish the LexisNexis online training. Patrol officers are not to
have accounts.

> 3. Do we need our own written policy first?

Until the AG's statewide policy is final, we follow the Cumberland
County Prosecutor's interim guidance. A possible match is an
investigative lead only and can never be the sole basis for an
arrest, a warrant or a photo array. Every search must be logged with
the case number and the reason for the search. Sgt. Pizarro is
drafting an SOP, but it is a draft until the Chief signs it.

RB""", G_URL + "     2/3"),
    (G_HEAD, """\
Marisol Acevedo <macevedo@vinelandcity.org>    Wed, Mar 6, 2024 at 8:05 AM
To: Robert Baldacci <rbaldacci@vinelandcity.org>
Cc: Kevin Truong <ktruong@vinelandcity.org>

On Tue, Mar 5, 2024 at 4:47 PM Robert Baldacci <rbaldacci@vinelandcity.org>
wrote:
> B. We will never have 25 people on this.

Agreed. Option B at 8 users x $960 = $7,680 a year, plus the $1,500
setup. Purchasing confirms the software line (01-301-44-2130) has
room. No NJ sales tax (6.625%) - we are exempt.

> Sgt. Pizarro is drafting an SOP

I will send him the Millville SOP as a starting point.

M.

Kevin Truong <ktruong@vinelandcity.org>       Wed, Mar 6, 2024 at 10:31 AM
To: Marisol Acevedo <macevedo@vinelandcity.org>
Cc: Robert Baldacci <rbaldacci@vinelandcity.org>

The search log sheet is on the CID share (CID > FR > Log_2024.xlsx).
For the file, ROIC's figures for our 2023 submissions: of the 57,
21 came back with a possible candidate and 6 led to an arrest.

The free 30-day LexisNexis trial they offered in the fall was never
activated, so there is no prior usage to report.

Kevin Truong
Crime Analyst, Vineland Police Department""", G_URL + "     3/3"),
], "print", VPD,
    [VPD, "New Jersey Office of the Attorney General", "Cumberland County Prosecutor's Office",
     "New Jersey Regional Operations Intelligence Center", MPD_NJ],
    [LN, "Clearview AI"],
    [VCC],
    [C(18400, 18400, "year", "A. Agency licence, up to 25 named users: $18,400 per year", VPD, LN, VCC),
     C(960, 960, "year", "B. Named users: $960 per user per year", VPD, LN, VCC, unit="per user"),
     C(1500, 1500, "one-time", "a one-time setup and training fee of $1,500", VPD, LN, VCC),
     C(4800, 4800, "year", "pays about $4,800 a year for five users", MPD_NJ, LN, VCC),
     C(7680, 7680, "year", "8 users x $960 = $7,680 a year", VPD, LN, VCC)],
    [N(25, "up to", "licenses", None, "Agency licence, up to 25 named users", VPD, LN),
     N(57, "exact", "requests", "year", "last year we sent 57 photos to ROIC", VPD, None),
     N(5, "exact", "licenses", None, "pays about $4,800 a year for five users", MPD_NJ, LN),
     N(8, "exact", "licenses", None, "Option B at 8 users", VPD, LN),
     N(21, "exact", "matches", "year", "21 came back with a possible candidate", VPD, None),
     N(6, "exact", "arrests", "year", "6 led to an arrest", VPD, None)],
    [P("The Attorney General's January 2020 directive barred New Jersey police from using Clearview AI.",
       VPD, "prohibition"),
     P("Accounts go only to CID detectives and Kevin, and only after they finish the LexisNexis online "
       "training.", VPD, "requirement"),
     P("Patrol officers are not to have accounts.", VPD, "prohibition"),
     P("A possible match is an investigative lead only and can never be the sole basis for an arrest, a "
       "warrant or a photo array.", VPD, "disclaimer"),
     P("Every search must be logged with the case number and the reason for the search.", VPD,
       "requirement")],
    [E("Marisol Acevedo", "Robert Baldacci", "Mon, Mar 4, 2024 at 9:12 AM", SUBJ1),
     E("Robert Baldacci", "Marisol Acevedo", "Tue, Mar 5, 2024 at 4:47 PM", SUBJ1),
     E("Marisol Acevedo", "Robert Baldacci", "Mon, Mar 4, 2024 at 9:12 AM", None),
     E("Marisol Acevedo", "Robert Baldacci", "Wed, Mar 6, 2024 at 8:05 AM", SUBJ1),
     E("Robert Baldacci", "Marisol Acevedo", "Tue, Mar 5, 2024 at 4:47 PM", None),
     E("Kevin Truong", "Marisol Acevedo", "Wed, Mar 6, 2024 at 10:31 AM", SUBJ1)],
    ["2024-03-19", "2024-03-04", "2024-03-05", "2024-03-06", "2020-01", "2023"],
    scan="print")


# ---------------------------------------------------------------- 2 Maryland: Hagerstown PD (purchase order)
HPD = "Hagerstown Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("02_hagerstown-pd-cognitec-purchase-order.txt", [
    (None, """\
                      CITY OF HAGERSTOWN, MARYLAND
               Department of Finance - Purchasing Division
         One East Franklin Street, Hagerstown, Maryland 21740-4817

PURCHASE ORDER          No. 2024-001376                      Page 1 of 2

Order date ....... 09/23/2024     Requisition ..... RQ-PD-24-0415
Buyer ............ T. Whitacre    Vendor no. ...... 004812
Deliver by ....... 10/31/2024     Authority ....... Sole source memo
Terms ............ Net 30         SS-24-09; Mayor & Council 09/17/2024
FOB .............. Destination    Buyer phone ..... 301-555-0134

VENDOR:                           SHIP TO:
Cognitec Systems Corporation      Hagerstown Police Department
4 Van de Graaff Drive, Suite 202  Criminal Investigation Division
Burlington, MA 01803              50 North Burhans Boulevard
                                  Hagerstown, MD 21740

Ln Commodity Description                   Qty UOM   Unit Cost    Extended
-- --------- ----------------------------- --- --- ----------- -----------
01 208-43    FaceVACS-DBScan LE server       1 EA    31,900.00   31,900.00
             licence, perpetual, one-time
02 208-43    FaceVACS-DBScan LE examiner         LOT              8,850.00
             client, one-time (3 seats)
03 208-43    Software maintenance and        1 YR     6,930.00    6,930.00
             support, yr 1 (10/2024-09/2025)
04 918-33    Installation, gallery load          LOT              3,300.00
             and examiner training (2 days)
05 204-19    Kodak Alaris S2060w document    1 EA     1,129.00    1,129.00
             scanner - Records Unit
06 962-20    Freight                                                 85.00
                                                               -----------
                                             Subtotal            52,194.00
                          MD sales tax 6% - exempt (30001234)         0.00
                                             ORDER TOTAL         52,194.00

REMARKS: Gallery load of approx. 118,000 booking photographs from the
Washington County Detention Center (server licensed for up to 500,000
images). The system may be used only to identify suspects, victims,
witnesses, missing persons and the deceased in HPD investigations (HPD
General Order 41.12). Results are investigative leads, not probable
cause. Charge 101-2110-52350 (lines 01-04, 06); 101-1120-52110 (05).""", "HPD MPIA 24-0881  000017"),
    (None, """\
                      CITY OF HAGERSTOWN, MARYLAND
                   PURCHASE ORDER CHANGE NOTICE

PO No. 2024-001376     Change No. 1     Date 11/12/2024     Page 2 of 2
Vendor: Cognitec Systems Corporation (004812)

Reason: Two detectives were added to the examiner group after the
vendor confirmed training capacity. This change adds two examiner
client seats and adjusts the year-1 maintenance line to match.

Ln Description                                            Change
-- -------------------------------------------------- -----------
02 FaceVACS-DBScan LE examiner client, add 2 seats,     +5,900.00
   one-time, at 2,950.00 each (total seats now 5)
03 Software maintenance, year 1 - added seats           +1,180.00
                                                       -----------
   Net change                                           +7,080.00
   Revised order total                                  59,274.00

All other terms of PO 2024-001376 remain unchanged.

STANDARD TERMS AND CONDITIONS (excerpt)
 7. Vendor shall not retain, copy or use any City image or record for
    any purpose other than performance of this order.
11. Invoices that do not reference the PO number will be returned
    unpaid.
14. This order is governed by the laws of the State of Maryland. See
    also Md. Code, Crim. Proc. sec. 2-501 et seq.

Approved: __________________________  Purchasing Manager  Date 11/12/2024

Vendor acceptance: __________________________  Date ______________""", "HPD MPIA 24-0881  000018"),
], "pdf", HPD,
    ["City of Hagerstown", HPD, "Hagerstown Mayor and City Council", "Washington County Detention Center"],
    [COG, "Kodak Alaris"],
    [DBS, "Kodak Alaris S2060w"],
    [C(31900, 31900, "one-time", "01 208-43    FaceVACS-DBScan LE server       1 EA    31,900.00   31,900.00",
       HPD, COG, DBS),
     C(8850, 8850, "one-time", "FaceVACS-DBScan LE examiner         LOT              8,850.00", HPD, COG, DBS),
     C(6930, 6930, "year", "03 208-43    Software maintenance and        1 YR     6,930.00    6,930.00",
       HPD, COG, DBS),
     C(3300, 3300, None, "04 918-33    Installation, gallery load          LOT              3,300.00",
       HPD, COG, DBS),
     C(5900, 5900, "one-time", "02 FaceVACS-DBScan LE examiner client, add 2 seats,     +5,900.00",
       HPD, COG, DBS),
     C(2950, 2950, "one-time", "at 2,950.00 each", HPD, COG, DBS, unit="per user"),
     C(1180, 1180, "year", "03 Software maintenance, year 1 - added seats           +1,180.00", HPD, COG, DBS)],
    [N(3, "exact", "licenses", None, "client, one-time (3 seats)", HPD, COG),
     N(118000, "approximately", "images", None, "approx. 118,000 booking photographs", HPD, COG),
     N(2, "exact", "licenses", None, "add 2 seats", HPD, COG),
     N(5, "exact", "licenses", None, "total seats now 5", HPD, COG)],
    [P("The system may be used only to identify suspects, victims, witnesses, missing persons and the "
       "deceased in HPD investigations", HPD, "purpose"),
     P("Results are investigative leads, not probable cause.", HPD, "disclaimer")],
    [],
    ["2024-09-23", "2024-10-31", "2024-09-17", "2024-10", "2025-09", "2024-11-12"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Missouri: Cape Girardeau PD (CSV exports)
CGPD = "Cape Girardeau Police Department"
DWP = "DataWorks Plus"
FP = "FACE Plus"
MONTHS = [(19, 11, 4, 1, ""), (22, 12, 5, 2, ""), (25, 14, 4, 1, "2 re-runs of Feb probes"),
          (27, 15, 6, 2, ""), (21, 12, 3, 0, ""), (24, 13, 5, 1, ""), (30, 17, 7, 3, "incl. 4 for 23-11872"),
          (26, 14, 4, 1, ""), (23, 13, 4, 2, ""), (28, 16, 5, 2, ""), (20, 11, 2, 1, "MSHP probe x1"),
          (22, 14, 2, 1, "")]
assert sum(m[0] for m in MONTHS) == 287 and sum(m[1] for m in MONTHS) == 162
assert sum(m[2] for m in MONTHS) == 51 and sum(m[3] for m in MONTHS) == 17
ROWS = ['"Row","Month","Searches","Cand_Lists","Leads","Arrests","Notes"']
for i, (s, c, le, a, note) in enumerate(MONTHS, 1):
    ROWS.append(f'"{i}","2023-{i:02d}","{s}","{c}","{le}","{a}","{note}"')
ROWS.append('"13","TOTAL 2023","287","162","51","17",""')
SUMMARY = "\n".join(ROWS)
OUTSIDE = [("Cape Girardeau County Sheriff's Office", 14, ""),
           ("Jackson Police Department", 9, "1 declined - no case number"),
           ("Southeast Missouri State University Police Dept", 6, ""),
           ("Scott City Police Department", 3, ""),
           ("Missouri State Highway Patrol, Troop E", 2, "referred back to MSHP")]
OUT_ROWS = ['"Row","Requesting_Agency","Requests","Notes"']
for i, (a, n, note) in enumerate(OUTSIDE, 1):
    OUT_ROWS.append(f'"{i}","{a}","{n}","{note}"')
OUT_ROWS.append('"6","TOTAL","34",""')
assert sum(o[1] for o in OUTSIDE) == 34
USERS = [("cgpd0142", "CID", "Examiner", "2022-03-14", "Active"),
         ("cgpd0157", "CID", "Examiner", "2022-03-14", "Active"),
         ("cgpd0203", "CID", "Searcher", "2022-03-15", "Active"),
         ("cgpd0219", "CID", "Searcher", "2022-06-02", "Disabled"),
         ("cgpd0231", "Crime Analysis", "Examiner", "2022-06-02", "Active"),
         ("cgpd0288", "Street Crimes", "Searcher", "2023-03-21", "Active"),
         ("cgpd0301", "Street Crimes", "Searcher", "2023-03-21", "Active"),
         ("cgpd0315", "CID", "Searcher", "2023-03-22", "Active"),
         ("cgpd0347", "SRO Unit", "Searcher", "2023-03-22", "Active"),
         ("cgpd0366", "CID", "Searcher", "2023-09-07", "Active"),
         ("cgpd0410", "Patrol", "Searcher", "2023-09-07", "Disabled")]
assert sum(u[4] == "Active" for u in USERS) == 9
USER_ROWS = ['"Row","User_ID","Unit","Role","Trained","Status"']
for i, u in enumerate(USERS, 1):
    USER_ROWS.append(f'"{i}","' + '","'.join(u) + '"')
USER_ROWS.append('"12","","","","Active accounts","9"')
STAMP3 = "CGPD Sunshine Req. 2024-061 - Page {}"
doc("03_cape-girardeau-pd-face-plus-csv-exports.txt", [
    ("FR_Search_Summary_2023.csv", SUMMARY, STAMP3.format(1)),
    ("FR_Outside_Agency_Requests_2023.csv", "\n".join(OUT_ROWS), STAMP3.format(2)),
    ("GL_Detail_Acct_2110-54320.csv", """\
Posted,Vendor,Inv_No,Description,Amount
2023-01-18,"DataWorks Plus","D-23117","FACE Plus annual 2023",16480.00
2023-03-02,"DataWorks Plus","D-23241","FACE Plus add'l users (4)",2360.00
2023-05-11,"Flock Group Inc","F-88120","ALPR cameras yr 2 (6)",15000.00
2023-08-29,"DataWorks Plus","D-23790","FACE Plus examiner training",1900.00
2023-11-30,"Dell Marketing LP","9100442","Precision 3660 - CID",1487.32
2024-01-16,"DataWorks Plus","D-24051","FACE Plus annual 2024",17310.00
,,,"TOTAL",54537.32""", STAMP3.format(3)),
    ("FACE_Plus_Accounts_2024-02-01.csv", "\n".join(USER_ROWS), STAMP3.format(4)),
], "pdf", CGPD,
    [CGPD, "Cape Girardeau County Sheriff's Office", "Jackson Police Department",
     "Southeast Missouri State University Police Department", "Scott City Police Department",
     "Missouri State Highway Patrol"],
    [DWP, "Flock Safety", "Dell"],
    [FP, "Dell Precision 3660"],
    [C(16480, 16480, "year", '"FACE Plus annual 2023",16480.00', CGPD, DWP, FP),
     C(2360, 2360, None, '"FACE Plus add\'l users (4)",2360.00', CGPD, DWP, FP),
     C(1900, 1900, None, '"FACE Plus examiner training",1900.00', CGPD, DWP, FP),
     C(17310, 17310, "year", '"FACE Plus annual 2024",17310.00', CGPD, DWP, FP)],
    [N(s, "exact", "searches", "month", f'"{i}","2023-{i:02d}","{s}"', CGPD, DWP)
     for i, (s, _c, _l, _a, _n) in enumerate(MONTHS, 1)]
    + [N(287, "exact", "searches", "year", '"13","TOTAL 2023","287"', CGPD, DWP),
       N(162, "exact", "matches", "year", '"13","TOTAL 2023","287","162"', CGPD, DWP),
       N(51, "exact", "leads", "year", '"13","TOTAL 2023","287","162","51"', CGPD, DWP),
       N(17, "exact", "arrests", "year", '"13","TOTAL 2023","287","162","51","17"', CGPD, DWP)]
    + [N(n, "exact", "requests", "year", f'"{i}","{a}","{n}"',
         a.replace(" Dept", " Department").replace(", Troop E", ""), None)
       for i, (a, n, _note) in enumerate(OUTSIDE, 1)]
    + [N(34, "exact", "requests", "year", '"6","TOTAL","34"', CGPD, None),
       N(4, "exact", "licenses", None, "FACE Plus add'l users (4)", CGPD, DWP),
       N(9, "exact", "users", None, '"Active accounts","9"', CGPD, DWP)],
    [],
    [],
    [f"2023-{i:02d}" for i in range(1, 13)]
    + ["2023", "2024", "2023-01-18", "2023-03-02", "2023-05-11", "2023-08-29", "2023-11-30", "2024-01-16",
       "2024-02-01", "2022-03-14", "2022-03-15", "2022-06-02", "2023-03-21", "2023-03-22", "2023-09-07"])


# ---------------------------------------------------------------- 4 Wisconsin: Oshkosh PD (council minutes)
OPD = "Oshkosh Police Department"
VER = "Veritone"
IDN = "IDentify"
FOOT4 = "Proceedings of the Common Council - June 11, 2024 - Page {} of 2"
doc("04_oshkosh-pd-veritone-council-minutes.txt", [
    (None, """\
                   PROCEEDINGS OF THE COMMON COUNCIL
                      CITY OF OSHKOSH, WISCONSIN
                             JUNE 11, 2024

REGULAR MEETING held Tuesday, June 11, 2024, at 6:00 p.m. in the
Council Chambers, City Hall, 215 Church Avenue.

Mayor Lorna Haskell presided.

PRESENT: Council Members Devin Pruitt, Amara Lindqvist, Todd
Brenneman, Yesenia Ocampo, Gregory Faust, Shanice Holloway and Mayor
Haskell

ALSO PRESENT: Phillip Nygaard, City Manager; Janelle Ortiz, City
Attorney; Diane Kowalczyk, City Clerk; Matthew Sorensen, Chief of
Police; Renata Vukovich, Finance Director

Council Member Faust read the Invocation. The Pledge of Allegiance
was led by Council Member Ocampo.

CITIZEN STATEMENTS TO COUNCIL

Elliot Marsh, 1417 Waugoo Avenue, spoke in opposition to Resolution
24-291. He stated that face recognition software had misidentified
people in other cities and asked that any approval require a yearly
public report.

Naomi Fiedler, 822 Jackson Street, spoke in support of Resolution
24-291.

CONSENT AGENDA

Resolution 24-288  Approve Purchase of Eight (8) Axon Body 4 Cameras
                   and Docks for the Police Department ($14,216.00)

Resolution 24-289  Approve 2024 Sidewalk Replacement Program,
                   Contract 24-07 ($612,400.00)

MOTION:  ADOPT CONSENT AGENDA (Faust; second, Ocampo)
CARRIED: Ayes (7) Pruitt, Lindqvist, Brenneman, Ocampo, Faust,
         Holloway, Mayor Haskell""", FOOT4.format(1)),
    (None, """\
ACTION ITEMS
Resolution 24-291  Approve Three-Year Subscription Agreement with
                   Veritone, Inc. for IDentify Facial Recognition
                   Software; Not to Exceed $79,650

MOTION:  ADOPT (Pruitt; second, Brenneman)

Chief Sorensen explained that IDentify would compare still images of
unknown suspects against about 184,000 booking photos held by the
Winnebago County Jail. The subscription is $25,550 per year for up to
10 users, and the not-to-exceed amount includes a one-time setup fee
of $3,000. Detectives now send photos to the Wisconsin Statewide
Intelligence Center, which ran 41 searches for the department in 2023.

In answer to Council Member Lindqvist, Chief Sorensen stated that a
possible match is an investigative lead only and is never by itself
probable cause to arrest. A draft of Policy 345 would limit searches
to felony and missing-person investigations; it will be finalized
before the system goes live. The City's records retention schedule
requires probe images to be purged after 90 days unless they are
attached to a case file.

Council Member Brenneman asked what other departments pay. Chief
Sorensen stated that the Fond du Lac Police Department pays about
$18,000 a year for a similar service from a different vendor. Council
Member Ocampo noted that there is no state law prohibiting local
police from using facial recognition. Finance Director Vukovich
stated that 2024 costs are in account 0100-0410-6416; 2025 and 2026
are subject to budget approval.

MOTION:  AMEND to add: "The Police Department shall provide the
         Council an annual report listing the number of searches, the
         offenses investigated, and any complaints received."
         (Lindqvist; second, Holloway)
CARRIED: Ayes (5) Pruitt, Lindqvist, Ocampo, Holloway, Mayor Haskell
         Noes (2) Brenneman, Faust

MOTION:  ADOPT AS AMENDED
CARRIED: Ayes (6) Pruitt, Lindqvist, Brenneman, Ocampo, Holloway,
         Mayor Haskell; Noes (1) Faust
There being no further business, the meeting adjourned at 7:42 p.m.
                                       DIANE KOWALCZYK, CITY CLERK""", FOOT4.format(2)),
], "pdf", OPD,
    ["City of Oshkosh", "Oshkosh Common Council", OPD, "Winnebago County Jail",
     "Wisconsin Statewide Intelligence Center", "Fond du Lac Police Department"],
    [VER, "Axon"],
    [IDN, "Axon Body 4"],
    [C(None, 79650, None, "Not to Exceed $79,650", OPD, VER, IDN),
     C(25550, 25550, "year", "The subscription is $25,550 per year", OPD, VER, IDN),
     C(3000, 3000, "one-time", "a one-time setup fee of $3,000", OPD, VER, IDN),
     C(18000, 18000, "year", "pays about $18,000 a year", "Fond du Lac Police Department", None)],
    [N(184000, "approximately", "images", None, "about 184,000 booking photos", OPD, VER),
     N(10, "up to", "licenses", None, "for up to 10 users", OPD, VER),
     N(41, "exact", "searches", "year", "ran 41 searches for the department in 2023",
       "Wisconsin Statewide Intelligence Center", None)],
    [P("a possible match is an investigative lead only and is never by itself probable cause to arrest.",
       OPD, "disclaimer"),
     P("The City's records retention schedule requires probe images to be purged after 90 days unless they "
       "are attached to a case file.", OPD, "requirement"),
     P("The Police Department shall provide the Council an annual report listing the number of searches, "
       "the offenses investigated, and any complaints received.", OPD, "requirement")],
    [],
    ["2024-06-11", "2023", "2024", "2025", "2026"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Louisiana: Ouachita Parish SO (MOU with fees)
OPSO = "Ouachita Parish Sheriff's Office"
MON = "Monroe Police Department"
WMON = "West Monroe Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
FOOT5 = "OPSO-IGA-2024-03                                          Page {} of 3"
doc("05_ouachita-parish-so-facesearch-interagency-agreement.txt", [
    (None, """\
                  INTERGOVERNMENTAL AGREEMENT
        FOR SHARED ACCESS TO FACIAL RECOGNITION SEARCH SERVICES

This Agreement is entered into under La. R.S. 33:1324 by and among the
OUACHITA PARISH SHERIFF'S OFFICE ("OPSO"), the CITY OF MONROE, acting
through the Monroe Police Department, and the CITY OF WEST MONROE,
acting through the West Monroe Police Department (each a "Participating
Agency").

WHEREAS, OPSO licenses Vigilant FaceSearch, a facial recognition
service of Motorola Solutions, Inc., and during a pilot from January
through May 2024 ran 266 searches for its own cases and 38 searches at
the request of the Monroe Police Department; and

WHEREAS, the parties wish to share one licence rather than each buy
its own, and to apportion its cost by the number of user accounts;

NOW, THEREFORE, the parties agree as follows:

ARTICLE I - PURPOSE
1.1 The purpose of this Agreement is to give Participating Agencies
    access to FaceSearch for the sole purpose of developing
    investigative leads in criminal and missing-person investigations.

ARTICLE II - DEFINITIONS
2.1 "Probe image" means an image of an unknown person submitted for a
    search.
2.2 "Candidate" means an image returned by FaceSearch as a possible
    match to a probe image.
2.3 "User account" means a named FaceSearch login issued to one
    person.

ARTICLE III - TERM
3.1 This Agreement begins July 1, 2024 and ends June 30, 2027. It may
    be renewed for one additional three-year term by written amendment
    signed by all parties.
3.2 Any party may withdraw on ninety (90) days' written notice. Fees
    already invoiced are not refunded.""", FOOT5.format(1)),
    (None, """\
ARTICLE IV - FEES
4.1 OPSO holds the enterprise licence under Motorola Solutions quote
    Q-5518204 at $42,000 per year for up to 40 user accounts.
4.2 Each Participating Agency shall reimburse OPSO an annual access
    fee of $1,150 per user account, invoiced each July 1 and payable
    within thirty (30) days.
4.3 Fee schedule, first year of the term:

    Participating Agency               User accounts     Annual fee
    ---------------------------------  -------------   ------------
    Monroe Police Department                 8            $9,200.00
    West Monroe Police Department            4            $4,600.00

4.4 OPSO's share of the licence cost ($28,200 in year one) is paid
    from the Sheriff's General Fund, account 100-2115-5310.
4.5 An agency more than sixty (60) days late in payment will have its
    user accounts suspended until the balance is paid.
4.6 A change in the number of user accounts takes effect on the next
    July 1 invoice. OPSO will not prorate fees for partial years.

ARTICLE V - SYSTEM AND DATA
5.1 FaceSearch compares probe images against the OPSO booking gallery
    (approximately 212,000 images from the Ouachita Correctional
    Center) and against Vigilant's shared law enforcement gallery of
    more than 20 million booking images contributed by other agencies.
5.2 Probe images and search logs remain the records of the agency
    that submitted them. Requests for those records under La. R.S.
    44:1 et seq. shall be referred to the submitting agency.
5.3 Live or real-time video searching is not licensed and is not part
    of this Agreement.""", FOOT5.format(2)),
    (None, """\
ARTICLE VI - CONDITIONS OF USE
6.1 Participating Agencies may use FaceSearch to identify suspects,
    victims, witnesses, missing persons and deceased persons in open
    cases.
6.2 No search shall be run to identify a person engaged in lawful
    protest, religious or political activity.
6.3 Each search shall record the agency case number and the offense
    under investigation.
6.4 A candidate is an investigative lead only and shall not be used
    as the sole basis for an arrest, a search warrant or a
    photographic lineup.
6.5 Each user must complete the Vigilant FaceSearch user course and
    the OPSO policy briefing before an account is issued.

ARTICLE VII - AUDIT AND MISUSE
7.1 OPSO shall audit ten percent (10%) of each agency's searches each
    calendar quarter and report the results to each agency head.
7.2 A user found to have run a search for a non-law-enforcement
    purpose shall lose access immediately and shall be referred to
    his or her agency for discipline.

ARTICLE VIII - GENERAL
8.1 Each party is responsible for the acts of its own employees.
8.2 This Agreement is the entire agreement of the parties.

OUACHITA PARISH SHERIFF'S OFFICE     CITY OF MONROE
By: ____________________________     By: ____________________________
    Sheriff Curtis L. Beauchamp          Mayor Andrea F. Delacroix
    Date: 06/18/2024                     Date: 06/20/2024

CITY OF WEST MONROE                  Approved as to form:
By: ____________________________     ________________________________
    Mayor Raymond T. Guidry              Parish Attorney
    Date: 06/24/2024                     Date: 06/17/2024""", FOOT5.format(3)),
], "pdf", OPSO,
    [OPSO, "City of Monroe", MON, "City of West Monroe", WMON, "Ouachita Correctional Center"],
    [MSI, "Vigilant Solutions"],
    [VFS],
    [C(42000, 42000, "year", "at $42,000 per year for up to 40 user accounts", OPSO, MSI, VFS),
     C(1150, 1150, "year", "an annual access fee of $1,150 per user account", None, MSI, VFS, unit="per user"),
     C(9200, 9200, "year", "Monroe Police Department                 8            $9,200.00", MON, MSI, VFS),
     C(4600, 4600, "year", "West Monroe Police Department            4            $4,600.00", WMON, MSI, VFS),
     C(28200, 28200, "year", "OPSO's share of the licence cost ($28,200 in year one)", OPSO, MSI, VFS)],
    [N(266, "exact", "searches", None, "ran 266 searches for its own cases", OPSO, MSI),
     N(38, "exact", "requests", None, "38 searches at the request of the Monroe Police Department", OPSO, MSI),
     N(40, "up to", "licenses", None, "for up to 40 user accounts", OPSO, MSI),
     N(8, "exact", "licenses", None, "Monroe Police Department                 8", MON, MSI),
     N(4, "exact", "licenses", None, "West Monroe Police Department            4", WMON, MSI),
     N(212000, "approximately", "images", None, "approximately 212,000 images", OPSO, MSI),
     N(20000000, "more than", "images", None, "more than 20 million booking images", None, MSI)],
    [P("The purpose of this Agreement is to give Participating Agencies access to FaceSearch for the sole "
       "purpose of developing investigative leads in criminal and missing-person investigations.",
       OPSO, "purpose"),
     P("Participating Agencies may use FaceSearch to identify suspects, victims, witnesses, missing persons "
       "and deceased persons in open cases.", OPSO, "permission"),
     P("No search shall be run to identify a person engaged in lawful protest, religious or political "
       "activity.", OPSO, "prohibition"),
     P("Each search shall record the agency case number and the offense under investigation.", OPSO,
       "requirement"),
     P("A candidate is an investigative lead only and shall not be used as the sole basis for an arrest, a "
       "search warrant or a photographic lineup.", OPSO, "disclaimer"),
     P("Each user must complete the Vigilant FaceSearch user course and the OPSO policy briefing before an "
       "account is issued.", OPSO, "requirement"),
     P("OPSO shall audit ten percent (10%) of each agency's searches each calendar quarter and report the "
       "results to each agency head.", OPSO, "requirement"),
     P("A user found to have run a search for a non-law-enforcement purpose shall lose access immediately "
       "and shall be referred to his or her agency for discipline.", OPSO, "consequence")],
    [],
    ["2024-01", "2024-05", "2024-07-01", "2027-06-30", "2024-06-18", "2024-06-20", "2024-06-24",
     "2024-06-17"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Arizona: Yuma PD (grant narrative)
YPD = "Yuma Police Department"
CV = "Clearview AI"
CVS = "Clearview Search"
FOOT6 = "YPD - FFY 2024 SHSGP Application - Project 4 of 6           Page {}"
doc("06_yuma-pd-clearview-shsgp-grant-narrative.txt", [
    (None, """\
ARIZONA DEPARTMENT OF HOMELAND SECURITY
FFY 2024 State Homeland Security Grant Program (Assistance Listing
97.067) - Sub-recipient Application: Project Narrative

Applicant:        City of Yuma - Yuma Police Department
Project title:    Investigative Facial Recognition for the Yuma
                  Criminal Investigations Bureau
Project contact:  Sgt. Adriana Villasenor-Cota, (928) 555-0168
Performance:      October 1, 2024 - September 30, 2026 (24 months)
Total request:    $53,400

1. PROBLEM STATEMENT

Yuma (about 98,000 residents) sits on the international border and
the I-8 corridor. YPD has no facial recognition capability of its own.
In 2023 YPD detectives submitted 112 requests to the Arizona Counter
Terrorism Information Center (ACTIC) for facial comparison. ACTIC
returned a possible candidate in 29 of them, with an average turnaround
of 11 days, by which time many suspects had left the area.

During a free 60-day trial in the fall of 2023, 9 detectives ran 214
searches, and the department confirmed the identity of suspects in
several open burglary and robbery cases. The trial has ended.

2. PROJECT DESCRIPTION

YPD will subscribe to Clearview AI, a web-based investigative search
tool. Clearview AI reports a database of more than 40 billion publicly
available images. Licences will be issued to Criminal Investigations
Bureau detectives and to the crime analysts. The project will
not purchase cameras, and no live video will be searched.""", FOOT6.format(1)),
    (None, """\
3. BUDGET DETAIL

Line  Category      Item                                         Amount
----  ------------  -------------------------------------  ------------
1     Contractual   Clearview Search subscription, 24           $51,000
                    months (15 user licences at $1,700
                    per user per year; $25,500 per year)
2     Training      Clearview investigator certification         $2,400
                    course (4 students)
                                                   TOTAL        $53,400

No local match is required. Not requested in this application: the
department's Flock Safety ALPR contract ($27,500 per year), which is
paid from RICO funds.

4. SUSTAINABILITY

After the performance period, YPD will budget approximately $26,000
per year from the City general fund to continue the subscription. The
City Council approved this commitment on May 15, 2024 (Resolution
R2024-031).

5. PERFORMANCE MEASURES

Measure                                   Baseline (2023)  Target
----------------------------------------  ---------------  ----------
Turnaround from probe to candidate        11 days          same day
Requests sent to outside agencies         112              none needed
Audited searches with a case number       n/a              all""", FOOT6.format(2)),
    (None, """\
6. PRIVACY, CIVIL RIGHTS AND CIVIL LIBERTIES

YPD General Order 5.41 (Facial Recognition), adopted March 4, 2024,
governs this project. Its key provisions are:

  a. Facial recognition searches are limited to investigations of
     criminal offenses, missing persons and unidentified deceased
     persons.
  b. A candidate returned by Clearview AI is an investigative lead
     only and must be independently corroborated before any
     enforcement action.
  c. Only detectives and analysts who have completed the vendor
     course and the department's legal update may hold a licence.
  d. Searches of images of persons engaged in lawful First Amendment
     activity are prohibited.
  e. Misuse of the system will result in loss of access and an
     internal affairs investigation.

The department also proposes to add a quarterly audit by the
Professional Standards Unit once the subscription begins; that audit
is not yet part of General Order 5.41.

7. CERTIFICATION

I certify that the information in this application is true and that
the project complies with 2 C.F.R. Part 200.

_______________________________          Date: 06/07/2024
Chief of Police, Yuma Police Department""", FOOT6.format(3)),
], "pdf", YPD,
    [YPD, "City of Yuma", "Arizona Department of Homeland Security",
     "Arizona Counter Terrorism Information Center", "Yuma City Council"],
    [CV, "Flock Safety"],
    [CVS],
    [C(53400, 53400, "one-time", "Total request:    $53,400", YPD, CV, CVS),
     C(51000, 51000, None, "Clearview Search subscription, 24           $51,000", YPD, CV, CVS),
     C(1700, 1700, "year", "15 user licences at $1,700 per user per year", YPD, CV, CVS, unit="per user"),
     C(25500, 25500, "year", "$25,500 per year", YPD, CV, CVS),
     C(2400, 2400, None, "Clearview investigator certification         $2,400", YPD, CV, CVS),
     C(26000, 26000, "year", "budget approximately $26,000 per year", YPD, CV, CVS)],
    [N(112, "exact", "requests", "year", "In 2023 YPD detectives submitted 112 requests", YPD, None),
     N(29, "exact", "matches", "year", "returned a possible candidate in 29 of them",
       "Arizona Counter Terrorism Information Center", None),
     N(9, "exact", "users", None, "9 detectives ran 214 searches", YPD, CV),
     N(214, "exact", "searches", None, "9 detectives ran 214 searches", YPD, CV),
     N(40000000000, "more than", "images", None, "more than 40 billion publicly available images", None, CV),
     N(15, "exact", "licenses", None, "15 user licences", YPD, CV)],
    [P("Facial recognition searches are limited to investigations of criminal offenses, missing persons and "
       "unidentified deceased persons.", YPD, "purpose"),
     P("A candidate returned by Clearview AI is an investigative lead only and must be independently "
       "corroborated before any enforcement action.", YPD, "disclaimer"),
     P("Only detectives and analysts who have completed the vendor course and the department's legal update "
       "may hold a licence.", YPD, "requirement"),
     P("Searches of images of persons engaged in lawful First Amendment activity are prohibited.", YPD,
       "prohibition"),
     P("Misuse of the system will result in loss of access and an internal affairs investigation.", YPD,
       "consequence")],
    [],
    ["2024", "2024-10-01", "2026-09-30", "2023", "2024-05-15", "2024-03-04", "2024-06-07"],
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
