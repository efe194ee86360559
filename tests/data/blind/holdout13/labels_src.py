"""Writes labels.json. Quotes are written with single spaces; q() returns the exact substring of
the document (line breaks and column padding as printed), so every quote is exact."""
import json, re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = {}

def text(f):
    if f not in DOCS:
        DOCS[f] = (HERE / "docs" / f).read_text()
    return DOCS[f]

CUR = None
def q(s):
    pat = r"\s+(?:>+\s+)*".join(re.escape(t) for t in s.split())
    m = re.search(pat, text(CUR))
    if not m:
        raise SystemExit(f"{CUR}: quote not found: {s!r}")
    return m.group(0)

def C(amin, amax, period, quote, agency, vendor, unit=None, currency="USD"):
    d = {"amount_min": amin, "amount_max": amax, "currency": currency, "period": period,
         "quote": q(quote), "agency": agency, "vendor": vendor}
    if unit: d["unit"] = unit
    return d

def N(count, qual, measure, per, quote, agency, vendor=None):
    return {"count": count, "qualifier": qual, "measure": measure, "per": per, "quote": q(quote),
            "agency": agency, "vendor": vendor}

def P(quote, kind, agency):
    return {"quote": q(quote), "kind": kind, "agency": agency}

def E(frm, addr, date, subject, p1, p2, to=None):
    return {"from": frm, "from_address": addr, "to": to, "date": date, "subject": subject,
            "page_start": p1, "page_end": p2}

RECS = []
def rec(file, scan, request_agency, agencies, vendors, products, costs=(), counts=(), policies=(),
        emails=(), dates=()):
    counts = list(counts)
    RECS.append({"file": "docs/" + file, "pdf": "pdf/" + file[:-4] + ".pdf",
                 "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None,
                 "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
                 "products": products, "costs": list(costs), "counts": counts,
                 "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in counts
                                  if c["measure"] == "images"],
                 "policies": list(policies), "emails": list(emails), "dates": list(dates)})

# ---------------------------------------------------------------- 01
CUR = "01_tn-shelby-so-clearview-quote.txt"
A, V = "Shelby County Sheriff's Office", "Clearview AI"
rec(CUR, False, A, [A], [V], ["Clearview AI Investigative Platform", "Clearview Mobile"],
    costs=[C(25800, 25800, "year", "$25,800.00", A, V),
           C(2150, 2150, "year", "$2,150.00", A, V, unit="per user"),
           C(2400, 2400, "year", "$2,400.00", A, V),
           C(480, 480, "year", "$480.00", A, V, unit="per user"),
           C(1250, 1250, "one-time", "Onboarding and remote training session, one-time 1 $1,250.00", A, V),
           C(27600, 27600, None, "QUOTE TOTAL: $27,600.00", A, V)],
    counts=[N(12, "exact", "users", None, "covers 12 named investigative users", A, V),
            N(5, "exact", "users", None, "5 of those users also receive Clearview Mobile access", A, V),
            N(50_000_000_000, "at least", "images", None,
              "more than 50 billion publicly available facial images", None, V)],
    policies=[P("Customer's access is limited to sworn personnel and civilian analysts employed by the Customer.", "requirement", A),
              P("Search results are investigative leads only and must not be used as the sole basis for an arrest.", "prohibition", A),
              P("Each user must complete Clearview's online training before the account is activated.", "requirement", A)],
    dates=["2023-03-14", "2023-04-28"])

# ---------------------------------------------------------------- 02
CUR = "02_ky-ksp-dataworks-renewal-invoice.txt"
A, V = "Kentucky State Police", "DataWorks Plus"
rec(CUR, True, A, [A, "Kentucky Transportation Cabinet"], [V], ["FACE Plus"],
    costs=[C(48600, 48600, "year", "48,600.00", A, V),
           C(12600, 12600, "year", "12,600.00", A, V),
           C(315, 315, "year", "315.00", A, V, unit="per seat"),
           C(6150, 6150, "year", "6,150.00", A, V),
           C(67350, 67350, "year", "Subtotal - Face Recognition (lines 1-3) 67,350.00", A, V)],
    counts=[N(40, "exact", "licenses", None, "40 concurrent investigator seats", A, V),
            N(2_870_000, "approximately", "images", None,
              "approximately 2,870,000 arrest photographs enrolled", A, V)],
    policies=[P("Under the Master Agreement, only KSP personnel who have completed DataWorks Plus FACE Plus operator training may be assigned an investigator seat.", "requirement", A)],
    dates=["2022-06-30", "2022-08-14", "2022-07-01", "2023-06-30"])

# ---------------------------------------------------------------- 03
CUR = "03_md-mta-police-rankone-amendment.txt"
A, V, PF = "Maryland Transit Administration", "Rank One Computing", "Maryland Transit Administration Police Force"
rec(CUR, False, A, [A, PF, "Maryland Department of Transportation", "Maryland Attorney General's Office"],
    [V], ["ROC Watch"],
    costs=[C(184500, 184500, None, "original amount of $184,500.00", A, V),
           C(62400, 62400, "one-time", "Sixty-Two Thousand Four Hundred Dollars ($62,400.00)", A, V),
           C(2600, 2600, "one-time", "one-time license fee of $2,600.00 per camera channel", A, V, unit="per camera channel"),
           C(468, 468, "year", "$468.00 per channel", A, V, unit="per channel"),
           C(11232, 11232, "year", "$11,232.00 per year", A, V),
           C(73632, 73632, None, "increased by $73,632.00", A, V),
           C(None, 258132, None, "not-to-exceed amount of $258,132.00", A, V)],
    counts=[N(24, "exact", "licenses", None, "twenty-four (24) additional ROC Watch camera-channel licenses", A, V),
            N(500, "at most", "images", None, "no more than 500 reference images", PF, None)],
    policies=[P("The MTA Police Force watchlist shall hold no more than 500 reference images at any time, each entered under an active warrant, a court order, or a written no-trespass or exclusion order issued under MTA rules.", "requirement", PF),
              P("The MTA Police Force shall not use ROC Watch to identify persons engaged in lawful protest, assembly or other activity protected by the First Amendment.", "prohibition", PF),
              P("An alert generated by ROC Watch must be confirmed by a trained MTA Police Force reviewer before any officer is dispatched to make contact.", "requirement", PF),
              P("Images of persons who are not on the watchlist shall be deleted from the system within 72 hours unless retained as evidence in a specific criminal investigation.", "requirement", PF)],
    dates=["2024-10-07", "2024-01-16", "2024-05-02", "2024-10-04", "2024-10-03"])

# ---------------------------------------------------------------- 04
CUR = "04_az-glendale-aws-rekognition-invoice.txt"
A, V = "City of Glendale", "Amazon Web Services"
rec(CUR, False, A, [A, "Glendale Police Department"], [V], ["Amazon Rekognition"],
    costs=[C(2185.26, 2185.26, "month", "Amazon Rekognition $2,185.26", A, V),
           C(1000, 1000, "month", "$1,000.00", A, V),
           C(0.001, 0.001, None, "$0.001 per image", A, V, unit="per image"),
           C(1162.08, 1162.08, "month", "$1,162.08", A, V),
           C(0.0008, 0.0008, None, "$0.0008 per image", A, V, unit="per image"),
           C(23.18, 23.18, "month", "$23.18", A, V),
           C(0.00001, 0.00001, "month", "$0.00001 per face metadata per month", A, V, unit="per face")],
    counts=[N(1_000_000, "exact", "images", "month", "x 1,000,000 images", A, V),
            N(1_452_600, "exact", "images", "month", "x 1,452,600 images", A, V),
            N(2_318_400, "exact", "images", None, "2,318,400 face metadata stored", A, V)],
    dates=["2024-02-02", "2024-01-01", "2024-01-31", "2024-03-03", "2024-02-09"])

# ---------------------------------------------------------------- 05
CUR = "05_oh-toledo-council-briefcam-agenda-minutes.txt"
A, V = "Toledo Police Department", "BriefCam"
rec(CUR, True, "City of Toledo", [A, "Toledo City Council", "City of Toledo", "Ohio Bureau of Criminal Investigation"],
    [V, "Axon"], ["OHLEG"],
    costs=[C(None, 297000, None, "an amount not to exceed $297,000", A, V),
           C(119000, 119000, "year", "Year 1 is $119,000", A, V),
           C(89000, 89000, "year", "are $89,000 annually", A, V)],
    counts=[N(25, "up to", "users", None, "up to 25 concurrent analyst users", A, V),
            N(140, "approximately", "searches", None, "about 140 face comparisons from the Ohio BCI", A, None)],
    policies=[P("Face recognition searches shall be performed only by Real Time Crime Center analysts who have completed face examiner training.", "requirement", A),
              P("A face recognition result shall not be used as the sole basis for an arrest, a search warrant, or a stop.", "prohibition", A),
              P("The Toledo Police Department shall submit an annual report to Council stating the number of face recognition searches performed and the offense types searched.", "requirement", A)],
    dates=["2024-06-11", "2024-06-25", "2023"])

# ---------------------------------------------------------------- 06
CUR = "06_ut-dld-slcso-face-search-mou.txt"
D, S = "Utah Driver License Division", "Salt Lake County Sheriff's Office"
rec(CUR, True, D, [D, "Utah Department of Public Safety", S,
                   "Utah Peace Officer Standards and Training Council", "Utah Attorney General's Office"],
    ["Idemia"], [],
    costs=[C(15, 15, None, "processing fee of $15.00 per search request", S, None, unit="per search"),
           C(None, 9000, "year", "capped at $9,000 per state fiscal year", S, None),
           C(4000, 7000, "year", "annual cost of $4,000 to $7,000", S, None)],
    counts=[N(4_200_000, "approximately", "images", None,
              "approximately 4.2 million driver license and identification card photographs", D, None),
            N(6, "at most", "users", None, "no more than six (6) employees as authorized requesters", S)],
    policies=[P("SLCSO may designate no more than six (6) employees as authorized requesters.", "permission", S),
              P("A search request shall include a case number and a statement of the felony or violent crime under investigation, and shall be submitted through the DLD secure request portal.", "requirement", S),
              P("DLD shall not permit SLCSO direct access to the driver license image database.", "prohibition", D),
              P("A candidate list returned by DLD is not a positive identification.", "disclaimer", D),
              P("SLCSO shall not use a candidate list as the sole basis for probable cause, and shall corroborate any lead through independent investigation.", "prohibition", S),
              P("SLCSO shall not request a comparison for immigration enforcement or to identify a person engaged in activity protected by the First Amendment.", "prohibition", S),
              P("DLD will audit SLCSO requests at least annually and may request case documentation for any search.", "requirement", D),
              P("Misuse of a comparison result shall result in suspension of SLCSO's access under this MOU and referral to the Utah Peace Officer Standards and Training Council.", "consequence", S)],
    dates=["2022-07-01", "2025-06-30", "2022-06-14", "2022-06-20", "2022-06-09", "2021"])

# ---------------------------------------------------------------- 07
CUR = "07_tx-dfw-airport-dps-fr-sop.txt"
A, V = "Dallas Fort Worth International Airport Department of Public Safety", "Oosto"
rec(CUR, False, A, [A, "Dallas Fort Worth International Airport Board", "Grapevine Police Department",
                    "Federal Bureau of Investigation", "U.S. Customs and Border Protection"],
    [V], ["OnWatch", "Traveler Verification Service"],
    counts=[N(1000, "at most", "images", None, "capped at 1,000 enrolled faces", A, V),
            N(14, "at most", "users", None, "limited to 14 named SOC analysts and CIU supervisors", A, V)],
    policies=[P("Only the Police Division Criminal Investigations Unit lieutenant may approve entry of a person onto the watchlist.", "requirement", A),
              P("A person may be entered only if there is an active felony warrant, a criminal trespass warning issued for DFW Airport property, or a written request from a law enforcement agency (for example, the Grapevine Police Department or the FBI Dallas Field Office) stating that the person is a missing or endangered person.", "requirement", A),
              P("Watchlist entries shall be reviewed every 90 days and removed when the basis for entry no longer exists.", "requirement", A),
              P("The watchlist is capped at 1,000 enrolled faces.", "requirement", A),
              P("OnWatch alerts are routed only to the SOC.", "requirement", A),
              P("An alert is an investigative lead and is not a positive identification.", "disclaimer", A),
              P("A SOC analyst must compare the alert image with the watchlist image and document the comparison before any officer is dispatched.", "requirement", A),
              P("Officers shall not detain a person solely on the basis of an OnWatch alert.", "prohibition", A),
              P("SOC staff may not export them.", "prohibition", A),
              P("System access is limited to 14 named SOC analysts and CIU supervisors, each of whom must complete vendor operator training and the DPS 4-hour bias and accuracy course.", "requirement", A),
              P("Access credentials may not be shared.", "prohibition", A),
              P("The system shall not be used to identify persons lawfully engaged in protest or other First Amendment activity on Airport property, or to enforce civil immigration law.", "prohibition", A),
              P("DPS shall not add images obtained from social media or from any commercial image database to the watchlist.", "prohibition", A),
              P("The Professional Standards Unit shall audit a random sample of at least 10 percent of alerts each quarter.", "requirement", A),
              P("Violations of this SOP may result in discipline up to and including termination, and loss of system access.", "consequence", A),
              P("The Police Division will publish an annual count of watchlist entries and alerts.", "requirement", A)],
    dates=["2023-08-01", "2023-07-18"])

# ---------------------------------------------------------------- 08
CUR = "08_nj-bergen-prosecutor-facesearch-outlook.txt"
A, V, H = "Bergen County Prosecutor's Office", "Motorola Solutions", "Hackensack Police Department"
SUBJ = "FaceSearch renewal - BCPO quote 2024-1183"
rec(CUR, True, A, [A, H, "Paramus Police Department"], [V, "Vigilant Solutions"],
    ["Vigilant FaceSearch", "LEARN"],
    costs=[C(12500, 12500, "year", "$12,500 for the year", A, V),
           C(1250, 1250, "year", "($1,250 per user)", A, V, unit="per user"),
           C(18750, 18750, "year", "would be $18,750 for the 12-month term", A, V),
           C(6000, 6000, "year", "$6,000 a year", H, V)],
    counts=[N(10, "exact", "users", None, "We will go with 10 users", A, V),
            N(15, "exact", "users", None, "the current 15 users", A, V),
            N(4, "exact", "users", None, "(4 users,", H, V),
            N(1312, "exact", "searches", None, "1,312 FaceSearch queries last calendar year", A, V)],
    policies=[P("every FaceSearch candidate must be reviewed by a second trained examiner before it is included in any report", "requirement", A),
              P("no FaceSearch result may be used as probable cause by itself", "prohibition", A)],
    emails=[E("Ortega, Lydia", None, "2024-09-12 16:07", "RE: " + SUBJ, 1, 1, "Brandt, Curtis"),
            E("Brandt, Curtis", "curtis.brandt@motorolasolutions.com", "2024-09-11 10:52", "RE: " + SUBJ, 1, 1, "lortega@bcpo.net"),
            E("Ortega, Lydia", None, "2024-09-10 14:31", SUBJ, 2, 2, "curtis.brandt@motorolasolutions.com")],
    dates=["2024-09-12", "2024-09-11", "2024-09-10"])

# ---------------------------------------------------------------- 09
CUR = "09_nm-rio-rancho-pd-safr-gmail.txt"
A, V, RR = "Rio Rancho Police Department", "SAFR", "Rio Rancho Public Schools"
SUBJ = "SAFR pilot - pricing and RRPS question"
rec(CUR, True, A, [A, RR, "City of Rio Rancho", "Rio Rancho City Council"], [V, "RealNetworks"], ["SAFR Platform"],
    costs=[C(7200, 7200, "year", "SAFR Platform for 20 camera licenses is $7,200 per year", A, V),
           C(360, 360, "year", "($360 per camera per year)", A, V, unit="per camera"),
           C(1500, 1500, "one-time", "one-time setup and training fee of $1,500", A, V),
           C(16200, 16200, "year", "would be $16,200 per year", RR, V)],
    counts=[N(20, "up to", "licenses", None, "up to 20 camera licenses", A, V),
            N(350, "approximately", "images", None, "roughly 350 booking photos", A, None),
            N(45, "exact", "licenses", None, "45 camera licenses", RR, V)],
    emails=[E("Kyle Dominguez", "kdominguez@rrnm.gov", "2024-04-08 09:14", SUBJ, 1, 1, "jfeld@safr.com"),
            E("Jo Anne Feld", "jfeld@safr.com", "2024-04-09 16:52", SUBJ, 1, 1, "kdominguez@rrnm.gov"),
            E("Marisol Trujillo", "mtrujillo@rrnm.gov", "2024-04-10 08:03", SUBJ, 1, 1, "kdominguez@rrnm.gov"),
            E("Kyle Dominguez", "kdominguez@rrnm.gov", "2024-04-10 14:26", SUBJ, 2, 2, "mtrujillo@rrnm.gov")],
    dates=["2024-09-03", "2024-04-08", "2024-04-09", "2024-04-10"])

# ---------------------------------------------------------------- 10
CUR = "10_co-ciac-cognitec-forwarded-chain.txt"
A, V = "Colorado Information Analysis Center", "Cognitec"
rec(CUR, False, A, [A, "Colorado Department of Public Safety", "Colorado Bureau of Investigation",
                    "Denver Police Department", "Colorado General Assembly"],
    [V, "Clearview AI"], ["FaceVACS-DBScan"],
    costs=[C(21400, 21400, "year", "EUR 21,400", A, V, currency="EUR"),
           C(6500, 6500, "one-time", "one-time fee of EUR 6,500", A, V, currency="EUR")],
    counts=[N(10, "exact", "licenses", None, "10 concurrent client seats", A, V),
            N(2960, "exact", "searches", None, "2,960 face recognition requests processed", A, None),
            N(87, "exact", "agencies", None, "for 87 partner agencies", A, None),
            N(1_900_000, "approximately", "images", None, "about 1.9 million booking photos", A, None),
            N(9, "exact", "users", None, "Analysts with DBScan accounts: 9", A, V),
            N(412, "exact", "searches", None, "ran 412 searches on their own Clearview account",
              "Denver Police Department", "Clearview AI")],
    policies=[P("a search may be run only with a documented criminal predicate and a CIAC case number", "requirement", A)],
    emails=[E("Tessa Albright", "tessa.albright@state.co.us", "2023-11-06 11:48",
              "Fwd: Re: DBScan maintenance 2024 + SB 113 report numbers", 1, 1, "grant.okafor@state.co.us"),
            E("Henrik Vogel", "h.vogel@cognitec.com", "2023-11-03 15:22",
              "Re: DBScan maintenance 2024 + SB 113 report numbers", 1, 1, "tessa.albright@state.co.us"),
            E("Tessa Albright", "tessa.albright@state.co.us", "2023-11-01 09:05", None, 2, 2, None)],
    dates=["2023-11-06", "2023-11-03", "2023-11-01", "2022-07-01", "2023-06-30", "2024", "2023"])

# ---------------------------------------------------------------- 11
CUR = "11_mo-stl-news-veritone-records.txt"
A, V = "St. Louis County Police Department", "Veritone"
M, HP = "St. Louis Metropolitan Police Department", "Missouri State Highway Patrol"
rec(CUR, False, A, [A, M, HP, "St. Louis County Council"], [V, "Clearview AI", "DataWorks Plus"],
    ["Veritone IDentify"],
    costs=[C(148500, 148500, None, "$148,500 for a three-year face recognition contract", A, V),
           C(49500, 49500, "year", "annual payments of $49,500", A, V),
           C(250000, 250000, None, "a contract worth roughly a quarter of a million dollars", HP, "DataWorks Plus"),
           C(52000, 52000, "year", "requested $52,000 in its fiscal 2025 budget to renew it for one year", A, V)],
    counts=[N(5806, "exact", "searches", None, "ran 5,806 searches", A, V),
            N(212, "exact", "users", None, "212 officers and analysts had accounts", A, V),
            N(30, "at least", "users", None, "at least 30 officers", M, "Clearview AI"),
            N(3_400_000, "approximately", "images", None, "roughly 3.4 million booking photos", HP, None)],
    policies=[P("county policy requires a supervisor to approve every search before it is run", "requirement", A),
              P("a match is treated as a lead, not as probable cause", "disclaimer", A)],
    dates=["2024-03-18", "2021-06", "2024-06-30", "2023", "2022", "2020", "2019"])

# ---------------------------------------------------------------- 12
CUR = "12_nv-washoe-so-jag-grant-budget.txt"
A, V = "Washoe County Sheriff's Office", "Paravision"
rec(CUR, False, A, [A, "Northern Nevada Regional Intelligence Center", "Nevada Department of Public Safety",
                    "Reno Police Department", "Sparks Police Department", "Washoe County"],
    [V], [],
    costs=[C(38000, 38000, "year", "12-month license $38,000", A, V),
           C(12500, 12500, "one-time", "one-time services $12,500", A, V),
           C(5400, 5400, None, "$5,400", A, None),
           C(1350, 1350, None, "$1,350 each", A, None, unit="per examiner"),
           C(57760, 57760, None, "TOTAL FEDERAL REQUEST $57,760", A, None),
           C(63536, 63536, None, "TOTAL PROJECT COST $63,536", A, None)],
    counts=[N(610_000, "approximately", "images", None, "approximately 610,000 images", A, None),
            N(1800, "approximately", "searches", "year", "We estimate 1,800 searches per year", A, None),
            N(4, "exact", "users", None, "four certified forensic examiners in the Unit will have log-in access", A, V)],
    policies=[P("Only the four certified forensic examiners in the Unit will have log-in access.", "requirement", A),
              P("All candidates will be reviewed by two examiners, and a candidate may not be reported as an identification.", "requirement", A)],
    dates=["2024-10-01", "2025-09-30", "2024-05-20"])

# ---------------------------------------------------------------- 13
CUR = "13_nc-sbi-fr-annual-report.txt"
A, V = "North Carolina State Bureau of Investigation", "NEC"
rec(CUR, True, A, [A, "Charlotte-Mecklenburg Police Department", "Raleigh Police Department",
                   "Wake County Sheriff's Office", "North Carolina Division of Motor Vehicles",
                   "Federal Bureau of Investigation"],
    [V], ["NeoFace Reveal"],
    costs=[C(96300, 96300, "year", "$96,300", A, V),
           C(99190, 99190, "year", "$99,190", A, V),
           C(250000, 250000, "one-time", "Repository storage expansion (nonrecurring appropriation) $250,000", A, None)],
    counts=[N(2519, "exact", "searches", None, "received 2,519 requests", A, V),
            N(98, "exact", "agencies", None, "from 98 agencies", A, None),
            N(4_118_772, "exact", "images", None, "4,118,772 images", A, V),
            N(540, "exact", "searches", None, "SBI (internal investigations) 540", A, V),
            N(412, "exact", "searches", None, "Charlotte-Mecklenburg Police Department 412",
              "Charlotte-Mecklenburg Police Department", V),
            N(288, "exact", "searches", None, "Raleigh Police Department 288", "Raleigh Police Department", V),
            N(173, "exact", "searches", None, "Wake County Sheriff's Office 173", "Wake County Sheriff's Office", V),
            N(1106, "exact", "searches", None, "All other agencies 1,106", None, V),
            N(73, "exact", "users", None, "Seventy-three SBI examiners", A, None),
            N(214, "exact", "users", None, "214 users at partner agencies have accounts", A, None)],
    policies=[P("Every candidate is reviewed by two trained SBI examiners before a possible lead is released to the requesting agency.", "requirement", A),
              P("Requests for immigration enforcement, or to identify persons engaged in lawful protest, are not accepted.", "prohibition", A),
              P("Candidate lists and leads are outcomes and are not identifications.", "disclaimer", A),
              P("Under SBI Policy 7-112, an agency whose requests repeatedly lack a case number shall lose portal access.", "consequence", A)],
    dates=["2023", "2024"])

# ---------------------------------------------------------------- 14
CUR = "14_va-virginia-beach-pd-foia-response.txt"
A, V = "Virginia Beach Police Department", "Clearview AI"
rec(CUR, True, A, [A, "City of Virginia Beach", "Virginia Fusion Center"], [V], [],
    costs=[C(9800, 9800, "year", "$9,800 for an annual subscription in FY2023", A, V),
           C(11400, 11400, "year", "$11,400 for the FY2024 annual subscription", A, V),
           C(633.33, 633.33, "year", "$633.33 per user", A, V, unit="per user")],
    counts=[N(18, "exact", "users", None, "covers 18 users", A, V),
            N(744, "exact", "searches", None, "744 searches", A, V),
            N(193, "exact", "searches", None, "performed 193 searches", A, V),
            N(63, "exact", "searches", None, "running 63 searches", "Virginia Fusion Center", None)],
    policies=[P("a facial recognition match may not be used as the sole basis to establish probable cause, and only the 18 trained users may access the system.", "prohibition", A),
              P("Searches of images from live or recorded video of lawful assemblies are prohibited.", "prohibition", A)],
    dates=["2024-04-22", "2024-04-08", "2021-07-01", "2022-07-01", "2024-03-31", "2024-04-10", "2023"])

(HERE / "labels.json").write_text(json.dumps(RECS, indent=1) + "\n")
print("wrote", len(RECS), "records")
