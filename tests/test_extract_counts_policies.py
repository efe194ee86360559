"""Usage counts and stated policies: what they read, and the look-alikes they must leave alone."""

from __future__ import annotations

import pytest

from foia.analysis import analyse
from foia.extract.counts import find_counts
from foia.extract.entities import Gazetteer
from foia.extract.policies import find_policies
from foia.ingest import PageText


@pytest.mark.parametrize(
    ("text", "quote", "count", "qualifier", "measure", "per"),
    [
        ("We hold approximately 300,000 images.", "approximately 300,000 images", 300_000, "approximately", "images", None),
        ("It has 300K booking photos.", "300K booking photos", 300_000, "exact", "images", None),
        ("Staff ran more than 1,000 searches.", "more than 1,000 searches", 1000, "at least", "searches", None),
        ("Trained 150 deputies last year.", "150 deputies", 150, "exact", "users", None),
        ("We search about 20 people a day.", "about 20 people a day", 20, "approximately", "people", "day"),
        ("It finds up to 100 faces in an image.", "up to 100 faces", 100, "at most", "faces", None),
        ("Limited to eight designated video streams.", "Limited to eight designated video streams", 8, "at most", "cameras",
         None),
        ("The watchlist has a limit of 5,000 faces.", "a limit of 5,000 faces", 5000, "at most", "faces", None),
        ("No more than 500 enrolled persons may be on the watchlist.", "No more than 500 enrolled persons", 500, "at most",
         "images", None),
        ("The unit ran 1,146 face recognition searches in 2025.", "1,146 face recognition searches in 2025", 1146, "exact",
         "searches", "year"),
        ("The state holds about 19.6 million driver's license and ID card images.",
         "about 19.6 million driver's license and ID card images", 19_600_000, "approximately", "images", None),
        ("The system compares probe images against about 27 million license and ID photos.",
         "about 27 million license and ID photos", 27_000_000, "approximately", "images", None),
        ("It searches approximately 3.2 million driver's license and identification card images.",
         "approximately 3.2 million driver's license and identification card images", 3_200_000, "approximately", "images",
         None),
        ("SPD may submit no more than 60 face search requests per month.", "no more than 60 face search requests per month", 60,
         "at most", "searches", "month"),
        ("The file holds 1.2 million mugshots.", "1.2 million mugshots", 1_200_000, "exact", "images", None),
        ("Searches led to 37 arrests.", "37 arrests", 37, "exact", "arrests", None),
    ],
)
def test_reads_counts(text, quote, count, qualifier, measure, per) -> None:  # type: ignore[no-untyped-def]
    (finding,) = list(find_counts(text))
    assert text[finding.char_start : finding.char_end] == finding.quote == quote
    assert (finding.count, finding.qualifier, finding.measure, finding.per) == (count, qualifier, measure, per)


@pytest.mark.parametrize(
    ("text", "quote", "count", "qualifier", "measure", "per"),
    [
        ("Total searches: 1,240\n", "Total searches: 1,240", 1240, "exact", "searches", None),
        ("Images in gallery   1.1 million\n", "Images in gallery   1.1 million", 1_100_000, "exact", "images", None),
        ("  b) Probe images submitted (2021) - 412\n", "Probe images submitted (2021) - 412", 412, "exact", "images", "year"),
        ("Monthly searches averaged 137.\n", "Monthly searches averaged 137", 137, "exact", "searches", "month"),
        ("Licensed users: approx. 25\n", "Licensed users: approx. 25", 25, "approximately", "users", None),
        ("Possible matches returned: 57\n", "Possible matches returned: 57", 57, "exact", "matches", None),
        ("Searches per year exceeded 3,000.\n", "Searches per year exceeded 3,000", 3000, "at least", "searches", "year"),
        ("Arrests in which an FR lead was one factor: 94\n", "Arrests in which an FR lead was one factor: 94", 94, "exact",
         "arrests", None),
        ("Active user accounts (Dec. 31): 38\n", "Active user accounts (Dec. 31): 38", 38, "exact", "users", None),
        ("Searches in the last 12 months: 311\n", "Searches in the last 12 months: 311", 311, "exact", "searches", "year"),
        ("Probe images (past twelve months): 640\n", "Probe images (past twelve months): 640", 640, "exact", "images", "year"),
    ],
)
def test_reads_counts_printed_after_their_label(text, quote, count, qualifier, measure, per) -> None:  # type: ignore[no-untyped-def]
    (finding,) = list(find_counts(text))
    assert text[finding.char_start : finding.char_end] == finding.quote == quote
    assert (finding.count, finding.qualifier, finding.measure, finding.per) == (count, qualifier, measure, per)


@pytest.mark.parametrize(
    "text",
    ["Searches per officer: 3\n", "Officers: 245\n", "Percent of searches resulting in leads: 12%\n",
     "Case number: 21-4432\n", "Annual license fee: 5,000\n", "Searches: see table 4 below\n",
     "Average search time (minutes): 12\n", "Body camera users: 140\n", "Total searches: 1,240 of 3,000 allowed\n"],
)
def test_labels_whose_figure_is_not_a_count_of_use(text: str) -> None:
    assert list(find_counts(text)) == []


def test_a_table_of_counts_is_read_by_its_header_over_each_rows_period() -> None:
    text = ("2. Search activity, January 1 - December 31, 2023\n\n"
            "Quarter        Searches     Possible matches returned\n"
            "Q1                  402           133\n"
            "Q2                  455           151\n"
            "Total             1,742           611\n\n"
            "Month Searches\nJanuary 120\nFebruary 98\n")
    found = [(f.count, f.measure, f.category, f.per) for f in find_counts(text)]
    assert found == [(402, "searches", "usage", "quarter"), (133, "matches", "outcome", "quarter"),
                     (455, "searches", "usage", "quarter"), (151, "matches", "outcome", "quarter"),
                     (1742, "searches", "usage", None), (611, "matches", "outcome", None),
                     (120, "searches", "usage", "month"), (98, "searches", "usage", "month")]


@pytest.mark.parametrize(
    "text",
    ["Searches\nQ1   402   133\nQ2   455   151\n",  # two figures a row, one measure named
     "Searches\nQ1   402\n",  # one row is no table
     "Total 6,450.00\nIDentify search overage billed monthly",  # money printed to the cent
     "we discussed two\nNamed investigator accounts: 10 included",  # the next line is a label of its own
     "Two analyst workstations with GPU cards for face recognition",
     "10 FACE Plus hosted facial recognition service 12 MON 1,175.00 14,100.00",  # a price row's number
     "1 NFR-SVR-P NeoFace Reveal server license, perpetual 1 $38,000.00 $38,000.00",
     "5.0 RECORDS\nFace recognition searches are logged.",  # a section number
     "Investigators averaged 2.5 searches per case."],
)
def test_figures_that_are_not_counts_in_tables_and_wrapped_lines(text: str) -> None:
    assert list(find_counts(text)) == []


@pytest.mark.parametrize(
    "text",
    ["Purchase of the Rank One Computing ROC Watch enterprise license.",
     "   35 FP-CL-ANN       FACE Plus client license renewal, annual       290.00  10,150.00",
     "Call 503-846-2700.", "In 2018 we had 17 pages.", "Thread: 4 messages", "within thirty-five (35) days",
     "Section 304-81 applies", "Case 2018-00417", "It costs $400 per image", "over the last three years",
     "2001 booking photos were scanned"],
)
def test_numbers_that_are_not_usage_counts(text: str) -> None:
    assert list(find_counts(text)) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Investigators are not permitted to take enforcement action based solely on a potential identification lead.",
         "prohibition"),
        ("State law and our policy prohibit the use of face recognition for real-time surveillance.", "prohibition"),
        ("Only images lawfully obtained by the department may be submitted as probe images.", "requirement"),
        ("No images of the public were used for any testing.", "prohibition"),
        ("A match alone does not establish probable cause.", "disclaimer"),
        ("Analysts are required to document every facial recognition search in the case file.", "requirement"),
        ("Trained examiners are permitted to use the system for identifying deceased persons.", "permission"),
        ("The purpose of this policy is to govern the use of face recognition by members.", "purpose"),
        ("No arrest may be made solely on the basis of a facial recognition result.", "prohibition"),
        ("Facial recognition will not be run against live or recorded video streams.", "prohibition"),
        ("The system will not be connected to live camera feeds.", "prohibition"),
        ("Mobile licenses are issued only to officers who have completed the vendor's training.", "requirement"),
        ("No user account will be issued until the user completes the four-hour face recognition course.", "requirement"),
        ("Use of the subscription is restricted to analysts assigned to an active criminal investigation.", "requirement"),
        ("The pilot will only process still frames pulled by an investigator after a reported incident.", "requirement"),
        ("No detective may log in to the trial account until the chief approves a written use policy.", "prohibition"),
        ("The new order bars officers from running face searches of people at lawful protests.", "prohibition"),
        ("Any member found to have misused the face search service will have request access suspended.", "consequence"),
        ("Probe images that return no candidate will be deleted within 72 hours of the search.", "requirement"),
        ("The fusion center will audit a sample of face recognition requests each quarter.", "requirement"),
        ("Detectives shall submit face recognition requests only through the center's portal.", "requirement"),
        ("The watchlist will be limited to no more than 300 enrolled faces.", "requirement"),
        ("Department policy says a match is a lead, never probable cause.", "disclaimer"),
        ("A 2021 ordinance bars the Minneapolis Police Department from using face recognition.", "prohibition"),
        ("The Sheriff's Office shall provide the Board a quarterly written report of face recognition searches.",
         "requirement"),
        ("Each request must include a case number and the approval of a supervisor.", "requirement"),
        ("The watchlist is capped at 1,000 enrolled faces.", "requirement"),
        ("OnWatch face recognition alerts are routed only to the SOC.", "requirement"),
        ("A person may be entered on the watchlist only if there is an active felony warrant.", "requirement"),
        ("A face search result may not be the sole basis for an arrest.", "disclaimer"),
        ("A candidate returned by the system is an investigative lead only.", "disclaimer"),
        ("Accounts must be renewed each year by the unit commander.", "requirement"),
        ("Audit logs shall be kept on the county's own servers.", "requirement"),
        ("Live, real-time matching will not be enabled on any camera.", "prohibition"),
        ("“No officer shall use the software to identify persons at a lawful protest.", "prohibition"),
        ("The new ordinance bars use of the app on body-camera footage.", "prohibition"),
        ("Search logs are retained for three years.", "requirement"),
        ("Driver license photographs are not loaded.", "prohibition"),
        ("Members access FRT only through the state image repository.", "requirement"),
        ("Effective June 1, the system will not accept a search without a case number.", "prohibition"),
        ("Deputies are barred from running face searches on images from protests.", "prohibition"),
        ("Analysts are not barred from comparing probe photos against public social media images.", "permission"),
        ("Officers are not prohibited from using face recognition on jail photos.", "permission"),
        ("Each analyst must record a case number with every comparison.", "requirement"),
        ("Section VII.E requires that each comparison be logged with an incident number.", "requirement"),
        ("MCAC requires a case number and a supervisor's approval on every request form.", "requirement"),
        ("3.1 Only LA-SAFE analysts who have completed the MFI operator course and at least 40 hours of Facial "
         "Identification Scientific Working Group (FISWG) comparison training may run searches.", "requirement"),
        ("General Order 7.12 also bars running face searches on body-camera video.", "prohibition"),
        ("Any other use of the face recognition system is prohibited.", "prohibition"),
        # A cap on who may use it, an exception a named officer may grant, a purpose, a lead that is no cause.
        ("No more than nine (9) trained detectives may hold face search accounts at any time.", "requirement"),
        ("The Task Force will issue no more than 30 user accounts for the face search system.", "requirement"),
        ("Each partner agency may designate up to three (3) users of the face search portal.", "requirement"),
        ("Every face search needs a report number in the case field.", "requirement"),
        ("During a declared emergency, the watch commander may approve a face search without a case number.",
         "permission"),
        ("This policy governs member use of facial recognition searches.", "purpose"),
        ("A face search candidate is never, by itself, probable cause to arrest.", "disclaimer"),
        ("(d) A possible match is not probable cause for an arrest.", "disclaimer"),
        ("Partner agencies shall not keep local copies of candidate lists.", "prohibition"),
        ("Each face search also has to be logged with the case number.", "requirement"),
        # Accounts closed as upkeep are a requirement; closed for a breach, a consequence.
        ("Face recognition accounts shall be disabled within 24 hours after a member transfers out of the unit.",
         "requirement"),
        ("Face recognition accounts of members who misuse the system shall be disabled at once.", "consequence"),
        # Said in a chat: "has to be confirmed", "as a lead only", "may run face recognition only on ...".
        ("Every face match has to be confirmed by a second analyst before it goes to a detective.", "requirement"),
        ("The detective gets it as a lead only, never as an ID.", "disclaimer"),
        ("RTCC analysts may run face recognition only on recorded video tied to a case number.", "permission"),
        ("Face search results are never to go into an arrest warrant affidavit as the basis for an identification.",
         "prohibition"),
        ("The ordinance permits a face search only in the investigation of the violent crimes it lists.", "requirement"),
        ("Effective August 1, 2025, NOPD will not forward to the RTCC any facial recognition request without approval.",
         "prohibition"),
        ("Under the statute, agencies may obtain a facial recognition search of Bureau records only by written request.",
         "requirement"),
        ("Consistent with Directive 12-09, only analysts who have completed the vendor's training may run face searches.",
         "requirement"),
        ("Any use or disclosure of face recognition results outside the Department is prohibited.", "prohibition"),
        # Members who misuse it (no article), "cannot by itself", and a chat's "anyone caught ...".
        ("Members who use a facial recognition system for a personal purpose are subject to discipline.", "consequence"),
        ("A face search candidate is an investigative lead and cannot by itself establish probable cause.", "disclaimer"),
        ("Clearview face search: anyone caught sharing a login loses their account.", "consequence"),
        ("412.3  Only members who have completed the vendor's face search training may run a search.", "requirement"),
        ("No face search was run on live video, which the policy prohibits.", "prohibition"),
        # What the system is for, stated as its scope, against a condition of use and a caveat.
        ("Facial recognition is used only to develop investigative leads in criminal investigations.", "purpose"),
        ("The Partner Agency shall use the System only to identify a suspect, victim or witness.", "purpose"),
        ("A face search may be run only for an open criminal investigation with a case number.", "purpose"),
        ("The tool is used to help identify suspects, victims and witnesses in criminal cases.", "purpose"),
        ("It is the policy of the Bureau to use FRT solely to generate investigative leads.", "purpose"),
        ("A face search may be run only with a lieutenant's written approval.", "requirement"),
        ("A face recognition result may be used only as an investigative lead.", "disclaimer"),
        # What a result is not, said with a modal, is a caveat; an order to officers stays a prohibition.
        ("Face search results are investigative leads and shall not be the sole basis for an arrest.", "disclaimer"),
        ("A possible match is an investigative lead and shall not, by itself, establish probable cause.", "disclaimer"),
        ("Officers shall not arrest anyone on the strength of a face search match alone.", "prohibition"),
        # Rules said in a chat or an email: an imperative, "nobody ...", a rule's colon.
        ("Do not upload probe photos from juvenile cases to the face search trial.", "prohibition"),
        ("Effective today nobody installs the face search app on a personal phone.", "prohibition"),
        ("The lieutenant's rule stands: no internet-scraped face databases.", "prohibition"),
        # What follows misuse, said of the one who misuses or of the misuse.
        ("An analyst who runs a face search for a personal reason will lose access and is subject to discipline.",
         "consequence"),
        ("Misuse of a face search seat is handled under the discipline policy and can result in termination.",
         "consequence"),
        ("The Bureau may suspend any face search account used in breach of Section 5.", "consequence"),
        ("Misuse of the face search tool results in suspension of the account.", "consequence"),
        # restrictions said without "shall": who gets an account, what a watchlist holds, what a search needs
        ("Each face search also needs approval from a CAU supervisor.", "requirement"),
        ("Clearview accounts are issued only after the user completes the online training.", "requirement"),
        ("Face recognition watchlists may include only persons with an active warrant.", "requirement"),
        ("A FaceSearch candidate is a lead, not an ID.", "disclaimer"),
    ],
)
def test_reads_policy_sentences_whole_with_their_kind(sentence: str, kind: str) -> None:
    text = f"Face recognition rules.\n\n{sentence} Questions go to the records unit."
    (finding,) = list(find_policies(text))
    assert (finding.quote, finding.statement, finding.kind) == (sentence, sentence, kind)
    assert text[finding.char_start : finding.char_end] == sentence


@pytest.mark.parametrize(
    "text",
    [
        "I encourage you to review our FAQ and policy about facial recognition.",
        "We further request any policies governing the use of facial recognition technology.",
        "Please respond within 10 days as the statute requires.",
        "The City shall pay Vendor within thirty-five days of receiving the Clearview invoice.",
        "The contract with Rank One shall not exceed $100,000.00 over three years.",
        "Our investigators compare photos against jail booking photos for possible leads.",
        "The face recognition server will not be ready until June because the vendor is late.",
        "We will only need two licenses for the face recognition pilot this year.",
        "We will review the face recognition quote next week and report back.",
        "No fee may be charged for the first two hours of search time for these records.",
        "SAFR lets you restrict face watchlist enrollment to supervisor accounts.",
        "Our face recognition pilot budget is capped at $5,000 for the 12-month pilot.",
        "A bill that would require a warrant for most face recognition searches is scheduled for a hearing.",
        "MDPD should configure Clearview to require a case number before a face search can be run.",
        "c. Vendor remote access to the face recognition server shall be by escorted VPN session.",
        "14.4 Contractor shall not retain face probe images submitted by the City after a search ends.",
        "Purchasing use only: face recognition PO 2024-0077316, vendor no. 118044.",
        # A habit, and a courtesy, are no rules.
        "Nobody uses the old face search server anymore since the move.",
        "Do not hesitate to call me about the face recognition quote.",
        # What a system can do, and what searches were run for: no scope of use.
        "Face template: a set of numbers taken from a photo that can be used to identify the person in it.",
        "Of the 240 face searches, 12 were run to identify deceased persons.",
        # A document's own standing, not a rule of use.
        "This face recognition quotation is confidential and may not be shared outside the County.",
        "The Paravision price sheet holds confidential pricing information and shall not be disclosed.",
        "This directive is for internal Sheriff's Office use only and covers face recognition.",
        "The face recognition order shall not be construed as creating a higher standard of care.",
        # An auditor's recommendation, an opinion on whether a rule exists, and what may be so.
        "We recommend that the Department require a second examiner to review each face match.",
        "Recommendation 2: The Office should require a case number for every face search.",
        "I don't think the policy prohibits using the face search for a missing person.",
        "Arrests following a face search may not be attributable to the match alone.",
        "He noted that no state statute currently prohibits or authorizes face recognition by deputies.",
        "Re: face search quote. Any other use, disclosure or copying is strictly prohibited.",
        "I recommend a one-year face recognition pilot, and that searches be run only with a case number.",
        # What a rule document does not forbid is no rule; nor is a question, a description of the software,
        # or a vendor's pricing terms.
        "The county's data policy does not prohibit deputies from using face search on jail photos.",
        "Nothing in this Agreement prohibits either party from using other lawful face search tools.",
        "There is currently no MTA directive that prohibits officers from uploading photos to free face search sites.",
        "Supervisor Whitcomb asked whether any County rule limits use of the face software at protests.",
        "The module compares images only against an RTCC watch list of booking photos.",
        "IDentify compares probe images only against booking photos supplied by the Customer.",
        "Face search pricing is proprietary to Rank One Computing and may not be shared.",
        "Recommendation: BCSO should configure FaceSearch to require a case number before a search.",
        "A proposal to require a search warrant for every face search was considered during the 2024 review.",
        'The 2021 version of this policy provided: "Deputies may run face searches for any lawful purpose."',
        # A rule document named by number that forbids nothing, drafts and proposals not in effect, a
        # product's own gallery, a footer's tail and a release's marking.
        "Nothing in GO 22.7 prohibits running a face search on a photo posted to social media.",
        "Proposed 2026 revision (not in effect): require two examiners to agree on each face match.",
        "- Require a supervisor's sign-off on every face search\n   (proposed; not yet part of the order).",
        "It is not in effect and binds no member until it is adopted: members shall log each face search.",
        "Its gallery is limited to booking photos from member agencies of the face search network.",
        "Any review,\nuse or disclosure of this face search quote by others is prohibited.",
        "FOR LAW ENFORCEMENT USE ONLY - face recognition audit released under the open records act",
        'The Policy Review Committee has proposed adding 612.5(e): "Members shall not submit face search probes from '
        'social media."',
        "No face search result was used as the sole basis for an arrest.",
        "- 2024 usage: 173 face searches by detectives; 41 returned a candidate we treated as a lead.",
        "Face search quote attached. Any unauthorized review, use, disclosure or distribution is prohibited.",
    ],
)
def test_sentences_that_merely_mention_policy_or_legal_words_are_not_policies(text: str) -> None:
    assert list(find_policies(text)) == []


def test_a_length_of_time_before_a_noun_is_no_count() -> None:
    assert list(find_counts("Clearview offered a one-year license and a 16-hour course for face search.")) == []


def test_a_table_of_counts_under_a_rule_with_dashes_for_empty_cells_and_short_headers() -> None:
    text = ("Table 2. Face search requests by year\n"
            "Year     Requests received     Searches run\n"
            "----     -----------------     ------------\n"
            "2022            301                    --\n"
            "2023            355                   342\n"
            "\n"
            "SUMMARY BY AGENCY             Requests   Probe Imgs\n"
            "Dover PD                             7           11\n"
            "Kent Co. SO                          2            3\n")
    found = {(finding.count, finding.measure) for finding in find_counts(text)}
    assert {(301, "searches"), (355, "searches"), (342, "searches"), (7, "searches"), (11, "images"), (2, "searches"),
            (3, "images")} <= found
    assert not any(count in (2022, 2023) for count, _ in found)


def test_counts_after_dot_leaders_and_a_number_above_a_leader_line() -> None:
    text = ("Account activity, current term:\n"
            "   Active user seats .......................... 8\n"
            "   Searches performed ......................... 1,162\n")
    found = [(finding.quote, finding.count, finding.measure) for finding in find_counts(text)]
    assert found == [("Active user seats .......................... 8", 8, "users"),
                     ("Searches performed ......................... 1,162", 1162, "searches")]


def test_a_rule_numbered_with_a_section_number_is_read() -> None:
    text = ("Face recognition watchlist procedure.\n\n"
            "3.1  Only the Criminal Investigations Unit lieutenant may approve entry of a\n     person onto the watchlist.\n")
    (finding,) = find_policies(text)
    assert finding.kind == "requirement" and finding.quote.startswith("3.1  Only")


YEAR_COLUMNS = """\
Exhibit 4. Face search program, 2022-2024
--------------------------------------------------------------------------
Indicator                                   2022        2023        2024
--------------------------------------------------------------------------
Face searches submitted                      847       1,020       1,311
Requests declined (no case number)            12           9          15
Arrests in which a search was one factor      22          31          40
Analyst accounts (year end)                    9          11          12
Enrolled mug shots (June 30)             402,118     431,900     466,005
Maintenance paid                         $31,000     $31,000     $33,400
--------------------------------------------------------------------------
"""

TWO_LINE_HEADER = """\
Table 3. Requests by agency, calendar year 2024

Requesting agency                     Requests     Candidate lists    Share with a
                                      submitted    returned           candidate list
------------------------------------  ----------   ---------------    --------------
Yakima Police Department                     614               288             46.9%
Union Gap Police Department                   97                41             42.3%
"""

TITLED_COLUMN = """\
2024 face searches by unit

  Robbery and burglary                 118
  Crimes against persons                74
  Total                                192
"""


def _counts(text: str) -> list[tuple[int, str, str | None, str]]:
    return [(f.count, f.measure, f.per, f.category) for f in find_counts(text)]


def test_a_table_over_year_columns_counts_each_cell_by_its_rows_label() -> None:
    assert _counts(YEAR_COLUMNS) == [
        (847, "searches", "year", "usage"), (1020, "searches", "year", "usage"), (1311, "searches", "year", "usage"),
        (22, "arrests", "year", "outcome"), (31, "arrests", "year", "outcome"), (40, "arrests", "year", "outcome"),
        (9, "users", None, "usage"), (11, "users", None, "usage"), (12, "users", None, "usage"),
        (402_118, "images", None, "usage"), (431_900, "images", None, "usage"), (466_005, "images", None, "usage"),
    ]


def test_a_header_on_two_lines_names_each_column_and_a_share_column_counts_nothing() -> None:
    assert _counts(TWO_LINE_HEADER) == [  # the title names the year its rows count
        (614, "searches", "year", "usage"), (288, "matches", "year", "outcome"),
        (97, "searches", "year", "usage"), (41, "matches", "year", "outcome"),
    ]


def test_a_one_column_table_takes_its_measure_from_the_title_above() -> None:
    assert _counts(TITLED_COLUMN) == [(118, "searches", None, "usage"), (74, "searches", None, "usage"),
                                      (192, "searches", None, "usage")]


def test_a_column_the_header_names_is_read_and_one_it_does_not_name_is_not() -> None:
    assert _counts("Agency    Searches    Share\nHCSO       100       50\nMPD        100       50\n") == [
        (100, "searches", None, "usage"), (100, "searches", None, "usage")]


def test_a_rule_about_accounts_or_logs_needs_a_page_about_face_recognition() -> None:
    assert list(find_policies("Payroll notes.\n\nAccounts must be renewed each year by the unit commander.")) == []


@pytest.mark.parametrize(("text", "count"), [
    ("Detectives send comparison requests to the state; they submitted about 1,150 such requests in 2023.", 1150),
    ("Under the old agreement NPD submitted 318 requests in 2023; 97 returned a candidate.", 318),
])
def test_requests_in_a_sentence_about_comparisons_or_candidates_are_searches(text: str, count: int) -> None:
    assert (count, "searches") in [(found.count, found.measure) for found in find_counts(text)]


def test_requests_in_a_sentence_about_records_are_no_searches() -> None:
    assert list(find_counts("We received 14 public records requests last year.")) == []


def test_a_fixed_width_table_printed_in_a_proportional_font_takes_its_one_line_header_in_order() -> None:
    text = ("        Measure                                                                      2023                 2024\n"
            "        -----------------------------------------------------------\n"
            "        Searches submitted                                        447                   529\n"
            "        Active user accounts                                            11                 14\n")
    assert _counts(text) == [(447, "searches", "year", "usage"), (529, "searches", "year", "usage"),
                             (11, "users", None, "usage"), (14, "users", None, "usage")]


def test_a_header_wider_than_its_column_and_rows_labelled_year_and_quarter() -> None:
    text = ("Facial recognition requests, calendar year 2025\n"
            "Quarter     Probe searches run     Possible-match leads     Arrests\n"
            "2025 Q1             52                      11                  3\n"
            "2025 Q2             47                       8                  2\n")
    assert _counts(text) == [
        (52, "searches", "quarter", "usage"), (11, "leads", "quarter", "outcome"), (3, "arrests", "quarter", "outcome"),
        (47, "searches", "quarter", "usage"), (8, "leads", "quarter", "outcome"), (2, "arrests", "quarter", "outcome"),
    ]


def test_a_total_under_four_quarters_is_the_years() -> None:
    text = ("Quarter     Searches run     Arrests\n"
            "Q1                    31           2\n"
            "Q2                    28           1\n"
            "Q3                    40           3\n"
            "Q4                    35           2\n"
            "Total                134           8\n")
    assert _counts(text)[-2:] == [(134, "searches", "year", "usage"), (8, "arrests", "year", "outcome")]


def test_a_sentence_opening_on_one_year_makes_its_searches_and_outcomes_that_years() -> None:
    text = ("In calendar year 2023 the unit completed 3,806 searches and forwarded 1,127 possible matches.\n"
            "During FY2024, detectives sent 148 face-search requests, which led to 12 arrests.\n")
    assert _counts(text) == [(3806, "searches", "year", "usage"), (1127, "matches", "year", "outcome"),
                             (148, "searches", "year", "usage"), (12, "arrests", "year", "outcome")]


def test_a_stock_a_span_of_years_or_a_second_year_leaves_the_count_without_a_period() -> None:
    text = ("In 2023 the gallery held 400,000 images and 23 user accounts.\n"
            "From 2019 to 2023 analysts ran 900 searches.\n"
            "In 2023-24 the unit ran 410 searches.\n"
            "In 2024, compared with 2022, the unit ran 95 searches.\n")
    assert _counts(text) == [(400_000, "images", None, "usage"), (23, "users", None, "usage"),
                             (900, "searches", None, "usage"), (410, "searches", None, "usage"),
                             (95, "searches", None, "usage")]


@pytest.mark.parametrize("text", ["Sheriff's Office Policy 426 limits searches to open cases.",
                                  "Requests go on Form 104 requests for review.",
                                  "General Order 12 officers may not run searches alone."])
def test_the_number_of_a_policy_or_form_is_no_count(text: str) -> None:
    assert _counts(text) == []


def test_a_fiscal_year_printed_with_the_next_years_digits_and_a_calendar_year_label() -> None:
    text = ("We ran 3,860 face searches in FY 2023-24.\n\n"
            "9.2 Calendar year 2024: 1,412 requests received from agencies; 1,389 searches run;\n"
            "    412 possible matches released as leads; 58 arrests reported back.\n")
    assert _counts(text) == [(3860, "searches", "year", "usage"), (1412, "searches", "year", "usage"),
                             (1389, "searches", "year", "usage"), (412, "matches", "year", "outcome"),
                             (58, "arrests", "year", "outcome")]


def test_requests_are_searches_where_the_sentence_before_says_so_and_not_video_or_records_requests() -> None:
    text = ("Detectives send face comparison requests to the state fusion centre. We submitted 214 requests\n"
            "in FY2024. The unit also handled 1,386 video evidence requests in 2024.\n\n"
            "The clerk answered 14 requests in 2024. We processed 40 requests last year.\n")
    assert _counts(text) == [(214, "searches", "year", "usage")]


def test_a_list_after_a_yearly_count_shares_its_year_and_seats_are_never_outcomes() -> None:
    text = ("The audit shows 1,412 searches in CY2024, 61 leads sent to case detectives and 9 arrests.\n\n"
            "Pricing for 10 Clearview AI Investigative seats is attached. Our database now exceeds 50 billion facial images.\n")
    assert _counts(text) == [(1412, "searches", "year", "usage"), (61, "leads", "year", "outcome"),
                             (9, "arrests", "year", "outcome"), (10, "users", None, "usage"),
                             (50_000_000_000, "images", None, "usage")]
    assert [f.qualifier for f in find_counts(text)][-1] == "at least"


def test_a_part_of_a_count_takes_the_outcome_its_clause_names_or_the_measure_it_is_part_of() -> None:
    text = ("Norman PD sent 318 requests; 97 of them returned at least one candidate.\n\n"
            "Officers ran 212 searches. At least 31 of those led to arrests.\n\n"
            "Analysts ran 4,452 searches; 612 of the 4,452 searches used social media images.\n\n"
            "Of 23 searches, 17 of those came back as positive IDs and 2 of those ended in an arrest.\n\n"
            "One of them said the price was high.\n")
    found = [(f.count, f.measure, f.qualifier, f.category) for f in find_counts(text)]
    assert found == [(318, "searches", "exact", "usage"), (97, "matches", "exact", "outcome"),
                     (212, "searches", "exact", "usage"), (31, "arrests", "at least", "outcome"),
                     (4452, "searches", "exact", "usage"), (612, "searches", "exact", "usage"),
                     (23, "searches", "exact", "usage"), (17, "matches", "exact", "outcome"),
                     (2, "arrests", "exact", "outcome")]
    assert all(text[f.char_start : f.char_end] == f.quote for f in find_counts(text))


def test_searches_run_for_others_are_a_part_of_the_searches_before_them() -> None:
    text = ("The unit ran 508 face searches in 2024, and 71 were run at the request of other agencies.\n\n"
            "Examiners took 930 requests last year; 212 came from agencies outside the county.\n\n"
            "About 30 of the searches were run for the state fusion center.\n\n"
            "The city bought 40 cameras; 12 were made for outdoor use.\n")
    found = [(f.count, f.measure, f.qualifier, f.per) for f in find_counts(text)]
    assert found == [(508, "searches", "exact", "year"), (71, "searches", "exact", "year"),
                     (930, "searches", "exact", "year"), (212, "searches", "exact", "year"),
                     (30, "searches", "approximately", None), (40, "cameras", "exact", None)]
    assert all(text[f.char_start : f.char_end] == f.quote for f in find_counts(text))


def test_the_people_a_gallerys_photos_show_are_its_size() -> None:
    text = ("The face search gallery held 204,311 booking images of approximately 88,400 individuals.\n\n"
            "Four people ran a face search in the last 12 months.\n")
    found = [(f.count, f.measure) for f in find_counts(text)]
    assert (88_400, "images") in found and (4, "users") in found


@pytest.mark.parametrize(("minutes", "rules"), [
    ('Commissioner Ortiz moved to amend the resolution by adding: "The Sheriff shall not run face searches on '
     'live video." The motion failed 2-5.', 0),
    ("A motion by Council Member Reyes to also require a warrant for each face search was defeated 3-4.", 0),
    ("Commissioner Ortiz moved to amend the resolution to prohibit face searches of protest photos. The amendment "
     "carried 6-1.", 1),
])
def test_a_motion_states_a_rule_only_when_the_minutes_say_it_carried(minutes: str, rules: int) -> None:
    text = f"Face recognition contract, item 7.\n\n{minutes}\n"
    assert len(list(find_policies(text))) == rules


def test_a_year_after_a_colon_or_a_heading_opens_the_sentence_of_its_counts() -> None:
    text = ("Thanks. For the budget memo: in calendar 2024 our analysts ran 1,302 face searches.\n"
            "1. SUMMARY\nIn 2023 the unit ran 844 searches.\n"
            "Why it matters: in FY24 the team ran 611 searches.\n")
    assert _counts(text) == [(1302, "searches", "year", "usage"), (844, "searches", "year", "usage"),
                             (611, "searches", "year", "usage")]


def test_a_qualifier_on_the_line_above_its_count_still_qualifies_it() -> None:
    (finding,) = find_counts("Sizing assumes a booking gallery of approximately\n   318,000 mugshot images.")
    assert (finding.count, finding.qualifier, finding.measure) == (318_000, "approximately", "images")


def test_a_quote_line_number_is_no_count() -> None:
    assert _counts("1. Line 03 licenses four (4) named examiner seats for face search.") == [(4, "users", None, "usage")]


def test_a_change_from_one_count_to_another_is_two_counts_not_a_range() -> None:
    assert [(f.count, f.count_max, f.qualifier) for f in find_counts("We are going from 10 to 12 licenses this year.")] == [
        (10, None, "exact"), (12, None, "exact")]
    assert [(f.count, f.count_max) for f in find_counts("Analysts run 10 to 20 face searches a day.")] == [(10, 20)]


def test_a_usage_label_opens_on_its_year_and_a_count_with_its_own_dates_keeps_none() -> None:
    assert _counts("- 2024 usage: 173 searches by ISB detectives; 41 were treated as leads.")[0] == (
        173, "searches", "year", "usage")
    assert _counts("Logs show 212 searches in calendar year 2023 and 148 searches from January 1 through "
                   "September 30, 2024.") == [(212, "searches", "year", "usage"), (148, "searches", None, "usage")]


def test_a_phrase_of_users_reads_through_compounds_and_a_committees_members_are_no_users() -> None:
    assert [(f.count, f.quote) for f in find_counts(
        "The face search subscription includes 15 named-user licenses and up to 12,000 searches per year.")] == [
        (15, "15 named-user licenses"), (12_000, "up to 12,000 searches per year")]
    assert [(f.count, f.quote) for f in find_counts("It covers four perpetual examiner client licenses for face search.")] == [
        (4, "four perpetual examiner client licenses")]
    assert list(find_counts("The face recognition RFP committee had three voting members.")) == []


def test_counts_take_the_year_of_a_table_title_a_list_heading_a_sentence_or_their_own_dates() -> None:
    table = ("APPENDIX A - CALENDAR YEAR 2024 STATISTICS\n\n"
             "Requesting agency               Requests  Searches  Leads\n"
             "Casper Police Department             118       131     49\n"
             "TOTAL                                412       486    163\n")
    assert {f.per for f in find_counts(table)} == {"year"}
    listed = ("First-year numbers from our FR log (Nov 15, 2023 - Oct 8, 2024):\n"
              "  - 1,186 searches, run by 9 of our 10 account holders\n"
              "  - 74 leads sent to case detectives\n")
    assert [(f.count, f.measure, f.per) for f in find_counts(listed)] == [
        (1186, "searches", "year"), (9, "users", None), (74, "leads", "year")]
    assert [(f.count, f.measure, f.per) for f in find_counts(
        "CIU ran 1,146 searches in calendar 2024 (802 in 2023). CIU forwarded 61 investigative leads from "
        "face searches in 2024, and 14 of those cases have closed with an arrest.")] == [
        (1146, "searches", "year"), (802, "searches", "year"), (61, "leads", "year"), (14, "arrests", None)]
    assert [(f.count, f.per) for f in find_counts(
        "The face search system logged 1,904 searches between July 1, 2023 and June 30, 2024.")] == [(1904, "year")]
    assert [(f.count, f.measure) for f in find_counts(
        "Detectives listed 37 written requests to the RMV for face recognition.")] == [(37, "searches")]


def test_standard_operating_procedure_wordings_of_rules() -> None:
    text = ("FACIAL RECOGNITION SEARCH REQUESTS\n\n"
            "1.1  This SOP establishes the procedure by which members may obtain a facial recognition search.\n"
            "2.3  A facial recognition search may be requested only from the Registry of Motor Vehicles.\n"
            "4.2  In an emergency, a request may be made by telephone.\n"
            "5.1  That face matching feature has been disabled and shall remain disabled.\n"
            "6.2  Each quarter the Deputy Director audits a random sample of 10 percent of searches.\n"
            "Every search still has to have a complaint number entered in the case field.\n"
            "Face search credentials go only to the detectives listed in the attachment.\n"
            "Legal says no Clearview search is to be run without a case number.\n")
    assert [finding.kind for finding in find_policies(text)] == [
        "purpose", "requirement", "permission", "prohibition", "requirement", "requirement", "requirement", "prohibition"]


def test_tables_over_year_or_quarter_columns_and_a_spreadsheet_export_of_counts() -> None:
    by_year = ("Table 14\nFace recognition requests submitted to the state police\n\n"
               "                                              2022     2023\n"
               "  Submissions returning a candidate             58       71\n"
               "  Arrests in which the lead was used             9       12\n")
    assert _counts(by_year) == [(58, "matches", "year", "outcome"), (71, "matches", "year", "outcome"),
                                (9, "arrests", "year", "outcome"), (12, "arrests", "year", "outcome")]
    by_quarter = ("  Measure                              Q1     Q2     Q3     Q4   Project\n"
                  "                                                                  total\n"
                  "  Facial recognition searches run     188    243    261    274     966\n"
                  "  Leads referred to detectives         37     52     58     61     208\n")
    assert [(count, per) for count, _, per, _ in _counts(by_quarter)] == [
        (188, "quarter"), (243, "quarter"), (261, "quarter"), (274, "quarter"), (966, "year"),
        (37, "quarter"), (52, "quarter"), (58, "quarter"), (61, "quarter"), (208, "year")]
    export = ('"Quarter","Searches","Leads forwarded"\n"Q1 2023","301","19"\n"Q2 2023","356","27"\n'
              '"Q3 2023","318","22"\n"Q4 2023","343","29"\n"TOTAL","1,318","97"\n')
    assert _counts(export)[-2:] == [(1318, "searches", "year", "usage"), (97, "leads", "year", "outcome")]
    assert len(_counts(export)) == 10


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Per SOP 3155, section 4.6, no Clearview\nsearch may be run without an incident or case number.", "prohibition"),
    ("No image of a\nperson taken at a protest or other First Amendment activity may be\nsearched.", "prohibition"),
    ("- No searches of live or recorded video of First Amendment\n      activity.", "prohibition"),
    ("IDentify may be queried only in connection with an open\n      criminal investigation.", "requirement"),
    ("  - Only detectives who have completed the FaceSearch user training\n    may be issued an account.", "requirement"),
    ("The Office shall not use the service for ongoing surveillance,\n    real-time or near real-time identification.",
     "prohibition"),
    ("Under Directive 5 of the Department's face recognition program, a possible\nmatch is never, by itself, grounds for "
     "an arrest.", "disclaimer"),
    ("Every search is logged with the case number and the reason.", "requirement"),
    ("B. No more than 12 deputies may hold face search accounts at any one time.", "requirement"),
    # a reported rule whose subject is "no member"; what follows a breach for a user "found to have" broken it
    ("The policy provides that no member shall open, renew or use an account with any face search service.",
     "prohibition"),
    ("A user found to have run a search for a personal purpose shall lose access to the system.", "consequence"),
    # said in a chat: "nobody releases ...", "it's a lead, not probable cause"
    ("Reminder: nobody releases a candidate photo from the face search to patrol as an ID.", "prohibition"),
    ("Remember the face search result: it's a lead, not probable cause.", "disclaimer"),
    # a policy cited by its number over a negated modal; a negated clause beside a requirement's "will"
    ("Per Policy 343, staff may not use any face search service other than FaceSearch.", "prohibition"),
    ("All face search candidates will be reviewed by two examiners, and a candidate may not be reported until then.",
     "requirement"),
])
def test_rule_wordings_across_line_breaks_and_in_lists(sentence: str, kind: str) -> None:
    text = f"Facial recognition program.\n\n{sentence}\n"
    (finding,) = find_policies(text)
    assert finding.kind == kind and finding.quote.lstrip(" -") == sentence.lstrip(" -")


def test_a_fee_that_no_one_will_be_charged_is_no_rule() -> None:
    assert list(find_policies("Facial recognition records.\n\nNo fee will be charged for the first 100 pages.\n")) == []


@pytest.mark.parametrize("text", [",\r0", 'DESCRIPTION,AMOUNT,X\r\n"FaceSearch,12.00,1', 'a,"b\rc",d\n1,2,3\n4,5,6\n'])
def test_a_line_the_csv_module_cannot_split_is_no_export_and_no_error(text: str) -> None:
    from foia.extract.costs import find_costs

    assert list(find_counts(text)) == [] and list(find_costs(text)) == []


PERFORMANCE_MEASURES = """\
Measure                                              This period
---------------------------------------------------  -----------
Booking photos enrolled in gallery                        41,907
Face searches conducted                                      288
Searches run for partner agencies                             35
Investigative leads generated                                 22
Trained system users                                          11
"""


def test_a_figure_that_ends_its_line_after_a_column_gap_counts_its_own_lines_label() -> None:
    counts = {(count, measure) for count, measure, _, _ in _counts(PERFORMANCE_MEASURES)}
    assert counts == {(41907, "images"), (288, "searches"), (35, "searches"), (22, "leads"), (11, "users")}
    for finding in find_counts(PERFORMANCE_MEASURES):
        assert "\n" not in finding.quote, finding  # never the label of the line under it


def test_a_figure_at_a_wrapped_lines_end_still_counts_the_words_on_the_next_line() -> None:
    text = "By the end of the quarter the unit had searched about 1,250\nbooking photos against the gallery."
    assert [(count, measure) for count, measure, _, _ in _counts(text)] == [(1250, "images")]


MONTHLY_LOG_WITH_NOTES = """\
Month          Searches   Possible matches   Leads   Arrests   Notes
Jul 2024       188        52                 17      4
Aug 2024       205        61                 20      5         System down 2 days (patch)
Sep 2024       176        49                 14      3         3 examiners at training
"""


def test_a_notes_column_after_the_figures_keeps_the_row_and_counts_nothing() -> None:
    counts = _counts(MONTHLY_LOG_WITH_NOTES)
    assert (205, "searches", "month", "usage") in counts and (61, "matches", "month", "outcome") in counts
    assert (176, "searches", "month", "usage") in counts and (3, "arrests", "month", "outcome") in counts
    assert not any(count in (2, 3) and measure not in ("arrests",) for count, measure, _, _ in counts), counts
    assert len(counts) == 12, counts


@pytest.mark.parametrize("label", ["2024 Q1", "2024-Q1", "2024Q1", "Q1 2024", "Q1-2024", "FY24 Q1", "Q1 FY2024"])
def test_a_quarters_label_in_any_common_form_gives_the_rows_period(label: str) -> None:
    text = f"Quarter      Searches\n{label:<12} 64\n{label.replace('1', '2'):<12} 71\n"
    assert [(count, per) for count, _, per, _ in _counts(text)] == [(64, "quarter"), (71, "quarter")]


def test_a_header_of_years_and_a_total_column_is_no_row() -> None:
    text = """\
Table 3. Requests by year
                                        2023       2024      Total
Requests submitted to the center          48         71        119
Searches run                              42         62        104
"""
    counts = _counts(text)
    assert (48, "searches", "year", "usage") in counts and (62, "searches", "year", "usage") in counts
    assert {count for count, _, _, _ in counts} == {48, 71, 119, 42, 62, 104}


@pytest.mark.parametrize(("text", "expected"), [
    ("Our database holds more\nthan 30 billion facial images.", (30_000_000_000, "images", None, "at least")),
    ("We ran 347 face searches last year, mostly for burglaries.", (347, "searches", "year", "exact")),
    ("The unit ran 2,960 face searches in FY24.", (2960, "searches", "year", "exact")),
    ("In the 12 months ending June 30, 2024, those accounts ran 1,093 face searches.",
     (1093, "searches", "year", "exact")),
])
def test_qualifiers_across_a_line_break_and_the_year_a_sentence_names(text: str, expected: tuple[object, ...]) -> None:
    assert [(f.count, f.measure, f.per, f.qualifier) for f in find_counts(text)] == [expected]


def test_the_same_period_as_the_count_before() -> None:
    text = ("In the 12 months ending June 30, 2024, those accounts ran 1,093 face searches. Investigators "
            "also sent 58 requests to the state's facial recognition unit in the same period.")
    assert [(f.count, f.per) for f in find_counts(text)] == [(1093, "year"), (58, "year")]


@pytest.mark.parametrize(("text", "expected"), [
    # the head noun of a compound: a photo sent in a comparison request is a request
    ("Detectives submitted 14 photo comparison requests to the fusion center for face recognition.",
     [(14, "searches", None, "usage")]),
    # a year's dates, the first printed without its year
    ("The face recognition audit log shows 311\nsearches for January 1 - December 31, 2024.",
     [(311, "searches", "year", "usage")]),
    # a bare number opening a sentence with an outcome, after the searches it came of
    ("Face recognition: we ran 40 searches in March. 6 came back with a possible match.",
     [(40, "searches", "month", "usage"), (6, "matches", "month", "outcome")]),
])
def test_compound_nouns_year_long_date_spans_and_bare_outcomes(text: str,
                                                               expected: list[tuple[int, str, str | None, str]]) -> None:
    assert [(c.count, c.measure, c.per, c.category) for c in find_counts(text)] == expected


def test_a_total_row_that_leaves_a_column_empty_keeps_the_table_read() -> None:
    text = """\
      Year        Searches run    Active users
      ----        ------------    ------------
      2023              142             5
      2024              163             6
      ----        ------------
      Total             305
"""
    counts = _counts(text)
    assert (142, "searches", "year", "usage") in counts and (6, "users", "year", "usage") in counts
    assert [count for count, measure, _, _ in counts if count == 305] == [305]


def test_a_total_row_under_the_rule_of_a_months_table_is_the_years() -> None:
    text = """\
Month    Searches   Possible    Leads sent
                    matches     to case
                                agents
-----    --------   --------    ----------
Jan            38         17             6
Feb            41         19             8
-----    --------   --------    ----------
Total          79         36            14
"""
    counts = _counts(text)
    assert (38, "searches", "month", "usage") in counts and (8, "leads", "month", "outcome") in counts
    assert {(count, measure) for count, measure, _, _ in counts if count in (79, 36, 14)} == {
        (79, "searches"), (36, "matches"), (14, "leads")}


def test_a_csv_export_with_row_numbers_and_months() -> None:
    text = ("row,month,service,cost_usd,searches\n1,2024-01,Amazon Rekognition,0.95,212\n"
            "2,2024-02,Amazon Rekognition,0.93,187\n3,TOTAL,,1.88,399\n")
    assert _counts(text) == [(212, "searches", "month", "usage"), (187, "searches", "month", "usage"),
                             (399, "searches", None, "usage")]


@pytest.mark.parametrize(("label", "period"), [("2024-06", "month"), ("06/2024", "month"), ("2011-12", "year"),
                                               ("2023-24", "year"), ("FY24", "year")])
def test_numeric_months_and_fiscal_years_in_a_rows_label(label: str, period: str) -> None:
    from foia.extract.counts import row_period

    assert row_period(label) == period


DRAFT_PAGE = """\
PROPOSED DRAFT - NOT ADOPTED - FOR DISCUSSION ONLY          07/15/2024

7. MOBILE FACIAL RECOGNITION
7.1 Patrol supervisors may use the face recognition app only to identify a detained person.
7.2 A mobile face search shall not be run on a person who is merely present in a public place.
"""


def test_rules_under_a_draft_banner_are_proposals() -> None:
    assert list(find_policies(DRAFT_PAGE)) == []
    adopted = DRAFT_PAGE.replace("PROPOSED DRAFT - NOT ADOPTED - FOR DISCUSSION ONLY", "GENERAL ORDER 600-14")
    assert [p.kind for p in find_policies(adopted)] == ["permission", "prohibition"]


def test_a_rule_of_another_system_in_a_face_recognition_report_is_not_its_rule() -> None:
    text = ("The Department uses FaceSearch for investigations. LPR detections are kept for 365 days. "
            "Live or streaming video may not be searched.")
    assert [(p.statement, p.kind) for p in find_policies(text)] == [("Live or streaming video may not be searched.",
                                                                     "prohibition")]


def test_a_quarters_total_under_the_rule_and_a_case_detectives_column() -> None:
    text = """\
Month       Searches   Possible    Leads to   Arrests
               run      matches   case det.
---------   --------   --------   ---------   -------
July             212         71          38         9
August           198         64          33         7
---------   --------   --------   ---------   -------
Q3 total         410        135          71        16
"""
    counts = _counts(text)
    assert (38, "leads", "month", "outcome") in counts
    assert (410, "searches", "quarter", "usage") in counts and (71, "leads", "quarter", "outcome") in counts


def test_an_exact_count_is_the_figure_and_a_later_approximate_one_restates_it() -> None:
    text = ("NEC quoted a NeoFace Reveal licence for 5 concurrent users of face recognition.\n\n"
            "We expect about 5 users to run face searches in the first year.\n")
    facts = [fact for fact in analyse([PageText(1, text, "layer")], Gazetteer.load()).facts if fact.kind == "usage"]
    assert [(fact.quote, fact.restates is not None) for fact in facts] == [("5 concurrent users", False),
                                                                          ("about 5 users", True)]


def test_the_same_figure_in_two_months_rows_is_two_counts_but_a_total_restates_the_years() -> None:
    text = ("Face recognition searches by month, 2024\n\n"
            "Month        Searches\n"
            "---------    --------\n"
            "January            9\n"
            "February           7\n"
            "March              9\n"
            "---------    --------\n"
            "Total             25\n\n"
            "Detectives ran 25 face searches in 2024.\n")
    facts = [fact for fact in analyse([PageText(1, text, "layer")], Gazetteer.load()).facts if fact.kind == "usage"]
    primary = [(fact.values["count"], fact.values["per"]) for fact in facts if fact.restates is None]
    assert primary == [(9, "month"), (7, "month"), (9, "month"), (25, "year")]


def test_fiscal_year_columns_printed_with_the_next_years_digits_and_a_part_of_the_row_above() -> None:
    text = ("Table 2. Face search use by fiscal year\n\n"
            "                               FY 2022-23  FY 2023-24   Total\n"
            "Face searches run                     410         522     932\n"
            "  of which for partner agencies        31          44      75\n"
            "Leads sent to case detectives         102         130     232\n")
    found = [(f.count, f.measure, f.per) for f in find_counts(text)]
    assert found == [(410, "searches", "year"), (522, "searches", "year"), (932, "searches", None),
                     (31, "searches", "year"), (44, "searches", "year"), (75, "searches", None),
                     (102, "leads", "year"), (130, "leads", "year"), (232, "leads", None)]


def test_a_header_that_dates_its_columns_names_them() -> None:
    text = ("Table 4. Face search accounts and searches by agency\n\n"
            "Agency                              Accounts at     Searches\n"
            "                                    June 30, 2024    FY 2024\n"
            "----------------------------------  -------------   --------\n"
            "Lakeview Police Department                      7        301\n"
            "Harlan County Sheriff's Office                  3         88\n")
    found = [(f.count, f.measure, f.per) for f in find_counts(text)]
    assert found == [(7, "users", None), (301, "searches", "year"), (3, "users", None), (88, "searches", "year")]


def test_a_two_line_header_whose_first_columns_word_starts_at_the_labels_edge() -> None:
    text = ("Table 1. Face searches logged, FY2025\n\n"
            "Quarter              MIRS   BriefCam\n"
            "                 searches   searches\n"
            "-----------------  ------   --------\n"
            "Q1 (Jul-Sep 2024)      41          7\n"
            "Q2 (Oct-Dec 2024)      38         12\n")
    found = [(f.count, f.measure, f.per) for f in find_counts(text)]
    assert found == [(41, "searches", "quarter"), (7, "searches", "quarter"), (38, "searches", "quarter"),
                     (12, "searches", "quarter")]


def test_a_spreadsheet_printed_with_row_numbers_is_read_as_a_table_and_years_are_no_row_numbers() -> None:
    sheet = ("searches_by_quarter.xlsx\n\n"
             "      A                B           C\n"
             " 1    Quarter          Searches    Share\n"
             " 2    2024 Q1          131         48.2%\n"
             " 3    2024 Q2          141         51.8%\n"
             " 4    Total            272         100.0%\n")
    assert [(f.quote, f.count, f.per) for f in find_counts(sheet)] == [
        ("2024 Q1          131", 131, "quarter"), ("2024 Q2          141", 141, "quarter"),
        ("Total            272", 272, None)]  # two quarters are no year
    years = ("Fiscal    Searches\nYear      Run\n2021         2,209\n2022         2,486\n2023         2,730\n")
    assert [f.count for f in find_counts(years)] == [2209, 2486, 2730]


def test_a_cap_on_a_count_is_another_figure_than_the_count() -> None:
    text = ("Face recognition: the proposal is a two-year term for six users of Clearview AI.\n\n"
            "No more than six members may hold face search accounts at any time.\n")
    facts = [fact for fact in analyse([PageText(1, text, "layer")], Gazetteer.load()).facts if fact.kind == "usage"]
    assert [(fact.values["count"], fact.values["qualifier"], fact.restates is None) for fact in facts] == [
        (6, "exact", True), (6, "at most", True)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Detectives ran 1,038 face searches in calendar 2024, up from 611 in calendar 2023.",
     [(1038, "searches", "year"), (611, "searches", "year")]),
    ("The unit ran 412 face searches in 2024: 4 run for the Kalispell Police Department.",
     [(412, "searches", "year"), (4, "searches", "year")]),
    ("The county paid 40 dollars, up from 30 in 2023.", []),
])
def test_a_bare_number_compared_with_a_yearly_count_or_run_for_someone(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert [(f.count, f.measure, f.per) for f in find_counts(text)] == expected


def test_quarters_labelled_by_ordinal_and_months() -> None:
    text = ("Table 2. Face search activity by quarter, 2024\n\n"
            "Quarter          Searches   Leads\n"
            "1st (Jan-Mar)          42       8\n"
            "2nd (Apr-Jun)          55      11\n")
    assert [(f.count, f.measure, f.per) for f in find_counts(text)] == [
        (42, "searches", "quarter"), (8, "leads", "quarter"), (55, "searches", "quarter"), (11, "leads", "quarter")]


def test_a_price_tiers_seat_range_is_no_ones_usage() -> None:
    text = ("Face search price sheet\n\n"
            "   Tier   Seats in order    Price per seat      Searches\n"
            "   1      1-5 seats         $2,400.00           unlimited\n"
            "   2      6-15 seats        $1,950.00           unlimited\n\n"
            "Detectives ran 1-5 searches a day on the face search system.\n")
    facts = [fact for fact in analyse([PageText(1, text, "layer")], Gazetteer.load()).facts if fact.kind == "usage"]
    assert [(fact.values["count"], fact.values["measure"]) for fact in facts] == [(1, "searches")]


def test_equal_counts_in_a_table_by_agency_are_each_rows_own_but_a_total_restates_the_sentence() -> None:
    text = ("Face recognition searches run for requesting agencies, 2024\n\n"
            "Requesting agency                         Requests    Searches\n"
            "----------------------------------------  --------  ----------\n"
            "Keene Police Department                         22          22\n"
            "Laconia Police Department                       11          22\n"
            "Total                                           33          44\n\n"
            "The center ran 44 face searches in 2024.\n")
    facts = [fact for fact in analyse([PageText(1, text, "layer")], Gazetteer.load()).facts if fact.kind == "usage"]
    primary = [fact.values["count"] for fact in facts if fact.restates is None]
    assert primary.count(22) == 3 and primary.count(44) == 1


CONTRACT_EXHIBIT = """EXHIBIT D - PERMITTED USE OF THE FACE COMPARISON SOFTWARE

D.1  Purpose. The Police Department shall use FaceTrace only to develop
     investigative leads in criminal investigations and to identify
     deceased persons.
D.2  Accounts. Only Department employees who have completed the
     Contractor's examiner course may be issued a FaceTrace account.
D.3  Leads. A candidate produced by FaceTrace is an investigative lead
     and shall not be the sole basis for an arrest or a search warrant.
D.4  Misuse. Any use of FaceTrace contrary to this Exhibit by a Department
     employee shall be referred to Internal Affairs and may result in
     discipline, including termination.
D.5  Other agencies. The Department may run searches at the request of
     other county law enforcement agencies that supply a case number.
"""


def test_a_contract_exhibits_use_conditions_each_take_their_own_kind() -> None:
    """A product named by its own name ("use FaceTrace only to develop leads") states its scope; a result
    "produced by" the product is still a lead only; a use "contrary to this Exhibit" is misuse; the
    contractor's course named in a rule does not make the contractor its subject."""
    assert [finding.kind for finding in find_policies(CONTRACT_EXHIBIT)] == [
        "purpose", "requirement", "disclaimer", "consequence", "permission"]


@pytest.mark.parametrize(("text", "kinds"), [
    # rules said of no one in particular: "no KPD officer may run ..." forbids, it permits nothing
    ("Per the Chief's directive, no KPD officer may run a face search from a personal phone.", ["prohibition"]),
    # a number of the things searched is no rule
    ("Searches exceed requests because an analyst may run several probe images for one request.", []),
    ("An examiner may run a search for another agency when its supervisor signs the request.", ["permission"]),
    # what no rule forbids, in a chat: "nothing in our GOs prohibits ..."
    ("FWIW nothing in our GOs prohibits using a social media photo as the probe for a face search.", []),
    # an auditor's recommendations marked as not adopted
    ("Recommendations (not adopted)\n(a) The Department should require a sergeant's approval before "
     "any face search is run.", []),
    # a wish to use it is no statement of its scope
    ("B. The College Police wishes to use FaceTrace in criminal investigations arising on campus.", []),
])
def test_rules_and_their_look_alikes(text: str, kinds: list[str]) -> None:
    assert [finding.kind for finding in find_policies(text)] == kinds


def test_reported_speech_listing_several_rules_is_read_one_statement_at_a_time() -> None:
    text = ("In answer to questions about the facial recognition contract, Captain Ruiz stated that under the\n"
            "written directive deputies may use FaceTrace only for an open criminal investigation, that a\n"
            "possible match is treated as a lead\n"
            "and never as probable cause by itself, and that any deputy who misuses the system will lose\n"
            "access and be referred for discipline.\n")
    findings = list(find_policies(text))
    assert [finding.kind for finding in findings] == ["purpose", "disclaimer", "consequence"]
    assert findings[0].quote.startswith("under the\nwritten directive")
    assert findings[2].quote.startswith("any deputy who misuses")
    assert all(text[f.char_start : f.char_end] == f.quote for f in findings)


def test_rules_under_a_draft_banner_between_asterisks_are_proposals() -> None:
    page = ("*** PROPOSED DRAFT - NOT ADOPTED - COMMENTS DUE MAY 1, 2025 ***\n\n"
            "(c) [NEW] Members shall not upload a probe image taken by a private person's doorbell camera.\n")
    assert list(find_policies(page)) == []
    assert [f.kind for f in find_policies(page.split("\n\n", 1)[1])] == ["prohibition"]


ITEM_SHEET = '''#--- Sheet 3 of 4: Program facts ---
"Item","Value","Source"
"Gallery size 12/31/2024 (booking photos)","38115","admin console"
"Unique persons in gallery","24980","admin console"
"Users who ran a search in 2024","4","audit log"
"Searches run for other agencies in 2024","9","case log"
"Photo sources","Police Department and County Jail",""

"Item","Detail","Value"
"Licensed seats at 6/30/2024","Clearview AI investigative seats","25"
"Requests by agency FY2024","Mount Pleasant PD","27"
"Per-seat rate FY2024","25 seats","$1,100.00"
'''


def test_a_sheet_of_labelled_figures_counts_what_each_label_names() -> None:
    """Under "Item ... Value", each whole-number value counts what its label names: a gallery's people are
    its size, users "who ran a search in 2024" are that year's users, and a price is no count."""
    assert _counts(ITEM_SHEET) == [
        (38115, "images", None, "usage"), (24980, "images", None, "usage"), (4, "users", "year", "usage"),
        (9, "searches", "year", "usage"), (25, "users", None, "usage"), (27, "searches", "year", "usage")]
    found = list(find_counts(ITEM_SHEET))
    assert found[0].quote == '"Gallery size 12/31/2024 (booking photos)","38115"'
    assert all(ITEM_SHEET[f.char_start : f.char_end] == f.quote for f in found)


def test_a_two_line_header_whose_identities_confirmed_are_an_outcome_and_searches_run_for_others_no_column() -> None:
    """"Run for other agencies" counts searches the "Searches run" column counts already: no column of its own."""
    text = ("Table 1. Facial recognition searches by quarter, 2023\n\n"
            "                  Searches   Run for other   Identity\n"
            "Quarter           run        agencies        confirmed\n"
            "---------------   --------   -------------   ---------\n"
            "Q1 (Jan-Mar)            38               4           5\n"
            "Q2 (Apr-Jun)            41               6           8\n")
    assert _counts(text) == [
        (38, "searches", "quarter", "usage"), (5, "identifications", "quarter", "outcome"),
        (41, "searches", "quarter", "usage"), (8, "identifications", "quarter", "outcome")]


@pytest.mark.parametrize(("text", "expected"), [
    ("I ran 74 searches in February for 9 cases.", [(74, "searches", "month", "usage"), (9, "cases", None, "outcome")]),
    ("Monthly counts so far:\n  Oct 2024 - 33 searches\n  Nov 2024 - 52 searches\nThat's 85 searches total.",
     [(33, "searches", "month", "usage"), (52, "searches", "month", "usage"), (85, "searches", None, "usage")]),
    ("Calendar 2024: 251 searches.", [(251, "searches", "year", "usage")]),
    # a month named as a range's start is no month's count
    ("We ran 120 searches in March through May.", [(120, "searches", None, "usage")]),
])
def test_a_count_of_a_named_month_or_a_line_labelled_by_its_period(
        text: str, expected: list[tuple[int, str, str | None, str]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "kind"), [
    ("- A search may be run only for a criminal investigation or to identify a deceased person.", "purpose"),
    ("1) Rekognition may be used only to compare a probe photo from an open case against our booking photos.",
     "purpose"),
    ("MFI facial recognition subscription terms\n\nThe Customer may use MFI only for law enforcement investigative "
     "purposes.", "purpose"),
    ("4.3  No other agency, company or person may be asked to run a facial recognition search for the Department.",
     "prohibition"),
    ("5.2  Information obtained in violation of this facial recognition order must be deleted when found.",
     "consequence"),
])
def test_scope_and_consequence_said_in_other_words(text: str, kind: str) -> None:
    assert [finding.kind for finding in find_policies(text)] == [kind]


RULE_LISTS = """612.5 PROHIBITED USES
Members shall not:
(a) submit an image to any commercial service that collects images
    from the public internet, including Clearview AI;
(b) submit images of persons because they are lawfully engaged in a
    protest or assembly; or
(c) use facial recognition to identify persons in real time.

612.6 SCOPE
Facial recognition may be used only to identify:
 - a suspect, victim or witness in an active criminal investigation;
 - a person reported missing.

612.9 ANNUAL REVIEW
The Chief's review found the policy sound. Its main provisions are:
  a. Only members who have completed the eight-hour facial comparison course may run a search.
  b. The search log is reviewed every quarter.
"""


def test_a_list_of_rules_under_a_lead_ending_in_a_colon() -> None:
    """Under "Members shall not:" every item is a prohibition of its own, quoted without its marker; a lead
    with its modal inside ("may be used only to identify:") is one rule with its objects; under a lead with
    no modal each item is read on its own."""
    findings = list(find_policies(RULE_LISTS))
    assert [(f.kind, f.quote[:30]) for f in findings] == [
        ("prohibition", "submit an image to any commerc"),
        ("prohibition", "submit images of persons becau"),
        ("prohibition", "use facial recognition to iden"),
        ("purpose", "Facial recognition may be used"),
        ("requirement", "Only members who have complete")]
    assert findings[1].quote.endswith("protest or assembly")
    assert all(RULE_LISTS[f.char_start : f.char_end] == f.quote for f in findings)


def test_a_lead_that_names_what_it_bars_and_a_list_that_ends_at_the_next_section() -> None:
    """"Members shall not use FR:" bars each use listed under it; the list ends where the next section's
    heading stands (" C. Results"), and the numbers that start again under it are rules of their own."""
    text = (" B. Prohibited uses. Members shall not use FR:\n"
            "  1. to identify persons engaged in lawful assembly;\n"
            "  2. on live or real-time video, including body-worn camera feeds;\n"
            "  3. to make immigration status determinations.\n"
            " C. Results\n"
            "  1. An FR candidate is an investigative lead only and is not probable cause for arrest.\n"
            "  2. Every search shall be logged with the case number and reason.\n")
    assert [(f.kind, f.quote[:24]) for f in find_policies(text)] == [
        ("prohibition", "to identify persons enga"), ("prohibition", "on live or real-time vid"),
        ("prohibition", "to make immigration stat"), ("disclaimer", "An FR candidate is an in"),
        ("requirement", "Every search shall be lo")]


@pytest.mark.parametrize("text", [
    ("Facial recognition access agreement\n\n2.3 The Participant shall:\n"
     "(a) pay a one-time onboarding fee of $750 for account setup;\n"
     "(b) pay an annual access fee of $4,800, invoiced each July 1.\n"),
    ("Resolution accepting a mobile facial recognition grant.\n\nFurther Resolved, That the City Comptroller is "
     "authorized to:\n1. Commit funds within the grant account for the facial recognition program.\n"),
])
def test_items_of_payment_terms_or_a_comptrollers_duties_under_a_modal_lead_are_no_rules(text: str) -> None:
    assert list(find_policies(text)) == []


def test_a_sheet_after_a_row_number_column_counts_its_labels_heads() -> None:
    text = ('"row","Metric","Value"\n"1","Active user accounts","6"\n"2","Searches with case number entered","341"\n'
            '"3","Average searches per user","64"\n')
    assert _counts(text) == [(6, "users", None, "usage"), (341, "searches", None, "usage")]


@pytest.mark.parametrize("text", [
    "During the year the unit also ran 31 searches at the request of other agencies.",
    "Last year the county sheriff's office ran 29 searches for us on its own system.",
])
def test_a_sentence_opening_on_the_reports_year_counts_that_years_searches(text: str) -> None:
    assert [(f.count, f.per) for f in find_counts(text)] == [(int(text.split(" searches")[0].split()[-1]), "year")]


def test_last_years_trial_is_no_opening_on_a_year() -> None:
    assert [(f.count, f.per) for f in find_counts("Last year's Clearview trial gave us 22 leads and 3 arrests.")] == [
        (22, None), (3, None)]


def test_the_items_of_a_failed_motion_are_no_rules() -> None:
    text = ("Facial recognition subscription.\n\nMotion by Ghosh, supported by Castillo, to amend the resolution to add:\n"
            "  a. No search of persons at a lawful protest may be run.\n"
            "  b. Every search shall be logged with a case number.\n\nThe motion failed 2-5.\n")
    assert list(find_policies(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "and" before a verb opens another clause: the count is of what came before it
        ("In January, detectives ran 74 face searches and developed leads in two cases.",
         [(74, "searches", None), (2, "cases", None)]),
        ("Officers ran 12 face searches and made one arrest.", [(12, "searches", None), (1, "arrests", None)]),
        # a capitalised measure word inside a product's name describes the noun after it
        ("In calendar year 2023, examiners ran 318\n   FACE Plus searches.", [(318, "searches", "year")]),
        # a system's name in capitals may describe face search requests
        ("Our detectives submitted 1,284 FACES\nrequests to the face recognition unit in calendar year 2023.",
         [(1284, "searches", "year")]),
        # part of a year is no rate per year; dates a year apart, or last year after its addressee, are
        ("For 2025 through May 31 the face search dashboard shows 141 searches.", [(141, "searches", None)]),
        ("We ran 96 face searches from January 1 through June 30, 2024.", [(96, "searches", None)]),
        ("The audit log shows 1,318 face searches from 10/1/2024 to\n9/30/2025.", [(1318, "searches", "year")]),
        ("For face recognition we sent 57 requests to DCJS last year.", [(57, "searches", "year")]),
    ],
)
def test_clauses_names_and_parts_of_a_year(text: str, found: list[tuple[int, str, str | None]]) -> None:
    assert [(f.count, f.measure, f.per) for f in find_counts(text)] == found


def test_a_year_of_dates_heading_a_count() -> None:
    found = [(f.count, f.per) for f in find_counts("From the face search dashboard, 1/1/2024 to 12/31/2024: 1,046 searches.")]
    assert found == [(1046, "year")]
    found = [(f.count, f.per) for f in find_counts("From the face search dashboard, 1/1/2025 to 3/31/2025: 287 searches.")]
    assert found == [(287, None)]


UNITS_BY_QUARTER = """\
Table 2. Face searches by requesting unit, 2025

                        Searches by quarter        Possible
Requesting unit       Q1   Q2   Q3   Q4  Year   matches   Leads
--------------------  ---  ---  ---  ---  ----  --------  ------
Robbery Unit          12   15   11   14    52        20       9
Property Crimes        6    8    7    5    26        11       4
"""

MONTHS_BY_YEAR = """\
Searches and leads by month

             Searches          Leads
Month     2024   2025     2024   2025
-----   ------ ------   ------ ------
Jan        14     19        5      7
Feb        11     16        4      6
"""


def test_a_title_over_a_group_of_period_columns_names_their_measure_over_rows_of_units_or_months() -> None:
    robbery = [(c, m, p) for c, m, p, _ in _counts(UNITS_BY_QUARTER)][:7]
    assert robbery == [(12, "searches", "quarter"), (15, "searches", "quarter"), (11, "searches", "quarter"),
                       (14, "searches", "quarter"), (52, "searches", "year"), (20, "matches", None), (9, "leads", None)]
    assert [(c, m, p) for c, m, p, _ in _counts(MONTHS_BY_YEAR)] == [
        (14, "searches", "month"), (19, "searches", "month"), (5, "leads", "month"), (7, "leads", "month"),
        (11, "searches", "month"), (16, "searches", "month"), (4, "leads", "month"), (6, "leads", "month")]


REQUESTS_BY_AGENCY = """\
TABLE 1. Facial recognition requests received, by requesting agency
and quarter (Q1 = Jan-Mar ... Q4 = Oct-Dec)

Requesting agency             Q1      Q2      Q3      Q4     Total
-------------------------------------------------------------------
Lander County SO               9      12       8      11        40
Eureka County SO               6       4       7       5        22
"""


def test_a_title_names_what_the_period_columns_count_over_rows_of_requesting_agencies() -> None:
    assert [(c, m, p) for c, m, p, _ in _counts(REQUESTS_BY_AGENCY)][:5] == [
        (9, "searches", "quarter"), (12, "searches", "quarter"), (8, "searches", "quarter"), (11, "searches", "quarter"),
        (40, "searches", "year")]


SCANNED_MONTHLY_TABLE = """\
Table 1. IDentify use by month, third quarter 2024

Month      Searches  Possible  Arrests
        run    matches

July 2024      23    9    2
August 2024      31    12    3

Q3 total       54    21    5
"""


def test_a_scanned_tables_two_line_header_and_total_after_the_gap_of_a_lost_rule() -> None:
    """OCR of a table printed in a proportional font: the columns drift from their header words, the
    header's second line is indented less, and the rule above the total row is a blank line."""
    assert [(c, m, p) for c, m, p, _ in _counts(SCANNED_MONTHLY_TABLE)] == [
        (23, "searches", "month"), (9, "matches", "month"), (2, "arrests", "month"),
        (31, "searches", "month"), (12, "matches", "month"), (3, "arrests", "month"),
        (54, "searches", "quarter"), (21, "matches", "quarter"), (5, "arrests", "quarter")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During the third quarter of 2024, 5 of the 6 seat holders ran 212 face searches.",
         [(5, "users", None), (212, "searches", "quarter")]),
        ("Face searches rose to 73 searches in the third quarter.", [(73, "searches", "quarter")]),
        ("Detectives ran 90 face searches in Q2 and Q3.", [(90, "searches", None)]),
        ("The FaceSearch report: 318 searches run by 4 users.", [(318, "searches", None), (4, "users", None)]),
    ],
)
def test_a_quarter_named_with_searches_and_the_users_who_ran_them(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(f.count, f.measure, f.per) for f in find_counts(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["We activated 8 Clearview seats: 6 CID detectives, the crime analyst and the lieutenant.",
     "Capt. Levesque said eight face recognition accounts in all, for six detectives and two sergeants.",
     "Five members (four detectives and one corporal) hold IDentify accounts."],
)
def test_the_people_a_count_of_users_breaks_down_into_are_not_counted_again(text: str) -> None:
    assert [(f.count, f.measure) for f in find_counts(text)] == [(8 if "8" in text or "eight" in text else 5, "users")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Searches may be run only for an open GPD case or a missing person report, and a face recognition result "
         "is an investigative lead only.", ["requirement", "disclaimer"]),
        ("Every face search requires a case number and a supervisor's approval, and no result may be used as the "
         "sole basis for probable cause.", ["requirement", "disclaimer"]),
        ("All face search candidates will be reviewed by two examiners, and a candidate may not be reported until "
         "then.", ["requirement"]),
    ],
)
def test_a_sentence_of_two_rules_of_different_kinds_is_two_rules(text: str, kinds: list[str]) -> None:
    found = list(find_policies(text))
    assert [f.kind for f in found] == kinds
    assert all(text[f.char_start : f.char_end] == f.quote for f in found)


@pytest.mark.parametrize(
    "text",
    ["Face recognition: he asked that the Commission at least require a yearly audit of searches.",
     "I'd keep Clearview seats only for the detectives who actually use face search and drop the rest.",
     "> There is no written limit on how many face searches one seat can run.",
     '[Former 6.2, as issued March 1, 2023: "Face search logs shall be purged after five (5) years."]',
     "Expenditures for the face recognition software under this Resolution shall be charged to account 001-4210."],
)
def test_requests_wishes_absent_limits_former_texts_and_accounts_are_no_rules(text: str) -> None:
    assert list(find_policies(text)) == []


SPREADSHEET_WITH_A_WRAPPED_HEADER = """\
     A          B             C             D
1    Month      Searches      Candidates    Outside-
                              returned      agency
                                            assists
2    2024-01        38            11             2
3    2024-02        35             9             1
4    TOTAL          73            20             3
"""


def test_a_spreadsheets_header_wrapping_under_its_first_row_number_keeps_its_rows_read() -> None:
    assert [(c, m, p) for c, m, p, _ in _counts(SPREADSHEET_WITH_A_WRAPPED_HEADER)][:3] == [
        (38, "searches", "month"), (11, "matches", "month"), (35, "searches", "month")]


MONTHLY_SHEET = """\
FR_Requests_FY2024.xlsx  /  Sheet: Monthly

          A                B         C         D
 1   Month          Requests  From oth  Searches
                    received  agencies       run
 2   Jul-2023             14         3        13
 3   Aug-2023             11         2        11
 4   TOTAL                25         5        24
 5
 6   FY2023 total        121
"""


def test_a_sheets_column_letters_are_no_header_and_a_lone_figure_after_a_gap_is_no_total_row() -> None:
    found = [(c, m, p) for c, m, p, _ in _counts(MONTHLY_SHEET)]
    assert found[:3] == [(14, "searches", "month"), (13, "searches", "month"), (11, "searches", "month")]
    assert found[4:] == [(25, "searches", None), (24, "searches", None)]  # two months: no year's total, and no 121


AUDIT_SUMMARY = """\
3. Summary of results
  Searches in the audit log, 2024                              1,037
  Accounts that ran at least one search                            8
  Searches with a valid case number                              963
  Searches with no case number or an invalid one          74  (7.1%)
"""


def test_a_summarys_labels_may_qualify_what_they_count_with_any_words() -> None:
    assert [(c, m) for c, m, _, _ in _counts(AUDIT_SUMMARY)] == [(1037, "searches"), (8, "users"), (963, "searches"),
                                                                  (74, "searches")]


def test_a_printed_sheets_row_number_gutter_and_a_cell_after_one_that_ends_in_it() -> None:
    """'  2 | "2024-01","58","8"': a spreadsheet printed with its row numbers in a gutter; each cell is found
    after the one before, so the 8 is its own cell, not the last digit of 58."""
    text = ('Row | A,B,C\n'
            '----+------------------------------\n'
            '  1 | "Month","Searches","Leads"\n'
            '  2 | "2024-01","58","8"\n'
            '  3 | "2024-02","64","12"\n'
            ' 14 | "TOTAL","122","20"\n')
    assert _counts(text) == [(58, "searches", "month", "usage"), (8, "leads", "month", "outcome"),
                             (64, "searches", "month", "usage"), (12, "leads", "month", "outcome"),
                             (122, "searches", None, "usage"), (20, "leads", None, "outcome")]
    found = list(find_counts(text))
    assert all(text[f.char_start : f.char_end] == f.quote and f.quote.endswith(str(f.count)) for f in found)
    assert [f.quote for f in found][:2] == ['  2 | "2024-01","58', '  2 | "2024-01","58","8']


def test_figures_that_leave_the_measure_of_the_first_unsaid() -> None:
    """"11 searches in 2022, 9 in 2023 and 6 so far in 2024, or 26 in all": each figure is a count of
    searches, by year where the year is whole; a list of years after one figure is no second figure."""
    text = "Detectives ran 11 searches in 2022, 9 in 2023 and 6 so far in 2024, or 26 in all."
    assert [(f.count, f.measure, f.per, f.quote) for f in find_counts(text)] == [
        (11, "searches", "year", "11 searches in 2022"), (9, "searches", "year", "9 in 2023"),
        (6, "searches", None, "6 so far in 2024"), (26, "searches", None, "26 in all")]
    assert [f.count for f in find_counts("Detectives ran 12 searches in 2021, 2022 and 2023 combined.")] == [12]


@pytest.mark.parametrize(("text", "expected"), [
    ("USAGE, PRIOR TERM\n  Face searches run by CPD users ........ 1,482\n", [(1482, "searches")]),
    ("USAGE, PRIOR TERM\n  Mugshots in the CPD gallery as of 12/31/2024 ... 92,310\n", [(92310, "images")]),
    ("Face recognition usage\nSearches run by detectives              611\n"
     "Booking photos in gallery               48,200\n", [(611, "searches"), (48200, "images")]),
])
def test_a_labelled_counts_head_comes_before_what_qualifies_it_and_a_title_of_face_recognition_counts_no_faces(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert [(count.count, count.measure) for count in find_counts(text)] == expected


def test_a_header_of_years_under_a_word_for_the_rows_is_no_count() -> None:
    text = ("Face recognition requests, 2024\n\n"
            "Measure                                           2024\n"
            "Requests sent to the county                        212\n"
            "Requests sent to the state                          31\n")
    assert [count.count for count in find_counts(text)] == [212, 31]


def test_a_column_headed_by_a_face_recognition_product_counts_what_the_tables_title_counts() -> None:
    text = ("Table 2. Searches run, January - March 2025\n\n"
            "Month      Clearview AI   Vigilant     Run for other\n"
            "          searches       FaceSearch   agencies\n"
            "--------  ------------   ----------   -------------\n"
            "Jan 2025            21            4               2\n"
            "Feb 2025            18            6               1\n"
            "Mar 2025            25            3               3\n")
    found = {(count.count, count.measure) for count in find_counts(text)}
    assert {(4, "searches"), (6, "searches"), (3, "searches")} <= found
    assert (2, "searches") not in found and (1, "searches") not in found


def test_a_scanned_header_that_ran_two_column_names_together_still_names_each_column() -> None:
    """OCR leaves one space between two names of a proportional-font header ("Searches Possible matches"):
    the columns are still searches, possible matches and leads, not the month's header shifted in."""
    text = ("Face recognition activity, 2024\n\n"
            "Month    Searches Possible matches  Leads\n\n"
            "January      38       14    8\n"
            "February     35       12    6\n"
            "March       44       17    9\n")
    found = {(count.count, count.measure) for count in find_counts(text)}
    assert {(38, "searches"), (14, "matches"), (8, "leads"), (35, "searches"), (44, "searches")} <= found


@pytest.mark.parametrize(
    ("text", "count", "measure", "per"),
    [
        # Words that put the sentence in one year without a year's number after the count.
        ("Analysts logged 1,930 searches in all of 2025.", 1930, "searches", "year"),
        ("The 2025 annual audit found 655 searches by six examiners.", 655, "searches", "year"),
        ("Over the last 12 months the bureau submitted 92 face search requests.", 92, "searches", "year"),
        ("During the reporting year investigators ran 418 face searches.", 418, "searches", "year"),
        ("Last year we sent 64 requests for face comparison to the fusion center.", 64, "searches", "year"),
        # ... but not where the sentence names a shorter span, or a second year.
        ("The pilot account ran about 250 searches in 4 months last year.", 250, "searches", None),
        ("The 2025 annual audit compared 655 searches with the 2024 total.", 655, "searches", None),
        # Users counted by what they did in a year; users who ran a number of searches are the accounts held.
        ("Only 9 account holders ran a search in 2025.", 9, "users", "year"),
        ("Only 4 of the 7 licences were used during the year.", 4, "users", "year"),
        ("In 2025, 38 licensed users ran 2,410 searches.", 38, "users", None),
        ("In 2025, 38 licensed users ran 2,410 searches.", 2410, "searches", "year"),
    ],
)
def test_a_counts_year_from_its_sentence(text: str, count: int, measure: str, per: str | None) -> None:
    found = [f for f in find_counts(text) if f.count == count]
    assert [(f.measure, f.per) for f in found] == [(measure, per)]


def test_a_restated_count_and_its_parts_keep_the_year_it_was_given_in() -> None:
    text = ("The Crime Analysis Unit ran 311 face searches in 2025. Of the 311 searches, 27 were run at the "
            "request of the Bay County Sheriff's Office; 40 of them were for burglaries.")
    found = {f.quote: f for f in find_counts(text)}
    assert found["311 searches"].per == "year"
    assert found["27 were run at the request of"].per == "year"
    assert [f.per for q, f in found.items() if q.startswith("40 of them")] == ["year"]


def test_at_least_one_is_a_condition_not_a_count() -> None:
    text = "Of the 14 accounts, 9 ran at least one search in 2025; at least one possible match came back in March."
    assert [f.count for f in find_counts(text) if f.count == 1] == []
