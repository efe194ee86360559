from build_lib import doc, C, N, P, E

HCSO = "Hennepin County Sheriff's Office"
MPD = "Minneapolis Police Department"
doc("dev3_13_mn-hennepin-so-fr-annual-report-2023", """HENNEPIN COUNTY SHERIFF'S OFFICE
Criminal Information Sharing and Analysis Unit
350 South 5th Street, Room 6, Minneapolis, MN 55415

2023 FACIAL RECOGNITION ANNUAL REPORT
Submitted to the Hennepin County Board of Commissioners - March 2024

1. System
The Sheriff's Office operates MorphoFace Investigate, a facial recognition system supplied by Idemia
Identity & Security USA. At year end the gallery held 1,948,310 booking photographs contributed by
the Sheriff's Office and 41 other Minnesota law enforcement agencies.

2. Search activity, January 1 - December 31, 2023

Quarter        Searches     Possible matches returned
Q1                  402           133
Q2                  455           151
Q3                  421           140
Q4                  464           187
Total             1,742           611

By requesting agency: Hennepin County Sheriff's Office 1,016 searches;
Minneapolis Police Department 488 searches; all other agencies 238 searches.

3. Users
64 trained users held active accounts at year end, down from 71 at the end of 2022.
Users must complete recertification training every two years.

4. Cost
The annual Idemia maintenance agreement cost $57,400 in 2023 and is budgeted at $59,120 for 2024,
reflecting the 3% escalator in contract A-2019-0412.
\f5. Policy and compliance
Under Sheriff's Office Policy 5-210, no arrest may be made solely on the basis of a facial
recognition result.
Searches of persons engaged in constitutionally protected activity are prohibited.
The Unit audited a 10% sample of searches; no misuse was found. Data practices questions are handled
under Minnesota Statutes section 13.82.

6. Outcomes reported by investigators
Investigators reported that facial recognition leads contributed to 57 arrests in 2023. Outcome
figures are self-reported and are not audited.

Contact: CISA Unit Supervisor, (612) 348-3744
""", request_agency=HCSO, agencies=[HCSO, MPD, "Hennepin County Board of Commissioners"], vendors=["Idemia"],
    products=["MorphoFace Investigate"],
    costs=[
        C(57400, 57400, "year", "The annual Idemia maintenance agreement cost $57,400 in 2023", HCSO, "Idemia", "MorphoFace Investigate"),
        C(59120, 59120, "year", "budgeted at $59,120", HCSO, "Idemia", "MorphoFace Investigate"),
    ],
    counts=[
        N(1948310, "the gallery held 1,948,310 booking photographs", "images", agency=HCSO, vendor="Idemia"),
        N(402, "Q1                  402", "searches", per="quarter", agency=HCSO, vendor="Idemia"),
        N(455, "Q2                  455", "searches", per="quarter", agency=HCSO, vendor="Idemia"),
        N(421, "Q3                  421", "searches", per="quarter", agency=HCSO, vendor="Idemia"),
        N(464, "Q4                  464", "searches", per="quarter", agency=HCSO, vendor="Idemia"),
        N(1742, "Total             1,742", "searches", per="year", agency=HCSO, vendor="Idemia"),
        N(133, "402           133", "matches", per="quarter", agency=HCSO, vendor="Idemia", category="outcome"),
        N(151, "455           151", "matches", per="quarter", agency=HCSO, vendor="Idemia", category="outcome"),
        N(140, "421           140", "matches", per="quarter", agency=HCSO, vendor="Idemia", category="outcome"),
        N(187, "464           187", "matches", per="quarter", agency=HCSO, vendor="Idemia", category="outcome"),
        N(611, "1,742           611", "matches", per="year", agency=HCSO, vendor="Idemia", category="outcome"),
        N(1016, "Hennepin County Sheriff's Office 1,016 searches", "searches", agency=HCSO, vendor="Idemia"),
        N(488, "488 searches", "searches", agency=MPD, vendor="Idemia"),
        N(238, "all other agencies 238 searches", "searches", vendor="Idemia"),
        N(64, "64 trained users", "users", agency=HCSO, vendor="Idemia"),
        N(71, "down from 71 at the end of 2022", "users", agency=HCSO, vendor="Idemia"),
        N(57, "contributed to 57 arrests", "arrests", agency=HCSO, vendor="Idemia", category="outcome"),
    ],
    policies=[
        P("Users must complete recertification training every two years.", "requirement", HCSO),
        P("Under Sheriff's Office Policy 5-210, no arrest may be made solely on the basis of a facial\nrecognition result.", "prohibition", HCSO),
        P("Searches of persons engaged in constitutionally protected activity are prohibited.", "prohibition", HCSO),
    ],
    scan=True, layout="Agency annual report: narrative sections, a quarterly table of searches and possible matches with totals, per-agency search counts",
    traps="'41 other Minnesota law enforcement agencies' (contributors, not a usage count, unlabelled); Room 6; 3% escalator; contract A-2019-0412; Policy 5-210; 10% sample; section 13.82; 'every two years'; years 2022/2023/2024 next to counts; 57 arrests and the possible matches are outcomes (in counts, not image_counts)")

SLCPD = "St. Louis County Police Department"
doc("dev3_14_mo-st-louis-county-pd-news-clearview-voyager", """THE GATEWAY CIVIC LEDGER                                              Monday, June 3, 2024

Records show St. Louis County police paid for Clearview, Voyager Labs tools

By Marisa Oduya, Staff Reporter

CLAYTON, Mo. - The St. Louis County Police Department paid Clearview AI $18K for a one-year
subscription in 2021 and has since signed a three-year, $1.2 million contract with Voyager Labs,
whose software includes facial recognition of social media images, according to records obtained
by the Ledger through a Missouri Sunshine Law request.

Emails show county detectives ran more than 300 searches in the first six months of the Clearview
subscription, which covered 25 detective accounts. Invoices show the county paid Voyager Labs
$400,000 in the first year of that contract.

The department's written policy, also released to the Ledger, states: "A facial recognition match
shall never serve as the sole basis for an arrest or a search warrant."

Department spokesperson Sgt. Tracy Lindqvist said officers are not permitted to use facial
recognition to identify people at protests or other lawful gatherings. She said about 40% of the
Clearview searches involved property crimes.

The records also show the department queried the Missouri Information Analysis Center, run by the
Missouri State Highway Patrol, for facial recognition help on 12 occasions in 2022.

St. Louis County, home to roughly 990,000 residents, agreed last year to pay $2.1 million to settle
a wrongful-arrest lawsuit that did not involve facial recognition.
\fCouncil Member Lorraine Hatch said the Voyager Labs contract should have come before the County
Council. "Nobody on this council voted on $1.2 million for social media surveillance," she said.

The county's Office of Information Technology said the Voyager Labs platform is hosted by the
vendor. The Clearview subscription was not renewed after it ended in 2022.

Reach Marisa Oduya at moduya@gatewayledger.example or 314-555-0190.
""", request_agency=SLCPD, agencies=[SLCPD, "Missouri Information Analysis Center", "Missouri State Highway Patrol", "St. Louis County Council"],
    vendors=["Clearview AI", "Voyager Labs"], products=[],
    costs=[
        C(18000, 18000, "year", "paid Clearview AI $18K for a one-year", SLCPD, "Clearview AI", None),
        C(1_200_000, 1_200_000, None, "three-year, $1.2 million contract", SLCPD, "Voyager Labs", None),
        C(400000, 400000, "year", "$400,000 in the first year of that contract", SLCPD, "Voyager Labs", None),
    ],
    counts=[
        N(300, "more than 300 searches", "searches", qualifier="more than", agency=SLCPD, vendor="Clearview AI"),
        N(25, "25 detective accounts", "users", agency=SLCPD, vendor="Clearview AI"),
        N(12, "on 12 occasions in 2022", "searches", agency=SLCPD),
    ],
    policies=[
        P("A facial recognition match\nshall never serve as the sole basis for an arrest or a search warrant.", "prohibition", SLCPD),
        P("Department spokesperson Sgt. Tracy Lindqvist said officers are not permitted to use facial\nrecognition to identify people at protests or other lawful gatherings.", "prohibition", SLCPD),
    ],
    layout="News story quoting released records: dateline, byline, quoted policy, spokesperson rule, council member quote",
    traps="$2.1 million settlement; '990,000 residents' population; '40%'; 'three-year'; 'first six months'; $1.2 million repeated in a quote (one entry); $18K abbreviation split across a line from 'one-year subscription'; phone number")

MPDT = "MARTA Police Department"
doc("dev3_15_ga-marta-police-veritone-invoice", """VERITONE, INC.
1615 Platte Street, 2nd Floor, Denver, CO 80202
Federal Tax ID 47-1161641

INVOICE

Invoice #:    INV-0048117                      Invoice Date:  04/05/2024
Customer #:   C-20931                          Due Date:      05/05/2024 (Net 30)
PO #:         MARTA-PO-24-1187                 Order Form:    OF-2023-771

Bill To:                                       Service For:
Metropolitan Atlanta Rapid Transit Authority   MARTA Police Department
Attn: Accounts Payable                         Criminal Investigations Unit
2424 Piedmont Road NE                          2424 Piedmont Road NE
Atlanta, GA 30324-3330                         Atlanta, GA 30324-3330

Description                                  Service Period     Qty        Rate       Amount
Veritone IDentify subscription, Standard     Jan-Mar 2024         3    2,150.00     6,450.00
IDentify search overage                      Feb 2024           840        0.25       210.00
Onboarding credit (Order Form OF-2023-771)                                           -500.00

                                                           Subtotal                6,160.00
                                                           Sales tax (exempt)          0.00
                                                           Amount Due          USD 6,160.00

Notes:
1. Subscription rate: $2,150.00 per month through 12/31/2024.
2. The Standard tier includes up to 10,000 searches per month; searches above that are billed at
   $0.25 per search.
3. February 2024 usage: 10,840 searches.
\fREMITTANCE

Please return this portion with your payment.

Remit to: Veritone, Inc., Lockbox 774218, Chicago, IL 60677-4002
ACH: routing 071000013, account ending 8832

Invoice #: INV-0048117          Customer #: C-20931          Amount Due: USD 6,160.00

Late payments are subject to a finance charge of 1.5% per month.
Billing questions: ar@veritone.com | 888-507-1737
""", request_agency=MPDT, agencies=[MPDT, "Metropolitan Atlanta Rapid Transit Authority"], vendors=["Veritone"],
    products=["Veritone IDentify"],
    costs=[
        C(6450, 6450, None, "Jan-Mar 2024         3    2,150.00     6,450.00", MPDT, "Veritone", "Veritone IDentify"),
        C(210, 210, None, "840        0.25       210.00", MPDT, "Veritone", "Veritone IDentify"),
        C(-500, -500, None, "Onboarding credit (Order Form OF-2023-771)                                           -500.00", MPDT, "Veritone", "Veritone IDentify"),
        C(6160, 6160, None, "Amount Due          USD 6,160.00", MPDT, "Veritone", "Veritone IDentify"),
        C(2150, 2150, "month", "Subscription rate: $2,150.00 per month", MPDT, "Veritone", "Veritone IDentify"),
        C(0.25, 0.25, None, "$0.25 per search", MPDT, "Veritone", "Veritone IDentify", unit="per search"),
    ],
    counts=[
        N(10000, "up to 10,000 searches per month", "searches", qualifier="up to", per="month", agency=MPDT, vendor="Veritone"),
        N(10840, "February 2024 usage: 10,840 searches", "searches", per="month", agency=MPDT, vendor="Veritone"),
        N(840, "IDentify search overage                      Feb 2024           840", "searches", agency=MPDT, vendor="Veritone"),
    ],
    policies=[],
    layout="Vendor invoice: Bill To (transit authority) vs Service For (its police department), rows with service period, qty x rate = amount, credit, subtotal, amount due; remittance stub",
    traps="tax ID, routing and account numbers, lockbox, ZIP+4, invoice/customer/PO/order-form numbers; 1.5% finance charge; Sales tax 0.00; 'Qty 3' months is a term not a count; 'Amount Due' repeated on the remittance stub; dates 12/31/2024; buyer is named only as 'Service For'")
