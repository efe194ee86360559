"""Writes labels.json for holdout11. Labels written from the author's intent, before rendering."""
import json
from pathlib import Path

HERE = Path(__file__).parent


def C(amin, amax, period, quote, agency, vendor, unit=None, currency="USD"):
    d = {"amount_min": amin, "amount_max": amax, "currency": currency, "period": period}
    if unit:
        d["unit"] = unit
    d.update(quote=quote, agency=agency, vendor=vendor)
    return d


def N(count, qualifier, measure, quote, agency, vendor, per=None):
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per,
            "quote": quote, "agency": agency, "vendor": vendor}


def P(quote, kind, agency):
    return {"quote": quote, "kind": kind, "agency": agency}


def E(frm, addr, date, subject, p0, p1):
    return {"from": frm, "from_address": addr, "date": date, "subject": subject,
            "page_start": p0, "page_end": p1}


NSP = "Nebraska State Patrol"
COG = "Cognitec"
MC = "Maricopa County"
MCSO = "Maricopa County Sheriff's Office"
DWP = "DataWorks Plus"
MARTA = "MARTA Police Department"
TUL = "City of Tulsa"
TPD = "Tulsa Police Department"
AMZ = "Amazon Web Services"
BPD = "Bloomington Police Department"
CV = "Clearview AI"
IDOT = "Iowa Department of Transportation"
DSM = "City of Des Moines"
DMPD = "Des Moines Police Department"
UUPD = "University of Utah Police Department"
HPD_NV = "Henderson Police Department"
SNCTC = "Southern Nevada Counter-Terrorism Center"
MCDA = "Multnomah County District Attorney's Office"
KSP = "Kentucky State Police"
LEX = "Lexington Police Department"
HOU = "Houston Police Department"
HCSO = "Harris County Sheriff's Office"
DPS = "Texas Department of Public Safety"
JPD = "Jackson Police Department"
LAS = "Louisiana State Analytical & Fusion Exchange"
RPD = "Rochester Police Department"

R = []


def rec(n, slug, scan, request_agency, agencies, vendors, products, costs, counts, policies, emails,
        dates):
    R.append({
        "file": f"docs/{n:02d}_{slug}.txt", "pdf": f"pdf/{n:02d}_{slug}.pdf",
        "scan": f"pdf/{n:02d}_{slug}.scan.pdf" if scan else None,
        "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "counts": counts,
        "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in counts
                         if c["measure"] == "images"],
        "policies": policies, "emails": emails, "dates": dates})


rec(1, "ne-nsp-cognitec-quote", False, NSP, [NSP, "Nebraska Department of Administrative Services"],
    [COG], ["FaceVACS-DBScan LE"],
    [C(118000, 118000, "one-time", "FaceVACS-DBScan LE server license         One-time    1  118,000.00  118,000.00", NSP, COG),
     C(41400, 41400, "one-time", "Investigator workstation license (named)  One-time   12    3,450.00   41,400.00", NSP, COG),
     C(3450, 3450, "one-time", "Investigator workstation license (named)  One-time   12    3,450.00", NSP, COG, unit="per license"),
     C(22500, 22500, "one-time", "Enrollment and template engine            One-time    1   22,500.00   22,500.00", NSP, COG),
     C(27420, 27420, "year", "Software maintenance and support, year 1  Annual      1   27,420.00   27,420.00", NSP, COG),
     C(14750, 14750, "one-time", "Installation and data migration (5 days)  One-time    1   14,750.00   14,750.00", NSP, COG),
     C(7600, 7600, "one-time", "Facial examiner training, per seat        One-time    4    1,900.00    7,600.00", NSP, COG),
     C(1900, 1900, "one-time", "Facial examiner training, per seat        One-time    4    1,900.00", NSP, COG, unit="per seat"),
     C(220086.50, 220086.50, None, "QUOTE TOTAL (USD)  220,086.50", NSP, COG),
     C(None, 29100, "year", "Maintenance in years 2 through 5 will not exceed $29,100.00 per year", NSP, COG)],
    [N(1900000, "approximately", "images", "approx. 1.9 million images", NSP, None),
     N(12, "exact", "licenses", "12 named investigator seats", NSP, COG)],
    [], [], ["2024-03-11", "2024-06-09"])

rec(2, "az-maricopa-dataworks-invoice", True, MC, [MC, MCSO], [DWP], ["FACE Plus"],
    [C(48600, 48600, "year", "FACE Plus face recognition software maintenance,   48,600.00  48,600.00", MC, DWP),
     C(12000, 12000, "year", "FACE Plus mug shot repository hosting, annual      12,000.00  12,000.00", MC, DWP),
     C(10150, 10150, "year", "FACE Plus client license renewal, annual              290.00  10,150.00", MC, DWP),
     C(290, 290, "year", "FACE Plus client license renewal, annual              290.00", MC, DWP, unit="per license")],
    [N(2340000, "approximately", "images", "approx. 2,340,000 booking images on file", MCSO, DWP),
     N(35, "exact", "users", "35 named users, MCSO Investigations", MCSO, DWP)],
    [], [], ["2025-07-01", "2025-07-31", "2025-06-30", "2025-07-08", "2025-07-14"])

rec(3, "ga-marta-oosto-po", False, "Metropolitan Atlanta Rapid Transit Authority",
    ["Metropolitan Atlanta Rapid Transit Authority", MARTA], ["Oosto"], ["OnWatch"],
    [C(46000, 46000, "year", "OnWatch face recognition subscription, 12         40  CH       1,150.00    46,000.00", MARTA, "Oosto"),
     C(1150, 1150, "year", "OnWatch face recognition subscription, 12         40  CH       1,150.00", MARTA, "Oosto", unit="per camera channel"),
     C(18500, 18500, None, "OnWatch watchlist server appliance                  1  EA      18,500.00    18,500.00", MARTA, "Oosto"),
     C(9800, 9800, None, "Installation and integration with MARTA VMS         1  LOT      9,800.00     9,800.00", MARTA, "Oosto"),
     C(74300, 74300, None, "Total PO value (USD)     74,300.00", MARTA, "Oosto")],
    [N(40, "exact", "licenses", "40 camera channel licenses", MARTA, "Oosto")],
    [P("MARTA Police shall enroll in the watchlist only persons subject to an active warrant or a\n   criminal trespass warning issued by MARTA Police.", "requirement", MARTA),
     P("An OnWatch alert shall be confirmed by a sworn officer before any stop is made.", "requirement", MARTA)],
    [], ["2024-10-14", "2024-12-02", "2024-09-26", "2022-03"])

rec(4, "ok-tulsa-aws-rekognition-invoice", False, TUL, [TUL, TPD], [AMZ], ["Amazon Rekognition"],
    [C(1029.36, 1029.36, "month", "Amazon Rekognition                                                           USD 1,029.36", TUL, AMZ),
     C(612.40, 612.40, "month", "USD 0.0010 per image processed      612,400 images                       USD 612.40", TUL, AMZ),
     C(0.001, 0.001, "month", "USD 0.0010 per image processed", TUL, AMZ, unit="per image"),
     C(371.75, 371.75, "month", "USD 0.00025 per image processed     1,487,000 images                     USD 371.75", TUL, AMZ),
     C(0.00025, 0.00025, "month", "USD 0.00025 per image processed", TUL, AMZ, unit="per image"),
     C(45.21, 45.21, "month", "USD 0.00001 per face per month      4,520,700 faces stored               USD 45.21", TUL, AMZ),
     C(0.00001, 0.00001, "month", "USD 0.00001 per face per month", TUL, AMZ, unit="per face")],
    [N(612400, "exact", "images", "612,400 images", TPD, AMZ),
     N(1487000, "exact", "images", "1,487,000 images", TPD, AMZ),
     N(4520700, "exact", "images", "4,520,700 faces stored", TPD, AMZ)],
    [], [], ["2025-02-02", "2025-01", "2025-03-04", "2025-02-05", "2025-02-10", "2025-02-11",
             "2025-02-12"])

rec(5, "mn-bloomington-council-clearview", True, "City of Bloomington",
    ["City of Bloomington", BPD], [CV, "Axon Enterprise", "Flock Safety"], ["Clearview AI Enterprise"],
    [C(1250, 1250, "year", "12 user licenses at $1,250 each", BPD, CV, unit="per license"),
     C(2500, 2500, "year", "annual agency administration fee of $2,500", BPD, CV),
     C(17500, 17500, "year", "The total cost of $17,500 for the first year", BPD, CV)],
    [N(50000000000, "at least", "images", "more than 50 billion publicly available images", None, CV),
     N(12, "exact", "licenses", "12 user licenses", BPD, CV),
     N(418, "exact", "searches", "detectives ran 418\nsearches", BPD, CV)],
    [P("Only detectives assigned to the Investigations Division who have completed the\n  Department's face recognition training may be issued an account.", "requirement", BPD),
     P("A search result is an investigative lead and shall not be the sole basis for probable\n  cause or an arrest.", "prohibition", BPD),
     P("Searches of persons engaged in lawful protest or other First Amendment activity are\n  prohibited.", "prohibition", BPD),
     P("Each search must be documented with a case number, and the Investigations Commander shall\n  audit all searches quarterly.", "requirement", BPD),
     P("Policy 345 requires a supervisor's written approval before any search of a\nprobe image believed to depict a juvenile.", "requirement", BPD)],
    [], ["2025-04-07", "2025-04-21", "2024-10", "2024-12"])

rec(6, "ia-idot-dmpd-fr-mou", True, IDOT, [IDOT, DSM, DMPD], ["Idemia"], [],
    [C(4800, 4800, "year", "annual access fee of $4,800", DSM, None),
     C(3.00, 3.00, None, "billed at $3.00 per search", DSM, None, unit="per search")],
    [N(4600000, "approximately", "images", "The FRS gallery holds approximately 4.6 million images", IDOT, "Idemia"),
     N(20, "at most", "users", "no more than 20 DMPD users", DMPD, None),
     N(150, "up to", "searches", "up to 150 search requests per month", DMPD, None, per="month"),
     N(18, "exact", "users", "18 users listed at signing", DMPD, None)],
    [P("DMPD shall submit a probe image only in connection with an active criminal investigation\nor to identify a deceased or incapacitated person.", "requirement", DMPD),
     P("DMPD shall not use the FRS for immigration enforcement, for civil matters, or to identify\na person engaged in lawful activity protected by the First Amendment.", "prohibition", DMPD),
     P("DMPD shall not submit images obtained from social media or other public internet sources\nunless the image was lawfully obtained as evidence in the investigation.", "prohibition", DMPD),
     P("A candidate returned by the FRS is an investigative lead only and shall not be the sole\nbasis for an arrest, a search warrant, or the filing of charges.", "prohibition", DMPD),
     P("IDOT makes no representation that any candidate is the person depicted in the probe\nimage.", "disclaimer", IDOT),
     P("DMPD shall corroborate any candidate through independent investigation before taking\nenforcement action.", "requirement", DMPD),
     P("Each DMPD user must complete the IDOT facial recognition request course before\nreceiving credentials, and must repeat it every two years.", "requirement", DMPD),
     P("DMPD shall keep a log of every request, including the case number, the requesting\nofficer and the investigative purpose, and shall retain the log for five years.", "requirement", DMPD),
     P("IDOT may audit DMPD's use of the FRS at any time on 10 days' notice.", "permission", IDOT),
     P("DMPD shall not disclose FRS results to any third party except a prosecuting attorney or\na court in connection with the investigation.", "prohibition", DMPD),
     P("Misuse of the FRS by any DMPD user will result in immediate suspension of that user's\ncredentials and may result in termination of this MOU.", "consequence", DMPD),
     P("IDOT will refer knowing misuse to the appropriate prosecuting authority.", "consequence", DMPD)],
    [], ["2025-07-01", "2028-06-30", "2025-06-12", "2025-06-18", "2025-06-17", "2025-06-16"])

rec(7, "ut-uofu-police-fr-sop", False, UUPD,
    [UUPD, "Utah Statewide Information and Analysis Center", "Utah Department of Public Safety",
     "Utah Attorney General's Office"], ["Rank One Computing"], [],
    [],
    [N(4, "at most", "users", "no more than 4 members", UUPD, None),
     N(23, "exact", "searches", "UUPD submitted 23 facial recognition requests to SIAC", UUPD, None)],
    [P("A facial recognition request may be submitted only for the investigation of a felony, a\n   violent misdemeanor, or to identify a deceased person or a person unable to identify\n   himself or herself.", "requirement", UUPD),
     P("UUPD members shall not request a facial recognition comparison to identify a student,\n   employee or visitor who is engaged in lawful assembly, protest or other expressive\n   activity on campus.", "prohibition", UUPD),
     P("UUPD members shall not use any commercial facial recognition service, trial account or\n   smartphone application, whether or not offered at no cost.", "prohibition", UUPD),
     P("A possible match returned by SIAC is not a positive identification.", "disclaimer", UUPD),
     P("No member may take enforcement action based solely on a facial recognition result.", "prohibition", UUPD),
     P("Only the detectives and sergeants designated by the Investigations Lieutenant may\n      submit requests to SIAC", "requirement", UUPD),
     P("Each request must be submitted on the SIAC Facial Recognition Request Form with a UUPD\n      case number, the offense, and the written approval of the Investigations Lieutenant.", "requirement", UUPD),
     P("A probe image of a person believed to be under 18 years of age requires the approval\n      of the Chief of Police.", "requirement", UUPD),
     P("The assigned detective must corroborate any candidate through independent\n      investigation, such as witness interviews or physical evidence, before the candidate is\n      treated as a suspect.", "requirement", UUPD),
     P("Facial recognition results shall not be shown to a witness as a photo array.", "prohibition", UUPD),
     P("The Investigations Lieutenant shall keep a request log and report the number of\n      requests to the Chief each quarter.", "requirement", UUPD),
     P("Before submitting a request, a member must complete the SIAC facial recognition requester\ncourse and the Department's 2-hour course on bias and the limits of facial recognition.", "requirement", UUPD),
     P("A member who submits a request in violation of this procedure is subject to discipline\n   up to and including termination.", "consequence", UUPD),
     P("Any request made for a personal purpose will be referred to the Utah Attorney General's\n   Office for review under Utah Code 77-23e-105.", "consequence", UUPD)],
    [], ["2025-01-06", "2022-08-01", "2024-12-19", "2024"])

rec(8, "nv-henderson-snctc-outlook-email", True, HPD_NV, [HPD_NV, SNCTC], [CV], [],
    [C(64000, 64000, "year", "our enterprise agreement with Clearview runs $64,000 a year", SNCTC, CV),
     C(29950, 29950, "year", "The renewal quote came in at $29,950 for 15 seats\nfor one year", HPD_NV, CV)],
    [N(40, "up to", "users", "covers up to\n40 users", SNCTC, CV),
     N(15, "exact", "licenses", "15 seats", HPD_NV, CV),
     N(512, "exact", "searches", "our\ndetectives ran 512 searches on our own account", HPD_NV, CV),
     N(2214, "exact", "searches", "SNCTC ran 2,214 Clearview searches in calendar 2024", SNCTC, CV),
     N(388, "exact", "searches", "388 of\nthem were for Henderson PD cases", SNCTC, CV)],
    [P("Henderson PD requests must include a case number and a supervisor's approval, per the\nSNCTC privacy policy, and your detectives have to treat anything we send back as a lead,\nnot an ID.", "requirement", HPD_NV)],
    [E("Ortega, Luis", "L14829O@lvmpd.com", "2025-03-05 16:52", "RE: Face search support after our Clearview lapse", 1, 1),
     E("Reyes, Dana", "ReyesD@cityofhenderson.com", "2025-03-05 10:18", "RE: Face search support after our Clearview lapse", 1, 1),
     E("Ortega, Luis", "L14829O@lvmpd.com", "2025-03-04 15:06", "Face search support after our Clearview lapse", 2, 2)],
    ["2025-03-05", "2025-03-04", "2024"])

rec(9, "or-mcda-veritone-gmail", False, MCDA,
    [MCDA, "Multnomah County Sheriff's Office", "Portland Police Bureau"], ["Veritone"], ["IDentify"],
    [C(9600, 9600, None, "$9,600 for the 90-day pilot", MCDA, "Veritone"),
     C(31000, 31000, "year", "our standard annual subscription for an office your size lists at $31,000", MCDA, "Veritone"),
     C(8400, 8400, None, "$8,400 for the 90-day pilot", MCDA, "Veritone")],
    [N(10, "up to", "licenses", "up to 10 investigator seats", MCDA, "Veritone"),
     N(380000, "approximately", "images", "roughly 380,000\n    images", "Multnomah County Sheriff's Office", None)],
    [P("Under our office's interim protocol, a face recognition result may not be included in a\nprobable cause affidavit unless an investigator has independently corroborated the\nidentification.", "prohibition", MCDA),
     P("We cannot run searches for Portland Police Bureau cases.", "prohibition", MCDA)],
    [E("Brent Halvorsen", "bhalvorsen@veritone.com", "2025-02-11 10:42", "IDentify pilot - pricing", 1, 1),
     E("Kara Lindqvist", "kara.lindqvist@mcda.us", "2025-02-13 15:27", "IDentify pilot - pricing", 2, 2),
     E("Brent Halvorsen", "bhalvorsen@veritone.com", "2025-02-19 08:05", "IDentify pilot - pricing", 3, 3)],
    ["2025-02-20", "2025-02-11", "2025-02-13", "2025-02-19"])

rec(10, "ky-ksp-nec-lotus-notes", True, KSP, [KSP, LEX], ["NEC"], ["NeoFace", "NeoFace Reveal"],
    [C(61250, 61250, "year", "annual software maintenance for NeoFace (current version, 25 concurrent\n             users): $61,250", KSP, "NEC"),
     C(85000, 85000, "one-time", "one-time fee of $85,000", KSP, "NEC"),
     C(14500, 14500, None, "list price for a 5-seat client package is $14,500", LEX, "NEC")],
    [N(25, "exact", "users", "We are at\n25 concurrent users", KSP, "NEC"),
     N(1400000, "approximately", "images", "about\n1.4 million booking images", KSP, "NEC"),
     N(5, "exact", "licenses", "5-seat client package", LEX, "NEC"),
     N(6912, "exact", "searches", "6,912 searches for calendar 2011", KSP, "NEC")],
    [],
    [E("Jerome Whitfield", None, "2012-05-14 14:37", "Fw: NeoFace renewal options - FY13", 1, 1),
     E("Prewitt, Dale", "dale.prewitt@necam.com", "2012-05-11 16:48", "RE: NeoFace renewal options - FY13", 1, 1),
     E("jerome.whitfield@ky.gov", "jerome.whitfield@ky.gov", "2012-05-10 09:12", "NeoFace renewal options - FY13", 2, 2)],
    ["2012-05-14", "2012-05-11", "2012-05-10", "2012-07-01", "2013-06-30", "2012-08-31", "2011"])

rec(11, "tx-news-houston-harris-dps-fr", False, None,
    [HOU, HCSO, DPS, "Harris County Commissioners Court", "Pasadena Police Department",
     "Port of Houston Authority Police"], [CV, "Motorola Solutions", "Corsight AI"],
    ["Vigilant FaceSearch"],
    [C(38500, 38500, "year", "$38,500 for a one-year subscription", HOU, CV),
     C(246000, 246000, None, "three-year, $246,000 contract", HCSO, "Motorola Solutions"),
     C(1850, 1850, "month", "$1,850 a month for hosting of its booking photo\ngallery", HCSO, None)],
    [N(30, "exact", "users", "covering 30 investigators", HOU, CV),
     N(1600000, "approximately", "images", "roughly 1.6 million images", HCSO, None),
     N(11400, "exact", "searches", "ran 11,400 face searches against\ndriver license photos", DPS, None),
     N(27000000, "approximately", "images", "about 27 million license and ID photos", DPS, None)],
    [P("officers may not make an arrest based solely on a\nface recognition match", "prohibition", HOU),
     P("searches are limited to the agency's Criminal Investigations Bureau and that\ndeputies on patrol do not have access", "requirement", HCSO)],
    [], ["2025-08-17", "2025-02", "2023", "2024", "2019"])

rec(12, "ms-jackson-pd-jag-grant-budget", False, JPD, [JPD, "City of Jackson"], ["BriefCam"], ["BriefCam"],
    [C(21600, 21600, "year", "BriefCam face recognition module    8   $2,700    12 months   $15,120      $6,480     $21,600", JPD, "BriefCam"),
     C(2700, 2700, "year", "BriefCam face recognition module    8   $2,700", JPD, "BriefCam", unit="per camera license"),
     C(4300, 4300, "one-time", "Facial examiner training            2   $2,150    one-time     $4,300          $0      $4,300", JPD, None),
     C(2150, 2150, "one-time", "Facial examiner training            2   $2,150", JPD, None, unit="per analyst"),
     C(25900, 25900, None, "$25,900 is for face\nrecognition software and training", JPD, None)],
    [N(8, "exact", "licenses", "8 camera licenses", JPD, "BriefCam"),
     N(210000, "approximately", "images", "approximately 210,000 images", JPD, None)],
    [P("JPD will not use the module for live identification of persons in crowds; use\nis limited to post-event review of footage in open criminal investigations.", "prohibition", JPD),
     P("Any possible\nmatch must be reviewed by one of the two trained facial examiners before it is shared with\nan investigator.", "requirement", JPD)],
    [], ["2025-10-01", "2027-09-30", "2025-07-28"])

rec(13, "la-lasafe-annual-report-fr", True, LAS,
    [LAS, "Louisiana State Police", "Louisiana Office of Motor Vehicles", "Baton Rouge Police Department"],
    ["Idemia"], [],
    [C(186400, 186400, "year", "FRU expenditures for the system in state fiscal year 2024 were $186,400", LAS, None),
     C(142000, 142000, "year", "annual IDEMIA software maintenance of $142,000", LAS, "Idemia")],
    [N(3200000, "approximately", "images", "approximately 3.2\nmillion driver's license and identification card images", LAS, "Idemia"),
     N(1100000, "approximately", "images", "approximately 1.1 million booking photos", LAS, "Idemia"),
     N(47, "exact", "users", "47 analysts and investigators held accounts", LAS, "Idemia"),
     N(1018, "exact", "searches", "Municipal police departments           1,018", LAS, "Idemia"),
     N(706, "exact", "searches", "Sheriff's offices                        706", LAS, "Idemia"),
     N(287, "exact", "searches", "State agencies (incl. LSP)               287", LAS, "Idemia"),
     N(92, "exact", "searches", "Federal partners                          92", LAS, "Idemia"),
     N(2103, "exact", "searches", "Total                                  2,103", LAS, "Idemia"),
     N(1877, "exact", "searches", "over 2023 (1,877)", LAS, "Idemia"),
     N(311, "exact", "searches", "Baton Rouge Police Department with 311\nsearches", "Baton Rouge Police Department", "Idemia")],
    [P("Every request must include an agency item number and a statement of the criminal predicate\nfor the search.", "requirement", LAS),
     P("FRU analysts do not run searches for civil, administrative or immigration\npurposes.", "prohibition", LAS),
     P("A candidate provided by the FRU is an investigative lead only, and the requesting\nagency is responsible for establishing probable cause by other means.", "disclaimer", LAS),
     P("Agencies requesting searches must designate a point of\ncontact who has completed the LA-SAFE requester briefing.", "requirement", LAS)],
    [], ["2024", "2023", "2025"])

rec(14, "ny-rochester-foil-response-fr", True, "City of Rochester",
    ["City of Rochester", RPD, "New York State Division of Criminal Justice Services"],
    ["Motorola Solutions", "LexisNexis Risk Solutions", CV],
    ["Vigilant FaceSearch", "Accurint Virtual Crime Center"],
    [C(9900, 9900, "year", "FY 2021-22    Motorola Solutions (Vigilant)   FaceSearch, 10 users             $9,900.00", RPD, "Motorola Solutions"),
     C(10400, 10400, "year", "FY 2022-23    Motorola Solutions (Vigilant)   FaceSearch, 10 users            $10,400.00", RPD, "Motorola Solutions"),
     C(14250, 14250, "year", "FY 2023-24    LexisNexis Risk Solutions       Accurint Virtual Crime Center     $14,250.00", RPD, "LexisNexis Risk Solutions"),
     C(34550, 34550, None, "Total, three fiscal years       $34,550.00", RPD, None)],
    [N(10, "exact", "users", "FaceSearch, 10 users", RPD, "Motorola Solutions"),
     N(1083, "exact", "searches", "RPD users ran 1,083 FaceSearch searches", RPD, "Motorola Solutions"),
     N(274, "exact", "searches", "submitted 274 requests in 2024", RPD, None)],
    [P("Under RPD General Order 575, a facial recognition result may be used only as an\n   investigative lead and must be reviewed by a trained examiner before it is shared.", "requirement", RPD)],
    [], ["2025-09-22", "2025-07-28", "2021-01-01", "2023-06-30", "2021", "2021-07", "2023-06", "2024"])

(HERE / "labels.json").write_text(json.dumps(R, indent=1) + "\n")
print(len(R), "records")
