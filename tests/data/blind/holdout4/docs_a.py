"""Held-out set 4, part A: printed email threads. Each entry: text pages + labels written from intent."""

def cost(amin, amax, period, quote, agency, vendor=None, product=None, unit=None):
    d = {"amount_min": amin, "amount_max": amax, "currency": "USD", "period": period, "quote": quote,
         "agency": agency, "vendor": vendor, "product": product}
    if unit:
        d["unit"] = unit
    return d


def count(n, measure, quote, agency, vendor=None, qualifier=None, per=None, count_max=None):
    d = {"count": n, "qualifier": qualifier, "measure": measure, "per": per, "quote": quote,
         "agency": agency, "vendor": vendor}
    if count_max is not None:
        d["count_max"] = count_max
    return d


def pol(quote, kind, agency):
    return {"quote": quote, "kind": kind, "agency": agency}


def mail(frm, addr, date, subject, p0, p1):
    d = {"from": frm}
    if addr:
        d["from_address"] = addr
    d.update({"date": date, "subject": subject, "page_start": p0, "page_end": p1})
    return d


DOCS = []

# ---------------------------------------------------------------- 01 Outlook desktop, Rochester MN
RPD = "Rochester Police Department"
DOCS.append(dict(
    name="01_rochester-mn-pd-rank-one-outlook",
    kind="email", scan=True, photocopy=False,
    pages=["""\
Koenig, Daniel

From:                Koenig, Daniel <dkoenig@rochestermn.gov>
Sent:                Tuesday, February 13, 2024 3:47 PM
To:                  Marcus Ybarra
Cc:                  Halvorsen, Tricia
Subject:             RE: ROC Investigator pricing - Rochester PD

Marcus,

Thanks. Finance signed off on the five-seat option. Please send the order form to Tricia
and reference our ORI MN0550100 on it. We are not adding the ROC Watch module.
Facial recognition will not be used on live or real-time video feeds.
That line is in the draft directive the Chief signed last week.

Dan Koenig
Lieutenant, Investigations Division
Rochester Police Department
101 4th St SE, Rochester, MN 55904 | (507) 328-6800

From:                Marcus Ybarra <mybarra@rankone.io>
Sent:                Monday, February 12, 2024 10:05 AM
To:                  Koenig, Daniel <dkoenig@rochestermn.gov>
Subject:             RE: ROC Investigator pricing - Rochester PD

Lieutenant Koenig,

As discussed on our call, here is pricing for Rochester PD:

  ROC Investigator desktop license    5 seats x $2,400/seat/yr    $12,000 per year
  Onboarding and remote training      one-time fee                $3,500
  ROC Watch (live video), optional    $45 per camera per month

Term is 12 months from activation. Your booking photo repository (roughly 186,000 images
per your records staff) can be enrolled at no extra charge. The quote is good for 60 days.

Marcus Ybarra | Public Safety Account Executive
Rank One Computing | Denver, CO | 303-555-0148
""", """\
From:                Koenig, Daniel <dkoenig@rochestermn.gov>
Sent:                Thursday, February 8, 2024 1:22 PM
To:                  Sales - Rank One <sales@rankone.io>
Subject:             ROC Investigator pricing - Rochester PD

Hello,

The Rochester Police Department is evaluating still-image face comparison software for our
Investigations Division (a burglary series, RPD case 23-118452, is the kind of case we have
in mind). Could someone send pricing for ROC Investigator for a small group of investigators,
plus any training cost? We are not interested in real-time video.

Thank you,

Lt. Daniel Koenig
Rochester Police Department
(507) 328-6800



RPD 000214
"""],
    labels=dict(
        request_agency=RPD, agencies=[RPD], vendors=["Rank One Computing"],
        products=["ROC Investigator", "ROC Watch"],
        costs=[
            cost(12000, 12000, "year", "5 seats x $2,400/seat/yr    $12,000 per year", RPD, "Rank One Computing", "ROC Investigator"),
            cost(2400, 2400, "year", "$2,400/seat/yr", RPD, "Rank One Computing", "ROC Investigator", unit="per seat"),
            cost(3500, 3500, "one-time", "one-time fee                $3,500", RPD, "Rank One Computing", "ROC Investigator"),
            cost(45, 45, "month", "$45 per camera per month", RPD, "Rank One Computing", "ROC Watch", unit="per camera"),
        ],
        counts=[
            count(5, "users", "5 seats", RPD, "Rank One Computing"),
            count(186000, "images", "roughly 186,000 images", RPD, qualifier="approximately"),
        ],
        image_counts=[{"count": 186000, "quote": "roughly 186,000 images"}],
        policies=[pol("Facial recognition will not be used on live or real-time video feeds.", "prohibition", RPD)],
        emails=[
            mail("Koenig, Daniel", "dkoenig@rochestermn.gov", "2024-02-13 15:47", "RE: ROC Investigator pricing - Rochester PD", 1, 1),
            mail("Marcus Ybarra", "mybarra@rankone.io", "2024-02-12 10:05", "RE: ROC Investigator pricing - Rochester PD", 1, 1),
            mail("Koenig, Daniel", "dkoenig@rochestermn.gov", "2024-02-08 13:22", "ROC Investigator pricing - Rochester PD", 2, 2),
        ],
    ),
    layout="Outlook desktop print, newest first, 3 messages over 2 pages, Bates stamp",
    traps="ORI MN0550100, case 23-118452, phone numbers, '60 days', '12 months', ZIP",
))

# ---------------------------------------------------------------- 02 Gmail, Ada County ID
ACSO = "Ada County Sheriff's Office"
DOCS.append(dict(
    name="02_ada-county-id-so-clearview-gmail",
    kind="email", scan=False,
    pages=["""\
9/24/24, 2:31 PM                         Ada County Mail - Clearview AI renewal - ACSO

                                                 Pete Lindqvist <plindqvist@adacounty.id.gov>

Clearview AI renewal - ACSO
3 messages

Jordan Mayhew <jordan.mayhew@clearview.ai>                       Tue, Sep 10, 2024 at 9:14 AM
To: plindqvist@adacounty.id.gov
Cc: renewals@clearview.ai

Hi Sgt. Lindqvist,

Your current Clearview AI term for the Ada County Sheriff's Office ends October 1.
Renewal for 10 users is $19,990 for the 12-month term ($1,999 per user).
That includes access to our database of more than 50 billion facial images, Clearview
Mobile for each user, and unlimited searches. Let me know if you'd like an order form.

Best,
Jordan Mayhew
Government Accounts | Clearview AI

Pete Lindqvist <plindqvist@adacounty.id.gov>                     Thu, Sep 19, 2024 at 4:02 PM
To: Jordan Mayhew <jordan.mayhew@clearview.ai>
Cc: "Amber Solis (asolis@adacounty.id.gov)" <asolis@adacounty.id.gov>

Jordan,

The Board only approved $18K for this line in the FY25 budget, so $19,990 does not work.
Is there a way to get closer? Also, for your records:
Per ACSO Policy 612, a Clearview result is an investigative lead only, not probable cause.

Sgt. Pete Lindqvist
Ada County Sheriff's Office | 7200 Barrister Dr, Boise ID 83704 | (208) 577-3000

https://mail.google.com/mail/u/0/?ik=4c1e9a02bd&view=pt&search=all&th=191d          1/2
""", """\
9/24/24, 2:31 PM                         Ada County Mail - Clearview AI renewal - ACSO

Jordan Mayhew <jordan.mayhew@clearview.ai>                       Mon, Sep 23, 2024 at 11:47 AM
To: Pete Lindqvist <plindqvist@adacounty.id.gov>
Cc: "Amber Solis (asolis@adacounty.id.gov)" <asolis@adacounty.id.gov>

Sergeant,

Two options that fit:
(a) 9 users at $17,991 for the year; or
(b) keep all 10 users at $18,000 per year with a three-year commitment ($54,000 total).
Either can start October 1. Quote reference CV-ID-2291.

> On Thu, Sep 19, 2024 at 4:02 PM Pete Lindqvist <plindqvist@adacounty.id.gov> wrote:
> The Board only approved $18K for this line in the FY25 budget ...

Jordan

https://mail.google.com/mail/u/0/?ik=4c1e9a02bd&view=pt&search=all&th=191d          2/2
"""],
    labels=dict(
        request_agency=ACSO, agencies=[ACSO], vendors=["Clearview AI"], products=["Clearview AI", "Clearview Mobile"],
        costs=[
            cost(19990, 19990, "year", "Renewal for 10 users is $19,990 for the 12-month term", ACSO, "Clearview AI", "Clearview AI"),
            cost(1999, 1999, "year", "$1,999 per user", ACSO, "Clearview AI", "Clearview AI", unit="per user"),
            cost(18000, 18000, None, "approved $18K for this line in the FY25 budget", ACSO, "Clearview AI", "Clearview AI"),
            cost(17991, 17991, "year", "9 users at $17,991 for the year", ACSO, "Clearview AI", "Clearview AI"),
            cost(18000, 18000, "year", "$18,000 per year", ACSO, "Clearview AI", "Clearview AI"),
            cost(54000, 54000, None, "($54,000 total)", ACSO, "Clearview AI", "Clearview AI"),
        ],
        counts=[
            count(10, "users", "Renewal for 10 users", ACSO, "Clearview AI"),
            count(50000000000, "images", "more than 50 billion facial images", None, "Clearview AI", qualifier="at least"),
            count(9, "users", "9 users", ACSO, "Clearview AI"),
        ],
        image_counts=[{"count": 50000000000, "quote": "more than 50 billion facial images"}],
        policies=[pol("Per ACSO Policy 612, a Clearview result is an investigative lead only, not probable cause.", "disclaimer", ACSO)],
        emails=[
            mail("Jordan Mayhew", "jordan.mayhew@clearview.ai", "2024-09-10 09:14", "Clearview AI renewal - ACSO", 1, 1),
            mail("Pete Lindqvist", "plindqvist@adacounty.id.gov", "2024-09-19 16:02", "Clearview AI renewal - ACSO", 1, 1),
            mail("Jordan Mayhew", "jordan.mayhew@clearview.ai", "2024-09-23 11:47", "Clearview AI renewal - ACSO", 2, 2),
        ],
    ),
    layout="Gmail (Google Workspace) print, 3 messages, print timestamp and URL footers, quoted 'On ... wrote:' (not an entry)",
    traps="$18K budget vs $18,000/yr offer (two distinct facts, same number), $19,990 restated, Policy 612, quote ref CV-ID-2291, ZIP, phone, FY25",
))

# ---------------------------------------------------------------- 03 Outlook Web, Montana
MHP = "Montana Highway Patrol"
DCI = "Montana Division of Criminal Investigation"
DOCS.append(dict(
    name="03_montana-hp-idemia-owa",
    kind="email", scan=False,
    pages=["""\
Outlook

RE: MFI maintenance renewal - MHP / DCI

Brandt, Kelsey <KBrandt@mt.gov>
Wed 4/17/2024 8:52 AM
To: Oyelaran, Femi <femi.oyelaran@idemia.com>
Cc: MHP Records <mhprecords@mt.gov>; Rasmussen, Cole <CRasmussen@mt.gov>

Femi,

Confirming the Montana Highway Patrol will renew MorphoFace Investigate maintenance for
FY2025 at the quoted USD 27,850 annually. DCI's analysts share the same server and are
covered under our agreement; they should not receive a separate invoice.

For the upgrade to the new matcher, we can commit to an amount not to exceed $60,000,
contingent on legislative approval of HB 2 funding. Please send a revised SOW.

Between our two agencies the system averages about 1,300 searches a year. Gallery size
after the March load is approximately 412,000 booking photos.

Kelsey Brandt
Administrative Services Bureau, Montana Highway Patrol
2550 Prospect Ave, Helena MT 59620 | 406-444-3780

From: Oyelaran, Femi <femi.oyelaran@idemia.com>
Sent: Tuesday, April 16, 2024 2:10 PM
To: Brandt, Kelsey <KBrandt@mt.gov>
Subject: MFI maintenance renewal - MHP / DCI
""", """\
Outlook

MFI maintenance renewal - MHP / DCI

Oyelaran, Femi <femi.oyelaran@idemia.com>
Tue 4/16/2024 2:10 PM
To: Brandt, Kelsey <KBrandt@mt.gov>

Hello Kelsey,

Attached is the FY2025 renewal for MorphoFace Investigate (MFI) software maintenance,
contract 2019-MHP-0417. Annual maintenance is $27,850.00, unchanged from FY2024.

The matcher upgrade (MFI 7.x, new face algorithm) is estimated at $52,000 to $58,000
depending on server hardware. Your Live Scan fingerprint stations are on a separate
contract (renewal $14,300) and are not part of this quote.

Regards,
Femi Oyelaran
Account Manager, Public Security | IDEMIA Identity & Security North America
"""],
    labels=dict(
        request_agency=MHP, agencies=[MHP, DCI], vendors=["Idemia"], products=["MorphoFace Investigate"],
        costs=[
            cost(27850, 27850, "year", "USD 27,850 annually", MHP, "Idemia", "MorphoFace Investigate"),
            cost(None, 60000, None, "not to exceed $60,000", MHP, "Idemia", "MorphoFace Investigate"),
            cost(52000, 58000, None, "$52,000 to $58,000", MHP, "Idemia", "MorphoFace Investigate"),
        ],
        counts=[
            count(1300, "searches", "about 1,300 searches a year", None, qualifier="approximately", per="year"),
            count(412000, "images", "approximately 412,000 booking photos", MHP, qualifier="approximately"),
        ],
        image_counts=[{"count": 412000, "quote": "approximately 412,000 booking photos"}],
        policies=[],
        emails=[
            mail("Brandt, Kelsey", "KBrandt@mt.gov", "2024-04-17 08:52", "RE: MFI maintenance renewal - MHP / DCI", 1, 1),
            mail("Oyelaran, Femi", "femi.oyelaran@idemia.com", "2024-04-16 14:10", "MFI maintenance renewal - MHP / DCI", 2, 2),
        ],
    ),
    layout="Outlook Web (OWA) print, two messages each with its own OWA header; reply ends with an Outlook-style From/Sent block of the next printed message",
    traps="$27,850.00 restated (one fact), Live Scan fingerprint renewal $14,300 (not FR), contract 2019-MHP-0417, HB 2, FY2025, phone, ZIP. The 1,300 searches are shared by two agencies (agency null)",
))

# ---------------------------------------------------------------- 04 Apple Mail, Reno-Tahoe airport
RTAA = "Reno-Tahoe Airport Authority Police Department"
DOCS.append(dict(
    name="04_reno-tahoe-airport-pd-paravision-applemail",
    kind="email", scan=True, photocopy=True,
    pages=["""\
From:      Alan Whitcomb <awhitcomb@renoairport.net>
Subject:   Re: Paravision pilot - Terminal checkpoint cameras
Date:      March 4, 2025 at 7:41:09 AM PST
To:        Denise Okafor <dokafor@renoairport.net>
Cc:        procurement@renoairport.net

Denise -

Approved to proceed with the pilot at the numbers below, capped at $9,000 for the pilot.
One condition from the Board's committee:
The watchlist shall contain only persons subject to a current trespass exclusion order.
Nothing from TSA screening lanes goes into it.

Chief Whitcomb
Reno-Tahoe Airport Authority Police Department | ext. 4471

> On Mar 3, 2025, at 4:18 PM, Denise Okafor <dokafor@renoairport.net> wrote:
>
> Chief, summary of Paravision's pilot proposal is below.



From:      Denise Okafor <dokafor@renoairport.net>
Subject:   Paravision pilot - Terminal checkpoint cameras
Date:      March 3, 2025 at 4:18:22 PM PST
To:        Alan Whitcomb <awhitcomb@renoairport.net>

Chief,

Paravision's pilot proposal for the Gate C concourse:

- 12 cameras (existing Axis units, Gate C1 through C12), no new hardware
- Paravision Identity platform, priced at $0.04 per search
- monthly minimum of $750 regardless of volume
- 90-day pilot, Terminal 2 data room hosts the server

They estimate 20,000 searches per month at peak.
A sergeant must confirm each match visually before any officer approaches the person.

Denise Okafor
Lieutenant, Special Operations
Reno-Tahoe Airport Authority Police Department
"""],
    labels=dict(
        request_agency=RTAA, agencies=[RTAA], vendors=["Paravision"], products=["Paravision Identity"],
        costs=[
            cost(None, 9000, None, "capped at $9,000 for the pilot", RTAA, "Paravision", "Paravision Identity"),
            cost(0.04, 0.04, None, "$0.04 per search", RTAA, "Paravision", "Paravision Identity", unit="per search"),
            cost(750, 750, "month", "monthly minimum of $750", RTAA, "Paravision", "Paravision Identity"),
        ],
        counts=[
            count(12, "cameras", "12 cameras", RTAA, "Paravision"),
            count(20000, "searches", "20,000 searches per month", RTAA, "Paravision", qualifier="approximately", per="month"),
        ],
        image_counts=[],
        policies=[
            pol("The watchlist shall contain only persons subject to a current trespass exclusion order.", "requirement", RTAA),
            pol("Nothing from TSA screening lanes goes into it.", "prohibition", RTAA),
            pol("A sergeant must confirm each match visually before any officer approaches the person.", "requirement", RTAA),
        ],
        emails=[
            mail("Alan Whitcomb", "awhitcomb@renoairport.net", "2025-03-04 07:41", "Re: Paravision pilot - Terminal checkpoint cameras", 1, 1),
            mail("Denise Okafor", "dokafor@renoairport.net", "2025-03-03 16:18", "Paravision pilot - Terminal checkpoint cameras", 1, 1),
        ],
    ),
    layout="Apple Mail print, two messages on one page, reply quotes with '> On ... wrote:' (not an entry), seconds in the Date line",
    traps="Gate C1-C12, Terminal 2, ext. 4471, 90-day pilot, the quoted copy of the 4:18 PM message. Photocopied scan",
))

# ---------------------------------------------------------------- 05 Forwarded chain, Iowa State Univ PD
ISU = "Iowa State University Police Department"
STORY = "Story County Sheriff's Office"
DOCS.append(dict(
    name="05_iowa-state-univ-pd-veritone-forward",
    kind="email", scan=False,
    pages=["""\
From: Carla Nguyen <cnguyen@iastate.edu>
Sent: Friday, October 4, 2024 11:06 AM
To: Michael Reese <mreese@iastate.edu>
Cc: [REDACTED]@iastate.edu
Subject: FW: Veritone IDentify quote for ISU PD

Mike - forwarding for the procurement file (req. PR-25-00731). See Veritone's numbers below.
Note the big number is the three-year amount, not annual.

Carla Nguyen, Support Services Manager
Iowa State University Police Department | 2519 Osborn Dr, Ames IA 50011 | 515-294-4428

-----Original Message-----
From: Brooke Allard <ballard@veritone.com>
Sent: Thursday, October 3, 2024 4:40 PM
To: Carla Nguyen <cnguyen@iastate.edu>
Subject: Veritone IDentify quote for ISU PD

Hi Carla,

Pricing for the ISU Police Department, per our call:

  Item                                  Rate                      Amount
  Veritone IDentify, 8 named users      $1,450 per user per year  $11,600 / yr
  Three-year total (years 1-3)                                    $34,800
  Implementation and training (one-time)                          $2,200

IDentify compares probe images only against the booking records you load; it does not
search the internet. Quote valid 30 days.

Brooke Allard | Veritone Public Sector

On Wed, Oct 2, 2024 at 9:15 AM, Carla Nguyen <cnguyen@iastate.edu> wrote:
> Brooke, could you send pricing for up to 8 users? Our booking photos would come from
> Story County Sheriff's Office's jail system, about 24,000 images. Under our draft directive:
> IDentify may only be used on images lawfully obtained in an open criminal investigation.
> Thanks, Carla
""", """\
From: Michael Reese <mreese@iastate.edu>
Sent: Friday, October 4, 2024 1:37 PM
To: Carla Nguyen <cnguyen@iastate.edu>
Subject: RE: FW: Veritone IDentify quote for ISU PD

Thanks Carla. I will need the data sharing agreement with Story County Sheriff's Office
signed before I can issue the PO. Budget code 710-25-4410 for year one.

Michael Reese
Procurement Services, Iowa State University
"""],
    labels=dict(
        request_agency=ISU, agencies=[ISU, STORY, "Iowa State University"], vendors=["Veritone"], products=["Veritone IDentify"],
        costs=[
            cost(11600, 11600, "year", "$11,600 / yr", ISU, "Veritone", "Veritone IDentify"),
            cost(1450, 1450, "year", "$1,450 per user per year", ISU, "Veritone", "Veritone IDentify", unit="per user"),
            cost(34800, 34800, None, "Three-year total (years 1-3)                                    $34,800", ISU, "Veritone", "Veritone IDentify"),
            cost(2200, 2200, "one-time", "Implementation and training (one-time)                          $2,200", ISU, "Veritone", "Veritone IDentify"),
        ],
        counts=[
            count(8, "users", "8 named users", ISU, "Veritone"),
            count(24000, "images", "about 24,000 images", STORY, qualifier="approximately"),
        ],
        image_counts=[{"count": 24000, "quote": "about 24,000 images"}],
        policies=[pol("IDentify may only be used on images lawfully obtained in an open criminal investigation.", "requirement", ISU)],
        emails=[
            mail("Carla Nguyen", "cnguyen@iastate.edu", "2024-10-04 11:06", "FW: Veritone IDentify quote for ISU PD", 1, 1),
            mail("Brooke Allard", "ballard@veritone.com", "2024-10-03 16:40", "Veritone IDentify quote for ISU PD", 1, 1),
            mail("Michael Reese", "mreese@iastate.edu", "2024-10-04 13:37", "RE: FW: Veritone IDentify quote for ISU PD", 2, 2),
        ],
    ),
    layout="Forwarded chain: FW with '-----Original Message-----' block, an 'On ... wrote:' quoted request (not an entry), then a reply on page 2; redacted Cc",
    traps="req. PR-25-00731, budget code 710-25-4410, 'up to 8 users' restates 8, '30 days', phone, ZIP. Gallery belongs to a second agency (Story County SO)",
))
