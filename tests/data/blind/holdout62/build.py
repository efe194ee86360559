"""Writes docs/*.txt and labels.json for holdout62 (six invented releases: UT, AR, DE, NM, SC, IA).
Labels are written from intent, in the same call that writes the texts, before anything is rendered.
The label format follows holdout42 (corpus format plus request_agency, pdf, scan, per-fact
agency/vendor/product, unit on costs, counts with qualifier/measure/per) plus a `kind` on every policy
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
    indentation, '> ' quote marks, nested '> > ' marks or '| ' thread bars) the label takes the
    exact substring the text holds."""
    if quote in text:
        return quote
    pattern = r"\s+(?:[>|]\s*)*".join(re.escape(w) for w in quote.split())
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


# ---------------------------------------------------------------- 1 Utah: West Jordan PD (council minutes)
WJPD = "West Jordan Police Department"
MSI = "Motorola Solutions"
VFS = "Vigilant FaceSearch"
WJ_FOOT = "GRAMA 24-0391 p. {} of 3"
doc("01_west-jordan-pd-council-minutes-vigilant-facesearch.txt", [
    (None, """\
CITY OF WEST JORDAN
CITY COUNCIL REGULAR MEETING - MINUTES
Wednesday, September 11, 2024 - 6:00 p.m.
Council Chambers, City Hall, 8000 South 1700 West, West Jordan, Utah

COUNCIL PRESENT:  Council Chair Dana Whitlock; Vice Chair Kelvin Osei;
                  Council Members Marisol Trujillo, Brent Halvorsen,
                  Jenna Cordova, Tyler Ashworth and Rebecca Lindqvist
STAFF PRESENT:    Lyle Fenstermaker, City Manager; Hannah Pratt, City
                  Attorney; Aaron Mecham, Chief of Police; Sione
                  Tuilagi, Deputy Chief of Police; Corinne Blaylock,
                  Finance Director; Tamsin Oyler, City Recorder

1. CALL TO ORDER
Council Chair Whitlock called the meeting to order at 6:02 p.m.

2. PLEDGE OF ALLEGIANCE
Led by Scout Troop 1455.

3. PUBLIC COMMENT
Gordon Valdez, a resident near Jordan Landing, spoke against item 8a.
He said he did not want his face "run through a database every time
someone steals a bike." Marla Iverson said she would support the item
if the Police Department publishes how often the system is used. No
one else wished to speak and public comment was closed at 6:11 p.m.

4. CONSENT AGENDA
a. Approve the minutes of the August 28, 2024 regular meeting.
b. Resolution 24-131, awarding a contract for the Ron Wood Park
   pavilion roof replacement in the amount of $86,400.
c. Resolution 24-134, accepting a state grant of $22,750 for DUI
   overtime enforcement.

MOTION: Council Member Halvorsen moved to approve the consent agenda.
Council Member Cordova seconded. The motion passed 7-0.

5.-7. (Presentations and reports; no action taken. See recording.)""", WJ_FOOT.format(1)),
    (None, """\
8. BUSINESS ITEMS

a. Resolution 24-137, approving a three-year agreement with Motorola
   Solutions, Inc. for Vigilant license plate recognition and
   Vigilant FaceSearch services for the Police Department

Deputy Chief Tuilagi presented the item. The agreement replaces the
Department's separate LPR contract and adds FaceSearch, Vigilant's
facial recognition application, for the Investigations Division. The
three-year agreement totals $148,650. Of that amount, FaceSearch is
$19,800 per year for up to 25 named users, plus a one-time setup and
training fee of $3,500. The rest of the agreement covers 14 fixed LPR
cameras and LEARN data hosting. First-year cost is $49,550, funded
from the Police general fund, account 10-4210-5310.

Deputy Chief Tuilagi said FaceSearch compares a probe photo with a
gallery of photographs. West Jordan would load its own 38,200 arrest
and citation photographs from the Department's records system, and
through Vigilant's shared gallery detectives could also search about
1.1 million images contributed by other Utah agencies. During a
90-day no-cost trial last spring, detectives ran 212 searches, which
returned 31 possible matches; 9 of those led to an identification
that was confirmed by other evidence.

Council Member Trujillo asked what rules apply to detectives. Chief
Mecham said Department Policy 345, Facial Recognition, took effect in
June 2024. Under Policy 345 a search may be run only for the
investigation of a felony or violent crime, a threat to human life,
or to identify a deceased person. Every search must be entered with a
case number and the offense. A possible match is an investigative
lead only and is not probable cause to arrest. Officers who misuse
FaceSearch will be subject to discipline up to and including
termination. He said the policy was written to follow Utah Code
Title 77, Chapter 23e.""", WJ_FOOT.format(2)),
    (None, """\
Vice Chair Osei asked what neighboring cities pay. Deputy Chief
Tuilagi said the South Jordan Police Department has used FaceSearch
since 2022 and pays about $14,000 a year for 12 users. He said there
is no state law prohibiting a city from buying its own facial
recognition service, but the Department must still submit any search
of driver license photographs to the Bureau of Criminal
Identification in writing.

Council Member Trujillo moved to amend the resolution to require the
Department to publish an annual report of FaceSearch searches and
resulting arrests. Council Member Lindqvist seconded. The amendment
failed 3-4 (Trujillo, Lindqvist and Cordova in favor).

Council Member Ashworth asked whether FaceSearch would be used on
live video. Chief Mecham said it would not; the product searches
still photographs only.

MOTION: Council Member Halvorsen moved to approve Resolution 24-137 as
presented. Vice Chair Osei seconded. The motion passed 5-2 (Council
Members Trujillo and Lindqvist opposed).

b. Resolution 24-138, approving the purchase of two K-9 patrol
   vehicles from a state contract dealer for $118,240. Approved 7-0
   without discussion.

9. ADJOURNMENT
The meeting adjourned at 8:14 p.m.

Minutes approved by the City Council on September 25, 2024.


______________________________
Tamsin Oyler, City Recorder""", WJ_FOOT.format(3)),
], "pdf", WJPD,
    ["City of West Jordan", "West Jordan City Council", WJPD, "South Jordan Police Department",
     "Utah Bureau of Criminal Identification"],
    [MSI, "Vigilant Solutions"],
    [VFS, "LEARN"],
    [C(19800, 19800, "year", "FaceSearch is $19,800 per year for up to 25 named users", WJPD, MSI, VFS),
     C(3500, 3500, "one-time", "a one-time setup and training fee of $3,500", WJPD, MSI, VFS),
     C(14000, 14000, "year", "pays about $14,000 a year for 12 users", "South Jordan Police Department", MSI, VFS)],
    [N(25, "up to", "licenses", None, "for up to 25 named users", WJPD, MSI),
     N(38200, "exact", "images", None, "its own 38,200 arrest and citation photographs", WJPD, MSI),
     N(1100000, "approximately", "images", None, "about 1.1 million images contributed by other Utah agencies",
       None, MSI),
     N(212, "exact", "searches", None, "detectives ran 212 searches", WJPD, MSI),
     N(31, "exact", "matches", None, "returned 31 possible matches", WJPD, MSI),
     N(9, "exact", "identifications", None, "9 of those led to an identification", WJPD, MSI),
     N(12, "exact", "licenses", None, "pays about $14,000 a year for 12 users", "South Jordan Police Department",
       MSI)],
    [P("Under Policy 345 a search may be run only for the investigation of a felony or violent crime, a threat "
       "to human life, or to identify a deceased person.", WJPD, "purpose"),
     P("Every search must be entered with a case number and the offense.", WJPD, "requirement"),
     P("A possible match is an investigative lead only and is not probable cause to arrest.", WJPD, "disclaimer"),
     P("Officers who misuse FaceSearch will be subject to discipline up to and including termination.", WJPD,
       "consequence"),
     P("the Department must still submit any search of driver license photographs to the Bureau of Criminal "
       "Identification in writing.", WJPD, "requirement")],
    [],
    ["2024-09-11", "2024-08-28", "2024-06", "2022", "2024-09-25"],
    scan="pdf")


# ---------------------------------------------------------------- 2 Arkansas: Conway PD (forwarded chain)
CPD = "Conway Police Department"
LNRS = "LexisNexis Risk Solutions"
VCC = "Accurint Virtual Crime Center"
SUBJ2 = "VCC face search add-on - Conway PD pricing"
AR_FOOT = "Conway PD FOIA 2024-118 (Ark. Code Ann. 25-19-105)          CPD-0{}"
doc("02_conway-pd-accurint-vcc-face-search-fwd-chain.txt", [
    (None, """\
From:     Carla Henley <chenley@cityofconway.org>
Subject:  Fwd: VCC face search add-on - Conway PD pricing
Date:     March 6, 2024 at 2:17:44 PM CST
To:       Grant Whitaker <gwhitaker@cityofconway.org>
Cc:       Dustin Pruett <dpruett@cityofconway.org>

Chief,

Forwarding the LexisNexis thread so you have it before Monday's
budget meeting. Short version: the face search add-on for Virtual
Crime Center would be $8,400 a year for up to 10 users, on top of
the $6,150 we already pay for VCC itself. Clearview's quote was
higher ($2,000 a seat, 5 seat minimum) and I'd rather not bring in
a second vendor.

Sgt. Pruett's numbers from last year are at the bottom.

Carla

Lt. Carla Henley
Criminal Investigation Division | Conway Police Department
(501) 555-0164


Begin forwarded message:

> From: "Mendez, Tomas (LNRS)" <tomas.mendez@lexisnexisrisk.com>
> Subject: RE: VCC face search add-on - Conway PD pricing
> Date: March 5, 2024 at 4:51:09 PM CST
> To: Carla Henley <chenley@cityofconway.org>
>
> Lieutenant Henley,
>
> Thanks for the call today. Pricing for Conway PD (acct 1187-40562):
>
>   Virtual Crime Center, agency subscription     $6,150.00 / year
>     (current term, renews July 1, 2024)
>   Face search add-on, up to 10 named users      $8,400.00 / year
>   Accurint for Law Enforcement, 6 seats         $4,320.00 / year
>     (person search - no change, not part of the add-on)
>
> Prices exclude Arkansas sales and use tax. The add-on searches your""",
     AR_FOOT.format("0031")),
    (None, """\
> agency's own booking photos plus the shared VCC gallery, which now
> holds more than 2.3 million booking photos contributed by agencies
> in Arkansas, Oklahoma and Missouri. Conway's photos would be loaded
> at setup at no charge.
>
> On the question about our terms: under the VCC user agreement, a
> face search result must be treated as an investigative lead and
> cannot be used as a positive identification.
>
> Best,
> Tomas Mendez
> Account Executive, Law Enforcement - South Central
> LexisNexis Risk Solutions | (678) 555-0142
>
> > On Mar 4, 2024, at 10:03 AM, Carla Henley
> > <chenley@cityofconway.org> wrote:
> >
> > Tomas,
> >
> > We're looking at adding face search to our VCC account. We have 6
> > VCC users in CID now and I'd expect 8 to 10 on face search. Can
> > you send annual pricing? For comparison, the Faulkner County
> > Sheriff's Office told us they pay $5,500 a year for face search
> > on their VCC account.
> >
> > Also, our General Order 417 says a face search has to be approved
> > by a CID sergeant before it is run, so we'd need an approval step
> > in the workflow. Is that configurable?
> >
> > Carla
> >
> > > On Feb 29, 2024, at 3:40 PM, Dustin Pruett
> > > <dpruett@cityofconway.org> wrote:
> > >
> > > LT - numbers you asked for. In 2023 we sent 41 photo requests to
> > > the Arkansas State Fusion Center for face searches, and they
> > > came back with 12 possible matches. Turnaround averaged 9 days,
> > > which is the main reason I'd like our own tool.
> > >
> > > FWIW nothing in our GOs prohibits using a social media photo as
> > > the probe image. We might want to fix that before we buy.""",
     AR_FOOT.format("0032")),
], "print", CPD,
    [CPD, "Faulkner County Sheriff's Office", "Arkansas State Fusion Center"],
    [LNRS, "Clearview AI"],
    [VCC, "Accurint for Law Enforcement"],
    [C(8400, 8400, "year", "would be $8,400 a year for up to 10 users", CPD, LNRS, VCC),
     C(2000, 2000, None, "$2,000 a seat", CPD, "Clearview AI", unit="per user"),
     C(5500, 5500, "year", "they pay $5,500 a year for face search", "Faulkner County Sheriff's Office", LNRS, VCC)],
    [N(10, "up to", "licenses", None, "$8,400 a year for up to 10 users", CPD, LNRS),
     N(2300000, "more than", "images", None, "holds more than 2.3 million booking photos", None, LNRS),
     N(41, "exact", "requests", None, "In 2023 we sent 41 photo requests", CPD, None),
     N(12, "exact", "matches", None, "came back with 12 possible matches", CPD, None)],
    [P("under the VCC user agreement, a face search result must be treated as an investigative lead and cannot "
       "be used as a positive identification.", CPD, "disclaimer"),
     P("our General Order 417 says a face search has to be approved by a CID sergeant before it is run", CPD,
       "requirement")],
    [E("Carla Henley", "Grant Whitaker", "March 6, 2024 at 2:17:44 PM CST", "Fwd: " + SUBJ2),
     E("Mendez, Tomas (LNRS)", "Carla Henley", "March 5, 2024 at 4:51:09 PM CST", "RE: " + SUBJ2),
     E("Carla Henley", None, "Mar 4, 2024, at 10:03 AM", None),
     E("Dustin Pruett", None, "Feb 29, 2024, at 3:40 PM", None)],
    ["2024-03-06", "2024-03-05", "2024-07-01", "2024-03-04", "2024-02-29", "2023"],
    scan="photocopy")


# ---------------------------------------------------------------- 3 Delaware: Rehoboth Beach PD (FOIA reply)
RBPD = "Rehoboth Beach Police Department"
DSIS = "Diamond State Integrated Systems"
BC = "BriefCam"
DE_FOOT = "RBPD FOIA 2024-046 p.{}/3"
doc("03_rehoboth-beach-pd-foia-reply-briefcam.txt", [
    (None, """\
                      CITY OF REHOBOTH BEACH
             POLICE DEPARTMENT - OFFICE OF THE CHIEF
      229 Rehoboth Avenue, Rehoboth Beach, Delaware 19971
                 Tel. (302) 555-0119 | Fax (302) 555-0120

                                                     August 19, 2024
VIA EMAIL ONLY

Mr. Julian Okafor
First State Watch
P.O. Box 1184
Wilmington, DE 19899

RE:  FOIA Request FOIA-RBPD-2024-046 (received July 22, 2024)
     FINAL RESPONSE

Dear Mr. Okafor:

The Rehoboth Beach Police Department ("RBPD") has completed its search
for records responsive to your request under the Delaware Freedom of
Information Act, 29 Del. C. ch. 100. Each part of your request is
repeated below between asterisks, followed by our response.

*Part 1. All purchase orders, invoices and contracts for facial
recognition software or services since January 1, 2021.*

RESPONSE: RBPD uses BriefCam video analytics to review recorded
footage from the City's boardwalk and Avenue camera network. The
City bought the base BriefCam license (BriefCam Review and Protect,
32 camera channels) in May 2022 for $41,600 under PO 22-0519. The
base license has no facial recognition capability. The Face
Recognition add-on for BriefCam Review, which lets an operator compare
faces in video against a watchlist, was bought in April 2023 for a
one-time fee of $7,800 (PO 23-0407), with annual maintenance of
$1,404 beginning in the second year. Both purchases were made through
Diamond State Integrated Systems, LLC, a BriefCam reseller. The POs
and invoices are produced as RBPD 0001-0014.""", DE_FOOT.format(1)),
    (None, """\
*Part 2. Records of any trial, demonstration or free account for
Clearview AI or any other facial recognition product.*

RESPONSE: One RBPD detective used a Clearview AI trial account from
June 5 to July 3, 2023. The account's search history shows 64
searches. RBPD did not buy a Clearview AI subscription, and the trial
account was closed on July 3, 2023. The trial emails are produced as
RBPD 0015-0027.

*Part 3. Records showing the number of facial recognition searches,
users and images in any watchlist.*

RESPONSE: The BriefCam audit log shows 143 face recognition searches
from April 17, 2023 through July 31, 2024. Four RBPD officers have
accounts with the Face Recognition add-on enabled. The watchlist held
17 images on July 31, 2024, all of persons with active arrest
warrants. In 2023 the Department also asked the Delaware Information
and Analysis Center to run 3 photographs through the State's system;
DIAC did not charge for those searches. The audit log export is
produced as RBPD 0028-0041.

*Part 4. Policies, general orders or directives on facial
recognition.*

RESPONSE: RBPD has no general order specific to facial recognition,
and there is no policy prohibiting use of the Face Recognition add-on
with Avenue camera footage. Use of the add-on is governed by the
Chief's memorandum of April 12, 2023, produced as RBPD 0042-0043.
Under the memorandum, the Face Recognition add-on may be used only to
investigate a felony or to locate a missing or endangered person. A
watchlist image must be removed once the warrant is served or
recalled. Any match must be confirmed by a sworn officer before action
is taken, and a match is not by itself grounds for an arrest.""", DE_FOOT.format(2)),
    (None, """\
*Part 5. Communications with vendors about facial recognition.*

RESPONSE: Produced as RBPD 0044-0056. A BriefCam price sheet marked
"confidential" is released in full, because the City does not treat
prices it has paid as exempt from disclosure.

WITHHELD AND REDACTED INFORMATION
Probe images and the names of persons on the watchlist are redacted
under 29 Del. C. 10002(o)(3), which exempts investigatory files
compiled for criminal law-enforcement purposes.

FEES
Under 29 Del. C. 10003(m), the first 20 pages of standard copies are
provided without charge. The production is 56 pages; the remaining 36
pages at $0.10 per page would come to $3.60. Because the total is
under $5.00 it has been waived. No administrative fee is charged,
since staff time was less than one hour.

If you believe this response does not comply with FOIA, you may
petition the Attorney General under 29 Del. C. 10005(e) within 60
days of this letter.

Sincerely,

/s/ Renata Szymanski

Lt. Renata Szymanski
FOIA Coordinator
Rehoboth Beach Police Department

cc:  City Solicitor
Enclosures: RBPD 0001-0056""", DE_FOOT.format(3)),
], "pdf", RBPD,
    ["City of Rehoboth Beach", RBPD, "Delaware Information and Analysis Center", "Delaware Attorney General"],
    [BC, DSIS, "Clearview AI"],
    ["BriefCam Review", "BriefCam Protect"],
    [C(7800, 7800, "one-time", "one-time fee of $7,800", RBPD, DSIS, "BriefCam Review"),
     C(1404, 1404, "year", "annual maintenance of $1,404", RBPD, DSIS, "BriefCam Review")],
    [N(64, "exact", "searches", None, "The account's search history shows 64 searches", RBPD, "Clearview AI"),
     N(143, "exact", "searches", None, "The BriefCam audit log shows 143 face recognition searches", RBPD, BC),
     N(4, "exact", "users", None, "Four RBPD officers have accounts with the Face Recognition add-on enabled",
       RBPD, BC),
     N(17, "exact", "images", None, "The watchlist held 17 images", RBPD, BC),
     N(3, "exact", "requests", None, "to run 3 photographs through the State's system", RBPD, None)],
    [P("the Face Recognition add-on may be used only to investigate a felony or to locate a missing or "
       "endangered person.", RBPD, "purpose"),
     P("A watchlist image must be removed once the warrant is served or recalled.", RBPD, "requirement"),
     P("Any match must be confirmed by a sworn officer before action is taken", RBPD, "requirement"),
     P("a match is not by itself grounds for an arrest.", RBPD, "disclaimer")],
    [],
    ["2024-08-19", "2024-07-22", "2021-01-01", "2022-05", "2023-04", "2023-06-05", "2023-07-03", "2023-04-17",
     "2024-07-31", "2023", "2023-04-12"],
    scan="pdf")


# ---------------------------------------------------------------- 4 New Mexico: Santa Fe County SO (fee schedule)
SFSO = "Santa Fe County Sheriff's Office"
ID = "IDEMIA"
MFI = "MorphoFace Investigate"
NM_HEAD = "PSA No. 2024-0311-SO/KG  Santa Fe County - IDEMIA Identity & Security USA"
NM_FOOT = "SFCSO-IPRA 000{}"
doc("04_santa-fe-county-so-idemia-psa-exhibit-b-fee-schedule.txt", [
    (NM_HEAD, """\
EXHIBIT B - COMPENSATION AND FEE SCHEDULE

Project: Facial Recognition Investigative Software for the Santa Fe
County Sheriff's Office

B.1  Compensation. The County shall pay the Contractor for the
     deliverables below at the prices stated. Total compensation under
     this Agreement, including reimbursable travel, shall not exceed
     $110,050.00, exclusive of New Mexico gross receipts tax.

B.2  Fee schedule

Item  Deliverable                                Fee (USD)   Billing
----  -----------------------------------------  ----------  ----------
 1    MFI client licenses, perpetual, one-time    50,000.00  On final
      fee - 8 concurrent users at $6,250.00                  acceptance
      per user
 2    MFI server software, installation, and      18,500.00  On go-live
      migration of approx. 212,000 booking
      images from the Adult Detention Facility
 3    Examiner training, two on-site sessions      4,800.00  On
      (up to 12 students per session)                        completion
 4    Software maintenance and support, Year 2    11,250.00  Annually,
 5    Software maintenance and support, Year 3    11,250.00  in advance
 6    Software maintenance and support, Year 4    11,250.00
 7    Reimbursable travel, not to exceed (B.4)     3,000.00  As incurred
                                                 ----------
      Total, Items 1-7                           110,050.00

B.3  Maintenance for Year 1 (the first twelve months after final
     acceptance) is included in the license fee in Item 1. Items 4-6
     are invoiced annually in advance at $11,250.00 per year and are
     not subject to escalation during the term.

B.4  Travel. Reimbursable travel shall be paid under the Per Diem and
     Mileage Act, NMSA 1978, Sections 10-8-1 through 10-8-8, and
     2.42.2 NMAC.""",
     NM_FOOT.format("214")),
    (NM_HEAD, """\
B.5  Gross receipts tax. The County shall pay New Mexico gross receipts
     tax on each invoice at the rate in effect at the place of
     performance (8.1875% on the date of this Agreement).

B.6  Not included. Maintenance of the Sheriff's Office's MorphoTrak
     livescan fingerprint stations is covered by Agreement
     2019-0088-CORR ($9,400.00 per year) and is not part of this
     Agreement.

EXHIBIT C - AUTHORIZED USE AND DATA CONDITIONS

C.1  Purpose. The Sheriff's Office shall use MFI only to develop
     investigative leads in criminal investigations, to identify
     deceased persons, and to help identify missing or endangered
     persons.
C.2  Access. Only Sheriff's Office employees who have completed the
     Contractor's examiner training and the Office's policy training
     may be issued an MFI account.
C.3  Leads only. A candidate returned by MFI is an investigative lead
     and shall not be the sole basis for an arrest, a search warrant
     or any other enforcement action.
C.4  Prohibited uses. The Sheriff's Office shall not use MFI to
     identify or track persons engaged in lawful assembly, protest or
     other activity protected by the First Amendment.
C.5  Contractor personnel. Contractor employees with access to County
     data shall pass a fingerprint-based background check and complete
     CJIS Security Awareness Training before access is granted.
C.6  Retention. Probe images and search logs shall be retained for
     four years and then purged, unless subject to a litigation hold.
C.7  Misuse. Any use of MFI contrary to this Exhibit by a Sheriff's
     Office employee shall be referred to the Office of Professional
     Standards and may result in discipline, including termination.
C.8  Outside requests. The Sheriff's Office may run searches at the
     request of other New Mexico law enforcement agencies, provided
     the requesting agency supplies its case number.""",
     NM_FOOT.format("215")),
    (NM_HEAD, """\
IN WITNESS WHEREOF, the parties have executed this Agreement. Term:
four (4) years from the Effective Date, which is the date of the last
signature below.

Approved by the Santa Fe County Board of County Commissioners at its
regular meeting of April 30, 2024.

SANTA FE COUNTY                      IDEMIA IDENTITY & SECURITY USA LLC


______________________________       ______________________________
Chair, Board of County               Vice President, Public Security
Commissioners                        Date: 05/06/2024
Date: 05/02/2024

Approved as to form:

______________________________
Assistant County Attorney            Date: 04/24/2024

Finance Division certification: funds are available in Fund 246
(Law Enforcement Protection Fund) and Fund 101 (General Fund), line
7130-5610, for the first-year amounts.

Contractor's New Mexico CRS No. 03-418870-00-1""",
     NM_FOOT.format("216")),
], "pdf", SFSO,
    ["Santa Fe County", SFSO, "Santa Fe County Board of County Commissioners",
     "Santa Fe County Adult Detention Facility"],
    [ID, "MorphoTrak"],
    [MFI],
    [C(None, 110050, None, "shall not exceed $110,050.00", SFSO, ID, MFI),
     C(50000, 50000, "one-time", "1    MFI client licenses, perpetual, one-time    50,000.00", SFSO, ID, MFI),
     C(6250, 6250, "one-time", "8 concurrent users at $6,250.00", SFSO, ID, MFI, unit="per user"),
     C(18500, 18500, None, "2    MFI server software, installation, and      18,500.00", SFSO, ID, MFI),
     C(4800, 4800, None, "3    Examiner training, two on-site sessions      4,800.00", SFSO, ID, MFI),
     C(11250, 11250, "year", "4    Software maintenance and support, Year 2    11,250.00", SFSO, ID, MFI),
     C(None, 3000, None, "7    Reimbursable travel, not to exceed (B.4)     3,000.00", SFSO, ID, MFI)],
    [N(8, "exact", "licenses", None, "8 concurrent users", SFSO, ID),
     N(212000, "approximately", "images", None, "migration of approx. 212,000 booking images", SFSO, ID)],
    [P("The Sheriff's Office shall use MFI only to develop investigative leads in criminal investigations, to "
       "identify deceased persons, and to help identify missing or endangered persons.", SFSO, "purpose"),
     P("Only Sheriff's Office employees who have completed the Contractor's examiner training and the Office's "
       "policy training may be issued an MFI account.", SFSO, "requirement"),
     P("A candidate returned by MFI is an investigative lead and shall not be the sole basis for an arrest, a "
       "search warrant or any other enforcement action.", SFSO, "disclaimer"),
     P("The Sheriff's Office shall not use MFI to identify or track persons engaged in lawful assembly, protest "
       "or other activity protected by the First Amendment.", SFSO, "prohibition"),
     P("Probe images and search logs shall be retained for four years and then purged, unless subject to a "
       "litigation hold.", SFSO, "requirement"),
     P("Any use of MFI contrary to this Exhibit by a Sheriff's Office employee shall be referred to the Office "
       "of Professional Standards and may result in discipline, including termination.", SFSO, "consequence"),
     P("The Sheriff's Office may run searches at the request of other New Mexico law enforcement agencies, "
       "provided the requesting agency supplies its case number.", SFSO, "permission")],
    [],
    ["2024-04-30", "2024-05-06", "2024-05-02", "2024-04-24"],
    scan="pdf")


# ---------------------------------------------------------------- 5 South Carolina: Charleston County SO (CSV)
CCSO = "Charleston County Sheriff's Office"
CV = "Clearview AI"
MONTHS = [("Jul 2023", 214), ("Aug 2023", 197), ("Sep 2023", 188), ("Oct 2023", 231), ("Nov 2023", 176),
          ("Dec 2023", 149), ("Jan 2024", 203), ("Feb 2024", 219), ("Mar 2024", 246), ("Apr 2024", 228),
          ("May 2024", 241), ("Jun 2024", 259)]
assert sum(n for _, n in MONTHS) == 2551
SC_FOOT = "CCSO FOIA 24-0733 p.{}"
doc("05_charleston-county-so-clearview-usage-csv-export.txt", [
    (None, """\
Charleston County Sheriff's Office - Intelligence Unit
Produced in native format, printed for release. Two CSV files follow.

=== FILE 1 of 2: FR_Clearview_Usage_FY2024.csv ===
# exported 2024-08-02 09:41 from the Clearview AI organization admin
# dashboard, org account CCSO-SC-0117
# compiled by Analyst D. Ravenel; reviewed by Capt. L. Brockington
"Month","Searches","Outside agency reqs","Possible matches","Admin note"
"Jul 2023","214","9","58",""
"Aug 2023","197","6","49",""
"Sep 2023","188","11","52",""
"Oct 2023","231","8","61",""
"Nov 2023","176","5","44","holiday weeks low"
"Dec 2023","149","4","37",""
"Jan 2024","203","10","55",""
"Feb 2024","219","7","63",""
"Mar 2024","246","12","70","Spring break detail"
"Apr 2024","228","9","59",""
"May 2024","241","8","66",""
"Jun 2024","259","13","71",""
"TOTAL FY2024","2551","102","685","Jul 1 2023 - Jun 30 2024"

=== FILE 2 of 2: FR_Clearview_Accounts_Costs_FY2024.csv ===
"Item","Detail","Value"
"Licensed seats at 6/30/2024","Clearview AI investigative seats","40"
"Users with 1+ search in FY2024","","33"
"Subscription FY2024","PO 4500218836, Jul 2023 - Jun 2024","$44,000.00"
"Per-seat rate FY2024","40 seats","$1,100.00"
"Renewal quote FY2025","Clearview quote Q-24-3310, 40 seats","$47,520.00"
"Renewal increase","vs FY2024","8.0%"
"Cellebrite Premium renewal","Digital forensics, NOT face rec","$38,750.00"
"SC sales tax","Exempt - certificate on file","$0.00"
"Requests by agency FY2024","North Charleston PD","41"
"Requests by agency FY2024","Mount Pleasant PD","27"
"Requests by agency FY2024","Berkeley County SO","14"
"Requests by agency FY2024","All others (9 agencies)","20"
""", SC_FOOT.format(1)),
    (None, """\
=== Notes (sheet "Notes" of FR_Clearview_Accounts_Costs_FY2024.xlsx) ===
Row,Note
1,"Per CCSO General Order 2-31, every Clearview search must carry an
incident or case number in the search notes field."
2,"GO 2-31: a Clearview result is an investigative lead only. It is
not a positive identification and is not probable cause."
3,"Searches for outside agencies may be run only by Intelligence Unit
analysts, on a written request from the outside agency."
4,"Monthly counts come from the dashboard; the admin note column is
the analyst's, not Clearview's."
5,"PROPOSED for FY2025, not adopted: cut to 30 seats and require a
quarterly supervisor audit of every account."
6,"Clearview's renewal quote states its database holds more than 40
billion facial images."
7,"Cellebrite line is shown only because it is on the same PO batch."
""", SC_FOOT.format(2)),
], "pdf", CCSO,
    [CCSO, "North Charleston Police Department", "Mount Pleasant Police Department",
     "Berkeley County Sheriff's Office"],
    [CV, "Cellebrite"],
    ["Cellebrite Premium"],
    [C(44000, 44000, "year", '"Subscription FY2024","PO 4500218836, Jul 2023 - Jun 2024","$44,000.00"', CCSO, CV),
     C(1100, 1100, "year", '"Per-seat rate FY2024","40 seats","$1,100.00"', CCSO, CV, unit="per user"),
     C(47520, 47520, "year", '"Renewal quote FY2025","Clearview quote Q-24-3310, 40 seats","$47,520.00"', CCSO, CV)],
    [N(n, "exact", "searches", "month", f'"{m}","{n}"', CCSO, CV) for m, n in MONTHS]
    + [N(2551, "exact", "searches", "year", '"TOTAL FY2024","2551"', CCSO, CV),
       N(102, "exact", "requests", "year", '"TOTAL FY2024","2551","102"', CCSO, CV),
       N(685, "exact", "matches", "year", '"TOTAL FY2024","2551","102","685"', CCSO, CV),
       N(40, "exact", "licenses", None, '"Clearview AI investigative seats","40"', CCSO, CV),
       N(33, "exact", "users", "year", '"Users with 1+ search in FY2024","","33"', CCSO, CV),
       N(41, "exact", "requests", "year", '"North Charleston PD","41"', CCSO, CV),
       N(27, "exact", "requests", "year", '"Mount Pleasant PD","27"', CCSO, CV),
       N(14, "exact", "requests", "year", '"Berkeley County SO","14"', CCSO, CV),
       N(20, "exact", "requests", "year", '"All others (9 agencies)","20"', CCSO, CV),
       N(40000000000, "more than", "images", None, "its database holds more than 40 billion facial images",
         None, CV)],
    [P("every Clearview search must carry an incident or case number in the search notes field.", CCSO,
       "requirement"),
     P("a Clearview result is an investigative lead only.", CCSO, "disclaimer"),
     P("It is not a positive identification and is not probable cause.", CCSO, "disclaimer"),
     P("Searches for outside agencies may be run only by Intelligence Unit analysts, on a written request from "
       "the outside agency.", CCSO, "requirement")],
    [],
    ["2024-08-02", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02",
     "2024-03", "2024-04", "2024-05", "2024-06", "2023-07-01", "2024-06-30"])


# ---------------------------------------------------------------- 6 Iowa: Ankeny PD (Slack export)
APD = "Ankeny Police Department"
HPSI = "Heartland Public Safety Integrators"
COG = "Cognitec"
DBS = "FaceVACS-DBScan LE"
IA_HEAD = "10/21/24, 3:07 PM                 cid-tech (Channel) - Ankeny PD - Slack"
IA_FOOT = "https://ankenypd-cid.slack.com/archives/C05QX7M2B1L                {}/2"
doc("06_ankeny-pd-slack-export-cognitec-quote.txt", [
    (IA_HEAD, """\
# cid-tech
Ankeny Police Department - Criminal Investigations Division
Printed for records request ARR-24-311 (messages 09/30/2024 - 10/04/2024)

---------------------------- Monday, September 30th ----------------------

Nate Brandvold   8:52 AM
Cognitec quote came back through Heartland Public Safety Integrators.
PDF is in the drive. Summary:
  - FaceVACS-DBScan LE, 4 workstation licenses: $23,600 ($5,900 each)
  - Gallery server license (up to 250,000 images): $14,000
  - Annual maintenance from year 2: 18% of license = $6,768
  - Onsite install + 2 days training: $4,250
Sales tax not included (Iowa 6% + 1% local, we're exempt anyway).
  :eyes: 3

Kim Osterhaus   9:05 AM
That's a lot more than Clearview. West Des Moines PD pays Clearview
$10,500 a year for 7 seats.
  3 replies
  | Nate Brandvold   9:11 AM
  | Clearview's a non-starter, Chief doesn't want an internet-scraped
  | database. Cognitec only searches what we load into it.
  | Kim Osterhaus   9:13 AM
  | fair. what would we load?
  | Nate Brandvold   9:20 AM
  | Our RMS has about 46,000 arrest and citation photos. Polk County
  | won't give us the jail booking set.

Marcus Heflin   10:02 AM
For context on volume: this year we've sent Polk County SO 38 photo
requests for their DataWorks Plus face search. They found possible
matches on 11. Reminder that under the Polk MOU, a Polk face search
result is an investigative lead only and can't be the basis for a
warrant by itself.
  :+1: 4""", IA_FOOT.format(1)),
    (IA_HEAD, """\
---------------------------- Wednesday, October 2nd ----------------------

Jess Amundsen   7:48 AM
Budget: I put $42,000 in the FY26 capital request (licenses + server +
install) and $6,800 a year in the operating request for maintenance.
Council won't see it until February.

Jess Amundsen   7:52 AM
Also, until a policy is adopted: nobody runs face searches on free
trials or personal accounts. That's straight from the Chief's memo of
9/12.
  :white_check_mark: 5

Nate Brandvold   8:30 AM
Draft Policy 426 is in the shared folder. It would require sergeant
approval and a case number for every search, and would limit licenses
to the 4 detectives in Persons Crimes. Not adopted yet, Legal has it.

Kim Osterhaus   8:41 AM
Someone from City IT asked if we'd looked at Amazon Rekognition. They
said no biometric data in a public cloud, so that's out.
  :100: 2

----------------------------- Friday, October 4th ------------------------

Nate Brandvold   2:15 PM
Heartland says the quote (Q-88213) holds through December 31, 2024.""", IA_FOOT.format(2)),
], "print", APD,
    [APD, "West Des Moines Police Department", "Polk County Sheriff's Office", "Ankeny City Council"],
    [COG, HPSI, CV, "DataWorks Plus", "Amazon Web Services"],
    [DBS, "Amazon Rekognition"],
    [C(23600, 23600, None, "FaceVACS-DBScan LE, 4 workstation licenses: $23,600", APD, HPSI, DBS),
     C(5900, 5900, None, "($5,900 each)", APD, HPSI, DBS, unit="per license"),
     C(14000, 14000, None, "Gallery server license (up to 250,000 images): $14,000", APD, HPSI, DBS),
     C(6768, 6768, "year", "Annual maintenance from year 2: 18% of license = $6,768", APD, HPSI, DBS),
     C(4250, 4250, None, "Onsite install + 2 days training: $4,250", APD, HPSI, DBS),
     C(10500, 10500, "year", "pays Clearview $10,500 a year for 7 seats", "West Des Moines Police Department", CV),
     C(42000, 42000, None, "I put $42,000 in the FY26 capital request", APD, None, DBS),
     C(6800, 6800, "year", "$6,800 a year in the operating request for maintenance", APD, None, DBS)],
    [N(4, "exact", "licenses", None, "FaceVACS-DBScan LE, 4 workstation licenses", APD, HPSI),
     N(7, "exact", "licenses", None, "$10,500 a year for 7 seats", "West Des Moines Police Department", CV),
     N(46000, "approximately", "images", None, "Our RMS has about 46,000 arrest and citation photos", APD, None),
     N(38, "exact", "requests", None, "we've sent Polk County SO 38 photo requests", APD, "DataWorks Plus"),
     N(11, "exact", "matches", None, "They found possible matches on 11", APD, "DataWorks Plus")],
    [P("under the Polk MOU, a Polk face search result is an investigative lead only and can't be the basis for "
       "a warrant by itself.", APD, "disclaimer"),
     P("nobody runs face searches on free trials or personal accounts.", APD, "prohibition")],
    [],
    ["2024-10-21", "2024-09-30", "2024-10-04", "2024-12-31"],
    scan="print")


def main():
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for d in DOCS:
        (out / d["file"]).write_text(d["text"], encoding="utf-8")
    (HERE / "labels.json").write_text(json.dumps([d["label"] for d in DOCS], indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents and labels.json")


if __name__ == "__main__":
    main()
