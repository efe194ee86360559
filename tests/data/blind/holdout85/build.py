"""Writes docs/*.txt and labels.json for holdout85 (six invented releases: IL, MA, MT, ID, NJ, AL).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) and adds `kind` on policies."""
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
    assert m, ("quote not found", quote)
    return m.group(0)


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
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ---------------------------------------------------------------- 1 Illinois: Evanston PD (Cognitec quote)
EPD = "Evanston Police Department"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("01_evanston-pd-cognitec-quotation.txt", [
    (None, """\
COGNITEC SYSTEMS CORPORATION                               QUOTATION
2400 E. Commercial Blvd, Suite 612         Quote No.:   CSC-Q24-0917
Fort Lauderdale, FL 33308                  Date:        09/12/2024
Tel. (954) 555-0132                        Valid until: 11/11/2024

Prepared for:                              Prepared by:
Evanston Police Department                 Stefan Hollis
Investigative Services Division            Regional Sales Manager
1454 Elmwood Avenue                        s.hollis@cognitec.example
Evanston, IL 60201
Attn: Commander Renata Oyelaran

Cognitec is the manufacturer of the software quoted below and sells
it directly; no reseller or integrator fees apply.

Item Description                            Qty   Unit Price     Amount
---- ------------------------------------   ---  -----------  ---------
1    FaceVACS-DBScan LE server licence,       1    38,500.00  38,500.00
     perpetual
2    FaceVACS-DBScan LE examiner client       6     2,400.00  14,400.00
     licence, perpetual
3    Installation, configuration and import of approx.         6,800.00
     182,000 booking images (one-time, fixed fee)
4    On-site examiner training, 2 days, up to 8 participants   3,200.00
     (one-time)
5    Software maintenance and support, Year 1 (20% of         10,580.00
     licence list, 12 months from acceptance)
                                                   --------------------
                                                   Subtotal   73,480.00
     Public-safety discount, 10% on items 1-2                 -5,290.00
     Shipping (electronic delivery)                                0.00
     Illinois sales tax (exempt, E9998-1173-06)                    0.00
                                                   --------------------
                                                   NET TOTAL  68,190.00""", "Quotation CSC-Q24-0917 - page 1 of 2"),
    (None, """\
OPTION B - THREE-YEAR MAINTENANCE (shown separately; not included in
the net total above)

     Software maintenance and support, Years 1-3,             29,100.00
     prepaid at acceptance (equivalent to $9,700.00 per year)

Option B replaces item 5. Against three years at the Year 1 rate it
saves the department $2,640.00. Without Option B, maintenance renews
each year at the then-current rate, with increases capped at 3%.

NOT INCLUDED
Server hardware and Windows Server licences are supplied by the City
of Evanston. Booking cameras are not part of this quotation.

TERMS AND CONDITIONS
1. Prices are in US dollars and firm for 60 days from the quote date.
2. Payment: 30 days net from invoice. Licences are invoiced on
   delivery; installation and training on completion.
3. Licences are perpetual, non-transferable and limited to one
   customer site. Use is governed by the Cognitec End User Licence
   Agreement.
4. The customer shall use the software only for lawful law
   enforcement purposes.
5. Search results are candidate lists for review by a trained
   examiner; they are investigative leads and are not a positive
   identification.
6. Cognitec support staff will access customer systems only by a
   remote session that the customer initiates.

Accepted for the customer: _______________________  Date: __________

Purchase order no.: ______________""", "Quotation CSC-Q24-0917 - page 2 of 2"),
], "pdf", EPD,
    [EPD, "City of Evanston"],
    [COG],
    [DBS],
    [C(38500, 38500, None, "1    FaceVACS-DBScan LE server licence,       1    38,500.00  38,500.00",
       EPD, COG, DBS),
     C(14400, 14400, None, "2    FaceVACS-DBScan LE examiner client       6     2,400.00  14,400.00",
       EPD, COG, DBS),
     C(2400, 2400, None, "2    FaceVACS-DBScan LE examiner client       6     2,400.00",
       EPD, COG, DBS, unit="per user"),
     C(6800, 6800, "one-time", "3    Installation, configuration and import of approx.         6,800.00",
       EPD, COG, DBS),
     C(3200, 3200, "one-time", "4    On-site examiner training, 2 days, up to 8 participants   3,200.00",
       EPD, COG, DBS),
     C(10580, 10580, "year", "5    Software maintenance and support, Year 1 (20% of         10,580.00",
       EPD, COG, DBS),
     C(68190, 68190, None, "NET TOTAL  68,190.00", EPD, COG, DBS),
     C(29100, 29100, None, "Software maintenance and support, Years 1-3,             29,100.00",
       EPD, COG, DBS),
     C(9700, 9700, "year", "equivalent to $9,700.00 per year", EPD, COG, DBS)],
    [N(6, "exact", "licenses", None, "2    FaceVACS-DBScan LE examiner client       6", EPD, COG),
     N(182000, "approximately", "images", None, "182,000 booking images", EPD, COG)],
    [P("The customer shall use the software only for lawful law enforcement purposes.", EPD, "purpose"),
     P("they are investigative leads and are not a positive identification.", EPD, "disclaimer")],
    [],
    ["2024-09-12", "2024-11-11"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Massachusetts: New Bedford PD (Outlook)
NBPD = "New Bedford Police Department"
VER = "Veritone"
IDF = "IDentify"
SUBJ = "Records request R25-0188 - facial recognition contract"
doc("02_new-bedford-pd-veritone-reporter-outlook.txt", [
    ("Almeida, Paul", """\
From:       Almeida, Paul
Sent:       Thursday, March 13, 2025 2:47 PM
To:         Dana Whitcombe
Cc:         Rego, Theresa (City Solicitor)
Subject:    RE: Records request R25-0188 - facial recognition contract

Ms. Whitcombe,

Answers to your four follow-up questions are below. The Veritone order
form and General Order 2.41 are attached.

1. Cost per year. The department pays Veritone $24,600 per year for
IDentify. The current term runs July 1, 2024 through June 30, 2027, so
the three-year contract value is $73,800. A first-year onboarding fee
of $3,500 was paid once, in 2021, and has not recurred.

2. Users. 13 members hold IDentify accounts, all of them in the
Detective Bureau.

3. Searches. In calendar year 2024 those users ran 1,284 searches. In
97 of them a possible match was passed to the case detective as a
lead.

4. Written policy. Yes: General Order 2.41, Facial Recognition,
adopted January 11, 2021. Under the order a search may be run only for
an open criminal investigation or to identify a deceased person, and
each search must be logged with an incident number. A possible match
is an investigative lead only and is not probable cause to arrest.
Members may not use IDentify to identify people taking part in a
lawful demonstration. There is no policy prohibiting searches of
images taken from public social-media pages.

You also asked about the Axon contract. It covers body cameras and
evidence storage (about $310,000 a year) and is unrelated to facial
recognition. There is no fee for this response.

Sgt. Paul Almeida
Records Access Officer, New Bedford Police Department
871 Rockdale Avenue, New Bedford, MA 02740 | (508) 555-0146""", "NBPD R25-0188                                   Page 1"),
    ("Almeida, Paul", """\
-----Original Message-----
From: Dana Whitcombe <dwhitcombe@southcoastcourier.example>
Sent: Monday, March 3, 2025 10:15 AM
To: Almeida, Paul <palmeida@newbedfordpd.example>
Subject: RE: Records request R25-0188 - facial recognition contract

Sgt. Almeida,

Thanks for confirming the Veritone contract. Before I write, could you
answer four things?

1. What does the department pay per year?
2. How many people have accounts?
3. How many searches were run last year?
4. Is there a written policy, and what does it say?

For comparison, Fall River police told me they pay about $18,000 a
year for Clearview AI. Is the Axon contract related?

Dana Whitcombe
Reporter, SouthCoast Courier | (508) 555-0190

-----Original Message-----
From: Almeida, Paul
Sent: Wednesday, February 26, 2025 9:02 AM
To: Dana Whitcombe
Subject: RE: Records request R25-0188 - facial recognition contract

Ms. Whitcombe,

We received your request on February 24, 2025. The department has one
facial recognition contract, with Veritone, Inc., for its IDentify
software. Under M.G.L. c. 66, s. 10 we will respond within 10 business
days.

Paul Almeida""", "NBPD R25-0188                                   Page 2"),
    ("Almeida, Paul", """\
-----Original Message-----
From: Dana Whitcombe <dwhitcombe@southcoastcourier.example>
Sent: Monday, February 24, 2025 8:31 AM
To: NBPD Records <records@newbedfordpd.example>
Subject: Records request - facial recognition contract

Under the Massachusetts Public Records Law, M.G.L. c. 66, s. 10, I
request a copy of the New Bedford Police Department's current contract
for any facial recognition software or service, and any written policy
on its use. Electronic copies are fine.

Thank you,
Dana Whitcombe""", "NBPD R25-0188                                   Page 3"),
], "print", NBPD,
    [NBPD, "Fall River Police Department"],
    [VER, "Clearview AI", "Axon"],
    [IDF],
    [C(24600, 24600, "year", "The department pays Veritone $24,600 per year", NBPD, VER, IDF),
     C(73800, 73800, None, "the three-year contract value is $73,800", NBPD, VER, IDF),
     C(3500, 3500, "one-time", "A first-year onboarding fee of $3,500 was paid once", NBPD, VER, IDF),
     C(18000, 18000, "year", "they pay about $18,000 a year for Clearview AI",
       "Fall River Police Department", "Clearview AI")],
    [N(13, "exact", "users", None, "13 members hold IDentify accounts", NBPD, VER),
     N(1284, "exact", "searches", "year", "In calendar year 2024 those users ran 1,284 searches", NBPD, VER),
     N(97, "exact", "leads", "year", "In 97 of them a possible match was passed to the case detective as a lead",
       NBPD, VER)],
    [P("a search may be run only for an open criminal investigation or to identify a deceased person",
       NBPD, "purpose"),
     P("each search must be logged with an incident number.", NBPD, "requirement"),
     P("A possible match is an investigative lead only and is not probable cause to arrest.", NBPD, "disclaimer"),
     P("Members may not use IDentify to identify people taking part in a lawful demonstration.",
       NBPD, "prohibition")],
    [E("Almeida, Paul", "Dana Whitcombe", "Thursday, March 13, 2025 2:47 PM", "RE: " + SUBJ),
     E("Dana Whitcombe", "Almeida, Paul", "Monday, March 3, 2025 10:15 AM", "RE: " + SUBJ),
     E("Almeida, Paul", "Dana Whitcombe", "Wednesday, February 26, 2025 9:02 AM", "RE: " + SUBJ),
     E("Dana Whitcombe", "NBPD Records", "Monday, February 24, 2025 8:31 AM",
       "Records request - facial recognition contract")],
    ["2025-03-13", "2024-07-01", "2027-06-30", "2021", "2024", "2021-01-11", "2025-03-03", "2025-02-26",
     "2025-02-24"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Montana: Park County SO (commission minutes)
PCSO = "Park County Sheriff's Office"
PCBC = "Park County Board of Commissioners"
DWP = "DataWorks Plus"
FP = "FACE Plus"
doc("03_park-county-mt-commission-minutes-face-plus.txt", [
    (None, """\
PARK COUNTY BOARD OF COMMISSIONERS
Livingston, Montana
MINUTES OF REGULAR MEETING - TUESDAY, MAY 20, 2025

Present: Chair Lorna Haskett, Commissioner Dell Pruitt, Commissioner
Matthew Vance. Also present: Sheriff Wade Ketchum; Undersheriff Anna
Rasmussen; Deputy County Attorney Leif Sandvik; Finance Director Carol
Yearwood; Clerk and Recorder Janine Oberg (recording).

1. CALL TO ORDER. Chair Haskett called the meeting to order at 9:00
a.m. in the Community Room, 414 East Callender Street, and led the
Pledge of Allegiance.

2. CONSENT AGENDA. Minutes of May 13, 2025 and claims totaling
$412,886.19 (batch 25-19). Commissioner Vance moved to approve the
consent agenda; Commissioner Pruitt seconded. Passed 3-0.

3. SHERIFF'S OFFICE - FACIAL RECOGNITION SERVICE AND JAG SUBAWARD
(Resolution 1547). Sheriff Ketchum asked the Commission to accept a
Justice Assistance Grant subaward of $45,000 (subaward 24-JAG-0719)
and to approve a three-year agreement with DataWorks Plus, LLC for
FACE Plus, a hosted facial recognition service. The agreement is
$12,800 per year, or $38,400 over three years, for four user
licenses. A one-time setup and jail management system interface fee
is $11,200, and on-site examiner training is $3,000. The total project
is $52,600; the county match of $7,600 would come from the Sheriff's
forfeiture fund, not the general fund.

The Sheriff said the service would search the county's roughly 23,000
booking photographs. Under Sheriff's Office Policy 512, adopted in
March, searches are limited to criminal investigations and to
identifying deceased or missing persons, and a possible match is a
lead only that a detective must confirm before any arrest. He said the
Office does not plan to use the service on live video. A separate
request for a jail body scanner ($96,000) will come to the Commission
in June.""", "Park County Commission - Minutes 05/20/2025 - Page 1 of 2"),
    (None, """\
PUBLIC COMMENT. Harold Tresch of Clyde Park spoke against the
purchase. He said face recognition misidentifies people and asked that
the Commission at least require a yearly public report. Sue Amundsen
of Livingston spoke in favor, citing a 2023 burglary series that she
said took months to solve.

MOTION. Commissioner Pruitt moved to adopt Resolution 1547, accepting
the $45,000 subaward and approving the DataWorks Plus agreement.
Commissioner Vance seconded.

AMENDMENT. Chair Haskett moved to amend the motion to add a condition:
the Sheriff's Office shall present a written report to the Commission
each January stating the number of facial recognition searches run in
the prior year and the number of leads they produced. Commissioner
Pruitt seconded. Deputy County Attorney Sandvik advised that the
condition is within the Commission's authority. The amendment passed
2-1, Commissioner Vance opposed.

Commissioner Vance then moved to limit the agreement to one year. The
motion died for lack of a second.

VOTE ON THE MAIN MOTION AS AMENDED. Passed 3-0.

4. ADJOURNMENT. There being no further business, the meeting adjourned
at 10:12 a.m.

Approved: June 3, 2025

_____________________________      _________________________________
Lorna Haskett, Chair               Janine Oberg, Clerk and Recorder""",
     "Park County Commission - Minutes 05/20/2025 - Page 2 of 2"),
], "pdf", PCSO,
    [PCBC, PCSO],
    [DWP],
    [FP],
    [C(45000, 45000, "one-time", "Justice Assistance Grant subaward of $45,000", PCSO, DWP, FP),
     C(12800, 12800, "year", "The agreement is $12,800 per year", PCSO, DWP, FP),
     C(38400, 38400, None, "$38,400 over three years", PCSO, DWP, FP),
     C(11200, 11200, "one-time",
       "A one-time setup and jail management system interface fee is $11,200", PCSO, DWP, FP),
     C(3000, 3000, None, "on-site examiner training is $3,000", PCSO, DWP, FP),
     C(52600, 52600, None, "The total project is $52,600", PCSO, DWP, FP),
     C(7600, 7600, None, "the county match of $7,600", PCSO, DWP, FP)],
    [N(4, "exact", "licenses", None, "for four user licenses", PCSO, DWP),
     N(23000, "approximately", "images", None, "roughly 23,000 booking photographs", PCSO, DWP)],
    [P("searches are limited to criminal investigations and to identifying deceased or missing persons",
       PCSO, "purpose"),
     P("a possible match is a lead only that a detective must confirm before any arrest.", PCSO, "disclaimer"),
     P("the Sheriff's Office shall present a written report to the Commission each January stating the number "
       "of facial recognition searches run in the prior year and the number of leads they produced.",
       PCSO, "requirement")],
    [],
    ["2025-05-20", "2025-05-13", "2023", "2025-06-03"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Idaho: Twin Falls County SO (directive)
TFSO = "Twin Falls County Sheriff's Office"
VFS = "Vigilant FaceSearch"
VIG = "Vigilant Solutions"
doc("04_twin-falls-county-so-directive-24-07.txt", [
    (None, """\
TWIN FALLS COUNTY SHERIFF'S OFFICE
DIRECTIVE                                                   No. 24-07

Subject:    Facial Recognition Searches
Effective:  October 1, 2024            Review date: October 1, 2025
Issued:     September 16, 2024         Supersedes:  none
Approved:   Sheriff Nolan Barraclough

1. Purpose. This directive sets the rules for facial recognition
   searches run with Vigilant FaceSearch (Motorola Solutions). Searches
   may be used only to develop investigative leads in criminal cases,
   to identify a deceased or incapacitated person, or to help locate a
   missing or endangered person.

2. Access. Only members who have completed the FaceSearch examiner
   course (8 hours) and signed the Office's user agreement may hold a
   FaceSearch account. The Office holds five user licenses, assigned by
   the Investigations lieutenant.

3. Case number. Every search shall be entered with a case number and
   the offense under investigation.

4. Leads only. A possible match is an investigative lead only and
   shall not be the sole basis for an arrest, a search warrant or a
   citation.

5. Second review. A second trained member must review each possible
   match before it is released to the case deputy.

6. Outside agencies. Members may run a search for another law
   enforcement agency only on a written request that states that
   agency's case number and offense.""", "TFCSO Directive 24-07 - Page 1 of 2"),
    (None, """\
7. Prohibited uses. Members shall not use facial recognition:
   a. to identify a person because of his or her religion, political
      views, or lawful participation in a protest or assembly;
   b. on live or streaming video, including body-worn camera feeds;
   c. for personal reasons or any non-law-enforcement purpose;
   d. to enroll images other than booking photographs into the
      gallery.

8. Records and audit. Search logs shall be kept for three years. Each
   quarter the Investigations lieutenant shall audit at least 10
   percent of the searches run.

9. Discipline. A member who violates this directive may lose
   FaceSearch access and is subject to discipline, up to and including
   termination, under Policy 340.

Nothing in this directive prohibits a deputy from viewing publicly
posted photographs in the ordinary course of an investigation.

/s/ Nolan Barraclough, Sheriff""", "TFCSO Directive 24-07 - Page 2 of 2"),
], "pdf", TFSO,
    [TFSO],
    [VIG, "Motorola Solutions"],
    [VFS],
    [],
    [N(5, "exact", "licenses", None, "The Office holds five user licenses", TFSO, VIG)],
    [P("Searches may be used only to develop investigative leads in criminal cases, to identify a deceased or "
       "incapacitated person, or to help locate a missing or endangered person.", TFSO, "purpose"),
     P("Only members who have completed the FaceSearch examiner course (8 hours) and signed the Office's user "
       "agreement may hold a FaceSearch account.", TFSO, "requirement"),
     P("Every search shall be entered with a case number and the offense under investigation.", TFSO,
       "requirement"),
     P("A possible match is an investigative lead only and shall not be the sole basis for an arrest, a search "
       "warrant or a citation.", TFSO, "disclaimer"),
     P("A second trained member must review each possible match before it is released to the case deputy.",
       TFSO, "requirement"),
     P("Members may run a search for another law enforcement agency only on a written request that states "
       "that agency's case number and offense.", TFSO, "permission"),
     P("to identify a person because of his or her religion, political views, or lawful participation in a "
       "protest or assembly;", TFSO, "prohibition"),
     P("on live or streaming video, including body-worn camera feeds;", TFSO, "prohibition"),
     P("for personal reasons or any non-law-enforcement purpose;", TFSO, "prohibition"),
     P("to enroll images other than booking photographs into the gallery.", TFSO, "prohibition"),
     P("Search logs shall be kept for three years.", TFSO, "requirement"),
     P("Each quarter the Investigations lieutenant shall audit at least 10 percent of the searches run.",
       TFSO, "requirement"),
     P("A member who violates this directive may lose FaceSearch access and is subject to discipline, up to "
       "and including termination, under Policy 340.", TFSO, "consequence")],
    [],
    ["2024-10-01", "2025-10-01", "2024-09-16"],
    scan="pdf")


# ---------------------------------------------------------------- 5 New Jersey: Atlantic County Prosecutor (stats)
ACPO = "Atlantic County Prosecutor's Office"
ACPD = "Atlantic City Police Department"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
MONTHS = [("January", 38, 14, 8), ("February", 35, 12, 6), ("March", 44, 17, 9), ("April", 40, 15, 7),
          ("May", 47, 19, 11), ("June", 43, 16, 8), ("July", 51, 21, 12), ("August", 49, 18, 10),
          ("September", 42, 15, 9), ("October", 45, 17, 8), ("November", 37, 13, 7), ("December", 39, 14, 6)]
TOT = [sum(m[i] for m in MONTHS) for i in (1, 2, 3)]
assert TOT == [510, 191, 101], TOT
ROWS = "\n".join(f"  {m:<12}{s:>10}{p:>18}{l:>10}" for m, s, p, l in MONTHS)
TOTAL_ROW = f"  {'Total':<12}{TOT[0]:>10}{TOT[1]:>18}{TOT[2]:>10}"
doc("05_atlantic-county-prosecutor-fr-statistics-2024.txt", [
    (None, f"""\
ATLANTIC COUNTY PROSECUTOR'S OFFICE
4997 Unami Boulevard, Mays Landing, NJ 08330

                              MEMORANDUM

TO:       Prosecutor Gerald Vantassel
FROM:     Lt. Christine Okafor, Facial Recognition Unit
CC:       Chief of County Detectives Raymond Szabo
DATE:     January 21, 2025
RE:       Facial recognition statistics, calendar year 2024

This memo reports the Unit's facial recognition activity for 2024, as
ACPO Directive 2023-4 requires. All searches were run in IDEMIA
MorphoFace Investigate (MFI) against the county booking repository,
which held approximately 214,000 images on December 31, 2024.

  Month         Searches  Possible matches     Leads
  ---------   ----------  ----------------  --------
{ROWS}
  ---------   ----------  ----------------  --------
{TOTAL_ROW}

Notes:
1. A possible match is a search that returned a candidate an examiner
   judged worth forwarding; a lead is a candidate the case investigator
   accepted for follow-up. The possible-match rate was 37.5%.
2. 296 of the 510 searches were run at the request of municipal police
   departments in the county; the rest were for this Office's cases.
3. Investigators reported that leads contributed to 23 arrests.""", "ACPO OPRA 25-0311                            1"),
    (None, """\
TRAINED EXAMINERS
The Unit had six trained examiners at year end. Each has completed the
40-hour IDEMIA facial comparison course. Two more detectives are
scheduled to attend in March.

POLICY
Directive 2023-4 remains in force. Every search requires a case number
and a supervisor's approval, and no result may be used as the sole
basis for probable cause. The Unit did not use Clearview AI or any
other internet-image service in 2024.

COST
MFI annual maintenance for 2024 was $27,450, paid from the forfeiture
account. The separate Live Scan fingerprint maintenance ($8,900) is
not part of this program.

For comparison, the Atlantic City Police Department, which runs its
own searches, reported 140 searches for 2024.

C.O.""", "ACPO OPRA 25-0311                            2"),
], "pdf", ACPO,
    [ACPO, ACPD],
    [IDM, "Clearview AI"],
    [MFI],
    [C(27450, 27450, "year", "MFI annual maintenance for 2024 was $27,450", ACPO, IDM, MFI)],
    [N(214000, "approximately", "images", None, "approximately 214,000 images", ACPO, IDM)]
    + [N(s, "exact", "searches", "month", f"  {m:<12}{s:>10}", ACPO, IDM) for m, s, p, l in MONTHS]
    + [N(510, "exact", "searches", "year", f"  {'Total':<12}{TOT[0]:>10}", ACPO, IDM),
       N(191, "exact", "matches", "year", f"  {'Total':<12}{TOT[0]:>10}{TOT[1]:>18}", ACPO, IDM),
       N(101, "exact", "leads", "year", TOTAL_ROW, ACPO, IDM),
       N(296, "exact", "requests", "year", "296 of the 510 searches were run at the request of municipal police",
         ACPO, IDM),
       N(23, "exact", "arrests", "year", "leads contributed to 23 arrests", ACPO, IDM),
       N(6, "exact", "users", None, "The Unit had six trained examiners", ACPO, IDM),
       N(140, "exact", "searches", "year", "reported 140 searches for 2024", ACPD, None)],
    [P("Every search requires a case number and a supervisor's approval", ACPO, "requirement"),
     P("no result may be used as the sole basis for probable cause.", ACPO, "disclaimer")],
    [],
    ["2025-01-21", "2024", "2024-12-31"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Alabama: Decatur PD (budget memo)
DPD = "Decatur Police Department"
CV = "Clearview AI"
doc("06_decatur-pd-clearview-renewal-budget-memo.txt", [
    (None, """\
CITY OF DECATUR, ALABAMA
POLICE DEPARTMENT - INTEROFFICE MEMORANDUM

TO:       Chief of Police Harlan Whitsett
VIA:      Deputy Chief Monica Treadaway, Support Services
FROM:     Capt. Jerome Pettus, Criminal Investigations Division
CC:       Finance Director Alicia Crowe
DATE:     August 5, 2025
SUBJECT:  FY2026 budget approval - Clearview AI subscription renewal

1. Request
I request approval of $18,450 in the FY2026 Police operating budget
(account 100-2120-52215, Software Subscriptions) to renew the
department's Clearview AI subscription for October 1, 2025 through
September 30, 2026, and to cover two one-time items.

2. Last year compared with this year's quote
                                   FY2025 (paid)    FY2026 (quote)
  Seats                                        8                10
  Price per seat, per year             $1,800.00         $1,650.00
  Subscription total                  $14,400.00        $16,500.00
  Clearview Mobile                      included          included

The per-seat price is lower this year, but the total rises 14.6%
because CID asks for two more seats (one for the new crime analyst
and one for the Narcotics Unit). Clearview's quote Q-DEC-25-114 is
valid until September 15, 2025.

3. One-time costs (FY2026 only)
  Investigator refresher training (remote, 4 hours)         $1,200.00
  Audit-log export setup for the Records Unit                 $750.00""",
     "DPD Records Release 25-0907                              Page 1 of 2"),
    (None, """\
4. Use in FY2025
From October 1, 2024 through July 31, 2025, our eight users ran 1,037
searches. Clearview states that its database holds more than 60
billion publicly available images. Searches remain governed by General
Order 41-210, which requires a case number for every search; under the
same order a result is an investigative lead only.

5. Not part of this request
Two Panasonic Toughbook laptops for the analysts ($3,480) are requested
separately on the IT capital list. Clearview does not charge Alabama
sales tax (4%) on this subscription.

6. Recommendation
I recommend approval of $18,450: $16,500 for ten seats and $1,950 in
one-time costs. If the request is reduced, the fallback is eight seats
at $13,200, which would leave the new analyst without access.

Approved / Not approved: ____________________   Date: ____________
                         Chief of Police

Questions: Capt. Pettus, (256) 555-0164""", "DPD Records Release 25-0907                              Page 2 of 2"),
], "pdf", DPD,
    [DPD, "City of Decatur"],
    [CV, "Panasonic"],
    ["Clearview Mobile", "Toughbook"],
    [C(18450, 18450, None, "I request approval of $18,450", DPD, CV),
     C(1800, 1800, "year", "Price per seat, per year             $1,800.00", DPD, CV, unit="per user"),
     C(1650, 1650, "year", "Price per seat, per year             $1,800.00         $1,650.00", DPD, CV,
       unit="per user"),
     C(14400, 14400, "year", "Subscription total                  $14,400.00", DPD, CV),
     C(16500, 16500, "year", "Subscription total                  $14,400.00        $16,500.00", DPD, CV),
     C(1200, 1200, "one-time", "Investigator refresher training (remote, 4 hours)         $1,200.00", DPD, CV),
     C(750, 750, "one-time", "Audit-log export setup for the Records Unit                 $750.00", DPD, CV),
     C(1950, 1950, "one-time", "$1,950 in one-time costs", DPD, CV)],
    [N(8, "exact", "licenses", None, "Seats                                        8", DPD, CV),
     N(10, "exact", "licenses", None, "Seats                                        8                10", DPD, CV),
     N(8, "exact", "users", None, "our eight users ran 1,037 searches", DPD, CV),
     N(1037, "exact", "searches", None, "our eight users ran 1,037 searches", DPD, CV),
     N(60000000000, "more than", "images", None, "more than 60 billion publicly available images", None, CV)],
    [P("General Order 41-210, which requires a case number for every search", DPD, "requirement"),
     P("under the same order a result is an investigative lead only.", DPD, "disclaimer")],
    [],
    ["2025-08-05", "2025-10-01", "2026-09-30", "2025-09-15", "2024-10-01", "2025-07-31"],
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
