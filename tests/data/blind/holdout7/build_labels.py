"""Writes labels.json. Labels were decided from the intent of each document before rendering."""
import json
from pathlib import Path

HERE = Path(__file__).parent


def C(lo, hi, period, quote, agency, vendor, unit=None):
    d = {"amount_min": lo, "amount_max": hi, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor}
    if unit:
        d["unit"] = unit
    return d


def N(count, qual, measure, quote, agency, vendor, per=None):
    return {"count": count, "qualifier": qual, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor}


def P(quote, kind, agency):
    return {"quote": quote, "kind": kind, "agency": agency}


def E(frm, addr, date, subject, p1, p2=None, to=None):
    return {"from": frm, "from_address": addr, "date": date, "subject": subject, "to": to,
            "page_start": p1, "page_end": p2 or p1}


R = []


def rec(n, stem, scan, request_agency, agencies, vendors, products, costs, counts, policies,
        emails, dates):
    R.append({"file": f"docs/{stem}.txt", "pdf": f"pdf/{stem}.pdf",
              "scan": f"pdf/{stem}.scan.pdf" if scan else None,
              "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
              "products": products, "costs": costs, "counts": counts,
              "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in counts
                               if c["measure"] == "images"],
              "policies": policies, "emails": emails, "dates": dates})


# 01 --------------------------------------------------------------------------------------
KCC, KSO, DWP = "Kanawha County Commission", "Kanawha County Sheriff's Office", "DataWorks Plus"
rec(1, "01_kanawha-dataworks-quote", True, KCC, [KCC, KSO], [DWP],
    ["FACE Plus", "Photo Manager", "FACE Plus Mobile"],
    [C(41750, 41750, "one-time", "FACE Plus server software license (perpetual),        1   $41,750.00", KCC, DWP),
     C(13080, 13080, "one-time", "FACE Plus investigator workstation license            6    $2,180.00    $13,080.00", KCC, DWP),
     C(2180, 2180, "one-time", "FACE Plus investigator workstation license            6    $2,180.00    $13,080.00", KCC, DWP, "per license"),
     C(9400, 9400, "one-time", "Photo Manager import and conversion of legacy         1    $9,400.00", KCC, DWP),
     C(4950, 4950, "one-time", "On-site installation and configuration, per day       3    $1,650.00     $4,950.00", KCC, DWP),
     C(1650, 1650, "one-time", "On-site installation and configuration, per day       3    $1,650.00     $4,950.00", KCC, DWP, "per day"),
     C(2850, 2850, "one-time", "Investigator training, 2-day course, per seat         6      $475.00     $2,850.00", KCC, DWP),
     C(475, 475, "one-time", "Investigator training, 2-day course, per seat         6      $475.00     $2,850.00", KCC, DWP, "per seat"),
     C(11640, 11640, "year", "Software maintenance and support, Year 1 (annual)     1   $11,640.00", KCC, DWP),
     C(83670, 83670, None, "Subtotal:     $83,670.00", KCC, DWP),
     C(81582.5, 81582.5, None, "TOTAL:        $81,582.50", KCC, DWP),
     C(395, 395, "year", "FACE Plus Mobile, officer handheld app ........... $395.00 per device per year", KCC, DWP, "per device")],
    [N(500000, "up to", "images", "gallery capacity up to 500,000 images", KSO, DWP),
     N(186000, "approximately", "images", "booking photos (approx. 186,000 records)", KSO, DWP),
     N(6, "exact", "licenses", "FACE Plus investigator workstation license            6", KSO, DWP)],
    [], [], ["2024-03-11", "2024-06-09", "2024-03-14", "2024-04-04"])

# 02 --------------------------------------------------------------------------------------
MESA, MPD, CV = "City of Mesa", "Mesa Police Department", "Clearview AI"
rec(2, "02_mesa-clearview-purchase-order", False, MESA, [MESA, MPD], [CV],
    ["Clearview AI Investigative Platform"],
    [C(29500, 29500, "year", "Clearview AI Investigative Platform subscription,    1   YR    $29,500.00", MESA, CV),
     C(2500, 2500, "one-time", "Onboarding and investigator training package,       1   EA     $2,500.00", MESA, CV),
     C(32000, 32000, None, "PO TOTAL:    $32,000.00", MESA, CV),
     C(None, 96000, None, "Not-to-exceed amount for the full agreement: $96,000.00", MESA, CV)],
    [N(20, "up to", "users", "up to 20 user accounts", MPD, CV)],
    [P("Accounts under this order shall be issued only to sworn Mesa Police\n   Department personnel who have completed the vendor's onboarding training.", "requirement", MPD),
     P("Searches shall be conducted only in connection with an active criminal investigation\n   and shall be documented with a Mesa Police Department report number.", "requirement", MPD),
     P("A possible match returned by the platform is an investigative lead only and shall not by\n   itself establish probable cause for an arrest.", "disclaimer", MPD)],
    [], ["2023-09-18", "2023-10-01", "2024-09-30"])

# 03 --------------------------------------------------------------------------------------
HC, HSO, IDE = "Hennepin County", "Hennepin County Sheriff's Office", "Idemia"
rec(3, "03_hennepin-board-minutes-idemia", True, HC, [HC, "Hennepin County Board of Commissioners", HSO],
    [IDE, "Axon"], [],
    [C(148500, 148500, None, "The module cost is $148,500 for\n   software, installation and training", HC, IDE),
     C(21300, 21300, "year", "annual maintenance of $21,300", HC, IDE)],
    [N(1200000, "approximately", "images", "approximately 1.2 million photographs", HSO, IDE),
     N(40, "at most", "users", "no more than 40 trained investigators", HSO, IDE)],
    [P("the Sheriff's Office shall not use the face-recognition\n   module to identify persons engaged in lawful protest or other activity protected by the\n   First Amendment", "prohibition", HSO),
     P("a face-recognition result shall not be the sole basis for\n   an arrest, search warrant or charging decision", "prohibition", HSO),
     P("the Sheriff's Office shall report to the Board by March 1 of\n   each year the number of face-recognition searches performed and the number of audits\n   completed in the prior calendar year.", "audit", HSO)],
    [], ["2024-05-14", "2024-04-30", "2024-05-28"])

# 04 --------------------------------------------------------------------------------------
GBI, GISAC, SPD = ("Georgia Bureau of Investigation", "Georgia Information Sharing and Analysis Center",
                   "Savannah Police Department")
rec(4, "04_gisac-savannah-pd-mou", False, SPD, [GBI, GISAC, SPD, "Georgia Crime Information Center"],
    ["Cognitec"], ["FaceVACS-DBScan"],
    [C(74000, 74000, "year", "$74,000 per year, are paid by the Georgia Bureau of Investigation", GBI, "Cognitec"),
     C(35, 35, None, "SPD shall reimburse GISAC $35.00 per completed search", SPD, None, "per search"),
     C(None, 25200, "year", "shall not exceed $25,200 in any fiscal year", SPD, None)],
    [N(4600000, "approximately", "images", "approximately 4.6 million booking photographs", GISAC, "Cognitec"),
     N(8, "up to", "users", "up to eight (8) sworn personnel", SPD, None),
     N(60, "at most", "searches", "no more than 60 requests per month", SPD, None, per="month")],
    [P("SPD shall submit requests only through the GISAC request portal, and each request must\n   include an SPD case number and the offense under investigation.", "requirement", SPD),
     P("Authorized requestors must complete the GISAC facial recognition awareness course before\n   submitting a request, and every two years thereafter.", "training", SPD),
     P("SPD shall not submit a request for the purpose of identifying a person engaged in\n   lawful assembly, speech or religious activity.", "prohibition", SPD),
     P("A candidate returned by GISAC is an investigative lead only and is not a positive\n   identification; it shall not by itself establish probable cause.", "disclaimer", SPD),
     P("SPD shall not retain probe images or candidate lists in any system other than its\n   records management system, and shall purge candidate images not relied upon within 90\n   days of the request.", "retention", SPD),
     P("GISAC will audit a random sample of SPD requests each quarter and report findings to the\n   SPD Chief of Police.", "audit", GISAC),
     P("Any SPD member found to have misused the service will have request access suspended,\n   and GISAC may terminate SPD's access to the service.", "consequence", SPD)],
    [], ["2022-08-02", "2022-08-09"])

# 05 --------------------------------------------------------------------------------------
TP = "MBTA Transit Police Department"
rec(5, "05_mbta-transit-police-general-order", False, TP,
    [TP, "Massachusetts Bay Transportation Authority", "Massachusetts State Police", "Registry of Motor Vehicles",
     "Federal Bureau of Investigation", "Commonwealth Fusion Center",
     "Executive Office of Public Safety and Security", "Municipal Police Training Committee"],
    ["BriefCam"], [],
    [],
    [N(6, "at most", "users", "No more than six (6) detectives shall be designated as FR Request Coordinators", TP, None)],
    [P("State law limits facial recognition searches by law enforcement agencies to\nsearches performed by the Registry of Motor Vehicles, the Massachusetts State Police or\nthe Federal Bureau of Investigation on written request.", "requirement", None),
     P("members shall not use any facial recognition service, application or website, whether\n    free or paid, personal or work-issued.", "prohibition", TP),
     P("Members may request a facial recognition search only by submitting the Department's\n    Form TP-212 to the Massachusetts State Police or the Registry of Motor Vehicles through\n    a designated FR Request Coordinator.", "requirement", TP),
     P("No more than six (6) detectives shall be designated as FR Request Coordinators at any\n    time; the Deputy Chief of Investigations maintains the list.", "requirement", TP),
     P("A request shall be made only to identify a suspect, victim or witness in a felony\n    investigation, or to identify a deceased or incapacitated person.", "requirement", TP),
     P("The face recognition and face watchlist features of BriefCam shall remain\n    disabled on all Department servers and workstations.", "prohibition", TP),
     P("The System Administrator shall verify each quarter that the BriefCam face recognition\n    features remain disabled and shall document the check in the Digital Evidence log.", "audit", TP),
     P("The requesting detective shall complete Form TP-212 with the incident number, the\n    offense, and the source of the probe image, and forward it to an FR Request\n    Coordinator within 24 hours of obtaining the image.", "requirement", TP),
     P("The Coordinator shall review the request for compliance with this order and shall\n    transmit it to the Massachusetts State Police Commonwealth Fusion Center or the RMV.", "requirement", TP),
     P("Any possible match returned is an investigative lead only.", "disclaimer", TP),
     P("Members shall corroborate a\n    possible match with independent evidence before seeking a warrant or making an arrest.", "requirement", TP),
     P("Requests and results shall be retained in the case file and in the FR request log for\n    seven years, in accordance with the Authority's records retention schedule.", "retention", TP),
     P("FR Request Coordinators shall complete eight hours of training on facial recognition\n    limitations and bias, approved by the Municipal Police Training Committee, before\n    designation.", "training", TP),
     P("The Deputy Chief of Investigations shall compile the data required by M.G.L. c. 6,\n    s. 220(d) for each request and forward it to the Executive Office of Public Safety and\n    Security each quarter.", "audit", TP),
     P("The Professional Standards Unit shall audit the FR request log annually.", "audit", TP),
     P("A member who uses a facial recognition service in violation of this order shall be\n    subject to discipline up to and including termination.", "consequence", TP)],
    [], ["2024-07-01", "2024-08-15"])

# 06 --------------------------------------------------------------------------------------
DA, ACPD = "Allegheny County District Attorney's Office", "Allegheny County Police Department"
SUBJ6 = "Clearview pricing for ACDA detectives"
rec(6, "06_allegheny-da-clearview-outlook", True, DA, [DA, ACPD], [CV, "Cellebrite"], [],
    [C(1200, 1200, "year", "$1,200 per user per year", DA, CV, "per user"),
     C(18000, 18000, "year", "that is $18,000 for the year", DA, CV)],
    [N(15, "exact", "users", "the fifteen users you mentioned", DA, CV),
     N(50000000000, "at least", "images", "more than 50 billion facial images", None, CV),
     N(2400, "approximately", "searches", "roughly 2,400 searches last year", ACPD, None)],
    [P("No detective may log in to a trial account until the District Attorney signs a written\n   use policy.", "prohibition", DA),
     P("Detectives may not run searches from personal phones or home computers.", "prohibition", DA)],
    [E("Marcus Whitfield", "marcus.whitfield@clearview.ai", "2024-02-06 16:12", "RE: " + SUBJ6, 1, to="Kessler, Dana"),
     E("Kessler, Dana", None, "2024-02-06 11:48", SUBJ6, 1, to="Marcus Whitfield"),
     E("Pryor, Anthony", None, "2024-02-07 08:05", "RE: " + SUBJ6, 2, to="Kessler, Dana")],
    ["2024-02-06", "2024-02-07"])

# 07 --------------------------------------------------------------------------------------
UNMPD = "University of New Mexico Police Department"
SV = "SentryVision Systems"
SUBJ7 = "Re: Student Union camera pilot - pricing"
rec(7, "07_unm-pd-paravision-gmail", True, UNMPD, [UNMPD, "University of New Mexico"], ["Paravision", SV], [],
    [C(540, 540, "year", "$540 per camera per year", UNMPD, "Paravision", "per camera"),
     C(6480, 6480, "year", "12 cameras = $6,480 per year", UNMPD, "Paravision"),
     C(8750, 8750, "one-time", "Integration and setup ....... $8,750 one-time", UNMPD, SV)],
    [N(200, "at most", "images", "no more than 200 enrolled persons", UNMPD, None)],
    [P("under University policy any biometric system must be reviewed by the UNM\nPrivacy Office before it goes live.", "requirement", UNMPD),
     P("alerts must be\nconfirmed by a sworn officer before anyone approaches a person", "requirement", UNMPD),
     P("the system may not be\nused on the Zimmerman Library or Student Health cameras.", "prohibition", UNMPD)],
    [E("Tom Reyes", "treyes@sentryvision-sys.com", "2024-02-09 15:47", SUBJ7, 1, to="Elena Marquez"),
     E("Elena Marquez", "emarquez@unm.edu", "2024-02-07 11:20", None, 1, to="Tom Reyes"),
     E("Elena Marquez", "emarquez@unm.edu", "2024-02-12 09:05", SUBJ7, 1, to="Tom Reyes"),
     E("Lt. Ray Gallegos", "rgallegos@unm.edu", "2024-02-13 16:30", SUBJ7, 2, to="Elena Marquez")],
    ["2024-02-14", "2024-02-09", "2024-02-07", "2024-02-12", "2024-02-13", "2022"])

# 08 --------------------------------------------------------------------------------------
LSP, LASAFE = "Louisiana State Police", "Louisiana State Analytical and Fusion Exchange"
rec(8, "08_louisiana-sp-nec-lotus-notes", True, LSP,
    [LSP, LASAFE, "Louisiana Department of Public Safety and Corrections", "Office of State Procurement"],
    ["NEC"], ["NeoFace Reveal"],
    [C(64800, 64800, "year", "to $64,800 for the coming year", LSP, "NEC"),
     C(61200, 61200, "year", "up from $61,200 last year", LSP, "NEC"),
     C(2950, 2950, "one-time", "$2,950 each\n> (one-time)", LSP, "NEC", "per license")],
    [N(3912, "exact", "searches", "ran 3,912 face searches in calendar 2018", LASAFE, "NEC"),
     N(117, "exact", "agencies", "117 requesting agencies", LASAFE, "NEC"),
     N(2200000, "approximately", "images", "about 2.2 million arrest photos", LSP, "NEC"),
     N(340000, "exact", "images", "340,000\n   Department of Corrections images", LSP, "NEC"),
     N(25, "exact", "licenses", "We hold 25 concurrent user licenses", LSP, "NEC")],
    [P("Per LSP Policy 323, a face search result is an investigative lead only and is not probable\ncause to arrest.", "disclaimer", LSP),
     P("analysts may run searches only for a documented criminal\ninvestigation, and each search must be logged with the requesting agency's item number.", "requirement", LSP)],
    [E("Charles Broussard", None, "2019-05-22 14:14", "Fw: NeoFace Reveal renewal - LA-SAFE", 1, to="Renee Thibodeaux"),
     E("Dana Whitley", "dana.whitley@necam.com", "2019-05-20 10:03", "NeoFace Reveal maintenance renewal - Q-LA-19-0442", 1, to="Charles Broussard"),
     E("Renee Thibodeaux", None, "2019-05-23 09:31", "Re: Fw: NeoFace Reveal renewal - LA-SAFE", 2, to="Charles Broussard")],
    ["2019-05-22", "2019-05-20", "2019-06-01", "2020-05-31", "2019-05-23", "2018"])

# 09 --------------------------------------------------------------------------------------
KPD, KCSO, CPD = "Knoxville Police Department", "Knox County Sheriff's Office", "Chattanooga Police Department"
rec(9, "09_knoxville-news-fr-records", False, None, [KPD, KCSO, CPD, "Knox County Commission"],
    [CV, "Corsight AI", "Amazon Web Services"], ["Fortify", "Amazon Rekognition"],
    [C(13750, 13750, "year", "one-year, $13,750 agreement with Clearview AI", KPD, CV),
     C(96400, 96400, None, "spent $96,400 in drug-seizure funds", KCSO, "Corsight AI"),
     C(None, 900, None, "less than $900 in AWS charges", CPD, "Amazon Web Services")],
    [N(10, "exact", "licenses", "10 user licenses", KPD, CV),
     N(1100, "at least", "searches", "more than 1,100 searches in 2023", KPD, CV),
     N(5000, "up to", "images", "watchlist limit of 5,000 faces", KCSO, "Corsight AI"),
     N(50000000000, "at least", "images", "more than 50 billion images", None, CV)],
    [P("a possible match \"must be independently\nverified by an investigator before any enforcement action.\"", "requirement", KPD),
     P("The policy also bars officers\nfrom running searches on people at protests.", "prohibition", KPD),
     P("deputies may only use the\nsystem after completing an eight-hour course.", "training", KCSO)],
    [], ["2024-10-13"])

# 10 --------------------------------------------------------------------------------------
PC = "Pinellas County Schools Police Department"
rec(10, "10_pinellas-schools-pd-oosto-grant-budget", False, PC,
    [PC, "Bureau of Justice Assistance", "U.S. Department of Justice"], ["Oosto"], ["OnWatch"],
    [C(1150, 1150, "year", "$1,150 per channel per year", PC, "Oosto", "per channel"),
     C(138000, 138000, None, "x 3 years = $138,000", PC, "Oosto"),
     C(24500, 24500, "one-time", "one-time: $24,500", PC, None),
     C(162500, 162500, None, "C. Contractual ................................................................... $162,500", PC, None),
     C(4800, 4800, None, "D. Training ....................................................................... $4,800", PC, None),
     C(40000, 50000, "year", "between $40,000 and $50,000 a year", PC, None)],
    [N(40, "exact", "licenses", "licenses for 40 camera channels", PC, "Oosto"),
     N(6, "exact", "users", "six PCSPD security analysts", PC, None),
     N(500, "at most", "images", "no more than 500 enrolled persons", PC, "Oosto")],
    [P("who will be the\nonly personnel with access to the watchlist and alerts.", "requirement", PC),
     P("The OnWatch watchlist will be limited to no more than 500 enrolled persons", "requirement", PC),
     P("Face-recognition alerts will be reviewed by a PCSPD officer before any action is taken.", "requirement", PC),
     P("The system will not be used to monitor student attendance, discipline or movement.", "prohibition", PC),
     P("Face templates of persons who do not match the watchlist will be deleted within 72\n  hours; OnWatch will be configured so that non-matching templates are not stored.", "retention", PC),
     P("PCSPD will publish a semiannual report on alerts and watchlist size to the School Board.", "audit", PC)],
    [], ["2024-10-01", "2027-09-30", "2024-05-30", "2022-09-30"])

# 11 --------------------------------------------------------------------------------------
OIR, FPD, FCSO = "City of Fresno Office of Independent Review", "Fresno Police Department", "Fresno County Sheriff's Office"
VT = "Veritone"
rec(11, "11_fresno-oir-veritone-annual-report", True, OIR, [OIR, FPD, FCSO], [VT, "Axon"], ["Veritone IDentify"],
    [C(52800, 52800, "year", "paid Veritone $52,800 for the 2023 annual subscription", FPD, VT),
     C(14000, 14000, "one-time", "one-time onboarding fee of $14,000", FPD, VT)],
    [N(1412560, "exact", "images", "gallery of 1,412,560 booking photographs", FCSO, None),
     N(402, "exact", "searches", "Q1             402", FPD, VT),
     N(455, "exact", "searches", "Q2             455", FPD, VT),
     N(511, "exact", "searches", "Q3             511", FPD, VT),
     N(479, "exact", "searches", "Q4             479", FPD, VT),
     N(1847, "exact", "searches", "Total        1,847", FPD, VT),
     N(61, "exact", "users", "61 active user accounts", FPD, VT),
     N(74, "exact", "users", "down from 74 at the end of 2022", FPD, VT),
     N(12, "exact", "searches", "12 searches\n    lacked a case number", FPD, VT)],
    [P("FPD Policy 456.4 requires that every search be tied to a case number.", "requirement", FPD),
     P("Policy 456.7 requires the FR Administrator to audit 10 percent of searches each month.", "audit", FPD),
     P("Policy 456.5 states that a facial recognition result is an investigative lead and\n    may not be used as the sole basis for an arrest.", "disclaimer", FPD),
     P("Policy 456.9 requires probe images that produce no lead to be purged after 180 days.", "retention", FPD)],
    [], ["2024-04-22", "2024-04-15", "2023-06-30"])

# 12 --------------------------------------------------------------------------------------
OMA, OPD, MSI = "City of Omaha", "Omaha Police Department", "Motorola Solutions"
rec(12, "12_omaha-council-vigilant-staff-report", False, OMA,
    [OMA, "Omaha City Council", OPD, "Douglas County Department of Corrections"],
    [MSI, "Vigilant Solutions"], ["Vigilant FaceSearch"],
    [C(41850, 41850, None, "three-year subscription to Vigilant FaceSearch, in the amount of $41,850", OPD, MSI),
     C(13950, 13950, "year", "payable at\n   $13,950 per year", OPD, MSI)],
    [N(35, "exact", "users", "35 named investigator users", OPD, MSI),
     N(1300000, "at least", "images", "more than 1.3 million booking photos", "Douglas County Department of Corrections", MSI)],
    [P("Under the policy,\nFaceSearch may be used only for the investigation of a criminal offense, and a possible\nmatch shall not be the sole basis for probable cause.", "requirement", OPD),
     P("Every search must be logged with an\nOPD case number and audited quarterly by the Criminal Investigations Bureau.", "audit", OPD)],
    [E("Kowalski, Janet", "jkowalski@cityofomaha.org", "2024-04-11 14:37", "RE: FaceSearch renewal pricing", 2, to="Pratt, Derek"),
     E("Pratt, Derek", "derek.pratt@motorolasolutions.com", "2024-04-10 11:06", "FaceSearch renewal pricing", 2, to="Kowalski, Janet")],
    ["2024-05-07", "2024-04-01", "2024-04-11", "2024-04-10"])

(HERE / "labels.json").write_text(json.dumps(R, indent=1) + "\n")
print(len(R), "records")
