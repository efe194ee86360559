NAME = "10_ma_wexcombe_pd_clearview_news.txt"
STYLE = "text"; SCAN = False; PHOTOCOPY = False
PAGES = [
"""THE WEXCOMBE WEEKLY TRANSCRIPT                                  Local News | Nov. 6, 2025

Records show Wexcombe police ran hundreds of Clearview searches before town approved contract

By Priya Castellano, Staff Writer

WEXCOMBE, Mass. - Wexcombe Police Department detectives ran at least 270 searches on the
facial recognition app Clearview AI during a free trial that lasted about 14 months, according
to audit logs the department released under the Massachusetts Public Records Law.

The logs, obtained by the Transcript after a 10-business-day extension, show that
11 officers held trial accounts, far more than the three detectives the department later
told the Select Board would use the tool.

In March, the Select Board voted 3-2 to approve a one-year subscription for $9,999,
just under the town's $10,000 threshold for competitive quotes. A town finance memo included
in the records lists the subscription as "Police - Investigative Software,
not to exceed $10,000 per year."

Clearview says its database contains more than 50 billion publicly available images.

Chief Gregory Nadeau said in a statement that "no arrest in Wexcombe has ever been based on a
facial recognition result alone." Department policy adopted in April requires that every
search be approved by the detective sergeant and that results be treated only as leads,
according to the policy, which the Transcript also obtained. The policy bars the use of the
app to identify people at demonstrations.

The records also show that the department spent $48,750 this year on a new records
management system from a different vendor. That purchase was unrelated to Clearview.
""",
"""State law enacted in 2020 requires police to submit facial recognition requests through the
Registry of Motor Vehicles, the State Police or the FBI; critics, including the ACLU of
Massachusetts, say the Wexcombe logs suggest the department bypassed that process.

Wexcombe is not the first town to face questions: a neighboring community paid a $375,000
settlement last year over a wrongful arrest tied to a facial recognition lead.

Select Board member Ellen Ruiz said she would ask the board to cap searches at 50 per month
in the next contract.

Contact Priya Castellano at (508) 555-0144.
""",
]
A = "Wexcombe Police Department"; V = "Clearview AI"; P = "Clearview AI"
LABEL = {
 "request_agency": A,
 "agencies": [A, "Wexcombe Select Board", "Town of Wexcombe", "Massachusetts Registry of Motor Vehicles", "Massachusetts State Police", "Federal Bureau of Investigation"],
 "vendors": [V], "products": [P],
 "costs": [
  {"amount_min": 9999, "amount_max": 9999, "period": "year", "quote": "one-year subscription for $9,999", "agency": A, "vendor": V, "product": P},
  {"amount_min": None, "amount_max": 10000, "period": "year", "quote": "not to exceed $10,000 per year", "agency": A, "vendor": V, "product": P},
 ],
 "counts": [
  {"count": 270, "qualifier": "at least", "measure": "searches", "per": None, "quote": "at least 270 searches", "agency": A, "vendor": V},
  {"count": 11, "qualifier": None, "measure": "users", "per": None, "quote": "11 officers held trial accounts", "agency": A, "vendor": V},
  {"count": 3, "qualifier": None, "measure": "users", "per": None, "quote": "the three detectives", "agency": A, "vendor": V},
  {"count": 50000000000, "qualifier": "at least", "measure": "images", "per": None, "quote": "more than 50 billion publicly available images", "agency": None, "vendor": V},
 ],
 "image_counts": [{"count": 50000000000, "quote": "more than 50 billion publicly available images"}],
 "policies": [
  {"quote": "Department policy adopted in April requires that every\nsearch be approved by the detective sergeant and that results be treated only as leads,\naccording to the policy, which the Transcript also obtained.", "kind": "requirement", "agency": A},
  {"quote": "The policy bars the use of the\napp to identify people at demonstrations.", "kind": "prohibition", "agency": A},
  {"quote": "State law enacted in 2020 requires police to submit facial recognition requests through the\nRegistry of Motor Vehicles, the State Police or the FBI", "kind": "requirement", "agency": None},
 ],
 "emails": [],
 "traps": "$10,000 competitive-quote threshold (first mention is a threshold; the memo's 'not to exceed $10,000 per year' is the labelled cap); RMS $48,750; $375,000 settlement; vote 3-2; 14 months; 10-business-day; proposed cap 50 per month (a proposal, not a count); phone; chief's quote is a statement not a policy",
}
