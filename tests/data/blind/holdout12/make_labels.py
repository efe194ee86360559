"""Writes labels.json from the intent recorded here (written before any rendering)."""
import json
from pathlib import Path

HERE = Path(__file__).parent


def C(amin, amax, period, quote, agency, vendor, unit=None, currency="USD"):
    d = {"amount_min": amin, "amount_max": amax, "currency": currency, "period": period,
         "quote": quote, "agency": agency, "vendor": vendor}
    if unit:
        d["unit"] = unit
    return d


def N(count, qualifier, measure, per, quote, agency, vendor):
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per,
            "quote": quote, "agency": agency, "vendor": vendor}


def P(quote, kind, agency):
    return {"quote": quote, "kind": kind, "agency": agency}


def E(frm, addr, date, subject, p1, p2, to=None):
    return {"from": frm, "from_address": addr, "to": to, "date": date, "subject": subject,
            "page_start": p1, "page_end": p2}


BPD = "Boise Police Department"
NSP = "Nebraska State Patrol"
SCSO = "Sedgwick County Sheriff's Office"
CCSO = "Cumberland County Sheriff's Office"
BILL = "Billings Police Department"
LCPD = "Las Cruces Police Department"
NMASIC = "New Mexico All Source Intelligence Center"
UTAPD = "Utah Transit Authority Police Department"
WVSP = "West Virginia State Police"
WYDOT = "Wyoming Department of Transportation Driver Services"
WYDCI = "Wyoming Division of Criminal Investigation"
PA6 = "Sixth Judicial District Prosecuting Attorney's Office"
LRPD = "Little Rock Police Department"
RISP = "Rhode Island State Police"
SFPD = "Sioux Falls Police Department"
NDBCI = "North Dakota Bureau of Criminal Investigation"
CRPD = "Cedar Rapids Police Department"

CV = "Clearview AI"

docs = []


def doc(n, slug, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates, scan):
    docs.append({
        "file": f"docs/{n:02d}_{slug}.txt",
        "pdf": f"pdf/{n:02d}_{slug}.pdf",
        "scan": f"pdf/{n:02d}_{slug}.scan.pdf" if scan else None,
        "request_agency": request_agency,
        "agencies": agencies, "vendors": vendors, "products": products,
        "costs": costs, "counts": counts,
        "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in counts
                         if c["measure"] == "images"],
        "policies": policies, "emails": emails, "dates": dates,
    })


ROW1 = "1   Clearview AI Investigative Platform -         12 months    15   $1,790.00      $26,850.00"
ROW2 = "2   Clearview Mobile app add-on (iOS/Android)     12 months     5     $450.00       $2,250.00"
doc(1, "boise-pd-clearview-quote", BPD, [BPD], [CV],
    ["Clearview AI Investigative Platform", "Clearview Mobile"],
    [C(26850, 26850, "year", ROW1, BPD, CV),
     C(1790, 1790, "year", ROW1, BPD, CV, unit="per user"),
     C(2250, 2250, "year", ROW2, BPD, CV),
     C(450, 450, "year", ROW2, BPD, CV, unit="per user"),
     C(29100, 29100, "year", "QUOTE TOTAL           $29,100.00", BPD, CV)],
    [N(15, "exact", "users", None, ROW1, BPD, CV),
     N(5, "exact", "users", None, ROW2, BPD, CV),
     N(50_000_000_000, "at least", "images", None,
       "more than 50 billion facial images", None, CV)],
    [P("Named user seats may not be shared between personnel.", "prohibition", BPD)],
    [], ["2025-03-14", "2025-05-13", "2025-06-30"], scan=False)

R_SMA = "| FACE Plus enterprise facial recognition -        | 41,280.00 | 41,280.00"
R_WKS = "8    | FP-WKS-LIC    | FACE Plus investigator workstation license -     | 13,920.00 |  1,740.00"
R_GAL = "| Gallery hosting, mugshot repository (up to       |  6,600.00 |  6,600.00"
doc(2, "nebraska-state-patrol-dataworks-renewal", NSP, [NSP], ["DataWorks Plus"], ["FACE Plus"],
    [C(41280, 41280, "year", R_SMA, NSP, "DataWorks Plus"),
     C(13920, 13920, "year", R_WKS, NSP, "DataWorks Plus"),
     C(1740, 1740, "year", R_WKS, NSP, "DataWorks Plus", unit="per license"),
     C(6600, 6600, "year", R_GAL, NSP, "DataWorks Plus")],
    [N(8, "exact", "licenses", None, R_WKS, NSP, "DataWorks Plus"),
     N(612904, "exact", "images", None, "612,904 enrolled booking images", NSP, "DataWorks Plus"),
     N(93, "exact", "agencies", None, "93 contributing agencies", NSP, "DataWorks Plus"),
     N(3318, "exact", "searches", "year", "Face searches in the prior 12-month term: 3,318",
       NSP, "DataWorks Plus")],
    [], [], ["2024-06-20", "2024-07-20", "2024-07-01", "2025-06-30"], scan=False)

ROC = "Rank One Computing"
doc(3, "sedgwick-county-so-roc-amendment", "Sedgwick County", [SCSO, "Sedgwick County"], [ROC],
    ["ROC SDK", "ROC Investigate"],
    [C(26400, 26400, "year", "an annual subscription fee of $26,400 for the renewal", "Sedgwick County", ROC),
     C(None, 104800, None, "shall not exceed $104,800", "Sedgwick County", ROC),
     C(None, 58000, None, "not-to-exceed value of $58,000", "Sedgwick County", ROC)],
    [N(22, "exact", "licenses", None, "22 concurrent ROC Investigate user licenses", SCSO, ROC),
     N(14, "exact", "licenses", None, "the 14 licenses provided in the first renewal term", SCSO, ROC)],
    [P("SCSO shall use the software only in accordance with SCSO General Order 41.12.", "requirement", SCSO),
     P("Results returned by the software shall not be the sole basis for an arrest.", "prohibition", SCSO)],
    [], ["2025-09-09", "2023-10-02", "2024-03-11", "2025-10-02", "2026-10-01", "2025-09-03"], scan=True)

AWS = "Amazon Web Services"
R_SF = "Image API - SearchFacesByImage     198,400 images        $0.001 per image          198.40"
R_IX = "Image API - IndexFaces             24,115 images         $0.001 per image           24.12"
R_ST = "Face metadata storage              439,027 face-months   $0.00001 per face-month     4.39"
doc(4, "cumberland-county-so-aws-statement", CCSO, [CCSO, "Cumberland County"], [AWS],
    ["Amazon Rekognition"],
    [C(226.91, 226.91, "month", "Amazon Rekognition                                                     226.91", CCSO, AWS),
     C(198.40, 198.40, "month", R_SF, CCSO, AWS),
     C(0.001, 0.001, "month", R_SF, CCSO, AWS, unit="per image"),
     C(24.12, 24.12, "month", R_IX, CCSO, AWS),
     C(4.39, 4.39, "month", R_ST, CCSO, AWS),
     C(0.00001, 0.00001, "month", R_ST, CCSO, AWS, unit="per face-month")],
    [N(198400, "exact", "searches", "month", R_SF, CCSO, AWS),
     N(24115, "exact", "images", "month", R_IX, CCSO, AWS),
     N(439027, "exact", "images", None, "439,027 faces indexed as of 11/30", CCSO, AWS)],
    [P("Only booking photos are enrolled.", "requirement", CCSO),
     P("No DMV or social media images may be added to the\n   collection.", "prohibition", CCSO)],
    [], ["2024-11-01", "2024-11-30", "2024-12-02", "2025-01-01"], scan=False)

COG = "Cognitec"
doc(5, "billings-council-cognitec-agenda-minutes", "City of Billings",
    [BILL, "City of Billings", "Montana Department of Justice", "Yellowstone County",
     "Yellowstone County Sheriff's Office"], [COG, "Axon"],
    ["FaceVACS-DBScan LE", "FaceVACS-Examiner"],
    [C(52900, 52900, None, "Year 1 license, installation and training:                             $52,900", BILL, COG),
     C(9750, 9750, "year", "($9,750 each year)", BILL, COG),
     C(19500, 19500, None, "Annual maintenance, years 2 and 3 ($9,750 each year):                  $19,500", BILL, COG),
     C(72400, 72400, None, "Three-year total:                                                      $72,400", BILL, COG),
     C(8000, 8000, "year", "contribute $8,000 per year toward", "Yellowstone County", None)],
    [N(3, "exact", "licenses", None, "three FaceVACS-Examiner workstations", BILL, COG),
     N(286000, "approximately", "images", None, "approximately 286,000 booking photographs", BILL, COG),
     N(90, "approximately", "searches", "month", "about 90 searches per", BILL, None),
     N(12, "up to", "users", None, "Up to 12 trained examiners would hold accounts", BILL, COG),
     N(1140, "exact", "searches", None, "1,140 searches over the last five years", BILL, None)],
    [P("Matches are investigative leads only.", "disclaimer", BILL),
     P("No search may be run except in connection with an\nopen criminal investigation or to identify a deceased or incapacitated person.",
       "prohibition", BILL),
     P("Every\ncandidate returned by the software must be reviewed by two trained examiners before it is\nshared with a case detective.",
       "requirement", BILL),
     P("the Department shall\npublish an annual report of searches", "requirement", BILL)],
    [], ["2025-04-28", "2025-05-12", "2019"], scan=True)

IDM = "Idemia"
doc(6, "nmasic-las-cruces-pd-fr-user-agreement", NMASIC,
    [NMASIC, LCPD, "New Mexico Department of Homeland Security and Emergency Management"], [IDM],
    ["MorphoFace Investigate"],
    [C(525, 525, "year", "a cost-recovery fee of $525 per account per year", LCPD, None, unit="per account"),
     C(3150, 3150, "year", "For six accounts the annual fee is $3,150.", LCPD, None),
     C(212000, 212000, "year", "currently $212,000 per year", NMASIC, IDM)],
    [N(6, "up to", "users", None, "up to 6 direct user accounts", LCPD, IDM),
     N(1900000, "approximately", "images", None, "about 1.9 million arrest photographs", NMASIC, IDM)],
    [P("Each account holder must complete the NMASIC eight-hour facial recognition course and the\n    Idemia examiner module before an account is activated.", "requirement", LCPD),
     P("Account holders shall not share credentials.", "prohibition", LCPD),
     P("Searches may be run only for a documented law enforcement purpose with a case or incident\n    number, or to identify a missing, deceased, or incapacitated person.", "requirement", LCPD),
     P("Participating Agency shall not use the system to identify persons engaged in lawful\n    assembly, protest, or religious activity.", "prohibition", LCPD),
     P("A candidate returned by the system is an investigative lead and is not probable cause to\n    arrest.", "disclaimer", LCPD),
     P("NMASIC will audit a random sample of at least 10% of Participating Agency searches each\n    quarter.", "requirement", NMASIC),
     P("Misuse of the system shall result in suspension of the user's account and referral to\n    the Participating Agency for discipline.", "consequence", LCPD)],
    [], ["2024-07-22", "2024-08-05"], scan=True)

doc(7, "uta-police-general-order-face-recognition", UTAPD,
    [UTAPD, "Utah Transit Authority", "Utah Department of Public Safety"], ["Oosto", CV], ["OnWatch"],
    [],
    [N(500, "at most", "persons enrolled", None, "A watchlist shall not exceed 500 enrolled persons", UTAPD, "Oosto")],
    [P("It is the policy of UTAPD to use FRT only to generate investigative leads and to protect\nriders, employees and transit property.", "requirement", UTAPD),
     P("FRT results are not positive identification.", "disclaimer", UTAPD),
     P("Only persons with an active felony warrant, a valid trespass order from UTA property,\n      or a missing-person report may be enrolled on a watchlist.", "requirement", UTAPD),
     P("A watchlist shall not exceed 500 enrolled persons at any time.", "requirement", UTAPD),
     P("Enrollment of any person must be approved in writing by a lieutenant or above.", "requirement", UTAPD),
     P("A live alert must be confirmed by a trained member comparing the images before any\n      officer is dispatched.", "requirement", UTAPD),
     P("Officers shall not detain a person based solely on a face recognition alert.", "prohibition", UTAPD),
     P("Members may submit probe images to the Utah Department of Public Safety Statewide\n      Information and Analysis Center (SIAC) for searches of its gallery; SIAC rules apply to\n      those searches.", "permission", UTAPD),
     P("FRT shall not be used to monitor persons exercising rights protected by the First\n   Amendment, including lawful protest at or near transit facilities.", "prohibition", UTAPD),
     P("Members are prohibited from using any commercial face search service, including\n   Clearview AI, on personal or department devices.", "prohibition", UTAPD),
     P("FRT shall not be used to enforce fare payment or for civil or administrative matters.", "prohibition", UTAPD),
     P("Authorized users must complete eight hours of FRT training and a four-hour bias and\naccuracy refresher every 24 months.", "requirement", UTAPD),
     P("Video frames that do not produce an alert are discarded within 72 hours.", "requirement", UTAPD),
     P("The Professional Standards Unit shall audit system logs each quarter and report to the\n   Chief of Police.", "requirement", UTAPD),
     P("Any member who uses FRT in violation of this order is subject to discipline up to and\nincluding termination.", "consequence", UTAPD)],
    [], ["2025-02-01", "2025-01-15", "2022"], scan=False)

VIG = "Vigilant Solutions"
SUBJ8 = "FaceSearch renewal - WVSP BCI quote 2025"
doc(8, "wvsp-vigilant-facesearch-outlook-thread", WVSP, [WVSP], [VIG, "Motorola Solutions"],
    ["FaceSearch", "LEARN"],
    [C(24300, 24300, "year", "or $24,300 annually", WVSP, VIG),
     C(900, 900, "year", "$900 per\nuser", WVSP, VIG, unit="per user"),
     C(28800, 28800, "year", "Last year we paid $28,800 for 32 users", WVSP, VIG)],
    [N(27, "exact", "users", None, "(27 users)", WVSP, VIG),
     N(32, "exact", "users", None, "$28,800 for 32 users", WVSP, VIG),
     N(1974, "exact", "searches", "year", "1,974 FaceSearch queries in calendar year 2024", WVSP, VIG),
     N(3400000, "approximately", "images", None, "roughly 3.4 million booking images", None, VIG)],
    [P("FaceSearch results may be shared outside the BCI only with a\nsupervisor's written approval.", "requirement", WVSP)],
    [E("Corbin, Lena M", "Lena.M.Corbin@wvsp.gov", "2025-01-16 16:52", "RE: " + SUBJ8, 1, 1,
       "Tolliver, Brent"),
     E("Tolliver, Brent", "brent.tolliver@motorolasolutions.com", "2025-01-15 10:07", "RE: " + SUBJ8, 1, 1,
       "Corbin, Lena M"),
     E("Corbin, Lena M", "Lena.M.Corbin@wvsp.gov", "2025-01-13 14:15", SUBJ8, 2, 2, "Tolliver, Brent")],
    ["2025-01-16", "2025-01-15", "2025-01-13", "2025-01-31", "2024"], scan=True)

SUBJ9 = "FR one-to-many renewal and DCI requests"
doc(9, "wydot-driver-services-idemia-gmail", WYDOT, [WYDOT, WYDCI], [IDM], [],
    [C(164500, 164500, "year", "$164,500 for July 1, 2025 through June 30, 2026", WYDOT, IDM),
     C(158200, 158200, "year", "up from $158,200", WYDOT, IDM)],
    [N(611, "exact", "searches", "year", "611 one-to-many searches for law enforcement", WYDOT, IDM),
     N(402, "exact", "searches", "year", "402 of them for\nthe Division of Criminal Investigation", WYDCI, IDM),
     N(96000, "approximately", "searches", "year", "about 96,000 duplicate-license checks", WYDOT, IDM),
     N(742000, "approximately", "images", None, "roughly 742,000 license and ID card photos", WYDOT, IDM)],
    [P("a law enforcement request is processed only with agency letterhead and a case number.",
       "requirement", WYDOT)],
    [E("Carla Estebrook", "carla.estebrook@wyo.gov", "2025-03-04 09:12", SUBJ9, 1, 1, "Rusty Palleroni"),
     E("Rusty Palleroni", "rusty.palleroni@wyo.gov", "2025-03-04 15:47", SUBJ9, 1, 1, "Carla Estebrook"),
     E("Neve Oduya", "neve.oduya@wyo.gov", "2025-03-05 08:20", SUBJ9, 2, 2, "Rusty Palleroni")],
    ["2025-03-20", "2025-03-04", "2025-03-05", "2025-07-01", "2026-06-30", "2021", "2024"], scan=False)

doc(10, "pulaski-prosecutor-lrpd-clearview-lotus-notes", PA6,
    [PA6, LRPD, "City of Little Rock", "Pulaski County Sheriff's Office"], [CV], [],
    [C(17850, 17850, "year", "$17,850 a year", "City of Little Rock", CV)],
    [N(21, "exact", "users", None, "21 licensed users", LRPD, CV),
     N(1263, "exact", "searches", "year", "1,263 searches between January 1 and December 31, 2023", LRPD, CV)],
    [P("Effective immediately, any case file in which LRPD or another agency used face recognition\n   to develop a suspect must be flagged \"FRT\" in the case management system.", "requirement", PA6),
     P("Line attorneys shall disclose the use of face recognition, the tool used, and the\n   candidate list to defense counsel as part of discovery.", "requirement", PA6),
     P("a Clearview result may never be used as the sole basis for a\n>   warrant application.", "prohibition", LRPD)],
    [E("Marguerite Ashdown-Pryor", None, "2024-06-03 11:26",
       "Fw: Clearview disclosure - LRPD numbers and new office rule", 1, 1, "Division Chiefs"),
     E("Brannigan, Corey", "cbrannigan@littlerock.gov", "2024-05-31 16:41",
       "RE: Clearview disclosure - LRPD numbers", 1, 1, "Marguerite Ashdown-Pryor"),
     E("Marguerite Ashdown-Pryor", None, "2024-05-29 09:02", None, 1, 1, None)],
    ["2024-06-03", "2024-05-31", "2024-05-29", "2023-01-01", "2023-12-31", "2020"], scan=True)

PROV = "Providence Police Department"
doc(11, "news-rhode-island-police-face-recognition", None,
    [RISP, PROV, "Warwick Police Department", "City of Cranston", "Rhode Island Division of Motor Vehicles"],
    [CV, COG], [],
    [C(39600, 39600, "year", "Clearview AI $39,600 a year", RISP, CV),
     C(48000, 48000, None, "three-year agreement with Cognitec Systems, signed in 2023 for $48,000", RISP, COG),
     C(9995, 9995, "one-time", "a one-time payment of $9,995 for ten users", PROV, CV),
     C(None, 170000, None, "close to $170,000 of public money over three years", RISP, None)],
    [N(2407, "exact", "searches", "year", "2,407 face recognition searches", RISP, None),
     N(40, "exact", "users", None, "40 investigator accounts", RISP, CV),
     N(640000, "approximately", "images", None, "about 640,000 booking\nphotos", RISP, COG),
     N(10, "exact", "users", None, "$9,995 for ten users", PROV, CV),
     N(57, "exact", "searches", "year", "submitted 57 requests to the State Police in 2024", "Warwick Police Department", None)],
    [P("\"Officers may only run a search when there is an open criminal case number.\"", "requirement", RISP),
     P("It requires that every search be approved by a sergeant or above.", "requirement", RISP)],
    [], ["2025-10-12", "2023", "2022", "2021-03", "2024"], scan=False)

BC = "BriefCam"
R_SRV = "BriefCam Protect + Investigate server license,        1   $46,500.00     $46,500.00"
R_SEAT = "BriefCam client seats (concurrent)                    6    $1,250.00      $7,500.00"
doc(12, "sioux-falls-pd-jag-briefcam-budget", SFPD, [SFPD, "City of Sioux Falls"], [BC],
    ["BriefCam Protect", "BriefCam Investigate"],
    [C(46500, 46500, "one-time", R_SRV, SFPD, BC),
     C(7500, 7500, None, R_SEAT, SFPD, BC),
     C(1250, 1250, None, R_SEAT, SFPD, BC, unit="per seat"),
     C(9270, 9270, "year", "BriefCam annual software maintenance agreement (SMA), year 1 ................... $9,270", SFPD, BC),
     C(6400, 6400, "one-time", "face-matching configuration, one-time fee ... $6,400", SFPD, BC)],
    [N(6, "exact", "licenses", None, R_SEAT, SFPD, BC),
     N(2500, "at most", "images", None, "a watchlist of no\nmore than 2,500 images", SFPD, BC),
     N(6, "up to", "users", None, "up to 6 investigators to use the system", SFPD, BC)],
    [P("Live, real-time face matching will not be enabled.", "prohibition", SFPD),
     P("The module shall be used only on video lawfully obtained for an open investigation.", "requirement", SFPD)],
    [], ["2025-09-18", "2024"], scan=False)

NEC = "NEC"
R_REQ = "Search requests received                          688         845         931"
R_DONE = "Searches completed (requests meeting criteria)    641         802         877"
R_GAL = "Booking images in gallery (December 31)       311,540     329,008     347,215"
R_USR = "Trained BCI analysts with system access             5           6           8"
cnt13 = []
for vals, row, measure in (((688, 845, 931), R_REQ, "search requests"), ((641, 802, 877), R_DONE, "searches"),
                           ((311540, 329008, 347215), R_GAL, "images"), ((5, 6, 8), R_USR, "users")):
    for v in vals:
        cnt13.append(N(v, "exact", measure, None if measure in ("images", "users") else "year", row, NDBCI, NEC))
cnt13 += [N(486, "exact", "searches", "year", "Municipal police departments            486", None, NEC),
          N(271, "exact", "searches", "year", "County sheriff's offices                271", None, NEC),
          N(92, "exact", "searches", "year", "BCI (internal cases)                     92", NDBCI, NEC),
          N(28, "exact", "searches", "year", "Federal partners                         28", None, NEC),
          N(1000, "at least", "searches", "year", "expects searches to exceed 1,000", NDBCI, NEC)]
doc(13, "nd-bci-annual-report-fr-statistics", NDBCI, [NDBCI, "North Dakota Office of Attorney General"],
    [NEC], ["NeoFace Reveal"],
    [C(58720, 58720, "year", "maintenance cost $58,720 in state fiscal year 2024", NDBCI, NEC)],
    cnt13,
    [P("Searches are run by BCI\nanalysts only; requesting agencies receive a candidate report, not direct system access.", "requirement", NDBCI),
     P("A search may be run only for an active criminal investigation or an unidentified person.", "requirement", NDBCI),
     P("\"This is an investigative lead only and is not a positive identification.\"", "disclaimer", NDBCI),
     P("Analysts must complete a 40-hour FISWG-aligned course before running searches.", "requirement", NDBCI)],
    [], ["2024", "2022", "2023", "2019"], scan=True)

CRC = "City of Cedar Rapids"
doc(14, "cedar-rapids-records-response-clearview", CRC,
    [CRC, CRPD, "Linn County Sheriff's Office", "Iowa Division of Criminal Investigation"], [CV], [],
    [C(4500, 4500, "year", "FY2023 (pilot): $4,500 for 5 user licenses", CRC, CV),
     C(13200, 13200, "year", "FY2024: $13,200 for 12 user licenses", CRC, CV),
     C(1100, 1100, "year", "($1,100 per user)", CRC, CV, unit="per user"),
     C(15400, 15400, "year", "FY2025: $15,400 for 14 user licenses", CRC, CV)],
    [N(5, "exact", "licenses", None, "$4,500 for 5 user licenses", CRPD, CV),
     N(12, "exact", "licenses", None, "$13,200 for 12 user licenses", CRPD, CV),
     N(14, "exact", "licenses", None, "$15,400 for 14 user licenses", CRPD, CV),
     N(418, "exact", "searches", "year", "418 Clearview searches in FY2025", CRPD, CV)],
    [P("A face recognition result is an investigative lead only and must be corroborated.", "requirement", CRPD),
     P("No arrest may be made on the basis of a face recognition result alone.", "prohibition", CRPD)],
    [], ["2025-08-14", "2025-07-07"], scan=True)

(HERE / "labels.json").write_text(json.dumps(docs, indent=1) + "\n")
print(len(docs), "records")
