"""Invented printed email threads, one per layout seen in releases, with their labelled headers.

Written for these tests (no real release text): Outlook chains, forwarded Gmail, "On ... wrote:",
Gmail's print layout (laid out and whitespace-collapsed), Lotus Notes, request-portal correspondence,
and the damage OCR and printing do (garbled labels, redacted addresses, page breaks, Bates footers)."""

from __future__ import annotations

from foia.messages.evaluation import LabelledHeader as H

OUTLOOK_CHAIN = """From: Lt. Dana Reyes <dreyes@co.example.or.us>
Sent: Tuesday, March 6, 2018 9:14 AM
To: Sam Patel <spatel@amazon.com>
Cc: Records Unit <records@co.example.or.us>
Subject: RE: Rekognition pricing

Sam, thanks. We will budget $1,200 per month for the pilot.

Dana

-----Original Message-----
From: Sam Patel [mailto:spatel@amazon.com]
Sent: Monday, March 5, 2018 4:02 PM
To: Reyes, Dana <dreyes@co.example.or.us>
Subject: Rekognition pricing

Hi Dana,
The estimate for 300,000 images is attached.
"""

OCR_GARBLED = """Frorn: Kim, Pat
Sen t: Wednesday, April 11, 2018 10:47 AM
To: analyst@ co.example.or.us
Subiect: Booking photo upload

Pat here. The upload finished overnight.
CEDAR-000417
Frorn: Analyst Desk <analyst@ co.example.or.us>
Sent: Wednesday, April 11, 2018 8:05 AM
To: Kim, Pat
Subject: Booking photo upload
Did the upload finish?
"""

REDACTED = """From: (b)(6)
Sent: Friday, June 1, 2018 3:30 PM
To: (b)(6)
Subject: FW: demo

See below.

From: Jordan Ames <(b)(6)>
Sent: Thursday, May 31, 2018 11:02 AM
To: Training <training@co.example.or.us>
Subject: demo
The vendor demo is on Tuesday.
"""

PAGE_BREAK = """From: Casey Lund <clund@city.example.gov>
Sent: Monday, July 9, 2018 2:15 PM
To: Procurement <purchasing@city.example.gov>
Subject: Quote for face matching licences

The quote arrived this morning. It lists three licence tiers and
Page 1 of 2
CITY 004512
a support option. I recommend the middle tier.

Casey
"""

FORWARDED_GMAIL = """---------- Forwarded message ---------
From: Riley Chen <rchen@vendor.example.com>
Date: Tue, Aug 14, 2018 at 9:41 AM
Subject: Pilot pricing
To: Morgan Diaz <mdiaz@sheriff.example.gov>

Morgan, pricing for the pilot is below.
"""

WROTE_REPLY = """From: Morgan Diaz <mdiaz@sheriff.example.gov>
Sent: Wednesday, August 15, 2018 7:58 AM
To: Riley Chen <rchen@vendor.example.com>
Subject: RE: Pilot pricing

Thanks Riley, that works for us.

On Tue, Aug 14, 2018 at 9:41 AM, Riley Chen <rchen@vendor.example.com> wrote:
> Morgan, pricing for the pilot is below.
> From: someone quoted deeper
> Sent: Monday, August 13, 2018 1:00 PM
> To: nobody
"""

WROTE_ONLY = """Sounds good, see you then.

On Thu, Sep 20, 2018 at 4:05 PM, Alex Romero <aromero@county.example.gov>
wrote:
> Can we meet Friday about the retention schedule?
> On Wed, Sep 19, 2018 at 1:12 PM, Jamie Fox <jfox@county.example.gov> wrote:
>> Retention is 90 days for non-matches.
"""

GMAIL_PRINT = """County Mail - Face recognition records request
3 messages
Jamie Fox <jfox@county.example.gov>                                   Tue, Oct 2, 2018 at 10:20 AM
To: "requests@news.example.org" <requests@news.example.org>
Cc: Legal <legal@county.example.gov>
Your request has been received and assigned number 18-2291.

Avery Stone <requests@news.example.org>
Tue, Oct 2, 2018 at 11:03 AM
To: Jamie Fox <jfox@county.example.gov>
Thank you. Please send records electronically.

Jamie Fox <jfox@county.example.gov>                                   Wed, Oct 3, 2018 at 8:30 AM
To: Avery Stone <requests@news.example.org>
We will.
"""

GMAIL_COLLAPSED = (
    "County Mail - Records request 10/9/18, 3)12 PM Avery Stone Records request 2 messages Jamie Fox Mon, Oct 8, "
    '2018 at 2:44 PM To: "requests@news.example.org" Cc: Legal , "Records (records@county.example.gov)" Dear Ms. '
    "Stone: The county holds no contract with any face recognition vendor. Avery Stone Tue, Oct 9, 2018 at "
    "9:05 AM To: Jamie Fox Thank you for the quick reply."
)

LOTUS_NOTES = """Terry Vance/IT/Lakeside County@LAKESIDE
03/12/2019 09:14 AM
To
Quinn Hale/Sheriff/Lakeside County@LAKESIDE
cc
Subject
Re: camera export format

The export is JPEG at 640x480.

Quinn Hale/Sheriff/Lakeside County on 03/11/2019 04:40:12 PM
To: Terry Vance/IT/Lakeside County@LAKESIDE
cc:
Subject: camera export format

What format do the jail cameras export?
"""

PORTAL = """Face Recognition Contracts (Lakeside Police Department)

Avery Stone filed this request with the Lakeside Police Department of Lakeside, OR.
Status
Awaiting Response

Communications

From: Avery Stone

To Whom It May Concern:

I request contracts with face recognition vendors.

Sincerely,

Avery Stone

From: Ortiz, Lee - Records Unit

Good afternoon. Your request is being processed.
"""

PROSE_ONLY = """Memorandum
From: our perspective, the pilot went well.
Subject to approval by the board, we will continue.
Date: to be decided.
"""

ONE_LINE_OUTLOOK = (
    "From: Drew Park <dpark@pd.example.gov> Sent: Thursday, November 1, 2018 1:07 PM To: Chief's Office "
    "<chief@pd.example.gov> Subject: Weekly face search count Forty-one searches this week, 3 leads."
)

ZONED = """From: Riley Chen <rchen@vendor.example.com>
Date: Fri, 16 Nov 2018 17:05:09 -0800
To: mdiaz@sheriff.example.gov
Subject: Invoice 2018-11
Invoice attached.
"""

THREAD_PRINTED_TWICE = """From: Casey Lund <clund@city.example.gov>
Sent: Tuesday, July 10, 2018 9:00 AM
To: Procurement <purchasing@city.example.gov>
Subject: RE: Quote for face matching licences

Approved.

From: Procurement <purchasing@city.example.gov>
Sent: Monday, July 9, 2018 5:10 PM
To: Casey Lund <clund@city.example.gov>
Subject: Quote for face matching licences

Please approve the middle tier.
CITY 004513
From: Procurement <purchasing@city.example.gov>
Sent: Monday, July 9, 2018 5:10 PM
To: Casey Lund <clund@city.example.gov>
Subject: Quote for face matching licences

Please approve the middle tier.
"""

TIGHT_LABELS = """From:Dana Reyes <dreyes@co.example.or.us>
Sent:Tuesday, March 6, 2018 9:14AM
To:Sam Patel <spatel@amazon.com>
Subject:[EXTERNAL] RE: invoice
Received, thank you.
"""

GMAIL_REPLY_TO = """Riley Chen <rchen@vendor.example.com>                              Mon, Dec 3, 2018 at 6:45 PM
Reply-To: sales@vendor.example.com
To: Morgan Diaz <mdiaz@sheriff.example.gov>
The renewal quote is attached.
"""

OUTLOOK_MAC_WROTE = """Got it, thanks.

On 12/4/18, 8:02 AM, "Diaz, Morgan" <mdiaz@sheriff.example.gov> wrote:

    Please resend the renewal quote as a PDF.
"""

LOTUS_SENT_BY = """Quinn Hale/Sheriff/Lakeside County
Sent by: Records Clerk/Sheriff/Lakeside County
04/02/2019 02:15 PM
To: Terry Vance/IT/Lakeside County@LAKESIDE
cc: Legal/Lakeside County@LAKESIDE
Subject: retention of probe images

Please keep probe images for 30 days only.
"""

DAY_FIRST = """From: Harper, Jo <jo.harper@police.example.gov>
Sent: 06 March 2018 09:14
To: Procurement
Subject: camera count

We have 14 cameras in scope.
"""

OUTLOOK_2010_TABS = """From:\tReyes, Dana (Sheriff's Office)
Sent:\tTue 3/6/2018 9:14 AM
To:\tPatel, Sam
Cc:\t
Subject:\tRE: estimate

Fine by us.
"""

OUTLOOK_WEB_RULE = """Thanks, forwarding.

________________________________
From: Sam Patel <spatel@amazon.com>
Sent: Monday, March 5, 2018 4:02:11 PM
To: Reyes, Dana
Subject: estimate

Attached.
"""

APPLE_FORWARD = """Begin forwarded message:

From: Dana Reyes <dreyes@co.example.or.us>
Subject: estimate
Date: March 6, 2018 at 9:14:22 AM PST
To: Sam Patel <spatel@amazon.com>

See below.
"""

COLLAPSED_OUTLOOK = (
    "From: Reyes, Dana Sent: Tuesday, March 6, 2018 9:14 AM To: Patel, Sam Subject: budget Please see attached. "
    "From: Patel, Sam Sent: Monday, March 5, 2018 4:02 PM To: Reyes, Dana Subject: budget How much?"
)

AFTER_PAGE_HEADER = """Page 2 of 3
WCSO 000212
From: Kim, Pat
Sent: Wednesday, March 7, 2018 11:30 AM
To: Reyes, Dana
Subject: RE: budget
Approved by the sheriff.
"""

CASES: list[tuple[str, str, list[H]]] = [
    ("outlook chain", OUTLOOK_CHAIN, [H("Dana Reyes", "Tuesday, March 6, 2018 9:14 AM"),
                                      H("spatel@amazon.com", "Monday, March 5, 2018 4:02 PM")]),
    ("ocr garbled labels", OCR_GARBLED, [H("Pat Kim", "Wednesday, April 11, 2018 10:47 AM"),
                                         H("analyst@co.example.or.us", "Wednesday, April 11, 2018 8:05 AM")]),
    ("redacted addresses", REDACTED, [H("", "Friday, June 1, 2018 3:30 PM"),
                                      H("Jordan Ames", "Thursday, May 31, 2018 11:02 AM")]),
    ("page break and bates", PAGE_BREAK, [H("Casey Lund", "Monday, July 9, 2018 2:15 PM")]),
    ("forwarded gmail", FORWARDED_GMAIL, [H("Riley Chen", "Tue, Aug 14, 2018 at 9:41 AM")]),
    ("on ... wrote reply", WROTE_REPLY, [H("Morgan Diaz", "Wednesday, August 15, 2018 7:58 AM"),
                                         H("Riley Chen", "Tue, Aug 14, 2018 at 9:41 AM")]),
    ("wrote only", WROTE_ONLY, [H("Alex Romero", "Thu, Sep 20, 2018 at 4:05 PM"),
                                H("Jamie Fox", "Wed, Sep 19, 2018 at 1:12 PM")]),
    ("gmail print", GMAIL_PRINT, [H("Jamie Fox", "Tue, Oct 2, 2018 at 10:20 AM"),
                                  H("Avery Stone", "Tue, Oct 2, 2018 at 11:03 AM"),
                                  H("Jamie Fox", "Wed, Oct 3, 2018 at 8:30 AM")]),
    ("gmail collapsed", GMAIL_COLLAPSED, [H("Jamie Fox", "Mon, Oct 8, 2018 at 2:44 PM"),
                                          H("Avery Stone", "Tue, Oct 9, 2018 at 9:05 AM")]),
    ("lotus notes", LOTUS_NOTES, [H("Terry Vance", "03/12/2019 09:14 AM"), H("Quinn Hale", "03/11/2019 04:40 PM")]),
    ("request portal", PORTAL, [H("Avery Stone", None), H("Lee Ortiz", None)]),
    ("prose only", PROSE_ONLY, []),
    ("one-line outlook", ONE_LINE_OUTLOOK, [H("Drew Park", "Thursday, November 1, 2018 1:07 PM")]),
    ("stated zone", ZONED, [H("rchen@vendor.example.com", "Fri, 16 Nov 2018 17:05:09 -0800")]),
    ("thread printed twice", THREAD_PRINTED_TWICE, [H("Casey Lund", "Tuesday, July 10, 2018 9:00 AM"),
                                                    H("purchasing@city.example.gov", "Monday, July 9, 2018 5:10 PM")]),
    ("labels without spaces", TIGHT_LABELS, [H("Dana Reyes", "Tuesday, March 6, 2018 9:14 AM")]),
    ("gmail reply-to", GMAIL_REPLY_TO, [H("Riley Chen", "Mon, Dec 3, 2018 at 6:45 PM")]),
    ("outlook for mac wrote", OUTLOOK_MAC_WROTE, [H("Morgan Diaz", "12/4/18 8:02 AM")]),
    ("lotus sent by", LOTUS_SENT_BY, [H("Quinn Hale", "04/02/2019 02:15 PM")]),
    ("day-first date", DAY_FIRST, [H("Jo Harper", "06 March 2018 09:14")]),
    ("outlook 2010 tabs", OUTLOOK_2010_TABS, [H("Dana Reyes", "3/6/2018 9:14 AM")]),
    ("outlook web rule", OUTLOOK_WEB_RULE, [H("Sam Patel", "Monday, March 5, 2018 4:02 PM")]),
    ("apple mail forward", APPLE_FORWARD, [H("Dana Reyes", "March 6, 2018 at 9:14:22 AM PST")]),
    ("collapsed outlook", COLLAPSED_OUTLOOK, [H("Dana Reyes", "Tuesday, March 6, 2018 9:14 AM"),
                                              H("Sam Patel", "Monday, March 5, 2018 4:02 PM")]),
    ("after a page header", AFTER_PAGE_HEADER, [H("Pat Kim", "Wednesday, March 7, 2018 11:30 AM")]),
]
