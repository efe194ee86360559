"""Printed email threads as agencies release them, one per layout, with every message labelled:
the development set of scripts/measure_email_split.py (as text, as a text-layer PDF and as a 200-dpi
scan) and of the layout tests. All invented for these tests; no real release text.

Each page is written as it looks on paper: runs of text separated by three or more spaces stand in
columns at that character position (tests/pdfs.py `write_print_pdf` lays them out so), which is how
Gmail right-aligns dates and Lotus Notes prints "To", "cc", "bcc" and "Subject" in a right-hand column.
A thread's running header and footer ({page}, {pages}, {bates}) are printed at the top and bottom of
every page, as browsers and records offices print them."""

from __future__ import annotations

from dataclasses import dataclass

from foia.messages.evaluation import LabelledHeader as H


@dataclass(frozen=True)
class PrintedThread:
    name: str
    pages: tuple[str, ...]
    messages: tuple[H, ...]
    header: str | None = None
    footer: str | None = None
    bates: int = 1  # the first page's Bates number, for {bates}

    def furniture(self, template: str | None, page: int) -> str | None:
        if template is None:
            return None
        return template.format(page=page, pages=len(self.pages), bates=self.bates + page - 1)

    def page_texts(self) -> list[str]:
        """Each page's text as a text layer holds it: running header, the page, running footer."""
        texts = []
        for number, page in enumerate(self.pages, start=1):
            parts = [self.furniture(self.header, number), page.strip("\n"), self.furniture(self.footer, number)]
            texts.append("\n".join(part for part in parts if part is not None))
        return texts

    @property
    def text(self) -> str:
        return "\n".join(self.page_texts())


OUTLOOK_REDACTED = PrintedThread(
    "outlook, redacted addresses, header across a page break",
    (
        """
Reyes, Dana
______________________________________________________________________________________________
From:                   Reyes, Dana
Sent:                   Tuesday, May 15, 2018 10:42 AM
To:                     'Hollis, Grant'; (b)(6)
Cc:                     Records Unit
Subject:                RE: Rekognition pilot - storage estimate
Attachments:            storage_estimate_v2.xlsx

Grant,

Thanks for the numbers. At $0.0004 per image stored, our 310,000 booking photos come to about
$124 a month, which fits the pilot budget. Please send the revised quote to Records Unit so it
can go on the June agenda.

Lt. Dana Reyes
Criminal Intelligence Unit
Pinecrest County Sheriff's Office
(b)(6)

From: Hollis, Grant (b)(6)
Sent: Monday, May 14, 2018 4:18 PM
To: Reyes, Dana <(b)(6)>
Subject: Rekognition pilot - storage estimate

Dana,

Storage for indexed faces is billed per image per month. I have attached a worksheet with
three sizes of collection. Let me know which one matches your booking photo archive.
""",
        """
Reyes, Dana
______________________________________________________________________________________________
Grant Hollis
Solutions Architect, Public Sector
(b)(6)

From: (b)(6)
Sent: Monday, May 14, 2018 11:05 AM
To: Hollis, Grant
Cc: Reyes, Dana
Subject: Booking photo archive size

Grant - Lt. Reyes asked me to send the archive numbers. We hold roughly 310,000 booking
photos going back to 2009, and about 1,200 are added each month.

Thanks,
Records Unit
Pinecrest County Sheriff's Office

From: Reyes, Dana
Sent: Friday, May 11, 2018 3:50 PM
""",
        """
Reyes, Dana
______________________________________________________________________________________________
To: Hollis, Grant
Subject: Rekognition pilot

Grant, can you price storage for our booking photo archive? Records will send the counts.

Dana
""",
    ),
    (
        H("Dana Reyes", "Tuesday, May 15, 2018 10:42 AM", "RE: Rekognition pilot - storage estimate", (1, 1)),
        H("Grant Hollis", "Monday, May 14, 2018 4:18 PM", "Rekognition pilot - storage estimate", (1, 2)),
        H("", "Monday, May 14, 2018 11:05 AM", "Booking photo archive size", (2, 2)),
        H("Dana Reyes", "Friday, May 11, 2018 3:50 PM", "Rekognition pilot", (2, 3)),
    ),
    footer="                                                                                 PCSO {bates:06d}",
    bates=101,
)

GMAIL_PRINT = PrintedThread(
    "gmail print, quoted copy, hidden quotes",
    (
        """
Harbor City Mail                                                  Morgan Diaz <mdiaz@harborcity.example.gov>



Face recognition demo follow-up
5 messages

Riley Chen <rchen@visionlink.example.com>                                 Mon, May 14, 2018 at 9:41 AM
To: Morgan Diaz <mdiaz@harborcity.example.gov>
Cc: Pat Kim <pkim@harborcity.example.gov>

Morgan,

Thanks again for hosting the demo on Friday. As discussed, the pilot license covers 25 users
and searches against up to 500,000 images for $18,000 a year. The quote is attached.

Best,
Riley Chen
Account Executive | VisionLink
(415) 555-0143

     FaceMatch_Pilot_Quote_HarborCity.pdf
     182K

Morgan Diaz <mdiaz@harborcity.example.gov>                                Mon, May 14, 2018 at 2:07 PM
To: Riley Chen <rchen@visionlink.example.com>
Cc: Pat Kim <pkim@harborcity.example.gov>

Riley, thanks. Legal needs the data retention terms before we can go further. Can you send
the standard agreement?

Morgan Diaz
Support Services Manager
Harbor City Police Department

[Quoted text hidden]
""",
        """
Riley Chen <rchen@visionlink.example.com>                                 Tue, May 15, 2018 at 8:12 AM
To: Morgan Diaz <mdiaz@harborcity.example.gov>

Morgan, the agreement is attached. Probe images are kept for 30 days; the gallery stays on
your servers. Happy to walk Legal through it.

Riley

On Mon, May 14, 2018 at 2:07 PM, Morgan Diaz <mdiaz@harborcity.example.gov> wrote:
> Riley, thanks. Legal needs the data retention terms before we can go further. Can you send
> the standard agreement?
>
> Morgan Diaz
> Support Services Manager
> Harbor City Police Department
>

Pat Kim <pkim@harborcity.example.gov>                                     Tue, May 15, 2018 at 10:30 AM
To: Morgan Diaz <mdiaz@harborcity.example.gov>

Morgan - the budget line for this is 2018-PD-114. We can cover the first year from asset
forfeiture funds if council approves in June.

Pat
""",
        """
Morgan Diaz <mdiaz@harborcity.example.gov>                                Tue, May 22, 2018 at 9:02 AM
To: Riley Chen <rchen@visionlink.example.com>
Cc: Pat Kim <pkim@harborcity.example.gov>, Legal <legal@harborcity.example.gov>

Riley, Legal has signed off. Please send the final quote for 25 users so we can put it on the
June 12 council agenda.

Morgan Diaz
Support Services Manager
Harbor City Police Department
""",
    ),
    (
        H("Riley Chen", "Mon, May 14, 2018 at 9:41 AM", "Face recognition demo follow-up", (1, 1)),
        H("Morgan Diaz", "Mon, May 14, 2018 at 2:07 PM", "Face recognition demo follow-up", (1, 1)),
        H("Riley Chen", "Tue, May 15, 2018 at 8:12 AM", "Face recognition demo follow-up", (2, 2)),
        H("Pat Kim", "Tue, May 15, 2018 at 10:30 AM", "Face recognition demo follow-up", (2, 2)),
        H("Morgan Diaz", "Tue, May 22, 2018 at 9:02 AM", "Face recognition demo follow-up", (3, 3)),
    ),
    header="5/22/18, 9:03 AM                          Harbor City Mail - Face recognition demo follow-up",
    footer="https://mail.google.com/mail/u/0?ik=4f2a9c1d7e&view=pt&search=all&permthid=thread-f%3A160021      {page}/{pages}",
)

LOTUS_COLUMNAR = PrintedThread(
    "lotus notes, labels in a right-hand column",
    (
        """
Rosa Cooper/OPD/Orlando                              To     Sergio Alvarez/OPD/Orlando@Orlando
                                                     cc     Mark Dunn/OPD/Orlando@Orlando
01/09/2018 10:15 AM                                 bcc
                                                Subject     Fw: RE: Rekognition camera pilot

Sergio - the vendor can start with the eight downtown cameras. Mark will need to approve the
network change before Friday.

Rosa Cooper
Technology Manager
Orlando Police Department
----- Forwarded by Rosa Cooper/OPD/Orlando on 01/09/2018 10:15 AM -----

"Sanchez, Emily" <esanchez@cloudvendor.example.com>  To     Rosa Cooper/OPD/Orlando@Orlando
                                                     cc     "Patel, Raj" <rpatel@cloudvendor.example.com>
01/08/2018 04:52 PM                                 bcc
                                                Subject     RE: Rekognition camera pilot

Rosa,

Following up on our call: for the pilot we would stream eight cameras, and there is no charge
for the first year of the proof of concept. After that, video analysis is priced per minute.

Emily Sanchez
Public Sector, Cloud Vendor Inc.
""",
        """
Sergio Alvarez/OPD/Orlando                           To     Rosa Cooper/OPD/Orlando@Orlando
                                                     cc
01/09/2018 11:02 AM                                 bcc
                                                Subject     Re: Rekognition camera pilot

Understood. I will brief the Chief this afternoon.

Sgt. Sergio Alvarez


Mark Dunn/OPD/Orlando                                To     Rosa Cooper/OPD/Orlando@Orlando,
                                                            Sergio Alvarez/OPD/Orlando@Orlando
01/09/2018 02:40 PM                                  cc     IT Security/Orlando@Orlando
                                                    bcc
                                                Subject     Network change for camera pilot

The change request is approved for Thursday night. The cameras will be on a separate VLAN.

Mark Dunn
IT Infrastructure
""",
        """
Rosa Cooper/OPD/Orlando                              To     "Sanchez, Emily" <esanchez@cloudvendor.example.com>
                                                     cc     Sergio Alvarez/OPD/Orlando@Orlando
01/10/2018 09:30 AM                                 bcc
                                                Subject     Re: RE: Rekognition camera pilot

Emily, we are set for Friday. Please confirm the eight camera feeds and the retention period
for face vectors.

Rosa


"Sanchez, Emily" <esanchez@cloudvendor.example.com>  To     Rosa Cooper/OPD/Orlando@Orlando
                                                     cc
01/10/2018 01:18 PM                                 bcc
                                                Subject     RE: Re: RE: Rekognition camera pilot

Confirmed for Friday. Face vectors are kept until you delete the collection.

Emily

Rosa Cooper/OPD/Orlando                              To     "Sanchez, Emily" <esanchez@cloudvendor.example.com>
                                                     cc
01/10/2018 09:30 AM                                 bcc
                                                Subject     Re: RE: Rekognition camera pilot

Emily, we are set for Friday. Please confirm the eight camera feeds and the retention period
for face vectors.
""",
        """
John Mina/OPD/Orlando                                To     Rosa Cooper/OPD/Orlando@Orlando
                                                     cc     Sergio Alvarez/OPD/Orlando@Orlando
01/11/2018 08:05 AM                                 bcc
                                                Subject     Pilot briefing

Rosa, thank you for the briefing. Keep the pilot to the eight cameras, and no use in
investigations until the city attorney has reviewed it.

Chief
""",
    ),
    (
        H("Rosa Cooper", "01/09/2018 10:15 AM", "Fw: RE: Rekognition camera pilot", (1, 1)),
        H("Emily Sanchez", "01/08/2018 04:52 PM", "RE: Rekognition camera pilot", (1, 1)),
        H("Sergio Alvarez", "01/09/2018 11:02 AM", "Re: Rekognition camera pilot", (2, 2)),
        H("Mark Dunn", "01/09/2018 02:40 PM", "Network change for camera pilot", (2, 2)),
        H("Rosa Cooper", "01/10/2018 09:30 AM", "Re: RE: Rekognition camera pilot", (3, 3)),
        H("Emily Sanchez", "01/10/2018 01:18 PM", "RE: Re: RE: Rekognition camera pilot", (3, 3)),
        H("John Mina", "01/11/2018 08:05 AM", "Pilot briefing", (4, 4)),
    ),
    footer="                                                                                 OPD-RK-{bates:06d}",
    bates=231,
)

FORWARDED_CHAIN = PrintedThread(
    "forwarded chain: Outlook, Gmail and Apple forwards nested",
    (
        """
From:                   Ames, Jordan
Sent:                   Wednesday, February 5, 2020 8:47 AM
To:                     Vasquez, Lena; Training Unit
Subject:                FW: Fwd: Clearview trial accounts

Lena - see the trial terms below. Please do not create accounts until Legal has read them.

Jordan Ames
Deputy Chief, Investigations
Lakeside Police Department

-----Original Message-----
From: Kent Lowry <klowry@lakesidepd.example.gov>
Sent: Tuesday, February 4, 2020 5:20 PM
To: Ames, Jordan <james@lakesidepd.example.gov>
Subject: Fwd: Clearview trial accounts

Chief, forwarding what the rep sent after the conference. Two detectives already signed up.

Kent

---------- Forwarded message ---------
From: Vendor Support <trials@facesearch.example.com>
Date: Tue, Feb 4, 2020 at 3:11 PM
Subject: Clearview trial accounts
To: <klowry@lakesidepd.example.gov>
""",
        """
Detective Lowry,

Your department's free trial gives each investigator unlimited searches for 30 days. After
the trial, licenses are $2,000 per user per year, with a minimum of five users.

Begin forwarded message:

From: Sam Ito <sito@facesearch.example.com>
Subject: Conference follow-up
Date: February 3, 2020 at 10:02:45 AM EST
To: Vendor Support <trials@facesearch.example.com>

Please set up trial access for the Lakeside detectives I met at the conference.

Sam
""",
    ),
    (
        H("Jordan Ames", "Wednesday, February 5, 2020 8:47 AM", "FW: Fwd: Clearview trial accounts", (1, 1)),
        H("Kent Lowry", "Tuesday, February 4, 2020 5:20 PM", "Fwd: Clearview trial accounts", (1, 1)),
        H("trials@facesearch.example.com", "Tue, Feb 4, 2020 at 3:11 PM", "Clearview trial accounts", (1, 2)),
        H("Sam Ito", "February 3, 2020 at 10:02:45 AM EST", "Conference follow-up", (2, 2)),
    ),
    footer="                                                               Lakeside PD Records - page {page} of {pages}",
)

PORTAL_THREAD = PrintedThread(
    "request portal with an agency email inside a reply",
    (
        """
Face Recognition Contracts (Bayview Police Department)

Avery Stone filed this request with the Bayview Police Department of Bayview, CA.
Tracking #  PRR-2019-0412
Est. Completion None
Status
Completed

Communications

From: Avery Stone
Subject: California Public Records Act Request: Face Recognition Contracts
April 2, 2019

To Whom It May Concern:

Pursuant to the California Public Records Act, I hereby request the following records:
contracts, quotes and invoices with any face recognition vendor since January 1, 2016.

Sincerely,

Avery Stone

From: Bayview Police Department
Subject: RE: California Public Records Act Request: Face Recognition Contracts
April 12, 2019

Good afternoon,

The department has located one responsive record, attached. The email below explains the
fee we paid for the trial.
""",
        """
From: Nguyen, Thomas
Sent: Thursday, March 7, 2019 2:31 PM
To: Records Division
Subject: FR trial invoice

Records - the only payment was invoice 7731, $4,500 for a six-month trial of the mobile app.
Nothing was renewed.

Lt. Thomas Nguyen

Sincerely,
Records Division
Bayview Police Department

From: Avery Stone
Subject: RE: California Public Records Act Request: Face Recognition Contracts
April 15, 2019

Thank you. Could you also send the invoice itself?
""",
    ),
    (
        H("Avery Stone", "April 2, 2019", "California Public Records Act Request: Face Recognition Contracts", (1, 1)),
        H("Bayview Police Department", "April 12, 2019",
          "RE: California Public Records Act Request: Face Recognition Contracts", (1, 1)),
        H("Thomas Nguyen", "Thursday, March 7, 2019 2:31 PM", "FR trial invoice", (2, 2)),
        H("Avery Stone", "April 15, 2019", "RE: California Public Records Act Request: Face Recognition Contracts", (2, 2)),
    ),
    header="MuckRock                                                                       muckrock.com",
)

APPLE_MAIL = PrintedThread(
    "apple mail print, replies quoted two levels deep",
    (
        """
From: Priya Natarajan <pnatarajan@stateag.example.gov>
Subject: Re: Audit of face searches
Date: June 4, 2019 at 4:47:12 PM PDT
To: Owen Brandt <obrandt@dmv.example.gov>
Cc: Audit Team <audit@stateag.example.gov>

Owen,

Thanks. We will sample 200 of the 4,100 searches for the audit.

Priya

> On Jun 4, 2019, at 1:15 PM, Owen Brandt <obrandt@dmv.example.gov> wrote:
>
> Priya, the log shows 4,100 searches by outside agencies in 2018. I can export it by
> agency if that helps.
>
> Owen
>
>> On Jun 3, 2019, at 9:30 AM, Priya Natarajan <pnatarajan@stateag.example.gov> wrote:
>>
>> Owen, for the audit we need the number of face searches run for outside agencies
>> in 2018, and the written rules they agreed to.
>>
>> Priya Natarajan
>> Assistant Attorney General
""",
    ),
    (
        H("Priya Natarajan", "June 4, 2019 at 4:47:12 PM PDT", "Re: Audit of face searches", (1, 1)),
        H("Owen Brandt", "Jun 4, 2019, at 1:15 PM", None, (1, 1)),
        H("Priya Natarajan", "Jun 3, 2019, at 9:30 AM", None, (1, 1)),
    ),
)

OUTLOOK_WEB = PrintedThread(
    "outlook web app print",
    (
        """
RE: FR policy draft for review

Kowalski, Anna <akowalski@metrosheriff.example.gov>
Thu 8/22/2019 3:05 PM
To: Greene, Marcus <mgreene@metrosheriff.example.gov>;
Cc: Policy Unit <policy@metrosheriff.example.gov>;

Marcus,

Section 4 now says a match is an investigative lead only, and that no one may be arrested
on a match alone. I took out the 90-day retention language until IT confirms it.

Anna Kowalski
Policy Analyst

________________________________
From: Greene, Marcus
Sent: Wednesday, August 21, 2019 11:48 AM
To: Kowalski, Anna <akowalski@metrosheriff.example.gov>
Subject: FR policy draft for review

Anna, attached is the draft policy for the face recognition unit. Please tighten section 4.

Capt. Marcus Greene
""",
    ),
    (
        H("Anna Kowalski", "Thu 8/22/2019 3:05 PM", None, (1, 1)),
        H("Marcus Greene", "Wednesday, August 21, 2019 11:48 AM", "FR policy draft for review", (1, 1)),
    ),
)

EXCHANGE_MEMO = PrintedThread(
    "exchange print with a memo pasted in, two messages in one minute",
    (
        """
From: Okafor, Daniel
Sent: Monday, October 7, 2019 9:14 AM
To: Command Staff
Subject: FR camera pilot memo
Attachments: FR_pilot_memo.pdf

All - the memo below goes to the city manager today.

MEMORANDUM
To: City Manager
From: Chief of Police
Date: October 4, 2019
Re: Face recognition camera pilot

The department requests approval to spend $36,000 on a one-year face recognition pilot
covering four cameras at the transit center.

Dan Okafor
Chief of Staff

From: Okafor, Daniel
Sent: Monday, October 7, 2019 9:14 AM
To: Command Staff
Subject: FR camera pilot memo
Attachments: FR_pilot_budget.xlsx

All - and the budget sheet that goes with it.

Dan Okafor
Chief of Staff

From: Okafor, Daniel
Sent: Monday, October 7, 2019 9:14 AM
To: Finance
Subject: FR camera pilot memo

Finance - please hold $36,000 in the equipment line until the city manager decides.

Dan Okafor
""",
    ),
    (
        H("Daniel Okafor", "Monday, October 7, 2019 9:14 AM", "FR camera pilot memo", (1, 1)),
        H("Daniel Okafor", "Monday, October 7, 2019 9:14 AM", "FR camera pilot memo", (1, 1)),
        H("Daniel Okafor", "Monday, October 7, 2019 9:14 AM", "FR camera pilot memo", (1, 1)),
    ),
)

GROUPWISE = PrintedThread(
    "groupwise print and its >>> reply quoting",
    (
        """
From:     "Hale, Quinn" <QHale@lakesideco.example.gov>
To:       <tvance@lakesideco.example.gov>
CC:       <records@lakesideco.example.gov>
Date:     3/12/2019 10:21 AM
Subject:  Re: Mugshot export for the vendor

Terry,

Please send only the 2015-2018 booking photos, about 86,000 images. Nothing older.

Quinn

>>> Terry Vance 3/11/2019 4:40 PM >>>
Quinn, the vendor asked for every booking photo we hold (about 140,000). Do you want all
of them exported?

Terry Vance
Information Technology
""",
    ),
    (
        H("Quinn Hale", "3/12/2019 10:21 AM", "Re: Mugshot export for the vendor", (1, 1)),
        H("Terry Vance", "3/11/2019 4:40 PM", None, (1, 1)),
    ),
)

OUTLOOK_MAC = PrintedThread(
    "outlook for mac print and unquoted reply",
    (
        """
From: "Diaz, Morgan" <mdiaz@harborcity.example.gov>
Date: Tuesday, December 4, 2018 at 8:02 AM
To: Riley Chen <rchen@visionlink.example.com>
Subject: Renewal quote

Riley, can you resend the renewal quote as a PDF? Our finance system will not open the link.

Morgan

On 12/3/18, 6:45 PM, "Riley Chen" <rchen@visionlink.example.com> wrote:

    Morgan, the renewal for 2019 is $19,500 for 25 users, the same terms as this year.

    Riley
""",
    ),
    (
        H("Morgan Diaz", "Tuesday, December 4, 2018 at 8:02 AM", "Renewal quote", (1, 1)),
        H("Riley Chen", "12/3/18, 6:45 PM", None, (1, 1)),
    ),
)

THUNDERBIRD = PrintedThread(
    "thunderbird print, subject first",
    (
        """
Subject: Re: Face search request 19-044
From: Casey Lund <clund@cityofbay.example.gov>
Date: 9/17/2019, 4:12 PM
To: State Fusion Center <fusion@state.example.gov>

Thank you. We will close the request.

Casey Lund
Crime Analyst

On 9/17/2019 2:55 PM, State Fusion Center wrote:
> The search for request 19-044 returned two possible candidates. They are leads only
> and must be corroborated before any action.
>
> Fusion Center Analyst
""",
    ),
    (
        H("Casey Lund", "9/17/2019, 4:12 PM", "Re: Face search request 19-044", (1, 1)),
        H("State Fusion Center", "9/17/2019 2:55 PM", None, (1, 1)),
    ),
)

NOTES_INTERNET = PrintedThread(
    "lotus notes internet reply with a wrote banner",
    (
        """
Ellen Marsh/DPS/State
03/18/2019 09:40 AM
To
bcampos@vendor-idm.example.com
cc
Subject
Re: Driver photo matching upgrade

Bruno, we accept the quote of $212,000 for the matching engine upgrade. Purchasing will issue
the PO this week.

Ellen Marsh
Identity Services Manager

-----"Campos, Bruno" <bcampos@vendor-idm.example.com> wrote: -----

To: Ellen Marsh/DPS/State@State
From: "Campos, Bruno" <bcampos@vendor-idm.example.com>
Date: 03/15/2019 05:12PM
Subject: Driver photo matching upgrade

Ellen, attached is the quote for the matching engine upgrade: $212,000 including the first
year of support for 15 million driver photos.

Bruno Campos
""",
    ),
    (
        H("Ellen Marsh", "03/18/2019 09:40 AM", "Re: Driver photo matching upgrade", (1, 1)),
        H("Bruno Campos", "03/15/2019 05:12PM", "Driver photo matching upgrade", (1, 1)),
    ),
)

NOTES_TABLE_HISTORY = PrintedThread(
    "lotus notes reply history printed as a narrow table",
    (
        """
"Holm, Petra" <petra.holm@vantagebio.example.com>    To     Walt Brennan/CPD/CedarFalls@CedarFalls
                                                     cc     Ines Okoro/CPD/CedarFalls@CedarFalls
02/25/2019 04:48 PM                                 bcc
                                                Subject     Gallery conversion quote

Lieutenant Brennan,

Converting your 58,000 booking images to the new template format is a one-time charge of
$7,400. The annual support fee stays at $11,900 and is invoiced each July.

Petra Holm
Vantage Biometrics

Walt Brennan/CPD/CedarFalls                          To     Ines Okoro/CPD/CedarFalls@CedarFalls
                                                     cc
02/26/2019 03:17 PM                                 bcc
                                                Subject     Fw: Gallery conversion quote

Ines - for the budget hearing. The conversion is one-time; the support fee is the same as last year.

Walt

          "Holm, Petra"
          <petra.holm@vantage
          bio.example.com>                                 To
                                                                Walt Brennan/CPD/CedarFalls@CedarFalls
          02/25/2019 04:48                                 cc
          PM                                                    Ines Okoro/CPD/CedarFalls@CedarFalls
                                                      Subject
                                                                Gallery conversion
                                                                quote

Lieutenant Brennan,

Converting your 58,000 booking images to the new template format is a one-time charge of
$7,400. The annual support fee stays at $11,900 and is invoiced each July.
""",
        """
Ines Okoro/CPD/CedarFalls                            To     Walt Brennan/CPD/CedarFalls@CedarFalls
                                                     cc     Budget Office/CedarFalls@CedarFalls,
                                                            Chief's Office/CPD/CedarFalls@CedarFalls
02/27/2019 09:05 AM                                 bcc
                                                Subject     Re: Fw: Gallery conversion quote

Walt, the $7,400 can come from this year's equipment line. Put the support fee in next year's request.

Ines Okoro
Budget Analyst
""",
    ),
    (
        H("Petra Holm", "02/25/2019 04:48 PM", "Gallery conversion quote", (1, 1)),
        H("Walt Brennan", "02/26/2019 03:17 PM", "Fw: Gallery conversion quote", (1, 1)),
        H("Ines Okoro", "02/27/2019 09:05 AM", "Re: Fw: Gallery conversion quote", (2, 2)),
    ),
    footer="                                                                                 CFPD {bates:05d}",
    bates=412,
)

PORTAL_LOG = PrintedThread(
    "records portal log, each entry stamped above its header",
    (
        """
Sparks Police Department - Public Records Portal
Request 22-1187   Status: Completed

Request Description
Any contract, invoice or usage report for face recognition software, 2019 to present.

Correspondence Log
11/2/2022 3:04:51 PM
From: Jonah Whitley (jwhitley@ridgeline-news.example.org)
To: Sparks PD Records
Subject: Records request 22-1187 - face recognition

Please treat this as a request under the Nevada Public Records Act. I would like electronic
copies only.

Jonah Whitley
11/4/2022 10:12:07 AM
From: Sparks PD Records (records@sparkspd.example.gov)
To: Jonah Whitley (jwhitley@ridgeline-news.example.org)
Subject: RE: Records request 22-1187 - face recognition

Mr. Whitley,

The department located one agreement. The annual subscription is $14,250 and covers 12
analyst accounts. The agreement is attached.
""",
        """
Sparks PD Records
11/9/2022 8:30:00 AM
From: Jonah Whitley (jwhitley@ridgeline-news.example.org)
To: Sparks PD Records
Subject: RE: Records request 22-1187 - face recognition

Thank you. Are there usage reports for 2021?
11/15/2022 1:47:22 PM
From: Sparks PD Records (records@sparkspd.example.gov)
To: Jonah Whitley (jwhitley@ridgeline-news.example.org)
Subject: Request 22-1187 closed

No usage reports exist for 2021. This request is closed.
""",
    ),
    (
        H("Jonah Whitley", "11/2/2022 3:04:51 PM", "Records request 22-1187 - face recognition", (1, 1)),
        H("Sparks PD Records", "11/4/2022 10:12:07 AM", "RE: Records request 22-1187 - face recognition", (1, 2)),
        H("Jonah Whitley", "11/9/2022 8:30:00 AM", "RE: Records request 22-1187 - face recognition", (2, 2)),
        H("Sparks PD Records", "11/15/2022 1:47:22 PM", "Request 22-1187 closed", (2, 2)),
    ),
    footer="Printed 11/16/2022 9:00 AM                                             Page {page} of {pages}",
)

APPLE_MAIL_ZONES = PrintedThread(
    "apple mail across time zones, a quote stamped in the replier's zone",
    (
        """
From:   Colette Arnaud <carnaud@brightpath.example.com>
Subject:   Pilot license for the crime lab
Date:   March 3, 2020 at 9:40:05 AM MST
To:   Howard Lin <hlin@eastvale.example.gov>

Howard,

A one-year pilot license for two examiner seats is $6,800, and the searches are unlimited.
I can hold that price through the end of the month.

Colette Arnaud
Brightpath Analytics, Denver

From:   Howard Lin <hlin@eastvale.example.gov>
Subject:   Re: Pilot license for the crime lab
Date:   March 3, 2020 at 1:22:48 PM EST
To:   Colette Arnaud <carnaud@brightpath.example.com>
Cc:   Lab Director <labdirector@eastvale.example.gov>

Colette, thank you. The lab director wants one seat only. Can you price that?

Howard

> On Mar 3, 2020, at 11:40 AM, Colette Arnaud <carnaud@brightpath.example.com> wrote:
>
> Howard,
>
> A one-year pilot license for two examiner seats is $6,800, and the searches are unlimited.
""",
        """
> I can hold that price through the end of the month.
>
>> On Feb 28, 2020, at 4:05 PM, Howard Lin <hlin@eastvale.example.gov> wrote:
>>
>> Colette, the crime lab would like a price for a pilot before the budget
>> hearing. Two examiners would use it.
""",
    ),
    (
        H("Colette Arnaud", "March 3, 2020 at 9:40:05 AM MST", "Pilot license for the crime lab", (1, 1)),
        H("Howard Lin", "March 3, 2020 at 1:22:48 PM EST", "Re: Pilot license for the crime lab", (1, 2)),
        # Printed nowhere but in the quote: kept as a message of kind "quoted" (the shared corpus's convention).
        H("Howard Lin", "Feb 28, 2020, at 4:05 PM", None, (2, 2)),
    ),
    footer="                                                                        EVC-0{bates:05d}",
    bates=88,
)

GMAIL_SAME_MINUTE = PrintedThread(
    "gmail print, one sender twice in a minute, subject only in the banner",
    (
        """
Lakeview Mail                                                     Rae Ostrowski <rostrowski@lakeview.example.gov>

Driver photo matching - state gallery access
4 messages

Dmitri Vance <dvance@statepatrol.example.gov>                            Mon, Aug 9, 2021 at 8:55 AM
To: Rae Ostrowski <rostrowski@lakeview.example.gov>

Rae, your detectives can query the state driver photo gallery once the user agreement is signed.
There is no fee for agencies in the state; each user needs the two-hour training.

Dmitri
[Quoted text hidden]

Rae Ostrowski <rostrowski@lakeview.example.gov>                          Mon, Aug 9, 2021 at 10:31 AM
To: Dmitri Vance <dvance@statepatrol.example.gov>

Thanks Dmitri. I will send the signed agreement this week.

Rae
[Quoted text hidden]

Rae Ostrowski <rostrowski@lakeview.example.gov>                          Mon, Aug 9, 2021 at 10:31 AM
To: Training Unit <training@lakeview.example.gov>

Please schedule the two-hour state gallery training for the six detectives in Major Crimes.

Rae
[Quoted text hidden]
""",
        """
Dmitri Vance <dvance@statepatrol.example.gov>                            Tue, Aug 10, 2021 at 7:15 AM
To: Rae Ostrowski <rostrowski@lakeview.example.gov>

Received, thank you. Accounts will be active by Friday.

Dmitri
""",
    ),
    (
        H("Dmitri Vance", "Mon, Aug 9, 2021 at 8:55 AM", "Driver photo matching - state gallery access", (1, 1)),
        H("Rae Ostrowski", "Mon, Aug 9, 2021 at 10:31 AM", "Driver photo matching - state gallery access", (1, 1)),
        H("Rae Ostrowski", "Mon, Aug 9, 2021 at 10:31 AM", "Driver photo matching - state gallery access", (1, 1)),
        H("Dmitri Vance", "Tue, Aug 10, 2021 at 7:15 AM", "Driver photo matching - state gallery access", (2, 2)),
    ),
    header="8/12/21, 4:40 PM                          Lakeview Mail - Driver photo matching - state gallery access",
    footer="https://mail.google.com/mail/u/0?ik=9b1e04c2aa&view=pt&search=all&permthid=thread-f%3A170733      {page}/{pages}",
)

THREADS: tuple[PrintedThread, ...] = (
    OUTLOOK_REDACTED, GMAIL_PRINT, LOTUS_COLUMNAR, FORWARDED_CHAIN, PORTAL_THREAD, APPLE_MAIL, OUTLOOK_WEB,
    EXCHANGE_MEMO, GROUPWISE, OUTLOOK_MAC, THUNDERBIRD, NOTES_INTERNET, NOTES_TABLE_HISTORY, PORTAL_LOG,
    APPLE_MAIL_ZONES, GMAIL_SAME_MINUTE,
)
