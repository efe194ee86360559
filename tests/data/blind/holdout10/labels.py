"""Writes labels.json. Labels were decided from the author's intent when each text was written;
seg() only copies the exact whitespace of a table row or a wrapped sentence into the quote."""
import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = sorted((HERE / "docs").glob("*.txt"))
TEXT = {p.name[:2]: p.read_text() for p in DOCS}
NAME = {p.name[:2]: p.name for p in DOCS}
SCANS = {"02", "05", "07", "08", "10", "13", "14"}

_doc = None


def seg(start, end):
    t = TEXT[_doc]
    i = t.index(start)
    j = t.index(end, i) + len(end)
    return t[i:j]


def C(lo, hi, period, quote, agency, vendor, unit=None, currency="USD"):
    d = dict(amount_min=lo, amount_max=hi, currency=currency, period=period, quote=quote,
             agency=agency, vendor=vendor)
    if unit:
        d["unit"] = unit
    return d


def N(count, qualifier, measure, quote, agency, vendor, per=None):
    return dict(count=count, qualifier=qualifier, measure=measure, per=per, quote=quote,
                agency=agency, vendor=vendor)


def P(quote, kind, agency):
    return dict(quote=quote, kind=kind, agency=agency)


def E(frm, addr, to, date, subject, p0, p1):
    return {"from": frm, "from_address": addr, "to": to, "date": date, "subject": subject,
            "page_start": p0, "page_end": p1}


records = []


def rec(num, request_agency, agencies, vendors, products, costs=(), counts=(), policies=(),
        emails=(), dates=()):
    counts = list(counts)
    records.append({
        "file": "docs/" + NAME[num],
        "pdf": "pdf/" + NAME[num][:-4] + ".pdf",
        "scan": ("pdf/" + NAME[num][:-4] + ".scan.pdf") if num in SCANS else None,
        "request_agency": request_agency,
        "agencies": agencies, "vendors": vendors, "products": products,
        "costs": list(costs), "counts": counts,
        "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in counts
                         if c["measure"] == "images"],
        "policies": list(policies), "dates": list(dates), "emails": list(emails),
    })


# ---------------------------------------------------------------- 01 Nebraska, Clearview quote
_doc = "01"
A, V = "Douglas County Sheriff's Office", "Clearview AI"
r1 = seg("Clearview AI Investigative Platform,", "$25,900.00")
r2 = seg("Clearview Mobile add-on, per named user", "$1,800.00")
rec("01", A, [A, "Douglas County Board of Commissioners"], [V],
    ["Clearview AI Investigative Platform", "Clearview Mobile"],
    costs=[
        C(25900, 25900, "year", r1, A, V),
        C(1850, 1850, "year", r1, A, V, unit="per user"),
        C(1800, 1800, "year", r2, A, V),
        C(300, 300, "year", r2, A, V, unit="per user"),
        C(26405, 26405, "year", seg("TOTAL (USD):", "$26,405.00"), A, V),
        C(24420, 24420, "year", "Your current term was invoiced at $24,420.00 for 12 named users", A, V),
    ],
    counts=[
        N(14, "exact", "users", r1, A, V),
        N(6, "exact", "users", r2, A, V),
        N(12, "exact", "users", "$24,420.00 for 12 named users", A, V),
        N(50_000_000_000, "at least", "images",
          "more than 50 billion publicly available facial images", None, V),
    ],
    policies=[
        P(seg("Search results are investigative leads only", "other enforcement action."),
          "prohibition", A),
        P(seg("Accounts may be used only by sworn personnel", "is prohibited."), "requirement", A),
        P(seg("Each search must be associated", "field."), "requirement", A),
        P("Customer's administrator may review the audit log of all searches at any time.",
          "permission", A),
    ],
    dates=["2024-09-18", "2024-10-18", "2023-11-01", "2024-10-31", "2024-11-01", "2025-10-31",
           "2024-09-09"])

# ---------------------------------------------------------------- 02 Arizona, Idemia invoice
_doc = "02"
ADOT, MVD, V = ("Arizona Department of Transportation",
                "Arizona Department of Transportation Motor Vehicle Division", "Idemia")
rec("02", ADOT, [ADOT, MVD], [V], [],
    costs=[
        C(148750, 148750, "year", seg("Facial recognition 1:N matching engine,", "148,750.00"),
          ADOT, V),
        C(9720, 9720, None, seg("Facial image searches over contract base,", "9,720.00"), ADOT, V),
        C(0.12, 0.12, None, "81,000 @ 0.12 each", ADOT, V, unit="per search"),
    ],
    counts=[
        N(81000, "exact", "searches", "81,000 @ 0.12 each", MVD, V),
        N(9412006, "exact", "images", "9,412,006 enrolled images", MVD, V),
    ],
    dates=["2025-03-04", "2025-04-03", "2025-01-01", "2025-12-31", "2024-12-31"])

# ---------------------------------------------------------------- 03 South Carolina, PO
_doc = "03"
CITY, CPD, V = "City of Columbia", "Columbia Police Department", "Rank One Computing"
r2 = seg("ROC Investigate analyst seat, annual", "9,200.00")
rec("03", CITY, [CITY, CPD], [V], ["ROC Watch", "ROC Investigate"],
    costs=[
        C(21500, 21500, None, seg("ROC Watch face recognition server license,", "21,500.000       21,500.00"),
          CITY, V),
        C(9200, 9200, "year", r2, CITY, V),
        C(1150, 1150, "year", r2, CITY, V, unit="per seat"),
        C(3400, 3400, "one-time", seg("On-site installation and configuration,", "one-time"),
          CITY, V),
        C(34100, 34100, None, "PO TOTAL:      $34,100.00", CITY, V),
        C(30700, 30700, None, seg("Police - Computer Software", "30,700.00"), CITY, V),
    ],
    counts=[N(8, "exact", "licenses", seg("8  EA   ROC Investigate", "analyst seat"), CPD, V)],
    policies=[P(seg("A face recognition result shall not be used", "cause."), "prohibition", CPD)],
    dates=["2024-05-21", "2024-04-30", "2024-06-30", "2024-05-14", "2024-05-16", "2024-06",
           "2025-06"])

# ---------------------------------------------------------------- 04 Washington, AWS statement
_doc = "04"
POS, PD, V = "Port of Seattle", "Port of Seattle Police Department", "Amazon Web Services"
rec("04", POS, [PD, POS], [V], ["Amazon Rekognition"],
    costs=[
        C(51.27, 51.27, "month", seg("Amazon Rekognition    ", "51.27"), PD, V),
        C(38.94, 38.94, "month", seg("38,940 images", "38.94"), PD, V),
        C(0.001, 0.001, None, "$0.001 per image processed", PD, V, unit="per image"),
        C(12.33, 12.33, "month", seg("1,233,000 face metadata", "12.33"), PD, V),
        C(0.00001, 0.00001, "month", "$0.00001 per face metadata stored per month", PD, V,
          unit="per face"),
        C(75, 75, "month", "the $75.00 monthly estimate", PD, V),
    ],
    counts=[
        N(38940, "exact", "images", "38,940 images", PD, V),
        N(1233000, "exact", "faces", "1,233,000 face metadata", PD, V),
    ],
    dates=["2024-08", "2024-08-01", "2024-08-31", "2024-09-02", "2024-09-05"])

# ---------------------------------------------------------------- 05 Georgia, agenda + minutes
_doc = "05"
BOC, SO, V = "Cobb County Board of Commissioners", "Cobb County Sheriff's Office", "Cognitec"
rec("05", BOC, [BOC, SO], [V], ["FaceVACS-DBScan LE"],
    costs=[
        C(21600, 21600, "year", "Annual cost is\n$21,600", BOC, V),
        C(64800, 64800, None, "a three-year total of $64,800", BOC, V),
        C(None, 70000, None, "authority not to exceed $70,000 over\nthe three-year term", BOC, V),
    ],
    counts=[
        N(130, "exact", "searches", "investigators ran 130 searches", SO, V),
        N(25, "exact", "licenses", "25 concurrent user licenses", SO, V),
        N(1_200_000, "approximately", "images", "approximately 1.2 million booking photographs",
          SO, V),
        N(45, "approximately", "users", "about 45\ninvestigators would be trained", SO, V),
    ],
    policies=[
        P(seg("The Sheriff's Office\nshall not use face recognition", "Amendment activity."),
          "prohibition", SO),
        P(seg("a possible match must be reviewed by a second", "before any arrest."),
          "requirement", SO),
    ],
    dates=["2025-02-11", "2025-03-11", "2024", "1998"])

# ---------------------------------------------------------------- 06 Utah, MOU
_doc = "06"
DPS = "Utah Department of Public Safety"
SIAC = "Utah Statewide Information and Analysis Center"
OG = "Ogden City Police Department"
DLD = "Utah Driver License Division"
V = "DataWorks Plus"
rec("06", DPS, [DPS, SIAC, OG, DLD], [V], ["FACE Plus"],
    costs=[C(1500, 1500, "year", "annual service fee of $1,500", OG, None)],
    counts=[
        N(6_100_000, "approximately", "images", "approximately 6.1 million images", SIAC, V),
        N(4, "at most", "users", "there shall be no more than four", OG, None),
        N(25, "up to", "searches", "up to 25 search requests per month", OG, None, per="month"),
    ],
    policies=[
        P(seg("The User Agency shall submit each request", "criminal predicate."),
          "requirement", OG),
        P(seg("Requests may be submitted only by", "no more than four."), "requirement", OG),
        P(seg("The User Agency may submit up to 25", "in an emergency."), "requirement", OG),
        P(seg("The User Agency shall not use a SIAC response", "warrant."), "prohibition", OG),
        P(seg("Misuse of the service by any User Agency employee", "SIAC Director."),
          "consequence", OG),
        P("SIAC analysts shall conduct every search and a peer review of every candidate list.",
          "requirement", SIAC),
        P("SIAC will return no more than five candidate images per request", "requirement",
          SIAC),
        P("SIAC may audit the User Agency's requests at any time.", "permission", SIAC),
        P("The User Agency shall retain request\nrecords for at least three years.",
          "requirement", OG),
    ],
    dates=["2023-08-14", "2023-08-22"])

# ---------------------------------------------------------------- 07 Maryland, directive
_doc = "07"
MT = "Maryland Transit Administration Police Force"
DPSCS = "Maryland Department of Public Safety and Correctional Services"
MVA = "Maryland Motor Vehicle Administration"
rec("07", MT, [MT, DPSCS, MVA], ["Clearview AI"], ["Maryland Image Repository System"],
    counts=[
        N(7_400_000, "approximately", "images",
          "approximately 7.4 million Motor Vehicle\nAdministration and booking images", DPSCS, None),
        N(6, "at most", "users", "no more than six sworn members as FRT examiners", MT, None),
    ],
    policies=[
        P("Members access FRT only through the Maryland\nImage Repository System (MIRS)",
          "requirement", MT),
        P("Only members certified as FRT examiners by DPSCS may submit a search to MIRS.",
          "requirement", MT),
        P("The Chief of Police shall designate no more than six sworn members as FRT examiners.",
          "requirement", MT),
        P(seg("Each examiner must complete the DPSCS MIRS", "before conducting a search."),
          "requirement", MT),
        P(seg("A member may use FRT only in the investigation", "incapacitated person."),
          "requirement", MT),
        P(seg("Members shall not use FRT to identify", "national\n      origin."),
          "prohibition", MT),
        P(seg("Members shall not use Clearview AI", "the State."), "prohibition", MT),
        P(seg("Probe images from transit CCTV may be used;", "used as probe images."),
          "prohibition", MT),
        P(seg("An FRT result is an investigative lead only", "probable cause to arrest."),
          "prohibition", MT),
        P(seg("Every possible match must be reviewed", "the case investigator."),
          "requirement", MT),
        P(seg("Examiners shall log each search", "and the result."), "requirement", MT),
        P(seg("The State's Attorney shall be notified", "Sec. 2-507."), "requirement", MT),
        P("The Professional Standards Unit shall audit the FRT Search Log each quarter.",
          "requirement", MT),
        P(seg("The MTAPF shall include the number of FRT searches", "Administrator."),
          "requirement", MT),
        P(seg("A member who uses FRT in violation", "MIRS access revoked."), "consequence", MT),
    ],
    dates=["2025-01-06", "2021-06-01", "2024-12-18"])

# ---------------------------------------------------------------- 08 Tennessee, Outlook thread
_doc = "08"
KPD, KC = "Knoxville Police Department", "Knox County Sheriff's Office"
CV, LN = "Clearview AI", "LexisNexis"
SUBJ = "Clearview seats - cost share?"
rec("08", KPD, [KPD, KC], [CV, LN], ["Accurint Virtual Crime Center"],
    costs=[
        C(15840, 15840, "year", "Clearview priced at $15,840\nfor the year", KPD, CV),
        C(7250, 7250, "year", "$7,250 a year for 5 accounts", KC, LN),
        C(19800, 19800, "year", "$19,800 for 10 investigator seats for one year", KPD, CV),
    ],
    counts=[
        N(8, "exact", "licenses", "our request to 8 seats", KPD, CV),
        N(60, "approximately", "searches", "we ran about 60 searches", KC, CV),
        N(5, "exact", "users", "$7,250 a year for 5 accounts", KC, LN),
        N(10, "exact", "licenses", "10 investigator seats", KPD, CV),
    ],
    policies=[P("no KPD officer may run a face search from a\npersonal phone", "prohibition", KPD)],
    emails=[
        E("Hensley, Marcus", "mhensley@knoxvilletn.example", "Beard, Alicia", "2024-03-12 14:41",
          "RE: " + SUBJ, 1, 1),
        E("Beard, Alicia", "alicia.beard@knoxsheriff.example", "Hensley, Marcus",
          "2024-03-12 11:06", "RE: " + SUBJ, 1, 1),
        E("Hensley, Marcus", "mhensley@knoxvilletn.example", "Beard, Alicia", "2024-03-08 09:17",
          SUBJ, 1, 2),
    ],
    dates=["2024-03-12", "2024-03-08"])

# ---------------------------------------------------------------- 09 Colorado, Gmail thread
_doc = "09"
DA, DSD, V = "Denver District Attorney's Office", "Denver Sheriff Department", "Veritone"
SUBJ = "IDentify pricing - Denver DA investigations"
rec("09", DA, [DA, DSD], [V], ["IDentify"],
    costs=[
        C(38000, 38000, "year", "Annual subscription: $38,000 for up to 15 named users", DA, V),
        C(2400, 2400, "year", "$2,400 per user per year", DA, V, unit="per user"),
        C(5000, 5000, "one-time", "$5,000 one-time", DA, V),
    ],
    counts=[
        N(15, "up to", "users", "up to 15 named users", DA, V),
        N(410000, "approximately", "images", "roughly 410,000 photos", DSD, None),
    ],
    policies=[
        P(seg("SB 22-113 requires us to file", "at least 90\ndays."), "requirement", DA),
        P("We must also ensure meaningful human review of any result before it is used in a case.",
          "requirement", DA),
        P("our standard terms prohibit use of IDentify for real-time surveillance of crowds",
          "prohibition", DA),
    ],
    emails=[
        E("Kyle Brennan", "kbrennan@veritone.example", "Rachel Ostrowski", "2024-01-08 16:02",
          SUBJ, 1, 1),
        E("Rachel Ostrowski", "rostrowski@denverda.example", "Kyle Brennan", "2024-01-09 08:47",
          SUBJ, 1, 1),
        E("Kyle Brennan", "kbrennan@veritone.example", "Rachel Ostrowski", "2024-01-10 13:15",
          SUBJ, 1, 2),
    ],
    dates=["2024-01-10", "2024-01-08", "2024-01-09", "2024-06-30"])

# ---------------------------------------------------------------- 10 Kansas, Lotus Notes
_doc = "10"
KBI, V = "Kansas Bureau of Investigation", "NEC"
rec("10", KBI, [KBI], [V], ["NeoFace Reveal"],
    costs=[
        C(54300, 54300, "year", "(July 1, 2024 - June 30, 2025) is $54,300.00", KBI, V),
        C(52211.54, 52211.54, "year", "FY2024 renewal of $52,211.54", KBI, V),
    ],
    counts=[
        N(3812, "exact", "searches", "3,812 probe searches", KBI, V),
        N(62, "exact", "users", "62 active user accounts", KBI, V),
        N(31, "exact", "agencies", "31 contributing agencies", KBI, V),
        N(1684220, "exact", "images", "1,684,220 booking images", KBI, V),
    ],
    policies=[P(seg("face recognition searches may be run only", "current NEC certification."),
                "requirement", KBI)],
    emails=[
        E("Gregory Pham", None, "Marsha Kettler", "2024-04-22 10:38",
          "Fw: NeoFace Reveal renewal FY2025", 1, 1),
        E("Albers, Jon", "jon.albers@necam.example", "Gregory Pham", "2024-04-19 15:55",
          "NeoFace Reveal renewal FY2025", 1, 1),
        E("Gregory Pham", None, "Jon Albers", "2024-04-17 14:10", None, 1, 1),
    ],
    dates=["2024-04-22", "2024-04-19", "2024-04-17", "2024-07-01", "2025-06-30", "2023"])

# ---------------------------------------------------------------- 11 Louisiana, news
_doc = "11"
JP, NOPD = "Jefferson Parish Sheriff's Office", "New Orleans Police Department"
SAFE, LSP = "Louisiana State Analytical and Fusion Exchange", "Louisiana State Police"
KEN = "Kenner Police Department"
rec("11", None, [JP, NOPD, SAFE, LSP, KEN, "New Orleans City Council", "Kenner City Council"],
    ["Clearview AI", "BriefCam"], [],
    costs=[
        C(29900, 29900, None, "signed a two-year agreement\nwith Clearview AI in March 2023 for $29,900",
          JP, "Clearview AI"),
        C(9000, 9000, "year", "pays BriefCam $9,000 a year", KEN, "BriefCam"),
    ],
    counts=[
        N(22, "exact", "users", "22 Clearview accounts", JP, "Clearview AI"),
        N(1407, "exact", "searches", "ran 1,407 searches through August 2024", JP, "Clearview AI"),
        N(214, "exact", "searches", "NOPD submitted 214 such requests in 2023", NOPD, None),
        N(3_000_000, "at least", "images", "more than 3 million booking photos", SAFE, None),
        N(12, "approximately", "users", "\"about a dozen\" detectives", KEN, "BriefCam"),
    ],
    policies=[
        P(seg("NOPD officers may request a face", "approved by a supervisor."), "requirement",
          NOPD),
        P("\"are leads, never probable cause.\"", "disclaimer", JP),
    ],
    dates=["2024-10-13", "2023-03", "2024-08", "2023", "2022-07", "2022", "2021"])

# ---------------------------------------------------------------- 12 Alabama, grant budget
_doc = "12"
UAB, ADECA, V = ("University of Alabama at Birmingham Police Department",
                 "Alabama Department of Economic and Community Affairs", "Oosto")
r1 = seg("Oosto OnWatch face recognition license,", "$34,800.00")
rec("12", UAB, [UAB, ADECA], [V], ["OnWatch"],
    costs=[
        C(34800, 34800, "year", r1, UAB, V),
        C(1450, 1450, "year", r1, UAB, V, unit="per camera stream"),
        C(11900, 11900, None, seg("Oosto OnWatch server appliance", "$11,900.00   $11,900.00"), UAB, V),
        C(3200, 3200, "one-time", seg("Oosto operator and administrator training", "(one-time"),
          UAB, V),
        C(49900, 49900, None, seg("TOTAL JAG REQUEST (A + B):", "$49,900.00"), UAB, None),
    ],
    counts=[
        N(24, "exact", "licenses", r1, UAB, V),
        N(10, "up to", "users", "up to 10 staff", UAB, V),
        N(500, "at most", "persons enrolled", "no more than 500 enrolled persons", UAB, V),
    ],
    policies=[
        P("Only dispatchers and officers who complete the vendor training may operate OnWatch.",
          "requirement", UAB),
        P("An alert must be confirmed by a sworn supervisor before any officer makes contact.",
          "requirement", UAB),
        P(seg("UABPD shall not enroll students", "student organization."), "prohibition", UAB),
        P("Non-matching face data shall be deleted automatically within 72 hours.",
          "requirement", UAB),
    ],
    dates=["2025-10-01", "2026-09-30", "2025-04-02", "2022", "2024"])

# ---------------------------------------------------------------- 13 Virginia, annual report
_doc = "13"
FC, V = "Fairfax County Police Department", "Motorola Solutions"
rec("13", FC, [FC, "Fairfax County Board of Supervisors"], ["Vigilant Solutions", V],
    ["FaceSearch"],
    costs=[C(15800, 15800, "year", "module costs $15,800 a year", FC, V)],
    counts=[
        N(1_900_000, "exact", "images", "regional booking gallery of 1.9 million images", None, V),
        N(38, "exact", "users", "38 FCPD employees held FaceSearch accounts", FC, V),
        N(268, "exact", "searches", seg("Q1 (Jan-Mar)", "268"), FC, V),
        N(301, "exact", "searches", seg("Q2 (Apr-Jun)", "301"), FC, V),
        N(289, "exact", "searches", seg("Q3 (Jul-Sep)", "289"), FC, V),
        N(288, "exact", "searches", seg("Q4 (Oct-Dec)", "288"), FC, V),
        N(1146, "exact", "searches", seg("Total    ", "1,146"), FC, V),
    ],
    policies=[
        P("each examiner must repeat the\ncourse every two years.", "requirement", FC),
        P("possible match shall not be used as the sole basis for an arrest or a search warrant.",
          "prohibition", FC),
        P("FCPD shall not use FaceSearch for real-time or continuous monitoring of any location.",
          "prohibition", FC),
    ],
    dates=["2025-03-20", "2024-12-31", "2024"])

# ---------------------------------------------------------------- 14 Minnesota, response letter
_doc = "14"
HC, MPD = "Hennepin County Sheriff's Office", "Minneapolis Police Department"
rec("14", HC, [HC, MPD, "Hennepin County Attorney's Office"], ["Idemia", "Trueface", "Pangiam"],
    [],
    costs=[C(112000, 112000, "year", "$112,000 per year", HC, "Idemia")],
    counts=[
        N(2307, "exact", "searches", "ran 2,307 face recognition searches in calendar year 2023",
          HC, "Idemia"),
        N(640, "exact", "searches",
          "640 were run at the request of the Minneapolis Police Department", MPD, "Idemia"),
        N(41, "exact", "users", "41 HCSO analysts held accounts", HC, "Idemia"),
        N(1_400_000, "approximately", "images", "about 1.4 million booking photographs", HC,
          "Idemia"),
    ],
    policies=[
        P("a facial recognition result may not be the sole basis\n   for an arrest.",
          "prohibition", HC),
        P("Analysts must document each search in the case management system.", "requirement",
          HC),
        P("Access is limited to analysts\n   in the Criminal Information Sharing and Analysis unit.",
          "requirement", HC),
    ],
    dates=["2024-06-03", "2024-04-29", "2022-01-01", "2024-05-01", "2023"])

(HERE / "labels.json").write_text(json.dumps(records, indent=1) + "\n")
print(len(records), "records;",
      sum(len(r["costs"]) for r in records), "costs,",
      sum(len(r["counts"]) for r in records), "counts,",
      sum(len(r["image_counts"]) for r in records), "image counts,",
      sum(len(r["policies"]) for r in records), "policies,",
      sum(len(r["emails"]) for r in records), "emails")
