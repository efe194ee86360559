"""Writes labels.json from the author's intent (written before any PDF was rendered)."""
import json
from pathlib import Path

def C(mn, mx, period, quote, agency, vendor, unit=None):
    d = {"amount_min": mn, "amount_max": mx, "currency": "USD", "period": period,
         "quote": quote, "agency": agency, "vendor": vendor}
    if unit:
        d["unit"] = unit
    return d

def N(count, qual, measure, per, quote, agency, vendor):
    return {"count": count, "qualifier": qual, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor}

def P(quote, kind, agency):
    return {"quote": quote, "kind": kind, "agency": agency}

def E(frm, addr, date, subject, ps, pe):
    return {"from": frm, "from_address": addr, "date": date, "subject": subject,
            "page_start": ps, "page_end": pe}

SCANS = {"02": False, "05": False, "08": True, "09": False, "10": True, "11": False, "13": False}
# value: photocopy?  (02 and 13 carry a Bates/print footer; 08 and 10 are photocopies)

R = []
def rec(stem, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates):
    num = stem[:2]
    R.append({
        "file": f"docs/{stem}.txt", "pdf": f"pdf/{stem}.pdf",
        "scan": f"pdf/{stem}.scan.pdf" if num in SCANS else None,
        "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "counts": counts,
        "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in counts
                         if c["measure"] == "images"],
        "policies": policies, "emails": emails, "dates": dates})

HC = "Hamilton County Sheriff's Office"; DWP = "DataWorks Plus"
rec("01_tn-hcso-dataworks-quote", HC, [HC], [DWP], ["FACE Plus"],
    [C(38500, 38500, "one-time", "$38,500.00", HC, DWP),
     C(12900, 12900, None, "$12,900.00", HC, DWP),
     C(2150, 2150, None, "$2,150.00", HC, DWP, "per license"),
     C(16800, 16800, "year", "$16,800.00", HC, DWP),
     C(420, 420, "year", "$420.00", HC, DWP, "per user"),
     C(7700, 7700, "year", "Software maintenance & support, Year 1           1     $7,700.00", HC, DWP),
     C(9250, 9250, "one-time", "$9,250.00", HC, DWP),
     C(3600, 3600, None, "$3,600.00", HC, DWP),
     C(1800, 1800, None, "$1,800.00", HC, DWP, "per day"),
     C(84900, 84900, None, "Face recognition total (Ln 1-6 less discount):     $84,900.00", HC, DWP)],
    [N(6, "exact", "users", None, "six (6) named investigator seats", HC, DWP),
     N(40, "up to", "users", None, "up to 40 Mobile ID users", HC, DWP),
     N(412000, "approximately", "images", None, "approximately 412,000 booking images", HC, DWP)],
    [], [], ["2024-03-04", "2024-06-02"])

PS = "Port of Seattle Police Department"; CV = "Clearview AI"
rec("02_wa-portpd-clearview-invoice", PS, [PS, "Port of Seattle"], [CV],
    ["Clearview AI Investigative Platform", "Clearview AI Mobile"],
    [C(15800, 15800, "year", "$15,800.00", PS, CV),
     C(1975, 1975, "year", "$1,975.00", PS, CV, "per seat"),
     C(900, 900, "year", "$900.00", PS, CV),
     C(300, 300, "year", "$300.00", PS, CV, "per seat"),
     C(16700, 16700, "year", "TOTAL DUE (USD):       $16,700.00", PS, CV)],
    [N(7, "exact", "users", None, "Active user accounts at end of term ............ 7", PS, CV),
     N(1286, "exact", "searches", None, "Searches run ................................... 1,286", PS, CV),
     N(50000000000, "at least", "images", None, "more than 50 billion publicly available facial images", None, CV)],
    [P("Each authorized user must complete Clearview AI's online training module before the", "requirement", PS),
     P("Search results are investigative leads only and must not be used as the sole basis for", "disclaimer", PS),
     P("Customer shall permit only sworn personnel and civilian analysts", "requirement", PS)],
    [], ["2023-10-16", "2023-11-15", "2023-11-01", "2024-10-31", "2022-11-01", "2023-10-31", "2023-10-19", "2023-10-24"])

KSP = "Kentucky State Police"; ID = "Idemia"
rec("03_ky-ksp-idemia-amendment", "Kentucky Finance and Administration Cabinet",
    [KSP, "Kentucky Finance and Administration Cabinet", "Kentucky Transportation Cabinet"], [ID],
    ["IDEMIA Face Expert"],
    [C(212000, 212000, "one-time", "$212,000.00  one-time", KSP, ID),
     C(31800, 31800, "year", "$31,800.00  per year", KSP, ID)],
    [N(1900000, "approximately", "images", None, "approximately 1.9 million arrest photographs", KSP, ID),
     N(60, "up to", "users", None, "up to 60 concurrent examiner sessions", KSP, ID)],
    [P("Use of the face recognition module shall be limited to KSP Criminal Identification and", "requirement", KSP),
     P("No search shall be run under this Contract against driver license or identification", "prohibition", KSP),
     P("A possible match returned by the module is an investigative lead only and shall be", "disclaimer", KSP)],
    [], ["2022-09-12", "2021-07-01", "2026-06-30", "2022-03-04", "2022-09-08", "2022-09-09"])

PO = "Polk County Sheriff's Office"; AWS = "Amazon Web Services"
rec("04_ia-polk-so-aws-invoice", PO, [PO], [AWS], ["Amazon Rekognition"],
    [C(182.44, 182.44, "month", "$182.44", PO, AWS),
     C(0.001, 0.001, None, "$0.001/image", PO, AWS, "per image"),
     C(6.40, 6.40, "month", "$6.40", PO, AWS),
     C(0.00001, 0.00001, "month", "$0.00001/face-mo", PO, AWS, "per face"),
     C(188.84, 188.84, "month", "Amazon Rekognition total                                                           $188.84", PO, AWS)],
    [N(182440, "exact", "images", "month", "182,440 images", PO, AWS),
     N(640000, "exact", "images", None, "640,000 faces", PO, AWS)],
    [], [], ["2023-06-05", "2023-06-06", "2023-06-02", "2023-05-01", "2023-05-31"])

SH = "City of Shreveport"; SPD = "Shreveport Police Department"; VT = "Veritone"
rec("05_la-shreveport-council-veritone", SH,
    [SH, SPD, "Shreveport City Council", "Caddo Parish Sheriff's Office"], [VT, "Axon"],
    ["Veritone IDentify"],
    [C(None, 147600, None, "TO EXCEED $147,600", SH, VT),
     C(49200, 49200, "year", "$49,200 per year", SH, VT)],
    [N(215000, "approximately", "images", None, "approximately 215,000 booking", "Caddo Parish Sheriff's Office", None),
     N(25, "exact", "users", None, "25 named users", SPD, VT),
     N(143, "exact", "searches", None, "investigators ran 143 searches", SPD, VT)],
    [P("The Police Department shall report to the Council each quarter the number of searches", "requirement", SPD),
     P("No officer shall use the software to identify persons engaged in lawful protest or other", "prohibition", SPD),
     P("A result from the software shall not by itself establish probable cause for an arrest.", "disclaimer", SPD)],
    [], ["2024-08-13", "2024-08-27"])

NDMV = "Nebraska Department of Motor Vehicles"; OPD = "Omaha Police Department"; NEC = "NEC"
rec("06_ne-dmv-omaha-pd-mou", NDMV, [NDMV, OPD, "City of Omaha"], [NEC], ["NeoFace"],
    [C(1180000, 1180000, None, "$1,180,000", NDMV, NEC),
     C(6000, 6000, "year", "annual access fee of $6,000", OPD, None),
     C(2.50, 2.50, None, "$2.50 per search", OPD, None, "per search")],
    [N(2300000, "approximately", "images", None, "approximately 2.3 million license and state ID", NDMV, NEC),
     N(12, "up to", "users", None, "up to 12 trained users", OPD, None)],
    [P("3.1 OPD may designate up to 12 trained users, who shall be sworn officers or crime analysts", "requirement", OPD),
     P("3.2 Each designated user must complete the DMV's four-hour facial comparison course before an", "requirement", OPD),
     P("3.3 OPD shall submit probe images only for the investigation of a felony or to identify a", "requirement", OPD),
     P("3.4 OPD shall not submit images to identify persons engaged in constitutionally protected", "prohibition", OPD),
     P("Results are returned as a candidate list and are investigative leads only; a candidate is", "disclaimer", OPD),
     P("The DMV will audit OPD queries each quarter.", "requirement", NDMV),
     P("OPD shall retain the case number and the", "requirement", OPD),
     P("5.2 Any misuse of the system shall result in immediate suspension of the user's account, and", "consequence", OPD)],
    [], ["2023-08-21", "2023-08-29", "2023-08-24", "2026-06-30"])

MP = "MARTA Police Department"; GIS = "Georgia Information Sharing and Analysis Center"
rec("07_ga-marta-pd-fr-sop", MP,
    [MP, "Metropolitan Atlanta Rapid Transit Authority", GIS, "Georgia Bureau of Investigation"],
    ["Oosto"], ["OnWatch"],
    [],
    [N(14, "exact", "users", None, "14 OnWatch operator accounts", MP, "Oosto"),
     N(188, "exact", "searches", None, "submitted 188 requests to", MP, None)],
    [P("An FRT result is not a positive identification and shall not,", "disclaimer", MP),
     P("1. Only MPD members who have completed the Department's FRT course and the Oosto operator", "requirement", MP),
     P("3. Users shall not share login credentials.", "prohibition", MP),
     P("1. A person may be enrolled on the watchlist only if the person is subject to an active", "requirement", MP),
     P("2. The watchlist shall not exceed 500 enrolled persons at any time.", "prohibition", MP),
     P("3. The Real Time Crime Center supervisor shall remove each enrollment within 24 hours after", "requirement", MP),
     P("1. When OnWatch generates an alert, an RTCC operator must visually confirm the alert before", "requirement", MP),
     P("Officers responding to an alert may approach and speak with the person but shall not", "prohibition", MP),
     P("1. Investigators may submit a probe image to GISAC through the GISAC Request Form 22-A", "permission", MP),
     P("2. GISAC analysts shall return any candidate with the notation \"Investigative Lead Only -", "requirement", GIS),
     P("1. FRT shall not be used to monitor persons engaged in lawful assembly or speech, or to", "prohibition", MP),
     P("2. FRT shall not be used on images obtained from social media accounts without the written", "prohibition", MP),
     P("1. The RTCC shall log every alert and every GISAC request, including the case number,", "requirement", MP),
     P("Any member who uses FRT in violation of this SOP is subject to discipline up to and", "consequence", MP)],
    [], ["2025-01-15", "2022-04-02", "2024"])

SN = "Southern Nevada Counter-Terrorism Center"; MS = "Motorola Solutions"
rec("08_nv-snctc-outlook-facesearch", "Las Vegas Metropolitan Police Department",
    [SN, "Las Vegas Metropolitan Police Department", "Henderson Police Department",
     "North Las Vegas Police Department", "Clark County School District Police Department"],
    [MS, "Vigilant Solutions"], ["Vigilant FaceSearch", "LEARN"],
    [C(28500, 28500, "year", "$28,500 total for the 2024-2025 term", SN, MS),
     C(1900, 1900, "year", "$1,900 per seat per", SN, MS, "per seat")],
    [N(15, "exact", "licenses", None, "(15 seats, $28,500)", SN, MS),
     N(18, "exact", "licenses", None, "from 18 seats", SN, MS),
     N(2214, "exact", "searches", None, "ran 2,214 FaceSearch queries", SN, MS),
     N(388, "exact", "searches", None, "388 of them on behalf of Henderson Police Department", "Henderson Police Department", MS),
     N(97, "exact", "searches", None, "97 for North Las Vegas Police Department", "North Las Vegas Police Department", MS),
     N(41, "exact", "searches", None, "41 requests from the Clark County School District Police Department",
       "Clark County School District Police Department", MS),
     N(31000000, "at least", "images", None, "more than 31 million", None, MS)],
    [],
    [E("Kessler, Brandon", "B8812K@lvmpd.com", "2024-02-08 15:42", "RE: FaceSearch renewal - SNCTC", 1, 1),
     E("Reyes, Dana M.", "D5530R@lvmpd.com", "2024-02-07 10:15", "RE: FaceSearch renewal - SNCTC", 1, 1),
     E("Darnell Whitfield", "darnell.whitfield@motorolasolutions.com", "2024-02-06 16:58",
       "FaceSearch renewal - SNCTC", 2, 2)],
    ["2024-02-08", "2024-02-07", "2024-02-06", "2023"])

HP = "Houston ISD Police Department"; SAFR = "SAFR"
rec("09_tx-hisd-pd-gmail-safr", "Houston Independent School District",
    [HP, "Houston Independent School District"], [SAFR, "RealNetworks", "Trueface"], ["SAFR Platform"],
    [C(45, 45, "month", "$45 per camera per month", HP, SAFR, "per camera"),
     C(2700, 2700, "month", "or $2,700", HP, SAFR),
     C(3500, 3500, "one-time", "one-time setup fee of $3,500", HP, SAFR),
     C(52000, 52000, "year", "$52,000 for the first year", HP, "Trueface")],
    [N(250, "up to", "images", None, "up to 250 enrolled", HP, SAFR),
     N(10, "up to", "users", None, "up to 10 users", HP, SAFR)],
    [P("any camera analytics on students require notice to parents", "requirement", "Houston Independent School District"),
     P("No student images may be enrolled in any pilot watchlist.", "prohibition", HP),
     P("No pilot may begin without Board approval.", "requirement", HP)],
    [E("Derek Lowell", "dlowell@safr.com", "2024-01-09 10:14", "SAFR pilot pricing - campus entrances", 1, 1),
     E("Marisol Trevino", "mtrevino@houstonisd.org", "2024-01-09 14:47", "SAFR pilot pricing - campus entrances", 1, 1),
     E("Derek Lowell", "dlowell@safr.com", "2024-01-10 08:31", "SAFR pilot pricing - campus entrances", 1, 1),
     E("Oscar Benavides", "obenavides@houstonisd.org", "2024-02-26 09:01", "SAFR pilot pricing - campus entrances", 2, 2)],
    ["2024-01-09", "2024-01-10", "2024-02-26", "2023"])

DAO = "Philadelphia District Attorney's Office"; PPD = "Philadelphia Police Department"
rec("10_pa-phila-dao-lotus-clearview", DAO, [DAO, PPD], [CV], ["Clearview AI"],
    [C(8000, 8000, "year", "$8,000 total", DAO, CV),
     C(2000, 2000, "year", "$2,000 each", DAO, CV, "per account")],
    [N(4, "exact", "users", None, "4 Clearview accounts", DAO, CV),
     N(1412, "exact", "searches", None, "ran 1,412 Clearview searches", PPD, CV),
     N(25, "exact", "users", None, "trial account, which has 25 users", PPD, CV)],
    [P("Any face recognition search that produced a lead must be disclosed to the defense.", "requirement", DAO),
     P("a Clearview result shall not be the sole basis for an arrest warrant.", "disclaimer", PPD)],
    [E("Gerald Fenn", None, "2023-03-14 09:52", "Re: Fw: Clearview - Commonwealth v. Harlan", 1, 1),
     E("Sandra Oyelaran", None, "2023-03-13 16:26", "Fw: Clearview - Commonwealth v. Harlan", 1, 1),
     E("Lt. Marcus Drayton", "marcus.drayton@phila.gov", "2023-03-13 15:58", "Clearview - Commonwealth v. Harlan", 1, 1)],
    ["2023-03-14", "2023-03-13", "2022-10-02", "2022"])

APD = "Albuquerque Police Department"; BC = "Bernalillo County Sheriff's Office"
NMD = "New Mexico Department of Public Safety"
rec("11_nm-news-abq-bcso-fr-records", None, [APD, BC, NMD, "Metropolitan Detention Center"],
    [CV, "Cognitec"], ["FaceVACS-DBScan"],
    [C(23600, 23600, None, "two-year agreement with Clearview AI in 2022 worth $23,600", APD, CV),
     C(61000, 61000, "one-time", "one-time license fee of $61,000", BC, "Cognitec"),
     C(9150, 9150, "year", "$9,150 a year in maintenance", BC, "Cognitec")],
    [N(20, "exact", "licenses", None, "covering 20 licenses", APD, CV),
     N(1050, "exact", "searches", None, "1,050 searches in 2023", APD, CV),
     N(780000, "approximately", "images", None, "roughly 780,000 images", BC, "Cognitec"),
     N(1100000, "approximately", "images", None, "about 1.1 million driver's license and booking photos", NMD, None),
     N(37, "exact", "agencies", None, "37 agencies had submitted requests", NMD, None)],
    [P("\"may not be the sole basis for probable cause.\"", "disclaimer", APD),
     P("The policy also states that officers must document every search in the case report.", "requirement", APD)],
    [], ["2024-10-06", "2022", "2023-03", "2023", "1998", "2021"])

RC = "Richland County Sheriff's Department"; ROC = "Rank One Computing"
rec("12_sc-rcsd-jag-budget-roc", RC,
    [RC, "Richland County", "South Carolina Department of Public Safety", "Alvin S. Glenn Detention Center",
     "South Carolina Law Enforcement Division"], [ROC], ["ROC Watch", "ROC Mobile"],
    [C(72000, 72000, "one-time", "$72,000", RC, ROC),
     C(18000, 18000, "year", "$18,000", RC, ROC),
     C(600, 600, "year", "$600 per license", RC, ROC, "per license"),
     C(10800, 10800, "year", "ROC Watch annual maintenance and support                                    $10,800", RC, ROC),
     C(100800, 100800, None, "$100,800", RC, ROC)],
    [N(30, "exact", "licenses", None, "The 30 ROC Mobile licenses", RC, ROC),
     N(640000, "approximately", "images", None, "approximately 640,000 booking images", "Alvin S. Glenn Detention Center", ROC),
     N(612, "exact", "searches", None, "612 face search requests", RC, None)],
    [P("Grant-funded face recognition software shall be used only for criminal investigations.", "requirement", RC),
     P("A face recognition result shall not be the sole basis for an arrest.", "disclaimer", RC),
     P("Deputies must complete eight hours of face recognition training before a license is assigned.", "requirement", RC)],
    [], ["2024-10-01", "2025-09-30", "2024-05-17", "2023"])

DP = "Maryland Department of Public Safety and Correctional Services"; MVA = "Maryland Motor Vehicle Administration"
rec("13_md-dpscs-mirs-annual-report", DP,
    [DP, MVA, "Maryland State Police", "Prince George's County Police Department",
     "Baltimore County Police Department", "Montgomery County Police Department",
     "Anne Arundel County Police Department"], [DWP], ["Maryland Image Repository System (MIRS)"],
    [C(389500, 389500, "year", "$389,500 in fiscal year 2024", DP, DWP)],
    [N(3106884, "exact", "images", None, "3,106,884 mug shot", DP, DWP),
     N(7200000, "approximately", "images", None, "approximately 7.2 million license", MVA, None),
     N(1148, "exact", "users", None, "1,148 authorized users", DP, DWP),
     N(62, "exact", "agencies", None, "62 agencies", DP, DWP),
     N(2031, "exact", "searches", None, "Maryland State Police                           2,031", "Maryland State Police", DWP),
     N(1309, "exact", "searches", None, "Prince George's County Police Department        1,309", "Prince George's County Police Department", DWP),
     N(1186, "exact", "searches", None, "Baltimore County Police Department              1,186", "Baltimore County Police Department", DWP),
     N(742, "exact", "searches", None, "Montgomery County Police Department               742", "Montgomery County Police Department", DWP),
     N(533, "exact", "searches", None, "Anne Arundel County Police Department             533", "Anne Arundel County Police Department", DWP),
     N(1477, "exact", "searches", None, "All other agencies (57)                         1,477", None, DWP),
     N(7278, "exact", "searches", None, "Total                                           7,278", DP, DWP),
     N(1915, "exact", "searches", None, "1,915 comparisons", MVA, None)],
    [P("A MIRS search may be run only for a crime of violence or a threat to public safety.", "requirement", DP),
     P("A user must complete the DPSCS face recognition training course before receiving an account.", "requirement", DP),
     P("A search result may not be used as the sole basis to establish probable cause.", "disclaimer", DP),
     P("A user who runs a search for a personal purpose shall have the account revoked.", "consequence", DP)],
    [], ["2024-12", "2023-12-31", "2023", "2022"])

MAC = "Metropolitan Airports Commission"; MACPD = "Metropolitan Airports Commission Police Department"
CBP = "U.S. Customs and Border Protection"
rec("14_mn-mac-pd-records-response", MAC, [MAC, MACPD, CBP],
    ["Trueface", "Pangiam", "Microsoft", "Corsight AI"],
    ["Trueface Visionbox", "Azure Face API", "Fortify", "Traveler Verification Service"],
    [C(34800, 34800, "year", "$34,800 for a one-year license", MAC, "Trueface"),
     C(1212.60, 1212.60, "year", "$1,212.60", MAC, "Microsoft")],
    [N(6, "exact", "licenses", None, "6 operator seats", MAC, "Trueface"),
     N(4480, "exact", "images", None, "4,480 employee badge photos", MAC, "Trueface"),
     N(74, "exact", "searches", None, "74 investigative searches", MACPD, "Corsight AI"),
     N(9000, "approximately", "searches", "day", "approximately 9,000 face comparisons a day", CBP, None)],
    [P("Face recognition results shall not be used to detain a traveler without independent", "prohibition", MACPD),
     P("Only officers assigned to the Investigations Unit may request a search.", "requirement", MACPD)],
    [], ["2024-04-22", "2024-03-06", "2022-07-01", "2023-06-30", "2023-09-05", "2023-12-04", "2023"])

import re
ENUM = re.compile(r"^(?:\d+\.\d+ |\d+\. |F-2\.\d  )")
END = re.compile(r'\.(?:"|\n|$| (?=[A-Z(]))')
HERE = Path(__file__).parent
for r in R:
    text = (HERE / r["file"]).read_text()
    for pol in r["policies"]:
        q = ENUM.sub("", pol["quote"])
        i = text.index(q)
        if text[i + len(q)] in ",;":  # a clause inside a longer sentence: keep as written
            pol["quote"] = q
            continue
        m = END.search(text, i + len(q) - 2)
        closing = m.group().startswith('."') and q.startswith('"')
        pol["quote"] = text[i:m.start() + 1 + closing]

Path(__file__).with_name("labels.json").write_text(json.dumps(R, indent=1) + "\n")
print(len(R), "records")
