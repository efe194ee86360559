from build_lib import doc, C, N, P, E

GPD = "Gainesville Police Department"
doc("dev3_09_fl-gainesville-cognitec-agenda-minutes", """CITY OF GAINESVILLE
CITY COMMISSION AGENDA ITEM                                  Legislative File # 230418
Meeting Date: October 5, 2023                                Agenda Section: Regular (B)

Department:   Gainesville Police Department
Submitted by: Marcus T. Ellery, Chief of Police
Title:        Agreement with Cognitec Systems Corporation for FaceVACS-DBScan LE

Explanation:
GPD's Criminal Investigations Bureau currently submits facial recognition requests to the Pinellas
County Sheriff's Office FACES system, with turnaround of several days. The proposed three-year
agreement with Cognitec Systems Corporation provides FaceVACS-DBScan LE on a GPD server for the
Bureau's 14 trained examiners. The system would search a gallery of approximately 410,000 Alachua
County booking photos provided under an interlocal agreement with the Alachua County Sheriff's Office.

Fiscal Note:
The agreement shall not exceed $148,500 over three years.
The year-one cost of $62,300 includes the software license, installation and examiner training.
Years two and three are $43,100 annually for maintenance and hosting.
Funds are available in the Police Department's FY24 operating budget, account 001-360-3610-5410.

Recommendation:
The City Commission: 1) approve the agreement with Cognitec Systems Corporation in an amount not
to exceed $148,500; and 2) authorize the City Manager to execute the agreement, subject to approval
by the City Attorney as to form and legality.

Attachments: Draft agreement (27 pages); GPD General Order 17.12, Facial Recognition
\fCITY OF GAINESVILLE - CITY COMMISSION REGULAR MEETING AGENDA (continued)      October 5, 2023

230422  Axon Enterprise, Inc. - body-worn camera and TASER 7 program, five-year agreement, $1.2
        million (Gainesville Police Department)
230425  Settlement of claim, Estate of D. Harmon v. City of Gainesville, Case No. 01-2022-CA-1187,
        in the amount of $85,000 (City Attorney)
230431  Ratification of Fraternal Order of Police collective bargaining agreement, 3.5% wage
        adjustment (Human Resources)
\fCITY COMMISSION MEETING MINUTES - October 5, 2023 (excerpt)                   Page 6 of 14

230418. Agreement with Cognitec Systems Corporation for FaceVACS-DBScan LE (B)

Chief Ellery stated that during a six-month pilot, investigators ran more than 300 searches,
producing 41 possible matches that were forwarded to case detectives as leads. Commissioner Pemberton
asked whether the system would be used on live video.
Chief Ellery stated that GPD policy prohibits running facial recognition on live or recorded video.
He added that every search requires a sergeant's approval before it is run.

MOTION: Commissioner Lattimore moved to approve the recommendation, with the condition that GPD
present an annual facial recognition usage report to the Commission. Commissioner Castell seconded.

VOTE: Motion carried 5-2 (Commissioners Pemberton and Brannigan opposed).
""", request_agency="City of Gainesville", agencies=["City of Gainesville", GPD, "Alachua County Sheriff's Office", "Pinellas County Sheriff's Office"],
    vendors=["Cognitec", "Axon"], products=["FaceVACS-DBScan LE", "FACES"],
    costs=[
        C(None, 148500, None, "The agreement shall not exceed $148,500 over three years.", GPD, "Cognitec", "FaceVACS-DBScan LE"),
        C(62300, 62300, "year", "The year-one cost of $62,300", GPD, "Cognitec", "FaceVACS-DBScan LE"),
        C(43100, 43100, "year", "$43,100 annually", GPD, "Cognitec", "FaceVACS-DBScan LE"),
    ],
    counts=[
        N(14, "14 trained examiners", "users", agency=GPD, vendor="Cognitec"),
        N(410000, "approximately 410,000 Alachua\nCounty booking photos", "images", qualifier="approximately", agency="Alachua County Sheriff's Office", vendor="Cognitec"),
        N(300, "more than 300 searches", "searches", qualifier="more than", agency=GPD, vendor="Cognitec"),
        N(41, "41 possible matches", "matches", agency=GPD, vendor="Cognitec", category="outcome"),
    ],
    policies=[
        P("Chief Ellery stated that GPD policy prohibits running facial recognition on live or recorded video.", "prohibition", GPD),
        P("He added that every search requires a sergeant's approval before it is run.", "requirement", GPD),
        P("with the condition that GPD\npresent an annual facial recognition usage report to the Commission.", "requirement", GPD),
    ],
    scan=True, layout="Council agenda item (file number, fiscal note, recommendation), a continuation page of other agenda items, and a minutes excerpt",
    traps="$1.2 million Axon body cameras; $85,000 settlement and case number; 3.5% wage adjustment; file numbers 230418/230422/...; account 001-360-3610-5410; '27 pages'; 'Page 6 of 14'; vote 5-2; 'six-month pilot'; 'not to exceed $148,500' repeated in the recommendation; General Order 17.12")

HPD = "Honolulu Police Department"
HAG = "Hawaii Department of the Attorney General"
doc("dev3_10_hi-honolulu-pd-jag-budget-narrative", """STATE OF HAWAII, DEPARTMENT OF THE ATTORNEY GENERAL
Crime Prevention and Justice Assistance Division
Edward Byrne Memorial Justice Assistance Grant (JAG) Program - FY 2023 State Subaward

Subrecipient:  City and County of Honolulu, Honolulu Police Department
Project Title: Video Evidence Review and Facial Comparison Capability
Subaward No. 23-DJ-07      Federal Award No. 15PBJA-23-GG-01234-MUMU      Assistance Listing 16.738
Project Period: October 1, 2023 - September 30, 2026

BUDGET NARRATIVE

A. Personnel: $0. No personnel costs are requested. Analyst time is an in-kind contribution.

B. Fringe Benefits: $0.

C. Travel: $0.

D. Equipment: $0.

E. Supplies: $9,800. Two analyst workstations with GPU cards at $4,900 each, used exclusively to
run the BriefCam and Paravision software described below.

F. Contractual: $84,700, as follows:
  1. BriefCam Protect and Review, video analytics with face recognition, three-year subscription:
     Seventy-Two Thousand Dollars ($72,000), invoiced at $24,000 per year.
  2. Paravision face recognition SDK, perpetual site license: $8,500, one-time.
  3. Vendor-delivered training for 4 analysts: $4,200.

G. Indirect Costs: $0. HPD waives indirect costs for this subaward.

TOTAL FEDERAL REQUEST: Ninety-Four Thousand Five Hundred Dollars ($94,500)

Sustainment: No local match is required. After the project period, HPD will carry the ongoing cost
in its operating budget, estimated at $26,000 per year for the BriefCam renewal and Paravision
maintenance.
\fPROJECT NARRATIVE (EXCERPT)

The Criminal Investigation Division reviews video from more than 2,000 private and public cameras
a year in felony cases. The new tools will compare faces in that video against the HPD mugshot
repository of approximately 640,000 booking photographs. Only the 4 trained analysts in the
Digital Evidence Unit will have accounts.

Per HPD Policy 8.35, face recognition results are investigative leads only and shall not be used
as the sole basis for an arrest.
The system will not be connected to live camera feeds.

HPD's separate license plate reader project is funded under Subaward 23-DJ-09 ($61,000) and is not
part of this budget.

SPECIAL CONDITIONS (Department of the Attorney General)
1. The subrecipient must submit its facial recognition use policy to the Department before any
   funds are drawn down.
2. Quarterly performance reports are due 30 days after the end of each quarter.

Award approved by the Department of the Attorney General on August 28, 2023 in the amount of
$94,500. Contact: Grants Specialist, 425 Queen Street, Honolulu, HI 96813, (808) 586-1150.
""", request_agency=HPD, agencies=[HPD, HAG, "City and County of Honolulu"], vendors=["BriefCam", "Paravision"],
    products=["BriefCam Protect", "BriefCam Review", "Paravision SDK"],
    costs=[
        C(9800, 9800, None, "E. Supplies: $9,800", HPD, None, None),
        C(4900, 4900, None, "GPU cards at $4,900 each", HPD, None, None, unit="per workstation"),
        C(84700, 84700, None, "F. Contractual: $84,700", HPD, None, None),
        C(72000, 72000, None, "Seventy-Two Thousand Dollars ($72,000)", HPD, "BriefCam", "BriefCam Protect"),
        C(24000, 24000, "year", "invoiced at $24,000 per year", HPD, "BriefCam", "BriefCam Protect"),
        C(8500, 8500, "one-time", "perpetual site license: $8,500, one-time", HPD, "Paravision", "Paravision SDK"),
        C(4200, 4200, None, "Vendor-delivered training for 4 analysts: $4,200", HPD, None, None),
        C(94500, 94500, "one-time", "Ninety-Four Thousand Five Hundred Dollars ($94,500)", HPD, None, None),
        C(26000, 26000, "year", "estimated at $26,000 per year", HPD, None, None),
    ],
    counts=[
        N(640000, "approximately 640,000 booking photographs", "images", qualifier="approximately", agency=HPD),
        N(4, "Only the 4 trained analysts", "users", agency=HPD),
    ],
    policies=[
        P("Per HPD Policy 8.35, face recognition results are investigative leads only and shall not be used\nas the sole basis for an arrest.", "disclaimer", HPD),
        P("The system will not be connected to live camera feeds.", "prohibition", HPD),
        P("The subrecipient must submit its facial recognition use policy to the Department before any\n   funds are drawn down.", "requirement", HAG),
        P("Only the 4 trained analysts in the\nDigital Evidence Unit will have accounts.", "requirement", HPD),
    ],
    layout="State-administered federal grant (JAG) budget narrative by cost category A-G, amounts in words plus digits, project narrative and special conditions",
    traps="$61,000 LPR subaward; $0 categories; subaward/federal award/assistance listing numbers; 'more than 2,000 ... cameras' (equipment, not a usage count, unlabelled); 'three-year'; '30 days'; phone/ZIP; $94,500 restated as the approved award (one entry); Policy 8.35")

UIPD = "University of Illinois Police Department"
doc("dev3_11_il-university-of-illinois-pd-fr-general-order", """UNIVERSITY OF ILLINOIS POLICE DEPARTMENT
Urbana-Champaign                                                    GENERAL ORDER 2.41
Subject: Facial Recognition Technology (FRT)                        Effective: January 15, 2024
Distribution: All sworn personnel                                   Rescinds: None
CALEA Standards: 41.3.9, 42.1.3                                     Page 1 of 2

I. PURPOSE
This order governs the Department's use of facial recognition to compare a probe image against
booking photographs. The Department does not own a facial recognition system; it submits searches
through the Champaign County Sheriff's Office, which licenses ROC Investigate from Rank One Computing.
The gallery consists of approximately 95,000 booking photographs held by the Champaign County
Sheriff's Office.

II. POLICY
A. A possible match is an investigative lead only and shall not, by itself, establish probable cause.
B. Only sworn investigators who have completed the eight-hour FRT course may request searches.
C. The Department will maintain 5 user accounts for the Champaign County system.
D. Every search request must be approved by the on-duty Sergeant and logged with a case number.

III. PROHIBITED USES
A. Members shall not use FRT on live or recorded video, including body-worn camera footage.
B. Members shall not use FRT to identify persons engaged in lawful assembly or protest.
C. Searches of i-card (student and employee identification) photographs are prohibited.
D. Members shall not submit probe images to any commercial service that collects images from the
   internet, including Clearview AI.

IV. RETENTION
Probe images and candidate lists shall be retained for 90 days and then purged unless attached to an
active case.
\fUNIVERSITY OF ILLINOIS POLICE DEPARTMENT                             GENERAL ORDER 2.41
                                                                     Page 2 of 2
V. AUDIT AND REPORTING
A. The Deputy Chief shall audit a random 10 percent of searches each quarter.
B. The Department shall publish an annual report of the number of searches conducted and their
   outcomes.
C. Biometric identifiers of students and employees are handled in accordance with the Biometric
   Information Privacy Act, 740 ILCS 14/1 et seq.

VI. MISUSE
Any misuse of FRT shall result in suspension of the member's account and may lead to discipline up to
and including termination.

BY ORDER OF:

/s/ Alice Mendez-Ruiz
Chief of Police
University of Illinois Police Department
1110 W. Springfield Avenue, Urbana, IL 61801 | (217) 333-1216
""", request_agency=UIPD, agencies=[UIPD, "Champaign County Sheriff's Office"], vendors=["Rank One Computing", "Clearview AI"],
    products=["ROC Investigate"],
    costs=[],
    counts=[
        N(95000, "approximately 95,000 booking photographs", "images", qualifier="approximately", agency="Champaign County Sheriff's Office", vendor="Rank One Computing"),
        N(5, "5 user accounts", "users", agency=UIPD, vendor="Rank One Computing"),
    ],
    policies=[
        P("A. A possible match is an investigative lead only and shall not, by itself, establish probable cause.", "disclaimer", UIPD),
        P("B. Only sworn investigators who have completed the eight-hour FRT course may request searches.", "requirement", UIPD),
        P("D. Every search request must be approved by the on-duty Sergeant and logged with a case number.", "requirement", UIPD),
        P("A. Members shall not use FRT on live or recorded video, including body-worn camera footage.", "prohibition", UIPD),
        P("B. Members shall not use FRT to identify persons engaged in lawful assembly or protest.", "prohibition", UIPD),
        P("C. Searches of i-card (student and employee identification) photographs are prohibited.", "prohibition", UIPD),
        P("D. Members shall not submit probe images to any commercial service that collects images from the\n   internet, including Clearview AI.", "prohibition", UIPD),
        P("Probe images and candidate lists shall be retained for 90 days and then purged unless attached to an\nactive case.", "requirement", UIPD),
        P("A. The Deputy Chief shall audit a random 10 percent of searches each quarter.", "requirement", UIPD),
        P("B. The Department shall publish an annual report of the number of searches conducted and their\n   outcomes.", "requirement", UIPD),
        P("Any misuse of FRT shall result in suspension of the member's account and may lead to discipline up to\nand including termination.", "requirement", UIPD),
    ],
    layout="Police general order (use policy): header grid, roman-numeral sections with lettered rules, signature",
    traps="no money at all; General Order 2.41; CALEA 41.3.9/42.1.3; 'eight-hour'; '90 days'; '10 percent'; 740 ILCS 14/1; 'Page 1 of 2'; Clearview AI named only in a prohibition; the PD buys nothing (the county licenses the product)")

LSP = "Louisiana State Police"
SAFE = "Louisiana State Analytic & Fusion Exchange"
doc("dev3_12_la-state-police-clearview-sole-source", """LOUISIANA STATE POLICE
Office of Management and Finance - Procurement Section
7919 Independence Boulevard, Baton Rouge, LA 70806

SOLE SOURCE JUSTIFICATION                                  Request No. LSP-SS-2024-0093
(La. R.S. 39:1597 and LAC 34:V.2501)                       Date: April 2, 2024

Requesting Unit:   Louisiana State Analytic & Fusion Exchange (LA-SAFE)
Vendor:            Clearview AI, Inc., 99 Wall Street #5730, New York, NY 10005
Service:           Clearview AI investigative facial recognition subscription (web and mobile)
Estimated Value:   $30,000 to $45,000 per year, depending on the number of licensed users
Term Requested:    12 months, with two optional 12-month renewals

1. Description of need
LA-SAFE analysts support LSP detectives and local agencies in identifying suspects and victims from
still images. LA-SAFE expects 15 to 25 users in the first year.

2. Why only this vendor can meet the need
Clearview AI is the only provider whose search gallery includes
more than 50 billion facial images collected from public websites. Government-only galleries
(booking and driver photos) do not contain images of many victims of human trafficking or of
suspects with no arrest history.

3. Price reasonableness
Clearview's government rate is $2,000 per user per year for the first 15 users
and $1,500 per user per year for each additional user.
A six-month LA-SAFE pilot in 2021 cost $18K.
The total for the initial term and both renewals shall not exceed $135,000.
\f4. Conditions of use
a. Use of the subscription is restricted to LA-SAFE analysts and LSP detectives assigned to an
active criminal investigation.
b. Clearview results shall be treated as investigative leads and must be corroborated by independent
evidence before any arrest.
c. Each user must complete Clearview's online training and LA-SAFE's policy briefing before an
account is issued.

5. Certification
I certify that the information above is correct and that this service is available from only one
source. The estimated value exceeds the $25,000 small purchase limit, so this justification is
submitted to the Office of State Procurement for approval.

/s/ Lt. Col. Jason Thibodeaux                          Date: 04/02/2024
Deputy Superintendent, Bureau of Investigations, Louisiana State Police

APPROVED: /s/ Rhonda Guidry, Office of State Procurement, Division of Administration   04/11/2024
""", request_agency=LSP, agencies=[LSP, SAFE, "Louisiana Office of State Procurement"], vendors=["Clearview AI"],
    products=[],
    costs=[
        C(30000, 45000, "year", "$30,000 to $45,000 per year", LSP, "Clearview AI", None),
        C(2000, 2000, "year", "$2,000 per user per year", LSP, "Clearview AI", None, unit="per user"),
        C(1500, 1500, "year", "$1,500 per user per year", LSP, "Clearview AI", None, unit="per user"),
        C(18000, 18000, None, "A six-month LA-SAFE pilot in 2021 cost $18K.", LSP, "Clearview AI", None),
        C(None, 135000, None, "shall not exceed $135,000", LSP, "Clearview AI", None),
    ],
    counts=[
        N(15, "15 to 25 users", "users", count_max=25, agency=SAFE, vendor="Clearview AI"),
        N(50_000_000_000, "more than 50 billion facial images", "images", qualifier="more than", vendor="Clearview AI"),
    ],
    policies=[
        P("a. Use of the subscription is restricted to LA-SAFE analysts and LSP detectives assigned to an\nactive criminal investigation.", "permission", LSP),
        P("b. Clearview results shall be treated as investigative leads and must be corroborated by independent\nevidence before any arrest.", "requirement", LSP),
        P("c. Each user must complete Clearview's online training and LA-SAFE's policy briefing before an\naccount is issued.", "requirement", LSP),
    ],
    scan=True, layout="State sole-source justification form: field block, numbered justification, conditions, certification and approval",
    traps="$25,000 small purchase limit; La. R.S. 39:1597, LAC 34:V.2501; request number; street numbers #5730; '12 months'; 'first 15 users' (a price tier, the 15 users count is from '15 to 25 users'); 'six-month'; $18K abbreviation")
