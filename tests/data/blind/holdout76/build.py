"""Writes docs/*.txt and labels.json for holdout76 (six invented releases: SC, NV, LA, ME, ID, AL).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The helpers C, N, P, E, _resolve and doc follow holdout42's build.py; P also carries the policy `kind`
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


# ---------------------------------------------------------------- 1 South Carolina: Anderson County SO
ACSO = "Anderson County Sheriff's Office"
SHI = "SHI International"
VID = "Veritone IDentify"
doc("01_anderson-county-so-veritone-purchase-order.txt", [
    (None, """\
ANDERSON COUNTY, SOUTH CAROLINA
Purchasing Division - 401 East River Street, Anderson, SC 29624
Tel. (864) 555-0162                                    PURCHASE ORDER

PO No.:      2025-000318             PO Date: 07/09/2024   Page 1 of 2
Requisition: RQ-24-1177              Buyer: T. Galloway    Terms: Net 30
Vendor No.:  0041822                 Contract: NASPO ValuePoint AR2472
Quote Ref.:  SHI quote 24719833 dated 06/20/2024

VENDOR                                 SHIP TO
SHI International Corp.                Anderson County Sheriff's Office
290 Davidson Avenue                    Criminal Investigations Division
Somerset, NJ 08873                     305 Camson Road
Attn: Public Sector Sales              Anderson, SC 29625
Tel. (732) 555-0140                    Attn: Capt. Renfro Whitlock
                                       Delivery: electronic (SaaS)
BILL TO
Anderson County Finance - Accounts Payable
P.O. Box 8002, Anderson, SC 29622

Ln  Qty  UOM  Description                        Unit Price   Ext. Price
--  ---  ---  ---------------------------------  ----------  -----------
1     1  YR   Veritone IDentify subscription,     24,600.00    24,600.00
              agency tier incl. 10 named users,
              term 07/15/2024 - 07/14/2025
2     1  EA   IDentify onboarding and booking      3,800.00     3,800.00
              photo ingest (one-time)
3     5  USR  IDentify add-on named user,            420.00     2,100.00
              coterminous with line 1
4     2  EA   Dell Latitude 5440 laptop,           1,389.00     2,778.00
              Property and Evidence Unit
5     1  LOT  Shipping and handling (line 4)          45.00        45.00
                                                             -----------
                                        Merchandise subtotal   33,323.00
                                SC sales tax 6% (line 4 only)     166.68
                                 Local option tax 1% (line 4)      27.78
                                                    PO TOTAL   33,517.46""", "ACSO FOIA 24-211   000014"),
    (None, """\
ANDERSON COUNTY PURCHASE ORDER 2025-000318                  Page 2 of 2
SPECIAL TERMS AND CONDITIONS

1. Authority. This purchase is made under the NASPO ValuePoint
   cooperative contract named on page 1, as S.C. Code Ann.
   sec. 11-35-4810 permits, and was approved by County Council on
   July 2, 2024 (Resolution R2024-061).
2. Funding. Lines 1-3 are charged to account 10-4410-52260 (Sheriff -
   Software Subscriptions); lines 4-5 to account 10-4420-54100.
3. Not to exceed. The County's total obligation for lines 1-3 in the
   initial one-year term shall not exceed $31,000.00, including any
   change orders.
4. Data. Booking photographs supplied by the Anderson County
   Detention Center for ingest (approximately 184,000 images) remain
   County property.
5. Conditions of use (Sheriff's Office General Order 3.19, attached
   to the requisition):
   a. IDentify may be used only to identify suspects, victims and
      witnesses in active criminal investigations, and to identify
      deceased persons.
   b. Each search shall be entered with an ACSO incident number.
   c. A possible match is an investigative lead only and shall not
      by itself establish probable cause for an arrest.
   d. Users shall not search images of persons engaged in lawful
      assembly or protest.
6. Renewal. The County may renew for up to four additional one-year
   terms at a price increase not to exceed 4% per year.
7. Invoices shall reference the PO number and be sent to
   ap@andersoncountysc.example.

Authorized: _____________________________  Procurement Officer
            Travis Galloway, CPPB                  Date: 07/09/2024""", "ACSO FOIA 24-211   000015"),
], "pdf", ACSO,
    ["Anderson County", ACSO, "Anderson County Council", "Anderson County Detention Center"],
    [SHI, "Veritone", "Dell"],
    [VID, "Dell Latitude 5440"],
    [C(24600, 24600, "year", "1     1  YR   Veritone IDentify subscription,     24,600.00    24,600.00", ACSO, SHI, VID),
     C(3800, 3800, "one-time", "2     1  EA   IDentify onboarding and booking      3,800.00     3,800.00",
       ACSO, SHI, VID),
     C(2100, 2100, "year", "3     5  USR  IDentify add-on named user,            420.00     2,100.00", ACSO, SHI, VID),
     C(420, 420, "year", "3     5  USR  IDentify add-on named user,            420.00", ACSO, SHI, VID,
       unit="per user"),
     C(None, 31000, "year", "initial one-year term shall not exceed $31,000.00", ACSO, SHI, VID)],
    [N(10, "exact", "licenses", None, "agency tier incl. 10 named users", ACSO, SHI),
     N(5, "exact", "licenses", None, "3     5  USR  IDentify add-on named user", ACSO, SHI),
     N(184000, "approximately", "images", None, "approximately 184,000 images", ACSO, SHI)],
    [P("IDentify may be used only to identify suspects, victims and witnesses in active criminal "
       "investigations, and to identify deceased persons.", ACSO, "purpose"),
     P("Each search shall be entered with an ACSO incident number.", ACSO, "requirement"),
     P("A possible match is an investigative lead only and shall not by itself establish probable cause "
       "for an arrest.", ACSO, "disclaimer"),
     P("Users shall not search images of persons engaged in lawful assembly or protest.", ACSO, "prohibition")],
    [],
    ["2024-07-09", "2024-06-20", "2024-07-15", "2025-07-14", "2024-07-02"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Nevada: Mesquite PD
MPD = "Mesquite Police Department"
DWP = "DataWorks Plus"
SUBJ2 = "FACE Plus hosted pricing - Mesquite PD"
doc("02_mesquite-pd-dataworks-face-plus-outlook.txt", [
    ("Pruitt, Dana (Police)", """\
From:       Ebert, Marisol (Finance)
Sent:       Thursday, September 12, 2024 3:47 PM
To:         Pruitt, Dana (Police)
Cc:         Grant Lowery
Subject:    RE: FACE Plus hosted pricing - Mesquite PD

Lt. Pruitt,

I ran Grant's price list below for the configuration you picked
(base subscription, two extra named users, setup). Year one comes to
$22,400 with the setup fee; after that it is $16,400 a year if the
prices hold. Council put $25,000 in the FY25 police budget for this,
so year one fits with about $2,600 to spare. Nevada sales tax
(8.375%) does not apply to the hosted subscription, per Grant.

I would not add the mobile module this year. If you want it later it
is another $3,200 a year.

I'll set up the requisition against 100-2110-53190 once you confirm.

Marisol Ebert | Senior Financial Analyst
City of Mesquite Finance Department | 702-555-0119

From:       Pruitt, Dana (Police)
Sent:       Thursday, September 12, 2024 10:05 AM
To:         Ebert, Marisol (Finance)
Cc:         Grant Lowery
Subject:    RE: FACE Plus hosted pricing - Mesquite PD

Marisol - this is what we'd go with: the base subscription plus two
additional named users (7 in all: the 4 detectives, 2 patrol
sergeants and our analyst). Skip mobile for now.

Background for your memo: today we send face searches to the Southern
Nevada Counter-Terrorism Center. We sent them 61 requests last year
and the turnaround is 3-5 days. St. George PD across the Utah line
tells me they pay about $18,000 a year for the same product.""", "MPD PRR 2024-118          Page 1 of 2"),
    ("Pruitt, Dana (Police)", """\
Our interim directive (ID 24-07) already covers use: only trained
detectives, sergeants and the analyst may run a search, each search
needs a case number, and a candidate is an investigative lead only,
never probable cause by itself.

Dana

Lt. Dana Pruitt | Investigations Bureau
Mesquite Police Department | 702-555-0174

From:       Grant Lowery <glowery@dataworksplus.example>
Sent:       Tuesday, September 10, 2024 4:31 PM
To:         Pruitt, Dana (Police)
Subject:    FACE Plus hosted pricing - Mesquite PD

Lieutenant Pruitt,

Thanks for the call on Friday. As promised, here is our current price
list for FACE Plus hosted (quote DWP-NV-24-0917, valid 60 days):

  Item                                         Price
  -------------------------------------------  --------------------
  FACE Plus hosted subscription (5 named       $14,500 per year
    users, unlimited searches)
  Additional named user                        $950 per user/year
  FACE Plus Mobile add-on                      $3,200 per year
  Setup, gallery load and configuration        $6,000 one-time
  Remote administrator training (4 hrs)        included

Matching runs on the Rank One Computing algorithm. We would seed the
hosted gallery with your jail booking photos - you estimated about
38,000 of them. Prices exclude taxes; annual fees rise no more than
5% at renewal.

Best,
Grant Lowery | Account Manager, Western Region
DataWorks Plus | 864-555-0190""", "MPD PRR 2024-118          Page 2 of 2"),
], "print", MPD,
    [MPD, "City of Mesquite", "Southern Nevada Counter-Terrorism Center", "St. George Police Department"],
    [DWP, "Rank One Computing"],
    ["FACE Plus", "FACE Plus Mobile"],
    [C(22400, 22400, None, "Year one comes to $22,400 with the setup fee", MPD, DWP, "FACE Plus"),
     C(16400, 16400, "year", "after that it is $16,400 a year", MPD, DWP, "FACE Plus"),
     C(25000, 25000, None, "Council put $25,000 in the FY25 police budget for this", MPD, DWP, "FACE Plus"),
     C(18000, 18000, "year", "they pay about $18,000 a year for the same product", "St. George Police Department",
       DWP, "FACE Plus"),
     C(14500, 14500, "year", "FACE Plus hosted subscription (5 named       $14,500 per year", MPD, DWP, "FACE Plus"),
     C(950, 950, "year", "Additional named user                        $950 per user/year", MPD, DWP, "FACE Plus",
       unit="per user"),
     C(3200, 3200, "year", "FACE Plus Mobile add-on                      $3,200 per year", MPD, DWP,
       "FACE Plus Mobile"),
     C(6000, 6000, "one-time", "Setup, gallery load and configuration        $6,000 one-time", MPD, DWP,
       "FACE Plus")],
    [N(7, "exact", "users", None, "two additional named users (7 in all", MPD, DWP),
     N(61, "exact", "requests", "year", "We sent them 61 requests last year", MPD, None),
     N(5, "exact", "licenses", None, "FACE Plus hosted subscription (5 named", MPD, DWP),
     N(38000, "approximately", "images", None, "about 38,000 of them", MPD, DWP)],
    [P("only trained detectives, sergeants and the analyst may run a search", MPD, "permission"),
     P("each search needs a case number", MPD, "requirement"),
     P("a candidate is an investigative lead only, never probable cause by itself.", MPD, "disclaimer")],
    [E("Ebert, Marisol (Finance)", "Pruitt, Dana (Police)", "Thursday, September 12, 2024 3:47 PM", "RE: " + SUBJ2),
     E("Pruitt, Dana (Police)", "Ebert, Marisol (Finance)", "Thursday, September 12, 2024 10:05 AM", "RE: " + SUBJ2),
     E("Grant Lowery", "Pruitt, Dana (Police)", "Tuesday, September 10, 2024 4:31 PM", SUBJ2)],
    ["2024-09-12", "2024-09-10"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Louisiana: Alexandria PD and LA-SAFE
APD = "Alexandria Police Department"
LASAFE = "Louisiana State Analytical & Fusion Exchange"
doc("03_alexandria-pd-la-safe-fr-mou-fee-exhibit.txt", [
    (None, """\
                   MEMORANDUM OF UNDERSTANDING
                              between the
       LOUISIANA STATE ANALYTICAL & FUSION EXCHANGE (LA-SAFE)
                                and the
    CITY OF ALEXANDRIA, LOUISIANA, through its POLICE DEPARTMENT

Facial Recognition Search Services              MOU No. LS-FR-2024-017

This Memorandum of Understanding ("MOU") is entered into under the
Local Services Law, La. R.S. 33:1321 et seq., by the Louisiana State
Analytical & Fusion Exchange, a unit of the Louisiana State Police
("LA-SAFE"), and the City of Alexandria, acting through the Alexandria
Police Department ("APD").

1. PURPOSE
1.1 The purpose of this MOU is to let APD submit probe images to
    LA-SAFE for comparison against the LA-SAFE facial recognition
    gallery in support of criminal investigations, missing person
    cases and the identification of deceased persons.

2. THE SERVICE
2.1 LA-SAFE operates NeoFace Reveal, licensed from NEC Corporation of
    America. On the date of this MOU the gallery holds approximately
    2.6 million booking photographs contributed by participating
    parish and municipal agencies. Louisiana driver's license photos
    are not part of the gallery.
2.2 LA-SAFE will return possible candidates, if any, within two
    business days of a complete request.

3. APD RESPONSIBILITIES
3.1 APD shall designate no more than six (6) employees as Authorized
    Requesters. Each Authorized Requester must complete the LA-SAFE
    facial recognition awareness course before submitting a request.
3.2 Every request shall include an APD item number and the offense
    under investigation.
3.3 APD shall not submit images of persons lawfully exercising rights
    of speech, assembly or religion, and shall not use the service
    for civil immigration enforcement.
3.4 A candidate returned by LA-SAFE is an investigative lead only and
    is not probable cause to arrest; APD must corroborate any
    candidate by independent investigation.""", "APD PRR 24-0391  Page 1 of 3"),
    (None, """\
3.5 APD may submit urgent requests (imminent threat to life, missing
    child) by telephone to the LA-SAFE watch desk at any hour.

4. AUDIT AND MISUSE
4.1 LA-SAFE shall log every APD request and result and shall audit
    APD requests each calendar quarter.
4.2 Misuse of the service by an Authorized Requester shall result in
    immediate suspension of that person's access, and LA-SAFE will
    refer the matter to the APD Chief of Police for discipline.

5. FEES
5.1 APD will pay the fees in Exhibit A. Fees recover a share of the
    NEC license and support costs and are reviewed each July 1.
5.2 Total fees payable by APD under this MOU shall not exceed
    $14,000 in any state fiscal year.

6. TERM AND TERMINATION
6.1 This MOU takes effect on the date of the last signature and runs
    through June 30, 2027. Either party may terminate it on thirty
    (30) days' written notice.

7. RECORDS
7.1 Requests and results are public records only to the extent
    provided by La. R.S. 44:1 et seq. Criminal intelligence files are
    kept under 28 CFR Part 23.

FOR LA-SAFE:                          FOR THE CITY OF ALEXANDRIA:

/s/ Lionel Thibodeaux                 /s/ Corinne Batiste-Moreau
Maj. Lionel Thibodeaux                Corinne Batiste-Moreau
Commander, LA-SAFE                    Mayor
Date: 08/26/2024                      Date: 08/19/2024

                                      /s/ Darnell Fontenot
                                      Darnell Fontenot
                                      Chief of Police, APD
                                      Date: 08/16/2024""", "APD PRR 24-0391  Page 2 of 3"),
    (None, """\
EXHIBIT A - FEE SCHEDULE                  MOU No. LS-FR-2024-017
Effective for state fiscal years 2025 through 2027 (July 1 - June 30)

Item  Description                              Basis            Fee
----  ---------------------------------------  -----------  ---------
A-1   Annual participation fee, Tier 2 agency  per year      6,800.00
      (sworn strength 100-249)
A-2   Facial recognition search request,       per request      18.00
      first 250 requests in a fiscal year
A-3   Search request above 250 in a fiscal     per request      11.00
      year
A-4   Awareness course and account set-up,     per person      275.00
      each Authorized Requester (one-time)

Estimate for APD, first fiscal year (prepared by LA-SAFE, not binding):
  A-1 participation fee                                      6,800.00
  A-2 estimated 140 requests x 18.00                         2,520.00
  A-4 six Authorized Requesters x 275.00                     1,650.00
                                                           ----------
  Estimated total, FY 2025                                  10,970.00

Notes:
1. APD submitted 131 facial recognition requests to LA-SAFE by email
   in calendar year 2023 at no charge under the pilot program. The
   pilot ended June 30, 2024.
2. Fees are invoiced quarterly in arrears. LA-SAFE charges no late fee
   for invoices paid within 60 days.
3. Live or real-time video search is not offered under this MOU.""", "APD PRR 24-0391  Page 3 of 3"),
], "pdf", APD,
    [APD, "City of Alexandria", LASAFE, "Louisiana State Police"],
    ["NEC"],
    ["NeoFace Reveal"],
    [C(None, 14000, "year", "shall not exceed $14,000 in any state fiscal year", APD, None, "NeoFace Reveal"),
     C(6800, 6800, "year", "A-1   Annual participation fee, Tier 2 agency  per year      6,800.00", APD, None,
       "NeoFace Reveal"),
     C(18, 18, None, "A-2   Facial recognition search request,       per request      18.00", APD, None,
       "NeoFace Reveal", unit="per request"),
     C(11, 11, None, "A-3   Search request above 250 in a fiscal     per request      11.00", APD, None,
       "NeoFace Reveal", unit="per request"),
     C(275, 275, "one-time", "A-4   Awareness course and account set-up,     per person      275.00", APD, None,
       "NeoFace Reveal", unit="per user"),
     C(2520, 2520, "year", "A-2 estimated 140 requests x 18.00                         2,520.00", APD, None,
       "NeoFace Reveal"),
     C(1650, 1650, "one-time", "A-4 six Authorized Requesters x 275.00                     1,650.00", APD, None,
       "NeoFace Reveal"),
     C(10970, 10970, "year", "Estimated total, FY 2025                                  10,970.00", APD, None,
       "NeoFace Reveal")],
    [N(2600000, "approximately", "images", None, "approximately 2.6 million booking photographs", LASAFE, "NEC"),
     N(6, "up to", "users", None, "APD shall designate no more than six (6) employees as Authorized Requesters",
       APD, None),
     N(140, "approximately", "requests", "year", "estimated 140 requests", APD, None),
     N(131, "exact", "requests", "year", "APD submitted 131 facial recognition requests to LA-SAFE", APD, None)],
    [P("The purpose of this MOU is to let APD submit probe images to LA-SAFE for comparison against the LA-SAFE "
       "facial recognition gallery in support of criminal investigations, missing person cases and the "
       "identification of deceased persons.", APD, "purpose"),
     P("APD shall designate no more than six (6) employees as Authorized Requesters.", APD, "requirement"),
     P("Each Authorized Requester must complete the LA-SAFE facial recognition awareness course before "
       "submitting a request.", APD, "requirement"),
     P("Every request shall include an APD item number and the offense under investigation.", APD, "requirement"),
     P("APD shall not submit images of persons lawfully exercising rights of speech, assembly or religion, and "
       "shall not use the service for civil immigration enforcement.", APD, "prohibition"),
     P("A candidate returned by LA-SAFE is an investigative lead only and is not probable cause to arrest; APD "
       "must corroborate any candidate by independent investigation.", APD, "disclaimer"),
     P("APD may submit urgent requests (imminent threat to life, missing child) by telephone to the LA-SAFE "
       "watch desk at any hour.", APD, "permission"),
     P("LA-SAFE shall log every APD request and result and shall audit APD requests each calendar quarter.",
       APD, "requirement"),
     P("Misuse of the service by an Authorized Requester shall result in immediate suspension of that person's "
       "access, and LA-SAFE will refer the matter to the APD Chief of Police for discipline.", APD,
       "consequence")],
    [],
    ["2024-08-26", "2024-08-19", "2024-08-16", "2027-06-30", "2023", "2024-06-30"],
    scan="pdf")


# ---------------------------------------------------------------- 4 Maine: Westbrook PD
WPD = "Westbrook Police Department"
doc("04_westbrook-pd-foaa-reply-fr-searches.txt", [
    (None, """\
                     WESTBROOK POLICE DEPARTMENT
              570 Main Street, Westbrook, Maine 04092
          Records Unit  (207) 555-0136  records@westbrook.example

January 14, 2025

Ms. Hanna Lindqvist, Casco Bay Civic Data Project
P.O. Box 1147, Portland, ME 04104

Re: Freedom of Access Act request WPD-FOAA-2024-052 (facial
    recognition)

Dear Ms. Lindqvist:

The Department received your request under the Freedom of Access Act,
1 M.R.S. sec. 400 et seq., on December 16, 2024. Your five numbered
questions are answered below in order. Responsive records (14 pages)
are enclosed.

1. Does the Department own, license or use a facial recognition
   system?
   No. The Department does not own or license a facial recognition
   system. Since the State's facial surveillance law took effect on
   October 18, 2021 (25 M.R.S. sec. 6001 to 6006), officers have asked
   the Bureau of Motor Vehicles or the FBI to run a search when a case
   meets the law's conditions. Those requests are counted in answer 3.

2. Has the Department paid a facial recognition vendor?
   Once. In February 2020 the Department bought a one-year Clearview
   AI subscription for two investigators at $1,500 each, $3,000 in
   all (invoice enclosed). The two accounts ran 57 searches in 2020.
   The subscription was not renewed when it expired in February 2021,
   and both accounts were closed. The Department's LexisNexis Accurint
   Virtual Crime Center subscription ($5,940 a year) does not include
   the optional facial recognition feature, which the Department has
   never purchased.

3. How many facial recognition searches has the Department asked for
   each year?
   The Department made no requests between October 18 and December
   31, 2021. Requests made since then are shown below.""", "WPD-FOAA-2024-052   0001"),
    (None, """\
   Year    Requests submitted    Possible candidates returned
   ----    ------------------    ----------------------------
   2022            7                          3
   2023           11                          4
   2024            8                          2
   Total          26                          9

   All requests went to the Bureau of Motor Vehicles through the Maine
   State Police, except three that went to the FBI.

4. What policies govern facial recognition?
   Department Policy 2-41 (Facial Surveillance), adopted December 2021,
   is enclosed. In summary: Officers may not obtain, retain, access or
   use a facial surveillance system except by a request described in
   the policy. Each request must be approved by the Detective Sergeant
   and must state the probable cause to believe that the unidentified
   person committed a serious crime. A possible candidate returned by
   the BMV or the FBI is not by itself probable cause to arrest. A
   violation of Policy 2-41 is grounds for discipline, up to and
   including dismissal.
   There is no Department policy on keeping probe images after a case
   closes; the Department follows the State records retention
   schedule.

5. Are searches logged or audited?
   Every request is logged in the case file and on the log kept by the
   Detective Sergeant, which is enclosed (redacted under 16 M.R.S.
   sec. 804). No audit has been done.

This response is provided at no charge. The Department waives the
$25.00 per hour staff-time fee allowed by 1 M.R.S. sec. 408-A(8).
You may appeal to the Superior Court under 1 M.R.S. sec. 409 within
30 days of this letter.

Sincerely,   /s/ Paulette Gagne
Paulette Gagne, Records Supervisor
for Chief of Police Owen Stackpole

Enclosures (4)""", "WPD-FOAA-2024-052   0002"),
], "pdf", WPD,
    [WPD, "Maine Bureau of Motor Vehicles", "Federal Bureau of Investigation", "Maine State Police"],
    ["Clearview AI", "LexisNexis"],
    ["Accurint Virtual Crime Center"],
    [C(3000, 3000, "year", "$3,000 in all", WPD, "Clearview AI"),
     C(1500, 1500, "year", "for two investigators at $1,500 each", WPD, "Clearview AI", unit="per user")],
    [N(2, "exact", "users", None, "for two investigators", WPD, "Clearview AI"),
     N(57, "exact", "searches", "year", "The two accounts ran 57 searches in 2020", WPD, "Clearview AI"),
     N(7, "exact", "requests", "year", "2022            7", WPD, None),
     N(11, "exact", "requests", "year", "2023           11", WPD, None),
     N(8, "exact", "requests", "year", "2024            8", WPD, None),
     N(26, "exact", "requests", None, "Total          26", WPD, None),
     N(9, "exact", "matches", None, "Total          26                          9", WPD, None),
     N(3, "exact", "requests", None, "except three that went to the FBI", WPD, None)],
    [P("Officers may not obtain, retain, access or use a facial surveillance system except by a request described "
       "in the policy.", WPD, "prohibition"),
     P("Each request must be approved by the Detective Sergeant and must state the probable cause to believe that "
       "the unidentified person committed a serious crime.", WPD, "requirement"),
     P("A possible candidate returned by the BMV or the FBI is not by itself probable cause to arrest.", WPD,
       "disclaimer"),
     P("A violation of Policy 2-41 is grounds for discipline, up to and including dismissal.", WPD, "consequence")],
    [],
    ["2025-01-14", "2024-12-16", "2021-10-18", "2020-02", "2020", "2021-02", "2021-12-31", "2022", "2023", "2024",
     "2021-12"],
    scan="pdf")


# ---------------------------------------------------------------- 5 Idaho: Pocatello PD
PPD = "Pocatello Police Department"
ROC = "Rank One Computing"
ROCE = "ROC Enterprise"
doc("05_pocatello-pd-jag-budget-narrative-rank-one.txt", [
    (None, """\
IDAHO STATE POLICE - PLANNING, GRANTS & RESEARCH
FFY 2024 Edward Byrne Memorial Justice Assistance Grant (JAG)
Subgrant Application - Section 6: Budget Narrative

Applicant:       City of Pocatello - Pocatello Police Department
Project title:   Investigative Facial Comparison Program
Application no.: JAG-24-0388             Assistance Listing: 16.738
Project period:  October 1, 2024 - September 30, 2026
Contact:         Sgt. Wyatt Osterholt, (208) 555-0152

Pocatello (population about 57,000) has no facial comparison tool of
its own. In 2023 PPD detectives sent 58 facial recognition requests
to the Idaho Criminal Intelligence Center (ICIC), which took an
average of six days to answer. This project licenses a system PPD
will run itself against the Bannock County Jail booking gallery,
which holds 131,512 booking photographs taken since 2006.

A. PERSONNEL - $6,240 (local share)
Overtime for four detectives to attend examiner training and to
backfill their shifts: 120 hours at an average overtime rate of
$52.00 per hour. FICA on overtime is paid by the City and is not
included.

B. CONTRACTUAL - $47,000 (federal share)
1. ROC Enterprise license from Rank One Computing (quote Q-ROC-24-1193):
   on-premises license for up to 10 concurrent users at $21,500 per
   year, or $43,000 for the two-year project period.
2. Integration of ROC Enterprise with the jail's Spillman Flex booking
   system (Motorola Solutions), performed by Rank One: one-time fee
   of $4,000.

C. TRAINING AND TRAVEL - $6,520
1. Four detectives, who will hold the system's user accounts, will
   attend the 40-hour ROC facial examiner course at $1,150 per seat
   ($4,600).
2. Lodging and per diem for the course in Boise: $1,920.

D. EQUIPMENT - $0
No equipment is requested. The two ALPR camera trailers the City is
buying this year ($38,000) are funded from the general fund and are
not part of this project.""", "Page 6-1"),
    (None, """\
E. BUDGET SUMMARY

   Category                            Amount
   --------------------------------  ----------
   A. Personnel                        6,240.00
   B. Contractual                     47,000.00
   C. Training and travel              6,520.00
   D. Equipment                            0.00
   Indirect costs (0%)                     0.00
   --------------------------------  ----------
   Total project cost                 59,760.00

   Federal share requested (80%):  $47,808.00
   Local cash match (20%):         $11,952.00, from the Police
                                   Department general fund budget

F. SUSTAINABILITY
After the project period the City intends to budget about $22,000 a
year from the general fund to renew the ROC Enterprise license.

G. USE CONDITIONS
PPD Policy 319 (Facial Recognition), adopted March 2024, applies to
the system. Policy 319 limits use of the system to identifying
suspects, victims and witnesses in felony investigations and
identifying deceased or incapacitated persons. Only a detective who
has completed the ROC examiner course may run a search, and every
candidate must be reviewed by a second examiner before it is shared.
Policy 319 prohibits using the system on live video or to identify
people at lawful demonstrations. A candidate is an investigative lead
and may not be the sole basis for an arrest.
The Department also plans to propose an annual public usage report
to the City Council in 2025. JAG funds will not supplant local funds
already budgeted for investigations.

Certified by: Capt. Irene Halvorsen, Support Services Division
Date submitted: 06/27/2024""", "Page 6-2"),
], "pdf", PPD,
    [PPD, "City of Pocatello", "Idaho State Police", "Idaho Criminal Intelligence Center", "Bannock County Jail",
     "Pocatello City Council"],
    [ROC, "Motorola Solutions"],
    [ROCE, "Spillman Flex"],
    [C(6240, 6240, None, "A. PERSONNEL - $6,240", PPD, None),
     C(52, 52, None, "$52.00 per hour", PPD, None, unit="per hour"),
     C(47000, 47000, None, "B. CONTRACTUAL - $47,000", PPD, ROC, ROCE),
     C(21500, 21500, "year", "$21,500 per year", PPD, ROC, ROCE),
     C(43000, 43000, None, "$43,000 for the two-year project period", PPD, ROC, ROCE),
     C(4000, 4000, "one-time", "one-time fee of $4,000", PPD, ROC, ROCE),
     C(6520, 6520, None, "C. TRAINING AND TRAVEL - $6,520", PPD, None),
     C(1150, 1150, None, "$1,150 per seat", PPD, ROC, ROCE, unit="per user"),
     C(4600, 4600, None, "($4,600)", PPD, ROC, ROCE),
     C(1920, 1920, None, "Lodging and per diem for the course in Boise: $1,920", PPD, None),
     C(59760, 59760, None, "Total project cost                 59,760.00", PPD, None),
     C(47808, 47808, "one-time", "Federal share requested (80%):  $47,808.00", PPD, None),
     C(11952, 11952, None, "Local cash match (20%):         $11,952.00", PPD, None),
     C(22000, 22000, "year", "budget about $22,000 a year", PPD, ROC, ROCE)],
    [N(58, "exact", "requests", "year", "In 2023 PPD detectives sent 58 facial recognition requests", PPD, None),
     N(131512, "exact", "images", None, "holds 131,512 booking photographs", PPD, ROC),
     N(10, "up to", "licenses", None, "up to 10 concurrent users", PPD, ROC),
     N(4, "exact", "users", None, "Four detectives, who will hold the system's user accounts", PPD, ROC)],
    [P("Policy 319 limits use of the system to identifying suspects, victims and witnesses in felony "
       "investigations and identifying deceased or incapacitated persons.", PPD, "purpose"),
     P("Only a detective who has completed the ROC examiner course may run a search", PPD, "permission"),
     P("every candidate must be reviewed by a second examiner before it is shared.", PPD, "requirement"),
     P("Policy 319 prohibits using the system on live video or to identify people at lawful demonstrations.", PPD,
       "prohibition"),
     P("A candidate is an investigative lead and may not be the sole basis for an arrest.", PPD, "disclaimer")],
    [],
    ["2024-10-01", "2026-09-30", "2023", "2006", "2024-03", "2025", "2024-06-27"],
    scan=None)


# ---------------------------------------------------------------- 6 Alabama: Etowah County SO / Commission
ECSO = "Etowah County Sheriff's Office"
ECC = "Etowah County Commission"
CV = "Clearview AI"
doc("06_etowah-county-commission-minutes-clearview-renewal.txt", [
    (None, """\
                      ETOWAH COUNTY COMMISSION
                      REGULAR MEETING MINUTES
                  Tuesday, May 14, 2024 - 10:00 a.m.
     Commission Chambers, Etowah County Courthouse, 800 Forrest Avenue,
                       Gadsden, Alabama 35901

1. CALL TO ORDER. Chairman Dwight Haralson called the meeting to order
at 10:02 a.m. Commissioner Posey gave the invocation.

2. ROLL CALL. Present: Chairman Haralson; Commissioners Lena Capps
(District 1), Royce Tidwell (District 2), Marvin Sewell (District 3),
Bobbie Kilgore (District 4), Tanner Ogletree (District 5) and Gene
Posey (District 6). Also present: County Administrator Wade Sizemore,
County Attorney Joy Pettus, and Chief Deputy Carla Brannon of the
Etowah County Sheriff's Office. A quorum was present.

3. MINUTES. On motion by Commissioner Sewell, seconded by Commissioner
Capps, the minutes of the April 23, 2024 meeting were approved, 7-0.

4. CONSENT AGENDA. Items 4a through 4c were approved on one motion
(Tidwell/Posey), 7-0:
  4a. Bid award, resurfacing of County Road 35 (4.1 miles) to Mid-South
      Paving, Inc., $412,880.00, from the Rebuild Alabama fund.
  4b. Amendment 2 to the jail food service contract with Summit Food
      Service, raising the meal rate to $2.31 per meal.
  4c. Purchase of three patrol vehicles for the Sheriff's Office under
      State contract T191, $148,770.00.

5. RESOLUTION 2024-R-088: RENEWAL OF THE SHERIFF'S OFFICE FACIAL
   RECOGNITION SUBSCRIPTION (CLEARVIEW AI, INC.)
Chief Deputy Brannon presented the request. The Sheriff's Office has
used Clearview AI since June 2022. The current one-year agreement, at
$9,990, expires on June 14, 2024. Clearview has offered a three-year
renewal at $12,500 per year for ten user licenses, which she said
works out to $1,250 per license. The resolution authorizes the
Chairman to sign the renewal in an amount not to exceed $37,500 over
the three-year term, paid from the Sheriff's law enforcement fund
(Fund 212) rather than the general fund. The County Attorney advised
that the purchase is exempt from competitive bidding as a sole-source
item under Ala. Code sec. 41-16-51(a)(13).""", "ECC Minutes 05/14/2024  Page 1 of 2"),
    (None, """\
In answer to Commissioner Capps, Chief Deputy Brannon said that
investigators ran 1,118 searches in the last twelve months and that
the searches helped identify 36 suspects. Nine investigators and
analysts hold accounts now. Clearview's database holds more than 50
billion images collected from public websites.

Commissioner Tidwell asked what rules apply. Chief Deputy Brannon read
from Sheriff's Office Policy 600.14: every search must be tied to an
open case number; every search must be approved by a supervisor; and
a Clearview result is an investigative lead only and is not probable
cause to arrest. She added that an investigator who misuses the
system loses access and is subject to discipline under Policy 300.

Commissioner Kilgore said she did not believe the system should be
used to watch protests and asked whether the policy addresses that.
Chief Deputy Brannon said the policy does not mention protests. In
answer to Commissioner Sewell, she said the Calhoun County Sheriff's
Office pays roughly $8,000 a year for a smaller Clearview account.

Commissioner Kilgore moved to amend the resolution to require an
annual report to the Commission on the number of searches. The motion
to amend died for lack of a second.

MOTION: Commissioner Ogletree moved to adopt Resolution 2024-R-088 as
presented. Commissioner Posey seconded.

ROLL CALL VOTE:    Capps ...... Aye        Ogletree ...... Aye
                   Tidwell .... Aye        Posey ......... Aye
                   Sewell ..... Aye        Chairman ...... Aye
                   Kilgore .... Nay
The motion carried, 6-1.

6. ADJOURNMENT. There being no further business, the meeting was
adjourned at 10:51 a.m. The next regular meeting is May 28, 2024.

Attest: /s/ Shelby Nance                 Approved: May 28, 2024
Shelby Nance, Commission Clerk""", "ECC Minutes 05/14/2024  Page 2 of 2"),
], "pdf", ECSO,
    [ECC, ECSO, "Etowah County", "Calhoun County Sheriff's Office"],
    [CV, "Mid-South Paving", "Summit Food Service"],
    [],
    [C(9990, 9990, "year", "The current one-year agreement, at $9,990", ECSO, CV),
     C(12500, 12500, "year", "$12,500 per year for ten user licenses", ECSO, CV),
     C(1250, 1250, "year", "$1,250 per license", ECSO, CV, unit="per user"),
     C(None, 37500, None, "not to exceed $37,500 over the three-year term", ECSO, CV),
     C(8000, 8000, "year", "pays roughly $8,000 a year for a smaller Clearview account",
       "Calhoun County Sheriff's Office", CV)],
    [N(10, "exact", "licenses", None, "$12,500 per year for ten user licenses", ECSO, CV),
     N(1118, "exact", "searches", "year", "investigators ran 1,118 searches in the last twelve months", ECSO, CV),
     N(36, "exact", "identifications", "year", "the searches helped identify 36 suspects", ECSO, CV),
     N(9, "exact", "users", None, "Nine investigators and analysts hold accounts now", ECSO, CV),
     N(50000000000, "more than", "images", None, "more than 50 billion images", None, CV)],
    [P("every search must be tied to an open case number", ECSO, "requirement"),
     P("every search must be approved by a supervisor", ECSO, "requirement"),
     P("a Clearview result is an investigative lead only and is not probable cause to arrest.", ECSO, "disclaimer"),
     P("an investigator who misuses the system loses access and is subject to discipline under Policy 300.", ECSO,
       "consequence")],
    [],
    ["2024-05-14", "2024-04-23", "2022-06", "2024-06-14", "2024-05-28"],
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
