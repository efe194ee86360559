"""Writes docs/*.txt and labels.json for holdout24 (invented releases). Labels are written from intent,
before anything is rendered. Helpers C, N, P, E and doc follow holdout19's build.py."""
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_LINE = 96


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


# ---------------------------------------------------------------- 1 Racine County (WI): board minutes
RCSO = "Racine County Sheriff's Office"
doc("01_racine-county-board-minutes-idemia-fr.txt", [
    ("RACINE COUNTY BOARD OF SUPERVISORS - PROCEEDINGS", """\
REGULAR MEETING, TUESDAY, MARCH 11, 2025, 6:00 P.M.
County Board Room, Racine County Courthouse, Racine, Wisconsin

Excerpt released under Wis. Stat. 19.35 in response to public records request PRR 25-0219.
Only Items 9 through 11 are responsive; the remainder of the proceedings is not included.

ROLL CALL: 19 Supervisors present; Supervisors Dahlke and Ferreira excused.

ITEM 9. RESOLUTION 2024-148 - SHERIFF'S OFFICE BODY-WORN CAMERA REPLACEMENT
Undersheriff Paul Greeley reported that the Office's 180 body-worn cameras reach end of life
in June. The five-year Axon Enterprise agreement totals $1.28 million, including cloud evidence
storage and TASER 10 devices. Supervisor Reyes moved adoption; seconded by Supervisor Ndiaye.
Motion carried on a voice vote.

ITEM 10. RESOLUTION 2024-151 - AGREEMENT WITH IDEMIA FOR FACE RECOGNITION SOFTWARE
Chief Deputy Lorna Vang presented the request to replace the Office's unsupported face
recognition application with Idemia MorphoFace Investigate. Purchasing received three
responses to RFP 24-118. The NEC Corporation of America proposal ($247,900) ranked second.
The DataWorks Plus proposal ($198,000) was found non-responsive because it did not meet the
minimum accuracy requirement. Neither was selected.

The three-year agreement with Idemia Identity & Security USA LLC totals $152,200.
It consists of a one-time implementation and data-migration fee of $24,500;
annual software maintenance of $38,400 in year one; and
annual maintenance of $44,650 in each of years two and three.
Licensing covers 12 named investigator seats. The gallery will hold the Sheriff's booking
photo archive of approximately 265,000 images; driver's license photos are not enrolled.
Chief Deputy Vang reported that in 2024 the Office ran about 640 searches on the old system,
which produced 57 investigative leads. The Office does not track how many leads led to arrests.

Supervisor Halvorsen asked whether live video would be searched. Chief Deputy Vang replied
that the software compares still images only and that the Office has no plan for live use.

Supervisor Halvorsen moved to amend the resolution by adding: "The Sheriff's Office shall not
search images captured by any public or private video surveillance camera." Seconded by
Supervisor Ndiaye. Amendment failed, 6 ayes, 13 noes.

Supervisor Beltran moved to amend the resolution by adding an annual reporting requirement.
Seconded by Supervisor Kowalczyk. Amendment carried, 14 ayes, 5 noes.
""", "RC-PRR25-0219 000041"),
    ("RACINE COUNTY BOARD OF SUPERVISORS - PROCEEDINGS", """\
ITEM 10 (continued)

Supervisor Ostrowski moved, seconded by Supervisor Reyes, to adopt Resolution 2024-151 as
amended, which reads in relevant part:

BE IT RESOLVED by the Racine County Board of Supervisors that the Sheriff is authorized to
execute an agreement with Idemia Identity & Security USA LLC for face recognition software
in an amount not to exceed $152,200 for the period April 1, 2025 through March 31, 2028; and

BE IT FURTHER RESOLVED that use of the software is subject to the following conditions:
  a. Face recognition results shall be used only as investigative leads.
  b. No arrest shall be made solely on the basis of a face recognition result.
  c. Only staff who have completed the vendor's certification course may run searches.
  d. The Sheriff's Office shall report to the Board each year the number of searches, leads
     and arrests; and

BE IT FURTHER RESOLVED that funds are available in the Sheriff's 2025 technology budget,
Org 11230, Object 52240.

Roll call vote: 16 ayes, 3 noes (Supervisors Halvorsen, Ndiaye, Tomczak). Resolution adopted.

ITEM 11. RESOLUTION 2024-152 - ACCEPT STATE GRANT FOR LICENSE PLATE READERS
Resolution accepting $45K from the Wisconsin Department of Justice for four mobile automated
license plate readers. Supervisor Kowalczyk moved adoption; seconded by Supervisor Reyes.
Motion carried on a voice vote.

[End of responsive excerpt.]
""", "RC-PRR25-0219 000042"),
], "pdf", RCSO,
    [RCSO, "Racine County Board of Supervisors", "Wisconsin Department of Justice"],
    ["Idemia", "Axon Enterprise", "NEC", "DataWorks Plus"],
    ["MorphoFace Investigate", "TASER 10"],
    [C(152200, 152200, None, "three-year agreement with Idemia Identity & Security USA LLC totals $152,200",
       RCSO, "Idemia", "MorphoFace Investigate"),
     C(24500, 24500, "one-time", "a one-time implementation and data-migration fee of $24,500", RCSO, "Idemia",
       "MorphoFace Investigate"),
     C(38400, 38400, "year", "annual software maintenance of $38,400 in year one", RCSO, "Idemia",
       "MorphoFace Investigate"),
     C(44650, 44650, "year", "annual maintenance of $44,650 in each of years two and three", RCSO, "Idemia",
       "MorphoFace Investigate")],
    [N(12, "exact", "licenses", None, "12 named investigator seats", RCSO, "Idemia"),
     N(265000, "approximately", "images", None, "approximately 265,000 images", RCSO, "Idemia"),
     N(640, "approximately", "searches", "year", "about 640 searches", RCSO),
     N(57, "exact", "leads", "year", "57 investigative leads", RCSO)],
    [P("Face recognition results shall be used only as investigative leads.", RCSO),
     P("No arrest shall be made solely on the basis of a face recognition result.", RCSO),
     P("Only staff who have completed the vendor's certification course may run searches.", RCSO),
     P("The Sheriff's Office shall report to the Board each year the number of searches, leads", RCSO)],
    [], ["2025-03-11", "2024", "2025-04-01", "2028-03-31", "2025"], scan="photocopy")

# ---------------------------------------------------------------- 2 San Antonio PD (TX): sole source
SAPD = "San Antonio Police Department"
L2_ROW = "   Clearview AI user license, 12 months        25     $1,485.00        $37,125.00"
L2_TERM = "   Total for the 24-month term:                                        $74,250.00"
L2_NTE = "   Requested not-to-exceed amount (incl. contingency for license changes):  $75,000.00"
doc("02_san-antonio-pd-clearview-sole-source-justification.txt", [
    ("CITY OF SAN ANTONIO - FINANCE DEPARTMENT, PURCHASING DIVISION", f"""\
SOLE SOURCE JUSTIFICATION                                     Form FIN-PUR-112 (Rev. 06/2022)

Requisition No.: 0000418826                         Date submitted: 01/14/2025
Requesting department: San Antonio Police Department - Investigations Division
Department contact: Lt. Ramon Echeverria, (210) 555-0143
Proposed vendor: Clearview AI, Inc., New York, NY
Commodity / service: Clearview AI investigative face search platform - user licenses
Exemption cited: Texas Local Government Code Sec. 252.022(a)(7)(A), items available from
only one source

1. DESCRIPTION OF REQUIREMENT
The Investigations Division requests a 24-month subscription to the Clearview AI
investigative platform, including Clearview Mobile, for 25 named users.

   Item                                        Qty     Unit price    Extended per year
{L2_ROW}
   Clearview Mobile                            25       included             $0.00
   Administrator training (2 virtual sessions)  1       included             $0.00

   Annual subscription total:                                          $37,125.00
{L2_TERM}
{L2_NTE}

Because the total exceeds the City Manager's $50,000 award authority, this item will be
placed on a City Council agenda after Purchasing review.

2. WHY ONLY THIS SOURCE CAN MEET THE REQUIREMENT
Clearview AI is the only vendor whose system searches publicly available web images.
Its index holds more than 50 billion facial images; other systems search booking photos only.
No reseller is authorized to sell Clearview licenses in Texas at a lower price (vendor letter
dated 12/02/2024, attached as Exhibit B).
""", "COSA-ORR 000211"),
    ("CITY OF SAN ANTONIO - FINANCE DEPARTMENT, PURCHASING DIVISION", """\
3. MARKET RESEARCH / ALTERNATIVES CONSIDERED
a. Vigilant FaceSearch (Motorola Solutions) quoted $21,500 per year for 10 users. Rejected:
   its gallery is limited to booking photos contributed by participating agencies.
b. Amazon Rekognition would require the City to build and host its own gallery. ITSD
   estimated development at approximately $120,000 plus hosting. Not pursued.
c. Texas Department of Public Safety driver license photo comparison is available only by
   written request to DPS and cannot be searched directly by investigators.

4. TRIAL RESULTS
During a no-cost 90-day trial (October 1 through December 29, 2024), 11 investigators ran
642 searches. Investigators reported 19 identifications of suspects, victims or witnesses.

5. CONDITIONS OF USE
Use will be governed by SAPD Procedure 412 (Facial Recognition), adopted 11/18/2024.
Procedure 412 requires supervisory approval before each search.
It prohibits searches to identify persons at lawful protests or for immigration enforcement.
A Clearview result is an investigative lead only and may not be the sole basis for an arrest.
Licenses are assigned to named users and may not be shared.

6. FUNDING
FY 2025 funds are available: Fund 11001, Cost Center 1708040001, GL 5205040 (Software).
Year-two funding is subject to City Council appropriation in the FY 2026 budget.
This request does not include renewal of Thomson Reuters CLEAR ($18,960 annually), which is
processed on a separate requisition. The City is tax exempt; no sales tax applies.

Requested by: Lt. Ramon Echeverria ..................... 01/14/2025
Approved: Capt. Delia Montemayor, Investigations ........ 01/15/2025
Purchasing review: J. Whitfield, Senior Buyer ........... 01/21/2025   [X] Approved   [ ] Denied

This form may contain information excepted from disclosure under Tex. Gov't Code 552.108.
""", "COSA-ORR 000212"),
], "pdf", SAPD,
    [SAPD, "City of San Antonio Finance Department", "San Antonio City Council", "Texas Department of Public Safety"],
    ["Clearview AI", "Motorola Solutions", "Amazon Web Services", "Thomson Reuters"],
    ["Clearview Mobile", "Vigilant FaceSearch", "Amazon Rekognition", "CLEAR"],
    [C(37125, 37125, "year", L2_ROW.strip(), SAPD, "Clearview AI"),
     C(1485, 1485, "year", L2_ROW.strip(), SAPD, "Clearview AI", unit="per user"),
     C(74250, 74250, None, L2_TERM.strip(), SAPD, "Clearview AI"),
     C(None, 75000, None, L2_NTE.strip(), SAPD, "Clearview AI")],
    [N(25, "exact", "users", None, "for 25 named users", SAPD, "Clearview AI"),
     N(50000000000, "more than", "images", None, "more than 50 billion facial images", None, "Clearview AI"),
     N(11, "exact", "users", None, "11 investigators ran", SAPD, "Clearview AI"),
     N(642, "exact", "searches", None, "642 searches", SAPD, "Clearview AI"),
     N(19, "exact", "identifications", None, "19 identifications of suspects, victims or witnesses", SAPD,
       "Clearview AI")],
    [P("Procedure 412 requires supervisory approval before each search.", SAPD),
     P("It prohibits searches to identify persons at lawful protests or for immigration enforcement.", SAPD),
     P("A Clearview result is an investigative lead only and may not be the sole basis for an arrest.", SAPD),
     P("Licenses are assigned to named users and may not be shared.", SAPD)],
    [], ["2022-06", "2025-01-14", "2024-12-02", "2024-10-01", "2024-12-29", "2024-11-18", "2025", "2026",
         "2025-01-15", "2025-01-21"], scan="print")

# ---------------------------------------------------------------- 3 Palm Beach County SO (FL): AP report
PBSO = "Palm Beach County Sheriff's Office"
DESC_AT = 41


def ap(date, inv, po, desc, fund, amt):
    assert len(desc) <= 34, desc
    return f"{date:<10}   {inv:<12}   {po:<10}   {desc:<34}   {fund:>4}   {amt:>10}"


def apv(label, amt):
    return f"{'':<{DESC_AT}}{label:<34}   {'':>4}   {amt:>10}"


def tail(row):
    return row[DESC_AT:]


AP_HEAD = ap("Pay Date", "Invoice No.", "PO No.", "Description", "Fund", "Amount")
AP_RULE = ap("-" * 10, "-" * 12, "-" * 10, "-" * 34, "-" * 4, "-" * 10)
R_CV = ap("10/26/2023", "NP44719", "PO24-00381", "CLEARVIEW LIC 12MO 15 @ 1,995.00", "146", "29,925.00")
R_ID = ap("12/07/2023", "90031877", "PO24-00455", "FACE COMPARISON COURSE 4 @ 725.00", "146", "2,900.00")
R_FS = ap("10/12/2023", "7200118835", "PO24-00097", "VIGILANT FACESEARCH SUBSCR FY24", "001", "9,750.00")
R_VP = ap("11/02/2023", "VRT2310-4471", "PO24-00230", "IDENTIFY 10/17-10/31/23 PRORATED", "146", "556.45")
R_VN = ap("12/01/2023", "VRT2311-4520", "PO24-00230", "IDENTIFY SUBSCR NOV 2023", "146", "1,150.00")
R_VT = apv("Vendor total", "8,606.45")
ap_p1 = "\n".join([
    "ACCOUNTS PAYABLE - VENDOR PAYMENT DETAIL                        Report AP-VPD-220",
    "Run 08/05/2024 14:22   User KMOREAU   Org 4300 Technical Services   Vendor class TECH",
    "Invoice dates 10/01/2023 - 06/30/2024   Fund 001 General Fund; Fund 146 LETF",
    "",
    AP_HEAD, AP_RULE,
    "Vendor 100233   AXON ENTERPRISE INC",
    ap("11/09/2023", "INUS214870", "PO24-00112", "BWC OSP7 PLAN YR 3 (640 CAMERAS)", "001", "412,380.00"),
    ap("02/15/2024", "INUS221005", "PO24-00112", "TASER 7 CARTRIDGES", "001", "18,216.40"),
    apv("Vendor total", "430,596.40"),
    "",
    "Vendor 104482   CDW GOVERNMENT LLC",
    R_CV,
    ap("10/26/2023", "NP44720", "PO24-00381", "DELL LATITUDE 5440 6 @ 1,369.00", "001", "8,214.00"),
    ap("01/18/2024", "NQ10233", "PO24-00381", "CR MEMO CLEARVIEW LIC RETURNED", "146", "(1,995.00)"),
    apv("Vendor total", "36,144.00"),
    "",
    "Vendor 109870   IDEMIA IDENTITY & SECURITY USA LLC",
    R_ID,
    apv("Vendor total", "2,900.00"),
    "",
    "Vendor 118830   MOTOROLA SOLUTIONS INC",
    ap("10/12/2023", "7200118834", "PO24-00097", "VIGILANT LPR HOSTING FY24", "001", "54,600.00"),
    R_FS,
    apv("Vendor total", "64,350.00"),
    "",
    "Vendor 121907   VERITONE INC",
    R_VP,
    R_VN,
    ap("01/03/2024", "VRT2312-4602", "PO24-00230", "IDENTIFY SUBSCR DEC 2023", "146", "1,150.00"),
])
ap_p2 = "\n".join([
    AP_HEAD, AP_RULE,
    "Vendor 121907   VERITONE INC   (continued)",
    ap("02/01/2024", "VRT2401-4688", "PO24-00230", "IDENTIFY SUBSCR JAN 2024", "146", "1,150.00"),
    ap("03/01/2024", "VRT2402-4751", "PO24-00230", "IDENTIFY SUBSCR FEB 2024", "146", "1,150.00"),
    ap("04/02/2024", "VRT2403-4830", "PO24-00230", "IDENTIFY SUBSCR MAR 2024", "146", "1,150.00"),
    ap("05/01/2024", "VRT2404-4902", "PO24-00230", "IDENTIFY SUBSCR APR 2024", "146", "1,150.00"),
    ap("06/03/2024", "VRT2405-4977", "PO24-00230", "IDENTIFY SUBSCR MAY 2024", "146", "1,150.00"),
    R_VT,
    "",
    "Vendor 130012   LEXISNEXIS RISK SOLUTIONS",
    ap("01/10/2024", "LN-0093318", "PO24-00051", "ACCURINT LE PLUS Q1 FY24", "001", "7,020.00"),
    ap("04/09/2024", "LN-0097120", "PO24-00051", "ACCURINT LE PLUS Q2 FY24", "001", "7,020.00"),
    apv("Vendor total", "14,040.00"),
    "",
    "Vendor 135540   GENETEC INC",
    ap("03/21/2024", "GEN-US-55810", "PO24-00602", "SECURITY CENTER SMA RENEWAL", "001", "6,480.00"),
    apv("Vendor total", "6,480.00"),
    "",
    apv("REPORT TOTAL (7 vendors, 19 pmts)", "563,116.85"),
    "",
    "*** END OF REPORT ***",
])
doc("03_palm-beach-county-so-ap-vendor-payment-detail.txt", [
    ("PALM BEACH COUNTY SHERIFF'S OFFICE - FINANCE DIVISION                    Page 1 of 2", ap_p1,
     "PBSO PRR 24-1187 / 0003"),
    ("PALM BEACH COUNTY SHERIFF'S OFFICE - FINANCE DIVISION                    Page 2 of 2", ap_p2,
     "PBSO PRR 24-1187 / 0004"),
], "print", PBSO,
    [PBSO],
    ["CDW Government", "Clearview AI", "Idemia", "Motorola Solutions", "Veritone", "Axon Enterprise",
     "LexisNexis Risk Solutions", "Genetec"],
    ["Clearview AI", "Vigilant FaceSearch", "IDentify", "TASER 7", "Accurint", "Security Center"],
    [C(29925, 29925, "year", tail(R_CV), PBSO, "CDW Government", "Clearview AI"),
     C(1995, 1995, "year", tail(R_CV), PBSO, "CDW Government", "Clearview AI", unit="per license"),
     C(2900, 2900, "one-time", tail(R_ID), PBSO, "Idemia"),
     C(725, 725, "one-time", tail(R_ID), PBSO, "Idemia", unit="per attendee"),
     C(9750, 9750, "year", tail(R_FS), PBSO, "Motorola Solutions", "Vigilant FaceSearch"),
     C(556.45, 556.45, None, tail(R_VP), PBSO, "Veritone", "IDentify"),
     C(1150, 1150, "month", tail(R_VN), PBSO, "Veritone", "IDentify"),
     C(8606.45, 8606.45, None, tail(R_VT).strip(), PBSO, "Veritone", "IDentify")],
    [N(15, "exact", "licenses", None, "CLEARVIEW LIC 12MO 15 @ 1,995.00", PBSO, "CDW Government")],
    [], [], ["2024-08-05", "2023-10-01", "2024-06-30", "2023-11-09", "2024-02-15", "2023-10-26", "2024-01-18",
             "2023-12-07", "2023-10-12", "2023-11-02", "2023-10-17", "2023-10-31", "2023-12-01", "2023-11",
             "2024-01-03", "2023-12", "2024-02-01", "2024-01", "2024-03-01", "2024-02", "2024-04-02", "2024-03",
             "2024-05-01", "2024-04", "2024-06-03", "2024-05", "2024-01-10", "2024-04-09", "2024-03-21"],
    scan="photocopy")

# ---------------------------------------------------------------- 4 Nassau County PD (NY): usage sheet
NCPD = "Nassau County Police Department"
DWP = "DataWorks Plus"


def mrow(m, s, pm, ld, ar, d):
    return f"{m:<8}   {s:>8}   {pm:>13}   {ld:>9}   {ar:>7}   {d:>8}"


M_HEAD = mrow("Month", "Searches", "Poss. Matches", "Leads Fwd", "Arrests", "Avg Days")
MONTHS = [("Jan 2024", 71, 24, 17, 4, "1.6"), ("Feb 2024", 60, 19, 14, 3, "1.9"), ("Mar 2024", 77, 27, 20, 6, "1.4"),
          ("Apr 2024", 66, 22, 15, 2, "2.1"), ("May 2024", 88, 31, 22, 5, "1.7"), ("Jun 2024", 79, 25, 18, 4, "1.5"),
          ("Jul 2024", 92, 33, 24, 7, "1.8"), ("Aug 2024", 85, 28, 19, 3, "2.0"), ("Sep 2024", 74, 23, 16, 5, "1.6"),
          ("Oct 2024", 81, 26, 19, 4, "1.9"), ("Nov 2024", 69, 21, 14, 2, "2.2"), ("Dec 2024", 63, 18, 12, 3, "1.7")]
ROWS = [mrow(*m) for m in MONTHS]
TOT = (sum(m[1] for m in MONTHS), sum(m[2] for m in MONTHS), sum(m[3] for m in MONTHS), sum(m[4] for m in MONTHS))
assert TOT == (905, 297, 210, 48), TOT
M_TOTAL = mrow("TOTAL", 905, 297, 210, 48, "1.8")
nc_p1 = "\n".join([
    "FACIAL RECOGNITION UNIT - MONTHLY ACTIVITY, CALENDAR YEAR 2024",
    "Workbook FRU_Activity_2024.xlsx   Sheet: Monthly   Printed 02/03/2025 10:41   Sheet 1 of 2",
    "Prepared by Det. Angela Ruggiero, FRU Coordinator, ext. 4417",
    "",
    M_HEAD,
    *ROWS[:8],
    "",
    "(continued on sheet 2)",
])
nc_p2 = "\n".join([
    "FACIAL RECOGNITION UNIT - MONTHLY ACTIVITY, CALENDAR YEAR 2024 (continued)   Sheet 2 of 2",
    "",
    M_HEAD,
    *ROWS[8:],
    M_TOTAL,
    "",
    "Notes",
    "1. System: DataWorks Plus FACE Plus, hosted by the NCPD Identification Section.",
    "2. Gallery at 12/31/2024: 1,286,540 arrest photographs (NCPD and Sheriff's Department bookings).",
    "3. Active FRU user accounts at 12/31/2024: 23.",
    "4. Searches include 41 requests from other agencies (Freeport, Long Beach and",
    "   Hempstead Village police departments).",
    "5. A possible match is a candidate confirmed by two examiners; it is not an identification.",
    "6. Per Department Order 17-24, a possible match may not be the sole basis for probable cause.",
    "7. Arrests are those reported by the requesting unit as of 01/31/2025 (likely undercounted).",
    "8. 2024 maintenance paid to DataWorks Plus, LLC: $48,720.00 (PO 24-NC-0917),",
    "   or about $54 per search.",
])
doc("04_nassau-county-pd-fr-monthly-activity-2024.txt", [
    ("NASSAU COUNTY POLICE DEPARTMENT - REAL TIME CRIME CENTER", nc_p1, "NCPD FOIL 2025-0311 | 000017"),
    ("NASSAU COUNTY POLICE DEPARTMENT - REAL TIME CRIME CENTER", nc_p2, "NCPD FOIL 2025-0311 | 000018"),
], "print", NCPD,
    [NCPD, "Nassau County Sheriff's Department", "Freeport Police Department", "Long Beach Police Department",
     "Hempstead Village Police Department"],
    [DWP], ["FACE Plus"],
    [C(48720, 48720, "year", "2024 maintenance paid to DataWorks Plus, LLC: $48,720.00", NCPD, DWP, "FACE Plus"),
     C(54, 54, None, "about $54 per search", NCPD, DWP, "FACE Plus", unit="per search")],
    [*[N(m[1], "exact", "searches", "month", r, NCPD, DWP) for m, r in zip(MONTHS, ROWS)],
     N(905, "exact", "searches", "year", M_TOTAL, NCPD, DWP),
     N(297, "exact", "matches", "year", M_TOTAL, NCPD, DWP),
     N(210, "exact", "leads", "year", M_TOTAL, NCPD, DWP),
     N(48, "exact", "arrests", "year", M_TOTAL, NCPD, DWP),
     N(1286540, "exact", "images", None, "Gallery at 12/31/2024: 1,286,540 arrest photographs", NCPD, DWP),
     N(23, "exact", "users", None, "Active FRU user accounts at 12/31/2024: 23", NCPD, DWP),
     N(41, "exact", "requests", "year", "41 requests from other agencies", NCPD, DWP)],
    [P("a possible match may not be the sole basis for probable cause", NCPD)],
    [], ["2024", "2025-02-03", "2024-12-31", "2025-01-31"], scan="print")

# ---------------------------------------------------------------- 5 Butler County SO (OH): internal audit
BCSO = "Butler County Sheriff's Office"
MOT = "Motorola Solutions"
FS = "Vigilant FaceSearch"
doc("05_butler-county-so-internal-audit-facesearch.txt", [
    ("BUTLER COUNTY, OHIO - OFFICE OF INTERNAL AUDIT", """\
INTERNAL AUDIT REPORT IA-2024-07
Butler County Sheriff's Office - Facial Recognition: Licensing, Access and Use

Report date: November 19, 2024
Audit period: January 1, 2023 through June 30, 2024
Distribution: Sheriff; Chief Deputy; Board of County Commissioners; County Administrator

EXECUTIVE SUMMARY
The Butler County Sheriff's Office (BCSO) uses Vigilant FaceSearch, a hosted face recognition
service sold by Motorola Solutions, to compare probe images with a shared gallery.
We reviewed the system's audit log of 1,018 searches run during the audit period and tested
a sample of 120 search records against case files. We report four findings.
Overall, BCSO's controls over access and documentation need improvement.

BACKGROUND
BCSO first licensed FaceSearch in 2021. Under the current agreement (Motorola Solutions quote
Q-118204, accepted July 2023), BCSO pays $16,800 per year for 20 named user licenses.
The vendor's standard one-time onboarding fee ($2,500) was waived.
The FaceSearch gallery holds more than 20 million booking images contributed by
participating agencies. BCSO also has no-cost access to the Ohio Attorney General's OHLEG
facial recognition system; that system was outside the scope of this audit.
BCSO's FY2024 technology budget was $3.1 million, of which FaceSearch is a small part.

BCSO General Order 41.6 (Facial Recognition), revised March 2023, governs use of the service.
It requires that every search be tied to an open case or incident number.
It requires supervisor approval before any search of a probe image taken from social media.
It prohibits using facial recognition to identify persons engaged in lawful protest.
""", "IA-2024-07  p. 1 of 3"),
    ("BUTLER COUNTY, OHIO - OFFICE OF INTERNAL AUDIT", """\
FINDINGS AND RECOMMENDATIONS

Finding 1 - User accounts were not deactivated.
Six of the 20 licensed accounts belonged to personnel who had transferred out of the
Investigations Bureau or left BCSO. These accounts ran 37 searches after the user's transfer
or separation date. No one is assigned to review the user list.
Recommendation: BCSO should review the user list monthly and deactivate accounts promptly.

Finding 2 - Searches were run without a case number.
144 of the 1,018 logged searches had no case or incident number recorded, contrary to GO 41.6.
Recommendation: BCSO should configure FaceSearch to require a case number before a search.

Finding 3 - Supervisor approval was not documented.
About a quarter of the sampled searches of social-media images had no recorded approval.
Recommendation: BCSO should record each approval in the search log.

Finding 4 - Outcomes are not tracked.
Investigators told us that searches produced about 60 leads and at least nine arrests during
the audit period, but BCSO keeps no record linking searches to outcomes.
Recommendation: BCSO should track leads and arrests for each search and report them yearly.
""", "IA-2024-07  p. 2 of 3"),
    ("BUTLER COUNTY, OHIO - OFFICE OF INTERNAL AUDIT", """\
COSTS REVIEWED
Payments to Motorola Solutions in the audit period: $16,800.00 (invoice 7700-2291, term
07/2023-06/2024). The 2024-2025 invoice had not been received when fieldwork ended.
Training: BCSO paid the International Association for Identification $1,350 in course
registration fees ($450 per attendee) for "Facial Comparison and Identification" in May 2024.
BCSO budgeted $17,500 for FaceSearch in FY2025.

MANAGEMENT RESPONSE (Sheriff's Office, received November 12, 2024)
Management agrees with all four findings.
Effective 12/1/2024, the Bureau commander shall review the FaceSearch user list monthly.
Accounts of users who leave the Bureau shall be deactivated within five business days.
Effective 1/1/2025, a search may not be submitted without a case or incident number.
BCSO will begin tracking leads and arrests for each search in 2025.

Audit hours: 212
Prepared by: Marcus Oyelaran, CIA, Senior Internal Auditor
Reviewed by: Janet Brill-Haskins, CPA, Director of Internal Audit
""", "IA-2024-07  p. 3 of 3"),
], "pdf", BCSO,
    [BCSO, "Butler County Office of Internal Audit", "Butler County Board of County Commissioners",
     "Ohio Attorney General"],
    [MOT, "International Association for Identification"],
    [FS, "OHLEG"],
    [C(16800, 16800, "year", "BCSO pays $16,800 per year", BCSO, MOT, FS),
     C(1350, 1350, "one-time", "paid the International Association for Identification $1,350", BCSO, "International Association for Identification"),
     C(450, 450, "one-time", "($450 per attendee)", BCSO, "International Association for Identification",
       unit="per attendee"),
     C(17500, 17500, None, "BCSO budgeted $17,500 for FaceSearch in FY2025", BCSO, MOT, FS)],
    [N(1018, "exact", "searches", None, "audit log of 1,018 searches", BCSO, MOT),
     N(20, "exact", "licenses", None, "20 named user licenses", BCSO, MOT),
     N(20000000, "more than", "images", None, "more than 20 million booking images", None, MOT),
     N(6, "exact", "users", None, "Six of the 20 licensed accounts", BCSO, MOT),
     N(37, "exact", "searches", None, "These accounts ran 37 searches", BCSO, MOT),
     N(144, "exact", "searches", None, "144 of the 1,018 logged searches had no case or incident number", BCSO,
       MOT),
     N(60, "approximately", "leads", None, "about 60 leads", BCSO, MOT),
     N(9, "more than", "arrests", None, "at least nine arrests", BCSO, MOT)],
    [P("It requires that every search be tied to an open case or incident number.", BCSO),
     P("It requires supervisor approval before any search of a probe image taken from social media.", BCSO),
     P("It prohibits using facial recognition to identify persons engaged in lawful protest.", BCSO),
     P("the Bureau commander shall review the FaceSearch user list monthly.", BCSO),
     P("Accounts of users who leave the Bureau shall be deactivated within five business days.", BCSO),
     P("a search may not be submitted without a case or incident number.", BCSO)],
    [], ["2024-11-19", "2023-01-01", "2024-06-30", "2021", "2023-07", "2024", "2023-03", "2024-05", "2025",
         "2024-11-12", "2024-12-01", "2025-01-01", "2024-06"])

# ---------------------------------------------------------------- 6 BART PD (CA): data-sharing agreement
# Lines kept to 68 characters and pages short: this document's scan is the "pdf" kind, whose page
# image wraps longer lines.
BART = "BART Police Department"
ACSO = "Alameda County Sheriff's Office"
COG = "Cognitec Systems"
X_TOTAL = "   Estimated FY 2024-25 total (8 users, 8 attendees)  USD 16,900.00"
doc("06_bart-pd-alameda-county-so-fr-data-sharing-agreement.txt", [
    ("ACSO Agreement No. DSA-2024-019", """\
MEMORANDUM OF UNDERSTANDING AND DATA-SHARING AGREEMENT
Access to the Alameda County Booking Photo Face Recognition System

This Agreement is made between the County of Alameda, acting
through the Alameda County Sheriff's Office (the "Sheriff's Office"
or "County"), and the San Francisco Bay Area Rapid Transit District,
acting through the BART Police Department ("BART").

1. PURPOSE
The County operates a face recognition system that compares a
probe image with booking photographs taken at County detention
facilities (the "System"). This Agreement sets the terms under
which BART may submit probe images and receive candidate lists.

2. DEFINITIONS
2.1 "Authorized User" means a sworn BART officer or crime analyst
designated under Section 6.
2.2 "Candidate list" means the ranked gallery images the System
returns for a probe image.
2.3 "Probe image" means an image of an unknown person submitted
for comparison.

3. HOSTING AND DATA
3.1 The Sheriff's Office hosts the System on County servers in
Dublin, California. The System runs Cognitec FaceVACS-DBScan
under the County's license.
3.2 The gallery holds approximately 1.9 million booking photographs.
3.3 In 2023 County examiners ran about 2,300 searches for
participating agencies.
3.4 BART shall not enroll any image in the gallery.
""", "BART-PRA 000087"),
    ("ACSO Agreement No. DSA-2024-019", """\
3.5 The Fremont, Hayward and Livermore police departments use the
System under separate agreements with the County.

4. CONDITIONS OF USE
4.1 Probe images shall be submitted only in an active investigation.
4.2 Each request shall cite a BART case number.
4.3 A candidate shall not by itself establish probable cause.
4.4 BART shall not submit images taken from live or real-time video.
4.5 BART may not share candidate images with any non-party agency.
4.6 Access is subject to the California Department of Justice
CLETS Policies, Practices and Procedures.

5. FEES
BART shall pay the County the following fees:
5.1 One-time connection and configuration fee: $4,500.00.
5.2 Annual access fee: $1,200.00 per Authorized User.
5.3 BART may designate up to eight (8) Authorized Users.
5.4 Total annual access fees shall not exceed $9,600.00.
5.5 Examiner course: $350.00 per attendee.
5.6 The County alone pays Cognitec Systems Corp. for licenses,
maintenance and hosting under County Contract No. 902211.
Neither BART nor any other participating agency shares in that
cost.
5.7 Invoices are payable within 30 days of receipt.
""", "BART-PRA 000088"),
    ("ACSO Agreement No. DSA-2024-019", """\
6. TRAINING AND ACCESS
6.1 Each Authorized User must first complete the examiner course.
The course lasts four hours and is taught by County examiners.
6.2 BART shall notify the County within 5 days when a user leaves.

7. AUDIT AND OVERSIGHT
7.1 The Sheriff's Office shall audit BART searches each quarter.
7.2 Audit reports shall go to BART's Independent Police Auditor.

8. TERM
This Agreement takes effect July 1, 2024, and continues for three
(3) years unless terminated by either party on 60 days' notice.
""", "BART-PRA 000089"),
    ("ACSO Agreement No. DSA-2024-019", f"""\
IN WITNESS WHEREOF, the parties have executed this Agreement.

COUNTY OF ALAMEDA
By: Yvonne Castellanos-Reid, Sheriff           Date: 06/18/2024

SAN FRANCISCO BAY AREA RAPID TRANSIT DISTRICT
By: Darnell O. Whitcombe, General Manager      Date: 06/24/2024

Approved as to form: Office of County Counsel
Reviewed: BART Police Department, Chief Ines Maldonado-Park

EXHIBIT A - FEE SCHEDULE (FY 2024-25)
   One-time connection and configuration             USD  4,500.00
   Annual access fee, per Authorized User            USD  1,200.00
   Examiner course, per attendee                     USD    350.00
{X_TOTAL}
""", "BART-PRA 000090"),
], "pdf", BART,
    [BART, "San Francisco Bay Area Rapid Transit District", ACSO, "County of Alameda",
     "Fremont Police Department", "Hayward Police Department", "Livermore Police Department",
     "California Department of Justice", "BART Office of the Independent Police Auditor"],
    [COG], ["FaceVACS-DBScan"],
    [C(4500, 4500, "one-time", "One-time connection and configuration fee: $4,500.00", BART, None),
     C(1200, 1200, "year", "Annual access fee: $1,200.00 per Authorized User", BART, None, unit="per user"),
     C(None, 9600, "year", "Total annual access fees shall not exceed $9,600.00", BART, None),
     C(350, 350, "one-time", "Examiner course: $350.00 per attendee", BART, None, unit="per attendee"),
     C(16900, 16900, None, X_TOTAL.strip(), BART, None)],
    [N(1900000, "approximately", "images", None, "approximately 1.9 million booking photographs", ACSO, COG),
     N(2300, "approximately", "searches", "year", "about 2,300 searches", ACSO, COG),
     N(8, "up to", "users", None, "up to eight (8) Authorized Users", BART, COG)],
    [P("BART shall not enroll any image in the gallery.", BART),
     P("Probe images shall be submitted only in an active investigation.", BART),
     P("Each request shall cite a BART case number.", BART),
     P("A candidate shall not by itself establish probable cause.", BART),
     P("BART shall not submit images taken from live or real-time video.", BART),
     P("BART may not share candidate images with any non-party agency.", BART),
     P("Access is subject to the California Department of Justice", BART),
     P("BART may designate up to eight (8) Authorized Users.", BART),
     P("Each Authorized User must first complete the examiner course.", BART),
     P("BART shall notify the County within 5 days when a user leaves.", BART),
     P("The Sheriff's Office shall audit BART searches each quarter.", ACSO),
     P("Audit reports shall go to BART's Independent Police Auditor.", ACSO)],
    [], ["2023", "2024-07-01", "2024-06-18", "2024-06-24"], scan="pdf")

# ---------------------------------------------------------------- 7 Middlesex County Prosecutor (NJ): price schedule
MCPO = "Middlesex County Prosecutor's Office"
ROC = "Rank One Computing"
ROCI = "ROC Investigate"
T1 = "   Tier 1     1 to 10 seats        $3,600.00 per seat per year"
T2 = "   Tier 2     11 to 25 seats       $3,150.00 per seat per year"
T3 = "   Tier 3     26 to 50 seats       $2,700.00 per seat per year"
PPS = "   Pay per search, billed monthly        $8-10 per search, by annual volume"
MIN = "   Minimum monthly charge                $250.00"
A_MOB = "   ROC Mobile (iOS/Android), per device per year                    $420.00"
A_ENR = "   Gallery enrollment, one-time, per 1,000 images                    $12.00"
A_ONP = "   On-premises deployment, one-time setup                        $18,000.00"
A_TRN = "   Examiner training, 2 days, up to 12 students, per session      $6,500.00"


def crow(item, qty, unit, annual, once):
    return f"   {item:<38}{qty:>5}{unit:>12}{annual:>13}{once:>13}".rstrip()


K_SEAT = crow("ROC Investigate seats (Tier 2)", "12", "3,150.00", "37,800.00", "")
K_MOB = crow("ROC Mobile devices", "6", "420.00", "2,520.00", "")
K_ENR = crow("Gallery enrollment (per 1,000 images)", "850", "12.00", "", "10,200.00")
K_TRN = crow("Examiner training session", "1", "6,500.00", "", "6,500.00")
K_SUB = crow("Subtotals", "", "", "40,320.00", "16,700.00")
K_FY = "   First-year total, all items                                        $57,020.00"
K_3Y = "   Three-year prepaid subscription (5% discount applied): $114,912.00"
doc("07_middlesex-county-prosecutor-rank-one-pricing-schedule.txt", [
    (None, """\
RANK ONE COMPUTING CORPORATION
Public Safety Sales | Denver, Colorado

April 22, 2025

Lt. Corinne Haskell
Middlesex County Prosecutor's Office
Special Investigations Unit
New Brunswick, New Jersey

Re: Pricing for ROC Investigate - response to your request for information of March 31, 2025

Dear Lieutenant Haskell:

Thank you for your interest in ROC Investigate, our face recognition application for
investigative image comparison. Enclosed are our 2025 public-safety pricing schedule (valid
for 90 days from the date of this letter) and an illustrative configuration based on the
figures your office provided: 12 investigator seats, 6 mobile devices, and an arrest-photo
archive of approximately 850,000 images held by the county.

ROC algorithms are regularly evaluated in NIST's Face Recognition Technology Evaluation,
where our 1:N algorithm ranked in the top 5 on the mugshot gallery in 2024. Our pricing does
not include New Jersey sales tax, if applicable. ROC recommends, but does not require, that
customers adopt a written use policy before deployment.

The enclosed pricing is confidential and proprietary to Rank One Computing Corporation.

Sincerely,

Evan Marchetti
Regional Director, Public Safety
(303) 555-0198 | Quote reference Q-ROC-25-0412
""", "Q-ROC-25-0412  1"),
    (None, f"""\
ROC INVESTIGATE - PUBLIC SAFETY PRICING SCHEDULE 2025                    Schedule PS-2025-03
Customer: as addressed in cover letter                                Prices in U.S. dollars

A. SUBSCRIPTION - ROC Investigate (per named seat, per year)
{T1}
{T2}
{T3}
   Tier 4     51 seats or more     contact ROC
   Multi-year: 5% discount on subscription items when three years are prepaid.

B. USAGE-BASED OPTION (agencies with fewer than 5 seats)
{PPS}
{MIN}

C. OPTIONAL ADD-ONS
{A_MOB}
{A_ENR}
{A_ONP}
{A_TRN}
   Premium 24x7 support                                   15% of annual subscription

Prices exclude hardware, travel and applicable taxes. Travel for on-site training is billed
at cost. Schedule supersedes PS-2024-11.
""", "Q-ROC-25-0412  2"),
    (None, f"""\
ILLUSTRATIVE CONFIGURATION
(figures supplied by the customer; not an offer to sell until a quote is countersigned)

   {"Item":<38}{"Qty":>5}{"Unit":>12}{"Annual":>13}{"One-time":>13}
{K_SEAT}
{K_MOB}
{K_ENR}
{K_TRN}
{K_SUB}

{K_FY}
{K_3Y}

Accepted by: ______________________   Title: ______________   Date: __________
""", "Q-ROC-25-0412  3"),
], "pdf", MCPO,
    [MCPO], [ROC], [ROCI, "ROC Mobile"],
    [C(3600, 3600, "year", T1.strip(), MCPO, ROC, ROCI, unit="per seat"),
     C(3150, 3150, "year", T2.strip(), MCPO, ROC, ROCI, unit="per seat"),
     C(2700, 2700, "year", T3.strip(), MCPO, ROC, ROCI, unit="per seat"),
     C(8, 10, None, PPS.strip(), MCPO, ROC, ROCI, unit="per search"),
     C(250, 250, "month", MIN.strip(), MCPO, ROC, ROCI),
     C(420, 420, "year", A_MOB.strip(), MCPO, ROC, "ROC Mobile", unit="per device"),
     C(12, 12, "one-time", A_ENR.strip(), MCPO, ROC, ROCI, unit="per 1,000 images"),
     C(18000, 18000, "one-time", A_ONP.strip(), MCPO, ROC, ROCI),
     C(6500, 6500, "one-time", A_TRN.strip(), MCPO, ROC, ROCI, unit="per session"),
     C(37800, 37800, "year", K_SEAT.strip(), MCPO, ROC, ROCI),
     C(2520, 2520, "year", K_MOB.strip(), MCPO, ROC, "ROC Mobile"),
     C(10200, 10200, "one-time", K_ENR.strip(), MCPO, ROC, ROCI),
     C(40320, 40320, "year", K_SUB.strip(), MCPO, ROC, ROCI),
     C(16700, 16700, "one-time", K_SUB.strip(), MCPO, ROC, ROCI),
     C(57020, 57020, None, K_FY.strip(), MCPO, ROC, ROCI),
     C(114912, 114912, None, K_3Y.strip(), MCPO, ROC, ROCI)],
    [N(12, "exact", "licenses", None, "12 investigator seats", MCPO, ROC),
     N(6, "exact", "licenses", None, "6 mobile devices", MCPO, ROC),
     N(850000, "approximately", "images", None, "approximately 850,000 images", MCPO, ROC)],
    [], [], ["2025-04-22", "2025-03-31", "2025", "2024"])

# ---------------------------------------------------------------- 8 Clackamas County SO (OR): policy 612
CCSO = "Clackamas County Sheriff's Office"
doc("08_clackamas-county-so-policy-612-facial-recognition.txt", [
    ("Clackamas County Sheriff's Office - Policy Manual", """\
Policy 612 - Facial Recognition Technology

Effective: September 1, 2024          Supersedes: Policy 612 dated March 15, 2021
Approving authority: Sheriff          Review cycle: annual

612.1 PURPOSE AND SCOPE
This policy establishes guidelines for members' use of facial recognition technology.

612.2 DEFINITIONS
Probe image - An image of an unknown person that is compared with the gallery.
Gallery - The set of enrolled booking photographs against which probe images are compared.
Candidate list - The ranked set of gallery images the system returns for a probe image.
Authorized Examiner - A member who has completed the training in 612.7 and has been
designated in writing by the Investigations Division Captain.
Emergency - Imminent danger of death or serious physical injury to any person.

612.3 AUTHORIZED SYSTEM
The Office's authorized system is NEC NeoFace Reveal, installed on Office servers.
The gallery contains approximately 310,000 booking photographs taken at the County Jail.
The Office holds four concurrent examiner licenses.
Members shall use only the authorized system.
Use of any other facial recognition service, including free trial accounts, is prohibited.
The Office does not operate any camera for the purpose of facial recognition.

612.4 PERMITTED USES
Facial recognition may be used only to identify:
(a) a suspect, victim or witness in an active criminal investigation with a case number;
(b) a deceased or incapacitated person who cannot otherwise be identified; or
(c) a person reported missing.

612.5 PROHIBITED USES
Members shall not use facial recognition to identify a person engaged in lawful protest.
Members shall not submit images from body-worn camera recordings as probe images (ORS 133.741).
Members shall not use facial recognition on live or real-time video.
Members shall not run a search based solely on a person's race, religion or immigration status.
""", "CCSO-612  p. 1 of 2"),
    ("Clackamas County Sheriff's Office - Policy Manual", """\
612.6 EXCEPTIONS
In an emergency, the on-duty Lieutenant may approve a search without a case number.
The approving Lieutenant shall document the approval in the search log within 24 hours.

612.7 TRAINING
Only Authorized Examiners may run searches.
Each examiner must complete a 24-hour facial comparison course and annual refresher training.

612.8 REVIEW OF RESULTS
A possible match shall be reviewed by a second Authorized Examiner before it is released.
A possible match shall not be the sole basis for probable cause or an arrest.

612.9 RECORDS AND REPORTING
Examiners shall record each search, its case number and its result in the search log.
Search logs shall be retained for five years.
The Investigations Division shall publish an annual report of searches, matches and arrests.

612.10 HISTORY (for reference only)
The 2021 version of this policy provided: "Deputies may request a search through the Oregon
State Police or through any vendor trial account approved by a sergeant." That provision is
rescinded. A proposal to require a search warrant for every search was considered during the
2024 revision and was not adopted.
""", "CCSO-612  p. 2 of 2"),
], "pdf", CCSO,
    [CCSO, "Oregon State Police"], ["NEC"], ["NeoFace Reveal"],
    [],
    [N(310000, "approximately", "images", None, "approximately 310,000 booking photographs", CCSO, "NEC"),
     N(4, "exact", "licenses", None, "four concurrent examiner licenses", CCSO, "NEC")],
    [P("This policy establishes guidelines for members' use of facial recognition technology.", CCSO),
     P("Members shall use only the authorized system.", CCSO),
     P("Use of any other facial recognition service, including free trial accounts, is prohibited.", CCSO),
     P("Facial recognition may be used only to identify:", CCSO),
     P("Members shall not use facial recognition to identify a person engaged in lawful protest.", CCSO),
     P("Members shall not submit images from body-worn camera recordings as probe images (ORS 133.741).", CCSO),
     P("Members shall not use facial recognition on live or real-time video.", CCSO),
     P("Members shall not run a search based solely on a person's race, religion or immigration status.", CCSO),
     P("In an emergency, the on-duty Lieutenant may approve a search without a case number.", CCSO),
     P("The approving Lieutenant shall document the approval in the search log within 24 hours.", CCSO),
     P("Only Authorized Examiners may run searches.", CCSO),
     P("Each examiner must complete a 24-hour facial comparison course and annual refresher training.", CCSO),
     P("A possible match shall be reviewed by a second Authorized Examiner before it is released.", CCSO),
     P("A possible match shall not be the sole basis for probable cause or an arrest.", CCSO),
     P("Examiners shall record each search, its case number and its result in the search log.", CCSO),
     P("Search logs shall be retained for five years.", CCSO),
     P("The Investigations Division shall publish an annual report of searches, matches and arrests.", CCSO)],
    [], ["2024-09-01", "2021-03-15", "2021", "2024"], scan="photocopy")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    problems = []
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
        for line in d["text"].split("\n"):
            if len(line) > MAX_LINE:
                problems.append(f"{d['file']}: line of {len(line)} chars: {line!r}")
        for page in d["text"].split("\f"):
            rows = page.split("\n")
            if len(rows) > (50 if d["render"] == "pdf" else 54):
                problems.append(f"{d['file']}: page of {len(rows)} lines")
            if d["scan"] == "pdf" and (len(rows) > 40 or max(map(len, rows)) > 68):
                problems.append(f"{d['file']}: page too long or wide for a pdf-kind scan")
        try:
            d["text"].encode("latin-1")
        except UnicodeEncodeError as e:
            problems.append(f"{d['file']}: not latin-1: {e}")
        lab = d["label"]
        for kind in ("costs", "counts", "policies"):
            for f in lab[kind]:
                q = f["quote"]
                if "\n" in q or q != q.strip():
                    problems.append(f"{d['file']}: quote not a trimmed single line: {q!r}")
                n = d["text"].count(q)
                if n == 0:
                    problems.append(f"{d['file']}: quote missing: {q!r}")
    for p in problems:
        print(p)
    if problems:
        raise SystemExit(1)
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents")


if __name__ == "__main__":
    main()
