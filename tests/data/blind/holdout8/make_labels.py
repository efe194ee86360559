"""Writes labels.json. Labels were decided from the author's intent while writing the texts;
quotes are cut from the text files by anchor strings so spacing is exact."""
import json, re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = sorted(p.name for p in (HERE / "docs").glob("*.txt"))
SCANNED = {"01", "04", "06", "07", "08", "10"}
TEXT = {}

def t(n):
    name = next(d for d in DOCS if d.startswith(n + "_"))
    if name not in TEXT:
        TEXT[name] = (HERE / "docs" / name).read_text()
    return TEXT[name]

CUR = None
def ln(start):
    """From `start` to the end of its line."""
    s = t(CUR); i = s.index(start); j = s.find("\n", i)
    return s[i:j if j >= 0 else len(s)].rstrip()
def sp(start, end):
    """From `start` through `end` (may cross lines)."""
    s = t(CUR); i = s.index(start); j = s.index(end, i) + len(end)
    return s[i:j]

def C(lo, hi, period, quote, agency, vendor, unit=None):
    d = {"amount_min": lo, "amount_max": hi, "currency": "USD", "period": period}
    if unit: d["unit"] = unit
    d.update(quote=quote, agency=agency, vendor=vendor); return d
def N(count, qual, measure, per, quote, agency, vendor=None):
    return {"count": count, "qualifier": qual, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor}
def P(quote, kind, agency):
    return {"quote": quote, "kind": kind, "agency": agency}
def E(frm, addr, date, subject, ps, pe, to=None):
    return {"from": frm, "from_address": addr, "to": to, "date": date, "subject": subject,
            "page_start": ps, "page_end": pe}

R = []
def rec(n, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates):
    name = next(d for d in DOCS if d.startswith(n + "_"))
    stem = name[:-4]
    R.append({"file": f"docs/{name}", "pdf": f"pdf/{stem}.pdf",
              "scan": f"pdf/{stem}.scan.pdf" if n in SCANNED else None,
              "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
              "products": products, "costs": costs, "counts": counts,
              "image_counts": [{"count": c["count"], "quote": c["quote"]} for c in counts
                               if c["measure"] == "images"],
              "policies": policies, "emails": emails, "dates": dates})

# 01 ---------------------------------------------------------------------------------------
CUR = "01"; A = "Greenville County Sheriff's Office"; V = "DataWorks Plus"
r1 = ln("FACE Plus annual software maintenance"); r2 = ln("FACE Plus concurrent investigator")
r3 = ln("Remote administrator training")
rec("01", A, [A], [V], ["FACE Plus"],
    [C(18750, 18750, "year", r1, A, V), C(8700, 8700, "year", r2, A, V),
     C(1450, 1450, "year", r2, A, V, "per license"), C(950, 950, "one-time", r3, A, V)],
    [N(6, "exact", "licenses", None, r2, A, V)],
    [], [], ["2023-10-02", "2023-11-01", "2023-10-31", "2024-10-31"])

# 02 ---------------------------------------------------------------------------------------
CUR = "02"; A = "Arizona State University Police Department"; V = "Clearview AI"
r1 = ln("Clearview AI Investigative Platform,"); r2 = ln("Clearview AI Mobile add-on")
rec("02", A, [A], [V], ["Clearview AI Investigative Platform", "Clearview AI Mobile"],
    [C(18000, 18000, "year", r1, A, V), C(2250, 2250, "year", r1, A, V, "per user"),
     C(1600, 1600, "year", r2, A, V), C(400, 400, "year", r2, A, V, "per user"),
     C(17800, 17800, "year", ln("TOTAL (USD):"), A, V)],
    [N(8, "exact", "users", None, ln("Active user seats"), A, V),
     N(4, "exact", "users", None, r2, A, V),
     N(1162, "exact", "searches", None, ln("Searches performed"), A, V),
     N(40000000000, "at least", "images", None,
       "more than 40 billion publicly available facial images", None, V)],
    [P("Seats may not be shared between users.", "prohibition", A),
     P("Search results are indicative and not definitive.", "disclaimer", None),
     P(sp("Customer is responsible for complying", "in its use of the service."), "requirement", A)],
    [], ["2024-04-08", "2024-05-31", "2024-06-14", "2024-06-15", "2025-06-14", "2023-06-15",
         "2024-03-31"])

# 03 ---------------------------------------------------------------------------------------
CUR = "03"; A = "Boise Police Department"; V = "Amazon Web Services"
g1 = ln("$0.001 per image"); g2 = ln("$0.0001 per image"); fm = ln("$0.00001 per face metadata")
rec("03", A, ["City of Boise", A], [V], ["Amazon Rekognition"],
    [C(440.40, 440.40, "month", ln("Amazon Rekognition      "), A, V),
     C(412.30, 412.30, "month", g1, A, V), C(0.001, 0.001, None, g1, A, V, "per image"),
     C(9.60, 9.60, "month", g2, A, V), C(0.0001, 0.0001, None, g2, A, V, "per image"),
     C(18.50, 18.50, "month", fm, A, V), C(0.00001, 0.00001, "month", fm, A, V, "per face metadata")],
    [N(412300, "exact", "images", "month", g1, A, V), N(96040, "exact", "images", "month", g2, A, V),
     N(1850000, "exact", "faces", None, fm, A, V)],
    [], [], ["2024-04-02", "2024-03-01", "2024-03-31", "2024-04"])

# 04 ---------------------------------------------------------------------------------------
CUR = "04"; A = "New Mexico Department of Public Safety"; V = "Idemia"
r1 = ln("MorphoFace Investigate investigator license,")
rec("04", A, [A, "New Mexico State Police", "New Mexico Department of Finance and Administration",
              "New Mexico Taxation and Revenue Department"], [V], ["MorphoFace Investigate"],
    [C(None, 445362.50, None, sp("shall not exceed four hundred", "($445,362.50)"), A, V),
     C(81162.50, 81162.50, None, "increases the maximum compensation by $81,162.50", A, V),
     C(None, 364200, None, "from $364,200.00", A, V),
     C(48000, 48000, "year", r1, A, V), C(3200, 3200, "year", r1, A, V, "per license"),
     C(27500, 27500, "year", ln("MFI annual maintenance and support, FY2025"), A, V),
     C(75500, 75500, None, ln("Subtotal      "), A, V)],
    [N(15, "exact", "licenses", None, "fifteen (15) investigator licenses", A, V),
     N(40, "exact", "users", None, "40 licensed users", A, V)],
    [P(sp("The Agency shall restrict access", "DPS background investigation."), "requirement", A),
     P(sp("Search\n   results shall be treated", "probable cause for an arrest."), "prohibition", A)],
    [], ["2021-09-03", "2022-08-22", "2024-06-30", "2025-06-30", "2024-06-11", "2024-06-10",
         "2024-06-07", "2024-06-14"])

# 05 ---------------------------------------------------------------------------------------
CUR = "05"; A = "City of Centennial"; S = "Arapahoe County Sheriff's Office"; V = "Rank One Computing"
sub = ln("Annual subscription, 12 concurrent")
rec("05", A, [A, S, "Arapahoe County", "Colorado Information Analysis Center"], [V, "Flock Safety"],
    ["ROC Watch"],
    [C(26400, 26400, "year", sub, A, V), C(2200, 2200, "year", sub, A, V, "per user"),
     C(4800, 4800, "one-time", ln("Implementation, configuration and training"), A, V),
     C(31200, 31200, None, ln("First-year cost to the City"), A, V),
     C(27700, 29100, "year", "$27,700 to $29,100 per\nyear", A, V),
     C(14600, 14600, "year", "annual share of $14,600", "Arapahoe County", None),
     C(None, 33000, None, "amount not to exceed $33,000", A, V)],
    [N(12, "exact", "licenses", None, "12 concurrent user licenses", A, V),
     N(350, "approximately", "searches", "year", "approximately 350 searches per year", S, V)],
    [P(sp("Before using the service, ACSO must", "days of public comment."), "requirement", S),
     P(sp("ACSO Policy 442\nprohibits", "lawful assembly."), "prohibition", S),
     P(sp("Deputies may not use a face recognition", "probable cause."), "prohibition", S)],
    [], ["2024-03-18", "2024-03-06", "2024-01-22", "2023", "2024", "2025", "2026"])

# 06 ---------------------------------------------------------------------------------------
CUR = "06"; A = "Des Moines Police Department"; M = "Iowa Department of Transportation"
rec("06", M, [M, "City of Des Moines", A], ["NEC"], ["NeoFace Reveal"],
    [C(2500, 2500, "year", "annual system access fee of $2,500", A, None),
     C(1.10, 1.10, None, "search fee of $1.10 per search request processed", A, None, "per search")],
    [N(4600000, "approximately", "images", None, "approximately 4.6 million facial images", M, "NEC"),
     N(10, "at most", "users", None, "no more than ten (10) authorized requesters", A),
     N(250, "up to", "searches", "month", "up to 250 search requests per calendar month", A),
     N(1318, "exact", "searches", None, "DMPD submitted 1,318 requests to MVD", A)],
    [P(sp("Searches shall be conducted only", "direct access to the system."), "requirement", M),
     P(sp("MVD will return no more than five", "written assessment."), "requirement", M),
     P(sp("MVD will log each request", "for five years."), "requirement", M),
     P(sp("DMPD shall designate no more than", "before submitting a request."), "requirement", A),
     P(sp("DMPD shall submit requests only", "basis for the request."), "requirement", A),
     P(sp("DMPD may not submit images", "First Amendment."), "prohibition", A),
     P(sp("A candidate image returned by MVD", "or a photo lineup."), "prohibition", A),
     P("DMPD may submit up to 250 search requests per calendar month.", "permission", A),
     P("MVD may audit DMPD requests at any time.", "permission", M),
     P(sp("DMPD shall provide case documentation", "within ten business days."), "requirement", A),
     P(sp("Any misuse of the search service", "Professional Responsibility."), "consequence", A)],
    [], ["2023-07-01", "2026-06-30", "2021-07-01", "2023-06-30", "2023-06-20", "2023-06-26",
         "2023-06-23"])

# 07 ---------------------------------------------------------------------------------------
CUR = "07"; A = "Lafourche Parish Sheriff's Office"
rec("07", A, [A, "Louisiana Sheriffs' Association"], ["Vigilant Solutions", "Motorola Solutions"],
    ["FaceSearch"], [],
    [N(18000000, "at least", "images", None, "more\nthan 18 million booking photographs", None,
       "Vigilant Solutions"),
     N(12, "at most", "accounts", None,
       "The number of active FaceSearch accounts shall not exceed twelve (12).", A, "Vigilant Solutions")],
    [P(sp("A possible match is not a positive", "probable cause to arrest."), "disclaimer", A),
     P(sp("It is the policy of this Office to use", "Article I, Section 5."), "requirement", A),
     P(sp("Only members assigned to the Criminal", "issued FaceSearch credentials."), "requirement", A),
     P("The number of active FaceSearch accounts shall not exceed twelve (12).", "requirement", A),
     P("Credentials shall not be shared.", "prohibition", A),
     P(sp("Each user is responsible for all searches", "his or her account."), "requirement", A),
     P(sp("Every search shall be tied to an LPSO item number", "\"Reason\" field."), "requirement", A),
     P(sp("Members shall not run searches", "free speech or assembly."), "prohibition", A),
     P(sp("Probe images from social media may be used", "legal process."), "permission", A),
     P(sp("Any possible match shall be reviewed", "to the case agent."), "requirement", A),
     P(sp("The case agent must develop", "an arrest warrant."), "requirement", A),
     P(sp("Candidate images shall not be shown", "photographic lineup."), "prohibition", A),
     P(sp("The Real Time Crime Unit supervisor\n", "searches each quarter."), "requirement", A),
     P(sp("Members who misuse facial recognition", "loss of system access."), "consequence", A)],
    [], ["2024-01-08", "2021-03"])

# 08 ---------------------------------------------------------------------------------------
CUR = "08"; A = "Metro Transit Police Department"; H = "Hennepin County Sheriff's Office"
rec("08", A, [A, H], ["Cognitec"], ["FaceVACS-DBScan"],
    [C(1150, 1150, "year", "$1,150 per seat per year", A, None, "per seat"),
     C(4600, 4600, "year", "$4,600 a year", A, None)],
    [N(4, "exact", "users", None, "the four seats you mentioned", A),
     N(1400000, "approximately", "images", None, "about 1.4 million booking images", H),
     N(2212, "exact", "searches", None, "our unit ran 2,212 searches", H),
     N(27, "exact", "searches", None, "MTPD sent 27 requests to your unit last year", A)],
    [P(sp("Under HCSO Policy 10-140, each Metro Transit user", "before an account is issued."),
       "requirement", A),
     P(sp("Going forward, MTPD requests for face comparison", "requests by text message."),
       "requirement", A),
     P(sp("Results we send are investigative leads only", "basis for an arrest."), "prohibition", A)],
    [E("Brandt, Michael", "Michael.Brandt@hennepin.us", "2024-02-15 15:42",
       "RE: MTPD face search requests - cost share", 1, 1, "Olson, Kristen"),
     E("Olson, Kristen", "Kristen.Olson@metrotransit.org", "2024-02-14 10:05",
       "RE: MTPD face search requests", 1, 1, "Brandt, Michael"),
     E("Brandt, Michael", "Michael.Brandt@hennepin.us", "2024-02-12 08:51",
       "MTPD face search requests", 2, 2, "Olson, Kristen")],
    ["2024-02-15", "2024-02-14", "2024-02-12", "2023", "2024"])

# 09 ---------------------------------------------------------------------------------------
CUR = "09"; T = "Tennessee Fusion Center"; V = "Clearview AI"
MP, RC, LV, SM = ("Murfreesboro Police Department", "Rutherford County Sheriff's Office",
                  "La Vergne Police Department", "Smyrna Police Department")
def row(name):
    s = t(CUR); m = re.search(r"^" + re.escape(name) + r" {5,}\d+ +\d+$", s, re.M); return m.group()
rec("09", T, [T, "Tennessee Bureau of Investigation", MP, RC, LV, SM], [V], [],
    [C(14500, 14500, "year", "the renewal this year was $14,500 for the year", T, V)],
    [N(6, "exact", "users", None, "We have 6\nanalyst accounts", T, V),
     N(5, "exact", "searches", None, "MPD shows 5 requests for the quarter", MP, V),
     N(9, "exact", "images", None, row("Murfreesboro PD"), MP, V),
     N(4, "exact", "searches", None, row("Rutherford Co. SO"), RC, V),
     N(6, "exact", "images", None, row("Rutherford Co. SO"), RC, V),
     N(3, "exact", "searches", None, row("La Vergne PD"), LV, V),
     N(5, "exact", "images", None, row("La Vergne PD"), LV, V),
     N(2, "exact", "searches", None, row("Smyrna PD"), SM, V),
     N(3, "exact", "images", None, row("Smyrna PD"), SM, V),
     N(14, "exact", "searches", None, row("TOTAL"), T, V),
     N(23, "exact", "images", None, row("TOTAL"), T, V)],
    [P(sp("TFC analysts may run a\nsearch only", "a supervisor's sign-off."), "permission", T)],
    [E("Luis Ortega", "lortega@murfreesborotn.gov", "2024-04-08 09:12",
       "Q1 2024 face recognition request log", 1, 1, "Dana Whitlock"),
     E("Dana Whitlock", "dana.whitlock@tn.gov", "2024-04-08 14:37",
       "Q1 2024 face recognition request log", 1, 1, "Luis Ortega"),
     E("Luis Ortega", "lortega@murfreesborotn.gov", "2024-04-09 08:03",
       "Q1 2024 face recognition request log", 1, 1, "Dana Whitlock")],
    ["2024-04-08", "2024-04-09", "2024-01-01", "2024-03-31"] +
    sorted({f"2024-{m}-{d}" for m, d in re.findall(r"(\d\d)/(\d\d)/2024", t("09"))}))

# 10 ---------------------------------------------------------------------------------------
CUR = "10"; A = "Allegheny County District Attorney's Office"; V = "Oosto"
rec("10", A, [A, "Allegheny County Police Department", "Allegheny County Jail",
              "Pennsylvania Justice Network (JNET)"], [V], ["OnWatch"],
    [C(38000, 38000, "year", "licensed at $38,000 per year", A, V),
     C(6500, 6500, "one-time", "one-time installation and integration fee of $6,500", A, V)],
    [N(20, "up to", "camera channels", None, "up to 20 camera channels", A, V),
     N(10000, "up to", "persons enrolled", None, "up to 10,000 enrolled subjects", None, V),
     N(61, "exact", "searches", None, "our detectives ran 61 searches", A, None)],
    [P(sp("Under our office policy, no assistant district", "approval of the First Assistant"),
       "prohibition", A)],
    [E("Andrea Kessler", "akessler@alleghenycountyda.us", "2024-03-04 16:17",
       "Fwd: Oosto OnWatch pilot for county detectives", 1, 1, "Thomas Reardon"),
     E("Gavin Petrakis", "gavin.petrakis@oosto.com", "2024-03-01 11:48",
       "Re: Oosto OnWatch pilot for county detectives", 1, 1, "Andrea Kessler"),
     E("Andrea Kessler", "akessler@alleghenycountyda.us", "2024-02-26 11:02", None, 2, 2,
       "Gavin Petrakis")],
    ["2024-03-04", "2024-03-01", "2024-02-26", "2023"])

# 11 ---------------------------------------------------------------------------------------
CUR = "11"; CM = "Charlotte-Mecklenburg Police Department"; HP = "North Carolina State Highway Patrol"
W = "Wake County Sheriff's Office"; DMV = "North Carolina Division of Motor Vehicles"
DU = "Durham Police Department"
rec("11", None, [CM, HP, DU, "Durham City Council", W, "North Carolina State Bureau of Investigation", DMV],
    ["NEC", "Clearview AI", "Veritone"], ["NeoFace Reveal", "IDentify"],
    [C(96300, 96300, None, "$96,300 for a three-year license", CM, "NEC"),
     C(7500, 7500, "year", "paid Clearview AI $7,500 for a one-year subscription", HP, "Clearview AI")],
    [N(1942, "exact", "searches", None, "ran 1,942 face searches in 2023", CM, "NEC"),
     N(1305, "exact", "searches", None, "up from 1,305 the year before", CM, "NEC"),
     N(21, "exact", "users", None, "The department has 21 trained\nexaminers", CM, "NEC"),
     N(5, "exact", "users", None, "for five users in its Criminal Interdiction unit", HP, "Clearview AI"),
     N(11000000, "approximately", "images", None, "about 11 million driver's license and\nID photos",
       DMV, None),
     N(212, "exact", "searches", None, "The Sheriff's Office sent 212 requests", W, None)],
    [P(sp("CMPD's written policy requires", "shared with detectives"), "requirement", CM),
     P(sp("The Durham City Council voted 5-2", "without council approval."), "prohibition", DU)],
    [], ["2024-09-09", "2024-09-10", "2024-05", "2023", "2022", "2021", "2024", "2026-06-30"])

# 12 ---------------------------------------------------------------------------------------
CUR = "12"; B = "Baltimore Police Department"; D = "Maryland Department of Public Safety and Correctional Services"
V = "Veritone"; OIG = "Baltimore City Office of the Inspector General"
y21, y22, y23, tot = (ln("2021            612"), ln("2022            704"), ln("2023            831"),
                      ln("Total         2,147"))
rec("12", OIG, [OIG, B, D, "Maryland Motor Vehicle Administration", "Baltimore City Board of Estimates"],
    [V], ["Maryland Image Repository System", "IDentify"],
    [C(64800, 64800, None, "paid Veritone $64,800 for a two-year IDentify license", B, V),
     C(36500, 36500, "year", "at $36,500 for one year", B, V)],
    [N(9700000, "approximately", "images", None, "contains about 9.7 million images", D),
     N(46, "exact", "users", None, "46 BPD personnel held MIRS accounts", B),
     N(9, "exact", "users", None, "9 held IDentify accounts", B, V),
     N(22, "exact", "users", None, "(22 of 46)", B),
     N(3, "exact", "users", None, "3 former\nmembers retained active MIRS accounts", B),
     N(612, "exact", "requests", None, y21, B), N(598, "exact", "searches", None, y21, B),
     N(704, "exact", "requests", None, y22, B), N(689, "exact", "searches", None, y22, B),
     N(212, "exact", "searches", None, y22, B, V),
     N(831, "exact", "requests", None, y23, B), N(815, "exact", "searches", None, y23, B),
     N(397, "exact", "searches", None, y23, B, V),
     N(2147, "exact", "requests", None, tot, B), N(2102, "exact", "searches", None, tot, B),
     N(609, "exact", "searches", None, tot, B, V),
     N(74, "exact", "searches", None, "74 of 815 MIRS searches", B),
     N(38, "exact", "searches", None, "38 IDentify searches", B, V)],
    [P(sp("Members shall submit every facial recognition request", "requesting investigator."),
       "requirement", B),
     P(sp("Only members who have completed the Department's", "any facial recognition system."),
       "permission", B),
     P(sp("Facial recognition shall not be used to identify", "protected activity."), "prohibition", B),
     P(sp("MIRS results may be used\nonly as investigative leads", "investigative leads"), "permission", B)],
    [], ["2024-07-22", "2021", "2022", "2023", "2024-01", "2023-12-31", "2021-03-01", "2024-06-03",
         "2024-08", "2021-01-01"])

(HERE / "labels.json").write_text(json.dumps(R, indent=1) + "\n")
print(len(R), "records")
