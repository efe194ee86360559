from build_lib import doc, C, N, P, E

BCSO = "Baldwin County Sheriff's Office"
doc("dev3_01_al-baldwin-so-clearview-renewal-outlook", """Castleberry, Renee

From:           Castleberry, Renee
Sent:           Wednesday, March 8, 2023 9:02 AM
To:             Hollis, Dwayne
Cc:             [REDACTED - (b)(6)]
Subject:        RE: Clearview AI renewal quote - BCSO

Dwayne - approved to pay the renewal out of the LETF forfeiture line (10-4410-5320). Make sure the
new CID deputies sign the acknowledgment form before Clearview turns on their accounts.

Reminder that under General Order 41-7, a Clearview result is an investigative lead only.
Deputies shall not use a Clearview result as the sole basis for probable cause or an arrest.

Renee Castleberry
Chief Deputy
Baldwin County Sheriff's Office
(251) 937-0210

From:           Hollis, Dwayne
Sent:           Tuesday, March 7, 2023 2:14 PM
To:             Castleberry, Renee
Subject:        FW: Clearview AI renewal quote - BCSO

Chief,

See below from Clearview. The renewal for 2023-24 is $9,500 for the year and covers 8 user seats,
up from last year's $7,200 for 6 seats. Can we move this to forfeiture instead of general fund?
The Axon body camera storage renewal ($61,880) is going to the Commission separately and is not
part of this request.

Dwayne Hollis
Captain, Criminal Investigations Division
Baldwin County Sheriff's Office
310 Hand Avenue, Bay Minette, AL 36507
Office (251) 937-0202

                                                        BCSO-PRR-2023-0417  000213
\fFrom:           Marcus Ledet <marcus.ledet@clearview.ai>
Sent:           Monday, March 6, 2023 4:47 PM
To:             Hollis, Dwayne <dhollis@baldwinsheriff-al.gov>
Subject:        Clearview AI renewal quote - BCSO

Captain Hollis,

Thanks for the call this afternoon. As discussed, renewal pricing for Baldwin County:

    Clearview AI Investigative Platform, 8 users, 12-month term          $9,500.00
    Additional users (if needed)                       $1,250.00 per user per year

Your investigators ran 1,134 searches during the current term. The platform now searches
more than 40 billion publicly available facial images, and mobile access is included at no charge.

A signed order form and PO by March 31 keeps your current rate. You can reach me directly at
212-555-0143.

Marcus Ledet
Account Executive, Government
Clearview AI, Inc.

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the addressee and
may contain confidential or proprietary information. If you received it in error, delete it.

                                                        BCSO-PRR-2023-0417  000214
""", request_agency=BCSO, agencies=[BCSO], vendors=["Clearview AI", "Axon"],
    products=["Clearview AI Investigative Platform"],
    costs=[
        C(9500, 9500, "year", "The renewal for 2023-24 is $9,500 for the year", BCSO, "Clearview AI", "Clearview AI Investigative Platform"),
        C(7200, 7200, "year", "last year's $7,200", BCSO, "Clearview AI", "Clearview AI Investigative Platform"),
        C(1250, 1250, "year", "$1,250.00 per user per year", BCSO, "Clearview AI", "Clearview AI Investigative Platform", unit="per user"),
    ],
    counts=[
        N(8, "covers 8 user seats", "users", agency=BCSO, vendor="Clearview AI"),
        N(6, "$7,200 for 6 seats", "users", agency=BCSO, vendor="Clearview AI"),
        N(1134, "ran 1,134 searches during the current term", "searches", agency=BCSO, vendor="Clearview AI"),
        N(40_000_000_000, "more than 40 billion publicly available facial images", "images", qualifier="more than", vendor="Clearview AI"),
    ],
    policies=[
        P("Reminder that under General Order 41-7, a Clearview result is an investigative lead only.", "disclaimer", BCSO),
        P("Deputies shall not use a Clearview result as the sole basis for probable cause or an arrest.", "prohibition", BCSO),
        P("Make sure the\nnew CID deputies sign the acknowledgment form before Clearview turns on their accounts.", "requirement", BCSO),
    ],
    emails=[
        E("Castleberry, Renee", None, "2023-03-08 09:02", "RE: Clearview AI renewal quote - BCSO", 1),
        E("Hollis, Dwayne", None, "2023-03-07 14:14", "FW: Clearview AI renewal quote - BCSO", 1),
        E("Marcus Ledet", "marcus.ledet@clearview.ai", "2023-03-06 16:47", "Clearview AI renewal quote - BCSO", 2),
    ],
    scan=True, printed=True, layout="Outlook print of a forward chain, newest first; Bates stamps; (b)(6) redaction in Cc",
    traps="$61,880 body-camera storage; account 10-4410-5320; phone numbers; ZIP; General Order 41-7; $9,500.00 repeated in the table; '8 users' repeated; 'mobile access included at no charge'")

BPD = "Boise Police Department"
doc("dev3_02_id-boise-pd-rank-one-gmail", """11/14/23, 10:52 AM                              City of Boise Mail - Re: ROC pricing for Boise PD

City of Boise Mail                                         Kendra Vialpando <kvialpando@cityofboise.org>

Re: ROC pricing for Boise PD
3 messages

Tom Reinholt <treinholt@rankone.io>                                      Mon, Oct 2, 2023 at 3:18 PM
To: Kendra Vialpando <kvialpando@cityofboise.org>
Cc: "Sgt. Aaron Pike" <apike@cityofboise.org>

Hi Kendra,

Following up on last week's demo for Boise PD. Pricing for the City of Boise:

ROC Investigate server license (perpetual), on-premises: $24,000 one-time
Annual support and updates: $4,800 per year, starting in year two
Named investigator accounts: 10 included; additional accounts $350 each

ROC Investigate would be loaded with the Ada County jail booking gallery, which Sgt. Pike tells me
is about 212,000 booking photos.

Best,
Tom Reinholt
Rank One Computing | Denver, CO | 303-555-0178

Kendra Vialpando <kvialpando@cityofboise.org>                            Tue, Oct 3, 2023 at 9:41 AM
To: Tom Reinholt <treinholt@rankone.io>
Cc: "Sgt. Aaron Pike" <apike@cityofboise.org>

Thanks Tom. Two questions from Purchasing: (1) is the $350 per account a one-time fee or annual?
(2) can the support rate be locked for three years?
We have $30,000 in the FY24 budget (line 0100-3350-52210) for this project.

Kendra Vialpando
Management Analyst, Boise Police Department
333 N. Mark Stall Place, Boise, ID 83704

On Mon, Oct 2, 2023 at 3:18 PM Tom Reinholt <treinholt@rankone.io> wrote:
> Hi Kendra,
> Following up on last week's demo for Boise PD. Pricing for the City of Boise:
> ROC Investigate server license (perpetual), on-premises: $24,000 one-time

https://mail.google.com/mail/u/0/?ik=8c1f0e7d2a&view=pt&search=all&permthid=thread-f:17785    1/2
\f11/14/23, 10:52 AM                              City of Boise Mail - Re: ROC pricing for Boise PD

Tom Reinholt <treinholt@rankone.io>                                      Tue, Oct 3, 2023 at 4:05 PM
To: Kendra Vialpando <kvialpando@cityofboise.org>
Cc: "Sgt. Aaron Pike" <apike@cityofboise.org>

Kendra,

The $350 is a one-time fee per account. We can hold support at $4,800 for years two and three, so
the three-year total would be $33,600 including the license.

Also, for your policy review: ROC Investigate is configured for still images only. Boise PD's
draft SOP 14.22 says:
"Facial recognition will not be run against live or recorded video streams."

Tom

https://mail.google.com/mail/u/0/?ik=8c1f0e7d2a&view=pt&search=all&permthid=thread-f:17785    2/2
""", request_agency=BPD, agencies=[BPD, "City of Boise", "Ada County Sheriff's Office"], vendors=["Rank One Computing"],
    products=["ROC Investigate"],
    costs=[
        C(24000, 24000, "one-time", "ROC Investigate server license (perpetual), on-premises: $24,000 one-time", BPD, "Rank One Computing", "ROC Investigate"),
        C(4800, 4800, "year", "Annual support and updates: $4,800 per year", BPD, "Rank One Computing", "ROC Investigate"),
        C(350, 350, "one-time", "The $350 is a one-time fee per account.", BPD, "Rank One Computing", "ROC Investigate", unit="per account"),
        C(30000, 30000, None, "We have $30,000 in the FY24 budget", BPD, "Rank One Computing", "ROC Investigate"),
        C(33600, 33600, None, "the three-year total would be $33,600", BPD, "Rank One Computing", "ROC Investigate"),
    ],
    counts=[
        N(10, "Named investigator accounts: 10 included", "users", agency=BPD, vendor="Rank One Computing"),
        N(212000, "about 212,000 booking photos", "images", qualifier="about", agency="Ada County Sheriff's Office", vendor="Rank One Computing"),
    ],
    policies=[
        P("Facial recognition will not be run against live or recorded video streams.", "prohibition", BPD),
    ],
    emails=[
        E("Tom Reinholt", "treinholt@rankone.io", "2023-10-02 15:18", "Re: ROC pricing for Boise PD", 1),
        E("Kendra Vialpando", "kvialpando@cityofboise.org", "2023-10-03 09:41", "Re: ROC pricing for Boise PD", 1),
        E("Tom Reinholt", "treinholt@rankone.io", "2023-10-03 16:05", "Re: ROC pricing for Boise PD", 2),
    ],
    printed=True, layout="Gmail print ('3 messages', right-aligned dates, print URL footer), quoted 'On ... wrote:' copy",
    traps="'City of Boise' named near the prices while the buyer (Boise PD) is in the subject/signature; quoted copy repeats $24,000; budget line 0100-3350-52210; 'three years' ; SOP 14.22; phone; ZIP; '1/2' page counter")

CRPD = "Cedar Rapids Police Department"
doc("dev3_03_ia-cedar-rapids-dataworks-forward-chain", """From: Jill Hoskins <j.hoskins@cedar-rapids.org>
Sent: Thursday, June 13, 2024 11:26 AM
To: City Attorney Records <cityattorney@cedar-rapids.org>
Subject: FW: FW: DataWorks Plus FACE Plus renewal + mobile

Forwarding for public records request PRR 24-0611. Finance has no objection to release.

Jill Hoskins | Purchasing Agent | City of Cedar Rapids Finance Department
101 First Street SE, Cedar Rapids, IA 52401 | 319-286-5000

-----Original Message-----
From: Lt. Brandon Oyler <b.oyler@cedar-rapids.org>
Sent: Wednesday, June 12, 2024 3:58 PM
To: Jill Hoskins <j.hoskins@cedar-rapids.org>
Subject: FW: DataWorks Plus FACE Plus renewal + mobile

Jill - CRPD would like to renew FACE Plus for FY25 and add the mobile app for patrol.
Total request is $19,150 from 001-2100-6330. The vendor quote is forwarded below.
The Flock LPR renewal ($27,500) is on a separate requisition.

Lt. Brandon Oyler
Cedar Rapids Police Department, Investigations Division
505 First Street SW, Cedar Rapids, IA 52404
\f---------- Forwarded message ---------
From: Dana Whitfield <dwhitfield@dataworksplus.com>
Date: Tue, Jun 4, 2024 at 10:12 AM
Subject: DataWorks Plus FACE Plus renewal + mobile
To: Brandon Oyler <b.oyler@cedar-rapids.org>

Lieutenant Oyler,

Per our conversation, here is the FY25 pricing for the Cedar Rapids Police Department:

1. FACE Plus annual software maintenance (7/1/2024 - 6/30/2025)              $14,650.00
2. FACE Plus Mobile, 15 officer licenses @ $300.00 each (one-time)            $4,500.00
                                                                Total        $19,150.00

Onboarding of the Linn County Sheriff's Office booking images (roughly 310,000 mugshots) is
estimated at $3,000 to $5,000 depending on data cleanup, and is not included above.

Regards,
Dana Whitfield
Regional Account Manager, DataWorks Plus LLC
728 N. Pleasantburg Dr., Greenville, SC 29607 | (864) 672-2780
""", request_agency="City of Cedar Rapids", agencies=["City of Cedar Rapids", CRPD, "Linn County Sheriff's Office"],
    vendors=["DataWorks Plus", "Flock Safety"], products=["FACE Plus", "FACE Plus Mobile"],
    costs=[
        C(19150, 19150, None, "Total request is $19,150", CRPD, "DataWorks Plus", None),
        C(14650, 14650, "year", "FACE Plus annual software maintenance (7/1/2024 - 6/30/2025)              $14,650.00", CRPD, "DataWorks Plus", "FACE Plus"),
        C(300, 300, "one-time", "15 officer licenses @ $300.00 each (one-time)", CRPD, "DataWorks Plus", "FACE Plus Mobile", unit="per license"),
        C(4500, 4500, "one-time", "each (one-time)            $4,500.00", CRPD, "DataWorks Plus", "FACE Plus Mobile"),
        C(3000, 5000, None, "estimated at $3,000 to $5,000", CRPD, "DataWorks Plus", "FACE Plus"),
    ],
    counts=[
        N(15, "15 officer licenses", "users", agency=CRPD, vendor="DataWorks Plus"),
        N(310000, "roughly 310,000 mugshots", "images", qualifier="roughly", agency="Linn County Sheriff's Office", vendor="DataWorks Plus"),
    ],
    emails=[
        E("Jill Hoskins", "j.hoskins@cedar-rapids.org", "2024-06-13 11:26", "FW: FW: DataWorks Plus FACE Plus renewal + mobile", 1),
        E("Lt. Brandon Oyler", "b.oyler@cedar-rapids.org", "2024-06-12 15:58", "FW: DataWorks Plus FACE Plus renewal + mobile", 1),
        E("Dana Whitfield", "dwhitfield@dataworksplus.com", "2024-06-04 10:12", "DataWorks Plus FACE Plus renewal + mobile", 2),
    ],
    scan=True, printed=True, layout="Outlook plain-text forward chain: '-----Original Message-----' then a Gmail '---------- Forwarded message ---------' block on page 2",
    traps="$27,500 Flock LPR; account 001-2100-6330; PRR 24-0611; service dates 7/1/2024 - 6/30/2025 inside the maintenance row; total $19,150 restated in the quote table; phone/ZIP/street numbers; 'FW: FW:' subject")

LMPD = "Louisville Metro Police Department"
KSP = "Kentucky State Police"
doc("dev3_04_ky-lmpd-ksp-idemia-apple-mail", """From:    "Sgt. Owen Pruitt" <owen.pruitt@louisvilleky.gov>
Subject: Re: LMPD access to KSP facial recognition
Date:    August 22, 2022 at 10:15:40 AM EDT
To:      Maj. Celeste Brandt <celeste.brandt@ky.gov>
Cc:      Lt. Marcus Greer <marcus.greer@louisvilleky.gov>

Major Brandt,

Thank you, this answers everything. I am sending the participation agreement to Metro Procurement
today. For your file, LMPD Standard Operating Procedure 12.4 also applies to our users: LMPD
prohibits the use of facial recognition to identify persons engaged in First Amendment activity.

Sgt. Owen Pruitt #4471
Real Time Crime Center, Louisville Metro Police Department
633 W. Jefferson Street, Louisville, KY 40202 | (502) 574-7111

From:    Maj. Celeste Brandt <celeste.brandt@ky.gov>
Subject: Re: LMPD access to KSP facial recognition
Date:    August 22, 2022 at 8:47:12 AM EDT
To:      "Sgt. Owen Pruitt" <owen.pruitt@louisvilleky.gov>
Cc:      KSP Intelligence Branch <kspintel@ky.gov>

Sgt. Pruitt,

Answers inline below. The participation agreement is attached.

> 1. What does KSP charge for access?
KSP bills participating agencies $2,400 per year per analyst account. LMPD's draft agreement covers
3 analyst accounts, so $7,200 annually. KSP itself pays Idemia USD 24,000 annually for system
maintenance out of our own budget; that is not passed through.

> 2. What images are searched?
Kentucky booking photos from the jail management systems, about 1.6 million images. Driver license
photos are not part of the gallery.

> 3. Any restrictions we need to know about?
Each search requires a case number and supervisor approval entered in the request form.
Results are investigative leads only and must be independently corroborated before any arrest.
\fCeleste Brandt
Major, Criminal Intelligence Branch
Kentucky State Police
919 Versailles Road, Frankfort, KY 40601

On Aug 19, 2022, at 2:31 PM, "Sgt. Owen Pruitt" <owen.pruitt@louisvilleky.gov> wrote:

> Major Brandt,
>
> LMPD's Real Time Crime Center is looking at joining the KSP facial recognition program
> rather than buying our own system. Three questions before we take it to Metro Council:
>
> 1. What does KSP charge for access?
> 2. What images are searched?
> 3. Any restrictions we need to know about?
>
> Thanks,
> Sgt. Owen Pruitt #4471
""", request_agency=LMPD, agencies=[LMPD, KSP], vendors=["Idemia"], products=[],
    costs=[
        C(2400, 2400, "year", "$2,400 per year per analyst account", LMPD, None, None, unit="per analyst account"),
        C(7200, 7200, "year", "so $7,200 annually", LMPD, None, None),
        C(24000, 24000, "year", "USD 24,000 annually", KSP, "Idemia", None),
    ],
    counts=[
        N(3, "3 analyst accounts", "users", agency=LMPD),
        N(1_600_000, "about 1.6 million images", "images", qualifier="about", agency=KSP, vendor="Idemia"),
    ],
    policies=[
        P("LMPD\nprohibits the use of facial recognition to identify persons engaged in First Amendment activity.", "prohibition", LMPD),
        P("Each search requires a case number and supervisor approval entered in the request form.", "requirement", KSP),
        P("Results are investigative leads only and must be independently corroborated before any arrest.", "disclaimer", KSP),
        P("Driver license\nphotos are not part of the gallery.", "other", KSP),
    ],
    emails=[
        E("Sgt. Owen Pruitt", "owen.pruitt@louisvilleky.gov", "2022-08-22 10:15", "Re: LMPD access to KSP facial recognition", 1),
        E("Maj. Celeste Brandt", "celeste.brandt@ky.gov", "2022-08-22 08:47", "Re: LMPD access to KSP facial recognition", 1, 2),
    ],
    printed=True, layout="Apple Mail print (From/Subject/Date/To with seconds and EDT), inline '>' questions answered, quoted 'On ..., at ... wrote:' original on page 2",
    traps="two agencies, the seller is an agency (KSP) not a company; SOP 12.4; badge #4471; '1. 2. 3.' list numbers; '3 analyst accounts' vs 'Three questions'; phone/ZIP; message 2 runs across the page break")

MTA = "Maryland Transit Administration Police Force"
doc("dev3_05_md-mta-police-rekognition-thunderbird", """Subject: Re: Rekognition cost estimate - MTA Police CCTV pilot
From: Deborah Salas <dsalas@mdot.maryland.gov>
Date: 1/18/2024, 11:52 AM
To: Lt. Gerald Whitcomb <gwhitcomb@mta.maryland.gov>
CC: Priya Natarajan <pnatarajan@amazon.com>

Gerald,

OK from MDOT OIT security as long as the collection and all probe images stay in our GovCloud
account. Please route it through MDOT procurement as a small procurement (under the $50,000
threshold) rather than a task order.

Deborah Salas, CISSP
Maryland Department of Transportation, Office of Information Technology
7201 Corporate Center Drive, Hanover, MD 21076

Subject: Re: Rekognition cost estimate - MTA Police CCTV pilot
From: Lt. Gerald Whitcomb <gwhitcomb@mta.maryland.gov>
Date: 1/18/2024, 9:30 AM
To: Priya Natarajan <pnatarajan@amazon.com>
CC: Deborah Salas <dsalas@mdot.maryland.gov>

Priya,

Thanks. To be clear for MDOT's review: the pilot will only process still frames pulled by an
investigator after a reported incident.
MTA Police will not run Rekognition against live CCTV feeds.
Our pilot budget is capped at $5,000 for the 12-month pilot, so your estimate works.

Lt. Gerald Whitcomb
Criminal Investigation Division, Maryland Transit Administration Police Force
1040 Park Avenue, Baltimore, MD 21201 | 410-454-7720
\fSubject: Rekognition cost estimate - MTA Police CCTV pilot
From: Priya Natarajan <pnatarajan@amazon.com>
Date: 1/17/2024, 1:05 PM
To: Lt. Gerald Whitcomb <gwhitcomb@mta.maryland.gov>
CC: Deborah Salas <dsalas@mdot.maryland.gov>

Lieutenant Whitcomb,

Here is the estimate for the Amazon Rekognition face search pilot, on public pricing for the
US GovCloud (US-East) region:

  - Face search (SearchFacesByImage): $1.00 per 1,000 images for the first 1 million images
    processed each month, then $0.80 per 1,000 images
  - Face metadata storage: $0.01 per 1,000 faces stored per month

The collection would hold about 2,300 photos of persons under active MTA trespass orders.
Based on your estimate of 300,000 images per month, the monthly cost would be approximately $300,
or about $3,600 per year, plus a few cents of storage.

Best regards,
Priya Natarajan
Solutions Architect, Amazon Web Services (AWS) - State & Local Government
""", request_agency=MTA, agencies=[MTA, "Maryland Department of Transportation"], vendors=["Amazon Web Services"],
    products=["Amazon Rekognition"],
    costs=[
        C(None, 5000, "year", "capped at $5,000 for the 12-month pilot", MTA, "Amazon Web Services", "Amazon Rekognition"),
        C(1, 1, None, "$1.00 per 1,000 images", MTA, "Amazon Web Services", "Amazon Rekognition", unit="per 1,000 images"),
        C(0.80, 0.80, None, "then $0.80 per 1,000 images", MTA, "Amazon Web Services", "Amazon Rekognition", unit="per 1,000 images"),
        C(0.01, 0.01, "month", "$0.01 per 1,000 faces stored per month", MTA, "Amazon Web Services", "Amazon Rekognition", unit="per 1,000 faces"),
        C(300, 300, "month", "the monthly cost would be approximately $300", MTA, "Amazon Web Services", "Amazon Rekognition"),
        C(3600, 3600, "year", "about $3,600 per year", MTA, "Amazon Web Services", "Amazon Rekognition"),
    ],
    counts=[
        N(2300, "about 2,300 photos", "images", qualifier="about", agency=MTA, vendor="Amazon Web Services"),
        N(300000, "300,000 images per month", "images", per="month", agency=MTA, vendor="Amazon Web Services"),
    ],
    policies=[
        P("MTA Police will not run Rekognition against live CCTV feeds.", "prohibition", MTA),
        P("the pilot will only process still frames pulled by an\ninvestigator after a reported incident.", "requirement", MTA),
        P("OK from MDOT OIT security as long as the collection and all probe images stay in our GovCloud\naccount.", "requirement", "Maryland Department of Transportation"),
    ],
    emails=[
        E("Deborah Salas", "dsalas@mdot.maryland.gov", "2024-01-18 11:52", "Re: Rekognition cost estimate - MTA Police CCTV pilot", 1),
        E("Lt. Gerald Whitcomb", "gwhitcomb@mta.maryland.gov", "2024-01-18 09:30", "Re: Rekognition cost estimate - MTA Police CCTV pilot", 1),
        E("Priya Natarajan", "pnatarajan@amazon.com", "2024-01-17 13:05", "Rekognition cost estimate - MTA Police CCTV pilot", 2),
    ],
    scan=True, printed=True, layout="Thunderbird print (Subject/From/Date/To/CC, M/D/YYYY, h:mm AM), three messages each with its own header",
    traps="$50,000 small-procurement threshold; 'first 1 million images processed each month' is a price tier, not a count; 'a few cents of storage'; '12-month pilot'; 'capped at $5,000' is a cap (amount_min null)")
