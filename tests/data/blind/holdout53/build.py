"""Writes docs/*.txt and labels.json for holdout53 (six invented releases: KY, NE, NM, SC, ID, VT).
Labels are written from intent, in the same call that writes the texts, before anything is rendered
or read by an extractor. The label format follows holdout42 (corpus format plus request_agency, pdf,
scan, per-fact agency/vendor/product, unit on costs, counts with qualifier/measure/per), and every
policy also carries `kind` (requirement, prohibition, permission, purpose, consequence, disclaimer)."""
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
            assert text.count(f["quote"]) >= 1
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


CV = "Clearview AI"

# ---------------------------------------------------------------- 1 Kentucky: Frankfort PD (Apple Mail)
FPD = "Frankfort Police Department"
SUBJ1 = "Face search for CID - decisions before Thursday"
doc("01_frankfort-pd-clearview-apple-mail-inline.txt", [
    (None, """\
From:    Dana Whitlock <dwhitlock@frankfort.ky.gov>
Subject: Re: Face search for CID - decisions before Thursday
Date:    March 12, 2024 at 2:41:07 PM EDT
To:      Marcus Tully <mtully@frankfort.ky.gov>
Cc:      Gail Brennan <gbrennan@frankfort.ky.gov>

Marcus,

My answers are inline. Gail is copied for the budget pieces.

Dana

On Mar 11, 2024, at 4:52 PM, Marcus Tully <mtully@frankfort.ky.gov> wrote:

> Captain,
>
> The Clearview quote came back, and LexisNexis keeps calling about
> the face search add-on for our Accurint Virtual Crime Center
> account. I need a few decisions before the Chief's staff meeting
> Thursday.
>
> 1) Which vendor?

Clearview. LexisNexis wants $8,400 a year for the add-on, and it
only searches booking photos from agencies that contribute to its
network. We are not taking the LexisNexis offer.

> 2) Clearview quoted five investigator seats at $1,900 per seat per
> year, $9,500 for the year. Is five enough?

Five is enough to start: you, me, Sgt. Ames and the two Persons
Crimes detectives. We can look at seats again at renewal.

> 3) Where does the money come from?

Gail confirmed the $9,500 fits in this fiscal year's CID software
line (101-2110-53310). The quote shows no sales tax, and Kentucky's
6% would not apply to the City anyway.""", "FRANKFORT PD ORR 2024-0217                      0001"),
    (None, """\
> 4) Do we need written rules before anyone logs in?

Yes. Until the Chief signs a general order, these are the rules.
No one gets a login until they sign the user agreement and complete
Clearview's online training. Searches are limited to open criminal
investigations that have a case number. Every search must be logged
with the case number and the offense. A possible match is an
investigative lead only and is never probable cause for an arrest
by itself.

> 5) Anything in state law? The last open records request cited
> KRS 61.878.

That statute is the list of Open Records exemptions. Kentucky has no
law that prohibits police use of facial recognition, so the limits
are the ones we write.

> 6) Woodford County SO keeps asking us to run photos for them.

We will not run searches for outside agencies on our seats.
Shelbyville PD pays about $5,700 a year for three seats on its own
Clearview account, and Woodford County can do the same.

> 7) I would also like the Captain to audit the search log every
> quarter. Can that be a rule?

Put it in the draft order as a proposal. It is not a rule until the
Chief signs.

> For what it's worth, the 30-day trial Clearview set up for us in
> January ran 71 searches, so the demand is there.
>
> Marcus

Agreed. Put the 71 in the memo.""", "FRANKFORT PD ORR 2024-0217                      0002"),
    (None, """\
From:    Gail Brennan <gbrennan@frankfort.ky.gov>
Subject: Re: Face search for CID - decisions before Thursday
Date:    March 13, 2024 at 9:08:55 AM EDT
To:      Dana Whitlock <dwhitlock@frankfort.ky.gov>
Cc:      Marcus Tully <mtully@frankfort.ky.gov>

Dana,

On Mar 12, 2024, at 2:41 PM, Dana Whitlock <dwhitlock@frankfort.ky.gov>
wrote:

> Gail confirmed the $9,500 fits in this fiscal year's CID software
> line (101-2110-53310).

Confirmed. I will open PO 24-00392 for $9,500 once the Chief signs
off. Clearview's quote also lists a $450 onboarding fee that their
rep agreed to waive, so please leave it off the requisition.

> We will not run searches for outside agencies on our seats.

Good. If Woodford County wants access it will need its own contract.

Gail

Gail Brennan
Director of Finance, City of Frankfort
315 West Main Street, Frankfort, KY 40601 | (502) 555-0146""", "FRANKFORT PD ORR 2024-0217                      0003"),
], "print", FPD,
    [FPD, "City of Frankfort", "Woodford County Sheriff's Office", "Shelbyville Police Department"],
    [CV, "LexisNexis"],
    ["Accurint Virtual Crime Center"],
    [C(1900, 1900, "year", "$1,900 per seat per year", FPD, CV, unit="per user"),
     C(9500, 9500, "year", "$9,500 for the year", FPD, CV),
     C(5700, 5700, "year", "about $5,700 a year for three seats", "Shelbyville Police Department", CV)],
    [N(5, "exact", "licenses", None, "Clearview quoted five investigator seats", FPD, CV),
     N(3, "exact", "licenses", None, "about $5,700 a year for three seats", "Shelbyville Police Department", CV),
     N(71, "exact", "searches", None, "the 30-day trial Clearview set up for us in January ran 71 searches",
       FPD, CV)],
    [P("No one gets a login until they sign the user agreement and complete Clearview's online training.",
       FPD, "requirement"),
     P("Searches are limited to open criminal investigations that have a case number.", FPD, "purpose"),
     P("Every search must be logged with the case number and the offense.", FPD, "requirement"),
     P("A possible match is an investigative lead only and is never probable cause for an arrest by itself.",
       FPD, "disclaimer"),
     P("We will not run searches for outside agencies on our seats.", FPD, "prohibition")],
    [E("Dana Whitlock", "Marcus Tully", "March 12, 2024 at 2:41:07 PM EDT", "Re: " + SUBJ1),
     E("Marcus Tully", "Dana Whitlock", "Mar 11, 2024, at 4:52 PM", SUBJ1),
     E("Gail Brennan", "Dana Whitlock", "March 13, 2024 at 9:08:55 AM EDT", "Re: " + SUBJ1),
     E("Dana Whitlock", "Marcus Tully", "Mar 12, 2024, at 2:41 PM", "Re: " + SUBJ1)],
    ["2024-03-12", "2024-03-11", "2024-03-13"],
    scan="print")


# ---------------------------------------------------------------- 2 Nebraska: Papillion PD (PO + cover email)
PAP = "Papillion Police Department"
PIT = "Prairie Integrated Technologies"
DBS = "FaceVACS-DBScan LE"
R001 = "001    6 EA   Cognitec FaceVACS-DBScan LE        1,240.00"
doc("02_papillion-pd-cognitec-purchase-order.txt", [
    (None, """\
From:        Kessler, Owen <okessler@papillion.org>
Sent:        Monday, July 1, 2024 3:48 PM
To:          Hollis, Renata <rhollis@papillion.org>
Subject:     Requisition PD-24-0163 - DBScan renewal and booking PCs
Attachments: Q-24-1187 Prairie Integrated.pdf

Renata,

Please turn the attached Prairie Integrated quote (Q-24-1187) into a
PO. It renews our Cognitec FaceVACS-DBScan LE system for another year
and adds two workstations for the booking desk. Only lines 001-004
are facial recognition and go to 101-4210-53150; the workstations and
freight go to equipment replacement, 101-4210-54100.

For the file: our DBScan gallery now holds 48,315 booking photos.
Under General Order 41.12, a licence is issued only to an
investigator who has completed the Cognitec examiner course, and no
member may use DBScan to identify people at a protest or other
lawful gathering.

The City is exempt from Nebraska sales tax, so please have Prairie
take the 7% off before they invoice. Council approved the renewal on
June 18, 2024 (Resolution R2024-57).

Thanks,
Owen

Sgt. Owen Kessler | Investigations Unit | Papillion Police Department
(402) 555-0119""", "PAPILLION 24-031 0001"),
    (None, """\
CITY OF PAPILLION, NEBRASKA                          PURCHASE ORDER
Finance Department - Purchasing
122 East Third Street, Papillion, NE 68046      Phone (402) 555-0132

PO NUMBER:  2024-0718                 ORDER DATE:  07/02/2024
VENDOR NO.: 20581                     REQUISITION: PD-24-0163
QUOTE:      Q-24-1187 (06/24/2024)    TERMS:       Net 30
FOB:        Destination               BUYER:       R. Hollis

VENDOR                                SHIP TO
Prairie Integrated Technologies, Inc. Papillion Police Department
7010 South 118th Street, Suite 200    Attn: Sgt. Owen Kessler
Omaha, NE 68137                       1000 East First Street
                                      Papillion, NE 68046

LINE QTY UOM  DESCRIPTION                       UNIT PRICE     EXTENDED
---- --- ---  ----------------------------- ------------  -----------
001    6 EA   Cognitec FaceVACS-DBScan LE        1,240.00     7,440.00
              investigator client licence,
              annual, 07/15/2024-07/14/2025
002    1 EA   FaceVACS-DBScan LE server and      5,150.00     5,150.00
              database licence, annual
              (gallery capacity 100,000)
003    1 LOT  Software maintenance and phone     1,980.00     1,980.00
              support, 12 months
004    1 EA   Remote upgrade to DBScan LE          950.00       950.00
              6.x, one-time
005    2 EA   Dell OptiPlex 7020 workstation,    1,318.00     2,636.00
              booking desk
006    1 EA   Freight - workstations                62.50        62.50
                                                           -----------
                                  SUBTOTAL                   18,218.50
                                  SALES TAX 7.0% - EXEMPT         0.00
                                  PO TOTAL                   18,218.50

Exempt from sales tax under Neb. Rev. Stat. 77-2704.15; Form 13 on
file. Cognitec Systems Corp. is the manufacturer of lines 001-004;
Prairie Integrated Technologies is its authorized reseller.

Authorized by: ____________________  Finance Director  07/02/2024""",
     "PAPILLION 24-031 0002"),
], "pdf", PAP,
    [PAP, "City of Papillion", "Papillion City Council"],
    [PIT, "Cognitec Systems", "Dell"],
    [DBS, "Dell OptiPlex 7020"],
    [C(7440, 7440, "year", R001 + "     7,440.00", PAP, PIT, DBS),
     C(1240, 1240, "year", R001, PAP, PIT, DBS, unit="per user"),
     C(5150, 5150, "year", "002    1 EA   FaceVACS-DBScan LE server and      5,150.00     5,150.00", PAP, PIT, DBS),
     C(1980, 1980, "year", "003    1 LOT  Software maintenance and phone     1,980.00     1,980.00", PAP, PIT, DBS),
     C(950, 950, "one-time", "004    1 EA   Remote upgrade to DBScan LE          950.00       950.00",
       PAP, PIT, DBS)],
    [N(48315, "exact", "images", None, "our DBScan gallery now holds 48,315 booking photos", PAP, "Cognitec Systems"),
     N(6, "exact", "licenses", None, "001    6 EA   Cognitec FaceVACS-DBScan LE", PAP, PIT)],
    [P("a licence is issued only to an investigator who has completed the Cognitec examiner course",
       PAP, "requirement"),
     P("no member may use DBScan to identify people at a protest or other lawful gathering", PAP, "prohibition")],
    [E("Kessler, Owen", "Hollis, Renata", "Monday, July 1, 2024 3:48 PM",
       "Requisition PD-24-0163 - DBScan renewal and booking PCs")],
    ["2024-07-01", "2024-06-18", "2024-07-02", "2024-06-24", "2024-07-15", "2025-07-14"],
    scan="pdf")


# ---------------------------------------------------------------- 3 New Mexico: Valencia County SO (annual report)
VCSO = "Valencia County Sheriff's Office"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
doc("03_valencia-county-so-2023-annual-report-facesearch.txt", [
    (None, """\
VALENCIA COUNTY SHERIFF'S OFFICE
Los Lunas, New Mexico

2023 ANNUAL REPORT
Investigations Division: Technology Use and Audit

Published February 26, 2024
Prepared by Lt. Teresa Montano, Investigations Division Commander
Released under the Inspection of Public Records Act, NMSA 1978,
Sections 14-2-1 to 14-2-12

1. DIVISION OVERVIEW
The Investigations Division opened 1,212 cases in 2023 and cleared
431 of them. Two detective positions were added in July with money
from the County's general fund.

2. FACIAL RECOGNITION
Since May 2021 the Office has used Vigilant FaceSearch, the facial
recognition tool in the Vigilant LEARN platform. The Office pays
Motorola Solutions, which now owns Vigilant, $6,600 per year for the
FaceSearch subscription. For the 2024-2025 subscription year Motorola
has quoted $6,930, a 5% increase. The license plate reader service
on the same LEARN account is billed separately ($18,250 per year) and
is not a facial recognition cost.

FaceSearch compares a probe photo with booking photos that the Office
uploads from the Valencia County Adult Detention Center. At the end
of 2023 the Office's gallery held 21,460 booking photos. FaceSearch
can also search galleries shared by other LEARN agencies; the Office
does not control those galleries and does not report their size.

The Office has 10 FaceSearch user accounts, all assigned to members
of the Investigations Division.""", "VCSO AR 2023 p. 1 of 3"),
    (None, """\
Table 2. FaceSearch activity by quarter, 2023

                  Searches   Possible   Leads to    Arrests
Quarter             run      matches    detectives
----------------  --------   --------   ----------  -------
1st (Jan-Mar)          42         19            8        2
2nd (Apr-Jun)          55         24           11        3
3rd (Jul-Sep)          49         22            9        1
4th (Oct-Dec)          61         28           13        4
----------------  --------   --------   ----------  -------
Total                 207         93           41       10

Searches rose 19% from 2022, when members ran 174 searches. Of the
2023 searches, 16 were run at the request of the Los Lunas Police
Department and the Belen Police Department, which have no facial
recognition tool of their own. Those agencies are not charged. For
comparison, the Socorro County Sheriff's Office, which joined
FaceSearch in 2022, reported 38 searches for all of 2023.

3. AUDIT OF 2023 USE
In January 2024 the Professional Standards Unit compared every 2023
FaceSearch search with the records management system. The audit
found 4 searches with no case number attached, all run by one
detective. That detective's account was suspended for 30 days. Under
Policy 7-19, a second violation results in permanent loss of
FaceSearch access and referral to Internal Affairs for discipline.
No 2023 search used video from a body-worn camera.

4. OTHER INVESTIGATIVE TECHNOLOGY (for context only)
License plate readers (Vigilant LEARN): 14 fixed and 6 mobile
cameras, about 2.3 million plate reads in 2023.
Body-worn cameras (Axon Body 3): 64 cameras, $71,900 per year under
the County's five-year Axon agreement.""", "VCSO AR 2023 p. 2 of 3"),
    (None, """\
5. POLICY
Facial recognition use is governed by Sheriff's Office Policy 7-19,
adopted in April 2021. Its main provisions are:

  a. A search may be run only to identify a suspect, victim or
     witness in an open criminal case, or an unidentified deceased
     person.
  b. Each search must be entered in the FaceSearch log with the case
     number and the reason for the search.
  c. A FaceSearch result is an investigative lead only. It is not
     probable cause and may not be the sole basis for an arrest.
  d. Members may not run searches on live or recorded video from
     body-worn cameras.
  e. Only members who have completed Vigilant's FaceSearch user
     training may hold an account.

The Sheriff has proposed an amendment to Policy 7-19 that would
require a lieutenant's approval before any search for a victim or
witness. The amendment has not been adopted. New Mexico has no
statute that regulates law enforcement use of facial recognition.

Questions about this report: Lt. Teresa Montano, (505) 555-0162.""",
     "VCSO AR 2023 p. 3 of 3"),
], "pdf", VCSO,
    [VCSO, "Valencia County", "Los Lunas Police Department", "Belen Police Department",
     "Socorro County Sheriff's Office"],
    [MSI, "Vigilant Solutions", "Axon"],
    [VFS, "Vigilant LEARN", "Axon Body 3"],
    [C(6600, 6600, "year", "$6,600 per year for the FaceSearch subscription", VCSO, MSI, VFS),
     C(6930, 6930, "year", "For the 2024-2025 subscription year Motorola has quoted $6,930", VCSO, MSI, VFS)],
    [N(21460, "exact", "images", None, "the Office's gallery held 21,460 booking photos", VCSO, MSI),
     N(10, "exact", "users", None, "The Office has 10 FaceSearch user accounts", VCSO, MSI),
     N(42, "exact", "searches", "quarter", "1st (Jan-Mar)          42", VCSO, MSI),
     N(55, "exact", "searches", "quarter", "2nd (Apr-Jun)          55", VCSO, MSI),
     N(49, "exact", "searches", "quarter", "3rd (Jul-Sep)          49", VCSO, MSI),
     N(61, "exact", "searches", "quarter", "4th (Oct-Dec)          61", VCSO, MSI),
     N(207, "exact", "searches", "year", "Total                 207", VCSO, MSI),
     N(93, "exact", "matches", "year", "Total                 207         93", VCSO, MSI),
     N(41, "exact", "leads", "year", "Total                 207         93           41", VCSO, MSI),
     N(10, "exact", "arrests", "year", "Total                 207         93           41       10", VCSO, MSI),
     N(174, "exact", "searches", "year", "when members ran 174 searches", VCSO, MSI),
     N(16, "exact", "requests", None, "16 were run at the request of the Los Lunas Police Department", VCSO, MSI),
     N(38, "exact", "searches", "year", "reported 38 searches for all of 2023", "Socorro County Sheriff's Office", MSI),
     N(4, "exact", "searches", None, "found 4 searches with no case number attached", VCSO, MSI)],
    [P("A search may be run only to identify a suspect, victim or witness in an open criminal case, or an "
       "unidentified deceased person.", VCSO, "purpose"),
     P("Each search must be entered in the FaceSearch log with the case number and the reason for the search.",
       VCSO, "requirement"),
     P("A FaceSearch result is an investigative lead only. It is not probable cause and may not be the sole "
       "basis for an arrest.", VCSO, "disclaimer"),
     P("Members may not run searches on live or recorded video from body-worn cameras.", VCSO, "prohibition"),
     P("Only members who have completed Vigilant's FaceSearch user training may hold an account.",
       VCSO, "requirement"),
     P("Under Policy 7-19, a second violation results in permanent loss of FaceSearch access and referral to "
       "Internal Affairs for discipline.", VCSO, "consequence")],
    [],
    ["2024-02-26", "2023", "2021-05", "2024", "2025", "2022", "2024-01", "2021-04"],
    scan="pdf")


# ---------------------------------------------------------------- 4 South Carolina: Rock Hill PD (staff report)
RHPD = "Rock Hill Police Department"
NEC = "NEC"
NFR = "NeoFace Reveal"
doc("04_rock-hill-council-staff-report-neoface.txt", [
    (None, """\
CITY OF ROCK HILL, SOUTH CAROLINA
City Council Agenda Item - Staff Report

Meeting date:    September 23, 2024 (regular meeting)
Agenda item:     9(c) - Consent agenda
Department:      Police
Presenter:       Deputy Chief Andre Whitmire
Reviewed by:     Finance, City Attorney, City Manager

SUBJECT
Agreement with NEC Corporation of America for NeoFace Reveal facial
recognition software

RECOMMENDATION
Authorize the City Manager to execute a three-year agreement with NEC
Corporation of America for NeoFace Reveal, hosted, in an amount not
to exceed $61,500.

BACKGROUND
When a suspect in a photo or video still cannot be identified by
other means, detectives now ask outside agencies to run a facial
recognition search, and answers can take several weeks. From
January through June 2024 the Department sent 58 such requests to
the York County Sheriff's Office and the State Law Enforcement
Division.

NeoFace Reveal would let the Department search its own booking photo
archive, about 96,000 images taken since 2006, without sending
photos outside the City. The agreement covers 12 named-user licenses
for detectives and crime analysts in the Criminal Investigations
Division.""", "Item 9(c) - Page 1"),
    (None, """\
QUOTES RECEIVED
Staff asked two vendors for quotes under Procurement Code Sec. 2-341
(technology purchases under $100,000).

  Vendor                               Three-year total   Status
  -----------------------------------  ----------------   ------------
  NEC Corporation of America                   $61,500    Recommended
  DataWorks Plus, LLC (Greenville, SC)         $54,900    Not selected

DataWorks Plus offered the lower price for its FACE Plus software,
but its quote did not include hosting. The City would have had to
buy and maintain a server, which Information Technology estimated
at $14,000, so staff does not recommend that quote.

NEC quote NECAM-RH-0912 (valid 90 days):
  One-time implementation, archive migration and training   $12,900
  Annual hosted subscription, 12 named users                $16,200
  Three-year total (one-time fee plus three years)          $61,500

FISCAL IMPACT
Year one of the agreement will cost $29,100 (the one-time fee plus
the first annual subscription) and will be paid from the Police
Department's current operating budget, account 1000-4410-52340.
Funds are available and no budget amendment is needed. Years two
and three, $16,200 each, are subject to annual appropriation. The
quote excludes sales tax; the hosted subscription is not taxable,
and the 7% local rate would apply only to hardware, which this
purchase does not include.

For comparison, the Summerville Police Department, which has used
NeoFace Reveal since 2022, reports paying about $19,800 a year for
15 user licenses.""", "Item 9(c) - Page 2"),
    (None, """\
POLICY AND OVERSIGHT
Use of the software will be governed by General Order 600.14, Facial
Recognition, approved by the Chief of Police on August 30, 2024.
Under the order, only trained examiners may run searches, and every
search requires an open case number. A possible match is an
investigative lead and is not probable cause to arrest. The software
will not be connected to live camera feeds, and the Department will
not use it to identify people exercising First Amendment rights. A
member who misuses the software is subject to discipline up to and
including termination.

South Carolina has no statute that specifically regulates police use
of facial recognition. At the August 12, 2024 work session, Council
Member Leah Dorsey asked staff to consider an annual public report on
the number of searches. That proposal is not part of this item and
would come back to Council separately.

ATTACHMENTS
1. NEC Corporation of America quote NECAM-RH-0912
2. DataWorks Plus quote DWP-24-3318
3. General Order 600.14, Facial Recognition""",
     "Item 9(c) - Page 3"),
], "pdf", RHPD,
    [RHPD, "City of Rock Hill", "Rock Hill City Council", "York County Sheriff's Office",
     "South Carolina Law Enforcement Division", "Summerville Police Department"],
    [NEC, "DataWorks Plus"],
    [NFR, "FACE Plus"],
    [C(None, 61500, None, "in an amount not to exceed $61,500", RHPD, NEC, NFR),
     C(12900, 12900, "one-time", "One-time implementation, archive migration and training   $12,900",
       RHPD, NEC, NFR),
     C(16200, 16200, "year", "Annual hosted subscription, 12 named users                $16,200", RHPD, NEC, NFR),
     C(29100, 29100, None, "Year one of the agreement will cost $29,100", RHPD, NEC, NFR),
     C(19800, 19800, "year", "reports paying about $19,800 a year", "Summerville Police Department", NEC, NFR)],
    [N(58, "exact", "requests", None, "the Department sent 58 such requests", RHPD, None),
     N(96000, "approximately", "images", None, "archive, about 96,000 images", RHPD, NEC),
     N(12, "exact", "licenses", None, "The agreement covers 12 named-user licenses", RHPD, NEC),
     N(15, "exact", "licenses", None, "15 user licenses", "Summerville Police Department", NEC)],
    [P("only trained examiners may run searches", RHPD, "requirement"),
     P("every search requires an open case number", RHPD, "requirement"),
     P("A possible match is an investigative lead and is not probable cause to arrest.", RHPD, "disclaimer"),
     P("The software will not be connected to live camera feeds", RHPD, "prohibition"),
     P("the Department will not use it to identify people exercising First Amendment rights", RHPD, "prohibition"),
     P("A member who misuses the software is subject to discipline up to and including termination.",
       RHPD, "consequence")],
    [],
    ["2024-09-23", "2024-01", "2024-06", "2006", "2022", "2024-08-30", "2024-08-12"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Idaho: Meridian PD (contract exhibit)
MPD = "Meridian Police Department"
IDM = "IDEMIA"
MFI = "MorphoFace Investigate"
R1 = "R1    MFI hosted subscription, named             8   2,100.00"
doc("05_meridian-pd-idemia-exhibit-b-fee-schedule.txt", [
    (None, """\
EXHIBIT B
FEE SCHEDULE AND CONDITIONS OF USE

Software Subscription Agreement No. C-2024-117 between the City of
Meridian, Idaho, acting through the Meridian Police Department (the
"City"), and IDEMIA Identity & Security USA LLC ("IDEMIA")

Service:  MorphoFace Investigate (MFI), hosted
Term:     October 1, 2024 through September 30, 2027

B-1  RECURRING FEES (invoiced annually in advance)

Item  Description                              Qty   Unit Fee     Annual
----  ---------------------------------------  ---  ---------  ---------
R1    MFI hosted subscription, named             8   2,100.00  16,800.00
      investigator users
R2    Gallery hosting, up to 150,000 booking                    4,250.00
      images
R3    Software maintenance and Tier 2 support                   3,100.00
                                                               ---------
      Total recurring fees per year                            24,150.00

B-2  ONE-TIME FEES (invoiced on the Acceptance Date)

Item  Description                                                  Fee
----  ----------------------------------------------------   ---------
O1    Implementation, configuration and single sign-on        7,500.00
O2    Conversion of the legacy mugshot archive                2,850.00
      (approximately 118,000 images)
O3    Examiner training, on site, 2 days, up to 10 students   3,200.00
O4    Travel and lodging for O3, at cost, not to exceed       1,200.00
                                                             ---------
      Total one-time fees                                    14,750.00""",
     "MPD PRR 24-1183 B-1"),
    (None, """\
B-3  CONTRACT VALUE AND ADJUSTMENTS
(a) The three-year contract value, before any adjustment under (b),
    is $87,200: the one-time fees plus three years of recurring fees.
(b) Recurring fees for the second and third years may increase by no
    more than 4% a year, on 60 days' written notice to the City.
(c) The City may add named users during the Term at the R1 unit fee,
    prorated to the end of the contract year.
(d) The City is exempt from Idaho sales and use tax (Idaho Code Title
    63, Chapter 36), and no tax will be invoiced.

B-4  OPTIONAL ITEMS (QUOTED, NOT ORDERED)
     Livescan fingerprint station, installed              18,400.00
     On-site refresher training, per day                   1,600.00
These items are not part of the contract value and will be ordered
only by a separate written change order.

B-5  CONDITIONS OF USE
5.1  The City shall use the Service only to investigate criminal
     offenses, to identify missing or deceased persons, and to locate
     persons with outstanding warrants.
5.2  Only Authorized Users who have completed IDEMIA's examiner
     training and the Department's facial recognition policy training
     may log in to the Service.
5.3  A candidate returned by the Service is an investigative lead
     only and shall not be the sole basis for an arrest, a search
     warrant or any other enforcement action.
5.4  The City shall not use the Service for continuous surveillance
     of any person or to monitor lawful public assemblies.
5.5  Probe images and search logs are records of the City under the
     Idaho Public Records Act, Idaho Code 74-101 et seq.""",
     "MPD PRR 24-1183 B-2"),
    (None, """\
5.6  The City shall keep a log of every search, showing the user, the
     date, the case number and the purpose, for at least three years.
5.7  An Authorized User who violates these conditions shall lose
     access to the Service and may be referred for discipline under
     the Department's policy manual.
5.8  Nothing in this Exhibit prevents the City from adopting rules
     stricter than these conditions.

ACCEPTED:

CITY OF MERIDIAN                      IDEMIA IDENTITY & SECURITY USA LLC

By: ______________________________    By: ______________________________
    Mayor                                 Director, Contracts
Date: September 10, 2024              Date: September 4, 2024

Attest: __________________________
        City Clerk""",
     "MPD PRR 24-1183 B-3"),
], "pdf", MPD,
    [MPD, "City of Meridian"],
    [IDM],
    [MFI],
    [C(16800, 16800, "year", R1 + "  16,800.00", MPD, IDM, MFI),
     C(2100, 2100, "year", R1, MPD, IDM, MFI, unit="per user"),
     C(4250, 4250, "year", "R2    Gallery hosting, up to 150,000 booking                    4,250.00", MPD, IDM, MFI),
     C(3100, 3100, "year", "R3    Software maintenance and Tier 2 support                   3,100.00", MPD, IDM, MFI),
     C(24150, 24150, "year", "Total recurring fees per year                            24,150.00", MPD, IDM, MFI),
     C(7500, 7500, "one-time", "O1    Implementation, configuration and single sign-on        7,500.00",
       MPD, IDM, MFI),
     C(2850, 2850, "one-time", "O2    Conversion of the legacy mugshot archive                2,850.00",
       MPD, IDM, MFI),
     C(3200, 3200, "one-time", "O3    Examiner training, on site, 2 days, up to 10 students   3,200.00",
       MPD, IDM, MFI),
     C(None, 1200, "one-time", "O4    Travel and lodging for O3, at cost, not to exceed       1,200.00",
       MPD, IDM, MFI),
     C(14750, 14750, "one-time", "Total one-time fees                                    14,750.00", MPD, IDM, MFI),
     C(87200, 87200, None, "The three-year contract value, before any adjustment under (b), is $87,200",
       MPD, IDM, MFI)],
    [N(8, "exact", "licenses", None, "R1    MFI hosted subscription, named             8", MPD, IDM),
     N(118000, "approximately", "images", None, "approximately 118,000 images", MPD, IDM)],
    [P("The City shall use the Service only to investigate criminal offenses, to identify missing or deceased "
       "persons, and to locate persons with outstanding warrants.", MPD, "purpose"),
     P("Only Authorized Users who have completed IDEMIA's examiner training and the Department's facial "
       "recognition policy training may log in to the Service.", MPD, "requirement"),
     P("A candidate returned by the Service is an investigative lead only and shall not be the sole basis for "
       "an arrest, a search warrant or any other enforcement action.", MPD, "disclaimer"),
     P("The City shall not use the Service for continuous surveillance of any person or to monitor lawful "
       "public assemblies.", MPD, "prohibition"),
     P("The City shall keep a log of every search, showing the user, the date, the case number and the "
       "purpose, for at least three years.", MPD, "requirement"),
     P("An Authorized User who violates these conditions shall lose access to the Service and may be referred "
       "for discipline under the Department's policy manual.", MPD, "consequence")],
    [],
    ["2024-10-01", "2027-09-30", "2024-09-10", "2024-09-04"],
    scan="pdf")


# ---------------------------------------------------------------- 6 Vermont: Colchester PD (Teams chat)
CPD = "Colchester Police Department"
EPD = "Essex Police Department"
doc("06_colchester-pd-clearview-renewal-teams-chat.txt", [
    (None, """\
Microsoft Teams - chat export
Chat: CPD Investigations - Clearview renewal
Members: Jordan Lacasse, Erin Boudreau, Kyle Thibault, Lisa Marchand
Exported 5/7/2024 8:30 AM by Lisa Marchand

Jordan Lacasse  4/29/2024 9:02 AM
Clearview renewal notice is in. They want $4,200 for next year for
our 2 seats. Last year we paid $3,600. Lisa, can the budget take it?

Lisa Marchand  4/29/2024 9:20 AM
Yes, it fits in the detective software line (10-2110-5410). Still
only two seats?

Jordan Lacasse  4/29/2024 9:24 AM
Two. Only Erin and Kyle have logins.

Erin Boudreau  4/29/2024 10:41 AM
Usage from the admin page for last year: 37 searches between the two
of us, every one tied to an ICAC case number. 9 of them gave a
possible match worth sending to the case agent.

Kyle Thibault  4/29/2024 10:47 AM
For comparison, Essex PD has one seat and pays $1,800 a year for it.
They ran about 20 searches last year.

Lisa Marchand  4/30/2024 8:15 AM
The Chief wants written rules on file before I cut the PO. Do we
have a directive?

Jordan Lacasse  4/30/2024 8:33 AM
Not yet, the draft directive is still on the Chief's desk. Until he
signs it, these are the interim rules from his 4/30 email:
1. Only Erin and Kyle may log in to Clearview.
2. Searches are only for child sexual exploitation cases with an
   ICAC case number, which is what 20 V.S.A. 4622 allows.
3. Every search gets logged in the CID spreadsheet with the case
   number and the reason.
4. No searches for other agencies. Refer those requests to the
   Vermont ICAC Task Force.
5. A Clearview hit is a lead only. It is never enough by itself for
   an arrest or a warrant.""", None),
    (None, """\
Erin Boudreau  4/30/2024 9:02 AM
Could we add a rule that a second detective reviews every possible
match before it goes to the case agent? I'd propose it for the
directive.

Jordan Lacasse  4/30/2024 9:06 AM
Good idea. I'll send it to the Chief as a suggestion; it isn't a
rule yet.

Lisa Marchand  5/6/2024 2:58 PM
PO 24-0117 is cut for $4,200, one year (5/15/2024 - 5/14/2025). The
Clearview quote also offered Clearview Mobile at $500 per seat; I
left that off since nobody asked for it. Their invoice template
shows Vermont's 6% sales tax, but we're exempt and I sent the
certificate.

Jordan Lacasse  5/6/2024 3:01 PM
Right, no mobile app this year. Thanks Lisa.

Kyle Thibault  5/6/2024 3:04 PM
FYI their site now says the search index passed 50 billion photos.
Doesn't change anything for us.""", None),
], "pdf", CPD,
    [CPD, EPD, "Vermont Internet Crimes Against Children Task Force"],
    [CV],
    ["Clearview Mobile"],
    [C(4200, 4200, "year", "They want $4,200 for next year", CPD, CV),
     C(3600, 3600, "year", "Last year we paid $3,600", CPD, CV),
     C(1800, 1800, "year", "pays $1,800 a year for it", EPD, CV)],
    [N(2, "exact", "licenses", None, "our 2 seats", CPD, CV),
     N(37, "exact", "searches", "year", "37 searches between the two of us", CPD, CV),
     N(9, "exact", "matches", "year", "9 of them gave a possible match", CPD, CV),
     N(1, "exact", "licenses", None, "Essex PD has one seat", EPD, CV),
     N(20, "approximately", "searches", "year", "They ran about 20 searches last year", EPD, CV),
     N(50000000000, "more than", "images", None, "the search index passed 50 billion photos", None, CV)],
    [P("Only Erin and Kyle may log in to Clearview.", CPD, "permission"),
     P("Searches are only for child sexual exploitation cases with an ICAC case number, which is what "
       "20 V.S.A. 4622 allows.", CPD, "purpose"),
     P("Every search gets logged in the CID spreadsheet with the case number and the reason.", CPD, "requirement"),
     P("No searches for other agencies. Refer those requests to the Vermont ICAC Task Force.", CPD, "prohibition"),
     P("A Clearview hit is a lead only. It is never enough by itself for an arrest or a warrant.",
       CPD, "disclaimer")],
    [],
    ["2024-05-07", "2024-04-29", "2024-04-30", "2024-05-06", "2024-05-15", "2025-05-14"],
    scan=None)


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
