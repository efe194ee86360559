"""Writes docs/*.txt and labels.json for holdout92 (six invented releases: OH, IN, TN, VA, MT, RI).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per, policies with kind)."""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
DOCS = []
MAX_COLS = 75   # the born-digital helper wraps at about 80 characters
MAX_LINES = 44  # per page, header and footer included


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


KINDS = {"requirement", "prohibition", "permission", "purpose", "consequence", "disclaimer"}


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
            assert len(line) <= MAX_COLS, (file, line)
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



def gm(left, right, width=75):
    """A Gmail print line: sender on the left, date right-aligned."""
    return left + " " * max(3, width - len(left) - len(right)) + right


# ---------------------------------------------------------------- 1 Ohio: Euclid PD (Gmail thread)
EPD = "Euclid Police Department"
SEPD = "South Euclid Police Department"
CV = "Clearview AI"
SUBJ1 = "Clearview searches for SEPD cases"
D1 = "Mon, Feb 5, 2024 at 10:14 AM"
D2 = "Mon, Feb 5, 2024 at 3:47 PM"
D3 = "Tue, Feb 6, 2024 at 9:05 AM"
D4 = "Wed, Feb 7, 2024 at 11:32 AM"
DANA = "Dana Kowalczyk <dkowalczyk@seuclid.org>"
NOLAN = "Nolan Brzezinski <nbrzezinski@euclidoh.gov>"
GH = "2/20/24, 9:31 AM   City of Euclid Mail - " + SUBJ1
GF = "https://mail.google.com/mail/u/0/?ik=4f2a9c07d1&view=pt&search=all"
doc("01_euclid-pd-clearview-sharing-gmail.txt", [
    (GH, gm("City of Euclid Mail", NOLAN) + """

""" + SUBJ1 + """
4 messages

""" + gm(DANA, D1) + """
To: """ + NOLAN + """
Cc: Renata Sulaj <rsulaj@seuclid.org>

Hi Nolan,

Good to meet you at the NEORFC analysts' meeting last week. Following
up on what we talked about: South Euclid PD does not have a facial
recognition account of its own. In 2023 I sent 17 probe photos to the
Northeast Ohio Regional Fusion Center for searches, and the turnaround
was usually 5 to 10 days.

Would Euclid be willing to run Clearview searches for our cases? A few
questions before I take this to Lt. Sulaj:

1. How many accounts do you have, and roughly how many searches do you
   run?
2. What does it cost you?
3. Is there anything in your policy that would stop you from running
   a search for another department?

Thanks,
Dana

Dana Kowalczyk | Crime Analyst
South Euclid Police Department
1349 S. Green Road, South Euclid, OH 44121 | 216-555-0162""", GF + "   1/3"),
    (GH, gm(NOLAN, D2) + """
To: """ + DANA + """
Cc: Renata Sulaj <rsulaj@seuclid.org>

Hi Dana,

Happy to help where we can. Quick answers:

1. We have 8 Clearview user accounts: seven detectives and me as the
   admin. We ran 486 searches in calendar 2023.
2. Our current subscription is $11,000 a year (Feb 2023 - Feb 2024).
   The renewal quote Clearview sent last week is $12,500 a year for 10
   accounts, which the Chief is signing this month.
3. Nothing in GO 2.41 says we can't run a search for another
   department. But the Clearview terms we signed say accounts may not
   be shared with anyone outside the subscribing agency, so I can't
   give your people a login.

Let me check with Sgt. Halloran on the process and get back to you.

Det. Nolan Brzezinski #217
Euclid Police Department - Detective Bureau
545 E. 222nd Street, Euclid, OH 44123 | 216-555-0148
[Quoted text hidden]

""" + gm(DANA, D3) + """
To: """ + NOLAN + """

Thanks! That would be a big help. How would we send requests?

Just so you know the volume: we had 22 cases last year where we'd
have wanted a search, and I have two photos waiting right now
(SE-24-00318 and SE-24-00322).

Do we get the full result list back?
[Quoted text hidden]""", GF + "   2/3"),
    (GH, gm(NOLAN, D4) + """
To: """ + DANA + """
Cc: Renata Sulaj <rsulaj@seuclid.org>, Michael Halloran
<mhalloran@euclidoh.gov>

Dana,

Sgt. Halloran signed off. Answers inline.

> Thanks! That would be a big help. How would we send requests?

Email the probe photo and your case number to
epd-detectives@euclidoh.gov. Under GO 2.41 every search must be
logged with a case number in the Clearview case field, so we will
enter your SEPD number. Requests from outside agencies have to be
approved by the Detective Bureau sergeant before we run them.

> Just so you know the volume: we had 22 cases last year where we'd
> have wanted a search

That's fine. For scale, we ran 41 searches in January alone.

> Do we get the full result list back?

No. Per GO 2.41, a Clearview possible match is an investigative lead
only and is not probable cause for an arrest, so we send back a lead
sheet with the candidate and source links, not the whole result page.
Clearview says its database now holds more than 40 billion images, so
the full page is mostly noise anyway.

Nolan""", GF + "   3/3"),
], "print", EPD,
    [EPD, SEPD, "Northeast Ohio Regional Fusion Center"],
    [CV],
    [],
    [C(11000, 11000, "year", "Our current subscription is $11,000 a year", EPD, CV),
     C(12500, 12500, "year", "The renewal quote Clearview sent last week is $12,500 a year", EPD, CV)],
    [N(17, "exact", "requests", "year", "In 2023 I sent 17 probe photos to the Northeast Ohio Regional Fusion "
       "Center for searches", SEPD),
     N(8, "exact", "users", None, "We have 8 Clearview user accounts", EPD, CV),
     N(486, "exact", "searches", "year", "We ran 486 searches in calendar 2023", EPD, CV),
     N(10, "exact", "licenses", None, "$12,500 a year for 10 accounts", EPD, CV),
     N(41, "exact", "searches", "month", "we ran 41 searches in January alone", EPD, CV),
     N(40000000000, "more than", "images", None, "its database now holds more than 40 billion images", None, CV)],
    [P("the Clearview terms we signed say accounts may not be shared with anyone outside the subscribing agency",
       EPD, "prohibition"),
     P("Under GO 2.41 every search must be logged with a case number in the Clearview case field", EPD,
       "requirement"),
     P("Requests from outside agencies have to be approved by the Detective Bureau sergeant before we run them.",
       EPD, "requirement"),
     P("a Clearview possible match is an investigative lead only and is not probable cause for an arrest", EPD,
       "disclaimer")],
    [E("Dana Kowalczyk", "Nolan Brzezinski", D1, SUBJ1),
     E("Nolan Brzezinski", "Dana Kowalczyk", D2, SUBJ1),
     E("Dana Kowalczyk", "Nolan Brzezinski", D3, SUBJ1),
     E("Nolan Brzezinski", "Dana Kowalczyk", D4, SUBJ1)],
    ["2024-02-20", "2024-02-05", "2024-02-06", "2024-02-07", "2023", "2023-02", "2024-02", "2024-01"],
    scan="print")


# ---------------------------------------------------------------- 2 Indiana: Tippecanoe County (resolution)
TCSO = "Tippecanoe County Sheriff's Office"
MSI = "Motorola Solutions"
VIG = "Vigilant Solutions"
FS = "FaceSearch"
doc("02_tippecanoe-county-commissioners-facesearch-resolution.txt", [
    (None, """\
             BOARD OF COMMISSIONERS OF THE COUNTY OF TIPPECANOE
          20 North Third Street, Lafayette, Indiana 47901-1211

                        RESOLUTION NO. 2024-31-CM

   A RESOLUTION AUTHORIZING THE SHERIFF OF TIPPECANOE COUNTY TO ENTER
   INTO A SUBSCRIPTION AGREEMENT WITH MOTOROLA SOLUTIONS, INC. FOR
   VIGILANT FACESEARCH FACIAL RECOGNITION SOFTWARE

WHEREAS, the Tippecanoe County Sheriff's Office (the "Sheriff's
Office") investigates crimes in which a photograph or video still of
an unknown suspect is often the principal lead; and

WHEREAS, Motorola Solutions, Inc., through its Vigilant Solutions
business unit, offers FaceSearch, a facial recognition application
that compares a probe image against a shared gallery of more than
15 million booking photographs contributed by participating agencies;
and

WHEREAS, the Sheriff's Office has used the Vigilant LEARN license
plate recognition platform since 2019 under a separate agreement with
an annual cost of $36,400, which this Resolution does not amend; and

WHEREAS, Motorola Solutions, Inc. has offered FaceSearch to the
Sheriff's Office for a one-time implementation and training fee of
$4,800 and an annual subscription fee of $19,800 for twenty (20) named
users; and

WHEREAS, the proposed agreement has a term of three (3) years, from
August 1, 2024 through July 31, 2027, for a total amount not to
exceed $64,200, and the annual fee may not increase by more than 5%
upon any renewal after the initial term; and

WHEREAS, the Tippecanoe County Council appropriated funds for the
first year of the agreement from the Public Safety Local Income Tax
Fund (Fund 1151) at its meeting of June 11, 2024; and

WHEREAS, the agreement is a purchase of services that the Board may
make under IC 5-22-6, and the County Attorney has reviewed it as to
form;""", "TC Res. 2024-31-CM                                      Page 1 of 2"),
    (None, """\
NOW, THEREFORE, BE IT RESOLVED BY THE BOARD OF COMMISSIONERS OF THE
COUNTY OF TIPPECANOE, INDIANA, THAT:

Section 1. The Board authorizes the Sheriff to execute the agreement
with Motorola Solutions, Inc. in an amount not to exceed $64,200 for
the term stated above.

Section 2. Before FaceSearch is placed in use, the Sheriff shall
adopt a written facial recognition policy and file a copy with the
Board.

Section 3. No user shall be issued FaceSearch credentials until he or
she has completed the vendor's training course.

Section 4. A possible match returned by FaceSearch shall be treated as
an investigative lead only and shall not be the sole basis for an
arrest or a search warrant.

Section 5. FaceSearch shall not be used to identify persons because
they are taking part in a lawful assembly or protest.

Section 6. The Sheriff shall report to the Board each January the
number of searches run and the number of active user accounts during
the preceding year.

Commissioner Dalby moved to amend Section 4 to require a warrant for
every search. The motion failed for lack of a second.

ADOPTED this 15th day of July, 2024, by a vote of 3 ayes, 0 nays.

BOARD OF COMMISSIONERS OF THE COUNTY OF TIPPECANOE

_____________________________   _____________________________
Gwen Harkrader, President       Martin Dalby, Vice President

_____________________________
Luis Ocampo, Member

ATTEST: _______________________
        Robin Stallard, Auditor of Tippecanoe County""",
     "TC Res. 2024-31-CM                                      Page 2 of 2"),
], "pdf", TCSO,
    ["Board of Commissioners of the County of Tippecanoe", TCSO, "Tippecanoe County Council",
     "Auditor of Tippecanoe County"],
    [MSI, VIG],
    [FS, "LEARN"],
    [C(4800, 4800, "one-time", "one-time implementation and training fee of\n$4,800", TCSO, MSI, FS),
     C(19800, 19800, "year", "annual subscription fee of $19,800 for twenty (20) named\nusers", TCSO, MSI, FS),
     C(None, 64200, None, "for a total amount not to\nexceed $64,200", TCSO, MSI, FS)],
    [N(15000000, "more than", "images", None, "a shared gallery of more than\n15 million booking photographs",
       None, VIG),
     N(20, "exact", "licenses", None, "$19,800 for twenty (20) named\nusers", TCSO, MSI)],
    [P("Before FaceSearch is placed in use, the Sheriff shall adopt a written facial recognition policy and file "
       "a copy with the Board.", TCSO, "requirement"),
     P("No user shall be issued FaceSearch credentials until he or she has completed the vendor's training "
       "course.", TCSO, "prohibition"),
     P("A possible match returned by FaceSearch shall be treated as an investigative lead only and shall not be "
       "the sole basis for an arrest or a search warrant.", TCSO, "disclaimer"),
     P("FaceSearch shall not be used to identify persons because they are taking part in a lawful assembly or "
       "protest.", TCSO, "prohibition"),
     P("The Sheriff shall report to the Board each January the number of searches run and the number of active "
       "user accounts during the preceding year.", TCSO, "requirement")],
    [],
    ["2019", "2024-08-01", "2027-07-31", "2024-06-11", "2024-07-15"],
    scan="pdf")


# ---------------------------------------------------------------- 3 Tennessee: Sumner County SO (Cognitec SOW)
SCSO = "Sumner County Sheriff's Office"
COG = "Cognitec Systems"
DBS = "FaceVACS-DBScan LE"
doc("03_sumner-county-so-cognitec-sow-pricing.txt", [
    (None, """\
EXHIBIT B - STATEMENT OF WORK AND PRICING
Agreement No. SC-SO-2024-118 between Sumner County, Tennessee, acting
for the Sumner County Sheriff's Office ("Customer"), and Cognitec
Systems Corporation ("Cognitec")
Cognitec Quote No. CSC-Q-24-0457 rev. 2               Date: May 20, 2024

1. PURPOSE AND SCOPE
Cognitec will deliver, install and support FaceVACS-DBScan LE, an
on-premises facial image search system, for use by the Customer's
Criminal Investigations Division to compare probe images of unknown
suspects against the Customer's booking photographs. Approximately
212,000 booking images held in the Sumner County Jail management
system will be enrolled at go-live. The system will not be connected
to any driver license photo file or to any live camera feed.

2. MILESTONES
No.  Milestone                              Target date    Payment
                                                           (% of one-
                                                           time fees)
---  -------------------------------------  ------------   ----------
M1   Kickoff and system design review       Jul 15, 2024          20%
M2   Server install; gallery enrolled       Sep 30, 2024          50%
M3   Training complete; Final Acceptance    Nov 15, 2024          30%

Final Acceptance follows a 30-day acceptance test in which 95% of
searches must return a candidate list in under 10 seconds.

3. ONE-TIME FEES
Item  Description                                             Price
----  ---------------------------------------------  --------------
A1    FaceVACS-DBScan LE server license, perpetual        $38,500.00
      (1 production server, 1 test instance)
A2    Investigator client licenses, perpetual             $13,200.00
      (6 concurrent seats)
A3    Installation, configuration and enrolment of         $9,750.00
      the booking image archive
A4    On-site examiner training (2 days, up to 8           $4,400.00
      students)
                                                     --------------
      Total one-time fees                                 $65,850.00""",
     "SC-SO-2024-118  Exhibit B                                Page 1 of 3"),
    (None, """\
4. RECURRING FEES
Item  Description                Qty  Unit    Unit price   Annual total
----  -------------------------  ---  -----  -----------  ------------
B1    Software maintenance and     1  year     $9,306.00     $9,306.00
      support (18% of A1 + A2)
B2    JMS booking-photo           12  month      $325.00     $3,900.00
      interface (nightly import)
                                                          ------------
      Total recurring fees, per year                        $13,206.00

Recurring fees begin at Final Acceptance and are invoiced annually in
advance. After the initial term, recurring fees may rise by no more
than 4% a year.

5. OPTIONAL SERVICES
Priced for reference. Not included in the Contract Price; ordered only
by written change order signed by both parties.

C1    Additional investigator client license, perpetual,   $2,200.00
      each
C2    FaceVACS-VideoScan module for recorded video,       $14,000.00
      annual subscription
C3    Live Scan fingerprint interface (AFIS), one-time     $6,800.00
C4    Booking photo capture camera kit with stand, each    $1,150.00

6. CONTRACT PRICE SUMMARY
      One-time fees (Section 3)                           $65,850.00
      Recurring fees, year 1 (Section 4)                  $13,206.00
      First-year total                                    $79,056.00
      Three-year total (initial term)                    $105,468.00

Prices exclude taxes; the Customer is exempt under Tenn. Code Ann.
67-6-329(a)(1). The Customer furnishes the server hardware, so there
is no shipping charge. Payment terms: net 45 days from invoice.""",
     "SC-SO-2024-118  Exhibit B                                Page 2 of 3"),
    (None, """\
7. CUSTOMER RESPONSIBILITIES AND CONDITIONS OF USE
7.1  The Customer will furnish a Windows Server 2022 host with 64 GB
     of memory and remote access for Cognitec support staff.
7.2  The Customer shall permit access to FaceVACS-DBScan LE only to
     personnel who have completed the examiner training in item A4.
7.3  Search results produced by FaceVACS-DBScan LE are investigative
     leads only and do not constitute a positive identification.
7.4  Cognitec personnel shall not retain copies of Customer images
     after installation and enrolment are complete.

8. POINTS OF CONTACT
Customer: Capt. Dwayne Pruitt, Criminal Investigations Division,
          117 West Smith Street, Gallatin, TN 37066, (615) 555-0134
Cognitec: Helen Sorensen, Project Manager, (904) 555-0172

ACCEPTED:

For Sumner County:                    For Cognitec Systems Corporation:

___________________________           ___________________________
County Mayor          Date            Vice President, Sales   Date

___________________________
Sheriff               Date""",
     "SC-SO-2024-118  Exhibit B                                Page 3 of 3"),
], "pdf", SCSO,
    [SCSO, "Sumner County"],
    [COG],
    [DBS, "FaceVACS-VideoScan"],
    [C(38500, 38500, "one-time", "FaceVACS-DBScan LE server license, perpetual        $38,500.00", SCSO, COG, DBS),
     C(13200, 13200, "one-time", "Investigator client licenses, perpetual             $13,200.00", SCSO, COG, DBS),
     C(9750, 9750, "one-time", "Installation, configuration and enrolment of         $9,750.00", SCSO, COG, DBS),
     C(4400, 4400, "one-time", "On-site examiner training (2 days, up to 8           $4,400.00", SCSO, COG, DBS),
     C(65850, 65850, "one-time", "Total one-time fees                                 $65,850.00", SCSO, COG, DBS),
     C(9306, 9306, "year", "B1    Software maintenance and     1  year     $9,306.00", SCSO, COG, DBS),
     C(3900, 3900, "year", "B2    JMS booking-photo           12  month      $325.00     $3,900.00", SCSO, COG, DBS),
     C(325, 325, "month", "B2    JMS booking-photo           12  month      $325.00", SCSO, COG, DBS),
     C(13206, 13206, "year", "Total recurring fees, per year                        $13,206.00", SCSO, COG, DBS),
     C(2200, 2200, None, "Additional investigator client license, perpetual,   $2,200.00", SCSO, COG, DBS,
       unit="per user"),
     C(14000, 14000, "year", "FaceVACS-VideoScan module for recorded video,       $14,000.00", SCSO, COG,
       "FaceVACS-VideoScan"),
     C(79056, 79056, None, "First-year total                                    $79,056.00", SCSO, COG, DBS),
     C(105468, 105468, None, "Three-year total (initial term)                    $105,468.00", SCSO, COG, DBS)],
    [N(212000, "approximately", "images", None, "Approximately\n212,000 booking images", SCSO, COG),
     N(6, "exact", "licenses", None, "(6 concurrent seats)", SCSO, COG)],
    [P("The Customer shall permit access to FaceVACS-DBScan LE only to personnel who have completed the examiner "
       "training in item A4.", SCSO, "requirement"),
     P("Search results produced by FaceVACS-DBScan LE are investigative leads only and do not constitute a "
       "positive identification.", SCSO, "disclaimer")],
    [],
    ["2024-05-20", "2024-07-15", "2024-09-30", "2024-11-15"])


# ---------------------------------------------------------------- 4 Virginia: Albemarle County PD (FOIA reply)
ACPD = "Albemarle County Police Department"
IDM = "Idemia"
MFI = "Morpho Face Investigate"
doc("04_albemarle-county-pd-foia-response-letter.txt", [
    (None, """\
                 ALBEMARLE COUNTY POLICE DEPARTMENT
                     Office of the FOIA Officer
 1600 5th Street Extended, Charlottesville, Virginia 22902 | (434) 555-0119

March 21, 2025

Ms. Celeste Ambrose
Blue Ridge Ledger
P.O. Box 1187
Charlottesville, VA 22902

Re: Virginia Freedom of Information Act request received March 10,
    2025 - ACPD FOIA No. 25-0188 (facial recognition records)

Dear Ms. Ambrose:

This letter responds to your request under the Virginia Freedom of
Information Act, Va. Code 2.2-3700 et seq., for records of the
Department's facial recognition technology from January 1, 2023 to
the present, including contracts, quotes, invoices, policies and
usage data. The Department took the additional seven working days
allowed by Va. Code 2.2-3704(B)(4) to complete its search.

The Department has identified the following responsive records:

Item  Description                                     Pages  Status
----  ----------------------------------------------  -----  --------
1     Subscription Agreement with IDEMIA Identity &      14  Released
      Security USA LLC for Morpho Face Investigate,
      effective September 1, 2023
2     IDEMIA Quote IDS-VA-23-1142: annual                 3  Released
      subscription $27,300.00 for 12 named users
3     IDEMIA invoice INV-2024-08817, renewal term         1  Released
      Sept. 1, 2024 - Aug. 31, 2025: $28,119.00
4     General Order 2-36, Facial Recognition              9  Released
      Technology (revised January 2024)
5     Search log export, January 1 - December 31,      file  Released
      2024 (318 searches; officer names redacted)            in part
6     2024 Annual Facial Recognition Report, posted       3  Released
      under Va. Code 15.2-1723.2
7     Emails between the Department and IDEMIA on        34  Withheld
      the 2024 renewal (21 messages)                         in part""",
     "ACPD FOIA 25-0188                                          Page 1 of 3"),
    (None, """\
Item 7 is withheld in part under Va. Code 2.2-3705.6(3) (proprietary
pricing and security information supplied by the vendor).

Summary of the records. The Department has subscribed to Morpho Face
Investigate since September 2023. The subscription cost $27,300 for
the first year and $28,119 for the current term, an increase of 3%.
In 2024 the Department's named users ran 318 searches, of which 27
were run at the request of the Charlottesville Police Department or
the University of Virginia Police Department. At the end of 2024 the
gallery searched by the system held 84,650 booking photographs. The
Department has no contract with Clearview AI and has never used it.

The Department may use facial recognition technology only for the
purposes authorized in Va. Code 15.2-1723.2, such as identifying a
suspect or a victim in a criminal investigation. General Order 2-36
requires that any possible match be confirmed by a second trained
examiner before it is shared with an investigator.

You also asked for any policy on sharing search results with other
agencies. No such record exists; General Order 2-36 does not address
the subject.

Summary of this response
  Items responsive                                         7
  Pages released                       64 (plus one spreadsheet)
  Pages withheld in part                                  34

Charges for this request (Va. Code 2.2-3704(F))
  Staff search and review time, 2.5 hours at $31.20       $78.00
  Copies (provided electronically)                         $0.00
  Total due                                               $78.00

The records will be sent when payment is received. Checks should be
payable to the County of Albemarle and should note FOIA No. 25-0188.""",
     "ACPD FOIA 25-0188                                          Page 2 of 3"),
    (None, """\
Sincerely,

Ellen T. Vasquez
FOIA Officer, Albemarle County Police Department
evasquez@albemarle.example | (434) 555-0125

Enclosure: invoice for FOIA charges""",
     "ACPD FOIA 25-0188                                          Page 3 of 3"),
], "pdf", ACPD,
    [ACPD, "Charlottesville Police Department", "University of Virginia Police Department", "County of Albemarle"],
    [IDM, CV],
    [MFI],
    [C(27300, 27300, "year", "subscription $27,300.00", ACPD, IDM, MFI),
     C(28119, 28119, "year", "Sept. 1, 2024 - Aug. 31, 2025: $28,119.00",
       ACPD, IDM, MFI)],
    [N(12, "exact", "licenses", None, "$27,300.00 for 12 named users", ACPD, IDM),
     N(318, "exact", "searches", "year", "2024 (318 searches", ACPD, IDM),
     N(27, "exact", "requests", "year", "of which 27\nwere run at the request of the Charlottesville Police "
       "Department", ACPD, IDM),
     N(84650, "exact", "images", None, "held 84,650 booking photographs", ACPD, IDM)],
    [P("The Department may use facial recognition technology only for the purposes authorized in Va. Code "
       "15.2-1723.2, such as identifying a suspect or a victim in a criminal investigation.", ACPD, "purpose"),
     P("General Order 2-36 requires that any possible match be confirmed by a second trained examiner before it "
       "is shared with an investigator.", ACPD, "requirement")],
    [],
    ["2025-03-21", "2025-03-10", "2023-01-01", "2023-09-01", "2024-09-01", "2025-08-31", "2024-01", "2024-01-01",
     "2024-12-31", "2023-09", "2024"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Montana: Missoula County SO (monthly sheet)
MCSO = "Missoula County Sheriff's Office"
VER = "Veritone"
VID = "Veritone IDentify"
MONTHS = ["Jul-2023", "Aug-2023", "Sep-2023", "Oct-2023", "Nov-2023", "Dec-2023",
          "Jan-2024", "Feb-2024", "Mar-2024", "Apr-2024", "May-2024", "Jun-2024"]
ISO = ["2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12",
       "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
REQ = [14, 11, 16, 12, 9, 7, 13, 15, 18, 12, 17, 13]
OTH = [3, 2, 4, 1, 2, 0, 3, 5, 4, 2, 6, 3]
SRCH = [13, 11, 15, 12, 8, 7, 12, 14, 17, 12, 16, 12]
MAT = [6, 5, 7, 4, 3, 2, 6, 8, 7, 5, 9, 5]
LEAD = [2, 3, 2, 1, 1, 0, 3, 4, 2, 2, 3, 2]


def mrow(n, label, cells):
    return f"{n:>2}   {label:<13}" + "".join(f"{c:>10}" for c in cells)


rows5 = [mrow(i + 2, MONTHS[i], [REQ[i], OTH[i], SRCH[i], MAT[i], LEAD[i]]) for i in range(12)]
TOT = [sum(REQ), sum(OTH), sum(SRCH), sum(MAT), sum(LEAD)]
tot5 = mrow(14, "TOTAL", TOT)
assert TOT == [157, 35, 149, 67, 25], TOT
counts5 = []
for i, r in enumerate(rows5):
    cut_req = r[:5 + 13 + 10]
    cut_srch = r[:5 + 13 + 30]
    counts5.append(N(REQ[i], "exact", "requests", "month", cut_req, MCSO, VER))
    counts5.append(N(SRCH[i], "exact", "searches", "month", cut_srch, MCSO, VER))
for k, measure in enumerate(["requests", "requests", "searches", "matches", "leads"]):
    counts5.append(N(TOT[k], "exact", measure, "year", tot5[:5 + 13 + 10 * (k + 1)], MCSO, VER))
doc("05_missoula-county-so-fr-requests-monthly-sheet.txt", [
    (None, """\
MISSOULA COUNTY SHERIFF'S OFFICE - DETECTIVE DIVISION
FR_Requests_FY2024.xlsx  /  Sheet: Monthly
Printed 07/09/2024 2:41 PM by MCSO\\jtrask                   Page 1 of 1

          A                B         C         D         E         F
 1   Month          Requests  From oth  Searches  Possible  Leads to
                    received  agencies       run   matches  case agt
""" + "\n".join(rows5) + "\n" + tot5 + """
15
16   FY2023 total        121
17   Change vs FY23   +29.8%
18
19   Notes:
20   Searches are run in Veritone IDentify from 5 analyst accounts.
21   Gallery at 06/30/2024: 58,930 booking photos (Missoula County
22   Detention Facility).
23   Col. C requests are included in col. B. Requests declined are
24   counted in B but not in D.
25   Per SOP 5.22, every request must include a case number and a
26   supervisor's approval before a search is run.
27   Veritone subscription, FY2024: $16,450.00 (acct 2100-420-3517,
28   PO 24-0611).
29   Camera/DVR video retrieval requests are tracked on Sheet 2.""", None),
], "pdf", MCSO,
    [MCSO, "Missoula County Detention Facility"],
    [VER],
    [VID],
    [C(16450, 16450, "year", "Veritone subscription, FY2024: $16,450.00", MCSO, VER, VID)],
    counts5 + [
     N(121, "exact", "requests", "year", "16   FY2023 total        121", MCSO, VER),
     N(5, "exact", "users", None, "Searches are run in Veritone IDentify from 5 analyst accounts.", MCSO, VER),
     N(58930, "exact", "images", None, "58,930 booking photos", MCSO, VER)],
    [P("Per SOP 5.22, every request must include a case number and a\n26   supervisor's approval before a search "
       "is run.", MCSO, "requirement")],
    [],
    ["2024-07-09", "2024-06-30", "2024", "2023"] + ISO,
    scan="pdf")


# ---------------------------------------------------------------- 6 Rhode Island: North Providence PD (audit)
NPPD = "North Providence Police Department"
doc("06_north-providence-pd-clearview-audit-memo.txt", [
    (None, """\
                NORTH PROVIDENCE POLICE DEPARTMENT
                 Office of Professional Standards
   1967 Mineral Spring Avenue, North Providence, Rhode Island 02904

INTERNAL AUDIT MEMORANDUM                          Audit No. OPS-2025-02

TO:       Col. Vincent Marandola, Chief of Police
FROM:     Lt. Sharon Beauchemin, Office of Professional Standards
CC:       Capt. Jorge Pimentel, Detective Division
DATE:     February 14, 2025
SUBJECT:  Audit of Clearview AI facial recognition searches,
          January 1 - December 31, 2024

1. Objective and scope
OPS compared every search in the Clearview AI administrator audit log
for calendar year 2024 with General Order 600.17, Facial Recognition
Technology (issued March 2022), and with case files in the records
management system. The audit took 46 staff hours.

2. Background
The Department has held a Clearview AI subscription since April 2022.
The current term (April 1, 2024 - March 31, 2025) cost $9,800 for 10
user licenses. General Order 600.17 provides that:
  a. Only members assigned to the Detective Division who have
     completed Clearview training may hold an account.
  b. Every search must be tied to an open case number entered in the
     Clearview "case number" field.
  c. Facial recognition may not be used to identify persons engaged
     in lawful First Amendment activity.
  d. A possible match is an investigative lead only and may not be the
     sole basis for an arrest.
  e. Members who misuse the system are subject to discipline, up to
     and including termination, consistent with R.I. Gen. Laws
     42-28.6.

3. Summary of results
  Searches in the audit log, 2024                              1,037
  Accounts that ran at least one search                            8
  Searches with a valid case number                              963
  Searches with no case number or an invalid one          74  (7.1%)
  Searches run for other agencies                                 12
  Accounts of separated members still active                       2""",
     "OPS-2025-02                                                Page 1 of 2"),
    (None, """\
4. Findings
Finding 1 - Missing case numbers. 74 of the 1,037 searches had no
case number, or a number that did not match an open case. Most were
run from one account during a burglary series in August 2024.
Finding 2 - Searches for other agencies. The 12 searches for other
agencies were run for the Johnston Police Department and the
Smithfield Police Department after a phone call. GO 600.17 does not
address searches for outside agencies, and there is no written policy
prohibiting them.
Finding 3 - Accounts not closed. Two accounts of officers who left
the Department in 2024 stayed active until this audit. Neither was
used after the officer left.
Finding 4 - Unused licenses. Only 8 of the 10 licensed accounts ran a
search in 2024.

5. Recommendations
R1. Deactivate a member's account on the day the member separates or
    leaves the Detective Division.
R2. Require a written request (NPPD Form 41) and the requesting
    agency's case number before any search for another agency.
R3. Reduce the subscription from 10 to 8 licenses at the April 2025
    renewal, a saving of about $1,960 a year.
R4. Have the Detective Division commander review a sample of 25
    searches each quarter.

6. Management response (Chief of Police, February 24, 2025)
R1 - Concur. Effective March 1, 2025, the Detective Division
commander shall deactivate a member's account within 24 hours of
separation or transfer.
R2 - Concur. GO 600.17 will be amended. Until then, no search shall be
run for another agency without a written request bearing that
agency's case number.
R3 - Do not concur. Two detectives join the Division in July 2025.
Clearview's renewal quote for 10 licenses is $10,290 for the year.
R4 - Concur in part. A quarterly review of 10 searches will be
proposed with the FY2026 budget.

Col. Vincent Marandola, Chief of Police      Date: 02/24/2025""",
     "OPS-2025-02                                                Page 2 of 2"),
], "pdf", NPPD,
    [NPPD, "Johnston Police Department", "Smithfield Police Department"],
    [CV],
    [],
    [C(9800, 9800, "year", "The current term (April 1, 2024 - March 31, 2025) cost $9,800", NPPD, CV),
     C(10290, 10290, "year", "Clearview's renewal quote for 10 licenses is $10,290 for the year", NPPD, CV)],
    [N(10, "exact", "licenses", None, "$9,800 for 10\nuser licenses", NPPD, CV),
     N(1037, "exact", "searches", "year", "Searches in the audit log, 2024                              1,037",
       NPPD, CV),
     N(8, "exact", "users", "year", "Accounts that ran at least one search                            8",
       NPPD, CV),
     N(963, "exact", "searches", "year", "Searches with a valid case number                              963",
       NPPD, CV),
     N(74, "exact", "searches", "year", "Searches with no case number or an invalid one          74", NPPD, CV),
     N(12, "exact", "requests", "year", "Searches run for other agencies                                 12",
       NPPD, CV),
     N(2, "exact", "users", None, "Accounts of separated members still active                       2", NPPD,
       CV)],
    [P("Only members assigned to the Detective Division who have completed Clearview training may hold an "
       "account.", NPPD, "requirement"),
     P("Every search must be tied to an open case number entered in the Clearview \"case number\" field.", NPPD,
       "requirement"),
     P("Facial recognition may not be used to identify persons engaged in lawful First Amendment activity.", NPPD,
       "prohibition"),
     P("A possible match is an investigative lead only and may not be the sole basis for an arrest.", NPPD,
       "disclaimer"),
     P("Members who misuse the system are subject to discipline, up to and including termination, consistent "
       "with R.I. Gen. Laws 42-28.6.", NPPD, "consequence"),
     P("Effective March 1, 2025, the Detective Division commander shall deactivate a member's account within 24 "
       "hours of separation or transfer.", NPPD, "requirement"),
     P("Until then, no search shall be run for another agency without a written request bearing that agency's "
       "case number.", NPPD, "prohibition")],
    [],
    ["2025-02-14", "2024-01-01", "2024-12-31", "2024", "2022-03", "2022-04", "2024-04-01", "2025-03-31",
     "2024-08", "2025-04", "2025-02-24", "2025-03-01", "2025-07"],
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
