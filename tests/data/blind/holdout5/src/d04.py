NAME = "04_ak_tanana_airport_police_paravision_gmail.txt"
STYLE = "print"; SCAN = False; PHOTOCOPY = False
PAGES = [
"""6/20/25, 8:03 AM                  Tanana Valley Intl Airport Mail - Paravision pricing - TVIA Police

Tanana Valley International Airport Mail                         Sgt. Wes Kuskokwim <wkuskokwim@tvia-ak.org>

Paravision pricing - TVIA Police
3 messages

Alina Petrova <apetrova@paravision.ai>                                  Mon, Jun 2, 2025 at 2:14 PM
To: Wes Kuskokwim <wkuskokwim@tvia-ak.org>
Cc: [redacted]@paravision.ai

Hi Sergeant,

Following our call, the Paravision Face SDK for your investigative workstation is priced at
USD 24,000 annually for one server license, which covers up to 5 concurrent users.
If the Department later wants a second site, a second server license is $18K per year.

Paravision does not sell live-camera watchlisting to airports in this package.

Best,
Alina Petrova
Public Sector Sales, Paravision
+1 (415) 555-0171

Wes Kuskokwim <wkuskokwim@tvia-ak.org>                                  Mon, Jun 2, 2025 at 4:51 PM
To: Alina Petrova <apetrova@paravision.ai>
Cc: Lt. Jo Ahgeak <jahgeak@tvia-ak.org>

Thanks Alina. Can the first year come in under $20,000? Our Airport Police grant line is
capped there (FAA AIP funds cannot be used for this, so it's Airport operating budget).
Also, does your evaluation use our own photos only? Under Airport Police Directive 22-3,
facial recognition may only be run against booking photos and badge photos, never against
travelers in the terminal.

Sgt. Wes Kuskokwim
Tanana Valley International Airport Police Department
Fairbanks North Star area, Alaska  |  Dispatch (907) 555-0110
""",
"""6/20/25, 8:03 AM                  Tanana Valley Intl Airport Mail - Paravision pricing - TVIA Police

Alina Petrova <apetrova@paravision.ai>                                  Tue, Jun 3, 2025 at 9:07 AM
To: Wes Kuskokwim <wkuskokwim@tvia-ak.org>
Cc: Lt. Jo Ahgeak <jahgeak@tvia-ak.org>

Sergeant - yes, we can do a first-year price of $19,750 with the standard renewal of
USD 24,000 annually from year two. The evaluation would only use images you load.

> On Mon, Jun 2, 2025 at 4:51 PM Wes Kuskokwim <wkuskokwim@tvia-ak.org> wrote:
> Thanks Alina. Can the first year come in under $20,000? Our Airport Police grant line is
> capped there

Alina
""",
]
A = "Tanana Valley International Airport Police Department"; V = "Paravision"; P = "Paravision Face SDK"
LABEL = {
 "request_agency": A,
 "agencies": [A, "Tanana Valley International Airport"],
 "vendors": [V], "products": [P],
 "costs": [
  {"amount_min": 24000, "amount_max": 24000, "period": "year", "quote": "USD 24,000 annually", "agency": A, "vendor": V, "product": P},
  {"amount_min": 18000, "amount_max": 18000, "period": "year", "quote": "$18K per year", "agency": A, "vendor": V, "product": P},
  {"amount_min": None, "amount_max": 20000, "period": "year", "quote": "Can the first year come in under $20,000?", "agency": A, "vendor": V, "product": P},
  {"amount_min": 19750, "amount_max": 19750, "period": "year", "quote": "first-year price of $19,750", "agency": A, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 5, "qualifier": "up to", "measure": "users", "per": None, "quote": "up to 5 concurrent users", "agency": A, "vendor": V},
 ],
 "image_counts": [],
 "policies": [
  {"quote": "facial recognition may only be run against booking photos and badge photos, never against\ntravelers in the terminal.", "kind": "prohibition", "agency": A},
 ],
 "emails": [
  {"from": "Alina Petrova", "from_address": "apetrova@paravision.ai", "date": "2025-06-02 14:14", "subject": "Paravision pricing - TVIA Police", "page_start": 1, "page_end": 1},
  {"from": "Wes Kuskokwim", "from_address": "wkuskokwim@tvia-ak.org", "date": "2025-06-02 16:51", "subject": "Paravision pricing - TVIA Police", "page_start": 1, "page_end": 1},
  {"from": "Alina Petrova", "from_address": "apetrova@paravision.ai", "date": "2025-06-03 09:07", "subject": "Paravision pricing - TVIA Police", "page_start": 2, "page_end": 2},
 ],
 "traps": "print timestamp 6/20/25 8:03 AM; phones; Directive 22-3; quoted 'On ... wrote:' repeat of $20,000 (not a new message, not a new cost); USD 24,000 annually repeated",
}
