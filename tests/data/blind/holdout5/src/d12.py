NAME = "12_ct_harwick_schools_oosto_applemail.txt"
STYLE = "print"; SCAN = True; PHOTOCOPY = False
PAGES = [
"""From:     Denise Carrow <dcarrow@harwickschools.org>
Subject:  Re: Oosto quote - three high schools
Date:     January 9, 2026 at 10:14:22 AM EST
To:       Sgt. Paul Vitale <pvitale@harwickct.gov>
Cc:       Dr. Maureen Oakes <moakes@harwickschools.org>

Paul,

The Board's Finance Committee will take this up on January 21. As I read it, the quote is
thirty-two thousand four hundred dollars ($32,400) per year for 24 camera channels, or
$97,200 over the three-year term. I will also need the SRO agreement language that Harwick
Police, not district staff, will review any alert.

Board Policy 5145.9 as drafted says no student photographs may be enrolled in the watchlist.

Denise Carrow
Director of Finance and Operations
Harwick Public Schools, 40 School Street, Harwick, CT 06999
860-555-0190

From:     Sgt. Paul Vitale <pvitale@harwickct.gov>
Subject:  Oosto quote - three high schools
Date:     January 8, 2026 at 3:40:05 PM EST
To:       Denise Carrow <dcarrow@harwickschools.org>

Denise,

Oosto's quote is attached. Channels are $1,350 per channel per year. The watchlist would
hold up to 150 people (trespass orders and persons under protective orders only).

Paul

Sgt. Paul Vitale
School Resource Unit, Harwick Police Department
""",
"""Begin forwarded message:

From:     "Jon Amsel" <jon.amsel@oosto.com>
Subject:  Harwick - OnWatch quote Q-26-0113
Date:     January 8, 2026 at 11:02:47 AM EST
To:       "Sgt. Paul Vitale" <pvitale@harwickct.gov>

Sergeant Vitale,

Quote Q-26-0113 for OnWatch, 24 channels across Harwick High, Harwick North and the Harwick
Regional Technical campus. Hardware (two edge appliances) is a one-time $11,600. Prices are
held for 60 days.

Jon Amsel | Oosto | Northeast Public Sector | +1 (617) 555-0166
""",
]
A = "Harwick Public Schools"; V = "Oosto"; P = "OnWatch"
LABEL = {
 "request_agency": A,
 "agencies": [A, "Harwick Police Department", "Harwick Board of Education"],
 "vendors": [V], "products": [P],
 "costs": [
  {"amount_min": 32400, "amount_max": 32400, "period": "year", "quote": "thirty-two thousand four hundred dollars ($32,400) per year", "agency": A, "vendor": V, "product": P},
  {"amount_min": 97200, "amount_max": 97200, "period": None, "quote": "$97,200 over the three-year term", "agency": A, "vendor": V, "product": P},
  {"amount_min": 1350, "amount_max": 1350, "period": "year", "unit": "per channel", "quote": "$1,350 per channel per year", "agency": A, "vendor": V, "product": P},
  {"amount_min": 11600, "amount_max": 11600, "period": "one-time", "quote": "one-time $11,600", "agency": A, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 150, "qualifier": "up to", "measure": "images", "per": None, "quote": "up to 150 people", "agency": A, "vendor": V},
 ],
 "image_counts": [{"count": 150, "quote": "up to 150 people"}],
 "policies": [
  {"quote": "Board Policy 5145.9 as drafted says no student photographs may be enrolled in the watchlist.", "kind": "prohibition", "agency": A},
 ],
 "emails": [
  {"from": "Denise Carrow", "from_address": "dcarrow@harwickschools.org", "date": "2026-01-09 10:14", "subject": "Re: Oosto quote - three high schools", "page_start": 1, "page_end": 1},
  {"from": "Sgt. Paul Vitale", "from_address": "pvitale@harwickct.gov", "date": "2026-01-08 15:40", "subject": "Oosto quote - three high schools", "page_start": 1, "page_end": 1},
  {"from": "Jon Amsel", "from_address": "jon.amsel@oosto.com", "date": "2026-01-08 11:02", "subject": "Harwick - OnWatch quote Q-26-0113", "page_start": 2, "page_end": 2},
 ],
 "traps": "24 channels (cameras, not a counted measure); quote no. Q-26-0113; Policy 5145.9; 60 days; ZIP; phones; Jan 21 meeting date; three-year term total (period null)",
}
