"""Writes docs/*.txt and labels.json for holdout99 (six invented releases: IN, NJ, OH, TN, UT, WY).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on policies
(requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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


def gm(left, right, width=75):
    """A Gmail print header line: sender (or mailbox) left, date right-aligned."""
    gap = width - len(left) - len(right)
    assert gap >= 3, (left, right)
    return left + " " * gap + right


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
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Indiana: Mishawaka PD
MPD = "Mishawaka Police Department"
VIG = "Vigilant Solutions"
MSI = "Motorola Solutions"
FS = "Vigilant FaceSearch"
doc("01_mishawaka-pd-facesearch-monthly-usage-2023.txt", [
    ("FaceSearch_Usage_2023.xlsx - Monthly", """\
MISHAWAKA POLICE DEPARTMENT - INVESTIGATIONS DIVISION
Vigilant FaceSearch - Monthly Usage Report, January-December 2023
Source: FaceSearch audit log exported from LEARN (Motorola Solutions)
Compiled by: Kendra Oyler, Crime Analyst       Printed: 01/16/2024

    |    A     |    B     |    C     |   D   |            E
----+----------+----------+----------+-------+----------------------------
  1 | Month    | Searches | Possible | Leads | Notes
    |          |   run    | matches  |  sent |
  2 | Jan 2023 |       38 |       14 |     5 | Renewal invoice paid 1/9
  3 | Feb 2023 |       41 |       17 |     6 |
  4 | Mar 2023 |       29 |       11 |     3 | LEARN outage 3/14-3/16
  5 | Apr 2023 |       44 |       19 |     8 | Patrol access approved
  6 | May 2023 |       52 |       21 |     7 |
  7 | Jun 2023 |       47 |       16 |     6 | Q2 audit - no exceptions
  8 | Jul 2023 |       39 |       12 |     4 | Case 23-011742 (homicide)
  9 | Aug 2023 |       55 |       23 |     9 | Gallery refresh from jail
 10 | Sep 2023 |       48 |       18 |     5 |
 11 | Oct 2023 |       43 |       15 |     6 | GO 4.22 reissued 10/2
 12 | Nov 2023 |       36 |       13 |     4 | Sgt. Varga on leave
 13 | Dec 2023 |       34 |       10 |     3 | Q4 audit - one exception
 14 | Total    |      506 |      189 |    66 |
 15 |
 16 | Column C counts searches that returned at least one candidate an
 17 | examiner judged a possible match. Column D counts candidates sent
 18 | to the case detective as an investigative lead. Lead rate for the
 19 | year: 13.0% of searches. ALPR (LEARN plate) queries are not in
 20 | this sheet.""", "Page 1 of 2"),
    ("FaceSearch_Usage_2023.xlsx - Summary", """\
    |    A                                               |      B
----+----------------------------------------------------+-------------
  1 | Program summary, calendar year 2023                |
  2 | Licensed FaceSearch users at 12/31/2023            |           11
  3 |   (7 Investigations, 3 Patrol, 1 Crime Analyst)    |
  4 | Searches run for other agencies (in col. B total)  |           37
  5 |   chiefly St. Joseph County Police Department and  |
  6 |   Elkhart Police Department                        |
  7 | MPD booking photos in FaceSearch gallery (approx.) |       84,000
  8 |   (St. Joseph County Jail, 2008 to present)        |
  9 |                                                    |
 10 | Costs, 2023                                        |
 11 | FaceSearch subscription, 11 users x $600/user/yr   |    $6,600.00
 12 |   (Motorola Solutions invoice VS-2023-04471)       |
 13 | LEARN ALPR data hosting (not face recognition)     |   $14,750.00
 14 | Vigilant FaceSearch webinar training               |    no charge

Text box printed below the sheet:

  Policy reference - General Order 4.22, Facial Recognition (rev.
  10/2023). Every FaceSearch query must include the MPD case number
  in the "reason" field. A FaceSearch candidate is an investigative
  lead only and is not probable cause to arrest. Searches of images
  taken at lawful assemblies are prohibited. The order does not limit
  the number of searches per case.

Reviewed: Lt. Brandon Szymanski, Investigations Commander
Produced in response to APRA request 2024-0031 (IC 5-14-3)""", "Page 2 of 2"),
], "pdf", MPD,
    [MPD, "St. Joseph County Police Department", "Elkhart Police Department", "St. Joseph County Jail"],
    [VIG, MSI],
    [FS, "LEARN"],
    [C(6600, 6600, "year", "FaceSearch subscription, 11 users x $600/user/yr   |    $6,600.00", MPD, MSI, FS),
     C(600, 600, "year", "11 users x $600/user/yr", MPD, MSI, FS, unit="per user")],
    [N(38, "exact", "searches", "month", "  2 | Jan 2023 |       38", MPD, VIG),
     N(41, "exact", "searches", "month", "  3 | Feb 2023 |       41", MPD, VIG),
     N(29, "exact", "searches", "month", "  4 | Mar 2023 |       29", MPD, VIG),
     N(44, "exact", "searches", "month", "  5 | Apr 2023 |       44", MPD, VIG),
     N(52, "exact", "searches", "month", "  6 | May 2023 |       52", MPD, VIG),
     N(47, "exact", "searches", "month", "  7 | Jun 2023 |       47", MPD, VIG),
     N(39, "exact", "searches", "month", "  8 | Jul 2023 |       39", MPD, VIG),
     N(55, "exact", "searches", "month", "  9 | Aug 2023 |       55", MPD, VIG),
     N(48, "exact", "searches", "month", " 10 | Sep 2023 |       48", MPD, VIG),
     N(43, "exact", "searches", "month", " 11 | Oct 2023 |       43", MPD, VIG),
     N(36, "exact", "searches", "month", " 12 | Nov 2023 |       36", MPD, VIG),
     N(34, "exact", "searches", "month", " 13 | Dec 2023 |       34", MPD, VIG),
     N(506, "exact", "searches", "year", " 14 | Total    |      506", MPD, VIG),
     N(189, "exact", "matches", "year", " 14 | Total    |      506 |      189", MPD, VIG),
     N(66, "exact", "leads", "year", " 14 | Total    |      506 |      189 |    66", MPD, VIG),
     N(11, "exact", "licenses", None, "Licensed FaceSearch users at 12/31/2023            |           11", MPD, VIG),
     N(37, "exact", "requests", "year", "Searches run for other agencies (in col. B total)  |           37", MPD,
       VIG),
     N(84000, "approximately", "images", None,
       "MPD booking photos in FaceSearch gallery (approx.) |       84,000", MPD, VIG)],
    [P("Every FaceSearch query must include the MPD case number in the \"reason\" field.", MPD, "requirement"),
     P("A FaceSearch candidate is an investigative lead only and is not probable cause to arrest.", MPD,
       "disclaimer"),
     P("Searches of images taken at lawful assemblies are prohibited.", MPD, "prohibition")],
    [],
    ["2023", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09",
     "2023-10", "2023-11", "2023-12", "2024-01-16", "2023-12-31", "2008"],
    scan="pdf")


# ---------------------------------------------------------------- 2 New Jersey: Bayonne PD
BPD = "Bayonne Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("02_bayonne-council-meeting-summary-neoface.txt", [
    (None, """\
CITY OF BAYONNE
OFFICE OF THE MUNICIPAL CLERK
630 Avenue C, Bayonne, New Jersey 07002 | (201) 555-0120

SUMMARY OF THE REGULAR MEETING OF THE MUNICIPAL COUNCIL
Wednesday, May 15, 2024 - 7:00 p.m. - Council Chambers, Room 201

This summary is prepared by the Municipal Clerk for public information.
It is not the official minutes, which will be presented for approval
at the regular meeting of June 19, 2024.

Present: Council President Denise Marchetti-Ruiz; Councilmembers Paul
Okonjo, Gina Tedesco, Samuel Brandt and Luis Ferrante. Also present:
Business Administrator, Corporation Counsel, Police Chief Thomas
Kowalczyk and Chief Financial Officer Anita Deshpande.

1. CONSENT AGENDA
The Council adopted the consent agenda (items 1-14) by a 5-0 vote. It
included Resolution 24-5-15-031 awarding the Broadway resurfacing
contract (Phase 2) in the amount of $1,184,300.

2. RESOLUTION 24-5-15-044 - AGREEMENT WITH NEC CORPORATION OF AMERICA
   FOR FACIAL RECOGNITION SOFTWARE (POLICE DEPARTMENT)

Chief Kowalczyk presented the item. He said the resolution would
authorize a three-year agreement with NEC Corporation of America for
its NeoFace Reveal investigative software, in an amount not to exceed
$65,100. He explained that the price is made up of a one-time setup
and training fee of $9,300 and an annual subscription of $18,600.

The Chief told the Council that eight detectives in the Investigative
Bureau would hold licenses, and that the software would search
roughly 140,000 booking photographs held by the Hudson County
Department of Corrections. During a no-cost 90-day trial last fall,
he said, detectives ran about 310 searches, which produced 22
investigative leads and contributed to 7 arrests.

He said the Department does not use Clearview AI, which the New
Jersey Attorney General barred state and local police from using in
January 2020, and that no Bayonne officer holds a Clearview account.""",
     "Municipal Council Summary 05/15/2024 - Page 1 of 2"),
    (None, """\
Councilwoman Tedesco asked what rules would govern the software. The
Chief said that Department Directive 2024-06, issued in April 2024,
requires a supervisor to approve every search before it is run. He
said searches are limited to active criminal investigations and to
identifying missing or deceased persons. A possible match, he said,
would never by itself be treated as probable cause for an arrest. He
added that the directive prohibits running the software on live or
recorded video from the City's street cameras.

Council President Marchetti-Ruiz asked whether other agencies in the
county use the product. The Chief said the Hudson County Prosecutor's
Office pays about $21,000 a year for its own NEC license and that the
two offices would not share accounts.

Councilman Brandt said he was concerned about accuracy and cited a
2019 federal study that found false-positive rates 10 to 100 times
higher for some demographic groups. The Chief replied that NeoFace
ranked among the most accurate algorithms tested in that study.

Councilwoman Tedesco proposed that the Department report its search
totals to the Council twice a year. The Chief said he would support
such a requirement. No action was taken on the proposal.

Ms. Deshpande certified that $27,900 is available in the 2024 police
technology budget line, account 4-01-25-240-000-215, with later years
subject to appropriation.

The resolution was adopted 4-1 (Brandt voting no).

3. RESOLUTION 24-5-15-045 - AXON BODY-WORN CAMERAS
The Council approved a five-year agreement with Axon Enterprise for
120 body-worn cameras and evidence storage, not to exceed $438,750,
by a 5-0 vote. The Chief said the cameras are not connected to any
facial recognition software.

4. PUBLIC COMMENT
Two residents spoke on item 2. One asked that the Directive be posted
on the City website; the Chief said it would be posted by June 1.

The meeting adjourned at 9:12 p.m.

Respectfully submitted, Maureen Castellano, RMC, Municipal Clerk""",
     "Municipal Council Summary 05/15/2024 - Page 2 of 2"),
], "pdf", BPD,
    ["City of Bayonne", "Bayonne Municipal Council", BPD, "Hudson County Department of Corrections",
     "New Jersey Attorney General", "Hudson County Prosecutor's Office"],
    [NEC, "Clearview AI", "Axon"],
    [NFR],
    [C(None, 65100, None, "in an amount not to exceed $65,100", BPD, NEC, NFR),
     C(9300, 9300, "one-time", "a one-time setup and training fee of $9,300", BPD, NEC, NFR),
     C(18600, 18600, "year", "an annual subscription of $18,600", BPD, NEC, NFR),
     C(21000, 21000, "year", "pays about $21,000 a year for its own NEC license", "Hudson County Prosecutor's Office",
       NEC),
     C(27900, 27900, None, "certified that $27,900 is available in the 2024 police technology budget line",
       BPD, NEC, NFR)],
    [N(8, "exact", "licenses", None, "eight detectives in the Investigative Bureau would hold licenses", BPD, NEC),
     N(140000, "approximately", "images", None, "roughly 140,000 booking photographs", BPD, NEC),
     N(310, "approximately", "searches", None, "detectives ran about 310 searches", BPD, NEC),
     N(22, "exact", "leads", None, "produced 22 investigative leads", BPD, NEC),
     N(7, "exact", "arrests", None, "contributed to 7 arrests", BPD, NEC)],
    [P("Department Directive 2024-06, issued in April 2024, requires a supervisor to approve every search before "
       "it is run.", BPD, "requirement"),
     P("searches are limited to active criminal investigations and to identifying missing or deceased persons.",
       BPD, "purpose"),
     P("A possible match, he said, would never by itself be treated as probable cause for an arrest.", BPD,
       "disclaimer"),
     P("the directive prohibits running the software on live or recorded video from the City's street cameras.",
       BPD, "prohibition")],
    [],
    ["2024-05-15", "2024-06-19", "2020-01", "2024-04", "2019", "2024"])


# ---------------------------------------------------------------- 3 Ohio: Kettering PD
KPD = "Kettering Police Department"
CV = "Clearview AI"
SUBJ = "Clearview AI pilot - Kettering PD"
AP = "Aaron Pruitt <pruitta@ketteringoh.org>"
SD = "Shauna Delgado <sdelgado@clearview.ai>"
MO = "Maria Okafor <okaform@ketteringoh.org>"
KHEAD = gm("3/4/24, 2:17 PM", "Kettering Mail - " + SUBJ)
KURL = "https://mail.google.com/mail/u/0/?ik=7e2b1c90a4&view=pt&search=all"
doc("03_kettering-pd-clearview-pilot-gmail.txt", [
    (KHEAD, "\n".join([
        gm("Gmail", AP),
        "",
        SUBJ,
        "6 messages",
        "",
        gm(SD, "Tue, Jan 9, 2024 at 11:06 AM"),
        "To: " + AP,
        "",
        "Hi Detective Pruitt,",
        "",
        "Thanks for your time on the phone this morning. As we discussed, I",
        "can open pilot accounts for up to five investigators in your",
        "Investigations Section for 30 days. Pilot accounts include unlimited",
        "searches of our database of more than 40 billion publicly available",
        "facial images. There is no cost and no obligation to purchase at the",
        "end of the pilot.",
        "",
        "Send me the names and department email addresses of the detectives",
        "and I will issue the accounts the same day. Each new user also gets",
        "access to our online training module.",
        "",
        "Best,",
        "Shauna Delgado",
        "Account Manager, Public Sector - Great Lakes",
        "Clearview AI, Inc. | (646) 555-0142",
        "",
        gm(AP, "Tue, Jan 9, 2024 at 3:48 PM"),
        "To: " + SD,
        "Cc: " + MO,
        "",
        "Shauna,",
        "",
        "Thanks. Here are the four investigators for the pilot: Det. Aaron",
        "Pruitt, Det. Carla Voss, Det. Jermaine Hatcher and Det. Lynn",
        "Abernathy. Lt. Okafor (cc'd) supervises the section.",
    ]), gm(KURL, "1/3")),
    (KHEAD, "\n".join([
        "Before anyone logs in: our General Order 41.12 says a facial",
        "recognition result is an investigative lead only and can't be used",
        "as probable cause for an arrest. It also says every search must be",
        "tied to an open Kettering PD case with a case number. Please make",
        "sure the case number field is turned on for our org.",
        "",
        "For background, up to now we have sent probe photos to Ohio BCI. BCI",
        "runs them at no charge, but turnaround has been 3 to 5 business",
        "days.",
        "",
        "Aaron",
        "",
        "Det. Aaron Pruitt | Investigations Section",
        "Kettering Police Department | 3600 Shroyer Road, Kettering, OH 45429",
        "(937) 555-0166",
        "[Quoted text hidden]",
        "",
        gm(SD, "Wed, Jan 10, 2024 at 9:15 AM"),
        "To: " + AP,
        "Cc: " + MO,
        "",
        "Aaron - all four accounts are live and the case number field is now",
        "switched on for your org. The pilot runs through February 9.",
        "",
        "Shauna",
        "[Quoted text hidden]",
        "",
        gm(SD, "Mon, Feb 12, 2024 at 10:31 AM"),
        "To: " + AP,
        "Cc: " + MO,
        "",
        "Hi Aaron,",
        "",
        "Your four pilot users ran 163 searches between January 10 and",
        "February 9. To keep access, the annual price for a five-user",
        "subscription is $12,500 ($2,500 per user), which includes Clearview",
        "Mobile at no extra charge. Our one-time onboarding fee of $1,000 is",
        "waived for pilot agencies. I can hold this price until March 15.",
    ]), gm(KURL, "2/3")),
    (KHEAD, "\n".join([
        "Shauna",
        "[Quoted text hidden]",
        "",
        gm(AP, "Thu, Feb 29, 2024 at 4:02 PM"),
        "To: " + SD,
        "Cc: " + MO,
        "",
        "Shauna,",
        "",
        "Good news - the Chief approved it and the City Manager signed off on",
        "Feb 27. Purchasing issued PO 24-00391 for $12,500 (five users, one",
        "year); a copy is attached. The City is tax-exempt and the Ohio",
        "exemption certificate is attached too. Please start the term March 1",
        "so there is no gap. The fifth seat goes to our crime analyst.",
        "",
        "Aaron",
        "[Quoted text hidden]",
        "",
        gm(SD, "Mon, Mar 4, 2024 at 11:47 AM"),
        "To: " + AP,
        "Cc: " + MO,
        "",
        "Aaron,",
        "",
        "Order confirmed. Subscription term March 1, 2024 - February 28, 2025,",
        "5 user licenses. Invoice INV-CV-240317 for $12,500.00 (net 30) has",
        "gone to City accounts payable. The four pilot accounts were",
        "converted, so no search history was lost.",
        "",
        "Thanks again,",
        "Shauna",
        "[Quoted text hidden]",
    ]), gm(KURL, "3/3")),
], "print", KPD,
    [KPD, "City of Kettering", "Ohio Bureau of Criminal Investigation"],
    [CV],
    ["Clearview Mobile"],
    [C(12500, 12500, "year", "the annual price for a five-user subscription is $12,500", KPD, CV),
     C(2500, 2500, "year", "$2,500 per user", KPD, CV, unit="per user")],
    [N(5, "up to", "users", None, "pilot accounts for up to five investigators", KPD, CV),
     N(40000000000, "more than", "images", None, "more than 40 billion publicly available facial images", None, CV),
     N(4, "exact", "users", None, "Here are the four investigators for the pilot", KPD, CV),
     N(163, "exact", "searches", None, "Your four pilot users ran 163 searches", KPD, CV),
     N(5, "exact", "licenses", None, "a five-user subscription", KPD, CV)],
    [P("a facial recognition result is an investigative lead only and can't be used as probable cause for an "
       "arrest.", KPD, "disclaimer"),
     P("It also says every search must be tied to an open Kettering PD case with a case number.", KPD,
       "requirement")],
    [E("Shauna Delgado", "Aaron Pruitt", "Tue, Jan 9, 2024 at 11:06 AM", SUBJ),
     E("Aaron Pruitt", "Shauna Delgado", "Tue, Jan 9, 2024 at 3:48 PM", SUBJ),
     E("Shauna Delgado", "Aaron Pruitt", "Wed, Jan 10, 2024 at 9:15 AM", SUBJ),
     E("Shauna Delgado", "Aaron Pruitt", "Mon, Feb 12, 2024 at 10:31 AM", SUBJ),
     E("Aaron Pruitt", "Shauna Delgado", "Thu, Feb 29, 2024 at 4:02 PM", SUBJ),
     E("Shauna Delgado", "Aaron Pruitt", "Mon, Mar 4, 2024 at 11:47 AM", SUBJ)],
    ["2024-03-04", "2024-01-09", "2024-01-10", "2024-02-12", "2024-02-29", "2024-03-01", "2025-02-28"],
    scan="photocopy")


# ---------------------------------------------------------------- 4 Tennessee: Blount County SO
BCSO = "Blount County Sheriff's Office"
DWP = "DataWorks Plus"
FP = "FACE Plus"
TBI = "Tennessee Bureau of Investigation"
doc("04_blount-county-so-face-plus-commission-memo.txt", [
    (None, """\
BLOUNT COUNTY SHERIFF'S OFFICE
940 East Lamar Alexander Parkway, Maryville, Tennessee 37804
Office of the Sheriff | (865) 555-0110

MEMORANDUM

TO:       Blount County Commission
          Attn: Chairman, Budget Committee
THROUGH:  Office of the County Mayor
FROM:     Garrett L. Huskey, Sheriff
DATE:     August 26, 2024
RE:       Request for approval - DataWorks Plus FACE Plus facial
          recognition service; Budget Amendment 25-014

1. Request
I respectfully ask the Commission to approve a five-year agreement
with DataWorks Plus, LLC of Greenville, South Carolina, for its FACE
Plus facial recognition service, and Budget Amendment 25-014, which
moves the first-year cost from the Sheriff's Office Drug Fund (Fund
122) to the Criminal Investigations Division budget.

2. Background
Since 2019 the Office has sent photographs of unidentified suspects
to the Tennessee Bureau of Investigation, whose facial recognition
unit searches them at no charge to the County. In fiscal year 2024
our detectives sent 148 requests to TBI. Replies now take about two
weeks. TBI requires each request to carry an agency case number and
a documented criminal offense.

FACE Plus would let our own trained examiners search the 103,600
booking photographs taken at the Blount County Detention Facility
since 2006, which show about 58,000 individuals. The Maryville and
Alcoa Police Departments book their arrestees at our facility and
would send requests to our examiners at no cost to them.

3. Cost summary
The first-year cost is $38,400, all of it one-time: the software
license for six concurrent users, implementation and migration of
our booking photographs, and onsite examiner training. From the
second year, hosting, maintenance and support cost $7,900 a year, so
the five-year cost of the agreement is $70,000.""", "BCSO Memo 24-118 - Page 1 of 2"),
    (None, """\
Cost item                                  Year 1        Years 2-5
                                         (one-time)      (per year)
---------------------------------------  ----------     ----------
FACE Plus license (6 concurrent users)      $24,600              -
Implementation and photo migration           $9,200              -
Examiner training (2 days, onsite)           $4,600              -
Hosting, maintenance and support                  -         $7,900
---------------------------------------  ----------     ----------
Total                                       $38,400         $7,900

For comparison, the Sevier County Sheriff's Office reports paying
$9,600 a year for a hosted FACE Plus service of similar size.

Not included: the three booking capture stations at the Detention
Facility (DataWorks Plus, $14,250) are due for replacement and will be
requested separately in the jail capital budget.

4. Funding
Year 1 would come from Drug Fund 122 (unreserved balance $211,480).
Years 2-5 would be budgeted in the Sheriff's general fund, account
101-54110-336.

5. Use and oversight
Office Policy 4.31, Investigative Use of Facial Recognition, already
governs our TBI requests and will apply to FACE Plus. Under Policy
4.31, a possible match is an investigative lead only and may not be
the sole basis for an arrest or a warrant. Only detectives who have
completed the vendor's examiner training may run a search. Policy
4.31 prohibits searches of images of persons engaged in lawful
protest. No state statute currently regulates local use of facial
recognition in Tennessee. I also propose to report the number of
searches to the Commission each year; that report is not yet policy.

Respectfully submitted,

Garrett L. Huskey, Sheriff

Attachments: DataWorks Plus quote Q-24-1187 (August 9, 2024);
Budget Amendment 25-014

Budget Committee action: recommended 5-0 on September 5, 2024""", "BCSO Memo 24-118 - Page 2 of 2"),
], "pdf", BCSO,
    ["Blount County Commission", BCSO, TBI, "Blount County Detention Facility", "Maryville Police Department",
     "Alcoa Police Department", "Sevier County Sheriff's Office"],
    [DWP],
    [FP],
    [C(38400, 38400, "one-time", "The first-year cost is $38,400, all of it one-time", BCSO, DWP, FP),
     C(7900, 7900, "year", "hosting, maintenance and support cost $7,900 a year", BCSO, DWP, FP),
     C(70000, 70000, None, "the five-year cost of the agreement is $70,000", BCSO, DWP, FP),
     C(24600, 24600, "one-time", "FACE Plus license (6 concurrent users)      $24,600", BCSO, DWP, FP),
     C(9200, 9200, "one-time", "Implementation and photo migration           $9,200", BCSO, DWP, FP),
     C(4600, 4600, "one-time", "Examiner training (2 days, onsite)           $4,600", BCSO, DWP, FP),
     C(9600, 9600, "year", "$9,600 a year for a hosted FACE Plus service", "Sevier County Sheriff's Office", DWP, FP)],
    [N(148, "exact", "requests", "year", "our detectives sent 148 requests to TBI", BCSO, None),
     N(103600, "exact", "images", None, "the 103,600 booking photographs", BCSO, DWP),
     N(58000, "approximately", "images", None, "about 58,000 individuals", BCSO, DWP),
     N(6, "exact", "licenses", None, "license for six concurrent users", BCSO, DWP)],
    [P("TBI requires each request to carry an agency case number and a documented criminal offense.", TBI,
       "requirement"),
     P("Under Policy 4.31, a possible match is an investigative lead only and may not be the sole basis for an "
       "arrest or a warrant.", BCSO, "disclaimer"),
     P("Only detectives who have completed the vendor's examiner training may run a search.", BCSO, "requirement"),
     P("Policy 4.31 prohibits searches of images of persons engaged in lawful protest.", BCSO, "prohibition")],
    [],
    ["2024-08-26", "2019", "2024", "2006", "2024-08-09", "2024-09-05"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Utah: Bountiful PD
BOPD = "Bountiful Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("05_bountiful-pd-cognitec-sales-quote.txt", [
    (None, """\
COGNITEC SYSTEMS CORP.
Public Safety Sales - Western United States
Tel. (321) 555-0119 | salesus@cognitec.com

SALES QUOTATION

Quote No.:   CSC-Q24-0871                  Quote date:  08/20/2024
Revision:    2                             Valid until: 10/18/2024

Bill to / Ship to:                         Prepared by:
Bountiful Police Department                Nadia Ferreira
Investigations Division                    Regional Account Manager
805 South Main Street                      (321) 555-0131
Bountiful, UT 84010
Attn: Lt. Jared Ashworth, (801) 555-0157

Contract term: 36 months (3 years), 11/01/2024 through 10/31/2027.
Licenses are perpetual; first-year maintenance is included in the
license price. Support for years 2 and 3 is billed annually in advance.

ONE-TIME CHARGES (YEAR 1)
Ln Part No.      Description                    Qty  Unit Price    Extended
-- ------------  ----------------------------   ---  ----------  ----------
1  FVD-LE-SRV    FaceVACS-DBScan LE server        1   28,000.00   28,000.00
                 license (perpetual)
2  FVD-LE-CLT    FaceVACS-DBScan LE examiner      4    3,200.00   12,800.00
                 client license (perpetual)
3  FVD-GAL-250K  Gallery enrollment package,      1    6,500.00    6,500.00
                 up to 250,000 images
4  SVC-INST      Remote installation and          1    4,800.00    4,800.00
                 configuration
5  SVC-TRN-2D    Examiner training, 2 days        1    5,600.00    5,600.00
                 onsite (up to 6 students)
                 Less public safety discount, 15%
                 on lines 1-3                                     -7,095.00
                 Net one-time charges                             50,605.00""",
     "CSC-Q24-0871 Rev. 2 - Page 1 of 2"),
    (None, """\
RECURRING CHARGES (YEARS 2-3)
Ln Part No.      Description                    Qty  Unit Price    Extended
-- ------------  ----------------------------   ---  ----------  ----------
6  SUP-ANN       Software maintenance and         2    7,344.00   14,688.00
                 support, years 2 and 3 (18% of
                 list price of lines 1-2, per year)

SUMMARY
   Net one-time charges (year 1)                                 50,605.00
   Maintenance and support, years 2-3                            14,688.00
   Utah sales tax (exempt - governmental entity)                      0.00
   Shipping (electronic delivery)                                     0.00
                                                                ----------
   TOTAL FOR 3-YEAR TERM                                         65,293.00

NOTES
1. Sizing assumes the customer's estimate of about 38,500 booking
   photographs exported from the Davis County Sheriff's Office jail
   management system. Enrollment above 250,000 images requires an
   additional gallery package.
2. Customer supplies the server (Windows Server 2022, 16 cores, 64 GB
   RAM). Hardware is not included in this quotation.
3. The Licensee shall restrict use of the software to sworn personnel
   who have completed Cognitec examiner training.
4. Customer is responsible for compliance with Utah Code Title 77,
   Chapter 23e, and any other state law on facial recognition.
5. Payment terms: net 30 days from invoice. Prices are in U.S. dollars
   and exclude any taxes not shown above.

Accepted for Customer: ___________________________  Date: ____________
                       Name / Title

Cognitec Systems Corp.: Nadia Ferreira              Date: 08/20/2024""", "CSC-Q24-0871 Rev. 2 - Page 2 of 2"),
], "pdf", BOPD,
    [BOPD, "Davis County Sheriff's Office"],
    [COG],
    [DBS],
    [C(28000, 28000, "one-time", "1  FVD-LE-SRV    FaceVACS-DBScan LE server        1   28,000.00   28,000.00",
       BOPD, COG, DBS),
     C(12800, 12800, "one-time", "2  FVD-LE-CLT    FaceVACS-DBScan LE examiner      4    3,200.00   12,800.00",
       BOPD, COG, DBS),
     C(3200, 3200, "one-time", "2  FVD-LE-CLT    FaceVACS-DBScan LE examiner      4    3,200.00",
       BOPD, COG, DBS, unit="per user"),
     C(6500, 6500, "one-time", "3  FVD-GAL-250K  Gallery enrollment package,      1    6,500.00    6,500.00",
       BOPD, COG, DBS),
     C(4800, 4800, "one-time", "4  SVC-INST      Remote installation and          1    4,800.00    4,800.00",
       BOPD, COG, DBS),
     C(5600, 5600, "one-time", "5  SVC-TRN-2D    Examiner training, 2 days        1    5,600.00    5,600.00",
       BOPD, COG, DBS),
     C(50605, 50605, "one-time", "Net one-time charges                             50,605.00", BOPD, COG, DBS),
     C(14688, 14688, None, "6  SUP-ANN       Software maintenance and         2    7,344.00   14,688.00",
       BOPD, COG, DBS),
     C(7344, 7344, "year", "6  SUP-ANN       Software maintenance and         2    7,344.00", BOPD, COG, DBS),
     C(65293, 65293, None, "TOTAL FOR 3-YEAR TERM                                         65,293.00",
       BOPD, COG, DBS)],
    [N(4, "exact", "licenses", None, "2  FVD-LE-CLT    FaceVACS-DBScan LE examiner      4", BOPD, COG),
     N(38500, "approximately", "images", None, "the customer's estimate of about 38,500 booking photographs",
       BOPD, COG)],
    [P("The Licensee shall restrict use of the software to sworn personnel who have completed Cognitec examiner "
       "training.", BOPD, "requirement")],
    [],
    ["2024-08-20", "2024-10-18", "2024-11-01", "2027-10-31"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Wyoming: Riverton PD
RPD = "Riverton Police Department"
DCI = "Wyoming Division of Criminal Investigation"
doc("06_riverton-pd-sop-facial-recognition.txt", [
    (None, """\
RIVERTON POLICE DEPARTMENT
1100 West Main Street, Riverton, Wyoming 82501

STANDARD OPERATING PROCEDURE

SOP Number:   3-14                     Effective date: April 1, 2024
Subject:      Facial Recognition Technology
Supersedes:   Interim Memo 23-07 (September 18, 2023)
Approved by:  Chief of Police Lonnie J. Ebersole
Review:       Annually, by the Investigations Sergeant

I. PURPOSE
This SOP sets out how members of the Riverton Police Department may
use facial recognition technology. The Department uses facial
recognition technology only to develop investigative leads in
criminal cases and to help identify missing, endangered, deceased or
incapacitated persons.

II. DEFINITIONS
A. Facial recognition technology (FRT): software that compares a
   probe image with a gallery of images and returns candidates.
B. Probe image: the image of an unknown person submitted for a
   search.
C. Candidate: an image returned by FRT as a possible match.
D. Authorized user: a member designated in writing by the Chief who
   meets the training requirement in III.A.
E. Investigative lead: information developed from a candidate that
   may help the case officer identify a person.

III. PROCEDURE
A. Access and training
   1. The Department subscribes to Clearview AI and may also submit
      probe images to the Wyoming Division of Criminal Investigation
      (DCI) for a search of its booking photograph repository.
   2. Only authorized users may run an FRT search. Before an account
      is issued, the member must complete Clearview AI's online
      certification and the Department's 4-hour FRT course.
   3. The Department holds six (6) Clearview AI user licenses, which
      the Investigations Sergeant assigns.""", "Riverton PD SOP 3-14 - Page 1 of 3"),
    (None, """\
B. Permitted use
   Authorized users may run an FRT search in connection with an open
   criminal case, or to identify a missing, endangered, deceased or
   incapacitated person.
C. Prohibited use
   1. Members shall not use FRT to identify a person because of his
      or her participation in a lawful protest, religious activity or
      other activity protected by the First Amendment.
   2. FRT shall not be used on live or real-time video, including
      body-worn camera feeds.
   3. Members may not use a personal account, a free trial or any FRT
      product that the Chief has not approved.
D. Documentation
   Each search shall be recorded in the FRT log and the case report
   with the case number, offense, source of the probe image and
   result.
E. Use of results
   1. A candidate returned by FRT is an investigative lead only and
      shall not be the sole basis for probable cause, an arrest or a
      search warrant.
   2. Before a lead is given to the case officer, a second authorized
      user shall review the probe image and the candidate.
F. Requests from other agencies
   A search for another law enforcement agency requires the approval
   of the Investigations Sergeant and shall be logged under that
   agency's case number.
G. Audit
   The Investigations Sergeant shall audit the FRT log each quarter and
   report the results to the Chief.

IV. DISCIPLINE
A. Violation of this SOP may result in loss of FRT access and in
   disciplinary action, up to and including termination, under
   General Order 2-05, Discipline.
B. Use of FRT for a personal purpose may also be referred to the
   Fremont County Attorney for criminal prosecution.

V. PROPOSED CHANGE (NOT ADOPTED)
A proposal to allow FRT searches for probation and parole compliance
checks is under review by the City Attorney and is not in effect.""", "Riverton PD SOP 3-14 - Page 2 of 3"),
    (None, """\
ATTACHMENT A - ANNUAL REVIEW, CALENDAR YEAR 2023
(prepared for the Chief's review under Section III.G)

Item                                                         2023
-----------------------------------------------------  ----------
Clearview AI subscription, 6 users ($700 per user)       $4,200.00
  paid from Police software line 100-5210-4300
Searches run by Department users                              226
  of which run for other agencies                              19
Probe images sent to Wyoming DCI                                8
Candidates reported as possible matches                        61
Quarterly audits                                    Q1-Q4, no exceptions

Not included: the Flock Safety license plate reader program
($7,500 per year), which is governed by SOP 3-11.

Reviewed by: Sgt. Mariah Two Feathers, Investigations
Date: January 22, 2024""", "Riverton PD SOP 3-14 - Page 3 of 3"),
], "pdf", RPD,
    [RPD, DCI, "Fremont County Attorney's Office", "City of Riverton"],
    [CV, "Flock Safety"],
    [],
    [C(4200, 4200, "year", "Clearview AI subscription, 6 users ($700 per user)       $4,200.00", RPD, CV),
     C(700, 700, "year", "$700 per user", RPD, CV, unit="per user")],
    [N(6, "exact", "licenses", None, "The Department holds six (6) Clearview AI user licenses", RPD, CV),
     N(226, "exact", "searches", "year", "Searches run by Department users                              226",
       RPD, CV),
     N(19, "exact", "requests", "year", "of which run for other agencies                              19", RPD, CV),
     N(8, "exact", "requests", "year", "Probe images sent to Wyoming DCI                                8", RPD, None),
     N(61, "exact", "matches", "year", "Candidates reported as possible matches                        61",
       RPD, CV)],
    [P("The Department uses facial recognition technology only to develop investigative leads in criminal cases "
       "and to help identify missing, endangered, deceased or incapacitated persons.", RPD, "purpose"),
     P("Only authorized users may run an FRT search.", RPD, "requirement"),
     P("Before an account is issued, the member must complete Clearview AI's online certification and the "
       "Department's 4-hour FRT course.", RPD, "requirement"),
     P("Authorized users may run an FRT search in connection with an open criminal case, or to identify a "
       "missing, endangered, deceased or incapacitated person.", RPD, "permission"),
     P("Members shall not use FRT to identify a person because of his or her participation in a lawful protest, "
       "religious activity or other activity protected by the First Amendment.", RPD, "prohibition"),
     P("FRT shall not be used on live or real-time video, including body-worn camera feeds.", RPD, "prohibition"),
     P("Members may not use a personal account, a free trial or any FRT product that the Chief has not approved.",
       RPD, "prohibition"),
     P("Each search shall be recorded in the FRT log and the case report with the case number, offense, source "
       "of the probe image and result.", RPD, "requirement"),
     P("A candidate returned by FRT is an investigative lead only and shall not be the sole basis for probable "
       "cause, an arrest or a search warrant.", RPD, "disclaimer"),
     P("Before a lead is given to the case officer, a second authorized user shall review the probe image and "
       "the candidate.", RPD, "requirement"),
     P("A search for another law enforcement agency requires the approval of the Investigations Sergeant and "
       "shall be logged under that agency's case number.", RPD, "requirement"),
     P("The Investigations Sergeant shall audit the FRT log each quarter and report the results to the Chief.",
       RPD, "requirement"),
     P("Violation of this SOP may result in loss of FRT access and in disciplinary action, up to and including "
       "termination, under General Order 2-05, Discipline.", RPD, "consequence"),
     P("Use of FRT for a personal purpose may also be referred to the Fremont County Attorney for criminal "
       "prosecution.", RPD, "consequence")],
    [],
    ["2024-04-01", "2023-09-18", "2023", "2024-01-22"],
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
