"""Writes docs/*.txt and labels.json for holdout33 (six invented releases: AL, DE, IL, MA, NE, RI).
Labels are written from intent, next to the text they describe, before anything is rendered.
People, phone numbers, figures and document numbers are invented; agencies and the big vendors are real,
the resellers (Southern Biometric Supply, Heartland Forensic Systems, Narragansett Public Safety Technology)
are invented."""
import json
import re
import textwrap
from pathlib import Path

HERE = Path("/work/holdout33")
DOCS = []
USAGE = {"images", "searches", "users", "licenses", "requests"}


WIDTH = 74      # characters per line that write_pdf's proportional font keeps on one line, with margin
ROWS = 42       # lines per page (header included) that stay above the Bates stamp


def reflow(pages, verbatim=()):
    """Re-wraps long prose paragraphs of born-digital pages to WIDTH (as a word processor would have),
    SOP items with a hanging indent; short-line blocks and tables stay as written. Pages whose index is in
    `verbatim` are left alone (a CSV export wraps where the printer wraps it)."""
    out = []
    for i, (h, b, f) in enumerate(pages):
        if i in verbatim:
            out.append((h, b, f))
            continue
        paras = []
        for para in b.strip("\n").split("\n\n"):
            lines = para.split("\n")
            if max(len(x) for x in lines) <= WIDTH:
                paras.append(para)
                continue
            if re.match(r"\d+\.\d+\s{2,}", lines[0]):
                groups = []
                for x in lines:
                    if re.match(r"\d+\.\d+\s{2,}", x):
                        groups.append([x])
                    else:
                        groups[-1].append(x)
                items = []
                for g in groups:
                    m = re.match(r"(\d+\.\d+\s{2,})", g[0])
                    if max(len(x) for x in g) <= WIDTH:
                        items.append("\n".join(g))
                        continue
                    body = " ".join(x.strip() for x in g)[len(m.group(1).strip()):].strip()
                    items.append(textwrap.fill(body, WIDTH, initial_indent=m.group(1),
                                               subsequent_indent=" " * len(m.group(1))))
                paras.append("\n".join(items))
            elif not any(x.startswith(" ") or "  " in x for x in lines):
                paras.append(textwrap.fill(" ".join(lines), WIDTH))
            else:
                raise SystemExit(f"table line too long: {max(lines, key=len)!r}")
        body = "\n\n".join(paras) + "\n"
        rows = body.count("\n") + (2 if h else 0)
        if rows > ROWS:
            raise SystemExit(f"page too long ({rows} rows): {body[:60]!r}")
        out.append((h, body, f))
    return out


def page_text(pages):
    texts = []
    for h, b, f in pages:
        parts = ([h, ""] if h else []) + [b.strip("\n")] + (["", f] if f else [])
        texts.append("\n".join(parts) + "\n")
    return "\f".join(texts)


def q(text, s):
    """The exact span of `text` that reads `s` (whitespace in `s` matches any run of whitespace, so a
    quote can follow a line wrap or a table's column gaps). Must occur exactly once or be the first hit."""
    pattern = r"\s+".join(re.escape(tok) for tok in s.split())
    m = re.search(pattern, text)
    if not m:
        raise SystemExit(f"quote not found: {s!r}")
    return m.group(0)


def C(amin, amax, period, quote, agency, vendor, product=None, unit=None):
    d = {"amount_min": amin, "amount_max": amax, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor}
    if product:
        d["product"] = product
    if unit:
        d["unit"] = unit
    return d


def N(count, qualifier, measure, per, quote, agency, vendor=None):
    return {"count": count, "qualifier": qualifier, "measure": measure, "per": per, "quote": quote,
            "agency": agency, "vendor": vendor}


def P(quote, agency, vendor=None):
    return {"quote": quote, "agency": agency, "vendor": vendor}


def E(frm, to, date, subject):
    return {"from": frm, "to": to, "date": date, "subject": subject}


def doc(file, pages, render, request_agency, agencies, vendors, products, costs, counts, policies, emails, dates,
        scan=None):
    # pages: list of (header, body, footer); the text file holds header, body and footer of each page
    text = page_text(pages)
    image_counts = [{"count": c["count"], "quote": c["quote"]} for c in counts if c["measure"] in USAGE]
    DOCS.append(dict(file=file, pages=pages, render=render, scan=scan, text=text, label={
        "file": "docs/" + file, "request_agency": request_agency, "agencies": agencies, "vendors": vendors,
        "products": products, "costs": costs, "image_counts": image_counts, "counts": counts,
        "policies": policies, "emails": emails, "dates": dates,
        "pdf": "pdf/" + file[:-4] + ".pdf", "scan": ("pdf/" + file[:-4] + ".scan.pdf") if scan else None}))


# ======================================================================= 1 Alabama: Tuscaloosa PD
# Layout: interoffice memo comparing three bids (table), recommendation with a cost breakdown table,
# funding paragraph, use restrictions. Only the chosen bid (DataWorks Plus) carries costs.
TPD = "Tuscaloosa Police Department"
DWP = "DataWorks Plus"
AL_P1 = """\
TUSCALOOSA POLICE DEPARTMENT
Criminal Investigations Division                    Tel. (205) 555-0143

INTEROFFICE MEMORANDUM

TO:         Chief of Police
THROUGH:    Deputy Chief, Operations Bureau
FROM:       Lt. Darnell W. Pruitt, Commander, CID
CC:         Renee Calloway, Buyer II, Procurement Services
DATE:       August 19, 2024
SUBJECT:    Evaluation of quotes - facial recognition investigative
            software (RFQ 24-117)

1. PURPOSE

This memorandum summarizes the three responsive quotes received under RFQ 24-117 for a facial recognition search tool for the Criminal Investigations Division (CID) and recommends an award. Quotes were opened by Procurement Services on August 9, 2024. The evaluation committee (three CID supervisors and one crime analyst) scored each response on price (40%), technical fit (35%) and references and support (25%).

2. QUOTES RECEIVED

  Vendor / reseller        Product          Year 1      Later yrs   Score
  -----------------------  ---------------  ----------  ----------  -----
  Clearview AI, Inc.       Clearview AI     $29,500.00  $29,500.00  71.50
                           (10 seats)
  DataWorks Plus, LLC      FACE Plus        $46,850.00  $8,900.00   88.00
  Southern Biometric       ROC Investigate  $38,200.00  $14,400.00  79.25
  Supply, Inc. (Rank One
  Computing reseller)

A fourth firm, Cobalt Ridge Analytics, returned a no-bid letter. The committee also asked whether the statewide service run by the Alabama Law Enforcement Agency (ALEA) could meet the need. ALEA does not currently offer investigative face searches to municipal agencies, so no price comparison was possible.
"""
AL_ROW_LIC = "  FACE Plus software license, perpetual".ljust(55) + "$31,400.00"
AL_ROW_IMPL = "  Implementation, booking archive conversion,".ljust(55) + "$6,550.00"
AL_P2 = f"""\
3. EVALUATION

Clearview AI scored highest on technical fit because its index is not limited to booking photos, but it scored lowest on references, and the City Attorney's Office raised concerns about how its images were collected. Rank One's price was competitive, but the reseller could not commit to on-site installation before the end of the fiscal year. DataWorks Plus already supplies the Department's mugshot system, so no new interface is needed.

4. RECOMMENDATION

I recommend award to DataWorks Plus, LLC for FACE Plus, integrated with the Department's existing DataWorks Plus mugshot system. The DataWorks Plus quote (Q-DWP-77310) breaks down as follows:

  Item                                                 Amount
  ---------------------------------------------------  -----------
{AL_ROW_LIC}
{AL_ROW_IMPL}
    and on-site training
  Software maintenance and support, first 12 months    $8,900.00
  ---------------------------------------------------  -----------
  Year 1 total                                         $46,850.00

  Optional items quoted, not recommended:
  FACE Plus Mobile (smartphone app), per year          $4,200.00
  Digital Evidence Manager module                      $12,400.00

After the first year the Department would pay only the maintenance fee, which DataWorks Plus has fixed at $8,900 per year through September 30, 2027. The quote covers six concurrent user licenses. At go-live the gallery will hold approximately 214,000 booking photographs transferred from the Tuscaloosa County Jail booking system; new bookings are added nightly.
"""
AL_P3 = """\
Funding: the Year 1 cost of $46,850 can be paid from the Federal Equitable Sharing account, line 215-2110-5320, which holds $50,000 for CID technology in FY2025. This award would leave $3,150 in that line. Sales tax does not apply (City exemption certificate 63-0471158).

5. USE RESTRICTIONS

General Order 4.31 (Investigative Technology), revised March 2024, already governs any face search CID runs. Under GO 4.31, a candidate returned by a face search is an investigative lead only and shall not by itself establish probable cause to arrest. Searches may be run only by CID personnel who have completed vendor training, and only in connection with an assigned case number. I also recommend that the Chief direct a quarterly audit of the FACE Plus search log by the Office of Professional Standards; no such audit is required by GO 4.31 today.

Attachments: Quote Q-DWP-77310; scoring sheets (4); Cobalt Ridge no-bid letter.


APPROVED ___   DISAPPROVED ___

______________________________      Date: ______________
Chief of Police
"""
AL_HEAD = "City of Tuscaloosa - PR-2025-0388 - Responsive Records"
AL_PAGES = reflow([(AL_HEAD, AL_P1, "TPD-0388-0001"), (AL_HEAD, AL_P2, "TPD-0388-0002"),
                   (AL_HEAD, AL_P3, "TPD-0388-0003")])
t = page_text(AL_PAGES)
doc("01_al-tuscaloosa-pd-fr-bid-evaluation-memo.txt", AL_PAGES, "pdf", TPD,
    agencies=[TPD, "City of Tuscaloosa", "Alabama Law Enforcement Agency", "Tuscaloosa County Jail"],
    vendors=["Clearview AI", DWP, "Southern Biometric Supply", "Rank One Computing", "Cobalt Ridge Analytics"],
    products=["Clearview AI", "FACE Plus", "ROC Investigate", "FACE Plus Mobile", "Digital Evidence Manager"],
    costs=[
        C(31400, 31400, "one-time", q(t, AL_ROW_LIC.strip()), TPD, DWP, "FACE Plus"),
        C(6550, 6550, "one-time", q(t, AL_ROW_IMPL.strip()), TPD, DWP, "FACE Plus"),
        C(8900, 8900, "year", q(t, "fixed at $8,900 per year"), TPD, DWP, "FACE Plus"),
        C(46850, 46850, None, q(t, "the Year 1 cost of $46,850"), TPD, DWP, "FACE Plus"),
    ],
    counts=[
        N(6, "exact", "licenses", None, q(t, "six concurrent user licenses"), TPD, DWP),
        N(214000, "approximately", "images", None, q(t, "approximately 214,000 booking photographs"), TPD, DWP),
    ],
    policies=[
        P(q(t, "Under GO 4.31, a candidate returned by a face search is an investigative lead only and shall "
               "not by itself establish probable cause to arrest."), TPD),
        P(q(t, "Searches may be run only by CID personnel who have completed vendor training, and only in "
               "connection with an assigned case number."), TPD),
    ],
    emails=[],
    dates=["2024-08-19", "2024-08-09", "2024-03", "2027-09-30"],
    scan="pdf")

# ======================================================================= 2 Delaware: New Castle County PD
# Layout: Outlook print of a reply thread (newest first) with the vendor's renewal letter pasted in.
NCC = "New Castle County Police Department"
NEWARK = "Newark Police Department"
CV = "Clearview AI"
DE_SUBJ = "Clearview renewal - numbers for FY26 budget justification"
DE_P1 = f"""\
From:              Baptiste, Kendra (NCCPD)
Sent:              Wednesday, January 15, 2025 8:05 AM
To:                Trask, Owen (NCCPD)
Cc:                Ruiz-Hammond, Paul (NCCPD)
Subject:           RE: {DE_SUBJ}

Thanks Owen. I'll carry the renewal in the FY26 request under 01-2140-53370 (Software
Subscriptions). Paul - the FY26 request also has the $84,600 Axon body-worn camera payment
and the $11,200 Flock renewal in the same division, so don't add those into the CIU total.

Kendra

Lt. Kendra Baptiste
Planning & Fiscal Management Section
New Castle County Division of Police
(302) 555-0176

From:              Trask, Owen (NCCPD)
Sent:              Tuesday, January 14, 2025 4:51 PM
To:                Baptiste, Kendra (NCCPD)
Cc:                Ruiz-Hammond, Paul (NCCPD)
Subject:           RE: {DE_SUBJ}
Attachments:       CIU_Clearview_audit_2024.xlsx; Clearview_NCCPD_renewal_2025.pdf

LT,

Here is what you asked for. Sorry for the delay, the audit export took a while.

1. What we paid this term: $12,000 for the year, PO 4500381127, paid 3/4/2024.
2. Renewal: Clearview's quote is $17,250 for another 12 months. Same 20 user accounts.
   That's a 43.75% jump. I asked them to hold the price and they said no. Letter is below.
   We are NOT taking the 3-year prepay option - the Chief said no multi-year commitments.
3. Use: CIU and Detective Division ran 1,146 searches in calendar 2024 (802 in 2023).
4. Results: we don't track "matches" as such. CIU forwarded 61 investigative leads from
   Clearview searches in 2024, and 14 of those cases have closed with an arrest so far.
5. For comparison, Newark PD is on a smaller tier - Lt. Sato told me they paid $9,800
   for a one-year, 8-seat license.

Every search still has to have a complaint number entered in the case field (Directive
24-07), so the audit export lines up with cases. Accounts are limited to sworn CIU and
Detective Division personnel under the same directive.

Owen

Sgt. Owen Trask
Criminal Intelligence Unit | New Castle County Division of Police
"""
DE_P2 = f"""\
-----Original Message-----
From: Jordan Vesely <jordan.vesely@clearview.ai>
Sent: Friday, December 20, 2024 3:18 PM
To: Trask, Owen (NCCPD) <Owen.Trask@nccde.example.gov>
Subject: Clearview AI | 2025 Renewal | New Castle County Division of Police

Hi Owen,

Thank you for another year of partnership. Your current subscription term ends on
February 28, 2025. Renewal pricing for the March 1, 2025 - February 28, 2026 term:

  Clearview AI Investigative Platform, 20 users, 12-month term          $17,250.00
  Clearview Mobile app access                                           Included
  OPTIONAL: 36-month term, prepaid in full (save 10%)                   $46,575.00

Our platform now searches more than 50 billion publicly available facial images, and
agencies on your tier averaged 4.2 searches per user per month last year.

To renew, return the signed order form by January 31, 2025. Pricing is valid for 30 days.

Best,
Jordan Vesely
Senior Account Executive, Public Sector - Mid-Atlantic
Clearview AI, Inc. | (212) 555-0148

CONFIDENTIALITY NOTICE: This message and any attachments may contain confidential and
proprietary pricing information intended only for the named recipient. If you received it
in error, delete it and notify the sender.

From:              Baptiste, Kendra (NCCPD)
Sent:              Monday, January 13, 2025 9:30 AM
To:                Trask, Owen (NCCPD)
Subject:           {DE_SUBJ}

Owen - Budget needs the Clearview numbers by Friday: what we paid this year, the renewal
price, how many accounts, and any usage or outcome figures you can share. Also, the County
Council's Public Safety Committee asked whether we would bar searches of protest or
demonstration imagery. That is not our policy today; the Chief wants to talk it over at staff.
"""
DE_HEAD = "Baptiste, Kendra (NCCPD)"
DE_PAGES = [(DE_HEAD, DE_P1, "NCCPD FOIA 25-0117                                        Page 1 of 2   000031"),
            (DE_HEAD, DE_P2, "NCCPD FOIA 25-0117                                        Page 2 of 2   000032")]
t = page_text(DE_PAGES)
doc("02_de-new-castle-county-pd-clearview-renewal-thread.txt", DE_PAGES, "print", NCC,
    agencies=[NCC, NEWARK, "New Castle County Council"],
    vendors=[CV, "Axon", "Flock Safety"],
    products=["Clearview AI", "Clearview Mobile"],
    costs=[
        C(12000, 12000, "year", q(t, "$12,000 for the year"), NCC, CV, "Clearview AI"),
        C(17250, 17250, "year", q(t, "Clearview's quote is $17,250 for another 12 months"), NCC, CV, "Clearview AI"),
        C(9800, 9800, "year", q(t, "they paid $9,800 for a one-year, 8-seat license"), NEWARK, CV, "Clearview AI"),
    ],
    counts=[
        N(20, "exact", "users", None, q(t, "Same 20 user accounts"), NCC, CV),
        N(1146, "exact", "searches", "year", q(t, "ran 1,146 searches in calendar 2024"), NCC, CV),
        N(802, "exact", "searches", "year", q(t, "searches in calendar 2024 (802 in 2023)"), NCC, CV),
        N(61, "exact", "leads", "year", q(t, "CIU forwarded 61 investigative leads"), NCC, CV),
        N(14, "exact", "arrests", None, q(t, "14 of those cases have closed with an arrest"), NCC, CV),
        N(8, "exact", "licenses", None, q(t, "a one-year, 8-seat license"), NEWARK, CV),
        N(50000000000, "more than", "images", None,
          q(t, "more than 50 billion publicly available facial images"), None, CV),
    ],
    policies=[
        P(q(t, "Every search still has to have a complaint number entered in the case field (Directive 24-07)"),
          NCC, CV),
        P(q(t, "Accounts are limited to sworn CIU and Detective Division personnel under the same directive."),
          NCC, CV),
    ],
    emails=[
        E("Baptiste, Kendra (NCCPD)", "Trask, Owen (NCCPD)", "Wednesday, January 15, 2025 8:05 AM", "RE: " + DE_SUBJ),
        E("Trask, Owen (NCCPD)", "Baptiste, Kendra (NCCPD)", "Tuesday, January 14, 2025 4:51 PM", "RE: " + DE_SUBJ),
        E("Jordan Vesely", "Trask, Owen (NCCPD)", "Friday, December 20, 2024 3:18 PM",
          "Clearview AI | 2025 Renewal | New Castle County Division of Police"),
        E("Baptiste, Kendra (NCCPD)", "Trask, Owen (NCCPD)", "Monday, January 13, 2025 9:30 AM", DE_SUBJ),
    ],
    dates=["2025-01-15", "2025-01-14", "2025-01-13", "2024-12-20", "2024-03-04", "2025-02-28", "2025-03-01",
           "2026-02-28", "2025-01-31", "2024", "2023"],
    scan="photocopy")

# ======================================================================= 3 Illinois: Rockford PD
# Layout: FOIA officer's reply letter summarising figures in numbered paragraphs; the FaceSearch
# share of a bundled LPR invoice is the cost, the bundle total and the LPR remainder are not.
RPD = "Rockford Police Department"
MSI = "Motorola Solutions"
IL_P1 = """\
CITY OF ROCKFORD
Legal Department - Freedom of Information Office
Tel. (779) 555-0182

March 17, 2025

Via email only: tocampo@prairieledger.example.org

Tamsin Ocampo
Prairie State Ledger

Re:   FOIA Request No. R25-0412 - Rockford Police Department,
      facial recognition

Dear Ms. Ocampo:

The City of Rockford received your request under the Illinois Freedom of Information Act,
5 ILCS 140/1 et seq., on March 3, 2025. On March 10, 2025, the City extended its time to
respond by five business days under Section 3(e). You asked for records showing what the
Rockford Police Department ("RPD") has spent on facial recognition, how often it is used,
with what results, and the rules that govern it. Rather than produce 212 pages of invoices
and audit logs alone, the Department has prepared the summary below; the underlying records
are enclosed as RPD-FR-0001 through RPD-FR-0212.

1. System. RPD's only facial recognition tool is the FaceSearch module of the LEARN platform,
originally sold by Vigilant Solutions and now by Motorola Solutions. FaceSearch is billed
together with RPD's license plate recognition ("LPR") service on a single annual invoice.

2. Expenditures. For calendar year 2024 the City paid Motorola Solutions $31,860.00 on
invoice 7702184339. Of that amount, $7,500.00 was the FaceSearch subscription for the year;
the remaining $24,360.00 paid for LPR hosting and data sharing for 14 fixed LPR cameras.
The FaceSearch share in 2023 was $6,250.00. On January 21, 2025, the City Council approved
the 2025 renewal with a not-to-exceed amount of $8,000.00 for FaceSearch for the year.
"""
IL_P2 = """\
3. Gallery. RPD's own FaceSearch gallery holds about 88,400 booking photographs uploaded from
the Winnebago County Sheriff's Office jail management system. Motorola Solutions also offers
subscribers a shared gallery contributed by other agencies; RPD has no record of its size.

4. Users. Eleven RPD employees currently hold FaceSearch credentials, all of them assigned to
the Investigative Services Division.

5. Searches. The FaceSearch audit report shows 517 searches in 2023 and 639 searches in 2024,
including 174 in the fourth quarter of 2024.

6. Results. RPD does not keep a count of arrests or convictions attributable to facial
recognition, and no record exists from which such a count could be drawn. The Criminal
Investigations lead log lists 42 FaceSearch candidates forwarded to case detectives as
investigative leads in 2024. RPD has no records of any misidentification.

7. Policy. RPD General Order 41.12, "Facial Recognition," effective June 1, 2023, is enclosed
(RPD-FR-0198 through RPD-FR-0204). Section IV.B provides that a FaceSearch candidate "is an
investigative lead only and is not probable cause to arrest." Under Section IV.C, a search
may be run only in connection with an open RPD case number. The order also prohibits the use
of facial recognition on live or real-time video. A draft amendment that would require a
quarterly audit by the Professional Standards Unit is under review and has not been adopted.
"""
IL_P3 = """\
8. Redactions. Case numbers and the names of persons searched have been redacted from the
audit log under Sections 7(1)(c) and 7(1)(d)(iv) of FOIA. Vendor pricing was not withheld.

The first 50 pages are provided without charge; the remaining 162 pages would ordinarily be
copied at $0.15 per page ($24.30), which the City has waived. You have the right to seek
review by the Public Access Counselor of the Office of the Illinois Attorney General,
(877) 555-0164, or judicial review under 5 ILCS 140/11.

Sincerely,

Mariela Ostrowski
FOIA Officer, City of Rockford

Enclosures: RPD-FR-0001 through RPD-FR-0212
cc: RPD Records Division
"""
IL_PAGES = reflow([(None, IL_P1, "Page 1 of 3"), (None, IL_P2, "Page 2 of 3"), (None, IL_P3, "Page 3 of 3")])
t = page_text(IL_PAGES)
doc("03_il-rockford-pd-foia-reply-letter-facesearch.txt", IL_PAGES, "pdf", RPD,
    agencies=[RPD, "City of Rockford", "Rockford City Council", "Winnebago County Sheriff's Office",
              "Office of the Illinois Attorney General"],
    vendors=[MSI, "Vigilant Solutions"],
    products=["FaceSearch", "LEARN"],
    costs=[
        C(7500, 7500, "year", q(t, "$7,500.00 was the FaceSearch subscription for the year"), RPD, MSI, "FaceSearch"),
        C(6250, 6250, "year", q(t, "The FaceSearch share in 2023 was $6,250.00"), RPD, MSI, "FaceSearch"),
        C(None, 8000, "year", q(t, "not-to-exceed amount of $8,000.00 for FaceSearch for the year"), RPD, MSI,
          "FaceSearch"),
    ],
    counts=[
        N(88400, "approximately", "images", None, q(t, "about 88,400 booking photographs"), RPD, MSI),
        N(11, "exact", "users", None, q(t, "Eleven RPD employees currently hold FaceSearch credentials"), RPD, MSI),
        N(517, "exact", "searches", "year", q(t, "517 searches in 2023"), RPD, MSI),
        N(639, "exact", "searches", "year", q(t, "639 searches in 2024"), RPD, MSI),
        N(174, "exact", "searches", "quarter", q(t, "174 in the fourth quarter of 2024"), RPD, MSI),
        N(42, "exact", "leads", "year",
          q(t, "42 FaceSearch candidates forwarded to case detectives as investigative leads in 2024"), RPD, MSI),
    ],
    policies=[
        P(q(t, 'Section IV.B provides that a FaceSearch candidate "is an investigative lead only and is not '
               'probable cause to arrest."'), RPD),
        P(q(t, "Under Section IV.C, a search may be run only in connection with an open RPD case number."), RPD),
        P(q(t, "The order also prohibits the use of facial recognition on live or real-time video."), RPD),
    ],
    emails=[],
    dates=["2025-03-17", "2025-03-03", "2025-03-10", "2025-01-21", "2023-06-01", "2024", "2023", "2025"],
    scan="pdf")

# ======================================================================= 4 Massachusetts: Brockton PD
# Layout: SOP with numbered sections; M.G.L. c. 6 s. 220 routing rule; the department owns no system.
BPD = "Brockton Police Department"
MA_HEAD = "Brockton Police Department | SOP 3.27 Facial Recognition Search Requests"
MA_P1 = """\
BROCKTON POLICE DEPARTMENT
STANDARD OPERATING PROCEDURE

Subject:        Facial Recognition Search Requests
SOP Number:     3.27                       Distribution: All sworn members
Effective:      April 1, 2024              Review date:  April 1, 2025
Supersedes:     Memo 21-09 (Feb. 2, 2021)
Issued by:      Chief of Police
Accreditation:  MPAC 1.2.4, 42.2.1, 42.2.8

1.0  PURPOSE
1.1  This SOP establishes the procedure by which members of the Brockton Police Department
     may obtain a facial recognition search in compliance with M.G.L. c. 6, Sec. 220, inserted
     by section 26 of Chapter 253 of the Acts of 2020.

2.0  POLICY
2.1  The Department does not own, license or operate a facial recognition system, and no
     funds have been appropriated for one.
2.2  No member shall acquire, possess, access or use any facial recognition system or
     software, including a vendor's free trial account or an application on a personal device.
2.3  A facial recognition search may be requested only from the Registry of Motor Vehicles
     (RMV), the Massachusetts State Police (MSP), or the Federal Bureau of Investigation (FBI),
     and only as set out in this SOP.
2.4  A result returned by a facial recognition search is an investigative lead. It shall not
     be the sole basis for an arrest, a search warrant application, or the inclusion of a
     person in a photo array.

3.0  DEFINITIONS
3.1  "Facial recognition search": a computer search using facial recognition to attempt to
     identify an unidentified person by comparing an image of that person's face with images
     in a database.
3.2  "Candidate": a person whose image is returned by a facial recognition search as a
     possible match.
"""
MA_P2 = """\
4.0  PROCEDURE
4.1  A detective seeking a search shall complete Form BPD-227 (Facial Recognition Search
     Request) and submit it to the Criminal Investigation Division (CID) commander or
     designee, who shall approve or deny it before it is sent.
4.2  Each request to the RMV or MSP must be made in writing and must state the case number,
     the offense under investigation, and the specific and articulable facts showing that the
     search is relevant and material to an ongoing criminal investigation or is necessary to
     mitigate a substantial risk of harm to any individual or group.
4.3  In an emergency involving a substantial risk of harm, a request may be made by telephone
     to the RMV Enforcement Services unit at (857) 555-0119, provided that the written request
     is submitted within 48 hours.
4.4  Members may not submit an image obtained from social media, a private security camera or
     any other outside source unless the image has first been logged as evidence in the case.
4.5  The requesting detective shall document in the case file the request, the responding
     agency's answer, and each candidate provided.

5.0  VIDEO ANALYTICS (BRIEFCAM)
5.1  The Real Time Crime Center's BriefCam video analytics license includes a face-matching
     feature. That feature has been disabled on the BriefCam server and shall remain disabled.
5.2  Members are prohibited from uploading face images to any BriefCam watch list.
5.3  The BriefCam renewal ($38,900.00 for FY2025) is budgeted as a video analytics expense and
     is not a facial recognition expenditure.

6.0  TRAINING
6.1  Only detectives who have completed the Department's two-hour facial recognition training
     module may submit Form BPD-227.
"""
MA_P3 = """\
7.0  RECORDS AND REPORTING
7.1  The CID commander shall keep a log of every request and shall report the annual totals
     to the Chief of Police no later than January 31 of the following year.
7.2  For reference, the report for calendar year 2023 (submitted January 29, 2024) listed 37
     written requests to the RMV and 4 written requests to the MSP. No request was made to
     the FBI. The RMV reported a possible match on 16 of the 37 requests; the MSP returned
     no candidates.
7.3  Request logs shall be retained for seven years.

8.0  WORKING GROUP RECOMMENDATIONS (NOT ADOPTED)
8.1  In its December 2023 report, the Chief's Technology Working Group recommended that the
     Department license a commercial system such as Clearview AI, and estimated the cost at
     about $24,000 per year for ten users. It also proposed a rule barring facial recognition
     searches of images of persons engaged in protected First Amendment activity.
8.2  The Chief has not adopted either recommendation. This section is informational only and
     creates no obligation.

9.0  VIOLATIONS
9.1  A member who violates this SOP is subject to discipline up to and including termination,
     and any violation of M.G.L. c. 6, Sec. 220 shall be reported to the District Attorney.

BY ORDER OF:

Chief of Police
"""
MA_PAGES = reflow([(MA_HEAD, MA_P1, "Page 1 of 3"), (MA_HEAD, MA_P2, "Page 2 of 3"), (MA_HEAD, MA_P3, "Page 3 of 3")])
t = page_text(MA_PAGES)
RMV = "Massachusetts Registry of Motor Vehicles"
doc("04_ma-brockton-pd-sop-fr-search-requests.txt", MA_PAGES, "pdf", BPD,
    agencies=[BPD, RMV, "Massachusetts State Police", "Federal Bureau of Investigation"],
    vendors=["BriefCam", "Clearview AI"],
    products=["BriefCam", "Clearview AI"],
    costs=[],
    counts=[
        N(37, "exact", "requests", "year", q(t, "listed 37 written requests to the RMV"), BPD),
        N(4, "exact", "requests", "year", q(t, "4 written requests to the MSP"), BPD),
        N(16, "exact", "matches", "year", q(t, "a possible match on 16 of the 37 requests"), BPD),
    ],
    policies=[
        P(q(t, "This SOP establishes the procedure by which members of the Brockton Police Department may "
               "obtain a facial recognition search in compliance with M.G.L. c. 6, Sec. 220, inserted by section 26 of "
               "Chapter 253 of the Acts of 2020."), BPD),
        P(q(t, "No member shall acquire, possess, access or use any facial recognition system or software, "
               "including a vendor's free trial account or an application on a personal device."), BPD),
        P(q(t, "A facial recognition search may be requested only from the Registry of Motor Vehicles (RMV), "
               "the Massachusetts State Police (MSP), or the Federal Bureau of Investigation (FBI), and only "
               "as set out in this SOP."), BPD),
        P(q(t, "A result returned by a facial recognition search is an investigative lead. It shall not be the "
               "sole basis for an arrest, a search warrant application, or the inclusion of a person in a "
               "photo array."), BPD),
        P(q(t, "A detective seeking a search shall complete Form BPD-227 (Facial Recognition Search Request) "
               "and submit it to the Criminal Investigation Division (CID) commander or designee, who shall "
               "approve or deny it before it is sent."), BPD),
        P(q(t, "Each request to the RMV or MSP must be made in writing and must state the case number, the offense "
               "under investigation, and the specific and articulable facts showing that the search is relevant "
               "and material to an ongoing criminal investigation or is necessary to mitigate a substantial risk "
               "of harm to any individual or group."), BPD),
        P(q(t, "In an emergency involving a substantial risk of harm, a request may be made by telephone to "
               "the RMV Enforcement Services unit at (857) 555-0119, provided that the written request is "
               "submitted within 48 hours."), BPD),
        P(q(t, "Members may not submit an image obtained from social media, a private security camera or any "
               "other outside source unless the image has first been logged as evidence in the case."), BPD),
        P(q(t, "The requesting detective shall document in the case file the request, the responding "
               "agency's answer, and each candidate provided."), BPD),
        P(q(t, "That feature has been disabled on the BriefCam server and shall remain disabled."), BPD),
        P(q(t, "Members are prohibited from uploading face images to any BriefCam watch list."), BPD),
        P(q(t, "Only detectives who have completed the Department's two-hour facial recognition training "
               "module may submit Form BPD-227."), BPD),
        P(q(t, "The CID commander shall keep a log of every request and shall report the annual totals to "
               "the Chief of Police no later than January 31 of the following year."), BPD),
        P(q(t, "Request logs shall be retained for seven years."), BPD),
        P(q(t, "A member who violates this SOP is subject to discipline up to and including termination, and any "
               "violation of M.G.L. c. 6, Sec. 220 shall be reported to the District Attorney."), BPD),
    ],
    emails=[],
    dates=["2024-04-01", "2021-02-02", "2025-04-01", "2024-01-29", "2023-12", "2023"])

# ======================================================================= 5 Nebraska: Sarpy County SO
# Layout: county board agenda item summary, resolution, budget amendment table, reseller quote table,
# excerpt of the JAG grant application narrative.
SCSO = "Sarpy County Sheriff's Office"
HFS = "Heartland Forensic Systems"
FV = "FaceVACS-DBScan LE"
NE_P1 = """\
SARPY COUNTY BOARD OF COMMISSIONERS
AGENDA ITEM SUMMARY

Meeting date:  October 8, 2024          Agenda item: 7.C (Consent)
Department:    Sheriff's Office         Presenter:   Capt. Lyle Brandvold
Subject:       Acceptance of 2024 JAG subaward 24-JG-0417;
               Budget Amendment BA-25-06

BACKGROUND

The Sheriff's Office applied in May 2024 to the Nebraska Commission on Law Enforcement and Criminal Justice (Nebraska Crime Commission) for Edward Byrne Memorial Justice Assistance Grant (JAG) funds to purchase facial recognition software for the Criminal Investigations Division. The Crime Commission awarded the County $36,480 on September 16, 2024. The award requires a 10% cash match, which the Sheriff's Office will cover by moving funds from its overtime line.

The software, Cognitec FaceVACS-DBScan LE, will be bought from Heartland Forensic Systems, LLC of Lincoln, an authorized Cognitec reseller, under quote HFS-2291 (Attachment A). Detectives now send probe images to the Nebraska State Patrol for comparison, which took an average of nine days per request in 2023.

FISCAL IMPACT

Total project cost is $40,533: federal share $36,480 (90%), county share $4,053 (10%). Maintenance after the first year will be requested in the Sheriff's Office operating budget beginning FY 2025-26.

RECOMMENDATION

Adopt Resolution 2024-311 accepting the subaward and approving Budget Amendment BA-25-06.

NOTE FROM WORK SESSION

At the September 24 work session Commissioner Halvorsen asked that the Sheriff report to the Board each year on how often the system is used. No motion was made, and the request is not a condition of the award.
"""
NE_P2 = """\
RESOLUTION NO. 2024-311

WHEREAS, the Sarpy County Sheriff's Office has been awarded a 2024 Edward Byrne Memorial Justice Assistance Grant subaward, No. 24-JG-0417, in the amount of $36,480 by the Nebraska Crime Commission for the purchase of facial recognition software; and

WHEREAS, the subaward requires a local cash match of $4,053;

NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Sarpy County, Nebraska, that the subaward is accepted and the Chair is authorized to sign the award documents; and

BE IT FURTHER RESOLVED that Budget Amendment BA-25-06, attached, is approved.

Moved by: Comm. Tejeda     Seconded by: Comm. Halvorsen     Vote: 5-0
Adopted October 8, 2024.

BUDGET AMENDMENT BA-25-06                                   FY 2024-25

  Account       Description                     Increase     Decrease
  ------------  ------------------------------  -----------  -----------
  100-240-4331  Federal grant revenue - JAG     $36,480.00
  100-240-6420  Software - facial recognition   $40,533.00
  100-240-6110  Overtime - Sheriff's Office                  $4,053.00
  100-255-6815  Jail body scanner maintenance   $18,200.00
  100-255-6110  Overtime - Corrections                       $18,200.00
  100-240-6750  Patrol vehicle outfitting,      $64,870.00
                incl. in-car video
  100-240-4790  Insurance recovery revenue      $64,870.00
"""


def _ne_row(qty, desc, unit, ext):
    return f"  {qty:<5}" + desc.ljust(36) + unit.ljust(13) + ext


NE_ROW_SRV = _ne_row("1", "FaceVACS-DBScan LE server license", "$27,900.00", "$27,900.00")
NE_ROW_CLI = _ne_row("5", "FaceVACS-DBScan LE client license", "$1,260.00", "$6,300.00")
NE_ROW_INS = _ne_row("1", "Installation, gallery migration,", "$3,150.00", "$3,150.00")
NE_ROW_MNT = _ne_row("1", "Software maintenance, year 1", "$3,183.00", "$3,183.00")
NE_P3 = f"""\
ATTACHMENT A - QUOTE HFS-2291 (summary)

Heartland Forensic Systems, LLC          Lincoln, NE    (402) 555-0137
Customer: Sarpy County Sheriff's Office  Quote date: 08/27/2024
Valid: 90 days

  Qty  Description                         Unit price   Extended
  ---  ----------------------------------  -----------  -----------
{NE_ROW_SRV}
       (perpetual)
{NE_ROW_CLI}
       (concurrent, perpetual)
{NE_ROW_INS}
       2-day on-site training
{NE_ROW_MNT}
                                           TOTAL        $40,533.00

  Maintenance in years 2 through 5 is fixed at $3,300 per year.
  Nebraska sales tax: exempt (political subdivision).
"""
NE_P4 = """\
ATTACHMENT B - EXCERPT, JAG APPLICATION PROJECT NARRATIVE
(submitted May 15, 2024)

Statement of need. The Sarpy County jail management system holds roughly 163,000 booking photographs taken since 2003. Detectives compare images of unknown suspects against them by hand or send requests to the Nebraska State Patrol.

Project design. The County will purchase a facial recognition system that searches the County's own booking photographs. Five concurrent client licenses will be shared by CID detectives and the crime analyst. We expect approximately 450 searches per year once the system is in service.

Safeguards. Sarpy County Sheriff's Office Policy 611, Facial Recognition, adopted August 1, 2024, limits searches to the County's booking photographs and prohibits searches of images collected from social media. Under Policy 611 a second trained examiner must review every candidate before it is released to an investigator as a lead. Policy 611 also bars connecting the system to any live camera feed.
"""
NE_PAGES = reflow([(None, NE_P1, "BOC 10/08/24 7.C p.1"), (None, NE_P2, "BOC 10/08/24 7.C p.2"),
                   (None, NE_P3, "BOC 10/08/24 7.C p.3"), (None, NE_P4, "BOC 10/08/24 7.C p.4")])
t = page_text(NE_PAGES)
doc("05_ne-sarpy-county-so-board-item-jag-fr-grant.txt", NE_PAGES, "pdf", SCSO,
    agencies=[SCSO, "Sarpy County Board of Commissioners", "Nebraska Crime Commission", "Nebraska State Patrol"],
    vendors=["Cognitec", HFS],
    products=[FV],
    costs=[
        C(36480, 36480, "one-time", q(t, "The Crime Commission awarded the County $36,480"), SCSO, HFS, FV),
        C(40533, 40533, None, q(t, "Total project cost is $40,533"), SCSO, HFS, FV),
        C(4053, 4053, None, q(t, "county share $4,053 (10%)"), SCSO, HFS, FV),
        C(27900, 27900, "one-time", q(t, NE_ROW_SRV.strip()), SCSO, HFS, FV),
        C(6300, 6300, "one-time", q(t, NE_ROW_CLI.strip()), SCSO, HFS, FV),
        C(1260, 1260, "one-time", q(t, NE_ROW_CLI.strip()), SCSO, HFS, FV, unit="per license"),
        C(3150, 3150, "one-time", q(t, NE_ROW_INS.strip()), SCSO, HFS, FV),
        C(3183, 3183, "year", q(t, NE_ROW_MNT.strip()), SCSO, HFS, FV),
        C(3300, 3300, "year", q(t, "Maintenance in years 2 through 5 is fixed at $3,300 per year."), SCSO, HFS, FV),
    ],
    counts=[
        N(163000, "approximately", "images", None, q(t, "roughly 163,000 booking photographs"), SCSO, "Cognitec"),
        N(5, "exact", "licenses", None, q(t, "Five concurrent client licenses"), SCSO, "Cognitec"),
        N(450, "approximately", "searches", "year", q(t, "approximately 450 searches per year"), SCSO, "Cognitec"),
    ],
    policies=[
        P(q(t, "Sarpy County Sheriff's Office Policy 611, Facial Recognition, adopted August 1, 2024, limits "
               "searches to the County's booking photographs and prohibits searches of images collected from "
               "social media."), SCSO),
        P(q(t, "Under Policy 611 a second trained examiner must review every candidate before it is released "
               "to an investigator as a lead."), SCSO),
        P(q(t, "Policy 611 also bars connecting the system to any live camera feed."), SCSO),
    ],
    emails=[],
    dates=["2024-10-08", "2024-05", "2024-09-16", "2023", "2024-08-27", "2024-05-15", "2024-08-01", "2003"],
    scan="pdf")

# ======================================================================= 6 Rhode Island: Pawtucket PD
# Layout: solicitor's APRA cover letter, reseller invoice (real table with other products, a credit,
# shipping, tax exemption), Finance Department vendor payment history (CSV export).
PPD = "Pawtucket Police Department"
NPST = "Narragansett Public Safety Technology"
VT = "Veritone"
IDN = "Veritone IDentify"
RI_P1 = """\
CITY OF PAWTUCKET
Office of the City Solicitor

November 12, 2024

Mr. Desmond Achterberg
Ocean State Accountability Project
(by email)

RE:  Access to Public Records Act request #24-311
     (Police - facial recognition)

Dear Mr. Achterberg:

This office responds on behalf of the Pawtucket Police Department to your request of
October 21, 2024, made under the Access to Public Records Act, R.I. Gen. Laws Sec. 38-2-1
et seq. Enclosed are (1) invoice INV-240877 from Narragansett Public Safety Technology,
Inc., and (2) the Finance Department's vendor payment history for that vendor and for the
other vendors paid from the Police technology accounts, exported on November 6, 2024.

In answer to your questions, the Police Department advises as follows. Veritone IDentify is
the only facial recognition software the Department uses. It is used by eight detectives in
the Detective Division. The system logged 1,904 searches between July 1, 2023 and June 30,
2024. The Department does not track how many of those searches led to an arrest.

The Department has not adopted a written policy specific to facial recognition. A draft
general order is under review by the Chief and is exempt from disclosure as a preliminary
draft (R.I. Gen. Laws Sec. 38-2-2(4)(K)).
"""
RI_P1B = """\
Records about other agencies that use the same system, such as the Providence Police
Department, should be requested from those agencies.

Search and retrieval took 2.5 hours. The first hour is free; the remaining 1.5 hours at
$15.00 per hour comes to $22.50, which the City has waived.

Very truly yours,

Graciela Montford
Deputy City Solicitor
(401) 555-0193
"""
RI_ROW1 = "1   VT-IDN-U  Veritone IDentify named user     8   $1,475.00   $11,800.00"
RI_ROW2 = "2   VT-IDN-G  IDentify gallery tier B,         1   $2,400.00   $2,400.00"
RI_ROW5 = "5   NPST-ONB  IDentify onboarding/training,    1   $950.00     $950.00"
RI_P2 = f"""\
NARRAGANSETT PUBLIC SAFETY TECHNOLOGY, INC.
Authorized reseller - Veritone | Axis Communications
Cranston, RI 02920    Tel. (401) 555-0122    Fed. Tax ID 05-0583127

INVOICE                               Invoice no.:   INV-240877
                                      Invoice date:  07/02/2024
                                      Customer PO:   24-01973
                                      Account no.:   PAW-00412
                                      Terms:         Net 30

Bill to:  City of Pawtucket - Police Department, Attn: Accounts Payable
Ship to:  Pawtucket Police Department, Detective Division

Ln  Item      Description                     Qty  Unit price  Amount
--  --------  ------------------------------  ---  ----------  ----------
{RI_ROW1}
              term 07/01/24-06/30/25
{RI_ROW2}
              annual, up to 250,000 images
3   VT-RDC-U  Veritone Redact user license,    2   $1,800.00   $3,600.00
              12 months
4   AX-Q1656  Axis Q1656-LE box camera         3   $1,389.00   $4,167.00
{RI_ROW5}
              remote, one-time
6   CR-1183   Credit - unused IDentify term    1   ($1,120.00) ($1,120.00)
              (INV-230655)
                                                   Subtotal    $21,797.00
                                                   Shipping    $85.00
                                                   RI tax 7%   EXEMPT
                                                   TOTAL DUE   $21,882.00

Remit to: NPST, Inc., Dept. 4471, Cranston, RI 02920.
Questions: billing@npst.example.com
"""
RI_CSV1 = '114907,08/11/2023,V20418,NARRAGANSETT PUBLIC SAFETY TECH,INV-230655,23-01544,101-2110-53210,"VERITONE IDENTIFY SUBSCRIPTION FY24, 8 USERS",12960.00'
RI_CSV2 = "115380,09/14/2023,V20418,NARRAGANSETT PUBLIC SAFETY TECH,INV-230702,23-01544,101-2110-53210,IDENTIFY ONBOARDING ADDL USERS (ONE-TIME),640.00"
RI_P3 = f"""\
City of Pawtucket - Finance Department
Vendor Payment History (export)   Run: 11/06/2024 14:22   User: FIN\\mkealey   Fund: 101 General
Accounts: 101-2110-53210 Police-Software; 101-2110-53190 Police-Equip. Maint.; 101-2110-57340 Police-Capital

CHECK_NO,CHECK_DATE,VENDOR_NO,VENDOR_NAME,INVOICE_NO,PO_NO,ACCOUNT,DESCRIPTION,AMOUNT
{RI_CSV1}
{RI_CSV2}
118204,07/26/2024,V20418,NARRAGANSETT PUBLIC SAFETY TECH,INV-240877,24-01973,101-2110-53210,IDENTIFY/REDACT/CAMERAS FY25,21882.00
119522,09/05/2024,V11077,MOTOROLA SOLUTIONS INC,8281044712,25-00288,101-2110-53190,RADIO MAINT Q1 FY25,6418.50
120331,10/03/2024,V30912,AXON ENTERPRISE INC,SI-2219034,25-00401,101-2110-57340,BODY WORN CAMERAS YR 3 OF 5,48300.00
121007,10/17/2024,V31150,FLOCK GROUP INC,INV-FLK-88210,25-00452,101-2110-53210,ALPR SUBSCRIPTION 6 CAMERAS,15000.00
,,,,,,,TOTAL,105200.50

6 records
"""
RI_PAGES = reflow([(None, RI_P1, "APRA 24-311 - Page 1"), (None, RI_P1B, "APRA 24-311 - Page 2"),
                   (None, RI_P2, "APRA 24-311 - Page 3"), (None, RI_P3, "APRA 24-311 - Page 4")], verbatim=(3,))
t = page_text(RI_PAGES)
doc("06_ri-pawtucket-pd-veritone-invoice-payment-export.txt", RI_PAGES, "pdf", PPD,
    agencies=[PPD, "City of Pawtucket", "Providence Police Department"],
    vendors=[NPST, VT, "Axis Communications", "Motorola Solutions", "Axon", "Flock Safety"],
    products=[IDN, "Veritone Redact"],
    costs=[
        C(11800, 11800, "year", q(t, RI_ROW1 + " term 07/01/24-06/30/25"), PPD, NPST, IDN),
        C(1475, 1475, "year", q(t, RI_ROW1 + " term 07/01/24-06/30/25"), PPD, NPST, IDN, unit="per user"),
        C(2400, 2400, "year", q(t, RI_ROW2 + " annual"), PPD, NPST, IDN),
        C(950, 950, "one-time", q(t, RI_ROW5 + " remote, one-time"), PPD, NPST, IDN),
        C(12960, 12960, "year", q(t, 'VERITONE IDENTIFY SUBSCRIPTION FY24, 8 USERS",12960.00'), PPD, NPST, IDN),
        C(640, 640, "one-time", q(t, "IDENTIFY ONBOARDING ADDL USERS (ONE-TIME),640.00"), PPD, NPST, IDN),
    ],
    counts=[
        N(8, "exact", "users", None, q(t, "It is used by eight detectives"), PPD, VT),
        N(1904, "exact", "searches", "year", q(t, "The system logged 1,904 searches between July 1, 2023 and June 30, 2024."),
          PPD, VT),
        N(250000, "up to", "images", None, q(t, "up to 250,000 images"), PPD, VT),
    ],
    policies=[],
    emails=[],
    dates=["2024-11-12", "2024-10-21", "2024-11-06", "2023-07-01", "2024-06-30", "2024-07-02", "2024-07-01",
           "2025-06-30", "2023-08-11", "2023-09-14", "2024-07-26", "2024-09-05", "2024-10-03", "2024-10-17"],
    scan="pdf")


def main():
    (HERE / "docs").mkdir(parents=True, exist_ok=True)
    for d in DOCS:
        (HERE / "docs" / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
