"""Source of labels.json (written from intent before rendering). Run: python3 labels_src.py"""
import json

def C(lo, hi, period, quote, agency, vendor, unit=None, currency="USD"):
    d = dict(amount_min=lo, amount_max=hi, currency=currency, period=period, quote=quote,
             agency=agency, vendor=vendor)
    if unit:
        d["unit"] = unit
    return d

def N(count, qual, measure, per, quote, agency, vendor):
    return dict(count=count, qualifier=qual, measure=measure, per=per, quote=quote,
                agency=agency, vendor=vendor)

def P(quote, kind, agency):
    return dict(quote=quote, kind=kind, agency=agency)

def E(frm, addr, date, subject, ps, pe=None):
    return {"from": frm, "from_address": addr, "date": date, "subject": subject,
            "page_start": ps, "page_end": pe or ps}

R = []
def rec(n, slug, scan, request_agency, agencies, vendors, products, costs=(), counts=(),
        policies=(), emails=(), dates=()):
    R.append(dict(file=f"docs/{n}_{slug}.txt", pdf=f"pdf/{n}_{slug}.pdf",
                  scan=f"pdf/{n}_{slug}.scan.pdf" if scan else None,
                  request_agency=request_agency, agencies=list(agencies), vendors=list(vendors),
                  products=list(products), costs=list(costs), counts=list(counts),
                  image_counts=[{"count": c["count"], "quote": c["quote"]} for c in counts
                                if c["measure"] == "images"],
                  policies=list(policies), emails=list(emails), dates=list(dates)))

MCSO = "Marion County Sheriff's Office"; CV = "Clearview AI"
rec("01", "in-marion-so-clearview-invoice", True, MCSO, [MCSO], [CV],
    ["Clearview AI Investigative Search", "Clearview AI Mobile"],
    costs=[C(26850, 26850, "year", "$26,850.00", MCSO, CV),
           C(1790, 1790, "year", "$1,790.00", MCSO, CV, unit="per user"),
           C(3750, 3750, "year", "$3,750.00", MCSO, CV),
           C(250, 250, "year", "$250.00", MCSO, CV, unit="per user"),
           C(2400, 2400, "one-time", "$2,400.00", MCSO, CV),
           C(33000, 33000, None, "TOTAL DUE          $33,000.00", MCSO, CV)],
    counts=[N(15, "exact", "licenses", None, "Search - named        15", MCSO, CV),
            N(50000000000, "at least", "images", None,
              "more than 50 billion publicly available facial images", None, CV)],
    policies=[P("Named user licenses may not be shared.", "prohibition", MCSO),
              P("Each license is assigned to one sworn investigator\nidentified by name and badge "
                "number at provisioning.", "requirement", MCSO),
              P("Licensed users shall use the service solely for legitimate law enforcement "
                "investigations.", "requirement", MCSO),
              P("Search results are provided as investigative leads; Clearview AI makes no "
                "representation that\na result constitutes a positive identification.",
                "disclaimer", None)],
    dates=["2025-03-04", "2025-04-03", "2025-04-01", "2026-03-31", "2024-11-18"])

TPD = "Tucson Police Department"; DW = "DataWorks Plus"
rec("02", "az-tucson-pd-dataworks-blanket-po", False, "City of Tucson Department of Procurement",
    [TPD, "City of Tucson Department of Procurement", "Pima County Sheriff's Department"], [DW],
    ["FACE Plus", "FACE Plus Mobile"],
    costs=[C(None, 151350, None, "BLANKET NOT-TO-EXCEED AMOUNT:  $151,350.00", TPD, DW),
           C(47900, 47900, "year", "$47,900.00     $47,900.00", TPD, DW),
           C(2550, 2550, "year", "$2,550.00", TPD, DW),
           C(85, 85, "year", "$85.00", TPD, DW, unit="per user"),
           C(50450, 50450, "year", "FY2026 ANNUAL TOTAL           $50,450.00", TPD, DW)],
    counts=[N(30, "exact", "users", None, "30 named investigative users", TPD, DW),
            N(1240000, "approximately", "images", None, "approx. 1,240,000 booking images",
              TPD, DW)],
    policies=[],
    dates=["2025-07-15", "2025-07-01", "2028-06-30", "2025-07-14"])

LPD = "Lakewood Police Department"; AWS = "Amazon Web Services"
rec("03", "co-lakewood-pd-aws-rekognition-bill", False, "City of Lakewood", [LPD, "City of Lakewood"],
    [AWS], ["Amazon Rekognition"],
    costs=[C(67.93, 67.93, "month", "Amazon Rekognition                                                            USD 67.93", LPD, AWS),
           C(48.31, 48.31, "month", "48,310 Images                  USD 48.31", LPD, AWS),
           C(0.001, 0.001, None, "USD 0.001 per image", LPD, AWS, unit="per image"),
           C(19.62, 19.62, "month", "1,962,440 Face metadata        USD 19.62", LPD, AWS),
           C(0.00001, 0.00001, "month", "USD 0.00001 per face metadata per month", LPD, AWS,
             unit="per face")],
    counts=[N(48310, "exact", "images", "month", "48,310 Images", LPD, AWS),
            N(1962440, "exact", "images", "month", "1,962,440 Face metadata", LPD, AWS)],
    dates=["2025-10-02", "2025-09-01", "2025-09-30"])

COBB = "Cobb County Board of Commissioners"; CCSO = "Cobb County Sheriff's Office"; ROC = "Rank One Computing"
rec("04", "ga-cobb-county-board-minutes-roc", True, "Cobb County Clerk's Office",
    [COBB, CCSO, "Cobb County Clerk's Office"], [ROC, "Axon Enterprise"], ["ROC Watch", "ROC SDK"],
    costs=[C(87000, 87000, "year", "$87,000 for year one", COBB, ROC),
           C(29500, 29500, "year", "$29,500 annually for years two\nand three", COBB, ROC),
           C(None, 146000, None, "total not to exceed $146,000", COBB, ROC)],
    counts=[N(900000, "approximately", "images", None,
              "roughly 900,000\njail booking photographs", CCSO, ROC),
            N(25, "exact", "users", None, "licenses would be issued to\n25 investigators", CCSO, ROC)],
    policies=[P("the Sheriff's Office shall\nprovide the Board a quarterly written report of the "
                "number of facial recognition searches\nperformed", "requirement", CCSO),
              P("use of the software on live or real-time video is prohibited", "prohibition", CCSO)],
    dates=["2026-02-10", "2026-03-10"])

TBI = "Tennessee Bureau of Investigation"; KPD = "Knoxville Police Department"; NEC = "NEC"
rec("05", "tn-tbi-knoxville-pd-fr-mou", True, KPD, [TBI, KPD], [NEC], ["NeoFace Reveal"],
    costs=[C(7200, 7200, "year", "$7,200 per year", KPD, None)],
    counts=[N(3400000, "approximately", "images", None,
              "approximately 3.4 million booking photographs", TBI, NEC),
            N(10, "at most", "users", None, "no more than ten (10) Requesting Officers", KPD, None),
            N(60, "up to", "requests", "month", "up to sixty (60) requests per month", KPD, None)],
    policies=[P("KPD shall designate no more than ten (10) Requesting Officers, each of whom must "
                "complete\nTBI's eight-hour facial recognition training before submitting a request.",
                "requirement", KPD),
              P("Each request must include a KPD case number and the approval of a supervisor at "
                "the rank\nof sergeant or above.", "requirement", KPD),
              P("KPD shall not submit images of persons engaged in activity protected by the First\n"
                "Amendment unless the request is tied to a specific criminal investigation.",
                "prohibition", KPD),
              P("A possible match returned by TBI is an investigative lead only and shall not be "
                "used as\nthe sole basis for an arrest, a search warrant or a photo lineup.",
                "prohibition", KPD),
              P("TBI shall retain a log of every request and search for five (5) years.",
                "requirement", TBI),
              P("Misuse of the service by a KPD Requesting Officer\nshall result in suspension of "
                "that officer's access and notice to the Chief of Police.", "consequence", KPD)],
    dates=["2025-07-01", "2028-06-30", "2025-06-19", "2025-06-24"])

PH = "Port Houston Police Department"; VIG = "Vigilant Solutions"
rec("06", "tx-port-houston-pd-fr-sop", False, PH, [PH], [VIG, "Motorola Solutions"], ["FaceSearch"],
    costs=[C(14250, 14250, "year", "annual subscription of $14,250", PH, VIG)],
    counts=[N(8, "exact", "users", None, "eight (8) FaceSearch\nuser accounts", PH, VIG)],
    policies=[P("Facial recognition may be used only to develop investigative leads in a documented "
                "criminal\ninvestigation, to identify a deceased person, or to identify a person who "
                "is unable to identify\nhimself or herself.", "permission", PH),
              P("Members shall not use facial recognition to monitor or identify persons engaged in "
                "lawful\nassembly, labor activity at the terminals, or other activity protected by "
                "the First Amendment.", "prohibition", PH),
              P("Members shall not use facial recognition on live or streaming video from Port "
                "Houston\nsecurity cameras.", "prohibition", PH),
              P("A facial recognition result is not a positive identification and shall not by "
                "itself\nestablish probable cause for an arrest.", "prohibition", PH),
              P("Only members who have completed Department-approved facial recognition training "
                "may be\nissued a FaceSearch account.", "requirement", PH),
              P("Before a search, the member must enter the offense report number and the reason "
                "for the\nsearch in the FaceSearch case field.", "requirement", PH),
              P("Every possible match must be reviewed by a second trained member before it is "
                "reported to\nthe case agent.", "requirement", PH),
              P("Probe images and results shall be attached to the offense report and kept "
                "according to\nthe Texas State Library and Archives Commission retention schedule "
                "(item 4075-05).", "requirement", PH),
              P("The Criminal Investigations Division lieutenant shall audit at least 10 percent "
                "of searches\neach quarter and report the results to the Chief of Police.",
                "requirement", PH),
              P("Any member who uses facial recognition in violation of this SOP is subject to "
                "discipline up\nto and including termination.", "consequence", PH)],
    dates=["2025-09-01", "2023-03-03"])

MCAC = "Maryland Coordination and Analysis Center"; AACPD = "Anne Arundel County Police Department"
COG = "Cognitec"
rec("07", "md-mcac-anne-arundel-outlook-thread", True, AACPD, [MCAC, AACPD], [COG],
    ["FaceVACS-DBScan"],
    costs=[C(9000, 9000, "year", "$9,000 for FY27", AACPD, COG),
           C(118400, 118400, "year", "maintenance renewal for FY27 is $118,400", MCAC, COG)],
    counts=[N(1146, "exact", "searches", "year", "1,146 face recognition searches", MCAC, COG),
            N(231, "exact", "requests", "year", "231 requests came from\nyour detectives", AACPD, COG)],
    policies=[P("Each request must include an agency case number and a supervisor's\napproval.",
                "requirement", AACPD),
              P("MCAC will not run searches on images of people taking part in protests or other\n"
                "First Amendment activity.", "prohibition", MCAC)],
    emails=[E("Patel, Devika (MSP/MCAC)", "devika.patel@mcac.example.gov", "2026-01-15 16:07",
              "RE: FR request volume and FY27 cost share", 1),
            E("Szymanski, Brett (AACPD)", "pdszym22@aacounty.example.org", "2026-01-14 10:22",
              "RE: FR request volume and FY27 cost share", 1),
            E("Patel, Devika (MSP/MCAC)", None, "2026-01-12 09:15",
              "FR request volume and FY27 cost share", 2)],
    dates=["2026-01-15", "2026-01-14", "2026-01-12", "2025"])

CCSD = "Clark County School District Police Department"; SAFR = "SAFR by RealNetworks"
rec("08", "nv-ccsd-pd-safr-gmail-thread", False, CCSD, [CCSD, "Clark County School District"],
    [SAFR], ["SAFR Platform"],
    costs=[C(390, 390, "year", "$390 per camera per year", CCSD, SAFR, unit="per camera"),
           C(23400, 23400, "year", "$23,400 per year", CCSD, SAFR)],
    counts=[N(60, "exact", "licenses", None, "60 camera licenses", CCSD, SAFR),
            N(10, "up to", "cameras", None, "up to 10 cameras", CCSD, SAFR)],
    policies=[P("Board Policy\n  5142.4 prohibits the district from enrolling any student's "
                "photograph in a facial\n  recognition watchlist.", "prohibition", CCSD),
              P("Any watchlist we build would hold only persons subject to a court\n  protective "
                "order or a trespass notice, and each entry must be approved by a lieutenant.",
                "requirement", CCSD)],
    emails=[E("Tom Becerra", "tbecerra@safr.example.com", "2025-09-08 11:42",
              "SAFR pricing for CCSD PD", 1),
            E("Rebecca Lindqvist", "lindqrm@nv.ccsd.example.net", "2025-09-09 08:05",
              "SAFR pricing for CCSD PD", 1),
            E("Tom Becerra", "tbecerra@safr.example.com", "2025-09-09 14:51",
              "SAFR pricing for CCSD PD", 2)],
    dates=["2026-01-09", "2025-09-08", "2025-09-09"])

SOS = "Illinois Secretary of State"; IDM = "Idemia"
rec("09", "il-sos-idemia-apple-mail-fwd", True, SOS, [SOS], [IDM], ["MorphoFace Investigate"],
    costs=[C(268500, 268500, "year", "current $268,500", SOS, IDM),
           C(312000, 312000, "year", "$312,000 per year", SOS, IDM),
           C(1248000, 1248000, None, "$1,248,000 over the four-year extension", SOS, IDM)],
    counts=[N(19600000, "approximately", "images", None,
              "about 19.6 million driver's license and ID card images", SOS, IDM),
            N(7930, "exact", "requests", "year", "7,930 search requests", SOS, IDM)],
    policies=[P("the Secretary of State runs a facial recognition\n> search only at the written "
                "request of a law enforcement agency that gives a criminal case\n> number.",
                "requirement", SOS)],
    emails=[E("Karen Oyelaran", "KOyelaran@ilsos.example.gov", "2025-11-18 14:41",
              "Fwd: Amendment 4 - facial recognition maintenance pricing", 1),
            E("Mullins, Grant", "grant.mullins@idemia.example.com", "2025-11-17 09:03",
              "Amendment 4 - facial recognition maintenance pricing", 1),
            E("Karen Oyelaran", "KOyelaran@ilsos.example.gov", "2025-11-10 15:15", None, 1)],
    dates=["2025-11-18", "2025-11-17", "2025-11-10", "2025"])

HCSO = "Hennepin County Sheriff's Office"; BPD = "Bloomington Police Department"
rec("10", "mn-news-hennepin-metro-fr-records", False, None,
    [HCSO, "St. Paul Police Department", "Brooklyn Park Police Department", BPD,
     "Minneapolis Police Department"], [COG, CV], [],
    costs=[C(38900, 38900, "year", "$38,900 a\nyear for maintenance", HCSO, COG),
           C(12500, 12500, None, "subscription in\n2024 for $12,500", BPD, CV)],
    counts=[N(1500000, "approximately", "images", None, "roughly 1.5 million booking photos", HCSO, COG),
            N(96, "exact", "searches", "year", "run 96 searches in 2025", "St. Paul Police Department", COG),
            N(41, "exact", "requests", None, "41 requests", "Brooklyn Park Police Department", COG),
            N(9, "exact", "users", None, "nine user accounts", BPD, CV),
            N(412, "exact", "searches", "year", "ran 412 searches\nduring 2025", BPD, CV)],
    policies=[P("Department policy says a match is a lead, never probable cause", "prohibition", BPD),
              P("A city ordinance passed in 2021 bars the Minneapolis Police\nDepartment from "
                "obtaining or using facial recognition technology, including through a third\nparty.",
                "prohibition", "Minneapolis Police Department"),
              P("requests must come from a sworn officer with an open\ncase number", "requirement", HCSO),
              P("analysts will not run a search on a photo taken at a protest", "prohibition", HCSO)],
    dates=["2026-03-03", "2025", "2024", "2021"])

JPSO = "Jefferson Parish Sheriff's Office"; OO = "Oosto"
rec("11", "la-jpso-oosto-grant-application", False, JPSO,
    [JPSO, "Louisiana Commission on Law Enforcement and Administration of Criminal Justice"], [OO],
    ["OnWatch"],
    costs=[C(74940, 74940, None, "$74,940 for the face recognition component", JPSO, OO),
           C(37800, 37800, "year", "$37,800.00", JPSO, OO),
           C(3150, 3150, "year", "$3,150.00", JPSO, OO, unit="per camera channel"),
           C(14500, 14500, "year", "$14,500.00   $14,500.00", JPSO, OO),
           C(22640, 22640, None, "$22,640.00   $22,640.00", JPSO, None)],
    counts=[N(12, "exact", "licenses", None, "covers 12 camera channels", JPSO, OO),
            N(410000, "approximately", "images", None,
              "approximately 410,000 booking photographs", JPSO, OO)],
    policies=[P("a face recognition result may be used only as an investigative lead and must be\n"
                "confirmed by independent evidence before any arrest.", "requirement", JPSO),
              P("Use of face recognition to identify\npersons engaged in lawful protest or religious "
                "activity is prohibited.", "prohibition", JPSO),
              P("Every search must be\nlogged with the item number of the case under investigation.",
                "requirement", JPSO)],
    dates=["2026-10-01", "2027-09-30", "2025-01", "2026-05-28", "2026-05-29", "2025"])

MDPD = "Miami-Dade Police Department"; PCSO = "Pinellas County Sheriff's Office"
rec("12", "fl-miami-dade-oig-fr-audit", True, "Miami-Dade County Office of the Inspector General",
    ["Miami-Dade County Office of the Inspector General", MDPD, PCSO], [CV],
    ["Clearview AI", "FACES"],
    costs=[C(41500, 41500, "year", "$41,500 for the year", MDPD, CV)],
    counts=[N(38000000, "at least", "images", None, "more than 38\nmillion images", PCSO, None),
            N(2118, "exact", "searches", "year", "Clearview AI                  2,118", MDPD, CV),
            N(904, "exact", "searches", "year", "FACES (Pinellas)                904", MDPD, None),
            N(3022, "exact", "searches", "year", "Total                         3,022", MDPD, None),
            N(31, "exact", "accounts", None, "Clearview AI                     31", MDPD, CV),
            N(18, "exact", "accounts", None, "FACES (Pinellas)                 18", MDPD, None),
            N(118, "exact", "searches", None, "118\nsearches that had no case number", MDPD, None)],
    policies=[P("MDPD Departmental Order 24-07 requires a supervisor to approve each facial\n"
                "recognition search before it is run.", "requirement", MDPD),
              P("Departmental Order 24-07 states that a facial recognition result shall not be the\n"
                "sole basis for probable cause.", "prohibition", MDPD)],
    dates=["2024-10-01", "2025-09-30", "2025-12-18"])

SCDA = "Suffolk County District Attorney's Office"
rec("13", "ma-suffolk-da-records-response-letter", True, SCDA,
    [SCDA, "Massachusetts State Police", "Massachusetts Registry of Motor Vehicles",
     "Boston Police Department"], [CV], [],
    costs=[C(6000, 6000, "year", "$6,000 per year", SCDA, CV),
           C(2000, 2000, "year", "$2,000 per license", SCDA, CV, unit="per license")],
    counts=[N(3, "exact", "licenses", None, "three investigator licenses", SCDA, CV),
            N(57, "exact", "searches", "year", "ran 57 searches during calendar year 2025", SCDA, CV)],
    policies=[P("an investigator\nmay run a search only with the written approval of the Chief of "
                "the Special Investigations\nUnit.", "requirement", SCDA),
              P("An Assistant District Attorney may not offer a facial recognition result at trial "
                "as\nevidence of identification.", "prohibition", SCDA),
              P("The Boston Police\nDepartment, which brings most of the cases this Office "
                "prosecutes, is barred by city\nordinance from using face surveillance.",
                "prohibition", "Boston Police Department")],
    dates=["2026-01-22", "2025-12-30", "2024-06", "2025"])

WCSO = "Wake County Sheriff's Office"; VT = "Veritone"
rec("14", "nc-wake-so-veritone-usage-log", False, WCSO, [WCSO], [VT, "Axon Enterprise"], ["IDentify"],
    costs=[C(1450, 1450, "month", "base fee $1,450.00/month", WCSO, VT),
           C(3.25, 3.25, None, "$3.25 per search", WCSO, VT, unit="per search"),
           C(58.50, 58.50, "month", "$58.50", WCSO, VT),
           C(1508.50, 1508.50, "month", "$1,508.50", WCSO, VT),
           C(169, 169, "month", "$169.00", WCSO, VT),
           C(1619, 1619, "month", "$1,619.00", WCSO, VT),
           C(120.25, 120.25, "month", "$120.25", WCSO, VT),
           C(1570.25, 1570.25, "month", "$1,570.25", WCSO, VT),
           C(29.25, 29.25, "month", "$29.25", WCSO, VT),
           C(1479.25, 1479.25, "month", "$1,479.25", WCSO, VT),
           C(8700, 8700, None, "$8,700.00", WCSO, VT),
           C(377, 377, None, "$377.00", WCSO, VT),
           C(9077, 9077, None, "$9,077.00", WCSO, VT)],
    counts=[N(16, "exact", "users", None, "Licensed users: 16", WCSO, VT),
            N(231, "exact", "searches", "month", "Jul-2025 |      231", WCSO, VT),
            N(268, "exact", "searches", "month", "Aug-2025 |      268", WCSO, VT),
            N(302, "exact", "searches", "month", "Sep-2025 |      302", WCSO, VT),
            N(244, "exact", "searches", "month", "Oct-2025 |      244", WCSO, VT),
            N(287, "exact", "searches", "month", "Nov-2025 |      287", WCSO, VT),
            N(259, "exact", "searches", "month", "Dec-2025 |      259", WCSO, VT),
            N(1591, "exact", "searches", None, "TOTAL    |    1,591", WCSO, VT),
            N(612480, "exact", "images", None, "612,480 booking images", WCSO, VT)],
    dates=["2026-01-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12",
           "2025-08-19", "2025-09-16", "2025-10-21", "2025-11-18", "2025-12-16"])

json.dump(R, open("/work/holdout9/labels.json", "w"), indent=1)
print(len(R), "records")
